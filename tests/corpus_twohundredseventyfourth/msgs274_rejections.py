"""Corpus 274, kind `rejection`: 31 hand-written messages (en 18, fr 5, de 4, es 4)."""

# ruff: noqa: C408  (each message is written as a dict(...) call: the spec format)

from __future__ import annotations

from msgs274_common import (
    CAND,
    ats_card,
    forwarded,
    outlook,
    outlook_html,
    plain_html,
    quote,
    reply,
    wrote,
)

R = "rejection"

# ---------------------------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------------------------

_wsu_text = """Dear Niamh,

Reference: R-2026-00417 Clinical Research Coordinator (Clinical Research Facility, fixed-term 24 months)

Thank you for the time you put into your application for the above post at Western Seaboard University.

The shortlisting panel has now completed its assessment of all applications received. We regret to inform you that your application was not shortlisted for interview on this occasion.

Given the number of applications we receive, we are not in a position to provide individual feedback at the shortlisting stage.

You can keep track of your other applications, and set up alerts for new vacancies, in your candidate home.

Kind regards,
Human Resources - Recruitment Team
Western Seaboard University"""

_dodder_text = """Hi Niamh,

Thanks so much for applying for the Clinical Study Coordinator position at Dodder Diagnostics, and for making time for the call we eventually managed last week.

We've now finished reviewing the shortlist. I'm sorry to say we've chosen to progress other applicants whose hands-on trial experience lines up more closely with what the study team needs right now, so we won't be taking your application further.

Your dental nursing background genuinely came through in our chat - patient consent and infection control are things we care about - so please don't let this put you off applying to us again in future.

All the best,
Hannah Kavanagh
Talent Acquisition Partner, Dodder Diagnostics"""

_treaty_text = """Dear Niamh,

I'm writing to update you on the Clinical Trials Assistant vacancy at our Raheen site, which you applied for in January.

Following a review of our 2026 headcount plan, the business has decided to pause recruitment for this post. The position has been put on hold indefinitely and we will not be proceeding with any of the applications, including yours. I appreciate this is frustrating, particularly as you had already completed the online screening questions.

If the role is reopened I will contact you directly before it is re-advertised.

Regards,

Claire Hogan
HR Generalist
Treaty Orthopaedics
Unit 7, Raheen Business Park, Limerick V94 X2K1
T: +353 61 555 0142 | M: +353 87 555 3318

------------------------------------------------------------------------
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Treaty Orthopaedics Ltd, registered in Ireland no. 612345, registered office as above.
------------------------------------------------------------------------"""

_benbulben_text = reply(
    """Niamh - thanks for coming up to Collooney on Tuesday. We've decided to go another way with this one. Best of luck with the search.

Declan""",
    "Tue, 10 Feb 2026 at 16:02", ("Declan Harte", "declan.harte@benbulbenmed.example.ie"),
    """Hi Niamh,

Following your application for the Clinical Evidence Coordinator role, we'd like to invite you to an on-site interview at our plant in Collooney on Tuesday 24 February at 11:00.

Declan""")

_harbourview_text = reply(
    """Hi Niamh,

Sorry for the radio silence - I was waiting on Liffey to come back to me properly before I rang you.

Unfortunately it's a no from them this time. The hiring manager liked you and said so, but they've offered the post to someone who has already run a site initiation visit on their own, and that tipped it. I did push for a second conversation but they've made their call.

I've a couple of other coordinator briefs coming in over the next fortnight (one in Galway city, one in Athlone) and I'd like to put you forward for both if you're happy for me to. I'll give you a ring tomorrow.

Conor

Conor Whelan | Senior Consultant, Clinical Operations
Harbourview Life Science Recruitment
14 Grand Canal Quay, Dublin 2 | +353 1 555 7710""",
    "Thu, 12 Feb 2026 at 09:41", CAND,
    """Hi Conor,

Just checking in - have you heard anything back from Liffey Bioresearch since my interview with them on the 5th? I'd be glad of any feedback either way.

Thanks,
Niamh""")

_wluh_quoted = """Dear Prof. Concannon,

Thank you to you and the panel for the interview this morning. I really enjoyed hearing about the oncology trials the Facility is opening this year, and the discussion about how patient-facing experience transfers to visit scheduling and informed consent.

I remain very interested in the Clinical Research Coordinator post and look forward to hearing from you.

Kind regards,
Niamh Delacroix-Murphy"""

_wluh_text = outlook(
    """Dear Niamh,

Thank you for your kind note after interview, which Prof. Concannon passed on to me.

I am sorry to tell you that, after a great deal of discussion, the panel will not be recommending you for appointment to the Clinical Research Coordinator post (Grade VI). The successful candidate had several years of GCP-regulated study coordination behind them, and the panel felt that this was decisive for a Facility opening four new oncology studies this year.

The panel did ask me to pass on that your answers on consent and on patient communication were among the strongest they heard. If you would like verbal feedback, I would be happy to arrange a short call with the chair.

Yours sincerely,

Deirdre Fahy
HR Officer - Medical Recruitment
Western Lakes University Hospital
Newcastle Road, Galway H91 R2X4
Tel: +353 91 555 4420

The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. Access to this e-mail by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying or distribution is prohibited and may be unlawful.""",
    CAND, "Friday, February 6, 2026 3:12 PM", ("Maeve Concannon", "maeve.concannon@wluh.example.ie"),
    "Thank you - CRC interview this morning", _wluh_quoted)

