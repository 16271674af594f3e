"""Corpus 277: interview invitations, reschedules/cancellations and missed-interview notices."""

from __future__ import annotations

from msgs277_acks import RH_ACK
from msgs277_common import (
    ME_ADDR,
    ats_card,
    mso,
    outlook_block,
    outlook_html,
    paras,
    plain_html,
    quote,
    wrote,
)

MAGDALENA = ("Magdalena Hechenberger", "magdalena.hechenberger@gamsberg-bahnen.example.at")
VERENA = ("Stolz Verena", "verena.stolz@bergwelt-ibk.example.at")
STEFANIE = ("Stefanie Mair", "stefanie.mair@bergmann-personal.example.at")
SIMONE = ("Brunner Simone", "simone.brunner@gletscherblick.example.ch")
HANNAH = ("Hannah Okafor", "hannah.okafor@peakline.example.co.uk")
PRIYA = ("Priya Raman", "priya.raman@harrowtalent.example.co.uk")
OLLIE = ("Ollie Grant", "ollie@brightpeak.example.co.uk")
SOPHIE = ("Sophie Balmat", "s.balmat@ot-valleeblanche.example.fr")
JULIEN = ("Julien Perrollaz", "j.perrollaz@cimes-recrutement.example.fr")
MONTSE = ("Montse Vidal", "rrhh@comablanca.example.ad")

# --------------------------------------------------------------------------- texts quoted later

GAMS_CALL = """Sehr geehrte Frau Adjei-Sommer,

danke für Ihre Bewerbung – Ihr Lebenslauf hat uns neugierig gemacht! Eine Skilehrerin, die unsere Pisten und unsere Gäste von der anderen Seite kennt, haben wir im Marketing bisher nicht.

Bevor wir Sie nach Kitzbühel einladen, würde ich Sie gerne in einem ca. 20-minütigen Telefonat kennenlernen. Passt Ihnen einer dieser Termine?
– Donnerstag, 22. Jänner, 10:00 Uhr
– Freitag, 23. Jänner, 14:00 Uhr

Ich rufe Sie dann unter der Nummer aus Ihrem Lebenslauf an.

Beste Grüße
Magdalena Hechenberger
Personalentwicklung & Recruiting
Gamsberg Bergbahnen AG
Talstationsweg 9 · 6370 Kitzbühel
T +43 5356 64 21-330

Gamsberg Bergbahnen AG · Sitz Kitzbühel · FN 48211 k · Landesgericht Innsbruck
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht."""

KAE_INVITE = """Liebe Henrike,

danke für deine Bewerbung als Eventmarketing-Managerin! Wir sind ein kleines Team und entscheiden gern nach Bauchgefühl – deshalb würden wir dich gerne persönlich auf einen Kaffee treffen.

Wie schaut's bei dir am Mittwoch, 9. September, um 15 Uhr aus? Treffpunkt wäre unser Büro in der Vorderstadt 12 (über der Bäckerei, 1. Stock). Mit dabei ist auch unser Geschäftsführer Hannes.

Bring gerne ein, zwei Event-Ideen mit, die du für Kitzbühel spannend fändest – nichts Ausgearbeitetes, einfach zum Plaudern.

Bis bald!
Nina Aufschnaiter
Kitz Alpine Events · Vorderstadt 12 · 6370 Kitzbühel · +43 660 770 33 18"""

BP_KAPU_INVITE = """Liebe Frau Adjei-Sommer,

wie telefonisch vereinbart habe ich Ihr Profil dem Hotel Kapuzinerberg in Salzburg vorgestellt – und die Direktion möchte Sie gerne persönlich kennenlernen!

Termin: Dienstag, 3. März 2026, 10:00 Uhr
Ort: Hotel Kapuzinerberg, Imbergstraße 11, 5020 Salzburg
Ihre Gesprächspartner: Mag. Elisabeth Wörndl (Direktorin) und Jakob Haas (Sales & Marketing)
Dauer: etwa eine Stunde, anschließend kurzer Rundgang durchs Haus

Zur Vorbereitung: Das Hotel positioniert sich gerade neu als „Kultur- und Wanderhotel" und sucht jemanden, der die Website und die Social-Media-Kanäle neu aufzieht. Ihre Erfahrung mit Gästen aus dem Ausland ist dort ein großes Plus.

Bitte bestätigen Sie mir den Termin kurz per Mail. Am Tag davor rufe ich Sie noch einmal an, dann gehen wir die wichtigsten Punkte gemeinsam durch.

Herzliche Grüße
Stefanie Mair
Senior Consultant Tourismus & Freizeit
Bergmann & Partner Personalberatung GmbH
+43 676 512 88 03"""

BM_CHAT = """Hey Henrike,

Ollie here, I run the travel desk at Brightpeak. Loved your application - especially the bit about teaching six-year-olds to snowplough in three languages.

Are you free Thursday to chat? Nothing formal, just a 20-min video call so we can get a feel for each other. Anytime between 10 and 1 UK time works for me.

Ollie

--
Ollie Grant
Editor, Travel & Outdoor | Brightpeak Media
brightpeak.example.co.uk"""

SS_MISSED = """Hi Henrike,

I tried calling you twice at 10:00 this morning for our phone screen (once on the dot and again at 10:08), but it went straight to voicemail both times.

I hope everything's OK. If you're still interested in the role, let me know and we can look at another slot.

Best,
Lucy Barnes
Talent Partner, Summit & Sea Travel"""

OT_CANCEL = """Madame Adjei-Sommer,

Je suis au regret de devoir annuler notre entretien prévu le jeudi 23 avril à 14h00. Une réunion extraordinaire du conseil d'administration a été convoquée le même après-midi et la moitié du jury doit y siéger.

Cette annulation ne remet pas en cause votre candidature. Nous reviendrons vers vous dans les prochains jours pour fixer une nouvelle date.

Veuillez nous excuser pour ce contretemps.

Bien cordialement,
Sophie Balmat
Directrice marketing
Office de Tourisme de la Vallée Blanche"""

CB_MISSED = """Buenas tardes, Henrike:

Hoy la esperábamos a las 16:30 h en la recepción del hotel para su entrevista con el Sr. Cerqueda. Hemos aguardado hasta las 17:15 h y la hemos llamado al móvil, pero no hemos podido localizarla.

Si ha tenido algún imprevisto, le agradeceríamos que nos lo hiciera saber.

Atentamente,
Montse Vidal
Recursos Humanos - Hotel Coma Blanca"""

GAMS_PANEL = """Liebe Frau Adjei-Sommer,

schön, dass das Telefonat am Donnerstag doch noch geklappt hat! Wie angekündigt laden wir Sie nun herzlich zu einem persönlichen Gespräch bei uns in Kitzbühel ein:

Dienstag, 10. Februar 2026, 14:00–15:30 Uhr
Talstation Gamsberg, Besprechungsraum „Ehrenbachhöhe" (2. Stock)

Mit dabei sind Florian Obermoser (Leitung Marketing), Dr. Anna Trixl (Vorstand) und ich. Bitte bereiten Sie eine kurze Präsentation (max. 10 Minuten) vor: Wie würden Sie unseren Sommerbetrieb bei Familien aus Deutschland bekannter machen?

Parkplätze finden Sie direkt vor der Talstation; die Einfahrtskarte bekommen Sie an der Kassa.

Die Kalendereinladung ist angehängt – bitte kurz annehmen, damit wir planen können.

Beste Grüße
Magdalena Hechenberger
Personalentwicklung & Recruiting
Gamsberg Bergbahnen AG"""

BW_INVITE = """Sehr geehrte Frau Adjei-Sommer,

vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Tourismusverband. Wir würden Sie gerne persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin: Dienstag, 17. Februar 2026, 9:30 Uhr (ca. 60 Minuten)
Ort: Innsbrucker Bergwelt Tourismus, Maria-Theresien-Straße 18, 3. Stock, Besprechungsraum „Patscherkofel"
Gesprächspartner: Verena Stolz (Leitung Marketing & Kommunikation), Andreas Plattner (Online-Redaktion), Mag. Sabine Holzknecht (Personal)

Bitte bringen Sie zwei bis drei Arbeitsproben mit – gerne auch Beiträge vom Instagram-Kanal Ihrer Skischule.

Ich habe Ihnen eine Kalendereinladung mitgeschickt. Sollte der Termin nicht passen, geben Sie mir bitte bis Freitag Bescheid.

Mit freundlichen Grüßen
Verena Stolz
Leitung Marketing & Kommunikation
Innsbrucker Bergwelt Tourismus
Maria-Theresien-Straße 18 | 6020 Innsbruck
T +43 512 59 850 214"""

