"""Corpus 147: application acknowledgements, agency registrations and offers."""

from __future__ import annotations

from msgs147_common import (
    AUTO,
    CAND_ADDR,
    CAND_NAME,
    L1B,
    L1Q,
    U8B,
    U8Q,
    W1Q,
    ats_card,
    outlook,
    paras,
    reply,
    simple_html,
)
from msgs147_other import NUBEFLOW_THANKS

MESSAGES: list[dict] = [
    # ================================================================ application_received, es
    dict(
        kind="application_received", scen="nubeflow_ashby", lang="es", id="nub_ack",
        company="Nubeflow", frm=("Nubeflow", "no-reply@ashbyhq.com"),
        subject="Recibimos tu postulación – Customer Success Specialist",
        date="2026-01-20 19:03 +0000", headers=AUTO,
        text="""Hola Valeria,

¡Gracias por postularte a Customer Success Specialist en Nubeflow!

Tu postulación llegó bien y ya está en manos de nuestro equipo de Talent. Revisamos cada hoja de vida con calma, así que puede tomarnos un par de semanas darte noticias. Si tu perfil encaja con lo que buscamos, te escribiremos para coordinar los siguientes pasos.

Mientras tanto, puedes conocer más sobre cómo trabajamos en nubeflow.example.co/cultura.

Equipo de Talent
Nubeflow
""",
        html=ats_card("Nubeflow", paras("""Hola Valeria,

¡Gracias por postularte a Customer Success Specialist en Nubeflow!

Tu postulación llegó bien y ya está en manos de nuestro equipo de Talent. Revisamos cada hoja de vida con calma, así que puede tomarnos un par de semanas darte noticias. Si tu perfil encaja con lo que buscamos, te escribiremos para coordinar los siguientes pasos.

Equipo de Talent
Nubeflow"""), color="#6d28d9", footer="Powered by Ashby"),
    ),
    dict(
        kind="application_received", scen="cobalto_smartrecruiters", lang="es", id="cob_ack",
        company="Cobalto Pagos", frm=("Cobalto Pagos", "no-reply@smartrecruiters.com"),
        subject="Hemos recibido tu candidatura: Responsable de Customer Success",
        date="2026-07-01 09:12 +0000", headers=AUTO, html_cte="base64",
        html=ats_card("Cobalto Pagos · Empleo", paras("""Hola, Valeria:

Gracias por tu interés en Cobalto Pagos. Confirmamos que hemos recibido tu candidatura para el puesto de Responsable de Customer Success (Madrid).

Nuestro equipo de Talento revisará tu perfil en los próximos días. Si encaja con lo que buscamos, nos pondremos en contacto contigo para contarte los siguientes pasos.

Puedes consultar el estado de tu candidatura en cualquier momento desde tu área personal.

Un saludo,
Equipo de Talento de Cobalto Pagos"""), color="#0e7490",
            button=("Ver mi candidatura", "https://jobs.smartrecruiters.com/cobaltopagos/me"),
            footer="Cobalto Pagos, S.L. · Paseo de la Castellana 95, Madrid · "
                   "Powered by SmartRecruiters"),
    ),
    dict(
        kind="application_received", scen="telecom_cumbre_workday_sin_respuesta_individual",
        lang="es", id="cum_ack", company="Telecom Cumbre",
        frm=("Telecom Cumbre", "telecomcumbre@myworkday.com"),
        subject="Confirmación de tu postulación – Líder de Experiencia del Cliente",
        date="2026-01-12 13:30 +0000", headers=AUTO, name_enc=None,
        html=ats_card("Telecom Cumbre · Trabaja con nosotros", paras("""Hola Valeria Cárdenas-Holt:

Recibimos tu postulación para la vacante Líder de Experiencia del Cliente (REQ-08812), Bogotá.

Por el alto número de postulaciones que recibimos, lamentablemente no podemos responder de manera individual a cada postulante. Si tu perfil avanza en el proceso, una persona de nuestro equipo de Gestión del Talento se comunicará contigo por correo o por teléfono.

Puedes hacer seguimiento al estado de tu postulación en el portal de candidatos.

Gracias por querer hacer parte de Telecom Cumbre."""), color="#0369a1",
            button=("Ir al portal de candidatos", "https://telecomcumbre.wd5.myworkdayjobs.com/es/"),
            footer="Este correo fue enviado automáticamente. Por favor no respondas a este mensaje."),
    ),
    dict(
        kind="application_received", scen="temporales_ya_registro_activo", lang="es",
        id="tya_reg", company="Temporales Ya", contact="",
        frm=("Temporales Ya", "registro@temporalesya.example.co"),
        subject="Tu registro en Temporales Ya quedó activo", date="2026-01-08 10:00 -0500",
        headers=AUTO,
        text="""Hola Valeria,

¡Bienvenida a Temporales Ya! Tu registro como candidata quedó activo.

Código de candidata: TY-55821
Perfil registrado: Supervisión de contact center / Servicio al cliente bilingüe
Sede asignada: Bogotá – Calle 93

Con tu hoja de vida en nuestra base, nuestras analistas de selección te tendrán en cuenta para las vacantes temporales y de nómina directa de nuestras empresas cliente. Cuando haya una vacante que se ajuste a tu perfil, te contactaremos por teléfono o WhatsApp.

Recuerda mantener tus datos actualizados en https://temporalesya.example.co/candidatos.

Temporales Ya
Este mensaje se generó automáticamente.
""",
    ),
    dict(
        kind="application_received", scen="empleo_agil_alta_bolsa", lang="es", id="eag_reg",
        company="Empleo Ágil",
        frm=("Nerea Campos", "nerea.campos@empleoagil.example.es"),
        subject="Alta en Empleo Ágil: hemos recibido tu CV", date="2026-03-02 12:40 +0100",
        subj_enc=L1B, name_enc=None,
        text="""Hola Valeria:

Te confirmo que hemos recibido tu CV y te hemos dado de alta en nuestra bolsa de candidatos de Madrid, dentro del área de Atención al Cliente y Contact Center.

Ahora mismo trabajamos con varias empresas de telecomunicaciones y banca que buscan perfiles de coordinación con inglés. En cuanto encaje alguna posición, te llamo para contártela antes de presentar tu candidatura; nunca enviamos un CV sin tu permiso.

Si cambian tus datos o tu disponibilidad para incorporarte en España, avísame.

Un saludo,
Nerea Campos
Consultora de Selección · Empleo Ágil ETT
C/ Alcalá 253, 28027 Madrid · 91 555 01 47
""",
    ),
    dict(
        kind="application_received", scen="puentes_recibimos_hoja_de_vida", lang="es",
        id="pue_ack", refs=["pue_app"], company="Fundación Puentes de Paz",
        frm=("Convocatorias Fundación Puentes de Paz", "convocatorias@puentesdepaz.example.org"),
        subject="Re: Postulación: Coordinadora de Atención a Comunidades",
        date="2026-01-16 08:30 -0500", cte="base64",
        text="""Buenos días, Valeria:

Acusamos recibo de su hoja de vida para la convocatoria de Coordinadora de Atención a Comunidades. La convocatoria cierra el 23 de enero; después de esa fecha, el comité revisará todas las postulaciones y contactará a las personas preseleccionadas.

Gracias por su interés en acompañar el trabajo de la Fundación.

Atentamente,
Equipo de Talento Humano
Fundación Puentes de Paz

""" + reply("es", "2026-01-15 21:30", CAND_NAME, CAND_ADDR, """Buenas noches,

Adjunto mi hoja de vida para la convocatoria de Coordinadora de Atención a Comunidades publicada el 8 de enero.

Cordialmente,
Valeria Cárdenas-Holt"""),
    ),
    dict(
        kind="application_received", scen="quetzal_taleo_confirmacion", lang="es", id="que_ack",
        company="Quetzal Air", frm=("Quetzal Air", "quetzalair@taleo.net"),
        subject="Confirmación de postulación – Supervisora de Experiencia al Cliente (MEX-0419)",
        date="2026-05-04 17:00 +0000", headers=AUTO, charset="iso-8859-1", cte="8bit",
        text="""Estimada Valeria Cárdenas-Holt:

Gracias por postularte a la posición Supervisora de Experiencia al Cliente (número de requisición MEX-0419) en Quetzal Air.

Hemos recibido tu solicitud correctamente. Nuestro equipo de Reclutamiento revisará tu perfil y, en caso de que cumplas con los requisitos del puesto, se pondrá en contacto contigo.

Puedes consultar el estado de tu solicitud ingresando a la sección "Mis postulaciones" de nuestro portal de empleo.

Atentamente,
Reclutamiento y Selección
Quetzal Air

Por favor no respondas a este mensaje; este buzón no es monitoreado.
""",
    ),
    dict(
        kind="application_received", scen="jacaranda_greenhouse", lang="es", id="jac_ack",
        company="Finanzas Jacaranda",
        frm=("Finanzas Jacaranda", "no-reply@greenhouse-mail.io"),
        subject="Gracias por postularte a Finanzas Jacaranda", date="2026-06-01 15:42 +0000",
        headers=AUTO,
        text="""Hola Valeria:

Gracias por tu interés en la posición de Gerente de Customer Success en Finanzas Jacaranda. Recibimos tu postulación y la vamos a revisar con cuidado.

Si tu experiencia coincide con lo que buscamos, alguien del equipo de Atracción de Talento te contactará para platicar. Mientras tanto, ¡te deseamos mucho éxito!

Equipo de Atracción de Talento
Finanzas Jacaranda
""",
        html=simple_html(paras("""Hola Valeria:

Gracias por tu interés en la posición de Gerente de Customer Success en Finanzas Jacaranda. Recibimos tu postulación y la vamos a revisar con cuidado.

Si tu experiencia coincide con lo que buscamos, alguien del equipo de Atracción de Talento te contactará para platicar. Mientras tanto, ¡te deseamos mucho éxito!

Equipo de Atracción de Talento
Finanzas Jacaranda""")),
    ),
    dict(
        kind="application_received", scen="billetera_verde_teamtailor", lang="es", id="bil_ack",
        company="Billetera Verde", frm=("Billetera Verde", "no-reply@teamtailor-mail.com"),
        subject="¡Gracias por postularte, Valeria!", date="2026-01-30 21:15 +0000",
        headers=AUTO, subj_enc=U8B,
        text="""¡Hola Valeria!

Recibimos tu postulación para Account Manager Pymes en Medellín. Gracias por pensar en Billetera Verde.

Nuestro equipo revisa todas las postulaciones. Si tu perfil avanza, te enviaremos un enlace para que agendes una entrevista telefónica en el horario que prefieras.

Un abrazo,
El equipo de Billetera Verde
""",
        html=ats_card("Billetera Verde", paras("""¡Hola Valeria!

Recibimos tu postulación para Account Manager Pymes en Medellín. Gracias por pensar en Billetera Verde.

Nuestro equipo revisa todas las postulaciones. Si tu perfil avanza, te enviaremos un enlace para que agendes una entrevista telefónica en el horario que prefieras.

Un abrazo,
El equipo de Billetera Verde"""), color="#15803d", footer="Enviado con Teamtailor"),
    ),
    dict(
        kind="application_received", scen="meseta_recruitee_latin1", lang="es", id="mes_ack",
        company="Contact Meseta", frm=("Contact Meseta", "no-reply@jobs.recruitee.com"),
        subject="Hemos recibido tu solicitud: Supervisor/a de Plataforma",
        date="2026-02-02 10:00 +0100", headers=AUTO, charset="iso-8859-1",
        cte="quoted-printable", subj_enc=L1Q,
        text="""Hola Valeria:

Muchas gracias por enviarnos tu solicitud para el puesto de Supervisor/a de Plataforma en Contact Meseta.

La hemos recibido correctamente. Nuestro equipo de selección la revisará y, si tu perfil se ajusta a lo que buscamos, te llamaremos para una primera entrevista telefónica.

Recibimos muchas candidaturas, así que te pedimos un poco de paciencia.

Saludos,
Equipo de Selección de Contact Meseta
""",
    ),
    dict(
        kind="application_received", scen="lumbre_workable_gracias", lang="es", id="lum_ack",
        company="Lumbre Software", frm=("Lumbre Software", "noreply@workablemail.com"),
        subject="Gracias por tu candidatura a Customer Success Manager",
        date="2026-03-16 18:00 +0100", headers=AUTO,
        text="""Hola Valeria,

Gracias por presentar tu candidatura al puesto de Customer Success Manager en Lumbre Software. Queremos confirmarte que la hemos recibido.

Nuestro equipo la revisará en los próximos días. Te escribiremos tanto si avanzas en el proceso como si no, para que no te quedes esperando.

Un saludo,
El equipo de Lumbre Software
""",
    ),
    # ================================================================ application_received, en
    dict(
        kind="application_received", scen="brightwave_greenhouse_no_individual_reply",
        lang="en", id="bw_ack", company="Brightwave CX",
        frm=("Brightwave CX", "no-reply@greenhouse-mail.io"),
        subject="Thank you for applying to Brightwave CX", date="2026-03-02 15:11 +0000",
        headers=AUTO,
        text="""Hi Valeria,

Thank you for your interest in the CX Team Manager position at Brightwave CX. We have received your application.

Our talent team reviews every application carefully. Unfortunately, due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your qualifications are a match for the role, a member of our recruiting team will reach out to discuss next steps.

Thanks again,
Brightwave CX Talent Acquisition
""",
        html=ats_card("Brightwave CX", paras("""Hi Valeria,

Thank you for your interest in the CX Team Manager position at Brightwave CX. We have received your application.

Our talent team reviews every application carefully. Unfortunately, due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your qualifications are a match for the role, a member of our recruiting team will reach out to discuss next steps.

Thanks again,
Brightwave CX Talent Acquisition"""), color="#0891b2", lang="en",
            footer="Powered by Greenhouse"),
    ),
    dict(
        kind="application_received", scen="harborline_lever_thanks", lang="en", id="har_ack",
        company="Harborline", frm=("Harborline", "no-reply@hire.lever.co"),
        subject="Thanks for applying to Harborline", date="2026-05-11 20:30 +0000",
        headers=AUTO,
        text="""Hi Valeria,

Thanks for applying for the Customer Success Manager role at Harborline! We've got your application and our team is looking forward to reviewing it.

If there's a fit, you'll hear from us about next steps. In the meantime, feel free to read about how we build Harborline Desk on our blog: https://harborline.example.com/blog

The Harborline Team
""",
    ),
    dict(
        kind="application_received", scen="finlit_icims_received", lang="en", id="fin_ack",
        company="Finlit Pay", frm=("Finlit Pay Careers", "careers-finlitpay@icims.com"),
        subject="Application Received: Support Operations Lead (Req 2026-1187)",
        date="2026-04-27 13:48 +0000", headers=AUTO, cte="base64",
        text="""Dear Valeria,

Thank you for applying for the Support Operations Lead position (Req 2026-1187) at Finlit Pay. This email confirms that your application has been successfully submitted.

Our recruiting team will review your qualifications against the requirements of the role. Should your background be a match, we will contact you to discuss next steps.

You may check the status of your application at any time by logging in to the Finlit Pay Career Portal.

Sincerely,
Finlit Pay Talent Acquisition

Please do not reply to this email. This mailbox is not monitored.
""",
    ),
    dict(
        kind="application_received", scen="loopdesk_recruitee_thanks", lang="en", id="loo_ack",
        company="Loopdesk", frm=("Loopdesk", "no-reply@jobs.recruitee.com"),
        subject="We got your application – Support Lead", date="2026-09-01 08:05 +0200",
        headers=AUTO, subj_enc=U8Q,
        text="""Hi Valeria,

Thanks for applying for Support Lead at Loopdesk! Your application is in, and a real human from the Support & Success team will read it (we don't use automatic filters).

We aim to get back to everyone within ten working days.

Cheers,
The Loopdesk team
""",
        html=simple_html(paras("""Hi Valeria,

Thanks for applying for Support Lead at Loopdesk! Your application is in, and a real human from the Support & Success team will read it (we don't use automatic filters).

We aim to get back to everyone within ten working days.

Cheers,
The Loopdesk team"""), "en"),
    ),
    dict(
        kind="application_received", scen="coral_search_cv_received", lang="en", id="cor_ack",
        company="Coral Search Partners",
        frm=("Jenna Morales", "jenna@coralsearch.example.com"),
        subject="Re: CV – Valeria Cárdenas-Holt", date="2026-07-07 10:12 -0400",
        subj_enc=U8Q,
        text="""Hi Valeria,

Thanks for sending this over, I've received your CV and added you to our Customer Care leadership pipeline.

I'll take a proper look this week and call you to talk through what you're after (cities, salary range, timing for a move to Miami). No need to do anything in the meantime.

Best,
Jenna Morales
Principal, Coral Search Partners
1450 Brickell Ave, Suite 1900, Miami, FL 33131
(305) 555-0147

""" + reply("en", "2026-07-06 21:47", CAND_NAME, CAND_ADDR, """Hi Jenna,

As discussed with your colleague Sam at the CX Leaders meetup, please find my CV attached. I'm looking for customer-care or customer-success leadership roles in Miami.

Best regards,
Valeria"""),
    ),
    # ================================================================ application_received, fr
    dict(
        kind="application_received", scen="soierie_teamtailor", lang="fr", id="soi_ack",
        company="Soierie Services", frm=("Soierie Services", "no-reply@teamtailor-mail.com"),
        subject="Merci pour votre candidature – Responsable relation client",
        date="2026-05-05 07:30 +0000", headers=AUTO,
        text="""Bonjour Valeria,

Merci pour votre candidature au poste de Responsable relation client chez Soierie Services. Nous l'avons bien reçue.

Notre équipe recrutement l'étudie avec attention et reviendra vers vous dans les meilleurs délais si votre profil correspond à nos besoins.

À très bientôt,
L'équipe Soierie Services
""",
        html=ats_card("Soierie Services – Carrières", paras("""Bonjour Valeria,

Merci pour votre candidature au poste de Responsable relation client chez Soierie Services. Nous l'avons bien reçue.

Notre équipe recrutement l'étudie avec attention et reviendra vers vous dans les meilleurs délais si votre profil correspond à nos besoins.

À très bientôt,
L'équipe Soierie Services"""), color="#9d174d", lang="fr", footer="Propulsé par Teamtailor"),
    ),
    dict(
        kind="application_received", scen="rhone_successfactors_accuse", lang="fr",
        id="rho_ack", company="Rhône Télécom",
        frm=("Rhône Télécom Recrutement", "rhonetelecom@successfactors.eu"),
        subject="Accusé de réception de votre candidature", date="2026-07-06 12:20 +0000",
        headers=AUTO, name_enc=L1Q, charset="iso-8859-1", cte="quoted-printable",
        html_charset="utf-8",
        text="""Madame Cárdenas-Holt,

Nous accusons réception de votre candidature au poste de Superviseur(e) centre de contacts (réf. RT-2026-0311) et vous remercions de l'intérêt que vous portez à Rhône Télécom.

Votre dossier sera examiné avec la plus grande attention. Si votre profil retient notre attention, nous vous contacterons pour convenir d'un premier échange.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

La Direction des Ressources Humaines
Rhône Télécom
""",
        html=simple_html(paras("""Madame Cárdenas-Holt,

Nous accusons réception de votre candidature au poste de Superviseur(e) centre de contacts (réf. RT-2026-0311) et vous remercions de l'intérêt que vous portez à Rhône Télécom.

Votre dossier sera examiné avec la plus grande attention. Si votre profil retient notre attention, nous vous contacterons pour convenir d'un premier échange.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

La Direction des Ressources Humaines
Rhône Télécom"""), "fr"),
    ),
    # ================================================================ application_received, de
    dict(
        kind="application_received", scen="spreewerk_personio_eingang", lang="de", id="spr_ack",
        company="Spreewerk Software", frm=("Spreewerk Software", "noreply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung", date="2026-04-07 09:02 +0200",
        headers=AUTO,
        text="""Hallo Valeria Cárdenas-Holt,

vielen Dank für Ihre Bewerbung als Customer Success Manager (m/w/d) – Spanish speaking market bei Spreewerk Software.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns so schnell wie möglich bei Ihnen, spätestens jedoch in zwei Wochen.

Viele Grüße
Ihr People-Team von Spreewerk Software
""",
        html=ats_card("Spreewerk Software", paras("""Hallo Valeria Cárdenas-Holt,

vielen Dank für Ihre Bewerbung als Customer Success Manager (m/w/d) – Spanish speaking market bei Spreewerk Software.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns so schnell wie möglich bei Ihnen, spätestens jedoch in zwei Wochen.

Viele Grüße
Ihr People-Team von Spreewerk Software"""), color="#047857", lang="de",
            footer="Diese E-Mail wurde über Personio versendet."),
    ),
    dict(
        kind="application_received", scen="kranich_softgarden_latin1", lang="de", id="kra_ack",
        company="Kranich Telekom", frm=("Kranich Telekom", "kranich-telekom@softgarden.io"),
        subject="Ihre Bewerbung bei der Kranich Telekom", date="2026-06-01 11:45 +0200",
        headers=AUTO, charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Frau Cárdenas-Holt,

vielen Dank für Ihre Bewerbung als Teamleitung Kundenservice (m/w/d) und Ihr Interesse an der Kranich Telekom.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Unser Recruiting-Team prüft Ihre Bewerbung sorgfältig und wird sich zeitnah bei Ihnen melden.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kranich Telekom

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
""",
    ),
    dict(
        kind="application_received", scen="bruecke_personal_bewerberpool", lang="de",
        id="bru_reg", company="Brücke Personal",
        frm=("Brücke Personal", "bewerbung@brueckepersonal.example.de"),
        reply_to=("Sven Kowalski", "sven.kowalski@brueckepersonal.example.de"),
        contact="sven.kowalski@brueckepersonal.example.de",
        subject="Willkommen in unserem Bewerberpool", date="2026-03-23 14:05 +0100",
        name_enc=L1B, subj_enc=None,
        text="""Hallo Frau Cárdenas-Holt,

schön, dass Sie sich bei Brücke Personal registriert haben! Ihr Lebenslauf ist bei uns eingegangen, und Ihr Profil ist ab sofort in unserem Bewerberpool für Kundenservice und Call-Center in Berlin aktiv.

Ich bin Ihr persönlicher Ansprechpartner. Sobald ein Einsatz oder eine Festanstellung bei einem unserer Kundenunternehmen passt, rufe ich Sie an. Bitte teilen Sie mir noch mit, ab wann Sie in Deutschland arbeiten könnten.

Freundliche Grüße
Sven Kowalski
Personaldisponent
Brücke Personal GmbH · Frankfurter Allee 69 · 10247 Berlin
Tel. 030 5555 0147
""",
    ),
    # ================================================================ offer, es
    dict(
        kind="offer", scen="nubeflow_carta_oferta_pdf", lang="es", id="nub_offer",
        refs=["nub_inv", "nub_move", "nub_thanks"], company="Nubeflow",
        frm=("Manuela Restrepo", "manuela.restrepo@nubeflow.example.co"),
        subject="Re: Gracias por la conversación de hoy", date="2026-02-20 17:00 -0500",
        text="""Hola Valeria,

¡Tengo muy buenas noticias! Después de tu conversación con Andrés y del caso práctico, queremos que te unas al equipo de Customer Success de Nubeflow.

Te adjunto la carta de oferta con todas las condiciones: cargo de Customer Success Specialist, contrato a término indefinido, salario integral de $9.800.000 COP mensuales, modalidad híbrida desde Medellín y fecha de inicio propuesta el 16 de marzo. Tienes plazo hasta el viernes 27 de febrero para revisarla y darnos tu respuesta.

Si quieres conversar sobre algún punto antes de decidir, con gusto agendamos una llamada con Andrés.

¡Un abrazo y ojalá nos digas que sí!
Manuela

""" + reply("es", "2026-02-10 18:05", CAND_NAME, CAND_ADDR, NUBEFLOW_THANKS),
        pdfs=[dict(filename="Carta_oferta_Nubeflow_VCH.pdf", title="Nubeflow – Carta de oferta",
                   lines=["Medellín, 20 de febrero de 2026", "Señora Valeria Cárdenas-Holt",
                          "Cargo: Customer Success Specialist. Contrato a término indefinido.",
                          "Salario integral mensual: $9.800.000 COP. Modalidad híbrida.",
                          "Fecha de inicio: 16 de marzo de 2026.",
                          "Respuesta a más tardar el 27 de febrero de 2026.",
                          "Manuela Restrepo, Talent Acquisition – Nubeflow S.A.S."])],
    ),
    dict(
        kind="offer", scen="talento_andino_el_cliente_quiere_ofertar", lang="es", id="ta_offer",
        refs=["ta_cold", "ta_setup"], company="Aerolíneas Cóndor Azul",
        frm=("Natalia Villamizar", "natalia@talentoandino.example.co"),
        subject="Cóndor Azul quiere hacerte una oferta 🎉", date="2026-03-12 11:30 -0500",
        subj_enc=U8B,
        text="""¡Valeria!

Acabo de colgar con Felipe Arango: Aerolíneas Cóndor Azul quiere hacerte una oferta para el cargo de Líder de Customer Success Corporativo. Quedaron encantados con la entrevista y con tu propuesta para el programa de viajero frecuente.

Lo que me adelantaron: salario de $11.500.000 COP mensuales más bono anual por cumplimiento, tiquetes con beneficio para ti y tu familia, y trabajo presencial en la sede de El Dorado con dos días en casa. Gestión Humana te enviará la carta formal esta semana.

Antes de que llegue, ¿hablamos hoy en la tarde para revisar cifras y lo que quieras negociar? Yo te acompaño en toda esa parte.

¡Felicitaciones!
Natalia
""",
    ),
    dict(
        kind="offer", scen="puentes_carta_ofrecimiento_pdf", lang="es", id="pue_offer",
        refs=["pue_app", "pue_inv", "pue_cancel"], company="Fundación Puentes de Paz",
        frm=("Gloria Inés Patiño", "gloria.patino@puentesdepaz.example.org"),
        subject="Carta de ofrecimiento – Coordinadora de Atención a Comunidades",
        date="2026-02-27 15:20 -0500", name_enc=U8B, charset="iso-8859-1",
        cte="quoted-printable",
        text="""Estimada Valeria:

Con mucha alegría le comunico que el comité de selección decidió ofrecerle el cargo de Coordinadora de Atención a Comunidades de la Fundación Puentes de Paz.

Adjuntamos la carta de ofrecimiento con las condiciones: contrato a término fijo de un año renovable, salario de $6.200.000 mensuales, sede Teusaquillo con desplazamientos a Ciudad Bolívar y Soacha. Le agradecemos su respuesta antes del 6 de marzo; si la acepta, le enviaremos la lista de documentos para la vinculación.

Un saludo afectuoso,

Gloria Inés Patiño
Coordinadora de Talento Humano
Fundación Puentes de Paz
""",
        pdfs=[dict(filename="Carta_ofrecimiento_Puentes_de_Paz.pdf",
                   title="Fundación Puentes de Paz – Carta de ofrecimiento",
                   lines=["Bogotá D.C., 27 de febrero de 2026",
                          "Cargo: Coordinadora de Atención a Comunidades.",
                          "Contrato a término fijo (12 meses), renovable.",
                          "Salario mensual: $6.200.000. Sede: Teusaquillo.",
                          "Respuesta esperada: 6 de marzo de 2026."])],
    ),
    dict(
        kind="offer", scen="quetzal_oferta_verbal_por_escrito", lang="es", id="que_offer",
        refs=["que_assess", "que_cancel"], company="Quetzal Air",
        frm=("Arturo Villaseñor", "arturo.villasenor@quetzalair.example.mx"),
        cc=[("Reclutamiento Quetzal Air", "reclutamiento@quetzalair.example.mx")],
        subject="Lo que platicamos por teléfono", date="2026-06-19 13:15 -0600",
        name_enc=L1Q,
        text="""Valeria, buenas tardes:

Como te comenté por teléfono esta mañana, después del centro de evaluación de la semana pasada queremos que te sumes a Quetzal Air como Supervisora de Experiencia al Cliente en el AICM.

Te dejo por escrito lo que acordamos de palabra:
- Sueldo mensual bruto de $58,000 MXN más prestaciones superiores a las de ley.
- Vales de despensa y pases de viaje para ti y un acompañante.
- Apoyo de reubicación desde Bogotá: vuelo, dos semanas de hospedaje y trámite migratorio.
- Fecha tentativa de ingreso: 3 de agosto.

Recursos Humanos te enviará la carta oferta formal y el contrato la próxima semana. Mientras tanto, cualquier duda me escribes directamente.

Bienvenida (casi) a bordo,

Arturo Villaseñor
Gerente de Aeropuertos – Experiencia al Cliente
Quetzal Air
""",
    ),
    dict(
        kind="offer", scen="vertice_contrato_para_firma", lang="es", id="ver_offer",
        refs=["ver_app"], company="Vértice Cloud",
        frm=("Beatriz Llorente", "beatriz.llorente@verticecloud.example.es"),
        subject="Tu contrato con Vértice Cloud – pendiente de firma",
        date="2026-09-22 10:45 +0200",
        text="""Hola, Valeria:

¡Qué alegría que hayas aceptado nuestra propuesta! Como te adelanté ayer por teléfono, te envío el contrato indefinido como Customer Success Manager para que lo revises y lo firmes.

Lo tienes adjunto en PDF y también en la plataforma de firma electrónica:
https://firma.verticecloud.example.es/sobre/CSM-MAD-07-VCH

Condiciones principales: 44.000 EUR brutos anuales en 14 pagas, jornada completa, dos días de teletrabajo y fecha de incorporación el 2 de noviembre de 2026. Te ayudamos con el alojamiento del primer mes en Madrid.

En cuanto lo firmes, te mando la información de bienvenida.

Un abrazo,
Beatriz Llorente
People Lead · Vértice Cloud
Calle de Orense 34, 28020 Madrid

""" + reply("es", "2026-08-25 09:12", CAND_NAME, CAND_ADDR, """Buenos días, equipo de Talento:

Les escribo para postularme a la vacante de Customer Success Manager (ref. CSM-MAD-07) publicada en su web.

Cordialmente,
Valeria Cárdenas-Holt"""),
        pdfs=[dict(filename="Contrato_indefinido_VCH.pdf",
                   title="Vértice Cloud – Contrato de trabajo indefinido",
                   lines=["En Madrid, a 22 de septiembre de 2026.",
                          "Trabajadora: Valeria Cárdenas-Holt. Puesto: Customer Success Manager.",
                          "Retribución: 44.000 EUR brutos anuales en 14 pagas.",
                          "Inicio: 2 de noviembre de 2026. Periodo de prueba: 6 meses.",
                          "Firma de la empresa / Firma de la trabajadora"])],
    ),
    dict(
        kind="offer", scen="temporales_ya_mision_temporal", lang="es", id="tya_offer",
        refs=["tya_reg"], company="Temporales Ya",
        frm=("Yeimy Castaño", "yeimy.castano@temporalesya.example.co"),
        subject="Tenemos una oferta para ti – supervisora de cobranzas (misión 6 meses)",
        date="2026-04-21 11:05 -0500", charset="windows-1252", cte="quoted-printable",
        subj_enc=W1Q,
        text="""Hola Valeria:

¡Buenas noticias! La empresa cliente con la que te entrevistaste el viernes te escogió para la misión temporal de supervisora de cobranzas bilingüe.

Condiciones de la oferta:
• Contrato por obra o labor con Temporales Ya, duración estimada de 6 meses.
• Salario: $5.400.000 mensuales + auxilio de conectividad.
• Horario: lunes a viernes de 7:00 a. m. a 4:00 p. m., sede norte de Bogotá.
• Inicio: lunes 4 de mayo, con exámenes médicos esta semana.

Si aceptas, respóndeme “acepto” y te agendo los exámenes y la firma del contrato en nuestra sede de la 93.

Quedo atenta.

Yeimy Castaño
Analista de Selección – Temporales Ya
Tel. (601) 555 0110 · WhatsApp 318 555 0112
""",
    ),
    # ================================================================ offer, en
    dict(
        kind="offer", scen="palmetto_verbal_offer_recap", lang="en", id="pal_offer",
        refs=["pal_app", "pal_trial", "pal_update"], company="Palmetto Air",
        frm=("Marisol Ortega", "marisol.ortega@palmettoair.example.com"),
        cc=[("Renee Alvarez", "renee.alvarez@palmettoair.example.com")],
        subject="Following up on our call – your offer", date="2026-06-15 17:40 -0400",
        text="""Hi Valeria,

It was wonderful speaking with you this afternoon. As promised, here's a written recap of the verbal offer so you have it in front of you while you think it over:

- Role: Customer Experience Supervisor, Miami International Airport
- Base salary: $68,000 per year, plus shift differential for overnight operations
- Travel privileges for you and one companion from day one
- Relocation assistance of $5,000 and sponsorship of the paperwork your UK passport requires
- Target start date: Monday, August 3

HR will send the formal offer letter within the next few days. It is contingent on a background check and badging by the airport authority, as we discussed.

We were all genuinely impressed on Assessment Day. I hope you'll join us!

Marisol Ortega
Manager, Airport Customer Experience
Palmetto Air | Miami International Airport, Concourse D
(305) 555-0188
""",
        html=simple_html(paras("""Hi Valeria,

It was wonderful speaking with you this afternoon. As promised, here's a written recap of the verbal offer so you have it in front of you while you think it over:

- Role: Customer Experience Supervisor, Miami International Airport
- Base salary: $68,000 per year, plus shift differential for overnight operations
- Travel privileges for you and one companion from day one
- Relocation assistance of $5,000 and sponsorship of the paperwork your UK passport requires
- Target start date: Monday, August 3

HR will send the formal offer letter within the next few days. It is contingent on a background check and badging by the airport authority, as we discussed.

We were all genuinely impressed on Assessment Day. I hope you'll join us!

Marisol Ortega
Manager, Airport Customer Experience
Palmetto Air | Miami International Airport, Concourse D
(305) 555-0188"""), "en"),
    ),
    dict(
        kind="offer", scen="loopdesk_offer_letter_pdf", lang="en", id="loo_offer",
        refs=["loo_ack", "loo_inv"], company="Loopdesk",
        frm=("Jonas Becker", "jonas@loopdesk.example.de"),
        subject="Your offer from Loopdesk 🎈", date="2026-09-25 16:02 +0200", subj_enc=U8Q,
        text="""Hi Valeria,

After your conversations with me, Aylin and the team, we'd love for you to join Loopdesk as our Support Lead. The offer letter is attached, and here are the headlines:

- Permanent contract, 40 hours, based in Berlin Mitte (3 office days a week)
- 62,000 EUR gross per year plus 0.15% virtual shares
- 28 vacation days, a 1,500 EUR learning budget and visa support for the EU Blue Card
- Start date: January 4, 2027 (flexible)

Please reply to our People team (people@loopdesk.example.de) with any questions, or if you want to go through the numbers with me, grab any slot in my calendar.

We really hope you say yes!
Jonas
""",
        pdfs=[dict(filename="Loopdesk_Offer_Letter_Cardenas-Holt.pdf",
                   title="Loopdesk – Offer Letter",
                   lines=["Berlin, 25 September 2026", "Dear Valeria Cárdenas-Holt,",
                          "We are pleased to offer you the position of Support Lead.",
                          "Annual gross salary: EUR 62,000. Virtual share options: 0.15%.",
                          "Start date: 4 January 2027. Probation period: 6 months.",
                          "Please countersign by 9 October 2026.",
                          "Loopdesk GmbH, Linienstraße 71, 10119 Berlin"])],
    ),
    # ================================================================ offer, fr
    dict(
        kind="offer", scen="soierie_promesse_embauche_pdf", lang="fr", id="soi_offer",
        refs=["soi_ack", "soi_inv", "soi_report"], company="Soierie Services",
        frm=("Nathalie Perrin", "nathalie.perrin@soierie.example.fr"),
        cc=[("Julien Bertrand", "julien.bertrand@soierie.example.fr")],
        subject="Proposition d'embauche : Responsable relation client",
        date="2026-06-02 18:10 +0200", subj_enc=L1Q, name_enc=None,
        text="""Bonjour Valeria,

Suite à nos échanges du 19 mai et à votre entretien avec l'équipe, j'ai le plaisir de vous proposer le poste de Responsable relation client au sein de Soierie Services.

Vous trouverez ci-joint notre promesse d'embauche : CDI, statut cadre, rémunération annuelle brute de 42 000 euros sur 13 mois, prise de poste souhaitée le 1er septembre 2026 sur notre site de Lyon 7e. Nous prendrons en charge les frais liés à votre titre de séjour et une partie de votre déménagement.

Je vous remercie de nous faire part de votre décision avant le 12 juin. Je reste bien entendu disponible pour en parler de vive voix.

Bien à vous,

Nathalie Perrin
Directrice des opérations
Soierie Services – 8 rue de Marseille, 69007 Lyon
04 72 55 01 47
""",
        pdfs=[dict(filename="Promesse_embauche_Soierie_Services.pdf",
                   title="Soierie Services – Promesse d'embauche",
                   lines=["Lyon, le 2 juin 2026", "Madame Valeria Cárdenas-Holt",
                          "Poste : Responsable relation client (CDI, statut cadre).",
                          "Rémunération annuelle brute : 42 000 euros sur 13 mois.",
                          "Date de prise de poste : 1er septembre 2026.",
                          "Réponse attendue avant le 12 juin 2026."])],
    ),
    # ================================================================ offer, de
    dict(
        kind="offer", scen="zahlhaus_arbeitsvertrag_zur_unterschrift", lang="de", id="zah_offer",
        refs=["zah_inv", "zah_move"], company="Zahlhaus",
        frm=("Miriam Schulte", "miriam.schulte@zahlhaus.example.de"),
        subject="Ihr Arbeitsvertrag bei Zahlhaus", date="2026-08-20 15:30 +0200",
        cte="base64",
        text="""Hallo Frau Cárdenas-Holt,

wie Philipp Ihnen gestern am Telefon schon gesagt hat: Wir möchten Sie sehr gern als Customer Success Manager LATAM bei Zahlhaus an Bord holen!

Anbei erhalten Sie Ihren Arbeitsvertrag zur Unterschrift. Die wichtigsten Eckdaten:
- unbefristete Festanstellung in Vollzeit, Standort Berlin-Kreuzberg, hybrid
- Jahresbruttogehalt 64.000 Euro zzgl. variabler Vergütung von bis zu 10 %
- 30 Urlaubstage, Unterstützung beim Visum (Blaue Karte EU) und beim Umzug
- Beginn: 1. Dezember 2026

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 4. September zurück, gern als Scan. Bei Fragen melden Sie sich jederzeit.

Herzliche Grüße
Miriam Schulte
People & Talent | Zahlhaus
Oranienstraße 185, 10999 Berlin

Zahlhaus GmbH · Sitz Berlin · Amtsgericht Charlottenburg HRB 231147 B · Geschäftsführer: Philipp Krämer, Dr. Sina Aydın

""" + reply("de", "2026-08-19 18:22", CAND_NAME, CAND_ADDR, """Hallo Frau Schulte,

vielen Dank für das schöne Telefonat mit Herrn Krämer heute. Ich freue mich sehr und nehme das Angebot gern an. Könnten Sie mir den Vertrag zusenden?

Viele Grüße
Valeria Cárdenas-Holt"""),
        pdfs=[dict(filename="Arbeitsvertrag_Zahlhaus_Cardenas-Holt.pdf",
                   title="Zahlhaus – Arbeitsvertrag",
                   lines=["Zwischen der Zahlhaus GmbH, Oranienstraße 185, 10999 Berlin,",
                          "und Frau Valeria Cárdenas-Holt wird folgender Arbeitsvertrag geschlossen.",
                          "§ 1 Tätigkeit: Customer Success Manager LATAM. Beginn: 1. Dezember 2026.",
                          "§ 3 Vergütung: 64.000 Euro brutto jährlich zzgl. variabler Vergütung.",
                          "§ 6 Urlaub: 30 Arbeitstage.", "Ort, Datum, Unterschriften"])],
    ),
]

_ = (L1B, L1Q, U8B, U8Q, W1Q, ats_card, outlook, paras, reply, simple_html)
