"""Corpus 355: interview invitations, moved/cancelled interviews, missed-interview notices."""

from __future__ import annotations

from msgs355_common import Spec, m

INV = "interview_invitation"
RS = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

DENTARIS_HH_UID = "dentaris-hh-7f31c2@dentaris.example.de"

MESSAGES: list[Spec] = [
    # ================= invitations, German =================
    m("dentaris_hh_invite", INV, "de", "Dentaris Zahnkliniken",
      "Katrin Vollmers <katrin.vollmers@dentaris.example.de>",
      "Einladung zum Kennenlernen – Praxismanagerin Hamburg-Eppendorf",
      "2026-01-20 09:47 +0100", """
Liebe Frau Brockmann-Uzor,

vielen Dank für Ihre Bewerbung – Ihr Werdegang von der ZFA zur ZMV hat uns sehr neugierig gemacht. Gern möchten wir Sie persönlich kennenlernen.

Ich lade Sie herzlich zu einem Gespräch am Dienstag, 3. Februar 2026, um 10:00 Uhr in unsere Klinik Eppendorfer Landstraße 88 ein. Dabei sind neben mir die Klinikleiterin Dr. Sünje Petersen und unsere Abrechnungsleitung. Planen Sie bitte etwa 90 Minuten ein.

Eine Kalendereinladung liegt bei. Bitte bestätigen Sie kurz, ob der Termin passt.

Herzliche Grüße
Katrin Vollmers
Regionalleitung Nord

Dentaris Zahnkliniken GmbH · Eppendorfer Landstraße 88 · 20249 Hamburg
Tel. +49 40 555 901 22
""", parent="dentaris_hh_ack", html="alt", look="outlook",
      ics={"uid": DENTARIS_HH_UID, "seq": 0, "start": "20260203T100000", "end": "20260203T113000",
           "summary": "Vorstellungsgespräch Annelie Brockmann-Uzor",
           "location": "Dentaris Klinik Hamburg-Eppendorf, Eppendorfer Landstraße 88"}),

    m("weserlabor_invite", INV, "de", "Zahntechnik Weserlabor",
      "Hauke Rennecke <h.rennecke@weserlabor.example.de>",
      "Vorstellungsgespräch Kaufmännische Laborleitung",
      "2026-01-28 15:20 +0100", """
Sehr geehrte Frau Brockmann-Uzor,

wir haben uns über Ihre Bewerbung sehr gefreut und würden Sie gern zu einem Vorstellungsgespräch in unser Labor einladen.

Vorschlag: Donnerstag, 5. Februar, 14:30 Uhr, Malerstraße 23, 28207 Bremen. Im Anschluss zeige ich Ihnen gern noch die Fertigung und die CAD/CAM-Abteilung. Parkplätze finden Sie direkt auf dem Hof.

Falls der Termin nicht passt, rufen Sie mich gern an.

Mit freundlichen Grüßen

Hauke Rennecke
Geschäftsführer, Zahntechnikermeister
Zahntechnik Weserlabor GmbH
Malerstraße 23 · 28207 Bremen
Telefon 0421 555 44 70
""", cs="iso-8859-1", cte="quoted-printable"),

    m("kfo_invite", INV, "de", "KFO-Praxis am Schlossgarten",
      "Dr. Jens Wehrmann <j.wehrmann@kfo-schlossgarten.example.de>",
      "Einladung zum Probearbeitstag",
      "2026-02-11 19:03 +0100", """
Liebe Frau Brockmann-Uzor,

nach dem netten Telefonat letzte Woche möchte ich Sie gern zu einem Probearbeitstag in unsere Praxis einladen. So bekommen Sie einen echten Eindruck von unseren Abläufen (Terminbuch, Abrechnung mit ivoris, Materialwirtschaft), und wir lernen Sie im Praxisalltag kennen.

Passt Ihnen Mittwoch, der 11. März, von 8 bis etwa 15 Uhr? Der Tag wird selbstverständlich vergütet. Bitte bringen Sie bequeme Schuhe mit, Praxiskleidung stellen wir.

Herzliche Grüße
Jens Wehrmann

KFO-Praxis am Schlossgarten · Schlossplatz 9 · 26122 Oldenburg
""", parent="kfo_ack", rt="Praxis am Schlossgarten Verwaltung <b.janssen@kfo-schlossgarten.example.de>"),

    m("linden_invite", INV, "de", "MVZ am Klinikum Linden",
      "MVZ am Klinikum Linden <noreply@successfactors.eu>",
      "Einladung zum Auswahltag – Leitung Patientenmanagement Ambulanz",
      "2026-03-12 13:15 +0100", """
Sehr geehrte Frau Brockmann-Uzor,

wir freuen uns, Sie zu unserem Auswahltag (Assessment-Center) für die Position „Leitung Patientenmanagement Ambulanz" einzuladen.

Termin: Freitag, 27. März 2026, 9:00 bis ca. 15:30 Uhr
Ort: Klinikum Linden, Verwaltungsgebäude C, Raum 2.14, Lindener Marktplatz 2, 30449 Hannover

Der Tag umfasst eine Präsentation (10 Minuten, Thema folgt eine Woche vorher), eine Gruppenübung und ein Einzelgespräch mit der Ärztlichen Leitung. Bitte bestätigen Sie Ihre Teilnahme bis zum 18. März über Ihr Kandidatenprofil oder per Antwort an Frau Pfeiffer.

Mit freundlichen Grüßen
i. A. Renate Pfeiffer
Personalservice MVZ am Klinikum Linden
""", rt="Renate Pfeiffer <renate.pfeiffer@klinikum-linden.example.de>", html="alt", look="ats",
      brand="MVZ am Klinikum Linden", cs="windows-1252"),

    m("praxident_invite", INV, "de", "Praxident",
      "Jonas Behrens from Praxident <no-reply@ashbyhq.com>",
      "Praxident: Lass uns sprechen! Video-Call Customer Success",
      "2026-03-17 11:02 +0100", """
Hi Annelie,

danke nochmal für deine Bewerbung! Ich bin Jonas, Team Lead Customer Success bei Praxident, und würde dich gern in einem 45-minütigen Video-Call kennenlernen.

Such dir über den folgenden Link einfach einen passenden Slot aus: https://app.ashbyhq.example/praxident/interview/7c2e
Die Slots sind zwischen dem 23. und 27. März.

Wir sprechen über deine Erfahrungen mit Praxisverwaltungssoftware und darüber, wie du Zahnarztpraxen bei der Einführung unterstützen würdest. Keine Vorbereitung nötig!

Viele Grüße
Jonas
""", rt="Jonas Behrens <jonas.behrens@praxident.example.de>", html="only", look="ats",
      brand="Praxident"),

    m("vitalis_hollmann_invite", INV, "de", "Zahnarztpraxis Dr. Hollmann",
      "Melanie Oltmanns <m.oltmanns@vitalis-personal.example.de>",
      "Vorstellungstermin bei Zahnarztpraxis Dr. Hollmann, Bremen-Findorff",
      "2026-03-24 09:12 +0100", """
Hallo Frau Brockmann-Uzor,

wie heute früh telefonisch besprochen, hier noch einmal schriftlich: Unsere Kundin, die Zahnarztpraxis Dr. Hollmann in Bremen-Findorff, möchte Sie gern kennenlernen.

Termin: Montag, 30. März, 17:30 Uhr
Adresse: Hemmstraße 212, 28215 Bremen (2. OG, Fahrstuhl vorhanden)
Gesprächspartnerin: Dr. Ricarda Hollmann

Ich begleite Sie nicht persönlich, rufe Sie aber am Tag danach an, um zu hören, wie es gelaufen ist. Viel Erfolg!

Viele Grüße
Melanie Oltmanns
Vitalis Personal GmbH · Personalvermittlung für Gesundheitsberufe
Am Wall 140 · 28195 Bremen · T 0421 555 81 20
""", cte="8bit"),

    m("medidepot_invite", INV, "de", "MediDepot Nord",
      "MediDepot Nord Karriere <medidepot@myworkday.com>",
      "Terminvereinbarung Telefoninterview – R-20418",
      "2026-02-25 08:10 +0000", """
Guten Tag Annelie Brockmann-Uzor,

vielen Dank für Ihr Interesse an der Position R-20418 Teamleitung Kundenservice Dental. Wir möchten Sie gern zu einem ersten Telefoninterview (ca. 30 Minuten) einladen.

Bitte wählen Sie im Kandidatenportal unter „Aufgaben" einen der angebotenen Termine aus. Unsere Recruiterin ruft Sie dann zur gewählten Uhrzeit unter der in Ihrem Profil hinterlegten Nummer an.

Freundliche Grüße
MediDepot Nord – Talent Acquisition
""", sys=True, html="alt", look="ats", brand="MediDepot Nord"),

    m("rheinknie_invite", INV, "de", "Zahnzentrum Rheinknie",
      "Corinne Spälti <c.spaelti@rheinknie-zahnzentrum.example.ch>",
      "Einladung Vorstellungsgespräch",
      "2026-04-15 14:41 +0200", """
Grüezi Frau Brockmann-Uzor

Besten Dank für Ihre Bewerbung, die uns über MedPraxisJobs erreicht hat. Gerne lernen wir Sie in einem ersten Gespräch per Video kennen.

Wir schlagen Ihnen Donnerstag, 23. April, 16.00 Uhr vor. Den Link für Microsoft Teams erhalten Sie nach Ihrer Bestätigung. Teilnehmen werden Dr. Urs Gisler (Praxisinhaber) und ich.

Freundliche Grüsse

Corinne Spälti
Leitung Administration
Zahnzentrum Rheinknie AG
Claraplatz 4, 4058 Basel
Tel. +41 61 555 07 44
""", name_enc=("iso-8859-1", "B")),

    m("bremen_dentaris_invite", INV, "de", "Dentaris Zahnkliniken",
      "Dentaris Zahnkliniken Recruiting <dentaris-recruiting@personio.de>",
      "Bitte wählen Sie einen Termin für Ihr Gespräch in Bremen-Schwachhausen",
      "2026-05-19 10:00 +0200", """
Hallo Frau Brockmann-Uzor,

gute Nachrichten: Das Team unserer Klinik in Bremen-Schwachhausen möchte Sie gern zu einem persönlichen Gespräch einladen.

Bitte buchen Sie über den folgenden Link einen freien Termin in den nächsten zwei Wochen:
https://dentaris.jobs.personio.example/schedule/interview/58213

Gesprächspartner vor Ort: Dr. Malte Friedrichs (Klinikleitung) und Frau Aylin Kaya (Praxismanagement).

Herzliche Grüße
Ihr Recruiting-Team der Dentaris Zahnkliniken
""", sys=True, html="alt", look="ats", brand="Dentaris Zahnkliniken", cte="base64"),

    m("helvemed_invite_de", INV, "de", "Helvemed",
      "Reto Baumgartner <reto.baumgartner@helvemed.example.ch>",
      "Helvemed – Einladung zum Interview (Teamleiterin Innendienst Dentalbedarf)",
      "2026-06-12 09:25 +0200", """
Guten Tag Frau Brockmann-Uzor

Ihr Dossier hat uns überzeugt. Gerne laden wir Sie zu einem Interview an unserem Hauptsitz in Basel ein:

Dienstag, 23. Juni 2026, 10.30–12.00 Uhr
Helvemed AG, Hochbergerstrasse 60, 4057 Basel, Empfang Gebäude B

Sie treffen mich sowie Frau Nadine Roth, Leiterin Verkauf Innendienst. Die Reisekosten ab Bremen übernehmen wir selbstverständlich; bitte buchen Sie die Bahnfahrt 2. Klasse und senden Sie uns die Quittung.

Freundliche Grüsse
Reto Baumgartner
HR Business Partner
Helvemed AG · Hochbergerstrasse 60 · 4057 Basel · +41 61 555 12 00
""", html="alt", look="outlook", cte="quoted-printable"),

    m("vitalis_unnamed_invite", INV, "de", "Vitalis Personal",
      "Melanie Oltmanns <m.oltmanns@vitalis-personal.example.de>",
      "Neues Projekt: Gespräch bei einem MVZ in Oldenburg",
      "2026-05-06 08:40 +0200", """
Guten Morgen Frau Brockmann-Uzor,

ich habe eine neue, spannende Position für Sie: Ein zahnmedizinisches MVZ mit drei Standorten im Raum Oldenburg sucht eine Praxismanagerin. Den Namen darf ich Ihnen erst nach dem ersten Gespräch nennen – der Kunde möchte vertraulich suchen.

Der Kunde hat Ihr anonymisiertes Profil gesehen und möchte Sie am Mittwoch, 13. Mai, um 11 Uhr zu einem Videogespräch einladen. Den Link schicke ich Ihnen nach Ihrer Zusage.

Passt Ihnen das?

Viele Grüße
Melanie Oltmanns
Vitalis Personal · T 0421 555 81 20
"""),

    m("hansa_invite", INV, "de", "Dentaltechnik Hansa",
      "Svenja Lührs von Dentaltechnik Hansa <svenja.luehrs@teamtailor-mail.com>",
      "Einladung: Kennenlernen bei Dentaltechnik Hansa",
      "2026-04-21 16:55 +0200", """
Hallo Annelie,

danke für deine Bewerbung als Office Managerin bei Dentaltechnik Hansa! Wir würden dich gern bei uns im Labor in Hamburg-Altona kennenlernen.

Wie wäre es mit Dienstag, 28. April, um 13:00 Uhr? Du kannst den Termin direkt hier bestätigen oder einen anderen vorschlagen: https://dentaltechnik-hansa.teamtailor.example/meetings/3391

Bis bald!
Svenja Lührs
People & Culture, Dentaltechnik Hansa
""", sys=True, html="only", look="ats", brand="Dentaltechnik Hansa"),

    m("aegi_invite", INV, "de", "Zahnmedizin am Aegi",
      "Dr. Felix Brandstätter <f.brandstaetter@zahnmedizin-aegi.example.de>",
      "Einladung zum Gespräch – Praxismanagement",
      "2026-08-25 21:10 +0200", """
Sehr geehrte Frau Brockmann-Uzor,

danke für Ihre Unterlagen. Meine Frau und ich führen die Praxis gemeinsam und würden Sie gern zu einem Gespräch einladen, am liebsten an einem Donnerstagnachmittag, wenn wir keine Sprechstunde haben.

Wären Sie am 3. September um 15 Uhr in Hannover? Alternativ ginge auch der 10. September. Eine kurze Antwort genügt.

Mit freundlichen Grüßen
Felix Brandstätter
Zahnmedizin am Aegi · Aegidientorplatz 1 · 30159 Hannover · 0511 555 36 60
""", cs="windows-1252", cte="8bit", subj_enc=("windows-1252", "Q")),

    # ================= invitations, English =================
    m("zernike_invite", INV, "en", "Zernike Dental Group",
      "Femke Dijkstra via Greenhouse <no-reply@greenhouse-mail.io>",
      "Interview availability - Clinic Operations Coordinator at Zernike Dental Group",
      "2026-02-10 11:18 +0100", """
Hi Annelie,

Thanks again for your interest in the Clinic Operations Coordinator role. The hiring team would love to talk to you!

Please use the link below to pick a time for a 45-minute video interview with me and Pieter Bos, our Head of Operations:

https://app.greenhouse.example/scheduling/zernike/3f9a1

If none of the times work for you, just reply to this email and we'll find another slot.

Best,
Femke Dijkstra
Talent Acquisition Partner, Zernike Dental Group
""", rt="Femke Dijkstra <femke.dijkstra@zernikedental.example.nl>", html="alt", look="ats",
      brand="Zernike Dental Group"),

    m("meridian_invite", INV, "en", "Meridian Health Search",
      "Oliver Hartigan <oliver.hartigan@meridianhealth.example.co.uk>",
      "Interview request - confidential practice manager brief",
      "2026-03-19 12:02 +0000", """
Hi Annelie,

Good news: my client, a privately owned group of dental practices in the northern Netherlands, has reviewed your profile and would like to interview you. I can't share their name until they've met you, as the search is confidential (the incumbent doesn't know yet).

They've proposed a video call on Thursday 26 March at 15:00 CET with the group's COO. Could you let me know by tomorrow whether that works? I'll send a short briefing note beforehand.

Best,
Oliver

Oliver Hartigan | Senior Consultant | Meridian Health Search | +44 117 555 0142
""", parent="meridian_ack", quote="gt"),

    m("groningen_dentaris_invite", INV, "en", "Dentaris",
      "Joost van der Meulen <joost.vandermeulen@dentaris.example.nl>",
      "Invitation: interview Clinic Manager Groningen-Zuid",
      "2026-04-08 14:20 +0200", """
Dear Annelie,

My colleague Katrin in Hamburg forwarded your CV, and I'd be glad to meet you for our new clinic in Groningen-Zuid.

I've sent a calendar invitation for Wednesday 15 April, 11:00-12:00, at the clinic (Paterswoldseweg 210). If you prefer to join by video, let me know and I'll add a Teams link.

Kind regards,
Joost van der Meulen
Area Manager Netherlands North, Dentaris
""", ics={"uid": "gz-clinic-mgr-0415@dentaris.example.nl", "seq": 0,
         "start": "20260415T110000", "end": "20260415T120000", "tz": "Europe/Amsterdam",
         "summary": "Interview Annelie Brockmann-Uzor - Clinic Manager",
         "location": "Dentaris Groningen-Zuid, Paterswoldseweg 210"}),

    m("noorderzorg_invite", INV, "en", "Noorderzorg Outpatient Centre",
      "Marit Hoekstra <m.hoekstra@noorderzorg.example.nl>",
      "Invitation to interview - Front Office Team Lead",
      "2026-07-29 10:44 +0200", """
Dear Ms Brockmann-Uzor,

On behalf of the selection committee I am pleased to invite you to a first interview for the position of Front Office Team Lead at the Noorderzorg Outpatient Centre.

Date: Tuesday 11 August 2026
Time: 13:30-14:30
Location: Hanzeplein 12, Groningen, building B, 3rd floor, meeting room "Reitdiep"

The committee consists of the manager of outpatient services, a team member from the front office and a representative of the works council. Please bring a valid ID. Could you confirm your attendance by replying to this email?

Yours sincerely,

Marit Hoekstra
HR Advisor
Noorderzorg Outpatient Centre
""", html="alt", look="outlook", cs="iso-8859-1"),

    m("hanze_invite", INV, "en", "Hanze Tandtechniek",
      "Ruben Wiersma <ruben@hanzetandtechniek.example.nl>",
      "Quick call about the Lab Office Manager role?",
      "2026-04-22 08:37 +0200", """
Hi Annelie,

I run Hanze Tandtechniek together with my sister. We liked your application a lot, especially your experience with lab invoices on the practice side.

Would you be up for a 30-minute phone call this Friday (24 April) at 9:30? I'll call you on the German mobile number in your CV. Nothing formal, just getting to know each other.

Cheers,
Ruben Wiersma
Hanze Tandtechniek | Peizerweg 97, Groningen | +31 50 555 8834
"""),

    # ================= invitations, French =================
    m("kleber_invite", INV, "fr", "Centre dentaire Kléber",
      "Nathalie Schaeffer <n.schaeffer@centre-kleber.example.fr>",
      "Invitation à un entretien – Responsable de centre",
      "2026-02-24 10:05 +0100", """
Bonjour Madame Brockmann-Uzor,

Votre candidature a retenu toute notre attention et nous souhaiterions vous rencontrer pour un premier entretien.

Nous vous proposons le mardi 3 mars à 14 h, dans nos locaux du 5 place Kléber, 67000 Strasbourg (3e étage, sonner « Direction »). L'entretien durera environ une heure, en présence du Dr Marc Heitz, chirurgien-dentiste associé.

Merci de bien vouloir me confirmer votre présence par retour de mail.

Bien cordialement,

Nathalie Schaeffer
Directrice administrative
Centre dentaire Kléber
5 place Kléber – 67000 Strasbourg
03 88 55 12 34
""", parent="kleber_ack", cs="windows-1252", cte="8bit"),

    m("saintjean_invite", INV, "fr", "Orthodontie Saint-Jean",
      "Dr Claire Favre <c.favre@ortho-saintjean.example.ch>",
      "Entretien et journée d'essai au cabinet",
      "2026-09-01 18:30 +0200", """
Chère Madame,

Merci pour votre candidature. Après notre échange téléphonique, je vous propose de venir au cabinet pour un entretien suivi d'une demi-journée d'essai, afin que vous puissiez découvrir notre organisation (agenda, facturation, relations avec les caisses-maladie).

Seriez-vous disponible le mardi 29 septembre dès 8 h ? Nous terminerions vers 13 h par un déjeuner avec l'équipe.

Avec mes meilleures salutations,

Dr Claire Favre
Orthodontie Saint-Jean, Bâle
""", parent="saintjean_ack", html="alt", cte="quoted-printable"),

    m("strasbourg_dentaris_invite", INV, "fr", "Dentaris Cliniques",
      "Sophie Reinhardt <s.reinhardt@dentaris.example.fr>",
      "Entretien visio avec Mme Keller – Dentaris Cliniques",
      "2026-07-02 11:22 +0200", """
Bonjour Madame Brockmann-Uzor,

Comme annoncé, notre directrice régionale Grand Est, Madame Hélène Keller, souhaite s'entretenir avec vous en visioconférence.

Je vous propose le jeudi 9 juillet à 16 h 30. Vous recevrez une invitation Microsoft Teams séparée. Prévoyez environ 45 minutes.

Bien cordialement,

Sophie Reinhardt
Chargée de recrutement – Dentaris Cliniques France
""", parent="strasbourg_dentaris_ack", quote="gt", html="alt", look="outlook"),

    m("prothese_alsace_invite", INV, "fr", "Laboratoire Prothèse Alsace",
      "Julien Muller <julien.muller@prothese-alsace.example.fr>",
      "Entretien téléphonique – poste d'assistante de direction",
      "2026-04-09 09:14 +0200", """
Bonjour Madame,

Je fais suite à votre candidature pour le poste d'assistante de direction au Laboratoire Prothèse Alsace. Je souhaiterais organiser un entretien téléphonique d'une trentaine de minutes.

Seriez-vous disponible le mercredi 15 avril à 10 h ? Je vous appellerai sur votre portable.

Cordialement,
Julien Muller
Gérant
Laboratoire Prothèse Alsace – 8 rue de l'Industrie, 67400 Illkirch-Graffenstaden
""", rt="Julien Muller <julien.muller@prothese-alsace.example.fr>"),

    # ================= invitations, Spanish =================
    m("malaga_invite", INV, "es", "Dentaris Clínicas",
      "Lucía Ortega Benítez <lucia.ortega@dentaris.example.es>",
      "Entrevista – Coordinadora de Clínica Málaga Centro",
      "2026-06-01 12:48 +0200", """
Hola Annelie:

Gracias por presentar tu candidatura. Nos ha gustado mucho tu perfil y nos gustaría conocerte en persona.

Te propongo una entrevista el martes 9 de junio a las 10:30 en nuestra clínica de Calle Larios 14. Estarán también Marta Gil, directora de operaciones, y el Dr. Salcedo. Te adjunto la convocatoria para tu calendario.

¿Te viene bien? Si no, dime qué días te encajan mejor.

Un saludo,
Lucía Ortega Benítez
Responsable de Personas – Dentaris Clínicas Andalucía
""", parent="malaga_ack", html="alt",
      ics={"uid": "mlg-coord-20260609@dentaris.example.es", "seq": 0,
           "start": "20260609T103000", "end": "20260609T113000", "tz": "Europe/Madrid",
           "summary": "Entrevista Annelie Brockmann-Uzor", "location": "Calle Larios 14, Málaga"}),

    m("dentalnube_invite", INV, "es", "DentalNube",
      "Pablo Ruiz vía Recruitee <jobs@dentalnube.recruitee.com>",
      "Videollamada con el equipo de DentalNube",
      "2026-07-01 17:19 +0200", """
¡Hola Annelie!

Soy Pablo, de Implantación en DentalNube. Nos encantaría tener una primera videollamada contigo para contarte el puesto y conocer tu experiencia con software de gestión clínica.

¿Te iría bien el jueves 9 de julio a las 12:00 (hora peninsular)? Será por Google Meet, unos 40 minutos.

¡Un saludo!
Pablo Ruiz
Customer Onboarding Lead · DentalNube
""", rt="Pablo Ruiz <pablo.ruiz@dentalnube.example.es>", html="only", look="ats",
      brand="DentalNube"),

    m("virgen_invite", INV, "es", "Hospital Virgen del Puerto",
      "Hospital Virgen del Puerto - Selección <noreply@icims.com>",
      "Convocatoria a prueba de selección (Ref. CEX-2291)",
      "2026-08-04 09:00 +0200", """
Estimada Sra. Brockmann-Uzor:

Nos complace comunicarle que ha superado la fase de valoración curricular para el puesto de Responsable de Admisión del Centro de Especialidades Ambulatorias (Ref. CEX-2291).

Queda convocada a la prueba de selección, que consistirá en un caso práctico escrito y una entrevista personal:

Fecha: miércoles, 19 de agosto de 2026
Hora: 9:30
Lugar: Aula 3, Edificio de Docencia, Hospital Virgen del Puerto

Deberá presentar su DNI, NIE o pasaporte.

Atentamente,
Departamento de Recursos Humanos
""", sys=True, cs="iso-8859-1", cte="quoted-printable"),

    m("ortosur_invite", INV, "es", "OrtoSur",
      "Dra. Inmaculada Vera <inmaculada.vera@ortosur.example.es>",
      "Entrevista en OrtoSur – gerencia de clínica",
      "2026-09-14 20:05 +0200", """
Buenas tardes, Annelie:

He leído tu carta con mucho interés; no es habitual recibir candidaturas de Alemania con tan buen español. Me gustaría conocerte.

¿Podrías venir a la clínica (Avenida de Andalucía 27, Málaga) el lunes 21 de septiembre a las 18:00, cuando termina la consulta? Si estás todavía en Bremen, lo hacemos por videollamada sin problema.

Saludos cordiales,
Dra. Inmaculada Vera
Ortodoncista · Directora médica
OrtoSur Málaga · 951 55 70 12
""", name_enc=("utf-8", "Q")),

    # ================= reschedule / cancel, German =================
    m("dentaris_hh_resched", RS, "de", "Dentaris Zahnkliniken",
      "Katrin Vollmers <katrin.vollmers@dentaris.example.de>",
      "Aktualisiert: Vorstellungsgespräch verschoben auf Donnerstag, 5. Februar",
      "2026-01-26 08:12 +0100", """
Liebe Frau Brockmann-Uzor,

leider muss ich unseren Termin am Dienstag verschieben – Dr. Petersen ist an diesem Tag kurzfristig auf einer Fortbildung. Können wir stattdessen Donnerstag, 5. Februar, um 14:00 Uhr sagen? Ort und Ablauf bleiben gleich.

Die aktualisierte Kalendereinladung ist beigefügt. Entschuldigen Sie bitte die Umstände!

Herzliche Grüße
Katrin Vollmers
""", parent="dentaris_hh_invite", quote="outlook", html="alt", look="outlook",
      ics={"uid": DENTARIS_HH_UID, "seq": 1, "start": "20260205T140000", "end": "20260205T153000",
           "summary": "Vorstellungsgespräch Annelie Brockmann-Uzor (verschoben)",
           "location": "Dentaris Klinik Hamburg-Eppendorf, Eppendorfer Landstraße 88"}),

    m("weserlabor_resched", RS, "de", "Zahntechnik Weserlabor",
      "Hauke Rennecke <h.rennecke@weserlabor.example.de>",
      "AW: Vorstellungsgespräch Kaufmännische Laborleitung",
      "2026-02-03 07:58 +0100", """
Guten Morgen Frau Brockmann-Uzor,

mir ist leider ein Termin mit unserem Steuerberater dazwischengekommen, der sich nicht verlegen lässt. Können wir das Gespräch vom Donnerstag auf Montag, 9. Februar, 10:00 Uhr verschieben? Sonst geht auch Dienstag nachmittag.

Sorry für die Umstände!

Viele Grüße
Hauke Rennecke
""", parent="weserlabor_own_confirm", quote="gt", cs="iso-8859-1", cte="8bit"),

    m("linden_cancel", RS, "de", "MVZ am Klinikum Linden",
      "Renate Pfeiffer <renate.pfeiffer@klinikum-linden.example.de>",
      "Abgesagt: Auswahltag Leitung Patientenmanagement Ambulanz (27.03.)",
      "2026-03-23 16:40 +0100", """
Sehr geehrte Frau Brockmann-Uzor,

aufgrund eines Warnstreiks im Klinikum müssen wir den Auswahltag am Freitag, 27. März, leider absagen. Die Termineinladung ziehe ich hiermit zurück.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Einen Ersatztermin teilen wir Ihnen voraussichtlich in der kommenden Woche mit.

Mit freundlichen Grüßen
Renate Pfeiffer
Personalservice MVZ am Klinikum Linden
Tel. 0511 555 2240

Klinikum Linden gGmbH · Sitz Hannover · Registergericht Hannover HRB 55501
""", parent="linden_invite", cs="windows-1252", cte="quoted-printable",
      organizer="Renate Pfeiffer <renate.pfeiffer@klinikum-linden.example.de>",
      ics={"method": "CANCEL", "uid": "ac-7731-20260327@klinikum-linden.example.de", "seq": 2,
           "start": "20260327T090000", "end": "20260327T153000",
           "summary": "Auswahltag Leitung Patientenmanagement", "location": "Gebäude C, Raum 2.14"}),

    m("praxident_resched", RS, "de", "Praxident",
      "Jonas Behrens from Praxident <no-reply@ashbyhq.com>",
      "Dein Interview wurde verschoben",
      "2026-03-20 15:31 +0100", """
Hi Annelie,

leider muss ich unseren Call am Montag verschieben, da ich an dem Tag bei einem Kunden vor Ort bin. Der neue Termin ist Donnerstag, 26. März, 10:00 Uhr – der Meeting-Link bleibt derselbe.

Falls das nicht passt, wähl einfach über den Link in der ersten Mail einen anderen Slot.

Viele Grüße
Jonas
""", sys=True, html="only", look="ats", brand="Praxident"),

    m("vitalis_hollmann_resched", RS, "de", "Zahnarztpraxis Dr. Hollmann",
      "Melanie Oltmanns <m.oltmanns@vitalis-personal.example.de>",
      "Terminänderung Dr. Hollmann",
      "2026-03-27 12:06 +0100", """
Hallo Frau Brockmann-Uzor,

kurze Info: Dr. Hollmann hat heute angerufen, ihr Kind ist krank und sie muss das Gespräch am Montag verschieben. Neuer Vorschlag der Praxis: Donnerstag, 2. April, 18:00 Uhr, gleiche Adresse.

Geben Sie mir bitte kurz Bescheid, ob das klappt, dann bestätige ich es der Praxis.

Viele Grüße
Melanie Oltmanns
Vitalis Personal · T 0421 555 81 20
""", parent="vitalis_hollmann_invite", quote="gt"),

    m("rheinknie_resched", RS, "de", "Zahnzentrum Rheinknie",
      "Corinne Spälti <c.spaelti@rheinknie-zahnzentrum.example.ch>",
      "Verschiebung unseres Gesprächs vom 23. April",
      "2026-04-21 08:03 +0200", """
Guten Tag Frau Brockmann-Uzor

Leider ist Dr. Gisler am Donnerstag wegen eines Notfalls in der Chirurgie gebunden. Wir müssen unser Gespräch daher verschieben.

Wäre Ihnen Dienstag, 28. April, 17.00 Uhr recht? Der Teams-Link bleibt gültig.

Entschuldigen Sie bitte die Umstände.

Freundliche Grüsse
Corinne Spälti
Zahnzentrum Rheinknie
""", parent="rheinknie_invite", subj_enc=("iso-8859-1", "B")),

    m("helvemed_resched_de", RS, "de", "Helvemed",
      "Reto Baumgartner <reto.baumgartner@helvemed.example.ch>",
      "AW: Helvemed – Einladung zum Interview – Terminverschiebung",
      "2026-06-18 17:12 +0200", """
Guten Tag Frau Brockmann-Uzor

Frau Roth ist nächste Woche leider krankheitsbedingt abwesend. Wir verschieben das Interview daher um eine Woche auf Dienstag, 30. Juni, gleiche Uhrzeit (10.30 Uhr).

Falls Sie Ihre Bahntickets bereits gebucht haben, übernehmen wir selbstverständlich die Umbuchungskosten.

Freundliche Grüsse
Reto Baumgartner
HR Business Partner, Helvemed
""", parent="helvemed_invite_de", quote="outlook", html="alt", look="outlook"),

    m("hansa_resched", RS, "de", "Dentaltechnik Hansa",
      "Svenja Lührs von Dentaltechnik Hansa <svenja.luehrs@teamtailor-mail.com>",
      "Neuer Termin für dein Kennenlernen",
      "2026-04-24 11:49 +0200", """
Hallo Annelie,

wir müssen unser Kennenlernen am Dienstag leider verschieben, weil an dem Tag unsere Fräsmaschinen gewartet werden und das ganze Team eingebunden ist.

Neuer Vorschlag: Donnerstag, 30. April, 13:00 Uhr. Bestätige den Termin einfach hier: https://dentaltechnik-hansa.teamtailor.example/meetings/3391

Liebe Grüße
Svenja
""", sys=True, html="only", look="ats", brand="Dentaltechnik Hansa"),

    # ================= reschedule / cancel, English =================
    m("zernike_resched", RS, "en", "Zernike Dental Group",
      "Femke Dijkstra <femke.dijkstra@zernikedental.example.nl>",
      "Re: Interview confirmed - small change of plan",
      "2026-02-16 16:08 +0100", """
Hi Annelie,

Unfortunately Pieter has been called into a board meeting on Thursday, so we need to move our interview. Could we do Monday 23 February at 10:00 instead? Same video link.

Apologies for the short notice, and thanks for your flexibility.

Best,
Femke
""", parent="zernike_own_confirm", quote="gt"),

    m("noorderzorg_postponed", RS, "en", "Noorderzorg Outpatient Centre",
      "Marit Hoekstra <m.hoekstra@noorderzorg.example.nl>",
      "Postponement of interview 11 August",
      "2026-08-06 15:27 +0200", """
Dear Ms Brockmann-Uzor,

I regret to inform you that the interview scheduled for Tuesday 11 August has to be postponed, as two members of the selection committee are unavailable due to illness.

Your application remains under consideration. We expect to be able to propose a new date in the second half of August and will contact you as soon as possible.

Our apologies for any inconvenience.

Yours sincerely,
Marit Hoekstra
HR Advisor, Noorderzorg Outpatient Centre
""", parent="noorderzorg_invite", html="alt", look="outlook", cs="iso-8859-1",
      cte="quoted-printable"),

    m("groningen_dentaris_resched", RS, "en", "Dentaris",
      "Joost van der Meulen <joost.vandermeulen@dentaris.example.nl>",
      "Updated invitation: interview Clinic Manager Groningen-Zuid (now 16 April)",
      "2026-04-13 18:02 +0200", """
Hi Annelie,

Small change: the builders need the clinic on Wednesday morning for the final inspection, so I've moved our interview to Thursday 16 April at 11:00. The updated invitation is attached.

See you then!
Joost
""", parent="groningen_dentaris_invite",
      ics={"uid": "gz-clinic-mgr-0415@dentaris.example.nl", "seq": 1,
           "start": "20260416T110000", "end": "20260416T120000", "tz": "Europe/Amsterdam",
           "summary": "Interview Annelie Brockmann-Uzor - Clinic Manager (moved)",
           "location": "Dentaris Groningen-Zuid, Paterswoldseweg 210"}),

    # ================= reschedule / cancel, French =================
    m("kleber_resched", RS, "fr", "Centre dentaire Kléber",
      "Nathalie Schaeffer <n.schaeffer@centre-kleber.example.fr>",
      "RE: Invitation à un entretien – report",
      "2026-03-02 13:36 +0100", """
Bonjour Madame Brockmann-Uzor,

Je suis désolée, mais le Dr Heitz doit assurer une urgence chirurgicale demain après-midi. Nous devons donc reporter notre entretien.

Pourriez-vous venir le mardi 10 mars à 14 h, au même endroit ? Merci de me confirmer.

Bien cordialement,
Nathalie Schaeffer
Centre dentaire Kléber
""", parent="kleber_invite", quote="gt", cs="windows-1252", cte="quoted-printable"),

    m("saintjean_resched", RS, "fr", "Orthodontie Saint-Jean",
      "Léa Bürgin <lea.buergin@ortho-saintjean.example.ch>",
      "Changement de date – journée d'essai",
      "2026-09-22 10:11 +0200", """
Bonjour Madame Brockmann-Uzor,

Je vous écris de la part du Dr Favre : un contrôle de l'inspection cantonale a été fixé au mardi 29 septembre. Votre journée d'essai est donc déplacée au mercredi 30 septembre, même horaire (8 h – 13 h).

Merci de nous confirmer que cela vous convient.

Meilleures salutations,
Léa Bürgin
Assistante en orthodontie – réception
Orthodontie Saint-Jean
""", parent="saintjean_invite", name_enc=("iso-8859-1", "Q"), cs="windows-1252"),

    # ================= reschedule / cancel, Spanish =================
    m("malaga_resched", RS, "es", "Dentaris Clínicas",
      "Lucía Ortega Benítez <lucia.ortega@dentaris.example.es>",
      "Actualizada: Entrevista – cambio de hora",
      "2026-06-05 09:40 +0200", """
Hola Annelie:

Te escribo para cambiar la hora de la entrevista del martes: Marta tiene un vuelo a primera hora y no llega hasta el mediodía. ¿Te parece bien a las 16:30 el mismo día, 9 de junio? Te reenvío la convocatoria actualizada.

Perdona las molestias.

Lucía
""", parent="malaga_invite", html="alt",
      ics={"uid": "mlg-coord-20260609@dentaris.example.es", "seq": 1,
           "start": "20260609T163000", "end": "20260609T173000", "tz": "Europe/Madrid",
           "summary": "Entrevista Annelie Brockmann-Uzor (nueva hora)",
           "location": "Calle Larios 14, Málaga"}),

    m("virgen_resched", RS, "es", "Hospital Virgen del Puerto",
      "Hospital Virgen del Puerto - Selección <noreply@icims.com>",
      "Aplazamiento de la prueba de selección (Ref. CEX-2291)",
      "2026-08-14 13:22 +0200", """
Estimada Sra. Brockmann-Uzor:

Por motivos organizativos, la prueba de selección prevista para el 19 de agosto queda aplazada. La nueva fecha se comunicará a todas las personas convocadas con al menos siete días de antelación.

Disculpe las molestias.

Atentamente,
Departamento de Recursos Humanos
Hospital Virgen del Puerto
""", sys=True, cs="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q")),

    # ================= missed interview notices =================
    m("praxident_missed", MISS, "de", "Praxident",
      "Jonas Behrens <jonas.behrens@praxident.example.de>",
      "Wir haben dich heute im Call vermisst",
      "2026-03-26 10:24 +0100", """
Hi Annelie,

wir waren heute um 10:00 Uhr im Video-Call und haben etwa 15 Minuten auf dich gewartet. Ich hoffe, es ist nichts Schlimmes passiert!

Falls es ein technisches Problem war oder dir etwas dazwischengekommen ist, melde dich gern. Dann schauen wir, ob wir noch einen neuen Termin finden.

Viele Grüße
Jonas Behrens
Team Lead Customer Success · Praxident
"""),

    m("medidepot_missed", MISS, "de", "MediDepot Nord",
      "Sandra Kowalczyk <sandra.kowalczyk@medidepot.example.de>",
      "Telefoninterview heute – leider nicht erreicht",
      "2026-03-05 14:22 +0100", """
Guten Tag Frau Brockmann-Uzor,

zum vereinbarten Telefoninterview heute um 14:00 Uhr habe ich Sie zweimal unter Ihrer Mobilnummer angerufen, Sie aber leider nicht erreicht. Auf der Mailbox habe ich eine Nachricht hinterlassen.

Wenn Sie weiterhin Interesse haben, wählen Sie bitte bis Montag einen neuen Termin im Kandidatenportal.

Freundliche Grüße
Sandra Kowalczyk
Talent Acquisition Specialist
MediDepot Nord GmbH & Co. KG · Vahrenwalder Straße 301 · 30179 Hannover
""", cs="windows-1252", cte="quoted-printable"),

    m("vitalis_missed", MISS, "de", "MVZ Zahnmedizin Eversten",
      "Melanie Oltmanns <m.oltmanns@vitalis-personal.example.de>",
      "Videogespräch heute 11 Uhr – alles in Ordnung?",
      "2026-05-13 11:37 +0200", """
Hallo Frau Brockmann-Uzor,

der Kunde – jetzt darf ich es ja sagen: das MVZ Zahnmedizin Eversten – hat sich eben bei mir gemeldet. Sie waren um 11 Uhr nicht im Videogespräch, man hat zwanzig Minuten gewartet. Ich habe Sie auch zweimal auf dem Handy versucht.

Bitte melden Sie sich kurz bei mir, damit ich dem Kunden etwas sagen kann. Vielleicht lässt sich noch etwas retten.

Viele Grüße
Melanie Oltmanns
Vitalis Personal · M 0170 555 3391
""", parent="vitalis_unnamed_invite", quote="gt"),

    m("hansa_missed", MISS, "de", "Dentaltechnik Hansa",
      "Svenja Lührs <svenja.luehrs@dentaltechnik-hansa.example.de>",
      "Heute 13 Uhr",
      "2026-04-30 13:48 +0200", """
Hallo Annelie,

wir hatten uns heute um 13 Uhr bei uns im Labor verabredet – leider bist du nicht gekommen und telefonisch konnten wir dich auch nicht erreichen.

Ist vielleicht etwas mit der Bestätigung schiefgelaufen? Wenn du noch Interesse hast, schreib mir einfach.

Liebe Grüße
Svenja Lührs
People & Culture · Dentaltechnik Hansa · Große Elbstraße 145 · 22767 Hamburg
"""),

    m("bremen_dentaris_missed", MISS, "de", "Dentaris Zahnkliniken",
      "Aylin Kaya <aylin.kaya@dentaris.example.de>",
      "Ihr Termin heute in Schwachhausen",
      "2026-05-28 16:19 +0200", """
Sehr geehrte Frau Brockmann-Uzor,

laut unserem Buchungssystem waren Sie heute um 15:00 Uhr zum Gespräch bei uns in der Klinik Schwachhausen angemeldet. Dr. Friedrichs und ich haben bis 15:30 Uhr auf Sie gewartet.

Wir gehen davon aus, dass etwas dazwischengekommen ist. Möchten Sie einen neuen Termin vereinbaren, antworten Sie bitte einfach auf diese E-Mail.

Mit freundlichen Grüßen
Aylin Kaya
Praxismanagement, Dentaris Klinik Bremen-Schwachhausen
Schwachhauser Heerstraße 204 · 28211 Bremen
""", html="alt", cte="base64"),

    m("hanze_missed", MISS, "en", "Hanze Tandtechniek",
      "Ruben Wiersma <ruben@hanzetandtechniek.example.nl>",
      "Tried to call you",
      "2026-04-24 09:52 +0200", """
Hi Annelie,

I tried calling you at 9:30 as agreed, twice, but it went straight to voicemail. Maybe the Dutch country code caused a problem?

No worries - let me know when you're free next week and we'll try again.

Cheers,
Ruben
""", parent="hanze_invite", quote="gt"),

    m("meridian_missed", MISS, "en", "Meridian Health Search",
      "Oliver Hartigan <oliver.hartigan@meridianhealth.example.co.uk>",
      "Missed call with my client this afternoon",
      "2026-03-26 15:41 +0000", """
Hi Annelie,

My client's COO has just been in touch to say that you didn't join the video call at 15:00 CET. She waited for a quarter of an hour and sent a message in the meeting chat.

I hope everything is OK. Please give me a ring as soon as you can so I can explain the situation to the client - I'd hate for this to end your candidacy over a misunderstanding.

Best,
Oliver
""", html="alt", cte="quoted-printable"),

    m("kleber_missed", MISS, "fr", "Centre dentaire Kléber",
      "Nathalie Schaeffer <n.schaeffer@centre-kleber.example.fr>",
      "Entretien de ce jour",
      "2026-03-10 15:02 +0100", """
Bonjour Madame Brockmann-Uzor,

Nous vous attendions cet après-midi à 14 h pour votre entretien avec le Dr Heitz. Ne vous voyant pas arriver, j'ai essayé de vous joindre sur votre portable, sans succès.

Pourriez-vous me faire savoir ce qu'il s'est passé ?

Bien cordialement,
Nathalie Schaeffer
Directrice administrative – Centre dentaire Kléber
""", parent="kleber_resched", cs="windows-1252", cte="8bit"),

    m("prothese_alsace_missed", MISS, "fr", "Laboratoire Prothèse Alsace",
      "Julien Muller <julien.muller@prothese-alsace.example.fr>",
      "Notre rendez-vous téléphonique",
      "2026-04-15 10:31 +0200", """
Bonjour Madame,

Je vous ai appelée ce matin à 10 h comme convenu, puis une seconde fois à 10 h 15, mais je suis tombé sur votre messagerie.

Si vous êtes toujours intéressée par le poste, rappelez-moi au 03 88 55 63 09 ou proposez-moi un autre créneau.

Cordialement,
Julien Muller
""", html="alt", cte="quoted-printable"),

    m("dentalnube_missed", MISS, "es", "DentalNube",
      "Pablo Ruiz <pablo.ruiz@dentalnube.example.es>",
      "No te vimos en la videollamada",
      "2026-07-09 12:26 +0200", """
¡Hola Annelie!

Te estuvimos esperando en el Meet a las 12:00, pero no llegaste a conectarte. ¿Ha pasado algo? A lo mejor hubo un lío con la diferencia horaria.

Si sigues interesada, dime un par de huecos esta semana o la que viene y lo reorganizamos.

Un saludo,
Pablo
""", parent="dentalnube_invite", cs="iso-8859-1", cte="8bit"),
]
