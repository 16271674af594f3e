"""Corpus 276: the rejections (31), each written by hand."""

from __future__ import annotations

from msgs276_common import (
    CANDIDATE,
    ats_card,
    on_wrote,
    outlook_block,
    outlook_html,
    quote,
    simple_html,
)

AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]

MESSAGES: list[dict[str, object]] = [
    # ---------------------------------------------------------------- Spanish (15)
    {
        "kind": "rejection", "slug": "arlanza_workday", "lang": "es",
        "company": "Lácteos Arlanza", "contact": "",
        "date": "2026-04-08 07:02 +0000", "key": "arlanza_rej", "parent": "arlanza_ack",
        "from": ("Lácteos Arlanza", "lacteosarlanza@myworkday.com"),
        "subject": "Tu candidatura a Técnico/a de Aseguramiento de Calidad (R-04417)",
        "hcs": "utf-8/b", "force_ew": True,
        "headers": AUTO,
        "text": """Hola Tomás:

Te escribimos en relación con tu candidatura al puesto de Técnico/a de Aseguramiento de Calidad (R-04417) en nuestra planta de Villalbilla de Burgos.

Hemos estudiado con detenimiento todos los perfiles recibidos. En esta ocasión no vamos a continuar con tu candidatura en el proceso de selección.

Queremos agradecerte el tiempo que has dedicado a conocernos. Tus datos seguirán en nuestra bolsa de empleo durante doce meses, salvo que nos indiques lo contrario desde tu perfil de candidato.

Un saludo,
Equipo de Talento
Lácteos Arlanza

Este mensaje se ha generado automáticamente. Por favor, no respondas a esta dirección.
""",
        "html": ats_card("Lácteos Arlanza", "#1d4f91", [
            "Hola Tomás:",
            "Te escribimos en relación con tu candidatura al puesto de Técnico/a de Aseguramiento de Calidad (R-04417) en nuestra planta de Villalbilla de Burgos.",
            "Hemos estudiado con detenimiento todos los perfiles recibidos. En esta ocasión no vamos a continuar con tu candidatura en el proceso de selección.",
            "Queremos agradecerte el tiempo que has dedicado a conocernos. Tus datos seguirán en nuestra bolsa de empleo durante doce meses, salvo que nos indiques lo contrario desde tu perfil de candidato.",
            "Un saludo,\nEquipo de Talento\nLácteos Arlanza",
        ], ("Ver mi perfil de candidato", "https://lacteosarlanza.wd3.myworkday.com/es/candidato/perfil"),
            "Este mensaje se ha generado automáticamente. Por favor, no respondas a esta dirección."),
    },
    {
        "kind": "rejection", "slug": "ebronorte_tras_llamada", "lang": "es",
        "company": "Embotelladora Ebro Norte", "contact": "ruben.garrido@ebronorte.example.es",
        "date": "2026-03-18 17:02 +0100", "key": "ebro_rej", "parent": "ebro_sorry",
        "from": ("Rubén Garrido", "ruben.garrido@ebronorte.example.es"),
        "subject": "Re: Disculpas por la llamada de esta mañana",
        "cte": "8bit",
        "text": """Hola Tomás,

Al final pudimos hablar el viernes, así que gracias por buscar el hueco.

Te cuento cómo ha quedado: nos hemos decantado por una persona que ya ha llevado el APPCC de una línea de PET y que puede incorporarse en abril. Así que no pasas a la entrevista en planta, aunque me quedo con tu contacto por si se abre algo en el turno de noche de la línea de vidrio.

Un abrazo y suerte con la búsqueda,

Rubén Garrido
Jefe de Calidad
Embotelladora Ebro Norte S.L.
Polígono Cantabria, calle Los Tejares 18 · 26009 Logroño
T. +34 941 27 43 10

""" + on_wrote("es", "2026-03-04 13:15 +0100", "Tomás Eriksen-Vallejo", "tomas.ev@example.cl") + quote("""Hola Rubén:

Te pido disculpas: a las 10:00 estaba dentro de la sala de barricas sin cobertura y no vi tus dos llamadas hasta la pausa. ¿Podríamos intentarlo otro día? Me vendría bien cualquier mañana a partir de las 9:30, o si lo prefieres por la tarde después de las 15:00.

Gracias por la paciencia,
Tomás

""" + on_wrote("es", "2026-03-04 10:40 +0100", "Rubén Garrido", "ruben.garrido@ebronorte.example.es") + quote("""Buenos días, Tomás:

Te he llamado dos veces a las 10:00, como habíamos quedado, y no he podido localizarte. ¿Ha pasado algo?
""")),
    },
    {
        "kind": "rejection", "slug": "enolab_tras_jornada", "lang": "es",
        "company": "Enolab Rioja", "contact": "marta.ezquerro@enolabrioja.example.es",
        "date": "2026-02-12 12:15 +0100", "key": "enolab_rej", "parent": "enolab_thanks",
        "from": ("Marta Ezquerro", "marta.ezquerro@enolabrioja.example.es"),
        "subject": "Re: Gracias por la jornada del jueves",
        "cs": "iso-8859-1", "cte": "qp", "hcs": "iso-8859-1/q", "force_ew": True,
        "text": """Buenos días, Tomás:

Gracias a ti por tu nota, que leímos con mucho gusto todo el equipo.

Hemos terminado de valorar las pruebas del jueves. El comité ha preferido a una candidata con más horas de cromatografía de gases, que es donde más carga de trabajo tendremos esta campaña, y por eso no vamos a ofrecerte el puesto. Tu prueba de cata triangular fue de las mejores, y así te lo quería decir.

Si en otoño ampliamos plantilla para vendimia, te escribiré directamente.

Saludos cordiales,

Marta Ezquerro Gil
Responsable de Laboratorio
Enolab Rioja, S.L. · Avda. de la Estación 9 · 26200 Haro (La Rioja)
Tel. 941 31 05 62

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.

""" + on_wrote("es", "2026-02-05 18:40 +0100", "Tomás Eriksen-Vallejo", "tomas.ev@example.cl") + quote("""Estimada Marta:

Quería agradeceros la jornada de evaluación de hoy. Me gustó mucho ver cómo trabajáis los análisis de SO2 libre y la organización del laboratorio. Quedo a vuestra disposición para lo que necesitéis y espero noticias del proceso.

Un saludo,
Tomás Eriksen-Vallejo"""),
    },
    {
        "kind": "rejection", "slug": "nortetemporal_ibarra", "lang": "es",
        "company": "Conservas Ibarra", "contact": "lorena.saenz@nortetemporal.example.es",
        "date": "2026-02-17 12:50 +0100", "key": "ibarra_rej", "parent": "ibarra_move",
        "from": ("Lorena Sáenz | Norte Temporal", "lorena.saenz@nortetemporal.example.es"),
        "subject": "Conservas Ibarra – respuesta del cliente",
        "hcs": "utf-8/q",
        "text": """Hola Tomás,

Ya tengo la respuesta de Conservas Ibarra sobre la entrevista del martes en Vitoria. Me dicen que les caíste muy bien, pero que para este puesto de auxiliar de calidad necesitan a alguien con experiencia directa en esterilización de conserva y autoclaves, y han optado por otra persona. No será esta vez.

Sigo teniendo tu perfil activo en nuestra base y en cuanto entre una posición de calidad en bodega o en envasado te llamo.

Un saludo,

Lorena Sáenz
Consultora de Selección · Delegación Logroño
Norte Temporal ETT
C/ Gran Vía 31, 2.º · 26002 Logroño · 941 22 08 15

Norte Temporal ETT, S.L. trata sus datos para gestionar su candidatura. Puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a protecciondatos@nortetemporal.example.es.
""",
        "html": simple_html([
            "Hola Tomás,",
            "Ya tengo la respuesta de Conservas Ibarra sobre la entrevista del martes en Vitoria. Me dicen que les caíste muy bien, pero que para este puesto de auxiliar de calidad necesitan a alguien con experiencia directa en esterilización de conserva y autoclaves, y han optado por otra persona. No será esta vez.",
            "Sigo teniendo tu perfil activo en nuestra base y en cuanto entre una posición de calidad en bodega o en envasado te llamo.",
            "Un saludo,",
            "Lorena Sáenz\nConsultora de Selección · Delegación Logroño\nNorte Temporal ETT\nC/ Gran Vía 31, 2.º · 26002 Logroño · 941 22 08 15",
            "Norte Temporal ETT, S.L. trata sus datos para gestionar su candidatura. Puede ejercer sus derechos de acceso, rectificación y supresión escribiendo a protecciondatos@nortetemporal.example.es.",
        ]),
    },
    {
        "kind": "rejection", "slug": "quebradaalta_postulacion", "lang": "es",
        "company": "Viña Quebrada Alta", "contact": "constanza.munoz@quebradaalta.example.cl",
        "date": "2026-02-02 11:30 -0300", "key": "quebrada_rej", "parent": "quebrada_missed",
        "from": ("Constanza Muñoz", "constanza.munoz@quebradaalta.example.cl"),
        "subject": "Resultado proceso Supervisor(a) de Calidad – Bodega Rioja",
        "cte": "b64",
        "text": """Hola Tomás, ¿cómo estás?

Te escribo para contarte en qué quedó el proceso para Supervisor(a) de Calidad de nuestra bodega en Rioja.

Después de la conversación que finalmente tuvimos el lunes, el gerente de operaciones y yo revisamos harto tu postulación. Valoramos mucho tu experiencia en vendimias en Mendoza, pero el cargo pide alguien que ya haya liderado equipos y auditorías BRC, así que decidimos cerrar el proceso con otro postulante. Lamento que no sea una mejor noticia.

Quedamos atentos por si más adelante se abre algo que calce mejor con tu perfil. Te deseo mucho éxito.

Saludos cordiales,

Constanza Muñoz Araya
Analista de Personas y Cultura
Viña Quebrada Alta S.A.
Av. Apoquindo 5120, of. 802, Las Condes, Santiago
+56 2 2941 7730
""",
    },
    {
        "kind": "rejection", "slug": "sanasensio_interno", "lang": "es",
        "company": "Cooperativa San Asensio", "contact": "javier.pascual@coopsanasensio.example.es",
        "date": "2026-05-27 09:48 +0200", "key": "sanasensio_rej", "parent": "sanasensio_ack",
        "from": ("Javier Pascual", "javier.pascual@coopsanasensio.example.es"),
        "subject": "Puesto de técnico de calidad – cubierto",
        "cs": "windows-1252", "cte": "8bit",
        "text": """Buenos días, Tomás:

Te debía una respuesta desde hace unas semanas y no quería dejarlo pasar.

La plaza de técnico de calidad que sacamos en abril se ha cubierto finalmente con un compañero de la casa, Iñaki, que llevaba ocho años en la embotelladora y ha hecho el curso de auditor interno. El consejo rector prefirió promocionar desde dentro, así que no habrá entrevistas externas para este puesto.

Gracias por el interés en la cooperativa y por el currículum tan cuidado que nos enviaste. Lo guardo con mucho gusto.

Un saludo cordial,

Javier Pascual Olarte
Gerente
Cooperativa Vinícola San Asensio
Ctra. de Cenicero, km 2 · 26340 San Asensio (La Rioja)
Tel. 941 45 71 02 – “Desde 1954”
""",
    },
    {
        "kind": "rejection", "slug": "zadorra_plaza_anulada", "lang": "es",
        "company": "Pastas Zadorra", "contact": "nerea.uriarte@pastaszadorra.example.es",
        "date": "2026-03-26 10:05 +0100", "key": "zadorra_rej", "parent": "zadorra_cancel",
        "from": ("Pastas Zadorra", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Nerea Uriarte", "nerea.uriarte@pastaszadorra.example.es"),
        "subject": "Actualización sobre el puesto de Técnico/a de Calidad de Producto",
        "headers": AUTO,
        "text": """Hola Tomás,

Queremos contarte de primera mano una decisión que afecta a tu candidatura.

Tras la reorganización del área de Calidad que se ha aprobado esta semana, el puesto de Técnico/a de Calidad de Producto para la planta de Júndiz queda anulado: sus funciones pasarán a repartirse entre el laboratorio central y el equipo de producción. Por este motivo cerramos el proceso sin cubrir la vacante y no retomaremos la entrevista que teníamos pendiente contigo.

Sentimos mucho las molestias, especialmente después de haber reservado fecha. Si tienes cualquier duda, puedes contestar a este mensaje y le llegará directamente a Nerea Uriarte, de Personas.

Un saludo,
Pastas Zadorra · Personas
Polígono de Júndiz, c/ Lermandabide 14 · 01015 Vitoria-Gasteiz
""",
        "html": ats_card("Pastas Zadorra", "#c8102e", [
            "Hola Tomás,",
            "Queremos contarte de primera mano una decisión que afecta a tu candidatura.",
            "Tras la reorganización del área de Calidad que se ha aprobado esta semana, el puesto de Técnico/a de Calidad de Producto para la planta de Júndiz queda anulado: sus funciones pasarán a repartirse entre el laboratorio central y el equipo de producción. Por este motivo cerramos el proceso sin cubrir la vacante y no retomaremos la entrevista que teníamos pendiente contigo.",
            "Sentimos mucho las molestias, especialmente después de haber reservado fecha. Si tienes cualquier duda, puedes contestar a este mensaje y le llegará directamente a Nerea Uriarte, de Personas.",
            "Un saludo,\nPastas Zadorra · Personas\nPolígono de Júndiz, c/ Lermandabide 14 · 01015 Vitoria-Gasteiz",
        ], None, "Enviado con Teamtailor"),
    },
    {
        "kind": "rejection", "slug": "tierrariojana_perfiles", "lang": "es",
        "company": "Grupo Tierra Riojana", "contact": "",
        "date": "2026-06-22 06:30 +0000", "key": "tierra_rej", "parent": "tierra_move",
        "from": ("Grupo Tierra Riojana – Empleo", "noreply@successfactors.eu"),
        "subject": "Grupo Tierra Riojana: estado de tu solicitud 8831",
        "headers": AUTO,
        "html": ats_card("Grupo Tierra Riojana", "#5b2333", [
            "Estimado Tomás Eriksen-Vallejo:",
            "Muchas gracias por participar en el proceso de selección para Técnico de Calidad y Seguridad Alimentaria (ref. 8831) en nuestra bodega de Fuenmayor, y por las entrevistas mantenidas con el equipo.",
            "Tras una valoración muy ajustada, hemos decidido avanzar con otras candidaturas cuyo recorrido se adecúa en mayor medida a las necesidades concretas de esta posición.",
            "Te animamos a seguir atento a nuestro portal de empleo, donde publicamos regularmente nuevas oportunidades en nuestras bodegas de Rioja, Rueda y Ribera.",
            "Atentamente,\nDirección de Personas\nGrupo Tierra Riojana",
        ], ("Portal de empleo", "https://career5.successfactors.eu/career?company=tierrariojana"),
            "Por favor, no respondas a este correo: el buzón no se atiende.", lang="es"),
        "cte": "qp",
    },
    {
        "kind": "rejection", "slug": "alfaro_en_suspenso", "lang": "es",
        "company": "Vinícola Riojana de Alfaro", "contact": "sonia.fernandez@vinicolaalfaro.example.es",
        "date": "2026-07-09 13:22 +0200", "key": "alfaro_rej",
        "from": ("Sonia Fernández Calvo", "sonia.fernandez@vinicolaalfaro.example.es"),
        "subject": "Proceso Responsable de Calidad - Alfaro",
        "hcs": "iso-8859-1/b", "force_ew": True,
        "text": """Estimado Tomás:

Le escribo en relación con el proceso de Responsable de Calidad para nuestra planta de Alfaro, en el que usted había superado la primera fase.

La dirección ha decidido congelar la incorporación hasta que se resuelva la ampliación de la nave de embotellado, que no estará lista antes de 2027. Por ese motivo el proceso queda en suspenso y no vamos a seguir adelante con ninguna de las candidaturas, incluida la suya.

Lamento comunicarle esta noticia después del esfuerzo que ha dedicado. Si la posición se reactiva, empezaremos un proceso nuevo y le avisaremos.

Atentamente,

Sonia Fernández Calvo
Recursos Humanos
Vinícola Riojana de Alfaro, S.A.
Avda. de Zaragoza 88 · 26540 Alfaro (La Rioja)
Tel. 941 18 02 47

----------------------------------------------------------------
CONFIDENCIALIDAD: La información contenida en este correo electrónico y en sus anexos es confidencial y está dirigida únicamente a su destinatario. Queda prohibida su divulgación, copia o distribución sin autorización. Si usted no es el destinatario, comuníquelo al remitente y elimine el mensaje. De acuerdo con el Reglamento (UE) 2016/679, le informamos de que sus datos figuran en un fichero cuyo responsable es Vinícola Riojana de Alfaro, S.A., con la finalidad de gestionar los procesos de selección.
""",
        "html": outlook_html([
            "Estimado Tomás:",
            "Le escribo en relación con el proceso de Responsable de Calidad para nuestra planta de Alfaro, en el que usted había superado la primera fase.",
            "La dirección ha decidido congelar la incorporación hasta que se resuelva la ampliación de la nave de embotellado, que no estará lista antes de 2027. Por ese motivo el proceso queda en suspenso y no vamos a seguir adelante con ninguna de las candidaturas, incluida la suya.",
            "Lamento comunicarle esta noticia después del esfuerzo que ha dedicado. Si la posición se reactiva, empezaremos un proceso nuevo y le avisaremos.",
            "Atentamente,",
            "Sonia Fernández Calvo\nRecursos Humanos\nVinícola Riojana de Alfaro, S.A.\nAvda. de Zaragoza 88 · 26540 Alfaro (La Rioja)\nTel. 941 18 02 47",
            "CONFIDENCIALIDAD: La información contenida en este correo electrónico y en sus anexos es confidencial y está dirigida únicamente a su destinatario. Queda prohibida su divulgación, copia o distribución sin autorización. Si usted no es el destinatario, comuníquelo al remitente y elimine el mensaje. De acuerdo con el Reglamento (UE) 2016/679, le informamos de que sus datos figuran en un fichero cuyo responsable es Vinícola Riojana de Alfaro, S.A., con la finalidad de gestionar los procesos de selección.",
        ]),
    },
    {
        "kind": "rejection", "slug": "iregua_colega", "lang": "es",
        "company": "Conservas Iregua", "contact": "chema.laorden@conservasiregua.example.es",
        "date": "2026-08-04 22:17 +0200",
        "from": ("Chema Laorden", "chema.laorden@conservasiregua.example.es"),
        "subject": "lo del puesto de calidad",
        "cte": "8bit",
        "text": """Tomás, majo:

Oye, que al final no va a poder ser. Lo he peleado con el director de planta, pero quiere a alguien que ya venga de conserva vegetal y se ha ido a por una chica que estaba en Calahorra. Yo te habría metido mañana mismo, ya lo sabes.

Si te sirve, le he pasado tu nombre a un colega de una bodega de Navarrete que anda buscando gente para la vendimia. Ya te cuento.

Nos vemos el sábado en las fiestas, invito yo.

Chema
""",
    },
    {
        "kind": "rejection", "slug": "larrea_seco", "lang": "es",
        "company": "Bodegas Hermanos Larrea", "contact": "alberto.larrea@hermanoslarrea.example.es",
        "date": "2026-05-14 19:40 +0200", "parent": "larrea_invite",
        "from": ("Alberto Larrea", "alberto.larrea@hermanoslarrea.example.es"),
        "subject": "Re: Visita a la bodega el lunes",
        "cs": "windows-1252", "cte": "qp",
        "text": """Tomás, no seguimos contigo para lo de calidad. Gracias por venir y suerte.

Alberto

""" + on_wrote("es", "2026-05-06 08:55 +0200", "Alberto Larrea", "alberto.larrea@hermanoslarrea.example.es") + quote("""Buenos días, Tomás:

He visto tu currículum. Pásate el lunes a las 11:00 por la bodega (Barrio de la Estación, junto al depósito grande) y charlamos un rato del puesto. Pregunta por mí en la entrada.

Alberto Larrea"""),
    },
    {
        "kind": "rejection", "slug": "arlanzon_bamboohr", "lang": "es",
        "company": "Harinera Arlanzón", "contact": "",
        "date": "2026-09-15 10:00 +0200", "parent": "arlanzon_ack",
        "from": ("Harinera Arlanzón", "notifications@bamboohr.com"),
        "subject": "Harinera Arlanzón – Responsable de Laboratorio de Calidad",
        "cte": "b64", "headers": AUTO,
        "text": """Estimado/a Tomás:

Le agradecemos el interés mostrado en la vacante de Responsable de Laboratorio de Calidad de Harinera Arlanzón.

Una vez concluida la fase de preselección, lamentamos comunicarle que su candidatura no ha resultado seleccionada para pasar a la fase de entrevistas. La decisión responde exclusivamente a los requisitos del puesto y no supone una valoración de su trayectoria profesional.

Le deseamos mucha suerte en sus próximos pasos profesionales.

Harinera Arlanzón
Camino de la Fábrica s/n · 09001 Burgos

Este es un mensaje automático enviado a través de BambooHR.
""",
    },
    {
        "kind": "rejection", "slug": "cepatalent_otra_busqueda", "lang": "es",
        "company": "Cepa Talent Partners", "contact": "aitziber.goikoetxea@cepatalent.example.es",
        "date": "2026-05-20 18:11 +0200",
        "from": ("Aitziber Goikoetxea", "aitziber.goikoetxea@cepatalent.example.es"),
        "subject": "Búsqueda Quality Manager – Álava",
        "hcs": "utf-8/q",
        "text": """Hola Tomás:

Te pongo al día de la búsqueda de Quality Manager para la bodega alavesa de la que hablamos por teléfono (ya sabes que no puedo dar el nombre del cliente hasta la fase final).

He presentado tu candidatura junto a otras cuatro y el cliente me ha confirmado que prefiere perfiles con al menos cinco años como responsable de calidad y certificación IFS ya liderada. Con ese filtro, tu perfil se queda fuera de la terna final, así que doy por cerrada tu participación en esta búsqueda.

Tu perfil me sigue pareciendo muy interesante para posiciones de técnico senior, y las hay. Hablamos pronto.

Un abrazo,

Aitziber Goikoetxea
Partner · Food & Beverage
Cepa Talent Partners
Alameda de Recalde 27, 4.º · 48009 Bilbao
+34 944 05 61 88 · cepatalent.example.es
""",
        "html": simple_html([
            "Hola Tomás:",
            "Te pongo al día de la búsqueda de Quality Manager para la bodega alavesa de la que hablamos por teléfono (ya sabes que no puedo dar el nombre del cliente hasta la fase final).",
            "He presentado tu candidatura junto a otras cuatro y el cliente me ha confirmado que prefiere perfiles con al menos cinco años como responsable de calidad y certificación IFS ya liderada. Con ese filtro, tu perfil se queda fuera de la terna final, así que doy por cerrada tu participación en esta búsqueda.",
            "Tu perfil me sigue pareciendo muy interesante para posiciones de técnico senior, y las hay. Hablamos pronto.",
            "Un abrazo,",
            "Aitziber Goikoetxea\nPartner · Food & Beverage\nCepa Talent Partners\nAlameda de Recalde 27, 4.º · 48009 Bilbao\n+34 944 05 61 88 · cepatalent.example.es",
        ]),
    },
    {
        "kind": "rejection", "slug": "ensayoscastilla_reenvio", "lang": "es",
        "company": "Ensayos Agroalimentarios Castilla", "contact": "patricia.minguez@ensayoscastilla.example.es",
        "date": "2026-10-07 11:26 +0200",
        "from": ("Patricia Mínguez", "patricia.minguez@ensayoscastilla.example.es"),
        "subject": "RV: Valoración candidatos técnico microbiología",
        "cte": "qp",
        "text": """Hola Tomás:

Te reenvío lo que me ha pasado la directora del laboratorio, porque lo explica mejor que yo y creo que te será útil. Resumiendo: no vamos a contar contigo para esta plaza. Siento no traerte otra cosa.

Mucho ánimo,
Patricia Mínguez
Técnica de RR. HH. · Ensayos Agroalimentarios Castilla
Avda. de Cantabria 51 · 09006 Burgos · 947 04 19 30

________________________________
De: Olga Barrio <olga.barrio@ensayoscastilla.example.es>
Enviado el: lunes, 5 de octubre de 2026 17:48
Para: Patricia Mínguez <patricia.minguez@ensayoscastilla.example.es>
Asunto: Valoración candidatos técnico microbiología

Patricia:

De los tres finalistas nos quedamos con Lucía: tiene el máster en microbiología y ya ha validado métodos ISO 17025. A Tomás lo vi muy seguro con el muestreo y la parte de bodega, pero le falta la parte de siembras y recuentos, que es el 70 % del trabajo. Dile que no seguimos con él y, si quieres, que se forme en micro: con eso sería un candidato muy bueno para la próxima.

Olga
""",
    },
    {
        "kind": "rejection", "slug": "sonsierra_outlook", "lang": "es",
        "company": "Vinos Sonsierra", "contact": "raquel.ijalba@vinossonsierra.example.es",
        "date": "2026-10-20 09:14 +0200",
        "from": ("Raquel Ijalba", "raquel.ijalba@vinossonsierra.example.es"),
        "subject": "RE: Entrevista técnico de calidad – jueves 15",
        "text": """Buenos días, Tomás:

Quería agradecerte la entrevista del jueves y la visita a la sala de elaboración.

Lamentablemente, la comisión de la cooperativa ha elegido a otro candidato que ya conoce nuestro sistema de trazabilidad. Siento que esta vez la respuesta sea negativa.

Un cordial saludo,

Raquel Ijalba
Administración y Personal
Vinos Sonsierra, Sdad. Coop.
Ctra. de Peñacerrada s/n · 26338 San Vicente de la Sonsierra
941 33 40 18

""" + outlook_block("es", ("Raquel Ijalba", "raquel.ijalba@vinossonsierra.example.es"), "2026-10-08 12:31 +0200", CANDIDATE, "Entrevista técnico de calidad – jueves 15") + """
Hola Tomás:

Te confirmo la entrevista para el puesto de técnico de calidad el jueves 15 de octubre a las 10:30 en nuestras oficinas. Estarán el presidente de la cooperativa y el enólogo. Trae, si puedes, algún registro de control de elaboración que hayas llevado.

Un saludo,
Raquel
""",
        "html": outlook_html([
            "Buenos días, Tomás:",
            "Quería agradecerte la entrevista del jueves y la visita a la sala de elaboración.",
            "Lamentablemente, la comisión de la cooperativa ha elegido a otro candidato que ya conoce nuestro sistema de trazabilidad. Siento que esta vez la respuesta sea negativa.",
            "Un cordial saludo,",
            "Raquel Ijalba\nAdministración y Personal\nVinos Sonsierra, Sdad. Coop.\nCtra. de Peñacerrada s/n · 26338 San Vicente de la Sonsierra\n941 33 40 18",
        ], quoted=outlook_block("es", ("Raquel Ijalba", "raquel.ijalba@vinossonsierra.example.es"), "2026-10-08 12:31 +0200", CANDIDATE, "Entrevista técnico de calidad – jueves 15") + """
Hola Tomás:

Te confirmo la entrevista para el puesto de técnico de calidad el jueves 15 de octubre a las 10:30 en nuestras oficinas. Estarán el presidente de la cooperativa y el enólogo. Trae, si puedes, algún registro de control de elaboración que hayas llevado.

Un saludo,
Raquel"""),
    },
    # ---------------------------------------------------------------- English (8)
    {
        "kind": "rejection", "slug": "stellenkloof_greenhouse", "lang": "en",
        "company": "Stellenkloof Wines", "contact": "naledi.khumalo@stellenkloof.example.co.za",
        "date": "2026-05-06 15:40 +0200", "key": "stellen_rej", "parent": "stellen_thanks",
        "from": ("Naledi Khumalo via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Naledi Khumalo", "naledi.khumalo@stellenkloof.example.co.za"),
        "subject": "Your application for QA Officer – Cellar at Stellenkloof Wines",
        "headers": AUTO,
        "text": """Hi Tomás,

Thank you for your note after the interview, and for making time for us on a busy afternoon.

The team met on Monday to compare the final candidates. It was a close call, but we've offered the role to someone already based in the Western Cape who can start before harvest preparations begin, so we won't be taking your application further.

You came across as thorough and genuinely curious about our cellar, and Pieter asked me to say that your answer on the Brett monitoring plan was the best we heard. I'd be glad to keep in touch.

Warm regards,
Naledi Khumalo
Talent Partner | Stellenkloof Wines
Annandale Road, Stellenbosch 7600 | +27 21 880 4412
""",
        "html": simple_html([
            "Hi Tomás,",
            "Thank you for your note after the interview, and for making time for us on a busy afternoon.",
            "The team met on Monday to compare the final candidates. It was a close call, but we've offered the role to someone already based in the Western Cape who can start before harvest preparations begin, so we won't be taking your application further.",
            "You came across as thorough and genuinely curious about our cellar, and Pieter asked me to say that your answer on the Brett monitoring plan was the best we heard. I'd be glad to keep in touch.",
            "Warm regards,\nNaledi Khumalo\nTalent Partner | Stellenkloof Wines\nAnnandale Road, Stellenbosch 7600 | +27 21 880 4412",
        ], lang="en"),
    },
    {
        "kind": "rejection", "slug": "nordvin_on_hold", "lang": "en",
        "company": "Nordvin Beverages", "contact": "",
        "date": "2026-05-19 08:00 +0000", "key": "nordvin_rej", "parent": "nordvin_cancel",
        "from": ("Nordvin Beverages Recruiting", "no-reply@ashbyhq.com"),
        "subject": "Update on the QA Specialist (Bilbao) process",
        "headers": AUTO,
        "text": """Hello Tomás,

We're writing to everyone still in the process for QA Specialist at our Bilbao bottling plant.

Following a review of next year's production plan, the role has been put on hold indefinitely and we will not proceed with any of the remaining candidates, including you. This is a business decision about the position itself, not about your profile, and we're sorry to end things this way after the scheduling back and forth.

If the position reopens, it will be published again on our careers page and you're welcome to apply.

Best regards,
Nordvin Beverages Talent Team

You are receiving this email because you applied via Ashby. Replies to this address are not monitored.
""",
    },
    {
        "kind": "rejection", "slug": "capefruit_smartrecruiters", "lang": "en",
        "company": "Cape Fruit Processors", "contact": "",
        "date": "2026-06-03 09:12 +0200", "key": "capefruit_rej", "parent": "capefruit_missed",
        "from": ("Cape Fruit Processors", "noreply@smartrecruiters.com"),
        "subject": "Cape Fruit Processors: Food Safety & Quality Technician",
        "headers": AUTO,
        "text": """Dear Tomás,

Thank you for your interest in the Food Safety & Quality Technician position at Cape Fruit Processors, Paarl.

After careful consideration, we regret to inform you that you have not been selected for the next stage of our recruitment process.

We will retain your details in our talent community and may contact you about future vacancies that match your experience.

Kind regards,
Human Capital
Cape Fruit Processors (Pty) Ltd
""",
        "html": ats_card("Cape Fruit Processors", "#e07b00", [
            "Dear Tomás,",
            "Thank you for your interest in the Food Safety & Quality Technician position at Cape Fruit Processors, Paarl.",
            "After careful consideration, we regret to inform you that you have not been selected for the next stage of our recruitment process.",
            "We will retain your details in our talent community and may contact you about future vacancies that match your experience.",
            "Kind regards,\nHuman Capital\nCape Fruit Processors (Pty) Ltd",
        ], None, "Powered by SmartRecruiters", lang="en"),
    },
    {
        "kind": "rejection", "slug": "gaiacork_lever", "lang": "en",
        "company": "Gaia Cork Solutions", "contact": "ines.barros@gaiacork.example.pt",
        "date": "2026-08-28 17:20 +0100", "parent": "gaia_invite",
        "from": ("Gaia Cork Solutions", "no-reply@hire.lever.co"),
        "reply_to": ("Inês Barros", "ines.barros@gaiacork.example.pt"),
        "subject": "Gaia Cork Solutions – Quality Control Analyst",
        "hcs": "utf-8/q",
        "headers": AUTO,
        "text": """Hi Tomás,

Thanks for taking part in our assessment day in Santa Maria da Feira last week.

We've now reviewed the results of the TCA sensory panel, the case exercise and the interviews. The lab needs someone who has already run cork-taint testing at production scale from the first week, and two of the other finalists bring exactly that. We won't be offering you the role this time.

It was a pleasure to meet you. If you'd like short feedback on the case exercise, just reply and I'll set up ten minutes.

All the best,
Inês Barros
People & Talent, Gaia Cork Solutions
Rua da Cortiça 210, 4520-115 Santa Maria da Feira, Portugal
""",
    },
    {
        "kind": "rejection", "slug": "winelands_helderberg", "lang": "en",
        "company": "Helderberg Analytical Labs", "contact": "jason.meyer@winelandsrec.example.co.za",
        "date": "2026-04-24 14:03 +0200", "key": "helder_rej", "parent": "helder_invite",
        "from": ("Jason Meyer", "jason.meyer@winelandsrec.example.co.za"),
        "subject": "RE: Interview with Helderberg Analytical Labs – Wednesday",
        "text": """Hi Tomás,

I've just come off the phone with the lab manager at Helderberg Analytical Labs. They've decided not to make you an offer: they were impressed with your practical cellar knowledge, but they need someone who can run the ICP-OES from day one, and the other finalist has four years on it.

I know that's disappointing after a good interview. I'll keep putting you forward; I've got two cellar QA roles coming in from Franschhoek next month that suit you better.

Cheers,
Jason

Jason Meyer | Senior Consultant, Food & Beverage
Winelands Recruitment
12 Dorp Street, Stellenbosch | +27 21 887 3090 | winelandsrec.example.co.za

""" + outlook_block("en", ("Jason Meyer", "jason.meyer@winelandsrec.example.co.za"), "2026-04-09 10:22 +0200", CANDIDATE, "Interview with Helderberg Analytical Labs – Wednesday") + """
Hi Tomás,

Great news: Helderberg Analytical Labs would like to interview you on Wednesday 15 April at 11:00 (SA time) on Teams. It'll be the lab manager and the QA lead, about 45 minutes. Please confirm and I'll send the link.

Jason
""",
    },
    {
        "kind": "rejection", "slug": "tamega_casual", "lang": "en",
        "company": "Tâmega Bottlers", "contact": "rui.pacheco@tamegabottlers.example.pt",
        "date": "2026-06-12 18:45 +0100", "parent": "tamega_missed",
        "from": ("Rui Pacheco", "rui.pacheco@tamegabottlers.example.pt"),
        "subject": "quick one",
        "hcs": "utf-8/q",
        "text": """Hey Tomás,

Bad news I'm afraid. We got the second call done in the end, thanks for sorting the Teams issue, but the plant director wants a Portuguese speaker for the line QA job, since most of the operators don't speak English or Spanish. So it's a no from us this time.

Honestly a shame. If we open the export-documentation role later this year I'll ping you first.

Rui
""",
    },
    {
        "kind": "rejection", "slug": "atlanticlabs_icims", "lang": "en",
        "company": "Atlantic Quality Labs", "contact": "",
        "date": "2026-10-06 16:00 +0100", "parent": "atlantic_move",
        "from": ("Atlantic Quality Labs Careers", "do-not-reply@icims.com"),
        "subject": "Your application: Laboratory QA Technician (Req 2026-311)",
        "headers": AUTO, "cte": "qp",
        "html": ats_card("Atlantic Quality Labs", "#00507a", [
            "Dear Tomás Eriksen-Vallejo,",
            "Thank you for interviewing for the Laboratory QA Technician position (Req 2026-311) at our Matosinhos laboratory.",
            "We have completed the interview stage and have decided to move forward with candidates whose experience more closely matches the requirements of this role. We therefore will not be progressing your application.",
            "We appreciate the time you invested and encourage you to review future openings on our careers site.",
            "Sincerely,\nTalent Acquisition\nAtlantic Quality Labs",
        ], ("View careers site", "https://careers-atlanticqualitylabs.icims.com/jobs"),
            "This message was sent from an unmonitored mailbox.", lang="en"),
    },
    {
        "kind": "rejection", "slug": "bergriver_after_thanks", "lang": "en",
        "company": "Berg River Cellars", "contact": "megan.adams@bergriver.example.co.za",
        "date": "2026-09-15 12:05 +0200", "parent": "berg_invite",
        "from": ("Megan Adams", "megan.adams@bergriver.example.co.za"),
        "subject": "Re: Thank you – Cellar QA Lead chat",
        "text": """Dear Tomás,

That's very kind of you, and I enjoyed our conversation too.

I've thought about it a lot since Thursday. In the end I'm going with an internal candidate for the Cellar QA Lead job: one of our cellar supervisors who has been covering the role since January and knows our systems inside out. It wasn't an easy call, and it says nothing bad about you.

Please do stay in touch, and if you are ever in Wellington, the coffee is on me.

Kind regards,
Megan Adams
Cellar Manager, Berg River Cellars
Berg River Road, Wellington 7655 | +27 21 873 5521

""" + on_wrote("en", "2026-09-10 20:18 +0200", "Tomás Eriksen-Vallejo", "tomas.ev@example.cl") + quote("""Dear Megan,

Thank you for taking the time to talk to me this afternoon about the Cellar QA Lead position. I really liked hearing about your plans for the new tank hall and the sensory panel. I'm very motivated by the role and happy to share references whenever it's useful.

Best regards,
Tomás"""),
    },
    # ---------------------------------------------------------------- French (4)
    {
        "kind": "rejection", "slug": "garonne_formel", "lang": "fr",
        "company": "Laboratoire Œnologique Garonne", "contact": "claire.dubernet@oenogaronne.example.fr",
        "date": "2026-03-31 10:42 +0200", "parent": "garonne_invite",
        "from": ("Claire Dubernet", "claire.dubernet@oenogaronne.example.fr"),
        "subject": "Votre candidature – Technicien(ne) de laboratoire œnologique",
        "cs": "iso-8859-1", "cte": "qp", "hcs": "utf-8/q",
        "text": """Monsieur,

Nous vous remercions pour l'entretien téléphonique du 24 mars et pour l'intérêt que vous portez à notre laboratoire.

Après examen attentif de l'ensemble des candidatures, nous sommes au regret de vous informer que nous ne donnerons pas suite à la vôtre. Le poste requiert une maîtrise de l'analyse en flux continu que d'autres profils possédaient déjà.

Nous conservons votre dossier et nous permettrons de vous recontacter si une opportunité correspondant à votre parcours se présentait.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Claire Dubernet
Chargée de recrutement
Laboratoire Œnologique Garonne SAS
14, quai de Bacalan - 33300 Bordeaux
Tél. : 05 56 39 70 12
""".replace("Œ", "Oe").replace("œ", "oe"),
    },
    {
        "kind": "rejection", "slug": "brassac_pourvu_interne", "lang": "fr",
        "company": "Tonnellerie Brassac", "contact": "helene.brassac@tonnelleriebrassac.example.fr",
        "date": "2026-07-02 16:50 +0200", "parent": "brassac_move",
        "from": ("Hélène Brassac", "helene.brassac@tonnelleriebrassac.example.fr"),
        "subject": "Poste qualité - point sur la suite",
        "cs": "windows-1252", "cte": "8bit", "hcs": "iso-8859-1/q",
        "text": """Bonjour Tomás,

Je reviens vers vous comme promis après le report de notre rendez-vous.

Entre-temps, notre chef d'atelier, qui suivait déjà la chauffe et le contrôle des douelles, a demandé à prendre le poste de responsable qualité. Nous avons accepté sa candidature : le poste est donc pourvu en interne et je préfère vous le dire franchement plutôt que de fixer une nouvelle date pour rien.

Merci pour votre patience et pour votre intérêt pour la tonnellerie. Votre expérience de chai nous a plu, et je garde vos coordonnées.

Bien cordialement,

Hélène Brassac
Directrice administrative – Tonnellerie Brassac
Lieu-dit Le Bourdieu – 33370 Tresses
05 57 34 18 06 – « Le bois, le feu, le vin »
""",
    },
    {
        "kind": "rejection", "slug": "sarment_edm", "lang": "fr",
        "company": "Vignerons de l'Entre-Deux-Mers", "contact": "mathieu.lafargue@sarment-conseil.example.fr",
        "date": "2026-05-22 11:08 +0200", "key": "sarment_rej", "parent": "sarment_invite",
        "from": ("Mathieu Lafargue", "mathieu.lafargue@sarment-conseil.example.fr"),
        "subject": "Retour des Vignerons de l'Entre-Deux-Mers",
        "text": """Bonjour Tomás,

J'ai eu ce matin le retour des Vignerons de l'Entre-Deux-Mers après votre rencontre de mardi à Sauveterre.

Ils ont apprécié votre parcours mais ils ne retiendront pas votre candidature : le conseil d'administration tient à un profil qui a déjà piloté une certification HVE et un audit IFS en cave coopérative, et un autre candidat coche ces deux cases. Je sais que vous vous étiez bien préparé, et je suis le premier déçu.

Je continue à chercher pour vous dans le Bordelais. Appelez-moi quand vous voulez pour faire le point.

Bien à vous,

Mathieu Lafargue
Consultant associé – Cabinet Sarment Conseil
22, cours de Verdun – 33000 Bordeaux
06 71 48 22 90
""",
        "html": simple_html([
            "Bonjour Tomás,",
            "J'ai eu ce matin le retour des Vignerons de l'Entre-Deux-Mers après votre rencontre de mardi à Sauveterre.",
            "Ils ont apprécié votre parcours mais ils ne retiendront pas votre candidature : le conseil d'administration tient à un profil qui a déjà piloté une certification HVE et un audit IFS en cave coopérative, et un autre candidat coche ces deux cases. Je sais que vous vous étiez bien préparé, et je suis le premier déçu.",
            "Je continue à chercher pour vous dans le Bordelais. Appelez-moi quand vous voulez pour faire le point.",
            "Bien à vous,",
            "Mathieu Lafargue\nConsultant associé – Cabinet Sarment Conseil\n22, cours de Verdun – 33000 Bordeaux\n06 71 48 22 90",
        ], lang="fr"),
    },
    {
        "kind": "rejection", "slug": "lormont_workable", "lang": "fr",
        "company": "Distillerie Lormont", "contact": "sophie.garrigue@distillerielormont.example.fr",
        "date": "2026-09-24 14:30 +0200", "parent": "lormont_missed",
        "from": ("Distillerie Lormont", "noreply@workablemail.com"),
        "reply_to": ("Sophie Garrigue", "sophie.garrigue@distillerielormont.example.fr"),
        "subject": "Distillerie Lormont : votre candidature au poste d'Assistant Qualité",
        "headers": AUTO,
        "text": """Bonjour Tomás,

Merci d'avoir postulé au poste d'Assistant Qualité à la Distillerie Lormont.

Nous avons finalement retenu un autre candidat, dont l'expérience des spiritueux et de la réglementation des entrepôts sous douane correspond davantage à nos besoins immédiats. Nous ne poursuivrons donc pas le processus avec vous.

Nous vous souhaitons une belle réussite dans vos recherches.

Sophie Garrigue
Responsable RH – Distillerie Lormont
""",
        "html": ats_card("Distillerie Lormont", "#3a5a40", [
            "Bonjour Tomás,",
            "Merci d'avoir postulé au poste d'Assistant Qualité à la Distillerie Lormont.",
            "Nous avons finalement retenu un autre candidat, dont l'expérience des spiritueux et de la réglementation des entrepôts sous douane correspond davantage à nos besoins immédiats. Nous ne poursuivrons donc pas le processus avec vous.",
            "Nous vous souhaitons une belle réussite dans vos recherches.",
            "Sophie Garrigue\nResponsable RH – Distillerie Lormont",
        ], None, "Envoyé via Workable", lang="fr"),
    },
    # ---------------------------------------------------------------- German (4)
    {
        "kind": "rejection", "slug": "lindenau_personio", "lang": "de",
        "company": "Sektkellerei Lindenau", "contact": "",
        "date": "2026-06-25 09:00 +0200", "parent": "lindenau_missed",
        "from": ("Sektkellerei Lindenau", "no-reply@personio.de"),
        "subject": "Ihre Bewerbung als Mitarbeiter Qualitätssicherung (m/w/d) Abfüllung",
        "hcs": "utf-8/b",
        "headers": AUTO,
        "text": """Sehr geehrter Herr Eriksen-Vallejo,

vielen Dank für Ihr Interesse an einer Tätigkeit in unserer Sektkellerei und für die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Ihre Unterlagen werden gemäß unseren Datenschutzhinweisen nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Personalabteilung
Sektkellerei Lindenau GmbH
Rheinallee 40, 65366 Geisenheim

Diese E-Mail wurde automatisch über Personio versendet.
""",
    },
    {
        "kind": "rejection", "slug": "mittelrhein_nicht_besetzt", "lang": "de",
        "company": "Getränkeabfüllung Mittelrhein", "contact": "",
        "date": "2026-10-14 11:15 +0200", "parent": "mittelrhein_move",
        "from": ("Getränkeabfüllung Mittelrhein", "noreply@softgarden.io"),
        "subject": "Information zu Ihrer Bewerbung – Qualitätstechniker Abfüllung (m/w/d)",
        "headers": AUTO,
        "text": """Guten Tag Herr Eriksen-Vallejo,

wir möchten Sie über eine Änderung informieren: Die ausgeschriebene Stelle Qualitätstechniker Abfüllung (m/w/d) am Standort Lorch wird nicht besetzt. Aufgrund der Zusammenlegung zweier Abfülllinien ist die Position entfallen.

Damit endet das Bewerbungsverfahren; das geplante Gespräch findet nicht mehr statt. Wir bedauern das sehr und danken Ihnen für Ihre Geduld.

Freundliche Grüße
Ihr Recruiting-Team
Getränkeabfüllung Mittelrhein GmbH & Co. KG
""",
        "html": ats_card("Getränkeabfüllung Mittelrhein", "#005f73", [
            "Guten Tag Herr Eriksen-Vallejo,",
            "wir möchten Sie über eine Änderung informieren: Die ausgeschriebene Stelle Qualitätstechniker Abfüllung (m/w/d) am Standort Lorch wird nicht besetzt. Aufgrund der Zusammenlegung zweier Abfülllinien ist die Position entfallen.",
            "Damit endet das Bewerbungsverfahren; das geplante Gespräch findet nicht mehr statt. Wir bedauern das sehr und danken Ihnen für Ihre Geduld.",
            "Freundliche Grüße\nIhr Recruiting-Team\nGetränkeabfüllung Mittelrhein GmbH & Co. KG",
        ], None, "Versendet über softgarden", lang="de"),
    },
    {
        "kind": "rejection", "slug": "oenolabor_nach_gespraech", "lang": "de",
        "company": "Önolabor Rheingau", "contact": "katrin.vogt@oenolabor-rheingau.example.de",
        "date": "2026-08-11 15:27 +0200", "parent": "oenolabor_invite",
        "from": ("Dr. Katrin Vogt", "katrin.vogt@oenolabor-rheingau.example.de"),
        "subject": "AW: Danke für das Gespräch",
        "cs": "iso-8859-1", "cte": "8bit", "hcs": "iso-8859-1/q",
        "text": """Lieber Herr Eriksen-Vallejo,

herzlichen Dank für Ihre freundlichen Zeilen.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für eine Bewerberin entschieden, die bereits in einem akkreditierten Labor gearbeitet hat und die Methodenvalidierung sofort übernehmen kann. Ihnen können wir die Stelle deshalb nicht anbieten.

Ihre Erfahrung aus dem Keller und Ihre Sprachkenntnisse haben uns beeindruckt. Bitte bewerben Sie sich gern wieder, wenn wir zur Lese Aushilfen im Labor suchen.

Mit herzlichen Grüßen
Katrin Vogt

Dr. Katrin Vogt
Laborleitung
Önolabor Rheingau
Von-Lade-Straße 3, 65366 Geisenheim
Tel. 06722 50 38 11

""" + on_wrote("de", "2026-08-04 19:05 +0200", "Tomás Eriksen-Vallejo", "tomas.ev@example.cl") + quote("""Sehr geehrte Frau Dr. Vogt,

vielen Dank für das angenehme Vorstellungsgespräch heute und die Führung durch das Labor. Die Arbeit an der Weinanalytik für die Rheingauer Betriebe reizt mich sehr, und ich würde mich freuen, von Ihnen zu hören.

Mit freundlichen Grüßen
Tomás Eriksen-Vallejo"""),
    },
    {
        "kind": "rejection", "slug": "eltville_locker", "lang": "de",
        "company": "Winzergenossenschaft Eltville", "contact": "jonas.kessler@wg-eltville.example.de",
        "date": "2026-09-29 20:02 +0200",
        "from": ("Jonas Keßler", "jonas.kessler@wg-eltville.example.de"),
        "subject": "Kellermeister-Assistenz / QS",
        "cte": "qp",
        "text": """Hallo Tomás,

kurze Rückmeldung von mir, bevor die Lese uns komplett verschluckt: Leider hat's nicht geklappt. Der Vorstand wollte jemanden, der schon in der Genossenschaft mitgearbeitet hat und die Mitglieder kennt, und hat sich für Lena aus dem Flaschenlager entschieden.

Ich fand unser Gespräch am Weinstand echt gut und hätte dich gern dabeigehabt. Meld dich, wenn du mal wieder in Eltville bist, dann trinken wir einen Schoppen.

Viele Grüße
Jonas

--
Jonas Keßler
Kellermeister
Winzergenossenschaft Eltville eG
Schwalbacher Straße 12, 65343 Eltville am Rhein
""",
    },
]
