"""Spanish job mail, part A: Termovalia Energía (offer thread), Grupo Hospitalario Sanavida,
Mantenimientos Integrales del Segura (second offer), Ayuntamiento de Torrevalle, Fincas
Mediterráneo, Universidad del Segura and Solsegura. Hand-written for corpus 313."""

from __future__ import annotations

from msgs313_common import button, mail, own, paras, shell, simple_html

TV = "Termovalia Energía"
TV_LUCIA = ("Lucía Ferrándiz", "lucia.ferrandiz@termovalia.example.es")
TV_VICENTE = ("Vicente Llorca Soler", "vicente.llorca@termovalia.example.es")
TV_ATS = ("Termovalia Energía", "no-reply@teamtailor-mail.com")

SIG_LUCIA = """\
--
Lucía Ferrándiz Climent
Talent Acquisition · Termovalia Energía
C/ Colón 48, 4.º · 46004 València
Tel. +34 963 55 20 17 · termovalia.example.es"""

TV_DISCLAIMER = """\
AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario. Si usted lo ha recibido por error, le rogamos que lo comunique al remitente y
proceda a su borrado. De conformidad con el RGPD, sus datos se tratarán con la finalidad de
gestionar el proceso de selección."""

_tv_ack_text = """\
Hola Rodrigo:

¡Gracias por tu interés en Termovalia Energía! Hemos recibido tu candidatura para el puesto
de Técnico/a de Auditoría y Eficiencia Energética (Murcia), ref. TV-2026-041.

Nuestro equipo de Talento revisará tu perfil en los próximos días. Si tu experiencia encaja
con lo que buscamos, nos pondremos en contacto contigo para dar el siguiente paso.

Mientras tanto, puedes consultar el estado de tu candidatura en tu área de candidato:
https://termovalia.teamtailor.example/connect/applications

Un saludo,
El equipo de Talento de Termovalia Energía"""

_tv_invite = """\
Hola Rodrigo,

Gracias por presentarte a la vacante de Técnico/a de Auditoría y Eficiencia Energética. Hemos
revisado tu CV con el equipo técnico y nos gustaría conocerte en una primera entrevista por
videollamada (unos 40 minutos) conmigo y con Vicente Llorca, director técnico de la
delegación de Murcia.

Te propongo el miércoles 24 de junio a las 10:00. Si no te viene bien, elige otro hueco
directamente aquí:
https://termovalia.teamtailor.example/meetings/7f3a21/book

Hablaremos de tu experiencia en mantenimiento de equipos de climatización y de cómo te ves
haciendo auditorías energéticas en edificios terciarios.

¡Un saludo!
Lucía"""

_tv_reschedule = """\
Hola de nuevo, Rodrigo:

Perdona el cambio de última hora. A Vicente le ha surgido una visita de obra en Lorca el
miércoles por la mañana y no podremos hacer la entrevista el 24 a las 10:00.

¿Te vendría bien el viernes 26 de junio a las 9:30? El enlace de Teams sería el mismo. Si
no, dime dos o tres huecos que te encajen esa semana y lo cuadramos.

Gracias por la flexibilidad y disculpa las molestias.

""" + SIG_LUCIA

_tv_second = """\
Buenos días, Rodrigo:

Soy Vicente Llorca, director técnico de Termovalia en Murcia. Lucía me ha pasado tus datos y
quería invitarte personalmente a una segunda entrevista, esta vez presencial, en nuestra
oficina de la Avenida Juan Carlos I, 59 (Edificio Torre Jemeca, planta 3).

Fecha: martes 14 de julio, a las 11:00 h.
Duración aproximada: hora y media.

La primera parte será una pequeña prueba técnica: te daremos las facturas y los datos de
consumo de un colegio y tendrás que proponer tres medidas de ahorro. Después te presentaré al
equipo. No hace falta que traigas nada, salvo el DNI para recepción.

Confírmame por favor si puedes venir.

Un saludo,

Vicente Llorca Soler
Director Técnico - Delegación Murcia
Termovalia Energía
Tel. 968 24 71 30 - Móvil 655 31 08 47"""

_tv_verbal = """\
Hola Rodrigo,

¡Enhorabuena! Como te ha adelantado Vicente esta mañana por teléfono, nos encantaría que te
unieras a Termovalia como Técnico de Auditoría y Eficiencia Energética en la delegación de
Murcia.

Te resumo lo que hablasteis, para que lo tengas por escrito:

- Contrato indefinido, jornada completa (40 h, intensiva en julio y agosto).
- Salario bruto anual: 29.500 € en 14 pagas + variable de hasta 2.000 € por objetivos.
- Vehículo de empresa para las visitas y teléfono.
- Formación pagada para la certificación CMVP durante el primer año.
- Incorporación prevista: 15 de septiembre de 2026.

Esta semana te enviaré la carta de oferta formal para que la revises con calma. Si tienes
cualquier duda, llámame cuando quieras.

Un abrazo y, de nuevo, ¡enhorabuena!

""" + SIG_LUCIA

