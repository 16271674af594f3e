"""Corpus 283: interview invitations (26), reschedules/cancellations (15), missed-interview
notices (10). Hand-written; languages per kind listed in README.md."""

from __future__ import annotations

from msgs283_common import (
    CAND,
    ats_card,
    on_wrote,
    outlook_block,
    paras,
    quote,
    word_html,
)
from msgs283_other import MCP_MOVE_REQ, RIA_MOVE_REQ

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

# =================================================================== invitations, English

_lantern_inv = """Dear Aisling,

Thank you for your application for the role of Community Fundraising Officer (REQ-0093) at Lagan Lantern Hospice.

We are delighted to invite you to a panel interview on Thursday 12 February 2026 at 11:00, at our Stranmillis site (40 Stranmillis Embankment, Belfast BT9 5FR). Please report to main reception ten minutes early and ask for Niamh Quinn.

The panel will be Niamh Quinn (Head of Community Fundraising), Ruth Agnew (Supporter Care Lead) and one of our volunteer trustees. You will be asked to give a five-minute talk on: "A fundraising idea for a local business to adopt us for a year". No slides are needed.

A calendar invitation is attached to this email. Please accept it, or reply to Niamh if the time does not work for you.

Kind regards,
Lagan Lantern Hospice People Team"""

_ll_inv = """Hi Aisling,

Thanks so much for applying for the Development Officer role at The Linen Loft Arts Centre - we really enjoyed reading your application, and especially the bit about the café's pay-it-forward board.

We'd love to invite you to an in-person interview with me and our Executive Director, Patricia Orr. It will last about 45 minutes.

Please pick a time that suits you using the link below. All slots are at the Linen Loft, 14 Ormeau Mill Lane.

https://app.greenhouse.io/scheduler/choose/7a1c283f-linenloft

If none of the slots work, just reply to this email and we'll sort something out.

Best,
Conor"""

_kelvin_inv = """Hi Aisling,

I'm Rhona, the talent partner looking after our Regional Fundraising Officer vacancy. Thanks for your application - I'd like to set up a short telephone screen before we put together the interview shortlist.

Would Thursday 12 March at 10:00 work for a 20-minute call? I'll ring you on the mobile number on your CV (07700 900283). We'll talk through your motivation for moving into fundraising, your availability to travel across the west of Scotland, and salary expectations.

If Thursday doesn't suit, send me two or three alternatives.

Thanks,
Rhona McKechnie
Talent Partner | Kelvin Heart Research
0141 496 0188"""

_lsu_inv = """Dear Aisling,

Further to your application for the post of Alumni Fundraising Assistant (REQ-20417), I am pleased to invite you to our assessment centre on Thursday 5 March 2026, from 09:30 to 15:00, in Room 2.14 of the Riverside Building, Lough Shore University, Belfast.

The day will include:
- a group exercise with other candidates (45 minutes)
- a 10-minute telephone fundraising role play with a "lapsed donor"
- a panel interview (40 minutes)

The attached agenda has directions and the parking arrangements. Lunch will be provided; please let me know of any dietary requirements or any adjustments you need.

Please confirm your attendance by Wednesday 25 February.

Best regards,

Ruairí Breen
Development Manager, Development & Alumni Relations Office
Lough Shore University | Riverside Building | Belfast BT7 1PQ
T: +44 28 9097 0283"""

_dodder_inv = """Hi Aisling,

Saoirse here from Dodder Arts Centre. I loved your note about the café's community noticeboard - that's exactly the kind of thinking our Friends scheme needs.

Are you free Thursday to chat? Say 3pm, over a coffee in our foyer café (I promise not to judge the flat white). Nothing formal, just the two of us and maybe Cathal from our board if he's around. About an hour.

If Thursday's no good, tell me what is.

Saoirse Byrne
Development Lead, Dodder Arts Centre
Milltown Road, Dublin 6 | +353 1 555 0461"""

_gantry_inv = """Hi Aisling,

Good news - Harbour Lights Youth Trust would like to meet you for the Community & Events Fundraiser role!

Details:
Date: Wednesday 25 February
Time: 11:00 (allow an hour)
Where: Harbour Lights Youth Trust, 9 Sailortown Quay, Belfast BT15 1ER
Panel: Gareth Boyd (CEO) and Lisa McCann (Fundraising Manager)

They'd like you to bring one example of a fundraising or community event you've organised - the café's Christmas hamper raffle is perfect. Dress is smart casual.

Give me a ring beforehand if you want to run through it. I'll call you afterwards for feedback.

Cheers,
Declan

Declan Hughes
Consultant - Charity & Not-for-Profit
Gantry Recruitment | 31 Donegall Street, Belfast BT1 2FG | 028 9024 0283
Gantry Recruitment Ltd is an employment agency. Registered in Northern Ireland NI000283."""

_halfloaf_inv = """Hi Aisling!

Thanks a million for your application for the community fundraising & events job. We'd love to get you in properly.

Rather than a stiff interview we do a trial day: could you come in on Wednesday 8 July from 8am to about 2pm? You'd spend the morning in the Ormeau Road shop with me seeing how we run the suspended-loaf scheme, then we'll sit down over lunch with Paddy (our chair) for a proper chat about the role. We'll pay you for the day at the Real Living Wage.

Just let me know you're good for it.

Shauna
Half Loaf Bakery Collective | 212 Ormeau Road, Belfast BT7 2FY | 07700 900 517"""

_mcp_inv = """Hi Aisling,

Thank you for applying for the Membership & Giving Coordinator position at Merchant City Playhouse.

We would like to invite you to an interview with Isla Drummond (Head of Audiences & Development) and Euan Baird (Membership Manager) on Tuesday 12 May at 11:00 at the Playhouse, 61 Candleriggs, Glasgow.

The interview will last around 50 minutes. Please prepare a short proposal (max. one page) for a membership tier aimed at people under 30 - you'll talk us through it for about five minutes.

Please confirm your attendance using the button below, or reply to Isla if you need to change the time.

See you soon,
Merchant City Playhouse"""

LVBC_INVITE = """Dear Aisling

Thank you for your application for the post of Community Grants & Fundraising Officer (LVBC 26-031).

I am pleased to invite you to interview on Tuesday 14 July at 10:30 in the Island Civic Centre, The Island, Lisburn. The panel will consist of three members and the interview will last approximately 45 minutes, including a 10-minute presentation on "How a council can grow community giving".

Please confirm your attendance by return.

Kind regards
Gráinne Boyle
HR Officer"""

_lvbc_cand_app = """Dear HR team,

Please find attached my completed application form and equal opportunities monitoring form for the post of Community Grants & Fundraising Officer (LVBC 26-031).

I'd be grateful if you could confirm receipt.

Kind regards,
Aisling Moreau-Kapoor"""

_lvbc_inv_text = (
    LVBC_INVITE + """
People & Organisational Development
Lagan Valley Borough Council
Island Civic Centre, The Island, Lisburn BT27 4RL
T: 028 9244 0283

DISCLAIMER: This email and any files transmitted with it are confidential and are intended solely for the use of the individual or entity to whom they are addressed. Lagan Valley Borough Council may be required to disclose this email under the Freedom of Information Act 2000.

"""
    + outlook_block("en", "Aisling Moreau-Kapoor <aisling.mk@example.co.uk>",
                    "22 June 2026 21:47", "HR Recruitment <recruitment@laganvalley.example.gov.uk>",
                    "Application - LVBC 26-031")
    + "\n\n" + _lvbc_cand_app
)

_kelvinside_inv = """Dear Aisling,

Many thanks for your application for the post of Legacy & In-Memory Giving Officer.

I'm pleased to invite you to a video interview on Microsoft Teams on Monday 29 June at 10:00 (UK time). The panel will be me and our Director of Income, Alasdair Reid. Please allow 45 minutes.

The calendar invitation with the Teams link is attached (invite.ics). In the interview we'll ask you to talk for a few minutes about how you would approach a conversation with a bereaved family about giving in memory - there are no right answers, we're interested in your approach.

If you need any reasonable adjustments, just let me know.

Kind regards,

Morag Fairlie
HR Business Partner
Kelvinside Hospice Care | 120 Great Western Road, Glasgow G12 0RE
Tel: 0141 496 0654"""

_anna_inv_html = ats_card(
    "Anna Livia Literacy Trust",
    "#4338ca",
    paras("""Hi Aisling,

Thanks for applying to be our Literacy Campaigns Fundraiser. We'd like to invite you to a 30-minute first-stage interview on Microsoft Teams with Dervla Kinsella, our Fundraising Manager.

Please choose a time that suits you from the available slots between 24 and 28 August:""")
    + '\n<p><a href="https://jobs.ashbyhq.com/anna-livia-literacy-trust/interview/5c0b283e" '
    'style="background:#4338ca;color:#fff;padding:10px 18px;border-radius:4px;'
    'text-decoration:none">Schedule interview</a></p>\n'
    + paras("""Once you've picked a time you'll receive a calendar invitation with the Teams link.

Talk soon,
The Anna Livia Literacy Trust team"""),
    "Sent with Ashby on behalf of Anna Livia Literacy Trust. Replies to this email are not read.",
)