_stbrigids_text = reply(
    """Dear Niamh,

I promised to come back to you once we had a new date for the second-round conversation, and I'm afraid the news is different to what I expected.

A member of the existing research nursing team applied for the Research Coordinator post during the same round and, following the internal process, has been appointed to it. That means the vacancy is now closed and there will be no second round.

I'm genuinely sorry, since you were one of two external candidates we were keen to meet again. I will keep your details on file for the Dublin Paediatric Cohort study, which should start recruiting staff in the autumn.

Warm regards,
Karen Doyle
Research Office Manager
St. Brigid's Research Hospital, Dublin 8""",
    "Fri, 10 Jul 2026 at 11:20", ("Karen Doyle", "karen.doyle@stbrigids.example.ie"),
    """Dear Niamh,

I'm sorry to do this at short notice: I have cancelled the calendar invitation for Tuesday's second-round interview, as two members of the panel have been called to a regulatory inspection. I'll come back to you with a new date as soon as I can.

Karen""")

_hse_text = """A Chara,

Campaign Reference: HW-CRN-26-031
Post: Research Nurse / Clinical Research Coordinator, Community Healthcare West (Specified Purpose Contract)

I refer to your recent application for the above post.

Please be advised that this recruitment campaign has been withdrawn. Funding for the post, which was linked to a regional research grant, has not been confirmed for 2026, and the HSE is therefore not in a position to progress the competition. No panels will be formed and no appointments will be made from it.

All candidates who applied are receiving this notification. Should the post be re-advertised in future, you will be welcome to apply again.

We thank you for your interest in working with the HSE.

Is mise le meas,

Siobhán Ní Fhlatharta
Recruitment Officer, HR West
Merlin Park, Galway
Tel: 091 555 6620"""

_lagan_text = reply(
    """Hiya Niamh,

Look, I’ll be straight with you because you’ve been dead sound through all of this. We went with someone else for the coordinator job – a girl who’s been doing trial admin over at the Royal for two years, so she can hit the ground running. Nothing you did wrong at all.

Honestly the call on Friday was one of the better ones I had. If something more junior comes up in the autumn I’ll be on to you first, promise.

Mind yourself,
Gemma

Gemma McCready
Talent Acquisition | Lagan Research Partners
Lanyon Quay, Belfast BT1 3LG | 028 9555 0118""",
    "Fri, 6 Mar 2026 at 13:05", ("Gemma McCready", "gemma.mccready@laganresearch.example.co.uk"),
    """No bother at all Niamh, these things happen. Let's try again Friday 13th at 2pm - same number?

Gemma""")

_kinvara_text = """Hi Niamh,

Thank you for your interest in the Clinical Operations Associate role at Kinvara Health Data.

We have reviewed your application carefully. At this time we have decided not to move forward with it.

We appreciate you considering Kinvara and wish you every success in your search.

Best,
The Kinvara Health Data Talent Team

---
This message was sent by Kinvara Health Data via Lever. Please do not reply directly to this email."""

_thomond_text = """Dear Niamh Delacroix-Murphy,

Regarding your application: Clinical Trial Assistant (Limerick, hybrid) - Job ID 7781204

Thank you for taking the time to apply to Thomond Research Services.

After careful review we will not be inviting you to the next stage for this vacancy. This was a competitive process and the decision does not reflect on your potential.

With your consent we will keep your profile in our talent community for 12 months so that our recruiters can consider you for similar openings. You can withdraw this consent at any time from your SmartRecruiters profile.

Sincerely,
Thomond Research Services Recruiting"""

_claddagh_text = """Dear Niamh,

Requisition 2026-1187 - Clinical Research Associate I (Entry Level), Galway

We wanted to let you know that the hiring team has completed its review for the position above. Your application will not be progressing further in our selection process.

We know this is not the outcome you were hoping for. Claddagh Biologics receives a high volume of applications for entry-level clinical roles, and the decision was a difficult one.

We would encourage you to visit our careers site regularly and to apply again for positions that match your skills.

Regards,
Talent Acquisition
Claddagh Biologics"""

_tessellate_text = """Hi Niamh,

Thanks again for speaking with me on Wednesday about the Remote Site Coordinator role.

I've discussed our conversation with the hiring manager. Because the role supports decentralised studies across four countries with very little oversight, we're looking for someone who has already coordinated at least one interventional study end to end, so we've decided not to move you forward to the hiring-manager stage.

I mean it when I say your communication with patients sounded excellent - I'd suggest a site-based coordinator post for a year or two, and then a role like this one would be very realistic. Feel free to reply here if you'd like a few pointers.

Best,
Femi Adeyemi
Recruiter, Tessellate Trials"""

_bioh_quoted = """Dear Dr Agnew,

Many thanks to you, Dr Boyd and Mr Irvine for meeting me on Thursday. I came away even more enthusiastic about the periodontal cohort study, and about the chance to bring my chairside experience to the recruitment of patients in the dental hospital.

Please do let me know if there is anything further you need from me.

Best wishes,
Niamh"""