_tv_letter = """\
Hola Rodrigo:

Tal y como te comenté, te adjunto la carta de oferta con las condiciones de tu incorporación
como Técnico de Auditoría y Eficiencia Energética. Te agradecería que nos la devolvieras
firmada antes del 31 de julio, o que me digas si quieres comentar algún punto.

Quedo a tu disposición.

""" + SIG_LUCIA + "\n\n" + TV_DISCLAIMER

_tv_contract = """\
Estimado Rodrigo:

Bienvenido a Termovalia Energía. Adjuntamos su contrato de trabajo indefinido y el anexo de
condiciones para su firma. Puede firmarlos electrónicamente a través del enlace que recibirá
en un correo aparte de nuestra plataforma de firma o, si lo prefiere, imprimirlos, firmarlos y
entregarlos el primer día.

Para tramitar el alta en la Seguridad Social necesitamos además, antes del 8 de septiembre:
- Copia del DNI y de la tarjeta de la Seguridad Social.
- Número de cuenta (IBAN) para la nómina.
- Modelo 145 de datos al pagador, cumplimentado.

Su primer día será el martes 15 de septiembre a las 8:00 en la oficina de Murcia.

Atentamente,

Marta Giner Bosch
Administración de Personal
Termovalia Energía · C/ Colón 48, 46004 València
Tel. 963 55 20 00 (ext. 214)

""" + TV_DISCLAIMER

SAN = "Grupo Hospitalario Sanavida"
SAN_ATS = ("Grupo Hospitalario Sanavida", "noreply@successfactors.eu")
SAN_PILAR = ("Pilar Mompeán Ruiz", "pilar.mompean@sanavida.example.es")

_san_invite = """\
Estimado Rodrigo:

Nos ponemos en contacto con usted en relación con su candidatura al puesto de Técnico/a de
Mantenimiento de Instalaciones Térmicas y Gestión Energética para el Hospital Sanavida Murcia
(ref. 2026-MNT-118).

Nos gustaría mantener con usted una entrevista personal con el Jefe de Servicio de
Mantenimiento, D. Andrés Cutillas, y conmigo misma:

  Día: jueves, 12 de marzo de 2026
  Hora: 10:00 h
  Lugar: Hospital Sanavida Murcia, edificio de Servicios Generales (entrada por la calle
  Alcalde Gaspar de la Peña). Pregunte en el control de seguridad por el Servicio de
  Mantenimiento.

Le rogamos que confirme su asistencia respondiendo a este correo.

Reciba un cordial saludo,

Pilar Mompeán Ruiz
Técnico de Selección - Dirección de Personas
Grupo Hospitalario Sanavida
T. 968 39 04 22"""

_san_missed = """\
Estimado Rodrigo:

Esta mañana le esperábamos a las 10:00 h en el edificio de Servicios Generales del Hospital
Sanavida Murcia para la entrevista con el Jefe de Servicio de Mantenimiento. Tras esperar unos
veinte minutos le hemos llamado en dos ocasiones al teléfono que figura en su candidatura,
sin obtener respuesta.

Entendemos que puede haber surgido algún imprevisto. Si sigue interesado en el puesto, le
rogamos que nos lo indique respondiendo a este correo antes del martes 17 y veremos si es
posible encontrar una nueva fecha.

Un saludo,

Pilar Mompeán Ruiz
Técnico de Selección - Dirección de Personas
Grupo Hospitalario Sanavida"""

_san_apology = """\
Estimada Pilar:

Le pido mil disculpas por lo de esta mañana. Tenía anotada la entrevista para el jueves 19 en
lugar del 12; ha sido un error mío al pasarla a la agenda y lo siento de verdad, sobre todo
por el tiempo que les he hecho perder a usted y a D. Andrés.

Sigo muy interesado en el puesto. Si existe la posibilidad de una nueva cita, me adapto a
cualquier día y hora que les venga bien.

Un saludo cordial,
Rodrigo Albarracín Peña
Tel. 622 48 17 90"""

_san_reinvite = """\
Buenos días, Rodrigo:

No se preocupe, son cosas que pasan. Hemos hablado con D. Andrés Cutillas y puede atenderle
el miércoles 18 de marzo a las 12:30 h, en el mismo lugar (edificio de Servicios Generales).

Le agradecería que nos confirmase la asistencia en cuanto pueda.

Un saludo,

Pilar Mompeán Ruiz
Técnico de Selección - Dirección de Personas
Grupo Hospitalario Sanavida"""

