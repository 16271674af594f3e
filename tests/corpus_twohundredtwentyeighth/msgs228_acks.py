"""Corpus 228, hand-written: 21 application acknowledgements (de 10, en 5, fr 3, es 3) and
10 offers (de 5, en 2, fr 2, es 1)."""

from __future__ import annotations

from msgs228_common import (
    CANDIDATE,
    ats_card,
    reply_quote,
    simple_html,
    word_html,
)

CAND_NAME, CAND = CANDIDATE

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================ application_received

# ---------------------------------------------------------------- German (10)

add(dict(
    name="personio_eingang_html_only", kind="application_received", lang="de",
    company="Schöckl Antriebstechnik", contact="",
    frm=("Schöckl Antriebstechnik GmbH", "noreply@personio.de"),
    subject="Wir haben Ihre Bewerbung erhalten",
    date="2026-02-09 19:04 +0000", key="schoeckl-ack",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Schöckl Antriebstechnik", """Sehr geehrte Frau Ferreira-Kunz,

herzlichen Dank für Ihre Bewerbung als Onboarding-Koordinatorin (m/w/d) in Graz-Andritz.

Ihre Unterlagen sind vollständig bei uns angekommen. Unser HR-Team sieht sie sich in den
nächsten zwei Wochen genau an und meldet sich dann bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Viele Grüße
Ihr HR-Team der Schöckl Antriebstechnik""",
                  "Diese Nachricht wurde automatisch über Personio versendet.", "de",
                  color="#c2410c", button=("Zum Bewerberkonto",
                                           "https://schoeckl-antriebe.jobs.personio.de/"
                                           "candidate/status")),
))

_leonhard_ack = """Sehr geehrte Frau Ferreira-Kunz,

vielen Dank für Ihre Bewerbung als Mitarbeiterin Onboarding & Personalentwicklung (Kennung
KSL-2026-031) am Klinikum St. Leonhard.

Ihre Bewerbung ist bei uns eingegangen und wird nun von der Personalentwicklung gesichtet.
Aufgrund der großen Zahl an Bewerbungen können wir leider nicht jeder Bewerberin und jedem
Bewerber individuell antworten. Sie hören von uns, sobald wir über die nächsten Schritte
entschieden haben.

Mit freundlichen Grüßen
Personalabteilung Klinikum St. Leonhard Graz"""

add(dict(
    name="softgarden_cannot_reply_individually", kind="application_received", lang="de",
    company="Klinikum St. Leonhard", contact="",
    frm=("Klinikum St. Leonhard Graz", "noreply@softgarden.io"),
    subject="Eingangsbestätigung: Mitarbeiterin Onboarding & Personalentwicklung",
    date="2026-01-19 13:27 +0000", key="leonhard-ack",
    text=_leonhard_ack,
    html=ats_card("Klinikum St. Leonhard Graz", _leonhard_ack,
                  "Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht auf "
                  "diese Nachricht.", "de", color="#166534"),
))

add(dict(
    name="hochschule_noreply_latin1", kind="application_received", lang="de",
    company="Hochschule Traunufer Linz", contact="",
    frm=("Hochschule Traunufer Linz - Bewerbungsportal",
         "bewerbung-noreply@hs-traunufer.example.at"),
    subject="Bestätigung: Bewerbung Kennzahl 26/014",
    date="2026-03-03 08:00 +0100", key="traunufer-ack",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Bewerberin, sehr geehrter Bewerber,

Ihre Bewerbung für die Stelle mit der Kennzahl 26/014 (Onboarding-Koordination,
Personalabteilung) wurde am 03.03.2026 um 07:58 Uhr in unserem Bewerbungsportal registriert.

Die Bewerbungsfrist endet am 20.03.2026. Danach prüft die Personalabteilung alle Unterlagen;
bitte rechnen Sie mit einer Rückmeldung innerhalb von vier bis sechs Wochen.

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.

Hochschule Traunufer Linz | Personalabteilung
Obere Donaulände 12, 4020 Linz
""",
))

add(dict(
    name="personalberatung_registrierung", kind="application_received", lang="de",
    company="Trummer & Partner Personalberatung", contact="d.pichler@trummer-personal.example.at",
    frm=("Doris Pichler", "d.pichler@trummer-personal.example.at"),
    subject="Ihre Registrierung bei Trummer & Partner",
    date="2026-01-13 16:35 +0100", key="trummer-reg",
    text="""Liebe Frau Ferreira-Kunz,

danke für das nette Telefonat heute Vormittag. Ich habe Ihren Lebenslauf und Ihre Zeugnisse
erhalten und Sie in unserer Kandidatendatenbank angelegt. Die Datenschutzerklärung, der Sie
zugestimmt haben, finden Sie zur Sicherheit auf unserer Website.

Wie besprochen suche ich für Sie gezielt nach Positionen im Bereich Onboarding und
Personalentwicklung im Großraum Graz. Bevor ich Ihr Profil einem Kunden vorstelle, rufe ich Sie
immer vorher an.

Herzliche Grüße
Doris Pichler
Senior Consultant
Trummer & Partner Personalberatung
Annenstraße 26, 8020 Graz | +43 316 82 44 71
""",
))

