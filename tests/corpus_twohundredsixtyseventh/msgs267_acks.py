"""Corpus 267: application acknowledgements (21) and offers (10), each written by hand."""

from __future__ import annotations

from msgs267_common import (
    M,
    ats_card,
    mso,
    on_wrote,
    outlook_html,
    paras,
    plain_html,
)

MESSAGES: list[dict] = []
add = MESSAGES.append

# ============================================================ application_received (21)

# a01 -- Greenhouse, Corrib Cloud
_t = """Hi Saoirse,

Thanks for applying to Corrib Cloud! We've received your application for Office Coordinator (Cork) and our team is reviewing it.

We read every application ourselves, so it can take up to two weeks to get back to you. In the meantime, you can learn more about life at Corrib Cloud on our careers page.

Best,
The Corrib Cloud Talent Team"""
add(M(
    kind="application_received", name="greenhouse_corrib_thanks", company="Corrib Cloud",
    contact="", lang="en", key="corrib_ack",
    date="2026-02-02 19:44 +0000",
    frm=("Corrib Cloud", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Corrib Cloud",
    text=_t,
    html=ats_card("Corrib Cloud", paras(_t), color="#23a47f",
                  footer="Sent via Greenhouse. Please do not reply to this email."),
    html_cte="qp",
))

# a02 -- Workday, Lakeside Hotels Group; "cannot reply to every applicant individually"
_t = """Dear Saoirse,

Thank you for applying for the position of Guest Services Coordinator (REQ-20418) with Lakeside Hotels Group. This email confirms that your application has been successfully submitted.

Our recruitment team will review all applications after the closing date of 23 January. Unfortunately we cannot reply to every applicant individually because of the number of applications we receive. If your experience matches our requirements, a member of the team will contact you to arrange the next steps.

You can track the status of your application at any time by signing in to your candidate home.

Kind regards,
Talent Acquisition, Lakeside Hotels Group"""
add(M(
    kind="application_received", name="workday_lakeside_submitted", company="Lakeside Hotels Group",
    contact="", lang="en", key="lakeside_ack",
    date="2026-01-08 21:17 +0000",
    frm=("Lakeside Hotels Group", "lakesidehotels@myworkday.com"),
    subject="Application received: Guest Services Coordinator",
    text=_t, text_cte="qp",
    html=ats_card("Lakeside Hotels Group", paras(_t), color="#2c5f2d",
                  button=("Candidate Home", "https://lakesidehotels.wd3.myworkdayjobs.com/Careers/userHome"),
                  footer="Powered by Workday"),
    html_cte="qp",
))

# a03 -- Ashby, Liffey Ledger
_t = """Hi Saoirse,

Thanks for your interest in Liffey Ledger. We've got your application for Office Manager (Dublin), and someone on our team will look at it in the next few days.

If it's a match, we'll reach out to set up a first conversation.

Liffey Ledger Recruiting"""
add(M(
    kind="application_received", name="ashby_liffey_got_it", company="Liffey Ledger",
    contact="", lang="en", key="liffey_ack",
    date="2026-03-04 08:03 +0000",
    frm=("Liffey Ledger Recruiting", "no-reply@ashbyhq.com"),
    subject="We've received your application to Liffey Ledger",
    html=ats_card("Liffey Ledger", paras(_t), color="#5b3cc4", footer="Powered by Ashby"),
    html_cte="qp",
))

# a04 -- St Brendan's, human acknowledgement with disclaimer
add(M(
    kind="application_received", name="hospital_receipt_of_form",
    company="St Brendan's Regional Hospital",
    contact="eileen.quirke@stbrendans-hospital.example.ie", lang="en", key="brendan_ack",
    date="2026-01-14 11:52 +0000",
    frm=("Eileen Quirke", "eileen.quirke@stbrendans-hospital.example.ie"),
    subject="Acknowledgement - Competition SBH-0226",
    text="""Dear Ms Nakamura-Boyle,

I acknowledge receipt of your application form for the post of Clerical Officer / Office Manager, Outpatients Department (Competition Ref. SBH-0226).

Shortlisting will take place after the closing date and candidates will be notified of the outcome by email. Please quote the competition reference in any correspondence.

Regards,

Eileen Quirke
HR Assistant, Recruitment
St Brendan's Regional Hospital, Rathass, Tralee, Co. Kerry
Tel: 066 555 4124

--\u0020
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.
""",
))

# a05 -- Portobello Talent, agency registration
add(M(
    kind="application_received", name="agency_grafton_registration", company="Portobello Talent",
    contact="conor.brady@portobellotalent.example.ie", lang="en", key="grafton_reg",
    date="2026-03-02 17:21 +0000",
    frm=("Conor Brady", "conor.brady@portobellotalent.example.ie"),
    subject="Welcome to Portobello Talent",
    text="""Hi Saoirse,

Thanks for registering with Portobello Talent and for the chat this afternoon. I've set up your profile and uploaded your CV, so you're now on our books for office manager and senior administrator roles in Dublin and remote-first companies.

Before I send your details to any client I'll always ask you first. I may also need copies of your ID and right-to-work documents at that stage.

Talk soon,
Conor

Conor Brady
Senior Consultant, Office Support
Portobello Talent | 3rd Floor, 71 Harcourt Street, Dublin 2
T: +353 1 555 7720 | M: +353 86 555 3190
""",
    html=outlook_html(mso("""Hi Saoirse,

Thanks for registering with Portobello Talent and for the chat this afternoon. I've set up your profile and uploaded your CV, so you're now on our books for office manager and senior administrator roles in Dublin and remote-first companies.

Before I send your details to any client I'll always ask you first. I may also need copies of your ID and right-to-work documents at that stage.

Talk soon,
Conor

Conor Brady
Senior Consultant, Office Support
Portobello Talent | 3rd Floor, 71 Harcourt Street, Dublin 2
T: +353 1 555 7720 | M: +353 86 555 3190"""), charset="utf-8"),
    html_cte="qp",
))

# a06 -- Curragower Recruitment registration, system From, consultant Reply-To
_t = """Dear Saoirse,

Thank you for registering with Curragower Recruitment. Your candidate profile has been created and your CV has been received.

Your consultant is Karen Daly, who specialises in office support and legal secretarial roles across the Mid-West. Karen will be in touch within two working days. You can reply directly to this email to reach her.

Curragower Recruitment
3 Thomas Street, Limerick | 061 555 7001"""
add(M(
    kind="application_received", name="agency_shannonside_profile_created",
    company="Curragower Recruitment", contact="karen.daly@curragower-recruit.example.ie",
    lang="en", key="shannon_reg",
    date="2026-04-20 07:30 +0100",
    frm=("Curragower Recruitment", "noreply@curragower-recruit.example.ie"),
    reply_to=("Karen Daly", "karen.daly@curragower-recruit.example.ie"),
    subject="Your registration with Curragower Recruitment",
    text=_t,
    html=plain_html(paras(_t)), html_cte="base64",
    headers=[("Auto-Submitted", "auto-generated")],
))

# a07 -- Fenit Bay Estates, "thanks for sending in your CV", quoting her application
add(M(
    kind="application_received", name="estate_agent_cv_received", company="Fenit Bay Estates",
    contact="aoibheann@fenitbay.example.ie", lang="en", key="fenit_ack", parent="fenit_app",
    date="2026-04-07 10:05 +0100",
    frm=("Aoibheann Stack", "aoibheann@fenitbay.example.ie"),
    subject="Re: Office manager position",
    text="""Hi Saoirse, thanks for sending in your CV yesterday. I've had a read and I'll be in touch next week once I've gone through the others.

Aoibheann Stack
Principal, Fenit Bay Estates
Denny Street, Tralee | 066 555 3318

""" + on_wrote("2026-04-06 20:31", "Saoirse Nakamura-Boyle <saoirse.nb@example.ie>",
               """Dear Ms Stack,

I saw your advertisement for an office manager in the Kerry Weekly and I'd like to apply. I've attached my CV.

Kind regards,
Saoirse Nakamura-Boyle"""),
))

# a08 -- Taleo, Marina Quay Clinic
_t = """Dear Saoirse Nakamura-Boyle,

Thank you for submitting your application for Requisition 26-0412, Medical Secretary / Office Lead.

Your submission is complete. If you are shortlisted, you will be contacted by the HR department. You may log in to your profile at any time to view or withdraw your application.

Human Resources
Marina Quay Clinic

This is an automated message. Please do not reply."""
add(M(
    kind="application_received", name="taleo_mercy_submission_complete", company="Marina Quay Clinic",
    contact="", lang="en", key="mercy_ack",
    date="2026-04-27 23:02 +0100",
    frm=("Marina Quay Clinic Careers", "marinaquay@taleo.net"),
    subject="Submission complete - Requisition 26-0412",
    text=_t, text_cte="7bit",
    headers=[("Auto-Submitted", "auto-generated")],
))

# a09 -- SmartRecruiters, Wild Atlantic Voyages; cannot answer every applicant
_t = """Hi Saoirse,

Thank you for applying to Wild Atlantic Voyages for the Reservations Office Lead role. Your application is in!

Our team reviews every application. Because we receive so many, unfortunately we're unable to reply to each applicant individually, but if your profile is a match, a recruiter will be in touch within three weeks.

Meanwhile, follow us for news from the boats and the office.

Wild Atlantic Voyages"""
add(M(
    kind="application_received", name="smartrecruiters_wav_in", company="Wild Atlantic Voyages",
    contact="", lang="en", key="wav_ack",
    date="2026-05-12 13:10 +0000",
    frm=("Wild Atlantic Voyages", "noreply@smartrecruiters.com"),
    subject="Thanks for applying to Wild Atlantic Voyages",
    text=_t,
    html=ats_card("Wild Atlantic Voyages", paras(_t), color="#0a4f70",
                  footer="Sent via SmartRecruiters"),
    html_cte="base64",
))

# a10 -- iCIMS, Ardmore Private Hospital
_t = """Dear Saoirse,

We confirm receipt of your application for Ward Administrator (Req ID 2026-1187) at Ardmore Private Hospital.

Our recruitment team will review applications after the closing date. Please keep your contact details up to date in the portal, as all correspondence about this vacancy will be sent by email.

Ardmore Private Hospital Recruitment"""
add(M(
    kind="application_received", name="icims_ardmore_confirm_receipt",
    company="Ardmore Private Hospital", contact="", lang="en", key="ardmore_ack",
    date="2026-06-01 15:36 +0100",
    frm=("Ardmore Private Hospital Careers", "ardmorehospital-noreply@talent.icims.com"),
    subject="Application confirmation - Ward Administrator (2026-1187)",
    text=_t, text_cte="qp",
    html=ats_card("Ardmore Private Hospital", paras(_t), color="#7a1f3d",
                  footer="Sent via iCIMS"),
    html_cte="qp",
))

# a11 -- Lever, Treaty City Software
_t = """Hi Saoirse,

Thanks for applying for the Office Manager position at Treaty City Software. We've received your application and our team will be reviewing it over the coming days.

Cheers,
Treaty City Software"""
add(M(
    kind="application_received", name="lever_treaty_thanks", company="Treaty City Software",
    contact="", lang="en", key="treaty_ack",
    date="2026-03-16 12:48 +0000",
    frm=("Treaty City Software", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Treaty City Software",
    text=_t,
    html=plain_html(paras(_t)), html_cte="7bit",
))

# a12 -- Maine Valley Staffing, registration
add(M(
    kind="application_received", name="agency_kerry_on_books", company="Maine Valley Staffing",
    contact="michelle@mainevalleystaffing.example.ie", lang="en", key="kss_reg",
    date="2026-01-12 16:40 +0000",
    frm=("Michelle Foley - Maine Valley Staffing", "michelle@mainevalleystaffing.example.ie"),
    subject="Registration complete",
    text="""Hi Saoirse,

Lovely to meet you on Friday. Just confirming you're now registered with us and I have your CV, references and availability on file.

I've already got one office manager job in Tralee in mind for you and will be in touch about it this week.

Michelle Foley
Recruitment Consultant
Maine Valley Staffing | Unit 4, Ashe Street, Tralee | 066 555 9023
""",
))

# a13 -- Personio, Isarblick Reisen (de)
_t = """Liebe Frau Nakamura-Boyle,

vielen Dank für Ihre Bewerbung als Office Managerin (m/w/d) bei Isarblick Reisen. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen.

Herzliche Grüße
Ihr Team von Isarblick Reisen"""
add(M(
    kind="application_received", name="personio_isarblick_eingang", company="Isarblick Reisen",
    contact="", lang="de", key="isar_ack",
    date="2026-06-03 18:22 +0200",
    frm=("Isarblick Reisen GmbH", "noreply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    text=_t,
    html=ats_card("Isarblick Reisen", paras(_t), color="#00857c", lang="de",
                  footer="Diese E-Mail wurde automatisch über Personio versendet."),
    html_cte="qp",
))

# a14 -- Alpenlicht Software, human reply to her emailed application (de)
add(M(
    kind="application_received", name="alpenlicht_bewerbung_angekommen",
    company="Alpenlicht Software", contact="felix@alpenlicht.example.de", lang="de",
    key="alpen_ack", parent="alpen_app",
    date="2026-07-01 16:12 +0200",
    frm=("Felix Amberger", "felix@alpenlicht.example.de"),
    subject="AW: Bewerbung als Office Manager:in – Saoirse Nakamura-Boyle",
    subj_enc=("utf-8", "Q"),
    text="""Hallo Saoirse,

danke dir, deine Bewerbung ist angekommen! Wir duzen uns hier übrigens alle.

Ich schaue mir deine Unterlagen bis Ende nächster Woche in Ruhe an und melde mich dann.

Viele Grüße
Felix

Felix Amberger
Head of People, Alpenlicht Software

""" + on_wrote("2026-07-01 09:03", "Saoirse Nakamura-Boyle <saoirse.nb@example.ie>",
               """Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbung als Office Manager:in.

Mit freundlichen Grüßen
Saoirse Nakamura-Boyle""", "de"),
    text_cte="8bit",
))

# a15 -- softgarden, Westpark Immobilien (de)
_t = """Sehr geehrte Frau Nakamura-Boyle,

vielen Dank für Ihr Interesse an der Position Büroleitung (m/w/d). Ihre Bewerbung ist bei uns eingegangen.

Aufgrund der großen Zahl an Zuschriften bitten wir um Verständnis, dass wir Rückfragen zum Stand des Verfahrens nicht einzeln beantworten können. Sie erhalten von uns Nachricht, sobald wir Ihre Unterlagen geprüft haben.

Mit freundlichen Grüßen
Recruiting-Team der Westpark Immobilien GmbH"""
add(M(
    kind="application_received", name="softgarden_westpark_eingang", company="Westpark Immobilien",
    contact="", lang="de", key="westpark_ack",
    date="2026-07-20 22:05 +0200",
    frm=("Westpark Immobilien GmbH", "noreply@softgarden.io"),
    subject="Bestätigung: Ihre Bewerbung ist eingegangen",
    text=_t, text_cs="iso-8859-1", text_cte="qp",
    html=ats_card("Westpark Immobilien", paras(_t), color="#294a7a", charset="iso-8859-1",
                  lang="de", footer="Versendet mit softgarden"),
    html_cs="iso-8859-1", html_cte="qp",
))

# a16 -- Clinique Saint-Seurin, human acknowledgement (fr)
add(M(
    kind="application_received", name="clinique_accuse_reception", company="Clinique Saint-Seurin",
    contact="j.castaing@clinique-saintseurin.example.fr", lang="fr", key="seurin_ack",
    date="2026-05-04 09:48 +0200",
    frm=("Julie Castaing", "j.castaing@clinique-saintseurin.example.fr"),
    subject="Accusé de réception de votre candidature",
    subj_enc=("iso-8859-1", "B"),
    text="""Madame,

Nous accusons bonne réception de votre candidature au poste d'assistante de direction / office manager et vous en remercions.

Votre dossier a été transmis à Mme Brunet, directrice des ressources humaines, qui l'étudiera avec attention. Nous reviendrons vers vous dans les meilleurs délais.

Cordialement,

Julie Castaing
Assistante RH
Clinique Saint-Seurin - 12, rue Judaïque - 33000 Bordeaux
""",
    text_cs="iso-8859-1", text_cte="qp",
))

# a17 -- Teamtailor, Garonne Vins & Voyages (fr)
_t = """Bonjour Saoirse,

Merci d'avoir postulé au poste d'assistante d'agence polyvalente chez Garonne Vins & Voyages !

Nous avons bien reçu votre candidature. Notre équipe la lira attentivement et reviendra vers vous sous deux semaines.

À très vite,
L'équipe Garonne Vins & Voyages"""
add(M(
    kind="application_received", name="teamtailor_garonne_bien_recu", company="Garonne Vins & Voyages",
    contact="", lang="fr", key="garonne_ack",
    date="2026-04-13 21:39 +0200",
    frm=("Garonne Vins & Voyages", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu votre candidature",
    subj_enc=("utf-8", "B"),
    text=_t,
    html=ats_card("Garonne Vins & Voyages", paras(_t), color="#8c1c3a", lang="fr",
                  footer="Envoyé avec Teamtailor – ne pas répondre à ce message"),
    html_cte="qp",
))

# a18 -- Bacalan Talents, registration (fr)
add(M(
    kind="application_received", name="agence_inscription_confirmee", company="Bacalan Talents",
    contact="julien.ferrand@bacalan-talents.example.fr", lang="fr", key="aquitaine_reg",
    date="2026-08-03 15:02 +0200",
    frm=("Julien Ferrand", "julien.ferrand@bacalan-talents.example.fr"),
    subject="Votre inscription chez Bacalan Talents",
    text="""Bonjour Saoirse,

Suite à notre échange téléphonique, je vous confirme votre inscription chez Bacalan Talents. Votre CV est enregistré dans notre base et je vous ai positionnée sur les postes d'office manager et d'assistante de direction sur Bordeaux Métropole.

Je vous contacterai avant toute présentation à un client.

Belle journée,
Julien Ferrand
Consultant recrutement – Fonctions support
Bacalan Talents | 9, quai de Bacalan, 33300 Bordeaux
""",
    text_cte="qp",
))

# a19 -- Costa Sol Excursiones, human acknowledgement quoting her solicitud (es)
add(M(
    kind="application_received", name="excursiones_acuse_recibo", company="Costa Sol Excursiones",
    contact="lucia.moreno@costasol-excursiones.example.es", lang="es", key="costasol_ack",
    parent="costasol_app",
    date="2026-03-31 10:14 +0200",
    frm=("Lucía Moreno", "lucia.moreno@costasol-excursiones.example.es"),
    frm_enc=("utf-8", "Q"),
    subject="RE: Solicitud puesto Office Manager",
    text="""Hola Saoirse:

Muchas gracias por tu candidatura. Te confirmo que hemos recibido tu currículum y tu carta.

Estamos recogiendo solicitudes hasta el 10 de abril; después revisaremos todos los perfiles y te diremos algo.

Un saludo,
Lucía Moreno
Responsable de Personas, Costa Sol Excursiones

""" + on_wrote("2026-03-30 19:50", "Saoirse Nakamura-Boyle <saoirse.nb@example.ie>",
               """Estimada Sra. Moreno:

Le escribo para presentar mi candidatura al puesto de Office Manager publicado en su web. Adjunto mi currículum.

Un saludo,
Saoirse Nakamura-Boyle""", "es"),
    text_cs="iso-8859-1", text_cte="8bit",
))

# a20 -- SuccessFactors, Hospital Marítimo del Sol (es)
_t = """Estimada Saoirse:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Coordinadora Administrativa de Consultas Externas (ref. HMS-2026-077).

Debido al elevado número de solicitudes, solo nos pondremos en contacto con las personas preseleccionadas. Puede consultar el estado de su candidatura en el portal en cualquier momento.

Gracias por su interés en trabajar con nosotros.
Departamento de Recursos Humanos
Hospital Marítimo del Sol"""
add(M(
    kind="application_received", name="successfactors_maritimo_recibida",
    company="Hospital Marítimo del Sol", contact="", lang="es", key="maritimo_ack",
    date="2026-06-08 12:41 +0200",
    frm=("Hospital Marítimo del Sol", "hms-empleo@successfactors.eu"),
    subject="Confirmación de candidatura – HMS-2026-077",
    subj_enc=("utf-8", "Q"),
    text=_t, text_cte="base64",
    html=ats_card("Hospital Marítimo del Sol", paras(_t), color="#006d77", lang="es",
                  footer="SAP SuccessFactors"),
    html_cte="base64",
))

# a21 -- Talento Malagueta, registration, system From with consultant Reply-To (es)
_t = """¡Hola, Saoirse!

Gracias por registrarte en Talento Malagueta. Tu perfil ya está activo y hemos recibido tu CV.

Marta Gil, consultora de nuestra oficina de Málaga, revisará tu perfil y te llamará en los próximos días para conocer qué buscas. Si quieres escribirle, basta con responder a este correo.

Equipo Talento Malagueta
Calle Granada 44, 29015 Málaga"""
add(M(
    kind="application_received", name="agencia_registro_malaga", company="Talento Malagueta",
    contact="marta.gil@talentomalagueta.example.es", lang="es", key="talento_reg",
    date="2026-09-22 09:00 +0200",
    frm=("Talento Malagueta", "no-reply@talentomalagueta.example.es"),
    reply_to=("Marta Gil", "marta.gil@talentomalagueta.example.es"),
    subject="Bienvenida a Talento Malagueta",
    text=_t,
    html=ats_card("Talento Malagueta", paras(_t), color="#c05a00", lang="es",
                  footer="Has recibido este correo porque te registraste en talentomalagueta.example.es"),
    html_cte="qp",
))

# ============================================================ offer (10)

# f01 -- Treaty City Software, offer letter after the verbal offer, PDF
add(M(
    kind="offer", name="treaty_offer_letter_pdf", company="Treaty City Software",
    contact="ciaran.walsh@treatycity.example.ie", lang="en", parent="treaty_move",
    date="2026-04-21 17:06 +0100",
    frm=("Ciarán Walsh", "ciaran.walsh@treatycity.example.ie"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Your offer from Treaty City Software",
    text="""Hi Saoirse,

Great speaking to you this afternoon. As promised, here's the written version of what we discussed on the phone.

We're delighted to offer you the position of Office Manager at our Limerick office, reporting to our COO, Niamh Ryan. The headline terms are:

• Salary: €44,000 per annum
• 25 days' annual leave plus public holidays
• Hybrid working after probation (three days in the office)
• Start date: Monday 1 June 2026, or earlier by agreement

The full offer letter is attached. Please sign and return it by Friday 1 May, or give me a shout if you have any questions at all.

Welcome aboard (I hope)!

Ciarán

Ciarán Walsh
Talent Acquisition Lead
Treaty City Software | Riverpoint, Bishop's Quay, Limerick V94 K2D4
+353 61 555 0082
""",
    text_cs="windows-1252", text_cte="qp",
    pdf=[{"filename": "Offer_Letter_Saoirse_Nakamura-Boyle.pdf",
          "title": "Treaty City Software - Letter of Offer",
          "lines": ["Private & Confidential", "Ms Saoirse Nakamura-Boyle",
                    "Dear Saoirse,",
                    "We are pleased to offer you the position of Office Manager on the terms below.",
                    "Salary: EUR 44,000 per annum, paid monthly. Probation: six months.",
                    "Annual leave: 25 days plus public holidays. Start date: 1 June 2026.",
                    "Please sign and return one copy of this letter by 1 May 2026.",
                    "Niamh Ryan, Chief Operating Officer"]}],
))

# f02 -- Fenit Bay Estates, verbal offer follow-up
add(M(
    kind="offer", name="estate_agent_verbal_followup", company="Fenit Bay Estates",
    contact="aoibheann@fenitbay.example.ie", lang="en", parent="fenit_inv",
    date="2026-04-24 18:22 +0100",
    frm=("Aoibheann Stack", "aoibheann@fenitbay.example.ie"),
    subject="Following up on our call",
    text="""Hi Saoirse,

Just putting in writing what I said on the phone earlier: we'd love you to come on board as office manager at Fenit Bay Estates.

The offer is €36,500 a year, Monday to Friday 9 to 5:30 with one Saturday morning a month during the busy season, and 23 days' holidays. I'm hoping you could start on 1 June, but we can be flexible if you need to give the hotel longer notice.

I'll get our accountant to draw up the contract next week. In the meantime, have a think and let me know if you're happy to accept.

Aoibheann

Aoibheann Stack
Principal, Fenit Bay Estates
Denny Street, Tralee | 066 555 3318
""",
))

# f03 -- Curragower: "the client wants to make you an offer"
add(M(
    kind="offer", name="agency_client_wants_to_offer", company="Hartigan & Foley Solicitors",
    contact="karen.daly@curragower-recruit.example.ie", lang="en", parent="shannon_move",
    date="2026-05-19 12:37 +0100",
    frm=("Karen Daly", "karen.daly@curragower-recruit.example.ie"),
    subject="Good news from Hartigan & Foley!",
    text="""Saoirse!

I've just come off the phone with Brian Hartigan, and the client wants to make you an offer for the Office Manager job. They were very taken with how you handled the question about the partners' diaries.

What they're proposing: €41,000 base, 9:00 to 5:30, 22 days' leave rising to 25, and a start date in late June. Their HR will issue the contract once you accept verbally through me.

Can you ring me this afternoon? If you want to negotiate anything, now's the time and I'm happy to do it for you.

Karen

Karen Daly | Principal Consultant
Curragower Recruitment | 3 Thomas Street, Limerick | 061 555 7001
""",
    text_cte="qp",
))

# f04 -- Lakeside Hotels Group, formal offer with PDF, Outlook HTML
_t = """Dear Saoirse,

Further to your interview with Kieran and me on Friday 3 July, I am delighted to offer you the position of Office Manager at Lakeside Hotels Group's head office in Killarney.

Please find attached your letter of offer, which sets out the salary, hours and benefits we discussed, along with our standard terms of employment. I would be grateful if you could sign and return it by Friday 24 July.

We are all really looking forward to working with you, and it will be lovely to have you on the other side of the house!

Best regards,
Gemma Moriarty
HR Manager, Lakeside Hotels Group
Muckross Road, Killarney, Co. Kerry V93 R2X6
+353 64 555 0190"""
add(M(
    kind="offer", name="lakeside_letter_of_offer", company="Lakeside Hotels Group",
    contact="gemma.moriarty@lakesidehotels.example.ie", lang="en", parent="lakeside_rebook",
    date="2026-07-14 15:55 +0100",
    frm=("Gemma Moriarty", "gemma.moriarty@lakesidehotels.example.ie"),
    subject="Offer of employment - Office Manager (Head Office)",
    text=_t,
    html=outlook_html(mso(_t), charset="utf-8"), html_cte="qp",
    pdf=[{"filename": "Letter_of_Offer_Office_Manager.pdf",
          "title": "Lakeside Hotels Group - Letter of Offer",
          "lines": ["Position: Office Manager, Head Office, Killarney",
                    "Salary: EUR 40,500 per annum. Hours: 39 per week, Monday to Friday.",
                    "Benefits: staff rates across the group, pension contribution of 5%.",
                    "Commencement: 17 August 2026, subject to satisfactory references.",
                    "Signed: Gemma Moriarty, HR Manager"]}],
))

# f05 -- Slieve Mish Nature Centre, contract sent for signature
add(M(
    kind="offer", name="wetlands_contract_for_signature", company="Slieve Mish Nature Centre",
    contact="eimear.sheehy@slievemishnature.example.ie", lang="en",
    date="2026-08-12 11:29 +0100",
    frm=("Eimear Sheehy", "eimear.sheehy@slievemishnature.example.ie"),
    subject="Your contract - Visitor Services & Office Manager",
    text="""Hi Saoirse,

Following on from John's call on Monday, please find attached your contract of employment for the Visitor Services & Office Manager post.

Could you read it through, sign page 4, and send a scanned copy back to me by Wednesday 19 August? If anything in it doesn't match what you agreed with John, tell me and we'll correct it before you sign.

We're really pleased you're joining us for the autumn season.

Eimear Sheehy
HR & Finance Administrator
Slieve Mish Nature Centre, Ballyard, Tralee, Co. Kerry
066 555 2871
""",
    pdf=[{"filename": "Contract_of_Employment_SNB.pdf",
          "title": "Contract of Employment",
          "lines": ["Employer: Slieve Mish Nature Centre",
                    "Employee: Saoirse Nakamura-Boyle",
                    "Job title: Visitor Services & Office Manager",
                    "Start date: 7 September 2026. Salary: EUR 38,000 per annum.",
                    "Signature of employee: ______________________   Date: ___________"]}],
))

# f06 -- Nymphenburg Medizintechnik, English offer letter (PDF)
_t = """Dear Saoirse,

Thank you once again for your time in the interview on 16 July and for the follow-up call with Verena last week.

I am very pleased to offer you the position of Office Manager (English-speaking team) at Nymphenburg Medizintechnik, starting on 1 October 2026. Please find our offer letter attached; the employment contract will follow once you have accepted.

The key points are an annual gross salary of EUR 52,000, 30 days' holiday, a public transport ticket and support with relocation costs of up to EUR 3,000.

We would appreciate your answer by 14 August. Feel free to call me with any questions.

Kind regards
Tobias Reindl
Talent Acquisition
Nymphenburg Medizintechnik GmbH | Romanstraße 20 | 80639 München"""
add(M(
    kind="offer", name="munich_medtech_offer_letter", company="Nymphenburg Medizintechnik",
    contact="tobias.reindl@nymphenburg-mt.example.de", lang="en", parent="nymph_move",
    date="2026-08-03 10:12 +0200",
    frm=("Tobias Reindl", "tobias.reindl@nymphenburg-mt.example.de"),
    subject="Offer: Office Manager (English-speaking team)",
    text=_t, text_cte="qp",
    html=outlook_html(mso(_t), charset="utf-8", lang="EN-GB"), html_cte="base64",
    pdf=[{"filename": "Offer_Nakamura-Boyle_Office_Manager.pdf",
          "title": "Nymphenburg Medizintechnik - Offer Letter",
          "lines": ["Position: Office Manager (English-speaking team)", "Start: 1 October 2026",
                    "Annual gross salary: EUR 52,000. Holiday: 30 days.",
                    "Relocation support up to EUR 3,000 against receipts.",
                    "Please confirm your acceptance by 14 August 2026."]}],
))

# f07 -- Alpenlicht Software, Vertragsangebot with PDF (de)
add(M(
    kind="offer", name="alpenlicht_vertragsangebot", company="Alpenlicht Software",
    contact="felix@alpenlicht.example.de", lang="de", parent="alpen_move",
    date="2026-08-06 14:44 +0200",
    frm=("Felix Amberger", "felix@alpenlicht.example.de"),
    subject="Dein Angebot von Alpenlicht 🎉",
    subj_enc=("utf-8", "B"),
    text="""Hallo Saoirse,

wir haben nach unseren Gesprächen keine Sekunde gezögert: Wir möchten dich sehr gern als Office Manager:in bei Alpenlicht an Bord holen!

Im Anhang findest du unser Vertragsangebot. Die wichtigsten Eckdaten:
- 48.000 € brutto im Jahr
- 30 Urlaubstage, Deutschlandticket, zwei Homeoffice-Tage pro Woche
- Start zum 1. Oktober 2026 (früher gern, wenn es für dich passt)

Lies dir alles in Ruhe durch. Wenn du Fragen hast oder über etwas sprechen möchtest, ruf mich einfach an. Wir würden uns über eine Zusage bis zum 20. August sehr freuen.

Viele Grüße
Felix
Head of People, Alpenlicht Software
+49 89 5558 1020
""",
    pdf=[{"filename": "Vertragsangebot_Alpenlicht_Nakamura-Boyle.pdf",
          "title": "Alpenlicht Software - Vertragsangebot",
          "lines": ["Position: Office Manager:in (Vollzeit, 40 Stunden)",
                    "Bruttojahresgehalt: 48.000 EUR, zahlbar in 12 Monatsgehältern",
                    "Urlaub: 30 Arbeitstage. Beginn: 1. Oktober 2026. Probezeit: 6 Monate.",
                    "Bitte unterschreiben Sie beide Exemplare und senden Sie eines zurück."]}],
))

# f08 -- Huber: the client wants to make an offer (de)
add(M(
    kind="offer", name="personalberatung_angebot_kunde", company="Praxisklinik Isarauen",
    contact="m.huber@huber-personal.example.de", lang="de", parent="huber_cancel",
    date="2026-09-09 11:37 +0200",
    frm=("Markus Huber", "m.huber@huber-personal.example.de"),
    subject="Die Klinik möchte Ihnen ein Angebot machen",
    subj_enc=("iso-8859-1", "Q"),
    text="""Hallo Frau Nakamura-Boyle,

ich freue mich sehr: Die Praxisklinik Isarauen möchte Ihnen die Stelle als Office Managerin der Privatstation anbieten!

Frau Dr. Kessler nannte mir folgende Eckpunkte: Vergütung nach Haustarif, umgerechnet rund 50.000 Euro brutto jährlich, 30 Tage Urlaub, Beginn zum 1. November. Die Klinik unterstützt Sie außerdem bei der Wohnungssuche über eine Partneragentur.

Der schriftliche Vertrag kommt direkt von der Personalabteilung der Klinik, sobald Sie mir Ihre grundsätzliche Zusage geben. Wann passt Ihnen ein kurzes Telefonat?

Herzliche Grüße
Markus Huber
Personalberatung Huber | Leopoldstraße 31 | 80802 München
+49 89 5551 4400
""",
    text_cs="iso-8859-1", text_cte="qp",
))

# f09 -- Clinique Saint-Seurin, promesse d'embauche (fr), PDF with a non-ASCII file name
add(M(
    kind="offer", name="clinique_promesse_embauche", company="Clinique Saint-Seurin",
    contact="n.brunet@clinique-saintseurin.example.fr", lang="fr", parent="seurin_thanks",
    date="2026-06-16 17:20 +0200",
    frm=("Nathalie Brunet", "n.brunet@clinique-saintseurin.example.fr"),
    subject="Promesse d'embauche – assistante de direction",
    subj_enc=("utf-8", "Q"),
    text="""Madame,

Suite à nos échanges et à votre entretien du 4 juin, j'ai le plaisir de vous confirmer notre souhait de vous engager au poste d'assistante de direction / office manager de la Clinique Saint-Seurin.

Vous trouverez ci-joint votre promesse d'embauche précisant les conditions : contrat à durée indéterminée, statut agent de maîtrise, rémunération annuelle brute de 31 000 €, prise de poste le 1er septembre 2026.

Je vous remercie de nous retourner ce document signé avant le 30 juin. Je reste à votre disposition pour toute question.

Bien cordialement,

Nathalie Brunet
Directrice des ressources humaines
Clinique Saint-Seurin – 12, rue Judaïque – 33000 Bordeaux
""",
    text_cs="windows-1252", text_cte="qp",
    pdf=[{"filename": "Promesse d’embauche – S. Nakamura-Boyle.pdf",
          "title": "Clinique Saint-Seurin – Promesse d’embauche",
          "lines": ["Poste : assistante de direction / office manager",
                    "Contrat : CDI, statut agent de maîtrise",
                    "Rémunération annuelle brute : 31 000 €",
                    "Date de prise de poste : 1er septembre 2026",
                    "Bon pour accord, signature : ______________________"]}],
))

# f10 -- Costa Sol Excursiones, oferta (es)
add(M(
    kind="offer", name="excursiones_oferta", company="Costa Sol Excursiones",
    contact="lucia.moreno@costasol-excursiones.example.es", lang="es", parent="costasol_move",
    date="2026-05-05 13:02 +0200",
    frm=("Lucía Moreno", "lucia.moreno@costasol-excursiones.example.es"),
    subject="¡Queremos que te unas a Costa Sol Excursiones!",
    subj_enc=("utf-8", "B"),
    text="""Hola Saoirse:

Después de la entrevista del miércoles 22 y de hablar con tus referencias, tenemos el placer de ofrecerte el puesto de Office Manager en nuestra oficina del Muelle Uno.

Condiciones principales:
- Contrato indefinido a jornada completa
- Salario bruto anual: 28.500 €
- 23 días laborables de vacaciones
- Incorporación: 1 de junio de 2026

Te adjunto la carta de oferta con todos los detalles. Si estás de acuerdo, fírmala y envíanosla antes del 12 de mayo.

¡Ojalá nos digas que sí!

Lucía Moreno
Responsable de Personas
Costa Sol Excursiones · Muelle Uno, local 14 · 29016 Málaga
""",
    html=plain_html(paras("""Hola Saoirse:

Después de la entrevista del miércoles 22 y de hablar con tus referencias, tenemos el placer de ofrecerte el puesto de Office Manager en nuestra oficina del Muelle Uno.

Condiciones principales:
- Contrato indefinido a jornada completa
- Salario bruto anual: 28.500 €
- 23 días laborables de vacaciones
- Incorporación: 1 de junio de 2026

Te adjunto la carta de oferta con todos los detalles. Si estás de acuerdo, fírmala y envíanosla antes del 12 de mayo.

¡Ojalá nos digas que sí!

Lucía Moreno
Responsable de Personas
Costa Sol Excursiones · Muelle Uno, local 14 · 29016 Málaga"""), lang="es"),
    html_cte="qp",
    pdf=[{"filename": "Carta_oferta_Office_Manager.pdf",
          "title": "Costa Sol Excursiones - Carta de oferta",
          "lines": ["Puesto: Office Manager", "Contrato: indefinido, jornada completa",
                    "Salario bruto anual: 28.500 EUR", "Incorporación: 1 de junio de 2026",
                    "Firma de la candidata: ______________________"]}],
))
