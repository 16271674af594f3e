"""Corpus 283, rejections: 31 hand-written messages (18 en, 5 de, 4 fr, 4 es)."""

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
from msgs283_invites import LVBC_INVITE, LVBC_MOVE
from msgs283_other import KULTURWERK_THANKS, LL_THANKS

R = "rejection"

# ------------------------------------------------------------------ English

_lsu = """Dear Aisling

Thank you for attending the assessment centre for the post of Alumni Fundraising Assistant (REQ-20417) on Tuesday 10 March.

The selection panel has now scored every candidate against the essential and desirable criteria in the job specification. Regrettably, your application has not been successful on this occasion.

If you would find it useful, written feedback on the group exercise and your presentation can be requested from the Candidate Home page for 28 days from the date of this message.

We appreciate the time and effort you put into the day.

Yours sincerely

Talent Acquisition
Lough Shore University"""

_ll = """Hi Aisling,

That's very kind of you, and thanks for coming in on the 13th - the team enjoyed meeting you.

I've been putting off writing this, because it was genuinely close. We've offered the Development Officer post to someone who has run a couple of Trusts & Foundations rounds before, and in the end the panel felt that grant-writing background tipped it for this particular role.

Your ideas about turning the box-office queue into a donor moment were brilliant, and I'd love to keep you in mind for the Individual Giving post we expect to advertise in the autumn.

All the best,
Conor

Conor Devlin
Head of Development | The Linen Loft Arts Centre
14 Ormeau Mill Lane, Belfast BT7 1EH
028 9099 0417"""

_clyde = """Dear Aisling,

Thank you for applying for the Community Fundraising Coordinator vacancy with Clyde Wynd Food Bank Network.

We received a very high number of applications for this post. After careful review, we have decided to move forward with candidates whose experience more closely matches the requirements of the role at this time.

We will hold your details on file for six months in line with our privacy notice, and you are welcome to apply for future vacancies.

Kind regards,

The People Team
Clyde Wynd Food Bank Network
Registered in Scotland as a charity (SC0-EXAMPLE)"""

_mourne = """Dear Ms Moreau-Kapoor,

Ref: MCDC/26/114 - Community Lottery & Events Officer

I am writing further to your application and the interview arrangements for the above post.

Following a review of departmental budgets for the 2026/27 financial year, the Council\u2019s Corporate Management Team has taken the decision that this role has been put on hold and we will not proceed with the appointment. No appointment will be made from this competition, and any future recruitment to a similar post would be advertised afresh.

We recognise the time you have given to the process and thank you for your interest in working for the Council. Travel expenses for your interview day can still be claimed using the form on the careers site until 30 September.

Yours sincerely,

HR & Organisational Development
Mourne Coast District Council
O'Hagan House, Monaghan Row, Newry BT35 8DJ

This e-mail and any attachment are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Mourne Coast District Council accepts no liability for any damage caused by any virus transmitted by this e-mail. Please consider the environment before printing this e-mail \u2013 thank you."""

_sperrin = """Aisling,

Sorry - we won't be taking your application further. Thanks for your time.

Marian

--
Marian Doherty
Director of Income Generation
Sperrin Light Cancer Support, 7 Bishop Street Without, Derry BT48 6PW
Tel 028 7126 0088"""

_bright = """Hi Aisling,

I've just come off the phone with the hiring manager at Liffey Wren Children's Hospice, and I'm afraid it's a no from them for the Community Fundraising Executive post.

Her feedback, in her own words, was that you were "warm, quick and clearly great with the public", but they've gone with someone who has managed a regional events calendar end to end, which is the bit of the role they were most worried about.

I know that's disappointing after two rounds. Please don't let it knock you - I'll have a couple more charity roles landing next week and I'll ring you about them.

Speak soon,
Ciara

Ciara Nolan
Senior Consultant, Not-for-Profit
Bright Causes Talent | 22 Merrion Row, Dublin 2 | +353 1 555 0192"""

_thistle = """Hello Aisling

Quick update from my side. My client has come back and they won't be progressing your application for the regional fundraising lead role.

They were clear that it isn't about you personally - they've decided the post needs someone who already line-manages a team of five or more, and that rules out a lot of good people.

I'll keep your CV on our active list. If you're still open to Glasgow, there are two events-led posts I'm briefing on next week.

Regards,
Fergus Laing
Principal Consultant
Thistle Third Sector Search Ltd, 48 West George Street, Glasgow G2 1BP
0141 496 0733

Thistle Third Sector Search Ltd is registered in Scotland, company no. SC000283. This message is confidential."""

