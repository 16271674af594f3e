"""Corpus 207, acknowledgements and offers: 21 application_received, 10 offer."""

from __future__ import annotations

from msgs207_common import ats_card, outlook_html, page, paras

ACK, OFFER = "application_received", "offer"
MESSAGES: list[dict] = []


def add(kind: str, **spec: object) -> None:
    spec["kind"] = kind
    MESSAGES.append(spec)


# ============================================================================ received
# ----------------------------------------------------------------------------- es (11)

_A1 = """Hola Lucía:

Recibimos tu postulación para Analista Jr. de Administración de Personal (R-2026-0193) en Banco Austral de Fomento.

Nuestro equipo de Selección va a revisar tu perfil en las próximas semanas. Podés seguir el estado de tu postulación ingresando a tu cuenta de candidato en nuestro sitio de empleos.

¡Gracias por elegirnos!
Gerencia de Personas – Banco Austral de Fomento
"""
add(ACK, key="t1_ack", slug="bancoaustral_workday_ack", lang="es",
    company="Banco Austral de Fomento", contact="",
    frm=("Banco Austral de Fomento", "bancoaustral@myworkday.com"),
    subject="Recibimos tu postulación: Analista Jr. de Administración de Personal",
    date="2026-02-09 22:41", tz="+0000", text=_A1,
    html=ats_card("Banco Austral de Fomento", paras(_A1), color="#0c4a6e",
                  footer="Mensaje automático enviado por Workday. No respondas a este correo."),
    headers=[("Auto-Submitted", "auto-generated")])

add(ACK, slug="verticesearch_registration", lang="es", company="Vértice Search Partners",
    contact="", frm=("Vértice Search Partners", "no-reply@verticesearch.example.ar"),
    frm_enc=("utf-8", "B"),
    subject="Tu perfil ya forma parte de Vértice Search Partners", subject_enc=("utf-8", "B"),
    date="2026-01-14 12:00", tz="-0300",
    html=page(paras("""¡Hola Lucía!

Completaste tu registro en nuestra base de candidatos. Desde hoy, nuestros consultores pueden encontrar tu perfil cuando abramos búsquedas de Administración, Recursos Humanos y Educación.

Qué pasa ahora:
1) Revisamos tu CV y lo clasificamos por área.
2) Si aparece una búsqueda acorde, un consultor te contacta por teléfono o correo.
3) Podés actualizar tus datos cuando quieras desde tu perfil.

Vértice Search Partners · Maipú 942, 3.º B, Buenos Aires
Este es un correo automático, por favor no lo respondas.""")),
    headers=[("Auto-Submitted", "auto-generated")])

add(ACK, slug="hospitalcerro_cannot_reply_individually_qp", lang="es",
    company="Hospital Privado del Cerro", contact="",
    frm=("Hospital Privado del Cerro", "hpcerro@myworkday.com"),
    subject="Confirmación de recepción – Auxiliar Administrativo/a de RR. HH. (HPC-0412)",
    subject_enc=("utf-8", "Q"), date="2026-01-08 18:27", tz="+0000", cte="quoted-printable",
    text="""Estimada Lucía Hartley-Mendoza:

Confirmamos la recepción de su postulación a la búsqueda Auxiliar Administrativo/a de Recursos Humanos (Ref. HPC-0412).

Debido al volumen de postulaciones, lamentablemente no podemos responder a cada postulante de forma individual. Si su perfil se ajusta a los requisitos, el equipo de Capital Humano se comunicará con usted por teléfono o por este medio.

Gracias por su interés en formar parte del Hospital Privado del Cerro.

Gerencia de Capital Humano
Av. Rafael Núñez 4900, X5009 Córdoba

Mensaje generado automáticamente. Por favor, no responda.
""", headers=[("Auto-Submitted", "auto-generated")])

add(ACK, key="pampa_ack", slug="pampaserrana_human_cv_received", lang="es",
    company="Aceitera Pampa Serrana", contact="spereyra@pampaserrana.example.ar",
    reply_of="pampa_app", frm=("Silvina Pereyra", "spereyra@pampaserrana.example.ar"),
    subject="RE: Postulación – Asistente de Recursos Humanos (planta General Cabrera)",
    date="2026-02-13 08:55", tz="-0300",
    text="""Buen día, Lucía:

Acuso recibo de tu CV y de la carta de presentación para la posición de Asistente de Recursos Humanos. Ya quedó incorporado a la búsqueda.

Estimamos tener las primeras entrevistas hacia mediados de marzo; si avanzás a esa etapa te vamos a contactar por teléfono.

Saludos cordiales,
Cra. Silvina Pereyra
Jefa de Administración de Personal
Aceitera Pampa Serrana S.A. · Ruta Nacional 158 km 230, General Cabrera
""")

