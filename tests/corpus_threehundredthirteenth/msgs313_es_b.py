"""Spanish job mail, part B: consultoras and ETTs (Talento Levante, Norte Selección, Tempoactiva,
Laboris), Climatiza Centro, Grupo Castellana Patrimonio (SmartRecruiters), EcoAudit Valencia
(Workable), Solar Marina Baixa (BambooHR), Hospitales Turia, Gestión Energética Mar Menor.
Hand-written for corpus 313."""

from __future__ import annotations

from msgs313_common import button, mail, paras, shell, simple_html

TL_CARMEN = ("Carmen Alcaraz Vidal", "c.alcaraz@talentolevante.example.es")
TL_SIG = """\
Carmen Alcaraz Vidal
Consultora Senior · Área Industria e Ingeniería
TALENTO LEVANTE CONSULTORES
Explanada de España 11, 3.º · 03002 Alicante · +34 965 20 88 14

Este correo electrónico y, en su caso, cualquier fichero anexo al mismo, contiene información
de carácter confidencial exclusivamente dirigida a su destinatario. Queda prohibida su
divulgación, copia o distribución a terceros sin la previa autorización escrita de Talento
Levante Consultores."""

_tl_invite = """\
Hola Rodrigo, ¿qué tal?

Tal y como hablamos por teléfono, te confirmo la entrevista con Hoteles Costablanca para la
posición de Responsable de Mantenimiento y Eficiencia Energética de su hotel de Playa de San
Juan (tres hoteles a su cargo en total).

Entrevistará Jaume Pastor, director de Operaciones del grupo:
  · Martes 10 de febrero, 16:30 h
  · Hotel Costablanca San Juan, Avda. de Niza 44 (preguntar en recepción por el Sr. Pastor)

Les interesa mucho tu experiencia con enfriadoras y con el sistema de ACS. Si quieres, el
lunes te llamo diez minutos para prepararla juntos.

Un saludo,

""" + TL_SIG

_tl_move = """\
Rodrigo, buenas tardes:

Me acaba de llamar Jaume Pastor: tiene una inspección de Sanidad en uno de los hoteles y me
pide pasar vuestra entrevista del martes 10 al jueves 12 de febrero, a la misma hora (16:30 h)
y en el mismo sitio. ¿Te encaja? Si no, dime y le propongo otra franja.

Gracias y perdona el lío.

""" + TL_SIG

_tl_reject = """\
Hola Rodrigo:

Ya tengo respuesta de Hoteles Costablanca y, lamentablemente, no es la que esperábamos.
Jaume quedó muy contento con la entrevista, pero finalmente se han decantado por un perfil con
más experiencia previa en el sector hotelero. Te reenvío su correo tal cual me lo ha mandado.

Sé que es una pena porque la entrevista fue bien. Sigo contando contigo para otros procesos
de mantenimiento y energía que tenemos abiertos; te llamaré en cuanto tenga algo que encaje.

Un abrazo,

""" + TL_SIG

_tl_inner = """\
Hola Carmen,

Gracias por la presentación de los candidatos. Rodrigo nos pareció una persona muy seria y con
buena base técnica, pero para esta posición vamos a seguir con Elena Guirao, que ya ha llevado
el mantenimiento de dos hoteles en Benidorm.

Te agradezco que se lo comuniques de nuestra parte.

Un saludo,
Jaume Pastor
Director de Operaciones - Hoteles Costablanca"""

_tl_unnamed = """\
Estimado Rodrigo:

Te escribo en relación con el proceso de Técnico/a de Eficiencia Energética que gestionamos
para una importante empresa de servicios energéticos con sede en Valencia.

Hemos presentado al cliente una terna de candidatos y, tras su revisión, nos ha comunicado que
prefiere avanzar con perfiles que ya cuentan con la certificación CEM o CMVP, por lo que tu
candidatura no continuará en este proceso.

Te agradecemos sinceramente tu disponibilidad y mantenemos tu CV activo en nuestra base de
datos para futuras oportunidades.

Un saludo cordial,

""" + TL_SIG

TA = "Tempoactiva"
TA_SYS = ("Tempoactiva ETT - Delegación Murcia", "murcia@tempoactiva.example.es")
TA_NURIA = ("Nuria Hernández", "nuria.hernandez@tempoactiva.example.es")

