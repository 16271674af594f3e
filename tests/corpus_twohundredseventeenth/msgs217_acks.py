"""Corpus 217: `application_received` (21) and `offer` (10), hand-written specs."""

from msgs217_common import (
    ME,
    ats_card,
    attribution,
    html_paras,
    quote,
    simple_html,
    word_html,
)

MESSAGES = []
add = MESSAGES.append
ACK = "application_received"
OFFER = "offer"

# ==================================================================== application_received, en

_t = """Hi Oonagh,

Thanks for applying to Corrib Clinical Research! We've received your application for the Clinical Trial Coordinator role in Galway.

Our talent team reads every application, and we aim to let all candidates know the outcome within three weeks. If you'd like to add anything in the meantime, you can update your application using the link below.

Thanks again,
Corrib Clinical Research Talent Team
"""
add(dict(
    kind=ACK, name="greenhouse_thanks_for_applying", lang="en",
    company="Corrib Clinical Research", contact="", key="t1_ack",
    frm=("Corrib Clinical Research", "no-reply@greenhouse-mail.io"),
    date="2026-01-14 22:07 +0000",
    subject="Thank you for applying to Corrib Clinical Research",
    text=_t,
    html=ats_card("Corrib Clinical Research", "#0a9396", html_paras(_t),
                  button=("Update my application", "https://boards.greenhouse.io/corribclinical/"
                          "jobs/c217-ctc"),
                  footer="Corrib Clinical Research Ltd, Galway Technology Park, Parkmore, Galway"),
))

_t = """Dear Oonagh,

Thank you for your application for Clinical Trials Assistant, Grade IV (Specified Purpose), Competition CUH-2026-014.

Your application has been received and will be considered by the shortlisting panel after the closing date of 30 January 2026.

Please note: because of the large number of applications we receive, unfortunately we cannot reply to every applicant individually. Only candidates who are shortlisted for interview will be contacted. You can follow the status of your application at any time in your Workday candidate home.

Kind regards,
HR Recruitment
Claddagh University Hospital
"""
add(dict(
    kind=ACK, name="workday_cannot_reply_individually", lang="en",
    company="Claddagh University Hospital", contact="", key="t20_ack",
    frm=("Claddagh University Hospital", "claddaghhospital@myworkday.com"),
    date="2026-01-19 08:31 +0000",
    subject="Application received: Clinical Trials Assistant, Grade IV (CUH-2026-014)",
    text=_t,
    html=ats_card("Claddagh University Hospital", "#005eb8", html_paras(_t),
                  button=("Candidate home", "https://wd3.myworkday.com/claddagh/d/home.htmld"),
                  footer="Claddagh University Hospital, Newcastle Road, Galway"),
    cte="quoted-printable",
))

_t = """Hi Oonagh,

Thanks for applying for the Clinical Trial Coordinator position at Liffey Orthodynamics. This email confirms that we've got your application.

What happens next: our team will review your application over the next two weeks. If your experience is a match, a member of the Talent team will reach out to arrange a first conversation.

Liffey Orthodynamics
"""
add(dict(
    kind=ACK, name="lever_confirms_application", lang="en",
    company="Liffey Orthodynamics", contact="", key="t5_ack",
    frm=("Liffey Orthodynamics", "no-reply@hire.lever.co"),
    date="2026-02-03 13:45 +0000",
    subject="Thanks for your application to Liffey Orthodynamics",
    text=_t,
    html=ats_card("Liffey Orthodynamics", "#1b4965", html_paras(_t)),
))

_t = """Hi Oonagh,

Thanks for sending over your CV, and it was great to chat on the phone this morning.

You're now registered with Westpoint Life Science Recruitment. As discussed, I'll be looking for Clinical Research Associate, Clinical Trial Assistant and Study Coordinator roles in Cork and Limerick, and I won't send your CV to any client without checking with you first.

Your candidate record is now set up on our system; you can update your preferences or withdraw consent at any time via the link in our privacy notice.

Speak soon,
Ciarán

Ciarán Twomey
Senior Consultant, Life Sciences
Westpoint Life Science Recruitment
3 Lapps Quay, Cork T12 RX56
M: +353 87 555 2291

""" + attribution("en", "2026-01-07 21:15", *ME) + "\n" + quote("""Hi Ciarán,

Further to your LinkedIn message, please find my CV attached. I'm a registered dental nurse with eight years' experience, and I've recently completed an ICH-GCP certificate and a short course in clinical research. I'd love to move into a trial coordinator or CTA role.

Kind regards,
Oonagh""")
add(dict(
    kind=ACK, name="agency_registration_confirmed", lang="en",
    company="Westpoint Life Science Recruitment",
    contact="ciaran.twomey@westpointrecruit.example.ie",
    key="t7_reg", parent="t7_own_cv",
    frm=("Ciarán Twomey", "ciaran.twomey@westpointrecruit.example.ie"),
    date="2026-01-08 11:30 +0000",
    subject="Re: CV - Oonagh Ferreira-Blake",
    text=_t,
))

