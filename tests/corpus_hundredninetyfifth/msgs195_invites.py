"""Corpus 195 - interview invitations (26), reschedules/cancellations (15) and missed
interview notices (10): hand-written, one spec per message."""

from msgs195_common import (
    CAND_ADDR,
    CAND_NAME,
    CANDIDATE,
    CANDIDATE_ACCENTED,
    M,
    ats_card,
    html_page,
    outlook_block,
    outlook_html,
    paras,
    reply_chain,
)

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

ORLA = ("Orla Devlin", "orla.devlin@cavehilltrust.example.co.uk")
DECLAN = ("Declan McFeely", "declan.mcfeely@foylevale.example.co.uk")
FEMKE = ("Femke de Graaf", "femke.degraaf@maashaven.example.nl")
GEMMA = ("Rimmer Gemma", "gemma.rimmer@merseybank.example.org.uk")
RYAN = ("Ryan Quigley", "ryan.quigley@greenwayrecruit.example.co.uk")
SAOIRSE = ("Saoirse Nic Giolla Phádraig", "saoirse.nicgiolla@tolkapcn.example.ie", "utf-8/B")
PRIYA = ("Priya Chaudhry", "priya.chaudhry@irwellgp.example.org.uk")
FRASER = ("Fraser McAllister", "fraser.mcallister@clydeholm.example.org.uk")
NIAMH = ("Niamh Gilmore", "niamh.gilmore@hearthstone.example.org.uk")
LAUREN = ("Lauren Byrne", "lauren.byrne@merseyview.example.co.uk")
SHAUNA = ("Shauna Doherty", "shauna.doherty@watersidewellbeing.example.org.uk")
FIONA = ("Fiona Rennie", "fiona.rennie@kelvinhaugh.example.ac.uk")
CIARAN = ("Ciarán Fitzpatrick", "ciaran.fitzpatrick@shamrockmedstaff.example.ie")
TOM = ("Tom Ashworth", "tom.ashworth@ancoatscare.example.org.uk")
DEAN = ("Dean Harrop", "dean.harrop@quaysidehealthrecords.example.co.uk")
CAMILLE = ("Camille Vandenbussche", "camille.vandenbussche@ghfd.example.fr")
HELENE = ("Hélène Deschamps", "helene.deschamps@tilleuls-nord.example.fr")
JULIEN = ("Julien Delattre", "julien.delattre@interimsante-flandres.example.fr")
SANDRINE = ("Sandrine Caudron", "sandrine.caudron@univ-vauban.example.fr")
SVENJA = ("Svenja Kröger", "svenja.kroeger@lindenhof-pflege.example.de")
MALTE = ("Malte Hinrichs", "malte.hinrichs@medipersonal-nw.example.de")
JONAS = ("Jonas Petersen", "jonas.petersen@hansecare.example.de")
LUCIA = ("Lucía Ferrandis Soler", "lucia.ferrandis@hturia.example.es")
VICENTE = ("Vicente Llorca", "vicente.llorca@clinicaruzafa.example.es")
JORDI = ("Jordi Martí Vidal", "jordi.marti@levantetalento.example.es")
ROSA = ("Rosa Benlloch", "rosa.benlloch@ulevantina.example.es")


def _a(p):
    return p[1]


# ================================================================ invitations, English

_cav_inv = """Dear Roisin,

Administrative Assistant (Band 3), Outpatients - ref. CHT/26/0088

I am pleased to let you know that you have been shortlisted for the above post and I would like to invite you to interview.

Date: Tuesday 24 February 2026
Time: 10:00 (please arrive by 09:45)
Venue: Room 2.14, Cavehill House, 120 Antrim Road, Belfast BT15 5AB
Panel: Dr Ciaran Moffett, Head of Patient Administration; Ms Joanne Lavery, Outpatients Manager

The interview will last about 45 minutes. You will be asked to complete a ten-minute data entry exercise before it.

Please bring photographic ID, proof of address and the originals of the qualifications listed on your application. A calendar invitation is attached; please accept it or reply to this email to confirm that you will attend.

Kind regards,

Orla Devlin
Recruitment Officer | Workforce Services
Cavehill Health and Social Care Trust
Cavehill House, 120 Antrim Road, Belfast BT15 5AB
Tel: 028 9504 3361

The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. If you are not the intended recipient, any disclosure, copying or distribution is prohibited.
"""

_fv_screen = """Hi Roisin,

Thanks for applying for the Care Home Administrator job at Ashgrove House. I've had a look at your CV and I'd like to have a quick chat on the phone before we go any further - about 20 minutes, nothing formal.

Would Wednesday 11th at 10am work for you? I'll ring the mobile number on your CV unless you tell me otherwise.

Thanks,
Declan

Declan McFeely
Talent Partner | Foyle Vale Care Group
Strand Road, Derry BT48 7NN | 028 7126 6019
"""

_mh_inv = """Dear Roisin,

Thank you for your application for International Patient Services Coordinator. We would like to get to know you better in a video interview with me and Dr. Sanne Kuipers, head of our international office.

Please choose a time that suits you from the available slots between 18 and 20 March using the link below. The interview takes place on Microsoft Teams and lasts about 45 minutes; the link will be sent once you have booked.

https://maashavenzorggroep.recruitee.com/o/international-patient-services-coordinator/schedule?token=f3c9a1

If none of the times work for you, just reply to this email.

Kind regards,
Femke de Graaf
Recruiter, Maashaven Zorggroep
"""

_mb_inv = """Dear Roisin,

Ward Clerk - Band 2 - ref. MB-2026-0417

Thank you for your application. I am pleased to invite you to an interview for this post on Thursday 11 June 2026 at 11:00 at Bankside House, 14 Dock Road, Liverpool L3 4BX. Please report to main reception on the ground floor.

Your panel will be Mrs Adaeze Okafor (Ward Manager, Ward 4B) and Mr Phil Stanley (Administrative Services Manager). The interview will take approximately 30 minutes and will follow a values-based format.

Please bring your passport or other right-to-work document. An appointment file is attached for your calendar.

Could you let me know by Monday whether you will be attending?

Best wishes,

Gemma Rimmer
Recruitment Coordinator | Workforce Directorate
Mersey Bank Community Health NHS Trust
Tel: 0151 496 0732

This e-mail and any attachments are confidential and intended solely for the addressee.
"""

_gw_client = """Hi Roisin,

Good news - Lagan and Down GP Federation want to meet you for the Patient Services Administrator role!

Friday 20 March at 2pm
Federation office, 7 Ballynahinch Road, Carryduff BT8 8DN
You'll be meeting Karen Mulholland (Operations Manager) and one of the practice managers.

It's a fairly relaxed format, around 40 minutes. Karen will ask about your experience with patients and how you'd manage a busy inbox, and she may ask you to draft a short reply to a patient complaint. Wear what you'd wear to work and bring a copy of your CV.

Give me a quick ring to confirm and I'll let them know. Any questions, just shout.

Ryan

Ryan Quigley
Senior Consultant - Healthcare Admin
Greenway Healthcare Recruitment
T: 028 9099 2210 | M: 07700 900 771
"""

_tk_inv = """Hi Roisin,

Thanks for applying for the Practice Administrator role with Tolka Primary Care Network.

We'd like to invite you to an online interview on Thursday 9 July at 14:00 (Irish time) with myself and Dr Eoin Tuohy, our clinical director. It'll be on Microsoft Teams and should take about 35 minutes.

Join the meeting: https://teams.example.ie/l/meetup-join/tolka-pcn-9jul-1400

A calendar invitation is included with this email.

Kind regards,
Saoirse

Saoirse Nic Giolla Phádraig
Business Manager, Tolka Primary Care Network
"""

