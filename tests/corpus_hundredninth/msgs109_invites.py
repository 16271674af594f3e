"""Interview invitations, reschedules/cancellations and missed-interview notices (hundredninth corpus)."""

from __future__ import annotations

from msgs109_common import CAND, layout, pixel, trk

MONPLAISIR_UID = "040000008200E00074C5B7101A82E00800000000A07C2F6BB1A6DC01000000000000000010000000MONPLAISIR7731"
LAKEHEAD_UID = "6k2r9v1q0s4h8lakeheadvc@google.com"

INVITATIONS = [
    {
        "kind": "interview_invitation", "scenario": "greenhouse_phone_screen_link", "lang": "en",
        "company": "Tidewater Clinical Systems", "contact": "jordan.ellis@tidewaterclinical.example.com",
        "frm": ("Tidewater Clinical Systems via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Jordan Ellis", "jordan.ellis@tidewaterclinical.example.com"),
        "subject": "Next steps with Tidewater Clinical Systems",
        "date": "2026-02-03 11:30 -0500", "structure": "alt", "cte": "qp",
        "msgid": "<tcs.0203.phone-screen.61ac@us.greenhouse-mail.io>",
        "html": f"""<html><body>
<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.45;color:#1f1f1f;max-width:600px">
<p>Hi Maëlle,</p>
<p>Thanks for applying to the <b>Clinical Implementation Specialist</b> role at Tidewater Clinical Systems! Your go-live and super-user experience stood out to our team.</p>
<p>I'd love to set up a 30-minute phone screen to hear more about your background and walk you through what our implementation work looks like day to day. Please use the link below to pick a time that works for you:</p>
<p><a href="{trk('app.greenhouse.io', 'schedule-tcs-6612')}" style="background:#24a47f;color:#ffffff;padding:10px 18px;border-radius:4px;text-decoration:none">Choose a time</a></p>
<p>If none of the slots fit (I know hospital shifts can be tricky), just reply to this email and we'll find something.</p>
<p>Talk soon,<br>Jordan Ellis<br>Recruiter, Tidewater Clinical Systems<br>Boston, MA</p>
<p style="font-size:11px;color:#999">Powered by <a href="{trk('click.greenhouse-mail.io', 'gh-tcs')}" style="color:#999">Greenhouse</a></p>
</div>
{pixel('open.greenhouse-mail.io', 'tcs-0203')}
</body></html>
""",
    },
    {
        "kind": "interview_invitation", "scenario": "hopital_entrevue_pavillon", "lang": "fr",
        "company": "Hôpital Montmorency", "contact": "julie.fortin@hopitalmontmorency.example.ca",
        "frm": ("Julie Fortin", "julie.fortin@hopitalmontmorency.example.ca"),
        "subject": "Invitation à une entrevue - affichage 26-112",
        "date": "2026-02-09 13:05 -0500", "structure": "plain", "cte": "qp",
        "msgid": "<0209130512.JF.26-112@hopitalmontmorency.example.ca>",
        "text": """Bonjour Madame Tremblay-Nakamura,

Votre candidature au poste d'infirmière clinicienne – soutien aux technologies cliniques (affichage 26-112) a retenu notre attention, et nous aimerions vous rencontrer en entrevue.

Date : jeudi 19 février 2026
Heure : 10 h 30 (durée prévue : 60 minutes)
Lieu : Pavillon Laval, 2e étage, salle 2.114
Comité : M. Éric Paquette, chef de service, et Mme Hélène Dion, conseillère cadre en soins infirmiers

Veuillez apporter une pièce d'identité avec photo ainsi que votre numéro de permis d'exercice. Un court exercice pratique (mise en situation de formation de 10 minutes) fera partie de l'entrevue.

Merci de confirmer votre présence par retour de courriel d'ici le lundi 16 février.

Cordialement,

Julie Fortin
Conseillère en dotation
Service de la dotation et de l'attraction de la main-d'oeuvre
Hôpital Montmorency
2975, boulevard Sainte-Anne, Québec (Québec)
418 555-0160, poste 2208
""",
    },
    {
        "kind": "interview_invitation", "scenario": "outlook_calendar_request_lyon", "lang": "fr",
        "company": "Clinique du Parc Monplaisir", "contact": "a.bonnet@clinique-monplaisir.example.fr",
        "frm": ("Aurélie Bonnet", "a.bonnet@clinique-monplaisir.example.fr"),
        "subject": "Entretien – Infirmière formatrice DPI",
        "date": "2026-03-02 10:15 +0100", "structure": "alt", "charset": "windows-1252", "cte": "qp",
        "msgid": "<PR1P264MB0302A7B5monplaisir@clinique-monplaisir.example.fr>",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Class", "urn:content-classes:calendarmessage")],
        "text": """Madame,

Suite à l'étude de votre candidature au poste d'infirmière formatrice DPI, nous avons le plaisir de vous convier à un entretien en visioconférence (Microsoft Teams) le mardi 10 mars 2026 à 14h00, heure de Paris (soit 9h00 à Montréal).

Vous rencontrerez Mme Claire Vidal, directrice des soins, et moi-même. L'entretien durera environ 45 minutes.

Le lien de connexion figure dans l'invitation jointe. Merci de l'accepter pour confirmer votre présence.

Bien cordialement,

Aurélie Bonnet
Responsable ressources humaines
Clinique du Parc Monplaisir
27 rue Professeur Florence – 69008 Lyon
04 72 55 38 10

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur ou application mobile
Cliquez ici pour participer à la réunion <https://teams.example.com/l/meetup-join/19%3ameeting_MONPLAISIR7731>
ID de réunion : 348 221 907 513
Code secret : c8QxW2
________________________________________________________________________________
""",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR" style="font-family:Calibri,sans-serif;font-size:11pt">
<div class="WordSection1">
<p class="MsoNormal">Madame,</p>
<p class="MsoNormal">Suite à l'étude de votre candidature au poste d'infirmière formatrice DPI, nous avons le plaisir de vous convier à un entretien en visioconférence (Microsoft Teams) le <b>mardi 10 mars 2026 à 14h00, heure de Paris</b> (soit 9h00 à Montréal).</p>
<p class="MsoNormal">Vous rencontrerez Mme Claire Vidal, directrice des soins, et moi-même. L'entretien durera environ 45 minutes.</p>
<p class="MsoNormal">Le lien de connexion figure dans l'invitation jointe. Merci de l'accepter pour confirmer votre présence.</p>
<p class="MsoNormal">Bien cordialement,</p>
<p class="MsoNormal"><b>Aurélie Bonnet</b><br>Responsable ressources humaines<br>Clinique du Parc Monplaisir<br>27 rue Professeur Florence – 69008 Lyon<br>04 72 55 38 10</p>
<div style="border-top:1px solid #d0d0d0;margin-top:16px;padding-top:8px">
<p class="MsoNormal"><span style="font-size:18pt;color:#252424">Réunion Microsoft Teams</span></p>
<p class="MsoNormal"><a href="https://teams.example.com/l/meetup-join/19%3ameeting_MONPLAISIR7731">Cliquez ici pour participer à la réunion</a></p>
<p class="MsoNormal" style="color:#605e5c">ID de réunion : 348 221 907 513 · Code secret : c8QxW2</p>
</div>
</div>
</body></html>
""",
        "ics": {"method": "REQUEST", "uid": MONPLAISIR_UID, "sequence": 0, "stamp": "20260302T091500Z",
                 "start": "20260310T130000Z", "end": "20260310T134500Z",
                 "summary": "Entretien – Infirmière formatrice DPI (M. Tremblay-Nakamura)",
                 "location": "Réunion Microsoft Teams"},
    },
    {
        "kind": "interview_invitation", "scenario": "google_calendar_invite_video", "lang": "en", "b_words": True,
        "company": "Lakehead Virtual Care", "contact": "priyanka.shah@lakeheadvc.example.com",
        "frm": ("Priyanka Shah", "priyanka.shah@lakeheadvc.example.com"),
        "subject": "Invitation: Interview – Clinical Training Lead @ Tue May 12, 2026 11am - 12pm (EDT) (maelle.tn@example.ca)",
        "date": "2026-05-04 14:20 -0400", "structure": "mixed", "cte": "qp",
        "msgid": "<calendar-6k2r9v1q-0504@google.com>",
        "headers": [("Sender", "Google Calendar <calendar-notification@google.com>")],
        "text": """Hi Maëlle – as discussed, sending the invite for your interview with me and Dana (our VP Clinical Operations). We'll talk through your training background and then do a short scenario: how you'd onboard 40 remote nurses to our triage platform in two weeks. No prep needed beyond that.

Looking forward to it!
Priyanka Shah, Talent Partner, Lakehead Virtual Care

Interview – Clinical Training Lead
Tuesday May 12, 2026 ⋅ 11am – 12pm (Eastern Time - Toronto)

Join with Google Meet
https://meet.example.com/qdv-hzkp-wrt

Guests
Priyanka Shah - organizer
Dana Whitaker
maelle.tn@example.ca

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
        "html": f"""<html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
<div style="max-width:560px">
<p>Hi Maëlle – as discussed, sending the invite for your interview with me and Dana (our VP Clinical Operations). We'll talk through your training background and then do a short scenario: how you'd onboard 40 remote nurses to our triage platform in two weeks. No prep needed beyond that.</p>
<p>Looking forward to it!<br>Priyanka Shah, Talent Partner, Lakehead Virtual Care</p>
<table cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;width:100%"><tr><td style="padding:16px">
<h2 style="font-size:20px;font-weight:400;margin:0 0 8px 0;color:#202124">Interview – Clinical Training Lead</h2>
<p style="margin:0 0 8px 0"><b>When</b><br>Tuesday May 12, 2026 ⋅ 11am – 12pm (Eastern Time - Toronto)</p>
<p style="margin:0 0 8px 0"><a href="https://meet.example.com/qdv-hzkp-wrt" style="background:#1a73e8;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>
<p style="margin:0"><b>Guests</b><br>Priyanka Shah – organizer<br>Dana Whitaker<br>maelle.tn@example.ca</p>
<p style="margin:12px 0 0 0">Reply for maelle.tn@example.ca: <a href="{trk('calendar.example.com', 'rsvp-yes')}">Yes</a> · <a href="{trk('calendar.example.com', 'rsvp-no')}">No</a> · <a href="{trk('calendar.example.com', 'rsvp-maybe')}">Maybe</a></p>
</td></tr></table>
<p style="font-size:11px;color:#70757a">Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.</p>
</div></body></html>
""",
        "ics": {"method": "REQUEST", "uid": LAKEHEAD_UID, "sequence": 0, "stamp": "20260504T182000Z",
                 "start": "20260512T150000Z", "end": "20260512T160000Z",
                 "summary": "Interview – Clinical Training Lead", "location": "https://meet.example.com/qdv-hzkp-wrt",
                 "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
        "attachments": [{"name": "invite.ics", "ics": {"method": "REQUEST", "uid": LAKEHEAD_UID, "sequence": 0,
                                                      "stamp": "20260504T182000Z", "start": "20260512T150000Z",
                                                      "end": "20260512T160000Z",
                                                      "summary": "Interview – Clinical Training Lead",
                                                      "location": "https://meet.example.com/qdv-hzkp-wrt",
                                                      "prodid": "-//Google Inc//Google Calendar 70.9054//EN"}}],
    },
    {
        "kind": "interview_invitation", "scenario": "headhunter_client_wants_meeting", "lang": "fr",
        "company": "Clinique médicale Saint-Roch", "contact": "magagnon@recrutementsboreal.example.ca",
        "frm": ("Marc-André Gagnon", "magagnon@recrutementsboreal.example.ca"),
        "subject": "Bonne nouvelle - Saint-Roch",
        "date": "2026-03-23 10:12 -0400", "structure": "plain", "cte": "8bit",
        "msgid": "<20260323141200.boreal.3302@recrutementsboreal.example.ca>",
        "text": """Salut Maëlle,

Bonne nouvelle! La Clinique médicale Saint-Roch veut te rencontrer pour le poste d'infirmière responsable de l'implantation du DMÉ et de la formation du personnel.

Ils proposent une rencontre en personne à la clinique (565, rue Saint-Joseph Est, 2e étage) le mardi 31 mars à 13 h. Tu rencontrerais la Dre Nathalie Bélanger, médecin responsable, et Josée, la coordonnatrice administrative. Compte une heure, une heure et quart.

Quelques conseils : parle-leur de ta migration aux soins intensifs, c'est exactement ce qui les inquiète. Et ils tiennent beaucoup à ce que les infirmières auxiliaires ne soient pas oubliées dans la formation.

Tu me confirmes que ça te va? Je leur reviens aujourd'hui.

Marc-André

Marc-André Gagnon, CRHA
Associé | Recrutements Boréal
418 555-0199
""",
    },
    {
        "kind": "interview_invitation", "scenario": "geneva_foundation_webex", "lang": "fr",
        "company": "Fondation Genève Soins", "contact": "nadia.berset@fgsoins.example.ch",
        "frm": ("Berset Nadia", "nadia.berset@fgsoins.example.ch"),
        "subject": "Invitation à un premier entretien – Infirmière référente outils numériques",
        "date": "2026-05-19 11:40 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "msgid": "<ZR0P278MB0519nbe@fgsoins.example.ch>",
        "text": """Madame,

Nous avons bien reçu votre dossier de candidature pour le poste d'infirmière référente outils numériques (taux 90 %) et vous en remercions.

Nous avons le plaisir de vous inviter à un premier entretien, qui aura lieu par visioconférence (Webex) le jeudi 28 mai 2026 à 16h00, heure de Genève. Vous vous entretiendrez avec Mme Françoise Rochat, infirmière cheffe du service d'aide et de soins à domicile, et avec moi-même.

Nous vous saurions gré de nous confirmer votre disponibilité par retour de courriel. Le lien de connexion vous parviendra la veille.

Dans l'intervalle, nous vous adressons, Madame, nos cordiales salutations.

Nadia Berset
Spécialiste RH – Recrutement
Fondation Genève Soins
Avenue Cardinal-Mermillod 36 – 1227 Carouge
Tél. +41 22 555 43 21
""",
    },
    {
        "kind": "interview_invitation", "scenario": "startup_calendly_casual", "lang": "en",
        "company": "Pulsewise", "contact": "tom@pulsewise.example.com",
        "frm": ("Tom Becker", "tom@pulsewise.example.com"),
        "subject": "Pulsewise <> Maëlle",
        "date": "2026-03-27 15:02 -0400", "structure": "plain", "cte": "8bit",
        "msgid": "<psw-0327-invite@pulsewise.example.com>",
        "text": """Hey Maëlle!

Loved your background – a nurse who has actually trained 140 colleagues on a new EHR is exactly who we need for the clinical onboarding lead role.

Could you grab 45 min with me and Aisha (our Head of Clinical) next week? We'd go over your experience and then riff on how you'd onboard a new clinic onto Pulsewise in a week. Super informal.

Here's my Calendly, pick whatever works: https://calendly.example.com/tom-pulsewise/45min

Cheers,
Tom

--
Tom Becker | Co-founder, Pulsewise
""",
    },
    {
        "kind": "interview_invitation", "scenario": "brussels_selection_test", "lang": "fr",
        "company": "Hôpitaux Bruxelles-Sud", "contact": "selection@hbs.example.be",
        "frm": ("Hôpitaux Bruxelles-Sud - Sélection", "selection@hbs.example.be"),
        "subject": "Convocation – épreuve de sélection et entretien (réf. HBS/INF-IT/2026-14)",
        "date": "2026-06-08 14:30 +0200", "structure": "alt", "cte": "qp",
        "msgid": "<AM0PR06MB0608sel14@hbs.example.be>",
        "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
<p>Madame,</p>
<p>Suite à l'examen de votre candidature pour la fonction d'<b>infirmière référente informatique clinique</b> (réf. HBS/INF-IT/2026-14), nous avons le plaisir de vous convier à notre procédure de sélection, qui se déroulera en deux temps le même jour :</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:11pt">
<tr><td style="border:1px solid #c8c8c8"><b>Date</b></td><td style="border:1px solid #c8c8c8">mardi 23 juin 2026</td></tr>
<tr><td style="border:1px solid #c8c8c8"><b>9h00</b></td><td style="border:1px solid #c8c8c8">épreuve écrite (cas pratique, 1h30)</td></tr>
<tr><td style="border:1px solid #c8c8c8"><b>11h00</b></td><td style="border:1px solid #c8c8c8">entretien avec le jury (45 min)</td></tr>
<tr><td style="border:1px solid #c8c8c8"><b>Lieu</b></td><td style="border:1px solid #c8c8c8">Site Molière, bâtiment B, salle du conseil – Rue Marconi 142, 1190 Forest</td></tr>
</table>
<p>Nous vous prions de vous munir de votre carte d'identité ou de votre passeport. Si vous résidez encore au Canada, l'entretien peut se tenir par vidéoconférence : merci de nous le signaler.</p>
<p>Merci de confirmer votre présence en répondant à ce courriel endéans les cinq jours ouvrables.</p>
<p>Veuillez agréer, Madame, l'expression de nos salutations distinguées.</p>
<p>Cellule Sélection &amp; Recrutement<br>Direction des Ressources humaines<br>Hôpitaux Bruxelles-Sud</p>
<p style="font-size:8pt;color:#7f7f7f">Ce message et ses éventuelles annexes sont confidentiels et destinés exclusivement à leur destinataire. Hôpitaux Bruxelles-Sud ASBL – BCE 0555.301.221</p>
</body></html>
""",
    },
    {
        "kind": "interview_invitation", "scenario": "vendor_videollamada_tu", "lang": "es",
        "company": "Clinixa Sistemas de Salud", "contact": "lucia.ferrer@clinixa.example.com",
        "frm": ("Lucía Ferrer", "lucia.ferrer@clinixa.example.com"),
        "subject": "¡Hablamos? Consultora de formación clínica (Lyon)",
        "date": "2026-04-24 09:50 +0200", "structure": "plain", "cte": "qp",
        "msgid": "<clx-inv-0424-31@clinixa.example.com>",
        "text": """Hola Maëlle:

¡Muchas gracias por tu candidatura! Tu experiencia formando a equipos de enfermería durante una migración de sistema encaja muy bien con lo que buscamos para el despliegue en Lyon.

Nos gustaría conocerte en una videollamada de unos 45 minutos con Jordi Puig, responsable del proyecto, y conmigo. ¿Te viene bien el martes 5 de mayo a las 16:00 (hora de Madrid)? Serían las 10:00 en Montreal, si no me equivoco.

Si no te va bien, dime dos o tres huecos esa semana y lo cuadramos.

¡Un saludo!
Lucía

--
Lucía Ferrer Soler
Talent Acquisition Lead · Clinixa Sistemas de Salud, S.L.
""",
    },
    {
        "kind": "interview_invitation", "scenario": "german_video_interview_sie", "lang": "de",
        "company": "Medora Systems", "contact": "katharina.vogt@medora-systems.example.com",
        "frm": ("Katharina Vogt", "katharina.vogt@medora-systems.example.com"),
        "subject": "Einladung zum Videointerview - Clinical Trainer (m/w/d) Lyon",
        "date": "2026-03-31 10:00 +0200", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "msgid": "<medora-kv-0331-inv@medora-systems.example.com>",
        "text": """Sehr geehrte Frau Tremblay-Nakamura,

vielen Dank für Ihre Bewerbung als Clinical Trainer (m/w/d) für unseren Standort Lyon. Ihr Profil hat uns sehr angesprochen.

Gerne möchten wir Sie zu einem ersten Videointerview (ca. 45 Minuten) über Microsoft Teams einladen:

Termin: Dienstag, 7. April 2026, 15:00 Uhr MESZ (9:00 Uhr in Montréal)
Gesprächspartner: Herr Julien Morel (Teamleiter Training Frankreich) und ich

Das Gespräch führen wir gerne auf Französisch oder Englisch, ganz wie Sie möchten. Bitte bestätigen Sie mir den Termin kurz per E-Mail; den Einwahllink sende ich Ihnen anschliessend zu.

Mit freundlichen Grüßen

Katharina Vogt
Talent Acquisition
Medora Systems GmbH
Leopoldstraße 244, 80807 München
Tel. +49 89 5550 2231

Geschäftsführer: Dr. Florian Weiß, Sabine Kern
Amtsgericht München HRB 255118
""",
    },
    {
        "kind": "interview_invitation", "scenario": "family_pharmacy_evening_note", "lang": "fr",
        "company": "Pharmacies Archambault & Fils", "contact": "louise@archambaultetfils.example.ca",
        "frm": ("Louise Archambault", "louise@archambaultetfils.example.ca"),
        "subject": "Votre candidature - formatrice logiciel",
        "date": "2026-07-06 20:14 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "text": """Bonsoir Madame Tremblay-Nakamura,

Je m'excuse de vous écrire si tard, les journées sont longues en pharmacie!

Mon frère Denis et moi avons lu votre lettre avec beaucoup d'intérêt. Nous changeons de logiciel de dossier patient dans nos six succursales à l'automne et nous cherchons justement quelqu'un qui connaît le terrain pour former nos équipes.

Seriez-vous disponible pour venir nous rencontrer à la succursale de Laval (boul. de la Concorde) le mercredi 15 juillet, vers 9 h? On pourra vous faire visiter et en discuter autour d'un café. Sinon, le vendredi 17 nous irait aussi.

Au plaisir de vous lire,

Louise Archambault, pharmacienne
Pharmacies Archambault & Fils
450 555-0173
""",
    },
    {
        "kind": "interview_invitation", "scenario": "workday_schedule_self", "lang": "en",
        "company": "Cedarbrook University Health", "contact": "",
        "frm": ("Cedarbrook University Health Talent Acquisition", "cedarbrookhealth@myworkday.com"),
        "subject": "Action required: schedule your interview for Nurse Educator – Clinical Informatics",
        "date": "2026-08-10 09:12 -0400", "structure": "html", "cte": "base64",
        "msgid": "<wd-cuh-0810-sched-44121@myworkday.com>",
        "html": layout(f"""<p style="margin:0 0 14px 0">Hello Maëlle,</p>
<p style="margin:0 0 14px 0">Congratulations! The hiring team for <b>Nurse Educator – Clinical Informatics (JR-44121)</b> would like to invite you to a video interview.</p>
<p style="margin:0 0 14px 0">Please select an interview time from the available slots within the next 3 business days. Interviews last approximately 60 minutes and are conducted on Zoom with the Manager of Clinical Education and a staff nurse educator.</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:#0b5cab;border-radius:3px"><a href="{trk('cedarbrook.wd5.myworkday.com', 'sched-44121')}" style="display:inline-block;padding:11px 22px;color:#ffffff;text-decoration:none;font-weight:bold">Schedule Interview</a></td></tr></table>
<p style="margin:14px 0 14px 0">If you need an accommodation during the interview process, please let us know through the candidate home page.</p>
<p style="margin:0">Best regards,<br>Talent Acquisition<br>Cedarbrook University Health</p>""",
                    logo="https://cedarbrook.wd5.myworkday.com/wday/asset/cuh_logo.png", alt="Cedarbrook University Health",
                    accent="#0b5cab",
                    footer="This is a system-generated email from Workday. Replies to this address are not monitored.<br>"
                           "Cedarbrook University Health · 75 University Ave · Toronto, ON",
                    pix=pixel("cedarbrook.wd5.myworkday.com", "inv-44121")),
    },
    {
        "kind": "interview_invitation", "scenario": "teamtailor_paris_visio", "lang": "fr",
        "company": "Dossia Santé", "contact": "hugo.lefevre@dossia.example.fr",
        "frm": ("Dossia Santé", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Hugo Lefèvre", "hugo.lefevre@dossia.example.fr"),
        "subject": "Dossia Santé – on aimerait vous rencontrer !",
        "date": "2026-05-26 16:20 +0200", "structure": "html", "cte": "qp",
        "msgid": "<tt-dossia-0526-c71@teamtailor-mail.com>",
        "html": layout("""<p style="margin:0 0 12px 0">Bonjour Maëlle,</p>
<p style="margin:0 0 12px 0">Merci pour votre candidature au poste de <b>Customer Success Manager – établissements de santé</b>. Votre parcours d'infirmière et votre expérience de super-utilisatrice nous ont tapé dans l'œil.</p>
<p style="margin:0 0 12px 0">Nous vous proposons un premier échange en visio (Google Meet, 30 min) avec Hugo, notre Head of Customer Success, le <b>mercredi 3 juin à 15h00 (heure de Paris)</b>.</p>
<p style="margin:0 0 12px 0">Si ce créneau ne vous convient pas, répondez simplement à ce message avec vos disponibilités.</p>
<p style="margin:0 0 12px 0"><a href="https://meet.example.com/dos-sant-mtn" style="color:#e4572e">Lien de la visio</a></p>
<p style="margin:0">À très vite,<br>Hugo Lefèvre<br>Head of Customer Success – Dossia Santé</p>""",
                    logo="https://assets.teamtailor-cdn.example.com/dossia/logo-dossia.png", alt="Dossia Santé",
                    accent="#e4572e", font="Inter,Arial,sans-serif",
                    footer=f'Dossia Santé SAS · 55 rue du Faubourg Saint-Antoine, 75011 Paris<br><a href="{trk("dossia.teamtailor.com", "jobs")}" style="color:#77797d">Nos offres</a> · '
                           f'<a href="{trk("dossia.teamtailor.com", "rgpd")}" style="color:#77797d">Mes données personnelles</a>',
                    pix=pixel("dossia.teamtailor.com", "inv-0526")),
    },
    {
        "kind": "interview_invitation", "scenario": "institut_entrevue_examen", "lang": "fr",
        "company": "Institut québécois des données cliniques", "contact": "dotation@iqdc.example.ca",
        "frm": ("Dotation IQDC", "dotation@iqdc.example.ca"),
        "subject": "Convocation - entrevue et examen, poste d'agente de formation (no 2026-117)",
        "date": "2026-08-24 11:00 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "msgid": "<IQDC.2026-117.0824.conv@iqdc.example.ca>",
        "text": """Madame,

À la suite de l'analyse des candidatures reçues pour l'emploi d'agente ou d'agent de formation en systèmes cliniques (concours no 2026-117), nous avons le plaisir de vous convoquer à la prochaine étape du processus de sélection.

Le jeudi 3 septembre 2026
- 9 h 00 : examen écrit (durée : 90 minutes)
- 11 h 00 : entrevue devant le comité de sélection (durée : 45 minutes)
Endroit : 1200, route de l'Église, 4e étage, salle Cap-Rouge, Québec

Vous devez présenter une pièce d'identité avec photo à l'accueil. Prévoyez arriver 15 minutes à l'avance.

Veuillez confirmer votre présence en répondant à ce courriel au plus tard le 28 août.

Martine Roy
Technicienne en dotation
Institut québécois des données cliniques
""",
    },
    {
        "kind": "interview_invitation", "scenario": "consultancy_outlook_onsite", "lang": "en",
        "company": "Rideau Health Advisory Group", "contact": "spark@rideauhealth.example.ca",
        "frm": ("Sheldon Park", "spark@rideauhealth.example.ca"),
        "subject": "Interview - Senior Analyst, Clinical Transformation",
        "date": "2026-06-16 09:22 -0400", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "msgid": "<YQBPR01MB0616rhag1187@rideauhealth.example.ca>",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Hi Maëlle,

Thanks for your application for the Senior Analyst, Clinical Transformation role. We'd like to invite you to an interview with Andrea Kovacs (Partner) and me.

Friday, July 10 – 1:30 to 2:30 pm
Rideau Health Advisory Group, 150 Elgin St., 10th Floor (ask for us at the front desk)

We'll spend most of the time on a case: a mid-sized hospital's nursing staff is resisting a new electronic MAR – what would you do in the first 30 days? Nothing to prepare in writing.

If travelling to Ottawa is difficult, we can do it on Teams instead. Just let me know.

Regards,

Sheldon Park | Talent Lead | Rideau Health Advisory Group
150 Elgin St., 10th Floor, Ottawa ON K2P 1L4 | 613-555-0174
""",
    },
    {
        "kind": "interview_invitation", "scenario": "lever_invite_bilingual_team", "lang": "fr",
        "company": "Axiome Conseil Santé", "contact": "ines.haddad@axiome-conseil.example.fr",
        "frm": ("Axiome Conseil", "no-reply@hire.lever.co"),
        "reply_to": ("Inès Haddad", "ines.haddad@axiome-conseil.example.fr"),
        "subject": "Entretien – Consultante conduite du changement (Lyon)",
        "date": "2026-05-27 12:05 +0200", "structure": "alt", "cte": "qp",
        "msgid": "<lever-axiome-0527-3c1@hire.lever.co>",
        "html": f"""<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5;color:#222">
<p>Bonjour Maëlle,</p>
<p>Merci pour votre candidature chez Axiome Conseil Santé ! Votre expérience de formatrice terrain pendant un déploiement nous intéresse beaucoup.</p>
<p>Je vous propose un entretien en visio avec Pierre Lambert, associé en charge du pôle santé, et moi-même :</p>
<p style="padding:10px 14px;background:#f3f6fa;border-left:3px solid #2a5ca8"><b>Jeudi 4 juin, 17h00 – 18h00 (heure de Paris)</b><br>Microsoft Teams – le lien suivra dans une invitation séparée</p>
<p>Est-ce que ce créneau vous convient ? Je sais qu'avec le décalage horaire c'est en plein milieu de votre journée, n'hésitez pas à me proposer autre chose.</p>
<p>Bonne journée,</p>
<p>Inès Haddad<br>Manager recrutement &amp; staffing<br>Axiome Conseil Santé</p>
<p style="color:#999;font-size:11px">Envoyé avec <a href="{trk('hire.lever.co', 'axiome-inv')}" style="color:#999">Lever</a></p>
</div>
{pixel('hire.lever.co', 'o-axiome-0527')}
""",
    },
    {
        "kind": "interview_invitation", "scenario": "staffing_agency_great_news", "lang": "en",
        "company": "St. Brendan's Hospital", "contact": "brittany@apexnursestaffing.example.com",
        "frm": ("Brittany Kowalski", "brittany@apexnursestaffing.example.com"),
        "subject": "GREAT NEWS!!! St. Brendan's wants to meet you",
        "date": "2026-05-11 12:03 -0400", "structure": "html", "cte": "qp",
        "msgid": "<apex-bk-0511-sb@apexnursestaffing.example.com>",
        "html": f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Maelle!!!</p>
<p><b>GREAT NEWS</b> – St. Brendan's Hospital loved your resume and they want to interview you for the <b>Clinical Informatics Educator</b> contract (6 months, likely extension)!! 🎉</p>
<p>Here are the details:</p>
<ul>
<li><b>When:</b> Tuesday May 19 @ 2:00pm ET</li>
<li><b>How:</b> Zoom (link below), 45 minutes</li>
<li><b>With:</b> Marisol Greene, Director of Clinical Education + one of their Epic analysts</li>
</ul>
<p><a href="https://zoom.example.com/j/81554420193">Join Zoom Meeting</a></p>
<p>I'll call you Wednesday to prep – they LOVE hearing about super-user programs so have your numbers ready!!</p>
<p>You've got this!!!</p>
<table cellpadding="0" cellspacing="0" style="margin-top:16px"><tr>
<td style="padding-right:12px"><img src="https://apexnursestaffing.example.com/sig/apex-logo.png" alt="Apex Nurse Staffing" width="90"></td>
<td style="font-size:12px;color:#444;border-left:2px solid #f26b21;padding-left:12px"><b>Brittany Kowalski</b><br>Senior Recruiter, Healthcare IT<br>Apex Nurse Staffing<br>(617) 555-0138<br><a href="{trk('apexnursestaffing.example.com', 'li')}">LinkedIn</a> | <a href="{trk('apexnursestaffing.example.com', 'ig')}">Instagram</a></td>
</tr></table>
</body></html>
""",
    },
    {
        "kind": "interview_invitation", "scenario": "agency_spanish_unnamed_insurer", "lang": "es",
        "company": "Talento Sanitario Global", "contact": "alvaro.mendez@talentosanitario.example.com",
        "frm": ("Álvaro Méndez", "alvaro.mendez@talentosanitario.example.com"),
        "subject": "Entrevista - Formador/a de sistemas clínicos (Ginebra)",
        "date": "2026-02-12 17:40 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "msgid": "<TSG-am-0212-gva@talentosanitario.example.com>",
        "text": """Estimada Sra. Tremblay-Nakamura:

Me pongo en contacto con usted en relación con el proceso de selección de Formador/a de sistemas clínicos que gestionamos para uno de nuestros clientes, una aseguradora de salud suiza de primer nivel con sede en Ginebra. Por confidencialidad, le facilitaré el nombre de la entidad en la siguiente fase.

Tras revisar su candidatura, nos gustaría invitarle a una entrevista por videoconferencia el jueves 19 de febrero a las 16:00 (hora de Ginebra), es decir, a las 10:00 en Montreal. La entrevista durará unos 40 minutos y se desarrollará en francés.

Le ruego que me confirme su disponibilidad respondiendo a este correo.

Atentamente,

Álvaro Méndez
Consultor Senior - División Salud
Talento Sanitario Global
Paseo de la Castellana 95, 28046 Madrid
+34 91 555 28 40
""",
    },
    {
        "kind": "interview_invitation", "scenario": "startup_tu_visite_bureau", "lang": "fr",
        "company": "Soigno", "contact": "jessica@soigno.example.ca",
        "frm": ("Jessica Tran", "jessica@soigno.example.ca"),
        "subject": "On se rencontre?",
        "date": "2026-08-06 09:41 -0400", "structure": "plain", "cte": "8bit",
        "msgid": "<CAJt8soigno0806@soigno.example.ca>",
        "text": """Salut Maëlle,

Merci pour ta candidature! On aimerait beaucoup te rencontrer pour le poste de spécialiste succès client.

Est-ce que mardi prochain (11 août) à 14 h au bureau te conviendrait? On est au 6250, rue Hutchison, local 302, dans le Mile-Ex. Tu rencontrerais Olivier (notre CEO) et moi. On te demanderait de nous faire une mini-formation de 10 minutes sur n'importe quel sujet, genre comment installer une pompe à perfusion, comme tu veux!

Dis-moi si ça marche,

Jess
—
Jessica Tran · Cheffe des opérations · Soigno
""",
    },
    {
        "kind": "interview_invitation", "scenario": "university_panel_teaching_demo", "lang": "en",
        "company": "Ridgeway University School of Nursing", "contact": "hmacleod@ridgeway-u.example.com",
        "frm": ("Heather MacLeod", "hmacleod@ridgeway-u.example.com"),
        "subject": "Interview invitation: Clinical Simulation & Informatics Instructor",
        "date": "2026-01-26 14:40 -0500", "structure": "plain", "cte": "7bit",
        "msgid": "<BN8PR04MB0126hmac@ridgeway-u.example.com>",
        "text": """Dear Ms. Tremblay-Nakamura,

On behalf of the search committee, I am pleased to invite you to interview for the position of Clinical Simulation & Informatics Instructor (non-tenure track) at the Ridgeway University School of Nursing.

The interview will take place on Thursday, February 5, 2026, from 10:00 am to 12:30 pm Eastern, and will consist of:

  1. A 20-minute teaching demonstration for a small group of faculty and students. Please prepare a session on teaching safe medication administration with barcode scanning to second-year BSN students.
  2. A 60-minute conversation with the search committee.
  3. A brief meeting with the Associate Dean for Academic Affairs.

You may attend in person (Halloran Hall, Room 410, 100 Commonwealth Way, Boston) or by Zoom. Please let me know your preference, and any audiovisual needs for the demonstration, by Friday, January 30.

Sincerely,

Heather MacLeod
Faculty Search Coordinator
Ridgeway University School of Nursing
617-555-0187
""",
    },
    {
        "kind": "interview_invitation", "scenario": "brussels_consultancy_partner", "lang": "fr",
        "company": "Lumen Santé Conseil", "contact": "b.claes@lumen-sante.example.be",
        "frm": ("Bénédicte Claes", "b.claes@lumen-sante.example.be"),
        "subject": "Rencontre – poste de consultante junior e-santé",
        "date": "2026-09-01 08:55 +0200", "structure": "plain", "cte": "qp",
        "msgid": "<lumen-bc-0901@lumen-sante.example.be>",
        "text": """Bonjour Madame Tremblay-Nakamura,

Merci pour votre candidature, que j'ai lue avec attention. Votre parcours hospitalier et votre rôle de référente pendant le passage au dossier patient informatisé correspondent bien à ce que nous recherchons pour renforcer l'équipe e-santé.

Je vous propose une première rencontre à nos bureaux, avenue Louise 231 à Ixelles, le jeudi 10 septembre à 10h. Nous prendrons une heure pour faire connaissance, vous présenter nos missions auprès des hôpitaux et des mutualités, et parler de vos attentes.

Si vous êtes encore au Canada à cette date, une visio est tout à fait possible.

Bien à vous,

Bénédicte Claes
Associée – Lumen Santé Conseil
+32 2 555 87 12
""",
    },
    {
        "kind": "interview_invitation", "scenario": "second_round_quoted_unfortunately", "lang": "en",
        "company": "Lakeshore Regional Health", "contact": "omar.haddad@lakeshoreregional.example.ca",
        "frm": ("Haddad, Omar", "omar.haddad@lakeshoreregional.example.ca"),
        "subject": "RE: Second interview - Nurse Educator, Clinical Systems",
        "date": "2026-09-09 16:05 -0400", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "msgid": "<YT3PR01MB0909oh@lakeshoreregional.example.ca>",
        "irt": "<CAMtn0909a@mail.example.ca>",
        "refs": ["<YT3PR01MB0904oh@lakeshoreregional.example.ca>", "<CAMtn0909a@mail.example.ca>"],
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Hi Maëlle,

No problem at all. Let's do Thursday, September 17 at 10:00 am instead, same place: Lakeshore Regional Health, 3 West Education Centre, 150 Lakeshore Rd E. Ask for me at the main reception and I'll come get you.

You'll meet our Director of Nursing Practice and the Clinical Informatics Manager, about 90 minutes, including a 15-minute presentation on how you'd roll out the new falls-risk assessment in the EHR.

Parking is in the P2 lot; I'll leave a visitor pass at reception.

Omar

Omar Haddad
Talent Acquisition Specialist | Lakeshore Regional Health
T 905-555-0131

From: Maëlle Tremblay-Nakamura <maelle.tn@example.ca>
Sent: Wednesday, September 9, 2026 11:48 AM
To: Haddad, Omar <omar.haddad@lakeshoreregional.example.ca>
Subject: Re: Second interview - Nurse Educator, Clinical Systems

Hi Omar,

Thank you so much for the invitation! Unfortunately, I'm not available on Tuesday the 15th as I'm on a day shift that can't be swapped. I regret the inconvenience. Would Thursday or Friday that week work?

Best,
Maëlle

From: Haddad, Omar <omar.haddad@lakeshoreregional.example.ca>
Sent: Friday, September 4, 2026 2:12 PM
To: Maëlle Tremblay-Nakamura <maelle.tn@example.ca>
Subject: Second interview - Nurse Educator, Clinical Systems

Hi Maëlle, the panel would like to see you for a second, in-person interview. Would Tuesday, September 15 at 10:00 am work?
""",
    },
    {
        "kind": "interview_invitation", "scenario": "regional_agency_jury", "lang": "fr",
        "company": "Groupement régional e-santé Île-de-France", "contact": "recrutement@gres-idf.example.fr",
        "frm": ("Recrutement GRES IdF", "recrutement@gres-idf.example.fr"),
        "subject": "Convocation au jury de recrutement – Chargé(e) de formation e-santé",
        "date": "2026-04-20 15:12 +0200", "structure": "plain", "charset": "windows-1252", "cte": "8bit",
        "msgid": "<gres-idf-jury-0420@gres-idf.example.fr>",
        "text": """Madame,

Votre candidature au poste de chargé(e) de formation e-santé (CDD de 18 mois, catégorie A) a été retenue par la commission de présélection.

Vous êtes convoquée au jury de recrutement qui se tiendra le mercredi 6 mai 2026 à 14h30, dans nos locaux situés 9 rue de Vaugirard, 75006 Paris (3e étage, salle Pasteur).

Le jury est composé de la directrice du GRES, du responsable du pôle accompagnement et d'une représentante de l'ARS. L'audition durera 40 minutes : 10 minutes de présentation de votre parcours, puis un échange avec le jury.

Un entretien par visioconférence peut être organisé si vous ne pouvez pas vous déplacer ; merci de nous en informer.

Nous vous remercions de bien vouloir confirmer votre présence par retour de mail.

Le secrétariat RH
Groupement régional e-santé Île-de-France
9 rue de Vaugirard – 75006 Paris
""",
    },
    {
        "kind": "interview_invitation", "scenario": "spanish_manager_zoom_platicar", "lang": "es",
        "company": "Mercy Bay Community Health", "contact": "rdelgado@mercybaychc.example.com",
        "frm": ("Rosa Delgado", "rdelgado@mercybaychc.example.com"),
        "subject": "Entrevista - Nurse Informaticist",
        "date": "2026-05-19 12:15 -0400", "structure": "plain", "cte": "qp",
        "msgid": "<MB6PR11MB0519rdel@mercybaychc.example.com>",
        "text": """Hola Maëlle:

Me dio mucho gusto platicar contigo en la feria de empleo virtual de la semana pasada. Como te comenté, estamos buscando una Nurse Informaticist para nuestras tres clínicas y creo que tu perfil encaja muy bien.

Te quiero invitar a una entrevista por Zoom el miércoles 27 de mayo a las 3:00 p.m. (hora del Este). Estaremos yo y Kevin Murphy, nuestro CMIO. La entrevista será en inglés, pero si quieres me escribes en español o en francés, como te sea más cómodo.

Aquí está el enlace: https://zoom.example.com/j/92210557734

¿Me confirmas si te funciona?

Saludos,
Rosa

Rosa Delgado, MSN, RN | Director of Nursing Informatics | Mercy Bay Community Health
""",
    },
    {
        "kind": "interview_invitation", "scenario": "cabinet_client_named_mutuelle", "lang": "fr",
        "company": "Mutuelle Alpine Santé", "contact": "o.hemery@hemery-talents.example.fr",
        "frm": ("Olivier Hémery", "o.hemery@hemery-talents.example.fr"),
        "subject": "Mutuelle Alpine Santé – entretien avec la DRH",
        "date": "2026-09-14 18:30 +0200", "structure": "alt", "cte": "qp",
        "msgid": "<hemery-0914-mas@hemery-talents.example.fr>",
        "html": """<div style="font-family:Georgia,serif;font-size:15px;color:#2a2a2a">
<p>Madame,</p>
<p>Suite à notre entretien téléphonique de vendredi, j'ai présenté votre candidature à mon client, la <b>Mutuelle Alpine Santé</b>, pour le poste de responsable de la formation aux outils de gestion des prestations.</p>
<p>Sa directrice des ressources humaines, Mme Valérie Jacquet, souhaite vous rencontrer le <b>jeudi 24 septembre à 10h00</b>, dans leurs locaux lyonnais : 40 cours Lafayette, 69003 Lyon, 5e étage. Vous serez reçue ensuite par le responsable des systèmes d'information pour une vingtaine de minutes.</p>
<p>Pouvez-vous me confirmer votre venue ? Je vous appellerai la veille pour préparer l'entretien.</p>
<p>Bien à vous,</p>
<p><b>Olivier Hémery</b><br>Fondateur – Hémery Talents<br>Cabinet de recrutement santé &amp; protection sociale<br>06 55 12 48 90</p>
</div>
""",
    },
    {
        "kind": "interview_invitation", "scenario": "ottawa_phone_interview_iphone", "lang": "fr",
        "company": "Hôpital communautaire de Vanier", "contact": "slalonde@hcvanier.example.ca",
        "frm": ("Sylvie Lalonde", "slalonde@hcvanier.example.ca"),
        "subject": "Entrevue téléphonique",
        "date": "2026-10-05 07:52 -0400", "structure": "plain", "cte": "8bit",
        "msgid": "<A81F2C77-hcv-1005@hcvanier.example.ca>",
        "text": """Bonjour Maëlle,

Seriez-vous disponible pour une entrevue téléphonique jeudi 8 octobre à 15 h pour le poste d'infirmière formatrice en systèmes cliniques? Je vous appellerai au 514 555-0107 (le numéro sur votre CV). Ça devrait durer une trentaine de minutes.

Merci de me confirmer.

Sylvie Lalonde
Gestionnaire, Éducation clinique
Hôpital communautaire de Vanier

Envoyé de mon iPhone
""",
    },
]

RESCHEDULES = [
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "outlook_calendar_update_seq1", "lang": "fr",
        "company": "Clinique du Parc Monplaisir", "contact": "a.bonnet@clinique-monplaisir.example.fr",
        "frm": ("Aurélie Bonnet", "a.bonnet@clinique-monplaisir.example.fr"),
        "subject": "Mise à jour : Entretien – Infirmière formatrice DPI",
        "date": "2026-03-06 11:02 +0100", "structure": "alt", "charset": "windows-1252", "cte": "qp",
        "irt": "<PR1P264MB0302A7B5monplaisir@clinique-monplaisir.example.fr>",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Class", "urn:content-classes:calendarmessage")],
        "text": """Madame,

Mme Vidal sera retenue en comité de direction le mardi 10 mars. Nous nous permettons donc de déplacer votre entretien au jeudi 12 mars 2026 à 15h30, heure de Paris (10h30 à Montréal). Le lien Teams reste le même.

Je vous prie de nous excuser pour ce changement et vous remercie de bien vouloir accepter la nouvelle invitation.

Bien cordialement,

Aurélie Bonnet
Responsable ressources humaines
Clinique du Parc Monplaisir
""",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body lang="FR" style="font-family:Calibri,sans-serif;font-size:11pt">
<p class="MsoNormal">Madame,</p>
<p class="MsoNormal">Mme Vidal sera retenue en comité de direction le mardi 10 mars. Nous nous permettons donc de déplacer votre entretien au <b>jeudi 12 mars 2026 à 15h30, heure de Paris</b> (10h30 à Montréal). Le lien Teams reste le même.</p>
<p class="MsoNormal">Je vous prie de nous excuser pour ce changement et vous remercie de bien vouloir accepter la nouvelle invitation.</p>
<p class="MsoNormal">Bien cordialement,</p>
<p class="MsoNormal"><b>Aurélie Bonnet</b><br>Responsable ressources humaines<br>Clinique du Parc Monplaisir</p>
</body></html>
""",
        "ics": {"method": "REQUEST", "uid": MONPLAISIR_UID, "sequence": 1, "stamp": "20260306T100200Z",
                 "start": "20260312T143000Z", "end": "20260312T151500Z",
                 "summary": "Entretien – Infirmière formatrice DPI (M. Tremblay-Nakamura)",
                 "location": "Réunion Microsoft Teams"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "google_calendar_cancel_sick", "lang": "en",
        "company": "Lakehead Virtual Care", "contact": "priyanka.shah@lakeheadvc.example.com",
        "frm": ("Priyanka Shah", "priyanka.shah@lakeheadvc.example.com"),
        "subject": "Canceled event with note: Interview – Clinical Training Lead @ Tue May 12, 2026 11am - 12pm (EDT) (maelle.tn@example.ca)",
        "date": "2026-05-11 07:05 -0400", "structure": "alt", "cte": "qp",
        "irt": "<calendar-6k2r9v1q-0504@google.com>",
        "headers": [("Sender", "Google Calendar <calendar-notification@google.com>")],
        "text": """Priyanka Shah has canceled this event and left a note:

"So sorry Maëlle – Dana came down with a bad flu over the weekend and won't be back until next week. I'm taking this off the calendar for now and will send you a couple of new times tomorrow. Really sorry for the short notice! – Priyanka, Lakehead Virtual Care"

Interview – Clinical Training Lead
Tuesday May 12, 2026 ⋅ 11am – 12pm (Eastern Time - Toronto)

This event has been canceled and removed from your calendar.

Invitation from Google Calendar
""",
        "html": """<html><body style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">
<div style="max-width:560px">
<p>Priyanka Shah has canceled this event and left a note:</p>
<blockquote style="border-left:3px solid #dadce0;margin:0 0 12px 0;padding-left:10px">So sorry Maëlle – Dana came down with a bad flu over the weekend and won't be back until next week. I'm taking this off the calendar for now and will send you a couple of new times tomorrow. Really sorry for the short notice! – Priyanka, Lakehead Virtual Care</blockquote>
<table cellpadding="0" cellspacing="0" style="border:1px solid #dadce0;border-radius:8px;width:100%"><tr><td style="padding:16px">
<h2 style="font-size:20px;font-weight:400;margin:0 0 8px 0;color:#d93025;text-decoration:line-through">Interview – Clinical Training Lead</h2>
<p style="margin:0">Tuesday May 12, 2026 ⋅ 11am – 12pm (Eastern Time - Toronto)</p>
</td></tr></table>
<p>This event has been canceled and removed from your calendar.</p>
<p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p>
</div></body></html>
""",
        "ics": {"method": "CANCEL", "uid": LAKEHEAD_UID, "sequence": 1, "stamp": "20260511T110500Z",
                 "start": "20260512T150000Z", "end": "20260512T160000Z",
                 "summary": "Interview – Clinical Training Lead", "location": "https://meet.example.com/qdv-hzkp-wrt",
                 "prodid": "-//Google Inc//Google Calendar 70.9054//EN"},
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "switched_to_teams", "lang": "fr",
        "company": "Hôpital Montmorency", "contact": "julie.fortin@hopitalmontmorency.example.ca",
        "frm": ("Julie Fortin", "julie.fortin@hopitalmontmorency.example.ca"),
        "subject": "RE: Invitation à une entrevue - affichage 26-112 - CHANGEMENT",
        "date": "2026-02-16 08:47 -0500", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "irt": "<CAMtn0209conf@mail.example.ca>",
        "refs": ["<0209130512.JF.26-112@hopitalmontmorency.example.ca>", "<CAMtn0209conf@mail.example.ca>"],
        "text": """Bonjour Madame Tremblay-Nakamura,

Merci d'avoir confirmé votre présence. Petit changement : en raison des travaux de ventilation au pavillon Laval, l'entrevue du jeudi 19 février se tiendra finalement sur Teams, à la même heure (10 h 30). Vous recevrez le lien de connexion mercredi.

L'exercice de mise en situation est maintenu; vous pourrez partager votre écran si vous souhaitez utiliser un support visuel.

Merci de votre compréhension,

Julie Fortin
Conseillère en dotation
Hôpital Montmorency

-----Message d'origine-----
De : Maëlle Tremblay-Nakamura <maelle.tn@example.ca>
Envoyé : 9 février 2026 18:20
À : Julie Fortin <julie.fortin@hopitalmontmorency.example.ca>
Objet : Re: Invitation à une entrevue - affichage 26-112

Bonjour Madame Fortin,
Je vous confirme avec plaisir ma présence le jeudi 19 février à 10 h 30.
Maëlle Tremblay-Nakamura
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "workday_rescheduled_notice", "lang": "en",
        "company": "Cedarbrook University Health", "contact": "",
        "frm": ("Cedarbrook University Health Talent Acquisition", "cedarbrookhealth@myworkday.com"),
        "subject": "Your interview has been rescheduled",
        "date": "2026-08-18 16:40 -0400", "structure": "html", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 14px 0">Hello Maëlle,</p>
<p style="margin:0 0 14px 0">Your interview for <b>Nurse Educator – Clinical Informatics (JR-44121)</b> has been rescheduled by the hiring team.</p>
<table role="presentation" cellpadding="8" cellspacing="0" style="border:1px solid #d9dee5;width:100%;font-size:14px">
<tr><td style="color:#6b7280;width:35%">Previous time</td><td style="text-decoration:line-through;color:#6b7280">Thursday, August 20, 2026, 1:00 PM EDT</td></tr>
<tr><td style="color:#6b7280">New time</td><td><b>Monday, August 24, 2026, 9:30 AM EDT</b></td></tr>
<tr><td style="color:#6b7280">Format</td><td>Zoom video interview (link unchanged)</td></tr>
</table>
<p style="margin:14px 0 14px 0">If the new time does not work for you, you can choose another slot from your candidate home page.</p>
<table role="presentation" cellpadding="0" cellspacing="0"><tr><td style="background:#0b5cab;border-radius:3px"><a href="{trk('cedarbrook.wd5.myworkday.com', 'resched-44121')}" style="display:inline-block;padding:11px 22px;color:#ffffff;text-decoration:none;font-weight:bold">View Interview Details</a></td></tr></table>
<p style="margin:14px 0 0 0">Talent Acquisition<br>Cedarbrook University Health</p>""",
                    logo="https://cedarbrook.wd5.myworkday.com/wday/asset/cuh_logo.png", alt="Cedarbrook University Health",
                    accent="#0b5cab",
                    footer="This is a system-generated email from Workday. Replies to this address are not monitored.<br>"
                           "Cedarbrook University Health · 75 University Ave · Toronto, ON",
                    pix=pixel("cedarbrook.wd5.myworkday.com", "rs-44121")),
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "swiss_cancel_absence_new_dates", "lang": "fr",
        "company": "Fondation Genève Soins", "contact": "nadia.berset@fgsoins.example.ch",
        "frm": ("Berset Nadia", "nadia.berset@fgsoins.example.ch"),
        "subject": "Annulation de l'entretien du 28 mai",
        "date": "2026-05-27 17:15 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "irt": "<CAMtn0520fgs@mail.example.ca>",
        "refs": ["<ZR0P278MB0519nbe@fgsoins.example.ch>", "<CAMtn0520fgs@mail.example.ca>"],
        "text": """Madame,

Nous devons malheureusement annuler l'entretien prévu demain, jeudi 28 mai à 16h00 : Mme Rochat est absente pour une durée encore indéterminée et nous tenons à ce qu'elle participe à la sélection.

Votre candidature reste bien entendu en cours. Je reviendrai vers vous d'ici la fin de la semaine prochaine avec de nouvelles dates.

Avec nos excuses pour ce contretemps, nous vous adressons, Madame, nos cordiales salutations.

Nadia Berset
Spécialiste RH – Recrutement
Fondation Genève Soins
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "jury_postponed_may", "lang": "fr",
        "company": "Groupement régional e-santé Île-de-France", "contact": "recrutement@gres-idf.example.fr",
        "frm": ("Recrutement GRES IdF", "recrutement@gres-idf.example.fr"),
        "subject": "Report du jury de recrutement du 6 mai",
        "date": "2026-04-29 10:30 +0200", "structure": "plain", "charset": "windows-1252", "cte": "8bit",
        "irt": "<gres-idf-jury-0420@gres-idf.example.fr>",
        "text": """Madame,

Pour des raisons d'organisation interne, le jury de recrutement prévu le mercredi 6 mai 2026 pour le poste de chargé(e) de formation e-santé est reporté.

Il se tiendra le mardi 26 mai 2026 à 10h00, au même endroit (9 rue de Vaugirard, 75006 Paris, salle Pasteur), ou par visioconférence si vous le préférez.

Nous vous remercions de bien vouloir nous confirmer votre présence à cette nouvelle date et vous prions de nous excuser pour la gêne occasionnée.

Le secrétariat RH
Groupement régional e-santé Île-de-France
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "vendor_mover_videollamada", "lang": "es",
        "company": "Clinixa Sistemas de Salud", "contact": "lucia.ferrer@clinixa.example.com",
        "frm": ("Lucía Ferrer", "lucia.ferrer@clinixa.example.com"),
        "subject": "Re: ¡Hablamos? Consultora de formación clínica (Lyon)",
        "date": "2026-05-05 08:10 +0200", "structure": "plain", "cte": "base64",
        "msgid": "<clx-rs-0505-77@clinixa.example.com>",
        "irt": "<CAMtn0424clx@mail.example.ca>",
        "refs": ["<clx-inv-0424-31@clinixa.example.com>", "<CAMtn0424clx@mail.example.ca>"],
        "text": """Hola de nuevo, Maëlle:

Perdona el cambio de última hora: Jordi ha tenido que viajar hoy a Lyon por una incidencia en el hospital y no podrá conectarse esta tarde. ¿Podemos pasar la videollamada al martes 19 de mayo, a la misma hora (16:00 en Madrid, 10:00 en Montreal)?

Te mando la nueva invitación en cuanto me confirmes.

¡Gracias por la flexibilidad!
Lucía

El vie, 24 abr 2026 a las 18:03, Maëlle Tremblay-Nakamura (<maelle.tn@example.ca>) escribió:
> ¡Hola Lucía! Muchas gracias, el martes 5 de mayo a las 16:00 me va perfecto.
> Un saludo,
> Maëlle
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "terminverschiebung_quoted", "lang": "de",
        "company": "Medora Systems", "contact": "katharina.vogt@medora-systems.example.com",
        "frm": ("Katharina Vogt", "katharina.vogt@medora-systems.example.com"),
        "subject": "AW: Einladung zum Videointerview - Clinical Trainer (m/w/d) Lyon",
        "date": "2026-04-02 13:45 +0200", "structure": "plain", "cte": "qp",
        "irt": "<CAMtn0331med@mail.example.ca>",
        "refs": ["<medora-kv-0331-inv@medora-systems.example.com>", "<CAMtn0331med@mail.example.ca>"],
        "text": """Liebe Frau Tremblay-Nakamura,

vielen Dank für Ihre schnelle Bestätigung. Leider muss ich unseren Termin am Dienstag verschieben, da Herr Morel kurzfristig zu einem Kunden nach Marseille reisen muss.

Wäre für Sie Donnerstag, der 9. April, ebenfalls um 15:00 Uhr MESZ (9:00 Uhr in Montréal) möglich? Den neuen Teams-Link schicke ich Ihnen nach Ihrer Rückmeldung.

Entschuldigen Sie bitte die Umstände.

Beste Grüße
Katharina Vogt
Talent Acquisition | Medora Systems GmbH

Am 31.03.2026 um 17:26 schrieb Maëlle Tremblay-Nakamura <maelle.tn@example.ca>:
> Sehr geehrte Frau Vogt,
>
> vielen Dank für die Einladung. Den Termin am Dienstag, 7. April um 15:00 Uhr bestätige ich gerne. Ich würde das Gespräch am liebsten auf Französisch führen.
>
> Mit freundlichen Grüßen
> Maëlle Tremblay-Nakamura
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "recruiter_push_to_3pm", "lang": "en",
        "company": "Tidewater Clinical Systems", "contact": "jordan.ellis@tidewaterclinical.example.com",
        "frm": ("Jordan Ellis", "jordan.ellis@tidewaterclinical.example.com"),
        "subject": "Re: Phone screen today",
        "date": "2026-02-10 09:18 -0500", "structure": "plain", "cte": "7bit",
        "irt": "<tcs.0203.phone-screen.61ac@us.greenhouse-mail.io>",
        "text": """Hi Maelle - something came up with a client this morning. Can we push our call today from 11 to 3pm ET? Same number. Sorry!!

Jordan

Sent from my iPhone
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "headhunter_client_moves_meeting", "lang": "fr",
        "company": "Clinique médicale Saint-Roch", "contact": "magagnon@recrutementsboreal.example.ca",
        "frm": ("Marc-André Gagnon", "magagnon@recrutementsboreal.example.ca"),
        "subject": "Re: Bonne nouvelle - Saint-Roch",
        "date": "2026-03-27 11:30 -0400", "structure": "plain", "cte": "8bit",
        "irt": "<CAMtn0323sr@mail.example.ca>",
        "refs": ["<20260323141200.boreal.3302@recrutementsboreal.example.ca>", "<CAMtn0323sr@mail.example.ca>"],
        "text": """Salut Maëlle,

La Dre Bélanger de la Clinique médicale Saint-Roch a une urgence familiale mardi, elle doit décaler la rencontre. Est-ce que jeudi 2 avril à 13 h, même endroit, ça te va? Sinon elle offre le vendredi 3 en matinée.

Désolé pour le changement, ce n'est pas dans leurs habitudes.

Marc-André

Le lun. 23 mars 2026 à 12:47, Maëlle Tremblay-Nakamura <maelle.tn@example.ca> a écrit :
> Super nouvelle, merci Marc-André! Mardi 31 mars à 13 h, c'est parfait pour moi.
> Maëlle
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "snowstorm_campus_closed", "lang": "en",
        "company": "Ridgeway University School of Nursing", "contact": "hmacleod@ridgeway-u.example.com",
        "frm": ("Heather MacLeod", "hmacleod@ridgeway-u.example.com"),
        "subject": "Campus closure - your interview on Thursday",
        "date": "2026-02-04 15:55 -0500", "structure": "plain", "cte": "7bit",
        "irt": "<CAMtn0127rid@mail.example.ca>",
        "refs": ["<BN8PR04MB0126hmac@ridgeway-u.example.com>", "<CAMtn0127rid@mail.example.ca>"],
        "text": """Dear Ms. Tremblay-Nakamura,

With the nor'easter forecast for tomorrow, the University has announced that campus will be closed on Thursday, February 5. Because several committee members want to see your teaching demonstration in person, we would like to move your interview to Tuesday, February 10, same schedule (10:00 am to 12:30 pm), Halloran Hall, Room 410.

If Tuesday does not work for you, please let me know and I will look at the following week.

Please stay safe and warm.

Heather MacLeod
Faculty Search Coordinator
Ridgeway University School of Nursing
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "belgian_strike_postponed", "lang": "fr",
        "company": "Hôpitaux Bruxelles-Sud", "contact": "selection@hbs.example.be",
        "frm": ("Hôpitaux Bruxelles-Sud - Sélection", "selection@hbs.example.be"),
        "subject": "Report – procédure de sélection du 23 juin (réf. HBS/INF-IT/2026-14)",
        "date": "2026-06-19 12:10 +0200", "structure": "alt", "cte": "qp",
        "irt": "<CAMtn0609hbs@mail.example.ca>",
        "refs": ["<AM0PR06MB0608sel14@hbs.example.be>", "<CAMtn0609hbs@mail.example.ca>"],
        "html": """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
<p>Madame,</p>
<p>En raison de l'action de grève nationale annoncée pour le mardi 23 juin, qui perturbera les transports en commun et une partie de nos services, nous sommes contraints de reporter la procédure de sélection prévue ce jour-là.</p>
<p>L'épreuve écrite et l'entretien auront lieu le <b>mardi 30 juin 2026</b>, aux mêmes heures (9h00 et 11h00) et au même endroit.</p>
<p>Nous vous remercions de nous confirmer votre disponibilité par retour de courriel.</p>
<p>Veuillez agréer, Madame, l'expression de nos salutations distinguées.</p>
<p>Cellule Sélection &amp; Recrutement<br>Hôpitaux Bruxelles-Sud</p>
</body></html>
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "changement_salle_heure_outlook", "lang": "fr",
        "company": "Institut québécois des données cliniques", "contact": "dotation@iqdc.example.ca",
        "frm": ("Dotation IQDC", "dotation@iqdc.example.ca"),
        "subject": "RE: Convocation - entrevue et examen, poste d'agente de formation (no 2026-117)",
        "date": "2026-09-01 14:22 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "irt": "<CAMtn0825iq@mail.example.ca>",
        "refs": ["<IQDC.2026-117.0824.conv@iqdc.example.ca>", "<CAMtn0825iq@mail.example.ca>"],
        "text": """Bonjour Madame Tremblay-Nakamura,

Veuillez noter un changement pour jeudi : l'examen écrit commencera à 9 h 30 plutôt qu'à 9 h, et l'entrevue aura lieu à 11 h 30. Les deux se tiendront à la salle Sillery (2e étage) au lieu de la salle Cap-Rouge, qui est en rénovation.

Toutes nos excuses pour ce changement de dernière minute.

Martine Roy
Technicienne en dotation
Institut québécois des données cliniques

De : Maëlle Tremblay-Nakamura <maelle.tn@example.ca>
Envoyé : 25 août 2026 07:31
À : Dotation IQDC <dotation@iqdc.example.ca>
Objet : Re: Convocation - entrevue et examen, poste d'agente de formation (no 2026-117)

Bonjour,
Je confirme ma présence le jeudi 3 septembre à 9 h pour l'examen et à 11 h pour l'entrevue.
Merci,
Maëlle Tremblay-Nakamura
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "partner_sick_cancel_rebook", "lang": "en",
        "company": "Rideau Health Advisory Group", "contact": "spark@rideauhealth.example.ca",
        "frm": ("Sheldon Park", "spark@rideauhealth.example.ca"),
        "subject": "RE: Interview - Senior Analyst, Clinical Transformation",
        "date": "2026-07-08 15:30 -0400", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "msgid": "<YQBPR01MB0708rhag3301@rideauhealth.example.ca>",
        "irt": "<YQBPR01MB0616rhag1187@rideauhealth.example.ca>",
        "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
        "text": """Hi Maëlle,

Unfortunately Andrea is out sick this week, so we have to cancel Friday's interview. We'd still very much like to meet you and I'll send two new slots as soon as she's back, hopefully early next week.

Apologies for the late notice, especially if you had arranged time off.

Sheldon

Sheldon Park | Talent Lead | Rideau Health Advisory Group
150 Elgin St., 10th Floor, Ottawa ON K2P 1L4 | 613-555-0174
""",
    },
    {
        "kind": "interview_reschedule_or_cancel", "scenario": "startup_tu_on_decale", "lang": "fr",
        "company": "Soigno", "contact": "jessica@soigno.example.ca",
        "frm": ("Jessica Tran", "jessica@soigno.example.ca"),
        "subject": "Re: On se rencontre?",
        "date": "2026-08-10 17:03 -0400", "structure": "plain", "cte": "8bit",
        "irt": "<CAMtn0806so@mail.example.ca>",
        "refs": ["<CAJt8soigno0806@soigno.example.ca>", "<CAMtn0806so@mail.example.ca>"],
        "text": """Oups, désolée Maëlle : Olivier est pogné à Toronto chez un client jusqu'à jeudi. On décale à la semaine prochaine, même heure, mardi 18 août à 14 h? Même adresse.

Jess

Le jeu. 6 août 2026 à 11:20, Maëlle Tremblay-Nakamura <maelle.tn@example.ca> a écrit :
> Salut Jess! Mardi 14 h, c'est parfait. J'ai déjà une idée pour la mini-formation :)
""",
    },
]

