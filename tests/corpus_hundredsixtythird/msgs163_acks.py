"""163rd corpus, hand-written: application acknowledgements (21) and offers (10).

Each message is one dict (see make_hundredsixtythird.py for the keys).
"""

# ruff: noqa: C408  (each message is written as a dict(...) call on purpose)
from __future__ import annotations

from msgs163_common import CAND_ADDR, CAND_NAME, card, outlook, reply, simple

SEMILLA_ACK = """Hola Carmen, recibimos tu CV. Lo revisaremos con el equipo después del 15 de enero
y te escribiremos en cualquier caso.
Paula"""

APR_THANKS = """Hola Javiera:

Muchas gracias por la conversación de hoy, y también a Felipe. Me gustó mucho conocer cómo
trabajan las rutas de aprendizaje para docentes rurales; me quedé con ganas de ver el piloto de
Chiloé.

Quedo atenta a los próximos pasos.

Saludos,
Carmen
"""

MESSAGES: list[dict] = [
    # --- application received: Spanish
    dict(
        kind="application_received", slug="aprendolab_teamtailor", lang="es",
        company="Aprendo Lab", contact="",
        frm=("Aprendo Lab", "aprendolab@teamtailor-mail.com"),
        subject="Recibimos tu postulación a Diseñadora Instruccional Jr.",
        date="2026-02-09 11:42 +0000", tid="apr_ack",
        text="""Hola Carmen:

¡Gracias por postular a Diseñadora Instruccional Jr. en Aprendo Lab! Tu postulación llegó bien
y ya está en manos del equipo de Talento.

Revisamos cada CV con calma durante las próximas dos semanas. Lamentablemente no podemos
responder a cada postulación de forma individual, pero si tu perfil avanza, alguien del equipo
te contactará directamente por correo o teléfono.

Mientras tanto, puedes conocer más sobre cómo trabajamos en aprendolab.example.cl/equipo.

Un saludo,
Equipo de Talento — Aprendo Lab
""",
        html=card("Aprendo Lab", "#f59e0b", "es",
                  footer="Enviado con Teamtailor en nombre de Aprendo Lab."),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", slug="andina_portal_folio", lang="es",
        company="Universidad Andina del Pacífico", contact="",
        frm=("Portal de Empleos UAP", "empleos-noreply@uandina.example.cl"),
        subject="Comprobante de postulación – Concurso 14/2026 (folio 2026-0148)",
        date="2026-01-12 22:14 -0300", tid="andina_ack",
        text="""Estimada/o CARMEN QUISPE-LINDQVIST:

Su postulación al Concurso 14/2026 "Diseñador/a Instruccional – Dirección de Educación
Virtual" ha sido registrada correctamente.

Folio: 2026-0148
Fecha de recepción: 12-01-2026 22:13
Documentos recibidos: CV, certificado de título, carta de motivación

La Comisión revisará los antecedentes una vez cerrado el plazo de postulación (30-01-2026). Solo
se contactará a las personas preseleccionadas para la etapa de entrevistas.

Este es un mensaje generado automáticamente. No responda a esta dirección.

Dirección de Personas — Universidad Andina del Pacífico
""",
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    ),
    dict(
        kind="application_received", slug="talentia_registro", lang="es",
        company="Talentia Consultores", contact="mfuenzalida@talentia.example.cl",
        frm=("Matías Fuenzalida", "mfuenzalida@talentia.example.cl"),
        subject="Bienvenida a Talentia – tu perfil quedó registrado",
        date="2026-01-14 11:30 -0300", tid="tal_ack",
        text="""Hola Carmen:

Gracias por la conversación de ayer y por enviarme tu CV actualizado. Ya quedaste registrada en
nuestra base de candidatos del área de Educación y Capacitación, con las preferencias que me
contaste: diseño instruccional, e-learning, Santiago o remoto.

Cuando tenga una búsqueda que calce con tu perfil te llamo antes de presentarte a cualquier
cliente. No tienes que hacer nada más por ahora.

Saludos,
Matías Fuenzalida
Consultor Senior | Talentia Consultores
Av. Apoquindo 3600, of. 502, Las Condes
+56 2 2940 1180 / +56 9 8877 2314
""",
        html=outlook("es"),
    ),
    dict(
        kind="application_received", slug="nandu_greenhouse_gracias", lang="es",
        company="Ñandú Learning", contact="",
        frm=("Ñandú Learning", "no-reply@us.greenhouse-mail.io"),
        name_enc=("iso-8859-1", "q"),
        subject="¡Gracias por postularte a Ñandú Learning!",
        date="2026-01-20 13:05 +0000", tid="nandu_ack",
        text="""Hola Carmen,

¡Gracias por tu interés en Ñandú Learning! Recibimos tu postulación para Instructional Designer
(Primaria) y nuestro equipo la va a revisar en los próximos días.

Si tu perfil encaja con lo que buscamos, te vamos a escribir para coordinar una charla. Mientras
tanto, podés seguirnos en nuestras redes para conocer más del equipo.

Saludos,
Equipo de Talento de Ñandú Learning
""",
        html=card("Ñandú Learning", "#0f766e", "es"),
    ),
    dict(
        kind="application_received", slug="ceibo_recruitee", lang="es",
        company="Ceibo Digital", contact="",
        frm=("Ceibo Digital", "ceibodigital@jobs.recruitee.com"),
        subject="Recibimos tu postulación – Diseño Instruccional",
        date="2026-04-06 12:51 +0000", tid="ceibo_ack",
        text="""¡Hola Carmen!

Confirmamos que recibimos tu postulación para Diseño Instruccional en Ceibo Digital.

Vamos a leer tu CV con atención. El proceso suele llevar unas tres semanas; si avanzás, te
escribimos para coordinar una primera conversación.

¡Gracias por pensar en nosotros!
Equipo de Ceibo Digital
""",
        html=card("Ceibo Digital", "#15803d", "es",
                  footer="Ceibo Digital · Montevideo · Enviado con Recruitee"),
    ),
    dict(
        kind="application_received", slug="retiro_smartrecruiters_ack", lang="es",
        company="Grupo Editorial Retiro", contact="",
        frm=("Grupo Editorial Retiro", "noreply@smartrecruiters.com"),
        subject="Hemos recibido su candidatura",
        date="2026-01-22 09:03 +0000",
        text="""Estimada Carmen:

Gracias por su interés en el puesto de Editor/a de materiales digitales (Primaria) en Grupo
Editorial Retiro. Confirmamos que hemos recibido su candidatura correctamente.

Nuestro equipo de selección revisará su perfil. Debido al elevado número de candidaturas, solo
nos pondremos en contacto con las personas cuyo perfil se ajuste a los requisitos del puesto.

Atentamente,
Departamento de Recursos Humanos
Grupo Editorial Retiro
""",
        html_only=True,
        html=card("Grupo Editorial Retiro", "#1e3a8a", "es",
                  footer="Este correo se ha enviado a través de SmartRecruiters."),
    ),
    dict(
        kind="application_received", slug="ludica_personio_ack", lang="es",
        company="Lúdica Formación", contact="",
        frm=("Lúdica Formación", "noreply@mail.personio.de"),
        subject="Confirmación de tu candidatura – Diseñador/a instruccional (gamificación)",
        date="2026-05-06 10:20 +0000", tid="ludica_ack",
        text="""Hola Carmen:

Muchas gracias por tu candidatura. La hemos recibido y nuestro equipo la revisará en cuanto
cerremos el plazo, el 15 de mayo.

Te escribiremos con el resultado sea cual sea.

Un saludo,
Equipo de Personas · Lúdica Formación
""",
        html=card("Lúdica Formación", "#be185d", "es"),
    ),
    dict(
        kind="application_received", slug="platasur_workday_ack", lang="es",
        company="Banco del Plata Sur", contact="",
        frm=("Banco del Plata Sur", "bancoplatasur@myworkday.com"),
        subject="Recibimos tu postulación: R-10482 Analista de Formación e-learning",
        date="2026-01-26 17:48 +0000", tid="plata_ack",
        cte="base64",
        text="""Hola Carmen:

Gracias por postularte a R-10482 Analista de Formación e-learning en Banco del Plata Sur.

Recibimos tu postulación y la vamos a revisar. Podés ver el estado en cualquier momento desde
la sección "Mis postulaciones" de nuestro portal de carreras.

Saludos,
Talento — Banco del Plata Sur

Este es un correo automático, por favor no lo respondas.
""",
        html=card("Banco del Plata Sur", "#334155", "es"),
        html_cte="base64",
    ),
    dict(
        kind="application_received", slug="puntohumano_cv_recibido", lang="es",
        company="Punto Humano", contact="nortega@puntohumano.example.com.ar",
        frm=("Nicolás Ortega", "nortega@puntohumano.example.com.ar"),
        subject="Recibimos tu CV",
        date="2026-01-28 10:14 -0300", tid="ph_ack",
        text="""Hola Carmen, ¿qué tal?

Te confirmo que recibimos tu CV en Punto Humano y ya lo cargué en nuestra base con el perfil
"capacitación / educación / e-learning". Trabajamos sobre todo con empresas de Buenos Aires que
buscan gente para armar cursos internos, y muchas aceptan trabajo remoto.

Cuando aparezca algo que te cierre te llamo para contarte.

Saludos,
Nicolás Ortega
Punto Humano RRHH — Consultoría en selección
Lavalle 1430, 3.º B, CABA | +54 11 5555 8814
""",
    ),
    dict(
        kind="application_received", slug="semilla_cv_recibido_latin1", lang="es",
        company="Fundación Semilla Educa", contact="pcontreras@semillaeduca.example.org",
        frm=("Paula Contreras", "pcontreras@semillaeduca.example.org"),
        subject="Re: Postulación Coordinadora de Formación Virtual",
        date="2026-01-08 16:40 -0300", tid="semilla_ack",
        refs_extra=["<20260107223011.5be2@mail.example.cl>"],
        charset="iso-8859-1", cte="quoted-printable",
        text=SEMILLA_ACK + "\n",
    ),
    dict(
        kind="application_received", slug="edunauta_bamboohr", lang="es",
        company="Edunauta", contact="",
        frm=("Edunauta", "notifications@app.bamboohr.com"),
        subject="Gracias por tu candidatura en Edunauta",
        date="2026-05-05 08:31 +0000", tid="edu_ack",
        text="""Hola, Carmen:

Gracias por presentar tu candidatura al puesto de Diseñador/a instruccional (remoto) en
Edunauta. La hemos recibido correctamente.

Revisamos todas las candidaturas de forma manual, así que puede que tardemos un par de semanas
en responderte. Este buzón no admite respuestas: si quieres añadir algo a tu solicitud, hazlo
desde el portal de empleo.

¡Gracias y mucha suerte!
El equipo de Edunauta
""",
        html=card("Edunauta", "#2563eb", "es",
                  footer="Powered by BambooHR"),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    # --- English
    dict(
        kind="application_received", slug="maplewise_greenhouse_ack", lang="en",
        company="Maplewise Learning", contact="",
        frm=("Maplewise Learning", "no-reply@us.greenhouse-mail.io"),
        subject="Thank you for applying to Maplewise Learning",
        date="2026-03-02 20:17 +0000", tid="maple_ack",
        text="""Hi Carmen,

Thank you for your interest in Maplewise Learning! We've received your application for
Instructional Designer (Bilingual EN/ES) and our team will review it shortly.

If your experience is a match, a member of our talent team will reach out to discuss next steps.

Best,
The Maplewise Learning Talent Team
""",
        html=card("Maplewise Learning", "#b45309", "en"),
    ),
    dict(
        kind="application_received", slug="lakeshore_taleo_volume", lang="en",
        company="Lakeshore College", contact="",
        frm=("Lakeshore College Careers", "noreply@taleo.net"),
        subject="Application received - Job 2600317 Instructional Designer, Continuing Education",
        date="2026-06-01 15:12 +0000", tid="lake_ack",
        text="""Dear Carmen Quispe-Lindqvist,

Thank you for applying to Job 2600317, Instructional Designer, Continuing Education, at
Lakeshore College. This message confirms that your application was submitted successfully.

Due to the high volume of applications we receive, unfortunately we are unable to respond to
each applicant individually. Only candidates selected for an interview will be contacted. You
can check the status of your application at any time in your candidate profile.

Human Resources
Lakeshore College

Please do not reply to this message.
""",
        html=card("Lakeshore College", "#7f1d1d", "en"),
    ),
    dict(
        kind="application_received", slug="northbridge_workday_ack", lang="en",
        company="Northbridge Bank", contact="",
        frm=("Northbridge Bank", "northbridgebank@myworkday.com"),
        subject="We've received your application - Learning Experience Designer (R-58820)",
        date="2026-04-20 18:03 +0000", tid="nb_ack",
        text="""Dear Carmen,

Thank you for applying for the Learning Experience Designer position (R-58820). We have
received your application and our Talent Acquisition team is reviewing it.

You can track your application by signing in to the Northbridge Bank careers site.

Northbridge Bank Talent Acquisition
""",
        html=card("Northbridge Bank", "#0b3d91", "en"),
    ),
    dict(
        kind="application_received", slug="kestrel_registration", lang="en",
        company="Kestrel Talent Partners", contact="jamie.li@kestreltalent.example.ca",
        frm=("Jamie Li", "jamie.li@kestreltalent.example.ca"),
        subject="Welcome to Kestrel - you're registered",
        date="2026-06-03 16:40 -0400", tid="kes_ack",
        text="""Hi Carmen,

Thanks for the call this afternoon. You're now registered with Kestrel Talent Partners in our
Education & Learning practice, and I've saved your CV and portfolio link against your profile.

I'll be in touch when a contract or permanent role fits what you're after (instructional design,
K-8 content, remote from Chile or relocation to Toronto). Nothing else needed from you for now.

Cheers,
Jamie Li
Senior Consultant, Education & Learning
Kestrel Talent Partners | 100 King St W, Suite 5600, Toronto
416-555-0192
""",
    ),
    dict(
        kind="application_received", slug="literacybridges_got_cv", lang="en",
        company="Literacy Bridges Canada", contact="aisha.rahman@literacybridges.example.ca",
        frm=("Aisha Rahman", "aisha.rahman@literacybridges.example.ca"),
        subject="Re: Application - Bilingual Curriculum Developer (remote)",
        date="2026-06-05 09:55 -0400", tid="lit_ack",
        refs_extra=["<20260604221540.1d9e@mail.example.cl>"],
        text="""Hi Carmen,

Got your CV and the sample unit - thank you! I'll share them with our program director this week.
We're hoping to wrap up the shortlist by the end of June.

Aisha

Aisha Rahman
Programs Coordinator, Literacy Bridges Canada
""",
    ),
    # --- French
    dict(
        kind="application_received", slug="rmb_successfactors_accuse", lang="fr",
        company="Banque Rhône-Mont-Blanc", contact="",
        frm=("Banque Rhône-Mont-Blanc", "noreply@successfactors.eu"),
        subject="Accusé de réception de votre candidature (réf. 41877)",
        date="2026-07-02 05:10 +0000", tid="rmb_ack",
        charset="iso-8859-1", cte="base64",
        text="""Madame,

Nous accusons réception de votre candidature pour le poste de Concepteur·rice pédagogique
e-learning (réf. 41877) et vous remercions de l'intérêt que vous portez à notre établissement.

Votre dossier sera examiné avec attention par notre service des ressources humaines. Nous
reviendrons vers vous dans les meilleurs délais.

Ressources humaines
Banque Rhône-Mont-Blanc

Ceci est un message automatique, merci de ne pas y répondre.
""",
        html=card("Banque Rhône-Mont-Blanc", "#7c2d12", "fr"),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", slug="saleve_accuse_humain", lang="fr",
        company="Haute école du Salève", contact="melanie.favre@hes-saleve.example.ch",
        frm=("Mélanie Favre", "melanie.favre@hes-saleve.example.ch"),
        subject="Votre dossier – Conseillère pédagogique numérique (50-60 %)",
        date="2026-08-06 14:02 +0200", tid="saleve_ack",
        text="""Madame Quispe-Lindqvist,

Je vous confirme la bonne réception de votre dossier de candidature pour le poste de
conseillère pédagogique numérique (50-60 %) au sein de notre Centre d'innovation pédagogique.

Le délai de postulation court jusqu'au 31 août ; la commission de nomination examinera ensuite
l'ensemble des dossiers. Vous recevrez de nos nouvelles dans la deuxième quinzaine de septembre.

Avec mes salutations les meilleures,

Mélanie Favre
Assistante RH
Haute école du Salève
Route de Drize 7, 1227 Carouge
""",
        html=simple("fr"),
    ),
    # --- German
    dict(
        kind="application_received", slug="lernwerk_personio_eingang", lang="de",
        company="Lernwerk Berlin", contact="",
        frm=("Lernwerk Berlin", "noreply@mail.personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung",
        date="2026-08-24 07:58 +0000", tid="lw_ack",
        text="""Hallo Carmen Quispe-Lindqvist,

vielen Dank für Ihre Bewerbung als Instructional Designer (m/w/d) und Ihr Interesse an Lernwerk
Berlin. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns in den nächsten zwei Wochen bei Ihnen.

Viele Grüße
Ihr Lernwerk-Team
""",
        html=card("Lernwerk Berlin", "#0e7490", "de"),
        headers=[("Auto-Submitted", "auto-generated")],
    ),
    dict(
        kind="application_received", slug="spreeverlag_softgarden_eingang", lang="de",
        company="Spree Verlag", contact="",
        frm=("Spree Verlag", "noreply@softgarden.io"),
        subject="Ihre Bewerbung ist bei uns eingegangen",
        date="2026-09-01 12:26 +0000", tid="spree_ack",
        text="""Sehr geehrte Frau Quispe-Lindqvist,

vielen Dank für Ihre Bewerbung als Redakteurin digitale Bildungsmedien (Grundschule). Ihre
Unterlagen sind vollständig bei uns eingegangen.

Bitte haben Sie Verständnis dafür, dass die Sichtung aller Bewerbungen einige Zeit in Anspruch
nimmt. Wir werden uns so bald wie möglich bei Ihnen melden.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Spree Verlag, Berlin
""",
        html=card("Spree Verlag", "#1f2937", "de",
                  footer="Diese E-Mail wurde über softgarden versendet."),
    ),
    dict(
        kind="application_received", slug="brueckenkopf_registrierung", lang="de",
        company="Brückenkopf Personal", contact="t.reinhardt@brueckenkopf-personal.example.de",
        frm=("Tobias Reinhardt", "t.reinhardt@brueckenkopf-personal.example.de"),
        subject="Ihre Registrierung bei Brückenkopf Personal",
        date="2026-09-10 16:15 +0200", tid="bk_ack",
        charset="windows-1252", cte="quoted-printable",
        text="""Guten Tag Frau Quispe-Lindqvist,

vielen Dank für Ihre Unterlagen – Sie sind ab sofort in unserem Bewerberpool für Bildung und
Weiterbildung registriert. Ihren Lebenslauf und Ihre Zeugnisse habe ich erhalten.

Wir vermitteln vor allem an Träger der Erwachsenenbildung und an Unternehmensakademien in
Berlin und Brandenburg. Sobald ein passendes Projekt ansteht, rufe ich Sie an.

Freundliche Grüße
Tobias Reinhardt
Personalberater Bildung
Brückenkopf Personal · Friedrichstraße 95 · 10117 Berlin
Tel. +49 30 555 61 200
""",
        html=outlook("de"),
    ),
]

# --- offers ----------------------------------------------------------------------------------

MESSAGES += [
    dict(
        kind="offer", slug="aprendolab_carta_oferta_pdf", lang="es",
        company="Aprendo Lab", contact="javiera.rojas@aprendolab.example.cl",
        frm=("Javiera Rojas", "javiera.rojas@aprendolab.example.cl"),
        subject="Carta oferta – Diseñadora Instruccional Jr.",
        date="2026-03-06 12:30 -0300", tid="apr_offer", parent="apr_thanks",
        text=reply("""Hola Carmen:

¡Qué gusto escribirte esto! Después de la conversación con Felipe y de revisar tu ejercicio, nos
encantaría que te sumaras a Aprendo Lab como Diseñadora Instruccional Jr.

Te adjunto la carta oferta con el detalle: contrato por proyecto de seis meses (abril a
septiembre), media jornada compatible con tus clases, renta bruta mensual de $950.000 y
modalidad híbrida (martes en la oficina de Providencia).

Si estás de acuerdo, respóndeme con la carta firmada antes del viernes 13 de marzo. Y si tienes
dudas, te llamo cuando quieras.

¡Un abrazo!
Javiera Rojas
Líder de Talento | Aprendo Lab
+56 9 6123 4471""", "es", "mié, 25 feb 2026 a las 19:03", CAND_NAME, CAND_ADDR, APR_THANKS),
        html=simple("es"),
        attach=[dict(filename="Carta_oferta_Carmen_Quispe-Lindqvist.pdf",
                     title="Carta oferta – Aprendo Lab",
                     lines=["Santiago, 6 de marzo de 2026",
                            "Señora Carmen Quispe-Lindqvist",
                            "Cargo: Diseñadora Instruccional Jr. (media jornada)",
                            "Tipo de contrato: por proyecto, 01-04-2026 a 30-09-2026",
                            "Renta bruta mensual: $950.000",
                            "Modalidad: híbrida (martes presencial, Providencia)",
                            "Firma y fecha de aceptación: ______________________"])],
    ),
    dict(
        kind="offer", slug="edunauta_contrato_firma", lang="es",
        company="Edunauta", contact="marta.iglesias@edunauta.example.es",
        frm=("Marta Iglesias Calvo", "marta.iglesias@edunauta.example.es"),
        subject="Contrato para firma – Diseñadora instruccional (remoto)",
        date="2026-06-08 11:20 +0200", tid="edu_offer", parent="edu_move",
        charset="windows-1252", cte="quoted-printable",
        text="""Hola, Carmen:

Como te adelantó Pablo el viernes, al equipo le encantó tu microcurso de la jornada de prueba y
queremos contar contigo.

Te adjunto el contrato de prestación de servicios para que lo revises y lo firmes: 20 horas
semanales en remoto desde Santiago, 1.400 € brutos al mes, facturación mensual e inicio el 1 de
julio. Puedes firmarlo con el enlace de firma electrónica que te llegará aparte o devolvérmelo
escaneado.

Cualquier duda sobre el contrato, te llamo cuando te venga bien.

Un saludo,

Marta Iglesias Calvo
Responsable de Personas
Edunauta · Calle de Fuencarral 121, 28010 Madrid
+34 910 555 214

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su
destinatario y pueden contener información confidencial.
""",
        html=outlook("es"),
        attach=[dict(filename="Contrato_prestacion_servicios_Edunauta.pdf",
                     title="Contrato de prestación de servicios",
                     lines=["Entre Edunauta (Madrid) y Carmen Quispe-Lindqvist",
                            "Objeto: diseño instruccional de microcursos para profesorado",
                            "Dedicación: 20 horas semanales, en remoto",
                            "Honorarios: 1.400 EUR brutos mensuales",
                            "Inicio: 1 de julio de 2026",
                            "Firma de las partes: ____________  ____________"])],
    ),
    dict(
        kind="offer", slug="talentia_pehuen_quiere_ofertar", lang="es",
        company="Red Escuelas Pehuén", contact="mfuenzalida@talentia.example.cl",
        frm=("Matías Fuenzalida", "mfuenzalida@talentia.example.cl"),
        subject="¡Red Escuelas Pehuén te quiere!",
        date="2026-10-01 10:10 -0300", tid="tal_offer",
        text="""Hola Carmen:

¡Te tengo buenas noticias! Red Escuelas Pehuén quiere hacerte una oferta para el cargo de
Coordinadora de Aprendizaje Digital. Me pidieron adelantarte las condiciones antes de enviar la
carta formal:

- Contrato indefinido, jornada completa, Temuco con dos días remotos
- Renta líquida de $1.650.000 más bono de zona
- Inicio el 2 de noviembre

Sé que estás evaluando lo de Berlín, así que no te presiono: dime si quieres que les pida unos
días más o si te interesa negociar algún punto.

Un abrazo,
Matías Fuenzalida
Consultor Senior | Talentia Consultores
""",
    ),
    dict(
        kind="offer", slug="santelmo_oferta_verbal", lang="es",
        company="Universidad de San Telmo", contact="msosa@usantelmo.example.edu.ar",
        frm=("Mariana Sosa", "msosa@usantelmo.example.edu.ar"),
        subject="Propuesta – Asesora Pedagógica en Educación a Distancia",
        date="2026-08-28 16:45 -0300", tid="st_offer", parent="st_cancel",
        text="""Hola Carmen:

Como te adelantó ayer por teléfono la Secretaria Académica, nos encantaría que te sumes como
Asesora Pedagógica en Educación a Distancia. Te dejo por escrito lo que conversaron:

- Dedicación semiexclusiva (25 h semanales), 100 % remota con dos viajes al año
- Honorarios mensuales equivalentes a USD 1.300, facturados como servicio del exterior
- Inicio previsto: lunes 21 de septiembre

Para avanzar con el alta necesito que me confirmes por este medio y me mandes copia de tu título
y de tu documento. La propuesta está vigente hasta el viernes 4 de septiembre.

¡Ojalá te sumes!
Mariana Sosa
Secretaría Académica — Universidad de San Telmo
""",
        html=simple("es"),
    ),
    dict(
        kind="offer", slug="anfd_seleccionada_pdf", lang="es",
        company="Agencia Nacional de Formación Docente", contact="valarcon@anfd.example.cl",
        frm=("Verónica Alarcón Soto", "valarcon@anfd.example.cl"),
        subject="Resultado Concurso 2026-DI-07 – Ofrecimiento de cargo",
        date="2026-07-24 12:15 -0400", tid="anfd_offer", parent="anfd_move",
        cte="base64",
        text="""Estimada Sra. Carmen Quispe-Lindqvist:

Junto con saludar, comunico a usted que el Comité de Selección del Concurso 2026-DI-07 la
propuso en primer lugar de la nómina, y que el Director Nacional resolvió ofrecerle el cargo de
Profesional Diseño Instruccional, en calidad de contrata, grado 12 EUS, con inicio el 17 de
agosto de 2026.

Se adjunta el documento de ofrecimiento con el detalle de las condiciones. Le solicitamos
manifestar su aceptación o rechazo por escrito dentro de cinco días hábiles.

Saluda atentamente,
Verónica Alarcón Soto
Unidad de Gestión de Personas
Agencia Nacional de Formación Docente
""",
        attach=[dict(filename="Ofrecimiento_cargo_2026-DI-07.pdf",
                     title="Ofrecimiento de cargo – Concurso 2026-DI-07",
                     lines=["Nombre: Carmen Quispe-Lindqvist",
                            "Cargo: Profesional Diseño Instruccional",
                            "Calidad jurídica: contrata, grado 12 EUS",
                            "Jornada: 44 horas semanales",
                            "Inicio de funciones: 17-08-2026",
                            "Plazo para responder: 5 días hábiles"])],
    ),
    dict(
        kind="offer", slug="puntohumano_tranvia_propuesta", lang="es",
        company="Ediciones Tranvía", contact="nortega@puntohumano.example.com.ar",
        frm=("Nicolás Ortega", "nortega@puntohumano.example.com.ar"),
        subject="Ediciones Tranvía te hace una propuesta",
        date="2026-10-06 18:05 -0300", tid="ph_offer",
        text="""¡Carmen, buenas noticias!

Ediciones Tranvía quiere hacerte una propuesta para el puesto de Editora de contenidos
digitales para primaria que charlamos en septiembre. Te paso lo que me mandaron:

- Relación de dependencia, 30 h semanales, remoto desde Chile
- Sueldo bruto de ARS 2.400.000 ajustable por paritaria trimestral
- Arranque: 2 de noviembre

Si te cierra, les confirmo y te mandan el contrato. Si querés pedir algo más, decime y lo
negocio yo.

Abrazo,
Nico
Punto Humano RRHH
""",
    ),
    # --- English
    dict(
        kind="offer", slug="literacybridges_offer_letter_pdf", lang="en",
        company="Literacy Bridges Canada", contact="aisha.rahman@literacybridges.example.ca",
        frm=("Aisha Rahman", "aisha.rahman@literacybridges.example.ca"),
        subject="Offer of employment - Bilingual Curriculum Developer (remote contract)",
        date="2026-07-14 14:30 -0400", tid="lit_offer", parent="lit_ack",
        text="""Dear Carmen,

On behalf of Literacy Bridges Canada, I'm delighted to offer you the position of Bilingual
Curriculum Developer on a 9-month remote contract, starting September 1, 2026.

The attached letter sets out the terms: 25 hours per week, CAD 38 per hour invoiced monthly,
and a two-week orientation with our Toronto team over video. Please review it, sign, and return
it by July 24. I'm happy to set up a call with our program director if you'd like to talk
anything through before signing.

We're very much looking forward to working with you.

Warm regards,
Aisha Rahman
Programs Coordinator, Literacy Bridges Canada
402-55 Bloor St W, Toronto, ON
""",
        html=simple("en"),
        attach=[dict(filename="Offer_Letter_Quispe-Lindqvist.pdf",
                     title="Letter of Offer - Literacy Bridges Canada",
                     lines=["Position: Bilingual Curriculum Developer (remote contract)",
                            "Term: September 1, 2026 - May 31, 2027",
                            "Hours: 25 per week",
                            "Rate: CAD 38.00 per hour, invoiced monthly",
                            "Please sign and return by July 24, 2026",
                            "Accepted by: ______________________  Date: __________"])],
    ),
    dict(
        kind="offer", slug="kiezcode_verbal_follow_up", lang="en",
        company="Kiezcode Academy", contact="jonas@kiezcode.example.de",
        frm=("Jonas Brandt", "jonas@kiezcode.example.de"),
        subject="Re: quick chat?",
        date="2026-09-29 18:40 +0200", tid="kiez_offer", parent="kiez_inv",
        text="""Hi Carmen,

Great talking to you again this afternoon. As promised, here's what I said on the call in
writing: we'd love you to join Kiezcode as our first Learning Designer.

- Full-time, based in Berlin (we help with the visa paperwork and the first month's housing)
- EUR 52,000 gross per year, 28 days' holiday
- Start date flexible, ideally January 2027

The formal contract follows once you say yes in principle. Take the time you need - I know you
have another process running.

Jonas
""",
    ),
    # --- French
    dict(
        kind="offer", slug="saleve_lettre_engagement_pdf", lang="fr",
        company="Haute école du Salève", contact="melanie.favre@hes-saleve.example.ch",
        frm=("Mélanie Favre", "melanie.favre@hes-saleve.example.ch"),
        cc=[("Olivier Dubuis", "olivier.dubuis@hes-saleve.example.ch")],
        subject="Proposition d'engagement – Conseillère pédagogique numérique",
        date="2026-09-17 10:05 +0200", tid="saleve_offer", parent="saleve_ack",
        text="""Madame Quispe-Lindqvist,

Suite à votre entretien du 10 septembre avec la commission de nomination, j'ai le plaisir de
vous informer que la direction a décidé de vous proposer le poste de conseillère pédagogique
numérique à 60 % au sein du Centre d'innovation pédagogique.

Vous trouverez en pièce jointe la lettre d'engagement précisant les conditions (classe de
traitement, date d'entrée au 1er janvier 2027, période d'essai). Nous vous serions
reconnaissants de nous retourner un exemplaire signé d'ici au 2 octobre.

M. Dubuis, responsable du Centre, reste à votre disposition pour toute question.

Avec nos meilleures salutations,

Mélanie Favre
Assistante RH – Haute école du Salève
Route de Drize 7, 1227 Carouge
""",
        html=simple("fr"),
        attach=[dict(filename="Lettre_engagement_CQL.pdf",
                     title="Lettre d'engagement – Haute école du Salève",
                     lines=["Fonction : conseillère pédagogique numérique",
                            "Taux d'activité : 60 %",
                            "Entrée en fonction : 1er janvier 2027",
                            "Période d'essai : 3 mois",
                            "Retour signé souhaité au plus tard le 2 octobre 2026"])],
    ),
    # --- German
    dict(
        kind="offer", slug="lernwerk_vertragsangebot_pdf", lang="de",
        company="Lernwerk Berlin", contact="svenja.hoffmann@lernwerk.example.de",
        frm=("Svenja Hoffmann", "svenja.hoffmann@lernwerk.example.de"),
        subject="Ihr Vertragsangebot – Instructional Designer",
        date="2026-09-25 15:30 +0200", tid="lw_offer", parent="lw_move",
        text="""Hallo Carmen,

wie Ole Ihnen gestern schon am Telefon gesagt hat: Wir möchten Sie sehr gern im Team haben!

Anbei finden Sie unser Vertragsangebot als Instructional Designer (Vollzeit, 40 Stunden,
unbefristet) mit einem Jahresbruttogehalt von 54.000 € und Start am 1. Dezember 2026 in Berlin.
Bei Visum und Wohnungssuche unterstützt Sie unsere Relocation-Partnerin.

Wenn alles für Sie passt, schicken Sie uns den Vertrag bitte bis zum 9. Oktober unterschrieben
zurück. Fragen beantworte ich jederzeit gern.

Herzliche Grüße
Svenja Hoffmann
People & Culture
Lernwerk Berlin · Paul-Lincke-Ufer 39 · 10999 Berlin
""",
        html=simple("de"),
        attach=[dict(filename="Vertragsangebot_Lernwerk_Quispe-Lindqvist.pdf",
                     title="Arbeitsvertrag (Angebot) – Lernwerk Berlin",
                     lines=["Position: Instructional Designer (m/w/d)",
                            "Arbeitszeit: 40 Stunden/Woche, unbefristet",
                            "Jahresbruttogehalt: 54.000 EUR",
                            "Beginn: 1. Dezember 2026",
                            "Probezeit: 6 Monate",
                            "Rücksendung unterschrieben bis 9. Oktober 2026"])],
    ),
]