_ta_ack = """\
Hola Rodrigo,

Hemos recibido tu currículum en la delegación de Murcia de Tempoactiva. Ya formas parte de
nuestra bolsa de candidatos para puestos de mantenimiento, climatización y electricidad.

Cuando tengamos una oferta que encaje con tu perfil, una de nuestras técnicas te llamará.
Recibimos muchos currículums cada día, así que no siempre podemos responder a todo el mundo
de forma personal, pero tu CV está dado de alta.

Equipo Tempoactiva Murcia
Gran Vía Escultor Salzillo 6, bajo · 30004 Murcia"""

_ta_invite = """\
Hola Rodrigo:

Te escribo de Tempoactiva. Tenemos una vacante de técnico de mantenimiento frigorista para un
cliente nuestro, una empresa de logística alimentaria en el polígono de Lorquí (contrato de
puesta a disposición de 3 meses, con posibilidad de pasar a plantilla).

Te citamos a una entrevista en nuestra oficina:
  Viernes 23 de enero a las 12:00
  Gran Vía Escultor Salzillo 6, bajo (Murcia)

Trae DNI, carnet de conducir y los certificados de gases fluorados y de RITE.

Un saludo,
Nuria Hernández
Técnica de Selección - Tempoactiva ETT"""

_ta_missed = """\
Hola Rodrigo,

Hoy te esperábamos a las 12:00 en la oficina para la entrevista del puesto de frigorista y no
has venido. Te he llamado al móvil a las 12:20 y a las 13:00 sin respuesta.

Como el cliente necesita cubrir la vacante la semana que viene, si todavía te interesa
llámame hoy o el lunes a primera hora al 968 21 45 60.

Nuria Hernández
Técnica de Selección - Tempoactiva ETT"""

_ta_reject = """\
Hola Rodrigo,

Ya hemos tenido respuesta del cliente sobre el puesto de frigorista en Lorquí. Al final han
elegido a otro candidato que ya había trabajado con ellos en campañas anteriores, así que esta
vez no ha podido ser.

Seguimos teniendo tu CV en la bolsa y te avisaremos en cuanto salga algo de mantenimiento o
climatización.

Un saludo,
Nuria Hernández
Técnica de Selección - Tempoactiva ETT"""

CLI = "Climatiza Centro"
CLI_RAUL = ("Raúl Garcés Ortega", "raul.garces@climatizacentro.example.es")
CLI_SIG = """\
Raúl Garcés Ortega
Jefe de Servicio Técnico
CLIMATIZA CENTRO
C/ de Alcalá 512, nave 4 · 28027 Madrid
Tel. 91 742 18 80 · www.climatizacentro.example.es"""

_cli_invite = """\
Buenos días Rodrigo,

Gracias por tu candidatura para el puesto de Técnico de Mantenimiento y Auditoría de
Instalaciones (Madrid). Nos gustaría hacerte una primera entrevista por videollamada:

Fecha: miércoles 4 de marzo
Hora: 18:00 (hora peninsular)
Enlace Google Meet: https://meet.example.es/xkq-rbvz-tpa

Será una charla de unos 30 minutos con Sonia Prieto (RR. HH.) y conmigo. Confírmame, por favor.

Un saludo,

""" + CLI_SIG

_cli_move = """\
Hola Rodrigo,

Disculpa, tenemos que cambiar la videollamada de mañana. Sonia está de baja esta semana y
prefiero que estemos los dos. ¿Podríamos hacerla el lunes 9 de marzo a las 17:30? El enlace de
Meet sería el mismo.

Si no te va bien dime otro momento de esa semana.

Gracias,

""" + CLI_SIG

_cli_reject = """\
Hola Rodrigo:

Gracias por la entrevista del lunes y por el interés. Te escribo para decirte que hemos
decidido no seguir adelante con tu candidatura. Para este puesto buscamos a alguien que pueda
empezar ya en Madrid y que tenga experiencia con sistemas VRV de gran potencia en oficinas, y
hemos encontrado un perfil que lo cumple.

Te deseo mucha suerte en tu búsqueda.

Un saludo,

""" + CLI_SIG

CAS = "Grupo Castellana Patrimonio"
CAS_ATS = ("Grupo Castellana Patrimonio", "noreply@smartrecruiters.com")
CAS_BEA = ("Beatriz Olmedo from Grupo Castellana Patrimonio", "noreply@smartrecruiters.com")
CAS_BEA_ADDR = "beatriz.olmedo@castellanapatrimonio.example.es"

