"""Rejections of the 153rd corpus (31 messages), each written by hand."""

from __future__ import annotations

from msgs153_common import (
    ME,
    ats_card,
    msg,
    outlook_block,
    paras,
    plain_html,
    quote,
    word_html,
    wrote,
)

R = "rejection"

_lothianvale_text = """Dear Morag,

Application reference: LVC-04417
Post: Information Governance Officer (Records Management), Corporate Services

Thank you for applying for the above post with Lothianvale Council.

The recruiting panel has now completed shortlisting. We regret to inform you that on this
occasion your application was not shortlisted for interview.

Due to the volume of applications we receive, we are unable to provide individual feedback at
the shortlisting stage.

You can set up job alerts and view other vacancies on our careers site at any time.

Yours sincerely,

Recruitment Team
Lothianvale Council
"""

_forthbridge_prev = """Hi Callum,

I'm so sorry about this morning. My phone had switched itself to silent after an update and I
didn't see your two calls until nearly eleven. Entirely my fault.

Would there be any chance of rearranging the screening call? I'm free Monday or Tuesday
afternoon next week, or any time on Wednesday.

Apologies again,
Morag"""

_forthbridge_text = f"""Hi Morag,

Thanks for getting back to me, and no harm done, these things happen.

I've spoken with the hiring manager and, honestly, the timing has worked against you: while we
were trying to reconnect, the team progressed three people to the second stage and they've
decided to close the shortlist there. So I won't be able to set up another call for the Data
Quality & Governance Lead role, and we won't be taking your application further this time.

I'm genuinely sorry, as your records background was interesting to us. I'll keep your details
on file if something similar comes up in the Edinburgh office.

Best wishes,
Callum

Callum Rennie
Talent Acquisition Partner
Forthbridge Bank
1 Dean Orchard Street, Edinburgh EH4 1AB
T: 0131 496 0772

{wrote("en", "Thu, 12 Feb 2026 at 11:14", "Morag Sinclair-Obi", ME[1])}
{quote(_forthbridge_prev)}

--
Forthbridge Bank is authorised by the Prudential Regulation Authority. This email and any
attachments are confidential and intended solely for the addressee. If you have received it in
error, please notify the sender and delete it. Emails are not secure and may be monitored.
"""

_canongate_thanks = """Dear Dr Munro,

Thank you for the interview this afternoon and for showing me round the Special Collections
reading room afterwards. I enjoyed hearing about the plans for the research data repository,
and the panel's question on retention schedules for legacy student files has kept me thinking
on the bus home.

Kind regards,
Morag Sinclair-Obi"""

_canongate_new = """Dear Morag,

Thank you for your kind note after the interview last week, and for your patience while the
panel completed the remaining conversations.

The decision was a genuinely close one. In the end, the panel has offered the Records and
Research Data Manager post to a candidate with several years' experience running a university
research data service, which they felt was decisive for the first phase of the repository
project. I am sorry that I cannot bring you better news.

The panel asked me to pass on that your answer on the legacy student files was one of the best
we heard. If you would find it useful, I would be happy to arrange a short feedback call.

With best wishes,

Dr Eilidh Munro
Head of Library Collections and Archives
Canongate University
Old College Wynd, Edinburgh EH8 9ZZ | 0131 496 0119
"""

_canongate_text = _canongate_new + "\n" + outlook_block(
    "en", "Morag Sinclair-Obi <morag.so@example.co.uk>", "24 March 2026 18:42",
    "Munro, Eilidh <e.munro@canongate-uni.example.ac.uk>",
    "Thank you - Records and Research Data Manager interview", _canongate_thanks)

_harlow_text = """Hi Morag,

Quick update from my side, and I'm afraid it isn't the one we were hoping for.

Kingsway Mutual have come back on the Records & Information Manager role. They liked you, and
they said your write-up of the retention audit was one of the clearest they'd seen, but they've
gone with a candidate who has already been through a Solvency II documentation review in an
insurer. Their words were that it was "very close, but experience in the sector tipped it".

I know it's disappointing after two rounds. I've got a couple of other insurance briefs landing
in the next fortnight and I'd like to put you forward for at least one of them if you're happy
for me to.

Speak soon,
Priya

Priya Malhotra
Senior Consultant, Information & Data
Harlow & Finch Recruitment
42 Clerkenwell Lane, London EC1R 0AB
Mobile: +44 7700 900 218
"""

_noordkade_text = """Hi Morag,

Thank you for your interest in the Data Governance Specialist position at Noordkade Insurance
and for the time you invested in your application.

We received a large number of strong applications. After careful review, we have decided to
move forward with candidates whose experience more closely matches the requirements of this
role, in particular hands-on work with Collibra and Dutch regulatory reporting.

We appreciate your interest in Noordkade and wish you every success in your search.

Kind regards,
Sanne de Vries
Talent Acquisition, Noordkade Insurance
"""

