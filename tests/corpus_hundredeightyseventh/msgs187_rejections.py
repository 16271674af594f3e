"""Corpus 187: rejections (every one worded on its own)."""

from msgs187_common import (
    AOIFE,
    CAND,
    CARMEN,
    CIARA,
    CONOR,
    DENISE,
    EIMEAR,
    FRASER,
    HELENE,
    HUGH,
    JAVIER,
    JENS,
    KATRIN,
    KESSLER,
    LISE,
    MORAG,
    NATHALIE,
    NIAMH,
    ROCIO,
    SEBASTIEN,
    M,
    ats_card,
    mso,
    outlook_block,
    outlook_html,
    paras,
    plain_html,
    quote,
    reply,
    who,
    wrote,
)
from msgs187_invites import T_PORTO_INVITE, T_PORTO_MOVED, T_PORTO_REQUEST
from msgs187_other import T_FOLLOWUP_LAGAN, T_GRACIAS_LARIOS, T_THANKYOU_CORRIB

T_LAGAN_HOLD = """Hi Fionnuala,

Thanks for checking in, and for being so patient with us. I'm afraid I don't have the news either of us was hoping for. The Accounts Payable Administrator role has now been put on hold, and we will not be proceeding with the recruitment this year: the work is being absorbed by the group finance team in Dublin for the time being.

I'm genuinely sorry, as you were one of the people I was most looking forward to speaking to. If the role reopens I'll contact you first.

Best wishes,
Ciara

Ciara McAteer
People & Culture Advisor
Lagan Quay Hotels | 1 Lanyon Place, Belfast BT1 3LP
"""

T_HALPENNY = """Dear Fionnuala,

Thank you for applying for the Accounts Payable Assistant position with Halpenny Drury.

I wanted to let you know personally that the vacancy has been filled internally: a member of our client accounting team has moved across into the role. As a result we’re closing the recruitment and won’t be arranging interviews.

I’m sorry we couldn’t take things further on this occasion – your application was a strong one, and hospitality clients make up a good part of our work.

Kind regards,

Orla Brophy
Practice Manager
Halpenny Drury Chartered Accountants
22 Upper Mount Street, Dublin 2
T: +353 1 555 0166
"""

T_PORTO_NO = """Hi Fionnuala,

Thank you for interviewing with Sandra and me last Thursday. We've now completed all our interviews, and I'm sorry to tell you that we won't be offering you the Accounts Payable Specialist position.

The deciding factor was hands-on experience of USD payment runs and lessor reconciliations, which the candidate we've appointed brings from a previous leasing company. For what it's worth, we both liked the way you talked through the supplier statement example, and Sandra said she would happily speak to another employer on your behalf.

Best of luck with the search.

Regards,
Hugh

Hugh Delaney
Finance Operations Manager
Portobello Aviation Leasing
12 Harcourt Street, Dublin 2, D02 FX88
T: +353 1 555 0123
"""

T_GARNISH_NO = """Dear Fionnuala,

Thank you for your interest in the Accounts Payable Executive position (R-10482) at Garnish Point Hotels.

After careful consideration, we have decided to move forward with candidates whose experience more closely matches the requirements of this role.

We appreciate the time you invested in your application and encourage you to visit our careers site for future opportunities across our hotels.

Kind regards,
Talent Acquisition Team
Garnish Point Hotels
"""

T_MERCHANT_NO = """Dear Fionnuala,

Re: Accounts Payable Clerk (Req ID 2026-1187)

Thank you for your recent application to Merchant City Accountants.

We have now completed our shortlisting process and regret to inform you that you have not been successful on this occasion.

With your consent, we will retain your details in our talent pool for six months and may contact you should a suitable vacancy arise.

Yours sincerely,
HR Team
Merchant City Accountants, 60 Ingram Street, Glasgow G1 1EX
"""

T_BROOMIELAW_NO = """Hi Fionnuala,

Thank you for your interest in the Accounts Payable Assistant role at Broomielaw Travel Group and for the time you've given us.

We've reviewed your application against what the team needs right now and we won't be moving forward with it at this time. We'll keep your CV on file, and you're welcome to apply for other roles that catch your eye.

All the best,
Broomielaw Travel Group Hiring Team
"""

T_SABLON_NO = """Bonjour Fionnuala,

Nous vous remercions de l'intérêt que vous portez aux Hôtels du Sablon et du temps consacré à votre candidature pour le poste de comptable fournisseurs.

Après une étude attentive de votre dossier, nous avons le regret de vous informer que nous avons retenu une autre candidature, dont le profil correspond davantage à nos besoins actuels.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Cordialement,
L'équipe RH des Hôtels du Sablon
"""

