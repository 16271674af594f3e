"""Corpus 195 - rejections (31): hand-written, one spec per message."""

from msgs195_common import (
    CAND_ADDR,
    CAND_NAME,
    CANDIDATE_ACCENTED,
    M,
    ats_card,
    esc,
    forwarded,
    html_page,
    outlook_block,
    outlook_html,
    paras,
    quote,
    reply_chain,
)

K = "rejection"

# ---------------------------------------------------------------- English

_foyle_text = """Hi Roisin,

No bother about Wednesday, these things happen.

I've had a chat with the home manager though and we're going to go with two people who are already on our bank list for the administrator post, so I won't be setting up another call. Sorry it's not better news.

All the best with the search,
Declan

""" + reply_chain("en", "Wed, 11 Feb 2026 at 13:52", CAND_NAME, CAND_ADDR, """Hi Declan,

I'm so sorry I missed your call this morning. My shift overran and my phone was in my locker. Would you be able to try me again later this week? I'm free any time after 3 on Thursday or Friday.

Kind regards,
Roisin""")

_maashaven_text = """Dear Roisin,

Thank you for the time you have invested in applying for International Patient Services Coordinator at Maashaven Zorggroep, and for your patience over the last few weeks.

Following a review of our 2026 budget, the board has decided to put this position on hold for the rest of the year. That means we will not proceed with your application, or with any other application for this vacancy.

This is not a reflection on your profile. If the post is opened again we will publish it on our careers site, and you are very welcome to apply once more.

Met vriendelijke groet / Kind regards,

Femke de Graaf
Recruiter, Maashaven Zorggroep
Maashaven Oostzijde 42, 3072 Rotterdam
"""

_maashaven_html = ats_card(
    "Maashaven Zorggroep - Careers",
    paras(_maashaven_text),
    footer="Sent with Recruitee on behalf of Maashaven Zorggroep. Replies go to the recruiter.",
    accent="#00626f",
)

_mb_thanks = """Dear Gemma,

Thank you for arranging yesterday's interview, and please pass my thanks to Mrs Okafor and Mr Stanley as well. I enjoyed hearing about the ward and how the clerks work with the discharge team, and I'd love the chance to be part of it.

Kind regards,
Roisin Vasquez-Lindholm"""

_mb_text = """Dear Roisin,

Thank you for your kind note after the interview, it was passed on to the panel.

I'm sorry to tell you that you were not the successful candidate for the Ward Clerk post (ref. MB-2026-0417). The panel were impressed by your patient-facing experience, but the post went to an applicant who has already worked on a hospital ward administration system. If you would like feedback, Mrs Okafor is happy to have a short call with you.

Best wishes,

Gemma Rimmer
Recruitment Coordinator | Workforce Directorate
Mersey Bank Community Health NHS Trust
Bankside House, 14 Dock Road, Liverpool L3 4BX
Tel: 0151 496 0732

""" + outlook_block("en", "Roisin Vasquez-Lindholm <roisin.vl@example.co.uk>",
                    "18 June 2026 08:41", "Rimmer Gemma <gemma.rimmer@merseybank.example.org.uk>",
                    "Thank you - Ward Clerk interview", _mb_thanks) + """

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please tell the sender and delete it. Mersey Bank Community Health NHS Trust does not accept liability for views expressed by individual staff.
"""

_greenway_text = """Hi Roisin,

Quick update on the receptionist/administrator role at the private clinic on the Malone Road I put you forward for last week.

They came back to me this morning and it's a no, I'm afraid. They really wanted someone who has used their particular booking software before, and they had a couple of applicants who had. Their loss, honestly.

I'll keep an eye out and ring you as soon as something else comes in that suits.

Cheers,
Ryan

Ryan Quigley
Senior Consultant - Healthcare Admin
Greenway Healthcare Recruitment
Unit 4, Weavers Court, Linfield Road, Belfast BT12 5GH
T: 028 9099 2210 | M: 07700 900 771
"""

_tolka_text = """Roisin,

Following on from the interview slot on the 9th, we won't be taking your application for the Practice Administrator role any further.

Regards,
Saoirse

--
Saoirse Nic Giolla Phádraig
Business Manager, Tolka Primary Care Network
Unit 3, Drumcondra Road Upper, Dublin 9

""" + reply_chain("en", "Thu, 9 Jul 2026 at 14:22", "Saoirse Nic Giolla Phádraig",
                  "saoirse.nicgiolla@tolkapcn.example.ie", """Hi Roisin,

We were on Teams for your interview at 14:00 today and waited a quarter of an hour but you didn't come into the meeting. Is everything OK?

Saoirse""")

