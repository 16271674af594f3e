# ruff: noqa: C408 - each message is a hand-written dict(...) spec
"""Corpus 168: applications received (21) and offers (10), hand-written."""

from __future__ import annotations

from msgs168_common import ats_card, outlook_word, pdf, reply, simple_html

ACK = "application_received"
OFF = "offer"

_NARANJO_ACK = """¡Hola Joaquín!

Recibimos tu postulación para Analista de Datos Jr. (Córdoba, híbrido). Gracias por pensar en Naranjo Pagos.

Nuestro equipo de Talento va a revisar tu perfil en las próximas dos semanas. Si avanzás a la siguiente etapa, alguien del equipo se va a comunicar con vos por este medio.

Mientras tanto, podés conocer cómo trabajamos en naranjopagos.example.com.ar/equipo.

Equipo de Talento
Naranjo Pagos"""

_CASTELLANA_ACK = """Hola Joaquín:

Gracias por presentar tu candidatura al Programa Data Analysts 2026 (ref. JR-88120) de Banco Castellana Digital.

Hemos recibido correctamente tu solicitud. En las próximas semanas recibirás un enlace para realizar las pruebas online, que son el siguiente paso del proceso.

Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil en nuestro portal de empleo.

Un saludo,
Equipo de Talento
Banco Castellana Digital"""

_POCITOS_ACK = """Hola Joaquín,

¡Gracias por postularte a Data Analyst en Pocitos Pay! Tu candidatura quedó registrada correctamente.

Vamos a revisar todas las postulaciones durante las próximas semanas. Lamentablemente, por el volumen que recibimos, no podemos responder individualmente a cada postulante; si tu perfil avanza, te contactaremos directamente.

Gracias por tu interés,
Equipo de Talento de Pocitos Pay"""

_LIFFEY_ACK = """Hi Joaquin,

Thanks for applying for the Data Analyst (Disputes) role at Liffey Payments. We've received your application and our team will review it shortly.

We read every application ourselves, so it may take up to two weeks before you hear from us. In the meantime, feel free to learn more about life at Liffey on our careers site.

Best regards,
The Liffey Payments Talent Team"""

_TORNASOL_OFFER = """Hola Joaquín,

¡Qué alegría hablar con vos hoy! Como te adelanté por teléfono, queremos que te sumes a Mercado Tornasol como Analista de Datos – Marketplace.

Te dejo por escrito lo que conversamos:

- Remuneración bruta mensual: ARS 2.350.000, con revisión semestral por inflación
- Modalidad: remoto desde Córdoba, con un viaje por trimestre a la oficina de CABA (a cargo de la empresa)
- Fecha de ingreso propuesta: lunes 5 de octubre
- Prepaga para vos y tu grupo familiar, y bono anual según objetivos

En los próximos días te llega la propuesta formal firmada por Diego para que la revises tranquilo. Si tenés dudas, llamame cuando quieras.

¡Ojalá nos digas que sí!
Agustina Paz
Recruiter · Mercado Tornasol
+54 9 11 5555 7730"""

