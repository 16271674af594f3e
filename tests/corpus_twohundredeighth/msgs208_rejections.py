"""Corpus 208, kind `rejection`: 31 hand-written no's, every one worded differently.

Formal ATS letters, soft holds, terse notes, agencies relaying a client's decision, answers to
the candidate's thank-you, roles cancelled or filled from inside, and casual ones.
"""

from __future__ import annotations

from msgs208_acks import FLORIAN, MERITXELL
from msgs208_common import (
    M,
    ats_card,
    forwarded,
    mso,
    mso_quote_block,
    outlook_block,
    outlook_word,
    paras,
    pdf,
    reply,
    simple_html,
)
from msgs208_invites import (
    CIME_MISSED,
    CLAUDIA,
    ELODIE,
    GIULIA,
    HELVETIC_INVITE,
    KATHARINA,
    KROELL,
    LAIA,
    LIMMAT_CANCEL,
    MARKUS,
    NINA,
    OLIVER,
    PRIYA,
    RETO,
    SALZACH_MISSED,
    SANDRA,
    SIG_VERENA,
    SUMMIT_MISSED,
    THIBAULT,
    VERENA,
)
from msgs208_other import GLISSE_MERCI, NORDKETTE_THANKS, NORTHBANK_THANKS, PICBLANC_APOLOGY

DISCLAIMER_NK = """Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""

NK_NO = f"""Sehr geehrter Herr Mbeki-Laurent,

vielen Dank für Ihre freundlichen Zeilen und nochmals für Ihre Zeit am Donnerstag. Es hat uns gefreut, Sie persönlich kennenzulernen.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende hat sich das Gremium für eine Bewerberin entschieden, die bereits mehrere Jahre Kampagnen für eine Destination betreut hat – ein Vorsprung, den wir in dieser Rolle nicht ausgleichen konnten. Eine Zusage für die Position Marketing Manager Winter kann ich Ihnen deshalb heute nicht geben.

Ihre Ideen zur Gästekommunikation auf der Piste haben wir uns notiert. Wenn wir im Herbst das Social-Media-Team erweitern, würde ich mich gerne wieder bei Ihnen melden – sofern Sie einverstanden sind, dass wir Ihre Unterlagen bis dahin aufbewahren.

Alles Gute für Ihren weiteren Weg und eine schöne restliche Saison!

{SIG_VERENA}"""

LIMMAT_NO = """Hoi Jannik

Ich hatte dir ja einen neuen Termin versprochen – leider kommt es anders. Unser grösster Kunde hat das Winterbudget für 2026/27 halbiert, und die Geschäftsleitung hat die Stelle Junior Sports Marketing Manager deshalb gestrichen. Wir besetzen sie dieses Jahr nicht mehr.

Tut mir leid, dass du so lange auf eine Antwort warten musstest. Falls sich die Lage im Frühling ändert, melde ich mich direkt bei dir.

Liebe Grüsse
Reto

Reto Brunner
Partner | Limmat Brand Studio AG
Hardstrasse 219, 8005 Zürich
+41 44 512 80 33"""

RS_NO = """Sehr geehrter Herr Mbeki-Laurent,

im Anhang finden Sie unser Schreiben zum Abschluss des Auswahlverfahrens für die Position Brand Partnerships Manager.

Damit Sie es nicht nur aus dem Anhang erfahren: Nach zwei sehr guten Gesprächsrunden fiel unsere Wahl knapp auf eine andere Person. Ich hätte Ihnen gerne etwas anderes geschrieben.

Mit freundlichen Grüßen aus dem 1. Bezirk
Mag. Claudia Pfeffer
Head of People
Ringstraße Sportmarketing GmbH
Schubertring 9/4, 1010 Wien
+43 1 512 77 30-22"""

CREST_NO = """Dear Jannik,

Thank you for speaking with us about the Senior Community Marketing Manager role, and for your patience while we rearranged the schedule.

After reviewing all interviews, we have decided to move forward with candidates whose experience more closely matches the requirements of this position, particularly around managing agency budgets at scale.

We genuinely enjoyed learning about your work with ski schools and wish you every success in your search.

Marcus Delaney
Talent Lead, Crestline Outdoor"""

DK_NO = """Hi Jannik,

I owe you an update after we had to cancel our call in April.

Our leadership team has now finished reviewing hiring for the second half of the year, and the Audience Growth Manager role has been put on hold. We will not proceed with any of the candidates currently in the process, including you. I'm sorry – I know you had already set time aside for us.

This is purely a budget decision and says nothing about your profile. If the role reopens, I'd be glad to reach out to you first.

All the best,
Katharina