_cas_ack = """\
Hola Rodrigo,

Gracias por postularte a Técnico/a de Gestión Energética de Inmuebles en Grupo Castellana
Patrimonio (Madrid).

Hemos recibido tu solicitud y la revisaremos con atención. Si tu perfil encaja con los
requisitos del puesto, un miembro de nuestro equipo se pondrá en contacto contigo.

Puedes seguir el estado de tu solicitud en cualquier momento desde tu perfil de candidato.

Saludos cordiales,
Equipo de Talento, Grupo Castellana Patrimonio"""

_cas_invite = """\
Hola Rodrigo:

¡Buenas noticias! Nos gustaría invitarte a una entrevista para el puesto de Técnico/a de
Gestión Energética de Inmuebles.

Formato: videollamada (Microsoft Teams), 45 minutos
Con: Beatriz Olmedo (Talent Acquisition) y Gonzalo Fresneda (Responsable de Facility
Management)

Por favor, elige el día y la hora que mejor te vengan en el siguiente enlace antes del viernes:
https://castellana.smartrecruiters.example/interview/schedule/a81d90

Un saludo,
Beatriz Olmedo
Talent Acquisition - Grupo Castellana Patrimonio"""

_cas_move = """\
Hola Rodrigo:

Te escribimos porque la entrevista que tenías programada el jueves 16 de abril a las 11:00 ha
sido modificada. Nueva fecha y hora: viernes 17 de abril a las 13:00 (hora de Madrid).

El enlace de Microsoft Teams no cambia. Si la nueva hora no te viene bien, puedes proponer
otra desde tu perfil de candidato.

Un saludo,
Beatriz Olmedo
Talent Acquisition - Grupo Castellana Patrimonio"""

_cas_reject = """\
Hola Rodrigo:

Gracias por el tiempo que has dedicado a conocer Grupo Castellana Patrimonio y al puesto de
Técnico/a de Gestión Energética de Inmuebles.

Después de valorar tu candidatura junto con la de otros profesionales, hemos decidido seguir
adelante con candidatos cuya experiencia se ajusta más a las necesidades actuales del puesto.

Te animamos a seguir atento a nuestras ofertas y te deseamos lo mejor en tu búsqueda.

Un saludo,
Equipo de Talento, Grupo Castellana Patrimonio"""

ECO = "EcoAudit Valencia"
ECO_ATS = ("EcoAudit Valencia", "noreply@workablemail.com")

_eco_ack = """\
Hola Rodrigo,

Gracias por aplicar a la posición de Auditor/a Energético/a Junior en EcoAudit Valencia.

Este mensaje confirma que hemos recibido tu candidatura. Nuestro equipo la revisará en las
próximas dos semanas. Debido al volumen de solicitudes no podemos responder de forma
individual a cada una, pero te escribiremos si pasas a la siguiente fase.

Un saludo,
El equipo de EcoAudit Valencia"""

_eco_reject = """\
Hola Rodrigo,

Muchas gracias por tu interés en la posición de Auditor/a Energético/a Junior en EcoAudit
Valencia y por el tiempo dedicado a tu candidatura.

Hemos recibido un número muy elevado de solicitudes y, tras revisarlas, lamentamos
comunicarte que tu perfil no ha sido preseleccionado para la siguiente fase del proceso.

Te deseamos mucho éxito en tu carrera profesional.

Un saludo,
El equipo de EcoAudit Valencia"""

SMB = "Solar Marina Baixa"
SMB_ATS = ("Solar Marina Baixa", "notifications@bamboohr.com")
SMB_IRENE = ("Irene Lloret", "irene.lloret@solarmarinabaixa.example.es")

_smb_ack_html = shell("Solicitud recibida", paras("""\
Hola Rodrigo:

¡Gracias por tu interés en Solar Marina Baixa! Hemos recibido tu solicitud para el puesto de
Técnico/a de Mantenimiento de Plantas Fotovoltaicas (La Nucía).

Revisaremos tu candidatura y, si encaja con lo que buscamos, te contactaremos para los
próximos pasos.

Un saludo,
Equipo de Personas · Solar Marina Baixa"""), brand="Solar Marina Baixa", color="#f2a900",
    footer="Powered by BambooHR")