_A5 = """¡Hola Lucía!

Gracias por postular a Asistente de Gestión de Personas. Tu postulación llegó bien y ya está en manos de nuestro equipo.

Revisamos cada antecedente y te escribiremos con novedades a medida que el proceso avance. Mientras tanto, puedes conocer más sobre cómo trabajamos en nuestro sitio de carreras.

Un saludo,
Equipo de Gestión de Personas – Clínica Andes Oriente
"""
add(ACK, slug="andesoriente_teamtailor_ack", lang="es", company="Clínica Andes Oriente",
    contact="", frm=("Clínica Andes Oriente", "no-reply@teamtailor-mail.com"),
    subject="¡Recibimos tu postulación!", date="2026-03-30 20:14", tz="+0000", text=_A5,
    html=ats_card("Clínica Andes Oriente", paras(_A5), color="#3b2f8f",
                  footer="Enviado con Teamtailor"),
    headers=[("Auto-Submitted", "auto-generated")])

_A6 = """Hola Lucía,

¡Gracias por postularte a Auxiliar de Administración de Personal en Lácteos del Plata Oriental!

Confirmamos que recibimos tu candidatura. Nuestro equipo de Talento revisará tu perfil y, si coincide con lo que buscamos, nos pondremos en contacto contigo para los próximos pasos.

Saludos,
Equipo de Talento – Lácteos del Plata Oriental
"""
add(ACK, slug="lacteosoriental_smartrecruiters_ack", lang="es",
    company="Lácteos del Plata Oriental", contact="",
    frm=("Lácteos del Plata Oriental", "noreply@smartrecruiters.com"),
    frm_enc=("utf-8", "Q"),
    subject="Gracias por postularte a Auxiliar de Administración de Personal",
    date="2026-09-01 14:09", tz="+0000", text=_A6, cte="base64",
    html=ats_card("Lácteos del Plata Oriental", paras(_A6), color="#2563eb",
                  footer="Powered by SmartRecruiters"),
    headers=[("Auto-Submitted", "auto-generated")])

add(ACK, slug="talentorioplatense_registered", lang="es", company="Talento Rioplatense",
    contact="cferres@talentorioplatense.example.uy",
    frm=("Camila Ferrés", "cferres@talentorioplatense.example.uy"),
    subject="Registro en Talento Rioplatense", date="2026-04-01 11:40", tz="-0300",
    text="""Hola Lucía:

Te confirmo que ya quedaste registrada en nuestra base de candidatos, en las áreas de Administración de Personal y Asistencia Administrativa. Vi que marcaste disponibilidad para trabajar en Montevideo o de forma remota; lo dejé anotado en tu ficha.

Cuando alguno de los consultores tenga una búsqueda que encaje con tu perfil, te va a contactar directamente.

Saludos,
Camila Ferrés
Asistente de Selección – Talento Rioplatense
25 de Mayo 477, of. 302, Montevideo · +598 2 555 0180
""")

add(ACK, key="t12_ack", slug="ghcastellana_successfactors_latin1", lang="es",
    company="Grupo Hospitalario Castellana", contact="",
    frm=("Grupo Hospitalario Castellana", "gh-castellana@successfactors.eu"),
    subject="Hemos recibido su candidatura (ref. 26-0337)", date="2026-03-03 10:18",
    tz="+0000", charset="iso-8859-1", cte="8bit",
    text="""Estimada Sra. Hartley-Mendoza:

Le confirmamos que hemos recibido correctamente su candidatura para el puesto de Técnico/a de Administración de Personal (ref. 26-0337), sede Madrid.

El equipo de Selección revisará su perfil. Si su candidatura avanza en el proceso, nos pondremos en contacto con usted en las próximas semanas.

Puede consultar el estado de su solicitud en cualquier momento accediendo a su perfil de candidato.

Reciba un cordial saludo,
Dirección de Personas
Grupo Hospitalario Castellana

Este es un mensaje automático. Por favor, no responda a esta dirección.
""", headers=[("Auto-Submitted", "auto-generated")])

