"""Corpus 222: application acknowledgements (21) and offers (10), each written by hand."""

from __future__ import annotations

from msgs222_common import (AUTO, CAND, CLODAGH, CONOR, DIRK, FIACHRA, GEAROID, LUCIA, MARTA,
                            ORLA, THOMOND_HR, YANNICK, ats_card, m, mso, outlook_html, paras,
                            reply, simple_html)

MESSAGES: list[dict] = []
add = MESSAGES.append

# =========================================================================== received
# --------------------------------------------------------------------------- en

_corrib_ack = """Dear Ailbhe,

Thank you for applying for the position of HR Generalist (Galway Support Office),
requisition JR-2026-0113, at Corrib Retail Group. Your application has been successfully
submitted and is now with our Talent Acquisition team.

What happens next? Our team reviews every application against the requirements of the
role. If your experience is a match, a member of the team will contact you to discuss
next steps. Due to the high volume of applications we receive, unfortunately we cannot
reply to every applicant individually. You can follow the status of your application at
any time in the Candidate Home section of our careers site.

Thank you for your interest in building a career with Corrib Retail Group.

Corrib Retail Group Talent Acquisition"""

add(m("application_received", "corrib_workday_cannot_reply_individually", "en",
      "Corrib Retail Group", "",
      key="corrib_ack",
      frm=("Corrib Retail Group", "corribretail@myworkday.com"),
      date="2026-01-14 08:03 +0000",
      subject="Thank you for applying to Corrib Retail Group",
      headers=AUTO,
      cte="qp",
      text=_corrib_ack,
      html=ats_card("Corrib Retail Group", paras(_corrib_ack), accent="#2e7d32",
                    button=("Candidate Home",
                            "https://corribretail.wd3.myworkdayjobs.com/CRG_Careers/userHome"),
                    footer="This email was sent from an unattended mailbox.")))

add(m("application_received", "aerlinn_greenhouse_ack", "en", "Aerlinn Regional", "",
      key="aer_ack",
      frm=("Aerlinn Regional", "no-reply@greenhouse-mail.io"),
      date="2026-06-02 19:26 +0100",
      subject="Thanks for applying to Aerlinn Regional!",
      headers=AUTO,
      cte="7bit",
      text="""Hi Ailbhe,

Thanks for your interest in Aerlinn Regional! We've received your application for
HR Generalist (Shannon) and our team is reviewing it now.

If your background is a good fit, someone from our Talent team will reach out to set up
a conversation. In the meantime, you can find out more about life at Aerlinn on our
careers page: https://careers.aerlinn.example.ie/life-at-aerlinn

Best,
The Aerlinn Regional Talent Team

Please do not reply to this email. This inbox is not monitored."""))

add(m("application_received", "lacken_successfactors_html_only", "en", "Lacken Biologics", "",
      key="lacken_ack",
      frm=("Lacken Biologics Careers", "noreply@successfactors.eu"),
      date="2026-02-03 22:41 +0000",
      subject="Application received: HR Generalist (Site HR) – Req 4471",
      headers=AUTO,
      html_cte="b64",
      html=ats_card("Lacken Biologics – Careers", """<p>Dear Ailbhe,</p>
<p>We confirm receipt of your application for <strong>HR Generalist (Site HR)</strong>,
requisition 4471, at our Ringaskiddy site.</p>
<p>Our Talent Acquisition team will review your profile against the criteria for the role.
Shortlisted candidates are usually contacted within three weeks of the closing date
(20 February 2026).</p>
<p>You can update your contact details or withdraw your application at any time from your
candidate profile.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Lacken Biologics</p>""", accent="#004d40",
                    footer="This message was sent from an unmonitored mailbox. Please do not "
                           "reply.")))

add(m("application_received", "thomond_council_acknowledgement", "en",
      "Thomond County Council", THOMOND_HR[1],
      key="thomond_ack",
      frm=THOMOND_HR, date="2026-02-12 16:10 +0000",
      subject="Acknowledgement – Competition 2026/HR/04, Grade IV Staff Officer (HR)",
      charset="windows-1252", cte="qp",
      text="""A Chara,

I acknowledge receipt of your application for the above competition, which closed at
12 noon on Thursday 12 February 2026.

Please note that the Council may decide to hold a shortlisting process, depending on
the number of applications received. You will be notified of the outcome in due course.
Candidates are advised to check their e-mail (including junk folders) regularly.

Please quote your candidate number, HR04-0077, in any correspondence.

Is mise le meas,

HR Recruitment Unit
Thomond County Council
Áras Thuamhumhan, Dooradoyle Road, Limerick V94 WK32
Tel: 061 555 0400"""))

