"""Corpus 263: the 31 rejections, hand-written (en 18, de 5, fr 4, es 4)."""

from msgs263_common import (
    ALVARO,
    CALLUM,
    CAMILLE,
    CAND,
    GARY,
    GHOST_CALEDONIA_INVITE,
    GHOST_HILLHEAD_THANKS,
    GHOST_KELVIN_TRIAL,
    INES,
    JANA,
    JULIEN,
    NADIA,
    NATHALIE,
    ROSS,
    SHONA,
    SIGRID,
    STEFAN,
    M,
    ats_card,
    gmail_quote_html,
    mso,
    on_wrote,
    outlook_block,
    outlook_html,
    outlook_quote_html,
    paras,
    quote,
    simple_html,
)
from msgs263_other import THANKS_GARONNE, THANKS_STRATHTAY

AUTO = [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]

# ---------------------------------------------------------------- English

R_STRATHTAY = """Dear Eilidh,

Thank you for your kind note, and apologies that it has taken me a little longer than I hoped to come back to you.

The panel met again on Wednesday to go through all six conversations. It was a close call, but we have offered the post to a candidate who has already run a staff development programme across a university school. I am sorry this is not the news you were hoping for.

Your session plan on induction for new support staff was one of the strongest pieces we saw, and Aileen asked me to pass on that she would be glad to see your name again when the Student Services trainer vacancy opens in the summer.

With best wishes,
Callum

Dr Callum Rennie
Head of Organisational Development
Strathtay University | Kinnoull Building, Perth PH1 2XY
01738 555 214
"""

R_TAYCOAST = """<p>Dear Ms Adebayo-Sørensen</p>
<p><b>Post:</b> Learning and Development Officer (Workforce Development)<br>
<b>Reference:</b> TCC-04471</p>
<p>I write to confirm the outcome of your application for the above post.</p>
<p>As you were not able to join the interview arranged for Tuesday 17 March, and the
selection panel has since concluded its assessment of all shortlisted applicants, the Council
is unable to consider your application any further. Your application has therefore been
marked as unsuccessful.</p>
<p>You are welcome to apply for future vacancies through myjobscotland or our own careers
pages.</p>
<p>Yours sincerely</p>
<p>People and Organisational Change<br>Tay Coast Council<br>Riverside House, Dundee DD1 4XA</p>
<hr>
<p style="font-size:11px;color:#555">This message was sent from an unmonitored mailbox. Please
do not reply. Tay Coast Council may monitor email traffic for security purposes.</p>"""

R_CLYDESIDE = """Hi Eilidh,

Bit of an awkward one, sorry. We'd been trying to find a new date for your call since Jessica went off sick, and in the meantime the finance team has frozen the L&D Coordinator budget until after the autumn review.

That means we won't be taking any candidates forward for this vacancy – yours included – and I didn't want you waiting on a call that isn't coming. If the post is re-opened I'll get in touch with you directly before it goes back on the website.

Thanks for being so patient with us.

Gary Lennox
Talent Partner | Clydeside Home & Garden
Unit 4, Hillington Park, Glasgow G52 4XB
"""

R_KINGSWAY = """Hi Eilidh,

Had Kingsway back on the phone this morning. I did explain about the mix-up with the call time last week and they appreciated that, but they'd already seen the rest of their shortlist and have decided to go with someone else for the Training Coordinator role. Not the answer either of us wanted.

For what it's worth, Lorna in their HR team said your CV was one of the few that actually showed delivery to adults rather than just to kids, so lean into that. I've got a couple of other briefs landing over the next fortnight and I'll be in touch.

Cheers,
Ross

Ross McAllister
Senior Consultant – Education & Training
Thistle Talent Partners
4th Floor, 120 West George Street, Glasgow G2 1QP
0141 555 0198 | 07700 900 733
"""

R_CAIRN = """Hi Eilidh,

Thanks for your patience while I chased feedback from my client, the national children's charity I mentioned with the Aberdeen hub.

They have come back to say they will not be moving you on to the next stage. The hiring manager felt the brief has shifted towards someone who can build e-learning in Articulate from day one, and that's a gap on your CV at the moment rather than a question of ability.

I know that's frustrating after the effort you put into the written exercise. If you fancy a quick call next week I can point you to a couple of free Rise 360 courses that would close that gap quickly.

Kind regards,
Shona

Shona Gillies | Recruitment Consultant
Cairn Recruitment
22 Union Terrace, Aberdeen AB10 1NN
T: 01224 555 760

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Cairn Recruitment Ltd is registered in Scotland, SC612345. Registered office: 22 Union Terrace, Aberdeen AB10 1NN.
"""

R_MEARNS = """Hi Eilidh,

Thank you for the time you invested in applying for the Learning & Development Coordinator position at Mearns Energy Services.

After reviewing where the team is heading over the next year, we have concluded that we will not be progressing your application. This reflects the specific mix of offshore safety training experience the role now needs rather than the quality of what you sent us.

We will keep your details in our talent community for twelve months, and you can update your profile at any time.

Best regards,
Talent Acquisition Team
Mearns Energy Services
"""

R_BRYGGEN = """Hello Eilidh,

Thanks for applying. We have gone with another applicant and will not take yours further.

Regards
Eirik Solheim
HR, Bryggen Seafood Group
"""

