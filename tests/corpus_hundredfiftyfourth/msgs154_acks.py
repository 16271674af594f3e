"""Corpus 154, acknowledgements and offers: 21 application_received (es 12, en 5, fr 2, de 2)
and 10 offers (es 5, en 3, fr 1, de 1)."""

from __future__ import annotations

from msgs154_common import M, reply_quote

ACK = "application_received"
OFFER = "offer"
AUTO = {"Auto-Submitted": "auto-generated"}

ACKS = [
    # 1 — Banco Andino via Workday.
    M(ACK, "andino_workday", "es",
      company="Banco Andino del Pacífico",
      frm=("Banco Andino del Pacífico", "bancoandino@myworkday.com"), tag="andino-ack",
      subject="Gracias por tu postulación – Analista de Prevención de Lavado de Activos (R-10482)",
      date="2026-02-09 11:04 -0500", headers=AUTO,
      layout=("card", {"brand": "Banco Andino del Pacífico", "color": "#00467f",
                      "footer": "Mensaje automático enviado desde Workday. Por favor no respondas a este correo."}),
      text="""Hola Renata:

Gracias por postular al puesto Analista de Prevención de Lavado de Activos (R-10482). Tu postulación fue registrada correctamente el 09/02/2026.

Nuestro equipo de Gestión del Talento revisará tu perfil. Si avanzas a la siguiente etapa, te contactaremos por correo o por teléfono.

Puedes revisar el estado de tu postulación en cualquier momento desde tu cuenta:
https://bancoandino.wd5.myworkday.com/bancoandino_careers/userHome

Atentamente,
Gestión del Talento – Banco Andino del Pacífico"""),

    # 2 — Pagalo via Lever.
    M(ACK, "pagalo_lever", "es",
      company="Pagalo",
      frm=("Pagalo", "no-reply@hire.lever.co"),
      subject="¡Recibimos tu postulación a Pagalo!",
      date="2026-03-02 21:14 -0300", headers=AUTO, cte="base64",
      text="""Hola Renata,

¡Gracias por postular a Analista de Cumplimiento en Pagalo! Queríamos confirmarte que tu postulación nos llegó bien.

Nuestro equipo revisa cada postulación con calma. Si tu perfil calza con lo que buscamos, alguien del equipo te va a escribir en las próximas dos semanas.

Mientras tanto, puedes conocer más de cómo trabajamos en https://pagalo.example.cl/cultura

Saludos,
Equipo de Personas de Pagalo"""),

    # 3 — Monedo via Ashby: cannot answer every applicant individually (not a rejection).
    M(ACK, "monedo_ashby_no_individual_reply", "es",
      company="Monedo",
      frm=("Monedo", "no-reply@ashbyhq.com"),
      subject="Recibimos tu aplicación – Analista de Cumplimiento SARLAFT",
      date="2026-01-19 07:52 -0500", headers=AUTO,
      layout=("card", {"brand": "Monedo", "color": "#5b2be0",
                      "footer": "Enviado con Ashby en nombre de Monedo S.A.S."}),
      text="""¡Hola Renata!

Gracias por aplicar a Analista de Cumplimiento SARLAFT en Monedo. Tu aplicación quedó registrada.

Recibimos muchísimas hojas de vida y, lamentablemente, no podemos responder individualmente a cada persona. Si tu perfil avanza, te contactaremos en un plazo de tres semanas.

Equipo de Talento de Monedo"""),

    # 4 — Talento Norte: agency registration confirmation, from a person.
    M(ACK, "talento_norte_registration", "es",
      company="Talento Norte Consultores", contact="fiorella.campos@talentonorte.example.pe",
      frm=("Fiorella Campos", "fiorella.campos@talentonorte.example.pe"),
      subject="Registro en Talento Norte – confirmación",
      date="2026-01-08 17:45 -0500", cte="8bit",
      text="""Hola Renata:

Gracias por enviarnos tu CV. Te confirmo que ya estás registrada en nuestra base de candidatos para posiciones de Cumplimiento, Riesgos y PLAFT en Lima y provincias.

Cuando tengamos un proceso que se ajuste a tu perfil te contactaré para una entrevista de filtro. Si cambia tu disponibilidad o tu expectativa salarial, avísame por este medio.

Saludos,
Fiorella Campos
Consultora Senior – Talento Norte Consultores
Calle Las Begonias 441, of. 702, San Isidro · Cel. +51 955 318 604"""),

    # 5 — Banco Cafetero del Norte via SmartRecruiters.
    M(ACK, "bancafe_smartrecruiters", "es",
      company="Banco Cafetero del Norte",
      frm=("Banco Cafetero del Norte", "noreply@smartrecruiters.com"),
      subject="Confirmación de su aplicación: Analista SARLAFT Senior",
      date="2026-06-01 22:31 -0500", headers=AUTO, cte="base64",
      layout=("card", {"brand": "Banco Cafetero del Norte", "color": "#7a4b1e",
                      "footer": "Este correo fue generado automáticamente por SmartRecruiters."}),
      text="""Cordial saludo, Renata.

Hemos recibido su aplicación al cargo Analista SARLAFT Senior. Agradecemos el interés en formar parte de Banco Cafetero del Norte.

Su hoja de vida será evaluada por la Dirección de Gestión Humana. En caso de que su perfil se ajuste a los requerimientos del cargo, nos comunicaremos con usted.

Dirección de Gestión Humana
Banco Cafetero del Norte"""),

    # 6 — Mutua Castellana via Taleo: high volume, no individual replies (not a rejection).
    M(ACK, "mutua_castellana_taleo", "es",
      company="Mutua Castellana",
      frm=("Mutua Castellana - Selección", "noreply@taleo.net"),
      subject="Hemos recibido su candidatura - ref. 2600417",
      date="2026-02-23 09:12 +0100", headers=AUTO, cte="quoted-printable",
      text="""Estimada Sra. Quispe-Albrecht:

Le confirmamos la recepción de su candidatura para la posición Técnico/a de Cumplimiento Normativo (ref. 2600417).

Debido al elevado número de candidaturas que recibimos, no nos es posible responder de forma individual a cada persona. Si su perfil encaja con lo que buscamos, nuestro equipo se pondrá en contacto con usted en las próximas semanas.

Puede consultar el estado de su candidatura en el Portal del Candidato.

Un cordial saludo,
Departamento de Selección
Mutua Castellana de Seguros"""),

    # 7 — Minera Los Quillayes: human "we've received your CV", replying to her application.
    M(ACK, "quillayes_cv_received_human", "es",
      company="Minera Los Quillayes", contact="consuelo.vergara@quillayes.example.cl",
      frm=("Consuelo Vergara", "consuelo.vergara@quillayes.example.cl"), tag="quill-ack",
      reply="quill-app",
      subject="Re: Postulación – Analista de Compliance (Santiago)",
      date="2026-04-08 09:40 -0400",
      text="""Hola Renata, ¡buenos días!

Recibimos tu CV, muchas gracias. Lo pasé a la jefatura de Compliance, que está revisando los antecedentes esta semana y la próxima. Te aviso apenas tenga novedades.

Saludos,
Consuelo Vergara M.
Analista de Atracción de Talento
Minera Los Quillayes SpA

""" + reply_quote("es", "mar, 7 abr 2026 a las 22:16", "Renata Quispe-Albrecht (<renata.qa@example.pe>)", """Estimada Consuelo:

Adjunto mi CV para el cargo de Analista de Compliance publicado en su página. Trabajo hace cinco años como cajera en un banco de Lima y estoy terminando el diplomado en Prevención de Lavado de Activos.

Saludos,
Renata""")),

    # 8 — Banco Austral de Chile via Teamtailor.
    M(ACK, "austral_teamtailor", "es",
      company="Banco Austral de Chile",
      frm=("Banco Austral de Chile", "no-reply@teamtailor-mail.com"),
      subject="Gracias por tu postulación, Renata",
      date="2026-07-01 16:03 -0400", headers=AUTO, html_only=True,
      layout=("card", {"brand": "Banco Austral de Chile", "color": "#003b71",
                      "footer": "Banco Austral de Chile · Huérfanos 1134, Santiago · Enviado con Teamtailor"}),
      text="""Hola Renata,

Confirmamos que recibimos tu postulación para Analista de Prevención de Lavado de Activos.

Vamos a revisar tus antecedentes y te contaremos cómo sigue el proceso. Puedes ver y actualizar tus datos en tu perfil: https://bancoaustral.teamtailor.com/connect

¡Gracias por tu interés!
Equipo de Reclutamiento – Banco Austral de Chile"""),

    # 9 — Grupo Laborum: staffing agency registration, no-reply.
    M(ACK, "laborum_registration", "es",
      company="Grupo Laborum",
      frm=("Grupo Laborum Staffing", "no-reply@laborum.example.pe"),
      subject="Bienvenida a Grupo Laborum: tu registro está completo",
      date="2026-01-12 13:30 -0500", headers=AUTO,
      layout=("card", {"brand": "Grupo Laborum", "color": "#d9480f",
                      "footer": "Grupo Laborum Staffing S.A.C. · Av. Arequipa 2450, Lince · Este buzón no es monitoreado."}),
      text="""¡Hola, Renata!

Tu registro como candidata en Grupo Laborum se completó con éxito. Ya recibimos tu CV y tus preferencias: Cumplimiento / PLAFT, Lima, jornada completa.

Nuestros consultores revisan los nuevos registros cada semana. Cuando una empresa cliente busque un perfil como el tuyo, te llamaremos.

Actualiza tu perfil cuando quieras en https://laborum.example.pe/candidatos

Equipo Grupo Laborum"""),

    # 10 — Regulator: registration certificate for the public competition, PDF.
    M(ACK, "csvp_constancia_inscripcion_pdf", "es",
      company="Comisión Supervisora de Valores del Pacífico",
      frm=("CSVP – Concursos Públicos", "no-responder@csvp.example.pe"),
      subject="CAS N.° 014-2026-CSVP – Constancia de inscripción",
      date="2026-04-01 20:17 -0500", headers=AUTO, cte="base64",
      pdfs=[("Constancia_Inscripcion_CAS_014-2026.pdf",
             "Constancia de inscripcion - CAS N. 014-2026-CSVP",
             ["Postulante: QUISPE ALBRECHT, Renata",
              "Puesto: Especialista en Prevencion de Lavado de Activos",
              "Codigo de inscripcion: CSVP-014-0387",
              "Fecha de registro: 01/04/2026 20:16",
              "Siguiente etapa: evaluacion curricular (resultados el 30/04/2026)"])],
      text="""Señora Renata Quispe-Albrecht:

Su inscripción en el proceso CAS N.° 014-2026-CSVP (Especialista en Prevención de Lavado de Activos) ha sido registrada con el código CSVP-014-0387.

Adjuntamos la constancia. Los resultados de la evaluación curricular se publicarán el 30 de abril de 2026 en el portal institucional.

Oficina de Recursos Humanos
Comisión Supervisora de Valores del Pacífico

Este buzón no recibe respuestas."""),

    # 11 — Cuentaclara via Personio.
    M(ACK, "cuentaclara_personio", "es",
      company="Cuentaclara",
      frm=("Cuentaclara Recruiting", "noreply@personio.de"),
      subject="Cuentaclara: candidatura recibida",
      date="2026-05-11 08:20 +0200", headers=AUTO,
      layout=("card", {"brand": "Cuentaclara", "color": "#ff6a3d",
                      "footer": "Cuentaclara Pagos, S.L. · Gestionado con Personio"}),
      text="""Hola Renata:

¡Gracias por tu interés en Cuentaclara! Tu candidatura para Analista de Onboarding & KYC nos ha llegado correctamente.

La revisamos en un plazo de diez días laborables y te escribiremos en cualquier caso.

Un saludo,
El equipo de People de Cuentaclara"""),

    # 12 — Inti Seguros: a person acknowledges the CV; iso-8859-1.
    M(ACK, "inti_cv_received_latin1", "es",
      company="Inti Seguros", contact="pfarfan@intiseguros.example.pe",
      frm=("Patricia Farfán", "pfarfan@intiseguros.example.pe"),
      subject="Recepción de CV – Analista de Cumplimiento Normativo",
      subject_enc=("utf-8", "Q"), name_enc=("iso-8859-1", "B"),
      date="2026-02-02 10:05 -0500", charset="iso-8859-1", cte="8bit",
      text="""Estimada Renata:

Acusamos recibo de su CV para el puesto de Analista de Cumplimiento Normativo. La evaluación curricular concluye el 20 de febrero; a partir de esa fecha nos comunicaremos con los postulantes preseleccionados.

Atentamente,

Patricia Farfán Rojas
Coordinadora de Reclutamiento
Inti Seguros y Reaseguros
Av. Larco 930, Miraflores - Lima 18"""),

    # 13 — Coral Gables Trust via iCIMS.
    M(ACK, "coral_icims", "en",
      company="Coral Gables Trust",
      frm=("Coral Gables Trust Careers", "noreply@talent.icims.com"), tag="coral-ack",
      subject="Thank you for applying: BSA/AML Analyst (Req #4471)",
      date="2026-06-02 13:22 -0400", headers=AUTO,
      layout=("card", {"brand": "Coral Gables Trust", "color": "#00594f",
                      "footer": "Coral Gables Trust Company is an Equal Opportunity Employer. Powered by iCIMS."}),
      text="""Dear Renata,

Thank you for your interest in Coral Gables Trust. We have received your application for BSA/AML Analyst (Req #4471).

Our talent acquisition team will review your qualifications. If your background matches the requirements, a recruiter will contact you to discuss next steps.

You can log in to the career portal to track your application.

Sincerely,
Talent Acquisition
Coral Gables Trust"""),

    # 14 — Biscayne Ledger via Greenhouse.
    M(ACK, "biscayne_greenhouse", "en",
      company="Biscayne Ledger",
      frm=("Biscayne Ledger", "no-reply@greenhouse-mail.io"),
      subject="Thanks for applying to Biscayne Ledger!",
      date="2026-07-13 11:47 -0400", headers=AUTO, cte="base64",
      text="""Hi Renata,

Thanks for applying for the Financial Crimes Analyst role at Biscayne Ledger. Your application has been received and our team will be reviewing it shortly.

If you are selected to move forward, someone from our recruiting team will be in touch.

Cheers,
Biscayne Ledger Recruiting"""),

    # 15 — Atlantic Meridian via Workday: unable to respond individually (not a rejection).
    M(ACK, "atlantic_meridian_workday", "en",
      company="Atlantic Meridian Insurance",
      frm=("Atlantic Meridian Insurance", "atlanticmeridian@myworkday.com"),
      subject="Application received - Compliance Analyst, Anti-Fraud & AML (JR-22817)",
      date="2026-03-03 19:09 -0500", headers=AUTO, html_only=True,
      layout=("card", {"brand": "Atlantic Meridian Insurance", "color": "#1d3557",
                      "footer": "This is an automated message from Workday. Replies to this address are not monitored."}),
      text="""Dear Renata,

Thank you for applying for the Compliance Analyst, Anti-Fraud & AML position (JR-22817). We confirm that your application has been submitted.

Due to the high volume of applications, we are unfortunately unable to respond to every applicant individually. If your profile is shortlisted, a member of our team will contact you within four weeks.

Kind regards,
Talent Acquisition
Atlantic Meridian Insurance"""),

    # 16 — Keystone Staffing: registration, from the recruiter.
    M(ACK, "keystone_registration", "en",
      company="Keystone Staffing", contact="tanya.ruiz@keystonestaffing.example.com",
      frm=("Tanya Ruiz", "tanya.ruiz@keystonestaffing.example.com"),
      subject="Welcome to Keystone Staffing - you're registered",
      date="2026-04-20 15:30 -0400",
      text="""Hi Renata,

Great speaking with you earlier. This confirms that you're now registered with Keystone Staffing for banking compliance roles (contract and permanent), remote or Miami-based.

I've added your resume and the right-to-work details you shared to our system. I'll reach out as soon as I have a client role that fits.

Tanya Ruiz | Senior Recruiter, Banking & Finance
Keystone Staffing Group
1450 Brickell Ave, Suite 1900, Miami, FL 33131
(305) 555-0148"""),

    # 17 — Sunvest Minerals via BambooHR.
    M(ACK, "sunvest_bamboohr", "en",
      company="Sunvest Minerals",
      frm=("Sunvest Minerals", "notifications@app.bamboohr.com"),
      subject="Sunvest Minerals: we received your application",
      date="2026-01-26 10:02 -0500", headers=AUTO, cte="quoted-printable",
      text="""Hi Renata,

Thank you for applying for the Regional Compliance Analyst (LatAm) position at Sunvest Minerals. We have received your application and our hiring team will review it soon.

Please complete the short compliance questionnaire linked in your candidate portal within 5 days.

Best,
Sunvest Minerals Talent Team"""),

    # 18 — Kirchberg Fund Services via Workable.
    M(ACK, "kirchberg_workable", "fr",
      company="Kirchberg Fund Services",
      frm=("Kirchberg Fund Services", "noreply@candidates.workablemail.com"),
      subject="Nous avons bien reçu votre candidature",
      date="2026-08-24 08:44 +0200", headers=AUTO,
      layout=("card", {"brand": "Kirchberg Fund Services", "color": "#4a3f8c",
                      "footer": "Kirchberg Fund Services S.A. · 6, rue Eugène Ruppert, L-2453 Luxembourg · via Workable"}),
      text="""Bonjour Renata,

Merci d'avoir postulé au poste d'Analyste KYC/AML chez Kirchberg Fund Services. Votre candidature a bien été enregistrée.

Notre équipe l'examinera dans les prochains jours et reviendra vers vous si votre profil correspond à nos besoins.

Cordialement,
L'équipe Recrutement"""),

    # 19 — Moselle Audit & Conseil via Recruitee: no individual answers (not a rejection).
    M(ACK, "moselle_recruitee_no_individual_reply", "fr",
      company="Moselle Audit & Conseil",
      frm=("Moselle Audit & Conseil", "no-reply@jobs.recruitee.com"),
      subject="Accusé de réception – Consultant(e) junior Conformité",
      date="2026-06-29 14:12 +0200", headers=AUTO, cte="base64",
      text="""Bonjour Renata,

Nous accusons réception de votre candidature au poste de Consultant(e) junior Conformité et vous en remercions.

Compte tenu du nombre important de dossiers, nous ne pourrons malheureusement pas répondre individuellement à chaque candidature avant la clôture de l'annonce, le 15 juillet. Les personnes retenues pour un entretien seront contactées par téléphone.

Bien cordialement,
L'équipe Talent – Moselle Audit & Conseil"""),

    # 20 — Bank Limmatquai via SuccessFactors.
    M(ACK, "limmatquai_successfactors", "de",
      company="Bank Limmatquai",
      frm=("Bank Limmatquai Karriere", "noreply@successfactors.eu"),
      subject="Eingangsbestätigung Ihrer Bewerbung – AML Analyst (80–100 %)",
      date="2026-05-04 08:12 +0200", headers=AUTO,
      layout=("card", {"brand": "Bank Limmatquai", "color": "#8b0000",
                      "footer": "Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht darauf."}),
      text="""Sehr geehrte Frau Quispe-Albrecht

Vielen Dank für Ihre Bewerbung als AML Analyst (80–100 %). Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir prüfen Ihr Dossier sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Freundliche Grüsse
Bank Limmatquai AG
Human Resources"""),

    # 21 — Pfennig via Personio.
    M(ACK, "pfennig_personio", "de",
      company="Pfennig",
      frm=("Pfennig Jobs", "noreply@personio.de"),
      subject="Danke für deine Bewerbung bei Pfennig!",
      date="2026-09-07 22:05 +0200", headers=AUTO, cte="quoted-printable",
      text="""Hallo Renata

Vielen Dank für deine Bewerbung als Compliance Analyst (KYC/AML) bei Pfennig. Sie ist gut bei uns angekommen.

Wir schauen uns jede Bewerbung persönlich an und melden uns in den nächsten Tagen bei dir.

Liebe Grüsse
Dein Pfennig People Team"""),
]

