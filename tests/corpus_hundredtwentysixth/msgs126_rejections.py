"""Rejections for Greta Hofbauer (126th corpus). Each message written by hand, one by one."""

from __future__ import annotations

from msgs126_common import ats, gmail

SPECS: list[dict] = []

# 1 -- Workday, Munich department store, soft wording, no-reply, HTML only
_t = """Sehr geehrte Frau Hofbauer,

vielen Dank für Ihr Interesse an der Position Abteilungsleitung Damenmode (m/w/d) am Standort München Innenstadt und für die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung aller Unterlagen haben wir uns entschieden, den Prozess mit Kandidatinnen und Kandidaten fortzusetzen, deren bisherige Erfahrung im Einzelhandel den Anforderungen der Stelle noch näher kommt.

Diese Entscheidung ist keine Bewertung Ihrer Person. Gerne können Sie sich weiterhin über unser Karriereportal auf passende Stellen bewerben: https://ostermeier.wd3.myworkday.com/de-DE/Ostermeier_Careers

Mit freundlichen Grüßen
Ihr Recruiting-Team
Modehaus Ostermeier"""
SPECS.append(dict(
    kind="rejection", scenario="workday_soft_match", lang="de",
    company="Modehaus Ostermeier", contact="",
    **{"from": ("Ostermeier Talent Acquisition", "ostermeier@myworkday.com")},
    subject="Ihre Bewerbung: Abteilungsleitung Damenmode (R-04417)",
    date="2026-02-11 16:42 +0100", structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Modehaus Ostermeier", logo="https://ostermeier.wd3.myworkday.com/wday/asset/logo/ostermeier.png",
             accent="#8a1538", pixel="https://ostermeier.wd3.myworkday.com/o/p.gif?e=R-04417&r=7731",
             footer="Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.\n\nModehaus Ostermeier GmbH & Co. KG · Kaufingerstraße 12 · 80331 München · Amtsgericht München HRA 88213"),
))

# 2 -- Personalberater relays the client's no after the second interview
SPECS.append(dict(
    kind="rejection", scenario="headhunter_client_named_after_interview", lang="de",
    company="Schuhhaus Leitgeb", contact="m.wallner@wallner-partner.example.at",
    **{"from": ("Martina Wallner", "m.wallner@wallner-partner.example.at")},
    subject="Rückmeldung Schuhhaus Leitgeb – Storemanagerin Graz",
    date="2026-03-06 11:15 +0100", charset="windows-1252", cte="qp",
    text="""Liebe Frau Hofbauer,

ich habe heute Vormittag mit Herrn Leitgeb junior telefoniert und wollte Sie gleich informieren, bevor Sie es über Umwege hören.

Das Schuhhaus Leitgeb hat sich nach den Zweitgesprächen für eine interne Kandidatin entschieden, die bereits seit Jahren im Geschäft in der Herrengasse arbeitet. Ihr Auftritt in Graz ist sehr gut angekommen – besonders Ihre Ideen zur Schaufenstergestaltung wurden mehrfach erwähnt. Am Ende hat aber die Kenntnis der internen Abläufe den Ausschlag gegeben.

Es tut mir leid, dass es diesmal nicht gereicht hat. Ich würde Sie sehr gerne weiter begleiten; zwei Mandate im Raum Linz/Wels könnten im Frühjahr passen. Darf ich mich dazu Ende März bei Ihnen melden?

Herzliche Grüße
Martina Wallner

Wallner & Partner Personalberatung GmbH
Landstraße 49 | 4020 Linz
T +43 732 770 418 | M +43 664 310 27 19
www.wallner-partner.example.at""",
))

# 3 -- salon owner, one terse line from the phone, Gmail chain quoted
SPECS.append(dict(
    kind="rejection", scenario="salon_terse_iphone", lang="de",
    company="Haarwerk Friseure", contact="sandra@haarwerk-friseure.example.at",
    **{"from": ("Sandra Pöschl", "sandra@haarwerk-friseure.example.at")},
    subject="Re: Bewerbung Salonleitung Urfahr", reply=True,
    date="2026-01-19 21:07 +0100", charset="utf-8", cte="8bit",
    text="""Hallo Frau Hofbauer, die Stelle ist leider schon vergeben. Trotzdem danke und alles Gute!
LG Sandra

Von meinem iPhone gesendet

> Am 12.01.2026 um 09:31 schrieb Greta Hofbauer <greta.hofbauer@example.at>:
>
> Sehr geehrte Frau Pöschl,
>
> anbei sende ich Ihnen meine Bewerbung für die ausgeschriebene Salonleitung in Urfahr. Über eine Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.
>
> Mit freundlichen Grüßen
> Greta Hofbauer""",
))

