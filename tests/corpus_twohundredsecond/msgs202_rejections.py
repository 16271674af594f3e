"""Corpus 202: the 31 rejections (en 18, fr 5, de 4, es 4). Hand-written, one dict each."""

from __future__ import annotations

from msgs202_common import (
    CAND,
    ats_card,
    forward,
    mso,
    outlook,
    outlook_html,
    paras,
    reply,
)

_R1 = """Dear Declan,

Thank you for the time you gave us during the selection process for the Transport Planner (Avonmouth) position at Severnside Logistics.

Every shortlisted candidate has now been reviewed against the requirements of the role, and on this occasion we will not be taking your application any further.

We know this is disappointing to hear, particularly after an interview, and we are grateful for the interest you have shown in Severnside.

Your details will be held for six months in line with our candidate privacy notice, after which they will be deleted.

Kind regards,
Talent Acquisition Team
Severnside Logistics
"""

_R2_OLD = """Hi Priya,

Thank you for organising yesterday's panel interview. I really enjoyed meeting Tom and Hannah and talking through how the planners rebuild a route when a van breaks down halfway through a shift.

Looking forward to hearing from you.

Best wishes,
Declan"""

_R2 = reply("""Hi Declan,

Thanks for your lovely note after the panel - Tom asked me to pass on how much he enjoyed the route-rebuild exercise with you.

I wish I was writing with better news. We've offered the Dispatch Solutions Specialist role to someone who has spent several years configuring routing software for customers, and in the end that hands-on implementation background tipped it. Your on-road knowledge came through strongly, and I'd be glad to hear from you when our implementation team next grows.

All the best,
Priya

Priya Lakhani
Talent Partner | RouteWise Software
Unit 4, Harbourside Works, Bristol BS1 5RW
+44 117 496 0321""", "en", "Fri, 22 May 2026 at 18:04",
    "Declan Ferreira-Nowak <declan.fn@example.co.uk>", _R2_OLD)

_R3 = """Hi Declan,

Just off the phone with the warehouse manager at Cwtch Grocers about Tuesday's interview for the night dispatch supervisor post.

They've gone with an internal candidate who has covered the role on and off since Christmas, so it's a no from them this time. She did say you came across really well and that your knowledge of the Valleys drops was better than most people she's seen.

Don't let it knock you - I've got two more planning roles landing next week and I'll put you forward for both if you're happy.

Cheers,
Lowri

Lowri Bevan
Senior Consultant - Driving & Logistics
Keystone Driving Recruitment
14 Churchill Way, Cardiff CF10 2HE
029 2018 0456 | 07700 900312
"""

_R4 = """Dear Mr Ferreira-Nowak,

Re: Fleet Scheduling Officer, Highways & Waste Services (ref. BTC-2026-0147)

I’m writing to let you know that the above vacancy has been filled by redeployment of an existing member of staff, following the service review that concluded last week. Under the Council’s Managing Change policy, redeployees at risk must be considered before external applicants, and a suitable match was identified.

As a result, the assessment centre places offered to external applicants will not go ahead and your application cannot progress. I appreciate you had already set aside the day – I’m sorry for the inconvenience.

Yours sincerely,

Sioned Howells
Recruitment Adviser – People Services
Bryn Taf County Council
Swyddfeydd y Cyngor, Heol y Bont, Pontypridd CF37 4XB
Tel: 01443 960 218
"""

_R5 = """Declan,

We've gone with someone else for the controller job. Appreciate you coming back in for the second go.

Gareth
"""

_R6_TEXT = """Hi Declan,

Thank you for spending Saturday with us at the Little Island depot. The team enjoyed having you on the trial shift and your load sheets were spot on.

After talking it through, we have decided to offer the Route Planner position to another candidate who has previous experience planning refrigerated routes for the ferry port. It was a close call.

We would love to stay in touch, so if you want to be notified when we open new roles you can follow our career site.

Warm regards,
Lee Valley Freight People Team"""

_R7 = """Dear Declan Ferreira-Nowak,

Requisition 2026-1183 - Network Scheduler (Bus Operations), Birmingham

We are writing to update you on the above requisition. Following a review of our 2026/27 operating budget, the recruitment for this position has been placed on hold and we will not proceed with any of the applications received.

If the position is re-opened, it will be advertised again on our careers site and you would be welcome to apply. Your candidate profile will remain active unless you choose to withdraw it.

Thank you for your interest in a career with West Mids Transit.

Recruitment Services
West Mids Transit

This is an automated message from our applicant tracking system. Replies to this address are not monitored.
"""