_merchant_text = """Dear Morag,

I wanted to write to you personally rather than leave you waiting.

Last week our trustees reviewed the budget for the coming year, and the Digital Records
Archivist post, which you applied for in February, has been put on hold. I am afraid this means
we will not proceed with the recruitment, and we are closing the process without making an
appointment. Your application has not been assessed against anyone else's; the post itself has
simply stopped.

I'm sorry to give you this news after you took the time to put together such a thoughtful
application. If the post is re-advertised later in the year, I will make sure you hear about it.

Yours,

Graham Tulloch
Keeper of Collections
Merchant City Archives
77 Ingram Street, Glasgow G1 1AA
0141 496 0350
"""

_thistle_text = """Hi Morag

Thanks for coming in on Tuesday. We've gone with someone else for the records role I'm afraid,
somebody already in the building who knows our systems. Sorry it's not better news.

All the best
Gav

Sent from my iPhone
"""

_readwell_html = plain_html(
    "<p>Dear Morag,</p>\n"
    "<p>Thank you for applying for the <strong>Information &amp; Data Protection Officer</strong>"
    " role at Readwell Scotland.</p>\n"
    "<p>I wanted to let you know that we have appointed to this role from within our existing"
    " team. A colleague who has been covering the data protection duties on an interim basis"
    " applied, and the panel agreed to confirm them in post. As a result, we will not be taking"
    " any external applications forward to interview.</p>\n"
    "<p>I know this can feel frustrating when you have spent time on an application, and I am"
    " grateful for your interest in our work on family literacy.</p>\n"
    "<p>Warm regards,<br>\nKirsty Baird<br>\nPeople &amp; Culture Manager, Readwell Scotland<br>\n"
    "Registered Scottish charity SC0XXXXX &middot; 12 Bread Street, Edinburgh EH3 9AF</p>\n")

_tay_text = """Dear Ms Sinclair-Obi,

Records Manager (Ref. UT/2026/118), University Secretary\u2019s Office

I am writing to let you know that, following a review of the structure of the University
Secretary\u2019s Office, the University has withdrawn this vacancy. The duties of the post will
be absorbed into two existing roles, and no appointment will be made.

Please accept our apologies for any inconvenience this causes \u2013 we recognise that you had
been invited to the assessment stage. Any travel costs you have already incurred for 14 April
will be reimbursed; please send receipts to me directly.

Yours sincerely,

Fiona Lamont
HR Business Partner
University of the Tay
Nethergate, Dundee DD1 4ZZ
Tel: 01382 496 210
"""

_leith_text = """Morag!

Right, I've put off writing this all day, so I'll just say it: we've gone with someone else.
Honestly gutted. She's done a full EDRMS migration at a port authority before and the board got
very excited about that, and there wasn't much I could say against it.

You were brilliant in the room though, and I'm not just saying that because we spent four
years on the same enquiry desk. Pint soon? I owe you at least one for dragging you through
this.

Ruaridh
(Leith Maritime Trust, Head of Collections, in case you've forgotten which hat I'm wearing)
"""

_ashdown_html = ats_card(
    "Ashdown Capital", "#0b2545", "Your application: Information Governance Manager",
    paras("""Dear Morag,

Thank you for taking the time to apply for the Information Governance Manager role in our
London office.

We have now reviewed your application carefully against the requirements of the role.
Regrettably, we will not be progressing your candidacy to the next stage of our process.

We will retain your details in line with our candidate privacy notice and may contact you
should a suitable opportunity arise.

With best regards,
Ashdown Capital Talent Team"""),
    'This email was sent by SmartRecruiters on behalf of Ashdown Capital. '
    '<a href="https://jobs.smartrecruiters.com/AshdownCapital/privacy">Privacy notice</a>')

_ashdown_text = """Dear Morag,

Thank you for taking the time to apply for the Information Governance Manager role in our
London office.

We have now reviewed your application carefully against the requirements of the role.
Regrettably, we will not be progressing your candidacy to the next stage of our process.

We will retain your details in line with our candidate privacy notice and may contact you
should a suitable opportunity arise.

With best regards,
Ashdown Capital Talent Team

This email was sent by SmartRecruiters on behalf of Ashdown Capital.
"""

_clonmore_text = """Hi Morag,

Thanks a million for coming in for the final round on Thursday, and for making the trip over
from Edinburgh. Everyone enjoyed meeting you.

I have to be straight with you though: the team has decided to offer the Records & Data
Governance Analyst role to another candidate, someone who has worked with the Central Bank's
outsourcing requirements before. It came down to that more than anything you did or didn't say
on the day.

I'd be happy to talk you through the panel's notes if that's useful, just reply here and we'll
find a time.

All the best,
Aoife

Aoife Brennan
Talent Partner | Clonmore Insurance
Sir John Rogerson's Quay, Dublin 2
"""

