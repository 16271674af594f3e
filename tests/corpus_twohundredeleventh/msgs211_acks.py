"""Corpus 211: application acknowledgements and offers. Every message here is written by hand
for this corpus."""

from msgs211_common import (
    CAND,
    ats_card,
    button,
    html_page,
    mso,
    outlook_html,
    paras,
)

AULACLARA_OFFER = """Hola, Mireia:

Tal como te adelanté por teléfono, nos encantaría que te unieras a Aula Clara como diseñadora
instruccional. Te adjunto la carta de oferta con las condiciones: contrato indefinido, 31.500 €
brutos anuales y dos días de teletrabajo a la semana.

Necesitaríamos tu respuesta antes del 13 de marzo.

Elisenda"""

MESSAGES = [
    # ================================================================== application_received
    # ------------------------------------------------------------------ es
    dict(
        name="aulaclara_recruitee_recibida", kind="application_received", lang="es",
        id="aulaclara-ack",
        company="Aula Clara", contact="",
        date="2026-02-03 18:02 +0100",
        frm=("Aula Clara", "no-reply@jobs.recruitee.com"),
        to=[CAND],
        subject="Hemos recibido tu candidatura – Diseñador/a instruccional",
        text="""Hola Mireia:

Gracias por presentar tu candidatura al puesto de Diseñador/a instruccional en Aula Clara.
La hemos recibido correctamente y el equipo de Learning Design la revisará en las próximas dos
semanas.

Puedes consultar el estado de tu candidatura en cualquier momento desde este enlace:
https://aulaclara.recruitee.example.com/o/disenador-instruccional/c/status

¡Gracias por pensar en nosotros!
El equipo de Aula Clara
""",
        html=ats_card(
            "Aula Clara",
            paras("""Hola Mireia:

Gracias por presentar tu candidatura al puesto de Diseñador/a instruccional en Aula Clara.
La hemos recibido correctamente y el equipo de Learning Design la revisará en las próximas dos
semanas.""")
            + button("Ver el estado de mi candidatura",
                     "https://aulaclara.recruitee.example.com/o/disenador-instruccional/c/status",
                     "#0d9488")
            + paras("¡Gracias por pensar en nosotros!\nEl equipo de Aula Clara"),
            "Enviado a través de Recruitee.", color="#0d9488",
        ),
    ),
    dict(
        name="garbi_teamtailor_sin_respuesta_individual", kind="application_received",
        lang="es",
        id="garbi-ack",
        company="Editorial Garbí", contact="",
        date="2026-01-12 21:14 +0100",
        frm=("Editorial Garbí", "no-reply@teamtailor-mail.com"),
        to=[CAND],
        subject="Gracias por tu candidatura a Editorial Garbí",
        cte="base64",
        html=ats_card(
            "Editorial Garbí",
            paras("""Hola Mireia,

Te confirmamos que hemos recibido tu candidatura para Editora de contenidos digitales de
Primaria. Gracias por el tiempo que has dedicado a prepararla.

Recibimos muchas solicitudes y, lamentablemente, no podemos responder de forma individual a
cada una de ellas. Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo
en un plazo de tres semanas.

Mientras tanto, puedes conocer mejor nuestro catálogo en editorialgarbi.example.es.

Un saludo,
Equipo de Personas · Editorial Garbí""")
            + '<p><a href="https://editorialgarbi.teamtailor-mail.com/connect">'
            "Únete a nuestra comunidad de talento</a></p>",
            "Este correo se ha enviado desde Teamtailor. No respondas a este mensaje.",
            color="#c2410c",
        ),
    ),
    dict(
        name="ebro_workday_acuse", kind="application_received", lang="es",
        id="ebro-ack",
        company="Grupo Ebro Formación", contact="",
        date="2026-04-14 08:00 +0200",
        frm=("Grupo Ebro Formación", "grupoebro@myworkday.com"),
        to=[CAND],
        subject="Grupo Ebro: solicitud recibida para R-1187 Diseñador/a instruccional",
        text="""Hola Mireia Castellví-Hoang:

Gracias por tu interés en Grupo Ebro Formación. Hemos recibido tu solicitud para el puesto
R-1187 Diseñador/a instruccional (Zaragoza).

Nuestro equipo de Selección revisará tu perfil. Si tus cualificaciones se ajustan a los
requisitos, nos pondremos en contacto contigo para los siguientes pasos.

Puedes revisar el estado de tu solicitud en la sección Candidaturas de tu cuenta:
https://wd3.myworkday.example.com/grupoebro/d/inst/candidate/home

Saludos cordiales,
Selección · Grupo Ebro Formación

Este es un mensaje automático; por favor, no respondas.
""",
    ),
    dict(
        name="flexiplus_alta_registro", kind="application_received", lang="es",
        id="flexiplus-reg",
        company="Flexiplus", contact="sergio.navarro@flexiplus.example.es",
        date="2026-06-08 17:40 +0200",
        frm=("Sergio Navarro · Flexiplus ETT", "sergio.navarro@flexiplus.example.es"),
        to=[CAND],
        subject="Alta completada en Flexiplus – Delegación Zaragoza",
        charset="windows-1252", cte="quoted-printable",
        text="""Hola Mireia:

Gracias por pasar hoy por la oficina. Te confirmo que ya estás dada de alta en Flexiplus con
el perfil de formación y contenidos e-learning, y que tenemos tu CV, tu titulación y el
certificado de delitos de naturaleza sexual.

A partir de ahora te tendremos en cuenta para las ofertas de nuestros clientes de Zaragoza y
alrededores. Cuando alguna encaje, te llamaré antes de presentar tu candidatura.

Un saludo,
Sergio Navarro
Consultor de selección – Flexiplus ETT, Delegación Zaragoza
Paseo de la Independencia 24, 50004 Zaragoza – 976 00 73 18

Flexiplus ETT, Empresa de Trabajo Temporal autorizada n.º 50/0000/12. Sus datos se tratarán
para la intermediación laboral conforme a nuestra política de privacidad.
""",
    ),
    dict(
        name="ribera_icims_recibida", kind="application_received", lang="es",
        id="ribera-ack",
        company="Clínicas Ribera Norte", contact="",
        date="2026-08-17 12:00 +0200",
        frm=("Clínicas Ribera Norte", "careers-riberanorte@icims.com"),
        to=[CAND],
        subject="Confirmación de solicitud – Técnica de Formación Sanitaria Online (2026-1402)",
        subj_enc=("utf-8", "Q"),
        cte="base64",
        text="""Estimada Mireia:

Gracias por enviar su solicitud para el puesto Técnica de Formación Sanitaria Online
(2026-1402) en Clínicas Ribera Norte.

Este mensaje confirma que su solicitud se ha recibido correctamente. Nuestro equipo de
Talento la revisará junto con las del resto de participantes. Le recomendamos que mantenga
actualizado su perfil en nuestro portal de empleo.

Atentamente,
Talento · Clínicas Ribera Norte

Por favor, no responda a este mensaje; esta dirección no se supervisa.
""",
        html=ats_card(
            "Clínicas Ribera Norte",
            paras("""Estimada Mireia:

Gracias por enviar su solicitud para el puesto Técnica de Formación Sanitaria Online
(2026-1402) en Clínicas Ribera Norte.

Este mensaje confirma que su solicitud se ha recibido correctamente. Nuestro equipo de
Talento la revisará junto con las del resto de participantes.

Atentamente,
Talento · Clínicas Ribera Norte"""),
            "Por favor, no responda a este mensaje; esta dirección no se supervisa.",
            color="#1e3a8a",
        ),
    ),
    dict(
        name="ludica_greenhouse_gracias", kind="application_received", lang="es",
        id="ludica-ack",
        company="Lúdica Learning", contact="",
        date="2026-02-20 23:10 +0100",
        frm=("Lúdica Learning", "no-reply@greenhouse-mail.io"),
        frm_enc=("iso-8859-1", "Q"),
        to=[CAND],
        subject="Gracias por aplicar a Lúdica Learning",
        subj_enc=("iso-8859-1", "Q"),
        text="""Hola Mireia,

¡Gracias por aplicar a la posición de Game-based Learning Designer en Lúdica Learning!

Hemos recibido tu solicitud y nuestro equipo la revisará con atención. Si tu experiencia
encaja con lo que buscamos, alguien del equipo se pondrá en contacto contigo para
programar una primera conversación.

Un saludo,
El equipo de Lúdica Learning
""",
    ),
    dict(
        name="bambu_bamboohr_cv", kind="application_received", lang="es",
        id="bambu-ack",
        company="Bambú Educa", contact="nerea.soria@bambueduca.example.es",
        date="2026-05-11 10:05 +0200",
        frm=("Bambú Educa", "notifications@bamboohr.com"),
        reply_to=[("Nerea Soria", "nerea.soria@bambueduca.example.es")],
        to=[CAND],
        subject="Hemos recibido tu CV – Bambú Educa",
        text="""Hola Mireia,

Hemos recibido tu CV para la vacante de Diseñadora de materiales de Infantil y Primaria.
Gracias por tu interés en Bambú Educa.

Revisaremos todas las candidaturas a partir del 25 de mayo. Si tienes alguna pregunta
mientras tanto, responde a este correo y te contestará Nerea Soria, de nuestro equipo.

Un saludo,
Bambú Educa · Valencia
""",
    ),
    dict(
        name="maestrat_personio_eingang", kind="application_received", lang="es",
        id="maestrat-ack",
        company="Maestrat Digital", contact="",
        date="2026-01-08 19:30 +0100",
        frm=("Maestrat Digital", "noreply@personio.de"),
        to=[CAND],
        subject="Tu candidatura en Maestrat Digital",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hola Mireia,

muchas gracias por tu candidatura como Instructional Designer (Castellón / remoto).

Te confirmamos que la hemos recibido. Revisaremos tu documentación y te informaremos de los
siguientes pasos lo antes posible.

Saludos cordiales,
Maestrat Digital

--
Este correo ha sido generado automáticamente por Personio.
""",
    ),
    dict(
        name="cesaraugusta_justificante_registro", kind="application_received", lang="es",
        id="cesar-ack", parent="cesar-apply",
        company="Universidad Cesaraugusta Online", contact="",
        date="2026-02-25 22:41 +0100",
        frm=("Sede Electrónica UCO", "sede-noreply@ucesaraugusta.example.es"),
        frm_enc=("utf-8", "B"),
        to=[CAND],
        subject="Justificante de presentación – Registro n.º 2026/004512",
        text="""Se ha registrado correctamente su solicitud.

Número de registro: 2026/004512
Fecha y hora: 25/02/2026 22:41:07
Asunto: Solicitud de participación – ref. PTGAS-DI-04/26
Documentos: Solicitud_PTGAS-DI-04-26.pdf

Se adjunta el justificante. La lista provisional de personas admitidas se publicará en la
sede electrónica en el plazo previsto en las bases de la convocatoria.

Sede Electrónica – Universidad Cesaraugusta Online
Mensaje generado automáticamente.
""",
        pdfs=[dict(filename="Justificante_2026-004512.pdf",
                   title="Justificante de registro 2026/004512",
                   lines=["Interesada: Mireia Castellví-Hoang",
                          "Fecha: 25/02/2026 22:41:07",
                          "Asunto: Solicitud de participación - ref. PTGAS-DI-04/26",
                          "Código seguro de verificación: UCO-7K2P-Q9XX"])],
    ),
    dict(
        name="icaro_base_datos", kind="application_received", lang="es",
        id="icaro-reg",
        company="Ícaro Talent", contact="ernesto.valls@icarotalent.example.es",
        date="2026-06-29 11:30 +0200",
        frm=("Ernesto Valls", "ernesto.valls@icarotalent.example.es"),
        to=[CAND],
        subject="Recibido tu CV – proceso Responsable de Formación Digital",
        cte="8bit",
        text="""Hola Mireia:

Te confirmo que he recibido tu CV para el proceso de Responsable de Formación Digital que
llevamos para una editorial educativa de Barcelona. Lo he incorporado también a nuestra base
de datos de candidatos de Ícaro Talent.

Durante las próximas dos semanas haremos la primera criba con el cliente. Te escribiré en
cualquier caso para contarte cómo sigue.

Un saludo,
Ernesto Valls
Partner · Ícaro Talent
Carrer de Balmes 145, 08008 Barcelona · +34 93 000 15 66
""",
    ),
    dict(
        name="mediterranea_smartrecruiters_recibida", kind="application_received", lang="es",
        id="medit-ack",
        company="Seguros Mediterránea", contact="",
        date="2026-05-04 09:12 +0200",
        frm=("Seguros Mediterránea", "no-reply@smartrecruiters.com"),
        to=[CAND],
        subject="Seguros Mediterránea ha recibido tu solicitud",
        text="""Hola Mireia,

Gracias por solicitar el puesto Formador/a e-learning – Academia Mediterránea (Valencia).

Tu solicitud se ha enviado correctamente. Nuestro equipo la revisará y, si tu perfil
coincide con lo que buscamos, recibirás noticias nuestras.

Un cordial saludo,
Equipo de Talento de Seguros Mediterránea

Powered by SmartRecruiters · No respondas a este correo.
""",
        html=ats_card(
            "Seguros Mediterránea",
            paras("""Hola Mireia,

Gracias por solicitar el puesto Formador/a e-learning – Academia Mediterránea (Valencia).

Tu solicitud se ha enviado correctamente. Nuestro equipo la revisará y, si tu perfil
coincide con lo que buscamos, recibirás noticias nuestras.

Un cordial saludo,
Equipo de Talento de Seguros Mediterránea"""),
            "Powered by SmartRecruiters · No respondas a este correo.", color="#0369a1",
        ),
    ),
    # ------------------------------------------------------------------ en
    dict(
        name="brightloom_lever_received", kind="application_received", lang="en",
        id="brightloom-ack",
        company="Brightloom Learning", contact="",
        date="2026-01-22 20:45 +0000",
        frm=("Brightloom Learning", "no-reply@hire.lever.co"),
        to=[CAND],
        subject="Thank you for your application to Brightloom Learning",
        text="""Hi Mireia,

Thank you for your interest in Brightloom Learning! We have received your application for
Instructional Designer and our team will review it shortly.

If your experience looks like a good match, a member of our talent team will reach out
about next steps.

Regards,
Brightloom Learning
""",
        html=html_page(paras("""Hi Mireia,

Thank you for your interest in Brightloom Learning! We have received your application for
Instructional Designer and our team will review it shortly.

If your experience looks like a good match, a member of our talent team will reach out
about next steps.

Regards,
Brightloom Learning"""), lang="en"),
    ),
    dict(
        name="owlstone_ashby_received", kind="application_received", lang="en",
        id="owlstone-ack",
        company="Owlstone EdTech", contact="",
        date="2026-04-02 09:31 +0100",
        frm=("Owlstone EdTech", "no-reply@ashbyhq.com"),
        to=[CAND],
        subject="We got your application!",
        cte="base64",
        text="""Hi Mireia,

Thanks for applying to the Education Content Designer role at Owlstone EdTech. This note
is to let you know your application arrived safely.

We read every application ourselves, so it can take us up to two weeks to get back to you.

Cheers,
The Owlstone team
""",
    ),
    dict(
        name="quillworks_workable_no_individual", kind="application_received", lang="en",
        id="quill-ack",
        company="Quillworks", contact="",
        date="2026-05-25 16:00 +0100",
        frm=("Quillworks", "noreply@workablemail.com"),
        to=[CAND],
        subject="Your application for Curriculum Designer at Quillworks",
        text="""Dear Mireia,

Thank you for applying for the Curriculum Designer position at Quillworks. We confirm that
your application has been received.

Due to the high volume of applications, unfortunately we cannot reply to every applicant
individually. Our hiring team reviews each application carefully, and shortlisted candidates
will be contacted within ten working days.

Kind regards,
The Quillworks Hiring Team
""",
        html=ats_card(
            "Quillworks",
            paras("""Dear Mireia,

Thank you for applying for the Curriculum Designer position at Quillworks. We confirm that
your application has been received.

Due to the high volume of applications, unfortunately we cannot reply to every applicant
individually. Our hiring team reviews each application carefully, and shortlisted candidates
will be contacted within ten working days.

Kind regards,
The Quillworks Hiring Team"""),
            "Powered by Workable", lang="en", color="#111827",
        ),
    ),
    dict(
        name="kestrel_greenhouse_received", kind="application_received", lang="en",
        id="kestrel-ack",
        company="Kestrel Global Learning", contact="",
        date="2026-03-20 14:00 +0000",
        frm=("Kestrel Global Learning", "no-reply@greenhouse-mail.io"),
        to=[CAND],
        subject="Kestrel Global Learning - application received",
        text="""Hello Mireia,

Thanks for your application for Learning Experience Designer (Remote, Ireland). We are
reviewing applications on a rolling basis.

We regret that we are not able to respond to every applicant personally. If you have not
heard from us within three weeks, please assume that we will not be taking your application
further at this time. We appreciate your understanding.

Best regards,
Kestrel Global Learning Talent Team
""",
    ),
    dict(
        name="corrib_workday_received", kind="application_received", lang="en",
        id="corrib-ack",
        company="Corrib Bank", contact="",
        date="2026-07-01 22:10 +0100",
        frm=("Corrib Bank Careers", "corribbank@myworkday.com"),
        to=[CAND],
        subject="Application received: Digital Learning Designer (R-20417)",
        text="""Dear Mireia,

Thank you for applying for Digital Learning Designer (R-20417) at Corrib Bank. We have
received your application and will review it against the requirements of the role.

You can track the status of your application at any time by signing in to your candidate
home:
https://wd3.myworkday.example.com/corribbank/d/inst/candidate/home

Kind regards,
Corrib Bank Talent Acquisition

Corrib Bank p.l.c. is regulated by the Central Bank of Ireland. Please do not reply to this
email.
""",
    ),
    # ------------------------------------------------------------------ fr
    dict(
        name="garonne_softgarden_accuse", kind="application_received", lang="fr",
        id="garonne-ack",
        company="Éditions Garonne Savoirs", contact="",
        date="2026-02-16 09:00 +0100",
        frm=("Éditions Garonne Savoirs", "noreply@softgarden.io"),
        frm_enc=("utf-8", "B"),
        to=[CAND],
        subject="Accusé de réception de votre candidature",
        cte="base64",
        text="""Madame Castellví-Hoang,

Nous accusons bonne réception de votre candidature au poste de conceptrice pédagogique
numérique (CDI, Toulouse) et vous remercions de l'intérêt que vous portez aux Éditions
Garonne Savoirs.

Votre dossier va être étudié avec attention par notre équipe. Nous reviendrons vers vous
dans les meilleurs délais.

Cordialement,
Le service des ressources humaines
Éditions Garonne Savoirs

Ce message a été généré automatiquement via softgarden. Merci de ne pas y répondre.
""",
        html=ats_card(
            "Éditions Garonne Savoirs",
            paras("""Madame Castellví-Hoang,

Nous accusons bonne réception de votre candidature au poste de conceptrice pédagogique
numérique (CDI, Toulouse) et vous remercions de l'intérêt que vous portez aux Éditions
Garonne Savoirs.

Votre dossier va être étudié avec attention par notre équipe. Nous reviendrons vers vous
dans les meilleurs délais.

Cordialement,
Le service des ressources humaines"""),
            "Ce message a été généré automatiquement via softgarden. Merci de ne pas y répondre.",
            lang="fr", color="#7f1d1d",
        ),
    ),
    dict(
        name="skolaris_recruitee_recue", kind="application_received", lang="fr",
        id="skolaris-ack", parent="skolaris-own",
        company="Skolaris", contact="",
        date="2026-09-08 08:15 +0200",
        frm=("Skolaris", "no-reply@jobs.recruitee.com"),
        to=[CAND],
        subject="Skolaris – nous avons bien reçu votre candidature",
        text="""Bonjour Mireia,

Merci pour votre candidature au poste de Conceptrice pédagogique (lecture, cycle 2) chez
Skolaris ! Elle nous est bien parvenue.

Notre équipe pédagogique la lira attentivement. Vous recevrez une réponse dans tous les cas,
positive ou non, d'ici deux semaines environ.

À très vite,
L'équipe Skolaris
""",
    ),
    dict(
        name="cap_competences_cv_recu", kind="application_received", lang="fr",
        id="cap-ack",
        company="Cap Compétences", contact="julien.marty@capcompetences.example.fr",
        date="2026-06-22 11:00 +0200",
        frm=("Julien Marty", "julien.marty@capcompetences.example.fr"),
        to=[CAND],
        subject="Votre candidature – ingénieure pédagogique",
        charset="windows-1252", cte="8bit",
        text="""Bonjour Mireia,

Nous avons bien reçu votre CV et votre lettre pour le poste d'ingénieure pédagogique, merci.
Votre parcours d'enseignante bilingue nous intéresse : je vous appellerai d'ici la fin de la
semaine prochaine pour un premier échange informel.

Bonne journée,
Julien Marty
Responsable pédagogique – Cap Compétences
140 rue de la Galéra, 34090 Montpellier – 04 00 00 31 22
""",
    ),
    # ------------------------------------------------------------------ de
    dict(
        name="lernwerk_personio_eingang", kind="application_received", lang="de",
        id="lernwerk-ack",
        company="Lernwerk Isar", contact="",
        date="2026-01-26 13:00 +0100",
        frm=("Lernwerk Isar", "noreply@personio.de"),
        to=[CAND],
        subject="Eingangsbestätigung Ihrer Bewerbung",
        charset="iso-8859-1", cte="quoted-printable",
        subj_enc=("iso-8859-1", "Q"),
        text="""Hallo Mireia Castellví-Hoang,

vielen Dank für Ihre Bewerbung als Instructional Designer (m/w/d) bei Lernwerk Isar.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir sehen uns Ihre Bewerbung sorgfältig
an und melden uns so bald wie möglich bei Ihnen.

Viele Grüße
Ihr Lernwerk-Isar-Team

Diese E-Mail wurde automatisch über Personio versendet.
""",
    ),
    dict(
        name="brenner_successfactors_eingang", kind="application_received", lang="de",
        id="brenner-ack",
        company="Brenner Akademie", contact="",
        date="2026-07-20 07:45 +0200",
        frm=("Brenner Akademie Karriere", "noreply@successfactors.eu"),
        to=[CAND],
        subject="Ihre Bewerbung: Referentin / Referent Digitale Lernformate (Req. 4471)",
        text="""Sehr geehrte Frau Castellví-Hoang,

vielen Dank für Ihr Interesse an der Brenner Akademie und Ihre Bewerbung auf die Position
Referentin / Referent Digitale Lernformate (Req. 4471).

Ihre Unterlagen sind vollständig bei uns eingegangen. Die Fachabteilung prüft derzeit alle
Bewerbungen; wir melden uns innerhalb von drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Brenner Akademie

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
""",
        html=ats_card(
            "Brenner Akademie",
            paras("""Sehr geehrte Frau Castellví-Hoang,

vielen Dank für Ihr Interesse an der Brenner Akademie und Ihre Bewerbung auf die Position
Referentin / Referent Digitale Lernformate (Req. 4471).

Ihre Unterlagen sind vollständig bei uns eingegangen. Die Fachabteilung prüft derzeit alle
Bewerbungen; wir melden uns innerhalb von drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Brenner Akademie"""),
            "Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.", lang="de",
            color="#334155",
        ),
    ),
    # ================================================================== offer
    dict(
        name="aulaclara_carta_oferta", kind="offer", lang="es",
        id="aulaclara-offer", parent="aulaclara-move",
        company="Aula Clara", contact="elisenda.mas@aulaclara.example.es",
        date="2026-03-02 17:45 +0100",
        frm=("Elisenda Mas", "elisenda.mas@aulaclara.example.es"),
        to=[CAND],
        cc=[("Carmen Ortiz", "carmen.ortiz@aulaclara.example.es")],
        subject="Oferta – Diseñadora instruccional (Aula Clara)",
        text=AULACLARA_OFFER + """

Elisenda Mas
Head of Learning Design · Aula Clara
C/ de Pallars 190, 08005 Barcelona · +34 93 000 45 12

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo
elimine.
""",
        pdfs=[dict(filename="Carta_oferta_Mireia_Castellví-Hoang.pdf",
                   title="Aula Clara - Carta de oferta",
                   lines=["Puesto: Diseñadora instruccional (Learning Design)",
                          "Contrato: indefinido, jornada completa",
                          "Retribución: 31.500 EUR brutos anuales en 14 pagas",
                          "Teletrabajo: 2 días por semana",
                          "Incorporación: a convenir", "Validez de la oferta: 13/03/2026"])],
    ),
    dict(
        name="ebro_confirmacion_oferta_verbal", kind="offer", lang="es",
        id="ebro-offer", parent="ebro-move",
        company="Grupo Ebro Formación", contact="pilar.gracia@grupoebro.example.es",
        date="2026-06-02 13:00 +0200",
        frm=("Pilar Gracia", "pilar.gracia@grupoebro.example.es"),
        to=[CAND],
        subject="Confirmación por escrito de nuestra propuesta",
        charset="windows-1252", cte="quoted-printable",
        text="""Hola Mireia:

Tal y como hablamos esta mañana por teléfono, te confirmo por escrito la propuesta de Grupo
Ebro Formación para incorporarte como Diseñadora instruccional en la Academia:

• Contrato indefinido, jornada completa, con periodo de prueba de seis meses
• 33.000 € brutos anuales + 10 % de variable por objetivos
• Horario flexible y un día de teletrabajo semanal
• Incorporación prevista: 1 de septiembre de 2026

Te enviaremos el contrato en cuanto nos des el sí. ¿Podrías responderme antes del viernes 12?

Estamos muy contentos de cómo fue la jornada de evaluación. ¡Ojalá podamos trabajar juntas!

Pilar Gracia Lahoz
Responsable de Selección y Desarrollo · Grupo Ebro Formación
Calle Bari 25, 50197 Zaragoza · 976 00 14 90
""",
        html=outlook_html(mso("""Hola Mireia:

Tal y como hablamos esta mañana por teléfono, te confirmo por escrito la propuesta de Grupo
Ebro Formación para incorporarte como Diseñadora instruccional en la Academia:

• Contrato indefinido, jornada completa, con periodo de prueba de seis meses
• 33.000 € brutos anuales + 10 % de variable por objetivos
• Horario flexible y un día de teletrabajo semanal
• Incorporación prevista: 1 de septiembre de 2026

Te enviaremos el contrato en cuanto nos des el sí. ¿Podrías responderme antes del viernes 12?

Estamos muy contentos de cómo fue la jornada de evaluación. ¡Ojalá podamos trabajar juntas!

Pilar Gracia Lahoz
Responsable de Selección y Desarrollo · Grupo Ebro Formación
Calle Bari 25, 50197 Zaragoza · 976 00 14 90"""), charset="windows-1252"),
    ),
    dict(
        name="bruguera_cliente_quiere_oferta", kind="offer", lang="es",
        id="nexo-offer", parent="nexo-move",
        company="Nexo Salud Formación", contact="silvia.prat@bruguerasants.example.es",
        date="2026-09-22 19:02 +0200",
        frm=("Sílvia Prat", "silvia.prat@bruguerasants.example.es"),
        to=[CAND],
        subject="¡Buenas noticias de Nexo!",
        cte="8bit",
        text="""Mireia, ¡enhorabuena!

Acabo de colgar con Òscar Ferrer: Nexo Salud Formación quiere hacerte una oferta para la
posición de Learning Designer Senior. La Dra. Comas salió encantada de la entrevista del
lunes.

Las condiciones que me han trasladado son 38.000 € brutos fijos, 2.500 € de variable,
teletrabajo tres días a la semana e incorporación el 2 de noviembre. La semana que viene te
enviarán ellos directamente el contrato.

¿Hablamos mañana por la mañana para repasarlo y ver si quieres negociar algo?

Un abrazo muy fuerte,
Sílvia

Sílvia Prat
Consultora · Bruguera & Sants Executive Search
Rambla de Catalunya 62, 08007 Barcelona · +34 93 000 61 20
""",
    ),
    dict(
        name="nexo_contrato_para_firma", kind="offer", lang="es",
        id="nexo-contract", parent="nexo-offer",
        company="Nexo Salud Formación", contact="oscar.ferrer@nexosalud.example.es",
        date="2026-09-29 10:00 +0200",
        frm=("Òscar Ferrer", "oscar.ferrer@nexosalud.example.es"),
        to=[CAND],
        cc=[("Sílvia Prat", "silvia.prat@bruguerasants.example.es")],
        subject="Contrato para firma – Learning Designer Senior",
        text="""Buenos días, Mireia:

Te damos la bienvenida a Nexo Salud Formación. Te adjunto el contrato de trabajo y el anexo
de teletrabajo con las condiciones que acordaste con Sílvia.

Puedes firmarlo electrónicamente desde este enlace, que caduca el 9 de octubre:
https://firma.nexosalud.example.es/sobre/5c8e-21af

Si tienes cualquier duda sobre alguna cláusula, llámame directamente.

Un saludo,
Òscar Ferrer
Responsable de Personas · Nexo Salud Formación
Av. Diagonal 611, 7.ª planta, 08028 Barcelona · 93 000 48 30

Este correo electrónico y sus anexos son confidenciales y para uso exclusivo de su
destinatario.
""",
        pdfs=[dict(filename="Contrato_Learning_Designer_Senior.pdf",
                   title="Contrato de trabajo - Nexo Salud Formación",
                   lines=["Trabajadora: Mireia Castellví-Hoang",
                          "Categoría: Learning Designer Senior",
                          "Salario: 38.000 EUR brutos anuales + 2.500 EUR variable",
                          "Inicio: 2 de noviembre de 2026",
                          "Anexo I: acuerdo de trabajo a distancia (3 días)"])],
    ),
    dict(
        name="bambu_propuesta_incorporacion", kind="offer", lang="es",
        id="bambu-offer", parent="bambu-ack",
        company="Bambú Educa", contact="nerea.soria@bambueduca.example.es",
        date="2026-06-19 12:30 +0200",
        frm=("Nerea Soria", "nerea.soria@bambueduca.example.es"),
        to=[CAND],
        subject="Propuesta de incorporación a Bambú Educa",
        charset="iso-8859-1", cte="quoted-printable",
        subj_enc=("iso-8859-1", "B"),
        text="""Hola, Mireia:

Ha sido un placer conocerte estas semanas. Nos complace ofrecerte el puesto de Diseñadora de
materiales de Infantil y Primaria en Bambú Educa, con las condiciones que encontrarás en la
propuesta adjunta (jornada de 35 horas, 27.000 euros brutos anuales, incorporación en
septiembre).

Para aceptarla, basta con que nos devuelvas la propuesta firmada antes del 30 de junio.

Un abrazo,
Nerea Soria
Coordinadora de Personas · Bambú Educa
Carrer de Russafa 18, 46004 Valencia · 96 000 51 19
""",
        pdfs=[dict(filename="Propuesta_Bambu_Educa.pdf", title="Propuesta de incorporación",
                   lines=["Puesto: Diseñadora de materiales de Infantil y Primaria",
                          "Jornada: 35 horas semanales", "Salario: 27.000 EUR brutos anuales",
                          "Incorporación: septiembre de 2026"])],
    ),
    # ------------------------------------------------------------------ en
    dict(
        name="corrib_offer_letter", kind="offer", lang="en",
        id="corrib-offer", parent="corrib-invite",
        company="Corrib Bank", contact="aisling.moran@corribbank.example.ie",
        date="2026-08-05 15:00 +0100",
        frm=("Aisling Moran", "aisling.moran@corribbank.example.ie"),
        to=[CAND],
        subject="Offer of employment - Digital Learning Designer",
        text="""Dear Mireia,

Further to our conversation this afternoon, I am delighted to attach your formal offer of
employment for the role of Digital Learning Designer with Corrib Bank Academy.

The key terms are a permanent contract, a base salary of EUR 52,000, a relocation allowance
of EUR 6,000 and hybrid working (two days in the office). The offer is subject to
references and a right-to-work check.

Please sign and return the letter by 19 August. Do call me if anything is unclear.

Kind regards,

Aisling Moran
Talent Acquisition Lead | Corrib Bank
Beech Hill Campus, Clonskeagh, Dublin 4 | +353 1 000 7730

Corrib Bank p.l.c. is regulated by the Central Bank of Ireland. This message is confidential.
""",
        html=outlook_html(mso("""Dear Mireia,

Further to our conversation this afternoon, I am delighted to attach your formal offer of
employment for the role of Digital Learning Designer with Corrib Bank Academy.

The key terms are a permanent contract, a base salary of EUR 52,000, a relocation allowance
of EUR 6,000 and hybrid working (two days in the office). The offer is subject to
references and a right-to-work check.

Please sign and return the letter by 19 August. Do call me if anything is unclear.

Kind regards,

Aisling Moran
Talent Acquisition Lead | Corrib Bank
Beech Hill Campus, Clonskeagh, Dublin 4 | +353 1 000 7730"""), lang="en"),
        pdfs=[dict(filename="Corrib_Offer_Letter_MCastellvi-Hoang.pdf",
                   title="Offer of Employment - Corrib Bank",
                   lines=["Position: Digital Learning Designer, Corrib Bank Academy",
                          "Contract: permanent, full time", "Base salary: EUR 52,000",
                          "Relocation allowance: EUR 6,000",
                          "Please sign and return by 19 August 2026"])],
    ),
    dict(
        name="teachfold_verbal_followup", kind="offer", lang="en",
        id="teachfold-offer",
        company="Teachfold", contact="lena@teachfold.example.com",
        date="2026-10-06 18:30 +0100",
        frm=("Lena Fitzgerald", "lena@teachfold.example.com"),
        to=[CAND],
        subject="Following up on our call - welcome aboard?",
        text="""Hi Mireia,

Great speaking earlier! As promised, here is what we talked through on the phone, in
writing:

- Role: Curriculum Designer, Maths (fully remote, EU hours)
- EUR 46,000 a year, plus 0.1% options
- 25 days' holiday plus Spanish public holidays
- Start date: whenever suits after 1 December

We'd genuinely love to have you on the team. Take the weekend to think it over, and ping me
with any questions. Once you say yes, Mo will send the contract over.

Lena
Co-founder, Teachfold
""",
    ),
    dict(
        name="harbourline_contract_signature", kind="offer", lang="en",
        id="harbourline-offer",
        company="Harbourline Learning", contact="roisin.kelly@harbourline.example.ie",
        date="2026-10-22 11:15 +0100",
        frm=("Róisín Kelly", "roisin.kelly@harbourline.example.ie"),
        frm_enc=("utf-8", "B"),
        to=[CAND],
        subject="Your Harbourline contract is ready to sign",
        text="""Hi Mireia,

Congratulations again on accepting our offer for the Learning Designer (Spanish) role - Cian
is delighted, as are we.

Your contract of employment is ready for e-signature:
https://sign.harbourline.example.ie/envelope/a81c-09fd

Once you have signed, I will send your equipment form and the onboarding plan for your
first week (Monday 23 November).

Best,
Róisín Kelly
People Partner | Harbourline Learning
Sir John Rogerson's Quay 80, Dublin 2
""",
    ),
    # ------------------------------------------------------------------ fr
    dict(
        name="lez_promesse_embauche", kind="offer", lang="fr",
        id="lez-offer",
        company="Université Numérique du Lez", contact="sophie.delmas@univ-lez.example.fr",
        date="2026-05-28 16:00 +0200",
        frm=("Sophie Delmas", "sophie.delmas@univ-lez.example.fr"),
        reply_to=[("Sophie Delmas", "sophie.delmas@univ-lez.example.fr")],
        to=[CAND],
        subject="Promesse d'embauche – Ingénieure pédagogique",
        text="""Madame Castellví-Hoang,

J'ai le plaisir de vous confirmer que le jury a retenu votre candidature pour le poste
d'ingénieure pédagogique au sein du service des usages numériques de l'Université Numérique
du Lez.

Vous trouverez ci-joint la promesse d'embauche précisant les conditions : contrat à durée
déterminée de trois ans, catégorie A, prise de fonctions le 1er septembre 2026 à Montpellier.

Je vous remercie de nous retourner ce document signé avant le 12 juin.

Veuillez agréer, Madame, l'expression de mes salutations distinguées.

Sophie Delmas
Responsable du recrutement des personnels contractuels
Université Numérique du Lez · 15 route de Mende · 34090 Montpellier
""",
        pdfs=[dict(filename="Promesse_embauche_UNL.pdf", title="Promesse d'embauche",
                   lines=["Poste : ingénieure pédagogique (catégorie A)",
                          "Contrat : CDD de 3 ans", "Prise de fonctions : 1er septembre 2026",
                          "Lieu : Montpellier"])],
    ),
    # ------------------------------------------------------------------ de
    dict(
        name="brenner_vertragsangebot", kind="offer", lang="de",
        id="brenner-offer", parent="brenner-move",
        company="Brenner Akademie", contact="katrin.oberhuber@brenner-akademie.example.de",
        date="2026-08-28 11:00 +0200",
        frm=("Katrin Oberhuber", "katrin.oberhuber@brenner-akademie.example.de"),
        to=[CAND],
        subject="Unser Vertragsangebot für Sie",
        charset="iso-8859-1", cte="quoted-printable",
        subj_enc=("iso-8859-1", "Q"),
        text="""Sehr geehrte Frau Castellví-Hoang,

wir freuen uns sehr, Ihnen nach dem Assessment Center die Position als Referentin Digitale
Lernformate in der Brenner Akademie anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot: unbefristete Anstellung in Vollzeit,
Jahresbruttogehalt 58.000 Euro, 30 Urlaubstage, Start zum 1. November 2026. Bei der
Wohnungssuche in München unterstützt Sie unser Relocation-Partner.

Bitte lassen Sie uns bis zum 11. September wissen, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Katrin Oberhuber
Personalreferentin · Brenner Akademie
Leopoldstraße 150 · 80804 München · +49 89 000 44 18
""",
        pdfs=[dict(filename="Vertragsangebot_Brenner_Akademie.pdf",
                   title="Vertragsangebot - Brenner Akademie",
                   lines=["Position: Referentin Digitale Lernformate",
                          "Beginn: 1. November 2026", "Jahresbruttogehalt: 58.000 Euro",
                          "Urlaub: 30 Tage", "Annahmefrist: 11. September 2026"])],
    ),
]