Katharina Wimmer
Talent Partner | Donaukanal Media GmbH
Obere Donaustraße 95, 1020 Vienna"""

MESSAGES = [
    # ================================================================ de
    M(kind="rejection", slug="nordkette_nach_gespraech_auf_dank", lang="de",
      company="Tourismusverband Nordkette", contact="verena.schoepf@tv-nordkette.example.at",
      key="nk_no", parent="nk_thanks",
      frm=VERENA, name_enc=("utf-8", "Q"),
      subject="AW: Danke für das heutige Gespräch",
      date="2026-03-03 10:30 +0100",
      text=NK_NO + "\n\n" + outlook_block(
          "de", "Jannik Mbeki-Laurent <jannik.ml@example.at>", "Donnerstag, 19. Februar 2026 18:05",
          "Mag. Verena Schöpf <verena.schoepf@tv-nordkette.example.at>",
          "Danke für das heutige Gespräch", NORDKETTE_THANKS) + "\n--\n" + DISCLAIMER_NK,
      html=outlook_word(mso(NK_NO) + "\n" + mso_quote_block(
          "<b>Von:</b> Jannik Mbeki-Laurent &lt;jannik.ml@example.at&gt;<br>"
          "<b>Gesendet:</b> Donnerstag, 19. Februar 2026 18:05<br>"
          "<b>An:</b> Mag. Verena Schöpf &lt;verena.schoepf@tv-nordkette.example.at&gt;<br>"
          "<b>Betreff:</b> Danke für das heutige Gespräch", mso(NORDKETTE_THANKS))
          + '\n<p class="MsoNormal" style="font-size:7.5pt;color:gray">' + DISCLAIMER_NK + "</p>"),
      headers=[("X-Mailer", "Microsoft Outlook 16.0"),
               ("Thread-Topic", "Danke fuer das heutige Gespraech")],
      cte="qp", html_cte="qp"),

    M(kind="rejection", slug="alpenpersonal_kunde_kaunertal_absage", lang="de",
      company="Kaunertaler Gletscherbahnen", contact="t.kroell@alpenpersonal.example.at",
      key="alp_no", parent="alp_move",
      frm=KROELL, name_enc=("iso-8859-1", "Q"),
      subject="Rückmeldung Kaunertaler Gletscherbahnen", subj_enc=("iso-8859-1", "Q"),
      date="2026-02-05 16:12 +0100",
      text="""Hallo Herr Mbeki-Laurent,

ich habe heute Mittag mit Frau Santeler von den Kaunertaler Gletscherbahnen telefoniert. Sie war von Ihrer Erfahrung auf der Piste angetan, hat sich aber für den zweiten Kandidaten aus der Endrunde entschieden, der schon eine Saison lang den Onlineshop der Bahnen betreut hat. Das Gespräch mit Ihnen sei trotzdem sehr angenehm gewesen, soll ich ausrichten.

Für Sie heißt das: Bei dieser Stelle geht es nicht weiter. Ich bleibe aber dran - für Ende Februar habe ich zwei Anfragen aus dem Bereich Eventmarketing im Raum Imst, die gut passen könnten. Passt es, wenn ich Sie nächste Woche kurz anrufe?

Beste Grüße aus der Museumstraße
Thomas Kröll
Personalberater Tourismus & Freizeit
Alpenpersonal GmbH
Museumstraße 21, 6020 Innsbruck
Tel. +43 512 890 455-12 | Mobil +43 664 205 7781""",
      charset="iso-8859-1", cte="qp"),

    M(kind="rejection", slug="salzach_knapp_nach_verpasstem_tag", lang="de",
      company="Salzach Bergbahnen", contact="markus.eder@salzach-bergbahnen.example.at",
      key="sz_no", parent="sz_missed",
      refs=["<CAFx8jml.entschuldigung.salzach@mail.example.at>"],
      frm=MARKUS, subject="Re: Schnuppertag heute – wo waren Sie?",
      date="2026-04-07 09:05 +0200",
      text=reply("""Hallo Herr Mbeki-Laurent,

danke für Ihre Nachricht und die Erklärung. Den Schnuppertag haben wir inzwischen mit den anderen Kandidaten durchgeführt, und die Stelle ist vergeben. Einen weiteren Termin wird es daher nicht geben.

Alles Gute
Markus Eder
Leitung Marketing | Salzach Bergbahnen AG""", "de", "Mi., 25. März 2026 um 11:47", "Markus Eder",
          "markus.eder@salzach-bergbahnen.example.at", SALZACH_MISSED),
      cte="8bit"),

    M(kind="rejection", slug="bergfux_workday_formal_html", lang="de",
      company="Bergfux Sportswear", contact="",
      key="bf_no", parent="bf_ack",
      frm=("Bergfux Sportswear", "bergfux@myworkday.com"),
      subject="Ihre Bewerbung bei Bergfux Sportswear – Junior Brand Manager Outdoor (R-01877)",
      date="2026-02-09 02:14 -0800",
      html=ats_card("Bergfux Sportswear", "#0875e1", paras("""Guten Tag Jannik,

vielen Dank für Ihr Interesse an der Position Junior Brand Manager Outdoor (R-01877) in München.

Wir haben Ihre Unterlagen mit Interesse gelesen. Nach eingehender Prüfung müssen wir Ihnen jedoch mitteilen, dass wir Ihre Bewerbung in diesem Auswahlverfahren nicht weiter berücksichtigen können.

Ihr Kandidatenprofil bleibt in unserem Karriereportal gespeichert. Über die Funktion „Jobbenachrichtigung“ können Sie sich über neue Stellen informieren lassen.

Mit freundlichen Grüßen
Ihr Talent Acquisition Team
Bergfux Sportswear GmbH"""),
          "Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail. · Datenschutz"),
      cte="b64"),

    M(kind="rejection", slug="sv_inntal_servus_eigener_nachwuchs", lang="de",
      company="SV Inntal 1921", contact="florian.haas@sv-inntal.example.at",
      key="svi_no", parent="svi_ack",
      frm=FLORIAN, subject="Re: Bewerbung Vereinsmarketing",
      date="2026-03-13 21:37 +0100",
      text=reply("""Servus Jannik,

kurz und ehrlich: Wir nehmen fürs Vereinsmarketing jemanden aus dem eigenen Nachwuchs, der das seit dem Herbst eh schon ehrenamtlich macht. Hat mit dir nix zu tun, dein Konzept für die Heimspiele war echt gut.

Wennst magst, komm mal zu einem Heimspiel vorbei, ich lad dich auf ein Bier ein.

LG Flo""", "de", "Mi., 25. Feb. 2026 um 20:11", "Florian Haas", "florian.haas@sv-inntal.example.at",
          """Hallo Jannik,

danke für deine Mail, dein Lebenslauf und das Konzept sind angekommen. Ich nehm das mit in die Vorstandssitzung am 10. März und geb dir danach Bescheid.