_harbour_reg = """Hi Ailbhe,

Great to speak with you this morning. This is to confirm you're now registered with
Harbourside Recruitment, and I've added your CV and our notes to our system.

As agreed, I will:
- only send your CV to a client with your permission, role by role
- focus on HR Generalist / HR Advisor roles in Dublin, Cork, Limerick and Shannon
- keep you posted on salary benchmarks for someone moving from store management into HR

Our privacy notice is at https://harbourside.example.ie/privacy. You can ask us to delete
your details at any time.

Speak soon,
Fiachra Moloney
Senior Consultant – HR & Business Support
Harbourside Recruitment | 14 Sir John Rogerson's Quay, Dublin 2 | +353 1 555 0177

Harbourside Recruitment is licensed under the Employment Agency Act 1971, licence
no. EA-4471. This email and any attachments are confidential."""

add(m("application_received", "harbourside_registration_confirmed", "en",
      "Harbourside Recruitment", FIACHRA[1],
      key="harbour_reg",
      frm=FIACHRA, date="2026-01-20 12:47 +0000",
      subject="Welcome to Harbourside Recruitment – registration confirmed",
      cte="qp",
      text=_harbour_reg,
      html=simple_html(paras(_harbour_reg))))

_pennine_apply = """Dear Recruitment Team,

Please find attached my CV for the HR Advisor – Ground Operations vacancy (ref. 2210).

Kind regards,
Ailbhe Moreau-Okonkwo"""

add(m("application_received", "pennine_icims_ack", "en", "Pennine Air", "",
      key="pennine_ack", parent="pennine_apply",
      frm=("Pennine Air Careers", "pennineair@icims.com"),
      date="2026-03-30 20:02 +0100",
      subject="Re: Application – HR Advisor, Ground Operations (2210)",
      headers=AUTO,
      cte="qp",
      text=reply("""Dear Ailbhe,

Thank you for your application for HR Advisor – Ground Operations (job ID 2210). We
have created a candidate profile for you on our careers portal, and your CV has been
attached to it.

We'll be in touch if your application is selected to move forward. You can track its
progress at https://careers-pennineair.icims.com/jobs/candidates.

Pennine Air Talent Acquisition

This is an automated response.""", "en", "Mon, 30 Mar 2026 at 19:58", CAND, _pennine_apply)))

add(m("application_received", "shannonbridge_taleo_ack", "en", "Shannonbridge University", "",
      key="sbu_ack",
      frm=("Shannonbridge University HR", "shannonbridge@taleo.net"),
      date="2026-04-27 23:15 +0100",
      subject="Application Received - HR Officer (Recruitment & Onboarding)",
      headers=AUTO,
      charset="iso-8859-1", cte="qp",
      text="""Dear Ailbhe Moreau-Okonkwo,

Thank you for submitting your application for HR Officer (Recruitment & Onboarding),
competition SBU-HR-2026-07, via the Shannonbridge University jobs portal.

Your application has been received and will be considered once the closing date has
passed. Shortlisting will be based on the information in your application form, so
please make sure it is complete.

Go raibh míle maith agat,
Human Resources Office
Shannonbridge University

This message was sent automatically. Please do not reply."""))

add(m("application_received", "thomondtalent_cv_received", "en", "Thomond Talent",
      GEAROID[1],
      key="tt_cv",
      frm=GEAROID, name_enc=("utf-8", "Q"), date="2026-01-08 17:34 +0000",
      subject="Got your CV",
      cte="8bit",
      text="""Hi Ailbhe,

Just to say I've received your CV and the cover note, thanks. Really interesting
background: twelve years running stores, and you've done more HR than most people
with HR in their title.

I'm in Dublin tomorrow, but I'll ring you Monday to go through what you're looking for
and the companies I'm working with around Limerick and Shannon.

Gearóid Hanrahan | Director
Thomond Talent | 061 555 0118"""))

_nm_ack = """Hi Ailbhe,

Thanks for applying for the People Advisor role at Northmill Stores. We've got your
application and a member of our talent team will be reviewing it over the next couple
of weeks.

Want to know more about what it's like to work here? Take a look at our people stories:
https://careers.northmill.example.co.uk/stories

Thanks,
Northmill Stores Talent Team"""