_tayburn_text = """Dear Morag Sinclair-Obi

Vacancy: Information Governance and Records Manager (Band 7)
Reference: TAY-IG-26-031

Thank you for your application for the above post.

The shortlisting panel has now met and we have to advise you that you have not been selected
for interview on this occasion.

We would like to thank you for the interest you have shown in working for NHS Tayburn and wish
you success in the future.

This is an automated message. Please do not reply to this email address; replies are not
monitored. For queries please log in to your candidate account.

NHS Tayburn Recruitment Service
"""

_tayside_text = """Morning Morag,

I've now had feedback from my client on the Records Lead position we discussed.

As a reminder, I'm not able to name them yet (it's a large Dundee-based public body, they've
asked us to keep things confidential until the interview stage). Unfortunately they won't be
taking you through to interview. They've narrowed their list to candidates who have held a
statutory Records Management Plan under the Public Records (Scotland) Act, and they felt your
experience of that was mostly as a contributor rather than the owner.

That is fixable, and I think you'd interview well, so please don't read too much into this one.
I'll be in touch when the next public-sector brief comes through.

Kind regards,

Neil Ogilvie
Principal Consultant
Tayside Talent Partners
Seagate House, Dundee DD1 2HR | 01382 496 455
"""

_pentland_html = ats_card(
    "Pentland Pensions", "#2e4057", "An update on your application",
    paras("""Hello Morag,

Thanks for applying to be our Data Governance Analyst.

We've looked through your application and decided not to move ahead with it. This isn't a
judgement on your ability; we had a very small number of interview slots and many applicants
with direct pensions-administration experience.

If a role with a better fit opens up, we'd be glad to see your name again.

Pentland Pensions Recruiting"""),
    "Sent with Ashby &middot; Pentland Pensions, 5 Lochrin Square, Edinburgh")

_ardmore_text = """Hi Morag,

Thanks for taking my call last week. I've discussed your background with the hiring manager
for the Data Governance Analyst post in Ballsbridge.

We won't be progressing your application to the next stage. The team needs someone who can
start straight away on data lineage in our credit-risk systems, and we felt the gap would be
too big to close quickly.

I'm conscious you were very open with me about wanting to move from libraries into this area,
so please don't take it as a closed door for the future.

Beir bua,
Siobhán

Siobhán Ó Dálaigh
Recruitment Lead, Ardmore Bank Ireland
"""

_holyrood_first = """Dear Morag,

Thank you for your application for the post of Collections Information Manager. I am pleased
to invite you to interview on Wednesday 6 May at 14:00 at our offices on the Canongate.

The panel will be myself, our Director, and a trustee. You will be asked to give a ten-minute
presentation on how you would approach a records retention schedule for a small heritage body.

Please let me know if this suits.

Kind regards,
Isla"""

_holyrood_second = """Dear Isla,

Thank you, that's great news. Wednesday 6 May at 14:00 suits me well, and I'll prepare the
presentation as described. Will a laptop and screen be available or should I bring slides on a
stick?

Best wishes,
Morag"""

_holyrood_third = """Dear Morag,

A screen and a clicker will be ready. We look forward to seeing you.

Isla"""

_holyrood_text = f"""Dear Morag,

Thank you again for coming in on Wednesday and for a presentation the panel described as the
most practical of the day.

After much deliberation I am sorry to tell you that the panel has offered the post to another
candidate. We had two very strong finalists and it came down to fine margins. I would be very
glad to share the panel's notes with you if you would like them.

With warm wishes,
Isla

Isla Drummond
Operations Manager
Holyrood Heritage Collections
138 Canongate, Edinburgh EH8 8DD
0131 496 0584

{wrote("en", "Mon, 27 Apr 2026 at 09:05", "Isla Drummond", "isla.drummond@holyroodheritage.example.org.uk")}
{quote(_holyrood_third)}
>
> {wrote("en", "Sat, 25 Apr 2026 at 16:40", "Morag Sinclair-Obi", ME[1])}
{quote(quote(_holyrood_second))}
> >
> > {wrote("en", "Fri, 24 Apr 2026 at 11:22", "Isla Drummond", "isla.drummond@holyroodheritage.example.org.uk")}
{quote(quote(quote(_holyrood_first)))}
"""

_bramble_text = """Hi Morag,

We've now reviewed your application for Records and Information Officer with Bramble Housing
Association, and we won't be moving ahead with it.

We look at every application against the same short list of criteria, and for this role we
prioritised experience of tenancy-file retention and housing regulation.

Your CV stays in our talent pool for twelve months unless you ask us to delete it.

Thanks,
The Bramble Housing recruiting team

Powered by Workable
"""

