"""Everything else: digests, newsletters, press and research interviews, parcels, banks,
flats, doctors, friends' own news, refused course places, cold approaches, auto-replies and
the candidate's own sent mail."""

from __future__ import annotations

from msgs337_common import ME, ME_NAME, SIGN_DE, SIGN_EN, SIGN_ES, SIGN_FR, html_page, paras_html

ME_PAIR = (ME_NAME, ME)
CV_LINES = ["Ainhoa Urrutia Belaustegi", "Donostia / San Sebastian - +34 688 41 27 90",
            "ainhoa.urrutia@example.es", "",
            "Experiencia: 11 anos como peluquera y responsable de salon (Donostia)",
            "Escaparatismo y visual del salon; formacion en Visual Merchandising 2025",
            "Idiomas: euskera, castellano, ingles C1, frances B2, aleman B1"]


def bulk(list_id: str, unsubscribe: str) -> list[tuple[str, str]]:
    """Headers a mailing-list or bulk sender adds."""
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsubscribe}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


_DIGEST_ES = (
    "Hola Ainhoa,\n\n"
    "Estas son las 6 nuevas ofertas de tu alerta «visual merchandising Gipuzkoa»:\n\n"
    "1. Visual Merchandiser – Moda Itsaso (Bilbao) · Jornada completa\n"
    "2. Escaparatista freelance – Galerías del Norte (Donostia)\n"
    "3. Encargado/a de tienda – Kirol Etxea (Pamplona) · Entrevista en el día\n"
    "4. Dependienta con funciones de visual – Olatua (Vitoria)\n"
    "5. Store Manager – Nácar Cosmética (Madrid)\n"
    "6. Responsable de exposición – Muebles Iruña (Pamplona)\n\n"
    "Consejo de la semana: ¿te han rechazado en una entrevista? Lamentablemente le pasa a "
    "todo el mundo.\nLee nuestra guía «Cómo convertir un no en tu próxima oferta».\n\n"
    "Empleos Norte · Recibes este correo porque creaste una alerta. Darse de baja: "
    "https://empleosnorte.example.es/baja\n")

_DIGEST_FR = (
    "Bonjour Ainhoa,\n\n"
    "8 nouvelles offres correspondent à votre alerte « visual merchandiser "
    "Nouvelle-Aquitaine » :\n\n"
    "• Visual merchandiser H/F – Galeries Lamarque, Bordeaux – CDI\n"
    "• Responsable de boutique – Mode Océane, Biarritz – entretien rapide\n"
    "• Étalagiste – Maison Garonne, Bordeaux Lac – CDD 6 mois\n"
    "• Conseillère beauté – Parfumerie Odalys, Bayonne\n"
    "• Chargé(e) d'animation commerciale – Atlantis Centres, Mérignac\n"
    "• … et 3 autres offres\n\n"
    "Le saviez-vous ? Un refus n'est jamais définitif : malheureusement, 7 candidats sur 10 "
    "abandonnent\naprès un premier entretien raté. Nos conseils dans le dossier du mois.\n\n"
    "EmploiSud – se désabonner : https://emploisud.example.fr/desabonnement\n")

