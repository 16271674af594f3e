# ruff: noqa: C408
"""Corpus 229: interview_invitation (26), interview_reschedule_or_cancel (15) and
missed_interview_notice (10), hand-written."""

from __future__ import annotations

from msgs229_common import (
    AUTO,
    ME,
    ats_card,
    ics,
    outlook,
    outlook_html,
    reply,
)

INV = "interview_invitation"
RES = "interview_reschedule_or_cancel"
MIS = "missed_interview_notice"

RAQUEL = ("Raquel Lanuza", "raquel.lanuza@almacenescierzo.example.es")
NEREA = ("Nerea Lacasta", "nerea.lacasta@modaebro.example.es")
JORGE = ("Jorge Sanmartín | Temporalia", "jorge.sanmartin@temporalia.example.es")
INES = ("Inés Villalba", "ines.villalba@altamira-search.example.es")
BEGONA = ("Begoña Sáenz", "begona.saenz@calzadosriojaalta.example.es")
BRUNO = ("Bruno Ferrer", "bruno.ferrer@carritoazul.example.es")
LOLA = ("Lola Benavente", "lola.benavente@joyeriaalmudena.example.es")
SERGIO = ("Sergio Lahoz", "sergio.lahoz@mercadosdelicias.example.es")
SOLE = ("Sole Garnacha", "sole@boutiquegarnacha.example.es")
IKER = ("Iker Bescós", "iker.bescos@deportesaneto.example.es")
PILAR = ("Pilar Aznar", "pilar.aznar@lenceriaalba.example.es")
PALOMA = ("Paloma Ricart", "paloma.ricart@grupozafiro.example.es")
MARC = ("Marc Puig", "marc.puig@tramuntana.example.es")
ELENA = ("Elena Moliner", "elena.moliner@ecomodatarazona.example.es")
SOPHIE = ("Sophie Grant", "sophie.grant@hartwellfinch.example.co.uk")
AMARA = ("Amara Osei", "amara.osei@kestrelbeauty.example.co.uk")
RAJ = ("Raj Patel", "raj.patel@thimblelane.example.co.uk")
OLIVER = ("Oliver Hayes", "oliver.hayes@marlowetalent.example.co.uk")
PRIYA = ("Priya Shah", "priya.shah@aldgatebeauty.example.co.uk")
ELLIE = ("Ellie Marsh", "ellie.marsh@quaysidehome.example.co.uk")
TOM = ("Tom Whitlock", "tom.whitlock@pembertons.example.co.uk")
CLAIRE = ("Claire Dufau", "claire.dufau@galeriesgaronne.example.fr")
JULIEN = ("Julien Marty", "julien.marty@maisoncapitole.example.fr")
MATHIEU = ("Mathieu Laborde", "mathieu.laborde@interim-pyrenees.example.fr")
SABINE = ("Sabine Kächele", "sabine.kaechele@koenigsbau-kaufhaus.example.de")
KATRIN = ("Katrin Eberle", "katrin.eberle@schwabenduft.example.de")

CIERZO_SIG = """Raquel Lanuza Gil
Técnica de Selección · Almacenes Cierzo
Paseo de la Independencia 22 · 50004 Zaragoza
Tel. 976 214 560 · Ext. 318"""