add(m("application_received", "northmill_lever_ack", "en", "Northmill Stores", "",
      key="northmill_ack",
      frm=("Northmill Stores", "no-reply@hire.lever.co"),
      date="2026-03-02 21:09 +0000",
      subject="Thanks for applying to Northmill Stores",
      headers=AUTO,
      cte="qp",
      text=_nm_ack,
      html=ats_card("Northmill Stores", paras(_nm_ack), accent="#ef6c00",
                    footer="Sent with Lever")))

add(m("application_received", "irk_valley_workday_ack", "en", "Irk Valley Pharmaceuticals", "",
      key="irk_ack",
      frm=("Irk Valley Pharmaceuticals", "irkvalley@myworkday.com"),
      date="2026-02-25 13:18 +0000",
      subject="Application Received: HR Business Support Partner (R-10382)",
      headers=AUTO,
      html_cte="qp",
      html=ats_card("Irk Valley Pharmaceuticals", """<p>Hello Ailbhe,</p>
<p>Thank you for applying to <b>HR Business Support Partner (R-10382)</b> at Irk Valley
Pharmaceuticals, Trafford Park.</p>
<p>We have received your application. Our recruiters will review your skills and
experience and will contact you if there is a match.</p>
<p>To view the status of this application, sign in to Candidate Home.</p>
<p>Kind regards,<br>Talent Acquisition</p>""", accent="#283593",
                    footer="This is an automated message from Workday. Please do not reply.")))

add(m("application_received", "burren_workable_ack", "en", "Burren Outdoor Retail", "",
      key="burren_ack",
      frm=("Burren Outdoor Retail", "noreply@workablemail.com"),
      date="2026-01-19 10:02 +0000",
      subject="Burren Outdoor Retail: we received your application",
      headers=AUTO,
      cte="qp",
      text="""Hi Ailbhe,

We've received your application for People & Operations Coordinator (Galway).

We're a small team, so it might take us a week or so to get back to you, but every
application is read by a person.

Thanks for your interest in Burren Outdoor Retail!

--
Sent via Workable. Please don't reply to this email."""))

add(m("application_received", "guadarrama_bamboohr_ack", "en", "Laboratorios Guadarrama", "",
      key="guadarrama_ack",
      frm=("Laboratorios Guadarrama – Cork", "notifications@bamboohr.com"),
      date="2026-03-16 09:31 +0000",
      subject="Thanks for your application – HR Generalist, Little Island",
      headers=AUTO,
      cte="b64",
      text="""Hello Ailbhe,

Thank you for applying for the HR Generalist position at our Little Island site in Cork.
This email confirms that we have received your application.

We review applications once the posting closes on 27 March. If your experience fits the
role, a member of our HR team will be in touch about the next steps.

Laboratorios Guadarrama – Ireland HR

This is an automatic notification sent by BambooHR."""))

# --------------------------------------------------------------------------- de

_rk_ack = """Liebe Frau Moreau-Okonkwo,

vielen Dank für Ihre Bewerbung als HR Generalist (m/w/d) bei Rheinkauf Warenhaus.
Wir haben Ihre Unterlagen vollständig erhalten.

Wir sichten alle Bewerbungen sorgfältig und melden uns innerhalb von drei Wochen bei
Ihnen. Den Stand Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen.

Herzliche Grüße
Ihr Personalteam von Rheinkauf Warenhaus"""

add(m("application_received", "rheinkauf_personio_eingang", "de", "Rheinkauf Warenhaus", "",
      key="rheinkauf_ack",
      frm=("Rheinkauf Warenhaus", "noreply@personio.de"),
      date="2026-02-16 07:58 +0100",
      subject="Eingangsbestätigung Ihrer Bewerbung – HR Generalist (m/w/d)",
      subj_enc=("utf-8", "Q"),
      headers=AUTO,
      cte="qp",
      text=_rk_ack,
      html=ats_card("Rheinkauf Warenhaus", paras(_rk_ack), accent="#8d1c3d", lang="de",
                    footer="Diese E-Mail wurde automatisch über Personio versendet.")))

add(m("application_received", "koepharma_softgarden_eingang", "de", "Kö-Pharma Werke", "",
      key="koe_ack",
      frm=("Kö-Pharma Werke Recruiting", "noreply@softgarden.io"),
      date="2026-04-13 11:40 +0200",
      subject="Ihre Bewerbung bei Kö-Pharma Werke ist eingegangen",
      headers=AUTO,
      html_charset="iso-8859-1", html_cte="qp",
      html=ats_card("Kö-Pharma Werke", """<p>Sehr geehrte Frau Moreau-Okonkwo,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>HR Business Partner Produktion</b> an unserem
Standort Düsseldorf-Reisholz. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.</p>
<p>Aufgrund der großen Zahl an Bewerbungen bitten wir um Verständnis, dass wir nicht
jede Bewerbung einzeln und kurzfristig beantworten können. Sobald die Fachabteilung Ihre
Unterlagen gesichtet hat, erhalten Sie eine Nachricht von uns.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team</p>""", accent="#1565c0", lang="de",
                    footer="Diese Nachricht wurde automatisch über softgarden erstellt.")))

