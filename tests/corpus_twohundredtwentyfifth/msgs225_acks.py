"""Corpus 225: application acknowledgements (21) and offers (10), each written by hand."""

from __future__ import annotations

from msgs225_common import (
    CAND,
    DISCLAIMER,
    WELSH_FOOTER,
    alt_card,
    alt_outlook,
    ats_card,
    pdf,
    plain,
    reply,
    simple_html,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)


# ================================================================ application_received, en

add(kind="application_received", slug="taffvale_workday_ack", lang="en",
    company="Taff Vale County Council", contact="",
    frm=("Taff Vale County Council", "taffvale@myworkday.com"), ats=True,
    subject="Application received: GIS Technician (Grade 5) - TVC-GIS-014",
    date="2026-01-12 21:47", key="tv_ack",
    headers=[("Auto-Submitted", "auto-generated")],
    **alt_card("Taff Vale County Council / Cyngor Sir Bro Taf", "#14532d",
               "Thank you for applying / Diolch am wneud cais", [
                   "Dear Ewan,",
                   "We have received your application for GIS Technician (Grade 5), "
                   "reference TVC-GIS-014.",
                   "The closing date for this vacancy is 25 January 2026. Shortlisting will "
                   "take place in the following week and you can follow the progress of your "
                   "application in your candidate account.",
                   "Kind regards,\nPeople Services, Taff Vale County Council",
               ], ["This is an automated message; replies to this address are not read.",
                   WELSH_FOOTER],
               button=("View my applications",
                       "https://taffvale.wd3.myworkday.com/taffvale/d/home.htmld")))

add(kind="application_received", slug="afonwater_cannot_reply_individually", lang="en",
    company="Afon Water", contact="",
    frm=("Afon Water Careers", "afonwater@successfactors.eu"), ats=True,
    subject="We have your application - GIS Data Technician (AW-3307)",
    date="2026-01-20 12:03", key="afon_ack",
    text=plain([
        "Dear Ewan Castillo-Faure,",
        "Thank you for applying for the role of GIS Data Technician at Afon Water. This "
        "email confirms that your application has been submitted successfully.",
        "Our resourcing team will review all applications after the closing date of "
        "8 February 2026. Unfortunately we cannot reply to every applicant individually "
        "because of the volume we receive; if you are shortlisted, we will contact you by "
        "email.",
        "You can log in to the careers portal at any time to check your application status.",
        "Afon Water Resourcing",
        "---\nThis mailbox is not monitored. Afon Water, Heol Glan yr Afon, Cardiff CF10 4RN.",
    ]))

add(kind="application_received", slug="seren_greenhouse_ack", lang="en",
    company="Seren Geospatial", contact="",
    frm=("Seren Geospatial", "no-reply@greenhouse-mail.io"), ats=True,
    subject="Thank you for applying to Seren Geospatial",
    date="2026-04-02 19:12", key="seren_ack",
    text="Hi Ewan,\n\nThanks for your interest in Seren Geospatial! We've received your "
         "application for the GIS Technician position and our team is reviewing it.\n\n"
         "If your experience is a good fit, someone from the team will reach out about next "
         "steps.\n\nRegards,\nSeren Geospatial Talent Team\n\n--\nPlease do not reply to "
         "this email; this mailbox is not monitored.\n")

add(kind="application_received", slug="tawe_lever_ack", lang="en",
    company="Tawe Environmental", contact="",
    frm=("Tawe Environmental", "no-reply@hire.lever.co"), ats=True,
    subject="Thanks for applying to Tawe Environmental!",
    date="2026-01-27 08:16", key="tawe_ack",
    **alt_card("Tawe Environmental", "#1d4ed8", "Application received", [
        "Hi Ewan,",
        "Thank you for applying for Junior GIS & Data Technician. Your application is now "
        "with our hiring team in Swansea.",
        "We read every application ourselves, so please allow us two to three weeks to come "
        "back to you.",
        "The Tawe Environmental team",
    ], ["Tawe Environmental · Kings Road · Swansea SA1 8PH", "Powered by Lever"]))

