"""Corpus 259: application acknowledgements (21) and offers (10), hand-written."""

from msgs259_common import (
    CIARA,
    DARRAGH,
    GARETH,
    GEAROID,
    MAELLE,
    MEIKE,
    NIAMH,
    ROSA,
    VICENT,
    YANNICK,
    ats_card,
)

SVEN = ("Sven Hollmann", "sven.hollmann@calenberger-land.example.de")

MESSAGES = []

# =============================================================================================
# application_received

MESSAGES.append(dict(
    kind="application_received", slug="workday_ack_shannon", lang="en", key="A1",
    company="Shannon Payroll Services", contact="",
    frm=("Shannon Payroll Services", "shannonpayroll@myworkday.com"),
    date="2026-02-03 14:12 +0000",
    subject="Thank you for applying: Payroll Administrator (Maternity Cover) - JR-2291",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card(
        "Shannon Payroll Services", "#0f4c81",
        "Hi Blathnaid,\n\n"
        "Thank you for applying for Payroll Administrator (Maternity Cover, 9 months), job "
        "requisition JR-2291.\n\n"
        "We have received your application and our Talent Acquisition team will now review "
        "it. You can follow its status at any time by signing in to your candidate home "
        "page.\n\n"
        "Kind regards,\nTalent Acquisition, Shannon Payroll Services",
        button=("Candidate Home", "https://shannonpayroll.wd3.myworkday.com/careers/userHome"),
        footer="Please do not reply to this email; this mailbox is not monitored.\n"
               "Shannon Payroll Services Ltd, Block 2, Castletroy Park, Limerick."),
))