_t = """Dear Oonagh,

Thank you for your email and CV regarding the Clinical Research Nurse / Coordinator post in the Clinical Research Facility. I confirm we've received your CV and covering letter, and I've passed them on to Professor Hynes and the senior research nurse.

The closing date is Friday 25 September, and shortlisting will take place the following week.

Is mise le meas,
Aisling Ní Fhlatharta
Research Administrator, Clinical Research Facility
Mara University, University Road, Galway H91 C2X4
T: +353 91 555 318
"""
add(dict(
    kind=ACK, name="weve_received_your_cv", lang="en",
    company="Mara University", contact="aisling.niflatharta@marauni.example.ie",
    key="t18_ack",
    frm=("Aisling Ní Fhlatharta", "aisling.niflatharta@marauni.example.ie"),
    frm_enc=("utf-8", "Q"),
    date="2026-09-21 10:18 +0100",
    subject="RE: Application - CRF Clinical Research Nurse / Coordinator",
    text=_t,
    external_refs=["<CAO217x9mara@mail.example.ie>"],
))

_t = """Hi Oonagh,

Many thanks for your application for the Study Coordinator role. I can confirm we've received it safely and it has been shared with Barry Hogan, our Operations Director, who is handling this hire.

We're reviewing applications on a rolling basis, so you should hear from us within a week or so.

Best regards,
Gillian

Gillian Cusack
HR Administrator, Shannon BioTrials
National Technology Park, Plassey, Limerick V94 E2N7

""" + attribution("en", "2026-07-13 20:41", *ME) + "\n" + quote("""Dear Hiring Team,

I'm writing to apply for the Study Coordinator role advertised on your website. I attach my CV and a cover letter.

I'm a dental nurse in Galway with eight years of patient-facing experience, and I'd like to bring that into clinical research.

Kind regards,
Oonagh Ferreira-Blake""")
add(dict(
    kind=ACK, name="human_confirms_quoting_application", lang="en",
    company="Shannon BioTrials", contact="gillian.cusack@shannonbiotrials.example.ie",
    key="t10_ack", parent="t10_own_apply",
    frm=("Gillian Cusack", "gillian.cusack@shannonbiotrials.example.ie"),
    date="2026-07-14 09:26 +0100",
    subject="Re: Application - Study Coordinator",
    text=_t,
))

_t = """Dear Oonagh Ferreira-Blake,

Thank you for applying for the position Clinical Trial Coordinator (LCTU-0426), Job Requisition ID 88213.

We confirm receipt of your application. The recruiting team will review it against the essential and desirable criteria in the person specification. You can check the status of your application at any time by logging in to the University of Lothian careers site.

Please do not reply to this email.

University of Lothian - Human Resources
"""
add(dict(
    kind=ACK, name="successfactors_confirm_receipt", lang="en",
    company="University of Lothian", contact="", key="t6_ack",
    frm=("University of Lothian Careers", "noreply@successfactors.eu"),
    date="2026-06-08 07:12 +0100",
    subject="Application Confirmation - Clinical Trial Coordinator (LCTU-0426)",
    html=simple_html(html_paras(_t)),
    html_cte="quoted-printable",
))

_t = """Hi Oonagh,

Thanks for your interest in Mourne Clinical. We've received your application for the Clinical Trial Assistant position and our People team will be reviewing it soon.

We'll be in touch about next steps.

Mourne Clinical
"""
add(dict(
    kind=ACK, name="bamboohr_thanks", lang="en",
    company="Mourne Clinical", contact="", key="t17_ack",
    frm=("Mourne Clinical", "notifications@bamboohr.com"),
    date="2026-02-09 15:02 +0000",
    subject="Thanks for applying to Mourne Clinical",
    text=_t,
    html=ats_card("Mourne Clinical", "#73ac3e", html_paras(_t)),
))

_t = """Hi Oonagh,

Thank you for applying for the position of Trial Coordinator at Rijnland Trial Partners. Your application has arrived safely with our recruitment team.

We review applications every week, and you can expect to hear from us within ten working days.

Kind regards,
Rijnland Trial Partners
"""
add(dict(
    kind=ACK, name="recruitee_arrived_safely", lang="en",
    company="Rijnland Trial Partners", contact="", key="t3_ack",
    frm=("Rijnland Trial Partners", "no-reply@jobs.recruitee.com"),
    date="2026-04-02 12:18 +0200",
    subject="We received your application - Trial Coordinator",
    text=_t,
    html=ats_card("Rijnland Trial Partners", "#e63946", html_paras(_t)),
))

