"""Corpus 155, hand-written: interview invitations, reschedules/cancellations, missed interviews.

Texts that a later message quotes are module constants, so the quote matches the original.
"""

from __future__ import annotations

from msgs155_common import (
    CAND,
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    blockquote,
    html_doc,
    outlook_html,
    outlook_quote_html,
    outlook_reply,
    paras,
    quote,
    reply,
    wrote,
)

# ------------------------------------------------------------------ people

AURELIE = ("Aurélie Janssens", "aurelie.janssens@delvaux-sterckx.example.be")
SANNE = ("Sanne Dekker", "sanne.dekker@lumiq.example.nl")
JANA = ("Jana Hoffmeister", "j.hoffmeister@rheinwerk-messe.example.de")
LUCIA = ("Lucía Navarro Ibáñez", "lucia.navarro@alcarria.example.es")
GREGORY = ("Grégory Lambotte", "g.lambotte@interimhorizon.example.be")
ANOUK = ("Anouk Weiler", "anouk.weiler@kessler-fs.example.lu")
NADIA = ("Nadia Belkacem", "nadia.belkacem@sablonroyal.example.be")
PRIYA = ("Priya Raman", "Priya.Raman@harcourtpryce.example.co.uk")
ALVARO = ("Álvaro Cienfuegos", "acienfuegos@torrealba.example.es")
BERENICE = ("Bérénice Fauvel", "b.fauvel@talentis.example.fr")
LEA = ("Lea Wittkamp", "lea.wittkamp@datenhafen.example.de")
IRENE = ("Irene Saldaña", "irene.saldana@nubalia.example.es")
JOREN = ("Joren Peeters", "joren@pixelpont.example.be")
SOPHIE = ("Sophie Claessens", "sophie.claessens@horizonspartages.example.org")
CAPUCINE = ("Capucine Sorel", "capucine@ateliersorel.example.fr")
CLAIRE = ("Claire Hoffmann", "claire.hoffmann@grundpalace.example.lu")
YASMINA = ("Yasmina El Amrani", "y.elamrani@qlbc.example.be")
HANNAH = ("Hannah Okafor", "h.okafor@clearwatertrust.example.org.uk")
FEMKE = ("Femke Bos", "femke.bos@tulipshift.example.nl")
SABINE = ("Sabine Krämer", "s.kraemer@falkenrath-wendt.example.de")
MURAT = ("Murat Yilmaz", "m.yilmaz@personalwerk-koeln.example.de")
CARMEN = ("Carmen Ruiz Olmedo", "carmen.ruiz@adecuo.example.es")
TOM = ("Tom Ashdown", "tom@quillfield.example.co.uk")
KAREN = ("Karen De Smet", "karen.desmet@verbruggen-consulting.example.be")
JULIEN = ("Julien Doneux", "julien.doneux@meusehabitat.example.be")
MARTINE = ("Martine Pasquier", "m.pasquier@beaumanoir-lequesne.example.fr")
PIETER = ("Pieter Vanhoof", "pieter.vanhoof@diploserv.example.be")

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("X-MS-Has-Attach", ""),
           ("X-MS-TNEF-Correlator", "")]
GMAIL_UA = [("X-Mailer", "Apple Mail (2.3774.600.62)")]

# ------------------------------------------------------------------ texts quoted later

DELVAUX_INVITE = """Bonjour Madame Vandamme-Reyes,

Merci pour votre candidature au poste d'Office Manager. Votre parcours à l'accueil de centres \
d'affaires bilingues a retenu notre attention et nous aimerions vous rencontrer.

Je vous propose un entretien le mardi 27 janvier à 10h00 dans nos bureaux, avenue Louise 231 \
à Ixelles (2e étage, sonnez « Delvaux & Sterckx »). Vous rencontrerez Maître Pascale Sterckx, \
associée, et moi-même. Comptez une heure environ.

Vous trouverez l'invitation dans votre agenda ; merci de l'accepter ou de me proposer un autre \
moment si ce créneau ne vous convient pas.

Bien à vous,

Aurélie Janssens
Responsable Ressources humaines
Delvaux & Sterckx – Avocats
Avenue Louise 231 – 1050 Bruxelles
T +32 2 640 18 25

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. \
Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.
"""

DELVAUX_MOVE = """Bonjour Madame Vandamme-Reyes,

Maître Sterckx doit plaider mardi matin au tribunal de l'entreprise et ne pourra pas être \
présente à 10h00. Je me permets donc de déplacer notre entretien au jeudi 29 janvier à 14h30, \
même adresse.

L'invitation a été mise à jour dans votre agenda. Si ce nouvel horaire vous pose problème, \
dites-le-moi et nous trouverons une autre solution.

Avec mes excuses pour ce changement,

Aurélie Janssens
Responsable Ressources humaines
Delvaux & Sterckx – Avocats
T +32 2 640 18 25
"""

LUMIQ_MISSED = """Hi Élodie,

I was on the Google Meet link at 11:00 today for our call and waited about 15 minutes, but it \
looks like you couldn't make it. I also dropped a note in the Meet chat in case you were \
having trouble getting in.

No worries if something came up – just let me know what happened.

Best,
Sanne

Sanne Dekker | Talent Partner | Lumiq Analytics
+31 20 794 11 60
"""

RHEINWERK_NEW_SLOT = """Sehr geehrte Frau Vandamme-Reyes,

Herr Oberländer ist wieder gesund, und wir können unser abgesagtes Gespräch nachholen. Passt \
Ihnen Donnerstag, der 26. März 2026, um 11:00 Uhr? Ort und Ablauf bleiben wie besprochen.

Die aktualisierte Einladung ist beigefügt. Geben Sie mir bitte kurz Bescheid, ob der Termin \
für Sie passt.

Viele Grüße
Jana Hoffmeister
Personalreferentin · Rheinwerk Messe Service GmbH
Tel. +49 221 9584 2210
"""

ALCARRIA_CALL = """Hola, Élodie:

Soy Lucía, del equipo de selección de Grupo Alcarria Hoteles. He leído tu candidatura para el \
puesto de Office Manager en nuestras oficinas centrales y me gustaría tener una primera \
conversación telefónica contigo, de unos 20 minutos, para conocerte mejor y contarte en qué \
consiste el puesto.

¿Te vendría bien el jueves 16 de abril a las 10:00 o el viernes 17 a las 12:30? Si ninguna de \
las dos opciones te encaja, dime qué franja te va mejor y lo cuadramos.

¿Me confirmas también un número de teléfono en el que localizarte?

Un saludo,

Lucía Navarro Ibáñez
Talent Acquisition · Grupo Alcarria Hoteles
Paseo de la Castellana 140, 28046 Madrid
+34 913 48 27 60
"""

MOREELS_INVITE = """Bonjour Élodie,

Bonne nouvelle : la Chocolaterie Moreels, à Herstal, a lu votre CV et souhaite vous rencontrer \
pour le poste d'assistante administrative et accueil (remplacement de longue durée, \
possibilité de CDI).

Rendez-vous le mercredi 21 janvier à 14h00 avec M. Olivier Moreels, le gérant, rue \
Saint-Lambert 14 à 4040 Herstal. Parking devant l'atelier. Prévoyez une petite demi-heure ; \
c'est une entreprise familiale, l'ambiance est simple et directe.

Pouvez-vous me confirmer votre présence par retour de mail ou par téléphone ? Appelez-moi \
après l'entretien pour me donner vos impressions.

Bonne journée,

Grégory Lambotte
Consultant recrutement
Intérim Horizon – Agence de Liège
Boulevard d'Avroy 88, 4000 Liège
04 221 36 70 – 0478 62 15 09
"""

KESSLER_INVITE = """Dear Ms Vandamme-Reyes,

Thank you for your application for the position of Office Manager at our Luxembourg office. \
We are pleased to invite you to a panel interview on Tuesday 12 May 2026 from 14:00 to 15:15 \
(CEST).

The panel will consist of Mark Feltgen (Chief Operating Officer), Carla Reuter (Head of \
Facilities) and myself. The interview will mostly be held in English; we may switch to French \
or German for a few minutes.

Location: Kessler Fund Services, 12 rue Eugène Ruppert, L-2453 Luxembourg (Cloche d'Or), \
4th floor. Please bring an identity document for reception.

A calendar invitation is attached to this email. Kindly accept it to confirm your attendance.

Kind regards,

Anouk Weiler
HR Business Partner
Kessler Fund Services S.A.
12 rue Eugène Ruppert | L-2453 Luxembourg
T +352 26 48 93 1

This e-mail may contain confidential information. If you are not the intended recipient, \
please notify the sender and delete it. Kessler Fund Services S.A., R.C.S. Luxembourg \
B 214 876.
"""

SABLON_TRIAL = """Bonjour Élodie,

Suite à notre échange téléphonique de vendredi, j'ai le plaisir de vous proposer une journée \
d'essai à la réception le mardi 9 juin, de 8h00 à 16h00.

Vous serez en binôme avec Thibault, notre chef de réception : accueil des clients, départs du \
matin, gestion des réservations et, l'après-midi, organisation du bureau de direction. \
Tenue : chemisier blanc et pantalon ou jupe foncés ; le déjeuner est offert.

Présentez-vous à 8h00 précises à la réception principale, place du Grand Sablon 41, et \
demandez-moi.

Merci de me confirmer votre venue.

Cordialement,

Nadia Belkacem
Responsable Hébergement
Hôtel Le Sablon Royal
Place du Grand Sablon 41 - 1000 Bruxelles
+32 2 512 77 40
"""