add(m("application_received", "rheinpersonal_registrierung", "de", "Rheinpersonal Partner",
      DIRK[1],
      key="rp_reg",
      frm=DIRK, date="2026-02-20 15:15 +0100",
      subject="Ihre Registrierung bei Rheinpersonal Partner",
      cte="8bit",
      text="""Hallo Frau Moreau-Okonkwo,

danke für das nette Telefonat. Hiermit bestätige ich, dass Ihr Profil jetzt bei uns im
System angelegt ist und Ihr Lebenslauf vorliegt.

Wie besprochen, stelle ich Sie nur nach Rücksprache bei Kunden vor. Schwerpunkt sind
HR-Generalisten-Positionen in Düsseldorf und Umgebung, bei denen Englisch Arbeitssprache
ist oder gute Deutschkenntnisse (B2) ausreichen.

Unsere Datenschutzhinweise finden Sie unter https://rheinpersonal.example.de/datenschutz.

Viele Grüße
Dirk Albers
Senior Personalberater
Rheinpersonal Partner · Königsallee 92a · 40212 Düsseldorf"""))

# --------------------------------------------------------------------------- fr

_fv_ack = """Bonjour Ailbhe,

Nous vous remercions pour votre candidature au poste de Chargée RH généraliste (H/F)
sur notre site de Lyon-Gerland.

Votre dossier a bien été transmis à notre équipe recrutement. En raison du nombre
important de candidatures, nous ne pourrons malheureusement pas répondre
individuellement à chacune d'entre elles. Si votre profil correspond à nos besoins, nous
vous contacterons dans les prochaines semaines.

Cordialement,
L'équipe Recrutement des Laboratoires Fourvière"""

add(m("application_received", "fourviere_smartrecruiters_accuse", "fr",
      "Laboratoires Fourvière", "",
      key="fourviere_ack",
      frm=("Laboratoires Fourvière", "noreply@smartrecruiters.com"),
      date="2026-03-05 09:12 +0100",
      subject="Nous avons bien reçu votre candidature",
      subj_enc=("iso-8859-1", "B"),
      headers=AUTO,
      cte="qp",
      text=_fv_ack,
      html=ats_card("Laboratoires Fourvière", paras(_fv_ack), accent="#6a1b9a", lang="fr",
                    footer="Propulsé par SmartRecruiters")))

add(m("application_received", "bellecour_teamtailor_reception", "fr", "Maison Bellecour", "",
      key="bellecour_ack",
      frm=("Maison Bellecour", "no-reply@teamtailor-mail.com"),
      date="2026-02-18 20:30 +0100",
      subject="Merci pour votre candidature chez Maison Bellecour",
      headers=AUTO,
      cte="b64",
      text="""Bonjour Ailbhe,

Merci d'avoir postulé au poste d'Assistante RH (H/F) chez Maison Bellecour !

Nous avons bien reçu votre candidature et nous l'étudierons avec attention. Vous
recevrez une réponse de notre part, quelle qu'elle soit, d'ici trois semaines.

À très vite,
L'équipe Maison Bellecour

Ce message est envoyé automatiquement via Teamtailor, merci de ne pas y répondre."""))

add(m("application_received", "confluence_inscription_confirmee", "fr",
      "Confluence RH Conseil", YANNICK[1],
      key="confluence_reg",
      frm=YANNICK, date="2026-03-10 17:55 +0100",
      subject="Confirmation de votre inscription – Confluence RH Conseil",
      charset="windows-1252", cte="qp",
      text="""Bonjour Ailbhe,

Suite à notre échange téléphonique, je vous confirme que votre CV est bien enregistré
dans notre base et que votre inscription auprès de Confluence RH Conseil est effective.

Je vous présenterai uniquement les missions qui correspondent à votre projet : postes
RH de proximité ou généralistes sur Lyon et sa région, idéalement dans la distribution,
l’aérien ou l’industrie pharmaceutique.

Conformément au RGPD, vous pouvez demander à tout moment la suppression de vos données.

Bien cordialement,
Yannick Roussel
Consultant senior – Fonctions RH & Support
Confluence RH Conseil · 4 quai Rambaud · 69002 Lyon"""))

