"""Corpus 219, applications received (21) and offers (10), all hand-written."""

from __future__ import annotations

from msgs219_common import (
    ME,
    ats_card,
    mso_paras,
    outlook_html,
    page,
    paras,
    reply,
)

MSGS: list[dict] = []


def add(**spec: object) -> None:
    MSGS.append(spec)


AUTO = [("Auto-Submitted", "auto-generated")]

# ================================================================== application_received
# ------------------------------------------------------------------ es (11)

_t = """Hola Carlota,

¡Gracias por presentar tu candidatura a Customer Success Manager (mercado hispanohablante) en Nubeluz!

Te confirmamos que la hemos recibido correctamente. Nuestro equipo de Talento revisa cada solicitud con atención y, si tu perfil encaja, alguien del equipo se pondrá en contacto contigo en las próximas semanas.

Mientras tanto, puedes conocer mejor cómo trabajamos en https://nubeluz.example.es/equipo

Un saludo,
El equipo de Talento de Nubeluz"""
add(kind="application_received", slug="nubeluz_gh_recibida", lang="es",
    company="Nubeluz", contact="",
    frm=("Nubeluz", "no-reply@greenhouse-mail.io"),
    subject="¡Gracias por tu candidatura a Nubeluz!", subj_enc=("utf-8", "b"),
    date="2026-01-12 21:04:17 +0000", headers=AUTO,
    text=_t, html=ats_card("Nubeluz", "#5b3df5", paras(_t), "Sent via Greenhouse"),
    cte="quoted-printable")

_t = """Estimada Carlota Weiss-Mbeki:

Hemos recibido su solicitud para el puesto Customer Success Agent (JR-0316) en Telmare Comunicaciones.

Puede consultar el estado de su solicitud en cualquier momento desde la sección "Mis solicitudes" del portal de candidatos:
https://telmare.wd3.myworkdayjobs.com/es-ES/Telmare_Careers/userHome

Gracias por su interés en formar parte de Telmare.

Este es un mensaje automático; no responda a este correo."""
add(kind="application_received", slug="telmare_workday_recibida", lang="es",
    company="Telmare Comunicaciones", contact="",
    frm=("Telmare Comunicaciones", "telmare@myworkday.com"),
    subject="Solicitud recibida: Customer Success Agent (JR-0316)",
    date="2026-02-02 08:12:44 +0000", headers=AUTO, text=_t, cte="8bit")

_t = """Estimada candidata:

Le confirmamos la recepción de su candidatura para la posición Gestora de Clientes Digitales (ref. BCN-2026-114) de Banco Cantábrico del Norte.

El proceso de selección consta de varias fases. Si su perfil resulta preseleccionado, nos pondremos en contacto con usted a través de este mismo medio.

Gracias por confiar en nosotros.

Dirección de Personas
Banco Cantábrico del Norte"""
add(kind="application_received", slug="bancocantabrico_sf_recibida", lang="es",
    company="Banco Cantábrico del Norte", contact="",
    frm=("Banco Cantábrico del Norte", "noreply@successfactors.eu"),
    subject="Confirmación de candidatura BCN-2026-114",
    date="2026-02-16 10:30:02 +0100", headers=AUTO,
    text=_t, html=ats_card("Banco Cantábrico del Norte", "#0b4f6c", paras(_t),
                           "SAP SuccessFactors"),
    charset="iso-8859-1", cte="quoted-printable")

_t = """Hola Carlota,

Gracias por tu interés en Contacta Global BPO. Tu solicitud para Customer Support Specialist - English Desk (Barcelona) ha llegado correctamente.

Recibimos un gran volumen de candidaturas y, lamentablemente, no podemos responder de forma individual a cada persona. Si tu perfil encaja con lo que buscamos, nuestro equipo de selección te contactará en un plazo de 15 días laborables.

¡Mucha suerte!
Equipo de Talento de Contacta Global BPO"""
add(kind="application_received", slug="contactaglobal_sr_recibida", lang="es",
    company="Contacta Global BPO", contact="",
    frm=("Contacta Global BPO", "noreply@smartrecruiters.com"),
    subject="Hemos recibido tu solicitud - Customer Support Specialist",
    date="2026-06-01 07:58:20 +0000", headers=AUTO,
    html=ats_card("Contacta Global BPO", "#0f9d8a", paras(_t), "SmartRecruiters · Privacidad"),
    cte="quoted-printable")