SABLON_MISSED = """Bonjour Élodie,

Nous vous attendions ce matin à 8h00 à la réception pour votre journée d'essai, comme convenu. \
Il est 9h00 passées et nous ne vous avons pas vue ; j'ai essayé de vous appeler à 8h20 et à \
8h45, sans réponse.

J'espère qu'il ne vous est rien arrivé. Pouvez-vous me rappeler dès que possible ?

Nadia Belkacem
Responsable Hébergement - Hôtel Le Sablon Royal
+32 2 512 77 40

Envoyé de mon iPhone
"""

HARCOURT_SCREEN = """Dear Élodie,

Thank you for applying for the Executive Assistant role supporting our Managing Partner. Your \
application has been passed to me and I'd like to arrange a short telephone conversation \
before we consider a meeting with the partners.

Would you be available for a 20-minute call on Friday 3 July at 10:00 (London time)? I will \
call you on the mobile number in your CV.

If that time is difficult, do let me know a couple of alternatives.

Best wishes,

Priya Raman
Senior Talent Adviser
Harcourt Pryce LLP
40 Aldermanbury Square, London EC2V 7HY
+44 20 7946 0312

Harcourt Pryce LLP is a limited liability partnership registered in England and Wales \
(OC412987), authorised and regulated by the Solicitors Regulation Authority. This email is \
confidential and may be privileged.
"""

HARCOURT_REQUEST_NEW = """Dear Priya,

Thank you very much for your message and for considering my application.

Unfortunately I will be travelling on Friday morning and will not be able to take a call at \
10:00. Could we perhaps speak on Monday 6 July at any time after 11:00 (London time), or on \
Tuesday 7 July in the morning?

Kind regards,
Élodie Vandamme-Reyes
+32 470 55 18 92
"""

HARCOURT_REQUEST = reply(HARCOURT_REQUEST_NEW, "en", "2026-07-01 10:12", PRIYA[0], PRIYA[1],
                         HARCOURT_SCREEN)

TORREALBA_INVITE = """Estimada Élodie:

Gracias por tu interés en Torrealba Abogados. Nos ha gustado tu perfil para el puesto de \
asistente de dirección de la socia directora y queremos hacerte una primera entrevista \
telefónica.

Te propongo el martes 8 de septiembre a las 10:00 (hora de Madrid). Te llamaré yo mismo al \
móvil que indicas en el currículum. Calcula unos 30 minutos.

Te envío la convocatoria por calendario. Si no te va bien, respóndeme con otra hora.

Un cordial saludo,

Álvaro Cienfuegos
Responsable de Recursos Humanos
Torrealba Abogados, S.L.P.
C/ Serrano 57, 28006 Madrid
Tel. +34 915 76 30 18

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su \
destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo \
elimine.
"""

TORREALBA_MISSED = """Hola, Élodie:

Te he llamado dos veces a las 10:00, como habíamos quedado, y una tercera a las 10:15, pero no \
ha habido respuesta y salta directamente el buzón de voz.

¿Ha pasado algo? Si quieres, escríbeme y vemos cómo lo hacemos.

Saludos,
Álvaro Cienfuegos
Recursos Humanos · Torrealba Abogados
"""

TORREALBA_SORRY = """Buenas tardes, Álvaro:

Le pido disculpas: mi teléfono se quedó sin cobertura en el tren de vuelta de Lieja y no vi sus \
llamadas hasta mediodía. Sigo muy interesada en el puesto. ¿Sería posible volver a programar \
la llamada?

Un saludo,
Élodie
"""

AUBRIAC_INVITE = """Bonjour Élodie,

Comme promis, je reviens vers vous : j'ai présenté votre profil à mon client, la Maison \
Aubriac, et sa directrice générale, Mme Hélène Castagné, souhaite vous rencontrer pour le \
poste d'assistante de direction et office manager de leur siège parisien.

Le rendez-vous est fixé au lundi 7 septembre à 15h00, 27 rue du Faubourg-Saint-Honoré, \
75008 Paris (accueil du 3e étage). L'entretien durera environ une heure, en français avec une \
partie en anglais.

Je vous appelle vendredi pour le préparer ensemble. Pensez à apporter deux exemplaires de \
votre CV.

Très belle journée,

Bérénice Fauvel
Associée – Talentis Executive Search
62 rue de Miromesnil, 75008 Paris
+33 1 42 68 90 14 – +33 6 71 23 48 55
"""

CLEARWATER_UPDATE = """Dear Élodie,

A quick update to your interview details: we will now meet at 14:15 rather than 13:30 on \
Tuesday 10 March, and in the ground-floor meeting room of Bermondsey Works (ask for \
Clearwater at the main desk) instead of our own office, which is being repainted that week.

Everything else stays the same. The calendar invitation has been updated.

With best wishes,
Hannah
"""

GRUND_INVITE = """Bonjour Madame Vandamme-Reyes,

Nous avons bien étudié votre candidature et serions heureux de vous recevoir pour un entretien \
avec M. Paul Schmit, directeur général, et moi-même.

Seriez-vous disponible le mardi 4 août à 10h30 à l'hôtel (9, montée de Clausen, \
L-1343 Luxembourg) ? L'entretien se déroulera en français et en partie en anglais ; quelques \
mots de luxembourgeois ne sont pas exigés mais seront appréciés.

Je vous remercie de me confirmer votre disponibilité.

Meilleures salutations,

Claire Hoffmann
Responsable des Ressources humaines
Hôtel Grund Palace
9, montée de Clausen - L-1343 Luxembourg
Tél. +352 47 11 83 20
"""

QLBC_INVITE = """Bonjour Élodie,

Merci pour votre candidature au poste d'Office Manager du Quartier Léopold Business Center. \
J'aimerais faire un premier point téléphonique avec vous (20 minutes environ) pour parler de \
votre expérience et du poste.

Seriez-vous disponible jeudi 3 septembre à 14h ? Je vous appellerai au numéro indiqué sur \
votre CV.

Belle journée,

Yasmina El Amrani
Talent & Workplace Manager
Quartier Léopold Business Center
Rue Montoyer 39 – 1000 Bruxelles
"""

QLBC_CONFIRM = """Bonjour Yasmina,

Jeudi à 14h me convient très bien, merci. Vous pouvez me joindre au +32 470 55 18 92.

Bien à vous,
Élodie Vandamme-Reyes
"""

GRUND_CONFIRM = """Bonjour Madame Hoffmann,

Je vous remercie pour votre message. Je confirme avec plaisir ma présence le mardi 4 août à \
10h30.

Bien cordialement,
Élodie Vandamme-Reyes
"""

MOREELS_CONFIRM = """Bonjour Grégory,

C'est noté, je serai à Herstal mercredi à 14h. Merci beaucoup !

Élodie
"""

# ------------------------------------------------------------------ interview invitations

