"""Corpus 169: application acknowledgements (21) and offers (10), hand-written.
Each message writes its own words."""

from __future__ import annotations

from msgs169_common import (
    CAND_ADDR,
    CAND_NAME,
    M,
    ats_card,
    esc,
    mso,
    outlook_block,
    outlook_html,
    page,
    paras,
    reply_quote,
)

ACK = "application_received"
OFF = "offer"
MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================ received: English (12)

_t = """Hi Siobhan,

Thank you for applying for HR Advisor (R-10382) at Brindley & Hart.

We've received your application and our Talent team will review it against the requirements of the role. You can track the status of your application at any time in your candidate home.

If your experience is a match, a member of the team will contact you to talk about next steps.

Thanks again for your interest in Brindley & Hart.
"""
add(M(ACK, "workday_candidate_home", company="Brindley & Hart", contact="", lang="en",
      frm=("Brindley & Hart Careers", "brindleyhart@myworkday.com"),
      subject="Thank you for applying to Brindley & Hart", date="2026-02-03 21:14", tz="utc",
      id="bh_ack",
      html=ats_card("Brindley & Hart", paras(_t),
                    "This is a system-generated message from Workday. Please do not reply.",
                    accent="#0b3d5c",
                    button=("Go to candidate home",
                            "https://brindleyhart.wd3.myworkday.com/en-GB/careers/userHome")),
      headers=[("Auto-Submitted", "auto-generated")]))

_t = """Dear Siobhan,

Thank you for applying for the HR Assistant position at Soar Valley Foods. This email confirms that we have received your application.

Our recruitment team reviews every application carefully. Unfortunately we cannot reply to every applicant individually, so if you are shortlisted a member of the team will contact you directly within three weeks of the closing date.

In the meantime, you can find out more about life at Soar Valley Foods on our careers site.

Kind regards,
Soar Valley Foods Recruitment
"""
add(M(ACK, "smartrecruiters_cannot_reply_each", company="Soar Valley Foods", contact="",
      lang="en", frm=("Soar Valley Foods", "noreply@smartrecruiters.com"),
      subject="We've received your application for HR Assistant", date="2026-01-14 07:58",
      tz="utc", id="soar_ack",
      text=_t, html=ats_card("Soar Valley Foods", paras(_t), "Powered by SmartRecruiters",
                             accent="#b45309")))

add(M(ACK, "nhs_trust_reference_number", company="Arden Valley NHS Foundation Trust",
      contact="", lang="en",
      frm=("Arden Valley NHS Foundation Trust", "jobs-noreply@ardenvalleynhs.example.org.uk"),
      subject="Application received: HR Advisor (Band 5) 233-CORP-4410",
      date="2026-03-16 22:40", id="arden_ack",
      text="""Dear Siobhan Adeyemi-Castro

Thank you for your application for the post of HR Advisor (Band 5), Corporate Services, reference 233-CORP-4410.

Your application has been received and will be passed to the shortlisting panel after the closing date of 29 March 2026. You will be notified of the outcome of shortlisting by email, so please check your junk folder regularly.

Please quote the reference number above in any correspondence.

Arden Valley NHS Foundation Trust
Recruitment Services

This is an automated message; replies to this address are not monitored.
""", cte="7bit", headers=[("Auto-Submitted", "auto-generated")]))

add(M(ACK, "council_acknowledgement_latin1", company="Trentside Borough Council", contact="",
      lang="en",
      frm=("Trentside Borough Council Recruitment", "recruitment-noreply@trentside.example.gov.uk"),
      subject="Acknowledgement of application - TBC-HR-112", date="2026-05-05 12:01",
      id="trent_ack",
      text="""Dear Ms Adeyemi-Castro

Post: HR Generalist (Grade F, £33,366 - £36,124)
Reference: TBC-HR-112

We acknowledge receipt of your application for the above post. Shortlisting will take place after the closing date of 17 May 2026.

Due to the high volume of applications we receive, we are unable to acknowledge each stage of the process individually. If you are shortlisted you will be contacted by the recruiting manager.

Trentside Borough Council - Human Resources
Loxley House, Station Street, Nottingham NG2 3NG
""", charset="iso-8859-1", cte="quoted-printable"))

