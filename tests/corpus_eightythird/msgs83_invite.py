"""Interview invitations for the eighty-third corpus, written out by hand (data only)."""

from msgs83_build import Msg as M
from msgs83_build import outlook, quoted

K = "interview_invitation"

MESSAGES = [
    M(K, "fr", "saas_mtl_calendly_ecran", "Gabrielle Roy-Fortin <gabrielle@nuage-boreal.example.com>",
      "Nuage Boréal – Product Manager, Accessibilité", "2026-01-14T10:05:00-05:00",
      """Bonjour Océane,

Merci pour ta candidature! Ton parcours en recherche utilisateur nous a beaucoup plu et on aimerait te proposer un premier appel de 30 minutes pour faire connaissance et te présenter l'équipe.

Tu peux choisir une plage qui te convient directement ici : https://calendly.example.com/gabrielle-nuageboreal/appel-decouverte

Au plaisir d'échanger!

Gabrielle Roy-Fortin
Partenaire Talents | Nuage Boréal
Montréal · Québec · Remote""",
      company="Nuage Boréal", contact="from", fmt="alt", look="gmail"),
    M(K, "fr", "assureur_entretien_tel_vous", "Stéphanie Ouellet <stephanie.ouellet@assurancesaintlaurent.example.ca>",
      "Entretien téléphonique - Conseillère expérience client numérique", "2026-01-28T14:22:00-05:00",
      """Bonjour Madame Mbappé-Lindgren,

À la suite de l'analyse de votre candidature, nous aimerions vous rencontrer pour un entretien téléphonique d'environ 20 minutes.

Seriez-vous disponible jeudi le 5 février entre 9 h et 12 h, ou vendredi le 6 février en après-midi? Merci de me confirmer la plage qui vous convient ainsi que le numéro auquel vous joindre.

Nous aimerions également savoir si vous détenez un permis de travail valide au Canada.

Bonne journée,

Stéphanie Ouellet
Conseillère en acquisition de talents
Assurance Saint-Laurent
1 800 555-0134, poste 2231""",
      company="Assurance Saint-Laurent", contact="from", charset="windows-1252", cte="quoted-printable"),
    M(K, "fr", "agence_paris_portfolio_visio", "Thomas Renaud <thomas@studio-octobre.example.fr>",
      "Présentation de portfolio", "2026-02-10T09:48:00+01:00",
      """Bonjour Océane,

On a regardé ton portfolio avec l'équipe et on aimerait beaucoup que tu viennes nous le présenter en visio (45 min environ, dont 20 de présentation).

Est-ce que mardi 17 ou mercredi 18 février à 14h fonctionnerait pour toi ? Je t'enverrai le lien Google Meet dès qu'on a calé.

Thomas
Directeur de création
Studio Octobre — 42 rue Oberkampf, Paris 11e""",
      company="Studio Octobre", contact="from"),
    M(K, "fr", "ats_autoplanification_flatchr", "Groupe Hospitalier Atlantique <notifications@flatchr-mail.test>",
      "Groupe Hospitalier Atlantique - Choisissez votre créneau d'entretien", "2026-02-24T11:00:00+01:00",
      """Bonjour Océane,

Votre candidature au poste de Chargée de projet expérience patient (Nantes) a retenu notre attention.

Nous vous invitons à un entretien en visioconférence avec Mme Claire Besnard, responsable de la Direction de la qualité et de l'expérience patient.

Merci de sélectionner votre créneau via le lien ci-dessous (valable 5 jours) :
https://gha.flatchr.test/planifier/7f3e91

Pour toute question, vous pouvez écrire à claire.besnard@gh-atlantique.example.fr.

Cordialement,
Direction des Ressources Humaines
Groupe Hospitalier Atlantique""",
      company="Groupe Hospitalier Atlantique", contact="claire.besnard@gh-atlantique.example.fr", fmt="html"),
    M(K, "fr", "cooperative_ics_teams", "Martine Lavoie <martine.lavoie@coopalliance.example.ca>",
      "Entrevue – Analyste design de services", "2026-03-09T15:40:00-04:00",
      """Bonjour Océane,

Comme convenu au téléphone, voici l'invitation pour votre entrevue avec Julien Pelletier (directeur, Expérience membre) et moi-même, le mardi 17 mars de 10 h à 11 h, sur Microsoft Teams.

Prévoyez quelques minutes à la fin pour vos questions.

Au plaisir,
Martine Lavoie
Conseillère principale, dotation
Coop Alliance""",
      company="Coop Alliance", contact="from", fmt="alt", look="outlook",
      ics={"summary": "Entrevue - Analyste design de services (Coop Alliance)", "start": "20260317T140000Z",
           "end": "20260317T150000Z", "location": "Réunion Microsoft Teams", "stamp": "20260309T194000Z",
           "uid": "040000008200E00074C5B7101A82E00800000000C0FFEE17@coopalliance.example.ca"}),
    M(K, "fr", "chasseur_tete_appel_rapide", "Yannick Bélanger <yannick@talentsnordik.example.ca>",
      "Petite question", "2026-03-20T08:12:00-04:00",
      """Bonjour Océane,

J'ai un mandat de Directrice produit, services numériques pour un OBNL en santé à Montréal, et ton profil correspond vraiment bien. Serais-tu disponible pour un court appel cette semaine? Demain 16h ou vendredi matin?

Au plaisir,
Yannick
--
Yannick Bélanger | Associé
Nordik & Cie | 514 555-0177""",
      company="Nordik & Cie", contact="from"),
    M(K, "fr", "etape_suivante_cas_pratique", "Camille Dufresne <camille.dufresne@lumen-mobilite.example.fr>",
      "Suite de ton process chez Lumen", "2026-04-02T17:30:00+02:00",
      """Hello Océane,

Bonne nouvelle : l'équipe a adoré l'échange avec toi et on aimerait passer à l'étape suivante !

La prochaine étape, c'est un cas pratique à préparer chez toi (3h max, promis) puis à présenter pendant 1h à Arnaud (CPO) et à deux PM. Je t'envoie le brief dès que tu me confirmes une date de restitution, idéalement la semaine du 13 avril.

À très vite,
Camille
Talent Acquisition @ Lumen Mobilité""",
      company="Lumen Mobilité", contact="from", fmt="alt", look="gmail"),
    M(K, "fr", "spf_belgique_epreuve_orale", "SPF Stratégie et Appui <selection@bosa-like.example.be>",
      "Convocation – épreuve orale – Service Designer (AFG26077)", "2026-04-15T09:00:00+02:00",
      """Madame,

Suite à votre réussite de l'épreuve écrite, nous avons le plaisir de vous convoquer à l'épreuve orale pour la sélection AFG26077 – Service Designer (m/f/x).

Date : lundi 4 mai 2026
Heure : 10h30
Lieu : WTC III, Boulevard Simon Bolivar 30, 1000 Bruxelles (ou en visioconférence sur demande)

Merci de vous munir d'une pièce d'identité. Si vous ne pouvez pas être présente, veuillez nous en informer au plus tard trois jours ouvrables avant l'épreuve.

Bien à vous,
Le service Sélection
Service public fédéral Stratégie et Appui""",
      company="Service public fédéral Stratégie et Appui", contact="from", charset="iso-8859-1"),
    M(K, "fr", "jeu_video_panel_onsite", "Sarah-Maude Côté <smcote@studiorenard.example.com>",
      "Panel - Chef de produit UX", "2026-04-29T12:10:00-04:00",
      """Allo Océane!

Super nouvelle, on voudrait t'inviter à la dernière étape: un panel sur place au studio avec la productrice exécutive, le directeur UX et une personne de l'équipe data. C'est environ 2h, incluant une visite du studio 🙂

Dispos possibles : jeudi 7 mai en PM ou lundi 11 mai en AM. Dis-moi ce qui marche pour toi et je bloque le tout.

Sarah-Maude
Recrutement | Studio Renard
5445 av. de Gaspé, Montréal""",
      company="Studio Renard", contact="from"),
    M(K, "fr", "talentsoft_luxembourg_visio", "Banque Ardennaise <talentsoft-noreply@talentsoft-mail.test>",
      "Invitation à un entretien", "2026-05-13T10:30:00+02:00",
      """Madame Mbappé-Lindgren,

Nous avons le plaisir de vous inviter à un entretien en visioconférence pour le poste de Digital Transformation Officer (réf. BA-2026-221, Luxembourg).

Votre entretien se déroulera le 21 mai 2026 à 14h00 avec M. Luc Weber, Head of Digital Channels. Un lien Webex vous sera transmis la veille.

En cas d'empêchement, merci de contacter directement Mme Nathalie Schmit (nathalie.schmit@banque-ardennaise.example.lu).

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Banque Ardennaise – Ressources Humaines""",
      company="Banque Ardennaise", contact="nathalie.schmit@banque-ardennaise.example.lu", fmt="html"),
    M(K, "fr", "ong_geneve_second_entretien", "Mireille Aebischer <m.aebischer@ong-horizons.example.ch>",
      "Re: Candidature – Responsable expérience donateurs", "2026-06-03T16:05:00+02:00",
      """Chère Océane,

Merci pour ce premier échange très riche. Nous souhaiterions vous proposer un second entretien avec notre directrice générale, Mme Frei, à Genève ou par visio, selon votre préférence.

Auriez-vous des disponibilités le 10 ou le 11 juin ?

Avec mes meilleures salutations,
Mireille Aebischer
Responsable RH – Horizons Solidaires, Genève""",
      company="Horizons Solidaires", contact="from",
      quote=quoted("Le jeu. 28 mai 2026 à 18:41, Océane Mbappé-Lindgren <oceane.ml@example.ca> a écrit :",
                   "Bonjour Madame Aebischer,\nMerci pour cet entretien, je reste disponible pour la suite.\nBien à vous,\nOcéane")),
    M(K, "fr", "telecom_directeur_entretien", "Julien Marchand <julien.marchand@fibre-atlantique.example.fr>",
      "RDV avec notre directeur", "2026-07-01T08:55:00+02:00",
      """Bonjour Océane,

suite à ton entretien avec l'équipe, notre directeur digital souhaiterait te rencontrer, dernier entretien avant décision finale. Il serait dispo le 8/07 à 11h à nos locaux de Bordeaux ou le 9/07 à 17h en visio.

Tu me dis ?

Bonne journee
Julien Marchand
Chargé de recrutement - Fibre Atlantique
06 12 34 56 78""",
      company="Fibre Atlantique", contact="from"),
    M(K, "fr", "centre_recherche_ics_google", "Élodie Nguyen <elodie.nguyen@crim-sante.example.ca>",
      "Invitation : Entrevue – Chercheuse UX @ jeu. 10 sept. 2026 13:30 - 14:30 (HAE)", "2026-09-01T10:00:00-04:00",
      """Bonjour Océane,

Je t'envoie l'invitation pour l'entrevue de jeudi prochain avec le comité. Lien Google Meet dans l'invitation.

Élodie Nguyen
Coordonnatrice RH
Centre de recherche en innovation médicale""",
      company="Centre de recherche en innovation médicale", contact="from",
      ics={"summary": "Entrevue – Chercheuse UX", "start": "20260910T173000Z", "end": "20260910T183000Z",
           "location": "https://meet.example.com/abc-defg-hij", "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
           "stamp": "20260901T140000Z"}),
    M(K, "en", "goodtime_ny_panel", "Coda Systems <scheduling@goodtime-mail.test>",
      "Coda Systems: Please select times for your onsite interviews", "2026-02-05T15:30:00-05:00",
      """Hi Océane,

Congratulations on moving to the onsite stage for Senior Product Manager, Accessibility! Your virtual onsite will include four 45-minute sessions: product sense, execution, research deep-dive, and a conversation with the hiring manager.

Please select your availability using the link below:
https://app.goodtime.test/availability/ab12cd34

Questions? Reply to this email and your recruiter, Marcus Hill (marcus.hill@codasystems.example.com), will get back to you.

Coda Systems Recruiting""",
      company="Coda Systems", contact="marcus.hill@codasystems.example.com",
      reply_to="Marcus Hill <marcus.hill@codasystems.example.com>", fmt="html"),
    M(K, "en", "agency_toronto_screen_exclam", "Brittany Moore <brittany@maplesearch.example.ca>",
      "Exciting opportunity - are you free tomorrow?!", "2026-03-03T11:02:00-05:00",
      """Hi Océane!

Thanks so much for sending your resume over for the Digital Product Lead role with my client (a big-5 bank in Toronto)! The hiring manager LOVED your background and wants to set up a 30 min intro call ASAP!!

Are you free tomorrow between 1-3pm EST? If not, send me a few times that work and I'll make it happen!

Talk soon!!
Brittany

Brittany Moore | Recruitment Consultant
Maple Search Partners | 416-555-0120""",
      company="Maple Search Partners", contact="from"),
    M(K, "en", "indian_bank_kindly_revert", "Rahul Mehta <rahul.mehta@sagarfinserv.example.in>",
      "Interview schedule - Product Manager (Digital Channels)", "2026-04-21T13:40:00+05:30",
      """Dear Océane,

Greetings of the day!

With reference to your application, we are pleased to inform you that you have been shortlisted for the first round of technical interview for the position of Product Manager - Digital Channels (remote, EU hours).

Date: 28-Apr-2026
Time: 14:00 CET
Mode: Microsoft Teams (link will be shared shortly)

Kindly revert with your confirmation at the earliest along with your updated CV and current CTC.

Thanks & Regards,
Rahul Mehta
Sr. Executive - Talent Acquisition
Sagar FinServ Ltd.""",
      company="Sagar FinServ", contact="from"),
    M(K, "en", "ashby_self_schedule", "Wayfare <no-reply@ashby-mail.test>",
      "Schedule your interview with Wayfare", "2026-05-20T09:00:00-07:00",
      """Hi Océane,

Elena Ortiz from Wayfare would like to schedule a 45 minute Portfolio Review with you for the Staff Product Designer role.

Pick a time: https://jobs.ashby.test/wayfare/schedule/9d2f

You can reply to Elena directly at elena@wayfare.example.com.

Powered by Ashby""",
      company="Wayfare", contact="elena@wayfare.example.com", fmt="alt"),
    M(K, "en", "hiring_manager_casual_chat", "Niamh O'Connell <niamh@greenlane-energy.example.ie>",
      "Quick chat?", "2026-06-22T19:20:00+01:00",
      """Hi Océane,

I lead the customer insights team at Greenlane Energy. Our recruiter passed on your application and I really liked your piece on accessible billing. Would you be free for a quick chat later this week about the Insights Lead role? Thursday afternoon (Irish time) suits me best.

Niamh

Niamh O'Connell
Head of Customer Insights | Greenlane Energy""",
      company="Greenlane Energy", contact="from"),
    M(K, "en", "finnish_next_round_ics", "Mikko Lehtinen <mikko.lehtinen@saunasoft.example.fi>",
      "Next round: case presentation", "2026-08-11T10:15:00+03:00",
      """Hi Océane,

We'd love to move you to the next stage! The next round is a 60 min case presentation with our Head of Product and two designers. I have sent a calendar invite for Tuesday 18 August at 16:00 Helsinki time (15:00 CET). Please accept or propose another time.

Case brief attached in the invite description.

Br,
Mikko Lehtinen
Talent Acquisition Lead, SaunaSoft""",
      company="SaunaSoft", contact="from",
      ics={"summary": "SaunaSoft / Océane Mbappé-Lindgren – case presentation", "start": "20260818T130000Z",
           "end": "20260818T140000Z", "location": "Google Meet", "stamp": "20260811T071500Z"}),
    M(K, "en", "workday_phone_screen_museum", "The Harland Museum <harlandmuseum@myworkday-mail.test>",
      "Next steps for your application: Digital Experience Manager", "2026-10-01T12:00:00-04:00",
      """Dear Océane,

Thank you for applying to the Digital Experience Manager position at The Harland Museum. We would like to invite you to a 30-minute phone screen with our recruiter.

Please log in to your candidate home to select an available time slot:
https://harland.wd5.myworkdayjobs.test/en-US/Careers/userHome

Warm regards,
Talent Acquisition
The Harland Museum, New York""",
      company="The Harland Museum", contact="", fmt="html"),
    M(K, "es", "madrid_consultora_entrevista", "Marta Gómez <marta.gomez@consultoraaurea.example.es>",
      "Entrevista para el puesto de Service Designer", "2026-03-12T10:30:00+01:00",
      """Hola Océane:

Gracias por tu candidatura. Nos gustaría conocerte en una primera entrevista por videollamada de unos 45 minutos con el equipo de diseño.

¿Te vendría bien el martes 17 a las 11:00 o el miércoles 18 a las 16:00 (hora de Madrid)?

Un saludo,
Marta Gómez
People Partner · Áurea Consultores""",
      company="Áurea Consultores", contact="from", fmt="alt", look="gmail"),
    M(K, "es", "mexico_startup_tuteo", "Diego Hernández <diego@pagoya.example.mx>",
      "¿Platicamos?", "2026-06-30T13:05:00-06:00",
      """Qué tal Océane,

Vi tu aplicación para Product Manager en PagoYa y me encantó tu experiencia en investigación con usuarios. ¿Te late una llamada de 30 min esta semana para platicar del rol? Te dejo mi agenda: https://cal.example.com/diego-pagoya

Saludos!
Diego
Co-founder & CPO, PagoYa""",
      company="PagoYa", contact="from"),
    M(K, "es", "barcelona_segunda_ronda_ics", "Núria Soler <nuria.soler@trenscatalunya-digital.example.es>",
      "Segunda entrevista – Product Owner Experiencia Viajero", "2026-09-08T09:20:00+02:00",
      """Buenos días Océane,

Nos complace invitarte a la segunda fase del proceso: una entrevista presencial con el equipo de producto en nuestras oficinas de Barcelona (Carrer de Pallars 190). Te adjunto la convocatoria en el calendario.

Si necesitas otro horario, dímelo y lo buscamos.

Saludos cordiales,
Núria Soler
Selección · Trens Catalunya Digital""",
      company="Trens Catalunya Digital", contact="from",
      ics={"summary": "Segunda entrevista - Product Owner (Océane Mbappé-Lindgren)", "start": "20260915T080000Z",
           "end": "20260915T093000Z", "location": "Carrer de Pallars 190, Barcelona", "stamp": "20260908T072000Z"}),
    M(K, "de", "berlin_erstgespraech_du", "Jana Weiß <jana.weiss@fahrwerk-mobility.example.de>",
      "Kennenlernen – Product Manager Accessibility", "2026-04-09T11:11:00+02:00",
      """Hi Océane,

danke für Deine Bewerbung! Wir würden Dich gerne in einem ersten 30-minütigen Videocall kennenlernen. Such Dir einfach einen Termin aus: https://fahrwerk.recruitee.test/o/pm-accessibility/schedule

Bis bald!
Jana
Talent Acquisition @ Fahrwerk Mobility""",
      company="Fahrwerk Mobility", contact="from"),
    M(K, "de", "muenchen_einladung_sie_formal", "Personalabteilung <bewerbung@isar-versicherung.example.de>",
      "Einladung zum Vorstellungsgespräch", "2026-07-16T14:00:00+02:00",
      """Sehr geehrte Frau Mbappé-Lindgren,

vielen Dank für Ihre Bewerbung als Senior Service Designerin. Wir möchten Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch am Dienstag, den 28. Juli 2026, um 10:00 Uhr in unsere Zentrale (Leopoldstraße 210, München) ein. Alternativ ist ein Gespräch per MS Teams möglich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
i. A. Stefanie Huber
Personalreferentin
Isar Versicherung AG""",
      company="Isar Versicherung", contact="from", charset="iso-8859-1", cte="quoted-printable"),
    M(K, "fr", "autre_poste_apres_refus_chaine", "Karim Benali <karim.benali@banquelaurentienne-nord.example.com>",
      "RE: Entrevue panel - Chef de produit numérique", "2026-08-27T10:05:00-04:00",
      """Bonjour Océane,

Je reviens vers toi avec une meilleure nouvelle cette fois : un poste de conseillère principale, recherche utilisateur vient d'ouvrir dans l'équipe Accessibilité, et la gestionnaire, Mélanie Roy, aimerait te rencontrer en entrevue sans repasser par l'étape de présélection.

Serais-tu disponible mercredi 2 septembre à 10 h ou jeudi 3 septembre à 15 h (Teams)?

Karim Benali | Partenaire d'affaires RH
Banque Laurentienne du Nord
514-555-0198""",
      company="Banque Laurentienne du Nord", contact="from", fmt="alt", look="outlook",
      quote=outlook("De : Karim Benali <karim.benali@banquelaurentienne-nord.example.com>\nEnvoyé : 16 juin 2026 17:58\nÀ : Océane Mbappé-Lindgren <oceane.ml@example.ca>\nObjet : RE: Entrevue panel - Chef de produit numérique",
                    "Bonjour Océane,\nTel que discuté au téléphone tantôt, je te confirme par écrit que le comité a retenu une autre candidature pour le poste de chef de produit numérique.\nKarim")),
]