add(dict(
    name="glasmanufaktur_cv_erhalten", kind="application_received", lang="de",
    company="Wiener Glasmanufaktur Leitgeb", contact="k.strasser@leitgeb-glas.example.at",
    frm=("Katharina Strasser", "k.strasser@leitgeb-glas.example.at"),
    subject="AW: Bewerbung Onboarding & Lehrlingsbetreuung",
    date="2026-01-21 09:48 +0100", key="leitgeb-ack",
    reply="<leitgeb-application-20260120@example.at>",
    text="""Sehr geehrte Frau Ferreira-Kunz,

danke für Ihre Bewerbung, Ihren Lebenslauf und das Motivationsschreiben haben wir erhalten.
Wir sammeln noch bis Ende Jänner Bewerbungen und führen die ersten Gespräche Anfang Februar.
Ich melde mich spätestens in der zweiten Februarwoche bei Ihnen.

Freundliche Grüße
Katharina Strasser
Personal | Wiener Glasmanufaktur Leitgeb
Thaliastraße 88, 1160 Wien
""",
))

add(dict(
    name="successfactors_eingang_munich", kind="application_received", lang="de",
    company="Isar Möbelwerke", contact="",
    frm=("Isar Möbelwerke Personalgewinnung", "noreply@successfactors.eu"),
    frm_enc="iso-8859-1:B",
    subject="Eingangsbestätigung Ihrer Bewerbung - Req-ID 48113",
    subj_enc="iso-8859-1:Q",
    date="2026-02-02 21:17 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Ferreira-Kunz,

vielen Dank für Ihre Bewerbung als Referentin Onboarding & Mitarbeiterbindung (Req-ID 48113).

Wir haben Ihre Unterlagen erhalten und werden sie sorgfältig prüfen. Bitte sehen Sie von
Rückfragen zum Bearbeitungsstand ab; wir informieren Sie unaufgefordert, sobald es Neuigkeiten
gibt.

Freundliche Grüße
Isar Möbelwerke GmbH & Co. KG
Personalgewinnung

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
""",
))

add(dict(
    name="softgarden_molkerei_base64", kind="application_received", lang="de",
    company="Drautal Molkerei", contact="",
    frm=("Drautal Molkerei eGen", "noreply@softgarden.io"),
    subject="Danke für Ihre Bewerbung bei der Drautal Molkerei",
    date="2026-04-01 05:12 +0000",
    cte="base64",
    text="""Guten Tag Frau Ferreira-Kunz,

schön, dass Sie sich für die Stelle Personalreferentin (w/m/d) mit Schwerpunkt Onboarding bei
der Drautal Molkerei interessieren! Ihre Bewerbung ist gut bei uns gelandet.

Wir lesen jede Bewerbung persönlich. Das dauert ein wenig, in der Regel hören Sie innerhalb von
drei Wochen von uns.

Beste Grüße aus Spittal
Ihr Personalteam der Drautal Molkerei

-- 
Versendet über softgarden. Antworten an diese Adresse erreichen uns nicht.
""",
))

add(dict(
    name="kinderwelt_danke_rueckmeldung", kind="application_received", lang="de",
    company="Kinderwelt Steiermark", contact="verena.url@kinderwelt-stmk.example.at",
    frm=("Mag. Verena Url", "verena.url@kinderwelt-stmk.example.at"),
    subject="Ihre Bewerbung ist angekommen",
    date="2026-07-06 11:10 +0200", key="kinderwelt-ack",
    charset="iso-8859-1",
    text="""Liebe Frau Ferreira-Kunz,

danke für Ihre Bewerbung für die Stelle »Onboarding für pädagogische Fachkräfte«! Als
Elementarpädagogin wissen Sie ja selbst, wie viel ein guter erster Tag ausmacht, umso mehr
freut es uns, dass Sie sich bei uns beworben haben.

Ihre Unterlagen sind vollständig. Wir sichten bis Ende nächster Woche alle Bewerbungen und
melden uns dann bei Ihnen.

Herzliche Grüße
Mag. Verena Url
Personal & Organisation | Kinderwelt Steiermark
""",
))

_kcs_ack = """Hallo Magdalena,

danke für Ihre Bewerbung als Onboarding Coordinator bei Kärnten Cloud Systems! Wir haben Ihre
Unterlagen erhalten.

Unser People-&-Culture-Team sieht sich alle Bewerbungen innerhalb von zehn Arbeitstagen an.
Bis dahin: Auf unserem Blog erzählen Kolleginnen und Kollegen, wie ihre ersten Wochen bei uns
ausgesehen haben.

Bis bald
Ihr Team von Kärnten Cloud Systems"""

add(dict(
    name="recruitee_eingang", kind="application_received", lang="de",
    company="Kärnten Cloud Systems", contact="",
    frm=("Kärnten Cloud Systems", "no-reply@jobs.recruitee.com"),
    subject="Danke für Ihre Bewerbung: Onboarding Coordinator",
    date="2026-09-01 20:41 +0200", key="kcs-ack",
    text=_kcs_ack,
    html=ats_card("Kärnten Cloud Systems", _kcs_ack,
                  "Versendet mit Recruitee. Diese Adresse kann keine Antworten empfangen.", "de",
                  color="#2563eb"),
))

_isar_ack = """Sehr geehrte Frau Ferreira-Kunz,

wir bestätigen den Eingang Ihrer Bewerbung für die Position Koordinatorin Onboarding
(R-2026-0815) am Klinikum Isarauen.

Ihre Bewerbung wird nun von der Personalabteilung und der zuständigen Fachabteilung geprüft.
Den aktuellen Stand können Sie jederzeit in Ihrem Kandidatenkonto nachverfolgen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Isarauen München"""

add(dict(
    name="workday_eingang_klinikum", kind="application_received", lang="de",
    company="Klinikum Isarauen", contact="",
    frm=("Klinikum Isarauen Karriere", "isarauen@myworkday.com"),
    subject="Eingangsbestätigung – Koordinatorin Onboarding (R-2026-0815)",
    date="2026-08-03 10:02 +0000", key="isarauen-ack",
    headers=[("Auto-Submitted", "auto-generated")],
    text=_isar_ack,
    html=ats_card("Klinikum Isarauen München", _isar_ack, "Powered by Workday.", "de",
                  color="#005b96"),
))

# ---------------------------------------------------------------- English (5)

_nord_ack = """Hi Magdalena,

Thanks for applying to the Onboarding Coordinator role at Nordlicht Software! We've received
your application and our People team will review it over the coming days.

We read every application ourselves, so it can take up to two weeks to hear back. In the
meantime, feel free to look around our engineering blog.

Best,
The Nordlicht Software Talent team"""

add(dict(
    name="greenhouse_thanks_for_applying", kind="application_received", lang="en",
    company="Nordlicht Software", contact="",
    frm=("Nordlicht Software", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Nordlicht Software",
    date="2026-03-02 18:27 +0000", key="nordlicht-ack",
    text=_nord_ack,
    html=ats_card("Nordlicht Software", _nord_ack,
                  "Please do not reply to this automated message.", "en", color="#0b7285"),
))

add(dict(
    name="smartrecruiters_received_html", kind="application_received", lang="en",
    company="Quellwerk Systems", contact="",
    frm=("Quellwerk Systems", "noreply@smartrecruiters.com"),
    subject="We received your application - Employee Onboarding Specialist",
    date="2026-01-15 11:02 +0000",
    html=ats_card("Quellwerk Systems", """Dear Magdalena,

Thank you for your interest in Quellwerk Systems and for applying to the Employee Onboarding
Specialist position in Munich.

Your application is now with our Talent Acquisition team. If your profile matches the role, a
recruiter will get in touch with you about next steps.

Kind regards,
Talent Acquisition Team
Quellwerk Systems""",
                  "This email was sent via SmartRecruiters. Please do not reply to this "
                  "message.", "en", color="#4b2a85"),
))

add(dict(
    name="icims_high_volume_note", kind="application_received", lang="en",
    company="Trnovo Institute of Technology", contact="",
    frm=("Trnovo Institute of Technology Careers", "noreply@icims.com"),
    subject="Application received - Onboarding & Welcome Services Coordinator (Req 2026-0311)",
    date="2026-03-25 09:33 +0000",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Dear Magdalena Ferreira-Kunz,

Thank you for submitting your application for Onboarding & Welcome Services Coordinator (Req
2026-0311) at the Trnovo Institute of Technology.

Your application has been received and will be reviewed by the hiring committee after the
closing date of 10 April 2026. Due to the high volume of applications we receive, we are
unfortunately unable to respond to every applicant individually. Shortlisted candidates will
be contacted by email.

Human Resources
Trnovo Institute of Technology

This message was sent from an unattended mailbox via iCIMS.
""",
))