# 4 -- drugstore chain, filled internally, Personio, human Reply-To
_t = """Liebe Frau Hofbauer,

herzlichen Dank für Ihre Bewerbung als stellvertretende Filialleitung für unsere Filiale in der Wiener Mariahilfer Straße.

Wir möchten Sie darüber informieren, dass diese Position zwischenzeitlich intern nachbesetzt wurde. Eine Kollegin aus unserer Filiale Westbahnhof übernimmt die Aufgabe ab April. Ihre Bewerbung können wir daher in diesem Verfahren leider nicht weiter berücksichtigen.

Da Ihr Profil mit dem Hintergrund im Friseurhandwerk für unsere Beauty-Abteilungen interessant ist, würden wir Ihre Unterlagen gerne für sechs Monate in Evidenz halten. Sollten Sie damit nicht einverstanden sein, genügt eine kurze Antwort auf diese Nachricht.

Freundliche Grüße

Katharina Eder
Recruiting & Employer Branding
Sonnleitner Drogeriemärkte GmbH"""
SPECS.append(dict(
    kind="rejection", scenario="drugstore_filled_internally", lang="de",
    company="Sonnleitner Drogeriemärkte", contact="katharina.eder@sonnleitner.example.at",
    **{"from": ("Sonnleitner Drogeriemärkte", "noreply@sonnleitner.jobs.personio.de")},
    reply_to=("Katharina Eder", "katharina.eder@sonnleitner.example.at"),
    subject="Ihre Bewerbung bei Sonnleitner – stv. Filialleitung Wien 6",
    date="2026-03-18 10:03 +0100", structure="alt", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Sonnleitner – Ihre Drogerie", logo="https://sonnleitner.jobs.personio.de/assets/logo-sonnleitner.png",
             accent="#e2001a", font="Arial,sans-serif",
             footer="Sonnleitner Drogeriemärkte GmbH · Industriezeile 38 · 4020 Linz · FN 214537 k · Landesgericht Linz\n\nPowered by Personio"),
))

# 5 -- start-up founder, role put on hold, casual Du
SPECS.append(dict(
    kind="rejection", scenario="startup_role_on_hold", lang="de",
    company="glanzstück", contact="jakob@glanzstueck.example.at",
    **{"from": ("Jakob Reisinger", "jakob@glanzstueck.example.at")},
    subject="Update von uns", date="2026-04-02 18:51 +0200", cte="8bit",
    text="""Hi Greta,

ich wollte dir nicht länger ohne Antwort lassen. Wir haben intern die letzten zwei Wochen viel gerechnet und am Ende entschieden, die Stelle "Head of Pop-up Stores" vorerst auf Eis zu legen. Die zweite Finanzierungsrunde verschiebt sich in den Herbst und bis dahin eröffnen wir keine neuen Flächen.

Heißt leider konkret: wir führen den Prozess nicht weiter, auch nicht mit anderen Leuten. Das hat null mit dir zu tun – dein Moodboard für den Shop in der Neubaugasse hängt immer noch bei uns im Büro.

Falls sich im Herbst was tut, melde ich mich als Erster bei dir, versprochen.

Liebe Grüße
Jakob

--
Jakob Reisinger · Co-Founder
glanzstück – Beauty-Boxen aus Wien
glanzstueck.example.at · instagram.com/glanzstueck.example""",
))