R_CANMORE = """<p>Hi Eilidh,</p>
<p>Thanks so much for speaking with Hamish and the team about the People Development Coordinator role. We really enjoyed hearing about your work with pupils and staff at Hilltown Brae Primary.</p>
<p>Having now completed the final conversations, we've offered the role to another candidate. We know this isn't the outcome you were hoping for, and we genuinely appreciate the time and thought you gave us.</p>
<p>We'd love to stay in touch &ndash; you're welcome to browse what's open with us whenever you like.</p>
<p>All the best,<br>The Canmore People Team</p>"""

R_HILLHEAD_NEW = """Dear Eilidh,

Thanks for your lovely email after Tuesday, and for the time you gave us. I tried to call but kept missing you, so I hope an email is OK.

We've now finished the second stage for the Apprenticeship Programme Coordinator post and I'm afraid we've decided to appoint someone who has worked with apprentice employers before. You came across really well, especially in the role-play with the "reluctant manager", and the panel noted how calmly you handled it.

Please do keep an eye on our vacancies – we expect to grow the team again next spring.

All the best,
Nadia

Nadia Qureshi
Head of Learner Services
Hillhead Learning
Kelvin Campus, 18 Byres Road, Glasgow G12 8AA
0141 555 3320
"""

R_HILLHEAD_QUOTED = """Hi Nadia,

Thank you for inviting me in today and for the tour of the learner hub. I really enjoyed the role-play and would be delighted to hear about next steps whenever you have them.

Best wishes,
Eilidh
"""

R_GLENISLA = """Dear Eilidh,

I'm writing about your application for the Training and Compliance Coordinator post at our Perth site.

Before we reached the shortlisting stage, one of our shift supervisors applied through the internal route and has been appointed to the role. The external recruitment has therefore closed and we won't be inviting any further candidates in.

I appreciate this is disappointing after the care you took with your covering letter. Thank you for thinking of Glenisla Foods.

Yours sincerely,

Karen Duthie
HR Business Partner
Glenisla Foods · Inveralmond Estate · Perth PH1 3XX
Tel 01738 555 901
"""

R_SIDLAW = """Dear Eilidh,

You sent us your CV in January for the Tenant Learning Coordinator post, and I promised to keep you updated.

Our board met last week and has withdrawn the funding for the tenant digital skills project, which means the coordinator post no longer exists. The vacancy has been closed for everyone who applied, so we won't be able to take your application any further.

Thank you for your interest in working with us – it was lovely to read about the homework club you set up.

Kind regards,
Ruth Imrie
Community Investment Manager
Sidlaw Housing Association
5 Strathmartine Road, Dundee DD3 7XX · 01382 555 640
"""

R_KELVIN = """Hiya Eilidh,

Quick one as I know you'll be waiting to hear. We talked it through after Saturday and I'm gutted to say we're going with Amir for the events and learning post – he's been running our Saturday story time for two years and the owners felt that tipped it.

Honestly loved having you in the shop, and the kids' workshop idea was brilliant. If you're ever passing the Byres Road branch, come in for a coffee on me.

Jo x

--
Jo Gallacher
Shop Manager, Kelvin Bookshops
"""

R_NORDHORDLAND = """<p>Dear Eilidh,</p>
<p>Thank you for completing the recorded video interview for the position <b>Learning Partner (Bergen)</b>, requisition R-20931.</p>
<p>Our recruitment team has now assessed all recorded interviews. Regrettably, your application will not be progressed to the next step of the process.</p>
<p>We appreciate the interest you have shown in Nordhordland Bank and encourage you to create job alerts on our career site.</p>
<p>Kind regards<br>Talent Acquisition<br>Nordhordland Bank</p>
<p style="font-size:11px;color:#777">This is a system-generated message. Replies to this address are not read.</p>"""

R_CALEDONIA = """Dear Eilidh Adebayo-Sørensen,

Re: Learning Coordinator – Job ID 2026-1187

We have now reviewed the candidates for this role in full. While your application was carefully considered, we regret to tell you that it will not be taken forward.

We will retain your details for six months in line with our privacy notice, and we may contact you should a suitable vacancy arise in that time.

We're grateful you considered a career with Caledonia Rail Training.

Recruitment Team
Caledonia Rail Training
Springburn Works, Glasgow G21 1XX

This mailbox is not monitored.
"""

R_FJORDLINE = """Hi Eilidh,

Thank you again for meeting Tor and me on Tuesday. It was a pleasure hearing about the peer-mentoring scheme you built for new support assistants.

We've now had the chance to discuss every conversation, and we've made the decision to pursue another candidate whose background is closer to corporate onboarding in the energy sector, which is where most of our client work sits this year.

I'd be glad to share more specific feedback on a short call if that's useful — just reply to this email.

Warm regards,
Sigrid

Sigrid Nilsen
Head of People Development, Fjordline Learning
Strandkaien 12, 5013 Bergen, Norway
"""

R_LEITH = """Hello Eilidh,

Thanks for your interest in the Training Administrator role at Leith Docks Logistics.

We’ve now completed recruitment for this position and it has been filled. I’m sorry to let you know that your application won’t be moving forward.

We’d encourage you to join our Talent Pool so you’re the first to hear about new roles in Edinburgh and Grangemouth.

Best wishes,
The Leith Docks Logistics recruitment team
"""

