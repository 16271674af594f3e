"""Corpus 248: application acknowledgements (21) and offers (10), hand-written."""

from msgs248_common import CAND_ADDR, CAND_NAME, M, ats_card, outlook, reply, simple_html, word_html

MESSAGES = []
add = MESSAGES.append

# ================================================================== application_received, English

_t = """\
Dear Declan,

Thank you for applying for Facilities Coordinator, Buildings & Estates (CU-FAC-2026-014) at Corrib University.

Your application has been received and will be considered by the shortlisting board after the competition closes on 12 June 2026. Because of the volume of applications, we may not be able to contact every candidate until shortlisting is complete.

You can follow the status of your application at any time from your Candidate Home in Workday.

Kind regards,
Human Resources
Corrib University
"""
add(M(key="corrib_workday_ack", kind="application_received", lang="en",
      company="Corrib University", contact="",
      date="2026-06-02 22:14 +0100",
      frm=("Corrib University", "corribuniversity@myworkday.com"),
      subject="Thank you for applying: Facilities Coordinator, Buildings & Estates (CU-FAC-2026-014)",
      text=_t, html=ats_card("Corrib University", "#004b87", _t,
                             button=("Candidate Home", "https://wd3.myworkdayjobs.example.com/corrib/userHome")),
      headers=[("Auto-Submitted", "auto-generated")]))

_t = """\
Hi Declan,

Thanks for your interest in Liffey Quay Properties! We've received your application for Facilities Coordinator, and our team will review it over the coming days.

We receive a lot of applications, and unfortunately we cannot reply to every applicant individually. If your experience is a match, someone from our team will be in touch about next steps.

In the meantime, you can find out more about our buildings and our people at liffeyquay.example.ie/careers.

Best,
The Liffey Quay Properties Team
"""
add(M(key="liffeyquay_lever_ack", kind="application_received", lang="en",
      company="Liffey Quay Properties", contact="",
      date="2026-02-24 08:01 +0000",
      frm=("Liffey Quay Properties", "no-reply@hire.lever.co"),
      subject="Thanks for applying to Liffey Quay Properties",
      text=_t, html=ats_card("Liffey Quay Properties", "#2b6cb0", _t)))

add(M(key="harbourline_registered", kind="application_received", lang="en",
      company="Harbourline Recruitment", contact="shane.kinsella@harbourline.example.ie",
      date="2026-01-12 15:30 +0000",
      frm=("Shane Kinsella", "shane.kinsella@harbourline.example.ie"),
      subject="Welcome to Harbourline - you're registered",
      text="""\
Hi Declan,

Great to speak to you earlier. Just confirming that you're now registered with Harbourline Recruitment on our Property & Facilities desk.

I have your CV on file and I've noted the following:
- facilities / building coordinator roles, also helpdesk-led facilities jobs
- Dublin or Galway, open to hybrid
- available on four weeks' notice
- salary expectation around EUR 40-45k

Nothing for you to do for now. I'll be in touch as soon as I have something that fits, and I'll always check with you before sending your CV to a client.

Cheers,
Shane

Shane Kinsella | Senior Consultant, Property & Facilities
Harbourline Recruitment
Unit 4, Hanover Quay, Dublin 2
M: +353 86 555 0117

Harbourline Recruitment Ltd is registered in Ireland (No. 655201). This email and any attachment are confidential and may be legally privileged.
"""))

_t = """\
Dear Declan,

Thank you for registering with Merchant City Recruitment.

Your candidate reference is MCR-44127. One of our consultants will review your profile within two working days and will contact you if we are working on roles that match your experience.

You can update your CV and preferences at any time through the candidate portal.

Merchant City Recruitment
48 Ingram Street, Glasgow G1 1EZ

This is an automated message. Replies to this address are not read.
"""
add(M(key="merchantcity_registered", kind="application_received", lang="en",
      company="Merchant City Recruitment", contact="",
      date="2026-04-27 19:02 +0100",
      frm=("Merchant City Recruitment", "noreply@merchantcity-rec.example.co.uk"),
      subject="Your registration with Merchant City Recruitment",
      text=_t, html=simple_html(_t),
      headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]))

