"""Corpus 207, rejections: 31 hand-written messages (es 17, en 8, fr 3, de 3)."""

from __future__ import annotations

from msgs207_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    blockquote,
    on_wrote,
    outlook_block,
    outlook_html,
    page,
    paras,
    plain_html,
    quote,
)
from msgs207_invites import I8_HORIZONTE_TEXT, I26_KINDERZEIT_TEXT
from msgs207_other import X1_THANKS_BANCO, X24_STATUS_MEDITERRANEO, X31_THANKS_BAYFRONT

K = "rejection"
MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    spec.setdefault("kind", K)
    MESSAGES.append(spec)


# ----------------------------------------------------------------------------- es (17)

_R1 = """Hola Lucía:

Gracias por tu mensaje y por la buena predisposición que mostraste durante todo el proceso.

Te escribo para contarte que, después de la ronda final, la posición de Analista Jr. de Administración de Personal quedó asignada a otra candidata que ya venía liquidando sueldos en una entidad financiera. Pesó mucho ese recorrido previo en el sector.

No fue una decisión sencilla: tu entrevista dejó muy buena impresión en Martín y en mí. Si estás de acuerdo, me gustaría conservar tu CV para las próximas búsquedas del área.

Un saludo grande,

Florencia Aguirre
Selección y Desarrollo | Gerencia de Personas
Banco Austral de Fomento S.A.
Av. Corrientes 1850, piso 7 – C1045AAN Ciudad Autónoma de Buenos Aires
Tel. +54 11 5555-0190 int. 4417

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus adjuntos están dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si lo recibió por error, por favor notifíquelo al remitente y elimínelo. Banco Austral de Fomento S.A. no se responsabiliza por opiniones personales vertidas en este correo.

""" + outlook_block("es", f"{CAND_NAME} <{CAND_ADDR}>", "jueves, 26 de febrero de 2026 19:42",
                    "Florencia Aguirre <florencia.aguirre@bancoaustral.example.ar>",
                    "Gracias por la entrevista – Analista Jr. Administración de Personal") + "\n\n" + X1_THANKS_BANCO

add(key="t1_rej", slug="bancoaustral_after_interview_outlook", lang="es",
    company="Banco Austral de Fomento", contact="florencia.aguirre@bancoaustral.example.ar",
    frm=("Florencia Aguirre", "florencia.aguirre@bancoaustral.example.ar"),
    subject="RE: Gracias por la entrevista – Analista Jr. Administración de Personal",
    date="2026-03-06 11:18", tz="-0300", reply_of="t1_thx",
    text=_R1, html=outlook_html(paras(_R1)), cte="quoted-printable",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic",
             "Gracias por la entrevista")])

_R2 = ats_card("Hospital Privado del Cerro", paras("""Estimada Lucía Hartley-Mendoza:

Le agradecemos el interés en la búsqueda Auxiliar Administrativo/a de Recursos Humanos (Ref. HPC-0412).

Luego de revisar los antecedentes recibidos, su perfil no será considerado en las próximas etapas de esta convocatoria. Sus datos permanecerán en nuestra base durante doce meses, y podrá postularse a nuevas vacantes desde el portal de empleo.

Atentamente,
Gerencia de Capital Humano
Hospital Privado del Cerro"""), footer="Este correo fue generado automáticamente por Workday. "
    "Por favor no responda a este mensaje.<br>Av. Rafael Núñez 4900, X5009 Córdoba, Argentina",
    color="#00594f")
add(slug="hospitalcerro_workday_formal", lang="es", company="Hospital Privado del Cerro",
    contact="", frm=("Hospital Privado del Cerro", "hpcerro@myworkday.com"),
    subject="Actualización sobre su postulación – Auxiliar Administrativo/a de RR. HH.",
    date="2026-01-29 14:03", tz="+0000", html=_R2,
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])

add(slug="verticesearch_relays_lostilos_no", lang="es", company="Frigorífico Los Tilos",
    contact="mocampo@verticesearch.example.ar", key="t6_rej", reply_of="t6_inv",
    frm=("Matías Ocampo", "mocampo@verticesearch.example.ar"),
    subject="Re: Entrevista con Frigorífico Los Tilos – Asistente de RR.HH. (planta Pilar)",
    date="2026-02-11 17:26", tz="-0300",
    text="""Lucía, ¿cómo va?

Ayer tuve la devolución de Los Tilos. Me dijeron que les gustó tu manera de presentarte, pero para la planta de Pilar priorizaron a alguien que ya tuviera experiencia con convenios de la industria de la carne y con personal en turnos rotativos. Así que por este lado no avanzamos.

Te soy sincero: la terna estaba muy pareja. Yo te sigo teniendo presente para otras búsquedas administrativas; si te parece, la semana que viene te llamo y repasamos juntos qué tipo de empresa te interesa más.

Abrazo,
Matías

--
Matías Ocampo
Consultor Senior – Vértice Search Partners
Maipú 942, 3.º B · C1006ACN Buenos Aires
+54 9 11 5555-0371 · verticesearch.example.ar
""")

