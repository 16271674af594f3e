"""Corpus 154, meetings: 26 invitations (es 14, en 7, fr 3, de 2), 15 reschedules or
cancellations (es 8, en 4, fr 1, de 2) and 10 missed-interview notices (es 6, en 2, fr 1, de 1)."""

from __future__ import annotations

from msgs154_common import M, outlook_block, reply_quote

INV = "interview_invitation"
MOVE = "interview_reschedule_or_cancel"
MISS = "missed_interview_notice"

CARLA = ("Carla Benavides", "carla.benavides@bancoandino.example.pe")
MATEO = ("Mateo Salazar", "mateo.salazar@yapuy.example.pe")
SABINE = ("Sabine Kälin", "sabine.kaelin@limmatquai.example.ch")
ELODIE = ("Élodie Schmit", "elodie.schmit@petrusse.example.lu")
PRIYA = ("Priya Natarajan", "priya.natarajan@harlowvance.example.com")

INVITATIONS = [
    # 1 — Banco Andino: Teams interview with a calendar REQUEST.
    M(INV, "andino_teams_ics", "es",
      company="Banco Andino del Pacífico", contact=CARLA[1],
      frm=CARLA, tag="andino-inv",
      subject="Invitación a entrevista – Analista de Prevención de Lavado de Activos",
      date="2026-02-17 16:20 -0500", layout=("outlook", {}), cte="quoted-printable",
      ics={"uid": "AAMkADE3-andino-r10482-quispe@bancoandino.example.pe", "seq": 0,
           "start": "2026-02-24 10:00 -0500", "minutes": 60, "organizer": CARLA,
           "summary": "Entrevista – Analista de Prevención de LA/FT (R-10482)",
           "location": "Microsoft Teams",
           "description": "Entrevista por competencias con Carla Benavides y Raúl Gallardo (Unidad de Cumplimiento)."},
      text="""Estimada Renata:

Reciba un cordial saludo de parte del equipo de Gestión del Talento del Banco Andino del Pacífico.

Luego de revisar su postulación para el puesto de Analista de Prevención de Lavado de Activos (R-10482), nos complace invitarla a una entrevista por competencias con mi persona y con el Sr. Raúl Gallardo, Jefe de Monitoreo Transaccional.

Fecha: martes 24 de febrero de 2026
Hora: 10:00 a. m. (hora de Lima)
Duración aproximada: 60 minutos
Modalidad: Microsoft Teams (el enlace está en la invitación de calendario adjunta)

Le agradeceré confirmar su asistencia respondiendo a este correo. Tenga a la mano su DNI y, si lo tiene, el certificado del diplomado en PLAFT.

Saludos cordiales,

Carla Benavides Ugarte
Especialista de Selección – Gestión del Talento
Banco Andino del Pacífico S.A.
Av. Javier Prado Este 1240, San Isidro, Lima
T. (01) 611-4400 anexo 3127"""),

    # 2 — Yapuy via Greenhouse: self-scheduling link; Reply-To the recruiter.
    M(INV, "yapuy_via_greenhouse_link", "es",
      company="Yapuy", contact=MATEO[1],
      frm=("Mateo Salazar via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=MATEO,
      tag="yapuy-inv1",
      subject="Yapuy – agenda tu primera conversación",
      date="2026-04-06 10:12 -0500",
      layout=("card", {"brand": "Yapuy", "color": "#7b2ff7",
                      "footer": "Yapuy Pagos S.A.C. · Av. Pardo 610, Miraflores · Enviado vía Greenhouse"}),
      text="""Hola Renata, ¿qué tal?

Soy Mateo, del equipo de Talento de Yapuy. Vimos tu postulación para Analista de Cumplimiento (KYC/AML) y nos encantaría conocerte en una primera conversación de 30 minutos por Google Meet.

Elige el horario que más te acomode aquí:
https://app.greenhouse.io/scheduling/2f8a1c-yapuy/renata-quispe-albrecht

Si ninguno te sirve, respóndeme este correo y buscamos otro.

¡Hablamos pronto!
Mateo Salazar
Talent Partner – Yapuy"""),

    # 3 — Yapuy: panel with a calendar REQUEST, Outlook HTML.
    M(INV, "yapuy_panel_ics_outlook", "es",
      company="Yapuy", contact=MATEO[1],
      frm=MATEO, tag="yapuy-panel", reply="yapuy-inv1",
      subject="Panel con Compliance y Riesgos – martes 21/04",
      date="2026-04-15 17:30 -0500", layout=("outlook", {}), cte="base64",
      ics={"uid": "040000008200E00074C5B7101A82E008-yapuy-panel-rqa", "seq": 0,
           "start": "2026-04-21 11:00 -0500", "minutes": 90, "organizer": MATEO,
           "summary": "Panel Yapuy – Analista de Cumplimiento (Renata Quispe-Albrecht)",
           "location": "Oficinas Yapuy, Av. Pardo 610, piso 4, Miraflores"},
      ics_attach=True,
      text="""Hola Renata:

¡Gracias por la buena conversación del jueves! El equipo quiere seguir contigo, así que te envío la invitación al panel, que es la última etapa antes de la decisión.

Estarán Gabriela Ríos (Head of Compliance), Iván Takahashi (Riesgo de Fraude) y yo. Es presencial en nuestras oficinas de Miraflores, dura unos 90 minutos e incluye un caso corto: te daremos un extracto de movimientos de tres cuentas y nos contarás qué alertas ves y qué harías.

Acepta la invitación del calendario para confirmar. Si necesitas algo para llegar, me escribes.

Saludos,
Mateo Salazar
Talent Partner | Yapuy
+51 944 610 223"""),

    # 4 — Vértice Talent sets up an interview with its client Banco Meseta.
    M(INV, "vertice_sets_up_banco_meseta", "es",
      company="Banco Meseta", contact="alvaro.mendez@verticetalent.example.es",
      frm=("Álvaro Méndez", "alvaro.mendez@verticetalent.example.es"), tag="vt-inv",
      subject="Entrevista Banco Meseta – Analista AML",
      date="2026-07-07 12:15 +0200",
      text="""Hola Renata:

¡Buenas noticias! He presentado tu candidatura a Banco Meseta para la posición de Analista AML en su Dirección de Cumplimiento Normativo y quieren conocerte.

La entrevista sería el martes 14 de julio a las 17:00 hora de Madrid (10:00 en Lima), por Teams, con Nuria Calvo, responsable del equipo de Monitorización. Dura unos 45 minutos y parte será en inglés.

Te paso unas claves para prepararla:
- Repasa la Ley 10/2010 y el papel del SEPBLAC.
- Ten preparados un par de ejemplos de operativa sospechosa que hayas detectado en ventanilla.
- Pregunta por el proyecto de migración de la herramienta de alertas; les interesa mucho.

¿Me confirmas si te va bien? En cuanto me digas, les paso el OK y te llega el enlace.

Un abrazo,

Álvaro Méndez Soler
Senior Consultant · Financial Services
Vértice Talent Partners
Paseo de la Castellana 95, planta 14 · 28046 Madrid
+34 912 48 63 10 · móvil +34 655 21 08 47"""),

    # 5 — Pagalo via Lever: Google Meet interview; Reply-To the recruiter.
    M(INV, "pagalo_via_lever_meet", "es",
      company="Pagalo", contact="francisca.rojas@pagalo.example.cl",
      frm=("Francisca Rojas", "no-reply@hire.lever.co"),
      reply_to=("Francisca Rojas", "francisca.rojas@pagalo.example.cl"), tag="pg-inv",
      subject="Entrevista con Pagalo – Analista de Cumplimiento",
      date="2026-03-09 11:30 -0300",
      text="""Hola Renata:

¡Gracias por postular a Pagalo! Me gustaría invitarte a una entrevista con Sebastián Muñoz, nuestro Encargado de Prevención de Delitos, para conversar sobre tu experiencia y el cargo.

Jueves 12 de marzo, 10:00 hrs (Santiago) / 08:00 hrs (Lima)
Google Meet: https://meet.google.com/pgx-rwdn-kta

Si el horario no te acomoda, respóndeme y vemos otra alternativa.

Saludos,
Francisca Rojas
Reclutadora | Pagalo
Av. Apoquindo 4800, Las Condes, Santiago"""),

    # 6 — Minera Cordillera Blanca: assessment centre in Arequipa, agenda as PDF.
    M(INV, "cordillera_assessment_centre_pdf", "es",
      company="Minera Cordillera Blanca", contact="rocio.huaman@mineracordillera.example.pe",
      frm=("Rocío Huamán", "rocio.huaman@mineracordillera.example.pe"), tag="mc-inv",
      subject="Convocatoria a Assessment Center – Analista de Cumplimiento y Ética",
      date="2026-08-03 09:05 -0500", cte="8bit",
      pdfs=[("Agenda_Assessment_Center_12-08-2026.pdf", "Assessment Center - 12/08/2026",
             ["08:30 Registro y bienvenida (Hotel Casa Andina Select, Arequipa)",
              "09:00 Dinamica grupal: caso de debida diligencia de proveedores",
              "11:00 Prueba escrita: Ley 30424, modelo de prevencion y PLAFT",
              "13:00 Almuerzo",
              "14:30 Entrevistas individuales con la Gerencia de Cumplimiento",
              "17:00 Cierre"])],
      text="""Estimada Renata:

Nos es grato comunicarle que ha sido seleccionada para participar en el Assessment Center del proceso Analista de Cumplimiento y Ética de Minera Cordillera Blanca.

Fecha: miércoles 12 de agosto de 2026
Lugar: Hotel Casa Andina Select, calle Jerusalén 603, Arequipa
Hora de inicio: 08:30 a. m.

La jornada incluye una dinámica grupal, una prueba escrita y una entrevista individual con la Gerencia de Cumplimiento. Adjuntamos la agenda detallada. La empresa cubre el pasaje Lima–Arequipa y la movilidad; para emitir el boleto necesitamos que nos confirme su participación y su número de DNI hasta el jueves 6.

Atentamente,

Rocío Huamán Ccama
Analista de Selección – Gerencia de Gestión Humana
Minera Cordillera Blanca S.A.A.
Av. Ejército 710, Yanahuara, Arequipa
Tel. (054) 60-1820 · Cel. 959 330 417"""),

    # 7 — Caja Municipal Misti: phone-screen ask, windows-1252.
    M(INV, "caja_misti_phone_screen_cp1252", "es",
      company="Caja Municipal Misti", contact="jzegarra@cajamisti.example.pe",
      frm=("Jorge Zegarra", "jzegarra@cajamisti.example.pe"), tag="misti-inv",
      subject="Postulación Asistente de Cumplimiento – llamada",
      date="2026-01-14 12:10 -0500", charset="windows-1252", cte="quoted-printable",
      text="""Buenas tardes, Srta. Quispe.

Recibimos su CV para la plaza de Asistente de Cumplimiento en Arequipa. Antes de citarla a la oficina quisiera conversar unos 15 minutos por teléfono con usted, sobre todo para saber su disponibilidad para mudarse.

¿Le parece bien que la llame el viernes 16 a las 10:00 a. m. al celular que indica en su CV (987 115 402)? Si prefiere otra hora, indíqueme.

Gracias,
Jorge Zegarra P.
Jefe de Oficina de Cumplimiento – Caja Municipal Misti
Calle Mercaderes 214, Cercado, Arequipa · (054) 28-3390"""),

    # 8 — Banco Cafetero del Norte via SmartRecruiters: scheduling link, HTML only.
    M(INV, "bancafe_smartrecruiters_link_html", "es",
      company="Banco Cafetero del Norte",
      frm=("Banco Cafetero del Norte", "noreply@smartrecruiters.com"), tag="bcn-inv",
      subject="Agende su entrevista – Analista SARLAFT Senior",
      date="2026-06-10 08:40 -0500", html_only=True, cte="quoted-printable",
      layout=("card", {"brand": "Banco Cafetero del Norte", "color": "#7a4b1e",
                      "footer": "Este correo fue generado automáticamente por SmartRecruiters."}),
      headers={"Auto-Submitted": "auto-generated"},
      text="""Cordial saludo, Renata.

Su perfil avanzó a la etapa de entrevista con la Vicepresidencia de Cumplimiento para el cargo de Analista SARLAFT Senior.

Por favor seleccione un horario disponible entre el 16 y el 19 de junio en el siguiente enlace. La entrevista será virtual y tendrá una duración de 45 minutos.

https://www.smartrecruiters.com/app/interview/schedule/bcn-7731-renata

Al confirmar recibirá una invitación de calendario con el enlace de la reunión.

Dirección de Gestión Humana
Banco Cafetero del Norte"""),

    # 9 — Seguros La Sabana: interview with the compliance manager.
    M(INV, "sabana_interview_invite", "es",
      company="Seguros La Sabana", contact="andrea.quintero@segurossabana.example.co",
      frm=("Andrea Quintero", "andrea.quintero@segurossabana.example.co"), tag="sabana-inv",
      subject="Citación a entrevista – Analista de Riesgo LA/FT",
      date="2026-08-10 10:25 -0500", cte="base64",
      text="""Apreciada Renata, buenos días.

Reciba un cordial saludo. Su hoja de vida fue preseleccionada para el cargo de Analista de Riesgo LA/FT y queremos citarla a entrevista con la Dra. Claudia Martínez, Oficial de Cumplimiento.

Día: martes 18 de agosto
Hora: 9:00 a. m. (hora de Colombia, igual a la de Lima)
Medio: Google Meet – https://meet.google.com/sab-lkqe-ftw

Le agradezco confirmar su asistencia por este medio.

Cordialmente,

Andrea Quintero Díaz
Profesional de Selección
Seguros La Sabana S.A.
Carrera 7 # 71-21, Torre B, Bogotá D.C.
PBX (601) 744 2900 ext. 5521"""),

    # 10 — Kuanto (Santiago): casual "are you free Thursday" from the founder.
    M(INV, "kuanto_casual_thursday", "es",
      company="Kuanto", contact="tomas@kuanto.example.cl",
      frm=("Tomás Errázuriz", "tomas@kuanto.example.cl"), tag="ku-inv",
      subject="¿conversamos el jueves?",
      date="2026-06-22 20:32 -0400", cte="8bit",
      text="""Hola Renata!

Me pasó tu CV la Javi Soto, que fue tu compañera en el diplomado. Estamos armando el área de compliance de Kuanto (somos una fintech de pagos transfronterizos Chile–Perú) y creo que tu experiencia en caja nos sirve justo para entender cómo se ve el riesgo en la calle.

¿Estás libre el jueves para tomarnos un café virtual? Te propongo a las 18:00 de Chile, que son las 17:00 en Lima. Te mando un link de Zoom: https://zoom.us/j/8812045561

Saludos!
Tomás
Cofundador & CEO · Kuanto"""),

    # 11 — Lozano Ibarra Auditores: reply to Renata's application, invitation to interview.
    M(INV, "lozano_ibarra_reply_to_application", "es",
      company="Lozano Ibarra Auditores", contact="marta.lozano@lozanoibarra.example.es",
      frm=("Marta Lozano", "marta.lozano@lozanoibarra.example.es"), tag="li-inv",
      reply="li-app",
      subject="RE: Candidatura – Analista de Prevención del Blanqueo de Capitales",
      date="2026-02-04 13:50 +0100",
      text="""Hola, Renata:

Gracias por tu candidatura. Tu perfil nos resulta interesante y nos gustaría conocerte en una entrevista por videoconferencia el jueves 19 de febrero a las 16:00 (hora peninsular), que serían las 10:00 en Lima. Estaremos Jaime Ibarra, socio de auditoría, y yo.

Te enviaré el enlace de Zoom la víspera. Si la hora no te encaja, propónme otra esa misma semana.

Un saludo,

Marta Lozano Ibarra
Socia directora
Lozano Ibarra Auditores
C/ Velázquez 50, 3.º · 28001 Madrid
Tel. 914 35 77 20

""" + reply_quote("es", "mar, 20 ene 2026 a las 22:03", "Renata Quispe-Albrecht (<renata.qa@example.pe>)", """Estimada Sra. Lozano:

Le escribo para presentar mi candidatura al puesto de Analista de Prevención del Blanqueo de Capitales publicado en InfoJobs. Adjunto mi CV.

Un cordial saludo,
Renata Quispe-Albrecht""")),

    # 12 — Agencia de Supervisión Financiera (Madrid): knowledge test.
    M(INV, "asf_knowledge_test", "es",
      company="Agencia de Supervisión Financiera", contact="b.arrieta@asf.example.es",
      frm=("Begoña Arrieta", "b.arrieta@asf.example.es"), tag="asf-inv",
      subject="Convocatoria a prueba de conocimientos – Técnico/a de Supervisión PBC",
      subject_enc=("utf-8", "B"),
      date="2026-09-14 11:00 +0200", layout=("simple", {}), cte="quoted-printable",
      text="""Estimada Sra. Quispe-Albrecht:

En relación con el proceso de selección para la plaza de Técnico/a de Supervisión en Prevención del Blanqueo de Capitales (ref. ASF-PBC-07/2026), le comunicamos que ha superado la fase de valoración de méritos.

Por ello, se le convoca a la prueba de conocimientos, que se celebrará en línea con supervisión remota:

- Fecha: martes 29 de septiembre de 2026
- Hora: 10:00 (hora peninsular española)
- Duración: 2 horas (test de 60 preguntas y supuesto práctico)

Recibirá las credenciales de acceso a la plataforma 48 horas antes. Es imprescindible disponer de cámara y de un documento de identidad en vigor.

Atentamente,

Begoña Arrieta Goñi
Jefa de Servicio de Selección
Agencia de Supervisión Financiera
Calle de Miguel Ángel 11, 28010 Madrid"""),

    # 13 — Adecua Temporales sets up an interview with its client Fiduciaria Altiplano.
    M(INV, "adecua_sets_up_fiduciaria", "es",
      company="Fiduciaria Altiplano", contact="yesenia.pardo@adecua.example.co",
      frm=("Yesenia Pardo", "yesenia.pardo@adecua.example.co"), tag="adecua-inv",
      subject="Entrevista con Fiduciaria Altiplano - jueves 21",
      date="2026-05-18 15:20 -0500",
      text="""Hola Renata, buenas tardes.

Te cuento que Fiduciaria Altiplano revisó tu hoja de vida para la vacante de Auxiliar de Cumplimiento y quiere entrevistarte. La entrevista es con la gerente de Riesgos, Ximena Otálora, el jueves 21 de mayo a las 3:00 p. m. por Teams. El enlace: https://teams.microsoft.com/l/meetup-join/fid-altiplano-21may

Por favor me confirmas que quedó agendado. Cualquier duda me llamas o me escribes al WhatsApp.

Feliz tarde,
Yesenia Pardo
Ejecutiva de Selección | Adecua Temporales
Cl. 72 # 10-07, Bogotá | Cel. 310 458 2271"""),

    # 14 — Cuentaclara (Madrid): a remote trial day.
    M(INV, "cuentaclara_trial_day", "es",
      company="Cuentaclara", contact="ines.montero@cuentaclara.example.es",
      frm=("Inés Montero", "ines.montero@cuentaclara.example.es"), tag="cc-inv",
      subject="¿Te animas a una jornada de prueba con el equipo?",
      subject_enc=("iso-8859-1", "Q"), name_enc=("iso-8859-1", "Q"),
      date="2026-05-25 10:10 +0200", charset="iso-8859-1", cte="quoted-printable",
      text="""¡Hola, Renata!

Después de las dos entrevistas, al equipo de Onboarding & KYC le apetece verte trabajar con ellos. Te proponemos una jornada de prueba en remoto el miércoles 3 de junio, de 9:00 a 14:00 hora de Madrid (2:00 a 7:00 en Lima, ya sé que es pronto; si lo prefieres lo hacemos de 15:00 a 20:00).

Revisarás con Pablo expedientes reales anonimizados de alta de clientes y haremos una puesta en común al final. La jornada se remunera.

Dime qué franja te viene mejor y te mando la invitación.

Un saludo,
Inés Montero
People & Talent
Cuentaclara - Calle de Alcalá 155, 28009 Madrid"""),

    # 15 — Coral Gables Trust: recruiter phone screen ask.
    M(INV, "coral_phone_screen_ask", "en",
      company="Coral Gables Trust", contact="dana.whitfield@coralgablestrust.example.com",
      frm=("Dana Whitfield", "dana.whitfield@coralgablestrust.example.com"),
      tag="coral-screen", reply="coral-ack",
      subject="BSA/AML Analyst - phone screen",
      date="2026-06-09 10:48 -0400",
      text="""Hi Renata,

Thanks for applying to the BSA/AML Analyst opening at Coral Gables Trust. I'm the recruiter supporting the role and I'd like to set up a 20-30 minute phone screen to learn more about your background and walk you through the position.

Would Wednesday or Thursday afternoon this week work for you? Just reply with a couple of times (please mention your time zone) and the best number to reach you.

Thanks,
Dana Whitfield
Talent Acquisition Partner
Coral Gables Trust Company
2333 Ponce de Leon Blvd, Coral Gables, FL 33134
(305) 555-0113"""),

    # 16 — Remesa Labs: screening call, Ashby self-scheduling link.
    M(INV, "remesa_screen_ashby_link", "en",
      company="Remesa Labs", contact="jordan.pike@remesalabs.example.com",
      frm=("Jordan Pike", "jordan.pike@remesalabs.example.com"), tag="rl-inv",
      subject="Remesa Labs - KYC Operations Analyst: intro call",
      date="2026-05-05 15:22 -0400", layout=("simple", {}),
      text="""Hi Renata,

Great to hear from you! I'd love to set up a quick intro call about the KYC Operations Analyst role. Grab any open slot here:

https://jobs.ashbyhq.com/remesalabs/interview/schedule/8b1e-rqa

If Thursday 10:00 AM ET works, go ahead and book it; I'll call the mobile number on your resume.

Talk soon,
Jordan Pike
Recruiting Lead, Remesa Labs
Miami, FL"""),

    # 17 — Harlow Vance Advisory: panel interview with a calendar REQUEST.
    M(INV, "harlow_vance_panel_ics", "en",
      company="Harlow Vance Advisory", contact=PRIYA[1],
      frm=PRIYA, tag="hv-inv",
      subject="Interview invitation: Senior AML Associate - panel",
      date="2026-06-22 09:15 -0400", layout=("outlook", {}),
      ics={"uid": "hv-panel-2026-06-30-rqa@harlowvance.example.com", "seq": 0,
           "start": "2026-06-30 14:00 -0400", "minutes": 75, "organizer": PRIYA,
           "summary": "Panel interview - Senior AML Associate (R. Quispe-Albrecht)",
           "location": "Microsoft Teams Meeting",
           "description": "Panel: Gordon Vance (Partner) and Lucía Ocampo (Director, Financial Crime)."},
      text="""Dear Renata,

Following your conversation with our recruiting team, we would like to invite you to a panel interview for the Senior AML Associate position in our Financial Crime practice.

Date: Tuesday, June 30, 2026
Time: 2:00 PM - 3:15 PM Eastern (1:00 PM Lima)
Format: Microsoft Teams (details in the attached calendar invitation)
Panel: Gordon Vance, Partner, and Lucía Ocampo, Director, Financial Crime

The panel will include a 20-minute case discussion on a transaction lookback. No preparation is required beyond reviewing the job description.

Please accept the invitation to confirm your attendance.

Kind regards,

Priya Natarajan
Talent Acquisition Manager
Harlow Vance Advisory LLP
200 S Biscayne Blvd, Suite 2700, Miami, FL 33131
T +1 (305) 555-0190

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it."""),

    # 18 — Keystone Staffing sets up an interview with its client Brickell Harbor Bank.
    M(INV, "keystone_sets_up_brickell", "en",
      company="Brickell Harbor Bank", contact="tanya.ruiz@keystonestaffing.example.com",
      frm=("Tanya Ruiz", "tanya.ruiz@keystonestaffing.example.com"), tag="ks-inv",
      subject="Interview confirmed: Brickell Harbor Bank - BSA/AML Analyst (contract)",
      date="2026-04-27 13:05 -0400",
      text="""Hi Renata,

Great news - Brickell Harbor Bank would like to meet you for the 6-month BSA/AML Analyst contract we discussed.

When: Thursday, April 30 at 11:00 AM ET (10:00 AM Lima)
Who: Neil Carver, BSA Officer, and one analyst from his team
Where: video call, link below
https://brickellharbor.zoom.us/j/93310028417

A few tips: keep your answers tied to examples from your branch work, mention the CTR and structuring cases, and ask about their alert backlog. Call me after so we can debrief.

Tanya Ruiz | Senior Recruiter, Banking & Finance
Keystone Staffing Group
1450 Brickell Ave, Suite 1900, Miami, FL 33131
(305) 555-0148"""),

    # 19 — Caribe Remit: casual "free Thursday to chat?".
    M(INV, "caribe_remit_free_thursday", "en",
      company="Caribe Remit", contact="luis@cariberemit.example.com",
      frm=("Luis Ortega-Baez", "luis@cariberemit.example.com"), tag="cr-inv",
      subject="free Thursday?",
      date="2026-09-08 21:10 -0400",
      text="""Hi Renata,

Our mutual friend Diego Loayza says you're looking to move into compliance. I run the AML team at Caribe Remit and we've got an analyst seat opening up.

Are you free Thursday to chat for half an hour? Anytime after 2 PM Miami time works for me. Here's my Zoom: https://zoom.us/j/5520193377

Cheers,
Luis Ortega-Baez
Head of AML, Caribe Remit"""),

    # 20 — Atlantic Meridian Insurance: virtual assessment centre.
    M(INV, "atlantic_meridian_assessment_centre", "en",
      company="Atlantic Meridian Insurance", contact="kevin.orourke@atlanticmeridian.example.com",
      frm=("Kevin O'Rourke", "kevin.orourke@atlanticmeridian.example.com"), tag="am-inv",
      subject="Invitation: Virtual Assessment Centre - Compliance Analyst (JR-22817)",
      date="2026-03-17 14:40 -0400", cte="base64",
      text="""Dear Renata,

Congratulations - you have been shortlisted for our virtual assessment centre for the Compliance Analyst, Anti-Fraud & AML role.

Date: Thursday, March 26, 2026
Time: 9:00 AM - 1:30 PM Eastern
Platform: Microsoft Teams (joining instructions to follow)

The day includes a group exercise, a written case study on a suspicious claims pattern, and a competency interview with two managers from our Special Investigations Unit.

Please confirm your attendance by replying to this email by Friday, March 20.

Best regards,
Kevin O'Rourke
Early Careers & Graduate Recruitment
Atlantic Meridian Insurance Company
100 SE 2nd Street, Miami, FL 33131"""),

    # 21 — Biscayne Ledger via Greenhouse: "Hannah Cole via Greenhouse".
    M(INV, "biscayne_via_greenhouse", "en",
      company="Biscayne Ledger", contact="hannah.cole@biscayneledger.example.com",
      frm=("Hannah Cole via Greenhouse", "no-reply@greenhouse-mail.io"),
      reply_to=("Hannah Cole", "hannah.cole@biscayneledger.example.com"), tag="bl-inv",
      subject="Interview with Biscayne Ledger - Friday, July 24",
      date="2026-07-21 16:02 -0400",
      layout=("card", {"brand": "Biscayne Ledger", "color": "#0a7ea4",
                      "footer": "Biscayne Ledger, Inc. · Sent via Greenhouse"}),
      text="""Hi Renata,

You're confirmed for a video interview for the Financial Crimes Analyst role:

Friday, July 24, 2026, 1:00 PM - 1:45 PM EDT
With: Marcus Odum, Financial Crimes Manager
Zoom: https://biscayneledger.zoom.us/j/81277430021

If you need to reschedule, just reply to this message.

Best,
Hannah Cole
Recruiting Coordinator, Biscayne Ledger"""),

    # 22 — Banque de la Pétrusse: interview with a calendar REQUEST.
    M(INV, "petrusse_entretien_ics", "fr",
      company="Banque de la Pétrusse", contact=ELODIE[1],
      frm=ELODIE, tag="pet-inv",
      subject="Invitation à un entretien – Analyste LBC/FT",
      date="2026-03-16 10:30 +0100", layout=("outlook", {}), cte="quoted-printable",
      ics={"uid": "petrusse-lbcft-2026-0325-rqa@petrusse.example.lu", "seq": 0,
           "start": "2026-03-25 15:00 +0100", "minutes": 60, "organizer": ELODIE,
           "summary": "Entretien – Analyste LBC/FT (Mme Quispe-Albrecht)",
           "location": "Microsoft Teams"},
      text="""Madame,

Nous avons bien étudié votre candidature au poste d'Analyste LBC/FT et souhaiterions vous rencontrer pour un premier entretien.

Celui-ci aura lieu le mercredi 25 mars 2026 à 15h00 (heure de Luxembourg) par Microsoft Teams, avec M. Paul Hoffmann, Responsable Compliance, et moi-même. Vous trouverez l'invitation en pièce jointe.

Merci de bien vouloir confirmer votre disponibilité.

Bien cordialement,

Élodie Schmit
Chargée de recrutement – Ressources humaines
Banque de la Pétrusse
12, boulevard Royal, L-2449 Luxembourg
Tél. +352 26 48 31 00"""),

    # 23 — Kirchberg Fund Services: video interview.
    M(INV, "kirchberg_video_interview", "fr",
      company="Kirchberg Fund Services", contact="nathalie.weber@kirchbergfs.example.lu",
      frm=("Nathalie Weber", "nathalie.weber@kirchbergfs.example.lu"), tag="kfs-inv",
      subject="Entretien visio – Analyste KYC/AML",
      date="2026-09-01 11:45 +0200",
      text="""Bonjour Renata,

Merci pour votre candidature au poste d'Analyste KYC/AML. Votre parcours en agence bancaire et votre formation en conformité ont retenu notre attention.

Je vous propose un entretien en visioconférence le mardi 8 septembre à 10h00 (heure de Luxembourg, soit 3h00 à Lima ; si c'est trop tôt, dites-le-moi et nous trouverons un créneau l'après-midi). Nous utiliserons Teams : https://teams.microsoft.com/l/meetup-join/kfs-kyc-0809

L'entretien durera environ 45 minutes, en français et en anglais.

Au plaisir d'échanger avec vous,

Nathalie Weber
Talent Acquisition Specialist
Kirchberg Fund Services S.A.
6, rue Eugène Ruppert, L-2453 Luxembourg"""),

    # 24 — Intérim Grand-Duché arranges a client interview; client not named.
    M(INV, "interim_gd_client_interview", "fr",
      company="Intérim Grand-Duché", contact="sophie.kremer@interimgd.example.lu",
      frm=("Sophie Kremer", "sophie.kremer@interimgd.example.lu"), tag="igd-inv",
      subject="Mission KYC 6 mois – entretien avec notre client",
      date="2026-10-05 16:30 +0200", cte="base64",
      text="""Bonjour Renata,

Comme convenu au téléphone, j'ai présenté votre profil à notre client, un gestionnaire de fonds installé au Kirchberg. Ils aimeraient vous voir en entretien pour la mission KYC de six mois.

Rendez-vous mardi 13 octobre à 14h00, en visio (lien Teams envoyé par le client directement). Durée : 30 minutes avec la responsable onboarding.

Pouvez-vous me confirmer votre présence ? Je vous appelle lundi pour le briefing.

Belle journée,
Sophie Kremer
Consultante recrutement Banque & Finance
Intérim Grand-Duché – 23, avenue de la Gare, L-1611 Luxembourg
+352 40 22 15 30"""),

    # 25 — Bank Limmatquai: Teams interview with a calendar REQUEST.
    M(INV, "limmatquai_teams_ics", "de",
      company="Bank Limmatquai", contact=SABINE[1],
      frm=SABINE, tag="lq-inv",
      subject="Einladung zum Vorstellungsgespräch – AML Analyst (80–100 %)",
      subject_enc=("utf-8", "B"),
      date="2026-05-12 14:05 +0200", layout=("outlook", {}), cte="quoted-printable",
      ics={"uid": "lq-aml-2026-05-19-quispe@limmatquai.example.ch", "seq": 0,
           "start": "2026-05-19 16:00 +0200", "minutes": 60, "organizer": SABINE,
           "summary": "Vorstellungsgespräch AML Analyst – R. Quispe-Albrecht",
           "location": "Microsoft Teams-Besprechung"},
      text="""Sehr geehrte Frau Quispe-Albrecht

Vielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem ersten Gespräch via Microsoft Teams ein:

Dienstag, 19. Mai 2026, 16:00–17:00 Uhr (MESZ), entspricht 09:00 Uhr in Lima
Teilnehmende: Reto Meier, Leiter Transaktionsüberwachung, und Sabine Kälin, Talent Acquisition

Die Einladung mit dem Teams-Link finden Sie im Anhang. Das Gespräch findet auf Deutsch und teilweise auf Englisch statt.

Wir freuen uns auf das Gespräch.

Freundliche Grüsse

Sabine Kälin
Talent Acquisition Partner
Bank Limmatquai AG
Limmatquai 92, 8001 Zürich
+41 44 215 70 70"""),

    # 26 — Pfennig (Zürich): a trial day.
    M(INV, "pfennig_probetag", "de",
      company="Pfennig", contact="lukas.brunner@pfennig.example.ch",
      frm=("Lukas Brunner", "lukas.brunner@pfennig.example.ch"), tag="pf-inv",
      subject="Probetag bei Pfennig?",
      date="2026-09-15 17:20 +0200",
      text="""Hallo Renata

Danke nochmals für die zwei guten Gespräche! Wir würden dich gerne näher kennenlernen und laden dich zu einem (bezahlten) Probetag ein – remote, da du ja noch in Lima bist.

Vorschlag: Donnerstag, 24. September, 14:00–19:00 Uhr unserer Zeit (07:00–12:00 in Lima). Du arbeitest mit Mia aus dem Compliance-Team an echten, anonymisierten Onboarding-Fällen und am Schluss besprechen wir alles gemeinsam.

Passt dir das? Dann schicke ich dir die Zugänge.

Liebe Grüsse
Lukas Brunner
Head of People · Pfennig
Hardturmstrasse 161, 8005 Zürich"""),
]

RESCHEDULES = [
    # 1 — Banco Andino: new slot, calendar update with SEQUENCE 1; quoted confirmation below.
    M(MOVE, "andino_new_slot_seq1", "es",
      company="Banco Andino del Pacífico", contact=CARLA[1],
      frm=CARLA, tag="andino-move", reply="andino-conf",
      subject="RE: Invitación a entrevista – Analista de Prevención de Lavado de Activos",
      date="2026-02-20 09:15 -0500", cte="quoted-printable",
      ics={"uid": "AAMkADE3-andino-r10482-quispe@bancoandino.example.pe", "seq": 1,
           "start": "2026-02-25 15:30 -0500", "minutes": 60, "organizer": CARLA,
           "summary": "Entrevista – Analista de Prevención de LA/FT (R-10482)",
           "location": "Microsoft Teams"},
      text="""Estimada Renata:

Le pido disculpas por el cambio: al Sr. Gallardo lo convocaron a una reunión con la SBS el martes en la mañana. Hemos trasladado la entrevista al miércoles 25 de febrero a las 3:30 p. m., también por Teams. Le llega la invitación actualizada; el enlace anterior ya no es válido.

Muchas gracias por su comprensión.

Carla Benavides Ugarte
Especialista de Selección – Gestión del Talento
Banco Andino del Pacífico S.A.

""" + outlook_block("es", "Renata Quispe-Albrecht <renata.qa@example.pe>",
                    "martes, 17 de febrero de 2026 18:02", "Carla Benavides <carla.benavides@bancoandino.example.pe>",
                    "RE: Invitación a entrevista – Analista de Prevención de Lavado de Activos",
                    """Estimada Carla:

Muchas gracias por la invitación. Confirmo mi asistencia a la entrevista del martes 24 a las 10:00 a. m.

Saludos cordiales,
Renata Quispe-Albrecht""")),

    # 2 — Vértice Talent: the client accepts a new time (client named).
    M(MOVE, "vertice_new_time_confirmed", "es",
      company="Banco Meseta", contact="alvaro.mendez@verticetalent.example.es",
      frm=("Álvaro Méndez", "alvaro.mendez@verticetalent.example.es"), tag="vt-moved",
      reply="vt-ask",
      subject="RE: Entrevista Banco Meseta – Analista AML (cambio de hora)",
      date="2026-07-08 17:40 +0200",
      text="""Renata, hecho: Banco Meseta te espera el jueves 16 a las 17:00 (hora de Madrid), mismo enlace de Teams. Confírmame que te va bien.

Álvaro

""" + reply_quote("es", "mié, 8 jul 2026 a las 15:20", "Renata Quispe-Albrecht (<renata.qa@example.pe>)", """Hola Álvaro, muchas gracias. ¿Sería posible mover la entrevista del martes? A esa hora estoy en ventanilla y no me dan permiso. El jueves o el viernes por la tarde de Madrid me vendrían perfecto.

Renata""")),

    # 3 — Pagalo: the interviewer has an emergency; moved to Friday.
    M(MOVE, "pagalo_moved_to_friday", "es",
      company="Pagalo", contact="francisca.rojas@pagalo.example.cl",
      frm=("Francisca Rojas", "francisca.rojas@pagalo.example.cl"), tag="pg-move",
      reply="pg-inv",
      subject="Re: Entrevista con Pagalo – Analista de Cumplimiento",
      date="2026-03-11 18:05 -0300", cte="8bit",
      text="""Hola Renata, ¿cómo estás?

Sebastián tuvo un imprevisto familiar y mañana no va a estar. ¿Te parece si corremos la entrevista al viernes 13 a la misma hora (10:00 de Santiago)? El link de Meet sigue siendo el mismo.

Perdón por el cambio a última hora.

Saludos,
Francisca"""),

    # 4 — Minera Cordillera Blanca: assessment centre moved (road blockade).
    M(MOVE, "cordillera_ac_moved_strike", "es",
      company="Minera Cordillera Blanca", contact="rocio.huaman@mineracordillera.example.pe",
      frm=("Rocío Huamán", "rocio.huaman@mineracordillera.example.pe"), tag="mc-move",
      reply="mc-inv",
      subject="RE: Convocatoria a Assessment Center – nueva fecha",
      date="2026-08-07 17:55 -0500", layout=("outlook", {}), cte="quoted-printable",
      text="""Estimada Renata:

Debido al paro regional anunciado para la próxima semana en Arequipa, hemos decidido postergar el Assessment Center al miércoles 19 de agosto, en el mismo hotel y con el mismo horario. Su pasaje será reemitido con la nueva fecha; la agencia de viajes le escribirá el lunes.

Le ruego confirmarme que puede asistir en la nueva fecha.

Atentamente,

Rocío Huamán Ccama
Analista de Selección – Gerencia de Gestión Humana
Minera Cordillera Blanca S.A.A."""),

    # 5 — Banco Cafetero del Norte: METHOD:CANCEL; a new date will follow (no rejection).
    M(MOVE, "bancafe_meeting_cancel_ics", "es",
      company="Banco Cafetero del Norte", contact="natalia.gomez@bancafenorte.example.co",
      frm=("Natalia Gómez", "natalia.gomez@bancafenorte.example.co"), reply="bcn-inv",
      subject="Cancelado: Entrevista Analista SARLAFT Senior – Renata Quispe-Albrecht",
      date="2026-06-16 14:12 -0500", cte="base64",
      ics={"uid": "sr-bcn-7731-renata-20260617@bancafenorte.example.co", "seq": 1,
           "method": "CANCEL", "start": "2026-06-17 10:00 -0500", "minutes": 45,
           "organizer": ("Natalia Gómez", "natalia.gomez@bancafenorte.example.co"),
           "summary": "Entrevista Analista SARLAFT Senior – Renata Quispe-Albrecht",
           "location": "Microsoft Teams"},
      text="""Renata, buenas tardes.

Debemos cancelar la entrevista de mañana: el Vicepresidente de Cumplimiento fue citado por la Superintendencia a la misma hora. El proceso sigue en pie y le escribiré esta semana con una nueva fecha.

Mil disculpas,
Natalia Gómez Arango
Líder de Selección – Banco Cafetero del Norte
Av. Calle 26 # 59-51, Bogotá"""),

    # 6 — Seguros La Sabana: the interviewer is ill; moved to Friday.
    M(MOVE, "sabana_interviewer_ill", "es",
      company="Seguros La Sabana", contact="andrea.quintero@segurossabana.example.co",
      frm=("Andrea Quintero", "andrea.quintero@segurossabana.example.co"), tag="sabana-move",
      reply="sabana-inv",
      subject="RE: Citación a entrevista – Analista de Riesgo LA/FT",
      date="2026-08-13 08:30 -0500",
      text="""Apreciada Renata:

La Dra. Martínez se encuentra incapacitada por unos días, por lo que necesitamos reprogramar su entrevista del martes 18. Le propongo el viernes 21 de agosto a las 4:00 p. m., con el mismo enlace de Meet.

Quedo atenta a su confirmación.

Cordialmente,
Andrea Quintero Díaz
Profesional de Selección – Seguros La Sabana"""),

    # 7 — Yapuy: calendar update (SEQUENCE 1), the panel moves to the afternoon.
    M(MOVE, "yapuy_panel_update_seq1", "es",
      company="Yapuy", contact=MATEO[1],
      frm=MATEO, reply="yapuy-panel",
      subject="Actualizado: Panel Yapuy – Analista de Cumplimiento (Renata Quispe-Albrecht)",
      date="2026-04-17 09:02 -0500", layout=("outlook", {}), cte="quoted-printable",
      ics={"uid": "040000008200E00074C5B7101A82E008-yapuy-panel-rqa", "seq": 1,
           "start": "2026-04-21 15:00 -0500", "minutes": 90, "organizer": MATEO,
           "summary": "Panel Yapuy – Analista de Cumplimiento (Renata Quispe-Albrecht)",
           "location": "Oficinas Yapuy, Av. Pardo 610, piso 4, Miraflores"},
      text="""Hola Renata, te actualizo la invitación: Gabriela tiene comité de riesgos en la mañana, así que el panel del martes 21 pasa a las 3:00 p. m. Todo lo demás igual.

¡Gracias!
Mateo"""),

    # 8 — Agencia de Supervisión Financiera: the test is moved; iso-8859-1.
    M(MOVE, "asf_test_moved_latin1", "es",
      company="Agencia de Supervisión Financiera", contact="b.arrieta@asf.example.es",
      frm=("Begoña Arrieta", "b.arrieta@asf.example.es"), reply="asf-inv",
      subject="Modificación de fecha - prueba de conocimientos ASF-PBC-07/2026",
      subject_enc=("iso-8859-1", "B"), name_enc=("iso-8859-1", "B"),
      date="2026-09-22 12:30 +0200", charset="iso-8859-1", cte="8bit",
      text="""Estimada Sra. Quispe-Albrecht:

Por incidencias técnicas en la plataforma de supervisión remota, la prueba de conocimientos prevista para el 29 de septiembre queda aplazada al martes 6 de octubre de 2026, a la misma hora (10:00, hora peninsular).

Las credenciales que reciba para la fecha inicial no serán válidas; se le remitirán unas nuevas el 4 de octubre.

Disculpe las molestias.

Atentamente,

Begoña Arrieta Goñi
Jefa de Servicio de Selección
Agencia de Supervisión Financiera"""),

    # 9 — Coral Gables Trust: the interviewer is out sick.
    M(MOVE, "coral_interviewer_sick", "en",
      company="Coral Gables Trust", contact="dana.whitfield@coralgablestrust.example.com",
      frm=("Dana Whitfield", "dana.whitfield@coralgablestrust.example.com"), tag="coral-move",
      reply="coral-screen",
      subject="Re: BSA/AML Analyst - interview with Marcus moved to Thursday",
      date="2026-06-15 07:55 -0400",
      text="""Good morning Renata,

Unfortunately Marcus Bell, our BSA Officer, is out sick this week, so we need to move your interview from Tuesday, June 16. Would Thursday, June 18 at 2:00 PM ET work instead? Same Teams link as before.

Sorry for the shuffle, and thanks for your flexibility.

Dana

""" + reply_quote("en", "Wed, Jun 10, 2026 at 4:12 PM", "Renata Quispe-Albrecht <renata.qa@example.pe>", """Hi Dana,

Thank you for the phone screen today, I really enjoyed it. Tuesday the 16th at 2 PM ET is perfect for the interview with Mr. Bell.

Best,
Renata""")),

    # 10 — Harlow Vance Advisory: METHOD:CANCEL, new times to follow.
    M(MOVE, "harlow_vance_cancel_ics", "en",
      company="Harlow Vance Advisory", contact=PRIYA[1],
      frm=PRIYA, tag="hv-cancel", reply="hv-inv",
      subject="Canceled: Panel interview - Senior AML Associate (R. Quispe-Albrecht)",
      date="2026-06-26 17:20 -0400", layout=("outlook", {}),
      ics={"uid": "hv-panel-2026-06-30-rqa@harlowvance.example.com", "seq": 1,
           "method": "CANCEL", "start": "2026-06-30 14:00 -0400", "minutes": 75,
           "organizer": PRIYA,
           "summary": "Panel interview - Senior AML Associate (R. Quispe-Albrecht)",
           "location": "Microsoft Teams Meeting"},
      text="""Dear Renata,

I have to cancel Tuesday's panel: Gordon has been called into a client matter in New York for the whole week. This does not affect your candidacy in any way. I will send you new options for the week of July 6 by Monday.

Apologies for the inconvenience.

Priya Natarajan
Talent Acquisition Manager
Harlow Vance Advisory LLP

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it."""),

    # 11 — Keystone Staffing: the client moves the interview to Friday.
    M(MOVE, "keystone_client_moved_friday", "en",
      company="Brickell Harbor Bank", contact="tanya.ruiz@keystonestaffing.example.com",
      frm=("Tanya Ruiz", "tanya.ruiz@keystonestaffing.example.com"), tag="ks-move",
      reply="ks-inv",
      subject="RE: Interview confirmed: Brickell Harbor Bank - BSA/AML Analyst (contract)",
      date="2026-04-29 12:41 -0400",
      text="""Hi Renata - small change: Neil has an exam meeting with the regulators tomorrow, so Brickell Harbor moved your interview to Friday, May 1, same time (11:00 AM ET) and same Zoom link. Can you still make it?

Tanya

""" + outlook_block("en", "Tanya Ruiz <tanya.ruiz@keystonestaffing.example.com>",
                    "Monday, April 27, 2026 1:05 PM", "Renata Quispe-Albrecht <renata.qa@example.pe>",
                    "Interview confirmed: Brickell Harbor Bank - BSA/AML Analyst (contract)",
                    """Great news - Brickell Harbor Bank would like to meet you for the 6-month BSA/AML Analyst contract we discussed.

When: Thursday, April 30 at 11:00 AM ET (10:00 AM Lima)""")),

    # 12 — Atlantic Meridian Insurance: assessment centre postponed; HTML only.
    M(MOVE, "atlantic_meridian_ac_postponed_html", "en",
      company="Atlantic Meridian Insurance", contact="kevin.orourke@atlanticmeridian.example.com",
      frm=("Kevin O'Rourke", "kevin.orourke@atlanticmeridian.example.com"), reply="am-inv",
      subject="Change of date: Virtual Assessment Centre (JR-22817)",
      date="2026-03-24 11:18 -0400", html_only=True, layout=("outlook", {}), cte="base64",
      text="""Dear Renata,

Please note that the virtual assessment centre scheduled for Thursday, March 26 has been postponed to Thursday, April 2, 2026. The timings (9:00 AM - 1:30 PM Eastern) and the format are unchanged.

We apologise for the change. Please reply to confirm you can attend on the new date.

Best regards,
Kevin O'Rourke
Early Careers & Graduate Recruitment
Atlantic Meridian Insurance Company"""),

    # 13 — Banque de la Pétrusse: METHOD:CANCEL, the bank will come back to her.
    M(MOVE, "petrusse_annulation_ics", "fr",
      company="Banque de la Pétrusse", contact=ELODIE[1],
      frm=ELODIE, tag="pet-cancel", reply="pet-inv",
      subject="Annulé : Entretien – Analyste LBC/FT (Mme Quispe-Albrecht)",
      date="2026-03-20 09:10 +0100", cte="quoted-printable",
      ics={"uid": "petrusse-lbcft-2026-0325-rqa@petrusse.example.lu", "seq": 1,
           "method": "CANCEL", "start": "2026-03-25 15:00 +0100", "minutes": 60,
           "organizer": ELODIE,
           "summary": "Entretien – Analyste LBC/FT (Mme Quispe-Albrecht)",
           "location": "Microsoft Teams"},
      text="""Madame,

Je suis au regret de devoir annuler notre entretien du mercredi 25 mars. Une réorganisation interne de la fonction Compliance est en cours et M. Hoffmann n'est pas en mesure de mener les entretiens pour le moment.

Nous reviendrons vers vous dès que nous aurons plus de visibilité.

Bien cordialement,
Élodie Schmit
Chargée de recrutement – Banque de la Pétrusse"""),

    # 14 — Bank Limmatquai: a new slot after the missed call (SEQUENCE 1, same UID).
    M(MOVE, "limmatquai_new_slot_seq1", "de",
      company="Bank Limmatquai", contact=SABINE[1],
      frm=SABINE, reply="lq-sorry",
      subject="AW: Entschuldigung – Gespräch von heute",
      date="2026-05-20 09:40 +0200", cte="quoted-printable",
      ics={"uid": "lq-aml-2026-05-19-quispe@limmatquai.example.ch", "seq": 1,
           "start": "2026-05-22 16:00 +0200", "minutes": 60, "organizer": SABINE,
           "summary": "Vorstellungsgespräch AML Analyst – R. Quispe-Albrecht",
           "location": "Microsoft Teams-Besprechung"},
      text="""Liebe Frau Quispe-Albrecht

Danke für Ihre Nachricht, das kann passieren. Herr Meier hat am Freitag, 22. Mai, um 16:00 Uhr (MESZ) nochmals Zeit. Ich habe den Termin im Kalender aktualisiert; bitte nehmen Sie die Einladung an.

Freundliche Grüsse
Sabine Kälin

""" + reply_quote("de", "19.05.2026 um 17:02", "Renata Quispe-Albrecht <renata.qa@example.pe>", """Sehr geehrte Frau Kälin

Es tut mir sehr leid: Ich hatte die Uhrzeit falsch umgerechnet und war um 09:00 Uhr Lima noch in der Filiale. Wäre ein neuer Termin möglich?

Freundliche Grüsse
Renata Quispe-Albrecht""")),

    # 15 — Pfennig: the trial day is postponed.
    M(MOVE, "pfennig_probetag_verschoben", "de",
      company="Pfennig", contact="lukas.brunner@pfennig.example.ch",
      frm=("Lukas Brunner", "lukas.brunner@pfennig.example.ch"), reply="pf-inv",
      subject="Re: Probetag bei Pfennig?",
      date="2026-09-18 13:15 +0200", cte="8bit",
      text="""Hallo Renata

Kleine Planänderung: Mia ist nächste Woche an einer FINMA-Schulung, deshalb verschieben wir deinen Probetag auf Mittwoch, 30. September, gleiche Zeit (14:00–19:00 bei uns). Ich hoffe, das geht für dich.

Liebe Grüsse
Lukas"""),
]

MISSED = [
    # 1 — Pagalo: waited on Google Meet.
    M(MISS, "pagalo_waited_on_meet", "es",
      company="Pagalo", contact="francisca.rojas@pagalo.example.cl",
      frm=("Francisca Rojas", "francisca.rojas@pagalo.example.cl"), reply="pg-move",
      subject="Re: Entrevista con Pagalo – Analista de Cumplimiento",
      date="2026-03-13 10:22 -0300",
      text="""Hola Renata:

Te estuvimos esperando con Sebastián en el Meet desde las 10:00, pero no te conectaste. ¿Pasó algo? Espero que estés bien.

Avísame cuando puedas.

Francisca

""" + reply_quote("es", "mié, 11 mar 2026 a las 18:05", "Francisca Rojas <francisca.rojas@pagalo.example.cl>", """Hola Renata, ¿cómo estás?

Sebastián tuvo un imprevisto familiar y mañana no va a estar. ¿Te parece si corremos la entrevista al viernes 13 a la misma hora (10:00 de Santiago)? El link de Meet sigue siendo el mismo.""")),

    # 2 — Caja Municipal Misti: called twice at 10:00, no answer.
    M(MISS, "caja_misti_called_twice", "es",
      company="Caja Municipal Misti", contact="jzegarra@cajamisti.example.pe",
      frm=("Jorge Zegarra", "jzegarra@cajamisti.example.pe"), reply="misti-inv",
      subject="RE: Postulación Asistente de Cumplimiento – llamada",
      date="2026-01-16 10:35 -0500", cte="8bit",
      text="""Srta. Quispe:

La llamé dos veces a las 10:00 a. m. como quedamos, pero su celular estaba apagado. Le dejé un mensaje de voz.

Atte.,
Jorge Zegarra P.
Caja Municipal Misti"""),

    # 3 — Adecua Temporales: the client waited in the video call.
    M(MISS, "adecua_client_waited", "es",
      company="Fiduciaria Altiplano", contact="yesenia.pardo@adecua.example.co",
      frm=("Yesenia Pardo", "yesenia.pardo@adecua.example.co"), tag="adecua-missed",
      reply="adecua-inv",
      subject="RE: Entrevista con Fiduciaria Altiplano - jueves 21",
      date="2026-05-21 15:40 -0500",
      text="""Renata, ¿todo bien?

Me acaba de escribir Ximena Otálora de Fiduciaria Altiplano: te estuvo esperando en el Teams desde las 3:00 y nunca entraste. Te marqué al celular pero no respondiste.

Por favor escríbeme apenas veas esto para explicarles qué pasó.

Yesenia"""),

    # 4 — Kuanto: the founder waited for the virtual coffee.
    M(MISS, "kuanto_waited_coffee", "es",
      company="Kuanto", contact="tomas@kuanto.example.cl",
      frm=("Tomás Errázuriz", "tomas@kuanto.example.cl"), reply="ku-inv",
      subject="Re: ¿conversamos el jueves?",
      date="2026-06-25 18:24 -0400", cte="8bit",
      text="""Hola Renata, te estuve esperando en el Zoom un rato pero no apareciste. ¿Se te complicó? No pasa nada, dime si lo dejamos para la próxima semana.

Tomás"""),

    # 5 — Mutua Castellana: did not join the video call; windows-1252.
    M(MISS, "mutua_castellana_no_show_cp1252", "es",
      company="Mutua Castellana", contact="lherranz@mutuacastellana.example.es",
      frm=("Lucía Herranz", "lherranz@mutuacastellana.example.es"),
      subject="Videoentrevista de hoy – Técnico/a de Cumplimiento",
      date="2026-03-04 16:35 +0100", charset="windows-1252", cte="quoted-printable",
      name_enc=("windows-1252", "Q"),
      text="""Buenas tardes, Sra. Quispe-Albrecht:

Teníamos prevista una videoentrevista hoy a las 16:00 (hora de Madrid) y no se ha conectado a la sala. La esperamos veinte minutos.

Si ha tenido algún problema técnico, le ruego que me lo indique por correo lo antes posible.

Un saludo,

Lucía Herranz
Técnica de Selección – Mutua Castellana
Calle de Serrano 77, 28006 Madrid · Tel. 915 76 20 00"""),

    # 6 — Talento Norte: could not reach her at the agreed time; client not named.
    M(MISS, "talento_norte_unreachable", "es",
      company="Talento Norte Consultores", contact="fiorella.campos@talentonorte.example.pe",
      frm=("Fiorella Campos", "fiorella.campos@talentonorte.example.pe"),
      subject="No pude comunicarme contigo",
      date="2026-02-12 11:20 -0500",
      text="""Hola Renata:

Te llamé a las 11:00, como habíamos acordado, para la entrevista de filtro del proceso de Oficial de Cumplimiento Adjunto, y también te escribí por WhatsApp, pero no logré comunicarme contigo.

¿Me indicas si sigues interesada? Mi cliente quiere cerrar la terna la próxima semana.

Saludos,
Fiorella Campos
Consultora Senior – Talento Norte Consultores
Calle Las Begonias 441, of. 702, San Isidro · Cel. +51 955 318 604"""),

    # 7 — Remesa Labs: tried calling twice at 10:00.
    M(MISS, "remesa_tried_calling_twice", "en",
      company="Remesa Labs", contact="jordan.pike@remesalabs.example.com",
      frm=("Jordan Pike", "jordan.pike@remesalabs.example.com"), tag="rl-missed",
      reply="rl-inv",
      subject="Missed you this morning",
      date="2026-05-07 10:31 -0400",
      text="""Hi Renata,

I tried calling you twice at 10:00 ET for our intro call but it went to voicemail both times. Hope everything is okay! Let me know if you'd like to find another time.

Jordan"""),

    # 8 — Biscayne Ledger: waited on Zoom; HTML only.
    M(MISS, "biscayne_waited_zoom_html", "en",
      company="Biscayne Ledger", contact="hannah.cole@biscayneledger.example.com",
      frm=("Hannah Cole", "hannah.cole@biscayneledger.example.com"), reply="bl-inv",
      subject="We missed you today",
      date="2026-07-24 13:25 -0400", html_only=True, layout=("simple", {}),
      text="""Hi Renata,

Marcus and I waited on Zoom for about 20 minutes at 1:00 PM EDT, but it looks like you weren't able to join. If something came up, just let me know and I'll check whether he has another opening next week.

Best,
Hannah Cole
Recruiting Coordinator, Biscayne Ledger"""),

    # 9 — Kirchberg Fund Services: waited on Teams.
    M(MISS, "kirchberg_attendue_teams", "fr",
      company="Kirchberg Fund Services", contact="nathalie.weber@kirchbergfs.example.lu",
      frm=("Nathalie Weber", "nathalie.weber@kirchbergfs.example.lu"), tag="kfs-missed",
      reply="kfs-inv",
      subject="RE: Entretien visio – Analyste KYC/AML",
      date="2026-09-08 10:25 +0200",
      text="""Bonjour Renata,

Nous vous avons attendue sur Teams ce matin à 10h00 avec M. Reuter, sans vous voir arriver. Peut-être l'horaire matinal pour vous était-il compliqué ?

Dites-moi si vous souhaitez toujours poursuivre ; je peux vous proposer un créneau en fin d'après-midi.

Bien à vous,
Nathalie Weber
Talent Acquisition Specialist – Kirchberg Fund Services"""),

    # 10 — Bank Limmatquai: waited in the Teams meeting.
    M(MISS, "limmatquai_im_teams_gewartet", "de",
      company="Bank Limmatquai", contact=SABINE[1],
      frm=SABINE, tag="lq-missed", reply="lq-inv",
      subject="Unser Gespräch von heute, 16:00 Uhr",
      date="2026-05-19 16:25 +0200",
      text="""Sehr geehrte Frau Quispe-Albrecht

Herr Meier und ich haben heute um 16:00 Uhr im Teams-Meeting auf Sie gewartet, leider ohne Sie anzutreffen. Ist etwas dazwischengekommen?

Freundliche Grüsse
Sabine Kälin
Talent Acquisition Partner, Bank Limmatquai"""),
]

MESSAGES = [*INVITATIONS, *RESCHEDULES, *MISSED]