add(kind="application_received", slug="kingsweston_icims_html_b64", lang="en",
    company="Kingsweston Energy Networks", contact="",
    frm=("Kingsweston Energy Networks", "kingsweston-noreply@icims.com"), ats=True,
    subject="Kingsweston Energy Networks - Application Confirmation (Req 2026-1187)",
    date="2026-06-01 06:52", key="kw_ack", html_cte="base64",
    html=ats_card("Kingsweston Energy Networks", "#ea580c", "Application confirmation", [
        "Dear Ewan,",
        "Thank you for submitting your application for GIS Asset Data Technician "
        "(Requisition 2026-1187). We confirm that it was received on 1 June 2026.",
        "A member of our talent acquisition team will review your details. Please keep your "
        "contact information up to date in your candidate profile.",
        "Kingsweston Energy Networks Talent Acquisition",
    ], ["Please do not reply to this message.", "Powered by iCIMS"],
        button=("Candidate profile", "https://careers-kingsweston.icims.com/jobs/login")))

add(kind="application_received", slug="sulis_bamboohr_ack", lang="en",
    company="Sulis Heritage Surveys", contact="",
    frm=("Sulis Heritage Surveys", "notifications@app.bamboohr.com"), ats=True,
    subject="Thanks for your application to Sulis Heritage Surveys",
    date="2026-06-03 14:29", key="sulis_ack",
    **alt_card("Sulis Heritage Surveys", "#78350f", "We've got it!", [
        "Hello Ewan,",
        "This is a quick note to let you know your application for Survey & GIS Technician "
        "reached us safely.",
        "We're a team of nine, so Tamsin reads every application personally – please give "
        "her a week or two.",
        "Sulis Heritage Surveys",
    ], ["7 Queen Square, Bath BA1 2HE", "Sent by BambooHR"]))

add(kind="application_received", slug="bathmendip_taleo_shortlisted_only", lang="en",
    company="Bath & Mendip Council", contact="",
    frm=("Bath & Mendip Council Careers", "bathmendip@taleo.net"), ats=True,
    subject="Bath & Mendip Council - application submitted (BMC-0417)",
    date="2026-02-16 22:31", key="bm_ack",
    charset="windows-1252", cte="base64",
    text=plain([
        "Dear Ewan Castillo-Faure,",
        "Thank you for your application for the post of GIS Technician (BMC-0417), salary "
        "£26,409 – £28,163.",
        "Your application has been submitted and will be considered by the shortlisting "
        "panel after the closing date on 1 March.",
        "Unfortunately, we are not able to respond to each applicant individually. Only "
        "shortlisted candidates will be contacted, normally within three weeks of the "
        "closing date.",
        "Recruitment Team\nBath & Mendip Council",
        "Please do not reply to this e-mail – this address is not monitored.",
    ]))

add(kind="application_received", slug="cotswold_workable_ack", lang="en",
    company="Cotswold Geodata", contact="",
    frm=("Cotswold Geodata", "noreply@workablemail.com"), ats=True,
    subject="Your application for GIS Technician at Cotswold Geodata",
    date="2026-08-03 10:58", key="cg_ack",
    **alt_card("Cotswold Geodata", "#65a30d", "Application received", [
        "Hi Ewan,",
        "Thanks for applying for GIS Technician at Cotswold Geodata. We've received your "
        "resume and answers and will review them shortly.",
        "Cotswold Geodata Hiring Team",
    ], ["Cotswold Geodata · Kings Square · Gloucester GL1 1RX", "Sent with Workable"]))

add(kind="application_received", slug="forestdean_teamtailor_ack", lang="en",
    company="Forest of Dean Environmental", contact="",
    frm=("Forest of Dean Environmental", "no-reply@teamtailor-mail.com"), ats=True,
    subject="We received your application: Mapping Assistant",
    date="2026-04-22 17:40", key="fod_ack",
    **alt_card("Forest of Dean Environmental", "#166534", "Application received", [
        "Hi Ewan,",
        "Thanks for applying for the Mapping Assistant role in Gloucester. We've got your CV "
        "and cover letter.",
        "We close applications on 8 May and aim to let everyone know the outcome by the end "
        "of May.",
        "Forest of Dean Environmental",
    ], ["The Old Tannery, Gloucester GL1 2EH", "Sent with Teamtailor"]))