INVITATIONS = [
    dict(
        id="delvaux_invite", kind="interview_invitation", slug="law_firm_outlook_meeting_request",
        lang="fr", company="Delvaux & Sterckx", contact=AURELIE[1],
        frm=AURELIE, date="2026-01-20 10:14", parent="delvaux_ack",
        subject="Entretien – Office Manager – Delvaux & Sterckx",
        headers=[*OUTLOOK, ("Thread-Topic", "Entretien - Office Manager"),
                 ("Content-Language", "fr-BE")],
        text=DELVAUX_INVITE, html=outlook_html(paras(DELVAUX_INVITE), "fr"),
        ics=dict(uid="040000008200E00074C5B7101A82E00800000000D0A1C4E3B2@delvaux-sterckx",
                 sequence=0, start="2026-01-27 10:00", minutes=60,
                 summary="Entretien Office Manager – Élodie Vandamme-Reyes",
                 location="Delvaux & Sterckx, avenue Louise 231, 1050 Ixelles (2e étage)",
                 organizer=AURELIE),
    ),
    dict(
        id="lumiq_invite", kind="interview_invitation", slug="greenhouse_scheduling_link",
        lang="en", company="Lumiq Analytics", contact=SANNE[1],
        frm=("Sanne Dekker via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=SANNE,
        date="2026-02-09 14:37", tz="UTC", parent="lumiq_ack",
        subject="Lumiq Analytics: pick a time for your first conversation",
        headers=[("Auto-Submitted", "auto-generated"),
                 ("X-Greenhouse-Type", "candidate_scheduling")],
        text="""Hi Élodie,

Thanks again for applying for the Office Manager role in our Amsterdam office. I'd love to set \
up a first 30-minute video call so we can get to know each other and I can walk you through \
the team.

Please choose a slot that suits you here:
https://app.greenhouse.io/scheduling/lumiq/8f31c2a7-4d0e-4b7f-a6f1/select

The call will take place on Google Meet; the link will be in the calendar confirmation once \
you've picked a time.

Speak soon,
Sanne Dekker
Talent Partner, Lumiq Analytics
Keizersgracht 312, 1016 EZ Amsterdam
""",
        html=html_doc(
            "<p>Hi Élodie,</p>\n<p>Thanks again for applying for the Office Manager role in our "
            "Amsterdam office. I'd love to set up a first 30-minute video call so we can get to "
            "know each other and I can walk you through the team.</p>\n"
            '<p><a href="https://app.greenhouse.io/scheduling/lumiq/8f31c2a7-4d0e-4b7f-a6f1/'
            'select">Choose a time</a></p>\n'
            "<p>The call will take place on Google Meet; the link will be in the calendar "
            "confirmation once you've picked a time.</p>\n"
            "<p>Speak soon,<br>Sanne Dekker<br>Talent Partner, Lumiq Analytics<br>"
            "Keizersgracht 312, 1016 EZ Amsterdam</p>", "en"),
    ),
    dict(
        id="rheinwerk_invite", kind="interview_invitation", slug="messe_invite_ics_attachment",
        lang="de", company="Rheinwerk Messe Service", contact=JANA[1],
        frm=JANA, date="2026-03-09 11:02", parent="rheinwerk_ack",
        subject="Einladung zum Vorstellungsgespräch: Office Managerin (m/w/d)",
        subject_enc=("iso-8859-1", "Q"), to_enc=("iso-8859-1", "Q"),
        charset="iso-8859-1", cte="qp", headers=[*OUTLOOK],
        text="""Sehr geehrte Frau Vandamme-Reyes,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Rheinwerk Messe Service GmbH. Ihre \
Unterlagen haben uns überzeugt, und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:

Dienstag, 17. März 2026, 10:00 Uhr
Rheinwerk Messe Service GmbH, Deutz-Mülheimer Straße 51, 50679 Köln
Gesprächspartner: Herr Frank Oberländer (Geschäftsführer) und ich

Die Termineinladung finden Sie im Anhang. Bitte bestätigen Sie uns den Termin kurz per \
E-Mail. Ihre Fahrtkosten erstatten wir selbstverständlich.

Mit freundlichen Grüßen

Jana Hoffmeister
Personalreferentin
Rheinwerk Messe Service GmbH
Deutz-Mülheimer Straße 51 · 50679 Köln
Tel. +49 221 9584 2210

Geschäftsführer: Frank Oberländer · Amtsgericht Köln HRB 48213
""",
        ics_mode="attach",
        ics=dict(uid="rw-2026-0317-vandamme@rheinwerk-messe.example.de", sequence=0,
                 start="2026-03-17 10:00", minutes=60, tzid="Europe/Berlin",
                 summary="Vorstellungsgespräch Frau Vandamme-Reyes",
                 location="Deutz-Mülheimer Straße 51, 50679 Köln", organizer=JANA,
                 filename="Vorstellungsgespraech.ics"),
    ),
    dict(
        id="alcarria_invite", kind="interview_invitation", slug="hotel_group_phone_screen",
        lang="es", company="Grupo Alcarria Hoteles", contact=LUCIA[1],
        frm=LUCIA, date="2026-04-14 12:48", parent="alcarria_ack",
        subject="Tu candidatura para Office Manager – Grupo Alcarria Hoteles",
        subject_enc=("utf-8", "B"), cte="8bit",
        text=ALCARRIA_CALL,
    ),
    dict(
        id="moreels_invite", kind="interview_invitation", slug="agency_sets_client_interview",
        lang="fr", company="Chocolaterie Moreels", contact=GREGORY[1],
        frm=GREGORY, date="2026-01-15 16:21", parent="horizon_registration",
        subject="Entretien chez Chocolaterie Moreels – mercredi 21/01 à 14h",
        subject_mixed=True, text=MOREELS_INVITE,
    ),
    dict(
        id="kessler_invite", kind="interview_invitation", slug="fund_services_panel_request",
        lang="en", company="Kessler Fund Services", contact=ANOUK[1],
        frm=ANOUK, date="2026-05-04 09:30",
        subject="Interview invitation: Office Manager – Kessler Fund Services",
        subject_mixed=True, headers=[*OUTLOOK, ("Thread-Topic", "Interview invitation")],
        text=KESSLER_INVITE, html=outlook_html(paras(KESSLER_INVITE), "en"),
        ics=dict(uid="040000008200E00074C5B7101A82E0080000000077F3KESSLER2026", sequence=0,
                 start="2026-05-12 14:00", minutes=75, tzid="Europe/Luxembourg",
                 summary="Panel interview – Office Manager (É. Vandamme-Reyes)",
                 location="Kessler Fund Services, 12 rue Eugène Ruppert, 4th floor",
                 organizer=ANOUK,
                 attendees=[CAND, ("Mark Feltgen", "mark.feltgen@kessler-fs.example.lu"),
                            ("Carla Reuter", "carla.reuter@kessler-fs.example.lu")]),
    ),
    dict(
        id="sablon_trial", kind="interview_invitation", slug="hotel_trial_day_latin1",
        lang="fr", company="Hôtel Le Sablon Royal", contact=NADIA[1],
        frm=NADIA, date="2026-06-02 15:44",
        subject="Journée d'essai - Hôtel Le Sablon Royal",
        subject_enc=("iso-8859-1", "B"), frm_enc=("iso-8859-1", "Q"),
        charset="iso-8859-1", cte="qp", text=SABLON_TRIAL,
    ),
    dict(
        id="harcourt_screen", kind="interview_invitation", slug="law_firm_phone_screen_ask",
        lang="en", company="Harcourt Pryce", contact="priya.raman@harcourtpryce.example.co.uk",
        frm=PRIYA, date="2026-07-01 09:12", tz="UK", parent="harcourt_ack",
        subject="Executive Assistant, Managing Partner's office: a short call?",
        headers=[*OUTLOOK], text=HARCOURT_SCREEN,
        html=outlook_html(paras(HARCOURT_SCREEN), "en"), html_cte="qp",
    ),
    dict(
        id="torrealba_invite", kind="interview_invitation", slug="law_firm_phone_interview_ics",
        lang="es", company="Torrealba Abogados", contact=ALVARO[1],
        frm=ALVARO, date="2026-09-02 13:05",
        subject="Entrevista telefónica – Asistente de Dirección (Torrealba Abogados)",
        headers=[*OUTLOOK], text=TORREALBA_INVITE,
        html=outlook_html(paras(TORREALBA_INVITE), "es"),
        ics=dict(uid="040000008200E00074C5B7101A82E00800000000TORREALBA0908", sequence=0,
                 start="2026-09-08 10:00", minutes=30, tzid="Europe/Madrid",
                 summary="Entrevista telefónica – Élodie Vandamme-Reyes",
                 location="Llamada al móvil de la candidata", organizer=ALVARO),
    ),
    dict(
        id="espa_assessment", kind="interview_invitation", slug="eu_agency_assessment_centre",
        lang="en", company="European Skills Partnership Agency", contact="",
        frm=("ESPA Selection", "espa-selection@successfactors.eu"),
        date="2026-03-18 16:00", tz="UTC", parent="espa_ack",
        subject="Invitation to the assessment centre – Office Coordinator (ESPA/2026/CA/04)",
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        text="""Dear Candidate,

Following the evaluation of your written test, we are pleased to invite you to the assessment \
centre for selection procedure ESPA/2026/CA/04 - Office Coordinator (Contract Agent, FG III).

Date: Wednesday 1 April 2026
Time: 08:45 - 16:30 (arrival from 08:30)
Place: European Skills Partnership Agency, Avenue d'Auderghem 45, 1040 Brussels

The day consists of a structured interview with the selection board, a group exercise and an \
in-tray exercise in English and French. Practical information and the list of documents to \
bring are in the attached PDF.

Please confirm your participation through your candidate account before 25 March 2026:
https://career5.successfactors.eu/career?company=espa&career_job_req_id=1184

For any question, write to selection@espa.example.eu, quoting the reference of the procedure.

Yours sincerely,

The Selection Team
European Skills Partnership Agency

This message was sent from an unmonitored mailbox. Please do not reply to it.
""",
        html=ats_card(
            "en", "European Skills Partnership Agency", "#003399",
            "Invitation to the assessment centre",
            "<p>Dear Candidate,</p>\n<p>Following the evaluation of your written test, we are "
            "pleased to invite you to the assessment centre for selection procedure "
            "<b>ESPA/2026/CA/04 - Office Coordinator</b> (Contract Agent, FG III).</p>\n"
            "<table><tr><td><b>Date</b></td><td>Wednesday 1 April 2026</td></tr>"
            "<tr><td><b>Time</b></td><td>08:45 - 16:30 (arrival from 08:30)</td></tr>"
            "<tr><td><b>Place</b></td><td>Avenue d'Auderghem 45, 1040 Brussels</td></tr>"
            "</table>\n<p>The day consists of a structured interview with the selection board, "
            "a group exercise and an in-tray exercise in English and French. Practical "
            "information is in the attached PDF.</p>\n<p>Please confirm your participation "
            "before 25 March 2026. For any question, write to selection@espa.example.eu.</p>\n"
            "<p>Yours sincerely,<br>The Selection Team</p>",
            "This message was sent from an unmonitored mailbox. Please do not reply to it.",
            ("Confirm participation",
             "https://career5.successfactors.eu/career?company=espa&career_job_req_id=1184")),
        pdfs=[dict(filename="ESPA_2026_CA_04_assessment_centre_practical_information.pdf",
                   title="ESPA/2026/CA/04 - Assessment centre: practical information",
                   lines=["Date: Wednesday 1 April 2026, 08:45 - 16:30",
                          "Place: Avenue d'Auderghem 45, 1040 Brussels (entrance B)",
                          "Bring: identity card or passport, original diplomas, this letter.",
                          "Programme: structured interview (40 min), group exercise (60 min),",
                          "in-tray exercise (90 min). Lunch is provided.",
                          "Travel costs are reimbursed for candidates living over 50 km away."])],
    ),
    dict(
        id="aubriac_invite", kind="interview_invitation", slug="headhunter_client_meeting",
        lang="fr", company="Maison Aubriac", contact=BERENICE[1],
        frm=BERENICE, date="2026-09-01 10:26", parent="talentis_yes",
        subject="Maison Aubriac souhaite vous rencontrer",
        headers=GMAIL_UA, text=AUBRIAC_INVITE, cte="b64",
    ),
    dict(
        id="datenhafen_invite", kind="interview_invitation", slug="softgarden_self_scheduling",
        lang="de", company="Datenhafen", contact=LEA[1],
        frm=("Datenhafen GmbH via softgarden", "noreply@softgarden.io"), reply_to=LEA,
        date="2026-05-06 08:15", tz="UTC", parent="datenhafen_ack",
        subject="Ihre Bewerbung bei Datenhafen: Terminauswahl für ein Kennenlerngespräch",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hallo Frau Vandamme-Reyes,

vielen Dank für Ihre Bewerbung als Office & Team Assistant (m/w/d) bei Datenhafen. Wir würden \
Sie gern in einem ersten Video-Gespräch über Microsoft Teams kennenlernen (ca. 45 Minuten).

Bitte wählen Sie über den folgenden Link einen passenden Termin aus:
https://datenhafen.softgarden.io/interview/select/5c8e1f20-93aa-4b71

Nach Ihrer Auswahl erhalten Sie automatisch eine Kalendereinladung mit dem Teams-Link.

Bei Fragen antworten Sie einfach auf diese E-Mail.

Viele Grüße
Lea Wittkamp
People & Culture
Datenhafen GmbH · Im Mediapark 8 · 50670 Köln
""",
        html=ats_card(
            "de", "Datenhafen", "#0b7a75", "Terminauswahl für Ihr Kennenlerngespräch",
            "<p>Hallo Frau Vandamme-Reyes,</p>\n<p>vielen Dank für Ihre Bewerbung als "
            "Office &amp; Team Assistant (m/w/d) bei Datenhafen. Wir würden Sie gern in einem "
            "ersten Video-Gespräch über Microsoft Teams kennenlernen (ca. 45 Minuten).</p>\n"
            "<p>Nach Ihrer Auswahl erhalten Sie automatisch eine Kalendereinladung mit dem "
            "Teams-Link. Bei Fragen antworten Sie einfach auf diese E-Mail.</p>\n"
            "<p>Viele Grüße<br>Lea Wittkamp<br>People &amp; Culture</p>",
            "Datenhafen GmbH · Im Mediapark 8 · 50670 Köln · versendet mit softgarden",
            ("Termin auswählen",
             "https://datenhafen.softgarden.io/interview/select/5c8e1f20-93aa-4b71")),
    ),
    dict(
        id="nubalia_invite", kind="interview_invitation", slug="workable_video_interview",
        lang="es", company="Nubalia Software", contact=IRENE[1],
        frm=("Nubalia Software", "noreply@candidates.workablemail.com"), reply_to=IRENE,
        date="2026-07-13 10:02", tz="UTC", parent="nubalia_ack",
        subject="Entrevista con Nubalia Software – Office Manager",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hola Élodie:

¡Gracias por tu interés en Nubalia! Irene Saldaña, People Lead, quiere hablar contigo sobre \
el puesto de Office Manager en nuestra oficina de Madrid.

Entrevista por videollamada (Google Meet), 45 minutos
Jueves 23 de julio de 2026, 16:00 (hora de Madrid)

Puedes aceptar la invitación o proponer otra hora desde este enlace:
https://apply.workable.com/nubalia/j/4A7C91E2D0/interview

Si tienes cualquier pregunta, responde directamente a este correo y le llegará a Irene.

Un saludo,
El equipo de Nubalia Software

Enviado con Workable
""",
        html=ats_card(
            "es", "Nubalia Software", "#6d28d9", "Entrevista: Office Manager",
            "<p>Hola Élodie:</p>\n<p>¡Gracias por tu interés en Nubalia! Irene Saldaña, People "
            "Lead, quiere hablar contigo sobre el puesto de Office Manager en nuestra oficina "
            "de Madrid.</p>\n<p><b>Videollamada (Google Meet), 45 minutos</b><br>Jueves 23 de "
            "julio de 2026, 16:00 (hora de Madrid)</p>\n<p>Si tienes cualquier pregunta, "
            "responde directamente a este correo y le llegará a Irene.</p>\n"
            "<p>Un saludo,<br>El equipo de Nubalia Software</p>",
            "Enviado con Workable",
            ("Aceptar o proponer otra hora",
             "https://apply.workable.com/nubalia/j/4A7C91E2D0/interview")),
        html_cte="b64", ics_mode="attach",
        ics=dict(uid="wk-int-4A7C91E2D0-88213@workable", sequence=0, start="2026-07-23 16:00",
                 minutes=45, tzid="Europe/Madrid", prodid="-//Workable//Interviews//EN",
                 summary="Entrevista Nubalia Software – Office Manager",
                 location="Google Meet", organizer=IRENE, filename="invite.ics"),
    ),
    dict(
        id="pixelpont_invite", kind="interview_invitation", slug="lever_onsite_invite",
        lang="en", company="Pixelpont", contact=JOREN[1],
        frm=("Joren Peeters (Pixelpont)", "no-reply@hire.lever.co"), reply_to=JOREN,
        date="2026-03-30 17:12", parent="pixelpont_ack",
        subject="Pixelpont <> Élodie: interview for Office & People Coordinator",
        subject_enc=("utf-8", "Q"),
        text="""Hi Élodie,

Great to hear from you, and thanks for applying to Pixelpont! The team enjoyed your cover \
letter (the bit about running a reception desk in three languages got a few smiles).

We'd like to invite you to an in-person interview at our studio on Thursday 9 April at 15:00. \
You'll meet me and Ines Vercauteren, our COO. Expect about an hour, including a short tour.

Address: Quai au Foin 19, 1000 Brussels – ring "Pixelpont", 3rd floor.

Could you reply to confirm the slot works for you?

Cheers,
Joren
People Ops @ Pixelpont
""",
    ),
    dict(
        id="horizons_invite", kind="interview_invitation", slug="ngo_interview_with_exercise",
        lang="fr", company="Horizons Partagés", contact=SOPHIE[1],
        frm=SOPHIE, date="2026-05-26 11:40", parent="horizons_ack",
        subject="Invitation à un entretien – Assistant·e de coordination",
        subject_enc=("utf-8", "B"),
        text="""Chère Élodie,

Merci pour votre candidature au poste d'assistant·e de coordination et office manager. Le \
comité de sélection a retenu votre dossier et souhaite vous rencontrer.

Nous vous proposons un entretien le mercredi 3 juin à 10h00 dans nos locaux, rue Haute 152 à \
1000 Bruxelles (sonnette « Horizons Partagés », 1er étage, pas d'ascenseur). L'entretien \
durera environ 45 minutes et sera suivi d'un petit exercice pratique (rédaction d'un courriel \
et organisation d'un agenda).

Merci de confirmer votre présence en acceptant l'invitation jointe.

Bien cordialement,

Sophie Claessens
Coordinatrice administrative et financière
Horizons Partagés asbl
Rue Haute 152 – 1000 Bruxelles
02 503 44 19 – www.horizonspartages.example.org
""",
        ics=dict(uid="hp-entretien-20260603-evr@horizonspartages.example.org", sequence=0,
                 start="2026-06-03 10:00", minutes=75, prodid="-//Google Inc//Google Calendar//EN",
                 summary="Entretien – assistant·e de coordination (É. Vandamme-Reyes)",
                 location="Horizons Partagés, rue Haute 152, 1000 Bruxelles",
                 organizer=SOPHIE),
    ),
    dict(
        id="sorel_chat", kind="interview_invitation", slug="design_studio_casual_thursday",
        lang="fr", company="Atelier Sorel", contact=CAPUCINE[1],
        frm=CAPUCINE, date="2026-02-10 19:03", subject="Ton CV (via Léa) – tu es libre jeudi ?",
        cte="8bit", headers=GMAIL_UA,
        text="""Hello Élodie,

Léa m'a transmis ton CV, merci ! On cherche justement quelqu'un pour tenir l'atelier côté \
admin : accueil des clients, agenda, commandes, un peu de compta fournisseurs. Bref, la \
personne sans qui rien ne tourne.

Tu serais libre jeudi en fin de journée pour qu'on en parle ? On peut se voir à l'atelier (au \
fond de la cour) ou faire un appel si tu es encore à Bruxelles. Dis-moi ce qui t'arrange.

À bientôt,
Capucine

--
Capucine Sorel
Atelier Sorel – design d'espace
47 rue de Charonne, 75011 Paris
06 12 84 37 90
""",
    ),
    dict(
        id="grund_invite", kind="interview_invitation", slug="luxembourg_hotel_invite_8bit",
        lang="fr", company="Hôtel Grund Palace", contact=CLAIRE[1],
        frm=CLAIRE, date="2026-07-28 14:10", parent="grund_ack",
        subject="Votre candidature - Assistante de direction (Hôtel Grund Palace)",
        subject_enc=("iso-8859-1", "Q"), subject_mixed=True,
        charset="iso-8859-1", cte="8bit", text=GRUND_INVITE,
        html=outlook_html(paras(GRUND_INVITE), "fr", "iso-8859-1"), html_charset="iso-8859-1",
        html_cte="qp", headers=[*OUTLOOK],
    ),
    dict(
        id="qlbc_invite", kind="interview_invitation", slug="business_center_phone_screen",
        lang="fr", company="Quartier Léopold Business Center", contact=YASMINA[1],
        frm=YASMINA, date="2026-08-31 09:48",
        subject="Votre candidature – Office Manager – QLBC", text=QLBC_INVITE,
    ),
    dict(
        id="clearwater_invite", kind="interview_invitation", slug="charity_panel_presentation",
        lang="en", company="Clearwater Relief Trust", contact=HANNAH[1],
        frm=HANNAH, date="2026-03-02 12:20", tz="UK",
        subject="Clearwater Relief Trust – interview for Office and Operations Manager",
        subject_enc=("utf-8", "Q"), subject_mixed=True,
        text="""Dear Élodie,

Thank you for applying for the post of Office and Operations Manager. I am pleased to let you \
know that the shortlisting panel would like to invite you to interview.

The interview will take place on Tuesday 10 March 2026 at 13:30 (UK time) at our office, \
Unit 4, Bermondsey Works, 210 Long Lane, London SE1 4QB. It will last around 50 minutes with \
a panel of three: our Director of Operations, a trustee and myself. You will be asked to give \
a 5-minute presentation on how you would organise the move of our office to a shared \
building.

If you need any adjustments to take part, please let me know. We can reimburse reasonable \
travel costs from Brussels (standard Eurostar fare).

With best wishes,

Hannah Okafor
People and Governance Officer
Clearwater Relief Trust
Registered charity no. 1187342
""",
        ics=dict(uid="cw-ops-mgr-interview-0310-evr@clearwatertrust.example.org.uk",
                 sequence=0, start="2026-03-10 13:30", minutes=50, tzid="Europe/London",
                 summary="Interview: Office and Operations Manager – Élodie Vandamme-Reyes",
                 location="Unit 4, Bermondsey Works, 210 Long Lane, London SE1 4QB",
                 organizer=HANNAH),
    ),
    dict(
        id="tulipshift_invite", kind="interview_invitation", slug="ashby_self_schedule",
        lang="en", company="Tulipshift", contact=FEMKE[1],
        frm=("Tulipshift Recruiting", "no-reply@ashbyhq.com"), reply_to=FEMKE,
        date="2026-09-21 13:55", tz="UTC", parent="tulipshift_ack",
        subject="Schedule your interview with Tulipshift",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Élodie,

Thanks for your interest in the Executive Assistant to the CEO role at Tulipshift! We'd like \
to move you forward to a first interview with Femke Bos, our Head of Operations.

Please use the link below to pick a 45-minute slot that works for you. Times are shown in \
your local time zone.

Schedule interview: https://jobs.ashbyhq.com/tulipshift/interview/3f0b6d2e-1a77-4e8b-9c52

Interviews take place over Zoom; you'll receive a calendar invite with the link once you book.

Best,
The Tulipshift Talent Team

Powered by Ashby
""",
        html=ats_card(
            "en", "Tulipshift", "#e11d48", "Schedule your interview",
            "<p>Hi Élodie,</p>\n<p>Thanks for your interest in the <b>Executive Assistant to "
            "the CEO</b> role at Tulipshift! We'd like to move you forward to a first interview "
            "with Femke Bos, our Head of Operations.</p>\n<p>Pick a 45-minute slot that works "
            "for you. Interviews take place over Zoom; you'll receive a calendar invite with "
            "the link once you book.</p>\n<p>Best,<br>The Tulipshift Talent Team</p>",
            "Powered by Ashby",
            ("Schedule interview",
             "https://jobs.ashbyhq.com/tulipshift/interview/3f0b6d2e-1a77-4e8b-9c52")),
    ),
    dict(
        id="falkenrath_invite", kind="interview_invitation", slug="kanzlei_invite_latin1_qp",
        lang="de", company="Falkenrath Wendt", contact=SABINE[1],
        frm=SABINE, date="2026-02-23 16:33",
        subject="Ihre Bewerbung als Assistenz der Kanzleileitung",
        charset="iso-8859-1", cte="qp", frm_enc=("iso-8859-1", "B"),
        text="""Sehr geehrte Frau Vandamme-Reyes,

haben Sie vielen Dank für Ihre Bewerbung. Frau Dr. Falkenrath möchte Sie gerne zu einem \
persönlichen Gespräch in unsere Kanzlei einladen.

Als Termin schlagen wir Montag, den 2. März 2026, um 15:30 Uhr vor. Unsere Kanzlei finden Sie \
am Kaiser-Wilhelm-Ring 22, 50672 Köln, 4. Obergeschoss.

Bitte teilen Sie uns mit, ob Ihnen dieser Termin zusagt.

Mit freundlichen Grüßen

Sabine Krämer
Büroleitung
Falkenrath Wendt Rechtsanwälte PartG mbB
Kaiser-Wilhelm-Ring 22 · 50672 Köln
Telefon 0221 277 35 40 · Telefax 0221 277 35 49

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht \
der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese \
E-Mail.
""",
    ),
    dict(
        id="personalwerk_client", kind="interview_invitation", slug="agency_named_client_koeln",
        lang="de", company="Rheinauhafen Coworking", contact=MURAT[1],
        frm=MURAT, date="2026-02-11 13:17", parent="personalwerk_registration",
        subject="Vorstellungstermin bei Rheinauhafen Coworking am Dienstag",
        text="""Hallo Frau Vandamme-Reyes,

wie telefonisch besprochen, habe ich Ihr Profil an unseren Kunden Rheinauhafen Coworking \
weitergegeben – und man möchte Sie kennenlernen! Es geht um die Stelle als Community & Office \
Managerin (Vollzeit, Übernahme nach sechs Monaten geplant).

Termin: Dienstag, 17. Februar, 9:30 Uhr
Ort: Rheinauhafen Coworking, Agrippinawerft 30, 50678 Köln, Empfang im Erdgeschoss
Ansprechpartnerin: Frau Katrin Hesse, Standortleitung

Bitte seien Sie etwa zehn Minuten vorher da. Rufen Sie mich nach dem Gespräch kurz an, dann \
besprechen wir alles Weitere.

Viele Grüße aus Ehrenfeld
Murat Yilmaz
Personalberater
Personalwerk Köln GmbH
Venloer Straße 241 · 50823 Köln
Mobil 0176 4418 2290
""",
    ),
    dict(
        id="adecuo_client", kind="interview_invitation", slug="agency_family_winery_client",
        lang="es", company="Bodegas Heredia Vela", contact=CARMEN[1],
        frm=CARMEN, date="2026-05-19 17:02", parent="adecuo_registration",
        subject="Entrevista con Bodegas Heredia Vela - lunes 25 de mayo",
        subject_enc=("iso-8859-1", "Q"), subject_mixed=True,
        text="""Hola, Élodie:

¡Buenas noticias! Nuestro cliente, Bodegas Heredia Vela, quiere conocerte para el puesto de \
secretaria de dirección bilingüe en sus oficinas de Madrid. Es una empresa familiar con \
viñedos en La Rioja que exporta a Bélgica y Francia, así que tu francés les ha encantado.

Te esperan el lunes 25 de mayo a las 11:00 en la calle de Velázquez 86, 3.º izquierda. Te \
recibirá Rocío Heredia, directora general. La entrevista será en castellano y una parte en \
francés.

Confírmame, por favor, que puedes ir. Después de la entrevista llámame y me cuentas.

Un abrazo,

Carmen Ruiz Olmedo
Consultora de selección
Adecuo Talento
Calle de Orense 34, 28020 Madrid
+34 910 55 72 31 · +34 655 20 41 87
""",
        html=html_doc(paras("""Hola, Élodie:

¡Buenas noticias! Nuestro cliente, Bodegas Heredia Vela, quiere conocerte para el puesto de \
secretaria de dirección bilingüe en sus oficinas de Madrid. Es una empresa familiar con \
viñedos en La Rioja que exporta a Bélgica y Francia, así que tu francés les ha encantado.

Te esperan el lunes 25 de mayo a las 11:00 en la calle de Velázquez 86, 3.º izquierda. Te \
recibirá Rocío Heredia, directora general. La entrevista será en castellano y una parte en \
francés.

Confírmame, por favor, que puedes ir. Después de la entrevista llámame y me cuentas.

Un abrazo,

Carmen Ruiz Olmedo
Consultora de selección
Adecuo Talento
Calle de Orense 34, 28020 Madrid
+34 910 55 72 31 · +34 655 20 41 87"""), "es"),
    ),
    dict(
        id="nordlys_video", kind="interview_invitation", slug="taleo_async_video_html_only",
        lang="fr", company="Nordlys Logistique", contact="",
        frm=("Nordlys Logistique - Recrutement", "nordlys@taleo.net"),
        date="2026-02-25 07:30", tz="UTC", parent="nordlys_ack",
        subject="Nordlys Logistique : invitation à un entretien vidéo différé",
        subject_enc=("iso-8859-1", "Q"),
        headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
        charset="iso-8859-1",
        html=ats_card(
            "fr", "Nordlys Logistique", "#0f4c81", "Entretien vidéo différé",
            "<p>Madame Vandamme-Reyes,</p>\n<p>Nous vous remercions de l'intérêt que vous "
            "portez à Nordlys Logistique et à notre offre « Assistante de direction - site de "
            "Lesquin » (réf. NL-2026-0117).</p>\n<p>Afin de poursuivre le processus, nous vous "
            "invitons à passer un entretien vidéo différé : vous répondrez en ligne, quand vous "
            "le souhaitez d'ici le 4 mars 2026, à cinq questions enregistrées par notre "
            "équipe. Comptez environ 20 minutes ; vous disposerez d'une minute de réflexion et "
            "de trois minutes de réponse par question.</p>\n<p>Un membre de l'équipe RH "
            "visionnera vos réponses et reviendra vers vous pour la suite.</p>\n"
            "<p>Cordialement,<br>Le service Recrutement<br>Nordlys Logistique<br>Parc "
            "d'activités du Mélantois - 59810 Lesquin</p>",
            "Ce courriel est envoyé automatiquement, merci de ne pas y répondre.",
            ("Commencer mon entretien",
             "https://nordlys.taleo.net/careersection/video/interview?token=Q7XK2M"),
            "iso-8859-1"),
        html_cte="qp",
    ),
    dict(
        id="quillfield_chat", kind="interview_invitation", slug="startup_coo_free_thursday",
        lang="en", company="Quillfield", contact=TOM[1],
        frm=TOM, date="2026-08-12 18:41", tz="UK",
        subject="Office manager role - chat Thursday?",
        text="""Hi Élodie,

Tom here, COO at Quillfield. Your CV came through our careers page and I liked what I saw, \
especially the hotel front-desk years: we need someone who stays calm when three couriers and \
a board member arrive at once.

Are you free Thursday to chat? Anything between 2 and 5pm UK time works for me, 30 minutes \
on Google Meet. Just reply with a time and I'll send a link.

Cheers,
Tom

Tom Ashdown | COO | Quillfield
2nd floor, 17 Leonard Street, London EC2A 4AQ
""",
    ),
    dict(
        id="verbruggen_invite", kind="interview_invitation", slug="consultancy_phone_interview",
        lang="fr", company="Verbruggen Consulting", contact=KAREN[1],
        frm=KAREN, date="2026-10-02 10:05", parent="verbruggen_ack",
        subject="Entretien téléphonique : Assistante de direction",
        subject_enc=("iso-8859-1", "Q"), subject_mixed=True,
        charset="windows-1252", cte="qp", headers=[*OUTLOOK],
        text="""Bonjour Madame Vandamme-Reyes,

Je fais suite à votre candidature pour le poste d'assistante de direction chez Verbruggen \
Consulting. J'aimerais en discuter avec vous lors d'un entretien téléphonique d'une \
demi-heure.

Je vous propose le mercredi 7 octobre à 11h00. Je vous appellerai au +32 470 55 18 92 ; \
merci de me prévenir si un autre numéro est préférable.

Bien à vous,

Karen De Smet
Office & HR Coordinator
Verbruggen Consulting
Rue du Trône 98, 1050 Bruxelles
+32 2 669 12 04
""",
        ics=dict(uid="040000008200E00074C5B7101A82E00800000000VERBRUGGEN1007", sequence=0,
                 start="2026-10-07 11:00", minutes=30,
                 summary="Entretien téléphonique – É. Vandamme-Reyes",
                 location="Téléphone (+32 470 55 18 92)", organizer=KAREN),
    ),
]

# ------------------------------------------------------------------ reschedules / cancellations

RESCHEDULES = [
    dict(
        id="delvaux_move", kind="interview_reschedule_or_cancel", slug="law_firm_sequence_bump",
        lang="fr", company="Delvaux & Sterckx", contact=AURELIE[1],
        frm=AURELIE, date="2026-01-23 16:02", parent="delvaux_invite",
        subject="Mis à jour : Entretien – Office Manager – Delvaux & Sterckx",
        subject_enc=("utf-8", "B"), charset="windows-1252", cte="qp",
        headers=[*OUTLOOK, ("Thread-Topic", "Entretien - Office Manager")],
        text=DELVAUX_MOVE, html=outlook_html(paras(DELVAUX_MOVE), "fr", "windows-1252"),
        html_charset="windows-1252", html_cte="qp",
        ics=dict(uid="040000008200E00074C5B7101A82E00800000000D0A1C4E3B2@delvaux-sterckx",
                 sequence=1, start="2026-01-29 14:30", minutes=60,
                 summary="Entretien Office Manager – Élodie Vandamme-Reyes",
                 location="Delvaux & Sterckx, avenue Louise 231, 1050 Ixelles (2e étage)",
                 organizer=AURELIE),
    ),
    dict(
        id="rheinwerk_cancel", kind="interview_reschedule_or_cancel", slug="messe_method_cancel",
        lang="de", company="Rheinwerk Messe Service", contact=JANA[1],
        frm=JANA, date="2026-03-13 08:52", parent="rheinwerk_invite",
        subject="Abgesagt: Vorstellungsgespräch Office Managerin (m/w/d)",
        subject_enc=("utf-8", "Q"), subject_mixed=True, cte="b64", headers=[*OUTLOOK],
        text="""Sehr geehrte Frau Vandamme-Reyes,

leider muss ich unser Gespräch am kommenden Dienstag, 17. März, absagen: Herr Oberländer ist \
kurzfristig erkrankt und diese Woche nicht im Haus.

Ihre Bewerbung bleibt selbstverständlich im Verfahren. Sobald ich seinen Kalender wieder \
planen kann, melde ich mich mit einem neuen Terminvorschlag bei Ihnen.

Ich bitte um Ihr Verständnis.

Mit freundlichen Grüßen
Jana Hoffmeister
Personalreferentin · Rheinwerk Messe Service GmbH
Tel. +49 221 9584 2210
""",
        ics=dict(method="CANCEL", uid="rw-2026-0317-vandamme@rheinwerk-messe.example.de",
                 sequence=1, start="2026-03-17 10:00", minutes=60, tzid="Europe/Berlin",
                 summary="Abgesagt: Vorstellungsgespräch Frau Vandamme-Reyes",
                 location="Deutz-Mülheimer Straße 51, 50679 Köln", organizer=JANA),
    ),
    dict(
        id="rheinwerk_new_slot", kind="interview_reschedule_or_cancel", slug="messe_new_slot",
        lang="de", company="Rheinwerk Messe Service", contact=JANA[1],
        frm=JANA, date="2026-03-18 14:27", parent="rheinwerk_cancel",
        subject="Neuer Termin: Vorstellungsgespräch Office Managerin (m/w/d)",
        headers=[*OUTLOOK], text=RHEINWERK_NEW_SLOT, ics_mode="attach",
        ics=dict(uid="rw-2026-0317-vandamme@rheinwerk-messe.example.de", sequence=2,
                 start="2026-03-26 11:00", minutes=60, tzid="Europe/Berlin",
                 summary="Vorstellungsgespräch Frau Vandamme-Reyes (neuer Termin)",
                 location="Deutz-Mülheimer Straße 51, 50679 Köln", organizer=JANA,
                 filename="Vorstellungsgespraech_neu.ics"),
    ),
    dict(
        id="kessler_moved", kind="interview_reschedule_or_cancel", slug="panel_member_unwell",
        lang="en", company="Kessler Fund Services", contact=ANOUK[1],
        frm=ANOUK, date="2026-05-11 17:48", parent="kessler_invite",
        subject="Updated invitation: Office Manager interview – now Tuesday 19 May",
        headers=[*OUTLOOK, ("Importance", "high")],
        text="""Dear Ms Vandamme-Reyes,

I am sorry to write at such short notice: Mark Feltgen is unwell and will not be in the office \
tomorrow. Rather than hold the panel without him, we would like to move your interview by one \
week, to Tuesday 19 May at 14:00, same place and same format.

I have updated the calendar invitation accordingly. Please let me know if the new date does \
not work for you.

Apologies for the inconvenience, and thank you for your flexibility.

Kind regards,
Anouk Weiler
HR Business Partner | Kessler Fund Services
""",
        ics=dict(uid="040000008200E00074C5B7101A82E0080000000077F3KESSLER2026", sequence=1,
                 start="2026-05-19 14:00", minutes=75, tzid="Europe/Luxembourg",
                 summary="Panel interview – Office Manager (É. Vandamme-Reyes)",
                 location="Kessler Fund Services, 12 rue Eugène Ruppert, 4th floor",
                 organizer=ANOUK),
    ),
    dict(
        id="harcourt_moved", kind="interview_reschedule_or_cancel", slug="call_moved_on_request",
        lang="en", company="Harcourt Pryce", contact="priya.raman@harcourtpryce.example.co.uk",
        frm=PRIYA, date="2026-07-02 15:31", tz="UK", parent="harcourt_request",
        subject="RE: Executive Assistant, Managing Partner's office: a short call?",
        headers=[*OUTLOOK],
        text=reply("""Dear Élodie,

Not a problem at all. I've moved our call to Monday 6 July at 11:30 London time (12:30 in \
Brussels) and will ring you on +32 470 55 18 92.

Best wishes,
Priya
""", "en", "2026-07-02 08:05", CAND_NAME, CAND_ADDR, HARCOURT_REQUEST),
    ),
    dict(
        id="torrealba_new_slot", kind="interview_reschedule_or_cancel", slug="call_repeated",
        lang="es", company="Torrealba Abogados", contact=ALVARO[1],
        frm=ALVARO, date="2026-09-09 09:10", parent="torrealba_sorry",
        subject="RE: Llamada de esta mañana", headers=[*OUTLOOK],
        text=reply("""Hola de nuevo, Élodie:

No te preocupes, son cosas que pasan. Te propongo repetir la llamada el viernes 11 de \
septiembre a las 12:30. Te he actualizado la invitación en el calendario.

Saludos,
Álvaro
""", "es", "2026-09-08 19:44", CAND_NAME, CAND_ADDR, TORREALBA_SORRY + "\n" + wrote(
            "es", "2026-09-08 10:22", ALVARO[0], ALVARO[1]) + "\n" + quote(TORREALBA_MISSED)),
        ics=dict(uid="040000008200E00074C5B7101A82E00800000000TORREALBA0908", sequence=1,
                 start="2026-09-11 12:30", minutes=30, tzid="Europe/Madrid",
                 summary="Entrevista telefónica – Élodie Vandamme-Reyes",
                 location="Llamada al móvil de la candidata", organizer=ALVARO),
    ),
    dict(
        id="nubalia_cancel", kind="interview_reschedule_or_cancel", slug="budget_freeze_cancel",
        lang="es", company="Nubalia Software", contact=IRENE[1],
        frm=IRENE, date="2026-07-20 18:26", parent="nubalia_invite",
        subject="Entrevista del jueves 23 – cancelada", subject_enc=("utf-8", "B"),
        text="""Hola Élodie:

Te escribo para cancelar la entrevista que teníamos el jueves 23 a las 16:00. Estamos \
cerrando el presupuesto del segundo semestre y todavía no puedo confirmarte cómo quedará el \
equipo de la oficina.

No es una respuesta sobre tu candidatura: en cuanto tenga claridad, a finales de la semana que \
viene, te vuelvo a escribir para buscar otro hueco.

Perdona las molestias.

Irene Saldaña
People Lead · Nubalia Software
Calle de Méndez Álvaro 20, 28045 Madrid
""",
        ics=dict(method="CANCEL", uid="wk-int-4A7C91E2D0-88213@workable", sequence=1,
                 start="2026-07-23 16:00", minutes=45, tzid="Europe/Madrid",
                 prodid="-//Google Inc//Google Calendar 70.9054//EN",
                 summary="Entrevista Nubalia Software – Office Manager",
                 location="Google Meet", organizer=IRENE),
    ),
    dict(
        id="aubriac_moved", kind="interview_reschedule_or_cancel", slug="headhunter_client_moves",
        lang="fr", company="Maison Aubriac", contact=BERENICE[1],
        frm=BERENICE, date="2026-09-04 12:14", parent="aubriac_invite",
        subject="Changement d'horaire – rendez-vous Maison Aubriac", headers=GMAIL_UA,
        text="""Bonjour Élodie,

Petit changement : Mme Castagné doit se rendre à Milan lundi et m'a demandé de décaler votre \
rendez-vous au jeudi 10 septembre à 11h00. Le lieu reste le même, rue du Faubourg-Saint-Honoré.

Est-ce que ce nouveau créneau vous va ? Merci de me répondre dès que possible pour que je \
confirme de mon côté.

Belle fin de semaine,
Bérénice

Bérénice Fauvel – Talentis Executive Search
+33 6 71 23 48 55
""",
    ),
    dict(
        id="horizons_cancel", kind="interview_reschedule_or_cancel", slug="ngo_board_cancels",
        lang="fr", company="Horizons Partagés", contact=SOPHIE[1],
        frm=SOPHIE, date="2026-06-01 08:37", parent="horizons_invite",
        subject="Annulé : Entretien – Assistant·e de coordination (mercredi 3 juin)",
        text="""Chère Élodie,

Je suis au regret de devoir annuler notre entretien de mercredi. Notre conseil \
d'administration se réunit en urgence cette semaine au sujet du budget 2026-2027 et le comité \
de sélection ne peut pas siéger.

Nous reviendrons vers vous dès que nous y verrons plus clair. Merci de votre compréhension.

Bien cordialement,
Sophie Claessens
Horizons Partagés asbl
""",
        ics=dict(method="CANCEL", uid="hp-entretien-20260603-evr@horizonspartages.example.org",
                 sequence=1, start="2026-06-03 10:00", minutes=75,
                 prodid="-//Google Inc//Google Calendar//EN",
                 summary="Entretien – assistant·e de coordination (É. Vandamme-Reyes)",
                 location="Horizons Partagés, rue Haute 152, 1000 Bruxelles",
                 organizer=SOPHIE),
    ),
    dict(
        id="grund_moved", kind="interview_reschedule_or_cancel", slug="hotel_outlook_reply_moved",
        lang="fr", company="Hôtel Grund Palace", contact=CLAIRE[1],
        frm=CLAIRE, date="2026-08-03 17:20", parent="grund_confirm",
        subject="RE: Votre candidature - Assistante de direction (Hôtel Grund Palace)",
        subject_enc=("iso-8859-1", "B"), charset="windows-1252", cte="qp",
        headers=[*OUTLOOK],
        text=outlook_reply("""Bonjour Madame Vandamme-Reyes,

M. Schmit a dû modifier son agenda pour accueillir une délégation demain matin. Pourrions-nous \
déplacer notre entretien au mercredi 5 août, même heure (10h30) ? Si cela ne vous arrange pas, \
je peux aussi vous proposer jeudi 6 août à 15h00.

Avec toutes nos excuses,
Meilleures salutations,

Claire Hoffmann
Responsable des Ressources humaines – Hôtel Grund Palace
""", "fr", CAND_NAME, CAND_ADDR, "2026-07-28 21:03", f"{CLAIRE[0]} <{CLAIRE[1]}>",
            "RE: Votre candidature - Assistante de direction (Hôtel Grund Palace)",
            GRUND_CONFIRM),
        html=outlook_html(paras("""Bonjour Madame Vandamme-Reyes,

M. Schmit a dû modifier son agenda pour accueillir une délégation demain matin. Pourrions-nous \
déplacer notre entretien au mercredi 5 août, même heure (10h30) ? Si cela ne vous arrange pas, \
je peux aussi vous proposer jeudi 6 août à 15h00.

Avec toutes nos excuses,
Meilleures salutations,

Claire Hoffmann
Responsable des Ressources humaines – Hôtel Grund Palace""") + "\n" + outlook_quote_html(
            [f"De : {CAND_NAME} <{CAND_ADDR}>", "Envoyé : mardi 28 juillet 2026 21:03",
             f"À : {CLAIRE[0]} <{CLAIRE[1]}>",
             "Objet : RE: Votre candidature - Assistante de direction (Hôtel Grund Palace)"],
            paras(GRUND_CONFIRM)), "fr", "windows-1252"),
        html_charset="windows-1252", html_cte="qp",
    ),
    dict(
        id="qlbc_moved", kind="interview_reschedule_or_cancel", slug="call_pushed_two_hours",
        lang="fr", company="Quartier Léopold Business Center", contact=YASMINA[1],
        frm=YASMINA, date="2026-09-03 11:05", parent="qlbc_confirm",
        subject="Re: Votre candidature – Office Manager – QLBC",
        text=reply("""Bonjour Élodie,

Désolée, une visite client s'est glissée dans mon agenda cet après-midi : pouvons-nous décaler \
notre appel de 14h à 16h aujourd'hui ? Si ce n'est pas possible, proposez-moi un autre moment \
demain.

Merci et à tout à l'heure, j'espère !
Yasmina
""", "fr", "2026-08-31 12:30", CAND_NAME, CAND_ADDR, QLBC_CONFIRM + "\n" + wrote(
            "fr", "2026-08-31 09:48", YASMINA[0], YASMINA[1]) + "\n" + quote(QLBC_INVITE)),
        html=html_doc(paras("""Bonjour Élodie,

Désolée, une visite client s'est glissée dans mon agenda cet après-midi : pouvons-nous décaler \
notre appel de 14h à 16h aujourd'hui ? Si ce n'est pas possible, proposez-moi un autre moment \
demain.

Merci et à tout à l'heure, j'espère !
Yasmina""") + "\n" + blockquote(wrote("fr", "2026-08-31 12:30", CAND_NAME, CAND_ADDR),
                                 paras(QLBC_CONFIRM) + "\n" + blockquote(
                                     wrote("fr", "2026-08-31 09:48", YASMINA[0], YASMINA[1]),
                                     paras(QLBC_INVITE))), "fr"),
    ),
    dict(
        id="clearwater_update", kind="interview_reschedule_or_cancel", slug="room_and_time_update",
        lang="en", company="Clearwater Relief Trust", contact=HANNAH[1],
        frm=HANNAH, date="2026-03-06 10:02", tz="UK", parent="clearwater_invite",
        subject="Updated: Interview – Office and Operations Manager (Tue 10 March, now 14:15)",
        subject_enc=("utf-8", "B"), text=CLEARWATER_UPDATE,
        ics=dict(uid="cw-ops-mgr-interview-0310-evr@clearwatertrust.example.org.uk",
                 sequence=1, start="2026-03-10 14:15", minutes=50, tzid="Europe/London",
                 summary="Interview: Office and Operations Manager – Élodie Vandamme-Reyes",
                 location="Ground-floor meeting room, Bermondsey Works, 210 Long Lane, SE1 4QB",
                 organizer=HANNAH),
    ),
    dict(
        id="tulipshift_moved", kind="interview_reschedule_or_cancel", slug="ashby_rescheduled",
        lang="en", company="Tulipshift", contact="",
        frm=("Tulipshift Recruiting", "no-reply@ashbyhq.com"),
        date="2026-09-25 07:12", tz="UTC", parent="tulipshift_invite",
        subject="Your interview with Tulipshift has been rescheduled",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Élodie,

Your interview for Executive Assistant to the CEO at Tulipshift has been rescheduled.

Previous time: Monday, September 28, 2026, 10:00 - 10:45 CEST
New time: Tuesday, September 29, 2026, 15:30 - 16:15 CEST
Interviewer: Femke Bos

The interviewer had a conflict with the original time. The Zoom link is unchanged and the \
calendar invitation has been updated.

Need to make a change? Use your candidate portal:
https://jobs.ashbyhq.com/tulipshift/portal

Powered by Ashby
""",
        ics=dict(uid="ashby-interview-9c52-tulipshift-evr", sequence=1,
                 start="2026-09-29 15:30", minutes=45, tzid="Europe/Amsterdam",
                 prodid="-//Ashby//Scheduling//EN",
                 summary="Élodie Vandamme-Reyes <> Femke Bos (Tulipshift)",
                 location="https://zoom.us/j/93811422705", organizer=FEMKE),
    ),
    dict(
        id="pixelpont_cancel", kind="interview_reschedule_or_cancel", slug="lever_cancel_notice",
        lang="en", company="Pixelpont", contact="",
        frm=("Pixelpont", "no-reply@hire.lever.co"),
        date="2026-04-07 09:41", parent="pixelpont_invite",
        subject="Interview cancelled: Office & People Coordinator – Pixelpont",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Élodie,

Your interview with Pixelpont scheduled for Thursday, April 9, 2026 at 3:00 PM (CEST) has \
been cancelled.

Message from Joren Peeters:
"Sorry Élodie, Ines has to fly to Lisbon for a client at the last minute. We'll come back to \
you with a new time early next week - nothing changes on our side."

Sent via Lever
""",
        ics_mode="attach",
        ics=dict(method="CANCEL", uid="lever-interview-77d1a0f3-pixelpont", sequence=1,
                 start="2026-04-09 15:00", minutes=60, prodid="-//Lever//Interviews//EN",
                 summary="Interview: Élodie Vandamme-Reyes – Office & People Coordinator",
                 location="Quai au Foin 19, 1000 Brussels", organizer=JOREN,
                 filename="cancel.ics"),
    ),
    dict(
        id="moreels_moved", kind="interview_reschedule_or_cancel", slug="agency_client_moves",
        lang="fr", company="Chocolaterie Moreels", contact=GREGORY[1],
        frm=GREGORY, date="2026-01-19 11:58", parent="moreels_confirm",
        subject="Re: Entretien chez Chocolaterie Moreels – mercredi 21/01 à 14h",
        text=reply("""Bonjour Élodie,

M. Moreels vient de m'appeler : il a une livraison importante mercredi après-midi et préfère \
décaler votre rendez-vous au jeudi 22 janvier à 9h30, même adresse. Cela vous convient-il ?

Merci de me confirmer rapidement, je lui transmets.

Grégory
""", "fr", "2026-01-15 18:40", CAND_NAME, CAND_ADDR, MOREELS_CONFIRM),
    ),
]

# ------------------------------------------------------------------ missed interviews

MISSED = [
    dict(
        id="lumiq_missed", kind="missed_interview_notice", slug="waited_on_google_meet",
        lang="en", company="Lumiq Analytics", contact=SANNE[1],
        frm=SANNE, date="2026-02-16 11:24", parent="lumiq_invite",
        subject="Our call this morning", text=LUMIQ_MISSED,
    ),
    dict(
        id="sablon_missed", kind="missed_interview_notice", slug="trial_day_no_show_iphone",
        lang="fr", company="Hôtel Le Sablon Royal", contact=NADIA[1],
        frm=NADIA, date="2026-06-09 09:05", parent="sablon_trial",
        subject="Journée d'essai de ce matin", cte="8bit", text=SABLON_MISSED,
        headers=[("X-Mailer", "iPhone Mail (22F76)")],
    ),
    dict(
        id="torrealba_missed", kind="missed_interview_notice", slug="called_twice_voicemail",
        lang="es", company="Torrealba Abogados", contact=ALVARO[1],
        frm=ALVARO, date="2026-09-08 10:22", parent="torrealba_invite",
        subject="Llamada de esta mañana", text=TORREALBA_MISSED,
        html=outlook_html(paras(TORREALBA_MISSED), "es"), headers=[*OUTLOOK],
    ),
    dict(
        id="datenhafen_missed", kind="missed_interview_notice", slug="waited_in_teams_cp1252",
        lang="de", company="Datenhafen", contact=LEA[1],
        frm=LEA, date="2026-05-13 10:35", parent="datenhafen_invite",
        subject="Unser Teams-Termin heute um 10 Uhr", charset="windows-1252", cte="b64",
        headers=[*OUTLOOK],
        text="""Hallo Frau Vandamme-Reyes,

wir – mein Kollege Jonas Reif und ich – haben heute um 10:00 Uhr im Teams-Meeting auf Sie \
gewartet, aber Sie sind leider nicht dazugekommen. Auch telefonisch konnten wir Sie nicht \
erreichen.

Falls es technische Probleme gab, melden Sie sich gerne kurz bei mir.

Viele Grüße
Lea Wittkamp
People & Culture · Datenhafen GmbH
+49 221 650 447 12
""",
    ),
    dict(
        id="personalwerk_missed", kind="missed_interview_notice", slug="agency_client_waited",
        lang="de", company="Rheinauhafen Coworking", contact=MURAT[1],
        frm=MURAT, date="2026-02-17 10:31", parent="personalwerk_client",
        subject="Termin heute bei Rheinauhafen Coworking",
        text="""Hallo Frau Vandamme-Reyes,

Frau Hesse von Rheinauhafen Coworking hat mich gerade angerufen: Sie hat heute um 9:30 Uhr am \
Empfang auf Sie gewartet, Sie sind aber nicht erschienen. Ich habe Sie danach zweimal auf dem \
Handy versucht.

Was ist passiert? Bitte melden Sie sich heute noch bei mir, damit ich dem Kunden etwas sagen \
kann.

Gruß
Murat Yilmaz
Personalwerk Köln · Mobil 0176 4418 2290
""",
    ),
    dict(
        id="verbruggen_missed", kind="missed_interview_notice", slug="voicemail_twice_at_eleven",
        lang="fr", company="Verbruggen Consulting", contact=KAREN[1],
        frm=KAREN, date="2026-10-07 11:20", parent="verbruggen_invite",
        subject="Notre entretien téléphonique de 11h", charset="windows-1252", cte="8bit",
        headers=[*OUTLOOK],
        text="""Bonjour Madame Vandamme-Reyes,

Comme convenu, j'ai tenté de vous joindre à 11h00 au +32 470 55 18 92, puis à nouveau à 11h10, \
mais je suis tombée deux fois sur votre messagerie. Je vous ai laissé un message vocal.

N'hésitez pas à me recontacter pour convenir d'un autre moment.

Bien à vous,
Karen De Smet
Verbruggen Consulting – +32 2 669 12 04
""",
    ),
    dict(
        id="meuse_missed", kind="missed_interview_notice", slug="housing_group_visio_absent",
        lang="fr", company="Groupe Meuse Habitat", contact=JULIEN[1],
        frm=JULIEN, date="2026-04-28 10:02",
        subject="Entretien en visioconférence – ce matin",
        text="""Madame,

Nous avions rendez-vous ce mardi 28 avril à 9h30 pour un entretien en visioconférence (lien \
Teams envoyé le 21 avril). Mme Lecomte et moi-même sommes restés connectés jusqu'à 9h50, mais \
vous ne vous êtes pas présentée.

Si un empêchement indépendant de votre volonté explique votre absence, vous pouvez nous en \
faire part par retour de courriel.

Veuillez agréer, Madame, nos salutations distinguées.

Julien Doneux
Service du personnel
Groupe Meuse Habitat
Quai de Rome 25 – 4000 Liège
""",
        html=outlook_html(paras("""Madame,

Nous avions rendez-vous ce mardi 28 avril à 9h30 pour un entretien en visioconférence (lien \
Teams envoyé le 21 avril). Mme Lecomte et moi-même sommes restés connectés jusqu'à 9h50, mais \
vous ne vous êtes pas présentée.

Si un empêchement indépendant de votre volonté explique votre absence, vous pouvez nous en \
faire part par retour de courriel.

Veuillez agréer, Madame, nos salutations distinguées.

Julien Doneux
Service du personnel
Groupe Meuse Habitat
Quai de Rome 25 – 4000 Liège"""), "fr"),
        html_cte="b64", headers=[*OUTLOOK],
    ),
    dict(
        id="beaumanoir_missed", kind="missed_interview_notice", slug="law_firm_waited_at_office",
        lang="fr", company="Beaumanoir Lequesne", contact=MARTINE[1],
        frm=MARTINE, date="2026-03-24 10:12", parent="beaumanoir_ack",
        subject="Rendez-vous de ce matin au cabinet", charset="iso-8859-1", cte="qp",
        text="""Madame,

Maître Lequesne vous a attendue ce matin à 9h30 au cabinet pour votre entretien, sans \
nouvelles de votre part. Je me suis permis de vous appeler à 9h45 et de vous laisser un \
message.

Je vous remercie de bien vouloir nous indiquer ce qu'il en est.

Cordialement,

Martine Pasquier
Assistante de Maître Lequesne
Beaumanoir Lequesne Avocats
14 avenue de l'Opéra - 75001 Paris
01 44 58 23 70
""",
    ),
    dict(
        id="diploserv_missed", kind="missed_interview_notice", slug="tried_to_call_at_three",
        lang="en", company="DiploServ Facilities", contact=PIETER[1],
        frm=PIETER, date="2026-07-08 15:20",
        subject="Our call at 15:00", headers=[*OUTLOOK],
        text="""Dear Élodie,

I tried to call you at 15:00 as agreed, and once more at 15:10, but there was no answer and I \
couldn't leave a voicemail.

Please let me know if you are still interested in the Facilities & Front Office Coordinator \
position and when I can reach you.

Best regards,

Pieter Vanhoof
Operations Manager
DiploServ Facilities
Boulevard du Régent 47 – 1000 Brussels
+32 2 511 80 62

DiploServ Facilities provides facility services to diplomatic missions. This message is \
intended only for the addressee.
""",
        html=outlook_html("<p>Dear Élodie,</p>\n<p>I tried to call you at 15:00 as agreed, and "
                          "once more at 15:10, but there was no answer and I couldn't leave a "
                          "voicemail.</p>\n<p>Please let me know if you are still interested "
                          "in the Facilities &amp; Front Office Coordinator position and when "
                          "I can reach you.</p>\n<p>Best regards,</p>\n<p><b>Pieter Vanhoof"
                          "</b><br>Operations Manager<br>DiploServ Facilities<br>Boulevard du "
                          "Régent 47 – 1000 Brussels<br>+32 2 511 80 62</p>\n"
                          '<p style="font-size:8pt;color:gray">DiploServ Facilities provides '
                          "facility services to diplomatic missions. This message is intended "
                          "only for the addressee.</p>", "en"),
    ),
    dict(
        id="adecuo_missed", kind="missed_interview_notice", slug="agency_client_no_show",
        lang="es", company="Bodegas Heredia Vela", contact=CARMEN[1],
        frm=CARMEN, date="2026-05-25 11:40", parent="adecuo_client",
        subject="¿Qué ha pasado con la entrevista de hoy?", subject_enc=("iso-8859-1", "Q"),
        to_enc=("iso-8859-1", "B"),
        charset="iso-8859-1", cte="8bit",
        text="""Élodie, buenos días:

Me acaba de llamar Rocío Heredia: te han estado esperando a las 11:00 en las oficinas de \
Velázquez y no has aparecido. Te he llamado al móvil dos veces y no lo coges.

Dime algo en cuanto puedas, por favor, que tengo que darles una explicación.

Carmen
Adecuo Talento · +34 655 20 41 87
""",
    ),
]

MESSAGES = [*INVITATIONS, *RESCHEDULES, *MISSED]
