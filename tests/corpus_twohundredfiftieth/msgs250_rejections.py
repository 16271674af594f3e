"""Corpus 250: the 31 rejections, written by hand (one dict per message)."""

from __future__ import annotations

from msgs250_common import (
    CANDIDATE,
    ats_card,
    forwarded,
    html_page,
    mso,
    outlook_block,
    paras,
    reply,
    word_html,
)

AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

MESSAGES: list[dict] = []
add = MESSAGES.append

# --- R1 Aeronáutica Zadorra, Workday, formal ------------------------------------------------
_t = """Hola Íñigo:

Gracias por presentar tu candidatura al puesto de Técnico/a de Prevención de Riesgos Laborales (R-04417) en nuestra planta de Jundiz (Vitoria-Gasteiz).

Hemos revisado con atención tu perfil. Tras valorarlo frente a los requisitos del puesto, lamentamos comunicarte que tu candidatura no ha sido seleccionada para pasar a la siguiente fase.

Conservaremos tus datos durante doce meses por si se abre otra vacante adecuada, salvo que nos indiques lo contrario desde tu perfil de candidato.

Un saludo,
Equipo de Talento
Aeronáutica Zadorra

Este mensaje se ha generado automáticamente. Por favor, no respondas a esta dirección."""
add({
    "key": "zadorra-reject", "kind": "rejection", "scenario": "workday_formal_no_pasa_fase", "lang": "es",
    "company": "Aeronáutica Zadorra", "contact": "",
    "frm": ("Aeronáutica Zadorra", "zadorra@myworkday.com"), "date": "2026-02-11 08:02 -0800",
    "subject": "Actualización sobre tu candidatura: Técnico/a de PRL (R-04417)",
    "text": _t,
    "html": ats_card("Aeronáutica Zadorra · Careers", "#1d3f73", paras(_t),
                  "Powered by Workday · Aeronáutica Zadorra, Parque Tecnológico de Álava", "es"),
    "headers": AUTO, "parent": "zadorra-ack",
})

# --- R2 Componentes Arga, SuccessFactors, role frozen -------------------------------------------
_h = ats_card("Componentes Arga", "#c0392b", """<p>Estimado/a Íñigo Salaberri-Achterberg:</p>
<p>Te escribimos en relación con el proceso de <b>Técnico/a HSE – Planta de Orkoien (ref. 2026-118)</b>.</p>
<p>La dirección de planta ha decidido congelar esta incorporación durante el resto del ejercicio, por lo que no vamos a continuar con el proceso ni con las candidaturas recibidas, incluida la tuya.</p>
<p>Sentimos no poder darte otra noticia. Si la posición se reactiva, se publicará de nuevo en nuestro portal de empleo.</p>
<p>Atentamente,<br>Recursos Humanos · Componentes Arga</p>""",
              "Mensaje enviado desde SAP SuccessFactors. No responda a este correo.", "es")
add({
    "key": "arga-reject", "kind": "rejection", "scenario": "successfactors_puesto_congelado", "lang": "es",
    "company": "Componentes Arga", "contact": "",
    "frm": ("Componentes Arga - Selección", "noreply@successfactors.eu"), "date": "2026-04-02 11:40 +0200",
    "subject": "Proceso Técnico/a HSE Orkoien (ref. 2026-118)", "subject_enc": ("iso-8859-1", "Q"),
    "html": _h, "cte": "base64", "headers": AUTO, "parent": "arga-ack",
})

# --- R3 Acerías del Nervión, after interview, quoting the candidate's thank-you -------------------
_old = """Hola Koldo:

Muchas gracias por la entrevista de ayer por Teams. Me gustó mucho conocer cómo organizáis los permisos de trabajo en el tren de laminación y lo que comentaste sobre las paradas de mantenimiento de agosto.

Quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo,
Íñigo"""
_t = reply("""Buenos días, Íñigo:

Gracias a ti por el correo y por el tiempo que nos dedicaste.

Te cuento cómo ha quedado: hemos cerrado el proceso con una persona que ya ha trabajado como técnico en acería y conoce nuestros equipos de colada, y para esta plaza eso ha pesado mucho. Así que no podemos seguir adelante contigo esta vez.

Me quedo con tu CV y con buena impresión de la conversación. Si sale algo más cercano a tu experiencia, te escribo yo.

Un abrazo,

Koldo Arrieta
Técnico de Selección · Acerías del Nervión S.A.
Ribera de Zorrozaurre 14, 48014 Bilbao
Tel. +34 944 270 315

Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.""",
           "es", "vie, 13 mar 2026 a las 18:21", "Íñigo Salaberri-Achterberg", CANDIDATE[1], _old)
add({
    "key": "nervion-reject", "kind": "rejection", "scenario": "tras_entrevista_cita_agradecimiento",
    "lang": "es", "company": "Acerías del Nervión", "contact": "karrieta@nervion-acero.example.es",
    "frm": ("Koldo Arrieta", "karrieta@nervion-acero.example.es"), "date": "2026-03-24 09:15 +0100",
    "subject": "Re: Gracias por la entrevista", "text": _t, "cte": "8bit", "parent": "nervion-thanks",
})