LG Flo"""),
      cte="8bit", headers=[("X-Mailer", "Samsung Mail")]),

    M(kind="rejection", slug="dolomiti_profil_naeher_softgarden", lang="de",
      company="Dolomiti Outdoor", contact="giulia.pichler@dolomiti-outdoor.example.it",
      key="dol_no", parent="dol_missed",
      frm=("Dolomiti Outdoor", "dolomiti-outdoor@softgarden.io"), reply_to=GIULIA,
      subject="Ihre Bewerbung als Marketing Specialist DACH",
      date="2026-04-29 16:20 +0200",
      text="""Sehr geehrter Herr Mbeki-Laurent,

danke, dass Sie sich nach dem verpassten Termin noch einmal Zeit für das Gespräch mit Herrn Mair und mir genommen haben.

Nach Abschluss aller Gespräche gehen wir mit Kandidatinnen und Kandidaten weiter, deren bisherige Stationen im Produktmarketing dem Profil der Stelle noch näher kommen.

Wir wissen, dass diese Nachricht nicht die erhoffte ist, und danken Ihnen für das Vertrauen, das Sie Dolomiti Outdoor entgegengebracht haben.

Freundliche Grüße aus Bozen
Giulia Pichler
HR Business Partner
Dolomiti Outdoor GmbH · Schlachthofstraße 30 · 39100 Bozen (BZ)""",
      html=ats_card("Dolomiti Outdoor", "#3b6e4f", paras("""Sehr geehrter Herr Mbeki-Laurent,

danke, dass Sie sich nach dem verpassten Termin noch einmal Zeit für das Gespräch mit Herrn Mair und mir genommen haben.

Nach Abschluss aller Gespräche gehen wir mit Kandidatinnen und Kandidaten weiter, deren bisherige Stationen im Produktmarketing dem Profil der Stelle noch näher kommen.

Wir wissen, dass diese Nachricht nicht die erhoffte ist, und danken Ihnen für das Vertrauen, das Sie Dolomiti Outdoor entgegengebracht haben.

Freundliche Grüße aus Bozen
Giulia Pichler
HR Business Partner"""), "Versendet mit softgarden · Datenschutz"),
      cte="qp", html_cte="b64"),

    M(kind="rejection", slug="kitzalp_intern_besetzt_cp1252", lang="de",
      company="Kitzalp Events", contact="b.hechenberger@kitzalp-events.example.at",
      key="kz_no", parent="kz_move",
      frm=("Barbara Hechenberger", "b.hechenberger@kitzalp-events.example.at"),
      subject="Stelle „Eventmarketing & Sponsoring“ – Stand der Dinge",
      subj_enc=("windows-1252", "Q"),
      date="2026-05-27 15:02 +0200",
      text="""Lieber Herr Mbeki-Laurent,

ich muss Ihnen eine unerfreuliche Neuigkeit überbringen: Das verschobene Assessment Center am 2. Juni findet für die Stelle „Eventmarketing & Sponsoring“ nicht mehr statt. Unsere Kollegin Lisa Kogler aus der Gästebetreuung wechselt mit 1. Juli intern in diese Funktion – die Geschäftsführung hat das letzte Woche so entschieden.

Damit ist die Position besetzt, und Ihre Bewerbung ist für uns abgeschlossen. Es tut mir wirklich leid, weil Sie im ersten Gespräch einen sehr guten Eindruck hinterlassen haben.

Die Reisekosten für die erste Runde (€ 48,60) überweisen wir Ihnen selbstverständlich noch.

Herzliche Grüße
Barbara Hechenberger
Personal & Verwaltung
Kitzalp Events GmbH
Hahnenkammstraße 5 · 6370 Kitzbühel
+43 5356 612 48-0""",
      charset="windows-1252", cte="qp"),

    M(kind="rejection", slug="limmat_stelle_gestrichen", lang="de",
      company="Limmat Brand Studio", contact="reto.brunner@limmat-brand.example.ch",
      key="lim_no", parent="lim_cancel",
      frm=RETO, subject="Re: Abgesagt: Kennenlernen Jannik / Limmat Brand Studio",
      date="2026-03-27 17:48 +0100",
      text=reply(LIMMAT_NO, "de", "Di., 10. März 2026 um 07:12", "Reto Brunner",
                 "reto.brunner@limmat-brand.example.ch", LIMMAT_CANCEL),
      cte="b64"),

    M(kind="rejection", slug="eisadler_smartrecruiters_engere_wahl", lang="de",
      company="Eisadler Salzburg", contact="",
      key="ea_no", parent="ea_ack",
      frm=("Eisadler Salzburg", "no-reply@smartrecruiters.com"),
      subject="Update zu Ihrer Bewerbung: Content & Social Media Manager (m/w/d)",
      date="2026-10-02 08:30 +0000",
      text="""Hallo Jannik,

danke für Ihre Bewerbung als Content & Social Media Manager (m/w/d) bei den Eisadlern. Wir haben uns über das große Interesse gefreut – knapp 140 Menschen wollten Teil unseres Teams werden.

Bei so vielen starken Profilen mussten wir eine Auswahl treffen, und Ihre Bewerbung ist diesmal nicht in die engere Wahl gekommen.

Für die kommende Saison wünschen wir Ihnen alles Gute – vielleicht sehen wir uns ja in der Eisarena Volksgarten!

Sportliche Grüße
Eisadler Salzburg GmbH
Recruiting

Diese E-Mail wurde über SmartRecruiters versendet. Antworten an diese Adresse werden nicht gelesen.""",
      html=ats_card("Eisadler Salzburg", "#8b0000", paras("""Hallo Jannik,

danke für Ihre Bewerbung als Content & Social Media Manager (m/w/d) bei den Eisadlern. Wir haben uns über das große Interesse gefreut – knapp 140 Menschen wollten Teil unseres Teams werden.

