"""Corpus 281: `application_received` (21: es 11, en 5, fr 2, de 3) and
`offer` (10: es 5, en 3, fr 1, de 1), all hand-written."""

from msgs281_common import (
    CAND,
    ME,
    T,
    ats_card,
    button,
    esc,
    gmail_quote,
    outlook_header,
    paras,
    plain_html,
    quote,
    word_html,
    word_quote,
    wrote,
)

MESSAGES = []
add = MESSAGES.append

# ================================================================== application_received — es (11)

# ------------------------------------------------------------------ 1: human "recibido" to an emailed application
add(dict(
    kind="application_received", name="tramaluz_human_recibido", lang="es",
    company="Tramaluz Software", contact="noelia.ortega@tramaluz.example.es",
    id="a_tram_ack", parent="o_tram_apply", date="2026-01-12 17:02 +0100",
    frm=("Noelia Ortega", "noelia.ortega@tramaluz.example.es"),
    subject="RE: Candidatura Asistente de UX Research – Lucía Fernández-Kowalski",
    text=T("""
Hola Lucía:

Recibido tu CV y la carta, ¡gracias! Se lo paso hoy mismo a Paula, que es quien
lleva el equipo de Research. Cerramos la recepción de candidaturas el día 23, y a
partir de ahí os iremos contactando para las entrevistas.

Un saludo,
Noelia Ortega
People Partner | Tramaluz Software
C/ Trinidad Grund 21 · 29001 Málaga · +34 952 000 640

-----Mensaje original-----
De: Lucía Fernández-Kowalski <lucia.fk@example.es>
Enviado el: lunes, 12 de enero de 2026 9:31
Para: Noelia Ortega <noelia.ortega@tramaluz.example.es>
Asunto: Candidatura Asistente de UX Research – Lucía Fernández-Kowalski

Buenos días, Noelia:

Os escribo para presentar mi candidatura al puesto de Asistente de UX Research que
habéis publicado. Adjunto mi CV y una carta de presentación.
"""),
    cte="qp",
))