_lagan_uni_html = html_page("""<div style="max-width:620px">
<p><img src="https://careers.laganuni.example.ac.uk/img/crest.png" alt="University of the Lagan" width="160"></p>
<p>Dear Roisin Vasquez-Lindholm,</p>
<p><b>Requisition 26/0113 &ndash; Student Records Assistant (Grade 4), School of Nursing</b></p>
<p>We are writing to let you know the outcome of shortlisting for the above post.</p>
<p>The shortlisting panel assessed every application strictly against the essential and desirable criteria in the job description. On this occasion your application did not meet the criteria at the level needed to be invited to the next stage, and it will not be taken further.</p>
<p>Because of the number of applications received we are not able to provide individual feedback at the shortlisting stage.</p>
<p>We appreciate your interest in working with the University and hope you will look at our vacancies again in future.</p>
<p>Yours sincerely,<br>
Human Resources &ndash; Recruitment Team<br>
University of the Lagan</p>
<hr>
<p style="font-size:11px;color:#777">This message was sent from an unmonitored mailbox. Please do not reply. Use the &lsquo;Contact us&rsquo; link on the careers portal for queries.</p>
</div>""", title="Outcome of your application")

_council_text = """Dear Ms Vasquez-Lindholm,

Post: Customer Services Administrator (Scale 4), Environmental Health
Reference: MVBC/26/031

Please find attached a letter about the outcome of the shortlisting exercise for the above post.

I regret that on this occasion you have not been shortlisted for interview. The panel shortlisted applicants who demonstrated at least one year's experience of processing service requests in a local government setting, which was an essential criterion.

Your details will be kept on file for six months, after which they will be securely destroyed in line with the Council's retention schedule.

Yours sincerely,

Lorraine Kerr
Human Resources Officer
Mourne Vale Borough Council
Civic Centre, 2 Newry Street, Banbridge BT32 3HA
Tel: 028 4062 0187
"""

_stbrigids_text = """Dear Róisín,

Thank you for applying for the Administration Assistant position at our Glasnevin home, and for sending in your references so quickly.

As it turned out, one of our healthcare assistants who has been with us for six years applied for the post and has been appointed to it, so the vacancy is now filled and we won't be shortlisting external applicants.

I am sorry to be writing with this news. I would be glad to keep your CV on our file for any other administration openings across our three homes.

Le gach dea-ghuí,

Maeve Ó Cuilleanáin
HR Manager
St Brigid's Nursing Homes
Ballymun Road, Glasnevin, Dublin 11
"""

_hearth_text = """Hiya Roisin,

Right, I'll not beat about the bush - we've gone with someone else for the volunteer coordinator post. I'm genuinely gutted, because I loved our chat on Friday and you'd have been great with the families.

What swung it in the end was that the other person has run a volunteer rota before, and the board were nervous about training someone up with the Christmas appeal coming. That's all it was.

Please don't be a stranger. We're advertising an admin post in the spring and I'll give you a shout when it goes up.

Niamh x

Niamh Gilmore
Services Manager | Hearthstone Dementia Charity
"""

_southside_text = """Hello Roisin,

Thank you for applying for the Carer Support Administrator position at Glasgow Southside Carers Network.

We have now reviewed all the applications we received. After careful consideration we have decided to move forward with candidates whose experience more closely matches what we need at this point, and so we will not be progressing your application.

We are grateful for the time you put into your application and wish you every success.

Glasgow Southside Carers Network
"""

_southside_html = ats_card(
    "Glasgow Southside Carers Network",
    paras(_southside_text),
    footer="Powered by Workable. You are receiving this email because you applied for a job "
           "at Glasgow Southside Carers Network.",
    accent="#6b2c91",
)

_merseyview_text = """Hi Roisin,

Thanks so much for coming in to meet Paul and me at Sefton Lodge on Wednesday, and for being flexible when we had to move the time.

We've now met all of the shortlisted candidates for the Home Administrator role. It was a close decision, but we've offered the role to another candidate and they have accepted.

We really enjoyed meeting you and would be happy to hear from you again if you see another role with us that catches your eye.

Warm regards,
Lauren Byrne
Talent Acquisition Partner, Merseyview Care Homes
"""

_merseyview_html = html_page(paras(_merseyview_text) + """
<p style="color:#999;font-size:11px">Sent via Greenhouse &middot; Merseyview Care Homes, 88 Allerton Road, Liverpool L18 2DA</p>""")

_ancoats_text = """Hi Roisin,

We wanted to let you know that we've reviewed where things stand with your application for Rota and Admin Officer at Ancoats Community Care.

We will not be taking your candidacy forward for this role. Please don't let this put you off looking at our other vacancies in the future.

Best,
The Ancoats Community Care hiring team
"""

_kralingen_text = """Dear Roisin,

I'm writing with an update that I'm afraid is disappointing.

Last week our management team agreed a restructure of the front-office teams across our two locations. As part of that, the Patient Administration Officer vacancy you applied for has been withdrawn, and the work will be divided among existing colleagues. We are therefore closing the recruitment process without making an appointment.

I'm sorry for the trouble this causes after the effort you put into your application and the first conversation. Thank you for your interest in Kralingen Health Hub.

Kind regards,

Joost van Dijk
HR Advisor
Kralingen Health Hub | Oudedijk 187, 3061 AJ Rotterdam
+31 10 555 0142
"""