_bioh_text = reply(
    """Dear Niamh,

Thank you for your gracious note, and apologies that it has taken us a week to respond.

I'm afraid I have to let you know that we have offered the Research Coordinator position to another candidate, who has accepted. It was a close decision. Your knowledge of the dental clinic and your rapport with patients were very evident; the deciding factor was prior experience with ethics submissions to the Office for Research Ethics Committees, which the post will require from the first month.

I would be happy to give you fuller feedback by phone if that would help. I'd also encourage you to look out for our Research Assistant posts, which are usually advertised in the spring.

With best wishes,

Dr Ruth Agnew
Senior Lecturer in Oral Health Research
Belfast Institute for Oral Health
Grosvenor Road, Belfast BT12 6BA
Tel: +44 28 9555 2731

This email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed. If you have received this email in error please notify the sender. The Institute accepts no liability for any damage caused by any virus transmitted by this email.""",
    "Fri, 19 Jun 2026 at 18:47", CAND, _bioh_quoted)

_pembroke_text = """Dear Niamh Delacroix-Murphy,

Job Title: Clinical Research Coordinator - Site Services (Req. ID 26000312)

We would like to thank you for your interest in a career with Pembroke Pharma Services.

Following a review of your profile against the requirements of the position, we regret to advise that you have not been selected to continue in the recruitment process for this requisition.

Your candidate profile remains active. You may log in at any time to update it or to apply for other opportunities.

This is an automatically generated message. Replies to this address are not monitored.

Pembroke Pharma Services - Global Talent Acquisition"""

_kilbride_missed = """Hi Niamh,

We were all set up on Teams at 14:30 for your interview and waited until about 14:50, but you didn't join. I also tried the mobile number on your CV.

I hope everything is OK. Let me know what happened.

Lisa Behan
Study Coordinator, Kilbride Cardiac Research"""

_kilbride_invite = """Dear Niamh,

Thank you for your application for the Clinical Research Coordinator post. Dr Tierney would like to meet you by video. Would Thursday 10 September at 14:30 suit? A Teams link will follow once you confirm.

Lisa Behan"""

_kilbride_niamh = """Hi Lisa,

I'm so sorry - the email with the Teams link went into my junk folder and I only saw it this evening. Is there any chance Dr Tierney could see me another day? I'm very keen on the post.

Niamh"""

_kilbride_text = (
    """Dear Niamh,

Thank you for explaining, and I'm sorry about the junk-folder problem - it happens more often than you'd think with our mail system.

Dr Tierney and I talked it over today. As we had already interviewed the other shortlisted candidates and were in a position to make a decision, we have now offered the post to one of them. So I'm afraid we won't be able to rearrange your interview, and we are closing your application for this role.

I know that's disappointing. Please do apply again when we advertise the next coordinator post, which is likely to be early next year.

Kind regards,

Lisa Behan
Study Coordinator
Kilbride Cardiac Research
Beaumont Court, Dublin 9
+353 1 555 3092

""" + wrote("Thu, 10 Sep 2026 at 21:14", CAND) + "\n"
    + quote(_kilbride_niamh + "\n\n"
            + wrote("Thu, 10 Sep 2026 at 15:02", ("Lisa Behan", "lisa.behan@kilbridecardiac.example.ie"))
            + "\n" + quote(_kilbride_missed + "\n\n"
                           + wrote("Fri, 4 Sep 2026 at 10:31", ("Lisa Behan", "lisa.behan@kilbridecardiac.example.ie"))
                           + "\n" + quote(_kilbride_invite))))

_kestrel_text = """Hi Niamh,

Quick one, as promised. My client - the Galway CRO I described to you, whose name I still can't share as the search is confidential - got back to me this morning. They won't be taking you forward for the study start-up coordinator role.

Their feedback: they found you warm and organised, but they want someone who has already worked with an electronic data capture system like Medidata Rave day to day. That's fixable - there's a short online course I can send you.

I'll keep you on my shortlist for the next suitable brief.

Shauna

Shauna Geraghty
Principal Consultant | Kestrel Clinical Talent
Eyre Square Business Centre, Galway | +353 91 555 8874"""

_mourne_body = """Dear Paul,

Re: Trials Coordinator (Band 5), candidate N. Delacroix-Murphy

The selection panel met on 14 October. This candidate was not appointed; the post has been offered to the candidate ranked first. Please inform the candidate of the outcome. Feedback is available from the panel chair on request.

Regards,
Workforce Services"""

_mourne_text = forwarded(
    """Hi Niamh,

Please see the note from Workforce below. I'm sorry it isn't better news - you were very close, and I'd be glad to talk you through the panel's feedback if you want to ring me at any point next week.

Paul

Paul Hamill
Operations Manager, Mourne Clinical Trials Unit
Belfast | 028 9555 4417""",
    ("Workforce Services", "workforce@mournectu.example.co.uk"), "Thu, 15 Oct 2026 at 10:02",
    "Outcome - Trials Coordinator (Band 5)", ("Paul Hamill", "paul.hamill@mournectu.example.co.uk"),
    _mourne_body)

# ---------------------------------------------------------------------------------------------
# French
# ---------------------------------------------------------------------------------------------