add(ACK, key="rambla_ack", slug="urambla_concurso_inscription_pdf", lang="es",
    company="Universidad de la Rambla", contact="concursos.rrhh@urambla.example.uy",
    frm=("Concursos – División Recursos Humanos", "concursos.rrhh@urambla.example.uy"),
    subject="Llamado 14/2026 – Constancia de inscripción", date="2026-07-01 13:30",
    tz="-0300",
    text="""Sra. Lucía Hartley-Mendoza:

Se confirma su inscripción al Llamado 14/2026 para la provisión de cargos de Administrativo/a Grado 4 en la División Recursos Humanos. Se adjunta la constancia con su número de inscripción (N.º 0287).

La documentación presentada será evaluada por el tribunal en la etapa de méritos y antecedentes. Los resultados se comunicarán por correo electrónico y se publicarán en la cartelera de la División.

Por consultas, responder a esta dirección.

Sección Concursos – División Recursos Humanos
Universidad de la Rambla · Rambla Gandhi 1250, Montevideo
""",
    attach=[{"type": "pdf", "name": "Constancia_inscripcion_0287.pdf",
                 "title": "Constancia de inscripcion - Llamado 14/2026",
                 "lines": ["Universidad de la Rambla - Seccion Concursos",
                        "Inscripcion N. 0287",
                        "Postulante: Hartley-Mendoza, Lucia",
                        "Cargo: Administrativo/a Grado 4 - Division Recursos Humanos",
                        "Fecha de inscripcion: 01/07/2026"]}])

_A10 = """Hola Lucía,

Gracias por postular a Analista de Remuneraciones Jr. en Banco del Pacífico Sur. Recibimos tu postulación y la revisaremos con atención.

Recibimos un número muy alto de postulaciones, por lo que lamentablemente no podemos responder a cada persona de manera individual. Si tu perfil avanza, nos comunicaremos contigo dentro de las próximas tres semanas.

Saludos,
Equipo de Reclutamiento – Banco del Pacífico Sur
"""
add(ACK, slug="pacificosur_lever_cannot_answer_all", lang="es",
    company="Banco del Pacífico Sur", contact="",
    frm=("Banco del Pacífico Sur", "no-reply@hire.lever.co"),
    subject="Recibimos tu postulación – Analista de Remuneraciones Jr.",
    date="2026-05-06 02:17", tz="+0000", text=_A10, html=page(paras(_A10)),
    headers=[("Auto-Submitted", "auto-generated")])

add(ACK, slug="kairos_cv_received", lang="es", company="Kairós Consultores",
    contact="libanez@kairosrrhh.example.es",
    frm=("Laura Ibáñez", "libanez@kairosrrhh.example.es"),
    subject="Hemos recibido tu CV", date="2026-01-19 10:02", tz="+0100",
    text="""Hola, Lucía:

Gracias por enviarnos tu currículum. Lo hemos recibido y ya está en nuestra base de datos, etiquetado para procesos de administración de personal y RR. HH. en Madrid y en remoto.

Uno de nuestros consultores lo revisará en los próximos días. Si encaja con alguna de las posiciones que gestionamos, se pondrá en contacto contigo.

Un saludo,
Laura Ibáñez
Coordinación de Candidaturas · Kairós Consultores RR. HH., S.L.
C/ Velázquez 57, 4.º izda. · 28001 Madrid

Sus datos se tratan conforme al RGPD. Puede ejercer sus derechos escribiendo a privacidad@kairosrrhh.example.es.
""")

# ----------------------------------------------------------------------------- en (5)