# --- R4 Bidelan ETT relays Galvanizados Barakaldo's no ---------------------------------------------
_old = """Hola Iker:

Lo siento muchísimo, me he confundido de día y pensaba que la cita era el jueves. Si el cliente puede darme otra hora, me adapto a lo que sea.

Íñigo"""
_t = reply("""Íñigo, buenas tardes:

He hablado hoy con Galvanizados Barakaldo. Les expliqué lo de la confusión con la fecha, pero me han dicho que prefieren no abrir otra ronda y han cerrado el puesto de técnico de seguridad con otro candidato que ya estaba en la fase final.

Sé que no es lo que esperabas. Seguimos contando contigo para otras posiciones de la bolsa: esta semana me han entrado dos encargos de PRL en la margen izquierda y te tengo en cuenta.

Iker Zubizarreta
Consultor de Selección · Bidelan ETT
Gran Vía 61, 3º · 48011 Bilbao · 944 051 772""",
           "es", "mar, 27 ene 2026, 16:02", "Íñigo Salaberri-Achterberg", CANDIDATE[1], _old)
add({
    "key": "bidelan-reject", "kind": "rejection", "scenario": "ett_cliente_cierra_puesto", "lang": "es",
    "company": "Galvanizados Barakaldo", "contact": "iker.zubizarreta@bidelan.example.es",
    "frm": ("Iker Zubizarreta", "iker.zubizarreta@bidelan.example.es"),
    "date": "2026-02-02 17:48 +0100", "subject": "RE: URGENTE - entrevista Galvanizados Barakaldo",
    "text": _t, "html": html_page(paras(_t), "es"), "parent": "bidelan-missed",
})

# --- R5 Egoki Prevención, terse human --------------------------------------------------------------
add({
    "key": "egoki-reject", "kind": "rejection", "scenario": "humano_escueto_latin1", "lang": "es",
    "company": "Egoki Prevención", "contact": "edurne@egoki.example.es",
    "frm": ("Edurne Goñi", "edurne@egoki.example.es"), "date": "2026-02-26 13:05 +0100",
    "subject": "Re: Candidatura técnico PRL - Íñigo Salaberri", "subject_enc": ("iso-8859-1", "Q"),
    "name_enc": ("iso-8859-1", "Q"), "charset": "iso-8859-1", "cte": "8bit",
    "text": """Íñigo, buenas.

Te escribo rápido: no vamos a seguir contigo para el puesto de técnico. Suerte con la búsqueda.

Edurne
""", "parent": "egoki-ack",
})

# --- R6 Hormigones Oria, filled internally, windows-1252 Outlook -------------------------------------
_t = """Estimado Íñigo:

Te agradecemos el interés mostrado en la vacante de Coordinador/a de Seguridad y Salud para la obra del nuevo polideportivo de Andoain (presupuesto de 4,2 M€).

Finalmente hemos decidido cubrir el puesto con un compañero de nuestra propia plantilla, que lleva tres años como encargado en la planta de Lasarte y acaba de terminar el máster de PRL. Por ese motivo el proceso externo queda cerrado.

Como decimos internamente, “la casa primero”: no es una valoración negativa de tu candidatura.

Recibe un cordial saludo,

Arantxa Olano
Responsable de Personas – Hormigones Oria
Pol. Ind. Sorabilla 7 · 20140 Andoain (Gipuzkoa)
T. 943 590 212"""
add({
    "key": "oria-reject", "kind": "rejection", "scenario": "cubierto_internamente_outlook_cp1252",
    "lang": "es", "company": "Hormigones Oria", "contact": "a.olano@oria-hormigones.example.es",
    "frm": ("Arantxa Olano", "a.olano@oria-hormigones.example.es"), "date": "2026-03-31 10:27 +0200",
    "subject": "Vacante Coordinador/a de Seguridad – obra Andoain", "subject_enc": ("utf-8", "B"),
    "charset": "windows-1252", "cte": "quoted-printable", "text": _t,
    "html": word_html(mso(_t)), "html_charset": "windows-1252",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdrC1f3b0r1aOriaAndoain2026")],
})

# --- R7 Eólicas Aralar, SmartRecruiters, closer-matching profiles ------------------------------------
_t = """Hola Íñigo,

Queremos darte las gracias por tu interés en Eólicas Aralar y por el tiempo que has dedicado a tu solicitud para Técnico de Seguridad en Parques Eólicos (Navarra).

Hemos recibido muchas candidaturas con experiencia en trabajos en altura y rescate en aerogeneradores, y en esta ocasión avanzaremos con aquellas personas cuyo recorrido se ajusta de forma más directa a lo que pide el puesto.

Te animamos a seguir atento a nuestras ofertas.

Saludos cordiales,
Equipo de Selección de Eólicas Aralar"""
add({
    "key": "aralar-reject", "kind": "rejection", "scenario": "smartrecruiters_perfiles_mas_ajustados",
    "lang": "es", "company": "Eólicas Aralar", "contact": "",
    "frm": ("Eólicas Aralar", "no-reply@smartrecruiters.com"), "date": "2026-07-02 07:31 +0000",
    "subject": "Tu solicitud en Eólicas Aralar", "text": _t,
    "html": ats_card("Eólicas Aralar", "#2e7d32", paras(_t),
                  "SmartRecruiters Inc. · Has recibido este mensaje porque te postulaste a una oferta.", "es"),
    "cte": "base64", "headers": AUTO, "parent": "aralar-ack",
})