# --------------------------------------------------------------------------- es

_alb_ack = """Hola Ailbhe:

¡Gracias por tu candidatura para Responsable de RR. HH. – tiendas Irlanda (Dublín)!

La hemos recibido correctamente. Nuestro equipo de Personas revisará tu perfil y, si
encaja con lo que buscamos, se pondrá en contacto contigo. Debido al gran volumen de
candidaturas, no siempre podemos responder a cada persona de forma individual.

Un saludo,
Equipo de Personas de Modas Albufera"""

add(m("application_received", "albufera_recruitee_acuse", "es", "Modas Albufera", "",
      key="albufera_ack",
      frm=("Modas Albufera", "no-reply@jobs.recruitee.com"),
      date="2026-04-20 18:44 +0200",
      subject="Hemos recibido tu candidatura – Modas Albufera",
      headers=AUTO,
      cte="qp",
      text=_alb_ack,
      html=ats_card("Modas Albufera", paras(_alb_ack), accent="#c2185b", lang="es",
                    footer="Enviado con Recruitee")))

add(m("application_received", "cierzo_ashby_recibida", "es", "Aerolíneas Cierzo", "",
      key="cierzo_ack",
      frm=("Aerolíneas Cierzo", "no-reply@ashbyhq.com"),
      date="2026-05-11 22:03 +0200",
      subject="Gracias por tu candidatura a Aerolíneas Cierzo",
      subj_enc=("utf-8", "B"),
      headers=AUTO,
      cte="b64",
      text="""Hola, Ailbhe:

Gracias por aplicar a la posición de Técnica de RR. HH. (base de Dublín). Hemos recibido
tu candidatura y el equipo de Talento la revisará en los próximos días.

Si tu perfil encaja, te escribiremos para proponerte una primera conversación.

Equipo de Talento · Aerolíneas Cierzo
Este mensaje se ha enviado desde una dirección que no admite respuestas."""))

add(m("application_received", "talento_levante_cv_recibido", "es", "Talento Levante",
      LUCIA[1],
      key="tl_cv",
      frm=LUCIA, date="2026-02-02 13:05 +0100",
      subject="Hemos recibido tu CV",
      cte="qp",
      text="""Hola Ailbhe:

Te confirmo que hemos recibido tu CV y tu carta. Me encanta que quieras dar el salto
de la gestión de tienda a Recursos Humanos: varios de nuestros clientes del sector retail
con tiendas en Irlanda buscan justo ese perfil bilingüe.

Esta semana lo reviso con calma y te llamo para hablar de tus preferencias (ciudades,
salario, fecha de incorporación).

Un saludo,
Lucía Ferrer
Consultora de Selección · Talento Levante""",
      name_enc=("utf-8", "B")))

assert len(MESSAGES) == 21, len(MESSAGES)

# =========================================================================== offers
# --------------------------------------------------------------------------- en

_aer_thanks = """Dear Conor, Orla and Siobhán,

Thank you for the panel interview this afternoon, and for moving it around Conor's
recovery. I really enjoyed the case discussion on station absence: it's exactly the kind
of problem I've been solving on the shop floor for years, and I'd love to solve it with
the right HR tools behind me.

Kind regards,
Ailbhe Moreau-Okonkwo"""

_aer_chain = reply(_aer_thanks, "en", "Fri, 3 Jul 2026 at 09:12", ORLA, """Hi Ailbhe,

Apologies for the change at short notice: Conor is off sick this week, and we'd rather
wait for him than go ahead without him.

Could we move your panel interview from Monday 6 July at 10:00 to Wednesday 8 July at
14:00? Same venue and same format.

Orla""")

add(m("offer", "aerlinn_verbal_offer_followup", "en", "Aerlinn Regional", CONOR[1],
      key="aer_verbal", parent="aer_thanks",
      frm=CONOR, date="2026-07-17 16:50 +0100",
      subject="RE: Thank you – panel interview today",
      cte="qp",
      text=reply("""Hi Ailbhe,

Further to our phone call earlier, I'm delighted to confirm in writing that we'd like to
offer you the HR Generalist role at Aerlinn Regional.

As discussed: a permanent, full-time contract based at Shannon, a starting salary of
€52,500, 25 days' annual leave plus our staff travel scheme, and a start date to be
agreed (we'd love it to be before the end of September).

Orla will send you the formal offer letter and contract in the next few days. In the
meantime, please don't hesitate to ring me with any questions.

Welcome aboard (nearly)!
Conor

Conor Whelan
Head of People Operations, Aerlinn Regional
Shannon Airport House, Shannon, Co. Clare | +353 61 555 0300""", "en",
                 "Wed, 8 Jul 2026 at 17:40", CAND, _aer_chain)))