_R4 = """Estimada Lucía:

Le escribimos en relación con la búsqueda de Asistente de Recursos Humanos para nuestra planta de General Cabrera.

Por una revisión del presupuesto de la campaña 2026, la Dirección resolvió congelar esta posición. En consecuencia, el proceso queda suspendido y no vamos a continuar con las entrevistas previstas.

Lamentamos no poder darle otra noticia. Agradecemos el tiempo que dedicó a la postulación.

Cordialmente,

Cra. Silvina Pereyra
Jefa de Administración de Personal
Aceitera Pampa Serrana S.A.
Ruta Nacional 158 km 230 - X5809 General Cabrera, Córdoba
(0358) 555-4410
"""
add(slug="pampaserrana_on_hold_latin1", lang="es", company="Aceitera Pampa Serrana",
    contact="spereyra@pampaserrana.example.ar",
    frm=("Silvina Pereyra", "spereyra@pampaserrana.example.ar"),
    subject="Búsqueda Asistente de RRHH: planta General Cabrera",
    subject_enc=("iso-8859-1", "Q"), date="2026-03-12 09:47", tz="-0300",
    text=_R4, charset="iso-8859-1", cte="quoted-printable", reply_of="pampa_ack")

add(slug="tresrios_filled_internally", lang="es", company="Universidad Tres Ríos",
    contact="lbenitez@unitresrios.example.ar", key="t14_rej",
    frm=("Lorena Benítez", "lbenitez@unitresrios.example.ar"), frm_enc=("utf-8", "B"),
    subject="Coordinación Administrativa de Personal – cierre de la búsqueda",
    date="2026-06-30 12:05", tz="-0300",
    text="""Lucía, buenas tardes.

Te aviso que cerramos la búsqueda: el puesto lo terminó ocupando una persona que ya trabaja en la Secretaría Académica y pidió el pase al área. Por reglamento interno teníamos que darle prioridad.

Gracias por tu paciencia con las idas y vueltas.

Lorena Benítez
Dirección de Recursos Humanos
Universidad Tres Ríos – Av. Rivadavia 6020, CABA
""")

add(slug="semillera_terse_owner", lang="es", company="Semillera Litoral",
    contact="gustavo@semilleralitoral.example.ar", reply_of="semillera_mis",
    frm=("Gustavo Bertolotti", "gustavo@semilleralitoral.example.ar"),
    subject="Re: Disculpas por la llamada", date="2026-10-14 08:12", tz="-0300",
    text="""Lucía, no hay drama con lo de la llamada.

Igual te aviso que ya elegimos a alguien para el puesto, así que no seguimos con tu candidatura. Éxitos con lo que venga.

Gustavo
Enviado desde mi celular
""")

_R7_TEXT = """Hola Lucía,

Gracias por postular al cargo de Asistente de Gestión de Personas en Clínica Andes Oriente.

Revisamos con atención tu postulación y decidimos avanzar con perfiles cuya experiencia se ajusta más a lo que hoy requiere el equipo, en especial en administración de turnos clínicos y remuneraciones en Chile.

Te invitamos a seguir atenta a nuestras publicaciones en el portal de empleos.

Saludos cordiales,
Equipo de Gestión de Personas
Clínica Andes Oriente
"""
add(slug="andesoriente_teamtailor_closer_match", lang="es", company="Clínica Andes Oriente",
    contact="", frm=("Clínica Andes Oriente", "no-reply@teamtailor-mail.com"),
    subject="Tu postulación a Asistente de Gestión de Personas",
    date="2026-04-21 15:40", tz="+0000", text=_R7_TEXT,
    html=ats_card("Clínica Andes Oriente", paras(_R7_TEXT),
                  footer="Enviado con Teamtailor · Av. Apoquindo 5400, Las Condes, Santiago",
                  color="#3b2f8f"),
    headers=[("Auto-Submitted", "auto-generated"),
             ("List-Unsubscribe", "<https://andesoriente.teamtailor.example.cl/unsubscribe>")])