# --- R8 Altzaga Talent, unnamed client says no --------------------------------------------------------
add({
    "key": "altzaga-reject", "kind": "rejection", "scenario": "headhunter_cliente_anonimo_no", "lang": "es",
    "company": "Altzaga Talent", "contact": "ainhoa@altzaga.example.es",
    "frm": ("Ainhoa Altzaga", "ainhoa@altzaga.example.es"), "date": "2026-04-21 19:02 +0200",
    "subject": "Feedback proceso HSE (sector energía)", "parent": "altzaga-invite",
    "text": """Hola Íñigo,

Ya tengo respuesta de mi cliente. Han valorado bien tu actitud y lo que cuentas de la gestión de emergencias en playa, pero buscan a alguien que haya hecho ya coordinación de actividades empresariales con contratas, y ahí te ven corto. No te van a llamar para la segunda entrevista.

Te lo digo tal cual porque creo que te sirve más que un mensaje de plantilla. Mi consejo: el curso de coordinación de seguridad en obra te abriría bastantes puertas.

Seguimos en contacto.

Ainhoa Altzaga
Altzaga Talent · Executive Search
Paseo de Colón 22, 20002 Donostia
+34 688 402 913
""",
})

# --- R9 Grupo Txingudi Logística, Workable ------------------------------------------------------------
_t = """Kaixo Íñigo,

Gracias por tu tiempo durante el proceso para Técnico/a de Seguridad y Salud en nuestra plataforma de Irun.

Después de revisar de nuevo todas las candidaturas hemos optado por otra persona para este puesto, así que cerramos aquí tu proceso.

Si tienes cualquier pregunta puedes contestar a este correo y me llegará directamente.

Un saludo,
Garazi Irigoien
Personas y Cultura · Grupo Txingudi Logística"""
add({
    "key": "txingudi-reject", "kind": "rejection", "scenario": "workable_otra_persona_base64", "lang": "es",
    "company": "Grupo Txingudi Logística", "contact": "garazi.irigoien@txingudi.example.es",
    "frm": ("Grupo Txingudi Logística", "txingudi@workablemail.com"),
    "reply_to": ("Garazi Irigoien", "garazi.irigoien@txingudi.example.es"),
    "date": "2026-09-24 12:14 +0200",
    "subject": "Técnico/a de Seguridad y Salud - Irun", "subject_enc": ("utf-8", "B"),
    "text": _t, "html": ats_card("Grupo Txingudi Logística", "#ff6f00", paras(_t),
                           "Sent with Workable", "es"),
    "cte": "base64", "parent": "txingudi-missed",
})

# --- R10 Papelera del Urola, casual colleague wording -------------------------------------------------
add({
    "key": "urola-reject", "kind": "rejection", "scenario": "casual_companero_tras_assessment", "lang": "es",
    "company": "Papelera del Urola", "contact": "patxi@urola-papel.example.es",
    "frm": ("Patxi Lizarralde", "patxi@urola-papel.example.es"), "date": "2026-07-28 14:44 +0200",
    "subject": "Lo del puesto de técnico", "parent": "urola-missed",
    "text": """Aupa Íñigo!

Oye, te cuento cómo ha ido lo nuestro. Al final el comité se ha decantado por un chaval de Zumaia que ya estaba de becario con nosotros, así que lo tuyo se queda aquí. Una pena, porque me caíste bien en la visita a la planta.

Ya sé que lo de la dinámica se torció, no le des más vueltas.

Si un día pasas por Azpeitia te invito a un café.

Patxi
(mantenimiento y seguridad, Papelera del Urola)
""", "cte": "8bit",
})

# --- R11 Astilleros Zorrotza, iCIMS after interview -----------------------------------------------------
_t = """Estimado Íñigo:

Gracias por participar en la videoentrevista del pasado 28 de mayo para el puesto de Técnico de Prevención en Astillero.

El equipo valoró tu formación en primeros auxilios y tu manejo de situaciones de emergencia. No obstante, después de comparar todas las entrevistas, hemos resuelto no avanzar con tu candidatura a la fase de incorporación.

Te deseamos mucha suerte en tus próximos pasos profesionales.

Lorea Basterretxea
Talent Acquisition · Astilleros Zorrotza
lorea.basterretxea@zorrotza.example.es"""
add({
    "key": "zorrotza-reject", "kind": "rejection", "scenario": "icims_tras_videoentrevista", "lang": "es",
    "company": "Astilleros Zorrotza", "contact": "lorea.basterretxea@zorrotza.example.es",
    "frm": ("Astilleros Zorrotza", "careers-zorrotza@icims.com"),
    "reply_to": ("Lorea Basterretxea", "lorea.basterretxea@zorrotza.example.es"),
    "date": "2026-06-10 04:12 -0400", "subject": "Astilleros Zorrotza: resultado de tu entrevista",
    "text": _t, "html": ats_card("Astilleros Zorrotza", "#0d47a1", paras(_t),
                           "This email was sent via iCIMS on behalf of Astilleros Zorrotza.", "es"),
    "parent": "zorrotza-moved",
})

