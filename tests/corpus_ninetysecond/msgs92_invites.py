"""Interview invitations, reschedules/cancellations and missed-interview notices (corpus 92)."""

from msgs92_common import m

INV = "interview_invitation"
RS = "interview_reschedule_or_cancel"
MI = "missed_interview_notice"
ME_TH = "example.ch"

INVITATIONS = [
    m(INV, "palace_entretien_tel", "fr", "Beau-Rivage Ouchy",
      ("Léa Morand", "lea.morand@beaurivage-ouchy.example.ch"),
      "Entretien téléphonique - Guest Relations Manager", "2026-01-14T11:05:00+01:00", """
Bonjour Madame Baptiste-Nakamura,

Nous avons bien pris connaissance de votre candidature pour le poste de Guest Relations Manager et souhaiterions faire plus ample connaissance lors d'un entretien téléphonique d'une trentaine de minutes.

Seriez-vous disponible jeudi 15 janvier à 10h00 ou vendredi 16 janvier à 14h30 ? Merci de me confirmer le créneau qui vous convient ainsi que le numéro auquel vous joindre.

Meilleures salutations,

Léa Morand
Talent Acquisition Specialist
Beau-Rivage Ouchy
Place du Port 00 · CH-1006 Lausanne
""", charset="iso-8859-1", cte="qp"),

    m(INV, "calendly_startup_en", "en", "Tidewell",
      ("Sam Okafor", "sam@tidewell.example.io"),
      "Quick chat?", "2026-01-21T18:32:00+00:00", """
Hey Élodie,

Loved your note about running guest ops for 400-room properties – that's exactly the mess we're trying to fix with Tidewell.

Would you be free for a quick chat this week? Grab any 30 min slot here: https://calendly.com/tidewell-sam/30min

Cheers,
Sam
Co-founder, Tidewell
""", cte="8bit"),

    m(INV, "goodtime_airport_en", "en", "Genève Aéroport",
      ("Genève Aéroport Recruiting", "scheduling@goodtime.example.io"),
      "Action required: schedule your interview with Genève Aéroport", "2026-02-02T09:00:00+01:00", """
Hi Élodie,

Congratulations! The hiring team for Passenger Experience Manager would like to invite you to a 45-minute video interview with Claire Dumas (Head of Passenger Services) and Yann Keller (Operations Lead).

Please choose a time that works for you using the link below. Available slots are shown in your local time zone.

Select a time: https://app.goodtime.example.io/s/8f2Kx19

If none of the times work, reply to this email and our coordinator will help.

Genève Aéroport Talent Team
""", fmt="html", reply_to=("Inès Barbey", "ines.barbey@gva-airport.example.ch"), cte="b64"),

    m(INV, "journee_essai_restaurant", "fr", "Brasserie du Grütli",
      ("Antoine", "antoine@brasseriedugrutli.example.ch"),
      "Journée d'essai", "2026-02-05T15:20:00+01:00", """
Salut Elodie,

Suite a notre appel, je te propose de venir faire une journée d'essai mardi 10 fevrier, service de midi et du soir (10h-15h / 18h-23h). Tenue noire, on te fournit le tablier.

Dis-moi si ca te va.

Antoine
Brasserie du Grütli
079 000 00 00
""", cte="8bit", charset="windows-1252"),

    m(INV, "teams_invite_ics_de", "de", "Hotel Bayerischer Hof",
      ("Stefanie Huber", "stefanie.huber@bayerischerhof.example.de"),
      "Einladung zum Vorstellungsgespräch – Front Office Managerin", "2026-02-10T10:10:00+01:00", """
Sehr geehrte Frau Baptiste-Nakamura,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Dienstag, 17. Februar 2026, 14:00–15:00 Uhr
Gesprächspartner: Frau Huber (HR) und Herr Lindner (Direktor Rooms Division)

Die Einladung finden Sie im Anhang. Bitte bestätigen Sie uns den Termin kurz.

Mit freundlichen Grüßen
Stefanie Huber
Personalabteilung
Hotel Bayerischer Hof
""", ics={"start": "20260217T130000Z", "end": "20260217T140000Z",
          "summary": "Vorstellungsgespräch Baptiste-Nakamura / Front Office Managerin"}, fmt="alt"),

    m(INV, "cabinet_ski_resort", "fr", "Téléphériques de Verbier",
      ("Philippe Rochat", "p.rochat@rochat-conseil.example.ch"),
      "Poste Head of Guest Experience - Verbier", "2026-02-18T08:45:00+01:00", """
Chère Élodie,

Suite à notre échange téléphonique, j'ai le plaisir de vous confirmer que notre client, Téléphériques de Verbier, souhaite vous rencontrer.

L'entretien se tiendra le lundi 23 février à 9h30 dans leurs bureaux de Verbier avec le directeur général, M. Bruchez, et la responsable RH. Prévoyez environ 1h15, une courte présentation (10 min) de votre vision de l'expérience client en station vous sera demandée.

Pourriez-vous me confirmer votre présence ? Je reste à disposition pour vous préparer.

Bien cordialement,

Philippe Rochat
Rochat Conseil
Executive Search · Hospitality & Leisure
+41 27 000 00 00
""", cte="qp"),

    m(INV, "lever_next_stage_en", "en", "Vela Travel",
      ("Vela Travel", "no-reply@hire.lever.co"),
      "Next steps with Vela Travel", "2026-02-24T13:00:00+00:00", """
Hi Élodie,

Great news – we'd love to move you to the next stage for the Customer Operations Manager role!

The next step is a 60-minute conversation with our VP Customer, Daniel Brooks. Please pick a slot that suits you here: https://jobs.lever.co/vela/interview/ab12cd

Looking forward to it,
Maya Lindqvist
Recruiter, Vela Travel
maya.lindqvist@velatravel.example.com
""", fmt="alt", reply_to=("Maya Lindqvist", "maya.lindqvist@velatravel.example.com")),

    m(INV, "degustation_vigneron", "fr", "Domaine de la Côte Dorée",
      ("Isabelle Chappuis", "isabelle@cotedoree.example.ch"),
      "Votre candidature – responsable oenotourisme", "2026-03-03T17:00:00+01:00", """
Bonjour Élodie,

Votre parcours nous a beaucoup plu. Nous aimerions vous rencontrer au domaine pour un premier échange, suivi d'une dégustation que vous animerez pour un petit groupe (mise en situation d'environ 30 minutes).

Seriez-vous libre le mercredi 11 mars en fin d'après-midi, vers 16h ?

Belle soirée,
Isabelle Chappuis
Domaine de la Côte Dorée
Route du Vignoble, 1180 Rolle
""", charset="iso-8859-1", cte="8bit"),

    m(INV, "workday_selfschedule_en", "en", "Maison Aurèle",
      ("Maison Aurèle", "maisonaurele@myworkday.com"),
      "Invitation to Interview: Client Experience Manager - Geneva Boutique", "2026-03-10T06:30:00+00:00", """
Dear Élodie,

We are pleased to inform you that you have been selected to interview for the Client Experience Manager - Geneva Boutique position.

Please log in to your candidate home account to select your preferred interview time from the available slots. Interviews will take place between 16 and 20 March.

https://maisonaurele.wd3.myworkday.com/careers/login

Best regards,
Maison Aurèle Talent Acquisition

This is a system-generated notification. Replies to this address are not monitored.
""", fmt="html", system=True),

    m(INV, "zoom_onsite_panel_en", "en", "Congress Centre Lausanne",
      ("Elif Demir", "elif.demir@cc-lausanne.example.ch"),
      "Re: Event Project Manager – final round", "2026-03-17T12:14:00+01:00", """
Dear Élodie,

Thank you for your patience. I'm delighted to invite you to the final round: a panel interview on site with our Director, the Head of Sales and a member of the operations team, Thursday 26 March, 13:30-15:00.

Please prepare a 15-minute presentation on how you would run a 1,200-delegate medical congress from venue set-up to post-event report. A projector and HDMI will be available.

Address: reception desk, Avenue des Congrès 00, Lausanne. Ask for me on arrival.

Kind regards,
Elif Demir
HR Business Partner
Congress Centre Lausanne

On Mon, Mar 16, 2026 at 5:40 PM Élodie Baptiste-Nakamura <elodie.bn@example.ch> wrote:
> Dear Elif, thank you for the update. I remain very interested in the role.
""", thread=[("cand-0316-f", ME_TH)], cte="qp"),

    m(INV, "interim_mission_lyon", "fr", "Les Halles Gourmandes",
      ("Kévin Morel", "kevin.morel@rhonejob.example.fr"),
      "Mission chef de projet salon - RDV", "2026-03-20T10:22:00+01:00", """
Bonjour Elodie !!

Super nouvelle, le client (Les Halles Gourmandes) veut vous voir pour la mission de chef de projet salon !! 🎉

RDV lundi 23/03 à 11h directement sur place, 102 cours Lafayette Lyon 3e, demandez Mme Perret. Prévoyez CV papier + pièce d'identité.

Tenez-moi au jus après !!

Kévin
RhôneJob - Agence Lyon Part-Dieu
04 78 00 00 00
""", cte="8bit"),

    m(INV, "spanish_entrevista_meet", "es", "Eventos Costa Brava",
      ("Marta Puig", "marta.puig@eventoscostabrava.example.es"),
      "Entrevista - Coordinadora de Eventos", "2026-03-25T11:50:00+01:00", """
Hola Élodie:

Gracias por tu candidatura. Nos gustaría conocerte en una videollamada por Google Meet el jueves 2 de abril a las 10:00 (hora de Madrid). Durará unos 40 minutos.

Enlace: https://meet.google.com/abc-defg-hij

¿Te viene bien? Si no, dime otro momento de esa semana.

Un abrazo,
Marta Puig
Directora de Proyectos
Eventos Costa Brava
""", fmt="alt", cte="qp", charset="iso-8859-1"),

    m(INV, "japanese_owned_en", "en", "Hoshizora Resorts",
      ("Kenji Watanabe", "k.watanabe@hoshizora-resorts.example.jp"),
      "Interview arrangement (Hoshizora Resorts Europe)", "2026-04-02T02:15:00+00:00", """
Dear Ms. Baptiste-Nakamura,

Thank you very much for your application for the position of Guest Experience Director at our new property in Zermatt.

We would be honored if you could join an online interview with our General Manager and myself. We propose the following date:

Date: 8 April 2026 (Wed)
Time: 9:00-10:00 CET (16:00-17:00 JST)
Tool: Zoom (the link will be sent separately)

We would be grateful if you could kindly confirm your availability at your earliest convenience.

Best regards,
Kenji Watanabe
Human Resources Department
Hoshizora Resorts Europe
""", cte="b64"),

    m(INV, "smartrecruiters_presentation_fr", "fr", "Lyon Congrès",
      ("Pauline Gerbaud", "pauline.gerbaud@lyoncongres.example.fr"),
      "Deuxième entretien – Responsable projets congrès", "2026-04-08T16:00:00+02:00", """
Bonjour Élodie,

Suite à votre premier entretien avec Sophie, nous avons le plaisir de vous proposer un second entretien avec M. Dutertre, directeur général.

Le format : 20 minutes de présentation d'un projet d'événement que vous avez piloté, puis 40 minutes d'échange.
Date proposée : jeudi 16 avril à 14h, dans nos locaux (Cité Internationale).

Merci de nous confirmer votre disponibilité en répondant à ce mail.

Cordialement,

Pauline Gerbaud
Chargée RH
Lyon Congrès
""", fmt="alt", cte="qp"),

    m(INV, "de_telefoninterview_du", "de", "Eventwerk Berlin",
      ("Jonas", "jonas@eventwerk.example.de"),
      "Kurzes Telefonat?", "2026-04-15T09:33:00+02:00", """
Hi Élodie,

danke für deine Bewerbung als Projektleiterin! Hast du Lust auf ein kurzes Telefonat (20 Min.), um dich und uns besser kennenzulernen? Passt dir Freitag um 11 Uhr oder Montag um 15 Uhr?

Viele Grüße
Jonas
Eventwerk
""", cte="8bit"),

    m(INV, "montreal_visio_vous", "fr", "Hôtel Saint-Sulpice Montréal",
      ("Geneviève Tremblay", "gtremblay@hotelsaintsulpice.example.ca"),
      "Entrevue - Directrice de l'hébergement", "2026-04-21T14:22:00-04:00", """
Bonjour Madame Baptiste-Nakamura,

Merci pour votre intérêt envers l'Hôtel Saint-Sulpice. Nous aimerions vous rencontrer en visioconférence (Teams) pour une première entrevue d'environ 45 minutes.

Seriez-vous disponible le mardi 28 avril à 9h (heure de Montréal), soit 15h heure de Suisse ? L'invitation Teams suivra dès votre confirmation.

Au plaisir,
Geneviève Tremblay
Conseillère principale, acquisition de talents
Hôtel Saint-Sulpice Montréal
""", charset="windows-1252", cte="qp"),

    m(INV, "agency_uk_excl", "en", "The Belgravia Collection",
      ("Lucy Pemberton", "lucy@pembertonsearch.example.co.uk"),
      "GREAT NEWS!!", "2026-05-13T10:05:00+01:00", """
Hi Elodie!!

So so pleased – The Belgravia Collection would love to meet you for the Head of Guest Relations role! They've offered Tuesday 19th May at 2pm or Wednesday 20th at 10am, in person at their head office in Mayfair.

Let me know which works and I'll lock it in. Give me a ring beforehand and we'll prep together!

Lucy
Pemberton Search
+44 20 7946 0000
""", cte="8bit"),

    m(INV, "federation_sportive_fr", "fr", "Fédération Internationale de Voile Légère",
      ("Aurélie Zbinden", "aurelie.zbinden@fivl.example.org"),
      "Invitation entretien - Event Operations Manager", "2026-05-20T13:40:00+02:00", """
Chère Madame,

Nous avons le plaisir de vous inviter à un entretien pour le poste d'Event Operations Manager au sein de notre siège à Lausanne, le 28 mai 2026 à 10h00.

L'entretien se déroulera en français et en anglais et durera environ une heure. Nous vous remercions de bien vouloir nous confirmer votre présence.

Nous vous prions de recevoir, Madame, nos salutations distinguées.

Aurélie Zbinden
Human Resources Officer
Fédération Internationale de Voile Légère
""", ics={"start": "20260528T080000Z", "end": "20260528T090000Z",
          "summary": "Entretien - Event Operations Manager", "location": "Siège FIVL, Lausanne"},
      fmt="alt", cte="qp"),

    m(INV, "es_llamada_rapida", "es", "Hostelia Group",
      ("Diego Romero", "diego.romero@hostelia.example.es"),
      "Pregunta rápida", "2026-06-01T18:05:00+02:00", """
Hola Élodie,

¿Tendrías 15 minutos mañana o el miércoles para una llamada rápida? Queremos contarte más sobre la posición de Operations Manager en Barcelona y conocerte un poco.

Dime a qué hora te va bien y te llamo.

Gracias!
Diego
Hostelia Group

Enviado desde mi iPhone
""", cte="8bit"),

    m(INV, "teamtailor_fr_tu", "fr", "Maison Pilou",
      ("Maison Pilou", "no-reply@teamtailor-mail.com"),
      "On aimerait te rencontrer ✨", "2026-06-10T10:30:00+02:00", """
Hello Élodie,

Bonne nouvelle : ta candidature pour le poste de Responsable Expérience Client nous a tapé dans l'œil !

On te propose un premier échange de 30 minutes en visio avec Clara, notre Head of Ops. Choisis directement ton créneau ici : https://maisonpilou.teamtailor.example.com/meetings/9xk2

À très vite,
L'équipe Maison Pilou
""", fmt="html", system=True),

    m(INV, "tourism_office_annecy", "fr", "Office de Tourisme du Lac d'Annecy",
      ("Service Ressources", "emplois@lac-annecy-tourisme.example.fr"),
      "Convocation à un entretien", "2026-06-16T09:00:00+02:00", """
Madame,

Nous avons le plaisir de vous informer que votre candidature au poste de responsable de l'accueil et de la qualité a retenu notre attention.

Vous êtes conviée à un entretien devant un jury le lundi 29 juin 2026 à 14h15, au siège de l'Office (Annecy). Une mise en situation écrite de 30 minutes précédera l'entretien. Merci de vous munir d'une pièce d'identité.

Merci de confirmer votre présence par retour de mail.

Le Directeur,
Office de Tourisme du Lac d'Annecy
""", contact="emplois@lac-annecy-tourisme.example.fr", attach=["Convocation_entretien.pdf"]),

    m(INV, "consultancy_case_en", "en", "Aster & Fell",
      ("Rebecca Aster", "rebecca@asterfell.example.com"),
      "Following up", "2026-07-06T08:59:00+01:00", """
Elodie,

Following up on your application for the Senior Consultant, Hospitality Operations role. We'd like to invite you to a case interview (1h, video) with two of our partners next week. Could you send me three slots between Tuesday and Thursday?

Regards,
Rebecca

Rebecca Aster | Managing Partner | Aster & Fell
London · Geneva
""", cte="qp", charset="windows-1252"),

    m(INV, "indeed_employer_fr", "fr", "Camping Les Pins Bleus",
      ("Gérant - Camping Les Pins Bleus", "gerance@pinsbleus.example.fr"),
      "Votre candidature Indeed - Responsable réception", "2026-07-21T19:45:00+02:00", """
Bonjour,

J'ai vu votre cv sur Indeed pour le poste de responsable réception saison ete. Est ce que vous pouvez passer au camping pour un entretien samedi matin entre 9h et 12h ? sinon on peut faire par telephone.

Merci de me dire

Cordialement
Gérard Paillard
Camping Les Pins Bleus
""", cte="8bit", charset="iso-8859-1"),

    m(INV, "de_kongress_zweite_runde", "de", "Kongresshaus Zürich",
      ("Nina Keller", "nina.keller@kongresshaus.example.ch"),
      "Zweites Gespräch", "2026-08-18T14:30:00+02:00", """
Guten Tag Frau Baptiste-Nakamura

Herzlichen Dank für das erste Gespräch. Gerne möchten wir Sie zu einer zweiten Runde mit unserem CEO einladen. Vorschlag: Mittwoch, 26. August, 10:00 Uhr bei uns vor Ort. Bitte bringen Sie Ihre Referenzen mit.

Freundliche Grüsse
Nina Keller
HR Business Partner
Kongresshaus Zürich
""", fmt="alt", cte="b64", charset="iso-8859-1"),

    m(INV, "gva_ngo_written_test_en", "en", "Red Mountain Foundation",
      ("Talent Team", "talent@redmountain.example.org"),
      "Your candidacy: Partnerships & Events Manager – interview", "2026-09-08T10:10:00+02:00", """
Dear Élodie,

Congratulations, you have been shortlisted for an interview for the Partnerships & Events Manager role.

Interviews will be held via Zoom on 15 and 16 September. Please reply with your availability for a 60-minute slot on either day. Shortlisted candidates will also be asked to provide two professional references.

With kind regards,
Amira Haddad
Talent Team
Red Mountain Foundation
""", contact="talent@redmountain.example.org"),
    m(INV, "monaco_permis_visio", "fr", "Hôtel Belle Rive Monaco",
      ("Stéphanie Gastaud", "s.gastaud@bellerive-monaco.example.com"),
      "Votre candidature - Responsable revenue management", "2026-09-29T12:05:00+02:00", """
Bonjour Madame,

Votre profil a retenu toute notre attention. Avant d'aller plus loin, pourriez-vous nous préciser si vous êtes titulaire d'un permis de travail valable pour la France / Monaco et quel est votre préavis ?

Si c'est bien le cas, je vous propose un premier échange en visio (Zoom) avec notre directeur général, M. Pastor, le mardi 6 octobre à 11h. Merci de me confirmer ce créneau.

Cordialement,

Stéphanie Gastaud
Responsable du personnel
Hôtel Belle Rive Monaco
+377 00 00 00 00
""", fmt="alt", charset="windows-1252", cte="qp"),

]