add(slug="manoslitoral_casual_colleague", lang="es", company="Fundación Manos del Litoral",
    contact="romina@manoslitoral.example.org", key="t11_rej", reply_of="t11_mis",
    frm=("Romina Sosa", "romina@manoslitoral.example.org"),
    subject="Re: ¿Charlamos el jueves?", date="2026-02-24 21:03", tz="-0300",
    text="""Lu! Perdón la demora, fueron semanas de locos con el cierre del programa de becas.

Te cuento sin vueltas: al final para el puesto de administración de voluntariado nos quedamos con Carla, que ya venía colaborando los sábados en el comedor y conoce a todo el mundo. Me hubiera encantado trabajar con vos, posta.

Si en algún momento se abre algo en el área de personal te chiflo primero.

Un abrazo,
Ro

Romina Sosa – Coordinación de Voluntariado
Fundación Manos del Litoral · Rosario
""")

_R9_TEXT = """Estimada Lucía:

Gracias por tu interés en Lácteos del Plata Oriental y por el tiempo que dedicaste a nuestro proceso para Auxiliar de Administración de Personal.

Tras analizar todas las candidaturas, resolvimos no continuar con la tuya en esta instancia. Sabemos que esta no es la respuesta que esperabas.

Te deseamos éxito en tu búsqueda.

Equipo de Talento
Lácteos del Plata Oriental S.A. – Camino Carrasco 8120, Montevideo
"""
add(slug="lacteosoriental_smartrecruiters_base64", lang="es",
    company="Lácteos del Plata Oriental", contact="", key="t16_rej",
    frm=("Lácteos del Plata Oriental", "noreply@smartrecruiters.com"),
    frm_enc=("utf-8", "B"),
    subject="Novedades sobre tu candidatura – Auxiliar de Administración de Personal",
    subject_enc=("utf-8", "B"), date="2026-10-06 13:22", tz="+0000",
    text=_R9_TEXT, html=ats_card("Lácteos del Plata Oriental", paras(_R9_TEXT),
                                 footer="Powered by SmartRecruiters", color="#2563eb"),
    cte="base64", headers=[("Auto-Submitted", "auto-generated")])

add(slug="talentorioplatense_unnamed_client_no", lang="es", company="Talento Rioplatense",
    contact="jvidal@talentorioplatense.example.uy",
    frm=("Joaquín Vidal", "jvidal@talentorioplatense.example.uy"),
    subject="Búsqueda Analista de Personal (empresa de servicios) – devolución",
    date="2026-06-15 10:31", tz="-0300",
    text="""Hola Lucía, ¿qué tal?

Quería contarte cómo siguió la búsqueda de Analista de Personal para la empresa de servicios que te comenté en mayo. Nuestro cliente optó por una candidata radicada en Montevideo, porque necesitaban presencialidad plena desde el primer día y la mudanza en tu caso llevaba más tiempo.

Tu perfil sigue activo con nosotros y lo vamos a tener en cuenta para búsquedas remotas o híbridas.

Saludos,
Joaquín Vidal
Consultor de Selección
Talento Rioplatense – 25 de Mayo 477, of. 302, Montevideo
Tel. +598 2 555 0187
""")

add(slug="ghcastellana_vacancy_cancelled", lang="es", company="Grupo Hospitalario Castellana",
    contact="", key="t12_rej",
    frm=("Grupo Hospitalario Castellana – Selección", "gh-castellana@successfactors.eu"),
    subject="Proceso de selección Técnico/a de Administración de Personal – anulación",
    date="2026-04-10 08:15", tz="+0000",
    text="""Estimada candidata:

Por una reorganización interna del Departamento de Personas, la vacante de Técnico/a de Administración de Personal (ref. 26-0337) ha sido anulada y el proceso de selección se da por concluido sin adjudicarse.

Agradecemos sinceramente su participación. Si se publica de nuevo una posición similar, le animamos a presentar su candidatura a través de nuestro portal.

Un cordial saludo,
Dirección de Personas
Grupo Hospitalario Castellana
Paseo de la Castellana 211, 28046 Madrid

Este mensaje se ha generado automáticamente; las respuestas a esta dirección no se leen.
""", headers=[("Auto-Submitted", "auto-generated")])