BW_UPDATE = """Sehr geehrte Frau Adjei-Sommer,

eine kleine Änderung zu unserem Gespräch am Dienstag, 17. Februar: Wegen einer kurzfristig angesetzten Vorstandssitzung müssen wir den Beginn auf 11:00 Uhr verschieben. Außerdem findet das Gespräch nun im Besprechungsraum „Nordkette" im Erdgeschoss statt.

Die aktualisierte Kalendereinladung ist beigefügt. Bitte bestätigen Sie kurz, ob Ihnen die neue Uhrzeit passt.

Mit freundlichen Grüßen
Verena Stolz
Leitung Marketing & Kommunikation
Innsbrucker Bergwelt Tourismus"""

GB_INVITE = """Grüezi Frau Adjei-Sommer

Herzlichen Dank für Ihre Bewerbung als Marketing Managerin Wintersport. Ihr Dossier hat uns überzeugt, und wir möchten Sie gerne in einem ersten Video-Interview kennenlernen.

Datum: Dienstag, 14. Juli 2026
Zeit: 10.00–10.45 Uhr
Ort: Microsoft Teams (Link in der Kalendereinladung)
Teilnehmende: Simone Brunner (HR Business Partner), Reto Camenzind (Head of Marketing)

Bitte nehmen Sie die Einladung an oder schlagen Sie über die Kalenderfunktion eine andere Zeit vor.

Freundliche Grüsse
Simone Brunner
HR Business Partner
Gletscherblick Reisen AG | Bahnhofstrasse 71 | 8001 Zürich
+41 44 555 72 10

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der beabsichtigte Empfänger sind, benachrichtigen Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."""

GB_CANCEL = """Grüezi Frau Adjei-Sommer

Leider müssen wir unser Video-Interview von morgen Dienstag, 14. Juli, absagen: Reto Camenzind wurde kurzfristig an einen Kundentermin in Davos gerufen. Bitte verstehen Sie dies nicht als Absage Ihrer Kandidatur – Ihre Bewerbung ist nach wie vor im Rennen.

Ich melde mich bis Ende Woche mit neuen Terminvorschlägen.

Freundliche Grüsse
Simone Brunner
HR Business Partner
Gletscherblick Reisen AG"""

PK_PANEL = """Hi Henrike,

Following your call with me last week, we'd like to invite you to a panel interview for the Account Manager – Travel & Outdoor role.

When: Wednesday 4 March, 3:00–4:00pm GMT (4:00–5:00pm in Innsbruck)
Where: Google Meet – link in the invite, or in person at 14 Leonard Street if you happen to be in London
Panel: Sam Whitfield (Client Services Director), Ayo Mensah (Head of Strategy) and me

The panel will ask about a campaign you're proud of, so have one ready to talk through. No slides needed.

Please accept the calendar invite so we know you're coming.

Thanks,
Hannah

Hannah Okafor | Talent & Culture Lead | Peakline Agency
14 Leonard Street, London EC2A 4AQ"""

PK_UPDATE = """This event has been changed.

Panel interview – Account Manager, Travel & Outdoor
When: CHANGED Wednesday 4 Mar 2026 4pm – 5pm (Greenwich Mean Time - London)
Joining info: meet.google.com/pkl-ynzw-tra
Organiser: hannah.okafor@peakline.example.co.uk
Guests: Sam Whitfield, Ayo Mensah, Henrike Adjei-Sommer

Note from Hannah: Sorry Henrike – Sam's flight back from Geneva lands later than planned, so we've pushed the panel by an hour. Everything else stays the same.

Reply for henrike.as@example.at: Yes / Maybe / No

Invitation from Google Calendar
You are receiving this email because you are an attendee of the event."""

OT_INVITE = """Madame Adjei-Sommer,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien pour le poste de chargé(e) de promotion marchés germanophones.

Date : jeudi 23 avril 2026 à 14h00
Lieu : Office de Tourisme de la Vallée Blanche, 12, rue des Moraines, Chamonix-Mont-Blanc – salle du conseil, 1er étage
Jury : Mme Sophie Balmat (directrice marketing), M. Pierre Couttet (responsable promotion), Mme Aline Ravanel (ressources humaines)

Une partie de l'entretien se déroulera en allemand. Si vous ne pouvez pas vous déplacer, un entretien en visioconférence est possible : merci de nous le signaler.

Vous trouverez ci-joint une invitation à ajouter à votre agenda.

Bien cordialement,
Sophie Balmat
Directrice marketing
Office de Tourisme de la Vallée Blanche
04 50 00 47 12"""

VA_INVITE = """Hola Henrike:

Soy Jordi Puig, director de Marketing de Estaciones Valira Alta. He leído tu candidatura para el puesto de Coordinadora de Marketing y me gustaría mucho conocerte.

Te propongo una videollamada el martes 15 de septiembre a las 17:00 (hora de Andorra, la misma que en Innsbruck). Hablaremos de tu experiencia como profesora de esquí, de cómo ves el mercado germanoparlante y de lo que buscamos para la próxima temporada.

Enlace a la reunión: https://meet.google.com/vxa-qhtr-pmn

Si esa hora no te va bien, dime qué otros momentos tienes libres esta semana y la que viene.

Un saludo,
Jordi"""

HT_INVITE = """Hi Henrike,

Thanks again for your application – the team and I really enjoyed reading it, especially your idea about turning ski-school feedback into product stories.

We'd like to invite you to a first interview with me and our co-founder Jonas. It's a 45-minute video call: we'll tell you about Helvetic Trails, you tell us about yourself, and we'll go through a couple of marketing questions together.

Please pick a slot next week here:
https://helvetictrails.teamtailor.com/meetings/book/nk-45min

Looking forward to it!
Nora

Nora Keller
Head of Brand, Helvetic Trails AG"""

SL_AC = """Hallo Henrike,

gute Neuigkeiten: Deine Bewerbung hat uns überzeugt und wir möchten dich zu unserem Assessment Center einladen!

Donnerstag, 9. Juli 2026, 9:00 bis ca. 15:30 Uhr
SalzachLand Tourismus, Kaigasse 27, 5020 Salzburg, Seminarraum im Dachgeschoss

Der Tag besteht aus drei Teilen: einer Gruppenübung mit den anderen Kandidat:innen, einer Fallstudie zu einer Sommerkampagne (Vorbereitung vor Ort, Präsentation vor der Jury) und einem Einzelgespräch mit Geschäftsführung und Marketingleitung. Mittagessen gibt's bei uns.

Bitte bestätige deine Teilnahme bis 3. Juli über diesen Link:
https://salzachland.recruitee.com/o/projektmanagerin-kampagnen/confirm/8d21

Bis bald in Salzburg!
Theresa Lindner
Leitung Marketing, SalzachLand Tourismus"""

SS_SCREEN = """Hi Henrike,

Thanks for applying for our Digital Marketing Executive – Alpine Programmes role. I'd love to set up a 30-minute phone screen to learn more about your background and tell you a bit more about the team.

Please use the link below to pick a time that works for you – all slots are shown in your local time zone:
https://app.greenhouse.io/scheduling/invite/4ac9c0e1-ss277

I'll call you on the number you provided in your application. If none of the slots work, just reply to this email and we'll find another time.

Speak soon,
Lucy Barnes
Talent Partner, Summit & Sea Travel"""

SN_AC = """Dear Henrike,

Thank you for your interest in Snowline Apparel. We were impressed by your application and would like to invite you to our assessment day for the Brand Marketing Manager – Europe role.

Date: Thursday 3 September 2026
Time: 9:30am – 4:00pm
Location: Snowline Apparel, 3rd floor, 28 Commercial Street, London E1 6LS

The day includes a written brand exercise, a group task with other candidates and a final interview with me. Lunch will be provided. We can reimburse reasonable travel costs up to £250 – please keep your receipts.

Please confirm your attendance using the link below by Friday 28 August:
https://apply.workable.com/snowline-apparel/j/8A77D3B0E1/confirm

Kind regards,
Marcus Lee
Head of Marketing, Snowline Apparel"""

NW_SLOT = """Hallo Henrike,

wir möchten Sie gerne zu einem Video-Interview für die Position Junior Marketing Manager (m/w/d) Seilbahnen & Events einladen.

Bitte wählen Sie über den folgenden Link einen passenden Termin aus. Zur Auswahl stehen Zeitfenster zwischen 4. und 7. August, jeweils 45 Minuten:
https://www.smartrecruiters.com/interview-scheduler/NordwandSeilbahnen/7731-ahs

Das Gespräch führen Lukas Pfurtscheller (Leitung Marketing) und Carina Hofer (HR). Bei Fragen antworten Sie einfach auf diese E-Mail.

Wir freuen uns auf das Gespräch!
Ihr Nordwand-Recruiting-Team"""

