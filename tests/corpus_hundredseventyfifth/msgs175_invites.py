"""Corpus 175, hand-written: interview invitations (26), reschedules/cancellations (15),
missed-interview notices (10)."""

from __future__ import annotations

from msgs175_common import CAND, outlook, quote

I = "interview_invitation"
R = "interview_reschedule_or_cancel"
M = "missed_interview_notice"

INVITES: list[dict] = [
    {"kind": I, "slug": "crepix_first_interview", "lang": "fr", "company": "Crêpix",
     "contact": "yann.le-goff@crepix.example.fr", "id": "crepix-inv", "parent": "crepix-ack",
     "frm": ("Yann Le Goff", "yann.le-goff@crepix.example.fr"),
     "subject": "Crêpix – on se rencontre ?",
     "date": "2026-03-02 10:12 +0100",
     "text": """Bonjour Clémence,

Votre parcours en boulangerie nous a beaucoup plu : gérer une file de clients pressés le
samedi matin, c'est déjà du customer success !

Seriez-vous disponible pour un entretien d'une heure dans nos locaux de Rennes le mardi
10 mars à 14h00 ? Vous rencontrerez moi-même et Inès, notre responsable onboarding.

Merci de me confirmer par retour de mail.

Yann Le Goff
Head of Customer Success — Crêpix
12 rue de Saint-Malo, 35000 Rennes
+33 2 99 00 41 17"""},

    {"kind": I, "slug": "harbourline_phone_screen", "lang": "en", "company": "Harbourline",
     "contact": "ciara.walsh@harbourline.example.ie", "id": "harb-screen", "parent": "harb-ack",
     "frm": ("Ciara Walsh", "ciara.walsh@harbourline.example.ie"),
     "subject": "Harbourline - 20 min phone screen?",
     "date": "2026-02-16 11:05 +0000",
     "text": """Hi Clémence,

Thanks for applying for our French-speaking Customer Success Associate role. I'd love to
set up a short phone screen (about 20 minutes) to hear more about you.

Would Thursday 19 February at 10:30 Irish time (11:30 in Rennes) work? If not, send me
two or three slots that suit you.

Best,
Ciara Walsh
Talent Acquisition Partner, Harbourline
1 Hanover Quay, Dublin 2 | +353 1 555 0144"""},

    {"kind": I, "slug": "harbourline_panel_ics", "lang": "en", "company": "Harbourline",
     "contact": "ciara.walsh@harbourline.example.ie", "id": "harb-panel", "parent": "harb-screen",
     "frm": ("Ciara Walsh", "ciara.walsh@harbourline.example.ie"),
     "subject": "Invitation: Harbourline panel interview - Clémence Nakamura-Diallo",
     "date": "2026-02-24 09:40 +0000", "fmt": "alt",
     "ics": {"uid": "harb-panel-2026@harbourline.example.ie", "seq": 0,
             "start": "20260305T140000", "end": "20260305T151500", "tz": "Europe/Dublin",
             "summary": "Panel interview - Customer Success Associate (FR)",
             "location": "Microsoft Teams"},
     "text": """Hi Clémence,

Great chatting last week! As discussed, here is the invitation for the panel interview
with Declan (Head of CS) and Sophie (Senior CSM): Thursday 5 March, 14:00-15:15 Irish
time, on Microsoft Teams. Please accept the calendar invite.

You'll be asked to walk us through how you would onboard a new bakery-chain customer on
our platform, no slides needed.

Ciara"""},

    {"kind": I, "slug": "neckarsoft_ics_de", "lang": "de", "company": "Neckarsoft",
     "contact": "svenja.hahn@neckarsoft.example.de", "id": "neckar-inv",
     "frm": ("Svenja Hahn", "svenja.hahn@neckarsoft.example.de"),
     "subject": "Einladung zum Vorstellungsgespräch – Customer Success Manager",
     "date": "2026-06-08 13:20 +0200", "fmt": "alt",
     "ics": {"uid": "neckar-cs-0617@neckarsoft.example.de", "seq": 0,
             "start": "20260617T100000", "end": "20260617T110000", "tz": "Europe/Berlin",
             "summary": "Vorstellungsgespräch Nakamura-Diallo", "location": "Google Meet"},
     "text": """Hallo Frau Nakamura-Diallo,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne näher kennenlernen und laden Sie
zu einem Videogespräch am Mittwoch, 17. Juni, um 10:00 Uhr ein. Die Einladung mit dem
Meet-Link finden Sie im Anhang.

Das Gespräch führen Frau Hahn (HR) und Herr Özdemir (Teamlead Customer Success).

Beste Grüße
Svenja Hahn
People & Culture | Neckarsoft
Königstraße 28, 70173 Stuttgart"""},

    {"kind": I, "slug": "talentis_client_interview", "lang": "fr", "company": "Maison Lefèvre",
     "contact": "julien.marchal@talentis.example.fr", "id": "talentis-invite",
     "parent": "talentis-reg",
     "frm": ("Julien Marchal | Talentis Intérim", "julien.marchal@talentis.example.fr"),
     "subject": "Entretien chez notre client Maison Lefèvre",
     "date": "2026-04-27 16:45 +0200",
     "text": """Bonjour Clémence,

Bonne nouvelle : j'ai présenté votre profil à Maison Lefèvre (épicerie fine, siège à
Nantes) pour un poste en relation clients e-commerce, et ils souhaitent vous rencontrer.

Rendez-vous le lundi 4 mai à 9h30 au siège, 18 rue Crébillon à Nantes. Demandez
Mme Pichon à l'accueil. Pensez à apporter votre CV imprimé.

Appelez-moi si vous avez la moindre question.

Julien Marchal
Talentis Intérim — Agence de Nantes
02 40 00 18 52"""},

    {"kind": I, "slug": "greenhouse_schedule_link", "lang": "en", "company": "Lumo Ledger",
     "contact": "", "frm": ("Lumo Ledger via Greenhouse", "no-reply@greenhouse-mail.io"),
     "subject": "Please schedule your interview with Lumo Ledger",
     "date": "2026-03-25 14:00 +0100", "fmt": "html",
     "html": """<html><body>
<p>Hi Clémence,</p>
<p>The Lumo Ledger team would like to invite you to a 45-minute video interview for the
Customer Support Specialist (FR/NL) role.</p>
<p>Please choose a time that works for you using the link below:</p>
<p><a href="https://app.greenhouse.example.io/scheduling/lumo/8f2c1">Select a time</a></p>
<p>If none of the slots suit you, reply to your recruiter and they will help.</p>
<p>Lumo Ledger Recruiting</p>
</body></html>
"""},

    {"kind": I, "slug": "casual_thursday_chat", "lang": "fr", "company": "Bocal",
     "contact": "theo@bocal.example.fr", "frm": ("Théo", "theo@bocal.example.fr"),
     "subject": "dispo jeudi ?",
     "date": "2026-02-25 21:03 +0100",
     "text": """Hello Clémence,

J'ai vu passer ta candidature pour le support chez Bocal, ça m'intrigue ton passage de la
boulangerie au SaaS. Tu serais dispo jeudi en fin de journée pour qu'on en parle 30 min
en visio ? Genre 18h ?

Théo, cofondateur"""},

    {"kind": I, "slug": "assessment_centre_bank", "lang": "fr", "company": "Kerbank",
     "contact": "service.rh@kerbank.example.fr",
     "frm": ("Service RH Kerbank", "service.rh@kerbank.example.fr"),
     "subject": "Convocation – journée d'évaluation collective",
     "date": "2026-08-20 10:00 +0200", "fmt": "alt",
     "text": """Madame,

Suite à l'examen de votre candidature au poste de Conseillère clientèle à distance, nous
avons le plaisir de vous convier à notre journée d'évaluation collective le vendredi
4 septembre 2026 de 9h00 à 16h30, au siège de Kerbank, 8 place de la République à Brest.

Au programme : mises en situation téléphoniques, exercice de groupe et entretien
individuel. Le déjeuner est offert.

Merci de confirmer votre présence avant le 28 août.

Service des Ressources Humaines, Kerbank"""},

    {"kind": I, "slug": "trial_day_nantes", "lang": "fr", "company": "Fournil & Co",
     "contact": "lucie.garnier@fournil-co.example.fr",
     "frm": ("Lucie Garnier", "lucie.garnier@fournil-co.example.fr"),
     "subject": "Journée d'immersion chez Fournil & Co",
     "date": "2026-06-22 12:10 +0200",
     "text": """Bonjour Clémence,

Nous aimerions vous proposer une journée d'immersion rémunérée avec l'équipe relation
clients, le mercredi 1er juillet de 9h à 17h, dans nos bureaux de l'île de Nantes.

Vous suivrez les appels et les tickets avec Marion, puis nous ferons un point ensemble
en fin de journée. Est-ce que cela vous convient ?

Lucie Garnier
Responsable RH, Fournil & Co
5 boulevard de la Prairie au Duc, 44200 Nantes"""},

    {"kind": I, "slug": "smartrecruiters_video", "lang": "fr", "company": "Ouestel",
     "contact": "", "frm": ("Ouestel Carrières", "ouestel@smartrecruiters.com"),
     "subject": "Ouestel – entretien vidéo différé à réaliser",
     "date": "2026-01-19 09:00 +0100", "fmt": "alt",
     "text": """Bonjour Clémence,

Votre candidature au poste de Conseiller·ère clients fibre a retenu notre attention.
Nous vous invitons à réaliser un entretien vidéo différé (5 questions, environ
15 minutes) avant le 26 janvier.

Lien de l'entretien : https://ouestel.example.fr/video/ab12

Ouestel – Direction des Ressources Humaines"""},

    {"kind": I, "slug": "quillon_second_round", "lang": "fr", "company": "Quillon",
     "contact": "agathe@quillon.example.fr",
     "frm": ("Agathe Roussel", "agathe@quillon.example.fr"),
     "subject": "Re: Premier échange Customer Success",
     "date": "2026-05-13 08:30 +0200",
     "text": """Bonjour Clémence,

Merci pour votre retour rapide. Nous souhaitons poursuivre : je vous propose un deuxième
entretien avec notre CEO, jeudi 21 mai à 11h, à nos bureaux rue du Faubourg-Saint-Denis.

Agathe

""" + quote("""Bonjour Agathe,

Merci pour notre échange de ce matin. Pour répondre à votre question, je n'ai pas eu de
refus d'autres entreprises pour le moment, et je suis disponible dès juillet.

Clémence""", "Le lun. 11 mai 2026 à 17:20, Clémence Nakamura-Diallo <clemence.nd@example.fr> a écrit :")},

    {"kind": I, "slug": "teamtailor_es_video", "lang": "es", "company": "Solera Cloud",
     "contact": "marta.gil@soleracloud.example.es", "id": "solera-inv", "parent": "solera-ack",
     "frm": ("Marta Gil", "marta.gil@soleracloud.example.es"),
     "subject": "Entrevista con Solera Cloud",
     "date": "2026-05-05 10:25 +0200",
     "text": """Hola Clémence:

Gracias por tu interés en el puesto de Customer Success Manager para el mercado francés.
Nos gustaría conocerte en una videollamada de 45 minutos.

¿Te viene bien el martes 12 de mayo a las 16:00 (hora de Madrid)? Te enviaré el enlace de
Google Meet en cuanto me confirmes.

Un saludo,
Marta Gil
Talent Acquisition | Solera Cloud
Calle de Alcalá 120, 28009 Madrid"""},

    {"kind": I, "slug": "es_agency_client", "lang": "es", "company": "Tiendas Olmo",
     "contact": "alvaro@puentetalento.example.es",
     "frm": ("Álvaro Méndez", "alvaro@puentetalento.example.es"),
     "subject": "Te quieren conocer en Tiendas Olmo",
     "date": "2026-05-14 13:37 +0200", "cs": "iso-8859-1",
     "text": """Hola Clémence,

Tiendas Olmo ha revisado tu CV y quiere hacerte una entrevista presencial para el puesto
de atención al cliente en su tienda de Bruselas. Sería el jueves 21 de mayo a las 11:00
con Carmen Roldán, responsable de personas.

Confírmame y te paso la dirección exacta.

Álvaro Méndez
Puente Talento"""},

    {"kind": I, "slug": "es_phone_call", "lang": "es", "company": "Datamar",
     "contact": "rrhh.paloma@datamar.example.es",
     "frm": ("Paloma Ibarra", "rrhh.paloma@datamar.example.es"),
     "subject": "Llamada para el puesto de Luxemburgo",
     "date": "2026-07-01 17:02 +0200", "fmt": "alt",
     "text": """Buenas tardes, Clémence:

Hemos recibido tu candidatura y nos gustaría hablar contigo por teléfono unos 20 minutos
para conocer mejor tu experiencia. ¿Cuándo te vendría bien esta semana? Yo tengo hueco el
jueves y el viernes por la mañana.

Paloma Ibarra
Recursos Humanos – Datamar"""},

    {"kind": I, "slug": "de_phone_screen", "lang": "de", "company": "Kundenwerk",
     "contact": "lena.vogt@kundenwerk.example.de",
     "frm": ("Lena Vogt", "lena.vogt@kundenwerk.example.de"),
     "subject": "Kurzes Telefonat?",
     "date": "2026-07-23 09:48 +0200",
     "text": """Hallo Frau Nakamura-Diallo,

danke für Ihre Bewerbung als Onboarding Managerin. Hätten Sie Lust auf ein kurzes
Kennenlern-Telefonat am Montag, 27. Juli, zwischen 14 und 16 Uhr? Nennen Sie mir
einfach eine Uhrzeit und eine Telefonnummer.

Viele Grüße
Lena Vogt
Teamlead Customer Success | Kundenwerk"""},

    {"kind": I, "slug": "de_agency_client", "lang": "de", "company": "Filderwerk",
     "contact": "p.albrecht@personalbruecke.example.de",
     "frm": ("Paul Albrecht", "p.albrecht@personalbruecke.example.de"),
     "subject": "Vorstellungstermin bei Filderwerk",
     "date": "2026-08-28 15:10 +0200", "cs": "iso-8859-1",
     "text": """Hallo Clémence,

Filderwerk möchte Sie kennenlernen! Der Termin wäre am Donnerstag, 3. September, um
13:30 Uhr vor Ort in Leinfelden-Echterdingen. Ansprechpartnerin ist Frau Kaiser,
Leitung Kundenservice.

Ich rufe Sie morgen an, um Sie vorzubereiten.

Beste Grüße
Paul Albrecht
Personalbrücke, Personalberatung Stuttgart
Tel. +49 711 555 8100"""},

    {"kind": I, "slug": "en_recruiter_phone_screen", "lang": "en", "company": "Tallyfox",
     "contact": "niamh.obrien@tallyfox.example.ie",
     "frm": ("Niamh O'Brien", "niamh.obrien@tallyfox.example.ie"),
     "subject": "Tallyfox - next steps",
     "date": "2026-05-28 12:00 +0100",
     "text": """Hi Clémence,

Thanks for applying to Tallyfox! I'd like to book a 30-minute call to talk through the
Renewals Associate role and your background. Are you free on Tuesday 2 June at
15:00 Dublin time?

Kind regards,
Niamh O'Brien | Talent Partner | Tallyfox"""},

    {"kind": I, "slug": "en_panel_invite_tallyfox", "lang": "en", "company": "Tallyfox",
     "contact": "niamh.obrien@tallyfox.example.ie",
     "frm": ("Niamh O'Brien", "niamh.obrien@tallyfox.example.ie"),
     "subject": "Panel interview - Tuesday 16 June",
     "date": "2026-06-05 10:11 +0100", "fmt": "alt",
     "ics": {"uid": "tallyfox-panel-88@tallyfox.example.ie", "seq": 0,
             "start": "20260616T110000", "end": "20260616T123000", "tz": "Europe/Dublin",
             "summary": "Tallyfox panel interview", "location": "Grand Canal Dock office"},
     "text": """Hi Clémence,

Great news, the hiring manager would like you to come in for a panel interview on
Tuesday 16 June at 11:00 in our Grand Canal Dock office. The calendar invitation is
attached; it includes a 30-minute case study on churn.

Kind regards,
Niamh"""},

    {"kind": I, "slug": "en_luxembourg_assessment", "lang": "en", "company": "Fintrack",
     "contact": "olivier.schmit@fintrack.example.lu",
     "frm": ("Fintrack Talent", "talent@fintrack.example.lu"),
     "reply_to": ("Olivier Schmit", "olivier.schmit@fintrack.example.lu"),
     "subject": "Fintrack: online assessment and interview",
     "date": "2026-09-14 08:45 +0200",
     "text": """Dear Clémence,

We are pleased to invite you to the next stage for the Client Onboarding Analyst role:
an online assessment (45 minutes) followed by an interview with Olivier Schmit on
Monday 21 September at 14:00 CET in our Kirchberg office.

Please reply to Olivier to confirm.

Fintrack Talent Team"""},

    {"kind": I, "slug": "en_workable_casual_startup", "lang": "en", "company": "Parcelwise",
     "contact": "dan@parcelwise.example.com",
     "frm": ("Dan Foley via Workable", "noreply@workablemail.com"),
     "reply_to": ("Dan Foley", "dan@parcelwise.example.com"),
     "subject": "Chat about Parcelwise?",
     "date": "2026-07-29 18:20 +0200",
     "text": """Hey Clémence,

Loved your cover letter - the part about handling the Christmas rush at the bakery made
me smile. Fancy a 30-minute video chat this Friday afternoon? Grab any slot here:
https://cal.parcelwise.example.com/dan

Dan (CEO, Parcelwise)"""},

    {"kind": I, "slug": "brume_ics_first", "lang": "fr", "company": "Brume Conseil",
     "contact": "nadia.ferrand@brume.example.fr", "id": "brume-inv",
     "frm": ("Nadia Ferrand", "nadia.ferrand@brume.example.fr"),
     "subject": "Invitation : entretien Consultante support – Brume Conseil",
     "date": "2026-03-30 15:02 +0200", "fmt": "alt",
     "ics": {"uid": "brume-entretien-417@brume.example.fr", "seq": 0,
             "start": "20260408T100000", "end": "20260408T110000",
             "summary": "Entretien Clémence Nakamura-Diallo", "location": "Brume Conseil, Nantes"},
     "text": """Bonjour Clémence,

Je vous confirme l'entretien pour le poste de consultante support fonctionnel, le mercredi
8 avril à 10h00, dans nos locaux au 9 allée Brancas à Nantes. Vous trouverez
l'invitation en pièce jointe.

Bien cordialement,
Nadia Ferrand
Chargée de recrutement – Brume Conseil"""},

    {"kind": I, "slug": "brume_ics_new_date", "lang": "fr", "company": "Brume Conseil",
     "contact": "nadia.ferrand@brume.example.fr", "id": "brume-inv2", "parent": "brume-cancel",
     "frm": ("Nadia Ferrand", "nadia.ferrand@brume.example.fr"),
     "subject": "Nouvelle invitation : entretien Brume Conseil",
     "date": "2026-04-13 09:20 +0200", "fmt": "alt",
     "ics": {"uid": "brume-entretien-502@brume.example.fr", "seq": 0,
             "start": "20260422T140000", "end": "20260422T150000",
             "summary": "Entretien Clémence Nakamura-Diallo", "location": "Teams"},
     "text": """Bonjour Clémence,

Comme promis, le poste est de nouveau ouvert et le manager souhaite vous rencontrer.
Je vous envoie une nouvelle invitation pour le mercredi 22 avril à 14h00, cette fois en
visio sur Teams.

Nadia Ferrand
Brume Conseil"""},

    {"kind": I, "slug": "bank_rennes_html_outlook", "lang": "fr", "company": "Crédit Vilaine",
     "contact": "gaelle.morvan@credit-vilaine.example.fr",
     "frm": ("MORVAN Gaëlle", "gaelle.morvan@credit-vilaine.example.fr"),
     "subject": "Entretien – Conseillère relation client digitale", "fmt": "html",
     "date": "2026-01-14 11:52 +0100",
     "html": """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head>
<body lang=FR><div class=WordSection1>
<p class=MsoNormal>Bonjour Madame,</p>
<p class=MsoNormal>Votre candidature a retenu toute notre attention. Je vous propose un
entretien le jeudi 22 janvier à 15h00 à l'agence centrale, 1 place de Bretagne à Rennes.</p>
<p class=MsoNormal>Pourriez-vous me confirmer votre présence ?</p>
<p class=MsoNormal>Bien cordialement,</p>
<p class=MsoNormal><b>Gaëlle MORVAN</b><br>Chargée de recrutement<br>Crédit Vilaine<br>
Tél. : 02 99 00 76 30</p>
<p class=MsoNormal style="font-size:8pt;color:gray">Ce message et toutes les pièces jointes
sont établis à l'intention exclusive de ses destinataires et sont confidentiels.</p>
</div></body></html>
"""},

    {"kind": I, "slug": "lille_visio_ashby", "lang": "fr", "company": "Nordlys Paiements",
     "contact": "", "frm": ("Nordlys Paiements", "no-reply@ashbyhq.com"),
     "subject": "Nordlys Paiements : choisissez votre créneau d'entretien",
     "date": "2026-03-31 10:00 +0200", "subj_enc": "utf-8/Q",
     "text": """Bonjour Clémence,

Bonne nouvelle : l'équipe Nordlys Paiements souhaite échanger avec vous en visio
(30 minutes) au sujet du poste de CSM junior à Lille.

Réservez votre créneau ici : https://jobs.ashbyhq.example.com/nordlys/schedule/77c

À bientôt,
L'équipe Talent de Nordlys Paiements"""},

    {"kind": I, "slug": "consulting_brussels_invite", "lang": "fr", "company": "Vanbel Conseil",
     "contact": "recrutement.helene@vanbel.example.be",
     "frm": ("Hélène Dubois", "recrutement.helene@vanbel.example.be"),
     "subject": "Votre venue chez Vanbel Conseil le 12 mai",
     "date": "2026-05-04 16:16 +0200", "cs": "windows-1252",
     "text": """Chère Madame,

Nous avons le plaisir de vous recevoir le mardi 12 mai à 10h30 pour un entretien
relatif au poste de consultante support applicatif. L’entretien durera environ une heure
et demie et comprendra un court exercice écrit.

Adresse : Avenue Louise 221, 1050 Bruxelles (4e étage).

Hélène Dubois
Vanbel Conseil"""},

    {"kind": I, "slug": "telecom_brest_fwd", "lang": "fr", "company": "Iroise Connect",
     "contact": "m.kerouac@iroise-connect.example.fr",
     "frm": ("Morgane Kerouac", "m.kerouac@iroise-connect.example.fr"),
     "subject": "Entretien support client – Iroise Connect",
     "date": "2026-01-12 14:25 +0100", "name_enc": "iso-8859-1/Q",
     "text": """Bonjour Clémence,

Nous aimerions vous rencontrer pour le poste de technicienne support client. Seriez-vous
disponible vendredi 16 janvier à 10h dans nos locaux du port de commerce de Brest ?

Morgane Kerouac
Responsable support, Iroise Connect"""},
]