_island = """Dear Aisling,

Many thanks for your interest in the Heritage Fundraising Officer post at Island Mill, and for the application you sent us in March.

I wanted to let you know personally that we have appointed an existing member of staff to the role. She has been covering the position on an acting basis since January and the trustees agreed it made sense to confirm her in post.

This means we will not be interviewing external applicants, and I'm sorry we could not give you the chance to meet the panel. We have no other fundraising vacancies open at present.

With best wishes,

Eil\u00eds Magennis
Operations Manager
Island Mill Heritage Trust
Linen Green, Lisburn BT28 1AG
Tel: 028 9266 0030 - Charity no. NIC100283 - Annual turnover: \u00a3412,000"""

_clanrye = """Dear Aisling

Thank you very much for applying for our Community Fundraising Assistant position.

I am sorry to have to tell you that the post has been withdrawn. The three-year grant that was due to fund it was not renewed at the end of March, and the Board has agreed that we cannot recruit to the role without it.

We are not taking any applications further, and your details will be deleted from our records in 30 days unless you ask us to keep them.

I genuinely hope our paths cross again.

Regards

Pádraig Ó Murchú
Chief Officer
Clanrye Community Foundation | 3 Hill Street, Newry BT34 1AR | 028 3026 0115"""

_halfloaf = """Hiya Aisling,

Hope you're keeping well. Listen, bad news I'm afraid - we've gone with one of our existing volunteers for the fundraising & events job. She knows the bakery and the regulars inside out and with the pop-up season starting it just made sense for us.

Honestly, I was gutted to be writing this one. You'd have been a great fit for the craic if nothing else! If you're ever passing the Ormeau shop, come in for a cuppa and a scone on us.

Take care,
Shauna
Half Loaf Bakery Collective"""

_kelvin = """Dear Aisling,

Thank you for your interest in the Regional Fundraising Officer role at Kelvin Heart Research.

As we have not been able to complete the telephone screening stage with you, and the shortlist for the next stage has now been finalised, we are unable to take your application any further.

We appreciate that plans can change and hope you will consider us again in future.

Best wishes,

Rhona McKechnie
Talent Partner, Kelvin Heart Research"""

_lvbc_cand = """Hi Gráinne,

Thursday at 14:00 is absolutely fine - thank you for letting me know.

Best wishes,
Aisling"""

_lvbc_new = """Dear Aisling

Thank you for attending interview on Thursday 16 July and for your presentation.

The panel met on Friday to consider all of the interviews. I am sorry to let you know that you were not the highest-scoring candidate and we will not be offering you the post.

Your overall score placed you on the reserve list, which remains live for twelve months. If the successful candidate does not take up the post, or a similar vacancy arises in that time, we may contact you.

If you would like feedback, I can arrange a short call with the panel chair.

Kind regards

Gráinne Boyle
HR Officer | People & Organisational Development
Lagan Valley Borough Council
Island Civic Centre, The Island, Lisburn BT27 4RL
T: 028 9244 0283

DISCLAIMER: This email and any files transmitted with it are confidential and are intended solely for the use of the individual or entity to whom they are addressed. Lagan Valley Borough Council may be required to disclose this email under the Freedom of Information Act 2000."""

_lvbc_text = (
    _lvbc_new
    + "\n\n"
    + outlook_block("en", "Aisling Moreau-Kapoor <aisling.mk@example.co.uk>",
                    "07 July 2026 19:02", "Boyle, Gráinne <grainne.boyle@laganvalley.example.gov.uk>",
                    "RE: Interview - Community Grants & Fundraising Officer")
    + "\n\n"
    + _lvbc_cand
    + "\n\n"
    + outlook_block("en", "Boyle, Gráinne <grainne.boyle@laganvalley.example.gov.uk>",
                    "07 July 2026 16:41", "Aisling Moreau-Kapoor <aisling.mk@example.co.uk>",
                    "RE: Interview - Community Grants & Fundraising Officer")
    + "\n\n"
    + LVBC_MOVE
    + "\n\n"
    + outlook_block("en", "Boyle, Gráinne <grainne.boyle@laganvalley.example.gov.uk>",
                    "06 July 2026 11:20", "Aisling Moreau-Kapoor <aisling.mk@example.co.uk>",
                    "Interview - Community Grants & Fundraising Officer")
    + "\n\n"
    + LVBC_INVITE
)

_anna = """Hi Aisling,

Thanks again for your interest in the Literacy Campaigns Fundraiser position at Anna Livia Literacy Trust.

We have now completed first-stage interviews. Since we weren't able to meet you at your booked slot and we have filled the second-stage places, we won't be moving your candidacy forward for this role.

We wish you every success in your search.

Anna Livia Literacy Trust - Talent Team"""

_broomielaw = """Dear Aisling Moreau-Kapoor

Application: Partnerships & Fundraising Officer (Job ID 7731)

We have now completed shortlisting for this vacancy. Unfortunately you have not been shortlisted for interview on this occasion.

Due to the volume of applications we are unable to provide individual feedback at the shortlisting stage.

Thank you for your interest in Broomielaw Youth Foundation.

This is an automated message from our recruitment system. Replies to this address are not monitored."""