SPECS: list[dict] = [
    # ---------------------------------------------------------------- Spanish ----------
    {
        "slug": "empleosnorte_alerta_semanal", "kind": "other", "lang": "es",
        "from": ("Empleos Norte", "alertas@empleosnorte.example.es"),
        "subject": "6 nuevas ofertas para «visual merchandising Gipuzkoa»",
        "date": "2026-02-02 07:00 +0100", "text": _DIGEST_ES,
        "html": html_page(paras_html(_DIGEST_ES), "EMPLEOS NORTE", "#004f9f"),
        "headers": bulk("<alertas.empleosnorte.example.es>",
                        "https://empleosnorte.example.es/baja?u=ainhoa"),
    },
    {
        "slug": "blog_empleo_rechazo_entrevistas", "kind": "other", "lang": "es",
        "from": ("Revista Trabajo y Talento", "newsletter@trabajoytalento.example.es"),
        "subject": "Cómo gestionar el rechazo tras una entrevista (y 5 ofertas de retail)",
        "date": "2026-03-03 08:30 +0100",
        "html": html_page(
            "<h2>Lamentablemente, no ha sido seleccionada…</h2>\n<p>¿Cuántas veces has leído "
            "esa frase? En este número te contamos cómo pedir feedback tras un rechazo, cómo "
            "preparar la entrevista por competencias y qué contestar cuando te preguntan por "
            "tu cambio de sector.</p>\n<p>Además: la entrevista del mes con la directora de "
            "visual de una gran cadena de moda y nuestras ofertas destacadas en retail.</p>\n"
            "<p><a href=\"https://trabajoytalento.example.es/n/112\">Leer la newsletter</a></p>",
            "Trabajo y Talento", "#6a1b9a",
            "Te has suscrito en trabajoytalento.example.es. "
            "<a href=\"https://trabajoytalento.example.es/baja\">Darse de baja</a>"),
        "headers": bulk("Trabajo y Talento <news.trabajoytalento.example.es>",
                        "https://trabajoytalento.example.es/baja?id=88410"),
    },
    {
        "slug": "radio_entrevista_peluqueria", "kind": "other", "lang": "es",
        "contact": "amaia.otegi@radiokosta.example.es",
        "from": ("Amaia Otegi – Radio Kosta", "amaia.otegi@radiokosta.example.es"),
        "subject": "Entrevista en «Mañanas en la Kosta» – peluquería sostenible",
        "date": "2026-02-11 12:12 +0100",
        "text": (
            "Hola Ainhoa:\n\n"
            "Soy Amaia, productora del magacín «Mañanas en la Kosta». Nos han hablado de tu "
            "salón y de\nlos talleres de peluquería sostenible que organizas. ¿Te animarías a "
            "una entrevista en directo\nde unos 10 minutos el miércoles 18 a las 11:20? Puede "
            "ser por teléfono o en el estudio.\n\n"
            "¡Gracias!\nAmaia Otegi\nProducción · Radio Kosta 98.4 FM\n"),
    },
    {
        "slug": "paquete_retrasado", "kind": "other", "lang": "es",
        "from": ("Envíos Rápidos Cantábrico", "noreply@enviosrapidos.example.es"),
        "subject": "Lamentablemente tu paquete llegará con retraso",
        "date": "2026-03-21 14:40 +0100",
        "text": (
            "Hola Ainhoa:\n\n"
            "Lamentablemente, tu envío 4EC-2290-118 (remitente: Tienda Online Tijeras Pro) "
            "sufre un retraso\npor incidencias en el centro logístico de Vitoria. La nueva "
            "fecha estimada de entrega es el\nmartes 24 de marzo.\n\n"
            "Sentimos las molestias. Puedes seguir tu envío en nuestra web.\n\n"
            "Envíos Rápidos Cantábrico\n"),
        "html": "auto",
    },
    {
        "slug": "banco_posicion_global", "kind": "other", "lang": "es",
        "from": ("Banca Kutxaberri", "avisos@kutxaberri.example.es"),
        "subject": "Tu posición global a 30 de abril", "date": "2026-05-01 06:15 +0200",
        "html": html_page(
            "<p>Hola AINHOA:</p>\n<p>Ya tienes disponible el resumen de tu <b>posición "
            "global</b> a 30/04/2026: cuentas, tarjetas y el fondo Kutxaberri Renta "
            "Fija.</p>\n<p>Accede a la banca online para consultar el detalle.</p>\n"
            "<p>Banca Kutxaberri nunca te pedirá tus claves por correo electrónico.</p>",
            "Kutxaberri", "#00664f"),
    },
    {
        "slug": "localizador_posicion_movil", "kind": "other", "lang": "es",
        "from": ("Localiza+", "no-reply@localizamas.example.com"),
        "subject": "Última posición conocida de tu dispositivo «Móvil Ainhoa»",
        "date": "2026-06-07 23:51 +0200",
        "text": (
            "Se ha registrado la última posición de tu dispositivo «Móvil Ainhoa» a las "
            "23:48:\nAlameda de Mazarredo, Bilbao (precisión 25 m).\n\n"
            "Si no has solicitado esta localización, revisa la seguridad de tu cuenta.\n"),
    },
    {
        "slug": "visita_piso_bilbao", "kind": "other", "lang": "es",
        "contact": "josean.uriarte@example.com",
        "from": ("Josean Uriarte", "josean.uriarte@example.com"),
        "subject": "Visita al piso de Indautxu", "date": "2026-04-14 19:22 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Te confirmo la visita al piso de la calle Gregorio de la Revilla el jueves a las "
            "18:30. Es\nun tercero sin ascensor, te lo digo ya para que no te lleves sorpresas. "
            "Si te encaja, la fianza\nson dos meses.\n\nUn saludo,\nJosean\n"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "dentista_recordatorio_cita", "kind": "other", "lang": "es",
        "from": ("Clínica Dental Antiguo", "citas@clinicaantiguo.example.es"),
        "subject": "Recordatorio de su cita – lunes 9 de marzo, 17:15",
        "date": "2026-03-06 10:00 +0100",
        "text": (
            "Estimada AINHOA URRUTIA:\n\n"
            "Le recordamos su cita de revisión e higiene con la Dra. Lertxundi el lunes 9 de "
            "marzo a las\n17:15. Si no puede acudir, rogamos nos avise con 24 horas de "
            "antelación llamando al\n943 00 19 44.\n\nClínica Dental Antiguo\n"),
    },
    {
        "slug": "amiga_su_rechazo", "kind": "other", "lang": "es",
        "contact": "maialen.soraluze@example.com",
        "from": ("Maialen Soraluze", "maialen.soraluze@example.com"),
        "subject": "Nada, que no 😩", "subject_enc": "B:utf-8",
        "date": "2026-03-13 22:40 +0100",
        "text": (
            "Ainhoa!!\n\n"
            "Al final me han rechazado en lo de la óptica de Amara. Después de tres "
            "entrevistas, la\ntía me manda un correo de dos líneas: «lamentablemente hemos "
            "decidido seguir con otra\ncandidata». En fin. ¿Un vino el sábado y me cuentas lo "
            "tuyo de Kresala?\n\nMuxu,\nMaia\n"),
    },
    {
        "slug": "amigo_reenvia_su_invitacion", "kind": "other", "lang": "es",
        "contact": "xabi.larrea@example.com", "from": ("Xabi Larrea", "xabi.larrea@example.com"),
        "subject": "Fwd: Entrevista – Dependiente Deportes Gorbea",
        "date": "2026-05-22 09:14 +0200",
        "text": (
            "Mira, ¡me han llamado de Gorbea para la tienda de Bilbao! ¿Tú no estabas también "
            "en ese proceso\ncon la ETT? Te reenvío el correo por si te sirve para saber "
            "cómo lo hacen.\n\nXabi\n"),
        "fwd": {
            "slug": "xabi_inner", "lang": "es",
            "from": ("Selección Deportes Gorbea", "seleccion@gorbea.example.es"),
            "to": ("Xabi Larrea", "xabi.larrea@example.com"),
            "subject": "Entrevista – Dependiente Deportes Gorbea",
            "date": "2026-05-21 17:02 +0200",
            "text": (
                "Hola Xabi:\n\n"
                "Te invitamos a una entrevista para el puesto de dependiente de sección de "
                "running en\nnuestra tienda de Bilbao el martes 26 de mayo a las 10:00.\n\n"
                "Selección Deportes Gorbea\n"),
        },
    },
    {
        "slug": "curso_lanbide_sin_plaza", "kind": "other", "lang": "es",
        "from": ("Lanbide – Formación", "no-reply@formacion.lanbide.example.eus"),
        "subject": "Resolución de admisión: Curso de Escaparatismo Comercial (COMT0110)",
        "date": "2026-01-21 13:00 +0100",
        "text": (
            "Estimada AINHOA URRUTIA BELAUSTEGI:\n\n"
            "Le comunicamos que, una vez baremadas las solicitudes, no ha obtenido plaza en "
            "el curso\n«Escaparatismo Comercial» (COMT0110) que se impartirá en Donostia entre "
            "febrero y mayo.\nHa quedado en el puesto 7 de la lista de reserva.\n\n"
            "Lamentamos no poder atender su solicitud en esta edición.\n\n"
            "Lanbide, Servicio Vasco de Empleo\n"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "mi_candidatura_kresala", "kind": "other", "lang": "es", "from": ME_PAIR,
        "to": ("Talento Kresala", "talento@kresala.example.es"),
        "subject": "Candidatura espontánea – Visual Merchandising",
        "date": "2026-01-08 21:37 +0100",
        "text": (
            "Buenas noches:\n\n"
            "Me llamo Ainhoa Urrutia y llevo once años como peluquera y responsable de un "
            "salón en el\nCentro de Donostia, donde me encargo también del escaparate y de "
            "la imagen de la tienda.\nEstoy haciendo la transición hacia el visual "
            "merchandising y me encantaría formar parte de\nKresala.\n\n"
            "Os adjunto mi CV y un pequeño portfolio.\n\n" + SIGN_ES),
        "pdfs": [("CV_Ainhoa_Urrutia.pdf", CV_LINES)],
    },
    {
        "slug": "mi_peticion_cambio_hora_loira", "kind": "other", "lang": "es", "from": ME_PAIR,
        "to": ("Iker Mendizabal", "iker.mendizabal@bidasoatalent.example.es"),
        "subject": "Consulta sobre la hora de la entrevista con Perfumes Loira",
        "date": "2026-06-16 08:02 +0200",
        "text": (
            "Hola Iker:\n\n"
            "Muchas gracias por la propuesta. El jueves 25 tengo que coger el tren desde "
            "Donostia; ¿sería\nposible hacer la entrevista a partir de las 17:00 en lugar de "
            "a las 16:00? Si no, me organizo.\n\n" + SIGN_ES),
    },
    {
        "slug": "mi_seguimiento_urdaneta", "kind": "other", "lang": "es", "from": ME_PAIR,
        "to": ("Beatriz Lozano Ferrer", "beatriz.lozano@urdaneta.example.es"),
        "subject": "Seguimiento de mi candidatura – Jefa de Planta Moda Mujer",
        "date": "2026-03-30 09:45 +0200",
        "text": (
            "Hola Beatriz:\n\n"
            "Espero que la directora de planta esté ya recuperada. Quería saber si hay novedades "
            "sobre la\nnueva fecha de entrevista. Sigo muy interesada en el puesto.\n\n"
            + SIGN_ES),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "slug": "fuera_oficina_hautatu", "kind": "other", "lang": "es",
        "contact": "oihana.lasa@hautatu.example.es",
        "from": ("Oihana Lasa", "oihana.lasa@hautatu.example.es"),
        "subject": "Respuesta automática: Documentación adicional",
        "date": "2026-04-03 10:11 +0200",
        "text": (
            "Hola,\n\n"
            "Estoy fuera de la oficina hasta el lunes 13 de abril, sin acceso al correo. Para "
            "temas urgentes\nrelacionados con procesos de selección, escribe a mi compañero "
            "Gorka Elorza.\n\nGracias,\nOihana\n"),
        "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    },
    {
        "slug": "investigacion_usuarios_app", "kind": "other", "lang": "es",
        "contact": "nahia.agirre@empleosnorte.example.es",
        "from": ("Nahia Agirre · UX Empleos Norte", "nahia.agirre@empleosnorte.example.es"),
        "subject": "¿Nos regalas 30 minutos? Entrevista con el equipo de producto",
        "date": "2026-05-18 11:00 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Vemos que usas mucho las alertas de Empleos Norte. Estamos rediseñando la app y "
            "buscamos\npersonas que cambien de sector para una entrevista de investigación de "
            "usuarios (30 min, por\nvideollamada). No es un proceso de selección: solo "
            "queremos escuchar tu experiencia. Te\nregalamos un cheque de 25 €.\n\n"
            "Reserva aquí: https://empleosnorte.example.es/ux/reserva\n\n"
            "Nahia Agirre\nUX Research · Empleos Norte\n"),
    },
    {
        "slug": "podcast_tijeras_y_cafe", "kind": "other", "lang": "es",
        "contact": "hola.lur@tijerasycafe.example.es",
        "from": ("Lur Iturbe", "hola.lur@tijerasycafe.example.es"),
        "subject": "Invitación al podcast Tijeras y Café", "date": "2026-07-27 16:30 +0200",
        "text": (
            "¡Hola Ainhoa!\n\n"
            "Soy Lur, del podcast Tijeras y Café. Preparamos un episodio sobre peluqueras que "
            "se reinventan\ny nos encantaría entrevistarte sobre tu salto al visual "
            "merchandising. Grabamos en remoto,\nunos 40 minutos, cuando te venga bien en "
            "septiembre.\n\n¿Te apetece?\nLur\n"),
    },
    {
        "slug": "clienta_cita_salon", "kind": "other", "lang": "es",
        "contact": "karmele.azpiroz@example.com",
        "from": ("Karmele Azpiroz", "karmele.azpiroz@example.com"),
        "subject": "¿Me coges para el sábado?", "date": "2026-02-26 20:05 +0100",
        "text": (
            "Hola Ainhoa, guapa:\n\n"
            "Me han dicho en el salón que te vas a una tienda, ¡qué pena! ¿Me podrías cortar "
            "y hacer mechas\nel sábado antes de irte? Tengo boda el domingo.\n\nUn beso,\n"
            "Karmele\n"),
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "slug": "lanbide_renovacion_demanda", "kind": "other", "lang": "es",
        "from": ("Lanbide", "no-reply@lanbide.example.eus"),
        "subject": "Aviso: renovación de su demanda de empleo",
        "date": "2026-09-01 07:30 +0200",
        "text": (
            "Le recordamos que debe renovar su demanda de empleo antes del 15/09/2026. Puede "
            "hacerlo en\nlanbide.example.eus o en su oficina de referencia (Donostia – "
            "Gros).\n\nEste mensaje se ha enviado automáticamente.\n"),
    },
    {
        "slug": "redpro_apariciones_busquedas", "kind": "other", "lang": "es",
        "from": ("RedPro", "notificaciones@redpro.example.com"),
        "subject": "Has aparecido en 14 búsquedas esta semana",
        "date": "2026-04-27 09:05 +0200",
        "html": html_page(
            "<p>Ainhoa, tu perfil ha aparecido en <b>14 búsquedas</b> esta semana.</p>\n"
            "<p>Te han encontrado reclutadores de: una consultora de selección, una cadena "
            "de deporte y una empresa de gestión de centros comerciales.</p>\n<p><a "
            "href=\"https://redpro.example.com/busquedas\">Ver quién te ha buscado</a></p>",
            "RedPro", "#0a66c2", "Gestiona tus notificaciones en Ajustes."),
        "headers": [("Precedence", "bulk"),
                    ("List-Unsubscribe", "<https://redpro.example.com/unsub?t=9ff1>")],
    },
    {
        "slug": "gimnasio_oferta_matricula", "kind": "other", "lang": "es",
        "from": ("Urban Fit Donostia", "news@urbanfit.example.es"),
        "subject": "🎉 Oferta exclusiva: 50 % en tu matrícula solo esta semana",
        "subject_enc": "B:utf-8",
        "date": "2026-09-14 12:00 +0200",
        "html": html_page(
            "<h2>¡Tenemos una oferta para ti!</h2>\n<p>Vuelve a Urban Fit con un 50 % de "
            "descuento en la matrícula y la primera semana gratis. Tu contrato, sin "
            "permanencia: firma online en 2 minutos.</p>", "URBAN FIT", "#ff3366",
            "<a href=\"https://urbanfit.example.es/baja\">No quiero recibir más correos</a>"),
        "headers": bulk("<promo.urbanfit.example.es>", "https://urbanfit.example.es/baja"),
    },
    {
        "slug": "mi_agradecimiento_nacar", "kind": "other", "lang": "es", "from": ME_PAIR,
        "to": ("Rubén Castaño", "ruben.castano@nacar.example.es"),
        "subject": "Gracias por la entrevista de hoy", "date": "2026-07-22 19:40 +0200",
        "text": (
            "Hola Rubén:\n\n"
            "Muchas gracias a ti y a Lucía por la entrevista de hoy en Fuencarral. Me ha "
            "encantado conocer\nel proyecto de Nácar y el equipo de la tienda. Quedo a "
            "vuestra disposición.\n\n" + SIGN_ES),
    },
    {
        "slug": "mi_respuesta_indefinido_kresala", "kind": "other", "lang": "es",
        "from": ME_PAIR, "to": ("Itziar Goikoetxea", "itziar.goikoetxea@kresala.example.es"),
        "subject": "RE: Propuesta: Responsable de Visual zona Gipuzkoa (indefinido)",
        "date": "2026-08-24 09:30 +0200",
        "text": (
            "Hola Itziar:\n\n"
            "Muchísimas gracias por la confianza. Antes de responder necesito unos días: "
            "tengo otro proceso\nen marcha fuera y quiero valorarlo con calma. ¿Os puedo "
            "contestar el jueves 27?\n\n" + SIGN_ES),
    },
    {
        "slug": "headhunter_talentia_contacto", "kind": "other", "lang": "es",
        "contact": "borja.salcedo@talentiaretail.example.es",
        "from": ("Borja Salcedo", "borja.salcedo@talentiaretail.example.es"),
        "subject": "Perfil visual / retail – ¿hablamos?", "date": "2026-06-30 10:48 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Soy Borja, socio de Talentia Retail Partners, firma especializada en búsqueda de "
            "mandos\nintermedios y directivos de retail. He visto tu trayectoria y me "
            "gustaría conocerte para tenerte\nen el radar de futuros proyectos en el norte y "
            "en Madrid. Ahora mismo no tengo una posición\nconcreta, pero suelen surgir "
            "varias al trimestre.\n\n¿Te vendría bien un café virtual algún día de la "
            "semana que viene?\n\nBorja Salcedo\nSocio · Talentia Retail Partners\n"),
    },
    {
        "slug": "escuela_master_retail_webinar", "kind": "other", "lang": "es",
        "from": ("Escuela Bizkaia de Negocios", "admisiones@ebn.example.es"),
        "subject": "Sesión informativa: Máster en Retail Management (plazas limitadas)",
        "date": "2026-10-05 17:00 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Te invitamos a la sesión informativa online del Máster en Retail Management, el "
            "jueves 15 de\noctubre a las 18:30. Conocerás el programa, las prácticas en "
            "grandes almacenes y el proceso\nde admisión (prueba escrita y entrevista "
            "personal).\n\n"
            "Inscríbete en https://ebn.example.es/sesion-retail\n\n"
            "Escuela Bizkaia de Negocios · Admisiones\n"),
        "html": "auto",
        "headers": bulk("<admisiones.ebn.example.es>", "mailto:baja@ebn.example.es"),
    },
    # ---------------------------------------------------------------- English ----------
    {
        "slug": "retailjobs_weekly_digest", "kind": "other", "lang": "en",
        "from": ("RetailJobs Weekly", "digest@retailjobsweekly.example.com"),
        "subject": "This week: 9 visual merchandising jobs in London + interview tips",
        "date": "2026-05-04 06:00 +0100",
        "text": (
            "Hi Ainhoa,\n\n"
            "Your weekly digest for 'visual merchandiser London':\n\n"
            "- Visual Merchandiser, Coral & Thread (Seven Dials) - full time\n"
            "- VM Lead, Harrowgate Home (Kensington) - apply by 15 May\n"
            "- Store Manager, Lumea Beauty (Covent Garden)\n"
            "- Assistant Store Manager, Stride Sports (Westfield)\n"
            "- ...and 5 more\n\n"
            "Career corner: 'Unfortunately, you were not successful' - how to ask for "
            "interview feedback\nafter a rejection, and why an offer can still come later.\n\n"
            "You're receiving this because you subscribed at retailjobsweekly.example.com.\n"
            "Unsubscribe: https://retailjobsweekly.example.com/u/ainhoa\n"),
        "headers": bulk("RetailJobs Weekly <weekly.retailjobsweekly.example.com>",
                        "https://retailjobsweekly.example.com/u/ainhoa"),
    },
    {
        "slug": "friend_chloe_own_rejection", "kind": "other", "lang": "en",
        "contact": "chloe.barnes@example.co.uk",
        "from": ("Chloe Barnes", "chloe.barnes@example.co.uk"),
        "subject": "ugh, another no", "date": "2026-06-12 21:03 +0100",
        "text": (
            "Hey lovely,\n\n"
            "Just had the 'we've decided to move forward with other candidates' email from "
            "that gallery job\nI told you about. Third rejection this month! Anyway, how did "
            "your Lumea interview go? When are\nyou coming over to London?\n\nxx Chloe\n"),
    },
    {
        "slug": "my_application_hollis_vane", "kind": "other", "lang": "en", "from": ME_PAIR,
        "to": ("Hollis & Vane Talent", "talent@hollisvane.example.co.uk"),
        "subject": "Application: Visual Merchandiser - Regent Street",
        "date": "2026-05-13 22:10 +0200",
        "text": (
            "Dear Hiring Team,\n\n"
            "Please find attached my CV for the Visual Merchandiser role at your Regent "
            "Street store. After\neleven years running a hair salon in San Sebastián, where "
            "I was responsible for windows and\nin-store displays, I'm moving into visual "
            "merchandising and would love to bring that eye for\ndetail to Hollis & Vane.\n\n"
            + SIGN_EN),
        "pdfs": [("Ainhoa_Urrutia_CV_EN.pdf", CV_LINES)],
    },
    # ---------------------------------------------------------------- German -----------
    {
        "slug": "karriere_newsletter_handel", "kind": "other", "lang": "de",
        "from": ("Karriere im Handel", "newsletter@karriere-handel.example.de"),
        "subject": "Newsletter 18/2026: Absagen richtig deuten & neue Jobs in München",
        "date": "2026-05-06 07:15 +0200",
        "html": html_page(
            "<h2>Leider müssen wir Ihnen mitteilen …</h2>\n<p>Was steckt hinter typischen "
            "Absageformulierungen? Unsere Expertin erklärt, wie Sie nach einem "
            "Vorstellungsgespräch Feedback einholen und warum eine Einladung zum zweiten "
            "Gespräch oft schon ein halbes Angebot ist.</p>\n<ul><li>Visual Merchandiser "
            "(m/w/d) – Modehaus Brenner</li><li>Filialleitung – Duftwerk Kosmetik</li>"
            "<li>Dekorateur/in – Wohnwelt Seidl</li></ul>", "Karriere im Handel", "#005a8c",
            "Abmelden: <a href=\"https://karriere-handel.example.de/abmelden\">hier</a>"),
        "headers": bulk("<newsletter.karriere-handel.example.de>",
                        "https://karriere-handel.example.de/abmelden?u=77120"),
    },
    {
        "slug": "paket_verzoegerung", "kind": "other", "lang": "de",
        "from": ("PaketBlitz", "noreply@paketblitz.example.de"),
        "subject": "Leider verzögert sich Ihre Sendung", "date": "2026-07-21 15:33 +0200",
        "text": (
            "Guten Tag,\n\n"
            "leider verzögert sich die Zustellung Ihrer Sendung 00340 4471 2210 an Ihre "
            "Packstation in\nMünchen. Neue voraussichtliche Zustellung: Donnerstag, "
            "23.07.2026.\n\nWir bitten um Entschuldigung.\nIhr PaketBlitz-Team\n"),
    },
    {
        "slug": "wohnungsbesichtigung_muenchen", "kind": "other", "lang": "de",
        "contact": "h.obermaier@example.de",
        "from": ("Hildegard Obermaier", "h.obermaier@example.de"),
        "subject": "Besichtigung Wohnung Westend", "date": "2026-09-10 18:12 +0200",
        "text": (
            "Sehr geehrte Frau Urrutia,\n\n"
            "gern können Sie die 2-Zimmer-Wohnung in der Westendstraße am Samstag um 11 Uhr "
            "besichtigen.\nBitte bringen Sie eine Mieterselbstauskunft und, falls vorhanden, "
            "Ihren Arbeitsvertrag mit.\n\nMit freundlichen Grüßen\nH. Obermaier\n"),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "slug": "meine_bitte_um_verschiebung_seidl", "kind": "other", "lang": "de",
        "from": ME_PAIR, "to": ("Markus Brandl", "m.brandl@wohnwelt-seidl.example.de"),
        "subject": "Bitte um einen anderen Termin", "date": "2026-06-12 08:55 +0200",
        "text": (
            "Sehr geehrter Herr Brandl,\n\n"
            "vielen Dank für die Nachricht. Am 23. Juni bin ich leider noch in Spanien "
            "gebunden. Wäre es\nmöglich, das Gespräch auf den 25. oder 26. Juni zu legen? "
            "Alternativ könnte ich per Video\nteilnehmen.\n\n" + SIGN_DE),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "praxis_terminbestaetigung", "kind": "other", "lang": "de",
        "from": ("Hausarztpraxis Dr. Pfeiffer", "termine@praxis-pfeiffer.example.de"),
        "subject": "Terminbestätigung: Dienstag, 06.10.2026, 08:40 Uhr",
        "date": "2026-10-01 12:04 +0200",
        "text": (
            "Sehr geehrte Frau Urrutia Belaustegi,\n\n"
            "hiermit bestätigen wir Ihren Termin zur Erstuntersuchung am Dienstag, 06.10.2026, "
            "um 08:40 Uhr.\nBitte bringen Sie Ihre Versichertenkarte mit.\n\n"
            "Ihr Praxisteam Dr. Pfeiffer\n"),
    },
    {
        "slug": "sprachkurs_ausgebucht", "kind": "other", "lang": "de",
        "from": ("Volkshochschule München-West", "anmeldung@vhs-west.example.de"),
        "subject": "Absage Ihrer Anmeldung – Deutsch B2 Intensiv (Kurs 26H-4410)",
        "date": "2026-08-19 09:30 +0200",
        "text": (
            "Sehr geehrte Frau Urrutia,\n\n"
            "leider müssen wir Ihnen mitteilen, dass der Kurs Deutsch B2 Intensiv bereits "
            "ausgebucht ist.\nWir haben Sie auf die Warteliste gesetzt (Platz 4) und "
            "informieren Sie, falls ein Platz frei\nwird.\n\nMit freundlichen Grüßen\nIhre "
            "Volkshochschule München-West\n"),
        "cte": "base64",
    },
    {
        "slug": "abwesenheitsnotiz_brenner", "kind": "other", "lang": "de",
        "contact": "jonas.albrecht@brenner-mode.example.de",
        "from": ("Jonas Albrecht", "jonas.albrecht@brenner-mode.example.de"),
        "subject": "Abwesenheitsnotiz: Rückfrage zur Anreise", "date": "2026-04-25 11:03 +0200",
        "text": (
            "Vielen Dank für Ihre Nachricht.\n\n"
            "Ich bin bis einschließlich 27.04. nicht im Büro und habe keinen Zugriff auf meine "
            "E-Mails.\nIn dringenden Fällen wenden Sie sich bitte an recruiting@brenner-mode."
            "example.de.\n\nMit freundlichen Grüßen\nJonas Albrecht\n"),
        "headers": [("Auto-Submitted", "auto-replied")],
    },
    # ---------------------------------------------------------------- French -----------
    {
        "slug": "emploisud_alerte", "kind": "other", "lang": "fr",
        "from": ("EmploiSud", "alertes@emploisud.example.fr"),
        "subject": "8 nouvelles offres pour votre alerte « visual merchandiser »",
        "date": "2026-06-15 06:30 +0200", "text": _DIGEST_FR,
        "html": html_page(paras_html(_DIGEST_FR), "EmploiSud", "#c0392b"),
        "headers": bulk("EmploiSud <alertes.emploisud.example.fr>",
                        "https://emploisud.example.fr/desabonnement?c=5521"),
    },
    {
        "slug": "colis_retarde", "kind": "other", "lang": "fr",
        "from": ("ColisExpress", "ne-pas-repondre@colisexpress.example.fr"),
        "subject": "Malheureusement, votre colis est retardé", "date": "2026-08-28 16:10 +0200",
        "text": (
            "Bonjour,\n\n"
            "Malheureusement, votre colis n° CX 7719 2204 FR a pris du retard suite à un "
            "incident sur notre\nplateforme de Bordeaux-Bruges. Nouvelle date de livraison "
            "estimée : lundi 31 août.\n\nNous vous prions de nous excuser pour ce "
            "désagrément.\nLe service client ColisExpress\n"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "journaliste_echo_basque", "kind": "other", "lang": "fr",
        "contact": "p.duhalde@echobasque.example.fr",
        "from": ("Pierre Duhalde", "p.duhalde@echobasque.example.fr"),
        "subject": "Demande d'interview – portrait transfrontalier",
        "date": "2026-09-22 10:35 +0200",
        "text": (
            "Bonjour Madame Urrutia,\n\n"
            "Je suis journaliste à L'Écho Basque. Je prépare une série de portraits de "
            "personnes qui\ntravaillent des deux côtés de la frontière. Accepteriez-vous une "
            "interview d'une demi-heure,\npar téléphone, sur votre reconversion de la "
            "coiffure vers le merchandising ?\n\n"
            "Bien à vous,\nPierre Duhalde\nL'Écho Basque – rédaction de Bayonne\n"),
    },
    {
        "slug": "banque_position_compte", "kind": "other", "lang": "fr",
        "from": ("Banque Adour Pyrénées", "info@banque-adour.example.fr"),
        "subject": "Votre position de compte au 31/08/2026", "date": "2026-09-01 05:45 +0200",
        "html": html_page(
            "<p>Madame URRUTIA,</p>\n<p>La position de votre compte courant et de votre "
            "livret au 31/08/2026 est disponible dans votre espace client.</p>\n"
            "<p>Pour votre sécurité, nous ne vous demanderons jamais vos codes par "
            "e-mail.</p>", "Banque Adour Pyrénées", "#0b3d91"),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "slug": "mes_excuses_mode_oceane", "kind": "other", "lang": "fr", "from": ME_PAIR,
        "to": ("Anaïs Etcheverry", "anais@mode-oceane.example.fr"),
        "subject": "Toutes mes excuses pour ce matin", "date": "2026-09-19 14:02 +0200",
        "text": (
            "Bonjour Anaïs,\n\n"
            "Je suis vraiment désolée : j'ai eu un accident de voiture sans gravité sur l'A63 "
            "à hauteur\nde Saint-Jean-de-Luz et mon téléphone était déchargé. Je comprendrais "
            "que vous ne souhaitiez\npas reprogrammer, mais je reste très motivée.\n\n"
            + SIGN_FR),
    },
    {
        "slug": "ma_candidature_lestage", "kind": "other", "lang": "fr", "from": ME_PAIR,
        "to": ("Julien Lestage", "julien.lestage@cabinet-lestage.example.fr"),
        "subject": "Candidature – Responsable merchandising (Maison Garonne)",
        "date": "2026-09-07 20:45 +0200",
        "text": (
            "Bonjour Monsieur Lestage,\n\n"
            "Suite à votre annonce pour le poste de Responsable merchandising à Bordeaux Lac, "
            "je vous\nadresse ma candidature. Vous trouverez ci-joint mon CV en français.\n\n"
            + SIGN_FR),
        "pdfs": [("CV_Ainhoa_Urrutia_FR.pdf", CV_LINES)],
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "slug": "amie_transfere_sa_convocation", "kind": "other", "lang": "fr",
        "contact": "manon.iribarne@example.fr",
        "from": ("Manon Iribarne", "manon.iribarne@example.fr"),
        "subject": "TR: Convocation entretien – Conseillère de vente",
        "date": "2026-07-08 19:30 +0200",
        "text": (
            "Coucou Ainhoa,\n\n"
            "Regarde, je suis convoquée chez Galeries Lamarque la semaine prochaine ! Tu "
            "m'avais dit que tu\navais postulé là-bas aussi. Tu as des conseils ?\n\nBises,\n"
            "Manon\n"),
        "fwd": {
            "slug": "manon_inner", "lang": "fr",
            "from": ("Galeries Lamarque Recrutement", "recrutement@lamarque.example.fr"),
            "to": ("Manon Iribarne", "manon.iribarne@example.fr"),
            "subject": "Convocation entretien – Conseillère de vente",
            "date": "2026-07-08 11:00 +0200",
            "text": (
                "Madame Iribarne,\n\n"
                "Nous avons le plaisir de vous convier à un entretien le mercredi 15 juillet "
                "à 15h pour le\nposte de Conseillère de vente, rayon maroquinerie.\n\n"
                "Service Recrutement – Galeries Lamarque\n"),
        },
    },
    {
        "slug": "cci_atelier_complet", "kind": "other", "lang": "fr",
        "from": ("CCI Bayonne Pays Basque – Formation", "formation@cci-bayonne.example.fr"),
        "subject": "Atelier « Vitrines qui vendent » : inscription non retenue",
        "date": "2026-04-09 14:14 +0200",
        "text": (
            "Madame,\n\n"
            "Nous vous remercions de votre intérêt pour l'atelier « Vitrines qui vendent » du "
            "23 avril.\nMalheureusement, l'atelier est complet et nous ne pouvons pas retenir "
            "votre inscription. Vous\nêtes prioritaire pour la session d'octobre.\n\n"
            "Le service Formation de la CCI\n"),
    },
    {
        "slug": "entretien_utilisateur_emploisud", "kind": "other", "lang": "fr",
        "contact": "claire.mendiboure@emploisud.example.fr",
        "from": ("Claire Mendiboure", "claire.mendiboure@emploisud.example.fr"),
        "subject": "Participez à un entretien utilisateur (45 min, rémunéré)",
        "date": "2026-07-20 10:20 +0200",
        "text": (
            "Bonjour Ainhoa,\n\n"
            "Je suis chercheuse UX chez EmploiSud. Nous aimerions vous interviewer pendant "
            "45 minutes sur\nvotre utilisation des alertes emploi. Il ne s'agit pas d'un "
            "recrutement ; l'entretien est\nrémunéré par une carte cadeau de 30 €.\n\n"
            "Choisissez un créneau : https://emploisud.example.fr/ux\n\n"
            "Claire Mendiboure\nUX Research – EmploiSud\n"),
    },
]