_waterside_text = """Dear Roisin,

Thank you for coming to see us on Tuesday for the Office and Bookings Assistant interview.

We had a strong field and, having scored all interviews, the panel has decided not to offer you the post. You scored well on the question about dealing with distressed callers - the panel particularly liked your example from the care home - but lower on the spreadsheet exercise, and the role involves a lot of work in Excel.

If it would help, I'm happy to go through the scoring with you over the phone.

With best wishes,

Shauna Doherty
Operations Lead
Waterside Wellbeing
Glendermott Road, Derry / Londonderry BT47 6BG
Tel: 028 7134 5501
Registered charity NIC10442

""" + reply_chain("en", "Fri, 24 Apr 2026 at 16:05", "Shauna Doherty",
                  "shauna.doherty@watersidewellbeing.example.org.uk", """Dear Roisin,

I'd like to invite you to interview for the Office and Bookings Assistant post on Tuesday 5 May at 11:30 at our Glendermott Road office. The interview will last around 40 minutes and includes a short spreadsheet exercise.

Please confirm you can attend.

Shauna""")

_cq_text = """Dear Roisin,

Thank you for your application for Dental Receptionist (maternity cover) at Cathedral Quarter Dental Group.

We have read your application with interest. On reflection, we have chosen not to progress it at this stage. We received a high number of applications for this post from people with dental practice experience.

We would like to thank you for considering us and wish you luck with your job search.

Kind regards,
Recruitment
Cathedral Quarter Dental Group
"""

_cq_html = ats_card("Cathedral Quarter Dental Group", paras(_cq_text),
                    footer="This email was sent from BambooHR. Please do not reply to it.",
                    accent="#0d7a5f")

_client_rej = """Hi Conor,

Thanks for sending Roisin's details over. We've decided to keep the post for someone with GP practice experience, as we have no capacity to train on EMIS at the moment. Could you pass on our thanks to her?

Heather Boyd
Practice Manager
Lisburn Road Medical Practice"""

_blackstaff_text = """Hi Roisin,

See below from Lisburn Road Medical Practice - unfortunately they have decided not to go ahead with you for the reception post. It is down to the EMIS experience and nothing else.

Don't be too disheartened, I've two more practices looking at the moment and I'm sending your CV to both today.

Conor

Conor Magee | Recruitment Consultant
Blackstaff Staffing | 19 Great Victoria Street, Belfast BT2 7BA | 028 9024 7781

""" + forwarded("en", "Heather Boyd <heather.boyd@lisburnroadmp.example.co.uk>",
                "Mon, 20 Apr 2026 at 09:12", "RE: Candidate - R Vasquez-Lindholm",
                "Conor Magee <conor.magee@blackstaffstaffing.example.co.uk>", _client_rej)

_kelvinhaugh_text = """Dear Roisin Vasquez-Lindholm,

Job Requisition 4471 - Administrative Assistant, College of Medical, Veterinary and Life Sciences

Thank you for attending the selection day for the above position.

We regret to advise you that on this occasion you have been unsuccessful. The selection panel considered all candidates' performance in the in-tray exercise and the interview, and the appointment has now been made.

Thank you for your interest in Kelvinhaugh University.

Yours sincerely,

Fiona Rennie
Human Resources, Kelvinhaugh University

This is an automated message. Replies to this address are not monitored.
"""

_pillbox_text = """Hi Roisin,

Thanks for your interest in the Patient Support Associate role at Pillbox Health and for completing our screening questions.

We've looked at your application carefully, and we're not going to move ahead with it right now. We're hiring for a small number of seats and had to make some tough calls.

We'd love to stay in touch, so we'll keep your details on file for future openings. Thanks again, and all the best.

The Pillbox Health Hiring Team
"""

_pillbox_html = ats_card("Pillbox Health", paras(_pillbox_text),
                         footer="Pillbox Health, 3 Hardman Square, Manchester M3 3EB. "
                                "Powered by Ashby.", accent="#ff5a5f")

# ---------------------------------------------------------------- French

_gh_thanks = """Madame Vandenbussche,

Je tenais à vous remercier, ainsi que Monsieur Delcourt, pour l'entretien de ce mardi. J'ai beaucoup apprécié la visite du bureau des entrées et les explications sur l'accueil des patients aux urgences. Ce poste correspond vraiment à ce que je cherche.

Bien cordialement,
Roisin Vasquez-Lindholm"""

_gh_text = """Madame,

Je vous remercie pour votre message après l'entretien du 28 avril, qui nous a fait plaisir.

Le jury a rencontré six personnes pour le poste d'assistante administrative au bureau des entrées. Après délibération, nous avons retenu une candidate qui connaît déjà notre logiciel de gestion administrative des patients, ce qui était déterminant dans le contexte actuel.

Je suis désolée de ne pas pouvoir vous donner une réponse favorable. Votre candidature a cependant laissé une très bonne impression et je me permettrai de vous recontacter si un poste similaire s'ouvre d'ici la fin de l'année.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Camille Vandenbussche
Chargée de recrutement - Direction des ressources humaines
Groupe Hospitalier Flandres-Deûle
2 rue du Grand But, 59160 Lomme
Tél. 03 20 55 41 08

""" + reply_chain("fr", "mer. 29 avr. 2026 à 18:40", CAND_NAME, CAND_ADDR, _gh_thanks)