_san_reject_html = shell("Proceso de selección 2026-MNT-118", paras("""\
Estimado/a Rodrigo Albarracín Peña:

Le agradecemos sinceramente el tiempo dedicado al proceso de selección para el puesto de
Técnico/a de Mantenimiento de Instalaciones Térmicas y Gestión Energética (ref. 2026-MNT-118)
y su participación en las entrevistas.

Tras valorar detenidamente todas las candidaturas finalistas, le comunicamos que en esta
ocasión hemos decidido continuar el proceso con otra persona cuyo perfil se ajusta en mayor
medida a los requisitos del puesto.

Conservaremos sus datos en nuestra base de candidatos durante doce meses por si surgiera una
vacante adecuada a su perfil, salvo que nos indique lo contrario.

Le deseamos mucho éxito en su carrera profesional.

Dirección de Personas
Grupo Hospitalario Sanavida"""), brand="Grupo Hospitalario Sanavida", color="#00796b",
    footer="Este mensaje se ha generado automáticamente. Por favor, no responda a esta "
           "dirección.")

_san_ack_html = shell("Confirmación de candidatura", paras("""\
Estimado/a Rodrigo:

Le confirmamos que hemos recibido correctamente su candidatura para la oferta
2026-MNT-118 - Técnico/a de Mantenimiento de Instalaciones Térmicas y Gestión Energética
(Hospital Sanavida Murcia).

Debido al elevado número de solicitudes que recibimos, no nos es posible responder de manera
individual a cada persona. Si su perfil resulta seleccionado para la siguiente fase, el
equipo de Selección se pondrá en contacto con usted.

Puede consultar el estado de su solicitud en el Portal de Empleo del Grupo.

Atentamente,
Dirección de Personas - Grupo Hospitalario Sanavida""") + "\n" + button(
    "Acceder al Portal de Empleo", "https://careers.sanavida.example.es/portal", "#00796b"),
    brand="Grupo Hospitalario Sanavida", color="#00796b",
    footer="Mensaje automático. No responda a este correo.")

SEG = "Mantenimientos Integrales del Segura"
SEG_JAVI = ("Javier Sánchez Meseguer", "jsanchez@mantenimientossegura.example.es")
SEG_SIG = """\
--
Javier Sánchez Meseguer
Responsable de RR.HH.
Mantenimientos Integrales del Segura, S.L.
Polígono Industrial Oeste, parcela 21/7 · 30169 San Ginés (Murcia)
968 80 12 55 · www.mantenimientossegura.example.es"""

_seg_ack = """\
Buenas tardes Rodrigo,

Te confirmo que nos ha llegado tu currículum para el puesto de Jefe de Equipo de
Mantenimiento (clima y eficiencia) para los contratos de edificios públicos que gestionamos en
la Región. Ahora mismo estamos recogiendo candidaturas hasta final de mes; a primeros de junio
empezaremos con las entrevistas y te diré algo en cualquier caso.

Gracias por pensar en nosotros.

""" + SEG_SIG

_seg_invite = """\
Hola Rodrigo,

Como te comenté, ya estamos con las entrevistas. Me gustaría que vinieras a vernos a la nave
de San Ginés el jueves 11 de junio a las 17:00. Estaremos Fulgencio Ros (gerente) y yo.

Te mando también la convocatoria al calendario. Si tienes algún problema con la hora,
avísame.

Saludos,

""" + SEG_SIG

_seg_offer = """\
Hola Rodrigo:

Después de la entrevista y de la jornada que pasaste con la cuadrilla en el Auditorio, tanto
Fulgencio como yo lo tenemos claro: queremos ofrecerte el puesto de Jefe de Equipo de
Mantenimiento (clima y eficiencia).

Las condiciones serían:
  - Contrato indefinido con seis meses de periodo de prueba.
  - Convenio del metal de la Región de Murcia, categoría de encargado.
  - 27.000 euros brutos anuales más plus de disponibilidad para guardias (una semana al mes).
  - Furgoneta y herramienta de empresa.
  - Incorporación a partir del 1 de septiembre.

Te adjunto la propuesta por escrito. Si te parece bien, dímelo antes del 20 de julio y
preparamos el contrato.

Un saludo,

""" + SEG_SIG

_seg_revised = """\
Hola Rodrigo,

He hablado con Fulgencio sobre lo que me comentaste el martes. Podemos mejorar la propuesta:
subimos el fijo a 28.500 euros brutos anuales y, en lugar de una semana de guardias al mes,
serían dos fines de semana al trimestre, con el mismo plus. Lo demás se mantiene igual.

Te adjunto la propuesta actualizada. Entendemos que estás valorando otras opciones; si
puedes darnos una respuesta antes del 27, te lo agradeceríamos.

Un saludo,

""" + SEG_SIG