add(M(ACK, "agency_registration_welcome", company="Meridian Talent",
      contact="lauren@meridiantalent.example.co.uk", lang="en",
      frm=("Lauren Baptiste", "lauren@meridiantalent.example.co.uk"),
      subject="Welcome to Meridian Talent - you're registered", date="2026-01-08 17:45",
      id="mer_reg",
      text="""Hi Siobhan,

Lovely to speak to you this afternoon. Just confirming you're now registered with Meridian Talent and I'll be your consultant for HR and people roles across Birmingham and the wider Midlands.

To finish your registration, could you reply with:
- a copy of your passport or share code for right-to-work checks
- two referees (one can be your current area manager)
- your notice period and salary expectations

I'll start sending suitable roles your way as soon as these are in.

Best,
Lauren

Lauren Baptiste
Senior Consultant | Meridian Talent
Brindleyplace, Birmingham B1 2JB
0121 496 0552

Meridian Talent Ltd acts as an employment agency. Registered in England no. 09981234.
"""))

add(M(ACK, "taleo_base64_ack", company="Kenilworth Metropolitan University", contact="",
      lang="en", frm=("Kenilworth Metropolitan University", "kmu@taleo.net"),
      subject="KMU-0926 HR Officer (Student Services): application submitted",
      date="2026-02-09 13:20", tz="utc", id="kmu_ack",
      text="""Dear Siobhan Adeyemi-Castro,

Thank you for submitting your application for the position of HR Officer (Student Services), job number KMU-0926.

Your application has been successfully submitted. The closing date is 18 February 2026 and we aim to contact shortlisted applicants within two weeks of that date.

You can view and withdraw your application at any time by logging in to your candidate account.

HR Recruitment Team
Kenilworth Metropolitan University
""", cte="base64", headers=[("Auto-Submitted", "auto-generated")]))

_t = """Hi Siobhan,

Thanks for applying to the People Generalist role at Quillfeather! We've got your application and the hiring team will review it shortly.

We read every application ourselves (no robots), so it can take up to ten days to hear back.

Quillfeather Recruiting
"""
add(M(ACK, "ashby_got_your_application", company="Quillfeather", contact="", lang="en",
      frm=("Quillfeather Recruiting", "no-reply@ashbyhq.com"),
      subject="Thanks for applying to Quillfeather", date="2026-06-15 08:12", tz="utc",
      id="quill_ack",
      text=_t, html=ats_card("Quillfeather", paras(_t), "Powered by Ashby", accent="#4338ca")))

add(M(ACK, "agency_registered_after_meeting", company="Hollins Recruitment",
      contact="matt@hollinsrecruitment.example.co.uk", lang="en",
      frm=("Matt Hollins", "matt@hollinsrecruitment.example.co.uk"),
      subject="Good to meet you - registration confirmed", date="2026-03-09 18:02",
      text="""Hi Siobhan,

Thanks for popping into the office today. That's you fully registered with Hollins Recruitment now - I've taken copies of your ID and your CV is on our system.

As discussed, I'll focus on HR coordinator and advisor roles in Nottingham and Derby, ideally in manufacturing or retail, up to around £32k. I'll only put you forward with your say-so.

Cheers,
Matt

Matt Hollins
Director | Hollins Recruitment
14 Stoney Street, Lace Market, Nottingham NG1 1LX
"""))

add(M(ACK, "housing_assoc_cv_received", company="Glanrhyd Housing Association",
      contact="ffion.pritchard@glanrhyd.example.org.uk", lang="en",
      frm=("Ffion Pritchard", "ffion.pritchard@glanrhyd.example.org.uk"),
      subject="RE: HR Generalist (ref GHA-118) - application", date="2026-05-18 09:40",
      text="""Dear Siobhan,

Just a quick note to say we've received your CV and supporting statement for the HR Generalist post. The closing date is 31 May and we expect to shortlist in the first week of June.

Diolch,
Ffion

Ffion Pritchard
People & Culture Officer
Glanrhyd Housing Association
""", charset="windows-1252"))

_t = """Hi Siobhan,

Thanks for applying for the HR Generalist position at Maasbrug Retail Group! We have received your application and will review it in the coming weeks.

We receive a lot of applications, and unfortunately we cannot reply to every applicant individually. If your profile matches what we are looking for, we will contact you to plan a first conversation.

Best regards,
Maasbrug Retail Group
"""
add(M(ACK, "teamtailor_rotterdam_thanks", company="Maasbrug Retail Group", contact="",
      lang="en", frm=("Maasbrug Retail Group", "noreply@teamtailor-mail.com"),
      subject="Thanks for applying: HR Generalist", date="2026-04-14 20:50", tz="cet",
      text=_t, html=ats_card("Maasbrug Retail Group", paras(_t),
                             "Weena 412, 3012 CN Rotterdam. Manage your data on our career site.",
                             accent="#be123c"),
      headers=[("Auto-Submitted", "auto-generated")]))