_t = """Dear Oonagh,

Thank you for your application for Research Coordinator (Oncology) at Cork Cancer Trials Group.

Every application is read by a member of our team. Due to the high volume of applications, we are unable to respond to each candidate individually with feedback at this stage. If we'd like to take your application further, we'll contact you within three weeks of the closing date (17 April).

Thank you for your interest in supporting cancer research in the South.

Cork Cancer Trials Group
"""
add(dict(
    kind=ACK, name="workable_unable_to_respond_individually", lang="en",
    company="Cork Cancer Trials Group", contact="", key="t19_ack",
    frm=("Cork Cancer Trials Group", "noreply@workablemail.com"),
    date="2026-04-13 18:40 +0100",
    subject="Cork Cancer Trials Group: application received",
    text=_t,
    html=ats_card("Cork Cancer Trials Group", "#7b2d8e", html_paras(_t),
                  footer="Cork Cancer Trials Group CLG, registered charity 20081234. "
                         "Powered by Workable."),
))

_t = """Hi Oonagh,

Thanks for sending your updated CV for the Sleutel Vaccines role. It reads really well with the GCP course at the top.

I've passed it to Sleutel's Head of Clinical Operations this afternoon with my notes, and they've confirmed it's in their shortlisting pile for next week. I'll be in touch as soon as I hear anything.

In the meantime, have a look at the relocation summary I've attached, so you know what they offer for the move to Leiden.

Niall

Niall Considine | Director
Harbour & Hale Search Ltd
Fitzwilliam Hall, Fitzwilliam Place, Dublin 2
+353 1 555 7730
"""
add(dict(
    kind=ACK, name="headhunter_cv_submitted_to_client", lang="en",
    company="Sleutel Vaccines", contact="niall@harbourhale.example.ie", key="t12_ack",
    frm=("Niall Considine", "niall@harbourhale.example.ie"),
    date="2026-06-22 17:15 +0100",
    subject="Your CV - Sleutel Vaccines",
    text=_t, html=word_html(html_paras(_t)),
    pdf=dict(filename="Sleutel_relocation_summary.pdf", title="Sleutel Vaccines - relocation",
             lines=["Relocation support for international hires (summary)",
                    "Flights for you and your partner; 30 days of temporary housing in Leiden",
                    "30% ruling application support; Dutch lessons in year one",
                    "Prepared by Harbour & Hale Search for candidates only"]),
))

_t = """Hi Oonagh,

Thanks for applying for Study Coordinator at Brigid's Children's Research Foundation. We've received your application and our team will review it carefully.

If your profile matches what we're looking for, we'll be in touch within three weeks. Unfortunately, because of the number of applications, we can't reply to every applicant personally.

Brigid's Children's Research Foundation
"""
add(dict(
    kind=ACK, name="teamtailor_base64_cant_reply_personally", lang="en",
    company="Brigid's Children's Research Foundation", contact="", key="t15_ack",
    frm=("Brigid's Children's Research Foundation", "no-reply@teamtailor-mail.com"),
    date="2026-03-09 08:02 +0000",
    subject="Thanks for applying to Brigid's Children's Research Foundation",
    text=_t,
    html=ats_card("Brigid's Children's Research Foundation", "#f4a261", html_paras(_t),
                  footer="Registered charity CHY 19876 - 14 Herbert Street, Dublin 2"),
    cte="base64",
))

# ==================================================================== application_received, de

_t = """Hallo Oonagh,

vielen Dank für Ihre Bewerbung als Clinical Study Coordinator (m/w/d) – Standort Cork und Ihr Interesse an der Elbtal Medizintechnik GmbH!

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Unser Recruiting-Team prüft Ihre Bewerbung sorgfältig und meldet sich so schnell wie möglich bei Ihnen, in der Regel innerhalb von zwei Wochen.

Mit freundlichen Grüßen
Ihr Elbtal Medizintechnik Recruiting-Team
"""
add(dict(
    kind=ACK, name="personio_eingangsbestaetigung", lang="de",
    company="Elbtal Medizintechnik", contact="", key="t8_ack",
    frm=("Elbtal Medizintechnik GmbH", "noreply@personio.de"),
    date="2026-03-23 19:44 +0100",
    subject="Eingangsbestätigung Ihrer Bewerbung",
    subject_enc=("utf-8", "B"),
    text=_t,
    html=ats_card("Elbtal Medizintechnik", "#00876c", html_paras(_t),
                  footer="Elbtal Medizintechnik GmbH, Königsbrücker Str. 96, 01099 Dresden",
                  lang="de"),
))

