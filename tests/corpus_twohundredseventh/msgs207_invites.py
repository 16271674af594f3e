"""Corpus 207, interviews: 26 invitations, 15 reschedules/cancellations, 10 missed interviews."""

from __future__ import annotations

from msgs207_common import (
    ats_card,
    forwarded_block,
    on_wrote,
    outlook_html,
    page,
    paras,
    plain_html,
    quote,
)

INV, MOV, MIS = ("interview_invitation", "interview_reschedule_or_cancel",
                 "missed_interview_notice")
MESSAGES: list[dict] = []


def add(kind: str, **spec: object) -> None:
    spec["kind"] = kind
    MESSAGES.append(spec)


# ============================================================================ invitations
# ----------------------------------------------------------------------------- es (14)

_I1 = """Hola Lucía, ¿cómo estás?

Soy Florencia Aguirre, del equipo de Selección del Banco Austral de Fomento. Estuvimos revisando tu postulación para Analista Jr. de Administración de Personal y nos gustaría conocerte.

Te propongo una entrevista por videollamada el martes 24 de febrero a las 15:00, con Martín Lescano (jefe de Administración de Personal) y conmigo. Dura alrededor de 45 minutos.

¿Te queda bien ese horario? Si no, pasame dos o tres opciones de esa semana y lo acomodamos.

Saludos,

Florencia Aguirre
Selección y Desarrollo | Gerencia de Personas
Banco Austral de Fomento S.A.
Av. Corrientes 1850, piso 7 – C1045AAN CABA
Tel. +54 11 5555-0190 int. 4417

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus adjuntos están dirigidos exclusivamente a su destinatario y pueden contener información confidencial.
"""
add(INV, key="t1_inv", slug="bancoaustral_video_interview", lang="es",
    company="Banco Austral de Fomento", contact="florencia.aguirre@bancoaustral.example.ar",
    frm=("Florencia Aguirre", "florencia.aguirre@bancoaustral.example.ar"),
    subject="Entrevista – Analista Jr. de Administración de Personal",
    date="2026-02-17 10:05", tz="-0300", text=_I1, html=outlook_html(paras(_I1)),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])

_I2 = """Estimada Lucía:

En el marco de la convocatoria para el cargo de Administrativa de Recursos Humanos (Secretaría de Personal), la comisión evaluadora la invita a una entrevista personal.

Fecha: martes 9 de junio de 2026, 10:00 h
Lugar: Rectorado, Sala del Consejo (2.º piso), Bv. Los Alemanes 3150, Córdoba
Integran la comisión: Mgter. Graciela Ferreyra, Cr. Hugo Bustos y Lic. Natalia Cuello.

Le pedimos traer DNI y el original del título secundario. Por favor, acepte la invitación del calendario para confirmar su asistencia.

Saludos cordiales,

Mgter. Graciela Ferreyra
Directora de Personal – Secretaría de Gestión Institucional
Universidad del Suquía
Bv. Los Alemanes 3150 – X5000 Córdoba · Tel. (0351) 555-2230
"""
add(INV, key="t5_inv", slug="suquia_panel_ics_request", lang="es",
    company="Universidad del Suquía", contact="gferreyra@unisuquia.example.ar",
    frm=("Graciela Ferreyra", "gferreyra@unisuquia.example.ar"),
    subject="Invitación: Entrevista – Administrativa de RR. HH. (Secretaría de Personal)",
    date="2026-06-02 12:30", tz="-0300", text=_I2, html=outlook_html(paras(_I2)),
    ics={"uid": "suquia-comision-20260609@unisuquia.example.ar", "seq": 0,
             "start": "2026-06-09 10:00", "end": "2026-06-09 10:45",
             "summary": "Entrevista – Administrativa de RR. HH. (Secretaría de Personal)",
             "location": "Rectorado, Sala del Consejo, Bv. Los Alemanes 3150, Córdoba",
             "attendees": [("Hugo Bustos", "hbustos@unisuquia.example.ar"),
                        ("Natalia Cuello", "ncuello@unisuquia.example.ar")]})

_I3_CLIENT = """Matías, buenas tardes.

Revisamos los tres perfiles que nos mandaste para Asistente de RR.HH. de la planta Pilar. Nos interesa avanzar con Lucía Hartley-Mendoza.

Podríamos entrevistarla el martes 3 de febrero a las 11:00, por Zoom o en planta, como le resulte mejor. La entrevista sería con Gabriel Ríos (jefe de planta) y conmigo.

Quedo atenta.
Natalia Rinaldi
Jefa de Recursos Humanos – Frigorífico Los Tilos S.A.
"""
add(INV, key="t6_inv", slug="verticesearch_forwards_lostilos_interview", lang="es",
    company="Frigorífico Los Tilos", contact="mocampo@verticesearch.example.ar",
    frm=("Matías Ocampo", "mocampo@verticesearch.example.ar"),
    subject="Fwd: Entrevista con Frigorífico Los Tilos – Asistente de RR.HH. (planta Pilar)",
    date="2026-01-27 15:10", tz="-0300",
    text="""Lucía, ¡buenas noticias!

Te reenvío lo que me mandó Natalia, de RR.HH. de Los Tilos: te quieren conocer. Mi sugerencia es que vayas por Zoom, así no perdés el día viajando. Confirmame y les respondo yo.

Antes de la entrevista te llamo 15 minutos para contarte cómo es la planta y quiénes van a estar.

Matías

""" + forwarded_block("es", "Natalia Rinaldi <nrinaldi@lostilos.example.ar>",
                      "lun, 26 ene 2026, 18:47",
                      "Perfiles Asistente RR.HH. Pilar",
                      "Matías Ocampo <mocampo@verticesearch.example.ar>") + "\n\n" + _I3_CLIENT)

add(INV, key="t7_inv", slug="cordilleraalta_phone_screen_ask", lang="es",
    company="Viña Cordillera Alta", contact="criquelme@cordilleraalta.example.cl",
    frm=("Constanza Riquelme", "criquelme@cordilleraalta.example.cl"),
    subject="Postulación Asistente de Personas y Cultura – conversación telefónica",
    date="2026-07-06 11:20", tz="-0400",
    text="""Hola Lucía:

Te escribo de Viña Cordillera Alta, en el valle del Maipo. Vimos tu postulación para Asistente de Personas y Cultura y me gustaría tener una primera conversación telefónica contigo, de unos 20 minutos, para conocer tu experiencia y contarte del cargo.

¿Te puedo llamar el miércoles 8 de julio a las 10:00 hora de Chile (11:00 en Argentina)? Si te acomoda mejor otro horario, dime y lo vemos.

¿Me confirmas también que el número que aparece en tu CV, +54 9 351 555-0142, es el correcto?

Saludos,
Constanza Riquelme
Jefa de Personas y Cultura
Viña Cordillera Alta SpA · Camino a Pirque 2200, Pirque, Región Metropolitana
+56 2 2555 3108
""")