MESSAGES.append(dict(
    kind="application_received", slug="icims_ack_loughderg", lang="en", key="B1",
    company="Lough Derg Foods", contact="",
    frm=("Lough Derg Foods Careers", "loughdergfoods@careers.icims.com"),
    date="2026-03-02 07:15 -0500",
    subject="Application received: Payroll Administrator, Ennis",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Dear Blathnaid,

Your application for Payroll Administrator (Ennis) has been successfully submitted to
Lough Derg Foods.

What happens next? Our HR team reviews every application against the job requirements.
If your experience is a good match, a member of the team will be in touch to discuss the
next steps.

You can review your application or update your details on our careers portal:
https://careers-loughdergfoods.icims.com/jobs/candidates/dashboard

Thank you for your interest in joining Lough Derg Foods.

This is an automated message. Please do not reply.
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="application_received", slug="agency_registration_rebel", lang="en", key="D1",
    company="Rebel Recruitment", contact=DARRAGH[1],
    frm=("Rebel Recruitment", "registrations@rebelrecruitment.example.ie"), reply_to=DARRAGH,
    date="2026-01-14 12:00",
    subject="Welcome to Rebel Recruitment - your registration is complete",
    text="""Hi Blathnaid,

Thank you for registering with Rebel Recruitment. We've received your CV and your
registration form, and your profile is now active on our system.

Your consultant is Darragh Twomey (Finance & Payroll). He'll be in touch over the next
few days for a short call about the kind of roles you're looking for in Cork and the
salary you're aiming for. Replying to this email will reach him directly.

In the meantime, make sure your right-to-work documents are uploaded in your candidate
portal.

Regards,
The Rebel Recruitment Team
21 South Mall, Cork T12 K8D3
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="application_received", slug="greenhouse_ack_fitzwilliam", lang="en", key="I1",
    company="Fitzwilliam Payroll Bureau", contact="",
    frm=("Fitzwilliam Payroll Bureau", "no-reply@greenhouse-mail.io"),
    date="2026-08-03 08:40 +0000",
    subject="Thanks for applying to Fitzwilliam Payroll Bureau",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hi Blathnaid,

Thanks for your interest in Fitzwilliam Payroll Bureau! We've received your application
for the Payroll Administrator, Dublin 2 role.

Our team reads every application. Unfortunately, given the number we receive, we cannot
reply to every applicant individually, but if your background is a fit for the role
someone from our talent team will reach out to you directly.

Thanks again,
Fitzwilliam Payroll Bureau
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="application_received", slug="teamtailor_ack_castletroy", lang="en", key="CT1",
    company="Castletroy Outsourcing", contact="",
    frm=("Castletroy Outsourcing", "no-reply@teamtailor-mail.com"),
    date="2026-09-03 12:31",
    subject="We've got your application, Blathnaid!",
    text="""Hi Blathnaid,

Thanks for applying for Payroll Administrator at Castletroy Outsourcing. Your
application has landed safely with us.

Our Talent Partner, Eimear, reviews applications every week, and we aim to get back to
everyone within ten working days.

Talk soon,
Castletroy Outsourcing
""",
    html=ats_card(
        "Castletroy Outsourcing", "#4a2c82",
        "Hi Blathnaid,\n\nThanks for applying for Payroll Administrator at Castletroy "
        "Outsourcing. Your application has landed safely with us.\n\nOur Talent Partner, "
        "Eimear, reviews applications every week, and we aim to get back to everyone within "
        "ten working days.\n\nTalk soon,\nCastletroy Outsourcing",
        footer="Sent with Teamtailor. Manage your data: "
               "https://castletroy.teamtailor.example.com/connect/privacy"),
))

MESSAGES.append(dict(
    kind="application_received", slug="hospital_ack_mwuh", lang="en", key="C0",
    company="Mid-West University Hospital", contact="",
    frm=("MWUH Recruitment (do not reply)", "noreply-recruitment@mwuh.example.ie"),
    date="2026-03-30 23:05",
    subject="Application received - MW/CO/26/09 Clerical Officer (Payroll)",
    cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    text="""Dear Applicant,

This is to acknowledge receipt of your application for campaign MW/CO/26/09, Clerical
Officer (Payroll), Grade III.

Applications will be shortlisted after the closing date of 3 April 2026. Shortlisted
candidates will be notified by email of the interview date; please check your junk
folder regularly.

Mid-West University Hospital is an equal opportunities employer.

Recruitment Office, HR Department

******************************************************************
This e-mail and any files transmitted with it are confidential and
may be legally privileged. If you are not the intended recipient,
any use, disclosure or copying is prohibited.
******************************************************************
""",
))

MESSAGES.append(dict(
    kind="application_received", slug="agency_registration_treaty", lang="en", key="TT1",
    company="Treaty Talent", contact=NIAMH[1],
    frm=NIAMH,
    date="2026-01-08 11:25",
    subject="Great to chat - you're registered with Treaty Talent",
    text="""Hi Blathnaid,

Lovely to speak with you earlier. Just confirming that you're now registered with us. I
have your CV and the consent form on file, so there's nothing else you need to do.

As discussed, I'll be looking out for payroll administrator and payroll assistant roles
in Limerick, Shannon and Ennis, ideally with hybrid working. I'll only send your CV to a
client after checking with you first.

Talk soon,
Niamh

Niamh Cusack
Recruitment Consultant | Treaty Talent
Henry Street, Limerick V94 R2C6 | 061 555 093
""",
))

MESSAGES.append(dict(
    kind="application_received", slug="cv_received_human_munster", lang="en", key="MP1",
    company="Munster Payroll Partners", contact=GEAROID[1],
    frm=GEAROID, name_enc="q-iso-8859-1",
    date="2026-02-02 16:05",
    subject="Re: CV - Payroll Administrator (Cork)",
    extra_refs=["<cand.munster.0131@mail.example.ie>"],
    quote="gmail",
    quoted=dict(
        frm=("Blathnaid Kowalczyk-Reyes", "blathnaid.kr@example.ie"),
        to=GEAROID, date="2026-01-31 20:40", subject="CV - Payroll Administrator (Cork)",
        text="""Dear Mr Lynch,

I saw your advert for a Payroll Administrator on your website and I'm attaching my CV.
I've spent six years in a customer contact centre, the last two handling pay and
expenses queries for a large employer, and I'm finishing the IPASS Payroll Technician
certificate this spring.

I'd be glad to come to Cork for an interview at any time.

Kind regards,
Blathnaid Kowalczyk-Reyes
"""),
    text="""Thanks Blathnaid, got your CV.

We're reviewing applications at the end of next week and I'll let you know either way
after that.

Gearóid

Gearóid Lynch | Director
Munster Payroll Partners | 3 Lapp's Quay, Cork T12 HX26 | 021 555 6620
""",
))

MESSAGES.append(dict(
    kind="application_received", slug="smartrecruiters_ack_abbeyfeale", lang="en", key="AB1",
    company="Abbeyfeale Packaging", contact="",
    frm=("Abbeyfeale Packaging", "noreply@smartrecruiters.com"),
    date="2026-08-04 13:20",
    subject="Abbeyfeale Packaging: we have received your application",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card(
        "Abbeyfeale Packaging", "#e07a10",
        "Dear Blathnaid,\n\n"
        "Thank you for applying for the Payroll Administrator position. Your application has "
        "been received and is now with our HR team.\n\n"
        "Due to the high volume of applications, unfortunately we are unable to respond to "
        "every applicant individually. If your profile matches what we are looking for, we "
        "will contact you within two weeks.\n\n"
        "Best regards,\nAbbeyfeale Packaging Recruitment",
        button=("View my application",
                "https://jobs.smartrecruiters.com/AbbeyfealePackaging/status/3391"),
        footer="Powered by SmartRecruiters. Abbeyfeale Packaging Ltd., Killarney Road, "
               "Abbeyfeale, Co. Limerick."),
))

MESSAGES.append(dict(
    kind="application_received", slug="council_autoack_burren", lang="en", key="BF1",
    parent="BF0",
    company="Burren & Fergus District Council", contact="",
    frm=("Burren & Fergus District Council – HR", "hr-noreply@burrenfergus.example.ie"),
    name_enc="q-utf-8",
    date="2026-01-05 19:47",
    subject="Auto: Competition 2026/07 – application received",
    subject_enc="q-utf-8",
    charset="windows-1252", cte="8bit",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
    text="""Thank you for your email.

This is an automatic acknowledgement that your application for Competition 2026/07 –
Clerical Officer (Payroll Section) has been received by the Human Resources Department.

Please note that the closing date is 12 noon on Friday 23 January 2026. Applications
received after that time will not be accepted. You’ll be contacted about the next stage
after shortlisting.

Human Resources Department
Burren & Fergus District Council, Áras an Chontae, New Road, Ennis, Co. Clare
""",
))

MESSAGES.append(dict(
    kind="application_received", slug="bamboohr_ack_harland", lang="en", key="HA1",
    company="Harland Payroll Solutions", contact="",
    frm=("Harland Payroll Solutions", "notifications@app.bamboohr.com"),
    date="2026-03-16 09:02",
    subject="Thanks for applying to Harland Payroll Solutions",
    text="""Hi Blathnaid,

Thank you for your application for the Payroll Administrator (Belfast) job. We've received
it and a member of our hiring team will review it shortly.

We appreciate your interest in Harland Payroll Solutions.

Harland Payroll Solutions Hiring Team
(sent via BambooHR; replies to this address are not read)
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="application_received", slug="workable_ack_connswater", lang="en", key="CW1",
    company="Connswater Bakery", contact="",
    frm=("Connswater Bakery", "noreply@candidates.workablemail.com"),
    date="2026-03-03 20:11",
    subject="Thanks for applying to Connswater Bakery",
    text="""Hi Blathnaid,

This is to confirm that we've received your application for Payroll & Accounts Assistant.

We'll review it and get back to you as soon as possible.

Best,
Connswater Bakery

Powered by Workable
""",
))