_t = """Sehr geehrte Frau Ferreira-Blake,

vielen Dank für Ihre Bewerbung als Clinical Trial Assistant (m/w/d) in Dublin. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sichten derzeit alle Bewerbungen und melden uns spätestens Mitte August mit einer Rückmeldung. Bei Fragen erreichen Sie Ihren Ansprechpartner, Herrn Maximilian Huber, direkt über die Antwortfunktion dieser E-Mail.

Freundliche Grüße
Isar Clinical Operations GmbH
"""
add(dict(
    kind=ACK, name="softgarden_reply_to_recruiter", lang="de",
    company="Isar Clinical Operations", contact="m.huber@isar-clinops.example.de",
    key="t11_ack",
    frm=("Isar Clinical Operations GmbH", "noreply@softgarden.io"),
    reply_to=("Maximilian Huber", "m.huber@isar-clinops.example.de"),
    date="2026-08-03 11:10 +0200",
    subject="Ihre Bewerbung ist eingegangen",
    text=_t,
    html=ats_card("Isar Clinical Operations", "#2b2d42", html_paras(_t), lang="de"),
))

_t = """Liebe Frau Ferreira-Blake,

schön, dass wir heute telefonieren konnten! Hiermit bestätige ich Ihnen die Aufnahme in unseren Kandidatenpool bei Brückner Life Science Personal.

Wie besprochen suche ich für Sie nach Positionen als Clinical Trial Coordinator oder CTA bei deutschsprachigen Pharma- und Medizintechnikunternehmen mit Standorten in Irland, Schottland und den Niederlanden. Ihre Unterlagen gebe ich nur nach Rücksprache mit Ihnen an Mandanten weiter.

Die Datenschutzhinweise finden Sie im Anhang unserer Website; Sie können Ihre Einwilligung jederzeit widerrufen.

Herzliche Grüße
Tobias Reinhardt
Senior Consultant Life Science

Brückner Life Science Personal GmbH
Kaiserstraße 61, 60329 Frankfurt am Main
Telefon +49 69 555 8814
"""
add(dict(
    kind=ACK, name="agency_registrierung_latin1", lang="de",
    company="Brückner Life Science Personal", contact="t.reinhardt@brueckner-personal.example.de",
    key="t24_reg",
    frm=("Tobias Reinhardt", "t.reinhardt@brueckner-personal.example.de"),
    date="2026-05-11 15:52 +0200",
    subject="Bestätigung Ihrer Registrierung bei Brückner",
    subject_enc=("iso-8859-1", "Q"),
    text=_t, charset="iso-8859-1", cte="quoted-printable",
))

# ==================================================================== application_received, fr

_t = """Bonjour Oonagh,

Merci pour votre candidature au poste de Coordinatrice d'études cliniques (H/F) au Centre d'Investigation Clinique Confluence.

Nous vous confirmons sa bonne réception. Notre équipe l'étudiera avec attention et reviendra vers vous dans les meilleurs délais.

Cordialement,
L'équipe recrutement du CIC Confluence
"""
add(dict(
    kind=ACK, name="smartrecruiters_bonne_reception", lang="fr",
    company="Centre d'Investigation Clinique Confluence", contact="", key="t2_ack",
    frm=("CIC Confluence", "noreply@smartrecruiters.com"),
    date="2026-03-02 09:20 +0100",
    subject="Nous avons bien reçu votre candidature",
    subject_enc=("utf-8", "Q"),
    text=_t,
    html=ats_card("Centre d'Investigation Clinique Confluence", "#3d5a80", html_paras(_t),
                  lang="fr"),
))

_t = """Bonjour Madame Ferreira-Blake,

Nous accusons réception de votre candidature au poste de Chargée d'études cliniques – dispositifs médicaux, reçue le 3 juillet.

Votre dossier a été transmis à Mme Claire Dufresne, responsable Affaires cliniques. Nous reviendrons vers vous d'ici deux semaines pour vous indiquer la suite donnée à votre candidature.

Cordialement,

Sandrine Lapierre
Ressources Humaines
Rhône Dispositifs Médicaux
8 avenue Tony Garnier, 69007 Lyon – 04 78 55 62 10
"""
add(dict(
    kind=ACK, name="accuse_reception_cp1252", lang="fr",
    company="Rhône Dispositifs Médicaux", contact="sandrine.lapierre@rhonedm.example.fr",
    key="t21_ack",
    frm=("Sandrine Lapierre", "sandrine.lapierre@rhonedm.example.fr"),
    date="2026-07-06 14:25 +0200",
    subject="Accusé de réception – votre candidature",
    subject_enc=("windows-1252", "Q"),
    text=_t, charset="windows-1252", cte="quoted-printable",
))

