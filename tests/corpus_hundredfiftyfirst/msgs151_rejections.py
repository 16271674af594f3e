"""Corpus 151, kind `rejection`: 31 hand-written messages (de 15, en 8, fr 4, es 4).

Some texts the candidate sent earlier in a thread live here too (THANKS_*), because the
rejections quote them; msgs151_other.py writes those sent mails from the same constants.
"""

from __future__ import annotations

from msgs151_common import (
    ME,
    SIGNATURE_DE,
    SIGNATURE_EN,
    ats_card,
    outlook_block,
    outlook_html,
    quote,
    simple_html,
    wrote_de,
    wrote_en,
    wrote_es,
    wrote_fr,
)

# ------------------------------------------------------------------ texts quoted later

THANKS_BAUKRAFT = f"""Liebe Frau Krüger,

vielen Dank für das angenehme Gespräch heute Nachmittag mit Ihnen und Herrn Adomeit. Die
Einblicke in die Einführung von BIM auf Ihren Baustellen in Adlershof fand ich sehr spannend,
und ich würde mich freuen, in der Rolle der BIM-Koordinatorin daran mitzuwirken.

Über eine Rückmeldung zu den nächsten Schritten freue ich mich.

Herzliche Grüße
{SIGNATURE_DE}
"""

THANKS_STRUCT360 = f"""Hi Priya,

Thank you for the conversation this afternoon, and please pass my thanks on to Daniel as well.
I really enjoyed walking through the clash-detection workflow with you both, and the idea of
turning site feedback into product features is exactly what I am looking for.

If there is anything else you need from me for the next stage, just let me know.

Best wishes,
{SIGNATURE_EN}
"""

THANKS_RHONE = """Bonjour Madame Girard,

Je tenais à vous remercier pour notre échange de ce matin ainsi que pour la visite du plateau
de l'équipe maquette numérique. La démarche de convention BIM que vous avez présentée
rejoint tout à fait mon expérience sur les projets de logements à Berlin.

Je reste à votre disposition pour toute information complémentaire.

Bien cordialement,
Joana Ferreira-Schulz
+49 176 5550 3187
"""

THANKS_ELBUFER = f"""Hallo Herr Petersen,

herzlichen Dank für das zweite Gespräch per Video und die Zeit, die Sie und Frau Albers sich
genommen haben. Besonders die Frage, wie wir die Übergabe der Modelle an das Facility
Management sauber hinbekommen, hat mich noch lange beschäftigt – ich hätte da große Lust,
mitzugestalten.

Viele Grüße aus Friedrichshain
{SIGNATURE_DE}
"""


INV_STEINMETZ = """Hallo Frau Ferreira-Schulz,

Ihr Profil hat mir Herr Roth weitergeleitet. Hätten Sie Donnerstag gegen 17 Uhr Zeit für ein
kurzes Gespräch? Gern bei uns im Büro in der Karl-Liebknecht-Straße oder am Telefon.

Beste Grüße
Frank Steinmetz
"""

INV_SEEFELD = """Dear Joana,

Following our call, we would like to invite you to our assessment day on Thursday, 8 October,
from 09:00 to about 15:00 at our office at Seefeldstrasse 123 in Zurich. You will work on a
short coordination case with two of our engineers, present your approach to the BIM lead and
have lunch with the team. Please find the agenda attached.

Could you confirm by Monday whether the date works for you?

Kind regards,
Tom Aebischer
"""

INV_WEXFORD = """Jo! Long time. We're hiring a BIM/digital twin coordinator and I immediately thought
of you. Are you free Thursday to chat? 5pm your time works for me, video or phone, whatever
suits.

Sam
"""

INV_LAVAPIES = """Hola Joana, ¿te viene bien el jueves a las 10 para tomar un café en el estudio y
charlar un rato sobre el puesto? Estamos en la calle Argumosa, al lado del mercado.

Inés
"""