# 6 -- speculative application turned down by a family business, Latin-1
SPECS.append(dict(
    kind="rejection", scenario="family_business_speculative", lang="de",
    company="Trachten Moser & Söhne", contact="a.moser@trachten-moser.example.at",
    **{"from": ("Trachten Moser & Söhne", "a.moser@trachten-moser.example.at")},
    subject="Ihre Initiativbewerbung", date="2026-01-28 14:20 +0100",
    charset="iso-8859-1", header_charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

wir danken Ihnen für Ihr Schreiben vom 14. Jänner und das Interesse an unserem Haus in der Getreidegasse.

Als kleiner Familienbetrieb mit zwei Geschäften besetzen wir Verkaufs- und Leitungsfunktionen fast ausschließlich aus den eigenen Reihen. Derzeit ist keine Stelle frei, und wir sehen auch für die kommenden Monate keine Möglichkeit, Sie bei uns aufzunehmen.

Ihre Unterlagen senden wir Ihnen daher nicht zurück, sondern löschen sie, wie Sie es in Ihrem Schreiben gewünscht haben.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Anneliese Moser
Trachten Moser & Söhne
Getreidegasse 21, 5020 Salzburg
Tel. 0662 84 31 07""",
))

# 7 -- Bolzano shopping centre: interview called off because the position will not be filled
SPECS.append(dict(
    kind="rejection", scenario="bozen_interview_off_role_closed", lang="de",
    company="Talvera Center", contact="direzione@talvera-center.example.it",
    **{"from": ("Talvera Center - Direzione", "direzione@talvera-center.example.it")},
    subject="Termin 23.04. / appuntamento 23/04", date="2026-04-20 09:12 +0200",
    charset="iso-8859-1", header_charset="iso-8859-1", cte="qp",
    text="""Gentile Signora Hofbauer,
sehr geehrte Frau Hofbauer,

leider müssen wir unser Gespräch am Donnerstag, 23. April, absagen. Die Eigentümer haben gestern beschlossen, die Stelle der Center-Koordinatorin nicht zu besetzen; die Aufgaben werden künftig von der Verwaltung in Trient übernommen.

Es wird also auch keinen Ersatztermin geben, und wir können Ihre Bewerbung nicht weiter berücksichtigen. Das tut uns wirklich leid, auch weil Sie extra aus Linz angereist wären.

Per qualsiasi domanda restiamo a disposizione.

Cordiali saluti / Mit freundlichen Grüßen

Dott.ssa Elena Rainer
Direzione Talvera Center
Via Galilei 4 · 39100 Bolzano/Bozen""",
))

# 8 -- Zurich department store via SuccessFactors, Swiss spelling, multipart/alternative
_t = """Sehr geehrte Frau Hofbauer

Wir danken Ihnen für Ihre Bewerbung als Visual Merchandiser 80-100% und das Interesse an der Limmat Warenhaus AG.

Wir haben Ihr Dossier mit grossem Interesse gelesen. Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung nicht weiter berücksichtigen können. Für diese Stelle setzen wir mehrjährige Erfahrung in der Warenpräsentation im Warenhaus voraus.

Wir bedauern, Ihnen keinen positiven Bescheid geben zu können, und wünschen Ihnen für die Zukunft alles Gute.

Freundliche Grüsse

Limmat Warenhaus AG
Human Resources"""
SPECS.append(dict(
    kind="rejection", scenario="zurich_successfactors_swiss", lang="de",
    company="Limmat Warenhaus", contact="",
    **{"from": ("Limmat Warenhaus Karriere", "limmat-jobs@successfactors.eu")},
    subject="Ihre Bewerbung als Visual Merchandiser 80-100% (Job-ID 21877)",
    date="2026-02-24 07:58 +0100", structure="alt", charset="iso-8859-1", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="LIMMAT Warenhaus", logo="https://career5.successfactors.eu/public/ui-resource/limmat/logo.png",
             accent="#00205b",
             footer="Limmat Warenhaus AG, Bahnhofstrasse 88, 8001 Zürich. Diese E-Mail wurde automatisch versendet; Antworten werden nicht gelesen."),
))

# 9 -- temp agency about its own pool, client not named
SPECS.append(dict(
    kind="rejection", scenario="leasing_client_unnamed", lang="de",
    company="TopStaff Personalservice", contact="linz@topstaff.example.at",
    **{"from": ("TopStaff Linz", "linz@topstaff.example.at")},
    subject="Ihre Bewerbung Filialleitung Handel (Ref. LZ-2231)",
    date="2026-02-03 13:47 +0100", cte="qp",
    text="""Hallo Frau Hofbauer,

kurze Info zu Ihrer Bewerbung über uns: unser Kunde aus dem Lebensmittelhandel hat sich Ihre Unterlagen angesehen und sich leider gegen ein Gespräch entschieden. Gesucht wird jemand mit mindestens drei Jahren Führungserfahrung im Filialbetrieb, da können wir leider nichts machen.

Wir haben aber laufend Anfragen aus Handel und Dienstleistung im Großraum Linz. Wenn Sie möchten, bleiben Sie in unserer Kartei, wir melden uns, sobald etwas Passendes reinkommt.

Beste Grüße aus der Filiale Linz
Dominik Haas
TopStaff Personalservice GmbH
Bürgerstraße 15, 4020 Linz
Tel: +43 732 61 29 40""",
))

# 10 -- after the interview, Outlook chain whose quoted part is the invitation
SPECS.append(dict(
    kind="rejection", scenario="after_interview_outlook_chain", lang="de",
    company="Donaupark Center", contact="s.leitner@donaupark-center.example.at",
    **{"from": ("Leitner Sabine", "s.leitner@donaupark-center.example.at")},
    subject="AW: Einladung zum Vorstellungsgespräch – Marketing & Center-Events",
    thread=["<AM6PR04MB5781E2C0A1@AM6PR04MB5781.eurprd04.prod.outlook.com>",
            "<0a41c7e2-44b1-4b9c-9f3c-8e2df1b6a911@example.at>"],
    date="2026-03-12 15:36 +0100", charset="windows-1252", cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

danke nochmals für das angenehme Gespräch letzte Woche und Ihre ausführliche Nachbereitung.

Wir haben uns die Entscheidung nicht leicht gemacht, uns aber letztlich für einen Bewerber entschieden, der bereits ein Einkaufszentrum in vergleichbarer Größe betreut hat. Ich hoffe, Sie verstehen das.

Alles Gute für Ihre weitere Suche!

Mit freundlichen Grüßen

Sabine Leitner
Centermanagement
Donaupark Center Management GmbH
Industriezeile 76 | 4020 Linz
T: +43 732 908 11-20

Von: Greta Hofbauer <greta.hofbauer@example.at>
Gesendet: Donnerstag, 5. März 2026 19:12
An: Leitner Sabine <s.leitner@donaupark-center.example.at>
Betreff: AW: Einladung zum Vorstellungsgespräch – Marketing & Center-Events

Liebe Frau Leitner,

vielen Dank für das heutige Gespräch! Wie besprochen sende ich Ihnen meine Skizze für die Osterdeko im Erdgeschoss. Ich freue mich auf Ihre Rückmeldung und hoffe auf eine Zusage.

Beste Grüße
Greta Hofbauer

Von: Leitner Sabine <s.leitner@donaupark-center.example.at>
Gesendet: Montag, 23. Februar 2026 10:02
An: Greta Hofbauer <greta.hofbauer@example.at>
Betreff: Einladung zum Vorstellungsgespräch – Marketing & Center-Events

Sehr geehrte Frau Hofbauer,

wir laden Sie herzlich zu einem Vorstellungsgespräch am Donnerstag, 5. März, um 14:00 Uhr in unser Centerbüro (2. OG, neben dem Kino) ein. Bitte bestätigen Sie kurz den Termin.

Mit freundlichen Grüßen
Sabine Leitner""",
))

# 11 -- softgarden, formal, base64 plain text
SPECS.append(dict(
    kind="rejection", scenario="softgarden_formal_dsgvo", lang="de",
    company="Kühnle Drogeriemarkt", contact="",
    **{"from": ("Kühnle Drogeriemarkt – Bewerbermanagement", "kuehnle@softgarden.io")},
    subject="Absage: Filialleitung (m/w/d) München-Pasing", date="2026-05-07 08:30 +0200",
    cte="base64",
    text="""Sehr geehrte Frau Hofbauer,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an Kühnle.

Leider müssen wir Ihnen heute mitteilen, dass wir Ihre Bewerbung für die Position Filialleitung (m/w/d) in München-Pasing nicht berücksichtigen konnten. Die Entscheidung ist uns bei der großen Zahl qualifizierter Bewerbungen nicht leichtgefallen.

Ihre Daten werden gemäß Art. 17 DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht, sofern Sie nicht in eine längere Speicherung eingewilligt haben.

Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.

Mit freundlichen Grüßen
Ihr Kühnle Recruiting-Team

Kühnle Drogeriemarkt GmbH & Co. KG · Landsberger Straße 301 · 80687 München
Sitz München · Registergericht München HRA 102 557
Bitte antworten Sie nicht direkt auf diese E-Mail.""",
))