_anna_inv_text = """Hi Aisling,

Thanks for applying to be our Literacy Campaigns Fundraiser. We'd like to invite you to a 30-minute first-stage interview on Microsoft Teams with Dervla Kinsella, our Fundraising Manager.

Please choose a time that suits you from the available slots between 24 and 28 August:
https://jobs.ashbyhq.com/anna-livia-literacy-trust/interview/5c0b283e

Once you've picked a time you'll receive a calendar invitation with the Teams link.

Talk soon,
The Anna Livia Literacy Trust team"""

_sperrin_inv = """Dear Aisling,

Thank you for applying for the post of Community Fundraiser (Derry & Strabane).

I'm pleased to tell you that you have been shortlisted, and I'd like to invite you to interview on Tuesday 28 April at 2.00pm at our centre, 7 Bishop Street Without, Derry BT48 6PW.

The interview will be with myself and our Community Fundraising Manager and will take about 40 minutes. We'll reimburse reasonable travel costs from Belfast up to £25 - please keep your bus or train ticket.

Could you let me know by Friday that you can attend?

Kind regards,
Marian Doherty
Director of Income Generation
Sperrin Light Cancer Support
Tel 028 7126 0088"""

_mourne_inv = """Dear Aisling Moreau-Kapoor

Ref: MCDC/26/114 - Community Lottery & Events Officer

You have been shortlisted for the above post. You are invited to a telephone interview on Tuesday 25 August 2026 at 14:30.

A member of the interview panel will telephone you on the number provided in your application form. The interview will last approximately 30 minutes. Please ensure you are in a quiet place where you can speak freely.

Please log in to your candidate account to confirm that you will attend. If you are unable to attend, you must inform the HR section no later than 48 hours before the interview.

HR & Organisational Development
Mourne Coast District Council

This is an automated message. Please do not reply."""

_thistle_inv = """Hi Aisling,

Tried you on the phone this morning but no joy, so dropping you a note instead.

My client, Gorbals Young Musicians Trust, has read your CV for the Community Giving Manager role and would like to meet you. First step is a 30-minute video call with their CEO, Kirsty Muir.

Would Friday 24 July at 13:00 suit? It'll be on Zoom - I'll send the link once you confirm. It's relaxed: she wants to hear why you're moving out of hospitality and what you know about music education charities.

Let me know today if you can.

Fergus Laing
Principal Consultant, Thistle Third Sector Search
0141 496 0733"""

_cavehill_cand_q = """Dear Dr Lavery,

I hope you don't mind me writing directly. I received the message below this afternoon about the Events & Challenge Fundraiser post. I had also applied for the Community Fundraising Manager role (Req 26-0420) - could you tell me whether that application is still being considered?

Many thanks,
Aisling Moreau-Kapoor"""

_cavehill_rej_quoted = """Dear Aisling,

Thank you for applying for the role of Events & Challenge Fundraiser (Req 26-0419) at Cavehill Respite Care.

After reviewing your application against the requirements of this position, we regret that we will not be progressing it to interview."""

_cavehill_inv = """Dear Aisling,

Not at all - thank you for getting in touch, and apologies that the automated message was so blunt.

Yes, your application for the Community Fundraising Manager role is very much still live. In fact I was about to write to you: we'd like to invite you to interview on Tuesday 22 September at 11:00 on Zoom, with me and our Trustee for Income, Siobhán Keenan.

Zoom: https://cavehillrespite.example.org.uk/zoom/26-0420
Meeting ID: 000 283 2209 - Passcode: respite

We'll ask you to present for ten minutes on "Growing community fundraising in north Belfast in the next 18 months".

With best wishes,
Dr Emer Lavery
Director of Fundraising & Communications
Cavehill Respite Care | Antrim Road, Belfast BT15 5GR | 028 9077 0283"""

_cavehill_inv_text = (
    _cavehill_inv + "\n\n"
    + on_wrote("en", "Mon, 14 Sept 2026 at 16:05", *CAND) + "\n"
    + quote(_cavehill_cand_q + "\n\n" + "----- Original message -----\n"
            "From: Cavehill Respite Care Recruitment <donotreply@icims.com>\n"
            "Date: 14 September 2026 12:00\n"
            "Subject: Events & Challenge Fundraiser (Req 26-0419)\n\n"
            + _cavehill_rej_quoted)
)

# =================================================================== invitations, German

_rha_inv = """Liebe Frau Moreau-Kapoor,

vielen Dank für Ihre Bewerbung als Referentin Fundraising & Ehrenamt bei unserem Hospizverein.

Wir möchten Sie gern persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Mittwoch, 27. Mai 2026, 10:00 Uhr
Hospizverein Rheinauhafen, Agrippinawerft 30, 50678 Köln, 2. Etage

Am Gespräch nehmen unsere Vorständin Dr. Beate Lorenz und ich teil. Planen Sie bitte etwa eine Stunde ein. Gern können Sie das Gespräch auch auf Englisch beginnen, wenn Ihnen das leichter fällt - wir wechseln dann im Lauf des Gesprächs ins Deutsche.

Eine Kalendereinladung schicke ich Ihnen mit dieser Nachricht. Reisekosten aus Belfast können wir leider nicht übernehmen; ein Videogespräch ist als Alternative möglich.

Herzliche Grüße
Katrin Obermeier
Koordination Fundraising
Hospizverein Rheinauhafen
Tel. 0221 555 0930"""

_domstadt_inv = """Hallo Frau Moreau-Kapoor,

danke für Ihre Bewerbung! Bevor wir zu persönlichen Gesprächen einladen, führen wir mit allen Bewerberinnen ein kurzes Telefonat von etwa 20 Minuten.

Hätten Sie am Dienstag, 3. März, um 9:30 Uhr Zeit? Ich würde Sie unter der Handynummer aus Ihrem Lebenslauf anrufen. Falls es nicht passt, schlagen Sie mir gern einen anderen Termin in derselben Woche vor.

Viele Grüße aus Köln
Lukas Brandt
Personalreferent
Domstadt Kinderhilfe
Telefon 0221 555 0761"""

_veedel_inv = """Hallo Frau Moreau-Kapoor,

wie am Telefon angekündigt: Die Veedelsstiftung Nippes möchte Sie für die Position "Fundraising-Managerin (Teilzeit 80 %)" kennenlernen.

Termin: Dienstag, 21. April, 16:00 Uhr
Format: Microsoft Teams, ca. 45 Minuten
Gesprächspartner: Frau Dr. Sibel Arslan (Vorstand) und Herr Jonas Pütz (Kommunikation)

Den Teams-Link bekommen Sie am Vortag von mir. Die Stiftung legt Wert auf Ideen für Unternehmenskooperationen im Veedel - überlegen Sie sich gern zwei, drei konkrete Ansätze.

Viele Grüße
Tobias Engels
Rheinland Sozialpersonal | +49 221 555 0283"""

_kw_inv = """Liebe Aisling,

(ich bleibe beim Du, wenn es recht ist - bei uns duzen sich alle)

danke für deine Bewerbung als Fundraiserin! Wir würden dich gern zu einem Kennenlerngespräch einladen, kombiniert mit einem kurzen Rundgang durchs Haus:

Donnerstag, 23. Juli, 10:00 Uhr
Kulturwerk Deutz, Foyer (Eingang Deutzer Freiheit)

Bring gern eine Idee mit, wie wir unsere Freundeskreis-Mitglieder besser an uns binden könnten. Dauer insgesamt ca. 90 Minuten.

Sag mir kurz Bescheid, ob das klappt.

Liebe Grüße
Jana Wittkamp
Leitung Fundraising | Kulturwerk Deutz"""

# =================================================================== invitations, French

_estuaire_inv = """Bonjour Aisling,

Merci pour votre candidature au poste de chargée de collecte de fonds auprès des particuliers.

Nous serions heureux de vous rencontrer lors d'un entretien le mercredi 22 avril à 14h00, dans nos locaux du 12 quai de la Fosse à Nantes. Vous rencontrerez Mme Anne Rivalland, directrice du développement, et moi-même. L'entretien durera environ une heure.

Si vous ne pouvez pas venir à Nantes, nous pouvons organiser l'entretien en visioconférence.

Vous trouverez une invitation de calendrier jointe à ce message. Merci de me confirmer votre présence.

Bien cordialement,

Hélène Guérin
Responsable des ressources humaines
Fondation Estuaire Solidaire
02 40 55 02 83"""