add(kind="application_received", slug="bluefield_registration_confirmed", lang="en",
    company="Bluefield Recruitment", contact="owain.pritchard@bluefield-rec.example.co.uk",
    frm=("Bluefield Recruitment", "registrations@bluefield-rec.example.co.uk"),
    reply_to=("Owain Pritchard", "owain.pritchard@bluefield-rec.example.co.uk"),
    subject="Welcome to Bluefield - your registration is complete",
    date="2026-01-08 15:02",
    **alt_outlook([
        "Hi Ewan,",
        "Thanks for registering with Bluefield Recruitment and for your time on the phone "
        "yesterday. Your CV and right-to-work documents are now on our system, and I'll be "
        "your consultant for GIS, CAD and survey technician roles across South Wales and the "
        "South West.",
        "I'll only send you roles we've discussed, and I'll never submit your CV to an "
        "employer without your say-so.",
        "Any questions, just reply to this email.",
    ], ["Owain Pritchard", "Senior Consultant – Engineering & Geospatial",
        "Bluefield Recruitment", "Churchill Way, Cardiff CF10 2HE", "M: 07700 900871"],
        disclaimer=DISCLAIMER["en"]))

add(kind="application_received", slug="uskvalley_recruitee_ack", lang="en",
    company="Usk Valley Surveys", contact="",
    frm=("Usk Valley Surveys", "noreply@jobs.recruitee.com"), ats=True,
    subject="Application received - Survey CAD/GIS Technician",
    date="2026-02-23 20:14", key="usk_ack",
    text="Dear Ewan,\n\nWe confirm receipt of your application for the Survey CAD/GIS "
         "Technician vacancy at Usk Valley Surveys. We will be in touch once the partners "
         "have reviewed all applications.\n\nKind regards,\nUsk Valley Surveys\n\nThis "
         "message was sent automatically by Recruitee.\n")

add(kind="application_received", slug="gowerecology_got_your_cv", lang="en",
    company="Gower Ecology", contact="nia.vaughan@gowerecology.example.co.uk",
    frm=("Nia Vaughan", "nia.vaughan@gowerecology.example.co.uk"),
    subject="Re: Ecology GIS Assistant - application",
    date="2026-02-04 13:11", key="gower_ack",
    text=reply(
        "Hi Ewan,\n\nThanks - your CV and covering letter have arrived safely. The advert "
        "closes on the 20th and we'll look at everything the following week.\n\nNia",
        "en", "2026-02-03 22:47", CAND[0], CAND[1],
        "Dear Ms Vaughan,\n\nPlease find attached my CV and covering letter for the Ecology "
        "GIS Assistant post.\n\nKind regards,\nEwan Castillo-Faure"))

# ================================================================ application_received, fr

add(kind="application_received", slug="armor_teamtailor_accuse", lang="fr",
    company="Géomatique Armor", contact="",
    frm=("Géomatique Armor", "no-reply@teamtailor-mail.com"), ats=True,
    subject="Nous avons bien reçu votre candidature – Technicien SIG (H/F)",
    date="2026-02-09 07:55", key="ga_ack",
    **alt_card("Géomatique Armor", "#b45309", "Candidature reçue", [
        "Bonjour Ewan,",
        "Merci pour votre candidature au poste de technicien SIG (H/F) basé à Rennes. Elle a "
        "bien été transmise à notre équipe.",
        "Nous étudions chaque dossier avec attention et reviendrons vers vous sous trois "
        "semaines environ.",
        "L'équipe Géomatique Armor",
    ], ["Géomatique Armor – 22 rue de Saint-Malo, 35000 Rennes", "Envoyé avec Teamtailor"],
        lang="fr"))

add(kind="application_received", slug="breizhenv_bien_recu_latin1", lang="fr",
    company="Breizh Environnement Conseil", contact="yann.kerleau@breizhenv.example.fr",
    frm=("Yann Kerleau", "yann.kerleau@breizhenv.example.fr"),
    subject="Re: Candidature assistant cartographe",
    date="2026-07-01 12:18", key="be_ack", charset="iso-8859-1", cte="8bit",
    text="Bonjour,\n\nBien reçu votre dossier, merci. Nous clôturons les candidatures le "
         "10 juillet et je reviendrai vers chacun ensuite.\n\nCordialement,\nYann Kerleau\n"
         "Breizh Environnement Conseil\n")