_bogside = """Dear Aisling,

Thanks for spending Saturday with us at the gallery - the visitors on the print-making table clearly loved you and Deirdre said the till has never been so tidy.

We've thought hard about the Membership & Fundraising Assistant role since. The honest answer is that we need someone who can hit the ground running on our database migration this summer, and another candidate had done exactly that at her last charity. So we won't be offering you the role.

I'm sorry it isn't better news. Would you be open to us passing your details to our friends at the Foyle Arts Forum? They have a volunteer coordinator post coming up.

Warmly,
Róisín Gallagher
Director, Bogside Printworks Gallery
2 Rossville Street, Derry/Londonderry BT48 6LX"""

_cavehill = """Dear Aisling,

Thank you for applying for the role of Events & Challenge Fundraiser (Req 26-0419) at Cavehill Respite Care.

After reviewing your application against the requirements of this position, we regret that we will not be progressing it to interview.

Please note this decision relates only to the Events & Challenge Fundraiser vacancy. Any other applications you have submitted to Cavehill Respite Care are assessed separately and remain under review.

Kind regards,
Cavehill Respite Care Recruitment

This mailbox is not monitored. Please do not reply to this email."""

_merchant = """Hi Aisling,

Thanks for coming to see us on the 14th, and for being so flexible about the date.

I'll be straight with you as I promised I would: we've decided to offer the Membership & Giving Coordinator role to another candidate. The panel liked your energy a lot, but the other person had run a membership scheme with a box-office CRM, and that swung it.

I'm more than happy to do a ten-minute call next week to talk you through the panel's notes if that would be useful - just reply with a time that suits.

Best,
Isla

Isla Drummond
Head of Audiences & Development
Merchant City Playhouse, 61 Candleriggs, Glasgow G1 1NP
+44 141 496 0522"""

_craobh_html = ats_card(
    "Craobh Community Arts",
    "#7c3aed",
    paras("""Hello Aisling,

Thank you for taking the time to apply for Fundraising & Outreach Worker.

We have looked carefully at your application and, on this occasion, we have decided not to take it further.

We know this is not the news you were hoping for. We'll hold on to your details and may get in touch if a suitable role comes up.

Craobh Community Arts"""),
    "Sent via Workable on behalf of Craobh Community Arts. "
    '<a href="https://apply.workable.com/craobh-community-arts-example/">View our open jobs</a>',
)

# ------------------------------------------------------------------ German

_domstadt = """Hallo Frau Moreau-Kapoor,

vielen Dank für Ihre Bewerbung als Referentin Spenderbetreuung (m/w/d) und Ihr Interesse an der Domstadt Kinderhilfe.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen jedoch mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Ihre Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des Verfahrens gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Domstadt Kinderhilfe

Diese E-Mail wurde automatisch über Personio versendet. Bitte antworten Sie nicht auf diese Nachricht."""

_rheinbogen = """Sehr geehrte Frau Moreau-Kapoor,

wir danken Ihnen für Ihre Bewerbung auf die Stelle "Mitarbeiterin Alumni-Fundraising" (Kennziffer 2026-017) an der Universität am Rheinbogen.

Die Stelle konnte inzwischen mit einer internen Bewerberin besetzt werden. Das Auswahlverfahren ist damit abgeschlossen; eine Einladung zu Gesprächen mit externen Bewerberinnen und Bewerbern erfolgt nicht.

Ihre Bewerbungsunterlagen werden nach Ablauf der gesetzlichen Fristen gelöscht.

Mit freundlichen Grüßen
Im Auftrag
Dezernat Personal
Universität am Rheinbogen"""

_kulturwerk_new = """Liebe Aisling,

herzlichen Dank für Ihre freundlichen Zeilen - das Gespräch hat uns auch viel Spaß gemacht.

Leider muss ich Ihnen trotzdem eine Absage schicken: Wir haben uns für eine Kandidatin entschieden, die schon zwei Jahre Förderanträge bei der Kulturstiftung des Landes geschrieben hat. Genau das brauchen wir im ersten Jahr am dringendsten.

Falls Sie im Herbst in Köln sind, kommen Sie gern zu unserer Spendengala - ich setze Sie auf die Gästeliste.

Herzliche Grüße
Jana Wittkamp
Leitung Fundraising
Kulturwerk Deutz | Deutzer Freiheit 83 | 50679 Köln"""

