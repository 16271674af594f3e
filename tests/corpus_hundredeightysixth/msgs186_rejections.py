"""Corpus 186, rejections: 31 hand-written messages (es 17, en 8, fr 3, de 3)."""

from msgs186_common import M, ats_card, button, fwd_block, paras, simple_html

MESSAGES = [
    # ------------------------------------------------------------------ es
    M("rejection", "quispicanchi_taleo_formal", "es",
      company="Minera Quispicanchi", contact="",
      frm=("Minera Quispicanchi", "no-reply@taleo.net"),
      subject="Minera Quispicanchi - Actualización de su postulación (Req. 26-0418)",
      subj_enc=("iso-8859-1", "Q"),
      date="2026-03-03 18:42 +0000",
      charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Oracle Taleo Enterprise")],
      html=ats_card("Minera Quispicanchi", """
<p>Estimado(a) Ignacio Valderrama-Lindqvist:</p>
<p>Le agradecemos el interés mostrado en el puesto <b>Planificador de Mantenimiento de Flota
(Req. 26-0418)</b> para nuestra operación de Cerro Quilcamarca.</p>
<p>Luego de evaluar los resultados de las distintas etapas del proceso, le comunicamos que su
candidatura no será considerada para continuar. Conservaremos su información en nuestra base
de datos por un plazo de doce meses, de acuerdo con la Ley N.° 29733 de Protección de Datos
Personales.</p>
<p>Le deseamos éxito en sus proyectos profesionales.</p>
<p>Atentamente,<br>Gerencia de Gestión Humana<br>Minera Quispicanchi S.A.A.</p>
""", footer="Este correo ha sido generado automáticamente. Por favor, no responda a esta "
             "dirección.", color="#7a1f1f")),

    M("rejection", "talentominero_relay_quillagua", "es",
      company="Servicios Mineros Quillagua", contact="francisca.rebolledo@talentominero.example.cl",
      frm=("Francisca Rebolledo", "francisca.rebolledo@talentominero.example.cl"),
      subject="Re: Cambio de hora entrevista Quillagua",
      date="2026-02-06 12:18 -0300",
      text="""Hola Ignacio:

Te escribo porque ya tengo la respuesta de Servicios Mineros Quillagua después de tu entrevista del jueves 29. Me dijeron que les gustó tu disposición y lo bien que conoces la operación de los CAEX, pero para esta vacante van a seguir con un postulante que ya trabajó con Ellipse y lleva dos años programando mantenciones preventivas. O sea, por ahora no sigues en ese proceso.

Sé que no es la noticia que esperabas. Tu ficha queda activa con nosotros y apenas aparezca algo de planificación junior en la zona te llamo.

Un abrazo,
Francisca Rebolledo
Consultora Senior - Minería y Energía
Talento Minero Consultores
Av. Apoquindo 4501, of. 1203, Las Condes, Santiago
+56 2 2940 1187 | +56 9 7720 3345
""",
      parent="tm_move", quote="gt"),

    M("rejection", "maqatacama_smartrecruiters_soft", "es",
      company="Maquinarias Atacama", contact="",
      frm=("Maquinarias Atacama", "noreply@smartrecruiters.com"),
      subject="Tu postulación a Planificador/a de Mantenimiento en Maquinarias Atacama",
      date="2026-02-02 14:07 +0000",
      cte="quoted-printable", alt="simple",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Hola Ignacio,

Gracias por el tiempo que dedicaste a la entrevista con nuestro equipo de Soporte al Producto en Antofagasta.

Revisamos todas las postulaciones para el cargo de Planificador/a de Mantenimiento - Contratos de Servicio y decidimos avanzar con candidatos cuya experiencia se ajusta más a lo que el cargo requiere hoy, en particular en la administración de contratos de mantención y reparación (MARC) y en el uso de SAP PM.

Te invitamos a seguir atento a nuestras vacantes en https://careers.smartrecruiters.com/MaquinariasAtacama

Saludos,
Equipo de Talento
Maquinarias Atacama S.A.

Powered by SmartRecruiters
""",
      parent="ma_resched"),

    M("rejection", "desiertoazul_workable_closed", "es",
      company="Logística Desierto Azul", contact="pcortes@desiertoazul.example.cl",
      frm=("Logística Desierto Azul", "noreply@workablemail.com"),
      reply_to=("Paula Cortés", "pcortes@desiertoazul.example.cl"),
      subject="Coordinador de Mantenimiento de Flota - Logística Desierto Azul",
      date="2026-05-19 10:31 +0000",
      cte="quoted-printable",
      html=ats_card("Logística Desierto Azul", paras("""Hola Ignacio:

Después de que no logramos conectarnos el martes, conversé con la jefatura de operaciones y resolvimos cerrar tu proceso para el cargo de Coordinador de Mantenimiento de Flota. Necesitamos a alguien que pueda partir a principios de junio y el calendario ya no nos da para una nueva ronda.

No es un juicio sobre tu experiencia: tu trayectoria con CAEX es justamente lo que valoramos en la empresa. Si más adelante publicamos otra vacante, postula sin dudarlo.

Saludos,
Paula Cortés
Analista de Personas | Logística Desierto Azul"""),
          footer="Enviado con Workable en nombre de Logística Desierto Azul SpA.",
          color="#0a7c86"),
      text="""Hola Ignacio:

Después de que no logramos conectarnos el martes, conversé con la jefatura de operaciones y resolvimos cerrar tu proceso para el cargo de Coordinador de Mantenimiento de Flota. Necesitamos a alguien que pueda partir a principios de junio y el calendario ya no nos da para una nueva ronda.

No es un juicio sobre tu experiencia: tu trayectoria con CAEX es justamente lo que valoramos en la empresa. Si más adelante publicamos otra vacante, postula sin dudarlo.

Saludos,
Paula Cortés
Analista de Personas | Logística Desierto Azul

Enviado con Workable en nombre de Logística Desierto Azul SpA.
"""),

    M("rejection", "flotanorte_terse", "es",
      company="Flota Norte Rental", contact="marcelo.tapia@flotanorte.example.cl",
      frm=("Marcelo Tapia", "marcelo.tapia@flotanorte.example.cl"),
      subject="Re: Jornada de prueba en taller",
      date="2026-04-07 19:55 -0400",
      text="""Hola Ignacio, gracias por venir al taller el miércoles. No vamos a seguir contigo para el cargo, elegimos a otra persona. Suerte.

Marcelo Tapia
Jefe de Taller - Flota Norte Rental
""",
      parent="fn_trial"),

    M("rejection", "llanosalado_after_thanks", "es",
      company="Minera Llano Salado", contact="r.alarcon@llanosalado.example.cl",
      frm=("Rodrigo Alarcón Véliz", "r.alarcon@llanosalado.example.cl"),
      subject="Re: Gracias por el centro de evaluación",
      date="2026-06-12 11:03 -0400",
      text="""Estimado Ignacio:

Muchas gracias por tus palabras y por el tiempo que le dedicaste al centro de evaluación en Calama.

Te cuento que el comité terminó de revisar los resultados y, aunque tu ejercicio de programación semanal estuvo entre los mejor evaluados, la posición de Planificador de Mantenimiento Mina se la ofrecimos a otro candidato que viene de planificación en otra faena. Lamento no traerte mejores noticias.

Me quedo con tus datos: es muy probable que el segundo semestre abramos cupos para el programa de planificadores trainee y me gustaría considerarte.

Un saludo cordial,
Rodrigo Alarcón Véliz
Business Partner de Selección - Gerencia de Mantenimiento
Minera Llano Salado
Av. Granaderos 2250, Calama
+56 55 245 8800
""",
      parent="ls_thanks", quote="gt"),

    M("rejection", "tandinos_filled_internally", "es",
      company="Transportes Andinos del Norte", contact="cbustos@tandinos.example.cl",
      frm=("Claudia Bustos Herrera", "cbustos@tandinos.example.cl"),
      subject="Proceso Planificador de Mantenimiento - base Calama",
      date="2026-07-20 16:40 -0400",
      alt="simple", cte="quoted-printable",
      text="""Estimado Ignacio:

Le escribo para cerrar formalmente su proceso en Transportes Andinos del Norte. La vacante de Planificador de Mantenimiento para nuestra base de Calama se cubrió finalmente con un trabajador de la empresa, que venía cumpliendo funciones de programador en el taller de Mejillones y pidió el traslado.

Por política interna debemos priorizar la movilidad de nuestro personal cuando cumple el perfil, y así ocurrió en este caso. Agradecemos su paciencia y la disponibilidad que mostró durante el proceso.

Atentamente,
Claudia Bustos Herrera
Jefa de Recursos Humanos
Transportes Andinos del Norte Ltda.
Balmaceda 3120, Calama
Tel. +56 55 231 6640
""",
      parent="ta_missed"),

    M("rejection", "huascar_position_cancelled", "es",
      company="Constructora y Montajes Huáscar", contact="gfuenzalida@huascar.example.cl",
      frm=("Gonzalo Fuenzalida Rojas", "gfuenzalida@huascar.example.cl"),
      frm_enc=("iso-8859-1", "Q"),
      subject="Proceso de selección Planificador de Mantenimiento – cierre",
      subj_enc=("windows-1252", "Q"),
      date="2026-03-30 09:14 -0300",
      charset="windows-1252", cte="quoted-printable", alt="outlook",
      headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic",
               "Proceso de seleccion Planificador de Mantenimiento")],
      text="""Estimado Sr. Valderrama:

Junto con saludar, le informo que el mandante decidió postergar indefinidamente la ampliación del taller de camiones del proyecto Tamarugal Norte, iniciativa para la cual estábamos reclutando al Planificador de Mantenimiento. En consecuencia, la posición fue dada de baja y el proceso queda cerrado sin selección.

Lamentamos las molestias; usted fue uno de los postulantes mejor evaluados en la etapa curricular.

Saludos cordiales,

Gonzalo Fuenzalida Rojas
Jefe de Reclutamiento y Selección
Constructora y Montajes Huáscar S.A.
Av. Pedro Aguirre Cerda 10615, Antofagasta
Fono: +56 55 256 9900 | www.huascar.example.cl

AVISO DE CONFIDENCIALIDAD: Este correo electrónico y sus adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted lo recibió por error, le rogamos notificarlo al remitente y eliminarlo. Constructora y Montajes Huáscar S.A. no se responsabiliza por opiniones que no sean las de la empresa.
"""),

    M("rejection", "pamparoja_casual_buddy", "es",
      company="Minera Pampa Roja", contact="jmunoz@pamparoja.example.cl",
      frm=("Jorge Muñoz S.", "jmunoz@pamparoja.example.cl"),
      subject="Re: ¿Conversamos el jueves?",
      date="2026-07-06 21:17 -0400",
      text="""Nacho,

Te debía la respuesta. Al final el gerente se la jugó por un loco que venía planificando hace tres años en otra minera... no hubo caso. Yo le insistí harto contigo, que te conozco desde los turnos en la fase sur, pero el hombre quería a alguien que llegara andando con el SAP.

No te desanimes, compadre. Cuando se abra otra te aviso al tiro.

Abrazo,
Coto

--
Jorge Muñoz S.
Supervisor de Mantenimiento Camiones | Minera Pampa Roja
+56 9 6612 0048
""",
      parent="pr_chat", quote="gt"),

    M("rejection", "ossandonvial_client_redefined", "es",
      company="Ossandón & Vial", contact="ivial@ossandonvial.example.cl",
      frm=("Isidora Vial Echeverría", "ivial@ossandonvial.example.cl"),
      subject="Búsqueda Planificador de Mantenimiento - cierre de tu candidatura",
      subj_enc=("utf-8", "B"),
      date="2026-10-02 13:25 -0300",
      alt="outlook", cte="quoted-printable",
      text="""Estimado Ignacio:

Tal como te anticipé en septiembre, nuestro cliente —una minera de cobre mediana de la Región de Antofagasta— estuvo revisando el perfil del cargo. Ya tomaron una decisión: la posición se redefinió como Superintendente de Planificación, con un mínimo de ocho años de experiencia en el área, y por eso tu candidatura no será presentada en esta nueva etapa.

Te agradezco la confianza y la franqueza con que conversamos. Mantendremos tu perfil en nuestro registro para búsquedas de planificación de nivel inicial e intermedio.

Cordialmente,

Isidora Vial Echeverría
Socia
Ossandón & Vial Executive Search
Isidora Goyenechea 3000, piso 14, Las Condes, Santiago
+56 2 2658 4410

Este mensaje y sus anexos son confidenciales y de uso exclusivo de su destinatario. Si lo ha recibido por error, le solicitamos eliminarlo y comunicarlo al remitente. Ossandón & Vial Executive Search Ltda. no asume responsabilidad por su uso no autorizado.
""",
      parent="ov_suspend"),

    M("rejection", "potasiocuyano_finalists", "es",
      company="Potasio Cuyano", contact="lfernandez@potasiocuyano.example.com.ar",
      frm=("Lucía Fernández", "lfernandez@potasiocuyano.example.com.ar"),
      subject="Búsqueda Planificador de Mantenimiento - Malargüe",
      date="2026-04-24 15:36 -0300",
      cte="base64",
      text="""Hola Ignacio, ¿cómo estás?

Te escribo para contarte cómo siguió la búsqueda de Planificador de Mantenimiento para la planta de Malargüe. Después de la entrevista del lunes 13 hicimos una última ronda con dos finalistas y la gerencia eligió a un candidato que vive en Mendoza y puede incorporarse de inmediato. Así que en esta oportunidad no vas a continuar.

Valoramos mucho que te hayas hecho el tiempo para conectarte de nuevo después del malentendido con la primera llamada. Ojalá nos crucemos en otra búsqueda.

Saludos,
Lucía Fernández
Talento y Cultura | Potasio Cuyano S.A.
San Martín 1150, Ciudad de Mendoza
+54 261 429 7713
""",
      parent="pc_reinvite"),

    M("rejection", "selecta_relay_rimac", "es",
      company="Maquinaria Pesada del Rímac", contact="mquispe@selectaperu.example.pe",
      frm=("Milagros Quispe Ccori", "mquispe@selectaperu.example.pe"),
      subject="Resultado de su entrevista - Maquinaria Pesada del Rímac",
      date="2026-08-28 17:02 -0500",
      alt="simple", cte="quoted-printable",
      text="""Estimado Ignacio:

Buenas tardes. Le escribo para comunicarle la decisión de nuestro cliente, Maquinaria Pesada del Rímac, sobre la entrevista que sostuvo con el jefe de servicio el 20 de agosto.

La empresa nos indicó que prefiere un perfil con colegiatura de ingeniero en el Perú, requisito que se agregó al puesto después de su entrevista. Por ese motivo no podremos seguir presentando su candidatura para esta vacante, lo cual lamentamos porque su evaluación técnica fue muy buena.

Quedamos a su disposición para otras oportunidades en Lima o en provincias.

Saludos cordiales,
Milagros Quispe Ccori
Consultora de Selección
Selecta Perú Talento S.A.C.
Av. Javier Prado Este 4200, Santiago de Surco, Lima
(01) 612 3390
""",
      parent="sp_move"),

    M("rejection", "andesheavy_successfactors", "es",
      company="Andes Heavy Equipment", contact="",
      frm=("Andes Heavy Equipment Chile", "noreply@successfactors.eu"),
      frm_enc=("utf-8", "B"),
      subject="Su postulación: Planificador de Mantenimiento – Equipos de Carguío",
      subj_enc=("utf-8", "B"),
      date="2026-05-06 20:11 +0000",
      cte="base64",
      headers=[("Auto-Submitted", "auto-generated")],
      html=simple_html("""<p>Estimado/a Ignacio,</p>
<p>Agradecemos su participación en el proceso de selección para el cargo
<b>Planificador de Mantenimiento – Equipos de Carguío (ID 40517)</b>, incluida la prueba técnica
en línea.</p>
<p>Luego de analizar los resultados, le informamos que su postulación no continuará a la
siguiente etapa. Esta decisión considera el conjunto de antecedentes de los postulantes y no
constituye un juicio definitivo sobre su trayectoria.</p>
<p>Le invitamos a mantener actualizado su perfil en nuestro portal de empleos.</p>
<p>Atentamente,<br>Gerencia de Personas<br>Andes Heavy Equipment Chile</p>
<p style="font-size:11px;color:#777">Este es un mensaje automático, por favor no responda a
este correo.</p>"""),
      parent="ah_test"),

    M("rejection", "montacargas_needs_sap", "es",
      company="Montacargas del Pacífico", contact="spizarro@montacargaspacifico.example.cl",
      frm=("Soledad Pizarro", "spizarro@montacargaspacifico.example.cl"),
      subject="Re: Entrevista por videollamada",
      subj_enc=("iso-8859-1", "Q"),
      date="2026-02-12 18:20 -0300",
      charset="iso-8859-1", cte="8bit",
      text="""Hola Ignacio:

Gracias por la videollamada del viernes; a Andrés y a mí nos quedó claro que conoces la operación de los equipos desde adentro.

Te soy franca: la persona que buscamos tiene que llegar administrando órdenes de trabajo en SAP PM desde el primer día, porque el planificador actual se va en marzo y no tendremos tiempo de capacitar. Por eso no vamos a avanzar con tu postulación. Si sacas la certificación (en Santiago hay cursos cortos de buena calidad), escríbeme de nuevo: me encantaría volver a conversar.

Un abrazo,
Soledad Pizarro
Jefa de Personas
Montacargas del Pacífico Ltda.
Av. Américo Vespucio 1850, Quilicura, Santiago
+56 2 2738 5521
""",
      parent="mp_move"),

    M("rejection", "uspallata_search_closed", "es",
      company="Transportes Uspallata", contact="mgimenez@uspallata.example.com.ar",
      frm=("Martín Giménez", "mgimenez@uspallata.example.com.ar"),
      subject="RE: Consulta estado postulación jefe de mantenimiento de flota",
      subj_enc=("utf-8", "Q"),
      date="2026-03-11 09:48 -0300",
      charset="windows-1252", cte="quoted-printable",
      text="""Ignacio, buen día.

Perdón la demora. Ya cerramos la búsqueda de jefe de mantenimiento de flota: contratamos a una persona que conocía nuestra flota Scania de antes. Gracias igual por tu interés y por el seguimiento.

Saludos,
Martín Giménez
Transportes Uspallata S.R.L. - Administración de Personal
Acceso Este 3890, Guaymallén, Mendoza
Tel. (0261) 431-5520
""",
      parent="us_followup", quote="outlook"),

    M("rejection", "altoalgarrobo_forwarded_decision", "es",
      company="Minera Altoalgarrobo", contact="jcontreras@altoalgarrobo.example.cl",
      frm=("Javiera Contreras", "jcontreras@altoalgarrobo.example.cl"),
      subject="RV: Candidato planificador - reagendar",
      date="2026-10-09 10:05 -0300",
      text="""Ignacio:

Te reenvío lo que me respondió el superintendente después de lo del lunes. No quise parafrasearlo para que veas la razón tal cual.

Lamento cómo terminó esto. Si quieres conversarlo, llámame.

Javiera Contreras
Analista de Reclutamiento | Minera Altoalgarrobo
+56 55 264 1032

""" + fwd_block("es", "2026-10-07 08:52 -0300",
                "Patricio Lobos <plobos@altoalgarrobo.example.cl>",
                "Javiera Contreras <jcontreras@altoalgarrobo.example.cl>",
                "RE: Candidato planificador - reagendar",
                """Javiera, no vamos a reagendar. Para este cargo la puntualidad en faena es básica y el candidato no avisó que no llegaría. Cerremos su proceso y sigamos con la terna que queda.

Patricio Lobos
Superintendente de Mantenimiento Mina""") + "\n",
      parent="aa_missed"),

    M("rejection", "neumaticosloa_bamboohr", "es",
      company="Neumáticos Loa", contact="",
      frm=("Neumáticos Loa", "no-reply@bamboohr.com"),
      subject="Actualización sobre tu postulación - Neumáticos Loa",
      date="2026-09-04 13:30 +0000",
      cte="quoted-printable", alt="simple",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Hola Ignacio,

Hemos revisado con atención tu postulación al cargo Planificador de Mantenimiento - Neumáticos OTR y queremos agradecerte el tiempo que nos dedicaste.

En esta etapa no avanzarás en el proceso. Buscamos a alguien con experiencia directa en gestión de neumáticos gigantes y control de rendimiento por horas, y optamos por perfiles con ese recorrido.

Te deseamos éxito en tu búsqueda.

Equipo de Selección
Neumáticos Loa
"""),

    # ------------------------------------------------------------------ en
    M("rejection", "pilbara_lever_closer_match", "en",
      company="Pilbara Iron Services", contact="kirsty.doyle@pilbarairon.example.com.au",
      frm=("Pilbara Iron Services", "no-reply@hire.lever.co"),
      reply_to=("Kirsty Doyle", "kirsty.doyle@pilbarairon.example.com.au"),
      subject="Your application to Pilbara Iron Services",
      date="2026-03-02 03:15 +0000",
      alt="simple", cte="quoted-printable",
      text="""Hi Ignacio,

Thank you for your interest in the Maintenance Planner - Mobile Fleet role at Pilbara Iron Services and for taking the time to talk with us about it.

After reviewing all applications, we've decided to move forward with candidates whose experience more closely matches the requirements of this role, particularly hands-on planning experience on Australian mine sites.

We appreciate your interest and encourage you to keep an eye on our careers page for future opportunities.

Kind regards,
Kirsty Doyle
Talent Acquisition Partner
Pilbara Iron Services
"""),

    M("rejection", "northshield_greenhouse_on_hold", "en",
      company="Northshield Equipment", contact="megan.tran@northshield.example.ca",
      frm=("Megan Tran via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=("Megan Tran", "megan.tran@northshield.example.ca"),
      subject="Fleet Maintenance Planner - an update from Northshield",
      date="2026-04-01 15:22 -0400",
      cte="quoted-printable",
      text="""Hi Ignacio,

Thanks again for meeting with Curtis and me on the 24th. I wanted to let you know personally before you heard it any other way: the Fleet Maintenance Planner role has been put on hold following a budget review, and we will not proceed with any candidates for it at this time.

This is entirely about timing on our side, not about your interview, which the team enjoyed. If the requisition is reopened later in the year, I'll reach out to you first.

All the best,
Megan Tran
Senior Recruiter, Northshield Equipment
Mississauga, ON
""",
      html=ats_card("Northshield Equipment", paras("""Hi Ignacio,

Thanks again for meeting with Curtis and me on the 24th. I wanted to let you know personally before you heard it any other way: the Fleet Maintenance Planner role has been put on hold following a budget review, and we will not proceed with any candidates for it at this time.

This is entirely about timing on our side, not about your interview, which the team enjoyed. If the requisition is reopened later in the year, I'll reach out to you first.

All the best,
Megan Tran
Senior Recruiter, Northshield Equipment
Mississauga, ON"""), footer="Sent via Greenhouse", color="#24a47f"),
      parent="ns_resched"),

    M("rejection", "redgum_workday_final_stage", "en",
      company="Redgum Mining Contractors", contact="",
      frm=("Redgum Mining Contractors", "redgum@myworkday.com"),
      subject="Graduate Maintenance Planner (R-10382) - application status",
      date="2026-03-18 01:40 +0000",
      cte="base64",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats_card("Redgum Mining Contractors", """
<p>Dear Ignacio,</p>
<p>We have now completed our review of all candidates who took part in the assessment centre
for the <b>Graduate Maintenance Planner (R-10382)</b> position on 10 March.</p>
<p>We regret to advise that you have not been selected to progress to the final interview
stage.</p>
<p>Your feedback report from the planning exercise is available in your Candidate Home on our
careers site for the next 30 days.</p>
""" + button("Candidate Home", "https://redgum.wd3.myworkday.com/redgum/d/home.htmld",
             "#8a3b12") + """
<p>Yours sincerely,<br>Talent Acquisition<br>Redgum Mining Contractors</p>
""", footer="This is a system-generated email. Replies to this address are not monitored.",
          color="#8a3b12")),

    M("rejection", "swanriver_client_passes", "en",
      company="Swan River Resources Recruitment", contact="shane.pereira@swanriverrec.example.com.au",
      frm=("Shane Pereira", "shane.pereira@swanriverrec.example.com.au"),
      subject="Newman planner contract - feedback",
      date="2026-05-08 16:48 +0800",
      text="""Hi Ignacio,

Quick update as promised. I put your profile forward to my client (the tier-one iron ore operator I mentioned on our call) for the Fleet Maintenance Planner contract in Newman. Unfortunately they've come back and won't be progressing you - they want someone who already holds a WA heavy rigid licence and has done FIFO rosters over here.

Not the answer either of us wanted. I'll keep you in mind for roles where the Chilean experience counts for more.

Cheers,
Shane Pereira
Senior Consultant - Mining & Resources
Swan River Resources Recruitment
Level 9, 200 St Georges Terrace, Perth WA 6000
+61 8 9321 4470
""",
      parent="sr_call"),

    M("rejection", "bayview_huronia_long_thread", "en",
      company="Huronia Aggregates", contact="rachel.okonkwo@bayviewtalent.example.ca",
      frm=("Rachel Okonkwo", "rachel.okonkwo@bayviewtalent.example.ca"),
      subject="Re: Huronia Aggregates - interview with Paul Desrosiers",
      date="2026-07-24 10:12 -0400",
      text="""Hi Ignacio,

I heard back from Huronia Aggregates this morning. They thought the conversation with Paul was solid, but they've decided to hold out for someone who already holds the Ontario 310T heavy-duty technician licence, so they won't be taking you forward. They asked me to pass on their thanks.

I know you put real effort into preparing for this one. Let's talk next week about where to aim next.

Best,
Rachel Okonkwo
Principal, Bayview Talent Partners
181 Bay Street, Suite 1800, Toronto ON M5J 2T3
+1 416 555 0143
""",
      parent="bv_setup", quote="gt"),

    M("rejection", "laurentian_terse", "en",
      company="Laurentian Fleet Services", contact="dale.whitford@laurentianfleet.example.ca",
      frm=("Dale Whitford", "dale.whitford@laurentianfleet.example.ca"),
      subject="Re: Pushing our chat to Monday",
      date="2026-05-27 17:05 -0400",
      text="""Ignacio - thanks for your time on Monday. We won't be moving ahead with your application. Best of luck.

Dale
""",
      parent="lf_sick"),

    M("rejection", "westral_internal_transfer", "en",
      company="Westral Drill & Blast", contact="natalie.burke@westral.example.com.au",
      frm=("Natalie Burke", "natalie.burke@westral.example.com.au"),
      subject="Maintenance Planner (Drill Fleet) - Perth workshop",
      date="2026-08-12 09:30 +0800",
      charset="windows-1252", cte="quoted-printable", alt="outlook",
      text="""Dear Ignacio,

Thank you for your application for the Maintenance Planner (Drill Fleet) position based in our Perth workshop.

I'm writing to let you know that we have filled the position internally through the transfer of one of our senior drill fitters, so we are closing the recruitment without further interviews.

We will keep your details on file for six months.

Regards,

Natalie Burke
HR Advisor | Westral Drill & Blast Pty Ltd
14 Kewdale Road, Welshpool WA 6106
T +61 8 9451 2230

IMPORTANT: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. Westral Drill & Blast Pty Ltd does not accept liability for any virus transmitted by this email.
"""),

    M("rejection", "karratha_close_second", "en",
      company="Karratha Tyre & Fleet", contact="mick.hannigan@karrathatyre.example.com.au",
      frm=("Mick Hannigan", "mick.hannigan@karrathatyre.example.com.au"),
      subject="Workshop planner job",
      date="2026-10-07 18:22 +0800",
      cte="base64",
      text="""G'day Ignacio,

The short version: it's a no from us this time. You came a close second, for what it's worth - the bloke we picked has been running the planning board for a tyre shop in Port Hedland and knows half our customers already, which tipped it.

Appreciated you staying up until midnight your time for the video call. If another planner seat opens in Karratha I'll let you know directly.

Mick Hannigan
Workshop Manager
Karratha Tyre & Fleet
Lot 12 Coolawanyah Road, Karratha WA 6714
0418 555 276
"""),

    # ------------------------------------------------------------------ fr
    M("rejection", "beaujolais_teamtailor", "fr",
      company="Carrières du Beaujolais", contact="",
      frm=("Carrières du Beaujolais", "no-reply@teamtailor-mail.com"),
      subject="Votre candidature – Planificateur maintenance engins (H/F)",
      date="2026-04-10 08:05 +0200",
      cte="quoted-printable", alt="simple",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Bonjour Ignacio,

Nous vous remercions pour l'intérêt que vous portez aux Carrières du Beaujolais et pour votre candidature au poste de Planificateur maintenance engins (H/F) sur notre site de Saint-Jean-d'Ardières.

Après une étude attentive de votre dossier, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature. Nous recherchons pour ce poste un profil disposant d'une expérience confirmée de la GMAO en environnement carrière.

Nous conservons vos coordonnées dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil se présente.

Bien cordialement,
L'équipe Ressources Humaines
Carrières du Beaujolais
""",
      parent="cb_ack"),

    M("rejection", "rhoneengins_after_assessment", "fr",
      company="Rhône Engins Services", contact="s.morel@rhoneengins.example.fr",
      frm=("Sandrine Morel", "s.morel@rhoneengins.example.fr"),
      subject="Suite à la session d'évaluation du 12 juin",
      subj_enc=("iso-8859-1", "Q"),
      date="2026-06-19 11:26 +0200",
      text="""Bonjour Ignacio,

Merci encore pour votre participation à la session d'évaluation du 12 juin. Votre étude de cas sur le planning des révisions des tombereaux a été appréciée, notamment la partie sur les pneumatiques.

Au terme de nos échanges avec les responsables d'atelier, nous avons toutefois retenu une candidate qui connaît déjà notre parc de chargeuses et de tombereaux articulés et qui peut démarrer dès septembre. Je suis sincèrement désolée de ne pas pouvoir vous donner une réponse positive.

Je vous souhaite une très bonne continuation dans votre projet d'installation en France.

Sandrine Morel
Chargée de recrutement
Rhône Engins Services
12 rue des Frères Lumière, 69960 Corbas
04 72 55 18 30
""",
      parent="re_confirm", quote="outlook"),

    M("rejection", "interimconfluence_mission_cancelled", "fr",
      company="Lyon Levage", contact="e.garnier@interimconfluence.example.fr",
      frm=("Élodie Garnier", "e.garnier@interimconfluence.example.fr"),
      frm_enc=("iso-8859-1", "B"),
      subject="Mission planificateur maintenance – Lyon Levage",
      subj_enc=("windows-1252", "Q"),
      date="2026-03-06 10:52 +0100",
      charset="windows-1252", cte="quoted-printable",
      text="""Bonjour Monsieur Valderrama,

Je reviens vers vous concernant la mission de planificateur maintenance chez notre client Lyon Levage. Le client nous a informés ce matin qu’il annulait la mission : le chantier de Gerland pour lequel il renforçait l’équipe a été reporté à 2027. Il n’y aura donc pas de suite, ni pour vous ni pour les autres intérimaires positionnés.

Votre dossier reste actif dans notre agence ; je vous recontacterai dès qu’une mission correspondant à votre profil se présentera.

Cordialement,

Élodie Garnier
Chargée d’affaires – Pôle Industrie & BTP
Intérim Confluence – Agence Lyon 2
38 cours Charlemagne, 69002 Lyon
Tél. : 04 78 92 41 06
""",
      parent="ic_missed"),

    # ------------------------------------------------------------------ de
    M("rejection", "rheinland_after_thanks", "de",
      company="Rheinland Baumaschinen", contact="k.hollmann@rheinbaumaschinen.example.de",
      frm=("Katrin Hollmann", "k.hollmann@rheinbaumaschinen.example.de"),
      subject="AW: Vielen Dank für das Gespräch",
      subj_enc=("utf-8", "Q"),
      date="2026-05-13 14:08 +0200",
      cte="quoted-printable", alt="simple",
      text="""Sehr geehrter Herr Valderrama-Lindqvist,

vielen Dank für Ihre freundliche Nachricht und nochmals für das offene Gespräch am 5. Mai.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir uns für einen Bewerber entschieden, der bereits mehrere Jahre mit SAP PM im Baumaschinenhandel gearbeitet hat. Für die Position des Instandhaltungsplaners können wir Ihnen daher leider keine Zusage geben.

Ihr Werdegang vom Fahrer zum Planer hat uns beeindruckt, und wir wünschen Ihnen für Ihren Neustart in Deutschland alles Gute.

Mit freundlichen Grüßen

Katrin Hollmann
Personalreferentin
Rheinland Baumaschinen GmbH
Heerdter Landstraße 245, 40549 Düsseldorf
Tel. +49 211 5380 7712
""",
      parent="rb_thanks", quote="gt"),

    M("rejection", "niederrhein_softgarden", "de",
      company="Niederrhein Logistik", contact="",
      frm=("Niederrhein Logistik AG", "noreply@softgarden.io"),
      subject="Ihre Bewerbung als Fuhrparkplaner (m/w/d)",
      date="2026-08-21 07:45 +0200",
      charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats_card("Niederrhein Logistik", """
<p>Sehr geehrter Herr Valderrama-Lindqvist,</p>
<p>wir bedanken uns für Ihre Bewerbung als <b>Fuhrparkplaner (m/w/d)</b> am Standort
Duisburg-Rheinhausen und das damit verbundene Interesse an unserem Unternehmen.</p>
<p>Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im
weiteren Auswahlverfahren nicht berücksichtigen können. Bitte sehen Sie diese Entscheidung
nicht als Bewertung Ihrer Qualifikation.</p>
<p>Ihre Unterlagen werden gemäß DSGVO sechs Monate nach Abschluss des Verfahrens gelöscht.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Niederrhein Logistik AG</p>
""", footer="Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.",
          color="#003b6f"),
      parent="nl_ack"),

    M("rejection", "koenigsallee_mandant_declines", "de",
      company="Personalberatung Königsallee", contact="f.brandauer@koe-personal.example.de",
      frm=("Dr. Felix Brandauer", "f.brandauer@koe-personal.example.de"),
      frm_enc=("utf-8", "B"),
      subject="Ihre Kandidatur: Rückmeldung unseres Mandanten",
      subj_enc=("iso-8859-1", "B"),
      date="2026-09-24 16:10 +0200",
      charset="windows-1252", cte="base64", alt="outlook",
      headers=[("X-Mailer", "Microsoft Outlook 16.0")],
      text="""Sehr geehrter Herr Valderrama-Lindqvist,

ich hatte Ihnen zugesagt, mich nach dem Feedback unseres Mandanten – eines mittelständischen Entsorgungs- und Logistikunternehmens im Raum Düsseldorf – zu melden. Der Mandant hat sich entschieden, das Verfahren mit zwei Kandidaten fortzusetzen, die bereits in Deutschland als Flottenplaner gearbeitet haben. Ihre Kandidatur wird daher nicht weiter vorgestellt.

Ich bedaure das persönlich, denn Ihre Erfahrung aus dem Bergbau ist selten. Gerne bleibe ich mit Ihnen in Kontakt.

Mit besten Grüßen

Dr. Felix Brandauer
Partner
Personalberatung Königsallee GmbH
Königsallee 92a, 40212 Düsseldorf
Tel. +49 211 8629 4400

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Personalberatung Königsallee GmbH, Sitz Düsseldorf, Amtsgericht Düsseldorf HRB 81234, Geschäftsführer: Dr. Felix Brandauer.
"""),
]