Bei so vielen starken Profilen mussten wir eine Auswahl treffen, und Ihre Bewerbung ist diesmal nicht in die engere Wahl gekommen.

Für die kommende Saison wünschen wir Ihnen alles Gute – vielleicht sehen wir uns ja in der Eisarena Volksgarten!

Sportliche Grüße
Eisadler Salzburg GmbH · Recruiting"""),
          "Diese E-Mail wurde über SmartRecruiters versendet. Antworten an diese Adresse werden nicht gelesen."),
      cte="b64"),

    M(kind="rejection", slug="alpenblick_verlagsleitung_praxis_fehlt", lang="de",
      company="Alpenblick Verlag", contact="h.wechselberger@alpenblick-verlag.example.at",
      key="ab_no", refs=["<9a0b3c.gespraech.verlag@alpenblick-verlag.example.at>"],
      frm=("Alpenblick Verlag - Personal", "personal@alpenblick-verlag.example.at"),
      reply_to=("Dr. Hannes Wechselberger", "h.wechselberger@alpenblick-verlag.example.at"),
      subject="Ihr Gespräch in der Redaktion",
      date="2026-06-26 13:15 +0200",
      text="""Sehr geehrter Herr Mbeki-Laurent,

nochmals danke für das ausführliche Gespräch in unserer Redaktion. Ihre Präsentation zur Vermarktung unseres Wintersport-Magazins hat uns gefallen, insbesondere die Ideen zu Kooperationen mit Skischulen.

Wir haben lange diskutiert. Für die Anzeigen- und Kooperationsleitung brauchen wir jedoch jemanden, der vom ersten Tag an Mediaplanung und Preisverhandlungen mit Agenturen selbstständig führen kann. Diese Praxis fehlt Ihnen aus unserer Sicht noch, weshalb wir die Stelle anders besetzen werden.

Gern gebe ich Ihnen bei Interesse am Telefon ein ausführlicheres Feedback.

Mit besten Grüßen
Dr. Hannes Wechselberger
Verlagsleitung
Alpenblick Verlag GmbH | Anichstraße 14 | 6020 Innsbruck | +43 512 20 44 70""",
      html=simple_html(paras("""Sehr geehrter Herr Mbeki-Laurent,

nochmals danke für das ausführliche Gespräch in unserer Redaktion. Ihre Präsentation zur Vermarktung unseres Wintersport-Magazins hat uns gefallen, insbesondere die Ideen zu Kooperationen mit Skischulen.

Wir haben lange diskutiert. Für die Anzeigen- und Kooperationsleitung brauchen wir jedoch jemanden, der vom ersten Tag an Mediaplanung und Preisverhandlungen mit Agenturen selbstständig führen kann. Diese Praxis fehlt Ihnen aus unserer Sicht noch, weshalb wir die Stelle anders besetzen werden.

Gern gebe ich Ihnen bei Interesse am Telefon ein ausführlicheres Feedback.

Mit besten Grüßen
Dr. Hannes Wechselberger
Verlagsleitung
Alpenblick Verlag GmbH | Anichstraße 14 | 6020 Innsbruck | +43 512 20 44 70""")),
      cte="qp"),

    M(kind="rejection", slug="personalwerk_kunde_setzt_auf_andere", lang="de",
      company="Personalwerk Salzburg", contact="sandra.leitgeb@personalwerk.example.at",
      key="pw_no", parent="pw_missed",
      frm=SANDRA, subject="Feedback von unserem Kunden aus dem Pinzgau",
      date="2026-08-04 14:10 +0200",
      text="""Hallo Herr Mbeki-Laurent,

ich habe inzwischen das Feedback von unserem Kunden aus dem Pinzgau. Nachdem der erste Telefontermin nicht geklappt hat, konnte das Gespräch ja zum Glück doch noch stattfinden – danke, dass Sie so flexibel waren.

Gereicht hat es am Ende leider nicht: Der Kunde setzt auf eine Kandidatin mit Erfahrung im Handel und wird das Verfahren mit ihr abschließen. Ich weiß, das ist ärgerlich, gerade weil Sie so nahe dran waren.

Ihr Profil habe ich in unserem Pool auf „aktiv“ gelassen. Sobald ich etwas Passendes im Bereich Marketing oder Tourismus habe, rufe ich Sie an.

Viele Grüße
Sandra Leitgeb
Senior Consultant
Personalwerk Salzburg GmbH
Sterneckstraße 33, 5020 Salzburg
T +43 662 87 12 40-7""",
      cte="b64"),

    M(kind="rejection", slug="isarwelle_b2b_erfahrung_ausschlaggebend", lang="de",
      company="Isarwelle Events", contact="jonas.freiberger@isarwelle-events.example.de",
      key="iw_no", refs=["<4be21f.zweite-runde@isarwelle-events.example.de>"],
      frm=("Jonas Freiberger", "jonas.freiberger@isarwelle-events.example.de"),
      subject="Ihr Gespräch bei Isarwelle – unsere Rückmeldung",
      date="2026-04-22 18:40 +0200",
      text="""Hallo Herr Mbeki-Laurent,

vielen Dank, dass Sie letzte Woche extra nach München gekommen sind.

Nach der zweiten Runde ist unsere Wahl auf einen Bewerber gefallen, der schon Firmenläufe und B2B-Events verantwortet hat. Genau das macht bei uns den Großteil des Geschäfts aus, und das hat am Ende den Ausschlag gegeben.

Ich wünsche Ihnen für die Suche viel Erfolg und hoffe, dass Sie bald etwas Passendes finden.

