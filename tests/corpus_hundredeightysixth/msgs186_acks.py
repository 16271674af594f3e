"""Corpus 186: application received (21) and offers (10)."""

from msgs186_common import M, ats_card, button, gt, paras, simple_html

MESSAGES = [
    # ================================================================== application_received
    # ------------------------------------------------------------------ es
    M("application_received", "cerropardo_cv_received_human", "es",
      company="Minera Cerro Pardo", contact="vgodoy@cerropardo.example.cl",
      frm=("Valentina Godoy", "vgodoy@cerropardo.example.cl"),
      subject="Recibimos tu CV - Planificador de Mantenimiento de Flota",
      date="2026-08-03 11:20 -0400", id="cp_ack",
      text="""Hola Ignacio:

Te confirmo que recibimos tu CV para el cargo de Planificador de Mantenimiento de Flota en Minera Cerro Pardo. Estaremos en revisión curricular hasta el viernes 14 de agosto; si tu perfil avanza, te contactaré para coordinar los siguientes pasos.

Gracias por tu interés.

Saludos,
Valentina Godoy
Analista de Selección
Minera Cerro Pardo SpA
Av. Grecia 2880, piso 3, Antofagasta
+56 55 289 4410
"""),

    M("application_received", "llanosalado_workday_no_individual_reply", "es",
      company="Minera Llano Salado", contact="",
      frm=("Minera Llano Salado", "llanosalado@myworkday.com"),
      subject="Gracias por postular a Minera Llano Salado",
      date="2026-05-04 22:10 +0000", id="ls_ack",
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats_card("Minera Llano Salado", """
<p>Hola Ignacio,</p>
<p>Gracias por postular al cargo <b>Planificador de Mantenimiento Mina (R-2026-0311)</b>.
Hemos recibido tu postulación y nuestro equipo la revisará junto con las demás.</p>
<p>Debido al alto número de postulaciones, lamentablemente no podemos responder a cada
postulante de forma individual. Si tu perfil avanza a la siguiente etapa, te contactaremos
por este medio.</p>
<p>Puedes revisar el estado de tu postulación en cualquier momento:</p>
""" + button("Ver mis postulaciones",
             "https://llanosalado.wd5.myworkday.com/llanosalado/d/task/candidatehome.htmld",
             "#b35c00") + """
<p>Saludos,<br>Equipo de Atracción de Talento<br>Minera Llano Salado</p>
""", footer="Compañía Minera Llano Salado S.A. · Este mensaje fue enviado automáticamente.",
          color="#b35c00")),

    M("application_received", "quispicanchi_taleo_ack", "es",
      company="Minera Quispicanchi", contact="",
      frm=("Minera Quispicanchi", "no-reply@taleo.net"),
      subject="Confirmación de recepción de su postulación - Req. 26-0418",
      subj_enc=("iso-8859-1", "B"),
      date="2026-01-19 15:02 +0000", id="qq_ack",
      charset="iso-8859-1", cte="quoted-printable", alt="simple",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Estimado(a) Ignacio Valderrama-Lindqvist:

Hemos recibido su postulación al puesto Planificador de Mantenimiento de Flota (Req. 26-0418). Gracias por su interés en formar parte de Minera Quispicanchi.

Nuestro equipo de Gestión Humana evaluará su perfil con relación a los requisitos del puesto. En caso de ser preseleccionado(a), nos comunicaremos con usted.

Puede consultar el estado de su postulación ingresando a nuestra sección Trabaja con Nosotros.

Atentamente,
Gerencia de Gestión Humana
Minera Quispicanchi S.A.A.

Este correo ha sido generado automáticamente; por favor, no responda a esta dirección.
"""),

    M("application_received", "talentominero_registration", "es",
      company="Talento Minero Consultores", contact="francisca.rebolledo@talentominero.example.cl",
      frm=("Talento Minero Consultores", "no-reply@talentominero.example.cl"),
      reply_to=("Francisca Rebolledo", "francisca.rebolledo@talentominero.example.cl"),
      subject="Tu inscripción en Talento Minero quedó confirmada",
      date="2026-01-12 10:05 -0300", id="tm_reg",
      cte="quoted-printable", alt="simple",
      text="""Hola Ignacio:

Tu inscripción en la base de candidatos de Talento Minero Consultores quedó confirmada. Registramos tu CV con el perfil "Operador CAEX - interés en planificación de mantenimiento", disponibilidad para Antofagasta, Calama y Santiago.

Tu consultora asignada es Francisca Rebolledo; si respondes a este correo, le llegará directamente a ella. Te contactaremos cuando un proceso de nuestros clientes calce con tu perfil.

Saludos,
Talento Minero Consultores
Av. Apoquindo 4501, of. 1203, Las Condes, Santiago
"""),

    M("application_received", "pamparoja_greenhouse_ack", "es",
      company="Minera Pampa Roja", contact="",
      frm=("Minera Pampa Roja", "no-reply@us.greenhouse-mail.io"),
      subject="Recibimos tu postulación - Planificador de Mantenimiento Mina",
      date="2026-03-09 14:30 -0300",
      cte="quoted-printable",
      text="""Hola Ignacio,

Gracias por tu interés en Minera Pampa Roja. Recibimos tu postulación al cargo Planificador de Mantenimiento Mina y la revisaremos con cuidado.

Si tus antecedentes se ajustan a lo que buscamos, te contactaremos para coordinar una entrevista.

Saludos cordiales,
Equipo de Reclutamiento
Minera Pampa Roja
""",
      html=ats_card("Minera Pampa Roja", paras("""Hola Ignacio,

Gracias por tu interés en Minera Pampa Roja. Recibimos tu postulación al cargo Planificador de Mantenimiento Mina y la revisaremos con cuidado.

Si tus antecedentes se ajustan a lo que buscamos, te contactaremos para coordinar una entrevista.

Saludos cordiales,
Equipo de Reclutamiento
Minera Pampa Roja"""), footer="Sent via Greenhouse", color="#a33a1a")),

    M("application_received", "maqatacama_smartrecruiters_ack", "es",
      company="Maquinarias Atacama", contact="",
      frm=("Maquinarias Atacama", "noreply@smartrecruiters.com"),
      subject="¡Gracias por postular a Maquinarias Atacama!",
      date="2026-01-07 19:40 +0000", id="ma_ack",
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Hola Ignacio,

Tu postulación al cargo Planificador/a de Mantenimiento - Contratos de Servicio fue enviada correctamente.

¿Qué sigue? Nuestro equipo revisará tu perfil y, si calza con lo que buscamos, te escribirá para los siguientes pasos. Mientras tanto, puedes revisar tu postulación en tu cuenta de SmartRecruiters.

Saludos,
Equipo de Talento
Maquinarias Atacama S.A.
""",
      html=ats_card("Maquinarias Atacama", """
<p>Hola Ignacio,</p>
<p>Tu postulación al cargo <b>Planificador/a de Mantenimiento - Contratos de Servicio</b> fue
enviada correctamente.</p>
<p><b>¿Qué sigue?</b> Nuestro equipo revisará tu perfil y, si calza con lo que buscamos, te
escribirá para los siguientes pasos. Mientras tanto, puedes revisar tu postulación en tu
cuenta de SmartRecruiters.</p>
<p>Saludos,<br>Equipo de Talento<br>Maquinarias Atacama S.A.</p>
""", footer="Powered by SmartRecruiters", color="#333333")),

    M("application_received", "andesheavy_successfactors_ack", "es",
      company="Andes Heavy Equipment", contact="",
      frm=("Andes Heavy Equipment Chile", "noreply@successfactors.eu"),
      subject="Confirmación de postulación – ID 40517",
      subj_enc=("utf-8", "B"),
      date="2026-04-02 13:12 +0000", id="ah_ack",
      cte="base64",
      headers=[("Auto-Submitted", "auto-generated")],
      html=simple_html("""<p>Estimado/a Ignacio Valderrama-Lindqvist,</p>
<p>Confirmamos la recepción de su postulación al cargo <b>Planificador de Mantenimiento –
Equipos de Carguío (ID 40517)</b>, Santiago.</p>
<p>Revisaremos sus antecedentes y, si su perfil se ajusta a los requisitos, nos pondremos en
contacto con usted para las siguientes etapas.</p>
<p>Atentamente,<br>Gerencia de Personas<br>Andes Heavy Equipment Chile</p>
<p style="font-size:11px;color:#777">Este es un mensaje automático, por favor no responda a
este correo.</p>""")),

    M("application_received", "flotanorte_cv_received_quoting_application", "es",
      company="Flota Norte Rental", contact="marcelo.tapia@flotanorte.example.cl",
      frm=("Marcelo Tapia", "marcelo.tapia@flotanorte.example.cl"),
      subject="Re: Postulación planificador - Ignacio Valderrama",
      date="2026-03-16 21:40 -0300", id="fn_ack",
      text="""Ignacio, recibí tu CV. Lo reviso esta semana con la gerencia y te llamo.

Marcelo Tapia
Jefe de Taller - Flota Norte Rental

El dom, 15 mar 2026 a las 19:02, Ignacio Valderrama-Lindqvist (<ignacio.vl@example.cl>) escribió:
""" + gt("""Estimado Marcelo:

Le escribo por el aviso de planificador de mantenimiento que publicaron en el portal. Llevo seis años como operador de CAEX en Antofagasta y el último año he apoyado al planificador de mi turno con los programas semanales. Le adjunto mi CV.

Quedo atento a la posibilidad de una entrevista.

Saludos,
Ignacio Valderrama-Lindqvist
+56 9 8841 2270""") + "\n"),

    M("application_received", "neumaticosloa_bamboohr_ack", "es",
      company="Neumáticos Loa", contact="",
      frm=("Neumáticos Loa", "no-reply@bamboohr.com"),
      subject="Tu postulación fue recibida - Neumáticos Loa",
      date="2026-08-17 13:00 +0000",
      cte="quoted-printable", alt="simple",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Hola Ignacio,

¡Gracias por postular a Planificador de Mantenimiento - Neumáticos OTR! Tu postulación fue recibida y será revisada por nuestro equipo.

Te contactaremos si tu perfil avanza.

Equipo de Selección
Neumáticos Loa
"""),

    M("application_received", "selecta_registration_lima", "es",
      company="Selecta Perú Talento", contact="mquispe@selectaperu.example.pe",
      frm=("Milagros Quispe Ccori", "mquispe@selectaperu.example.pe"),
      subject="Registro confirmado en Selecta Perú Talento",
      date="2026-07-27 11:20 -0500", id="sp_reg",
      alt="simple", cte="quoted-printable",
      text="""Estimado Ignacio:

Le confirmo que su registro en nuestra base de candidatos quedó completo: recibimos su CV, su certificado de licencia profesional y la ficha de datos. Lo registramos para posiciones de planificación de mantenimiento y supervisión de flota en Lima y provincias.

Cuando alguno de nuestros clientes tenga una vacante acorde con su perfil, me comunicaré con usted.

Saludos cordiales,
Milagros Quispe Ccori
Consultora de Selección
Selecta Perú Talento S.A.C.
Av. Javier Prado Este 4200, Santiago de Surco, Lima
"""),

    M("application_received", "uspallata_cv_received", "es",
      company="Transportes Uspallata", contact="mgimenez@uspallata.example.com.ar",
      frm=("Martín Giménez", "mgimenez@uspallata.example.com.ar"),
      subject="Re: Postulación jefe de mantenimiento de flota",
      date="2026-02-17 08:55 -0300", id="us_ack", parent="us_app", quote="gt",
      text="""Hola Ignacio, buen día.

Recibimos tu CV, gracias. Se lo pasé al jefe de taller; si quedás seleccionado para entrevista te vamos a contactar en las próximas semanas.

Saludos,
Martín Giménez
Transportes Uspallata S.R.L. - Administración de Personal
"""),

    # ------------------------------------------------------------------ en
    M("application_received", "pilbara_lever_ack", "en",
      company="Pilbara Iron Services", contact="",
      frm=("Pilbara Iron Services", "no-reply@hire.lever.co"),
      subject="Thanks for applying to Pilbara Iron Services",
      date="2026-02-02 06:10 +0000", id="pi_ack",
      alt="simple", cte="7bit",
      text="""Hi Ignacio,

Thanks for applying for the Maintenance Planner - Mobile Fleet position at Pilbara Iron Services. Our team will review your application and will be in touch if your skills and experience are a good match.

Best,
The Pilbara Iron Services Talent Team
"""),

    M("application_received", "northshield_greenhouse_cannot_reply_all", "en",
      company="Northshield Equipment", contact="",
      frm=("Northshield Equipment", "no-reply@us.greenhouse-mail.io"),
      subject="Thank you for applying to Northshield Equipment",
      date="2026-03-02 14:18 -0500", id="ns_ack",
      cte="quoted-printable",
      text="""Hi Ignacio,

Thank you for applying for the Fleet Maintenance Planner role at Northshield Equipment. We have received your application.

Our recruiting team reviews every application carefully. Unfortunately, we cannot reply to every applicant individually; if your background is a fit, someone from our team will be in touch within two weeks.

Thanks again,
Northshield Equipment Talent Acquisition
""",
      html=ats_card("Northshield Equipment", paras("""Hi Ignacio,

Thank you for applying for the Fleet Maintenance Planner role at Northshield Equipment. We have received your application.

Our recruiting team reviews every application carefully. Unfortunately, we cannot reply to every applicant individually; if your background is a fit, someone from our team will be in touch within two weeks.

Thanks again,
Northshield Equipment Talent Acquisition"""), footer="Sent via Greenhouse", color="#24a47f")),

    M("application_received", "goldfields_icims_ack", "en",
      company="Goldfields Haulage", contact="",
      frm=("Goldfields Haulage Careers", "goldfieldshaulage@talent.icims.com"),
      subject="Application received: Fleet Maintenance Planner (Kalgoorlie) - Req 2026-1147",
      date="2026-06-01 03:00 +0000", id="gh_ack",
      charset="windows-1252", cte="quoted-printable", alt="simple",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Dear Ignacio,

Thank you for your interest in Goldfields Haulage. This email confirms that we’ve received your application for Fleet Maintenance Planner (Kalgoorlie), Req 2026-1147.

We’ll review your application against the requirements of the role. Shortlisted candidates will be contacted by a member of our recruitment team.

Kind regards,
Goldfields Haulage Recruitment

Please do not reply to this message – this mailbox is not monitored.
"""),

    M("application_received", "swanriver_registration", "en",
      company="Swan River Resources Recruitment", contact="",
      frm=("Swan River Resources Recruitment", "no-reply@swanriverrec.example.com.au"),
      subject="Welcome to Swan River Resources Recruitment - registration complete",
      date="2026-04-17 09:12 +0800", id="sr_reg",
      alt="simple", cte="quoted-printable",
      text="""Hi Ignacio,

Your candidate registration with Swan River Resources Recruitment is complete. We've added your CV to our database under Mining & Resources - Maintenance Planning.

One of our consultants will be in touch if a role matches your profile. You can update your availability at any time through the candidate portal: https://portal.swanriverrec.example.com.au/login

Regards,
Swan River Resources Recruitment
Level 9, 200 St Georges Terrace, Perth WA 6000
"""),

    M("application_received", "laurentian_ashby_ack", "en",
      company="Laurentian Fleet Services", contact="",
      frm=("Laurentian Fleet Services", "no-reply@ashbyhq.com"),
      subject="We've received your application - Maintenance Planner",
      date="2026-04-28 16:00 -0400", id="lf_ack",
      cte="quoted-printable",
      html=ats_card("Laurentian Fleet Services", """
<p>Hi Ignacio,</p>
<p>Thanks for applying to be our <b>Maintenance Planner</b> in Sudbury, ON. We've received your
application and the hiring team will take a look.</p>
<p>We'll reach out if there's a match.</p>
<p>The Laurentian Fleet Services team</p>
""", footer="Powered by Ashby", color="#2f3b52")),

    # ------------------------------------------------------------------ fr
    M("application_received", "rhoneengins_recruitee_ack", "fr",
      company="Rhône Engins Services", contact="",
      frm=("Rhône Engins Services", "rhoneengins@jobs.recruitee.com"),
      subject="Nous avons bien reçu votre candidature",
      date="2026-05-18 09:30 +0200", id="re_ack",
      cte="quoted-printable", alt="simple",
      text="""Bonjour Ignacio,

Merci pour votre candidature au poste de Planificateur maintenance (H/F) basé à Corbas. Nous l'avons bien reçue et elle sera étudiée avec attention par notre équipe.

Nous reviendrons vers vous dans les meilleurs délais.

L'équipe recrutement
Rhône Engins Services
"""),

    M("application_received", "beaujolais_teamtailor_ack", "fr",
      company="Carrières du Beaujolais", contact="",
      frm=("Carrières du Beaujolais", "no-reply@teamtailor-mail.com"),
      frm_enc=("iso-8859-1", "Q"),
      subject="Merci pour votre candidature !",
      date="2026-03-23 17:45 +0100", id="cb_ack",
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Bonjour Ignacio,

Merci d'avoir postulé au poste de Planificateur maintenance engins (H/F) aux Carrières du Beaujolais.

Votre candidature a bien été enregistrée. En raison du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune dans l'immédiat ; nous reviendrons vers vous dès que possible.

À bientôt,
L'équipe RH des Carrières du Beaujolais
""",
      html=ats_card("Carrières du Beaujolais", paras("""Bonjour Ignacio,

Merci d'avoir postulé au poste de Planificateur maintenance engins (H/F) aux Carrières du Beaujolais.

Votre candidature a bien été enregistrée. En raison du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune dans l'immédiat ; nous reviendrons vers vous dès que possible.

À bientôt,
L'équipe RH des Carrières du Beaujolais"""), footer="Propulsé par Teamtailor", color="#6b4e2e")),

    M("application_received", "interimconfluence_inscription", "fr",
      company="Intérim Confluence", contact="",
      frm=("Intérim Confluence", "ne-pas-repondre@interimconfluence.example.fr"),
      subject="Votre inscription chez Intérim Confluence est confirmée",
      subj_enc=("iso-8859-1", "Q"),
      date="2026-02-16 11:00 +0100", id="ic_reg",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Bonjour Ignacio,

Votre inscription en ligne chez Intérim Confluence est confirmée. Votre dossier candidat (CV, pièce d'identité, titre de séjour en cours) a été transmis à l'agence Lyon 2.

Un(e) chargé(e) d'affaires prendra contact avec vous dès qu'une mission correspondant à votre profil sera disponible.

Intérim Confluence
Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""),

    # ------------------------------------------------------------------ de
    M("application_received", "rheinland_personio_eingang", "de",
      company="Rheinland Baumaschinen", contact="",
      frm=("Rheinland Baumaschinen GmbH", "no-reply@personio.de"),
      subject="Eingangsbestätigung Ihrer Bewerbung",
      date="2026-04-14 10:20 +0200", id="rb_ack",
      cte="quoted-printable", alt="simple",
      text="""Sehr geehrter Herr Valderrama-Lindqvist,

vielen Dank für Ihre Bewerbung als Instandhaltungsplaner (m/w/d) und Ihr Interesse an der Rheinland Baumaschinen GmbH. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Aufgrund der Vielzahl an Bewerbungen können wir leider nicht jedem Bewerber sofort individuell antworten. Wir prüfen Ihre Unterlagen sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Rheinland Baumaschinen GmbH
"""),

    M("application_received", "niederrhein_softgarden_eingang", "de",
      company="Niederrhein Logistik", contact="",
      frm=("Niederrhein Logistik AG", "noreply@softgarden.io"),
      subject="Ihre Bewerbung bei der Niederrhein Logistik AG",
      date="2026-08-04 12:02 +0200", id="nl_ack",
      charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")],
      html=ats_card("Niederrhein Logistik", """
<p>Sehr geehrter Herr Valderrama-Lindqvist,</p>
<p>herzlichen Dank für Ihre Bewerbung als <b>Fuhrparkplaner (m/w/d)</b>. Ihre Unterlagen sind
vollständig bei uns eingegangen.</p>
<p>Wir werden Ihre Bewerbung nun sorgfältig prüfen und uns in den nächsten Wochen bei Ihnen
melden.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team der Niederrhein Logistik AG</p>
""", footer="Diese E-Mail wurde automatisch erstellt.", color="#003b6f")),

    # ================================================================== offer
    # ------------------------------------------------------------------ es
    M("offer", "cerropardo_offer_letter_pdf", "es",
      company="Minera Cerro Pardo", contact="vgodoy@cerropardo.example.cl",
      frm=("Valentina Godoy", "vgodoy@cerropardo.example.cl"),
      subject="Re: Gracias por la entrevista - Carta oferta",
      date="2026-09-15 12:10 -0300", id="cp_offer", parent="cp_thanks", quote="gt",
      alt="simple", cte="quoted-printable",
      text="""Hola Ignacio:

Gracias a ti por tu tiempo y por el entusiasmo. Tengo el gusto de contarte que el panel te eligió para el cargo de Planificador de Mantenimiento de Flota, y adjunto la carta oferta con las condiciones:

- Renta bruta mensual: $2.350.000, más bono anual por cumplimiento de disponibilidad de flota
- Jornada: 5x2 en oficina Antofagasta, con visitas a faena
- Contrato indefinido tras un período a plazo fijo de tres meses
- Fecha de inicio propuesta: lunes 19 de octubre de 2026

Te pedimos responder antes del viernes 25 de septiembre. Si tienes preguntas sobre la oferta, llámame cuando quieras.

Un abrazo,
Valentina Godoy
Analista de Selección
Minera Cerro Pardo SpA
+56 55 289 4410
""",
      attach=[{"kind": "pdf", "name": "Carta_Oferta_IValderrama.pdf",
               "title": "Minera Cerro Pardo SpA - Carta Oferta",
               "lines": ["Antofagasta, 15 de septiembre de 2026",
                         "Sr. Ignacio Valderrama-Lindqvist",
                         "Cargo: Planificador de Mantenimiento de Flota",
                         "Renta bruta mensual: $2.350.000",
                         "Inicio: 19 de octubre de 2026",
                         "Plazo de respuesta: 25 de septiembre de 2026"]}]),

    M("offer", "cerropardo_contract_for_signature", "es",
      company="Minera Cerro Pardo", contact="haraya@cerropardo.example.cl",
      frm=("Héctor Araya Núñez", "haraya@cerropardo.example.cl"),
      cc=[("Valentina Godoy", "vgodoy@cerropardo.example.cl")],
      subject="Contrato de trabajo para firma - Ignacio Valderrama-Lindqvist",
      date="2026-09-22 17:20 -0300", parent="cp_accept", quote="gt",
      text="""Estimado Ignacio:

Bienvenido a Minera Cerro Pardo. Valentina me comentó que aceptaste la oferta, así que te envío el contrato de trabajo para tu revisión y firma.

Puedes firmarlo de forma electrónica en el enlace que te llegará desde nuestra plataforma de firma, o imprimirlo, firmarlo y traerlo el día de tu inducción. Adjunto también una copia en PDF para que lo leas con calma.

Para completar tu ficha necesito además: certificado de AFP, certificado de salud (Fonasa o Isapre) y copia de tu licencia clase D.

Saludos cordiales,
Héctor Araya Núñez
Jefe de Contratos y Remuneraciones
Minera Cerro Pardo SpA
+56 55 289 4432
""",
      attach=[{"kind": "pdf", "name": "Contrato_Trabajo_IValderrama.pdf",
               "title": "Contrato de Trabajo - Minera Cerro Pardo SpA",
               "lines": ["Trabajador: Ignacio Valderrama-Lindqvist",
                         "Cargo: Planificador de Mantenimiento de Flota",
                         "Inicio: 19 de octubre de 2026",
                         "Firma del trabajador: ______________________"]}]),

    M("offer", "talentominero_client_wants_offer", "es",
      company="Perforaciones Salar Grande", contact="francisca.rebolledo@talentominero.example.cl",
      frm=("Francisca Rebolledo", "francisca.rebolledo@talentominero.example.cl"),
      subject="¡Perforaciones Salar Grande quiere hacerte una oferta!",
      date="2026-07-14 19:05 -0400",
      text="""Ignacio, ¡buenas noticias!

Me acaba de llamar el gerente de Perforaciones Salar Grande: después de tu entrevista del viernes quieren hacerte una oferta para el cargo de Programador de Mantenimiento de su flota de perforadoras y camiones de apoyo en Calama.

Lo que me adelantaron: renta líquida cercana a $1.900.000, turno 7x7 y bono de faena. Mañana me mandan la propuesta formal por escrito y te la reenvío apenas llegue.

¿Tienes un rato mañana a las 13:00 para conversarlo por teléfono?

Un abrazo,
Francisca Rebolledo
Consultora Senior - Minería y Energía
Talento Minero Consultores
+56 9 7720 3345
"""),

    M("offer", "equiposdelloa_verbal_followup", "es",
      company="Equipos del Loa", contact="amarin@equiposdelloa.example.cl",
      frm=("Andrea Marín", "amarin@equiposdelloa.example.cl"),
      subject="Lo conversado por teléfono",
      date="2026-10-13 18:30 -0300",
      alt="simple", cte="8bit",
      text="""Hola Ignacio:

Como te adelanté por teléfono esta tarde, queremos que te sumes a Equipos del Loa como Planificador de Servicio en nuestra sucursal de Calama. Te dejo por escrito lo que conversamos:

- Renta bruta: $2.100.000 mensuales
- Horario administrativo, lunes a viernes
- Camioneta de la empresa para visitas a clientes
- Inicio: a convenir, idealmente en noviembre

La carta formal la prepara Personas esta semana. Mientras tanto, cuéntame si tienes dudas o si necesitas algo más para decidir.

Saludos,
Andrea Marín
Gerente de Servicio Zona Norte
Equipos del Loa
Av. Balmaceda 4100, Calama
+56 9 6120 8834
"""),

    M("offer", "chancay_formal_offer_pdf", "es",
      company="Corporación Logística Chancay", contact="lflores@logisticachancay.example.pe",
      frm=("Luis Flores Ramírez", "lflores@logisticachancay.example.pe"),
      subject="Oferta laboral - Planificador de Mantenimiento de Flota",
      date="2026-09-29 10:15 -0500",
      charset="iso-8859-1", cte="quoted-printable", alt="outlook",
      text="""Estimado Ignacio:

Por medio del presente, y en atención al proceso de selección en el que participó, tenemos el agrado de ofrecerle el puesto de Planificador de Mantenimiento de Flota en Corporación Logística Chancay, con sede en el terminal de Chancay.

Encontrará en el documento adjunto el detalle de remuneración, beneficios y fecha de incorporación. Le agradeceremos confirmar su aceptación respondiendo este correo a más tardar el 6 de octubre.

Atentamente,
Luis Flores Ramírez
Jefe de Gestión del Talento
Corporación Logística Chancay S.A.C.
Panamericana Norte km 83, Chancay, Lima
(01) 377 5100
""",
      attach=[{"kind": "pdf", "name": "Oferta_Laboral_Valderrama.pdf",
               "title": "Corporacion Logistica Chancay - Oferta laboral",
               "lines": ["Puesto: Planificador de Mantenimiento de Flota",
                         "Remuneracion mensual: S/ 7,800 + gratificaciones de ley",
                         "Incorporacion: 2 de noviembre de 2026",
                         "Respuesta hasta: 6 de octubre de 2026"]}]),

    M("offer", "cuyoequipos_propuesta", "es",
      company="Cuyo Equipos Viales", contact="grodriguez@cuyoequipos.example.com.ar",
      frm=("Gabriela Rodríguez", "grodriguez@cuyoequipos.example.com.ar"),
      subject="Propuesta laboral - Planificador de Mantenimiento",
      date="2026-05-26 16:20 -0300",
      cte="base64",
      text="""Hola Ignacio:

Después de las entrevistas con Germán y con el equipo de taller, nos encantaría que te sumes a Cuyo Equipos Viales como Planificador de Mantenimiento de nuestra flota de alquiler.

Te paso la propuesta:
- Sueldo bruto mensual: $2.600.000 (pesos argentinos), con actualización trimestral
- Lugar de trabajo: base Luján de Cuyo, lunes a viernes de 8 a 17
- Obra social y ART a cargo de la empresa
- Ayuda con la mudanza desde Antofagasta y un mes de alojamiento

Si estás de acuerdo, te mandamos el contrato y coordinamos la fecha de ingreso. Tomate unos días para pensarlo y avisanos antes del 5 de junio.

Un saludo,
Gabriela Rodríguez
Recursos Humanos | Cuyo Equipos Viales S.A.
Carril Rodríguez Peña 2210, Godoy Cruz, Mendoza
+54 261 455 0192
"""),

    # ------------------------------------------------------------------ en
    M("offer", "goldfields_letter_of_offer_pdf", "en",
      company="Goldfields Haulage", contact="brett.kowalski@goldfieldshaulage.example.com.au",
      frm=("Brett Kowalski", "brett.kowalski@goldfieldshaulage.example.com.au"),
      subject="Letter of offer - Fleet Maintenance Planner",
      date="2026-07-02 16:45 +0800", parent="gh_cancel",
      alt="outlook", cte="quoted-printable",
      text="""Hi Ignacio,

Great to speak with you this afternoon. As promised, please find attached your formal letter of offer for the Fleet Maintenance Planner position in Kalgoorlie.

In summary: a base salary of AUD 128,000 plus superannuation, an 8/6 roster, relocation assistance, and sponsorship of your visa under the Skills in Demand stream. The offer is subject to a pre-employment medical and a police check.

Please sign and return the acceptance page by Friday 10 July. Call me if anything needs clarifying.

Regards,
Brett Kowalski
Workshop Planning Lead
Goldfields Haulage Pty Ltd
+61 8 9021 6640

This email is confidential and intended only for the addressee. If you have received it in error, please notify the sender and delete it. Goldfields Haulage Pty Ltd ABN 41 622 908 117.
""",
      attach=[{"kind": "pdf", "name": "Letter_of_Offer_Valderrama-Lindqvist.pdf",
               "title": "Goldfields Haulage Pty Ltd - Letter of Offer",
               "lines": ["Position: Fleet Maintenance Planner, Kalgoorlie WA",
                         "Base salary: AUD 128,000 + superannuation",
                         "Roster: 8/6", "Acceptance due: 10 July 2026",
                         "Signed: ____________________"]}]),

    M("offer", "bayview_unnamed_client_offer", "en",
      company="Bayview Talent Partners", contact="rachel.okonkwo@bayviewtalent.example.ca",
      frm=("Rachel Okonkwo", "rachel.okonkwo@bayviewtalent.example.ca"),
      subject="Good news - my client wants to make you an offer",
      date="2026-09-09 15:40 -0400",
      text="""Hi Ignacio,

I'm delighted to tell you that the client wants to make you an offer for the Maintenance Planner role we discussed last week - the equipment rental group I can't name until you've signed the confidentiality form.

The numbers they've given me: CAD 82,000 base, a 6% bonus target, three weeks' vacation, and they'll cover the LMIA process and your relocation costs. Start date is flexible between November and January.

The written offer will come directly from them once you give me the go-ahead. Can we talk tomorrow morning?

Best,
Rachel Okonkwo
Principal, Bayview Talent Partners
+1 416 555 0143
"""),

    # ------------------------------------------------------------------ fr
    M("offer", "transalp_promesse_embauche_pdf", "fr",
      company="Transalp Logistique", contact="j.ferrand@transalp-logistique.example.fr",
      frm=("Julien Ferrand", "j.ferrand@transalp-logistique.example.fr"),
      subject="Proposition d'embauche – Planificateur maintenance flotte",
      date="2026-10-08 17:05 +0200",
      cte="quoted-printable", alt="simple",
      text="""Bonjour Ignacio,

Suite à votre entretien du 1er octobre avec Nadia Benali, j'ai le plaisir de vous confirmer que nous souhaitons vous recruter au poste de Planificateur maintenance flotte sur notre plateforme de Saint-Priest.

Vous trouverez ci-joint la promesse d'embauche : CDI, statut agent de maîtrise, 38 500 € bruts annuels sur 13 mois, prise de poste le 4 janvier 2027 sous réserve de l'obtention de votre titre de séjour. Nous vous accompagnerons dans les démarches auprès de la préfecture.

Merci de nous retourner le document signé avant le 20 octobre.

Bien à vous,
Julien Ferrand
Responsable recrutement
Transalp Logistique
04 37 25 60 10
""",
      attach=[{"kind": "pdf", "name": "Promesse_embauche_Valderrama.pdf",
               "title": "Transalp Logistique - Promesse d'embauche",
               "lines": ["Poste : Planificateur maintenance flotte - CDI",
                         "Remuneration : 38 500 EUR bruts annuels",
                         "Prise de poste : 4 janvier 2027",
                         "Bon pour accord : ____________________"]}]),

    # ------------------------------------------------------------------ de
    M("offer", "duessel_arbeitsvertrag_signatur", "de",
      company="Düssel Fördertechnik", contact="m.oberlaender@duessel-foerdertechnik.example.de",
      frm=("Markus Oberländer", "m.oberlaender@duessel-foerdertechnik.example.de"),
      frm_enc=("iso-8859-1", "Q"),
      subject="Ihr Arbeitsvertrag zur Unterschrift",
      date="2026-10-14 13:50 +0200",
      charset="iso-8859-1", cte="quoted-printable",
      text="""Sehr geehrter Herr Valderrama-Lindqvist,

wie telefonisch besprochen freuen wir uns sehr, Sie als Instandhaltungsplaner Flurförderzeuge bei der Düssel Fördertechnik GmbH begrüßen zu dürfen.

Anbei erhalten Sie Ihren Arbeitsvertrag (unbefristet, 40 Stunden/Woche, Jahresbruttogehalt 54.000 EUR, Beginn 1. Februar 2027). Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines per Post oder als Scan zurück. Für das Visumverfahren stellen wir Ihnen zusätzlich die Arbeitsplatzbeschreibung für die Ausländerbehörde aus.

Bei Fragen rufen Sie mich gerne an.

Mit freundlichen Grüßen

Markus Oberländer
Leiter Personal
Düssel Fördertechnik GmbH
Erkrather Straße 401, 40231 Düsseldorf
Tel. +49 211 7392 150
""",
      attach=[{"kind": "pdf", "name": "Arbeitsvertrag_Valderrama-Lindqvist.pdf",
               "title": "Duessel Foerdertechnik GmbH - Arbeitsvertrag",
               "lines": ["Arbeitnehmer: Ignacio Valderrama-Lindqvist",
                         "Position: Instandhaltungsplaner Flurfoerderzeuge",
                         "Beginn: 01.02.2027", "Unterschrift: ____________________"]}]),
]