R_GRAMPIAN = """Dear Eilidh,

Many thanks for spending Thursday with us and for delivering the taster session to our first-year plumbing apprentices – not the easiest crowd!

I've talked it over with Elaine in HR and, on balance, we're not able to offer you the tutor-coordinator post. The deciding factor was the need for someone who can also assess SVQ units, which would have meant you completing the assessor award before starting.

I'm copying in Elaine, who'll reimburse your travel from Dundee – please reply to her with your receipts.

Regards,
Duncan Forbes
Curriculum Manager, Construction Trades
Grampian Skills Academy | Altens Industrial Estate, Aberdeen AB12 3LE
01224 555 488
"""

R_TAYVALLEY = """Hi Eilidh,

Thank you for applying for the Store Training Coordinator role at Tay Valley Retail.

We received a large number of applications and, after careful review, we've decided to move forward with candidates whose experience more closely matches the requirements of this role.

We appreciate your interest and wish you every success in your search.

Tay Valley Retail Talent Team
"""

# ---------------------------------------------------------------- German

R_LERNWERK_NEW = """Liebe Frau Adebayo-Sørensen,

wie angekündigt melde ich mich noch einmal zur Position „Learning & Development Coordinator (m/w/d) – Standort Edinburgh“.

Wir haben die Stelle inzwischen neu zugeschnitten: Sie wird künftig von unserem Hamburger Team aus betreut und setzt sehr gute Kenntnisse im deutschen Ausbildungsrecht voraus. Deshalb können wir Ihre Bewerbung nicht weiter berücksichtigen und werden das abgesagte Gespräch auch nicht nachholen.

Das tut mir aufrichtig leid, zumal Ihre Unterlagen einen sehr guten Eindruck gemacht haben. Ihre Daten löschen wir gemäß unseren Datenschutzhinweisen nach sechs Monaten.

Mit freundlichen Grüßen
Jana Albrecht
Talent Acquisition

Lernwerk Akademie GmbH · Kehrwieder 8 · 20457 Hamburg
Tel. +49 40 555 1290
Geschäftsführerin: Dr. Heike Brandes · Amtsgericht Hamburg HRB 123456
"""

R_LERNWERK_QUOTED = """Liebe Frau Adebayo-Sørensen,

danke für Ihre Nachricht. Wir müssen den Termin am 30. April leider ganz absagen, da sich die Teamstruktur gerade ändert. Ich melde mich, sobald ich Ihnen Neues sagen kann – ein Ersatztermin folgt dann.

Viele Grüße
Jana Albrecht
"""

R_LINDEMANN = """<p>Sehr geehrte Frau Adebayo-S&oslash;rensen,</p>
<p>vielen Dank f&uuml;r Ihr Interesse an der Position <b>Trainerin f&uuml;r Mitarbeiterentwicklung (m/w/d)</b> und f&uuml;r das angenehme Gespr&auml;ch mit Herrn Brandt.</p>
<p>Nach sorgf&auml;ltiger Abw&auml;gung haben wir uns f&uuml;r eine Kandidatin entschieden, deren Profil unseren aktuellen Anforderungen noch etwas n&auml;her kommt. Wir bedauern, Ihnen keine positivere Nachricht geben zu k&ouml;nnen.</p>
<p>F&uuml;r Ihren weiteren beruflichen Weg w&uuml;nschen wir Ihnen alles Gute.</p>
<p>Freundliche Gr&uuml;&szlig;e<br>Ihr Recruiting-Team von Kaufhaus Lindemann</p>
<p style="font-size:11px;color:#888">Diese E-Mail wurde automatisch &uuml;ber softgarden versendet. Antworten an diese Adresse k&ouml;nnen nicht bearbeitet werden.</p>"""

R_BRUECKNER = """Hallo Frau Adebayo-Sørensen,

ich habe heute Vormittag mit Frau Dr. Kessler von der Hochschule Elbmarsch telefoniert. Die Kommission hat sich nach den Gesprächen für eine interne Kollegin aus dem Weiterbildungszentrum entschieden.

Frau Kessler hat ausdrücklich betont, wie gut Ihr Kurzvortrag zur Einarbeitung von Lehrbeauftragten angekommen ist. Für eine Zusage hat es trotzdem nicht gereicht - das ist nicht die Nachricht, die ich Ihnen gern überbracht hätte.

Sobald ein passendes neues Mandat auf dem Tisch liegt, hören Sie von mir.

Beste Grüße
Stefan Brückner

Brückner Personalberatung
Ballindamm 17, 20095 Hamburg
Tel. +49 40 555 7781
"""

R_SONNENTAL = """Sehr geehrte Frau Adebayo-Sørensen,

vielen Dank für Ihre Bewerbung als Koordinatorin Erwachsenenbildung und für das freundliche Telefonat mit unserem Team.

Aus organisatorischen Gründen wird die Stelle bis auf Weiteres nicht besetzt. Das Auswahlverfahren ist damit für alle Bewerberinnen und Bewerber beendet, und wir können Ihre Bewerbung nicht weiterverfolgen.

Sollten wir die Position zu einem späteren Zeitpunkt erneut ausschreiben, freuen wir uns, wenn Sie sich wieder bewerben.

Mit freundlichen Grüßen
Ihr Bildungswerk Sonnental
"""

