"""Messages of kind `other` of the 153rd corpus (52), each written by hand: the candidate's own
mail, digests and newsletters, advice, notifications, auto-replies, and the appointments,
positions and refusals of other worlds."""

from __future__ import annotations

from msgs153_common import (
    ME,
    ME_SIG_EN,
    ats_card,
    digest_html,
    digest_text,
    msg,
    outlook_block,
    paras,
    plain_html,
    quote,
    word_html,
    wrote,
)

OTH = "other"


def unsub(list_id: str, url: str, mailto: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{url}>, <mailto:{mailto}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


# ------------------------------------------------------------------ the candidate's own mail

_me_forthbridge = """Hi Callum,

I'm so sorry about this morning. My phone had switched itself to silent after an update and I
didn't see your two calls until nearly eleven. Entirely my fault.

Would there be any chance of rearranging the screening call? I'm free Monday or Tuesday
afternoon next week, or any time on Wednesday.

Apologies again,
Morag"""

_me_forthbridge_text = (_me_forthbridge + "\n\n" + wrote(
    "en", "Thu, 12 Feb 2026 at 10:37", "Callum Rennie", "callum.rennie@forthbridge.example.co.uk")
    + "\n" + quote("""Hi Morag,

I tried calling you twice at 10:00 this morning for our screening call (on 07700 900 431) but
it went straight to voicemail both times. I left a short message.

I hope everything is OK. If you'd still like to have the conversation, let me know and I'll
see what's possible, although the hiring manager is keen to close the first stage this week.

Callum""") + "\n")

_me_canongate = """Dear Dr Munro,

Thank you for the interview this afternoon and for showing me round the Special Collections
reading room afterwards. I enjoyed hearing about the plans for the research data repository,
and the panel's question on retention schedules for legacy student files has kept me thinking
on the bus home.

Kind regards,
Morag Sinclair-Obi
"""

_me_holyrood = f"""Dear Ms Drummond,

I would like to apply for the post of Collections Information Manager at Holyrood Heritage
Collections, as advertised on the Scottish heritage jobs board. Please find attached my CV and
a supporting statement addressing the person specification.

For the past nine years I have worked in Edinburgh's public libraries, most recently leading
the information services team, where I rewrote our retention schedule, ran the move of
40,000 legacy loan records to a new system and handled subject access requests. I am keen to
bring that practical experience to a collections organisation.

I would be glad to provide any further information.

Yours sincerely,

{ME_SIG_EN}
"""

_me_kinnear = """Dear Alasdair,

Thank you very much for arranging this, I'm really pleased St Giles want to meet.

I'm afraid I have a clash at 16:00 on Monday 19 October: I'm running a staff training session
that I can't move at this notice. Would it be possible to ask whether they could do 17:00
that day, or any time on Tuesday 20th or Wednesday 21st?

Sorry to complicate things, and thank you again.

Best wishes,
Morag"""

_me_clydemuir_accept = f"""Dear Morven,

Thank you so much for your email and for the letter. I am delighted to accept the offer of
the post of Records Manager, subject to the checks you describe.

My notice period with the City libraries is one month, so I could start on Monday 30 March
2026 if that suits the team. I'll complete the occupational health form this evening.

Please pass my thanks to Dr Petrie and the panel.

Kind regards,
Morag Sinclair-Obi

{wrote("en", "Wed, 18 Feb 2026 at 14:26", "Morven Shaw", "morven.shaw@nhs-clydemuir.example.scot")}
> Dear Morag,
>
> Following your interview on Friday 6 February, I am delighted to offer you the post of
> Records Manager with NHS Clydemuir, subject to satisfactory pre-employment checks
> (references, occupational health clearance and PVG membership).
> [...]
> Please confirm by reply within five working days whether you wish to accept this offer.
"""

_me_harbourside = """Dear Craig,

Thank you for keeping me informed about the telephone interview. I wanted to let you know that
I have now accepted another position, and I would therefore like to withdraw my application
for the Records & Information Officer role.

Thank you for your help, and please pass my apologies to Mrs Duthie.

Kind regards,
Morag Sinclair-Obi
"""

_me_spreewerk = """Liebe Frau Köhler,

vielen Dank für das angenehme Gespräch heute Vormittag. Es hat mich sehr gefreut, mehr über das
geplante Aufbewahrungskonzept für die Schadenakten zu erfahren. Ich freue mich auf Ihre
Rückmeldung.

Herzliche Grüße
Morag Sinclair-Obi
"""

_me_igdp = """Madame, Monsieur,

Je me permets de vous adresser ma candidature au poste de Records manager publié sur le site
de l'Institut genevois des données publiques.

Bibliothécaire de formation, j'ai conduit ces dernières années plusieurs projets de gestion de
l'information à Édimbourg : refonte du calendrier de conservation, migration de fonds
d'archives administratives, traitement des demandes d'accès aux données personnelles. Je
souhaite aujourd'hui mettre cette expérience au service d'une institution publique genevoise.

Vous trouverez ci-joint mon CV et ma lettre de motivation. Je me tiens à votre disposition pour
un entretien.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Morag Sinclair-Obi
"""

_me_retiro = """Hola, Andrés:

Te pido mil disculpas por lo de esta mañana. Tenía apuntada la entrevista a las 10:00 hora de
Edimburgo, no de Madrid, y cuando me conecté ya no había nadie. ¿Sería posible buscar otro
momento?

Un saludo,
Morag
"""

# ------------------------------------------------------------------ digests and newsletters

_igjobs_items = [
    ("Records Manager - Lothianvale Council (Edinburgh)",
     "https://igjobs.example.org.uk/j/88213?utm_source=weekly",
     "Permanent, 41,200-44,900 GBP. Closes 8 March. Interviews w/c 23 March."),
    ("Data Governance Analyst - Pentland Pensions (Edinburgh, hybrid)",
     "https://igjobs.example.org.uk/j/88240?utm_source=weekly",
     "Collibra a plus. Two-stage process: screening call then panel interview."),
    ("Information Governance Lead - NHS Tayburn (Dundee)",
     "https://igjobs.example.org.uk/j/88251?utm_source=weekly",
     "Band 8a. Shortlisted candidates will be invited to an assessment day."),
    ("Archivist (Digital Records) - Merchant City Archives (Glasgow)",
     "https://igjobs.example.org.uk/j/88262?utm_source=weekly",
     "Fixed term 24 months. Applications reviewed on a rolling basis."),
    ("Reader question: 'I was rejected without an interview - should I ask why?'",
     "https://igjobs.example.org.uk/advice/ask-why?utm_source=weekly",
     "Our columnist says yes, and explains how to ask so you get a useful answer."),
]
_igjobs_footer = ("You are receiving this because you subscribed to IG Jobs Weekly at "
                  "igjobs.example.org.uk. Unsubscribe or manage preferences: "
                  "https://igjobs.example.org.uk/prefs")

_libjobs_items = [
    ("So you got the 'unfortunately' email...",
     "https://libraryjobs-scotland.example.org.uk/blog/unfortunately",
     "Three librarians on how they turned a rejection into their next offer."),
    ("Interview season: what panels are asking in 2026",
     "https://libraryjobs-scotland.example.org.uk/blog/panels-2026",
     "From data protection scenarios to 'tell us about a time you said no'."),
    ("New: Library Data and Systems Manager, Caledonian Libraries Partnership",
     "https://libraryjobs-scotland.example.org.uk/jobs/4471",
     "Edinburgh. Closing date 25 September."),
    ("New: Senior Librarian (Collections), Dundee City Libraries",
     "https://libraryjobs-scotland.example.org.uk/jobs/4475",
     "Dundee. Interviews expected early October."),
]

_irip_text = """INSTITUTE OF RECORDS & INFORMATION PROFESSIONALS
Members' Bulletin - May 2026

Hello Morag,

CONFERENCE: Bookings are open for our annual conference in Glasgow on 24-25 September. This
year's theme is "Records after AI". Early-bird rates end on 30 June.

MEMBER INTERVIEW: In this issue we interview Aileen Cho, who moved from a university library
into information governance at a Scottish health board. "The interview panel cared far more
about how I explained retention to doctors than about the acronyms," she says.

CAREERS CLINIC: Our mentors are offering 20-minute CV reviews and mock interviews for members
changing sector. Sign up at https://irip.example.org.uk/careers-clinic

POLICY: Our response to the consultation on the Public Records (Scotland) Act review has been
published: https://irip.example.org.uk/policy/prsa-review

--
Institute of Records & Information Professionals, 14 Hill Street, Edinburgh EH2 3JP
Manage your membership emails: https://irip.example.org.uk/account/emails
"""

_advice_html = plain_html("""<h1>Not this time: how to handle rejection after a final interview</h1>
<p><em>The Career Changer's Letter, issue 87, by Joanna Reddy</em></p>
<p>You made it to the last round. You liked them; they seemed to like you. Then the email
arrives: <q>We regret to inform you that we have decided to proceed with another candidate.</q>
</p>
<p>First, allow yourself a day. A rejection at final stage stings more than one at the CV
stage because you had started to picture yourself in the job.</p>
<p>Second, ask for feedback, but ask a narrow question: <q>What one thing would have made the
difference?</q> Panels answer that far more readily than an open request.</p>
<p>Third, reply graciously. Hiring managers remember the runner-up who thanked them, and
second-choice candidates are often the first call when the position opens again.</p>
<p>Finally, look at the pattern, not the single result. If you keep reaching final interview,
your application is working; it is the last conversation you need to rehearse.</p>
<hr>
<p style="font-size:11px">You're receiving The Career Changer's Letter because you signed up at
careerchanger.example.com. <a href="https://careerchanger.example.com/unsubscribe?u=8812">
Unsubscribe</a></p>""")

_jobalarm_items = [
    ("Data Governance Manager (m/w/d) – Hauptstadt Rück, Berlin",
     "https://jobs.stellenblick.example.de/a/119822",
     "Vollzeit, hybrid. Bewerbungsschluss 15.02."),
    ("Archivar*in für digitale Überlieferung (E11) – Archivverbund Berlin-Mitte",
     "https://jobs.stellenblick.example.de/a/119840",
     "Befristet auf 2 Jahre. Vorstellungsgespräche voraussichtlich im März."),
    ("Referent*in Records Management – Hansa Archivdienste",
     "https://jobs.stellenblick.example.de/a/119861",
     "Unbefristet, 38,5 Std./Woche."),
    ("Ratgeber: Absage erhalten? So bleiben Sie motiviert",
     "https://www.stellenblick.example.de/ratgeber/absage",
     "Warum eine Absage selten etwas mit Ihnen persönlich zu tun hat."),
]

_alerte_items = [
    ("Responsable de la gouvernance des données – Banque Rhône-Privée",
     "https://emplois.lemanjobs.example.ch/o/55120",
     "Genève, 100 %. Entretiens prévus en mai."),
    ("Archiviste records manager – Fondation Léman pour les Archives",
     "https://emplois.lemanjobs.example.ch/o/55127",
     "Genève, 80 %."),
    ("Spécialiste en gestion de l'information – Caisse Cantonale de Prévoyance",
     "https://emplois.lemanjobs.example.ch/o/55133",
     "Genève, CDI. Postuler avant le 20 février."),
    ("Conseil : que faire après un refus ?",
     "https://emplois.lemanjobs.example.ch/conseils/refus",
     "Relancer, demander un retour, rebondir : notre guide."),
]

_ofertas_items = [
    ("Técnico/a de Archivo y Gestión Documental – Fundación Archivo Retiro",
     "https://empleo.ofertasmadrid.example.es/o/778120",
     "Madrid. Indefinido. Proceso: entrevista online y entrevista presencial."),
    ("Analista de Gobierno del Dato – Banco Manzanares",
     "https://empleo.ofertasmadrid.example.es/o/778141",
     "Madrid. Híbrido. Inscritos: 212."),
    ("Data Steward – consultora de selección (cliente confidencial)",
     "https://empleo.ofertasmadrid.example.es/o/778155",
     "Madrid. Sector farmacéutico."),
    ("Te han rechazado en un proceso: ¿y ahora qué?",
     "https://empleo.ofertasmadrid.example.es/blog/y-ahora-que",
     "Consejos para pedir feedback sin parecer insistente."),
]

_relancer_text = """LA LETTRE CARRIÈRE – n° 42

Comment relancer après un entretien (sans être lourde)

Vous avez passé un entretien il y a dix jours et vous n'avez aucune nouvelle. Faut-il
relancer ? Oui, mais avec méthode.

1. Attendez la date annoncée. Si le recruteur a parlé d'une réponse « fin de semaine »,
   patientez jusqu'au lundi suivant.
2. Soyez brève. Trois phrases suffisent : un rappel du poste, une marque d'intérêt, une
   question simple sur le calendrier.
3. Ne confondez pas silence et refus. Beaucoup de processus prennent du retard parce qu'un
   membre du jury est absent ou que le poste est réorganisé.

Et si la réponse est négative ? Remerciez, demandez un retour, et gardez le contact : un refus
aujourd'hui peut devenir une proposition dans six mois.

À la semaine prochaine,
L'équipe de La Lettre Carrière

Vous recevez cette lettre car vous êtes inscrite sur lettre-carriere.example.fr.
Se désinscrire : https://lettre-carriere.example.fr/desinscription?id=5521
"""

_preguntas_html = plain_html("""<h2>Cinco preguntas que te harán en una entrevista de gobierno del dato</h2>
<p>Si vienes del mundo de las bibliotecas o los archivos, tienes más experiencia de la que
crees. Estas son las preguntas que más se repiten en los procesos de selección:</p>
<ol>
<li>¿Cómo explicarías qué es un dato maestro a alguien de negocio?</li>
<li>Cuéntanos un caso en el que tuviste que decir «no» a una petición de datos.</li>
<li>¿Qué harías en tus primeros 90 días?</li>
<li>¿Cómo medirías la calidad de un conjunto de datos?</li>
<li>¿Qué diferencia hay entre gobierno del dato y gestión documental?</li>
</ol>
<p>En el próximo número: cómo negociar una oferta cuando cambias de sector.</p>
<p style="font-size:11px;color:#777">Recibes este boletín porque te suscribiste en
datoycarrera.example.es. <a href="https://datoycarrera.example.es/baja?s=3391">Darte de baja</a></p>""",
                             lang="es")

_webinar_es = """Hola, Morag:

Te recordamos que el jueves 19 de marzo a las 18:30 (hora peninsular) celebramos el webinar
gratuito «Del rechazo a la oferta: cómo reorientar tu búsqueda de empleo en datos».

Hablaremos de:
- por qué muchos procesos se cierran sin entrevista,
- cómo leer entre líneas un «hemos decidido seguir con otros perfiles»,
- y qué hacer para llegar mejor preparada a la siguiente entrevista.

Enlace de acceso: https://eventos.datoycarrera.example.es/webinar/rechazo-oferta

¡Nos vemos!
El equipo de Dato y Carrera

Para dejar de recibir estos correos: https://datoycarrera.example.es/baja?s=3391
"""

_careers_evening = """Data Governance Careers Evening - Glasgow, Thursday 5 March

Thinking about a move into data governance, records or information security? Join us at the
Merchant Square Hub from 18:00 for an informal evening with employers from banking, the NHS
and the public sector.

- Meet hiring managers from six organisations currently recruiting
- Free 10-minute mock interviews with experienced panel members (book on arrival)
- Talk: "What I wish I'd known before my first governance interview"

Places are free but limited. Reserve yours: https://dgcareers.example.org.uk/glasgow-march

Data Governance Careers Network
You're on this list because you attended one of our events in 2025.
Unsubscribe: https://dgcareers.example.org.uk/unsubscribe?id=a71c
"""

# ------------------------------------------------------------------ notifications

_linkwell_views = """Morag, your profile is getting noticed

7 people viewed your profile this week
You appeared in 31 searches

Recent viewers include:
- A Talent Partner at an insurance company in Dublin
- A Senior Consultant at Harlow & Finch Recruitment
- Someone at Grachtenbank

See all viewers: https://www.linkwell.example.com/me/profile-views

Linkwell, 1 Quay Street, Dublin 2, Ireland
Unsubscribe from weekly profile updates: https://www.linkwell.example.com/settings/email
"""

_linkwell_position = """Congratulate Ruaridh McCall on starting a new position

Ruaridh McCall started a new position as Head of Collections at Leith Maritime Trust.

Say congrats: https://www.linkwell.example.com/feed/update/urn:li:activity:77215

Other updates from your network:
- Isla Drummond shared a post: "We're hiring! Collections Information Manager"
- Aoife Brennan is celebrating 5 years at Clonmore Insurance

Linkwell, 1 Quay Street, Dublin 2, Ireland
You are receiving network update emails. Unsubscribe: https://www.linkwell.example.com/settings/email
"""

_linkwell_jobs = """Jobs you may be interested in

Based on your profile and your recent searches for "data governance" in Edinburgh.

Records & Information Manager - St Giles Wealth - Edinburgh - Be an early applicant
https://www.linkwell.example.com/jobs/view/3881290

Information Governance Officer - Lothianvale Council - Edinburgh - 120 applicants
https://www.linkwell.example.com/jobs/view/3881305

Data Steward - Pentland Pensions - Edinburgh (hybrid) - Promoted
https://www.linkwell.example.com/jobs/view/3881342

See all jobs: https://www.linkwell.example.com/jobs

Linkwell, 1 Quay Street, Dublin 2, Ireland
Unsubscribe: https://www.linkwell.example.com/settings/email
"""

# ------------------------------------------------------------------ people and other worlds

_podcast = """Hi Morag,

I host Shelf Life, a small podcast about the people who work behind library and archive
counters (about 4,000 listeners, mostly in the sector). A colleague of yours mentioned you're
moving from public libraries into data governance, and I'd love to interview you about that
journey for an episode in the autumn.

It would be a relaxed 40-minute conversation recorded over Zoom, and you'd see the edit before
it goes out. Would you be up for it? No pressure at all if the timing is wrong.

Cheers,
Tom Gilchrist
Shelf Life podcast
"""

_press = """Dear Ms Sinclair-Obi,

I'm a reporter at The Edinburgh Courier working on a piece about the proposed reduction in
branch library opening hours across the city.

I understand you have spoken publicly about the effect on people who rely on library computers
to apply for jobs and benefits. Would you be willing to give me a short interview, by phone or
in person, some time before Thursday? I'd be happy to speak on background if you prefer not
to be named.

Best regards,

Fraser Innes
Local Government Reporter
The Edinburgh Courier
07700 900 662
"""

_research = """Hi Morag,

We're improving the job-search tools on Linkwell and we'd like to hear from people who are
changing careers.

Would you take part in a 30-minute remote user-research interview? You'd talk with one of our
designers about how you search for jobs and track your applications. There are no right or
wrong answers, and we'll send you a 40 GBP gift voucher as a thank you.

Choose a time here: https://research.linkwell.example.com/study/2291/book

If you're not interested, simply ignore this email.

Thanks,
Maya Lindqvist
UX Researcher, Linkwell
"""

_bike = """Tracker alert: your bike has moved

Device: Orange commuter (TrackTag 3)
Last known position: 55.9486 N, 3.1999 W (near Grassmarket, Edinburgh)
Time: 07:42 BST
Movement detected while the lock was armed.

If this was you, you can ignore this message. If not, open the app to follow the live position
or report the bike as stolen.

TrackTag - https://app.tracktag.example.com/devices/TT3-88127
"""

_parcel = """Hi Morag,

Unfortunately, your parcel is delayed.

Parcel: 3S4E 7729 1106 4420
From: Bookbarn Online
Original delivery date: Tuesday 14 July
New estimated delivery date: Thursday 16 July

The delay was caused by a sorting-centre issue in Livingston. You don't need to do anything.
Track your parcel: https://track.swiftparcel.example.co.uk/3S4E77291106

Sorry for the inconvenience,
SwiftParcel
"""

_friend_rejection = """Hey you,

Well, that's the Mitchell job gone. Got the email at lunchtime: "we have decided not to
progress your application on this occasion". Not even an interview. Eleven years in reference
services and apparently not enough for "Senior Information Assistant". I'm raging.

Anyway. How are YOUR interviews going? Tell me something good. Drink on Friday?

Lx
"""

_friend_offer = """MORAG!!! Jen told me you got the NHS job!! Is it true?? I'm so proud of you, after all
those interviews you deserve it more than anyone.

When do you start? We need to celebrate properly. Fri at the Bow Bar, 7ish? I'm buying.

Kx
"""

_kinnear_cold = """Dear Morag,

I hope you don't mind me getting in touch out of the blue. I lead the governance and risk
practice at Kinnear Search, and your name came up in conversation with a former colleague of
yours at the Scottish Library Forum.

We work with a number of Edinburgh financial-services firms who are building out their records
and information functions, and your combination of public-sector records work and user-facing
experience is relatively unusual.

There's nothing specific to discuss today, but I'd welcome the chance to introduce myself
properly over a coffee, at whatever point suits you.

Kind regards,

Alasdair Kinnear
Managing Partner
Kinnear Search
19 Albyn Place, Edinburgh EH2 4NG | 0131 496 0900
"""

_harlow_cold = """Hi Morag,

Hope you're well! It's been a few months since you registered with us, so I wanted to check in.

I'm currently working on a brief with a data-risk consultancy in the City that's looking for
someone with hands-on records and retention experience to join their information governance
team. It's early days and I can't share the client's name yet, but from your profile I think
you could be a strong fit.

Would you be open to hearing more? If so, let me know a good time to call and whether your
salary expectations have changed since January.

Priya

Priya Malhotra
Senior Consultant, Information & Data
Harlow & Finch Recruitment
"""

_mortgage = """Dear Ms Sinclair-Obi,

Your mortgage appointment is confirmed.

Date: Saturday 7 March 2026
Time: 10:30
Location: Castlegate Bank, 88 George Street, Edinburgh
Adviser: Mr David Ure, Mortgage Adviser

Please bring photo ID, your last three payslips and your most recent bank statements. If you
need to change your appointment, call us on 0345 555 0190 or use the app.

Castlegate Bank
This is an automated message. Please do not reply.
"""

_landlord = """Hi Morag,

Just a heads-up that the annual inspection of the flat (2F1, 14 Marchmont Crescent) needs to
be rescheduled. Our inspector has had to cancel Wednesday's slot, so we'd like to come on
Friday 24 April between 9 and 11 instead. You don't need to be in, we'll use the office key.

If Friday is a problem, let me know and I'll try to rearrange.

Thanks,
Gillian Hart
Property Manager
Bruntsfield Lettings
0131 496 0711
"""

_school = """Dear Parent/Carer,

Parents' evening, S2 - Tuesday 3 February

Your appointment with Mr Reid (Maths) has been moved from 17:10 to 17:40, as Mr Reid has been
asked to cover a department meeting. Your other appointments are unchanged:

17:20  Ms Kaur (English)
17:50  Mrs O'Neill (Modern Languages)

Appointments last five minutes. Please arrive at the main entrance on Marchmont Road.

Warrender Park Academy
This mailbox is not monitored.
"""

_gp = """Dear Morag,

Your appointment at Sciennes Medical Practice has been cancelled:

Tuesday 12 May 2026, 08:50 with Dr A. Hamilton (telephone appointment)

The doctor is unavailable on this day. We apologise for the inconvenience. Please call the
practice on 0131 496 0255 or book online if you still need an appointment.

Sciennes Medical Practice
Please do not reply to this message.
"""

_ooo_priya = """Thank you for your email.

I'm out of the office until Monday 10 August with limited access to email. If your message is
about an interview or offer that's happening this week, please contact my colleague Daniel
Okafor on daniel.okafor@harlowfinch.example.co.uk or 020 7946 0815.

Otherwise I'll reply as soon as I'm back.

Priya Malhotra
Harlow & Finch Recruitment
"""

_msc_refusal = """Dear Morag Sinclair-Obi,

Application: MSc Information Governance and Data Protection (part-time, online)
Applicant number: 2600413877

Thank you for your application to study at the University of the Borders. The admissions
selectors have now considered your application carefully.

We regret to inform you that we are unable to offer you a place on this programme for
September 2026 entry. The programme was heavily oversubscribed this year and places were
prioritised for applicants with a first degree in law or computing.

You may wish to consider our Postgraduate Certificate in Records Management, which has places
available.

Yours sincerely,
Postgraduate Admissions
University of the Borders
"""

_fwd_inner_text = """Records Manager (part-time, 0.6 FTE)
The Mitchell Collections Trust, Glasgow

We are looking for a Records Manager to lead our move to an electronic records system.
Experience of retention scheduling is essential. Interviews will be held on 26 and 27 March.

Closing date: Friday 13 March 2026
More information: https://mitchell-trust.example.org.uk/vacancies/rm-06
"""

_fwd_outer = """Saw this and thought of you straight away! Part-time though. Xx

Jen
"""

_appraisal = """Hi Morag,

It's that time of year again. I'd like to book your annual review interview (the PDR
conversation) for Thursday 29 January at 14:00 in the small meeting room at Central Library.

Please complete the self-assessment form on the intranet beforehand, and have a think about
your development goals for 2026. I know you're interested in the records side, so let's talk
about whether the Information Governance secondment could be an option.

Best,
Donna

Donna Kerr
Library Services Manager (Central & South)
City of Edinburgh Libraries
"""

_citizens = """Dear Morag,

Thank you for signing up to the Southside Citizens' Panel.

As part of our consultation on community spaces, we are holding short one-to-one interviews
with residents to hear how they use libraries, halls and green spaces. Your interview slot
is Saturday 16 May at 11:15 at the Southside Community Centre, and should take about 20
minutes. Refreshments will be available.

If you can no longer take part, please let us know so we can offer the slot to someone else.

Many thanks,
Community Engagement Team
Southside Community Council
"""

# ------------------------------------------------------------------ other languages

_paket_de = """Hallo Morag Sinclair-Obi,

leider verzögert sich die Zustellung Ihrer Sendung.

Sendungsnummer: 00340434 1729 8812 67
Absender: Buchhandlung am Savignyplatz
Neue voraussichtliche Zustellung: Mittwoch, 10.06.2026

Grund: erhöhtes Sendungsaufkommen im Paketzentrum Berlin-Nord. Wir bitten um Entschuldigung.

Sendung verfolgen: https://sendung.paketblitz.example.de/00340434172988126

Ihr PaketBlitz-Team
Diese E-Mail wurde automatisch erstellt.
"""

_arzt_de = """Sehr geehrte Frau Sinclair-Obi,

Ihr Termin in unserer Praxis am Donnerstag, 13.08.2026 um 09:15 Uhr bei Frau Dr. med.
Schuster muss leider verschoben werden, da die Praxis an diesem Vormittag geschlossen ist.

Wir haben Ihnen ersatzweise Montag, 17.08.2026 um 08:30 Uhr reserviert. Sollte Ihnen dieser
Termin nicht passen, sagen Sie ihn bitte online oder telefonisch unter 030 5557 1180 ab.

Mit freundlichen Grüßen
Ihr Praxisteam
Hausarztpraxis am Weinbergsweg
"""

_ooo_de = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14.04.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.
In dringenden Fällen, insbesondere zu laufenden Bewerbungsverfahren und Vorstellungsgesprächen,
wenden Sie sich bitte an recruiting@spreewerk.example.de.

Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Jana Köhler
"""

_approche_fr = """Bonjour Madame Sinclair-Obi,

Je me permets de vous contacter car votre profil a retenu mon attention : une bibliothécaire
qui s'oriente vers la gouvernance de l'information, c'est un parcours que plusieurs de nos
clients genevois recherchent.

Je n'ai pas de poste précis à vous présenter aujourd'hui, mais je serais ravi d'échanger avec
vous pour mieux connaître vos attentes. Seriez-vous ouverte à un appel dans les prochaines
semaines ?

Bien cordialement,

Laurent Mettraux
Associé
Mettraux & Partenaires, conseil en recrutement
Place du Molard 4, 1204 Genève
"""

_banque_fr = """Madame,

Votre conseillère, Mme Sophie Gindrat, vous propose un entretien annuel pour faire le point
sur vos comptes et votre épargne.

Date proposée : mardi 15 septembre 2026 à 17h00
Lieu : agence de Plainpalais, ou par visioconférence si vous le préférez

Pour confirmer ou modifier ce rendez-vous, utilisez votre espace client ou appelez le
022 555 10 10.

Meilleures salutations,
Banque Cantonale du Salève
"""

_ooo_fr = """Bonjour,

Je suis absente du bureau jusqu'au lundi 20 juillet inclus. Pendant mon absence, pour toute
question concernant un entretien ou une candidature en cours, vous pouvez contacter mon
collègue Marc Dubois (m.dubois@dufour-talents.example.ch).

Je traiterai votre message à mon retour.

Cordialement,
Chloé Perret
Cabinet Dufour Talents
"""

_cas_fr = """Madame,

Nous avons bien examiné votre dossier de candidature au Certificate of Advanced Studies (CAS)
en gouvernance de l'information, édition 2026-2027.

Nous sommes au regret de vous informer que votre candidature n'a pas pu être retenue : le
nombre de places étant limité à vingt-quatre participants, la commission d'admission a donné
la priorité aux personnes exerçant déjà en Suisse.

Vous pouvez présenter une nouvelle candidature pour l'édition suivante.

Avec nos meilleures salutations,
Secrétariat de la formation continue
Haute École de Gestion du Léman
"""

_amiga_es = """¡Hola, guapa!

Te cuento mi drama: me han rechazado en lo de la biblioteca de Getafe. Llegué a la entrevista
final y todo, y hoy me llega un correo de dos líneas diciendo que «han optado por otra
candidatura». Ni un comentario, nada. Estoy que no me lo creo.

Bueno, ya se me pasará. ¿Y tú qué tal con lo de Madrid? ¿Te han dicho algo de la fundación?
Cuéntamelo todo.

Besos,
Nuria
"""

_banco_es = """Hola, Morag:

Te informamos de que tu cita con tu gestor, D. Rafael Cuesta, prevista para el martes 6 de
octubre a las 10:00 en la oficina de Ópera, ha sido cancelada por motivos de agenda.

Puedes solicitar una nueva cita desde la app o llamando al 91 555 40 40.

Un saludo,
Banco del Manzanal

Este mensaje se ha enviado automáticamente. Por favor, no respondas a este correo.
"""

_ooo_es = """Hola:

Estoy fuera de la oficina hasta el lunes 31 de agosto. Durante estos días no tendré acceso al
correo.

Si tu mensaje está relacionado con una entrevista o una oferta en curso, escribe a
seleccion@talentoprado.example.es y mis compañeras te atenderán.

Gracias,
Marta Iglesias
Talento Prado
"""

_master_es = """Estimada Sra. Sinclair-Obi:

En relación con su solicitud de admisión al Máster Universitario en Gestión Documental y
Archivos (curso 2026-2027), le comunicamos que la Comisión Académica ha resuelto que no ha
sido admitida.

El número de plazas ofertadas es de 30 y la nota de corte de la baremación ha sido de 7,85.
Su puntuación ha sido de 7,40. Puede consultar el detalle en la sede electrónica.

Contra esta resolución puede interponer recurso de alzada ante el Rectorado en el plazo de un
mes.

Servicio de Posgrado
Universidad Complutense del Manzanares
"""

MESSAGES = [
    # the candidate's own mail ------------------------------------------------------
    msg(OTH, "own_forthbridge_reschedule_request", "en",
        frm=ME, to=[("Callum Rennie", "callum.rennie@forthbridge.example.co.uk")],
        subject="Re: Missed you this morning",
        date="2026-02-12T11:14:00+00:00",
        text=_me_forthbridge_text, reply="fb_missed", id="fb_me_resched"),
    msg(OTH, "own_canongate_thank_you", "en",
        frm=ME, to=[("Munro, Eilidh", "e.munro@canongate-uni.example.ac.uk")],
        subject="Thank you - Records and Research Data Manager interview",
        date="2026-03-24T18:42:00+00:00",
        text=_me_canongate, reply="cu_move", id="cu_me_thanks"),
    msg(OTH, "own_holyrood_application_with_cv", "en",
        frm=ME, to=[("Isla Drummond", "isla.drummond@holyroodheritage.example.org.uk")],
        subject="Application: Collections Information Manager",
        date="2026-04-12T21:05:00+01:00",
        text=_me_holyrood,
        pdf=[("Morag_Sinclair-Obi_CV.pdf", "Morag Sinclair-Obi - Curriculum Vitae",
              ["Senior Librarian (Information Services), City of Edinburgh Libraries",
               "2017-2026: public libraries, information services, records",
               "MSc Information and Library Studies",
               "Skills: retention scheduling, SARs, EDRMS migration"])]),
    msg(OTH, "own_kinnear_reschedule_request", "en",
        frm=ME, to=[("Alasdair Kinnear", "alasdair@kinnearsearch.example.co.uk")],
        subject="Re: St Giles Wealth - first interview confirmed for Monday 19 October",
        date="2026-10-08T19:20:00+01:00",
        text=_me_kinnear + "\n\n" + outlook_block(
            "en", "Alasdair Kinnear <alasdair@kinnearsearch.example.co.uk>",
            "08 October 2026 12:15", "Morag Sinclair-Obi",
            "St Giles Wealth - first interview confirmed for Monday 19 October",
            "Dear Morag,\n\nFurther to our conversation on Monday, I'm pleased to say that St "
            "Giles Wealth would like to\ninvite you to a first interview for the Head of "
            "Records and Information role.\n[...]")),
    msg(OTH, "own_clydemuir_accepts_offer", "en",
        frm=ME, to=[("Morven Shaw", "morven.shaw@nhs-clydemuir.example.scot")],
        subject="Re: Conditional offer of employment - Records Manager (CLY-26-0093)",
        date="2026-02-18T19:58:00+00:00",
        text=_me_clydemuir_accept),
    msg(OTH, "own_harbourside_withdrawal", "en",
        frm=ME, to=[("Craig Lindsay", "craig.lindsay@harbourside.example.co.uk")],
        subject="Withdrawal of application - Records & Information Officer",
        date="2026-03-20T08:40:00+00:00",
        text=_me_harbourside, html=plain_html(paras(_me_harbourside))),
    msg(OTH, "own_spreewerk_danke", "de",
        frm=ME, to=[("Jana Köhler", "jana.koehler@spreewerk.example.de")],
        subject="Vielen Dank für das Gespräch",
        subj_enc=("utf-8", "Q"),
        date="2026-04-23T16:05:00+01:00",
        text=_me_spreewerk, reply="sw_move", id="sw_me_thanks"),
    msg(OTH, "own_igdp_candidature", "fr",
        frm=ME, to=[("Institut genevois des données publiques", "emplois@igdp.example.ch")],
        subject="Candidature – Records manager",
        subj_enc=("utf-8", "B"),
        date="2026-09-21T22:10:00+01:00",
        text=_me_igdp,
        pdf=[("CV_Morag_Sinclair-Obi_FR.pdf", "Morag Sinclair-Obi - CV",
              ["Bibliothécaire principale, Édimbourg", "Gouvernance de l'information",
               "Langues : anglais, français (C1), allemand (B2), espagnol (B2)"])]),
    msg(OTH, "own_retiro_disculpas", "es",
        frm=ME, to=[("Andrés Molina", "andres.molina@archivoretiro.example.es")],
        subject="Disculpas por lo de esta mañana",
        date="2026-07-14T09:52:00+01:00",
        text=_me_retiro + "\n" + wrote("es", "mar, 14 jul 2026 a las 10:21", "Andrés Molina",
                                       "andres.molina@archivoretiro.example.es") + "\n"
        + quote("Te estuvimos esperando en Teams a las 10:00 para la entrevista, Paloma y yo,\n"
                "hasta las 10:15 más o menos. No te hemos visto conectarte. ¿Ha pasado algo?"),
        reply="far_missed", id="far_me_sorry"),
    # digests and newsletters --------------------------------------------------------
    msg(OTH, "ig_jobs_weekly_digest", "en",
        frm=("IG Jobs Weekly", "weekly@igjobs.example.org.uk"),
        subject="IG Jobs Weekly: 4 new roles in Scotland + should you ask why you were rejected?",
        date="2026-02-26T07:00:00+00:00",
        text=digest_text("IG Jobs Weekly", "This week's information governance roles.",
                         _igjobs_items, _igjobs_footer),
        html=digest_html("IG Jobs Weekly", "This week's information governance roles.",
                         _igjobs_items, _igjobs_footer),
        headers=unsub("IG Jobs Weekly <weekly.igjobs.example.org.uk>",
                      "https://igjobs.example.org.uk/unsubscribe?e=morag.so",
                      "unsubscribe@igjobs.example.org.uk")),
    msg(OTH, "library_jobs_scotland_rejection_blog", "en",
        frm=("Library Jobs Scotland", "hello@libraryjobs-scotland.example.org.uk"),
        subject="Unfortunately... (and four new jobs)",
        date="2026-09-10T12:00:00+01:00",
        html=digest_html("Library Jobs Scotland", "Hello Morag, here's your fortnightly round-up.",
                         _libjobs_items, "Library Jobs Scotland, Edinburgh. Unsubscribe at any "
                         "time: https://libraryjobs-scotland.example.org.uk/unsubscribe"),
        headers=unsub("<roundup.libraryjobs-scotland.example.org.uk>",
                      "https://libraryjobs-scotland.example.org.uk/unsubscribe?id=5512",
                      "leave@libraryjobs-scotland.example.org.uk")),
    msg(OTH, "irip_members_bulletin", "en",
        frm=("IRIP Members' Bulletin", "bulletin@irip.example.org.uk"),
        subject="Members' Bulletin May 2026: conference, careers clinic, member interview",
        date="2026-05-05T08:30:00+01:00",
        text=_irip_text, cte="quoted-printable",
        headers=unsub("IRIP Bulletin <bulletin.irip.example.org.uk>",
                      "https://irip.example.org.uk/account/emails/unsubscribe?m=20931",
                      "bulletin-leave@irip.example.org.uk")),
    msg(OTH, "career_changer_letter_final_interview", "en",
        frm=("Joanna Reddy | The Career Changer's Letter", "letter@careerchanger.example.com"),
        subject="Not this time: handling rejection after a final interview",
        date="2026-06-14T06:30:00+01:00",
        html=_advice_html, cte="base64",
        headers=unsub("<letter.careerchanger.example.com>",
                      "https://careerchanger.example.com/unsubscribe?u=8812",
                      "unsubscribe@careerchanger.example.com")),
    msg(OTH, "dg_careers_evening_mock_interviews", "en",
        frm=("Data Governance Careers Network", "events@dgcareers.example.org.uk"),
        subject="Glasgow careers evening - free mock interviews, 5 March",
        date="2026-02-19T12:15:00+00:00",
        text=_careers_evening,
        headers=unsub("<events.dgcareers.example.org.uk>",
                      "https://dgcareers.example.org.uk/unsubscribe?id=a71c",
                      "leave@dgcareers.example.org.uk")),
    msg(OTH, "stellenblick_jobalarm", "de",
        frm=("Stellenblick Jobs-Alarm", "alarm@stellenblick.example.de"),
        subject="Jobs-Alarm: 3 neue Stellen für „Data Governance“ in Berlin",
        subj_enc=("utf-8", "Q"),
        date="2026-02-03T06:05:00+01:00",
        text=digest_text("Ihr Jobs-Alarm", "Neue Stellen, die zu Ihrer Suche passen.",
                         _jobalarm_items, "Stellenblick, Berlin. Jobs-Alarm abbestellen: "
                         "https://www.stellenblick.example.de/alarm/abmelden"),
        html=digest_html("Ihr Jobs-Alarm", "Neue Stellen, die zu Ihrer Suche passen.",
                         _jobalarm_items, "Stellenblick, Berlin. Jobs-Alarm abbestellen: "
                         "https://www.stellenblick.example.de/alarm/abmelden", lang="de"),
        headers=unsub("<jobsalarm.stellenblick.example.de>",
                      "https://www.stellenblick.example.de/alarm/abmelden?t=9f1",
                      "abmelden@stellenblick.example.de")),
    msg(OTH, "lemanjobs_alerte_emploi", "fr",
        frm=("LémanJobs", "alertes@lemanjobs.example.ch", ("iso-8859-1", "Q")),
        subject="Alerte emploi : 3 offres « gouvernance des données » à Genève",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-02-09T07:10:00+01:00",
        html=digest_html("Vos nouvelles offres", "Bonjour Morag, voici les offres du jour.",
                         _alerte_items, "LémanJobs, Genève. Se désabonner : "
                         "https://emplois.lemanjobs.example.ch/alertes/stop", lang="fr"),
        html_charset="windows-1252", cte="quoted-printable",
        headers=unsub("<alertes.lemanjobs.example.ch>",
                      "https://emplois.lemanjobs.example.ch/alertes/stop?k=771",
                      "stop@lemanjobs.example.ch")),
    msg(OTH, "ofertasmadrid_nuevas_ofertas", "es",
        frm=("OfertasMadrid", "avisos@ofertasmadrid.example.es"),
        subject="4 nuevas ofertas de «gestión documental» en Madrid",
        subj_enc=("utf-8", "B"),
        date="2026-06-16T08:00:00+02:00",
        text=digest_text("Tus nuevas ofertas", "Hola, Morag. Estas ofertas encajan con tu alerta.",
                         _ofertas_items, "OfertasMadrid. Darte de baja: "
                         "https://empleo.ofertasmadrid.example.es/alertas/baja"),
        html=digest_html("Tus nuevas ofertas", "Hola, Morag. Estas ofertas encajan con tu alerta.",
                         _ofertas_items, "OfertasMadrid. Darte de baja: "
                         "https://empleo.ofertasmadrid.example.es/alertas/baja", lang="es"),
        headers=unsub("<avisos.ofertasmadrid.example.es>",
                      "https://empleo.ofertasmadrid.example.es/alertas/baja?u=4410",
                      "baja@ofertasmadrid.example.es")),
    msg(OTH, "lettre_carriere_relancer", "fr",
        frm=("La Lettre Carrière", "lettre@lettre-carriere.example.fr"),
        subject="Comment relancer après un entretien (sans être lourde)",
        date="2026-06-30T07:45:00+02:00",
        text=_relancer_text, charset="windows-1252", cte="quoted-printable",
        headers=unsub("<hebdo.lettre-carriere.example.fr>",
                      "https://lettre-carriere.example.fr/desinscription?id=5521",
                      "desinscription@lettre-carriere.example.fr")),
    msg(OTH, "datoycarrera_preguntas_entrevista", "es",
        frm=("Dato y Carrera", "boletin@datoycarrera.example.es"),
        subject="Cinco preguntas que te harán en una entrevista de gobierno del dato",
        date="2026-05-12T09:00:00+02:00",
        html=_preguntas_html,
        headers=unsub("<boletin.datoycarrera.example.es>",
                      "https://datoycarrera.example.es/baja?s=3391",
                      "baja@datoycarrera.example.es")),
    msg(OTH, "datoycarrera_webinar_rechazo", "es",
        frm=("Dato y Carrera", "eventos@datoycarrera.example.es"),
        subject="Recordatorio: webinar «Del rechazo a la oferta»",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-03-17T10:00:00+01:00",
        text=_webinar_es, charset="iso-8859-1", cte="quoted-printable",
        headers=unsub("<eventos.datoycarrera.example.es>",
                      "https://datoycarrera.example.es/baja?s=3391",
                      "baja@datoycarrera.example.es")),
    # notifications ------------------------------------------------------------------
    msg(OTH, "linkwell_profile_views", "en",
        frm=("Linkwell", "notifications-noreply@linkwell.example.com"),
        subject="Morag, you appeared in 31 searches this week",
        date="2026-08-30T10:02:00+01:00",
        text=_linkwell_views,
        html=ats_card("Linkwell", "#0a66c2", "Your profile is getting noticed",
                      paras(_linkwell_views)),
        headers=[("List-Unsubscribe", "<https://www.linkwell.example.com/settings/email>")]),
    msg(OTH, "linkwell_new_position_congratulate", "en",
        frm=("Linkwell", "updates-noreply@linkwell.example.com"),
        subject="Congratulate Ruaridh McCall on the new position",
        date="2026-09-02T18:30:00+01:00",
        text=_linkwell_position,
        headers=[("List-Unsubscribe", "<https://www.linkwell.example.com/settings/email>")]),
    msg(OTH, "linkwell_jobs_you_may_like", "en",
        frm=("Linkwell Job Alerts", "jobalerts-noreply@linkwell.example.com"),
        subject="Records & Information Manager at St Giles Wealth and 2 more jobs for you",
        date="2026-09-24T07:15:00+01:00",
        text=_linkwell_jobs,
        html=ats_card("Linkwell", "#0a66c2", "Jobs you may be interested in",
                      paras(_linkwell_jobs)),
        headers=[("List-Unsubscribe", "<https://www.linkwell.example.com/settings/email>")]),
    # people and other worlds -------------------------------------------------------
    msg(OTH, "podcast_interview_request", "en", contact="tom@shelflifepod.example.com",
        frm=("Tom Gilchrist", "tom@shelflifepod.example.com"),
        subject="Interview for Shelf Life podcast?",
        date="2026-07-27T12:40:00+01:00",
        text=_podcast),
    msg(OTH, "press_interview_request", "en", contact="fraser.innes@edinburghcourier.example.co.uk",
        frm=("Fraser Innes", "fraser.innes@edinburghcourier.example.co.uk"),
        subject="Interview request - library opening hours",
        date="2026-01-14T15:12:00+00:00",
        text=_press,
        html=word_html(paras(_press, "MsoNormal"))),
    msg(OTH, "linkwell_user_research_interview", "en", contact="maya.lindqvist@linkwell.example.com",
        frm=("Maya Lindqvist", "maya.lindqvist@linkwell.example.com"),
        subject="Would you join a 30-minute research interview? (40 GBP voucher)",
        date="2026-04-06T14:00:00+01:00",
        text=_research),
    msg(OTH, "bike_tracker_position", "en",
        frm=("TrackTag", "alerts@tracktag.example.com"),
        subject="Your bike has moved - new position near Grassmarket",
        date="2026-05-19T07:43:00+01:00",
        text=_bike, headers=[("Auto-Submitted", "auto-generated")]),
    msg(OTH, "parcel_delayed_unfortunately", "en",
        frm=("SwiftParcel", "noreply@swiftparcel.example.co.uk"),
        subject="Unfortunately, your parcel is delayed",
        date="2026-07-14T06:55:00+01:00",
        text=_parcel,
        html=ats_card("SwiftParcel", "#e76f51", "Your parcel is delayed", paras(_parcel)),
        headers=[("Auto-Submitted", "auto-generated")]),
    msg(OTH, "friend_own_rejection", "en", contact="lorna.mcbride@example.com",
        frm=("Lorna McBride", "lorna.mcbride@example.com"),
        subject="ugh",
        date="2026-03-04T13:22:00+00:00",
        text=_friend_rejection),
    msg(OTH, "friend_congratulates_offer", "en", contact="kirsten.b@example.net",
        frm=("Kirsten Bell", "kirsten.b@example.net"),
        subject="!!!!!",
        date="2026-02-20T20:03:00+00:00",
        text=_friend_offer),
    msg(OTH, "kinnear_cold_approach", "en", contact="alasdair@kinnearsearch.example.co.uk",
        frm=("Alasdair Kinnear", "alasdair@kinnearsearch.example.co.uk"),
        subject="Introduction - Kinnear Search",
        date="2026-09-29T10:12:00+01:00",
        text=_kinnear_cold,
        html=word_html(paras(_kinnear_cold, "MsoNormal"))),
    msg(OTH, "harlow_cold_check_in", "en", contact="priya.malhotra@harlowfinch.example.co.uk",
        frm=("Priya Malhotra", "priya.malhotra@harlowfinch.example.co.uk"),
        subject="Checking in - a role you might like",
        date="2026-06-01T09:48:00+01:00",
        text=_harlow_cold, id="hq_cold"),
    msg(OTH, "castlegate_mortgage_appointment", "en",
        frm=("Castlegate Bank", "no-reply@castlegatebank.example.co.uk"),
        subject="Your mortgage appointment is confirmed",
        date="2026-02-25T12:30:00+00:00",
        text=_mortgage,
        html=ats_card("Castlegate Bank", "#1b4332", "Appointment confirmed", paras(_mortgage))),
    msg(OTH, "landlord_inspection_rescheduled", "en", contact="gillian.hart@bruntsfieldlettings.example.co.uk",
        frm=("Gillian Hart", "gillian.hart@bruntsfieldlettings.example.co.uk"),
        subject="Flat inspection - new date",
        date="2026-04-20T11:05:00+01:00",
        text=_landlord),
    msg(OTH, "school_parents_evening_moved", "en",
        frm=("Warrender Park Academy", "noreply@warrenderpark.example.sch.uk"),
        subject="Parents' evening appointment changed",
        date="2026-02-02T16:20:00+00:00",
        text=_school, headers=[("Auto-Submitted", "auto-generated")]),
    msg(OTH, "gp_appointment_cancelled", "en",
        frm=("Sciennes Medical Practice", "donotreply@sciennesmedical.example.scot"),
        subject="Appointment cancelled - Sciennes Medical Practice",
        date="2026-05-08T17:44:00+01:00",
        text=_gp, cte="quoted-printable"),
    msg(OTH, "recruiter_out_of_office", "en", contact="priya.malhotra@harlowfinch.example.co.uk",
        frm=("Priya Malhotra", "priya.malhotra@harlowfinch.example.co.uk"),
        subject="Automatic reply: Quaystone - start date",
        date="2026-08-04T09:10:00+01:00",
        text=_ooo_priya,
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        refs=["<cand-0804-quaystone@example.co.uk>"]),
    msg(OTH, "msc_admission_refused", "en",
        frm=("University of the Borders Admissions", "pgadmissions-noreply@borders-uni.example.ac.uk"),
        subject="Decision on your application: MSc Information Governance and Data Protection",
        date="2026-04-24T12:00:00+01:00",
        text=_msc_refusal),
    msg(OTH, "friend_forwards_posting", "en", contact="jen.adeyemi@example.org",
        frm=("Jen Adeyemi", "jen.adeyemi@example.org"),
        subject="Fwd: Vacancy: Records Manager (part-time)",
        date="2026-02-27T21:30:00+00:00",
        text=_fwd_outer,
        attach_eml={"slug": "mitchell-vacancy",
                    "frm": ("The Mitchell Collections Trust", "vacancies@mitchell-trust.example.org.uk"),
                    "to": [("Jen Adeyemi", "jen.adeyemi@example.org")],
                    "subject": "Vacancy: Records Manager (part-time)",
                    "date": "2026-02-27T09:00:00+00:00",
                    "text": _fwd_inner_text}),
    msg(OTH, "current_employer_annual_review", "en", contact="donna.kerr@edinburghlibraries.example.gov.uk",
        frm=("Donna Kerr", "donna.kerr@edinburghlibraries.example.gov.uk"),
        subject="Your annual review (PDR) - Thursday 29 January",
        date="2026-01-19T11:30:00+00:00",
        text=_appraisal,
        html=word_html(paras(_appraisal, "MsoNormal"))),
    msg(OTH, "citizens_panel_interview_slot", "en",
        frm=("Southside Community Council", "engagement@southsidecc.example.org.uk"),
        subject="Your Citizens' Panel interview slot",
        date="2026-05-06T13:00:00+01:00",
        text=_citizens),
    msg(OTH, "paketblitz_sendung_verzoegert", "de",
        frm=("PaketBlitz", "noreply@paketblitz.example.de"),
        subject="Leider verzögert sich Ihre Sendung",
        subj_enc=("iso-8859-1", "B"),
        date="2026-06-08T05:50:00+02:00",
        text=_paket_de, charset="iso-8859-1", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")]),
    msg(OTH, "praxis_termin_verschoben", "de",
        frm=("Hausarztpraxis am Weinbergsweg", "praxis@hausarzt-weinbergsweg.example.de"),
        subject="Terminverschiebung: Ihr Termin am 13.08.2026",
        date="2026-08-10T08:14:00+02:00",
        text=_arzt_de, charset="windows-1252", cte="8bit"),
    msg(OTH, "abwesenheit_personalreferentin", "de", contact="jana.koehler@spreewerk.example.de",
        frm=("Jana Köhler", "jana.koehler@spreewerk.example.de"),
        subject="Abwesenheitsnotiz: Rückfrage zum Gesprächstermin",
        subj_enc=("utf-8", "Q"),
        date="2026-04-08T18:31:00+02:00",
        text=_ooo_de,
        headers=[("Auto-Submitted", "auto-replied")],
        refs=["<cand-0408-spreewerk@example.co.uk>"]),
    msg(OTH, "mettraux_approche_directe", "fr", contact="l.mettraux@mettraux-partenaires.example.ch",
        frm=("Laurent Mettraux", "l.mettraux@mettraux-partenaires.example.ch"),
        subject="Prise de contact",
        date="2026-08-18T10:20:00+02:00",
        text=_approche_fr,
        html=word_html(paras(_approche_fr, "MsoNormal"), lang="FR-CH")),
    msg(OTH, "banque_entretien_annuel", "fr",
        frm=("Banque Cantonale du Salève", "ne-pas-repondre@bcsaleve.example.ch"),
        subject="Votre entretien annuel avec votre conseillère",
        date="2026-09-01T09:00:00+02:00",
        text=_banque_fr,
        html=ats_card("Banque Cantonale du Salève", "#7b2cbf", "Entretien annuel",
                      paras(_banque_fr), lang="fr")),
    msg(OTH, "absence_consultante", "fr", contact="c.perret@dufour-talents.example.ch",
        frm=("Chloé Perret", "c.perret@dufour-talents.example.ch"),
        subject="Réponse automatique : Disponibilités pour un entretien",
        subj_enc=("utf-8", "Q"),
        date="2026-07-07T14:02:00+02:00",
        text=_ooo_fr,
        headers=[("Auto-Submitted", "auto-replied")],
        refs=["<cand-0707-dufour@example.co.uk>"]),
    msg(OTH, "cas_gouvernance_non_retenue", "fr",
        frm=("HEG Léman – Formation continue", "formation.continue@heg-leman.example.ch",
             ("utf-8", "B")),
        subject="CAS en gouvernance de l'information – décision d'admission",
        subj_enc=("utf-8", "B"),
        date="2026-06-25T15:30:00+02:00",
        text=_cas_fr),
    msg(OTH, "amiga_le_rechazaron", "es", contact="nuria.pastor@example.es",
        frm=("Nuria Pastor", "nuria.pastor@example.es"),
        subject="me han rechazado :(",
        date="2026-09-15T22:41:00+02:00",
        text=_amiga_es),
    msg(OTH, "banco_cita_gestor_cancelada", "es",
        frm=("Banco del Manzanal", "no-responder@bancomanzanal.example.es"),
        subject="Tu cita ha sido cancelada",
        date="2026-10-02T12:10:00+02:00",
        text=_banco_es,
        html=ats_card("Banco del Manzanal", "#0077b6", "Cita cancelada", paras(_banco_es),
                      lang="es")),
    msg(OTH, "fuera_de_oficina_consultora", "es", contact="marta.iglesias@talentoprado.example.es",
        frm=("Marta Iglesias", "marta.iglesias@talentoprado.example.es"),
        subject="Respuesta automática: Entrevista con el cliente",
        subj_enc=("utf-8", "Q"),
        date="2026-08-19T11:00:00+02:00",
        text=_ooo_es,
        headers=[("Auto-Submitted", "auto-replied")],
        refs=["<cand-0819-prado@example.co.uk>"]),
    msg(OTH, "master_no_admitida", "es",
        frm=("Servicio de Posgrado", "posgrado@ucmanzanares.example.es"),
        subject="Resolución de admisión: Máster en Gestión Documental y Archivos",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-07-10T13:30:00+02:00",
        text=_master_es, charset="iso-8859-1", cte="base64"),
]