Beste Grüße
Jonas Freiberger
Geschäftsführer
Isarwelle Events GmbH · Zenettistraße 12 · 80337 München""",
      cte="8bit"),

    M(kind="rejection", slug="zillergrund_icims_andere_eingeladen_latin1", lang="de",
      company="Zillergrund Resort", contact="",
      key="zg_no", parent="zg_ack",
      frm=("Zillergrund Resort Karriere", "donotreply@icims.com"),
      subject="Ihre Bewerbung: Marketing Coordinator Winter 2026/27",
      date="2026-10-05 05:20 -0400",
      html=ats_card("Zillergrund Resort", "#4a6fa5", paras("""Sehr geehrter Herr Mbeki-Laurent,

wir danken Ihnen für Ihre Bewerbung als Marketing Coordinator Winter 2026/27 und für die Zeit, die Sie sich dafür genommen haben.

Ihre Qualifikationen passen gut zu unserem Haus. Für diese konkrete Stelle haben wir jedoch andere Bewerberinnen und Bewerber zu Gesprächen eingeladen, deren Erfahrung im Hotel- und Resortmarketing größer ist.

Gerne möchten wir Ihre Daten für künftige Vakanzen in unserem Talentpool speichern. Wenn Sie damit nicht einverstanden sind, genügt eine kurze Mitteilung über das Bewerberportal.

Freundliche Grüße
Personalabteilung Zillergrund Resort"""),
          "Bitte antworten Sie nicht auf diese E-Mail. Dieses Postfach wird nicht überwacht.").replace(
              'charset="utf-8"', 'charset="iso-8859-1"'),
      html_charset="iso-8859-1", html_cte="qp"),

    M(kind="rejection", slug="oetztal_weitergeleitete_einschaetzung", lang="de",
      company="Ötztal Bike Festival", contact="petra.gstrein@oetztal-bikefestival.example.at",
      key="oe_no", parent="oe_missed",
      frm=("Petra Gstrein", "petra.gstrein@oetztal-bikefestival.example.at"),
      subject="WG: Rückmeldung Bewerbung Sponsoring Manager",
      subj_enc=("iso-8859-1", "B"),
      date="2026-09-22 10:02 +0200",
      text=forwarded("""Sehr geehrter Herr Mbeki-Laurent,

nach dem nachgeholten Gespräch mit Herrn Falkner darf ich Ihnen seine Einschätzung direkt weitergeben - er hat mich ausdrücklich darum gebeten, Ihnen seine Worte nicht vorzuenthalten.

Für diesmal wird es mit uns keine Zusammenarbeit geben. Wir würden uns aber freuen, Sie beim Festival als Gast zu begrüßen.

Freundliche Grüße
Petra Gstrein
Office Management | Ötztal Bike Festival
Gemeindestraße 4 · 6450 Sölden""", "de", "Lukas Falkner <lukas.falkner@oetztal-bikefestival.example.at>",
          "Mo., 21. Sep. 2026 um 18:20", "Sponsoring Manager - Mbeki-Laurent",
          "Petra Gstrein <petra.gstrein@oetztal-bikefestival.example.at>", """Hallo Petra,

ich hab mit Herrn Mbeki-Laurent heute nachgeholt, was beim ersten Termin nicht geklappt hat. Sympathischer Typ, kennt die Szene. Für den Sponsoring-Job fehlt ihm aber die Erfahrung im Verkauf, und mit Frau Grüner haben wir jemanden, der das sofort übernehmen kann.

Bitte richte ihm aus, dass wir uns gegen ihn entscheiden - und dass ich mich freuen würde, wenn er nächstes Jahr die Volunteers koordiniert.

Danke, Lukas"""),
      charset="iso-8859-1", cte="8bit"),

    M(kind="rejection", slug="ringstrasse_schreiben_als_pdf", lang="de",
      company="Ringstraße Sportmarketing", contact="claudia.pfeffer@ringstrasse-sport.example.at",
      key="rs_no", parent="rs_inv",
      frm=CLAUDIA, name_enc=("iso-8859-1", "Q"), force_enc=True,
      subject="Ihre Bewerbung – Brand Partnerships Manager",
      date="2026-09-29 15:45 +0200",
      text=RS_NO, html=simple_html(paras(RS_NO)),
      attach=[pdf("Schreiben_Mbeki-Laurent.pdf", [
          "Ringstraße Sportmarketing GmbH", "Schubertring 9/4, 1010 Wien", "",
          "Herrn Jannik Mbeki-Laurent", "Innsbruck", "", "Wien, 29. September 2026", "",
          "Ihre Bewerbung als Brand Partnerships Manager", "",
          "Sehr geehrter Herr Mbeki-Laurent,",
          "wir bedanken uns für Ihr Interesse und die beiden Gespräche.",
          "Nach sorgfältiger Abwägung haben wir die Position anderweitig besetzt.",
          "Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.", "",
          "Mit freundlichen Grüßen", "Mag. Claudia Pfeffer",
      ], title="Abschluss Auswahlverfahren")],
      cte="qp"),

    # ================================================================ en
    M(kind="rejection", slug="donaukanal_role_on_hold", lang="en",
      company="Donaukanal Media", contact="katharina.wimmer@donaukanal-media.example.at",
      key="dk_no", parent="dk_cancel",
      frm=("Katharina Wimmer via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=KATHARINA,
      subject="Update on the Audience Growth Manager role",
      date="2026-05-05 15:45 +0000",
      text=DK_NO, html=simple_html(paras(DK_NO), "en"), cte="qp"),

    M(kind="rejection", slug="northbank_after_interview_quotes_thanks", lang="en",
      company="Northbank Athletic", contact="priya.nandakumar@northbank-athletic.example.co.uk",
      key="nb_no", parent="nb_thanks",
      frm=PRIYA, subject="Re: Thank you – Brand Marketing Executive interview",
      date="2026-07-09 14:20 +0100",
      text=reply("""Hi Jannik,

Thank you for such a thoughtful note, and for the energy you brought to the conversation with Tom and me last week.