_t = """Hola Carlota:

Ya estás dada de alta en la bolsa de empleo de Laborvía. Hemos guardado tu CV y las preferencias que nos indicaste en la entrevista de registro: atención al cliente y soporte, español e inglés, Madrid capital o teletrabajo, jornada completa.

A partir de ahora te avisaremos por correo o por teléfono cuando tengamos una oferta que encaje contigo. Recuerda actualizar tu disponibilidad en el área privada si cambia algo.

Un saludo,
Raquel Domínguez
Consultora de Selección · Laborvía ETT · Delegación Madrid Centro"""
add(kind="application_received", slug="laborvia_alta_bolsa", lang="es",
    company="Laborvía", contact="raquel.dominguez@laborvia.example.es",
    frm=("Laborvía ETT", "no-reply@laborvia.example.es"),
    reply_to=("Raquel Domínguez", "raquel.dominguez@laborvia.example.es"),
    subject="Bienvenida a Laborvía: registro completado",
    date="2026-02-20 12:31:09 +0100",
    text=_t, html=page(paras(_t)), cte="base64")

_t = """Hola CARLOTA,

Te confirmamos el registro en Eurolaboral ETT con el número de candidato 2026-118734.

- Oficina asignada: Madrid Norte
- Áreas de interés: Atención al cliente, Call center, Administración
- Idiomas: Español (nativo), Inglés (C1)

Tu CV ya está visible para nuestros consultores. No es necesario que respondas a este mensaje.

Eurolaboral ETT
www.eurolaboral.example.es"""
add(kind="application_received", slug="eurolaboral_alta", lang="es",
    company="Eurolaboral", contact="",
    frm=("Eurolaboral ETT", "notificaciones@eurolaboral.example.es"),
    subject="Registro completado - candidato 2026-118734",
    date="2026-06-15 09:02:00 +0200", headers=AUTO, text=_t, charset="windows-1252",
    cte="quoted-printable")

_t = """Hola, Carlota:

Gracias por presentar tu solicitud a Especialista de Éxito del Cliente - Banca Digital (requisición 4471).

Hemos recibido tu currículum y tus respuestas al cuestionario. Puedes revisar tu solicitud o retirarla en el portal de empleo.

Atentamente,
Equipo de Talento
Caja Levante Digital"""
add(kind="application_received", slug="cajalevante_icims_recibida", lang="es",
    company="Caja Levante Digital", contact="",
    frm=("Caja Levante Digital", "cajalevante-talento@icims.com"),
    subject="Gracias por tu solicitud - Requisición 4471",
    date="2026-03-30 11:40:38 -0400", headers=AUTO,
    text=_t, html=ats_card("Caja Levante Digital", "#c8102e", paras(_t), "iCIMS Talent Platform"),
    cte="base64")

_old = """Buenos días:

Adjunto mi currículum para el puesto de Gestor/a de Atención al Mutualista publicado en su web. Llevo seis años en atención telefónica (Valparaíso y Madrid) y me interesa mucho el sector asegurador.

Quedo a su disposición.
Carlota Weiss-Mbeki"""
_t = reply("""Buenos días, Sra. Weiss-Mbeki:

Le confirmo que hemos recibido su CV para el puesto de Gestor/a de Atención al Mutualista. Lo incorporamos al proceso y el área lo revisará en los próximos días.

Reciba un saludo,

Elena Sanz Ortega
Responsable de Selección · Mutua Boreal de Seguros""",
           "es", "lun, 13 abr 2026 a las 8:12", "Carlota Weiss-Mbeki", ME[1], _old)
add(kind="application_received", slug="mutuaboreal_cv_recibido", lang="es",
    company="Mutua Boreal de Seguros", contact="elena.sanz@mutuaboreal.example.es",
    frm=("Elena Sanz Ortega", "elena.sanz@mutuaboreal.example.es"),
    subject="RE: Candidatura Gestor/a de Atención al Mutualista",
    date="2026-04-13 12:05:19 +0200", refs=["own_mutuaboreal_cv"],
    text=_t, charset="windows-1252", cte="quoted-printable")

