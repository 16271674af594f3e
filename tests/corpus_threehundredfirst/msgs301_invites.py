"""Corpus 301, interview invitations: calls, video screens, one-way video, assessment day,
trial class, panels, scheduling links and calendar invites."""

from __future__ import annotations

from msgs301_common import DISCLAIMER_DE, DISCLAIMER_ES

SPECS: list[dict] = [
    # ------------------------------------------------------------------ Spanish
    {
        "key": "i_olivar", "kind": "interview_invitation", "lang": "es", "slug": "fundacion_olivar_entrevista",
        "company": "Fundación Olivar Educa", "contact": "beatriz.luque@olivareduca.example.org",
        "frm": ("Beatriz Luque", "beatriz.luque@olivareduca.example.org"),
        "subject": "Entrevista – Coordinadora pedagógica proyecto «Aulas que leen»",
        "date": "2026-02-26 12:30 +0100", "cte": "quoted-printable", "parent": "a_olivar",
        "body": """Hola Lucía:

Gracias por tu paciencia. Hemos leído tu carta con mucho interés y nos gustaría que vinieras a conocernos el martes 3 de marzo a las 17:00 en la sede de la Fundación (C/ San Luis 41, junto a la iglesia de San Marcos).

Estaremos Antonio Gil, nuestro presidente, y yo. La entrevista durará aproximadamente una hora; si te apetece, trae algún material que hayas usado con tus alumnos para animar a la lectura.

Confírmame, por favor, si puedes venir.

Un saludo,
Beatriz Luque
Directora de Programas · Fundación Olivar Educa""",
    },
    {
        "key": "i_ett_alboran", "kind": "interview_invitation", "lang": "es", "slug": "talento_sur_entrevista_alboran",
        "company": "Academias Alborán", "contact": "nerea.campos@talentosur.example.es",
        "frm": ("Nerea Campos | Talento Sur ETT", "nerea.campos@talentosur.example.es"),
        "subject": "Entrevista con Academias Alborán – lunes 2 de marzo",
        "date": "2026-02-24 10:40 +0100", "cte": "8bit",
        "body": """Hola Lucía:

¡Buenas noticias! He enviado tu perfil a Academias Alborán (cadena de academias de inglés para niños en Málaga y la Costa del Sol) y quieren entrevistarte para el puesto de formadora de profesores.

La entrevista será el lunes 2 de marzo a las 16:00 por videollamada con Rebeca Olmedo, directora de estudios. Te paso el enlace de Teams en cuanto me lo manden.

Es un contrato de puesta a disposición a través de nosotros, de marzo a junio, con posibilidad de incorporación directa después.

¿Me confirmas que te va bien?

Un abrazo,
Nerea Campos
Consultora de Selección · Talento Sur ETT · 952 10 44 37""",
    },
    {
        "key": "i_torrealba", "kind": "interview_invitation", "lang": "es", "slug": "ayuntamiento_torrealba_convocatoria",
        "company": "Ayuntamiento de Torrealba", "contact": "isotomayor@torrealba.example.es",
        "frm": ("Inmaculada Sotomayor Vela", "isotomayor@torrealba.example.es"),
        "subject": "Convocatoria a entrevista – Técnico/a de Programas Educativos",
        "date": "2026-03-25 09:05 +0100", "charset": "iso-8859-1", "cte": "quoted-printable",
        "parent": "a_torrealba",
        "body": """Estimada Sra. Benítez:

Una vez baremados los méritos de las personas aspirantes al puesto de Técnico/a de Programas Educativos (Delegación de Educación), y habiendo obtenido usted una de las cinco mayores puntuaciones, se le convoca a la fase de entrevista personal:

Fecha: martes, 7 de abril de 2026
Hora: 10:00
Lugar: Casa Consistorial, Sala de Comisiones (2.ª planta), Plaza de España 1

Deberá presentar el DNI original. La entrevista versará sobre el proyecto de actuación que adjuntó a su solicitud.

Atentamente,

Inmaculada Sotomayor Vela
Negociado de Personal · Ayuntamiento de Torrealba""",
    },
    {
        "key": "i_tizaverde", "kind": "interview_invitation", "lang": "es", "slug": "tiza_verde_clase_prueba",
        "company": "Academias Tiza Verde", "contact": "paloma.rios@tizaverde.example.es",
        "frm": ("Paloma Ríos", "paloma.rios@tizaverde.example.es"),
        "subject": "¿Te animas a una clase de prueba en Tiza Verde?",
        "date": "2026-04-22 19:10 +0200", "fmt": "alt", "henc": ("iso-8859-1", "q"),
        "body": """Hola Lucía:

Soy Paloma, jefa de estudios de Academias Tiza Verde en Málaga. Nos ha gustado tu perfil para la plaza de formadora de profesorado y, como hacemos siempre, nos gustaría verte en acción antes de seguir.

Te propongo una clase de prueba de 30 minutos con un grupo de 3.º de Primaria el miércoles 29 de abril a las 17:30 en nuestra academia de Teatinos (C/ Navarro Ledesma 9), seguida de una charla con la dirección.

Tema libre, en inglés. Tendrás pizarra digital y material de papelería.

¿Te encaja?
Paloma Ríos
Jefa de Estudios · Academias Tiza Verde""",
    },
    {
        "key": "i_evalua", "kind": "interview_invitation", "lang": "es", "slug": "evalua_videoentrevista_diferida",
        "company": "Evalúa+", "contact": "",
        "frm": ("Evalúa+ Selección", "seleccion-noreply@evaluamas.example.es"),
        "subject": "Evalúa+ – Te invitamos a una videoentrevista diferida",
        "date": "2026-01-20 08:15 +0100", "fmt": "html", "cte": "base64",
        "brand": "Evalúa+", "brand_color": "#7b1fa2",
        "body": """Hola Lucía:

Has superado la primera criba del puesto de Especialista en Formación (ref. EV-26-07). El siguiente paso es una videoentrevista diferida: responderás a cuatro preguntas grabando tu respuesta en vídeo, cuando mejor te venga.

Plazo para completarla: hasta el martes 27 de enero a las 23:59.
Duración estimada: 20 minutos.

Accede desde aquí: https://evaluamas.example.es/video/6e0a4c21

Si tienes cualquier problema técnico, consulta la sección de ayuda del portal.

Equipo de Selección de Evalúa+""",
    },
    {
        "key": "i_bosque", "kind": "interview_invitation", "lang": "es", "slug": "bosque_de_letras_jornada_evaluacion",
        "company": "Editorial Bosque de Letras", "contact": "ines.carrasco@bosquedeletras.example.es",
        "frm": ("Inés Carrasco", "ines.carrasco@bosquedeletras.example.es"),
        "subject": "Convocatoria: jornada de evaluación – Asesora Pedagógica Digital",
        "date": "2026-06-01 13:20 +0200", "fmt": "alt", "charset": "windows-1252",
        "cte": "quoted-printable",
        "ics": {"uid": "bdl-assessment-0611@bosquedeletras.example.es", "seq": 0,
                 "start": "20260611T093000", "end": "20260611T140000",
                 "summary": "Jornada de evaluación – Asesora Pedagógica Digital",
                 "location": "Editorial Bosque de Letras, C/ Princesa 31, Madrid"},
        "body": """Buenos días, Lucía:

Nos complace invitarte a la jornada de evaluación para el puesto de Asesora Pedagógica Digital, que celebraremos el jueves 11 de junio de 9:30 a 14:00 en nuestra sede de Madrid (C/ Princesa 31).

La jornada incluye:
- una dinámica de grupo con otras cinco personas candidatas,
- una simulación de formación a un claustro (15 minutos),
- una entrevista individual con el equipo de Formación.

Cubrimos el billete de AVE desde Sevilla; envíanos el justificante después. Te adjunto la convocatoria en el calendario.

Un saludo cordial,

Inés Carrasco Peral
Responsable de Talento · Editorial Bosque de Letras

""" + DISCLAIMER_ES.format(domain="bosquedeletras.example.es"),
    },
    {
        "key": "i_olmo", "kind": "interview_invitation", "lang": "es", "slug": "olmo_llamada_cliente_confidencial",
        "company": "Olmo Talent Partners", "contact": "alvaro.quesada@olmotalent.example.es",
        "frm": ("Álvaro Quesada", "alvaro.quesada@olmotalent.example.es"),
        "subject": "Proceso confidencial – ¿hablamos el martes?",
        "date": "2026-03-20 13:44 +0100", "henc": ("utf-8", "b"),
        "body": """Hola Lucía:

Gracias por responder tan rápido. Como te adelanté, estoy llevando para un cliente (una editorial educativa de primer nivel, cuyo nombre no puedo compartir todavía) un proceso para Customer Success Lead de su nueva plataforma digital.

Me gustaría entrevistarte por Teams el martes 24 de marzo a las 18:00, unos 40 minutos. Te envío el enlace en una invitación aparte.

Saludos,
Álvaro Quesada
Senior Consultant – Education & Publishing · Olmo Talent Partners""",
    },
    {
        "key": "i_matvivas", "kind": "interview_invitation", "lang": "es", "slug": "matematicas_vivas_enlace_agenda",
        "company": "Matemáticas Vivas", "contact": "guillermo@matematicasvivas.example.es",
        "frm": ("Guillermo Reina", "guillermo@matematicasvivas.example.es"),
        "subject": "Matemáticas Vivas – reserva tu entrevista",
        "date": "2026-09-14 11:02 +0200", "fmt": "alt", "parent": "a_matvivas",
        "body": """¡Hola, Lucía!

Te escribo de Matemáticas Vivas. Queremos conocerte para el puesto de Formadora de Centros Educativos: una entrevista de 40 minutos por videollamada con Carla (personas) y conmigo.

Elige el día y la hora que mejor te vengan en nuestra agenda:
https://agenda.example.es/matematicasvivas/entrevista-formadora

Si no encuentras hueco, respóndeme y lo buscamos a mano.

Un abrazo,
Guillermo Reina
Cofundador · Matemáticas Vivas""",
    },
    # ------------------------------------------------------------------ English
    {
        "key": "i_brightdesk", "kind": "interview_invitation", "lang": "en", "slug": "brightdesk_lever_interview",
        "company": "Brightdesk Learning", "contact": "rory.mccabe@brightdesk.example.ie",
        "frm": ("Rory McCabe", "rory.mccabe@hire.lever.co"),
        "reply_to": ("Rory McCabe", "rory.mccabe@brightdesk.example.ie"),
        "subject": "Interview invitation - Customer Training Specialist, Brightdesk Learning",
        "date": "2026-07-01 10:20 +0100", "fmt": "alt", "cte": "quoted-printable",
        "parent": "o_brightdesk_app",
        "body": """Hi Lucía,

Thanks for applying for our Customer Training Specialist role - we were impressed by your background and would love to learn more.

Could you join a 45-minute video interview with me and Gráinne Daly, our Head of Customer Success? Please pick a time that suits you here:

https://hire.lever.co/interview-scheduler/brightdesk/3f9e0c

All slots are shown in your local time. We'll talk through your experience training teachers and walk through a short scenario together.

Best,
Rory McCabe
Talent Acquisition, Brightdesk Learning
Block B, Charlemont Exchange, Dublin 2""",
    },
    {
        "key": "i_stepwise", "kind": "interview_invitation", "lang": "en", "slug": "stepwise_panel_invite",
        "company": "Stepwise Learning", "contact": "priya.nair@stepwise.example.de",
        "frm": ("Priya Nair via Ashby", "no-reply@ashbyhq.com"),
        "reply_to": ("Priya Nair", "priya.nair@stepwise.example.de"),
        "subject": "Stepwise Learning: panel interview on 14 September",
        "date": "2026-09-04 12:30 +0000", "fmt": "alt", "cte": "quoted-printable",
        "ics": {"uid": "ashby-stepwise-panel-4411@stepwise.example.de", "seq": 0, "tz": "Europe/Berlin",
                 "start": "20260914T140000", "end": "20260914T153000",
                 "summary": "Stepwise panel – Lucía Benítez (Customer Onboarding Lead)",
                 "location": "Google Meet",
                 "organizer": ("Priya Nair", "priya.nair@stepwise.example.de")},
        "body": """Hi Lucía,

Great news - the hiring team would like to invite you to the final panel interview for the Customer Onboarding Lead role.

When: Monday 14 September, 14:00-15:30 Berlin time (CEST)
Where: Google Meet (details in the calendar invite)
Who: Max Ehlers (VP Customer), Sofia Brandão (Onboarding Manager), and me

The first 30 minutes are a workshop exercise: you'll run a mini onboarding session for a fictional school group. We'll send the brief three days before.

Looking forward to it,
Priya Nair
Recruiting Lead, Stepwise Learning""",
    },
    {
        "key": "i_liffey", "kind": "interview_invitation", "lang": "en", "slug": "liffey_talent_owlbridge_call",
        "company": "Owlbridge Learning", "contact": "sinead@liffeytalent.example.ie",
        "frm": ("Sinéad Gallagher", "sinead@liffeytalent.example.ie"),
        "subject": "Owlbridge Learning - first interview Tuesday 12 May",
        "date": "2026-05-05 09:50 +0100", "henc": ("utf-8", "b"),
        "body": """Hi Lucía,

Lovely to speak with you on Friday! As promised, I've shared your CV with my client Owlbridge Learning, the reading app for primary schools, and they'd like to meet you.

First interview: Tuesday 12 May at 3pm Irish time (4pm in Seville), 45 minutes on Microsoft Teams with Declan Foley, Head of Teacher Success. I'll forward the Teams invite once it comes through.

Give me a shout if you'd like a quick prep call beforehand.

Sinéad
Senior Recruiter, Liffey Talent | +353 1 555 0192""",
    },
    {
        "key": "i_tallyroo", "kind": "interview_invitation", "lang": "en", "slug": "tallyroo_task_and_call",
        "company": "Tallyroo", "contact": "ciaran.walsh@tallyroo.example.ie",
        "frm": ("Ciarán Walsh", "ciaran.walsh@tallyroo.example.ie"),
        "subject": "Next steps: Customer Trainer @ Tallyroo",
        "date": "2026-04-08 16:05 +0100", "charset": "iso-8859-1", "cte": "quoted-printable",
        "henc": ("iso-8859-1", "q"), "parent": "a_tallyroo",
        "body": """Hi Lucía,

Thanks for your application for the Customer Trainer role. I'd like to invite you to the next stage:

1. A short take-home task: design a 20-minute onboarding session for a school that has just bought Tallyroo (max. 2 pages).
2. A 45-minute video interview on Wednesday 15 April at 11:00 Irish time, where you'll walk us through it.

Please confirm the interview time and send the task by Tuesday 14 April.

Cheers,
Ciarán Walsh
Head of Customer Experience | Tallyroo""",
    },
    # ------------------------------------------------------------------ German
    {
        "key": "i_kinderfunke", "kind": "interview_invitation", "lang": "de", "slug": "kinderfunke_einladung_verlag",
        "company": "Kinderfunke Verlag", "contact": "s.albrecht@kinderfunke.example.de",
        "frm": ("Sabine Albrecht", "s.albrecht@kinderfunke.example.de"),
        "subject": "Einladung zum Vorstellungsgespräch am 12. August",
        "date": "2026-08-03 10:32 +0200", "fmt": "alt", "cte": "quoted-printable",
        "ics": {"uid": "kf-vg-0812-benitez@kinderfunke.example.de", "seq": 0, "tz": "Europe/Berlin",
                 "start": "20260812T110000", "end": "20260812T120000",
                 "summary": "Vorstellungsgespräch Produkttrainerin Digitale Lehrwerke",
                 "location": "Kinderfunke Verlag, Lindenstraße 76, 10969 Berlin / Teams",
                 "organizer": ("Sabine Albrecht", "s.albrecht@kinderfunke.example.de")},
        "ics_file": "einladung.ics",
        "body": """Sehr geehrte Frau Benítez,

vielen Dank für Ihre Bewerbung als Produkttrainerin für unsere digitalen Lehrwerke (Schwerpunkt Spanisch und Englisch in der Grundschule).

Wir laden Sie herzlich zu einem Vorstellungsgespräch ein:
Mittwoch, 12. August 2026, 11:00 bis 12:00 Uhr
Wahlweise in unserem Haus in der Lindenstraße 76, Berlin, oder per Microsoft Teams.

Gesprächspartner sind Herr Dr. Weiland (Leitung Digitale Medien) und ich. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen
Sabine Albrecht
Personalreferentin
Kinderfunke Verlag GmbH · Lindenstraße 76 · 10969 Berlin
Tel. +49 30 2550 1418

""" + DISCLAIMER_DE.format(address="Berlin, Amtsgericht Charlottenburg HRB 88121"),
    },
    {
        "key": "i_sprachwerk_probetag", "kind": "interview_invitation", "lang": "de", "slug": "sprachwerk_probetag",
        "company": "Sprachwerk Schulen", "contact": "",
        "frm": ("Sprachwerk Schulen über softgarden", "noreply@softgarden.io"),
        "subject": "Einladung zum Probetag – Trainerin für digitale Lernplattformen",
        "date": "2026-06-17 14:00 +0200", "fmt": "html", "cte": "quoted-printable",
        "brand": "Sprachwerk Schulen", "brand_color": "#00695c", "fwd": "inner_lucia_application_fwd",
        "body": """Sehr geehrte Frau Benítez,

vielen Dank für Ihre Bewerbung (siehe unten). Wir möchten Sie gern näher kennenlernen und laden Sie zu einem Probetag in unserer Schule in Berlin-Mitte ein:

Freitag, 26. Juni 2026, 9:00 bis 15:00 Uhr, Torstraße 110, 10119 Berlin

Sie hospitieren vormittags in zwei Kursen und leiten nachmittags eine 30-minütige Schulung für unser Lehrteam zu Moodle. Reisekosten erstatten wir bis 250 Euro.

Bitte bestätigen Sie den Termin über den Link in Ihrem Bewerberkonto.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Sprachwerk Schulen""",
    },
    {
        "key": "i_kessler", "kind": "interview_invitation", "lang": "de", "slug": "kessler_telefoninterview",
        "company": "Kessler Personalberatung", "contact": "m.kessler@kessler-personal.example.de",
        "frm": ("Matthias Kessler", "m.kessler@kessler-personal.example.de"),
        "subject": "Telefoninterview – Customer Success Managerin EdTech (vertraulich)",
        "date": "2026-06-15 08:50 +0200", "charset": "iso-8859-1", "cte": "8bit",
        "body": """Liebe Frau Benítez,

vielen Dank für Ihr Interesse. Mein Mandant, ein schnell wachsendes EdTech-Unternehmen mit Sitz in Berlin, sucht eine Customer Success Managerin für den spanischsprachigen Markt.

Gern würde ich mit Ihnen ein erstes Telefoninterview von ca. 30 Minuten führen, am Donnerstag, 18. Juni, um 11:00 Uhr. Ich rufe Sie auf Ihrer Mobilnummer an.

Beste Grüße
Matthias Kessler
Kessler Personalberatung, Frankfurt am Main""",
    },
    # ------------------------------------------------------------------ French
    {
        "key": "i_capitole", "kind": "interview_invitation", "lang": "fr", "slug": "editions_capitole_entretien",
        "company": "Éditions Capitole", "contact": "agnes.marty@editions-capitole.example.fr",
        "frm": ("Agnès Marty", "agnes.marty@editions-capitole.example.fr"),
        "subject": "Convocation à un entretien – Formatrice numérique",
        "date": "2026-08-24 11:15 +0200", "fmt": "alt", "cte": "quoted-printable",
        "henc": ("windows-1252", "q"), "parent": "a_capitole",
        "ics": {"uid": "capitole-entretien-benitez-0902@editions-capitole.example.fr", "seq": 0,
                 "tz": "Europe/Paris", "start": "20260902T143000", "end": "20260902T153000",
                 "summary": "Entretien Formatrice numérique – Éditions Capitole",
                 "location": "Éditions Capitole, 8 rue d'Alsace-Lorraine, Toulouse",
                 "organizer": ("Agnès Marty", "agnes.marty@editions-capitole.example.fr")},
        "body": """Bonjour Madame Benítez,

Suite à votre candidature au poste de Formatrice numérique (manuels scolaires du primaire), nous avons le plaisir de vous convier à un entretien le mercredi 2 septembre à 14 h 30, dans nos locaux du 8 rue d'Alsace-Lorraine à Toulouse.

Vous rencontrerez Jérôme Dufour, directeur éditorial, et moi-même. Merci de prévoir une courte présentation (10 minutes) d'une séance de formation aux manuels numériques destinée à des enseignants.

Je vous remercie de bien vouloir confirmer votre présence.

Cordialement,
Agnès Marty
Responsable des ressources humaines
Éditions Capitole""",
    },
    {
        "key": "i_garonne", "kind": "interview_invitation", "lang": "fr", "slug": "lingua_garonne_entretien_cours",
        "company": "École Lingua Garonne", "contact": "lea.castan@linguagaronne.example.fr",
        "frm": ("Léa Castan via Workable", "noreply@workablemail.com"),
        "reply_to": ("Léa Castan", "lea.castan@linguagaronne.example.fr"),
        "subject": "École Lingua Garonne : entretien et cours d'essai",
        "date": "2026-06-02 09:12 +0000", "fmt": "html", "cte": "quoted-printable",
        "parent": "a_garonne",
        "body": """Bonjour Lucía,

Votre profil a retenu toute notre attention pour le poste de Formatrice de formateurs (espagnol). Nous aimerions vous rencontrer le mardi 9 juin à 10 h dans notre école (14 rue de Metz, Toulouse).

Déroulé : un cours d'essai de 20 minutes avec un groupe d'adultes de niveau A2, puis un entretien de 40 minutes avec la direction pédagogique.

Merci de confirmer en répondant directement à ce message.

Léa Castan
Directrice pédagogique, École Lingua Garonne""",
    },
    {
        "key": "i_arvor", "kind": "interview_invitation", "lang": "fr", "slug": "arvor_entretien_mathemagik",
        "company": "Mathemagik", "contact": "yann.le-goff@arvor-recrutement.example.fr",
        "frm": ("Yann Le Goff", "yann.le-goff@arvor-recrutement.example.fr"),
        "subject": "Entretien visio avec Mathemagik – mardi 8 septembre",
        "date": "2026-09-01 17:45 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "body": """Bonjour Lucía,

Bonne nouvelle : Mathemagik, l'application de calcul mental pour le cycle 3, souhaite vous rencontrer pour le poste de Customer Success Manager Éducation.

L'entretien aura lieu en visio le mardi 8 septembre à 11 h avec Camille Vidal, directrice des opérations. Je vous transmets le lien dès réception.

Je reste disponible pour un point de préparation lundi si vous le souhaitez.

Bien à vous,
Yann Le Goff
Consultant – Cabinet Arvor Recrutement · 05 34 00 21 90""",
    },
]