_t = """Bonjour Oonagh,

Merci pour votre candidature spontanée, bien reçue ! Je l'ai transmise à Julien Marchetti, notre directeur des opérations, qui s'occupe des recrutements de l'équipe projets.

Il vous recontactera directement si votre profil correspond à nos besoins actuels.

Belle journée,
Amandine Roux
Office manager – Saône Recherche Clinique

""" + attribution("fr", "2026-06-01 21:30", *ME) + "\n" + quote("""Madame, Monsieur,

Assistante dentaire depuis huit ans en Irlande et titulaire d'une formation aux Bonnes Pratiques Cliniques, je souhaite rejoindre une CRO lyonnaise comme coordinatrice d'études ou ARC junior. Vous trouverez ci-joint mon CV et ma lettre de motivation.

Bien cordialement,
Oonagh Ferreira-Blake""")
add(dict(
    kind=ACK, name="candidature_spontanee_bien_recue", lang="fr",
    company="Saône Recherche Clinique", contact="amandine.roux@saonerc.example.fr",
    key="t13_ack", parent="t13_own_apply",
    frm=("Amandine Roux", "amandine.roux@saonerc.example.fr"),
    date="2026-06-02 09:12 +0200",
    subject="Re: Candidature spontanée – coordinatrice / ARC junior",
    subject_enc=("utf-8", "Q", "Re: "),
    text=_t,
))

# ==================================================================== application_received, es

_t = """Estimada Oonagh:

Gracias por tu interés en la Fundación Manzanares para la Investigación Clínica. Hemos recibido correctamente tu candidatura para el puesto de Coordinadora de Ensayos Clínicos (ref. FMIC-2026-31).

Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

Atentamente,
Fundación Manzanares para la Investigación Clínica
"""
add(dict(
    kind=ACK, name="icims_candidatura_recibida", lang="es",
    company="Fundación Manzanares para la Investigación Clínica", contact="", key="t4_ack",
    frm=("Fundación Manzanares - Empleo", "noreply@icims.com"),
    date="2026-05-04 10:02 +0200",
    subject="Hemos recibido tu candidatura",
    text=_t,
    html=ats_card("Fundación Manzanares para la Investigación Clínica", "#bc4749",
                  html_paras(_t), lang="es"),
    cte="base64",
))

_t = """Hola Oonagh:

¡Gracias por postularte al puesto de Clinical Trial Assistant en Castellana Trials! Tu candidatura nos ha llegado correctamente.

Recibimos muchísimas solicitudes, así que, lamentablemente, no podemos responder de forma individual a cada persona. Si tu perfil encaja, alguien del equipo de Talento se pondrá en contacto contigo en las próximas semanas.

Equipo de Talento de Castellana Trials
"""
add(dict(
    kind=ACK, name="ashby_no_podemos_responder", lang="es",
    company="Castellana Trials", contact="", key="t23_ack",
    frm=("Castellana Trials", "no-reply@ashbyhq.com"),
    date="2026-02-10 20:15 +0100",
    subject="Gracias por tu candidatura – Castellana Trials",
    subject_enc=("utf-8", "Q"),
    html=ats_card("Castellana Trials", "#e76f51", html_paras(_t),
                  footer="Castellana Trials S.L., Paseo de la Castellana 95, 28046 Madrid",
                  lang="es"),
    html_cte="quoted-printable",
))

_t = """Hola Oonagh,

Encantado de haber hablado contigo esta mañana. Te confirmo que ya estás dada de alta en Talento Sanitario y que he guardado tu CV en nuestra base de datos.

Como quedamos, te buscaré puestos de CTA y coordinación de estudios en Madrid, con preferencia por CROs y fundaciones. Antes de presentar tu candidatura a cualquier cliente te llamaré para confirmarlo.

Un saludo,
Iñaki

Iñaki Zubiri
Consultor sénior | Talento Sanitario
Calle de Velázquez 27, 28001 Madrid
+34 655 55 19 03
"""
add(dict(
    kind=ACK, name="agency_alta_confirmada", lang="es",
    company="Talento Sanitario", contact="inaki.zubiri@talentosanitario.example.es",
    key="t27_reg",
    frm=("Iñaki Zubiri", "inaki.zubiri@talentosanitario.example.es"),
    date="2026-02-05 13:40 +0100",
    subject="Alta en Talento Sanitario",
    text=_t, cte="8bit",
))

# ================================================================================ offer, en