add(kind="application_received", slug="avenirrh_inscription_agence", lang="fr",
    company="Avenir Tech RH", contact="lea.morvan@avenir-tech-rh.example.fr",
    frm=("Léa Morvan", "lea.morvan@avenir-tech-rh.example.fr"),
    subject="Votre inscription chez Avenir Tech RH",
    subj_enc="utf-8/B", date="2026-01-15 16:40",
    html=simple_html([
        "Bonjour Ewan,",
        "Je vous confirme votre inscription dans notre vivier de candidats. Votre CV en "
        "anglais et en français est bien enregistré, ainsi que vos souhaits : technicien SIG "
        "ou cartographe, Rennes et alentours, démarrage possible à l'automne.",
        "Je vous contacterai dès qu'une mission correspondra à votre profil.",
        "Léa Morvan\nConsultante recrutement – Avenir Tech RH\n02 99 00 63 40",
    ], lang="fr"))

# ================================================================ application_received, de

add(kind="application_received", slug="leinekarten_personio_eingang", lang="de",
    company="Leinekarten", contact="",
    frm=("Leinekarten GmbH", "noreply@personio.de"), ats=True,
    subject="Deine Bewerbung bei Leinekarten",
    date="2026-04-10 18:26", key="lk_ack",
    **alt_card("Leinekarten", "#a21caf", "Danke für deine Bewerbung!", [
        "Hallo Ewan,",
        "wir haben deine Bewerbung als GIS-Techniker (m/w/d) erhalten und freuen uns über "
        "dein Interesse.",
        "Unser Team schaut sich deine Unterlagen in den nächsten Tagen an. Du hörst in jedem "
        "Fall von uns.",
        "Beste Grüße\ndein Leinekarten-Team",
    ], ["Leinekarten GmbH · Limmerstraße 61 · 30451 Hannover", "Versendet über Personio"],
        lang="de"))

add(kind="application_received", slug="leinetal_softgarden_eingang", lang="de",
    company="Stadtwerke Leinetal", contact="",
    frm=("Stadtwerke Leinetal", "no-reply@softgarden.io"), ats=True,
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-03-02 09:44", key="slt_ack", cte="quoted-printable",
    text=plain([
        "Sehr geehrter Herr Castillo-Faure,",
        "herzlichen Dank für Ihre Bewerbung als GIS-Techniker (m/w/d) Netzdokumentation. "
        "Hiermit bestätigen wir den Eingang Ihrer Unterlagen.",
        "Wir prüfen Ihre Bewerbung sorgfältig und melden uns nach Abschluss der Sichtung "
        "bei Ihnen.",
        "Mit freundlichen Grüßen\nIhr Personalteam der Stadtwerke Leinetal",
        "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.",
    ]))

add(kind="application_received", slug="calenberg_successfactors_eingang", lang="de",
    company="Region Calenberg", contact="",
    frm=("Region Calenberg", "regioncalenberg@successfactors.eu"), ats=True,
    subject="Bewerbung Kennziffer 2026/GIS/07 – Eingangsbestätigung",
    date="2026-07-14 10:02", key="rc_ack",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    **alt_card("Region Calenberg", "#991b1b", "Eingangsbestätigung", [
        "Sehr geehrter Herr Castillo-Faure,",
        "Ihre Bewerbung auf die Stelle Sachbearbeitung Geodatenmanagement (Kennziffer "
        "2026/GIS/07) ist bei uns eingegangen.",
        "Die Bewerbungsfrist endet am 31. Juli 2026. Bitte sehen Sie von Nachfragen zum "
        "Stand des Verfahrens ab; wir informieren Sie schriftlich.",
        "Region Calenberg – Team Personalgewinnung",
    ], ["Region Calenberg · Hildesheimer Str. 18 · 30169 Hannover"], lang="de"))

# ================================================================ application_received, es