_roz_ack = """Hi Magdalena,

Thanks for applying for Onboarding Specialist (Retail Operations) at Rožnik Retail Group - we
have your application.

Our recruiting team will review it and get back to you as soon as possible.

Rožnik Retail Group Talent Team"""

add(dict(
    name="lever_application_in", kind="application_received", lang="en",
    company="Rožnik Retail Group", contact="",
    frm=("Rožnik Retail Group", "no-reply@hire.lever.co"),
    frm_enc="utf-8:B",
    subject="Rožnik Retail Group: we've got your application",
    date="2026-05-12 15:40 +0000",
    text=_roz_ack,
    html=ats_card("Rožnik Retail Group", _roz_ack, "Sent via Lever.", "en", color="#b91c1c"),
))

add(dict(
    name="headhunter_cv_received", kind="application_received", lang="en",
    company="Harcourt Leigh Search", contact="j.okafor@harcourt-leigh.example.com",
    frm=("James Okafor", "j.okafor@harcourt-leigh.example.com"),
    subject="Re: Onboarding roles - my CV",
    date="2026-07-02 08:36 +0200", key="harcourt-cv", reply="<harcourt-cv-20260701@example.at>",
    refs=["harcourt-cold"],
    text="""Hello Magdalena,

Thank you - I've received your CV and the two references. I've set up your profile with us and
will put your name forward for the hospitality client I mentioned once I've spoken to them
about the role's scope next week.

Nothing for you to do until then. I'll call you before anything goes out.

Best regards,
James

James Okafor
Principal Consultant, People & HR practice
Harcourt Leigh Search
Kärntner Ring 5-7, 1010 Vienna | +43 1 205 77 19

""" + reply_quote("en", "Wed, 1 Jul 2026 at 21:02", CAND_NAME, CAND, """Dear James,

thank you for reaching out. As discussed, please find my CV and two references attached.

Kind regards,
Magdalena"""),
))

