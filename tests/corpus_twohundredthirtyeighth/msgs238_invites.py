"""Corpus 238, kinds `interview_invitation` (26: de 13, en 7, fr 3, es 3),
`interview_reschedule_or_cancel` (15: de 8, en 4, fr 2, es 1) and `missed_interview_notice`
(10: de 5, en 3, fr 1, es 1). Hand-written."""

from __future__ import annotations

from msgs238_common import (
                            AUTO,
                            CANDIDATE_ADDR,
                            CANDIDATE_NAME,
                            ats_card,
                            html_page,
                            mso_paras,
                            mso_quote_head,
                            outlook_block,
                            outlook_headers,
                            outlook_html,
                            paras,
                            reply_quote,
                            signature,
)
from msgs238_threads import (
                            BRETTL_INVITE,
                            KISTL_INVITE,
                            LODEN_MOVE,
                            RHONE_RESCHEDULE,
                            SUMMITLY_MOVE,
                            TRAILHAUS_INVITE,
)

G = CANDIDATE_NAME
INV = "interview_invitation"
S = "interview_reschedule_or_cancel"
M = "missed_interview_notice"

# =============================================================================================
# interview_invitation
# =============================================================================================

# --- de ---------------------------------------------------------------------------------------

_bergwerk_inv = """Liebe Frau Oyelowo-Brandstätter,

vielen Dank für Ihre Bewerbung als E-Commerce Operations Specialist (m/w/d). Wir möchten Sie
gerne persönlich kennenlernen!

Bitte wählen Sie über den folgenden Link einen passenden Termin für ein Gespräch bei uns in
Innsbruck (Dauer ca. 60 Minuten, inklusive kurzer Führung durch Lager und Werkstatt):

https://bergwerk-outdoor.jobs.personio.de/interview/schedule/7f3c91e2-0b44

Die verfügbaren Termine liegen zwischen 26. und 30. Jänner. Gesprächspartner sind Florian
Haidacher (Head of E-Commerce) und ich.

Bei Fragen erreichen Sie mich direkt unter s.kerschbaumer@bergwerk-outdoor.example.at.

Liebe Grüße
Sabine Kerschbaumer
People & Culture, Bergwerk Outdoor GmbH"""

_bergwerk_inv_html = ats_card(
    "Bergwerk Outdoor", "#166534",
    "<p>Liebe Frau Oyelowo-Brandstätter,</p>\n"
    "<p>vielen Dank für Ihre Bewerbung als <b>E-Commerce Operations Specialist (m/w/d)</b>. Wir "
    "möchten Sie gerne persönlich kennenlernen!</p>\n"
    "<p>Bitte wählen Sie über den folgenden Link einen passenden Termin für ein Gespräch bei uns "
    "in Innsbruck (Dauer ca. 60 Minuten, inklusive kurzer Führung durch Lager und "
    "Werkstatt):</p>\n"
    "<p>Die verfügbaren Termine liegen zwischen 26. und 30. Jänner. Gesprächspartner sind "
    "Florian Haidacher (Head of E-Commerce) und ich.</p>\n"
    "<p>Bei Fragen erreichen Sie mich direkt unter "
    '<a href="mailto:s.kerschbaumer@bergwerk-outdoor.example.at">'
    "s.kerschbaumer@bergwerk-outdoor.example.at</a>.</p>\n"
    "<p>Liebe Grüße<br>Sabine Kerschbaumer<br>People &amp; Culture, Bergwerk Outdoor GmbH</p>",
    "Bergwerk Outdoor GmbH · Museumstraße 22 · 6020 Innsbruck<br>Versendet mit Personio",
    button=("Termin auswählen",
            "https://bergwerk-outdoor.jobs.personio.de/interview/schedule/7f3c91e2-0b44"))

_warenwelt_inv = """Sehr geehrte Frau Oyelowo-Brandstätter,

wie telefonisch besprochen, lade ich Sie herzlich zu einem Gespräch mit unserem Panel ein:

Termin: Donnerstag, 5. März 2026, 13:00–14:30 Uhr
Ort: Warenwelt24, Lerchenfelder Gürtel 43, 1160 Wien, 3. Stock, Besprechungsraum »Prater«
Panel: Martin Scheiber (Director Marketplace), Ana Kovačević (Seller Operations), Elif Demir (HR)

Ablauf: 20 Minuten Vorstellung, 40 Minuten Fallbeispiel zu Händler-Onboarding und
Retourenquoten, anschließend Zeit für Ihre Fragen. Eine Präsentation ist nicht nötig.

Die Kalendereinladung finden Sie anbei; bitte nehmen Sie diese an oder schlagen Sie eine neue
Zeit vor. Reisekosten ab Kitzbühel übernehmen wir gerne (ÖBB, 2. Klasse).

Mit freundlichen Grüßen

Elif Demir
Talent Acquisition
Warenwelt24 GmbH | Lerchenfelder Gürtel 43 | 1160 Wien
+43 1 402 77 10-331

Warenwelt24 GmbH, FN 487211 t, Handelsgericht Wien. Diese E-Mail ist vertraulich und nur für
den bezeichneten Empfänger bestimmt."""

_warenwelt_cal = {
    "method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000A0B3C1D2E3F4W24",
    "seq": 0, "start": "2026-03-05 13:00", "end": "2026-03-05 14:30",
    "tz": "W. Europe Standard Time",
    "summary": "Vorstellungsgespräch Greta Oyelowo-Brandstätter – Teamleitung Marktplatz-Operations",
    "location": "Warenwelt24, Lerchenfelder Gürtel 43, 1160 Wien – Raum Prater",
    "organizer": ("Elif Demir", "elif.demir@warenwelt24.example.at"),
    "attendees": [("Martin Scheiber", "martin.scheiber@warenwelt24.example.at"),
                  ("Ana Kovačević", "ana.kovacevic@warenwelt24.example.at")],
}

_firnline_inv = """Liebe Frau Oyelowo-Brandstätter,

vielen Dank für Ihr Interesse an der Stelle als Senior Specialist Order Management bei Firnline!
Wir würden gerne ein erstes Video-Interview (45 Minuten) mit Ihnen führen.

Bitte wählen Sie über diesen Link einen Termin, der Ihnen passt:
https://app.greenhouse.io/scheduler/firnline/3b7d0c2e9a

Sie sprechen mit Moritz Ebner, unserem Lead Customer Operations, und mir. Der Google-Meet-Link
kommt automatisch mit der Kalenderbestätigung.

Viele Grüße
Katharina Brandl
Talent Partner, Firnline"""

_loden_inv = """Grüß Gott Frau Oyelowo-Brandstätter,

gute Nachrichten: Loden & Lamm möchte Sie kennenlernen! Ich habe Ihr Profil letzte Woche
vorgestellt, und Frau Aigner (Leitung E-Commerce) hat sofort zurückgeschrieben.

Vorgeschlagener Termin für das Erstgespräch:
Mittwoch, 15. April, 10:00 Uhr
Loden & Lamm, Linzer Gasse 41, 5020 Salzburg (Eingang über den Innenhof)

Bitte bringen Sie Ihre Zeugnisse in Kopie mit. Geben Sie mir bis Freitag Bescheid, ob der
Termin für Sie passt – ich koordiniere alles Weitere mit dem Kunden.

Zur Vorbereitung: Loden & Lamm verkauft ca. 40 % über den eigenen Shop und baut gerade den
Versand nach Deutschland aus. Fragen Sie ruhig nach der Retourenquote, das Thema brennt.

Beste Grüße
Markus Pichler
Senior Consultant | Alpenpersonal Personalberatung GmbH
Maria-Theresien-Straße 18, 6020 Innsbruck
Tel. +43 512 560 77-14"""

_nordhang_inv_html = ats_card(
    "Nordhang Retail Group", "#374151",
    "<p>Sehr geehrte Frau Oyelowo-Brandstätter,</p>\n"
    "<p>wir freuen uns, Sie zu unserem <b>Assessment Center</b> für die Position "
    "<b>Teamlead E-Commerce Operations (m/w/d)</b> einzuladen.</p>\n"
    "<table style=\"font-size:14px\">"
    "<tr><td><b>Datum</b></td><td>Dienstag, 14. April 2026</td></tr>"
    "<tr><td><b>Uhrzeit</b></td><td>08:30 – ca. 16:00 Uhr</td></tr>"
    "<tr><td><b>Ort</b></td><td>Nordhang Campus, Leopoldstraße 203, 80804 München, "
    "Empfang Haus B</td></tr></table>\n"
    "<p>Der Tag umfasst eine Gruppenübung, eine Fallstudie zur Lieferkette im Saisongeschäft "
    "mit anschließender Präsentation sowie ein Interview mit der Bereichsleitung. Den "
    "detaillierten Ablaufplan finden Sie im Anhang.</p>\n"
    "<p>Bitte bestätigen Sie Ihre Teilnahme bis 7. April über das Kandidatenportal.</p>\n"
    "<p>Mit freundlichen Grüßen<br>Ihr Talent-Acquisition-Team<br>Nordhang Retail Group "
    "GmbH</p>",
    "Nordhang Retail Group GmbH · Leopoldstraße 203 · 80804 München · Amtsgericht München "
    "HRB 241187<br>Diese Nachricht wurde automatisch erstellt.",
    button=("Teilnahme bestätigen",
            "https://career5.successfactors.eu/career?company=nordhang&rcm=confirm"))