I'm afraid we won't be taking your application forward to the final stage. The deciding factor was UK retail experience: the role sits very close to our buying team, and the two finalists have both run in-store launches in London before.

Your idea of working with ski clubs on the winter range stuck with both of us, and I've shared it with our partnerships lead. Do keep an eye on our careers page – we'll be hiring for the Munich office next spring.

Best wishes,
Priya

Priya Nandakumar
Senior Talent Acquisition Partner
Northbank Athletic Ltd · 14 Bankside Yard, London SE1 9JE
+44 20 7946 0381""", "en", "Wed, 1 Jul 2026 at 18:40", "Jannik Mbeki-Laurent",
          "jannik.ml@example.at", NORTHBANK_THANKS),
      cte="qp"),

    M(kind="rejection", slug="summit_relays_client_no", lang="en",
      company="Summit Search Partners", contact="oliver.pratt@summitsearch.example.co.uk",
      key="ss_no", parent="ss_missed",
      frm=OLIVER, subject="Re: Today's interview – what happened?",
      date="2026-03-30 17:02 +0100",
      text=reply("""Jannik,

Quick one, as promised. I spoke to the client this morning. They appreciated you making time for the rescheduled video call after the Teams mix-up, but they've gone with someone who has led a DTC team before. So it's a no from them this time, I'm afraid.

Don't read too much into it – the brief changed halfway through and became more senior than the one I took to market. I've got a couple of conversations running with Alpine brands that are a better fit and will call you next week.

Cheers,
Oliver""", "en", "Tue, 24 Mar 2026 at 11:31", "Oliver Pratt",
          "oliver.pratt@summitsearch.example.co.uk", SUMMIT_MISSED),
      cte="qp"),

    M(kind="rejection", slug="halfpipe_lever_not_progressing", lang="en",
      company="Halfpipe Media", contact="",
      key="hp_no", parent="hp_ack",
      frm=("Halfpipe Media", "no-reply@hire.lever.co"),
      subject="Your application to Halfpipe Media",
      date="2026-06-16 09:00 +0000",
      text="""Hi Jannik,

Thanks for your interest in the Partnerships Coordinator position at Halfpipe Media and for the time you have invested in our process.

We have now completed our review and, on this occasion, we have decided not to progress your application further. We appreciate this may be disappointing to hear.

We'll keep your details on file for twelve months in line with our privacy notice, unless you ask us to delete them sooner.

Kind regards,
The Halfpipe Media Talent Team

Sent via Lever. Please do not reply to this email.""",
      html=ats_card("Halfpipe Media", "#111111", paras("""Hi Jannik,

Thanks for your interest in the Partnerships Coordinator position at Halfpipe Media and for the time you have invested in our process.

We have now completed our review and, on this occasion, we have decided not to progress your application further. We appreciate this may be disappointing to hear.

We'll keep your details on file for twelve months in line with our privacy notice, unless you ask us to delete them sooner.

Kind regards,
The Halfpipe Media Talent Team"""), "Sent via Lever. Please do not reply to this email.", lang="en"),
      cte="b64"),

    M(kind="rejection", slug="crestline_more_closely_matches", lang="en",
      company="Crestline Outdoor", contact="marcus.delaney@crestline-outdoor.example.co.uk",
      key="cr_no", parent="cr_move",
      frm=("Crestline Outdoor", "no-reply@ashbyhq.com"),
      reply_to=("Marcus Delaney", "marcus.delaney@crestline-outdoor.example.co.uk"),
      subject="Crestline Outdoor – Senior Community Marketing Manager",
      date="2026-08-06 11:12 +0000",
      text=CREST_NO,
      html=ats_card("Crestline Outdoor", "#2b4162", paras(CREST_NO), "Powered by Ashby", lang="en"),
      cte="qp"),

    M(kind="rejection", slug="helvetic_going_another_way", lang="en",
      company="Helvetic Snow Marketing", contact="nina@helveticsnow.example.ch",
      key="hs_no", parent="hs_inv",
      frm=NINA, subject="Re: Next step: case study presentation (Zurich or remote)",
      date="2026-08-27 08:14 +0200",
      text=reply("""Hi Jannik,

thanks for sending the case study over and for presenting it on Friday. We're going another way with this hire.

Best,
Nina""", "en", "Mon, 10 Aug 2026 at 10:12", "Nina Zwahlen", "nina@helveticsnow.example.ch",
          HELVETIC_INVITE),
      cte="qp"),

    M(kind="rejection", slug="lakeshore_filled_internally_workable", lang="en",
      company="Lakeshore Sports Media", contact="hannah.cole@lakeshore-media.example.co.uk",
      key="ls_no", refs=["<b8e0d2.interview.lakeshore@lakeshore-media.example.co.uk>"],
      frm=("Lakeshore Sports Media", "noreply@candidates.workablemail.com"),
      reply_to=("Hannah Cole", "hannah.cole@lakeshore-media.example.co.uk"),
      subject="Content Partnerships Manager – an update from Lakeshore",
      date="2026-09-18 13:30 +0100",
      text="""Hello Jannik,

I wanted to let you know personally where things stand. Since we spoke, a colleague from our editorial team applied for the Content Partnerships Manager role and we have appointed her internally. As a result, the vacancy is now closed and there will be no further interviews.

I realise the timing is frustrating, and I'm grateful for the thought you put into your application.

Warm regards,
Hannah Cole
People & Culture Manager
Lakeshore Sports Media · 40 Clerkenwell Road · London EC1M 5PS

Powered by Workable""",
      html=simple_html(paras("""Hello Jannik,

I wanted to let you know personally where things stand. Since we spoke, a colleague from our editorial team applied for the Content Partnerships Manager role and we have appointed her internally. As a result, the vacancy is now closed and there will be no further interviews.