_aer_offer = """Dear Ailbhe,

I'm thrilled to attach your formal offer letter and contract of employment for the role
of HR Generalist at Aerlinn Regional.

Please read both documents carefully. If you are happy to accept, sign the contract and
return a copy to me by Friday 31 July 2026. Once we have it back, we'll start the
pre-employment checks (references and the airside security vetting).

Congratulations again - everyone on the panel is looking forward to working with you.

Warm regards,
Orla Brennan
Talent Acquisition Lead, Aerlinn Regional"""

add(m("offer", "aerlinn_formal_offer_pdf", "en", "Aerlinn Regional", ORLA[1],
      key="aer_offer", parent="aer_verbal",
      frm=ORLA, date="2026-07-22 11:03 +0100",
      subject="Your offer of employment – HR Generalist, Aerlinn Regional",
      cte="qp",
      text=_aer_offer,
      html=outlook_html(mso(_aer_offer)),
      pdf=[{"filename": "Aerlinn_Offer_Letter_Moreau-Okonkwo.pdf",
            "title": "Offer of Employment - HR Generalist",
            "lines": ["Aerlinn Regional, Shannon Airport House, Shannon, Co. Clare",
                      "22 July 2026", "", "Dear Ailbhe,",
                      "We are pleased to offer you the position of HR Generalist.",
                      "Salary: EUR 52,500 per annum. Annual leave: 25 days.",
                      "Location: Shannon. Contract: permanent, full-time.",
                      "Please sign and return by 31 July 2026.",
                      "Conor Whelan, Head of People Operations"]},
           {"filename": "Aerlinn_Contract_of_Employment.pdf",
            "title": "Contract of Employment",
            "lines": ["Between Aerlinn Regional and Ailbhe Moreau-Okonkwo",
                      "1. Position: HR Generalist", "2. Probation: six months",
                      "3. Hours: 39 per week", "Signed: ____________________"]}]))

add(m("offer", "thomond_council_panel_offer_pdf", "en", "Thomond County Council",
      THOMOND_HR[1],
      key="thomond_offer", parent="thomond_invite",
      frm=THOMOND_HR, date="2026-07-28 14:45 +0100",
      subject="Competition 2026/HR/04 – Offer of Temporary Appointment",
      charset="windows-1252", cte="qp",
      text="""Dear Ms Moreau-Okonkwo,

Further to your interview on 22 April 2026, I am pleased to advise you that you have been
placed second on the panel for Grade IV Staff Officer (Human Resources).

A temporary vacancy has arisen in the Human Resources Department to cover a period of
leave, and I am now in a position to offer you a temporary appointment from 7 September
2026 for a period of up to eleven months, at the first point of the Grade IV salary scale
(€41,722 per annum).

The formal offer, with the conditions of service, is attached. Please confirm whether
you accept this offer by Tuesday 11 August 2026. Acceptance or refusal of a temporary
post does not affect your place on the panel for permanent vacancies.

Is mise le meas,

Máire Ní Bhriain
HR Recruitment Unit
Thomond County Council
Tel: 061 555 0400""",
      pdf=[{"filename": "Offer_Temporary_GradeIV_HR04-0077.pdf",
            "title": "Offer of Temporary Appointment - Grade IV",
            "lines": ["Thomond County Council - Human Resources Department",
                      "Candidate number: HR04-0077",
                      "Post: Grade IV Staff Officer (Human Resources), temporary",
                      "Start: 7 September 2026. Duration: up to 11 months.",
                      "Salary: EUR 41,722 per annum (point 1).",
                      "Please confirm acceptance by 11 August 2026."]}]))

add(m("offer", "harbourside_client_wants_to_offer", "en", "Dunmore Retail Group",
      FIACHRA[1],
      frm=FIACHRA, date="2026-05-14 18:20 +0100",
      subject="Dunmore want to make you an offer!",
      cte="8bit",
      text="""Ailbhe!

Just off the phone with Dunmore Retail Group, and the client wants to make you an offer
for the HR Advisor role at their Dún Laoghaire head office. They loved the second
interview, especially your plan for the seasonal hiring peak.

Headline terms they've given me verbally:
- €49,000 base, plus the standard 8% annual bonus
- hybrid, three days in the office
- start in July if you can manage it

Their HR Director will send the written offer once I confirm you're interested. Have
a think tonight and ring me in the morning. I think there's a little room on the base.

Well done!
Fiachra

Fiachra Moloney | Harbourside Recruitment | +353 1 555 0177"""))