_iw_inv = """Dear Roisin,

Many thanks for your application for the post of Care Coordination Administrator.

I'm delighted to say the panel would like to meet you. The interview will be held on Wednesday 12 August at 10:30 at our offices at Pendleton Gateway, 1 Broadwalk, Salford M6 5FX. It will last around 45 minutes and will include a short exercise on prioritising referrals.

Please reply to confirm your attendance, and let me know if you need any adjustments for the day.

Kind regards,

Priya Chaudhry
Operations Manager
Irwell Valley GP Alliance
Pendleton Gateway, 1 Broadwalk, Salford M6 5FX
0161 555 0814
"""

_cl_ac = """Hello Roisin,

Thank you for applying for the role of Business Support Officer (Grade 4) with Clydeholm Health and Care Partnership.

We are pleased to invite you to our assessment centre on Thursday 10 September 2026 from 09:30 to 15:00 at Clydeholm Hub, 250 Dumbarton Road, Glasgow G11 6AA.

The day will include:
- a group exercise with other candidates
- a typing and data accuracy test
- a short panel interview

Lunch will be provided. Please let us know about any dietary requirements or reasonable adjustments by replying to this email, which will reach Fraser McAllister in our recruitment team.

Confirm your place here: https://apply.workable.com/clydeholm/j/4B1C77/confirm

Kind regards,
Clydeholm Health and Care Partnership Recruitment Team
"""

_hs_chat = """Hi Roisin,

Thanks for your application for the volunteer coordinator job - it made me smile, especially the bit about the singing afternoons in your care home.

Are you free Thursday afternoon for a chat? Nothing too formal, just a cuppa at our office on the Lisburn Road and I'll tell you a bit more about the role and you can ask me anything. 3 o'clock?

Niamh

Niamh Gilmore
Services Manager | Hearthstone Dementia Charity
412 Lisburn Road, Belfast BT9 6GN | 028 9066 4120
"""

_mv_inv = """Hi Roisin,

Thank you for your interest in the Home Administrator role at Merseyview Care Homes. We'd like to invite you to an in-person interview at Sefton Lodge with me and Paul Garside, the Home Manager.

Please use the link below to choose a time that works for you:

https://app.greenhouse.example.io/scheduling/merseyview/home-administrator?token=8a2e61

The interview will take about an hour and includes a short tour of the home.

Looking forward to meeting you,
Lauren Byrne
Talent Acquisition Partner, Merseyview Care Homes
"""

_ww_app = """Dear Ms Doherty,

I would like to apply for the Office and Bookings Assistant post advertised on your website. I attach my CV.

For the last four years I have worked as a care assistant in a residential home in south Belfast, where I also help the administrator with rotas and family visits. I am now studying for an ECDL-level IT qualification and I'm keen to move into an office role in the community and voluntary sector.

I would be very happy to come to Derry for an interview at any time.

Yours sincerely,
Roisin Vasquez-Lindholm"""

_ww_inv = """Dear Roisin,

Thank you again for sending in your CV.

I'd like to invite you to interview for the Office and Bookings Assistant post on Tuesday 5 May at 11:30 at our Glendermott Road office. The interview will last around 40 minutes and includes a short spreadsheet exercise.

Please confirm you can attend.

Shauna

Shauna Doherty
Operations Lead
Waterside Wellbeing
Glendermott Road, Derry / Londonderry BT47 6BG
Tel: 028 7134 5501

""" + reply_chain("en", "Tue, 14 Apr 2026 at 21:17", CAND_NAME, CAND_ADDR, _ww_app)

_kh_inv = """Dear Roisin Vasquez-Lindholm,

Job Requisition 4471 - Administrative Assistant, College of Medical, Veterinary and Life Sciences

Thank you for your application. We are pleased to invite you to a selection day for the above position.

Date: Thursday 25 June 2026
Time: 09:30 - 12:30
Location: Room 314, Boyd Orr Annexe, Kelvinhaugh University, Glasgow G12 8QQ

The selection day consists of an in-tray exercise (60 minutes) followed by a panel interview (30 minutes). Please bring photographic identification.

To confirm your attendance or request an adjustment, reply to this message: replies go to Fiona Rennie in Human Resources.

Yours sincerely,
Human Resources, Kelvinhaugh University
"""

_sh_call = """Hi Roisin,

Thanks for registering with Shamrock. I've been through your details and I think you'd suit a couple of admin roles I'm working on with nursing homes in north Dublin.

Are you around tomorrow (Thursday) at 2pm for a 15-minute call? I'll ring your mobile. If that doesn't suit, send me a time that does.

Talk soon,
Ciarán

Ciarán Fitzpatrick
Recruitment Consultant | Shamrock Medical Staffing
Merrion Square North, Dublin 2 | +353 1 555 0192
"""

_an_inv = """Hi Roisin,

Thanks for applying for the Rota and Admin Officer role at Ancoats Community Care. I'm the hiring manager and I'd love to have a first conversation with you.

I've booked you in for Tuesday 8 September at 11:00 on Zoom:
https://zoom.example.us/j/8812450032?pwd=ancoats

It'll be about half an hour: a bit about you, a bit about us, and how our rota system works. If the time is no good, reply to this email and we'll sort another.

Cheers,
Tom Ashworth
Registered Manager, Ancoats Community Care
"""

_qh_trial = """Hi Roisin,

Thanks for coming in on Monday – Sandra and I both enjoyed meeting you.

We’d like to offer you a paid trial shift in the records library before we make a final decision. Could you come in on Tuesday 6 October from 08:30 to 12:30? You’ll shadow Mo on scanning and retrievals and we’ll give you a small indexing task to do on your own.

Please wear flat shoes (there’s a lot of walking between the racks) and bring your ID for your visitor badge. The trial is paid at the standard hourly rate.

Can you let me know if that works?

Thanks,
Dean Harrop
Records Supervisor
Quayside Health Records, Unit 9 Wharfside Way, Manchester M17 1AN
“Keeping the right record in the right place.”
"""

# ================================================================ invitations, French

_gh_inv = """Bonjour Madame Vasquez-Lindholm,

Suite à l'examen de votre candidature au poste d'assistante administrative au bureau des entrées, j'ai le plaisir de vous proposer un entretien avec Monsieur Thomas Delcourt, responsable du service des admissions, et moi-même.

Date : jeudi 23 avril 2026 à 10h00
Lieu : Hôpital Saint-Philibert, bâtiment administratif, 1er étage, salle Flandre - rue du Grand But, 59160 Lomme

L'entretien durera environ 45 minutes. Merci de vous munir d'une pièce d'identité.

Je vous remercie de bien vouloir me confirmer votre présence par retour de mail. Vous trouverez également une invitation pour votre agenda.

Bien cordialement,

Camille Vandenbussche
Chargée de recrutement - Direction des ressources humaines
Groupe Hospitalier Flandres-Deûle
Tél. 03 20 55 41 08
"""

_tl_trial = """Bonjour Roisin,

Merci pour notre échange téléphonique de vendredi, qui m'a confortée dans l'idée que votre profil pourrait convenir au poste d'assistante administrative et d'accueil de la résidence.

Avant de prendre une décision, je vous propose de venir passer une journée d'immersion parmi nous le lundi 21 septembre, de 9h à 16h30. Vous passerez la matinée avec Nadia à l'accueil (visites des familles, appels, admissions) et l'après-midi avec moi sur la partie administrative. Le déjeuner est pris avec l'équipe.

Pouvez-vous me dire si cette date vous convient ?

Bien à vous,

Hélène Deschamps
Directrice
Résidence Les Tilleuls - Marcq-en-Barœul
Résidences Les Tilleuls du Nord
12 avenue Foch, 59700 Marcq-en-Barœul - 03 20 72 18 55
"""