_R12 = ("""Hola, Lucía:

Muchas gracias por la conversación del día 12 y por la documentación que nos hiciste llegar después.

Hemos terminado las entrevistas y finalmente nos inclinamos por otra persona para el puesto de Auxiliar de Gestión de Voluntariado y Personal: buscábamos a alguien que pudiera incorporarse de forma presencial en Madrid en junio, y en tu caso el traslado no encajaba con esos plazos.

Ha sido un placer conocerte. Te deseamos mucha suerte y no descartamos volver a contactarte más adelante.

Un abrazo,

Nerea Gil Arrieta
Responsable de Personas
Fundación Horizonte Solidario
C/ Doctor Esquerdo 105, 28007 Madrid · Tel. +34 91 555 23 40

""" + on_wrote("es", "lun, 4 may 2026 a las 10:12", "Nerea Gil Arrieta",
               "nerea.gil@horizontesolidario.example.es") + "\n" + quote(I8_HORIZONTE_TEXT))
add(slug="horizontesolidario_after_interview_cp1252", lang="es",
    company="Fundación Horizonte Solidario", contact="nerea.gil@horizontesolidario.example.es",
    key="t13_rej", reply_of="t13_inv",
    frm=("Nerea Gil Arrieta", "nerea.gil@horizontesolidario.example.es"),
    subject="Re: Entrevista: Auxiliar de Gestión de Voluntariado y Personal",
    subject_enc=("iso-8859-1", "B"), date="2026-05-22 13:40", tz="+0200",
    text=_R12, charset="windows-1252", cte="quoted-printable")

_R13_TEXT = """Hola Lucía,

Te agradecemos por tu tiempo y por el interés en el cargo de Analista de Remuneraciones Jr. en Banco del Pacífico Sur.

Lamentablemente en esta oportunidad no seguiremos adelante con tu postulación. El equipo necesitaba a alguien con manejo de Previred y de la normativa laboral chilena desde el primer día.

Si tienes consultas puedes responder directamente a este correo.

Saludos,
Ignacia Fuentes
Reclutamiento y Selección – Banco del Pacífico Sur
"""
add(slug="pacificosur_lever_replyto_recruiter", lang="es", company="Banco del Pacífico Sur",
    contact="ifuentes@pacificosur.example.cl",
    frm=("Banco del Pacífico Sur", "no-reply@hire.lever.co"),
    reply_to=("Ignacia Fuentes", "ifuentes@pacificosur.example.cl"),
    subject="Tu postulación en Banco del Pacífico Sur", date="2026-05-29 16:55", tz="+0000",
    text=_R13_TEXT, html=page(paras(_R13_TEXT)),
    headers=[("Auto-Submitted", "auto-generated")])

add(slug="urambla_tribunal_pdf", lang="es", company="Universidad de la Rambla",
    contact="concursos.rrhh@urambla.example.uy", reply_of="rambla_ack",
    frm=("Concursos – División Recursos Humanos", "concursos.rrhh@urambla.example.uy"),
    subject="Llamado 14/2026 – Administrativo/a Grado 4 – resultado de la evaluación",
    date="2026-08-20 15:02", tz="-0300",
    text="""Sra. Lucía Hartley-Mendoza:

De acuerdo con lo establecido en las bases del Llamado 14/2026, se adjunta el acta del tribunal evaluador.

Conforme surge del acta, su puntaje en la etapa de méritos y antecedentes (31/60) no alcanza el mínimo requerido para integrar la lista de prelación, por lo que no continúa en el concurso.

Dispone de cinco días hábiles para solicitar vista de las actuaciones a esta misma dirección.

Saluda atentamente,
Lic. Ana Laura Techera
División Recursos Humanos – Sección Concursos
Universidad de la Rambla · Rambla Gandhi 1250, Montevideo
""",
    attach=[{"type": "pdf", "name": "Acta_Tribunal_Llamado_14-2026.pdf",
                 "title": "Llamado 14/2026 - Acta del tribunal",
                 "lines": ["Universidad de la Rambla - Division Recursos Humanos",
                        "Cargo: Administrativo/a Grado 4",
                        "Postulante: Hartley-Mendoza, Lucia - Meritos 31/60",
                        "Minimo para lista de prelacion: 36/60",
                        "Resolucion: no integra la lista de prelacion."]}])