_rheinland = """Hallo Frau Moreau-Kapoor,

kurze Rückmeldung aus dem Prozess bei der Veedelsstiftung Nippes: Der Stiftungsvorstand hat sich gegen eine Fortsetzung mit Ihnen entschieden.

Begründet wurde das mit fehlender Erfahrung im Großspenden-Bereich - das Gespräch selbst kam nach meinem Eindruck gut an. Da Sie den ersten Termin verpasst hatten, war der Zeitplan am Ende sehr knapp.

Ich melde mich, sobald ich wieder etwas Passendes im Kölner Raum habe.

Viele Grüße
Tobias Engels
Senior Consultant Soziales & Non-Profit
Rheinland Sozialpersonal GmbH | Hohenzollernring 52 | 50672 Köln | +49 221 555 0283
Geschäftsführer: M. Schüller | Amtsgericht Köln HRB 000283"""

_lindenthal = """Sehr geehrte Frau Moreau-Kapoor,

Sie hatten sich bei uns als Fundraiserin für das Projekt "Jugend im Quartier" beworben.

Aufgrund der Haushaltssperre der Stadt entfällt die Förderung für 2026 vollständig. Die ausgeschriebene Stelle wird deshalb ersatzlos gestrichen, und wir können das Bewerbungsverfahren nicht weiterführen.

Wir bedauern das sehr - für Sie und für die Jugendlichen im Veedel.

Mit freundlichen Grüßen
Gregor Hülsmann
Geschäftsführung
Lindenthaler Jugendhilfe e.V. · Dürener Straße 199 · 50931 Köln
Telefon 0221 555 0417 · Vereinsregister Köln VR 0283
„Gemeinsam stark für junge Menschen“"""

# ------------------------------------------------------------------ French

_estuaire = """Bonjour Aisling,

Je reviens vers vous comme promis au sujet du poste de chargée de collecte de fonds auprès des particuliers.

Le conseil d'administration a décidé de geler ce recrutement jusqu'à la fin de l'année, dans l'attente du vote de notre budget 2027. Le poste est donc suspendu et nous ne donnerons pas suite à votre candidature, pas plus qu'à celles des autres personnes rencontrées.

Je sais que vous aviez déjà dû composer avec l'annulation de notre entretien en avril ; je suis désolée que le processus se termine ainsi.

Bien cordialement,

Hélène Guérin
Responsable des ressources humaines
Fondation Estuaire Solidaire
12 quai de la Fosse - 44000 Nantes
02 40 55 02 83"""

_ulo_html_inner = paras("""Madame,

Nous vous remercions de l'intérêt que vous avez porté à l'Université Loire-Océan et à l'offre « Chargé(e) de mécénat et relations alumni » (réf. ULO-2026-088).

Après examen attentif de votre dossier par la commission de recrutement, nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus.

Nous conservons votre profil dans notre vivier de talents pendant deux ans, sauf opposition de votre part.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des ressources humaines
Université Loire-Océan""")

_sillon_new = """Bonjour Aisling,

Je voulais vous appeler mais je tombe sur votre messagerie, alors je vous écris.

La Maison des Arts de l'Erdre a fait son choix et ce n'est pas vous, malheureusement. Ils ont retenu une candidate qui travaillait déjà avec leurs principaux mécènes locaux. La directrice a beaucoup apprécié votre parcours atypique et votre français, elle me l'a dit deux fois.

Je reste à vos côtés pour la suite : j'ai une mission dans une association d'éducation populaire à Rezé qui pourrait vous plaire.

Bien à vous,
Mathilde Kervella
Consultante associée - Cabinet Sillon Recrutement
5 rue Crébillon, 44000 Nantes - 06 12 00 02 83"""

_sillon_old = """Bonjour Mathilde,

Merci pour ce retour. L'entretien avec la directrice s'est très bien passé de mon côté, j'ai hâte d'avoir des nouvelles.

Belle journée,
Aisling"""

_lucioles = """Chère Aisling,

Merci pour notre échange de vendredi dernier.

Nous ne poursuivrons pas avec votre candidature pour le poste de chargée de relations donateurs. Le bureau de l'association a préféré une personne déjà installée à Nantes et disponible dès juillet.

Nous vous souhaitons bonne chance.

Yannick Le Bihan
Trésorier, Les Lucioles de Nantes"""

# ------------------------------------------------------------------ Spanish

_ria = """Hola Aisling:

Te escribo para cerrar el proceso del puesto de Técnica de Captación de Fondos.

Tras la entrevista que no pudo celebrarse el día 18 y con el calendario que tenemos para incorporar a la persona en septiembre, hemos decidido continuar únicamente con las candidatas que completaron la segunda fase. No seguiremos adelante con tu candidatura.

Gracias por el interés que has mostrado en la Fundación.

Un saludo,

Itziar Goikoetxea
Responsable de Personas
Fundación Ría Solidaria
Muelle de Ripa 4, 48001 Bilbao - 944 00 02 83"""