I realise the timing is frustrating, and I'm grateful for the thought you put into your application.

Warm regards,
Hannah Cole
People & Culture Manager
Lakeshore Sports Media · 40 Clerkenwell Road · London EC1M 5PS"""), "en"),
      cte="qp"),

    M(kind="rejection", slug="thameside_casual_mate", lang="en",
      company="Thameside Rowing Club", contact="dan.whitfield@thameside-rc.example.org.uk",
      key="tr_no",
      frm=("Dan Whitfield", "dan.whitfield@thameside-rc.example.org.uk"),
      subject="re: the marketing & membership job",
      date="2026-10-01 08:03 +0100",
      text="""Hey Jannik,

Bit awkward, this one. The committee met last night about the marketing & membership job and they've gone with Georgie, who's been doing the newsletter for years. Honestly, I pushed for you, but there was no way round the "she knows the members" argument.

Sorry mate. Next time you're over, pints on me.

Dan""",
      cte="7bit"),

    # ================================================================ fr
    M(kind="rejection", slug="ot_valleeblanche_non_retenue_latin1", lang="fr",
      company="Office de Tourisme de la Vallée Blanche", contact="s.bellin@ot-valleeblanche.example.fr",
      key="ot_no", parent="ot_missed",
      frm=("Sophie Bellin", "s.bellin@ot-valleeblanche.example.fr"),
      subject="Votre candidature au poste de chargé de promotion touristique",
      subj_enc=("iso-8859-1", "Q"),
      date="2026-05-21 11:10 +0200",
      text="""Monsieur,

Nous faisons suite à votre candidature au poste de chargé de promotion touristique et à l'entretien téléphonique que nous avons finalement pu mener le 12 mai.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Le poste exige une maîtrise courante de l'italien pour nos marchés transfrontaliers, critère qui a été déterminant dans notre choix final.