_A12 = """Hi Lucía,

Thanks for applying to Biscayne Health Partners! We've received your application for HR Coordinator (Bilingual), and our team will review it shortly.

If your experience matches what we're looking for, someone from our Talent Acquisition team will reach out about next steps.

Best regards,
Biscayne Health Partners Talent Acquisition
"""
add(ACK, key="t4_ack", slug="biscayne_greenhouse_ack", lang="en",
    company="Biscayne Health Partners", contact="",
    frm=("Biscayne Health Partners", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Biscayne Health Partners", date="2026-03-02 18:33",
    tz="+0000", text=_A12, html=page(paras(_A12), "en"),
    headers=[("Auto-Submitted", "auto-generated")])

_A13 = """Hi Lucía,

Thank you for your interest in the HR Operations Assistant position at Coral Gables Community Bank. This note confirms that we have your application.

Our recruiting team reviews every application carefully. We'll be in touch if there's a match.

Coral Gables Community Bank Recruiting
"""
add(ACK, key="t8_ack", slug="coralgables_lever_ack", lang="en",
    company="Coral Gables Community Bank", contact="",
    frm=("Coral Gables Community Bank", "no-reply@hire.lever.co"),
    subject="Your application to Coral Gables Community Bank", date="2026-08-03 13:50",
    tz="+0000", text=_A13, html=page(paras(_A13), "en"))

_A14 = """Dear Lucía,

Thank you for submitting your application for People Operations Assistant (Req 2026-118) at Everglades AgriTrade.

Please note that due to the high volume of applications we receive, we are unfortunately unable to respond to each applicant individually. If your qualifications match the requirements of the role, a member of our Talent Acquisition team will contact you.

You can check the status of your application at any time in our candidate portal.

Everglades AgriTrade Talent Acquisition
"""
add(ACK, key="t21_ack", slug="everglades_icims_cannot_respond_individually", lang="en",
    company="Everglades AgriTrade", contact="",
    frm=("Everglades AgriTrade Careers", "everglades@icims.com"),
    subject="Application received – People Operations Assistant (Req 2026-118)",
    date="2026-06-01 16:20", tz="+0000", text=_A14, cte="quoted-printable",
    html=ats_card("Everglades AgriTrade", paras(_A14), color="#166534", lang="en",
                  footer="This is an automated message from iCIMS."),
    headers=[("Auto-Submitted", "auto-generated")])

add(ACK, key="t20_ack", slug="brickell_registration_personal", lang="en",
    company="Brickell Talent Group", contact="dana.whitaker@brickelltalent.example.com",
    frm=("Dana Whitaker", "dana.whitaker@brickelltalent.example.com"),
    subject="You're registered with Brickell Talent Group", date="2026-05-11 09:14",
    tz="-0400",
    text="""Hi Lucía,

Lovely to talk this morning! As promised, I've set up your profile in our system, so you're now officially registered with Brickell Talent Group for administrative and HR roles in Miami-Dade and remote.

I've attached your CV and the notes from our call to your file. Next time a search fits, you'll hear from me first.

Dana

Dana Whitaker | Senior Recruiter
Brickell Talent Group
1101 Brickell Ave, Suite 800, Miami, FL 33131 | (305) 555-0148
""")

_A16 = """Dear Lucía,

We have received your application for Member Services & HR Clerk.

Our hiring team will review it and contact you if your background matches our current needs.

Thank you,
Palmetto Credit Union Human Resources
"""
add(ACK, key="palmetto_ack", slug="palmetto_workable_ack", lang="en",
    company="Palmetto Credit Union", contact="",
    frm=("Palmetto Credit Union", "noreply@workablemail.com"),
    subject="Thanks for applying to Palmetto Credit Union", date="2026-01-12 21:04",
    tz="+0000", text=_A16, html=ats_card("Palmetto Credit Union", paras(_A16),
                                          color="#7c2d12", lang="en",
                                          footer="Powered by Workable"))

# ----------------------------------------------------------------------------- fr (2)

_A17 = """Madame,

Nous vous remercions de votre candidature au poste de Gestionnaire administrative RH (réf. BRA-2026-071), que nous avons bien reçue.

Votre dossier sera examiné avec attention par notre service des Ressources Humaines. En raison du grand nombre de candidatures, nous ne sommes malheureusement pas en mesure de répondre personnellement à chacune d'entre elles ; nous prendrons contact avec vous si votre profil est retenu pour la suite du processus.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Banque Privée Rhône-Arve SA – Ressources Humaines
"""
add(ACK, key="rhone_ack", slug="rhonearve_taleo_cannot_answer_each", lang="fr",
    company="Banque Privée Rhône-Arve", contact="",
    frm=("Banque Privée Rhône-Arve", "rhonearve@taleo.net"), frm_enc=("iso-8859-1", "B"),
    subject="Accusé de réception de votre candidature", subject_enc=("iso-8859-1", "B"),
    date="2026-02-23 07:45", tz="+0000", text=_A17, html=page(paras(_A17), "fr"),
    headers=[("Auto-Submitted", "auto-generated")])

add(ACK, key="t24_ack", slug="lactalents_inscription_confirmed", lang="fr",
    company="Lac & Talents", contact="imorel@lactalents.example.ch",
    frm=("Inès Morel", "imorel@lactalents.example.ch"),
    subject="Confirmation de votre inscription chez Lac & Talents", date="2026-03-23 15:12",
    tz="+0100",
    text="""Bonjour Madame Hartley-Mendoza,

Votre inscription chez Lac & Talents est confirmée. Votre CV et votre lettre de motivation ont été enregistrés dans notre base, dans les domaines « Administration » et « Ressources humaines ».

Un de nos consultants prendra contact avec vous dès qu'un mandat correspondra à votre profil. N'hésitez pas à nous signaler tout changement de disponibilité, notamment votre date d'arrivée à Genève.

Meilleures salutations,
Inès Morel
Assistante de recrutement – Lac & Talents Sàrl
Boulevard Helvétique 24, 1207 Genève · +41 22 555 90 30
""")

# ----------------------------------------------------------------------------- de (3)

_A19 = """Guten Tag Frau Hartley-Mendoza

Herzlichen Dank für Ihre Bewerbung als Sachbearbeiterin Personaladministration (80 %) und Ihr Interesse an der Hochschule Sihlfeld.

Ihre Unterlagen sind bei uns eingegangen. Wir prüfen alle Bewerbungen sorgfältig und melden uns innerhalb von zwei bis drei Wochen bei Ihnen.

Freundliche Grüsse
Personaldienst der Hochschule Sihlfeld
"""
add(ACK, key="t2_ack", slug="sihlfeld_softgarden_eingang", lang="de",
    company="Hochschule Sihlfeld", contact="",
    frm=("Hochschule Sihlfeld", "hs-sihlfeld@softgarden.io"),
    subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-04-07 06:55", tz="+0000",
    text=_A19, html=ats_card("Hochschule Sihlfeld", paras(_A19), color="#1e3a8a",
                             lang="de", footer="Versendet über softgarden"),
    headers=[("Auto-Submitted", "auto-generated")])

_A20 = """Hallo Lucía

Vielen Dank für deine Bewerbung als Sachbearbeiterin Personal (60–80 %)! Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen genau an.

Du hörst so bald wie möglich von uns.

Liebe Grüsse
Dein HR-Team der Agrovia Genossenschaft
"""
add(ACK, key="agrovia_ack", slug="agrovia_personio_du_form", lang="de", company="Agrovia",
    contact="", frm=("Agrovia Genossenschaft", "noreply@personio.de"),
    subject="Deine Bewerbung ist bei uns eingegangen", date="2026-09-07 12:31",
    tz="+0000", text=_A20,
    html=ats_card("Agrovia Genossenschaft", paras(_A20), color="#4d7c0f", lang="de",
                  footer="Versendet über Personio"))

add(ACK, key="zberg_ack", slug="zuerichberg_successfactors_no_individual_reply",
    lang="de", company="Privatbank Zürichberg", contact="",
    frm=("Privatbank Zürichberg – Recruiting", "zuerichberg@successfactors.eu"),
    frm_enc=("utf-8", "Q"),
    subject="Ihre Bewerbung: HR-Assistentin (80 %)", date="2026-10-05 09:12", tz="+0000",
    charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Hartley-Mendoza

Wir bestätigen den Eingang Ihrer Bewerbung für die Position HR-Assistentin (80 %).

Bitte haben Sie Verständnis dafür, dass wir aufgrund der grossen Zahl an Zuschriften leider nicht jede Bewerbung einzeln kommentieren können. Sofern Ihr Profil unseren Anforderungen entspricht, nehmen wir innerhalb von drei Wochen Kontakt mit Ihnen auf.

Freundliche Grüsse
Privatbank Zürichberg AG
Human Resources

Dies ist eine automatisch generierte Nachricht.
""", headers=[("Auto-Submitted", "auto-generated")])

# ============================================================================ offers
# ----------------------------------------------------------------------------- es (5)

add(OFFER, key="t5_offer", slug="suquia_formal_offer_pdf", lang="es",
    company="Universidad del Suquía", contact="gferreyra@unisuquia.example.ar",
    frm=("Graciela Ferreyra", "gferreyra@unisuquia.example.ar"),
    subject="Propuesta de designación – Administrativa de RR. HH.",
    date="2026-06-19 13:05", tz="-0300",
    text="""Estimada Lucía:

Me complace comunicarle que la comisión evaluadora la ha seleccionado para el cargo de Administrativa de Recursos Humanos en la Secretaría de Personal.

Adjuntamos la propuesta formal de designación con las condiciones: categoría 5 del escalafón no docente, 35 horas semanales (lunes a viernes de 8 a 15), remuneración bruta mensual de $ 1.480.000 e inicio previsto el 1 de julio de 2026.

Le pedimos que nos haga llegar su aceptación por escrito antes del viernes 26 de junio, para poder iniciar el trámite de alta y el examen preocupacional.

Con un cordial saludo,
Mgter. Graciela Ferreyra
Directora de Personal – Universidad del Suquía
Bv. Los Alemanes 3150 – X5000 Córdoba · Tel. (0351) 555-2230
""",
    attach=[{"type": "pdf", "name": "Propuesta_designacion_Hartley-Mendoza.pdf",
                 "title": "Universidad del Suquia - Propuesta de designacion",
                 "lines": ["Cargo: Administrativa de Recursos Humanos - Secretaria de Personal",
                        "Categoria 5 escalafon no docente - 35 horas semanales",
                        "Remuneracion bruta mensual: $ 1.480.000",
                        "Fecha de inicio: 1 de julio de 2026",
                        "Aceptacion por escrito antes del 26/06/2026"]}])

add(OFFER, slug="verticesearch_confidential_client_offer", lang="es",
    company="Vértice Search Partners", contact="mocampo@verticesearch.example.ar",
    frm=("Matías Ocampo", "mocampo@verticesearch.example.ar"),
    subject="¡Hay propuesta! – búsqueda confidencial Administrativa de Personal",
    date="2026-07-15 19:22", tz="-0300",
    text="""Lucía, ¿tenés un minuto?

Recién me llamó el gerente de RR.HH. de la empresa de la búsqueda confidencial (la agroexportadora de la que te hablé): el cliente quiere hacerte una oferta para el puesto de Administrativa de Personal.

Lo que me pasaron: sueldo bruto de $ 1.650.000 más bono anual por objetivos, prepaga para vos, modalidad híbrida (tres días en la oficina de Rosario) e ingreso a partir del 3 de agosto. Apenas aceptes en principio, firmamos la confidencialidad y te puedo decir el nombre de la empresa y mandarte la carta formal.

Pensalo tranquila y llamame mañana cuando puedas. ¡Felicitaciones, te lo ganaste!

Matías
Vértice Search Partners · +54 9 11 5555-0371
""")

add(OFFER, key="t15_offer", slug="molinosvm_verbal_offer_followup", lang="es",
    company="Molinos Villa María", contact="cpaz@molinosvm.example.ar",
    frm=("Cecilia Paz", "cpaz@molinosvm.example.ar"),
    cc=[("Hernán Quiroga", "hquiroga@molinosvm.example.ar")],
    subject="Lo que hablamos por teléfono", date="2026-08-27 17:48", tz="-0300",
    text="""Hola Lucía:

Como te adelanté hoy por teléfono, queremos que te sumes al equipo como Asistente de Recursos Humanos. Te dejo por escrito lo que conversamos, para que lo tengas a mano:

- Puesto: Asistente de RR.HH., reportando a Hernán Quiroga (jefe de RR.HH.), en copia.
- Lugar: planta Villa María, lunes a viernes de 7:30 a 16:00.
- Sueldo: $ 1.390.000 brutos mensuales, convenio de Molineros, más comedor en planta.
- Ingreso: lunes 14 de septiembre, con el examen preocupacional antes.

La carta formal te la manda Hernán esta semana. Mientras tanto, ¿nos confirmás si aceptás la propuesta?

Un abrazo,
Cecilia
""")

add(OFFER, key="t7_offer", slug="cordilleraalta_contract_for_signature", lang="es",
    company="Viña Cordillera Alta", contact="criquelme@cordilleraalta.example.cl",
    frm=("Constanza Riquelme", "criquelme@cordilleraalta.example.cl"),
    subject="Contrato de trabajo para firma – Asistente de Personas y Cultura",
    date="2026-07-24 12:10", tz="-0400",
    text="""Hola Lucía:

¡Qué alegría que hayas aceptado! Te adjunto el contrato de trabajo a plazo indefinido para el cargo de Asistente de Personas y Cultura, con las condiciones que conversamos: renta bruta de $ 1.150.000 (CLP), jornada de 42 horas, inicio el martes 1 de septiembre en Pirque.

Además, en unos minutos te llegará un correo de nuestra plataforma de firma electrónica para que lo firmes en línea. Revísalo con calma; si algo no calza con lo que hablamos, avísame antes de firmar.

Saludos y bienvenida,
Constanza Riquelme
Jefa de Personas y Cultura – Viña Cordillera Alta SpA
Camino a Pirque 2200, Pirque · +56 2 2555 3108
""",
    attach=[{"type": "pdf", "name": "Contrato_Hartley-Mendoza_CVA.pdf",
                 "title": "Contrato de trabajo - Vina Cordillera Alta",
                 "lines": ["Trabajadora: Lucia Hartley-Mendoza",
                        "Cargo: Asistente de Personas y Cultura",
                        "Renta bruta mensual: CLP 1.150.000 - Jornada 42 horas",
                        "Inicio: 01/09/2026 - Plazo indefinido",
                        "Firma de la trabajadora: ____________________"]}])

add(OFFER, key="t18_offer", slug="kairos_client_almendros_offer", lang="es",
    company="Residencias Los Almendros", contact="alvaro.mendez@kairosrrhh.example.es",
    frm=("Álvaro Méndez | Kairós", "alvaro.mendez@kairosrrhh.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Residencias Los Almendros – ¡oferta!", date="2026-09-24 12:30", tz="+0200",
    text="""Hola Lucía:

¡Te traigo muy buenas noticias! Residencias Los Almendros quiere hacerte una oferta para el puesto de Administrativa de Personal en su sede de Alcobendas, tras las dos entrevistas de septiembre.

Condiciones que me han trasladado: contrato indefinido, 26.500 € brutos anuales en 14 pagas, jornada continua de 8:00 a 15:00 y incorporación el 2 de noviembre. Ellos se encargan de tramitar la autorización de residencia y trabajo.

Te llamo esta tarde para comentarla y resolver dudas. Si todo te encaja, la dirección te enviará la carta oficial esta misma semana.

Un abrazo y enhorabuena,
Álvaro

Álvaro Méndez
Senior Consultant · Kairós Consultores RR. HH., S.L.
C/ Velázquez 57, 4.º izda. · 28001 Madrid · +34 91 555 71 02
""")

# ----------------------------------------------------------------------------- en (3)

_O6 = """Dear Lucía,

On behalf of Coral Gables Community Bank, I am delighted to offer you the position of HR Operations Assistant. The panel was impressed with your organization and your warmth with the onboarding exercise.

Your offer letter is attached. In summary: annual base salary of $52,000, full benefits eligibility from day one, hybrid schedule (three days in our Coral Gables office), and a proposed start date of Monday, October 5, 2026, subject to employment authorization and a background check.

Please review the letter and return it signed by September 4. I'm happy to set up a call if you have questions.

Warm regards,
Priya Raman
HR Business Partner | Coral Gables Community Bank
2500 Ponce de Leon Blvd, Coral Gables, FL 33134 | (305) 555-0172

Member FDIC. This email may contain confidential information intended only for the addressee.
"""
add(OFFER, key="t8_offer", slug="coralgables_offer_letter_pdf", lang="en",
    company="Coral Gables Community Bank", contact="praman@cgcbank.example.com",
    frm=("Priya Raman", "praman@cgcbank.example.com"),
    subject="Offer of Employment – HR Operations Assistant", date="2026-08-28 15:36",
    tz="-0400", text=_O6, html=outlook_html(paras(_O6), "en"),
    attach=[{"type": "pdf", "name": "CGCB_Offer_Letter_Hartley-Mendoza.pdf",
                 "title": "Coral Gables Community Bank - Offer Letter",
                 "lines": ["Position: HR Operations Assistant",
                        "Annual base salary: USD 52,000",
                        "Start date: October 5, 2026 (hybrid, 3 days on site)",
                        "Contingent on employment authorization and background check",
                        "Please sign and return by September 4, 2026"]}])

add(OFFER, slug="brickell_client_magnolia_offer", lang="en",
    company="Magnolia Senior Living", contact="dana.whitaker@brickelltalent.example.com",
    frm=("Dana Whitaker", "dana.whitaker@brickelltalent.example.com"),
    subject="Magnolia wants you!", date="2026-09-29 13:05", tz="-0400",
    text="""Lucía!!

Magnolia Senior Living called me twenty minutes ago: the client wants to make you an offer for the HR & Scheduling Administrator role at their Kendall community.

Headline numbers: $49,500 base, medical and dental after 30 days, Monday–Friday 8:30–5, start date flexible between October 19 and November 2. The formal letter comes from their HR director once you give me a verbal yes.

Call me when you can. I'm so happy for you.

Dana

Dana Whitaker | Senior Recruiter
Brickell Talent Group | (305) 555-0148
""")

add(OFFER, slug="dadeland_verbal_offer_followup", lang="en",
    company="Dadeland Pediatric Group", contact="rcastillo@dadelandpediatric.example.com",
    frm=("Renee Castillo", "rcastillo@dadelandpediatric.example.com"),
    subject="Following up on our call", date="2026-10-09 18:20", tz="-0400",
    text="""Hi Lucía,

It was great talking with you this afternoon. To confirm in writing what I offered on the phone: we'd like you to join Dadeland Pediatric Group as our Office & HR Coordinator, at $23.50/hour, 40 hours a week, with PTO and health insurance after 60 days. We'd love for you to start on Monday, October 26.

Let me know your decision by Wednesday, and I'll get the paperwork started.

Best,
Renee Castillo
Practice Manager
Dadeland Pediatric Group | 7400 N Kendall Dr, Suite 510, Miami, FL 33156 | (305) 555-0124
""")

# ----------------------------------------------------------------------------- fr (1)

add(OFFER, key="t23_offer", slug="eip_offer_after_trial_pdf", lang="fr",
    company="École Internationale des Pâquis", contact="sdufour@eip.example.ch",
    frm=("Sophie Dufour", "sdufour@eip.example.ch"),
    subject="Proposition d'engagement – secrétariat RH", date="2026-09-25 11:40",
    tz="+0200", subject_enc=("utf-8", "B"),
    text="""Chère Madame Hartley-Mendoza,

Suite à votre demi-journée d'essai, c'est avec grand plaisir que nous vous proposons le poste de collaboratrice administrative RH à 80 % au sein de notre secrétariat.

Vous trouverez en pièce jointe notre proposition d'engagement : salaire annuel brut de CHF 68 000 (13 salaires, taux 80 %), entrée en fonction le 1er novembre 2026, période d'essai de trois mois.

Nous vous serions reconnaissants de nous retourner la lettre signée d'ici au 5 octobre.

Avec mes meilleures salutations,
Sophie Dufour
Directrice administrative
École Internationale des Pâquis
Rue de Berne 31, 1201 Genève - Tél. +41 22 555 37 00
""",
    attach=[{"type": "pdf", "name": "Proposition_engagement_EIP.pdf",
                 "title": "Ecole Internationale des Paquis - Proposition d'engagement",
                 "lines": ["Poste: collaboratrice administrative RH (80 %)",
                        "Salaire annuel brut: CHF 68 000 (13 salaires)",
                        "Entree en fonction: 1er novembre 2026",
                        "Periode d'essai: trois mois",
                        "Retour signe d'ici au 5 octobre 2026"]}])

# ----------------------------------------------------------------------------- de (1)

_O10 = """Liebe Frau Hartley-Mendoza

Es freut uns sehr, Ihnen mitteilen zu dürfen, dass wir Ihnen die Stelle als Sachbearbeiterin Personaladministration (80 %) anbieten möchten. Das Gespräch mit Ihnen hat Herrn Egli und mich überzeugt.

Im Anhang finden Sie unser Vertragsangebot mit den Eckdaten: Jahresbruttolohn CHF 74 400 (bei 80 %), 13. Monatslohn, Stellenantritt per 1. August 2026, Probezeit drei Monate.

Bitte senden Sie uns den unterzeichneten Vertrag bis zum 26. Mai 2026 zurück. Für Fragen bin ich jederzeit gerne für Sie da.

Freundliche Grüsse

Sandra Keller
HR-Fachfrau · Personaldienst
Hochschule Sihlfeld
Badenerstrasse 281 · 8003 Zürich · +41 44 555 31 90
"""
add(OFFER, key="t2_offer", slug="sihlfeld_vertragsangebot_pdf", lang="de",
    company="Hochschule Sihlfeld", contact="sandra.keller@hs-sihlfeld.example.ch",
    frm=("Sandra Keller", "sandra.keller@hs-sihlfeld.example.ch"),
    subject="Vertragsangebot – Sachbearbeiterin Personaladministration (80 %)",
    subject_enc=("utf-8", "Q"), date="2026-05-12 16:45", tz="+0200", text=_O10,
    html=outlook_html(paras(_O10), "de"), cte="quoted-printable",
    attach=[{"type": "pdf", "name": "Arbeitsvertrag_Hartley-Mendoza.pdf",
                 "title": "Hochschule Sihlfeld - Vertragsangebot",
                 "lines": ["Stelle: Sachbearbeiterin Personaladministration (80 %)",
                        "Jahresbruttolohn: CHF 74 400 (80 %), 13. Monatslohn",
                        "Stellenantritt: 1. August 2026",
                        "Probezeit: drei Monate",
                        "Unterzeichnet zuruck bis 26. Mai 2026"]}])