_R8_TEXT = """Hello Declan,

Thank you for applying for the Home Delivery Shift Manager vacancy at our Digbeth fulfilment centre.

We've carefully considered your application and have decided to move forward with candidates whose experience more closely matches the requirements of this role at this time.

We encourage you to keep an eye on our careers page, as new opportunities open regularly across our stores and distribution centres.

Best wishes,
The Hockley Foods Recruitment Team"""

_R9 = """Hi Declan,

Thank you again for the conversation with Joost and me last Wednesday. I promised you an honest answer quickly, so here it is: we won't be moving ahead with you for the Dispatch Coordinator (English-speaking) position.

The feedback from the team was consistent. You clearly understand the pressure of a live delivery day, but the role involves running our carrier integrations in a warehouse system from day one, and we felt that gap would be too large for the peak season we are heading into.

If you build up some experience with a WMS over the next year, please do reach out to me directly.

Kind regards,
Femke de Vries
Recruiter, Kanaal Logistics
Cruquiusweg 40, 1019 AT Amsterdam
+31 20 555 0184
"""

_R10_HTML = ats_card("Avon Larder Careers", "#2e7d32", paras("""Dear Declan,

Re: Transport Clerk - Bristol Distribution Centre (Job ID 40611)

Thank you for your recent application. We received a very high number of applications for this vacancy and, after careful review, we regret to inform you that you have not been shortlisted for the next stage.

Please do not be discouraged from applying for other roles with Avon Larder in the future.

Yours faithfully,
Avon Larder Resourcing"""), "Avon Larder plc, Brislington Trading Estate, Bristol BS4 5NG. This mailbox is not monitored.")

_R11 = """Hiya Declan,

Bad news I'm afraid, butt. The panel went for Rhys from the Port Talbot depot for the duty controller job - he's been covering the desk for two winters so it was always going to be tight.

Honestly you did us proud in there and Carol said your answer about the snow day was the best she'd heard. Keep your eyes peeled because Mike is retiring in the autumn and that one will be advertised externally.

Pint soon?

Dai
Depot Manager, Bay Coaches - Swansea
"""

_R12_OLD = """Hi Declan,

Thanks for your application for Night Transport Planner. We'd like to invite you to a face-to-face interview at our Fabian Way site on Monday 13 April at 11:00. Please bring your driving licence and photo ID, and ask for me at reception.

Regards,
Ffion"""

_R12 = outlook("""Hi Declan,

Thank you for coming to Fabian Way on Monday and for the time you spent with Huw and me.

We've now completed all the interviews for the Night Transport Planner post and I'm sorry to say that we won't be offering you the position. The successful candidate has planned tramping routes across the M4 corridor for several years, which is a core part of the night shift.

Thank you again, and best of luck with your search.

Kind regards,
Ffion Rees
HR Business Partner
Tawe Freight Ltd | Unit 9, Fabian Way, Swansea SA1 8QB
Tel: 01792 960 447

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Tawe Freight Ltd is registered in Wales, company no. 08812345.""", "en",
    "Ffion Rees <ffion.rees@tawefreight.example.co.uk>", "02 April 2026 14:21",
    "Declan Ferreira-Nowak <declan.fn@example.co.uk>",
    "Interview - Night Transport Planner", _R12_OLD)

_R13 = reply("""Hi Declan,

Thanks for sending your CV through for the delivery coordinator job at our Ballincollig store.

I'm afraid head office has decided not to go ahead with the role at all. The online orders for our three west Cork stores are being moved to the central hub in Little Island, so the coordinator position here won't exist from June. I didn't want to leave you waiting for an interview that isn't going to happen.

Sorry about that, and good luck.

Niamh O'Callaghan
Store Manager, Shandon Grocers Ballincollig""", "en", "Mon, 16 Mar 2026 at 21:40",
    "Declan Ferreira-Nowak <declan.fn@example.co.uk>", """Dear Ms O'Callaghan,

Please find attached my CV for the delivery coordinator role advertised in store. I currently drive multi-drop routes in Cardiff and I'm relocating to Cork in the summer.

Kind regards,
Declan Ferreira-Nowak""")

_R14 = """Canalside Couriers

Hi Declan,

Thank you for your interest in the Same-Day Controller role. We have reviewed your application and have decided not to proceed with it at this stage.

We wish you success in your job search.

Canalside Couriers Hiring Team

---
Sent via Workable. Please do not reply to this message.
"""