Nous vous remercions de l'intérêt porté à notre structure et vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Sophie Bellin
Responsable des ressources humaines
Office de Tourisme de la Vallée Blanche
85, place du Triangle de l'Amitié - 74400 Chamonix-Mont-Blanc""",
      charset="iso-8859-1", cte="qp"),

    M(kind="rejection", slug="glisse_reponse_au_merci", lang="fr",
      company="Glisse Mont-Blanc", contact="thibault.morel@glisse-montblanc.example.fr",
      key="gl_no", parent="gl_merci",
      frm=THIBAULT, subject="Re: Merci pour l'entretien",
      date="2026-06-26 12:30 +0200",
      text=reply("""Bonjour Jannik,

Merci à vous pour ce message, et pour l'entretien de mardi, très agréable de notre côté aussi.

Je vais être direct, comme vous l'avez été : nous ne donnerons pas suite pour le poste de responsable marketing. Nous cherchons finalement un profil plus orienté digital pur (acquisition, référencement), et votre force est clairement ailleurs, sur le terrain et l'événementiel.

Je garde votre dossier sous le coude pour la saison prochaine, où nous relancerons probablement nos tournées d'essais de skis.

Belle fin de saison,
Thibault Morel
Directeur
Glisse Mont-Blanc SAS – 12 rue du Lyret, 74400 Chamonix
06 71 82 44 19""", "fr", "mar. 23 juin 2026 à 21:10", "Jannik Mbeki-Laurent",
          "jannik.ml@example.at", GLISSE_MERCI),
      cte="8bit"),

    M(kind="rejection", slug="cime_client_aiguillettes_autre_personne", lang="fr",
      company="Domaine des Aiguillettes", contact="elodie.marchand@cime-communication.example.fr",
      key="ci_no", parent="ci_missed",
      frm=ELODIE, name_enc=("iso-8859-1", "B"),
      subject="Retour du Domaine des Aiguillettes",
      date="2026-07-29 09:25 +0200",
      text=reply("""Bonjour Jannik,

J'ai eu ce matin le retour du Domaine des Aiguillettes. Après le second rendez-vous, celui que nous avons pu caler après le contretemps du 15, leur directeur commercial a choisi une autre personne, déjà en poste dans une station voisine et disponible dès septembre.

Ce n'est donc pas pour cette fois. Je sais que vous y teniez ; sachez que votre présentation a été jugée « très solide » et qu'ils ont demandé à pouvoir vous recontacter pour un éventuel CDD hivernal.

On en reparle par téléphone quand vous voulez.

Élodie Marchand
Consultante recrutement – Tourisme & Sport
Agence Cime Communication
+33 4 50 27 61 90""", "fr", "mer. 15 juil. 2026 à 10:05", "Élodie Marchand",
          "elodie.marchand@cime-communication.example.fr", CIME_MISSED),
      html=simple_html(paras("""Bonjour Jannik,

J'ai eu ce matin le retour du Domaine des Aiguillettes. Après le second rendez-vous, celui que nous avons pu caler après le contretemps du 15, leur directeur commercial a choisi une autre personne, déjà en poste dans une station voisine et disponible dès septembre.

Ce n'est donc pas pour cette fois. Je sais que vous y teniez ; sachez que votre présentation a été jugée « très solide » et qu'ils ont demandé à pouvoir vous recontacter pour un éventuel CDD hivernal.

On en reparle par téléphone quand vous voulez.

Élodie Marchand
Consultante recrutement – Tourisme & Sport
Agence Cime Communication""") + '<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">'
          + paras(CIME_MISSED) + "</blockquote>", "fr"),
      cte="b64"),

    M(kind="rejection", slug="trail_drus_recrutement_annule_html", lang="fr",
      company="Festival Trail des Drus", contact="mathilde.roux@traildesdrus.example.fr",
      key="td_no", refs=["<e7a410.candidature.partenariats@traildesdrus.example.fr>"],
      frm=("Mathilde Roux", "mathilde.roux@traildesdrus.example.fr"),
      subject="Poste de chargé(e) de partenariats – annulation du recrutement",
      date="2026-08-20 17:55 +0200",
      html=simple_html(paras("""Bonjour Monsieur Mbeki-Laurent,

Nous vous remercions pour votre candidature au poste de chargé(e) de partenariats pour l'édition 2027.

Suite à la décision du conseil d'administration de réduire le format de l'événement, ce recrutement est annulé : le poste ne sera pas pourvu, et ses missions seront réparties au sein de l'équipe bénévole. Nous ne pourrons donc pas poursuivre le processus avec vous.

Nous sommes désolés de ce revirement et vous souhaitons une belle suite.

Mathilde Roux
Coordinatrice générale
Festival Trail des Drus – Association loi 1901
Chamonix-Mont-Blanc""") + '<p style="font-size:10px;color:#999">Ce message et ses pièces jointes sont confidentiels et établis à l\'intention exclusive de son destinataire.</p>', "fr"),
      cte="qp"),

    # ================================================================ es
    M(kind="rejection", slug="picblanc_sin_nuevo_hueco", lang="es",
      company="Pic Blanc Resorts", contact="laia.puig@picblanc.example.ad",
      key="pb_no", parent="pb_sorry",
      frm=LAIA, subject="Re: Entrevista telefónica – Técnico/a de Marketing de Estaciones",
      subj_enc=("utf-8", "Q"),
      date="2026-06-24 10:15 +0200",
      text=reply("""Hola Jannik:

Gracias por tu mensaje y por explicar lo que pasó con el teléfono. Lo he comentado con Jordi y, como el proceso ya estaba muy avanzado, no vamos a abrir un nuevo hueco: hemos cerrado la selección para el puesto de Marketing de Estaciones con otra persona.

Siento que no haya podido ser. Te deseo mucha suerte en la búsqueda y, si vuelves por Andorra este invierno, avísanos.

Un saludo,
Laia Puig
Responsable de Selección
Pic Blanc Resorts, S.A.
Av. Carlemany 51, AD700 Escaldes-Engordany
+376 812 450""", "es", "jue, 11 jun 2026 a las 13:02", "Jannik Mbeki-Laurent",
          "jannik.ml@example.at", PICBLANC_APOLOGY),
      cte="qp"),

    M(kind="rejection", slug="nevada_bamboohr_otras_candidaturas", lang="es",
      company="Nevada Pirineo Marketing", contact="",
      key="np_no", parent="np_move",
      frm=("Nevada Pirineo Marketing", "notifications@app.bamboohr.com"),
      subject="Tu candidatura para Ejecutivo/a de Cuentas Deportivas",
      date="2026-09-28 08:00 +0000",
      text="""Hola Jannik,

Muchas gracias por el tiempo que has dedicado a nuestro proceso de selección para el puesto de Ejecutivo/a de Cuentas Deportivas.

Tras valorar todas las entrevistas, hemos decidido seguir adelante con otras candidaturas cuyo perfil se ajusta mejor a las necesidades actuales de la agencia.

Conservaremos tus datos durante un año para futuras vacantes, salvo que nos indiques lo contrario.

Atentamente,
Equipo de Personas – Nevada Pirineo Marketing

Este mensaje se ha enviado a través de BambooHR. No respondas a este correo.""",
      html=ats_card("Nevada Pirineo Marketing", "#73c41d", paras("""Hola Jannik,

Muchas gracias por el tiempo que has dedicado a nuestro proceso de selección para el puesto de Ejecutivo/a de Cuentas Deportivas.

Tras valorar todas las entrevistas, hemos decidido seguir adelante con otras candidaturas cuyo perfil se ajusta mejor a las necesidades actuales de la agencia.

Conservaremos tus datos durante un año para futuras vacantes, salvo que nos indiques lo contrario.

Atentamente,
Equipo de Personas – Nevada Pirineo Marketing"""),
          "Este mensaje se ha enviado a través de BambooHR. No respondas a este correo.", lang="es"),
      cte="qp"),

    M(kind="rejection", slug="vallsdelnord_cubierta_internamente_cp1252", lang="es",
      company="Turismo Valls del Nord", contact="mcasals@vallsdelnord.example.ad",
      key="vn_no", parent="vn_ack",
      frm=MERITXELL, name_enc=("windows-1252", "Q"), force_enc=True,
      subject="Plaza de técnico/a de promoción turística",
      subj_enc=("windows-1252", "Q"),
      date="2026-09-15 12:05 +0200",
      text="""Estimado Jannik:

Te escribo para cerrar el proceso de la plaza de técnico/a de promoción turística. Finalmente, la dirección ha optado por cubrirla con una persona de nuestra propia plantilla, que ya trabajaba en la oficina de información de Ordino.

Por lo tanto, no habrá más entrevistas para esta plaza. Agradecemos mucho tu interés y el esfuerzo de preparar la candidatura en castellano y en catalán.

Recibe un cordial saludo,
Meritxell Casals
Recursos Humanos – Turismo Valls del Nord
Tel. +376 878 300""",
      charset="windows-1252", cte="qp"),

    M(kind="rejection", slug="club_esqui_ordino_breve", lang="es",
      company="Club Esquí Ordino", contact="pau.riba@cleordino.example.ad",
      key="ceo_no", refs=["<CAFx8jml.coordinador.cleordino@mail.example.at>"],
      frm=("Pau Riba", "pau.riba@cleordino.example.ad"),
      subject="Re: coordinador de marketing",
      date="2026-10-07 19:51 +0200",
      text="""Jannik, gracias por venir el sábado. Al final nos quedamos con alguien de aquí que ya conoce el club. ¡Suerte!

Pau

Enviado desde mi móvil""",
      cte="8bit"),
]