# 12 -- family department store, letter as PDF, short body that says it
SPECS.append(dict(
    kind="rejection", scenario="letter_pdf_attached", lang="de",
    company="Modehaus Steinbichler", contact="personal@steinbichler-mode.example.at",
    **{"from": ("Modehaus Steinbichler | Personal", "personal@steinbichler-mode.example.at")},
    subject="Ihre Bewerbung vom 2. Februar", date="2026-02-26 11:02 +0100", cte="qp",
    text="""Sehr geehrte Frau Hofbauer,

anbei erhalten Sie unser Schreiben zu Ihrer Bewerbung als Abteilungsleiterin Schuhe. Kurz gesagt: Wir haben uns für eine andere Bewerberin entschieden, die bereits im Schuhfachhandel tätig war.

Danke für Ihr Interesse an unserem Haus. Bei Fragen erreichen Sie mich unter dieser Adresse.

Freundliche Grüße
Brigitte Hummer
Personalabteilung
Modehaus Steinbichler · Linz · seit 1921""",
    attachments=[{"filename": "Schreiben_Hofbauer_2026-02-26.pdf", "pdf": [
        "Modehaus Steinbichler GmbH - Personalabteilung",
        "Linz, 26. Februar 2026",
        "",
        "Sehr geehrte Frau Hofbauer,",
        "wir danken Ihnen fuer Ihre Bewerbung als Abteilungsleiterin Schuhe.",
        "Nach reiflicher Ueberlegung haben wir uns fuer eine andere Bewerberin entschieden.",
        "Wir wuenschen Ihnen fuer Ihre Zukunft alles Gute.",
        "",
        "Brigitte Hummer, Personalabteilung"]}],
))

# 13 -- public university of applied sciences, filled with a better-matching candidate
SPECS.append(dict(
    kind="rejection", scenario="hochschule_public_formal", lang="de",
    company="Hochschule Donau-Traun", contact="personal@hs-donautraun.example.at",
    **{"from": ("Personalabteilung HDT", "personal@hs-donautraun.example.at")},
    subject="GZ 2026/PA-113 – Leitung Campus-Shop – Mitteilung", date="2026-06-09 10:40 +0200",
    charset="iso-8859-1", cte="qp",
    text="""Sehr geehrte Bewerberin,

wir beziehen uns auf Ihre Bewerbung zur Ausschreibung GZ 2026/PA-113 (Leitung Campus-Shop, 30 Wochenstunden).

Das Auswahlverfahren ist abgeschlossen. Die Stelle wurde mit einer Person besetzt, die dem Anforderungsprofil, insbesondere im Bereich Warenwirtschaft und Einkauf, in höherem Maße entspricht. Wir bedanken uns für Ihre Teilnahme am Verfahren.

Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Frist von sieben Monaten vernichtet.

Für Rückfragen steht Ihnen Frau Mag. Wögerbauer unter der oben genannten Adresse zur Verfügung.

Mit freundlichen Grüßen
Für das Rektorat:
Mag. Ingrid Wögerbauer
Personalabteilung

Hochschule Donau-Traun
Stelzhamerstraße 23, 4600 Wels""",
))

# 14 -- Greenhouse, no-reply sender, recruiter in Reply-To, HTML only
_t = """Hallo Frau Hofbauer,

vielen Dank, dass Sie sich die Zeit für unser Videointerview genommen haben. Es war schön, Sie und Ihre Begeisterung für Düfte und Pflege kennenzulernen.

Wir haben uns entschieden, die Position Store Manager Parfümerie Schwabing mit einer Kandidatin zu besetzen, die bereits ein Team in einer Parfümerie geführt hat. Für Sie heißt das leider, dass wir Ihnen diesmal kein Angebot machen können.

Ihr Hintergrund als Friseurmeisterin hat uns beeindruckt. Bitte schauen Sie gerne wieder auf unsere Karriereseite – besonders für Beratungsrollen mit Schwerpunkt Haarpflege wären Sie eine starke Kandidatin.

Alles Gute!
Nora Hartl
Talent Acquisition Partner, Parfümerie Albrecht"""
SPECS.append(dict(
    kind="rejection", scenario="greenhouse_after_video_reply_to", lang="de",
    company="Parfümerie Albrecht", contact="nora.hartl@albrecht-parfuemerie.example.de",
    **{"from": ("Parfümerie Albrecht via Greenhouse", "no-reply@greenhouse-mail.io")},
    reply_to=("Nora Hartl", "nora.hartl@albrecht-parfuemerie.example.de"),
    subject="Ihre Bewerbung bei Parfümerie Albrecht", date="2026-04-15 17:22 +0200",
    structure="html", cte="base64",
    text=_t,
    html=ats(_t, logo_alt="Parfümerie Albrecht", logo="https://s3.greenhouse-mail.io/logos/albrecht_parfuemerie.png",
             accent="#b08d57", tracker="https://click.greenhouse-mail.io/ls/click",
             pixel="https://click.greenhouse-mail.io/wf/open?upn=aLb5x2Q",
             footer="Parfümerie Albrecht GmbH · Leopoldstraße 44 · 80802 München\n\nSie erhalten diese Nachricht, weil Sie sich über Greenhouse bei Parfümerie Albrecht beworben haben. Datenschutz: https://www.albrecht-parfuemerie.example.de/datenschutz"),
))

