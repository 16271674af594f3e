"""Invitations, moved or cancelled slots, and missed-interview notices."""

from __future__ import annotations

from msgs337_common import DISCLAIMER_ES, html_page, paras_html

OIHANA = ("Oihana Lasa", "oihana.lasa@hautatu.example.es")
SIG_OIHANA = ("Oihana Lasa\nConsultora · Hautatu Selección\nAvda. Pío XII 7, 31008 Pamplona\n"
              "948 00 22 61\n")
RUBEN = ("Rubén Castaño", "ruben.castano@nacar.example.es")
MIREN = ("Miren Ugarte", "miren.ugarte@ezkurra.example.es")
IKER = ("Iker Mendizabal", "iker.mendizabal@bidasoatalent.example.es")
LEIRE = ("Leire Arana | Tempo Norte ETT", "leire.arana@temponorte.example.es")
MEGAN = ("Megan Hale", "megan.hale@stridesports.example.co.uk")
OWEN = ("Owen Price", "owen.price@brightside.example.co.uk")
JANA = ("Jana Winkler", "jana.winkler@duftwerk.example.de")
SABINE = ("Sabine Koch", "sabine.koch@personalwerk.example.de")
MARKUS = ("Markus Brandl", "m.brandl@wohnwelt-seidl.example.de")
MATHILDE = ("Mathilde Laborde", "m.laborde@odalys.example.fr")
ANAIS = ("Anaïs Etcheverry", "anais@mode-oceane.example.fr")

_OLATUA_HTML = html_page(
    "<p>¡Hola Ainhoa!</p>\n<p>Nos ha encantado tu candidatura para <b>Visual Merchandiser – "
    "Olatua Vitoria (Dendaraba)</b> y queremos conocerte.</p>\n<p>Elige el hueco que mejor te "
    "venga para una videollamada de 30 minutos con Garazi, nuestra responsable de tiendas:</p>\n"
    "<p><a href=\"https://olatua.teamtailor.example.com/meetings/8f31c\" "
    "style=\"background:#e86a33;color:#fff;padding:10px 18px;text-decoration:none\">Reservar "
    "entrevista</a></p>\n<p>¡Hasta pronto!<br>Equipo Olatua</p>", "OLATUA", "#e86a33",
    "Has recibido este correo porque te has inscrito en una oferta de Olatua Moda.")

