"""Corpus 331: interview invitations, moved or cancelled interviews, and missed-interview notices.
Hand-written."""

from __future__ import annotations

from msgs331_common import html_page, ics, paras

KM = ("Kirsten Meiners | ProTempo", "k.meiners@protempo.example.de")
TK = ("Thorsten Kessler", "t.kessler@kessler-partner.example.de")
GW = ("Wübbena, Gesine", "g.wuebbena@wesermuende.example.de")
JW = ("Jonas Wiebe", "jonas@klarblick.example.de")
NH = ("Freja Lund", "freja@nordhavn-studio.example.dk")
PW = ("Sanne de Wit", "sanne.dewit@pulsewise.example.nl")
HU = ("Hugo Lefèvre", "hugo@santeo.example.fr")
LG = ("Laure Garnier", "l.garnier@vernier-conseil.example.fr")
CN = ("Carla Navarro", "c.navarro@talentomed.example.es")
VM = ("Montserrat Rius i Pons", "mrius@vilanovademar.example.cat")
PH = ("Ben Hinrichs", "ben@pixelhafen.example.de")

MESSAGES = [
    # ---------------- invitations, de
    {
        "key": "hansetakt_ac_einladung", "kind": "interview_invitation", "lang": "de",
        "company": "Hansetakt Verkehrsbetriebe", "contact": "",
        "frm": ("Hansetakt Verkehrsbetriebe", "hansetakt-recruiting@successfactors.eu"),
        "subject": "Einladung zum Assessment-Center am 15. April 2026",
        "date": "2026-03-24 12:00 +0000",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

wir freuen uns, Sie zu unserem Assessment-Center für die Stelle „UX Researcher
Fahrgastinformation“ einzuladen.

Termin: Mittwoch, 15. April 2026, 8:30 bis ca. 16:00 Uhr
Ort: Hansetakt Verkehrsbetriebe, Betriebshof Barmbek, Fuhlsbüttler Str. 210, 22305 Hamburg

Ablauf: Gruppenübung, Präsentation einer vorbereiteten Aufgabe (siehe Anhang), Interview
mit dem Fachbereich. Bitte bestätigen Sie Ihre Teilnahme bis zum 31. März über Ihr
Bewerberkonto. Fahrtkosten erstatten wir nach dem Bundesreisekostengesetz.

Mit freundlichen Grüßen
Hansetakt Verkehrsbetriebe – Personalgewinnung
""",
        "attach": [("Vorbereitungsaufgabe_AC.pdf", [
            "Hansetakt Verkehrsbetriebe - Assessment-Center 15.04.2026",
            "Aufgabe: Skizzieren Sie einen Forschungsplan zur Fahrgastinformation",
            "bei Stoerungen im Busnetz (max. 10 Minuten Praesentation)."])],
        "cte": "quoted-printable",
    },
    {
        "key": "kessler_hafenlicht_einladung", "kind": "interview_invitation", "lang": "de",
        "company": "Hafenlicht Versicherung", "contact": TK[1],
        "frm": TK, "subject": "Gesprächstermin bei der Hafenlicht Versicherung",
        "date": "2026-02-17 11:40 +0100",
        "text": """Liebe Frau Oldenburg-Saß,

gute Nachrichten: Die Hafenlicht Versicherung möchte Sie kennenlernen! Der Bereichsleiter
Customer Experience, Herr Dr. Claußen, hat Zeit am

Montag, 2. März 2026, 15:00 Uhr
Hafenlicht Versicherung, Große Elbstraße 145, 22767 Hamburg (Empfang, 2. OG)

Das Gespräch dauert etwa eine Stunde. Wir könnten am Freitag davor noch 20 Minuten
telefonieren, um uns vorzubereiten – passt Ihnen 9 Uhr?

Herzliche Grüße
Thorsten Kessler
Kessler & Partner Personalberatung
""",
        "subj_enc": ("utf-8", "Q"),
    },
    {
        "key": "wesermuende_einladung", "kind": "interview_invitation", "lang": "de",
        "company": "Stadt Wesermünde", "contact": GW[1],
        "frm": GW, "subject": "Einladung zum Vorstellungsgespräch – Ausschreibung 2026/014",
        "date": "2026-02-20 09:15 +0100",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

bezugnehmend auf Ihre Bewerbung für die Stelle im Digitalbüro (Nutzerforschung) laden wir
Sie zu einem Vorstellungsgespräch ein.

Datum: Donnerstag, 12. März 2026
Uhrzeit: 13:30 Uhr
Ort: Rathaus Wesermünde, Am Markt 3, Sitzungszimmer 2 (1. OG)

An dem Gespräch nehmen neben der Fachbereichsleitung die Gleichstellungsbeauftragte und ein
Mitglied des Personalrats teil. Bitte bestätigen Sie den Termin telefonisch oder per E-Mail.

Reisekosten können leider nicht erstattet werden.

Im Auftrag
Gesine Wübbena
Fachdienst Personal und Organisation
""",
        "charset": "iso-8859-1", "name_enc": ("iso-8859-1", "Q"),
    },
    {
        "key": "klarblick_personio", "kind": "interview_invitation", "lang": "de",
        "company": "Klarblick Health", "contact": JW[1],
        "frm": ("Klarblick Health", "no-reply@personio.de"), "reply_to": JW,
        "subject": "Einladung: Video-Call mit Klarblick Health",
        "date": "2026-06-22 10:03 +0200",
        "text": """Hallo Henrike,

vielen Dank für deine Bewerbung als UX Researcher (m/w/d)! Wir möchten dich gern in einem
ersten Video-Call (ca. 45 Minuten) kennenlernen.

Termin: Montag, 29. Juni 2026, 14:00 Uhr
Teilnehmende: Jonas Wiebe (Head of Product), Aylin Demir (Design)
Link: https://meet.example.com/klarblick-uxr-0629

Falls der Termin nicht passt, antworte einfach auf diese Mail.

Viele Grüße
Jonas für das Klarblick-Team
""",
        "ics": ics("REQUEST", "personio-klarblick-88213@personio.de", 0, "20260629T140000",
                   "20260629T144500", "Video-Call Klarblick Health – Henrike Oldenburg-Saß",
                   "https://meet.example.com/klarblick-uxr-0629", JW),
        "ics_mode": "attach",
    },
    {
        "key": "pixelhafen_probetag", "kind": "interview_invitation", "lang": "de",
        "company": "Pixelhafen", "contact": PH[1],
        "frm": PH, "subject": "Probetag bei Pixelhafen?",
        "date": "2026-05-11 16:27 +0200",
        "text": """Moin Henrike,

nach unserem Telefonat sind wir uns im Team einig: Wir würden dich gern einen Tag bei uns
mitarbeiten lassen. Am Probetag begleitest du Swantje bei zwei Nutzerinterviews für unseren
Kunden aus dem ÖPNV und hilfst bei der Auswertung.

Vorschlag: Donnerstag, 21. Mai, 9–17 Uhr, Pixelhafen, Speicher XI, Am Speicher XI 8,
28217 Bremen. Mittagessen geht auf uns.

Sag Bescheid, ob das klappt!
Ben

Ben Hinrichs · Geschäftsführer · Pixelhafen GmbH
""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "key": "friesland_telefoninterview", "kind": "interview_invitation", "lang": "de",
        "company": "Friesland Assekuranz",
        "contact": "martin.eilers@friesland-assekuranz.example.de",
        "frm": ("Eilers, Martin", "martin.eilers@friesland-assekuranz.example.de"),
        "subject": "Terminbuchung Telefoninterview – Digital-Produktteam",
        "date": "2026-06-24 15:10 +0200",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

vielen Dank für Ihre Bewerbung. Gern würden wir Sie in einem ca. 30-minütigen
Telefoninterview näher kennenlernen.

Bitte wählen Sie über den folgenden Link einen passenden Termin in der kommenden Woche:
https://termine.friesland-assekuranz.example.de/buchen/personal-eilers

Wir rufen Sie zum gebuchten Zeitpunkt unter der in Ihrer Bewerbung angegebenen Nummer an.

Mit freundlichen Grüßen
i. A. Martin Eilers
Personalentwicklung
""",
        "charset": "windows-1252",
    },
    {
        "key": "freelancekontor_kunde_call", "kind": "interview_invitation", "lang": "de",
        "company": "Hanseatische Ärztekasse", "contact": "",
        "frm": ("Freelance-Kontor", "no-reply@freelance-kontor.example.de"),
        "subject": "🎉 Ein Kunde möchte dich kennenlernen",
        "date": "2026-08-04 08:12 +0200",
        "text": """Hallo Henrike,

gute Nachrichten zu deinem Angebot für Projekt #4620 „Service Blueprint Mitgliederservice“:

Die Hanseatische Ärztekasse möchte dich in einem Kennenlern-Call (30 Min.) sprechen.
Vorgeschlagener Termin: Dienstag, 11. August 2026, 13:00 Uhr (Microsoft Teams).

Bitte bestätige oder schlage einen anderen Termin vor:
https://freelance-kontor.example.de/projekte/4620/termin

Viel Erfolg!
Dein Team vom Freelance-Kontor
""",
        "html": html_page(paras(
            "Hallo Henrike,",
            "gute Nachrichten zu deinem Angebot für Projekt #4620 „Service Blueprint "
            "Mitgliederservice“:",
            "Die <b>Hanseatische Ärztekasse</b> möchte dich in einem Kennenlern-Call (30 Min.) "
            "sprechen. Vorgeschlagener Termin: Dienstag, 11. August 2026, 13:00 Uhr "
            "(Microsoft Teams).",
            '<a href="https://freelance-kontor.example.de/projekte/4620/termin">Termin '
            "bestätigen</a>",
            "Viel Erfolg!<br>Dein Team vom Freelance-Kontor"),
            brand="Freelance-Kontor", color="#3b3b98", lang="de"),
        "subj_enc": ("utf-8", "B"),
    },
    {
        "key": "protempo_huntetal_einladung", "kind": "interview_invitation", "lang": "de",
        "company": "Huntetal Versicherung", "contact": KM[1],
        "frm": KM, "subject": "Vorstellung bei der Huntetal Versicherung am Montag",
        "date": "2026-03-19 17:45 +0100",
        "text": """Hallo Frau Oldenburg-Saß,

wie telefonisch besprochen habe ich Sie bei der Huntetal Versicherung für den Einsatz im
Projekt „Digitale Schadenmeldung“ vorgestellt. Frau Kruse aus dem Fachbereich möchte Sie
gern persönlich kennenlernen:

Montag, 23. März 2026, 10:00 Uhr
Huntetal Versicherung, Ofener Str. 40, 26121 Oldenburg – bitte an der Pforte nach Frau Kruse
fragen.

Bitte bringen Sie Ihren Personalausweis mit. Ich bin telefonisch erreichbar unter
0441 555 2290, falls etwas ist.

Beste Grüße
Kirsten Meiners
ProTempo Personaldienste
""",
        "cte": "8bit",
    },
    {
        "key": "weserbus_teams", "kind": "interview_invitation", "lang": "de",
        "company": "Weserbus", "contact": "anke.brinkama@weserbus.example.de",
        "frm": ("Brinkama, Anke", "anke.brinkama@weserbus.example.de"),
        "subject": "Vorstellungsgespräch UX-Designerin Fahrgast-App (Teams)",
        "date": "2026-09-14 11:22 +0200",
        "text": """Guten Tag Frau Oldenburg-Saß,

hiermit lade ich Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Freitag, 25. September 2026, 10:00–11:00 Uhr

Den Einwahllink finden Sie in der beigefügten Termineinladung.

Freundliche Grüße
Anke Brinkama
Personalabteilung · Weserbus GmbH · Flughafendamm 12 · 28199 Bremen
""",
        "html": html_page(paras(
            "Guten Tag Frau Oldenburg-Saß,",
            "hiermit lade ich Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:",
            "<b>Freitag, 25. September 2026, 10:00–11:00 Uhr</b>",
            "Den Einwahllink finden Sie in der beigefügten Termineinladung.",
            "Freundliche Grüße<br>Anke Brinkama<br>Personalabteilung · Weserbus GmbH · "
            "Flughafendamm 12 · 28199 Bremen"), lang="de"),
        "ics": ics("REQUEST", "040000008200E00074C5B7101A82E008-weserbus-0925", 0,
                   "20260925T100000", "20260925T110000",
                   "Vorstellungsgespräch Oldenburg-Saß", "Microsoft Teams-Besprechung",
                   ("Brinkama, Anke", "anke.brinkama@weserbus.example.de")),
    },
    # ---------------- invitations, en
    {
        "key": "nordhavn_lever_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Nordhavn Design Studio", "contact": NH[1],
        "frm": ("Freja Lund", "no-reply@hire.lever.co"), "reply_to": NH,
        "subject": "Portfolio conversation with Nordhavn Design Studio",
        "date": "2026-07-02 10:45 +0200",
        "text": """Hi Henrike,

Thanks for applying to the Service Designer role. We loved the claims journey case in your
portfolio and would like to invite you to a 60-minute portfolio conversation with me and our
design director, Kasper.

Could you do Thursday 9 July at 13:00 Copenhagen time? We'll meet on Zoom:
https://zoom.example.com/j/84120077310

Please reply to let me know if that works, or suggest two alternatives.

Best,
Freja Lund
Studio Manager, Nordhavn Design Studio
""",
        "name_enc": ("utf-8", "B"),
    },
    {
        "key": "pulsewise_bamboo", "kind": "interview_invitation", "lang": "en",
        "company": "Pulsewise", "contact": PW[1],
        "frm": ("Sanne de Wit from Pulsewise", "notifications@bamboohr.com"), "reply_to": PW,
        "subject": "Interview Request: UX Researcher at Pulsewise",
        "date": "2026-08-05 09:00 +0000",
        "text": """Hello Henrike,

Sanne de Wit from Pulsewise would like to schedule a 30-minute video screen with you for
the UX Researcher position.

Proposed time: Wednesday, August 12, 2026, 15:30 CEST
Location: Google Meet (link in the calendar invitation)

You can reply directly to this email to reach Sanne.

Thank you,
Pulsewise People Team
""",
        "ics": ics("REQUEST", "bamboohr-pulsewise-3310@bamboohr.com", 0, "20260812T153000",
                   "20260812T160000", "Pulsewise video screen - Henrike", "Google Meet", PW,
                   tz="Europe/Amsterdam"),
    },
    {
        "key": "kanaal_final_round", "kind": "interview_invitation", "lang": "en",
        "company": "Kanaal Mobility", "contact": "pieter.vandam@kanaal.example.nl",
        "frm": ("Pieter van Dam", "pieter.vandam@kanaal.example.nl"),
        "subject": "Final round in Amsterdam",
        "date": "2026-08-07 14:14 +0200",
        "text": """Hi Henrike,

Great news - the team would like you to join us for the final round! It's a half day at our
office on Westerdok 3, Amsterdam, on Thursday 20 August:

10:00  Research plan presentation (30 min, brief attached)
11:00  Conversation with our head of operations
12:00  Lunch with the design team

We'll reimburse your train ticket from Oldenburg. Let me know if the date works.

Cheers,
Pieter
""",
        "attach": [("Kanaal_final_round_brief.pdf", [
            "Kanaal Mobility - Final round brief",
            "Prepare a research plan for our night-bus app (max. 8 slides)."])],
    },
    {
        "key": "norre_talent_call", "kind": "interview_invitation", "lang": "en",
        "company": "Bølge Forsikring", "contact": "soren@norretalent.example.dk",
        "frm": ("Søren Dahl", "soren@norretalent.example.dk"),
        "subject": "Bølge Forsikring would like to meet you",
        "date": "2026-04-08 12:31 +0200",
        "text": """Hi Henrike,

As promised, I shared your profile with Bølge Forsikring in Copenhagen, and their Head of
Digital Customer Experience would like to meet you for a first interview (video, 45 min).

They suggested Tuesday 14 April at 11:00 or Wednesday 15 April at 09:30 (both CEST). Which
one suits you better? I'll send the Teams link once confirmed.

Best regards,
Søren Dahl
Partner, Nørre Talent ApS
+45 31 55 50 88
""",
        "subj_enc": ("utf-8", "Q"), "name_enc": ("iso-8859-1", "Q"),
    },
    # ---------------- invitations, fr
    {
        "key": "santeo_entretien", "kind": "interview_invitation", "lang": "fr",
        "company": "Santéo", "contact": HU[1],
        "frm": HU, "subject": "Santéo – proposition d'entretien",
        "date": "2026-05-07 10:02 +0200",
        "text": """Bonjour Henrike,

Merci pour votre candidature au poste de UX Researcher chez Santéo. Votre parcours
atypique nous intéresse beaucoup !

Je vous propose un premier échange en visio de 45 minutes, le mercredi 13 mai à 10h30, avec
Inès (Product Designer) et moi. Voici le lien :
https://meet.example.com/santeo-uxr-henrike

Dites-moi si ce créneau vous convient.

À bientôt,
Hugo Lefèvre
Head of Product – Santéo
""",
        "name_enc": ("utf-8", "Q"), "subj_enc": ("windows-1252", "Q"),
    },
    {
        "key": "belcourt_convocation", "kind": "interview_invitation", "lang": "fr",
        "company": "Ville de Belcourt", "contact": "agnes.perrin@belcourt.example.fr",
        "frm": ("Ville de Belcourt – Direction du numérique",
                "recrutement.numerique@belcourt.example.fr"),
        "reply_to": ("Agnès Perrin", "agnes.perrin@belcourt.example.fr"),
        "subject": "Convocation à un entretien – designer de services publics",
        "date": "2026-06-01 14:30 +0200",
        "text": """Madame,

Suite à l'examen de votre candidature, j'ai le plaisir de vous informer que vous êtes
convoquée à un entretien devant le jury de recrutement :

le jeudi 11 juin 2026 à 9h45
Hôtel de Ville de Belcourt, salle du Conseil, 1 place de la République

L'entretien durera environ 40 minutes. Merci de vous munir d'une pièce d'identité.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Agnès Perrin
Directrice des ressources humaines
""",
        "attach": [("Convocation_jury_11juin.pdf", [
            "Ville de Belcourt - Direction des ressources humaines",
            "Convocation a un entretien de recrutement",
            "Madame Henrike Oldenburg-Sass", "Jeudi 11 juin 2026 a 9h45 - Salle du Conseil"])],
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "key": "vernier_orsay_entretien", "kind": "interview_invitation", "lang": "fr",
        "company": "Banque Orsay", "contact": LG[1],
        "frm": LG, "subject": "Entretien avec la Banque Orsay",
        "date": "2026-09-02 09:20 +0200",
        "text": """Bonjour Henrike,

Très bonne nouvelle : la Banque Orsay souhaite vous rencontrer pour le poste de Service
Designer au sein de leur direction de l'expérience client.

L'entretien aurait lieu le mardi 8 septembre à 16h, dans leurs locaux du 45 quai d'Orsay.
Vous rencontrerez Mme Delcourt, directrice de l'expérience client, et un membre de son
équipe.

Je vous appelle demain pour vous préparer. Pouvez-vous me confirmer votre présence ?

Bien à vous,
Laure Garnier
Cabinet Vernier Conseil
""",
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    # ---------------- invitations, es
    {
        "key": "garbi_invitacion", "kind": "interview_invitation", "lang": "es",
        "company": "Estudio Garbí", "contact": "ona@estudiogarbi.example.es",
        "frm": ("Ona Vidal", "ona@estudiogarbi.example.es"),
        "subject": "¿Te pasas por el estudio?",
        "date": "2026-06-03 11:36 +0200",
        "text": """¡Hola Henrike!

Gracias por tu mensaje y por el portfolio. Nos encantaría conocerte en persona: ¿te vendría
bien pasarte por el estudio el jueves 11 de junio a las 10:00? Estamos en Carrer de Verdi
54, en Gràcia.

Será una charla tranquila de una hora con Pau y conmigo, y te enseñaremos en qué estamos
trabajando.

¡Un abrazo!
Ona
""",
        "subj_enc": ("utf-8", "B"),
    },
    {
        "key": "talento_med_llamada", "kind": "interview_invitation", "lang": "es",
        "company": "Talento Mediterráneo", "contact": CN[1],
        "frm": CN, "subject": "Entrevista telefónica – posición UX Research (cliente confidencial)",
        "date": "2026-07-03 10:11 +0200",
        "text": """Hola Henrike:

Gracias por tu interés en la posición de UX Researcher que gestionamos para un cliente del
sector asegurador (confidencial en esta fase).

Me gustaría tener una primera entrevista telefónica contigo de unos 30 minutos. ¿Te vendría
bien el miércoles 8 de julio a las 10:00? Te llamaré al número de tu CV.

Saludos cordiales,
Carla Navarro
Consultora · Talento Mediterráneo
""",
    },
    {
        "key": "vilanova_prueba", "kind": "interview_invitation", "lang": "es",
        "company": "Ayuntamiento de Vilanova de Mar", "contact": VM[1],
        "frm": VM, "subject": "Convocatoria prueba práctica – Técnico/a de Diseño de Servicios",
        "date": "2026-09-16 12:00 +0200",
        "text": """Estimada Sra. Oldenburg-Saß:

Le comunicamos que ha superado la fase de valoración de méritos del proceso de selección
de Técnico/a de Diseño de Servicios de la Oficina Digital.

Por la presente queda convocada a la prueba práctica, que tendrá lugar el lunes 28 de
septiembre de 2026 a las 9:00 horas en el Centro Cívico del Port (Passeig Marítim 12). La
prueba tendrá una duración máxima de tres horas.

Deberá presentarse con DNI, NIE o pasaporte.

Atentamente,
Montserrat Rius i Pons
Servicio de Recursos Humanos
Ayuntamiento de Vilanova de Mar
""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    # ---------------- reschedule / cancel
    {
        "key": "hansetakt_ac_verlegt", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Hansetakt Verkehrsbetriebe", "contact": "",
        "frm": ("Hansetakt Verkehrsbetriebe", "hansetakt-recruiting@successfactors.eu"),
        "subject": "Terminänderung: Assessment-Center verschoben auf 22. April 2026",
        "date": "2026-04-06 12:00 +0000", "reply": "hansetakt_ac_einladung",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

aus organisatorischen Gründen müssen wir das Assessment-Center vom 15. April 2026 auf
Mittwoch, 22. April 2026, verschieben. Uhrzeit und Ort bleiben unverändert (8:30 Uhr,
Betriebshof Barmbek).

Bitte bestätigen Sie den neuen Termin über Ihr Bewerberkonto. Wir bitten um Ihr
Verständnis.

Mit freundlichen Grüßen
Hansetakt Verkehrsbetriebe – Personalgewinnung
""",
        "ics": ics("REQUEST", "sf-hansetakt-ac-2026-04@successfactors.eu", 1, "20260422T083000",
                   "20260422T160000", "Assessment-Center Hansetakt",
                   "Fuhlsbüttler Str. 210\\, 22305 Hamburg",
                   ("Hansetakt Personalgewinnung", "hansetakt-recruiting@successfactors.eu")),
        "subj_enc": ("utf-8", "Q"),
    },
    {
        "key": "wesermuende_verlegt", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Stadt Wesermünde", "contact": GW[1],
        "frm": GW, "subject": "AW: Einladung zum Vorstellungsgespräch – Ausschreibung 2026/014",
        "date": "2026-03-06 08:50 +0100", "reply": "wesermuende_einladung", "quote": "outlook_de",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

leider muss das für den 12. März vorgesehene Vorstellungsgespräch wegen einer kurzfristig
angesetzten Ratssitzung verlegt werden. Neuer Termin ist Dienstag, 17. März 2026, um
10:00 Uhr, gleicher Ort.

Bitte teilen Sie uns mit, ob Ihnen der neue Termin möglich ist.

Im Auftrag
Gesine Wübbena
""",
        "charset": "windows-1252", "name_enc": ("iso-8859-1", "Q"),
    },
    {
        "key": "klarblick_verschoben", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Klarblick Health", "contact": JW[1],
        "frm": JW, "subject": "Re: Einladung: Video-Call mit Klarblick Health",
        "date": "2026-06-26 18:12 +0200", "reply": "klarblick_personio", "quote": "de",
        "text": """Hi Henrike,

kleine Änderung: Aylin ist am Montag krank geschrieben. Können wir den Call auf Mittwoch,
1. Juli, 14 Uhr schieben? Gleicher Link.

Danke dir und sorry für das Hin und Her!
Jonas
""",
        "cte": "8bit",
    },
    {
        "key": "kessler_verschoben", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Hafenlicht Versicherung", "contact": TK[1],
        "frm": TK, "subject": "AW: Gesprächstermin bei der Hafenlicht Versicherung",
        "date": "2026-02-27 08:05 +0100", "reply": "kessler_hafenlicht_einladung", "quote": "de",
        "text": """Liebe Frau Oldenburg-Saß,

mich erreichte eben ein Anruf aus dem Vorzimmer von Dr. Claußen: Das Gespräch am Montag
muss leider verschoben werden, er ist kurzfristig zu einer Sitzung in München. Einen neuen
Termin stimme ich gerade ab und melde mich spätestens Mittwoch bei Ihnen.

Unser Vorbereitungs-Call heute um 9 Uhr entfällt damit auch – wir holen ihn nach.

Herzliche Grüße
Thorsten Kessler
""",
        "subj_enc": ("utf-8", "Q"),
    },
    {
        "key": "pixelhafen_abgesagt", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Pixelhafen", "contact": PH[1],
        "frm": PH, "subject": "Abgesagt: Probetag Henrike",
        "date": "2026-05-19 21:40 +0200",
        "text": """Hi Henrike,

blöde Nachricht: Unser Kunde hat die Interviews für Donnerstag kurzfristig abgesagt, damit
fällt der Probetag leider ins Wasser. Ich trage dir einen neuen Termin ein, sobald wir die
Interviews nachholen – wahrscheinlich Anfang Juni.

Sorry!
Ben
""",
        "ics": ics("CANCEL", "pixelhafen-probetag-0521@pixelhafen.example.de", 1,
                   "20260521T090000", "20260521T170000", "Probetag Henrike",
                   "Am Speicher XI 8\\, Bremen", PH, status="CANCELLED"),
    },
    {
        "key": "nordhavn_moved", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Nordhavn Design Studio", "contact": NH[1],
        "frm": NH, "subject": "RE: Portfolio conversation with Nordhavn Design Studio",
        "date": "2026-07-07 08:58 +0200", "reply": "nordhavn_lever_invite", "quote": "outlook_en",
        "text": """Hi Henrike,

I'm afraid Kasper has been pulled into a client pitch on Thursday. Could we move your
portfolio conversation to Monday 13 July, same time (13:00)? The Zoom link stays the same.

Sorry for the change, and thanks for being flexible.

Best,
Freja
""",
        "cte": "quoted-printable",
    },
    {
        "key": "pulsewise_reschedule", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Pulsewise", "contact": PW[1],
        "frm": PW, "subject": "Re: Interview Request: UX Researcher at Pulsewise",
        "date": "2026-08-10 16:20 +0200", "reply": "pulsewise_bamboo", "quote": "en_us",
        "text": """Hi Henrike,

Apologies - something came up on my side for Wednesday. Would Friday 14 August at 11:00
work instead? I've updated the calendar invite.

Thanks,
Sanne
""",
        "ics": ics("REQUEST", "bamboohr-pulsewise-3310@bamboohr.com", 1, "20260814T110000",
                   "20260814T113000", "Pulsewise video screen - Henrike", "Google Meet", PW,
                   tz="Europe/Amsterdam"),
    },
    {
        "key": "santeo_report", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Santéo", "contact": HU[1],
        "frm": HU, "subject": "Re: Santéo – proposition d'entretien",
        "date": "2026-05-12 17:45 +0200", "reply": "santeo_entretien", "quote": "fr",
        "text": """Bonjour Henrike,

Je suis désolé, je dois reporter notre échange de demain : Inès est retenue par une mise en
production urgente. Pourrions-nous le décaler au lundi 18 mai, même heure ?

Merci de votre compréhension,
Hugo
""",
        "name_enc": ("utf-8", "Q"),
    },
    {
        "key": "belcourt_jury_reporte", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Ville de Belcourt", "contact": "agnes.perrin@belcourt.example.fr",
        "frm": ("Agnès Perrin", "agnes.perrin@belcourt.example.fr"),
        "subject": "Report de votre entretien du 11 juin",
        "date": "2026-06-08 10:30 +0200",
        "text": """Madame,

En raison de l'indisponibilité d'un membre du jury, l'entretien prévu le jeudi 11 juin à
9h45 est annulé. Il est reporté au mardi 16 juin 2026 à 14h00, dans la même salle.

Je vous remercie de bien vouloir me confirmer votre disponibilité.

Agnès Perrin
Directrice des ressources humaines, Ville de Belcourt
""",
        "ics": ics("CANCEL", "belcourt-jury-dsp-0611@belcourt.example.fr", 1, "20260611T094500",
                   "20260611T102500", "Entretien jury – designer de services publics",
                   "Hôtel de Ville\\, salle du Conseil",
                   ("Agnès Perrin", "agnes.perrin@belcourt.example.fr"), tz="Europe/Paris",
                   status="CANCELLED"),
        "charset": "iso-8859-1", "name_enc": ("utf-8", "B"),
    },
    {
        "key": "vernier_orsay_decale", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Banque Orsay", "contact": LG[1],
        "frm": LG, "subject": "RE: Entretien avec la Banque Orsay",
        "date": "2026-09-04 13:02 +0200", "reply": "vernier_orsay_entretien", "quote": "fr",
        "text": """Bonjour Henrike,

Petit changement : Mme Delcourt m'informe qu'elle ne pourra pas être présente mardi. La
Banque Orsay propose de décaler l'entretien au jeudi 10 septembre à 11h, au même endroit.

Est-ce que cela vous convient ?

Bien à vous,
Laure
""",
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "key": "vilanova_aplazada", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Ayuntamiento de Vilanova de Mar", "contact": VM[1],
        "frm": VM, "subject": "Aplazamiento de la prueba práctica del 28 de septiembre",
        "date": "2026-09-23 13:45 +0200",
        "text": """Estimada Sra. Oldenburg-Saß:

Por motivos organizativos, la prueba práctica prevista para el lunes 28 de septiembre queda
aplazada. La nueva fecha se publicará en el tablón de anuncios electrónico del Ayuntamiento
y se le comunicará también por correo electrónico con al menos cinco días de antelación.

Disculpe las molestias.

Atentamente,
Montserrat Rius i Pons
Servicio de Recursos Humanos
""",
        "charset": "iso-8859-1", "subj_enc": ("iso-8859-1", "Q"),
    },
    # ---------------- missed interviews
    {
        "key": "protempo_nicht_erschienen", "kind": "missed_interview_notice", "lang": "de",
        "company": "Huntetal Versicherung", "contact": KM[1],
        "frm": KM, "subject": "Termin heute bei der Huntetal Versicherung?",
        "date": "2026-03-23 10:41 +0100", "reply": "protempo_huntetal_einladung", "quote": "de",
        "text": """Hallo Frau Oldenburg-Saß,

Frau Kruse von der Huntetal Versicherung hat mich gerade angerufen – Sie sind heute um
10 Uhr nicht zum Vorstellungsgespräch erschienen. Ich habe Sie zweimal auf dem Handy
versucht, aber nicht erreicht.

Bitte melden Sie sich kurz bei mir, damit ich dem Kunden Bescheid geben kann.

Beste Grüße
Kirsten Meiners
""",
        "cte": "quoted-printable",
    },
    {
        "key": "friesland_nicht_erreicht", "kind": "missed_interview_notice", "lang": "de",
        "company": "Friesland Assekuranz",
        "contact": "martin.eilers@friesland-assekuranz.example.de",
        "frm": ("Eilers, Martin", "martin.eilers@friesland-assekuranz.example.de"),
        "subject": "Telefoninterview heute 10:00 Uhr",
        "date": "2026-07-01 10:24 +0200",
        "text": """Sehr geehrte Frau Oldenburg-Saß,

zum vereinbarten Telefoninterview heute um 10:00 Uhr habe ich Sie leider unter der Nummer
0176 5550 1842 nicht erreicht; ich habe es um 10:00 und 10:15 Uhr versucht.

Falls Sie weiterhin Interesse haben, buchen Sie bitte einen neuen Termin über den Link aus
meiner letzten Nachricht.

Mit freundlichen Grüßen
i. A. Martin Eilers
""",
        "charset": "windows-1252",
    },
    {
        "key": "freelancekontor_call_verpasst", "kind": "missed_interview_notice", "lang": "de",
        "company": "Hanseatische Ärztekasse", "contact": "",
        "frm": ("Freelance-Kontor", "no-reply@freelance-kontor.example.de"),
        "subject": "Kennenlern-Call verpasst – Projekt #4620",
        "date": "2026-08-11 13:40 +0200",
        "text": """Hallo Henrike,

die Hanseatische Ärztekasse hat uns mitgeteilt, dass du am heutigen Kennenlern-Call um
13:00 Uhr nicht teilgenommen hast. Der Kunde hat 15 Minuten im Teams-Meeting gewartet.

Wenn du weiterhin Interesse am Projekt hast, schlage bitte innerhalb von 48 Stunden einen
neuen Termin vor:
https://freelance-kontor.example.de/projekte/4620/termin

Wiederholte Nichtteilnahme kann sich auf dein Profil-Rating auswirken.

Dein Team vom Freelance-Kontor
""",
        "cte": "base64",
    },
    {
        "key": "weserbus_nicht_erschienen", "kind": "missed_interview_notice", "lang": "de",
        "company": "Weserbus", "contact": "anke.brinkama@weserbus.example.de",
        "frm": ("Brinkama, Anke", "anke.brinkama@weserbus.example.de"),
        "subject": "Ihr Vorstellungsgespräch am 25.09.2026",
        "date": "2026-09-25 11:08 +0200",
        "text": """Guten Tag Frau Oldenburg-Saß,

leider haben Sie heute nicht an dem vereinbarten Vorstellungsgespräch um 10:00 Uhr
teilgenommen. Die Kolleginnen haben bis 10:20 Uhr in der Teams-Besprechung gewartet.

Bitte teilen Sie uns bis zum 30. September mit, ob Sie an der Stelle weiterhin interessiert
sind.

Freundliche Grüße
Anke Brinkama
Personalabteilung · Weserbus GmbH
""",
        "subj_enc": ("utf-8", "B"),
    },
    {
        "key": "pulsewise_no_show", "kind": "missed_interview_notice", "lang": "en",
        "company": "Pulsewise", "contact": PW[1],
        "frm": PW, "subject": "We missed you today",
        "date": "2026-08-14 11:19 +0200",
        "text": """Hi Henrike,

I was on the Google Meet at 11:00 for our video screen and waited until about 11:15, but it
looks like we missed each other. I hope everything is alright!

If you're still interested in the role, just reply with a couple of times that work for you
next week and I'll send a fresh invite.

Best,
Sanne de Wit
Talent Partner, Pulsewise
""",
    },
    {
        "key": "norre_tried_calling", "kind": "missed_interview_notice", "lang": "en",
        "company": "Bølge Forsikring", "contact": "soren@norretalent.example.dk",
        "frm": ("Søren Dahl", "soren@norretalent.example.dk"),
        "subject": "Tried calling you - Bølge interview prep",
        "date": "2026-04-13 14:12 +0200",
        "text": """Hi Henrike,

I tried calling you at 14:00 as we agreed, to prepare for tomorrow's interview with Bølge
Forsikring, but couldn't get through (it went straight to voicemail).

Could you give me a ring when you see this? I'm around until 18:00.

Søren
""",
        "name_enc": ("utf-8", "Q"),
    },
    {
        "key": "talento_med_no_contesta", "kind": "missed_interview_notice", "lang": "es",
        "company": "Talento Mediterráneo", "contact": CN[1],
        "frm": CN, "subject": "RE: Entrevista telefónica – posición UX Research (cliente confidencial)",
        "date": "2026-07-08 10:20 +0200", "reply": "talento_med_llamada", "quote": "es",
        "text": """Hola Henrike:

Te he llamado a las 10:00 como habíamos quedado, y de nuevo a las 10:10, pero no he podido
contactar contigo. ¿Va todo bien?

Si te sigue interesando la posición, dime cuándo podemos hablar esta semana.

Saludos,
Carla
""",
        "cte": "8bit",
    },
    {
        "key": "vilanova_no_presentada", "kind": "missed_interview_notice", "lang": "es",
        "company": "Ayuntamiento de Vilanova de Mar", "contact": VM[1],
        "frm": VM, "subject": "Incomparecencia a la prueba práctica",
        "date": "2026-10-13 14:02 +0200",
        "text": """Estimada Sra. Oldenburg-Saß:

Le informamos de que en el día de hoy, 13 de octubre de 2026, no se ha presentado a la
prueba práctica del proceso de selección de Técnico/a de Diseño de Servicios, a la que fue
debidamente convocada.

Si la incomparecencia se debe a causa de fuerza mayor debidamente justificada, dispone de un
plazo de tres días hábiles para presentar la documentación acreditativa ante este Servicio.

Atentamente,
Montserrat Rius i Pons
Servicio de Recursos Humanos
""",
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
]