MESSAGES.append(dict(
    kind="application_received", slug="accuse_reception_atlantique", lang="fr", key="E1",
    company="Atlantique Paie", contact="",
    frm=("Atlantique Paie", "no-reply@teamtailor-mail.com"),
    date="2026-04-20 09:14",
    subject="Nous avons bien reçu votre candidature",
    subject_enc="b-utf-8",
    text="""Bonjour Blathnaid,

Merci pour votre candidature au poste de gestionnaire de paie (CDI) chez Atlantique Paie.
Elle est bien arrivée jusqu'à nous !

Notre équipe RH étudie chaque candidature avec attention et reviendra vers vous dans les
meilleurs délais.

À bientôt,
L'équipe Atlantique Paie
""",
    html=ats_card(
        "Atlantique Paie", "#005f73",
        "Bonjour Blathnaid,\n\nMerci pour votre candidature au poste de gestionnaire de paie "
        "(CDI) chez Atlantique Paie. Elle est bien arrivée jusqu'à nous !\n\nNotre équipe RH "
        "étudie chaque candidature avec attention et reviendra vers vous dans les meilleurs "
        "délais.\n\nÀ bientôt,\nL'équipe Atlantique Paie",
        footer="Envoyé avec Teamtailor. Atlantique Paie SAS, 14 quai Ernest-Renaud, "
               "44100 Nantes."),
))