_spreewerk_thanks = """Liebe Frau Köhler,

vielen Dank für das angenehme Gespräch heute Vormittag. Es hat mich sehr gefreut, mehr über das
geplante Aufbewahrungskonzept für die Schadenakten zu erfahren. Ich freue mich auf Ihre
Rückmeldung.

Herzliche Grüße
Morag Sinclair-Obi"""

_spreewerk_text = f"""Liebe Frau Sinclair-Obi,

haben Sie herzlichen Dank für Ihre freundliche Nachricht und für Ihre Zeit im Gespräch.

Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns für eine
Kandidatin entschieden, die bereits Erfahrung mit der Einführung eines Records-Management-
Systems in einer Versicherung mitbringt und fließend Deutsch im Fachgespräch spricht. Für die
Position als Referentin Informationsmanagement können wir Ihnen daher leider keine Zusage
geben.

Ich wünsche Ihnen für Ihren weiteren Weg alles Gute und würde mich freuen, wenn wir uns bei
einer passenden Gelegenheit wieder begegnen.

Mit freundlichen Grüßen

Jana Köhler
Personalreferentin
Spreewerk Versicherung
Friedrichstraße 190, 10117 Berlin
Tel. +49 30 5557 2210

{wrote("de", "23.04.2026 um 16:05", "Morag Sinclair-Obi", ME[1])}
{quote(_spreewerk_thanks)}
"""

_archivverbund_text = """Sehr geehrte Frau Sinclair-Obi,

vielen Dank für Ihr Interesse an der Stelle "Archivar*in für digitale Überlieferung (E11)" und
die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre
Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen sechs Monate nach
Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen
Ihr Team Personal
Archivverbund Berlin-Mitte

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
"""

_havelstein_text = """Hallo Frau Sinclair-Obi,

leider habe ich keine guten Nachrichten: Die Kiezbank Berlin hat sich nach der zweiten Runde
gegen eine Fortsetzung mit Ihnen entschieden. Ausschlaggebend war laut Fachbereich, dass man
jemanden sucht, der die BCBS-239-Anforderungen bereits einmal in einer Bank umgesetzt hat.

Ich finde das schade, weil Ihr Profil menschlich sehr gut ankam. Ich melde mich, sobald ich ein
Mandat habe, bei dem Ihre Erfahrung aus dem öffentlichen Bereich eher ein Vorteil ist.

Beste Grüße
Tobias Brandt

Tobias Brandt
Senior Berater | Personalberatung Havelstein
Kurfürstendamm 61, 10707 Berlin
+49 30 5557 8143
"""

_elbarchiv_text = """Sehr geehrte Frau Sinclair-Obi,

wir bedanken uns für Ihre Bewerbung als Sachgebietsleitung Schriftgutverwaltung.

Die Stelle wurde zwischenzeitlich intern besetzt. Eine Mitarbeiterin aus unserem Haus hat sich
ebenfalls beworben, und der Vorstand hat sich für sie entschieden. Das externe Verfahren ist
damit beendet.

Wir bitten um Verständnis und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
i. A. Dorothea Weiß
Personalabteilung
Stiftung Elbarchiv, Berlin
"""

_hauptstadt_text = """Sehr geehrte Frau Sinclair-Obi,

vielen Dank für Ihre Bewerbung als Data Governance Manager (m/w/d) bei der Hauptstadt Rück.

Wir haben Ihre Unterlagen mit großem Interesse gelesen. Nach eingehender Abwägung sind wir
jedoch zu dem Ergebnis gekommen, dass andere Bewerbungen dem Anforderungsprofil der Stelle
noch besser entsprechen.

Diese Entscheidung ist keine Bewertung Ihrer Person. Gern können Sie sich auf weitere
Ausschreibungen in unserem Karriereportal bewerben.

Mit freundlichen Grüßen
Hauptstadt Rück – Talent Acquisition

Dies ist eine automatisch generierte Nachricht.
"""

_rhone_text = """Chère Madame Sinclair-Obi,

Je reviens vers vous au sujet du poste de Responsable de la gouvernance des données.

Comme je vous l'avais indiqué lors de l'annulation de notre rendez-vous, la direction devait
clarifier l'organisation de l'équipe. Elle a finalement décidé de confier ce poste à une
collaboratrice de notre service conformité, qui le reprendra dès le mois prochain. Le poste a
donc été pourvu en interne et le recrutement externe est clos.

Je regrette de ne pas avoir pu vous rencontrer et vous remercie sincèrement pour votre
patience.

Meilleures salutations,

Claire Vautier
Responsable recrutement
Banque Rhône-Privée
Quai des Bergues 9, 1201 Genève
+41 22 555 41 07

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur
destinataire. Toute diffusion non autorisée est interdite.
"""