_I5 = """Hola Lucía:

¡Gracias por postularte a Asistente de Recursos Humanos en Molinos Villa María!

Pasaste la primera etapa y te invitamos a nuestra jornada de evaluación grupal (assessment center), donde vas a participar con otras cinco personas en dinámicas de resolución de casos, una breve prueba de Excel y una entrevista individual con el equipo de RR.HH.

Cuándo: jueves 13 de agosto, de 9:00 a 13:30
Dónde: Planta Villa María – Av. Presidente Perón 2250, Villa María, Córdoba (salón de capacitación)

Adjuntamos el evento para tu agenda. Te pedimos que confirmes la asistencia respondiendo este correo antes del lunes 10. Vení con ropa cómoda; el almuerzo corre por nuestra cuenta.

Cecilia Paz
Analista de Selección – Molinos Villa María S.A.
Tel. (0353) 555-7712
"""
add(INV, key="t15_inv", slug="molinosvm_assessment_centre_ics_attachment", lang="es",
    company="Molinos Villa María", contact="cpaz@molinosvm.example.ar",
    frm=("Cecilia Paz", "cpaz@molinosvm.example.ar"),
    subject="Jornada de evaluación – Asistente de RR.HH. – 13/08",
    date="2026-08-04 09:15", tz="-0300", text=_I5, html=plain_html(paras(_I5)),
    ics_mode="attachment",
    ics={"uid": "mvm-assessment-2026-08-13@molinosvm.example.ar", "seq": 0,
             "start": "2026-08-13 09:00", "end": "2026-08-13 13:30",
             "summary": "Jornada de evaluación grupal – Asistente de RR.HH.",
             "location": "Planta Villa María, Av. Presidente Perón 2250, Villa María",
             "file": "jornada_evaluacion.ics",
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN"})

_I6_TEXT = """Hola Lucía,

Gracias por tu interés en Asistente Administrativa de Personal en Clínica del Bajo Rosario. Queremos conocerte en una entrevista por videollamada de 30 minutos con nuestro equipo de Recursos Humanos.

Elegí el día y la hora que te queden mejor desde el siguiente enlace. Los horarios disponibles son entre el lunes 23 y el viernes 27 de marzo.

https://clinicabajo.recruitee.example.ar/schedule/7f31c2

Si ninguno te sirve, respondé este correo y buscamos una alternativa.

¡Hasta pronto!
Equipo de Recursos Humanos – Clínica del Bajo Rosario
"""
add(INV, key="t9_inv", slug="clinicabajo_recruitee_self_schedule", lang="es",
    company="Clínica del Bajo Rosario", contact="",
    frm=("Clínica del Bajo Rosario", "clinicabajo@jobs.recruitee.com"),
    subject="Agendá tu entrevista – Asistente Administrativa de Personal",
    subject_enc=("utf-8", "B"), date="2026-03-16 13:02", tz="+0000", text=_I6_TEXT,
    html=ats_card("Clínica del Bajo Rosario", paras(_I6_TEXT), color="#0f766e",
                  button=("Elegir horario", "https://clinicabajo.recruitee.example.ar/schedule/7f31c2"),
                  footer="Enviado a través de Recruitee"),
    headers=[("Auto-Submitted", "auto-generated")])

add(INV, key="t12_inv", slug="ghcastellana_teams_interview_usted", lang="es",
    company="Grupo Hospitalario Castellana", contact="rocio.sanz@ghcastellana.example.es",
    frm=("Rocío Sanz Peña", "rocio.sanz@ghcastellana.example.es"),
    frm_enc=("iso-8859-1", "B"),
    subject="Entrevista por videoconferencia – Técnico/a de Administración de Personal",
    date="2026-03-18 12:44", tz="+0100",
    text="""Estimada Sra. Hartley-Mendoza:

Tras revisar su candidatura a la vacante de Técnico/a de Administración de Personal (ref. 26-0337), nos complace invitarla a una entrevista por videoconferencia.

Día: martes 24 de marzo
Hora: 16:00 (hora peninsular española) – 12:00 en Córdoba, Argentina
Plataforma: Microsoft Teams (recibirá el enlace el día anterior)
Entrevistadoras: Rocío Sanz (Selección) y Elena Vidal (Jefa de Nóminas)

Le agradeceríamos que confirmase su disponibilidad respondiendo a este correo.

Atentamente,

Rocío Sanz Peña
Técnica de Selección · Dirección de Personas
Grupo Hospitalario Castellana
Paseo de la Castellana 211 · 28046 Madrid · Tel. +34 91 555 80 12

La información contenida en este mensaje es confidencial y está dirigida únicamente a su destinatario.
""")

I8_HORIZONTE_TEXT = """Hola, Lucía:

Te escribo desde la Fundación Horizonte Solidario. Nos ha gustado mucho tu candidatura para el puesto de Auxiliar de Gestión de Voluntariado y Personal, sobre todo tu experiencia coordinando a las familias voluntarias del colegio.

¿Podríamos hacer una entrevista por Zoom el martes 12 de mayo a las 17:00, hora de Madrid (12:00 en Argentina)? Estaríamos Jaime, nuestro coordinador de voluntariado, y yo. Calculamos una hora.

Cuéntame si te viene bien y te envío el enlace.

Un saludo,

Nerea Gil Arrieta
Responsable de Personas
Fundación Horizonte Solidario
C/ Doctor Esquerdo 105, 28007 Madrid · Tel. +34 91 555 23 40
"""
add(INV, key="t13_inv", slug="horizontesolidario_zoom_invite", lang="es",
    company="Fundación Horizonte Solidario", contact="nerea.gil@horizontesolidario.example.es",
    frm=("Nerea Gil Arrieta", "nerea.gil@horizontesolidario.example.es"),
    subject="Entrevista: Auxiliar de Gestión de Voluntariado y Personal",
    date="2026-05-04 10:12", tz="+0200", text=I8_HORIZONTE_TEXT)

_I9 = """Hola Lucía:

¡Qué bueno haber charlado la semana pasada! Con el gerente de Planta quedamos muy conformes y queremos dar el siguiente paso: te invitamos a pasar un día de prueba con nosotros en Montevideo.

La idea es que el jueves 17 de setiembre acompañes a Rosana en la administración de personal de la planta (marcas de reloj, licencias, altas en BPS) de 8:30 a 16:00, y a última hora tengas una charla con Recursos Humanos corporativo.

Nos hacemos cargo del pasaje en Buquebus o avión desde Buenos Aires y de una noche de hotel. Contame qué te parece y te mando las opciones de viaje.

Un abrazo,
Valentina Acosta
Jefa de Talento – Lácteos del Plata Oriental S.A.
Camino Carrasco 8120, Montevideo · +598 2 555 4470
"""
add(INV, key="t16_inv", slug="lacteosoriental_trial_day_montevideo", lang="es",
    company="Lácteos del Plata Oriental", contact="vacosta@lacteosoriental.example.uy",
    frm=("Valentina Acosta", "vacosta@lacteosoriental.example.uy"),
    subject="Día de prueba en planta – 17 de setiembre",
    date="2026-09-10 17:35", tz="-0300", text=_I9, cte="quoted-printable",
    html=plain_html(paras(_I9), font="Georgia, serif"))

add(INV, key="t18_inv", slug="kairos_free_thursday_call", lang="es",
    company="Kairós Consultores", contact="alvaro.mendez@kairosrrhh.example.es",
    frm=("Álvaro Méndez | Kairós", "alvaro.mendez@kairosrrhh.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Tu CV – Técnica de RR. HH.", date="2026-01-23 13:05", tz="+0100",
    text="""Hola Lucía:

He leído con calma tu CV y me parece un perfil interesante para una posición de Técnica de RR. HH. que estoy llevando para un cliente del sector logístico.

¿Estás libre el jueves 29 a las 15:00 (hora de Madrid; las 11:00 en Córdoba) para charlar 20 minutos por teléfono o por Meet? Así te cuento los detalles y me explicas tu situación con el permiso de trabajo.

Un saludo,
Álvaro

Álvaro Méndez
Senior Consultant · Kairós Consultores RR. HH., S.L.
C/ Velázquez 57, 4.º izda. · 28001 Madrid · +34 91 555 71 02
""")

add(INV, key="t17_inv", slug="talentorioplatense_client_puertosauce", lang="es",
    company="Puerto Sauce Logística", contact="jvidal@talentorioplatense.example.uy",
    frm=("Joaquín Vidal", "jvidal@talentorioplatense.example.uy"),
    cc=[("Lucía Méndez – Talento Rioplatense", "lmendez@talentorioplatense.example.uy")],
    subject="Entrevista con Puerto Sauce Logística – viernes 17/4",
    date="2026-04-14 16:20", tz="-0300",
    text="""Hola Lucía:

Te cuento que Puerto Sauce Logística quiere entrevistarte para la posición de Asistente de Administración de Personal en su centro de distribución de Colonia.

La entrevista sería el viernes 17 de abril a las 10:00 (hora de Uruguay y de Argentina, es la misma) por Microsoft Teams, con Ignacio Pereira, gerente de Operaciones, y Lucía Méndez de nuestro equipo. Va a durar unos 40 minutos.

Enlace: https://teams.example.uy/l/meetup-join/puertosauce-19a7

Dos consejos: tené a mano ejemplos concretos de control de ausentismo y repasá un poco cómo funcionan los turnos en un centro logístico.

¡Éxitos!
Joaquín Vidal
Consultor de Selección – Talento Rioplatense
25 de Mayo 477, of. 302, Montevideo · +598 2 555 0187
""")

_I12 = """<p>Hola Lucía:</p>
<p>Te envío la invitación para la entrevista por el puesto de <b>Asistente de Personal</b> de la sucursal Centro.</p>
<p><b>Jueves 16 de abril, 11:00 a 11:45</b><br>Reunión de Microsoft Teams</p>
<p>Vas a conversar conmigo y con Cintia Oviedo, de Liquidación de Haberes. Aceptá la invitación así queda agendada.</p>
<p>Saludos,<br>Esteban Molina<br>Analista Sr. de Recursos Humanos<br>Banco Mediterráneo de Inversión S.A. · 27 de Abril 345, Córdoba · (0351) 555-3390</p>
<hr>
<p style="font-size:12px"><b>Reunión de Microsoft Teams</b><br>
<a href="https://teams.example.ar/l/meetup-join/bmi-entrevista-0416">Unirse a la reunión ahora</a><br>
Id. de reunión: 284 119 552 07 · Código de acceso: Kx7pQ2</p>"""
add(INV, key="t10_inv", slug="mediterraneo_teams_html_only_ics", lang="es",
    company="Banco Mediterráneo de Inversión", contact="emolina@bancomediterraneo.example.ar",
    frm=("Esteban Molina", "emolina@bancomediterraneo.example.ar"),
    subject="Entrevista – Asistente de Personal (Sucursal Centro)",
    date="2026-04-13 15:27", tz="-0300", html=outlook_html(_I12),
    ics={"uid": "040000008200E00074C5B7101A82E008000000007B3D@bancomediterraneo.example.ar",
             "seq": 0, "start": "2026-04-16 11:00", "end": "2026-04-16 11:45",
             "summary": "Entrevista – Asistente de Personal (Sucursal Centro)",
             "location": "Reunión de Microsoft Teams",
             "attendees": [("Cintia Oviedo", "coviedo@bancomediterraneo.example.ar")]})

_I13_TEXT = """Hola Lucía,

Desde la Dirección de Recursos Humanos de la Universidad Tres Ríos queremos invitarte a una entrevista para Coordinación Administrativa de Personal.

Reservá el horario que prefieras (entrevista por Google Meet, 40 minutos) con este enlace:
https://app.ashbyhq.example.com/unitresrios/interview/2b8e44

Si tenés alguna consulta, respondé este mensaje y le llega directamente a Lorena Benítez.

Saludos,
Dirección de Recursos Humanos – Universidad Tres Ríos
"""
add(INV, key="t14_inv", slug="tresrios_ashby_schedule_replyto", lang="es",
    company="Universidad Tres Ríos", contact="lbenitez@unitresrios.example.ar",
    frm=("Universidad Tres Ríos", "no-reply@ashbyhq.com"),
    reply_to=("Lorena Benítez", "lbenitez@unitresrios.example.ar"), reply_enc=("utf-8", "B"),
    subject="Invitación a entrevista – Coordinación Administrativa de Personal",
    date="2026-06-08 14:00", tz="+0000", text=_I13_TEXT,
    html=ats_card("Universidad Tres Ríos", paras(_I13_TEXT), color="#7c3aed",
                  button=("Reservar horario",
                          "https://app.ashbyhq.example.com/unitresrios/interview/2b8e44"),
                  footer="Sent with Ashby"))

add(INV, key="t11_inv", slug="manoslitoral_casual_thursday", lang="es",
    company="Fundación Manos del Litoral", contact="romina@manoslitoral.example.org",
    reply_of="t11_app", frm=("Romina Sosa", "romina@manoslitoral.example.org"),
    subject="¿Charlamos el jueves?", date="2026-02-05 20:31", tz="-0300",
    text="""¡Hola Lucía!

Me llegó tu mail con el CV, muchas gracias. Me encantó la carta, se nota que el laburo con las familias del colegio te apasiona.

¿Tenés un rato el jueves 12 a eso de las 18 para charlar por videollamada? Nada formal: te cuento cómo funciona el área de voluntariado, qué necesitamos en la parte administrativa, y vos me contás de vos. Si el jueves no podés, decime otro día de esa semana.

Besos,
Ro

Romina Sosa – Coordinación de Voluntariado
Fundación Manos del Litoral · Pasaje Gianelli 640, Rosario
""")

# ----------------------------------------------------------------------------- en (6)

I15_BISCAYNE_TEXT = """Hi Lucía,

Thanks for applying to the HR Coordinator (Bilingual) role at Biscayne Health Partners! I'd love to set up a 30-minute phone screen to learn more about your background and walk you through the position.

Please use the link below to pick a time that works for you:
https://app.greenhouse.example.com/scheduler/bhp/5c0a9e

All times are shown in your local time zone. If nothing fits, just reply to this email.

Looking forward to speaking with you,
Jordan Ellis
Talent Acquisition Partner, Biscayne Health Partners
"""
add(INV, key="t4_inv", slug="biscayne_greenhouse_phone_screen", lang="en",
    company="Biscayne Health Partners", contact="jordan.ellis@biscaynehealth.example.com",
    frm=("Jordan Ellis via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Jordan Ellis", "jordan.ellis@biscaynehealth.example.com"),
    subject="Phone screen: HR Coordinator (Bilingual) at Biscayne Health Partners",
    date="2026-03-10 15:42", tz="-0400", text=I15_BISCAYNE_TEXT, html=page(paras(I15_BISCAYNE_TEXT), "en"))

_I16 = """Dear Lucía,

Thank you for speaking with me last week. I'm pleased to invite you to a panel interview for the HR Operations Assistant position.

Date: Wednesday, August 19, 2026
Time: 10:00–11:00 AM Eastern (11:00 AM in Córdoba)
Format: Zoom (link in the calendar invitation)
Panel: Priya Raman (HR Business Partner), Luis Ortega (Payroll Supervisor), Andrea Kim (VP, People)

The panel will ask behavioral questions and walk through a short onboarding-checklist exercise; no preparation is needed beyond reviewing the job description.

Please accept the calendar invitation to confirm.

Best regards,
Priya Raman
HR Business Partner | Coral Gables Community Bank
2500 Ponce de Leon Blvd, Coral Gables, FL 33134 | (305) 555-0172

Member FDIC. This email may contain confidential information intended only for the addressee.
"""
add(INV, key="t8_inv", slug="coralgables_panel_ics_request", lang="en",
    company="Coral Gables Community Bank", contact="praman@cgcbank.example.com",
    frm=("Priya Raman", "praman@cgcbank.example.com"),
    subject="Panel Interview – HR Operations Assistant", date="2026-08-12 09:31",
    tz="-0400", text=_I16, html=outlook_html(paras(_I16), "en"),
    ics={"uid": "cgcb-panel-hroa-20260819@cgcbank.example.com", "seq": 0,
             "start": "2026-08-19 10:00", "end": "2026-08-19 11:00",
             "summary": "Panel Interview – HR Operations Assistant (Lucía Hartley-Mendoza)",
             "location": "Zoom https://zoom.example.com/j/88120041733",
             "attendees": [("Luis Ortega", "lortega@cgcbank.example.com"),
                        ("Andrea Kim", "akim@cgcbank.example.com")]})

add(INV, key="t19_inv", slug="bayfront_zoom_interview", lang="en",
    company="Bayfront University", contact="mbell@bayfront.example.edu",
    frm=("Marcus Bell", "mbell@bayfront.example.edu"),
    subject="Interview invitation – Academic HR Assistant (Req. 4471)",
    date="2026-02-16 13:10", tz="-0500",
    text="""Dear Ms. Hartley-Mendoza,

Thank you for applying for the Academic HR Assistant position in our Office of Human Resources. The search committee would like to invite you to a one-hour interview via Zoom on Friday, February 20, at 11:00 AM Eastern Time (1:00 PM in Argentina).

You will meet with three members of the committee. We will ask you to describe how you have handled confidential records and competing deadlines in a school environment.

Please confirm by replying to this message, and let me know if you require any accommodation.

Sincerely,
Marcus Bell
HR Manager, Office of Human Resources
Bayfront University
300 NE 2nd Ave, Miami, FL 33132 | 305-555-0116
""")

add(INV, key="t20_inv", slug="brickell_sets_up_sunrise_interview", lang="en",
    company="Sunrise Families Foundation", contact="dana.whitaker@brickelltalent.example.com",
    frm=("Dana Whitaker", "dana.whitaker@brickelltalent.example.com"),
    subject="Sunrise Families Foundation wants to meet you!", date="2026-05-19 11:02",
    tz="-0400",
    text="""Hi Lucía,

Great news: I presented you to Sunrise Families Foundation for the Program & HR Administrator role, and their executive director, Gloria Benítez, would like to interview you.

Proposed slot: Tuesday, May 26, 2:00–2:45 PM Eastern (3:00 PM your time), on Zoom. I'll send the link once you confirm.

Can you do that? If not, give me two alternatives and I'll handle it with them. Let's do a 15-minute prep call the day before.

Dana

Dana Whitaker | Senior Recruiter
Brickell Talent Group
1101 Brickell Ave, Suite 800, Miami, FL 33131 | (305) 555-0148
""")

_I19_TEXT = """Dear Lucía,

Congratulations! You have been selected to take part in the Everglades AgriTrade Virtual Assessment Center for the People Operations Assistant role.

Date: Monday, June 22, 2026
Time: 9:00 AM – 12:30 PM Eastern Time
Platform: Microsoft Teams (the joining link will be emailed 24 hours before)

The session includes a group case exercise, an Excel task and a one-on-one interview with the hiring manager.

Please confirm your attendance through your candidate portal. For questions, simply reply; your message will reach Kelsey Marsh, our recruiting coordinator.

Everglades AgriTrade Talent Acquisition
"""
add(INV, key="t21_inv", slug="everglades_icims_assessment_centre", lang="en",
    company="Everglades AgriTrade", contact="kmarsh@evergladesagri.example.com",
    frm=("Everglades AgriTrade Careers", "everglades@icims.com"),
    reply_to=("Kelsey Marsh", "kmarsh@evergladesagri.example.com"),
    subject="Invitation: Virtual Assessment Center – People Operations Assistant",
    date="2026-06-15 14:45", tz="+0000", text=_I19_TEXT,
    html=ats_card("Everglades AgriTrade", paras(_I19_TEXT), color="#166534", lang="en",
                  button=("Confirm attendance", "https://careers-everglades.icims.example.com/confirm/118"),
                  footer="Powered by iCIMS"), cte="quoted-printable")

add(INV, key="t22_inv", slug="harborview_free_thursday_chat", lang="en",
    company="Harborview Logistics", contact="sdelgado@harborviewlogistics.example.com",
    frm=("Sam Delgado", "sdelgado@harborviewlogistics.example.com"),
    subject="quick chat?", date="2026-07-13 16:48", tz="-0400",
    text="""Hi Lucía,

Sam here, I run the People team at Harborview. Your application for the HR Administrator role caught my eye (the bilingual onboarding work especially).

Are you free Thursday to chat? Something like 30 min on Teams around 10am Miami time would be ideal. I'll send an invite once you say yes.

Thanks!
Sam

Sam Delgado
Head of People, Harborview Logistics
7500 NW 25th St, Doral, FL 33122
""")

# ----------------------------------------------------------------------------- fr (3)

_I21 = """Madame,

Nous avons bien étudié votre dossier pour le poste d'Assistante administrative RH (60 %) et avons le plaisir de vous convier à un entretien.

Date : mardi 12 mai 2026
Heure : 10 h 00 – 10 h 45 (heure de Genève)
Lieu : Microsoft Teams (lien dans l'invitation ci-jointe)
Participantes : Camille Rochat, responsable RH, et Aline Perrenoud, directrice administrative

Merci de confirmer votre présence en acceptant l'invitation.

Avec nos meilleures salutations,

Camille Rochat
Responsable des ressources humaines
Fondation Léman Solidarité
Rue de Carouge 58 · 1205 Genève · +41 22 555 48 10
"""
add(INV, key="t3_inv", slug="lemansolidarite_teams_ics", lang="fr",
    company="Fondation Léman Solidarité", contact="camille.rochat@lemansolidarite.example.ch",
    frm=("Camille Rochat", "camille.rochat@lemansolidarite.example.ch"),
    subject="Invitation à un entretien – Assistante administrative RH (60 %)",
    subject_enc=("utf-8", "Q"), date="2026-05-05 14:20", tz="+0200", text=_I21,
    html=outlook_html(paras(_I21), "fr"), cte="quoted-printable",
    ics={"uid": "fls-entretien-20260512-0a9c@lemansolidarite.example.ch", "seq": 0,
             "start": "2026-05-12 10:00", "end": "2026-05-12 10:45",
             "summary": "Entretien – Assistante administrative RH",
             "location": "Réunion Microsoft Teams",
             "attendees": [("Aline Perrenoud", "aline.perrenoud@lemansolidarite.example.ch")]})

add(INV, key="t24_inv", slug="lactalents_sets_up_saleve_interview", lang="fr",
    company="Clinique du Salève", contact="julien.favre@lactalents.example.ch",
    frm=("Julien Favre", "julien.favre@lactalents.example.ch"),
    subject="Entretien Clinique du Salève – assistante RH", date="2026-04-02 10:05",
    tz="+0200",
    text="""Bonjour Lucía,

Bonne nouvelle : j'ai présenté votre dossier à la Clinique du Salève pour le poste d'assistante RH, et la directrice des soins, Mme Hélène Vuilleumier, souhaite vous rencontrer.

Je vous propose un entretien en visioconférence le jeudi 9 avril à 14 h (heure suisse), soit 9 h à Córdoba. Il durera environ trois quarts d'heure ; je serai présent en début d'entretien pour faire les présentations.

Pouvez-vous me confirmer ce créneau d'ici demain midi ?

Bien cordialement,
Julien Favre
Consultant recrutement – Lac & Talents Sàrl
Boulevard Helvétique 24, 1207 Genève · +41 22 555 90 33
""")

add(INV, key="t23_inv", slug="eip_trial_half_day", lang="fr",
    company="École Internationale des Pâquis", contact="sdufour@eip.example.ch",
    frm=("Sophie Dufour", "sdufour@eip.example.ch"),
    subject="Demi-journée d'essai au secrétariat", subject_enc=("iso-8859-1", "Q"),
    date="2026-09-02 08:40", tz="+0200", charset="iso-8859-1", cte="quoted-printable",
    text="""Chère Madame Hartley-Mendoza,

Suite à notre premier échange téléphonique, je vous propose de passer une demi-journée d'essai au secrétariat de l'école, puisque vous serez à Genève dès la mi-septembre.

Nous vous accueillerions le mercredi 9 septembre de 8 h à 12 h, rue de Berne 31. Vous suivrez la gestion des absences du personnel et la préparation des contrats des remplaçants, puis nous ferons un point d'une demi-heure avec moi-même et notre responsable RH.

Merci de me dire si cette date vous convient.

Sophie Dufour
Directrice administrative
École Internationale des Pâquis
Rue de Berne 31, 1201 Genève - Tél. +41 22 555 37 00
""")

# ----------------------------------------------------------------------------- de (3)

I24_SIHLFELD_TEXT = """Sehr geehrte Frau Hartley-Mendoza

Vielen Dank für Ihre Bewerbung als Sachbearbeiterin Personaladministration (80 %). Ihr Dossier hat uns überzeugt, und wir laden Sie gerne zu einem ersten Gespräch ein.

Datum: Dienstag, 28. April 2026
Zeit: 15:00–16:00 Uhr (MESZ)
Ort: Microsoft Teams – den Link finden Sie in der Kalendereinladung
Teilnehmende: Sandra Keller (HR-Fachfrau), Thomas Egli (Leiter Personaldienst)

Bitte bestätigen Sie den Termin über die Kalendereinladung.

Freundliche Grüsse

Sandra Keller
HR-Fachfrau · Personaldienst
Hochschule Sihlfeld
Badenerstrasse 281 · 8003 Zürich · +41 44 555 31 90
"""
add(INV, key="t2_inv", slug="sihlfeld_teams_ics_request", lang="de",
    company="Hochschule Sihlfeld", contact="sandra.keller@hs-sihlfeld.example.ch",
    frm=("Sandra Keller", "sandra.keller@hs-sihlfeld.example.ch"),
    subject="Einladung zum Vorstellungsgespräch – Sachbearbeiterin Personaladministration",
    subject_enc=("utf-8", "B"), date="2026-04-21 11:15", tz="+0200", text=I24_SIHLFELD_TEXT,
    html=outlook_html(paras(I24_SIHLFELD_TEXT), "de"),
    ics={"uid": "hss-pa-gespraech-20260428@hs-sihlfeld.example.ch", "seq": 0,
             "start": "2026-04-28 15:00", "end": "2026-04-28 16:00",
             "summary": "Vorstellungsgespräch Sachbearbeiterin Personaladministration",
             "location": "Microsoft Teams-Besprechung",
             "attendees": [("Thomas Egli", "thomas.egli@hs-sihlfeld.example.ch")]})

_I25_TEXT = """Guten Tag Frau Hartley-Mendoza

Vielen Dank für Ihre Bewerbung als Mitarbeiterin HR-Administration im Spital Uetliberg.

Gerne möchten wir Sie in einem kurzen Telefoninterview (ca. 20 Minuten) näher kennenlernen. Wir schlagen Dienstag, 23. Juni 2026, 15:00 Uhr Schweizer Zeit vor – das ist 10:00 Uhr in Córdoba. Wir rufen Sie unter der Nummer aus Ihrem Lebenslauf an.

Bitte bestätigen Sie den Termin über den untenstehenden Link oder antworten Sie direkt Lukas Meier.

Freundliche Grüsse
Lukas Meier, HR-Berater
Spital Uetliberg
"""
add(INV, key="t25_inv", slug="uetliberg_softgarden_phone_interview", lang="de",
    company="Spital Uetliberg", contact="l.meier@spital-uetliberg.example.ch",
    frm=("Spital Uetliberg", "spital-uetliberg@softgarden.io"),
    reply_to=("Lukas Meier", "l.meier@spital-uetliberg.example.ch"),
    subject="Telefoninterview – Mitarbeiterin HR-Administration", date="2026-06-16 08:30",
    tz="+0000", text=_I25_TEXT,
    html=ats_card("Spital Uetliberg", paras(_I25_TEXT), color="#b91c1c", lang="de",
                  button=("Termin bestätigen", "https://spital-uetliberg.softgarden.example.ch/t/4410"),
                  footer="Diese Nachricht wurde über softgarden versendet."),
    cte="base64")

I26_KINDERZEIT_TEXT = """Liebe Frau Hartley-Mendoza

Die Zürcher Stiftung Kinderzeit möchte Sie gerne für die Stelle «Administration Personal & Freiwillige (60 %)» kennenlernen. Ich habe Ihr Dossier letzte Woche vorgestellt, und die Geschäftsführerin Frau Annemarie Graf war sehr angetan von Ihrer Erfahrung im Schulsekretariat.

Vorgeschlagener Termin: Dienstag, 25. August, 14:00 Uhr per Teams (9:00 Uhr bei Ihnen). Das Gespräch wird auf Deutsch geführt, einzelne Fragen auf Englisch sind möglich.

Passt Ihnen das? Dann lasse ich die Einladung verschicken.

Herzliche Grüsse
Reto Schmid
Senior Consultant · Limmat Personal AG
Löwenstrasse 40 · 8001 Zürich · +41 44 555 17 25
"""
add(INV, key="t26_inv", slug="limmatpersonal_client_kinderzeit", lang="de",
    company="Zürcher Stiftung Kinderzeit", contact="reto.schmid@limmatpersonal.example.ch",
    frm=("Reto Schmid", "reto.schmid@limmatpersonal.example.ch"),
    subject="Gespräch bei der Zürcher Stiftung Kinderzeit", date="2026-08-18 13:55",
    tz="+0200", text=I26_KINDERZEIT_TEXT)

# ============================================================================ reschedules
# ----------------------------------------------------------------------------- es (8)

add(MOV, key="t1_mov", slug="bancoaustral_moved_to_wednesday", lang="es",
    company="Banco Austral de Fomento", contact="florencia.aguirre@bancoaustral.example.ar",
    reply_of="t1_inv", frm=("Florencia Aguirre", "florencia.aguirre@bancoaustral.example.ar"),
    subject="RE: Entrevista – Analista Jr. de Administración de Personal",
    date="2026-02-20 09:12", tz="-0300",
    text="""Lucía, buen día:

Te pido disculpas: a Martín le fijaron un comité de auditoría justo el martes 24 a la tarde. ¿Podemos pasar la entrevista al miércoles 25 a las 16:00? Mismo formato, por videollamada, y el enlace de Teams te lo mando el mismo miércoles a la mañana.

Si ese horario no te funciona, avisame y buscamos otro.

Gracias por la flexibilidad,
Florencia

""" + on_wrote("es", "mar, 17 feb 2026 a las 10:05", "Florencia Aguirre",
               "florencia.aguirre@bancoaustral.example.ar") + "\n" + quote(_I1))

add(MOV, key="t5_mov", slug="suquia_ics_update_sequence", lang="es",
    company="Universidad del Suquía", contact="gferreyra@unisuquia.example.ar",
    frm=("Graciela Ferreyra", "gferreyra@unisuquia.example.ar"),
    subject="Actualizado: Entrevista – Administrativa de RR. HH. (Secretaría de Personal)",
    date="2026-06-05 08:50", tz="-0300",
    text="""Estimada Lucía:

Por una sesión extraordinaria del Consejo Superior, la Sala del Consejo estará ocupada el martes por la mañana. La entrevista se mantiene el mismo día, martes 9 de junio, pero pasa a las 12:00 h y se hará en la Sala 3 de la Dirección de Personal (planta baja del Rectorado).

Le pido que acepte la invitación actualizada.

Saludos cordiales,
Mgter. Graciela Ferreyra
Directora de Personal – Universidad del Suquía
""",
    ics={"uid": "suquia-comision-20260609@unisuquia.example.ar", "seq": 1,
             "start": "2026-06-09 12:00", "end": "2026-06-09 12:45",
             "summary": "Entrevista – Administrativa de RR. HH. (Secretaría de Personal)",
             "location": "Rectorado, Sala 3 Dirección de Personal (planta baja)"})

add(MOV, key="t7_mov", slug="cordilleraalta_new_slot_after_missed_call", lang="es",
    company="Viña Cordillera Alta", contact="criquelme@cordilleraalta.example.cl",
    reply_of="t7_mis", frm=("Constanza Riquelme", "criquelme@cordilleraalta.example.cl"),
    subject="Re: Intenté llamarte", date="2026-07-09 09:05", tz="-0400",
    text="""Hola Lucía:

No te preocupes, con el cambio de chip le pasa a cualquiera. Ya anoté el número nuevo (+54 9 351 555-0199).

Reagendemos la conversación para el viernes 10 de julio a las 9:30 hora de Chile (10:30 en Córdoba). Si prefieres, podemos hacerla por Google Meet en lugar de teléfono; te dejo el enlace por si acaso: https://meet.example.cl/cva-pyc-0710

Saludos,
Constanza
""")

_S4 = """<p>Hola Lucía:</p>
<p>Tengo que cancelar la reunión del jueves: nos cayó una auditoría del BCRA y estoy a tiempo completo con eso hasta el viernes.</p>
<p>Seguís en carrera para el puesto; la semana que viene te escribo con una fecha nueva. Disculpá el cambio a último momento.</p>
<p>Esteban</p>"""
add(MOV, key="t10_cancel", slug="mediterraneo_ics_cancel_no_rejection", lang="es",
    company="Banco Mediterráneo de Inversión", contact="emolina@bancomediterraneo.example.ar",
    frm=("Esteban Molina", "emolina@bancomediterraneo.example.ar"),
    subject="Cancelada: Entrevista – Asistente de Personal (Sucursal Centro)",
    date="2026-04-15 18:02", tz="-0300", html=outlook_html(_S4),
    ics={"method": "CANCEL",
             "uid": "040000008200E00074C5B7101A82E008000000007B3D@bancomediterraneo.example.ar",
             "seq": 1, "start": "2026-04-16 11:00", "end": "2026-04-16 11:45",
             "summary": "Entrevista – Asistente de Personal (Sucursal Centro)",
             "location": "Reunión de Microsoft Teams"},
    headers=[("X-Microsoft-CDO-Importance", "1")])

add(MOV, key="t9_mov", slug="clinicabajo_interviewer_ill", lang="es",
    company="Clínica del Bajo Rosario", contact="molmos@clinicabajo.example.ar",
    reply_of="t9_req", frm=("Marisa Olmos", "molmos@clinicabajo.example.ar"),
    subject="Re: Cambio de horario – entrevista Asistente Administrativa de Personal",
    date="2026-03-19 08:26", tz="-0300",
    text="""Hola Lucía, buen día.

Recibimos tu pedido de pasar la entrevista al miércoles, pero surgió otra cosa: la Lic. Paula Giménez, que es quien te iba a entrevistar, está en cama con gripe y no vuelve hasta el jueves 26.

Te propongo el viernes 27 de marzo a las 10:00, por la misma videollamada que agendaste. El link no cambia. ¿Te sirve?

Marisa Olmos
Recursos Humanos – Clínica del Bajo Rosario
Bv. Oroño 1420, Rosario · (0341) 555-8830 int. 212
""")

add(MOV, key="t15_mov", slug="molinosvm_assessment_postponed", lang="es",
    company="Molinos Villa María", contact="cpaz@molinosvm.example.ar", reply_of="t15_inv",
    frm=("Cecilia Paz", "cpaz@molinosvm.example.ar"),
    subject="Re: Jornada de evaluación – Asistente de RR.HH. – 13/08",
    date="2026-08-10 12:40", tz="-0300",
    text="""Hola Lucía:

Te aviso con tiempo que tuvimos que correr la jornada de evaluación: el jueves 13 tenemos auditoría del SENASA en planta y el salón de capacitación queda afectado.

La nueva fecha es el jueves 20 de agosto, mismo horario (9:00 a 13:30) y mismo lugar. No hace falta que vuelvas a confirmar si te queda bien; si no podés, avisame.

Gracias y perdón por el cambio,
Cecilia Paz
Analista de Selección – Molinos Villa María S.A.
""",
    ics_mode="attachment",
    ics={"uid": "mvm-assessment-2026-08-13@molinosvm.example.ar", "seq": 1,
             "start": "2026-08-20 09:00", "end": "2026-08-20 13:30",
             "summary": "Jornada de evaluación grupal – Asistente de RR.HH. (nueva fecha)",
             "location": "Planta Villa María, Av. Presidente Perón 2250, Villa María",
             "file": "jornada_evaluacion_nueva_fecha.ics",
             "prodid": "-//Google Inc//Google Calendar 70.9054//EN"})

add(MOV, key="t18_mov", slug="kairos_call_moved_tuesday", lang="es",
    company="Kairós Consultores", contact="alvaro.mendez@kairosrrhh.example.es",
    reply_of="t18_inv", frm=("Álvaro Méndez | Kairós", "alvaro.mendez@kairosrrhh.example.es"),
    frm_enc=("iso-8859-1", "Q"), subject="RE: Tu CV – Técnica de RR. HH.",
    date="2026-01-26 19:10", tz="+0100",
    text="""Hola de nuevo, Lucía:

Me ha surgido una reunión con el cliente justo el jueves por la tarde, así que tengo que mover nuestra llamada. ¿Te iría bien el martes 3 de febrero a la misma hora (15:00 en Madrid, 11:00 en Córdoba)?

Perdona el cambio.

Álvaro
""")

add(MOV, key="t16_mov", slug="lacteosoriental_trial_day_cancelled_strike", lang="es",
    company="Lácteos del Plata Oriental", contact="vacosta@lacteosoriental.example.uy",
    reply_of="t16_inv", frm=("Valentina Acosta", "vacosta@lacteosoriental.example.uy"),
    subject="Re: Día de prueba en planta – 17 de setiembre", date="2026-09-16 08:05",
    tz="-0300",
    text="""Lucía, buen día:

Te escribo rápido porque el PIT-CNT confirmó un paro general para mañana jueves y la planta va a funcionar con guardia mínima. No tiene sentido que viajes para el día de prueba en esas condiciones, así que lo suspendemos.

Esto no cambia nada de tu proceso: apenas tengamos la nueva fecha te escribo para reorganizar el viaje. Ya pedí que te devuelvan el pasaje del Buquebus.

Perdón por el cambio de último momento.
Valentina
""")

# ----------------------------------------------------------------------------- en (4)

add(MOV, key="t4_cancel", slug="biscayne_ics_cancel_hiring_manager_travel", lang="en",
    company="Biscayne Health Partners", contact="jordan.ellis@biscaynehealth.example.com",
    reply_of="t4_req", frm=("Jordan Ellis", "jordan.ellis@biscaynehealth.example.com"),
    subject="Canceled: Phone screen – Lucía Hartley-Mendoza / HR Coordinator",
    date="2026-03-16 17:20", tz="-0400",
    text="""Hi Lucía,

Thanks for letting me know about Thursday. As it turns out, I need to cancel our phone screen altogether for now: the hiring manager is traveling to our Naples site for the next two weeks and wants to be on the call.

Nothing has changed on our side regarding your application. I'll reach back out as soon as her calendar opens up.

Jordan
""",
    ics={"method": "CANCEL", "uid": "gh-bhp-screen-5c0a9e-20260319@biscaynehealth.example.com",
             "seq": 2, "start": "2026-03-19 11:00", "end": "2026-03-19 11:30",
             "summary": "Phone screen – Lucía Hartley-Mendoza / HR Coordinator",
             "location": "Phone call"})

_S10 = """Hi Lucía,

Quick update: Andrea Kim was called into a board meeting on Wednesday morning, so we've moved the panel to 2:00–3:00 PM Eastern the same day (3:00 PM in Córdoba). The Zoom link has also changed; please use the one in the updated invitation.

Apologies for the shuffle, and thanks for your flexibility.

Priya
"""
add(MOV, key="t8_mov", slug="coralgables_ics_update_sequence", lang="en",
    company="Coral Gables Community Bank", contact="praman@cgcbank.example.com",
    frm=("Priya Raman", "praman@cgcbank.example.com"),
    subject="Updated: Panel Interview – HR Operations Assistant", date="2026-08-14 16:05",
    tz="-0400", text=_S10, html=outlook_html(paras(_S10), "en"),
    ics={"uid": "cgcb-panel-hroa-20260819@cgcbank.example.com", "seq": 1,
             "start": "2026-08-19 14:00", "end": "2026-08-19 15:00",
             "summary": "Panel Interview – HR Operations Assistant (Lucía Hartley-Mendoza)",
             "location": "Zoom https://zoom.example.com/j/88120097150"})

add(MOV, key="t19_mov", slug="bayfront_interviewer_ill", lang="en",
    company="Bayfront University", contact="mbell@bayfront.example.edu", reply_of="t19_inv",
    frm=("Marcus Bell", "mbell@bayfront.example.edu"),
    subject="RE: Interview invitation – Academic HR Assistant (Req. 4471)",
    date="2026-02-19 15:40", tz="-0500",
    text="""Dear Lucía,

I'm sorry for the late notice. Dr. Patel, who chairs the committee, has come down with the flu and won't be able to join tomorrow. Rather than go ahead without her, we'd like to move your interview to Tuesday, February 24, at 11:00 AM Eastern (1:00 PM in Argentina). The Zoom link stays the same.

Please let me know whether the new time works.

Best,
Marcus
""")

add(MOV, key="t20_mov", slug="brickell_client_moves_interview", lang="en",
    company="Sunrise Families Foundation", contact="dana.whitaker@brickelltalent.example.com",
    reply_of="t20_inv", frm=("Dana Whitaker", "dana.whitaker@brickelltalent.example.com"),
    subject="Sunrise Families Foundation – interview moved to Thursday",
    date="2026-05-21 12:18", tz="-0400",
    text="""Hi Lucía,

Sunrise asked me to move Tuesday's interview: Gloria has to be in Tallahassee for a grant hearing. New time is Thursday, May 28, at 2:00 PM Eastern (3:00 PM yours), same Zoom room.

If Thursday is a problem, tell me today and I'll push back on them.

Dana
""")

# ----------------------------------------------------------------------------- fr (2)

add(MOV, key="t3_mov", slug="lemansolidarite_new_slot_after_apology", lang="fr",
    company="Fondation Léman Solidarité", contact="camille.rochat@lemansolidarite.example.ch",
    reply_of="t3_apology", frm=("Camille Rochat", "camille.rochat@lemansolidarite.example.ch"),
    subject="RE: Entretien de ce matin – toutes mes excuses", date="2026-05-13 09:25",
    tz="+0200",
    text="""Chère Madame,

Merci pour votre message et vos explications ; ce genre de confusion avec les fuseaux horaires arrive plus souvent qu'on ne le pense.

Nous vous proposons de déplacer l'entretien au mardi 19 mai à 15 h, heure de Genève (10 h pour vous). Je vous envoie une nouvelle invitation Teams dans la foulée. Mme Perrenoud sera à nouveau présente.

Bien à vous,
Camille Rochat
Responsable des ressources humaines – Fondation Léman Solidarité
""")

add(MOV, key="t23_mov", slug="eip_trial_postponed", lang="fr",
    company="École Internationale des Pâquis", contact="sdufour@eip.example.ch",
    reply_of="t23_inv", frm=("Sophie Dufour", "sdufour@eip.example.ch"),
    subject="Re: Demi-journée d'essai au secrétariat", date="2026-09-08 17:15", tz="+0200",
    text="""Chère Madame Hartley-Mendoza,

Je suis navrée, mais je dois reporter la demi-journée d'essai de demain : une inspection du Département de l'instruction publique a été fixée à la dernière minute et tout le secrétariat sera mobilisé.

Pourriez-vous venir le mardi 15 septembre, même horaire (8 h – 12 h) ? Le reste du programme ne change pas.

Avec mes excuses,
Sophie Dufour
Directrice administrative – École Internationale des Pâquis
""")

# ----------------------------------------------------------------------------- de (1)

_S15 = """Liebe Frau Hartley-Mendoza

Danke für Ihren Hinweis wegen der Zeitverschiebung. Wir haben das Gespräch auf Mittwoch, 29. April 2026, 16:00–17:00 Uhr (MESZ) verschoben – das ist 11:00 Uhr in Córdoba. Sie erhalten hiermit die aktualisierte Einladung; der alte Termin entfällt.

Freundliche Grüsse
Sandra Keller
HR-Fachfrau · Hochschule Sihlfeld
"""
add(MOV, key="t2_mov", slug="sihlfeld_ics_update_after_request", lang="de",
    company="Hochschule Sihlfeld", contact="sandra.keller@hs-sihlfeld.example.ch",
    reply_of="t2_req", frm=("Sandra Keller", "sandra.keller@hs-sihlfeld.example.ch"),
    subject="Aktualisiert: Vorstellungsgespräch Sachbearbeiterin Personaladministration",
    subject_enc=("iso-8859-1", "Q"), date="2026-04-23 10:02", tz="+0200",
    text=_S15, html=outlook_html(paras(_S15), "de"),
    ics={"uid": "hss-pa-gespraech-20260428@hs-sihlfeld.example.ch", "seq": 1,
             "start": "2026-04-29 16:00", "end": "2026-04-29 17:00",
             "summary": "Vorstellungsgespräch Sachbearbeiterin Personaladministration",
             "location": "Microsoft Teams-Besprechung"})

# ============================================================================ missed
# ----------------------------------------------------------------------------- es (6)

add(MIS, key="t7_mis", slug="cordilleraalta_called_twice", lang="es",
    company="Viña Cordillera Alta", contact="criquelme@cordilleraalta.example.cl",
    frm=("Constanza Riquelme", "criquelme@cordilleraalta.example.cl"),
    subject="Intenté llamarte", date="2026-07-08 10:38", tz="-0400",
    text="""Hola Lucía:

Te llamé dos veces a las 10:00, como habíamos quedado, al +54 9 351 555-0142, pero la llamada no entró (me salió que el número no está disponible). También te dejé un mensaje por WhatsApp.

¿Está todo bien? Si me confirmas un número o un horario, lo volvemos a intentar.

Constanza Riquelme
Jefa de Personas y Cultura – Viña Cordillera Alta
""")

add(MIS, key="t14_mis", slug="tresrios_waited_on_meet", lang="es",
    company="Universidad Tres Ríos", contact="lbenitez@unitresrios.example.ar",
    frm=("Lorena Benítez", "lbenitez@unitresrios.example.ar"), frm_enc=("utf-8", "B"),
    subject="Entrevista de hoy 11 h", date="2026-06-11 11:34", tz="-0300",
    text="""Hola Lucía:

Te estuvimos esperando en el Meet de las 11 con la Lic. Arce hasta las 11:20 y no te vimos conectarte. Quizás hubo algún problema con el enlace o con la reserva.

Contame qué pasó y vemos si se puede reprogramar; la Lic. Arce tiene la agenda bastante complicada esta semana, así que cuanto antes me avises, mejor.

Lorena Benítez
Dirección de Recursos Humanos – Universidad Tres Ríos
""")

add(MIS, key="t17_mis", slug="talentorioplatense_client_waited_teams", lang="es",
    company="Puerto Sauce Logística", contact="jvidal@talentorioplatense.example.uy",
    reply_of="t17_inv", frm=("Joaquín Vidal", "jvidal@talentorioplatense.example.uy"),
    subject="Re: Entrevista con Puerto Sauce Logística – viernes 17/4",
    date="2026-04-17 10:41", tz="-0300",
    text="""Lucía, ¿todo bien?

Ignacio, de Puerto Sauce, y Lucía Méndez de nuestro equipo te esperaron en Teams desde las 10:00 y no llegaste a conectarte. Te llamé al celular un par de veces y me dio apagado.

Avisame en cuanto puedas; si fue un problema técnico, intento convencerlos de darte otro horario, pero necesito saberlo hoy.

Joaquín
""")

add(MIS, key="t12_mis", slug="ghcastellana_no_show_confirm_interest", lang="es",
    company="Grupo Hospitalario Castellana", contact="rocio.sanz@ghcastellana.example.es",
    reply_of="t12_inv", frm=("Rocío Sanz Peña", "rocio.sanz@ghcastellana.example.es"),
    frm_enc=("iso-8859-1", "B"),
    subject="RE: Entrevista por videoconferencia – Técnico/a de Administración de Personal",
    date="2026-03-24 16:32", tz="+0100",
    text="""Estimada Sra. Hartley-Mendoza:

Esta tarde, a las 16:00, la esperábamos en la videoconferencia de Teams junto con la Jefa de Nóminas, y no llegó a conectarse. Tampoco nos consta ningún aviso previo.

Le rogamos que nos confirme si sigue interesada en el proceso; en tal caso, veremos si es posible ofrecerle una nueva franja.

Atentamente,
Rocío Sanz Peña
Técnica de Selección · Grupo Hospitalario Castellana
""")

add(MIS, key="t11_mis", slug="manoslitoral_waited_zoom_casual", lang="es",
    company="Fundación Manos del Litoral", contact="romina@manoslitoral.example.org",
    reply_of="t11_inv", frm=("Romina Sosa", "romina@manoslitoral.example.org"),
    subject="Re: ¿Charlamos el jueves?", date="2026-02-12 18:41", tz="-0300",
    text="""Lu, ¿estás? Te estoy esperando en el Zoom desde las 18 y nada. ¿Se te complicó con la salida del colegio?

Me quedo conectada hasta menos cuarto; si no, escribime y lo pasamos para otro día.

Ro
""")

add(MIS, key="semillera_mis", slug="semillera_didnt_pick_up", lang="es",
    company="Semillera Litoral", contact="gustavo@semilleralitoral.example.ar",
    frm=("Gustavo Bertolotti", "gustavo@semilleralitoral.example.ar"),
    subject="Llamada de hoy", date="2026-10-07 09:52", tz="-0300",
    text="""Hola Lucía, te llamé a las 9:30 como habíamos quedado para la entrevista telefónica y no atendiste. Probé de nuevo a las 9:40, tampoco.

Si seguís interesada en el puesto de administrativa, avisame.

Gustavo Bertolotti
Semillera Litoral – Ruta 33 km 12, Pérez, Santa Fe
""")

# ----------------------------------------------------------------------------- en (2)

add(MIS, key="t22_mis", slug="harborview_waited_on_teams", lang="en",
    company="Harborview Logistics", contact="sdelgado@harborviewlogistics.example.com",
    reply_of="t22_inv", frm=("Sam Delgado", "sdelgado@harborviewlogistics.example.com"),
    subject="RE: quick chat?", date="2026-07-16 10:22", tz="-0400",
    text="""Hi Lucía,

I waited on Teams for about 15 minutes this morning but didn't see you join. Hope everything's OK on your end.

If you're still interested, reply with a couple of times that work next week and I'll see what I can do.

Sam
""")

add(MIS, key="t21_mis", slug="everglades_no_check_in_assessment", lang="en",
    company="Everglades AgriTrade", contact="kmarsh@evergladesagri.example.com",
    frm=("Kelsey Marsh", "kmarsh@evergladesagri.example.com"),
    subject="Today's Virtual Assessment Center – we missed you", date="2026-06-22 10:05",
    tz="-0400",
    text="""Hello Lucía,

You were registered for this morning's Virtual Assessment Center (9:00 AM Eastern), but you did not check in, and the group exercise has now started without you.

If something unexpected came up, please let me know by end of day. I can't promise a place in a later session, but I'll ask the hiring manager.

Kind regards,
Kelsey Marsh
Recruiting Coordinator | Everglades AgriTrade
18200 SW 248th St, Homestead, FL 33031 | (786) 555-0193
""")

# ----------------------------------------------------------------------------- fr (1)

M9_LEMAN_TEXT = """Madame,

Nous vous avons attendue ce matin à 10 h sur Teams, Mme Perrenoud et moi-même, pendant une vingtaine de minutes, sans vous voir vous connecter.

Nous espérons qu'il ne vous est rien arrivé. Pourriez-vous nous dire ce qui s'est passé ?

Cordialement,
Camille Rochat
Responsable des ressources humaines – Fondation Léman Solidarité
"""
add(MIS, key="t3_mis", slug="lemansolidarite_waited_on_teams", lang="fr",
    company="Fondation Léman Solidarité", contact="camille.rochat@lemansolidarite.example.ch",
    reply_of="t3_inv", frm=("Camille Rochat", "camille.rochat@lemansolidarite.example.ch"),
    subject="Entretien de ce matin", date="2026-05-12 10:31", tz="+0200",
    text=M9_LEMAN_TEXT, html=outlook_html(paras(M9_LEMAN_TEXT), "fr"))

# ----------------------------------------------------------------------------- de (1)

add(MIS, key="t25_mis", slug="uetliberg_tried_calling_twice", lang="de",
    company="Spital Uetliberg", contact="l.meier@spital-uetliberg.example.ch",
    frm=("Lukas Meier", "l.meier@spital-uetliberg.example.ch"),
    subject="Unser Telefontermin von heute", date="2026-06-23 15:24", tz="+0200",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag Frau Hartley-Mendoza

Wir haben heute um 15:00 Uhr (10:00 Uhr Ihrer Zeit) zweimal versucht, Sie unter +54 9 351 555-0142 anzurufen, Sie aber leider nicht erreicht.

Falls Sie weiterhin Interesse an der Stelle haben, melden Sie sich bitte bis Freitag bei mir, damit wir einen neuen Termin finden können.

Freundliche Grüsse
Lukas Meier
HR-Berater
Spital Uetliberg
Birmensdorferstrasse 497, 8055 Zürich
Tel. +41 44 555 40 21
""")