MESSAGES = [
    # ======================================================= interview_invitation, es ====
    dict(
        kind=INV, slug="cierzo_panel_calendar_request", lang="es", company="Almacenes Cierzo",
        contact=RAQUEL[1], key="cierzo-inv", parent="cierzo-ack",
        frm=RAQUEL,
        subject="Entrevista con el equipo de compras – Compradora junior cosmética",
        date="2026-02-12 10:14 +0100",
        text=f"""Hola Ingrid:

Después de revisar tu candidatura, al equipo de compras de perfumería le gustaría conocerte.

Te proponemos una entrevista en panel el jueves 19 de febrero a las 9:30 en nuestras oficinas de Paseo de la Independencia (6ª planta). Estarán Álvaro Nasarre, jefe de compras de cosmética, y yo misma. Calcula una hora aproximadamente.

Te envío la convocatoria en el calendario; acéptala, por favor, para confirmar tu asistencia. Si te viene mal el horario, dímelo y buscamos otro hueco.

Un saludo,

{CIERZO_SIG}""",
        html=outlook_html(f"""Hola Ingrid:

Después de revisar tu candidatura, al equipo de compras de perfumería le gustaría conocerte.

Te proponemos una entrevista en panel el jueves 19 de febrero a las 9:30 en nuestras oficinas de Paseo de la Independencia (6ª planta). Estarán Álvaro Nasarre, jefe de compras de cosmética, y yo misma. Calcula una hora aproximadamente.

Te envío la convocatoria en el calendario; acéptala, por favor, para confirmar tu asistencia. Si te viene mal el horario, dímelo y buscamos otro hueco.

Un saludo,

{CIERZO_SIG}"""),
        attach=[ics("REQUEST", "cierzo-panel-0219@almacenescierzo.example.es",
                    "Entrevista panel - Compradora junior cosmética", "20260219T083000Z",
                    "20260219T093000Z", RAQUEL,
                    location="Almacenes Cierzo, P.º Independencia 22, 6ª planta, Zaragoza",
                    description="Entrevista con Álvaro Nasarre y Raquel Lanuza.",
                    attendees=[ME, ("Álvaro Nasarre", "alvaro.nasarre@almacenescierzo.example.es")])],
        cc=[("Álvaro Nasarre", "alvaro.nasarre@almacenescierzo.example.es")],
        headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Entrevista con el equipo de compras")],
    ),
    dict(
        kind=INV, slug="modaebro_phone_screen_ask", lang="es", company="Moda Ebro",
        contact=NEREA[1], key="ebro-inv",
        frm=NEREA,
        subject="Llamada de preselección - Ayudante de compras",
        date="2026-01-20 12:30 +0100",
        text="""Hola Ingrid, ¿qué tal?

Soy Nerea, de selección de Moda Ebro. Hemos visto tu candidatura para ayudante de compras y nos gustaría hacerte una primera llamada corta, de unos veinte minutos, para conocer tu experiencia.

¿Te viene bien que te llamemos el jueves 22 a las 10:00 al número que aparece en tu CV? Si no, proponme tú otra hora esa misma semana.

Gracias,
Nerea Lacasta
Selección · Moda Ebro
C/ Coso 98 · Zaragoza""",
        cte="quoted-printable",
    ),
    dict(
        kind=INV, slug="temporalia_client_interview_albahaca", lang="es", company="Perfumerías Albahaca",
        contact=JORGE[1], key="temp-inv", parent="temp-reg",
        frm=JORGE,
        subject="Entrevista con Perfumerías Albahaca (apoyo a compras)",
        date="2026-01-27 09:48 +0100",
        text="""Hola Ingrid:

¡Buenas noticias! He presentado tu perfil a Perfumerías Albahaca para el puesto de apoyo al departamento de compras (contrato de seis meses por campaña) y quieren entrevistarte.

Detalles:
- Día: lunes 2 de febrero
- Hora: 16:30
- Lugar: oficinas centrales, Calle San Miguel 14, 1º, Zaragoza
- Con: Carolina Peiró, responsable de compras

Lleva el CV impreso y, si puedes, ejemplos de cómo controlabas el stock de producto en el salón. Contéstame para confirmar y le paso la confirmación a la clienta.

Un saludo,

Jorge Sanmartín
Consultor de selección - Retail y Gran Consumo
Temporalia ETT · Calle Alfonso I 17, 2ª planta · 50003 Zaragoza
T. 976 203 118 · M. 655 310 442""",
        html="auto", cte="base64",
    ),
    dict(
        kind=INV, slug="altamira_castellana_interview", lang="es", company="Galerías Castellana",
        contact=INES[1], key="alt-inv", parent="alt-cold",
        frm=INES,
        subject="Re: Oportunidad en compras - entrevista con Galerías Castellana",
        date="2026-03-25 13:02 +0100",
        text=reply(
            """Ingrid, qué bien que te interese.

Te confirmo que ya puedo decirte el nombre del cliente: es Galerías Castellana, y el puesto es Assistant Buyer de Belleza y Cuidado Personal para sus cuatro centros.

Quieren verte el jueves 2 de abril a las 10:00 en su sede de la calle Goya 45 (Madrid). Te entrevistarán la directora de compras de belleza y una persona de RR. HH. Te recomiendo llevar pensadas dos o tres marcas que meterías en el lineal y por qué.

Confírmame y te mando la guía de preparación.

Inés Villalba
Senior Consultant · Altamira Search
Calle de Fortuny 9 · 28010 Madrid · +34 620 118 734""",
            "es", "lun, 23 mar 2026 a las 21:14", ME,
            """Hola Inés, gracias por escribirme. Sí, me interesa mucho conocer más del puesto. ¿Podrías decirme de qué empresa se trata?

Ingrid"""),
        html="auto",
    ),
    dict(
        kind=INV, slug="riojaalta_trial_day", lang="es", company="Calzados Rioja Alta",
        contact=BEGONA[1], key="cra-inv",
        frm=(BEGONA[0], BEGONA[1], ("iso-8859-1", "q")),
        subject="Jornada de prueba en tienda - Logroño",
        subject_enc=("iso-8859-1", "q"),
        date="2026-09-01 11:20 +0200",
        charset="iso-8859-1", cte="8bit",
        text="""Buenos días, Ingrid:

Gracias por la entrevista de la semana pasada. Antes de decidir, nos gustaría que pasaras una jornada de prueba con nosotros, como hacemos con todas las personas que se incorporan al área de compras.

La jornada será el miércoles 9 de septiembre, de 9:30 a 17:00, en nuestra tienda de la calle Portales 31 y en el almacén de Cascajos por la tarde. Verás cómo recibimos la mercancía, cómo preparamos el pedido de invierno y participarás en la reunión con un proveedor de Arnedo. La comida corre de nuestra cuenta.

Te agradecería que me confirmaras la asistencia antes del viernes.

Un saludo,
Begoña Sáenz
Responsable de Compras · Calzados Rioja Alta
Calle Portales 31 · 26001 Logroño · 941 25 77 03""",
    ),
    dict(
        kind=INV, slug="carritoazul_ashby_pick_slot", lang="es", company="Carrito Azul",
        contact=BRUNO[1], key="ca-inv",
        frm=("Carrito Azul", "no-reply@ashbyhq.com"),
        reply_to=BRUNO,
        subject="Carrito Azul: elige el horario de tu entrevista",
        date="2026-02-16 08:30 +0000",
        headers=AUTO,
        text="""Hola Ingrid:

Bruno Ferrer te invita a una entrevista de 45 minutos para Category Assistant de Belleza en Carrito Azul.

Elige el horario que mejor te vaya en este enlace:
https://app.ashbyhq.com/scheduling/carritoazul/2f6e1c0a

La entrevista será en nuestras oficinas de Carrer de Pujades 88 (Barcelona). Si ninguna opción te encaja, responde a este correo y le llegará a Bruno.

Equipo de Talento de Carrito Azul""",
        html=ats_card("Carrito Azul", "#1b5fc1", "Elige el horario de tu entrevista", """Hola Ingrid:

Bruno Ferrer te invita a una entrevista de 45 minutos para Category Assistant de Belleza en Carrito Azul.

La entrevista será en nuestras oficinas de Carrer de Pujades 88 (Barcelona). Si ninguna opción te encaja, responde a este correo y le llegará a Bruno.

Equipo de Talento de Carrito Azul""", button=("Elegir horario", "https://app.ashbyhq.com/scheduling/carritoazul/2f6e1c0a"), footer="Powered by Ashby", lang="es"),
    ),
    dict(
        kind=INV, slug="almudena_second_round_ics", lang="es", company="Joyería Almudena",
        contact=LOLA[1], key="ja-inv",
        frm=LOLA,
        subject="Segunda entrevista - Ayudante de Compras",
        date="2026-05-19 12:40 +0200",
        text="""Hola Ingrid:

Nos gustó mucho la primera conversación y queremos dar el siguiente paso. Te invitamos a una segunda entrevista con Carmen Ulloa, nuestra directora de compras, el miércoles 27 de mayo a las 17:00 en la tienda de Serrano 40.

Después de la charla te enseñaremos el taller y revisaremos juntas una selección de piezas de la colección de otoño: queremos escuchar qué comprarías tú y en qué cantidades.

Te adjunto la convocatoria para tu calendario.

Lola Benavente
Directora de Personas · Joyería Almudena
Calle de Serrano 40 · 28001 Madrid · 91 578 03 66""",
        html="auto",
        attach=[ics("REQUEST", "almudena-2a-entrevista@joyeriaalmudena.example.es",
                    "Segunda entrevista Ingrid Achebe-Moreno", "20260527T150000Z",
                    "20260527T163000Z", LOLA, location="Joyería Almudena, Serrano 40, Madrid",
                    inline=False)],
    ),
    dict(
        kind=INV, slug="delicias_assessment_centre", lang="es", company="Mercados Delicias",
        contact=SERGIO[1], key="md-inv", parent="md-ack",
        frm=SERGIO,
        subject="Convocatoria: jornada de evaluación - Auxiliar de Compras",
        date="2026-08-20 10:05 +0200",
        text="""Estimada Ingrid:

Nos complace comunicarte que has superado la primera fase de selección para Auxiliar de Compras de Perfumería e Higiene.

Te convocamos a la jornada de evaluación grupal que celebraremos el martes 1 de septiembre de 9:00 a 14:00 en nuestras oficinas de la Avenida de Madrid 215 (Zaragoza). Habrá una dinámica en grupo con otras cinco personas candidatas, un ejercicio de negociación por parejas y una breve entrevista individual con la jefa de compras.

No es necesario traer nada; te daremos el material allí. Adjuntamos la cita para tu calendario.

Un cordial saludo,

Sergio Lahoz
Técnico de Selección
Mercados Delicias · Avda. de Madrid 215 · 50017 Zaragoza
Tel. 976 341 870""",
        attach=[ics("REQUEST", "delicias-ac-0901@mercadosdelicias.example.es",
                    "Jornada de evaluación - Auxiliar de Compras", "20260901T070000Z",
                    "20260901T120000Z", SERGIO,
                    location="Mercados Delicias, Avda. de Madrid 215, Zaragoza", inline=False,
                    cte="8bit")],
    ),
    dict(
        kind=INV, slug="garnacha_free_thursday_chat", lang="es", company="Boutique Garnacha",
        contact=SOLE[1], key="gar-inv",
        frm=SOLE,
        subject="charla jueves",
        date="2026-04-02 19:12 +0200",
        text="""Hola Ingrid, soy Sole, de la Boutique Garnacha (la de la calle San Juan).

¿Estás libre el jueves por la tarde para charlar un rato en la tienda? Me vendría bien conocerte antes de decidir quién me ayuda con los pedidos de la próxima temporada.

A partir de las 17:00 estoy sola, así que cuando te venga bien.

Sole""",
    ),
    dict(
        kind=INV, slug="aneto_recruitee_teams", lang="es", company="Deportes Aneto",
        contact=IKER[1], key="da-inv", parent="da-ack",
        frm=("Deportes Aneto", "deportesaneto@jobs.recruitee.com"),
        reply_to=IKER,
        subject="Invitación a entrevista: Buyer Junior Outdoor",
        date="2026-03-02 09:10 +0100",
        text="""Hola Ingrid,

Iker Bescós, de Deportes Aneto, te ha invitado a una entrevista para el puesto de Buyer Junior Outdoor.

Fecha: jueves 5 de marzo de 2026
Hora: 12:00 - 12:45 (hora de Madrid)
Lugar: Microsoft Teams
Enlace: https://teams.example.com/l/meetup-join/aneto-buyer-junior

Puedes confirmar o proponer otra hora desde tu área de candidato:
https://deportesaneto.recruitee.com/o/buyer-junior-outdoor/c/confirm

Si tienes dudas, responde a este mensaje.

Deportes Aneto""",
        html="auto",
    ),
    dict(
        kind=INV, slug="lenceria_alba_quotes_old_rejection", lang="es", company="Lencería Alba",
        contact=PILAR[1], key="la-inv",
        frm=PILAR,
        subject="RE: Tu candidatura - Dependienta temporada de verano",
        date="2026-09-22 17:45 +0200",
        text=outlook(
            """Hola de nuevo, Ingrid:

Recupero este hilo porque en enero no pudimos contar contigo, pero ahora tenemos algo que encaja mucho mejor con lo que buscas: se ha abierto una plaza de Compradora Junior para nuestras tres tiendas.

¿Podemos hablar por teléfono el martes 29 a las 17:00? Serán unos treinta minutos, conmigo y con Andrea, que lleva las compras de corsetería.

Un abrazo,
Pilar Aznar
Encargada de Personas · Lencería Alba
C/ Don Jaime I 12 · 50001 Zaragoza · 976 398 115""",
            "es", "Pilar Aznar", "lunes, 19 de enero de 2026 11:02", "Ingrid Achebe-Moreno",
            "Tu candidatura - Dependienta temporada de verano",
            """Hola Ingrid:

Gracias por presentarte a la vacante de dependienta para la temporada de verano. Lamentablemente, en esta ocasión no podemos ofrecerte el puesto, porque buscamos a alguien con disponibilidad completa los fines de semana.

Un saludo,
Pilar"""),
        html="auto",
    ),
    dict(
        kind=INV, slug="zafiro_outlook_request", lang="es", company="Grupo Zafiro",
        contact=PALOMA[1], key="zaf-inv",
        frm=PALOMA,
        subject="Entrevista Compradora Junior Complementos",
        date="2026-03-09 10:30 +0100",
        text="""Hola Ingrid:

Te escribo de parte del equipo de compras de Grupo Zafiro. Nos ha interesado tu trayectoria y nos gustaría entrevistarte para la posición de Compradora Junior de Complementos.

La reunión sería el martes 17 de marzo a las 11:00, en videollamada de Teams, con Ricardo Baena (Head of Buying) y conmigo. Encontrarás el enlace en la convocatoria adjunta.

Paloma Ricart
HR Business Partner · Grupo Zafiro
Paseo de la Castellana 141, planta 9 · 28046 Madrid
+34 91 552 70 14

La información de este mensaje es confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine.""",
        html=outlook_html("""Hola Ingrid:

Te escribo de parte del equipo de compras de Grupo Zafiro. Nos ha interesado tu trayectoria y nos gustaría entrevistarte para la posición de Compradora Junior de Complementos.

La reunión sería el martes 17 de marzo a las 11:00, en videollamada de Teams, con Ricardo Baena (Head of Buying) y conmigo. Encontrarás el enlace en la convocatoria adjunta.

Paloma Ricart
HR Business Partner · Grupo Zafiro
Paseo de la Castellana 141, planta 9 · 28046 Madrid
+34 91 552 70 14

La información de este mensaje es confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine."""),
        attach=[ics("REQUEST", "zafiro-cjc-0317@grupozafiro.example.es",
                    "Entrevista Compradora Junior Complementos", "20260317T100000Z",
                    "20260317T110000Z", PALOMA, location="Microsoft Teams",
                    description="https://teams.example.com/l/meetup-join/zafiro-cjc")],
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    dict(
        kind=INV, slug="tramuntana_onsite_barcelona", lang="es", company="Drogueries Tramuntana",
        contact=MARC[1], key="dt-inv",
        frm=MARC,
        reply_to=("Selecció Tramuntana", MARC[1]),
        subject="Entrevista compras droguería - Barcelona",
        date="2026-07-13 10:02 +0200",
        text="""Hola Ingrid,

Soy Marc Puig, responsable de selección de Drogueries Tramuntana. Gracias por enviarnos tu candidatura para el puesto de compras de droguería y perfumería.

Nos gustaría invitarte a una entrevista presencial en nuestras oficinas de Sardenya el martes 21 de julio a las 11:30. Pregunta por mí en recepción.

Sabemos que vienes desde Zaragoza: si lo necesitas, te reembolsamos el billete de tren.

Salutacions,
Marc Puig
Responsable de Selección
Drogueries Tramuntana
Carrer de Sardenya 312, 08025 Barcelona · 93 451 22 07""",
        cte="quoted-printable",
    ),
    dict(
        kind=INV, slug="ecomoda_case_study_video", lang="es", company="Ecomoda Tarazona",
        contact=ELENA[1], key="et-inv",
        frm=ELENA,
        subject="Caso práctico y entrevista – Ecomoda Tarazona",
        subject_enc=("utf-8", "b"),
        date="2026-10-01 09:15 +0200",
        charset="windows-1252", cte="base64",
        text="""Hola Ingrid:

Gracias por tu interés en nuestra tienda online. Para el puesto de Compradora de Moda Sostenible trabajamos con un pequeño caso práctico: te adjunto el enunciado en este correo (más abajo) y nos gustaría que nos lo presentaras en una entrevista por videollamada el miércoles 7 de octubre a las 16:00.

El caso: tienes 8.000 € para la cápsula de invierno de punto reciclado. ¿Qué proveedores contactarías, qué referencias comprarías y cómo repartirías las tallas? No hace falta más de tres diapositivas.

El enlace de la videollamada: https://meet.example.com/eco-tzn-compras

Un saludo,
Elena Moliner
Fundadora · Ecomoda Tarazona
Plaza de San Francisco 3 · 50500 Tarazona""",
    ),
    # ======================================================= interview_invitation, en ====
    dict(
        kind=INV, slug="hartwell_greenhouse_phone_screen", lang="en", company="Hartwell & Finch",
        contact=SOPHIE[1], key="hf-inv", parent="hf-ack",
        frm=("Sophie Grant via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=SOPHIE,
        subject="Hartwell & Finch - let's schedule a call",
        date="2026-04-14 12:05 +0100",
        text="""Hi Ingrid,

Thanks for applying for the Assistant Buyer, Womenswear role at Hartwell & Finch. I'd love to set up a 30-minute phone conversation to learn more about you and walk you through the role.

Please pick a time that suits you here:
https://app.greenhouse.example.io/schedule/hartwellfinch/8812a

I'll call you on the number in your application. Any questions, just reply to this email.

Best,
Sophie Grant
Talent Partner, Hartwell & Finch""",
        html=ats_card("Hartwell & Finch", "#14462f", "Let's schedule a call", """Hi Ingrid,

Thanks for applying for the Assistant Buyer, Womenswear role at Hartwell & Finch. I'd love to set up a 30-minute phone conversation to learn more about you and walk you through the role.

I'll call you on the number in your application. Any questions, just reply to this email.

Best,
Sophie Grant
Talent Partner, Hartwell & Finch""", button=("Choose a time", "https://app.greenhouse.example.io/schedule/hartwellfinch/8812a")),
    ),
    dict(
        kind=INV, slug="kestrel_assessment_centre_ics", lang="en", company="Kestrel Beauty",
        contact=AMARA[1], key="kes-inv", parent="kes-ack",
        frm=("Kestrel Beauty Talent", "talent@kestrelbeauty.example.co.uk"),
        reply_to=AMARA,
        subject="Invitation: Kestrel Beauty Buying Assessment Centre, 2 June",
        date="2026-05-18 14:22 +0100",
        text="""Dear Ingrid,

Congratulations, you've been shortlisted for the Assistant Buyer, Haircare position. We'd like to invite you to our assessment centre on Tuesday 2 June, 09:30 to 16:00, at our head office, 18 Tabernacle Street, London EC2A 4BN.

The day includes:
- a group exercise on range planning with four other candidates
- a numeracy test (margins, sell-through, open-to-buy)
- a 45-minute interview with our Head of Buying

Lunch is provided. We can reimburse reasonable travel costs within the UK. Please accept the calendar invitation attached, and let me know about any adjustments you may need.

Warm regards,
Amara Osei
Talent Acquisition Partner | Kestrel Beauty
18 Tabernacle Street, London EC2A 4BN | +44 20 3880 1274""",
        html="auto",
        attach=[ics("REQUEST", "kestrel-ac-20260602@kestrelbeauty.example.co.uk",
                    "Kestrel Beauty Assessment Centre - Assistant Buyer Haircare",
                    "20260602T083000Z", "20260602T150000Z", AMARA,
                    location="18 Tabernacle Street, London EC2A 4BN")],
    ),
    dict(
        kind=INV, slug="thimblelane_lever_panel", lang="en", company="Thimble Lane",
        contact=RAJ[1], key="tl-inv",
        frm=("Raj Patel", "no-reply@hire.lever.co"),
        reply_to=RAJ,
        subject="Panel interview - Junior Buyer, Accessories",
        date="2026-08-04 11:40 +0100",
        text="""Hi Ingrid,

Great speaking last week! The team would like to invite you to a panel interview for the Junior Buyer, Accessories role.

When: Wednesday 12 August, 14:00-15:00 (UK time)
Where: Google Meet, link in the invite
Who: Naomi Bell (Buying Manager), Luke Fairweather (Merchandiser) and me

Please come ready to talk through a product you'd add to our accessories range and how you'd price it. A calendar invitation is attached.

Best,
Raj Patel
People Team, Thimble Lane""",
        attach=[ics("REQUEST", "thimblelane-panel-ia@thimblelane.example.co.uk",
                    "Thimble Lane panel interview: Ingrid Achebe-Moreno",
                    "20260812T130000Z", "20260812T140000Z", RAJ,
                    location="https://meet.example.com/tl-panel-ia")],
    ),
    dict(
        kind=INV, slug="marlowe_sets_up_sable_street", lang="en", company="Sable Street",
        contact=OLIVER[1], key="mar-inv", parent="mar-reg",
        frm=OLIVER,
        subject="Interview confirmed: Sable Street, Tues 9 June",
        date="2026-06-02 16:48 +0100",
        text="""Hi Ingrid,

Good news: Sable Street would like to meet you for the Assistant Buyer, Beauty & Wellness role we discussed.

I've provisionally booked Tuesday 9 June at 11:00 at their Shoreditch office (2nd floor, 61 Rivington Street, EC2A 3QQ). You'll meet Hattie Lowe, Senior Buyer, and it should last about an hour.

A few pointers: they love candidates who know their site, so have a browse of the new-in beauty page and pick two brands you'd cut and two you'd add. Can you confirm by tomorrow so I can lock it in with them?

Cheers,
Oliver

Oliver Hayes | Senior Consultant, Retail
Marlowe Talent Partners
5 Clerkenwell Green, London EC1R 0DE | M: +44 7700 900412""",
        html="auto",
    ),
    dict(
        kind=INV, slug="aldgate_casual_chat_thursday", lang="en", company="Aldgate Beauty",
        contact=PRIYA[1], key="ab-inv",
        frm=PRIYA,
        subject="Quick chat?",
        date="2026-07-20 17:30 +0100",
        text="""Hi Ingrid,

Loved your application for the Product Buyer Assistant role, especially the bit about reading what clients actually buy at the salon counter.

Are you free Thursday to chat? Something informal, 30 minutes on Zoom. 10am UK time would work well for me: https://zoom.example.us/j/8841230991

Let me know!
Priya

Priya Shah
Talent Lead, Aldgate Beauty""",
    ),
    dict(
        kind=INV, slug="quayside_ashby_intro_call", lang="en", company="Quayside Home",
        contact=ELLIE[1], key="qh-inv",
        frm=("Quayside Home", "no-reply@ashbyhq.com"),
        reply_to=ELLIE,
        subject="Schedule your intro call with Quayside Home",
        date="2026-10-05 13:00 +0000",
        headers=AUTO,
        html=ats_card("Quayside Home", "#0f3d57", "Book your intro call", """Hi Ingrid,

Ellie Marsh from Quayside Home would like to set up a 30-minute video call about the Junior Buyer, Kitchen & Dining role.

Choose any slot that works for you from the link below. Once you've booked, you'll receive a calendar invitation.

Questions? Reply to this email and Ellie will get back to you.""", button=("Pick a time", "https://app.ashbyhq.com/scheduling/quayside/77c1d"), footer="Sent with Ashby"),
    ),
    dict(
        kind=INV, slug="pembertons_phone_interview", lang="en", company="Pemberton's",
        contact=TOM[1], key="pem-inv", parent="pem-app",
        frm=TOM,
        subject="Re: Application - Buying Assistant (Beauty Hall)",
        date="2026-09-08 10:21 +0100",
        text=reply(
            """Hi Ingrid,

Thanks for your application. Could we do a phone interview on Friday 11 September at 11am UK time? I'll call you on +34 676 412 908 unless you tell me otherwise. It'll take about 25 minutes.

Tom Whitlock
Buying Manager, Beauty Hall
Pemberton's | 88 Kensington High Street, London W8 4SG""",
            "en", "Wed, 2 Sept 2026 at 21:10", ME,
            """Dear Mr Whitlock,

Please find attached my CV for the Buying Assistant (Beauty Hall) position. After twelve years as a hairdresser and salon stock manager in Zaragoza, I am moving into retail buying and would love to bring my knowledge of haircare and beauty clients to Pemberton's.

Kind regards,
Ingrid Achebe-Moreno"""),
    ),
    # ======================================================= interview_invitation, fr ====
    dict(
        kind=INV, slug="garonne_entretien_ics", lang="fr", company="Galeries Garonne",
        contact=CLAIRE[1], key="gg-inv",
        frm=CLAIRE,
        subject="Invitation à un entretien - Acheteuse adjointe maroquinerie",
        date="2026-05-05 14:55 +0200",
        text="""Bonjour Ingrid,

Votre candidature au poste d'acheteuse adjointe maroquinerie a retenu notre attention et nous aimerions vous rencontrer.

Nous vous proposons un entretien le mercredi 13 mai à 10h00, dans nos bureaux du 12 rue d'Alsace-Lorraine à Toulouse, avec Mme Nathalie Cazes, responsable des achats accessoires, et moi-même. Vous trouverez l'invitation ci-jointe.

Merci de nous confirmer votre présence.

Bien cordialement,

Claire Dufau
Chargée de recrutement
Galeries Garonne - 12 rue d'Alsace-Lorraine - 31000 Toulouse
Tél. 05 61 23 47 90""",
        html="auto", cte="quoted-printable",
        attach=[ics("REQUEST", "garonne-entretien-0513@galeriesgaronne.example.fr",
                    "Entretien acheteuse adjointe maroquinerie", "20260513T080000Z",
                    "20260513T090000Z", CLAIRE,
                    location="Galeries Garonne, 12 rue d'Alsace-Lorraine, Toulouse")],
    ),
    dict(
        kind=INV, slug="capitole_rencontre_latin1", lang="fr", company="Maison Capitole",
        contact=JULIEN[1], key="cap-inv", parent="cap-ack",
        frm=JULIEN,
        subject="Votre candidature chez Maison Capitole : rencontre",
        subject_enc=("iso-8859-1", "q"),
        date="2026-07-01 09:27 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Bonjour Madame Achebe-Moreno,

Suite à l'examen de votre candidature pour le poste d'assistante acheteuse prêt-à-porter femme, nous souhaiterions vous rencontrer.

Pourriez-vous venir à notre siège, 4 place du Capitole à Toulouse, le mercredi 8 juillet à 15h ? L'entretien durera environ une heure et se déroulera avec notre acheteuse principale, Mme Sandrine Roux.

Dans l'attente de votre réponse, je vous prie d'agréer mes salutations distinguées.

Julien Marty
Responsable RH
Maison Capitole - 4 place du Capitole - 31000 Toulouse
05 34 41 20 18""",
    ),
    dict(
        kind=INV, slug="interim_pyrenees_violette_entretien", lang="fr", company="Boutiques Violette",
        contact=MATHIEU[1], key="ip-inv", parent="ip-reg",
        frm=MATHIEU,
        subject="Entretien chez Boutiques Violette",
        date="2026-09-03 09:30 +0200",
        text="""Bonjour Ingrid, la gérante de Boutiques Violette vous propose un entretien à la boutique rue Serviez le jeudi 10 septembre à 14h. Cela vous convient ?

Il s'agit du poste d'assistante achats dont je vous ai parlé : trois boutiques de prêt-à-porter à Pau et Oloron, CDD de six mois renouvelable. La gérante, Mme Violette Casenave, souhaite surtout parler des marques que vous suivez.

Merci de me répondre rapidement pour que je confirme de mon côté.

Mathieu Laborde
Consultant recrutement - Intérim Pyrénées
8 cours Bosquet, 64000 Pau
06 71 44 20 93""",
        html="auto",
    ),
    # ======================================================= interview_invitation, de ====
    dict(
        kind=INV, slug="koenigsbau_teams_einladung", lang="de", company="Kaufhaus Königsbau",
        contact=SABINE[1], key="kb-inv",
        frm=(SABINE[0], SABINE[1], ("iso-8859-1", "b")),
        subject="Einladung zum Vorstellungsgespräch – Junior Einkäuferin Damenmode",
        subject_enc=("utf-8", "b"),
        date="2026-06-09 13:18 +0200",
        text="""Sehr geehrte Frau Achebe-Moreno,

vielen Dank für Ihre Bewerbung als Junior Einkäuferin Damenmode. Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Dienstag, 16. Juni 2026, 10:00 bis 10:45 Uhr
Gesprächspartnerinnen: Ulrike Haag (Abteilungsleitung Einkauf) und Sabine Kächele (Personal)

Den Link finden Sie in der beigefügten Kalendereinladung. Das Gespräch kann auf Englisch geführt werden.

Mit freundlichen Grüßen

Sabine Kächele
Personalreferentin
Kaufhaus Königsbau · Königstraße 1 · 70173 Stuttgart
Telefon +49 711 2560 413""",
        html="auto", cte="quoted-printable",
        attach=[ics("REQUEST", "koenigsbau-vg-20260616@koenigsbau-kaufhaus.example.de",
                    "Vorstellungsgespräch Junior Einkäuferin Damenmode", "20260616T080000Z",
                    "20260616T084500Z", SABINE, location="Microsoft Teams",
                    description="https://teams.example.com/l/meetup-join/koenigsbau-vg")],
    ),
    dict(
        kind=INV, slug="schwabenduft_video_einladung", lang="de", company="Schwabenduft Kosmetik",
        contact=KATRIN[1], key="sd-inv",
        frm=KATRIN,
        subject="Ihre Bewerbung: Einladung zum Videogespräch",
        date="2026-04-20 08:50 +0200",
        text="""Sehr geehrte Frau Achebe-Moreno,

Ihre Unterlagen für die Stelle als Assistentin im Einkauf haben uns gefallen. Gerne würden wir Sie in einem Videogespräch kennenlernen.

Termin: Dienstag, 28. April, 16:00 Uhr (MESZ), Dauer ca. 40 Minuten.
Teilnehmende: Jonas Riedl (Einkaufsleitung) und ich.

Die Einladung mit dem Zugangslink liegt bei. Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Mit freundlichen Grüßen
Katrin Eberle
Leitung Personal
Schwabenduft Kosmetik
Tübinger Straße 63, 70178 Stuttgart
Tel. +49 711 6049 220""",
        charset="iso-8859-1", cte="quoted-printable",
        attach=[ics("REQUEST", "schwabenduft-vg-ia@schwabenduft.example.de",
                    "Videogespräch Assistenz Einkauf", "20260428T140000Z",
                    "20260428T144000Z", KATRIN, location="https://meet.example.com/sd-einkauf")],
    ),
    # ======================================================= reschedule / cancel, es ======
    dict(
        kind=RES, slug="cierzo_sequence_update", lang="es", company="Almacenes Cierzo",
        contact=RAQUEL[1], key="cierzo-resch", parent="cierzo-inv",
        frm=RAQUEL,
        subject="Actualizada: Entrevista panel - Compradora junior cosmética",
        date="2026-02-17 16:03 +0100",
        text=f"""Hola Ingrid:

Álvaro tiene que viajar a la feria de cosmética de Bolonia esa semana, así que movemos la entrevista al martes 24 de febrero a las 12:00, en el mismo sitio. Te llega la convocatoria actualizada; si el nuevo horario no te encaja, avísame.

Perdona el cambio.

{CIERZO_SIG}""",
        html=outlook_html(f"""Hola Ingrid:

Álvaro tiene que viajar a la feria de cosmética de Bolonia esa semana, así que movemos la entrevista al martes 24 de febrero a las 12:00, en el mismo sitio. Te llega la convocatoria actualizada; si el nuevo horario no te encaja, avísame.

Perdona el cambio.

{CIERZO_SIG}"""),
        attach=[ics("REQUEST", "cierzo-panel-0219@almacenescierzo.example.es",
                    "Entrevista panel - Compradora junior cosmética", "20260224T110000Z",
                    "20260224T120000Z", RAQUEL, sequence=1,
                    location="Almacenes Cierzo, P.º Independencia 22, 6ª planta, Zaragoza",
                    attendees=[ME, ("Álvaro Nasarre", "alvaro.nasarre@almacenescierzo.example.es")])],
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    dict(
        kind=RES, slug="altamira_castellana_moved", lang="es", company="Galerías Castellana",
        contact=INES[1], key="alt-resch", parent="alt-inv",
        frm=INES,
        subject="Cambio de fecha: entrevista Galerías Castellana",
        date="2026-03-30 19:20 +0200",
        text="""Ingrid, hola:

Me acaban de llamar de Galerías Castellana: la directora de compras de belleza tiene una visita de proveedores que no puede mover y me piden pasar vuestra entrevista del jueves 2 al miércoles 8 de abril a las 17:30, misma dirección (Goya 45).

Ya sé que con Semana Santa en medio es un lío para el tren desde Zaragoza; si te viene mal, dime qué alternativas tienes y lo negocio.

Inés

Inés Villalba
Senior Consultant · Altamira Search · +34 620 118 734""",
        cte="8bit",
    ),
    dict(
        kind=RES, slug="riojaalta_trial_postponed", lang="es", company="Calzados Rioja Alta",
        contact=BEGONA[1], key="cra-resch", parent="cra-inv",
        frm=BEGONA,
        subject="Aplazamos la jornada de prueba",
        date="2026-09-04 13:37 +0200",
        text=reply(
            """Hola Ingrid:

Te pido disculpas: nos han adelantado el inventario de cierre de verano al día 9 y la tienda estará patas arriba. Pasamos tu jornada de prueba al martes 15 de septiembre, con el mismo horario y el mismo plan.

¿Te sigue encajando? Con un sí me basta.

Begoña""",
            "es", "mar, 1 sept 2026 a las 11:20", BEGONA,
            """Antes de decidir, nos gustaría que pasaras una jornada de prueba con nosotros, como hacemos con todas las personas que se incorporan al área de compras. La jornada será el miércoles 9 de septiembre, de 9:30 a 17:00."""),
    ),
    dict(
        kind=RES, slug="almudena_director_ill", lang="es", company="Joyería Almudena",
        contact=LOLA[1], key="ja-resch", parent="ja-inv",
        frm=LOLA,
        subject="Cambio en tu segunda entrevista",
        date="2026-05-25 09:05 +0200",
        text="""Buenos días, Ingrid:

Carmen, nuestra directora de compras, está de baja con gripe desde el viernes y no estará el miércoles. No queremos hacer la entrevista sin ella, así que la movemos al miércoles 3 de junio a la misma hora (17:00) y en el mismo lugar.

Te mando la convocatoria nueva en cuanto cierre la agenda del taller. Gracias por la comprensión.

Lola""",
        html="auto",
        attach=[ics("REQUEST", "almudena-2a-entrevista@joyeriaalmudena.example.es",
                    "Segunda entrevista Ingrid Achebe-Moreno", "20260603T150000Z",
                    "20260603T163000Z", LOLA, sequence=1,
                    location="Joyería Almudena, Serrano 40, Madrid", inline=False)],
    ),
    dict(
        kind=RES, slug="zafiro_method_cancel", lang="es", company="Grupo Zafiro",
        contact=PALOMA[1], key="zaf-cancel", parent="zaf-inv",
        frm=PALOMA,
        subject="Cancelada: Entrevista Compradora Junior Complementos",
        date="2026-03-13 09:47 +0100",
        text="""Hola Ingrid, por un tema de agenda de dirección tenemos que cancelar la reunión del martes. Te escribo en cuanto sepa algo más.

Paloma""",
        attach=[ics("CANCEL", "zafiro-cjc-0317@grupozafiro.example.es",
                    "Cancelada: Entrevista Compradora Junior Complementos", "20260317T100000Z",
                    "20260317T110000Z", PALOMA, sequence=1, location="Microsoft Teams")],
        headers=[("X-Mailer", "Microsoft Outlook 16.0")],
    ),
    dict(
        kind=RES, slug="carritoazul_ashby_rescheduled", lang="es", company="Carrito Azul",
        contact="", key="ca-resch", parent="ca-inv",
        frm=("Carrito Azul", "no-reply@ashbyhq.com"),
        subject="Tu entrevista con Carrito Azul se ha reprogramado",
        date="2026-02-18 15:44 +0000",
        headers=AUTO,
        html=ats_card("Carrito Azul", "#1b5fc1", "Entrevista reprogramada", """Hola Ingrid:

Tu entrevista para Category Assistant de Belleza ha cambiado de horario.

Antes: jueves 26 de febrero, 10:00 (CET)
Ahora: martes 3 de marzo, 10:00 (CET)
Lugar: Carrer de Pujades 88, Barcelona

Recibirás una invitación de calendario actualizada.""", button=("Ver detalles", "https://app.ashbyhq.com/candidate/carritoazul/interviews"), footer="Este mensaje se ha enviado automáticamente desde Ashby. No respondas a este correo.", lang="es"),
    ),
    dict(
        kind=RES, slug="delicias_new_venue_time", lang="es", company="Mercados Delicias",
        contact=SERGIO[1], key="md-resch", parent="md-inv",
        frm=SERGIO,
        subject="Cambio de sede y hora - jornada de evaluación del 1 de septiembre",
        date="2026-08-26 12:12 +0200",
        text="""Hola Ingrid:

Te escribimos para avisarte de un cambio en la jornada de evaluación del martes 1 de septiembre. Por obras en la sala de formación, la celebraremos en nuestro centro logístico de PLAZA (Calle Osca 9, nave 3) y empezará a las 9:30 en lugar de a las 9:00. La hora de finalización pasa a las 14:30.

Hay aparcamiento gratuito delante de la nave y el autobús 52 para a cinco minutos.

Adjuntamos la convocatoria actualizada.

Un cordial saludo,
Sergio Lahoz
Técnico de Selección · Mercados Delicias""",
        charset="iso-8859-1", cte="base64",
        attach=[ics("REQUEST", "delicias-ac-0901@mercadosdelicias.example.es",
                    "Jornada de evaluación - Auxiliar de Compras (nueva sede)", "20260901T073000Z",
                    "20260901T123000Z", SERGIO, sequence=1,
                    location="Centro logístico PLAZA, Calle Osca 9, nave 3, Zaragoza",
                    inline=False)],
    ),
    dict(
        kind=RES, slug="lenceria_alba_moved_to_wednesday", lang="es", company="Lencería Alba",
        contact=PILAR[1], key="la-resch", parent="la-req",
        frm=PILAR,
        subject="Re: Llamada del martes",
        date="2026-09-23 18:30 +0200",
        text=reply(
            """¡Sin problema! Lo pasamos al miércoles 30 a las 12:00. Te llamo yo al móvil. Andrea no podrá estar, pero te la presento más adelante.

Pilar""",
            "es", "mié, 23 sept 2026 a las 8:41", ME,
            """Hola Pilar:

Muchas gracias por acordaros de mí. El martes a las 17:00 estoy en el salón con clientas hasta tarde; ¿sería posible hacer la llamada el miércoles a mediodía?

Un saludo,
Ingrid"""),
    ),
    # ======================================================= reschedule / cancel, en ======
    dict(
        kind=RES, slug="kestrel_assessor_unwell", lang="en", company="Kestrel Beauty",
        contact=AMARA[1], key="kes-resch", parent="kes-inv",
        frm=AMARA,
        subject="Updated invitation: Kestrel Beauty Assessment Centre now 9 June",
        date="2026-05-26 11:06 +0100",
        text="""Dear Ingrid,

I'm sorry to let you know that our Head of Buying, who leads the interview part of the day, is unwell and has been signed off for the rest of this week and next.

Rather than run the day without her, we've moved the assessment centre to Tuesday 9 June, same times (09:30 to 16:00) and same venue. The updated calendar invitation is attached and replaces the earlier one.

If 9 June doesn't work for you, reply and I'll find an alternative.

Warm regards,
Amara Osei
Talent Acquisition Partner | Kestrel Beauty""",
        html="auto",
        attach=[ics("REQUEST", "kestrel-ac-20260602@kestrelbeauty.example.co.uk",
                    "Kestrel Beauty Assessment Centre - Assistant Buyer Haircare",
                    "20260609T083000Z", "20260609T150000Z", AMARA, sequence=1,
                    location="18 Tabernacle Street, London EC2A 4BN")],
    ),
    dict(
        kind=RES, slug="thimblelane_sequence_bump", lang="en", company="Thimble Lane",
        contact=RAJ[1], key="tl-resch", parent="tl-inv",
        frm=RAJ,
        subject="Updated invitation: Thimble Lane panel interview @ Fri 14 Aug 2026 10:30 (BST)",
        date="2026-08-07 09:55 +0100",
        text="""This event has been changed.

Thimble Lane panel interview: Ingrid Achebe-Moreno
When: Fri 14 Aug 2026 10:30 - 11:30 (BST) (previously Wed 12 Aug 2026 14:00)
Where: https://meet.example.com/tl-panel-ia

Note from Raj: Naomi is now travelling on the 12th, so we've moved the panel to Friday morning. Hope that still works!""",
        attach=[ics("REQUEST", "thimblelane-panel-ia@thimblelane.example.co.uk",
                    "Thimble Lane panel interview: Ingrid Achebe-Moreno",
                    "20260814T093000Z", "20260814T103000Z", RAJ, sequence=2,
                    location="https://meet.example.com/tl-panel-ia")],
    ),
    dict(
        kind=RES, slug="quayside_method_cancel", lang="en", company="Quayside Home",
        contact=ELLIE[1], key="qh-cancel", parent="qh-inv",
        frm=ELLIE,
        subject="Cancelled: Quayside Home intro call",
        date="2026-10-08 09:14 +0100",
        text="""Hi Ingrid, I need to cancel tomorrow's intro call as the hiring manager is pulled into a supplier visit. I'll be in touch about next steps.

Ellie""",
        html="auto",
        attach=[ics("CANCEL", "ashby-quayside-intro-ia@quaysidehome.example.co.uk",
                    "Quayside Home intro call", "20261009T090000Z", "20261009T093000Z",
                    ELLIE, sequence=1, location="Google Meet")],
    ),
    dict(
        kind=RES, slug="marlowe_sable_street_moved", lang="en", company="Sable Street",
        contact=OLIVER[1], key="mar-resch", parent="mar-inv",
        frm=OLIVER,
        subject="Change of plan - Sable Street now Thursday 11 June",
        date="2026-06-05 12:31 +0100",
        text=reply(
            """Hi Ingrid,

Small change: Hattie has a supplier launch on Tuesday morning, so Sable Street have asked to move you to Thursday 11 June at 14:00, same office. Everything else stands.

Shout if that's a problem, otherwise I'll confirm with them this afternoon.

Oliver""",
            "en", "Tue, 2 Jun 2026 at 16:48", OLIVER,
            """I've provisionally booked Tuesday 9 June at 11:00 at their Shoreditch office (2nd floor, 61 Rivington Street, EC2A 3QQ)."""),
    ),
    # ======================================================= reschedule / cancel, fr ======
    dict(
        kind=RES, slug="garonne_method_cancel", lang="fr", company="Galeries Garonne",
        contact=CLAIRE[1], key="gg-cancel", parent="gg-inv",
        frm=CLAIRE,
        subject="Annulé : Entretien acheteuse adjointe maroquinerie",
        date="2026-05-11 17:26 +0200",
        text="""Bonjour Ingrid,

Je suis contrainte d'annuler notre entretien de mercredi : une réunion de direction imprévue mobilise Mme Cazes toute la journée et une réflexion est en cours sur l'organisation du service achats.

Je reviendrai vers vous dès que j'aurai plus de visibilité. Merci pour votre compréhension.

Claire Dufau
Chargée de recrutement - Galeries Garonne""",
        attach=[ics("CANCEL", "garonne-entretien-0513@galeriesgaronne.example.fr",
                    "Entretien acheteuse adjointe maroquinerie", "20260513T080000Z",
                    "20260513T090000Z", CLAIRE, sequence=1)],
    ),
    dict(
        kind=RES, slug="capitole_deplace", lang="fr", company="Maison Capitole",
        contact=JULIEN[1], key="cap-resch", parent="cap-inv",
        frm=JULIEN,
        subject="Report de notre rendez-vous du 8 juillet",
        date="2026-07-06 10:48 +0200",
        text="""Bonjour Madame Achebe-Moreno,

Mme Roux doit se rendre au salon Who's Next à Paris cette semaine ; nous devons donc déplacer l'entretien prévu le mercredi 8 juillet à 15h.

Nous vous proposons le vendredi 10 juillet à 11h, toujours au 4 place du Capitole. Pourriez-vous me confirmer que ce nouveau créneau vous convient ?

Avec toutes nos excuses,

Julien Marty
Responsable RH - Maison Capitole""",
        html="auto",
    ),
    # ======================================================= reschedule / cancel, de ======
    dict(
        kind=RES, slug="schwabenduft_verschoben", lang="de", company="Schwabenduft Kosmetik",
        contact=KATRIN[1], key="sd-resch", parent="sd-inv",
        frm=KATRIN,
        subject="Terminänderung: Videogespräch Assistenz Einkauf",
        subject_enc=("utf-8", "q"),
        date="2026-04-23 14:10 +0200",
        text="""Sehr geehrte Frau Achebe-Moreno,

leider muss Herr Riedl am 28. April kurzfristig zu einem Lieferanten nach Mailand. Wir verschieben unser Videogespräch daher auf Mittwoch, 29. April, 15:00 Uhr. Der Link bleibt derselbe; die aktualisierte Einladung finden Sie anbei.

Ich hoffe, der neue Termin passt Ihnen.

Mit freundlichen Grüßen
Katrin Eberle""",
        attach=[ics("REQUEST", "schwabenduft-vg-ia@schwabenduft.example.de",
                    "Videogespräch Assistenz Einkauf", "20260429T130000Z",
                    "20260429T134000Z", KATRIN, sequence=1,
                    location="https://meet.example.com/sd-einkauf")],
    ),
    # ======================================================= missed interview, es ==========
    dict(
        kind=MIS, slug="modaebro_no_answer_at_ten", lang="es", company="Moda Ebro",
        contact=NEREA[1], key="ebro-missed", parent="ebro-inv",
        frm=NEREA,
        subject="Re: Llamada de preselección - Ayudante de compras",
        date="2026-01-22 10:25 +0100",
        text="""Hola Ingrid, te hemos llamado a las 10:00 como habíamos quedado y no ha habido respuesta. ¿Te ha surgido algo? Dinos si quieres que lo intentemos otro día.

Nerea""",
    ),
    dict(
        kind=MIS, slug="temporalia_called_twice", lang="es", company="Temporalia",
        contact=JORGE[1], key="temp-missed",
        frm=JORGE,
        subject="No pudimos hablar ayer",
        date="2026-03-10 09:02 +0100",
        text="""Buenos días, Ingrid:

Ayer te llamé dos veces a las 12:00 y a las 12:10 para la entrevista de selección que teníamos agendada (la de reposición y compras para un cash & carry de Plaza), pero saltaba el buzón de voz.

No pasa nada, pero el cliente quiere cerrar la terna esta semana. Si te sigue interesando, respóndeme hoy y buscamos hueco mañana a primera hora.

Jorge Sanmartín
Temporalia ETT · 655 310 442""",
        cte="base64",
    ),
    dict(
        kind=MIS, slug="aneto_waited_on_teams", lang="es", company="Deportes Aneto",
        contact=IKER[1], key="da-missed", parent="da-inv",
        frm=IKER,
        subject="Entrevista de hoy - Buyer Junior Outdoor",
        date="2026-03-05 12:24 +0100",
        text="""Hola Ingrid:

Te hemos esperado en Teams desde las 12:00 hasta las 12:15 y no te has conectado. Espero que no haya sido nada grave.

Si hubo un problema con el enlace, cuéntamelo y vemos si es posible buscar otra fecha, aunque el proceso está ya muy avanzado.

Un saludo,
Iker Bescós
Responsable de Compras Outdoor · Deportes Aneto
Calle Madre Rafols 2 · 50004 Zaragoza""",
        html="auto",
    ),
    dict(
        kind=MIS, slug="ecomoda_no_show_video", lang="es", company="Ecomoda Tarazona",
        contact=ELENA[1], key="et-missed", parent="et-inv",
        frm=ELENA,
        subject="¿Todo bien? No coincidimos en la videollamada",
        subject_enc=("utf-8", "q"),
        date="2026-10-07 16:40 +0200",
        text="""Hola Ingrid:

Esta tarde a las 16:00 estuvimos Nacho y yo en la sala de la videollamada para que nos presentaras el caso de la cápsula de punto, pero no llegaste a entrar. Tampoco conseguimos contactar contigo por teléfono.

Entiendo que puede haber pasado cualquier cosa. Si sigues interesada, escríbeme y lo intentamos la semana que viene.

Elena""",
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind=MIS, slug="lenceria_alba_not_reachable", lang="es", company="Lencería Alba",
        contact=PILAR[1], key="la-missed", parent="la-resch",
        frm=PILAR,
        subject="Re: Llamada del martes",
        date="2026-09-30 12:35 +0200",
        text=reply(
            """Ingrid, te he llamado a las 12:00 y a las 12:20 y no he podido localizarte; el teléfono daba apagado. Si te ha surgido algo, me dices.

Pilar""",
            "es", "mié, 23 sept 2026 a las 18:30", PILAR,
            """¡Sin problema! Lo pasamos al miércoles 30 a las 12:00. Te llamo yo al móvil."""),
    ),
    # ======================================================= missed interview, en ==========
    dict(
        kind=MIS, slug="aldgate_waited_on_zoom", lang="en", company="Aldgate Beauty",
        contact=PRIYA[1], key="ab-missed", parent="ab-inv",
        frm=PRIYA,
        subject="Re: Quick chat?",
        date="2026-07-23 10:32 +0100",
        text=reply(
            """Hi Ingrid, we waited on Zoom for about 20 minutes this morning but didn't see you join. Hope everything's OK. Let me know if something came up.

Priya""",
            "en", "Mon, 20 Jul 2026 at 17:30", PRIYA,
            """Are you free Thursday to chat? Something informal, 30 minutes on Zoom. 10am UK time would work well for me: https://zoom.example.us/j/8841230991"""),
    ),
    dict(
        kind=MIS, slug="pembertons_tried_calling_twice", lang="en", company="Pemberton's",
        contact=TOM[1], key="pem-missed", parent="pem-inv",
        frm=TOM,
        subject="Missed you this morning",
        date="2026-09-11 11:40 +0100",
        text="""Hi Ingrid,

I tried calling you twice at 11:00 for our phone interview but it went straight to voicemail both times.

Tom Whitlock
Buying Manager, Beauty Hall
Pemberton's | 88 Kensington High Street, London W8 4SG
T: +44 20 7946 0817""",
        cte="7bit",
    ),
    dict(
        kind=MIS, slug="cobble_thread_no_show", lang="en", company="Cobble and Thread",
        contact="jenna.clarke@cobbleandthread.example.co.uk",
        frm=("Jenna Clarke", "jenna.clarke@cobbleandthread.example.co.uk"),
        reply_to=("Jenna Clarke", "jenna.clarke@cobbleandthread.example.co.uk"),
        cc=[("Cobble and Thread Hiring", "hiring@cobbleandthread.example.co.uk")],
        subject="Today's video interview",
        date="2026-03-18 15:47 +0000",
        text="""Hello Ingrid,

We had you booked in for a video interview at 15:00 today for the Online Merchandising Assistant role, and I was in the call for a quarter of an hour, but you didn't join.

These things happen, especially with time zones. If you'd still like to be considered, please let me know your availability for early next week and I'll send a new link.

Kind regards,
Jenna Clarke
Recruitment Coordinator
Cobble and Thread | 7 Camden Lock Place, London NW1 8AF""",
        html="auto",
    ),
    # ======================================================= missed interview, fr ==========
    dict(
        kind=MIS, slug="ossau_attendue_ce_matin", lang="fr", company="Parfumerie Ossau",
        contact="sylvie.pucheu@parfumerie-ossau.example.fr",
        frm=("Sylvie Pucheu", "sylvie.pucheu@parfumerie-ossau.example.fr"),
        subject="Notre rendez-vous de ce matin",
        date="2026-05-20 11:02 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Bonjour Madame,

Nous vous avons attendue ce matin à 9h30 à la boutique de la rue Louis-Barthou pour l'entretien concernant le poste d'assistante achats, mais vous n'êtes pas venue et je n'ai pas réussi à vous joindre au téléphone.

Je suppose qu'il y a eu un empêchement. Si le poste vous intéresse toujours, merci de me recontacter avant vendredi.

Cordialement,
Sylvie Pucheu
Gérante - Parfumerie Ossau
21 rue Louis-Barthou, 64000 Pau - 05 59 27 14 63""",
    ),
    # ======================================================= missed interview, de ==========
    dict(
        kind=MIS, slug="koenigsbau_auf_teams_gewartet", lang="de", company="Kaufhaus Königsbau",
        contact=SABINE[1], key="kb-missed", parent="kb-inv",
        frm=SABINE,
        subject="AW: Einladung zum Vorstellungsgespräch – Junior Einkäuferin Damenmode",
        date="2026-06-16 10:40 +0200",
        text=outlook(
            """Sehr geehrte Frau Achebe-Moreno,

wir haben heute ab 10:00 Uhr auf Teams auf Sie gewartet, Sie haben sich aber leider nicht eingewählt. Auch telefonisch konnten wir Sie nicht erreichen.

Bitte lassen Sie uns wissen, ob etwas dazwischengekommen ist.

Mit freundlichen Grüßen
Sabine Kächele
Personalreferentin · Kaufhaus Königsbau""",
            "de", "Sabine Kächele", "Dienstag, 9. Juni 2026 13:18", "Ingrid Achebe-Moreno",
            "Einladung zum Vorstellungsgespräch – Junior Einkäuferin Damenmode",
            """Wir möchten Sie gerne näher kennenlernen und laden Sie zu einem Vorstellungsgespräch per Microsoft Teams ein:

Dienstag, 16. Juni 2026, 10:00 bis 10:45 Uhr"""),
        html="auto",
    ),
]