RESCHEDULES: list[dict] = [
    {"kind": R, "slug": "crepix_moved", "lang": "fr", "company": "Crêpix",
     "contact": "yann.le-goff@crepix.example.fr", "id": "crepix-move", "parent": "crepix-inv",
     "frm": ("Yann Le Goff", "yann.le-goff@crepix.example.fr"),
     "subject": "Re: Crêpix – on se rencontre ?",
     "date": "2026-03-06 08:50 +0100",
     "text": """Bonjour Clémence,

Petit changement : Inès sera en déplacement mardi après-midi. Pouvons-nous décaler notre
entretien au mardi 17 mars, même heure (14h00), même endroit ?

Désolé pour ce contretemps.

Yann

""" + quote("""Bonjour Yann,

Avec plaisir, je confirme ma présence le mardi 10 mars à 14h00.

Clémence""", "Le lun. 2 mars 2026 à 11:40, Clémence Nakamura-Diallo <clemence.nd@example.fr> a écrit :")},

    {"kind": R, "slug": "harbourline_seq_update", "lang": "en", "company": "Harbourline",
     "contact": "ciara.walsh@harbourline.example.ie", "id": "harb-move", "parent": "harb-panel",
     "frm": ("Ciara Walsh", "ciara.walsh@harbourline.example.ie"),
     "subject": "Updated invitation: Harbourline panel interview - new time",
     "date": "2026-03-02 17:31 +0000", "fmt": "alt",
     "ics": {"uid": "harb-panel-2026@harbourline.example.ie", "seq": 1,
             "start": "20260306T093000", "end": "20260306T104500", "tz": "Europe/Dublin",
             "summary": "Panel interview - Customer Success Associate (FR)",
             "location": "Microsoft Teams"},
     "text": """Hi Clémence,

Declan has a customer escalation on Thursday, so we have moved the panel to Friday
6 March at 09:30 Irish time. Same Teams link, the updated invite is attached. Let me
know if the new time doesn't work.

Ciara"""},

    {"kind": R, "slug": "brume_cancel_ics", "lang": "fr", "company": "Brume Conseil",
     "contact": "nadia.ferrand@brume.example.fr", "id": "brume-cancel", "parent": "brume-inv",
     "frm": ("Nadia Ferrand", "nadia.ferrand@brume.example.fr"),
     "subject": "Annulé : entretien Consultante support – Brume Conseil",
     "date": "2026-04-06 18:05 +0200", "fmt": "alt",
     "ics": {"uid": "brume-entretien-417@brume.example.fr", "seq": 1, "method": "CANCEL",
             "start": "20260408T100000", "end": "20260408T110000",
             "summary": "Entretien Clémence Nakamura-Diallo", "location": "Brume Conseil, Nantes"},
     "text": """Bonjour Clémence,

Je dois annuler notre entretien de mercredi : le budget du poste est en cours de
révision cette semaine. Votre candidature reste bien entendu ouverte et je reviens vers
vous avec une nouvelle date dès que possible.

Nadia Ferrand
Brume Conseil"""},

    {"kind": R, "slug": "neckarsoft_new_slot", "lang": "de", "company": "Neckarsoft",
     "contact": "svenja.hahn@neckarsoft.example.de", "id": "neckar-move",
     "parent": "neckar-missed",
     "frm": ("Svenja Hahn", "svenja.hahn@neckarsoft.example.de"),
     "subject": "Neuer Termin: Vorstellungsgespräch Customer Success Manager",
     "date": "2026-06-18 14:30 +0200", "fmt": "alt",
     "ics": {"uid": "neckar-cs-0617@neckarsoft.example.de", "seq": 2,
             "start": "20260623T150000", "end": "20260623T160000", "tz": "Europe/Berlin",
             "summary": "Vorstellungsgespräch Nakamura-Diallo", "location": "Google Meet"},
     "text": """Hallo Frau Nakamura-Diallo,

danke für Ihre Erklärung, so etwas kann passieren. Wir verschieben das Gespräch auf
Dienstag, 23. Juni, 15:00 Uhr. Die aktualisierte Einladung liegt bei.

Beste Grüße
Svenja Hahn

""" + quote("""Sehr geehrte Frau Hahn,

es tut mir sehr leid, ich hatte gestern einen Stromausfall und konnte mich nicht in das
Gespräch einwählen. Wäre ein neuer Termin möglich?

Clémence Nakamura-Diallo""", "Am Mi., 17. Juni 2026 um 12:02 Uhr schrieb Clémence Nakamura-Diallo <clemence.nd@example.fr>:")},

    {"kind": R, "slug": "interviewer_ill_en", "lang": "en", "company": "Tallyfox",
     "contact": "niamh.obrien@tallyfox.example.ie",
     "frm": ("Niamh O'Brien", "niamh.obrien@tallyfox.example.ie"),
     "subject": "Today's call - need to move it",
     "date": "2026-06-02 08:05 +0100",
     "text": """Hi Clémence,

I'm so sorry, I've come down with a nasty flu and won't be able to do our call at 15:00
today. Could we do Thursday 4 June, same time instead? I'll send a new invite once you
confirm.

Niamh"""},

    {"kind": R, "slug": "lever_reschedule_en", "lang": "en", "company": "Lumo Ledger",
     "contact": "", "frm": ("Lumo Ledger", "no-reply@hire.lever.co"),
     "subject": "Your interview with Lumo Ledger has been rescheduled",
     "date": "2026-04-03 11:22 +0200", "fmt": "html",
     "html": """<html><body>
<p>Hi Clémence,</p>
<p>Your interview for <b>Customer Support Specialist (FR/NL)</b> has been rescheduled.</p>
<table><tr><td>Previous time:</td><td><s>Tue 7 April, 10:00 CEST</s></td></tr>
<tr><td>New time:</td><td>Thu 9 April, 16:00 CEST</td></tr></table>
<p>The video link stays the same.</p>
<p>Lumo Ledger Recruiting</p>
</body></html>
"""},

    {"kind": R, "slug": "employer_cancel_no_reject_en", "lang": "en", "company": "Fintrack",
     "contact": "olivier.schmit@fintrack.example.lu",
     "frm": ("Olivier Schmit", "olivier.schmit@fintrack.example.lu"),
     "subject": "Monday's interview - cancelled for now",
     "date": "2026-09-18 16:40 +0200",
     "text": """Dear Clémence,

I have to cancel our meeting on Monday: our team is moving offices that day and the
building will be closed. This is not a decision on your application. I will come back
to you early next week with two or three alternative dates.

Best regards,
Olivier Schmit
Head of Client Onboarding, Fintrack
2 rue Alphonse Weicker, L-2721 Luxembourg"""},

    {"kind": R, "slug": "kerbank_date_change", "lang": "fr", "company": "Kerbank",
     "contact": "service.rh@kerbank.example.fr",
     "frm": ("Service RH Kerbank", "service.rh@kerbank.example.fr"),
     "subject": "Modification de date – journée d'évaluation",
     "date": "2026-08-26 09:12 +0200",
     "text": """Madame,

En raison d'un mouvement social prévu le vendredi 4 septembre au matin, la journée
d'évaluation est avancée au jeudi 3 septembre, mêmes horaires (9h00-16h30), même lieu.

Merci de nous confirmer votre disponibilité à cette nouvelle date.

Service des Ressources Humaines, Kerbank"""},

    {"kind": R, "slug": "quillon_move_html", "lang": "fr", "company": "Quillon",
     "contact": "agathe@quillon.example.fr",
     "frm": ("Agathe Roussel", "agathe@quillon.example.fr"),
     "subject": "Changement d'horaire jeudi",
     "date": "2026-05-19 13:14 +0200", "fmt": "alt", "subj_enc": "iso-8859-1/B",
     "text": """Bonjour Clémence,

Notre CEO a un conseil d'administration qui déborde jeudi : pouvons-nous décaler
l'entretien de 11h à 16h30 ? Même adresse.

Merci de votre souplesse,
Agathe"""},

    {"kind": R, "slug": "talentis_moved_client", "lang": "fr", "company": "Maison Lefèvre",
     "contact": "julien.marchal@talentis.example.fr", "parent": "talentis-invite",
     "id": "talentis-move",
     "frm": ("Julien Marchal | Talentis Intérim", "julien.marchal@talentis.example.fr"),
     "subject": "RE: Entretien chez notre client Maison Lefèvre",
     "date": "2026-04-30 10:03 +0200",
     "text": """Clémence,

Mme Pichon me demande de repousser votre rendez-vous du lundi 4 mai au mardi 5 mai,
toujours à 9h30 au siège. Le 4 mai tombe en plein inventaire chez eux.

Vous me confirmez ?

Julien

""" + outlook("""Bonjour Clémence,

Bonne nouvelle : j'ai présenté votre profil à Maison Lefèvre...""", "Julien Marchal",
                  "lundi 27 avril 2026 16:45", "Clémence Nakamura-Diallo",
                  "Entretien chez notre client Maison Lefèvre", ("De", "Envoyé", "À", "Objet"))},

    {"kind": R, "slug": "cancel_ics_telecom", "lang": "fr", "company": "Ouestel",
     "contact": "pierre.daniel@ouestel.example.fr",
     "frm": ("Pierre Daniel", "pierre.daniel@ouestel.example.fr"),
     "subject": "Annulation : Entretien Conseiller·ère clients fibre",
     "date": "2026-02-05 12:00 +0100", "fmt": "alt",
     "ics": {"uid": "ouestel-fibre-883@ouestel.example.fr", "seq": 3, "method": "CANCEL",
             "start": "20260209T110000", "end": "20260209T114500",
             "summary": "Entretien Conseiller clients fibre", "location": "Ouestel Rennes"},
     "text": """Bonjour Clémence,

Je suis contraint d'annuler notre rendez-vous du 9 février, je serai en formation
toute la journée. Je vous propose de le reprogrammer ; ma collègue vous enverra une
nouvelle invitation d'ici vendredi.

Pierre Daniel
Manager relation clients – Ouestel"""},

    {"kind": R, "slug": "teams_link_changed_lille", "lang": "fr", "company": "Nordlys Paiements",
     "contact": "sarah.vandamme@nordlys.example.fr",
     "frm": ("Sarah Vandamme", "sarah.vandamme@nordlys.example.fr"),
     "subject": "Report de notre visio",
     "date": "2026-04-06 09:01 +0200", "cs": "iso-8859-1",
     "text": """Bonjour Clémence,

Le lundi de Pâques est férié chez nous, je n'avais pas fait attention en envoyant le
lien de réservation. Je vous propose de reporter notre visio au mardi 7 avril à 10h.

Cordialement,
Sarah Vandamme"""},

    {"kind": R, "slug": "de_postponed", "lang": "de", "company": "Schwabenbank",
     "contact": "m.reiter@schwabenbank.example.de",
     "frm": ("Markus Reiter", "m.reiter@schwabenbank.example.de"),
     "subject": "Verschiebung unseres Gesprächs",
     "date": "2026-02-26 17:50 +0100",
     "text": """Sehr geehrte Frau Nakamura-Diallo,

leider muss ich unser Gespräch am Freitag absagen, da ich kurzfristig zu einer
Schulung nach Frankfurt muss. Darf ich Ihnen stattdessen Dienstag, den 3. März, um
11:00 Uhr vorschlagen?

Mit freundlichen Grüßen
Markus Reiter
Filialleiter Digital, Schwabenbank
Tel. +49 711 555 6600"""},

    {"kind": R, "slug": "es_move_solera", "lang": "es", "company": "Solera Cloud",
     "contact": "marta.gil@soleracloud.example.es", "id": "solera-move", "parent": "solera-inv",
     "frm": ("Marta Gil", "marta.gil@soleracloud.example.es"),
     "subject": "Cambio de hora entrevista",
     "date": "2026-05-11 09:30 +0200",
     "text": """Hola Clémence:

Te escribo porque nuestra directora de Customer Success quiere unirse a la entrevista y
solo puede a otra hora. ¿Podríamos pasarla del martes a las 16:00 al miércoles 13 de mayo
a las 10:00?

Gracias y perdona el cambio,
Marta"""},

    {"kind": R, "slug": "es_cancel_datamar", "lang": "es", "company": "Datamar",
     "contact": "rrhh.paloma@datamar.example.es",
     "frm": ("Paloma Ibarra", "rrhh.paloma@datamar.example.es"),
     "subject": "Anulamos la llamada del jueves",
     "date": "2026-07-08 08:15 +0200", "cs": "iso-8859-1",
     "text": """Hola Clémence:

Tengo que anular nuestra llamada del jueves porque estoy de baja unos días. En cuanto me
reincorpore te propongo otra fecha, tu candidatura sigue adelante.

Paloma"""},
]