_remparts_text = """Bonjour Roisin,

Merci de l'intérêt que vous portez à la Clinique des Remparts et au poste de Secrétaire médicale - consultations de chirurgie.

Nous avons le regret de vous annoncer que votre profil n'a pas été sélectionné pour la suite du processus. Nous avons reçu de nombreuses candidatures et avons dû faire des choix difficiles.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présente.

Bien à vous,
L'équipe Recrutement
Clinique des Remparts
"""

_isf_text = """Bonjour Roisin,

J'ai eu ce matin le retour de l'EHPAD Les Glycines après votre entretien de lundi avec Mme Fourmentin.

Ce n'est malheureusement pas positif : ils ont choisi de recruter une personne qui faisait déjà le remplacement de l'agent d'accueil pendant l'été. La directrice a apprécié votre expérience en maison de retraite et votre calme, mais elle voulait quelqu'un d'opérationnel tout de suite sur leur planning.

Je reste sur le coup pour vous et je vous appelle dès que j'ai une autre mission administrative dans la métropole.

Bonne journée,

Julien Delattre
Consultant santé & médico-social
Intérim Santé Flandres
45 boulevard de la Liberté, 59000 Lille
06 12 48 73 90
"""

_vauban_text = """Chère Madame,

Je reviens vers vous comme promis au sujet du poste de gestionnaire administrative au sein de l'UFR de santé, pour lequel l'entretien du 11 juin avait dû être annulé.

À la suite d'une réorganisation du service, ce poste a finalement été pourvu par mobilité interne : une collègue de la scolarité a demandé à y être affectée et sa demande a été acceptée. Le recrutement externe est donc clos, et nous ne reprogrammerons pas l'entretien.

Je regrette sincèrement ce contretemps et vous remercie pour votre patience.

Cordialement,

Sandrine Caudron
Responsable du pôle RH de proximité
Université Vauban - UFR de santé
Tél. : 03 20 62 19 44
"""

_lomme_text = """Madame,

Vous avez fait acte de candidature pour le poste d'agent d'accueil et de gestion administrative (catégorie C) au Centre communal d'action sociale, et je vous en remercie.

Après examen des dossiers par le jury de recrutement, j'ai le regret de vous informer que votre candidature n'a pas pu être retenue pour la phase d'entretiens. Le jury a privilégié des candidats titulaires de la fonction publique territoriale.

Vous trouverez ci-joint le courrier officiel correspondant.

Je vous prie de croire, Madame, à l'assurance de mes sentiments les meilleurs.

Pascale Wattel
Directrice des ressources humaines
Ville de Lomme-sur-Marque
Hôtel de Ville - Place du Général-de-Gaulle - 59390 Lomme-sur-Marque
"""

# ---------------------------------------------------------------- German

_lh_sorry = """Liebe Frau Kröger,

es tut mir wirklich leid, dass ich gestern nicht im Teams-Termin war. Ich hatte den Termin in meinem Kalender versehentlich in irischer Zeit eingetragen und war eine Stunde zu spät. Wäre ein neuer Termin in dieser Woche möglich?

Viele Grüße
Roisin Vasquez-Lindholm"""

_lh_text = """Liebe Frau Vasquez-Lindholm,

danke für Ihre offene Erklärung, so etwas kann mit den Zeitzonen leicht passieren.

Wir haben in der Zwischenzeit allerdings die übrigen Gespräche für die Verwaltungsassistenz am Standort Dublin geführt und uns für eine andere Bewerberin entschieden, die schon ab August anfangen kann. Einen neuen Termin möchte ich Ihnen deshalb nicht mehr anbieten, denn das wäre Ihnen gegenüber nicht fair.

Für Ihren weiteren Weg alles Gute!

Herzliche Grüße
Svenja Kröger
Personalreferentin
Lindenhof Pflegegruppe - Zentrale Bremen
Am Wall 118, 28195 Bremen
Telefon +49 421 555 30 17

""" + reply_chain("de", "16.06.2026 um 08:15", CAND_NAME, CAND_ADDR, _lh_sorry)

_sanovia_html = html_page("""<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#3a7d44;color:#fff;padding:12px 18px;font-size:17px">Sanovia Gesundheitsdienste &ndash; Karriere</td></tr>
<tr><td style="padding:18px">
<p>Sehr geehrte Frau Vasquez-Lindholm,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Sachbearbeiterin Patientenverwaltung (m/w/d) &ndash; Standort Dublin</b> und das damit verbundene Interesse an unserem Unternehmen.</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist uns angesichts der Vielzahl qualifizierter Bewerbungen nicht leichtgefallen.</p>
<p>Ihre Unterlagen werden gemäß den Datenschutzbestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Sanovia Gesundheitsdienste</p>
<p style="font-size:11px;color:#888">Diese E-Mail wurde automatisch über softgarden versendet. Bitte antworten Sie nicht auf diese Nachricht.</p>
</td></tr></table>""", title="Ihre Bewerbung")