RESCHEDULES = [
    m(RS, "palace_decale_entretien", "fr", "Beau-Rivage Ouchy",
      ("Léa Morand", "lea.morand@beaurivage-ouchy.example.ch"),
      "RE: Entretien téléphonique - Guest Relations Manager", "2026-01-15T08:12:00+01:00", """
Bonjour Madame Baptiste-Nakamura,

Je suis navrée, un imprévu m'oblige à décaler notre entretien téléphonique de ce matin. Pourrions-nous le reporter à demain vendredi, même heure (10h00) ?

Toutes mes excuses pour ce changement de dernière minute.

Meilleures salutations,
Léa Morand
Beau-Rivage Ouchy

De : Élodie Baptiste-Nakamura <elodie.bn@example.ch>
Envoyé : mercredi 14 janvier 2026 13:20
Objet : RE: Entretien téléphonique - Guest Relations Manager

Bonjour Madame Morand, jeudi 10h me convient parfaitement. Vous pouvez me joindre au 079 000 00 00.
""", thread=[("cand-0114-g", ME_TH)], charset="iso-8859-1", cte="qp"),

    m(RS, "ics_cancel_de", "de", "Hotel Bayerischer Hof",
      ("Stefanie Huber", "stefanie.huber@bayerischerhof.example.de"),
      "Abgesagt: Vorstellungsgespräch Baptiste-Nakamura / Front Office Managerin", "2026-02-16T16:40:00+01:00", """
Sehr geehrte Frau Baptiste-Nakamura,

leider muss Herr Lindner kurzfristig verreisen. Wir müssen den Termin morgen daher absagen und melden uns in den nächsten Tagen mit einem neuen Terminvorschlag.

Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Stefanie Huber
Hotel Bayerischer Hof
""", ics={"method": "CANCEL", "status": "CANCELLED", "sequence": 1,
          "uid": "teams_invite_ics_de@bayerischerhof.example.de",
          "start": "20260217T130000Z", "end": "20260217T140000Z",
          "summary": "Vorstellungsgespräch Baptiste-Nakamura / Front Office Managerin"}, fmt="alt"),

    m(RS, "goodtime_reschedule_en", "en", "Genève Aéroport",
      ("Genève Aéroport Recruiting", "scheduling@goodtime.example.io"),
      "Your interview with Genève Aéroport has been rescheduled", "2026-02-09T07:30:00+01:00", """
Hi Élodie,

Your interview for Passenger Experience Manager has been moved.

Previous time: Tuesday, 10 February 2026, 10:00 - 10:45 CET
New time: Wednesday, 11 February 2026, 15:00 - 15:45 CET

The video link stays the same. If the new time doesn't work, reply to this email.

Genève Aéroport Talent Team
""", fmt="html", reply_to=("Inès Barbey", "ines.barbey@gva-airport.example.ch")),

    m(RS, "cabinet_report_dg", "fr", "Téléphériques de Verbier",
      ("Philippe Rochat", "p.rochat@rochat-conseil.example.ch"),
      "Changement de date - Verbier", "2026-02-20T18:02:00+01:00", """
Chère Élodie,

Le directeur général de Téléphériques de Verbier doit malheureusement se rendre à Sion lundi pour une séance du conseil. Le client propose de reporter votre entretien au jeudi 26 février, même heure (9h30), même lieu.

Cela vous convient-il ? Je confirme de mon côté dès réception de votre réponse.

Bien cordialement,
Philippe Rochat
Rochat Conseil
""", cte="qp"),

    m(RS, "startup_cancel_investor_trip", "en", "Tidewell",
      ("Sam Okafor", "sam@tidewell.example.io"),
      "Re: Quick chat?", "2026-01-26T20:51:00+00:00", """
Hey Élodie – really sorry, I need to cancel our call tomorrow. Something urgent came up with an investor and I'm flying to Berlin. Can we push to next week? I'll send a new link.

Sam

Sent from my iPhone

> On 22 Jan 2026, at 09:14, Élodie Baptiste-Nakamura <elodie.bn@example.ch> wrote:
> Hi Sam, booked Tuesday 4pm. Looking forward!
""", thread=[("cand-0122-h", ME_TH)], cte="8bit"),

    m(RS, "interim_annule_rdv", "fr", "Les Halles Gourmandes",
      ("Kévin Morel", "kevin.morel@rhonejob.example.fr"),
      "RDV lundi annulé", "2026-03-21T12:18:00+01:00", """
Bonjour Elodie,

Petit contretemps : Mme Perret est malade, le RDV de lundi 11h aux Halles Gourmandes est annulé. Je vous recontacte dès que j'ai une nouvelle date, normalement courant de semaine prochaine.

Désolé !!
Kévin
RhôneJob
""", cte="8bit"),

    m(RS, "uk_panel_moved", "en", "Thames & Rowe Hotels",
      ("Grace Whitfield", "grace.whitfield@thamesrowe.example.co.uk"),
      "Change to your interview time", "2026-02-26T14:02:00+00:00", """
Dear Elodie,

Apologies for the inconvenience, but we need to move your panel interview on Monday 2 March from 11:00 to 15:00 GMT due to a clash in the diary of our Operations Director. The Teams link remains unchanged.

Could you kindly confirm that the revised time suits?

Many thanks,
Grace Whitfield
HR Coordinator
Thames & Rowe Hotels
""", charset="windows-1252", cte="qp"),

    m(RS, "lyon_congres_visio", "fr", "Lyon Congrès",
      ("Pauline Gerbaud", "pauline.gerbaud@lyoncongres.example.fr"),
      "Modification entretien du 16/04", "2026-04-14T10:45:00+02:00", """
Bonjour Élodie,

M. Dutertre sera finalement en déplacement jeudi. Nous vous proposons de maintenir l'entretien à 14h mais en visio (Teams) plutôt qu'en présentiel. Le lien vous sera envoyé demain.

Est-ce que cela vous convient ?

Cordialement,
Pauline Gerbaud
Lyon Congrès
""", ics={"method": "REQUEST", "sequence": 2, "start": "20260416T120000Z",
          "end": "20260416T130000Z", "summary": "Entretien Élodie Baptiste-Nakamura (Teams)"},
      fmt="alt"),

    m(RS, "es_reprogramar", "es", "Eventos Costa Brava",
      ("Marta Puig", "marta.puig@eventoscostabrava.example.es"),
      "Cambio de hora entrevista", "2026-04-01T17:25:00+02:00", """
Hola Élodie,

Perdona el cambio, pero mañana tengo un rodaje imprevisto. ¿Podemos pasar la entrevista al viernes 3 a las 12:00? El enlace de Meet es el mismo.

Gracias y perdona las molestias,
Marta
Eventos Costa Brava
""", cte="qp", charset="iso-8859-1"),

    m(RS, "hoshizora_postpone_en", "en", "Hoshizora Resorts",
      ("Kenji Watanabe", "k.watanabe@hoshizora-resorts.example.jp"),
      "Re: Interview arrangement (Hoshizora Resorts Europe)", "2026-04-06T01:40:00+00:00", """
Dear Ms. Baptiste-Nakamura,

We deeply apologize, but due to an urgent matter our General Manager is unable to attend on 8 April. May we kindly ask you to postpone the interview to 14 April (Tue), 9:00-10:00 CET?

We are very sorry for the inconvenience and thank you for your understanding.

Best regards,
Kenji Watanabe
Hoshizora Resorts Europe
""", thread=[("cand-0402-i", ME_TH)], cte="b64"),

    m(RS, "de_termin_verschieben", "de", "Eventwerk Berlin",
      ("Jonas", "jonas@eventwerk.example.de"),
      "Re: Kurzes Telefonat?", "2026-04-17T08:05:00+02:00", """
Hi Élodie,

sorry, ich muss unser Telefonat heute um 11 leider absagen – Messeaufbau läuft aus dem Ruder. Können wir auf Dienstag 11 Uhr schieben?

LG Jonas

Am 15.04.2026 um 12:10 schrieb Élodie Baptiste-Nakamura <elodie.bn@example.ch>:
> Hallo Jonas, Freitag 11 Uhr passt mir gut!
""", thread=[("cand-0415-j", ME_TH)], cte="8bit"),

    m(RS, "commune_report_jury", "fr", "Office de Tourisme du Lac d'Annecy",
      ("Service Ressources", "emplois@lac-annecy-tourisme.example.fr"),
      "Report de votre entretien du 29 juin", "2026-06-24T15:30:00+02:00", """
Madame,

En raison de l'indisponibilité d'un membre du jury, l'entretien prévu le lundi 29 juin à 14h15 est reporté au jeudi 2 juillet 2026 à 9h30, au même endroit.

Nous vous prions de nous excuser pour ce contretemps et vous remercions de confirmer votre présence.

Le Directeur,
Office de Tourisme du Lac d'Annecy
""", contact="emplois@lac-annecy-tourisme.example.fr"),

    m(RS, "vigneron_annule_grele", "fr", "Domaine de la Côte Dorée",
      ("Isabelle Chappuis", "isabelle@cotedoree.example.ch"),
      "Re: Votre candidature – responsable oenotourisme", "2026-03-10T09:15:00+01:00", """
Bonjour Élodie,

Je dois malheureusement annuler notre rendez-vous de demain : la grêle de ce week-end nous oblige à revoir toute l'organisation des semaines qui viennent. Je vous recontacte d'ici fin mars pour fixer une nouvelle date, le poste reste ouvert.

Toutes mes excuses,
Isabelle
""", thread=[("cand-0304-k", ME_TH)], charset="iso-8859-1", cte="8bit"),

    m(RS, "belgravia_moved_agency", "en", "The Belgravia Collection",
      ("Lucy Pemberton", "lucy@pembertonsearch.example.co.uk"),
      "Small change!", "2026-05-18T16:22:00+01:00", """
Hi Elodie,

Quick one – The Belgravia Collection need to move tomorrow's interview from 2pm to 4.30pm, same place. Hope that's ok!! Let me know asap and I'll confirm with them.

Lucy
Pemberton Search
""", cte="8bit"),

    m(RS, "montreal_entrevue_deplacee", "fr", "Hôtel Saint-Sulpice Montréal",
      ("Geneviève Tremblay", "gtremblay@hotelsaintsulpice.example.ca"),
      "Entrevue du 28 avril - changement d'heure", "2026-04-27T11:03:00-04:00", """
Bonjour Madame Baptiste-Nakamura,

Notre directeur général a un conflit d'horaire demain matin. Serait-il possible de déplacer l'entrevue à 11h (heure de Montréal), soit 17h heure de Suisse ? Le lien Teams demeure le même.

Merci de votre compréhension,
Geneviève Tremblay
Hôtel Saint-Sulpice Montréal
""", charset="windows-1252", cte="qp"),
]