_isf_inv = """Bonjour Roisin,

Bonne nouvelle : l'EHPAD Les Glycines à La Madeleine souhaite vous rencontrer pour le poste d'agent administratif et d'accueil (CDD de 6 mois, possibilité de CDI).

Rendez-vous le lundi 28 septembre à 14h00 avec Mme Fourmentin, la directrice, directement à l'établissement : 8 rue Gambetta, 59110 La Madeleine. Présentez-vous à l'accueil.

Elle vous posera surtout des questions sur votre expérience en maison de retraite et sur la gestion du planning des visites. Pensez à apporter votre CV et votre carte Vitale.

Confirmez-moi par mail ou SMS et je préviens l'établissement.

À bientôt,

Julien Delattre
Consultant santé & médico-social
Intérim Santé Flandres - 06 12 48 73 90
"""

_uv_inv = """Madame,

Votre candidature au poste de gestionnaire administrative (BAP J, catégorie C) au sein de l'UFR de santé a retenu l'attention de la commission.

Nous avons le plaisir de vous convier à un entretien le jeudi 11 juin 2026 à 9h30, bâtiment Pasteur, salle 104, Campus Santé, avenue Eugène Avinée, 59120 Loos.

L'entretien se déroulera en deux temps : une mise en situation écrite de 20 minutes (traitement d'un dossier étudiant), puis un échange de 30 minutes avec le jury.

Merci de confirmer votre venue en répondant à ce message.

Cordialement,

Sandrine Caudron
Responsable du pôle RH de proximité
Université Vauban - UFR de santé
"""

# ================================================================ invitations, German

_lh_inv = """Liebe Frau Vasquez-Lindholm,

vielen Dank für Ihre Bewerbung als Verwaltungsassistenz (m/w/d) für unser Haus Lindenhof in Dublin.

Gerne möchten wir Sie in einem ersten Gespräch per Microsoft Teams näher kennenlernen. Dabei sind die Hausleitung in Dublin, Frau Aisling Ward, und ich.

Termin: Montag, 15. Juni 2026, 11:00 Uhr (MESZ)
Dauer: ca. 40 Minuten
Link: https://teams.example.com/l/meetup-join/lindenhof-dublin-15062026

Das Gespräch führen wir auf Englisch, ein paar Fragen stellen wir auch auf Deutsch. Bitte bestätigen Sie den Termin über die Kalendereinladung oder kurz per E-Mail.

Herzliche Grüße
Svenja Kröger
Personalreferentin
Lindenhof Pflegegruppe - Zentrale Bremen
Am Wall 118, 28195 Bremen
Telefon +49 421 555 30 17
"""

_mp_client = """Hallo Frau Vasquez-Lindholm,

gute Nachrichten aus Rotterdam: Zorgcentrum De Esch möchte Sie gerne für die Stelle als Administratieve medewerker Patiëntenservice (englischsprachiges Team) kennenlernen.

Das Gespräch findet per Video statt:
Montag, 27. Juli 2026, 10:00 Uhr (Rotterdamer Zeit = 09:00 Uhr in Belfast)
Gesprächspartner: Mevrouw Ingrid Bakker (Teamleiterin Patiëntenservice) und Herr Ruud Verhoef (HR)
Den Link schickt Ihnen Frau Bakker direkt.

Das Gespräch läuft auf Englisch. Frau Bakker wird vermutlich nach Ihrer Erfahrung mit Angehörigengesprächen und mit Terminplanung fragen. Nach dem Gespräch rufe ich Sie gerne kurz an und wir besprechen, wie es gelaufen ist.

Bitte geben Sie mir bis Mittwoch Bescheid, ob der Termin passt.

Beste Grüße
Malte Hinrichs
Personalberater Gesundheitswesen
MediPersonal Nordwest
Tel. +49 40 555 871 20
"""

_hc_chat = """Hi Roisin,

Jana hat mir deinen Lebenslauf weitergeleitet, und ich finde dein Profil spannend für unsere neue Koordinatorin Patientenservice in Rotterdam.

Hast du Donnerstag (6.8.) Zeit für einen kurzen Call? So um 16 Uhr deutscher Zeit, 30 Minuten, ganz locker per Google Meet. Ich erzähl dir, was wir machen, und du erzählst mir, was du suchst.

Wenn's passt, schick ich dir einen Link.

Viele Grüße
Jonas

Jonas Petersen
Team Lead Operations, Hanse Care International
Am Sandtorkai 54, 20457 Hamburg
"""

# ================================================================ invitations, Spanish

_ht_inv = """Estimada Roisin:

En relación con tu candidatura al puesto de Administrativa de admisión (Servicio de Admisión y Documentación Clínica), nos complace invitarte a una entrevista personal.

Fecha: martes, 19 de mayo de 2026
Hora: 10:00 h
Lugar: Hospital Universitario del Turia, edificio de Dirección, 2.ª planta, sala de juntas. Av. de Campanar 21, 46009 València

La entrevista la realizarán la jefa de Admisión, Dña. Marisa Escrivá, y yo misma, y tendrá una duración aproximada de 40 minutos. Te adjuntamos la convocatoria para tu calendario.

Te rogamos que confirmes tu asistencia respondiendo a este correo.

Un cordial saludo,

Lucía Ferrandis Soler
Técnica de Selección - Dirección de Personas
Hospital Universitario del Turia
Tel. 961 55 30 84
"""

_cr_inv = """Hola Roisin,

He visto tu currículum para la recepción. ¿Te vendría bien pasarte el martes a las 10:30 por la clínica y charlamos un rato? Estamos en la calle Sueca 41, al lado del mercado de Ruzafa.

Pregunta por mí en el mostrador.

Vicente Llorca
Gerente - Clínica Ruzafa Salud
"""

_lt_inv = """Hola Roisin:

¡Buenas noticias! Grupo Residencial Albufera quiere conocerte para el puesto de administrativa en su residencia de Alfafar.

Te esperan el jueves 1 de octubre a las 12:00 en la residencia (C/ del Llac 7, Alfafar). Te atenderán la directora del centro, Carmen Soriano, y la responsable de administración del grupo.

Te preguntarán sobre todo por tu experiencia con residentes y familias y por el manejo de la facturación. Lleva el DNI/NIE y un par de copias del CV.

¿Me confirmas que puedes ir? Así se lo digo hoy mismo.

Un abrazo,

Jordi Martí Vidal
Consultor de selección sanitaria
Levante Talento Sanitario - Tel. 963 55 14 27
"""

_ul_inv = """Estimada Sra. Vasquez-Lindholm:

Le comunicamos que ha sido seleccionada para la fase de entrevista del proceso de contratación temporal de Auxiliar de Gestión Administrativa para el Servicio de Atención al Estudiante de la Universidad Levantina de Valencia.

La entrevista se realizará por videoconferencia el martes 3 de febrero de 2026 a las 10:00 (hora peninsular). Acceda a la sala a través de este enlace:

https://meet.ulevantina.example.es/sala-pas-2026-014

Le rogamos que se conecte cinco minutos antes y que tenga a mano su documento de identidad.

Atentamente,

Rosa Benlloch Ferrer
Servicio de Personal de Administración y Servicios
Universidad Levantina de Valencia
"""

# ================================================================ reschedules

_cav_move = """Dear Roisin,

I'm afraid we need to move your interview for the Band 3 Administrative Assistant post. Ms Lavery has been called to a mandatory training day on Tuesday 24 February.

The new date is Thursday 26 February at 14:00, same venue (Room 2.14, Cavehill House). The updated calendar invitation is attached and replaces the previous one.

Apologies for any inconvenience. Please let me know if the new time is a problem.

Kind regards,

Orla Devlin
Recruitment Officer | Workforce Services
Cavehill Health and Social Care Trust
Tel: 028 9504 3361

""" + outlook_block("en", "Devlin, Orla <orla.devlin@cavehilltrust.example.co.uk>",
                    "10 February 2026 09:15", "roisin.vl@example.co.uk",
                    "Interview invitation - CHT/26/0088", """Dear Roisin,

I am pleased to let you know that you have been shortlisted for the above post and I would like to invite you to interview.

Date: Tuesday 24 February 2026
Time: 10:00 (please arrive by 09:45)""")