_confluence_text = reply(
    """Bonjour Niamh,

Je tenais à vous remercier pour l'entretien de mercredi dernier avec le Dr Vasseur, et pour la souplesse dont vous avez fait preuve lorsque nous avons dû reprogrammer le créneau.

Après réflexion, nous avons décidé de ne pas retenir votre candidature pour le poste d'attachée de recherche clinique junior. L'équipe a apprécié votre parcours et votre motivation, mais elle recherche pour ce poste un profil déjà familier des études de phase I, et notre choix s'est porté sur une personne ayant cette expérience.

Je me permets de conserver votre CV dans notre vivier ; n'hésitez pas à postuler de nouveau sur nos prochaines offres.

Bien cordialement,

Mathilde Perrin
Chargée de recrutement
Confluence Essais Cliniques
12 quai Rambaud, 69002 Lyon
Tél. : +33 4 55 50 21 70""",
    "jeu. 16 avr. 2026 à 17:40", ("Mathilde Perrin", "mathilde.perrin@confluence-essais.example.fr"),
    """Bonjour Niamh,

Merci pour votre message. Je vous propose un nouveau créneau le mercredi 22 avril à 14h00, toujours en visio avec le Dr Vasseur.

Mathilde Perrin""", lang="fr")

_fourviere_text = """Madame,

Nous vous remercions de l'intérêt que vous portez aux Hospices de Fourvière et de votre candidature au poste de Technicienne d'études cliniques (réf. HF-2026-0219).

Nous avons examiné votre dossier avec attention. Nous sommes toutefois au regret de vous informer qu'il n'a pas été retenu pour la suite du processus.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Hospices de Fourvière"""

_rhodanie_text = """Bonjour Madame Delacroix-Murphy,

Je reviens vers vous concernant votre candidature au poste de Coordinatrice d'investigations cliniques au sein de notre site de Vaulx-en-Velin.

Suite à une réorganisation de notre département Affaires cliniques, le recrutement sur ce poste est gelé jusqu'à nouvel ordre. Nous ne donnerons donc pas suite aux candidatures reçues, la vôtre comprise. Je suis consciente que cette nouvelle est décevante après nos premiers échanges.

Si le poste venait à être rouvert, je reprendrais contact avec vous en priorité.

Très cordialement,

Aurélie Chassagne
Responsable Talent Acquisition
Rhodanie Medtech
45 avenue Franklin Roosevelt, 69120 Vaulx-en-Velin
+33 4 55 50 88 12"""

_mosan_text = """Madame,

Votre profil ne correspond pas à nos besoins actuels pour le poste de coordinatrice d'études. Nous ne poursuivrons pas.

Salutations distinguées,

Dr P. Renard
Clinique du Parc Mosan, Liège"""

_alpes_text = reply(
    """Bonjour Niamh,

J'ai eu ce matin le retour de Laboratoires Saône Diagnostics suite à votre entretien de jeudi.

Malheureusement, ils ont choisi de poursuivre avec une autre candidate, qui parle couramment français dans un contexte professionnel et qui connaît déjà la réglementation française des recherches impliquant la personne humaine. Ils ont beaucoup aimé votre énergie et votre expérience des patients, ce qu'ils m'ont demandé de vous transmettre.

Je reste à votre disposition pour échanger par téléphone, et je continue à chercher des postes qui pourraient vous convenir à Lyon, y compris dans des structures anglophones.

Belle journée,

Camille Girard
Consultante Santé & Sciences de la vie
Alpes Rhône Talents
27 rue de la République, 69002 Lyon
06 55 51 42 90""",
    "lun. 16 mars 2026 à 11:15", ("Camille Girard", "camille.girard@alpesrhone-talents.example.fr"),
    """Bonjour Niamh,

Bonne nouvelle : Laboratoires Saône Diagnostics souhaite vous rencontrer pour le poste de coordinatrice d'études cliniques. Seriez-vous disponible jeudi 26 mars à 10h00 à leur siège de Gerland ?

Camille""", lang="fr")

# ---------------------------------------------------------------------------------------------
# German
# ---------------------------------------------------------------------------------------------

_rheinmaas_text = """Sehr geehrte Frau Delacroix-Murphy,

vielen Dank für Ihre Bewerbung als Clinical Research Coordinator (m/w/d) an unserem Standort Leuven und für das angenehme Telefongespräch mit mir.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil den Anforderungen der Stelle näherkommt. Ausschlaggebend war vor allem die Erfahrung im Monitoring von Phase-II-Studien.

Diese Entscheidung ist keine Bewertung Ihrer Person. Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen

Jonas Weidenfeld
Recruiter
Rheinmaas Clinical GmbH"""

_eifel_text = """Hallo Frau Delacroix-Murphy,

herzlichen Dank, dass Sie sich für die Position „Clinical Affairs Specialist (Junior)“ in unserem Büro in Leuven interessiert und sich Zeit für das Videogespräch genommen haben.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach Abschluss aller Gespräche haben wir uns jedoch entschieden, die Stelle anderweitig zu besetzen.

Ihre Daten werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht, sofern Sie nicht in die Aufnahme in unseren Talentpool einwilligen.

Beste Grüße
Ihr Recruiting-Team der Eifel MedTec GmbH"""