# --- R12 Inspecciones Urdaibai, BambooHR, iso-8859-1 --------------------------------------------------
add({
    "key": "urdaibai-reject", "kind": "rejection", "scenario": "bamboohr_latin1_no_continuamos", "lang": "es",
    "company": "Inspecciones Urdaibai", "contact": "",
    "frm": ("Inspecciones Urdaibai", "no-reply@bamboohr.com"), "date": "2026-07-20 15:56 -0600",
    "subject": "Inspector/a de Seguridad Industrial – Gernika", "subject_enc": ("utf-8", "B"),
    "charset": "iso-8859-1", "cte": "quoted-printable", "headers": AUTO, "parent": "urdaibai-ack",
    "text": """Hola Íñigo,

Te agradecemos que te hayas interesado por la plaza de Inspector/a de Seguridad Industrial en nuestra oficina de Gernika.

Tras estudiar tu solicitud, hemos decidido no continuar con tu candidatura en esta ocasión. Para este puesto es imprescindible la titulación de ingeniería técnica que exige la acreditación como Organismo de Control.

Gracias de nuevo y mucho ánimo.

Inspecciones Urdaibai · Departamento de Personas
""",
})

# --- R13 Terminal Marítima de Lezo, vacancy cancelled ----------------------------------------------------
_t = """Hola Íñigo:

Te escribo para cerrar el proceso de Técnico/a de Seguridad Portuaria que dejamos pendiente tras aplazar la jornada de prueba.

La concesión del muelle de Buenavista no se ha renovado en los términos previstos y la dirección ha anulado la creación de la plaza. No habrá jornada de prueba ni incorporación para ninguno de los candidatos.

Lamento que haya terminado así después de lo que te implicaste. Guardamos tus datos para futuras necesidades, si nos das permiso.

Amaia Lasa
Recursos Humanos · Terminal Marítima de Lezo
Muelle Buenavista s/n · 20110 Pasaia
943 351 690"""
add({
    "key": "lezo-reject", "kind": "rejection", "scenario": "plaza_anulada_concesion", "lang": "es",
    "company": "Terminal Marítima de Lezo", "contact": "amaia.lasa@lezoterminal.example.es",
    "frm": ("Amaia Lasa", "amaia.lasa@lezoterminal.example.es"), "date": "2026-06-15 12:03 +0200",
    "subject": "Cierre del proceso Técnico/a de Seguridad Portuaria", "text": _t,
    "html": html_page(paras(_t), "es"), "cte": "quoted-printable", "parent": "lezo-cancel",
})

# --- R14 Kalitate Ingeniería, after panel -----------------------------------------------------------------
_old = """Perfecto, Nerea. Entonces el viernes 27 a las 12:00 en vuestra oficina de Vitoria. Llevaré el portfolio con las evaluaciones de riesgo que hice en el curso.

Gracias,
Íñigo"""
add({
    "key": "kalitate-reject", "kind": "rejection", "scenario": "tras_panel_feedback_detallado", "lang": "es",
    "company": "Kalitate Ingeniería", "contact": "nerea.ugarte@kalitate.example.es",
    "frm": ("Nerea Ugarte", "nerea.ugarte@kalitate.example.es"), "date": "2026-03-12 16:30 +0100",
    "subject": "Re: Cambio de hora entrevista Kalitate", "cte": "8bit", "parent": "kalitate-moved",
    "text": reply("""Hola Íñigo:

Ya tenemos la valoración del panel. Te la resumo porque creo que es útil:

- Muy bien: la presentación de la evaluación de riesgos del taller y cómo explicaste las medidas.
- Menos bien: la parte de normativa de máquinas (RD 1215/1997) y la experiencia con auditorías ISO 45001.

Con eso sobre la mesa, la decisión ha sido ofrecer el puesto a otra candidata con más recorrido en auditorías. Siento que no haya sido para ti.

Nerea Ugarte
Kalitate Ingeniería · Selección
Avda. Gasteiz 38, 01008 Vitoria-Gasteiz""",
               "es", "mar, 24 feb 2026 a las 20:11", "Íñigo Salaberri-Achterberg", CANDIDATE[1], _old),
})

# --- R15 Obras Deusto Eraikuntzak, after missed call ------------------------------------------------------
_old = """Kaixo Íñigo:

Hoy a las 9:30 te esperamos en Teams casi veinte minutos y no llegaste a conectarte. Te llamé también al móvil pero saltaba el buzón.

¿Ha pasado algo? Dime algo cuando puedas.

Unai"""
_t = reply("""Kaixo Íñigo:

Gracias por explicarme lo de la cobertura en la playa, lo entiendo. Aun así, el jefe de obra ha querido cerrar ya la selección y ha elegido a otro candidato, así que no vamos a programar otra entrevista contigo.

Ondo izan eta zorte on.

Unai Bengoetxea
Obras Deusto Eraikuntzak · RRHH
Lehendakari Aguirre 29, 48014 Bilbao""",
           "es", "vie, 17 abr 2026, 10:05", "Unai Bengoetxea", "unai.bengoetxea@deustoeraikuntzak.example.es", _old)
add({
    "key": "deusto-reject", "kind": "rejection", "scenario": "kaixo_tras_no_presentado", "lang": "es",
    "company": "Obras Deusto Eraikuntzak", "contact": "unai.bengoetxea@deustoeraikuntzak.example.es",
    "frm": ("Unai Bengoetxea", "unai.bengoetxea@deustoeraikuntzak.example.es"),
    "date": "2026-04-24 08:50 +0200", "subject": "Re: Entrevista de hoy", "text": _t,
    "html": html_page(paras(_t), "es"), "parent": "deusto-missed",
})