_t = """Hi Siobhan,

Thank you for your application for People Advisor at Larkspur Home.

Our team is reviewing applications now and we will be in touch if we would like to move forward.

Regards,
Larkspur Home People Team
"""
add(M(ACK, "greenhouse_thanks_for_applying", company="Larkspur Home", contact="", lang="en",
      frm=("Larkspur Home", "no-reply@us.greenhouse-mail.io"),
      subject="Thank you for applying to Larkspur Home", date="2026-04-07 11:02", tz="utc",
      id="lark_ack",
      text=_t, html=page(paras(_t)), cte="quoted-printable"))

_t = """Dear Siobhan,

Thank you for your interest in Marchmont Grocers. We confirm receipt of your application for HR Advisor (Req 4471), Bulwell support centre.

We will review your application and contact you if you are selected for the next stage. You can log in to the careers portal to check the status of your application.

Talent Acquisition Team
Marchmont Grocers
"""
add(M(ACK, "icims_receipt_confirmed", company="Marchmont Grocers", contact="", lang="en",
      frm=("Marchmont Grocers Talent Acquisition", "donotreply@talent.icims.com"),
      subject="Marchmont Grocers: application received (Req 4471)", date="2026-01-20 19:33",
      tz="utc", text=_t, html=ats_card("Marchmont Grocers Careers", paras(_t),
                                       "Please do not reply to this email.", accent="#1d6b3a")))

# ================================================================ received: German (3)

_t = """Liebe Frau Adeyemi-Castro,

vielen Dank für Ihre Bewerbung als HR Generalist (m/w/d) bei Elbkontor! Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns in den nächsten zwei Wochen bei Ihnen.

Viele Grüße
Ihr Elbkontor People-Team
"""
add(M(ACK, "personio_eingangsbestaetigung", company="Elbkontor", contact="", lang="de",
      frm=("Elbkontor GmbH", "no-reply@elbkontor.jobs.personio.de"),
      subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-07-01 13:07", id="elb_ack",
      text=_t, html=ats_card("Elbkontor", paras(_t),
                             "Elbkontor GmbH · Ost-West-Straße 70 · 20457 Hamburg · Amtsgericht Hamburg HRB 98765",
                             accent="#1e3a8a", lang="de")))