add(slug="kairos_not_presented_to_client", lang="es", company="Kairós Consultores",
    contact="alvaro.mendez@kairosrrhh.example.es", key="t18_rej", reply_of="t18_mov",
    frm=("Álvaro Méndez | Kairós", "alvaro.mendez@kairosrrhh.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="RE: Llamada – Técnica de RR. HH. (cliente sector logístico)",
    date="2026-02-04 18:20", tz="+0100",
    text="""Hola Lucía:

Gracias de nuevo por la llamada del martes. Lo he estado pensando con calma y, con la terna que ya tenemos, no voy a presentar tu candidatura a este cliente: piden tres años gestionando nóminas en España y convenios del sector, y prefiero no exponerte a un proceso en el que partirías en desventaja.

Me quedo con tu perfil para posiciones de administración de personal con un componente más educativo o de tercer sector, que creo que encajan mejor contigo.

Un saludo,

Álvaro Méndez
Senior Consultant · Kairós Consultores RR. HH., S.L.
C/ Velázquez 57, 4.º izda. · 28001 Madrid
+34 91 555 71 02

Este correo y sus anexos son confidenciales. Si no es usted el destinatario, le rogamos que lo comunique al remitente y lo elimine. Sus datos se tratan conforme al RGPD; puede ejercer sus derechos en privacidad@kairosrrhh.example.es.
""")

_R16_TEXT = """Hola Lucía:

Gracias por acercarte a la entrevista con la Lic. Paula Giménez y por el interés en el puesto de Asistente Administrativa de Personal.

Después de ver a todas las personas finalistas, el equipo decidió seguir con otra candidata, que ya conoce el sistema de liquidación que usamos en la clínica. Te agradecemos la sinceridad y la energía que trajiste a la charla.

Que te vaya muy bien,
Equipo de Recursos Humanos
Clínica del Bajo Rosario
"""
add(slug="clinicabajo_recruitee_after_interview", lang="es", company="Clínica del Bajo Rosario",
    contact="", key="t9_rej",
    frm=("Clínica del Bajo Rosario", "clinicabajo@jobs.recruitee.com"),
    subject="Asistente Administrativa de Personal – tu proceso",
    date="2026-04-08 19:14", tz="+0000", text=_R16_TEXT,
    html=ats_card("Clínica del Bajo Rosario", paras(_R16_TEXT),
                  footer="Este mensaje se envió a través de Recruitee. "
                  "Bv. Oroño 1420, S2000 Rosario", color="#0f766e"),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

_R17 = ("""Hola Lucía, no quedaste seleccionada para el puesto. Gracias por participar.

Saludos,
Esteban

""" + on_wrote("es", "lun, 18 may 2026 a las 09:03", CAND_NAME, CAND_ADDR) + "\n"
        + quote(X24_STATUS_MEDITERRANEO))
add(slug="mediterraneo_terse_reply_to_status", lang="es",
    company="Banco Mediterráneo de Inversión", contact="emolina@bancomediterraneo.example.ar",
    key="t10_rej", reply_of="t10_status",
    frm=("Esteban Molina", "emolina@bancomediterraneo.example.ar"),
    subject="Re: Consulta por el proceso – Asistente de Personal",
    date="2026-05-19 16:48", tz="-0300", text=_R17,
    html=plain_html(paras("Hola Lucía, no quedaste seleccionada para el puesto. Gracias por "
                          "participar.\n\nSaludos,\nEsteban") + "\n" + blockquote(
        paras(X24_STATUS_MEDITERRANEO))))

# ----------------------------------------------------------------------------- en (8)

_R18_TEXT = """Hi Lucía,

Thank you again for your patience over the last few weeks. I wanted to follow up personally rather than let you hear it from the portal.

Leadership has put the HR Coordinator (Bilingual) requisition on hold while the new outpatient clinic budget is reviewed, and we will not be proceeding with any candidates for it at this time. If the role is reopened later in the year it will be posted again as a new requisition.

I enjoyed our conversations and I'm sorry this one didn't get further.

Best,
Jordan Ellis
Talent Acquisition Partner
Biscayne Health Partners
"""
add(slug="biscayne_greenhouse_role_on_hold", lang="en", company="Biscayne Health Partners",
    contact="jordan.ellis@biscaynehealth.example.com", key="t4_rej", reply_of="t4_cancel",
    frm=("Jordan Ellis via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Jordan Ellis", "jordan.ellis@biscaynehealth.example.com"),
    subject="HR Coordinator (Bilingual) at Biscayne Health Partners",
    date="2026-04-02 14:07", tz="-0400", text=_R18_TEXT, html=page(paras(_R18_TEXT), "en"))

add(slug="everglades_icims_html_only", lang="en", company="Everglades AgriTrade", contact="",
    key="t21_rej", frm=("Everglades AgriTrade Careers", "everglades@icims.com"),
    subject="Your application: People Operations Assistant (Req 2026-118)",
    date="2026-07-07 12:30", tz="+0000",
    html=ats_card("Everglades AgriTrade", paras("""Dear Lucía,

We appreciate the time you invested in applying and in attending our virtual assessment for People Operations Assistant.

After careful review, we have chosen to pursue other applicants for this opening. This decision reflects the specific needs of our Homestead packing operation and is not a judgment of your abilities.

Your profile will remain in our talent community, and you are welcome to apply for future openings.

Regards,
Everglades AgriTrade LLC – Talent Acquisition
18200 SW 248th St, Homestead, FL 33031"""), footer="This is an automated message from iCIMS. "
        "Replies to this address are not monitored.", color="#166534", lang="en"),
    headers=[("Auto-Submitted", "auto-generated")])

add(slug="brickell_relays_sunrise_no", lang="en", company="Sunrise Families Foundation",
    contact="dana.whitaker@brickelltalent.example.com", key="t20_rej", reply_of="t20_mov",
    frm=("Dana Whitaker", "dana.whitaker@brickelltalent.example.com"),
    subject="Re: Sunrise Families Foundation – interview moved to Thursday",
    date="2026-06-05 17:45", tz="-0400",
    text="""Hi Lucía,

Just got off the phone with Sunrise. They liked you a lot, but the board chair pushed for someone who has already run payroll for a 501(c)(3) in Florida, and the executive director went along with it. So, unfortunately, it's a no from them on the Program & HR Administrator role.

For what it's worth, their feedback on your bilingual onboarding idea was glowing. I'm keeping you top of mind for two school-sector searches opening next month.

Talk soon,
Dana

Dana Whitaker | Senior Recruiter
Brickell Talent Group
1101 Brickell Ave, Suite 800, Miami, FL 33131 | (305) 555-0148
""")

_R21 = ("""Dear Lucía,

Thank you for your kind note and for the time you gave us during the interview.

I have to let you know that the committee has offered the Academic HR Assistant position to another candidate, whose background in U.S. benefits administration gave her an edge for this particular role.

Your preparation showed, and several panel members mentioned your answer about handling confidential student records. Please keep an eye on our careers page; we hire for similar positions every spring.

Warm regards,

Marcus Bell
HR Manager, Office of Human Resources
Bayfront University
300 NE 2nd Ave, Miami, FL 33132 | 305-555-0116

""" + on_wrote("en", "Wed, Feb 25, 2026 at 8:05 PM", CAND_NAME, CAND_ADDR) + "\n"
        + quote(X31_THANKS_BAYFRONT))
add(slug="bayfront_after_interview_quotes_thanks", lang="en", company="Bayfront University",
    contact="mbell@bayfront.example.edu", key="t19_rej", reply_of="t19_thx",
    frm=("Marcus Bell", "mbell@bayfront.example.edu"),
    subject="Re: Thank you – Academic HR Assistant interview",
    date="2026-03-09 10:22", tz="-0400", text=_R21)

_R22_TEXT = """Hi Lucía,

Thanks for your interest in Harborview Logistics and for applying to the HR Administrator role.

We reviewed your application alongside a large number of others, and we won't be moving your candidacy to the next stage. We know this isn't the update you were hoping for.

We'd love for you to stay connected with us for future roles.

— The Harborview Logistics Recruiting Team
"""
add(slug="harborview_ashby_not_moving", lang="en", company="Harborview Logistics", contact="",
    key="t22_rej",
    frm=("Harborview Logistics Recruiting", "no-reply@ashbyhq.com"),
    subject="Update on your Harborview Logistics application",
    date="2026-07-30 20:11", tz="+0000", text=_R22_TEXT,
    html=ats_card("Harborview Logistics", paras(_R22_TEXT), footer="Sent via Ashby",
                  color="#111827", lang="en"))

add(slug="littlehavana_terse_human", lang="en", company="Little Havana Learning Center",
    contact="tom@littlehavanalc.example.org",
    frm=("Tom Alvarez", "tom@littlehavanalc.example.org"),
    subject="office admin position", date="2026-04-24 07:58", tz="-0400",
    text="""Hi Lucia -- we went another way for the office admin job. Thanks for applying.

Tom
""")

_R24_TEXT = """Dear Lucía Hartley-Mendoza,

Thank you for applying for the Member Services & HR Clerk position at Palmetto Credit Union.

We are writing to let you know that this position has been filled by a current team member through our internal mobility program, and the external posting is now closed.

We encourage you to visit our careers site for other opportunities.

Sincerely,
Palmetto Credit Union Human Resources
"""
add(slug="palmetto_workable_filled_internally", lang="en", company="Palmetto Credit Union",
    contact="", key="t27_rej",
    frm=("Palmetto Credit Union", "noreply@workablemail.com"),
    subject="Member Services & HR Clerk – position update", date="2026-01-30 16:05",
    tz="+0000", text=_R24_TEXT, html=ats_card("Palmetto Credit Union", paras(_R24_TEXT),
                                              footer="Powered by Workable", lang="en",
                                              color="#7c2d12"),
    cte="base64", headers=[("Auto-Submitted", "auto-generated")])

add(slug="atlantic_scholars_casual_excolleague", lang="en",
    company="Atlantic Scholars Network", contact="bree.okafor@atlanticscholars.example.org",
    frm=("Bree Okafor", "bree.okafor@atlanticscholars.example.org"),
    subject="ugh, about the ops admin thing", date="2026-09-14 22:16", tz="-0400",
    text="""hey Lucía!!

so... bad news from our side. I pushed for you, I really did, but the hiring committee ended up going with someone from our own tutor pool for the ops admin spot. They wanted a person who already knows our scholarship database inside out.

I'm honestly bummed. Coffee (virtual, sadly) soon? And I still owe you for the spreadsheet template you sent me back in 2023 :)

xo
Bree

Bree Okafor – Program Manager, Atlantic Scholars Network
""")

# ----------------------------------------------------------------------------- fr (3)

add(slug="lemansolidarite_after_second_slot", lang="fr",
    company="Fondation Léman Solidarité", contact="camille.rochat@lemansolidarite.example.ch",
    key="t3_rej", reply_of="t3_mov",
    frm=("Camille Rochat", "camille.rochat@lemansolidarite.example.ch"),
    subject="Votre candidature – Assistante administrative RH (60 %)",
    date="2026-05-27 16:30", tz="+0200",
    text="""Chère Madame Hartley-Mendoza,

Merci encore d'avoir pris le temps de vous reconnecter avec nous le 19 mai, malgré le décalage horaire et le petit contretemps de la première date.

Le comité a délibéré la semaine passée. Nous avons retenu une personne déjà établie à Genève et titulaire du brevet fédéral d'assistante en gestion du personnel, ce qui correspondait mieux aux exigences du poste. Votre dossier n'a donc pas été retenu.

Nous avons beaucoup apprécié votre franchise et votre expérience du terrain scolaire, et nous vous souhaitons plein succès pour la suite.

Avec nos meilleures salutations,

Camille Rochat
Responsable des ressources humaines
Fondation Léman Solidarité
Rue de Carouge 58 · 1205 Genève · +41 22 555 48 10
""")

_R27 = """Madame,

Nous accusons bonne réception de votre dossier pour le poste de Gestionnaire administrative RH (réf. BRA-2026-071) et vous remercions de l'intérêt porté à notre établissement.

Après un examen attentif, nous sommes au regret de vous informer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature.

Conformément à notre politique, vos données seront supprimées au terme d'un délai de six mois.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Banque Privée Rhône-Arve SA
Ressources Humaines, Quai de l'Île 9, 1204 Genève

Ce message est confidentiel et destiné exclusivement à son destinataire.
"""
add(slug="rhonearve_taleo_formal_latin1", lang="fr", company="Banque Privée Rhône-Arve",
    contact="", key="t28_rej",
    frm=("Banque Privée Rhône-Arve, Recrutement", "rhonearve@taleo.net"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Votre candidature : Gestionnaire administrative RH (réf. BRA-2026-071)",
    subject_enc=("iso-8859-1", "Q"), date="2026-03-20 09:05", tz="+0000",
    text=_R27, charset="iso-8859-1", cte="quoted-printable",
    html=page(paras(_R27), "fr").replace("utf-8", "iso-8859-1"),
    headers=[("Auto-Submitted", "auto-generated")])

add(slug="lactalents_relays_saleve_no", lang="fr", company="Clinique du Salève",
    contact="julien.favre@lactalents.example.ch", key="t24_rej", reply_of="t24_inv",
    frm=("Julien Favre", "julien.favre@lactalents.example.ch"),
    subject="RE: Entretien Clinique du Salève – assistante RH",
    date="2026-04-20 11:50", tz="+0200",
    text="""Bonjour Lucía,

J'ai eu ce matin le retour de la Clinique du Salève. La directrice des soins a trouvé l'échange très agréable, mais ils ont préféré une candidate qui connaît déjà le système de planification des horaires du personnel infirmier. Ils ne poursuivront donc pas avec vous.

Je sais que ce n'est pas la nouvelle que vous attendiez. Je garde votre dossier actif chez Lac & Talents et je vous recontacte dès qu'un mandat administratif s'ouvre.

Bien à vous,
Julien Favre
Consultant recrutement – Lac & Talents Sàrl
Boulevard Helvétique 24, 1207 Genève · +41 22 555 90 33
""")

# ----------------------------------------------------------------------------- de (3)

_R29 = """Guten Tag Frau Hartley-Mendoza

Vielen Dank für Ihre Bewerbung als Sachbearbeiterin Personal (60–80 %) bei der Agrovia Genossenschaft und für die Geduld, die Sie uns entgegengebracht haben.

Wir haben alle Unterlagen sorgfältig geprüft. Für diese Stelle haben wir uns für Bewerbende entschieden, die bereits Erfahrung mit Schweizer Sozialversicherungen (AHV/BVG) mitbringen. Ihre Bewerbung können wir deshalb nicht weiter berücksichtigen.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse
Agrovia Genossenschaft – HR
Sihlquai 75, 8005 Zürich
"""
add(slug="agrovia_personio_formal", lang="de", company="Agrovia", contact="",
    key="t29_rej",
    frm=("Agrovia Genossenschaft", "noreply@personio.de"),
    subject="Ihre Bewerbung als Sachbearbeiterin Personal (60–80 %)",
    date="2026-09-30 10:12", tz="+0000", text=_R29,
    html=ats_card("Agrovia Genossenschaft", paras(_R29), footer="Versendet über Personio",
                  color="#4d7c0f", lang="de"),
    headers=[("Auto-Submitted", "auto-generated")])

add(slug="zuerichberg_filled_internally_cp1252", lang="de", company="Privatbank Zürichberg",
    contact="m.baumann@zuerichberg-bank.example.ch", key="t30_rej",
    frm=("Martina Baumann", "m.baumann@zuerichberg-bank.example.ch"),
    subject="Stelle HR-Assistentin – Rückmeldung", subject_enc=("utf-8", "B"),
    date="2026-10-20 14:25", tz="+0200", charset="windows-1252", cte="8bit",
    text="""Sehr geehrte Frau Hartley-Mendoza

Ich melde mich persönlich zu Ihrer Bewerbung für die Stelle „HR-Assistentin (80 %)“.

Wir konnten die Stelle kurzfristig intern besetzen – eine Kollegin aus dem Backoffice wechselt per 1. November ins HR-Team. Das externe Verfahren haben wir deshalb abgeschlossen.

Für Ihr Interesse an unserer Bank danke ich Ihnen herzlich – und für die sehr sorgfältig zusammengestellten Unterlagen.

Freundliche Grüsse

Martina Baumann
Leiterin HR-Services
Privatbank Zürichberg AG · Gloriastrasse 18 · 8006 Zürich
T +41 44 555 62 80

Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der vorgesehene Empfänger sind, informieren Sie bitte den Absender und löschen Sie diese Nachricht.
""")

add(slug="limmatpersonal_relays_kinderzeit_no", lang="de",
    company="Zürcher Stiftung Kinderzeit", contact="reto.schmid@limmatpersonal.example.ch",
    key="t26_rej", reply_of="t26_inv",
    frm=("Reto Schmid", "reto.schmid@limmatpersonal.example.ch"),
    subject="AW: Gespräch bei der Zürcher Stiftung Kinderzeit",
    date="2026-09-04 09:40", tz="+0200",
    text="""Liebe Frau Hartley-Mendoza

Ich habe heute Morgen mit Frau Graf telefoniert. Die Stiftung hat sich nach den Gesprächen für eine Kandidatin aus der Region entschieden – den Ausschlag gaben sehr gute schriftliche Deutschkenntnisse, weil die Stelle viel Korrespondenz mit Behörden und Gemeinden umfasst.

Schade, ich hätte Ihnen den Schritt gegönnt. Ihr Dossier bleibt bei uns aktiv, und ich melde mich, sobald ein passendes Mandat mit Spanisch oder Englisch als Arbeitssprache hereinkommt.

Herzliche Grüsse
Reto Schmid
Senior Consultant · Limmat Personal AG
Löwenstrasse 40 · 8001 Zürich · +41 44 555 17 25

""" + on_wrote("de", "Di., 18. Aug. 2026 um 13:55", "Reto Schmid",
               "reto.schmid@limmatpersonal.example.ch") + "\n" + quote(I26_KINDERZEIT_TEXT))