add(kind="application_received", slug="nervion_smartrecruiters_acuse", lang="es",
    company="Cartografía Nervión", contact="",
    frm=("Cartografía Nervión", "no-reply@smartrecruiters.com"), ats=True,
    name_enc="iso-8859-1/Q",
    subject="Hemos recibido tu candidatura – Técnico/a SIG",
    date="2026-05-04 11:37", key="cn_ack",
    **alt_card("Cartografía Nervión", "#c2410c", "¡Gracias por tu candidatura!", [
        "Hola Ewan:",
        "Hemos recibido correctamente tu candidatura para el puesto de Técnico/a SIG en "
        "Bilbao.",
        "Nuestro equipo la revisará en los próximos días y te contactaremos si tu perfil "
        "encaja con lo que buscamos.",
        "Equipo de Personas de Cartografía Nervión",
    ], ["Cartografía Nervión · Ribera de Deusto 70 · 48014 Bilbao",
        "Enviado a través de SmartRecruiters"], lang="es"))

add(kind="application_received", slug="urbide_cv_recibido", lang="es",
    company="Urbide Ingeniería", contact="olatz.zabala@urbide.example.es",
    frm=("Olatz Zabala", "olatz.zabala@urbide.example.es"),
    subject="CV recibido",
    date="2026-03-18 09:14",
    text=plain([
        "Hola Ewan:",
        "Te confirmo que hemos recibido tu CV para el puesto de delineante-técnico SIG. Lo "
        "hemos pasado al responsable del área de infraestructuras, que lo revisará con calma "
        "después de Semana Santa.",
        "Gracias por pensar en Urbide.",
        "Olatz Zabala\nAdministración y Personas\nUrbide Ingeniería\n"
        "Colón de Larreátegui 26, 48001 Bilbao",
    ]))

add(kind="application_received", slug="riageodatos_no_respondemos_individual", lang="es",
    company="Ría Geodatos", contact="",
    frm=("Ría Geodatos", "ria-geodatos@jobs.recruitee.com"), ats=True,
    subject="Confirmación de tu candidatura: Técnico/a GIS junior",
    subj_enc="iso-8859-1/Q", date="2026-04-20 16:03", key="rg_ack",
    charset="iso-8859-1", cte="quoted-printable",
    text=plain([
        "Hola Ewan:",
        "Gracias por enviarnos tu candidatura para el puesto de Técnico/a GIS junior. La "
        "hemos recibido correctamente.",
        "Lamentablemente, debido al gran número de candidaturas, no podemos responder "
        "individualmente a cada persona. Si tu perfil avanza en el proceso, nos pondremos en "
        "contacto contigo en un plazo de tres semanas.",
        "Un saludo,\nEl equipo de Ría Geodatos",
        "Este mensaje se ha generado automáticamente.",
    ]))

# ================================================================ offers

TV = ("Catrin Morgan", "catrin.morgan@taffvale.example.gov.uk")

add(kind="offer", slug="taffvale_formal_offer_pdf", lang="en",
    company="Taff Vale County Council", contact=TV[1],
    frm=TV, subject="Conditional offer of employment – GIS Technician (TVC-GIS-014)",
    date="2026-02-24 10:05", key="tv_offer", parent="tv_moved",
    attach=[pdf("TVC-GIS-014_offer_letter.pdf", [
        "Taff Vale County Council - People Services",
        "24 February 2026",
        "Dear Mr Castillo-Faure",
        "Conditional offer of employment: GIS Technician (Grade 5), TVC-GIS-014",
        "Salary: GBP 27,269 per annum, rising by annual increments to GBP 29,093",
        "Hours: 37 per week, hybrid (County Hall and home)",
        "This offer is subject to satisfactory references and a basic DBS check.",
        "Please sign and return the acceptance slip by 6 March 2026.",
        "Catrin Morgan, HR Officer - Recruitment",
    ])],
    **alt_outlook([
        "Dear Ewan,",
        "I am delighted to confirm that, following your interview on 13 February, the panel "
        "would like to offer you the post of GIS Technician (Grade 5).",
        "Your formal offer letter is attached. The offer is conditional on two satisfactory "
        "references and a basic DBS check; I will send the forms separately.",
        "Please let me know by 6 March whether you wish to accept, and if so which start "
        "date you would propose given your notice period.",
        "Llongyfarchiadau – congratulations!",
    ], ["Catrin Morgan", "HR Officer – Recruitment", "Taff Vale County Council",
        "029 2087 2204"], disclaimer=WELSH_FOOTER))