MESSAGES: list[dict] = [
    # ======================================================================= received, es
    dict(
        kind=ACK, slug="naranjo_teamtailor", lang="es", key="naranjo_ack",
        company="Naranjo Pagos", contact="",
        frm=("Naranjo Pagos", "no-reply@teamtailor-mail.com"),
        subject="¡Gracias por postularte a Naranjo Pagos!",
        subj_enc="utf-8:B",
        date="2026-02-03 23:14", tz="utc", layout="alt", cte="qp",
        text=_NARANJO_ACK,
        html=ats_card(_NARANJO_ACK, "Naranjo Pagos", "#ea580c", "es",
                      "Enviado con Teamtailor · Este buzón no recibe respuestas"),
    ),
    dict(
        kind=ACK, slug="castellana_workday", lang="es", key="castellana_ack",
        company="Banco Castellana Digital", contact="",
        frm=("Banco Castellana Digital", "castellanadigital@myworkday.com"),
        subject="Hemos recibido tu candidatura - Programa Data Analysts 2026",
        date="2026-03-10 08:41", tz="utc", layout="alt", cte="base64",
        text=_CASTELLANA_ACK,
        html=ats_card(_CASTELLANA_ACK, "Banco Castellana Digital", "#b91c1c", "es",
                      "Mensaje generado automáticamente por Workday. No respondas a este correo."),
    ),
    dict(
        kind=ACK, slug="pocitos_recruitee_no_individual", lang="es", key="pocitos_ack",
        company="Pocitos Pay", contact="",
        frm=("Pocitos Pay", "no-reply@jobs.recruitee.com"),
        subject="Recibimos tu postulación: Data Analyst",
        date="2026-06-15 13:02", tz="utc", layout="alt", cte="8bit",
        text=_POCITOS_ACK,
        html=ats_card(_POCITOS_ACK, "Pocitos Pay", "#0369a1", "es", "Powered by Recruitee"),
    ),
    dict(
        kind=ACK, slug="suquia_cv_recibido", lang="es", key="suquia_ack",
        company="Universidad del Suquía", contact="dortiz@usuquia.example.edu.ar",
        frm=("Daniela Ortiz", "dortiz@usuquia.example.edu.ar"),
        subject="RE: Postulación Analista de Datos - Observatorio",
        date="2026-07-01 10:27", tz="ar", charset="iso-8859-1", cte="qp",
        text=reply(
            """Buenos días, Joaquín:

Le confirmamos que recibimos su CV y la nota de presentación para el cargo de Analista de Datos del Observatorio de Trayectorias Estudiantiles. La documentación quedó incorporada al expediente de la convocatoria.

La Comisión Asesora evaluará los antecedentes una vez cerrada la inscripción, el 8 de julio. Las personas preseleccionadas serán contactadas por este medio.

Saludos cordiales,
Daniela Ortiz
Mesa de Entradas - Dirección de Recursos Humanos
Universidad del Suquía""",
            "El 30/6/2026 a las 23:51, Joaquín Mbatha-Ferreyra escribió:",
            """Estimados:

Adjunto mi CV y una nota de presentación para la convocatoria de Analista de Datos del Observatorio publicada en el sitio de la Universidad.

Saludos cordiales,
Joaquín Mbatha-Ferreyra""",
        ),
    ),
    dict(
        kind=ACK, slug="riachuelo_workday", lang="es", key="riachuelo_ack",
        company="Banco Riachuelo", contact="",
        frm=("Banco Riachuelo", "bancoriachuelo@myworkday.com"),
        subject="Confirmación de postulación - Analista de Datos (R-20417)",
        date="2026-03-03 02:10", tz="utc", cte="7bit",
        text="""Estimado/a Joaquin Mbatha-Ferreyra:

Gracias por su interes en Banco Riachuelo. Confirmamos la recepcion de su postulacion para la posicion:

  Analista de Datos - Banca Minorista (R-20417)
  Ubicacion: Ciudad Autonoma de Buenos Aires

Nuestro equipo de Talento y Cultura revisara sus antecedentes. Puede seguir el estado de su solicitud ingresando a su cuenta de candidato.

Atentamente,
Talento y Cultura - Banco Riachuelo

Por favor, no responda a este mensaje: esta casilla no es monitoreada.""",
    ),
    dict(
        kind=ACK, slug="tornasol_lever", lang="es", key="tornasol_ack",
        company="Mercado Tornasol", contact="",
        frm=("Mercado Tornasol", "no-reply@hire.lever.co"),
        subject="Mercado Tornasol recibió tu postulación",
        date="2026-08-10 19:48", tz="utc", layout="html", html_cte="base64",
        html=ats_card("""Hola Joaquín,

¡Gracias por postularte a Analista de Datos – Marketplace en Mercado Tornasol!

Ya tenemos tu CV y tus respuestas. Nuestro equipo revisa cada postulación con atención; te escribiremos si tu perfil encaja con lo que buscamos.

Saludos,
Talento · Mercado Tornasol""", "Mercado Tornasol", "#6d28d9", "es", "Enviado a través de Lever"),
    ),
    dict(
        kind=ACK, slug="pampa_greenhouse", lang="es", key="pampa_ack",
        company="Pampa Créditos", contact="",
        frm=("Pampa Créditos", "no-reply@us.greenhouse-mail.io"), name_enc="iso-8859-1:Q",
        subject="Gracias por tu interés en Pampa Créditos",
        subj_enc="iso-8859-1:Q",
        date="2026-03-09 14:55", tz="utc", layout="alt", charset="iso-8859-1", cte="qp",
        text="""Hola Joaquín,

Queremos confirmarte que tu postulación para Data Analyst (Cobranzas) llegó bien.

El equipo de People la va a revisar junto con la persona que lidera el área. Si tu experiencia coincide con lo que buscamos, te vamos a contactar para coordinar los próximos pasos.

¡Gracias!
People Team · Pampa Créditos""",
        html=ats_card("""Hola Joaquín,

Queremos confirmarte que tu postulación para Data Analyst (Cobranzas) llegó bien.

El equipo de People la va a revisar junto con la persona que lidera el área. Si tu experiencia coincide con lo que buscamos, te vamos a contactar para coordinar los próximos pasos.

¡Gracias!
People Team · Pampa Créditos""", "Pampa Créditos", "#a16207", "es", "Sent via Greenhouse"),
        html_charset="utf-8",
    ),
    dict(
        kind=ACK, slug="rumbo_agency_registration", lang="es",
        company="Rumbo Personal", contact="cmendez@rumbopersonal.example.com.ar",
        frm=("Carla Méndez", "cmendez@rumbopersonal.example.com.ar"), name_enc="utf-8:B",
        subject="Alta en Rumbo Personal – registro completo",
        date="2026-01-20 11:33", tz="ar", layout="alt", cte="qp",
        text="""Hola Joaquín:

¡Bienvenido a Rumbo Personal! Te confirmo que completaste el registro en nuestra base de candidatos y que tu CV quedó cargado en las búsquedas de Administración, Atención al Cliente y Análisis de Datos de la zona Córdoba.

Cuando aparezca una posición que encaje con tu perfil, te voy a llamar para contarte los detalles antes de presentarte a cualquier empresa.

Cualquier actualización de tu CV, mandámela a este mismo correo.

Saludos,
Carla Méndez
Consultora de Selección
Rumbo Personal · Sucursal Córdoba Centro
27 de Abril 370, Córdoba · (0351) 555-7841""",
        html=outlook_word("""Hola Joaquín:

¡Bienvenido a Rumbo Personal! Te confirmo que completaste el registro en nuestra base de candidatos y que tu CV quedó cargado en las búsquedas de Administración, Atención al Cliente y Análisis de Datos de la zona Córdoba.

Cuando aparezca una posición que encaje con tu perfil, te voy a llamar para contarte los detalles antes de presentarte a cualquier empresa.

Cualquier actualización de tu CV, mandámela a este mismo correo.

Saludos,
Carla Méndez
Consultora de Selección
Rumbo Personal · Sucursal Córdoba Centro
27 de Abril 370, Córdoba · (0351) 555-7841"""),
    ),
    dict(
        kind=ACK, slug="talento_registration", lang="es", key="talento_reg",
        company="Talento Austral", contact="lorena.vidal@talentoaustral.example.com.ar",
        frm=("Lorena Vidal | Talento Austral", "lorena.vidal@talentoaustral.example.com.ar"),
        subject="Ya estás en nuestra base, Joaquín",
        date="2026-04-14 17:20", tz="ar", cte="8bit",
        text="""Hola Joaquín, ¿qué tal?

Gracias por la charla telefónica de esta mañana. Te cuento que ya quedaste inscripto en la base de candidatos de Talento Austral, con tu CV actualizado y las preferencias que me pasaste (analista de datos o BI, Córdoba o Rosario, híbrido o remoto).

Trabajamos con varias empresas del agro y de servicios del Litoral; apenas tenga algo que te calce, te escribo.

Lorena Vidal
Consultora Senior · Talento Austral
Rosario · Córdoba · Mendoza
+54 341 555 7712""",
    ),
    dict(
        kind=ACK, slug="losaromos_smartrecruiters", lang="es", key="aromos_ack",
        company="Retail Los Aromos", contact="",
        frm=("Retail Los Aromos", "noreply@smartrecruiters.com"),
        subject="Gracias por postular a Retail Los Aromos",
        date="2026-05-04 03:16", tz="utc", layout="alt", cte="base64",
        text="""Hola Joaquín:

Gracias por postular al cargo Analista de Datos Comercial (Santiago). Hemos recibido tus antecedentes.

Nuestro equipo de Selección revisará tu postulación. Si tu perfil se ajusta a los requisitos del cargo, te contactaremos para las siguientes etapas.

Saludos cordiales,
Equipo de Selección
Retail Los Aromos""",
        html=ats_card("""Hola Joaquín:

Gracias por postular al cargo Analista de Datos Comercial (Santiago). Hemos recibido tus antecedentes.

Nuestro equipo de Selección revisará tu postulación. Si tu perfil se ajusta a los requisitos del cargo, te contactaremos para las siguientes etapas.

Saludos cordiales,
Equipo de Selección
Retail Los Aromos""", "Retail Los Aromos", "#7c2d12", "es", "Powered by SmartRecruiters"),
    ),
    dict(
        kind=ACK, slug="celeste_bamboohr", lang="es", key="celeste_ack",
        company="Celeste Telecom", contact="",
        frm=("Celeste Telecom", "notifications@app.bamboohr.com"),
        subject="Recibimos tu solicitud para Analista BI",
        date="2026-08-24 15:40", tz="utc", cte="qp",
        text="""Hola Joaquín,

Gracias por tu interés en trabajar en Celeste Telecom. Tu solicitud para el puesto de Analista BI (Montevideo) fue recibida.

Te pedimos paciencia: revisamos cada CV con el área que hace la búsqueda y el proceso puede demorar algunas semanas.

Gestión Humana
Celeste Telecom

Este correo fue enviado desde BambooHR. Las respuestas a esta dirección no se leen.""",
    ),

    # ======================================================================= received, en
    dict(
        kind=ACK, slug="liffey_greenhouse", lang="en", key="liffey_ack",
        company="Liffey Payments", contact="",
        frm=("Liffey Payments", "no-reply@us.greenhouse-mail.io"),
        subject="Thank you for applying to Liffey Payments",
        date="2026-04-02 07:12", tz="ie", layout="alt", cte="7bit",
        text=_LIFFEY_ACK,
        html=ats_card(_LIFFEY_ACK, "Liffey Payments", "#14532d", "en", "Sent via Greenhouse"),
    ),
    dict(
        kind=ACK, slug="harcourt_icims", lang="en", key="harcourt_ack",
        parent="harcourt_app", company="Harcourt Telecom", contact="",
        frm=("Harcourt Telecom Careers", "harcourttelecom@talent.icims.com"),
        subject="Harcourt Telecom: Application Received - Customer Insights Analyst (Req 2026-0419)",
        date="2026-04-06 00:14", tz="ie", layout="html", html_cte="quoted-printable",
        html=ats_card("""Dear Joaquin,

Thank you for your interest in Harcourt Telecom. This email confirms that we have received your application for Customer Insights Analyst (Req 2026-0419).

Our recruitment team will review your qualifications against the requirements of the role. If your profile is a match, a member of the team will be in touch.

You can check the status of your application at any time by logging in to your candidate profile.

Harcourt Telecom Talent Acquisition""", "Harcourt Telecom Careers", "#7e22ce", "en",
                      "Please do not reply to this email. This mailbox is not monitored."),
    ),
    dict(
        kind=ACK, slug="clover_registration", lang="en", key="clover_reg",
        parent="clover_cold", company="Clover Talent", contact="niamh@clovertalent.example.ie",
        frm=("Niamh Kavanagh", "niamh@clovertalent.example.ie"),
        subject="Re: Data roles in Dublin - you're registered",
        date="2026-06-08 12:44", tz="ie", cte="qp",
        text=reply(
            """Hi Joaquin,

Great to speak with you earlier. Just confirming you're now registered with Clover Talent - I've added your CV and the notes from our call (reporting / BI analyst, open to relocating to Dublin, needs visa sponsorship, available from September).

I'll only put you forward for a role after checking with you first. Expect to hear from me in the next couple of weeks.

Niamh

Niamh Kavanagh | Senior Consultant, Data & Analytics
Clover Talent | 2 Grand Canal Square, Dublin 2
M: +353 87 555 3321""",
            "On Wed, 3 Jun 2026 at 01:12, Joaquin Mbatha-Ferreyra <joaquin.mf@example.com.ar> wrote:",
            """Hi Niamh, thanks for reaching out. Yes, I'd be happy to talk - Friday morning your time works. My updated CV is attached.
Joaquin""",
        ),
    ),
    dict(
        kind=ACK, slug="quayside_ashby", lang="en", key="quay_ack",
        company="Quayside Analytics", contact="",
        frm=("Quayside Analytics", "no-reply@ashbyhq.com"),
        subject="We've received your application",
        date="2026-06-05 16:20", tz="utc", layout="alt", cte="7bit",
        text="""Hi Joaquin,

Thanks for applying to the Junior Analyst position at Quayside Analytics - we've got your application.

What happens next: a member of our recruiting team will review your profile within ten working days. If there's a potential fit, we'll invite you to the next stage.

Thanks again,
Quayside Analytics Recruiting""",
        html=ats_card("""Hi Joaquin,

Thanks for applying to the Junior Analyst position at Quayside Analytics - we've got your application.

What happens next: a member of our recruiting team will review your profile within ten working days. If there's a potential fit, we'll invite you to the next stage.

Thanks again,
Quayside Analytics Recruiting""", "Quayside Analytics", "#334155", "en", "Sent by Ashby"),
    ),
    dict(
        kind=ACK, slug="brightwater_workable_volume", lang="en", key="bright_ack",
        company="Brightwater Retail", contact="",
        frm=("Brightwater Retail", "noreply@candidates.workablemail.com"),
        subject="Thanks for applying to Brightwater Retail",
        date="2026-07-22 18:03", tz="utc", layout="alt", cte="qp",
        text="""Hi Joaquin,

Thank you for applying for the Merchandise Data Analyst role at Brightwater Retail. Your application has been received.

Unfortunately, due to the high number of applications, we cannot reply to every applicant individually. If you are shortlisted, a member of our team will contact you within three weeks.

Kind regards,
Brightwater Retail Recruitment""",
        html=ats_card("""Hi Joaquin,

Thank you for applying for the Merchandise Data Analyst role at Brightwater Retail. Your application has been received.

Unfortunately, due to the high number of applications, we cannot reply to every applicant individually. If you are shortlisted, a member of our team will contact you within three weeks.

Kind regards,
Brightwater Retail Recruitment""", "Brightwater Retail", "#0e7490", "en", "Powered by Workable"),
    ),

    # ======================================================================= received, fr
    dict(
        kind=ACK, slug="marais_successfactors", lang="fr", key="marais_ack",
        company="Banque du Marais", contact="",
        frm=("Banque du Marais Recrutement", "noreply@successfactors.eu"),
        subject="Accusé de réception de votre candidature",
        subj_enc="iso-8859-1:B",
        date="2026-06-01 06:30", tz="utc", layout="alt", charset="iso-8859-1",
        cte="base64",
        text="""Bonjour Joaquín Mbatha-Ferreyra,

Nous accusons bonne réception de votre candidature au poste d'Analyste Data Relation Client (réf. 26-0533) et vous remercions de l'intérêt que vous portez à la Banque du Marais.

Votre dossier va être étudié avec attention par nos équipes. Nous reviendrons vers vous dans les meilleurs délais.

Cordialement,
La Direction des Ressources Humaines
Banque du Marais

Ce message est généré automatiquement, merci de ne pas y répondre.""",
        html=ats_card("""Bonjour Joaquín Mbatha-Ferreyra,

Nous accusons bonne réception de votre candidature au poste d'Analyste Data Relation Client (réf. 26-0533) et vous remercions de l'intérêt que vous portez à la Banque du Marais.

Votre dossier va être étudié avec attention par nos équipes. Nous reviendrons vers vous dans les meilleurs délais.

Cordialement,
La Direction des Ressources Humaines
Banque du Marais""", "Banque du Marais", "#1f2937", "fr",
                      "Ce message est généré automatiquement, merci de ne pas y répondre."),
        html_charset="utf-8",
    ),
    dict(
        kind=ACK, slug="etoile_inscription", lang="fr", key="etoile_reg",
        company="Étoile Intérim", contact="j.morel@etoile-interim.example.fr",
        frm=("Julien Morel", "j.morel@etoile-interim.example.fr"),
        subject="Confirmation de votre inscription chez Étoile Intérim",
        date="2026-06-22 18:12", tz="fr", layout="alt", cte="8bit",
        text="""Bonjour Joaquín,

Suite à notre échange téléphonique, je vous confirme votre inscription dans notre fichier de candidats. Votre CV est désormais visible par nos consultants du pôle Banque, Finance et Data.

Je vous contacterai dès qu'une mission ou un poste correspondant à votre projet (analyste de données, idéalement en anglais ou en espagnol) se présente.

Bien à vous,
Julien Morel
Consultant recrutement – Étoile Intérim
48 avenue de Wagram, 75017 Paris · 01 55 55 20 40""",
        html=simple_html("""Bonjour Joaquín,

Suite à notre échange téléphonique, je vous confirme votre inscription dans notre fichier de candidats. Votre CV est désormais visible par nos consultants du pôle Banque, Finance et Data.

Je vous contacterai dès qu'une mission ou un poste correspondant à votre projet (analyste de données, idéalement en anglais ou en espagnol) se présente.

Bien à vous,
Julien Morel
Consultant recrutement – Étoile Intérim
48 avenue de Wagram, 75017 Paris · 01 55 55 20 40""", "fr"),
    ),

    # ======================================================================= received, de
    dict(
        kind=ACK, slug="spreewald_personio", lang="de", key="spree_ack",
        company="Spreewald Pay", contact="",
        frm=("Spreewald Pay", "noreply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung",
        date="2026-05-04 09:01", tz="de", layout="alt", cte="qp",
        text="""Hallo Joaquín Mbatha-Ferreyra,

vielen Dank für Ihre Bewerbung als Junior Data Analyst (m/w/d) und Ihr Interesse an Spreewald Pay.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Viele Grüße
Ihr People-Team von Spreewald Pay""",
        html=ats_card("""Hallo Joaquín Mbatha-Ferreyra,

vielen Dank für Ihre Bewerbung als Junior Data Analyst (m/w/d) und Ihr Interesse an Spreewald Pay.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb der nächsten zwei Wochen bei Ihnen.

Viele Grüße
Ihr People-Team von Spreewald Pay""", "Spreewald Pay", "#15803d", "de",
                      "Diese Nachricht wurde über Personio versendet."),
    ),
    dict(
        kind=ACK, slug="tiergarten_registrierung", lang="de", key="tiergarten_reg",
        company="Tiergarten Personal", contact="s.neumann@tiergarten-personal.example.de",
        frm=("Sabine Neumann", "s.neumann@tiergarten-personal.example.de"),
        subject="Ihre Registrierung bei Tiergarten Personal",
        date="2026-07-20 13:25", tz="de", charset="iso-8859-1", cte="qp",
        text="""Hallo Joaquín,

schön, dass wir heute telefonieren konnten. Hiermit bestätige ich Ihnen, dass Sie jetzt in unserer Bewerberdatenbank hinterlegt sind. Ihr Profil (Datenanalyse, SQL, Power BI, Spanisch/Englisch, Deutsch B1) ist für unsere Kunden in Berlin und Brandenburg vorgemerkt.

Bevor ich Ihre Unterlagen an ein Unternehmen weitergebe, stimme ich das immer mit Ihnen ab.

Beste Grüße
Sabine Neumann
Senior Recruiterin IT & Data
Tiergarten Personal GmbH
Lützowufer 26, 10787 Berlin
Tel. +49 30 5550 8812""",
    ),
    dict(
        kind=ACK, slug="kiezkauf_smartrecruiters", lang="de", key="kiez_ack",
        parent="kiez_app", company="Kiezkauf", contact="",
        frm=("Kiezkauf Recruiting", "noreply@smartrecruiters.com"),
        subject="Danke für Ihre Bewerbung bei Kiezkauf",
        date="2026-09-01 17:44", tz="utc", layout="html",
        html=ats_card("""Guten Tag Herr Mbatha-Ferreyra,

wir haben Ihre Bewerbung für die Position Datenanalyst Sortiment (m/w/d) erhalten und bedanken uns für Ihr Interesse.

Unser Recruiting-Team sichtet derzeit alle Unterlagen. Bitte haben Sie Verständnis dafür, dass dies einige Zeit in Anspruch nehmen kann. Wir melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Kiezkauf Recruiting-Team""", "Kiezkauf", "#be123c", "de", "Powered by SmartRecruiters"),
    ),

    # ======================================================================= offers, es
    dict(
        kind=OFF, slug="telmed_offer_pdf", lang="es", key="telmed_offer",
        parent="telmed_inv2", company="Telecentro Mediterránea",
        contact="martin.quiroga@telmed.example.com.ar",
        frm=("Martín Quiroga", "martin.quiroga@telmed.example.com.ar"), name_enc="utf-8:Q",
        subject="Propuesta laboral – Analista de Datos Jr.",
        date="2026-03-20 13:10", tz="ar", layout="alt", cte="qp",
        text="""Hola Joaquín:

¡Buenas noticias! Después de la entrevista con Carolina y de la revisión del ejercicio, queremos ofrecerte el puesto de Analista de Datos Jr. en el área de Experiencia de Cliente de Telecentro Mediterránea.

Te adjunto la propuesta formal con el detalle de la remuneración, la modalidad híbrida (tres días en la oficina de Av. Colón) y los beneficios. La propuesta tiene validez hasta el viernes 27 de marzo.

Si querés que repasemos algo, te llamo cuando te quede cómodo.

Un abrazo,
Martín Quiroga
Selección y Desarrollo · Telecentro Mediterránea
Av. Colón 1010, Córdoba · (0351) 555-6020""",
        html=simple_html("""Hola Joaquín:

¡Buenas noticias! Después de la entrevista con Carolina y de la revisión del ejercicio, queremos ofrecerte el puesto de Analista de Datos Jr. en el área de Experiencia de Cliente de Telecentro Mediterránea.

Te adjunto la propuesta formal con el detalle de la remuneración, la modalidad híbrida (tres días en la oficina de Av. Colón) y los beneficios. La propuesta tiene validez hasta el viernes 27 de marzo.

Si querés que repasemos algo, te llamo cuando te quede cómodo.

Un abrazo,
Martín Quiroga
Selección y Desarrollo · Telecentro Mediterránea
Av. Colón 1010, Córdoba · (0351) 555-6020"""),
        attach=[pdf("Propuesta_Analista_Datos_Jr_Mbatha-Ferreyra.pdf", [
            "Telecentro Mediterránea - Propuesta laboral",
            "Córdoba, 20 de marzo de 2026",
            "Candidato: Joaquín Mbatha-Ferreyra",
            "Puesto: Analista de Datos Jr. - Experiencia de Cliente",
            "Remuneración bruta mensual: ARS 1.980.000",
            "Modalidad: híbrida, 3 días presenciales",
            "Fecha de ingreso propuesta: 6 de abril de 2026",
            "Validez de la propuesta: 27 de marzo de 2026",
        ])],
    ),
    dict(
        kind=OFF, slug="castellana_carta_oferta", lang="es", key="castellana_offer",
        parent="castellana_new", company="Banco Castellana Digital",
        contact="lucia.barrios@castellanadigital.example.es",
        frm=("Lucía Barrios", "lucia.barrios@castellanadigital.example.es"),
        subject="Carta de oferta - Programa Data Analysts 2026",
        date="2026-04-22 12:45", tz="es", layout="alt", charset="windows-1252",
        cte="qp",
        text="""Hola Joaquín:

Nos alegra mucho comunicarte que el comité ha decidido ofrecerte una plaza en el Programa Data Analysts 2026 de Banco Castellana Digital, con incorporación en Madrid el 1 de septiembre.

En el PDF adjunto encontrarás la carta de oferta con las condiciones: contrato indefinido, salario bruto anual de 31.500 €, apoyo para la reubicación (hasta 3.000 €) y gestión del visado a cargo del banco.

Para aceptar, firma la carta y devuélvenosla antes del 6 de mayo. Si tienes cualquier duda, podemos hablar por videollamada esta misma semana.

Enhorabuena,
Lucía Barrios
Talent Acquisition · Banco Castellana Digital
Paseo de la Castellana 120, 28046 Madrid

Este mensaje y sus adjuntos son confidenciales. Si lo ha recibido por error, comuníquelo al remitente y elimínelo.""",
        html=outlook_word("""Hola Joaquín:

Nos alegra mucho comunicarte que el comité ha decidido ofrecerte una plaza en el Programa Data Analysts 2026 de Banco Castellana Digital, con incorporación en Madrid el 1 de septiembre.

En el PDF adjunto encontrarás la carta de oferta con las condiciones: contrato indefinido, salario bruto anual de 31.500 €, apoyo para la reubicación (hasta 3.000 €) y gestión del visado a cargo del banco.

Para aceptar, firma la carta y devuélvenosla antes del 6 de mayo. Si tienes cualquier duda, podemos hablar por videollamada esta misma semana.

Enhorabuena,
Lucía Barrios
Talent Acquisition · Banco Castellana Digital
Paseo de la Castellana 120, 28046 Madrid"""), html_charset="utf-8",
        attach=[pdf("Carta_oferta_BCD_JMbatha-Ferreyra.pdf", [
            "Banco Castellana Digital - Carta de oferta",
            "Madrid, 22 de abril de 2026",
            "Sr. Joaquín Mbatha-Ferreyra",
            "Puesto: Data Analyst (Programa Data Analysts 2026)",
            "Contrato: indefinido, jornada completa",
            "Salario bruto anual: 31.500 EUR",
            "Incorporación: 1 de septiembre de 2026",
            "Firma del candidato: ____________________",
        ])],
    ),
    dict(
        kind=OFF, slug="andes_client_wants_offer", lang="es", key="andes_offer",
        parent="andes_move", company="Cobre Analytics",
        contact="ifuenzalida@andessearch.example.cl",
        frm=("Ignacio Fuenzalida", "ifuenzalida@andessearch.example.cl"),
        subject="¡Cobre Analytics quiere hacerte una oferta!",
        subj_enc="utf-8:Q",
        date="2026-06-02 19:40", tz="cl", cte="8bit",
        text="""Joaquín, ¡felicitaciones!

Me acaba de llamar Daniela: Cobre Analytics quiere hacerte una oferta para el cargo de Analista de Datos. Les encantó tu presentación del caso de retail y cómo explicaste lo de los reclamos.

Lo que me adelantaron: contrato indefinido, renta líquida de CLP 1.650.000 mensuales, trabajo híbrido en Las Condes y apoyo con la visa de residencia. La carta formal te la mandan ellos directamente esta semana.

¿Podemos hablar mañana a primera hora? Quiero repasar contigo los números y los plazos antes de que la recibas.

Un abrazo,
Ignacio Fuenzalida
Partner · Andes Search Partners
+56 2 2555 4180""",
    ),
    dict(
        kind=OFF, slug="suquia_contract_to_sign", lang="es", key="suquia_offer",
        parent="suquia_move", company="Universidad del Suquía",
        contact="mbustos@usuquia.example.edu.ar",
        frm=("Mónica Bustos", "mbustos@usuquia.example.edu.ar"),
        subject="Designación y contrato para firma – Analista de Datos del Observatorio",
        date="2026-08-05 10:02", tz="ar", layout="alt", cte="base64",
        text="""Estimado Joaquín:

Tengo el agrado de comunicarle que, por Resolución Rectoral 1187/2026, ha sido designado en el cargo de Analista de Datos del Observatorio de Trayectorias Estudiantiles, a partir del 1 de septiembre de 2026.

Le adjuntamos el contrato para su firma. Le pedimos que lo imprima, lo firme en todas sus hojas y lo entregue en la Dirección de Recursos Humanos (Pabellón Argentina, planta baja) antes del 20 de agosto, junto con la documentación que se detalla en el anexo.

Reciba nuestras felicitaciones.

Cordialmente,
Lic. Mónica Bustos
Dirección de Recursos Humanos
Universidad del Suquía""",
        html=outlook_word("""Estimado Joaquín:

Tengo el agrado de comunicarle que, por Resolución Rectoral 1187/2026, ha sido designado en el cargo de Analista de Datos del Observatorio de Trayectorias Estudiantiles, a partir del 1 de septiembre de 2026.

Le adjuntamos el contrato para su firma. Le pedimos que lo imprima, lo firme en todas sus hojas y lo entregue en la Dirección de Recursos Humanos (Pabellón Argentina, planta baja) antes del 20 de agosto, junto con la documentación que se detalla en el anexo.

Reciba nuestras felicitaciones.

Cordialmente,
Lic. Mónica Bustos
Dirección de Recursos Humanos
Universidad del Suquía"""),
        attach=[pdf("Contrato_Analista_Datos_Observatorio.pdf", [
            "UNIVERSIDAD DEL SUQUIA - CONTRATO DE SERVICIOS",
            "Resolución Rectoral 1187/2026",
            "Entre la Universidad del Suquía y el Sr. Joaquín Mbatha-Ferreyra",
            "Cargo: Analista de Datos del Observatorio de Trayectorias Estudiantiles",
            "Dedicación: 30 horas semanales",
            "Vigencia: 1/9/2026 al 31/8/2027",
            "Firma: ____________________   Aclaración: ____________________",
        ])],
    ),
    dict(
        kind=OFF, slug="tornasol_verbal_followup", lang="es", key="tornasol_offer",
        parent="tornasol_move", company="Mercado Tornasol",
        contact="agustina.paz@tornasol.example.com.ar",
        frm=("Agustina Paz", "agustina.paz@tornasol.example.com.ar"),
        subject="Lo que hablamos hoy por teléfono",
        date="2026-09-04 18:22", tz="ar", layout="alt", cte="qp",
        text=_TORNASOL_OFFER, html=simple_html(_TORNASOL_OFFER),
    ),
    dict(
        kind=OFF, slug="calicanto_offer_letter", lang="es",
        company="Tarjeta Calicanto", contact="vlucero@calicanto.example.com.ar",
        frm=("Verónica Lucero", "vlucero@calicanto.example.com.ar"), name_enc="iso-8859-1:B",
        reply_to=("Verónica Lucero", "vlucero@calicanto.example.com.ar"),
        subject="Oferta: Analista de Riesgo y Datos",
        date="2026-10-02 11:30", tz="ar", charset="windows-1252", cte="8bit",
        text="""Joaquín, buen día:

Como conversamos el martes con Esteban, en Tarjeta Calicanto queremos sumarte como Analista de Riesgo y Datos. Te envío adjunta la oferta con el paquete completo: sueldo, obra social, esquema híbrido en el edificio de Nueva Córdoba y fecha de ingreso el 2 de noviembre.

Para avanzar, necesito que nos respondas con tu aceptación antes del jueves 8. Después coordinamos el preocupacional.

¡Esperamos tu “sí”!

Verónica Lucero
Jefa de Selección – Tarjeta Calicanto
Obispo Trejo 1120, Córdoba · (0351) 555-9033""",
        attach=[pdf("Oferta_Calicanto_Mbatha-Ferreyra.pdf", [
            "Tarjeta Calicanto - Oferta laboral",
            "Puesto: Analista de Riesgo y Datos",
            "Ingreso: 2 de noviembre de 2026",
            "Modalidad: híbrida (3x2), Nueva Córdoba",
            "Aceptación hasta: 8 de octubre de 2026",
        ])],
    ),

    # ======================================================================= offers, en
    dict(
        kind=OFF, slug="clover_fernhill_offer", lang="en", key="clover_offer",
        parent="clover_missed", company="Fernhill Insurance",
        contact="niamh@clovertalent.example.ie",
        frm=("Niamh Kavanagh", "niamh@clovertalent.example.ie"),
        subject="Fernhill want you!",
        date="2026-07-14 17:05", tz="ie", cte="7bit",
        text="""Joaquin!!

So after all that drama with the Teams link, the rescheduled interview clearly went brilliantly - Paul has just called me and the client wants to make you an offer for the Claims Reporting Analyst role.

Headline numbers: EUR 46,000 base, 10% bonus, hybrid (two days a week in their Ballsbridge office), and they'll sponsor the Critical Skills permit and give you a relocation allowance. Start date flexible, likely October.

Fernhill HR will send the formal contract once you give me a verbal yes. Can we talk tonight or first thing tomorrow?

Niamh

Niamh Kavanagh | Senior Consultant, Data & Analytics
Clover Talent | 2 Grand Canal Square, Dublin 2
M: +353 87 555 3321""",
    ),
    dict(
        kind=OFF, slug="dockline_offer_letter", lang="en",
        company="Dockline Logistics", contact="sinead.ryan@dockline.example.ie",
        frm=("Sinéad Ryan", "sinead.ryan@dockline.example.ie"), name_enc="utf-8:Q",
        subject="Offer of employment - Operations Data Analyst",
        date="2026-09-21 15:10", tz="ie", layout="alt", cte="qp",
        text="""Dear Joaquin,

Following your interviews with Mark and the Operations team, I am delighted to offer you the position of Operations Data Analyst at Dockline Logistics, based in our North Wall office.

Your offer letter is attached, setting out the salary (EUR 44,500 per annum), benefits, probation period and proposed start date of 16 November 2026. The offer is conditional on satisfactory references and the grant of an employment permit, which we will apply for on your behalf.

Please sign and return the letter by 2 October. If you have any questions, I'm happy to arrange a call.

We very much hope you'll join us.

Yours sincerely,
Sinéad Ryan
People Operations Manager
Dockline Logistics, 1 North Wall Quay, Dublin 1""",
        html=outlook_word("""Dear Joaquin,

Following your interviews with Mark and the Operations team, I am delighted to offer you the position of Operations Data Analyst at Dockline Logistics, based in our North Wall office.

Your offer letter is attached, setting out the salary (EUR 44,500 per annum), benefits, probation period and proposed start date of 16 November 2026. The offer is conditional on satisfactory references and the grant of an employment permit, which we will apply for on your behalf.

Please sign and return the letter by 2 October. If you have any questions, I'm happy to arrange a call.

We very much hope you'll join us.

Yours sincerely,
Sinéad Ryan
People Operations Manager
Dockline Logistics, 1 North Wall Quay, Dublin 1""", "en"),
        attach=[pdf("Dockline_Offer_Letter_JMF.pdf", [
            "Dockline Logistics - Offer of Employment",
            "21 September 2026",
            "Joaquin Mbatha-Ferreyra",
            "Position: Operations Data Analyst",
            "Salary: EUR 44,500 per annum",
            "Start date: 16 November 2026",
            "Signed: ____________________",
        ])],
    ),

    # ======================================================================= offers, fr
    dict(
        kind=OFF, slug="rameau_promesse_embauche", lang="fr",
        company="Librairies Rameau", contact="s.garnier@librairies-rameau.example.fr",
        frm=("Sophie Garnier", "s.garnier@librairies-rameau.example.fr"),
        subject="Promesse d'embauche - Analyste Données Clients",
        date="2026-09-10 17:25", tz="fr", charset="iso-8859-1", cte="qp",
        text="""Bonjour Joaquín,

J'ai le plaisir de vous confirmer que nous souhaitons vous accueillir au sein des Librairies Rameau en qualité d'Analyste Données Clients, en CDI, à compter du 4 janvier 2027.

Vous trouverez ci-joint la promesse d'embauche précisant la rémunération annuelle brute (41 000 euros), le statut cadre et les modalités de télétravail (deux jours par semaine). Nous prendrons en charge les démarches liées à votre titre de séjour.

Je vous remercie de nous retourner le document signé avant le 25 septembre.

Au plaisir de vous compter parmi nous,

Sophie Garnier
Responsable des Ressources Humaines
Librairies Rameau
27 rue de Rennes, 75006 Paris""",
        attach=[pdf("Promesse_embauche_Rameau.pdf", [
            "Librairies Rameau - Promesse d'embauche",
            "Paris, le 10 septembre 2026",
            "M. Joaquín Mbatha-Ferreyra",
            "Poste : Analyste Données Clients (CDI, statut cadre)",
            "Rémunération annuelle brute : 41 000 euros",
            "Date d'entrée : 4 janvier 2027",
            "Bon pour accord, signature : ____________________",
        ])],
    ),

    # ======================================================================= offers, de
    dict(
        kind=OFF, slug="tempelhof_vertrag_unterschrift", lang="de",
        company="Tempelhof Mobilfunk", contact="k.vogel@tempelhof-mobilfunk.example.de",
        frm=("Katrin Vogel", "k.vogel@tempelhof-mobilfunk.example.de"),
        subject="Ihr Arbeitsvertrag zur Unterschrift",
        date="2026-10-05 10:40", tz="de", layout="alt", cte="qp",
        text="""Sehr geehrter Herr Mbatha-Ferreyra,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Lindner die Stelle als Data Analyst Kundenbindung (m/w/d) anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Die wichtigsten Eckdaten: unbefristete Anstellung, Bruttojahresgehalt 54.000 Euro, 30 Urlaubstage, hybrides Arbeiten, Beginn am 1. Februar 2027. Bei der Beantragung der Blauen Karte unterstützen wir Sie.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 19. Oktober zurück.

Mit freundlichen Grüßen
Katrin Vogel
HR Business Partnerin
Tempelhof Mobilfunk GmbH
Columbiadamm 10, 12101 Berlin""",
        html=simple_html("""Sehr geehrter Herr Mbatha-Ferreyra,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Lindner die Stelle als Data Analyst Kundenbindung (m/w/d) anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Die wichtigsten Eckdaten: unbefristete Anstellung, Bruttojahresgehalt 54.000 Euro, 30 Urlaubstage, hybrides Arbeiten, Beginn am 1. Februar 2027. Bei der Beantragung der Blauen Karte unterstützen wir Sie.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 19. Oktober zurück.

Mit freundlichen Grüßen
Katrin Vogel
HR Business Partnerin
Tempelhof Mobilfunk GmbH
Columbiadamm 10, 12101 Berlin""", "de"),
        attach=[pdf("Arbeitsvertrag_Mbatha-Ferreyra.pdf", [
            "Tempelhof Mobilfunk - Arbeitsvertrag",
            "Zwischen der Tempelhof Mobilfunk GmbH und Herrn Joaquín Mbatha-Ferreyra",
            "Position: Data Analyst Kundenbindung (m/w/d)",
            "Beginn: 1. Februar 2027, unbefristet",
            "Bruttojahresgehalt: 54.000 Euro",
            "Unterschrift Arbeitnehmer: ____________________",
        ])],
    ),
]