_mp_text = """Hallo Frau Vasquez-Lindholm,

ich habe heute Rückmeldung von unserem Kunden bekommen, dem Klinikträger in Rotterdam, bei dem ich Sie für die Stelle in der Patientenaufnahme vorgeschlagen hatte.

Der Kunde hat sich gegen eine Einladung entschieden. Begründung: Man sucht für diese Position jemanden mit Niederländischkenntnissen auf B2-Niveau, weil ein Teil der Patientenkommunikation doch auf Niederländisch läuft. Das stand so leider nicht in der Ausschreibung, die ich bekommen hatte.

Ihr Profil bleibt natürlich bei uns im Pool, und ich melde mich, sobald eine rein englischsprachige Stelle reinkommt.

Beste Grüße aus Hamburg
Malte Hinrichs
Personalberater Gesundheitswesen
MediPersonal Nordwest
Großer Burstah 31, 20457 Hamburg
Tel. +49 40 555 871 20
"""

_hc_text = """Hi Roisin,

kurz und ehrlich, weil du es verdient hast: es hat leider nicht geklappt. Meine Chefin hat sich für jemanden entschieden, der schon bei uns im Hamburger Büro als Werkstudent gearbeitet hat und nach Rotterdam mitgeht. Ich hatte gut für dich gesprochen, aber gegen die Kontinuität kam ich nicht an.

Sorry nochmal, dass ich unser Gespräch letzte Woche verschieben musste, und danke, dass du so flexibel warst.

Wenn du magst, schau ich, ob ich dich an ein paar Leute in Rotterdam weiterempfehlen kann.

Liebe Grüße
Jonas

Jonas Petersen
Team Lead Operations, Hanse Care International
"""

# ---------------------------------------------------------------- Spanish

_lt_text = """Hola Roisin:

Te escribo porque ya tengo la respuesta de Grupo Residencial Albufera sobre la entrevista del jueves para el puesto de administrativa en la residencia de Alfafar.

Por desgracia no han seguido contigo. Me comentan que les gustó mucho tu trato y tu experiencia con residentes, pero que al final se han decantado por una persona que maneja la aplicación de facturación de la Conselleria, porque la necesitan desde el primer día.

Sé que tenías ganas de este puesto. Sigo moviendo tu candidatura y en cuanto tenga algo te llamo.

Un abrazo,

Jordi Martí Vidal
Consultor de selección sanitaria
Levante Talento Sanitario
C/ de Colón 60, 4.º, 46004 València
Tel. 963 55 14 27
"""

_malv_text = """Estimada Roisin:

Te agradecemos el interés mostrado en el puesto de Auxiliar administrativa para nuestro centro de día de Malvarrosa y el tiempo que has dedicado a tu candidatura.

Tras estudiar con detalle todas las solicitudes, hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más a los requisitos del puesto en este momento.

Guardaremos tus datos en nuestra base de candidaturas durante un año, por si surge una vacante adecuada.

Recibe un cordial saludo,

Amparo Gimeno Peris
Responsable de Personas
Fundación Malvarrosa Cuidados
Av. del Mediterráneo 14, 46011 València
"""

_almassera_html = html_page("""<p><b>AJUNTAMENT D'ALMÀSSERA NOVA &middot; AYUNTAMIENTO DE ALMÀSSERA NOVA</b><br>
Sede electrónica &ndash; Notificación</p>
<p>Estimada Sra. Vasquez-Lindholm:</p>
<p>En relación con su participación en el proceso de constitución de una bolsa de empleo temporal de Auxiliar Administrativo/a para los Servicios Sociales municipales (expediente 2026/BOL-07), le comunicamos que, una vez concluida la fase de valoración de méritos, la puntuación obtenida (11,25 puntos) no alcanza la mínima exigida en las bases (15 puntos) para acceder a la bolsa.</p>
<p>Puede consultar el acta del tribunal en el tablón de anuncios de la sede electrónica. Contra esta resolución puede interponer recurso de reposición en el plazo de un mes.</p>
<p>Atentamente,<br>Departamento de Recursos Humanos</p>
<p style="font-size:11px;color:#666">Este mensaje se ha generado automáticamente. No responda a esta dirección: las respuestas no son atendidas.</p>""",
                            title="Notificación")

_cr_thanks = """Hola Vicente:

Muchas gracias por la entrevista de esta mañana y por enseñarme la recepción. Me encantó el ambiente de la clínica y creo que podría aportar mucho en la organización de las citas.

Un saludo,
Roisin"""

_cr_text = """Hola Roisin,

Gracias a ti por venir. Al final nos quedamos con otra persona para la recepción.

Suerte,
Vicente

""" + reply_chain("es", "mar, 14 jul 2026 a las 13:07", CAND_NAME, CAND_ADDR, _cr_thanks)