_leman_html = ats_card(
    "Fondation Léman pour les Archives", "#5b7065", "Votre candidature",
    paras("""Madame,

Nous vous remercions de l'intérêt que vous portez à la Fondation Léman pour les Archives et
pour votre candidature au poste d'Archiviste records manager.

Après examen attentif de votre dossier, nous sommes au regret de ne pas pouvoir y donner une
suite favorable.

Nous conservons vos données pendant douze mois afin de pouvoir vous contacter si un poste
correspondant à votre profil venait à s'ouvrir.

Avec nos meilleures salutations,
L'équipe RH de la Fondation Léman"""),
    "Envoyé par Teamtailor pour le compte de la Fondation Léman pour les Archives", lang="fr")

_dufour_text = """Bonjour Madame Sinclair-Obi,

Je reviens vers vous suite à l'entretien que vous avez eu mardi avec l'Organisation
internationale du patrimoine numérique.

Notre cliente m'a fait un retour très positif sur votre présentation, mais elle a choisi de
poursuivre avec un profil qui a déjà travaillé au sein d'une organisation internationale et
connaît ses règles d'archivage. Elle ne donnera donc pas suite à votre candidature pour le
poste de Chargée de gestion de l'information.

Je sais que c'est décevant. Je garde votre dossier en tête pour deux missions qui devraient
s'ouvrir à la rentrée.

Bien cordialement,

Julien Favre
Consultant senior
Cabinet Dufour Talents
Rue du Rhône 64, 1204 Genève
+41 22 555 63 90
"""

_mga_thanks = """Madame Roux,

Je vous remercie pour l'entretien de ce matin et pour la présentation très claire du projet
de refonte du plan de classement. Je reste à votre disposition pour tout complément.

Bien à vous,
Morag Sinclair-Obi"""

_mga_text = f"""Madame,

Merci pour votre message et pour le temps que vous nous avez consacré.

Après avoir rencontré l'ensemble des personnes retenues, nous avons pris la décision de ne pas
retenir votre candidature pour le poste de Records manager. Le comité a privilégié une
expérience plus longue dans le secteur de l'assurance.

Nous vous souhaitons plein succès dans vos démarches.

Nathalie Roux
Ressources humaines
Mutuelle Genevoise d'Assurances

{wrote("fr", "jeu. 11 juin 2026 à 12:31", "Morag Sinclair-Obi", ME[1])}
{quote(_mga_thanks)}
"""

_manzanares_text = """Hola, Morag:

Gracias por tu interés en la posición de Analista de Gobierno del Dato en Banco Manzanares.

Hemos revisado tu candidatura con atención. En esta ocasión hemos decidido continuar con otras
personas cuyo perfil se ajusta más a lo que buscamos para el equipo de Madrid, en concreto
experiencia previa con normativa bancaria española.

Te agradecemos el tiempo que has dedicado al proceso y te animamos a seguir atenta a nuestras
ofertas.

Un saludo,
Equipo de Talento, Banco Manzanares
"""

_castellana_text = """Estimada Morag:

Le escribo en relación con su candidatura al puesto de Responsable de Gestión Documental.

Tras la reorganización anunciada la semana pasada, la dirección ha decidido congelar esta
posición hasta el próximo ejercicio. El proceso queda en suspenso y no vamos a seguir adelante
con ninguna de las candidaturas recibidas, incluida la suya.

Lamento mucho tener que comunicárselo así, después de las dos conversaciones que mantuvimos.
Si la posición se reactiva, me pondré en contacto con usted.

Atentamente,

Lucía Herrero Campos
Selección y Desarrollo
Aseguradora Castellana
Paseo de la Castellana 212, 28046 Madrid
Tel. +34 91 555 28 40
"""

_prado_text = """¡Hola, Morag!

Te escribo con la respuesta del cliente, que por fin ha llegado. Al final no van a seguir
contigo para la posición de Data Steward: buscan a alguien que haya trabajado ya con SAP en un
entorno de farmacia y, aunque les gustó mucho tu perfil, dicen que les falta ese punto.

Lo siento de verdad, porque creo que la entrevista fue bien. Seguimos en contacto, tengo otro
par de procesos en Madrid que te pueden encajar.

Un abrazo,
Marta

Marta Iglesias
Consultora | Talento Prado
Calle del Prado 18, 28014 Madrid
+34 600 555 712
"""

_lumbre_thanks = """Hola, Javier:

Muchas gracias por la entrevista de esta mañana. Me quedé con ganas de seguir hablando del
inventario de activos de datos. Quedo a tu disposición para cualquier cosa.

Un saludo,
Morag"""