_lucioles_inv = """Bonsoir Aisling,

J'ai bien lu votre candidature pour le poste de chargée de relations donateurs, et votre lettre m'a beaucoup touché.

Êtes-vous disponible jeudi 11 juin vers 18h pour un premier appel d'une demi-heure ? Je suis bénévole au bureau de l'association, alors les soirées m'arrangent, mais dites-moi si ce n'est pas possible pour vous.

Je vous appellerai sur WhatsApp si cela vous convient.

Bien à vous,
Yannick Le Bihan
Trésorier - Les Lucioles de Nantes
06 45 00 02 83"""

_sillon_inv = """Bonjour Aisling,

Excellente nouvelle : la Maison des Arts de l'Erdre souhaite vous rencontrer pour le poste de chargée de mécénat !

Voici les informations :
- Date : mardi 31 mars, 10h00
- Lieu : Maison des Arts de l'Erdre, 3 rue de l'Hôtel de Ville, Nantes (accueil du public, demander Mme Claire Denoual, directrice)
- Durée : 1h environ
- Format : échange avec la directrice, puis visite des ateliers

Claire aimerait que vous présentiez en cinq minutes une idée de partenariat avec une entreprise nantaise. Appelez-moi la veille si vous voulez qu'on prépare ensemble.

Bien à vous,
Mathilde Kervella
Consultante associée - Cabinet Sillon Recrutement
06 12 00 02 83"""

_ulo_inv = """Madame,

Suite à l'examen de votre candidature au poste de chargé(e) de mécénat et relations alumni (réf. ULO-2026-088), j'ai le plaisir de vous informer que vous êtes convoquée à un entretien devant le jury de recrutement :

jeudi 1er octobre 2026 à 9h30
Campus du Tertre, bâtiment Censive, salle B204

L'entretien durera 40 minutes : une présentation de 10 minutes de votre parcours et de votre projet professionnel, suivie de questions du jury.

Merci de vous munir d'une pièce d'identité. En cas d'empêchement, prévenez-moi dès que possible.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Bertrand Ollivier
Chargé de recrutement - Direction des ressources humaines
Université Loire-Océan
Tél. 02 40 14 02 83

« Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leur destinataire. »"""

# =================================================================== invitations, Spanish

_ria_inv = """Hola Aisling:

Gracias por tu candidatura al puesto de Técnica de Captación de Fondos. Nos ha gustado mucho tu experiencia de cara al público y tu manera de contar las campañas del café.

Nos gustaría conocerte en una entrevista el martes 16 de junio a las 10:00 en nuestra sede (Muelle de Ripa 4, Bilbao). Estaremos Mikel Arrieta, director de la Fundación, y yo. Calcula una hora aproximadamente.

¿Nos confirmas si te viene bien?

Un saludo,
Itziar Goikoetxea
Responsable de Personas - Fundación Ría Solidaria
944 00 02 83"""

_nervion_inv = """Hola Aisling,

¡Gracias por tu interés en el puesto de Coordinadora de Mecenazgo y Amigos del Teatro!

Queremos invitarte a una videollamada con Gorka Uriarte (Director de Desarrollo) el jueves 23 de julio a las 17:00 (hora de Madrid). Durará unos 40 minutos.

Enlace de Google Meet: https://meet.google.com/abc-defg-283

Si necesitas cambiar la hora, responde a este correo y Gorka te propondrá otra.

Un saludo,
Equipo de Personas - Teatro del Nervión"""

_itsasoa_inv = """Buenos días, Aisling:

Nos alegra comunicarte que has pasado a la siguiente fase del proceso para el puesto de Técnica de Eventos Solidarios.

Te invitamos a una dinámica de grupo el lunes 21 de septiembre a las 9:30 en el centro cívico de Castaños (Bilbao). Participaréis seis candidatas y candidatos; durará unas dos horas y media e incluye un caso práctico por equipos y una breve entrevista individual al final.

Por favor, confírmanos tu asistencia antes del jueves.

Gracias y un saludo,
Nerea Agirre
Coordinación de Voluntariado y Eventos
Itsasoa Cuidados Paliativos
Tel. 944 00 09 21"""

# =================================================================== reschedules

_lantern_move = """Hi Aisling,

I'm really sorry to do this, but one of our panel members has to attend a coroner's inquest on Thursday, so we need to move your interview.

Could you do Monday 16 February at 14:00 instead? Same place, same format. I've updated the calendar invitation - if you accept it, it will replace the original one.

If Monday doesn't work, let me know a couple of times that do and I'll juggle.

Thanks for your patience,
Niamh

Niamh Quinn
Head of Community Fundraising
Lagan Lantern Hospice | 40 Stranmillis Embankment, Belfast BT9 5FR | 028 9038 0283

Lagan Lantern Hospice is a registered charity in Northern Ireland (NIC100093)."""

_dodder_move = """Hi Aisling,

Cathal here, from the board at Dodder Arts Centre. Saoirse has come down with a nasty flu and is off for the rest of the week, so she's asked me to move Thursday's chat for her.

Would Wednesday 15 April at 3pm work instead? Same spot, the foyer café. She was really looking forward to it, so please don't read anything into it.

Best,
Cathal Moran
Board member, Dodder Arts Centre"""

_mcp_move = """Hi Aisling,

No problem at all - thanks for letting us know early.

Thursday 14 May at 15:30 works for both Euan and me. I've updated your booking in Teamtailor, so you'll get a new confirmation. Everything else stays the same.

Best,
Isla"""

_kelvinside_cancel = """Dear Aisling,

I'm very sorry, but we have to cancel your interview on Monday 29 June. Our panel chair has been called to an unannounced Care Inspectorate visit at the hospice that day and we cannot run the panel without him.

This is not a reflection on your application in any way. I'll be in touch next week with a new date once I have the panel's diaries - the cancellation notice for the calendar entry is attached.

Apologies again for the short notice.

Kind regards,
Morag Fairlie
HR Business Partner | Kelvinside Hospice Care"""

_gantry_move = """Hi Aisling,

Quick one - Harbour Lights have asked if we can push Wednesday's interview back to Friday 27 February, still 11:00 at Sailortown Quay. Gareth has a funders' meeting that has been moved onto Wednesday and he really wants to be on your panel.

Can you let me know if Friday is OK? If not I'll go back to them.

Sorry for the faff!

Declan
Gantry Recruitment | 028 9024 0283"""

_ll_move = """Hi Aisling,

Thanks for booking a slot. Unfortunately Patricia has been called to a board meeting on Wednesday 11 March, so we need to move your interview.

Could you use the link below to choose a new time? I've opened up Friday 13 March in the afternoon as well.

https://app.greenhouse.io/scheduler/choose/7a1c283f-linenloft?reschedule=1

Sorry for the hassle,
Conor"""

_lsu_move = """Dear Aisling,

Please note an important change to the assessment centre for the Alumni Fundraising Assistant post.

Because of unplanned fire-safety works in the Riverside Building, the assessment centre on Thursday 5 March has been moved to Tuesday 10 March. It will now take place in the Graduate Centre, Room G.03 (entrance via College Park). Timings are unchanged (09:30-15:00).

If you can no longer attend on the new date, please let me know as soon as possible so we can discuss alternatives.

Apologies for any inconvenience.

Best regards,
Ruairí Breen
Development Manager, Development & Alumni Relations Office
Lough Shore University"""

_sperrin_move = """Dear Aisling,

I'm afraid we have to postpone tomorrow's interviews for the Community Fundraiser post. A burst pipe overnight has flooded the ground floor of Bishop Street Without and the building is closed while it dries out.

We will come back to you with a new date as soon as we know when we can use the centre again - hopefully within a fortnight. Your place on the shortlist is of course unaffected.

Apologies for the disruption, especially if you had already booked travel.

Conall Bradley
Office Manager, Sperrin Light Cancer Support
Tel 028 7126 0088"""

LVBC_MOVE = """Dear Aisling

Due to a clash with a special Council meeting, we need to move your interview to Thursday 16 July at 14:00, same venue. An updated calendar invitation follows.

Apologies for the inconvenience.

Gráinne"""

_lvbc_move_text = (
    LVBC_MOVE + """

Gráinne Boyle
HR Officer | People & Organisational Development
Lagan Valley Borough Council
T: 028 9244 0283

"""
    + outlook_block("en", "Boyle, Gráinne <grainne.boyle@laganvalley.example.gov.uk>",
                    "06 July 2026 11:20", "Aisling Moreau-Kapoor <aisling.mk@example.co.uk>",
                    "Interview - Community Grants & Fundraising Officer")
    + "\n\n" + LVBC_INVITE
)

