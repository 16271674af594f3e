"""Application acknowledgements and offers for the eighty-sixth corpus (hand-written; data only)."""

from msgs86_kit import ME, gmail, msg

A = "application_received"
OF = "offer"

MESSAGES = [
    msg(A, "pageup_ack_volume", "en", ("Western Districts Local Health District", "noreply@pageuppeople.com"),
        "Application received - Clinical Nurse Consultant Patient Safety (REQ 421907)", "2026-01-23T21:14:00+11:00", """
Dear Priya,

Thank you for submitting your application for the position of Clinical Nurse Consultant - Patient Safety (REQ 421907).

Your application will be assessed once the advertisement closes. Due to the high volume of applications we receive, we are unable to respond to every applicant individually; if you are shortlisted, a member of the selection panel will contact you.

You can track the status of your application at any time by logging in to your candidate profile.

Western Districts Local Health District
Please do not reply to this email.
""", company="Western Districts Local Health District"),

    msg(A, "greenhouse_thanks_applying", "en", ("Clinica Digital Health", "no-reply@us.greenhouse-mail.io"),
        "Thank you for applying to Clinica Digital Health", "2026-01-16T02:33:00+00:00", """
Hi Priya,

Thanks for applying to Clinica Digital Health! We've received your application for Clinical Safety Officer and our team is reviewing it now.

If your experience looks like a fit, we'll be in touch about next steps. In the meantime, check out our blog to learn how we build safer medication workflows.

Best,
Clinica Digital Health Recruiting
""", html=True, html_only=True, brand="Clinica Digital Health", colour="#00a37a", company="Clinica Digital Health"),

    msg(A, "workday_received_no_feedback", "en", ("Southern Cross Healthcare", "southerncross@myworkday.com"),
        "We have received your application", "2026-01-30T10:01:00+10:00", """
Dear Priya Halvorsen-Mendes,

Thank you for applying for Nurse Unit Manager - Digital Transformation (JR-20931) at Southern Cross Healthcare.

Our Talent Acquisition team will review your application against the requirements of the role. Unfortunately we are unable to provide individual feedback at this stage of the process, but you can follow the progress of your application in your Workday candidate home.

Kind regards,
Talent Acquisition
Southern Cross Healthcare Limited
""", html=True, brand="Southern Cross Healthcare", colour="#005cb9", company="Southern Cross Healthcare"),

    msg(A, "apsjobs_ack", "en", ("APSJobs", "no-reply@apsjobs.example.gov.au"),
        "Application submitted: Assistant Director, Digital Health Safety - Australian Digital Care Agency", "2026-02-02T12:00:00+11:00", """
Application submitted

Dear Priya,

Your application for Assistant Director, Digital Health Safety (EL1) with the Australian Digital Care Agency, reference ADCA/26/0117, has been submitted.

The agency will contact you about the outcome of your application. Please allow up to six weeks after the closing date. Merit lists may be used to fill similar vacancies for up to 18 months.

Canberra ACT | Ongoing | Closing date: 15 February 2026
""", html=True, brand="APSJobs", colour="#1b365d", company="Australian Digital Care Agency"),

    msg(A, "smaller_employer_personal_ack", "en", ("Fiona Walsh", "fiona@coralcoastpharmacy.example.com.au"),
        "Re: Clinical Services Coordinator", "2026-02-09T13:47:00+10:00", """
Hi Priya,

Got your application, thanks! We're closing off applications on Friday and I'll be in touch early next week either way.

Fiona Walsh
Owner / Pharmacist
Coral Coast Pharmacy Group
""" + gmail(ME, "Sun, 8 Feb 2026 at 8:30 pm", "Hi Fiona,\n\nPlease find attached my resume and cover letter for the Clinical Services Coordinator role advertised on SEEK.\n\nKind regards,\nPriya Halvorsen-Mendes"),
        company="Coral Coast Pharmacy Group", parent="<priya.au0208@example.com.au>"),

    msg(A, "lever_received", "en", ("Pulsewise", "no-reply@hire.lever.co"),
        "Thanks for applying to Pulsewise", "2026-02-14T03:40:00+00:00", """
Hi Priya,

Thank you for your interest in Pulsewise! We wanted to let you know we received your application for Clinical Product Specialist, and we are delighted that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our needs for the role. If you are not selected for this position, keep an eye on our jobs page as we're growing and adding openings.

Best,
The Pulsewise Team
""", company="Pulsewise"),

    msg(A, "taleo_ack_sg", "en", ("Straits Medical Group", "straitsmedical@taleo.net"),
        "Straits Medical Group: Acknowledgement of application", "2026-03-01T11:20:00+08:00", """
Dear Priya,

This is to acknowledge receipt of your application for the position of Nurse Clinician (Patient Experience), Req ID: 26-00912.

Please note that only shortlisted candidates will be notified. We thank you for your interest in Straits Medical Group.

Yours sincerely,
Human Resource Division
Straits Medical Group

This is a computer-generated email. No reply is required.
""", company="Straits Medical Group"),

    msg(A, "livehire_ack", "en", ("Gumtree Lane Disability", "no-reply@livehire.example.com"),
        "Your application for Practice Lead - Clinical Quality", "2026-03-08T19:05:00+10:00", """
Hi Priya,

Nice work! Your application for Practice Lead - Clinical Quality at Gumtree Lane Disability has been received.

What happens next? Our team will review applications after the closing date. Due to the volume of applications we cannot respond to every applicant individually, but we will let you know either way once a decision is made.

Keep your LiveHire profile up to date so we can match you with future roles.
""", html=True, brand="Gumtree Lane Disability", colour="#0891b2", enc="b64", company="Gumtree Lane Disability"),

    msg(A, "icims_insurer_ack", "en", ("Meridian Health Fund", "careers-noreply@icims.example.com"),
        "Meridian Health Fund - Application Confirmation", "2026-04-01T09:00:00+11:00", """
Priya,

Thank you for applying for the Clinical Programs Nurse (Hospital Substitution) role, requisition 2026-1188.

We have received your application and it is now with our recruitment team. Unfortunately, we are unable to provide individual feedback at this stage, but successful candidates will be contacted within two weeks.

Meridian Health Fund Recruitment
""", company="Meridian Health Fund"),

    msg(A, "oracle_cloud_ack_nz", "en", ("Te Awa Health", "te-awa-health@oraclecloud.example.com"),
        "Thank you for your job application", "2026-06-18T14:30:00+12:00", """
Kia ora Priya,

Thank you for your application for Clinical Safety Lead, Digital Services (Job ID 26104).

Your application has been received and will be reviewed by the hiring team. We aim to contact all applicants within three weeks of the advertisement closing.

Ngā mihi nui,
Te Awa Health | Talent Acquisition
""", company="Te Awa Health"),

    msg(A, "es_infojobs_recibida", "es", ("Hospitales Mediterráneo", "no-reply@ats.example.es"),
        "Hemos recibido tu candidatura", "2026-02-19T10:10:00+01:00", """
Hola Priya,

¡Gracias por tu interés en Hospitales Mediterráneo! Hemos recibido correctamente tu candidatura para la oferta Coordinadora de Calidad y Seguridad del Paciente (Valencia).

Nuestro equipo la revisará en los próximos días. Debido al gran número de candidaturas, no podemos responder a cada persona de forma individual; si tu perfil encaja, nos pondremos en contacto contigo.

Un saludo,
Equipo de Selección
Hospitales Mediterráneo
""", html=True, brand="Hospitales Mediterráneo", colour="#0ea5e9", company="Hospitales Mediterráneo"),

    msg(A, "es_formal_acuse", "es", ("Fundación Sanitaria Castellana", "empleo@fsc-salud.example.es"),
        "Acuse de recibo de su candidatura", "2026-04-24T09:05:00+02:00", """
Estimada Sra. Halvorsen-Mendes:

Le confirmamos la recepción de su candidatura para la plaza de Enfermera Especialista en Sistemas de Información (Ref. FSC-2026-031).

El proceso de selección se desarrollará durante las próximas semanas. Le informaremos de cualquier novedad.

Atentamente,
Área de Personas
Fundación Sanitaria Castellana
""", charset="iso-8859-1", company="Fundación Sanitaria Castellana", contact="empleo@fsc-salud.example.es"),

    msg(A, "es_teamtailor_recibido", "es", ("Salud Conectada", "notifications@teamtailor-mail.example.com"),
        "¡Gracias por tu candidatura, Priya!", "2026-02-21T18:00:00+01:00", """
¡Hola Priya!

Gracias por postularte a Product Owner Clínico en Salud Conectada. Hemos recibido tu CV y lo revisaremos con cariño.

Te escribiremos pase lo que pase.

El equipo de Salud Conectada
""", html=True, brand="Salud Conectada", colour="#db2777", company="Salud Conectada"),

    msg(A, "es_chile_recibido", "es", ("Clínica Bicentenario", "postulaciones@clinicabicentenario.example.cl"),
        "Postulación recibida", "2026-07-03T12:00:00-04:00", """
Estimada Priya,

Junto con saludar, le informamos que hemos recibido su postulación al cargo de Enfermera Jefe de Calidad. Lamentablemente no podemos entregar retroalimentación individual en esta etapa, pero nos comunicaremos con los postulantes preseleccionados.

Saludos cordiales,
Unidad de Reclutamiento
Clínica Bicentenario
""", company="Clínica Bicentenario"),

    msg(A, "fr_accuse_reception", "fr", ("Hospices Civils de Lyon Ouest", "ne-pas-repondre@hclo.example.fr"),
        "Accusé de réception de votre candidature", "2026-03-02T08:00:00+01:00", """
Madame,

Nous accusons réception de votre candidature au poste de Cadre de santé chargé(e) de la qualité et de la gestion des risques et vous remercions de l'intérêt que vous portez à notre établissement.

Votre dossier va être étudié avec attention. En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre individuellement à chacune d'entre elles dans l'immédiat.

La Direction des Ressources Humaines
Hospices Civils de Lyon Ouest
""", charset="iso-8859-1", company="Hospices Civils de Lyon Ouest", contact=""),

    msg(A, "fr_startup_bien_recu", "fr", ("DataClinique", "jobs@dataclinique.example.fr"),
        "Candidature bien reçue 🙌", "2026-04-18T22:00:00+02:00", """
Hello Priya,

Merci pour ta candidature au poste de Clinical Data Lead ! On l'a bien reçue et on revient vers toi sous 10 jours.

L'équipe DataClinique
""", html=True, brand="DataClinique", colour="#7c3aed", company="DataClinique"),

    msg(A, "fr_recrutee_mutuelle", "fr", ("Mutuelle Santé Horizon", "no-reply@recruitee.example.com"),
        "Merci pour votre candidature", "2026-08-25T15:00:00+02:00", """
Bonjour Priya,

Nous vous remercions pour votre candidature au poste d'Infirmière conseil (H/F) – télétravail partiel.

Celle-ci a bien été transmise à notre équipe recrutement, qui reviendra vers vous dans les meilleurs délais.

Cordialement,
Mutuelle Santé Horizon
""", company="Mutuelle Santé Horizon"),

    msg(A, "de_eingangsbestaetigung", "de", ("Universitätsklinikum Nordsee", "bewerbermanagement@uniklinik-nordsee.example.de"),
        "Eingangsbestätigung Ihrer Bewerbung – Kennziffer 2026-PD-044", "2026-03-14T10:00:00+01:00", """
Sehr geehrte Frau Halvorsen-Mendes,

wir bestätigen den Eingang Ihrer Bewerbung als Pflegewissenschaftlerin (m/w/d) im Bereich Digitalisierung. Ihre Unterlagen werden nun von der Fachabteilung geprüft.

Aufgrund der hohen Anzahl an Bewerbungen bitten wir um etwas Geduld. Eine individuelle Rückmeldung zum Zwischenstand ist leider nicht möglich.

Mit freundlichen Grüßen
Ihr Bewerbermanagement
Universitätsklinikum Nordsee – Anstalt des öffentlichen Rechts
""", company="Universitätsklinikum Nordsee"),

    msg(A, "de_join_ats_du", "de", ("Helios-Med Software", "noreply@join.example.com"),
        "Danke für deine Bewerbung bei Helios-Med Software", "2026-05-22T11:45:00+02:00", """
Hallo Priya,

vielen Dank für deine Bewerbung als Clinical Solutions Consultant (m/w/d)! Wir haben sie erhalten und melden uns so schnell wie möglich bei dir.

Viele Grüße
Dein Team von Helios-Med Software
""", html=True, html_only=True, brand="Helios-Med Software", colour="#0f766e", enc="b64", company="Helios-Med Software"),

    msg(A, "de_bewerbung_eingegangen_ngo", "de", ("Bewerbung Diakonie Isar", "bewerbung@diakonie-isar.example.de"),
        "Ihre Bewerbung ist bei uns eingegangen", "2026-09-08T16:20:00+02:00", """
Guten Tag Frau Halvorsen-Mendes,

herzlichen Dank für Ihr Interesse an der Stelle Referentin Pflegequalität. Ihre Bewerbung ist bei uns eingegangen. Wir melden uns nach Ablauf der Bewerbungsfrist bei Ihnen.

Freundliche Grüße
Personalabteilung
Diakonie Isar e.V.
""", charset="iso-8859-1", company="Diakonie Isar"),

    # offers
    msg(OF, "verbal_offer_followup", "en", ("Jess Whitford", "jess.whitford@brightpathhealth.example.com.au"),
        "Following up from our call", "2026-02-27T17:10:00+11:00", """
Hi Priya,

Thanks for taking my call this afternoon, so glad we could share the good news! As discussed, we're delighted to offer you the Digital Health Nurse Lead position.

Just to confirm what we talked about:
- Base salary $138,000 + 11.5% super
- Hybrid, 3 days in our North Sydney office
- Start date flexible, ideally 6 April

Your formal contract will come through from our People team via DocuSign in the next day or two. Any questions in the meantime, call me anytime.

Cheers,
Jess
BrightPath Health
""", company="BrightPath Health"),

    msg(OF, "offer_letter_attached_lhd", "en", ("Sarah Lim", "sarah.lim@health.example.gov.au"),
        "Offer of Employment - Clinical Nurse Consultant Patient Safety", "2026-03-06T11:30:00+11:00", """
Dear Priya

Congratulations! Following your recent interview, I am pleased to offer you the position of Clinical Nurse Consultant Grade 2 - Patient Safety, permanent full-time, with Western Districts Local Health District.

Your letter of offer is attached. The offer is conditional upon a satisfactory National Police Check, a current Working with Children Check and verification of your AHPRA registration.

Please sign and return the letter by Friday 13 March 2026.

Regards

Sarah Lim
Recruitment Officer
Western Districts Local Health District
""", attach="Letter_of_Offer_REQ421907.pdf", company="Western Districts Local Health District"),

    msg(OF, "pleased_to_offer_nz", "en", ("Grace Tuilagi", "grace.tuilagi@aucklandcommunityhealth.example.org.nz"),
        "Offer - Clinical Nurse Specialist, Quality", "2026-04-08T16:00:00+12:00", """
Kia ora Priya,

I am pleased to offer you the position of Clinical Nurse Specialist - Quality with Auckland Community Health. Aroha and the panel were really impressed with you.

Please find your individual employment agreement attached. The offer is subject to confirmation of your NCNZ registration and a satisfactory Police vet. Once you've had a read, sign and send it back and we'll start your onboarding.

Ngā mihi,
Grace Tuilagi
Recruitment Advisor | Auckland Community Health
""", attach="IEA_Halvorsen-Mendes_CNS_Quality.pdf", company="Auckland Community Health"),

    msg(OF, "conditional_offer_sg_visa", "en", ("Tan Wei Ling", "tan_wei_ling@healthministry.example.gov.sg"),
        "Conditional Offer of Appointment", "2026-04-20T17:45:00+08:00", """
Dear Ms Halvorsen-Mendes,

CONDITIONAL OFFER OF APPOINTMENT - DEPUTY DIRECTOR (CLINICAL QUALITY)

We are pleased to extend to you a conditional offer of appointment for the above position. This offer is subject to (a) the approval of your Employment Pass, (b) a satisfactory pre-employment medical examination, and (c) verification of your SNB registration.

Please find attached the offer letter. Kindly indicate your acceptance by signing and returning the acceptance form by 30 April 2026.

Thank you.

Ms Tan Wei Ling
Ministry of Health Services (Singapore)
""", attach="COA_DD_ClinicalQuality.pdf", company="Ministry of Health Services"),

    msg(OF, "docusign_contract", "en", ("BrightPath Health via DocuSign", "dse_na3@docusign.example.net"),
        "Please DocuSign: Priya Halvorsen-Mendes - Employment Contract", "2026-03-02T09:12:00+11:00", """
Liam Porter sent you a document to review and sign.

Hi Priya, welcome aboard! Please review and sign your employment contract for the Digital Health Nurse Lead role. Reach out to me with any questions. - Liam

REVIEW DOCUMENT

Liam Porter
liam.porter@brightpathhealth.example.com.au

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
""", html=True, brand="DocuSign", colour="#ffcc22", reply_to=("Liam Porter", "liam.porter@brightpathhealth.example.com.au"),
        company="BrightPath Health"),

    msg(OF, "es_oferta_formal", "es", ("Marta Ruiz", "marta.ruiz@saludconectada.example.es"),
        "Propuesta de incorporación", "2026-03-20T13:00:00+01:00", """
Hola Priya,

¡Enhorabuena! Tras las entrevistas, nos encantaría que te unieras a Salud Conectada como Product Owner Clínico.

Te adjunto la carta oferta con las condiciones (salario bruto anual de 58.000 €, modalidad remota con viajes trimestrales a Madrid e incorporación el 1 de mayo). Si estás de acuerdo, firma la carta y devuélvenosla antes del 27 de marzo.

Cualquier duda, llámame.

Marta Ruiz
Talent Acquisition · Salud Conectada
""", attach="Carta_oferta_Priya.pdf", charset="windows-1252", company="Salud Conectada"),

    msg(OF, "es_contrato_firmar", "es", ("Lucía Fernández", "lucia.fernandez@grupoquironsur.example.es"),
        "Contrato para firma", "2026-09-10T11:20:00+02:00", """
Hola Priya:

Como te adelantó la Dirección de Enfermería por teléfono, nos complace ofrecerte el puesto de Enfermera de Práctica Avanzada en Seguridad del Paciente. Te adjunto el contrato para que lo revises y lo firmes; la fecha prevista de incorporación es el 1 de octubre.

Bienvenida al equipo.

Lucía Fernández
Técnica de RRHH
Grupo Hospitalario Sur
""", attach="Contrato_PHM.pdf", company="Grupo Hospitalario Sur"),

    msg(OF, "fr_promesse_embauche", "fr", ("Camille Girard", "camille.girard@cliniquesaintexupery.example.fr"),
        "Promesse d'embauche", "2026-04-02T15:00:00+02:00", """
Bonjour Madame,

Suite à nos échanges, j'ai le plaisir de vous confirmer que nous souhaitons vous recruter au poste de Responsable qualité et gestion des risques. Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération et la date de prise de poste envisagée.

Merci de nous la retourner signée sous huit jours.

Bien cordialement,
Camille Girard
Chargée de recrutement
Clinique Saint-Exupéry
""", attach="Promesse_embauche.pdf", company="Clinique Saint-Exupéry"),

    msg(OF, "de_vertragsangebot", "de", ("Miriam Schulz", "miriam.schulz@medizincontrolling.example.de"),
        "Vertragsangebot", "2026-10-01T10:05:00+02:00", """
Liebe Frau Halvorsen-Mendes,

wir freuen uns sehr, Ihnen nach den Gesprächen die Position als Senior Consultant Pflegequalität anbieten zu können. Anbei erhalten Sie unser Vertragsangebot (Jahresbruttogehalt 72.000 €, Start 1. Dezember 2026).

Wir würden uns freuen, wenn Sie uns bis zum 9. Oktober den unterschriebenen Vertrag zurücksenden.

Herzliche Grüße
Miriam Schulz
MCS Medizincontrolling Services
""", attach="Arbeitsvertrag_Halvorsen-Mendes.pdf", company="MCS Medizincontrolling Services"),

    msg(OF, "de_zusage_kurz", "de", ("Stefan Brunner", "stefan.brunner@pflegeplus-bayern.example.de"),
        "Zusage", "2026-08-28T09:00:00+02:00", """
Liebe Frau Halvorsen-Mendes,

wie eben telefonisch besprochen: Wir möchten Ihnen die Stelle als Stabsstelle Digitalisierung in der Pflege sehr gern anbieten. Den Arbeitsvertrag schicke ich Ihnen bis Ende der Woche per Post und vorab als PDF.

Herzliche Grüße
Stefan Brunner
Pflegedirektor
PflegePlus Bayern gGmbH
""", company="PflegePlus Bayern"),
]