MISSED = [
    {
        "kind": "missed_interview_notice", "scenario": "waited_at_reception", "lang": "en",
        "company": "Lakeshore Regional Health", "contact": "omar.haddad@lakeshoreregional.example.ca",
        "frm": ("Haddad, Omar", "omar.haddad@lakeshoreregional.example.ca"),
        "subject": "Today's interview",
        "date": "2026-09-17 10:48 -0400", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "irt": "<YT3PR01MB0909oh@lakeshoreregional.example.ca>",
        "text": """Hi Maëlle,

We waited for you at 10:00 at the main reception with the panel, and I tried your cell at 10:15 but it went to voicemail. I hope everything is OK.

The Director of Nursing Practice is only available again at the end of the month. If something unexpected happened, please let me know by Monday and I'll see what I can do.

Omar

Omar Haddad
Talent Acquisition Specialist | Lakeshore Regional Health
T 905-555-0131
""",
    },
    {
        "kind": "missed_interview_notice", "scenario": "visio_pas_connectee", "lang": "fr",
        "company": "Dossia Santé", "contact": "hugo.lefevre@dossia.example.fr",
        "frm": ("Hugo Lefèvre", "hugo.lefevre@dossia.example.fr"),
        "subject": "Notre visio de 15h",
        "date": "2026-06-03 15:32 +0200", "structure": "plain", "cte": "qp",
        "text": """Bonjour Maëlle,

Je vous ai attendue sur le Google Meet de 15h00 jusqu'à 15h25, mais vous ne vous êtes pas connectée. Peut-être un souci avec le décalage horaire (il était 9h chez vous) ou avec le lien ?

Si vous êtes toujours intéressée par le poste, dites-moi quand vous seriez disponible en fin de semaine et je verrai ce que je peux caler.

Bonne journée,

Hugo Lefèvre
Head of Customer Success
Dossia Santé
""",
    },
    {
        "kind": "missed_interview_notice", "scenario": "tente_de_vous_joindre", "lang": "fr",
        "company": "Hôpital communautaire de Vanier", "contact": "slalonde@hcvanier.example.ca",
        "frm": ("Sylvie Lalonde", "slalonde@hcvanier.example.ca"),
        "subject": "Re: Entrevue téléphonique",
        "date": "2026-10-08 15:41 -0400", "structure": "plain", "cte": "8bit",
        "irt": "<CAMtn1005hcv@mail.example.ca>",
        "refs": ["<A81F2C77-hcv-1005@hcvanier.example.ca>", "<CAMtn1005hcv@mail.example.ca>"],
        "text": """Bonjour Maëlle,

J'ai tenté de vous joindre à 15 h au 514 555-0107, à deux reprises, sans succès. J'ai laissé un message dans votre boîte vocale.

Je vous laisse me recontacter si vous souhaitez toujours poursuivre le processus.

Sylvie Lalonde
Gestionnaire, Éducation clinique
Hôpital communautaire de Vanier
613 555-0149

> Le 5 oct. 2026 à 08:30, Maëlle Tremblay-Nakamura <maelle.tn@example.ca> a écrit :
>
> Bonjour Madame Lalonde, jeudi 15 h me convient très bien. Au plaisir de vous parler.
> Maëlle
""",
    },
    {
        "kind": "missed_interview_notice", "scenario": "ashby_no_show_automated", "lang": "en",
        "company": "Quillon Health", "contact": "",
        "frm": ("Quillon Health Recruiting", "no-reply@ashbyhq.com"),
        "subject": "We missed you today",
        "date": "2026-07-29 14:05 -0400", "structure": "html", "cte": "qp",
        "html": layout(f"""<p style="margin:0 0 12px 0">Hi Maëlle,</p>
<p style="margin:0 0 12px 0">It looks like you weren't able to join your <b>Recruiter Screen</b> for the <b>Clinical Enablement Specialist</b> role at Quillon Health, scheduled today at 1:30 PM EDT. Your interviewer waited in the video room for 15 minutes.</p>
<p style="margin:0 0 12px 0">Things happen! If you'd still like to be considered, you can book a new time using the link below within the next 5 days. After that, we'll assume you are no longer interested and close your application.</p>
<p style="margin:0 0 12px 0"><a href="{trk('jobs.ashbyhq.com', 'quillon-rebook')}" style="background:#5b4ee6;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none">Pick a new time</a></p>
<p style="margin:0">The Quillon Health Recruiting Team</p>""",
                    logo="https://app.ashbyhq.com/api/images/org-theme-logo/quillon.png", alt="Quillon Health",
                    accent="#5b4ee6", font="-apple-system,'Segoe UI',Roboto,sans-serif",
                    footer="Quillon Health · 200 Berkeley St, Boston, MA 02116<br>Sent with Ashby. This mailbox is not monitored.",
                    pix=pixel("jobs.ashbyhq.com", "ns-0729")),
    },
    {
        "kind": "missed_interview_notice", "scenario": "quart_essai_absente", "lang": "fr",
        "company": "Coopérative de santé Limoilou", "contact": "coordination@coopsantelimoilou.example.ca",
        "frm": ("Coordination – Coop santé Limoilou", "coordination@coopsantelimoilou.example.ca"),
        "subject": "Journée d'essai ce matin",
        "date": "2026-06-22 09:15 -0400", "structure": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "text": """Bonjour Madame Tremblay-Nakamura,

Nous vous attendions ce matin à 7 h 30 pour votre journée d'essai à la clinique (quart de jour avec Isabelle, infirmière clinicienne, pour découvrir notre fonctionnement et notre dossier électronique). Personne ne s'est présenté et nous n'avons pas reçu d'appel.

Si un imprévu vous a retenue, écrivez-nous à cette adresse ou appelez au 418 555-0115 d'ici mercredi; nous pourrons peut-être reprogrammer. Sans nouvelles de votre part, nous fermerons votre dossier.

Cordialement,

Lise Bergeron
Coordonnatrice des soins
Coopérative de santé Limoilou
""",
    },
    {
        "kind": "missed_interview_notice", "scenario": "agencia_no_se_conecto", "lang": "es",
        "company": "Talento Sanitario Global", "contact": "alvaro.mendez@talentosanitario.example.com",
        "frm": ("Álvaro Méndez", "alvaro.mendez@talentosanitario.example.com"),
        "subject": "RE: Entrevista - Formador/a de sistemas clínicos (Ginebra)",
        "date": "2026-02-20 09:05 +0100", "structure": "plain", "charset": "iso-8859-1", "cte": "qp",
        "irt": "<TSG-am-0212-gva@talentosanitario.example.com>",
        "text": """Estimada Sra. Tremblay-Nakamura:

Ayer la esperamos a las 16:00 (hora de Ginebra) en la sala de videoconferencia y no llegó a conectarse. Tampoco pudimos localizarla por teléfono.

Entiendo que puede haber surgido un imprevisto. Si sigue interesada en el proceso, le agradecería que me lo indicara antes del martes, ya que mi cliente quiere cerrar la primera ronda de entrevistas esta semana.

Atentamente,

Álvaro Méndez
Consultor Senior - División Salud
Talento Sanitario Global

De: Álvaro Méndez
Enviado: jueves, 12 de febrero de 2026 17:40
Para: Maëlle Tremblay-Nakamura <maelle.tn@example.ca>
Asunto: Entrevista - Formador/a de sistemas clínicos (Ginebra)

Estimada Sra. Tremblay-Nakamura:

Tras revisar su candidatura, nos gustaría invitarle a una entrevista por videoconferencia el jueves 19 de febrero a las 16:00 (hora de Ginebra), es decir, a las 10:00 en Montreal. Le ruego que me confirme su disponibilidad respondiendo a este correo.
""",
    },
    {
        "kind": "missed_interview_notice", "scenario": "vergeblich_erwartet", "lang": "de",
        "company": "Helix Clinical Consulting", "contact": "m.brandt@helix-clinical.example.com",
        "frm": ("Markus Brandt", "m.brandt@helix-clinical.example.com"),
        "subject": "Unser Termin heute, 10:00 Uhr",
        "date": "2026-06-15 10:40 +0200", "structure": "plain", "cte": "qp",
        "text": """Sehr geehrte Frau Tremblay-Nakamura,

wir hatten uns heute um 10:00 Uhr zu einem persönlichen Gespräch in unserem Brüsseler Büro verabredet. Leider haben wir Sie vergeblich erwartet, und auch telefonisch konnte ich Sie nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich bitte bis Mittwoch bei mir. Wir können das Gespräch dann gegebenenfalls per Video nachholen.

Mit freundlichen Grüßen

Markus Brandt
Senior Manager | Helix Clinical Consulting GmbH
Rue de la Loi 81a, 1040 Brüssel
+32 2 555 90 14
Sitz der Gesellschaft: Hamburg, Amtsgericht Hamburg HRB 155 902, Geschäftsführer: Jan Petersen
""",
    },
    {
        "kind": "missed_interview_notice", "scenario": "agency_tried_to_call_twice", "lang": "en",
        "company": "St. Brendan's Hospital", "contact": "brittany@apexnursestaffing.example.com",
        "frm": ("Brittany Kowalski", "brittany@apexnursestaffing.example.com"),
        "subject": "Tried calling you!!",
        "date": "2026-05-13 14:22 -0400", "structure": "plain", "cte": "7bit",
        "irt": "<apex-bk-0511-sb@apexnursestaffing.example.com>",
        "text": """Hi Maelle!

I tried calling you TWICE for our 2pm prep call for the St. Brendan's Hospital interview but no answer :( Left you a voicemail too.

Please call me back ASAP or text me at (617) 555-0138 so we can go over everything before Tuesday!! Marisol is super detail-oriented and I really want you ready!!

Brittany K.
Apex Nurse Staffing
""",
    },
    {
        "kind": "missed_interview_notice", "scenario": "belgian_absente_procedure", "lang": "fr",
        "company": "Hôpitaux Bruxelles-Sud", "contact": "selection@hbs.example.be",
        "frm": ("Hôpitaux Bruxelles-Sud - Sélection", "selection@hbs.example.be"),
        "subject": "Procédure de sélection du 30 juin – absence",
        "date": "2026-06-30 13:40 +0200", "structure": "plain", "charset": "windows-1252", "cte": "qp",
        "text": """Madame,

Vous étiez convoquée ce mardi 30 juin à 9h00 pour l'épreuve écrite, puis à 11h00 pour l'entretien, dans le cadre de la procédure de sélection HBS/INF-IT/2026-14. Nous constatons que vous ne vous êtes pas présentée et que nous n'avons reçu aucune excuse de votre part.

Si votre absence est due à un cas de force majeure, nous vous invitons à nous en faire part par retour de courriel endéans les trois jours ouvrables. À défaut, votre candidature sera considérée comme retirée.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Cellule Sélection & Recrutement
Hôpitaux Bruxelles-Sud
""",
    },
    {
        "kind": "missed_interview_notice", "scenario": "drh_vous_a_attendue", "lang": "fr",
        "company": "Mutuelle Alpine Santé", "contact": "o.hemery@hemery-talents.example.fr",
        "frm": ("Olivier Hémery", "o.hemery@hemery-talents.example.fr"),
        "subject": "Entretien de ce matin",
        "date": "2026-09-24 11:20 +0200", "structure": "plain", "cte": "qp",
        "irt": "<hemery-0914-mas@hemery-talents.example.fr>",
        "text": """Madame,

Mme Jacquet, DRH de la Mutuelle Alpine Santé, vient de m'appeler : elle vous a attendue ce matin à 10h00 cours Lafayette et vous ne vous êtes pas présentée. Je n'ai pas réussi à vous joindre sur votre portable non plus.

J'espère qu'il ne vous est rien arrivé de grave. Rappelez-moi dès que possible : mon client reste ouvert à un nouveau rendez-vous, mais il me faut une explication rapidement.

Bien à vous,

Olivier Hémery
Hémery Talents
06 55 12 48 90

Envoyé depuis mon mobile
""",
    },
]

MESSAGES = INVITATIONS + RESCHEDULES + MISSED

assert all(m["frm"][1] != CAND for m in MESSAGES)