MISSED = [
    m(MI, "tried_calling_en", "en", "Vela Travel",
      ("Maya Lindqvist", "maya.lindqvist@velatravel.example.com"),
      "Missed call today", "2026-03-04T15:20:00+00:00", """
Hi Élodie,

Daniel tried calling you at the scheduled time (3pm CET) for your interview but couldn't reach you and it went to voicemail. Hope everything is ok!

Let me know if you'd like to rebook.

Best,
Maya
Vela Travel
""", cte="qp"),

    m(MI, "teams_no_show_fr", "fr", "Lyon Congrès",
      ("Pauline Gerbaud", "pauline.gerbaud@lyoncongres.example.fr"),
      "Entretien de ce jour", "2026-04-16T14:25:00+02:00", """
Bonjour Élodie,

M. Dutertre et moi-même vous avons attendue sur Teams à 14h pour votre entretien, mais vous ne vous êtes pas connectée. Nous espérons qu'il n'y a rien de grave.

Pouvez-vous revenir vers moi pour nous expliquer ce qui s'est passé ?

Cordialement,
Pauline Gerbaud
Lyon Congrès
""", fmt="alt"),

    m(MI, "agency_where_are_you", "en", "The Belgravia Collection",
      ("Lucy Pemberton", "lucy@pembertonsearch.example.co.uk"),
      "Are you ok?", "2026-05-19T16:55:00+01:00", """
Elodie – the client just called me, they were expecting you at 4.30 and you didn't turn up?? Tried your mobile twice. Please call me as soon as you get this!

Lucy
Sent from my iPhone
""", cte="8bit"),

    m(MI, "restaurant_attendu_essai", "fr", "Brasserie du Grütli",
      ("Antoine", "antoine@brasseriedugrutli.example.ch"),
      "?", "2026-02-10T10:40:00+01:00", """
Elodie on t'attendait a 10h pour la journee d'essai, t'es ou ?

Antoine
""", cte="8bit"),

    m(MI, "interim_absent_fr", "fr", "Hôtel Impérial Annecy",
      ("Sophie Dunand", "sophie.dunand@alpes-interim.example.fr"),
      "Votre absence au rendez-vous", "2026-05-05T12:10:00+02:00", """
Bonjour Madame Baptiste-Nakamura,

Le client Hôtel Impérial Annecy nous signale que vous ne vous êtes pas présentée à l'entretien prévu ce matin à 10h.

Sans nouvelles de votre part, nous ne pourrons pas maintenir votre candidature sur ce poste. Merci de nous recontacter rapidement.

Sophie Dunand
Alpes Intérim - Annecy
04 50 00 00 00
""", cte="qp"),

    m(MI, "de_nicht_erreicht", "de", "Kongresshaus Zürich",
      ("Nina Keller", "nina.keller@kongresshaus.example.ch"),
      "Unser Termin heute", "2026-08-26T10:35:00+02:00", """
Guten Tag Frau Baptiste-Nakamura

Wir hatten Sie heute um 10:00 Uhr zum Gespräch mit unserem CEO erwartet, leider sind Sie nicht erschienen und telefonisch konnten wir Sie nicht erreichen.

Bitte melden Sie sich bei mir, falls es ein Missverständnis gab.

Freundliche Grüsse
Nina Keller
Kongresshaus Zürich
""", charset="iso-8859-1", cte="qp"),

    m(MI, "es_no_te_conectaste", "es", "Hostelia Group",
      ("Diego Romero", "diego.romero@hostelia.example.es"),
      "Llamada de hoy", "2026-06-03T12:20:00+02:00", """
Hola Élodie,

Te he llamado a las 12:00 como habíamos quedado pero no he podido localizarte. ¿Todo bien? Si quieres lo intentamos otro día.

Saludos,
Diego
Hostelia Group
""", cte="8bit"),

    m(MI, "zoom_waited_consultancy", "en", "Aster & Fell",
      ("Rebecca Aster", "rebecca@asterfell.example.com"),
      "Today's case interview", "2026-07-14T11:20:00+01:00", """
Elodie,

James and Priti waited in the Zoom room for 15 minutes this morning but you did not join. We'd appreciate a word on what happened.

Rebecca
Aster & Fell
""", cte="qp", charset="windows-1252"),

    m(MI, "fr_ats_absence_visio", "fr", "Maison Pilou",
      ("Clara Benoît", "clara@maisonpilou.example.fr"),
      "Notre visio de ce matin", "2026-06-15T11:05:00+02:00", """
Hello Élodie,

Je t'attendais sur Meet à 10h30 pour notre échange, mais je ne t'ai pas vue arriver 🙂 Peut-être un souci de connexion ou de calendrier ?

Si tu es toujours intéressée, dis-moi et on recale un créneau.

Clara
Head of Ops - Maison Pilou
""", fmt="alt"),

    m(MI, "jury_absence_canton", "fr", "Ville de Genève",
      ("Bastien Roulin", "bastien.roulin@ville-ge.example.ch"),
      "Absence à l'entretien du 9 septembre", "2026-09-09T16:00:00+02:00", """
Madame,

Le jury de sélection pour le poste d'adjointe au chef du service des manifestations vous attendait ce jour à 14h00. Vous ne vous êtes pas présentée et nous n'avons reçu aucune excuse.

Nous vous saurions gré de nous faire part de votre intérêt pour la suite de la procédure d'ici au 11 septembre.

Bastien Roulin
Chargé de recrutement
Ville de Genève
""", cte="qp"),
]

MESSAGES = [*INVITATIONS, *RESCHEDULES, *MISSED]