_smb_cancel = """\
Hola Rodrigo,

Te escribo para avisarte de que tenemos que cancelar la entrevista que teníamos prevista para
el martes 21 de abril a las 10:00 en La Nucía. Estamos reorganizando el área de operación y
mantenimiento y el responsable que iba a entrevistarte ha cambiado de puesto esta semana.

Te escribiré de nuevo en cuanto tengamos clara la nueva estructura y podamos retomar las
entrevistas. Perdona las molestias.

Irene Lloret
People & Culture · Solar Marina Baixa"""

_smb_reject = """\
Hola Rodrigo,

Como te adelanté, estábamos reorganizando el área de operación y mantenimiento. Finalmente la
dirección ha decidido congelar la vacante de Técnico/a de Mantenimiento de Plantas
Fotovoltaicas hasta el año que viene, así que no vamos a seguir adelante con el proceso.

Siento no traerte mejores noticias. Si reabrimos la posición, te avisaré personalmente.

Un saludo,
Irene Lloret
People & Culture · Solar Marina Baixa"""

LAB = ("Sergio Belmonte | Laboris ETT", "sergio.belmonte@laboris.example.es")
FRIO = "Frío Industrial Cartagena"

_lab_invite = """\
Buenos días, Rodrigo.

Desde Laboris ETT, en colaboración con Frío Industrial Cartagena, estamos seleccionando un
Técnico/a de Mantenimiento de Instalaciones Frigoríficas para su planta del polígono Cabezo
Beaza. El cliente hace directamente una entrevista técnica con los candidatos preseleccionados.

Te convocamos:
- Día: miércoles 8 de julio
- Hora: 8:30
- Lugar: Frío Industrial Cartagena, C/ Berlín parcela 14, Polígono Cabezo Beaza (Cartagena)
- Preguntar por: Ginés Navarro, jefe de mantenimiento

Por favor, confirma tu asistencia respondiendo a este correo.

Un saludo,
Sergio Belmonte
Consultor de Selección · Laboris ETT · Oficina Cartagena
Tel. 968 50 77 12"""

_lab_missed = """\
Rodrigo, buenos días:

Me llama Ginés Navarro de Frío Industrial Cartagena para decirme que le has dejado plantado
esta mañana: te esperaba a las 8:30 y no te has presentado ni has avisado. Te he intentado
localizar en el móvil un par de veces.

¿Ha pasado algo? Necesito saberlo hoy para poder dar una explicación al cliente y decidir si
te propongo otra cita o cierro tu candidatura.

Sergio Belmonte
Consultor de Selección · Laboris ETT"""

_tur_reject = """\
Estimado Sr. Albarracín:

Le agradecemos la confianza depositada en Hospitales Turia Salud al presentar su candidatura
para el puesto de Responsable de Energía e Instalaciones del Hospital Turia Campanar.

Le informamos de que la plaza ha sido cubierta mediante promoción interna, conforme a nuestra
política de desarrollo profesional, por lo que el proceso externo queda cerrado.

Atentamente,

Área de Selección y Desarrollo
Hospitales Turia Salud
Av. de Campanar 120 - 46015 València"""

NS_ALVARO = ("Álvaro Recuenco", "arecuenco@norteseleccion.example.es")
RIB = "Residencial Ribera Gestión"
NS_SIG = """\
Álvaro Recuenco
Partner · Norte Selección
Paseo de la Castellana 141, planta 19 · 28046 Madrid
M. +34 680 44 21 09

--
La información contenida en este mensaje es confidencial. Si no es usted el destinatario
indicado, le rogamos que nos lo comunique y elimine el mensaje."""

_ns_invite = """\
Rodrigo, buenas tardes:

Gracias de nuevo por la conversación del viernes. Como te comenté, nuestro cliente es
Residencial Ribera Gestión, gestora de patrimonio residencial en alquiler con unos 2.400
viviendas en Madrid y Alicante, y buscan un Facility & Energy Manager para la zona de
Levante.

Les he presentado tu candidatura y quieren conocerte. La entrevista sería con su directora de
Operaciones, Inés Saldaña:

  · Lunes 24 de agosto, 12:00 h
  · Videollamada (Teams); os mando el enlace en una convocatoria aparte

Confírmame cuando puedas y te paso algo de información sobre la compañía.

Un abrazo,

""" + NS_SIG

_ns_postpone = """\
Rodrigo:

Te aviso de que Inés Saldaña está de vacaciones hasta el 31 y quiere retrasar la entrevista del
lunes 24. Me ha dicho que en cuanto vuelva nos propone fecha para la primera semana de
septiembre. Lo siento, con agosto ya se sabe.

Te mantengo informado.

""" + NS_SIG