MISSED: list[dict] = [
    {"kind": M, "slug": "neckarsoft_no_show", "lang": "de", "company": "Neckarsoft",
     "contact": "svenja.hahn@neckarsoft.example.de", "id": "neckar-missed", "parent": "neckar-inv",
     "frm": ("Svenja Hahn", "svenja.hahn@neckarsoft.example.de"),
     "subject": "Unser Termin heute um 10 Uhr",
     "date": "2026-06-17 10:25 +0200",
     "text": """Hallo Frau Nakamura-Diallo,

wir haben heute um 10:00 Uhr im Google-Meet-Raum auf Sie gewartet, Sie sind aber leider
nicht erschienen. Ist alles in Ordnung bei Ihnen?

Bitte melden Sie sich kurz.

Beste Grüße
Svenja Hahn"""},

    {"kind": M, "slug": "teams_waited_fr", "lang": "fr", "company": "Crédit Vilaine",
     "contact": "gaelle.morvan@credit-vilaine.example.fr",
     "frm": ("MORVAN Gaëlle", "gaelle.morvan@credit-vilaine.example.fr"),
     "subject": "Entretien de 15h00",
     "date": "2026-01-22 15:40 +0100", "fmt": "alt",
     "text": """Bonjour Madame,

Nous vous attendions cet après-midi à 15h00 à l'agence centrale pour votre entretien et
ne vous avons pas vue arriver. Sans nouvelles de votre part, je ne peux pas maintenir ce
créneau.

Si un imprévu vous a empêchée de venir, merci de me le faire savoir.

Gaëlle MORVAN
Chargée de recrutement, Crédit Vilaine"""},

    {"kind": M, "slug": "called_twice", "lang": "fr", "company": "Talentis Intérim",
     "contact": "sophie.lebreton@talentis.example.fr",
     "frm": ("Sophie Lebreton", "sophie.lebreton@talentis.example.fr"),
     "subject": "Appel manqué – entretien téléphonique",
     "date": "2026-03-12 10:22 +0100",
     "text": """Bonjour Clémence,

J'ai essayé de vous appeler deux fois à 10h00 pour notre entretien téléphonique de
qualification, sans réponse, et je suis tombée sur votre messagerie.

Pouvez-vous me rappeler au 02 99 00 55 21 ou me donner un autre créneau ?

Sophie Lebreton
Talentis Intérim — Agence de Rennes"""},

    {"kind": M, "slug": "en_no_show_teams", "lang": "en", "company": "Lumo Ledger",
     "contact": "pieter.claes@lumoledger.example.be",
     "frm": ("Pieter Claes", "pieter.claes@lumoledger.example.be"),
     "subject": "Missed you today",
     "date": "2026-04-09 16:25 +0200",
     "text": """Hi Clémence,

I was in the Teams meeting at 16:00 for our interview, but it looks like you couldn't
make it. I waited around fifteen minutes before leaving.

If something came up, just reply and let me know.

Pieter Claes
Support Team Lead, Lumo Ledger"""},

    {"kind": M, "slug": "en_phone_no_answer", "lang": "en", "company": "Clover Staffing",
     "contact": "aoife@cloverstaffing.example.ie",
     "frm": ("Aoife Brennan", "aoife@cloverstaffing.example.ie"),
     "subject": "Tried calling you",
     "date": "2026-06-11 11:07 +0100",
     "text": """Hi Clémence,

I rang you at 11:00 as agreed for our screening call, twice in fact, but no luck. Is the
number on your CV still right? Give me a shout when you're free.

Aoife
Clover Staffing"""},

    {"kind": M, "slug": "bocal_visio_vide", "lang": "fr", "company": "Bocal",
     "contact": "theo@bocal.example.fr", "frm": ("Théo", "theo@bocal.example.fr"),
     "subject": "t'es où ?",
     "date": "2026-02-26 18:18 +0100",
     "text": """Hello,

Je suis sur le lien Meet depuis 18h, personne en vue. On avait dit jeudi, non ? Dis-moi
si tu veux qu'on trouve un autre moment.

Théo"""},

    {"kind": M, "slug": "fr_absent_trial_day", "lang": "fr", "company": "Galeries Ponant",
     "contact": "e.caradec@galeries-ponant.example.fr",
     "frm": ("Erwan Caradec", "e.caradec@galeries-ponant.example.fr"),
     "subject": "Votre rendez-vous de ce matin",
     "date": "2026-01-08 11:05 +0100", "cs": "windows-1252",
     "text": """Madame,

Vous étiez attendue ce matin à 9h30 au magasin de Brest pour votre entretien avec la
responsable du service client. Nous n’avons pas pu vous joindre par téléphone.

Je vous remercie de me recontacter si vous souhaitez toujours donner suite.

Erwan Caradec
Responsable recrutement, Galeries Ponant"""},

    {"kind": M, "slug": "de_agency_no_show", "lang": "de", "company": "Personalbrücke",
     "contact": "p.albrecht@personalbruecke.example.de",
     "frm": ("Paul Albrecht", "p.albrecht@personalbruecke.example.de"),
     "subject": "Heute 9 Uhr – wo waren Sie?",
     "date": "2026-08-18 09:40 +0200",
     "text": """Hallo Clémence,

wir waren heute um 9 Uhr zum Erstgespräch in unserem Büro verabredet. Ich habe Sie
zweimal angerufen, aber niemanden erreicht.

Bitte melden Sie sich, damit wir einen neuen Termin finden.

Paul Albrecht
Personalbrücke"""},

    {"kind": M, "slug": "es_no_conecto", "lang": "es", "company": "Solera Cloud",
     "contact": "marta.gil@soleracloud.example.es", "id": "solera-missed", "parent": "solera-move",
     "frm": ("Marta Gil", "marta.gil@soleracloud.example.es"),
     "subject": "No te vimos en la videollamada",
     "date": "2026-05-13 10:20 +0200",
     "text": """Hola Clémence:

Te esperamos en el Google Meet a las 10:00, pero no llegaste a conectarte. ¿Ha pasado
algo? Si quieres, buscamos otro momento esta semana.

Marta"""},

    {"kind": M, "slug": "fr_ashby_no_show", "lang": "fr", "company": "Loirlab",
     "contact": "camille.briand@loirlab.example.fr",
     "frm": ("Camille Briand", "camille.briand@loirlab.example.fr"),
     "subject": "Notre rendez-vous en visio",
     "date": "2026-04-16 14:50 +0200", "fmt": "alt",
     "text": """Bonjour Clémence,

Je me suis connectée à 14h30 comme prévu pour la restitution de votre étude de cas, mais
vous n'êtes pas apparue dans la salle. Je n'ai pas reçu de message d'empêchement.

Dites-moi si vous souhaitez reprogrammer.

Camille Briand
Responsable Customer Success, Loirlab"""},
]

MESSAGES = INVITES + RESCHEDULES + MISSED

for _m in MESSAGES:
    if _m.get("fmt") == "html":
        _m["text"] = _m["html"]