_ostbelgien_quoted = """Sehr geehrter Herr Lorentz,

vielen Dank für das freundliche Gespräch am Mittwoch und den Rundgang durch die Studienambulanz. Ich habe einen sehr guten Eindruck vom Team gewonnen und bin weiterhin sehr an der Stelle interessiert.

Mit freundlichen Grüßen
Niamh Delacroix-Murphy"""

_ostbelgien_text = reply(
    """Sehr geehrte Frau Delacroix-Murphy,

haben Sie vielen Dank für Ihre freundlichen Zeilen. Auch uns hat das Gespräch mit Ihnen gefallen.

Leider kann ich Ihnen dennoch keine positive Nachricht überbringen. Für die Stelle als Studienkoordinatorin sind fließende Deutschkenntnisse im Patientenkontakt unerlässlich, da fast alle unsere Studienteilnehmer aus der Eifel und dem Raum Sankt Vith kommen. Wir haben uns deshalb für eine Bewerberin aus der Region entschieden.

Ich wünsche Ihnen für Ihre Bewerbungen in Leuven viel Erfolg.

Freundliche Grüße aus Sankt Vith

Bernd Lorentz
Pflegedirektor
Ostbelgien Reha Zentrum VoG
Klosterstraße 9, 4780 Sankt Vith, Belgien
Tel. +32 80 55 51 20""",
    "Fr., 24. Apr. 2026 um 19:03", CAND, _ostbelgien_quoted, lang="de")

_brabant_text = """Sehr geehrte Frau Delacroix-Murphy,

wir kommen zurück auf Ihre Bewerbung um die Stelle als Studienassistenz im Bereich Site Management.

Wir möchten Ihnen mitteilen, dass die Position zwischenzeitlich intern besetzt wurde. Eine Kollegin aus unserem Bereich Qualitätssicherung wechselt zum 1. September in das Team. Das Auswahlverfahren ist damit abgeschlossen, und wir schicken Ihnen Ihre Unterlagen nicht zurück, sondern löschen sie nach Ablauf der gesetzlichen Frist.

Wir bedauern, Ihnen keinen günstigeren Bescheid geben zu können, und danken Ihnen für Ihr Interesse an unserem Unternehmen.

Mit freundlichen Grüßen

Dr. Ulrike Hahn
Leiterin Personal
Brabant Pharma Services BV
Tiensevest 60, 3000 Leuven
Tel. +32 16 55 40 12"""

# ---------------------------------------------------------------------------------------------
# Spanish
# ---------------------------------------------------------------------------------------------

_ecm_text = reply(
    """Hola Niamh:

Gracias por tu respuesta y por explicarnos lo que pasó con la conexión el día 22.

Lo hemos hablado con la coordinadora del área de oncología y, como el proceso ya estaba en su fase final, hemos decidido no reprogramar la entrevista y seguir adelante con las candidatas que ya habíamos entrevistado. Por lo tanto, tu candidatura para el puesto de Coordinadora de Ensayos Clínicos queda cerrada.

Lamentamos que no haya salido mejor. Te animamos a seguir nuestras ofertas en la web.

Un saludo,

Marta Puigdomènech Vidal
Técnica de Selección
Ensayos Clínicos Mediterráneo
Carrer de Pujades 120, 08005 Barcelona
Tel. +34 93 555 18 40""",
    "lun., 22 jun. 2026 a las 20:11", CAND,
    """Hola Marta:

Lo siento muchísimo, tuve un problema con el enlace de Teams y no conseguí entrar a tiempo. ¿Sería posible buscar otra fecha?

Gracias,
Niamh""", lang="es")

_besos_text = """Hola Niamh,

Queremos agradecerte tu participación en el proceso de selección para la plaza de Data Manager / Coordinadora de Estudios del Instituto de Investigación del Hospital Universitari del Besòs.

Tras valorar todas las candidaturas, te comunicamos que en esta ocasión no continuarás en el proceso. Hemos priorizado perfiles con experiencia previa en la gestión de bases de datos clínicas (REDCap, OpenClinica).

Gracias por tu interés y mucha suerte en tu búsqueda.

Equipo de Recursos Humanos
Hospital Universitari del Besòs"""

_talento_text = reply(
    """Hola Niamh:

Te escribo con la respuesta de la Fundació Recerca Montjuïc después de tu entrevista del viernes 4 con la Dra. Serra.

Han decidido no seguir contigo en el proceso. Me comentan que valoraron mucho tu trato con los pacientes, pero que el puesto requiere redactar documentación para el comité de ética en catalán y castellano, y al final se han inclinado por una persona con ese perfil.

Sé que te hacía mucha ilusión. Sigo con tu candidatura activa en nuestra base de datos y te aviso en cuanto tenga algo en el área de Barcelona que encaje contigo.

Un abrazo,
Javier

Javier Ortega Ruiz
Consultor Senior – Life Sciences
Talento Salud Barcelona
Passeig de Gràcia 54, 08007 Barcelona
+34 655 51 22 09""",
    "mié., 26 ago. 2026 a las 13:02", ("Javier Ortega Ruiz", "javier.ortega@talentosalud.example.es"),
    """Hola Niamh:

¡Buenas noticias! La Fundació Recerca Montjuïc quiere entrevistarte para la posición de Coordinadora de Estudios Clínicos. Te propongo el viernes 4 de septiembre a las 11:00 en sus oficinas de Poble-sec.

Javier""", lang="es")

