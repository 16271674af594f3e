"""Corpus 187: application acknowledgements and offers."""

from msgs187_common import (
    AMANDINE,
    CAND,
    CONOR,
    DECLAN,
    EIMEAR,
    GRAINNE,
    HOFFMANN,
    JAVIER,
    LINDNER,
    LUCIA,
    MAIRE,
    NIAMH,
    RUAIRI,
    SEBASTIEN,
    TADHG,
    M,
    ats_card,
    button,
    mso,
    outlook_block,
    outlook_html,
    paras,
    plain_html,
    who,
)

# ============================================================== application_received

T_CORRIB_ACK = """Dear Fionnuala,

Thank you for applying for the Accounts Payable Clerk position (Job Requisition R-0112) at Corrib & Lee Shared Services.

We have successfully received your application. Our Talent Acquisition team will review your details, and if your skills and experience match the requirements of the role, a member of the team will be in touch to discuss next steps.

You can check the status of your application at any time in Candidate Home:
https://wd3.myworkday.com/corriblee/d/home.htmld

Kind regards,
Talent Acquisition
Corrib & Lee Shared Services

Please do not reply to this email; this mailbox is not monitored.
"""

T_SHANNON_ACK = """Hi Fionnuala,

Thanks for applying for the Accounts Payable Officer role at Shannon Estuary Airlines - we're glad you want to fly with us.

Our Talent Acquisition team is now reviewing applications and will be in touch if your background is a match for the role. We receive a very high number of applications, so unfortunately we cannot reply to every applicant individually. If you haven't heard from us within four weeks, please feel free to apply for other roles on our careers page.

Thanks again for your interest,
The Shannon Estuary Airlines Talent Team
"""

T_MERIDIA_ACK = """Madame Dufresne-Abara,

Nous vous remercions pour votre candidature au poste de Comptable fournisseurs (H/F/X), réf. MSP-AP-0214.

Votre dossier a bien été enregistré et sera examiné avec attention par notre équipe Talent Acquisition. Si votre profil correspond à nos besoins, nous vous contacterons dans les trois semaines pour convenir d'un premier échange.

Vous pouvez suivre l'état de votre candidature dans votre espace candidat.

Cordialement,
L'équipe Recrutement
Meridia Services Partagés

Ce message est généré automatiquement. Merci de ne pas y répondre.
"""

T_MAINUFER_ACK = """Sehr geehrte Frau Dufresne-Abara,

vielen Dank für Ihre Bewerbung als Mitarbeiter Kreditorenbuchhaltung (m/w/d) und Ihr Interesse an den Mainufer Hotels.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Mainufer Hotels
"""

T_GUADA_ACK = """¡Hola Fionnuala!

Gracias por enviarnos tu candidatura para el puesto de Técnico/a de Cuentas a Pagar (inglés C2). La hemos recibido correctamente.

Nuestro equipo de Talento revisará tu perfil en los próximos días. Si encaja con lo que buscamos, te escribiremos para proponerte una primera conversación.

Mientras tanto, puedes conocer mejor cómo trabajamos en https://guadalmedina-ssc.example.es/equipo

Un saludo,
Equipo de Talento – Guadalmedina Servicios Compartidos
"""

T_ALBORAN_ACK = """Hola Fionnuala:

Hemos recibido tu solicitud para el puesto de Técnico/a de Contabilidad de Proveedores (R-2026-0431) en Alborán Air.

Gracias por tu interés en formar parte de nuestra tripulación de tierra. Revisaremos tu perfil y, si avanzas a la siguiente fase, te contactaremos por correo electrónico o por teléfono.

Puedes consultar el estado de tu candidatura en cualquier momento en tu página de candidato.

Atentamente,
Selección y Desarrollo – Alborán Air

Este buzón no admite respuestas.
"""

