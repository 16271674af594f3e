"""Corpus 301, moved / cancelled interviews and missed-interview notices."""

from __future__ import annotations

SPECS: list[dict] = [
    # ============================================================ reschedule or cancel
    {
        "key": "mv_torrealba", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "slug": "ayuntamiento_torrealba_cambio_fecha", "company": "Ayuntamiento de Torrealba",
        "contact": "isotomayor@torrealba.example.es",
        "frm": ("Inmaculada Sotomayor Vela", "isotomayor@torrealba.example.es"),
        "subject": "Modificación de fecha de entrevista – Técnico/a de Programas Educativos",
        "date": "2026-03-31 12:10 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "parent": "i_torrealba", "quote": "inline",
        "body": """Estimada Sra. Benítez:

Por coincidir con la celebración de un Pleno extraordinario, la comisión de valoración no podrá reunirse el 7 de abril. Las entrevistas de la fase final se trasladan al jueves 9 de abril, manteniéndose la hora (10:00) y el lugar indicados.

Disculpe las molestias.

Inmaculada Sotomayor Vela
Negociado de Personal""",
    },
    {
        "key": "mv_tizaverde", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "slug": "tiza_verde_clase_prueba_aplazada", "company": "Academias Tiza Verde",
        "contact": "paloma.rios@tizaverde.example.es",
        "frm": ("Paloma Ríos", "paloma.rios@tizaverde.example.es"),
        "subject": "Re: ¿Te animas a una clase de prueba en Tiza Verde?",
        "date": "2026-04-27 08:55 +0200", "parent": "i_tizaverde", "quote": "inline", "cte": "8bit",
        "body": """Hola otra vez, Lucía:

Cambio de planes: el miércoles 29 los de 3.º tienen excursión y me quedo sin grupo. ¿Podemos dejar la clase de prueba para el miércoles 6 de mayo, a la misma hora (17:30)? Todo lo demás sigue igual.

Perdona el cambio,
Paloma""",
    },
    {
        "key": "mv_bosque", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "slug": "bosque_de_letras_jornada_trasladada", "company": "Editorial Bosque de Letras",
        "contact": "ines.carrasco@bosquedeletras.example.es",
        "frm": ("Inés Carrasco", "ines.carrasco@bosquedeletras.example.es"),
        "subject": "Actualizado: Jornada de evaluación – Asesora Pedagógica Digital (25 de junio)",
        "date": "2026-06-08 17:02 +0200", "fmt": "alt", "charset": "windows-1252",
        "cte": "quoted-printable",
        "ics": {"uid": "bdl-assessment-0611@bosquedeletras.example.es", "seq": 1,
                 "start": "20260625T093000", "end": "20260625T140000",
                 "summary": "Jornada de evaluación – Asesora Pedagógica Digital",
                 "location": "Editorial Bosque de Letras, C/ Princesa 31, Madrid"},
        "body": """Hola, Lucía:

Por la huelga de transporte convocada para el jueves 11 en Madrid, hemos decidido trasladar la jornada de evaluación al jueves 25 de junio, con el mismo horario (9:30–14:00) y en el mismo lugar.

Te he enviado la convocatoria actualizada. Si ya habías comprado el billete de AVE, cámbialo y guárdanos el justificante de la diferencia.

Un saludo,
Inés Carrasco · Editorial Bosque de Letras""",
    },
    {
        "key": "mv_ett_alboran", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "slug": "talento_sur_alboran_miercoles", "company": "Academias Alborán",
        "contact": "nerea.campos@talentosur.example.es",
        "frm": ("Nerea Campos | Talento Sur ETT", "nerea.campos@talentosur.example.es"),
        "subject": "Cambio: entrevista con Academias Alborán pasa al miércoles",
        "date": "2026-02-27 13:25 +0100", "parent": "i_ett_alboran", "cte": "quoted-printable",
        "body": """Hola Lucía:

Me acaba de llamar Rebeca, de Academias Alborán: el lunes tiene claustro y no puede hacer la entrevista. La pasamos al miércoles 4 de marzo a las 16:00, también por Teams (el enlace sigue siendo el mismo).

Si el miércoles no te viene bien, dímelo hoy y se lo traslado.

Un abrazo,
Nerea""",
    },
    {
        "key": "mv_matvivas", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "slug": "matematicas_vivas_cancelada_nueva_fecha", "company": "Matemáticas Vivas",
        "contact": "guillermo@matematicasvivas.example.es",
        "frm": ("Guillermo Reina", "guillermo@matematicasvivas.example.es"),
        "subject": "Cancelado: Entrevista Formadora de Centros – Lucía Benítez",
        "date": "2026-09-21 09:30 +0200", "fmt": "alt",
        "ics": {"method": "CANCEL", "uid": "agenda-mv-7781@matematicasvivas.example.es", "seq": 1,
                 "start": "20260923T120000", "end": "20260923T124000",
                 "summary": "Entrevista Formadora de Centros – Lucía Benítez",
                 "location": "Videollamada", "cte": "quoted-printable"},
        "body": """Hola, Lucía:

Tengo que cancelar la entrevista del miércoles 23 a las 12:00: Carla estará de baja unos días. Lo siento mucho.

¿Te vendría bien el lunes 28 de septiembre a las 12:00? Si es así, te mando una nueva invitación.

Un abrazo,
Guillermo""",
    },
    {
        "key": "mar_move", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "slug": "marisma_panel_nueva_fecha", "company": "Editorial Marisma",
        "contact": "rocio.almansa@marisma.example.es",
        "frm": ("Rocío Almansa Prieto", "rocio.almansa@marisma.example.es"),
        "subject": "Cambio de fecha: segunda entrevista Formador/a de producto digital",
        "date": "2026-05-11 09:48 +0200", "fmt": "alt", "charset": "windows-1252",
        "cte": "quoted-printable", "parent": "mar_inv2",
        "ics": {"uid": "mar-fd03-panel-0326@marisma.example.es", "seq": 1,
                 "start": "20260520T113000", "end": "20260520T123000",
                 "summary": "Entrevista Formador/a producto digital – Lucía Benítez",
                 "location": "Editorial Marisma, Avda. de la Buhaira 27, Sevilla – sala Guadalquivir",
                 "organizer": ("Rocío Almansa Prieto", "rocio.almansa@marisma.example.es")},
        "body": """Hola, Lucía:

Gonzalo Pineda tiene que asistir esta semana a la presentación de novedades en Madrid, así que necesitamos mover la entrevista del jueves 14 al miércoles 20 de mayo, también a las 11:30 y en nuestras oficinas de la Buhaira.

Le envío la convocatoria actualizada. Disculpe el cambio.

Un saludo,
Rocío Almansa Prieto
Recursos Humanos · Editorial Marisma""",
    },
    {
        "key": "mv_brightdesk", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "slug": "brightdesk_interview_moved", "company": "Brightdesk Learning",
        "contact": "rory.mccabe@brightdesk.example.ie",
        "frm": ("Rory McCabe", "rory.mccabe@brightdesk.example.ie"),
        "subject": "Re: Interview invitation - Customer Training Specialist, Brightdesk Learning",
        "date": "2026-07-06 14:12 +0100", "parent": "i_brightdesk", "quote": "inline",
        "body": """Hi Lucía,

Really sorry to do this - Gráinne has been called to a customer site in Cork on Thursday, so we need to move your interview from Thursday 9 July. Would Tuesday 14 July at the same time (11:00 Irish / 12:00 Seville) work? I've held the slot for you.

Thanks for your flexibility,
Rory""",
    },
    {
        "key": "mv_stepwise", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "slug": "stepwise_panel_cancelled_rebook", "company": "Stepwise Learning",
        "contact": "priya.nair@stepwise.example.de",
        "frm": ("Priya Nair", "priya.nair@stepwise.example.de"),
        "subject": "Cancelled: Stepwise panel – Lucía Benítez (Customer Onboarding Lead)",
        "date": "2026-09-10 16:40 +0200", "fmt": "alt",
        "ics": {"method": "CANCEL", "uid": "ashby-stepwise-panel-4411@stepwise.example.de", "seq": 2,
                 "tz": "Europe/Berlin", "start": "20260914T140000", "end": "20260914T153000",
                 "summary": "Stepwise panel – Lucía Benítez (Customer Onboarding Lead)",
                 "location": "Google Meet"},
        "body": """Hi Lucía,

I'm cancelling Monday's panel invite because Max is travelling unexpectedly. Nothing has changed on our side regarding your application - we'll rebook for Monday 21 September at the same time, and I'll send a fresh invite tomorrow.

Apologies for the shuffle,
Priya""",
    },
    {
        "key": "mv_kinderfunke", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "slug": "kinderfunke_termin_verschoben", "company": "Kinderfunke Verlag",
        "contact": "s.albrecht@kinderfunke.example.de",
        "frm": ("Sabine Albrecht", "s.albrecht@kinderfunke.example.de"),
        "subject": "AW: Einladung zum Vorstellungsgespräch am 12. August",
        "date": "2026-08-07 15:20 +0200", "parent": "o_kinderfunke_confirm", "quote": "outlook",
        "cte": "quoted-printable",
        "body": """Sehr geehrte Frau Benítez,

vielen Dank für Ihre Bestätigung. Leider muss ich das Gespräch verschieben, da Herr Dr. Weiland kurzfristig zur Buchmesse-Vorbereitung nach Frankfurt reist. Können wir uns stattdessen am Donnerstag, 20. August, um 11:00 Uhr treffen? Ort und Teams-Link bleiben gleich.

Mit freundlichen Grüßen
Sabine Albrecht
Personalreferentin · Kinderfunke Verlag""",
    },
    {
        "key": "mv_sprachwerk", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "slug": "sprachwerk_probetag_verlegt", "company": "Sprachwerk Schulen",
        "contact": "h.paulsen@sprachwerk.example.de",
        "frm": ("Henrike Paulsen", "h.paulsen@sprachwerk.example.de"),
        "subject": "Ihr Probetag bei Sprachwerk – neuer Termin",
        "date": "2026-06-22 11:05 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "henc": ("windows-1252", "q"),
        "body": """Liebe Frau Benítez,

ich bin Schulleiterin in Berlin-Mitte und melde mich wegen Ihres Probetags am Freitag. Da an diesem Tag unsere Zeugniskonferenz stattfindet, möchten wir den Probetag auf Freitag, den 3. Juli, verlegen – gleiche Uhrzeit, gleicher Ablauf.

Geht das für Sie? Die Erstattung der Reisekosten bleibt natürlich bestehen, auch für eventuelle Umbuchungsgebühren.

Herzliche Grüße
Henrike Paulsen
Schulleitung Sprachwerk Schulen Berlin-Mitte""",
    },
    {
        "key": "mv_capitole", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "slug": "editions_capitole_entretien_decale", "company": "Éditions Capitole",
        "contact": "agnes.marty@editions-capitole.example.fr",
        "frm": ("Agnès Marty", "agnes.marty@editions-capitole.example.fr"),
        "subject": "Modification : entretien Formatrice numérique",
        "date": "2026-08-27 10:02 +0200", "fmt": "alt", "henc": ("iso-8859-1", "b"),
        "ics": {"uid": "capitole-entretien-benitez-0902@editions-capitole.example.fr", "seq": 1,
                 "tz": "Europe/Paris", "start": "20260909T143000", "end": "20260909T153000",
                 "summary": "Entretien Formatrice numérique – Éditions Capitole",
                 "location": "Éditions Capitole, 8 rue d'Alsace-Lorraine, Toulouse",
                 "organizer": ("Agnès Marty", "agnes.marty@editions-capitole.example.fr")},
        "body": """Bonjour Madame Benítez,

M. Dufour étant retenu par la rentrée des classes, nous sommes contraints de décaler votre entretien du mercredi 2 au mercredi 9 septembre, toujours à 14 h 30 et au même endroit. Vous trouverez ci-joint l'invitation mise à jour.

Nous vous prions de bien vouloir nous excuser pour ce changement.

Agnès Marty
Responsable des ressources humaines, Éditions Capitole""",
    },
    # ============================================================ missed interview
    {
        "key": "m_olivar", "kind": "missed_interview_notice", "lang": "es",
        "slug": "fundacion_olivar_te_esperabamos", "company": "Fundación Olivar Educa",
        "contact": "beatriz.luque@olivareduca.example.org",
        "frm": ("Beatriz Luque", "beatriz.luque@olivareduca.example.org"),
        "subject": "Re: Entrevista – Coordinadora pedagógica proyecto «Aulas que leen»",
        "date": "2026-03-03 18:05 +0100", "parent": "i_olivar", "quote": "inline", "cte": "8bit",
        "body": """Hola Lucía:

Antonio y yo te hemos estado esperando en la sede desde las 17:00 hasta casi las 17:45, y te he llamado un par de veces al móvil sin respuesta. Espero que no haya pasado nada.

Cuando puedas, dime algo.

Beatriz""",
    },
    {
        "key": "m_ett_call", "kind": "missed_interview_notice", "lang": "es",
        "slug": "talento_sur_llamada_sin_respuesta", "company": "Talento Sur",
        "contact": "nerea.campos@talentosur.example.es",
        "frm": ("Nerea Campos | Talento Sur ETT", "nerea.campos@talentosur.example.es"),
        "subject": "Te llamé ayer para la entrevista telefónica",
        "date": "2026-02-20 09:14 +0100", "cte": "quoted-printable",
        "body": """Hola Lucía:

Ayer a las 12:00, como habíamos quedado, te llamé para la entrevista telefónica de preselección, pero no contestabas y saltó el buzón de voz. Te dejé un mensaje.

Supongo que estarías en clase. ¿Te viene bien que lo intentemos hoy a partir de las 14:30 o el lunes a primera hora?

Un saludo,
Nerea Campos
Consultora de Selección · Talento Sur ETT""",
    },
    {
        "key": "m_olmo", "kind": "missed_interview_notice", "lang": "es",
        "slug": "olmo_no_conectaste_teams", "company": "Olmo Talent Partners",
        "contact": "alvaro.quesada@olmotalent.example.es",
        "frm": ("Álvaro Quesada", "alvaro.quesada@olmotalent.example.es"),
        "subject": "RE: Proceso confidencial – ¿hablamos el martes?",
        "date": "2026-03-24 18:25 +0100", "parent": "i_olmo", "quote": "outlook",
        "henc": ("utf-8", "b"), "charset": "windows-1252", "cte": "quoted-printable",
        "body": """Hola Lucía:

He estado conectado a Teams desde las 18:00 y no te he visto entrar. Te he escrito también por WhatsApp.

¿Te viene bien el jueves 26 a la misma hora? Si es así, te reenvío la invitación.

Saludos,
Álvaro""",
    },
    {
        "key": "m_scholaris", "kind": "missed_interview_notice", "lang": "es",
        "slug": "scholaris_no_te_conectaste", "company": "Scholaris",
        "contact": "sara.medina@scholaris.example.es",
        "frm": ("Sara Medina", "sara.medina@scholaris.example.es"),
        "subject": "Implementation Specialist – novedades",
        "date": "2026-03-17 11:20 +0100", "fmt": "alt",
        "body": """Hola Lucía:

Esta mañana a las 10:30 teníamos la videollamada con Raúl, nuestro Head of Implementation, y no llegaste a conectarte. Te esperamos unos quince minutos.

Imagino que habrá sido un problema de agenda. Dime qué tal te viene la semana que viene y vemos si podemos recolocarla.

Un saludo,
Sara Medina
People & Talent · Scholaris
Calle de Alcalá 120, 28009 Madrid""",
    },
    {
        "key": "m_giralda", "kind": "missed_interview_notice", "lang": "es",
        "slug": "idiomas_giralda_llamada_perdida", "company": "Idiomas Giralda",
        "contact": "rosa.maqueda@idiomasgiralda.example.es",
        "frm": ("Rosa Maqueda", "rosa.maqueda@idiomasgiralda.example.es"),
        "subject": "Entrevista telefónica de hoy",
        "date": "2026-01-15 13:32 +0100", "charset": "iso-8859-1", "cte": "8bit",
        "body": """Buenas tardes, Lucía:

Te he llamado a las 13:00, tal y como acordamos, para la entrevista telefónica del puesto de Coordinadora de Formación, pero no ha sido posible contactar contigo.

Si sigues interesada, respóndeme indicando un par de franjas horarias y te vuelvo a llamar.

Un saludo,
Rosa Maqueda
Recursos Humanos · Idiomas Giralda""",
    },
    {
        "key": "m_liffey", "kind": "missed_interview_notice", "lang": "en",
        "slug": "liffey_declan_waited", "company": "Owlbridge Learning",
        "contact": "sinead@liffeytalent.example.ie",
        "frm": ("Sinéad Gallagher", "sinead@liffeytalent.example.ie"),
        "subject": "Owlbridge second interview - are you OK?",
        "date": "2026-05-19 15:22 +0100", "henc": ("utf-8", "b"),
        "body": """Hi Lucía,

Declan from Owlbridge Learning has just been on to me - he was waiting on Teams for your second interview at 3pm Irish time and you didn't join. He tried ringing too.

Can you let me know what happened? He's kindly offered tomorrow at 10am Irish time instead if that works.

Sinéad""",
    },
    {
        "key": "m_kessler", "kind": "missed_interview_notice", "lang": "de",
        "slug": "kessler_nicht_erreicht", "company": "Kessler Personalberatung",
        "contact": "m.kessler@kessler-personal.example.de",
        "frm": ("Matthias Kessler", "m.kessler@kessler-personal.example.de"),
        "subject": "Position Customer Success Managerin EdTech",
        "date": "2026-06-18 11:40 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "body": """Liebe Frau Benítez,

ich habe Sie heute um 11:00 Uhr wie vereinbart zweimal auf Ihrer Mobilnummer angerufen, Sie aber leider nicht erreicht.

Bitte teilen Sie mir mit, wann ich es noch einmal versuchen kann.

Beste Grüße
Matthias Kessler
Kessler Personalberatung""",
    },
    {
        "key": "m_garonne", "kind": "missed_interview_notice", "lang": "fr",
        "slug": "lingua_garonne_absence", "company": "École Lingua Garonne",
        "contact": "lea.castan@linguagaronne.example.fr",
        "frm": ("Léa Castan", "lea.castan@linguagaronne.example.fr"),
        "subject": "Votre rendez-vous de ce matin",
        "date": "2026-06-09 11:05 +0200", "cte": "8bit",
        "body": """Bonjour Lucía,

Nous vous avons attendue ce matin à 10 h pour le cours d'essai et l'entretien, mais vous n'êtes pas venue et nous n'avons pas réussi à vous joindre par téléphone.

Nous espérons qu'il ne vous est rien arrivé. Merci de nous tenir informés.

Léa Castan
Directrice pédagogique, École Lingua Garonne""",
    },
    {
        "key": "m_arvor", "kind": "missed_interview_notice", "lang": "fr",
        "slug": "arvor_visio_manquee", "company": "Mathemagik",
        "contact": "yann.le-goff@arvor-recrutement.example.fr",
        "frm": ("Yann Le Goff", "yann.le-goff@arvor-recrutement.example.fr"),
        "subject": "RE: Entretien visio avec Mathemagik – mardi 8 septembre",
        "date": "2026-09-08 11:31 +0200", "parent": "i_arvor", "quote": "outlook",
        "charset": "windows-1252", "cte": "quoted-printable",
        "body": """Bonjour Lucía,

Camille Vidal vous a attendue en visio de 11 h à 11 h 20 et je n'ai pas réussi à vous joindre sur votre portable.

Pouvez-vous me dire ce qui s'est passé ? Je vois avec elle si un autre créneau est envisageable cette semaine.

Yann""",
    },
]