_t = """Dear Oonagh,

Following our conversation on Monday, I'm delighted to offer you the position of Study Coordinator at Shannon BioTrials.

Your formal offer letter is attached. In summary:
- Start date: Monday 21 September 2026
- Salary: EUR 41,500 per annum, with a review after the six-month probation
- Hybrid: three days a week in Plassey
- 23 days' annual leave plus public holidays, pension contribution of 6%

To accept, please sign and return the letter by Friday 21 August. If you have any questions about the terms, give me a ring.

We're really looking forward to having you on the team.

Best regards,
Barry

Barry Hogan
Operations Director, Shannon BioTrials
National Technology Park, Plassey, Limerick V94 E2N7
061 555 774
"""
add(dict(
    kind=OFFER, name="formal_offer_pdf", lang="en",
    company="Shannon BioTrials", contact="barry.hogan@shannonbiotrials.example.ie",
    key="t10_offer", parent="t10_invite",
    frm=("Barry Hogan", "barry.hogan@shannonbiotrials.example.ie"),
    cc=[("Gillian Cusack", "gillian.cusack@shannonbiotrials.example.ie")],
    date="2026-08-12 16:20 +0100",
    subject="Offer of employment - Study Coordinator",
    text=_t, html=simple_html(html_paras(_t)),
    pdf=dict(filename="Offer_Letter_OFerreiraBlake.pdf",
             title="Shannon BioTrials - Offer of Employment",
             lines=["12 August 2026", "Dear Oonagh Ferreira-Blake,",
                    "We are pleased to offer you the position of Study Coordinator.",
                    "Start date: 21 September 2026. Salary: EUR 41,500 per annum.",
                    "Please sign and return by 21 August 2026.",
                    "Barry Hogan, Operations Director"]),
))

_t = """Hi Oonagh,

Thanks for taking my call earlier. As promised, here's a quick written follow-up.

We'd love you to join Corrib Clinical Research as a Clinical Trial Coordinator. As I said on the phone, we're offering EUR 38,000, a March or April start to suit your notice period, and our standard package (pension, health insurance after three months, and a training budget for the ACRP certification you mentioned).

The formal contract will come from HR early next week. In the meantime, if you have any questions or want to talk anything through, just give me a shout. I know you have a couple of other processes going, so take the weekend to think it over.

Delighted to be saying this!
Declan

Declan Fahy
Head of Clinical Operations
Corrib Clinical Research
"""
add(dict(
    kind=OFFER, name="verbal_offer_follow_up", lang="en",
    company="Corrib Clinical Research", contact="declan.fahy@corribclinical.example.ie",
    key="t1_offer", parent="t1_moved",
    frm=("Declan Fahy", "declan.fahy@corribclinical.example.ie"),
    cc=[("Siobhán Keane", "siobhan.keane@corribclinical.example.ie")],
    date="2026-02-20 17:05 +0000",
    subject="Following up on our call - your offer",
    text=_t,
))

_t = """Oonagh!

The client wants to make you an offer! Kinsale Cardiac Devices rang me ten minutes ago: they loved you in the second round and want you as their Clinical Study Coordinator.

The headline numbers: EUR 44k base, 10% bonus, hybrid (two days on site in Kinsale), start date flexible from mid-October. Written offer to follow from their HR once you say you're interested in principle.

Ring me when you get this - I'm on the mobile all afternoon!

Ciarán

Ciarán Twomey
Senior Consultant, Life Sciences
Westpoint Life Science Recruitment
M: +353 87 555 2291
"""
add(dict(
    kind=OFFER, name="agency_client_wants_to_offer", lang="en",
    company="Kinsale Cardiac Devices", contact="ciaran.twomey@westpointrecruit.example.ie",
    frm=("Ciarán Twomey", "ciaran.twomey@westpointrecruit.example.ie"),
    date="2026-09-24 14:02 +0100",
    subject="Kinsale Cardiac - great news!!",
    text=_t,
))

_t = """Hi Oonagh,

Congratulations again, and thank you for accepting our offer over the phone on Friday!

Your contract of employment for the Study Coordinator post (fixed-term, 24 months) is attached for signature. Please read it carefully, sign page 6, and email a scanned copy back to me by Monday 27 April. We'll also need:
- a copy of your passport
- your PPS number
- two referees' contact details (if different from your application)

Once we have these, we'll start your Garda vetting application.

Best,
Róisín

Róisín Carey
HR & Operations Officer
Brigid's Children's Research Foundation (CHY 19876)
14 Herbert Street, Dublin 2 | 01 555 6650
"""
add(dict(
    kind=OFFER, name="contract_for_signature", lang="en",
    company="Brigid's Children's Research Foundation",
    contact="roisin.carey@brigidfoundation.example.ie",
    key="t15_contract", parent="t15_invite",
    frm=("Róisín Carey", "roisin.carey@brigidfoundation.example.ie"), frm_enc=("utf-8", "B"),
    date="2026-04-20 10:35 +0100",
    subject="Your contract - Study Coordinator",
    text=_t,
    pdf=dict(filename="Contract_Study_Coordinator_FerreiraBlake.pdf",
             title="Contract of Employment - Study Coordinator",
             lines=["Brigid's Children's Research Foundation CLG",
                    "Employee: Oonagh Ferreira-Blake",
                    "Position: Study Coordinator (fixed-term, 24 months)",
                    "Commencement: 1 June 2026",
                    "Signature: ______________________   Date: __________"]),
))