_mh_cancel = """Dear Roisin,

I'm sorry to do this at short notice, but I have to cancel our video interview on Thursday 19 March.

Our director has asked us to pause all interviews for this vacancy until the budget review for 2026 has been completed. Your application remains open and you don't need to do anything. I expect to be able to tell you more within two or three weeks.

The cancellation for your calendar is attached.

Kind regards,
Femke de Graaf
Recruiter, Maashaven Zorggroep
"""

_mb_move = """Dear Roisin,

Unfortunately Mrs Okafor has been taken ill, and we are not able to hold tomorrow's interview with the panel as planned.

Would Wednesday 17 June at 11:00 suit you instead? The venue and format stay the same. I've attached an updated appointment; if the new date is not convenient please let me know as soon as possible and I'll look for another slot.

My apologies for the late notice.

Best wishes,

Gemma Rimmer
Recruitment Coordinator | Workforce Directorate
Mersey Bank Community Health NHS Trust
Tel: 0151 496 0732
"""

_iw_req = """Dear Priya,

Thank you very much for inviting me to interview - I'm really pleased.

Unfortunately I'm rostered on a long day at the care home on Wednesday 12 August and haven't been able to swap it. Would it be at all possible to come in on Thursday 13 August instead? I'm free all day.

Sorry for any inconvenience, and thank you.

Kind regards,
Roisin Vasquez-Lindholm"""

_iw_move = """Dear Roisin,

No problem at all, these things happen with shift work.

We can see you on Thursday 13 August at 15:00 instead. Same place: Pendleton Gateway, 1 Broadwalk, Salford. I've updated the panel's diaries.

Kind regards,

Priya Chaudhry
Operations Manager
Irwell Valley GP Alliance
0161 555 0814

""" + outlook_block("en", "Roisin Vasquez-Lindholm <roisin.vl@example.co.uk>",
                    "04 August 2026 22:03", "Priya Chaudhry <priya.chaudhry@irwellgp.example.org.uk>",
                    "RE: Interview - Care Coordination Administrator", _iw_req)

_cl_cancel = """Hello Roisin,

We are very sorry, but we have had to cancel the assessment centre for Business Support Officer on Thursday 10 September.

Essential electrical works have been scheduled at Clydeholm Hub at short notice and the building will be closed on that day. This does not affect your application in any way: you are still through to the assessment stage and we will send you a new date as soon as we can secure an alternative venue, which we expect to be later this month.

If you have any questions, reply to this message and Fraser McAllister will get back to you.

Kind regards,
Clydeholm Health and Care Partnership Recruitment Team
"""

_gw_move = """Hi Roisin,

Bit of a change: Karen at the Federation has a clash on Friday afternoon and has asked if you could come in on Monday 23rd at 11am instead. Same address in Carryduff.

Let me know if that's OK and I'll confirm with her.

Cheers,
Ryan

""" + reply_chain("en", "Mon, 16 Mar 2026 at 12:04", "Ryan Quigley",
                  "ryan.quigley@greenwayrecruit.example.co.uk", """Good news - Lagan and Down GP Federation want to meet you for the Patient Services Administrator role!

Friday 20 March at 2pm
Federation office, 7 Ballynahinch Road, Carryduff BT8 8DN""")

_hs_move = """Hi again Roisin,

I've just realised I've a board meeting on Thursday that I can't get out of. Could we do Friday instead, same time? Sorry!

Niamh
"""

_kh_move = """Dear Roisin,

Please note a change to your selection day on Thursday 25 June: the in-tray exercise will now start at 13:00 rather than 09:30, in Room 2.07, Wolfson Building. The panel interview will follow at around 14:15. The date is unchanged.

An updated calendar entry is attached, and it will replace the earlier one in your calendar.

Kind regards,
Fiona Rennie
HR Assistant, Recruitment
Kelvinhaugh University
0141 555 6021
"""

_mv_move = """Hi Roisin,

Your interview for Home Administrator at Merseyview Care Homes has been rescheduled.

Previous time: Wednesday, 26 August 2026, 10:00 - 11:00 BST
New time: Wednesday, 26 August 2026, 14:00 - 15:00 BST
Location: Sefton Lodge, 3 Aigburth Drive, Liverpool L17 4JQ

Paul has a CQC visit in the morning, so we've moved you to the afternoon. If the new time doesn't work, reply to this email to let Lauren know.

Merseyview Care Homes
"""

_gh_move = """Bonjour Madame Vasquez-Lindholm,

Je suis contrainte de décaler votre entretien prévu le jeudi 23 avril : Monsieur Delcourt sera en déplacement au ministère ce jour-là.

Je vous propose le mardi 28 avril à 14h30, au même endroit (bâtiment administratif, salle Flandre). La nouvelle invitation remplace la précédente dans votre agenda.

Avec toutes mes excuses pour ce changement, je vous remercie de me confirmer ce nouveau créneau.

Bien cordialement,

Camille Vandenbussche
Chargée de recrutement - Groupe Hospitalier Flandres-Deûle
"""

_uv_cancel = """Madame,

Je suis au regret de devoir annuler l'entretien prévu ce jeudi 11 juin à 9h30 : deux membres du jury sont indisponibles et la commission ne peut pas siéger valablement.

Votre candidature reste bien sûr à l'étude. Je reviendrai vers vous dans les meilleurs délais pour vous proposer une nouvelle date.

Je vous prie de bien vouloir nous excuser pour ce contretemps.

Cordialement,

Sandrine Caudron
Responsable du pôle RH de proximité
Université Vauban - UFR de santé
"""

_mp_move = """Hallo Frau Vasquez-Lindholm,

kleine Änderung: Frau Bakker von De Esch muss am Montag zu einer Fortbildung und hat gefragt, ob wir das Gespräch auf Mittwoch, 29. Juli, 15:00 Uhr Rotterdamer Zeit (14:00 Uhr bei Ihnen) verschieben können. Alles andere bleibt gleich, der Link kommt wieder direkt von ihr.

Geben Sie mir kurz Bescheid, ob Ihnen das passt?

Beste Grüße
Malte Hinrichs
MediPersonal Nordwest
"""

_hc_move = """Hi Roisin,

sorry, ich muss unseren Call morgen absagen, mich hat eine fiese Erkältung erwischt und ich hab kaum Stimme. Können wir auf nächsten Montag, 16 Uhr, gehen? Gleicher Link, ich schick dir aber nochmal eine Einladung.

Danke für dein Verständnis!
Jonas
"""

_ht_move = """Estimada Roisin:

Por un cambio en la agenda de la jefa de Admisión, necesitamos modificar la hora de tu entrevista. Pasa del martes 19 de mayo a las 10:00 al miércoles 20 de mayo a las 12:30, en el mismo lugar (edificio de Dirección, 2.ª planta).

Te adjuntamos la convocatoria actualizada. Disculpa las molestias y confírmanos, por favor, si te viene bien.

Un cordial saludo,

Lucía Ferrandis Soler
Técnica de Selección - Hospital Universitario del Turia
"""

_lt_move = """Hola Roisin:

Me acaba de llamar Carmen, la directora de la residencia de Alfafar: tienen una inspección el jueves y me pide pasar tu entrevista al jueves siguiente, 8 de octubre, a las 10:00. Mismo sitio.

¿Te va bien? Si no, dime qué días puedes y lo muevo.

Un abrazo,
Jordi
"""

# ================================================================ missed interview notices

_fv_missed = """Hi Roisin,

I tried ringing you twice at 10:00 this morning for our chat about the administrator job, and again at quarter past, but it went straight to voicemail both times.

Can you let me know if you'd still like to go ahead and when's good to call?

Declan
"""

_tk_missed = """Hi Roisin,

We were on Teams for your interview at 14:00 today and waited a quarter of an hour but you didn't come into the meeting. Is everything OK?

Saoirse
"""

_sh_missed = """Hi Roisin,

I rang you at 2 as agreed but there was no answer, so I left you a voicemail. No worries if something came up - just reply here with a couple of times that suit and I'll call you then.

Ciarán
"""