add(kind="offer", slug="glamsurvey_verbal_offer_followup", lang="en",
    company="Glamorgan Survey Partners", contact="huw.bevan@glamsurvey.example.co.uk",
    frm=("Huw Bevan", "huw.bevan@glamsurvey.example.co.uk"),
    subject="Following up our call - offer",
    date="2026-03-20 16:44", key="gsp_offer", parent="gsp_moved",
    text=plain([
        "Ewan,",
        "Good to speak this afternoon. As promised, here's what I said on the phone in "
        "writing so you've got it in black and white:",
        "- Role: Survey & GIS Technician\n- Salary: £25,500, reviewed after six months\n"
        "- Hours: 8:00-16:30 Mon-Fri, some early site starts\n- Van and PPE provided\n"
        "- Start: whenever your notice with Royal Mail allows",
        "I'll get the contract drafted by our accountant next week. Have a think over the "
        "weekend and give me a bell.",
        "Huw",
    ]))

add(kind="offer", slug="sulis_contract_for_signature", lang="en",
    company="Sulis Heritage Surveys", contact="tamsin.hale@sulisheritage.example.co.uk",
    frm=("Tamsin Hale", "tamsin.hale@sulisheritage.example.co.uk"),
    subject="Your contract - Survey & GIS Technician",
    date="2026-07-08 11:30", key="sulis_offer", parent="sulis_moved",
    attach=[pdf("Sulis_contract_E_Castillo-Faure.pdf", [
        "Sulis Heritage Surveys - Statement of main terms of employment",
        "Employee: Ewan Castillo-Faure",
        "Job title: Survey & GIS Technician",
        "Start date: 3 August 2026",
        "Salary: GBP 26,000 per annum",
        "Place of work: 7 Queen Square, Bath, and client sites",
        "Signed for the employer: Tamsin Hale, Managing Director",
        "Signed by the employee: ______________________",
    ])],
    text=plain([
        "Dear Ewan,",
        "It was a pleasure to have you with us on the 2nd – the whole team was impressed. "
        "As discussed on the phone, we'd love you to join Sulis.",
        "Please find your contract attached. If you're happy with it, sign page one and "
        "send a scan back to me; a photo from your phone is fine.",
        "Tamsin",
        "Tamsin Hale\nManaging Director\nSulis Heritage Surveys\n01225 960 314",
    ]))

add(kind="offer", slug="cotswold_offer_html", lang="en",
    company="Cotswold Geodata", contact="harriet.webb@cotswoldgeodata.example.co.uk",
    frm=("Harriet Webb", "harriet.webb@cotswoldgeodata.example.co.uk"),
    subject="Offer: GIS Technician at Cotswold Geodata",
    date="2026-09-02 15:12", key="cg_offer", parent="cg_moved",
    text=plain([
        "Hi Ewan,",
        "Thank you for taking the time to talk to us last month. I'm very pleased to offer "
        "you the position of GIS Technician at Cotswold Geodata.",
        "Salary £27,000 per year, 25 days' holiday plus bank holidays, two days a week in the "
        "Gloucester office. We'd like you to start on 5 October if possible.",
        "Please confirm by reply that you accept, and we'll send the written contract.",
        "Best,\nHarriet Webb\nData Services Manager",
    ]),
    html=simple_html([
        "Hi Ewan,",
        "Thank you for taking the time to talk to us last month. I'm very pleased to offer "
        "you the position of GIS Technician at Cotswold Geodata.",
        "Salary £27,000 per year, 25 days' holiday plus bank holidays, two days a week in the "
        "Gloucester office. We'd like you to start on 5 October if possible.",
        "Please confirm by reply that you accept, and we'll send the written contract.",
        "Best,\nHarriet Webb\nData Services Manager",
    ]), html_cte="base64")