_nervion_html = ats_card(
    "Teatro del Nervión",
    "#b91c1c",
    paras("""Hola Aisling,

Gracias por participar en el proceso de selección para Coordinadora de Mecenazgo y Amigos del Teatro.

Hemos revisado con atención tu perfil y la videollamada con el equipo. En esta ocasión hemos optado por otra candidatura cuyo perfil se ajusta mejor a lo que necesitamos en este momento.

Te animamos a seguir nuestras ofertas en nuestra página de empleo.

Un saludo,
Equipo de Personas - Teatro del Nervión"""),
    "Este mensaje se ha enviado a través de Recruitee. No respondas a este correo.",
    lang="es",
)

_bizkaia = """Buenos días, Aisling:

Te llamo y no te localizo, así que te lo dejo por escrito.

Nuestro cliente nos ha comunicado que no continúa con tu candidatura para el puesto de responsable de eventos solidarios. Buscan a alguien con euskera acreditado (nivel C1) para tratar con ayuntamientos y diputación, y ese requisito no lo podemos cubrir.

Sigo pendiente de otras vacantes en Bilbao y alrededores y te aviso en cuanto salga algo.

Un abrazo,
Amaia Etxeberria
Consultora - Bizkaia Talento Social
Gran Vía 45, 48011 Bilbao - 944 00 04 17

Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine. Protección de datos: Bizkaia Talento Social, S.L. trata sus datos para la gestión de procesos de selección."""

_arenal_inner = paras("""Estimada Sra. Moreau-Kapoor:

Le agradecemos su participación en la convocatoria de Técnico/a de Relaciones con Antiguos Alumnos y Mecenazgo (ref. UA-RRHH-26/041).

Le comunicamos que la plaza ha sido cubierta y que, por tanto, el proceso de selección queda cerrado. Su candidatura no ha resultado seleccionada.

Le deseamos mucho éxito en su trayectoria profesional.

Atentamente,

Servicio de Recursos Humanos
Universidad del Arenal
Plaza del Arenal 1, 48005 Bilbao""")