MESSAGES = [
    # ---------------------------------------------------------- English (18)
    M(kind=K, slug="foyle_vale_terse_after_missed_call", lang="en",
      company="Foyle Vale Care Group", contact="declan.mcfeely@foylevale.example.co.uk",
      frm=("Declan McFeely", "declan.mcfeely@foylevale.example.co.uk"),
      subject="Re: Sorry I missed your call", date="2026-02-20 16:48", tz="+0000",
      text=_foyle_text, parent="fv_sorry", key="fv_rej"),
    M(kind=K, slug="maashaven_recruitee_role_on_hold", lang="en",
      company="Maashaven Zorggroep", contact="femke.degraaf@maashaven.example.nl",
      frm=("Maashaven Zorggroep", "maashavenzorggroep@jobs.recruitee.com"),
      reply_to=("Femke de Graaf", "femke.degraaf@maashaven.example.nl"),
      subject="Update on your application: International Patient Services Coordinator",
      date="2026-04-02 10:05", tz="+0200", text=_maashaven_text, html=_maashaven_html,
      cte="quoted-printable", html_cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=K, slug="mersey_bank_after_interview_quotes_thanks", lang="en",
      company="Mersey Bank Community Health NHS Trust",
      contact="gemma.rimmer@merseybank.example.org.uk",
      frm=("Rimmer Gemma", "gemma.rimmer@merseybank.example.org.uk"),
      subject="RE: Thank you - Ward Clerk interview", date="2026-06-24 15:31", tz="+0100",
      text=_mb_text, html=outlook_html(paras(_mb_text)), parent="mb_thanks",
      headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic",
                                                          "Thank you - Ward Clerk interview")]),
    M(kind=K, slug="greenway_agency_unnamed_clinic_no", lang="en",
      company="Greenway Healthcare Recruitment",
      contact="ryan.quigley@greenwayrecruit.example.co.uk",
      frm=("Ryan Quigley", "ryan.quigley@greenwayrecruit.example.co.uk"),
      subject="Malone Road clinic - feedback", date="2026-05-13 11:20", tz="+0100",
      text=_greenway_text),
    M(kind=K, slug="tolka_terse_after_no_show", lang="en",
      company="Tolka Primary Care Network", contact="saoirse.nicgiolla@tolkapcn.example.ie",
      frm=("Saoirse Nic Giolla Phádraig", "saoirse.nicgiolla@tolkapcn.example.ie",
           "utf-8/B"),
      subject="Re: Your interview today", date="2026-07-24 09:02", tz="+0100",
      text=_tolka_text, parent="tk_missed"),
    M(kind=K, slug="lagan_university_taleo_html_only", lang="en",
      company="University of the Lagan", contact="",
      frm=("University of the Lagan", "noreply@taleo.net"),
      subject="Outcome of your application - Student Records Assistant (26/0113)",
      date="2026-03-19 07:30", tz="+0000", html=_lagan_uni_html,
      charset="windows-1252", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]),
    M(kind=K, slug="mourne_vale_council_not_shortlisted_letter", lang="en",
      company="Mourne Vale Borough Council",
      contact="lorraine.kerr@mournevale.example.gov.uk",
      frm=("Lorraine Kerr", "lorraine.kerr@mournevale.example.gov.uk"),
      subject="MVBC/26/031 Customer Services Administrator - shortlisting outcome",
      date="2026-02-27 14:10", tz="+0000", text=_council_text, cte="base64",
      pdfs=[("MVBC-26-031-outcome.pdf", [
          "Mourne Vale Borough Council - Human Resources",
          "Civic Centre, 2 Newry Street, Banbridge BT32 3HA",
          "", "27 February 2026", "", "Ms R Vasquez-Lindholm",
          "", "Post: Customer Services Administrator (Scale 4)",
          "Reference: MVBC/26/031", "",
          "Dear Ms Vasquez-Lindholm,", "",
          "I write to inform you that you have not been shortlisted for interview.",
          "Applications were assessed against the essential criteria only.", "",
          "Yours sincerely,", "Lorraine Kerr, Human Resources Officer"])]),
    M(kind=K, slug="st_brigids_filled_internally_latin1", lang="en",
      company="St Brigid's Nursing Homes", contact="maeve.ocuilleanain@stbrigidsnh.example.ie",
      frm=("Maeve Ó Cuilleanáin", "maeve.ocuilleanain@stbrigidsnh.example.ie",
           "iso-8859-1/Q"),
      to=[CANDIDATE_ACCENTED],
      subject="Administration Assistant - Glasnevin", date="2026-03-30 12:44", tz="+0100",
      text=_stbrigids_text, charset="iso-8859-1", cte="8bit"),
    M(kind=K, slug="hearthstone_casual_after_chat", lang="en",
      company="Hearthstone Dementia Charity",
      contact="niamh.gilmore@hearthstone.example.org.uk",
      frm=("Niamh Gilmore", "niamh.gilmore@hearthstone.example.org.uk"),
      subject="Re: Friday instead?", date="2026-05-04 19:26", tz="+0100",
      text=_hearth_text, parent="hs_move"),
    M(kind=K, slug="southside_carers_workable_soft", lang="en",
      company="Glasgow Southside Carers Network", contact="",
      frm=("Glasgow Southside Carers Network", "noreply@candidates.workablemail.com"),
      subject="Your application for Carer Support Administrator",
      date="2026-04-17 17:02", tz="+0100", text=_southside_text, html=_southside_html),
    M(kind=K, slug="merseyview_via_greenhouse_after_interview", lang="en",
      company="Merseyview Care Homes", contact="lauren.byrne@merseyview.example.co.uk",
      frm=("Lauren Byrne via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Lauren Byrne", "lauren.byrne@merseyview.example.co.uk"),
      subject="Home Administrator at Merseyview Care Homes", date="2026-08-28 12:15",
      tz="+0100", text=_merseyview_text, html=_merseyview_html),
    M(kind=K, slug="ancoats_lever_base64", lang="en",
      company="Ancoats Community Care", contact="",
      frm=("Ancoats Community Care", "no-reply@hire.lever.co"),
      subject="Your application to Ancoats Community Care", date="2026-09-14 08:03",
      tz="-0700", text=_ancoats_text, cte="base64"),
    M(kind=K, slug="kralingen_vacancy_withdrawn_restructure", lang="en",
      company="Kralingen Health Hub", contact="joost.vandijk@kralingenhealth.example.nl",
      frm=("Joost van Dijk", "joost.vandijk@kralingenhealth.example.nl"),
      subject="Patient Administration Officer - vacancy withdrawn",
      date="2026-06-05 16:37", tz="+0200", text=_kralingen_text,
      html=html_page(paras(_kralingen_text))),
    M(kind=K, slug="waterside_feedback_after_interview", lang="en",
      company="Waterside Wellbeing", contact="shauna.doherty@watersidewellbeing.example.org.uk",
      frm=("Shauna Doherty", "shauna.doherty@watersidewellbeing.example.org.uk"),
      subject="Re: Interview - Office and Bookings Assistant", date="2026-05-08 10:50",
      tz="+0100", text=_waterside_text, parent="ww_inv"),
    M(kind=K, slug="cathedral_quarter_bamboohr", lang="en",
      company="Cathedral Quarter Dental Group", contact="",
      frm=("Cathedral Quarter Dental – Careers", "no-reply@bamboohr.com", "utf-8/Q"),
      subject="Dental Receptionist (maternity cover) – your application",
      date="2026-01-29 09:40", tz="-0600", text=_cq_text, html=_cq_html),
    M(kind=K, slug="blackstaff_forwards_practice_no", lang="en",
      company="Lisburn Road Medical Practice",
      contact="conor.magee@blackstaffstaffing.example.co.uk",
      frm=("Conor Magee", "conor.magee@blackstaffstaffing.example.co.uk"),
      subject="FW: RE: Candidate - R Vasquez-Lindholm", date="2026-04-20 10:31", tz="+0100",
      text=_blackstaff_text),
    M(kind=K, slug="kelvinhaugh_successfactors_after_selection_day", lang="en",
      company="Kelvinhaugh University", contact="",
      frm=("Kelvinhaugh University Recruitment", "noreply@successfactors.eu"),
      subject="Job Requisition 4471 - outcome", date="2026-07-03 13:00", tz="+0200",
      text=_kelvinhaugh_text, headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=K, slug="pillbox_ashby", lang="en",
      company="Pillbox Health", contact="",
      frm=("Pillbox Health Hiring Team", "no-reply@ashbyhq.com"),
      subject="Your application to Pillbox Health", date="2026-10-06 18:22", tz="+0000",
      text=_pillbox_text, html=_pillbox_html),
    # ---------------------------------------------------------- French (5)
    M(kind=K, slug="gh_flandres_deule_after_interview_quotes_thanks", lang="fr",
      company="Groupe Hospitalier Flandres-Deûle",
      contact="camille.vandenbussche@ghfd.example.fr",
      frm=("Camille Vandenbussche", "camille.vandenbussche@ghfd.example.fr"),
      subject="RE: Remerciements – entretien du 28 avril", date="2026-05-06 11:18",
      tz="+0200", text=_gh_text, html=outlook_html(paras(_gh_text)), parent="gh_thanks",
      html_cte="base64"),
    M(kind=K, slug="clinique_remparts_smartrecruiters_latin1", lang="fr",
      company="Clinique des Remparts", contact="",
      frm=("Clinique des Remparts", "noreply@smartrecruiters.com"),
      subject="Votre candidature : Secrétaire médicale", subj_enc="iso-8859-1/Q",
      date="2026-03-24 15:45", tz="+0100", text=_remparts_text, charset="iso-8859-1",
      cte="quoted-printable"),
    M(kind=K, slug="interim_sante_relays_glycines_no", lang="fr",
      company="EHPAD Les Glycines", contact="julien.delattre@interimsante-flandres.example.fr",
      frm=("Julien Delattre", "julien.delattre@interimsante-flandres.example.fr"),
      subject="Retour des Glycines", date="2026-09-30 10:12", tz="+0200",
      text=_isf_text, parent="isf_inv"),
    M(kind=K, slug="vauban_post_filled_internally", lang="fr",
      company="Université Vauban", contact="sandrine.caudron@univ-vauban.example.fr",
      frm=("Sandrine Caudron", "sandrine.caudron@univ-vauban.example.fr"),
      subject="Poste de gestionnaire administrative – UFR de santé",
      date="2026-06-26 09:34", tz="+0200", text=_vauban_text, parent="uv_cancel"),
    M(kind=K, slug="lomme_sur_marque_ccas_cp1252_letter", lang="fr",
      company="Ville de Lomme-sur-Marque", contact="pascale.wattel@lomme-sur-marque.example.fr",
      frm=("Pascale Wattel", "pascale.wattel@lomme-sur-marque.example.fr"),
      subject="Candidature – agent d'accueil CCAS", subj_enc="windows-1252/B",
      date="2026-02-16 16:20", tz="+0100", text=_lomme_text, charset="windows-1252",
      cte="8bit", pdfs=[("courrier_candidature_CCAS.pdf", [
          "Ville de Lomme-sur-Marque - Direction des ressources humaines",
          "Lomme-sur-Marque, le 16 fevrier 2026", "",
          "Objet : votre candidature au poste d'agent d'accueil (CCAS)", "",
          "Madame,", "Votre candidature n'a pas ete retenue pour la phase d'entretiens.",
          "", "La Directrice des ressources humaines, P. Wattel"])]),
    # ---------------------------------------------------------- German (4)
    M(kind=K, slug="lindenhof_after_missed_quotes_apology", lang="de",
      company="Lindenhof Pflegegruppe", contact="svenja.kroeger@lindenhof-pflege.example.de",
      frm=("Svenja Kröger", "svenja.kroeger@lindenhof-pflege.example.de"),
      subject="AW: Entschuldigung wegen gestern", date="2026-06-22 11:05", tz="+0200",
      text=_lh_text, parent="lh_sorry"),
    M(kind=K, slug="sanovia_softgarden_html_latin1_base64", lang="de",
      company="Sanovia Gesundheitsdienste", contact="",
      frm=("Sanovia Gesundheitsdienste", "noreply@softgarden.io"),
      subject="Ihre Bewerbung als Sachbearbeiterin Patientenverwaltung (m/w/d)",
      date="2026-05-19 08:10", tz="+0200", html=_sanovia_html, charset="iso-8859-1",
      cte="base64", headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=K, slug="medipersonal_unnamed_client_declines", lang="de",
      company="MediPersonal Nordwest", contact="malte.hinrichs@medipersonal-nw.example.de",
      frm=("Malte Hinrichs", "malte.hinrichs@medipersonal-nw.example.de"),
      subject="Rückmeldung Kunde Rotterdam – Patientenaufnahme", date="2026-04-28 14:55",
      tz="+0200", text=_mp_text),
    M(kind=K, slug="hanse_care_casual_du", lang="de",
      company="Hanse Care International", contact="jonas.petersen@hansecare.example.de",
      frm=("Jonas Petersen", "jonas.petersen@hansecare.example.de"),
      subject="Re: Call verschoben", date="2026-08-11 21:14", tz="+0200",
      text=_hc_text, parent="hc_move"),
    # ---------------------------------------------------------- Spanish (4)
    M(kind=K, slug="levante_talento_relays_albufera_no", lang="es",
      company="Grupo Residencial Albufera", contact="jordi.marti@levantetalento.example.es",
      frm=("Jordi Martí Vidal", "jordi.marti@levantetalento.example.es"),
      subject="Respuesta de Albufera", date="2026-10-09 13:40", tz="+0200",
      text=_lt_text, parent="lt_move"),
    M(kind=K, slug="malvarrosa_soft_latin1_base64", lang="es",
      company="Fundación Malvarrosa Cuidados", contact="amparo.gimeno@fundacionmalvarrosa.example.es",
      frm=("Amparo Gimeno Peris", "amparo.gimeno@fundacionmalvarrosa.example.es"),
      subject="Tu candidatura en Fundación Malvarrosa", subj_enc="iso-8859-1/B",
      date="2026-03-11 12:25", tz="+0100", text=_malv_text, charset="iso-8859-1",
      cte="base64"),
    M(kind=K, slug="almassera_nova_sede_electronica", lang="es",
      company="Ayuntamiento de Almàssera Nova", contact="",
      frm=("Sede electrónica Almàssera Nova", "no-reply@sede.almasseranova.example.es"),
      subject="Notificación: resultado de la valoración de méritos (2026/BOL-07)",
      date="2026-09-02 08:00", tz="+0200", html=_almassera_html, charset="windows-1252",
      cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=K, slug="clinica_ruzafa_terse_quotes_thanks", lang="es",
      company="Clínica Ruzafa Salud", contact="vicente.llorca@clinicaruzafa.example.es",
      frm=("Vicente Llorca", "vicente.llorca@clinicaruzafa.example.es"),
      subject="Re: Gracias por la entrevista", date="2026-07-17 20:03", tz="+0200",
      text=_cr_text, parent="cr_thanks"),
]

_ = (esc, quote)