_schnee_inv = """Sehr geehrte Frau Oyelowo-Brandstätter,

nach unserem netten Telefonat würden wir Sie gerne zu einem Probearbeitstag nach Eugendorf
einladen. So sehen Sie unseren Kundenservice und die Retourenabwicklung live, und wir lernen
Sie im Tagesgeschäft kennen.

Wann: Dienstag, 24. März 2026, 8:00 bis ca. 15:00 Uhr
Wo: Schneekristall Versand, Gewerbestraße 12, 5301 Eugendorf
Mitbringen: festes Schuhwerk (Lager!), ein Mittagessen ist organisiert

Der Tag wird selbstverständlich vergütet. Bitte bestätigen Sie mir den Termin kurz per Mail.

Mit besten Grüßen
Thomas Eder
Personalleitung
Schneekristall Versand GmbH
Tel. +43 6225 28 440-12"""

_paketfuchs_inv = """Sehr geehrte Frau Oyelowo-Brandstätter,

wir laden Sie zu einem Online-Interview für die Position Standortkoordinatorin Paketshop-Netz
(2026-0147) ein.

Termin: Dienstag, 10. März 2026, 14:00 Uhr (MEZ)
Format: Microsoft Teams
Link: https://teams.microsoft.example/l/meetup-join/19%3ameeting_PF0147

Ihre Gesprächspartnerin ist Sarah Novak, Regional Managerin Wien-Nord.

Sollte der Termin nicht passen, können Sie ihn über das Kandidatenportal ändern:
https://careers-paketfuchs.icims.com/jobs/candidate/schedule

Freundliche Grüße
Paketfuchs GmbH - Recruiting"""

_zuerisport_inv = """Grüezi Frau Oyelowo-Brandstätter

Vielen Dank für Ihre Bewerbung als Teamleiterin Onlineshop-Operations. Gerne würden wir Sie in
einem ersten Videogespräch näher kennenlernen.

Vorschlag: Mittwoch, 20. Mai 2026, 15:30 Uhr, via Zoom
https://zoom.example.us/j/84120937765?pwd=ZsO2

Mit dabei sind Dario Frei (Leiter E-Commerce) und ich. Bitte planen Sie rund 45 Minuten ein.

Passt Ihnen dieser Termin? Sonst schlagen Sie gerne zwei Alternativen vor.

Freundliche Grüsse
Nadine Keller
HR Business Partnerin
Zürisport Online AG | Badenerstrasse 571 | 8048 Zürich"""

_kessler_inv = """Sehr geehrte Frau Oyelowo-Brandstätter,

danke für das angenehme Telefonat am Dienstag. Wie besprochen möchte ich Sie unserem Mandanten
für die Position »Leitung Fulfilment & Customer Care« vorstellen. Der Mandant – ein
inhabergeführter Online-Händler für Bergsport mit Sitz im Großraum München – bleibt bis zum
Zweitgespräch vertraulich.

Zunächst würde ich Sie gerne persönlich in unserem Büro kennenlernen:

Donnerstag, 18. Juni 2026, 11:00 Uhr
Kessler & Vogt, Prinzregentenstraße 78, 81675 München

Bitte bestätigen Sie mir den Termin kurz. Falls die Anreise aus Kitzbühel zu aufwendig ist, ist
auch ein Videotermin möglich.

Mit freundlichen Grüßen

Dr. Claudia Vogt
Partnerin
Kessler & Vogt Executive Search GmbH
Tel. +49 89 215 480 30

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""

_gipfelgut_inv = """Hallo Greta,

danke für deine Bewerbung als Operations Managerin Online-Shop – wir sind bei Gipfelgut per
Du, ich hoffe, das passt.

Ich würde dich gerne zu einem Videocall einladen:
Dienstag, 28. April, 10:00–10:45 Uhr
Google Meet: https://meet.google.com/gpf-ggut-428

Mit dabei ist unser Gründer Valentin. Vorbereitung brauchst du keine; wir erzählen dir, wie
unser Shop funktioniert, und du uns, wie ein Skiverleih im Hochwinter läuft.

Bitte bestätige den Termin über den Button unten oder antworte einfach auf diese Mail.

Bis bald
Jana Moser
Head of People · Gipfelgut"""

# --- en ---------------------------------------------------------------------------------------

_mercato_inv = """Hi Greta,

Thanks so much for applying for the E-commerce Operations Manager role at Mercato Alpino! Our
team would love to set up a first interview with you.

Please use the link below to pick a 45-minute slot that works for you. All times are shown in
your local time zone.

https://hire.lever.co/interview/schedule/mercatoalpino/9c2e7a41

You'll be speaking with Giulia Ferraro (Talent) and Luca Bassi (Head of Operations) over Google
Meet. The interview will be in English.

Looking forward to speaking with you,
Giulia"""

_mercato_inv_html = ats_card(
    "Mercato Alpino", "#b45309",
    "<p>Hi Greta,</p>\n<p>Thanks so much for applying for the <b>E-commerce Operations "
    "Manager</b> role at Mercato Alpino! Our team would love to set up a first interview with "
    "you.</p>\n<p>Please use the link below to pick a 45-minute slot that works for you. All "
    "times are shown in your local time zone.</p>\n"
    "<p>You'll be speaking with Giulia Ferraro (Talent) and Luca Bassi (Head of Operations) "
    "over Google Meet. The interview will be in English.</p>\n"
    "<p>Looking forward to speaking with you,<br>Giulia</p>",
    "Mercato Alpino S.r.l. · Via Savona 52 · 20144 Milano<br>Powered by Lever",
    lang="en", button=("Choose a time",
                       "https://hire.lever.co/interview/schedule/mercatoalpino/9c2e7a41"))

_cartwheel_inv = """Hi Greta,

I'm Noah, the recruiter working on our Marketplace Operations Manager opening in Zurich. Your
background in rental operations caught my eye - it's not a profile we see often, and I'd like
to learn more.

Would you be open to a 20-minute phone screen this week? I have Friday at 10:00 CET free, or
Monday afternoon. If neither works, just suggest a time and I'll make it happen.

Could you also confirm the best number to reach you on?

Thanks,
Noah Whitfield
Talent Acquisition, Cartwheel Commerce"""

_summitly_inv = """Hey Greta,

Jonas here, co-founder of Summitly (we build booking software for ski schools and rental
shops, as you might have seen). A friend at Intersport Kitzbühel mentioned you.

We're hiring our first Operations Manager in Vienna. Are you free Thursday to chat? Nothing
formal - 30 minutes on a call, and I'm happy to answer anything about the role.

Cheers,
Jonas"""

_lanterna_inv = """Hi Greta,

Following your conversation with Chiara, we'd like to invite you to a panel interview for the
Operations Lead position.

When: Thursday 14 May 2026, 14:00-15:30 (CEST)
Where: Google Meet - https://meet.google.com/lnt-oper-514
Panel: Chiara Benedetti (People), Davide Conti (COO), Elisa Marchetti (Warehouse Lead)

The panel will include a 20-minute discussion of a short case that we'll send the day before.

A calendar invitation is attached; please accept it so it lands in everyone's diary.

Best,
Lanterna Commerce Recruiting Team"""

_lanterna_cal = {
    "method": "REQUEST", "uid": "5k2r7lanterna0514panel@google.com", "seq": 0,
    "start": "2026-05-14 14:00", "end": "2026-05-14 15:30", "tz": "Europe/Rome",
    "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
    "summary": "Panel interview - Greta Oyelowo-Brandstätter / Operations Lead",
    "location": "https://meet.google.com/lnt-oper-514",
    "description": "Panel: Chiara Benedetti, Davide Conti, Elisa Marchetti.",
    "organizer": ("Lanterna Recruiting", "recruiting@lanterna.example.it"),
    "attendees": [("Chiara Benedetti", "chiara.benedetti@lanterna.example.it"),
                  ("Davide Conti", "davide.conti@lanterna.example.it"),
                  ("Elisa Marchetti", "elisa.marchetti@lanterna.example.it")],
}

_packwise_inv = """Hi Greta,

Great news - the hiring team would like to move you forward for the Fulfilment Operations Lead
role!