# ------------------------------------------------------------------ 2: Workday ack that cannot answer everyone (NOT a rejection)
ALC_ACK = """<p>Hola, Lucía:</p>
<p>Gracias por presentar tu candidatura para <b>Analista de Experiencia de Cliente (R-04417)</b>. La hemos recibido correctamente y nuestro equipo de Selección la revisará en las próximas semanas.</p>
<p>Recibimos un gran número de candidaturas y, lamentablemente, no podemos responder a cada persona de forma individual. Si tu perfil encaja con lo que buscamos, te contactaremos para las siguientes fases.</p>
<p>Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil en nuestro portal de empleo.</p>
<p>Equipo de Selección y Talento<br>Banco Alcazaba</p>"""
add(dict(
    kind="application_received", name="alcazaba_workday_cannot_reply_all", lang="es",
    company="Banco Alcazaba", contact="", id="a_alc_ack", date="2026-03-02 22:16 +0000",
    frm=("Banco Alcazaba | Selección", "bancoalcazaba@myworkday.com"),
    to=[("", CAND)],
    subject="Hemos recibido tu candidatura – R-04417",
    text=T("""
Hola, Lucía:

Gracias por presentar tu candidatura para Analista de Experiencia de Cliente
(R-04417). La hemos recibido correctamente y nuestro equipo de Selección la revisará
en las próximas semanas.

Recibimos un gran número de candidaturas y, lamentablemente, no podemos responder a
cada persona de forma individual. Si tu perfil encaja con lo que buscamos, te
contactaremos para las siguientes fases.

Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil en
nuestro portal de empleo.

Equipo de Selección y Talento
Banco Alcazaba
"""),
    html=ats_card("Banco Alcazaba", ALC_ACK, footer="Mensaje automático. No respondas a este correo."),
    cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ 3: ETT registration (no-responder)
add(dict(
    kind="application_received", name="temporalia_alta_bolsa", lang="es",
    company="Temporalia Andalucía", contact="", id="a_temp_reg", date="2026-01-20 19:44 +0100",
    frm=("Temporalia Andalucía ETT", "no-responder@temporalia.example.es"),
    to=[("", CAND)],
    subject="Bienvenida a Temporalia: tu alta se ha completado",
    text=T("""
Hola Lucía:

Tu registro en la bolsa de empleo de Temporalia Andalucía se ha completado
correctamente. Hemos recibido tu currículum y tus preferencias:

  Puestos: investigación de usuarios, atención al cliente, experiencia de cliente
  Provincias: Málaga, Sevilla, Granada, Córdoba
  Disponibilidad: inmediata

Una persona de nuestro equipo revisará tu perfil y te contactará cuando haya una
oferta que encaje contigo. Recuerda mantener tus datos actualizados en el área
privada: https://empleo.temporalia.example.es/area-privada

Este correo se envía desde una dirección que no admite respuestas.
Temporalia Andalucía ETT · Autorización administrativa n.º 41/0000/26
"""),
    charset="iso-8859-1", cte="qp",
))

# ------------------------------------------------------------------ 4: Teamtailor ack
RUTAS_ACK = T("""
¡Hola Lucía!

Gracias por tu interés en Rutas del Sur. Hemos recibido tu candidatura para UX
Research Assistant (Granada · híbrido).

¿Qué pasa ahora? Nuestro equipo revisará todas las candidaturas durante las próximas
dos semanas. Te escribiremos tanto si avanzas como si no.

Mientras tanto, puedes conocer mejor cómo trabajamos en nuestro blog.

Un abrazo,
Equipo de Personas · Rutas del Sur
""")
add(dict(
    kind="application_received", name="rutas_teamtailor_ack", lang="es",
    company="Rutas del Sur", contact="", id="a_rutas_ack", date="2026-03-23 08:03 +0000",
    frm=("Rutas del Sur", "noreply@teamtailor-mail.com"),
    to=[("", CAND)],
    subject="¡Gracias por tu candidatura, Lucía!",
    text=RUTAS_ACK,
    html=ats_card("Rutas del Sur", paras(RUTAS_ACK), footer="Enviado a través de Teamtailor",
                  accent="#b45309"),
    subj_enc="utf-8/b",
    cte="b64",
))

# ------------------------------------------------------------------ 5: BambooHR ack, HTML only
add(dict(
    kind="application_received", name="costacloud_bamboohr_ack", lang="es",
    company="Costa Cloud Systems", contact="", date="2026-04-08 09:33 +0000",
    frm=("Costa Cloud Systems", "no-reply@bamboohr.com"),
    to=[("", CAND)],
    subject="Costa Cloud Systems: solicitud recibida",
    html=ats_card("Costa Cloud Systems", """<p>Hola Lucía,</p>
<p>Gracias por solicitar el puesto de <b>Asistente de Investigación de Usuarios</b>. Tu solicitud nos ha llegado correctamente.</p>
<p>Revisaremos tu experiencia y nos pondremos en contacto contigo si encaja con el puesto.</p>
<p>Saludos,<br>People &amp; Culture · Costa Cloud Systems</p>""",
        footer="Powered by BambooHR", accent="#15803d"),
))

# ------------------------------------------------------------------ 6: SmartRecruiters: only shortlisted will be contacted
add(dict(
    kind="application_received", name="solyruta_only_shortlisted", lang="es",
    company="Sol y Ruta Viajes", contact="", date="2026-05-04 18:27 +0000",
    frm=("Sol y Ruta Viajes", "noreply@smartrecruiters.com"),
    subject="Confirmación: UX Research Assistant (Málaga)",
    text=T("""
Hola Lucía,

Hemos recibido tu solicitud para UX Research Assistant (Málaga). ¡Gracias!

Debido al elevado volumen de candidaturas, solo nos pondremos en contacto con las
personas preseleccionadas para la siguiente fase. Si no tienes noticias nuestras en
las próximas cuatro semanas, eso no significa que no valoremos tu interés.

El equipo de Talento de Sol y Ruta Viajes
"""),
    subj_enc="iso-8859-1/q",
))

# ------------------------------------------------------------------ 7: Taleo ack, windows-1252
add(dict(
    kind="application_received", name="cajagiralda_taleo_ack", lang="es",
    company="Caja Giralda", contact="", date="2026-05-14 07:12 +0000",
    frm=("Caja Giralda – Empleo", "cajagiralda@taleo.net"),
    frm_enc="windows-1252/b",
    to=[("", CAND)],
    subject="Confirmación de inscripción – Oferta 26-0193",
    subj_enc="windows-1252/q",
    charset="windows-1252", cte="qp",
    text=T("""
Estimada candidata:

Le confirmamos que su inscripción en la oferta 26-0193 «Técnico/a de Investigación
de Cliente Digital» se ha registrado correctamente el 14/05/2026.

El proceso de valoración curricular puede prolongarse varias semanas. Le
informaremos por esta vía de cualquier cambio en el estado de su candidatura.

Atentamente,
Departamento de Personas – Caja Giralda

Este correo ha sido enviado por un sistema automático; las respuestas a esta
dirección no se atienden.
"""),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ 8: university registry receipt with PDF
add(dict(
    kind="application_received", name="univega_justificante_registro", lang="es",
    company="Universidad de la Vega", contact="", id="a_univega", date="2026-06-05 23:41 +0200",
    frm=("Registro Electrónico · Universidad de la Vega", "no-reply@univega.example.es"),
    frm_enc="iso-8859-1/q",
    to=[("", CAND)],
    subject="Justificante de presentación de solicitud – INV-UX-2026/07",
    text=T("""
Se ha registrado correctamente su solicitud de participación en el proceso:

  Convocatoria: Contrato de Técnico/a de Apoyo a la Investigación INV-UX-2026/07
  Número de registro: REGAGE-26-0007713
  Fecha y hora: 05/06/2026 23:41:07
  Documentación aportada: solicitud, CV, títulos, declaración responsable

Se adjunta el justificante en formato PDF. Conserve este documento.

Este mensaje se ha generado automáticamente. No responda a esta dirección.
"""),
    pdfs=[("Justificante_REGAGE-26-0007713.pdf", "Universidad de la Vega - Registro Electronico",
           ["Justificante de presentacion", "Numero de registro: REGAGE-26-0007713",
            "Interesada: Lucia Fernandez-Kowalski", "Procedimiento: INV-UX-2026/07",
            "Fecha: 05/06/2026 23:41:07"])],
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ 9: ETT consultant: we've received your CV
add(dict(
    kind="application_received", name="adelante_cv_recibido", lang="es",
    company="Adelante ETT", contact="nerea.gil@adelante-ett.example.es",
    date="2026-06-15 09:58 +0200",
    frm=("Nerea Gil", "nerea.gil@adelante-ett.example.es"),
    subject="Tu CV en Adelante ETT",
    text=T("""
Hola, Lucía:

Te confirmo que hemos recibido tu CV a través de la web. Te he dado de alta en la
bolsa de Madrid para puestos de experiencia de cliente y research junior. Ahora mismo
tengo un par de procesos abiertos que podrían encajar; si sale algo, te llamo yo.

Un saludo,
Nerea Gil
Técnica de Selección · Adelante ETT
C/ Bravo Murillo 101, 28020 Madrid
"""),
))

# ------------------------------------------------------------------ 10: small agency: CV and portfolio received
add(dict(
    kind="application_received", name="mezquita_cv_portfolio", lang="es",
    company="Mezquita Digital", contact="ana.pedrajas@mezquitadigital.example.es",
    date="2026-02-02 13:20 +0100",
    frm=("Ana Pedrajas", "ana.pedrajas@mezquitadigital.example.es"),
    reply_to=("Ana Pedrajas", "ana.pedrajas@mezquitadigital.example.es"),
    subject="Re: Candidatura UX – Lucía F.",
    text=T("""
¡Hola Lucía! Hemos recibido tu CV y el portfolio, gracias por mandarlo tan completo.
Estamos recopilando candidaturas hasta el viernes; en un par de semanas te decimos algo.

Ana

""") + wrote("es", "dom, 1 feb 2026 a las 20:05", "Lucía Fernández-Kowalski", CAND) + "\n" + quote(T("""
Hola, equipo de Mezquita Digital:

Os envío mi candidatura para la vacante de UX junior que vi en vuestra web. Adjunto
CV y un enlace a mi portfolio con dos casos de mejora del servicio de atención.

Gracias,
Lucía
""")),
))

# ------------------------------------------------------------------ 11: iCIMS ack
add(dict(
    kind="application_received", name="lumen_icims_ack", lang="es",
    company="Lumen Bank", contact="", date="2026-04-15 10:10 +0000",
    frm=("Lumen Bank Talent", "donotreply@icims.com"),
    to=[("Lucia Fernandez-Kowalski", CAND)],
    subject="Gracias por tu interés en Lumen Bank",
    text=T("""
Hola Lucía,

Hemos recibido tu candidatura para Junior UX Researcher – Banca Digital (Madrid),
referencia 2026-3381.

Revisaremos tu perfil y te informaremos de los siguientes pasos. Puedes seguir el
estado de tu proceso en el portal del candidato.

Talent Acquisition · Lumen Bank

Este es un mensaje automático; por favor no respondas.
"""),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ================================================================== application_received — en (5)

# ------------------------------------------------------------------ 12: Greenhouse ack with "cannot reply individually"
AZU_ACK = T("""
Hi Lucía,

Thanks for applying to the UX Research Assistant role at Azulejo Labs! We've received
your application and our team will review it carefully.

Because we receive a lot of applications, we unfortunately cannot reply to every
applicant individually. If your experience matches what we're looking for, someone
from our team will be in touch within three weeks.

Cheers,
The Azulejo Labs Talent Team
""")
add(dict(
    kind="application_received", name="azulejo_greenhouse_ack", lang="en",
    company="Azulejo Labs", contact="", id="a_azu_ack", date="2026-02-03 16:45 +0000",
    frm=("Azulejo Labs", "no-reply@greenhouse-mail.io"),
    subject="Thanks for applying to Azulejo Labs",
    text=AZU_ACK,
    html=ats_card("Azulejo Labs", paras(AZU_ACK), footer="Powered by Greenhouse",
                  accent="#1d4ed8", lang="en"),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ 13: Ashby ack
add(dict(
    kind="application_received", name="miradouro_ashby_ack", lang="en",
    company="Miradouro Travel", contact="", id="a_mira_ack", date="2026-08-03 20:11 +0000",
    frm=("Miradouro Travel Recruiting", "no-reply@ashbyhq.com"),
    to=[("Lucía", CAND)],
    subject="We received your application for Junior UX Researcher",
    text=T("""
Hi Lucía,

Thank you for applying for the Junior UX Researcher position at Miradouro Travel.
We have received your application and will review it within the next 10 working days.

Miradouro Travel Recruiting

Powered by Ashby.
"""),
))

# ------------------------------------------------------------------ 14: agency registration, human consultant
add(dict(
    kind="application_received", name="bridgewell_registration", lang="en",
    company="Bridgewell Recruitment", contact="owen.price@bridgewell.example.pt",
    id="a_bridge_reg", date="2026-06-01 11:30 +0100",
    frm=("Owen Price", "owen.price@bridgewell.example.pt"),
    subject="Welcome to Bridgewell - your registration",
    text=T("""
Hi Lucia,

Thanks for registering with Bridgewell Recruitment and for sending over your CV - I've
got it and added you to our candidate database for research and CX roles in Lisbon.

I'll be your main point of contact. It'd be great to have a quick call this week to
understand what you're looking for; in the meantime, I'll keep an eye out for
suitable roles.

Best,
Owen Price | Senior Consultant, Digital & Product
Bridgewell Recruitment | Avenida da República 50, 1050-196 Lisboa
+351 210 000 377

This email and any attachments are confidential and intended solely for the addressee.
If you have received it in error, please notify the sender and delete it.
"""),
))

# ------------------------------------------------------------------ 15: institute auto-ack, cannot answer every applicant
add(dict(
    kind="application_received", name="datenhafen_auto_ack", lang="en",
    company="Datenhafen Research Institut", contact="", id="a_daten_ack",
    date="2026-04-27 08:56 +0200",
    frm=("Datenhafen Research Institut", "no-reply@datenhafen.example.de"),
    subject="Your application has been received (ref. HCC-2026-04)",
    text=T("""
Dear applicant,

This is an automatic confirmation that your application for the position
"Research Assistant (UX, English-speaking)", reference HCC-2026-04, has reached us.

Please note that we cannot reply to every applicant individually during the review
phase. Shortlisted candidates will be invited to an interview in May 2026.

Datenhafen Research Institut - Human Resources
Invalidenstraße 44, 10115 Berlin
"""),
    headers=[("Auto-Submitted", "auto-replied")],
))

# ------------------------------------------------------------------ 16: Workable ack
add(dict(
    kind="application_received", name="tidepool_workable_ack", lang="en",
    company="Tidepool Games", contact="", id="a_tidepool_ack", date="2026-08-24 14:06 +0000",
    frm=("Tidepool Games", "noreply@workablemail.com"),
    to=[("", CAND)],
    subject="Tidepool Games - application received",
    html=ats_card("Tidepool Games", """<p>Hi Lucía,</p>
<p>Thanks for applying for <b>Junior UX Researcher (Playtesting)</b> at Tidepool Games. Your application is in!</p>
<p>We read every application ourselves, so please bear with us while we go through them.</p>
<p>The Tidepool team</p>""", footer="Sent via Workable", accent="#0e7490", lang="en"),
    cte="b64",
))

# ================================================================== application_received — fr (2)

# ------------------------------------------------------------------ 17: SmartRecruiters ack in French
GARR_ACK = T("""
Bonjour Lucía,

Nous vous remercions pour votre candidature au poste d'Assistante UX Research
(Montpellier, hybride). Elle a bien été enregistrée.

Notre équipe étudie chaque dossier avec attention ; nous reviendrons vers vous dans
les meilleurs délais.

L'équipe Recrutement de Garrigue Numérique
""")
add(dict(
    kind="application_received", name="garrigue_smartrecruiters_ack", lang="fr",
    company="Garrigue Numérique", contact="", id="a_garr_ack", date="2026-05-04 09:18 +0000",
    frm=("Garrigue Numérique", "noreply@smartrecruiters.com"),
    frm_enc="utf-8/q",
    subject="Votre candidature chez Garrigue Numérique",
    text=GARR_ACK,
    html=ats_card("Garrigue Numérique", paras(GARR_ACK), footer="Envoyé avec SmartRecruiters",
                  accent="#6d28d9", lang="fr"),
    cte="qp",
))

# ------------------------------------------------------------------ 18: temp agency registration, human
add(dict(
    kind="application_received", name="interim_occitan_inscription", lang="fr",
    company="Intérim Occitan", contact="julien.roux@interim-occitan.example.fr",
    date="2026-07-20 11:05 +0200",
    frm=("Julien Roux", "julien.roux@interim-occitan.example.fr"),
    subject="Votre inscription chez Intérim Occitan",
    charset="iso-8859-1", cte="8bit",
    text=T("""
Bonjour Lucía,

J'ai bien reçu votre CV ainsi que votre pièce d'identité : votre inscription chez
Intérim Occitan est désormais complète. Je vous proposerai des missions dans le
domaine de l'expérience client et de la recherche utilisateur sur Montpellier et
ses environs.

N'hésitez pas à m'appeler pour toute question.

Julien Roux
Chargé de recrutement - Intérim Occitan
5 place de la Comédie, 34000 Montpellier - 04 67 00 00 83
"""),
))

# ================================================================== application_received — de (3)

# ------------------------------------------------------------------ 19: Personio ack
add(dict(
    kind="application_received", name="spreeklang_personio_eingang", lang="de",
    company="Spreeklang", contact="", id="a_spree_ack", parent="o_spree_apply",
    date="2026-04-06 10:02 +0200",
    frm=("Spreeklang GmbH", "no-reply@personio.de"),
    subject="Deine Bewerbung bei Spreeklang ist angekommen",
    text=T("""
Hallo Lucía,

vielen Dank für deine Bewerbung als UX Research Assistant (m/w/d)! Wir haben deine
Unterlagen erhalten und melden uns innerhalb von zwei Wochen bei dir.

Beste Grüße
Dein Spreeklang People Team

Diese Nachricht wurde automatisch über Personio versendet.
"""),
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ 20: softgarden Eingangsbestätigung, HTML+text
KIEZ_ACK = T("""
Sehr geehrte Frau Fernández-Kowalski,

vielen Dank für Ihre Bewerbung als Junior UX Researcher (m/w/d) und Ihr Interesse an
der Kiezbank.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung
sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kiezbank
""")
add(dict(
    kind="application_received", name="kiezbank_eingangsbestaetigung", lang="de",
    company="Kiezbank", contact="", id="a_kiez_ack", date="2026-05-06 16:40 +0200",
    frm=("Kiezbank Recruiting", "noreply@softgarden.io"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    subj_enc="iso-8859-1/q",
    text=KIEZ_ACK,
    html=ats_card("Kiezbank", paras(KIEZ_ACK), footer="Kiezbank eG · Oranienstraße 25 · 10999 Berlin",
                  accent="#c2185b", lang="de"),
    charset="iso-8859-1", cte="qp",
))

# ------------------------------------------------------------------ 21: agency registration, human, iso-8859-1
add(dict(
    kind="application_received", name="hauptstadt_registrierung", lang="de",
    company="Hauptstadt Personal", contact="j.mueller@hauptstadt-personal.example.de",
    date="2026-08-17 09:25 +0200",
    frm=("Jürgen Müller", "j.mueller@hauptstadt-personal.example.de"),
    frm_enc="iso-8859-1/b",
    subject="Ihre Registrierung bei Hauptstadt Personal",
    charset="iso-8859-1", cte="8bit",
    text=T("""
Guten Tag Frau Fernández-Kowalski,

herzlichen Dank für die Zusendung Ihres Lebenslaufs. Ich habe Sie in unserer
Kandidatendatenbank für Positionen im Bereich UX und Kundenservice registriert.

Sobald ich eine passende Vakanz bei einem unserer Kunden habe, melde ich mich
telefonisch bei Ihnen.

Freundliche Grüße
Jürgen Müller
Personalberater | Hauptstadt Personal GmbH
Friedrichstraße 120 | 10117 Berlin
"""),
))

# ================================================================== offer — es (5)

# ------------------------------------------------------------------ 1: formal offer with PDF
TRAM_OFFER = T("""
Hola Lucía:

¡Enhorabuena! Después del panel del día 4, el equipo lo tiene claro: nos encantaría
que te unieras a Tramaluz como Asistente de UX Research.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, jornada
completa, 26.500 € brutos anuales en 14 pagas, dos días de teletrabajo a la semana y
fecha de incorporación el 2 de marzo.

Si tienes cualquier duda, llámame. Te agradeceríamos una respuesta antes del viernes 20.

Un abrazo,
Noelia Ortega
People Partner | Tramaluz Software
C/ Trinidad Grund 21 · 29001 Málaga · +34 952 000 640
""")
add(dict(
    kind="offer", name="tramaluz_offer_letter_pdf", lang="es",
    company="Tramaluz Software", contact="noelia.ortega@tramaluz.example.es",
    id="f_tram_offer", parent="s_tram_move", date="2026-02-12 12:30 +0100",
    frm=("Noelia Ortega", "noelia.ortega@tramaluz.example.es"),
    subject="Oferta de incorporación – Asistente de UX Research",
    text=TRAM_OFFER,
    html=word_html([esc(p).replace("\n", "<br>") for p in TRAM_OFFER.strip().split("\n\n")]),
    cte="qp",
    pdfs=[("Carta_oferta_Tramaluz_LFK.pdf", "Tramaluz Software - Carta de oferta",
           ["Candidata: Lucia Fernandez-Kowalski", "Puesto: Asistente de UX Research",
            "Contrato: indefinido, jornada completa", "Salario: 26.500 EUR brutos anuales (14 pagas)",
            "Incorporacion: 2 de marzo de 2026", "Plazo de respuesta: 20 de febrero de 2026"])],
))

# ------------------------------------------------------------------ 2: verbal offer follow-up
add(dict(
    kind="offer", name="kairos_verbal_followup", lang="es",
    company="Kairos Research", contact="lorena.ibarra@kairosresearch.example.es",
    parent="s_kairos_ill", date="2026-07-24 18:02 +0200",
    frm=("Lorena Ibarra", "lorena.ibarra@kairosresearch.example.es"),
    subject="Lo que hablamos esta tarde",
    text=T("""
Hola Lucía:

Como te adelanté por teléfono hace un rato, queremos que te quedes con nosotras. Te
resumo lo que hablamos para que lo tengas por escrito:

- Puesto: Research Assistant, equipo de estudios cualitativos
- Contrato indefinido con seis meses de prueba
- 25.000 € brutos al año, revisables a los doce meses
- Madrid, tres días en oficina y dos en remoto
- Incorporación: 1 de septiembre, o cuando te venga bien para la mudanza

La semana que viene te llega la propuesta formal de RR. HH. para firmar. Mientras,
cualquier duda me llamas.

¡Qué alegría!
Lorena
"""),
))

# ------------------------------------------------------------------ 3: head-hunter: the client wants to make you an offer (now named)
add(dict(
    kind="offer", name="ferraz_client_offer_named", lang="es",
    company="Nazarí Pagos", contact="lucas.ferraz@ferrazochoa.example.es",
    parent="s_ferraz_moved", date="2026-07-03 11:48 +0200",
    frm=("Lucas Ferraz", "lucas.ferraz@ferrazochoa.example.es"),
    subject="Buenas noticias: oferta de Nazarí Pagos",
    text=T("""
Lucía, ¡buenas noticias!

Ya te puedo decir el nombre de mi cliente: es Nazarí Pagos, la fintech de Granada. El
cliente quiere hacerte una oferta para el puesto de UX Research Associate:

  · 28.000 € fijos + 10 % de variable
  · Híbrido, con la oficina en el Centro de Empresas de Armilla
  · Incorporación en septiembre

Me han pedido que te lo transmita yo antes de mandarte la carta oficial. ¿Tienes un
rato esta tarde para hablarlo por teléfono?

Un abrazo,
Lucas Ferraz
Partner · Ferraz & Ochoa Talent
Paseo de Recoletos 7, 28004 Madrid · +34 915 000 702
"""),
    cte="qp",
))

# ------------------------------------------------------------------ 4: contract sent for signature (signing link + PDF)
AXA = T("""
Hola Lucía:

Tal como acordamos en la llamada del lunes, te enviamos el contrato de trabajo para el
puesto de Técnica de Investigación UX para que lo revises y lo firmes.

Puedes firmarlo electrónicamente desde este enlace (válido 7 días):
https://firma.example.com/sign/axarquia/8f2c0d7a

También te adjunto el contrato en PDF por si prefieres leerlo con calma antes. Tu
incorporación queda fijada para el lunes 2 de noviembre en nuestra oficina de
Vélez-Málaga.

Bienvenida al equipo,
Tomás Ariza
Responsable de RR. HH. · Axarquía Travel Tech
Av. Juan Carlos I 50 · 29700 Vélez-Málaga · 952 000 819
""")
add(dict(
    kind="offer", name="axarquia_contract_signature", lang="es",
    company="Axarquía Travel Tech", contact="tomas.ariza@axarquiatech.example.es",
    date="2026-10-01 10:15 +0200",
    frm=("Tomás Ariza", "tomas.ariza@axarquiatech.example.es"),
    frm_enc="iso-8859-1/q",
    subject="Tu contrato para firma – Axarquía Travel Tech",
    subj_enc="utf-8/b",
    text=AXA,
    html=plain_html(paras(AXA)),
    charset="windows-1252", cte="qp",
    pdfs=[("Contrato_LFK_Axarquia.pdf", "Contrato de trabajo - Axarquia Travel Tech",
           ["Trabajadora: Lucia Fernandez-Kowalski", "Puesto: Tecnica de Investigacion UX",
            "Modalidad: indefinido, jornada completa", "Inicio: 02/11/2026",
            "Firma de la trabajadora: ____________________"])],
))

# ------------------------------------------------------------------ 5: ETT: client wants her, contract attached
add(dict(
    kind="offer", name="temporalia_nervion_contract", lang="es",
    company="Nervión Telecom", contact="maribel.cuesta@temporalia.example.es",
    date="2026-10-13 13:40 +0200",
    frm=("Maribel Cuesta · Temporalia", "maribel.cuesta@temporalia.example.es"),
    subject="¡Nervión Telecom te quiere!",
    text=T("""
¡Lucía, por fin!

Nervión Telecom me acaba de confirmar que te quieren para el puesto de auxiliar de
investigación de clientes en su sede de Sevilla Este. La oferta es una misión de
seis meses con nosotras, con intención de pasarte a plantilla después:

- 1.650 € brutos/mes en 12 pagas + prorrata
- Lunes a viernes, 8:00 a 15:00
- Inicio: lunes 19 de octubre

Te adjunto el contrato para que lo revises; si estás de acuerdo, fírmalo y me lo
devuelves escaneado antes del jueves. ¡Me alegro un montón!

Maribel Cuesta
Consultora de Selección · Temporalia Andalucía ETT
Avda. de la Buhaira 12, 41018 Sevilla · 954 000 312
"""),
    charset="windows-1252", cte="8bit",
    pdfs=[("Contrato_puesta_a_disposicion_Nervion.pdf", "Temporalia Andalucia ETT - Contrato",
           ["Trabajadora: Lucia Fernandez-Kowalski", "Empresa usuaria: Nervion Telecom",
            "Duracion: 6 meses", "Inicio: 19/10/2026"])],
))

# ================================================================== offer — en (3)

# ------------------------------------------------------------------ 6: formal offer letter PDF, replying to her application
HARBOUR = T("""
Dear Lucía,

On behalf of Harbourlight Software, I am delighted to offer you the position of UX
Research Assistant in our Lisbon office. Your offer letter is attached; the headline
terms are:

- Start date: 2 November 2026
- Gross annual salary: EUR 27,000, paid in 14 instalments
- Hybrid working (two office days per week), relocation support of EUR 2,500

Please review the letter and let us know your decision by 30 September. Don't
hesitate to reach out with any questions.

Warm regards,
Sam Whitfield
Head of People, Harbourlight Software
Rua Rodrigues de Faria 103, 1300-501 Lisboa
""")
add(dict(
    kind="offer", name="harbourlight_offer_letter", lang="en",
    company="Harbourlight Software", contact="sam.whitfield@harbourlight.example.pt",
    parent="o_harbour_apply", date="2026-09-22 15:05 +0100",
    frm=("Sam Whitfield", "sam.whitfield@harbourlight.example.pt"),
    subject="Offer of employment - UX Research Assistant",
    text=HARBOUR,
    html=plain_html(paras(HARBOUR), lang="en"),
    pdfs=[("Harbourlight_Offer_Letter_LFernandez-Kowalski.pdf", "Harbourlight Software - Offer Letter",
           ["Candidate: Lucia Fernandez-Kowalski", "Position: UX Research Assistant",
            "Start date: 2 November 2026", "Salary: EUR 27,000 gross per year",
            "Please sign and return by 30 September 2026"])],
))

# ------------------------------------------------------------------ 7: agency: our client would like to make you an offer (unnamed)
add(dict(
    kind="offer", name="bridgewell_client_offer_unnamed", lang="en",
    company="Bridgewell Recruitment", contact="owen.price@bridgewell.example.pt",
    date="2026-08-28 12:12 +0100",
    frm=("Owen Price", "owen.price@bridgewell.example.pt"),
    subject="Offer!",
    text=T("""
Hi Lucia,

I'm really pleased to tell you that my client - the e-commerce platform you met with on
Tuesday - would like to make you an offer for the Research Coordinator role:

* EUR 24,500 base + annual bonus
* Fully remote within Portugal, one team week per quarter in Porto
* Start in October

They've asked me to sound you out before they issue the formal contract. Can we speak
today? I'd love to get this over the line for you.

Owen
Bridgewell Recruitment | +351 210 000 377
"""),
))

# ------------------------------------------------------------------ 8: verbal offer summary
add(dict(
    kind="offer", name="alfama_verbal_offer_summary", lang="en",
    company="Alfama Research", contact="duarte.lopes@alfamaresearch.example.pt",
    date="2026-10-08 18:44 +0100",
    frm=("Duarte Lopes", "duarte.lopes@alfamaresearch.example.pt"),
    cc=[("Helena Vaz", "helena.vaz@alfamaresearch.example.pt")],
    subject="Great speaking earlier",
    text=T("""
Hi Lucía,

Great speaking earlier - and congratulations again! As promised, here's a summary of
the offer I made on the phone, so you have it in writing:

Role: Junior User Researcher
Salary: EUR 26,000 gross/year
Contract: permanent, 3-month probation
Location: Lisbon (Alfama studio), flexible hours
Start: 4 January 2027

Helena (cc'd) will send the contract for signature next week. Take the weekend to think
it over and let me know if anything is unclear.

Duarte Lopes
Managing Partner, Alfama Research
"""),
))

# ================================================================== offer — fr (1)

add(dict(
    kind="offer", name="garrigue_promesse_embauche", lang="fr",
    company="Garrigue Numérique", contact="c.fabre@garrigue-numerique.example.fr",
    parent="s_garr_report", date="2026-06-15 11:20 +0200",
    frm=("Camille Fabre", "c.fabre@garrigue-numerique.example.fr"),
    subject="Proposition d'embauche – Assistante UX Research",
    text=T("""
Bonjour Lucía,

J'ai le plaisir de vous annoncer que nous souhaitons vous recruter au poste
d'Assistante UX Research au sein de Garrigue Numérique.

Vous trouverez ci-joint notre promesse d'embauche : CDI à temps plein, statut ETAM,
rémunération annuelle brute de 29 000 €, deux jours de télétravail par semaine, prise
de poste souhaitée le 1er septembre 2026 à Montpellier.

Nous vous remercions de nous faire part de votre réponse d'ici le 26 juin.

Bien cordialement,
Camille Fabre
Chargée de recrutement – Garrigue Numérique
1025 avenue Henri Becquerel, 34000 Montpellier
"""),
    cte="b64",
    pdfs=[("Promesse_embauche_LFK.pdf", "Garrigue Numerique - Promesse d'embauche",
           ["Candidate : Lucia Fernandez-Kowalski", "Poste : Assistante UX Research (CDI)",
            "Remuneration : 29 000 EUR bruts annuels", "Prise de poste : 1er septembre 2026"])],
))

# ================================================================== offer — de (1)

SPREE_OFFER = T("""
Hallo Lucía,

wir freuen uns sehr: Wir möchten dich als UX Research Assistant bei Spreeklang
einstellen!

Anbei findest du unser Vertragsangebot. Die wichtigsten Punkte:
- Start: 1. Juli 2026, unbefristet, 40 Stunden/Woche
- Jahresgehalt: 44.000 € brutto
- Hybrid: zwei Tage im Büro in Kreuzberg, Umzugspauschale 1.500 €

Du kannst den Vertrag digital unterschreiben:
https://spreeklang.personio.de/sign/0d7e1b

Wir würden uns über eine Rückmeldung bis zum 29. Mai freuen.

Viele Grüße
Katrin Vogel
People & Culture, Spreeklang GmbH
Schlesische Straße 28, 10997 Berlin
""")
SPREE_REPLY = T("""
Hallo Katrin,

kein Problem, gute Besserung an Moritz! Schade wegen der Absage, aber ich bin in der
nächsten Woche flexibel - am liebsten vormittags.

> Leider ist Moritz krank geworden, deshalb müssen wir unser Gespräch am Mittwoch
> absagen. Ich schicke dir bis Freitag zwei neue Terminvorschläge.

Viele Grüße
Lucía
""")
add(dict(
    kind="offer", name="spreeklang_vertragsangebot", lang="de",
    company="Spreeklang", contact="katrin.vogel@spreeklang.example.de",
    parent="s_spree_cancel", date="2026-05-19 16:10 +0200",
    frm=("Katrin Vogel", "katrin.vogel@spreeklang.example.de"),
    subject="Dein Vertragsangebot von Spreeklang",
    text=SPREE_OFFER + "\n" + wrote("de", "Di., 28. Apr. 2026 um 09:12", "Lucía Fernández-Kowalski",
                                    CAND) + "\n" + quote(SPREE_REPLY),
    html=plain_html(paras(SPREE_OFFER) + "\n" + gmail_quote(
        wrote("de", "Di., 28. Apr. 2026 um 09:12", "Lucía Fernández-Kowalski", CAND),
        paras(SPREE_REPLY)), lang="de"),
    cte="qp",
    pdfs=[("Vertragsangebot_Spreeklang_LFK.pdf", "Spreeklang GmbH - Arbeitsvertrag (Angebot)",
           ["Arbeitnehmerin: Lucia Fernandez-Kowalski", "Position: UX Research Assistant",
            "Beginn: 01.07.2026", "Bruttojahresgehalt: 44.000 EUR"])],
))