_t = """Dear Oonagh,

On behalf of Caledonia Research Partners, I'm very pleased to offer you the role of Clinical Trial Associate in our Edinburgh office, after your conversations with Callum and me.

Your offer letter is attached with full details of salary (GBP 31,000), benefits and relocation support. The offer is subject to satisfactory references and right-to-work checks.

Please let us know your decision by 18 September. Callum can help with any questions about relocating from Galway.

Warm regards,
Isla Drummond
Head of Clinical Operations
Caledonia Research Partners
Quartermile Two, 2 Lister Square, Edinburgh EH3 9GL
"""
add(dict(
    kind=OFFER, name="offer_letter_pdf_relocation", lang="en",
    company="Caledonia Research Partners", contact="isla.drummond@caledoniarp.example.co.uk",
    key="t16_offer", parent="t16_missed",
    frm=("Isla Drummond", "isla.drummond@caledoniarp.example.co.uk"),
    cc=[("Callum Rennie", "callum.rennie@caledoniarp.example.co.uk")],
    date="2026-09-09 12:10 +0100",
    subject="Offer - Clinical Trial Associate, Caledonia Research Partners",
    text=_t, html=simple_html(html_paras(_t)),
    pdf=dict(filename="CRP_offer_letter.pdf", title="Caledonia Research Partners - Offer Letter",
             lines=["Role: Clinical Trial Associate, Edinburgh",
                    "Salary: GBP 31,000 per annum; relocation support up to GBP 3,000",
                    "Conditional on references and right-to-work checks",
                    "Please respond by 18 September 2026"]),
))

_t = """Dear Ms Ferreira-Blake,

Clinical Trials Assistant, Grade IV (Specified Purpose) - Competition CUH-2026-014

Following your recent interview, I am pleased to offer you the above post, subject to the following conditions:
- satisfactory references;
- satisfactory Garda vetting;
- a satisfactory pre-employment health assessment by Occupational Health.

The post is full-time (37 hours per week) at point 3 of the Grade IV salary scale. The proposed start date is Monday 13 April 2026, to be confirmed once clearances are complete.

Please confirm in writing within ten working days whether you wish to accept this conditional offer. The vetting invitation will then be sent to you from the National Vetting Bureau e-vetting system.

Yours sincerely,

Eoin Fahy
Recruitment Officer, HR Department
Claddagh University Hospital
Tel: 091 555 210
"""
add(dict(
    kind=OFFER, name="conditional_offer_vetting", lang="en",
    company="Claddagh University Hospital", contact="eoin.fahy@claddaghhospital.example.ie",
    key="t20_offer", parent="t20_invite",
    frm=("Eoin Fahy", "eoin.fahy@claddaghhospital.example.ie"),
    date="2026-03-03 11:50 +0000",
    subject="Conditional offer of employment - CUH-2026-014",
    text=_t, html=word_html(html_paras(_t)), cte="quoted-printable",
))

# ======================================================================= offer, de / fr / es

_t = """Liebe Frau Ferreira-Blake,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Reinhardt und unserem Team in Dublin die Position als Clinical Trial Coordinator (m/w/d) an unserem Studienzentrum in Dublin anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot mit allen Konditionen (Jahresgehalt EUR 43.000, 28 Urlaubstage, Eintritt zum 1. August 2026). Das Angebot gilt bis zum 26. Juni 2026.

Für Rückfragen stehen Frau Dr. Költzsch und ich Ihnen jederzeit zur Verfügung. Wir würden uns sehr freuen, Sie bald in unserem Team zu begrüßen!

Mit freundlichen Grüßen
Anja Lehmkuhl
Head of People
Rheinauen Pharma GmbH
Rheinallee 4, 55116 Mainz
"""
add(dict(
    kind=OFFER, name="vertragsangebot_pdf", lang="de",
    company="Rheinauen Pharma", contact="a.lehmkuhl@rheinauen.example.de",
    key="t24_offer", parent="t24_invite_rheinauen",
    frm=("Anja Lehmkuhl", "a.lehmkuhl@rheinauen.example.de"),
    cc=[("Tobias Reinhardt", "t.reinhardt@brueckner-personal.example.de")],
    date="2026-06-15 09:30 +0200",
    subject="Ihr Vertragsangebot – Clinical Trial Coordinator Dublin",
    subject_enc=("utf-8", "B"),
    text=_t, cte="quoted-printable",
    pdf=dict(filename="Vertragsangebot_Ferreira-Blake.pdf",
             title="Rheinauen Pharma - Vertragsangebot",
             lines=["Position: Clinical Trial Coordinator (m/w/d), Studienzentrum Dublin",
                    "Jahresgehalt: EUR 43.000 brutto; 28 Urlaubstage",
                    "Eintritt: 1. August 2026; Angebot gültig bis 26. Juni 2026"]),
))