_ns_reject = """\
Hola Rodrigo:

Te escribo con la respuesta de Residencial Ribera Gestión tras la entrevista del día 3.
Inés Saldaña valoró muy bien tu conocimiento técnico de instalaciones y tu cercanía con los
equipos de mantenimiento, pero han decidido seguir con otro candidato que viene de una
gestora inmobiliaria y conoce mejor la parte de presupuestos y contratos de servicios.

Sé que es una noticia que no apetece recibir. Mi opinión es que te quedaste muy cerca;
cualquier feedback adicional que me den te lo paso.

Un abrazo,

""" + NS_SIG

GMM = "Gestión Energética Mar Menor"
GMM_LAURA = ("Laura Espín", "laura.espin@gemarmenor.example.es")

_gmm_missed = """\
Hola Rodrigo,

Teníamos la videollamada a las 16:00 y hemos estado conectados en la sala de Teams hasta las
16:25 sin que entraras. También te he enviado un SMS por si había algún problema con el
enlace.

Entiendo que puede haber pasado cualquier cosa. Si quieres, dime si te viene bien el jueves a
la misma hora.

Laura Espín
Responsable de Personas · Gestión Energética Mar Menor
San Javier (Murcia)"""

_gmm_reject = """\
Hola Rodrigo,

Gracias por tu correo y por explicarnos lo que pasó con la conexión. Lamentablemente, como
no pudimos hacer la entrevista en la fecha prevista y el proceso ya estaba muy avanzado,
hemos decidido continuar con los candidatos que ya habían completado la entrevista.

Te deseo mucha suerte y no dudes en presentarte a futuras vacantes.

Laura Espín
Responsable de Personas · Gestión Energética Mar Menor"""