add(m("offer", "claddagh_contract_for_signature", "en", "Claddagh Medical Devices",
      CLODAGH[1],
      key="claddagh_contract", parent="claddagh_cancel",
      frm=("Clodagh Furlong via SignFlow", "notifications@signflow.example.com"),
      reply_to=CLODAGH,
      date="2026-05-05 10:30 +0100",
      subject="Clodagh Furlong sent you a document to sign: Contract of Employment",
      headers=AUTO,
      cte="qp",
      text="""Clodagh Furlong (Claddagh Medical Devices) has sent you a document to review and sign.

Document: Contract of Employment – HR Generalist (Parkmore)
Message from Clodagh:
"Hi Ailbhe, as promised after Friday's call, here's your contract for the HR Generalist
role. Everything we agreed is in there: €50,000 base, 10% bonus target, start 1 June.
Once you've signed, I'll send on the onboarding pack. We're delighted!"

Review and sign: https://app.signflow.example.com/sign/7QX2-CMD-88310

This link expires on 19 May 2026. Replies to this email go to Clodagh Furlong.""",
      html=ats_card("SignFlow", paras("""Clodagh Furlong (Claddagh Medical Devices) has sent you a document to review and sign.

Document: Contract of Employment – HR Generalist (Parkmore)

"Hi Ailbhe, as promised after Friday's call, here's your contract for the HR Generalist
role. Everything we agreed is in there: €50,000 base, 10% bonus target, start 1 June.
Once you've signed, I'll send on the onboarding pack. We're delighted!\""""),
                    accent="#00897b",
                    button=("Review document", "https://app.signflow.example.com/sign/7QX2-CMD-88310"),
                    footer="This link expires on 19 May 2026.")))

add(m("offer", "castletroy_verbal_offer_followup", "en", "Castletroy Pharma",
      "paddy.reidy@castletroypharma.example.ie",
      frm=("Paddy Reidy", "paddy.reidy@castletroypharma.example.ie"),
      date="2026-05-29 17:12 +0100",
      subject="Following up on today's call",
      cte="qp",
      text="""Hi Ailbhe,

Thanks for taking my call earlier. To put in writing what I said on the phone: we'd
like you to join Castletroy Pharma as HR Generalist at the National Technology Park site.

The package is €47,000 with a 7% pension contribution and the usual shift-allowance
policy for production staff (not applicable to your role). I know you've other processes
going on, so take the weekend; HR will issue the contract as soon as you say yes.

Best,
Paddy

Paddy Reidy
Site HR Manager, Castletroy Pharma
National Technology Park, Castletroy, Limerick V94 X8N2 | 061 555 0721

This email is confidential and may be legally privileged. If you are not the intended
recipient, please notify the sender and delete it from your system."""))

# --------------------------------------------------------------------------- de

add(m("offer", "kaiserswerth_vertragsangebot_pdf", "de", "Drogeriemarkt Kaiserswerth",
      "m.oezdemir@dm-kaiserswerth.example.de",
      frm=("Miriam Özdemir", "m.oezdemir@dm-kaiserswerth.example.de"),
      name_enc=("utf-8", "Q"),
      date="2026-06-22 12:05 +0200",
      subject="Vertragsangebot – Personalreferentin (m/w/d) Filialbetreuung",
      cte="qp",
      text="""Liebe Frau Moreau-Okonkwo,

nach den beiden sehr guten Gesprächen freuen wir uns, Ihnen die Stelle als
Personalreferentin (m/w/d) Filialbetreuung anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot: unbefristet, 39 Stunden pro Woche,
Jahresgehalt 54.000 € brutto, 30 Urlaubstage, Eintritt zum 1. September 2026.

Bitte lassen Sie uns bis zum 3. Juli wissen, ob Sie das Angebot annehmen. Für Fragen
rufen Sie mich gern an.

Herzliche Grüße
Miriam Özdemir
Leitung Personal
Drogeriemarkt Kaiserswerth · Kaiserswerther Markt 7 · 40489 Düsseldorf
Tel. 0211 5550 8120""",
      pdf=[{"filename": "Vertragsangebot_Moreau-Okonkwo_Düsseldorf.pdf",
            "title": "Vertragsangebot Personalreferentin (m/w/d)",
            "lines": ["Drogeriemarkt Kaiserswerth, Kaiserswerther Markt 7, Düsseldorf",
                      "Angebot eines Arbeitsvertrags fuer Frau Ailbhe Moreau-Okonkwo",
                      "Position: Personalreferentin (m/w/d) Filialbetreuung",
                      "Beginn: 01.09.2026, unbefristet, 39 Std./Woche",
                      "Verguetung: 54.000 EUR brutto p.a.",
                      "Annahmefrist: 03.07.2026"]}]))