SPECS: list[dict] = [
    # ---- Hautatu Selección thread (unnamed client): invite -> moved -> missed ------------
    {
        "id": "hautatu-invite", "slug": "hautatu_videollamada", "kind": "interview_invitation",
        "lang": "es", "company": "Hautatu Selección", "contact": OIHANA[1], "from": OIHANA,
        "subject": "Store Manager sector hogar (Pamplona) – entrevista",
        "date": "2026-03-24 10:05 +0100",
        "text": (
            "Hola Ainhoa:\n\n"
            "Soy Oihana, de Hautatu Selección. Estamos llevando para un cliente (cadena de "
            "mobiliario\ny decoración) la búsqueda de Store Manager para su tienda de Pamplona, "
            "y tu combinación de\natención al cliente y escaparatismo nos parece muy "
            "interesante.\n\n"
            "¿Podríamos tener una videollamada el jueves 26 a las 17:00? Te mando el enlace de "
            "Teams en\ncuanto me confirmes.\n\nUn saludo,\n" + SIG_OIHANA + "\n"
            + DISCLAIMER_ES),
    },
    {
        "id": "hautatu-move", "slug": "hautatu_cambio_dia",
        "kind": "interview_reschedule_or_cancel",
        "lang": "es", "company": "Hautatu Selección", "contact": OIHANA[1], "from": OIHANA,
        "subject": "RE: Store Manager sector hogar (Pamplona) – entrevista",
        "date": "2026-03-26 09:12 +0100", "parent": "hautatu-invite", "quote": "es",
        "text": (
            "Hola Ainhoa:\n\n"
            "Me ha surgido una presentación con el cliente justo esta tarde. ¿Te importa que "
            "pasemos la\nvideollamada al martes 31 a las 12:30? Perdona las molestias.\n\n"
            "Oihana\n"),
    },
    {
        "id": "hautatu-missed", "slug": "hautatu_no_conectaste", "kind": "missed_interview_notice",
        "lang": "es", "company": "Hautatu Selección", "contact": OIHANA[1], "from": OIHANA,
        "subject": "RE: Store Manager sector hogar (Pamplona) – entrevista",
        "date": "2026-03-31 12:52 +0200", "parent": "hautatu-move", "quote": "es",
        "text": (
            "Hola Ainhoa:\n\n"
            "Te he estado esperando en la sala de Teams desde las 12:30 y también te he "
            "llamado al móvil,\npero no he conseguido hablar contigo. Imagino que habrá habido "
            "algún malentendido con la hora\n(hemos cambiado al horario de verano).\n\n"
            "Si quieres, lo intentamos de nuevo el jueves a la misma hora.\n\nOihana\n"),
    },
    # ---- other Spanish invitations -----------------------------------------------------
    {
        "slug": "olatua_teamtailor_reserva", "kind": "interview_invitation", "lang": "es",
        "company": "Olatua Moda", "contact": "",
        "from": ("Olatua Moda", "no-reply@teamtailor-mail.com"),
        "subject": "¡Queremos conocerte! Reserva tu entrevista con Olatua",
        "date": "2026-04-07 11:30 +0200", "html": _OLATUA_HTML,
    },
    {
        "slug": "olatua_te_esperabamos", "kind": "missed_interview_notice", "lang": "es",
        "company": "Olatua Moda", "contact": "garazi.ruiz@olatua.example.es",
        "from": ("Garazi Ruiz", "garazi.ruiz@olatua.example.es"),
        "subject": "Entrevista de hoy en Dendaraba", "date": "2026-04-16 18:20 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Hoy a las 17:00 te estuvimos esperando en la tienda de Dendaraba para la "
            "entrevista que\nreservaste (al final la hicimos presencial, como te confirmó "
            "Teamtailor). No nos llegó ningún\naviso y no cogías el teléfono.\n\n"
            "¿Ha pasado algo? Si te sigue interesando, escríbeme.\n\n"
            "Garazi Ruiz\nResponsable de tiendas · Olatua Moda\n"),
    },
    {
        "id": "nacar-invite", "slug": "nacar_greenhouse_entrevista", "kind": "interview_invitation",
        "lang": "es", "company": "Nácar Cosmética", "contact": RUBEN[1],
        "from": ("Rubén Castaño via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": RUBEN, "from_enc": "B:utf-8",
        "subject": "Entrevista Store Manager Madrid – Fuencarral",
        "date": "2026-07-13 12:00 +0200",
        "text": (
            "Hola Ainhoa,\n\n"
            "Gracias por tu candidatura. Nos gustaría invitarte a una entrevista presencial en "
            "nuestra\ntienda de Fuencarral 44 el martes 21 de julio a las 10:00, con Lucía "
            "(Area Manager Centro)\ny conmigo. Adjuntamos la invitación de calendario.\n\n"
            "Si necesitas otra hora, responde a este correo.\n\n"
            "Rubén Castaño\nPeople & Talent · Nácar Cosmética\n"),
        "html": "auto",
        "ics": {"method": "REQUEST", "uid": "gh-nacar-4471@nacar.example.es", "seq": 0,
                "start": "20260721T100000", "end": "20260721T110000",
                "summary": "Entrevista Store Manager – Ainhoa Urrutia",
                "location": "Nácar Cosmética, Fuencarral 44, Madrid", "organizer": RUBEN,
                "prodid": "-//Greenhouse//Interview Scheduler//EN"},
    },
    {
        "slug": "nacar_nueva_hora", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Nácar Cosmética", "contact": RUBEN[1], "from": RUBEN,
        "subject": "Actualizado: Entrevista Store Manager Madrid – Fuencarral",
        "date": "2026-07-17 16:44 +0200", "parent": "nacar-invite", "quote": "es",
        "text": (
            "Hola Ainhoa:\n\n"
            "Lucía tiene que estar en la apertura de Valencia el martes, así que movemos tu "
            "entrevista al\nmiércoles 22 de julio a las 12:30, en la misma tienda. Te llega "
            "la invitación actualizada.\n\nUn saludo,\nRubén\n"),
        "ics": {"method": "REQUEST", "uid": "gh-nacar-4471@nacar.example.es", "seq": 2,
                "start": "20260722T123000", "end": "20260722T133000",
                "summary": "Entrevista Store Manager – Ainhoa Urrutia (nueva hora)",
                "location": "Nácar Cosmética, Fuencarral 44, Madrid", "organizer": RUBEN,
                "prodid": "-//Greenhouse//Interview Scheduler//EN"},
    },
    {
        "id": "ezkurra-invite", "slug": "ezkurra_segunda_entrevista",
        "kind": "interview_invitation",
        "lang": "es", "company": "Almacenes Ezkurra", "contact": MIREN[1], "from": MIREN,
        "subject": "Segunda entrevista – Responsable de Visual Merchandising",
        "date": "2026-04-20 09:35 +0200",
        "text": (
            "Buenos días, Ainhoa:\n\n"
            "Te confirmo que pasas a la segunda fase. Te esperamos el lunes 27 de abril a las "
            "11:00 en\nPlaza del Castillo 40 (entrada de personal por la calle Estafeta) para "
            "una entrevista con\nGarbiñe Iriarte, directora de Personas, y un pequeño caso "
            "práctico de escaparate (45 min).\n\n"
            "Saludos,\nMiren Ugarte\nTécnica de Selección · Almacenes Ezkurra\n"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "ezkurra_cambio_sala_hora", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Almacenes Ezkurra", "contact": MIREN[1], "from": MIREN,
        "subject": "RE: Segunda entrevista – Responsable de Visual Merchandising",
        "date": "2026-04-23 14:10 +0200", "parent": "ezkurra-invite", "quote": "outlook-es",
        "text": (
            "Hola Ainhoa:\n\n"
            "Un cambio de última hora: el lunes 27 la entrevista será a las 13:00 en lugar de "
            "a las 11:00,\ny en nuestra tienda de Mendebaldea (Avda. Pío XII 2), donde está "
            "montado el espacio de\nvisual para el caso práctico.\n\nGracias,\nMiren\n"),
    },
    {
        "slug": "kirolextea_smartrecruiters_assessment", "kind": "interview_invitation",
        "lang": "es", "company": "Kirol Etxea", "contact": "",
        "from": ("Kirol Etxea", "noreply@smartrecruiters.com"),
        "subject": "Invitación: Assessment Center – Encargada de Tienda Pamplona",
        "date": "2026-05-05 08:50 +0200",
        "text": (
            "Hola Ainhoa,\n\n"
            "¡Enhorabuena! Has superado la primera fase del proceso de Encargada de Tienda en "
            "Kirol Etxea\nPamplona. Te invitamos a nuestro Assessment Center, una mañana de "
            "dinámicas de grupo y role\nplay de venta.\n\n"
            "Fecha: jueves 14 de mayo, de 9:00 a 13:30\nLugar: Kirol Etxea Galaria, "
            "Polígono Talluntxe II\n\n"
            "Confirma tu asistencia desde el botón de tu área de candidato en SmartRecruiters."
            "\n\nEquipo de Talento de Kirol Etxea\n"),
        "html": "auto", "brand": "KIROL ETXEA", "colour": "#00843d",
    },
    {
        "slug": "kirolextea_no_asististe", "kind": "missed_interview_notice", "lang": "es",
        "company": "Kirol Etxea", "contact": "",
        "from": ("Kirol Etxea", "noreply@smartrecruiters.com"),
        "subject": "No asististe al Assessment Center", "date": "2026-05-14 15:02 +0200",
        "text": (
            "Hola Ainhoa,\n\n"
            "Hemos registrado que no asististe al Assessment Center programado para hoy a las "
            "9:00 en Kirol\nEtxea Galaria. Si ha sido por un motivo de fuerza mayor, puedes "
            "solicitar una nueva\nconvocatoria desde tu área de candidato en los próximos 5 "
            "días.\n\nEquipo de Talento de Kirol Etxea\n"),
    },
    {
        "slug": "iruna_bamboohr_entrevista", "kind": "interview_invitation", "lang": "es",
        "company": "Muebles Iruña", "contact": "ander.etxeberria@mueblesiruna.example.es",
        "from": ("Ander Etxeberria", "ander.etxeberria@mueblesiruna.example.es"),
        "subject": "Entrevista en Muebles Iruña (Landaben)", "date": "2026-02-20 13:15 +0100",
        "text": (
            "Kaixo Ainhoa:\n\n"
            "Hemos visto tu portfolio y nos gustaría que vinieras a conocer la exposición de "
            "Landaben.\n¿Te va bien el viernes 27 de febrero a las 10:30? Pregunta por mí en "
            "recepción.\n\n"
            "Un saludo,\nAnder Etxeberria\nRecursos Humanos · Muebles Iruña\n"
            "Calle E, Polígono Landaben · 31012 Pamplona · 948 00 63 20\n"),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "id": "lakua-invite", "slug": "lakua_assessment_centre", "kind": "interview_invitation",
        "lang": "es", "company": "Centros Lakua", "contact": "",
        "from": ("Centros Lakua", "noreply@smartrecruiters.com"),
        "subject": "Convocatoria – jornada de evaluación Técnica de Marketing de Centro",
        "date": "2026-03-04 10:00 +0100",
        "html": html_page(paras_html(
            "Estimada Ainhoa:\n\n"
            "Te convocamos a la jornada de evaluación para el puesto de Técnica de Marketing "
            "de Centro,\nel miércoles 11 de marzo a las 9:30 en las oficinas de gerencia del "
            "Centro Comercial Lakua\n(planta primera, junto a la zona de restauración).\n\n"
            "La jornada incluye una prueba de caso sobre la campaña de primavera y una "
            "entrevista\nindividual.\n\nCentros Lakua – Recursos Humanos"), "CENTROS LAKUA",
            "#3b6e22"),
    },
    {
        "slug": "lakua_jornada_aplazada", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Centros Lakua", "contact": "",
        "from": ("Centros Lakua", "noreply@smartrecruiters.com"),
        "subject": "Aplazada: jornada de evaluación del 11 de marzo",
        "date": "2026-03-09 17:30 +0100", "parent": "lakua-invite",
        "text": (
            "Estimada Ainhoa:\n\n"
            "Te informamos de que la jornada de evaluación prevista para el 11 de marzo queda "
            "aplazada.\nTe comunicaremos la nueva fecha a través de este mismo canal.\n\n"
            "Disculpa las molestias.\nCentros Lakua – Recursos Humanos\n"),
    },
    {
        "id": "tempo-invite", "slug": "temponorte_entrevista_arantza",
        "kind": "interview_invitation",
        "lang": "es", "company": "Perfumerías Arantza", "contact": LEIRE[1], "from": LEIRE,
        "subject": "Entrevista campaña Navidad – Perfumerías Arantza Donostia",
        "date": "2026-09-29 12:25 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Perfumerías Arantza nos ha pedido candidatas para reforzar su tienda de la calle "
            "San Martín\n(Donostia) como asesora-escaparatista en campaña de Navidad, con "
            "posibilidad de continuidad.\n\n"
            "Te hemos citado con Edurne, la encargada, el martes 6 de octubre a las 10:00 en "
            "la propia\ntienda. Lleva DNI y CV impreso.\n\nLeire Arana\nTempo Norte ETT\n"),
    },
    {
        "slug": "temponorte_no_te_presentaste", "kind": "missed_interview_notice", "lang": "es",
        "company": "Perfumerías Arantza", "contact": LEIRE[1], "from": LEIRE,
        "subject": "RE: Entrevista campaña Navidad – Perfumerías Arantza Donostia",
        "date": "2026-10-06 11:02 +0200", "parent": "tempo-invite", "quote": "es2",
        "text": (
            "Ainhoa, buenos días:\n\n"
            "Me llama Edurne desde la tienda: te han estado esperando desde las 10:00 y no "
            "has aparecido.\nTe he llamado un par de veces sin respuesta. Por favor, dime algo "
            "hoy para poder explicárselo\nal cliente.\n\nLeire\n"),
    },
    {
        "id": "loira-invite", "slug": "bidasoa_talent_entrevista_loira",
        "kind": "interview_invitation",
        "lang": "es", "company": "Perfumes Loira", "contact": IKER[1], "from": IKER,
        "subject": "Entrevista con Perfumes Loira – Coordinadora de Visual",
        "date": "2026-06-15 10:30 +0200",
        "text": (
            "Hola Ainhoa:\n\n"
            "Buenas noticias: Perfumes Loira quiere conocerte para el puesto de Coordinadora "
            "de Visual\n(Madrid). La entrevista sería con su directora de Trade Marketing, en "
            "sus oficinas de la calle\nSerrano 61, el jueves 25 de junio a las 16:00. Te "
            "pedirán una breve presentación de 10\nminutos con propuestas de escaparate.\n\n"
            "¿Te lo confirmo?\n\nIker Mendizabal\nSenior Consultant · Bidasoa Talent Consulting\n"),
    },
    {
        "slug": "bidasoa_talent_loira_cancela", "kind": "interview_reschedule_or_cancel",
        "lang": "es", "company": "Perfumes Loira", "contact": IKER[1], "from": IKER,
        "subject": "RE: Entrevista con Perfumes Loira – Coordinadora de Visual",
        "date": "2026-06-23 19:05 +0200", "parent": "loira-invite", "quote": "es",
        "text": (
            "Hola Ainhoa:\n\n"
            "Perfumes Loira me pide anular la entrevista del jueves: su directora de Trade "
            "Marketing tiene\nque viajar a París. Me dicen que quieren verte igualmente y me "
            "pasarán dos fechas nuevas la\nsemana que viene. No compres todavía el billete a "
            "Madrid.\n\nIker\n"),
    },
    # ---- English -------------------------------------------------------------------------
    {
        "id": "stride-invite", "slug": "stride_lever_phone_screen", "kind": "interview_invitation",
        "lang": "en", "company": "Stride Sports", "contact": MEGAN[1],
        "from": ("Megan Hale from Stride Sports", "no-reply@hire.lever.co"), "reply_to": MEGAN,
        "subject": "Phone screen - Assistant Store Manager, Westfield London",
        "date": "2026-04-09 10:22 +0100",
        "text": (
            "Hi Ainhoa,\n\n"
            "Thanks so much for applying to Stride Sports. I'd like to set up a 20-minute phone "
            "screen to\ntalk through the Assistant Store Manager role at Westfield London.\n\n"
            "Are you free on Tuesday 14 April at 09:30 UK time (10:30 in Spain)? I'll call you "
            "on\n+34 688 41 27 90.\n\nCheers,\nMegan\n"),
    },
    {
        "slug": "stride_phone_screen_moved", "kind": "interview_reschedule_or_cancel",
        "lang": "en", "company": "Stride Sports", "contact": MEGAN[1], "from": MEGAN,
        "subject": "Re: Phone screen - Assistant Store Manager, Westfield London",
        "date": "2026-04-13 17:58 +0100", "parent": "stride-invite", "quote": "en",
        "text": (
            "Hi Ainhoa,\n\n"
            "So sorry - I've been asked to cover an assessment day tomorrow morning. Can we "
            "move our call\nto Thursday 16 April, same time? Let me know.\n\nMegan\n"),
    },
    {
        "id": "brightside-invite", "slug": "brightside_client_interview",
        "kind": "interview_invitation",
        "lang": "en", "company": "Brightside Retail Recruitment", "contact": OWEN[1], "from": OWEN,
        "subject": "Interview confirmed - Visual Merchandising Supervisor",
        "date": "2026-08-10 12:02 +0100",
        "text": (
            "Hi Ainhoa,\n\n"
            "Great news - my client, a well-known premium fashion retailer, would like to "
            "interview you\nfor the Visual Merchandising Supervisor role. Details:\n\n"
            "  Date: Thursday 13 August, 14:00 BST\n  Format: video (Zoom - link to follow)\n"
            "  Panel: Regional Visual Manager + Store Manager\n\n"
            "I'll call you tomorrow to prep.\n\nOwen Price\nSenior Consultant\n"
            "Brightside Retail Recruitment\n"),
    },
    {
        "slug": "brightside_client_waited", "kind": "missed_interview_notice", "lang": "en",
        "company": "Brightside Retail Recruitment", "contact": OWEN[1], "from": OWEN,
        "subject": "Re: Interview confirmed - Visual Merchandising Supervisor",
        "date": "2026-08-13 14:31 +0100", "parent": "brightside-invite", "quote": "en",
        "text": (
            "Ainhoa,\n\n"
            "The client has just been on to me - they waited in the Zoom room from 14:00 "
            "until 14:20 and\nyou didn't join. I tried calling too. Is everything OK? "
            "Please give me a ring as soon as you\nsee this so I can try to salvage it.\n\n"
            "Owen\n"),
    },
    {
        "slug": "hollisvane_missed_interview", "kind": "missed_interview_notice", "lang": "en",
        "company": "Hollis & Vane", "contact": "nadia.chowdhury@hollisvane.example.co.uk",
        "from": ("Nadia Chowdhury", "nadia.chowdhury@hollisvane.example.co.uk"),
        "subject": "We missed you today", "date": "2026-05-28 11:47 +0100",
        "text": (
            "Hi Ainhoa,\n\n"
            "We had you booked in for a video interview at 11:00 this morning for the Visual "
            "Merchandiser\nrole at our Regent Street store, but unfortunately we didn't see "
            "you join the call.\n\n"
            "If something came up, just reply and I'll see whether the hiring manager can "
            "offer another\nslot next week.\n\n"
            "Best wishes,\nNadia Chowdhury\nTalent Coordinator | Hollis & Vane\n"
            "212 Regent Street, London W1B 5AH\n"),
    },
    # ---- German --------------------------------------------------------------------------
    {
        "id": "duftwerk-invite", "slug": "duftwerk_assessment_center",
        "kind": "interview_invitation",
        "lang": "de", "company": "Duftwerk Kosmetik", "contact": JANA[1],
        "from": ("Duftwerk Kosmetik", "noreply@softgarden.io"), "reply_to": JANA,
        "subject": "Einladung zum Assessment Center – Filialleitung München-Pasing",
        "date": "2026-06-08 13:40 +0200",
        "text": (
            "Sehr geehrte Frau Urrutia,\n\n"
            "wir freuen uns, Sie zu unserem Assessment Center für die Position Filialleitung "
            "(m/w/d) in\nMünchen-Pasing einzuladen.\n\n"
            "Termin: Freitag, 19. Juni 2026, 09:00–15:00 Uhr\nOrt: Duftwerk Akademie, "
            "Landsberger Straße 300, 80687 München\n\n"
            "Bitte bestätigen Sie Ihre Teilnahme bis zum 12. Juni an Jana Winkler.\n\n"
            "Mit freundlichen Grüßen\nIhr Duftwerk Recruiting\n"),
        "ics": {"method": "REQUEST", "uid": "ac-2026-06-19-duftwerk@duftwerk.example.de",
                "seq": 0, "tz": "Europe/Berlin", "start": "20260619T090000",
                "end": "20260619T150000", "summary": "Assessment Center Filialleitung",
                "location": "Duftwerk Akademie, Landsberger Straße 300", "organizer": JANA},
    },
    {
        "slug": "duftwerk_termin_abgesagt", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Duftwerk Kosmetik", "contact": JANA[1], "from": JANA,
        "subject": "Abgesagt: Assessment Center Filialleitung (19.06.)",
        "date": "2026-06-16 08:30 +0200", "parent": "duftwerk-invite",
        "text": (
            "Sehr geehrte Frau Urrutia,\n\n"
            "leider müssen wir das Assessment Center am 19. Juni kurzfristig absagen, da "
            "mehrere\nBeobachter erkrankt sind. Ihre Bewerbung bleibt selbstverständlich im "
            "Verfahren; wir melden\nuns in Kürze mit einem Ersatztermin im Juli.\n\n"
            "Mit freundlichen Grüßen\nJana Winkler\nRecruiting, Duftwerk Kosmetik\n"),
        "ics": {"method": "CANCEL", "uid": "ac-2026-06-19-duftwerk@duftwerk.example.de",
                "seq": 1, "tz": "Europe/Berlin", "start": "20260619T090000",
                "end": "20260619T150000", "summary": "Abgesagt: Assessment Center Filialleitung",
                "location": "Duftwerk Akademie, Landsberger Straße 300", "organizer": JANA},
    },
    {
        "id": "pw-invite", "slug": "personalwerk_telefoninterview", "kind": "interview_invitation",
        "lang": "de", "company": "Personalwerk Süd", "contact": SABINE[1], "from": SABINE,
        "subject": "Telefoninterview – Filialleitung Parfümerie (München)",
        "date": "2026-08-24 15:05 +0200",
        "text": (
            "Guten Tag Frau Urrutia,\n\n"
            "vielen Dank für Ihre Unterlagen. Für die Position Filialleitung bei unserem "
            "Kunden, einer\nParfümeriekette in München, würde ich gern ein erstes "
            "Telefoninterview mit Ihnen führen.\n\n"
            "Passt Ihnen Donnerstag, 27. August, um 11:00 Uhr? Ich rufe Sie dann an.\n\n"
            "Beste Grüße\nSabine Koch\nPersonalberaterin · Personalwerk Süd\n"),
    },
    {
        "slug": "personalwerk_kunde_verschiebt", "kind": "interview_reschedule_or_cancel",
        "lang": "de", "company": "Personalwerk Süd", "contact": SABINE[1], "from": SABINE,
        "subject": "AW: Telefoninterview – Filialleitung Parfümerie (München)",
        "date": "2026-08-31 10:12 +0200", "parent": "pw-invite", "quote": "de",
        "text": (
            "Hallo Frau Urrutia,\n\n"
            "danke nochmals für das gute Telefonat. Das Kennenlernen mit dem Kunden, das wir "
            "für den\n3. September geplant hatten, muss der Kunde leider verschieben – die "
            "Regionalleiterin ist\nkrank. Ich melde mich, sobald ein neuer Termin feststeht."
            "\n\nBeste Grüße\nSabine Koch\n"),
    },
    {
        "slug": "seidl_gespraech_verlegt", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Wohnwelt Seidl", "contact": MARKUS[1], "from": MARKUS,
        "subject": "Verlegung Ihres Vorstellungsgesprächs", "date": "2026-06-11 09:20 +0200",
        "text": (
            "Sehr geehrte Frau Urrutia,\n\n"
            "wegen einer Inventur müssen wir Ihr Vorstellungsgespräch vom 16. Juni auf Dienstag, "
            "23. Juni,\n14:00 Uhr verlegen. Ort bleibt unser Einrichtungshaus in Unterföhring, "
            "Empfang Verwaltung.\n\n"
            "Bitte geben Sie mir kurz Bescheid, ob der neue Termin für Sie passt.\n\n"
            "Mit freundlichen Grüßen\nMarkus Brandl\nLeitung Personal · Wohnwelt Seidl\n"),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    # ---- French --------------------------------------------------------------------------
    {
        "id": "odalys-invite", "slug": "odalys_smartrecruiters_entretien",
        "kind": "interview_invitation",
        "lang": "fr", "company": "Parfumerie Odalys", "contact": MATHILDE[1],
        "from": ("Parfumerie Odalys", "noreply@smartrecruiters.com"), "reply_to": MATHILDE,
        "subject": "Invitation à un entretien – Responsable de boutique Bayonne",
        "date": "2026-07-01 09:15 +0200",
        "text": (
            "Bonjour Ainhoa,\n\n"
            "Votre candidature pour le poste de Responsable de boutique à Bayonne a retenu "
            "l'attention de\nMathilde Laborde, directrice régionale. Elle vous propose un "
            "entretien le mardi 7 juillet à\n10h dans notre boutique de la rue Thiers.\n\n"
            "Merci de confirmer en répondant directement à Mathilde.\n\n"
            "L'équipe recrutement Parfumerie Odalys\n"),
        "html": "auto",
    },
    {
        "slug": "odalys_entretien_decale", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Parfumerie Odalys", "contact": MATHILDE[1], "from": MATHILDE,
        "subject": "RE: Invitation à un entretien – Responsable de boutique Bayonne",
        "date": "2026-07-03 18:02 +0200", "parent": "odalys-invite", "quote": "fr",
        "text": (
            "Bonjour Ainhoa,\n\n"
            "Je dois malheureusement décaler notre entretien de mardi : une livraison de "
            "mobilier arrive en\nboutique le matin même. Pourrions-nous le faire le mardi "
            "14 juillet ? Non, c'est férié… disons\nle mercredi 15 juillet à 10h, même lieu.\n\n"
            "Merci de votre compréhension,\nMathilde\n"),
    },
    {
        "id": "oceane-invite", "slug": "oceane_journee_essai", "kind": "interview_invitation",
        "lang": "fr", "company": "Mode Océane", "contact": ANAIS[1], "from": ANAIS,
        "from_enc": "Q:iso-8859-1",
        "subject": "Journée d'essai chez Mode Océane Biarritz",
        "date": "2026-08-31 14:40 +0200",
        "text": (
            "Bonjour Ainhoa,\n\n"
            "Suite à notre échange téléphonique, je vous propose une journée d'essai dans notre "
            "boutique\nde la place Clemenceau le samedi 12 septembre, de 10h à 17h, pour "
            "travailler avec moi sur la\nvitrine de la collection automne.\n\n"
            "Cette journée est rémunérée. Dites-moi si cela vous convient !\n\n"
            "Anaïs Etcheverry\nGérante – Mode Océane Biarritz\n05 59 00 71 26\n"),
    },
    {
        "id": "oceane-move", "slug": "oceane_essai_reporte",
        "kind": "interview_reschedule_or_cancel",
        "lang": "fr", "company": "Mode Océane", "contact": ANAIS[1], "from": ANAIS,
        "subject": "RE: Journée d'essai chez Mode Océane Biarritz",
        "date": "2026-09-09 09:05 +0200", "parent": "oceane-invite", "quote": "fr",
        "text": (
            "Bonjour Ainhoa,\n\n"
            "Petit changement : la collection automne arrive avec une semaine de retard, je "
            "préfère donc\nreporter votre journée d'essai au samedi 19 septembre, mêmes "
            "horaires. Désolée pour ce\ncontretemps !\n\nAnaïs\n"),
    },
    {
        "slug": "oceane_vous_attendions", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Mode Océane", "contact": ANAIS[1], "from": ANAIS,
        "subject": "RE: Journée d'essai chez Mode Océane Biarritz",
        "date": "2026-09-19 11:20 +0200", "parent": "oceane-move", "quote": "fr",
        "text": (
            "Bonjour Ainhoa,\n\n"
            "Nous vous attendions ce matin à 10h pour la journée d'essai, mais vous n'êtes pas "
            "venue et\nje n'arrive pas à vous joindre. J'espère qu'il ne vous est rien arrivé."
            "\n\nRecontactez-moi si vous êtes toujours intéressée.\n\nAnaïs\n"),
        "charset": "windows-1252", "cte": "base64",
    },
]