T_MAINUFER_NO = """Sehr geehrte Frau Dufresne-Abara,

vielen Dank für Ihre Bewerbung als Mitarbeiter Kreditorenbuchhaltung (m/w/d) und das damit verbundene Interesse an den Mainufer Hotels.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte haben Sie Verständnis dafür, dass wir bei der Vielzahl an Bewerbungen keine individuellen Gründe nennen.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Mainufer Hotels
"""

T_ALBORAN_NO = """Estimada Fionnuala:

Gracias por participar en el proceso de selección para el puesto de Técnico/a de Contabilidad de Proveedores (R-2026-0431) en Alborán Air.

Tras valorar detenidamente todas las candidaturas, lamentamos comunicarte que en esta ocasión no continuarás en el proceso.

Guardaremos tu CV en nuestra base de datos durante doce meses por si surge una vacante que encaje con tu perfil.

Te deseamos mucha suerte.

Selección y Desarrollo – Alborán Air
"""

MESSAGES = [
    M(kind="rejection", slug="corrib_after_panel", lang="en",
      company="Corrib & Lee Shared Services", contact=AOIFE[1],
      frm=AOIFE, to=[CAND], parent="sent_thankyou_corrib",
      subject="Re: Thank you - panel interview today", date="2026-02-20 16:40 +0000",
      text=reply("en", """Hi Fionnuala,

Thank you for your lovely note, and for the time you gave us last Friday. I'm sorry to be writing with disappointing news: the panel has offered the role to another candidate who has several years of SAP-based accounts payable experience in a shared service setting, and they have accepted.

Brendan and Yvonne both commented on how calm and methodical you were during the three-way-match exercise. If detailed feedback would help, I'm happy to have a ten-minute call next week.

We expect to recruit for the AP team again in the summer and I'd encourage you to apply.

Best wishes,
Aoife

Aoife Kehoe
Talent Acquisition Partner | Corrib & Lee Shared Services
+353 21 555 0148
""", T_THANKYOU_CORRIB, "2026-02-13 18:55 +0000", *CAND),
      cte="quoted-printable"),

    M(kind="rejection", slug="lagan_role_on_hold", lang="en",
      company="Lagan Quay Hotels", contact=CIARA[1],
      frm=CIARA, to=[CAND], parent="sent_followup_lagan",
      subject="RE: Cancelled: Video interview - Accounts Payable Administrator",
      date="2026-05-05 11:48 +0100",
      text=T_LAGAN_HOLD + outlook_block("en", who(CAND), "2026-04-30 20:15 +0100", who(CIARA),
                                        "Re: Cancelled: Video interview - Accounts Payable Administrator",
                                        T_FOLLOWUP_LAGAN),
      html=outlook_html(mso(T_LAGAN_HOLD) + "\n<hr>\n" + mso(outlook_block(
          "en", who(CAND), "2026-04-30 20:15 +0100", who(CIARA),
          "Re: Cancelled: Video interview - Accounts Payable Administrator", T_FOLLOWUP_LAGAN)), "EN-GB"),
      cte="quoted-printable"),

    M(kind="rejection", slug="liffey_relays_brennan", lang="en",
      company="Brennan Kilbride", contact=NIAMH[1],
      frm=NIAMH, to=[CAND], parent="liffey_brennan_moved",
      subject="Brennan Kilbride - feedback", date="2026-03-27 14:20 +0000",
      text="""Hi Fionnuala,

I had Tomás from Brennan Kilbride on the phone this morning. They enjoyed meeting you last Friday, but they've decided to go with the other shortlisted candidate, who has already done a full Sage 200 migration in a practice of their size. That was the tie-breaker for them.

Rachel's words were that you came across as "very steady and very honest", which is worth holding on to. Please don't be disheartened - I've two more practices opening AP roles in April, and I'll ring you Monday to talk about them.

Niamh

Niamh Gallagher
Senior Consultant, Accountancy & Finance
Liffey Talent Partners | +353 1 555 0177
"""),

    M(kind="rejection", slug="clyde_after_assessment", lang="en",
      company="Clyde Meridian Business Services", contact="",
      frm=("Clyde Meridian Business Services", "noreply@smartrecruiters.com"), to=[CAND],
      subject="Your application for Purchase-to-Pay Associate", date="2026-06-08 09:15 +0100",
      mid_domain="smartrecruiters.com",
      html=ats_card("Clyde Meridian Business Services", "#14532d", paras("""Dear Fionnuala,

Thank you for taking part in our virtual assessment centre on 3 June for the Purchase-to-Pay Associate position.

We have now reviewed the results of every exercise. The standard across the day was very high and, on this occasion, we regret that your application will not be taken further.

If you would like feedback on your performance in the exercises, please reply to your Resourcing Partner directly within 30 days.

Thank you again for your interest in Clyde Meridian. We wish you every success.

Resourcing Team
Clyde Meridian Business Services"""), "Powered by SmartRecruiters · This mailbox is not monitored."),
      cte="quoted-printable"),

    M(kind="rejection", slug="garnish_workday", lang="en",
      company="Garnish Point Hotels", contact="",
      frm=("Garnish Point Hotels", "garnishpoint@myworkday.com"), to=[CAND],
      subject="Update on your application: Accounts Payable Executive (R-10482)",
      date="2026-09-30 06:12 +0000", mid_domain="myworkday.com",
      text=T_GARNISH_NO, html=ats_card("Garnish Point Hotels", "#1f2937", paras(T_GARNISH_NO)),
      html_cte="base64"),

    M(kind="rejection", slug="treaty_city_terse", lang="en",
      company="Treaty City Credit Services", contact="ronan.mulqueen@treatycitycredit.example.ie",
      frm=("Ronan Mulqueen", "ronan.mulqueen@treatycitycredit.example.ie"), to=[CAND],
      subject="AP Clerk vacancy", date="2026-03-31 13:02 +0100",
      text="""Fionnuala,

Thanks for applying for the AP clerk vacancy. We won't be taking your application further.

Regards,
Ronan Mulqueen
Finance Manager
Treaty City Credit Services, Henry Street, Limerick
"""),

    M(kind="rejection", slug="halpenny_filled_internally", lang="en",
      company="Halpenny Drury", contact="orla.brophy@halpennydrury.example.ie",
      frm=("Orla Brophy", "orla.brophy@halpennydrury.example.ie"), to=[CAND],
      subject="Accounts Payable Assistant – your application", subj_enc=("windows-1252", "Q"),
      date="2026-06-19 12:30 +0100",
      html=outlook_html(mso(T_HALPENNY) + """
<p class="MsoNormal"><span style="font-size:7.5pt;font-family:Arial;color:#808080">DISCLAIMER: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it from your system. Any views expressed are those of the author and not necessarily those of Halpenny Drury. Halpenny Drury is a firm of Chartered Accountants registered to carry on audit work by Chartered Accountants Ireland.</span></p>"""),
      html_charset="windows-1252", html_cte="quoted-printable"),

    M(kind="rejection", slug="ardlinn_greenhouse", lang="en",
      company="Ardlinn Foods Group", contact=CONOR[1],
      frm=("Conor Hegarty via Greenhouse", "no-reply@us.greenhouse-mail.io"), reply_to=CONOR,
      to=[CAND], subject="Your application to Ardlinn Foods Group", date="2026-03-20 16:00 +0000",
      mid_domain="us.greenhouse-mail.io",
      text="""Hi Fionnuala,

Thank you for your interest in Ardlinn Foods Group and for the time you've put into the process so far, including our attempts to get a phone call in the diary.

We've now completed the screening stage for the Accounts Payable Analyst role, and I'm sorry to say we've decided not to progress your application to interview. We had a large number of applicants who already work in a shared service centre, and we've prioritised that experience for this hire.

I wish you the very best of luck with your search.

Conor Hegarty
Recruitment Lead, Ardlinn Foods Group
""",
      html=ats_card("Ardlinn Foods Group", "#166534", paras("""Hi Fionnuala,

Thank you for your interest in Ardlinn Foods Group and for the time you've put into the process so far, including our attempts to get a phone call in the diary.

We've now completed the screening stage for the Accounts Payable Analyst role, and I'm sorry to say we've decided not to progress your application to interview. We had a large number of applicants who already work in a shared service centre, and we've prioritised that experience for this hire.

I wish you the very best of luck with your search.

Conor Hegarty
Recruitment Lead, Ardlinn Foods Group"""), "Sent via Greenhouse")),

    M(kind="rejection", slug="kelvinside_casual", lang="en",
      company="Kelvinside Hotels", contact=MORAG[1],
      frm=MORAG, to=[CAND], cc=[FRASER],
      subject="Purchase ledger job", date="2026-07-20 18:05 +0100",
      text="""Hiya Fionnuala,

Fraser will probably have rung you already, but I wanted to drop you a line myself. We've gone with someone from one of our own hotels in the end - she knows our systems inside out and it was too good an option to turn down.

Honestly it was close. I loved your story about finding the €4,000 duplicate invoice at 3am, and I've told Fraser that if anything else comes up in group finance I'd like to talk to you again.

Keep at it - you'll land somewhere great.

Morag

Morag Fleming
Group Financial Controller, Kelvinside Hotels
""", cte="8bit"),

    M(kind="rejection", slug="ballyseedy_role_cancelled", lang="en",
      company="Ballyseedy Castle Hotel", contact="pscanlon@ballyseedycastle.example.ie",
      frm=("Pádraig Scanlon", "pscanlon@ballyseedycastle.example.ie"), name_enc=("iso-8859-1", "B"),
      to=[CAND], subject="Accounts Assistant position", date="2026-08-27 10:00 +0100",
      text="""Dear Fionnuala,

I'm writing about the Accounts Assistant position you applied for in July.

Following a review of our finance structure after the change of ownership, the position will not now be filled: the new owners are centralising all payables at their head office in Galway from the end of the year. I'm sorry that this means we won't be taking your application any further. It's no reflection on you or your experience.

Thank you for your interest in Ballyseedy Castle Hotel, and I wish you well.

Yours sincerely,
Pádraig Scanlon
General Manager
Ballyseedy Castle Hotel, Tralee, Co. Kerry
""", charset="iso-8859-1", cte="quoted-printable"),

    M(kind="rejection", slug="ormeau_selection_board", lang="en",
      company="Ormeau College Belfast", contact=DENISE[1],
      frm=DENISE, to=[CAND], parent="ormeau_postponed",
      subject="Outcome of interview – Accounts Payable Officer (OCB/FIN/26/07)",
      subj_enc=("windows-1252", "Q"), date="2026-05-22 15:40 +0100",
      text="""Dear Ms Dufresne-Abara

Post: Accounts Payable Officer (Finance Directorate), ref. OCB/FIN/26/07

Thank you for attending for interview on 7 May 2026.

I am writing to let you know that the selection board has decided to offer the post to another candidate. A reserve list has been created for similar posts arising in the next twelve months; I regret that your name has not been placed on it.

The board asked me to pass on that your presentation on purchase ledger controls was clear and well structured. If you would like feedback, please contact me within 28 days and I will arrange a call with the Chair of the board.

Thank you for your interest in working at Ormeau College Belfast – we wish you every success in the future.

Yours sincerely

Denise Lavery
HR Officer – Recruitment
Ormeau College Belfast
Stranmillis Road, Belfast BT9 5XX
""", charset="windows-1252", cte="8bit"),

    M(kind="rejection", slug="saltire_client_unnamed", lang="en",
      company="Saltire Finance Recruitment", contact=FRASER[1],
      frm=FRASER, to=[CAND], subject="Paisley role - update", date="2026-08-12 10:10 +0100",
      text="""Hi Fionnuala,

Quick update on the logistics business in Paisley I put you forward to last week. They've come back to me this morning and they're going to pass. They really want someone who has run the full purchase ledger for a UK VAT-registered company, and your Irish experience didn't tick that box for them. Their loss, in my view.

I'm keeping an eye out and will be in touch as soon as something better suited comes across my desk.

Speak soon,
Fraser

Fraser Lindsay
Principal Consultant | Saltire Finance Recruitment
Direct: +44 141 555 0131
"""),

    M(kind="rejection", slug="merchant_city_icims", lang="en",
      company="Merchant City Accountants", contact="",
      frm=("Merchant City Accountants", "merchantcityaccountants@icims.com"), to=[CAND],
      subject="Your application - Accounts Payable Clerk (2026-1187)", date="2026-09-24 16:00 +0100",
      mid_domain="icims.com",
      text=T_MERCHANT_NO, html=plain_html(paras(T_MERCHANT_NO)), cte="base64"),

    M(kind="rejection", slug="portobello_feedback", lang="en",
      company="Portobello Aviation Leasing", contact=HUGH[1],
      frm=HUGH, to=[CAND], parent="portobello_moved",
      subject="RE: Interview - Accounts Payable Specialist", date="2026-02-19 17:20 +0000",
      text=T_PORTO_NO
      + outlook_block("en", who(HUGH), "2026-02-05 12:15 +0000", who(CAND),
                      "RE: Interview - Accounts Payable Specialist", T_PORTO_MOVED)
      + outlook_block("en", who(CAND), "2026-02-04 08:30 +0000", who(HUGH),
                      "RE: Interview - Accounts Payable Specialist", T_PORTO_REQUEST)
      + outlook_block("en", who(HUGH), "2026-02-03 10:12 +0000", who(CAND),
                      "Interview - Accounts Payable Specialist", T_PORTO_INVITE),
      html=outlook_html(mso(T_PORTO_NO) + '\n<div style="border-top:solid #E1E1E1 1.0pt">\n'
                        + mso(outlook_block("en", who(HUGH), "2026-02-05 12:15 +0000", who(CAND),
                                            "RE: Interview - Accounts Payable Specialist", T_PORTO_MOVED))
                        + mso(outlook_block("en", who(CAND), "2026-02-04 08:30 +0000", who(HUGH),
                                            "RE: Interview - Accounts Payable Specialist", T_PORTO_REQUEST))
                        + mso(outlook_block("en", who(HUGH), "2026-02-03 10:12 +0000", who(CAND),
                                            "Interview - Accounts Payable Specialist", T_PORTO_INVITE))
                        + "\n</div>"),
      cte="quoted-printable", headers={"Thread-Topic": "Interview - Accounts Payable Specialist"}),

    M(kind="rejection", slug="blackwater_relays_kinsale", lang="en",
      company="Kinsale Harbour Hotel", contact=EIMEAR[1],
      frm=EIMEAR, to=[CAND], subject="Kinsale Harbour Hotel", date="2026-03-04 17:30 +0000",
      text="""Hi Fionnuala,

Just off the phone with the GM at Kinsale Harbour Hotel. Unfortunately they're not going to bring you back for a second interview. They've decided they need someone who can also cover payroll on Core for the two hotels, and that was the sticking point rather than anything you said.

I know it's frustrating after the drive down. I'll be on to you later in the week with a couple of shared-services options in Cork that don't need the payroll side.

Talk soon,
Eimear

Eimear Cronin
Recruitment Consultant - Finance & Hospitality
Blackwater Recruitment | +353 21 555 0122
"""),

    M(kind="rejection", slug="inishfallen_taleo", lang="en",
      company="Inishfallen Leisure Group", contact="",
      frm=("Inishfallen Leisure Group", "no-reply@taleo.net"), to=[CAND],
      subject="Purchase Ledger Administrator (2600213) - application status",
      date="2026-02-26 07:00 +0000", mid_domain="taleo.net",
      text="""Dear Fionnuala Dufresne-Abara,

Requisition: Purchase Ledger Administrator - 2600213

We appreciate your interest in Inishfallen Leisure Group. Following a review of all applications, you have not been selected to progress to the next stage for this requisition.

Your candidate profile remains in our database, and you can view the status of your submissions at any time by signing in to the Career Section.

Best regards,
Inishfallen Leisure Group - Talent Acquisition

*** This is an automated message. Please do not reply. ***
""", cte="base64"),

    M(kind="rejection", slug="stonebridge_offer_elsewhere", lang="en",
      company="Stonebridge Shared Services", contact="gemma.quinn@stonebridgess.example.co.uk",
      frm=("Gemma Quinn", "gemma.quinn@stonebridgess.example.co.uk"), to=[CAND],
      subject="Accounts Payable Analyst - update", date="2026-07-29 10:00 +0100",
      text="""Hi Fionnuala,

Thanks for bearing with us since your interview had to be cancelled. While we were trying to find a new time, the hiring manager made an offer to a candidate from the first round of interviews, and it has now been accepted. That means we won't be rebooking your interview, and I'm closing your application for this position.

I know that's a disappointing way for it to end, and I'm sorry we couldn't get you in front of the team. We'll be hiring for our Payables team again in the new year, so please do keep an eye on our careers page.

Best,
Gemma Quinn
Talent Partner, Stonebridge Shared Services
""",
      html=plain_html(paras("""Hi Fionnuala,

Thanks for bearing with us since your interview had to be cancelled. While we were trying to find a new time, the hiring manager made an offer to a candidate from the first round of interviews, and it has now been accepted. That means we won't be rebooking your interview, and I'm closing your application for this position.

I know that's a disappointing way for it to end, and I'm sorry we couldn't get you in front of the team. We'll be hiring for our Payables team again in the new year, so please do keep an eye on our careers page.

Best,
Gemma Quinn
Talent Partner, Stonebridge Shared Services"""))),

    M(kind="rejection", slug="broomielaw_workable", lang="en",
      company="Broomielaw Travel Group", contact="",
      frm=("Broomielaw Travel Group", "noreply@candidates.workablemail.com"), to=[CAND],
      subject="Your application for Accounts Payable Assistant at Broomielaw Travel Group",
      date="2026-10-20 09:30 +0100", mid_domain="candidates.workablemail.com",
      text=T_BROOMIELAW_NO,
      html=ats_card("Broomielaw Travel Group", "#0e7490", paras(T_BROOMIELAW_NO), "Sent with Workable")),

    # ---------------------------------------------------------------- French
    M(kind="rejection", slug="sablon_recruitee", lang="fr",
      company="Hôtels du Sablon", contact="",
      frm=("Hôtels du Sablon", "no-reply@jobs.recruitee.com"), name_enc=("utf-8", "Q"), to=[CAND],
      subject="Votre candidature – comptable fournisseurs", subj_enc=("utf-8", "Q"),
      date="2026-02-11 09:00 +0100", mid_domain="jobs.recruitee.com",
      text=T_SABLON_NO, html=plain_html(paras(T_SABLON_NO), "fr"), cte="quoted-printable"),

    M(kind="rejection", slug="dansaert_apres_entretien", lang="fr",
      company="Fiduciaire Dansaert", contact=HELENE[1],
      frm=HELENE, name_enc=("iso-8859-1", "Q"), to=[CAND],
      subject="RE: Merci pour l'entretien", date="2026-04-02 12:15 +0200",
      headers={"In-Reply-To": "<CAND.20260323191502.5120@example.ie>", "Thread-Topic": "Merci pour l'entretien"},
      text="""Chère Fionnuala,

Merci pour votre message et pour l'échange très agréable du 23 mars.

Après réflexion, nous avons décidé de confier le poste à une candidate déjà familiarisée avec la comptabilité belge (Winbooks, déclarations TVA trimestrielles), ce qui est indispensable pour notre période de clôture. Ce n'est en rien une remise en cause de vos compétences, que nous avons trouvées solides.

Je me permets de conserver votre CV : si un poste plus orienté vers nos clients hôteliers se libère, je penserai à vous.

Bien à vous,

Hélène Vandamme
Associée – Fiduciaire Dansaert
""" + outlook_block("fr", who(CAND), "2026-03-23 19:15 +0100", who(HELENE), "Merci pour l'entretien",
                    """Chère Madame Vandamme,

Je tenais à vous remercier pour l'entretien de cet après-midi. Notre discussion sur l'organisation du cabinet et sur vos clients du secteur hôtelier m'a beaucoup intéressée, et je suis plus motivée que jamais à rejoindre votre équipe.

Je reste à votre disposition pour tout complément d'information.

Bien cordialement,
Fionnuala Dufresne-Abara"""),
      cte="quoted-printable"),

    M(kind="rejection", slug="horta_relaie_brabant", lang="fr",
      company="Brabant Airways", contact=SEBASTIEN[1],
      frm=SEBASTIEN, name_enc=("utf-8", "B"), to=[CAND], parent="brabant_attendue_teams",
      subject="Re: Entretien de ce matin – comptable fournisseurs", subj_enc=("utf-8", "Q"),
      date="2026-05-15 11:00 +0200",
      text="""Bonjour Fionnuala,

J'ai enfin eu un retour de Brabant Airways. Même après votre explication sur le problème de connexion du 7 mai, ils ont préféré ne pas reprogrammer l'entretien et poursuivre avec les deux autres profils que nous leur avions présentés. Je suis sincèrement désolé que cela se termine de cette façon.

Votre dossier reste actif chez Horta Intérim et je vous recontacte dès qu'une mission en comptabilité fournisseurs se présente.

Bien à vous,
Sébastien

""" + quote("""Bonjour Madame Dufresne-Abara,

Nous vous avons attendue sur Teams ce matin à 10h00 pour l'entretien prévu avec M. Peeters d'Horta Intérim, mais vous ne vous êtes pas connectée. Nous sommes restés en ligne une vingtaine de minutes.

Si vous souhaitez toujours être considérée pour la mission, merci de nous le faire savoir par retour de mail ou via M. Peeters.

Cordialement,
Lise Marchal""", wrote("fr", "2026-05-07 10:35 +0200", *LISE)),
      cte="quoted-printable"),

    M(kind="rejection", slug="flagey_poste_supprime", lang="fr",
      company="Haute École Flagey", contact=NATHALIE[1],
      frm=NATHALIE, to=[CAND], parent="flagey_annulation_ics",
      subject="Réf. HEF-2026-019 - clôture de la procédure", subj_enc=("iso-8859-1", "B"),
      date="2026-06-26 10:45 +0200",
      text="""Madame,

Suite à la décision du conseil d'administration du 22 juin, le poste de gestionnaire comptable - fournisseurs (réf. HEF-2026-019) est supprimé dans le cadre de la réorganisation budgétaire de l'établissement. Les missions seront réparties au sein de l'équipe existante.

La procédure de recrutement est donc clôturée et l'entretien qui avait été reporté n'aura pas lieu.

Nous vous remercions vivement de l'intérêt que vous avez porté à la Haute École Flagey et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Nathalie Dubois-Moreau
Service des ressources humaines
Haute École Flagey - place Flagey 18, 1050 Ixelles
""", charset="iso-8859-1", cte="quoted-printable"),

    M(kind="rejection", slug="ixelles_smartrecruiters", lang="fr",
      company="Centre Comptable Ixelles", contact="",
      frm=("Centre Comptable Ixelles", "noreply@smartrecruiters.com"), to=[CAND],
      subject="Votre candidature chez Centre Comptable Ixelles", date="2026-07-22 15:00 +0200",
      mid_domain="smartrecruiters.com",
      html=ats_card("Centre Comptable Ixelles", "#334155", paras("""Chère Fionnuala,

Merci d'avoir postulé au poste d'Assistant(e) comptable AP/AR chez Centre Comptable Ixelles. Nous avons étudié votre candidature avec attention.

Malheureusement, votre profil ne correspond pas entièrement aux exigences du poste, notamment en ce qui concerne la maîtrise du néerlandais, et nous ne donnerons pas suite à votre candidature.

Nous vous souhaitons plein succès dans vos recherches.

L'équipe RH
Centre Comptable Ixelles"""), "Powered by SmartRecruiters", "fr"),
      cte="base64"),

    # ---------------------------------------------------------------- German
    M(kind="rejection", slug="hessenflug_nach_gespraech", lang="de",
      company="Hessenflug", contact=KATRIN[1],
      frm=("Hessenflug Recruiting", "noreply@personio.de"), reply_to=KATRIN, to=[CAND],
      subject="Ihre Bewerbung bei Hessenflug", date="2026-05-12 11:30 +0200", mid_domain="personio.de",
      text="""Hallo Frau Dufresne-Abara,

vielen Dank für das offene Gespräch am 30. April und Ihr Interesse an Hessenflug.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine Kandidatin entschieden, die bereits Erfahrung mit SAP S/4HANA und der Prüfung von Flughafenentgelten mitbringt.

Ihre freundliche und strukturierte Art ist uns in guter Erinnerung geblieben. Wenn Sie einverstanden sind, würden wir Ihre Unterlagen gern für künftige Stellen in unserem Finanzbereich vormerken – eine kurze Antwort auf diese E-Mail genügt.

Viele Grüße und alles Gute
Katrin Wiegand
Recruiting | Hessenflug
""", cte="quoted-printable"),

    M(kind="rejection", slug="mainufer_softgarden", lang="de",
      company="Mainufer Hotels", contact="",
      frm=("Mainufer Hotels", "noreply@softgarden.io"), to=[CAND],
      subject="Ihre Bewerbung bei den Mainufer Hotels", date="2026-03-05 14:30 +0100",
      mid_domain="softgarden.io",
      text=T_MAINUFER_NO,
      html=ats_card("Mainufer Hotels", "#7f1d1d", paras(T_MAINUFER_NO), "softgarden e-recruiting", "de"),
      cte="base64"),

    M(kind="rejection", slug="kessler_voigt_knapp", lang="de",
      company="Kessler & Voigt", contact=KESSLER[1],
      frm=KESSLER, to=[CAND], subject="Ihr Gespräch am 8. Juni", subj_enc=("utf-8", "Q"),
      date="2026-06-15 17:45 +0200",
      text="""Sehr geehrte Frau Dufresne-Abara,

danke für das Gespräch am 8. Juni. Wir haben die Stelle inzwischen anderweitig besetzt.

Mit freundlichen Grüßen
Martin Kessler
Kessler & Voigt Steuerberatungsgesellschaft
Schweizer Straße 52, 60594 Frankfurt am Main
""", cte="8bit"),

    M(kind="rejection", slug="roemer_mandant", lang="de",
      company="Römer Personalberatung", contact=JENS[1],
      frm=JENS, to=[CAND], subject="Rückmeldung zur Position in Eschborn",
      subj_enc=("iso-8859-1", "B"), date="2026-09-03 14:00 +0200",
      text="""Liebe Frau Dufresne-Abara,

leider habe ich keine guten Nachrichten zu der Position bei dem Industrieunternehmen in Eschborn, für die ich Sie vorgeschlagen hatte. Der Mandant hat sich nach Sichtung der Unterlagen gegen ein Gespräch entschieden: Gesucht wird jemand mit mehrjähriger Erfahrung in der Kreditorenbuchhaltung eines deutschen Konzerns.

Das ist kein Urteil über Ihre Qualifikation, sondern eine sehr enge Vorgabe. Ich bleibe für Sie am Ball und melde mich, sobald ich etwas Passenderes habe.

Herzliche Grüße
Jens Albrecht
Senior Consultant Finance
Römer Personalberatung
Braubachstraße 18, 60311 Frankfurt am Main
""", charset="iso-8859-1", cte="8bit"),

    # ---------------------------------------------------------------- Spanish
    M(kind="rejection", slug="alboran_workday", lang="es",
      company="Alborán Air", contact="",
      frm=("Alborán Air", "alboranair@myworkday.com"), name_enc=("iso-8859-1", "Q"), to=[CAND],
      subject="Actualización de tu candidatura – R-2026-0431", subj_enc=("utf-8", "B"),
      date="2026-06-01 06:00 +0000", mid_domain="myworkday.com",
      text=T_ALBORAN_NO, html=ats_card("Alborán Air", "#0369a1", paras(T_ALBORAN_NO), "", "es"),
      cte="quoted-printable", html_cte="base64"),

    M(kind="rejection", slug="larios_tras_entrevista", lang="es",
      company="Asesoría Larios", contact=CARMEN[1],
      frm=CARMEN, to=[CAND], parent="agradecimiento_larios",
      subject="Re: Gracias por la entrevista de hoy", date="2026-04-09 13:10 +0200",
      text=reply("es", """Hola Fionnuala:

Muchas gracias por tu mensaje, fue un detalle muy bonito.

Te escribo para contarte que finalmente nos hemos decidido por una persona que ya maneja el programa A3 y el Suministro Inmediato de Información del IVA, algo que necesitamos desde el primer día en plena campaña. Ha sido una decisión difícil, porque tu perfil nos gustó mucho a las dos.

Si más adelante buscamos a alguien para la cartera de clientes hoteleros, te llamaré.

Un abrazo y mucha suerte,
Carmen
""", T_GRACIAS_LARIOS, "2026-03-30 19:40 +0100", *CAND),
      charset="iso-8859-1", cte="quoted-printable"),

    M(kind="rejection", slug="talento_sur_malagueta", lang="es",
      company="Hoteles Malagueta", contact=JAVIER[1],
      frm=JAVIER, to=[CAND], subject="Respuesta de Hoteles Malagueta", date="2026-03-13 09:45 +0100",
      text="""Hola Fionnuala:

Ya tengo respuesta de Hoteles Malagueta y, por desgracia, no es la que esperábamos. Han preferido seguir con otra candidata que vive en Málaga y puede incorporarse el 1 de abril; con la Semana Santa encima, la disponibilidad inmediata pesó más que la experiencia.

Me comentaron que les encantó tu nivel de inglés y tu forma de explicar los cierres de caja. Sigo buscando y te aviso en cuanto tenga algo.

Un abrazo,
Javier Montiel
Consultor de Selección – Talento Sur
+34 952 55 01 19
""", cte="quoted-printable"),

    M(kind="rejection", slug="pedregalejo_cubierta_internamente", lang="es",
      company="Grupo Hotelero Pedregalejo", contact=ROCIO[1],
      frm=ROCIO, name_enc=("utf-8", "Q"), to=[CAND], subject="La vacante de contabilidad",
      date="2026-09-16 12:00 +0200",
      text="""¡Hola Fionnuala!

Te escribo rápido para que no te quedes esperando: al final la vacante de contabilidad la hemos cubierto con una compañera de recepción que llevaba tiempo queriendo pasar a administración, así que cerramos el proceso sin más entrevistas.

Me supo mal no avisarte antes, estas semanas han sido una locura con los grupos de septiembre.

Mucha suerte con todo, ¡seguro que encuentras algo pronto!

Rocío
Rocío Villalobos · RR. HH. · Grupo Hotelero Pedregalejo
""", cte="base64"),
]