_R15 = """Morning Declan,

I've had feedback on the transport planner role I submitted you for last week. My client has reviewed the shortlist and decided not to take your application forward - they felt you were a bit light on Microlise and tachograph analysis compared with the other two candidates.

It's a confidential search so I can't share much more, but I don't think it's a reflection on you. I'd still like to keep working with you: are you open to temporary transport office cover in the meantime? It's a good way to get the planning experience onto your CV.

Speak soon,
Tom

Tom Whitcombe | Principal Consultant
Bluebird Logistics Talent
3rd Floor, 28 Queen Square, Bristol BS1 4ND
0117 496 0783
"""

_R16_OLD = """Hi Marloes,

Thanks for introducing Declan. We've met him on Teams and everyone liked him, but we've decided not to continue with his application: the dispatch desk needs Dutch for calls with our couriers, and that was a harder requirement than we first thought.

Please thank him for his time.

Best,
Ruben Visser
Operations Lead, Zuidas Deliveries"""

_R16 = forward("""Hi Declan,

I'm afraid it's not good news from Zuidas Deliveries - their note is below. I pushed back a little on the language point but they want someone who can take calls from the couriers in Dutch from week one.

I still have the English-only dispatch role at the airport cargo client on my list, so let's talk tomorrow.

Marloes Jansen
Consultant, Interim Fleet Partners
Stadhouderskade 6, 1054 ES Amsterdam | +31 20 555 0917""", "en",
    "Ruben Visser <r.visser@zuidas-deliveries.example.nl>", "Tue, 7 Jul 2026 at 16:12",
    "Feedback Declan Ferreira-Nowak", "Marloes Jansen <marloes@interimfleet.example.nl>",
    _R16_OLD)

_R17 = """Dear Applicant,

Post: Passenger Transport Scheduler (ref. GBC/ENV/0931)

Thank you for attending the assessment on 24 June. Your application has now been considered by the appointing panel.

Please find attached a letter setting out the outcome. The panel has not been able to offer you an appointment on this occasion.

The attached letter also explains how you can request feedback on your assessment scores.

Please do not reply to this email. This mailbox is not monitored.

Gower Bay Council - Recruitment Team
"""

_R18 = """Dear Declan Ferreira-Nowak,

Thank you for applying for Customer Support Analyst - Dispatch Products at NorthQuay Software.

We have now completed our review of applications. While your background in delivery operations is interesting, we are not able to progress your application to the interview stage.

We appreciate the time you invested in your application.

Regards,
NorthQuay Software People Team

--
CONFIDENTIALITY: This message was generated by BambooHR on behalf of NorthQuay Software Ltd, Capital Quarter, Tyndall Street, Cardiff CF10 4BZ. It may contain confidential information intended only for the named recipient. If you are not the intended recipient, you must not copy, distribute or act on its contents; please delete it.
"""

_R19 = """Bonjour Declan,

Nous vous remercions de l'intérêt que vous portez à Marché Cauchois et de votre candidature au poste d'Employé logistique - préparation des commandes drive (magasin de Mont-Saint-Aignan).

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.

Nous conservons vos coordonnées dans notre vivier pendant douze mois et ne manquerons pas de revenir vers vous si un poste correspondant à votre profil se libère.

Nous vous souhaitons bonne continuation dans vos recherches.

Le service Recrutement
Marché Cauchois
Message envoyé automatiquement, merci de ne pas répondre.
"""

_R20 = """Bonjour Monsieur Ferreira-Nowak,

Je reviens vers vous concernant le poste de régulateur de ligne (dépôt de Petit-Quevilly).

Le poste a finalement été pourvu en interne : un conducteur receveur de notre réseau, déjà habilité à la régulation, a postulé pendant la période de publication interne et sa candidature a été retenue. La journée d'immersion prévue pour les candidats externes n'aura donc pas lieu.

Je suis désolée de vous l'annoncer après l'avoir organisée avec vous. Je garde votre dossier en tête pour les prochaines ouvertures au service exploitation.

Bien cordialement,

Claire Duval
Chargée de recrutement
Transports Boucles de Seine
14 quai Gaston Boulet, 76000 Rouen
02 35 55 01 42
"""

_R21 = """Bonjour Declan,

J'ai eu le retour des Entrepôts du Robec suite à votre entretien de jeudi avec M. Lefebvre.

Ils ne donnent pas suite pour le poste d'agent d'ordonnancement transport. Ils recherchent finalement quelqu'un qui maîtrise déjà leur TMS et qui peut remplacer immédiatement leur planificateur parti en congé maternité - ils n'ont pas le temps de former.

Ce n'est pas lié à votre entretien, qui s'est bien passé selon eux. Je continue de chercher pour vous sur le secteur de Rouen et du Havre.

Belle journée,
Mélanie Roussel
Consultante recrutement - Agence Intérim Normandie Plus
5 rue Jeanne d'Arc, 76000 Rouen - 02 35 55 08 19
"""