OFFERS = [
    # 1 — Yapuy: written follow-up to a verbal offer.
    M(OFFER, "yapuy_verbal_offer_followup", "es",
      company="Yapuy", contact="mateo.salazar@yapuy.example.pe",
      frm=("Mateo Salazar", "mateo.salazar@yapuy.example.pe"), tag="yapuy-offer",
      subject="Lo que conversamos por teléfono",
      date="2026-04-28 18:45 -0500", cte="8bit",
      text="""Hola Renata:

Como te adelantó Gabriela por teléfono hace un rato, ¡queremos que te sumes a Yapuy como Analista de Cumplimiento! Te dejo por escrito lo que conversaron:

- Sueldo: S/ 6,800 mensuales, 14 sueldos al año, más bono anual por objetivos de hasta 10 %.
- EPS al 100 % para ti y 50 % para dependientes.
- Modalidad híbrida: tres días en la oficina de Miraflores.
- Fecha de ingreso tentativa: lunes 1 de junio.

La carta formal te la enviamos mañana para firma digital. Si tienes preguntas, llámame o respóndeme este correo.

¡Muy contentos de que hayas llegado hasta aquí!
Mateo Salazar
Talent Partner | Yapuy
+51 944 610 223"""),

    # 2 — Minera Cordillera Blanca: contract sent for signature, PDF.
    M(OFFER, "cordillera_contract_for_signature_pdf", "es",
      company="Minera Cordillera Blanca", contact="rocio.huaman@mineracordillera.example.pe",
      frm=("Rocío Huamán", "rocio.huaman@mineracordillera.example.pe"), reply="mc-move",
      subject="Contrato de trabajo para firma – Analista de Cumplimiento y Ética",
      date="2026-09-01 12:20 -0500", layout=("outlook", {}), cte="quoted-printable",
      pdfs=[("Contrato_Quispe_Albrecht_Renata.pdf",
             "Contrato de trabajo a plazo indeterminado",
             ["Empleador: Minera Cordillera Blanca S.A.A.",
              "Trabajadora: Renata Quispe-Albrecht",
              "Cargo: Analista de Cumplimiento y Etica",
              "Remuneracion mensual: S/ 7,400",
              "Fecha de inicio: 1 de octubre de 2026 - Sede Arequipa",
              "Firma de la trabajadora: ______________________"])],
      text="""Estimada Renata:

Reciba nuestras felicitaciones. Conforme a lo conversado con el Gerente de Cumplimiento, le remitimos el contrato de trabajo a plazo indeterminado para el puesto de Analista de Cumplimiento y Ética, con sede en Arequipa.

Le agradeceremos revisarlo, firmarlo en todas sus hojas y devolvernos el escaneo a más tardar el lunes 7 de septiembre. El original lo entregará el día de su ingreso, el 1 de octubre.

Cualquier consulta, estoy a su disposición.

Atentamente,

Rocío Huamán Ccama
Analista de Selección – Gerencia de Gestión Humana
Minera Cordillera Blanca S.A.A.
Av. Ejército 710, Yanahuara, Arequipa
Tel. (054) 60-1820 · Cel. 959 330 417"""),

    # 3 — Talento Norte: the client (named) wants to make an offer.
    M(OFFER, "talento_norte_client_offer_qhapaq", "es",
      company="Financiera Qhapaq", contact="gonzalo.ibanez@talentonorte.example.pe",
      frm=("Gonzalo Ibáñez", "gonzalo.ibanez@talentonorte.example.pe"),
      subject="Financiera Qhapaq quiere hacerte una oferta",
      date="2026-10-02 13:10 -0500",
      text="""Renata, ¡buenas noticias!

Me acaba de llamar la Gerente de Riesgos de Financiera Qhapaq: el cliente quiere hacerte una oferta para la posición de Analista PLAFT. Hablan de S/ 6,200 brutos más bono de desempeño, ingreso en noviembre.

¿Tienes 10 minutos hoy en la tarde para que te cuente los detalles antes de que te manden la carta? Llámame al celular cuando puedas.

Saludos,
Gonzalo Ibáñez
Socio – Talento Norte Consultores
Cel. +51 987 420 155"""),

    # 4 — Kuanto (Santiago): formal offer letter, PDF.
    M(OFFER, "kuanto_carta_oferta_pdf", "es",
      company="Kuanto", contact="tomas@kuanto.example.cl",
      frm=("Tomás Errázuriz", "tomas@kuanto.example.cl"),
      cc=[("Josefina Soto", "josefina.soto@kuanto.example.cl")],
      subject="Carta oferta – Compliance Analyst Kuanto",
      date="2026-07-15 19:05 -0400",
      pdfs=[("Carta_Oferta_Kuanto_RQA.pdf", "Carta oferta - Kuanto",
             ["Cargo: Compliance Analyst (Chile - Peru)",
              "Renta bruta mensual: CLP 2.100.000",
              "Modalidad: remota desde Lima, viajes trimestrales a Santiago",
              "Inicio: 17 de agosto de 2026",
              "Vigencia de la oferta: 24 de julio de 2026"])],
      text="""Hola Renata:

Después de la conversación con Josefina y conmigo, nos encantaría que te unas a Kuanto como nuestra primera Compliance Analyst. Te adjunto la carta oferta con las condiciones: renta, modalidad remota desde Lima y fecha de inicio.

La oferta está vigente hasta el 24 de julio. Si tienes dudas, conversémoslas cuando quieras.

¡Ojalá nos digas que sí!
Tomás Errázuriz
Cofundador & CEO · Kuanto SpA
Av. Providencia 1208, Providencia, Santiago"""),

    # 5 — Cooperativa Santa Rosa (Arequipa): formal offer, windows-1252, PDF.
    M(OFFER, "coop_santa_rosa_offer_cp1252_pdf", "es",
      company="Cooperativa Santa Rosa", contact="egutierrez@coopsantarosa.example.pe",
      frm=("Edwin Gutiérrez", "egutierrez@coopsantarosa.example.pe"),
      subject="Oferta laboral – Oficial de Cumplimiento Adjunto",
      subject_enc=("windows-1252", "Q"), name_enc=("windows-1252", "Q"),
      date="2026-10-09 11:45 -0500", charset="windows-1252", cte="quoted-printable",
      pdfs=[("Oferta_Laboral_RQA.pdf", "Oferta laboral - Oficial de Cumplimiento Adjunto",
             ["Cooperativa de Ahorro y Credito Santa Rosa Ltda.",
              "Remuneracion: S/ 5,900 mensuales",
              "Lugar de trabajo: Arequipa (sede principal)",
              "Inicio: 2 de noviembre de 2026",
              "Plazo de aceptacion: 16 de octubre de 2026"])],
      text="""Estimada Sra. Quispe-Albrecht:

Por encargo del Consejo de Administración, me complace ofrecerle el puesto de Oficial de Cumplimiento Adjunto de la Cooperativa Santa Rosa, en las condiciones que detalla el documento adjunto.

Le rogamos comunicarnos su aceptación por escrito hasta el viernes 16 de octubre. Una vez recibida, coordinaremos la firma del contrato y la comunicación de su designación a la SBS.

Atentamente,

Edwin Gutiérrez Llerena
Gerente de Administración y Personas
Cooperativa de Ahorro y Crédito Santa Rosa Ltda.
Calle San Francisco 308, Cercado, Arequipa · (054) 22-9140

«Este mensaje es confidencial y está dirigido únicamente a su destinatario.»"""),

    # 6 — Coral Gables Trust: formal offer letter, PDF, disclaimer.
    M(OFFER, "coral_offer_letter_pdf", "en",
      company="Coral Gables Trust", contact="dana.whitfield@coralgablestrust.example.com",
      frm=("Dana Whitfield", "dana.whitfield@coralgablestrust.example.com"),
      subject="Offer of Employment - BSA/AML Analyst",
      date="2026-07-06 15:00 -0400", layout=("outlook", {}), cte="base64",
      pdfs=[("CGT_Offer_Letter_Quispe-Albrecht.pdf", "Offer of Employment - BSA/AML Analyst",
             ["Coral Gables Trust Company",
              "Position: BSA/AML Analyst, reporting to Marcus Bell, BSA Officer",
              "Base salary: USD 68,000 per year, exempt",
              "Start date: August 17, 2026 (subject to background check and work authorization)",
              "Please sign and return by July 13, 2026"])],
      text="""Dear Renata,

On behalf of Coral Gables Trust Company, I am delighted to extend to you an offer of employment as BSA/AML Analyst. Your offer letter is attached, including compensation, benefits and the proposed start date of August 17, 2026.

The offer is contingent on a satisfactory background check and on securing your U.S. work authorization; our immigration counsel will contact you separately.

Please review, sign and return the letter by July 13. I'm happy to walk you through any questions.

Congratulations!

Dana Whitfield
Talent Acquisition Partner
Coral Gables Trust Company
2333 Ponce de Leon Blvd, Coral Gables, FL 33134
(305) 555-0113

CONFIDENTIALITY NOTICE: This message, including attachments, is intended only for the named recipient and may contain confidential information. If you received it in error, please delete it and notify the sender."""),

    # 7 — Keystone Staffing: "the client wants to make you an offer" (client named); HTML only.
    M(OFFER, "keystone_client_offer_gulfstream_html", "en",
      company="Gulfstream Payments", contact="tanya.ruiz@keystonestaffing.example.com",
      frm=("Tanya Ruiz", "tanya.ruiz@keystonestaffing.example.com"),
      subject="Gulfstream Payments wants to make you an offer!",
      date="2026-08-18 11:02 -0400", html_only=True, layout=("outlook", {}),
      text="""Hi Renata,

I just got off the phone with Gulfstream Payments - the client wants to make you an offer for the Transaction Monitoring Analyst role! They're proposing $31/hour on a 6-month contract-to-hire, fully remote, starting September 8.

Can you jump on a quick call today so I can walk you through it before they send the paperwork?

Tanya Ruiz | Senior Recruiter, Banking & Finance
Keystone Staffing Group
(305) 555-0148"""),

    # 8 — Lumen Card: written follow-up to a verbal offer.
    M(OFFER, "lumen_card_verbal_followup", "en",
      company="Lumen Card", contact="megan.shaw@lumencard.example.com",
      frm=("Megan Shaw", "megan.shaw@lumencard.example.com"),
      subject="Following up on our call",
      date="2026-10-01 17:30 -0400",
      text="""Hi Renata,

Thanks for taking my call this afternoon. As promised, here's a quick recap: we'd love to have you join Lumen Card as an AML Investigations Analyst, remote from Lima, at USD 52,000 per year plus the standard contractor benefits package. HR will send the formal paperwork through DocuSign by Monday.

Take the weekend to think it over and let me know if anything is unclear.

Best,
Megan Shaw
Director, Financial Crimes Compliance
Lumen Card Services, Inc."""),

    # 9 — Kirchberg Fund Services: promise of employment, PDF.
    M(OFFER, "kirchberg_promesse_embauche_pdf", "fr",
      company="Kirchberg Fund Services", contact="nathalie.weber@kirchbergfs.example.lu",
      frm=("Nathalie Weber", "nathalie.weber@kirchbergfs.example.lu"),
      subject="Proposition d'embauche – Analyste KYC/AML",
      date="2026-09-29 16:15 +0200", cte="quoted-printable",
      pdfs=[("Promesse_embauche_Quispe-Albrecht.pdf", "Promesse d'embauche - Analyste KYC/AML",
             ["Kirchberg Fund Services S.A.",
              "Contrat a duree indeterminee, 40 heures par semaine",
              "Remuneration annuelle brute: 54 000 EUR",
              "Date d'entree prevue: 4 janvier 2027",
              "Merci de retourner ce document signe avant le 9 octobre 2026"])],
      text="""Bonjour Renata,

Suite à vos entretiens avec M. Reuter et Mme Thill, j'ai le plaisir de vous adresser notre proposition d'embauche pour le poste d'Analyste KYC/AML, en contrat à durée indéterminée.

Vous trouverez en pièce jointe la promesse d'embauche précisant la rémunération, la date d'entrée envisagée (4 janvier 2027) et les conditions liées à l'obtention de votre titre de séjour.

Je vous remercie de nous la retourner signée avant le 9 octobre.

Bien à vous,
Nathalie Weber
Talent Acquisition Specialist
Kirchberg Fund Services S.A.
6, rue Eugène Ruppert, L-2453 Luxembourg"""),

    # 10 — Pfennig: contract sent for signature (e-sign link and PDF copy).
    M(OFFER, "pfennig_vertrag_unterschrift_pdf", "de",
      company="Pfennig", contact="lukas.brunner@pfennig.example.ch",
      frm=("Lukas Brunner", "lukas.brunner@pfennig.example.ch"),
      subject="Dein Arbeitsvertrag zur Unterschrift",
      date="2026-10-06 10:40 +0200", cte="quoted-printable",
      pdfs=[("Arbeitsvertrag_Pfennig_Quispe-Albrecht.pdf", "Arbeitsvertrag - Compliance Analyst",
             ["Pfennig AG, Hardturmstrasse 161, 8005 Zuerich",
              "Funktion: Compliance Analyst (KYC/AML), Pensum 100 %",
              "Jahreslohn brutto: CHF 92'000",
              "Eintritt: 1. Januar 2027",
              "Unterschrift Arbeitnehmerin: ______________________"])],
      text="""Hallo Renata

Wir freuen uns riesig, dass du zu Pfennig kommst! Im Anhang findest du deinen Arbeitsvertrag als Compliance Analyst (100 %) mit Eintritt am 1. Januar 2027.

Du kannst ihn direkt digital unterschreiben: https://sign.pfennig.example.ch/v/7d1e-rqa
Bitte bis Freitag, 16. Oktober. Die Unterlagen für die Arbeitsbewilligung reichen wir ein, sobald der Vertrag unterschrieben ist.

Liebe Grüsse
Lukas Brunner
Head of People · Pfennig AG
Hardturmstrasse 161, 8005 Zürich"""),
]

MESSAGES = [*ACKS, *OFFERS]