The next step has two parts:
1. A short case study (attached as a link below). Please spend no more than two hours on it and
   send it back by Sunday evening.
   https://packwise.example.de/case/fulfilment-ops-2026
2. A 60-minute interview to discuss your case with Priya Raman and Sebastian Hartl (VP
   Operations) on Wednesday 10 June at 11:00 CEST, on Google Meet.

Please confirm your slot here: https://app.ashbyhq.com/scheduling/packwise/3f8d2c

Best,
Priya Raman
People Partner | Packwise"""

_glacier_inv = """Hi Greta,

Good news - Glacier Goods would like to meet you for the E-commerce Operations Manager role!

They've proposed Wednesday 1 July at 10:00 at their office (Räffelstrasse 28, 8045 Zurich). The
interview will be with Tom Achterberg (COO) and will last about an hour, mostly competency
questions plus a walk through their warehouse.

I've sent a calendar hold separately. Let me know if the time works, and let's have a
15-minute prep call on Monday.

Kind regards,
Hannah Lloyd
Principal Consultant
Peakstone Talent AG | Bahnhofstrasse 52, 8001 Zurich | +41 43 508 77 20"""

_velomar_inv = """Hi Greta,

Thanks for applying to Velomar! We'd like to invite you to an initial interview for the
E-commerce Operations Specialist role with Pau Serra, our Operations Manager.

Please book a 30-minute slot using the link below:
https://app.ashbyhq.com/scheduling/velomar/b72e15

Interviews are held in English over Google Meet.

The Velomar Talent Team"""

# --- fr ---------------------------------------------------------------------------------------

_rhone_inv = """Bonjour Greta,

Merci pour votre candidature au poste de Responsable des opérations e-commerce chez Rhône
Glisse. Votre profil a retenu toute notre attention !

Nous souhaitons vous proposer un premier entretien en visio avec Mme Hélène Fabre, directrice
logistique, et moi-même :

Jeudi 16 avril 2026 à 10h00 (45 min)
Lien Teams : https://teams.microsoft.example/l/meetup-join/19%3ameeting_RG0416

Merci de confirmer votre présence en cliquant sur le bouton ci-dessous.

À très bientôt,
Camille Perrin
Chargée de recrutement – Rhône Glisse"""

_lacs_inv = """Bonjour Greta,

Bonne nouvelle : Lacs & Cimes souhaite vous rencontrer pour le poste de Responsable
Marketplace basé à Lyon !

L'entretien aurait lieu le lundi 27 avril à 14h30 dans leurs locaux, 18 rue Garibaldi, 69006
Lyon, avec Mme Sophie Garnier (DRH) et M. Paul Lefebvre (directeur e-commerce). Prévoyez environ
une heure.

Pouvez-vous me confirmer votre disponibilité ? Je vous appellerai la veille pour un point de
préparation.

Bien à vous,
Julien Roche
Consultant senior – Mistral Recrutement
45 rue de la République, 69002 Lyon
06 71 44 28 95"""

_cordee_inv = """Bonjour Madame Oyelowo-Brandstätter,

Suite à notre échange téléphonique, je vous confirme notre entretien pour le poste de
Responsable d'exploitation e-commerce :

