"""Corpus 154, rejections: 31 hand-written messages (es 17, en 8, fr 3, de 3)."""

from __future__ import annotations

from msgs154_common import M, outlook_block, reply_quote

R = "rejection"

MESSAGES = [
    # 1 — Banco Andino: after the interview, quoting Renata's thank-you (which talks of the
    # interview and the next steps).
    M(R, "andino_after_interview_quote", "es",
      company="Banco Andino del Pacífico", contact="carla.benavides@bancoandino.example.pe",
      frm=("Carla Benavides", "carla.benavides@bancoandino.example.pe"),
      subject="Re: Gracias por la entrevista – Analista de Prevención de Lavado de Activos",
      date="2026-03-10 12:05 -0500", reply="andino-thanks", cte="8bit",
      text="""Hola Renata:

Gracias a ti por tu tiempo y por el mensaje tan amable que nos enviaste.

Te escribo para contarte cómo terminó el proceso. El comité revisó a las cuatro personas que llegaron a la última etapa y optó por un perfil que ya viene de un área de cumplimiento, con experiencia en monitoreo transaccional de por lo menos dos años. Tu postulación fue muy bien valorada, sobre todo el caso de operaciones fraccionadas que comentaste, pero esta vez no vamos a continuar contigo.

Me gustaría mantener tu CV en nuestra base para las convocatorias de Lima y Arequipa que se abran en el segundo semestre. Si no estás de acuerdo, solo respóndeme y lo retiro.

Te deseo muchos éxitos.

Carla Benavides Ugarte
Especialista de Selección – Gestión del Talento
Banco Andino del Pacífico S.A.
Av. Javier Prado Este 1240, San Isidro, Lima
T. (01) 611-4400 anexo 3127

""" + reply_quote("es", "mié, 25 feb 2026 a las 19:40", "Renata Quispe-Albrecht (<renata.qa@example.pe>)", """Estimada Carla:

Muchas gracias por la entrevista de hoy con usted y con el Sr. Gallardo. Me gustó mucho conocer cómo trabaja la Unidad de Cumplimiento y el proyecto de nuevas alertas para billeteras móviles y transferencias interbancarias.

Quedo atenta a los siguientes pasos y a cualquier información adicional que necesiten.

Saludos cordiales,
Renata Quispe-Albrecht""")),

    # 2 — Monedo (Bogotá): formal ATS rejection, HTML only.
    M(R, "monedo_ashby_html_only", "es",
      company="Monedo",
      frm=("Monedo", "no-reply@ashbyhq.com"),
      subject="Tu proceso en Monedo: Analista de Cumplimiento SARLAFT",
      date="2026-02-03 15:41 -0500", html_only=True, cte="quoted-printable",
      layout=("card", {"brand": "Monedo", "color": "#5b2be0",
                      "footer": "Enviado con Ashby en nombre de Monedo S.A.S. · Calle 93 # 11-26, Bogotá"}),
      headers={"Auto-Submitted": "auto-generated"},
      text="""Hola Renata,

Gracias por el interés en la posición de Analista de Cumplimiento SARLAFT y por el tiempo que dedicaste a contarnos de tu experiencia en ventanilla.

Revisamos con cuidado cada perfil y, después de compararlo con lo que el equipo de riesgo necesita hoy, concluimos que tu hoja de vida no encaja con los requisitos de esta vacante. Por eso cerramos tu proceso para este cargo.

Sigue pendiente de https://jobs.ashbyhq.com/monedo: publicamos nuevas vacantes cada mes.

Un saludo,
Equipo de Talento de Monedo"""),

    # 3 — Vértice Talent (Madrid head-hunter) relays the client's no; long Outlook chain in
    # which the older messages speak of moving the interview.
    M(R, "vertice_relays_banco_meseta", "es",
      company="Banco Meseta", contact="alvaro.mendez@verticetalent.example.es",
      frm=("Álvaro Méndez", "alvaro.mendez@verticetalent.example.es"),
      subject="RE: Entrevista Banco Meseta – Analista AML (cambio de hora)",
      date="2026-07-28 10:05 +0200", reply="vt-moved", name_enc=("utf-8", "B"),
      layout=("outlook", {}), charset="utf-8", cte="quoted-printable",
      text="""Hola Renata,

Ayer por la tarde tuve por fin la respuesta de Banco Meseta y, por desgracia, no es la que esperábamos. Me dicen que les gustó tu manera de explicar los casos y tu nivel de inglés, pero que para este puesto van a priorizar a alguien con experiencia previa en un sujeto obligado español y conocimiento práctico del SEPBLAC. Con eso han cerrado la terna y no te llevarán a la siguiente fase.

Sé que te hacía ilusión. Yo sigo contando contigo: tengo otro proceso de cumplimiento normativo en una entidad de pagos que arranca en septiembre y te llamaré en cuanto tenga la descripción.

Un abrazo,

Álvaro Méndez Soler
Senior Consultant · Financial Services
Vértice Talent Partners S.L.
Paseo de la Castellana 95, planta 14 · 28046 Madrid
+34 912 48 63 10 · móvil +34 655 21 08 47

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. De acuerdo con el RGPD, sus datos se tratan por Vértice Talent Partners S.L. con la finalidad de gestionar procesos de selección.

""" + outlook_block("es", "Álvaro Méndez <alvaro.mendez@verticetalent.example.es>",
                    "miércoles, 8 de julio de 2026 17:40",
                    "Renata Quispe-Albrecht <renata.qa@example.pe>",
                    "RE: Entrevista Banco Meseta – Analista AML (cambio de hora)",
                    """Renata, hecho: Banco Meseta te espera el jueves 16 a las 17:00 (hora de Madrid), mismo enlace de Teams. Confírmame que te va bien.

Álvaro""") + "\n\n" + outlook_block("es", "Renata Quispe-Albrecht <renata.qa@example.pe>",
                    "miércoles, 8 de julio de 2026 15:20",
                    "Álvaro Méndez <alvaro.mendez@verticetalent.example.es>",
                    "RE: Entrevista Banco Meseta – Analista AML",
                    """Hola Álvaro, muchas gracias. ¿Sería posible mover la entrevista del martes? A esa hora estoy en ventanilla y no me dan permiso. El jueves o el viernes por la tarde de Madrid me vendrían perfecto.

Renata""")),

    # 4 — Pagalo (Santiago) via Lever: soft rejection, no human reply address.
    M(R, "pagalo_lever_soft", "es",
      company="Pagalo",
      frm=("Pagalo", "no-reply@hire.lever.co"),
      subject="Actualización sobre tu postulación a Pagalo",
      date="2026-03-24 17:12 -0300", cte="base64",
      layout=("card", {"brand": "Pagalo", "color": "#00a37a",
                      "footer": "Powered by Lever · Pagalo SpA, Av. Apoquindo 4800, Las Condes"}),
      headers={"Auto-Submitted": "auto-generated", "X-Lever-Posting": "analista-cumplimiento-fintech"},
      text="""Hola Renata:

Te agradecemos haber postulado al cargo de Analista de Cumplimiento en Pagalo y el tiempo que le dedicaste a las conversaciones con el equipo.

Tuvimos una cantidad de postulaciones mucho mayor a la que esperábamos y decidimos avanzar con postulantes cuya experiencia se ajusta más a lo que buscamos para este momento de la empresa. Sabemos que no es la noticia que querías.

Guardaremos tus datos por 12 meses por si se abre un cargo que calce mejor con tu perfil.

Saludos,
Equipo de Personas, Pagalo"""),

    # 5 — Caja Municipal Misti (Arequipa): terse human, windows-1252.
    M(R, "caja_misti_terse_cp1252", "es",
      company="Caja Municipal Misti", contact="jzegarra@cajamisti.example.pe",
      frm=("Jorge Zegarra", "jzegarra@cajamisti.example.pe"),
      subject="Plaza Asistente de Cumplimiento – Arequipa",
      date="2026-01-29 08:47 -0500", charset="windows-1252", cte="8bit",
      text="""Srta. Quispe:

La plaza de Asistente de Cumplimiento de la oficina principal ya fue cubierta. Agradecemos su interés.

Atte.,
Jorge Zegarra P.
Jefe de Oficina de Cumplimiento – Caja Municipal Misti
Calle Mercaderes 214, Cercado, Arequipa · (054) 28-3390"""),

    # 6 — Inti Seguros: the role is put on hold and the process will not continue;
    # iso-8859-1, quoted-printable.
    M(R, "inti_on_hold_latin1", "es",
      company="Inti Seguros", contact="pfarfan@intiseguros.example.pe",
      frm=("Patricia Farfán", "pfarfan@intiseguros.example.pe"),
      subject="Proceso de selección: Analista de Cumplimiento Normativo",
      subject_enc=("iso-8859-1", "Q"), name_enc=("iso-8859-1", "Q"),
      date="2026-03-05 16:30 -0500", charset="iso-8859-1", cte="quoted-printable",
      text="""Estimada Renata:

Le escribo en relación con su postulación al puesto de Analista de Cumplimiento Normativo.

La gerencia ha congelado la contratación de esta posición hasta nueva orden, debido a la revisión del presupuesto del área después de la fusión con la corredora. En consecuencia, el proceso queda suspendido y no continuaremos con las entrevistas programadas para marzo.

Lamentamos mucho las molestias. Si la posición se reactiva, el proceso se abrirá nuevamente y tendrá que postular otra vez a través de nuestra web.

Atentamente,

Patricia Farfán Rojas
Coordinadora de Reclutamiento
Inti Seguros y Reaseguros S.A.
Av. Larco 930, Miraflores - Lima 18
Central: (01) 705-2200

La información contenida en este correo es confidencial y para uso exclusivo del destinatario."""),

    # 7 — Minera Los Quillayes (Santiago): filled internally, Chilean usage.
    M(R, "quillayes_internal_promotion", "es",
      company="Minera Los Quillayes", contact="consuelo.vergara@quillayes.example.cl",
      frm=("Consuelo Vergara", "consuelo.vergara@quillayes.example.cl"),
      subject="Re: Postulación – Analista de Compliance (Santiago)",
      date="2026-05-06 11:20 -0400", reply="quill-app",
      text="""Hola Renata, ¿cómo estás?

Te escribo para cerrar el ciclo contigo. La jefatura de Compliance resolvió llenar el cargo con una persona del equipo de Auditoría Interna que postuló a través de nuestro programa de movilidad, así que el concurso externo se cerró la semana pasada.

Tu perfil nos pareció interesante y lo dejé marcado en nuestra base para la faena de Antofagasta, donde probablemente se abra algo de prevención de delitos (Ley 20.393) a fin de año.

Un abrazo y harto éxito,

Consuelo Vergara M.
Analista de Atracción de Talento
Minera Los Quillayes SpA
Av. Isidora Goyenechea 3000, piso 9, Las Condes, Santiago
+56 2 2940 1180

""" + reply_quote("es", "mar, 7 abr 2026 a las 22:16", "Renata Quispe-Albrecht (<renata.qa@example.pe>)", """Estimada Consuelo:

Adjunto mi CV para el cargo de Analista de Compliance publicado en su página. Trabajo hace cinco años como cajera en un banco de Lima y estoy terminando el diplomado en Prevención de Lavado de Activos.

Saludos,
Renata""")),

    # 8 — Cuentaclara (Madrid) via Personio after the trial day; Reply-To a person.
    M(R, "cuentaclara_after_trial_day", "es",
      company="Cuentaclara", contact="ines.montero@cuentaclara.example.es",
      frm=("Cuentaclara Recruiting", "noreply@personio.de"),
      reply_to=("Inés Montero", "ines.montero@cuentaclara.example.es"),
      subject="Tu candidatura en Cuentaclara",
      date="2026-06-12 13:02 +0200",
      layout=("card", {"brand": "Cuentaclara", "color": "#ff6a3d",
                      "footer": "Cuentaclara Pagos, S.L. · Calle de Alcalá 155, 28009 Madrid · Gestionado con Personio"}),
      text="""Hola Renata:

Muchas gracias por venir a la jornada de prueba y por lo bien que te integraste con el equipo de onboarding de clientes.

Lo hemos pensado mucho. Al final vamos a seguir adelante con otra persona que ya ha trabajado con la normativa del Banco de España para entidades de pago, algo que ahora mismo necesitamos desde el primer día. No es una valoración de tu trabajo durante la prueba, que nos gustó.

Si te apetece, responde a este correo y te cuento con más detalle lo que vimos; lo lee Inés directamente.

Un saludo,
Inés Montero
People & Talent, Cuentaclara"""),

    # 9 — Talento Norte (Lima head-hunter), client not named: company is the agency.
    M(R, "talento_norte_client_unnamed", "es",
      company="Talento Norte Consultores", contact="gonzalo.ibanez@talentonorte.example.pe",
      frm=("Gonzalo Ibáñez", "gonzalo.ibanez@talentonorte.example.pe"),
      subject="Sobre el proceso de Oficial de Cumplimiento Adjunto",
      date="2026-03-18 19:22 -0500", cte="8bit",
      text="""Renata, buenas noches.

Acabo de colgar con mi cliente. Me comentan que el directorio prefirió a un candidato con la certificación de oficial de cumplimiento ya aprobada por la SBS, requisito que no estaba en la descripción original pero que terminó pesando. Así que por este lado no avanzamos.

Lo lamento, de verdad pensé que llegabas a la final. Te sigo teniendo en el radar para lo que viene.

Saludos,
Gonzalo Ibáñez
Socio – Talento Norte Consultores
Calle Las Begonias 441, of. 702, San Isidro
Cel. +51 987 420 155"""),

    # 10 — Banco Cafetero del Norte (Bogotá) via SmartRecruiters, base64.
    M(R, "bancafe_smartrecruiters_b64", "es",
      company="Banco Cafetero del Norte",
      frm=("Banco Cafetero del Norte", "noreply@smartrecruiters.com"),
      subject="Respuesta a su aplicación: Analista SARLAFT Senior",
      date="2026-07-02 09:14 -0500", cte="base64",
      layout=("card", {"brand": "Banco Cafetero del Norte", "color": "#7a4b1e",
                      "footer": "Este correo fue generado automáticamente por SmartRecruiters. No responda a este mensaje."}),
      headers={"Auto-Submitted": "auto-generated"},
      text="""Cordial saludo, Renata.

Agradecemos su participación en el proceso de selección para el cargo de Analista SARLAFT Senior de la Vicepresidencia de Cumplimiento.

Después de la entrevista y la prueba técnica, el comité de selección determinó que en esta oportunidad su perfil no será tenido en cuenta para continuar en el proceso. Esta decisión obedece a la comparación con los requisitos de experiencia en reportes a la UIAF exigidos para el cargo.

Le invitamos a seguir consultando nuestro portal de empleo.

Dirección de Gestión Humana
Banco Cafetero del Norte"""),

    # 11 — Paredes Loayza & Asociados: casual colleague-style.
    M(R, "paredes_loayza_casual", "es",
      company="Paredes Loayza & Asociados", contact="diego.loayza@paredesloayza.example.pe",
      frm=("Diego Loayza", "diego.loayza@paredesloayza.example.pe"),
      subject="lo de la plaza de forensic",
      date="2026-08-20 21:48 -0500", cte="8bit",
      text="""Renata! qué tal

Te debía este correo desde el lunes, perdona. Al final los socios no se animaron: quieren a alguien que ya haya hecho revisiones de KYC en auditoría y no solo del lado del banco. Yo les dije que aprendes volando pero no hubo forma, se cierra por ahora.

Me da pena porque me hubiera encantado trabajar contigo. Cualquier cosa que vea en otras firmas te aviso, ¿ya?

Abrazo,
Diego

--
Diego Loayza | Gerente Senior, Forensic & Integrity
Paredes Loayza & Asociados S.Civil de R.L.
Av. Víctor Andrés Belaúnde 171, San Isidro · +51 1 422 8800"""),

    # 12 — Regulator (Lima): results of the public competition with a PDF notice.
    M(R, "csvp_concurso_result_pdf", "es",
      company="Comisión Supervisora de Valores del Pacífico",
      frm=("CSVP – Concursos Públicos", "no-responder@csvp.example.pe"),
      subject="CAS N.° 014-2026-CSVP – Resultado de la evaluación curricular",
      subject_enc=("utf-8", "B"),
      date="2026-04-30 18:00 -0500", cte="quoted-printable",
      pdfs=[("Resultado_Evaluacion_Curricular_CAS_014-2026.pdf",
             "CAS N. 014-2026-CSVP - Resultado de la evaluacion curricular",
             ["Puesto: Especialista en Prevencion de Lavado de Activos",
              "Postulante: QUISPE ALBRECHT, Renata",
              "Puntaje obtenido: 54 / 100 (minimo aprobatorio: 60)",
              "Condicion: NO APTA",
              "Lima, 30 de abril de 2026 - Oficina de Recursos Humanos"])],
      text="""Señora
Renata Quispe-Albrecht
Presente.-

Por medio del presente, la Oficina de Recursos Humanos le comunica que, culminada la etapa de evaluación curricular del proceso CAS N.° 014-2026-CSVP (Especialista en Prevención de Lavado de Activos), usted ha obtenido la condición de NO APTA, por lo que no continúa en las siguientes etapas del concurso.

Se adjunta el acta de resultados. Los reclamos podrán presentarse por mesa de partes virtual hasta el 4 de mayo de 2026.

Atentamente,

Oficina de Recursos Humanos
Comisión Supervisora de Valores del Pacífico
Av. Santa Cruz 315, Miraflores, Lima

Este buzón no recibe respuestas."""),

    # 13 — Mutua Castellana (Madrid) via Taleo: formal, iso-8859-1 B subject.
    M(R, "mutua_castellana_taleo_latin1", "es",
      company="Mutua Castellana",
      frm=("Mutua Castellana - Selección", "noreply@taleo.net"),
      subject="Candidatura 2600417 - Técnico/a de Cumplimiento Normativo",
      subject_enc=("iso-8859-1", "B"),
      date="2026-03-20 10:33 +0100", charset="iso-8859-1", cte="quoted-printable",
      headers={"Auto-Submitted": "auto-generated"},
      text="""Estimada Sra. Quispe-Albrecht:

Le agradecemos sinceramente el interés mostrado por incorporarse a Mutua Castellana y su participación en el proceso para la posición de Técnico/a de Cumplimiento Normativo (ref. 2600417).

Lamentamos comunicarle que, tras el análisis de las candidaturas, su perfil no ha sido seleccionado para las siguientes fases. Esta decisión no supone una valoración negativa de su trayectoria.

Conservaremos sus datos, conforme a la política de privacidad que aceptó, durante un plazo de doce meses.

Reciba un cordial saludo,

Departamento de Selección
Mutua Castellana de Seguros
Calle de Serrano 77, 28006 Madrid"""),

    # 14 — Seguros La Sabana (Bogotá): after the interview, quoting Renata's thank-you
    # with its own interview wording.
    M(R, "sabana_after_interview_quote", "es",
      company="Seguros La Sabana", contact="andrea.quintero@segurossabana.example.co",
      frm=("Andrea Quintero", "andrea.quintero@segurossabana.example.co"),
      subject="RE: Agradecimiento entrevista Analista de Riesgo LA/FT",
      date="2026-09-02 16:10 -0500", reply="sabana-move",
      text="""Apreciada Renata, buenas tardes.

Reciba un cordial saludo. Le agradezco su nota y, sobre todo, la disposición para ajustar la entrevista cuando la Dra. Martínez se incapacitó.

Quiero informarle que el cargo fue ofrecido a otra candidata, quien ya aceptó y se vincula el 15 de septiembre. Su entrevista fue muy buena; la diferencia la hizo la experiencia específica en el sector asegurador, que la otra persona sí tenía.

Con gusto la tendremos presente para próximas convocatorias de la Gerencia de Cumplimiento.

Cordialmente,

Andrea Quintero Díaz
Profesional de Selección
Seguros La Sabana S.A.
Carrera 7 # 71-21, Torre B, Bogotá D.C.
PBX (601) 744 2900 ext. 5521

""" + reply_quote("es", "vie, 21 ago 2026 a las 18:55", "Renata Quispe-Albrecht <renata.qa@example.pe>", """Buenas tardes, Andrea:

Gracias por la entrevista de hoy con la Dra. Martínez. Fue muy interesante conocer el modelo de segmentación de factores de riesgo que están implementando. Si necesitan referencias o alguna prueba adicional, quedo atenta.

Un saludo cordial,
Renata""")),

    # 15 — Adecua Temporales (Bogotá staffing) relays the no of a named client.
    M(R, "adecua_relays_fiduciaria", "es",
      company="Fiduciaria Altiplano", contact="yesenia.pardo@adecua.example.co",
      frm=("Yesenia Pardo", "yesenia.pardo@adecua.example.co"),
      subject="Fiduciaria Altiplano - respuesta",
      date="2026-06-03 11:02 -0500", reply="adecua-missed",
      text="""Hola Renata, buen día.

Ya me respondieron de Fiduciaria Altiplano. Tomaron la decisión de cerrar la vacante con una de las otras dos candidatas que les presentamos; no van a seguir con tu proceso. Mencionaron que valoran tu disposición para reprogramar después del inconveniente con la videollamada.

Quedo pendiente por si te interesa que te tenga en cuenta para otras empresas del sector fiduciario.

Feliz día,
Yesenia Pardo
Ejecutiva de Selección | Adecua Temporales S.A.S.
Cl. 72 # 10-07, Bogotá | Cel. 310 458 2271"""),

    # 16 — Lozano Ibarra Auditores (Madrid): the vacancy is cancelled; Outlook HTML.
    M(R, "lozano_ibarra_vacancy_cancelled", "es",
      company="Lozano Ibarra Auditores", contact="marta.lozano@lozanoibarra.example.es",
      frm=("Marta Lozano", "marta.lozano@lozanoibarra.example.es"),
      subject="Vacante Analista PBC/FT – cancelada",
      date="2026-02-16 18:25 +0100", layout=("outlook", {}), cte="base64",
      text="""Buenas tardes, Renata:

Te escribo con una mala noticia. Esta mañana el comité de dirección ha decidido cancelar la vacante de Analista de Prevención del Blanqueo de Capitales: el cliente para el que íbamos a reforzar el equipo ha aplazado el proyecto a 2027 y no vamos a cubrir el puesto.

Por eso anulamos también la entrevista que teníamos pendiente contigo. Siento de verdad las molestias y el tiempo que has invertido.

Un saludo,

Marta Lozano Ibarra
Socia directora
Lozano Ibarra Auditores, S.L.P.
C/ Velázquez 50, 3.º · 28001 Madrid
Tel. 914 35 77 20"""),

    # 17 — Banco Austral de Chile via Teamtailor, after a second round.
    M(R, "austral_teamtailor_second_round", "es",
      company="Banco Austral de Chile",
      frm=("Banco Austral de Chile", "no-reply@teamtailor-mail.com"),
      subject="Tu proceso para Analista de Prevención de Lavado de Activos",
      date="2026-07-30 12:44 -0400", html_only=True, cte="quoted-printable",
      layout=("card", {"brand": "Banco Austral de Chile", "color": "#003b71",
                      "footer": "Banco Austral de Chile · Huérfanos 1134, Santiago · Enviado con Teamtailor"}),
      text="""Hola Renata,

Gracias por llegar hasta la segunda entrevista con nuestro Oficial de Cumplimiento. Fue un proceso muy competitivo.

Queremos contarte que no seguiremos adelante contigo en esta búsqueda. Elegimos un perfil con más años en la revisión de alertas de comercio exterior, que es el foco del cargo.

Te invitamos a seguirnos en https://bancoaustral.teamtailor.com para futuras oportunidades.

Saludos cordiales,
Equipo de Reclutamiento"""),

    # 18 — Remesa Labs (Miami): short human rejection after the missed call and re-take.
    M(R, "remesa_human_short", "en",
      company="Remesa Labs", contact="jordan.pike@remesalabs.example.com",
      frm=("Jordan Pike", "jordan.pike@remesalabs.example.com"),
      subject="Re: Apologies for missing the call",
      date="2026-05-15 16:02 -0400", reply="rl-sorry",
      text="""Hi Renata,

Thanks again for making time for the rescheduled screen last week. I shared my notes with the hiring manager and we're going to pass for the KYC Operations Analyst role — the team needs someone who has already run EDD reviews for US money transmitters.

Appreciate your interest in Remesa Labs and wish you the best with the search.

Jordan

""" + reply_quote("en", "Thu, May 7, 2026 at 11:50 AM", "Renata Quispe-Albrecht <renata.qa@example.pe>", """Hi Jordan,

I'm so sorry about this morning. I had the time as 10:00 Lima instead of 10:00 Eastern and only saw your missed calls when I stepped out of the branch. Could we try again? Any time Friday works for me.

Best regards,
Renata""")),

    # 19 — Keystone Staffing forwards the client's no (client named).
    M(R, "keystone_forwards_client_no", "en",
      company="Brickell Harbor Bank", contact="tanya.ruiz@keystonestaffing.example.com",
      frm=("Tanya Ruiz", "tanya.ruiz@keystonestaffing.example.com"),
      subject="Fwd: Candidate feedback - R. Quispe-Albrecht",
      date="2026-05-08 09:37 -0400", reply="ks-move",
      text="""Hi Renata,

Forwarding below what the hiring manager at Brickell Harbor Bank sent me this morning. Short version: they won't be moving you forward for the BSA/AML Analyst contract. I know that's disappointing after two rounds. I'll call you this afternoon to talk about the other openings I have.

Tanya

Tanya Ruiz | Senior Recruiter, Banking & Finance
Keystone Staffing Group, LLC
1450 Brickell Ave, Suite 1900, Miami, FL 33131
(305) 555-0148

---------- Forwarded message ---------
From: Neil Carver <ncarver@brickellharbor.example.com>
Date: Thu, May 7, 2026 at 6:12 PM
Subject: Candidate feedback - R. Quispe-Albrecht
To: Tanya Ruiz <tanya.ruiz@keystonestaffing.example.com>

Tanya - thanks for sending Renata over. Good communicator and clearly motivated, but we need someone who can work SAR narratives independently from week one and she hasn't written one yet. We'll pass on this one. Please keep the pipeline coming.

Neil"""),

    # 20 — Biscayne Ledger via Greenhouse: formal soft rejection ("more closely matches").
    M(R, "biscayne_greenhouse_soft", "en",
      company="Biscayne Ledger",
      frm=("Biscayne Ledger", "no-reply@greenhouse-mail.io"),
      subject="Your application to Biscayne Ledger",
      date="2026-08-05 14:20 -0400", cte="quoted-printable",
      layout=("card", {"brand": "Biscayne Ledger", "color": "#0a7ea4",
                      "footer": "Biscayne Ledger, Inc. · 801 Brickell Ave, Miami, FL · Sent via Greenhouse"}),
      headers={"Auto-Submitted": "auto-generated"},
      text="""Hi Renata,

Thank you for your interest in the Financial Crimes Analyst position and for the time you spent with our team.

After careful consideration, we have decided to move forward with candidates whose experience more closely matches the needs of the role at this time.

We appreciate the effort you put into the process and encourage you to apply for future openings that fit your background.

Best,
The Biscayne Ledger Recruiting Team"""),

    # 21 — Harlow Vance Advisory: after the interview, quoting her thank-you in an Outlook block.
    M(R, "harlow_vance_after_interview_outlook", "en",
      company="Harlow Vance Advisory", contact="priya.natarajan@harlowvance.example.com",
      frm=("Priya Natarajan", "priya.natarajan@harlowvance.example.com"),
      subject="RE: Thank you - Senior AML Associate interview",
      date="2026-07-20 11:48 -0400", reply="hv-cancel",
      layout=("outlook", {}), cte="quoted-printable",
      text="""Dear Renata,

Thank you for your kind note, and for your patience while the partners finished their interviews.

I'm writing to let you know that we've offered the Senior AML Associate position to another candidate who has accepted. The panel enjoyed the conversation and appreciated your front-line view of structuring and cash activity; ultimately they needed someone with more lookback-review experience for the client work starting in August.

We'd be glad to stay in touch as the practice grows.

Kind regards,

Priya Natarajan
Talent Acquisition Manager
Harlow Vance Advisory LLP
200 S Biscayne Blvd, Suite 2700, Miami, FL 33131
T +1 (305) 555-0190

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.

""" + outlook_block("en", "Renata Quispe-Albrecht <renata.qa@example.pe>",
                    "Wednesday, July 8, 2026 6:05 PM",
                    "Priya Natarajan <priya.natarajan@harlowvance.example.com>",
                    "Thank you - Senior AML Associate interview",
                    """Dear Priya,

Thank you for organising today's interview with Mr. Vance and Ms. Ocampo, and for finding a new slot so quickly after the cancellation. I enjoyed discussing the lookback project and would be delighted to move on to the next step.

Best regards,
Renata Quispe-Albrecht""")),

    # 22 — Atlantic Meridian Insurance via Workday, base64.
    M(R, "atlantic_meridian_workday_b64", "en",
      company="Atlantic Meridian Insurance",
      frm=("Atlantic Meridian Insurance", "atlanticmeridian@myworkday.com"),
      subject="Update on your application - Compliance Analyst, Anti-Fraud & AML (JR-22817)",
      date="2026-04-16 08:05 -0400", cte="base64",
      headers={"Auto-Submitted": "auto-generated"},
      text="""Dear Renata,

Thank you for applying for the Compliance Analyst, Anti-Fraud & AML role (JR-22817) and for taking part in our virtual assessment centre.

We regret to let you know that we will not be progressing your application further. We received a very strong response and have now selected the candidates who will join the final stage.

You can view the status of your application at any time in your candidate home at https://atlanticmeridian.wd1.myworkday.com/careers.

With best wishes,
Talent Acquisition
Atlantic Meridian Insurance Company"""),

    # 23 — Sunvest Minerals: the position is put on hold and the process ends.
    M(R, "sunvest_position_on_hold", "en",
      company="Sunvest Minerals", contact="rachel.obi@sunvestminerals.example.com",
      frm=("Rachel Obi", "rachel.obi@sunvestminerals.example.com"),
      subject="Regional Compliance Analyst (LatAm) - status",
      date="2026-02-18 12:30 -0500",
      text="""Hello Renata,

I wanted to let you know personally that the Regional Compliance Analyst opening in our Miami office has been put on hold following the company's decision to pause new hires in the Latin America region until the Q3 budget review. As a result, we will not proceed with your candidacy or with any of the interviews we had been planning.

I'm sorry to bring this news after you had taken the time to complete the questionnaire. If the role reopens later this year, it will be posted again on our careers site.

Regards,
Rachel Obi
HR Business Partner, Americas
Sunvest Minerals Corp.
1001 Brickell Bay Dr, Miami, FL 33131 | +1 305 555 0172"""),

    # 24 — Caribe Remit: casual, colleague-style; somebody internal got it.
    M(R, "caribe_remit_casual_internal", "en",
      company="Caribe Remit", contact="luis@cariberemit.example.com",
      frm=("Luis Ortega-Baez", "luis@cariberemit.example.com"),
      subject="quick update",
      date="2026-09-25 19:15 -0400", reply="cr-inv",
      text="""Hey Renata,

Wanted you to hear it from me rather than a form email. We ended up giving the analyst seat to Kayla from our ops team; she's been covering the queue since June and leadership wanted continuity. So it's a no on our side this round, sorry.

Really enjoyed our chats. If you're ever in Miami, coffee's on me.

Luis

Sent from my iPhone"""),

    # 25 — Zürichsee Privatbank: terse, in English.
    M(R, "zuerichsee_terse_english", "en",
      company="Zürichsee Privatbank", contact="m.frei@zuerichsee-pb.example.ch",
      frm=("Martin Frei", "m.frei@zuerichsee-pb.example.ch"),
      subject="Your application - KYC Analyst (Private Clients)",
      date="2026-06-24 07:58 +0200",
      text="""Dear Ms Quispe-Albrecht

Thank you for your application. Unfortunately not this time - we require fluent Swiss German and prior experience with the CDB 20.

Kind regards
Martin Frei
Head of Client Onboarding
Zürichsee Privatbank AG, Seestrasse 41, 8002 Zürich"""),

    # 26 — Banque de la Pétrusse: the role is frozen, no follow-up.
    M(R, "petrusse_poste_gele", "fr",
      company="Banque de la Pétrusse", contact="elodie.schmit@petrusse.example.lu",
      frm=("Élodie Schmit", "elodie.schmit@petrusse.example.lu"),
      subject="Re: Entretien annulé - Analyste LBC/FT",
      subject_enc=("iso-8859-1", "Q"),
      date="2026-04-14 14:00 +0200", reply="pet-cancel", charset="iso-8859-1",
      cte="quoted-printable",
      text="""Madame,

Suite à l'annulation de notre entretien du 25 mars, je reviens vers vous comme promis.

La direction a décidé de geler le poste d'Analyste LBC/FT dans le cadre de la réorganisation de la fonction Compliance. Nous ne donnerons donc pas suite à votre candidature, ni à celles des autres personnes en cours de processus.

Nous regrettons sincèrement ce contretemps et vous remercions pour l'intérêt porté à notre établissement.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Élodie Schmit
Chargée de recrutement - Ressources humaines
Banque de la Pétrusse S.A.
12, boulevard Royal, L-2449 Luxembourg
Tél. +352 26 48 31 00

Ce message est confidentiel. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le détruire."""),

    # 27 — Moselle Audit & Conseil via Recruitee: formal.
    M(R, "moselle_recruitee_formal", "fr",
      company="Moselle Audit & Conseil",
      frm=("Moselle Audit & Conseil", "no-reply@jobs.recruitee.com"),
      subject="Votre candidature – Consultant(e) junior Conformité",
      date="2026-07-21 09:30 +0200", cte="base64",
      layout=("card", {"brand": "Moselle Audit & Conseil", "color": "#2d5d7b",
                      "footer": "Moselle Audit & Conseil S.à r.l. · 5, rue Goethe, L-1637 Luxembourg"}),
      headers={"Auto-Submitted": "auto-generated"},
      text="""Bonjour Renata,

Nous vous remercions de l'intérêt que vous portez à Moselle Audit & Conseil.

Après étude attentive de votre dossier, nous avons retenu des profils plus proches des attentes de nos clients pour ce poste de Consultant(e) junior Conformité, notamment en matière de revues KYC dans les fonds d'investissement.

Nous conservons votre CV et ne manquerons pas de vous recontacter si une opportunité correspondant à votre parcours se présente.

Bien cordialement,
L'équipe Talent"""),

    # 28 — Intérim Grand-Duché relays a client's no; the client is not named.
    M(R, "interim_gd_client_unnamed", "fr",
      company="Intérim Grand-Duché", contact="sophie.kremer@interimgd.example.lu",
      frm=("Sophie Kremer", "sophie.kremer@interimgd.example.lu"),
      subject="Retour de notre client – mission KYC",
      date="2026-10-20 17:06 +0200", reply="igd-inv",
      text="""Bonjour Renata,

J'ai eu le retour de notre client ce midi : ils ne souhaitent pas poursuivre avec votre profil pour la mission KYC de six mois. Ils ont besoin de quelqu'un déjà installé au Luxembourg et disponible sous quinze jours, ce qui n'est pas compatible avec votre calendrier de déménagement.

Je suis désolée, l'échange s'était bien passé. Je garde votre dossier actif chez nous.

Belle soirée,
Sophie Kremer
Consultante recrutement Banque & Finance
Intérim Grand-Duché S.A. – 23, avenue de la Gare, L-1611 Luxembourg
+352 40 22 15 30"""),

    # 29 — Bank Limmatquai: formal German rejection after the re-scheduled interview.
    M(R, "limmatquai_absage_formal", "de",
      company="Bank Limmatquai", contact="sabine.kaelin@limmatquai.example.ch",
      frm=("Sabine Kälin", "sabine.kaelin@limmatquai.example.ch"),
      subject="Ihre Bewerbung als AML Analyst (80–100 %)",
      date="2026-06-08 11:30 +0200", cte="quoted-printable",
      text="""Sehr geehrte Frau Quispe-Albrecht

Herzlichen Dank für das angenehme Gespräch vom 22. Mai und das Interesse an der Bank Limmatquai.

Nach sorgfältiger Abwägung haben wir uns für eine Kandidatin entschieden, die bereits Erfahrung mit der Transaktionsüberwachung im Schweizer Privatkundengeschäft mitbringt. Wir bedauern, Ihnen keinen positiven Bescheid geben zu können.

Ihre Unterlagen löschen wir gemäss unserer Datenschutzerklärung nach drei Monaten, sofern Sie nicht in eine längere Aufbewahrung einwilligen.

Freundliche Grüsse

Sabine Kälin
Talent Acquisition Partner
Bank Limmatquai AG
Limmatquai 92, 8001 Zürich
+41 44 215 70 70

Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."""),

    # 30 — Seefeld Versicherungen via softgarden, iso-8859-1 quoted-printable.
    M(R, "seefeld_softgarden_latin1", "de",
      company="Seefeld Versicherungen",
      frm=("Seefeld Versicherungen", "noreply@softgarden.io"),
      subject="Absage: Ihre Bewerbung als Compliance Officer Junior",
      subject_enc=("iso-8859-1", "Q"),
      date="2026-03-30 15:15 +0200", charset="iso-8859-1", cte="quoted-printable",
      headers={"Auto-Submitted": "auto-generated"},
      text="""Guten Tag Frau Quispe-Albrecht,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Seefeld Versicherungen.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Die Entscheidung ist uns angesichts Ihrer Unterlagen nicht leichtgefallen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüssen
Ihr Recruiting-Team
Seefeld Versicherungen AG · Seefeldstrasse 123 · 8008 Zürich"""),

    # 31 — Alpin Search Partners (head-hunter) relays the no of a named client.
    M(R, "alpin_search_relays_rietberg", "de",
      company="Privatbank Rietberg", contact="t.gasser@alpinsearch.example.ch",
      frm=("Thomas Gasser", "t.gasser@alpinsearch.example.ch"),
      subject="Privatbank Rietberg – Rückmeldung",
      date="2026-08-28 18:40 +0200",
      text="""Liebe Frau Quispe-Albrecht

Ich habe heute mit der Leiterin Compliance der Privatbank Rietberg telefoniert. Sie hat sich nach den beiden Interviews für einen anderen Kandidaten entschieden, der die FINMA-Rundschreiben aus der Praxis kennt. Für Sie geht der Prozess dort also leider nicht weiter.

Ihr Auftritt hat einen guten Eindruck hinterlassen, das soll ich Ihnen ausdrücklich ausrichten. Ich melde mich, sobald ich ein passendes Mandat in Genf oder Luxemburg habe.

Beste Grüsse
Thomas Gasser
Partner
Alpin Search Partners GmbH
Bahnhofstrasse 10, 8001 Zürich · +41 43 500 22 40"""),
]