# ---------------------------------------------------------------- French (3)

_ill_ack = """Madame Ferreira-Kunz,

Nous accusons réception de votre candidature au poste de coordinatrice de l'intégration des
nouveaux salariés (réf. CLI-RH-2026-08).

Votre dossier va être étudié avec attention par la direction des ressources humaines. Nous
reviendrons vers vous dans les meilleurs délais.

Le service recrutement
Clinique de l'Ill

Ce message est généré automatiquement, merci de ne pas y répondre."""

add(dict(
    name="taleo_accuse_reception", kind="application_received", lang="fr",
    company="Clinique de l'Ill", contact="",
    frm=("Clinique de l'Ill - Recrutement", "noreply@taleo.net"),
    subject="Accusé de réception de votre candidature - CLI-RH-2026-08",
    subj_enc="utf-8:Q",
    date="2026-04-20 07:15 +0000", key="ill-ack",
    cte="base64",
    text=_ill_ack,
    html=ats_card("Clinique de l'Ill", _ill_ack, "Oracle Taleo - message automatique.", "fr",
                  color="#1e3a8a"),
    html_cte="base64",
))

add(dict(
    name="cabinet_inscription", kind="application_received", lang="fr",
    company="Cabinet Vosges Talents", contact="julien.metzger@vosges-talents.example.fr",
    frm=("Julien Metzger", "julien.metzger@vosges-talents.example.fr"),
    subject="Bienvenue chez Vosges Talents – votre inscription",
    date="2026-05-04 14:06 +0200", key="vosges-reg",
    charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Magdalena,

Merci pour notre échange de ce matin. J’ai bien reçu votre CV et votre lettre, et je vous ai
inscrite dans notre vivier de candidats « RH & formation » pour l’Alsace.

Concrètement : je ne transmets jamais votre dossier à une entreprise sans votre accord
préalable. Dès qu’une mission correspond à votre projet d’onboarding, je vous appelle.

Au plaisir,
Julien Metzger
Consultant senior – Cabinet Vosges Talents
5 rue du Dôme, 67000 Strasbourg – 03 88 32 17 90
""",
))

_krut_ack = """Bonjour Magdalena,

Merci d'avoir postulé chez Krutenau Numérique pour le poste de chargée d'onboarding !

Nous avons bien reçu votre candidature. Notre équipe la lit attentivement et vous répondra
sous dix jours ouvrés, quelle que soit la suite.

À très vite,
L'équipe Krutenau Numérique"""

add(dict(
    name="teamtailor_bien_recu", kind="application_received", lang="fr",
    company="Krutenau Numérique", contact="",
    frm=("Krutenau Numérique", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature",
    subj_enc="iso-8859-1:B",
    date="2026-06-01 16:55 +0000", key="krutenau-ack",
    text=_krut_ack,
    html=ats_card("Krutenau Numérique", _krut_ack, "Envoyé avec Teamtailor.", "fr",
                  color="#db2777"),
))

# ---------------------------------------------------------------- Spanish (3)

add(dict(
    name="successfactors_recibida", kind="application_received", lang="es",
    company="Hospital Guadalmedina", contact="",
    frm=("Hospital Guadalmedina - Selección", "noreply@successfactors.eu"),
    subject="Hemos recibido su candidatura (ref. HG-2026-117)",
    date="2026-03-23 08:12 +0000", key="guadalmedina-ack",
    charset="iso-8859-1", cte="quoted-printable",
    text=(_hg := """Estimada Sra. Ferreira-Kunz:

Le confirmamos la recepción de su candidatura para la vacante de Coordinador/a de Acogida e
Incorporación (ref. HG-2026-117).

El equipo de Recursos Humanos revisará todas las candidaturas una vez cerrado el plazo. Debido
al elevado número de solicitudes, lamentablemente no podemos responder de forma individual a
cada persona candidata; nos pondremos en contacto con quienes pasen a la fase de entrevistas.

Atentamente,
Departamento de Recursos Humanos
Hospital Guadalmedina

Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo."""),
    html=ats_card("Hospital Guadalmedina", _hg, "SAP SuccessFactors", "es", color="#0e7490"),
))

add(dict(
    name="agencia_alta_candidata", kind="application_received", lang="es",
    company="Talento Sur Selección", contact="alvaro.jimenez@talentosur.example.es",
    frm=("Álvaro Jiménez Peña", "alvaro.jimenez@talentosur.example.es"),
    subject="Tu alta en Talento Sur Selección",
    date="2026-07-01 12:49 +0200", key="talentosur-reg",
    text="""Hola Magdalena:

Encantado de haber hablado contigo esta mañana. Te confirmo que he recibido tu CV en español y
en inglés y que ya estás dada de alta en nuestra base de candidatos para puestos de RR. HH. en
Málaga y la Costa del Sol.

Te llamo en cuanto tenga un proceso que encaje con lo que buscas (acogida, formación,
onboarding). Si cambias de disponibilidad o de fecha de mudanza, avísame.

Un abrazo,
Álvaro Jiménez Peña
Consultor de selección | Talento Sur Selección
C/ Marqués de Larios 8, 3.º, 29005 Málaga | 952 61 48 07
""",
))

add(dict(
    name="universidad_candidatura_recibida", kind="application_received", lang="es",
    company="Universidad del Limonar", contact="inmaculada.torres@ulimonar.example.es",
    frm=("Inmaculada Torres", "inmaculada.torres@ulimonar.example.es"),
    subject="Candidatura recibida: Técnica de Acogida e Integración",
    subj_enc="iso-8859-1:Q",
    date="2026-08-24 13:18 +0200", key="limonar-ack",
    charset="iso-8859-1", cte="8bit",
    text="""Estimada Magdalena:

Hemos recibido tu candidatura para la plaza de Técnica de Acogida e Integración del personal de
administración y servicios, junto con la documentación acreditativa.

La comisión valorará los méritos a principios de septiembre. Te escribiremos para indicarte si
pasas a la fase de entrevista.

Un cordial saludo,
Inmaculada Torres
Servicio de PAS | Universidad del Limonar
""",
))

# ================================================================ offer

# ---------------------------------------------------------------- German (5)

add(dict(
    name="schoeckl_angebot_pdf", kind="offer", lang="de",
    company="Schöckl Antriebstechnik", contact="l.hofbauer@schoeckl-antriebe.example.at",
    frm=("Lisa Hofbauer-Strobl", "l.hofbauer@schoeckl-antriebe.example.at"),
    subject="Ihr Angebot: Onboarding-Koordinatorin bei Schöckl Antriebstechnik",
    subj_enc="utf-8:Q",
    date="2026-03-10 15:30 +0100", key="schoeckl-offer",
    refs=["schoeckl-invite", "schoeckl-moved"],
    text=(_sch_offer := """Sehr geehrte Frau Ferreira-Kunz,

nach dem Gespräch mit Ihnen am 2. März und der Abstimmung mit unserer Werksleitung freue ich
mich sehr, Ihnen die Position als Onboarding-Koordinatorin anbieten zu dürfen!

Die wichtigsten Eckdaten:
- Eintritt: 1. Mai 2026, unbefristet, Probemonat gemäß Kollektivvertrag
- Arbeitszeit: 38,5 Wochenstunden, Gleitzeit
- Bruttomonatsgehalt: EUR 3.450,– (14 x jährlich), Einstufung KV Metallindustrie
- Standort: Graz-Andritz, zwei Tage Homeoffice pro Woche nach der Einarbeitung

Das vollständige Angebotsschreiben finden Sie im Anhang. Bitte senden Sie uns ein
unterschriebenes Exemplar bis 20. März zurück; den Dienstvertrag erstellen wir danach.

Ich freue mich auf die Zusammenarbeit!

Freundliche Grüße
Lisa Hofbauer-Strobl
HR Business Partnerin | Schöckl Antriebstechnik GmbH
Andritzer Reichsstraße 150, 8045 Graz | +43 316 6944 210
FN 231885 t, Landesgericht für ZRS Graz"""),
    html=simple_html(_sch_offer, "de"),
    attach=[dict(pdf="Angebot_Ferreira-Kunz_Onboarding-Koordination.pdf",
                 title="Schöckl Antriebstechnik GmbH – Angebotsschreiben",
                 lines=["Graz, 10. März 2026", "",
                        "Frau Magdalena Ferreira-Kunz, Grabenstraße 41/7, 8010 Graz", "",
                        "Angebot: Onboarding-Koordinatorin (Vollzeit)",
                        "Eintritt: 1. Mai 2026", "Bruttomonatsgehalt: EUR 3.450,- (14 x)",
                        "Kollektivvertrag: Metallindustrie, Beschäftigungsgruppe E",
                        "Arbeitsort: Andritzer Reichsstraße 150, 8045 Graz", "",
                        "Bitte unterschrieben retournieren bis 20. März 2026.", "",
                        "______________________    ______________________",
                        "Schöckl Antriebstechnik     Magdalena Ferreira-Kunz"])],
))

add(dict(
    name="headhunter_client_wants_offer", kind="offer", lang="de",
    company="Brenner Medizintechnik", contact="f.wiesinger@isarkopf.example.de",
    frm=("Florian Wiesinger", "f.wiesinger@isarkopf.example.de"),
    subject="Brenner möchte Ihnen ein Angebot machen!",
    subj_enc="iso-8859-1:B",
    date="2026-06-16 18:02 +0200", key="brenner-offer", refs=["brenner-invite", "brenner-moved"],
    charset="iso-8859-1", cte="quoted-printable",
    text="""Liebe Frau Ferreira-Kunz,

ich habe eben mit Frau Dr. Vogl telefoniert: Brenner Medizintechnik möchte Ihnen ein Angebot
für die Position Onboarding Managerin am Standort Martinsried machen!

Vorab die Eckdaten, wie sie mir genannt wurden: Jahresbruttogehalt 58.000 EUR plus 10 %
variable Vergütung, 30 Tage Urlaub, Start zum 1. September oder 1. Oktober, Relocation-Paket
für den Umzug aus Graz. Den Vertragsentwurf schickt Ihnen die Personalabteilung von Brenner
bis Ende der Woche direkt.

Lassen Sie uns morgen telefonieren, bevor Sie antworten; über das Startdatum lässt sich
sicher noch reden.

Herzlichen Glückwunsch!
Florian Wiesinger
Partner | Isarkopf Executive Search
Maximilianstraße 35, 80539 München
""",
))

add(dict(
    name="kinderwelt_nach_telefonat", kind="offer", lang="de",
    company="Kinderwelt Steiermark", contact="verena.url@kinderwelt-stmk.example.at",
    frm=("Mag. Verena Url", "verena.url@kinderwelt-stmk.example.at"),
    subject="Wie besprochen: Ihre Zusage von uns",
    date="2026-08-04 16:45 +0200", key="kinderwelt-offer", refs=["kinderwelt-moved"],
    text="""Liebe Frau Ferreira-Kunz,

wie heute am Telefon besprochen, möchten wir Sie sehr gerne als Onboarding-Verantwortliche für
pädagogische Fachkräfte bei Kinderwelt Steiermark anstellen – hier noch einmal alles
schriftlich:

Beginn: 1. Oktober 2026
Ausmaß: 30 Wochenstunden, Dienstort Zentrale Graz-Straßgang
Entlohnung: nach SWÖ-KV, Verwendungsgruppe 7, zuzüglich anrechenbarer Vordienstzeiten aus der
Elementarpädagogik

Wenn Sie einverstanden sind, genügt eine kurze Antwort-Mail. Den Dienstzettel bereiten wir
dann vor, und ich stimme mit Ihnen einen Termin für die Unterschrift ab.

Wir freuen uns sehr auf Sie!

Herzliche Grüße
Mag. Verena Url
Personal & Organisation | Kinderwelt Steiermark
""",
))

add(dict(
    name="holzindustrie_dienstvertrag", kind="offer", lang="de",
    company="Murauer Holzindustrie", contact="sandra.zechner@murauer-holz.example.at",
    frm=("Ing. Sandra Zechner", "sandra.zechner@murauer-holz.example.at"),
    subject="Dienstvertrag zur Unterschrift",
    date="2026-07-13 11:27 +0200", key="murauer-offer", refs=["murauer-invite", "murauer-moved"],
    text=(_mur_offer := """Sehr geehrte Frau Ferreira-Kunz,

es freut uns sehr, dass Sie unser Angebot nach dem Assessment Center angenommen haben.

Anbei erhalten Sie den Dienstvertrag für die Position Onboarding- & Ausbildungskoordinatorin
(Eintritt 1. September 2026). Bitte lesen Sie ihn in Ruhe durch, unterschreiben Sie beide
Seiten und schicken Sie uns den Vertrag eingescannt oder per Post bis 24. Juli zurück. Das
gegengezeichnete Exemplar erhalten Sie an Ihrem ersten Arbeitstag.

Mit freundlichen Grüßen
Ing. Sandra Zechner
Personalleitung
Murauer Holzindustrie GmbH"""),
    html=simple_html(_mur_offer, "de"),
    attach=[dict(pdf="Dienstvertrag_Ferreira-Kunz.pdf",
                 title="Dienstvertrag – Murauer Holzindustrie GmbH",
                 lines=["abgeschlossen zwischen Murauer Holzindustrie GmbH, 8850 Murau,",
                        "und Frau Magdalena Ferreira-Kunz, 8010 Graz", "",
                        "1. Beginn des Dienstverhältnisses: 1. September 2026",
                        "2. Verwendung: Onboarding- & Ausbildungskoordinatorin",
                        "3. Arbeitszeit: 38,5 Stunden pro Woche",
                        "4. Entgelt: EUR 3.280,- brutto monatlich, 14 x jährlich",
                        "5. Kollektivvertrag: Holz- und Sägeindustrie (Angestellte)", "",
                        "Murau, am ____________   Graz, am ____________"])],
))

add(dict(
    name="startup_du_anstellung", kind="offer", lang="de",
    company="Kinderleicht HR-Software", contact="jakob@kinderleicht-hr.example.at",
    frm=("Jakob Reiter", "jakob@kinderleicht-hr.example.at"),
    subject="Re: Sorry wegen Donnerstag",
    date="2026-09-08 22:03 +0200", key="kinderleicht-offer",
    reply="<kinderleicht-sorry-20260820@example.at>",
    refs=["kinderleicht-invite", "kinderleicht-missed"],
    cte="quoted-printable",
    text="""Hi Magdalena,

nach unserem Treffen letzte Woche (diesmal hat's ja geklappt 😄) und dem Gespräch mit Anna
steht fest: Wir würden dich gern fix anstellen!

Unser Vorschlag: 30 Stunden, Start 1. November, 2.700 € brutto im Monat (14x) plus 2 %
virtuelle Anteile nach einem Jahr. Homeoffice so oft du willst, einmal pro Woche Teamtag im
Büro in der Schönaugasse.

Schau dir alles in Ruhe an, den Vertrag schick ich dir, sobald du Ja sagst.

Lg Jakob

""" + reply_quote("de", "Do., 20. Aug. 2026 um 13:04", CAND_NAME, CAND, """Lieber Jakob,

es tut mir so leid wegen heute – ich hatte den Termin für nächsten Donnerstag eingetragen und
dich im Café sitzen lassen. Können wir es nochmal versuchen?

Liebe Grüße
Magdalena"""),
))

# ---------------------------------------------------------------- English (2)

add(dict(
    name="offer_letter_pdf", kind="offer", lang="en",
    company="Kestrel Mobility", contact="sofia.lindqvist@kestrel-mobility.example.at",
    frm=("Sofia Lindqvist", "sofia.lindqvist@kestrel-mobility.example.at"),
    subject="Your offer from Kestrel Mobility",
    date="2026-10-12 17:14 +0200", key="kestrel-offer", refs=["kestrel-invite", "kestrel-moved"],
    text=(_kes_offer := """Hi Magdalena,

I'm delighted to let you know that we'd like to offer you the role of Onboarding Coordinator at
Kestrel Mobility!

Everyone you met was impressed by how you'd turn our first week into something people actually
remember. Your offer letter is attached, with the details we discussed on the phone: start date
1 December 2026, gross annual salary EUR 49,000, hybrid working from our Vienna office.

Please have a read and let me know if you have any questions. If you're happy, you can sign the
letter and send it back to me by 19 October.

Welcome (almost) aboard!
Sofia

Sofia Lindqvist
Senior Recruiter | Kestrel Mobility
Mariahilfer Straße 101, 1060 Vienna"""),
    html=simple_html(_kes_offer, "en"),
    attach=[dict(pdf="Kestrel_Mobility_Offer_Letter_MFerreira-Kunz.pdf",
                 title="Kestrel Mobility - Offer of Employment",
                 lines=["Vienna, 12 October 2026", "", "Dear Magdalena Ferreira-Kunz,",
                        "We are pleased to offer you the position of Onboarding Coordinator.",
                        "Start date: 1 December 2026",
                        "Gross annual salary: EUR 49,000 (paid in 14 instalments)",
                        "Working hours: 38.5 hours per week, hybrid (Vienna office)",
                        "Probation: one month as required by Austrian law", "",
                        "Please sign and return by 19 October 2026.", "",
                        "Sofia Lindqvist, Senior Recruiter"])],
))

_sav_missed = """Hi Magdalena,

Rok and I waited on Teams from 10:00 until about 10:20, but you didn't join. I hope everything
is alright.

If something came up, let me know - we may still be able to find another time this week.

Best,
Tjaša"""

add(dict(
    name="offer_after_missed_first_call", kind="offer", lang="en",
    company="Savinja Digital", contact="tjasa.kranjc@savinja-digital.example.si",
    frm=("Tjaša Kranjc", "tjasa.kranjc@savinja-digital.example.si"),
    subject="Re: We missed you this morning",
    date="2026-05-05 13:08 +0200", key="savinja-offer", reply="savinja-missed",
    refs=["savinja-invite", "savinja-missed"],
    text="""Hi Magdalena,

What a turnaround from that first morning! After your conversation with Rok and the team
session last Thursday, we'd love to have you join Savinja Digital as our HR Onboarding
Coordinator.

Our offer: full-time, start 1 July 2026, gross monthly salary EUR 2,650 plus the standard
Slovenian holiday allowance, and two remote days a week. We'll also cover your first month of
accommodation in Ljubljana. The formal contract will follow from our accountant once you
confirm.

Let me know what you think - happy to talk it through on a call.

Best,
Tjaša

""" + reply_quote("en", "Tue, 14 Apr 2026 at 10:25", "Tjaša Kranjc",
                  "tjasa.kranjc@savinja-digital.example.si", _sav_missed),
))

# ---------------------------------------------------------------- French (2)

add(dict(
    name="promesse_embauche_pdf", kind="offer", lang="fr",
    company="Krutenau Numérique", contact="helene.brunstein@krutenau-numerique.example.fr",
    frm=("Hélène Brunstein", "helene.brunstein@krutenau-numerique.example.fr"),
    subject="Proposition d'embauche - chargée d'onboarding",
    date="2026-07-06 10:31 +0200", key="krutenau-offer", refs=["krutenau-moved"],
    text="""Bonjour Magdalena,

Suite à nos échanges et à votre rencontre avec Élodie vendredi dernier, j'ai le plaisir de vous
proposer le poste de chargée d'onboarding au sein de Krutenau Numérique.

Vous trouverez en pièce jointe notre promesse d'embauche : CDI à temps plein, prise de poste le
1er septembre 2026, rémunération annuelle brute de 38 000 EUR, télétravail deux jours par
semaine.

Nous vous remercions de nous retourner le document signé d'ici le 15 juillet. Je reste
disponible pour en parler par téléphone.

Bien à vous,
Hélène Brunstein
Talent acquisition – Krutenau Numérique
8 rue de la Krutenau, 67000 Strasbourg
""",
    attach=[dict(pdf="Promesse_embauche_Ferreira-Kunz.pdf",
                 title="Krutenau Numérique – Promesse d'embauche",
                 lines=["Strasbourg, le 6 juillet 2026", "",
                        "Madame Magdalena Ferreira-Kunz", "",
                        "Poste : chargée d'onboarding (statut agent de maîtrise)",
                        "Contrat : CDI à temps plein, prise de poste le 1er septembre 2026",
                        "Rémunération annuelle brute : 38 000 EUR",
                        "Période d'essai : trois mois", "",
                        "Bon pour accord, date et signature :"])],
))

add(dict(
    name="cabinet_client_veut_offre", kind="offer", lang="fr",
    company="Papeteries de la Bruche", contact="julien.metzger@vosges-talents.example.fr",
    frm=("Julien Metzger", "julien.metzger@vosges-talents.example.fr"),
    subject="Papeteries de la Bruche : ils veulent vous faire une offre !",
    date="2026-09-24 11:43 +0200", key="bruche-offer",
    charset="windows-1252",
    text=(_bruche := """Bonjour Magdalena,

Excellente nouvelle : les Papeteries de la Bruche souhaitent vous faire une offre pour le poste
de responsable intégration et formation à Schirmeck !

M. Gérard Wolff m’a donné les grandes lignes au téléphone : CDI, 40 000 EUR bruts annuels sur
treize mois, prise de poste en janvier, aide au logement la première année. L’offre écrite vous
sera envoyée directement par leur service RH d’ici lundi.

On s’appelle cet après-midi pour en parler ? Je suis ravi pour vous.

Julien Metzger
Consultant senior – Cabinet Vosges Talents
03 88 32 17 90"""),
    html=word_html(_bruche, "fr"),
))

# ---------------------------------------------------------------- Spanish (1)

add(dict(
    name="oferta_formal_pdf", kind="offer", lang="es",
    company="Axarquía Software", contact="lucia.moreno@axarquia-soft.example.es",
    frm=("Lucía Moreno Vela", "lucia.moreno@axarquia-soft.example.es"),
    subject="Oferta de empleo – Coordinadora de Onboarding",
    subj_enc="utf-8:B",
    date="2026-06-22 13:55 +0200", key="axarquia-offer", refs=["axarquia-invite", "axarquia-moved"],
    text="""Hola, Magdalena:

¡Tenemos muy buenas noticias! Tras la entrevista con Jaime y conmigo, queremos ofrecerte el
puesto de Coordinadora de Onboarding en Axarquía Software.

Te adjunto la carta de oferta con las condiciones: contrato indefinido a jornada completa,
incorporación el 1 de septiembre de 2026, salario bruto anual de 31.000 € en doce pagas y
jornada intensiva en verano.

Si estás de acuerdo, fírmala y devuélvenosla antes del 3 de julio. Cualquier duda, llámame.

¡Un abrazo y ojalá pronto compañeras!
Lucía Moreno Vela
People & Culture | Axarquía Software
""",
    attach=[dict(pdf="Carta_oferta_Axarquía_Software.pdf",
                 title="Axarquía Software – Carta de oferta",
                 lines=["Málaga, 22 de junio de 2026", "", "Sra. Magdalena Ferreira-Kunz", "",
                        "Puesto: Coordinadora de Onboarding",
                        "Contrato: indefinido, jornada completa",
                        "Incorporación: 1 de septiembre de 2026",
                        "Salario bruto anual: 31.000 EUR (12 pagas)",
                        "Periodo de prueba: dos meses", "",
                        "Firma de conformidad:"])],
))