Mercredi 3 juin 2026, de 9h30 à 10h30
Microsoft Teams (le lien figure dans l'invitation jointe)

Vous échangerez avec moi-même et Mme Inès Bouvier, responsable du site de Vénissieux.

Cordialement,
Antoine Marchal
Directeur des opérations
Cordée Logistique – 27 avenue Jean Jaurès, 69200 Vénissieux
04 72 90 15 66"""

_cordee_cal = {
    "method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000C0RDEE0603",
    "seq": 0, "start": "2026-06-03 09:30", "end": "2026-06-03 10:30",
    "tz": "Romance Standard Time",
    "summary": "Entretien – Greta Oyelowo-Brandstätter (Resp. exploitation e-commerce)",
    "location": "Réunion Microsoft Teams",
    "description": "Rejoindre la réunion : https://teams.microsoft.example/l/meetup-join/CRD0603",
    "organizer": ("Antoine Marchal", "antoine.marchal@cordee-logistique.example.fr"),
    "attendees": [("Inès Bouvier", "ines.bouvier@cordee-logistique.example.fr")],
}

# --- es ---------------------------------------------------------------------------------------

_tramuntana_inv = """Hola Greta:

¡Gracias por tu interés en Tramuntana Sports! Nos ha gustado mucho tu candidatura para el puesto
de Responsable de Operaciones E-commerce y nos gustaría conocerte.

Te proponemos una entrevista presencial en nuestra oficina:

Fecha: martes, 21 de julio de 2026
Hora: 10:00 h
Lugar: Tramuntana Sports, Carrer de Sancho de Ávila 65, 08018 Barcelona

Estarás con Marta Vidal (Directora de Operaciones) y Jordi Casas (Responsable de Almacén).
Confirma tu asistencia desde el enlace:
https://tramuntana.recruitee.com/o/operaciones-ecommerce/interview/confirm

¡Hasta pronto!
Equipo de Personas · Tramuntana Sports"""

_ona_inv = """Hola Greta,

Soy Marc Soler, de Ona Talent. Te escribo porque estoy cubriendo una posición de Coordinadora de
Marketplace para Mercat Digital, un marketplace de productos locales con sede en el 22@.

Tu perfil encaja muy bien y me gustaría tener una primera llamada contigo de unos 20 minutos
para contarte el proyecto y conocer tus expectativas. ¿Te iría bien el jueves 9 de julio a las
11:00? Si no, dime qué hueco tienes esta semana.

Un saludo,
Marc Soler
Consultor · Ona Talent
Via Augusta 59, 08006 Barcelona · +34 932 417 806"""

_garraf_inv = """Estimada Greta:

Nos complace invitarte a la jornada de evaluación para el puesto de Jefa de Turno E-commerce.

Fecha: jueves, 3 de septiembre de 2026
Horario: de 9:00 a 13:30 h
Lugar: Logística Garraf, Polígon Les Salines, nave 4, 08830 Sant Boi de Llobregat

La jornada incluye una visita al almacén, una dinámica de grupo, un caso práctico de
planificación de turnos y una entrevista individual con la dirección de operaciones.

Por favor, confirma tu asistencia respondiendo a este correo antes del 31 de agosto.

Atentamente,
Núria Ferrer
Responsable de Selección, Logística Garraf"""

# =============================================================================================
# interview_reschedule_or_cancel
# =============================================================================================

_bergwerk_move = """Liebe Frau Oyelowo-Brandstätter,

danke, dass Sie sich so schnell einen Termin ausgesucht haben. Leider muss ich Sie um eine
Verschiebung bitten: Am Dienstag, 27. Jänner, ist bei uns kurzfristig Inventur angesetzt, und
Florian steht im Lager.

Könnten wir stattdessen Mittwoch, 28. Jänner, um 9:30 Uhr machen? Ort und Ablauf bleiben gleich.
Sollte das nicht gehen, schicke ich Ihnen gerne einen neuen Link.

Liebe Grüße
Sabine Kerschbaumer"""

_warenwelt_move = """Sehr geehrte Frau Oyelowo-Brandstätter,

aufgrund einer Terminkollision bei Herrn Scheiber müssen wir unser Gespräch leider verlegen.
Neuer Termin ist Freitag, 6. März 2026, 10:00–11:30 Uhr, gleicher Ort.

Die aktualisierte Kalendereinladung ist beigefügt. Ich hoffe, das passt für Sie – andernfalls
melden Sie sich bitte kurz bei mir.

Mit freundlichen Grüßen
Elif Demir
Talent Acquisition | Warenwelt24 GmbH"""

_warenwelt_cal2 = dict(_warenwelt_cal, seq=1, start="2026-03-06 10:00", end="2026-03-06 11:30")

_firnline_cancel = """Liebe Frau Oyelowo-Brandstätter,

ich muss unseren Termin am Donnerstag leider absagen: Moritz ist diese Woche kurzfristig für
ein Projekt in Hamburg eingeplant. Das Interview findet aber selbstverständlich statt – ich
schicke Ihnen bis Freitag neue Terminvorschläge.

Entschuldigen Sie die Umstände!

Viele Grüße
Katharina Brandl
Talent Partner, Firnline"""

_firnline_cal = {
    "method": "CANCEL", "uid": "gh-firnline-3b7d0c2e9a-0423@greenhouse.io", "seq": 1,
    "start": "2026-04-23 16:00", "end": "2026-04-23 16:45", "tz": "Europe/Berlin",
    "prodid": "-//Google Inc//Google Calendar 70.9054//EN",
    "summary": "Abgesagt: Interview Greta Oyelowo-Brandstätter – Firnline",
    "location": "https://meet.google.com/frn-lnmo-423",
    "organizer": ("Katharina Brandl", "katharina.brandl@firnline.example.de"),
    "attendees": [("Moritz Ebner", "moritz.ebner@firnline.example.de")],
}

_nordhang_move = """Sehr geehrte Frau Oyelowo-Brandstätter,

leider muss ich Ihnen mitteilen, dass unser Bereichsleiter, Herr Benedikt Kraus, erkrankt ist.
Da er das Interview im Assessment Center selbst führen möchte, verschieben wir den Termin vom
14. April auf

Dienstag, 21. April 2026, 08:30 Uhr, gleicher Ort (Nordhang Campus, Haus B).

Wir bitten um Ihr Verständnis. Bitte geben Sie mir kurz Bescheid, ob Sie den neuen Termin
wahrnehmen können; die Hotelbuchung passe ich entsprechend an.

Mit freundlichen Grüßen
Sandra Huber
Talent Acquisition Specialist
Nordhang Retail Group GmbH | Leopoldstraße 203 | 80804 München
Tel. +49 89 3302 118-40

Nordhang Retail Group GmbH · Amtsgericht München HRB 241187 · Geschäftsführung: Dr. Ulrike
Sattler, Benedikt Kraus"""

_zuerisport_move = """Grüezi Frau Oyelowo-Brandstätter

Ich muss Sie leider um eine Verschiebung unseres Zoom-Termins bitten: Dario Frei ist am
Mittwoch an einer Lieferantenmesse in Friedrichshafen.

Neuer Vorschlag: Mittwoch, 27. Mai 2026, wieder um 15:30 Uhr, gleicher Zoom-Link.

Geht das für Sie? Besten Dank für Ihre Flexibilität.

Freundliche Grüsse
Nadine Keller"""

_kessler_move = """Sehr geehrte Frau Oyelowo-Brandstätter,

unser Mandant musste das für Donnerstag, 2. Juli, geplante Gespräch leider absagen – der
Geschäftsführer ist kurzfristig verhindert. Das Interesse an Ihrer Kandidatur ist unverändert
groß. Ich melde mich, sobald ich einen neuen Termin habe, voraussichtlich für die Woche ab 13.
Juli.

Mit freundlichen Grüßen

Dr. Claudia Vogt
Kessler & Vogt Executive Search GmbH

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""

_donaukai_move = """Servus Greta,

wir müssen unser Gespräch am Donnerstag leider verschieben – bei uns ist ein Großkunde
kurzfristig mit 3.000 Paketen extra gekommen und ich steh selbst an der Rampe.

Wie wär's mit Montag, 8. Juni, 13:00 Uhr bei uns am Handelskai? Sag mir einfach, ob's passt.

Lg Petra"""

# --- en ---------------------------------------------------------------------------------------

_lanterna_move = """Hi Greta,

Apologies - Davide has to be in Verona on the 14th, so we have moved the panel to Wednesday 20
May, 10:00-11:30 CEST. The Meet link stays the same, and the updated invitation is attached.

If the new time doesn't work, reply to this email and we'll find another slot.

Best,
Lanterna Commerce Recruiting Team"""

_lanterna_cal2 = dict(_lanterna_cal, seq=2, start="2026-05-20 10:00", end="2026-05-20 11:30",
                      summary="Updated: Panel interview - Greta Oyelowo-Brandstätter / "
                      "Operations Lead")

_mercato_move = """Hi Greta,

I'm really sorry to do this, but we need to move your final round. Luca has been called to our
warehouse in Piacenza on Thursday for an urgent audit.

Would Monday 18 May at 15:00 CEST work for you instead? Same format - 60 minutes on Google
Meet with Luca and our CEO, Francesca.

Thanks for bearing with us,
Giulia Ferraro
Talent Partner, Mercato Alpino"""

_glacier_cancel = """Hi Greta,

Unfortunately Tom Achterberg has to travel to their Rotterdam warehouse this week, so Glacier
Goods have cancelled Wednesday's interview. This is purely a scheduling issue - they are still
very keen to meet you.

I've removed the calendar hold and will come back to you with new dates as soon as I have
them.

Kind regards,
Hannah"""

_glacier_cal = {
    "method": "CANCEL", "uid": "peakstone-glacier-0701-oyelowo@peakstone.example.ch", "seq": 1,
    "start": "2026-07-01 10:00", "end": "2026-07-01 11:00", "tz": "Europe/Zurich",
    "summary": "Glacier Goods interview - Greta Oyelowo-Brandstätter",
    "location": "Glacier Goods, Räffelstrasse 28, 8045 Zürich",
    "organizer": ("Hannah Lloyd", "hannah.lloyd@peakstone.example.ch"),
    "cte": "base64",
}

_summitly_move_body = SUMMITLY_MOVE

# --- fr ---------------------------------------------------------------------------------------

_lacs_cancel = """Bonjour Greta,

Mauvaise nouvelle de dernière minute : Mme Garnier est souffrante et Lacs & Cimes doit annuler
l'entretien de lundi après-midi. Rassurez-vous, ce n'est qu'un report : ils tiennent à vous
voir et me proposent de fixer une nouvelle date dès son retour, sans doute jeudi 30 avril.

Je reviens vers vous très vite.

Julien Roche
Mistral Recrutement"""

# --- es ---------------------------------------------------------------------------------------

_tramuntana_move = """Hola Greta:

Te escribimos porque ha habido un cambio en tu entrevista con Tramuntana Sports. Por una
reunión de Marta con un proveedor, la entrevista del martes 21 de julio pasa de las 10:00 a las
12:30 h. El lugar es el mismo.

Te adjuntamos la invitación actualizada. Si la nueva hora no te va bien, responde a este correo
y buscamos otra opción.

Un saludo,
Equipo de Personas · Tramuntana Sports"""

_tramuntana_cal = {
    "method": "REQUEST", "uid": "recruitee-tramuntana-interview-88213@recruitee.com", "seq": 1,
    "start": "2026-07-21 12:30", "end": "2026-07-21 13:30", "tz": "Europe/Madrid",
    "prodid": "-//Recruitee//Interviews//ES",
    "summary": "Entrevista Tramuntana Sports – Responsable de Operaciones E-commerce",
    "location": "Carrer de Sancho de Ávila 65, 08018 Barcelona",
    "organizer": ("Marta Vidal", "marta.vidal@tramuntana.example.es"),
    "attendees": [("Jordi Casas", "jordi.casas@tramuntana.example.es")],
}

# =============================================================================================
# missed_interview_notice
# =============================================================================================

_kistl_missed = """Sehr geehrte Frau Oyelowo-Brandstätter,

wir hatten heute um 10:00 Uhr unser Telefonat vereinbart. Ich habe Sie um 10:00 und um 10:10 Uhr
unter +43 660 418 27 53 angerufen, Sie aber leider nicht erreicht; eine Mailbox war nicht
eingerichtet.

Vielleicht ist etwas dazwischengekommen? Melden Sie sich gerne bei mir, dann schauen wir, ob
wir noch einen Termin finden.

Beste Grüße
Bernhard Kistl
Geschäftsführer, Kistl Logistik GmbH
Münchner Bundesstraße 130, 5020 Salzburg | +43 662 43 18 90

""" + reply_quote("de", "2026-02-02 16:20", "Bernhard Kistl", "b.kistl@kistl-logistik.example.at",
                  KISTL_INVITE)

_paketfuchs_missed = """Sehr geehrte Frau Oyelowo-Brandstätter,

Frau Novak und ich haben heute von 14:00 bis 14:15 Uhr im Teams-Meeting auf Sie gewartet, Sie
sind jedoch nicht beigetreten. Wir hoffen, es ist alles in Ordnung.

Falls es ein technisches Problem gab, lassen Sie es uns bitte bis Freitag wissen. Wir versuchen
dann, einen Ersatztermin zu organisieren.

Freundliche Grüße
Sarah Novak
Regional Managerin Wien-Nord, Paketfuchs GmbH"""

_schnee_missed = """Sehr geehrte Frau Oyelowo-Brandstätter,

wir haben Sie heute um 8:00 Uhr zum Probearbeitstag in Eugendorf erwartet. Leider sind Sie
nicht erschienen, und telefonisch konnten wir Sie bis jetzt (10:30 Uhr) nicht erreichen.

Ich gehe davon aus, dass etwas Unvorhergesehenes passiert ist. Bitte melden Sie sich kurz bei
mir.

Mit besten Grüßen
Thomas Eder
Personalleitung, Schneekristall Versand GmbH
Tel. +43 6225 28 440-12"""

_gipfelgut_missed = """Hallo Greta,

Valentin und ich waren heute um 10:00 im Google Meet und haben bis 10:20 auf dich gewartet –
leider bist du nicht aufgetaucht. Ich hab's auch noch am Handy probiert.

Ist bei dir alles okay? Gib mir kurz Bescheid, dann schauen wir, wie wir weitermachen.

Jana"""

_huettenkram_missed = """Sehr geehrte Frau Oyelowo-Brandstätter,

wie vereinbart habe ich Sie heute um 14 Uhr unter der angegebenen Nummer angerufen, Sie aber
leider nicht erreicht. Auch ein zweiter Versuch um 14:20 Uhr blieb erfolglos.

Bitte rufen Sie mich zurück, wenn Sie weiterhin Interesse an der Stelle haben:
+43 512 57 33 80.

Mit freundlichen Grüßen
Martina Hölzl
Hüttenkram Online"""

_packwise_missed = """Hi Greta,

We had your case-study interview booked for 11:00 today. Sebastian and I waited on Google Meet
for about 20 minutes but didn't see you join, and the call to your mobile went to voicemail.

I hope everything is OK. If something came up, just let me know and I'll see whether we can
find another slot this week.

Best,
Priya"""

_velomar_missed = """Hi Greta,

It looks like you weren't able to join your interview with Pau Serra today at 15:00 (CEST).

If you'd still like to be considered, please reply to this email within 48 hours and we will do
our best to find a new time.

The Velomar Talent Team"""

_cartwheel_missed = """Hi Greta,

I tried calling you twice at 10:00 CET this morning for our phone screen but couldn't get
through - it went straight to a German-language voicemail, so I hope I had the right number.

Could you send me a couple of times that work for you next week? Happy to try again.

Thanks,
Noah"""

_cordee_missed = """Bonjour Madame,

Mme Bouvier et moi-même vous avons attendue sur Teams ce matin de 9h30 à 9h50 pour notre
entretien, sans vous voir vous connecter.

J'espère qu'il ne vous est rien arrivé. Si vous souhaitez toujours poursuivre, merci de me
recontacter rapidement.

Cordialement,
Antoine Marchal
Cordée Logistique"""

_ona_missed = """Hola Greta,

Hoy te llamamos dos veces a las 11:00, como habíamos quedado, pero no pudimos contactar
contigo.

¿Sigues interesada en la posición de Mercat Digital? Si es así, dime cuándo te va bien y lo
volvemos a intentar esta semana.

Un saludo,
Marc"""

MESSAGES = [
    # ============================================================ interview_invitation de (13)
    {"id": "bergwerk-invite", "kind": INV, "scen": "bergwerk_personio_schedule_link", "lang": "de",
     "company": "Bergwerk Outdoor", "contact": "s.kerschbaumer@bergwerk-outdoor.example.at",
     "from": ("Bergwerk Outdoor GmbH", "noreply@personio.de"),
     "reply_to": ("Sabine Kerschbaumer", "s.kerschbaumer@bergwerk-outdoor.example.at"),
     "date": "2026-01-19 09:14 +0100", "reply": "bergwerk-ack",
     "subject": "Einladung zum Kennenlernen – E-Commerce Operations Specialist",
     "subj_enc": "utf-8-q", "text": _bergwerk_inv, "html": _bergwerk_inv_html,
     "headers": [AUTO]},
    {"id": "kistl-invite", "kind": INV, "scen": "kistl_phone_screen_ask", "lang": "de",
     "company": "Kistl Logistik", "contact": "b.kistl@kistl-logistik.example.at",
     "from": ("Bernhard Kistl", "b.kistl@kistl-logistik.example.at"),
     "date": "2026-02-02 16:20 +0100", "reply": "kistl-ack",
     "subject": "Kurzes Telefonat zu Ihrer Bewerbung?",
     "text": KISTL_INVITE + "\n\n" + signature(
         "Bernhard Kistl", "Geschäftsführer", "Kistl Logistik GmbH",
         "Münchner Bundesstraße 130, 5020 Salzburg", "+43 662 43 18 90"),
     "charset": "iso-8859-1", "cte": "qp"},
    {"id": "warenwelt-invite", "kind": INV, "scen": "warenwelt24_panel_ics_request", "lang": "de",
     "company": "Warenwelt24", "contact": "elif.demir@warenwelt24.example.at",
     "from": ("Demir, Elif", "elif.demir@warenwelt24.example.at"),
     "date": "2026-02-24 11:48 +0100", "reply": "warenwelt-ack",
     "subject": "Einladung: Vorstellungsgespräch Teamleitung Marktplatz-Operations",
     "subj_enc": "utf-8-b", "text": _warenwelt_inv,
     "html": outlook_html(mso_paras(_warenwelt_inv)), "cte": "qp",
     "ics": dict(_warenwelt_cal, attach=True),
     "headers": outlook_headers("Einladung: Vorstellungsgespraech")},
    {"id": "firnline-invite", "kind": INV, "scen": "firnline_via_greenhouse_scheduler", "lang": "de",
     "company": "Firnline", "contact": "katharina.brandl@firnline.example.de",
     "from": ("Katharina Brandl via Greenhouse", "no-reply@greenhouse-mail.io"),
     "reply_to": ("Katharina Brandl", "katharina.brandl@firnline.example.de"),
     "date": "2026-04-14 10:02 +0200",
     "subject": "Firnline: Terminauswahl für Ihr Interview", "subj_enc": "utf-8-q",
     "text": _firnline_inv, "html": html_page(paras(_firnline_inv)), "cte": "qp"},
    {"id": "loden-invite", "kind": INV, "scen": "agency_sets_client_interview", "lang": "de",
     "company": "Loden & Lamm", "contact": "markus.pichler@alpenpersonal.example.at",
     "from": ("Markus Pichler", "markus.pichler@alpenpersonal.example.at"),
     "date": "2026-04-08 15:31 +0200",
     "subject": "Vorstellungstermin bei Loden & Lamm", "text": _loden_inv,
     "charset": "windows-1252", "cte": "qp"},
    {"id": "nordhang-invite", "kind": INV, "scen": "nordhang_assessment_centre", "lang": "de",
     "company": "Nordhang Retail Group", "contact": "",
     "from": ("Nordhang Retail Group Karriere", "nordhang-careers@successfactors.eu"),
     "date": "2026-04-01 13:20 +0200", "reply": "nordhang-ack",
     "subject": "Einladung zum Assessment Center am 14. April 2026",
     "html": _nordhang_inv_html, "cte": "base64", "headers": [AUTO],
     "attach": [{"filename": "Ablaufplan_Assessment_Center_Nordhang.pdf",
                 "title": "Assessment Center Teamlead E-Commerce Operations - Ablaufplan",
                 "lines": ["Dienstag, 14. April 2026, Nordhang Campus, Haus B",
                           "08:30 Empfang und Begrüßung",
                           "09:00 Gruppenübung: Saisonplanung Wintersortiment",
                           "10:30 Fallstudie Lieferkette (Einzelarbeit, 60 Minuten)",
                           "12:00 Mittagessen",
                           "13:00 Präsentation der Fallstudie (15 Minuten + Fragen)",
                           "14:30 Interview mit der Bereichsleitung",
                           "ca. 16:00 Abschluss"]}]},
    {"id": "schnee-invite", "kind": INV, "scen": "schneekristall_trial_day", "lang": "de",
     "company": "Schneekristall Versand", "contact": "thomas.eder@schneekristall.example.at",
     "from": ("Thomas Eder", "thomas.eder@schneekristall.example.at"),
     "date": "2026-03-16 16:02 +0100", "reply": "schnee-ack",
     "subject": "Einladung zum Probearbeitstag am 24. März", "subj_enc": "utf-8-q",
     "text": _schnee_inv, "cte": "8bit"},
    {"id": "trailhaus-invite", "kind": INV, "scen": "trailhaus_casual_coffee", "lang": "de",
     "company": "Trailhaus", "contact": "lukas@trailhaus.example.at",
     "from": ("Lukas Gruber", "lukas@trailhaus.example.at"),
     "date": "2026-03-02 21:14 +0100",
     "subject": "Kaffee Donnerstag?", "text": TRAILHAUS_INVITE + "\n\n--\nTrailhaus · Innsbruck"
     "\nGesendet vom iPhone", "cte": "qp"},
    {"id": "paketfuchs-invite", "kind": INV, "scen": "paketfuchs_icims_teams", "lang": "de",
     "company": "Paketfuchs", "contact": "",
     "from": ("Paketfuchs Recruiting", "donotreply@icims.com"),
     "date": "2026-03-03 08:12 +0100", "reply": "paketfuchs-ack",
     "subject": "Einladung zum Online-Interview (2026-0147)", "text": _paketfuchs_inv,
     "html": ats_card("Paketfuchs", "#ea580c", paras(_paketfuchs_inv),
                      "Paketfuchs GmbH · Lassallestraße 9 · 1020 Wien<br>Versendet über iCIMS"),
     "charset": "iso-8859-1", "cte": "qp", "html_charset": "utf-8", "headers": [AUTO]},
    {"id": "zuerisport-invite", "kind": INV, "scen": "zuerisport_zoom", "lang": "de",
     "company": "Zürisport Online", "contact": "nadine.keller@zuerisport.example.ch",
     "from": ("Nadine Keller", "nadine.keller@zuerisport.example.ch"),
     "date": "2026-05-12 09:45 +0200", "reply": "zuerisport-ack",
     "subject": "Videogespräch Teamleiterin Onlineshop-Operations", "subj_enc": "utf-8-b",
     "text": _zuerisport_inv,
     "cte": "base64"},
    {"id": "kessler-invite", "kind": INV, "scen": "headhunter_first_meeting", "lang": "de",
     "company": "Kessler & Vogt", "contact": "c.vogt@kesslervogt.example.de",
     "from": ("Dr. Claudia Vogt", "c.vogt@kesslervogt.example.de"),
     "date": "2026-06-11 17:05 +0200",
     "subject": "Mandat Leitung Fulfilment & Customer Care – Kennenlernen in München",
     "subj_enc": "utf-8-q", "text": _kessler_inv, "cte": "qp"},
    {"id": "gipfelgut-invite", "kind": INV, "scen": "gipfelgut_workable_video", "lang": "de",
     "company": "Gipfelgut", "contact": "jana.moser@gipfelgut.example.at",
     "from": ("Jana Moser (Gipfelgut)", "noreply@workablemail.com"),
     "reply_to": ("Jana Moser", "jana.moser@gipfelgut.example.at"),
     "date": "2026-04-20 11:11 +0200", "reply": "gipfelgut-ack",
     "subject": "Videocall mit Gipfelgut am 28. April",
     "text": _gipfelgut_inv,
     "html": ats_card("Gipfelgut", "#7c3aed", paras(_gipfelgut_inv),
                      "Gesendet über Workable im Auftrag von Gipfelgut",
                      button=("Termin bestätigen",
                              "https://apply.workable.com/gipfelgut/confirm/5521")),
     "cte": "qp"},
    {"id": "brettl-invite", "kind": INV, "scen": "brettl_onsite_invite", "lang": "de",
     "company": "Brettl & Bindung", "contact": "andrea.rainer@brettl-bindung.example.at",
     "from": ("Rainer, Andrea", "andrea.rainer@brettl-bindung.example.at"),
     "mid": "<brettl-invite-20260304@brettl-bindung.example.at>",
     "date": "2026-03-04 10:03 +0100",
     "subject": "Einladung zum Vorstellungsgespräch", "subj_enc": "iso-8859-1-q",
     "text": BRETTL_INVITE + "\n\n" + signature(
         "Andrea Rainer", "Personal & Administration", "Brettl & Bindung GmbH | Austraße 7 | "
         "5020 Salzburg", "T: +43 662 874 120-5"),
     "charset": "windows-1252", "cte": "qp",
     "headers": outlook_headers("Einladung zum Vorstellungsgespraech")},
    # ============================================================ interview_invitation en (7)
    {"id": "mercato-invite", "kind": INV, "scen": "mercato_lever_schedule", "lang": "en",
     "company": "Mercato Alpino", "contact": "giulia.ferraro@mercatoalpino.example.it",
     "from": ("Mercato Alpino", "no-reply@hire.lever.co"),
     "reply_to": ("Giulia Ferraro", "giulia.ferraro@mercatoalpino.example.it"),
     "date": "2026-04-28 14:40 +0200", "reply": "mercato-ack",
     "subject": "Interview invitation: E-commerce Operations Manager at Mercato Alpino",
     "text": _mercato_inv, "html": _mercato_inv_html, "headers": [AUTO]},
    {"id": "cartwheel-invite", "kind": INV, "scen": "cartwheel_phone_screen_ask", "lang": "en",
     "company": "Cartwheel Commerce", "contact": "noah.whitfield@cartwheel.example.ch",
     "from": ("Noah Whitfield via Greenhouse", "no-reply@greenhouse-mail.io"),
     "reply_to": ("Noah Whitfield", "noah.whitfield@cartwheel.example.ch"),
     "date": "2026-03-09 16:26 +0100", "reply": "cartwheel-ack",
     "subject": "Quick phone screen - Marketplace Operations Manager",
     "text": _cartwheel_inv, "html": html_page(paras(_cartwheel_inv), "en")},
    {"id": "summitly-invite", "kind": INV, "scen": "summitly_free_thursday", "lang": "en",
     "company": "Summitly", "contact": "jonas@summitly.example.at",
     "from": ("Jonas Leitner", "jonas@summitly.example.at"),
     "date": "2026-05-04 22:03 +0200",
     "subject": "Ops role at Summitly - quick chat?", "text": _summitly_inv},
    {"id": "lanterna-invite", "kind": INV, "scen": "lanterna_panel_google_calendar", "lang": "en",
     "company": "Lanterna Commerce", "contact": "chiara.benedetti@lanterna.example.it",
     "from": ("Lanterna Commerce Recruiting", "recruiting@lanterna.example.it"),
     "reply_to": ("Chiara Benedetti", "chiara.benedetti@lanterna.example.it"),
     "date": "2026-05-05 12:15 +0200",
     "subject": "Invitation: Panel interview - Operations Lead @ Thu 14 May 2026 14:00 (CEST)",
     "text": _lanterna_inv, "html": html_page(paras(_lanterna_inv), "en"),
     "ics": dict(_lanterna_cal, attach=True), "cte": "qp"},
    {"id": "packwise-invite", "kind": INV, "scen": "packwise_case_study_and_interview", "lang": "en",
     "company": "Packwise", "contact": "priya@packwise.example.de",
     "from": ("Priya Raman", "no-reply@ashbyhq.com"),
     "reply_to": ("Priya Raman", "priya@packwise.example.de"),
     "date": "2026-06-01 09:30 +0200",
     "subject": "Next steps: case study + interview (Fulfilment Operations Lead)",
     "text": _packwise_inv},
    {"id": "glacier-invite", "kind": INV, "scen": "agency_sets_client_interview_en", "lang": "en",
     "company": "Glacier Goods", "contact": "hannah.lloyd@peakstone.example.ch",
     "from": ("Hannah Lloyd", "hannah.lloyd@peakstone.example.ch"),
     "date": "2026-06-22 11:50 +0200", "reply": "peakstone-ack",
     "subject": "Interview with Glacier Goods - Wed 1 July", "text": _glacier_inv, "cte": "qp"},
    {"id": "velomar-invite", "kind": INV, "scen": "velomar_ashby_booking", "lang": "en",
     "company": "Velomar", "contact": "",
     "from": ("Velomar Talent", "no-reply@ashbyhq.com"),
     "date": "2026-06-16 10:05 +0200",
     "subject": "Book your interview with Velomar", "text": _velomar_inv,
     "html": ats_card("Velomar", "#0e7490", paras(_velomar_inv),
                      "Sent with Ashby on behalf of Velomar.", lang="en",
                      button=("Book a time", "https://app.ashbyhq.com/scheduling/velomar/b72e15")),
     "headers": [AUTO]},
    # ============================================================ interview_invitation fr (3)
    {"id": "rhone-invite", "kind": INV, "scen": "rhoneglisse_teamtailor_visio", "lang": "fr",
     "company": "Rhône Glisse", "contact": "camille.perrin@rhoneglisse.example.fr",
     "from": ("Rhône Glisse", "no-reply@teamtailor-mail.com"),
     "reply_to": ("Camille Perrin", "camille.perrin@rhoneglisse.example.fr"),
     "date": "2026-04-01 10:44 +0200", "reply": "rhone-ack",
     "subject": "Invitation à un entretien – Rhône Glisse", "subj_enc": "utf-8-b",
     "text": _rhone_inv,
     "html": ats_card("Rhône Glisse", "#1e40af", paras(_rhone_inv),
                      "Envoyé via Teamtailor pour Rhône Glisse · 12 quai Perrache, 69002 Lyon",
                      lang="fr", button=("Confirmer ma présence",
                                         "https://rhoneglisse.teamtailor.com/interviews/confirm/8821")),
     "cte": "qp", "headers": [AUTO]},
    {"id": "lacs-invite", "kind": INV, "scen": "agency_sets_client_interview_fr", "lang": "fr",
     "company": "Lacs & Cimes", "contact": "j.roche@mistral-rh.example.fr",
     "from": ("Julien Roche", "j.roche@mistral-rh.example.fr"),
     "date": "2026-04-20 18:02 +0200", "reply": "mistral-ack",
     "subject": "Entretien chez Lacs & Cimes", "text": _lacs_inv,
     "charset": "windows-1252", "cte": "8bit"},
    {"id": "cordee-invite", "kind": INV, "scen": "cordee_outlook_ics_request", "lang": "fr",
     "company": "Cordée Logistique", "contact": "antoine.marchal@cordee-logistique.example.fr",
     "from": ("Antoine Marchal", "antoine.marchal@cordee-logistique.example.fr"),
     "date": "2026-05-26 14:37 +0200",
     "subject": "Entretien – Responsable d'exploitation e-commerce", "subj_enc": "windows-1252-q",
     "text": _cordee_inv, "html": outlook_html(mso_paras(_cordee_inv), "FR"),
     "cte": "qp", "ics": dict(_cordee_cal, cte="base64")},
    # ============================================================ interview_invitation es (3)
    {"id": "tramuntana-invite", "kind": INV, "scen": "tramuntana_recruitee_onsite", "lang": "es",
     "company": "Tramuntana Sports", "contact": "marta.vidal@tramuntana.example.es",
     "from": ("Tramuntana Sports", "noreply@jobs.recruitee.com"),
     "reply_to": ("Marta Vidal", "marta.vidal@tramuntana.example.es"),
     "date": "2026-07-14 09:20 +0200", "reply": "tramuntana-ack",
     "subject": "Invitación a entrevista – Tramuntana Sports", "subj_enc": "utf-8-q",
     "text": _tramuntana_inv,
     "html": ats_card("Tramuntana Sports", "#0369a1", paras(_tramuntana_inv),
                      "Enviado con Recruitee · Tramuntana Sports S.L.", lang="es"),
     "cte": "qp", "headers": [AUTO]},
    {"id": "ona-invite", "kind": INV, "scen": "agency_phone_screen_es", "lang": "es",
     "company": "Mercat Digital", "contact": "marc.soler@onatalent.example.es",
     "from": ("Marc Soler | Ona Talent", "marc.soler@onatalent.example.es"),
     "date": "2026-07-06 13:05 +0200",
     "subject": "Posición de Coordinadora de Marketplace (Mercat Digital)", "subj_enc": "utf-8-q",
     "text": _ona_inv, "cte": "8bit"},
    {"id": "garraf-invite", "kind": INV, "scen": "garraf_assessment_day", "lang": "es",
     "company": "Logística Garraf", "contact": "nuria.ferrer@logistica-garraf.example.es",
     "from": ("Núria Ferrer", "nuria.ferrer@logistica-garraf.example.es", "iso-8859-1-b"),
     "date": "2026-08-25 10:10 +0200", "reply": "garraf-ack",
     "subject": "Invitación a la jornada de evaluación", "subj_enc": "iso-8859-1-q",
     "text": _garraf_inv, "charset": "iso-8859-1", "cte": "qp"},
    # ============================================================ reschedule/cancel de (8)
    {"id": "bergwerk-move", "kind": S, "scen": "bergwerk_inventory_day_move", "lang": "de",
     "company": "Bergwerk Outdoor", "contact": "s.kerschbaumer@bergwerk-outdoor.example.at",
     "from": ("Sabine Kerschbaumer", "s.kerschbaumer@bergwerk-outdoor.example.at"),
     "date": "2026-01-21 12:58 +0100", "reply": "bergwerk-invite",
     "subject": "Verschiebung unseres Termins am 27. Jänner", "subj_enc": "utf-8-q",
     "text": _bergwerk_move + "\n\n" + signature(
         "People & Culture | Bergwerk Outdoor GmbH", "Museumstraße 22, 6020 Innsbruck",
         "T +43 512 908411-23"), "cte": "qp"},
    {"id": "warenwelt-move", "kind": S, "scen": "warenwelt24_ics_update_sequence", "lang": "de",
     "company": "Warenwelt24", "contact": "elif.demir@warenwelt24.example.at",
     "from": ("Demir, Elif", "elif.demir@warenwelt24.example.at"),
     "date": "2026-02-26 08:31 +0100", "reply": "warenwelt-invite",
     "subject": "Aktualisiert: Vorstellungsgespräch Teamleitung Marktplatz-Operations",
     "subj_enc": "utf-8-b", "text": _warenwelt_move,
     "html": outlook_html(mso_paras(_warenwelt_move)), "cte": "qp",
     "ics": dict(_warenwelt_cal2, cte="base64"),
     "headers": outlook_headers("Einladung: Vorstellungsgespraech")},
    {"id": "firnline-cancel", "kind": S, "scen": "firnline_ics_cancel_new_date_follows",
     "lang": "de", "company": "Firnline", "contact": "katharina.brandl@firnline.example.de",
     "from": ("Katharina Brandl", "katharina.brandl@firnline.example.de"),
     "date": "2026-04-21 18:40 +0200", "reply": "firnline-invite",
     "subject": "Abgesagter Termin: Interview Greta Oyelowo-Brandstätter – Firnline",
     "subj_enc": "utf-8-q", "text": _firnline_cancel, "cte": "qp",
     "ics": _firnline_cal},
    {"id": "nordhang-move", "kind": S, "scen": "nordhang_interviewer_ill", "lang": "de",
     "company": "Nordhang Retail Group", "contact": "sandra.huber@nordhang.example.de",
     "from": ("Huber, Sandra", "sandra.huber@nordhang.example.de"),
     "date": "2026-04-10 15:55 +0200", "reply": "nordhang-invite",
     "subject": "Assessment Center: neuer Termin 21. April", "text": _nordhang_move,
     "html": outlook_html(mso_paras(_nordhang_move)), "charset": "windows-1252", "cte": "qp",
     "html_charset": "utf-8"},
    {"id": "loden-move", "kind": S, "scen": "agency_client_moves_interview", "lang": "de",
     "company": "Loden & Lamm", "contact": "markus.pichler@alpenpersonal.example.at",
     "from": ("Markus Pichler", "markus.pichler@alpenpersonal.example.at"),
     "date": "2026-04-13 08:05 +0200", "reply": "loden-invite",
     "subject": "Loden & Lamm - Terminänderung", "subj_enc": "iso-8859-1-b",
     "text": LODEN_MOVE + "\n\nMarkus Pichler\nSenior Consultant | Alpenpersonal "
     "Personalberatung GmbH\nTel. +43 512 560 77-14",
     "charset": "iso-8859-1", "cte": "8bit"},
    {"id": "zuerisport-move", "kind": S, "scen": "zuerisport_zoom_moved", "lang": "de",
     "company": "Zürisport Online", "contact": "nadine.keller@zuerisport.example.ch",
     "from": ("Nadine Keller", "nadine.keller@zuerisport.example.ch"),
     "date": "2026-05-18 08:12 +0200", "reply": "zuerisport-invite",
     "subject": "Verschiebung Videogespräch", "subj_enc": "iso-8859-1-q", "text": _zuerisport_move + "\n\n" + reply_quote(
         "de", "2026-05-12 09:45", "Nadine Keller", "nadine.keller@zuerisport.example.ch",
         _zuerisport_inv), "cte": "qp"},
    {"id": "kessler-move", "kind": S, "scen": "headhunter_client_cancels_meeting", "lang": "de",
     "company": "Kessler & Vogt", "contact": "c.vogt@kesslervogt.example.de",
     "from": ("Dr. Claudia Vogt", "c.vogt@kesslervogt.example.de"),
     "date": "2026-06-29 12:22 +0200",
     "subject": "Gespräch mit dem Mandanten am 2. Juli entfällt", "subj_enc": "utf-8-q",
     "text": _kessler_move, "cte": "base64"},
    {"id": "donaukai-move", "kind": S, "scen": "donaukai_casual_move", "lang": "de",
     "company": "Donaukai Fulfilment", "contact": "petra.wimmer@donaukai.example.at",
     "from": ("Petra Wimmer", "petra.wimmer@donaukai.example.at"),
     "date": "2026-06-01 19:47 +0200",
     "subject": "Donnerstag verschieben?", "text": _donaukai_move, "cte": "8bit"},
    # ============================================================ reschedule/cancel en (4)
    {"id": "lanterna-move", "kind": S, "scen": "lanterna_calendar_update_seq2", "lang": "en",
     "company": "Lanterna Commerce", "contact": "chiara.benedetti@lanterna.example.it",
     "from": ("Lanterna Commerce Recruiting", "recruiting@lanterna.example.it"),
     "reply_to": ("Chiara Benedetti", "chiara.benedetti@lanterna.example.it"),
     "date": "2026-05-11 17:20 +0200", "reply": "lanterna-invite",
     "subject": "Updated invitation: Panel interview - Operations Lead @ Wed 20 May 2026 10:00 "
     "(CEST)", "text": _lanterna_move, "ics": dict(_lanterna_cal2, attach=True), "cte": "qp"},
    {"id": "mercato-move", "kind": S, "scen": "mercato_final_round_moved", "lang": "en",
     "company": "Mercato Alpino", "contact": "giulia.ferraro@mercatoalpino.example.it",
     "from": ("Giulia Ferraro", "giulia.ferraro@mercatoalpino.example.it"),
     "date": "2026-05-12 08:55 +0200", "reply": "mercato-invite",
     "subject": "Your final round - new time?", "text": _mercato_move},
    {"id": "glacier-cancel", "kind": S, "scen": "agency_ics_cancel_client_travel", "lang": "en",
     "company": "Glacier Goods", "contact": "hannah.lloyd@peakstone.example.ch",
     "from": ("Hannah Lloyd", "hannah.lloyd@peakstone.example.ch"),
     "date": "2026-06-29 08:40 +0200", "reply": "glacier-invite",
     "subject": "Cancelled: Glacier Goods interview - Greta Oyelowo-Brandstätter",
     "subj_enc": "utf-8-b", "text": _glacier_cancel, "ics": _glacier_cal},
    {"id": "summitly-move", "kind": S, "scen": "summitly_thursday_to_friday", "lang": "en",
     "company": "Summitly", "contact": "jonas@summitly.example.at",
     "from": ("Jonas Leitner", "jonas@summitly.example.at"),
     "date": "2026-05-06 09:41 +0200", "reply": "<summitly-yes-0505@mail.example.at>",
     "refs": ["summitly-invite"],
     "subject": "Thursday -> Friday?", "text": _summitly_move_body},
    # ============================================================ reschedule/cancel fr (2)
    {"id": "rhone-move", "kind": S, "scen": "rhoneglisse_entretien_decale", "lang": "fr",
     "company": "Rhône Glisse", "contact": "camille.perrin@rhoneglisse.example.fr",
     "from": ("Camille Perrin", "camille.perrin@rhoneglisse.example.fr", "iso-8859-1-q"),
     "date": "2026-04-08 15:20 +0200", "reply": "rhone-invite",
     "subject": "Report de votre entretien – Rhône Glisse", "subj_enc": "utf-8-q",
     "text": RHONE_RESCHEDULE + "\nChargée de recrutement – Rhône Glisse\n04 78 92 61 30",
     "cte": "qp"},
    {"id": "lacs-cancel", "kind": S, "scen": "agency_client_cancels_ill_fr", "lang": "fr",
     "company": "Lacs & Cimes", "contact": "j.roche@mistral-rh.example.fr",
     "from": ("Julien Roche", "j.roche@mistral-rh.example.fr"),
     "date": "2026-04-24 19:06 +0200", "reply": "lacs-invite",
     "subject": "Annulation entretien Lacs & Cimes de lundi", "text": _lacs_cancel,
     "cte": "qp"},
    # ============================================================ reschedule/cancel es (1)
    {"id": "tramuntana-move", "kind": S, "scen": "tramuntana_new_time_ics_seq1", "lang": "es",
     "company": "Tramuntana Sports", "contact": "marta.vidal@tramuntana.example.es",
     "from": ("Tramuntana Sports", "noreply@jobs.recruitee.com"),
     "reply_to": ("Marta Vidal", "marta.vidal@tramuntana.example.es"),
     "date": "2026-07-17 16:45 +0200", "reply": "tramuntana-invite",
     "subject": "Cambio de hora: entrevista del 21 de julio", "text": _tramuntana_move,
     "cte": "qp", "ics": dict(_tramuntana_cal, attach=True), "headers": [AUTO]},
    # ============================================================ missed de (5)
    {"id": "kistl-missed", "kind": M, "scen": "kistl_called_twice", "lang": "de",
     "company": "Kistl Logistik", "contact": "b.kistl@kistl-logistik.example.at",
     "from": ("Bernhard Kistl", "b.kistl@kistl-logistik.example.at"),
     "date": "2026-02-05 10:24 +0100", "reply": "kistl-invite",
     "subject": "AW: Kurzes Telefonat zu Ihrer Bewerbung?", "text": _kistl_missed,
     "charset": "iso-8859-1", "cte": "qp"},
    {"id": "paketfuchs-missed", "kind": M, "scen": "paketfuchs_waited_on_teams", "lang": "de",
     "company": "Paketfuchs", "contact": "sarah.novak@paketfuchs.example.at",
     "from": ("Sarah Novak", "sarah.novak@paketfuchs.example.at"),
     "date": "2026-03-10 14:31 +0100", "reply": "paketfuchs-invite",
     "subject": "Unser Online-Interview heute um 14:00 Uhr", "text": _paketfuchs_missed,
     "html": outlook_html(mso_paras(_paketfuchs_missed)), "cte": "qp"},
    {"id": "schnee-missed", "kind": M, "scen": "schneekristall_no_show_trial_day", "lang": "de",
     "company": "Schneekristall Versand", "contact": "thomas.eder@schneekristall.example.at",
     "from": ("Thomas Eder", "thomas.eder@schneekristall.example.at"),
     "date": "2026-03-24 10:34 +0100", "reply": "schnee-invite",
     "subject": "Probearbeitstag heute", "text": _schnee_missed, "cte": "qp"},
    {"id": "gipfelgut-missed", "kind": M, "scen": "gipfelgut_waited_in_meet", "lang": "de",
     "company": "Gipfelgut", "contact": "jana.moser@gipfelgut.example.at",
     "from": ("Jana Moser", "jana.moser@gipfelgut.example.at"),
     "date": "2026-04-28 10:26 +0200", "reply": "gipfelgut-invite",
     "subject": "Wo bist du? :)", "text": _gipfelgut_missed, "cte": "8bit"},
    {"id": "huettenkram-missed", "kind": M, "scen": "huettenkram_not_reached", "lang": "de",
     "company": "Hüttenkram Online", "contact": "m.hoelzl@huettenkram.example.at",
     "from": ("Martina Hölzl", "m.hoelzl@huettenkram.example.at", "iso-8859-1-b"),
     "date": "2026-06-23 14:41 +0200", "reply": "huettenkram-ack",
     "subject": "Telefonat heute 14 Uhr", "text": _huettenkram_missed,
     "charset": "iso-8859-1", "cte": "8bit"},
    # ============================================================ missed en (3)
    {"id": "packwise-missed", "kind": M, "scen": "packwise_waited_on_meet", "lang": "en",
     "company": "Packwise", "contact": "priya@packwise.example.de",
     "from": ("Priya Raman", "priya@packwise.example.de"),
     "date": "2026-06-10 11:32 +0200", "reply": "packwise-invite",
     "subject": "Missed you today", "text": _packwise_missed},
    {"id": "velomar-missed", "kind": M, "scen": "velomar_ashby_did_not_join", "lang": "en",
     "company": "Velomar", "contact": "pau.serra@velomar.example.es",
     "from": ("Velomar Talent", "no-reply@ashbyhq.com"),
     "reply_to": ("Pau Serra", "pau.serra@velomar.example.es"),
     "date": "2026-06-25 15:48 +0200", "reply": "velomar-invite",
     "subject": "We missed you at your Velomar interview", "text": _velomar_missed,
     "html": ats_card("Velomar", "#0e7490", paras(_velomar_missed),
                      "Sent with Ashby on behalf of Velomar. Replies go to Pau Serra.",
                      lang="en"), "headers": [AUTO]},
    {"id": "cartwheel-missed", "kind": M, "scen": "cartwheel_tried_calling_twice", "lang": "en",
     "company": "Cartwheel Commerce", "contact": "noah.whitfield@cartwheel.example.ch",
     "from": ("Noah Whitfield", "noah.whitfield@cartwheel.example.ch"),
     "date": "2026-03-13 10:19 +0100", "reply": "cartwheel-invite",
     "subject": "Re: Quick phone screen - Marketplace Operations Manager",
     "text": _cartwheel_missed},
    # ============================================================ missed fr (1)
    {"id": "cordee-missed", "kind": M, "scen": "cordee_waited_on_teams", "lang": "fr",
     "company": "Cordée Logistique", "contact": "antoine.marchal@cordee-logistique.example.fr",
     "from": ("Antoine Marchal", "antoine.marchal@cordee-logistique.example.fr"),
     "date": "2026-06-03 09:58 +0200", "reply": "cordee-invite",
     "subject": "Notre entretien de ce matin", "text": _cordee_missed,
     "charset": "windows-1252", "cte": "qp"},
    # ============================================================ missed es (1)
    {"id": "ona-missed", "kind": M, "scen": "agency_called_twice_es", "lang": "es",
     "company": "Mercat Digital", "contact": "marc.soler@onatalent.example.es",
     "from": ("Marc Soler | Ona Talent", "marc.soler@onatalent.example.es"),
     "date": "2026-07-09 11:38 +0200", "reply": "ona-invite",
     "subject": "Nuestra llamada de hoy", "text": _ona_missed, "cte": "qp"},
]

_ = (CANDIDATE_ADDR, G, mso_quote_head, outlook_block)