# --- R16 Grúas Gipuzkoa, forwarded note from the site manager -----------------------------------------------
_fw = forwarded("es", "Mikel Arruti <m.arruti@gruas-gipuzkoa.example.es>", "lun, 10 ago 2026 18:40",
                "RE: candidato técnico seguridad", "Leire Mendizabal <leire@gruas-gipuzkoa.example.es>",
                """Leire, he mirado el CV del socorrista. Buena pinta, pero necesito a alguien con carné de operador de grúa o que haya hecho planes de izado. No lo pases a entrevista.
Mikel""")
add({
    "key": "gruas-reject", "kind": "rejection", "scenario": "reenvio_nota_jefe_obra", "lang": "es",
    "company": "Grúas Gipuzkoa", "contact": "leire@gruas-gipuzkoa.example.es",
    "frm": ("Leire Mendizabal", "leire@gruas-gipuzkoa.example.es"), "date": "2026-08-12 09:22 +0200",
    "subject": "Fwd: RE: candidato técnico seguridad", "cte": "quoted-printable",
    "text": """Hola Íñigo,

Te reenvío lo que me contestó Mikel, nuestro jefe de seguridad, para que veas el motivo de primera mano. Para este puesto no te vamos a llamar; lo siento.

Leire Mendizabal
Administración y RRHH · Grúas Gipuzkoa
Pol. Belartza, 20018 Donostia

""" + _fw,
})

# --- R17 Mantenimientos Leitzaran, disclaimer, quoted missed notice -------------------------------------------
_old = """Buenos días Íñigo,

Ayer a las 11:00 te llamamos al 643 118 207 para la entrevista telefónica y no logramos localizarte. Te dejamos un mensaje en el contestador.

Si sigues interesado, dinos qué franja te viene mejor."""
_t = """Buenos días Íñigo,

Gracias por tu respuesta. Hemos hablado internamente y, dado que la incorporación era urgente, el puesto de Técnico/a PRL para mantenimiento industrial ya se ha adjudicado. Damos por concluido tu proceso con nosotros.

Atentamente,

Jaione Azpiroz
Dpto. de Personas
Mantenimientos Industriales Leitzaran
Errota Kalea 3 · 20150 Villabona · Tel. 943 692 118

AVISO LEGAL: Este correo electrónico y cualquier documento adjunto contienen información confidencial destinada únicamente a la persona o entidad a la que se dirige. En cumplimiento del Reglamento (UE) 2016/679 y de la LO 3/2018, le informamos de que sus datos personales forman parte de un fichero responsabilidad de Mantenimientos Industriales Leitzaran S.L., con la finalidad de gestionar procesos de selección. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición escribiendo a lopd@leitzaran.example.es."""
_full = _t + "\n\n" + outlook_block("es", "Jaione Azpiroz <jaione.azpiroz@leitzaran.example.es>",
                                    "viernes, 9 de octubre de 2026 9:02",
                                    "inigo.sa@example.es", "Entrevista telefónica - Técnico/a PRL", _old)
add({
    "key": "leitzaran-reject", "kind": "rejection", "scenario": "adjudicado_aviso_legal_cp1252", "lang": "es",
    "company": "Mantenimientos Industriales Leitzaran", "contact": "jaione.azpiroz@leitzaran.example.es",
    "frm": ("Jaione Azpiroz", "jaione.azpiroz@leitzaran.example.es"), "date": "2026-10-16 13:18 +0200",
    "subject": "RE: Entrevista telefónica - Técnico/a PRL", "charset": "windows-1252",
    "cte": "quoted-printable", "text": _full, "html": word_html(mso(_full)), "html_charset": "windows-1252",
    "headers": [("X-Mailer", "Microsoft Outlook 16.0")], "parent": "leitzaran-missed",
})

# --- R18 Maasvlakte Container Services, Greenhouse, after interview --------------------------------------------
_old = """Hi Sanne,

Thank you for arranging Thursday's interview and for introducing me to Pieter. The tour of the reefer stack was really useful, and I enjoyed the discussion on straddle-carrier traffic rules.

Best regards,
Íñigo"""
_t = reply("""Hi Íñigo,

Thanks for your kind note, it was good to meet you too.

I wanted to let you know personally that the team has chosen another finalist for the HSE Technician position. Pieter felt that your safety mindset is strong, but for this role we need someone who can start leading toolbox talks in Dutch from day one.

I'm sorry this isn't better news. I'd be happy to keep your details for future roles at the terminal.

Kind regards,
Sanne de Vries
Talent Acquisition Partner | Maasvlakte Container Services
Europaweg 910, 3199 LC Maasvlakte Rotterdam | +31 10 750 2216""",
           "en", "Thu, Apr 23, 2026 at 7:40 PM", "Íñigo Salaberri-Achterberg", CANDIDATE[1], _old)