MESSAGES = [
    M(kind="application_received", slug="corrib_workday", lang="en",
      company="Corrib & Lee Shared Services", contact="",
      frm=("Corrib & Lee Shared Services", "corriblee@myworkday.com"), to=[CAND],
      subject="Thank you for applying: Accounts Payable Clerk (R-0112)",
      date="2026-01-12 21:43 +0000", text=T_CORRIB_ACK,
      html=ats_card("Corrib & Lee Shared Services", "#005a8c", paras(T_CORRIB_ACK)), html_cte="base64"),

    M(kind="application_received", slug="shannon_greenhouse", lang="en",
      company="Shannon Estuary Airlines", contact="",
      frm=("Shannon Estuary Airlines", "no-reply@us.greenhouse-mail.io"), to=[CAND],
      subject="Thanks for applying to Shannon Estuary Airlines", date="2026-06-01 09:12 +0000",
      text=T_SHANNON_ACK,
      html=ats_card("Shannon Estuary Airlines", "#0b4f6c", paras(T_SHANNON_ACK),
                    "Sent via Greenhouse"), mid_domain="us.greenhouse-mail.io"),

    M(kind="application_received", slug="liffey_registration", lang="en",
      company="Liffey Talent Partners", contact=NIAMH[1],
      frm=NIAMH, to=[CAND], subject="Welcome to Liffey Talent Partners", date="2026-03-02 12:30 +0000",
      text="""Hi Fionnuala,

Lovely to speak with you this morning. Just confirming that you're now registered with Liffey Talent Partners and your CV is on our system, so I can put you forward for roles with your permission.

From our chat, you're looking for:
- Accounts payable / purchase ledger roles, clerk or assistant level
- Dublin (hybrid), or Cork/Limerick
- EUR 30-34k, with one month's notice

I have one or two practices in mind already and will be in touch as soon as I have something concrete. In the meantime, please don't apply to any roles through other agencies without letting me know, so we don't end up sending your CV twice.

Talk soon,
Niamh

Niamh Gallagher
Senior Consultant, Accountancy & Finance
Liffey Talent Partners
Grand Canal Quay, Dublin 2 | +353 1 555 0177
"""),

    M(kind="application_received", slug="lagan_lever", lang="en",
      company="Lagan Quay Hotels", contact="",
      frm=("Lagan Quay Hotels", "no-reply@hire.lever.co"), to=[CAND],
      subject="Thank you for your application to Lagan Quay Hotels",
      date="2026-04-06 19:22 +0100", mid_domain="hire.lever.co",
      html=plain_html("""<p>Hi Fionnuala,</p>
<p>Thank you for applying for the <b>Accounts Payable Administrator</b> position at Lagan Quay Hotels. We've received your application and our People &amp; Culture team will review it shortly.</p>
<p>We aim to get back to every applicant within 14 days. In the meantime, why not take a look at <a href="https://laganquayhotels.example.co.uk/life-at-lqh">life at Lagan Quay</a>?</p>
<p>Best wishes,<br>The Lagan Quay Hotels team</p>
<p style="color:#999;font-size:11px">This message was sent by Lever on behalf of Lagan Quay Hotels. Replies to this address are not monitored.</p>"""),
      cte="quoted-printable"),

    M(kind="application_received", slug="clyde_smartrecruiters", lang="en",
      company="Clyde Meridian Business Services", contact="",
      frm=("Clyde Meridian Business Services", "noreply@smartrecruiters.com"), to=[CAND],
      subject="We've received your application - Purchase-to-Pay Associate",
      date="2026-05-11 08:02 +0100", mid_domain="smartrecruiters.com",
      html=ats_card("Clyde Meridian Business Services", "#14532d", paras("""Dear Fionnuala,

Thank you for your application for the Purchase-to-Pay Associate position in Glasgow. This email confirms that we have received it.

Our Resourcing team will review all applications after the closing date of 15 May. Due to the number of applications we receive, we are unfortunately unable to respond to each applicant individually about the outcome of the initial screening. Shortlisted candidates will be contacted by phone or email by the end of May.

Thank you for your interest in a career with Clyde Meridian.

Resourcing Team
Clyde Meridian Business Services"""), "Powered by SmartRecruiters · Privacy policy"),
      cte="base64"),

    M(kind="application_received", slug="lee_valley_icims", lang="en",
      company="Lee Valley University", contact="",
      frm=("Lee Valley University", "leevalleyuni@icims.com"), to=[CAND],
      subject="Application received – LVU-FO-2611 Senior Accounts Payable Administrator",
      subj_enc=("utf-8", "Q"), date="2026-08-03 22:41 +0100", mid_domain="icims.com",
      text="""Dear Fionnuala Dufresne-Abara,

Thank you for your application for the post of Senior Accounts Payable Administrator (LVU-FO-2611) in the Finance Office.

This is to confirm that your application was received on 3 August 2026. Applications will be assessed by a shortlisting panel after the closing date of 14 August 2026. Candidates who are shortlisted will be contacted by email with interview details.

Lee Valley University is an equal opportunities employer.

HR Recruitment & Selection
Lee Valley University, Western Road, Cork

This is an automated email. Please do not reply.
""", cte="base64"),

    M(kind="application_received", slug="muckross_bamboohr", lang="en",
      company="Muckross Lakeside Hotels", contact="",
      frm=("Muckross Lakeside Hotels", "no-reply@bamboohr.com"), to=[CAND],
      subject="Thanks for applying, Fionnuala!", date="2026-01-05 14:20 +0000",
      mid_domain="bamboohr.com",
      text="""Hi Fionnuala,

Thanks for applying for the AP & Purchasing Administrator position with Muckross Lakeside Hotels. We've got your application and our HR team will be taking a look at it soon.

If your experience is a good match we'll be in touch to arrange a chat.

All the best,
Muckross Lakeside Hotels
Muckross Road, Killarney, Co. Kerry
"""),

    M(kind="application_received", slug="ardlinn_cv_received", lang="en",
      company="Ardlinn Foods Group", contact=CONOR[1],
      frm=CONOR, to=[CAND], subject="Accounts Payable Analyst - CV received",
      date="2026-03-03 09:50 +0000",
      text="""Hi Fionnuala,

Thanks for sending your CV for the Accounts Payable Analyst role in our shared service centre at Park West. I wanted to let you know it's landed safely with me.

I'm going through applications this week and will come back to you either way by Friday.

Thanks,
Conor

Conor Hegarty | Recruitment Lead | Ardlinn Foods Group
Park West Business Campus, Dublin 12 | +353 1 555 0109
"""),

    M(kind="application_received", slug="inishfallen_taleo_ack", lang="en",
      company="Inishfallen Leisure Group", contact="",
      frm=("Inishfallen Leisure Group", "no-reply@taleo.net"), to=[CAND],
      subject="Confirmation of application - Purchase Ledger Administrator (2600213)",
      date="2026-01-19 23:05 +0000", mid_domain="taleo.net",
      text="""Dear Fionnuala Dufresne-Abara,

Thank you for your interest in the Purchase Ledger Administrator position (Requisition 2600213) with Inishfallen Leisure Group.

Your application has been successfully submitted. Our recruitment team will review your qualifications and contact you if there is a match.

You can review the status of your submission at any time by accessing the "My Jobpage" section of our Career Section.

Best regards,
Inishfallen Leisure Group - Talent Acquisition

*** This is an automated message. Please do not reply. ***
""", cte="quoted-printable"),

    M(kind="application_received", slug="stonebridge_ashby", lang="en",
      company="Stonebridge Shared Services", contact="",
      frm=("Stonebridge Shared Services", "no-reply@ashbyhq.com"), to=[CAND],
      subject="Thanks for applying to Stonebridge Shared Services",
      date="2026-07-01 13:22 +0100", mid_domain="ashbyhq.com",
      text="""Hi Fionnuala,

Thanks for applying to the Accounts Payable Analyst position at Stonebridge Shared Services. We've received your application and the team will review it shortly.

We try to respond to everyone within two weeks.

The Stonebridge Talent Team
""",
      html=ats_card("Stonebridge Shared Services", "#3f3d56", paras("""Hi Fionnuala,

Thanks for applying to the Accounts Payable Analyst position at Stonebridge Shared Services. We've received your application and the team will review it shortly.

We try to respond to everyone within two weeks.

The Stonebridge Talent Team"""), "Powered by Ashby")),

    M(kind="application_received", slug="broomielaw_ack", lang="en",
      company="Broomielaw Travel Group", contact="",
      frm=("Broomielaw Travel Group", "noreply@candidates.workablemail.com"), to=[CAND],
      subject="Application received: Accounts Payable Assistant", date="2026-10-01 19:00 +0100",
      mid_domain="candidates.workablemail.com",
      html=ats_card("Broomielaw Travel Group", "#0e7490", paras("""Hi Fionnuala,

Your application for the Accounts Payable Assistant job at Broomielaw Travel Group has been received.

Our hiring team will review it and get back to you. If you need to update any details, you can do so from the link below.""")
                    + button("View your application", "https://apply.workable.com/broomielaw-travel/j/AC5521/", "#0e7490"),
                    "Sent with Workable"), cte="base64"),

    M(kind="application_received", slug="blackwater_registration", lang="en",
      company="Blackwater Recruitment", contact=EIMEAR[1],
      frm=EIMEAR, to=[CAND], subject="Registration confirmed - Blackwater Recruitment",
      date="2026-02-09 10:15 +0000",
      text="""Hi Fionnuala,

Thanks for registering with Blackwater Recruitment. We've received your CV and I'll be looking after you for finance roles across Cork and the harbour area.

I'll call you later this week to go through what you're looking for. If you can, reply with your current salary and notice period before then.

Kind regards,
Eimear

Eimear Cronin
Recruitment Consultant - Finance & Hospitality
Blackwater Recruitment, 14 South Mall, Cork
+353 21 555 0122

This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. Blackwater Recruitment Ltd, registered in Ireland no. 555012.
""",
      html=outlook_html(mso("""Hi Fionnuala,

Thanks for registering with Blackwater Recruitment. We've received your CV and I'll be looking after you for finance roles across Cork and the harbour area.

I'll call you later this week to go through what you're looking for. If you can, reply with your current salary and notice period before then.

Kind regards,
Eimear

Eimear Cronin
Recruitment Consultant - Finance & Hospitality
Blackwater Recruitment, 14 South Mall, Cork
+353 21 555 0122""") + """
<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. Blackwater Recruitment Ltd, registered in Ireland no. 555012.</span></p>"""),
      cte="quoted-printable"),

    M(kind="application_received", slug="meridia_successfactors", lang="fr",
      company="Meridia Services Partagés", contact="",
      frm=("Meridia Services Partagés", "noreply@successfactors.eu"), name_enc=("utf-8", "Q"),
      to=[CAND], subject="Accusé de réception de votre candidature – Comptable fournisseurs (H/F/X)",
      subj_enc=("utf-8", "Q"), date="2026-02-23 21:14 +0000", mid_domain="successfactors.eu",
      text=T_MERIDIA_ACK,
      html=ats_card("Meridia Services Partagés", "#4338ca", paras(T_MERIDIA_ACK), "SAP SuccessFactors", "fr"),
      cte="quoted-printable"),

    M(kind="application_received", slug="horta_inscription", lang="fr",
      company="Horta Intérim", contact=SEBASTIEN[1],
      frm=SEBASTIEN, name_enc=("utf-8", "B"), to=[CAND],
      subject="Bienvenue chez Horta Intérim", date="2026-04-20 10:05 +0200",
      text="""Bonjour Fionnuala,

Merci pour votre visite sur notre site et pour l'envoi de votre CV. Votre dossier est désormais complet dans notre base de candidats : je suis votre consultant de référence pour les fonctions comptables et financières.

Je vous appellerai dans les prochains jours pour un court entretien téléphonique de préqualification, afin de mieux cerner vos attentes (type de contrat, salaire, date de disponibilité).

À très bientôt,
Sébastien Peeters
Consultant Finance & Comptabilité
Horta Intérim – Rue Américaine 25, 1060 Saint-Gilles
+32 2 555 01 98
""", cte="quoted-printable"),

    M(kind="application_received", slug="sablon_accuse", lang="fr",
      company="Hôtels du Sablon", contact="",
      frm=("Hôtels du Sablon", "no-reply@jobs.recruitee.com"), name_enc=("utf-8", "Q"), to=[CAND],
      subject="Nous avons bien reçu votre candidature", date="2026-01-26 20:00 +0100",
      mid_domain="jobs.recruitee.com",
      text="""Bonjour Fionnuala,

Merci d'avoir postulé au poste de comptable fournisseurs au siège des Hôtels du Sablon. Nous avons bien reçu votre candidature.

Notre équipe RH l'étudiera dans les meilleurs délais et reviendra vers vous, quelle que soit la suite donnée.

Belle soirée,
L'équipe RH des Hôtels du Sablon
""",
      html=plain_html(paras("""Bonjour Fionnuala,

Merci d'avoir postulé au poste de comptable fournisseurs au siège des Hôtels du Sablon. Nous avons bien reçu votre candidature.

Notre équipe RH l'étudiera dans les meilleurs délais et reviendra vers vous, quelle que soit la suite donnée.

Belle soirée,
L'équipe RH des Hôtels du Sablon""") + '\n<p style="font-size:11px;color:#888">Propulsé par Recruitee</p>', "fr"),
      cte="base64"),

    M(kind="application_received", slug="hessenflug_eingang", lang="de",
      company="Hessenflug", contact="",
      frm=("Hessenflug", "noreply@personio.de"), to=[CAND],
      subject="Eingangsbestätigung Ihrer Bewerbung - Kreditorenbuchhalter (m/w/d)",
      subj_enc=("iso-8859-1", "Q"), date="2026-04-13 19:41 +0000", mid_domain="personio.de",
      text="""Hallo Frau Dufresne-Abara,

vielen Dank für Ihre Bewerbung als Kreditorenbuchhalter (m/w/d) bei Hessenflug. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns in den nächsten zwei Wochen bei Ihnen.

Viele Grüße
Ihr Hessenflug Recruiting Team

Diese E-Mail wurde automatisch versendet. Bitte antworten Sie nicht auf diese Nachricht.
""", charset="iso-8859-1", cte="quoted-printable"),

    M(kind="application_received", slug="mainufer_eingang", lang="de",
      company="Mainufer Hotels", contact="",
      frm=("Mainufer Hotels", "noreply@softgarden.io"), to=[CAND],
      subject="Ihre Bewerbung bei den Mainufer Hotels", date="2026-02-16 10:00 +0100",
      mid_domain="softgarden.io",
      text=T_MAINUFER_ACK,
      html=ats_card("Mainufer Hotels", "#7f1d1d", paras(T_MAINUFER_ACK), "softgarden e-recruiting", "de"),
      cte="quoted-printable"),

    M(kind="application_received", slug="bockenheim_eingang", lang="de",
      company="Hochschule Bockenheim", contact="",
      frm=("Hochschule Bockenheim - Personalabteilung", "bewerbung-noreply@hs-bockenheim.example.de"),
      name_enc=("iso-8859-1", "Q"), to=[CAND],
      subject="Ihre Bewerbung: Sachbearbeitung Kreditorenbuchhaltung (Kennziffer 2026-114)",
      date="2026-09-07 08:30 +0200",
      text="""Sehr geehrte Bewerberin, sehr geehrter Bewerber,

wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle „Sachbearbeitung Kreditorenbuchhaltung (E8 TV-H)“, Kennziffer 2026-114.

Aufgrund der großen Zahl an Bewerbungen können wir leider nicht jede Bewerbung einzeln beantworten, solange das Auswahlverfahren läuft. Sie erhalten von uns Nachricht, sobald über die Besetzung entschieden ist oder wir Sie zu einem Gespräch einladen möchten.

Mit freundlichen Grüßen
Personalabteilung
Hochschule Bockenheim
""", charset="utf-8", cte="8bit"),

    M(kind="application_received", slug="guadalmedina_recibida", lang="es",
      company="Guadalmedina Servicios Compartidos", contact="",
      frm=("Guadalmedina Servicios Compartidos", "no-reply@teamtailor-mail.com"), to=[CAND],
      subject="Hemos recibido tu candidatura", date="2026-06-08 17:03 +0200",
      mid_domain="teamtailor-mail.com",
      text=T_GUADA_ACK,
      html=ats_card("Guadalmedina Servicios Compartidos", "#b45309", paras(T_GUADA_ACK), "Enviado con Teamtailor", "es"),
      cte="base64"),

    M(kind="application_received", slug="alboran_recibida", lang="es",
      company="Alborán Air", contact="",
      frm=("Alborán Air", "alboranair@myworkday.com"), name_enc=("iso-8859-1", "Q"), to=[CAND],
      subject="Hemos recibido tu solicitud – R-2026-0431", subj_enc=("utf-8", "Q"),
      date="2026-05-04 07:15 +0000", mid_domain="myworkday.com",
      text=T_ALBORAN_ACK,
      html=ats_card("Alborán Air", "#0369a1", paras(T_ALBORAN_ACK), "", "es"),
      cte="quoted-printable"),

    M(kind="application_received", slug="talento_sur_registro", lang="es",
      company="Talento Sur", contact=JAVIER[1],
      frm=JAVIER, to=[CAND], subject="Alta en Talento Sur", date="2026-02-16 12:00 +0100",
      text="""Hola Fionnuala:

Ya estás dada de alta en Talento Sur. Hemos recibido tu CV y tu formulario, y a partir de ahora seré tu consultor para puestos de administración y contabilidad en la provincia de Málaga.

Tengo un par de clientes del sector hotelero que buscan perfiles con inglés y experiencia en recepción o auditoría nocturna. En cuanto alguno encaje contigo, te llamo para contártelo antes de presentar tu candidatura.

Un saludo,
Javier Montiel
Consultor de Selección - Talento Sur
Alameda Principal 21, 29001 Málaga
+34 952 55 01 19
""", charset="iso-8859-1", cte="quoted-printable"),
]