_qh_missed = """Hi Roisin,

We were expecting you at 08:30 this morning for your trial shift in the records library, but you didn’t arrive and we haven’t been able to reach you on your mobile.

I hope everything’s alright. If you still want to be considered, please give me a call today on 0161 555 2290.

Dean Harrop
Records Supervisor, Quayside Health Records
"""

_an_missed = """Hi Roisin,

I was on the Zoom at 11 as planned and stayed on until twenty past, but I didn't see you come through. I also tried the mobile number on your application.

Maybe the link didn't work for you? Drop me a line if you're still interested and we'll find another time.

Tom
"""

_lv_missed = """<p>Dear Roisin,</p>
<p>We telephoned you at 15:30 today for your telephone interview for the Call Handler / Receptionist post, as arranged, but there was no answer. We tried a second time at 15:40 and the call went to voicemail.</p>
<p>If you are still interested in the post, please contact me by Friday 16 October so that we can consider whether another slot can be offered.</p>
<p>Kind regards,</p>
<p>Paula Hanna<br>
Service Administrator<br>
Lagan Valley Out-of-Hours GP Service<br>
Lagan Valley Health Centre, Hillsborough Road, Lisburn BT28 1JP<br>
Tel: 028 9260 1183</p>
<p style="font-size:8pt;color:gray">This message is intended for the addressee only. If you have received it in error please notify the sender and delete it.</p>"""

_cit_missed = """Bonjour Madame,

Nous vous attendions ce matin à 9h30 à la Maison de Santé pour votre entretien concernant le poste de secrétaire d'accueil. Ne vous voyant pas arriver, nous avons essayé de vous joindre sur votre portable, sans succès.

Si vous êtes toujours intéressée, merci de me recontacter rapidement par mail ou au 03 20 15 66 02.

Cordialement,

Aurélie Lemaire
Coordinatrice
Maison de Santé de la Citadelle
24 rue Négrier, 59800 Lille
"""

_lh_missed = """Liebe Frau Vasquez-Lindholm,

wir haben heute um 11:00 Uhr im Teams-Meeting auf Sie gewartet, Frau Ward und ich waren bis etwa 11:20 Uhr im Raum. Leider haben Sie sich nicht eingewählt und wir konnten Sie auch telefonisch nicht erreichen.

Ist alles in Ordnung bei Ihnen? Bitte melden Sie sich kurz bei mir.

Herzliche Grüße
Svenja Kröger
Personalreferentin, Lindenhof Pflegegruppe
"""

_mp_missed = """Hallo Frau Vasquez-Lindholm,

ich habe heute um 14 Uhr wie vereinbart zweimal versucht, Sie für unser Kennenlerngespräch anzurufen, bin aber jeweils nur auf der Mailbox gelandet.

Vielleicht hat sich etwas dazwischengeschoben? Schreiben Sie mir gerne, wann es Ihnen diese Woche passt, dann rufe ich wieder an.

Beste Grüße
Malte Hinrichs
Personalberater Gesundheitswesen
MediPersonal Nordwest
Tel. +49 40 555 871 20
"""

_ul_missed = """Estimada Sra. Vasquez-Lindholm:

Esta mañana la comisión de selección la esperó en la sala virtual desde las 10:00 hasta las 10:20, pero usted no se conectó a la videollamada ni recibimos ningún aviso.

Si ha tenido algún problema técnico o de otro tipo, le rogamos que nos lo comunique hoy mismo respondiendo a este correo, para que la comisión valore si procede ofrecerle otra fecha.

Atentamente,

Rosa Benlloch Ferrer
Servicio de Personal de Administración y Servicios
Universidad Levantina de Valencia
"""


def _ics(uid, start, end, tz, summary, organizer, location="", description="", seq=0,
         method="REQUEST", attendee=CANDIDATE, prodid=None):
    spec = {"uid": uid, "start": start, "end": end, "tz": tz, "summary": summary,
            "organizer": organizer, "location": location, "description": description,
            "seq": seq, "method": method, "attendee": attendee}
    if prodid:
        spec["prodid"] = prodid
    return spec