_t = """Sehr geehrte Frau Adeyemi-Castro,

herzlichen Dank für Ihre Bewerbung als HR Generalist (m/w/d) und Ihr Interesse an der Alsterwerk Maschinenbau AG. Ihre Unterlagen sind vollständig bei uns eingegangen.

Aufgrund der hohen Zahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung individuell zu beantworten. Wir prüfen Ihre Unterlagen sorgfältig und melden uns bei Ihnen, sobald wir eine Entscheidung über die nächsten Schritte getroffen haben.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Alsterwerk Maschinenbau AG
"""
add(M(ACK, "successfactors_eingang_latin1_b", company="Alsterwerk Maschinenbau",
      contact="", lang="de",
      frm=("Alsterwerk Maschinenbau AG - Recruiting", "no-reply@successfactors.eu"),
      subject="Bestätigung: Ihre Bewerbung ist eingegangen", subject_enc=("iso-8859-1", "B"),
      date="2026-03-02 10:15", charset="iso-8859-1",
      text=_t, html=ats_card("Alsterwerk Maschinenbau AG", paras(_t),
                             "Diese Nachricht wurde automatisch erstellt.", accent="#003b6f",
                             lang="de"),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(ACK, "personalberatung_registriert", company="Speicherstadt Personal",
      contact="b.hansen@speicherstadt-personal.example.de", lang="de",
      frm=("Birte Hansen", "b.hansen@speicherstadt-personal.example.de"),
      subject="Ihre Registrierung bei Speicherstadt Personal", date="2026-05-04 16:18",
      text="""Liebe Frau Adeyemi-Castro,

vielen Dank für das angenehme Telefonat heute. Hiermit bestätige ich Ihre Aufnahme in unseren Kandidatenpool: Ihr Profil ist bei uns angelegt, und ich habe mir Ihre Wünsche notiert (HR Generalist, Hamburg, Handel oder Logistik, Start ab Herbst).

Ich stelle Ihr Profil einem Kunden nur nach vorheriger Absprache mit Ihnen vor. Die Datenschutzhinweise finden Sie im Anhang unserer Willkommensmail.

Herzliche Grüße
Birte Hansen

Speicherstadt Personal GmbH
Am Sandtorkai 27, 20457 Hamburg
""", cte="quoted-printable"))

# ================================================================ received: French (3)

_t = """Bonjour Siobhan,

Nous vous remercions pour votre candidature au poste de Chargée RH (H/F) et nous accusons bonne réception de votre dossier.

Notre équipe étudie chaque candidature avec attention. Malheureusement, nous ne pouvons pas répondre individuellement à chaque candidature : si votre profil correspond à nos besoins, nous vous contacterons dans les trois semaines.

À bientôt peut-être chez Maison Verhaeghe !

L'équipe Recrutement
"""
add(M(ACK, "accuse_reception_pas_individuel", company="Maison Verhaeghe", contact="",
      lang="fr",
      frm=("Maison Verhaeghe - Recrutement", "recrutement-noreply@maison-verhaeghe.example.fr"),
      subject="Accusé de réception de votre candidature", date="2026-08-03 07:45",
      id="verh_ack", text=_t,
      html=ats_card("Maison Verhaeghe", paras(_t),
                    "Merci de ne pas répondre à ce message automatique.", accent="#7f1d1d",
                    lang="fr"),
      headers=[("Auto-Submitted", "auto-generated")]))

add(M(ACK, "cabinet_bien_recu_cv", company="Cabinet Opale",
      contact="julien@cabinet-opale.example.fr", lang="fr",
      frm=("Julien Carpentier", "julien@cabinet-opale.example.fr"),
      subject="Re: Candidature spontanée - consultante RH", date="2026-06-01 12:36",
      text="""Bonjour Madame Adeyemi-Castro,

Nous avons bien reçu votre CV et votre lettre, merci. Votre parcours nous intéresse : nous prenons le temps de les lire avec Élodie, mon associée, et je reviens vers vous d'ici la fin de la semaine prochaine.

Bien cordialement,

Julien Carpentier
Associé fondateur – Cabinet Opale RH
"""))

_t = """Madame,

Votre candidature au poste de gestionnaire ressources humaines (référence DRH-2026-041) a bien été enregistrée le 11/05/2026.

Elle sera examinée par le bureau recrutement et mobilité après la date de clôture de l'offre. Les candidats retenus pour un entretien seront contactés par courriel ou par téléphone.

Direction des ressources humaines
Université de la Deûle

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
add(M(ACK, "universite_candidature_enregistree", company="Université de la Deûle",
      contact="", lang="fr",
      frm=("Université de la Deûle - Recrutement", "ne-pas-repondre@univ-deule.example.fr"),
      subject="Candidature enregistrée - DRH-2026-041", subject_enc=("iso-8859-1", "Q"),
      date="2026-05-11 15:04", html=page(paras(_t), lang="fr"), charset="windows-1252",
      cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")]))

# ================================================================ received: Spanish (3)

_t = """Hola, Siobhan:

Gracias por tu interés en Grupo Giralda. Te confirmamos que hemos recibido tu candidatura para el puesto de Técnica de Recursos Humanos (ref. GG-0926).

Nuestro equipo de Selección revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo.

Un saludo,
Equipo de Selección - Grupo Giralda
"""
add(M(ACK, "acuse_recibo_candidatura", company="Grupo Giralda", contact="", lang="es",
      frm=("Grupo Giralda - Empleo", "empleo-noreply@grupogiralda.example.es"),
      subject="Hemos recibido tu candidatura", date="2026-09-01 10:00", id="gir_ack",
      text=_t, html=ats_card("Grupo Giralda", paras(_t),
                             "Este correo se ha generado automáticamente. Por favor, no respondas.",
                             accent="#a16207", lang="es")))

add(M(ACK, "agencia_alta_base_datos", company="Talento Sur",
      contact="manuel.ortega@talentosur.example.es", lang="es",
      frm=("Manuel Ortega Núñez", "manuel.ortega@talentosur.example.es"),
      subject="Ya estás dada de alta en Talento Sur", date="2026-08-04 13:55",
      text="""Hola, Siobhan:

Encantado de haber hablado contigo esta mañana. Te confirmo que ya estás dada de alta en nuestra base de candidatos, con tu CV en inglés y en español.

Buscaré posiciones de generalista de RR. HH. en Sevilla y alrededores, en retail o industria. Antes de presentar tu candidatura a cualquier cliente te llamaré para contártelo.

Un saludo,
Manuel

Manuel Ortega Núñez
Consultor de Selección | Talento Sur
C/ San Fernando 12, 41004 Sevilla
""", charset="iso-8859-1"))

add(M(ACK, "sede_electronica_registro", company="Universidad Bética", contact="",
      lang="es",
      frm=("Universidad Bética - Sede Electrónica", "no-reply@ubetica.example.es"),
      subject="Justificante de registro de su solicitud", date="2026-09-03 23:41",
      text="""Estimada Sra. Adeyemi-Castro:

Su solicitud de participación en la convocatoria PTGAS 2026/17 (Técnico/a de Personal) ha quedado registrada con el número de asiento 2026/E/048812, con fecha 03/09/2026 a las 23:41.

Puede consultar el estado de su expediente en la Sede Electrónica de la Universidad Bética.

Este mensaje se ha generado automáticamente. No responda a esta dirección.
""", cte="base64", headers=[("Auto-Submitted", "auto-generated")]))

assert sum(1 for m in MESSAGES if m["kind"] == ACK) == 21

# ================================================================ offers: English (6)

_t = """Hi Siobhan,

Congratulations again - it was a pleasure to give you the good news on the phone this afternoon!

As promised, please find attached your offer letter for the role of HR Advisor at Brindley & Hart, based at our Colmore Circus head office. The headline terms are:

- Salary: £34,500 per annum
- Start date: Monday 13 April 2026 (we're happy to talk if your notice period means a later date)
- 25 days' holiday plus bank holidays, 25% colleague discount

The offer is subject to two satisfactory references and right-to-work checks. Please sign and return the letter by Friday 20 March, or give me a call with any questions.

We're really looking forward to having you on the team.

Best wishes,
Gemma
"""
add(M(OFF, "offer_letter_pdf_attached", company="Brindley & Hart",
      contact="gemma.rowley@brindleyhart.example.co.uk", lang="en",
      frm=("Gemma Rowley", "gemma.rowley@brindleyhart.example.co.uk"),
      subject="Your offer from Brindley & Hart - HR Advisor", date="2026-03-10 16:48",
      parent="bh_moved", id="bh_offer",
      text=_t + "\nGemma Rowley\nTalent Partner | Brindley & Hart\n40 Colmore Circus, Birmingham B4 6AT\n",
      html=outlook_html(mso(_t + "\nGemma Rowley\nTalent Partner | Brindley & Hart")),
      pdfs=[("Offer_Letter_HR_Advisor_S_Adeyemi-Castro.pdf",
             ["Brindley & Hart Ltd", "40 Colmore Circus, Birmingham B4 6AT", "",
              "Private and confidential", "Siobhan Adeyemi-Castro", "", "10 March 2026", "",
              "Dear Siobhan,", "Offer of employment: HR Advisor",
              "Salary: GBP 34,500 per annum. Start date: 13 April 2026.",
              "This offer is conditional on satisfactory references and right-to-work checks.",
              "Please sign and return by 20 March 2026.", "", "Gemma Rowley, Talent Partner"])]))

_q = """Dear Siobhan

Further to my email on Tuesday, I'm pleased to confirm a new date for your interview:

Wednesday 22 April 2026 at 13:30, Meeting Room 3, Arden Valley House"""
add(M(OFF, "verbal_offer_follow_up", company="Arden Valley NHS Foundation Trust",
      contact="lydia.osei@ardenvalleynhs.example.org.uk", lang="en",
      frm=("Lydia Osei", "lydia.osei@ardenvalleynhs.example.org.uk"),
      cc=[("Karen Whitlock", "karen.whitlock@ardenvalleynhs.example.org.uk")],
      subject="RE: Rearranged interview - HR Advisor (Band 5) 233-CORP-4410",
      date="2026-04-24 17:20", parent="arden_rebook",
      text="""Dear Siobhan

Following our telephone conversation this afternoon, I am delighted to confirm in writing that we would like to offer you the post of HR Advisor (Band 5) in Corporate Services.

As discussed, the offer is at the bottom of Band 5 (£31,049 pro rata to 37.5 hours) and is conditional on satisfactory references, an occupational health clearance and a basic DBS check. Karen will send your formal conditional offer letter and the pre-employment forms through our recruitment system early next week.

The panel were impressed by how you handled the absence case, and we are all looking forward to working with you.

Best wishes

Lydia Osei
HR Business Partner, Corporate Services
Arden Valley NHS Foundation Trust

""" + outlook_block("en", "Karen Whitlock <karen.whitlock@ardenvalleynhs.example.org.uk>",
                    "16 April 2026 10:02", f"{CAND_NAME} <{CAND_ADDR}>",
                    "Rearranged interview - HR Advisor (Band 5) 233-CORP-4410", _q) + "\n"))

add(M(OFF, "agency_client_wants_to_offer", company="Fosse Logistics",
      contact="lauren@meridiantalent.example.co.uk", lang="en",
      frm=("Lauren Baptiste", "lauren@meridiantalent.example.co.uk"),
      subject="Fosse Logistics - they want to make you an offer!", date="2026-06-23 12:15",
      parent="mer_fosse_moved",
      text="""Siobhan!

I've just come off the phone with Sam at Fosse Logistics and the client wants to make you an offer for the HR Generalist role. They loved how you handled the warehouse tour and the questions about the night shift.

What they've put forward:
- £31,000 basic plus up to 10% annual bonus
- 25 days' holiday plus bank holidays, rising with service
- Hybrid after probation: two days a week from home
- Start date flexible around your notice

Have a think and let me know when you're free to talk it through this afternoon - I'd like to go back to them by Thursday. If you want to push on salary, I think there's a little room.

Lauren
"""))

_t = """Hi Siobhan,

I'm very happy to tell you that your employment contract for the position of HR Generalist at Havenlicht Logistics is ready for signature.

I've attached a PDF copy for your records. You will also receive a separate email from our e-signing service with a secure link to sign the contract electronically. Please sign it by Friday 12 June.

Once it's signed, our HR team will contact you about your 30% ruling application, your BSN registration and your first day on 1 August.

Welcome aboard!

Sanne de Wit
Talent Acquisition Lead
Havenlicht Logistics B.V.
"""
add(M(OFF, "contract_for_signature_rotterdam", company="Havenlicht Logistics",
      contact="sanne.dewit@havenlicht.example.nl", lang="en",
      frm=("Sanne de Wit", "sanne.dewit@havenlicht.example.nl"),
      subject="Your employment contract - ready for signature", date="2026-06-05 14:30",
      tz="cet", parent="hav_reinv",
      text=_t, html=page(paras(_t)),
      pdfs=[("Havenlicht_Employment_Agreement_Adeyemi-Castro.pdf",
             ["Havenlicht Logistics B.V.", "Employment agreement (arbeidsovereenkomst)",
              "Employee: Siobhan Adeyemi-Castro", "Position: HR Generalist",
              "Start date: 1 August 2026", "Gross monthly salary: EUR 4,150",
              "Place of work: Waalhaven Z.z. 19, Rotterdam", "", "Signature: ______________"])]))

_t = """Hi Siobhan,

Thank you so much for your time over the last few weeks - and for your patience when I had to cancel on you!

I'm delighted to offer you the role of People Generalist at Quillfeather. Your offer letter is attached, with the full details of salary (£38,000), equity options, benefits and our hybrid set-up (two days a week in Hoxton).

Please have a read and let me know if you have any questions. If you're happy, you can sign the letter and send it back to me by Monday 27 July.

Really hope you'll join us!

Olu
"""
add(M(OFF, "offer_letter_people_generalist", company="Quillfeather",
      contact="olu@quillfeather.example.com", lang="en",
      frm=("Olu Bankole", "olu@quillfeather.example.com"),
      subject="Offer - People Generalist at Quillfeather", date="2026-07-20 10:45",
      parent="quill_cancel",
      text=_t + "\nOlu Bankole\nPeople Lead, Quillfeather\n",
      html=page(paras(_t)),
      pdfs=[("Quillfeather_Offer_Letter.pdf",
             ["Quillfeather Ltd - Offer of employment", "Role: People Generalist",
              "Salary: GBP 38,000 per annum plus share options", "Location: hybrid, London N1",
              "Please sign and return by 27 July 2026."])]))

_q2 = """Hi Martin,

Thank you so much for the call this morning - I'm thrilled! Could you tell me whether a start date in mid-August would be possible, as I need to give four weeks' notice?

Many thanks,
Siobhan"""
_q1 = """Dear Siobhan,

I'm afraid we need to change the date of your interview. Loxley House will be closed on Thursday 11 June for work on the fire alarm system, so your interview will now take place on Tuesday 16 June 2026, still at 10:15 and at the same address."""
_t = """Dear Siobhan,

Thank you for your email. Yes, a start date of Monday 17 August is fine with us.

I am pleased to confirm our conditional offer of employment for the post of HR Generalist (TBC-HR-112), Grade F, starting at £33,366 per annum. The offer is conditional on:
- two satisfactory references, one of which must be from your current employer;
- a satisfactory pre-employment health questionnaire;
- evidence of your right to work in the UK.

The formal offer letter and contract will follow by post this week. Please let me know if you have any questions in the meantime.

Kind regards,

Martin Oduya
HR Manager (Resourcing)
Trentside Borough Council
"""
_chain = (outlook_block("en", f"{CAND_NAME} <{CAND_ADDR}>", "22 June 2026 11:48",
                        "Martin Oduya <martin.oduya@trentside.example.gov.uk>",
                        "RE: Invitation to interview - HR Generalist (TBC-HR-112)", _q2)
          + "\n\n" + outlook_block("en", "Martin Oduya <martin.oduya@trentside.example.gov.uk>",
                                   "02 June 2026 08:57", f"{CAND_NAME} <{CAND_ADDR}>",
                                   "RE: Invitation to interview - HR Generalist (TBC-HR-112)", _q1))
add(M(OFF, "conditional_offer_outlook_chain", company="Trentside Borough Council",
      contact="martin.oduya@trentside.example.gov.uk", lang="en",
      frm=("Martin Oduya", "martin.oduya@trentside.example.gov.uk"),
      subject="RE: Invitation to interview - HR Generalist (TBC-HR-112)", date="2026-06-24 09:30",
      parent="trent_moved",
      text=_t + "\n" + _chain + "\n", html=outlook_html(mso(_t + "\n" + _chain)),
      headers=[("Thread-Topic", "Invitation to interview - HR Generalist (TBC-HR-112)")]))

# ================================================================ offers: German (1)

_t = """Liebe Frau Adeyemi-Castro,

vielen Dank für das offene und angenehme Gespräch am 17. Juli und für die Zeit, die Sie sich letzte Woche für den Filialrundgang mit Herrn Reimers genommen haben – wir sind uns im Team schnell einig geworden.

Wir freuen uns sehr, Ihnen die Position als HR Generalist (m/w/d) bei Elbkontor anbieten zu können. Im Anhang finden Sie unser Vertragsangebot mit allen Details: Start zum 1. Oktober 2026, unbefristet, 30 Urlaubstage, Bruttojahresgehalt 52.000 Euro sowie ein HVV-Deutschlandticket.

Bitte geben Sie uns bis zum 7. August Bescheid, ob Sie das Angebot annehmen möchten. Für Fragen rufen Sie mich gern jederzeit an.

Herzliche Grüße
Jana Schlüter
People Partner | Elbkontor GmbH
Ost-West-Straße 70, 20457 Hamburg
Tel. +49 40 5555 3310
"""
add(M(OFF, "vertragsangebot_pdf", company="Elbkontor",
      contact="j.schlueter@elbkontor.example.de", lang="de",
      frm=("Jana Schlüter", "j.schlueter@elbkontor.example.de"), from_enc=("iso-8859-1", "B"),
      subject="Ihr Vertragsangebot – HR Generalist (m/w/d)", subject_enc=("utf-8", "B"),
      date="2026-07-30 15:10", parent="elb_ok",
      text=_t, html=page(paras(_t), lang="de"),
      pdfs=[("Elbkontor_Vertragsangebot_Adeyemi-Castro.pdf",
             ["Elbkontor GmbH - Arbeitsvertrag (Entwurf)", "Position: HR Generalist (m/w/d)",
              "Beginn: 01.10.2026, unbefristet", "Bruttojahresgehalt: 52.000 EUR",
              "Urlaub: 30 Arbeitstage"])]))

# ================================================================ offers: French (2)

_t = """Bonjour Siobhan,

C'est avec un grand plaisir que je vous confirme notre souhait de vous accueillir au sein de Maison Verhaeghe en qualité de Chargée RH (H/F), en CDI, à compter du 2 novembre 2026.

Vous trouverez ci-joint votre promesse d'embauche précisant les conditions de votre engagement : statut agent de maîtrise, rémunération annuelle brute de 36 000 €, 13e mois, mutuelle et tickets-restaurant.

Je vous remercie de bien vouloir nous retourner ce document daté et signé avant le 11 septembre. N'hésitez pas à m'appeler pour toute question.

Au plaisir de vous compter parmi nous,

Claire Vandamme
Responsable Ressources Humaines
Maison Verhaeghe SAS – 12 rue Esquermoise, 59000 Lille
"""
add(M(OFF, "promesse_embauche_pdf", company="Maison Verhaeghe",
      contact="claire.vandamme@maison-verhaeghe.example.fr", lang="fr",
      frm=("Claire Vandamme", "claire.vandamme@maison-verhaeghe.example.fr"),
      subject="Promesse d'embauche – Chargée RH (H/F)", date="2026-09-02 10:22",
      parent="verh_moved",
      text=_t, html=page(paras(_t), lang="fr"),
      pdfs=[("Promesse_embauche_Adeyemi-Castro.pdf",
             ["Maison Verhaeghe SAS", "Promesse d'embauche", "Poste : Chargée RH (H/F) - CDI",
              "Date d'entrée : 2 novembre 2026", "Rémunération annuelle brute : 36 000 EUR",
              "A retourner signée avant le 11 septembre 2026."])]))

add(M(OFF, "proposition_orale_confirmee", company="Cabinet Opale",
      contact="julien@cabinet-opale.example.fr", lang="fr",
      frm=("Julien Carpentier", "julien@cabinet-opale.example.fr"),
      subject="Notre proposition - consultante RH junior", date="2026-06-26 11:05",
      parent="opale_inv",
      text="""Bonjour Siobhan,

Suite à notre échange de ce matin, je te confirme par écrit notre proposition pour le poste de consultante RH junior :

- CDI, statut cadre, forfait jours ;
- 38 k€ brut annuel, plus une prime sur objectifs pouvant aller jusqu'à 3 k€ ;
- démarrage souhaité le 1er septembre, mais on s'adaptera à ton préavis.

Élodie et moi sommes vraiment ravis à l'idée de travailler avec toi. Tu peux me donner ta réponse d'ici vendredi prochain ? Le contrat suivra dès ton accord.

Belle journée,
Julien
""", charset="windows-1252", cte="quoted-printable"))

# ================================================================ offers: Spanish (1)

add(M(OFF, "oferta_contrato_para_firma", company="Grupo Giralda",
      contact="rbenjumea@grupogiralda.example.es", lang="es",
      frm=("Rocío Benjumea", "rbenjumea@grupogiralda.example.es"), from_enc=("iso-8859-1", "Q"),
      subject="Oferta de empleo - Técnica de RR. HH.", subject_enc=("iso-8859-1", "B"),
      date="2026-10-01 12:40", parent="gir_ok",
      text="""Estimada Siobhan:

Nos complace ofrecerle el puesto de Técnica de Recursos Humanos en Grupo Giralda, con incorporación el 2 de noviembre de 2026.

Las condiciones principales son: contrato indefinido a jornada completa, salario bruto anual de 31.000 euros en catorce pagas, período de prueba de seis meses y un día de teletrabajo semanal.

Adjuntamos el contrato para su firma. Le agradeceríamos que nos lo devolviera firmado antes del 9 de octubre o que nos comunicara cualquier duda.

Reciba un cordial saludo,

Rocío Benjumea
Selección y Desarrollo | Grupo Giralda, S.L.
Avenida de la Constitución 20, 41004 Sevilla
""", charset="iso-8859-1", cte="quoted-printable",
      pdfs=[("Contrato_Grupo_Giralda_Adeyemi-Castro.pdf",
             ["Grupo Giralda, S.L. - Contrato de trabajo indefinido",
              "Trabajadora: Siobhan Adeyemi-Castro", "Puesto: Técnica de Recursos Humanos",
              "Incorporación: 2 de noviembre de 2026", "Salario bruto anual: 31.000 EUR"])]))

assert sum(1 for m in MESSAGES if m["kind"] == OFF) == 10
_ = (esc, reply_quote)
