# ruff: noqa
"""Corpus 239, kinds `application_received` (21) and `offer` (10), all hand-written."""

from __future__ import annotations

from msgs239_common import (CANDIDATE, ats_card, forwarded, msg, outlook_html, outlook_reply,
                            paras, quote, reply, sig, simple_html, wrote)

C = CANDIDATE
ACK = "application_received"
OFF = "offer"

MESSAGES = [
    # ================================================================ application_received
    # ---------------------------------------------------------------- es
    msg(ACK, "workday_harrobia", "es", company="Museo Marítimo Harrobia",
        frm=("Museo Marítimo Harrobia", "museoharrobia@myworkday.com"),
        name_enc=("utf-8", "Q"),
        subject="Hemos recibido tu solicitud: Educadora/Educador de Museo",
        date="2026-02-09 08:12", tz="utc",
        html=ats_card("Museo Marítimo Harrobia", """Hola Nerea:

Gracias por postularte al puesto Educadora/Educador de Museo (R-0042) en el Museo Marítimo Harrobia. Hemos recibido correctamente tu solicitud.

Nuestro equipo revisará tu perfil en las próximas semanas. Puedes consultar el estado de tu candidatura en cualquier momento desde tu página de candidato.

Saludos cordiales,
Equipo de Selección del Museo Marítimo Harrobia""", lang="es",
            button=("Ver mi solicitud", "https://harrobia.wd3.myworkday.example.com/candidate"),
            footer="Mensaje automático enviado desde Workday. No respondas a este correo.", color="#0e4c6d"),
        html_cte="quoted-printable", tid="harrobia_ack"),

    msg(ACK, "smartrecruiters_ibaizabal", "es", company="Museo Ibaizabal",
        frm=("Museo Ibaizabal", "noreply@smartrecruiters.com"),
        subject="Gracias por tu candidatura - Educador/a de Públicos",
        date="2026-02-02 14:03", tz="utc",
        text="""Hola Nerea,

Gracias por tu interés en formar parte del Museo Ibaizabal. Confirmamos que
hemos recibido tu candidatura para Educador/a de Públicos.

Recibimos un gran volumen de solicitudes y, lamentablemente, no podemos
responder individualmente a cada candidatura. Si tu perfil encaja con lo que
buscamos, el equipo se pondrá en contacto contigo en las próximas semanas.

Un saludo,
Museo Ibaizabal - Talento

Este correo se ha enviado desde una dirección que no acepta respuestas.
""",
        html=ats_card("Museo Ibaizabal", """Hola Nerea,

Gracias por tu interés en formar parte del Museo Ibaizabal. Confirmamos que hemos recibido tu candidatura para Educador/a de Públicos.

Recibimos un gran volumen de solicitudes y, lamentablemente, no podemos responder individualmente a cada candidatura. Si tu perfil encaja con lo que buscamos, el equipo se pondrá en contacto contigo en las próximas semanas.

Un saludo,
Museo Ibaizabal - Talento""", lang="es", footer="Este correo se ha enviado desde una dirección que no acepta respuestas. Powered by SmartRecruiters", color="#c0392b"),
        tid="ibaizabal_ack"),

    msg(ACK, "eskuz_alta_registro", "es", company="Eskuz Empleo",
        contact="aitor.mendizabal@eskuz.example.es",
        frm=("Aitor Mendizabal | Eskuz Empleo", "aitor.mendizabal@eskuz.example.es"),
        subject="Bienvenida a Eskuz Empleo – registro completado",
        date="2026-01-14 11:25",
        text="""Hola Nerea,

Gracias por pasarte ayer por la oficina. Te confirmo que ya estás dada de alta
en nuestra base de candidatos con el perfil de «Educación y mediación
cultural / Turismo», disponibilidad para Gipuzkoa y Navarra.

He recibido tu CV, la copia de la titulación de guía oficial y el certificado
de inglés. Solo me falta la vida laboral actualizada; cuando puedas,
mándamela respondiendo a este correo.

Yo seré tu consultor de referencia. En cuanto tenga una posición que encaje,
te aviso.

Un saludo,
Aitor Mendizabal
Consultor de Selección · Eskuz Empleo ETT
Avda. Sancho el Fuerte 41, 31008 Pamplona · T. 948 00 55 12
""", tid="eskuz_ack"),

    msg(ACK, "zubialde_registro_solicitud", "es", company="Ayuntamiento de Zubialde",
        frm=("Ayuntamiento de Zubialde - Sede electrónica", "no-reply@zubialde.example.es"),
        subject="Justificante de registro de entrada - Solicitud de admisión a proceso selectivo",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-01-20 23:41", charset="iso-8859-1", cte="quoted-printable",
        text="""JUSTIFICANTE DE PRESENTACIÓN

Número de registro:    RE-2026-000318
Fecha y hora:          20/01/2026 23:41:07
Interesada:            CASTILLO-WHITMORE, NEREA
Asunto:                Solicitud de admisión - Técnico/a de Museo Municipal
                       (Oferta de Empleo Público 2025)
Documentos adjuntos:   4 (solicitud, DNI, titulación, justificante de tasa)

Su solicitud ha quedado registrada correctamente. La relación provisional de
personas admitidas y excluidas se publicará en el Boletín Oficial de
Gipuzkoa y en la sede electrónica.

Este mensaje se genera automáticamente; no responda a esta dirección.
""", tid="zubialde_ack"),

    msg(ACK, "successfactors_kostaldea", "es", company="Universidad Kostaldea",
        frm=("Universidad Kostaldea - Selección", "noreply@successfactors.eu"),
        subject="Confirmación de tu solicitud - REQ-2026-0114",
        subj_enc=("utf-8", "Q"),
        date="2026-01-08 10:55", tz="utc",
        text="""Estimada Nerea Castillo-Whitmore:

Te confirmamos la recepción de tu solicitud para la plaza
Técnica/o de Divulgación del Campus (REQ-2026-0114).

Estado actual: En revisión

El plazo de presentación de candidaturas finaliza el 23 de enero. A partir de
esa fecha, la comisión de valoración estudiará los méritos de todas las
personas candidatas.

Servicio de Personal · Universidad Kostaldea

Mensaje automático. No respondas a este correo.
""", cte="base64", tid="kostaldea_ack"),

    msg(ACK, "taleo_zorrotza", "es", company="Fundación Ferrería Zorrotza",
        frm=("Fundación Ferrería Zorrotza", "noreply@taleo.net"),
        subject="Confirmación de solicitud – Educador/a de Patrimonio Industrial (ZRR-0207)",
        date="2026-01-15 19:20", tz="utc", charset="iso-8859-1",
        html=simple_html("""<table width="100%" style="border:1px solid #ccc"><tr><td style="padding:16px">
<p><b>Fundación Ferrería Zorrotza</b></p>
<p>Estimada Sra. Castillo-Whitmore,</p>
<p>Hemos recibido su solicitud para el puesto <b>Educador/a de Patrimonio Industrial</b> (ZRR-0207).</p>
<p>Su perfil será analizado por el equipo de selección. Debido al número de solicitudes, solo contactaremos con las personas preseleccionadas.</p>
<p>Puede revisar su solicitud accediendo a la sección «Mis solicitudes».</p>
<p>Atentamente,<br>Departamento de Personas</p>
</td></tr></table>
<p style="font-size:10px;color:#777">Correo generado por Oracle Taleo. No responda a este mensaje.</p>""", "es").replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">'),
        html_cte="quoted-printable", tid="zorrotza_ack"),

    msg(ACK, "teamtailor_arginieta", "es", company="Museo de Ciencia Argiñeta",
        frm=("Museo de Ciencia Argiñeta", "no-reply@teamtailor-mail.com"),
        name_enc=("utf-8", "B"),
        subject="¡Gracias por tu solicitud, Nerea!",
        date="2026-03-02 16:18", tz="utc",
        text="""Hola Nerea,

¡Qué bien que quieras sumarte a Argiñeta! Tu solicitud para Dinamizador/a de
Exposiciones nos ha llegado correctamente.

Ahora el equipo revisará todas las candidaturas. Te escribiremos en cuanto
haya novedades, sea cual sea el resultado.

Mientras tanto, puedes conocer mejor cómo trabajamos en nuestra página de
empleo.

Un abrazo,
Equipo de Personas · Museo de Ciencia Argiñeta
""",
        html=ats_card("Museo de Ciencia Argiñeta", """Hola Nerea,

¡Qué bien que quieras sumarte a Argiñeta! Tu solicitud para Dinamizador/a de Exposiciones nos ha llegado correctamente.

Ahora el equipo revisará todas las candidaturas. Te escribiremos en cuanto haya novedades, sea cual sea el resultado.

Un abrazo,
Equipo de Personas · Museo de Ciencia Argiñeta""", lang="es",
            button=("Conócenos", "https://arginieta.teamtailor.example.es/"), footer="Enviado con Teamtailor", color="#6b2fbb"),
        html_cte="base64", tid="arginieta_ack"),

    msg(ACK, "icims_taconera", "es", company="Museo Taconera de Historia",
        frm=("Museo Taconera de Historia", "taconera-noreply@icims.com"),
        subject="Museo Taconera de Historia - Solicitud recibida (Req. 4471)",
        date="2026-04-13 09:40", tz="utc",
        text="""Estimada Nerea:

Gracias por presentar tu solicitud para el puesto de Mediador/a Cultural
(Req. 4471) en el Museo Taconera de Historia.

Hemos recibido tu información. Si tus cualificaciones se ajustan a los
requisitos del puesto, un miembro del equipo de Recursos Humanos se pondrá en
contacto contigo.

Puedes revisar el estado de tu solicitud en el portal de candidatos:
https://careers-taconera.icims.example.com/jobs/candidate

Atentamente,
Recursos Humanos · Museo Taconera de Historia

Por favor, no respondas a este mensaje generado automáticamente.
""", tid="taconera_ack"),

    msg(ACK, "bamboohr_lautada", "es", company="Fundación Lautada Ondarea",
        frm=("Fundación Lautada Ondarea", "no-reply@bamboohr.com"),
        subject="Solicitud recibida: Técnica de Educación Patrimonial",
        date="2026-04-07 20:05", tz="utc",
        html=ats_card("Fundación Lautada Ondarea", """Hola Nerea:

Hemos recibido tu solicitud para Técnica de Educación Patrimonial. Muchas gracias por el tiempo que has dedicado a prepararla.

Revisaremos todas las solicitudes cuando termine el plazo, el 17 de abril, y contactaremos con las personas seleccionadas para entrevista.

Fundación Lautada Ondarea""", lang="es", footer="Enviado a través de BambooHR · No respondas a este correo", color="#73c41d"),
        tid="lautada_ack"),

    msg(ACK, "ikusi_cv_recibido", "es", company="Ikusi Talento",
        frm=("Ikusi Talento", "no-reply@ikusitalento.example.es"),
        subject="Hemos recibido tu CV",
        date="2026-05-04 08:02",
        text="""Hola Nerea, hemos recibido tu CV y tu inscripción en Ikusi Talento.
Una consultora revisará tu perfil en los próximos días.

Recuerda que puedes actualizar tus datos en https://ikusitalento.example.es/candidatos

Ikusi Talento ETT · Autorización administrativa n.º 20/0000/26
Este buzón no admite respuestas.
""", tid="ikusi_ack"),

    msg(ACK, "ibaialde_recibido_humano", "es", company="Universidad Ibaialde",
        contact="lorea.agirre@ibaialde.example.es",
        frm=("Lorea Agirre", "lorea.agirre@ibaialde.example.es"),
        subject="RE: Candidatura Gestor/a de Programas de Cultura Científica",
        date="2026-03-09 09:47", charset="windows-1252",
        text=outlook_reply("""Buenos días, Nerea:

Recibido, gracias. He añadido tu CV y la carta al expediente de la
convocatoria JR-00891 y se lo paso hoy mismo al equipo de Cultura Científica.
Te escribiremos cuando terminemos el primer cribado, previsiblemente la semana
que viene.

Un saludo,
Lorea Agirre
Técnica de Selección · Universidad Ibaialde
Tel. 944 00 93 20""", "es", "Nerea Castillo-Whitmore <nerea.cw@example.es>",
            "domingo, 8 de marzo de 2026 21:30", "Lorea Agirre <lorea.agirre@ibaialde.example.es>",
            "Candidatura Gestor/a de Programas de Cultura Científica",
            """Hola Lorea:

Como me indicaste por teléfono, te envío mi CV y una carta de presentación
para la plaza de Gestor/a de Programas de Cultura Científica. Me
encantaría tener la ocasión de hablar contigo en una entrevista.

Saludos,
Nerea"""),
        html=outlook_html("""Buenos días, Nerea:

Recibido, gracias. He añadido tu CV y la carta al expediente de la convocatoria JR-00891 y se lo paso hoy mismo al equipo de Cultura Científica. Te escribiremos cuando terminemos el primer cribado, previsiblemente la semana que viene.""", "es",
            signature="Un saludo,\nLorea Agirre\nTécnica de Selección · Universidad Ibaialde\nTel. 944 00 93 20"),
        html_charset="windows-1252", html_cte="quoted-printable",
        tid="ibaialde_ack"),

    msg(ACK, "itsaslur_acuse", "es", company="Fundación Itsaslur",
        contact="info@itsaslur.example.es",
        frm=("Fundación Itsaslur", "info@itsaslur.example.es"),
        subject="Re: Candidatura Coordinadora de Visitas Escolares",
        date="2026-02-12 10:03",
        text=reply("""Buenos días Nerea,

Acusamos recibo de tu candidatura. Koldo Azpiroz, director de la fundación,
es quien lleva el proceso y la revisará en cuanto vuelva de viaje.

Un saludo,
Ane – Secretaría
Fundación Itsaslur · Paseo de Miraconcha 30, Donostia
""", "es", "mié, 11 feb 2026, 18:02", "Nerea Castillo-Whitmore", "nerea.cw@example.es",
            """Buenas tardes, Koldo:

Adjunto mi CV para la plaza de Coordinadora de Visitas Escolares."""),
        tid="itsaslur_ack"),

    # ---------------------------------------------------------------- en
    msg(ACK, "greenhouse_leith", "en", company="Leith Harbour Heritage Trust",
        frm=("Leith Harbour Heritage Trust", "no-reply@greenhouse-mail.io"),
        subject="Thank you for applying to Leith Harbour Heritage Trust",
        date="2026-03-10 12:31", tz="utc",
        text="""Hi Nerea,

Thank you for your interest in Leith Harbour Heritage Trust! We have received
your application for the Learning Officer position.

Our team is reviewing applications now. If your experience is a match, we'll
be in touch about next steps.

Best,
Leith Harbour Heritage Trust

** Please do not reply to this email. This mailbox is not monitored. **
""", tid="leith_ack"),

    msg(ACK, "workable_calton", "en", company="Calton Light Museum",
        frm=("Calton Light Museum", "noreply@candidates.workablemail.com"),
        subject="Thanks for applying to Calton Light Museum",
        date="2026-01-19 17:48", tz="utc",
        html=ats_card("Calton Light Museum", """Hi Nerea,

Your application for the Visitor Learning Assistant job was submitted successfully. Here's a copy of your application data for safekeeping.

Name: Nerea Castillo-Whitmore
Email: nerea.cw@example.es
Resume: CV_Nerea_Castillo-Whitmore_EN.pdf

We'll be in touch if we'd like to take things further.

The Calton Light Museum team""", lang="en", footer="Powered by Workable", color="#0a7c6f"),
        html_cte="quoted-printable", tid="calton_ack"),

    msg(ACK, "ashby_dean_village", "en", company="Dean Village Textile Museum",
        frm=("Dean Village Textile Museum", "no-reply@ashbyhq.com"),
        subject="Application received - Family Learning Coordinator",
        date="2026-04-06 07:15", tz="utc",
        text="""Hi Nerea,

Thanks for applying to be our Family Learning Coordinator! This note is to
confirm we've got your application.

We read every application ourselves, so it may take us up to two weeks to get
back to you.

Dean Village Textile Museum
(sent via Ashby - replies to this address are not read)
""", tid="dean_ack"),

    msg(ACK, "workday_holyrood_no_individual", "en", company="Holyrood Institute for Heritage Education",
        frm=("Holyrood Institute Careers", "holyroodinstitute@myworkday.com"),
        subject="Application received: Outreach Officer (R-2026-311)",
        date="2026-05-18 10:00", tz="utc",
        text="""Dear Nerea,

Thank you for applying for the Outreach Officer role (R-2026-311) at the
Holyrood Institute for Heritage Education. Your application has been
successfully submitted.

Due to the high volume of applications we receive, unfortunately we cannot
reply to every applicant individually. If you are shortlisted, we will contact
you within four weeks of the closing date.

You can track the status of your application in your candidate home.

Kind regards,
Talent Acquisition
""",
        html=ats_card("Holyrood Institute for Heritage Education", """Dear Nerea,

Thank you for applying for the Outreach Officer role (R-2026-311) at the Holyrood Institute for Heritage Education. Your application has been successfully submitted.

Due to the high volume of applications we receive, unfortunately we cannot reply to every applicant individually. If you are shortlisted, we will contact you within four weeks of the closing date.

Kind regards,
Talent Acquisition""", lang="en", button=("Candidate home", "https://holyrood.wd3.myworkday.example.com/candidate"),
            footer="Please do not reply to this automated message.", color="#4a1c5c"),
        tid="holyrood_ack"),

    msg(ACK, "harcourt_registration", "en", company="Harcourt Talent Partners",
        contact="ewan@harcourttalent.example.co.uk",
        frm=("Ewan Harcourt", "ewan@harcourttalent.example.co.uk"),
        reply_to=("Ewan Harcourt", "ewan@harcourttalent.example.co.uk"),
        subject="Welcome to Harcourt Talent Partners",
        date="2026-02-20 13:05",
        text="""Hi Nerea,

Lovely to speak to you this morning. This is just to confirm that I've received
your CV and that you're now registered with us for museum learning, visitor
experience and heritage tourism roles in Edinburgh and the Lothians.

I've noted your notice period (one month), salary expectations and right to
work. I'll only put you forward for a role with your say-so.

Best,
Ewan

Ewan Harcourt
Director, Harcourt Talent Partners
4 Rutland Square, Edinburgh EH1 2AS | 07700 900412
""", cte="quoted-printable"),

    # ---------------------------------------------------------------- fr
    msg(ACK, "teamtailor_garonne", "fr", company="Fondation Garonne-Lumière",
        frm=("Fondation Garonne-Lumière", "no-reply@teamtailor-mail.com"),
        name_enc=("iso-8859-1", "Q"),
        subject="Nous avons bien reçu votre candidature",
        subj_enc=("utf-8", "Q"),
        date="2026-05-11 15:36", tz="utc",
        text="""Bonjour Nerea,

Merci d'avoir postulé au poste de Responsable de la médiation à la Fondation
Garonne-Lumière. Votre candidature a bien été transmise à notre équipe.

Nous étudions chaque dossier avec attention et reviendrons vers vous d'ici
trois semaines.

À bientôt,
L'équipe de la Fondation Garonne-Lumière
""",
        html=ats_card("Fondation Garonne-Lumière", """Bonjour Nerea,

Merci d'avoir postulé au poste de Responsable de la médiation à la Fondation Garonne-Lumière. Votre candidature a bien été transmise à notre équipe.

Nous étudions chaque dossier avec attention et reviendrons vers vous d'ici trois semaines.

À bientôt,
L'équipe de la Fondation Garonne-Lumière""", lang="fr", footer="Envoyé avec Teamtailor", color="#d35400"),
        tid="garonne_ack"),

    msg(ACK, "recruitee_chartrons_pas_individuel", "fr", company="Musée des Chartrons",
        frm=("Musée des Chartrons", "musee-des-chartrons@jobs.recruitee.com"),
        subject="Confirmation de votre candidature – Médiateur·rice culturel·le",
        date="2026-06-15 08:44", tz="utc", charset="windows-1252", cte="quoted-printable",
        text="""Bonjour Nerea,

Nous vous confirmons la bonne réception de votre candidature au poste de
Médiatrice / Médiateur culturel·le au Musée des Chartrons.

Malheureusement, compte tenu du nombre de candidatures reçues, nous ne sommes
pas en mesure de répondre individuellement à chacune d'entre elles. Si votre
profil correspond à nos besoins, nous vous contacterons d'ici le 10 juillet.

Nous vous remercions de l'intérêt que vous portez à notre musée.

L'équipe Ressources humaines
Musée des Chartrons - Bordeaux

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
""", tid="chartrons_ack"),

    # ---------------------------------------------------------------- de
    msg(ACK, "personio_stadtklang", "de", company="Museum für Stadtklang",
        frm=("Museum für Stadtklang", "no-reply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung",
        subj_enc=("iso-8859-1", "Q"),
        date="2026-04-02 11:09", tz="utc",
        text="""Sehr geehrte Frau Castillo-Whitmore,

vielen Dank für Ihre Bewerbung als Referent*in für Bildung und Vermittlung
und Ihr Interesse am Museum für Stadtklang.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen alle
Bewerbungen sorgfältig und melden uns nach Ende der Bewerbungsfrist
(15. April) bei Ihnen.

Mit freundlichen Grüßen
Ihr Museum für Stadtklang

Diese Nachricht wurde automatisch über Personio versendet.
""",
        html=ats_card("Museum für Stadtklang", """Sehr geehrte Frau Castillo-Whitmore,

vielen Dank für Ihre Bewerbung als Referent*in für Bildung und Vermittlung und Ihr Interesse am Museum für Stadtklang.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen alle Bewerbungen sorgfältig und melden uns nach Ende der Bewerbungsfrist (15. April) bei Ihnen.

Mit freundlichen Grüßen
Ihr Museum für Stadtklang""", lang="de", footer="Diese Nachricht wurde automatisch über Personio versendet.", color="#1a1a1a"),
        html_cte="quoted-printable", tid="stadtklang_ack"),

    msg(ACK, "softgarden_spreebogen", "de", company="Stiftung Spreebogen Kultur",
        frm=("Stiftung Spreebogen Kultur", "noreply@softgarden.io"),
        subject="Vielen Dank für Ihre Bewerbung",
        date="2026-02-16 21:30", tz="utc", charset="iso-8859-1", cte="quoted-printable",
        text="""Sehr geehrte Frau Castillo-Whitmore,

wir haben Ihre Bewerbung als Museumspädagog*in (m/w/d) erhalten und danken
Ihnen für Ihr Interesse an der Stiftung Spreebogen Kultur.

Leider können wir aufgrund der Vielzahl an Zuschriften nicht jede Bewerbung
einzeln beantworten. Sollten Sie in die engere Auswahl kommen, laden wir Sie
innerhalb von vier Wochen zu einem Gespräch ein.

Freundliche Grüße
Recruiting-Team
Stiftung Spreebogen Kultur

Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.
""", tid="spreebogen_ack"),

    # ================================================================ offer
    msg(OFF, "harrobia_oferta_pdf", "es", company="Museo Marítimo Harrobia",
        contact="itziar.larranaga@museoharrobia.example.es",
        frm=("Itziar Larrañaga", "itziar.larranaga@museoharrobia.example.es"),
        cc=[("Recursos Humanos Harrobia", "rrhh@museoharrobia.example.es")],
        subject="Propuesta de incorporación – Educadora de Museo",
        subj_enc=("utf-8", "B"),
        date="2026-03-20 13:45",
        text="""Kaixo Nerea:

¡Enhorabuena! Después de las entrevistas, el equipo tiene claro que queremos
contar contigo como Educadora de Museo en el Museo Marítimo Harrobia.

Te adjunto la carta de oferta con las condiciones: contrato indefinido a
jornada completa, grupo profesional B, 31.500 € brutos anuales en 14 pagas,
incorporación prevista el 4 de mayo y un periodo de prueba de seis meses.

Te agradecería que nos dieras una respuesta antes del viernes 27 de marzo.
Si quieres comentar cualquier punto, llámame cuando quieras.

Un abrazo y, de nuevo, zorionak,

Itziar Larrañaga
Responsable de Educación y Públicos
Museo Marítimo Harrobia · T. 943 00 14 52
""",
        attach=[dict(type="pdf", name="Carta_oferta_Castillo-Whitmore.pdf", title="Carta de oferta",
                     lines=["Museo Marítimo Harrobia", "Donostia / San Sebastián, 20 de marzo de 2026", "",
                            "Sra. Nerea Castillo-Whitmore", "",
                            "Nos complace ofrecerle el puesto de Educadora de Museo.",
                            "Tipo de contrato: indefinido, jornada completa.",
                            "Retribución: 31.500 EUR brutos anuales (14 pagas).",
                            "Fecha de incorporación: 4 de mayo de 2026.",
                            "Periodo de prueba: seis meses.", "",
                            "Plazo de aceptación: 27 de marzo de 2026.", "",
                            "Itziar Larrañaga - Responsable de Educación y Públicos"])],
        tid="harrobia_offer", parent="harrobia_thanks"),

    msg(OFF, "lautada_oferta_verbal", "es", company="Fundación Lautada Ondarea",
        contact="maialen.ruiz@lautadaondarea.example.es",
        frm=("Maialen Ruiz de Azua", "maialen.ruiz@lautadaondarea.example.es"),
        subject="Lo que hablamos por teléfono",
        date="2026-05-12 17:22",
        text="""Hola Nerea:

Como te adelanté esta tarde por teléfono, la fundación quiere ofrecerte el
puesto de Técnica de Educación Patrimonial. Te dejo por escrito lo que
hablamos para que lo tengas claro:

  - Contrato de un año, prorrogable, a jornada completa (37,5 h).
  - 27.800 € brutos anuales.
  - Teletrabajo un día a la semana; el resto, en Vitoria-Gasteiz.
  - Incorporación: 1 de junio.

Si me confirmas que aceptas, Recursos Humanos te enviará el contrato para
firmar. Tómate unos días para pensarlo; nos vendría bien saberlo antes del
martes 19.

¡Ojalá sea un sí!
Maialen
""", tid="lautada_offer", parent="lautada_move"),

    msg(OFF, "olabide_cliente_oferta", "es", company="Fundación Getariako Mahastiak",
        contact="gorka@olabide.example.es",
        frm=("Gorka Olabide", "gorka@olabide.example.es"),
        subject="¡Getariako Mahastiak quiere hacerte una oferta!",
        date="2026-09-22 12:00",
        text="""Nerea,

Acabo de colgar con la gerente de Fundación Getariako Mahastiak: el cliente
quiere hacerte una oferta para dirigir el centro de interpretación.

Lo que me han trasladado: 38.000 € brutos anuales más un variable ligado a
visitantes, contrato indefinido y la posibilidad de empezar en noviembre. La
carta formal os la enviarán ellos directamente esta semana, pero antes quería
que lo supieras por mí y pudiéramos hablar de cómo responder.

¿Te llamo esta tarde a las 18:00?

Gorka Olabide
Olabide & Asociados, Executive Search
""", tid="olabide_offer", parent="olabide_move"),

    msg(OFF, "ikusi_contrato_ultzama", "es", company="Centro de Interpretación Ultzama",
        contact="nahia.etxabe@ikusitalento.example.es",
        frm=("Nahia Etxabe", "nahia.etxabe@ikusitalento.example.es"),
        subject="Contrato para firma – Centro de Interpretación Ultzama",
        date="2026-09-29 10:18", charset="windows-1252", cte="quoted-printable",
        text="""Hola Nerea:

¡Lo tenemos! El Centro de Interpretación Ultzama ha confirmado que quiere
contar contigo como educadora ambiental para la temporada de otoño-invierno
(del 13 de octubre al 28 de febrero).

Te he enviado el contrato de puesta a disposición a través de nuestra
plataforma de firma electrónica; te llegará un SMS con el código. Las
condiciones son las que vimos: 30 horas semanales, 1.450 € brutos al mes y
kilometraje desde Pamplona.

En cuanto lo firmes, te paso la información de la primera jornada.

Nahia Etxabe
Consultora · Ikusi Talento ETT
"""),

    msg(OFF, "ulia_natura_pdf_base64", "es", company="Fundación Ulia Natura",
        contact="peru.aranburu@ulianatura.example.es",
        frm=("Peru Aranburu", "peru.aranburu@ulianatura.example.es"),
        subject="Oferta de empleo – Educadora del Centro de Visitantes de Ulia",
        date="2026-10-08 09:05", cte="base64",
        text="""Buenos días, Nerea:

Tras el proceso de selección, nos complace ofrecerte el puesto de
Educadora del Centro de Visitantes de Ulia. En el documento adjunto
encontrarás la oferta detallada (salario, horario, vacaciones y fecha de
incorporación).

Para aceptarla, basta con que nos devuelvas la carta firmada antes del 16 de
octubre. Si tienes cualquier duda, estoy a tu disposición.

Un cordial saludo,

Peru Aranburu
Gerente · Fundación Ulia Natura
Paseo de Ulia 190, 20013 Donostia
""",
        attach=[dict(type="pdf", name="Oferta_Ulia_Natura_2026.pdf", title="Oferta de empleo",
                     lines=["Fundación Ulia Natura", "Oferta de empleo", "",
                            "Puesto: Educadora del Centro de Visitantes de Ulia",
                            "Jornada: completa, de martes a sábado",
                            "Salario: 29.200 EUR brutos anuales",
                            "Vacaciones: 23 días laborables",
                            "Incorporación: 2 de noviembre de 2026", "",
                            "Firma de aceptación: ____________________"])]),

    msg(OFF, "tranvia_gasteiz_firma", "es", company="Museo del Tranvía Gasteiz",
        contact="nekane.lopez@museotranvia.example.es",
        frm=("Nekane López de Lacalle", "nekane.lopez@museotranvia.example.es"),
        name_enc=("iso-8859-1", "B"),
        subject="Tu contrato para firmar",
        date="2026-10-15 16:40",
        text="""Hola Nerea,

Como acordamos ayer, te enviamos tu contrato como Responsable de Educación
del Museo del Tranvía Gasteiz para que lo revises y lo firmes.

Lo tienes en el adjunto (dos copias). Fírmalas, escanéalas y devuélvemelas
por este mismo correo; el original lo traes el primer día, el 2 de noviembre.

Bienvenida al equipo :)

Nekane López de Lacalle
Administración · Museo del Tranvía Gasteiz
""",
        html=simple_html(paras("""Hola Nerea,

Como acordamos ayer, te enviamos tu contrato como Responsable de Educación del Museo del Tranvía Gasteiz para que lo revises y lo firmes.

Lo tienes en el adjunto (dos copias). Fírmalas, escanéalas y devuélvemelas por este mismo correo; el original lo traes el primer día, el 2 de noviembre.

Bienvenida al equipo :)

Nekane López de Lacalle
Administración · Museo del Tranvía Gasteiz"""), "es"),
        attach=[dict(type="pdf", name="Contrato_Responsable_Educación.pdf", title="Contrato de trabajo",
                     lines=["CONTRATO DE TRABAJO", "Museo del Tranvía Gasteiz",
                            "Trabajadora: Nerea Castillo-Whitmore",
                            "Categoría: Responsable de Educación",
                            "Duración: indefinida. Inicio: 2 de noviembre de 2026",
                            "", "Firma de la trabajadora: ____________"])]),

    msg(OFF, "brunner_client_offer", "en", company="Firth Learning Trust",
        contact="fiona.vance@brunnervance.example.co.uk",
        frm=("Fiona Vance", "fiona.vance@brunnervance.example.co.uk"),
        subject="The Firth Learning Trust wants to make you an offer",
        date="2026-07-03 15:33",
        text="""Nerea,

I'm thrilled to tell you that the Firth Learning Trust wants to make you an
offer for the Museum Education Officer role!

Headline terms, as relayed to me by Kirsty in HR:
  - salary of GBP 31,400, rising to GBP 32,900 after probation
  - permanent, 35 hours a week, with flexible working
  - start date to be agreed, ideally early September
  - relocation support of up to GBP 2,000

The formal offer letter will follow from the Trust once you've confirmed
you're happy in principle. Can we speak this evening?

Fiona

Fiona Vance | Partner | Brunner & Vance Search
""", tid="brunner_offer", parent="brunner_move"),

    msg(OFF, "granton_offer_letter", "en", company="Granton Lighthouse Learning Centre",
        contact="callum.reid@grantonlighthouse.example.org.uk",
        frm=("Callum Reid", "callum.reid@grantonlighthouse.example.org.uk"),
        subject="Offer of employment - Education Officer",
        date="2026-09-10 12:12",
        text="""Dear Nerea,

Following the assessment day, I am very pleased to offer you the post of
Education Officer at the Granton Lighthouse Learning Centre. Please find
attached our formal offer letter, which sets out the salary, hours, pension
and the conditions of the offer (two satisfactory references and a PVG check).

If you wish to accept, please sign and return the acceptance slip by
Friday 18 September.

Congratulations - the panel was unanimous.

Yours sincerely,
Callum Reid
Centre Manager
Granton Lighthouse Learning Centre
""",
        attach=[dict(type="pdf", name="Granton_offer_letter.pdf", title="Offer of employment",
                     lines=["Granton Lighthouse Learning Centre", "10 September 2026", "",
                            "Dear Ms Castillo-Whitmore,", "",
                            "We are pleased to offer you the post of Education Officer.",
                            "Salary: GBP 29,850 per annum. Hours: 35 per week.",
                            "Start date: 5 October 2026, subject to references and PVG.", "",
                            "Acceptance slip: I accept the above offer. Signed: ________"])],
        tid="granton_offer", parent="granton_move"),

    msg(OFF, "garonne_promesse_embauche", "fr", company="Fondation Garonne-Lumière",
        contact="camille.durand@garonne-lumiere.example.fr",
        frm=("Camille Durand", "camille.durand@garonne-lumiere.example.fr"),
        subject="Proposition d'embauche – Responsable de la médiation",
        date="2026-06-19 11:20", charset="windows-1252", cte="quoted-printable",
        text="""Chère Nerea,

J'ai le grand plaisir de vous annoncer que la directrice souhaite vous confier
le poste de Responsable de la médiation de la Fondation Garonne-Lumière.

Vous trouverez ci-joint notre promesse d'embauche : CDI cadre, rémunération
annuelle brute de 36 000 €, prise de poste le 1er septembre 2026. Nous
prenons également en charge une partie de vos frais de déménagement.

Pour accepter, il vous suffit de nous retourner le document signé avant le
30 juin. N'hésitez pas à m'appeler si vous souhaitez en discuter.

Bien chaleureusement,

Camille Durand
Chargée des ressources humaines
Fondation Garonne-Lumière - 18 quai des Queyries, 33100 Bordeaux
""",
        attach=[dict(type="pdf", name="Promesse_embauche_Castillo-Whitmore.pdf", title="Promesse d'embauche",
                     lines=["Fondation Garonne-Lumière", "Bordeaux, le 19 juin 2026", "",
                            "Objet : promesse d'embauche", "",
                            "Poste : Responsable de la médiation (CDI, statut cadre)",
                            "Rémunération : 36 000 euros bruts annuels",
                            "Date de prise de poste : 1er septembre 2026", "",
                            "Bon pour accord, signature : ____________"])],
        tid="garonne_offer", parent="garonne_move"),

    msg(OFF, "wedding_nord_vertrag", "de", company="Kulturzentrum Wedding-Nord",
        contact="svenja.koch@kulturzentrum-wedding.example.de",
        frm=("Svenja Koch", "svenja.koch@kulturzentrum-wedding.example.de"),
        subject="Ihr Arbeitsvertrag zur Unterschrift",
        subj_enc=("utf-8", "Q"),
        date="2026-07-24 14:05",
        text="""Liebe Frau Castillo-Whitmore,

wie gestern am Telefon besprochen, freuen wir uns sehr, Ihnen die Stelle als
Kulturvermittlerin im Kulturzentrum Wedding-Nord anzubieten.

Im Anhang finden Sie den Arbeitsvertrag (TV-L E9a, 30 Wochenstunden,
befristet auf zwei Jahre, Beginn 1. Oktober 2026). Bitte unterschreiben Sie
beide Exemplare und schicken Sie uns eines per Post oder eingescannt zurück.

Wir freuen uns auf die Zusammenarbeit!

Herzliche Grüße
Svenja Koch
Programmleitung | Kulturzentrum Wedding-Nord
Osloer Straße 120, 13359 Berlin
""",
        attach=[dict(type="pdf", name="Arbeitsvertrag_Castillo-Whitmore.pdf", title="Arbeitsvertrag",
                     lines=["Arbeitsvertrag", "zwischen dem Kulturzentrum Wedding-Nord",
                            "und Frau Nerea Castillo-Whitmore", "",
                            "Position: Kulturvermittlerin, 30 Wochenstunden, TV-L E9a",
                            "Beginn: 1. Oktober 2026, befristet bis 30. September 2028", "",
                            "Unterschrift: ____________"])],
        tid="wedding_offer", parent="wedding_missed"),
]