_t = """Bonjour Oonagh,

Suite à nos échanges et à votre venue à Gerland la semaine dernière, j'ai le plaisir de vous adresser notre promesse d'embauche pour le poste de Coordinatrice d'études cliniques, en CDI, à compter du 1er septembre 2026.

Vous trouverez le document en pièce jointe : rémunération annuelle brute de 34 000 euros, forfait jours, télétravail deux jours par semaine, mutuelle prise en charge à 60 %.

Merci de nous retourner la promesse signée avant le 10 juillet. N'hésitez pas à m'appeler si vous avez la moindre question.

Très heureux de vous compter bientôt parmi nous !

Julien Marchetti
Directeur des opérations – Saône Recherche Clinique
06 55 20 77 31
"""
add(dict(
    kind=OFFER, name="promesse_embauche_pdf", lang="fr",
    company="Saône Recherche Clinique", contact="julien.marchetti@saonerc.example.fr",
    key="t13_offer", parent="t13_missed",
    frm=("Julien Marchetti", "julien.marchetti@saonerc.example.fr"),
    date="2026-06-30 17:45 +0200",
    subject="Promesse d'embauche – Coordinatrice d'études cliniques",
    subject_enc=("utf-8", "Q"),
    text=_t, html=simple_html(html_paras(_t), "fr"),
    pdf=dict(filename="Promesse_embauche_OFB.pdf",
             title="Saône Recherche Clinique - Promesse d'embauche",
             lines=["Poste : Coordinatrice d'études cliniques (CDI)",
                    "Date d'entrée : 1er septembre 2026",
                    "Rémunération annuelle brute : 34 000 euros",
                    "À retourner signée avant le 10 juillet 2026"]),
))

_t = """Bonjour Oonagh,

Comme Claire Dufresne vous l'a annoncé par téléphone ce matin, nous sommes ravis de vous proposer le poste de Chargée d'études cliniques – dispositifs médicaux.

Pour mémoire, les éléments évoqués : CDI, statut cadre, 36 500 euros bruts annuels, prise de poste souhaitée début octobre. Le contrat vous sera envoyé dès que vous nous aurez confirmé votre accord de principe.

Bien cordialement,

Sandrine Lapierre
Ressources Humaines
Rhône Dispositifs Médicaux
04 78 55 62 10
"""
add(dict(
    kind=OFFER, name="confirmation_offre_orale", lang="fr",
    company="Rhône Dispositifs Médicaux", contact="sandrine.lapierre@rhonedm.example.fr",
    key="t21_offer", parent="t21_invite",
    frm=("Sandrine Lapierre", "sandrine.lapierre@rhonedm.example.fr"),
    date="2026-07-31 15:20 +0200",
    subject="Notre proposition – Chargée d'études cliniques",
    subject_enc=("windows-1252", "Q"),
    text=_t, charset="windows-1252", cte="8bit",
))

_t = """Hola Oonagh:

Ha sido un placer conocerte. Tras las entrevistas, el Dr. Prieto y yo tenemos claro que eres la persona que buscamos, así que tengo el gusto de ofrecerte el puesto de Coordinadora de Ensayos Clínicos en la Fundación.

Las condiciones serían:
- Contrato indefinido a jornada completa
- Salario bruto anual de 32.000 euros en 14 pagas
- Incorporación el 1 de julio de 2026 (negociable)
- Horario flexible con viernes intensivos en verano

¿Podrías confirmarnos si aceptas antes del 10 de junio? Cualquier duda, llámame.

Un abrazo,
Lucía

Lucía Benítez
Responsable de Personas
Fundación Manzanares para la Investigación Clínica
Tel. 91 555 40 12
"""
add(dict(
    kind=OFFER, name="oferta_fundacion", lang="es",
    company="Fundación Manzanares para la Investigación Clínica",
    contact="lucia.benitez@fmic.example.es",
    key="t4_offer", parent="t4_own_thanks",
    frm=("Lucía Benítez", "lucia.benitez@fmic.example.es"), frm_enc=("iso-8859-1", "B"),
    date="2026-06-03 11:11 +0200",
    subject="Oferta – Coordinadora de Ensayos Clínicos",
    subject_enc=("utf-8", "Q"),
    text=_t, html=simple_html(html_paras(_t), "es"),
))