_t = """\
Dear Declan Ferreira-Osei,

Thank you for your application for the position of Facilities Coordinator (MWTU-0412) at Mid-West Technical University.

This email confirms that your application was submitted successfully on 2 March 2026. The closing date for this competition is 13 March 2026, after which applications will be assessed against the criteria in the job specification.

Please quote the reference MWTU-0412 in any correspondence.

Human Resources
Mid-West Technical University
"""
add(M(key="mwtu_icims_ack", kind="application_received", lang="en",
      company="Mid-West Technical University", contact="",
      date="2026-03-02 12:11 +0000",
      frm=("Mid-West Technical University", "noreply@talent.icims.com"),
      subject="Application received – Facilities Coordinator (MWTU-0412)",
      subj_enc=("utf-8", "B"),
      text=_t, html=ats_card("Mid-West Technical University", "#5a2d82", _t),
      html_cte="quoted-printable"))

_own = """\
Dear Sir/Madam,

Please find attached my completed application form and CV for the position of Facilities Officer (Grade V), competition reference CCC-GV-26-07.

Kind regards,
Declan Ferreira-Osei
"""
add(M(key="clanrickard_form_received", kind="application_received", lang="en",
      company="Clanrickard County Council", contact="caitriona.nifhlatharta@clanrickard-coco.example.ie",
      date="2026-02-23 10:18 +0000",
      frm=("Caitríona Ní Fhlatharta", "caitriona.nifhlatharta@clanrickard-coco.example.ie"),
      subject="RE: Application – Facilities Officer (Grade V) CCC-GV-26-07",
      refs=["own_clanrickard_application"],
      text="""\
Dear Mr Ferreira-Osei,

I acknowledge receipt of your application form for the above competition.

Please note that shortlisting may apply, and that candidates will be notified of the outcome by email after the closing date. You do not need to send any further documents at this stage.

Is mise le meas,
Caitríona Ní Fhlatharta
Staff Officer, Human Resources
Clanrickard County Council

""" + outlook("en", "Declan Ferreira-Osei <declan.fo@example.ie>", "Friday, February 20, 2026 4:51 PM",
              "HR Recruitment <recruitment@clanrickard-coco.example.ie>",
              "Application – Facilities Officer (Grade V) CCC-GV-26-07", _own),
      cte="quoted-printable"))

_t = """\
Hi Declan,

Thank you for applying to Treaty Stone Hotels! We have received your application for Facilities & Maintenance Coordinator (Limerick).

Our team is reviewing applications now. If your skills and experience match what we're looking for, we will be in touch about next steps.

Thanks again,
Talent Acquisition, Treaty Stone Hotels
"""
add(M(key="treatystone_greenhouse_ack", kind="application_received", lang="en",
      company="Treaty Stone Hotels", contact="",
      date="2026-02-02 11:47 +0000",
      frm=("Treaty Stone Hotels", "no-reply@greenhouse-mail.io"),
      subject="Thank you for applying to Treaty Stone Hotels",
      text=_t, html=ats_card("Treaty Stone Hotels", "#1d4e5f", _t)))

_t = """\
Hi Declan,

We've got your application for Facilities Coordinator at The Merrion Row, Dublin 2. Thanks for thinking of us!

What happens next? Our hiring team reads every application. If there's a match, you'll hear from us about the next step, which for this role is usually a short video interview.

Merrion Row Hotels People Team
"""
add(M(key="merrionrow_smartrecruiters_ack", kind="application_received", lang="en",
      company="Merrion Row Hotels", contact="",
      date="2026-03-19 21:30 +0000",
      frm=("Merrion Row Hotels", "no-reply@smartrecruiters.com"),
      subject="Merrion Row Hotels – we've got your application!",
      text=_t, html=ats_card("Merrion Row Hotels", "#6b1f3a", _t)))

add(M(key="laganvalley_taleo_ack", kind="application_received", lang="en",
      company="Lagan Valley University", contact="",
      date="2026-02-09 13:02 +0000",
      frm=("Lagan Valley University", "lvu@taleo.net"),
      subject="Application Acknowledgement - Estates Co-ordinator (LVU/EST/119)",
      text="""\
Dear Declan Ferreira-Osei,

Thank you for submitting your application for the post of Estates Co-ordinator (LVU/EST/119).

Your application has been successfully received. The closing date for this vacancy is 20 February 2026. Shortlisting will take place shortly afterwards and we aim to contact all shortlisted candidates within three weeks of the closing date.

Lagan Valley University is committed to equality of opportunity. If you require any reasonable adjustments during the selection process, please contact People & Culture.

People & Culture
Lagan Valley University

*** This is an automatically generated email, please do not reply ***
""",
      headers=[("Auto-Submitted", "auto-generated")]))