MESSAGES = [
    {
        "name": "workday_assessment_centre_outcome", "kind": R, "lang": "en",
        "company": "Lough Shore University", "contact": "",
        "frm": ("Lough Shore University", "loughshore@myworkday.com"),
        "subject": "Update on your application: Alumni Fundraising Assistant (REQ-20417)",
        "date": "2026-03-19T16:02:00+00:00",
        "html": ats_card("Lough Shore University", "#1e3a8a", paras(_lsu),
                      "Please do not reply to this automated message. "
                      '<a href="https://loughshore.wd3.myworkday.com/loughshore/d/home.htmld">'
                      "Candidate Home</a>"),
        "cte": "base64",
        "headers": [("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Notifications")],
    },
    {
        "name": "greenhouse_reply_to_thank_you", "kind": R, "lang": "en",
        "company": "The Linen Loft Arts Centre", "contact": "conor.devlin@linenloft.example.co.uk",
        "frm": ("Conor Devlin via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Conor Devlin", "conor.devlin@linenloft.example.co.uk"),
        "subject": "Re: Thank you \u2013 Development Officer interview",
        "subject_keep_prefix": "Re: ", "subject_enc": ("utf-8", "Q"),
        "date": "2026-03-24T12:47:00+00:00", "refs": ["ll-invite", "ll-thanks"],
        "text": _ll + "\n\n" + on_wrote("en", "Fri, 13 Mar 2026 at 18:40", *CAND) + "\n"
        + quote(LL_THANKS),
        "html": paras(_ll + "\n\n" + on_wrote("en", "Fri, 13 Mar 2026 at 18:40", *CAND) + "\n"
                   + quote(LL_THANKS)),
    },
    {
        "name": "lever_closer_match", "kind": R, "lang": "en",
        "company": "Clyde Wynd Food Bank Network", "contact": "",
        "frm": ("Clyde Wynd Food Bank Network", "no-reply@hire.lever.co"),
        "subject": "Your application to Clyde Wynd Food Bank Network",
        "date": "2026-02-06T10:15:00+00:00", "refs": ["clyde-ack"],
        "text": _clyde, "cte": "quoted-printable",
    },
    {
        "name": "council_role_on_hold", "kind": R, "lang": "en",
        "company": "Mourne Coast District Council", "contact": "",
        "frm": ("Mourne Coast District Council", "mournecoast@taleo.net"),
        "subject": "MCDC/26/114 Community Lottery & Events Officer \u2013 outcome",
        "subject_enc": ("windows-1252", "Q"),
        "date": "2026-09-07T09:30:00+01:00",
        "text": _mourne, "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "name": "terse_director", "kind": R, "lang": "en",
        "company": "Sperrin Light Cancer Support", "contact": "marian.doherty@sperrinlight.example.org.uk",
        "frm": ("Marian Doherty", "marian.doherty@sperrinlight.example.org.uk"),
        "subject": "Re: Community Fundraiser application",
        "date": "2026-05-19T17:58:00+01:00", "refs": ["sperrin-invite", "sperrin-postponed"],
        "text": _sperrin,
    },
    {
        "name": "agency_relays_hospice_no", "kind": R, "lang": "en",
        "company": "Liffey Wren Children's Hospice", "contact": "ciara.nolan@brightcauses.example.ie",
        "frm": ("Ciara Nolan", "ciara.nolan@brightcauses.example.ie"),
        "subject": "Liffey Wren - feedback",
        "date": "2026-02-27T15:22:00+00:00",
        "text": _bright, "html": paras(_bright),
    },
    {
        "name": "agency_unnamed_client_no", "kind": R, "lang": "en",
        "company": "Thistle Third Sector Search", "contact": "fergus.laing@thistle3s.example.co.uk",
        "frm": ("Fergus Laing", "fergus.laing@thistle3s.example.co.uk"),
        "subject": "Regional fundraising lead - update",
        "date": "2026-08-12T11:04:00+01:00",
        "text": _thistle, "cte": "quoted-printable",
    },
    {
        "name": "filled_by_acting_postholder", "kind": R, "lang": "en",
        "company": "Island Mill Heritage Trust", "contact": "eilis.magennis@islandmill.example.org.uk",
        "frm": ("Eilís Magennis", "eilis.magennis@islandmill.example.org.uk"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Heritage Fundraising Officer",
        "date": "2026-04-28T14:40:00+01:00", "refs": ["island-cv-received"],
        "text": _island, "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "name": "post_withdrawn_grant_ended", "kind": R, "lang": "en",
        "company": "Clanrye Community Foundation", "contact": "padraig.omurchu@clanrye.example.org.uk",
        "frm": ("Pádraig Ó Murchú", "padraig.omurchu@clanrye.example.org.uk"),
        "frm_enc": ("utf-8", "B"),
        "subject": "Re: Application - Community Fundraising Assistant",
        "date": "2026-04-24T10:12:00+01:00", "refs": ["clanrye-app"],
        "html": word_html(paras(_clanrye)), "cte": "quoted-printable",
        "headers": [("X-MS-Has-Attach", ""), ("Thread-Topic", "Application - Community Fundraising Assistant")],
    },
    {
        "name": "casual_volunteer_got_it", "kind": R, "lang": "en",
        "company": "Half Loaf Bakery Collective", "contact": "shauna@halfloaf.example.co.uk",
        "frm": ("Shauna Kerr", "shauna@halfloaf.example.co.uk"),
        "subject": "fundraising job",
        "date": "2026-07-15T21:33:00+01:00", "refs": ["halfloaf-trial", "halfloaf-missed"],
        "text": _halfloaf,
    },
    {
        "name": "after_missed_screen", "kind": R, "lang": "en",
        "company": "Kelvin Heart Research", "contact": "rhona.mckechnie@kelvinheart.example.org.uk",
        "frm": ("Kelvin Heart Research", "no-reply@smartrecruiters.com"),
        "reply_to": ("Rhona McKechnie", "rhona.mckechnie@kelvinheart.example.org.uk"),
        "subject": "Regional Fundraising Officer - your application",
        "date": "2026-03-20T13:05:00+00:00", "refs": ["kelvin-screen", "kelvin-missed"],
        "text": _kelvin,
        "html": ats_card("Kelvin Heart Research", "#be123c", paras(_kelvin),
                      "Powered by SmartRecruiters"),
    },
    {
        "name": "council_long_outlook_chain", "kind": R, "lang": "en",
        "company": "Lagan Valley Borough Council", "contact": "grainne.boyle@laganvalley.example.gov.uk",
        "frm": ("Boyle, Gráinne", "grainne.boyle@laganvalley.example.gov.uk"),
        "frm_enc": ("iso-8859-1", "B"),
        "subject": "RE: Interview - Community Grants & Fundraising Officer",
        "date": "2026-07-28T15:16:00+01:00",
        "refs": ["lvbc-invite", "lvbc-moved", "lvbc-cand-ok"],
        "text": _lvbc_text, "cte": "quoted-printable",
        "html": word_html(paras(_lvbc_text)),
        "headers": [("Thread-Topic", "Interview - Community Grants & Fundraising Officer"),
                 ("X-MS-Exchange-Organization-AuthAs", "Internal")],
    },
    {
        "name": "ashby_after_no_show", "kind": R, "lang": "en",
        "company": "Anna Livia Literacy Trust", "contact": "",
        "frm": ("Anna Livia Literacy Trust", "no-reply@ashbyhq.com"),
        "subject": "Your application at Anna Livia Literacy Trust",
        "date": "2026-09-09T08:50:00+01:00",
        "text": _anna, "cte": "base64", "html": paras(_anna), "html_cte": "base64",
    },
    {
        "name": "successfactors_not_shortlisted", "kind": R, "lang": "en",
        "company": "Broomielaw Youth Foundation", "contact": "",
        "frm": ("Broomielaw Youth Foundation Careers", "careers-noreply@successfactors.eu"),
        "subject": "Application: Partnerships & Fundraising Officer (Job ID 7731)",
        "date": "2026-06-03T07:45:00+01:00",
        "text": _broomielaw,
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "name": "after_gallery_trial_day", "kind": R, "lang": "en",
        "company": "Bogside Printworks Gallery", "contact": "roisin@bogsideprintworks.example.org.uk",
        "frm": ("Róisín Gallagher", "roisin@bogsideprintworks.example.org.uk"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Membership & Fundraising Assistant",
        "date": "2026-06-23T18:20:00+01:00",
        "text": _bogside, "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "name": "icims_one_of_two_roles", "kind": R, "lang": "en",
        "company": "Cavehill Respite Care", "contact": "",
        "frm": ("Cavehill Respite Care Recruitment", "donotreply@icims.com"),
        "subject": "Events & Challenge Fundraiser (Req 26-0419)",
        "date": "2026-09-14T12:00:00+01:00",
        "key": "cavehill-rej-events",
        "html": ats_card("Cavehill Respite Care", "#047857", paras(_cavehill),
                      "Cavehill Respite Care uses iCIMS to manage recruitment."),
    },
    {
        "name": "playhouse_offers_feedback_call", "kind": R, "lang": "en",
        "company": "Merchant City Playhouse", "contact": "isla.drummond@merchantcity.example.co.uk",
        "frm": ("Isla Drummond", "isla.drummond@merchantcity.example.co.uk"),
        "subject": "Membership & Giving Coordinator",
        "date": "2026-05-22T16:44:00+01:00", "refs": ["mcp-invite", "mcp-cand-move", "mcp-moved"],
        "text": _merchant, "html": paras(_merchant),
    },
    {
        "name": "workable_card", "kind": R, "lang": "en",
        "company": "Craobh Community Arts", "contact": "",
        "frm": ("Craobh Community Arts", "noreply@candidates.workablemail.com"),
        "subject": "Craobh Community Arts \u2014 Fundraising & Outreach Worker",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-10-20T09:01:00+01:00",
        "html": _craobh_html, "cte": "quoted-printable",
    },
    # ------------------------------------------------------------ German
    {
        "name": "personio_absage", "kind": R, "lang": "de",
        "company": "Domstadt Kinderhilfe", "contact": "",
        "frm": ("Domstadt Kinderhilfe", "no-reply@personio.de"),
        "subject": "Ihre Bewerbung als Referentin Spenderbetreuung (m/w/d)",
        "date": "2026-03-16T08:10:00+01:00",
        "text": _domstadt, "html": paras(_domstadt), "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
    {
        "name": "softgarden_intern_besetzt", "kind": R, "lang": "de",
        "company": "Universität am Rheinbogen", "contact": "",
        "frm": ("Universität am Rheinbogen", "jobs-noreply@softgarden.io"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Ihre Bewerbung - Kennziffer 2026-017",
        "date": "2026-02-17T11:25:00+01:00",
        "text": _rheinbogen, "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "name": "nach_gespraech_antwort_auf_dank", "kind": R, "lang": "de",
        "company": "Kulturwerk Deutz", "contact": "jana.wittkamp@kulturwerk-deutz.example.de",
        "frm": ("Jana Wittkamp", "jana.wittkamp@kulturwerk-deutz.example.de"),
        "subject": "AW: Danke für das Gespräch",
        "date": "2026-08-20T10:02:00+02:00", "refs": ["kw-invite", "kw-cancel", "kw-thanks"],
        "text": _kulturwerk_new + "\n\n" + on_wrote("de", "Fr., 14. Aug. 2026 um 19:12", *CAND)
        + "\n" + quote(KULTURWERK_THANKS),
    },
    {
        "name": "agentur_vorstand_dagegen", "kind": R, "lang": "de",
        "company": "Veedelsstiftung Nippes", "contact": "tobias.engels@rheinland-sozialpersonal.example.de",
        "frm": ("Tobias Engels", "tobias.engels@rheinland-sozialpersonal.example.de"),
        "subject": "Veedelsstiftung Nippes - Rückmeldung",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-05-04T17:30:00+02:00", "refs": ["veedel-invite", "veedel-missed"],
        "text": _rheinland, "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "name": "stelle_gestrichen_haushaltssperre", "kind": R, "lang": "de",
        "company": "Lindenthaler Jugendhilfe", "contact": "g.huelsmann@lindenthaler-jugendhilfe.example.de",
        "frm": ("Gregor Hülsmann", "g.huelsmann@lindenthaler-jugendhilfe.example.de"),
        "frm_enc": ("windows-1252", "Q"),
        "subject": "Ihre Bewerbung \u201eFundraiserin Jugend im Quartier\u201c",
        "subject_enc": ("windows-1252", "B"),
        "date": "2026-10-05T13:48:00+02:00",
        "text": _lindenthal, "charset": "windows-1252", "cte": "base64",
    },
    # ------------------------------------------------------------ French
    {
        "name": "recrutement_gele", "kind": R, "lang": "fr",
        "company": "Fondation Estuaire Solidaire", "contact": "helene.guerin@estuaire-solidaire.example.fr",
        "frm": ("Hélène Guérin", "helene.guerin@estuaire-solidaire.example.fr"),
        "subject": "Poste de chargée de collecte - suite",
        "date": "2026-05-12T09:40:00+02:00", "refs": ["estuaire-invite", "estuaire-cancel"],
        "text": _estuaire, "html": paras(_estuaire),
    },
    {
        "name": "taleo_html_iso", "kind": R, "lang": "fr",
        "company": "Université Loire-Océan", "contact": "",
        "frm": ("Université Loire-Océan - Recrutement", "universiteloireocean@taleo.net"),
        "frm_enc": ("iso-8859-1", "Q"),
        "subject": "Votre candidature - réf. ULO-2026-088",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-10-14T15:10:00+02:00",
        "html": ats_card("Université Loire-Océan", "#0e7490", _ulo_html_inner,
                      "Ce message est envoyé automatiquement, merci de ne pas y répondre.",
                      lang="fr"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "name": "cabinet_relaie_refus_client", "kind": R, "lang": "fr",
        "company": "Maison des Arts de l'Erdre", "contact": "mathilde.kervella@cabinet-sillon.example.fr",
        "frm": ("Mathilde Kervella", "mathilde.kervella@cabinet-sillon.example.fr"),
        "subject": "RE: Maison des Arts de l'Erdre - entretien directrice",
        "date": "2026-04-10T18:05:00+02:00", "refs": ["sillon-interview", "sillon-cand"],
        "text": _sillon_new + "\n\n" + on_wrote("fr", "mer. 1 avr. 2026 à 21:14", *CAND) + "\n"
        + quote(_sillon_old),
    },
    {
        "name": "association_breve", "kind": R, "lang": "fr",
        "company": "Les Lucioles de Nantes", "contact": "yannick.lebihan@lucioles-nantes.example.fr",
        "frm": ("Yannick Le Bihan", "yannick.lebihan@lucioles-nantes.example.fr"),
        "subject": "Candidature chargée de relations donateurs",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-06-19T12:31:00+02:00", "refs": ["lucioles-call", "lucioles-move"],
        "text": _lucioles, "charset": "iso-8859-1", "cte": "8bit",
    },
    # ------------------------------------------------------------ Spanish
    {
        "name": "fundacion_cierra_proceso", "kind": R, "lang": "es",
        "company": "Fundación Ría Solidaria", "contact": "itziar.goikoetxea@riasolidaria.example.es",
        "frm": ("Itziar Goikoetxea", "itziar.goikoetxea@riasolidaria.example.es"),
        "subject": "Proceso Técnica de Captación de Fondos",
        "date": "2026-06-30T11:18:00+02:00", "refs": ["ria-invite", "ria-moved", "ria-missed"],
        "text": _ria, "cte": "quoted-printable",
    },
    {
        "name": "recruitee_tarjeta", "kind": R, "lang": "es",
        "company": "Teatro del Nervión", "contact": "",
        "frm": ("Teatro del Nervión", "no-reply@jobs.recruitee.com"),
        "subject": "Tu candidatura en Teatro del Nervión",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-08-04T10:00:00+02:00",
        "html": _nervion_html, "cte": "base64",
    },
    {
        "name": "agencia_cliente_sin_nombre", "kind": R, "lang": "es",
        "company": "Bizkaia Talento Social", "contact": "amaia.etxeberria@bizkaiatalento.example.es",
        "frm": ("Amaia Etxeberria", "amaia.etxeberria@bizkaiatalento.example.es"),
        "subject": "Actualización candidatura - responsable de eventos",
        "subject_enc": ("windows-1252", "Q"),
        "date": "2026-03-26T13:37:00+01:00",
        "text": _bizkaia, "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "name": "universidad_plaza_cubierta", "kind": R, "lang": "es",
        "company": "Universidad del Arenal", "contact": "",
        "frm": ("Universidad del Arenal - RRHH", "no-reply@rrhh.uarenal.example.es"),
        "subject": "Convocatoria UA-RRHH-26/041: resolución",
        "date": "2026-07-09T14:00:00+02:00",
        "html": word_html(_arenal_inner, lang="es"), "cte": "quoted-printable",
        "headers": [("Auto-Submitted", "auto-generated")],
    },
]