_rha_move = """Liebe Frau Moreau-Kapoor,

leider muss ich unser Gespräch am Mittwoch, 27. Mai, verschieben: Frau Dr. Lorenz ist an diesem Tag kurzfristig bei einer Landesversammlung der Hospizverbände.

Neuer Vorschlag: Mittwoch, 3. Juni 2026, 10:00 Uhr, gleicher Ort. Die Kalendereinladung habe ich entsprechend aktualisiert.

Passt Ihnen das? Sonst finden wir gern einen anderen Termin.

Herzliche Grüße
Katrin Obermeier
Koordination Fundraising | Hospizverein Rheinauhafen"""

_kw_cancel = """Liebe Aisling,

leider eine Absage für Donnerstag - aber keine Sorge, nur für den Termin! Im Foyer hatten wir am Wochenende einen Wasserschaden, das Haus ist bis auf Weiteres gesperrt und ich sitze im Homeoffice zwischen Handwerkern und Versicherung.

Ich melde mich Anfang August mit einem neuen Termin bei dir. Der Kalendereintrag wird hiermit storniert.

Liebe Grüße
Jana"""

_estuaire_cancel = """Bonjour Aisling,

Je suis au regret de devoir annuler notre entretien de mercredi 22 avril à 14h00. Mme Rivalland doit s'absenter plusieurs jours pour raisons familiales.

Il ne s'agit en aucun cas d'une décision sur votre candidature : nous reviendrons vers vous dès que possible pour fixer une nouvelle date. Vous trouverez ci-joint l'annulation de l'invitation de calendrier.

Avec toutes mes excuses,

Hélène Guérin
Responsable des ressources humaines
Fondation Estuaire Solidaire"""

_lucioles_move = """Re-bonsoir Aisling,

Petit changement : jeudi soir j'ai finalement une réunion de bureau. Pourrions-nous décaler notre appel au vendredi 12 juin, à 12h30, pendant ma pause déjeuner ?

Je vous appelle toujours sur WhatsApp.

Merci et à bientôt,
Yannick"""

_ria_move = """Hola Aisling:

Sin problema, entendemos perfectamente que el martes te resulte imposible viajar desde Belfast.

Te proponemos trasladar la entrevista al jueves 18 de junio a las 12:00 y hacerla por videollamada (Google Meet). Te envío el enlace un día antes. Estaremos las mismas personas.

Un saludo,
Itziar"""

_itsasoa_move = """Hola Aisling:

Te escribimos para avisarte de que aplazamos la dinámica de grupo prevista para el lunes 21 de septiembre. Ese día hay convocada huelga de metro y autobuses en Bizkaia y varias personas no podrían llegar.

La nueva fecha es el lunes 28 de septiembre, a la misma hora (9:30) y en el mismo lugar. Si no puedes asistir ese día, dínoslo y buscamos una solución.

Perdona las molestias.

Nerea Agirre
Itsasoa Cuidados Paliativos"""

# =================================================================== missed

_kelvin_missed = """Hi Aisling,

I tried calling you twice at 10:00 this morning for our screening call (and again at 10:10), but it went straight to voicemail both times.

I hope everything is OK. If you'd still like to be considered, please get back to me by the end of tomorrow - the shortlist is going to the hiring manager on Monday.

Thanks,
Rhona"""

_anna_missed = """Hi Aisling,

We had your first-stage interview booked for 14:00 today. Our Fundraising Manager and I waited on Teams for 15 minutes but you didn't join, and we couldn't see any message from you.

I'm sure something came up. If you'd like to let us know what happened, please reply to me directly - I can't promise another slot, but I'll pass it on.

Best,
Dervla Kinsella
Fundraising Manager, Anna Livia Literacy Trust
+353 1 555 0723"""

_thistle_missed = """Aisling,

Kirsty Muir from Gorbals Young Musicians Trust has just been on to me - she was on the Zoom at 13:00 as agreed and waited for 20 minutes, but you never came on.

Can you let me know what happened? If there was a tech problem or something unavoidable, I may be able to get you another slot, but I need to go back to her today.

Fergus"""

_mourne_missed = """Dear Aisling

I am writing regarding your telephone interview for the post of Community Lottery & Events Officer, which was scheduled for 14:30 today.

The panel telephoned the mobile number on your application at 14:30 and again at 14:45, but there was no answer and we were unable to leave a message.

If there was a problem with the number we hold, please contact me by 12 noon on Thursday 27 August.

Yours sincerely
Orlaith McAteer
HR Officer, Mourne Coast District Council
O'Hagan House, Monaghan Row, Newry BT35 8DJ | 0330 137 0283"""

_cavehill_missed = """Hi Aisling,

We had you down for 11:00 this morning on Zoom. Siobhán and I waited until about 11:20 but didn't see you come into the meeting.

Hopefully it's nothing serious - could you drop me a line when you get a moment?

Emer"""

_halfloaf_missed = """Morning Aisling,

We were expecting you at 8 this morning for the trial day and there's no sign of you yet - it's now half nine. I've tried your mobile a couple of times.

Hope you're alright. Give me a shout when you see this.

Shauna"""

_domstadt_missed = """Hallo Frau Moreau-Kapoor,

wir hatten für heute 9:30 Uhr unser Telefonat vereinbart. Ich habe Sie um 9:30 und um 9:40 Uhr angerufen, Sie aber leider nicht erreicht; eine Mailbox war nicht eingerichtet.

Falls etwas dazwischengekommen ist, melden Sie sich gern bis Donnerstag bei mir.

Viele Grüße
Lukas Brandt
Domstadt Kinderhilfe"""

_veedel_missed = """Hallo Frau Moreau-Kapoor,

Frau Dr. Arslan und Herr Pütz haben heute um 16:00 Uhr im Teams-Meeting auf Sie gewartet - rund 20 Minuten - und sich dann leider verabschiedet.

Ist etwas passiert? Bitte melden Sie sich kurz bei mir, ich versuche, noch einen Ersatztermin herauszuholen.

Beste Grüße
Tobias Engels
Rheinland Sozialpersonal"""

_ulo_missed = """Madame,

Le jury de recrutement vous a attendue ce matin de 9h30 à 9h50 en salle B204 pour votre entretien, mais vous ne vous êtes pas présentée et nous n'avons reçu aucun message de votre part.

Si un incident vous a empêchée de venir, je vous remercie de me contacter avant vendredi midi.

Cordialement,

Bertrand Ollivier
Chargé de recrutement - Université Loire-Océan"""

_ria_missed = """Hola Aisling:

Te hemos estado esperando en la videollamada desde las 12:00 hasta las 12:25, pero no te has conectado. También te he llamado al móvil sin respuesta.

¿Ha ocurrido algo? Escríbeme cuando puedas.

Un saludo,
Itziar Goikoetxea
Fundación Ría Solidaria"""

_lantern_ics = {
    "uid": "ifo-req0093-aislingmk@laganlantern.example.co.uk",
    "summary": "Interview - Community Fundraising Officer (Aisling Moreau-Kapoor)",
    "location": "Lagan Lantern Hospice, 40 Stranmillis Embankment, Belfast BT9 5FR",
    "organizer": ("Niamh Quinn", "niamh.quinn@laganlantern.example.co.uk"),
}

_lvbc_ics = {
    "uid": "lvbc-26-031-int-amk@laganvalley.example.gov.uk",
    "summary": "Interview: Community Grants & Fundraising Officer",
    "location": "Island Civic Centre, The Island, Lisburn",
    "organizer": ("Boyle, Gráinne", "grainne.boyle@laganvalley.example.gov.uk"),
}