# 15 -- salon group, Du, short, via Personio no-reply without Reply-To
SPECS.append(dict(
    kind="rejection", scenario="salon_group_du_personio", lang="de",
    company="Haarmonie Friseure", contact="",
    **{"from": ("Haarmonie Friseure", "no-reply@haarmonie.jobs.personio.de")},
    subject="Deine Bewerbung als Salonleitung Haidhausen", date="2026-05-21 12:05 +0200",
    cte="qp",
    text="""Hey Greta,

danke dir für deine Bewerbung und dein Interesse an Haarmonie!

Wir haben lange überlegt, uns für Haidhausen aber für jemanden entschieden, der schon länger in München im Salon steht und die Kundschaft dort kennt. Wir wissen, dass so eine Nachricht nie schön ist – sorry!

Bleib gern mit uns in Kontakt, wir posten neue Jobs immer zuerst auf Instagram @haarmonie.example.

Alles Liebe
dein Haarmonie-Team

Haarmonie Friseure GmbH · Rosenheimer Str. 92 · 81669 München
Diese Nachricht wurde über Personio versendet.""",
))

# 16 -- NGO second-hand boutique after a trial afternoon, warm
SPECS.append(dict(
    kind="rejection", scenario="ngo_after_trial_day", lang="de",
    company="Verein Zweite Chance", contact="ulrike.brandstaetter@zweitechance.example.at",
    **{"from": ("Ulrike Brandstätter", "ulrike.brandstaetter@zweitechance.example.at")},
    subject="Danke für den Nachmittag im Laden", date="2026-06-30 16:18 +0200",
    cte="qp",
    text="""Liebe Frau Hofbauer,

danke, dass Sie sich am Freitag einen ganzen Nachmittag für uns Zeit genommen haben. Die Umgestaltung der Herrenecke hat dem Team richtig Schwung gegeben!

Wir haben uns im Vorstand trotzdem für eine andere Besetzung der Ladenleitung entschieden: Die Stelle wird von Frau Kogler übernommen, die seit Jahren mit unseren Transitarbeitskräften arbeitet und die sozialpädagogische Ausbildung mitbringt, die uns der Fördergeber vorschreibt. Für Sie haben wir also leider keine Stelle.

Falls Sie einmal Lust haben, ehrenamtlich bei einer Schaufenster-Aktion mitzuhelfen, wären wir sehr dankbar.

Herzlich
Ulrike Brandstätter
Geschäftsführung
Verein Zweite Chance – Second-Hand mit Sinn
Bethlehemstraße 30, 4020 Linz · ZVR 482913650""",
))

# 17 -- Vienna department store, typo-ridden two lines after interview, Gmail-style alternative
_t = """Sehr geehrte Frau Hofbauer,

leider hat es diesmal nicht geklappt, wir haben uns für eine andre Kandidatin entscheiden. Danke fürs kommen und alles Gute!

MfG
Petra Aigner
Kaufhaus Lindengasse | Abteilungsleitung Kosmetik

Am Mo., 9. März 2026 um 20:14 Uhr schrieb Greta Hofbauer <greta.hofbauer@example.at>:

> Liebe Frau Aigner,
> nochmals danke für die Einladung heute! Ich habe mich sehr wohl gefühlt und würde mich über eine positive Nachricht freuen.
> Herzliche Grüße, Greta Hofbauer"""
SPECS.append(dict(
    kind="rejection", scenario="department_store_typos_gmail", lang="de",
    company="Kaufhaus Lindengasse", contact="petra.aigner@kaufhaus-lindengasse.example.at",
    **{"from": ("Petra Aigner", "petra.aigner@kaufhaus-lindengasse.example.at")},
    subject="Re: Danke für heute", thread=["<CAGx8k2Lr0q9pQ@mail.gmail.com>"],
    date="2026-03-16 08:44 +0100", structure="alt", cte="qp",
    text=_t, html=gmail(_t),
))

# 18 -- London department store via Greenhouse, standard soft line, multipart/alternative
_t = """Hi Greta,

Thank you for applying for the Visual Merchandising Manager role at Harwood & Pryce and for your patience while we reviewed applications.

After careful consideration, we have decided to move forward with candidates whose experience more closely matches the requirements of this position, in particular large-scale window installations in a flagship environment.

We appreciate your interest in Harwood & Pryce and encourage you to keep an eye on our careers site for future opportunities.

Kind regards,
The Harwood & Pryce Talent Team"""
SPECS.append(dict(
    kind="rejection", scenario="london_greenhouse_closer_match", lang="en",
    company="Harwood & Pryce", contact="",
    **{"from": ("Harwood & Pryce Talent Team", "no-reply@greenhouse-mail.io")},
    subject="Your application to Harwood & Pryce", date="2026-05-12 09:31 +0100",
    structure="alt", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="HARWOOD & PRYCE · LONDON", logo="https://s3.greenhouse-mail.io/logos/harwoodpryce.png",
             accent="#0f3b2e", lang="en", font="Georgia,serif", tracker="https://click.greenhouse-mail.io/ls/click",
             pixel="https://click.greenhouse-mail.io/wf/open?upn=hp9Xq",
             footer="Harwood & Pryce Limited, 400 Oxford Street, London W1A 1HP. Registered in England No. 01842277.\n\nThis mailbox is not monitored."),
))