_own = """\
Hi Fraser,

Kevin at the Ubiquitous Chip said you might be looking for a facilities supervisor. I've attached my CV. I've managed a busy bar in Galway for ten years, including two refits, and I'm moving to Glasgow in March.

Would love to chat if there's an opening.

Declan Ferreira-Osei
"""
add(M(key="clydearc_cv_received", kind="application_received", lang="en",
      company="Clyde Arc Hotels", contact="fraser.mcinnes@clydearc.example.co.uk",
      date="2026-02-16 10:02 +0000",
      frm=("Fraser McInnes", "fraser.mcinnes@clydearc.example.co.uk"),
      subject="Re: Facilities Supervisor - Declan Ferreira-Osei",
      refs=["<CAJf9Dd0c4Ww1@mail.example.ie>"],
      text=reply("""\
Hi Declan,

Got your CV, thanks. I'll have a look this week and come back to you.

Fraser
""", "en", "Sun, 15 Feb 2026 at 20:44", CAND_NAME, CAND_ADDR, _own)))

_t = """\
Hi Declan,

Thanks for applying for the Property Operations Coordinator position at Slipway Residential. We've received your application and the hiring team will take a look shortly.

We'll reach out if your background fits what we need.

Slipway Residential
Titanic Quarter, Belfast
"""
add(M(key="slipway_bamboohr_ack", kind="application_received", lang="en",
      company="Slipway Residential", contact="",
      date="2026-08-10 09:00 +0100",
      frm=("Slipway Residential", "no-reply@bamboohr.com"),
      subject="Thanks for applying to Slipway Residential",
      text=_t, html=ats_card("Slipway Residential", "#0b3954", _t)))

_t = """\
Hi Declan,

Thank you for applying for the Building Coordinator position at Kelvin Property Partners. Your application has been received and will be reviewed by our hiring team.

Due to the volume of applications we receive, we regret that we are unable to respond to each applicant individually. If you're shortlisted, we'll be in touch within two weeks.

Kind regards,
Kelvin Property Partners

Powered by Workable
"""
add(M(key="kelvin_workable_ack", kind="application_received", lang="en",
      company="Kelvin Property Partners", contact="",
      date="2026-05-25 14:20 +0100",
      frm=("Kelvin Property Partners", "kelvin-property-partners@workablemail.com"),
      subject="Thanks for applying to Kelvin Property Partners",
      text=_t, html=ats_card("Kelvin Property Partners", "#3c7a3c", _t), html_cte="base64"))

# ================================================================== application_received, French

_t = """\
Madame, Monsieur,

Nous accusons réception de votre candidature au poste de coordinateur des services logistiques et de maintenance (réf. UHV-2026-BIATSS-37), déposée le 10 mars 2026.

Votre dossier sera examiné par la commission de sélection après la date de clôture de l'offre, le 20 mars 2026. Les candidats retenus pour un entretien seront contactés individuellement.

Cordialement,
Direction des ressources humaines
Université de Haute-Vilaine

Ce message est généré automatiquement, merci de ne pas y répondre.
"""
add(M(key="uhv_accuse", kind="application_received", lang="fr",
      company="Université de Haute-Vilaine", contact="",
      date="2026-03-10 08:30 +0100",
      frm=("Université de Haute-Vilaine – Recrutement", "ne-pas-repondre@univ-hautevilaine.example.fr"),
      name_enc=("utf-8", "B"),
      subject="Accusé de réception de votre candidature – UHV-2026-BIATSS-37",
      text=_t, cte="quoted-printable"))

