"""Interview invitations of the 82nd corpus (data only)."""

from msgs82_spec import M

IV = "interview_invitation"

MESSAGES = [
    M(IV, "telefoninterview_sie", "de", "Helvetia Biologics", "anja.steiner@helvetiabio.example.ch",
      "Anja Steiner <anja.steiner@helvetiabio.example.ch>",
      "Einladung zum Telefoninterview – Senior Specialist Pharmacovigilance", "2026-01-15T10:22+01:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Herzlichen Dank für Ihre Bewerbung. Ihr Profil hat uns angesprochen und wir möchten Sie gerne in einem ersten Telefoninterview (ca. 30 Minuten) näher kennenlernen.

Hätten Sie am Dienstag, 20. Januar, um 10:00 Uhr oder am Mittwoch, 21. Januar, um 14:30 Uhr Zeit? Ich würde Sie unter der in Ihrem Lebenslauf angegebenen Nummer anrufen.

Bitte bestätigen Sie mir kurz einen der Termine.

Freundliche Grüsse

Anja Steiner
Talent Acquisition Partner
Helvetia Biologics AG
Grenzacherstrasse 90 | 4058 Basel
Tel. +41 61 555 77 80
"""),

    M(IV, "videointerview_teams_ics", "de", "Cardiolux", "tobias.meier@cardiolux.example.de",
      "Meier, Tobias <tobias.meier@cardiolux.example.de>", "Videointerview Cardiolux – Quality Manager MDR",
      "2026-02-02T13:05+01:00",
      """Hallo Frau Lindqvist-Mensah,

wie telefonisch besprochen sende ich Ihnen hiermit die Einladung für unser Videointerview am Montag, 9. Februar 2026, 11:00–12:00 Uhr via Microsoft Teams.

Teilnehmen werden Frau Dr. Sommer (Head of QA/RA) und ich.

Bei Fragen erreichen Sie mich jederzeit.

Viele Grüße
Tobias Meier
Recruiting | Cardiolux GmbH
Am Sandtorkai 50 · 20457 Hamburg

Microsoft Teams-Besprechung
Jetzt an der Besprechung teilnehmen: https://teams.microsoft.example.com/l/meetup-join/19%3ameeting_ZmQ4
Besprechungs-ID: 381 552 190 44
""", ics={"start": "20260209T100000Z", "end": "20260209T110000Z", "stamp": "20260202T120500Z",
          "summary": "Videointerview Cardiolux – D. Lindqvist-Mensah", "org_name": "Meier, Tobias",
          "org": "tobias.meier@cardiolux.example.de"}),

    M(IV, "fachgespraech_du_startup", "de", "Medvio", "kathi@medvio.example.de",
      "Kathi Brandt <kathi@medvio.example.de>", "Nächster Schritt 🙂", "2026-02-24T17:40+01:00",
      """Hey Dorothea,

danke für das nette Kennenlerngespräch heute! Wir würden gern weitermachen: als nächstes ein Fachgespräch mit Jonas (unser VP Regulatory) und Aylin aus dem Clinical Team, ca. 60 min, remote.

Such dir einfach einen Slot raus, der dir passt: https://calendly.example.com/medvio-hiring/fachgespraech

Freu mich!
Kathi

Kathi Brandt · People Lead · Medvio GmbH · Berlin
"""),

    M(IV, "assessment_center_versicherung", "de", "Swisscura Krankenversicherung", "assessment@swisscura.example.ch",
      "Swisscura Personalgewinnung <assessment@swisscura.example.ch>",
      "Einladung Assessment-Center – Leiterin Compliance Leistungen", "2026-03-02T08:15+01:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Wir freuen uns, Sie zur nächsten Runde unseres Auswahlverfahrens einzuladen.

Assessment-Center
Datum: Donnerstag, 12. März 2026
Zeit: 08:30 bis ca. 15:30 Uhr
Ort: Swisscura, Laupenstrasse 27, 3008 Bern, Empfang Gebäude B

Bestandteile: Präsentation einer Fallstudie (Unterlagen erhalten Sie eine Woche vorher), Rollenspiel, Interview mit der Geschäftsleitung.

Bitte bringen Sie einen aktuellen Strafregisterauszug mit. Bestätigen Sie Ihre Teilnahme bitte bis 5. März durch Antwort auf diese E-Mail.

Freundliche Grüsse

Swisscura Krankenversicherung AG
Personalgewinnung
Monika Gerber
""", fmt="qp"),

    M(IV, "headhunter_kunde_will_treffen", "de", "Rhenova Pharma Services", "s.vogt@vogt-search.example.ch",
      "Stefan Vogt <s.vogt@vogt-search.example.ch>", "Gute Nachrichten!!", "2026-03-11T12:02+01:00",
      """Liebe Dorothea

Super News!!! Rhenova Pharma Services möchte dich unbedingt kennenlernen!! Der Head of Clinical Operations, Dr. Albrecht, hat dein Profil gesehen und war begeistert.

Vorschlag für ein erstes Gespräch vor Ort in Basel:
- Mo 16.3. 14:00
- Di 17.3. 09:00
- Mi 18.3. 16:00

Sag mir einfach welcher Termin passt, ich koordiniere alles. Dresscode Business casual :)

Herzliche Grüsse
Stefan

Stefan Vogt | Partner
Vogt Search Zürich | Bahnhofstrasse 51 | 8001 Zürich
+41 44 555 90 10
"""),

    M(IV, "d_vinci_einladung_behoerde", "de", "Bezirksregierung Niederrhein-Süd", "m.schulte@brns.example.de",
      "Bezirksregierung Niederrhein-Süd <bewerbermanagement-noreply@dvinci-easy.com>",
      "Einladung zum Vorstellungsgespräch – Dezernat 24 Arzneimittelüberwachung", "2026-04-01T10:00+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

Sie haben sich auf die Stelle einer Pharmazierätin / eines Pharmazierats (Dezernat 24, Arzneimittelüberwachung) beworben. Wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen.

Termin: Mittwoch, 15. April 2026, 10:30 Uhr
Ort: Dienstgebäude Cecilienallee 2, Raum 312

Bitte teilen Sie uns über das Bewerberportal mit, ob Sie den Termin wahrnehmen können. Reisekosten können nach dem Landesreisekostengesetz nicht erstattet werden.

Mit freundlichen Grüßen
Im Auftrag
Dezernat 11 – Personal
Bezirksregierung Niederrhein-Süd
""", fmt="html", logo="Bezirksregierung Niederrhein-Süd",
      reply_to='"Schulte, Martina" <m.schulte@brns.example.de>'),

    M(IV, "praesentation_gremium_uni", "de", "Universitätsspital Rheinau", "berufungen@usr.example.ch",
      "Stab Personal USR <berufungen@usr.example.ch>",
      "Präsentation vor der Findungskommission – Leitung Clinical Trial Unit", "2026-04-16T14:45+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Die Findungskommission hat Ihre Bewerbung für die Leitung der Clinical Trial Unit mit grossem Interesse geprüft. Wir laden Sie ein, sich am 6. Mai 2026 um 13:15 Uhr der Kommission vorzustellen.

Vorgesehen sind ein Kurzvortrag (15 Minuten) zum Thema «Qualitätssicherung in investigator-initiierten Studien» und ein anschliessendes Gespräch von rund 45 Minuten.

Für Rückfragen steht Ihnen Frau Eva Lüthi (Tel. 061 555 21 09) gerne zur Verfügung.

Mit freundlichen Grüssen
Universitätsspital Rheinau
Direktion Personal
"""),

    M(IV, "kurze_mail_teamleiter", "de", "Brennwald Labs", "r.ochsner@brennwald-labs.example.ch",
      "Ruedi Ochsner <r.ochsner@brennwald-labs.example.ch>", "kurzer call?", "2026-05-04T07:58+02:00",
      """Guten Morgen Frau Lindqvist-Mensah,
hätten Sie diese Woche Zeit für einen kurzen Call (20min) zu der QA-Stelle? Do oder Fr nachmittag wäre ideal.
Gruss R. Ochsner
Leiter QA, Brennwald Labs
"""),

    M(IV, "karriere_at_zweitgespraech", "de", "Pharmawerk Tirol", "lisa.hofer@pharmawerk-tirol.example.at",
      "Lisa Hofer <lisa.hofer@pharmawerk-tirol.example.at>", "Re: Ihre Bewerbung über karriere.at",
      "2026-05-26T11:33+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah,

vielen Dank für das erste Gespräch. Wir würden Sie gerne zu einem zweiten Gespräch mit unserem Werksleiter und der Qualified Person nach Kufstein einladen.

Wäre Ihnen der 3. Juni um 10 Uhr recht? Die Anreisekosten übernehmen wir selbstverständlich. Eine kurze Frage vorab: benötigen Sie für Österreich eine Arbeitsbewilligung bzw. Rot-Weiß-Rot-Karte, oder sind Sie EU-/EWR-Bürgerin?

Beste Grüße
Lisa Hofer
Personalabteilung
Pharmawerk Tirol GmbH
""", quote=[("de", "20.05.2026 um 08:11", "Dorothea Lindqvist-Mensah <dorothea.lm@example.ch>",
             "Liebe Frau Hofer,\n\nvielen Dank nochmals für das angenehme Telefonat.\n\nBeste Grüße\nDorothea Lindqvist-Mensah")]),

    M(IV, "teamtailor_selbstbuchung", "de", "Nordlicht Diagnostik", "",
      "Nordlicht Diagnostik <notifications@mail.teamtailor.com>",
      "Buche dein Interview mit Nordlicht Diagnostik", "2026-06-15T09:00+02:00",
      """Hallo Dorothea,

wir freuen uns, dich in die nächste Runde für die Position Regulatory Affairs Specialist IVD einzuladen!

Bitte wähle über den folgenden Link einen passenden Termin für dein Videointerview (45 Minuten) mit unserem Team:

https://nordlicht.teamtailor.example.com/meetings/8f2c11/book

Wir freuen uns auf das Gespräch!
Dein Nordlicht-Team
""", fmt="alt", logo="Nordlicht Diagnostik"),

    M(IV, "gl_gespraech_klinik", "de", "Klinik Seeblick", "direktion@klinik-seeblick.example.ch",
      "Direktion Klinik Seeblick <direktion@klinik-seeblick.example.ch>",
      "Gespräch mit der Geschäftsleitung", "2026-08-20T15:20+02:00",
      """Sehr geehrte Frau Lindqvist-Mensah

Nach dem ersten Gespräch mit Frau Bosshard möchten wir Sie gerne zu einem Gespräch mit der Geschäftsleitung einladen. Vorgesehen ist Freitag, 28. August, 09:00 Uhr, in Horgen.

Wir bitten Sie ausserdem, uns zwei Referenzpersonen zu nennen, bei denen wir nach dem Gespräch eine Referenzauskunft einholen dürfen.

Freundliche Grüsse
Dr. med. Urs Fankhauser
Direktor
Klinik Seeblick AG
""", fmt="cp1252"),

    M(IV, "zweite_runde_xing_recruiter", "de", "Lifenta", "amelie.koenig@lifenta.example.de",
      "Amélie König <amelie.koenig@lifenta.example.de>",
      "Einladung zur zweiten Runde", "2026-09-15T16:01+02:00",
      """Liebe Frau Lindqvist-Mensah,

ich freue mich, Ihnen mitteilen zu können, dass wir Sie gerne zur zweiten Gesprächsrunde für die Position Market Access Manager einladen möchten. Das Gespräch findet in unserem Büro in München statt, mit unserem Director Market Access und einer Kollegin aus Health Economics.

Bitte schicken Sie mir bis Freitag drei mögliche Termine in der KW 40.

Herzliche Grüße
Amélie König
Senior Recruiterin | Lifenta GmbH
Leopoldstraße 244, 80807 München
""", enc_subject=True),

    M(IV, "temporaerbuero_weitergeleitet", "de", "Rheinknie Diagnostics", "f.roth@tempora-stellen.example.ch",
      "Fabienne Roth <f.roth@tempora-stellen.example.ch>", "WG: Einladung Vorstellungsgespräch QA Associate",
      "2026-10-05T08:20+02:00",
      """Guten Morgen Frau Lindqvist-Mensah

Untenstehend die Einladung von Rheinknie Diagnostics für das Vorstellungsgespräch (Temporäreinsatz mit Option auf Festanstellung). Bitte bestätigen Sie mir den Termin direkt, ich gebe es dann an den Kunden weiter.

Für den Einsatz benötigen wir noch Ihre Arbeitsbewilligung (Ausweis B oder C) in Kopie.

Freundliche Grüsse
Fabienne Roth
Tempora Stellen Basel
Aeschenvorstadt 21, 4051 Basel
Tel. +41 61 555 40 40
""", fwd_to="Fabienne Roth <f.roth@tempora-stellen.example.ch>", quote=[("fwd_de", "Fr., 2. Okt. 2026 um 16:41", "Daniel Frey <daniel.frey@rheinknie-dx.example.ch>",
             "Hallo Fabienne\n\ndie Kandidatin Lindqvist-Mensah würden wir gern am Mittwoch, 7. Oktober, um 13:30 Uhr bei uns in Allschwil zum Gespräch sehen (ca. 1 Std., mit QA-Leiter und mir).\n\nGruss\nDaniel Frey\nTeamleiter Quality Control\nRheinknie Diagnostics AG")]),

    # English
    M(IV, "goodtime_panel_en", "en", "Arcadia Biosciences", "",
      "Arcadia Biosciences Recruiting <scheduling@goodtime.example.io>",
      "Action required: choose your interview times with Arcadia Biosciences", "2026-02-09T19:30+01:00",
      """Hi Dorothea,

We'd love to move you to the next stage for Director, Clinical Operations (EU). The next step is a virtual panel of three 45-minute conversations.

Please choose the times that work best for you here:
https://app.goodtime.example.io/schedule/arcadia/7XK2PQ

If none of the times work, just reply to your recruiter, Hannah Lee (hannah.lee@arcadiabio.example.com).

Thanks,
Arcadia Biosciences Recruiting
""", reply_to="Hannah Lee <hannah.lee@arcadiabio.example.com>"),

    M(IV, "quick_chat_agency_en", "en", "Solvane", "ryan.oconnell@bluepeak-recruit.example.co.uk",
      "Ryan O'Connell <ryan.oconnell@bluepeak-recruit.example.co.uk>", "Quick chat?", "2026-02-26T11:11+00:00",
      """Hi Dorothea!!

Hope you're well! I've just had Solvane's hiring manager back on the QA Lead (Zug, hybrid) and they LOVED your CV!! They'd like to do a 30 min intro call with you this week - would you be free for a quick chat Thursday or Friday afternoon?

Let me know and I'll lock it in!!

Cheers,
Ryan

Ryan O'Connell | Principal Consultant - Life Sciences
BluePeak Recruitment | London | Zurich
+44 20 5550 1834
"""),

    M(IV, "workday_interview_schedule", "en", "Corvantis", "",
      "Corvantis <corvantis@myworkday.com>",
      "Corvantis: Please schedule your interview", "2026-03-23T15:00+01:00",
      """Dear Dorothea,

Congratulations! You have been selected to interview for the position of Manager, Global Regulatory Affairs - Medical Devices (R-118823).

Please log in to your Candidate Home account to select an interview time that suits you from the available slots:
https://corvantis.wd3.myworkday.example.com/en-US/Careers/userHome

Interview format: video interview (Zoom), 60 minutes, with the hiring manager.

Best regards,
Corvantis Talent Acquisition
""", fmt="html", logo="Corvantis"),

    M(IV, "onsite_boston", "en", "Halcyon Genomics", "erin.walsh@halcyongenomics.example.com",
      "Erin Walsh <erin.walsh@halcyongenomics.example.com>", "Onsite interview - Halcyon Genomics",
      "2026-04-28T14:40-04:00",
      """Hi Dorothea,

Great news - the team would like to bring you onsite in Boston for the final round for the Senior Manager, Quality Compliance role. We'll cover flights and one night at the hotel.

Proposed date: Thursday May 14, 9:00am-3:00pm ET (meetings with QA, Clinical Ops, our CMO, and lunch with the team). Our travel coordinator will reach out once you confirm.

Does that work?

Best,
Erin

Erin Walsh
Senior Recruiter, Halcyon Genomics
m: +1 617 555 0142
""", fmt="alt", logo="Halcyon Genomics"),

    M(IV, "indian_owned_technical_round", "en", "Vedanshi Biopharma Europe", "ankit.sharma@vedanshibio.example.com",
      "Ankit Sharma <ankit.sharma@vedanshibio.example.com>", "Interview schedule - Technical round",
      "2026-06-03T07:05+02:00",
      """Dear Dorothea,

Greetings of the day!

We are pleased to inform you that you have been shortlisted for the technical round of interview for the position of Lead - Pharmacovigilance (Europe).

Details are as below:
Date: 08-Jun-2026
Time: 11:00 AM CEST
Mode: Microsoft Teams (link will be shared separately)
Panel: Dr. R. Iyer, Head - Drug Safety

Kindly confirm your availability at the earliest and do revert in case the slot is not convenient.

Regards,
Ankit Sharma
Talent Acquisition | Vedanshi Biopharma Europe
"""),

    M(IV, "danish_invite_ics", "en", "Nordvig Pharma", "sofie.kjaer@nordvig.example.dk",
      "Sofie Kjær <sofie.kjaer@nordvig.example.dk>", "Invitation: Interview - Compliance Manager",
      "2026-07-13T09:48+02:00",
      """Dear Dorothea

Thank you for your application. We would like to invite you to a first interview via Teams on Tuesday 21 July at 13:00-14:00 CET with Lars Bech (Head of Compliance) and myself.

You will find a calendar invitation attached. Please accept it to confirm.

Kind regards
Sofie Kjær
HR Partner
Nordvig Pharma A/S
""", ics={"start": "20260721T110000Z", "end": "20260721T120000Z", "stamp": "20260713T074800Z",
          "summary": "Interview - Compliance Manager - Dorothea Lindqvist-Mensah", "org_name": "Sofie Kjær",
          "org": "sofie.kjaer@nordvig.example.dk"}),

    M(IV, "phone_screen_hm_casual", "en", "Tessellate Health", "maya@tessellate.example.com",
      "Maya Chen <maya@tessellate.example.com>", "Re: Your application", "2026-08-03T22:17+02:00",
      """Hi Dorothea - thanks for applying. Your background in MDR and clinical ops is exactly what we need. Are you around for a 20-min phone screen early next week? Mon/Tue anytime after 3pm your time works for me.

Maya
Head of Quality, Tessellate Health
""", quote=[("gmail", "Fri, Jul 31, 2026 at 10:03 AM", "Dorothea Lindqvist-Mensah <dorothea.lm@example.ch>",
             "Dear Ms Chen,\n\nPlease find attached my application for the Quality & Compliance Manager role.\n\nBest regards,\nDorothea Lindqvist-Mensah")]),

    M(IV, "singapore_case_presentation", "en", "Straits Medtech", "wei.ling.tan@straitsmedtech.example.sg",
      "Tan Wei Ling <wei.ling.tan@straitsmedtech.example.sg>", "Next steps - case presentation",
      "2026-09-28T04:30+02:00",
      """Hi Dorothea,

Thank you for your time with our Regional QA Director last week. We would like to invite you to the final stage: a 30-minute case presentation to the APAC leadership team followed by Q&A, via Zoom.

Please let me know your availability on 6, 7 or 8 October between 2pm and 5pm Singapore time. The case brief will be sent 48 hours before.

Best regards,
Wei Ling
Straits Medtech Pte. Ltd.
"""),

    # French
    M(IV, "entretien_visio_fr", "fr", "Biosanté Léman", "claire.dubois@biosante-leman.example.ch",
      "Claire Dubois <claire.dubois@biosante-leman.example.ch>",
      "Invitation à un entretien – Chargée d'affaires réglementaires", "2026-02-16T10:05+01:00",
      """Madame Lindqvist-Mensah,

Nous avons bien reçu votre candidature et nous vous en remercions. Votre profil a retenu toute notre attention et nous souhaiterions vous rencontrer lors d'un entretien en visioconférence.

Seriez-vous disponible le jeudi 26 février à 10h ou le vendredi 27 février à 15h ?

Dans l'attente de votre retour, je vous prie d'agréer, Madame, mes salutations distinguées.

Claire Dubois
Responsable Recrutement
Biosanté Léman SA – Genève
+41 22 555 18 30
""", fmt="latin1"),

    M(IV, "jobup_deuxieme_entretien", "fr", "Hôpital Intercantonal de la Broye", "rh@hib-broye.example.ch",
      "RH HIB <rh@hib-broye.example.ch>", "Deuxième entretien", "2026-05-18T13:40+02:00",
      """Bonjour Madame,

Suite à votre premier entretien, nous avons le plaisir de vous convier à un second entretien avec le Directeur des soins et la responsable qualité, le mardi 26 mai à 14h00, site de Payerne, bâtiment administratif.

Merci de nous confirmer votre présence par retour de mail.

Cordiales salutations

Service des ressources humaines
Hôpital Intercantonal de la Broye
"""),

    M(IV, "cabinet_recrutement_fr", "fr", "Laboratoire Chantemerle", "h.blanc@blanc-associes.example.fr",
      "Hugo Blanc <h.blanc@blanc-associes.example.fr>", "Poste Pharmacovigilance Lyon - rencontre client",
      "2026-08-25T18:05+02:00",
      """Bonjour Dorothea,

Bonne nouvelle : le Laboratoire Chantemerle souhaite vous rencontrer pour le poste de Responsable Pharmacovigilance ! Ils proposent un entretien sur site à Lyon le 2 ou le 3 septembre, en matinée.

Pouvez-vous me dire ce qui vous arrange ? Je m'occupe du reste.

Bien à vous,
Hugo Blanc
Blanc & Associés – Conseil en recrutement
06 55 55 41 22
"""),

    # Spanish
    M(IV, "entrevista_es_formal", "es", "Grupo Hospitalario Costa Blanca", "seleccion@ghcb.example.es",
      "Selección GHCB <seleccion@ghcb.example.es>", "Convocatoria a entrevista", "2026-03-30T12:20+02:00",
      """Estimada Sra. Lindqvist-Mensah:

Nos complace comunicarle que ha superado la primera fase del proceso de selección para el puesto de Responsable de Calidad Asistencial.

Le convocamos a una entrevista por videoconferencia el próximo jueves 9 de abril a las 11:00 h (hora peninsular). En breve recibirá el enlace de conexión.

Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,
Departamento de Selección
Grupo Hospitalario Costa Blanca
""", fmt="qp"),

    M(IV, "entrevista_es_casual", "es", "Clinivance", "pablo@clinivance.example.com",
      "Pablo Ortega <pablo@clinivance.example.com>", "¿Hablamos?", "2026-07-22T16:44+02:00",
      """Hola Dorothea,

¡Gracias por tu candidatura para Clinical Operations Lead! Me encantaría tener una primera llamada contigo para conocerte y contarte más sobre el equipo. ¿Te viene bien el lunes o el martes por la tarde? Puedes elegir hueco aquí: https://calendly.example.com/pablo-clinivance/30min

¡Un saludo!
Pablo
Talent @ Clinivance
"""),
]