_h = """<p>¡Hola Carlota!</p>
<p>Tu candidatura para <strong>Customer Care Lead – Tiendas Online</strong> ya está en nuestras manos. Gracias por querer sumarte a Pulso Retail.</p>
<p>Vamos a leer tu CV con calma. Te escribiremos en cuanto tengamos novedades, sean cuales sean.</p>
<p>Mientras tanto, ¿te apetece conocer al equipo? Échale un vistazo a <a href="https://pulso.example.es/empleo/equipo">nuestra página de empleo</a>.</p>
<p>El equipo de Pulso Retail</p>"""
add(kind="application_received", slug="pulso_teamtailor_recibida", lang="es",
    company="Pulso Retail", contact="",
    frm=("Pulso Retail", "no-reply@teamtailor-mail.com"),
    subject="¡Hemos recibido tu candidatura!", subj_enc=("iso-8859-1", "b"),
    date="2026-03-02 16:22:31 +0000", headers=AUTO,
    html=ats_card("Pulso Retail", "#e4572e", _h, "Enviado con Teamtailor"), cte="base64")

_t = """Hola Carlota,

¡Gracias por postularte como Agente de Soporte a Clientes B2B en Logística Faro!

Hemos recibido tu solicitud. Este es un correo automático: no hace falta que lo contestes.

Próximos pasos: revisaremos todas las candidaturas hasta el 22 de mayo y te contaremos cómo ha ido, tanto si seguimos adelante como si no.

Equipo de Personas · Logística Faro"""
add(kind="application_received", slug="faro_recruitee_recibida", lang="es",
    company="Logística Faro", contact="",
    frm=("Logística Faro", "no-reply@jobs.recruitee.com"),
    subject="Hemos recibido tu solicitud - Logística Faro",
    date="2026-05-11 06:13:27 +0000", headers=AUTO, text=_t)

_t = """Kaixo Carlota!

¡Gracias! Hemos recibido tu solicitud para Customer Success Specialist en Ikastek.

Mikel Arrieta, de People & Culture, revisará tu perfil y te escribirá personalmente con los siguientes pasos.

Ikastek · Parque Tecnológico de Bizkaia"""
add(kind="application_received", slug="ikastek_bamboo_recibida", lang="es",
    company="Ikastek", contact="",
    frm=("Ikastek Hiring", "no-reply@bamboohr.com"),
    subject="Solicitud recibida: Customer Success Specialist",
    date="2026-01-27 09:00:41 +0000", refs=["own_ikastek_candidatura"], headers=AUTO,
    text=_t, html=ats_card("Ikastek", "#3a7d44", paras(_t), "BambooHR"), cte="quoted-printable")

# ------------------------------------------------------------------ en (5)