BW2_CASE = """Servus Henrike,

danke für dein Interesse an der Stelle Junior Beraterin Tourismus & Destinationen bei Blauweiss! Wir würden dich gerne besser kennenlernen und laden dich zu unserer Case-Study-Runde ein.

So läuft's:
1. Am Montag, 15. Juni, bekommst du von uns eine kleine Aufgabe per Mail (Kampagnenidee für eine Allgäuer Bergbahn).
2. Am Dienstag, 23. Juni, um 11:00 Uhr präsentierst du uns deine Idee per Zoom – 20 Minuten Präsentation, danach 25 Minuten Gespräch mit Korbinian (Beratung) und Anja (Kreation).

Zoom-Link: https://zoom.us/j/88213470551

Bitte bestätige kurz per Antwort auf diese Mail, dass du dabei bist.

Liebe Grüße aus der Schellingstraße
Korbinian Wimmer
Werbeagentur Blauweiss"""


CR_INVITE = """Bonjour Henrike,

Excellente nouvelle : les Téléphériques de l'Aiguillette souhaitent vous rencontrer pour le poste de chargée de marketing clientèle internationale !

Voici les informations pratiques :
• Date : mardi 9 juin 2026 à 10h30
• Lieu : gare de départ du téléphérique, bureaux administratifs (entrée côté parking P2), Les Houches
• Interlocuteurs : Mme Nathalie Tairraz, directrice commerciale, et M. Yann Charlet, responsable marketing
• Durée : environ 1h15, avec une mise en situation en allemand et en anglais

Je vous appelle jeudi pour préparer l'entretien ensemble. D'ici là, n'hésitez pas à regarder leurs dernières campagnes sur les réseaux sociaux.

Merci de me confirmer votre présence.

Bien à vous,
Julien"""


CB_INVITE = """Buenos días, Henrike:

Tras revisar su candidatura, el director del hotel, el Sr. Xavier Cerqueda, desea conocerla en persona. Le proponemos una entrevista el martes 26 de mayo a las 11:00 h en el propio hotel (Carretera General 3, La Massana).

La entrevista durará aproximadamente una hora e incluirá una breve visita a las instalaciones. Como el puesto implica atender a clientes alemanes y franceses, una parte de la conversación será en esos idiomas.

¿Podría confirmarnos su asistencia respondiendo a este correo?

Atentamente,
Montse Vidal
Recursos Humanos - Hotel Coma Blanca"""


def ics(**kw: object) -> dict:
    return dict(kw)


MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ interview_invitation
    {
        "slug": "gamsberg_telefonat_vorschlag", "kind": "interview_invitation", "lang": "de",
        "company": "Gamsberg Bergbahnen", "contact": MAGDALENA[1],
        "frm": MAGDALENA,
        "subject": "Ihre Bewerbung bei den Gamsberg Bergbahnen – kurzes Telefonat?",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-01-19 11:04 +0100",
        "text": GAMS_CALL,
        "html": outlook_html(mso(GAMS_CALL)),
        "cs": "windows-1252", "cte": "qp",
        "hdr": [("X-Mailer", "Microsoft Outlook 16.0")],
        "mid": "gams_call", "irt": "gams_ack",
    },
    {
        "slug": "gamsberg_zweites_gespraech_panel_ics", "kind": "interview_invitation", "lang": "de",
        "company": "Gamsberg Bergbahnen", "contact": MAGDALENA[1],
        "frm": MAGDALENA,
        "subject": "Einladung: Zweites Gespräch Marketing Manager:in – Di 10.02.2026 14:00",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-02 09:15 +0100",
        "text": GAMS_PANEL,
        "html": outlook_html(mso(GAMS_PANEL)),
        "cte": "qp",
        "ics": ics(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000060A2C9F1B3E1DC01-gams",
                start="2026-02-10 14:00 +0100", minutes=90,
                summary="Zweites Gespräch Marketing Manager:in – Henrike Adjei-Sommer",
                location="Talstation Gamsberg, Besprechungsraum Ehrenbachhöhe, Kitzbühel",
                organizer=MAGDALENA),
        "hdr": [("X-Mailer", "Microsoft Outlook 16.0")],
        "mid": "gams_panel", "irt": "gams_ill",
    },
    {
        "slug": "bergwelt_vorstellungsgespraech_ics", "kind": "interview_invitation", "lang": "de",
        "company": "Innsbrucker Bergwelt Tourismus", "contact": VERENA[1],
        "frm": VERENA,
        "subject": "Einladung zum Vorstellungsgespräch – Content & Social Media Manager:in",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-02-05 10:42 +0100",
        "text": BW_INVITE,
        "html": outlook_html(mso(BW_INVITE)),
        "cs": "windows-1252", "cte": "qp",
        "ics": ics(method="REQUEST", uid="bw-2026-0217-adjei-sommer@bergwelt-ibk.example.at", sequence=0,
                start="2026-02-17 09:30 +0100", minutes=60,
                summary="Vorstellungsgespräch Content & Social Media Manager:in",
                location="Maria-Theresien-Straße 18, 3. Stock, Besprechungsraum Patscherkofel",
                organizer=VERENA),
        "hdr": [("X-Mailer", "Microsoft Outlook 16.0")],
        "mid": "bw_invite", "irt": "bw_ack",
    },
    {
        "slug": "zirbenhof_probearbeitstag", "kind": "interview_invitation", "lang": "de",
        "company": "Hotel Zirbenhof", "contact": "sepp@zirbenhof.example.at",
        "frm": ("Josef Hechl", "sepp@zirbenhof.example.at"),
        "subject": "Probearbeitstag bei uns im Zirbenhof",
        "date": "2026-03-16 18:33 +0100",
        "text": """Grüß Gott Frau Adjei-Sommer,

danke für das nette Telefonat am Freitag. Wie besprochen würden wir Sie gerne zu einem Probearbeitstag einladen, damit Sie unser Haus, das Team und die Arbeit im Marketing und an der Rezeption kennenlernen.

Wann: Dienstag, 24. März, ab 8:00 Uhr (bis ca. 16 Uhr, Mittagessen mit dem Team inklusive)
Wo: Hotel Zirbenhof, Jochberger Straße 40, Kitzbühel - bitte beim Personaleingang hinten läuten
Mitbringen: bequeme Schuhe und gerne Ihren Laptop

Der Tag wird selbstverständlich bezahlt. Geben Sie mir bitte kurz Bescheid, ob der Termin passt.

Mit freundlichen Grüßen
Josef Hechl
Hotel Zirbenhof, Kitzbühel
Tel. 05356 62 7 18""",
        "cs": "iso-8859-1", "cte": "8bit",
        "mid": "zb_trial",
    },
    {
        "slug": "bergmann_partner_termin_hotel_kapuzinerberg", "kind": "interview_invitation", "lang": "de",
        "company": "Hotel Kapuzinerberg", "contact": STEFANIE[1],
        "frm": STEFANIE,
        "subject": "Vorstellungstermin Hotel Kapuzinerberg – Di, 3. März, 10 Uhr",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-02-20 11:02 +0100",
        "text": BP_KAPU_INVITE,
        "cte": "qp",
        "mid": "bp_kapu_inv", "irt": "bp_reg",
    },
    {
        "slug": "salzachland_assessment_center", "kind": "interview_invitation", "lang": "de",
        "company": "SalzachLand Tourismus", "contact": "theresa.lindner@salzachland.example.at",
        "frm": ("Theresa Lindner via Recruitee", "no-reply@jobs.recruitee.com"),
        "reply_to": ("Theresa Lindner", "theresa.lindner@salzachland.example.at"),
        "subject": "Einladung zum Assessment Center am 9. Juli",
        "date": "2026-06-29 10:20 +0200",
        "text": SL_AC,
        "html": ats_card("SalzachLand Tourismus", "#c0392b", paras(SL_AC),
                      "Gesendet mit Recruitee im Auftrag von SalzachLand Tourismus."),
        "cte": "b64",
        "mid": "sl_ac", "irt": "sl_ack",
    },
    {
        "slug": "steinbock_donnerstag_videocall", "kind": "interview_invitation", "lang": "de",
        "company": "Steinbock Outdoor", "contact": "lena.gapp@steinbock-outdoor.example.at",
        "frm": ("Lena Gapp via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Lena Gapp", "lena.gapp@steinbock-outdoor.example.at"),
        "subject": "Hast du Donnerstag Zeit? ☕",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-04-27 16:51 +0200",
        "text": """Hi Henrike,

ich bin Lena, ich leite bei Steinbock das Community-Marketing. Deine Bewerbung als Content Creator Winter ist bei mir gelandet und ich finde sie richtig spannend – vor allem die Videos von deinen Freeride-Kursen.

Hast du am Donnerstag (30.4.) Zeit für einen lockeren Videocall? So 30 Minuten, einfach zum Kennenlernen – wie wir arbeiten, was du dir vorstellst. Mir würde 11 Uhr gut passen, ich schick dir dann einen Teams-Link.

Gib mir einfach kurz Bescheid!

Liebe Grüße
Lena
Steinbock Outdoor · Community & Brand
Grabenweg 68, 6020 Innsbruck""",
        "cte": "8bit",
        "mid": "sb_coffee",
    },
    {
        "slug": "rittner_telefongespraech_dr_kofler", "kind": "interview_invitation", "lang": "de",
        "company": "Rittner Höhenhotels", "contact": "j.ebner@ritten-hotels.example.it",
        "frm": ("Ebner, Judith", "j.ebner@ritten-hotels.example.it"),
        "subject": "Terminvorschlag: Telefongespräch mit Dr. Kofler",
        "date": "2026-04-20 08:47 +0200",
        "text": """Sehr geehrte Frau Adjei-Sommer,

wie angekündigt melde ich mich mit einem Terminvorschlag: Herr Dr. Kofler würde gerne ein erstes Gespräch mit Ihnen führen, und zwar telefonisch am

Dienstag, 28. April 2026, um 10:00 Uhr.

Er ruft Sie unter +43 664 381 2290 an. Das Gespräch dauert etwa eine halbe Stunde. Falls Ihnen die Uhrzeit nicht passt, schreiben Sie mir bitte – wir finden sicher eine Alternative.

Mit freundlichen Grüßen
Judith Ebner
Personalbüro
Rittner Höhenhotels

""" + outlook_block("de", "Ebner, Judith", "Montag, 13. April 2026 09:26", "Henrike Adjei-Sommer",
                    "Ihre Bewerbung - Marketing & Sales Coordinator") + "\n\n" + RH_ACK,
        "cs": "windows-1252", "cte": "8bit",
        "hdr": [("X-Mailer", "Microsoft Outlook 16.0")],
        "mid": "rh_inv", "irt": "rh_ack",
    },
    {
        "slug": "nordwand_terminwahl_smartrecruiters", "kind": "interview_invitation", "lang": "de",
        "company": "Nordwand Seilbahnen", "contact": "lukas.pfurtscheller@nordwand-seilbahnen.example.at",
        "frm": ("Nordwand Seilbahnen", "noreply@smartrecruiters.com"),
        "reply_to": ("Lukas Pfurtscheller", "lukas.pfurtscheller@nordwand-seilbahnen.example.at"),
        "subject": "Bitte wählen Sie einen Termin für Ihr Interview",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-07-27 13:10 +0000",
        "html": ats_card("Nordwand Seilbahnen", "#2c3e50", paras(NW_SLOT),
                      "Gesendet über SmartRecruiters im Auftrag von Nordwand Seilbahnen GmbH."),
        "cte": "qp",
        "mid": "nw_slot", "irt": "nw_ack",
    },
    {
        "slug": "gipfelwerk_zweite_runde_bozen", "kind": "interview_invitation", "lang": "de",
        "company": "Südtiroler Gipfelwerk Marketing", "contact": "m.unterhofer@gipfelwerk.example.it",
        "frm": ("Matthias Unterhofer", "m.unterhofer@gipfelwerk.example.it"),
        "subject": "Re: Ihre Bewerbung bei Gipfelwerk – zweite Runde",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-08-10 15:22 +0200",
        "text": """Sehr geehrte Frau Adjei-Sommer,

nochmals danke für das angenehme erste Gespräch per Video letzte Woche. Wir würden Sie sehr gerne in die zweite Runde einladen – diesmal persönlich bei uns in Bozen, gemeinsam mit unserem Kreativdirektor Lukas Pichler.

Vorschlag: Montag, 24. August, 14:30 Uhr, in der Agentur (Museumstraße 44, 39100 Bozen). Bitte bereiten Sie eine kleine Aufgabe vor: ein Kampagnenkonzept für eine Südtiroler Bergbahn im Sommer, drei bis vier Folien genügen.

Passt Ihnen der Termin?

Freundliche Grüße aus Bozen
Matthias Unterhofer
Head of Client Services
Südtiroler Gipfelwerk Marketing GmbH
Museumstraße 44 · 39100 Bozen
+39 0471 98 21 44

""" + wrote("de", "Mo., 27. Juli 2026 um 08:12", "Gipfelwerk Recruiting", "bewerbung@gipfelwerk.example.it")
        + "\n" + quote("""Sehr geehrte Bewerberin, sehr geehrter Bewerber,

vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten. Bitte haben Sie Verständnis, dass wir aufgrund der vielen Zuschriften nicht jede Bewerbung einzeln beantworten können; wir melden uns, wenn wir Sie kennenlernen möchten.

Ihr Gipfelwerk-Team"""),
        "cte": "8bit",
        "mid": "gw_inv",
    },
    {
        "slug": "gletscherblick_teams_interview_ics", "kind": "interview_invitation", "lang": "de",
        "company": "Gletscherblick Reisen", "contact": SIMONE[1],
        "frm": SIMONE,
        "subject": "Einladung Video-Interview Marketing Managerin Wintersport",
        "date": "2026-07-06 14:03 +0200",
        "text": GB_INVITE,
        "html": outlook_html(mso(GB_INVITE)),
        "cte": "qp",
        "ics": ics(method="REQUEST", uid="gb-vi-20260714-ahs@gletscherblick.example.ch", sequence=0,
                start="2026-07-14 10:00 +0200", minutes=45,
                summary="Video-Interview Marketing Managerin Wintersport",
                location="Microsoft Teams-Besprechung",
                description="Microsoft Teams-Besprechung\nBesprechungs-ID: 381 227 904 55\nKennung: r7Qx2p",
                organizer=SIMONE),
        "hdr": [("X-Mailer", "Microsoft Outlook 16.0")],
        "mid": "gb_inv",
    },
    {
        "slug": "blauweiss_case_study_einladung", "kind": "interview_invitation", "lang": "de",
        "company": "Werbeagentur Blauweiss", "contact": "korbinian.wimmer@blauweiss-agentur.example.de",
        "frm": ("Werbeagentur Blauweiss", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Korbinian Wimmer", "korbinian.wimmer@blauweiss-agentur.example.de"),
        "subject": "Nächster Schritt: Case Study & Präsentation",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-06-10 09:30 +0200",
        "html": ats_card("Blauweiss", "#1f6fb2", paras(BW2_CASE),
                      "Werbeagentur Blauweiss GmbH · Schellingstraße 109 · 80798 München · Sent with Teamtailor"),
        "cte": "8bit",
        "mid": "bw2_case",
    },
    {
        "slug": "kitz_events_kennenlernen_kaffee", "kind": "interview_invitation", "lang": "de",
        "company": "Kitz Alpine Events", "contact": "nina@kitz-events.example.at",
        "frm": ("Nina Aufschnaiter", "nina@kitz-events.example.at"),
        "subject": "Kennenlernen am 9. September?",
        "date": "2026-09-01 12:12 +0200",
        "text": KAE_INVITE,
        "cte": "qp",
        "mid": "kae_inv",
    },
    {
        "slug": "summitsea_greenhouse_phone_screen_link", "kind": "interview_invitation", "lang": "en",
        "company": "Summit & Sea Travel", "contact": "lucy.barnes@summitsea.example.co.uk",
        "frm": ("Lucy Barnes via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Lucy Barnes", "lucy.barnes@summitsea.example.co.uk"),
        "subject": "Summit & Sea Travel – let's schedule a quick call",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-03-09 11:18 +0000",
        "text": SS_SCREEN,
        "html": ats_card("Summit & Sea Travel", "#0f6e8c", paras(SS_SCREEN), "Sent via Greenhouse.", lang="en"),
        "cte": "qp",
        "mid": "ss_screen", "irt": "ss_ack",
    },
    {
        "slug": "summitsea_lets_try_again", "kind": "interview_invitation", "lang": "en",
        "company": "Summit & Sea Travel", "contact": "lucy.barnes@summitsea.example.co.uk",
        "frm": ("Lucy Barnes", "lucy.barnes@summitsea.example.co.uk"),
        "subject": "Re: Sorry about this morning's call",
        "date": "2026-03-16 09:02 +0000",
        "text": """Hi Henrike,

No worries at all, and thanks for letting me know - the time zone thing catches people out more often than you'd think!

Let's try again. Would Thursday 19 March at 11:00 UK time (12:00 in Innsbruck) work? Same format: a 30-minute call, and this time I'll send a calendar invite showing both time zones so there's no confusion.

If Thursday doesn't suit, Friday morning is also open.

Best,
Lucy""",
        "mid": "ss_retry", "irt": "ss_sorry",
    },
    {
        "slug": "helvetic_trails_first_interview", "kind": "interview_invitation", "lang": "en",
        "company": "Helvetic Trails", "contact": "nora.keller@helvetictrails.example.ch",
        "frm": ("Nora Keller", "nora.keller@helvetictrails.example.ch"),
        "subject": "Interview for Marketing Lead – Winter Products",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-06-08 10:11 +0200",
        "text": HT_INVITE,
        "html": plain_html(paras(HT_INVITE), lang="en"),
        "cte": "qp",
        "mid": "ht_inv", "irt": "ht_ack",
    },
    {
        "slug": "peakline_panel_google_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Peakline Agency", "contact": HANNAH[1],
        "frm": HANNAH,
        "subject": "Invitation: Panel interview – Account Manager, Travel & Outdoor @ Wed 4 Mar 2026 3pm - 4pm (GMT) (henrike.as@example.at)",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-02-23 12:40 +0000",
        "text": PK_PANEL,
        "html": plain_html(paras(PK_PANEL), lang="en"),
        "cte": "qp",
        "ics": ics(method="REQUEST", uid="7kq2p9m0f1peakline2026@google.com", sequence=0,
                prodid="-//Google Inc//Google Calendar 70.9054//EN",
                start="2026-03-04 15:00 +0000", minutes=60,
                summary="Panel interview – Account Manager, Travel & Outdoor",
                location="meet.google.com/pkl-ynzw-tra", organizer=HANNAH, cte="qp"),
        "mid": "pk_panel", "irt": "pk_ack",
    },
    {
        "slug": "harrow_client_interview_fjellrun", "kind": "interview_invitation", "lang": "en",
        "company": "Fjellrun Outdoor", "contact": PRIYA[1],
        "frm": PRIYA,
        "subject": "Interview confirmed: Fjellrun Outdoor, Tue 21 April",
        "date": "2026-04-15 15:37 +0100",
        "text": """Hi Henrike,

Brilliant news – Fjellrun would like to meet you! As discussed, here are the details for your first interview for the Partnerships & Content Manager role:

Date: Tuesday 21 April
Time: 2:00pm UK (3:00pm your time)
Format: video call on Microsoft Teams (Fjellrun will send the link directly)
With: Erik Lindqvist, Head of Marketing UK, and Grace Holloway from their People team

Fjellrun are a Norwegian outdoor brand with their UK HQ in Shoreditch – they want someone who can build partnerships with ski schools and mountain guides, so your background is spot on. I'll call you on Monday to prep.

Please reply to confirm you're happy with the time.

Best,
Priya

Priya Raman
Principal Consultant – Travel, Leisure & Outdoor
Harrow Talent Partners""",
        "cte": "qp",
        "mid": "hr_fjell", "irt": "hr_reg",
    },
    {
        "slug": "brightpeak_free_thursday", "kind": "interview_invitation", "lang": "en",
        "company": "Brightpeak Media", "contact": OLLIE[1],
        "frm": OLLIE,
        "subject": "quick chat thursday?",
        "date": "2026-05-04 16:27 +0100",
        "text": BM_CHAT,
        "mid": "bm_chat",
    },
    {
        "slug": "snowline_assessment_day_workable", "kind": "interview_invitation", "lang": "en",
        "company": "Snowline Apparel", "contact": "marcus.lee@snowline.example.co.uk",
        "frm": ("Snowline Apparel", "noreply@workablemail.com"),
        "reply_to": ("Marcus Lee", "marcus.lee@snowline.example.co.uk"),
        "subject": "Assessment day invitation – Brand Marketing Manager – Europe",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-08-24 14:05 +0100",
        "text": SN_AC,
        "html": ats_card("Snowline Apparel", "#17202a", paras(SN_AC), "Sent via Workable.", lang="en"),
        "cte": "qp",
        "mid": "sn_ac",
    },
    {
        "slug": "ot_vallee_blanche_convocation_ics", "kind": "interview_invitation", "lang": "fr",
        "company": "Office de Tourisme de la Vallée Blanche", "contact": SOPHIE[1],
        "frm": SOPHIE,
        "subject": "Convocation à un entretien – Chargé(e) de promotion marchés germanophones",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-04-14 11:30 +0200",
        "text": OT_INVITE,
        "html": plain_html(paras(OT_INVITE), lang="fr"),
        "cte": "8bit",
        "ics": ics(method="REQUEST", uid="ot-vb-entretien-20260423-1400@ot-valleeblanche.example.fr",
                sequence=0, start="2026-04-23 14:00 +0200", minutes=60,
                summary="Entretien – Chargé(e) de promotion marchés germanophones",
                location="Office de Tourisme de la Vallée Blanche, salle du conseil",
                organizer=SOPHIE),
        "mid": "ot_inv", "irt": "ot_ack",
    },
    {
        "slug": "grand_serac_journee_essai", "kind": "interview_invitation", "lang": "fr",
        "company": "Hôtel Le Grand Sérac", "contact": "marc.simond@grandserac.example.fr",
        "frm": ("Hôtel Le Grand Sérac Direction", "direction@grandserac.example.fr"),
        "frm_enc": ("iso-8859-1", "Q"),
        "reply_to": ("Marc Simond", "marc.simond@grandserac.example.fr"),
        "subject": "Journée d'essai mercredi 8 juillet",
        "subj_enc": ("iso-8859-1", "B"),
        "date": "2026-07-01 17:55 +0200",
        "text": """Bonjour Henrike,

Comme convenu au téléphone, je vous propose de venir passer une journée d'essai avec nous le mercredi 8 juillet, de 9h à 17h. Vous suivrez Léa, notre responsable communication, dans ses missions du jour : préparation de la newsletter d'été, shooting photo au bord de la piscine et accueil d'un groupe de journalistes allemands en fin d'après-midi.

Le déjeuner est offert et la journée sera rémunérée. Présentez-vous à la réception à 8h45 et demandez-moi.

Merci de me confirmer votre venue d'ici vendredi.

Cordialement,
Marc Simond
Directeur général
Hôtel Le Grand Sérac, Chamonix""",
        "cs": "iso-8859-1", "cte": "qp",
        "mid": "gs_trial",
    },
    {
        "slug": "cimes_entretien_client_aiguillette", "kind": "interview_invitation", "lang": "fr",
        "company": "Téléphériques de l'Aiguillette", "contact": JULIEN[1],
        "frm": JULIEN,
        "subject": "Entretien avec les Téléphériques de l'Aiguillette – mardi 9 juin",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-06-02 18:14 +0200",
        "text": CR_INVITE,
        "cte": "qp",
        "mid": "cr_inv", "irt": "cr_reg",
    },
    {
        "slug": "coma_blanca_entrevista_director", "kind": "interview_invitation", "lang": "es",
        "company": "Hotel Coma Blanca", "contact": MONTSE[1],
        "frm": MONTSE,
        "subject": "Entrevista - Responsable de marketing y eventos",
        "date": "2026-05-18 12:45 +0200",
        "text": CB_INVITE,
        "cs": "iso-8859-1", "cte": "qp",
        "mid": "cb_inv", "irt": "cb_ack",
    },
    {
        "slug": "valira_alta_videollamada", "kind": "interview_invitation", "lang": "es",
        "company": "Estaciones Valira Alta", "contact": "jordi.puig@valiraalta.example.ad",
        "frm": ("Jordi Puig", "jordi.puig@valiraalta.example.ad"),
        "subject": "¿Hablamos? Entrevista por videollamada",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-09-07 19:02 +0200",
        "text": VA_INVITE,
        "html": plain_html(paras(VA_INVITE), lang="es"),
        "cte": "qp",
        "mid": "va_inv",
    },
    {
        "slug": "pic_negre_llamada_telefonica", "kind": "interview_invitation", "lang": "es",
        "company": "Consorci Turístic Pic Negre", "contact": "laia.rossell@picnegre.example.ad",
        "frm": ("Laia Rossell", "laia.rossell@picnegre.example.ad"),
        "subject": "Llamada telefónica: candidatura Técnica de promoción turística",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-10-05 13:20 +0200",
        "text": """Estimada Sra. Adjei-Sommer:

Gracias por presentar su candidatura al puesto de Técnica de promoción turística. Nos gustaría mantener con usted una primera conversación telefónica de unos 20 minutos para conocer mejor su perfil y su disponibilidad.

¿Le vendría bien el jueves 8 de octubre a las 12:30 h? La llamaríamos al número que figura en su currículum. Si prefiere otro momento, indíquenos dos o tres alternativas.

Reciba un cordial saludo,

Laia Rossell
Responsable de Promoción
Consorci Turístic Pic Negre
Plaça Major 4 · AD600 Sant Julià de Lòria
Tel. +376 84 31 90

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario, le rogamos que nos lo comunique y proceda a su eliminación.""",
        "cs": "windows-1252", "cte": "8bit",
    },
    # ------------------------------------------------------------------ interview_reschedule_or_cancel
    {
        "slug": "gamsberg_grippe_neuer_termin", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Gamsberg Bergbahnen", "contact": MAGDALENA[1],
        "frm": MAGDALENA,
        "subject": "AW: Ihre Bewerbung bei den Gamsberg Bergbahnen – kurzes Telefonat?",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-01-26 07:45 +0100",
        "text": """Liebe Frau Adjei-Sommer,

es tut mir leid, so kurzfristig: Ich liege mit Grippe flach und kann unser Telefonat heute Vormittag nicht führen. Darf ich Ihnen stattdessen Donnerstag, 29. Jänner, um 16:30 Uhr vorschlagen? Da sind Sie ja schon vom Berg zurück.

Wenn das nicht geht, schreiben Sie mir einfach eine Alternative.

Beste Grüße
Magdalena Hechenberger

Von meinem iPhone gesendet""",
        "cte": "8bit",
        "mid": "gams_ill", "irt": "gams_own",
    },
    {
        "slug": "bergwelt_aktualisiert_sequence", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Innsbrucker Bergwelt Tourismus", "contact": VERENA[1],
        "frm": VERENA,
        "subject": "Aktualisiert: Vorstellungsgespräch Content & Social Media Manager:in",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-02-12 16:05 +0100",
        "text": BW_UPDATE,
        "html": outlook_html(mso(BW_UPDATE)),
        "cs": "windows-1252", "cte": "qp",
        "ics": ics(method="REQUEST", uid="bw-2026-0217-adjei-sommer@bergwelt-ibk.example.at", sequence=1,
                start="2026-02-17 11:00 +0100", minutes=60,
                summary="Vorstellungsgespräch Content & Social Media Manager:in",
                location="Maria-Theresien-Straße 18, Erdgeschoss, Besprechungsraum Nordkette",
                organizer=VERENA),
        "hdr": [("X-Mailer", "Microsoft Outlook 16.0")],
        "mid": "bw_update", "irt": "bw_invite",
    },
    {
        "slug": "salzachland_ac_verschoben", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "SalzachLand Tourismus", "contact": "theresa.lindner@salzachland.example.at",
        "frm": ("Theresa Lindner", "theresa.lindner@salzachland.example.at"),
        "subject": "Neuer Termin fürs Assessment Center: 16. Juli",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-07-03 09:48 +0200",
        "text": """Hallo Henrike,

leider muss ich dir eine Terminänderung durchgeben: Unser Geschäftsführer ist am 9. Juli kurzfristig beim Landestourismustag in Zell am See eingeteilt, und ohne ihn wollen wir das Assessment Center nicht durchführen.

Neuer Termin: Donnerstag, 16. Juli 2026 – gleicher Ablauf, gleiche Uhrzeit (9:00 bis ca. 15:30 Uhr), gleicher Ort.

Sorry für die Umstände! Gib mir bitte kurz Bescheid, ob du am 16. kannst – falls nicht, finden wir eine Lösung mit einem Einzeltermin.

Liebe Grüße
Theresa""",
        "cte": "qp",
        "mid": "sl_move", "irt": "sl_ac",
    },
    {
        "slug": "gletscherblick_abgesagt_method_cancel", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Gletscherblick Reisen", "contact": SIMONE[1],
        "frm": SIMONE,
        "subject": "Abgesagt: Video-Interview Marketing Managerin Wintersport",
        "date": "2026-07-13 16:41 +0200",
        "text": GB_CANCEL,
        "html": outlook_html(mso(GB_CANCEL)),
        "cte": "qp",
        "ics": ics(method="CANCEL", uid="gb-vi-20260714-ahs@gletscherblick.example.ch", sequence=1,
                start="2026-07-14 10:00 +0200", minutes=45,
                summary="Abgesagt: Video-Interview Marketing Managerin Wintersport",
                location="Microsoft Teams-Besprechung", organizer=SIMONE),
        "hdr": [("X-Mailer", "Microsoft Outlook 16.0")],
        "mid": "gb_cancel", "irt": "gb_inv",
    },
    {
        "slug": "nordwand_verschiebung_14_uhr", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Nordwand Seilbahnen", "contact": "lukas.pfurtscheller@nordwand-seilbahnen.example.at",
        "frm": ("Lukas Pfurtscheller", "lukas.pfurtscheller@nordwand-seilbahnen.example.at"),
        "subject": "Verschiebung: Gespräch Mi, 5.8. auf 14 Uhr",
        "date": "2026-08-03 08:20 +0200",
        "text": """Hallo Frau Adjei-Sommer,

kurze Info: Wir müssen unser Gespräch am Mittwoch, 5. August, von 10:00 auf 14:00 Uhr verschieben – am Vormittag haben wir eine Sicherheitsbegehung mit der Behörde an der Bergstation. Der Teams-Link bleibt derselbe.

Passt Ihnen 14 Uhr? Falls nicht, antworten Sie mir einfach mit einer Alternative.

Danke und schöne Grüße
Lukas Pfurtscheller
Leitung Marketing
Nordwand Seilbahnen
Hungerburgweg 3, 6020 Innsbruck""",
        "cte": "8bit",
        "mid": "nw_shift", "irt": "nw_slot",
    },
    {
        "slug": "bergmann_partner_kapuzinerberg_verlegt", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Hotel Kapuzinerberg", "contact": STEFANIE[1],
        "frm": STEFANIE,
        "subject": "Terminänderung Hotel Kapuzinerberg: neu Do, 5. März, 15 Uhr",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-02-27 14:18 +0100",
        "text": """Liebe Frau Adjei-Sommer,

kleine Planänderung: Frau Mag. Wörndl muss am Dienstag zu einer Eigentümerversammlung nach Wien und hat mich gebeten, das Gespräch zu verschieben. Neuer Termin ist

Donnerstag, 5. März 2026, 15:00 Uhr – gleicher Ort, gleiche Gesprächspartner.

Ich hoffe, das lässt sich mit Ihren Skikursen vereinbaren? Geben Sie mir bitte kurz Bescheid, dann bestätige ich dem Hotel.

Herzliche Grüße
Stefanie Mair

""" + wrote("de", "Fr., 20. Feb. 2026 um 11:02", "Stefanie Mair", STEFANIE[1]) + "\n" + quote(BP_KAPU_INVITE),
        "cte": "b64",
        "mid": "bp_kapu_move", "irt": "bp_kapu_inv",
    },
    {
        "slug": "gipfelwerk_termin_abgesagt_messe", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Südtiroler Gipfelwerk Marketing", "contact": "m.unterhofer@gipfelwerk.example.it",
        "frm": ("Matthias Unterhofer", "m.unterhofer@gipfelwerk.example.it"),
        "subject": "Absage unseres Termins am 24. August – keine Sorge!",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-08-17 10:03 +0200",
        "text": """Sehr geehrte Frau Adjei-Sommer,

ich muss unser Treffen am Montag, 24. August, leider absagen. Unser Kunde hat kurzfristig eine Präsentation auf der Messe in Friedrichshafen angesetzt, und Lukas und ich müssen beide hin.

Das betrifft nur den Termin, nicht Ihre Bewerbung – wir möchten Sie nach wie vor unbedingt kennenlernen. Sobald wir zurück sind (ab 31. August), schicke ich Ihnen zwei, drei neue Terminvorschläge. Ihr Kampagnenkonzept können Sie also in Ruhe weiter ausarbeiten.

Entschuldigen Sie die Umstände und freundliche Grüße
Matthias Unterhofer""",
        "cs": "windows-1252", "cte": "qp",
        "mid": "gw_cancel", "irt": "gw_inv",
    },
    {
        "slug": "helvetic_trails_move_to_wednesday", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Helvetic Trails", "contact": "nora.keller@helvetictrails.example.ch",
        "frm": ("Nora Keller", "nora.keller@helvetictrails.example.ch"),
        "subject": "Re: Interview for Marketing Lead – Winter Products",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-06-11 17:30 +0200",
        "text": """Hi Henrike,

Apologies for the short notice – Jonas has to fly to Milan on Tuesday for a supplier meeting, so we need to move your interview. Would Wednesday 17 June at the same time (10:00 Zurich / Innsbruck time) work instead? If not, Thursday afternoon is wide open.

The video link will stay the same; I'll update the calendar entry once you confirm.

Thanks for your flexibility,
Nora

""" + wrote("en", "Mon, 8 Jun 2026 at 10:11", "Nora Keller", "nora.keller@helvetictrails.example.ch")
        + "\n" + quote(HT_INVITE),
        "cte": "qp",
        "mid": "ht_move", "irt": "ht_inv",
    },
    {
        "slug": "peakline_updated_invitation_sequence", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Peakline Agency", "contact": HANNAH[1],
        "frm": HANNAH,
        "subject": "Updated invitation: Panel interview – Account Manager, Travel & Outdoor @ Wed 4 Mar 2026 4pm - 5pm (GMT) (henrike.as@example.at)",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-03-02 18:02 +0000",
        "text": PK_UPDATE,
        "html": plain_html(paras(PK_UPDATE), lang="en"),
        "cte": "qp",
        "ics": ics(method="REQUEST", uid="7kq2p9m0f1peakline2026@google.com", sequence=1,
                prodid="-//Google Inc//Google Calendar 70.9054//EN",
                start="2026-03-04 16:00 +0000", minutes=60,
                summary="Panel interview – Account Manager, Travel & Outdoor",
                location="meet.google.com/pkl-ynzw-tra", organizer=HANNAH, cte="qp"),
        "mid": "pk_update", "irt": "pk_panel",
    },
    {
        "slug": "snowline_assessment_cancelled_rail_strike", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Snowline Apparel", "contact": "marcus.lee@snowline.example.co.uk",
        "frm": ("Marcus Lee", "marcus.lee@snowline.example.co.uk"),
        "subject": "Assessment day on 3 September – cancelled, we'll rebook",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-09-01 12:26 +0100",
        "text": """Dear Henrike,

I'm sorry to say that we've had to cancel this Thursday's assessment day. With the rail strike announced for 3 September, half of our candidates and two of our assessors would not be able to get to the office.

This doesn't affect your application in any way – you're still very much in the process. We're looking at Tuesday 15 or Wednesday 16 September as replacement dates and I'll confirm the new date by the end of this week. Please don't book any non-refundable travel until then.

Apologies for the disruption.

Best regards,
Marcus

Marcus Lee
Head of Marketing, Snowline Apparel
28 Commercial Street, London E1 6LS | 020 7946 0377""",
        "cte": "8bit",
        "mid": "sn_cancel", "irt": "sn_ac",
    },
    {
        "slug": "brightpeak_push_to_friday", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Brightpeak Media", "contact": OLLIE[1],
        "frm": OLLIE,
        "subject": "Re: quick chat thursday?",
        "date": "2026-05-06 08:55 +0100",
        "text": """Hi Henrike,

Annoyingly something's come up on my side for Thursday - we've got a photographer stuck in Bergen. Could we push our chat to Friday instead? 11:30 UK / 12:30 yours?

Same Zoom link as before: https://zoom.us/j/9921038812

Cheers,
Ollie

""" + wrote("en", "Mon, 4 May 2026 at 19:03", "Henrike Adjei-Sommer", ME_ADDR) + "\n" + quote(
            """Hi Ollie,

Thanks so much - Thursday works brilliantly. Shall we say 11:00 UK time?

Best,
Henrike

""" + wrote("en", "Mon, 4 May 2026 at 16:27", "Ollie Grant", OLLIE[1]) + "\n" + quote(BM_CHAT)),
        "mid": "bm_push", "irt": "bm_chat",
    },
    {
        "slug": "ot_vallee_blanche_annulation_method_cancel", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Office de Tourisme de la Vallée Blanche", "contact": SOPHIE[1],
        "frm": SOPHIE,
        "subject": "Annulation : entretien du jeudi 23 avril",
        "date": "2026-04-21 09:12 +0200",
        "text": OT_CANCEL,
        "cte": "qp",
        "ics": ics(method="CANCEL", uid="ot-vb-entretien-20260423-1400@ot-valleeblanche.example.fr",
                sequence=1, start="2026-04-23 14:00 +0200", minutes=60,
                summary="Entretien – Chargé(e) de promotion marchés germanophones",
                location="Office de Tourisme de la Vallée Blanche, salle du conseil",
                organizer=SOPHIE, cte="qp"),
        "mid": "ot_cancel", "irt": "ot_inv",
    },
    {
        "slug": "cimes_client_decale_entretien", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Téléphériques de l'Aiguillette", "contact": JULIEN[1],
        "frm": JULIEN,
        "subject": "Changement d'horaire – Téléphériques de l'Aiguillette",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-06-05 10:40 +0200",
        "text": """Bonjour Henrike,

Petit changement de programme : Mme Tairraz a une inspection technique imprévue mardi matin et m'a demandé de décaler votre entretien. Il aurait lieu jeudi 11 juin à 15h00, même lieu, mêmes interlocuteurs.

Est-ce que cela vous convient ? Si ce n'est pas possible pour vous, dites-le-moi et je négocie un autre créneau.

Bonne journée,
Julien

""" + outlook_block("fr", "Julien Perrollaz <j.perrollaz@cimes-recrutement.example.fr>",
                    "mardi 2 juin 2026 18:14", "Henrike Adjei-Sommer <henrike.as@example.at>",
                    "Entretien avec les Téléphériques de l'Aiguillette – mardi 9 juin") + "\n\n" + CR_INVITE,
        "cte": "8bit",
        "mid": "cr_move", "irt": "cr_inv",
    },
    {
        "slug": "coma_blanca_cambio_de_hora", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Hotel Coma Blanca", "contact": MONTSE[1],
        "frm": MONTSE,
        "subject": "Cambio de hora de su entrevista del martes",
        "date": "2026-05-22 09:31 +0200",
        "text": """Buenos días, Henrike:

Le escribo porque el Sr. Cerqueda tiene una reunión con la asociación de hoteleros el martes por la mañana. Por este motivo, le proponemos mantener la entrevista el mismo día, martes 26 de mayo, pero a las 16:30 h en lugar de a las 11:00 h.

Le ruego que nos confirme si le va bien el nuevo horario.

Disculpe las molestias.

Atentamente,
Montse Vidal
Recursos Humanos - Hotel Coma Blanca

""" + outlook_block("es", "Montse Vidal <rrhh@comablanca.example.ad>", "lunes, 18 de mayo de 2026 12:45",
                    "Henrike Adjei-Sommer <henrike.as@example.at>",
                    "Entrevista - Responsable de marketing y eventos") + "\n\n" + CB_INVITE,
        "cs": "iso-8859-1", "cte": "qp",
        "mid": "cb_move", "irt": "cb_inv",
    },
    {
        "slug": "valira_alta_entrevistador_enfermo", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Estaciones Valira Alta", "contact": "marta.font@valiraalta.example.ad",
        "frm": ("Marta Font", "marta.font@valiraalta.example.ad"),
        "subject": "Cambio de fecha: videollamada con Jordi Puig",
        "date": "2026-09-14 11:15 +0200",
        "text": """Hola Henrike:

Te escribo de parte de Jordi Puig, que está de baja por una gripe desde ayer. Nos ha pedido que aplacemos la videollamada de mañana, martes 15 de septiembre.

¿Te iría bien el jueves 17 a la misma hora, a las 17:00? El enlace de Google Meet sería el mismo.

Disculpa los cambios y gracias por tu comprensión.

Marta Font
Asistente de Dirección – Marketing y Comunicación
Estaciones Valira Alta

""" + wrote("es", "lun, 7 sept 2026 a las 19:02", "Jordi Puig", "jordi.puig@valiraalta.example.ad")
        + "\n" + quote(VA_INVITE),
        "cte": "qp",
        "mid": "va_move", "irt": "va_inv",
    },
    # ------------------------------------------------------------------ missed_interview_notice
    {
        "slug": "zirbenhof_probetag_nicht_erschienen", "kind": "missed_interview_notice", "lang": "de",
        "company": "Hotel Zirbenhof", "contact": "sepp@zirbenhof.example.at",
        "frm": ("Josef Hechl", "sepp@zirbenhof.example.at"),
        "subject": "Probearbeitstag heute",
        "date": "2026-03-24 10:15 +0100",
        "text": """Grüß Gott Frau Adjei-Sommer,

wir hatten Sie heute um 8 Uhr zum Probearbeitstag erwartet. Leider sind Sie nicht gekommen, und auch unter Ihrer Handynummer habe ich Sie zweimal nicht erreicht.

Ich hoffe, es ist nichts passiert. Bitte melden Sie sich kurz bei mir, damit ich weiß, woran wir sind.

Mit freundlichen Grüßen
Josef Hechl
Hotel Zirbenhof""",
        "cs": "iso-8859-1", "cte": "8bit",
        "mid": "zb_missed", "irt": "zb_trial",
    },
    {
        "slug": "steinbock_teams_gewartet", "kind": "missed_interview_notice", "lang": "de",
        "company": "Steinbock Outdoor", "contact": "lena.gapp@steinbock-outdoor.example.at",
        "frm": ("Lena Gapp", "lena.gapp@steinbock-outdoor.example.at"),
        "subject": "Heute 11 Uhr – hast du's vergessen?",
        "subj_enc": ("utf-8", "B"),
        "date": "2026-04-30 11:32 +0200",
        "text": """Hi Henrike,

ich war heute um 11 Uhr im Teams-Call und hab ungefähr eine Viertelstunde auf dich gewartet – bist du irgendwie nicht reingekommen? Der Link war in meiner Mail von Dienstag.

Kein Drama, kann passieren. Schreib mir einfach, was los war.

LG Lena""",
        "cte": "8bit",
        "mid": "sb_missed", "irt": "sb_coffee",
    },
    {
        "slug": "rittner_zweimal_angerufen", "kind": "missed_interview_notice", "lang": "de",
        "company": "Rittner Höhenhotels", "contact": "j.ebner@ritten-hotels.example.it",
        "frm": ("Ebner, Judith", "j.ebner@ritten-hotels.example.it"),
        "subject": "Telefongespräch heute 10 Uhr",
        "date": "2026-04-28 10:40 +0200",
        "text": """Sehr geehrte Frau Adjei-Sommer,

Herr Dr. Kofler hat heute um 10:00 Uhr wie vereinbart versucht, Sie unter +43 664 381 2290 anzurufen – zweimal, im Abstand von zehn Minuten. Leider hat er Sie nicht erreicht, und auf der Mobilbox konnte er keine Nachricht hinterlassen.

Bitte teilen Sie mir mit, ob Sie weiterhin an der Stelle interessiert sind.

Mit freundlichen Grüßen
Judith Ebner
Personalbüro
Rittner Höhenhotels""",
        "cs": "windows-1252", "cte": "qp",
        "hdr": [("X-Mailer", "Microsoft Outlook 16.0")],
        "mid": "rh_missed", "irt": "rh_inv",
    },
    {
        "slug": "alpine_talent_telefontermin_nicht_erreicht", "kind": "missed_interview_notice", "lang": "de",
        "company": "Alpine Talent Consulting", "contact": "c.auer@alpinetalent.example.at",
        "frm": ("Mag. Clemens Auer", "c.auer@alpinetalent.example.at"),
        "subject": "Unser Telefontermin heute um 9:30",
        "date": "2026-03-10 10:02 +0100",
        "text": """Sehr geehrte Frau Adjei-Sommer,

für heute 9:30 Uhr waren wir zu einem Telefonat verabredet, in dem ich Ihnen das Mandat eines Salzburger Stadthotels vorstellen wollte. Ich habe Sie um 9:30 und nochmals um 9:45 Uhr angerufen, leider ohne Erfolg; auch meine SMS blieb unbeantwortet.

Sollten Sie weiterhin Interesse haben, rufen Sie mich bitte zurück – das Hotel möchte die Vorauswahl noch diese Woche abschließen.

Freundliche Grüße
Clemens Auer
Alpine Talent Consulting
+43 662 87 11 95""",
        "cte": "qp",
        "mid": "atc_missed", "irt": "atc_cv",
    },
    {
        "slug": "blauweiss_zoom_nicht_aufgetaucht", "kind": "missed_interview_notice", "lang": "de",
        "company": "Werbeagentur Blauweiss", "contact": "korbinian.wimmer@blauweiss-agentur.example.de",
        "frm": ("Korbinian Wimmer", "korbinian.wimmer@blauweiss-agentur.example.de"),
        "subject": "Deine Präsentation heute um 11",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-06-23 11:41 +0200",
        "text": """Hallo Henrike,

Anja und ich saßen heute um 11 Uhr im Zoom-Raum und haben bis ca. 11:20 auf dich gewartet – leider bist du nicht aufgetaucht, und auf meinen Anruf hast du auch nicht reagiert.

Deine Case Study ist auch nicht bei uns angekommen. Falls technisch etwas schiefgelaufen ist, gib mir bitte bis Donnerstag Bescheid.

Viele Grüße
Korbinian

Korbinian Wimmer | Senior Berater Tourismus
Werbeagentur Blauweiss GmbH | Schellingstraße 109 | 80798 München
Geschäftsführung: Maximilian Huber, Dr. Eva Brandl | Amtsgericht München HRB 219447

Diese E-Mail enthält vertrauliche Informationen und ist ausschließlich für den Adressaten bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie die Nachricht.""",
        "cte": "b64",
        "mid": "bw2_missed", "irt": "bw2_case",
    },
    {
        "slug": "summitsea_tried_calling_twice", "kind": "missed_interview_notice", "lang": "en",
        "company": "Summit & Sea Travel", "contact": "lucy.barnes@summitsea.example.co.uk",
        "frm": ("Lucy Barnes", "lucy.barnes@summitsea.example.co.uk"),
        "subject": "Missed you on our call this morning",
        "date": "2026-03-13 10:21 +0000",
        "text": SS_MISSED,
        "mid": "ss_missed", "irt": "ss_screen",
    },
    {
        "slug": "ridgeway_waited_on_meet", "kind": "missed_interview_notice", "lang": "en",
        "company": "Ridgeway Adventure Travel", "contact": "daniel.pryce@ridgewayadventure.example.co.uk",
        "frm": ("Daniel Pryce", "daniel.pryce@ridgewayadventure.example.co.uk"),
        "subject": "We missed you today",
        "date": "2026-08-12 15:10 +0100",
        "text": """Hello Henrike,

We had your interview for the Marketing Coordinator position booked in for 2:30pm today. Carys and I waited on Google Meet for 15 minutes but you didn't join, and we couldn't reach you by phone.

If something went wrong on your side, please get in touch by the end of the week and we'll see whether we can offer another slot. Otherwise we'll assume you're no longer interested.

Kind regards,
Daniel Pryce
Operations & Marketing Manager
Ridgeway Adventure Travel
Unit 4, Hertford Wharf, London N1 5EW""",
        "html": plain_html(paras("""Hello Henrike,

We had your interview for the Marketing Coordinator position booked in for 2:30pm today. Carys and I waited on Google Meet for 15 minutes but you didn't join, and we couldn't reach you by phone.

If something went wrong on your side, please get in touch by the end of the week and we'll see whether we can offer another slot. Otherwise we'll assume you're no longer interested.

Kind regards,
Daniel Pryce
Operations & Marketing Manager
Ridgeway Adventure Travel
Unit 4, Hertford Wharf, London N1 5EW"""), lang="en"),
        "cte": "qp",
        "irt": "rw_app",
    },
    {
        "slug": "harrow_fjellrun_no_show", "kind": "missed_interview_notice", "lang": "en",
        "company": "Fjellrun Outdoor", "contact": PRIYA[1],
        "frm": PRIYA,
        "subject": "Fjellrun call – what happened?",
        "subj_enc": ("utf-8", "Q", "mixed"),
        "date": "2026-04-21 14:35 +0100",
        "text": """Hi Henrike,

I've just had Grace from Fjellrun on the phone – she and Erik were on the Teams call at 2pm and you didn't join. They waited about ten minutes and then tried the number on your CV.

I've tried you twice myself since then. Could you give me a ring as soon as you see this? If there was a tech issue I can probably smooth things over, but I need to get back to them today.

Priya""",
        "cte": "qp",
        "mid": "hr_fjell_missed", "irt": "hr_fjell",
    },
    {
        "slug": "cordee_entretien_telephonique_sans_reponse", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Agence Cordée Marketing", "contact": "emilie.carrier@cordee-marketing.example.fr",
        "frm": ("Émilie Carrier", "emilie.carrier@cordee-marketing.example.fr"),
        "frm_enc": ("utf-8", "Q"),
        "subject": "Entretien téléphonique de ce matin",
        "subj_enc": ("utf-8", "Q"),
        "date": "2026-08-20 10:05 +0200",
        "text": """Bonjour Madame Adjei-Sommer,

Nous avions rendez-vous ce matin à 9h30 pour un premier entretien téléphonique concernant le poste de chef de projet marketing. J'ai tenté de vous joindre à deux reprises, à 9h30 puis à 9h40, sans succès, et je vous ai laissé un message vocal.

Si vous êtes toujours intéressée par le poste, merci de me recontacter afin que nous convenions d'un nouveau créneau.

Cordialement,
Émilie Carrier
Chargée de recrutement
Agence Cordée Marketing – 9, quai de la Tournette, 74000 Annecy""",
        "cte": "qp",
    },
    {
        "slug": "coma_blanca_la_esperabamos", "kind": "missed_interview_notice", "lang": "es",
        "company": "Hotel Coma Blanca", "contact": MONTSE[1],
        "frm": MONTSE,
        "subject": "Entrevista de hoy a las 16:30",
        "date": "2026-05-26 18:02 +0200",
        "text": CB_MISSED,
        "cs": "iso-8859-1", "cte": "b64",
        "mid": "cb_missed", "irt": "cb_move",
    },
]