add(kind="offer", slug="bluefield_client_wants_offer", lang="en",
    company="Penarth Marine Surveys", contact="owain.pritchard@bluefield-rec.example.co.uk",
    frm=("Owain Pritchard", "owain.pritchard@bluefield-rec.example.co.uk"),
    subject="Penarth Marine Surveys - they want you!",
    date="2026-09-08 12:03", key="bf_offer", parent="bf_moved", cte="quoted-printable",
    text=plain([
        "Ewan!",
        "I've just had Alun on the phone: the client wants to make you an offer for the "
        "Hydrographic GIS Technician role. £28,000, Monday to Friday with the odd early tide, "
        "and they'll put you through the Level 1 hydrographic survey course in your first "
        "year.",
        "The written offer will come from their HR, but I wanted you to hear it from me "
        "first. Call me when you get this and we'll talk through start dates.",
        "Da iawn ti!\nOwain\nBluefield Recruitment | 07700 900871",
    ]))

add(kind="offer", slug="kenfig_formal_cp1252_pdf", lang="en",
    company="Kenfig Environmental", contact="ceri.hopkins@kenfigenv.example.co.uk",
    frm=("Ceri Hopkins", "ceri.hopkins@kenfigenv.example.co.uk"),
    subject="Offer of employment – Graduate GIS Technician",
    date="2026-07-20 09:40", parent="kenfig_own_app",
    charset="windows-1252", cte="quoted-printable",
    attach=[pdf("Kenfig_offer_letter.pdf", [
        "Kenfig Environmental - Offer of employment",
        "Position: GIS Technician (entry level)",
        "Salary: GBP 24,800 per annum",
        "Location: Bridgend office, with fieldwork on the Kenfig dunes",
        "Probation: six months",
        "Please countersign and return by 31 July 2026.",
    ])],
    text=plain([
        "Dear Ewan,",
        "Further to your interview on 14 July, I’m pleased to offer you the position of GIS "
        "Technician with Kenfig Environmental, at a starting salary of £24,800.",
        "The attached letter sets out the terms – please read it carefully and countersign "
        "if you’re happy. We’d hope for a start date in early September.",
        "Yours sincerely,\nCeri Hopkins\nOffice Manager\nKenfig Environmental\n"
        "Nottage Court, Bridgend CF33 4NB – 01656 960 440",
        DISCLAIMER["en"],
    ]))

add(kind="offer", slug="armor_promesse_embauche_pdf", lang="fr",
    company="Géomatique Armor", contact="anne.lebihan@geomatique-armor.example.fr",
    frm=("Anne Le Bihan", "anne.lebihan@geomatique-armor.example.fr"),
    subject="Proposition d'embauche – Technicien SIG",
    date="2026-03-30 17:10", key="ga_offer", parent="ga_moved",
    attach=[pdf("Promesse_embauche_Castillo-Faure.pdf", [
        "Geomatique Armor - Promesse d'embauche",
        "M. Ewan Castillo-Faure",
        "Poste : technicien SIG, CDI, statut ETAM",
        "Remuneration : 27 500 EUR bruts annuels sur 12 mois",
        "Lieu : 22 rue de Saint-Malo, Rennes",
        "Date d'entree souhaitee : 1er juin 2026",
        "Reponse souhaitee avant le 10 avril 2026",
    ])],
    **alt_outlook([
        "Bonjour Ewan,",
        "Suite à nos échanges du 9 mars et à votre journée avec l'équipe, j'ai le plaisir "
        "de vous proposer le poste de technicien SIG en CDI au sein de Géomatique Armor.",
        "Vous trouverez en pièce jointe notre promesse d'embauche détaillant la "
        "rémunération, le statut et la date d'entrée envisagée. Nous pouvons vous aider dans "
        "vos démarches d'installation à Rennes.",
        "Merci de nous faire part de votre réponse avant le 10 avril.",
        "Bien cordialement,",
    ], ["Anne Le Bihan", "Chargée RH", "Géomatique Armor", "22 rue de Saint-Malo, 35000 Rennes"],
        lang="fr", disclaimer=DISCLAIMER["fr"]))