MESSAGES = [
    # ============================================================ invitations (26)
    # ---------------------------------------------------------- English (15)
    M(kind=INV, slug="cavehill_panel_outlook_ics_request", lang="en",
      company="Cavehill Health and Social Care Trust", contact=_a(ORLA),
      frm=("Devlin, Orla", ORLA[1]), subject="Interview invitation - CHT/26/0088",
      date="2026-02-10 09:15", tz="+0000", text=_cav_inv, html=outlook_html(paras(_cav_inv)),
      ics=_ics("CHT-26-0088-RVL@cavehilltrust.example.co.uk", "2026-02-24 10:00",
               "2026-02-24 10:45", "+0000", "Interview - Administrative Assistant (Band 3)",
               ORLA, "Room 2.14, Cavehill House, 120 Antrim Road, Belfast"),
      key="cav_inv", headers=[("X-Mailer", "Microsoft Outlook 16.0")]),
    M(kind=INV, slug="foyle_vale_phone_screen_ask", lang="en",
      company="Foyle Vale Care Group", contact=_a(DECLAN), frm=DECLAN,
      subject="Care Home Administrator - quick chat?", date="2026-02-09 15:22", tz="+0000",
      text=_fv_screen, key="fv_screen"),
    M(kind=INV, slug="maashaven_recruitee_scheduling_link", lang="en",
      company="Maashaven Zorggroep", contact=_a(FEMKE),
      frm=("Femke de Graaf (Maashaven Zorggroep)", "maashavenzorggroep@jobs.recruitee.com"),
      reply_to=FEMKE, subject="Invitation: video interview - International Patient Services "
                              "Coordinator",
      date="2026-03-12 11:40", tz="+0100", text=_mh_inv,
      html=ats_card("Maashaven Zorggroep", paras(_mh_inv), accent="#00626f",
                    button=("Choose a time", "https://maashavenzorggroep.recruitee.com/o/"
                                             "international-patient-services-coordinator/"
                                             "schedule?token=f3c9a1"),
                    footer="Sent with Recruitee"),
      key="mh_inv"),
    M(kind=INV, slug="mersey_bank_invite_ics_attached", lang="en",
      company="Mersey Bank Community Health NHS Trust", contact=_a(GEMMA), frm=GEMMA,
      subject="Interview invitation - Ward Clerk MB-2026-0417", date="2026-06-03 10:12",
      tz="+0100", text=_mb_inv, cte="quoted-printable",
      ics=_ics("MB-2026-0417-int-07@merseybank.example.org.uk", "2026-06-11 11:00",
               "2026-06-11 11:30", "+0100", "Interview: Ward Clerk (MB-2026-0417)", GEMMA,
               "Bankside House, 14 Dock Road, Liverpool L3 4BX"),
      ics_mode="attach", key="mb_inv"),
    M(kind=INV, slug="greenway_sets_up_federation_interview", lang="en",
      company="Lagan and Down GP Federation", contact=_a(RYAN), frm=RYAN,
      subject="Interview with Lagan and Down GP Federation - Friday", date="2026-03-16 12:04",
      tz="+0000", text=_gw_client, key="gw_client"),
    M(kind=INV, slug="tolka_teams_ics_alternative", lang="en",
      company="Tolka Primary Care Network", contact=_a(SAOIRSE), frm=SAOIRSE,
      subject="Interview - Practice Administrator, Tolka PCN", date="2026-07-06 10:30",
      tz="+0100", text=_tk_inv,
      ics=_ics("tolka-pcn-pa-0709-1400@tolkapcn.example.ie", "2026-07-09 14:00",
               "2026-07-09 14:35", "+0100", "Interview: Practice Administrator",
               SAOIRSE[:2], "Microsoft Teams Meeting",
               "Join: https://teams.example.ie/l/meetup-join/tolka-pcn-9jul-1400"),
      key="tk_inv"),
    M(kind=INV, slug="irwell_outlook_html_invite", lang="en",
      company="Irwell Valley GP Alliance", contact=_a(PRIYA), frm=PRIYA,
      subject="Interview - Care Coordination Administrator", date="2026-08-03 13:48",
      tz="+0100", text=_iw_inv, html=outlook_html(paras(_iw_inv)), key="iw_inv",
      html_cte="quoted-printable"),
    M(kind=INV, slug="clydeholm_workable_assessment_centre", lang="en",
      company="Clydeholm Health and Care Partnership", contact=_a(FRASER),
      frm=("Clydeholm Health and Care Partnership", "noreply@candidates.workablemail.com"),
      reply_to=FRASER, subject="Assessment centre invitation: Business Support Officer",
      date="2026-09-01 12:00", tz="+0100", text=_cl_ac,
      html=ats_card("Clydeholm Health and Care Partnership", paras(_cl_ac), accent="#1d4e89",
                    footer="Powered by Workable"),
      ics=_ics("clydeholm-ac-bso-20260910@workablemail.com", "2026-09-10 09:30",
               "2026-09-10 15:00", "+0100", "Assessment centre - Business Support Officer",
               FRASER, "Clydeholm Hub, 250 Dumbarton Road, Glasgow G11 6AA",
               prodid="-//Workable//Calendar//EN"),
      ics_mode="attach", key="cl_ac"),
    M(kind=INV, slug="hearthstone_casual_free_thursday", lang="en",
      company="Hearthstone Dementia Charity", contact=_a(NIAMH), frm=NIAMH,
      subject="Volunteer coordinator - a chat?", date="2026-04-27 17:55", tz="+0100",
      text=_hs_chat, key="hs_chat"),
    M(kind=INV, slug="merseyview_via_greenhouse_schedule", lang="en",
      company="Merseyview Care Homes", contact=_a(LAUREN),
      frm=("Lauren Byrne via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=LAUREN,
      subject="Interview invitation: Home Administrator at Merseyview Care Homes",
      date="2026-08-14 09:30", tz="+0100", text=_mv_inv,
      html=html_page(paras(_mv_inv)), key="mv_inv"),
    M(kind=INV, slug="waterside_invite_quotes_application", lang="en",
      company="Waterside Wellbeing", contact=_a(SHAUNA), frm=SHAUNA,
      subject="Re: Application - Office and Bookings Assistant", date="2026-04-24 16:05",
      tz="+0100", text=_ww_inv, parent="ww_ack", key="ww_inv"),
    M(kind=INV, slug="kelvinhaugh_successfactors_selection_day", lang="en",
      company="Kelvinhaugh University", contact=_a(FIONA),
      frm=("Kelvinhaugh University Recruitment", "noreply@successfactors.eu"),
      reply_to=FIONA, subject="Invitation to selection day - Job Requisition 4471",
      date="2026-06-12 14:00", tz="+0200", text=_kh_inv,
      ics=_ics("KU-REQ4471-SEL-RVL@kelvinhaugh.example.ac.uk", "2026-06-25 09:30",
               "2026-06-25 12:30", "+0100", "Selection day - Administrative Assistant (4471)",
               FIONA, "Room 314, Boyd Orr Annexe, Kelvinhaugh University"),
      ics_mode="attach", key="kh_inv"),
    M(kind=INV, slug="shamrock_recruiter_call_ask", lang="en",
      company="Shamrock Medical Staffing", contact=_a(CIARAN), frm=CIARAN,
      subject="Quick call tomorrow?", date="2026-07-01 16:10", tz="+0100",
      text=_sh_call, cte="quoted-printable", key="sh_call"),
    M(kind=INV, slug="ancoats_lever_zoom_booked", lang="en",
      company="Ancoats Community Care", contact=_a(TOM),
      frm=("Tom Ashworth (Ancoats Community Care)", "no-reply@hire.lever.co"), reply_to=TOM,
      subject="Interview for Rota and Admin Officer", date="2026-09-02 15:27", tz="+0100",
      text=_an_inv, html=html_page(paras(_an_inv)), key="an_inv"),
    M(kind=INV, slug="quayside_trial_shift_cp1252", lang="en",
      company="Quayside Health Records", contact=_a(DEAN), frm=DEAN,
      subject="Trial shift – Tuesday 6 October", date="2026-10-01 16:45", tz="+0100",
      text=_qh_trial, charset="windows-1252", cte="quoted-printable", key="qh_trial"),
    # ---------------------------------------------------------- French (4)
    M(kind=INV, slug="gh_flandres_deule_ics_request", lang="fr",
      company="Groupe Hospitalier Flandres-Deûle", contact=_a(CAMILLE), frm=CAMILLE,
      subject="Convocation à un entretien – assistante administrative (bureau des entrées)",
      date="2026-04-15 14:20", tz="+0200", text=_gh_inv, html=html_page(paras(_gh_inv)),
      ics=_ics("ghfd-rec-2026-041-rvl@ghfd.example.fr", "2026-04-23 10:00",
               "2026-04-23 10:45", "+0200", "Entretien - assistante administrative",
               CAMILLE, "Hôpital Saint-Philibert, bâtiment administratif, salle Flandre"),
      key="gh_inv"),
    M(kind=INV, slug="tilleuls_journee_immersion", lang="fr",
      company="Résidences Les Tilleuls", contact=_a(HELENE),
      frm=(HELENE[0], HELENE[1], "iso-8859-1/Q"),
      subject="Proposition de journée d'immersion", date="2026-09-14 18:02", tz="+0200",
      text=_tl_trial, cte="quoted-printable", key="tl_trial"),
    M(kind=INV, slug="interim_sante_sets_up_glycines", lang="fr",
      company="EHPAD Les Glycines", contact=_a(JULIEN), frm=JULIEN,
      subject="Entretien aux Glycines lundi 28/09", date="2026-09-22 11:35", tz="+0200",
      text=_isf_inv, key="isf_inv"),
    M(kind=INV, slug="vauban_convocation_ics_attached", lang="fr",
      company="Université Vauban", contact=_a(SANDRINE), frm=SANDRINE,
      subject="Convocation – entretien de recrutement, gestionnaire administrative",
      subj_enc="utf-8/B", date="2026-06-02 10:05", tz="+0200", text=_uv_inv,
      ics=_ics("uv-ufrsante-gest-20260611@univ-vauban.example.fr", "2026-06-11 09:30",
               "2026-06-11 10:30", "+0200", "Entretien - gestionnaire administrative",
               SANDRINE, "Bâtiment Pasteur, salle 104, Campus Santé, Loos"),
      ics_mode="attach", key="uv_inv"),
    # ---------------------------------------------------------- German (3)
    M(kind=INV, slug="lindenhof_teams_ics", lang="de",
      company="Lindenhof Pflegegruppe", contact=_a(SVENJA), frm=SVENJA,
      subject="Einladung zum Kennenlerngespräch – Verwaltungsassistenz Dublin",
      date="2026-06-08 09:47", tz="+0200", text=_lh_inv, html=html_page(paras(_lh_inv)),
      html_cte="base64",
      ics=_ics("lindenhof-dub-va-0615@lindenhof-pflege.example.de", "2026-06-15 11:00",
               "2026-06-15 11:40", "+0200", "Kennenlerngespräch Verwaltungsassistenz Dublin",
               SVENJA, "Microsoft Teams"),
      key="lh_inv"),
    M(kind=INV, slug="medipersonal_sets_up_de_esch", lang="de",
      company="Zorgcentrum De Esch", contact=_a(MALTE), frm=MALTE,
      subject="Vorstellungsgespräch bei Zorgcentrum De Esch", date="2026-07-20 12:18",
      tz="+0200", text=_mp_client, key="mp_client"),
    M(kind=INV, slug="hanse_care_casual_call_du", lang="de",
      company="Hanse Care International", contact=_a(JONAS), frm=JONAS,
      subject="Kurzer Call am Donnerstag?", date="2026-07-30 19:41", tz="+0200",
      text=_hc_chat, key="hc_chat"),
    # ---------------------------------------------------------- Spanish (4)
    M(kind=INV, slug="hospital_turia_ics_attached", lang="es",
      company="Hospital Universitario del Turia", contact=_a(LUCIA),
      frm=(LUCIA[0], LUCIA[1], "utf-8/Q"),
      subject="Convocatoria de entrevista – Administrativa de admisión",
      date="2026-05-12 13:30", tz="+0200", text=_ht_inv, html=html_page(paras(_ht_inv)),
      ics=_ics("HUT-SEL-2026-112-RVL@hturia.example.es", "2026-05-19 10:00",
               "2026-05-19 10:40", "+0200", "Entrevista - Administrativa de admisión",
               LUCIA, "Edificio de Dirección, 2.ª planta, sala de juntas"),
      ics_mode="attach", key="ht_inv"),
    M(kind=INV, slug="clinica_ruzafa_pasate_el_martes", lang="es",
      company="Clínica Ruzafa Salud", contact=_a(VICENTE), frm=VICENTE,
      subject="Recepción", date="2026-07-10 19:12", tz="+0200", text=_cr_inv, key="cr_inv"),
    M(kind=INV, slug="levante_talento_sets_up_albufera", lang="es",
      company="Grupo Residencial Albufera", contact=_a(JORDI), frm=JORDI,
      subject="Entrevista con Grupo Residencial Albufera", date="2026-09-24 10:22",
      tz="+0200", text=_lt_inv, charset="iso-8859-1", cte="quoted-printable",
      key="lt_inv"),
    M(kind=INV, slug="ulevantina_videoconferencia", lang="es",
      company="Universidad Levantina de Valencia", contact=_a(ROSA),
      frm=("Rosa Benlloch Ferrer", ROSA[1]),
      subject="Convocatoria a entrevista – proceso PAS 2026-014", date="2026-01-26 12:40",
      tz="+0100", text=_ul_inv, html=html_page(paras(_ul_inv)), cte="base64",
      html_cte="base64", key="ul_inv"),
    # ============================================================ reschedules (15)
    # ---------------------------------------------------------- English (9)
    M(kind=RES, slug="cavehill_moved_sequence_bump", lang="en",
      company="Cavehill Health and Social Care Trust", contact=_a(ORLA),
      frm=("Devlin, Orla", ORLA[1]),
      subject="Updated: Interview invitation - CHT/26/0088 - new date 26 February",
      date="2026-02-18 11:02", tz="+0000", text=_cav_move,
      ics=_ics("CHT-26-0088-RVL@cavehilltrust.example.co.uk", "2026-02-26 14:00",
               "2026-02-26 14:45", "+0000", "Interview - Administrative Assistant (Band 3)",
               ORLA, "Room 2.14, Cavehill House, 120 Antrim Road, Belfast", seq=1),
      parent="cav_inv", key="cav_move", headers=[("X-Mailer", "Microsoft Outlook 16.0")]),
    M(kind=RES, slug="maashaven_method_cancel_paused", lang="en",
      company="Maashaven Zorggroep", contact=_a(FEMKE), frm=FEMKE,
      subject="Cancelled: Video interview Roisin Vasquez-Lindholm - 19 March",
      date="2026-03-17 16:20", tz="+0100", text=_mh_cancel,
      ics=_ics("maashaven-ipsc-20260319-1300@maashaven.example.nl", "2026-03-19 13:00",
               "2026-03-19 13:45", "+0100", "Video interview - International Patient Services "
               "Coordinator", FEMKE, "Microsoft Teams", seq=1, method="CANCEL"),
      parent="mh_inv", key="mh_cancel"),
    M(kind=RES, slug="mersey_bank_interviewer_ill", lang="en",
      company="Mersey Bank Community Health NHS Trust", contact=_a(GEMMA), frm=GEMMA,
      subject="RE: Interview invitation - Ward Clerk MB-2026-0417 - change of date",
      date="2026-06-10 15:55", tz="+0100", text=_mb_move,
      ics=_ics("MB-2026-0417-int-07@merseybank.example.org.uk", "2026-06-17 11:00",
               "2026-06-17 11:30", "+0100", "Interview: Ward Clerk (MB-2026-0417)", GEMMA,
               "Bankside House, 14 Dock Road, Liverpool L3 4BX", seq=1),
      ics_mode="attach", parent="mb_inv", key="mb_move"),
    M(kind=RES, slug="irwell_confirms_new_slot_quotes_request", lang="en",
      company="Irwell Valley GP Alliance", contact=_a(PRIYA), frm=PRIYA,
      subject="RE: Interview - Care Coordination Administrator", date="2026-08-05 09:21",
      tz="+0100", text=_iw_move, html=outlook_html(paras(_iw_move)), parent="iw_req",
      key="iw_move"),
    M(kind=RES, slug="clydeholm_assessment_centre_cancelled", lang="en",
      company="Clydeholm Health and Care Partnership", contact=_a(FRASER),
      frm=("Clydeholm Health and Care Partnership", "noreply@candidates.workablemail.com"),
      reply_to=FRASER, subject="Assessment centre on 10 September cancelled - new date to follow",
      date="2026-09-07 08:45", tz="+0100", text=_cl_cancel,
      ics=_ics("clydeholm-ac-bso-20260910@workablemail.com", "2026-09-10 09:30",
               "2026-09-10 15:00", "+0100", "Assessment centre - Business Support Officer",
               FRASER, "Clydeholm Hub, 250 Dumbarton Road, Glasgow G11 6AA", seq=1,
               method="CANCEL", prodid="-//Workable//Calendar//EN"),
      ics_mode="attach", parent="cl_ac", key="cl_cancel"),
    M(kind=RES, slug="greenway_client_moves_to_monday", lang="en",
      company="Lagan and Down GP Federation", contact=_a(RYAN), frm=RYAN,
      subject="Re: Interview with Lagan and Down GP Federation - Friday",
      date="2026-03-18 14:37", tz="+0000", text=_gw_move, parent="gw_client", key="gw_move"),
    M(kind=RES, slug="hearthstone_friday_instead", lang="en",
      company="Hearthstone Dementia Charity", contact=_a(NIAMH), frm=NIAMH,
      subject="Friday instead?", date="2026-04-29 08:12", tz="+0100", text=_hs_move,
      parent="hs_chat", key="hs_move"),
    M(kind=RES, slug="kelvinhaugh_calendar_update_new_room", lang="en",
      company="Kelvinhaugh University", contact=_a(FIONA), frm=FIONA,
      subject="Updated invitation: Selection day - Administrative Assistant (4471)",
      date="2026-06-19 10:10", tz="+0100", text=_kh_move,
      ics=_ics("KU-REQ4471-SEL-RVL@kelvinhaugh.example.ac.uk", "2026-06-25 13:00",
               "2026-06-25 15:00", "+0100", "Selection day - Administrative Assistant (4471)",
               FIONA, "Room 2.07, Wolfson Building, Kelvinhaugh University", seq=2),
      parent="kh_inv", key="kh_move"),
    M(kind=RES, slug="merseyview_greenhouse_rescheduled", lang="en",
      company="Merseyview Care Homes", contact=_a(LAUREN),
      frm=("Merseyview Care Homes", "no-reply@greenhouse-mail.io"), reply_to=LAUREN,
      subject="Interview rescheduled: Home Administrator", date="2026-08-21 11:06",
      tz="+0100", text=_mv_move, html=html_page(paras(_mv_move)),
      ics=_ics("gh-sched-merseyview-88213@greenhouse-mail.io", "2026-08-26 14:00",
               "2026-08-26 15:00", "+0100", "Interview: Home Administrator (Merseyview)",
               LAUREN, "Sefton Lodge, 3 Aigburth Drive, Liverpool L17 4JQ", seq=1,
               prodid="-//Greenhouse//Scheduler//EN"),
      ics_mode="attach", parent="mv_inv"),
    # ---------------------------------------------------------- French (2)
    M(kind=RES, slug="gh_flandres_deule_decale_sequence", lang="fr",
      company="Groupe Hospitalier Flandres-Deûle", contact=_a(CAMILLE), frm=CAMILLE,
      subject="Report de votre entretien du 23 avril", date="2026-04-21 09:50", tz="+0200",
      text=_gh_move,
      ics=_ics("ghfd-rec-2026-041-rvl@ghfd.example.fr", "2026-04-28 14:30",
               "2026-04-28 15:15", "+0200", "Entretien - assistante administrative",
               CAMILLE, "Hôpital Saint-Philibert, bâtiment administratif, salle Flandre",
               seq=1),
      parent="gh_inv", key="gh_move"),
    M(kind=RES, slug="vauban_entretien_annule_cancel", lang="fr",
      company="Université Vauban", contact=_a(SANDRINE), frm=SANDRINE,
      subject="Annulation – entretien du jeudi 11 juin", date="2026-06-09 17:15",
      tz="+0200", text=_uv_cancel, charset="iso-8859-1", cte="quoted-printable",
      ics=_ics("uv-ufrsante-gest-20260611@univ-vauban.example.fr", "2026-06-11 09:30",
               "2026-06-11 10:30", "+0200", "Entretien - gestionnaire administrative",
               SANDRINE, "Bâtiment Pasteur, salle 104, Campus Santé, Loos", seq=1,
               method="CANCEL"),
      ics_mode="attach", parent="uv_inv", key="uv_cancel"),
    # ---------------------------------------------------------- German (2)
    M(kind=RES, slug="medipersonal_client_moves_to_wednesday", lang="de",
      company="Zorgcentrum De Esch", contact=_a(MALTE), frm=MALTE,
      subject="AW: Vorstellungsgespräch bei Zorgcentrum De Esch – neuer Termin",
      date="2026-07-23 10:02", tz="+0200", text=_mp_move, parent="mp_client", key="mp_move"),
    M(kind=RES, slug="hanse_care_call_verschoben_krank", lang="de",
      company="Hanse Care International", contact=_a(JONAS), frm=JONAS,
      subject="Call verschoben", date="2026-08-05 20:30", tz="+0200", text=_hc_move,
      parent="hc_chat", key="hc_move"),
    # ---------------------------------------------------------- Spanish (2)
    M(kind=RES, slug="hospital_turia_cambio_hora_sequence", lang="es",
      company="Hospital Universitario del Turia", contact=_a(LUCIA),
      frm=(LUCIA[0], LUCIA[1], "utf-8/Q"),
      subject="Cambio de fecha: entrevista Administrativa de admisión", date="2026-05-15 09:05",
      tz="+0200", text=_ht_move,
      ics=_ics("HUT-SEL-2026-112-RVL@hturia.example.es", "2026-05-20 12:30",
               "2026-05-20 13:10", "+0200", "Entrevista - Administrativa de admisión",
               LUCIA, "Edificio de Dirección, 2.ª planta, sala de juntas", seq=1),
      ics_mode="attach", parent="ht_inv", key="ht_move"),
    M(kind=RES, slug="levante_talento_albufera_moves", lang="es",
      company="Grupo Residencial Albufera", contact=_a(JORDI), frm=JORDI,
      subject="Re: Entrevista con Grupo Residencial Albufera", date="2026-09-29 17:48",
      tz="+0200", text=_lt_move, parent="lt_inv", key="lt_move"),
    # ============================================================ missed (10)
    # ---------------------------------------------------------- English (6)
    M(kind=MIS, slug="foyle_vale_rang_twice", lang="en",
      company="Foyle Vale Care Group", contact=_a(DECLAN), frm=DECLAN,
      subject="Re: Care Home Administrator - quick chat?", date="2026-02-11 10:41",
      tz="+0000", text=_fv_missed + "\n" + reply_chain(
          "en", "Mon, 9 Feb 2026 at 15:22", DECLAN[0], DECLAN[1], _fv_screen),
      parent="fv_screen", key="fv_missed"),
    M(kind=MIS, slug="tolka_waited_on_teams", lang="en",
      company="Tolka Primary Care Network", contact=_a(SAOIRSE), frm=SAOIRSE,
      subject="Your interview today", date="2026-07-09 14:22", tz="+0100",
      text=_tk_missed, parent="tk_inv", key="tk_missed"),
    M(kind=MIS, slug="shamrock_no_answer_voicemail", lang="en",
      company="Shamrock Medical Staffing", contact=_a(CIARAN),
      frm=(CIARAN[0], CIARAN[1], "iso-8859-1/B"),
      subject="Re: Quick call tomorrow?", date="2026-07-02 14:26", tz="+0100",
      text=_sh_missed, charset="iso-8859-1", cte="8bit", parent="sh_call"),
    M(kind=MIS, slug="quayside_trial_shift_no_show", lang="en",
      company="Quayside Health Records", contact=_a(DEAN), frm=DEAN,
      subject="Today’s trial shift", date="2026-10-06 10:05", tz="+0100",
      text=_qh_missed, charset="windows-1252", cte="8bit", parent="qh_trial"),
    M(kind=MIS, slug="ancoats_zoom_no_show", lang="en",
      company="Ancoats Community Care", contact=_a(TOM), frm=TOM,
      subject="Re: Interview for Rota and Admin Officer", date="2026-09-08 11:26",
      tz="+0100", text=_an_missed, parent="an_inv"),
    M(kind=MIS, slug="lagan_valley_ooh_phone_no_answer_html", lang="en",
      company="Lagan Valley Out-of-Hours GP Service",
      contact="paula.hanna@laganvalleyooh.example.org.uk",
      frm=("Paula Hanna", "paula.hanna@laganvalleyooh.example.org.uk"),
      subject="Telephone interview - Call Handler / Receptionist", date="2026-10-14 16:02",
      tz="+0100", html=outlook_html(_lv_missed), html_cte="quoted-printable"),
    # ---------------------------------------------------------- French (1)
    M(kind=MIS, slug="citadelle_attendue_ce_matin", lang="fr",
      company="Maison de Santé de la Citadelle",
      contact="aurelie.lemaire@mds-citadelle.example.fr",
      frm=("Aurélie Lemaire", "aurelie.lemaire@mds-citadelle.example.fr"),
      subject="Votre entretien de ce matin", date="2026-03-10 11:15", tz="+0100",
      text=_cit_missed, charset="windows-1252", cte="quoted-printable"),
    # ---------------------------------------------------------- German (2)
    M(kind=MIS, slug="lindenhof_teams_gewartet", lang="de",
      company="Lindenhof Pflegegruppe", contact=_a(SVENJA), frm=SVENJA,
      subject="Unser Gespräch heute um 11 Uhr", date="2026-06-15 11:35", tz="+0200",
      text=_lh_missed, parent="lh_inv", key="lh_missed"),
    M(kind=MIS, slug="medipersonal_zweimal_angerufen", lang="de",
      company="MediPersonal Nordwest", contact=_a(MALTE), frm=MALTE,
      subject="Unser Telefontermin heute", date="2026-04-08 14:31", tz="+0200",
      text=_mp_missed, parent="mp_reg"),
    # ---------------------------------------------------------- Spanish (1)
    M(kind=MIS, slug="ulevantina_no_se_conecto", lang="es",
      company="Universidad Levantina de Valencia", contact=_a(ROSA),
      frm=("Rosa Benlloch Ferrer", ROSA[1]),
      subject="Re: Convocatoria a entrevista – proceso PAS 2026-014",
      date="2026-02-03 10:47", tz="+0100", text=_ul_missed, parent="ul_inv"),
]

_ = (CANDIDATE_ACCENTED, html_page)
