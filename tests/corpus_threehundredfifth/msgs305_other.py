"""`other` mail of corpus 305: traps (digests, press, research, parcels, appointments, friends,
courses, cold approaches, out-of-office) and the candidate's own sent mail."""

from __future__ import annotations

from msgs305_common import CAND, CAND_SIG, OWN, M, Spec

OTHER = "other"


def bulk(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", unsubscribe),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


def ooo() -> list[tuple[str, str]]:
    return [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]


SPANISH: list[Spec] = [
    M(OTHER, "es", "", "empleo_norte_alerta_semanal",
      ("Empleo Norte Alertas", "alertas@empleonorte.example.es"), "2026-02-16 07:00 +0100",
      "12 nuevas ofertas de Analista de datos en Bizkaia",
      "Hola Aitor,\n\n"
      "Estas son las ofertas nuevas que coinciden con tu alerta \"analista de datos - "
      "Bizkaia\":\n\n"
      "- Analista de Datos Junior - Energía - Bilbao - Entrevista online en 48 h\n"
      "- Data Analyst (m/f) - Banca - Bilbao - Incorporación inmediata\n"
      "- Técnico/a BI - Hospital - Barakaldo - Proceso rápido: una sola entrevista\n"
      "- Analista de Procesos - Siderurgia - Sestao\n\n"
      "Consejo de la semana: ¿has recibido una respuesta negativa? Lamentablemente el "
      "rechazo\nforma parte del proceso. Pide feedback y prepara mejor la siguiente "
      "entrevista.\n\n"
      "Recibes este correo porque creaste una alerta en Empleo Norte. Darse de baja:\n"
      "https://empleonorte.example.es/alertas/baja?u=84412",
      bot=True, layout="alt", brand="#e03131",
      headers=bulk("Alertas Empleo Norte <alertas.empleonorte.example.es>",
                   "<https://empleonorte.example.es/alertas/baja?u=84412>, "
                   "<mailto:baja@empleonorte.example.es?subject=baja>")),
    M(OTHER, "es", "", "newsletter_cambio_de_carrera",
      ("Boletín Cambio de Carrera", "newsletter@cambiodecarrera.example.es"),
      "2026-03-27 08:30 +0100", "Nº 47 · Cómo encajar un «no» después de tres entrevistas",
      "BOLETÍN CAMBIO DE CARRERA · Nº 47\n\n"
      "En este número:\n\n"
      "1. Cómo encajar un «no» después de tres entrevistas. Lamentablemente, la mayoría "
      "de\nlos procesos terminan con un rechazo; te contamos cómo convertirlo en "
      "aprendizaje.\n"
      "2. De profesor a analista de datos: la historia de Irati, que hizo 40 "
      "entrevistas.\n"
      "3. Oferta del mes: curso de SQL con un 30 % de descuento.\n\n"
      "Nos vemos en el próximo número.\n\n"
      "Gestiona tu suscripción: https://cambiodecarrera.example.es/preferencias",
      layout="html", brand="#5f3dc4", subj_enc=("q", "utf-8"),
      headers=bulk("<boletin.cambiodecarrera.example.es>",
                   "<https://cambiodecarrera.example.es/baja/7731>")),
    M(OTHER, "es", "", "radio_ria_entrevista",
      ("Edurne Iturbe", "edurne.iturbe@riairratia.example.es"),
      "2026-03-10 12:12 +0100", "Entrevista para el programa «Gaur Goizean»",
      "Hola Aitor:\n\n"
      "Soy Edurne, periodista de Ría Irratia. Estamos preparando un reportaje sobre "
      "profesores\nque se pasan a la tecnología y una compañera me ha hablado de ti. "
      "¿Te animarías a una\nentrevista en directo de unos diez minutos el martes 17 a "
      "las 9:20? Puede ser por\nteléfono.\n\nMuchas gracias,\nEdurne Iturbe\n"
      "Redacción de informativos – Ría Irratia", subj_enc=("b", "utf-8")),
    M(OTHER, "es", "", "paquete_retrasado", ("Envíos Rápidos Cantábrico",
      "no-reply@enviosrapidos.example.es"), "2026-03-19 15:20 +0100",
      "Tu envío 4471 0932 2210 lleva retraso",
      "Hola Aitor:\n\n"
      "Lamentablemente, tu paquete (Libro: Python para análisis de datos) sufre un "
      "retraso por\nuna incidencia en el centro de clasificación de Vitoria. La nueva "
      "fecha estimada de\nentrega es el lunes 23 de marzo.\n\n"
      "Sentimos las molestias. Puedes seguir tu envío en la web con el código "
      "44710932221.\n\nEnvíos Rápidos Cantábrico", name_enc=("q", "utf-8"),
      layout="alt", brand="#fab005"),
    M(OTHER, "es", "", "banco_posicion_global",
      ("Banco Arriaga Online", "avisos@bancoarriaga.example.es"),
      "2026-07-01 06:00 +0200", "Tu posición global a 30 de junio",
      "Hola Aitor:\n\n"
      "Ya tienes disponible el resumen de tu posición global a 30/06/2026: cuentas, "
      "tarjetas,\nfondos y el depósito a plazo. Consulta el detalle en la app o en la "
      "banca online.\n\n"
      "Por tu seguridad, nunca te pediremos claves por correo.\n\nBanco Arriaga",
      bot=True, layout="html", brand="#0b7285", cte="base64"),
    M(OTHER, "es", "", "visita_piso_gros", ("Koldo Arrieta", "koldo.arrieta@example.com"),
      "2026-05-08 20:05 +0200", "Visita al piso de la calle Zabaleta",
      "Hola Aitor:\n\n"
      "Te confirmo la visita al piso de Zabaleta 31, 3º izquierda, el sábado a las 11:00. "
      "Te\nespero en el portal. Trae si puedes la última nómina, que ya hay otras dos "
      "personas\ninteresadas.\n\nKoldo\n644 90 12 33"),
    M(OTHER, "es", "", "dentista_recordatorio", ("Clínica Dental Indautxu",
      "citas@dentalindautxu.example.es"), "2026-02-04 10:00 +0100",
      "Recordatorio de su cita: 6 de febrero, 17:30",
      "Estimado/a paciente:\n\n"
      "Le recordamos su cita de revisión y limpieza el viernes 6 de febrero a las 17:30 "
      "con la\nDra. Etxabe. Si no puede acudir, llámenos al 944 10 20 30 con 24 horas de "
      "antelación.\n\nClínica Dental Indautxu · Calle Gregorio de la Revilla 12, Bilbao",
      bot=True, name_enc=("q", "iso-8859-1"), charset="iso-8859-1", cte="quoted-printable"),
    M(OTHER, "es", "", "amigo_jon_rechazo_propio", ("Jon Mugika", "jon.mugika@example.es"),
      "2026-04-03 22:41 +0200", "Me han dicho que no :(",
      "Aitor, qué tal?\n\n"
      "Nada, que al final los del puerto me han rechazado. Después de tres entrevistas, "
      "un correo\nde dos líneas: \"lamentamos comunicarte que no continúas en el "
      "proceso\". Estoy un poco\nde bajón.\n\nTú cómo vas con lo de Energía Cantábrica? "
      "Cañas el viernes y me cuentas?\n\nJon"),
    M(OTHER, "es", "", "amiga_ainhoa_reenvia_su_entrevista",
      ("Ainhoa Etxano", "ainhoa.etxano@example.es"), "2026-05-19 08:12 +0200",
      "Fwd: Convocatoria entrevista – Técnica de Laboratorio",
      "¡Aitor! Mira lo que me ha llegado, me han llamado para la entrevista del hospital.\n"
      "¿Me ayudas a prepararla el fin de semana? Tú que ya tienes práctica...\n\nAinhoa",
      fwd={"frm": ("Selección Hospital de Cruces", "seleccion@hospitalcruces.example.es"),
           "to": ("Ainhoa Etxano", "ainhoa.etxano@example.es"),
           "date": "2026-05-18 13:00 +0200",
           "subject": "Convocatoria entrevista – Técnica de Laboratorio", "slug": "fwd",
           "subj_enc": ("q", "utf-8"), "cte": "quoted-printable",
           "body": "Estimada Ainhoa:\n\nLe convocamos a una entrevista personal el 27 de "
                   "mayo a las 10:00 en el\npabellón de dirección.\n\nSelección de "
                   "Personal"}, subj_enc=("q", "utf-8")),
    M(OTHER, "es", "", "curso_sin_plaza", ("Ikasbide Formación", "formacion@ikasbide.example.es"),
      "2026-01-30 11:00 +0100", "Resultado de la admisión – Curso Power BI avanzado",
      "Estimado Aitor Goikoetxea:\n\n"
      "Lamentablemente, no ha obtenido plaza en el curso \"Power BI avanzado\" (edición "
      "febrero,\nBilbao). Ha quedado en la posición 14 de la lista de espera. Si se "
      "produce alguna\nbaja, nos pondremos en contacto con usted.\n\n"
      "Le animamos a inscribirse en la próxima edición de abril.\n\nIkasbide – Servicio "
      "de Formación"),
    M(OTHER, "es", "", "headhunter_contacto_en_frio",
      ("Carlos Peñalver", "carlos.penalver@talentohub.example.es"),
      "2026-06-15 13:30 +0200", "¿Abierto a nuevas oportunidades?",
      "Hola Aitor:\n\n"
      "He visto tu perfil y tu transición de la docencia a los datos me parece muy "
      "interesante.\nTrabajo con varias empresas tecnológicas de Madrid y Bilbao que "
      "buscan perfiles\nanalíticos. Ahora mismo no tengo una vacante concreta para ti, "
      "pero me gustaría\ntenerte en el radar.\n\n"
      "Si te apetece, guárdate mi contacto.\n\nCarlos Peñalver\nTalent Hub Consulting",
      name_enc=("b", "utf-8")),
    OWN("es", "own_candidatura_navarra_eolica", ("Selección Navarra Eólica",
        "seleccion@navarraeolica.example.es"), "2026-04-06 19:45 +0200",
        "Candidatura – Analista de Datos de Producción",
        "Buenas tardes:\n\n"
        "Me dirijo a ustedes para presentar mi candidatura al puesto de Analista de Datos "
        "de\nProducción publicado en su web. Soy profesor de Física en Bilbao y he "
        "completado un\nmáster en Ciencia de Datos; llevo dos años trabajando con "
        "Python y SQL en proyectos\nde energía con mis alumnos.\n\nAdjunto mi CV.\n\n"
        "Un saludo,\n" + CAND_SIG, subj_enc=("q", "utf-8"),
        pdfs=[("CV_Aitor_Goikoetxea.pdf", ["Aitor Goikoetxea", "Data Analyst junior",
               "Python, SQL, Power BI, estadistica"])]),
    OWN("es", "own_pide_cambio_assessment", ("Metrópoli Datos – Talento",
        "talento@metropolidatos.example.es"), "2026-05-12 21:30 +0200",
        "Consulta sobre la fecha del assessment center",
        "Hola:\n\nGracias por la convocatoria. El 26 de mayo tengo evaluaciones finales en "
        "el\ninstituto. ¿Habría alguna posibilidad de asistir a otra convocatoria, si la "
        "hay?\n\nUn saludo,\nAitor Goikoetxea"),
    OWN("es", "own_disculpa_metropoli", ("Metrópoli Datos – Talento",
        "talento@metropolidatos.example.es"), "2026-06-02 19:02 +0200",
        "Re: Tu ausencia en el Assessment Center de hoy",
        "Hola:\n\nOs pido disculpas. Hoy no he podido viajar a Madrid por un imprevisto "
        "familiar y\nno supe avisar a tiempo. Me encantaría participar en la convocatoria "
        "del 16 de junio.\n\nGracias por la comprensión,\nAitor", subj_enc=("b", "utf-8")),
    M(OTHER, "es", "", "fuera_oficina_nerea",
      ("Nerea Ibáñez", "nerea.ibanez@talentia-seleccion.example.es"),
      "2026-08-10 09:00 +0200", "Respuesta automática: Disponibilidad en septiembre",
      "Hola:\n\n"
      "Estoy de vacaciones hasta el 24 de agosto, sin acceso al correo. Para temas "
      "urgentes\npuedes escribir a seleccion@talentia-seleccion.example.es o llamar al "
      "946 55 21 80.\n\nGracias,\nNerea", name_enc=("q", "iso-8859-1"),
      subj_enc=("q", "utf-8"), headers=ooo()),
    M(OTHER, "es", "", "investigacion_usuarios_app",
      ("Lucía Ferrer | Investigación UX", "lucia.ferrer@monedero.example.es"),
      "2026-02-19 11:40 +0100", "¿Nos ayudas con una entrevista de 30 minutos? (50 € de regalo)",
      "Hola Aitor:\n\n"
      "Soy Lucía, del equipo de Investigación de Monedero. Estamos hablando con usuarios "
      "de la\napp para entender cómo gestionáis vuestros ahorros. ¿Te apetecería "
      "participar en una\nentrevista por videollamada de 30 minutos la semana que viene? "
      "Como agradecimiento,\nte enviaremos una tarjeta regalo de 50 €.\n\n"
      "Elige un hueco aquí: https://monedero.example.es/research/slots\n\nLucía Ferrer",
      subj_enc=("b", "utf-8"), name_enc=("q", "utf-8"), layout="alt", brand="#12b886"),
    M(OTHER, "es", "", "instituto_entrevistas_familias",
      ("Begoña Alkorta", "balkorta@ies-artxanda.example.es"), "2026-01-26 16:10 +0100",
      "Entrevistas con familias – 2ª evaluación",
      "Compañeros y compañeras:\n\n"
      "Os recuerdo que las entrevistas con las familias de la 2ª evaluación serán el "
      "jueves 5\nde febrero de 16:00 a 19:00. Cada tutor/a recibirá su cuadrante de "
      "horarios el lunes.\nLas notas deben estar cerradas en la plataforma antes del "
      "miércoles.\n\n"
      "Gracias,\nBegoña Alkorta\nJefa de Estudios, IES Artxanda",
      to=[CAND, ("Claustro IES Artxanda", "claustro@ies-artxanda.example.es")],
      name_enc=("q", "iso-8859-1"), charset="iso-8859-1", cte="8bit"),
    OWN("es", "own_gracias_txoko", ("Garazi Aranburu", "garazi@txoko-analytics.example.es"),
        "2026-07-07 19:20 +0200", "Eskerrik asko por la jornada de hoy",
        "Hola Garazi:\n\nSolo quería daros las gracias por el día de hoy. Me lo he pasado "
        "genial\nresolviendo el problema de previsión de demanda con Iker y Maialen, y me "
        "he llevado\nmuchas ideas. Quedo a la espera de noticias.\n\nUn abrazo,\nAitor",
        layout="alt", brand="#f76707"),
]

ENGLISH: list[Spec] = [
    M(OTHER, "en", "", "podcast_career_switchers",
      ("Aoife Brennan", "aoife@careerswitchers.example.ie"),
      "2026-04-14 17:22 +0100", "Interview for the Career Switchers podcast?",
      "Hi Aitor,\n\n"
      "I host Career Switchers, a small podcast about people changing careers in their "
      "30s. Your\npost about going from teaching physics to data analysis got a lot of "
      "attention. Would\nyou be up for a 40-minute recorded interview some evening in "
      "May?\n\nNo pressure at all!\n\nAoife Brennan\nCareer Switchers Podcast, Dublin"),
    M(OTHER, "en", "", "irish_jobs_digest", ("JobsBoard.ie Alerts", "alerts@jobsboard.example.ie"),
      "2026-05-25 06:30 +0100", "Your daily job alert: 9 new Data Analyst jobs in Dublin",
      "Good morning Aitor,\n\n"
      "New jobs matching \"data analyst, Dublin\":\n\n"
      "* Junior Data Analyst - Fintech - Dublin 2 - Video interview in first stage\n"
      "* Graduate Analyst - Utilities - Dublin 4 - Apply in 2 minutes\n"
      "* BI Analyst - Healthcare - Tallaght\n\n"
      "Career tip: Unfortunately, most applications are rejected by software before a "
      "human\nsees them. Here's how to beat the ATS and land the interview.\n\n"
      "Unsubscribe or change alert settings: https://jobsboard.example.ie/alerts",
      bot=True, layout="alt", brand="#1098ad",
      headers=bulk("JobsBoard daily alerts <daily.alerts.jobsboard.example.ie>",
                   "<https://jobsboard.example.ie/alerts/unsubscribe?id=55102>")),
    M(OTHER, "en", "", "user_research_job_platform",
      ("Priya Nair", "priya.nair@hirepath.example.com"),
      "2026-06-22 10:05 +0100", "Would you share your job search story? (research interview)",
      "Hi Aitor,\n\n"
      "I'm a user researcher at HirePath. We're interviewing job seekers who recently "
      "moved into\ndata roles to understand what works and what doesn't. It's a 45-minute "
      "video chat, not\na job interview, and we offer a EUR 40 voucher as thanks.\n\n"
      "Interested? Just reply and I'll send some times.\n\nPriya"),
    M(OTHER, "en", "", "friend_siobhan_gutted", ("Siobhán Kelly", "siobhan.kelly@example.ie"),
      "2026-03-03 21:15 +0000", "Fwd: Your application",
      "Got this today. Gutted, honestly. Fourth no this month. Pints when you're over in "
      "Dublin?\n\nS.\n\n"
      "---------- Forwarded message ---------\n"
      "From: Talent Team <careers@brightwater.example.ie>\n"
      "Date: Tue, 3 Mar 2026 at 16:02\nSubject: Your application\n"
      "To: Siobhán Kelly <siobhan.kelly@example.ie>\n\n"
      "Dear Siobhán,\n\nThank you for your interest. Unfortunately we will not be moving "
      "forward\nwith your application at this time.\n\nTalent Team",
      name_enc=("b", "utf-8")),
    OWN("en", "own_application_liffey_water", ("Niamh O'Sullivan",
        "niamh.osullivan@liffeywater.example.ie"), "2026-02-05 20:10 +0000",
        "Application - Network Data Analyst",
        "Dear Ms O'Sullivan,\n\n"
        "Please find attached my CV for the Network Data Analyst position. I am a physics "
        "teacher\nwith a master's in data science and a strong interest in water and "
        "energy networks.\nI would be happy to relocate to Dublin.\n\nKind regards,\n"
        "Aitor Goikoetxea",
        pdfs=[("Aitor_Goikoetxea_CV_EN.pdf", ["Aitor Goikoetxea - CV", "Data analysis, "
               "Python, SQL", "Bilbao, Spain"])]),
    M(OTHER, "en", "", "orla_out_of_office", ("Orla Kennedy",
      "orla.kennedy@ferrybank.example.ie"), "2026-02-19 08:00 +0000",
      "Automatic reply: Thank you",
      "Thanks for your email. I'm out of the office until Monday 2 March with limited "
      "access\nto email. For anything urgent, please contact talent@ferrybank.example.ie."
      "\n\nOrla", headers=ooo()),
    M(OTHER, "en", "", "gps_tracker_position",
      ("TrailTrack", "notifications@trailtrack.example.com"),
      "2026-08-30 14:12 +0200", "Position update: your bike tracker moved",
      "Hi Aitor,\n\n"
      "Your device \"Orbea commuter\" reported a new position at 14:10: 43.2630 N, 2.9350 "
      "W\n(Bilbao, Abando). If this wasn't you, open the app to start live tracking.\n\n"
      "TrailTrack", layout="html", brand="#495057"),
]

GERMAN: list[Spec] = [
    M(OTHER, "de", "", "jobletter_muenchen",
      ("Jobletter München", "newsletter@jobletter-muc.example.de"),
      "2026-06-08 07:15 +0200", "Jobletter KW 24: 15 neue Stellen für Data Analysts",
      "Servus Aitor,\n\n"
      "hier sind die neuen Stellen der Woche:\n\n"
      "- Junior Data Analyst (m/w/d) - Energieversorger - München - Vorstellungsgespräch "
      "per Video\n- Werkstudent Data Science - Start-up - Werksviertel\n"
      "- BI-Analyst - Klinikum - Großhadern\n\n"
      "Tipp der Woche: Absage erhalten? So gehen Sie professionell damit um und bereiten "
      "sich\nauf das nächste Vorstellungsgespräch vor.\n\n"
      "Abmelden: https://jobletter-muc.example.de/abmelden",
      layout="alt", brand="#1864ab", subj_enc=("q", "iso-8859-1"),
      headers=bulk("Jobletter Muenchen <jobletter.jobletter-muc.example.de>",
                   "<https://jobletter-muc.example.de/abmelden?id=2291>")),
    M(OTHER, "de", "", "headhunter_kaltakquise", ("Maximilian Roth",
      "m.roth@roth-executive.example.de"), "2026-05-05 11:30 +0200",
      "Ihr Profil – Austausch?",
      "Guten Tag Herr Goikoetxea,\n\n"
      "ich bin auf Ihr Profil gestoßen und finde Ihren Weg vom Physiklehrer zur "
      "Datenanalyse\nspannend. Ich besetze regelmäßig Positionen im Bereich Analytics in "
      "Süddeutschland.\nAktuell habe ich nichts Konkretes, würde Sie aber gerne in "
      "meinem Netzwerk aufnehmen.\n\n"
      "Beste Grüße\nMaximilian Roth\nRoth Executive Search, München", charset="iso-8859-1",
      cte="quoted-printable"),
    M(OTHER, "de", "", "wohnungsbesichtigung_giesing", ("Gerda Pfister", "g.pfister@example.de"),
      "2026-08-20 19:40 +0200", "Besichtigung Wohnung Tegernseer Landstraße",
      "Hallo Herr Goikoetxea,\n\n"
      "gerne können Sie die 2-Zimmer-Wohnung am Mittwoch, 26. August, um 18 Uhr "
      "besichtigen.\nBitte bringen Sie eine Schufa-Auskunft und die letzten drei "
      "Gehaltsnachweise mit.\n\nFreundliche Grüße\nGerda Pfister"),
    M(OTHER, "de", "", "zahnarzt_termin", ("Zahnarztpraxis Dr. Kellermann",
      "praxis@zahnarzt-kellermann.example.de"), "2026-08-24 09:00 +0200",
      "Terminbestätigung 27.08.2026",
      "Sehr geehrter Herr Goikoetxea,\n\n"
      "hiermit bestätigen wir Ihren Termin am Donnerstag, 27.08.2026, um 8:15 Uhr "
      "(Schmerzsprechstunde).\nBitte bringen Sie Ihre Europäische Krankenversicherungskarte "
      "mit.\n\nIhr Praxisteam Dr. Kellermann\nLindwurmstraße 44, München",
      subj_enc=("b", "utf-8")),
    M(OTHER, "de", "", "vhs_kein_kursplatz", ("VHS München Anmeldung",
      "anmeldung@vhs-muenchen.example.de"), "2026-07-14 12:00 +0200",
      "Ihre Anmeldung: Deutsch B1 Intensiv (Kurs 26H-4410)",
      "Sehr geehrter Herr Goikoetxea,\n\n"
      "leider müssen wir Ihnen mitteilen, dass der Kurs Deutsch B1 Intensiv bereits "
      "ausgebucht\nist. Wir haben Sie auf die Warteliste gesetzt (Platz 6). Eine Absage "
      "bedeutet keine\nGebühr für Sie.\n\nMit freundlichen Grüßen\nIhre Volkshochschule",
      layout="alt", brand="#e8590c", cte="base64"),
    OWN("de", "own_bewerbung_datenfluss", ("Datenfluss Jobs", "jobs@datenfluss.example.de"),
        "2026-08-02 22:00 +0200", "Bewerbung als Junior Data Analyst",
        "Hallo Datenfluss-Team,\n\n"
        "anbei sende ich euch meine Bewerbung als Junior Data Analyst. Ich bin "
        "Physiklehrer in\nBilbao, habe einen Master in Data Science und lerne seit "
        "einem Jahr Deutsch (B1).\nIch würde mich sehr über ein Gespräch freuen.\n\n"
        "Viele Grüße\nAitor Goikoetxea", subj_enc=("q", "utf-8"),
        pdfs=[("Lebenslauf_Goikoetxea.pdf", ["Aitor Goikoetxea - Lebenslauf",
               "Data Analyst, Python, SQL"])]),
    M(OTHER, "de", "", "abwesenheit_huber", ("Franziska Huber",
      "franziska.huber@kreditbank-isartal.example.de"), "2026-04-22 09:10 +0200",
      "Automatische Antwort: Ihre Bewerbung bei der Kreditbank Isartal",
      "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. Mai nicht im Büro "
      "und habe\nkeinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich "
      "bitte an\nrecruiting@kreditbank-isartal.example.de.\n\nFranziska Huber",
      subj_enc=("q", "utf-8"), headers=ooo(), charset="iso-8859-1",
      cte="8bit"),
    M(OTHER, "de", "", "magazin_interview_anfrage", ("Julia Brandl",
      "j.brandl@bildungsblick.example.de"), "2026-09-16 15:00 +0200",
      "Interviewanfrage: Quereinsteiger in die Datenanalyse",
      "Hallo Herr Goikoetxea,\n\n"
      "ich schreibe für das Magazin Bildungsblick eine Reportage über Lehrkräfte, die in "
      "die\nDatenanalyse wechseln. Hätten Sie Lust auf ein kurzes Interview per Telefon "
      "oder\nVideo? Das Gespräch würde etwa 30 Minuten dauern.\n\nHerzliche Grüße\n"
      "Julia Brandl\nRedaktion Bildungsblick"),
    M(OTHER, "de", "", "paket_verzoegert",
      ("Paketdienst Süd", "noreply@paketdienst-sued.example.de"),
      "2026-09-01 11:45 +0200", "Ihre Sendung verzögert sich",
      "Hallo Aitor Goikoetxea,\n\n"
      "leider verzögert sich die Zustellung Ihrer Sendung 00340434 1190 2281 um ein bis "
      "zwei\nWerktage. Grund: erhöhtes Sendungsaufkommen im Paketzentrum Aschheim.\n\n"
      "Ihr Paketdienst Süd", layout="html", brand="#f59f00",
      name_enc=("b", "iso-8859-1")),
]

FRENCH: list[Spec] = [
    M(OTHER, "fr", "", "alertes_emploi_bordeaux", ("Alertes Emploi Gironde",
      "alertes@emploi-gironde.example.fr"), "2026-05-12 07:05 +0200",
      "8 nouvelles offres : data analyst – Bordeaux",
      "Bonjour Aitor,\n\n"
      "Voici les nouvelles offres correspondant à votre alerte :\n\n"
      "- Data analyst H/F – Énergie – Bordeaux – entretien en visio dès cette semaine\n"
      "- Chargé d'études statistiques – Collectivité – Bordeaux\n"
      "- Analyste BI – Santé – Mérignac\n\n"
      "Le conseil du jour : un refus n'est jamais définitif ! Malheureusement, 80 % des\n"
      "candidatures restent sans réponse : relancez après dix jours.\n\n"
      "Se désabonner : https://emploi-gironde.example.fr/alertes/stop",
      bot=True, layout="alt", brand="#c2255c", subj_enc=("q", "utf-8"),
      headers=bulk("<alertes.emploi-gironde.example.fr>",
                   "<https://emploi-gironde.example.fr/alertes/stop?c=9012>, "
                   "<mailto:stop@emploi-gironde.example.fr>")),
    M(OTHER, "fr", "", "lettre_reconversion", ("La Lettre Reconversion",
      "newsletter@lettre-reconversion.example.fr"), "2026-09-24 08:00 +0200",
      "Rebondir après un refus d'embauche",
      "LA LETTRE RECONVERSION – septembre 2026\n\n"
      "Au sommaire :\n"
      "- Rebondir après un refus d'embauche : nos cinq conseils\n"
      "- Témoignage : de professeure de maths à data analyst en 18 mois\n"
      "- Préparer un entretien d'embauche quand on n'a pas d'expérience\n\n"
      "Vous recevez cette lettre car vous êtes inscrit sur notre site.",
      layout="html", brand="#1971c2", subj_enc=("b", "utf-8"),
      headers=bulk("<lettre.lettre-reconversion.example.fr>",
                   "<https://lettre-reconversion.example.fr/desinscription>")),
    M(OTHER, "fr", "", "radio_garonne_interview", ("Mathilde Roux",
      "mathilde.roux@radiogaronne.example.fr"), "2026-06-26 10:40 +0200",
      "Demande d'interview – émission Nouveaux Départs",
      "Bonjour Monsieur Goikoetxea,\n\n"
      "Je prépare pour Radio Garonne une émission sur les Européens qui changent de "
      "métier et\nde pays. Accepteriez-vous de répondre à une interview téléphonique "
      "d'une quinzaine de\nminutes, en français ou en espagnol ?\n\n"
      "Bien cordialement,\nMathilde Roux\nJournaliste – Radio Garonne",
      subj_enc=("q", "utf-8")),
    M(OTHER, "fr", "", "visite_appartement_chartrons", ("Agence Immo Chartrons",
      "location@immo-chartrons.example.fr"), "2026-06-05 17:30 +0200",
      "Confirmation de visite – T2 rue Notre-Dame",
      "Bonjour Monsieur,\n\n"
      "Nous vous confirmons la visite du T2 situé 18 rue Notre-Dame, le samedi 13 juin à "
      "10h15.\nMerci de prévoir votre dossier locataire complet.\n\n"
      "Cordialement,\nAgence Immo Chartrons", charset="windows-1252",
      cte="quoted-printable"),
    M(OTHER, "fr", "", "rendez_vous_medecin", ("RDV Santé", "no-reply@rdvsante.example.fr"),
      "2026-06-09 18:00 +0200", "Rappel : votre rendez-vous demain à 9h40",
      "Bonjour Aitor GOIKOETXEA,\n\n"
      "Nous vous rappelons votre rendez-vous avec le Dr Anne Laborde (médecine générale) "
      "le\nmercredi 10 juin à 9h40, 22 cours Victor Hugo, Bordeaux.\n\n"
      "En cas d'empêchement, pensez à annuler.\n\nRDV Santé", layout="alt",
      brand="#228be6"),
    OWN("fr", "own_merci_vinalytics", ("Pauline Ferrand", "pauline@vinalytics.example.fr"),
        "2026-06-11 16:10 +0200", "Merci pour l'entretien",
        "Bonjour Pauline,\n\n"
        "Merci beaucoup pour notre échange de cet après-midi. Le projet de prévision des "
        "rendements\nà partir des données météo m'a vraiment enthousiasmé. Je reste à "
        "votre disposition\npour la suite.\n\nBien cordialement,\nAitor Goikoetxea",
        charset="iso-8859-1", cte="quoted-printable"),
    OWN("fr", "own_demande_decalage_lestage", ("Thomas Lestage",
        "thomas@lestage-conseil.example.fr"), "2026-08-27 12:30 +0200",
        "Re: Entretien avec notre client – mardi 1er septembre",
        "Bonjour Thomas,\n\n"
        "Merci beaucoup. Le 1er septembre est le jour de la rentrée des enseignants en "
        "Espagne ;\nserait-il possible de décaler l'entretien à l'après-midi ou au "
        "lendemain ?\n\nBien à vous,\nAitor", subj_enc=("q", "utf-8")),
    M(OTHER, "fr", "", "ami_bastien_refus", ("Bastien Moreau", "bastien.moreau@example.fr"),
      "2026-07-12 23:05 +0200", "Bon, c'est non pour moi",
      "Salut Aitor,\n\n"
      "Je voulais te dire que finalement Garonne Énergies m'a aussi dit non, après le "
      "deuxième\nentretien. Visiblement on s'est fait doubler par le même candidat, haha. "
      "On se fait\nune visio ce week-end pour se remonter le moral ?\n\nBastien"),
    M(OTHER, "fr", "", "formation_non_retenue", ("Admissions École Numérique Atlantique",
      "admissions@ecole-numerique-atlantique.example.fr"), "2026-03-31 14:00 +0200",
      "Votre candidature à la formation Data Analyst",
      "Bonjour Aitor,\n\n"
      "Nous avons étudié avec attention votre dossier pour la formation Data Analyst "
      "(session de\nseptembre). Malheureusement, votre candidature n'a pas été retenue "
      "pour cette session :\nles places financées sont réservées aux demandeurs "
      "d'emploi résidant en Nouvelle-Aquitaine.\n\n"
      "L'équipe Admissions", name_enc=("q", "utf-8"), layout="alt", brand="#5c940d"),
]

MESSAGES: list[Spec] = [*SPANISH, *ENGLISH, *GERMAN, *FRENCH]
assert all(spec["kind"] == "other" and spec["company"] == "" for spec in MESSAGES)