add(M(key="armor_inscription", kind="application_received", lang="fr",
      company="Armor Intérim", contact="maelle.guillou@armor-interim.example.fr",
      date="2026-05-04 17:10 +0200",
      frm=("Maëlle Guillou", "maelle.guillou@armor-interim.example.fr"),
      subject="Votre inscription chez Armor Intérim",
      text="""\
Bonjour Declan,

Merci pour votre passage à l'agence ce matin. Votre inscription est bien enregistrée : votre CV, votre pièce d'identité et votre RIB sont dans votre dossier, il ne manque que l'attestation de carte Vitale, que vous pouvez m'envoyer par retour de mail.

Comme convenu, je vous positionne sur des postes de coordination technique et de services généraux dans le bassin rennais, en CDI ou en mission longue.

À très vite,
Maëlle Guillou
Chargée de recrutement – Armor Intérim Rennes Sud
14 boulevard Jacques Cartier, 35000 Rennes
06 55 41 28 90
"""))

_t = """\
Bonjour Declan,

Merci d'avoir postulé chez Breizh Immobilier ! Nous avons bien reçu votre candidature pour le poste de gestionnaire technique de copropriétés.

Notre équipe l'étudie et reviendra vers vous dans les meilleurs délais.

À bientôt,
L'équipe Breizh Immobilier
"""
add(M(key="breizh_teamtailor_accuse", kind="application_received", lang="fr",
      company="Breizh Immobilier", contact="",
      date="2026-02-11 20:05 +0100",
      frm=("Breizh Immobilier", "breizh-immobilier@teamtailor-mail.com"),
      subject="Nous avons bien reçu votre candidature",
      text=_t, html=ats_card("Breizh Immobilier", "#0f6e6e", _t, lang="fr", footer="Envoyé via Teamtailor.")))

# ================================================================== application_received, German

_t = """\
Hallo Declan Ferreira-Osei,

vielen Dank für Ihre Bewerbung als Objektkoordinator (m/w/d) bei der Königsallee Immobilien GmbH. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns so schnell wie möglich bei Ihnen.

Viele Grüße
Ihr Recruiting-Team der Königsallee Immobilien

Diese Nachricht wurde automatisch über Personio versendet.
"""
add(M(key="koe_personio_eingang", kind="application_received", lang="de",
      company="Königsallee Immobilien", contact="",
      date="2026-07-06 07:48 +0200",
      frm=("Königsallee Immobilien GmbH", "noreply@personio.de"),
      subject="Eingangsbestätigung Ihrer Bewerbung",
      text=_t, html=ats_card("Königsallee Immobilien", "#1a1a1a", _t, lang="de"),
      headers=[("Auto-Submitted", "auto-generated")]))

_t = """\
Sehr geehrter Herr Ferreira-Osei,

wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle „Sachbearbeitung Gebäudemanagement (E9a TV-L)“.

Nach Ablauf der Bewerbungsfrist am 31. März 2026 sichten wir alle Unterlagen. Leider ist es uns nicht möglich, jede Bewerbung individuell zu beantworten oder Zwischenstände mitzuteilen; Sie erhalten in jedem Fall eine Nachricht, sobald das Verfahren abgeschlossen ist.

Mit freundlichen Grüßen
Dezernat Personal
Hochschule Düsselaue
"""
add(M(key="duesselaue_softgarden_eingang", kind="application_received", lang="de",
      company="Hochschule Düsselaue", contact="",
      date="2026-03-16 15:03 +0100",
      frm=("Hochschule Düsselaue", "noreply@softgarden.io"),
      subject="Ihre Bewerbung bei der Hochschule Düsselaue",
      text=_t, html=ats_card("Hochschule Düsselaue", "#003c71", _t, lang="de")))

add(M(key="klinikum_eingang", kind="application_received", lang="de",
      company="Klinikum Oberkassel", contact="h.sauerland@klinikum-oberkassel.example.de",
      date="2026-05-26 09:35 +0200",
      frm=("Henrike Sauerland", "h.sauerland@klinikum-oberkassel.example.de"),
      subject="Ihre Bewerbung – Koordination Facility Management",
      subj_enc=("windows-1252", "Q"),
      charset="windows-1252", cte="quoted-printable",
      text="""\
Guten Tag Herr Ferreira-Osei,

herzlichen Dank für Ihre Bewerbung als Koordination Facility Management, die uns am 24. Mai erreicht hat.

Ihre Unterlagen liegen nun der Fachabteilung und dem Betriebsrat vor. Ich melde mich voraussichtlich innerhalb von zwei Wochen mit einer Rückmeldung zum weiteren Vorgehen.

Freundliche Grüße
Henrike Sauerland
Personalreferentin
Klinikum Oberkassel gGmbH – Luegallee 120 – 40545 Düsseldorf
Tel. 0211 555 4410
"""))