_t = """Hi Carlota,

Thanks for applying to the Customer Success Manager (Spain) role at Marés Digital. We've got your application and our team will review it soon.

If there's a fit, we'll reach out to talk about next steps.

Cheers,
Marés Digital Talent Team"""
add(kind="application_received", slug="mares_lever_received", lang="en",
    company="Marés Digital", contact="",
    frm=("Marés Digital", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Marés Digital", date="2026-03-09 14:47:06 +0000",
    headers=AUTO,
    text=_t, html=ats_card("Marés Digital", "#0077b6", paras(_t), "Powered by Lever", lang="en"))

_t = """Hi Carlota,

Thank you for your interest in Cloverdesk! We've received your application for Customer Success Specialist (Spanish).

Our team reviews every application. You can expect to hear from us within the next two weeks.

The Cloverdesk Team"""
add(kind="application_received", slug="cloverdesk_ashby_received", lang="en",
    company="Cloverdesk", contact="",
    frm=("Cloverdesk Hiring", "no-reply@ashbyhq.com"),
    subject="Application received: Customer Success Specialist (Spanish)",
    date="2026-04-06 19:30:55 +0000", headers=AUTO, text=_t)

_t = """Dear Carlota,

Thank you for applying for the Customer Success Associate (Spanish speaker) position at Brightloop. This email confirms that we have received your application.

We receive a very high number of applications. Unfortunately, we cannot reply to every applicant individually, but rest assured that every application is reviewed by a member of our team. If your experience is a match, we'll be in touch to arrange a first conversation.

Thanks again for considering Brightloop.

Brightloop Talent Team"""
add(kind="application_received", slug="brightloop_gh_received", lang="en",
    company="Brightloop", contact="",
    frm=("Brightloop Recruiting", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Brightloop", date="2026-04-28 10:17:48 +0000",
    headers=AUTO,
    text=_t, html=ats_card("Brightloop", "#2f80ed", paras(_t), "Sent via Greenhouse", lang="en"),
    cte="quoted-printable")

_h = """<p>Hi Carlota,</p>
<p>Thanks for applying for <b>Remote Customer Support Specialist (EMEA)</b> at Halcyon CX. Your application has been submitted successfully.</p>
<p>As a next step, you may be asked to record short answers to a few questions. Keep an eye on your inbox.</p>
<p>Halcyon CX Hiring Team</p>"""
add(kind="application_received", slug="halcyon_workable_received", lang="en",
    company="Halcyon CX", contact="",
    frm=("Halcyon CX", "noreply@workablemail.com"),
    subject="Halcyon CX: we've received your application",
    date="2026-07-06 12:01:09 +0000", headers=AUTO,
    html=ats_card("Halcyon CX", "#6b4fbb", _h, "Sent by Workable", lang="en"))

_t = """Hi Carlota,

Great to speak with you earlier. Just confirming you're now registered with Greenway Recruitment, and I've added your CV to our Contact Centre & CX desk.

From what you told me I'll focus on: bilingual (Spanish/English) customer success and customer care roles, Dublin city or hybrid, permanent, from EUR 36k.

I'll be in touch as soon as I have something relevant. Feel free to ring me any time.

Cheers,
Ciarán

Ciarán Doyle | Senior Consultant, Contact Centre & CX
Greenway Recruitment
14 Merrion Square, Dublin 2, D02 XK65 | +353 1 662 4410

Greenway Recruitment Ltd is registered in Ireland (No. 512778). We process candidate data in line with our privacy notice."""
add(kind="application_received", slug="greenway_registration", lang="en",
    company="Greenway Recruitment", contact="ciaran.doyle@greenwayrecruit.example.ie",
    frm=("Ciarán Doyle", "ciaran.doyle@greenwayrecruit.example.ie"),
    subject="Welcome to Greenway Recruitment", date="2026-06-03 17:05:27 +0100",
    text=_t, html=outlook_html(mso_paras(_t), lang="EN-IE"), cte="quoted-printable")

# ------------------------------------------------------------------ fr (2)

_t = """Bonjour Carlota,

Merci pour ta candidature au poste de Customer Success Manager chez Relatio ! Nous l'avons bien reçue.

Notre équipe va l'étudier avec attention dans les prochains jours. Nous reviendrons vers toi quelle que soit notre décision.

À bientôt,
L'équipe Relatio"""
add(kind="application_received", slug="relatio_tt_recue", lang="fr",
    company="Relatio", contact="",
    frm=("Relatio", "no-reply@teamtailor-mail.com"),
    subject="Nous avons bien reçu ta candidature", subj_enc=("utf-8", "q"),
    date="2026-05-04 08:44:12 +0000", headers=AUTO,
    text=_t, html=ats_card("Relatio", "#ff5a5f", paras(_t), "Envoyé avec Teamtailor", lang="fr"),
    cte="quoted-printable")

_t = """Madame,

Nous accusons réception de votre candidature au poste de Conseillère Relation Client bilingue (réf. 26-0412) et vous en remercions.

Votre dossier va être examiné avec la plus grande attention par nos équipes. En raison du nombre important de candidatures, seules les personnes dont le profil sera retenu pour un entretien seront contactées individuellement.

La Direction des Ressources Humaines
Assurances Bellerive

Merci de ne pas répondre à ce message automatique."""
add(kind="application_received", slug="bellerive_taleo_recue", lang="fr",
    company="Assurances Bellerive", contact="",
    frm=("Assurances Bellerive - Recrutement", "bellerive@taleo.net"),
    subject="Accusé de réception - réf. 26-0412", subj_enc=("iso-8859-1", "q"),
    date="2026-06-08 14:20:59 +0200", headers=AUTO,
    text=_t, charset="iso-8859-1", cte="quoted-printable")

# ------------------------------------------------------------------ de (3)

_t = """Liebe Frau Weiss-Mbeki,

vielen Dank für Ihre Bewerbung als Customer Success Managerin (Spanisch/Englisch) bei Kundenwerk!

Wir haben Ihre Unterlagen erhalten und werden sie in den nächsten Tagen sorgfältig prüfen. Sie hören so bald wie möglich von uns.

Viele Grüße
Ihr People-Team von Kundenwerk"""
add(kind="application_received", slug="kundenwerk_personio_eingang", lang="de",
    company="Kundenwerk", contact="",
    frm=("Kundenwerk", "noreply@personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-04-20 11:15:03 +0200",
    headers=AUTO,
    text=_t, html=ats_card("Kundenwerk", "#f25c05", paras(_t), "Personio", lang="de"),
    cte="quoted-printable")

_t = """Sehr geehrte Frau Weiss-Mbeki,

hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position Customer Success Managerin (m/w/d).

Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Datenhafen"""
add(kind="application_received", slug="datenhafen_softgarden_eingang", lang="de",
    company="Datenhafen", contact="",
    frm=("Datenhafen Recruiting", "noreply@softgarden.io"),
    subject="Ihre Bewerbung ist bei uns eingegangen", date="2026-07-06 16:48:26 +0200",
    headers=AUTO, text=_t, charset="iso-8859-1", cte="quoted-printable")

_t = """Sehr geehrte Frau Weiss-Mbeki,

vielen Dank für Ihre Bewerbung als Kundenbetreuerin Geschäftskunden, die wir vollständig erhalten haben. Aufgrund der hohen Zahl an Zuschriften können wir leider nicht jeder Person einzeln antworten; passt Ihr Profil, melden wir uns innerhalb von drei Wochen bei Ihnen.

Freundliche Grüße
Ihr Spreeton Telekom Recruiting"""
add(kind="application_received", slug="spreeton_eingang", lang="de",
    company="Spreeton Telekom", contact="",
    frm=("Spreeton Telekom Recruiting", "noreply-karriere@spreeton.example.de"),
    subject="Ihre Bewerbung: Kundenbetreuerin Geschäftskunden", subj_enc=("utf-8", "b"),
    date="2026-08-03 09:12:00 +0200", headers=AUTO,
    text=_t, html=page(paras(_t), lang="de"), cte="base64")

# ================================================================== offer
# ------------------------------------------------------------------ es (5)

_t = """Hola Carlota:

¡Enhorabuena! Después de las conversaciones con Pablo y con el equipo, nos encantaría que te unieras a Nubeluz como Customer Success Manager para el mercado hispanohablante.

Te adjunto la carta de oferta con todos los detalles. En resumen:
- Salario fijo: 34.000 € brutos anuales, más un variable de hasta el 10 % ligado a la retención de tu cartera
- Contrato indefinido, jornada completa, modelo híbrido (dos días en la oficina de Almagro)
- Incorporación propuesta: lunes 2 de marzo de 2026

Para aceptarla, solo tienes que firmar la carta y devolvérmela antes del 16 de febrero. Si quieres comentar cualquier punto, llámame cuando quieras.

¡Ojalá nos veamos pronto por la oficina!

Lucía Ferrer
Talent Acquisition Partner · Nubeluz
C/ de Almagro 14, 28010 Madrid · +34 910 05 33 71"""
add(kind="offer", slug="nubeluz_oferta_pdf", lang="es",
    company="Nubeluz", contact="lucia.ferrer@nubeluz.example.es",
    frm=("Lucía Ferrer", "lucia.ferrer@nubeluz.example.es"),
    subject="Carta de oferta - Customer Success Manager", date="2026-02-09 13:02:45 +0100",
    refs=["nubeluz_gh_invite", "nubeluz_nueva_hora", "own_nubeluz_gracias"],
    text=_t, html=page(paras(_t)), cte="quoted-printable",
    pdfs=[("Carta_oferta_Nubeluz_CWeissMbeki.pdf",
           ["Nubeluz - Carta de oferta", "Madrid, 9 de febrero de 2026",
            "Candidata: Carlota Weiss-Mbeki", "Puesto: Customer Success Manager",
            "Salario bruto anual: 34.000 EUR + variable hasta 10%",
            "Fecha de incorporación: 2 de marzo de 2026", "Firma de la candidata: ____________"])])

_t = """Carlota, ¡qué alegría escribirte esto!

Pagora me acaba de llamar: después del panel del martes quieren hacerte una oferta para la posición de Customer Success Lead. Me adelantan las cifras para que las tengas antes de hablar con ellos:

· 42.000 € fijos + 6.000 € de variable anual
· Teletrabajo tres días por semana
· Incorporación en septiembre, fecha a convenir

Beatriz Ortega te enviará la oferta formal mañana. Si te parece, hablamos esta tarde por teléfono y repasamos juntos cómo negociar el variable.

Un abrazo,
Álvaro Sala
Socio director · Hunter & Sala Executive Search
+34 913 197 640"""
add(kind="offer", slug="huntersala_pagora_oferta", lang="es",
    company="Pagora", contact="alvaro.sala@huntersala.example.es",
    frm=("Álvaro Sala", "alvaro.sala@huntersala.example.es"),
    subject="Pagora quiere hacerte una oferta", date="2026-08-06 13:44:10 +0200",
    refs=["huntersala_cliente_confidencial", "pagora_panel", "pagora_panel_cancelado"],
    text=_t, charset="windows-1252", cte="quoted-printable")

_t = """Hola Carlota!

Como te conté por teléfono hace un rato, estamos felices y queremos que seas parte de Quipu. Te lo dejo por escrito para que lo converses con calma:

- Rol: Customer Success Manager, mercado España (remoto desde Madrid)
- Contrato a través de nuestro partner de empleo en España (EOR), indefinido
- Sueldo: 36.000 € brutos al año, pagados en 12 mensualidades
- Inicio: 1 de septiembre

La propuesta formal te la manda el partner el lunes. Cualquier duda me escribes o me llamas, aunque sea tarde.

Un abrazo grande,
Matías"""
add(kind="offer", slug="quipu_oferta_verbal", lang="es",
    company="Quipu Fintech", contact="matias.rojas@quipu.example.cl",
    frm=("Matías Rojas", "matias.rojas@quipu.example.cl"),
    subject="Lo que conversamos hoy :)", date="2026-07-30 19:55:31 -0400",
    refs=["quipu_jueves", "quipu_cambio_hora"], text=_t, cte="8bit")

_t = """Hola Carlota:

Tal como acordamos ayer por teléfono, te envío el contrato de trabajo para el puesto de Especialista en Experiencia de Cliente. Puedes firmarlo electrónicamente en este enlace, válido durante 7 días:
https://firma.example.es/sobre/7f3a-22c1-sendero

También te lo adjunto en PDF para que lo revises antes de firmar. En cuanto lo firmes, Administración de Personal te pedirá el número de la Seguridad Social y la cuenta bancaria para el alta.

Bienvenida a Sendero Seguros.

Laura Méndez
Técnica de Personas · Sendero Seguros
Av. de Europa 24, 28108 Alcobendas · 91 490 16 55"""
add(kind="offer", slug="sendero_contrato_firma", lang="es",
    company="Sendero Seguros", contact="laura.mendez@senderoseguros.example.es",
    frm=("Laura Méndez", "laura.mendez@senderoseguros.example.es"),
    subject="Contrato para firma - Especialista en Experiencia de Cliente",
    date="2026-09-22 10:10:10 +0200",
    text=_t, html=outlook_html(mso_paras(_t)), cte="base64",
    pdfs=[("Contrato_Sendero_Seguros_CWM.pdf",
           ["CONTRATO DE TRABAJO INDEFINIDO", "Empresa: Sendero Seguros",
            "Trabajadora: Carlota Weiss-Mbeki", "Puesto: Especialista en Experiencia de Cliente",
            "Inicio: 1 de octubre de 2026", "Periodo de prueba: 6 meses"])])

_t = """Hola Carlota:

¡Tenemos respuesta! La empresa cliente para la que hiciste la entrevista el jueves en Getafe quiere ofrecerte el puesto de Agente de Soporte Postventa.

Condiciones: contrato de puesta a disposición de tres meses con posibilidad de pasar a plantilla, 1.450 € brutos mensuales en 14 pagas, turno de mañana de lunes a viernes. Empezarías el lunes 3 de agosto.

¿Lo aceptas? Necesito tu respuesta antes del miércoles para preparar el contrato.

Javier Ruiz
Consultor · Temporalia ETT · Oficina Getafe
Tel. 91 695 37 20"""
add(kind="offer", slug="temporalia_cliente_oferta", lang="es",
    company="Temporalia", contact="javier.ruiz@temporalia.example.es",
    frm=("Javier Ruiz", "javier.ruiz@temporalia.example.es"),
    subject="Propuesta de contratación", date="2026-07-24 17:30:45 +0200",
    text=_t, html=page(paras(_t)), cte="quoted-printable")

# ------------------------------------------------------------------ en (3)

_t = """Hi Carlota,

It was lovely to speak earlier and to share the good news in person: we'd love you to join Cloverdesk as a Customer Success Specialist (Spanish).

To recap what we discussed on the phone:
- Base salary EUR 41,000 per year, plus our annual bonus scheme (up to 8%)
- Hybrid: two days a week in our Barrow Street office
- Start date: Monday 1 June, or later if you need more time to relocate

The formal contract will follow from our People Ops team within the next couple of days. In the meantime, if you have any questions at all, just reply here.

Welcome aboard (hopefully)!
Niamh

Niamh Byrne
Recruiter, Cloverdesk"""
add(kind="offer", slug="cloverdesk_verbal_offer", lang="en",
    company="Cloverdesk", contact="niamh.byrne@cloverdesk.example.ie",
    frm=("Niamh Byrne", "niamh.byrne@cloverdesk.example.ie"),
    subject="Following up on our call - Cloverdesk", date="2026-05-08 16:20:02 +0100",
    refs=["cloverdesk_zoom_waited"], text=_t)

_t = """Dear Carlota,

Further to our conversations, I am delighted to offer you the position of Customer Success Advocate (EMEA) at Kestrel Support Systems.

Your offer letter, setting out salary, benefits and the start date of 5 October 2026, is attached. Please sign and return it by 21 September. This offer is subject to satisfactory references and proof of your right to work.

We are excited about what you will bring to the team.

Yours sincerely,
Owen Fitzgerald
Talent Acquisition | Kestrel Support Systems
Block C, Eastpoint Business Park, Dublin 3

This message and any attachment are confidential and intended solely for the addressee."""
add(kind="offer", slug="kestrel_offer_letter", lang="en",
    company="Kestrel Support Systems", contact="owen.fitzgerald@kestrelsupport.example.ie",
    frm=("Owen Fitzgerald", "owen.fitzgerald@kestrelsupport.example.ie"),
    subject="Offer of employment - Customer Success Advocate (EMEA)",
    date="2026-09-14 11:30:00 +0100", refs=["kestrel_phone_screen", "kestrel_push_friday"],
    text=_t, html=page(paras(_t), lang="en"),
    pdfs=[("Kestrel_Offer_Letter_Weiss-Mbeki.pdf",
           ["Kestrel Support Systems - Offer of Employment",
            "Name: Carlota Weiss-Mbeki", "Role: Customer Success Advocate (EMEA)",
            "Salary: EUR 44,500 per annum", "Start date: 5 October 2026",
            "Signed: ____________  Date: ________"])])

_t = """Hi Carlota,

I've got great news: Tidewater Telecom want to make you an offer for the Spanish-speaking Customer Success Executive role you interviewed for on Monday!

They're proposing EUR 39,000 base plus 10% bonus, hybrid three days in the office at Spencer Dock, starting in early November. I think there's a bit of room on the base, so don't say yes to anything until we've had a chat.

Are you around for a call at 5?

Ciarán

Ciarán Doyle | Senior Consultant, Contact Centre & CX
Greenway Recruitment | +353 1 662 4410"""
add(kind="offer", slug="greenway_tidewater_offer", lang="en",
    company="Tidewater Telecom", contact="ciaran.doyle@greenwayrecruit.example.ie",
    frm=("Ciarán Doyle", "ciaran.doyle@greenwayrecruit.example.ie"), frm_enc=("utf-8", "q"),
    subject="Tidewater Telecom - offer!", date="2026-09-30 13:05:17 +0100",
    text=_t, cte="quoted-printable")

# ------------------------------------------------------------------ fr (1)

_t = """Bonjour Carlota,

Suite à nos échanges et à ta rencontre avec l'équipe mardi, j'ai le plaisir de te proposer de rejoindre Hexaplace en tant que Customer Success Manager marché hispanophone.

Tu trouveras en pièce jointe la promesse d'embauche : CDI, rémunération annuelle brute de 46 000 euros, télétravail possible depuis Madrid avec un déplacement mensuel à Paris, prise de poste le 2 novembre 2026.

Merci de me la retourner signée avant le 9 octobre. Je reste disponible pour en parler quand tu veux.

Julien Mercier
VP Customer · Hexaplace
11 rue du Sentier, 75002 Paris"""
add(kind="offer", slug="hexaplace_promesse", lang="fr",
    company="Hexaplace", contact="julien.mercier@hexaplace.example.fr",
    frm=("Julien Mercier", "julien.mercier@hexaplace.example.fr"),
    subject="Promesse d'embauche - Hexaplace", date="2026-09-28 18:12:36 +0200",
    refs=["hexaplace_dispo_jeudi", "hexaplace_annulation"],
    text=_t, charset="iso-8859-1", cte="quoted-printable",
    pdfs=[("Promesse_embauche_Hexaplace.pdf",
           ["Hexaplace - Promesse d'embauche", "Paris, le 28 septembre 2026",
            "Madame Carlota Weiss-Mbeki", "Poste : Customer Success Manager (CDI)",
            "Rémunération annuelle brute : 46 000 euros", "Prise de poste : 2 novembre 2026"])])

# ------------------------------------------------------------------ de (1)

_t = """Liebe Frau Weiss-Mbeki,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Felix und dem Team die Stelle als Customer Success Managerin (Spanisch/Englisch) anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag zur Unterschrift. Die wichtigsten Eckdaten:
- Bruttojahresgehalt: 48.000 Euro
- Unbefristet, 40 Stunden, hybrides Arbeiten (Berlin)
- Eintritt: 1. Juli 2026
- 30 Urlaubstage

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 29. Mai zurück. Bei Fragen rufen Sie mich gern an.

Herzliche Grüße
Jana Albrecht
People & Culture · Kundenwerk
Schlesische Straße 28, 10997 Berlin · +49 30 609 838 40"""
add(kind="offer", slug="kundenwerk_vertrag", lang="de",
    company="Kundenwerk", contact="jana.albrecht@kundenwerk.example.de",
    frm=("Jana Albrecht", "jana.albrecht@kundenwerk.example.de"),
    subject="Ihr Arbeitsvertrag bei Kundenwerk", date="2026-05-20 15:02:09 +0200",
    refs=["kundenwerk_einladung", "kundenwerk_verschiebung"],
    text=_t, html=page(paras(_t), lang="de"), cte="quoted-printable",
    pdfs=[("Arbeitsvertrag_Kundenwerk_Weiss-Mbeki.pdf",
           ["Arbeitsvertrag", "zwischen Kundenwerk und Frau Carlota Weiss-Mbeki",
            "Position: Customer Success Managerin (Spanisch/Englisch)",
            "Bruttojahresgehalt: 48.000 Euro", "Beginn: 1. Juli 2026",
            "Unterschrift Arbeitnehmerin: ____________"])])