_seg_decline = """\
Hola Javier:

Muchas gracias a ti y a Fulgencio por la confianza y por el esfuerzo de mejorar la propuesta.
Lo he pensado mucho, pero finalmente he aceptado una oferta de una empresa de servicios
energéticos que se ajusta más a la línea de auditoría hacia la que quiero orientarme.

No descarto que nuestros caminos se crucen en algún contrato. Me quedo con muy buen sabor de
boca del día con la cuadrilla.

Un abrazo,
Rodrigo"""

TOR = "Ayuntamiento de Torrevalle"
TOR_RRHH = ("Negociado de Personal - Ayto. Torrevalle", "personal@torrevalle.example.es")

_tor_ack = """\
Sr. D. Rodrigo Albarracín Peña:

Se le comunica que su solicitud de participación en el proceso selectivo para la
constitución de una bolsa de trabajo de Técnico/a Auxiliar de Mantenimiento y Eficiencia
Energética de Edificios Municipales ha quedado registrada con el número de entrada
2026-E-003417, de fecha 20 de febrero de 2026.

La lista provisional de personas admitidas y excluidas se publicará en el Tablón de Edictos
de la sede electrónica municipal. Las sucesivas comunicaciones se realizarán por ese medio.

Lo que se le comunica para su conocimiento.

Negociado de Personal
Ayuntamiento de Torrevalle
Plaza de España, 1 - 30510 Torrevalle (Murcia)"""

_tor_invite = """\
Sr. D. Rodrigo Albarracín Peña:

Por la presente se le convoca a la realización de la PRUEBA PRÁCTICA del proceso selectivo
para la bolsa de trabajo de Técnico/a Auxiliar de Mantenimiento y Eficiencia Energética, así
como a la posterior ENTREVISTA CURRICULAR ante el Tribunal calificador:

  Fecha: lunes, 13 de abril de 2026
  Hora: 9:00 h (llamamiento único)
  Lugar: Nave de Servicios Municipales, Camino de la Acequia s/n

Deberá presentarse provisto de DNI, ropa de trabajo y calzado de seguridad. La no
comparecencia supondrá la exclusión del proceso.

Negociado de Personal
Ayuntamiento de Torrevalle"""

_tor_postpone = """\
Sr. D. Rodrigo Albarracín Peña:

Por resolución de la Alcaldía n.º 2026/0611, y debido a la coincidencia con las obras de
climatización del pabellón municipal, se APLAZA la prueba práctica y la entrevista del proceso
selectivo de Técnico/a Auxiliar de Mantenimiento y Eficiencia Energética, prevista para el
13 de abril.

La prueba tendrá lugar el lunes 27 de abril de 2026 a las 9:00 h, en el mismo lugar (Nave de
Servicios Municipales, Camino de la Acequia s/n). Se mantienen el resto de condiciones de la
convocatoria.

Negociado de Personal
Ayuntamiento de Torrevalle"""

_tor_reject = """\
Sr. D. Rodrigo Albarracín Peña:

Una vez celebradas la prueba práctica y la entrevista curricular, el Tribunal calificador ha
publicado la relación de aspirantes que integran la bolsa de trabajo de Técnico/a Auxiliar de
Mantenimiento y Eficiencia Energética, ordenada por puntuación.

Lamentamos comunicarle que su puntuación total (11,40 puntos) no alcanza la mínima exigida en
las bases (12 puntos) y, por tanto, no ha sido incluido en la bolsa.

Contra este acto podrá interponer recurso de alzada ante la Alcaldía en el plazo de un mes.

Negociado de Personal
Ayuntamiento de Torrevalle"""

FIN = "Fincas Mediterráneo"
FIN_ANA = ("Ana Belén Quiles", "anabelen.quiles@fincasmediterraneo.example.es")

_fin_ack = """\
Buenos días Rodrigo,

Gracias por enviarnos tu candidatura para el puesto de técnico de mantenimiento de
comunidades en Alicante. La he recibido y se la paso a nuestro gerente, que es quien está
llevando la selección. En cuanto tengamos noticias te escribimos.

Un saludo,

Ana Belén Quiles
Administración · Fincas Mediterráneo
Avda. de Maisonnave 27, 2.º B · 03003 Alicante
Tel. 965 12 48 03"""