_garraf_text = """Estimada Niamh:

Le agradecemos el envío de su currículum. Hemos cubierto ya la vacante de Técnica de Ensayos y no seguiremos adelante con su candidatura.

Atentamente,
Òscar Vilanova
Laboratorios Garraf – Recursos Humanos"""

MESSAGES: list[dict] = [
    dict(kind=R, name="workday_not_shortlisted", lang="en", company="Western Seaboard University", contact="",
         frm=("Western Seaboard University", "wsu@myworkday.com"),
         date="2026-03-11 08:02 +0000",
         subject="Your application for Clinical Research Coordinator (R-2026-00417)",
         html=ats_card("Western Seaboard University - Careers", "#1d3c6e", _wsu_text,
                       "Please do not reply to this automated message. Powered by Workday.",
                       button=("Go to Candidate Home", "https://wsu.wd3.myworkday.com/wsu/d/home.htmld")),
         headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]),
    dict(kind=R, name="greenhouse_closer_match", lang="en", company="Dodder Diagnostics",
         contact="hannah.kavanagh@dodderdx.example.ie",
         frm=("Hannah Kavanagh via Greenhouse", "no-reply@greenhouse-mail.io"),
         reply_to=("Hannah Kavanagh", "hannah.kavanagh@dodderdx.example.ie"),
         date="2026-01-28 16:44 +0000",
         subject="Update on your application to Dodder Diagnostics",
         text=_dodder_text, html=plain_html(_dodder_text)),
    dict(kind=R, name="role_on_hold", lang="en", company="Treaty Orthopaedics",
         contact="claire.hogan@treatyortho.example.ie",
         frm=("Claire Hogan", "claire.hogan@treatyortho.example.ie"),
         date="2026-02-17 12:30 +0000",
         subject="Clinical Trials Assistant - Raheen", text=_treaty_text),
    dict(kind=R, name="terse_after_onsite", lang="en", company="Benbulben Medical Devices",
         contact="declan.harte@benbulbenmed.example.ie",
         frm=("Declan Harte", "declan.harte@benbulbenmed.example.ie"),
         date="2026-02-26 17:55 +0000", reply="benbulben-invite",
         subject="Re: On-site interview - Clinical Evidence Coordinator", text=_benbulben_text),
    dict(kind=R, name="agency_relays_liffey_no", lang="en", company="Liffey Bioresearch",
         contact="conor.whelan@harbourview.example.ie",
         frm=("Conor Whelan", "conor.whelan@harbourview.example.ie"),
         date="2026-02-18 18:20 +0000", reply="niamh-harbourview-followup", cte="qp",
         subject="Re: Liffey Bioresearch - any news?", text=_harbourview_text),
    dict(kind=R, name="after_panel_quotes_thanks", lang="en", company="Western Lakes University Hospital",
         contact="deirdre.fahy@wluh.example.ie",
         frm=("Fahy, Deirdre", "deirdre.fahy@wluh.example.ie"),
         cc=[("Concannon, Maeve", "maeve.concannon@wluh.example.ie")],
         date="2026-02-16 10:05 +0000", charset="windows-1252", cte="qp",
         ext_refs=["<DB9PR02MB7410C1A2@DB9PR02MB7410.eurprd02.prod.example.ie>"],
         subject="RE: Thank you - CRC interview this morning",
         text=_wluh_text, html=outlook_html(_wluh_text, charset="windows-1252"),
         headers=[("Thread-Topic", "Thank you - CRC interview this morning"),
                  ("Content-Language", "en-IE")]),
    dict(kind=R, name="filled_internally", lang="en", company="St. Brigid's Research Hospital",
         contact="karen.doyle@stbrigids.example.ie",
         frm=("Karen Doyle", "karen.doyle@stbrigids.example.ie"),
         date="2026-07-29 15:10 +0100", reply="stbrigids-cancel",
         subject="Re: Second-round interview - Research Coordinator", text=_stbrigids_text),
    dict(kind=R, name="hse_campaign_withdrawn", lang="en", company="HSE",
         contact="siobhan.nifhlatharta@hse-west.example.ie",
         frm=("Siobhán Ní Fhlatharta", "siobhan.nifhlatharta@hse-west.example.ie"),
         name_enc=("iso-8859-1", "b"), charset="iso-8859-1", cte="8bit",
         date="2026-05-19 14:25 +0100",
         subject="HW-CRN-26-031 Research Nurse / CRC - campaign withdrawn", text=_hse_text),
    dict(kind=R, name="casual_went_with_someone", lang="en", company="Lagan Research Partners",
         contact="gemma.mccready@laganresearch.example.co.uk",
         frm=("Gemma McCready", "gemma.mccready@laganresearch.example.co.uk"),
         date="2026-03-24 17:32 +0000", reply="lagan-resched", charset="windows-1252", cte="8bit",
         subject="Re: Missed you this morning!", text=_lagan_text),
    dict(kind=R, name="lever_plain", lang="en", company="Kinvara Health Data", contact="",
         frm=("Kinvara Health Data", "no-reply@hire.lever.co"),
         date="2026-04-07 09:15 +0000",
         subject="Your application to Kinvara Health Data", text=_kinvara_text),
    dict(kind=R, name="smartrecruiters_talent_pool", lang="en", company="Thomond Research Services",
         contact="", frm=("Thomond Research Services", "noreply@smartrecruiters.com"),
         date="2026-05-05 07:48 +0000", cte="base64",
         subject="Clinical Trial Assistant (Limerick, hybrid) - your application",
         text=_thomond_text,
         html=ats_card("Thomond Research Services", "#00796b", _thomond_text,
                       "SmartRecruiters Inc., on behalf of Thomond Research Services. You received "
                       "this email because you applied for a job.")),
    dict(kind=R, name="icims_html_only", lang="en", company="Claddagh Biologics", contact="",
         frm=("Claddagh Biologics Talent Acquisition", "claddaghbio@talent.icims.com"),
         date="2026-06-02 13:00 +0000", cte="qp",
         subject="Claddagh Biologics - Requisition 2026-1187",
         html=ats_card("Claddagh Biologics", "#6a1b9a", _claddagh_text,
                       "This message was sent from an unattended mailbox via iCIMS.")),
    dict(kind=R, name="ashby_after_phone_screen", lang="en", company="Tessellate Trials",
         contact="femi@tessellatetrials.example.com",
         frm=("Femi Adeyemi (Tessellate Trials)", "no-reply@ashbyhq.com"),
         reply_to=("Femi Adeyemi", "femi@tessellatetrials.example.com"),
         date="2026-08-20 15:37 +0100",
         subject="Remote Site Coordinator - next steps",
         text=_tessellate_text, html=plain_html(_tessellate_text)),
    dict(kind=R, name="after_panel_quotes_thanks_belfast", lang="en",
         company="Belfast Institute for Oral Health", contact="ruth.agnew@bioh.example.ac.uk",
         frm=("Dr Ruth Agnew", "ruth.agnew@bioh.example.ac.uk"),
         date="2026-06-26 11:48 +0100", reply="niamh-bioh-thanks",
         subject="Re: Thank you - Research Coordinator interview", text=_bioh_text),
    dict(kind=R, name="taleo_not_selected", lang="en", company="Pembroke Pharma Services", contact="",
         frm=("Pembroke Pharma Services", "pembrokepharma@taleo.net"),
         date="2026-04-22 03:14 +0000",
         subject="Pembroke Pharma Services - Req. ID 26000312",
         text=_pembroke_text,
         headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")]),
    dict(kind=R, name="long_chain_after_missed", lang="en", company="Kilbride Cardiac Research",
         contact="lisa.behan@kilbridecardiac.example.ie",
         frm=("Lisa Behan", "lisa.behan@kilbridecardiac.example.ie"),
         date="2026-09-14 12:26 +0100", reply="kilbride-missed", cte="qp",
         ext_refs=["<CAH2niamh0910reply@mail.example.ie>"],
         subject="Re: Missed interview today - Clinical Research Coordinator", text=_kilbride_text),
    dict(kind=R, name="agency_unnamed_client", lang="en", company="Kestrel Clinical Talent",
         contact="shauna@kestreltalent.example.ie",
         frm=("Shauna Geraghty", "shauna@kestreltalent.example.ie"),
         date="2026-10-06 10:12 +0100",
         subject="Feedback from my client - study start-up role", text=_kestrel_text),
    dict(kind=R, name="forwarded_workforce_outcome", lang="en", company="Mourne Clinical Trials Unit",
         contact="paul.hamill@mournectu.example.co.uk",
         frm=("Paul Hamill", "paul.hamill@mournectu.example.co.uk"),
         date="2026-10-15 16:40 +0100",
         subject="Fwd: Outcome - Trials Coordinator (Band 5)", text=_mourne_text),
    # --- French ---
    dict(kind=R, name="fr_apres_entretien", lang="fr", company="Confluence Essais Cliniques",
         contact="mathilde.perrin@confluence-essais.example.fr",
         frm=("Mathilde Perrin", "mathilde.perrin@confluence-essais.example.fr"),
         date="2026-05-06 09:45 +0200", reply="confluence-resched",
         charset="iso-8859-1", cte="qp", subj_enc=("iso-8859-1", "q"),
         subject="Re: Nouveau créneau - entretien ARC junior", text=_confluence_text),
    dict(kind=R, name="fr_successfactors", lang="fr", company="Hospices de Fourvière", contact="",
         frm=("Hospices de Fourvière - Recrutement", "noreply@successfactors.eu"),
         date="2026-06-12 06:30 +0000", cte="base64",
         subject="Votre candidature - Technicienne d'études cliniques (HF-2026-0219)",
         html=ats_card("Hospices de Fourvière", "#8e2430", _fourviere_text,
                       "Ce message est généré automatiquement, merci de ne pas y répondre.",
                       lang="fr")),
    dict(kind=R, name="fr_poste_gele", lang="fr", company="Rhodanie Medtech",
         contact="aurelie.chassagne@rhodanie.example.fr",
         frm=("Aurélie Chassagne", "aurelie.chassagne@rhodanie.example.fr"),
         date="2026-03-19 18:05 +0100", cte="qp",
         subject="Votre candidature – Coordinatrice d'investigations cliniques", text=_rhodanie_text),
    dict(kind=R, name="fr_laconique", lang="fr", company="Clinique du Parc Mosan",
         contact="p.renard@parcmosan.example.be",
         frm=("Dr P. Renard", "p.renard@parcmosan.example.be"),
         date="2026-07-08 08:12 +0200", cte="8bit",
         subject="Candidature", text=_mosan_text),
    dict(kind=R, name="fr_cabinet_relaie_client", lang="fr", company="Laboratoires Saône Diagnostics",
         contact="camille.girard@alpesrhone-talents.example.fr",
         frm=("Camille Girard", "camille.girard@alpesrhone-talents.example.fr"),
         date="2026-03-30 10:22 +0200", reply="alpes-invite",
         charset="windows-1252", cte="qp",
         subject="RE: Entretien chez Laboratoires Saône Diagnostics",
         text=_alpes_text, html=outlook_html(_alpes_text, lang="fr-FR", charset="windows-1252")),
    # --- German ---
    dict(kind=R, name="de_personio_absage", lang="de", company="Rheinmaas Clinical",
         contact="j.weidenfeld@rheinmaas.example.de",
         frm=("Rheinmaas Clinical GmbH", "no-reply@personio.de"),
         reply_to=("Jonas Weidenfeld", "j.weidenfeld@rheinmaas.example.de"),
         date="2026-02-24 11:02 +0100",
         subject="Ihre Bewerbung als Clinical Research Coordinator (m/w/d) – Leuven",
         text=_rheinmaas_text, html=plain_html(_rheinmaas_text, lang="de")),
    dict(kind=R, name="de_softgarden_html", lang="de", company="Eifel MedTec", contact="",
         frm=("Eifel MedTec Recruiting", "no-reply@softgarden.io"),
         date="2026-03-30 14:41 +0200", cte="base64", subj_enc=("utf-8", "b"),
         subject="Ihre Bewerbung bei der Eifel MedTec GmbH – Rückmeldung",
         html=ats_card("Eifel MedTec", "#004f9f", _eifel_text,
                       "Diese E-Mail wurde automatisch über softgarden versendet.", lang="de")),
    dict(kind=R, name="de_nach_gespraech_zitat", lang="de", company="Ostbelgien Reha Zentrum",
         contact="b.lorentz@ostbelgien-reha.example.be",
         frm=("Bernd Lorentz", "b.lorentz@ostbelgien-reha.example.be"),
         date="2026-05-05 16:20 +0200", reply="niamh-ostbelgien-danke", cte="qp",
         subject="AW: Vielen Dank für das Gespräch", text=_ostbelgien_text),
    dict(kind=R, name="de_intern_besetzt", lang="de", company="Brabant Pharma Services",
         contact="u.hahn@brabantpharma.example.be",
         frm=("Dr. Ulrike Hahn", "u.hahn@brabantpharma.example.be"),
         date="2026-08-03 09:30 +0200", charset="iso-8859-1", cte="8bit",
         subj_enc=("iso-8859-1", "q"),
         subject="Ihre Bewerbung - Studienassistenz Site Management", text=_brabant_text),
    # --- Spanish ---
    dict(kind=R, name="es_tras_ausencia", lang="es", company="Ensayos Clínicos Mediterráneo",
         contact="marta.puigdomenech@ecmediterraneo.example.es",
         frm=("Marta Puigdomènech Vidal", "marta.puigdomenech@ecmediterraneo.example.es"),
         date="2026-07-01 12:40 +0200", reply="ecm-missed", cte="qp",
         ext_refs=["<CAH2niamh0622ecm@mail.example.ie>"],
         subject="Re: No pudimos conectar contigo - entrevista", text=_ecm_text),
    dict(kind=R, name="es_teamtailor", lang="es", company="Hospital Universitari del Besòs", contact="",
         frm=("Hospital Universitari del Besòs", "no-reply@teamtailor-mail.com"),
         name_enc=("utf-8", "b"),
         date="2026-10-09 10:00 +0200",
         subject="Actualización sobre tu candidatura",
         text=_besos_text,
         html=ats_card("Hospital Universitari del Besòs", "#c62828", _besos_text,
                       "Enviado con Teamtailor", lang="es")),
    dict(kind=R, name="es_agencia_transmite", lang="es", company="Fundació Recerca Montjuïc",
         contact="javier.ortega@talentosalud.example.es",
         frm=("Javier Ortega Ruiz", "javier.ortega@talentosalud.example.es"),
         date="2026-09-14 17:25 +0200", reply="talento-invite", charset="windows-1252", cte="8bit",
         subject="Re: Entrevista en Fundació Recerca Montjuïc", text=_talento_text),
    dict(kind=R, name="es_breve", lang="es", company="Laboratorios Garraf",
         contact="oscar.vilanova@labgarraf.example.es",
         frm=("Òscar Vilanova", "oscar.vilanova@labgarraf.example.es"),
         name_enc=("iso-8859-1", "q"),
         date="2026-05-27 13:13 +0200", charset="windows-1252", cte="qp",
         subject="Candidatura Técnica de Ensayos", text=_garraf_text),
]