R_QUADRIGA_NEW = """Hallo Frau Adebayo-Sørensen,

danke für Ihr Interesse. Wir haben uns anders entschieden.

Gruß
M. Oehler
"""

R_QUADRIGA_QUOTED = """Guten Tag Frau Adebayo-Sørensen,

wir waren heute um 14:00 Uhr zum Videocall verabredet. Ich war bis 14:20 Uhr im Meeting-Raum, Sie haben sich leider nicht eingewählt. Ist etwas dazwischengekommen?

Mark Oehler
Quadriga Training
"""

# ---------------------------------------------------------------- French

R_GARONNE = """Bonjour Eilidh,

Merci pour votre message et pour votre disponibilité tout au long du processus.

Après une dernière réunion avec la direction pédagogique, nous avons retenu une candidate qui coordonne déjà des formations en alternance dans la région. Nous ne donnerons donc pas suite à votre candidature pour le poste de coordinatrice formation.

Votre présentation sur l'accueil des nouveaux formateurs a beaucoup plu, et je me permettrai de vous recontacter si un poste similaire s'ouvre à Mérignac à la rentrée.

Bien cordialement,

Camille Dufour
Chargée de recrutement
Groupe Garonne Formation
12 quai des Chartrons, 33000 Bordeaux
05 56 55 01 23
"""

R_AQUITAINE = """Madame,

Nous vous remercions de l'intérêt que vous portez à Banque Aquitaine Atlantique et du temps que vous avez consacré à nos entretiens pour le poste de Chargée de développement des compétences.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de recrutement.

Nous conservons votre dossier dans notre vivier de talents pendant deux ans, sauf opposition de votre part.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

La Direction des Ressources Humaines
Banque Aquitaine Atlantique
"""

R_ATLANTIQUE = """Bonjour Eilidh,

J'ai enfin eu le retour de mon client, l'organisme de formation dont je vous avais parlé (je ne peux toujours pas le nommer, le recrutement reste confidentiel).

Il a choisi de poursuivre avec un profil qui maîtrise déjà Qualiopi et les audits de certification. Ce n'est donc pas une issue favorable pour vous cette fois-ci, et j'en suis désolé.

Je garde votre profil en tête : j'ai deux missions de coordination pédagogique qui devraient s'ouvrir en octobre sur Bordeaux et Libourne.

Bonne journée,
Julien

Julien Mercier
Consultant senior – Formation & RH
Atlantique Talents
45 cours de l'Intendance, 33000 Bordeaux
06 55 01 44 87
"""

R_METROPOLE = """Madame,

Suite à votre candidature au poste de chargée de formation (catégorie B) au sein de la Direction des ressources humaines, je vous informe que ce poste a finalement été pourvu par voie de mobilité interne.

La procédure de recrutement externe est donc close et il ne sera pas donné suite à votre candidature. Je vous remercie néanmoins de l’intérêt que vous avez porté à notre collectivité et vous prie d’agréer, Madame, l’expression de mes salutations distinguées.

Nathalie Roux
Responsable du pôle Recrutement et Mobilité
Métropole Estuaire – Œuvrer ensemble pour le territoire
Esplanade Charles-de-Gaulle, 33000 Bordeaux

"""

# ---------------------------------------------------------------- Spanish

R_DUERO = """<p>Estimada Sra. Adebayo-Sørensen:</p>
<p>Le agradecemos sinceramente su participación en el proceso de selección para la plaza de <b>Técnica de Formación del Personal de Administración y Servicios</b> (ref. PAS-2026-014).</p>
<p>Lamentamos comunicarle que la comisión de valoración ha propuesto a otra candidatura para cubrir el puesto. Las puntuaciones definitivas pueden consultarse en la sede electrónica de la Universidad.</p>
<p>Reciba un cordial saludo,</p>
<p>Servicio de Recursos Humanos<br>Universidad del Duero<br>Plaza de Santa Cruz 9, 47002 Valladolid</p>
<p style="font-size:11px;color:#666">Mensaje generado automáticamente. Por favor, no responda a este correo.</p>"""

R_TALENTO = """Hola Eilidh:

Te escribo con la respuesta de Almacenes Zorrilla. Me cuentan que les gustaste mucho en la entrevista con Beatriz, pero al final han cerrado el puesto con una persona que ya trabajaba en su equipo de tiendas de Palencia y conoce el sistema de caja.

Sé que te hacía ilusión este proyecto. No lo tomes como algo personal: han primado la promoción interna.

Seguimos en contacto, en cuanto tenga algo en formación o RR. HH. en Valladolid te aviso.

Un abrazo,
Álvaro

Álvaro Pardo
Consultor de selección · Talento Castilla
C/ Santiago 18, 2.º, 47001 Valladolid · 983 55 02 71
"""

R_MESETA_NEW = """Estimada Eilidh:

Tras la reorganización del área de Personas que anunciamos esta semana, el banco ha decidido cancelar la búsqueda de una Coordinadora de Formación en Valladolid. No vamos a cubrir la vacante este año, así que tu candidatura queda cerrada junto con las del resto de participantes.

Te pido disculpas por las molestias, también por la llamada que no llegamos a completar.

Un saludo cordial,
Inés Calvo
Responsable de Selección
Banco Meseta · Paseo de Zorrilla 30, 47006 Valladolid

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al remitente y elimínelo.
"""