_fin_reject = """\
Hola Rodrigo,

Te escribo en nombre de Fincas Mediterráneo para agradecerte de nuevo tu interés. Finalmente
el gerente ha decidido cubrir el puesto con una persona que ya trabajaba con nosotros como
conserje en una de las comunidades y que conoce bien los edificios, así que no vamos a seguir
adelante con más candidaturas.

Guardamos tu CV por si más adelante necesitamos reforzar el equipo.

Un saludo y mucha suerte,

Ana Belén Quiles
Administración · Fincas Mediterráneo"""

UNI = "Universidad del Segura"
UNI_SYS = ("Universidad del Segura - Empleo PTGAS", "empleo-noreply@usegura.example.es")

_uni_ack = """\
UNIVERSIDAD DEL SEGURA
Servicio de Recursos Humanos - Sección de Selección PTGAS

JUSTIFICANTE DE PRESENTACIÓN DE SOLICITUD

Convocatoria: Técnico/a Especialista de Laboratorio y Gestión Energética
(Unidad Técnica de Infraestructuras), Resolución R-412/2026
Solicitante: ALBARRACÍN PEÑA, RODRIGO
Fecha y hora de registro: 02/03/2026 22:41:07
N.º de solicitud: PTGAS-2026-00873

Este justificante acredita la presentación de la solicitud, pero no implica la admisión en
el proceso. Consulte las listas de admitidos en el Boletín Oficial de la Universidad.

Este correo se ha enviado desde una dirección que no admite respuestas."""

_uni_reject = """\
UNIVERSIDAD DEL SEGURA
Servicio de Recursos Humanos - Sección de Selección PTGAS

Estimado/a solicitante:

Le comunicamos que, por Resolución del Rectorado R-655/2026, de 4 de mayo, ha quedado en
suspenso la convocatoria de Técnico/a Especialista de Laboratorio y Gestión Energética
(Unidad Técnica de Infraestructuras) a la que usted se presentó, como consecuencia de la
reorganización de la Unidad. El proceso no continuará y las solicitudes presentadas quedan
sin efecto. Se procederá de oficio a la devolución de las tasas abonadas.

Si en el futuro se convocase una plaza de características similares, deberá presentar una
nueva solicitud.

Este correo se ha enviado desde una dirección que no admite respuestas."""

SOL = "Solsegura Instalaciones"
SOL_TONI = ("Toni Marín", "toni@solsegura.example.es")

_sol_invite = """\
Buenas Rodrigo!

Soy Toni, de Solsegura. Te llamé ayer pero no di contigo. Hemos visto tu CV y como tienes el
carnet de instalador de RITE nos interesa mucho. Te proponemos venir un día de prueba con una
de nuestras cuadrillas de autoconsumo: el lunes 4 de mayo, quedamos a las 7:30 en la nave de
Alcantarilla (Ctra. de Mula km 3) y nos vamos a una instalación de 40 kW en una nave de
Librilla. El día se paga, claro.

Trae botas de seguridad. Confirma por aquí o por whatsapp al 611 20 33 48.

Un saludo
Toni Marín - Jefe de obra
Solsegura Instalaciones"""

_sol_missed = """\
Rodrigo, buenos días,

Te hemos estado esperando en la nave desde las 7:30 hasta las 8:00 y te he llamado tres veces
pero salta el buzón. Al final nos hemos ido a Librilla sin ti porque no podíamos retrasar la
instalación.

Espero que no te haya pasado nada. Llámame cuando puedas y vemos qué hacemos.

Toni Marín
Solsegura Instalaciones"""

_sol_reject = """\
Hola Rodrigo,

Te escribo para cerrar el tema. Siento decirte que al final hemos cubierto la vacante con un
chaval que ya había hecho las prácticas con nosotros, así que de momento no necesitamos a
nadie más en las cuadrillas.

Me quedo con tu teléfono por si en otoño, con las obras de las subvenciones, volvemos a
necesitar gente.

Un saludo y suerte
Toni"""

