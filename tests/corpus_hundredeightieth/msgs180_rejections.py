"""Corpus 180, rejections: 31 hand-written messages (es 17, en 8, fr 3, de 3)."""

from __future__ import annotations

from msgs180_common import forwarded, m, outlook_block, quote

MESSAGES = [
    # ------------------------------------------------------------------ es
    m(kind="rejection", slug="alboran_after_thanks", lang="es",
      company="Hoteles Alborán", contact="nuria.castano@hotelesalboran.example.es",
      frm=("Nuria Castaño Vílchez", "nuria.castano@hotelesalboran.example.es"),
      name_enc=("iso-8859-1", "Q"),
      subject="Re: Gracias por la entrevista de esta mañana",
      date="2026-05-22 12:41", parent="own_thanks_alboran", cte="quoted-printable",
      text="""
Hola, Valentina:

Gracias a ti por tu tiempo y por el mensaje tan amable que nos enviaste después de vernos. Me ha costado escribir este correo, porque tu perfil nos gustó mucho.

Finalmente la dirección del hotel ha elegido a una persona que ya había trabajado con nóminas y con el programa de turnos que usamos en Alborán Playa. No es una cuestión de actitud ni de idiomas: en eso estabas muy bien valorada.

Si te parece bien, guardo tus datos para la campaña de verano del año que viene en administración de personal; en ese caso te escribiría yo directamente.

Un abrazo y mucha suerte,

Nuria Castaño Vílchez
Técnica de Selección · Hoteles Alborán
Paseo Marítimo de Poniente 112, 29620 Torremolinos (Málaga)
Tel. +34 952 000 418

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al remitente y elimínelo. Hoteles Alborán, S.L. trata sus datos conforme al RGPD; más información en https://www.hotelesalboran.example.es/privacidad

""" + quote("""
Hola, Nuria:

Quería darte las gracias por la entrevista de esta mañana y por enseñarme el departamento. Me ha encantado conocer cómo organizáis la acogida del personal de temporada, y me veo muy capaz de aportar ahí todo lo que he aprendido coordinando turnos en el call center.

Quedo a vuestra disposición para cualquier cosa que necesitéis. Me encantaría seguir adelante en el proceso.

Un saludo,
Valentina Oyelaran-Ruiz
""", "es", "jue, 14 may 2026 a las 18:02", "Valentina Oyelaran-Ruiz (<valentina.or@example.es>)")),

    m(kind="rejection", slug="tartessia_on_hold", lang="es",
      company="Grupo Tartessia", contact="",
      frm=("Grupo Tartessia - Empleo", "noreply@successfactors.eu"),
      subject="Actualización de tu candidatura - ref. TAR-2026-0147",
      date="2026-03-20 08:05", zone="UTC", parent="tartessia_sf_ack",
      html="card", brand="Grupo Tartessia", accent="#7a1f3d",
      footer="SAP SuccessFactors Recruiting",
      text="""
Estimada Valentina:

Te escribimos en relación con tu candidatura a la posición de Auxiliar de Personal de Tienda (ref. TAR-2026-0147) en nuestro centro de Sevilla Este.

Por una reorganización interna del área de Operaciones, la compañía ha decidido congelar esta posición hasta nuevo aviso. Esto significa que el proceso se cierra sin que avancemos con ninguna candidatura, tampoco con la tuya.

Si la vacante vuelve a abrirse se publicará de nuevo en nuestro portal y podrás presentarte otra vez. Tus datos se conservarán durante doce meses, salvo que solicites su supresión.

Agradecemos sinceramente el interés mostrado por formar parte de Grupo Tartessia.

Departamento de Personas
Grupo Tartessia

Este mensaje se ha generado automáticamente. Por favor, no respondas a esta dirección.
"""),

    m(kind="rejection", slug="empleocosta_axarquia_no", lang="es",
      company="Bodegas Axarquía", contact="rocio.marin@empleocosta.example.es",
      frm=("Rocío Marín | Empleo Costa ETT", "rocio.marin@empleocosta.example.es"),
      subject="Re: Entrevista en Bodegas Axarquía (jueves 29)",
      subject_enc=("utf-8", "Q", "partial"),
      date="2026-02-05 13:22", parent="empleocosta_cliente_axarquia", cte="8bit",
      text="""
Hola Valentina,

Acabo de hablar con Enrique, el gerente de Bodegas Axarquía. Me dice que les caíste muy bien en la entrevista del jueves, pero que para este puesto se han decantado por una chica de Vélez que ya conocía el sector del vino y puede empezar mañana mismo.

Lo siento de verdad. Sigues activa en nuestra bolsa y en cuanto entre algo de administración de personal en la zona te llamo.

Un saludo,
Rocío

Rocío Marín Ortega
Consultora de Selección | Empleo Costa ETT
Avda. de Andalucía 27, 2.º B · 29007 Málaga
952 000 731 · 600 000 284
Empleo Costa ETT, S.L.U. – Autorización administrativa n.º 2900000012

""" + quote("""
Hola Valentina:

Te confirmo la entrevista con nuestro cliente Bodegas Axarquía para el puesto de auxiliar administrativa de personal (sustitución de seis meses, jornada completa):

Jueves 29 de enero, 11:00
En la propia bodega: Ctra. de Cómpeta, km 3, Sayalonga
Te recibirá Enrique Lupiáñez, gerente.
""", "es", "lun, 26 ene 2026 a las 9:14", "Rocío Marín <rocio.marin@empleocosta.example.es>")),

    m(kind="rejection", slug="betica_terse", lang="es",
      company="Viajes Bética", contact="marta.lebron@viajesbetica.example.es",
      frm=("Marta Lebrón", "marta.lebron@viajesbetica.example.es"),
      subject="Proceso administración",
      date="2026-05-19 19:48",
      text="""
Valentina, buenas tardes.

Te escribo para decirte que no vamos a seguir contigo en el proceso. Gracias por venir.

Marta

Enviado desde mi iPhone
"""),

    m(kind="rejection", slug="atlantida_interna", lang="es",
      company="Atlántida Contact Center", contact="",
      frm=("Atlántida Contact Center", "no-reply@icims.com"),
      subject="Tu candidatura en Atlántida Contact Center",
      subject_enc=("utf-8", "B", "full"),
      date="2026-09-22 10:30", zone="US", parent="atlantida_icims_ack",
      html="card", html_only=True, brand="Atlántida Contact Center", accent="#00539b",
      footer="Powered by iCIMS",
      text="""
Hola Valentina:

Queremos contarte cómo ha terminado el proceso de Coordinador/a de Formación y RR. HH. (Sevilla – Cartuja) al que te inscribiste.

La vacante se ha cubierto mediante promoción interna: una compañera del propio equipo de operaciones ocupará el puesto a partir del mes que viene. Por este motivo cerramos la selección externa y no continuaremos con las candidaturas recibidas.

Te animamos a seguir atenta a nuestras ofertas en https://careers-atlantida.icims.com/jobs, donde publicamos nuevas posiciones cada semana.

Un saludo cordial,
Equipo de Talento · Atlántida Contact Center
"""),

    m(kind="rejection", slug="imfe_anulada", lang="es",
      company="Instituto Municipal de Formación y Empleo de Sevilla", contact="",
      frm=("Instituto Municipal de Formación y Empleo", "notificaciones@imfe.example.es"),
      name_enc=("iso-8859-1", "Q"),
      subject="Notificación: anulación de la convocatoria AUX-RRHH 03/2026",
      subject_enc=("iso-8859-1", "Q", "partial"),
      date="2026-06-10 09:00", charset="iso-8859-1", cte="base64",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""
Sra. D.ª Valentina Oyelaran Ruiz
DNI: ***4517**

Asunto: Proceso selectivo para la constitución de una bolsa de Auxiliar de Recursos Humanos (convocatoria AUX-RRHH 03/2026)

Por Resolución de la Gerencia del Instituto Municipal de Formación y Empleo de Sevilla de 8 de junio de 2026 se ha acordado dejar sin efecto la convocatoria de referencia, al haberse suprimido la dotación presupuestaria que la sustentaba. En consecuencia, no se celebrarán las pruebas previstas y no se constituirá la bolsa.

Frente a esta resolución, que pone fin a la vía administrativa, podrá interponer recurso potestativo de reposición en el plazo de un mes a contar desde el día siguiente a la recepción de esta notificación, o directamente recurso contencioso-administrativo en el plazo de dos meses.

Este correo se envía desde un buzón no atendido. Para cualquier consulta, utilice la sede electrónica: https://sede.imfe.example.es
"""),

    m(kind="rejection", slug="altamira_casual", lang="es",
      company="Supermercados Altamira", contact="jorge.benitez@superaltamira.example.es",
      frm=("Jorge Benítez", "jorge.benitez@superaltamira.example.es"),
      subject="lo de RRHH",
      date="2026-02-27 22:14",
      text="""
¡¡Vale!!

Te lo cuento yo antes de que te llegue la carta de la central, que me parece feo que te enteres por ahí: al final no ha salido lo de auxiliar de RRHH en Tetuán. Han cogido a alguien de dentro de tienda que llevaba tiempo pidiendo el cambio, y contra eso poco había que hacer.

Yo te vi muy bien y se lo dije a Pilar, que conste. Si sale algo en las tiendas de Chamberí o Moncloa te aviso el primero.

Ánimo, y a ver si nos tomamos algo cuando subas a Madrid.

Jorge
--
Jorge Benítez Anguita
Jefe de Tienda · Supermercados Altamira (Tetuán)
C/ Bravo Murillo 301, 28020 Madrid
"""),

    m(kind="rejection", slug="meridiano_personio", lang="es",
      company="Hoteles Meridiano", contact="",
      frm=("Hoteles Meridiano", "no-reply@personio.de"),
      subject="Tu candidatura como Administrativa de RR. HH. (Gran Vía)",
      date="2026-05-06 16:12", html="card", brand="Hoteles Meridiano", accent="#2c3e50",
      footer="Enviado con Personio",
      text="""
Hola Valentina,

muchas gracias por el interés que has mostrado en Hoteles Meridiano y por el tiempo dedicado a nuestro proceso de selección.

Tras valorar todas las candidaturas, hemos tomado la decisión de no seguir adelante con la tuya para el puesto de Administrativa de RR. HH. (Madrid – Gran Vía). Sabemos que no es la respuesta que esperabas.

Te deseamos lo mejor en tu búsqueda y esperamos volver a cruzarnos en el futuro.

Saludos,
El equipo de Hoteles Meridiano

Este correo electrónico se ha enviado a través de Personio. No es posible responder a este mensaje.
"""),

    m(kind="rejection", slug="velazquez_recruitee", lang="es",
      company="Farmacias Velázquez", contact="ines.robles@farmaciasvelazquez.example.es",
      frm=("Farmacias Velázquez", "farmaciasvelazquez@jobs.recruitee.com"),
      reply_to=("Inés Robles", "ines.robles@farmaciasvelazquez.example.es"),
      subject="Tu candidatura: Auxiliar de Administración de Personal",
      date="2026-06-01 11:37", html="card", brand="Farmacias Velázquez", accent="#0f8a5f",
      text="""
Hola Valentina:

Soy Inés, de Personas en Farmacias Velázquez. Gracias por presentarte a la oferta de Auxiliar de Administración de Personal para nuestras oficinas de Madrid.

Hemos recibido muchísimas candidaturas y hemos optado por avanzar con perfiles que ya han gestionado nóminas y seguros sociales de forma autónoma, que es lo que el equipo necesita ahora mismo. Por eso no pasaremos tu candidatura a la fase de entrevistas.

Si quieres comentar algo, puedes responder a este correo y me llegará a mí.

Un saludo,
Inés Robles
Farmacias Velázquez · Personas y Cultura
"""),

    m(kind="rejection", slug="sierranevada_tras_agradecimiento", lang="es",
      company="Grupo Hostelero Sierra Nevada", contact="lucia.garrido@gruposierranevada.example.es",
      frm=("Lucía Garrido Moreno", "lucia.garrido@gruposierranevada.example.es"),
      subject="RE: Agradecimiento entrevista – Auxiliar de RR. HH. Hotel Vereda",
      subject_enc=("utf-8", "B", "full"),
      date="2026-04-20 09:26", parent="sierranevada_entrevistadora_baja", html="outlook",
      text="""
Buenos días, Valentina:

Disculpa que haya tardado en contestarte; hemos cerrado el proceso esta misma semana.

Te agradezco mucho tus palabras. Después de la segunda vuelta, el comité ha decidido incorporar a una candidata que ya ha coordinado personal en un hotel de montaña durante varias temporadas, y esa experiencia concreta ha inclinado la balanza. No vamos a poder ofrecerte el puesto.

Me quedo con tu contacto para futuras aperturas en Granada y en la Alpujarra.

Recibe un cordial saludo,

Lucía Garrido Moreno
Responsable de Selección
Grupo Hostelero Sierra Nevada
Ctra. de la Sierra, 41 · 18008 Granada
T. +34 958 000 226

CONFIDENCIALIDAD: La información contenida en este correo es confidencial y para uso exclusivo de la persona destinataria.

""" + outlook_block("""
Hola, Lucía:

Muchas gracias por la entrevista de ayer con el panel y por la paciencia con el cambio de fecha. Salí con muchas ganas de incorporarme al equipo del Hotel Vereda; la parte de acogida del personal de temporada es justo lo que quiero hacer.

Si necesitáis cualquier referencia o documento adicional, os lo envío encantada.

Un saludo,
Valentina Oyelaran-Ruiz
""", "es", "Valentina Oyelaran-Ruiz <valentina.or@example.es>", "jueves, 16 de abril de 2026 19:12",
          "Lucía Garrido Moreno <lucia.garrido@gruposierranevada.example.es>",
          "Agradecimiento entrevista – Auxiliar de RR. HH. Hotel Vereda")),

    m(kind="rejection", slug="nexo_cliente_sin_nombre", lang="es",
      company="Nexo Talent Partners", contact="ignacio.valdecantos@nexotalent.example.es",
      frm=("Ignacio Valdecantos", "ignacio.valdecantos@nexotalent.example.es"),
      subject="Proceso HR Assistant – feedback del cliente",
      date="2026-03-12 18:03", cte="base64",
      text="""
Valentina, buenas tardes:

Te debo una respuesta sobre el proceso de HR Assistant para la cadena de moda de la que te hablé por teléfono (por confidencialidad sigo sin poder darte el nombre).

El cliente ha revisado las cinco candidaturas que le presenté y ha preferido continuar con dos personas que vienen de retail y conocen la operativa de tienda. La tuya se queda fuera de la fase final. Su comentario fue que tu experiencia en atención telefónica es muy valiosa, pero que para este rol buscaban algo más cercano al día a día de las tiendas.

Por mi parte seguimos en contacto; tengo abiertos procesos en hostelería donde creo que encajas mejor.

Un saludo,
Ignacio Valdecantos
Senior Consultant | Nexo Talent Partners
Paseo de la Castellana 95, planta 15 · 28046 Madrid
+34 910 000 553
"""),

    m(kind="rejection", slug="enlaza_teamtailor", lang="es",
      company="Enlaza Customer Care", contact="",
      frm=("Enlaza Customer Care", "no-reply@teamtailor-mail.com"),
      subject="Novedades sobre tu proceso en Enlaza",
      date="2026-06-30 12:00", zone="UTC", parent="enlaza_reserva_hueco",
      html="card", html_only=True, brand="Enlaza", accent="#ff5a5f",
      text="""
¡Hola, Valentina!

Gracias por reservar tu hueco y por la videollamada con nuestro equipo de Talento la semana pasada.

Hemos revisado con calma cómo encaja tu experiencia con lo que buscamos para Técnico/a de Formación Interna y, en esta ocasión, no seguiremos avanzando con tu candidatura.

No queremos que esto sea un adiós: en Enlaza abrimos procesos casi cada mes, y puedes activar las alertas de empleo en https://enlaza.teamtailor.com/connect para enterarte la primera.

Un abrazo,
Equipo de Talento de Enlaza
"""),

    m(kind="rejection", slug="malvarrosa_tras_segunda", lang="es",
      company="Textil Malvarrosa", contact="aferrer@textilmalvarrosa.example.es",
      frm=("Amparo Ferrer", "aferrer@textilmalvarrosa.example.es"),
      subject="Re: Consulta sobre mi candidatura (Técnica de RRHH)",
      date="2026-07-06 17:40", parent="malvarrosa_segunda_entrevista",
      text="""
Hola Valentina,

Gracias por venir el martes hasta Alboraya y por la presentación que preparaste; a Vicent y a mí nos pareció muy trabajada.

Tengo que darte una noticia que no es la que querías: la dirección se ha decantado por una candidata con formación en prevención de riesgos laborales, un requisito que al final ha pesado mucho por las naves de producción. No continuamos, por tanto, con tu candidatura.

Te deseo de corazón que encuentres pronto tu sitio en RRHH; tienes muy buena base.

Amparo

Amparo Ferrer i Soler
Responsable de Recursos Humanos
Textil Malvarrosa
Polígono Mediterráneo, C/ dels Teixidors 14 · 46120 Alboraya (València)
Tel. 961 000 372

""" + quote("""
Hola Valentina:

Disculpa el silencio, han sido semanas de inventario. ¡Al contrario! Pasas a la segunda entrevista.

Te esperamos el martes 30 de junio a las 10:00 en nuestras oficinas de Alboraya. Te veremos Vicent Climent, director de operaciones, y yo.

""" + quote("""
Hola, Amparo:

Os escribo porque hace ya tres semanas de la primera entrevista y no he vuelto a tener noticias. ¿Debo entender que, lamentablemente, no he pasado a la siguiente fase?
""", "es", "lun, 22 jun 2026 a las 20:17", "Valentina Oyelaran-Ruiz (<valentina.or@example.es>)"),
          "es", "mar, 23 jun 2026 a las 9:02", "Amparo Ferrer (<aferrer@textilmalvarrosa.example.es>)")),

    m(kind="rejection", slug="talentiasur_reenvio_alhambra", lang="es",
      company="Residencias Alhambra Mayores", contact="paula@talentiasur.example.es",
      frm=("Paula Ruiz-Cabello", "paula@talentiasur.example.es"),
      subject="Fwd: Candidatas auxiliar RRHH – decisión",
      date="2026-03-27 10:48",
      text="""
Valentina, te reenvío tal cual la respuesta de la residencia; prefiero que la leas tú misma. Lo siento mucho, de verdad: yo te veía dentro.

Hablamos la semana que viene con calma, ¿vale?

Paula

""" + forwarded("""
Hola Paula:

Gracias por las tres candidatas. Después de las entrevistas nos quedamos con Carmen L., que viene del sector sociosanitario y conoce los convenios de dependencia.

Valentina O. nos gustó en trato y en idiomas, pero no vamos a seguir con ella: para este puesto necesitamos a alguien que haya gestionado turnos de gerocultoras desde el primer día.

Te llamo para cerrar la facturación.

Un saludo,
José Manuel Carrasco
Gerente · Residencias Alhambra Mayores
""", "es", "José Manuel Carrasco <jmcarrasco@residenciasalhambra.example.es>",
          "jue, 26 mar 2026, 19:31", "Candidatas auxiliar RRHH – decisión",
          "Paula Ruiz-Cabello <paula@talentiasur.example.es>") + """

--
Paula Ruiz-Cabello
Socia fundadora · Talentia Sur Consultores
C/ Recogidas 12, 3.º · 18005 Granada · 958 000 904
"""),

    m(kind="rejection", slug="consorcio_bolsa", lang="es",
      company="Consorcio Provincial de Empleo de Málaga", contact="",
      frm=("Consorcio Provincial de Empleo de Málaga", "bolsa@consorcioempleo.example.es"),
      name_enc=("windows-1252", "Q"),
      subject="Resultado de la valoración de méritos – Bolsa Técnico/a Auxiliar de Personal",
      subject_enc=("windows-1252", "Q", "full"),
      date="2026-07-15 14:00", charset="windows-1252", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
      text="""
Estimada aspirante:

Le informamos de que ha finalizado la fase de valoración de méritos del procedimiento para la creación de la bolsa de empleo temporal de Técnico/a Auxiliar de Personal (BOP de Málaga n.º 41, de 3 de marzo de 2026).

Con una puntuación total de 4,20 puntos, su solicitud no alcanza la nota de corte fijada por el tribunal (6,50 puntos), por lo que no ha sido incluida en la relación definitiva de integrantes de la bolsa.

La relación completa puede consultarse en el tablón electrónico: https://tablon.consorcioempleo.example.es/bolsas/TAP-2026

Contra el presente acto podrá presentar reclamación en el plazo de diez días hábiles.

Servicio de Recursos Humanos
Consorcio Provincial de Empleo de Málaga

Mensaje automático — por favor, no conteste a este correo.
"""),

    m(kind="rejection", slug="giralda_espontanea", lang="es",
      company="Seguros Giralda", contact="fquiros@segurosgiralda.example.es",
      frm=("Fernando Quirós Lasarte", "fquiros@segurosgiralda.example.es"),
      subject="RE: Candidatura espontánea - Área de Personas",
      date="2026-03-04 09:15", html="outlook", charset="iso-8859-1", cte="quoted-printable",
      subject_enc=("iso-8859-1", "Q", "partial"),
      text="""
Buenos días, Valentina:

Le agradezco que haya pensado en Seguros Giralda y el detalle de su carta de presentación.

Le contesto con franqueza: este año no vamos a incorporar a nadie en el área de Personas, y las pocas plazas que se abran se cubrirán con movilidad interna. Por ese motivo no podemos considerar su candidatura, ni ahora ni para una bolsa futura, y no conservaremos su currículum.

Le deseo mucho acierto.

Atentamente,

Fernando Quirós Lasarte
Director de Personas y Organización
Seguros Giralda
Avda. de la Buhaira 18 · 41018 Sevilla

""" + outlook_block("""
Estimado Sr. Quirós:

Me dirijo a usted para presentarle mi candidatura espontánea al área de Personas de Seguros Giralda. Llevo seis años en atención al cliente y coordinación de equipos en un centro de llamadas de Málaga y estoy terminando un curso de técnico en RR. HH.

Quedo a su disposición para una entrevista cuando lo estime oportuno.

Atentamente,
Valentina Oyelaran-Ruiz
""", "es", "Valentina Oyelaran-Ruiz [mailto:valentina.or@example.es]", "lunes, 2 de marzo de 2026 22:10",
          "Quirós Lasarte, Fernando", "Candidatura espontánea - Área de Personas")),

    m(kind="rejection", slug="larios_sugerencias", lang="es",
      company="Ópticas Larios", contact="",
      frm=("Ópticas Larios", "noreply@smartrecruiters.com"),
      name_enc=("utf-8", "Q"),
      subject="Ópticas Larios: estado de tu solicitud",
      subject_enc=("utf-8", "B", "full"),
      date="2026-08-06 07:55", zone="UTC", parent="larios_smartrecruiters_ack",
      html="card", brand="Ópticas Larios", accent="#003a70",
      footer="Gestionado con SmartRecruiters",
      text="""
Hola Valentina,

Te escribimos sobre tu solicitud para Asistente de Recursos Humanos – Oficina central (Málaga).

Tras estudiar tu perfil frente a los requisitos del puesto, hemos resuelto no incluirte en la siguiente fase del proceso. Te agradecemos la confianza que has depositado en Ópticas Larios.

Otras ofertas que podrían interesarte:
- Óptico/a-optometrista – Marbella (incorporación inmediata): https://jobs.smartrecruiters.com/OpticasLarios/7430001
- Dependiente/a de óptica – Fuengirola, entrevistas esta semana: https://jobs.smartrecruiters.com/OpticasLarios/7430002
- Administrativo/a de almacén – Málaga: https://jobs.smartrecruiters.com/OpticasLarios/7430003

Un cordial saludo,
Ópticas Larios – Selección

Consulta nuestra política de privacidad para candidatos.
"""),

    # ------------------------------------------------------------------ en
    m(kind="rejection", slug="brightdesk_after_panel", lang="en",
      company="Brightdesk Services", contact="ines.carvalho@brightdesk.example.pt",
      frm=("Inês Carvalho via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Inês Carvalho", "ines.carvalho@brightdesk.example.pt"),
      subject="Your application to Brightdesk Services",
      date="2026-04-02 15:20", parent="brightdesk_cancel_ill", html="plain",
      text="""
Hi Valentina,

Thank you again for meeting Rui, Sofia and me last Thursday, and for your patience after we had to cancel the first slot.

I'm sorry to tell you that we won't be moving you to the final stage for the HR Assistant (Spanish speaker) role. The panel felt your people skills were excellent, but the position needs someone who has already run onboarding for a multi-country team, and we found that in another applicant.

I'd be glad to keep you in mind for our Lisbon hub's next hiring wave in the autumn, so just reply here if you'd like that.

Best regards,
Inês

Inês Carvalho
Talent Partner, Brightdesk Services
Avenida da Liberdade 190, 1250-147 Lisboa
+351 210 000 381
"""),

    m(kind="rejection", slug="harbourview_workable", lang="en",
      company="Harbourview Hotels", contact="",
      frm=("Harbourview Hotels", "noreply@workablemail.com"),
      subject="Harbourview Hotels - HR Administrator application",
      date="2026-02-20 09:02", zone="UTC", parent="harbourview_workable_ack",
      html="card", brand="Harbourview Hotels", accent="#114b5f",
      text="""
Dear Valentina,

Thank you for applying for the HR Administrator position at Harbourview Hotels, Dublin Docklands.

We appreciate the time you took to apply. After careful consideration, we have decided to move forward with candidates whose experience more closely matches the requirements of the role.

We will keep your details on file for six months in line with our privacy notice, and we encourage you to apply for future openings.

Kind regards,
People & Culture Team
Harbourview Hotels

Please do not reply to this email; this mailbox is not monitored.
"""),

    m(kind="rejection", slug="mare_on_hold", lang="en",
      company="Maré Hospitality Group", contact="",
      frm=("Maré Hospitality Group", "no-reply@hire.lever.co"),
      subject="Update on the People Operations Assistant role",
      date="2026-09-03 16:45", zone="UTC", html="card", brand="Maré Hospitality Group",
      accent="#1b6ca8",
      text="""
Hi Valentina,

We wanted to let you know about a change to the People Operations Assistant opening in Lisbon that you applied for.

Following a budget review for the 2027 season, the role has been put on hold and we will not proceed with any of the current applications, including yours. This decision affects every candidate in the process.

If the role reopens, it will be advertised on our careers page at https://jobs.lever.co/marehospitality.

All the best,
Maré Hospitality Group Talent Team
"""),

    m(kind="rejection", slug="corrib_shannon_no", lang="en",
      company="Shannon Retail Group", contact="declan.obriain@corribpeople.example.ie",
      frm=("Declan Ó Briain", "declan.obriain@corribpeople.example.ie"),
      name_enc=("iso-8859-1", "Q"),
      subject="Shannon Retail Group - feedback",
      date="2026-07-28 11:06", parent="corrib_shannon_time_change",
      text="""
Hi Valentina,

Shannon Retail Group came back to me this morning after your second interview with their Head of People, Gráinne.

Unfortunately they're not going to offer you the role. Their feedback was genuinely positive on your communication and your languages, but they've gone with someone who already holds a CIPD qualification, which became a must-have once they mapped out next year's training budget.

I know that's disappointing after two rounds. I'll keep putting you forward: there's an HR coordinator role with a Galway hotel group I'd like to talk to you about next week.

Cheers,
Declan

Declan Ó Briain | Senior Recruitment Consultant
Corrib People | 14 Merrion Square North, Dublin 2
+353 1 000 4471

This email and any attachments are confidential and intended solely for the addressee. Corrib People Ltd is registered in Ireland.
"""),

    m(kind="rejection", slug="quayside_terse", lang="en",
      company="Quayside Contact Centre", contact="cian.doherty@quaysidecc.example.ie",
      frm=("Cian Doherty", "cian.doherty@quaysidecc.example.ie"),
      subject="HR Assistant role",
      date="2026-05-21 17:58", parent="quayside_waited_teams",
      text="""
Valentina,

Thanks for your time on the call. We won't be taking your application further.

Regards,
Cian

Sent from Outlook for iOS
"""),

    m(kind="rejection", slug="tagus_after_thanks", lang="en",
      company="Tagus Travel Group", contact="marta.sousa@tagustravel.example.pt",
      frm=("Marta Sousa", "marta.sousa@tagustravel.example.pt"),
      subject="Re: Thank you - People Coordinator chat",
      date="2026-06-15 12:10", parent="own_thanks_tagus", cte="quoted-printable",
      text="""
Hi Valentina,

That was a lovely note, thank you, and it was a pleasure to talk on Friday.

I've thought about it a lot and talked it through with our COO. For now we're going to hire someone based in Lisbon who can be in the office every day, since most of the job is face-to-face with the tour guides. Remote-from-Málaga was always going to be a stretch for this particular role, and I don't want to keep you waiting on something that isn't going to happen.

Please stay in touch. If we open the Seville office next year as planned, you'll be the first person I call.

Warmly,
Marta

""" + quote("""
Hi Marta,

Thank you so much for the conversation this afternoon. I loved hearing how you onboard the guides before each season, and I'd be really excited to help build that process with you.

Looking forward to the next steps, and happy to do a second interview whenever suits.

Best,
Valentina
""", "en", "Fri, 5 Jun 2026 at 17:45", "Valentina Oyelaran-Ruiz <valentina.or@example.es>")),

    m(kind="rejection", slug="northgate_internal", lang="en",
      company="Northgate Outsourcing", contact="",
      frm=("Northgate Outsourcing", "no-reply@ashbyhq.com"),
      subject="Your Northgate application: HR Operations Associate",
      date="2026-10-02 13:30", zone="UTC", html="card", brand="Northgate Outsourcing",
      accent="#3a3a8c",
      text="""
Hello Valentina,

This is a quick note to close the loop on your application for HR Operations Associate (Lisbon).

We've filled the position internally: a team lead from our Porto site is relocating and will take on the role. We're therefore closing the external search and won't be progressing applications further.

Thanks for your interest in Northgate. We'd welcome an application for any other opening that fits: https://jobs.ashbyhq.com/northgate

Northgate Talent Acquisition
"""),

    m(kind="rejection", slug="dockside_casual", lang="en",
      company="Dockside Foods", contact="niamh@docksidefoods.example.ie",
      frm=("Niamh Keane", "niamh@docksidefoods.example.ie"),
      subject="ah Val :(",
      date="2026-09-18 20:31",
      text="""
Hey Val,

Bad news I'm afraid, and I wanted you to hear it from me rather than from the system. The hiring manager went with the other finalist for the HR admin job; she'd done a year in payroll at a bakery chain and that swung it.

Honestly I was rooting for you. Don't let it knock you, you interviewed really well and Mark said as much.

Grab a coffee when you're next in Dublin? My treat.

N x

--
Niamh Keane
Talent Acquisition, Dockside Foods
Unit 7, East Wall Road, Dublin 3
"""),

    # ------------------------------------------------------------------ fr
    m(kind="rejection", slug="garonne_taleo_rejet", lang="fr",
      company="Hôtels Garonne Collection", contact="",
      frm=("Hôtels Garonne Collection", "noreply@taleo.net"),
      name_enc=("iso-8859-1", "Q"),
      subject="Votre candidature au poste d'Assistant(e) RH - Bordeaux",
      date="2026-05-05 06:30", zone="UTC", charset="iso-8859-1", cte="quoted-printable",
      text="""
Madame,

Nous vous remercions de l'intérêt que vous portez à Hôtels Garonne Collection et du temps consacré à notre processus de recrutement pour le poste d'Assistant(e) Ressources Humaines basé à Bordeaux.

Après examen attentif de l'ensemble des éléments, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.

Nous conservons votre dossier dans notre vivier pendant deux ans, sauf opposition de votre part.

Nous vous souhaitons pleine réussite dans vos recherches.

Le Service Recrutement
Hôtels Garonne Collection

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
"""),

    m(kind="rejection", slug="rha_caves_refus", lang="fr",
      company="Caves de Saint-Émilion Distribution", contact="h.duprat@rh-aquitaine.example.fr",
      frm=("Hélène Duprat", "h.duprat@rh-aquitaine.example.fr"),
      subject="RE: Entretien Caves de Saint-Émilion Distribution",
      subject_enc=("utf-8", "Q", "partial"),
      date="2026-06-03 16:25", parent="rha_caves_entretien",
      text="""
Bonjour Valentina,

Je reviens vers vous suite à votre entretien de jeudi dernier avec M. Lacoste.

Le client m'a fait savoir qu'il ne retiendrait pas votre candidature : il a finalement choisi une personne bilingue anglais-français déjà installée dans le Libournais, disponible sans préavis. Il a néanmoins apprécié votre aisance et votre expérience de la relation client.

Je garde bien sûr votre profil en tête pour nos prochaines missions en Gironde.

Bien cordialement,

Hélène Duprat
Consultante recrutement – Cabinet Ressources Aquitaine
12 cours de l'Intendance, 33000 Bordeaux
05 56 00 00 47

""" + quote("""
Bonjour Valentina,

Je vous confirme votre entretien avec Caves de Saint-Émilion Distribution pour le poste d'assistante ressources humaines (CDI, temps plein) :

jeudi 28 mai à 14h00
Zone artisanale de Bertin, 33330 Saint-Émilion
""", "fr", "mar. 26 mai 2026 à 10:05", "Hélène Duprat <h.duprat@rh-aquitaine.example.fr>")),

    m(kind="rejection", slug="gironde_mission_annulee", lang="fr",
      company="Intérim Gironde", contact="aurelie.fenelon@interim-gironde.example.fr",
      frm=("Aurélie Fénelon", "aurelie.fenelon@interim-gironde.example.fr"),
      name_enc=("iso-8859-1", "Q"),
      subject="Mission assistante RH annulée",
      subject_enc=("iso-8859-1", "Q", "partial"),
      date="2026-07-30 18:12", charset="iso-8859-1", cte="8bit", parent="gironde_inscription",
      text="""
Bonjour Madame Oyelaran-Ruiz,

Je suis désolée de vous l'annoncer par mail, je n'ai pas réussi à vous joindre : notre client a annulé la mission d'assistante RH de trois mois prévue à Mérignac. Le poste est purement et simplement supprimé suite à une réorganisation de leur siège, il ne sera donc pas pourvu.

Votre inscription chez nous reste active et je vous recontacte dès qu'une mission équivalente se présente.

Bien à vous,
Aurélie Fénelon
Chargée de recrutement
Intérim Gironde - Agence de Bordeaux Chartrons
47 quai des Chartrons, 33000 Bordeaux
"""),

    # ------------------------------------------------------------------ de
    m(kind="rejection", slug="isarblick_absage", lang="de",
      company="Isarblick Hotels", contact="katharina.weissenboeck@isarblick.example.de",
      frm=("Katharina Weißenböck", "katharina.weissenboeck@isarblick.example.de"),
      name_enc=("iso-8859-1", "Q"),
      subject="Ihre Bewerbung als HR-Assistenz (m/w/d) – Rückmeldung",
      subject_enc=("utf-8", "Q", "partial"),
      date="2026-07-01 10:05", parent="isarblick_verschiebung_seq",
      charset="iso-8859-1", cte="quoted-printable",
      text="""
Sehr geehrte Frau Oyelaran-Ruiz,

vielen Dank für das angenehme Gespräch am 18. Juni und für Ihre Flexibilität bei der Terminverschiebung.

Nach reiflicher Überlegung haben wir uns entschieden, die Stelle der HR-Assistenz mit einer Kandidatin zu besetzen, die bereits Erfahrung mit der Lohnabrechnung nach deutschem Recht mitbringt. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

Katharina Weißenböck
Personalreferentin
Isarblick Hotels GmbH · Rosenheimer Straße 141 · 81671 München
Tel. +49 89 0000 2214

Isarblick Hotels GmbH, Sitz München, Amtsgericht München HRB 000000, Geschäftsführer: Thomas Angerer
"""),

    m(kind="rejection", slug="maximilian_besetzt", lang="de",
      company="Kaufhaus Maximilian", contact="",
      frm=("Kaufhaus Maximilian", "no-reply@softgarden.io"),
      subject="Ihre Bewerbung bei Kaufhaus Maximilian",
      date="2026-06-05 07:40", zone="UTC", html="card", html_only=True,
      brand="Kaufhaus Maximilian", accent="#8c1c13", footer="softgarden e-recruiting",
      parent="maximilian_softgarden_ack",
      text="""
Hallo Frau Oyelaran-Ruiz,

herzlichen Dank für Ihre Bewerbung als Sachbearbeiterin Personal (m/w/d) in unserem Stammhaus am Marienplatz.

Die Position ist inzwischen anderweitig besetzt worden. Ihre Unterlagen konnten daher im weiteren Verlauf leider nicht mehr berücksichtigt werden.

Wir danken Ihnen für Ihr Interesse und wünschen Ihnen für Ihre Zukunft viel Erfolg.

Freundliche Grüße
Ihr Recruiting-Team
Kaufhaus Maximilian

Diese E-Mail wurde automatisch versendet.
"""),

    m(kind="rejection", slug="feldmoching_brauhaus_absage", lang="de",
      company="Brauhaus Giesing", contact="m.feldl@pb-feldmoching.example.de",
      frm=("Dr. Markus Feldl", "m.feldl@pb-feldmoching.example.de"),
      subject="AW: Vorstellungsgespräch Brauhaus Giesing",
      date="2026-09-02 08:50", parent="feldmoching_brauhaus",
      charset="windows-1252", cte="quoted-printable",
      text="""
Liebe Frau Oyelaran-Ruiz,

kurz und ehrlich: Das Brauhaus Giesing hat sich gegen Sie entschieden. Herr Zellner war von Ihrer Art im Gespräch angetan, am Ende gab aber den Ausschlag, dass die andere Kandidatin fließend Bairisch spricht – kein Witz, für die Arbeit mit dem Stammpersonal war das dort ein echtes Argument.

Mir tut es leid; ich hatte Sie als Favoritin gesehen. Lassen Sie uns in zwei Wochen telefonieren, ich habe eine Stelle im „Hotel am Viktualienmarkt“ im Blick.

Herzliche Grüße
Markus Feldl

Dr. Markus Feldl
Personalberatung Feldmoching
Feldmochinger Straße 212 · 80995 München
Tel. 089 0000 6631

""" + quote("""
Liebe Frau Oyelaran-Ruiz,

wie telefonisch besprochen, hier die Daten für Ihr Vorstellungsgespräch bei meinem Mandanten, dem Brauhaus Giesing (Personalsachbearbeitung, Vollzeit):

Montag, 24. August 2026, 15:00 Uhr
Brauhaus Giesing, Verwaltung im 1. Stock, Tegernseer Landstraße 88, 81539 München
""", "de", "19.08.2026 um 09:31", "Dr. Markus Feldl <m.feldl@pb-feldmoching.example.de>")),
]
