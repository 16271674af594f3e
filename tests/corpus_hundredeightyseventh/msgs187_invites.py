"""Corpus 187: interview invitations, reschedules/cancellations and missed-interview notices."""

from msgs187_common import (
    AMANDINE,
    AOIFE,
    CAND,
    CARMEN,
    CIARA,
    CONOR,
    DECLAN,
    DENISE,
    DERVLA,
    EUAN,
    FRASER,
    GEMMA,
    GRAINNE,
    HELENE,
    HOFFMANN,
    HUGH,
    INES,
    JAVIER,
    JENS,
    KATRIN,
    KIRSTY,
    LISE,
    LUCIA,
    MAIRE,
    NATHALIE,
    NIAMH,
    RUAIRI,
    SABINE,
    SEBASTIEN,
    SIOBHAN,
    M,
    ats_card,
    button,
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

# ============================================================== interview_invitation

T_CORRIB_SCREEN = """Hi Fionnuala,

Thanks for applying for the Accounts Payable Clerk role with us here in Cork. Your mix of night audit work and supplier reconciliations caught my eye, and I'd like to set up a 20-minute phone call to talk through the role, the team and your notice period.

Would any of these suit?
- Thursday 22 January at 10:00 or 14:30
- Friday 23 January at 11:00

I'll ring you on the mobile number on your CV unless you'd rather do it on Teams.

Kind regards,
Aoife

Aoife Kehoe
Talent Acquisition Partner
Corrib & Lee Shared Services
Building 4, Mahon Point Business Park, Cork T12 XK20
+353 21 555 0148
"""

T_CORRIB_PANEL = """Dear Fionnuala,

Thank you for taking the time to speak with me last week. I'm delighted to invite you to a panel interview for the Accounts Payable Clerk position.

Date: Tuesday 10 February 2026
Time: 10:00 to 11:00
Where: Corrib & Lee Shared Services, Building 4, Mahon Point Business Park, Cork (ask for me at reception)

The panel will be Brendan Tierney (AP Team Lead), Yvonne Roche (Finance Operations Manager) and myself. For the last 15 minutes we'll ask you to work through a short three-way-match exercise on a laptop we provide; no preparation needed beyond a calculator-friendly brain.

A calendar invitation is attached. Please accept it or let me know if the time doesn't work.

Kind regards,

Aoife Kehoe
Talent Acquisition Partner | Corrib & Lee Shared Services
+353 21 555 0148
"""

T_SHANNON_SCHEDULE = """Hi Fionnuala,

Thanks again for your interest in the Accounts Payable Officer role at Shannon Estuary Airlines. We'd like to invite you to a 45-minute video interview with me and Fidelma Kirwan, our Accounts Payable Manager.

Please use the link below to choose a time that suits you over the next week. The invite will come with a Microsoft Teams link.

Pick a time: https://app.greenhouse.io/scheduling/shannonestuaryair/7f3c2a19e4

If none of the slots work, just reply to this email and I'll sort something out.

Thanks,
Declan Moroney
Talent Acquisition, Shannon Estuary Airlines
"""

T_LIFFEY_BRENNAN = """Hi Fionnuala,

Good news: Brennan Kilbride would like to meet you for the Accounts Payable Assistant job I sent over last week.

When: Thursday 19 March, 11:30
Where: their office at 41 Fitzwilliam Place, Dublin 2 (second floor)
Who: Rachel Kilbride (Finance Partner) and Tomás Egan (Practice Manager)

They're a 60-person practice, so expect it to be conversational rather than a grilling. Rachel will want to hear about how you handle month-end when the night audit doesn't balance, and Tomás is big on Excel, so be ready to talk about pivot tables and VLOOKUP/XLOOKUP.

Can you confirm you're good for Thursday? Give me a call if you want to prep beforehand.

Niamh

Niamh Gallagher
Senior Consultant, Accountancy & Finance
Liffey Talent Partners
Grand Canal Quay, Dublin 2 | +353 1 555 0177
"""

T_LAGAN_VIDEO = """Hi Fionnuala,

Thank you for applying for the Accounts Payable Administrator position with Lagan Quay Hotels. We'd like to invite you to a first-round video interview.

Tuesday 21 April 2026, 11:00 (UK time)
Google Meet: https://meet.example.co.uk/lqh-ap-0421

It will last around 40 minutes and will be with me and Paul Magennis, our Group Purchase Ledger Supervisor. Please hit reply to confirm, or let me know if you need a different time.

Best wishes,
Ciara McAteer
People & Culture Advisor, Lagan Quay Hotels
"""

T_PORTO_INVITE = """Dear Fionnuala,

Thank you for your application for the Accounts Payable Specialist role. I'd like to invite you to interview with me and our Financial Controller, Sandra Kavanagh.

Tuesday 10 February at 15:00
Portobello Aviation Leasing, 3rd Floor, 12 Harcourt Street, Dublin 2
(If travelling from Kerry is a problem we can do it on Teams instead.)

The interview will take around an hour and will cover your experience with supplier statements, payment runs and the lease-related invoices we process in USD and EUR.

Please let me know if this suits.

Regards,

Hugh Delaney
Finance Operations Manager
Portobello Aviation Leasing
12 Harcourt Street, Dublin 2, D02 FX88
T: +353 1 555 0123
"""

T_ORMEAU_INVITE = """Dear Ms Dufresne-Abara

Post: Accounts Payable Officer (Finance Directorate), ref. OCB/FIN/26/07

I am pleased to inform you that you have been shortlisted for interview for the above post. Interviews will be held on Thursday 16 April 2026 at Ormeau College Belfast, Stranmillis Road Campus, Room 2.11. Your interview is scheduled for 14:15 and will last approximately 45 minutes.

Please bring photographic identification and the originals of the qualifications listed on your application form. The attached document sets out the interview arrangements, including a short presentation topic (“Controls I would introduce in a busy purchase ledger”, 5 minutes, no slides).

Please confirm your attendance by replying to this email by 8 April.

Yours sincerely

Denise Lavery
HR Officer – Recruitment
Ormeau College Belfast
Stranmillis Road, Belfast BT9 5XX
Tel: +44 28 9555 0140
"""

T_MERIDIA_INVITE = """Bonjour Madame Dufresne-Abara,

Suite à l'examen de votre candidature pour le poste de Comptable fournisseurs (H/F/X), nous avons le plaisir de vous inviter à un entretien en visioconférence.

Date : mardi 17 mars 2026
Heure : 14h00 – 15h00 (heure de Bruxelles)
Lien Teams : dans l'invitation jointe

Vous rencontrerez Mme Els Wouters, responsable de l'équipe Accounts Payable, ainsi que moi-même. L'entretien se déroulera en français ; une partie de quelques minutes pourra se tenir en anglais.

Merci de bien vouloir accepter l'invitation ou de me proposer un autre créneau.

Bien cordialement,

Amandine Verhaegen
Talent Acquisition Specialist
Meridia Services Partagés
Avenue Louise 231, 1050 Bruxelles
+32 2 555 01 64
"""

T_HORTA_BRABANT = """Bonjour Fionnuala,

Bonne nouvelle : Brabant Airways souhaite vous rencontrer pour la mission de comptable fournisseurs (contrat de 6 mois, possibilité de CDI).

L'entretien aura lieu en visio le jeudi 7 mai à 10h00 avec Mme Lise Marchal, Accounts Payable Lead. Elle vous enverra le lien Teams directement.

Quelques conseils : ils travaillent sous SAP et traitent beaucoup de factures de carburant et de redevances aéroportuaires. Mettez en avant vos rapprochements de nuit et votre rigueur sur les écarts.

Pouvez-vous me confirmer votre disponibilité ?

Belle journée,
Sébastien

Sébastien Peeters
Consultant Finance & Comptabilité
Horta Intérim – Rue Américaine 25, 1060 Saint-Gilles
+32 2 555 01 98
"""

T_FLAGEY_INVITE = """Madame,

Nous avons le plaisir de vous informer que votre candidature au poste de gestionnaire comptable – fournisseurs (réf. HEF-2026-019) a été retenue pour la suite de la procédure.

Nous vous invitons à un entretien avec le jury de sélection le mardi 16 juin 2026 à 9h30, dans nos locaux de la place Flagey 18, 1050 Ixelles (bâtiment B, salle du conseil). Une participation à distance est possible sur demande.

L'entretien durera environ 45 minutes et sera suivi d'un court test pratique sur Excel.

Vous trouverez en pièce jointe une invitation au format calendrier.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Nathalie Dubois-Moreau
Service des ressources humaines
Haute École Flagey
"""

T_HESSENFLUG_INVITE = """Hallo Frau Dufresne-Abara,

vielen Dank für Ihre Bewerbung als Kreditorenbuchhalterin (m/w/d) bei Hessenflug. Wir würden Sie gerne in einem ersten Videogespräch kennenlernen.

Termin: Mittwoch, 29. April 2026, 10:00 Uhr
Dauer: ca. 45 Minuten
Teilnehmende: Katrin Wiegand (Recruiting), Oliver Brandt (Teamleitung Kreditoren)
Link: https://hessenflug.example.de/video/kreditoren-0429

Das Gespräch führen wir auf Deutsch; ein Teil kann gerne auf Englisch stattfinden.

Bitte bestätigen Sie uns den Termin kurz per Antwort auf diese E-Mail.

Viele Grüße
Katrin Wiegand
Recruiting | Hessenflug
"""

T_GUADA_INVITE = """Hola Fionnuala:

Gracias por tu interés en el puesto de Técnica/o de Cuentas a Pagar (inglés C2) en Guadalmedina Servicios Compartidos.

Nos gustaría conocerte en una entrevista por videollamada:

Fecha: martes 23 de junio de 2026
Hora: 11:00 (hora peninsular)
Duración: 30-40 minutos
Con: Lucía Berrocal (Talento) y Álvaro Segura (responsable de Cuentas a Pagar)

Puedes confirmar o proponer otra hora desde este enlace:
https://guadalmedina.teamtailor.example.es/entrevistas/confirmar/5521

Un saludo,
Lucía Berrocal
Equipo de Talento – Guadalmedina Servicios Compartidos
"""

T_LAGAN_CANCEL = """Hi Fionnuala,

I'm really sorry to do this at short notice, but I need to cancel tomorrow's video interview. Our Group Finance Director has asked us to pause all finance recruitment for a couple of weeks while the budget for the new Titanic Quarter property is finalised.

This isn't a reflection on your application at all, and I'll come back to you as soon as I know more.

Apologies again,
Ciara

Ciara McAteer
People & Culture Advisor
Lagan Quay Hotels | 1 Lanyon Place, Belfast BT1 3LP
"""

T_SHANNON_MISSED = """Hi Fionnuala,

We had you down for a video interview at 10:00 this morning. Fidelma and I waited on Teams until about 10:15 but didn't see you join, and there was no answer on your mobile.

I hope everything is OK. If something came up, just let me know - these things happen.

Regards,
Declan

Declan Moroney
Talent Acquisition | Shannon Estuary Airlines
Shannon Airport House, Shannon, Co. Clare V14 EE06
+353 61 555 0133
"""

T_SHANNON_APOLOGY = """Hi Declan,

I'm mortified, I'm so sorry. I finished a night audit shift at seven this morning and my alarm didn't go off - there's no good excuse. I'm still very keen on the role. Would you and Fidelma be willing to give me another slot? I'm free any afternoon this week or next.

Apologies again,
Fionnuala
"""

T_CLYDE_MISSED = """Hi Fionnuala,

I tried calling you twice at 10:00 this morning for our scheduled phone screen, but it rang out both times and I couldn't leave a voicemail.

If you're still interested in the Purchase-to-Pay Associate role, give me a shout with a couple of times that suit and we can try again.

Cheers,
Euan

Euan Drummond
Resourcing Partner | Clyde Meridian Business Services
+44 141 555 0162
"""

T_PORTO_REQUEST = """Hi Hugh,

Thank you very much for the invitation - I'd be delighted to interview for the Accounts Payable Specialist role.

Unfortunately I already have an interview in Cork on Tuesday that I can't move. Would Wednesday 11 or Thursday 12 February suit you and Sandra instead? Teams would be great, as it saves me the day's travel from Killarney.

Kind regards,
Fionnuala Dufresne-Abara
+353 87 555 0192
"""

T_PORTO_MOVED = """Hi Fionnuala,

No problem at all. Sandra is free on Thursday, so I've moved your interview to Thursday 12 February at 10:30, on Teams. You'll get a separate calendar invite with the link.

Same format as before: about an hour, including some questions on USD supplier payments.

Regards,
Hugh

Hugh Delaney
Finance Operations Manager
Portobello Aviation Leasing
T: +353 1 555 0123
"""

MESSAGES = [
    M(kind="interview_invitation", slug="corrib_phone_screen", lang="en",
      company="Corrib & Lee Shared Services", contact=AOIFE[1],
      frm=AOIFE, to=[CAND], subject="Accounts Payable Clerk – quick call this week?",
      subj_enc=("utf-8", "Q"), date="2026-01-20 11:05 +0000", text=T_CORRIB_SCREEN),

    M(kind="interview_invitation", slug="corrib_panel_ics", lang="en",
      company="Corrib & Lee Shared Services", contact=AOIFE[1],
      frm=AOIFE, to=[CAND],
      subject="Interview invitation: Accounts Payable Clerk (panel) - Tuesday 10 February",
      date="2026-01-29 15:20 +0000", text=T_CORRIB_PANEL, html=outlook_html(mso(T_CORRIB_PANEL)),
      cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "CLSS-APC-PANEL-20260210@corriblee.example.ie", "sequence": 0,
               "start": "2026-02-10 10:00 +0000", "end": "2026-02-10 11:00 +0000",
               "summary": "Panel interview - Accounts Payable Clerk (Fionnuala Dufresne-Abara)",
               "location": "Corrib & Lee Shared Services, Building 4, Mahon Point, Cork",
               "organizer": AOIFE, "attendees": [CAND, ("Brendan Tierney", "brendan.tierney@corriblee.example.ie")]},
      headers={"X-Mailer": "Microsoft Outlook 16.0"}),

    M(kind="interview_invitation", slug="shannon_greenhouse_schedule", lang="en",
      company="Shannon Estuary Airlines", contact=DECLAN[1],
      frm=("Declan Moroney via Greenhouse", "no-reply@us.greenhouse-mail.io"), reply_to=DECLAN,
      to=[CAND], subject="Interview with Shannon Estuary Airlines: please pick a time",
      date="2026-06-10 13:40 +0000", text=T_SHANNON_SCHEDULE,
      html=ats_card("Shannon Estuary Airlines", "#0b4f6c", paras(T_SHANNON_SCHEDULE.split("Pick a time")[0])
                    + button("Pick a time", "https://app.greenhouse.io/scheduling/shannonestuaryair/7f3c2a19e4")
                    + paras("If none of the slots work, just reply to this email and I'll sort something out.\n\nThanks,\nDeclan Moroney\nTalent Acquisition, Shannon Estuary Airlines"),
                    footer="Sent via Greenhouse on behalf of Shannon Estuary Airlines."),
      cte="base64", mid_domain="us.greenhouse-mail.io"),

    M(kind="interview_invitation", slug="liffey_brennan_kilbride", lang="en",
      company="Brennan Kilbride", contact=NIAMH[1],
      frm=NIAMH, to=[CAND], subject="Brennan Kilbride want to meet you - Thurs 19 March",
      date="2026-03-10 17:05 +0000", text=T_LIFFEY_BRENNAN),

    M(kind="interview_invitation", slug="lagan_lever_video", lang="en",
      company="Lagan Quay Hotels", contact=CIARA[1],
      frm=("Ciara McAteer", "no-reply@hire.lever.co"), reply_to=CIARA, to=[CAND],
      subject="Lagan Quay Hotels - interview for Accounts Payable Administrator",
      date="2026-04-14 10:03 +0100", text=T_LAGAN_VIDEO,
      html=plain_html(paras(T_LAGAN_VIDEO) + '\n<p style="color:#999;font-size:11px">Powered by Lever</p>'),
      mid_domain="hire.lever.co"),

    M(kind="interview_invitation", slug="clyde_virtual_assessment", lang="en",
      company="Clyde Meridian Business Services", contact=EUAN[1],
      frm=EUAN, to=[CAND], parent="clyde_tried_calling",
      subject="Re: Missed call - Clyde Meridian phone screen",
      date="2026-05-22 14:00 +0100",
      text=reply("en", """Hi Fionnuala,

Thanks for calling back yesterday, and glad the phone mix-up is sorted. Based on our chat I'd like to invite you to our virtual assessment centre for the Purchase-to-Pay Associate roles.

Wednesday 3 June, 09:30 to 13:00 (UK time), on Microsoft Teams

The morning is made up of:
- a welcome from the P2P leadership team
- a 30-minute invoice-processing exercise (vendor master checks, duplicate spotting)
- a group discussion with four other candidates
- a 25-minute competency interview with two of our team leads

The attached guide explains each part. Can you confirm by Friday that you'll attend?

Cheers,
Euan

Euan Drummond
Resourcing Partner
Clyde Meridian Business Services
2 Atlantic Quay, Glasgow G2 8JB
+44 141 555 0162
""", T_CLYDE_MISSED, "2026-05-18 10:21 +0100", *EUAN),
      attachments=[{"type": "pdf", "filename": "Virtual_Assessment_Centre_Guide.pdf",
                        "title": "Clyde Meridian - Virtual Assessment Centre",
                        "lines": ["Clyde Meridian Business Services", "Virtual Assessment Centre - Purchase-to-Pay Associate",
                               "Wednesday 3 June 2026, 09:30-13:00 (UK time)", "",
                               "09:30 Welcome", "09:50 Invoice-processing exercise (30 min)",
                               "10:40 Group discussion", "11:30 Competency interview (25 min)",
                               "Please test your camera and microphone beforehand."]}]),

    M(kind="interview_invitation", slug="lee_valley_panel_ics", lang="en",
      company="Lee Valley University", contact=MAIRE[1],
      frm=MAIRE, name_enc=("iso-8859-1", "Q"), to=[CAND],
      subject="Interview: Senior Accounts Payable Administrator (Finance Office), ref. LVU-FO-2611",
      date="2026-08-24 12:10 +0100",
      text="""Dear Fionnuala,

Further to your application for the post of Senior Accounts Payable Administrator, I am pleased to let you know that you have been shortlisted for interview.

Your interview will take place on Thursday 3 September 2026 at 10:30 in Room G.14, Áras an Bhuiséir, Lee Valley University, Western Road, Cork. The interview board will consist of the Financial Accountant, the Accounts Payable Manager and an external assessor from the higher education sector.

You will be asked to give a ten-minute presentation on "Reducing late-payment interest under the Prompt Payment of Accounts Act". Please bring your slides on a USB key.

A calendar invitation is attached for your convenience. Kindly confirm your attendance by return.

Is mise le meas,

Máire Ní Bhriain
HR Officer, Recruitment & Selection
Lee Valley University, Western Road, Cork
+353 21 555 0190
""",
      ics_mode="both",
      ics={"method": "REQUEST", "uid": "lvu-fo-2611-interview-fda@leevalleyuni.example.ie", "sequence": 0,
               "start": "2026-09-03 10:30 +0100", "end": "2026-09-03 11:30 +0100",
               "summary": "Interview - Senior Accounts Payable Administrator (LVU-FO-2611)",
               "location": "Room G.14, Áras an Bhuiséir, Western Road, Cork",
               "description": "Interview board: Financial Accountant, AP Manager, external assessor.\nPresentation: 10 minutes.",
               "organizer": MAIRE, "attendees": [CAND],
               "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),

    M(kind="interview_invitation", slug="muckross_free_thursday", lang="en",
      company="Muckross Lakeside Hotels", contact=GRAINNE[1],
      frm=GRAINNE, name_enc=("utf-8", "B"), to=[CAND],
      subject="Coffee on Thursday?", date="2026-01-13 16:45 +0000",
      text="""Hi Fionnuala,

Hope the nights aren't too long at the Flesk Bridge this week! I saw your application come through for the AP & Purchasing Administrator job in our group finance office. Are you free Thursday afternoon to come up to the Lakeside for a chat? Say 3 o'clock, in the residents' lounge - nothing formal, just myself and Colm from group finance, maybe 45 minutes.

If Thursday's no good, Friday morning works too.

Gráinne

Gráinne O'Sullivan
HR Manager, Muckross Lakeside Hotels
Muckross Road, Killarney, Co. Kerry
087 555 0114
"""),

    M(kind="interview_invitation", slug="portobello_outlook", lang="en",
      company="Portobello Aviation Leasing", contact=HUGH[1],
      frm=HUGH, to=[CAND], subject="Interview - Accounts Payable Specialist",
      date="2026-02-03 10:12 +0000", text=T_PORTO_INVITE,
      html=outlook_html(mso(T_PORTO_INVITE) + """
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">This e-mail and any attachments are confidential and intended solely for the addressee. Portobello Aviation Leasing DAC is regulated by the Central Bank of Ireland.</span></p>"""),
      html_cte="quoted-printable",
      headers={"X-MS-Has-Attach": "", "Thread-Topic": "Interview - Accounts Payable Specialist"}),

    M(kind="interview_invitation", slug="torc_falls_trial_day", lang="en",
      company="Torc Falls Hotel", contact=SIOBHAN[1],
      frm=SIOBHAN, name_enc=("iso-8859-1", "B"), to=[CAND],
      subject="Trial day in the accounts office", date="2026-05-06 19:30 +0100",
      text="""Dear Fionnuala,

It was lovely to meet you on Monday. As discussed, the next step for the Accounts Assistant (Payables) position is a paid trial day with our accounts team.

We'd like to have you in on Tuesday 12 May from 9:00 to 15:00. You'll shadow Noreen on the supplier invoice run, then have a go at a batch of coding and matching yourself. Lunch is on us in the staff canteen.

Please come to the back office entrance beside the leisure centre and ask for me. Let me know if the date is a problem.

Warm regards,
Siobhán Counihan
Financial Controller
Torc Falls Hotel, Muckross, Killarney, Co. Kerry
064 555 0161
""", charset="iso-8859-1", cte="quoted-printable"),

    M(kind="interview_invitation", slug="stonebridge_ashby_slots", lang="en",
      company="Stonebridge Shared Services", contact=GEMMA[1],
      frm=("Gemma Quinn", "no-reply@ashbyhq.com"), reply_to=GEMMA, to=[CAND],
      subject="Schedule your interview with Stonebridge Shared Services",
      date="2026-07-08 09:30 +0100", mid_domain="ashbyhq.com",
      html=ats_card("Stonebridge Shared Services", "#3f3d56", paras("""Hi Fionnuala,

Thanks for your application to the Accounts Payable Analyst position in Belfast. I'd love to set up a 30-minute video interview with you and our AP team manager, Declan Ferris.

Please choose a time that works for you using the button below. You'll get a confirmation with the video link once you've booked.""")
                    + button("Choose a time", "https://app.ashbyhq.com/interview-scheduling/stonebridge/c41f0a", "#3f3d56")
                    + paras("""If none of the times fit, reply to this email and I'll find another slot.

Best,
Gemma Quinn
Talent Partner, Stonebridge Shared Services"""),
                    footer="Powered by Ashby"), cte="base64"),

    M(kind="interview_invitation", slug="ardlinn_phone_screen", lang="en",
      company="Ardlinn Foods Group", contact=CONOR[1],
      frm=CONOR, to=[CAND], subject="Re: Accounts Payable Analyst - CV received",
      parent="ardlinn_cv_received", date="2026-03-05 15:05 +0000",
      text="""Hi Fionnuala,

I've had a look through your CV and would like to have a proper chat. Could I give you a ring on Monday 9 March at 12:00? It'll be about half an hour: your background, why shared services, salary expectations and notice.

If 12 doesn't suit, suggest another time on Monday or Tuesday.

Thanks,
Conor

Conor Hegarty | Recruitment Lead | Ardlinn Foods Group
Park West Business Campus, Dublin 12 | +353 1 555 0109
"""),

    M(kind="interview_invitation", slug="saltire_kelvinside", lang="en",
      company="Kelvinside Hotels", contact=FRASER[1],
      frm=FRASER, to=[CAND], subject="Kelvinside Hotels - interview Thursday 9 July",
      date="2026-07-06 11:40 +0100",
      text="""Morning Fionnuala,

Great news - Kelvinside Hotels have read your CV and want to meet you for the Purchase Ledger Clerk job at their head office on Great Western Road.

Thursday 9 July at 14:00, by video (Zoom link to follow from their side)
You'll meet Morag Fleming, Group Financial Controller

Morag is straight-talking and friendly. She'll want to know why you're moving from night audit into payables and how you'd cope with their 14 hotels' worth of supplier invoices landing in one inbox.

Let me know you're OK with the time and I'll confirm with them.

All the best,
Fraser

Fraser Lindsay
Principal Consultant | Saltire Finance Recruitment
100 West George Street, Glasgow G2 1PJ
Direct: +44 141 555 0131
"""),

    M(kind="interview_invitation", slug="bann_valley_screen", lang="en",
      company="Bann Valley Staffing", contact=RUAIRI[1],
      frm=RUAIRI, name_enc=("utf-8", "Q"), to=[CAND],
      subject="Phone call Wednesday re AP role (Titanic Quarter client)",
      date="2026-08-10 09:00 +0100",
      text="""Hi Fionnuala,

Thanks for sending your CV through. I've a client in the Titanic Quarter, a growing hospitality business, looking for an Accounts Payable Assistant. I can't share their name just yet, but I think you'd be a strong fit.

Before I put you forward I'd like a quick phone interview so I can represent you properly. Would Wednesday 12 August at 16:00 work? I'll call the mobile number on your CV.

Cheers,
Ruairí

Ruairí McKenna
Recruitment Consultant - Finance
Bann Valley Staffing, 22 Linenhall Street, Belfast BT2 8BG
+44 28 9555 0126
"""),

    M(kind="interview_invitation", slug="ormeau_interview_pdf", lang="en",
      company="Ormeau College Belfast", contact=DENISE[1],
      frm=DENISE, to=[CAND],
      subject="Invitation to interview – Accounts Payable Officer (OCB/FIN/26/07)",
      subj_enc=("windows-1252", "Q"), date="2026-04-01 14:25 +0100",
      text=T_ORMEAU_INVITE, charset="windows-1252", cte="quoted-printable",
      attachments=[{"type": "pdf", "filename": "Interview_Arrangements_OCB-FIN-26-07.pdf",
                        "title": "Interview arrangements OCB/FIN/26/07",
                        "lines": ["Ormeau College Belfast - Human Resources",
                               "Interview arrangements: Accounts Payable Officer (OCB/FIN/26/07)",
                               "Date: Thursday 16 April 2026", "Venue: Stranmillis Road Campus, Room 2.11",
                               "Presentation: 5 minutes, no slides",
                               "Panel: Head of Financial Services, Payables Manager, HR representative",
                               "Reasonable adjustments: contact HR in advance."]}]),

    M(kind="interview_invitation", slug="meridia_entretien_ics", lang="fr",
      company="Meridia Services Partagés", contact=AMANDINE[1],
      frm=AMANDINE, to=[CAND],
      subject="Invitation à un entretien – Comptable fournisseurs (H/F/X)",
      subj_enc=("utf-8", "B"), date="2026-03-09 10:30 +0100",
      text=T_MERIDIA_INVITE, html=outlook_html(mso(T_MERIDIA_INVITE), "FR-BE"),
      cte="quoted-printable",
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000045B1@meridia-ssc.example.be",
               "sequence": 0, "start": "2026-03-17 14:00 +0100", "end": "2026-03-17 15:00 +0100",
               "summary": "Entretien – Comptable fournisseurs – F. Dufresne-Abara",
               "location": "Microsoft Teams", "organizer": AMANDINE,
               "attendees": [CAND, ("Els Wouters", "els.wouters@meridia-ssc.example.be")]}),

    M(kind="interview_invitation", slug="dansaert_invitation", lang="fr",
      company="Fiduciaire Dansaert", contact=HELENE[1],
      frm=HELENE, name_enc=("iso-8859-1", "Q"), to=[CAND],
      subject="Votre candidature - proposition de rendez-vous",
      subj_enc=("utf-8", "Q"), date="2026-03-18 16:00 +0100",
      text="""Chère Madame,

Votre parcours a retenu toute notre attention et nous aimerions faire votre connaissance. Seriez-vous disponible pour un entretien en visioconférence le lundi 23 mars à 14h00 ?

Nous échangerons sur le poste d'assistante comptable (fournisseurs) au sein de notre cabinet, sur votre expérience d'audit de nuit et sur vos attentes. Comptez environ une heure.

Si ce créneau ne vous convient pas, n'hésitez pas à m'en proposer un autre dans la semaine.

Au plaisir de vous rencontrer,

Hélène Vandamme
Associée - Fiduciaire Dansaert
Rue Antoine Dansaert 88, 1000 Bruxelles
Tél. +32 2 555 01 37
""", charset="iso-8859-1", cte="8bit"),

    M(kind="interview_invitation", slug="horta_entretien_brabant", lang="fr",
      company="Brabant Airways", contact=SEBASTIEN[1],
      frm=SEBASTIEN, name_enc=("utf-8", "B"), to=[CAND],
      subject="Entretien Brabant Airways – jeudi 7 mai", subj_enc=("utf-8", "Q"),
      date="2026-05-04 09:20 +0200", text=T_HORTA_BRABANT,
      html=plain_html(paras(T_HORTA_BRABANT), "fr"), cte="quoted-printable"),

    M(kind="interview_invitation", slug="flagey_entretien", lang="fr",
      company="Haute École Flagey", contact=NATHALIE[1],
      frm=NATHALIE, to=[CAND],
      subject="Convocation à un entretien - réf. HEF-2026-019", subj_enc=("iso-8859-1", "Q"),
      date="2026-06-03 13:30 +0200", text=T_FLAGEY_INVITE, charset="utf-8", cte="base64",
      ics_mode="attach",
      ics={"method": "REQUEST", "uid": "hef-2026-019-jury-0616@hautecoleflagey.example.be", "sequence": 0,
               "start": "2026-06-16 09:30 +0200", "end": "2026-06-16 10:15 +0200",
               "summary": "Entretien jury - gestionnaire comptable fournisseurs",
               "location": "Place Flagey 18, 1050 Ixelles - bâtiment B, salle du conseil",
               "organizer": NATHALIE, "attendees": [CAND]}),

    M(kind="interview_invitation", slug="hessenflug_einladung", lang="de",
      company="Hessenflug", contact=KATRIN[1],
      frm=("Hessenflug Recruiting", "noreply@personio.de"), reply_to=KATRIN, to=[CAND],
      subject="Einladung zum Videogespräch – Kreditorenbuchhalter (m/w/d)",
      subj_enc=("utf-8", "Q"), date="2026-04-22 09:15 +0200", text=T_HESSENFLUG_INVITE,
      html=ats_card("Hessenflug", "#003366", paras(T_HESSENFLUG_INVITE), "Diese Nachricht wurde über Personio versendet.", "de"),
      cte="quoted-printable", mid_domain="personio.de"),

    M(kind="interview_invitation", slug="eiserner_steg_probearbeit", lang="de",
      company="Hotel Eiserner Steg", contact=HOFFMANN[1],
      frm=HOFFMANN, to=[CAND], subject="Probearbeitstag in unserer Buchhaltung",
      date="2026-08-04 13:00 +0200",
      text="""Liebe Frau Dufresne-Abara,

vielen Dank für das angenehme Telefonat letzte Woche. Wie besprochen möchten wir Sie gerne zu einem Probearbeitstag in unsere Buchhaltung einladen.

Wann: Montag, 10. August 2026, 9:00 bis ca. 16:00 Uhr
Wo: Hotel Eiserner Steg, Mainkai 7, 60311 Frankfurt am Main – bitte an der Rezeption nach mir fragen

Sie lernen unser Team kennen, schauen bei der Rechnungsprüfung in DATEV zu und übernehmen am Nachmittag selbst einen kleinen Stapel Eingangsrechnungen. Die Fahrtkosten erstatten wir Ihnen selbstverständlich.

Geben Sie mir bitte kurz Bescheid, ob der Termin passt.

Herzliche Grüße aus Frankfurt
Birgit Hoffmann
Leitung Finanzbuchhaltung
Hotel Eiserner Steg | Mainkai 7 | 60311 Frankfurt am Main
Tel. +49 69 555 0172
"""),

    M(kind="interview_invitation", slug="niederrad_telefon", lang="de",
      company="Niederrad Business Services", contact=SABINE[1],
      frm=SABINE, name_enc=("utf-8", "Q"), to=[CAND],
      subject="Kurzes Telefonat am Donnerstag?", date="2026-07-14 11:10 +0200",
      text="""Hallo Frau Dufresne-Abara,

danke für Ihre Bewerbung auf unsere Stelle im Accounts Payable Team (englischsprachig). Hätten Sie am Donnerstag, 16. Juli, um 10 Uhr Zeit für ein kurzes Telefonat? Ich würde Ihnen gerne das Team vorstellen und ein paar Fragen zu Ihrer Erfahrung stellen – ca. 20 Minuten.

Falls das nicht klappt, schlagen Sie mir gerne eine andere Zeit vor.

Beste Grüße
Sabine Krämer
Talent Acquisition
Niederrad Business Services
Lyoner Straße 14, 60528 Frankfurt am Main
""", cte="quoted-printable"),

    M(kind="interview_invitation", slug="roemer_kessler_voigt", lang="de",
      company="Kessler & Voigt", contact=JENS[1],
      frm=JENS, to=[CAND], subject="Vorstellungsgespräch bei Kessler & Voigt am 8. Juni",
      date="2026-06-02 10:30 +0200",
      text="""Liebe Frau Dufresne-Abara,

ich habe gute Nachrichten: Unser Mandant, die Steuerberatungskanzlei Kessler & Voigt in Sachsenhausen, möchte Sie gerne kennenlernen.

Termin: Montag, 8. Juni 2026, 11:00 Uhr
Format: Microsoft Teams (den Link schickt Ihnen die Kanzlei direkt)
Gesprächspartner: Herr Martin Kessler (Partner) und Frau Aylin Demir (Büroleitung)

Die Kanzlei betreut viele Hotel- und Gastronomiemandanten - Ihre Erfahrung aus dem Night Audit ist dort ein echtes Plus. Rechnen Sie mit Fragen zu DATEV und zur Kreditorenbuchhaltung nach HGB.

Bitte bestätigen Sie mir kurz den Termin. Gerne können wir vorher noch telefonieren.

Viele Grüße
Jens Albrecht
Senior Consultant Finance
Römer Personalberatung
Braubachstraße 18, 60311 Frankfurt am Main
Tel. +49 69 555 0158
""", charset="iso-8859-1", cte="quoted-printable"),

    M(kind="interview_invitation", slug="guadalmedina_entrevista", lang="es",
      company="Guadalmedina Servicios Compartidos", contact=LUCIA[1],
      frm=("Lucía Berrocal (Guadalmedina)", "no-reply@teamtailor-mail.com"), reply_to=LUCIA,
      to=[CAND], subject="Entrevista – Técnico/a de Cuentas a Pagar", subj_enc=("utf-8", "B"),
      date="2026-06-16 12:00 +0200", mid_domain="teamtailor-mail.com",
      text=T_GUADA_INVITE,
      html=ats_card("Guadalmedina Servicios Compartidos", "#b45309", paras(T_GUADA_INVITE),
                    "Enviado con Teamtailor", "es"), cte="quoted-printable"),

    M(kind="interview_invitation", slug="larios_entrevista", lang="es",
      company="Asesoría Larios", contact=CARMEN[1],
      frm=CARMEN, to=[CAND], subject="Entrevista para el puesto de administrativa contable",
      date="2026-03-24 10:00 +0100",
      text="""Buenos días, Fionnuala:

Hemos revisado tu candidatura para el puesto de administrativa contable (proveedores) y nos gustaría mantener una entrevista contigo por videollamada el lunes 30 de marzo a las 12:00.

En la asesoría llevamos la contabilidad de varios hoteles y apartamentos turísticos de la Costa del Sol, así que tu experiencia en auditoría nocturna nos interesa mucho. Hablaremos también de tu nivel de español y de la fecha en la que podrías incorporarte en Málaga.

¿Te viene bien? Si no, dime qué otro día te encaja mejor.

Un saludo,

Carmen Ortega
Socia directora
Asesoría Larios
Calle Marqués de Larios 9, 3.º, 29005 Málaga
Tel. 952 55 01 43
""", charset="iso-8859-1", cte="quoted-printable"),

    M(kind="interview_invitation", slug="talento_sur_entrevista_malagueta", lang="es",
      company="Hoteles Malagueta", contact=JAVIER[1],
      frm=JAVIER, to=[CAND], subject="Entrevista con Hoteles Malagueta el miércoles",
      date="2026-02-24 18:30 +0100",
      text="""¡Hola Fionnuala!

Te escribo con buenas noticias: Hoteles Malagueta ha visto tu perfil y quiere entrevistarte para el puesto de Auxiliar de Cuentas a Pagar en sus oficinas centrales.

Día: miércoles 4 de marzo
Hora: 10:00
Formato: videollamada (Google Meet); el enlace te lo mando mañana
Entrevistadora: Marta Soler, jefa de administración

Te recomiendo repasar el proceso de conciliación con proveedores y tener a mano ejemplos de incidencias que hayas resuelto en el turno de noche.

Confírmame cuando puedas y lo cierro con ellos.

Un abrazo,
Javier Montiel
Consultor de Selección – Talento Sur
Alameda Principal 21, 29001 Málaga
+34 952 55 01 19
""", cte="8bit"),
]

# ============================================================== interview_reschedule_or_cancel

MESSAGES += [
    M(kind="interview_reschedule_or_cancel", slug="corrib_panel_moved_ics", lang="en",
      company="Corrib & Lee Shared Services", contact=AOIFE[1],
      frm=AOIFE, to=[CAND], parent="corrib_panel_ics",
      subject="Updated invitation: Panel interview - Accounts Payable Clerk - now Friday 13 February",
      date="2026-02-09 08:47 +0000",
      text="""Hi Fionnuala,

Apologies for the late change. Brendan is out sick today and won't be back for tomorrow's panel, and we'd really like him to meet you. Could we move your interview to Friday 13 February at 14:00? Same place, same format.

I've updated the calendar invitation - please accept the new time or let me know if Friday is a problem.

Thanks for your flexibility,
Aoife

Aoife Kehoe
Talent Acquisition Partner | Corrib & Lee Shared Services
+353 21 555 0148
""",
      ics={"method": "REQUEST", "uid": "CLSS-APC-PANEL-20260210@corriblee.example.ie", "sequence": 1,
               "start": "2026-02-13 14:00 +0000", "end": "2026-02-13 15:00 +0000",
               "summary": "Panel interview - Accounts Payable Clerk (Fionnuala Dufresne-Abara)",
               "location": "Corrib & Lee Shared Services, Building 4, Mahon Point, Cork",
               "organizer": AOIFE, "attendees": [CAND, ("Brendan Tierney", "brendan.tierney@corriblee.example.ie")]},
      headers={"X-Mailer": "Microsoft Outlook 16.0"}),

    M(kind="interview_reschedule_or_cancel", slug="shannon_new_slot", lang="en",
      company="Shannon Estuary Airlines", contact=DECLAN[1],
      frm=DECLAN, to=[CAND], parent="sent_apology_shannon",
      subject="Re: Missed interview this morning", date="2026-06-17 15:48 +0100",
      text=reply("en", """Hi Fionnuala,

Don't worry about it - night shifts do that to everyone. Fidelma has freed up Monday 22 June at 14:00, so I've moved your interview to then, same Teams link as before. I'll resend the calendar invite now.

Talk Monday,
Declan
""", T_SHANNON_APOLOGY, "2026-06-17 11:02 +0100", *CAND)
      + "\n" + quote(T_SHANNON_MISSED, wrote("en", "2026-06-17 10:25 +0100", *DECLAN))),

    M(kind="interview_reschedule_or_cancel", slug="lagan_cancel_ics", lang="en",
      company="Lagan Quay Hotels", contact=CIARA[1],
      frm=CIARA, to=[CAND], parent="lagan_lever_video",
      subject="Cancelled: Video interview - Accounts Payable Administrator",
      date="2026-04-20 16:30 +0100", text=T_LAGAN_CANCEL,
      html=outlook_html(mso(T_LAGAN_CANCEL), "EN-GB"),
      ics={"method": "CANCEL", "uid": "lqh-ap-0421-fda@laganquayhotels.example.co.uk", "sequence": 1,
               "start": "2026-04-21 11:00 +0100", "end": "2026-04-21 11:40 +0100",
               "summary": "Video interview - Accounts Payable Administrator",
               "location": "Google Meet", "organizer": CIARA, "attendees": [CAND]}),

    M(kind="interview_reschedule_or_cancel", slug="lee_valley_updated_ics", lang="en",
      company="Lee Valley University", contact=MAIRE[1],
      frm=MAIRE, name_enc=("iso-8859-1", "Q"), to=[CAND], parent="lee_valley_panel_ics",
      subject="Updated invitation: Interview - Senior Accounts Payable Administrator @ Thu 3 Sep 2026 14:00",
      date="2026-09-01 09:05 +0100",
      text="""Dear Fionnuala,

Please note a change to your interview on Thursday 3 September. Because of a clash with the external assessor's travel, interviews have been moved to the afternoon. Your interview will now take place at 14:00 (not 10:30), and the venue has changed to Room 1.07 in the same building.

Everything else, including the presentation, stays the same. The updated calendar entry is attached; it will replace the original one.

Apologies for any inconvenience.

Máire Ní Bhriain
HR Officer, Recruitment & Selection
Lee Valley University
""", charset="iso-8859-1", cte="quoted-printable",
      ics_mode="both",
      ics={"method": "REQUEST", "uid": "lvu-fo-2611-interview-fda@leevalleyuni.example.ie", "sequence": 2,
               "start": "2026-09-03 14:00 +0100", "end": "2026-09-03 15:00 +0100",
               "summary": "Interview - Senior Accounts Payable Administrator (LVU-FO-2611)",
               "location": "Room 1.07, Áras an Bhuiséir, Western Road, Cork",
               "organizer": MAIRE, "attendees": [CAND],
               "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}),

    M(kind="interview_reschedule_or_cancel", slug="liffey_brennan_moved", lang="en",
      company="Brennan Kilbride", contact=NIAMH[1],
      frm=NIAMH, to=[CAND], parent="liffey_brennan_kilbride",
      subject="RE: Brennan Kilbride want to meet you - Thurs 19 March",
      date="2026-03-16 09:40 +0000",
      text="""Hi Fionnuala,

Small change: Rachel at Brennan Kilbride has a client audit running over, so they've asked to move your interview from Thursday to Friday 20 March at 15:00. Same office, same people. Does that work for you? I've told them it should be fine but let me know today if not.

Niamh
""" + outlook_block("en", who(NIAMH), "2026-03-10 17:05 +0000", who(CAND),
                    "Brennan Kilbride want to meet you - Thurs 19 March", T_LIFFEY_BRENNAN)),

    M(kind="interview_reschedule_or_cancel", slug="muckross_push_back", lang="en",
      company="Muckross Lakeside Hotels", contact=GRAINNE[1],
      frm=GRAINNE, name_enc=("utf-8", "B"), to=[CAND], parent="muckross_free_thursday",
      subject="Re: Coffee on Thursday?", date="2026-01-14 20:10 +0000",
      text="""Fionnuala, I'm so sorry - can we push Thursday back to next week? The auditors have just told us they're coming in Thursday and Friday and Colm will be tied up with them. Would Tuesday the 20th at 3 work instead? Same place.

G.

Sent from my iPhone
"""),

    M(kind="interview_reschedule_or_cancel", slug="portobello_moved", lang="en",
      company="Portobello Aviation Leasing", contact=HUGH[1],
      frm=HUGH, to=[CAND], parent="sent_reschedule_request_portobello",
      subject="RE: Interview - Accounts Payable Specialist", date="2026-02-05 12:15 +0000",
      text=T_PORTO_MOVED
      + outlook_block("en", who(CAND), "2026-02-04 08:30 +0000", who(HUGH),
                      "RE: Interview - Accounts Payable Specialist", T_PORTO_REQUEST)
      + outlook_block("en", who(HUGH), "2026-02-03 10:12 +0000", who(CAND),
                      "Interview - Accounts Payable Specialist", T_PORTO_INVITE),
      html=outlook_html(mso(T_PORTO_MOVED) + "\n<div style=\"border-top:solid #E1E1E1 1.0pt\">"
                        + mso(outlook_block("en", who(CAND), "2026-02-04 08:30 +0000", who(HUGH),
                                            "RE: Interview - Accounts Payable Specialist", T_PORTO_REQUEST))
                        + "</div>"),
      cte="quoted-printable"),

    M(kind="interview_reschedule_or_cancel", slug="stonebridge_cancelled_rebook", lang="en",
      company="Stonebridge Shared Services", contact=GEMMA[1],
      frm=("Stonebridge Shared Services", "no-reply@ashbyhq.com"), reply_to=GEMMA, to=[CAND],
      subject="Your interview on Tuesday 14 July has been cancelled",
      date="2026-07-10 16:50 +0100", mid_domain="ashbyhq.com",
      text="""Hi Fionnuala,

Your interview with Stonebridge Shared Services on Tuesday 14 July at 11:00 has been cancelled because the interviewer is no longer available.

Your application is still active. Gemma Quinn will contact you shortly to find a new time. You can reply to this email to reach her directly.

Stonebridge Shared Services
Powered by Ashby
"""),

    M(kind="interview_reschedule_or_cancel", slug="ormeau_postponed", lang="en",
      company="Ormeau College Belfast", contact=DENISE[1],
      frm=DENISE, to=[CAND], parent="ormeau_interview_pdf",
      subject="Postponement of interviews – Accounts Payable Officer (OCB/FIN/26/07)",
      subj_enc=("windows-1252", "B"), date="2026-04-14 09:00 +0100",
      text="""Dear Ms Dufresne-Abara

I regret to advise that the interviews for the above post, scheduled for Thursday 16 April, have had to be postponed owing to the unexpected leave of the panel chair.

Your application remains under consideration and you are still shortlisted. We expect to hold the interviews in the first week of May and I will write to you with a new date and time as soon as it is confirmed.

I apologise for any inconvenience this may cause, particularly if you had already made travel arrangements. Reasonable travel costs already incurred can be reclaimed – please keep your receipts.

Yours sincerely

Denise Lavery
HR Officer – Recruitment
Ormeau College Belfast
""", charset="windows-1252", cte="8bit"),

    M(kind="interview_reschedule_or_cancel", slug="meridia_deplace_ics", lang="fr",
      company="Meridia Services Partagés", contact=AMANDINE[1],
      frm=AMANDINE, to=[CAND], parent="meridia_entretien_ics",
      subject="Mise à jour : Entretien - Comptable fournisseurs - jeudi 19 mars 10h00",
      subj_enc=("iso-8859-1", "B"), date="2026-03-12 11:20 +0100",
      text="""Bonjour Madame Dufresne-Abara,

Mme Wouters doit se rendre à une clôture chez un client mardi prochain. Nous vous proposons donc de déplacer notre entretien au jeudi 19 mars à 10h00, toujours sur Teams.

L'invitation a été mise à jour ; merci de l'accepter si ce nouvel horaire vous convient.

Avec toutes nos excuses pour ce changement,

Amandine Verhaegen
Talent Acquisition Specialist - Meridia Services Partagés
""",
      ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E0080000000045B1@meridia-ssc.example.be",
               "sequence": 1, "start": "2026-03-19 10:00 +0100", "end": "2026-03-19 11:00 +0100",
               "summary": "Entretien - Comptable fournisseurs - F. Dufresne-Abara",
               "location": "Microsoft Teams", "organizer": AMANDINE,
               "attendees": [CAND, ("Els Wouters", "els.wouters@meridia-ssc.example.be")]}),

    M(kind="interview_reschedule_or_cancel", slug="flagey_annulation_ics", lang="fr",
      company="Haute École Flagey", contact=NATHALIE[1],
      frm=NATHALIE, to=[CAND], parent="flagey_entretien",
      subject="Annulé : Entretien jury – gestionnaire comptable fournisseurs",
      subj_enc=("utf-8", "Q"), date="2026-06-08 17:10 +0200",
      text="""Madame,

Nous sommes au regret de devoir annuler l'entretien prévu le mardi 16 juin à 9h30. Le conseil d'administration doit encore valider le budget du service financier et le jury ne peut se réunir avant cette décision.

Votre candidature n'est pas écartée : nous reviendrons vers vous dès que nous aurons plus de visibilité.

Veuillez agréer, Madame, nos salutations distinguées.

Nathalie Dubois-Moreau
Service des ressources humaines – Haute École Flagey
""",
      ics_mode="both",
      ics={"method": "CANCEL", "uid": "hef-2026-019-jury-0616@hautecoleflagey.example.be", "sequence": 1,
               "start": "2026-06-16 09:30 +0200", "end": "2026-06-16 10:15 +0200",
               "summary": "Annulé : Entretien jury – gestionnaire comptable fournisseurs",
               "location": "Place Flagey 18, 1050 Ixelles", "organizer": NATHALIE, "attendees": [CAND]}),

    M(kind="interview_reschedule_or_cancel", slug="hessenflug_verschoben", lang="de",
      company="Hessenflug", contact=KATRIN[1],
      frm=KATRIN, to=[CAND], parent="hessenflug_einladung",
      subject="AW: Einladung zum Videogespräch - neuer Termin", subj_enc=("iso-8859-1", "Q"),
      date="2026-04-27 14:02 +0200",
      text="""Hallo Frau Dufresne-Abara,

leider müssen wir unser Gespräch am Mittwoch verschieben: Herr Brandt ist kurzfristig zu einem Audit in unserer Station in Palma. Könnten wir stattdessen Donnerstag, 30. April, um 15:30 Uhr sprechen? Der Link bleibt derselbe.

Entschuldigen Sie die Umstände und danke für Ihre Flexibilität!

Viele Grüße
Katrin Wiegand
Recruiting | Hessenflug
Unterschweinstiege 10, 60549 Frankfurt am Main
""" + outlook_block("de", "Hessenflug Recruiting <noreply@personio.de>", "2026-04-22 09:15 +0200",
                    who(CAND), "Einladung zum Videogespräch – Kreditorenbuchhalter (m/w/d)",
                    T_HESSENFLUG_INVITE),
      charset="windows-1252", cte="quoted-printable"),

    M(kind="interview_reschedule_or_cancel", slug="niederrad_termin_entfaellt", lang="de",
      company="Niederrad Business Services", contact=SABINE[1],
      frm=SABINE, name_enc=("utf-8", "Q"), to=[CAND], parent="niederrad_telefon",
      subject="Absage unseres Telefontermins morgen – neuer Vorschlag",
      subj_enc=("utf-8", "B"), date="2026-07-15 18:20 +0200",
      text="""Hallo Frau Dufresne-Abara,

ich muss unser Telefonat morgen um 10 Uhr leider absagen – ich liege mit Fieber im Bett. Ihre Bewerbung ist davon natürlich nicht betroffen!

Wäre Dienstag, 21. Juli, ebenfalls um 10 Uhr für Sie in Ordnung? Ich rufe Sie dann unter Ihrer irischen Mobilnummer an.

Beste Grüße
Sabine Krämer
Niederrad Business Services
""", cte="base64"),

    M(kind="interview_reschedule_or_cancel", slug="guadalmedina_nueva_hora", lang="es",
      company="Guadalmedina Servicios Compartidos", contact=LUCIA[1],
      frm=LUCIA, name_enc=("utf-8", "B"), to=[CAND], parent="guadalmedina_no_conectada",
      subject="RE: No te hemos visto en la videollamada", date="2026-06-24 09:10 +0200",
      text="""Hola Fionnuala:

Gracias por explicarlo, son cosas que pasan con los enlaces. Hemos movido la entrevista al jueves 25 de junio a las 16:30. Esta vez te mando el enlace de Google Meet directamente aquí: https://meet.example.es/gdm-cap-0625

Álvaro y yo te esperamos el jueves.

Un saludo,
Lucía

""" + quote("""Hola Lucía,

Lo siento muchísimo. El enlace del correo de confirmación me llevaba a una página de error y no pude conectarme a la entrevista de las 11:00. Te escribí al instante pero parece que el correo tardó. ¿Sería posible buscar otra hora?

Un saludo,
Fionnuala""", wrote("es", "2026-06-23 12:05 +0200", *CAND)), cte="quoted-printable"),

    M(kind="interview_reschedule_or_cancel", slug="alboran_cambio", lang="es",
      company="Alborán Air", contact=INES[1],
      frm=INES, name_enc=("iso-8859-1", "Q"), to=[CAND],
      subject="Cambio de fecha de tu entrevista en Alborán Air", subj_enc=("iso-8859-1", "Q"),
      date="2026-05-18 12:30 +0200",
      text="""Hola Fionnuala,

Te escribo porque tenemos que cambiar la entrevista del miércoles 20 de mayo. El responsable de contabilidad estará en la auditoría de la base de Tenerife y no llega a tiempo.

Te proponemos el viernes 22 de mayo a las 9:30, en el mismo formato (Teams). Si no te va bien, dime qué franja prefieres y lo ajustamos.

Perdona las molestias.

Inés Ortuño
Selección y Desarrollo - Alborán Air
Aeropuerto de Málaga-Costa del Sol, Edificio Servicios, 29004 Málaga
""", charset="iso-8859-1", cte="8bit"),
]

# ============================================================== missed_interview_notice

MESSAGES += [
    M(kind="missed_interview_notice", slug="shannon_waited_teams", lang="en",
      company="Shannon Estuary Airlines", contact=DECLAN[1],
      frm=DECLAN, to=[CAND], parent="shannon_greenhouse_schedule",
      subject="Missed interview this morning", date="2026-06-17 10:25 +0100",
      text=T_SHANNON_MISSED),

    M(kind="missed_interview_notice", slug="clyde_tried_calling", lang="en",
      company="Clyde Meridian Business Services", contact=EUAN[1],
      frm=EUAN, to=[CAND], subject="Missed call - Clyde Meridian phone screen",
      date="2026-05-18 10:21 +0100", text=T_CLYDE_MISSED,
      html=outlook_html(mso(T_CLYDE_MISSED), "EN-GB")),

    M(kind="missed_interview_notice", slug="bann_valley_no_answer", lang="en",
      company="Bann Valley Staffing", contact=RUAIRI[1],
      frm=RUAIRI, name_enc=("utf-8", "Q"), to=[CAND], parent="bann_valley_screen",
      subject="Re: Phone call Wednesday re AP role (Titanic Quarter client)",
      date="2026-08-12 16:25 +0100",
      text="""Hi Fionnuala,

I rang you at 4 as planned, and again at ten past, but there was no answer and your voicemail box is full. Did I have the right number (087 555 0192)?

Give me a call back on the number below when you get this - the client is keen to move quickly.

Ruairí
+44 28 9555 0126
"""),

    M(kind="missed_interview_notice", slug="broomielaw_video_no_join", lang="en",
      company="Broomielaw Travel Group", contact=KIRSTY[1],
      frm=("Kirsty Baird", "noreply@candidates.workablemail.com"), reply_to=KIRSTY, to=[CAND],
      subject="We missed you today - Accounts Payable Assistant interview",
      date="2026-10-08 14:40 +0100", mid_domain="candidates.workablemail.com",
      html=plain_html(paras("""Hi Fionnuala,

We were due to meet on the video call at 14:00 today for the Accounts Payable Assistant interview, but you didn't join and we couldn't reach you.

If something came up, please reply to this email within the next two working days and let us know whether you'd like to rebook.

Kind regards,
Kirsty Baird
Talent Coordinator, Broomielaw Travel Group""") + '\n<p style="font-size:11px;color:#888">Sent with Workable</p>'),
      cte="quoted-printable"),

    M(kind="missed_interview_notice", slug="ardlinn_missed_call", lang="en",
      company="Ardlinn Foods Group", contact=CONOR[1],
      frm=CONOR, to=[CAND], parent="ardlinn_phone_screen",
      subject="Re: Accounts Payable Analyst - CV received", date="2026-03-09 12:40 +0000",
      text="""Hi Fionnuala,

Tried you at 12 as arranged but it went to voicemail - I left a message. I'm around until 5 today if you want to ring me back on 01 555 0109.

Conor
"""),

    M(kind="missed_interview_notice", slug="garnish_missed_video", lang="en",
      company="Garnish Point Hotels", contact=DERVLA[1],
      frm=DERVLA, to=[CAND], subject="Today's interview at 11:00",
      date="2026-09-14 11:35 +0100",
      text="""Dear Fionnuala,

I sat in the video call from 11:00 until 11:20 this morning for your interview for the Accounts Payable Executive role, along with our Group Financial Controller, but unfortunately you didn't join us.

Could you let me know whether you are still interested in the position? If so, I can see whether we have another slot available later this week.

Kind regards,

Dervla Nagle
HR Business Partner
Garnish Point Hotels
Lapps Quay, Cork T12 RF68
021 555 0173

The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. If you have received this email in error please notify the sender and delete it.
""", cte="quoted-printable"),

    M(kind="missed_interview_notice", slug="horta_injoignable", lang="fr",
      company="Horta Intérim", contact=SEBASTIEN[1],
      frm=SEBASTIEN, name_enc=("utf-8", "B"), to=[CAND],
      subject="Notre entretien téléphonique de 14h", subj_enc=("utf-8", "Q"),
      date="2026-04-24 15:10 +0200",
      text="""Bonjour Fionnuala,

J'ai essayé de vous joindre à 14h comme convenu pour notre entretien téléphonique de préqualification, mais sans succès : deux appels, puis la messagerie.

Pouvez-vous me rappeler ou m'indiquer un nouveau créneau ? J'ai plusieurs missions en comptabilité fournisseurs qui pourraient vous correspondre et j'aimerais faire le point avec vous rapidement.

Bien à vous,
Sébastien Peeters
Horta Intérim – +32 2 555 01 98
""", cte="quoted-printable"),

    M(kind="missed_interview_notice", slug="brabant_attendue_teams", lang="fr",
      company="Brabant Airways", contact=LISE[1],
      frm=LISE, to=[CAND], cc=[SEBASTIEN],
      subject="Entretien de ce matin – comptable fournisseurs", subj_enc=("utf-8", "Q"),
      date="2026-05-07 10:35 +0200",
      text="""Bonjour Madame Dufresne-Abara,

Nous vous avons attendue sur Teams ce matin à 10h00 pour l'entretien prévu avec M. Peeters d'Horta Intérim, mais vous ne vous êtes pas connectée. Nous sommes restés en ligne une vingtaine de minutes.

Si vous souhaitez toujours être considérée pour la mission, merci de nous le faire savoir par retour de mail ou via M. Peeters.

Cordialement,

Lise Marchal
Accounts Payable Lead
Brabant Airways – Brussels Airport, Bâtiment 117, 1930 Zaventem
""", html=outlook_html(mso("""Bonjour Madame Dufresne-Abara,

Nous vous avons attendue sur Teams ce matin à 10h00 pour l'entretien prévu avec M. Peeters d'Horta Intérim, mais vous ne vous êtes pas connectée. Nous sommes restés en ligne une vingtaine de minutes.

Si vous souhaitez toujours être considérée pour la mission, merci de nous le faire savoir par retour de mail ou via M. Peeters.

Cordialement,

Lise Marchal
Accounts Payable Lead
Brabant Airways – Brussels Airport, Bâtiment 117, 1930 Zaventem"""), "FR-BE"),
      charset="windows-1252", cte="quoted-printable"),

    M(kind="missed_interview_notice", slug="niederrad_nicht_erreicht", lang="de",
      company="Niederrad Business Services", contact=SABINE[1],
      frm=SABINE, name_enc=("utf-8", "Q"), to=[CAND], parent="niederrad_termin_entfaellt",
      subject="Unser Telefonat heute um 10 Uhr", date="2026-07-21 10:30 +0200",
      text="""Hallo Frau Dufresne-Abara,

ich habe Sie heute um 10 Uhr wie vereinbart zweimal angerufen, Sie aber leider nicht erreicht. Eine Mailbox war nicht eingerichtet.

Falls etwas dazwischengekommen ist, melden Sie sich gerne bei mir - ich würde das Gespräch gern nachholen.

Beste Grüße
Sabine Krämer
Talent Acquisition | Niederrad Business Services
Tel. +49 69 555 0186
""", charset="iso-8859-1", cte="quoted-printable"),

    M(kind="missed_interview_notice", slug="guadalmedina_no_conectada", lang="es",
      company="Guadalmedina Servicios Compartidos", contact=LUCIA[1],
      frm=LUCIA, name_enc=("utf-8", "B"), to=[CAND], parent="guadalmedina_entrevista",
      subject="No te hemos visto en la videollamada", date="2026-06-23 11:28 +0200",
      text="""Hola Fionnuala:

Álvaro y yo te hemos esperado en la videollamada de las 11:00 hasta las 11:20, pero no te has conectado. Te hemos llamado también al móvil, sin respuesta.

¿Va todo bien? Si sigues interesada en el puesto, escríbeme y vemos si podemos encontrar otro momento esta semana.

Un saludo,
Lucía Berrocal
Equipo de Talento – Guadalmedina Servicios Compartidos
Calle Cuarteles 40, 29002 Málaga
""", cte="base64"),
]