_R22 = """Bonjour Declan,

Merci d'avoir postulé au poste de Planificateur de tournées H/F chez Logisseine.

Nous avons pris le temps d'étudier votre candidature avec attention. Nous avons toutefois choisi de poursuivre le processus avec des profils dont le parcours est plus proche des attentes du poste, notamment en matière de planification multi-sites.

Nous vous remercions de votre intérêt et vous souhaitons pleine réussite dans votre projet professionnel.

L'équipe Talent Logisseine
"""

_R23_OLD = """Bonjour Madame Girard,

Je tenais à vous remercier pour l'entretien de ce matin. J'ai beaucoup apprécié la visite de la plateforme et les explications sur l'organisation des départs de 4 h.

Je reste à votre disposition pour toute information complémentaire.

Cordialement,
Declan Ferreira-Nowak"""

_R23 = reply("""Bonjour Monsieur Ferreira-Nowak,

Merci pour votre message et pour votre venue à Saint-Étienne-du-Rouvray.

Nous avons rencontré plusieurs candidats pour le poste d'adjoint au chef de quai et, après réflexion, nous avons retenu une autre personne, qui connaît déjà nos clients de la restauration collective.

Votre expérience de la livraison en centre-ville est réelle et je ne doute pas qu’elle vous ouvrira d’autres portes. Je vous souhaite le meilleur pour la suite.

Cordialement,

Sandrine Girard
Responsable d’exploitation
Rouen Frais Express – 3 rue des Transporteurs, 76800 Saint-Étienne-du-Rouvray
Tél. 02 35 55 03 71""", "fr", "mar. 9 juin 2026 à 12:47",
    "Declan Ferreira-Nowak <declan.fn@example.co.uk>", _R23_OLD)

_R24 = """Hallo Herr Ferreira-Nowak,

vielen Dank für das angenehme Gespräch am Dienstag und Ihr Interesse an der Position als Disponent (m/w/d) in unserem Hub in Düsseldorf-Reisholz.

Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für einen Kandidaten entschieden, der bereits Erfahrung in der Tourenplanung für Expresssendungen mitbringt.

Ihre Unterlagen löschen wir gemäß Datenschutz nach sechs Monaten. Falls Sie möchten, dass wir sie länger in unserem Talent-Pool behalten, antworten Sie mir einfach kurz.

Viele Grüße
Jana Schäfer
Recruiting | Rheinkurier GmbH
Höher Weg 230, 40231 Düsseldorf
Tel. +49 211 555 0342
"""

_R25_HTML = ats_card("Frischmarkt Lindner", "#c62828", paras("""Sehr geehrter Herr Ferreira-Nowak,

herzlichen Dank für Ihre Bewerbung als Fuhrparkkoordinator (m/w/d) für unser Zentrallager Düsseldorf-Hafen.

Leider müssen wir Ihnen mitteilen, dass die Stelle bis auf Weiteres nicht besetzt wird. Aufgrund einer Neuorganisation unserer Filiallogistik ruht das Besetzungsverfahren; Ihre Bewerbung können wir daher nicht weiter berücksichtigen.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Frischmarkt Lindner"""), "Frischmarkt Lindner GmbH &amp; Co. KG · Fringsstraße 12 · 40221 Düsseldorf<br>Diese Nachricht wurde automatisch über softgarden versendet.")

_R26 = """Guten Tag Herr Ferreira-Nowak,

kurze Rückmeldung zu der Disponentenstelle, für die ich Sie vorgestellt hatte: Mein Kunde hat sich gegen eine Einladung entschieden. Als Begründung wurde genannt, dass die Stelle sehr viel Abstimmung mit den Zollbehörden beinhaltet und man jemanden mit Erfahrung im Zollbereich bevorzugt.

Ich melde mich, sobald ich etwas Passenderes für Sie habe. Ihr Profil bleibt bei uns aktiv.

Freundliche Grüße

Markus Brandt
Personalberater Logistik
Personalwerk Rhein GmbH
Königsallee 61, 40215 Düsseldorf
Telefon +49 211 555 0716

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
"""

_R27_OLD = """Hey Declan,

hast du Donnerstag Zeit für ein kurzes Gespräch? Ich würde dir gern unser Support-Team zeigen und hören, wie du als Fahrer mit Routen-Apps arbeitest. 30 Minuten auf Teams reichen.

Grüße
Lukas"""