_lumbre_text = f"""Hola, Morag:

Gracias a ti por tu mensaje y por venir hasta la fundación.

Te cuento ya cómo ha quedado: el puesto se lo hemos ofrecido a otra candidata, que ha aceptado
esta misma tarde. Nos quedamos con muy buen sabor de boca de tu entrevista, pero solo teníamos
una plaza.

Mucha suerte, de corazón.

Javier Ortega Salas
Coordinador de Datos Abiertos
Fundación Lumbre de Datos, Madrid

{wrote("es", "mar, 8 sept 2026 a las 13:20", "Morag Sinclair-Obi", ME[1])}
{quote(_lumbre_thanks)}
"""

MESSAGES = [
    msg(R, "lothianvale_workday_not_shortlisted", "en", "Lothianvale Council", "",
        frm=("Lothianvale Council", "lothianvale@myworkday.com"),
        subject="Your application for Information Governance Officer (LVC-04417)",
        date="2026-03-20T16:02:00+00:00",
        text=_lothianvale_text,
        html=ats_card("Lothianvale Council", "#00594f",
                      "Information Governance Officer (Records Management)",
                      paras(_lothianvale_text)),
        headers=[("Auto-Submitted", "auto-generated")],
        id="lvc_rej"),
    msg(R, "forthbridge_after_missed_call", "en", "Forthbridge Bank",
        "callum.rennie@forthbridge.example.co.uk",
        frm=("Callum Rennie", "callum.rennie@forthbridge.example.co.uk"),
        subject="RE: Screening call this morning",
        date="2026-02-20T15:31:00+00:00",
        text=_forthbridge_text,
        reply="fb_me_resched", id="fb_rej"),
    msg(R, "canongate_after_panel_quotes_thanks", "en", "Canongate University",
        "e.munro@canongate-uni.example.ac.uk",
        frm=("Munro, Eilidh", "e.munro@canongate-uni.example.ac.uk"),
        subject="RE: Thank you - Records and Research Data Manager interview",
        date="2026-04-02T10:48:00+01:00",
        text=_canongate_text,
        html=word_html(paras(_canongate_new, "MsoNormal") + "\n"
                       + paras(_canongate_text[len(_canongate_new):], "MsoNormal")),
        reply="cu_me_thanks", id="cu_rej"),
    msg(R, "harlow_relays_kingsway_no", "en", "Kingsway Mutual Insurance",
        "priya.malhotra@harlowfinch.example.co.uk",
        frm=("Priya Malhotra", "priya.malhotra@harlowfinch.example.co.uk"),
        subject="Kingsway Mutual - feedback",
        date="2026-01-29T12:05:00+00:00",
        text=_harlow_text),
    msg(R, "noordkade_via_greenhouse_closer_match", "en", "Noordkade Insurance",
        "sanne.devries@noordkade.example.nl",
        frm=("Sanne de Vries via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Sanne de Vries", "sanne.devries@noordkade.example.nl"),
        subject="Update on your Noordkade Insurance application",
        date="2026-07-07T09:14:00+02:00",
        text=_noordkade_text,
        html=plain_html(paras(_noordkade_text))),
    msg(R, "merchant_city_post_on_hold", "en", "Merchant City Archives",
        "g.tulloch@merchantcityarchives.example.org.uk",
        frm=("Graham Tulloch", "g.tulloch@merchantcityarchives.example.org.uk"),
        subject="Digital Records Archivist - an update on the post",
        date="2026-03-09T14:20:00+00:00",
        text=_merchant_text),
    msg(R, "thistle_terse_from_phone", "en", "Thistle Mutual Assurance",
        "gavin.shearer@thistlemutual.example.co.uk",
        frm=("Gavin Shearer", "gavin.shearer@thistlemutual.example.co.uk"),
        subject="Re: records role",
        date="2026-05-15T19:47:00+01:00",
        text=_thistle_text,
        refs=["<cand-2026-05-13-thistle@example.co.uk>"]),
    msg(R, "readwell_filled_internally_html_only", "en", "Readwell Scotland",
        "kirsty.baird@readwell.example.org.uk",
        frm=("Kirsty Baird", "kirsty.baird@readwell.example.org.uk"),
        subject="Information & Data Protection Officer",
        date="2026-06-03T11:09:00+01:00",
        html=_readwell_html),
    msg(R, "tay_vacancy_withdrawn_cp1252", "en", "University of the Tay",
        "f.lamont@tay-uni.example.ac.uk",
        frm=("Fiona Lamont", "f.lamont@tay-uni.example.ac.uk"),
        subject="Records Manager (UT/2026/118) \u2013 vacancy withdrawn",
        subj_enc=("utf-8", "Q"),
        date="2026-04-08T08:55:00+01:00",
        text=_tay_text, charset="windows-1252", cte="quoted-printable"),
    msg(R, "leith_former_colleague_casual", "en", "Leith Maritime Trust",
        "ruaridh.mccall@leithmaritime.example.org.uk",
        frm=("Ruaridh McCall", "ruaridh.mccall@leithmaritime.example.org.uk"),
        subject="the news you don't want",
        date="2026-08-21T17:58:00+01:00",
        text=_leith_text),
    msg(R, "ashdown_smartrecruiters_card", "en", "Ashdown Capital", "",
        frm=("Ashdown Capital", "noreply@smartrecruiters.com"),
        subject="Ashdown Capital: your application for Information Governance Manager",
        date="2026-02-11T07:30:00+00:00",
        text=_ashdown_text, html=_ashdown_html,
        headers=[("Auto-Submitted", "auto-generated")]),
    msg(R, "clonmore_lever_after_final", "en", "Clonmore Insurance",
        "aoife.brennan@clonmore.example.ie",
        frm=("Aoife Brennan", "no-reply@hire.lever.co"),
        reply_to=("Aoife Brennan", "aoife.brennan@clonmore.example.ie"),
        subject="Clonmore Insurance - Records & Data Governance Analyst",
        date="2026-09-14T16:12:00+01:00",
        text=_clonmore_text),
    msg(R, "tayburn_taleo_not_shortlisted", "en", "NHS Tayburn", "",
        frm=("NHS Tayburn Recruitment", "no-reply@taleo.net"),
        subject="NHS Tayburn - outcome of shortlisting TAY-IG-26-031",
        date="2026-05-26T06:00:00+01:00",
        text=_tayburn_text,
        headers=[("Auto-Submitted", "auto-generated")]),
    msg(R, "tayside_unnamed_client_no", "en", "Tayside Talent Partners",
        "neil.ogilvie@taysidetalent.example.co.uk",
        frm=("Neil Ogilvie", "neil.ogilvie@taysidetalent.example.co.uk"),
        subject="Records Lead - client feedback",
        date="2026-02-24T09:41:00+00:00",
        text=_tayside_text),
    msg(R, "pentland_ashby_base64_html", "en", "Pentland Pensions", "",
        frm=("Pentland Pensions", "no-reply@ashbyhq.com"),
        subject="Your application to Pentland Pensions",
        date="2026-10-05T13:03:00+01:00",
        html=_pentland_html, cte="base64"),
    msg(R, "ardmore_encoded_name_after_screen", "en", "Ardmore Bank Ireland",
        "siobhan.odalaigh@ardmorebank.example.ie",
        frm=("Siobhán Ó Dálaigh", "siobhan.odalaigh@ardmorebank.example.ie", ("utf-8", "B")),
        subject="Data Governance Analyst \u2013 where things stand",
        subj_enc=("utf-8", "B"),
        date="2026-09-30T10:26:00+01:00",
        text=_ardmore_text),
    msg(R, "holyrood_long_chain_after_interview", "en", "Holyrood Heritage Collections",
        "isla.drummond@holyroodheritage.example.org.uk",
        frm=("Isla Drummond", "isla.drummond@holyroodheritage.example.org.uk"),
        subject="Re: Collections Information Manager - interview",
        date="2026-05-12T15:10:00+01:00",
        text=_holyrood_text,
        refs=["<hhc-0424-invite@holyroodheritage.example.org.uk>",
              "<cand-0425-holyrood@example.co.uk>",
              "<hhc-0427-screen@holyroodheritage.example.org.uk>"]),
    msg(R, "bramble_workable_talent_pool", "en", "Bramble Housing Association", "",
        frm=("Bramble Housing Association", "noreply@workablemail.com"),
        subject="Records and Information Officer at Bramble Housing Association",
        date="2026-06-18T10:00:00+01:00",
        text=_bramble_text),
    msg(R, "spreewerk_absage_quotes_dank", "de", "Spreewerk Versicherung",
        "jana.koehler@spreewerk.example.de",
        frm=("Jana Köhler", "jana.koehler@spreewerk.example.de", ("iso-8859-1", "Q")),
        subject="AW: Vielen Dank für das Gespräch",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-05-06T14:37:00+02:00",
        text=_spreewerk_text, charset="iso-8859-1", cte="quoted-printable",
        reply="sw_me_thanks", id="sw_rej"),
    msg(R, "archivverbund_softgarden_formal", "de", "Archivverbund Berlin-Mitte", "",
        frm=("Archivverbund Berlin-Mitte", "noreply@softgarden.io"),
        subject="Ihre Bewerbung als Archivar*in für digitale Überlieferung",
        date="2026-03-31T10:15:00+02:00",
        text=_archivverbund_text,
        html=ats_card("Archivverbund Berlin-Mitte", "#7a1f2b", "Ihre Bewerbung",
                      paras(_archivverbund_text), lang="de")),
    msg(R, "havelstein_relays_kiezbank", "de", "Kiezbank Berlin",
        "t.brandt@havelstein.example.de",
        frm=("Tobias Brandt", "t.brandt@havelstein.example.de"),
        subject="Rückmeldung Kiezbank",
        date="2026-07-22T18:03:00+02:00",
        text=_havelstein_text),
    msg(R, "elbarchiv_intern_besetzt_8bit", "de", "Stiftung Elbarchiv",
        "d.weiss@elbarchiv.example.de",
        frm=("Dorothea Weiß", "d.weiss@elbarchiv.example.de"),
        subject="Ihre Bewerbung – Sachgebietsleitung Schriftgutverwaltung",
        subj_enc=("utf-8", "B"),
        date="2026-08-11T09:02:00+02:00",
        text=_elbarchiv_text, charset="windows-1252", cte="8bit"),
    msg(R, "hauptstadt_rueck_successfactors_b64", "de", "Hauptstadt Rück", "",
        frm=("Hauptstadt Rück Karriere", "noreply@successfactors.eu"),
        subject="Ihre Bewerbung: Data Governance Manager (m/w/d)",
        date="2026-01-23T11:44:00+01:00",
        text=_hauptstadt_text, cte="base64",
        headers=[("Auto-Submitted", "auto-generated")]),
    msg(R, "rhone_pourvu_en_interne", "fr", "Banque Rhône-Privée",
        "claire.vautier@rhone-privee.example.ch",
        frm=("Claire Vautier", "claire.vautier@rhone-privee.example.ch"),
        subject="Poste de Responsable de la gouvernance des données",
        date="2026-06-02T17:25:00+02:00",
        text=_rhone_text,
        reply="rp_cancel", id="rp_rej"),
    msg(R, "leman_teamtailor_regret", "fr", "Fondation Léman pour les Archives", "",
        frm=("Fondation Léman pour les Archives", "no-reply@teamtailor-mail.com"),
        subject="Votre candidature – Archiviste records manager",
        date="2026-04-17T08:20:00+02:00",
        html=_leman_html),
    msg(R, "dufour_relays_oipn", "fr", "Organisation internationale du patrimoine numérique",
        "j.favre@dufour-talents.example.ch",
        frm=("Julien Favre", "j.favre@dufour-talents.example.ch"),
        subject="Retour de l'OIPN",
        date="2026-07-02T11:35:00+02:00",
        text=_dufour_text),
    msg(R, "mga_after_interview_quotes_thanks", "fr", "Mutuelle Genevoise d'Assurances",
        "n.roux@mga-geneve.example.ch",
        frm=("Nathalie Roux", "n.roux@mga-geneve.example.ch"),
        subject="Re: Entretien du 11 juin à Genève",
        subj_enc=("iso-8859-1", "B"),
        date="2026-06-19T09:12:00+02:00",
        text=_mga_text, charset="iso-8859-1", cte="quoted-printable",
        refs=["<cand-0611-mga@example.co.uk>"]),
    msg(R, "manzanares_smartrecruiters_otros_perfiles", "es", "Banco Manzanares", "",
        frm=("Banco Manzanares", "noreply@smartrecruiters.com"),
        subject="Tu candidatura en Banco Manzanares",
        date="2026-03-12T12:00:00+01:00",
        text=_manzanares_text,
        html=ats_card("Banco Manzanares", "#b03a2e", "Analista de Gobierno del Dato",
                      paras(_manzanares_text), lang="es")),
    msg(R, "castellana_proceso_en_suspenso", "es", "Aseguradora Castellana",
        "lucia.herrero@castellana-seguros.example.es",
        frm=("Lucía Herrero Campos", "lucia.herrero@castellana-seguros.example.es"),
        subject="Proceso Responsable de Gestión Documental",
        date="2026-09-22T13:48:00+02:00",
        text=_castellana_text,
        html=word_html(paras(_castellana_text, "MsoNormal"), lang="ES")),
    msg(R, "prado_relays_unnamed_client", "es", "Talento Prado",
        "marta.iglesias@talentoprado.example.es",
        frm=("Marta Iglesias", "marta.iglesias@talentoprado.example.es"),
        subject="Respuesta del cliente – Data Steward",
        subj_enc=("utf-8", "Q"),
        date="2026-10-06T19:10:00+02:00",
        text=_prado_text),
    msg(R, "lumbre_after_interview_quotes_thanks", "es", "Fundación Lumbre de Datos",
        "javier.ortega@lumbredatos.example.es",
        frm=("Javier Ortega Salas", "javier.ortega@lumbredatos.example.es"),
        subject="Re: Gracias por la entrevista",
        date="2026-09-08T20:02:00+02:00",
        text=_lumbre_text, cte="base64",
        refs=["<cand-0908-lumbre@example.co.uk>"]),
]