MESSAGES.append(dict(
    kind="application_received", slug="accuse_reception_chel", lang="fr", key="K0",
    company="Centre Hospitalier Erdre et Loire", contact="",
    frm=("CH Erdre et Loire - Recrutement", "ne-pas-repondre@ch-erdreloire.example.fr"),
    date="2026-05-04 08:00",
    subject="Accusé de réception de votre candidature",
    subject_enc="q-iso-8859-1",
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Madame, Monsieur,

Nous accusons réception de votre candidature au poste de gestionnaire paie (réf.
DRH-2026-057) et vous remercions de l'intérêt que vous portez à notre établissement.

Votre dossier sera examiné par la Direction des ressources humaines. Compte tenu du
nombre important de candidatures, nous ne pouvons malheureusement pas répondre
individuellement à chacune d'entre elles avant la fin de la période de dépôt.

Ce message est généré automatiquement, merci de ne pas y répondre.

Direction des ressources humaines
Centre Hospitalier Erdre et Loire
""",
))

MESSAGES.append(dict(
    kind="application_received", slug="inscription_talents_ouest", lang="fr", key="TO1",
    company="Talents Ouest Intérim", contact=YANNICK[1],
    frm=YANNICK,
    date="2026-06-22 17:40",
    subject="Confirmation de votre inscription – Talents Ouest Intérim",
    subject_enc="q-utf-8",
    text="""Bonjour Blathnaid,

Suite à notre entretien téléphonique de ce jour, je vous confirme votre inscription chez
Talents Ouest Intérim. Votre dossier est complet (CV, pièce d'identité, RIB).

Je vous positionnerai sur les missions de paie et d'administration du personnel sur
Nantes et son agglomération, et je vous appellerai avant toute présentation à une
entreprise.

Bonne soirée,

Yannick Le Bihan
Chargé de recrutement – Tertiaire
Talents Ouest Intérim – Agence de Nantes Centre
8 rue de Strasbourg, 44000 Nantes – 02 40 55 63 10
""",
))

MESSAGES.append(dict(
    kind="application_received", slug="eingang_personio_leinetal", lang="de", key="G1",
    company="Leinetal Lohnservice", contact="",
    frm=("Leinetal Lohnservice GmbH", "no-reply@personio.de"),
    date="2026-06-08 11:02",
    subject="Eingangsbestätigung Ihrer Bewerbung – Lohnbuchhalter (m/w/d)",
    subject_enc="q-utf-8",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hallo Frau Kowalczyk-Reyes,

vielen Dank für Ihre Bewerbung als Lohnbuchhalter (m/w/d) bei der Leinetal Lohnservice
GmbH. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüße
Ihr Team der Leinetal Lohnservice GmbH

Diese E-Mail wurde automatisch über Personio versendet.
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="application_received", slug="eingang_softgarden_maschsee", lang="de", key="MA1",
    company="Maschsee Antriebstechnik", contact="",
    frm=("Maschsee Antriebstechnik GmbH", "noreply@softgarden.io"),
    date="2026-06-29 22:10",
    subject="Ihre Bewerbung ist bei uns eingegangen",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card(
        "Maschsee Antriebstechnik GmbH – Karriere", "#1b3a5c",
        "Sehr geehrte Frau Kowalczyk-Reyes,\n\n"
        "herzlichen Dank für Ihre Bewerbung als Sachbearbeiter Entgeltabrechnung (m/w/d). "
        "Hiermit bestätigen wir den Eingang Ihrer Unterlagen.\n\n"
        "Aufgrund der Vielzahl an Bewerbungen können wir leider nicht jede Anfrage einzeln "
        "beantworten. Sobald wir Ihre Unterlagen gesichtet haben, erhalten Sie von uns "
        "Nachricht.\n\n"
        "Mit freundlichen Grüßen\nPersonalabteilung",
        footer="Versendet über softgarden e-recruiting. Bitte antworten Sie nicht auf "
               "diese E-Mail."),
))

MESSAGES.append(dict(
    kind="application_received", slug="eingang_successfactors_region", lang="de", key="RC1",
    company="Region Calenberger Land", contact="",
    frm=("Region Calenberger Land – Karriere", "noreply@successfactors.eu"),
    name_enc="b-utf-8",
    date="2026-09-01 06:50 +0000",
    cte="base64",
    subject="Bestätigung: Bewerbung auf Stellenausschreibung 2026/214 eingegangen",
    subject_enc="b-utf-8",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Sehr geehrte Frau Kowalczyk-Reyes,

wir bestätigen den Eingang Ihrer Bewerbung auf die Stellenausschreibung 2026/214
„Sachbearbeitung Bezügeabrechnung (EG 8 TVöD)“.

Die Bewerbungsfrist endet am 4. September 2026. Danach werden alle Bewerbungen
ausgewertet; über das Ergebnis informieren wir Sie schriftlich.

Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt
berücksichtigt.

Mit freundlichen Grüßen
Team Personalgewinnung
Region Calenberger Land
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="application_received", slug="recepcion_workable_turia", lang="es", key="F1",
    company="Nóminas Turia", contact="",
    frm=("Nóminas Turia", "noreply@candidates.workablemail.com"), name_enc="q-utf-8",
    date="2026-05-11 10:30",
    subject="Hemos recibido tu candidatura para Técnico/a de nóminas",
    subject_enc="q-utf-8",
    text="""Hola Blathnaid:

¡Gracias por tu interés en Nóminas Turia! Te confirmamos que hemos recibido tu
candidatura para el puesto de Técnico/a de nóminas (Valencia).

Revisaremos tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
El equipo de Nóminas Turia

Con la tecnología de Workable
""",
    html="auto",
))

MESSAGES.append(dict(
    kind="application_received", slug="recepcion_hmlevante", lang="es", key="L0",
    company="Hospital Marítimo de Levante", contact="",
    frm=("Hospital Marítimo de Levante · Selección", "seleccion-noreply@hmlevante.example.es"),
    name_enc="q-iso-8859-1",
    date="2026-08-03 09:00",
    subject="Confirmación de recepción de candidatura - ref. HML-RRHH-26-31",
    subject_enc="q-iso-8859-1",
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Estimada candidata:

Le confirmamos que su candidatura para la oferta "Técnico/a de nóminas" (ref.
HML-RRHH-26-31) se ha registrado correctamente en nuestro portal de empleo.

El Departamento de Recursos Humanos valorará su perfil y, en caso de ser preseleccionada,
se pondrá en contacto con usted por teléfono o correo electrónico.

Este es un mensaje automático; por favor, no responda a esta dirección.

Hospital Marítimo de Levante - Recursos Humanos
""",
))

MESSAGES.append(dict(
    kind="application_received", slug="alta_candidata_levante_talento", lang="es",
    key="LT1",
    company="Levante Talento", contact=ROSA[1],
    frm=ROSA, name_enc="q-utf-8",
    date="2026-09-02 13:15",
    subject="Ya estás dada de alta en Levante Talento",
    subject_enc="q-utf-8",
    text="""Hola, Blathnaid:

Te confirmo que ya estás dada de alta en nuestra base de candidatos con el CV que nos
enviaste. He anotado que buscas puestos de nóminas o administración de personal en
Valencia y alrededores, a partir de octubre.

Cuando tenga algún proceso que encaje contigo, te llamo antes de presentar tu
candidatura a la empresa.

Un abrazo,
Rosa Martí Peris
Consultora de Selección · Levante Talento
Gran Vía Marqués del Turia 23, 46005 València · 96 555 88 41
""",
))

# =============================================================================================
# offer

MESSAGES.append(dict(
    kind="offer", slug="offer_letter_pdf_shannon", lang="en", key="A6", parent="A5",
    quote="gmail",
    company="Shannon Payroll Services", contact=CIARA[1],
    frm=CIARA,
    date="2026-02-25 12:30",
    subject="Re: Thank you - Payroll Administrator interview",
    charset="windows-1252", cte="quoted-printable",
    html="outlook",
    text="""Dear Blathnaid,

Thank you for your lovely note, and apologies for the wait.

I’m delighted to offer you the position of Payroll Administrator (maternity cover, nine
months) with Shannon Payroll Services, at a salary of €31,500 per annum, starting on
Monday 16 March 2026. Your offer letter, with the full terms, is attached.

Please sign and return the letter by Wednesday 4 March. Give me a ring if you have any
questions before then; Brian was very impressed by your Excel exercise.

Kind regards,

Ciara Hynes
Talent Acquisition Partner
Shannon Payroll Services | Block 2, Castletroy Park, Limerick V94 Y6K2
T: +353 61 555 301
""",
    pdf=[dict(filename="Offer_Letter_Kowalczyk-Reyes_JR-2291.pdf",
              title="Letter of Offer - Payroll Administrator (JR-2291)",
              lines=["Shannon Payroll Services Ltd", "Private and Confidential",
                     "Dear Blathnaid,",
                     "We are pleased to offer you the position of Payroll Administrator",
                     "(maternity cover, 9 months) on the following terms:",
                     "Salary: EUR 31,500 per annum, paid monthly",
                     "Start date: 16 March 2026", "Hours: 37.5 per week, hybrid",
                     "Please sign and return by 4 March 2026.",
                     "Ciara Hynes, Talent Acquisition Partner"])],
))

MESSAGES.append(dict(
    kind="offer", slug="conditional_offer_lagan", lang="en", key="H4",
    company="Lagan Borough Council", contact=GARETH[1],
    frm=GARETH,
    date="2026-07-28 14:40",
    subject="Conditional Offer of Appointment - Payroll Assistant (Ref LBC/142/26)",
    text="""Dear Blathnaid,

Payroll Assistant (Ref LBC/142/26)

Following the assessment centre on 16 July, I am pleased to make you a conditional offer
of appointment to the above post, at Scale 3, SCP 9 (currently £26,421 per annum).

The offer is conditional on a satisfactory AccessNI basic check, two satisfactory
references, and evidence of your eligibility to work in the UK. The attached letter sets
out the conditions and the documents we need from you.

Please confirm in writing within ten working days whether you accept this conditional
offer.

Yours sincerely,

Gareth McCausland
HR Officer (Resourcing)
Lagan Borough Council, Lagan Civic Centre, Cromac Street, Belfast BT7 2JA
""",
    pdf=[dict(filename="LBC-142-26_Conditional_Offer.pdf",
              title="Conditional Offer of Appointment - LBC/142/26",
              lines=["Lagan Borough Council - Human Resources",
                     "Conditional Offer of Appointment", "Post: Payroll Assistant",
                     "Grade: Scale 3, SCP 9 (GBP 26,421)",
                     "Conditions: AccessNI basic check; two references; right to work.",
                     "Please reply within ten working days."])],
))

MESSAGES.append(dict(
    kind="offer", slug="verbal_offer_followup_ennis_precast", lang="en",
    company="Ennis Precast", contact="jim.hehir@ennisprecast.example.ie",
    frm=("Jim Hehir", "jim.hehir@ennisprecast.example.ie"),
    date="2026-10-09 17:15",
    subject="Following up on our call",
    text="""Hi Blathnaid,

Great to talk to you this afternoon, and I'm glad you're as happy as we are.

Just to put in writing what I said on the phone: we'd like you to join us as Payroll &
Accounts Administrator, on €33,000 a year, 39 hours, Monday to Friday, starting Monday 2
November. Tracey in HR will send the formal contract early next week, along with the
pension and health-insurance forms.

If anything in that doesn't match what you heard from me, shout.

Welcome aboard (nearly)!
Jim

Jim Hehir | Finance Manager | Ennis Precast
Quin Road, Ennis, Co. Clare V95 PK46 | 065 555 9300
""",
))

MESSAGES.append(dict(
    kind="offer", slug="contract_for_signature_corbett", lang="en",
    company="Corbett Glass", contact="lynsey.corbett@corbettglass.example.co.uk",
    frm=("Lynsey Corbett", "lynsey.corbett@corbettglass.example.co.uk"),
    date="2026-10-12 10:05",
    subject="Your contract of employment - ready for signature",
    html="auto",
    text="""Hi Blathnaid,

Following your acceptance of our offer last Friday, your contract of employment for the
post of Payroll Officer is now ready for you to sign electronically:

https://sign.corbettglass.example.co.uk/envelope/7Q2-PAYROLL-BKR

The contract reflects what we agreed: £27,500 per annum, 37 hours, 25 days' annual leave
plus statutory holidays, with a start date of Monday 9 November at our Duncrue Street site.

Once you've signed, I'll send your induction timetable.

Best regards,
Lynsey Corbett
HR & Payroll Manager
Corbett Glass, 14 Duncrue Street, Belfast BT3 9AQ | 028 9555 7720
""",
))

MESSAGES.append(dict(
    kind="offer", slug="agency_client_offer_treaty", lang="en", key="TT5",
    company="Castleconnell Brewing Company", contact=NIAMH[1],
    frm=NIAMH,
    date="2026-10-14 16:02",
    subject="Castleconnell Brewing - they want you!",
    text="""Blathnaid!!

Castleconnell Brewing Company have just been on to me and the client wants to make you an
offer for the Payroll & HR Administrator role. They're proposing €32,000 plus a 6%
employer pension contribution, hybrid after three months, and they'd love a start date
in early November.

I'll ring you first thing in the morning to go through it properly, and if you want me to
push on the salary, I think there's a bit of room.

Delighted for you,
Niamh

Niamh Cusack
Recruitment Consultant | Treaty Talent | 061 555 093
""",
))

MESSAGES.append(dict(
    kind="offer", slug="formal_offer_ennistymon", lang="en",
    company="Ennistymon Community Hospital", contact="brid.nagle@ennistymonch.example.ie",
    frm=("Bríd Nagle", "brid.nagle@ennistymonch.example.ie"), name_enc="q-utf-8",
    date="2026-10-20 10:10",
    subject="Letter of Offer - Payroll Officer (Grade IV), Ennistymon Community Hospital",
    html="auto",
    text="""Dear Blathnaid,

Further to your recent interview, I am pleased to offer you the post of Payroll Officer
(Grade IV), permanent, whole-time, at Ennistymon Community Hospital.

The attached letter of offer sets out the salary point, the hours and the conditions
(including Garda vetting and occupational health clearance). To accept, please sign the
acceptance form on the last page and return it to me by Friday 30 October.

Congratulations, and we look forward to welcoming you.

Yours sincerely,

Bríd Nagle
HR Manager
Ennistymon Community Hospital, Lahinch Road, Ennistymon, Co. Clare V95 Y2T6
Tel: 065 555 7100
""",
    pdf=[dict(filename="ECH_Letter_of_Offer_Payroll_Officer.pdf",
              title="Letter of Offer - Payroll Officer (Grade IV)",
              lines=["Ennistymon Community Hospital", "Letter of Offer",
                     "Post: Payroll Officer, Grade IV, permanent whole-time",
                     "Salary: point 3 of the Grade IV scale",
                     "Conditions: Garda vetting, occupational health clearance",
                     "Acceptance form overleaf - return by 30 October 2026."])],
))

MESSAGES.append(dict(
    kind="offer", slug="promesse_embauche_atlantique", lang="fr", key="E4", parent="E5",
    quote="gmail",
    company="Atlantique Paie", contact=MAELLE[1],
    frm=MAELLE, name_enc="q-utf-8",
    date="2026-05-21 11:45",
    subject="Re: Merci pour l'entretien de jeudi",
    html="auto",
    text="""Bonjour Blathnaid,

Merci pour votre message, qui nous a fait très plaisir.

J'ai le plaisir de vous proposer le poste de gestionnaire de paie en CDI au sein
d'Atlantique Paie, pour une rémunération brute annuelle de 29 500 € sur 12 mois, avec une
prise de poste le 1er juillet 2026. Vous trouverez en pièce jointe la promesse d'embauche
détaillant ces conditions.

Je vous remercie de nous la retourner signée d'ici le 29 mai. Thomas et moi restons
disponibles pour toute question, notamment sur votre installation à Nantes.

Bien à vous,
Maëlle Guérin
Chargée RH – Atlantique Paie
""",
    pdf=[dict(filename="Promesse_embauche_Kowalczyk-Reyes.pdf",
              title="Promesse d'embauche - Gestionnaire de paie",
              lines=["Atlantique Paie SAS - 14 quai Ernest-Renaud, 44100 Nantes",
                     "Promesse d'embauche",
                     "Poste : gestionnaire de paie, CDI, statut employé",
                     "Rémunération : 29 500 EUR bruts annuels sur 12 mois",
                     "Date de prise de poste : 1er juillet 2026",
                     "Période d'essai : 2 mois, renouvelable une fois",
                     "Bon pour accord, date et signature :"])],
))

MESSAGES.append(dict(
    kind="offer", slug="vertragsangebot_region", lang="de", key="RC3",
    company="Region Calenberger Land", contact=SVEN[1],
    frm=SVEN,
    date="2026-10-02 09:30",
    subject="Ihre Einstellung – Sachbearbeitung Bezügeabrechnung",
    subject_enc="q-utf-8",
    text="""Sehr geehrte Frau Kowalczyk-Reyes,

wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission Sie für die Stelle
„Sachbearbeitung Bezügeabrechnung“ ausgewählt hat. Wir bieten Ihnen eine unbefristete
Einstellung in Entgeltgruppe 8 TVöD, Stufe 2, zum 1. Dezember 2026 an.

Im Anhang finden Sie den Entwurf Ihres Arbeitsvertrags. Bitte teilen Sie uns bis zum
12. Oktober mit, ob Sie das Angebot annehmen; danach veranlassen wir die
betriebsärztliche Untersuchung.

Mit freundlichen Grüßen
Sven Hollmann
Team Personalgewinnung
Region Calenberger Land, Hildesheimer Straße 20, 30169 Hannover
""",
    pdf=[dict(filename="Arbeitsvertrag_Entwurf_Kowalczyk-Reyes.pdf",
              title="Arbeitsvertrag (Entwurf) - Sachbearbeitung Bezügeabrechnung",
              lines=["Region Calenberger Land - Team Personalgewinnung",
                     "Arbeitsvertrag (Entwurf)",
                     "Tätigkeit: Sachbearbeitung Bezügeabrechnung",
                     "Eingruppierung: EG 8 TVöD, Stufe 2",
                     "Beginn: 1. Dezember 2026, unbefristet",
                     "Wöchentliche Arbeitszeit: 39 Stunden"])],
))

MESSAGES.append(dict(
    kind="offer", slug="muendliche_zusage_klinikum", lang="de", key="J3", parent="J2",
    quote="gmail",
    company="Klinikum Herrenhausen", contact=MEIKE[1],
    frm=MEIKE,
    date="2026-07-21 16:20",
    subject="AW: Abgesagt: Vorstellungsgespräch 26-118 am 15.07.2026",
    cte="quoted-printable",
    text="""Liebe Frau Kowalczyk-Reyes,

wie heute Vormittag am Telefon besprochen, möchten wir Ihnen die Stelle in der Lohn- und
Gehaltsbuchhaltung gern anbieten: Vollzeit, zunächst auf zwei Jahre befristet, Vergütung
nach TV-L EG 6, Beginn nach Absprache, frühestens zum 1. Oktober.

Den Arbeitsvertrag schicken wir Ihnen in den nächsten Tagen per Post zu, sobald der
Personalrat zugestimmt hat.

Dr. Kühn lässt ausrichten, dass er sich nach dem verschobenen Gespräch vom Montag sehr
auf die Zusammenarbeit freut.

Herzliche Grüße
Meike Oltmanns
Personalgewinnung
Klinikum Herrenhausen gGmbH
""",
))

MESSAGES.append(dict(
    kind="offer", slug="oferta_hmlevante_pdf", lang="es", key="L3", parent="L2",
    quote="gmail",
    company="Hospital Marítimo de Levante", contact=VICENT[1],
    frm=VICENT,
    date="2026-08-31 13:20",
    subject="Oferta de empleo - Técnico/a de nóminas",
    subject_enc="q-iso-8859-1",
    charset="windows-1252", cte="quoted-printable",
    text="""Estimada Blathnaid:

Tras la entrevista del pasado 18 de agosto, nos complace ofrecerle el puesto de técnica
de nóminas en el Departamento de Recursos Humanos del Hospital Marítimo de Levante.

Las condiciones principales son: contrato indefinido, jornada completa de 37,5 horas
semanales, salario bruto anual de 24.800 € en 14 pagas e incorporación el 1 de octubre
de 2026. Encontrará todos los detalles en la carta de oferta adjunta.

Le agradeceríamos que nos confirmara su aceptación antes del 7 de septiembre.

Reciba un cordial saludo,

Vicent Roig
Técnico de Selección – Recursos Humanos
Hospital Marítimo de Levante · Av. del Port 112, 46023 València
""",
    pdf=[dict(filename="Oferta_nómina_Kowalczyk.pdf",
              title="Carta de oferta - Técnico/a de nóminas",
              lines=["Hospital Marítimo de Levante - Recursos Humanos", "Carta de oferta",
                     "Puesto: técnica de nóminas", "Contrato: indefinido, jornada completa",
                     "Salario bruto anual: 24.800 EUR en 14 pagas",
                     "Incorporación: 1 de octubre de 2026"])],
))