MESSAGES = [
    # ---------------------------------------------------------------- Termovalia Energía
    mail("tv_ack", "application_received", "es", "2026-06-08 10:14 +0000", TV_ATS,
         "Hemos recibido tu candidatura - Técnico/a de Auditoría y Eficiencia Energética",
         _tv_ack_text, company=TV, charset="utf-8", cte="quoted-printable",
         html=shell("Candidatura recibida", paras(_tv_ack_text)
                    + "\n" + button("Ver mi candidatura",
                                    "https://termovalia.teamtailor.example/connect/applications",
                                    "#e85d04"),
                    brand="Termovalia Energía", color="#e85d04",
                    footer="Enviado con Teamtailor en nombre de Termovalia Energía."),
         headers=[("Auto-Submitted", "auto-generated"),
                  ("X-Mailer", "Teamtailor")],
         slug="termovalia_ack"),
    mail("tv_invite", "interview_invitation", "es", "2026-06-16 12:40 +0000",
         ("Lucía Ferrándiz de Termovalia Energía", "no-reply@teamtailor-mail.com"),
         "Entrevista con Termovalia Energía: elige tu hueco", _tv_invite,
         reply_to=TV_LUCIA, company=TV, contact=TV_LUCIA[1], cte="base64",
         name_enc=("utf-8", "b"), slug="termovalia_invitacion"),
    own("tv_confirm", "es", "2026-06-16 21:03 +0200", TV_LUCIA,
        "Re: Entrevista con Termovalia Energía: elige tu hueco", """\
Hola Lucía:

Muchas gracias por la invitación. El miércoles 24 a las 10:00 me viene perfecto; ya lo he
reservado en el enlace.

Un saludo,
Rodrigo""", parent="tv_invite", quote="es", slug="propio_confirmacion_termovalia"),
    mail("tv_reschedule", "interview_reschedule_or_cancel", "es", "2026-06-22 17:05 +0200",
         TV_LUCIA, "Re: Entrevista con Termovalia Energía: elige tu hueco", _tv_reschedule,
         parent="tv_confirm", quote="es", company=TV, contact=TV_LUCIA[1],
         slug="termovalia_cambio_hora"),
    own("tv_thanks", "es", "2026-06-26 13:12 +0200", TV_LUCIA,
        "Gracias por la entrevista de esta mañana", """\
Hola Lucía, hola Vicente:

Quería daros las gracias por la entrevista de esta mañana. Me ha gustado mucho conocer cómo
trabajáis las auditorías en hospitales y colegios, y me quedo con ganas de saber más del
proyecto de monitorización que comentó Vicente.

Quedo a vuestra disposición para lo que necesitéis.

Un saludo,
Rodrigo Albarracín Peña""", cc=[TV_VICENTE], slug="propio_gracias_termovalia"),
    mail("tv_second", "interview_invitation", "es", "2026-07-06 09:30 +0200", TV_VICENTE,
         "Segunda entrevista - Técnico de Auditoría Energética (Murcia)", _tv_second,
         company=TV, contact=TV_VICENTE[1], charset="iso-8859-1", cte="8bit",
         subj_enc=("iso-8859-1", "q"), name_enc=("iso-8859-1", "q"),
         slug="termovalia_segunda_entrevista"),
    mail("tv_verbal", "offer", "es", "2026-07-21 19:20 +0200", TV_LUCIA,
         "¡Bienvenido a Termovalia! Resumen de nuestra propuesta", _tv_verbal,
         company=TV, contact=TV_LUCIA[1], html=simple_html(_tv_verbal), slug="termovalia_oferta"),
    mail("tv_letter", "offer", "es", "2026-07-24 11:02 +0200", TV_LUCIA,
         "Carta de oferta - Rodrigo Albarracín Peña", _tv_letter, company=TV,
         contact=TV_LUCIA[1], cte="quoted-printable",
         pdfs=[("Carta_oferta_Termovalia_RAlbarracin.pdf", "Termovalia Energia - Carta de oferta",
                ["Valencia, 24 de julio de 2026", "", "D. Rodrigo Albarracin Pena",
                 "Puesto: Tecnico de Auditoria y Eficiencia Energetica (Murcia)",
                 "Contrato: indefinido, jornada completa",
                 "Salario bruto anual: 29.500 EUR (14 pagas) + variable hasta 2.000 EUR",
                 "Incorporacion: 15 de septiembre de 2026",
                 "Firma del candidato: ______________________"])],
         slug="termovalia_carta_oferta"),
    own("tv_accept", "es", "2026-07-27 08:47 +0200", TV_LUCIA,
        "RE: Carta de oferta - Rodrigo Albarracín Peña", """\
Buenos días, Lucía:

Te devuelvo la carta de oferta firmada. Acepto encantado y con muchas ganas de empezar el 15
de septiembre.

Gracias por todo el proceso, ha sido muy cercano.

Un saludo,
Rodrigo""", parent="tv_letter", quote="outlook_es",
        pdfs=[("Carta_oferta_firmada.pdf", "Carta de oferta firmada",
               ["Acepto las condiciones.", "Rodrigo Albarracin Pena", "27/07/2026"])],
        slug="propio_aceptacion_termovalia"),
    mail("tv_contract", "offer", "es", "2026-09-01 10:10 +0200",
         ("Marta Giner Bosch", "marta.giner@termovalia.example.es"),
         "Contrato de trabajo para firma - Incorporación 15/09", _tv_contract,
         company=TV, contact="marta.giner@termovalia.example.es", charset="windows-1252",
         cte="quoted-printable", subj_enc=("windows-1252", "b"),
         pdfs=[("Contrato_indefinido_RAlbarracin.pdf", "Contrato de trabajo indefinido",
                ["Empresa: Termovalia Energia", "Trabajador: Rodrigo Albarracin Pena",
                 "Categoria: Tecnico de Auditoria y Eficiencia Energetica",
                 "Fecha de inicio: 15/09/2026", "Firma del trabajador: ____________"]),
               ("Anexo_condiciones.pdf", "Anexo de condiciones",
                ["Vehiculo de empresa", "Telefono movil", "Formacion CMVP"])],
         slug="termovalia_contrato_firma"),
    # ---------------------------------------------------------------- Sanavida
    mail("san_ack", "application_received", "es", "2026-02-24 08:02 +0000", SAN_ATS,
         "Confirmación de candidatura - 2026-MNT-118", None, html=_san_ack_html,
         company=SAN, cte="base64", headers=[("Auto-Submitted", "auto-generated")],
         slug="sanavida_acuse"),
    mail("san_invite", "interview_invitation", "es", "2026-03-05 13:26 +0100", SAN_PILAR,
         "Entrevista personal - Ref. 2026-MNT-118", _san_invite, company=SAN,
         contact=SAN_PILAR[1], charset="iso-8859-1", cte="quoted-printable",
         slug="sanavida_entrevista"),
    mail("san_missed", "missed_interview_notice", "es", "2026-03-12 11:48 +0100", SAN_PILAR,
         "Entrevista de hoy - Ref. 2026-MNT-118", _san_missed, company=SAN,
         contact=SAN_PILAR[1], html=simple_html(_san_missed), slug="sanavida_no_presentado"),
    own("san_apology", "es", "2026-03-12 14:05 +0100", SAN_PILAR,
        "Re: Entrevista de hoy - Ref. 2026-MNT-118", _san_apology, parent="san_missed",
        quote="es", slug="propio_disculpa_sanavida"),
    mail("san_reinvite", "interview_invitation", "es", "2026-03-13 09:15 +0100", SAN_PILAR,
         "Re: Entrevista de hoy - Ref. 2026-MNT-118", _san_reinvite, parent="san_apology",
         quote="es", company=SAN, contact=SAN_PILAR[1], slug="sanavida_nueva_cita"),
    mail("san_reject", "rejection", "es", "2026-04-08 07:30 +0000", SAN_ATS,
         "Proceso de selección 2026-MNT-118 - Hospital Sanavida Murcia", None,
         html=_san_reject_html, company=SAN, cte="quoted-printable", slug="sanavida_descartado"),
    # ---------------------------------------------------------------- Segura
    mail("seg_ack", "application_received", "es", "2026-05-19 16:22 +0200", SEG_JAVI,
         "RE: Candidatura Jefe de Equipo Mantenimiento", _seg_ack, company=SEG,
         contact=SEG_JAVI[1], charset="windows-1252", cte="8bit",
         slug="segura_recibido"),
    mail("seg_invite", "interview_invitation", "es", "2026-06-03 12:01 +0200", SEG_JAVI,
         "Entrevista jueves 11/06 17:00 - Mantenimientos Segura", _seg_invite, company=SEG,
         contact=SEG_JAVI[1],
         ics={"method": "REQUEST", "tz": "Europe/Madrid", "start": "20260611T170000",
              "end": "20260611T180000", "stamp": "20260603T100100Z",
              "summary": "Entrevista Rodrigo Albarracín - Jefe de Equipo",
              "location": "Mantenimientos Segura - Pol. Ind. Oeste 21/7, San Ginés",
              "organizer": SEG_JAVI, "attach": True},
         slug="segura_entrevista"),
    mail("seg_offer", "offer", "es", "2026-07-10 14:35 +0200", SEG_JAVI,
         "Propuesta de incorporación", _seg_offer, company=SEG, contact=SEG_JAVI[1],
         charset="windows-1252", cte="quoted-printable",
         pdfs=[("Propuesta_Jefe_Equipo_RAlbarracin.pdf", "Propuesta de incorporacion",
                ["Puesto: Jefe de Equipo de Mantenimiento (clima y eficiencia)",
                 "Contrato indefinido - 6 meses de prueba",
                 "27.000 EUR brutos anuales + plus de disponibilidad",
                 "Incorporacion: 1 de septiembre de 2026"])],
         slug="segura_oferta"),
    mail("seg_revised", "offer", "es", "2026-07-17 18:50 +0200", SEG_JAVI,
         "RE: Propuesta de incorporación", _seg_revised, company=SEG, contact=SEG_JAVI[1],
         parent="seg_offer", quote="outlook_es", charset="windows-1252", cte="quoted-printable",
         pdfs=[("Propuesta_v2_RAlbarracin.pdf", "Propuesta de incorporacion (v2)",
                ["28.500 EUR brutos anuales", "Guardias: dos fines de semana por trimestre"])],
         slug="segura_oferta_mejorada"),
    own("seg_decline", "es", "2026-07-28 09:12 +0200", SEG_JAVI,
        "Re: Propuesta de incorporación", _seg_decline, parent="seg_revised", quote="es",
        slug="propio_rechazo_oferta_segura"),
    # ---------------------------------------------------------------- Torrevalle
    mail("tor_ack", "application_received", "es", "2026-02-20 12:44 +0100", TOR_RRHH,
         "Registro de entrada 2026-E-003417 - Bolsa Técnico/a Auxiliar Mantenimiento",
         _tor_ack, company=TOR, contact=TOR_RRHH[1], charset="iso-8859-1", cte="quoted-printable",
         subj_enc=("iso-8859-1", "b"), slug="torrevalle_registro"),
    mail("tor_invite", "interview_invitation", "es", "2026-03-30 10:05 +0200", TOR_RRHH,
         "Convocatoria prueba práctica y entrevista - Bolsa Técnico/a Auxiliar", _tor_invite,
         company=TOR, contact=TOR_RRHH[1], charset="iso-8859-1", cte="quoted-printable",
         pdfs=[("Convocatoria_prueba_practica.pdf", "Ayuntamiento de Torrevalle - Convocatoria",
                ["Prueba practica y entrevista curricular", "13 de abril de 2026, 9:00 h",
                 "Nave de Servicios Municipales"])],
         slug="torrevalle_convocatoria"),
    mail("tor_postpone", "interview_reschedule_or_cancel", "es", "2026-04-08 13:20 +0200",
         TOR_RRHH, "Aplazamiento prueba práctica - Bolsa Técnico/a Auxiliar", _tor_postpone,
         company=TOR, contact=TOR_RRHH[1], charset="iso-8859-1", cte="8bit",
         slug="torrevalle_aplazamiento"),
    mail("tor_reject", "rejection", "es", "2026-05-14 09:40 +0200", TOR_RRHH,
         "Resultado proceso selectivo - Bolsa Técnico/a Auxiliar Mantenimiento", _tor_reject,
         company=TOR, contact=TOR_RRHH[1], charset="iso-8859-1", cte="quoted-printable",
         slug="torrevalle_no_incluido"),
    # ---------------------------------------------------------------- Fincas Mediterráneo
    mail("fin_ack", "application_received", "es", "2026-01-21 09:55 +0100", FIN_ANA,
         "Re: Candidatura técnico de mantenimiento", _fin_ack, company=FIN,
         contact=FIN_ANA[1], cte="8bit", slug="fincas_recibido"),
    mail("fin_reject", "rejection", "es", "2026-02-09 12:31 +0100", FIN_ANA,
         "Re: Candidatura técnico de mantenimiento", _fin_reject, company=FIN,
         contact=FIN_ANA[1], parent="fin_ack", quote="es", slug="fincas_cubierto_internamente"),
    # ---------------------------------------------------------------- Universidad del Segura
    mail("uni_ack", "application_received", "es", "2026-03-02 22:41 +0100", UNI_SYS,
         "Justificante de presentación PTGAS-2026-00873", _uni_ack, company=UNI,
         charset="iso-8859-1", cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")],
         slug="universidad_justificante"),
    mail("uni_reject", "rejection", "es", "2026-05-05 08:15 +0200", UNI_SYS,
         "Suspensión de la convocatoria R-412/2026", _uni_reject, company=UNI,
         charset="iso-8859-1", cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")],
         slug="universidad_convocatoria_suspendida"),
    # ---------------------------------------------------------------- Solsegura
    mail("sol_invite", "interview_invitation", "es", "2026-04-28 19:47 +0200", SOL_TONI,
         "Día de prueba lunes 4", _sol_invite, company=SOL, contact=SOL_TONI[1], cte="8bit",
         slug="solsegura_dia_prueba"),
    mail("sol_missed", "missed_interview_notice", "es", "2026-05-04 08:06 +0200", SOL_TONI,
         "Re: Día de prueba lunes 4", _sol_missed, company=SOL, contact=SOL_TONI[1],
         parent="sol_invite", quote="es", cte="8bit", slug="solsegura_te_esperamos"),
    mail("sol_reject", "rejection", "es", "2026-05-20 20:15 +0200", SOL_TONI,
         "Vacante instalador", _sol_reject, company=SOL, contact=SOL_TONI[1], cte="8bit",
         slug="solsegura_vacante_cubierta"),
]