add({
    "key": "mcs-reject", "kind": "rejection", "scenario": "greenhouse_via_after_interview", "lang": "en",
    "company": "Maasvlakte Container Services", "contact": "sanne.de.vries@mcs.example.nl",
    "frm": ("Sanne de Vries via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    "reply_to": ("Sanne de Vries", "sanne.de.vries@mcs.example.nl"),
    "date": "2026-05-06 10:02 +0000", "subject": "Re: Thank you - HSE Technician interview",
    "text": _t, "html": html_page(paras(_t), "en"), "parent": "mcs-thanks",
})

# --- R19 Brightwater Offshore, Lever, terse --------------------------------------------------------------------
add({
    "key": "brightwater-reject", "kind": "rejection", "scenario": "lever_terse", "lang": "en",
    "company": "Brightwater Offshore", "contact": "callum.reid@brightwater.example.com",
    "frm": ("Brightwater Offshore", "no-reply@hire.lever.co"),
    "reply_to": ("Callum Reid", "callum.reid@brightwater.example.com"),
    "date": "2026-02-05 16:20 +0000", "subject": "Your application – HSE Advisor (Rotterdam)",
    "subject_enc": ("utf-8", "Q"), "parent": "brightwater-ack",
    "text": """Hi Íñigo,

Thanks for applying for HSE Advisor. We won't be taking your application further.

Callum
""",
})

# --- R20 Delta Chemicals Europoort, Taleo, HTML only -----------------------------------------------------------
add({
    "key": "delta-reject", "kind": "rejection", "scenario": "taleo_html_only_after_assessment", "lang": "en",
    "company": "Delta Chemicals Europoort", "contact": "",
    "frm": ("Delta Chemicals Europoort", "noreply@taleo.net"), "date": "2026-03-09 02:11 -0500",
    "subject": "Requisition 26-0311 Process Safety Technician - status update", "headers": AUTO,
    "parent": "delta-invite", "cte": "quoted-printable",
    "html": ats_card("Delta Chemicals Europoort", "#5e35b1", """<p>Dear Íñigo Salaberri-Achterberg,</p>
<p>Thank you for attending the assessment day at our Europoort site on 25 February for requisition 26-0311, <i>Process Safety Technician</i>.</p>
<p>We have now completed the evaluation of all participants. We regret to inform you that you have not been selected to continue in the recruitment process for this requisition.</p>
<p>Your candidate profile remains active, and you may apply for other requisitions through the career section at any time.</p>
<p>Sincerely,<br>Delta Chemicals Europoort – Recruitment Centre</p>""",
                  "Please do not reply to this message. This mailbox is not monitored. &copy; Oracle Taleo", "en"),
})

# --- R21 Harbourline Safety Consultants, Ashby, paused role --------------------------------------------------------
_t = """Hello Íñigo,

We're writing about your application for HSE Technician (Port of Rotterdam).

Harbourline has lost the anchor contract this team was being built around, and the position has been paused with no restart date. As a result we are closing every open application for it, including yours, and no further interviews will take place.

We know this comes after you already spent time with us, and we're sorry for that.

— The Harbourline Talent Team"""
add({
    "key": "harbourline-reject", "kind": "rejection", "scenario": "ashby_rol_en_pausa", "lang": "en",
    "company": "Harbourline Safety Consultants", "contact": "",
    "frm": ("Harbourline Safety Consultants", "no-reply@ashbyhq.com"), "date": "2026-09-14 13:00 +0100",
    "subject": "Update on HSE Technician (Port of Rotterdam)", "text": _t,
    "html": ats_card("Harbourline Safety Consultants", "#00695c", paras(_t), "Sent via Ashby", "en"),
    "cte": "quoted-printable", "headers": AUTO, "parent": "harbourline-missed",
})

# --- R22 Rijnmond Demolition, casual ------------------------------------------------------------------------------
add({
    "key": "rijnmond-reject", "kind": "rejection", "scenario": "casual_bad_news", "lang": "en",
    "company": "Rijnmond Demolition", "contact": "joost@rijnmond-sloop.example.nl",
    "frm": ("Joost Verhagen", "joost@rijnmond-sloop.example.nl"), "date": "2026-06-19 17:55 +0200",
    "subject": "Re: Sorry about Friday", "parent": "rijnmond-missed", "cte": "7bit",
    "text": """Hey Inigo,

No worries about Friday, these things happen. Bad news on my side though, I'm afraid: we found someone local who already holds the asbestos supervisor ticket, so we're not going ahead with you for the site safety job.

Good luck with the rest of the search, mate.

Joost
Rijnmond Demolition | Sloopwerken & Asbestsanering
""",
})

# --- R23 Keel & Compass relays Botlek Terminals' no ---------------------------------------------------------------
_t = """Dear Íñigo,

I have just come off the phone with the hiring manager at Botlek Terminals. They have reviewed the shortlist for the Safety Coordinator role and, on this occasion, they will not be inviting you to a second stage. Their feedback: they liked the emergency-response background but want at least two years in a COMAH/Seveso environment.

I appreciate your patience with this one. I'll be in touch when something closer to your experience comes in.

Best wishes,

Harriet Shaw
Principal Consultant – Ports & Energy
Keel & Compass Recruitment
12 Harbour Yard, Bristol BS1 5TY | +44 117 496 0331

Keel & Compass Recruitment Ltd is registered in England and Wales (No. 09876543). This email is confidential and may be legally privileged."""
add({
    "key": "keel-botlek-reject", "kind": "rejection", "scenario": "agency_relays_client_no", "lang": "en",
    "company": "Botlek Terminals", "contact": "harriet@keelcompass.example.co.uk",
    "frm": ("Harriet Shaw", "harriet@keelcompass.example.co.uk"), "date": "2026-05-20 11:45 +0100",
    "subject": "Botlek Terminals – Safety Coordinator", "subject_enc": ("utf-8", "Q"),
    "text": _t, "html": html_page(paras(_t), "en"),
})

# --- R24 Pernis Refinery Services, after the cancelled panel ------------------------------------------------------
_old = """Dear Íñigo,

Please find attached the invitation for a panel interview for the Site Safety Technician position on Thursday 8 October, 14:00–15:00, at our office on Vondelingenweg. The panel will be Marloes Bakker (HSE Manager) and Ruud Smit (Operations).

Kind regards,
Marloes Bakker"""
_t = """Dear Íñigo,

Following up on last week's cancellation: we have now decided to appoint an internal colleague who holds the VCA-VOL certificate and already knows our permit system. I therefore won't be rescheduling the panel with you.

I realise this is disappointing after the short notice, and I appreciate your understanding.

Regards,
Marloes Bakker
HSE Manager | Pernis Refinery Services B.V.
Vondelingenweg 601, 3196 KK Vondelingenplaat | +31 10 231 7740

""" + outlook_block("en", "Marloes Bakker <m.bakker@pernis-rs.example.nl>",
                    "Thursday, October 1, 2026 9:14 AM", "Íñigo Salaberri-Achterberg",
                    "Panel interview – Site Safety Technician", _old)
add({
    "key": "pernis-reject", "kind": "rejection", "scenario": "outlook_chain_internal_appointment",
    "lang": "en", "company": "Pernis Refinery Services", "contact": "m.bakker@pernis-rs.example.nl",
    "frm": ("Marloes Bakker", "m.bakker@pernis-rs.example.nl"), "date": "2026-10-20 15:33 +0200",
    "subject": "RE: Panel interview – Site Safety Technician", "subject_enc": ("utf-8", "B"),
    "charset": "windows-1252", "cte": "quoted-printable", "text": _t, "html": word_html(mso(_t), "EN-US"),
    "html_charset": "windows-1252", "headers": [("X-Mailer", "Microsoft Outlook 16.0")],
    "parent": "pernis-cancel",
})

# --- R25 Hollandse Steigerbouw, Recruitee ------------------------------------------------------------------------
_t = """Hi Íñigo,

Thank you for your interest in the Safety Officer Scaffolding vacancy.

Although your profile caught our eye, we have chosen to continue with applicants who are already based in the Rijnmond area and can join our on-call rota straight away. We are therefore unable to offer you a place in the next round.

Kind regards,
Hollandse Steigerbouw Recruitment"""
add({
    "key": "steigerbouw-reject", "kind": "rejection", "scenario": "recruitee_local_applicants", "lang": "en",
    "company": "Hollandse Steigerbouw", "contact": "",
    "frm": ("Hollandse Steigerbouw", "hollandsesteigerbouw@jobs.recruitee.com"),
    "date": "2026-07-22 09:10 +0200", "subject": "Your application for Safety Officer Scaffolding",
    "text": _t, "html": ats_card("Hollandse Steigerbouw", "#f9a825", paras(_t),
                           "Powered by Recruitee", "en"), "headers": AUTO,
})

# --- R26 Port de Bayonne Manutention, after the missed meeting --------------------------------------------------
_old = """Bonjour Monsieur Salaberri-Achterberg,

Nous vous avons attendu ce matin à 9h00 à l'accueil du quai Lahubiague pour votre entretien, sans nouvelles de votre part."""
add({
    "key": "bayonne-reject", "kind": "rejection", "scenario": "apres_absence_autre_candidature", "lang": "fr",
    "company": "Port de Bayonne Manutention", "contact": "helene.etcheverry@bayonne-manutention.example.fr",
    "frm": ("Hélène Etcheverry", "helene.etcheverry@bayonne-manutention.example.fr"),
    "name_enc": ("iso-8859-1", "Q"), "date": "2026-04-08 10:40 +0200",
    "subject": "Re: Entretien du 26 mars", "charset": "iso-8859-1", "cte": "8bit", "parent": "bayonne-missed",
    "text": reply("""Bonjour Monsieur,

Merci pour vos explications concernant le 26 mars.

Nous avons toutefois choisi de poursuivre avec une autre candidature pour le poste d'animateur sécurité, et nous ne donnerons pas suite à la vôtre.

Nous vous souhaitons bonne continuation.

Hélène Etcheverry
Ressources humaines - Port de Bayonne Manutention
Quai Lahubiague, 64100 Bayonne - 05 59 63 41 20""",
               "fr", "jeu. 26 mars 2026 à 11:12", "Hélène Etcheverry",
               "helene.etcheverry@bayonne-manutention.example.fr", _old),
})

# --- R27 Aquitaine Sécurité Conseil, role cancelled ------------------------------------------------------------
_t = """Bonjour Íñigo,

Je reviens vers vous suite à notre échange téléphonique du 21 janvier au sujet du poste de technicien prévention à Bordeaux.

La création de ce poste était liée à un contrat de coordination SPS sur le chantier du pont de la Garonne, que nous n'avons finalement pas obtenu. Le poste est donc supprimé et le recrutement est arrêté.

Je suis désolée de ne pas avoir de meilleure nouvelle. N'hésitez pas à suivre nos prochaines annonces.

Cordialement,
Sophie Lartigue
Chargée de recrutement - Aquitaine Sécurité Conseil
12 cours de l'Intendance, 33000 Bordeaux"""
add({
    "key": "asc-reject", "kind": "rejection", "scenario": "poste_supprime_latin1_qp", "lang": "fr",
    "company": "Aquitaine Sécurité Conseil", "contact": "s.lartigue@asc-conseil.example.fr",
    "frm": ("Sophie Lartigue", "s.lartigue@asc-conseil.example.fr"), "date": "2026-02-09 14:25 +0100",
    "subject": "Poste de technicien prévention - arrêt du recrutement", "charset": "iso-8859-1",
    "cte": "quoted-printable", "text": _t, "html": html_page(paras(_t), "fr"), "parent": "asc-invite",
})

# --- R28 Intérim Adour relays Forges de l'Adour's no ----------------------------------------------------------
add({
    "key": "adour-reject", "kind": "rejection", "scenario": "agence_relaie_refus_client", "lang": "fr",
    "company": "Forges de l'Adour", "contact": "maite.iriart@interim-adour.example.fr",
    "frm": ("Maïté Iriart", "maite.iriart@interim-adour.example.fr"), "date": "2026-06-23 17:02 +0200",
    "subject": "Forges de l'Adour - retour sur votre candidature", "subject_enc": ("utf-8", "B"),
    "cte": "base64", "parent": "adour-cancel",
    "text": """Bonjour Íñigo,

J'ai enfin eu le retour des Forges de l'Adour. Ils ont rencontré les autres profils la semaine dernière et ont décidé de ne pas retenir votre candidature pour le poste de technicien HSE ; ils recherchent quelqu'un qui a déjà animé des formations incendie en milieu industriel.

Je garde votre dossier actif chez nous et je vous appelle dès qu'une mission correspond.

Bien à vous,
Maïté Iriart
Intérim Adour - Agence de Bayonne
8 allées Marines, 64100 Bayonne - 05 59 25 70 14
""",
})

# --- R29 Neckarwerk Bau, softgarden, filled internally -----------------------------------------------------------
_t = """Sehr geehrter Herr Salaberri-Achterberg,

vielen Dank für das angenehme Gespräch am 21. Juli und Ihr Interesse an der Position Fachkraft für Arbeitssicherheit (m/w/d) in Stuttgart-Feuerbach.

Inzwischen hat sich ein Kollege aus unserer Niederlassung in Esslingen auf die Stelle beworben. Wir haben uns entschieden, die Position mit ihm intern zu besetzen, und können Ihnen daher leider keine Zusage geben.

Für Ihren weiteren Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Sabine Kurz
Personalabteilung | Neckarwerk Bau GmbH
Siemensstraße 140, 70469 Stuttgart"""
add({
    "key": "neckarwerk-reject", "kind": "rejection", "scenario": "softgarden_intern_besetzt", "lang": "de",
    "company": "Neckarwerk Bau", "contact": "s.kurz@neckarwerk.example.de",
    "frm": ("Neckarwerk Bau GmbH", "noreply@softgarden.io"),
    "reply_to": ("Sabine Kurz", "s.kurz@neckarwerk.example.de"), "date": "2026-08-03 10:30 +0200",
    "subject": "Ihre Bewerbung als Fachkraft für Arbeitssicherheit (m/w/d)",
    "subject_enc": ("iso-8859-1", "B"), "text": _t,
    "html": ats_card("Neckarwerk Bau – Karriere", "#37474f", paras(_t), "softgarden e-recruiting", "de"),
    "parent": "neckarwerk-invite",
})

# --- R30 Filder Arbeitssicherheit, terse -------------------------------------------------------------------------
add({
    "key": "filder-reject", "kind": "rejection", "scenario": "knapp_keine_zusage", "lang": "de",
    "company": "Filder Arbeitssicherheit", "contact": "t.maier@filder-as.example.de",
    "frm": ("Thomas Maier", "t.maier@filder-as.example.de"), "date": "2026-03-18 08:05 +0100",
    "subject": "Ihre Bewerbung", "cte": "quoted-printable", "parent": "filder-cancel",
    "text": """Sehr geehrter Herr Salaberri-Achterberg,

nach Abschluss der Gespräche können wir Ihnen leider keine Zusage geben.

Mit freundlichen Grüßen
Th. Maier
Filder Arbeitssicherheit
""",
})

# --- R31 Rotbühl relays Neckarhafen Logistik's no ------------------------------------------------------------------
_old = """Guten Tag Herr Salaberri-Achterberg,

Herr Schneider von Neckarhafen Logistik hat Sie heute um 14:00 Uhr zweimal vergeblich angerufen."""
add({
    "key": "rotbuehl-reject", "kind": "rejection", "scenario": "personalberater_absage_kunde", "lang": "de",
    "company": "Neckarhafen Logistik", "contact": "j.hofmann@rotbuehl.example.de",
    "frm": ("Julia Hofmann", "j.hofmann@rotbuehl.example.de"), "date": "2026-10-22 16:48 +0200",
    "subject": "AW: Telefoninterview Neckarhafen Logistik", "cte": "8bit", "parent": "rotbuehl-missed",
    "text": reply("""Guten Tag Herr Salaberri-Achterberg,

danke für Ihre Rückmeldung und die Erklärung zum Funkloch.

Leider hat sich Neckarhafen Logistik inzwischen gegen eine Fortsetzung des Verfahrens mit Ihnen entschieden. Der Kunde setzt auf eine Kandidatin, die bereits als Gefahrgutbeauftragte tätig war.

Ich bedauere das sehr und melde mich, sobald ich ein passenderes Mandat habe.

Freundliche Grüße
Julia Hofmann
Senior Beraterin | Rotbühl Personalberatung GmbH
Rotebühlplatz 20, 70173 Stuttgart | +49 711 2204 518
Geschäftsführer: Dr. Andreas Rotbühl | Amtsgericht Stuttgart HRB 765432""",
               "de", "Do., 8. Okt. 2026 um 15:10", "Julia Hofmann", "j.hofmann@rotbuehl.example.de", _old),
})