add(kind="offer", slug="leinekarten_vertragsangebot_pdf", lang="de",
    company="Leinekarten", contact="katrin.vogt@leinekarten.example.de",
    frm=("Katrin Vogt", "katrin.vogt@leinekarten.example.de"),
    subject="Dein Vertragsangebot von Leinekarten",
    date="2026-05-18 13:33", key="lk_offer", parent="lk_moved", cte="quoted-printable",
    attach=[pdf("Leinekarten_Vertragsangebot.pdf", [
        "Leinekarten GmbH - Arbeitsvertrag (Entwurf)",
        "Arbeitnehmer: Ewan Castillo-Faure",
        "Position: GIS-Techniker (m/w/d)",
        "Beginn: 1. August 2026",
        "Bruttojahresgehalt: 41.000 EUR",
        "Arbeitszeit: 39 Stunden pro Woche, mobiles Arbeiten an 2 Tagen",
        "Bitte unterschrieben zurueck bis 1. Juni 2026",
    ])],
    text=plain([
        "Hallo Ewan,",
        "wir haben gute Nachrichten: Nach deinem Gespräch mit Malte und dem Team möchten wir "
        "dich sehr gern als GIS-Techniker bei Leinekarten einstellen!",
        "Im Anhang findest du unser Vertragsangebot mit allen Konditionen. Wenn alles passt, "
        "unterschreib bitte beide Seiten und schick uns einen Scan bis zum 1. Juni.",
        "Bei der Wohnungssuche in Hannover und dem Deutschkurs unterstützen wir dich gern.",
        "Herzliche Grüße\nKatrin Vogt\nPeople & Culture · Leinekarten\nTel. 0511 700 5562",
    ]))

add(kind="offer", slug="nervion_oferta_b64", lang="es",
    company="Cartografía Nervión", contact="nerea.arrieta@cartonervion.example.es",
    frm=("Nerea Arrieta", "nerea.arrieta@cartonervion.example.es"),
    subject="Oferta de trabajo – Técnico SIG en Cartografía Nervión",
    subj_enc="utf-8/B", date="2026-06-04 12:26", key="cn_offer", parent="cn_moved",
    cte="base64",
    text=plain([
        "Hola Ewan:",
        "¡Enhorabuena! Después de la entrevista con Xabier y de revisar tu prueba técnica, "
        "queremos ofrecerte el puesto de Técnico SIG en Cartografía Nervión.",
        "Condiciones: contrato indefinido, 26.500 € brutos anuales en 14 pagas, jornada "
        "intensiva en verano y dos días de teletrabajo a la semana. Incorporación a partir "
        "del 1 de septiembre.",
        "Si te parece bien, te enviamos el contrato para firmarlo electrónicamente. Quedo "
        "pendiente de tu respuesta.",
        "Un saludo,\nNerea Arrieta\nRecursos Humanos · Cartografía Nervión\n944 00 33 18",
    ]))

add(kind="offer", slug="ekolur_oferta_con_agencia_cc", lang="es",
    company="Ekolur Consultoría Ambiental", contact="maite.ibarra@ekolur.example.es",
    frm=("Maite Ibarra", "maite.ibarra@ekolur.example.es"),
    cc=[("Amaia Goikoetxea", "amaia.goikoetxea@talentonorte.example.es")],
    subject="Propuesta de incorporación a Ekolur",
    date="2026-10-07 10:15", parent="tn_moved",
    attach=[pdf("Ekolur_propuesta_incorporacion.pdf", [
        "Ekolur Consultoria Ambiental - Propuesta de incorporacion",
        "Candidato: Ewan Castillo-Faure",
        "Puesto: Tecnico SIG - estudios de impacto ambiental",
        "Salario: 27.000 EUR brutos anuales",
        "Incorporacion: 2 de noviembre de 2026",
    ])],
    text=plain([
        "Estimado Ewan:",
        "Tras la entrevista del 29 de septiembre, tenemos el placer de ofrecerte el puesto de "
        "técnico SIG en nuestro equipo de estudios de impacto ambiental.",
        "Adjuntamos la propuesta con las condiciones económicas y la fecha de incorporación "
        "prevista. Pongo en copia a Amaia, de Talento Norte, que nos ha acompañado en el "
        "proceso.",
        "Esperamos tu respuesta antes del 16 de octubre.",
        "Saludos cordiales,\nMaite Ibarra\nDirectora técnica\nEkolur Consultoría Ambiental\n"
        "Paseo de Uribitarte 10, 48001 Bilbao",
        DISCLAIMER["es"],
    ]))