# 19 -- London beauty hall, detailed feedback after a final interview, recruiter's own address
SPECS.append(dict(
    kind="rejection", scenario="london_feedback_after_final", lang="en",
    company="Kingsley Beauty Hall", contact="priya.shah@kingsleybeauty.example.co.uk",
    **{"from": ("Priya Shah", "priya.shah@kingsleybeauty.example.co.uk")},
    subject="RE: Final interview - Assistant Store Manager", date="2026-06-04 17:55 +0100",
    thread=["<LO2P265MB4412C1D0E7@LO2P265MB4412.GBRP265.PROD.OUTLOOK.COM>",
            "<4b7e9a20-1d3c-4f8e-b5a6-9c0d2e1f3a47@example.at>"], charset="windows-1252",
    cte="qp",
    text="""Dear Greta,

Thank you again for coming in on Monday and for the care you put into the floor walk exercise. I promised I would let you know either way by the end of the week, so here I am.

I'm sorry to say we won't be offering you the Assistant Store Manager position. The panel felt you would be excellent with clients and the team, but the role carries full P&L responsibility from day one and the other finalist has run a store budget for several years.

Some feedback, in case it is useful: your answers on coaching were the strongest we heard. Where you lost ground was on stock-loss figures and KPIs, so getting some hands-on numbers experience would make you a very strong candidate next time.

I'd be happy to stay in touch.

Warm wishes,
Priya

Priya Shah | Senior Recruiter | Kingsley Beauty Hall
12 Brompton Arcade, London SW3 1QE
Kingsley Beauty Ltd, registered in England No. 09177354

From: Greta Hofbauer <greta.hofbauer@example.at>
Sent: 01 June 2026 21:15
To: Priya Shah <priya.shah@kingsleybeauty.example.co.uk>
Subject: RE: Final interview - Assistant Store Manager

Dear Priya,

Thank you so much for today - I loved the floor walk and meeting the team. I'm very excited about the role and would be delighted to accept if you decide to make me an offer.

Best wishes,
Greta

From: Priya Shah <priya.shah@kingsleybeauty.example.co.uk>
Sent: 26 May 2026 10:40
To: Greta Hofbauer <greta.hofbauer@example.at>
Subject: Final interview - Assistant Store Manager

Dear Greta,

Congratulations - we'd like to invite you to a final interview on Monday 1 June at 2pm at our Brompton Arcade store. The interview will include a 30-minute floor walk with our Store Director, followed by a conversation with me.

Kind regards,
Priya""",
))

# 20 -- agency for an unnamed luxury client, iPhone, very short
SPECS.append(dict(
    kind="rejection", scenario="agency_unnamed_client_iphone", lang="en",
    company="Retail Search Partners", contact="tom.ellery@retailsearch.example.co.uk",
    **{"from": ("Tom Ellery", "tom.ellery@retailsearch.example.co.uk")},
    subject="Re: Store Manager - Mayfair", reply=True, date="2026-03-23 19:40 +0000",
    cte="8bit",
    text="""Hi Greta - client has come back and they're not progressing, they want someone with luxury watches background. Sorry, will call next week re other roles.

Tom

Sent from my iPhone""",
))

# 21 -- start-up via Ashby: role paused, not proceeding
_t = """Hi Greta,

Thanks so much for the time you've spent with us over the last few weeks.

I wanted to let you know that we've made the difficult decision to put the Retail Experience Lead role on hold while we rethink our offline strategy for the rest of the year. As a result, we won't be proceeding with your application, or with any other candidates for this role.

This is purely a business decision. We really enjoyed your ideas for the Shoreditch pop-up and hope our paths cross again.

All the best,
Maddie Cole
People Team, Glow Theory"""
SPECS.append(dict(
    kind="rejection", scenario="startup_ashby_on_hold", lang="en",
    company="Glow Theory", contact="maddie@glowtheory.example.com",
    **{"from": ("Maddie Cole", "no-reply@ashbyhq.com")},
    reply_to=("Maddie Cole", "maddie@glowtheory.example.com"),
    subject="Update on the Retail Experience Lead role", date="2026-07-08 11:12 +0100",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="glow theory", logo="https://app.ashbyhq.com/api/images/org-theme-logo/glowtheory.png",
             accent="#6c4ce0", lang="en", tracker="https://links.ashbyhq.com/t",
             footer="Sent with Ashby on behalf of Glow Theory. Glow Theory Ltd, 61 Curtain Road, London EC2A 3QT."),
))

# 22 -- fashion label via iCIMS, one-paragraph standard "unsuccessful", HTML only
_t = """Dear Greta Hofbauer,

Re: Assistant Manager - Covent Garden (Req 2026-1184)

Thank you for your recent application. We regret to inform you that on this occasion your application has been unsuccessful. We received a large number of applications and are unable to provide individual feedback at this stage.

Marlowe Studio Recruitment"""
SPECS.append(dict(
    kind="rejection", scenario="icims_unsuccessful_plain_words", lang="en",
    company="Marlowe Studio", contact="",
    **{"from": ("Marlowe Studio Careers", "marlowestudio@icims.com")},
    subject="Your Application - Marlowe Studio", date="2026-02-17 08:05 +0000",
    structure="html", charset="windows-1252", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="MARLOWE", logo="https://careers-marlowestudio.icims.com/logo.png", accent="#000000",
             lang="en", pixel="https://careers-marlowestudio.icims.com/t/o.gif?id=58812",
             footer="Marlowe Studio Ltd. Registered in England and Wales, company number 10488231. Registered office: 27 Long Acre, London WC2E 9LA.\n\nPlease do not reply to this email."),
))