_R27 = reply("""Hi Declan,

danke nochmal für das Gespräch und die ehrlichen Einblicke aus dem Fahreralltag, das war für uns echt wertvoll.

Ich mach's kurz: Für die Support-Stelle wird es leider nichts. Wir brauchen jemanden, der sofort auch Tickets auf Deutsch am Telefon übernehmen kann, und da war unser Eindruck, dass es noch etwas zu früh ist.

Wenn wir mal Testfahrer für die App suchen, denke ich an dich!

Lukas
Tourenwerk Software · Team Lead Customer Support""", "de", "Mo., 18. Mai 2026 um 09:15",
    "Lukas Hoffmann <lukas.hoffmann@tourenwerk.example.de>", _R27_OLD)

_R28 = """Hola Declan:

Te escribo en relación con el proceso de coordinador de reparto de Mensajería Nervión.

Como no pudiste conectarte a la entrevista del martes y el calendario del proceso ya estaba cerrado, el equipo ha continuado con el resto de candidatos y ya ha cubierto la vacante. Lamento no poder ofrecerte otra fecha.

Si en el futuro abrimos otro puesto de tráfico, te animo a presentarte de nuevo.

Un saludo,
Itziar Etxeberria
Técnica de Selección
Mensajería Nervión
Calle Licenciado Poza 28, 48011 Bilbao
944 55 02 31
"""

_R29_TEXT = """Estimado/a Declan:

Gracias por tu interés en el puesto de Responsable de Expediciones en la plataforma de Supermercados Artxanda en Basauri.

Tras revisar con detalle todas las candidaturas recibidas, hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más a las necesidades actuales del puesto.

Guardaremos tu candidatura en nuestra base de datos por si surgiera una oportunidad adecuada.

Atentamente,
Departamento de Personas
Supermercados Artxanda"""

_R30 = """Hola Declan,

Ya tengo respuesta de Logística Deusto sobre la entrevista del jueves con su jefe de tráfico.

Siento decirte que no van a seguir contigo en el proceso. Me comentan que buscan a alguien que haya llevado personal a su cargo, porque el planificador coordina a doce repartidores propios, y prefieren ese perfil.

En cuanto tenga otra vacante de planificación en Bizkaia te llamo.

Un abrazo,
Aitor Goikoetxea
Consultor de Selección · Talento Cantábrico
Gran Vía 45, 48011 Bilbao · 944 55 07 63
"""

_R31 = """Estimado Sr. Ferreira-Nowak:

Le comunicamos que el proceso de selección para el puesto de Jefe de Tráfico en nuestra base de Zorrotza ha quedado cancelado por decisión de la dirección, al haberse suspendido el contrato de transporte con el cliente para el que se creaba la plaza.

Por este motivo no continuaremos con ninguna de las candidaturas recibidas, incluida la suya. Le agradecemos sinceramente el tiempo dedicado.

Atentamente,

Begoña Uriarte
Administración de Personal
Transportes Zorrotza
Muelle de Zorrotzaurre 3, 48014 Bilbao
"""


