"""Everything else: digests, newsletters, media and research interviews, parcels, viewings,
appointments, friends' news, course places, cold approaches and the candidate's own mail."""

from __future__ import annotations

from msgs338_common import AUTO_REPLY, ME, S, bulk

SAOIRSE = ("Saoirse Flanagan", "saoirse.flanagan@example.ie")

SAOIRSE_INVITE = S(
    "other", "en", "saoirse_inner_invite", "2026-03-09 09:12 +0000",
    ("Evan Cullen", "evan.cullen@quayside.example.ie"),
    "Interview invitation – Customer Ops Associate, Quayside Scooters",
    """
    Hi Saoirse,

    Thanks for applying for the Customer Ops Associate role. We'd like to invite you to a
    video interview on Friday 13 March at 11:00. Please confirm by replying to this email.

    Best,
    Evan Cullen
    Recruiter, Quayside Scooters
    """,
    to=SAOIRSE)

SPECS = [
    # ------------------------------------------------------------------ English
    S("other", "en", "greenshift_alert_jan", "2026-01-14 06:00 +0000",
      ("GreenShift Jobs", "alerts@greenshiftjobs.example.org"),
      "7 new jobs for \"e-bike technician\" near Galway",
      """
      Hi Ruairí,

      Here are this week's new jobs matching your alert "e-bike technician":

      1. Fleet Technician, E-bikes - Velodock - Galway
      2. Scooter Mechanic - Voltway Scooters - Dublin
      3. Workshop Assistant - Corrib E-Bikes - Galway
      4. EV Fleet Technician - Ampere Car Club - Galway
      5. Depot Technician (Electric Buses) - Westlink Bus - Galway
      6. Service Technician - Shannon eBikes - Limerick
      7. Field Engineer - Wheelhouse Mobility - Dublin

      Career tip of the week: "Unfortunately, we will not be proceeding..." Every
      rejection is data. Read our guide to turning a no into your next interview.

      You are receiving this because you created a job alert on GreenShift Jobs.
      Unsubscribe or change your alert settings at any time.
      """,
      html="alt",
      headers=bulk("<alerts.greenshiftjobs.example.org>",
                   "https://greenshiftjobs.example.org/unsubscribe/r338")),
    S("other", "en", "fleettech_weekly", "2026-02-05 07:30 +0000",
      ("Fleet Tech Weekly", "newsletter@fleettechweekly.example.com"),
      "Issue 112: Interview questions for field technicians, and why rejections sting",
      """
      FLEET TECH WEEKLY - Issue 112

      In this issue:
      * The 10 interview questions every micromobility operator asks field technicians
      * "Unfortunately, the position has been filled": a recruiter explains the rejection
        email, and what to do after you get one
      * Battery swap vs. on-street charging: the numbers from 14 European cities
      * Job of the week: Fleet Supervisor, Leipzig

      Read online: https://fleettechweekly.example.com/112

      You're receiving this newsletter because you subscribed at fleettechweekly.
      Manage preferences or unsubscribe: https://fleettechweekly.example.com/u
      """,
      html="only",
      headers=bulk("Fleet Tech Weekly <weekly.fleettechweekly.example.com>",
                   "mailto:unsubscribe@fleettechweekly.example.com")),
    S("other", "en", "podcast_interview", "2026-02-12 14:25 +0000",
      ("Dervla Quinn", "dervla@spokesandvolts.example.ie"),
      "Interview for the Spokes & Volts podcast?",
      """
      Hi Ruairí,

      I host Spokes & Volts, a small podcast about cycling and e-mobility in the west of
      Ireland. A listener told me about the repair café you run on Saturdays in Galway,
      and I'd love to interview you for an episode about right-to-repair and e-bikes.

      Recording takes about 40 minutes and can be done in person at the library studio or
      online. Would any afternoon in the week of 2 March suit?

      Thanks,
      Dervla
      """),
    S("other", "en", "corrib_fm_radio", "2026-05-21 11:50 +0100",
      ("Corrib FM Newsroom", "news@corribfm.example.ie"),
      "Radio interview request – Morning Show, Friday",
      """
      Hi Ruairí,

      We're doing a segment on Friday's Morning Show about the rise of e-bikes on Galway's
      roads and would love a short live interview with you (about 6 minutes, by phone,
      around 08:40). Our producer Aisling will call you beforehand to run through the
      questions.

      Could you let us know by Thursday lunchtime?

      Corrib FM Newsroom
      """,
      cte="8bit"),
    S("other", "en", "velodock_user_research", "2026-06-11 10:00 +0100",
      ("Velodock Research", "research@velodock.example.ie"),
      "Help shape the Velodock app – 30-minute user interview (€25 voucher)",
      """
      Hi Ruairí,

      As a Velodock rider in Galway, your opinion matters to us. We're inviting a small
      group of riders to a 30-minute user research interview about the new in-app parking
      zones and battery indicators.

      Interviews take place online between 16 and 20 June. As a thank-you, you'll receive
      a EUR 25 ride voucher. Book a slot here: https://research.velodock.example.ie/book

      You can opt out of research invitations in your app settings.

      The Velodock Product Team
      """,
      html="alt"),
    S("other", "en", "parcel_delayed", "2026-03-05 08:15 +0000",
      ("SwiftParcel Ireland", "no-reply@swiftparcel.example.ie"),
      "Unfortunately your parcel is delayed",
      """
      Dear customer,

      Unfortunately your parcel SP 4471 2208 IE (sender: Bike Parts Direct) is delayed due
      to severe weather affecting our Athlone hub.

      New estimated delivery: Monday 9 March, between 10:00 and 14:00.

      You do not need to do anything. Track your parcel at swiftparcel.example.ie/track.

      SwiftParcel Ireland
      """,
      html="only", cte="base64"),
    S("other", "en", "gps_tracker_position", "2026-04-03 02:14 +0100",
      ("TrackMyBike", "alerts@trackmybike.example.com"),
      "New position reported for \"Cargo Bike (Bullitt)\"",
      """
      Hello Ruairi,

      Your tracker "Cargo Bike (Bullitt)" has reported a new position outside its safe
      zone:

      Position: 53.2731 N, 9.0514 W (Dominick Street, Galway)
      Time: 03 April 2026, 02:11 IST
      Battery: 64 %

      If you did not expect this movement, open the app to start live tracking.

      TrackMyBike
      """,
      cte="7bit"),
    S("other", "en", "leipzig_viewing", "2026-04-15 19:22 +0200",
      ("Katrin Lehmann", "k.lehmann@wohnen-plagwitz.example.de"),
      "Viewing appointment – 2-room flat, Naumburger Straße",
      """
      Dear Mr Ó Donnchadha-Weiss,

      thank you for your interest in the two-room flat in Naumburger Straße 41. I can offer
      you a viewing appointment on Saturday 25 April at 11:30. Unfortunately the earlier
      slot on Friday is no longer available.

      Please bring proof of income (your employment contract is fine) and a copy of your
      passport.

      Kind regards,
      Katrin Lehmann
      Wohnen in Plagwitz Hausverwaltung
      """,
      charset="iso-8859-1", cte="qp"),
    S("other", "en", "dentist_moved", "2026-05-06 09:05 +0100",
      ("Eyre Square Dental", "reminders@eyresquaredental.example.ie"),
      "Your appointment has been rescheduled",
      """
      Dear Ruairí,

      Due to unforeseen circumstances, Dr. Mulligan is unavailable on Tuesday 12 May. Your
      check-up and cleaning appointment has been rescheduled to:

      Thursday 14 May 2026 at 08:45

      If this new time does not suit, please call reception on 091 555 0120.

      Eyre Square Dental
      """,
      html="alt"),
    S("other", "en", "friend_rejected", "2026-02-02 21:48 +0000",
      ("Dara Ó Flaithearta", "dara.oflaithearta@example.ie"),
      "well that's that",
      """
      Ruairí,

      Got the "unfortunately we will not be proceeding with your application" email from
      Voltway today. Didn't even get an interview. Three weeks of waiting for a form letter!

      Pints on Thursday to drown my sorrows? You can tell me how your Velodock interview
      went.

      D
      """,
      name_enc=("q", "iso-8859-1")),
    S("other", "en", "saoirse_forward", "2026-03-09 20:03 +0000", SAOIRSE,
      "Fwd: Interview invitation – Customer Ops Associate, Quayside Scooters",
      """
      Hey Ruairí,

      Look what I got! Forwarding you my invite from Quayside. You've done a few of these
      now, any tips? Should I wear the good jumper or is it video only?

      Saoirse
      """,
      fwd=SAOIRSE_INVITE),
    S("other", "en", "course_refused", "2026-01-21 15:30 +0000",
      ("Atlantic Technical College Admissions", "admissions@atc-galway.example.ie"),
      "Your application: Electric Vehicle High-Voltage Safety (Level 5), Spring intake",
      """
      Dear Ruairí,

      Thank you for applying for the Electric Vehicle High-Voltage Safety (Level 5)
      evening course, spring intake.

      Unfortunately the course was heavily oversubscribed and we are unable to offer you a
      place on this occasion. You have been added to the waiting list for the autumn
      intake and will be contacted in July.

      Admissions Office
      Atlantic Technical College, Galway
      """,
      charset="windows-1252", cte="8bit"),
    S("other", "en", "headhunter_cold", "2026-05-27 13:33 +0100",
      ("Marcus Webb", "marcus.webb@voltsearch.example.co.uk"),
      "Open to a chat about e-mobility roles?",
      """
      Hi Ruairí,

      I came across your profile and your background in bike mechanics caught my eye. I
      specialise in placing technicians in the e-mobility sector across the UK, Ireland
      and Germany, and I regularly have field-service roles with scooter and car-sharing
      operators.

      No specific role to discuss right now, but if you're open to hearing about
      opportunities, drop me a line with your current availability and salary
      expectations.

      Best,
      Marcus Webb
      Principal Consultant, VoltSearch
      """),
    S("other", "en", "own_application_liffey", "2026-01-15 11:20 +0000", ME,
      "Application – Assembly Technician",
      """
      Hi Síle,

      I hope you're well. I'm applying for the Assembly Technician position you posted on
      GreenShift Jobs. I've worked as a bicycle mechanic in Galway for seven years,
      including wheel-building and warranty repairs on Bosch and Shimano e-bike systems,
      and I'm keen to get closer to the building side of cargo bikes.

      My CV is attached. I'd be happy to come to the workshop any day.

      Best regards,
      Ruairí Ó Donnchadha-Weiss
      +353 87 555 2931
      """,
      to=("Síle Ní Bhriain", "sile@liffeycargo.example.ie"),
      pdf=[("CV_Ruairi_ODonnchadha-Weiss.pdf",
            ["Ruairi O Donnchadha-Weiss - Bicycle Mechanic", "Galway, Ireland",
             "7 years workshop experience, e-bike systems (Bosch, Shimano Steps)",
             "Languages: English, Irish, German (B1), Spanish (A2)"])]),
    S("other", "en", "own_reschedule_request", "2026-07-03 10:45 +0100", ME,
      "Re: Telefoninterview – Fahrzeugpfleger/in E-Carsharing",
      """
      Dear Ms Meier,

      Thank you very much for the invitation. Tuesday 7 July suits me, but I am at a
      training course until 10:00 that morning. Would it be possible to call me at 11:00
      instead of 09:00? I apologise for the inconvenience.

      Kind regards,
      Ruairí Ó Donnchadha-Weiss
      """,
      to=("Sabine Meier", "sabine.meier@mobilgenoss.example.ch"),
      reply="mobilgenoss_telefon", quote="en"),
    S("other", "en", "orla_out_of_office", "2026-07-07 08:01 +0100",
      ("Orla Dunne", "orla@torquetalent.example.ie"),
      "Automatic reply: Re: Shannon eBikes would like to meet you!",
      """
      Thanks for your email. I'm out of the office until Thursday 9 July with limited
      access to email. For urgent matters please contact my colleague Brian Tobin on
      brian@torquetalent.example.ie or +353 1 555 0190.

      Orla
      """,
      headers=AUTO_REPLY, reply="torque_shannon_invite"),
    S("other", "en", "bike_trade_bulletin", "2026-09-17 06:45 +0000",
      ("Bike Trade Bulletin", "bulletin@biketradebulletin.example.com"),
      "Bike Trade Bulletin: cargo-bike sales up 18 %, and the offer nobody expected",
      """
      BIKE TRADE BULLETIN - 17 September 2026

      - Cargo-bike sales in Germany up 18 % in the first half of 2026
      - Shared e-bike operators in Spain face new municipal tender rules
      - Opinion: why the trade's best mechanics receive an offer and then turn it down
      - Events: Eurobike recap, Dublin Cycle Expo ticket offer ends Friday

      Subscribed as ruairi.odonnchadha@example.ie. Unsubscribe with one click below.
      """,
      html="alt",
      headers=bulk("<bulletin.biketradebulletin.example.com>",
                   "https://biketradebulletin.example.com/unsub?u=338")),
    S("other", "en", "own_thanks_ampere", "2026-05-22 15:30 +0100", ME,
      "Thank you – EV Fleet Technician interview",
      """
      Dear Fionnuala,

      Thank you to you and Eoin for meeting me this morning. I really enjoyed hearing about
      how Ampere plans the charging schedule around bookings, and it confirmed how much I
      want to work with electric vehicles.

      Please let me know if you need anything else from me.

      Best regards,
      Ruairí
      """,
      to=("Fionnuala Burke", "fionnuala.burke@amperecarclub.example.ie"),
      reply="ampere_moved"),
    S("other", "en", "proflink_notification", "2026-06-29 17:00 +0000",
      ("Proflink", "notifications@proflink.example.com"),
      "You appeared in 14 searches this week",
      """
      Hi Ruairí,

      Your profile appeared in 14 searches this week.
      Recruiters from Zipp Mobility, Kiez Logistics and 3 others viewed your profile.

      Tip: members who add "Open to work" get up to 40 % more messages from recruiters.

      See who's looking: https://proflink.example.com/me/searches

      You are receiving Proflink notification emails. Unsubscribe.
      """,
      html="only",
      headers={"List-Unsubscribe": "<https://proflink.example.com/unsub/338>",
               "Precedence": "bulk"}),
    S("other", "en", "sharewheels_booking", "2026-08-08 18:05 +0100",
      ("ShareWheels", "bookings@sharewheels.example.ie"),
      "Booking confirmed: Renault Zoe, Sat 8 Aug 19:00–22:00",
      """
      Hi Ruairí,

      Your ShareWheels booking is confirmed.

      Car: Renault Zoe (161-G-2204), parked at Eyre Square bay 3
      From: Saturday 8 August, 19:00
      Until: Saturday 8 August, 22:00
      Estimated cost: EUR 27.60

      Unlock the car with the app. Remember to plug it back in at the end of your trip.

      Drive safe,
      ShareWheels
      """,
      html="alt"),
    S("other", "en", "bike_kitchen_evening", "2026-10-01 12:10 +0100",
      ("Galway Bike Kitchen", "hello@galwaybikekitchen.example.ie"),
      "You're invited: volunteers' evening, Thursday 8 October",
      """
      Hi all,

      You're invited to our volunteers' evening on Thursday 8 October from 19:00 at the
      Kitchen. Pizza, a short update on the new premises and a chance to sign up for the
      winter rota. Ruairí, you're doing the wheel-truing demo, right?

      See you there,
      The Bike Kitchen crew
      """,
      to=("Bike Kitchen volunteers", "volunteers@galwaybikekitchen.example.ie"),
      headers={"List-Id": "Bike Kitchen volunteers <volunteers.galwaybikekitchen.example.ie>",
               "Precedence": "list"}),
    S("other", "en", "sister_forwards_ad", "2026-08-30 22:10 +0100",
      ("Clodagh Weiss", "clodagh.weiss@example.ie"),
      "Fwd: saw this and thought of you",
      """
      Saw this in the Lyon paper while I was over. Isn't it your bike crowd? x Clodagh

      ---------- Forwarded message ---------
      From: Le Progrès Emploi <emploi@leprogres-annonces.example.fr>
      Date: Sun, 30 Aug 2026 at 08:00
      Subject: Offres de la semaine : mobilité électrique

      Velodock recrute pour son lancement à Lyon : technicien·nes atelier, agents de
      terrain, régulateurs. Candidatures sur le site de Velodock.
      """),
    # ------------------------------------------------------------------ German
    S("other", "de", "wohnung_besichtigung_verschoben", "2026-04-20 09:30 +0200",
      ("Hausverwaltung Lindenau", "vermietung@hv-lindenau.example.de"),
      "Besichtigungstermin Lützner Straße 88 verschoben",
      """
      Sehr geehrter Herr Ó Donnchadha-Weiss,

      leider müssen wir den Besichtigungstermin für die 2-Raum-Wohnung in der Lützner
      Straße 88 verschieben, da der Vormieter noch nicht ausgezogen ist. Neuer Termin:
      Dienstag, 28. April, 17:30 Uhr. Bitte bringen Sie eine Mietschuldenfreiheits-
      bescheinigung mit, falls vorhanden.

      Mit freundlichen Grüßen
      Hausverwaltung Lindenau
      """,
      charset="iso-8859-1", cte="qp"),
    S("other", "de", "sprachschule_kein_platz", "2026-04-24 16:00 +0200",
      ("Sprachschule Leipzig Mitte", "kurse@sprachschule-lm.example.de"),
      "Ihre Anmeldung zum Intensivkurs Deutsch B2",
      """
      Guten Tag Herr Ó Donnchadha-Weiss,

      vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B2 (Mai/Juni).

      Leider müssen wir Ihnen mitteilen, dass der Kurs bereits ausgebucht ist und wir
      Ihnen keinen Platz anbieten können. Gerne setzen wir Sie auf die Warteliste oder
      reservieren einen Platz im Juli-Kurs.

      Freundliche Grüße
      Ihr Team der Sprachschule Leipzig Mitte
      """,
      html="alt", cte="base64"),
    S("other", "de", "jobfahrrad_newsletter", "2026-07-22 06:30 +0200",
      ("Jobfahrrad Newsletter", "newsletter@jobfahrrad.example.de"),
      "Neue Stellen, Bewerbungstipps & was eine Absage wirklich bedeutet",
      """
      Jobfahrrad – der Newsletter für Jobs rund ums Rad

      Diese Woche:
      * 23 neue Stellen für Zweiradmechatroniker*innen in Berlin, Leipzig und Dresden
      * Vorstellungsgespräch per Video: 7 Tipps für den ersten Eindruck
      * Absage erhalten? Warum "leider" oft nicht das letzte Wort ist
      * Probearbeitstag: Was ist erlaubt, was wird bezahlt?

      Sie erhalten diesen Newsletter, weil Sie sich auf jobfahrrad angemeldet haben.
      Abmelden: https://jobfahrrad.example.de/abmelden
      """,
      html="only",
      headers=bulk("Jobfahrrad <newsletter.jobfahrrad.example.de>",
                   "https://jobfahrrad.example.de/abmelden?id=338")),
    S("other", "de", "own_bewerbung_radnetz", "2026-01-26 21:05 +0000", ME,
      "Bewerbung als Mechaniker für das Fahrradverleihsystem",
      """
      Sehr geehrte Damen und Herren,

      hiermit bewerbe ich mich als Mechaniker für Ihr Fahrradverleihsystem in Leipzig.
      Ich arbeite seit sieben Jahren als Fahrradmechaniker in Galway (Irland) und habe viel
      Erfahrung mit E-Bikes, Laufradbau und Garantiefällen. Im Sommer möchte ich nach
      Leipzig ziehen.

      Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung würde ich mich freuen.

      Mit freundlichen Grüßen
      Ruairí Ó Donnchadha-Weiss
      """,
      to=("Radnetz Leipzig Bewerbungen", "bewerbung@radnetz-leipzig.example.de"),
      pdf=[("Lebenslauf_ODonnchadha-Weiss.pdf",
            ["Lebenslauf - Ruairi O Donnchadha-Weiss", "Fahrradmechaniker, Galway",
             "Sprachen: Englisch, Irisch, Deutsch (B1)"])]),
    # ------------------------------------------------------------------ French
    S("other", "fr", "mde_newsletter", "2026-03-25 07:00 +0100",
      ("Mobilités Durables Emploi", "lettre@mobilites-durables-emploi.example.fr"),
      "La lettre de l'emploi vert : entretiens, refus et nouvelles offres",
      """
      La lettre de l'emploi vert – n° 58

      Au sommaire :
      – Réussir son entretien d'embauche dans la mobilité électrique
      – « Malheureusement, votre candidature n'a pas été retenue » : comment rebondir
      – 42 nouvelles offres : mécaniciens vélo, techniciens trottinettes, agents d'autopartage
      – Portrait : de mécanicien cycles à chef d'atelier en trois ans

      Vous recevez cette lettre car vous êtes inscrit sur mobilites-durables-emploi.
      Se désinscrire : https://mobilites-durables-emploi.example.fr/desinscription
      """,
      html="alt",
      headers=bulk("<lettre.mobilites-durables-emploi.example.fr>",
                   "https://mobilites-durables-emploi.example.fr/desinscription?u=338")),
    S("other", "fr", "magazine_interview", "2026-06-18 15:40 +0200",
      ("Hugo Lefebvre", "hugo.lefebvre@velomag.example.fr"),
      "Demande d'interview pour Vélo Mag",
      """
      Bonjour Ruairí,

      Je suis journaliste à Vélo Mag et je prépare un dossier sur les « repair cafés » en
      Europe. Une lectrice irlandaise m'a parlé du vôtre à Galway. Accepteriez-vous de
      répondre à une interview d'une vingtaine de minutes par téléphone, en anglais si vous
      préférez, la semaine prochaine ?

      Merci d'avance,
      Hugo Lefebvre
      Vélo Mag
      """,
      charset="iso-8859-1", cte="8bit"),
    S("other", "fr", "colis_retarde", "2026-05-12 06:30 +0200",
      ("Colivite", "ne-pas-repondre@colivite.example.fr"),
      "Malheureusement, votre colis est retardé",
      """
      Bonjour,

      Malheureusement, votre colis n° CV829933104FR (expéditeur : Atelier Pièces Vélo) a
      pris du retard en raison d'un incident sur notre plateforme de Lyon-Corbas.

      Nouvelle date de livraison estimée : jeudi 14 mai.

      Aucune action n'est nécessaire de votre part. Suivez votre colis sur colivite.fr.

      Le service client Colivite
      """,
      html="only", cte="qp"),
    S("other", "fr", "own_candidature_cargoroule", "2026-08-27 09:00 +0100", ME,
      "Candidature spontanée – monteur vélos cargo",
      """
      Bonjour,

      Je me permets de vous adresser ma candidature spontanée pour un poste de monteur ou
      mécanicien dans votre atelier de Villeurbanne. Mécanicien vélo depuis sept ans en
      Irlande, je suis spécialisé dans le montage de roues et les systèmes électriques.

      Vous trouverez mon CV en pièce jointe. Je parle un français correct, que je continue
      à améliorer.

      Cordialement,
      Ruairí Ó Donnchadha-Weiss
      """,
      to=("Cargoroule", "atelier@cargoroule.example.fr"),
      pdf=[("CV_ODonnchadha-Weiss_FR.pdf",
            ["Ruairi O Donnchadha-Weiss - Mecanicien cycles", "Galway, Irlande",
             "Montage de roues, VAE Bosch / Shimano"])]),
    S("other", "fr", "visite_appartement", "2026-09-16 11:15 +0200",
      ("Agence Saxe Immobilier", "location@saxe-immo.example.fr"),
      "Confirmation de votre visite – T2 rue de Marseille",
      """
      Bonjour Monsieur,

      Nous vous confirmons votre rendez-vous pour la visite du T2 situé 88 rue de
      Marseille, Lyon 7e, le samedi 19 septembre à 10h15. Votre conseillère, Mme Petit,
      vous attendra devant l'immeuble.

      Pensez à apporter votre dossier locataire complet.

      Agence Saxe Immobilier
      """,
      charset="windows-1252", cte="8bit"),
    S("other", "fr", "amie_refus", "2026-04-02 20:40 +0200",
      ("Léa Morel", "lea.morel@example.fr"),
      "bon ben c'est non",
      """
      Coucou Ruairí,

      Cyclopolis m'a répondu : « nous sommes au regret de vous informer que votre
      candidature n'a pas été retenue ». Toi aussi tu as eu la même lettre, non ? On
      pourrait se faire un appel ce week-end pour se remonter le moral.

      Bises,
      Léa
      """,
      name_enc=("q", "utf-8")),
    S("other", "fr", "formation_refusee", "2026-02-27 14:00 +0100",
      ("Institut des Métiers du Cycle", "inscriptions@imc-lyon.example.fr"),
      "Votre demande d'inscription : CQP Technicien cycles",
      """
      Monsieur,

      Nous avons bien étudié votre demande d'inscription à la formation CQP Technicien
      cycles (session d'avril 2026).

      Nous sommes au regret de vous informer que votre inscription n'a pas pu être
      retenue, la session étant complète. Vous êtes inscrit en liste d'attente pour la
      session de septembre.

      Le service des inscriptions
      Institut des Métiers du Cycle, Lyon
      """,
      charset="iso-8859-1", cte="qp", subj_enc=("q", "iso-8859-1")),
    S("other", "fr", "banque_position", "2026-07-01 05:00 +0200",
      ("Banque Rhône-Alpes en ligne", "ne-pas-repondre@bra-banque.example.fr"),
      "Votre position de compte au 30/06/2026",
      """
      Madame, Monsieur,

      Votre position de compte au 30/06/2026 est disponible dans votre espace client.

      Compte courant : position créditrice
      Livret : position inchangée

      Pour des raisons de sécurité, nous ne vous envoyons jamais de lien de connexion
      par e-mail.

      Banque Rhône-Alpes
      """,
      html="only", subj_enc=("b", "utf-8")),
    # ------------------------------------------------------------------ Spanish
    S("other", "es", "empleoverde_alerta", "2026-05-06 08:00 +0200",
      ("EmpleoVerde", "alertas@empleoverde.example.es"),
      "Tus alertas: 5 ofertas nuevas de técnico e-bike en Valencia",
      """
      Hola Ruairí:

      Tenemos 5 ofertas nuevas que encajan con tu alerta "técnico e-bike Valencia":

      · Técnico/a de mantenimiento de flota e-bike – Pedalia – València
      · Mecánico/a de estaciones – Bicis Turia – València
      · Técnico/a de campo – Valenbike Servicios – València
      · Técnico/a de flota carsharing – Ecomóvil Valencia – València
      · Técnico/a de campo – Rayo Scooters – Quart de Poblet

      Consejo: ¿te han rechazado? Una entrevista fallida también enseña. Lee nuestra guía.

      Recibes este correo porque creaste una alerta en EmpleoVerde. Darte de baja.
      """,
      html="alt",
      headers=bulk("EmpleoVerde alertas <alertas.empleoverde.example.es>",
                   "https://empleoverde.example.es/baja?u=338")),
    S("other", "es", "cita_medica", "2026-06-03 08:10 +0200",
      ("Centro de Salud Benimaclet", "citaprevia@cs-benimaclet.example.es"),
      "Cambio en su cita con medicina de familia",
      """
      Estimado/a paciente:

      Le informamos de que su cita con medicina de familia del día 8 de junio a las 9:20 ha
      sido modificada. Nueva cita: martes 9 de junio a las 12:40, consulta 14.

      Si no puede acudir, anule la cita en la aplicación o llamando al 961 555 300.

      Centro de Salud Benimaclet
      """,
      charset="iso-8859-1", cte="qp"),
    S("other", "es", "paquete_retrasado", "2026-08-04 07:35 +0200",
      ("EnvíaYa", "notificaciones@enviaya.example.es"),
      "Lamentablemente tu envío se ha retrasado",
      """
      Hola:

      Lamentablemente tu envío 7781-2290-ES no podrá entregarse hoy por acumulación de
      envíos en nuestro centro de Riba-roja. La nueva fecha estimada de entrega es el
      jueves 6 de agosto.

      No tienes que hacer nada. Puedes seguir tu envío en la web.

      Equipo EnvíaYa
      """,
      html="only", name_enc=("b", "utf-8")),
    S("other", "es", "own_candidatura_bicisturia", "2026-07-30 18:00 +0200", ME,
      "Candidatura – mecánico de estaciones",
      """
      Hola:

      Os escribo para presentar mi candidatura al puesto de mecánico de estaciones que he
      visto en EmpleoVerde. Soy mecánico de bicicletas desde hace siete años en Irlanda y
      tengo experiencia con bicis eléctricas compartidas. Mi español es de nivel A2-B1,
      pero lo estoy mejorando cada día.

      Adjunto mi currículum. Muchas gracias,
      Ruairí Ó Donnchadha-Weiss
      """,
      to=("Bicis Turia", "empleo@bicisturia.example.es"),
      pdf=[("CV_Ruairi_ES.pdf",
            ["Ruairi O Donnchadha-Weiss - Mecanico de bicicletas", "Galway, Irlanda",
             "Espanol A2-B1"])]),
    S("other", "es", "own_cambio_fecha", "2026-07-21 09:30 +0100", ME,
      "RE: Invitación: jornada de evaluación – Técnico/a de campo",
      """
      Hola Pablo:

      Muchas gracias por la invitación. ¿Sería posible empezar la jornada del 27 a las
      11:00 en lugar de las 9:30? Mi vuelo desde Dublín aterriza esa misma mañana. Si no es
      posible, buscaré otra opción.

      Un saludo,
      Ruairí
      """,
      to=("Pablo Gimeno", "pablo.gimeno@valenbike.example.es"),
      reply="valenbike_jornada", quote="es"),
    S("other", "es", "visita_piso_cancelada", "2026-09-24 13:20 +0200",
      ("Inmobiliaria Ruzafa", "alquileres@inmoruzafa.example.es"),
      "Visita al piso de la calle Sueca cancelada",
      """
      Hola Ruairí:

      Te escribimos para avisarte de que la visita al piso de la calle Sueca 52 prevista
      para el viernes queda cancelada: el propietario ha aceptado otra oferta esta mañana.

      Si quieres, te enviamos otras opciones en Ruzafa y Benimaclet que encajan con tu
      presupuesto.

      Inmobiliaria Ruzafa
      """,
      cte="8bit"),
    S("other", "es", "radio_entrevista", "2026-09-29 12:00 +0200",
      ("Carmen Llorens", "carmen.llorens@radioturia.example.es"),
      "Entrevista en Radio Turia",
      """
      Hola Ruairí:

      Soy Carmen, de Radio Turia. Preparamos un programa sobre personas extranjeras que
      trabajan en la movilidad sostenible de València y nos encantaría entrevistarte en
      directo el martes 6 de octubre a las 18:15. Serían unos diez minutos.

      ¿Te animas? Puede ser en inglés con traducción si lo prefieres.

      Un saludo,
      Carmen Llorens
      Radio Turia
      """,
      html="alt"),
    S("other", "es", "amigo_rechazo", "2026-09-08 22:30 +0200",
      ("Pau Ribera", "pau.ribera@example.es"),
      "Me han dicho que no los de Rayo",
      """
      Ey Ruairí:

      Al final Rayo Scooters me ha mandado el típico correo: "lamentamos comunicarte que no
      seguirás en el proceso". Ni una entrevista. ¿A ti te llamaron al final después de lo
      del autobús?

      ¿Cañas el viernes?
      Pau
      """),
    S("other", "es", "curso_sin_plaza", "2026-01-30 10:00 +0100",
      ("Escuela Oficial de Idiomas de Valencia", "secretaria@eoi-valencia.example.es"),
      "Resultado del sorteo de plazas – Curso intensivo de español",
      """
      Estimado/a solicitante:

      Le comunicamos el resultado del sorteo de plazas para el curso intensivo de español
      para extranjeros (nivel B1, cuatrimestre de primavera).

      Lamentamos informarle de que no ha obtenido plaza. Su solicitud queda en la lista de
      espera con el número 37.

      Secretaría
      Escuela Oficial de Idiomas de Valencia
      """,
      charset="windows-1252", cte="qp", name_enc=("q", "windows-1252")),
    S("other", "es", "movilidad_newsletter", "2026-10-08 07:00 +0200",
      ("Movilidad Sostenible Hoy", "boletin@movilidadhoy.example.es"),
      "Boletín: la oferta de empleo en micromovilidad crece un 12 %",
      """
      MOVILIDAD SOSTENIBLE HOY – Boletín semanal

      · La oferta de empleo en micromovilidad crece un 12 % en la Comunitat Valenciana
      · Entrevista: la jefa de flota de una empresa de motosharing explica cómo selecciona
      · Por qué tantos procesos de selección terminan en "lamentamos comunicarle"
      · Agenda: jornada de movilidad eléctrica en el puerto, 20 de octubre

      Recibes este boletín porque te suscribiste en movilidadhoy. Darse de baja.
      """,
      html="only",
      headers=bulk("<boletin.movilidadhoy.example.es>",
                   "mailto:baja@movilidadhoy.example.es?subject=baja")),
    S("other", "es", "ecomovil_investigacion", "2026-06-25 10:30 +0200",
      ("Ecomóvil Valencia", "investigacion@ecomovil.example.es"),
      "Participa en una entrevista de investigación sobre nuestra app",
      """
      Hola Ruairí:

      Como usuario registrado de Ecomóvil, te invitamos a participar en una entrevista de
      investigación de usuarios de 45 minutos sobre el proceso de reserva de coches en la
      app. Recibirás 30 minutos de conducción gratis como agradecimiento.

      Elige día y hora aquí: https://ecomovil.example.es/investigacion

      Equipo de Producto de Ecomóvil
      """,
      name_enc=("q", "utf-8")),
]
