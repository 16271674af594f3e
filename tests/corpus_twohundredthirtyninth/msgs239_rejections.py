# ruff: noqa
"""Corpus 239, kind `rejection`: 31 hand-written messages (es 17, en 8, fr 3, de 3)."""

from __future__ import annotations

from msgs239_common import (CANDIDATE, ats_card, forwarded, msg, outlook_html, outlook_reply,
                            paras, quote, reply, sig, simple_html, wrote)

C = CANDIDATE
K = "rejection"

MESSAGES = [
    # ------------------------------------------------------------------ es
    msg(K, "successfactors_kostaldea", "es", company="Universidad Kostaldea",
        frm=("Universidad Kostaldea - Selección", "noreply@successfactors.eu"),
        subject="Tu candidatura: Técnica/o de Divulgación del Campus (REQ-2026-0114)",
        subj_enc=("utf-8", "B"),
        date="2026-02-05 09:02", tz="utc",
        html=ats_card("Universidad Kostaldea · Portal de Empleo", """Estimada Nerea:

Te agradecemos el interés mostrado en la plaza de Técnica/o de Divulgación del Campus (REQ-2026-0114).

Una vez finalizada la fase de valoración de méritos, lamentamos comunicarte que tu candidatura no ha sido seleccionada para continuar en el proceso.

Conservaremos tus datos durante doce meses por si surgiera otra vacante acorde a tu perfil, salvo que nos indiques lo contrario desde tu área personal.

Atentamente,
Servicio de Personal · Universidad Kostaldea""", lang="es",
            button=("Acceder a mi área personal", "https://kostaldea.example.es/empleo/perfil"),
            footer="Este mensaje se ha generado automáticamente. Por favor, no respondas a esta dirección."),
        html_cte="base64", tid="kostaldea_rej", parent="kostaldea_ack"),

    msg(K, "taleo_zorrotza", "es", company="Fundación Ferrería Zorrotza",
        frm=("Fundación Ferrería Zorrotza", "noreply@taleo.net"),
        subject="Proceso de selección Educador/a de Patrimonio Industrial",
        date="2026-02-26 16:44", tz="utc", charset="iso-8859-1",
        text="""Estimada Sra. Castillo-Whitmore,

En relación con su candidatura al puesto de Educador/a de Patrimonio Industrial
(referencia ZRR-0207), le informamos de que el comité de selección ha concluido
la revisión de expedientes.

Tras un análisis minucioso, su perfil no figura entre los que pasan a la
siguiente fase. Esta decisión no supone una valoración negativa de su
trayectoria, sino el resultado de comparar un número elevado de solicitudes
con requisitos muy específicos del puesto.

Le deseamos mucho éxito en su búsqueda profesional.

Departamento de Personas
Fundación Ferrería Zorrotza
Muelle de la Ferrería 3, 48013 Bilbao

Este correo ha sido enviado desde una dirección que no admite respuestas.
""", tid="zorrotza_rej", parent="zorrotza_ack"),

    msg(K, "ibaizabal_after_missed", "es", company="Museo Ibaizabal",
        contact="ander.uriarte@museoibaizabal.example.es",
        frm=("Ander Uriarte", "ander.uriarte@museoibaizabal.example.es"),
        subject="Re: Entrevista – Educador/a de Públicos",
        date="2026-03-04 13:20",
        text=reply("""Hola Nerea,

Gracias por explicarnos lo que pasó con la conexión, de verdad que no hace falta
disculparse más.

Lo hemos estado hablando en el equipo y, como ya teníamos muy avanzada la ronda
con el resto de personas, hemos cerrado el proceso sin volver a abrir agenda.
Así que esta vez no vamos a poder contar contigo para la plaza. Sé que no es la
noticia que esperabas.

Si sacamos algo para el programa de verano te aviso personalmente.

Un abrazo,
Ander Uriarte
Coordinador de Educación · Museo Ibaizabal
Erribera kalea 12, 48005 Bilbao · +34 944 00 21 37
""", "es", "mié, 25 feb 2026 a las 9:12", "Nerea Castillo-Whitmore", "nerea.cw@example.es",
            reply("""Hola Ander:

Siento muchísimo lo de ayer. Teams se me quedó colgado al unirme y no conseguí
entrar hasta las 11:40, cuando ya os habíais ido. ¿Habría alguna posibilidad de
hacer la entrevista otro día esta semana?

Nerea""", "es", "mar, 24 feb 2026, 11:26", "Ander Uriarte", "ander.uriarte@museoibaizabal.example.es",
                reply("""Hola Nerea,

Te hemos estado esperando en Teams desde las 11:00 hasta las 11:20, pero no
te has conectado. Leire y yo hemos tenido que irnos a otra reunión.

¿Ha pasado algo? Escríbeme cuando puedas.

Ander""", "es", "mar, 17 feb 2026, 10:02", "Ander Uriarte", "ander.uriarte@museoibaizabal.example.es",
                    """Hola Nerea,

Soy Ander, coordinador de educación del Museo Ibaizabal. Hemos leído tu
candidatura y queremos hacerte una entrevista por Teams el martes 24 de
febrero a las 11:00 (unos 40 minutos).

Enlace de la reunión:
https://teams.example.com/l/meetup-join/19%3ameeting_IBZ24feb"""))),
        tid="ibaizabal_rej", parent="ibaizabal_missed"),

    msg(K, "eskuz_relays_irati", "es", company="Fundación Irati Kultura",
        contact="aitor.mendizabal@eskuz.example.es",
        frm=("Aitor Mendizabal | Eskuz Empleo", "aitor.mendizabal@eskuz.example.es"),
        subject="Novedades de Fundación Irati Kultura",
        date="2026-02-12 12:05",
        text="""Buenos días Nerea,

Te escribo con la respuesta que nos ha trasladado Fundación Irati Kultura sobre
la posición de auxiliar de educación en Pamplona.

Me comentan que han valorado tu experiencia como guía, pero que para esta
incorporación van a apostar por alguien que ya ha trabajado con grupos
escolares en Navarra y que puede empezar la semana que viene. En resumen:
no sigues en el proceso con ellos.

Por nuestra parte tu ficha sigue activa y la tengo muy presente para otros
clientes del sector cultural. Cualquier cosa, me llamas.

Un saludo,

Aitor Mendizabal
Consultor de Selección
Eskuz Empleo ETT · Avda. Sancho el Fuerte 41, 31008 Pamplona
T. 948 00 55 12
""", tid="eskuz_rej", parent="eskuz_missed"),

    msg(K, "zubialde_lista_definitiva", "es", company="Ayuntamiento de Zubialde",
        contact="g.olano@zubialde.example.es",
        frm=("Garazi Olano Etxeberria", "g.olano@zubialde.example.es"),
        name_enc=("iso-8859-1", "Q"),
        subject="Resultado de la prueba práctica - Técnico/a de Museo Municipal",
        date="2026-03-24 10:30", charset="windows-1252",
        text="""Estimada Sra. Castillo-Whitmore:

Le comunico que el tribunal calificador ha publicado hoy en el tablón de
anuncios y en la sede electrónica la relación de aspirantes que han superado
la prueba práctica del proceso para Técnico/a de Museo Municipal.

Lamentablemente, su puntuación (11,25 sobre 20) no alcanza el mínimo de 12
puntos fijado en las bases, por lo que no continúa en las siguientes fases.
Dispone de un plazo de diez días hábiles para presentar las alegaciones que
considere oportunas a través del registro.

Aprovecho para agradecerle su participación.

Garazi Olano Etxeberria
Técnica de Recursos Humanos
Ayuntamiento de Zubialde · Plaza Nagusia 1 · 20180 Zubialde (Gipuzkoa)
Tel. 943 00 77 10

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos
exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo al
remitente y proceda a su eliminación. Sus datos son tratados por el
Ayuntamiento de Zubialde conforme al RGPD (UE) 2016/679.
""", cte="quoted-printable", tid="zubialde_rej", parent="zubialde_move"),

    msg(K, "zubieta_colega", "es", company="Centro Cultural Zubieta",
        contact="josu.arrieta@zubietakultur.example.eus",
        frm=("Josu Arrieta", "josu.arrieta@zubietakultur.example.eus"),
        subject="Re: charla del jueves",
        date="2026-06-03 19:48",
        text=reply("""Kaixo Nerea!

Te debía esta respuesta y no quería que te llegara por otro lado: al final la
plaza se la damos a Oihane, que lleva dos años de voluntaria con nosotros y
conoce a todos los grupos. Me ha costado, porque la charla contigo fue de lo
mejor del proceso, pero no podía justificar otra cosa.

Cuando montemos los talleres de otoño igual te llamo como guía externa, si te
apetece. Y el café pendiente sigue en pie.

Besarkada bat,
Josu
""", "es", "vie, 22 may 2026, 14:03", "Nerea Castillo-Whitmore", "nerea.cw@example.es",
            """¡Gracias por el rato de ayer, Josu! Me encantó conocer el proyecto de
mediación con los barrios. Quedo atenta a lo que decidáis.

Nerea"""),
        tid="zubieta_rej", parent="zubieta_inv"),

    msg(K, "teamtailor_arginieta", "es", company="Museo de Ciencia Argiñeta",
        frm=("Museo de Ciencia Argiñeta", "no-reply@teamtailor-mail.com"),
        subject="Actualización sobre tu candidatura en Museo de Ciencia Argiñeta",
        subj_enc=("utf-8", "Q"),
        date="2026-03-30 08:15", tz="utc",
        text="""Hola Nerea,

Gracias por presentarte a Dinamizador/a de Exposiciones en Museo de Ciencia Argiñeta.

Hemos recibido muchas candidaturas muy completas y, tras estudiarlas, hemos decidido
avanzar con personas cuya experiencia se ajusta de forma más directa a lo que
necesitamos ahora mismo, sobre todo en divulgación científica para público
infantil.

Te animamos a seguir pendiente de nuestra página de empleo.

Equipo de Personas
Museo de Ciencia Argiñeta
""",
        html=ats_card("Museo de Ciencia Argiñeta", """Hola Nerea,

Gracias por presentarte a Dinamizador/a de Exposiciones en Museo de Ciencia Argiñeta.

Hemos recibido muchas candidaturas muy completas y, tras estudiarlas, hemos decidido avanzar con personas cuya experiencia se ajusta de forma más directa a lo que necesitamos ahora mismo, sobre todo en divulgación científica para público infantil.

Te animamos a seguir pendiente de nuestra página de empleo.

Equipo de Personas
Museo de Ciencia Argiñeta""", lang="es", button=("Ver ofertas abiertas", "https://arginieta.teamtailor.example.es/jobs"),
            footer="Enviado con Teamtailor", color="#6b2fbb"),
        tid="arginieta_rej", parent="arginieta_ack"),

    msg(K, "icims_taconera_hold", "es", company="Museo Taconera de Historia",
        frm=("Museo Taconera de Historia", "taconera-noreply@icims.com"),
        subject="Puesto de Mediador/a Cultural – actualización del proceso",
        date="2026-05-22 07:30", tz="utc",
        html=simple_html(paras("""Estimada Nerea Castillo-Whitmore:

Nos ponemos en contacto contigo en relación con tu candidatura al puesto de Mediador/a Cultural (Req. 4471).

Por motivos presupuestarios, la dirección del museo ha congelado esta contratación hasta nuevo aviso. El proceso queda en suspenso y no seguiremos adelante con ninguna de las candidaturas recibidas.

Si en el futuro se reactivara la vacante, se publicaría de nuevo y sería necesario presentar una nueva solicitud.

Gracias por el tiempo dedicado.

Recursos Humanos
Museo Taconera de Historia · Pamplona""") + '\n<p style="font-size:10px;color:#999">Powered by iCIMS · Por favor, no respondas a este correo.</p>', "es"),
        html_cte="quoted-printable", tid="taconera_rej", parent="taconera_ack"),

    msg(K, "artazu_after_thanks", "es", company="Centro Cultural Artazu",
        contact="edurne.goikoetxea@artazu.example.eus",
        frm=("Edurne Goikoetxea", "edurne.goikoetxea@artazu.example.eus"),
        subject="Re: Gracias por la entrevista",
        date="2026-08-04 11:12",
        text=reply("""Egun on Nerea:

Muchas gracias a ti por el mensaje tan cuidado que nos enviaste. Lo hemos
compartido con el resto del panel.

Hemos terminado de valorar las cinco entrevistas y, aunque tu propuesta de
recorrido teatralizado gustó mucho, nos hemos decantado por otra candidata con
más experiencia gestionando equipos de monitores. No vamos a seguir adelante
con tu candidatura en esta ocasión.

Te deseo lo mejor y espero que coincidamos en algún proyecto.

Edurne Goikoetxea
Responsable de Programación · Centro Cultural Artazu
Bilbao
""", "es", "mar, 28 jul 2026, 17:20", "Nerea Castillo-Whitmore", "nerea.cw@example.es",
            """Hola Edurne:

Quería daros las gracias a ti, a Iker y a Marta por la entrevista de esta
mañana. Me quedo con muchas ganas de formar parte del equipo y de poner en
marcha los recorridos teatralizados de los que hablamos. Si necesitáis algo
más de mi parte (referencias, una muestra de guion), decídmelo.

Un saludo,
Nerea"""),
        tid="artazu_rej", parent="artazu_cancel"),

    msg(K, "olaberri_convocatoria_anulada", "es", company="Concejo de Olaberri",
        contact="secretaria@olaberri.example.es",
        frm=("Concejo de Olaberri - Secretaría", "secretaria@olaberri.example.es"),
        subject="Anulación de la convocatoria de Dinamizador/a Cultural",
        date="2026-10-02 12:40", charset="iso-8859-1", cte="quoted-printable",
        text="""Estimada aspirante:

Por la presente le notificamos que, mediante resolución de Alcaldía de 30 de
septiembre de 2026, ha quedado sin efecto la convocatoria para la contratación
temporal de un/a Dinamizador/a Cultural a la que usted se había presentado.

La plaza no se cubrirá: la partida presupuestaria ha sido destinada a otros
fines. En consecuencia, no se realizarán las entrevistas previstas y el
procedimiento se da por concluido para todas las personas aspirantes.

Puede consultar la resolución completa en el tablón electrónico del Concejo.

Patxi Lizarraga
Secretario del Concejo de Olaberri
Plaza del Concejo s/n, Olaberri (Navarra)
"""),

    msg(K, "lever_harria_internal", "es", company="Museo Arabako Harria",
        contact="unai.saez@arabakoharria.example.es",
        frm=("Unai Sáez de Ugarte", "no-reply@hire.lever.co"),
        name_enc=("utf-8", "B"),
        reply_to=("Unai Sáez de Ugarte", "unai.saez@arabakoharria.example.es"),
        subject="Museo Arabako Harria: puesto de Guía-Educador/a",
        date="2026-06-30 15:55",
        text="""Hola Nerea,

Quería contarte en qué ha quedado el puesto de Guía-Educador/a. Durante el
proceso se ha presentado una compañera del área de colecciones que ya
trabajaba en el museo y finalmente la plaza se ha cubierto con ella, como
movimiento interno.

Eso cierra la vacante, así que no habrá más entrevistas ni una decisión
pendiente sobre tu candidatura. Lamento que llegue después de haberte movido la
fecha de la entrevista.

Gracias por tu paciencia,
Unai Sáez de Ugarte
Técnico de Talento · Museo Arabako Harria (Vitoria-Gasteiz)
""",
        html=simple_html(paras("""Hola Nerea,

Quería contarte en qué ha quedado el puesto de Guía-Educador/a. Durante el proceso se ha presentado una compañera del área de colecciones que ya trabajaba en el museo y finalmente la plaza se ha cubierto con ella, como movimiento interno.

Eso cierra la vacante, así que no habrá más entrevistas ni una decisión pendiente sobre tu candidatura. Lamento que llegue después de haberte movido la fecha de la entrevista.

Gracias por tu paciencia,
Unai Sáez de Ugarte
Técnico de Talento · Museo Arabako Harria (Vitoria-Gasteiz)""") + '\n<p style="color:#aaa;font-size:11px">Sent via Lever</p>', "es"),
        tid="harria_rej", parent="harria_move"),

    msg(K, "itsaslur_seco", "es", company="Fundación Itsaslur",
        contact="koldo.azpiroz@itsaslur.example.es",
        frm=("Koldo Azpiroz", "koldo.azpiroz@itsaslur.example.es"),
        subject="RE: Candidatura Coordinadora de Visitas Escolares",
        date="2026-03-11 08:51", charset="windows-1252",
        text=outlook_reply("""Nerea, gracias. No continuamos contigo en este proceso.
Saludos.

Koldo""", "es", "Nerea Castillo-Whitmore <nerea.cw@example.es>",
            "miércoles, 11 de febrero de 2026 18:02", "Koldo Azpiroz <koldo.azpiroz@itsaslur.example.es>",
            "Candidatura Coordinadora de Visitas Escolares",
            """Buenas tardes, Koldo:

Adjunto mi CV para la plaza de Coordinadora de Visitas Escolares. Llevo ocho
años como guía oficial en Donostia y me encantaría dar el salto a la
educación museística. Quedo a vuestra disposición para una entrevista cuando
os venga bien.

Un saludo,
Nerea Castillo-Whitmore"""),
        html=outlook_html("""Nerea, gracias. No continuamos contigo en este proceso.
Saludos.

Koldo""", "es") , html_charset="windows-1252",
        tid="itsaslur_rej", parent="itsaslur_ack"),

    msg(K, "ikusi_cliente_no", "es", company="Ikusi Talento",
        contact="nahia.etxabe@ikusitalento.example.es",
        frm=("Nahia Etxabe", "nahia.etxabe@ikusitalento.example.es"),
        subject="Feedback del cliente – posición de educadora en museo",
        date="2026-06-10 17:26",
        text="""Hola Nerea,

Ya tengo respuesta de nuestro cliente (el museo de Gipuzkoa del que te hablé,
que por confidencialidad todavía no puedo nombrar). Han revisado las tres
candidaturas finalistas que les presentamos y prefieren no avanzar con la tuya:
buscan a alguien con euskera C1 acreditado y experiencia previa en gestión de
reservas de grupos.

Siento no traerte mejores noticias. Sigo moviendo tu perfil para otros
encargos; en cuanto tenga algo que encaje te llamo.

Nahia Etxabe
Consultora · Ikusi Talento ETT
Paseo de Colón 22, 20002 Donostia · 943 00 48 90
""", cte="base64"),

    msg(K, "errota_thankyou_quoted", "es", company="Ecomuseo Errota",
        contact="mikel.zabaleta@errota.example.eus",
        frm=("Mikel Zabaleta", "mikel.zabaleta@errota.example.eus"),
        subject="RE: Gracias por la jornada de prueba",
        date="2026-04-27 09:34", charset="windows-1252", cte="quoted-printable",
        text=outlook_reply("""Buenos días, Nerea:

Disculpa la tardanza. Te agradezco tus palabras sobre la jornada: a los
chavales del grupo les encantó la parte del molino.

Después de valorar las tres jornadas de prueba, el patronato ha optado por
otra candidatura, sobre todo por disponibilidad de fines de semana durante
todo el año. No podemos ofrecerte el puesto esta vez, aunque nos gustaría
tenerte en cuenta para las visitas especiales de verano.

Un saludo cordial,

Mikel Zabaleta Aranburu
Director
Ecomuseo Errota · Errota bidea 4 · 20120 Hernani
Tel. 943 00 31 08 · www.errota.example.eus

La información contenida en este mensaje es confidencial. Si usted no es el
destinatario, le rogamos que lo comunique al remitente y lo elimine.""", "es",
            "Nerea Castillo-Whitmore <nerea.cw@example.es>", "jueves, 9 de abril de 2026 19:15",
            "Mikel Zabaleta <mikel.zabaleta@errota.example.eus>", "Gracias por la jornada de prueba",
            """Hola Mikel:

Muchas gracias por la jornada de prueba de hoy. Disfruté muchísimo guiando al
grupo de 4º de primaria por el molino y aprendí mucho de cómo trabajáis la
parte sensorial. Si queréis comentar algo de la propuesta de taller que os
dejé, estaré encantada de hablarlo en una segunda entrevista.

Un abrazo,
Nerea"""),
        tid="errota_rej", parent="errota_inv"),

    msg(K, "workday_ibaialde_formal", "es", company="Universidad Ibaialde",
        frm=("Universidad Ibaialde", "ibaialde@myworkday.com"),
        subject="Actualización de su solicitud - Gestor/a de Programas de Cultura Científica",
        date="2026-04-02 06:10", tz="utc",
        html=ats_card("Universidad Ibaialde · Careers", """Estimada Nerea:

Gracias por su interés en el puesto Gestor/a de Programas de Cultura Científica (JR-00891).

Tras revisar detenidamente su solicitud, hemos decidido no avanzar con su candidatura para este puesto. Le animamos a consultar periódicamente nuestro portal, ya que publicamos nuevas oportunidades con frecuencia.

Le deseamos lo mejor en su carrera profesional.

Atentamente,
Equipo de Adquisición de Talento
Universidad Ibaialde""", lang="es", button=("Ir a Candidate Home", "https://ibaialde.wd3.myworkday.example.com/candidate"),
            footer="Este es un correo automático. No responda a este mensaje.", color="#005b96"),
        html_cte="base64", tid="ibaialde_rej"),

    msg(K, "bidasoa_chain", "es", company="Fundación Bidasoa Ibilbideak",
        contact="amaia.iturralde@bidasoaibilbideak.example.es",
        frm=("Amaia Iturralde", "amaia.iturralde@bidasoaibilbideak.example.es"),
        subject="Re: Entrevista martes 28 – Educadora de rutas",
        date="2026-08-06 10:05",
        text=reply("""Hola Nerea,

Vuelvo a este hilo para cerrarlo como corresponde. Entiendo que lo del martes
fue un malentendido con la hora, pero esta semana hemos tenido que cerrar la
selección y la persona elegida empieza el lunes. No podemos ofrecerte el
puesto de educadora de rutas.

Gracias por tu interés en la fundación y suerte con lo que venga.

Amaia
""", "es", "lun, 20 jul 2026, 12:31", "Amaia Iturralde", "amaia.iturralde@bidasoaibilbideak.example.es",
            """Hola Nerea:

Nos gustaría conocerte. Te proponemos una entrevista el martes 28 de julio a
las 10:00 en nuestra sede de Irun (Calle Mayor 9, 2º). Durará unos 45 minutos
y te pediremos que nos cuentes cómo plantearías una ruta para familias por
la bahía de Txingudi.

¿Te encaja? Confírmame cuando puedas.

Amaia Iturralde
Fundación Bidasoa Ibilbideak"""),
        tid="bidasoa_rej", parent="bidasoa_missed"),

    msg(K, "urola_espontanea", "es", company="Consorcio Museos del Urola",
        contact="begona.elorza@museosurola.example.es",
        frm=("Begoña Elorza", "begona.elorza@museosurola.example.es"),
        name_enc=("iso-8859-1", "B"),
        subject="Sobre tu candidatura espontánea",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-01-22 13:14", charset="iso-8859-1",
        text="""Hola Nerea:

He leído con interés tu carta y el CV que nos enviaste a la atención de la
dirección. Ahora mismo el consorcio no tiene ninguna vacante en el área
educativa y no prevemos abrir plazas este año, de modo que no podemos
atender tu candidatura.

Si te parece bien, guardaremos tu currículum durante un año; si antes surge
algo, serás de las primeras personas a las que llamemos.

Gracias por pensar en nosotros.

Begoña Elorza
Gerente · Consorcio Museos del Urola
Azpeitia
""", cte="base64"),

    # ------------------------------------------------------------------ en
    msg(K, "leith_after_final_thanks", "en", company="Leith Harbour Heritage Trust",
        contact="morag.fleming@leithheritage.example.co.uk",
        frm=("Morag Fleming", "morag.fleming@leithheritage.example.co.uk"),
        subject="Re: Thank you - Learning Officer interview",
        date="2026-04-14 16:02",
        text=reply("""Dear Nerea,

Thank you for such a generous note, and again for being so gracious about the
mix-up with the first call.

The panel met yesterday to make a final decision. It was a close one, but we
have offered the Learning Officer role to a candidate who has run our schools
programme on a freelance basis for several years, and she has accepted. I'm
sorry this isn't better news for you.

Your session plan for the Shore walk was genuinely one of the best we saw; I'd
be glad to give you some detailed feedback by phone if that would be useful.

Warm wishes,
Morag

Morag Fleming | Learning Manager
Leith Harbour Heritage Trust
21 Commercial Quay, Edinburgh EH6 6LX | 0131 000 4471
""", "en", "Thu, 2 Apr 2026 at 18:47", "Nerea Castillo-Whitmore", "nerea.cw@example.es",
            """Dear Morag,

Thank you and Duncan for this afternoon's interview. I really enjoyed
talking through the Shore walk and hearing about the oral history project -
it confirmed how much I would love to join the team. Please let me know if
you need anything else from me.

Best regards,
Nerea"""),
        tid="leith_rej", parent="leith_inv2"),

    msg(K, "workable_calton", "en", company="Calton Light Museum",
        frm=("Calton Light Museum", "noreply@candidates.workablemail.com"),
        subject="Your application to Calton Light Museum",
        date="2026-02-10 11:27", tz="utc",
        text="""Hi Nerea,

Thanks for applying for the Visitor Learning Assistant position at Calton Light Museum
and for the time you put into your application.

We've now reviewed all applications and have decided to move forward with candidates
whose experience more closely matches the needs of the role at this time.

We'll keep your details on file and may reach out if something suitable comes up.

Kind regards,
The Calton Light Museum hiring team
""",
        html=ats_card("Calton Light Museum", """Hi Nerea,

Thanks for applying for the Visitor Learning Assistant position at Calton Light Museum and for the time you put into your application.

We've now reviewed all applications and have decided to move forward with candidates whose experience more closely matches the needs of the role at this time.

We'll keep your details on file and may reach out if something suitable comes up.

Kind regards,
The Calton Light Museum hiring team""", lang="en", footer="Powered by Workable", color="#0a7c6f"),
        tid="calton_rej", parent="calton_ack"),

    msg(K, "dean_village_reply_thanks", "en", company="Dean Village Textile Museum",
        contact="priya.nair@deanvillagetextiles.example.co.uk",
        frm=("Priya Nair", "priya.nair@deanvillagetextiles.example.co.uk"),
        subject="Re: Thank you for today",
        date="2026-05-07 09:41",
        text=reply("""Hi Nerea,

Apologies for the slow reply - it's been a hectic fortnight with the new
exhibition install.

I wanted to let you know personally that we won't be taking your application
further for the Family Learning Coordinator post. We were impressed by your
storytelling, but we need someone who can start leading our textile workshops
straight away, and the other shortlisted candidate has a background in
costume and making.

Thanks again for your lovely email. Do keep an eye on our freelance call-outs.

Priya

Priya Nair
Head of Learning and Engagement
Dean Village Textile Museum, Edinburgh
""", "en", "Mon, 27 Apr 2026 at 20:05", "Nerea Castillo-Whitmore", "nerea.cw@example.es",
            """Hi Priya,

Many thanks for the interview today, and for showing me the weaving studio
afterwards. I left feeling even more excited about the Family Learning
Coordinator role and about the idea of storytelling sessions built around
the collection. I'm happy to send over any further examples of my work.

All the best,
Nerea"""),
        tid="dean_rej", parent="dean_thanks"),

    msg(K, "workday_holyrood", "en", company="Holyrood Institute for Heritage Education",
        frm=("Holyrood Institute Careers", "holyroodinstitute@myworkday.com"),
        subject="Update on your application for Outreach Officer (R-2026-311)",
        date="2026-06-26 14:00", tz="utc",
        html=ats_card("Holyrood Institute for Heritage Education", """Dear Nerea,

Thank you for your application for the position of Outreach Officer (R-2026-311).

We regret to inform you that we will not be moving forward with your application. This decision reflects the very high number of strong applications we received rather than any shortcoming on your part.

We encourage you to create a job alert so that you hear about future vacancies.

Yours sincerely,
Talent Acquisition
Holyrood Institute for Heritage Education""", lang="en", button=("View my applications", "https://holyrood.wd3.myworkday.example.com/candidate"),
            footer="Please do not reply to this automated message.", color="#4a1c5c"),
        tid="holyrood_rej", parent="holyrood_ack"),

    msg(K, "harcourt_queensferry", "en", company="Queensferry Bridges Visitor Centre",
        contact="ewan@harcourttalent.example.co.uk",
        frm=("Ewan Harcourt", "ewan@harcourttalent.example.co.uk"),
        subject="Queensferry Bridges - their decision",
        date="2026-03-27 17:50",
        text="""Hi Nerea,

Quick one, as promised. I've just come off the phone with the Queensferry
Bridges Visitor Centre. They've decided not to progress your application for
the Education and Events Officer role - they want someone who has worked on
STEM programmes with secondary schools, which is fair enough given the brief.

They did mention that your languages stood out, so I'll be pushing you for
their summer tourism roles if those come through.

Speak soon,
Ewan

Ewan Harcourt
Director, Harcourt Talent Partners
4 Rutland Square, Edinburgh EH1 2AS | 07700 900412
"""),

    msg(K, "portobello_terse", "en", company="Portobello Beach Heritage Project",
        contact="tom.baird@portobelloheritage.example.org",
        frm=("Tom Baird", "tom.baird@portobelloheritage.example.org"),
        subject="Re: Community Heritage Educator",
        date="2026-08-28 22:13",
        text=reply("""Hi Nerea - we've gone another way on this one. Thanks for applying
and good luck.

Tom""", "en", "Fri, 14 Aug 2026 at 10:02", "Nerea Castillo-Whitmore", "nerea.cw@example.es",
            """Dear Tom,

Please find attached my application for the Community Heritage Educator role.
I would be delighted to discuss it at interview.

Kind regards,
Nerea Castillo-Whitmore"""),
        ),

    msg(K, "lothian_on_hold", "en", company="Lothian Discovery Centre",
        contact="sj.muir@lothiandiscovery.example.org.uk",
        frm=("Sarah-Jane Muir", "sj.muir@lothiandiscovery.example.org.uk"),
        subject="Schools Programme Officer - recruitment paused",
        date="2026-02-18 10:10", cte="quoted-printable",
        text="""Dear Nerea,

I'm writing to everyone who applied for the Schools Programme Officer vacancy.

Following a review of our funding for the next financial year, the trustees
have asked us to pause this recruitment. The role has been put on hold and we
will not proceed with any of the current applications, including yours. If the
post is re-advertised in future, it will be as a new vacancy and you would be
very welcome to apply again.

I appreciate the effort that went into your application and I'm sorry we
couldn't take it further.

With best wishes,

Sarah-Jane Muir
Operations Manager
Lothian Discovery Centre | Registered Scottish charity SC000000

This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received it in error, please notify the sender and
delete it. Views expressed are those of the individual sender.
""", tid="lothian_rej", parent="lothian_missed"),

    msg(K, "kiez_casual_en", "en", company="Kiez Immersive Museum",
        contact="lena.okafor@kiezmuseum.example.de",
        frm=("Lena Okafor", "lena.okafor@kiezmuseum.example.de"),
        subject="Re: Friday chat",
        date="2026-09-30 18:30", tz="cet",
        text=reply("""hey Nerea,

so, honest update: we've been going back and forth all week, and in the end
the team picked someone who's already based in Berlin and speaks German
fluently for the visitor-facing side. Not going to be you this time, which
genuinely bums me out because Friday was a really fun conversation.

If you're ever in town, drinks on me. And shout if you want a reference from
our side for anything.

Lena
""", "en", "Fri, 11 Sep 2026 at 16:58", "Nerea Castillo-Whitmore", "nerea.cw@example.es",
            """Hi Lena, thanks for today's video call - loved hearing about the
sound rooms. Looking forward to hearing from you!
Nerea"""),
        tid="kiez_rej", parent="kiez_move"),

    # ------------------------------------------------------------------ fr
    msg(K, "atalaye_pourvu_interne", "fr", company="Musée Atalaye",
        contact="m.etcheverry@musee-atalaye.example.fr",
        frm=("Maïté Etcheverry", "m.etcheverry@musee-atalaye.example.fr"),
        name_enc=("iso-8859-1", "Q"),
        subject="Votre candidature au poste de chargée des publics",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-05-19 15:22", charset="iso-8859-1",
        text="""Bonjour Madame Castillo-Whitmore,

Je reviens vers vous après notre échange téléphonique du 5 mai.

Entre-temps, une collègue de l'accueil a postulé en interne et la direction a
décidé de lui confier le poste de chargée des publics. Le recrutement externe
est donc clos et nous ne donnerons pas suite à votre candidature.

Je tenais à vous remercier pour la qualité de notre conversation et pour
l'intérêt que vous portez au Musée Atalaye.

Bien cordialement,

Maïté Etcheverry
Responsable du service des publics
Musée Atalaye - Esplanade du Rocher, 64200 Biarritz
05 59 00 12 34
""", cte="quoted-printable", tid="atalaye_rej", parent="atalaye_move"),

    msg(K, "recruitee_chartrons", "fr", company="Musée des Chartrons",
        frm=("Musée des Chartrons", "musee-des-chartrons@jobs.recruitee.com"),
        name_enc=("utf-8", "B"),
        subject="Suite donnée à votre candidature",
        date="2026-07-09 09:00", tz="utc", html_charset="iso-8859-1",
        html=ats_card("Musée des Chartrons · Recrutement", """Bonjour Nerea,

Nous vous remercions pour votre candidature au poste de Médiatrice / Médiateur culturel·le.

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne retiendrons pas votre candidature pour la suite du processus.

Nous vous souhaitons une excellente continuation dans vos recherches.

L'équipe Ressources humaines
Musée des Chartrons, Bordeaux""", lang="fr", footer="Envoyé via Recruitee", color="#2d3e50").replace(
            '<meta charset="utf-8">', '<meta charset="iso-8859-1">'),
        html_cte="quoted-printable", tid="chartrons_rej", parent="chartrons_ack"),

    msg(K, "lavergne_client_anonyme", "fr", company="Lavergne Conseil",
        contact="helene.lavergne@lavergne-conseil.example.fr",
        frm=("Hélène Lavergne", "helene.lavergne@lavergne-conseil.example.fr"),
        subject="Mission « responsable éducatif » : retour de notre client",
        date="2026-10-06 11:48",
        text="""Chère Nerea,

Comme convenu, je reviens vers vous après la présentation de votre profil à
notre client, un établissement culturel bordelais que je ne peux toujours pas
nommer à ce stade.

Malgré un retour très positif sur votre parcours de guide, le client a
souhaité privilégier des profils ayant déjà encadré une équipe de médiateurs.
Votre candidature n'est donc pas retenue pour cette mission.

Je reste convaincue que votre double culture franco-espagnole est un atout
rare ; je ne manquerai pas de vous solliciter pour d'autres recrutements.

Très cordialement,

Hélène Lavergne
Associée - Lavergne Conseil
Cabinet de recrutement culture & patrimoine
12 cours de Verdun, 33000 Bordeaux - 05 56 00 78 90
""", cte="base64"),

    # ------------------------------------------------------------------ de
    msg(K, "stadtklang_on_hold", "de", company="Museum für Stadtklang",
        contact="j.albrecht@stadtklang-museum.example.de",
        frm=("Jonas Albrecht", "j.albrecht@stadtklang-museum.example.de"),
        subject="Ihre Bewerbung als Referent*in für Bildung und Vermittlung",
        date="2026-05-06 14:37",
        text="""Liebe Frau Castillo-Whitmore,

leider muss ich Ihnen mitteilen, dass wir das Auswahlverfahren für die Stelle
als Referent*in für Bildung und Vermittlung nicht fortsetzen werden. Der
Senat hat unsere Haushaltsmittel für das zweite Halbjahr gekürzt, und die
Stelle wird bis auf Weiteres nicht besetzt.

Das betrifft alle Bewerberinnen und Bewerber gleichermaßen; einen neuen
Gesprächstermin wird es daher nicht mehr geben. Es tut mir sehr leid, zumal
wir unser Gespräch krankheitsbedingt verschieben mussten.

Mit freundlichen Grüßen

Jonas Albrecht
Leitung Bildung & Vermittlung
Museum für Stadtklang
Köpenicker Straße 70, 10179 Berlin
Tel. +49 30 0000 4412
""", cte="quoted-printable", tid="stadtklang_rej", parent="stadtklang_cancel"),

    msg(K, "softgarden_spreebogen", "de", company="Stiftung Spreebogen Kultur",
        frm=("Stiftung Spreebogen Kultur", "noreply@softgarden.io"),
        subject="Ihre Bewerbung: Museumspädagog*in (m/w/d)",
        subj_enc=("utf-8", "B"),
        date="2026-03-16 08:05", tz="utc",
        text="""Sehr geehrte Frau Castillo-Whitmore,

vielen Dank für Ihre Bewerbung als Museumspädagog*in (m/w/d) und das damit
verbundene Interesse an unserer Stiftung.

Nach sorgfältiger Prüfung aller eingegangenen Unterlagen müssen wir Ihnen
leider mitteilen, dass wir Ihre Bewerbung im weiteren Verfahren nicht
berücksichtigen können.

Ihre Unterlagen werden gemäß den Datenschutzbestimmungen sechs Monate nach
Abschluss des Verfahrens gelöscht.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Stiftung Spreebogen Kultur

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""", cte="base64", tid="spreebogen_rej", parent="spreebogen_ack"),

    msg(K, "spreeufer_hochschule_brief", "de", company="Spreeufer Hochschule für Kulturvermittlung",
        contact="personal@spreeufer-hochschule.example.de",
        frm=("Personalabteilung Spreeufer Hochschule", "personal@spreeufer-hochschule.example.de"),
        subject="Ausschreibung Nr. 26/044 – Wissenschaftliche Mitarbeiterin Museumsbildung",
        subj_enc=("windows-1252", "B"),
        date="2026-10-12 10:20", charset="windows-1252", cte="quoted-printable",
        text="""Sehr geehrte Frau Castillo-Whitmore,

wir bedanken uns für Ihre Bewerbung auf die oben genannte Ausschreibung.

Die Auswahlkommission hat ihre Beratungen abgeschlossen. Wir bedauern, Ihnen
mitteilen zu müssen, dass die Wahl auf eine andere Bewerberin gefallen ist.
Ausschlaggebend war insbesondere die geforderte Promotion im Bereich der
Museologie, die bei Ihnen nicht vorliegt.

Ihre Bewerbungsunterlagen senden wir Ihnen auf Wunsch gern zurück; andernfalls
werden sie nach Ablauf der Frist gemäß AGG vernichtet.

Mit freundlichen Grüßen
Im Auftrag

Dagmar Reinholz
Personalabteilung – Sachgebiet Berufungen und Einstellungen
Spreeufer Hochschule für Kulturvermittlung
Uferstraße 8, 13357 Berlin

Diese Nachricht kann vertrauliche Informationen enthalten. Sollten Sie nicht der
vorgesehene Empfänger sein, informieren Sie bitte den Absender und löschen Sie
diese E-Mail. Das unerlaubte Kopieren sowie die Weitergabe sind nicht gestattet.
"""),
]