MESSAGES = [
    # ---------------------------------------------------------------- German (15)
    {
        "kind": "rejection", "name": "baukraft_after_interview", "lang": "de",
        "company": "Baukraft Holding", "contact": "sabine.krueger@baukraft.example.de",
        "id": "baukraft_rej", "parent": "baukraft_thanks",
        "date": "2026-03-12 16:05 +0100",
        "frm": ("Sabine Krüger", "sabine.krueger@baukraft.example.de"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "AW: Danke für das Gespräch – BIM-Koordination Adlershof",
        "subj_enc": ("utf-8", "B"),
        "text": f"""Liebe Frau Ferreira-Schulz,

vielen Dank für Ihre freundliche Nachricht und noch einmal für Ihre Zeit am 3. März.

Wir haben uns die Entscheidung wirklich nicht leicht gemacht. Am Ende haben wir uns für
eine Kollegin entschieden, die bereits mehrere Jahre als BIM-Koordinatorin auf Seiten eines
Generalunternehmers gearbeitet hat – das war in der jetzigen Projektphase ausschlaggebend.
Ihre Bewerbung können wir daher nicht weiter berücksichtigen.

Herr Adomeit hat mich ausdrücklich gebeten, Ihnen zu sagen, wie gut ihm Ihre Fragen zur
Modellübergabe gefallen haben. Wenn Sie einverstanden sind, behalten wir Ihr Profil gern für
künftige Projekte im Blick.

Alles Gute für Ihren weiteren Weg!

Sabine Krüger
Senior Recruiterin
Baukraft Holding GmbH
Wolfener Straße 36, 12681 Berlin
Tel. +49 30 5550 8812

{wrote_de("Di., 3. März 2026 um 18:20", ME[0], ME[1])}
{quote(THANKS_BAUKRAFT)}
""",
    },
    {
        "kind": "rejection", "name": "bibm_formal_letter_pdf", "lang": "de",
        "company": "Berliner Immobilien- und Baumanagement", "contact": "",
        "id": "bibm_rej", "parent": "bibm_move",
        "date": "2026-03-25 11:30 +0100",
        "frm": ("BIBM Personalstelle", "bewerbung-noreply@bibm.example.de"),
        "subject": "Ihre Bewerbung - Kennziffer BIBM-2026-014 (BIM-Koordination Hochbau)",
        "subj_enc": ("iso-8859-1", "Q"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Ferreira-Schulz,

wir bedanken uns für Ihre Teilnahme am Auswahlgespräch am 6. März 2026 im Rahmen des
Besetzungsverfahrens zur Kennziffer BIBM-2026-014.

Nach Abschluss des Verfahrens müssen wir Ihnen leider mitteilen, dass die Auswahlkommission
sich für eine andere Bewerberin entschieden hat. Das ausführliche Schreiben finden Sie im
Anhang. Ihre Unterlagen werden nach Ablauf der Frist nach dem Allgemeinen
Gleichbehandlungsgesetz (sechs Monate) datenschutzgerecht vernichtet.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Im Auftrag
Personalstelle

Berliner Immobilien- und Baumanagement (BIBM)
Anstalt öffentlichen Rechts
Alt-Moabit 91, 10559 Berlin

Diese Nachricht wurde automatisch versendet. Antworten an diese Adresse werden nicht
gelesen. Rückfragen richten Sie bitte unter Angabe der Kennziffer an die Personalstelle.
""",
        "attach": [{"pdf": "BIBM-2026-014_Mitteilung.pdf", "lines": [
            "Berliner Immobilien- und Baumanagement - Personalstelle",
            "Frau Joana Ferreira-Schulz, Boxhagener Strasse 41, 10245 Berlin",
            "",
            "Besetzungsverfahren BIBM-2026-014, BIM-Koordination Hochbau (E 12 TV-L)",
            "",
            "Sehr geehrte Frau Ferreira-Schulz,",
            "das Auswahlverfahren ist abgeschlossen. Die Kommission hat sich fuer eine",
            "Mitbewerberin entschieden. Wir bedauern, Ihnen keine positive Nachricht",
            "geben zu koennen, und danken Ihnen fuer Ihr Interesse an unserem Haus.",
            "",
            "Im Auftrag, Personalstelle",
        ]}],
    },
    {
        "kind": "rejection", "name": "kessler_relays_havelwerk_no", "lang": "de",
        "company": "Havelwerk Immobilien", "contact": "markus.kessler@kessler-search.example.de",
        "id": "kessler_rej", "parent": "kessler_move",
        "date": "2026-04-22 09:12 +0200",
        "frm": ("Markus Kessler", "markus.kessler@kessler-search.example.de"),
        "subject": "Havelwerk – Rückmeldung des Mandanten",
        "text": """Guten Morgen Frau Ferreira-Schulz,

ich habe gestern Abend endlich mit Herrn Brandes von Havelwerk Immobilien telefoniert und
möchte Ihnen die Rückmeldung nicht länger vorenthalten, auch wenn sie nicht die erhoffte ist:
Havelwerk hat sich im Nachgang zu den verschobenen Gesprächen entschieden, die Position mit
einem Kandidaten aus dem eigenen Netzwerk zu besetzen. Mit Ihrer Qualifikation hatte das
ausdrücklich nichts zu tun – Herr Brandes fand Ihr Portfolio sehr stark.

Ich bedauere das sehr, weil ich Sie für eine ideale Besetzung gehalten hätte. Lassen Sie uns
gern in Kontakt bleiben; ich habe gerade zwei weitere Mandate im Bereich digitale
Projektsteuerung, bei denen ich an Sie denke.

Beste Grüße
Markus Kessler
Geschäftsführender Partner

Kessler Executive Search GmbH
Kurfürstendamm 188, 10707 Berlin
T +49 30 5550 2210 | M +49 171 5550 4477

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren
Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser Mail sind nicht gestattet.
""",
    },
    {
        "kind": "rejection", "name": "alpenbau_filled_internally", "lang": "de",
        "company": "Alpenbau", "contact": "teresa.hofbauer@alpenbau.example.at",
        "id": "alpenbau_rej", "parent": "alpenbau_cancel",
        "date": "2026-04-08 14:47 +0200",
        "frm": ("Teresa Hofbauer", "teresa.hofbauer@alpenbau.example.at"),
        "subject": "Ihre Bewerbung als BIM-Koordinatorin – Alpenbau Wien",
        "charset": "windows-1252", "cte": "8bit",
        "text": """Sehr geehrte Frau Ferreira-Schulz,

wie angekündigt melde ich mich nach dem abgesagten Termin im März bei Ihnen – leider mit
einer anderen Nachricht als geplant.

Während Herr Mayrhofer im Krankenstand war, hat sich intern eine Veränderung ergeben:
Eine Kollegin aus unserer Arbeitsvorbereitung übernimmt die BIM-Koordination für die
Projekte in Floridsdorf und Aspern. Die ausgeschriebene Stelle wird damit nicht mehr extern
besetzt, und wir können das Verfahren mit Ihnen nicht fortführen.

Es tut mir leid, dass Sie so lange auf diese Nachricht warten mussten. Für die Zeit, die Sie
in Ihre Bewerbung investiert haben, bedanke ich mich herzlich.

Mit freundlichen Grüßen aus Wien
Teresa Hofbauer
Human Resources – Recruiting
Alpenbau GmbH
Wagramer Straße 17, 1220 Wien
T: +43 1 5550 3340
„Wir bauen Zukunft“ – Firmenbuch FN 555123x, Handelsgericht Wien
""",
    },
    {
        "kind": "rejection", "name": "wohnbau_saale_softgarden", "lang": "de",
        "company": "Wohnbau Saale", "contact": "",
        "id": "saale_rej", "parent": "saale_ack",
        "date": "2026-03-30 07:02 +0200",
        "frm": ("Wohnbau Saale", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung bei der Wohnbau Saale",
        "headers": [("Auto-Submitted", "auto-generated"),
                    ("X-Mailer", "softgarden e-recruiting")],
        "html": ats_card(
            "Wohnbau Saale GmbH – Karriere", "#2a6f4f",
            """Sehr geehrte Frau Ferreira-Schulz,

vielen Dank für Ihr Interesse an der Position „Projektleitung Digitales Bauen (m/w/d)“ in
Leipzig.

Wir haben alle Unterlagen sorgfältig geprüft. Leider müssen wir Ihnen mitteilen, dass wir Ihre
Bewerbung in diesem Auswahlverfahren nicht weiter berücksichtigen können.

Diese Entscheidung ist keine Bewertung Ihrer Person. Gern dürfen Sie sich auf andere
passende Stellen in unserem Karriereportal bewerben.

Mit freundlichen Grüßen
Ihr Personalteam der Wohnbau Saale""",
            "de",
            button=("Zum Karriereportal", "https://wohnbau-saale.softgarden.io/de/vacancies"),
            footer="""Wohnbau Saale GmbH · Karl-Heine-Straße 22 · 04229 Leipzig
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.""",
        ),
    },
    {
        "kind": "rejection", "name": "steinmetz_terse", "lang": "de",
        "company": "Ingenieurbüro Steinmetz & Partner", "contact": "f.steinmetz@steinmetz-ing.example.de",
        "id": "steinmetz_rej", "parent": "steinmetz_inv",
        "date": "2026-05-06 19:48 +0200",
        "frm": ("Dr. Frank Steinmetz", "f.steinmetz@steinmetz-ing.example.de"),
        "subject": "Re: Kurzes Gespräch am Donnerstag?",
        "text": f"""Frau Ferreira-Schulz,

danke nochmal für Donnerstag. Wir machen es nicht – uns fehlt für die Stelle die Erfahrung in
der TGA-Planung, und die können wir im Moment nicht einarbeiten.

Gruß
F. Steinmetz

Gesendet von meinem iPhone

{wrote_de("23.04.2026 um 08:15", "Dr. Frank Steinmetz", "f.steinmetz@steinmetz-ing.example.de")}
{quote(INV_STEINMETZ)}
""",
    },
    {
        "kind": "rejection", "name": "spreewerk_role_cancelled", "lang": "de",
        "company": "Spreewerk Bau", "contact": "jana.otto@spreewerk.example.de",
        "id": "spreewerk_rej", "parent": "spreewerk_ack",
        "date": "2026-03-16 10:21 +0100",
        "frm": ("Spreewerk Bau – Recruiting", "no-reply@personio.de"),
        "frm_enc": ("utf-8", "B"),
        "reply_to": ("Jana Otto", "jana.otto@spreewerk.example.de"),
        "subject": "Update zu Ihrer Bewerbung: Digital Construction Lead",
        "text": """Hallo Frau Ferreira-Schulz,

ich melde mich mit einer Nachricht, die ich Ihnen gern erspart hätte: Unsere
Geschäftsführung hat in der vergangenen Woche beschlossen, den Bereich Digital Construction
vorerst nicht aufzubauen. Das Budget für die Stelle wurde gestrichen, die Ausschreibung ist
seit heute offline.

Das heißt leider auch, dass wir Ihre Bewerbung nicht weiterführen können. Ich finde das
ehrlich schade, Ihr Anschreiben war eines der besten, die ich in diesem Jahr gelesen habe.

Bei Fragen antworten Sie einfach auf diese Mail, sie landet direkt bei mir.

Viele Grüße
Jana Otto
People & Culture
Spreewerk Bau GmbH, Am Treptower Park 28, 12435 Berlin
""",
        "headers": [("X-Mailer", "Personio Recruiting")],
    },
    {
        "kind": "rejection", "name": "hanse_bim_casual_du", "lang": "de",
        "company": "Hanse BIM Solutions", "contact": "ole@hansebim.example.de",
        "id": "hanse_rej", "parent": "hanse_ack",
        "date": "2026-07-23 17:36 +0200",
        "frm": ("Ole Carstensen", "ole@hansebim.example.de"),
        "subject": "kurzes Update von uns",
        "text": """Hey Joana,

ich mach's kurz, weil ich finde, dass man so was nicht per Formbrief schicken sollte: Wir
haben uns für die Customer-Success-Rolle für jemanden entschieden, der schon bei uns als
Werkstudent war und das Produkt in- und auswendig kennt. Für dich heißt das leider: diesmal
nicht.

Dein Case zum Modellcheck war übrigens richtig gut, das Team hat noch drüber geredet. Wenn wir
im Herbst die Stelle in Hamburg für Consulting aufmachen, melde ich mich bei dir – wenn du
magst.

Hau rein und viel Erfolg!
Ole

--
Ole Carstensen · Head of Customer Success
Hanse BIM Solutions GmbH · Großer Burstah 31 · 20457 Hamburg
""",
    },
    {
        "kind": "rejection", "name": "baukontor_recruitee", "lang": "de",
        "company": "Leipziger Baukontor", "contact": "",
        "id": "baukontor_rej", "parent": "baukontor_ack",
        "date": "2026-04-28 13:00 +0200",
        "frm": ("Leipziger Baukontor", "baukontor@jobs.recruitee.com"),
        "subject": "Rückmeldung zu Ihrer Bewerbung – BIM-Managerin (m/w/d)",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrte Frau Ferreira-Schulz,

herzlichen Dank für Ihre Bewerbung als BIM-Managerin (m/w/d) und das damit verbundene
Vertrauen in unser Unternehmen.

Nach eingehender Prüfung aller Bewerbungen haben wir uns für andere Kandidatinnen und
Kandidaten entschieden, deren Profil unseren aktuellen Anforderungen noch genauer
entspricht. Wir bitten um Verständnis, dass wir Ihnen keine individuellen Gründe nennen
können.

Wir wünschen Ihnen für Ihre Zukunft viel Erfolg.

Ihr Team des Leipziger Baukontors

Leipziger Baukontor GmbH & Co. KG · Gerberstraße 5 · 04105 Leipzig
Diese Nachricht wurde über Recruitee versendet.
""",
        "html": ats_card(
            "Leipziger Baukontor", "#a4342a",
            """Sehr geehrte Frau Ferreira-Schulz,

herzlichen Dank für Ihre Bewerbung als BIM-Managerin (m/w/d) und das damit verbundene
Vertrauen in unser Unternehmen.

Nach eingehender Prüfung aller Bewerbungen haben wir uns für andere Kandidatinnen und
Kandidaten entschieden, deren Profil unseren aktuellen Anforderungen noch genauer
entspricht. Wir bitten um Verständnis, dass wir Ihnen keine individuellen Gründe nennen
können.

Wir wünschen Ihnen für Ihre Zukunft viel Erfolg.

Ihr Team des Leipziger Baukontors""",
            "de",
            footer="""Leipziger Baukontor GmbH & Co. KG · Gerberstraße 5 · 04105 Leipzig
Diese Nachricht wurde über Recruitee versendet.""",
        ),
    },
    {
        "kind": "rejection", "name": "donau_after_trial_day", "lang": "de",
        "company": "Donau Generalplaner", "contact": "thomas.wimmer@donau-gp.example.at",
        "id": "donau_rej", "parent": "donau_inv",
        "date": "2026-09-16 12:14 +0200",
        "frm": ("Wimmer Thomas", "thomas.wimmer@donau-gp.example.at"),
        "subject": "Probetag vom 10. September – unsere Entscheidung",
        "html": outlook_html(
            """Sehr geehrte Frau Ferreira-Schulz,

danke, dass Sie sich einen ganzen Tag für uns Zeit genommen haben. Das Team hat Ihre
Arbeit am Koordinationsmodell für die Volksschule Stammersdorf sehr geschätzt.

Wir haben nach dem Probetag noch mit zwei weiteren Personen gesprochen und uns schließlich
für einen Kollegen entschieden, der die österreichischen Normen (ÖNORM A 6241) aus der
Praxis kennt und sofort in die laufende Einreichplanung einsteigen kann. Ich hätte Ihnen
gern etwas anderes geschrieben.

Wir würden uns freuen, wenn Sie uns in guter Erinnerung behalten.

Freundliche Grüße

Thomas Wimmer
Leitung BIM & Digitalisierung
Donau Generalplaner ZT GmbH
Handelskai 94, 1200 Wien
+43 1 5550 7781""",
            "de",
        ),
    },
    {
        "kind": "rejection", "name": "hhb_public_hamburg_disclaimer", "lang": "de",
        "company": "Hamburger Hochbau-Betrieb", "contact": "m.jessen@hhb.example.de",
        "id": "hhb_rej", "parent": "hhb_ack",
        "date": "2026-07-20 08:55 +0200",
        "frm": ("Jessen, Maren", "m.jessen@hhb.example.de"),
        "subject": "Stellenausschreibung HHB 31/2026 – Mitteilung über das Ergebnis",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Ferreira-Schulz,

im Auswahlverfahren zur Stellenausschreibung HHB 31/2026 (Sachgebietsleitung BIM, EG 13)
ist die Auswahlentscheidung zugunsten einer Mitbewerberin gefallen. Ich muss Ihnen daher
mitteilen, dass wir Ihre Bewerbung nicht berücksichtigen konnten.

Die Personalvertretung und die Gleichstellungsbeauftragte wurden beteiligt. Ihre
Bewerbungsunterlagen werden sechs Monate nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen
Im Auftrag

Maren Jessen
Personalmanagement
Hamburger Hochbau-Betrieb
Bei den Mühren 70, 20457 Hamburg
Telefon: 040 5550 2194

--------------------------------------------------------------
Hinweis: Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der
vorgesehene Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie diese
Nachricht. Über das Internet versandte E-Mails können unter fremdem Namen erstellt oder
manipuliert werden; rechtsverbindliche Erklärungen erfolgen nur in Schriftform.
--------------------------------------------------------------
""",
    },
    {
        "kind": "rejection", "name": "modelwerk_smartrecruiters", "lang": "de",
        "company": "Modelwerk", "contact": "",
        "id": "modelwerk_rej", "parent": "modelwerk_ack",
        "date": "2026-06-02 15:40 +0200",
        "frm": ("Modelwerk Recruiting", "no-reply@smartrecruiters.com"),
        "subject": "Modelwerk | Ihre Bewerbung als Solution Engineer BIM",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Liebe Joana,

danke für deine Bewerbung als Solution Engineer BIM in unserem Wiener Büro und für die Zeit,
die du dir für unseren Fragebogen genommen hast.

Wir haben sehr viele starke Bewerbungen erhalten und uns entschieden, den Prozess mit
Personen fortzusetzen, deren Erfahrung mit openBIM-Schnittstellen und Softwareeinführungen
noch näher an dem liegt, was wir für diese Rolle brauchen.

Wir speichern dein Profil in unserem Talentpool, sofern du dem nicht widersprichst.

Alles Gute
dein Modelwerk People Team

Modelwerk GmbH, Lassallestraße 7b, 1020 Wien
Gesendet über SmartRecruiters. Diese Adresse empfängt keine Antworten.
""",
    },
    {
        "kind": "rejection", "name": "bauwerk_talents_client_declined", "lang": "de",
        "company": "Bauwerk Talents", "contact": "dennis.hartwig@bauwerk-talents.example.de",
        "id": "bauwerk_rej", "parent": "bauwerk_inv",
        "date": "2026-02-20 11:18 +0100",
        "frm": ("Dennis Hartwig", "dennis.hartwig@bauwerk-talents.example.de"),
        "subject": "Feedback vom Kunden (Generalunternehmer Leipzig)",
        "text": """Hallo Frau Ferreira-Schulz,

kurze Info zu dem Einsatz bei unserem Kunden in Leipzig, für den ich Sie letzte Woche
vorgeschlagen hatte: Der Kunde hat abgewunken. Er sucht doch eher jemanden, der als
Bauleitung mit BIM-Kenntnissen auf der Baustelle steht, und weniger eine Koordinatorin im
Büro. Für diesen Einsatz sind Sie damit raus.

Ich hab Sie aber weiter auf dem Schirm und melde mich, sobald etwas Passendes reinkommt –
Ihre Verfügbarkeit ab April habe ich notiert.

Viele Grüße
Dennis Hartwig
Personaldisponent

Bauwerk Talents GmbH – Personaldienstleistungen für Bau & Planung
Niederlassung Leipzig, Brühl 52, 04109 Leipzig
Tel. 0341 5550 6602
""",
    },
    {
        "kind": "rejection", "name": "stadtbau_zh_postponed", "lang": "de",
        "company": "Stadtbau Zürich", "contact": "reto.baumann@stadtbau-zh.example.ch",
        "id": "stadtbau_rej", "parent": "stadtbau_ack",
        "date": "2026-05-19 10:03 +0200",
        "frm": ("Reto Baumann", "reto.baumann@stadtbau-zh.example.ch"),
        "subject": "Stelle «Fachspezialist/in BIM» – Verfahren wird eingestellt",
        "cte": "base64",
        "text": """Sehr geehrte Frau Ferreira-Schulz

Wir danken Ihnen für Ihre Bewerbung und Ihre Geduld.

Im Zuge der Budgetberatungen hat die Geschäftsleitung entschieden, die Stelle
«Fachspezialist/in BIM» erst im Rahmen der Reorganisation 2027 neu zu beurteilen. Das
laufende Verfahren wird deshalb ohne Besetzung abgeschlossen, und wir werden Ihre Bewerbung
nicht weiterverfolgen.

Sollte die Stelle zu einem späteren Zeitpunkt neu ausgeschrieben werden, freuen wir uns,
wenn Sie sich erneut melden.

Freundliche Grüsse

Reto Baumann
HR-Fachmann
Stadtbau Zürich
Lagerstrasse 41, 8004 Zürich
Tel. +41 44 555 31 20
""",
    },
    {
        "kind": "rejection", "name": "elbufer_after_second_round", "lang": "de",
        "company": "Elbufer Wohnen", "contact": "jan.petersen@elbufer-wohnen.example.de",
        "id": "elbufer_rej", "parent": "elbufer_move",
        "date": "2026-08-26 18:02 +0200",
        "frm": ("Jan Petersen", "jan.petersen@elbufer-wohnen.example.de"),
        "subject": "AW: Danke für das zweite Gespräch",
        "text": f"""Hallo Frau Ferreira-Schulz,

entschuldigen Sie bitte die späte Antwort auf Ihre nette Mail. Frau Albers und ich haben
lange zwischen Ihnen und einer weiteren Kandidatin abgewogen. Den Ausschlag gab am Ende
ihre langjährige Erfahrung im Betrieb von Bestandsimmobilien – wir werden ihr die Stelle
anbieten und nicht Ihnen.

Es war mir wichtig, Ihnen das persönlich zu schreiben. Ich bin sicher, dass Sie schnell
etwas Passendes finden.

Beste Grüße
Jan Petersen
Leitung Projektentwicklung
Elbufer Wohnen GmbH | Große Elbstraße 145 | 22767 Hamburg
T +49 40 5550 4471

{outlook_block("de", f"{ME[0]} <{ME[1]}>", "Mittwoch, 12. August 2026 19:11",
               "Jan Petersen <jan.petersen@elbufer-wohnen.example.de>",
               "Danke für das zweite Gespräch")}
{THANKS_ELBUFER}""",
    },
    # ---------------------------------------------------------------- English (8)
    {
        "kind": "rejection", "name": "thamesbridge_workday", "lang": "en",
        "company": "Thamesbridge Consulting", "contact": "",
        "id": "thames_rej", "parent": "thames_ack",
        "date": "2026-02-05 14:31 +0000",
        "frm": ("Thamesbridge Consulting", "thamesbridge@myworkday.com"),
        "subject": "Your application for BIM Coordinator (R-10482)",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Dear Joana,

Thank you for applying for the BIM Coordinator position (R-10482) at Thamesbridge
Consulting.

After careful review of your application, we regret to inform you that you have not been
selected to progress to the next stage of our recruitment process.

We will keep your details on file and may contact you about future opportunities that match
your profile. You can view the status of all your applications in your candidate home.

Kind regards,
Thamesbridge Talent Acquisition

This is an automated message; please do not reply.
""",
        "html": ats_card(
            "Thamesbridge Consulting", "#003b5c",
            """Dear Joana,

Thank you for applying for the BIM Coordinator position (R-10482) at Thamesbridge
Consulting.

After careful review of your application, we regret to inform you that you have not been
selected to progress to the next stage of our recruitment process.

We will keep your details on file and may contact you about future opportunities that match
your profile. You can view the status of all your applications in your candidate home.

Kind regards,
Thamesbridge Talent Acquisition""",
            "en",
            button=("Candidate Home", "https://thamesbridge.wd3.myworkday.com/careers/userHome"),
            footer="This is an automated message; please do not reply.",
        ),
    },
    {
        "kind": "rejection", "name": "greywell_lever_move_forward", "lang": "en",
        "company": "Greywell Engineering", "contact": "",
        "id": "greywell_rej", "parent": "greywell_ack",
        "date": "2026-04-20 16:12 +0100",
        "frm": ("Greywell Engineering", "no-reply@hire.lever.co"),
        "subject": "Greywell Engineering – Digital Delivery Manager",
        "text": """Hi Joana,

Thanks so much for your interest in the Digital Delivery Manager role at Greywell and for
taking the time to apply.

We've now reviewed all applications, and we have decided to move forward with candidates
whose experience more closely matches the requirements of this role, in particular UK
infrastructure delivery under ISO 19650.

We really appreciate your interest and wish you the best in your search.

The Greywell Talent Team
""",
    },
    {
        "kind": "rejection", "name": "struct360_quotes_thanks", "lang": "en",
        "company": "Struct360", "contact": "priya.nair@struct360.example.co.uk",
        "id": "struct_rej", "parent": "struct_thanks",
        "date": "2026-06-02 10:44 +0100",
        "frm": ("Priya Nair", "priya.nair@struct360.example.co.uk"),
        "subject": "Re: Thank you – Product Specialist interview",
        "text": f"""Hi Joana,

Thanks again for your lovely note, and sorry it took us a fortnight to come back to you.

Daniel and I compared notes with the rest of the panel last week. We were impressed by how
you think about site workflows, but for this hire we need someone who has already sold or
implemented software to contractors in the UK market, and that ended up tipping the balance.
So we won't be taking your application further this time.

I'd genuinely like to stay in touch - we're likely to open a customer education role in
the autumn and I think you'd be a strong fit for it.

All the best,
Priya

Priya Nair | Talent Partner
Struct360 Ltd, 12 Leonard Street, London EC2A 4LX
+44 20 5550 1934

{wrote_en("Tue, 19 May 2026 at 17:42", ME[0], ME[1])}
{quote(THANKS_STRUCT360)}
""",
    },
    {
        "kind": "rejection", "name": "archistaff_camberwell_declined", "lang": "en",
        "company": "Camberwell Living", "contact": "georgia.hale@archistaff.example.co.uk",
        "id": "archistaff_rej2",
        "date": "2026-04-15 12:09 +0100",
        "frm": ("Georgia Hale", "georgia.hale@archistaff.example.co.uk"),
        "subject": "Camberwell Living - feedback",
        "text": """Hi Joana,

Quick one - I've had feedback from Camberwell Living on the Information Manager shortlist.
They've said no to taking you to interview. Their reasoning is that they want someone who
has run the asset information side for a housing association before, and they felt your
background is more on design coordination.

Sorry it's not better news. I still have you down for the Kestrel & Finch process, which
is a separate thing and still very much alive.

Speak soon,
Georgia

Georgia Hale
Senior Consultant, Digital Construction
ArchiStaff Recruitment Ltd | 55 Farringdon Road | London EC1M 3JB
M: +44 7700 900 418
""",
    },
    {
        "kind": "rejection", "name": "seefeld_terse_after_assessment", "lang": "en",
        "company": "Seefeld Engineering Partners", "contact": "tom.aebischer@seefeld-ep.example.ch",
        "id": "seefeld_rej", "parent": "seefeld_inv",
        "date": "2026-10-14 21:05 +0200",
        "frm": ("Tom Aebischer", "tom.aebischer@seefeld-ep.example.ch"),
        "subject": "Re: Assessment day 8 October",
        "text": f"""Joana - thanks for coming in last week. We're not going to take this any further.
Best of luck.

Tom

{wrote_en("Thu, 1 Oct 2026 at 09:30", "Tom Aebischer", "tom.aebischer@seefeld-ep.example.ch")}
{quote(INV_SEEFELD)}
""",
    },
    {
        "kind": "rejection", "name": "harbourline_role_withdrawn", "lang": "en",
        "company": "Harbourline Construction", "contact": "",
        "id": "harbour_rej", "parent": "harbour_cancel",
        "date": "2026-07-14 09:00 +0100",
        "frm": ("Harbourline Construction", "no-reply@ashbyhq.com"),
        "subject": "An update on the Senior BIM Coordinator role",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hello Joana,

We're writing to let you know that, following an internal restructure of our pre-construction
team, the Senior BIM Coordinator position has been withdrawn. We will not be hiring for
this role, and your application has therefore been closed.

We recognise that you invested time in our process, including preparing for the panel that
we had to cancel, and we are sorry it has ended this way.

Regards,
People Team, Harbourline Construction

Powered by Ashby
""",
    },
    {
        "kind": "rejection", "name": "vectoria_teamtailor_not_now", "lang": "en",
        "company": "Vectoria BIM", "contact": "carlos.ibanez@vectoria.example.es",
        "id": "vectoria_rej", "parent": "vectoria_inv",
        "date": "2026-09-29 13:27 +0200",
        "frm": ("Carlos Ibáñez via Teamtailor", "notifications@teamtailor-mail.com"),
        "frm_enc": ("utf-8", "B"),
        "reply_to": ("Carlos Ibáñez", "carlos.ibanez@vectoria.example.es"),
        "reply_to_enc": ("iso-8859-1", "Q"),
        "subject": "Vectoria BIM: technical interview follow-up",
        "text": """Hi Joana,

Thank you for the technical interview last week and for the model you prepared - the way you
set up the federated views was neat.

I'm afraid we won't be offering you the Implementation Consultant position. The team felt
that, at this stage, the role needs more hands-on scripting (Dynamo and Python) than you have
done so far. It's a question of timing rather than potential.

If you pick up more automation work over the next year, I'd be happy to hear from you again.

Un saludo,
Carlos Ibáñez
Engineering Manager, Vectoria BIM
Calle de Alcalá 212, 28028 Madrid
""",
    },
    {
        "kind": "rejection", "name": "wexford_former_colleague", "lang": "en",
        "company": "Wexford Digital Twins", "contact": "sam.okafor@wexford-dt.example.co.uk",
        "id": "wexford_rej", "parent": "wexford_inv",
        "date": "2026-09-02 22:14 +0100",
        "frm": ("Sam Okafor", "sam.okafor@wexford-dt.example.co.uk"),
        "subject": "Re: are you free Thursday to chat?",
        "text": f"""Hey Jo,

Bad news I'm afraid. I pushed for you, but the founders went with someone who's already
done digital twins for a rail client, and I couldn't argue them out of it. So it's a no on
the coordinator job - I'm gutted, honestly, it would have been fun working together again.

Drinks next time I'm in Berlin are on me.

Sam

{wrote_en("Tue, 18 Aug 2026 at 20:31", "Sam Okafor", "sam.okafor@wexford-dt.example.co.uk")}
{quote(INV_WEXFORD)}
""",
    },
    # ---------------------------------------------------------------- French (4)
    {
        "kind": "rejection", "name": "rhone_after_interview_quotes_thanks", "lang": "fr",
        "company": "Groupe Rhône Ingénierie", "contact": "claire.girard@rhone-ingenierie.example.fr",
        "id": "rhone_rej", "parent": "rhone_thanks",
        "date": "2026-06-03 17:22 +0200",
        "frm": ("Claire Girard", "claire.girard@rhone-ingenierie.example.fr"),
        "subject": "RE: Remerciements - entretien BIM Manager",
        "subj_enc": ("iso-8859-1", "B"),
        "text": f"""Bonjour Madame Ferreira-Schulz,

Merci pour votre message, qui nous a fait très plaisir.

Après une dernière réunion avec la direction technique, nous avons choisi de confier le
poste de BIM Manager à une candidate qui connaît déjà le cadre réglementaire français des
marchés publics. Je suis donc au regret de vous annoncer que votre candidature n'a pas été
retenue.

Votre parcours à Berlin nous a beaucoup intéressés et je me permettrai de revenir vers vous
si une opportunité plus adaptée se présente dans notre agence de Lyon.

Bien cordialement,

Claire Girard
Responsable recrutement
Groupe Rhône Ingénierie SAS
27 quai Perrache, 69002 Lyon
Tél. : +33 4 55 50 21 87

{wrote_fr("ven. 22 mai 2026 à 17:05", ME[0], ME[1])}
{quote(THANKS_RHONE)}
""",
    },
    {
        "kind": "rejection", "name": "confluence_sec", "lang": "fr",
        "company": "Atelier Confluence", "contact": "hugo@confluence-archi.example.fr",
        "id": "confluence_rej", "parent": "confluence_inv",
        "date": "2026-06-26 08:41 +0200",
        "frm": ("Hugo Marchetti", "hugo@confluence-archi.example.fr"),
        "subject": "Suite à la journée d'essai",
        "text": """Bonjour Joana,

On ne donnera pas suite. Merci pour la journée passée avec nous.

Hugo
Atelier Confluence – architectes associés
""",
    },
    {
        "kind": "rejection", "name": "sogelyon_icims", "lang": "fr",
        "company": "Société Lyonnaise de Travaux", "contact": "",
        "id": "sogelyon_rej", "parent": "sogelyon_ack",
        "date": "2026-03-09 06:30 +0100",
        "frm": ("Société Lyonnaise de Travaux", "careers-noreply@icims.com"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Votre candidature – Coordinateur·rice BIM Travaux (réf. 2026-0217)",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Madame,

Nous vous remercions de l'intérêt que vous portez à la Société Lyonnaise de Travaux et du
temps consacré à votre candidature au poste de Coordinateur·rice BIM Travaux.

Après étude attentive de votre dossier, nous avons retenu des profils plus en adéquation avec
les exigences du poste. Nous ne manquerons pas de vous recontacter si une opportunité
correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Société Lyonnaise de Travaux

Merci de ne pas répondre à ce message généré automatiquement.
""",
        "html": simple_html("""Madame,

Nous vous remercions de l'intérêt que vous portez à la Société Lyonnaise de Travaux et du
temps consacré à votre candidature au poste de Coordinateur·rice BIM Travaux.

Après étude attentive de votre dossier, nous avons retenu des profils plus en adéquation avec
les exigences du poste. Nous ne manquerons pas de vous recontacter si une opportunité
correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Société Lyonnaise de Travaux

Merci de ne pas répondre à ce message généré automatiquement.""", "fr"),
    },
    {
        "kind": "rejection", "name": "vauban_unnamed_client_no", "lang": "fr",
        "company": "Vauban Recrutement", "contact": "nadia.benali@vauban-rh.example.fr",
        "id": "vauban_rej2",
        "date": "2026-09-22 11:57 +0200",
        "frm": ("Nadia Benali", "nadia.benali@vauban-rh.example.fr"),
        "subject": "Retour de notre client – mission BIM Lyon Part-Dieu",
        "text": """Bonjour Joana,

Je reviens vers vous concernant la mission de coordination BIM chez notre client
(promoteur, secteur Part-Dieu) que je vous avais présentée début septembre.

Le client a finalement préféré poursuivre avec un profil ingénieur structure déjà en poste
chez un de ses partenaires. Votre candidature ne sera donc pas présentée au comité final.
Je sais que c'est frustrant après la préparation du dossier, et je vous remercie pour votre
réactivité.

Je garde votre dossier en tête pour les prochaines missions.

Belle journée,
Nadia Benali
Consultante senior – Construction & Immobilier
Vauban Recrutement
14 rue de la République, 69001 Lyon
06 55 50 12 48
""",
    },
    # ---------------------------------------------------------------- Spanish (4)
    {
        "kind": "rejection", "name": "talento_obra_arganzuela_no", "lang": "es",
        "company": "Grupo Arganzuela", "contact": "marta.quiroga@talentoobra.example.es",
        "id": "talento_rej", "parent": "talento_move",
        "date": "2026-04-07 10:35 +0200",
        "frm": ("Marta Quiroga", "marta.quiroga@talentoobra.example.es"),
        "subject": "Grupo Arganzuela – respuesta tras la entrevista",
        "text": """Hola Joana:

Ya tengo la respuesta de Grupo Arganzuela tras la entrevista del día 26. Lamentablemente,
no van a seguir adelante con tu candidatura: buscan a alguien con más experiencia en obra
civil y licitaciones con el Canal, y consideran que tu perfil encaja mejor en edificación.

Me quedo con tu CV actualizado y te aviso en cuanto tengamos algo de edificación en Madrid,
que es donde creo que puedes brillar.

Un abrazo,
Marta Quiroga
Consultora de selección · Talento Obra
Paseo de la Castellana 95, 28046 Madrid
Tel. +34 910 555 204
""",
    },
    {
        "kind": "rejection", "name": "iid_workable_perfil", "lang": "es",
        "company": "Iberia Ingeniería Digital", "contact": "",
        "id": "iid_rej", "parent": "iid_ack",
        "date": "2026-06-09 18:10 +0200",
        "frm": ("Iberia Ingeniería Digital", "noreply@candidates.workablemail.com"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Tu candidatura a Coordinador/a BIM – Iberia Ingeniería Digital",
        "subj_enc": ("utf-8", "Q"),
        "text": """Hola Joana:

Gracias por tu interés en Iberia Ingeniería Digital y por presentar tu candidatura al puesto
de Coordinador/a BIM.

Hemos revisado tu perfil con atención y, en esta ocasión, hemos decidido continuar el
proceso con otras personas cuya trayectoria se ajusta más a lo que necesitamos ahora mismo.

Te deseamos mucha suerte en tu búsqueda.

Equipo de Talento
Iberia Ingeniería Digital

Este correo se ha enviado desde Workable. No respondas a este mensaje.
""",
        "html": ats_card("Iberia Ingeniería Digital", "#b8860b", """Hola Joana:

Gracias por tu interés en Iberia Ingeniería Digital y por presentar tu candidatura al puesto
de Coordinador/a BIM.

Hemos revisado tu perfil con atención y, en esta ocasión, hemos decidido continuar el
proceso con otras personas cuya trayectoria se ajusta más a lo que necesitamos ahora mismo.

Te deseamos mucha suerte en tu búsqueda.

Equipo de Talento
Iberia Ingeniería Digital""", "es",
            footer="Este correo se ha enviado desde Workable. No respondas a este mensaje."),
    },
    {
        "kind": "rejection", "name": "lavapies_casual_tu", "lang": "es",
        "company": "Estudio Lavapiés Arquitectura", "contact": "ines@estudiolavapies.example.es",
        "id": "lavapies_rej", "parent": "lavapies_inv",
        "date": "2026-07-21 20:03 +0200",
        "frm": ("Inés Robledo", "ines@estudiolavapies.example.es"),
        "subject": "Re: ¿café el jueves?",
        "subj_enc": ("iso-8859-1", "Q"),
        "text": f"""¡Hola Joana!

Te escribo para contarte que al final no vamos a seguir contigo para lo de la coordinación
BIM. Nos ha encantado el café y tu forma de trabajar, pero hemos visto que ahora mismo
necesitamos a alguien que pueda venir al estudio cuatro días a la semana desde ya, y con tu
mudanza en otoño no nos cuadra.

Si en algún momento vuelves a plantearte Madrid en serio, escríbeme sin dudarlo.

Un beso,
Inés

{wrote_es("mar, 7 jul 2026 a las 9:12", "Inés Robledo", "ines@estudiolavapies.example.es")}
{quote(INV_LAVAPIES)}
""",
    },
    {
        "kind": "rejection", "name": "amvo_madrid_public_formal", "lang": "es",
        "company": "Agencia Municipal de Vivienda y Obra de Madrid", "contact": "",
        "id": "amvo_rej", "parent": "amvo_cancel",
        "date": "2026-10-13 09:15 +0200",
        "frm": ("AMVO – Selección de Personal", "seleccion-noreply@amvo.example.es"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Resolución del proceso de selección AMVO/2026/BIM-03",
        "charset": "windows-1252", "cte": "base64",
        "text": """Estimada Sra. Ferreira-Schulz:

Le comunicamos que, una vez finalizadas las entrevistas del proceso de selección
AMVO/2026/BIM-03 (Técnico/a de Coordinación BIM), la comisión de valoración ha publicado la
relación definitiva de personas seleccionadas.

Lamentamos informarle de que usted no ha resultado seleccionada. La puntuación obtenida en
cada fase puede consultarse en la sede electrónica con su número de registro.

Contra la presente resolución podrá interponerse recurso de alzada en el plazo de un mes.

Atentamente,
Servicio de Selección de Personal
Agencia Municipal de Vivienda y Obra de Madrid
Calle de Bustamante 16 – 28045 Madrid

Este mensaje se ha generado automáticamente; por favor, no responda a esta dirección.
""",
    },
]