R_MESETA_QUOTED = """Hola Eilidh:

Te hemos llamado dos veces a las 10:00 para la entrevista telefónica y no hemos podido localizarte. ¿Va todo bien? Si quieres, proponme otro hueco esta semana.

Inés
"""

R_CAMPOGRANDE = """¡Hola Eilidh!

Al final nos quedamos con Pablo para las clases de los sábados y la coordinación de los cursos de verano. Me supo fatal decírtelo por teléfono y no me cogías, así que te lo escribo.

Eres un encanto con los chavales y si en primavera abrimos el segundo grupo de inglés, serás la primera a la que llame.

Besos,
Maite
Academia Campo Grande
"""


def _outlook_pair(new: str, header: list[str], quoted: str, lang: str = "EN-GB") -> str:
    return outlook_html(mso(new) + "\n" + outlook_quote_html(header, mso(quoted)), lang)


MESSAGES = [
    # 1 Strathtay: answer to her thank-you, which it quotes (thread)
    M(kind="rejection", slug="strathtay_after_panel_quotes_thanks", lang="en",
      company="Strathtay University", contact=CALLUM[1], key="stu_rej", parent="stu_thanks",
      frm=CALLUM, subject="Re: Thank you – L&D Coordinator interview",
      subject_enc=("utf-8", "Q"), date="2026-03-13 12:01 +0000",
      text=R_STRATHTAY + "\n" + on_wrote("en", "Wed, 4 Mar 2026 at 18:12", *CAND) + "\n"
      + quote(THANKS_STRATHTAY) + "\n",
      text_cte="quoted-printable",
      headers=[("X-Mailer", "Microsoft Outlook 16.0")]),
    # 2 Tay Coast Council: formal outcome after the missed interview, HTML only
    M(kind="rejection", slug="council_outcome_after_no_show_html", lang="en",
      company="Tay Coast Council", contact="",
      frm=("Tay Coast Council Recruitment", "no-reply@taycoast.example.gov.uk"),
      subject="Application reference TCC-04471: outcome", date="2026-03-27 07:00 +0000",
      html=simple_html(R_TAYCOAST), html_cte="quoted-printable", headers=AUTO),
    # 3 Clydeside: role frozen, ATS relay with recruiter's Reply-To
    M(kind="rejection", slug="retailer_post_frozen_via_smartrecruiters", lang="en",
      company="Clydeside Home & Garden", contact=GARY[1], parent="chg_ill",
      frm=("Gary Lennox via SmartRecruiters", "notifications@smartrecruiters.com"),
      reply_to=GARY, subject="Re: Phone interview – L&D Coordinator",
      date="2026-05-05 10:25 +0100",
      text=R_CLYDESIDE, html=simple_html(paras(R_CLYDESIDE)),
      text_cte="quoted-printable", html_cte="quoted-printable"),
    # 4 Agency relays the named client's no (after the missed call)
    M(kind="rejection", slug="agency_relays_kingsway_no", lang="en",
      company="Kingsway Building Society", contact=ROSS[1], parent="ttp_kingsway_missed",
      frm=ROSS, subject="Kingsway - update", date="2026-02-19 11:40 +0000",
      text=R_KINGSWAY, text_cte="8bit"),
    # 5 Agency, client not named: company is the agency; Outlook HTML + disclaimer
    M(kind="rejection", slug="agency_unnamed_charity_outlook", lang="en",
      company="Cairn Recruitment", contact=SHONA[1], parent="cairn_reg",
      frm=SHONA, subject="RE: Learning & Development Officer – feedback",
      date="2026-03-30 14:50 +0100",
      text=R_CAIRN, html=outlook_html(mso(R_CAIRN)), text_cte="quoted-printable",
      html_cte="base64", headers=[("X-MS-Has-Attach", ""), ("Thread-Topic",
                                  "Learning & Development Officer - feedback")]),
    # 6 Greenhouse formal rejection, no human address
    M(kind="rejection", slug="greenhouse_energy_formal", lang="en",
      company="Mearns Energy Services", contact="",
      frm=("Mearns Energy Services", "no-reply@greenhouse-mail.io"),
      subject="Your application to Mearns Energy Services", date="2026-06-16 09:00 +0100",
      text=R_MEARNS,
      html=ats_card("Mearns Energy Services", "#0b3d5c", paras(R_MEARNS),
                    "Sent via Greenhouse. Manage your candidate data preferences in your "
                    "profile."),
      html_cte="quoted-printable", headers=AUTO),
    # 7 Terse human one, Bergen employer writing English
    M(kind="rejection", slug="terse_bergen_seafood", lang="en",
      company="Bryggen Seafood Group", contact="eirik.solheim@bryggenseafood.example.no",
      frm=("Eirik Solheim", "eirik.solheim@bryggenseafood.example.no"),
      subject="Training coordinator application", date="2026-06-09 08:47 +0200",
      text=R_BRYGGEN),
    # 8 Lever, HTML only
    M(kind="rejection", slug="lever_insurer_html_only", lang="en",
      company="Canmore Insurance", contact="",
      frm=("Canmore Insurance", "no-reply@hire.lever.co"),
      subject="Update on your application – Canmore Insurance", subject_enc=("utf-8", "B"),
      date="2026-05-28 18:30 +0100",
      html=ats_card("Canmore Insurance", "#6d28d9", R_CANMORE,
                    "Canmore Insurance uses Lever to manage hiring. "
                    '<a href="https://jobs.lever.co/canmore-example">Open roles</a>'),
      html_cte="base64", headers=AUTO),
    # 9 After second-stage: Outlook reply quoting her thank-you (From/Sent block)
    M(kind="rejection", slug="training_provider_outlook_quotes_thanks", lang="en",
      company="Hillhead Learning", contact=NADIA[1], parent=GHOST_HILLHEAD_THANKS,
      frm=NADIA, subject="RE: Thank you – today's interview", subject_enc=("utf-8", "Q"),
      date="2026-07-24 15:15 +0100",
      text=R_HILLHEAD_NEW + "\n" + outlook_block(
          "en", *CAND, "Tuesday, July 21, 2026 5:48 PM", "Nadia Qureshi",
          "Thank you – today's interview") + "\n\n" + R_HILLHEAD_QUOTED,
      html=outlook_html(mso(R_HILLHEAD_NEW) + "\n" + outlook_quote_html(
          ["From: Eilidh Adebayo-Sørensen <eilidh.as@example.co.uk>",
           "Sent: Tuesday, July 21, 2026 5:48 PM", "To: Nadia Qureshi",
           "Subject: Thank you – today's interview"], mso(R_HILLHEAD_QUOTED))),
      text_cte="quoted-printable", html_cte="quoted-printable"),
    # 10 Filled internally, human, plain quoted-printable
    M(kind="rejection", slug="food_firm_filled_internally", lang="en",
      company="Glenisla Foods", contact="karen.duthie@glenislafoods.example.co.uk",
      frm=("Karen Duthie", "karen.duthie@glenislafoods.example.co.uk"),
      subject="Training and Compliance Coordinator (Perth)", date="2026-03-11 10:10 +0000",
      text=R_GLENISLA, text_cte="quoted-printable"),
    # 11 Role cancelled (funding withdrawn)
    M(kind="rejection", slug="housing_post_withdrawn", lang="en",
      company="Sidlaw Housing Association", contact="ruth.imrie@sidlawhousing.example.org.uk", parent="sidlaw_cv_received",
      frm=("Ruth Imrie", "ruth.imrie@sidlawhousing.example.org.uk"),
      subject="Re: Application – Tenant Learning Coordinator", subject_enc=("utf-8", "Q"),
      date="2026-02-04 12:00 +0000",
      text=R_SIDLAW, html=simple_html(paras(R_SIDLAW)), text_cte="quoted-printable"),
    # 12 Casual, colleague-style
    M(kind="rejection", slug="bookshop_casual_after_trial_saturday", lang="en",
      company="Kelvin Bookshops", contact="jo@kelvinbookshops.example.co.uk",
      parent=GHOST_KELVIN_TRIAL, frm=("Jo Gallacher", "jo@kelvinbookshops.example.co.uk"),
      subject="Re: Saturday", date="2026-09-14 17:55 +0100", text=R_KELVIN,
      text_cte="quoted-printable"),
    # 13 Workday, base64 HTML only
    M(kind="rejection", slug="workday_bank_after_video", lang="en",
      company="Nordhordland Bank", contact="",
      frm=("Nordhordland Bank", "nordhordlandbank@myworkday.com"),
      subject="Your application for Learning Partner (Bergen)", date="2026-09-22 06:30 +0200",
      html=ats_card("Nordhordland Bank", "#14532d", R_NORDHORDLAND,
                    "Powered by Workday"), html_cte="base64", headers=AUTO),
    # 14 iCIMS formal, plain + HTML, after the missed call
    M(kind="rejection", slug="icims_rail_training_formal", lang="en",
      company="Caledonia Rail Training", contact="", parent=GHOST_CALEDONIA_INVITE,
      frm=("Caledonia Rail Training Careers", "noreply@icims.com"),
      subject="Learning Coordinator – Job ID 2026-1187", subject_enc=("utf-8", "Q"),
      date="2026-08-14 16:00 +0100", text=R_CALEDONIA,
      html=ats_card("Caledonia Rail Training", "#9f1239", paras(R_CALEDONIA),
                    "iCIMS Talent Platform"),
      text_cte="quoted-printable", html_cte="quoted-printable", headers=AUTO),
    # 15 Ashby, recruiter's Reply-To, after interview
    M(kind="rejection", slug="ashby_bergen_after_interview", lang="en",
      company="Fjordline Learning", contact=SIGRID[1], parent="fjord_invite",
      frm=("Sigrid Nilsen (Fjordline Learning)", "no-reply@ashbyhq.com"), reply_to=SIGRID,
      subject="Following up on our conversation", date="2026-04-02 13:00 +0200",
      text=R_FJORDLINE, text_cte="quoted-printable"),
    # 16 Teamtailor, windows-1252 body
    M(kind="rejection", slug="teamtailor_logistics_cp1252", lang="en",
      company="Leith Docks Logistics", contact="",
      frm=("Leith Docks Logistics", "no-reply@teamtailor-mail.com"),
      subject="Training Administrator at Leith Docks Logistics", date="2026-07-01 09:05 +0100",
      text=R_LEITH, text_charset="windows-1252", text_cte="quoted-printable",
      headers=AUTO),
    # 17 After trial day; Reply-To is HR, not the sender
    M(kind="rejection", slug="college_after_trial_day_reply_to_hr", lang="en",
      company="Grampian Skills Academy", contact="elaine.christie@grampianskills.example.co.uk",
      parent="gsa_trial",
      frm=("Duncan Forbes", "duncan.forbes@grampianskills.example.co.uk"),
      reply_to=("Elaine Christie", "elaine.christie@grampianskills.example.co.uk"),
      cc=[("Elaine Christie", "elaine.christie@grampianskills.example.co.uk")],
      subject="Thursday's taster session – decision", subject_enc=("utf-8", "Q"),
      date="2026-09-04 11:00 +0100", text=R_GRAMPIAN, text_cte="quoted-printable"),
    # 18 Workable, the classic soft wording
    M(kind="rejection", slug="workable_retail_closer_match", lang="en",
      company="Tay Valley Retail", contact="", parent="tvr_ack",
      frm=("Tay Valley Retail", "noreply@workablemail.com"),
      subject="Store Training Coordinator – Tay Valley Retail", subject_enc=("utf-8", "B"),
      date="2026-10-06 10:00 +0100", text=R_TAYVALLEY,
      html=ats_card("Tay Valley Retail", "#b45309", paras(R_TAYVALLEY),
                    "Powered by Workable"), headers=AUTO),
    # 19 Lernwerk: rejection after the cancelled meeting, Outlook quote of the cancellation
    M(kind="rejection", slug="lernwerk_absage_nach_terminabsage", lang="de",
      company="Lernwerk Akademie", contact=JANA[1], key="lw_rej", parent="lw_cancel",
      frm=JANA, subject="AW: Abgesagt: Kennenlernen L&D Coordinator (Edinburgh)",
      date="2026-05-12 14:30 +0200",
      text=R_LERNWERK_NEW + "\n" + outlook_block(
          "de", *JANA, "Donnerstag, 23. April 2026 10:00", "Eilidh Adebayo-Sørensen",
          "Abgesagt: Kennenlernen L&D Coordinator (Edinburgh)") + "\n\n" + R_LERNWERK_QUOTED,
      html=_outlook_pair(R_LERNWERK_NEW, [
          "Von: Jana Albrecht <jana.albrecht@lernwerk-akademie.example.de>",
          "Gesendet: Donnerstag, 23. April 2026 10:00",
          "An: Eilidh Adebayo-Sørensen <eilidh.as@example.co.uk>",
          "Betreff: Abgesagt: Kennenlernen L&D Coordinator (Edinburgh)"],
          R_LERNWERK_QUOTED, "DE"),
      text_cte="quoted-printable", html_cte="base64"),
    # 20 softgarden, HTML only, iso-8859-1 body and B-encoded iso-8859-1 subject
    M(kind="rejection", slug="softgarden_kaufhaus_html_latin1", lang="de",
      company="Kaufhaus Lindemann", contact="",
      frm=("Kaufhaus Lindemann Recruiting", "no-reply@softgarden.io"),
      subject="Rückmeldung zu Ihrer Bewerbung als Trainerin für Mitarbeiterentwicklung",
      subject_enc=("iso-8859-1", "B"), date="2026-07-02 16:40 +0200",
      html=ats_card("Kaufhaus Lindemann", "#7c2d12", R_LINDEMANN, "softgarden e-recruiting",
                    "de"),
      html_charset="iso-8859-1", html_cte="quoted-printable", headers=AUTO),
    # 21 Agency relays named client's no; iso-8859-1 body, Q-encoded display name
    M(kind="rejection", slug="personalberatung_hochschule_absage", lang="de",
      company="Hochschule Elbmarsch", contact=STEFAN[1], parent="brk_elbmarsch",
      frm=STEFAN, name_enc=("iso-8859-1", "Q"),
      subject="Hochschule Elbmarsch - Rückmeldung", subject_enc=("iso-8859-1", "Q"),
      date="2026-03-18 11:20 +0100", text=R_BRUECKNER, text_charset="iso-8859-1",
      text_cte="quoted-printable"),
    # 22 Personio: position on hold, process ended
    M(kind="rejection", slug="personio_stelle_nicht_besetzt", lang="de",
      company="Bildungswerk Sonnental", contact="",
      frm=("Bildungswerk Sonnental", "noreply@personio.de"),
      subject="Ihre Bewerbung als Koordinatorin Erwachsenenbildung",
      date="2026-09-24 09:10 +0200", text=R_SONNENTAL,
      html=ats_card("Bildungswerk Sonnental", "#365314", paras(R_SONNENTAL),
                    "Gesendet mit Personio", "de"),
      text_cte="base64", html_cte="quoted-printable", headers=AUTO),
    # 23 Terse human, quoting the missed-meeting mail
    M(kind="rejection", slug="terse_quadriga_quotes_missed_call", lang="de",
      company="Quadriga Training", contact="mark.oehler@quadriga-training.example.de",
      parent="quad_missed",
      frm=("Mark Oehler", "mark.oehler@quadriga-training.example.de"),
      subject="AW: Videocall heute 14 Uhr", date="2026-10-09 08:05 +0200",
      text=R_QUADRIGA_NEW + "\n" + on_wrote(
          "de", "01.10.2026 um 14:31", "Mark Oehler", "mark.oehler@quadriga-training.example.de")
      + "\n" + quote(R_QUADRIGA_QUOTED) + "\n", text_cte="8bit"),
    # 24 Garonne: after interview, quotes her thank-you (Le ... a écrit)
    M(kind="rejection", slug="garonne_apres_entretien_cite_remerciements", lang="fr",
      company="Groupe Garonne Formation", contact=CAMILLE[1], parent="gar_thanks",
      frm=CAMILLE, subject="Re: Merci pour l'entretien de mardi",
      date="2026-04-08 10:30 +0200",
      text=R_GARONNE + "\n" + on_wrote("fr", "jeu. 26 mars 2026 à 19:02", *CAND) + "\n"
      + quote(THANKS_GARONNE) + "\n",
      html=simple_html(paras(R_GARONNE) + "\n" + gmail_quote_html(
          on_wrote("fr", "jeu. 26 mars 2026 à 19:02", *CAND), paras(THANKS_GARONNE)), "fr"),
      text_cte="quoted-printable", html_cte="quoted-printable"),
    # 25 Workday, iso-8859-1 text + HTML, Q-encoded iso-8859-1 subject
    M(kind="rejection", slug="workday_banque_latin1", lang="fr",
      company="Banque Aquitaine Atlantique", contact="", parent="baa_invite",
      frm=("Banque Aquitaine Atlantique", "banqueaquitaine@myworkday.com"),
      subject="Votre candidature : Chargée de développement des compétences",
      subject_enc=("iso-8859-1", "Q"), date="2026-06-05 17:20 +0200",
      text=R_AQUITAINE, html=ats_card("Banque Aquitaine Atlantique", "#1e3a8a",
                                      paras(R_AQUITAINE), "Workday", "fr"),
      text_charset="iso-8859-1", html_charset="iso-8859-1", text_cte="quoted-printable",
      html_cte="quoted-printable", headers=AUTO),
    # 26 Agency, confidential client: company is the agency
    M(kind="rejection", slug="cabinet_client_confidentiel", lang="fr",
      company="Atlantique Talents", contact=JULIEN[1],
      frm=JULIEN, subject="Retour de mon client – coordination pédagogique",
      subject_enc=("utf-8", "B"), date="2026-09-10 18:05 +0200", text=R_ATLANTIQUE,
      text_cte="quoted-printable"),
    # 27 Filled internally, windows-1252 8bit
    M(kind="rejection", slug="metropole_pourvu_mobilite_interne", lang="fr",
      company="Métropole Estuaire", contact=NATHALIE[1], parent="me_missed",
      frm=NATHALIE, subject="Votre candidature - chargée de formation (catégorie B)",
      date="2026-09-15 15:45 +0200", text=R_METROPOLE, text_charset="windows-1252",
      text_cte="8bit"),
    # 28 SuccessFactors, HTML only
    M(kind="rejection", slug="successfactors_universidad_html", lang="es",
      company="Universidad del Duero", contact="", parent="ud_cancel",
      frm=("Universidad del Duero - Selección", "noreply@successfactors.eu"),
      name_enc=("utf-8", "B"),
      subject="Resolución del proceso PAS-2026-014", date="2026-06-01 13:00 +0200",
      html=simple_html(R_DUERO, "es"), html_cte="quoted-printable", headers=AUTO),
    # 29 Agency relays named client's no; B-encoded display name
    M(kind="rejection", slug="agencia_zorrilla_no", lang="es",
      company="Almacenes Zorrilla", contact=ALVARO[1], parent="tc_zorrilla",
      frm=ALVARO, name_enc=("utf-8", "B"),
      subject="Almacenes Zorrilla: respuesta", date="2026-07-27 12:15 +0200",
      text=R_TALENTO, text_cte="base64"),
    # 30 Process cancelled, quotes the missed-call mail, legal notice
    M(kind="rejection", slug="banco_proceso_cancelado_cita_llamada", lang="es",
      company="Banco Meseta", contact=INES[1], parent="bm_missed",
      frm=INES, subject="RE: Entrevista telefónica", subject_enc=("iso-8859-1", "Q"),
      date="2026-09-25 09:40 +0200",
      text=R_MESETA_NEW + "\n" + on_wrote("es", "mié, 16 sept 2026 a las 10:22", *INES)
      + "\n" + quote(R_MESETA_QUOTED) + "\n", text_cte="quoted-printable"),
    # 31 Casual, windows-1252 8bit
    M(kind="rejection", slug="academia_casual_cp1252", lang="es",
      company="Academia Campo Grande", contact="maite@academiacampogrande.example.es",
      frm=("Maite Sanz", "maite@academiacampogrande.example.es"),
      subject="Lo de los sábados", subject_enc=("iso-8859-1", "B"),
      date="2026-10-07 21:10 +0200", text=R_CAMPOGRANDE, text_charset="windows-1252",
      text_cte="8bit"),
]