# ================================================================== application_received, Spanish

_t = """\
Estimado/a Declan:

Le confirmamos que hemos recibido correctamente su candidatura para la plaza de Técnico/a de Mantenimiento y Servicios (REQ 4471).

El plazo de presentación de solicitudes finaliza el 16 de febrero de 2026. Una vez cerrado, la comisión revisará las candidaturas y se pondrá en contacto con las personas seleccionadas para la siguiente fase.

Atentamente,
Universidad del Guadalquivir – Selección

Este es un mensaje automático, por favor no responda.
"""
add(M(key="uguadalquivir_sf_acuse", kind="application_received", lang="es",
      company="Universidad del Guadalquivir", contact="",
      date="2026-02-05 09:41 +0100",
      frm=("Universidad del Guadalquivir", "noreply@successfactors.eu"),
      subject="Confirmación de recepción de su candidatura – REQ 4471",
      subj_enc=("utf-8", "Q"),
      text=_t, html=ats_card("Universidad del Guadalquivir", "#7a0026", _t, lang="es"),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(key="giralda_registro", kind="application_received", lang="es",
      company="Giralda Talent", contact="jmontano@giraldatalent.example.es",
      date="2026-01-20 18:25 +0100",
      frm=("Javier Montaño", "jmontano@giraldatalent.example.es"), name_enc=("iso-8859-1", "Q"),
      subject="Bienvenido a Giralda Talent",
      text="""\
Hola Declan:

Encantado de haber hablado contigo esta tarde. Te confirmo que ya estás dado de alta en nuestra base de candidatos con el perfil de coordinación de mantenimiento y servicios generales, para Sevilla capital y alrededores.

Tengo tu CV en inglés; si puedes, mándame también una versión en español, aunque sea sencilla, que los clientes de hoteles la agradecen.

Te iré escribiendo cuando tenga procesos que encajen.

Un abrazo,
Javier Montaño
Consultor senior | Giralda Talent
Av. de la Constitución 20, 41004 Sevilla
+34 654 55 21 09
"""))

_t = """\
Hola Declan,

¡Gracias por tu interés en el Hospital San Telmo! Hemos recibido tu candidatura para Coordinador/a de Servicios Generales (TM-2026-08).

Lamentablemente no podemos responder de forma individual a cada candidatura, pero todas las solicitudes se valoran según las bases publicadas. Los resultados de cada fase se comunicarán por correo electrónico.

Un saludo,
Equipo de Selección – Hospital San Telmo
"""
add(M(key="santelmo_recruitee_acuse", kind="application_received", lang="es",
      company="Hospital San Telmo", contact="",
      date="2026-05-12 11:05 +0200",
      frm=("Hospital San Telmo", "no-reply@jobs.recruitee.com"),
      subject="Hemos recibido tu candidatura",
      text=_t, html=ats_card("Hospital San Telmo", "#00796b", _t, lang="es"), cte="base64"))

# ================================================================== offer, English

NIAMH = ("Niamh Geraghty", "niamh.geraghty@corrib-university.example.ie")
add(M(key="corrib_offer_pdf", kind="offer", lang="en",
      company="Corrib University", contact=NIAMH[1],
      date="2026-07-24 12:00 +0100", frm=NIAMH,
      subject="Offer of appointment – Facilities Coordinator (CU-FAC-2026-014)",
      refs=["corrib_workday_ack", "corrib_panel_invite", "corrib_moved_sequence"],
      text="""\
Dear Declan,

Further to your interview on 9 July, I am delighted to offer you the post of Facilities Coordinator, Buildings & Estates, at Corrib University, subject to satisfactory references and a pre-employment health check.

The attached letter sets out the main terms: a permanent, full-time contract, a starting salary of €43,612 (point 3 of the Administrative Officer scale), 35 hours per week and 30 days' annual leave, with a proposed start date of Monday 7 September 2026.

Please confirm your acceptance by signing and returning the letter by Friday 7 August. If you would like to discuss any aspect of the offer, do give me a call.

Congratulations, and I look forward to welcoming you to the University.

Kind regards,
Niamh Geraghty
HR Business Partner (Recruitment)
Human Resources, Corrib University
University Road, Galway H91 TK33
T: +353 91 555 4120
""", cte="quoted-printable",
      pdfs=[{"name": "CU-FAC-2026-014_Offer_Letter_Ferreira-Osei.pdf",
                 "title": "Corrib University - Offer of Appointment",
                 "lines": ["Private and confidential", "Mr Declan Ferreira-Osei, Galway", "",
                        "Post: Facilities Coordinator, Buildings & Estates (CU-FAC-2026-014)",
                        "Contract: permanent, full-time, 35 hours per week",
                        "Salary: EUR 43,612 per annum (Administrative Officer scale, point 3)",
                        "Annual leave: 30 days   Probation: 12 months",
                        "Start date: Monday 7 September 2026",
                        "Please sign and return one copy by Friday 7 August 2026.", "",
                        "Signed: ____________________   Date: __________"]}]))

EIMEAR = ("Eimear Quilty", "eimear@shannonside-pm.example.ie")
add(M(key="shannonside_verbal_followup", kind="offer", lang="en",
      company="Shannonside Property Management", contact=EIMEAR[1],
      date="2026-06-03 17:20 +0100", frm=EIMEAR,
      subject="Following up on today's call",
      refs=["shannonside_free_thursday", "shannonside_moved_to_friday"],
      text="""\
Hi Declan,

Great talking to you earlier. Just to put in writing what I said on the phone: we'd love you to join us as Facilities Coordinator.

- Salary €42,000, reviewed after six months
- 39 hours, Monday to Friday, with a share of the out-of-hours phone (paid on top)
- Company van for site visits
- Start date Monday 6 July, or earlier if you can manage it

I'll get the contract over to you next week once you've had a think. Any questions in the meantime, ring me.

Eimear
"""))

add(M(key="shannonside_contract_signature", kind="offer", lang="en",
      company="Shannonside Property Management", contact=EIMEAR[1],
      date="2026-06-10 11:45 +0100", frm=EIMEAR,
      subject="Your contract - Facilities Coordinator",
      refs=["shannonside_free_thursday", "shannonside_verbal_followup"],
      text="""\
Hi Declan,

As promised, please find attached your contract of employment for the Facilities Coordinator role, in line with what we discussed last week.

Could you sign both copies and send one back to me, scanned is fine, by Friday 19 June? The second copy is yours to keep.

Delighted to have you on board.

Eimear

Eimear Quilty | Operations Director
Shannonside Property Management Ltd, 3 Honan's Quay, Limerick
061 555 474
""",
      pdfs=[{"name": "Contract_of_Employment_DFerreira-Osei.pdf",
                 "title": "Shannonside Property Management Ltd - Contract of Employment",
                 "lines": ["Employee: Declan Ferreira-Osei", "Position: Facilities Coordinator",
                        "Commencement: 6 July 2026", "Salary: EUR 42,000 gross per annum",
                        "Hours: 39 per week, Monday to Friday", "Notice: one month after probation",
                        "", "Employee signature: ____________________",
                        "For the company: Eimear Quilty, Operations Director"]}]))

add(M(key="harbourline_ardmore_offer", kind="offer", lang="en",
      company="Ardmore Data Centres", contact="shane.kinsella@harbourline.example.ie",
      date="2026-08-14 15:58 +0100",
      frm=("Shane Kinsella", "shane.kinsella@harbourline.example.ie"),
      subject="Ardmore - good news!",
      refs=["harbourline_registered"],
      text="""\
Declan!

Just off the phone with Ardmore Data Centres. The client wants to make you an offer for the Facilities Coordinator job at their Clonshaugh site. They were really taken with how you talked through the shift handover scenario.

The headline numbers: €46,500 base, 10% shift allowance for the one-in-four weekend rota, health cover after probation. They'd like you to start on 14 September.

They'll send the formal paperwork through me on Monday. Give me a ring tonight if you can, I want to talk you through it before then.

Shane
M: +353 86 555 0117
"""))

add(M(key="atlanticquay_offer_html", kind="offer", lang="en",
      company="Atlantic Quay Student Residences", contact="roisin.flaherty@atlanticquay.example.ie",
      date="2026-09-02 10:30 +0100",
      frm=("Róisín Flaherty", "roisin.flaherty@atlanticquay.example.ie"),
      subject="Residence Facilities Supervisor - offer",
      html=word_html("""\
Dear Declan,

Thank you for meeting Colm and me last Thursday. I'm very pleased to offer you the position of Residence Facilities Supervisor at Atlantic Quay Student Residences, Galway.

The role is full-time and permanent, at €39,800 per year plus a €2,000 allowance for the on-call rota during term time. We'd like you to start on Monday 28 September, in good time for the students arriving.

Our HR team will send you the written contract this week. In the meantime, could you let me know by reply whether you accept?

Best wishes,
Róisín Flaherty
Residence Manager
Atlantic Quay Student Residences, Dock Road, Galway H91 AQ20
+353 91 555 770
"""), html_cte="quoted-printable"))

_t = """\
Hi Declan,

Congratulations! Slipway Residential has sent you an offer letter for the Property Operations Coordinator position.

Please review and sign your offer letter by 22 September 2026:
https://slipwayresidential.bamboohr.com/offer/sign/8e7c0a1f

If you have any questions about the offer, reply to this email to reach Gareth Quinn.

Slipway Residential
"""
add(M(key="slipway_bamboohr_offer", kind="offer", lang="en",
      company="Slipway Residential", contact="gareth.quinn@slipwayresidential.example.co.uk",
      date="2026-09-15 16:10 +0100",
      frm=("Slipway Residential", "no-reply@bamboohr.com"),
      reply_to=("Gareth Quinn", "gareth.quinn@slipwayresidential.example.co.uk"),
      subject="Your offer letter from Slipway Residential is ready to sign",
      refs=["slipway_bamboohr_ack"],
      text=_t, html=ats_card("Slipway Residential", "#0b3954", _t,
                             button=("Review and sign", "https://slipwayresidential.bamboohr.com/offer/sign/8e7c0a1f"))))

# ================================================================== offer, French / German / Spanish

ERWAN = ("Erwan Le Gall", "erwan.legall@hotel-leslices.example.fr")
add(M(key="leslices_promesse_embauche", kind="offer", lang="fr",
      company="Hôtel Les Lices", contact=ERWAN[1],
      date="2026-06-26 11:05 +0200", frm=ERWAN,
      subject="Promesse d'embauche – responsable technique et services généraux",
      subj_enc=("utf-8", "Q"),
      refs=["leslices_echange_jeudi", "leslices_nouveau_creneau", "own_leslices_remerciements"],
      text="""\
Bonjour Declan,

Suite à nos échanges et à votre visite de l'hôtel lundi, j'ai le grand plaisir de vous proposer le poste de responsable technique et services généraux de l'Hôtel Les Lices.

Vous trouverez ci-joint la promesse d'embauche qui reprend les conditions dont nous avons parlé : CDI à temps plein, 2 750 € bruts mensuels sur 13 mois, statut agent de maîtrise, prise de poste le 1er septembre 2026.

Merci de me la retourner signée avant le 6 juillet. Je reste disponible pour toute question, et l'équipe a hâte de vous accueillir.

Bien cordialement,
Erwan Le Gall
Directeur d'exploitation – Hôtel Les Lices
3 place des Lices, 35000 Rennes
""",
      pdfs=[{"name": "Promesse_embauche_Ferreira-Osei.pdf", "title": "Hotel Les Lices - Promesse d'embauche",
                 "lines": ["M. Declan Ferreira-Osei", "Poste : responsable technique et services generaux",
                        "Contrat : CDI, temps plein (35 h)", "Remuneration : 2 750 EUR bruts mensuels x 13",
                        "Statut : agent de maitrise", "Date d'entree : 1er septembre 2026",
                        "", "Bon pour accord, signature : ______________"]}]))

KATRIN = ("Katrin Wilms", "k.wilms@koe-immo.example.de")
add(M(key="koe_vertragsangebot", kind="offer", lang="de",
      company="Königsallee Immobilien", contact=KATRIN[1],
      date="2026-08-05 14:30 +0200", frm=KATRIN,
      subject="Vertragsangebot – Objektkoordinator (m/w/d)",
      refs=["koe_einladung", "koe_verschoben"],
      text="""\
Sehr geehrter Herr Ferreira-Osei,

vielen Dank für das gute Gespräch am 23. Juli und Ihren Besuch in unseren Objekten im Medienhafen.

Wir freuen uns, Ihnen die Position als Objektkoordinator (m/w/d) anbieten zu können. Im Anhang finden Sie unser Vertragsangebot mit den besprochenen Eckdaten: unbefristete Anstellung in Vollzeit (40 Stunden), Bruttojahresgehalt 52.000 €, 30 Urlaubstage, Diensthandy und Jobticket, Eintritt zum 1. Oktober 2026.

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 19. August zurück. Für Rückfragen stehen Herr Lindemann und ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Katrin Wilms
Personalreferentin
Königsallee Immobilien GmbH
Königsallee 61 | 40215 Düsseldorf
Tel. +49 211 555 8120
Geschäftsführer: Dr. Ulrich Hanke | Amtsgericht Düsseldorf HRB 55123
""", cte="quoted-printable",
      pdfs=[{"name": "Arbeitsvertrag_Ferreira-Osei_Entwurf.pdf", "title": "Koenigsallee Immobilien GmbH - Arbeitsvertrag",
                 "lines": ["Arbeitnehmer: Declan Ferreira-Osei", "Position: Objektkoordinator (m/w/d)",
                        "Beginn: 1. Oktober 2026, unbefristet", "Arbeitszeit: 40 Stunden pro Woche",
                        "Verguetung: 52.000 EUR brutto pro Jahr", "Urlaub: 30 Arbeitstage",
                        "Probezeit: 6 Monate", "", "Unterschrift Arbeitnehmer: ______________"]}]))

add(M(key="rheinlandpb_medienhafen_angebot", kind="offer", lang="de",
      company="Medienhafen Facility Partner", contact="joerg.puetz@rheinland-pb.example.de",
      date="2026-09-22 12:10 +0200",
      frm=("Jörg Pütz", "joerg.puetz@rheinland-pb.example.de"),
      subject="Gute Nachrichten von Medienhafen Facility Partner",
      text="""\
Hallo Herr Ferreira-Osei,

ich habe gerade mit Frau Kessler von Medienhafen Facility Partner telefoniert: Unser Kunde möchte Ihnen ein Angebot machen!

Die Eckdaten: Teamleitung Objektservice für die drei Bürotürme am Zollhof, 49.000 € brutto im Jahr plus Bonus, 30 Tage Urlaub, Start nach Absprache, gern zum 1. November. Das Gespräch auf Englisch war für sie überhaupt kein Problem, Ihr Deutschkurs hat man positiv vermerkt.

Der schriftliche Vertrag kommt direkt vom Kunden in den nächsten Tagen. Können wir morgen kurz telefonieren, damit ich Ihre Fragen vorab klären kann?

Beste Grüße
Jörg Pütz
Rheinland Personalberatung
Mobil 0172 555 3391
"""))

MACARENA = ("Macarena Ruiz", "macarena@hotelalfalfa.example.es")
add(M(key="alfalfa_oferta", kind="offer", lang="es",
      company="Hotel Patio de la Alfalfa", contact=MACARENA[1],
      date="2026-09-18 13:15 +0200", frm=MACARENA,
      subject="Oferta: responsable de mantenimiento y servicios",
      refs=["alfalfa_te_viene_bien_jueves", "alfalfa_mover_al_lunes", "own_alfalfa_gracias"],
      text="""\
Hola Declan,

¡Buenas noticias! Después de la entrevista del lunes y de hablarlo con los propietarios, queremos ofrecerte el puesto de responsable de mantenimiento y servicios del hotel.

Te resumo la propuesta:
- Contrato indefinido a jornada completa
- 28.500 € brutos anuales en 14 pagas
- Incorporación el 1 de noviembre (podemos ajustarlo si necesitas más tiempo para la mudanza)
- Comida en el hotel en tus turnos

Si te parece bien, la gestoría te preparará el contrato la semana que viene. Dime algo cuando lo hayas pensado.

Un abrazo,
Macarena Ruiz
Directora – Hotel Patio de la Alfalfa
Plaza de la Alfalfa 6, 41004 Sevilla
Tel. 954 55 09 81
"""))