# --------------------------------------------------------------------------- fr

add(m("offer", "confluence_client_souhaite_offre", "fr", "Rhône Air Services", YANNICK[1],
      key="confluence_offer", parent="confluence_rhone_move",
      frm=YANNICK, date="2026-04-21 12:30 +0200",
      subject="Rhône Air Services : proposition d'embauche !",
      cte="qp",
      text="""Bonjour Ailbhe,

Excellente nouvelle : Rhône Air Services souhaite vous faire une offre pour le poste de
chargée RH de proximité à Saint-Exupéry !

Les conditions transmises par Mme Faure :
- CDI, statut agent de maîtrise, 39 h hebdomadaires avec RTT
- 38 000 € bruts annuels sur 13 mois, plus prime d'assiduité
- prise de poste souhaitée le 1er juin

La promesse d'embauche écrite vous sera envoyée directement par leur service RH dès que
je leur aurai confirmé votre accord de principe. Appelez-moi pour en parler !

Yannick Roussel
Confluence RH Conseil · 06 55 50 18 42"""))

# --------------------------------------------------------------------------- es

_alb_offer = """Hola Ailbhe:

Después de las entrevistas con Enric y conmigo, nos alegra mucho ofrecerte el puesto de
Responsable de RR. HH. para nuestras tiendas de Irlanda, con base en Dublín.

Te adjunto la carta de oferta con todas las condiciones (salario bruto anual de 51.000 €,
contrato indefinido bajo legislación irlandesa, incorporación el 1 de julio). Si estás
de acuerdo, devuélvenosla firmada antes del 15 de junio.

¡Esperamos que digas que sí!

Marta Vidal Peris
Dirección de Personas · Modas Albufera"""

add(m("offer", "albufera_carta_oferta_pdf", "es", "Modas Albufera", MARTA[1],
      key="albufera_offer", parent="albufera_move",
      frm=MARTA, date="2026-06-05 13:40 +0200",
      subject="Oferta – Responsable de RR. HH. Irlanda",
      cte="qp",
      text=_alb_offer,
      html=simple_html(paras(_alb_offer), lang="es"),
      pdf=[{"filename": "Carta_oferta_Moreau-Okonkwo.pdf",
            "title": "Carta de oferta - Responsable de RR. HH. Irlanda",
            "lines": ["Modas Albufera, Paterna (Valencia)",
                      "Puesto: Responsable de RR. HH. - tiendas Irlanda (Dublin)",
                      "Salario bruto anual: 51.000 EUR", "Incorporacion: 1 de julio de 2026",
                      "Firma y devolucion antes del 15 de junio de 2026"]}]))

add(m("offer", "mirador_oferta_formal", "es", "Supermercados Mirador",
      "nuria.casals@mirador.example.es",
      frm=("Núria Casals", "nuria.casals@mirador.example.es"), name_enc=("iso-8859-1", "Q"),
      date="2026-06-29 10:10 +0200",
      subject="Oferta de empleo: Responsable de Personas (Galway)",
      subj_enc=("iso-8859-1", "Q"),
      charset="iso-8859-1", cte="qp",
      text="""Estimada Ailbhe:

Nos complace comunicarte que has sido seleccionada para el puesto de Responsable de
Personas de nuestra nueva tienda de Galway. Adjuntamos la oferta formal, que incluye el
salario, el periodo de prueba y la fecha de incorporación prevista.

Te agradeceríamos una respuesta antes del 10 de julio. Quedamos a tu disposición para
cualquier duda.

Atentamente,
Núria Casals
Directora de Recursos Humanos
Supermercados Mirador · Carrer de la Mar 12 · 08003 Barcelona""",
      pdf=[{"filename": "Oferta_Mirador_Galway.pdf",
            "title": "Oferta de empleo - Responsable de Personas (Galway)",
            "lines": ["Supermercados Mirador", "Candidata: Ailbhe Moreau-Okonkwo",
                      "Salario: 48.000 EUR brutos anuales",
                      "Periodo de prueba: 6 meses", "Incorporacion prevista: 1 de septiembre",
                      "Respuesta antes del 10 de julio de 2026"]}]))

assert len(MESSAGES) == 31, len(MESSAGES)
_unused = (MARTA, mso, outlook_html, GEAROID, LUCIA, DIRK)