MESSAGES = [
    # ================================================================ invitations en
    {
        "name": "workday_panel_with_calendar", "kind": INV, "lang": "en",
        "company": "Lagan Lantern Hospice", "contact": "niamh.quinn@laganlantern.example.co.uk",
        "frm": ("Lagan Lantern Hospice", "laganlantern@myworkday.com"),
        "reply_to": ("Niamh Quinn", "niamh.quinn@laganlantern.example.co.uk"),
        "subject": "Interview invitation: Community Fundraising Officer (REQ-0093)",
        "date": "2026-02-02T10:30:00+00:00", "key": "lantern-invite", "refs": ["lantern-ack"],
        "text": _lantern_inv,
        "html": ats_card("Lagan Lantern Hospice", "#9a3412", paras(_lantern_inv),
                      "Lagan Lantern Hospice - powered by Workday"),
        "ics": dict(_lantern_ics, method="REQUEST", seq=0,
                 start="2026-02-12T11:00:00+00:00", end="2026-02-12T12:00:00+00:00"),
    },
    {
        "name": "greenhouse_pick_a_slot", "kind": INV, "lang": "en",
        "company": "The Linen Loft Arts Centre", "contact": "conor.devlin@linenloft.example.co.uk",
        "frm": ("Conor Devlin via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Conor Devlin", "conor.devlin@linenloft.example.co.uk"),
        "subject": "Interview with The Linen Loft Arts Centre - please choose a time",
        "date": "2026-03-02T09:12:00+00:00", "key": "ll-invite",
        "text": _ll_inv, "html": paras(_ll_inv),
    },
    {
        "name": "recruiter_phone_screen", "kind": INV, "lang": "en",
        "company": "Kelvin Heart Research", "contact": "rhona.mckechnie@kelvinheart.example.org.uk",
        "frm": ("Rhona McKechnie", "rhona.mckechnie@kelvinheart.example.org.uk"),
        "subject": "Quick call about the Regional Fundraising Officer role?",
        "date": "2026-03-10T14:26:00+00:00", "key": "kelvin-screen", "refs": ["kelvin-ack"],
        "text": _kelvin_inv,
    },
    {
        "name": "assessment_centre_agenda_pdf", "kind": INV, "lang": "en",
        "company": "Lough Shore University", "contact": "r.breen@loughshore.example.ac.uk",
        "frm": ("Ruairí Breen", "r.breen@loughshore.example.ac.uk"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Assessment centre - Alumni Fundraising Assistant (REQ-20417)",
        "date": "2026-02-20T11:48:00+00:00", "key": "lsu-ac", "refs": ["lsu-ack"],
        "text": _lsu_inv, "cte": "quoted-printable",
        "pdfs": [{"filename": "Assessment_Centre_Agenda_REQ-20417.pdf",
                   "title": "Assessment centre - Alumni Fundraising Assistant",
                   "lines": ["Thursday 5 March 2026, Riverside Building, Room 2.14",
                          "09:30 Welcome and introductions",
                          "10:00 Group exercise",
                          "11:00 Telephone role play",
                          "12:30 Lunch",
                          "13:30 Panel interviews",
                          "Parking: visitor car park B, code issued at reception"]}],
    },
    {
        "name": "casual_free_thursday", "kind": INV, "lang": "en",
        "company": "Dodder Arts Centre", "contact": "saoirse@dodderarts.example.ie",
        "frm": ("Saoirse Byrne", "saoirse@dodderarts.example.ie"),
        "subject": "Coffee on Thursday?",
        "date": "2026-04-06T12:02:00+01:00", "key": "dodder-chat",
        "text": _dodder_inv,
    },
    {
        "name": "agency_sets_up_client_interview", "kind": INV, "lang": "en",
        "company": "Harbour Lights Youth Trust", "contact": "declan.hughes@gantryrecruitment.example.co.uk",
        "frm": ("Declan Hughes", "declan.hughes@gantryrecruitment.example.co.uk"),
        "subject": "Interview confirmed - Harbour Lights Youth Trust",
        "date": "2026-02-18T16:15:00+00:00", "key": "gantry-hl-invite", "refs": ["gantry-reg"],
        "text": _gantry_inv, "html": word_html(paras(_gantry_inv)),
    },
    {
        "name": "social_enterprise_trial_day", "kind": INV, "lang": "en",
        "company": "Half Loaf Bakery Collective", "contact": "shauna@halfloaf.example.co.uk",
        "frm": ("Shauna Kerr", "shauna@halfloaf.example.co.uk"),
        "subject": "Trial day?",
        "date": "2026-07-01T19:45:00+01:00", "key": "halfloaf-trial",
        "text": _halfloaf_inv,
    },
    {
        "name": "teamtailor_confirm_button", "kind": INV, "lang": "en",
        "company": "Merchant City Playhouse", "contact": "isla.drummond@merchantcity.example.co.uk",
        "frm": ("Merchant City Playhouse", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Isla Drummond", "isla.drummond@merchantcity.example.co.uk"),
        "subject": "Interview invitation \u2013 Membership & Giving Coordinator",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-05-05T10:05:00+01:00", "key": "mcp-invite",
        "text": _mcp_inv,
        "html": ats_card("Merchant City Playhouse", "#111827", paras(_mcp_inv)
                      + '\n<p><a href="https://merchantcity.teamtailor.com/interviews/283/confirm" '
                        'style="background:#111827;color:#fff;padding:8px 16px">Confirm</a></p>',
                      "Sent with Teamtailor"),
        "html_cte": "base64",
    },
    {
        "name": "council_invite_quotes_application", "kind": INV, "lang": "en",
        "company": "Lagan Valley Borough Council", "contact": "grainne.boyle@laganvalley.example.gov.uk",
        "frm": ("Boyle, Gráinne", "grainne.boyle@laganvalley.example.gov.uk"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Interview - Community Grants & Fundraising Officer",
        "date": "2026-07-06T11:20:00+01:00", "key": "lvbc-invite", "refs": ["lvbc-app"],
        "text": _lvbc_inv_text, "html": word_html(paras(_lvbc_inv_text)),
        "ics": dict(_lvbc_ics, method="REQUEST", seq=0,
                 start="2026-07-14T10:30:00+01:00", end="2026-07-14T11:15:00+01:00"),
        "headers": [("Thread-Topic", "Interview - Community Grants & Fundraising Officer")],
    },
    {
        "name": "teams_interview_ics_attachment", "kind": INV, "lang": "en",
        "company": "Kelvinside Hospice Care", "contact": "morag.fairlie@kelvinsidehospice.example.org.uk",
        "frm": ("Morag Fairlie", "morag.fairlie@kelvinsidehospice.example.org.uk"),
        "subject": "Interview - Legacy & In-Memory Giving Officer",
        "date": "2026-06-22T15:30:00+01:00", "key": "kelvinside-invite",
        "text": _kelvinside_inv, "html": paras(_kelvinside_inv),
        "ics": {"uid": "kh-legacy-20260629-amk@kelvinsidehospice.example.org.uk", "method": "REQUEST",
                 "seq": 0, "start": "2026-06-29T10:00:00+01:00", "end": "2026-06-29T10:45:00+01:00",
                 "summary": "Interview: Legacy & In-Memory Giving Officer",
                 "location": "Microsoft Teams Meeting",
                 "description": "Join: https://teams.example.com/l/meetup-join/kh283",
                 "organizer": ("Morag Fairlie", "morag.fairlie@kelvinsidehospice.example.org.uk")},
        "ics_mode": "attach",
    },
    {
        "name": "ashby_self_schedule_noreply", "kind": INV, "lang": "en",
        "company": "Anna Livia Literacy Trust", "contact": "",
        "frm": ("Anna Livia Literacy Trust", "no-reply@ashbyhq.com"),
        "subject": "Schedule your interview with Anna Livia Literacy Trust",
        "date": "2026-08-19T09:00:00+01:00", "key": "anna-invite", "refs": ["anna-ack"],
        "text": _anna_inv_text, "html": _anna_inv_html,
    },
    {
        "name": "derry_shortlisted_latin1", "kind": INV, "lang": "en",
        "company": "Sperrin Light Cancer Support", "contact": "marian.doherty@sperrinlight.example.org.uk",
        "frm": ("Marian Doherty", "marian.doherty@sperrinlight.example.org.uk"),
        "subject": "Community Fundraiser application",
        "date": "2026-04-20T13:15:00+01:00", "key": "sperrin-invite",
        "text": _sperrin_inv, "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "name": "taleo_telephone_interview", "kind": INV, "lang": "en",
        "company": "Mourne Coast District Council", "contact": "",
        "frm": ("Mourne Coast District Council", "mournecoast@taleo.net"),
        "subject": "Invitation to telephone interview - MCDC/26/114",
        "date": "2026-08-17T08:02:00+01:00", "key": "mourne-invite", "refs": ["mourne-ack"],
        "text": _mourne_inv,
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "name": "recruiter_client_wants_call", "kind": INV, "lang": "en",
        "company": "Gorbals Young Musicians Trust", "contact": "fergus.laing@thistle3s.example.co.uk",
        "frm": ("Fergus Laing", "fergus.laing@thistle3s.example.co.uk"),
        "subject": "Gorbals Young Musicians Trust want to meet you",
        "date": "2026-07-20T11:41:00+01:00", "key": "thistle-gorbals-invite",
        "text": _thistle_inv,
    },
    {
        "name": "invite_quoting_automated_rejection", "kind": INV, "lang": "en",
        "company": "Cavehill Respite Care", "contact": "emer.lavery@cavehillrespite.example.org.uk",
        "frm": ("Dr Emer Lavery", "emer.lavery@cavehillrespite.example.org.uk"),
        "subject": "Re: Events & Challenge Fundraiser (Req 26-0419)",
        "date": "2026-09-15T09:22:00+01:00", "key": "cavehill-invite",
        "refs": ["cavehill-rej-events", "cavehill-cand-q"],
        "text": _cavehill_inv_text, "cte": "quoted-printable",
    },
    # ================================================================ invitations de
    {
        "name": "hospiz_einladung_kalender", "kind": INV, "lang": "de",
        "company": "Hospizverein Rheinauhafen", "contact": "k.obermeier@hospiz-rheinauhafen.example.de",
        "frm": ("Katrin Obermeier", "k.obermeier@hospiz-rheinauhafen.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch am 27. Mai",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-05-18T14:05:00+02:00", "key": "rha-invite", "refs": ["rha-ack"],
        "text": _rha_inv, "html": paras(_rha_inv), "cte": "quoted-printable",
        "ics": {"uid": "rha-fr-2026-05-27-amk@hospiz-rheinauhafen.example.de", "method": "REQUEST",
                 "seq": 0, "start": "2026-05-27T10:00:00+02:00", "end": "2026-05-27T11:00:00+02:00",
                 "summary": "Vorstellungsgespräch Referentin Fundraising & Ehrenamt",
                 "location": "Agrippinawerft 30, 50678 Köln, 2. Etage",
                 "organizer": ("Katrin Obermeier", "k.obermeier@hospiz-rheinauhafen.example.de")},
    },
    {
        "name": "telefontermin_vorschlag", "kind": INV, "lang": "de",
        "company": "Domstadt Kinderhilfe", "contact": "lukas.brandt@domstadt-kinderhilfe.example.de",
        "frm": ("Lukas Brandt", "lukas.brandt@domstadt-kinderhilfe.example.de"),
        "subject": "Kurzes Telefonat zu Ihrer Bewerbung?",
        "date": "2026-02-24T16:20:00+01:00", "key": "domstadt-call", "refs": ["domstadt-ack"],
        "text": _domstadt_inv, "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "name": "agentur_teams_mit_vorstand", "kind": INV, "lang": "de",
        "company": "Veedelsstiftung Nippes", "contact": "tobias.engels@rheinland-sozialpersonal.example.de",
        "frm": ("Tobias Engels", "tobias.engels@rheinland-sozialpersonal.example.de"),
        "subject": "Gesprächstermin Veedelsstiftung Nippes",
        "subject_enc": ("iso-8859-1", "B"),
        "date": "2026-04-13T12:10:00+02:00", "key": "veedel-invite",
        "text": _veedel_inv, "html": word_html(paras(_veedel_inv), lang="de"),
    },
    {
        "name": "kennenlernen_mit_rundgang", "kind": INV, "lang": "de",
        "company": "Kulturwerk Deutz", "contact": "jana.wittkamp@kulturwerk-deutz.example.de",
        "frm": ("Jana Wittkamp", "jana.wittkamp@kulturwerk-deutz.example.de"),
        "subject": "Kennenlernen im Kulturwerk",
        "date": "2026-07-14T09:35:00+02:00", "key": "kw-invite",
        "text": _kw_inv, "charset": "windows-1252", "cte": "quoted-printable",
    },
    # ================================================================ invitations fr
    {
        "name": "fondation_entretien_calendrier", "kind": INV, "lang": "fr",
        "company": "Fondation Estuaire Solidaire", "contact": "helene.guerin@estuaire-solidaire.example.fr",
        "frm": ("Hélène Guérin", "helene.guerin@estuaire-solidaire.example.fr"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Invitation à un entretien - chargée de collecte de fonds",
        "date": "2026-04-14T10:20:00+02:00", "key": "estuaire-invite", "refs": ["estuaire-ack"],
        "text": _estuaire_inv, "html": paras(_estuaire_inv),
        "ics": {"uid": "fes-entretien-0422-amk@estuaire-solidaire.example.fr", "method": "REQUEST",
                 "seq": 0, "start": "2026-04-22T14:00:00+02:00", "end": "2026-04-22T15:00:00+02:00",
                 "summary": "Entretien - Aisling Moreau-Kapoor",
                 "location": "Fondation Estuaire Solidaire, 12 quai de la Fosse, Nantes",
                 "organizer": ("Hélène Guérin", "helene.guerin@estuaire-solidaire.example.fr")},
    },
    {
        "name": "benevole_propose_appel", "kind": INV, "lang": "fr",
        "company": "Les Lucioles de Nantes", "contact": "yannick.lebihan@lucioles-nantes.example.fr",
        "frm": ("Yannick Le Bihan", "yannick.lebihan@lucioles-nantes.example.fr"),
        "subject": "Votre candidature aux Lucioles",
        "date": "2026-06-02T21:48:00+02:00", "key": "lucioles-call",
        "text": _lucioles_inv,
    },
    {
        "name": "cabinet_entretien_directrice", "kind": INV, "lang": "fr",
        "company": "Maison des Arts de l'Erdre", "contact": "mathilde.kervella@cabinet-sillon.example.fr",
        "frm": ("Mathilde Kervella", "mathilde.kervella@cabinet-sillon.example.fr"),
        "subject": "Entretien confirmé - Maison des Arts de l'Erdre",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-03-23T17:02:00+01:00", "key": "sillon-interview", "refs": ["sillon-reg"],
        "text": _sillon_inv, "html": paras(_sillon_inv), "html_cte": "base64",
    },
    {
        "name": "universite_convocation_jury", "kind": INV, "lang": "fr",
        "company": "Université Loire-Océan", "contact": "bertrand.ollivier@univ-loire-ocean.example.fr",
        "frm": ("Bertrand Ollivier", "bertrand.ollivier@univ-loire-ocean.example.fr"),
        "subject": "Convocation à un entretien - réf. ULO-2026-088",
        "subject_enc": ("windows-1252", "B"),
        "date": "2026-09-21T11:00:00+02:00", "key": "ulo-jury", "refs": ["ulo-ack"],
        "text": _ulo_inv, "charset": "windows-1252", "cte": "quoted-printable",
    },
    # ================================================================ invitations es
    {
        "name": "fundacion_entrevista_sede", "kind": INV, "lang": "es",
        "company": "Fundación Ría Solidaria", "contact": "itziar.goikoetxea@riasolidaria.example.es",
        "frm": ("Itziar Goikoetxea", "itziar.goikoetxea@riasolidaria.example.es"),
        "subject": "Entrevista - Técnica de Captación de Fondos",
        "date": "2026-06-09T13:30:00+02:00", "key": "ria-invite", "refs": ["ria-ack"],
        "text": _ria_inv, "html": paras(_ria_inv),
    },
    {
        "name": "recruitee_videollamada_reply_to", "kind": INV, "lang": "es",
        "company": "Teatro del Nervión", "contact": "gorka.uriarte@teatronervion.example.es",
        "frm": ("Teatro del Nervión", "no-reply@jobs.recruitee.com"),
        "frm_enc": ("utf-8", "Q"),
        "reply_to": ("Gorka Uriarte", "gorka.uriarte@teatronervion.example.es"),
        "subject": "Videollamada con Teatro del Nervión",
        "date": "2026-07-16T12:12:00+02:00", "key": "nervion-invite", "refs": ["nervion-ack"],
        "text": _nervion_inv,
        "html": ats_card("Teatro del Nervión", "#b91c1c", paras(_nervion_inv),
                      "Enviado a través de Recruitee", lang="es"),
    },
    {
        "name": "dinamica_de_grupo", "kind": INV, "lang": "es",
        "company": "Itsasoa Cuidados Paliativos", "contact": "nerea.agirre@itsasoa.example.es",
        "frm": ("Nerea Agirre", "nerea.agirre@itsasoa.example.es"),
        "subject": "Siguiente fase: dinámica de grupo",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-09-08T10:44:00+02:00", "key": "itsasoa-invite",
        "text": _itsasoa_inv, "charset": "iso-8859-1", "cte": "8bit",
    },
    # ================================================================ reschedules en
    {
        "name": "calendar_update_sequence_1", "kind": RES, "lang": "en",
        "company": "Lagan Lantern Hospice", "contact": "niamh.quinn@laganlantern.example.co.uk",
        "frm": ("Niamh Quinn", "niamh.quinn@laganlantern.example.co.uk"),
        "subject": "Updated invitation: Interview - Community Fundraising Officer @ Mon 16 Feb 2026 14:00 - 15:00 (GMT)",
        "date": "2026-02-09T09:05:00+00:00", "key": "lantern-moved", "refs": ["lantern-invite"],
        "text": _lantern_move, "html": paras(_lantern_move),
        "ics": dict(_lantern_ics, method="REQUEST", seq=1,
                 start="2026-02-16T14:00:00+00:00", end="2026-02-16T15:00:00+00:00"),
    },
    {
        "name": "interviewer_off_sick", "kind": RES, "lang": "en",
        "company": "Dodder Arts Centre", "contact": "cathal.moran@dodderarts.example.ie",
        "frm": ("Cathal Moran", "cathal.moran@dodderarts.example.ie"),
        "cc": [("Saoirse Byrne", "saoirse@dodderarts.example.ie")],
        "subject": "Re: Coffee on Thursday?",
        "date": "2026-04-08T08:17:00+01:00", "key": "dodder-moved", "refs": ["dodder-chat", "dodder-yes"],
        "text": _dodder_move + "\n\n" + on_wrote("en", "Mon 6 Apr 2026, 12:02", "Saoirse Byrne",
                                              "saoirse@dodderarts.example.ie")
        + "\n" + quote(_dodder_inv),
    },
    {
        "name": "reply_to_candidates_move_request", "kind": RES, "lang": "en",
        "company": "Merchant City Playhouse", "contact": "isla.drummond@merchantcity.example.co.uk",
        "frm": ("Isla Drummond", "isla.drummond@merchantcity.example.co.uk"),
        "subject": "Re: Interview on Tuesday 12 May",
        "date": "2026-05-07T10:50:00+01:00", "key": "mcp-moved", "refs": ["mcp-invite", "mcp-cand-move"],
        "text": _mcp_move + "\n\n" + on_wrote("en", "Wed, 6 May 2026 at 08:31", *CAND) + "\n"
        + quote(MCP_MOVE_REQ),
    },
    {
        "name": "calendar_cancel_not_rejection", "kind": RES, "lang": "en",
        "company": "Kelvinside Hospice Care", "contact": "morag.fairlie@kelvinsidehospice.example.org.uk",
        "frm": ("Morag Fairlie", "morag.fairlie@kelvinsidehospice.example.org.uk"),
        "subject": "Cancelled: Interview - Legacy & In-Memory Giving Officer",
        "date": "2026-06-26T17:10:00+01:00", "key": "kelvinside-cancel", "refs": ["kelvinside-invite"],
        "text": _kelvinside_cancel,
        "ics": {"uid": "kh-legacy-20260629-amk@kelvinsidehospice.example.org.uk", "method": "CANCEL",
                 "seq": 1, "start": "2026-06-29T10:00:00+01:00", "end": "2026-06-29T10:45:00+01:00",
                 "summary": "Cancelled: Interview: Legacy & In-Memory Giving Officer",
                 "location": "Microsoft Teams Meeting",
                 "organizer": ("Morag Fairlie", "morag.fairlie@kelvinsidehospice.example.org.uk")},
    },
    {
        "name": "agency_client_pushes_to_friday", "kind": RES, "lang": "en",
        "company": "Harbour Lights Youth Trust", "contact": "declan.hughes@gantryrecruitment.example.co.uk",
        "frm": ("Declan Hughes", "declan.hughes@gantryrecruitment.example.co.uk"),
        "subject": "RE: Interview confirmed - Harbour Lights Youth Trust",
        "date": "2026-02-23T12:40:00+00:00", "key": "gantry-hl-moved", "refs": ["gantry-hl-invite"],
        "text": _gantry_move + "\n\n" + outlook_block(
            "en", "Declan Hughes <declan.hughes@gantryrecruitment.example.co.uk>",
            "18 February 2026 16:15", "Aisling Moreau-Kapoor <aisling.mk@example.co.uk>",
            "Interview confirmed - Harbour Lights Youth Trust") + "\n\n" + _gantry_inv,
    },
    {
        "name": "greenhouse_reschedule_link", "kind": RES, "lang": "en",
        "company": "The Linen Loft Arts Centre", "contact": "conor.devlin@linenloft.example.co.uk",
        "frm": ("Conor Devlin via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Conor Devlin", "conor.devlin@linenloft.example.co.uk"),
        "subject": "Your interview with The Linen Loft Arts Centre needs a new time",
        "date": "2026-03-06T15:55:00+00:00", "key": "ll-moved", "refs": ["ll-invite"],
        "text": _ll_move, "html": paras(_ll_move), "html_cte": "base64",
    },
    {
        "name": "assessment_centre_new_date_venue", "kind": RES, "lang": "en",
        "company": "Lough Shore University", "contact": "r.breen@loughshore.example.ac.uk",
        "frm": ("Ruairí Breen", "r.breen@loughshore.example.ac.uk"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "CHANGE OF DATE: assessment centre, Alumni Fundraising Assistant",
        "date": "2026-03-02T08:40:00+00:00", "key": "lsu-ac-moved", "refs": ["lsu-ac"],
        "html": word_html(paras(_lsu_move)),
    },
    {
        "name": "postponed_flood_no_date", "kind": RES, "lang": "en",
        "company": "Sperrin Light Cancer Support", "contact": "conall.bradley@sperrinlight.example.org.uk",
        "frm": ("Conall Bradley", "conall.bradley@sperrinlight.example.org.uk"),
        "subject": "Interview tomorrow - postponed",
        "date": "2026-04-27T07:58:00+01:00", "key": "sperrin-postponed", "refs": ["sperrin-invite"],
        "text": _sperrin_move,
    },
    {
        "name": "council_outlook_update_sequence_2", "kind": RES, "lang": "en",
        "company": "Lagan Valley Borough Council", "contact": "grainne.boyle@laganvalley.example.gov.uk",
        "frm": ("Boyle, Gráinne", "grainne.boyle@laganvalley.example.gov.uk"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "RE: Interview - Community Grants & Fundraising Officer",
        "date": "2026-07-07T16:41:00+01:00", "key": "lvbc-moved", "refs": ["lvbc-invite"],
        "text": _lvbc_move_text, "html": word_html(paras(_lvbc_move_text)),
        "ics": dict(_lvbc_ics, method="REQUEST", seq=2,
                 start="2026-07-16T14:00:00+01:00", end="2026-07-16T14:45:00+01:00"),
        "headers": [("Thread-Topic", "Interview - Community Grants & Fundraising Officer")],
    },
    # ================================================================ reschedules de/fr/es
    {
        "name": "termin_verschoben_kalender", "kind": RES, "lang": "de",
        "company": "Hospizverein Rheinauhafen", "contact": "k.obermeier@hospiz-rheinauhafen.example.de",
        "frm": ("Katrin Obermeier", "k.obermeier@hospiz-rheinauhafen.example.de"),
        "subject": "Aktualisiert: Vorstellungsgespräch - neuer Termin 3. Juni",
        "date": "2026-05-22T11:30:00+02:00", "key": "rha-moved", "refs": ["rha-invite"],
        "text": _rha_move,
        "ics": {"uid": "rha-fr-2026-05-27-amk@hospiz-rheinauhafen.example.de", "method": "REQUEST",
                 "seq": 1, "start": "2026-06-03T10:00:00+02:00", "end": "2026-06-03T11:00:00+02:00",
                 "summary": "Vorstellungsgespräch Referentin Fundraising & Ehrenamt",
                 "location": "Agrippinawerft 30, 50678 Köln, 2. Etage",
                 "organizer": ("Katrin Obermeier", "k.obermeier@hospiz-rheinauhafen.example.de")},
    },
    {
        "name": "termin_faellt_aus_cancel", "kind": RES, "lang": "de",
        "company": "Kulturwerk Deutz", "contact": "jana.wittkamp@kulturwerk-deutz.example.de",
        "frm": ("Jana Wittkamp", "jana.wittkamp@kulturwerk-deutz.example.de"),
        "subject": "Abgesagt: Kennenlernen im Kulturwerk (Do 23.07.)",
        "date": "2026-07-20T08:25:00+02:00", "key": "kw-cancel", "refs": ["kw-invite"],
        "text": _kw_cancel, "html": paras(_kw_cancel),
        "ics": {"uid": "kw-kennenlernen-0723@kulturwerk-deutz.example.de", "method": "CANCEL", "seq": 1,
                 "start": "2026-07-23T10:00:00+02:00", "end": "2026-07-23T11:30:00+02:00",
                 "summary": "Kennenlernen Aisling / Fundraising",
                 "location": "Kulturwerk Deutz, Foyer",
                 "organizer": ("Jana Wittkamp", "jana.wittkamp@kulturwerk-deutz.example.de")},
    },
    {
        "name": "annulation_calendrier", "kind": RES, "lang": "fr",
        "company": "Fondation Estuaire Solidaire", "contact": "helene.guerin@estuaire-solidaire.example.fr",
        "frm": ("Hélène Guérin", "helene.guerin@estuaire-solidaire.example.fr"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Annulé : Entretien - Aisling Moreau-Kapoor",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-04-20T16:12:00+02:00", "key": "estuaire-cancel", "refs": ["estuaire-invite"],
        "text": _estuaire_cancel, "charset": "iso-8859-1", "cte": "quoted-printable",
        "ics": {"uid": "fes-entretien-0422-amk@estuaire-solidaire.example.fr", "method": "CANCEL",
                 "seq": 1, "start": "2026-04-22T14:00:00+02:00", "end": "2026-04-22T15:00:00+02:00",
                 "summary": "Entretien - Aisling Moreau-Kapoor (annulé)",
                 "organizer": ("Hélène Guérin", "helene.guerin@estuaire-solidaire.example.fr")},
    },
    {
        "name": "appel_decale_vendredi", "kind": RES, "lang": "fr",
        "company": "Les Lucioles de Nantes", "contact": "yannick.lebihan@lucioles-nantes.example.fr",
        "frm": ("Yannick Le Bihan", "yannick.lebihan@lucioles-nantes.example.fr"),
        "subject": "Re: Votre candidature aux Lucioles",
        "date": "2026-06-04T22:03:00+02:00", "key": "lucioles-move", "refs": ["lucioles-call", "lucioles-yes"],
        "text": _lucioles_move + "\n\n" + on_wrote("fr", "mar. 2 juin 2026 à 21:48",
                                                "Yannick Le Bihan",
                                                "yannick.lebihan@lucioles-nantes.example.fr")
        + "\n" + quote(_lucioles_inv),
    },
    {
        "name": "entrevista_pasa_a_videollamada", "kind": RES, "lang": "es",
        "company": "Fundación Ría Solidaria", "contact": "itziar.goikoetxea@riasolidaria.example.es",
        "frm": ("Itziar Goikoetxea", "itziar.goikoetxea@riasolidaria.example.es"),
        "subject": "RE: Entrevista - Técnica de Captación de Fondos",
        "date": "2026-06-12T09:05:00+02:00", "key": "ria-moved", "refs": ["ria-invite", "ria-cand-move"],
        "text": _ria_move + "\n\n" + on_wrote("es", "mié, 10 jun 2026 a las 23:17", *CAND) + "\n"
        + quote(RIA_MOVE_REQ),
        "cte": "base64",
    },
    {
        "name": "dinamica_aplazada_huelga", "kind": RES, "lang": "es",
        "company": "Itsasoa Cuidados Paliativos", "contact": "nerea.agirre@itsasoa.example.es",
        "frm": ("Nerea Agirre", "nerea.agirre@itsasoa.example.es"),
        "subject": "Cambio de fecha de la dinámica de grupo",
        "date": "2026-09-14T17:20:00+02:00", "key": "itsasoa-moved", "refs": ["itsasoa-invite"],
        "html": paras(_itsasoa_move), "cte": "quoted-printable",
    },
    # ================================================================ missed
    {
        "name": "tried_calling_twice", "kind": MISS, "lang": "en",
        "company": "Kelvin Heart Research", "contact": "rhona.mckechnie@kelvinheart.example.org.uk",
        "frm": ("Rhona McKechnie", "rhona.mckechnie@kelvinheart.example.org.uk"),
        "subject": "Re: Quick call about the Regional Fundraising Officer role?",
        "date": "2026-03-12T10:32:00+00:00", "key": "kelvin-missed", "refs": ["kelvin-screen", "kelvin-yes"],
        "text": _kelvin_missed + "\n\n" + on_wrote("en", "Tue, 10 Mar 2026 at 14:26",
                                                "Rhona McKechnie",
                                                "rhona.mckechnie@kelvinheart.example.org.uk")
        + "\n" + quote(_kelvin_inv),
    },
    {
        "name": "waited_on_teams", "kind": MISS, "lang": "en",
        "company": "Anna Livia Literacy Trust", "contact": "dervla.kinsella@annalivia.example.ie",
        "frm": ("Dervla Kinsella", "dervla.kinsella@annalivia.example.ie"),
        "subject": "Your interview today",
        "date": "2026-08-26T14:31:00+01:00", "key": "anna-missed", "refs": ["anna-invite"],
        "text": _anna_missed, "html": paras(_anna_missed),
    },
    {
        "name": "agency_client_waited_on_zoom", "kind": MISS, "lang": "en",
        "company": "Gorbals Young Musicians Trust", "contact": "fergus.laing@thistle3s.example.co.uk",
        "frm": ("Fergus Laing", "fergus.laing@thistle3s.example.co.uk"),
        "subject": "Re: Gorbals Young Musicians Trust want to meet you",
        "date": "2026-07-24T13:38:00+01:00", "key": "thistle-gorbals-missed",
        "refs": ["thistle-gorbals-invite"],
        "text": _thistle_missed,
    },
    {
        "name": "panel_could_not_reach_you", "kind": MISS, "lang": "en",
        "company": "Mourne Coast District Council", "contact": "orlaith.mcateer@mournecoast.example.gov.uk",
        "frm": ("Orlaith McAteer", "orlaith.mcateer@mournecoast.example.gov.uk"),
        "subject": "Telephone interview - MCDC/26/114",
        "date": "2026-08-25T15:20:00+01:00", "key": "mourne-missed", "refs": ["mourne-invite"],
        "html": word_html(paras(_mourne_missed)), "cte": "base64",
    },
    {
        "name": "zoom_no_sign_quoting_invite", "kind": MISS, "lang": "en",
        "company": "Cavehill Respite Care", "contact": "emer.lavery@cavehillrespite.example.org.uk",
        "frm": ("Dr Emer Lavery", "emer.lavery@cavehillrespite.example.org.uk"),
        "subject": "Re: Events & Challenge Fundraiser (Req 26-0419)",
        "date": "2026-09-22T11:34:00+01:00", "key": "cavehill-missed", "refs": ["cavehill-invite"],
        "text": _cavehill_missed + "\n\n" + on_wrote("en", "Tue, 15 Sept 2026 at 09:22",
                                                  "Dr Emer Lavery",
                                                  "emer.lavery@cavehillrespite.example.org.uk")
        + "\n" + quote(_cavehill_inv_text),
        "cte": "quoted-printable",
    },
    {
        "name": "trial_day_no_show", "kind": MISS, "lang": "en",
        "company": "Half Loaf Bakery Collective", "contact": "shauna@halfloaf.example.co.uk",
        "frm": ("Shauna Kerr", "shauna@halfloaf.example.co.uk"),
        "subject": "Re: Trial day?",
        "date": "2026-07-08T09:31:00+01:00", "key": "halfloaf-missed", "refs": ["halfloaf-trial"],
        "text": _halfloaf_missed,
    },
    {
        "name": "telefonat_nicht_erreicht", "kind": MISS, "lang": "de",
        "company": "Domstadt Kinderhilfe", "contact": "lukas.brandt@domstadt-kinderhilfe.example.de",
        "frm": ("Lukas Brandt", "lukas.brandt@domstadt-kinderhilfe.example.de"),
        "subject": "Unser Telefontermin heute",
        "date": "2026-03-03T10:05:00+01:00", "key": "domstadt-missed", "refs": ["domstadt-call"],
        "text": _domstadt_missed, "cte": "quoted-printable",
    },
    {
        "name": "vorstand_hat_gewartet", "kind": MISS, "lang": "de",
        "company": "Veedelsstiftung Nippes", "contact": "tobias.engels@rheinland-sozialpersonal.example.de",
        "frm": ("Tobias Engels", "tobias.engels@rheinland-sozialpersonal.example.de"),
        "subject": "AW: Gesprächstermin Veedelsstiftung Nippes",
        "subject_keep_prefix": "AW: ", "subject_enc": ("utf-8", "Q"),
        "date": "2026-04-21T16:42:00+02:00", "key": "veedel-missed", "refs": ["veedel-invite"],
        "text": _veedel_missed + "\n\n" + on_wrote("de", "Mo., 13. Apr. 2026 um 12:10",
                                                "Tobias Engels",
                                                "tobias.engels@rheinland-sozialpersonal.example.de")
        + "\n" + quote(_veedel_inv),
    },
    {
        "name": "jury_vous_a_attendue", "kind": MISS, "lang": "fr",
        "company": "Université Loire-Océan", "contact": "bertrand.ollivier@univ-loire-ocean.example.fr",
        "frm": ("Bertrand Ollivier", "bertrand.ollivier@univ-loire-ocean.example.fr"),
        "subject": "Entretien du 1er octobre - absence",
        "date": "2026-10-01T10:15:00+02:00", "key": "ulo-missed", "refs": ["ulo-jury"],
        "text": _ulo_missed, "charset": "windows-1252", "cte": "8bit",
    },
    {
        "name": "no_se_conecto", "kind": MISS, "lang": "es",
        "company": "Fundación Ría Solidaria", "contact": "itziar.goikoetxea@riasolidaria.example.es",
        "frm": ("Itziar Goikoetxea", "itziar.goikoetxea@riasolidaria.example.es"),
        "subject": "Entrevista de hoy",
        "date": "2026-06-18T12:29:00+02:00", "key": "ria-missed", "refs": ["ria-moved"],
        "text": _ria_missed, "html": paras(_ria_missed), "cte": "quoted-printable",
    },
]