# 23 -- London salon, one line, Apple Mail quote with misleading words
SPECS.append(dict(
    kind="rejection", scenario="salon_one_line_apple_quote", lang="en",
    company="Blow & Co. Salons", contact="jess@blowandco.example.co.uk",
    **{"from": ("Jess Okafor", "jess@blowandco.example.co.uk")},
    subject="Re: Thursday", reply=True, date="2026-04-24 13:02 +0100", cte="qp",
    text="""Sorry Greta, we've gone with someone else for the manager job. Best of luck x

On 21 Apr 2026, at 22:10, Greta Hofbauer <greta.hofbauer@example.at> wrote:

> Hi Jess,
> Thanks for having me on Thursday, loved the salon! I'm really looking forward to hearing about the offer and hopefully starting in May.
> Greta""",
))

# 24 -- Barcelona fashion brand via SmartRecruiters, HTML only
_t = """Hola Greta:

Gracias por tu interés en Nuvola Moda y por presentar tu candidatura al puesto de Visual Merchandiser – Passeig de Gràcia.

Tras revisar detenidamente todas las candidaturas, hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más a lo que buscamos en este momento.

Te animamos a seguir atenta a nuestras ofertas en la página de empleo.

Un saludo,
Equipo de Talento
Nuvola Moda"""
SPECS.append(dict(
    kind="rejection", scenario="barcelona_smartrecruiters", lang="es",
    company="Nuvola Moda", contact="",
    **{"from": ("Nuvola Moda", "noreply@smartrecruiters.com")},
    subject="Tu candidatura en Nuvola Moda", date="2026-03-03 10:20 +0100",
    structure="html", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="NUVOLA", logo="https://c.smartrecruiters.com/sr-company-logo/nuvolamoda.png",
             accent="#d35400", lang="es", tracker="https://jobs.smartrecruiters.com/track/click",
             pixel="https://jobs.smartrecruiters.com/track/open.gif?m=3377a",
             footer="Nuvola Moda S.L. · Carrer de Pujades 77 · 08005 Barcelona. Por favor, no respondas a este correo."),
))

# 25 -- department store after the interview, usted, Latin-1
SPECS.append(dict(
    kind="rejection", scenario="barcelona_after_interview_usted", lang="es",
    company="Almacenes Ribera", contact="montserrat.puig@almacenesribera.example.es",
    **{"from": ("Montserrat Puig", "montserrat.puig@almacenesribera.example.es")},
    subject="RE: Entrevista Jefa de Sección Perfumería", reply=True, date="2026-06-12 12:44 +0200",
    charset="iso-8859-1", header_charset="iso-8859-1", cte="qp",
    text="""Estimada Sra. Hofbauer:

Le agradecemos sinceramente el tiempo dedicado a la entrevista del pasado martes, 9 de junio, en nuestro centro de Plaça Catalunya.

Lamentamos comunicarle que, tras valorar a todas las personas finalistas, hemos decidido no continuar con su candidatura. Hemos optado por un perfil con experiencia previa en gestión de marcas de lujo en gran almacén.

Conservaremos sus datos durante doce meses por si surgiera una vacante adecuada, salvo que nos indique lo contrario.

Atentamente,

Montserrat Puig i Ferrer
Selección y Desarrollo
Almacenes Ribera, S.A.
Plaça de Catalunya 14, 08002 Barcelona

De: Greta Hofbauer <greta.hofbauer@example.at>
Enviado: martes, 9 de junio de 2026 19:02
Para: Montserrat Puig <montserrat.puig@almacenesribera.example.es>
Asunto: Entrevista Jefa de Sección Perfumería

Estimada Sra. Puig:

Muchas gracias por la entrevista de esta mañana y por enseñarme la planta de perfumería. Me encantaría formar parte del equipo y quedo a la espera de su propuesta. Si necesitan referencias de mi antiguo salón, se las envío encantada.

Un cordial saludo,
Greta Hofbauer""",
))

# 26 -- temp agency, client named, tú and exclamation marks
SPECS.append(dict(
    kind="rejection", scenario="ett_client_named_tu", lang="es",
    company="Perfumerías Albéniz", contact="laura.gines@talentomed.example.es",
    **{"from": ("Laura Ginés | Talento Mediterráneo", "laura.gines@talentomed.example.es")},
    subject="Sobre Perfumerías Albéniz", date="2026-06-16 18:09 +0200",
    cte="8bit",
    text="""¡Hola Greta!

Te escribo rápido porque me acaban de llamar de Perfumerías Albéniz: al final han decidido no seguir con tu candidatura para la encargada de la tienda de Sant Antoni. Buscan a alguien que hable catalán con fluidez y ahí no hemos podido hacer nada :(

De verdad que les gustaste mucho en la entrevista. Yo sigo buscando para ti, ¡no te desanimes!

Un abrazo,
Laura

Laura Ginés
Consultora de Retail · Talento Mediterráneo ETT
Tel. 93 412 77 08 · www.talentomed.example.es""",
))

# 27 -- start-up via Teamtailor: filled internally
_t = """Hola Greta,

¡Gracias por postularte a Store Lead en Armario Digital!

Queríamos contarte que finalmente la vacante se ha cubierto internamente: una compañera del equipo de atención al cliente asumirá la gestión de nuestro showroom de Gràcia. Por eso cerramos el proceso y no seguiremos adelante con tu candidatura.

Nos ha encantado conocer tu trayectoria. Guardamos tu perfil por si abrimos un segundo showroom.

Un abrazo,
Bea y el equipo de Armario Digital"""
SPECS.append(dict(
    kind="rejection", scenario="startup_teamtailor_internal", lang="es",
    company="Armario Digital", contact="",
    **{"from": ("Armario Digital", "notifications@teamtailor-mail.com")},
    subject="Tu proceso en Armario Digital", date="2026-08-25 09:48 +0200",
    structure="html", cte="base64",
    text=_t,
    html=ats(_t, logo_alt="armario digital", logo="https://assets.teamtailor-cdn.com/armariodigital/logo.png",
             accent="#111111", lang="es", tracker="https://email.teamtailor-mail.com/c",
             footer="Armario Digital S.L. · Travessera de Gràcia 120 · Barcelona\n\nGestiona tus datos: https://armariodigital.teamtailor.com/connect/privacy"),
))