MESSAGES = [
    # ---------------------------------------------------------------- Talento Levante
    mail("tl_invite", "interview_invitation", "es", "2026-02-04 17:12 +0100", TL_CARMEN,
         "Entrevista Hoteles Costablanca - martes 10/02", _tl_invite,
         company="Hoteles Costablanca", contact=TL_CARMEN[1],
         html=simple_html(_tl_invite), slug="talentolevante_entrevista_hoteles"),
    mail("tl_move", "interview_reschedule_or_cancel", "es", "2026-02-06 15:40 +0100", TL_CARMEN,
         "RE: Entrevista Hoteles Costablanca - martes 10/02", _tl_move,
         company="Hoteles Costablanca", contact=TL_CARMEN[1], parent="tl_invite",
         quote="outlook_es", charset="windows-1252", cte="quoted-printable",
         slug="talentolevante_cambio_jueves"),
    mail("tl_reject", "rejection", "es", "2026-02-19 10:03 +0100", TL_CARMEN,
         "Respuesta de Hoteles Costablanca", _tl_reject, company="Hoteles Costablanca",
         contact=TL_CARMEN[1],
         forward={"from": ("Jaume Pastor", "jpastor@hotelescostablanca.example.es"),
                  "to": TL_CARMEN, "subject": "Candidatos Resp. Mantenimiento San Juan",
                  "date": "2026-02-18 19:22 +0100",
                  "message_id": "<b7e1c0a2.4410@hotelescostablanca.example.es>",
                  "body": _tl_inner},
         slug="talentolevante_cliente_descarta"),
    mail("tl_unnamed", "rejection", "es", "2026-09-15 12:20 +0200", TL_CARMEN,
         "Proceso Técnico/a de Eficiencia Energética - Valencia", _tl_unnamed,
         company="Talento Levante", contact=TL_CARMEN[1], charset="iso-8859-1",
         cte="quoted-printable", subj_enc=("iso-8859-1", "q"), name_enc=("iso-8859-1", "q"),
         slug="talentolevante_cliente_confidencial"),
    # ---------------------------------------------------------------- Tempoactiva
    mail("ta_ack", "application_received", "es", "2026-01-13 11:31 +0100", TA_SYS,
         "Tu CV ya está en Tempoactiva", _ta_ack, company=TA, cte="quoted-printable",
         html=shell("Tu CV ya está en Tempoactiva", paras(_ta_ack), brand="Tempoactiva ETT",
                    color="#7b1fa2"),
         slug="tempoactiva_cv_recibido"),
    mail("ta_invite", "interview_invitation", "es", "2026-01-20 13:02 +0100", TA_NURIA,
         "Cita entrevista viernes 23 - técnico frigorista", _ta_invite, company=TA,
         contact=TA_NURIA[1], cte="8bit", slug="tempoactiva_cita"),
    mail("ta_missed", "missed_interview_notice", "es", "2026-01-23 13:09 +0100", TA_NURIA,
         "No te hemos visto hoy - entrevista frigorista", _ta_missed, company=TA,
         contact=TA_NURIA[1], cte="8bit", slug="tempoactiva_no_acudiste"),
    mail("ta_reject", "rejection", "es", "2026-02-02 09:48 +0100", TA_NURIA,
         "Puesto frigorista Lorquí", _ta_reject, company=TA, contact=TA_NURIA[1],
         cte="8bit", slug="tempoactiva_otro_candidato"),
    # ---------------------------------------------------------------- Climatiza Centro
    mail("cli_invite", "interview_invitation", "es", "2026-02-26 09:20 +0100", CLI_RAUL,
         "Videollamada - Técnico de Mantenimiento y Auditoría", _cli_invite, company=CLI,
         contact=CLI_RAUL[1], name_enc=("utf-8", "b"), slug="climatiza_videollamada"),
    mail("cli_move", "interview_reschedule_or_cancel", "es", "2026-03-03 12:55 +0100", CLI_RAUL,
         "Re: Videollamada - Técnico de Mantenimiento y Auditoría", _cli_move, company=CLI,
         contact=CLI_RAUL[1], parent="cli_invite", quote="es", name_enc=("utf-8", "b"),
         slug="climatiza_cambio_lunes"),
    mail("cli_reject", "rejection", "es", "2026-03-12 18:41 +0100", CLI_RAUL,
         "Tu candidatura en Climatiza Centro", _cli_reject, company=CLI, contact=CLI_RAUL[1],
         html=simple_html(_cli_reject), html_cte="base64", name_enc=("utf-8", "b"),
         slug="climatiza_no_seguimos"),
    # ---------------------------------------------------------------- Grupo Castellana
    mail("cas_ack", "application_received", "es", "2026-03-25 15:02 +0000", CAS_ATS,
         "Gracias por tu solicitud a Grupo Castellana Patrimonio", _cas_ack, company=CAS,
         html=shell("Solicitud recibida", paras(_cas_ack), brand="Grupo Castellana Patrimonio",
                    color="#3a3a3a", footer="Powered by SmartRecruiters"),
         slug="castellana_solicitud"),
    mail("cas_invite", "interview_invitation", "es", "2026-04-07 09:45 +0000", CAS_BEA,
         "Invitación a entrevista: Técnico/a de Gestión Energética de Inmuebles", _cas_invite,
         company=CAS, contact=CAS_BEA_ADDR,
         reply_to=("Beatriz Olmedo", CAS_BEA_ADDR),
         html=shell("Invitación a entrevista", paras(_cas_invite) + "\n" + button(
             "Elegir horario", "https://castellana.smartrecruiters.example/interview/schedule/a81d90",
             "#3a3a3a"), brand="Grupo Castellana Patrimonio", color="#3a3a3a",
             footer="Powered by SmartRecruiters"),
         slug="castellana_elige_horario"),
    mail("cas_move", "interview_reschedule_or_cancel", "es", "2026-04-14 16:10 +0000", CAS_BEA,
         "Tu entrevista ha sido modificada", _cas_move, company=CAS, contact=CAS_BEA_ADDR,
         reply_to=("Beatriz Olmedo", CAS_BEA_ADDR), cte="base64", slug="castellana_modificada"),
    mail("cas_reject", "rejection", "es", "2026-05-06 08:00 +0000", CAS_ATS,
         "Tu solicitud en Grupo Castellana Patrimonio", _cas_reject, company=CAS,
         html=shell("Tu solicitud", paras(_cas_reject), brand="Grupo Castellana Patrimonio",
                    color="#3a3a3a", footer="Powered by SmartRecruiters"),
         html_cte="base64", slug="castellana_otros_candidatos"),
    # ---------------------------------------------------------------- EcoAudit Valencia
    mail("eco_ack", "application_received", "es", "2026-01-27 20:15 +0000", ECO_ATS,
         "Gracias por aplicar a EcoAudit Valencia", _eco_ack, company=ECO,
         headers=[("Auto-Submitted", "auto-generated")], slug="ecoaudit_gracias"),
    mail("eco_reject", "rejection", "es", "2026-02-16 07:35 +0000", ECO_ATS,
         "Actualización sobre tu candidatura - Auditor/a Energético/a Junior", _eco_reject,
         company=ECO, cte="base64", slug="ecoaudit_no_preseleccionado"),
    # ---------------------------------------------------------------- Solar Marina Baixa
    mail("smb_ack", "application_received", "es", "2026-03-31 10:27 +0000", SMB_ATS,
         "Solicitud recibida: Técnico/a de Mantenimiento de Plantas Fotovoltaicas", None,
         html=_smb_ack_html, company=SMB, slug="solarmarina_solicitud"),
    mail("smb_cancel", "interview_reschedule_or_cancel", "es", "2026-04-17 13:30 +0200",
         SMB_IRENE, "Cancelación entrevista martes 21/04", _smb_cancel, company=SMB,
         contact=SMB_IRENE[1], slug="solarmarina_entrevista_cancelada"),
    mail("smb_reject", "rejection", "es", "2026-05-11 11:11 +0200", SMB_IRENE,
         "Re: Cancelación entrevista martes 21/04", _smb_reject, company=SMB,
         contact=SMB_IRENE[1], parent="smb_cancel", quote="es",
         slug="solarmarina_vacante_congelada"),
    # ---------------------------------------------------------------- Laboris ETT
    mail("lab_invite", "interview_invitation", "es", "2026-07-01 10:40 +0200", LAB,
         "Convocatoria entrevista - Frío Industrial Cartagena", _lab_invite, company=FRIO,
         contact=LAB[1], charset="iso-8859-1", cte="quoted-printable",
         slug="laboris_entrevista_frio"),
    mail("lab_missed", "missed_interview_notice", "es", "2026-07-08 09:52 +0200", LAB,
         "URGENTE: entrevista Frío Industrial Cartagena", _lab_missed, company=FRIO,
         contact=LAB[1], charset="iso-8859-1", cte="quoted-printable",
         slug="laboris_no_presentado"),
    # ---------------------------------------------------------------- Hospitales Turia
    mail("tur_reject", "rejection", "es", "2026-04-22 12:00 +0200",
         ("Hospitales Turia Salud - Selección", "seleccion@hospitalesturia.example.es"),
         "Candidatura Responsable de Energía e Instalaciones", _tur_reject,
         company="Hospitales Turia Salud", contact="seleccion@hospitalesturia.example.es",
         charset="windows-1252", cte="8bit", slug="turia_promocion_interna"),
    # ---------------------------------------------------------------- Norte Selección
    mail("ns_invite", "interview_invitation", "es", "2026-08-11 18:03 +0200", NS_ALVARO,
         "Residencial Ribera Gestión - entrevista con Inés Saldaña", _ns_invite, company=RIB,
         contact=NS_ALVARO[1], name_enc=("iso-8859-1", "b"), slug="norteseleccion_entrevista"),
    mail("ns_postpone", "interview_reschedule_or_cancel", "es", "2026-08-20 11:16 +0200",
         NS_ALVARO, "Re: Residencial Ribera Gestión - entrevista con Inés Saldaña",
         _ns_postpone, company=RIB, contact=NS_ALVARO[1], parent="ns_invite", quote="es",
         name_enc=("iso-8859-1", "b"), slug="norteseleccion_aplazada"),
    mail("ns_reject", "rejection", "es", "2026-09-10 13:37 +0200", NS_ALVARO,
         "Feedback Residencial Ribera Gestión", _ns_reject, company=RIB, contact=NS_ALVARO[1],
         name_enc=("iso-8859-1", "b"), html=simple_html(_ns_reject),
         slug="norteseleccion_cliente_otro_candidato"),
    # ---------------------------------------------------------------- Mar Menor
    mail("gmm_missed", "missed_interview_notice", "es", "2026-05-26 16:31 +0200", GMM_LAURA,
         "Videollamada de hoy 16:00", _gmm_missed, company=GMM, contact=GMM_LAURA[1],
         slug="marmenor_videollamada_perdida"),
    mail("gmm_reject", "rejection", "es", "2026-05-29 09:05 +0200", GMM_LAURA,
         "Re: Videollamada de hoy 16:00", _gmm_reject, company=GMM, contact=GMM_LAURA[1],
         slug="marmenor_descartado"),
]
