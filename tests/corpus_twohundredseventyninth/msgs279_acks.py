"""Corpus 279, kinds `application_received` (21) and `offer` (10): hand-written messages."""

from __future__ import annotations

from msgs279_common import (
    CAND,
    ats_card,
    outlook_html,
    reply_quote,
    simple_html,
)
from msgs279_other import (
    AAREWERK_HR,
    ILLBERG_DRH,
    LIMMAT_RECRUITER,
    NAVIGLI_RECRUITER,
    THANKS_ILLBERG,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> dict:
    MESSAGES.append(spec)
    return spec


PHARMAPERSONAL = ("Simon Gysin", "simon.gysin@pharmapersonal-nw.example.ch")
TALENTSTEG = ("Fabienne Marti", "fabienne.marti@talentsteg.example.ch")

DISCLAIMER_DE = """Diese E-Mail und allfällige Anhänge sind vertraulich und ausschliesslich für den
bezeichneten Adressaten bestimmt. Wenn Sie nicht der vorgesehene Empfänger sind, informieren Sie
bitte den Absender und löschen Sie diese Nachricht. Jede unbefugte Weitergabe ist untersagt."""

DISCLAIMER_FR = """Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à
leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le
supprimer. Toute diffusion non autorisée est interdite."""

# ==================================================================== application_received

_t = """Sehr geehrte Frau Akande-Rossi

Vielen Dank für Ihre Bewerbung als Regulatory Affairs Assistant (80–100 %), Job-ID R-20417.
Ihre Unterlagen sind vollständig bei uns eingegangen und werden nun vom zuständigen Team
geprüft.

Bitte haben Sie Verständnis, dass wir aufgrund der hohen Anzahl an Bewerbungen leider nicht
jeder Person einzeln eine Rückmeldung zum Zwischenstand geben können. Den aktuellen Status
sehen Sie jederzeit in Ihrem Kandidatenkonto.

Freundliche Grüsse
Talent Acquisition, Rheinfeld Pharma AG

Bitte antworten Sie nicht auf diese E-Mail."""
add(kind="application_received", slug="workday_ack_rheinfeld", auto=True, lang="de", id="t1_ack",
    company="Rheinfeld Pharma",
    frm=("Rheinfeld Pharma Talent Acquisition", "rheinfeld@myworkday.com"),
    subject="Eingangsbestätigung: Regulatory Affairs Assistant (80–100 %) – R-20417",
    date="2026-02-03 08:16", tz="+0000", text=_t,
    html=ats_card("Rheinfeld Pharma Careers", "#004b87", _t,
                  ("Kandidatenkonto öffnen", "https://rheinfeld.wd3.myworkday.com/careers/login"),
                  "Rheinfeld Pharma AG · Grenzacherstrasse 301 · 4058 Basel"))

add(kind="application_received", slug="agency_registration_pharmapersonal", lang="de",
    id="t6_reg", company="PharmaPersonal Nordwest",
    frm=PHARMAPERSONAL,
    subject="Ihre Registrierung bei PharmaPersonal Nordwest",
    date="2026-01-08 16:22",
    text="""Guten Tag Frau Akande-Rossi

Schön, dass wir heute telefonieren konnten. Hiermit bestätige ich Ihnen gerne, dass wir Ihren
Lebenslauf, Ihre Arbeitszeugnisse und das Zertifikat Regulatory Affairs erhalten haben. Sie sind
nun in unserer Kandidatendatenbank erfasst.

Wie besprochen stelle ich Ihr Dossier nur nach Rücksprache mit Ihnen bei einem Kunden vor.
Gesucht wird eine Stelle im Bereich Regulatory Affairs oder Qualitätssicherung, 80–100 %,
Raum Basel/Liestal, Start frühestens 1. April.

Ich melde mich, sobald ich etwas Passendes für Sie habe.

Freundliche Grüsse

Simon Gysin
Senior Consultant Life Sciences
PharmaPersonal Nordwest AG
Steinentorstrasse 35, 4051 Basel
T +41 61 555 36 80

""" + DISCLAIMER_DE)

add(kind="application_received", slug="cantonal_office_eingang", lang="de", id="t11_ack",
    re="t11_apply", company="Heilmittelinspektorat Nordwestschweiz",
    frm=("Personaldienst Heilmittelinspektorat", "no-reply@heilmittel-nw.example.ch"),
    subject="Eingangsbestätigung Ihrer Bewerbung (Ref. HNW-2026-014)",
    date="2026-02-09 07:53", cs="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Akande-Rossi

Wir bestätigen den Eingang Ihrer Bewerbung für die Stelle "Sachbearbeiterin
Heilmittelbewilligungen 60-80 %" (Ref. HNW-2026-014).

Die Bewerbungsfrist läuft bis am 20. Februar 2026. Danach prüft die Auswahlkommission alle
Dossiers. Mit einer Rückmeldung können Sie in der ersten Märzhälfte rechnen.

Personaldienst
Heilmittelinspektorat Nordwestschweiz, Rheinstrasse 29, 4410 Liestal

Diese Nachricht wurde automatisch erstellt.""")

add(kind="application_received", slug="softgarden_ack_breisgau", auto=True, lang="de", id="t8_ack",
    company="Breisgau Pharma",
    frm=("Breisgau Pharma GmbH", "noreply@softgarden.io"),
    subject="Ihre Bewerbung als Regulatory Affairs Associate (m/w/d)",
    date="2026-03-02 11:47",
    html=ats_card("Breisgau Pharma", "#7b1fa2", """Hallo Sibylle Akande-Rossi,

herzlichen Dank für Ihr Interesse an Breisgau Pharma! Wir haben Ihre Bewerbung als
Regulatory Affairs Associate (m/w/d) erhalten.

Unser Recruiting-Team sichtet die Unterlagen sorgfältig. Sobald wir eine Entscheidung über die
nächsten Schritte getroffen haben, melden wir uns bei Ihnen. Das kann zwei bis drei Wochen
dauern.

Ihre Daten können Sie jederzeit in Ihrem Bewerberkonto einsehen und aktualisieren.""",
        ("Zum Bewerberkonto", "https://breisgau-pharma.softgarden.io/applicant/login"),
        "Breisgau Pharma GmbH · Hermann-Mitsch-Strasse 9 · 79108 Freiburg im Breisgau\n"
        "Datenschutz: https://breisgau-pharma.example.de/datenschutz"))

add(kind="application_received", slug="personio_ack_aarewerk", lang="de", id="t5_ack",
    company="Aarewerk Biotech",
    frm=("Aarewerk Biotech Jobs", "jobs-aarewerk@mail.personio.de"),
    rt=AAREWERK_HR, subj_enc=("utf-8", "B"),
    subject="Bestätigung: Deine Bewerbung bei Aarewerk Biotech",
    date="2026-05-04 13:29", cte="base64",
    text="""Hallo Sibylle

Danke für deine Bewerbung als Regulatory Affairs Assistant (60–80 %) bei Aarewerk Biotech!
Deine Unterlagen sind gut bei uns angekommen.

Bei uns duzen sich alle, darum machen wir das auch hier so. Nadja aus dem People-Team schaut
sich dein Dossier in den nächsten Tagen an. Falls du in der Zwischenzeit Fragen hast, antworte
einfach auf diese Mail – sie landet direkt bei ihr.

Sonnige Grüsse aus Aarau
Dein Aarewerk-Team

Aarewerk Biotech AG · Industriestrasse 44 · 5000 Aarau""")

add(kind="application_received", slug="ashby_ack_limmat", lang="de", id="t10_ack",
    company="Limmat Therapeutics",
    frm=("Limmat Therapeutics", "no-reply@ashbyhq.com"),
    subject="Limmat Therapeutics: Wir haben Ihre Bewerbung erhalten",
    date="2026-06-08 09:05",
    text="""Guten Tag Sibylle

Danke, dass Sie sich für die Stelle Junior Regulatory Affairs Specialist bei Limmat
Therapeutics beworben haben. Ihre Bewerbung ist eingegangen.

Wir lesen jede Bewerbung persönlich. Wenn Ihr Profil zu unseren Anforderungen passt, meldet sich
jemand aus dem Team innerhalb von zehn Arbeitstagen bei Ihnen.

Beste Grüsse
Das Limmat-Therapeutics-Recruiting-Team

Gesendet über Ashby""",
    html=ats_card("Limmat Therapeutics", "#111827", """Guten Tag Sibylle

Danke, dass Sie sich für die Stelle Junior Regulatory Affairs Specialist bei Limmat
Therapeutics beworben haben. Ihre Bewerbung ist eingegangen.

Wir lesen jede Bewerbung persönlich. Wenn Ihr Profil zu unseren Anforderungen passt, meldet sich
jemand aus dem Team innerhalb von zehn Arbeitstagen bei Ihnen.

Beste Grüsse
Das Limmat-Therapeutics-Recruiting-Team""", None, "Gesendet über Ashby"))

_t = """Guten Tag Frau Akande-Rossi

Besten Dank für Ihr Bewerbungsdossier für die Stelle als Mitarbeiterin Spitalapotheke mit
Schwerpunkt Arzneimittelzulassung (80 %). Wir haben Ihre Unterlagen erhalten und an die
Leitung der Spitalapotheke weitergeleitet.

Wir melden uns bis spätestens Mitte April bei Ihnen.

Freundliche Grüsse

Petra Nussbaumer
HR-Fachfrau
Spital Oberbaselbiet | Personaldienst
Rheinstrasse 80, 4410 Liestal
Tel. +41 61 555 27 40

""" + DISCLAIMER_DE
add(kind="application_received", slug="hospital_hr_dossier_received", lang="de", id="obb_ack",
    company="Spital Oberbaselbiet",
    frm=("Nussbaumer Petra", "petra.nussbaumer@spital-obb.example.ch"),
    subject="Ihre Bewerbung – Mitarbeiterin Spitalapotheke / Zulassung 80 %",
    date="2026-04-01 14:18", text=_t, html=outlook_html(_t))

add(kind="application_received", slug="workable_ack_uetliberg", lang="de", id="uet_ack",
    company="Uetliberg Medtech",
    frm=("Uetliberg Medtech", "noreply@workablemail.com"),
    subject="Danke für Ihre Bewerbung – Regulatory Affairs Assistant (Medical Devices)",
    date="2026-08-11 17:40",
    html=ats_card("Uetliberg Medtech", "#0f766e", """Hallo Sibylle

Wir haben Ihre Bewerbung für die Position Regulatory Affairs Assistant (Medical Devices) in
Zürich-Altstetten erhalten – vielen Dank!

Was passiert jetzt? Unser Team prüft alle Bewerbungen innerhalb von 14 Tagen. Kommen Sie in die
engere Wahl, erhalten Sie eine Einladung zu einem ersten Videogespräch.

Viele Grüsse
Uetliberg Medtech People & Culture""", None,
        "Powered by Workable · Diese Adresse empfängt keine Antworten."))

add(kind="application_received", slug="agency_cv_received_talentsteg", lang="de",
    id="talentsteg_reg", company="Talentsteg",
    frm=TALENTSTEG,
    subject="Ihr CV ist bei uns angekommen",
    date="2026-05-25 10:33", cs="windows-1252", cte="quoted-printable",
    text="""Liebe Frau Akande-Rossi

Herzlichen Dank für Ihre Nachricht und Ihren Lebenslauf, den Sie über unser Kontaktformular
geschickt haben. Ich habe Ihr Profil angeschaut und in unserem Pool für die Bereiche
„Regulatory Affairs“ und „Qualitätsmanagement“ erfasst.

Aktuell betreuen wir mehrere Mandate im Raum Zürich und Zug. Ich werde Sie kontaktieren, sobald
ein Mandat zu Ihren Vorstellungen passt – selbstverständlich stellen wir Sie nie ohne Ihr
Einverständnis vor.

Herzliche Grüsse

Fabienne Marti
Personalberaterin
Talentsteg Personalberatung GmbH
Löwenstrasse 17, 8001 Zürich
+41 44 555 62 09""")

add(kind="application_received", slug="successfactors_ack_dreilaender", auto=True, lang="de",
    id="dreil_ack", company="Dreiländer Pharma Logistik",
    frm=("Dreiländer Pharma Logistik Recruiting", "DoNotReply@successfactors.eu"),
    name_enc=("iso-8859-1", "Q"),
    subject="Ihre Bewerbung ist eingegangen: Assistenz Regulatory Compliance (Job 4410)",
    date="2026-02-16 06:58", tz="+0000",
    text="""Sehr geehrte Frau Akande-Rossi

Wir bestätigen den Eingang Ihrer Bewerbung für die Position Assistenz Regulatory Compliance
(Job 4410) am Standort Pratteln.

Sollten Sie in die engere Auswahl kommen, wird sich unsere Personalabteilung mit Ihnen in
Verbindung setzen. Ihre Bewerbungsunterlagen können Sie über den Link im Kandidatenprofil
jederzeit zurückziehen.

Mit freundlichen Grüssen
Ihr Recruiting-Team
Dreiländer Pharma Logistik AG

Diese Nachricht wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.""",
    cs="iso-8859-1", cte="quoted-printable")

# -------------------------------------------------------------------- French

add(kind="application_received", slug="teamtailor_ack_thurval", lang="fr", id="t3_ack",
    company="Laboratoires Thurval",
    frm=("Laboratoires Thurval", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature",
    date="2026-01-12 09:31",
    text="""Bonjour Sibylle,

Merci pour votre candidature au poste d'Assistante affaires réglementaires (CDI) à Mulhouse.
Nous l'avons bien reçue.

Notre équipe recrutement étudie chaque dossier avec attention. Si votre profil correspond à nos
besoins, nous vous contacterons dans les prochaines semaines pour un premier échange.

À bientôt,
L'équipe Talents des Laboratoires Thurval""",
    html=ats_card("Laboratoires Thurval", "#e65100", """Bonjour Sibylle,

Merci pour votre candidature au poste d'Assistante affaires réglementaires (CDI) à Mulhouse.
Nous l'avons bien reçue.

Notre équipe recrutement étudie chaque dossier avec attention. Si votre profil correspond à nos
besoins, nous vous contacterons dans les prochaines semaines pour un premier échange.

À bientôt,
L'équipe Talents des Laboratoires Thurval""",
        ("Voir ma candidature", "https://thurval.teamtailor.com/candidate/connect"),
        "Laboratoires Thurval SAS – 18 rue de l'Industrie – 68200 Mulhouse", lang="fr"))

add(kind="application_received", slug="smartrecruiters_ack_alsacia", auto=True, lang="fr", id="t9_ack",
    company="Alsacia Clinical",
    frm=("Alsacia Clinical", "noreply@smartrecruiters.com"),
    subject="Alsacia Clinical – confirmation de votre candidature",
    date="2026-05-18 15:12",
    html=ats_card("Alsacia Clinical", "#1565c0", """Madame Akande-Rossi,

Nous accusons réception de votre candidature au poste d'Assistante d'études cliniques et
réglementaires (réf. AC-2026-31).

En raison du nombre important de candidatures, il ne nous est malheureusement pas possible de
répondre personnellement à chacune d'entre elles. Les candidats présélectionnés seront contactés
par notre équipe sous trois semaines.

Nous vous remercions de l'intérêt que vous portez à Alsacia Clinical.""", None,
        "Alsacia Clinical SAS · Parc des Collines · 68200 Mulhouse\n"
        "Ce message a été envoyé automatiquement via SmartRecruiters.", lang="fr"),
    html_cs="iso-8859-1", html_cte="quoted-printable")

_t = """Madame,

J'accuse bonne réception de votre dossier de candidature pour le poste de préparatrice en
pharmacie – référente essais cliniques au sein de notre pharmacie à usage intérieur.

Votre candidature a été transmise au Dr Wendling, pharmacien chef de service. Nous reviendrons
vers vous dans un délai de deux semaines environ.

Bien cordialement,

Hélène Muller
Chargée de recrutement – Direction des ressources humaines
Groupe Hospitalier Illberg
20 avenue du Docteur-Laennec, 68100 Mulhouse
Tél. 03 89 55 64 00

""" + DISCLAIMER_FR
add(kind="application_received", slug="hospital_drh_accuse_reception", lang="fr", id="t13_ack",
    company="Groupe Hospitalier Illberg",
    frm=ILLBERG_DRH,
    subject="Accusé de réception – préparatrice en pharmacie, référente essais cliniques",
    date="2026-08-24 10:06", text=_t, html=outlook_html(_t, "fr"))

add(kind="application_received", slug="agency_inscription_rhin_interim", lang="fr",
    id="rhin_reg", company="Rhin Intérim Santé",
    frm=("Kevin Schmitt", "kevin.schmitt@rhin-interim-sante.example.fr"),
    subject="Votre inscription chez Rhin Intérim Santé",
    date="2026-03-04 17:50", cs="iso-8859-1", cte="8bit",
    text="""Bonjour Madame Akande-Rossi,

Suite à notre rendez-vous de ce matin à l'agence, je vous confirme que votre inscription est
finalisée : nous avons bien votre CV, la copie de votre diplôme de préparatrice et votre permis
de travail.

Je commence dès aujourd'hui à présenter votre profil (avec votre accord, comme convenu) pour
des missions en laboratoire ou en affaires réglementaires dans le sud de l'Alsace.

Cordialement,

Kevin Schmitt
Chargé de recrutement
Rhin Intérim Santé - 7 rue du Sauvage - 68100 Mulhouse
03 89 55 47 21""")

add(kind="application_received", slug="cv_recu_pas_de_reponse_individuelle", lang="fr",
    id="doller_ack", company="Essais Cliniques Doller",
    frm=("Essais Cliniques Doller – Recrutement", "ne-pas-repondre@essais-doller.example.fr"),
    subject="Votre CV a bien été reçu",
    date="2026-06-01 08:20",
    text="""Bonjour,

Votre CV pour le poste de coordinatrice réglementaire junior nous est bien parvenu. Merci !

Nous recevons beaucoup de candidatures et ne sommes malheureusement pas en mesure de répondre
individuellement à chacune. Si votre profil est retenu pour la suite du processus, un membre de
l'équipe vous contactera par téléphone ou par e-mail.

Essais Cliniques Doller
Centre d'affaires Europe, 68700 Cernay""",
    html=simple_html("""Bonjour,

Votre CV pour le poste de coordinatrice réglementaire junior nous est bien parvenu. Merci !

Nous recevons beaucoup de candidatures et ne sommes malheureusement pas en mesure de répondre
individuellement à chacune. Si votre profil est retenu pour la suite du processus, un membre de
l'équipe vous contactera par téléphone ou par e-mail.

Essais Cliniques Doller
Centre d'affaires Europe, 68700 Cernay""", "fr"))

# -------------------------------------------------------------------- English

add(kind="application_received", slug="greenhouse_ack_navigli", lang="en", id="t2_ack",
    company="Navigli Biopharma",
    frm=("Navigli Biopharma", "no-reply@us.greenhouse-mail.io"),
    subject="Thank you for applying to Navigli Biopharma",
    date="2026-03-09 10:44",
    text="""Hi Sibylle,

Thanks for applying for the Regulatory Affairs Assistant (English speaking) role in Milan. Your
application has been received and our team will review it shortly.

If your experience matches what we're looking for, a member of our Talent team will be in touch
to discuss next steps. In the meantime, feel free to learn more about our pipeline at
https://navigli-bio.example.it/science.

Best,
Navigli Biopharma Talent Team""",
    html=ats_card("Navigli Biopharma", "#00695c", """Hi Sibylle,

Thanks for applying for the Regulatory Affairs Assistant (English speaking) role in Milan. Your
application has been received and our team will review it shortly.

If your experience matches what we're looking for, a member of our Talent team will be in touch
to discuss next steps.

Best,
Navigli Biopharma Talent Team""", None, "Powered by Greenhouse", lang="en"))

add(kind="application_received", slug="greenhouse_ack_klybeck", auto=True, lang="en", id="t7_ack",
    company="Klybeck Biologics",
    frm=("Klybeck Biologics Recruiting", "no-reply@greenhouse-mail.io"),
    subject="Your application: Junior Specialist Regulatory Operations",
    date="2026-02-10 15:03",
    text="""Dear Sibylle,

We confirm receipt of your application for Junior Specialist Regulatory Operations (Basel,
job ID 6123401).

Please note: due to the volume of applications we receive, we are unfortunately unable to
respond to every applicant individually. If you have not heard from us within four weeks, you
may assume the position has been filled. We will keep your data for six months unless you ask
us to delete it.

Kind regards,
Klybeck Biologics Talent Acquisition""")

add(kind="application_received", slug="lever_ack_trialbridge", lang="en", id="tb_ack",
    company="Trialbridge Clinical Research",
    frm=("Trialbridge Clinical Research", "no-reply@hire.lever.co"),
    subject="We got your application – Clinical Trial Assistant (Basel)",
    date="2026-01-14 12:26", cte="quoted-printable",
    text="""Hello Sibylle,

Thank you for your interest in Trialbridge! This is a quick note to let you know your
application for Clinical Trial Assistant (Basel) is with us.

Our hiring team reviews applications on a rolling basis. We'll reach out directly if we'd like
to move forward with a conversation.

Cheers,
The Trialbridge Talent Team
Trialbridge Clinical Research AG, Hochstrasse 16, 4053 Basel""")

# -------------------------------------------------------------------- Spanish

add(kind="application_received", slug="taleo_acuse_castellana", auto=True, lang="es", id="t4_ack",
    company="Laboratorios Castellana",
    frm=("Laboratorios Castellana", "no-reply@taleo.net"),
    subject="Confirmación de recepción de su candidatura – MAD-RA-07",
    date="2026-04-06 09:02",
    html=ats_card("Laboratorios Castellana – Empleo", "#8e24aa", """Estimada Sibylle:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Técnico/a de
Asuntos Regulatorios (referencia MAD-RA-07).

El equipo de Selección revisará su perfil y, si encaja con los requisitos de la vacante, se
pondrá en contacto con usted. Puede consultar el estado del proceso en su área de candidato.

Gracias por su interés en formar parte de Laboratorios Castellana.""",
        ("Acceder a mi área", "https://castellana.taleo.net/careersection/login"),
        "Este mensaje se ha generado automáticamente. Por favor, no responda.", lang="es"),
    html_cs="windows-1252")

add(kind="application_received", slug="recruitee_acuse_manzanares", lang="es", id="t12_ack",
    company="Ensayos Clínicos Manzanares",
    frm=("Ensayos Clínicos Manzanares", "noreply@jobs.recruitee.com"),
    subject="Hemos recibido tu candidatura",
    date="2026-07-06 19:22",
    text="""¡Hola, Sibylle!

Gracias por tu interés en el puesto de Asistente de Ensayos Clínicos y Registros en Madrid.
Hemos recibido tu candidatura y la estamos revisando.

Te escribiremos en cuanto tengamos novedades. Mientras tanto, puedes conocer mejor al equipo en
https://ecmanzanares.example.es/equipo.

Un saludo,
Equipo de Personas – Ensayos Clínicos Manzanares""")

add(kind="application_received", slug="agency_alta_talento_farma", lang="es",
    id="talento_reg", company="Talento Farma",
    frm=("Pablo Requena", "pablo.requena@talentofarma.example.es"),
    subject="Alta en Talento Farma Consultores",
    date="2026-08-17 12:49", cs="iso-8859-1", cte="quoted-printable",
    text="""Hola, Sibylle:

Te confirmo que ya hemos recibido tu CV y que te he dado de alta en nuestra base de candidatos
para procesos de asuntos regulatorios y calidad en la Comunidad de Madrid.

Como hablamos por teléfono, te presentaré solo a procesos que encajen con lo que buscas
(jornada completa, zona norte de Madrid, incorporación a partir de octubre).

Un abrazo,

Pablo Requena
Consultor Senior - Talento Farma Consultores S.L.
Calle de Orense 34, 28020 Madrid - 91 555 38 20""")

# ==================================================================== offer

add(kind="offer", slug="contract_for_signature_aarewerk", lang="de", id="t5_offer",
    re="t5_move", company="Aarewerk Biotech",
    frm=AAREWERK_HR,
    subject="Dein Arbeitsvertrag – Regulatory Affairs Assistant",
    date="2026-06-12 16:05",
    text="""Liebe Sibylle

Wie am Telefon besprochen, freuen wir uns riesig, dich ab dem 1. September im Regulatory-Team
in Aarau willkommen zu heissen!

Im Anhang findest du deinen Arbeitsvertrag (70 %, Jahreslohn brutto CHF 58'100 bei 100 %
CHF 83'000) sowie das Personalreglement. Bitte unterschreibe den Vertrag und lade ihn bis zum
19. Juni im Portal hoch; das Original kannst du uns per Post schicken.

Bei Fragen zum Vertrag bin ich jederzeit für dich da.

Herzliche Grüsse
Nadja

Nadja Wüthrich
People & Culture | Aarewerk Biotech AG
Industriestrasse 44, 5000 Aarau | +41 62 555 19 33""",
    pdf=[("Arbeitsvertrag_Akande-Rossi.pdf",
          ["Aarewerk Biotech AG - Arbeitsvertrag",
           "Arbeitnehmerin: Sibylle Akande-Rossi, Basel",
           "Funktion: Regulatory Affairs Assistant, Pensum 70 %",
           "Eintritt: 1. September 2026, Arbeitsort Aarau",
           "Jahreslohn brutto (100 %): CHF 83'000, 13 Monatslöhne",
           "Ort, Datum, Unterschrift: ______________________"]),
         ("Personalreglement_2026.pdf",
          ["Aarewerk Biotech AG - Personalreglement 2026",
           "Arbeitszeit, Ferien, Spesen, Weiterbildung"])])

_t = """Liebe Frau Akande-Rossi

Wie heute Nachmittag telefonisch besprochen, möchten wir Ihnen die Stelle als Junior Regulatory
Affairs Specialist anbieten. Nochmals herzlichen Dank für die beiden Gespräche; das ganze Team
war von Ihrer Präsentation zum Variationsmanagement überzeugt.

Zur Übersicht die besprochenen Eckdaten:
- Pensum 100 %, Arbeitsort Zürich-Schlieren, zwei Tage Homeoffice pro Woche
- Bruttojahreslohn CHF 88'000, zuzüglich Bonus gemäss Reglement
- Eintritt per 1. Oktober 2026 oder nach Vereinbarung

Das formelle Angebot mit dem Vertragsentwurf schicke ich Ihnen bis Freitag. Wenn Sie vorher
Fragen haben, rufen Sie mich gerne an.

Beste Grüsse
Reto Caflisch
Talent Partner | Limmat Therapeutics AG
Wagistrasse 21, 8952 Schlieren | +41 44 555 90 12"""
add(kind="offer", slug="verbal_offer_followup_limmat", lang="de", id="t10_offer",
    re="t10_move", company="Limmat Therapeutics",
    frm=LIMMAT_RECRUITER,
    subject="Unser Angebot – Junior Regulatory Affairs Specialist",
    date="2026-07-08 17:22", text=_t, html=outlook_html(_t))

add(kind="offer", slug="agency_client_wants_offer_birs", lang="de", id="t6_offer",
    re="t6_reg", company="Birs Pharma Services",
    frm=PHARMAPERSONAL,
    subject="Gute Nachrichten von Birs Pharma Services!",
    date="2026-07-02 11:15", cs="iso-8859-1", cte="8bit",
    text="""Liebe Frau Akande-Rossi

Ich habe soeben mit Herrn Rüegg von Birs Pharma Services telefoniert: Der Kunde möchte Ihnen
die Stelle als Regulatory Affairs Coordinator in Münchenstein anbieten! Er war nach dem
zweiten Gespräch begeistert von Ihnen.

Das Angebot: 100 %, Jahreslohn CHF 86'500 brutto, Start 1. September oder 1. Oktober. Den
Vertrag erhalten Sie direkt vom Kunden, sobald Sie mir Ihr grundsätzliches Einverständnis
gegeben haben.

Rufen Sie mich an, wann immer es Ihnen passt. Ich freue mich sehr für Sie!

Freundliche Grüsse

Simon Gysin
Senior Consultant Life Sciences
PharmaPersonal Nordwest AG, Steinentorstrasse 35, 4051 Basel
T +41 61 555 36 80""")

add(kind="offer", slug="offer_letter_after_second_try_dreisam", lang="de",
    id="dreisam_offer", re="dreisam_missed", company="Dreisam Analytik",
    frm=("Lena Albiez", "lena.albiez@dreisam-analytik.example.de"),
    subject="Vertragsangebot: Assistenz Zulassung & Pharmakovigilanz",
    date="2026-10-06 09:40",
    text="""Sehr geehrte Frau Akande-Rossi

schön, dass es im zweiten Anlauf mit dem Gespräch geklappt hat – Sie haben uns überzeugt.
Wir freuen uns, Ihnen die Stelle als Assistenz Zulassung & Pharmakovigilanz (Vollzeit,
unbefristet) anzubieten. Das Angebotsschreiben mit allen Konditionen finden Sie im Anhang.

Bitte teilen Sie uns bis zum 16. Oktober mit, ob Sie das Angebot annehmen.

Mit freundlichen Grüssen

Lena Albiez
Personalleitung
Dreisam Analytik GmbH, Wiesentalstrasse 5, 79115 Freiburg im Breisgau
Tel. +49 761 555 28 70

Am 15.09.2026 um 10:31 schrieb Lena Albiez <lena.albiez@dreisam-analytik.example.de>:
> Sehr geehrte Frau Akande-Rossi,
> wir haben heute um 10:00 Uhr im Videocall auf Sie gewartet, leider ohne Erfolg.
> Ist etwas dazwischengekommen?""",
    pdf=[("Angebotsschreiben_Dreisam_Analytik.pdf",
          ["Dreisam Analytik GmbH - Angebotsschreiben",
           "Position: Assistenz Zulassung & Pharmakovigilanz",
           "Beginn: 1. Januar 2027, Vollzeit (39 Std./Woche), unbefristet",
           "Bruttojahresgehalt: EUR 47.500",
           "Bitte bis 16. Oktober 2026 zurücksenden."])])

add(kind="offer", slug="agency_unnamed_client_offer_talentsteg", lang="de",
    id="talentsteg_offer", re="talentsteg_reg", company="Talentsteg",
    frm=TALENTSTEG,
    subject="Angebot für Sie – Regulatory Affairs Assistant Medtech",
    date="2026-07-30 15:55",
    text="""Liebe Frau Akande-Rossi

Ich habe grossartige Neuigkeiten: Unser Mandant, das Medtech-Unternehmen im Limmattal, bei dem
Sie letzte Woche das Zweitgespräch hatten, möchte Sie einstellen! Er bietet Ihnen die
Festanstellung als Regulatory Affairs Assistant zu CHF 84'000 brutto an, 100 %, Eintritt
1. November.

Da das Mandat weiterhin vertraulich ist, gebe ich den Firmennamen wie besprochen erst mit dem
Vertrag bekannt. Geben Sie mir bitte bis Dienstag Bescheid, ob Sie annehmen möchten.

Herzliche Grüsse

Fabienne Marti
Personalberaterin, Talentsteg Personalberatung GmbH
Löwenstrasse 17, 8001 Zürich, +41 44 555 62 09""")

# -------------------------------------------------------------------- French

add(kind="offer", slug="promesse_embauche_illberg", lang="fr", id="t13_offer",
    re="t13_thanks", company="Groupe Hospitalier Illberg",
    frm=ILLBERG_DRH,
    subject="Proposition d'embauche – préparatrice en pharmacie, référente essais cliniques",
    date="2026-09-25 14:12",
    text="""Madame Akande-Rossi,

J'ai le plaisir de vous informer que le Dr Wendling a retenu votre candidature. Vous trouverez
ci-joint votre promesse d'embauche pour le poste de préparatrice en pharmacie, référente
essais cliniques (CDI, temps plein), avec une prise de poste envisagée le 2 novembre 2026.

Je vous remercie de me retourner le document signé avant le 5 octobre. Je reste à votre
disposition pour organiser la visite médicale d'embauche.

Bien cordialement,

Hélène Muller
Chargée de recrutement – DRH
Groupe Hospitalier Illberg, 20 avenue du Docteur-Laennec, 68100 Mulhouse

""" + reply_quote("fr", "lun. 14 sept. 2026 à 18:22", CAND, THANKS_ILLBERG),
    pdf=[("Promesse_embauche_Akande-Rossi.pdf",
          ["Groupe Hospitalier Illberg - Promesse d'embauche",
           "Poste : préparatrice en pharmacie, référente essais cliniques",
           "Contrat : CDI, temps plein, prise de poste le 2 novembre 2026",
           "Rémunération : grille de la fonction publique hospitalière, échelon 4",
           "Bon pour accord, date et signature :"])])

add(kind="offer", slug="contrat_a_signer_thann", lang="fr", id="thann_offer",
    company="Laboratoire Thann Analyse",
    frm=("Chloé Hirtz", "chloe.hirtz@thann-analyse.example.fr"),
    subject="Votre contrat de travail à signer",
    date="2026-10-08 11:30", cs="windows-1252", cte="quoted-printable",
    text="""Bonjour Sibylle,

Suite à votre accord téléphonique d’hier, je vous adresse votre contrat de travail en CDI
pour le poste d’assistante affaires réglementaires. Vous le trouverez en pièce jointe ; merci
de le parapher, de le signer et de me le renvoyer d’ici vendredi 16 octobre.

Nous sommes ravis de vous accueillir dans l’équipe le 4 janvier 2027 !

Très cordialement,
Chloé Hirtz
Responsable RH – Laboratoire Thann Analyse
3 rue des Vosges, 68800 Thann – 03 89 55 37 02""",
    pdf=[("Contrat_CDI_Akande-Rossi.pdf",
          ["Laboratoire Thann Analyse - Contrat de travail à durée indéterminée",
           "Salariée : Sibylle Akande-Rossi",
           "Emploi : assistante affaires réglementaires, statut technicien",
           "Date d'entrée : 4 janvier 2027 - Salaire brut annuel : 31 200 EUR",
           "Fait à Thann, en deux exemplaires."])])

# -------------------------------------------------------------------- English

add(kind="offer", slug="formal_offer_pdf_navigli", lang="en", id="t2_offer", re="t2_move",
    company="Navigli Biopharma",
    frm=NAVIGLI_RECRUITER, cc=[("Marco Bellini", "marco.bellini@navigli-bio.example.it")],
    subject="Offer of employment – Regulatory Affairs Assistant",
    date="2026-04-15 12:03",
    text="""Dear Sibylle,

Following your conversations with the panel, I am delighted to offer you the position of
Regulatory Affairs Assistant in our Milan office. Please find your offer letter attached, with
the details of salary (EUR 38,000 gross per year), benefits and the proposed start date of
1 June 2026.

We would be grateful if you could confirm your acceptance by returning a signed copy by
24 April. Marco Bellini, your future manager, is copied and will be happy to answer any
questions about the team.

Congratulations, and welcome (we hope!) to Navigli.

Warm regards,
Giulia Ferri
Talent Acquisition Partner | Navigli Biopharma S.p.A.
Via Tortona 31, 20144 Milano | +39 02 5550 3310""",
    html=simple_html("""Dear Sibylle,

Following your conversations with the panel, I am delighted to offer you the position of
Regulatory Affairs Assistant in our Milan office. Please find your offer letter attached, with
the details of salary (EUR 38,000 gross per year), benefits and the proposed start date of
1 June 2026.

We would be grateful if you could confirm your acceptance by returning a signed copy by
24 April. Marco Bellini, your future manager, is copied and will be happy to answer any
questions about the team.

Congratulations, and welcome (we hope!) to Navigli.

Warm regards,
Giulia Ferri
Talent Acquisition Partner | Navigli Biopharma S.p.A.""", "en"),
    pdf=[("Navigli_Offer_Letter_Akande-Rossi.pdf",
          ["Navigli Biopharma S.p.A. - Offer Letter",
           "Position: Regulatory Affairs Assistant, Milan",
           "Gross annual salary: EUR 38,000; meal vouchers; 26 days leave",
           "Start date: 1 June 2026",
           "Signature: ________________  Date: __________"])])

add(kind="offer", slug="verbal_offer_confirmation_porta_nuova", lang="en", id="pn_offer",
    company="Porta Nuova Pharma",
    frm=("Porta Nuova Pharma HR", "hr-noreply@portanuova-pharma.example.it"),
    rt=("Matteo Galli", "matteo.galli@portanuova-pharma.example.it"),
    subject="Following our call – your offer",
    date="2026-10-01 18:20",
    text="""Hi Sibylle,

Great speaking to you this afternoon. As promised, here is a written confirmation of what we
discussed: we'd like you to join Porta Nuova Pharma as Regulatory Affairs Coordinator, starting
in January, on a permanent contract at EUR 41,500 gross per year plus relocation support.

The formal contract will come from our HR system in the next few days. Just reply to this email
(it comes straight to me) if anything is unclear, or if you'd like to talk to someone in the
team before deciding.

Best,
Matteo Galli
Head of Regulatory Affairs, Porta Nuova Pharma
Piazza Gae Aulenti 8, 20154 Milano""")

# -------------------------------------------------------------------- Spanish

add(kind="offer", slug="carta_oferta_chamberi", lang="es", id="chamberi_offer",
    company="Biofarma Chamberí",
    frm=("Elena Sanz Robles", "elena.sanz@biofarma-chamberi.example.es"),
    subject="Carta oferta: Técnica de Asuntos Regulatorios",
    subj_enc=("iso-8859-1", "B"), cs="iso-8859-1", cte="quoted-printable",
    date="2026-10-12 13:45",
    text="""Estimada Sibylle:

Tras las entrevistas mantenidas, nos complace ofrecerle el puesto de Técnica de Asuntos
Regulatorios en nuestra sede de Madrid. Adjuntamos la carta oferta con las condiciones:
contrato indefinido, jornada completa, salario bruto anual de 32.000 euros e incorporación
el 11 de enero de 2027.

Le agradeceríamos que nos confirmase su aceptación antes del 23 de octubre.

Reciba un cordial saludo,

Elena Sanz Robles
Responsable de Personas - Biofarma Chamberí
Calle de Santa Engracia 120, 28003 Madrid - 91 555 72 11""",
    pdf=[("Carta_oferta_Akande-Rossi.pdf",
          ["Biofarma Chamberí - Carta oferta",
           "Puesto: Técnica de Asuntos Regulatorios",
           "Contrato indefinido, jornada completa",
           "Salario bruto anual: 32.000 EUR - Incorporación: 11/01/2027"])])

_ = CAND
