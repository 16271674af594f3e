"""Corpus 193, kind `rejection`: 31 hand-written messages (es 17, en 8, fr 3, de 3)."""

from __future__ import annotations

from msgs193_common import M

MESSAGES = [
    # ------------------------------------------------------------------ Spanish (17)
    M(id="aero_rej", kind="rejection", slug="aeromeseta_workday_tras_entrevista", lang="es",
      company="Aeromeseta", contact="",
      date="2026-03-18 16:41", tz="ES",
      frm=("Aeromeseta Talento", "aeromeseta@myworkday.com"),
      subject="Tu candidatura a Coordinador/a de Operaciones de Tierra (R-04417)",
      auto="auto-generated",
      layout={"kind": "card", "brand": "Aeromeseta | Talento", "color": "#0b3d91",
             "footer": "Aeromeseta Líneas Aéreas, S.A. · Avenida de la Hispanidad 12, 28042 "
                       "Madrid · Este mensaje se ha enviado desde una dirección que no admite "
                       "respuestas."},
      cte="base64",
      text="""Hola, Leocadia:

Queremos agradecerte el tiempo que has dedicado al proceso de selección para el puesto de Coordinador/a de Operaciones de Tierra (R-04417) en Madrid-Barajas, y en especial la entrevista con el equipo de Operaciones.

Tras valorar todas las candidaturas finalistas, lamentamos comunicarte que no vamos a continuar con la tuya en este proceso. La decisión ha sido complicada por el nivel de los perfiles que hemos conocido.

Tus datos seguirán en nuestra base de talento durante doce meses. Puedes consultar nuevas vacantes y actualizar tu perfil desde el portal de candidatos de Workday.

Un saludo cordial,
Equipo de Talento de Aeromeseta"""),

    M(id="bru_rej", kind="rejection", slug="brujula_perfiles_mas_ajustados", lang="es",
      company="Viajes Brújula", contact="sara.lozano@viajesbrujula.example.es",
      date="2026-02-06 12:05", tz="ES",
      frm=("Sara Lozano", "sara.lozano@viajesbrujula.example.es"),
      subject="Proceso Coordinadora de Operaciones - Viajes Brújula",
      cte="quoted-printable",
      text="""Buenos días, Leocadia:

Gracias de nuevo por la conversación telefónica de la semana pasada y por el interés que has mostrado en Viajes Brújula.

Hemos terminado la primera fase y, después de revisarlo con Dirección de Operaciones, hemos decidido seguir adelante con candidaturas cuya experiencia se ajusta más a lo que buscamos en este momento, sobre todo en gestión de proveedores de transporte para grupos grandes.

Tu trayectoria como guía nos ha parecido muy interesante y no descartamos escribirte si se abre algo más cercano a tu perfil.

Mucha suerte con la búsqueda.

Sara Lozano
Talent Acquisition · Viajes Brújula
C/ de Alcalá 211, 4ª planta · 28028 Madrid
+34 910 55 21 70"""),

    M(id="mel_rej", kind="rejection", slug="meliana_puesto_en_suspenso", lang="es",
      company="Meliana Resorts", contact="ines.pol@melianaresorts.example.es",
      date="2026-03-12 10:20", tz="ES",
      frm=("Meliana Resorts - Selección", "no_reply@successfactors.eu"),
      reply_to=("Inés Pol", "ines.pol@melianaresorts.example.es"),
      subject="Actualización sobre tu proceso: Coordinador/a de Operaciones Turísticas",
      layout={"kind": "card", "brand": "Meliana Resorts", "color": "#b45309"},
      text="""Estimada Leocadia:

Te escribimos para informarte de que la posición de Coordinador/a de Operaciones Turísticas en Palma ha quedado en suspenso por una revisión de la estructura del departamento de cara a la temporada, y no continuaremos con el proceso de selección.

Sabemos que participaste en el assessment center y que le dedicaste una mañana completa; te lo agradecemos sinceramente. En este momento no podemos darte una fecha de reapertura, por lo que damos el proceso por cerrado para todas las personas candidatas.

Si tienes cualquier duda puedes responder a este correo y me llegará directamente.

Un abrazo,
Inés Pol
Talent Acquisition Partner
Meliana Resorts · Passeig Marítim 44 · 07014 Palma"""),

    M(kind="rejection", slug="granada_a_pie_seco", lang="es",
      company="Granada a Pie", contact="paco@granadaapie.example.es",
      date="2026-01-30 21:47", tz="ES",
      frm=("Paco Robles", "paco@granadaapie.example.es"),
      subject="Re: Solicitud: coordinadora de operaciones (Leocadia Fenwick-Obuya)",
      quote={"of": "own_app_granadaapie"},
      cte="8bit",
      text="""Leocadia, gracias por escribir. Lo hemos pensado y no vamos a contar contigo para este puesto.

Suerte.
Paco

Enviado desde mi móvil"""),

    M(id="faro_rej", kind="rejection", slug="faro_talent_cliente_dice_no", lang="es",
      company="Cruceros Tramuntana", contact="alvaro.quintana@farotalent.example.es",
      date="2026-03-03 18:12", tz="ES",
      frm=("Álvaro Quintana", "alvaro.quintana@farotalent.example.es", ("iso-8859-1", "Q")),
      subject="RE: Entrevista Cruceros Tramuntana - nuevo horario",
      quote={"of": "faro_move", "style": "outlook"},
      layout="outlook",
      text="""Hola Leocadia,

Te llamo mañana si quieres comentarlo, pero prefiero que lo tengas por escrito cuanto antes.

Cruceros Tramuntana me ha dado su respuesta final: les gustó tu manera de explicar cómo gestionas los imprevistos en excursiones, pero se han decantado por una persona que ya ha coordinado escalas de cruceros en el puerto de Palma. Así que, en lo que respecta a esta posición, no sigues adelante.

Por mi parte sigo contando contigo para otros procesos del sector; tengo un par de operadores en Baleares que podrían encajar mejor.

Un abrazo,

Álvaro Quintana
Senior Consultant · Travel & Hospitality
Faro Talent Partners
Paseo de la Castellana 93, 28046 Madrid
M. +34 655 301 882"""),

    M(kind="rejection", slug="andarax_tras_agradecimiento", lang="es",
      company="Andarax Viajes", contact="elena.cortes@andarax.example.es",
      date="2026-06-12 13:30", tz="ES",
      frm=("Elena Cortés", "elena.cortes@andarax.example.es"),
      subject="Re: Gracias por la entrevista de ayer",
      quote={"of": "own_thanks_andarax"},
      layout="plain",
      text="""Hola Leocadia:

Muchas gracias por tu mensaje, se agradece de verdad que te tomes la molestia.

Te escribo con la respuesta del equipo: nos ha costado decidir, pero finalmente la plaza de coordinación de operaciones en Málaga se la hemos ofrecido a otra candidata que ya conocía nuestro sistema de reservas y puede incorporarse de inmediato. No podemos contar contigo en esta ocasión.

Me quedo con lo que comentabas en tu correo sobre los traslados de grupos desde el aeropuerto; si en otoño abrimos la segunda plaza, te avisaré personalmente.

Un saludo,
Elena Cortés
Responsable de Personas
Andarax Viajes
Alameda Principal 31, 29001 Málaga"""),

    M(id="hosp_rej", kind="rejection", slug="hospederias_vacante_cancelada", lang="es",
      company="Hospederías del Sur", contact="rafael.aguilar@hospederiasdelsur.example.es",
      date="2026-09-22 09:05", tz="ES",
      frm=("Rafael Aguilar", "rafael.aguilar@hospederiasdelsur.example.es"),
      subject="Vacante de coordinación de operaciones - cancelación",
      subj_enc=("iso-8859-1", "Q"),
      charset="iso-8859-1", cte="quoted-printable",
      reply="hosp_missed",
      text="""Estimada Sra. Fenwick-Obuya:

Le escribo en relación con la vacante de Coordinación de Operaciones para nuestras hospederías de la Alpujarra.

La dirección ha decidido cancelar la contratación prevista para este año tras la venta de dos de los establecimientos, de modo que la vacante desaparece y no se cubrirá. Por este motivo cerramos el proceso sin seleccionar a ninguna persona.

Lamento que no llegáramos a hablar por teléfono en la fecha que habíamos fijado y que la respuesta sea esta. Le agradecemos su interés y su paciencia.

Atentamente,

Rafael Aguilar Moreno
Recursos Humanos
Hospederías del Sur
Plaza de la Iglesia 3, 18400 Órgiva (Granada)
Tel. 958 78 41 20"""),

    M(kind="rejection", slug="mundo_nomada_cubierta_internamente", lang="es",
      company="Mundo Nómada", contact="oriol@mundonomada.example.es",
      date="2026-04-01 11:48", tz="ES",
      frm=("Oriol Puig", "oriol@mundonomada.example.es"),
      subject="Sobre la posición de operaciones",
      charset="windows-1252", cte="base64",
      reply="nomada_inv",
      text="""Hola Leocadia,

Te debo un correo desde hace unos días, perdona el retraso.

Al final la posición de coordinadora de operaciones la ha ocupado Marta, que llevaba dos años en nuestro equipo de atención al viajero y pidió el cambio interno justo la semana después de nuestra charla. Teníamos claro que, si alguien de casa quería el puesto, tendría prioridad, y así ha sido.

Me supo mal cerrar así una conversación que fue tan buena. Si te parece, guardo tu CV para la temporada de invierno (grupos de esquí en Andorra y Sierra Nevada).

Un abrazo y mucha suerte,
Oriol Puig – cofundador
Mundo Nómada DMC · Carrer de Girona 64, 08009 Barcelona"""),

    M(kind="rejection", slug="autocares_genil_colega", lang="es",
      company="Autocares Genil", contact="manolo.jimenez@autocaresgenil.example.es",
      date="2026-04-14 19:22", tz="ES",
      frm=("Manolo Jiménez", "manolo.jimenez@autocaresgenil.example.es"),
      subject="lo del puesto",
      cte="8bit",
      reply="genil_missed",
      text="""Oye Leo, te cuento antes de que te enteres por otro lado.

Al final el jefe ha tirado por el sobrino de un socio para lo de coordinar las rutas, ya sabes cómo va esto. No es nada tuyo, de verdad, a mí me habría encantado tenerte en tráfico.

Si sale algo de guía para los circuitos de verano te lo paso el primero.

Un abrazo grande
Manolo"""),

    M(id="trota_rej", kind="rejection", slug="trotamundo_ashby", lang="es",
      company="Trotamundo", contact="",
      date="2026-05-20 17:02", tz="ES",
      frm=("Trotamundo", "no-reply@ashbyhq.com"),
      subject="Tu candidatura en Trotamundo",
      html_only=True, auto="auto-generated",
      layout={"kind": "card", "brand": "trotamundo", "color": "#7c3aed",
             "footer": "Enviado con Ashby en nombre de Trotamundo Travel Tech, S.L."},
      text="""Hola Leocadia,

Gracias por tu interés en el puesto de Travel Operations Coordinator y por el tiempo que nos has dedicado.

Hemos revisado con calma cómo encajan las necesidades del equipo de Operaciones con los perfiles del proceso y, esta vez, no vamos a avanzar con tu candidatura.

Nos encantaría que siguieras pendiente de nuestras vacantes en trotamundo.example.es/careers.

Saludos,
El equipo de People de Trotamundo"""),

    M(kind="rejection", slug="tempora_cliente_sin_nombre", lang="es",
      company="Tempora ETT", contact="lucia.benavides@tempora-ett.example.es",
      date="2026-05-29 14:10", tz="ES",
      frm=("Lucía Benavides | Tempora ETT", "lucia.benavides@tempora-ett.example.es"),
      subject="Respuesta del cliente - puesto de coordinación en agencia receptiva",
      cte="quoted-printable",
      text="""Hola Leocadia:

Te escribo para darte la respuesta de la empresa cliente para la que te presentamos la semana pasada (agencia receptiva en la costa de Granada, puesto de coordinación de excursiones).

Nos han comunicado que han decidido no avanzar con tu candidatura: buscan a alguien con carnet de conducir C1 para mover el microbús en temporada alta y ese requisito no lo cumplimos en tu caso.

Sigues dada de alta en Tempora y te seguiré proponiendo para otras ofertas del sector turístico.

Un saludo,
Lucía Benavides
Consultora de Selección · Tempora ETT
Oficina Granada – C/ Recogidas 18, 18005 Granada
Tel. 958 20 64 33

Tempora Empresa de Trabajo Temporal, S.L. – Autorización administrativa n.º 18/0123/2009.
Este mensaje y sus adjuntos son confidenciales y se dirigen exclusivamente a su destinatario."""),

    M(kind="rejection", slug="bahia_teamtailor", lang="es",
      company="Bahía Palma Excursiones", contact="",
      date="2026-07-27 08:30", tz="ES",
      frm=("Bahía Palma Excursiones", "no-reply@teamtailor-mail.com"),
      subject="Coordinador/a de excursiones - Bahía Palma Excursiones",
      auto="auto-generated",
      text="""Hola Leocadia,

Lamentablemente, en esta ocasión no podremos ofrecerte el puesto de Coordinador/a de excursiones.

Sabemos que presentarse a un proceso lleva su tiempo y te damos las gracias por ello. Conservaremos tu perfil en nuestra comunidad de talento por si surge otra oportunidad en Palma.

Un saludo,
Bahía Palma Excursiones

--
Puedes gestionar tus datos o retirar tu consentimiento aquí: https://bahiaexcursiones.teamtailor.example.es/connect"""),

    M(kind="rejection", slug="alcazaba_smartrecruiters", lang="es",
      company="Alcazaba Hoteles", contact="",
      date="2026-10-20 11:15", tz="ES",
      frm=("Alcazaba Hoteles", "noreply@smartrecruiters.com"),
      subject="Alcazaba Hoteles: actualización de tu solicitud",
      layout={"kind": "card", "brand": "ALCAZABA HOTELES", "color": "#14532d",
             "footer": "Grupo Hotelero Alcazaba, S.L.U. · Paseo de Reding 5, 29016 Málaga"},
      cte="quoted-printable",
      text="""Estimada Leocadia Fenwick-Obuya:

Gracias por presentar tu solicitud para Coordinador/a de Operaciones de Grupos (Málaga).

Tras revisar detenidamente todas las candidaturas recibidas, hemos optado por otros perfiles que encajan mejor con los requisitos de la posición, por lo que tu solicitud no seguirá adelante.

Te animamos a seguir consultando nuestra página de empleo.

Atentamente,
Departamento de Selección
Alcazaba Hoteles"""),

    M(kind="rejection", slug="sol_y_nieve_outlook_cadena", lang="es",
      company="Sol y Nieve Travel", contact="tomas.rubio@solynieve.example.es",
      date="2026-02-20 10:02", tz="ES",
      frm=("Tomás Rubio", "tomas.rubio@solynieve.example.es"),
      subject="RE: Entrevista por Teams - Coordinación de operaciones (temporada de nieve)",
      quote={"of": "sol_missed", "style": "outlook"},
      layout="outlook", cte="quoted-printable",
      text="""Buenos días Leocadia,

Gracias por explicarnos lo que pasó con la conexión. Lo hemos hablado internamente y, como la temporada de nieve ya está muy avanzada y necesitábamos cerrar el puesto esta semana, hemos seguido con otra candidata que estaba en el proceso. No vamos a poder retomar tu entrevista.

Te deseo lo mejor,

Tomás Rubio
Director de Operaciones
Sol y Nieve Travel
Plaza de Andalucía 2, 18196 Sierra Nevada (Granada)
Tel. +34 958 48 01 19"""),

    M(kind="rejection", slug="olivo_formal_con_aviso_legal", lang="es",
      company="Viajes Olivo", contact="patricia.gil@viajesolivo.example.es",
      date="2026-01-29 13:37", tz="ES",
      frm=("RRHH Viajes Olivo", "patricia.gil@viajesolivo.example.es"),
      subject="Comunicación sobre su candidatura - Ref. OPS-MAD-0126",
      charset="iso-8859-1", cte="quoted-printable",
      reply="olivo_ack",
      text="""Estimada Sra. Fenwick-Obuya:

En relación con su candidatura a la posición de Coordinador/a de Operaciones Receptivas (Ref. OPS-MAD-0126), le comunicamos que, una vez concluida la fase de evaluación curricular, su candidatura no ha sido seleccionada para continuar en el proceso.

Agradecemos la confianza depositada en nuestra compañía.

Reciba un cordial saludo,

Patricia Gil Sanz
Dpto. de Recursos Humanos
Viajes Olivo
C/ Princesa 25, 28008 Madrid

-------------------------------------------------------------------
AVISO LEGAL: Este mensaje y, en su caso, los ficheros anexos son confidenciales, especialmente en lo que respecta a los datos personales, y se dirigen exclusivamente al destinatario referenciado. Si usted no lo es y lo ha recibido por error o tiene conocimiento del mismo por cualquier motivo, le rogamos que nos lo comunique por este medio y proceda a destruirlo o borrarlo. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos serán tratados por Viajes Olivo, S.A. con la finalidad de gestionar los procesos de selección de personal, entrevistas incluidas, y podrá ejercer sus derechos en privacidad@viajesolivo.example.es.
-------------------------------------------------------------------"""),

    M(kind="rejection", slug="barcelona_walks_guardamos_cv", lang="es",
      company="Barcelona Walks", contact="nuria.casals@barcelonawalks.example.es",
      date="2026-07-20 16:55", tz="ES",
      frm=("Núria Casals", "nuria.casals@barcelonawalks.example.es"),
      subject="Tu candidatura - Operations Coordinator",
      layout="plain", cte="base64",
      text="""Hola Leocadia,

Soy Núria, de Barcelona Walks. Quería contestarte personalmente aunque sea para darte una respuesta que no es la que esperabas: no vamos a seguir adelante con tu candidatura para Operations Coordinator.

Nos ha llegado muchísimo volumen y hemos priorizado a gente que ya conoce la ciudad como guía y el catalán para los grupos escolares. Tu CV me ha gustado mucho, así que lo dejo guardado por si abrimos algo en otoño.

Una abraçada,
Núria Casals
Operations Lead · Barcelona Walks
Carrer Ample 14, 08002 Barcelona"""),

    M(kind="rejection", slug="adecua_aparthoteles_dunas", lang="es",
      company="Aparthoteles Dunas", contact="beatriz.llorente@adecuapersonal.example.es",
      date="2026-07-02 09:40", tz="ES",
      frm=("Beatriz Llorente", "beatriz.llorente@adecuapersonal.example.es"),
      subject="Aparthoteles Dunas - respuesta final",
      reply="adecua_missed",
      text="""Buenos días Leocadia,

Ya tengo respuesta de Aparthoteles Dunas. Después de no poder hacer la videollamada del lunes, les propuse otra fecha, pero me dicen que ya han cerrado el puesto con otro candidato que empieza el día 15, así que se descartan el resto de candidaturas, la tuya incluida.

Siento que haya terminado así. Te reenvío abajo su correo para que lo veas tal cual. Te mantengo activa en nuestra bolsa de hostelería y turismo de la Costa del Sol.

Saludos,
Beatriz Llorente
Técnica de Selección
Adecua Personal ETT · Av. de Andalucía 22, 29002 Málaga
T. 952 36 90 14

---------- Mensaje reenviado ---------
De: Sergio Luque <sergio.luque@aparthotelesdunas.example.es>
Fecha: miércoles, 1 de julio de 2026, 18:52
Asunto: RE: Candidata Leocadia Fenwick-Obuya - nueva fecha de entrevista
Para: Beatriz Llorente <beatriz.llorente@adecuapersonal.example.es>

Hola Beatriz,

Gracias por proponer otra fecha para la entrevista con Leocadia, pero ya no va a ser necesario: hemos cerrado el puesto de coordinación de operaciones con un candidato que se incorpora el día 15. Por favor, da por descartadas al resto de candidaturas que nos enviaste.

Un saludo,
Sergio Luque
Director de Operaciones · Aparthoteles Dunas"""),

    # ------------------------------------------------------------------ English (8)
    M(id="tejo_rej", kind="rejection", slug="tejo_greenhouse_quotes_thanks", lang="en",
      company="Tejo Voyages", contact="marta.sousa@tejovoyages.example.pt",
      date="2026-04-21 15:14", tz="PT",
      frm=("Marta Sousa via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Marta Sousa", "marta.sousa@tejovoyages.example.pt"),
      subject="Re: Thank you - Operations Coordinator panel",
      quote={"of": "own_thanks_tejo"},
      layout="plain",
      text="""Hi Leocadia,

Thank you for such a thoughtful note after the panel - Rui and Beatriz both mentioned it.

I'm sorry to say we won't be offering you the Operations Coordinator role. The panel felt your guiding background is excellent, but for this hire they wanted someone who has already run supplier contracting for river cruises end to end, and another finalist had exactly that.

I'd genuinely like to stay in touch; we open seasonal coordinator roles every autumn.

All the best,
Marta

Marta Sousa
Talent Partner | Tejo Voyages
Rua da Prata 112, 1100-420 Lisboa"""),

    M(kind="rejection", slug="caledonia_after_missed_call", lang="en",
      company="Caledonia Journeys", contact="fiona.macleod@caledoniajourneys.example.co.uk",
      date="2026-06-15 11:26", tz="UK",
      frm=("Fiona MacLeod", "fiona.macleod@caledoniajourneys.example.co.uk"),
      subject="Tour Operations Coordinator - update",
      reply="cal_missed",
      text="""Dear Leocadia,

Thank you for getting back to me after last week's call that didn't connect.

Since then we've interviewed the shortlist for the Tour Operations Coordinator post and I'm afraid we've decided not to take your application further. The role starts in three weeks and we needed people we could see in person in Edinburgh before the season.

Thanks again for your interest in Caledonia Journeys, and good luck with the move.

Kind regards,
Fiona

Fiona MacLeod | Operations Manager
Caledonia Journeys Ltd
14 Cockburn Street, Edinburgh EH1 1BP
0131 496 0772"""),

    M(kind="rejection", slug="wanderlane_lever_closer_match", lang="en",
      company="Wanderlane", contact="",
      date="2026-02-12 09:58", tz="PT",
      frm=("Wanderlane", "no-reply@hire.lever.co"),
      subject="Your application to Wanderlane",
      auto="auto-generated",
      layout={"kind": "card", "brand": "Wanderlane", "color": "#0e7490"},
      text="""Hi Leocadia,

Thanks for applying for the Supplier Operations Coordinator role at Wanderlane and for your patience while our team reviewed applications.

After careful consideration, we've decided to move forward with candidates whose experience more closely matches the needs of this position at this time.

We appreciate your interest in Wanderlane and wish you the best in your search.

The Wanderlane Talent Team"""),

    M(kind="rejection", slug="lusitania_icims_role_on_hold", lang="en",
      company="Lusitania Air", contact="",
      date="2026-06-10 17:33", tz="PT",
      frm=("Lusitania Air Careers", "donotreply@icims.com"),
      subject="Ground Operations Coordinator (Lisbon) - position update",
      auto="auto-generated",
      reply="lusi_cancel",
      text="""Dear Leocadia Fenwick-Obuya,

We are contacting you about your application for Ground Operations Coordinator (Lisbon), Req ID 2026-1187.

Following a review of our summer schedule, this role has been put on hold and we will not proceed with recruitment for it. All candidates in the process, including those invited to the assessment centre, are receiving this message.

If the position reopens it will be advertised again on our careers site and you are welcome to re-apply.

Yours sincerely,
Lusitania Air Talent Acquisition

This is an automated message from iCIMS on behalf of Lusitania Air. Please do not reply."""),

    M(kind="rejection", slug="firth_line_terse", lang="en",
      company="Firth Line Cruises", contact="ewan.baird@firthline.example.co.uk",
      date="2026-07-15 22:04", tz="UK",
      frm=("Ewan Baird", "ewan.baird@firthline.example.co.uk"),
      subject="Re: Shore excursions coordinator",
      reply="firth_inv",
      text="""Thanks Leocadia - not this time I'm afraid. We've gone with someone local.

Ewan

Sent from my iPhone"""),

    M(kind="rejection", slug="harbourline_client_declines", lang="en",
      company="Thistle & Heather Hotels", contact="callum.reid@harbourline.example.co.uk",
      date="2026-08-25 14:49", tz="UK",
      frm=("Callum Reid", "callum.reid@harbourline.example.co.uk"),
      subject="RE: Interview confirmed - Thistle & Heather Hotels, Group Operations Coordinator",
      quote={"of": "harb_move", "style": "outlook"},
      layout="outlook",
      text="""Hi Leocadia,

I've had feedback from Thistle & Heather Hotels after Thursday. They were impressed with how you handled the case study on the coach breakdown, but they've told me they won't be progressing you to the final stage - they want someone who has worked with UK hotel revenue systems.

I know that's disappointing after a good interview. Let's have a call next week; I have two other briefs in Edinburgh I'd like to run past you.

Best,
Callum

Callum Reid
Principal Consultant - Travel, Tourism & Leisure
Harbourline Search
9 Melville Street, Edinburgh EH3 7PE | +44 131 496 0345"""),

    M(kind="rejection", slug="tripwise_workable", lang="en",
      company="Tripwise", contact="",
      date="2026-10-01 10:07", tz="PT",
      frm=("Tripwise", "noreply@workablemail.com"),
      subject="Update on your application for Travel Ops Coordinator",
      subj_enc=None,
      html_only=True, auto="auto-generated",
      layout={"kind": "card", "brand": "Tripwise", "color": "#111827",
             "footer": "Powered by Workable"},
      text="""Dear Leocadia,

Thank you for your interest in the Travel Ops Coordinator position at Tripwise.

Unfortunately we are unable to offer you a position at this time. We received a large number of strong applications and the decision was not an easy one.

We wish you every success in your job search.

Kind regards,
Tripwise Hiring Team"""),

    M(kind="rejection", slug="alfama_stays_old_colleague", lang="en",
      company="Alfama Stays", contact="ines.carvalho@alfamastays.example.pt",
      date="2026-09-28 20:31", tz="PT",
      frm=("Inês Carvalho", "ines.carvalho@alfamastays.example.pt", ("iso-8859-1", "B")),
      subject="the coordinator job",
      text="""Hey Leo!

Bad news from my side, sorry :( I pushed for you with the ops director but they've decided to give the guest operations coordinator job to one of the front office team leads, so it won't be you this round. Honestly I think it was decided before we even posted it.

Drinks on me next time you're in Lisbon. And if I hear of anything at the other hotel groups I'll send it your way straight away.

Beijinhos,
Inês"""),

    # ------------------------------------------------------------------ French (3)
    M(kind="rejection", slug="azur_escapades_suite_defavorable", lang="fr",
      company="Azur Escapades", contact="camille.roux@azurescapades.example.fr",
      date="2026-05-05 10:48", tz="FR",
      frm=("Camille Roux", "camille.roux@azurescapades.example.fr"),
      subject="Votre candidature au poste de coordinatrice des opérations",
      subj_enc=("iso-8859-1", "B"),
      charset="iso-8859-1", cte="quoted-printable",
      reply="azur_missed",
      text="""Bonjour Madame Fenwick-Obuya,

Nous vous remercions pour l'intérêt que vous portez à Azur Escapades et pour vos explications concernant l'entretien du 17 avril.

Après réflexion, nous ne donnerons pas suite à votre candidature au poste de coordinatrice des opérations. Nous avons finalisé notre recrutement avec une personne disponible dès le mois de mai, ce qui était déterminant pour la saison.

Nous vous souhaitons pleine réussite dans vos projets professionnels.

Bien cordialement,

Camille Roux
Responsable des ressources humaines
Azur Escapades
27 quai des États-Unis, 06300 Nice
04 93 62 18 40"""),

    M(kind="rejection", slug="baie_des_anges_taleo", lang="fr",
      company="Hôtels Baie des Anges", contact="",
      date="2026-03-20 08:12", tz="FR",
      frm=("Hôtels Baie des Anges - Recrutement", "noreply@taleo.net"),
      subject="Votre candidature - Coordinateur(trice) groupes et séminaires",
      auto="auto-generated",
      reply="baie_ack",
      layout={"kind": "card", "brand": "Hôtels Baie des Anges", "color": "#1e3a8a"},
      cte="quoted-printable",
      text="""Madame,

Nous avons bien étudié votre candidature au poste de Coordinateur(trice) groupes et séminaires et nous vous remercions de l'intérêt porté à notre groupe.

Nous avons retenu un autre profil, dont l'expérience correspond davantage aux besoins actuels de nos établissements niçois.

Nous conservons vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre parcours se présentait.

Le service Recrutement
Hôtels Baie des Anges"""),

    M(kind="rejection", slug="cap_interim_client_interne", lang="fr",
      company="Riviera Croisières", contact="sophie.lambert@capinterim.example.fr",
      date="2026-07-08 15:26", tz="FR",
      frm=("Sophie Lambert", "sophie.lambert@capinterim.example.fr"),
      subject="Retour de Riviera Croisières",
      reply="cap_cancel",
      cte="8bit",
      text="""Bonjour Leocadia,

J'ai enfin eu le retour de Riviera Croisières : le client a fait le choix d'une candidate en interne, une hôtesse d'escale qui travaillait déjà chez eux depuis trois saisons. Le poste de coordinatrice des excursions ne sera donc pas pour vous, et l'entretien reporté n'aura pas lieu.

Je suis désolée, votre profil leur plaisait. Je reste à l'écoute de vos disponibilités pour d'autres missions sur la Côte.

Belle journée,
Sophie Lambert
Chargée de recrutement – Cap Intérim Nice
12 avenue Jean Médecin, 06000 Nice · 04 93 80 27 15"""),

    # ------------------------------------------------------------------ German (3)
    M(kind="rejection", slug="nordkette_softgarden", lang="de",
      company="Nordkette Hotels", contact="",
      date="2026-09-09 09:01", tz="AT",
      frm=("Nordkette Hotels Recruiting", "noreply@softgarden.io"),
      subject="Ihre Bewerbung als Operations Coordinator (m/w/d)",
      auto="auto-generated",
      reply="nord_missed",
      layout={"kind": "card", "brand": "Nordkette Hotels", "color": "#334155",
             "footer": "Nordkette Hotels GmbH · Maria-Theresien-Straße 40 · 6020 Innsbruck"},
      text="""Sehr geehrte Frau Fenwick-Obuya,

vielen Dank für Ihr Interesse an der Position Operations Coordinator (m/w/d) in unserem Haus in Innsbruck.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte verstehen Sie dies nicht als Wertung Ihrer Qualifikation.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Nordkette Hotels"""),

    M(kind="rejection", slug="tirol_panorama_nach_gespraech", lang="de",
      company="Tirol Panorama Touren", contact="verena.strasser@tirolpanorama.example.at",
      date="2026-09-30 16:18", tz="AT",
      frm=("Verena Strasser", "verena.strasser@tirolpanorama.example.at"),
      subject="AW: Einladung zum Vorstellungsgespräch - Reiseleitung & Operations",
      quote={"of": "tirol_inv"},
      charset="iso-8859-1", cte="quoted-printable",
      text="""Liebe Frau Fenwick-Obuya,

danke nochmals für das angenehme Gespräch in unserem Büro in der Anichstraße.

Wir haben uns die Entscheidung nicht leicht gemacht, uns aber für eine Kandidatin entschieden, die bereits Erfahrung mit unseren Partnern in Südtirol mitbringt. Eine Zusage können wir Ihnen deshalb leider nicht geben.

Ihre Sprachkenntnisse haben uns sehr beeindruckt - falls wir im Winter eine Stelle in der Reiseleitung ausschreiben, melden wir uns gerne wieder.

Herzliche Grüße aus Innsbruck
Verena Strasser
Leitung Operations
Tirol Panorama Touren GmbH
Anichstraße 9, 6020 Innsbruck
Tel. +43 512 58 19 40"""),

    M(kind="rejection", slug="alpinpersonal_kunde_ohne_namen", lang="de",
      company="AlpinPersonal", contact="m.pichler@alpinpersonal.example.at",
      date="2026-03-25 12:44", tz="AT",
      frm=("Markus Pichler", "m.pichler@alpinpersonal.example.at"),
      subject="Rückmeldung unseres Kunden",
      reply="alpin_ack",
      layout="plain", cte="quoted-printable",
      text="""Hallo Frau Fenwick-Obuya,

kurze Rückmeldung zu der Stelle als Disponentin bei unserem Kunden, einem Reiseveranstalter für Busreisen im Raum Innsbruck: Der Kunde hat sich gegen eine Einladung entschieden, weil Deutsch auf muttersprachlichem Niveau für die Kommunikation mit den Busfahrern verlangt wird.

Das tut mir leid. Ich habe Ihr Profil aber für zwei Hotelbetriebe vorgemerkt, bei denen Englisch und Spanisch gefragt sind.

Beste Grüße
Markus Pichler
Personalberater Tourismus
AlpinPersonal – Arbeitskräfteüberlassung
Museumstraße 3, 6020 Innsbruck"""),
]