MESSAGES = [
    dict(kind="rejection", slug="greenhouse_formal_after_interview", lang="en",
         company="Severnside Logistics", contact="",
         frm=("Severnside Logistics", "no-reply@us.greenhouse-mail.io"),
         subject="Your application to Severnside Logistics",
         date="2026-03-12 16:05 -0400", id="sev-reject",
         text=_R1, html=ats_card("Severnside Logistics", "#1a4f7a", paras(_R1),
                                 "Powered by Greenhouse"),
         headers={"Auto-Submitted": "auto-generated"}),
    dict(kind="rejection", slug="lever_after_panel_quotes_thanks", lang="en",
         company="RouteWise Software", contact="priya.lakhani@routewise.example.co.uk",
         frm=("Priya Lakhani", "no-reply@hire.lever.co"),
         reply_to=("Priya Lakhani", "priya.lakhani@routewise.example.co.uk"),
         subject="Re: Thank you - panel interview", date="2026-06-02 10:31 +0100",
         id="rw-reject", parent="rw-thanks", text=_R2),
    dict(kind="rejection", slug="agency_relays_client_no", lang="en",
         company="Cwtch Grocers", contact="lowri.bevan@keystone-driving.example.co.uk",
         frm=("Lowri Bevan", "lowri.bevan@keystone-driving.example.co.uk"),
         subject="Cwtch Grocers - feedback", date="2026-02-27 17:48 +0000",
         id="ks-cwtch-reject", parent="ks-cwtch-move", text=_R3),
    dict(kind="rejection", slug="council_filled_by_redeployment", lang="en",
         company="Bryn Taf County Council", contact="sioned.howells@bryntaf.example.co.uk",
         frm=("Sioned Howells", "sioned.howells@bryntaf.example.co.uk"),
         subject="Fleet Scheduling Officer (BTC-2026-0147) - update on your application",
         date="2026-05-06 11:20 +0100", id="btc-reject", parent="btc-move",
         text=_R4, charset="windows-1252", cte="quoted-printable"),
    dict(kind="rejection", slug="terse_depot_manager", lang="en",
         company="Taff Valley Buses", contact="gareth.prosser@taffvalleybuses.example.co.uk",
         frm=("Gareth Prosser", "gareth.prosser@taffvalleybuses.example.co.uk"),
         subject="Re: Controller job", date="2026-04-21 19:02 +0100",
         id="tvb-reject", parent="tvb-reinvite", text=_R5),
    dict(kind="rejection", slug="teamtailor_after_trial_day_html", lang="en",
         company="Lee Valley Freight", contact="",
         frm=("Lee Valley Freight", "no-reply@teamtailor-mail.com"),
         subject="Route Planner at Lee Valley Freight", date="2026-08-10 09:00 +0100",
         id="lvf-reject",
         html=ats_card("Lee Valley Freight", "#00695c", paras(_R6_TEXT),
                       'Lee Valley Freight, Little Island, Co. Cork, Ireland<br>'
                       '<a href="https://leevalleyfreight.example.ie/connect">Join our talent '
                       'community</a>'),
         headers={"Auto-Submitted": "auto-generated"}),
    dict(kind="rejection", slug="icims_on_hold_not_proceed", lang="en",
         company="West Mids Transit", contact="",
         frm=("West Mids Transit Careers", "careers-westmidstransit@icims.com"),
         subject="Update on Requisition 2026-1183 Network Scheduler (Bus Operations)",
         date="2026-05-28 08:14 -0500", id="wmt-hold", text=_R7),
    dict(kind="rejection", slug="smartrecruiters_closer_match", lang="en",
         company="Hockley Foods", contact="",
         frm=("Hockley Foods", "noreply@smartrecruiters.com"),
         subject="Home Delivery Shift Manager - Hockley Foods",
         date="2026-07-03 13:45 +0000", id="hf-reject",
         text=_R8_TEXT, html=ats_card("Hockley Foods", "#6a1b9a", paras(_R8_TEXT),
                                      "Hockley Foods, Digbeth, Birmingham B5 6DY"),
         cte="base64"),
    dict(kind="rejection", slug="ashby_recruiter_honest_feedback", lang="en",
         company="Kanaal Logistics", contact="femke.devries@kanaal-logistics.example.nl",
         frm=("Femke de Vries", "no-reply@ashbyhq.com"),
         reply_to=("Femke de Vries", "femke.devries@kanaal-logistics.example.nl"),
         subject="Dispatch Coordinator - our decision", date="2026-06-24 15:20 +0200",
         id="kl-reject", text=_R9),
    dict(kind="rejection", slug="successfactors_not_shortlisted_b64_html", lang="en",
         company="Avon Larder", contact="",
         frm=("Avon Larder Resourcing", "noreply@successfactors.eu"),
         subject="Your application: Transport Clerk - Bristol Distribution Centre",
         date="2026-04-30 07:02 +0000", id="al-reject",
         html=_R10_HTML, cte="base64"),
    dict(kind="rejection", slug="casual_depot_mate", lang="en",
         company="Bay Coaches", contact="dai.morgan@baycoaches.example.co.uk",
         frm=("Dai Morgan", "dai.morgan@baycoaches.example.co.uk"),
         subject="duty controller", date="2026-05-19 20:11 +0100",
         id="bc-reject", parent="bc-move", text=_R11),
    dict(kind="rejection", slug="outlook_chain_quoted_invite", lang="en",
         company="Tawe Freight", contact="ffion.rees@tawefreight.example.co.uk",
         frm=("Ffion Rees", "ffion.rees@tawefreight.example.co.uk"),
         subject="RE: Interview - Night Transport Planner", date="2026-04-16 09:47 +0100",
         id="tf-reject", parent="tf-invite-virtual", text=_R12,
         html=outlook_html(mso(_R12)), headers={"X-Mailer": "Microsoft Outlook 16.0"}),
    dict(kind="rejection", slug="store_role_cancelled", lang="en",
         company="Shandon Grocers", contact="niamh.ocallaghan@shandongrocers.example.ie",
         frm=("Niamh O'Callaghan", "niamh.ocallaghan@shandongrocers.example.ie"),
         subject="Re: Delivery coordinator - Ballincollig", date="2026-03-25 08:56 +0000",
         id="sg-cancel", parent="sg-apply", text=_R13),
    dict(kind="rejection", slug="workable_short_plain", lang="en",
         company="Canalside Couriers", contact="",
         frm=("Canalside Couriers", "jobs-noreply@workablemail.com"),
         subject="Your application for Same-Day Controller", date="2026-01-29 12:00 +0000",
         text=_R14),
    dict(kind="rejection", slug="agency_unnamed_client", lang="en",
         company="Bluebird Logistics Talent", contact="tom.whitcombe@bluebird-talent.example.co.uk",
         frm=("Tom Whitcombe", "tom.whitcombe@bluebird-talent.example.co.uk"),
         subject="Transport planner role - client feedback", date="2026-03-03 09:12 +0000",
         id="bb-reject", text=_R15),
    dict(kind="rejection", slug="agency_forwards_client_note", lang="en",
         company="Zuidas Deliveries", contact="marloes@interimfleet.example.nl",
         frm=("Marloes Jansen", "marloes@interimfleet.example.nl"),
         subject="Fwd: Feedback Declan Ferreira-Nowak", date="2026-07-07 17:03 +0200",
         id="ifp-zuidas-reject", parent="ifp-zuidas-cancel", text=_R16),
    dict(kind="rejection", slug="council_outcome_letter_pdf", lang="en",
         company="Gower Bay Council", contact="",
         frm=("Gower Bay Council Recruitment", "no-reply@gowerbay.example.co.uk"),
         subject="Outcome of your application - GBC/ENV/0931",
         date="2026-07-01 15:30 +0100", id="gbc-reject", text=_R17,
         pdf=[dict(name="GBC-ENV-0931-outcome.pdf", lines=[
             "Gower Bay Council - People Services", "Civic Centre, Oystermouth Road, Swansea",
             "", "1 July 2026", "", "Dear Mr Ferreira-Nowak",
             "Passenger Transport Scheduler (GBC/ENV/0931)", "",
             "Thank you for your interest in the above post. I regret to tell you that the",
             "appointing panel has decided not to offer you an appointment.",
             "You may request written feedback within 20 working days of this letter.", "",
             "Yours sincerely", "Head of People Services"])]),
    dict(kind="rejection", slug="bamboohr_with_disclaimer", lang="en",
         company="NorthQuay Software", contact="",
         frm=("NorthQuay Software", "notifications@app.bamboohr.com"),
         subject="Regarding your application to NorthQuay Software",
         date="2026-09-08 14:40 -0600", text=_R18),
    dict(kind="rejection", slug="ats_latin1_qp_subject", lang="fr",
         company="Marché Cauchois", contact="",
         frm=("Marché Cauchois Recrutement", "recrutement-noreply@marche-cauchois.example.fr"),
         subject="Votre candidature : Employé logistique - préparation drive",
         subject_enc=("iso-8859-1", "Q"), name_enc=("iso-8859-1", "Q"),
         date="2026-02-19 10:03 +0100", id="mc-reject",
         text=_R19, charset="iso-8859-1", cte="quoted-printable"),
    dict(kind="rejection", slug="bus_poste_pourvu_en_interne", lang="fr",
         company="Transports Boucles de Seine", contact="claire.duval@boucles-de-seine.example.fr",
         frm=("Claire Duval", "claire.duval@boucles-de-seine.example.fr"),
         subject="Poste de régulateur de ligne - Petit-Quevilly",
         date="2026-03-20 14:18 +0100", id="tbs-reject", parent="tbs-invite", text=_R20),
    dict(kind="rejection", slug="interim_agency_relays_client", lang="fr",
         company="Entrepôts du Robec", contact="m.roussel@normandie-plus.example.fr",
         frm=("Mélanie Roussel", "m.roussel@normandie-plus.example.fr"),
         name_enc=("utf-8", "B"),
         subject="Retour Entrepôts du Robec", date="2026-04-10 11:36 +0200",
         id="anp-robec-reject", parent="anp-robec-invite", text=_R21,
         html="<div dir=\"ltr\">" + paras(_R21) + "</div>\n"),
    dict(kind="rejection", slug="smartrecruiters_profils_plus_proches", lang="fr",
         company="Logisseine", contact="",
         frm=("Logisseine", "noreply@smartrecruiters.com"),
         subject="Votre candidature chez Logisseine", date="2026-06-30 09:10 +0200",
         id="ls-reject", text=_R22,
         html=ats_card("Logisseine", "#283593", paras(_R22),
                       "Logisseine SAS - Parc d'activités du Madrillet, 76800 Saint-Étienne-du-Rouvray")),
    dict(kind="rejection", slug="after_interview_quotes_merci_cp1252", lang="fr",
         company="Rouen Frais Express", contact="s.girard@rouenfrais.example.fr",
         frm=("Sandrine Girard", "s.girard@rouenfrais.example.fr"),
         subject="RE: Merci pour l'entretien", date="2026-06-15 18:22 +0200",
         id="rfe-reject", parent="rfe-thanks-virtual", text=_R23, charset="windows-1252",
         cte="8bit"),
    dict(kind="rejection", slug="personio_reply_to_recruiter", lang="de",
         company="Rheinkurier", contact="jana.schaefer@rheinkurier.example.de",
         frm=("Rheinkurier GmbH via Personio", "noreply@personio.de"),
         reply_to=("Jana Schäfer", "jana.schaefer@rheinkurier.example.de"),
         name_enc=("iso-8859-1", "B"),
         subject="Ihre Bewerbung als Disponent (m/w/d) – unsere Rückmeldung",
         subject_enc=("utf-8", "Q"),
         date="2026-04-24 10:45 +0200", id="rk-reject", parent="rk-move", text=_R24),
    dict(kind="rejection", slug="softgarden_besetzung_ruht_html", lang="de",
         company="Frischmarkt Lindner", contact="",
         frm=("Frischmarkt Lindner Recruiting", "noreply@softgarden.io"),
         subject="Ihre Bewerbung bei Frischmarkt Lindner", date="2026-09-15 08:30 +0200",
         id="fl-hold", html=_R25_HTML),
    dict(kind="rejection", slug="agency_kunde_ohne_namen", lang="de",
         company="Personalwerk Rhein", contact="m.brandt@personalwerk-rhein.example.de",
         frm=("Markus Brandt", "m.brandt@personalwerk-rhein.example.de"),
         subject="Rückmeldung zur Disponentenstelle", subject_enc=("iso-8859-1", "Q"),
         date="2026-05-08 16:50 +0200", text=_R26, charset="iso-8859-1",
         cte="quoted-printable"),
    dict(kind="rejection", slug="du_form_quotes_casual_invite", lang="de",
         company="Tourenwerk Software", contact="lukas.hoffmann@tourenwerk.example.de",
         frm=("Lukas Hoffmann", "lukas.hoffmann@tourenwerk.example.de"),
         subject="Re: Kurzes Gespräch?", subject_enc=("utf-8", "B"),
         date="2026-05-27 12:04 +0200", id="tw-reject", parent="tw-invite", text=_R27),
    dict(kind="rejection", slug="recruitee_after_no_show", lang="es",
         company="Mensajería Nervión", contact="itziar.etxeberria@nervion-mensajeria.example.es",
         frm=("Itziar Etxeberria", "itziar.etxeberria@nervion-mensajeria.example.es"),
         subject="Proceso coordinador/a de reparto", date="2026-04-02 13:25 +0200",
         id="mn-reject", parent="mn-missed", text=_R28),
    dict(kind="rejection", slug="successfactors_otras_candidaturas", lang="es",
         company="Supermercados Artxanda", contact="",
         frm=("Supermercados Artxanda", "noreply@successfactors.eu"),
         subject="Tu candidatura: Responsable de Expediciones (Basauri)",
         date="2026-07-22 09:55 +0200", id="sa-reject", text=_R29_TEXT,
         html=ats_card("Supermercados Artxanda", "#ef6c00", paras(_R29_TEXT),
                       "Este mensaje se ha generado automáticamente. No respondas a este correo."),
         cte="base64"),
    dict(kind="rejection", slug="agencia_transmite_no_cliente", lang="es",
         company="Logística Deusto", contact="aitor@talentocantabrico.example.es",
         frm=("Aitor Goikoetxea", "aitor@talentocantabrico.example.es"),
         subject="Logística Deusto - respuesta", subject_enc=("iso-8859-1", "B"),
         date="2026-09-25 10:18 +0200", id="tc-deusto-reject", parent="tc-deusto-move",
         text=_R30),
    dict(kind="rejection", slug="proceso_cancelado_latin1", lang="es",
         company="Transportes Zorrotza", contact="personal@zorrotza.example.es",
         frm=("Begoña Uriarte - Transportes Zorrotza", "personal@zorrotza.example.es"),
         name_enc=("iso-8859-1", "Q"),
         subject="Cancelación del proceso de selección - Jefe de Tráfico",
         subject_enc=("iso-8859-1", "Q"), date="2026-10-06 12:40 +0200", text=_R31,
         charset="iso-8859-1", cte="8bit"),
]

_ = CAND  # the candidate is the default recipient of every message here