# ============================================================== offer

T_SHANNON_OFFER = """Hi Fionnuala,

Further to our call this afternoon, I'm delighted to confirm that Shannon Estuary Airlines would like to offer you the position of Accounts Payable Officer in our Finance team at Shannon.

The main terms are:
- Salary: EUR 37,500 per annum
- Hours: 39 per week, Monday to Friday, with hybrid working after probation
- Annual leave: 23 days plus public holidays
- Staff travel: standby travel on our network after three months
- Start date: to be agreed

Your formal offer letter is attached. Please sign and return it by Friday 10 July, or let me know if you have any questions.

Congratulations - Fidelma and the team are looking forward to working with you.

Declan

Declan Moroney
Talent Acquisition | Shannon Estuary Airlines
Shannon Airport House, Shannon, Co. Clare V14 EE06
+353 61 555 0133
"""

T_SKELLIG_THANKS = """Dear Tadhg,

Many thanks for meeting me at Farranfore yesterday, and for the tour of the hangar. It was great to see where the invoices actually come from!

I'm very interested in the Accounts Payable Specialist role and would be glad to answer any further questions.

Kind regards,
Fionnuala Dufresne-Abara
"""

T_SKELLIG_OFFER = """Dear Fionnuala,

Thank you for your note, and for coming to see us last week. I'm very pleased to tell you that we would like to offer you the role of Accounts Payable Specialist at Skellig Air.

The attached letter sets out the terms: a salary of EUR 35,000, a 37.5-hour week based at Kerry Airport, Farranfore, pension contribution of 5% and two free return flights a year on our network. We'd hope you could start on Monday 29 June.

Please have a read and give me a ring with any questions. If you're happy, sign and send back the acceptance page by Friday 5 June.

Looking forward to hearing from you.

Tadhg O'Shea
Finance Manager
Skellig Air | Kerry Airport, Farranfore, Co. Kerry V93 KX27
+353 66 555 0105
"""