# 28 -- speculative application, short, no accents
SPECS.append(dict(
    kind="rejection", scenario="speculative_no_accents", lang="es",
    company="Tiendas Brisa", contact="rrhh@tiendasbrisa.example.es",
    **{"from": ("RRHH Tiendas Brisa", "rrhh@tiendasbrisa.example.es")},
    subject="candidatura espontanea", date="2026-01-22 13:31 +0100",
    cte="qp",
    text="""Buenos dias Greta,

gracias por tu candidatura espontanea. En este momento no disponemos de vacantes para encargada en Barcelona y no vamos a poder contar contigo. Si tienes alguna duda puedes responder a este correo.

Saludos
Dpto. RRHH
Tiendas Brisa""",
))

# 29 -- French beauty retailer via Taleo, vous, HTML only
_t = """Madame,

Nous vous remercions de l'intérêt que vous portez à Maison Clémence et de votre candidature au poste de Responsable de boutique – Vienne Kärntner Straße.

Après une étude attentive de votre dossier, nous avons le regret de vous informer que votre candidature n'a pas été retenue. Ce choix ne remet pas en cause la qualité de votre parcours.

Nous conservons votre profil dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre expérience se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Maison Clémence"""
SPECS.append(dict(
    kind="rejection", scenario="taleo_vous_paris_vienna", lang="fr",
    company="Maison Clémence", contact="",
    **{"from": ("Maison Clémence Recrutement", "maisonclemence@taleo.net")},
    subject="Votre candidature – Responsable de boutique Vienne", date="2026-04-08 15:00 +0200",
    structure="html", charset="windows-1252", cte="qp",
    text=_t,
    html=ats(_t, logo_alt="Maison Clémence – Paris", logo="https://maisonclemence.taleo.net/careersection/theme/logo.png",
             accent="#c8a2a2", lang="fr", font="'Didot','Times New Roman',serif",
             footer="Maison Clémence SAS – 18 rue du Faubourg Saint-Honoré, 75008 Paris – RCS Paris 512 337 904.\n\nCe message a été envoyé automatiquement, merci de ne pas y répondre."),
))

# 30 -- Swiss department store after interview, Outlook French chain with misleading words
SPECS.append(dict(
    kind="rejection", scenario="lausanne_outlook_chain_convocation", lang="fr",
    company="Maison Delacroix", contact="claire.morand@delacroix.example.ch",
    **{"from": ("Morand Claire", "claire.morand@delacroix.example.ch")},
    subject="RE: Convocation à un entretien – Gérante adjointe Zurich",
    thread=["<ZR0P278MB0423A1B2@ZR0P278MB0423.CHEP278.PROD.OUTLOOK.COM>",
            "<8d1a2f61-2c10-4e3e-b2c1-77aa0c3e9f10@example.at>"],
    date="2026-05-19 14:27 +0200", charset="windows-1252", header_charset="windows-1252", cte="qp",
    text="""Madame Hofbauer,

Merci encore pour votre venue à Zurich la semaine dernière et pour l'échange très agréable avec Monsieur Baumann.

Malheureusement, nous ne pourrons pas donner une suite favorable à votre candidature : nous avons retenu une personne bilingue français-allemand déjà en poste dans notre réseau. Je sais que ce n'est pas la réponse que vous attendiez.

Je vous souhaite plein succès pour la suite.

Bien cordialement,

Claire Morand
Chargée de recrutement
Maison Delacroix SA – Avenue de Rumine 5 – 1005 Lausanne
+41 21 555 14 80

De : Greta Hofbauer <greta.hofbauer@example.at>
Envoyé : mardi 12 mai 2026 20:41
À : Morand Claire <claire.morand@delacroix.example.ch>
Objet : RE: Convocation à un entretien – Gérante adjointe Zurich

Chère Madame Morand,
Un grand merci pour l'entretien d'aujourd'hui. Je serais ravie de rejoindre l'équipe et j'attends avec impatience votre proposition.
Bien à vous,
Greta Hofbauer

De : Morand Claire <claire.morand@delacroix.example.ch>
Envoyé : lundi 4 mai 2026 09:15
Objet : Convocation à un entretien – Gérante adjointe Zurich

Madame, nous avons le plaisir de vous convier à un entretien le mardi 12 mai à 14h00 dans notre magasin de la Bahnhofstrasse.""",
))

# 31 -- French search firm for an unnamed Geneva client, short
SPECS.append(dict(
    kind="rejection", scenario="cabinet_unnamed_client", lang="fr",
    company="Cabinet Merlin RH", contact="j.merlin@merlin-rh.example.ch",
    **{"from": ("Julien Merlin", "j.merlin@merlin-rh.example.ch")},
    subject="Re: votre candidature", reply=True, date="2026-09-10 08:52 +0200",
    cte="qp",
    text="""Bonjour Madame Hofbauer,

Je reviens vers vous concernant le poste de responsable de boutique pour notre client, une maison horlogère genevoise.

Notre client a souhaité privilégier des profils issus de l'horlogerie ou de la joaillerie ; nous n'allons donc pas présenter votre candidature. Je garde néanmoins votre dossier pour d'autres missions dans le retail beauté.

Bien à vous,

Julien Merlin
Associé – Cabinet Merlin RH Sàrl
Rue du Rhône 62, 1204 Genève""",
))