MESSAGES += [
    M(kind="offer", slug="shannon_offer_pdf", lang="en",
      company="Shannon Estuary Airlines", contact=DECLAN[1],
      frm=DECLAN, to=[CAND], parent="shannon_new_slot",
      subject="Your offer - Accounts Payable Officer", date="2026-07-03 16:10 +0100",
      text=T_SHANNON_OFFER,
      attachments=[{"type": "pdf", "filename": "SEA_Offer_Letter_Dufresne-Abara.pdf",
                        "title": "Offer of employment - Accounts Payable Officer",
                        "lines": ["Shannon Estuary Airlines", "Shannon Airport House, Shannon, Co. Clare",
                               "3 July 2026", "Dear Fionnuala,",
                               "We are pleased to offer you the position of Accounts Payable Officer.",
                               "Salary: EUR 37,500 per annum. Probation: six months.",
                               "Please sign and return one copy by 10 July 2026.",
                               "Signed: Declan Moroney, Talent Acquisition",
                               "Accepted: ______________________  Date: ________"]}]),

    M(kind="offer", slug="lee_valley_contract_signature", lang="en",
      company="Lee Valley University", contact=MAIRE[1],
      frm=MAIRE, name_enc=("iso-8859-1", "Q"), to=[CAND], parent="lee_valley_updated_ics",
      subject="Contract of employment for signature - Senior Accounts Payable Administrator",
      date="2026-10-02 15:30 +0100",
      text="""Dear Fionnuala,

Following the recommendation of the interview board and the completion of your reference checks, I am pleased to enclose your contract of employment for the post of Senior Accounts Payable Administrator in the Finance Office.

Please read the contract carefully, sign both copies and return one to me, either by post or as a scanned PDF, by Friday 9 October 2026. The pre-employment health questionnaire is also attached; please complete it at the same time.

Your proposed start date is Monday 2 November 2026. On your first morning please come to HR Reception, Áras Uí Rathaille, at 09:30.

Congratulations, and welcome to Lee Valley University.

Máire Ní Bhriain
HR Officer, Recruitment & Selection
Lee Valley University, Western Road, Cork
+353 21 555 0190
""", charset="iso-8859-1", cte="quoted-printable",
      attachments=[{"type": "pdf", "filename": "LVU_Contract_of_Employment_Dufresne-Abara.pdf",
                        "title": "Contract of employment - LVU-FO-2611",
                        "lines": ["Lee Valley University - Contract of Employment",
                               "Employee: Fionnuala Dufresne-Abara",
                               "Post: Senior Accounts Payable Administrator, Finance Office",
                               "Commencement: 2 November 2026", "Salary: point 3 of the scale, EUR 41,120",
                               "Probation: 12 months", "Signed for the University: ____________",
                               "Signed by the Employee: ____________"]},
                   {"type": "pdf", "filename": "Pre-employment_Health_Questionnaire.pdf",
                        "title": "Pre-employment health questionnaire",
                        "lines": ["Lee Valley University - Occupational Health",
                               "Pre-employment health questionnaire", "Please complete and return with your contract."]}]),

    M(kind="offer", slug="muckross_verbal_followup", lang="en",
      company="Muckross Lakeside Hotels", contact=GRAINNE[1],
      frm=GRAINNE, name_enc=("utf-8", "B"), to=[CAND],
      subject="Following our call", date="2026-01-27 12:00 +0000",
      text="""Hi Fionnuala,

Thanks for taking my call this morning, and sorry for ringing when you'd just come off nights!

Just to put in writing what I said on the phone: we'd love you to join us as AP & Purchasing Administrator in the group finance office. The package is €34,500, Monday to Friday 8:30 to 5, 22 days' holidays rising with service, staff rates across the group, and we'll support you through your accounting technician exams.

Colm will send the formal contract once you tell me you're happy to go ahead. Take a few days to think about it - and do ask me anything.

Gráinne

Gráinne O'Sullivan
HR Manager, Muckross Lakeside Hotels
087 555 0114
""", cte="8bit"),

    M(kind="offer", slug="blackwater_cobh_quays", lang="en",
      company="Cobh Quays Shared Services", contact=EIMEAR[1],
      frm=EIMEAR, to=[CAND], subject="Offer from Cobh Quays!!", date="2026-05-19 12:40 +0100",
      text="""Hi Fionnuala,

Brilliant news - I've just come off the phone with the finance director at Cobh Quays Shared Services and the client wants to make you an offer for the Accounts Payable Associate role.

What they've proposed:
- EUR 35,000 basic
- 10% shift allowance for the early/late rota
- 25 days' annual leave
- Start date: Monday 15 June, or sooner if your notice allows

Their HR will send the written offer and contract tomorrow. Have a think and give me a call this afternoon - I'm at my desk until six.

Delighted for you!
Eimear

Eimear Cronin
Recruitment Consultant - Finance & Hospitality
Blackwater Recruitment | +353 21 555 0122
"""),

    M(kind="offer", slug="skellig_air_offer", lang="en",
      company="Skellig Air", contact=TADHG[1],
      frm=TADHG, to=[CAND], subject="RE: Thank you", date="2026-05-27 15:00 +0100",
      headers={"In-Reply-To": "<CAND.20260519204211.7310@example.ie>",
               "Thread-Topic": "Thank you"},
      text=T_SKELLIG_OFFER + outlook_block("en", who(CAND), "2026-05-19 20:42 +0100", who(TADHG),
                                           "Thank you", T_SKELLIG_THANKS),
      html=outlook_html(mso(T_SKELLIG_OFFER) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                        + mso(outlook_block("en", who(CAND), "2026-05-19 20:42 +0100", who(TADHG),
                                            "Thank you", T_SKELLIG_THANKS)) + "\n</div>"),
      cte="quoted-printable",
      attachments=[{"type": "pdf", "filename": "Skellig_Air_Offer_Letter.pdf",
                        "title": "Skellig Air - Offer of Employment",
                        "lines": ["Skellig Air - Kerry Airport, Farranfore", "Offer of employment",
                               "Position: Accounts Payable Specialist", "Salary: EUR 35,000 per annum",
                               "Start date: Monday 29 June 2026",
                               "Please sign the acceptance page and return by 5 June 2026."]}]),

    M(kind="offer", slug="bann_valley_client_offer", lang="en",
      company="Bann Valley Staffing", contact=RUAIRI[1],
      frm=RUAIRI, name_enc=("utf-8", "Q"), to=[CAND],
      subject="Good news from the Titanic Quarter client", date="2026-09-10 17:00 +0100",
      text="""Hi Fionnuala,

Delighted to say the client wants to make you an offer for the Accounts Payable Assistant role!

They're proposing £30,500, hybrid after the first month (three days in the office), and a start date of Monday 5 October. They'll confirm in writing once you give me the nod, and that's when I can finally tell you who they are - though I suspect you've guessed.

Ring me when you can and we'll talk it through. No need to decide tonight.

Cheers,
Ruairí

Ruairí McKenna
Recruitment Consultant - Finance
Bann Valley Staffing | +44 28 9555 0126
""", cte="quoted-printable"),

    M(kind="offer", slug="meridia_offre_pdf", lang="fr",
      company="Meridia Services Partagés", contact=AMANDINE[1],
      frm=AMANDINE, to=[CAND], parent="meridia_deplace_ics",
      subject="Proposition d'engagement – Comptable fournisseurs", subj_enc=("utf-8", "B"),
      date="2026-04-02 16:45 +0200",
      text="""Bonjour Fionnuala,

C'est avec grand plaisir que je vous confirme, suite à nos entretiens, que Meridia Services Partagés souhaite vous engager au poste de Comptable fournisseurs (H/F/X).

Vous trouverez en pièce jointe notre proposition d'engagement détaillant les conditions : contrat à durée indéterminée, rémunération brute mensuelle de 3 450 €, chèques-repas, assurance hospitalisation et deux jours de télétravail par semaine. La date d'entrée en fonction proposée est le 1er juin 2026.

Nous vous remercions de nous faire part de votre décision d'ici le 10 avril. Je reste bien entendu disponible pour toute question, notamment concernant votre installation à Bruxelles.

Au plaisir de vous accueillir dans l'équipe,

Amandine Verhaegen
Talent Acquisition Specialist
Meridia Services Partagés – Avenue Louise 231, 1050 Bruxelles
+32 2 555 01 64
""", cte="quoted-printable",
      attachments=[{"type": "pdf", "filename": "Proposition_engagement_Meridia.pdf",
                        "title": "Proposition d'engagement - Meridia Services Partagés",
                        "lines": ["Meridia Services Partagés - Avenue Louise 231, 1050 Bruxelles",
                               "Proposition d'engagement", "Fonction : Comptable fournisseurs (H/F/X)",
                               "Contrat : durée indéterminée, temps plein",
                               "Rémunération brute mensuelle : 3 450 EUR",
                               "Entrée en fonction : 1er juin 2026",
                               "Réponse souhaitée avant le 10 avril 2026"]}]),

    M(kind="offer", slug="eiserner_steg_vertrag", lang="de",
      company="Hotel Eiserner Steg", contact=HOFFMANN[1],
      frm=HOFFMANN, to=[CAND], parent="eiserner_steg_probearbeit",
      subject="Ihr Arbeitsvertrag – Buchhalterin Kreditoren", subj_enc=("utf-8", "Q"),
      date="2026-08-20 16:00 +0200",
      text="""Liebe Frau Dufresne-Abara,

nach Ihrem Probearbeitstag waren sich alle im Team einig: Wir möchten Sie sehr gerne als Buchhalterin in der Kreditorenbuchhaltung des Hotels Eiserner Steg einstellen.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Die wichtigsten Eckdaten:
– Beginn: 1. Oktober 2026
– Bruttojahresgehalt: 44.000 €
– 40 Stunden/Woche, 30 Tage Urlaub
– Probezeit: 6 Monate

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 4. September zurück. Für die ersten Wochen können wir Ihnen gern ein Personalzimmer zur Verfügung stellen, bis Sie eine Wohnung gefunden haben.

Wir freuen uns auf Sie!

Herzliche Grüße
Birgit Hoffmann
Leitung Finanzbuchhaltung
Hotel Eiserner Steg | Mainkai 7 | 60311 Frankfurt am Main
""", cte="quoted-printable",
      attachments=[{"type": "pdf", "filename": "Arbeitsvertrag_Dufresne-Abara.pdf",
                        "title": "Arbeitsvertrag - Hotel Eiserner Steg",
                        "lines": ["Arbeitsvertrag", "zwischen Hotel Eiserner Steg, Mainkai 7, Frankfurt am Main",
                               "und Frau Fionnuala Dufresne-Abara",
                               "Tätigkeit: Buchhalterin Kreditoren", "Beginn: 01.10.2026",
                               "Bruttojahresgehalt: 44.000 EUR", "Probezeit: 6 Monate",
                               "Unterschrift Arbeitgeber: ____________  Unterschrift Arbeitnehmerin: ____________"]}]),

    M(kind="offer", slug="bockenheim_zusage", lang="de",
      company="Hochschule Bockenheim", contact=LINDNER[1],
      frm=LINDNER, to=[CAND], subject="Ihre Bewerbung - Kennziffer 2026-114",
      subj_enc=("iso-8859-1", "Q"), date="2026-10-09 11:00 +0200",
      text="""Sehr geehrte Frau Dufresne-Abara,

wie heute Vormittag telefonisch besprochen, freuen wir uns, Ihnen die Stelle „Sachbearbeitung Kreditorenbuchhaltung“ (E8 TV-H, Kennziffer 2026-114) an der Hochschule Bockenheim anbieten zu können.

Die Auswahlkommission hat sich einstimmig für Sie ausgesprochen. Nach Zustimmung des Personalrats erhalten Sie den Arbeitsvertrag per Post; als Beginn haben wir den 1. Dezember 2026 vorgesehen.

Bitte teilen Sie uns bis zum 16. Oktober mit, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Petra Lindner
Personalabteilung – Hochschule Bockenheim
Tel. +49 69 555 0191
""", charset="windows-1252", cte="quoted-printable"),

    M(kind="offer", slug="guadalmedina_oferta", lang="es",
      company="Guadalmedina Servicios Compartidos", contact=LUCIA[1],
      frm=LUCIA, name_enc=("utf-8", "B"), to=[CAND], parent="guadalmedina_nueva_hora",
      subject="Tu oferta para Técnica de Cuentas a Pagar", subj_enc=("utf-8", "B"),
      date="2026-07-08 13:45 +0200",
      text="""Hola Fionnuala:

¡Enhorabuena! Tras las entrevistas con Álvaro y con la dirección financiera, nos encantaría que te unieras a Guadalmedina Servicios Compartidos como Técnica de Cuentas a Pagar.

Te adjunto la carta de oferta con todas las condiciones: contrato indefinido, 28.500 € brutos anuales en 14 pagas, jornada intensiva en verano, dos días de teletrabajo a la semana y seguro médico. La incorporación sería el 1 de septiembre.

Si estás de acuerdo, fírmala y devuélvenosla antes del 17 de julio. Cualquier duda, llámame.

Un abrazo,
Lucía Berrocal
Equipo de Talento – Guadalmedina Servicios Compartidos
Tel. +34 952 55 01 88
""", cte="base64",
      attachments=[{"type": "pdf", "filename": "Carta_oferta_Guadalmedina.pdf",
                        "title": "Carta de oferta - Guadalmedina Servicios Compartidos",
                        "lines": ["Guadalmedina Servicios Compartidos - Calle Cuarteles 40, Málaga",
                               "Carta de oferta", "Puesto: Técnica de Cuentas a Pagar",
                               "Contrato: indefinido", "Salario: 28.500 EUR brutos anuales (14 pagas)",
                               "Incorporación: 1 de septiembre de 2026",
                               "Firma de la candidata: ____________"]}]),
]
