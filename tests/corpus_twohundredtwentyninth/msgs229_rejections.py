# ruff: noqa: C408
"""Corpus 229, kind rejection: 31 hand-written messages (es 17, en 8, fr 3, de 3)."""

from __future__ import annotations

from msgs229_common import (
    AUTO,
    ME,
    ats_card,
    outlook,
    outlook_html,
    reply,
)

K = "rejection"

MESSAGES = [
    # ---------------------------------------------------------------- es ----------------
    dict(
        kind=K, slug="modaebro_after_missed_call", lang="es", company="Moda Ebro",
        contact="nerea.lacasta@modaebro.example.es", key="ebro-rej", parent="ebro-missed",
        frm=("Nerea Lacasta", "nerea.lacasta@modaebro.example.es"),
        subject="RE: Llamada de preselección - Ayudante de compras",
        date="2026-02-02 13:08 +0100",
        text=reply(
            """Hola Ingrid:

Gracias por escribirnos después de lo del jueves; entendemos que a veces la cobertura juega malas pasadas.

Aun así, te cuento cómo ha quedado el proceso: esta semana cerramos la terna final para el puesto de ayudante de compras y hemos preferido seguir con tres personas que ya vienen de departamentos de compras de moda. Por eso no vamos a retomar la llamada contigo para esta vacante.

Guardamos tu candidatura en nuestra base de datos por si surge algo en tienda o en visual merchandising, donde tu experiencia de trato con clienta nos parece muy aprovechable.

Un saludo,
Nerea""",
            "es", "jue, 22 ene 2026 a las 10:25", ("Nerea Lacasta", "nerea.lacasta@modaebro.example.es"),
            """Hola Ingrid, te hemos llamado a las 10:00 como habíamos quedado y no ha habido respuesta. ¿Te ha surgido algo? Dinos si quieres que lo intentemos otro día."""),
    ),
    dict(
        kind=K, slug="temporalia_relays_albahaca_no", lang="es", company="Perfumerías Albahaca",
        contact="jorge.sanmartin@temporalia.example.es", key="temp-rej", parent="temp-inv",
        frm=("Jorge Sanmartín | Temporalia", "jorge.sanmartin@temporalia.example.es"),
        subject="Respuesta de Perfumerías Albahaca",
        date="2026-02-06 17:41 +0100",
        text="""Buenas tardes, Ingrid:

Acabo de hablar con la responsable de compras de Perfumerías Albahaca. Me dice que le gustó tu soltura con las marcas de tratamiento, pero para esta campaña buscan a alguien que haya llevado ya pedidos a proveedor y negociado con laboratorios, así que no te van a llamar para la segunda fase.

Sé que no es la noticia que esperabas. Yo sigo con tu perfil activo en la agencia: en cuanto entre una posición de apoyo a compras o de reposición te llamo.

Ánimo,

Jorge Sanmartín
Consultor de selección - Retail y Gran Consumo
Temporalia ETT
Calle Alfonso I 17, 2ª planta · 50003 Zaragoza
T. 976 203 118 · M. 655 310 442

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si lo ha recibido por error, notifíquelo al remitente y elimínelo.""",
        cte="8bit",
    ),
    dict(
        kind=K, slug="moncayo_smartrecruiters_formal", lang="es", company="Tejidos Moncayo",
        contact="",
        frm=("Tejidos Moncayo", "no-reply@smartrecruiters.com"),
        subject="Tu candidatura a Técnico/a de Compras Textil",
        subject_enc=("utf-8", "b"),
        date="2026-02-25 09:02 +0000",
        headers=AUTO,
        text="""Estimada Ingrid Achebe-Moreno:

Le agradecemos el interés mostrado en formar parte de Tejidos Moncayo y el tiempo dedicado a su candidatura para el puesto de Técnico/a de Compras Textil (ref. TM-2026-014).

Tras analizar detenidamente todos los perfiles recibidos, lamentamos informarle de que su candidatura no ha sido seleccionada para continuar en el proceso.

Conservaremos sus datos durante doce meses, de acuerdo con nuestra política de privacidad, por si se abriera otra vacante acorde con su perfil.

Atentamente,
Departamento de Personas
Tejidos Moncayo

Este correo se ha generado automáticamente. Por favor, no responda a esta dirección.""",
        html=ats_card("Tejidos Moncayo", "#7a2e2e", "Actualización de tu candidatura", """Estimada Ingrid Achebe-Moreno:

Le agradecemos el interés mostrado en formar parte de Tejidos Moncayo y el tiempo dedicado a su candidatura para el puesto de Técnico/a de Compras Textil (ref. TM-2026-014).

Tras analizar detenidamente todos los perfiles recibidos, lamentamos informarle de que su candidatura no ha sido seleccionada para continuar en el proceso.

Conservaremos sus datos durante doce meses, de acuerdo con nuestra política de privacidad, por si se abriera otra vacante acorde con su perfil.

Atentamente,
Departamento de Personas
Tejidos Moncayo""", footer="Este correo se ha generado automáticamente. Por favor, no responda a esta dirección.\nPowered by SmartRecruiters", lang="es"),
        cte="base64",
    ),
    dict(
        kind=K, slug="llevant_teamtailor_closer_match", lang="es", company="Textil Llevant",
        contact="",
        frm=("Textil Llevant", "no-reply@teamtailor-mail.com"),
        subject="Proceso de selección: Assistant Buyer Punto",
        date="2026-05-06 11:15 +0200",
        headers=AUTO,
        html=ats_card("Textil Llevant", "#0b6e69", "Gracias por tu tiempo, Ingrid", """Hola Ingrid,

Queremos agradecerte sinceramente que pensaras en Textil Llevant para la posición de Assistant Buyer Punto en nuestras oficinas de Poblenou.

Hemos recibido muchísimas candidaturas y, después de revisarlas, hemos decidido avanzar con personas cuya trayectoria encaja de forma más directa con lo que pide el puesto: experiencia previa en desarrollo de producto de punto y trato con fábricas en Portugal.

No es una valoración de tu valía profesional. Te animamos a seguir atenta a nuestra página de empleo.

Un abrazo del equipo de Talento de Textil Llevant""", button=("Ver otras ofertas", "https://llevant.example.es/empleo"), footer="Recibes este correo porque te inscribiste en una oferta de Textil Llevant a través de Teamtailor.", lang="es"),
    ),
    dict(
        kind=K, slug="zafiro_role_on_hold", lang="es", company="Grupo Zafiro",
        contact="paloma.ricart@grupozafiro.example.es", key="zaf-rej", parent="zaf-cancel",
        frm=("Paloma Ricart", "paloma.ricart@grupozafiro.example.es"),
        subject="RE: Entrevista Compradora Junior Complementos",
        date="2026-04-06 18:22 +0200",
        text=outlook(
            """Hola Ingrid,

Te debía una explicación después de haber anulado nuestra reunión de marzo.

La dirección ha congelado todas las incorporaciones en la central de compras hasta que se cierre la integración de las dos enseñas, y la plaza de Compradora Junior de Complementos ha quedado en suspenso sin fecha. Con este escenario no vamos a continuar con el proceso, ni contigo ni con el resto de finalistas.

Lamento de verdad cómo ha ido. Si la posición se reabre en otoño, te escribiré yo misma antes de publicarla.

Paloma Ricart
HR Business Partner · Grupo Zafiro
Paseo de la Castellana 141, planta 9 · 28046 Madrid
+34 91 552 70 14""",
            "es", "Paloma Ricart", "viernes, 13 de marzo de 2026 9:47", "Ingrid Achebe-Moreno",
            "Cancelada: Entrevista Compradora Junior Complementos",
            """Hola Ingrid, por un tema de agenda de dirección tenemos que cancelar la reunión del martes. Te escribo en cuanto sepa algo más."""),
        html="auto",
    ),
    dict(
        kind=K, slug="garnacha_terse_no", lang="es", company="Boutique Garnacha",
        contact="sole@boutiquegarnacha.example.es", key="gar-rej", parent="gar-inv",
        frm=("Sole Garnacha", "sole@boutiquegarnacha.example.es"),
        subject="Re: charla jueves",
        date="2026-04-17 21:03 +0200",
        text=reply(
            """Ingrid, al final me quedo con la chica que ya trabajaba en temporada con nosotras. Gracias por venir y perdona la tardanza.

Sole

Enviado desde mi móvil""",
            "es", "2 abr 2026, 19:12", ("Sole Garnacha", "sole@boutiquegarnacha.example.es"),
            """¿Estás libre el jueves por la tarde para charlar un rato en la tienda? Me vendría bien conocerte antes de decidir quién me ayuda con los pedidos de la próxima temporada."""),
    ),
    dict(
        kind=K, slug="carritoazul_quotes_thanks", lang="es", company="Carrito Azul",
        contact="bruno.ferrer@carritoazul.example.es", key="ca-rej", parent="ca-resch",
        frm=("Bruno Ferrer", "bruno.ferrer@carritoazul.example.es"),
        subject="Re: Gracias por la entrevista de ayer",
        date="2026-03-04 12:30 +0100",
        text=reply(
            """Hola Ingrid,

Mil gracias a ti por el mensaje y por lo bien que preparaste el caso de surtido.

Hemos comentado las entrevistas en equipo y finalmente la persona elegida para Category Assistant de Belleza tiene varios años gestionando catálogo en marketplaces, algo que para este primer año nos resulta imprescindible. No podemos seguir contigo en esta ocasión.

Me quedo con tu idea de agrupar referencias por rutina capilar; creo que la vamos a probar.

Bruno Ferrer
Head of Category · Carrito Azul
Carrer de Pujades 88 · 08005 Barcelona""",
            "es", "mar, 3 mar 2026 a las 19:55", ME,
            """Hola Bruno:

Quería darte las gracias por la entrevista de esta mañana y por explicarme cómo trabajáis la categoría de belleza en la web. Me quedé con ganas de contaros más sobre cómo organizaba los pedidos de producto del salón.

Un saludo,
Ingrid"""),
        cte="base64",
    ),
    dict(
        kind=K, slug="lavanda_vacancy_cancelled", lang="es", company="Belleza Lavanda",
        contact="rrhh.natalia@bellezalavanda.example.es",
        frm=("Natalia Ortuño (Belleza Lavanda)", "rrhh.natalia@bellezalavanda.example.es", ("iso-8859-1", "q")),
        subject="Vacante de Junior Buyer cancelada",
        date="2026-03-27 10:05 +0100",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hola, Ingrid.

Te escribo porque hace unas semanas te inscribiste en nuestra vacante de Junior Buyer para la línea de cuidado capilar.

La empresa ha decidido trasladar la compra de esa línea a nuestro socio de distribución en Lisboa, de modo que el puesto desaparece de la estructura de Madrid y hemos cerrado la vacante sin cubrirla. Por esta razón, tu candidatura no seguirá adelante.

Sentimos las molestias y te agradecemos el interés por Belleza Lavanda.

Natalia Ortuño
Recursos Humanos
Belleza Lavanda · C/ Príncipe de Vergara 57 · 28006 Madrid""",
    ),
    dict(
        kind=K, slug="tramuntana_internal_promotion", lang="es", company="Drogueries Tramuntana",
        contact="marc.puig@tramuntana.example.es", key="dt-rej", parent="dt-inv",
        frm=("Marc Puig", "marc.puig@tramuntana.example.es"),
        reply_to=("Selecció Tramuntana", "marc.puig@tramuntana.example.es"),
        subject="Re: Entrevista compras droguería - Barcelona",
        date="2026-08-03 16:47 +0200",
        text=reply(
            """Hola Ingrid,

Te escribo para cerrar el proceso de compras de droguería en el que participaste en julio.

Durante estas semanas se ha quedado libre una persona del equipo de tiendas que conoce muy bien el surtido, y dirección ha optado por una promoción interna para cubrir la plaza. No seguiremos, por tanto, con candidatos externos.

Fue un placer conocerte en Barcelona. Te deseo mucha suerte.

Marc Puig
Responsable de Selección
Drogueries Tramuntana
Carrer de Sardenya 312, 08025 Barcelona · 93 451 22 07""",
            "es", "13 jul 2026, 10:02", ("Marc Puig", "marc.puig@tramuntana.example.es"),
            """Nos gustaría invitarte a una entrevista presencial en nuestras oficinas de Sardenya el martes 21 de julio a las 11:30. Pregunta por mí en recepción."""),
        html="auto", cte="quoted-printable",
    ),
    dict(
        kind=K, slug="vestidor_icims_latin1", lang="es", company="El Vestidor Online",
        contact="",
        frm=("El Vestidor Online - Empleo", "vestidoronline@icims.com"),
        subject="Candidatura nº 48213 - Comprador/a Junior Moda Mujer",
        subject_enc=("iso-8859-1", "q"),
        date="2026-06-24 07:31 -0400",
        headers=AUTO,
        charset="iso-8859-1", cte="quoted-printable",
        text="""Estimada candidata:

En relación con su solicitud nº 48213 para el puesto de Comprador/a Junior Moda Mujer, le comunicamos que el proceso de selección ha concluido y que su perfil no ha resultado finalista.

Valoramos el esfuerzo invertido y le deseamos éxito en su búsqueda profesional.

Equipo de Selección
El Vestidor Online

Nota: este buzón no admite respuestas.""",
    ),
    dict(
        kind=K, slug="altamira_unnamed_client_declines", lang="es", company="Altamira Search",
        contact="ines.villalba@altamira-search.example.es",
        frm=("Inés Villalba", "ines.villalba@altamira-search.example.es"),
        subject="Proceso cadena de moda (Madrid) - feedback",
        date="2026-08-27 12:14 +0200",
        text="""Ingrid, buenos días:

Te llamo a la tarde si puedes, pero te adelanto por escrito la respuesta de nuestro cliente, la cadena de moda de la que te hablé para el puesto de Buyer de Accesorios en Madrid.

Han valorado tu entrevista como muy correcta, pero se decantan por otra candidata con experiencia en importación desde Asia. Nuestro cliente no seguirá contigo en este proceso.

Ya sabes que, después de lo de Galerías Castellana, en Altamira te tenemos muy presente.

Un abrazo,

Inés Villalba
Senior Consultant · Altamira Search
Calle de Fortuny 9 · 28010 Madrid
+34 91 310 44 86 | +34 620 118 734

AVISO LEGAL: La información contenida en este correo electrónico es confidencial y para uso exclusivo del destinatario. Altamira Search no se responsabiliza de los cambios o alteraciones que pueda sufrir el mensaje durante su transmisión.""",
        html="auto",
    ),
    dict(
        kind=K, slug="hogar_estilo_html_cp1252", lang="es", company="Hogar Estilo Aragón",
        contact="seleccion.marta@hogarestilo.example.es", key="hea-rej", parent="hea-ack",
        frm=("Marta Sus", "seleccion.marta@hogarestilo.example.es"),
        subject="Sobre tu candidatura “Compradora de textil hogar”",
        subject_enc=("utf-8", "q"),
        date="2026-02-10 19:18 +0100",
        html_charset="windows-1252", html_cte="quoted-printable",
        html=outlook_html("""Hola Ingrid:

Muchas gracias por la paciencia estas semanas. Hemos terminado las entrevistas para la plaza de “Compradora de textil hogar” y la decisión ha sido incorporar a una persona que ya negociaba con proveedores de ropa de cama en una cadena de Valencia.

Tu candidatura no continúa, pero nos ha encantado tu carta: se nota que conoces el producto desde el lado de la clienta.

Te deseamos lo mejor –y ojalá coincidamos en otra ocasión–.

Marta Sus
Selección y Desarrollo
Hogar Estilo Aragón · Avda. de Navarra 81 · 50011 Zaragoza · 976 330 912"""),
    ),
    dict(
        kind=K, slug="almudena_after_second_round", lang="es", company="Joyería Almudena",
        contact="lola.benavente@joyeriaalmudena.example.es", key="ja-rej", parent="ja-thanks",
        frm=("Lola Benavente", "lola.benavente@joyeriaalmudena.example.es", ("utf-8", "b")),
        subject="RE: Gracias por la segunda entrevista",
        date="2026-06-12 14:02 +0200",
        text=outlook(
            """Querida Ingrid:

Te agradezco el mensaje tan amable que nos enviaste tras la segunda entrevista con Carmen y conmigo.

Quiero ser transparente contigo. Hemos deliberado mucho: tu forma de entender a la clienta de joyería nos convenció, pero el puesto de Ayudante de Compras exige desde el primer día cerrar pedidos con talleres de Córdoba y controlar márgenes por colección, y la otra finalista lleva cuatro años haciéndolo. Por eso hemos decidido no ofrecerte la plaza.

Si te parece bien, me gustaría mantener el contacto: en 2027 abriremos una posición de planificación de surtido donde encajarías mejor.

Un abrazo,
Lola Benavente
Directora de Personas · Joyería Almudena
Calle de Serrano 40 · 28001 Madrid · 91 578 03 66""",
            "es", "Ingrid Achebe-Moreno", "jueves, 4 de junio de 2026 20:11", "Lola Benavente",
            "Gracias por la segunda entrevista",
            """Hola Lola:

Muchas gracias a Carmen y a ti por el rato de ayer. Me encantó ver el taller y entender cómo elegís las piezas de cada colección. Quedo a vuestra disposición para lo que necesitéis.

Un saludo,
Ingrid Achebe-Moreno"""),
        html="auto", cte="quoted-printable",
    ),
    dict(
        kind=K, slug="huerva_personio_hr_reply_to", lang="es", company="Supermercados Huerva",
        contact="alba.gimeno@superhuerva.example.es",
        frm=("Supermercados Huerva", "noreply@personio.de"),
        reply_to=("Alba Gimeno", "alba.gimeno@superhuerva.example.es"),
        subject="Tu solicitud: Auxiliar de compras perfumería y droguería",
        date="2026-05-21 15:40 +0200",
        headers=AUTO,
        text="""Hola Ingrid,

gracias por postularte como Auxiliar de compras de perfumería y droguería en Supermercados Huerva.

Nos ha costado decidir, pero esta vez nos inclinamos por otros perfiles. Si quieres comentarnos algo, puedes contestar a este correo y le llegará directamente a Alba Gimeno, de nuestro equipo de personas.

Saludos cordiales
Alba Gimeno
Supermercados Huerva · Camino de Cabaldós 35 · 50013 Zaragoza""",
        html="auto",
    ),
    dict(
        kind=K, slug="aneto_recruitee_no_feedback", lang="es", company="Deportes Aneto",
        contact="", key="da-rej", parent="da-missed",
        frm=("Deportes Aneto", "deportesaneto@jobs.recruitee.com"),
        subject="Deportes Aneto · Buyer Junior Outdoor",
        date="2026-03-20 08:55 +0100",
        headers=AUTO,
        text="""Hola Ingrid:

Gracias por el interés en Deportes Aneto y en la posición de Buyer Junior Outdoor.

Por desgracia, en esta ocasión no vamos a poder seguir adelante con tu candidatura. Recibimos un gran volumen de solicitudes y no nos es posible ofrecer feedback individual a cada persona.

¡Nos vemos en la montaña!
Equipo de Deportes Aneto""",
        html=ats_card("Deportes Aneto", "#2f6b2f", "Buyer Junior Outdoor", """Hola Ingrid:

Gracias por el interés en Deportes Aneto y en la posición de Buyer Junior Outdoor.

Por desgracia, en esta ocasión no vamos a poder seguir adelante con tu candidatura. Recibimos un gran volumen de solicitudes y no nos es posible ofrecer feedback individual a cada persona.

¡Nos vemos en la montaña!
Equipo de Deportes Aneto""", footer="Enviado con Recruitee", lang="es"),
        cte="base64",
    ),
    dict(
        kind=K, slug="ribera_norte_casual_manager", lang="es", company="Outlet Ribera Norte",
        contact="txus.arregui@riberanorte.example.es",
        frm=("Txus Arregui", "txus.arregui@riberanorte.example.es"),
        subject="lo de la plaza de reposición/compras",
        date="2026-07-09 22:37 +0200",
        text="""Hola guapa,

te escribo yo directamente porque me sabe fatal que te enteres por el portal: los de central han elegido a otra persona para lo de reposición y compras del outlet. Yo te había recomendado, que lo sepas, pero han tirado por alguien de dentro del centro comercial que ya conoce a los proveedores.

Cualquier cosa que vea que te encaje te la paso, ¿vale? Y a ver si nos tomamos algo por la Magdalena un día de estos.

Besos,
Txus""",
        cte="8bit",
    ),
    dict(
        kind=K, slug="vilanova_successfactors_position_filled", lang="es", company="Complementos Vilanova",
        contact="", key="cv-rej", parent="cv-ack",
        frm=("Complementos Vilanova Careers", "careers@successfactors.eu"),
        subject="Actualización del estado de su solicitud (Req. 10442)",
        subject_enc=("utf-8", "q"),
        date="2026-07-30 06:12 +0000",
        headers=AUTO,
        charset="windows-1252", cte="quoted-printable",
        text="""Estimada Sra. Achebe-Moreno:

Le informamos de que la posición “Assistant Buyer Bolsos y Marroquinería” (Req. 10442) en Vilanova i la Geltrú ha sido cubierta.

Le damos las gracias por su interés en Complementos Vilanova y le invitamos a consultar periódicamente nuestro portal de empleo, donde publicamos nuevas oportunidades.

Reciba un cordial saludo,
Talent Acquisition – Complementos Vilanova

Este es un mensaje automático enviado desde SAP SuccessFactors. No responda a este mensaje.""",
    ),
    # ---------------------------------------------------------------- en ----------------
    dict(
        kind=K, slug="hartwell_after_thankyou", lang="en", company="Hartwell & Finch",
        contact="sophie.grant@hartwellfinch.example.co.uk", key="hf-rej", parent="hf-thanks",
        frm=("Sophie Grant", "sophie.grant@hartwellfinch.example.co.uk"),
        subject="Re: Thank you - Assistant Buyer, Womenswear",
        date="2026-04-30 16:20 +0100",
        text=reply(
            """Hi Ingrid,

Thanks so much for your note, it was lovely to read, and the team enjoyed meeting you.

I'm afraid I have disappointing news. After a lot of discussion we've offered the Assistant Buyer role to someone who has already run a womenswear range through a full season, and she has accepted. We won't be taking your application any further this time.

I'd genuinely encourage you to look at our Merchandise Admin Assistant roles when they open in the autumn.

All the best,
Sophie

Sophie Grant
Talent Partner, Hartwell & Finch
214 Brompton Road, London SW3 2BJ
+44 20 7946 0381""",
            "en", "Wed, 22 Apr 2026 at 18:47", ME,
            """Dear Sophie,

Thank you for taking the time to speak with me this afternoon about the Assistant Buyer role. I really enjoyed hearing how the womenswear team plans its drops, and I'm even more excited about the role now.

Kind regards,
Ingrid"""),
        html="auto",
    ),
    dict(
        kind=K, slug="thimblelane_lever_closer_match", lang="en", company="Thimble Lane",
        contact="raj.patel@thimblelane.example.co.uk", key="tl-rej", parent="tl-resch",
        frm=("Raj Patel", "no-reply@hire.lever.co"),
        reply_to=("Raj Patel", "raj.patel@thimblelane.example.co.uk"),
        subject="Your application to Thimble Lane",
        date="2026-08-21 10:03 +0100",
        text="""Hi Ingrid,

Thank you for interviewing with us for the Junior Buyer, Accessories position and for the thoughtful questions you brought to the panel.

We've decided to move forward with candidates whose experience more closely matches what we need right now, particularly around supplier costings and sampling. I know that's frustrating to hear after several conversations.

We'll keep your details on file, and you're welcome to reply to me directly if you'd like a few pointers from the panel's notes.

Best,
Raj Patel
People Team, Thimble Lane""",
        html="auto",
    ),
    dict(
        kind=K, slug="northgate_workday_formal", lang="en", company="Northgate Fashion Group",
        contact="", key="ng-rej", parent="ng-ack",
        frm=("Northgate Fashion Group", "northgate@myworkday.com"),
        subject="Update on your application - R-0077321 Buying Administrator",
        date="2026-04-01 02:14 -0700",
        headers=AUTO,
        html=ats_card("Northgate Fashion Group", "#222a44", "Application update", """Dear Ingrid,

Thank you for applying for the position of Buying Administrator (R-0077321) with Northgate Fashion Group.

We have carefully reviewed your application against the requirements of this role. Regrettably, we will not be progressing your application on this occasion.

We appreciate your interest in Northgate and hope you will consider us again in the future.

Kind regards,
Northgate Talent Acquisition""", button=("View your candidate home", "https://northgate.example.co.uk/careers/home"), footer="This is an automated message. Please do not reply."),
    ),
    dict(
        kind=K, slug="marlowe_unnamed_client_passes", lang="en", company="Marlowe Talent Partners",
        contact="oliver.hayes@marlowetalent.example.co.uk",
        frm=("Oliver Hayes", "oliver.hayes@marlowetalent.example.co.uk"),
        subject="Feedback from my client - Merchandise Assistant role",
        date="2026-09-10 17:55 +0100",
        text="""Hi Ingrid,

Quick one as promised. My client, the homewares retailer in Islington I briefed you on, came back this afternoon and they're going to pass. Their words: strong on customer insight, but they want someone who can already build an open-to-buy plan in Excel without support.

So that one is closed on their side, unfortunately. Happy to do a 20-minute session on OTB planning before the next brief if that would help.

Cheers,
Oliver

Oliver Hayes | Senior Consultant, Retail
Marlowe Talent Partners
5 Clerkenwell Green, London EC1R 0DE
M: +44 7700 900412""",
    ),
    dict(
        kind=K, slug="loomhouse_budget_freeze", lang="en", company="Loomhouse",
        contact="hannah.obi@loomhouse.example.co.uk", key="lh-rej", parent="lh-ack",
        frm=("Hannah Obi", "hannah.obi@loomhouse.example.co.uk"),
        subject="Loomhouse - Trainee Buyer (Home Textiles)",
        date="2026-09-01 11:48 +0100",
        text="""Dear Ingrid,

I wanted to let you know personally that the Trainee Buyer (Home Textiles) vacancy has been put on hold following a budget freeze across our buying office.

As a result, we will not proceed with any applications for this role, including yours. I'm sorry to bring the process to an end this way; it has nothing to do with the quality of your application.

If the role is approved again next year it will be re-advertised on our careers page.

With best wishes,
Hannah Obi
HR Advisor
Loomhouse | 41 Cheshire Street, London E2 6EG

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Loomhouse is a trading name of Loomhouse Retail Holdings.""",
        html="auto", cte="7bit",
    ),
    dict(
        kind=K, slug="pembertons_terse", lang="en", company="Pemberton's",
        contact="tom.whitlock@pembertons.example.co.uk", key="pem-rej", parent="pem-missed",
        frm=("Tom Whitlock", "tom.whitlock@pembertons.example.co.uk"),
        subject="Re: Sorry I missed your call",
        date="2026-09-25 09:12 +0100",
        text=reply(
            """Thanks Ingrid, not this time I'm afraid. We've gone with another applicant. Good luck with everything.

Tom""",
            "en", "Fri, 11 Sept 2026 at 14:03", ME,
            """Hi Tom,

So sorry I missed your calls this morning, my phone was on silent during a client appointment at the salon. Is there any chance we could try again next week?

Best,
Ingrid"""),
    ),
    dict(
        kind=K, slug="aldgate_via_greenhouse", lang="en", company="Aldgate Beauty",
        contact="", key="ab-rej", parent="ab-missed",
        frm=("Priya Shah via Greenhouse", "no-reply@greenhouse-mail.io"),
        subject="Aldgate Beauty: Update on your application",
        date="2026-08-06 13:27 +0100",
        headers=AUTO,
        text="""Hi Ingrid,

Thank you for your interest in the Product Buyer Assistant role at Aldgate Beauty, and for the time you've given us.

We've reviewed your application alongside our other candidates, and we've made the decision not to move forward with your candidacy.

We wish you every success in your search.

Priya Shah
Aldgate Beauty Talent Team""",
        html=ats_card("Aldgate Beauty", "#b0306a", "An update on your application", """Hi Ingrid,

Thank you for your interest in the Product Buyer Assistant role at Aldgate Beauty, and for the time you've given us.

We've reviewed your application alongside our other candidates, and we've made the decision not to move forward with your candidacy.

We wish you every success in your search.

Priya Shah
Aldgate Beauty Talent Team""", footer="Sent via Greenhouse. Please do not reply to this email."),
    ),
    dict(
        kind=K, slug="quayside_filled_internally", lang="en", company="Quayside Home",
        contact="ellie.marsh@quaysidehome.example.co.uk", key="qh-rej", parent="qh-cancel",
        frm=("Ellie Marsh", "ellie.marsh@quaysidehome.example.co.uk"),
        subject="Quayside Home - Junior Buyer, Kitchen & Dining",
        date="2026-10-22 15:31 +0100",
        text=outlook(
            """Hi Ingrid,

Following up on the call I had to cancel earlier this month: we've now decided to fill the Junior Buyer position internally, with a colleague from our merchandising team moving across.

That means the external search is closed and we won't be rescheduling our conversation. I'm sorry for the back and forth and I really appreciate your patience.

Kind regards,
Ellie Marsh
Talent Acquisition Lead | Quayside Home
Unit 4, Butler's Wharf, London SE1 2YE""",
            "en", "Ellie Marsh", "08 October 2026 09:14", "Ingrid Achebe-Moreno",
            "Cancelled: Quayside Home intro call",
            """Hi Ingrid, I need to cancel tomorrow's intro call as the hiring manager is pulled into a supplier visit. I'll be in touch about next steps."""),
        html="auto", cte="quoted-printable",
    ),
    # ---------------------------------------------------------------- fr ----------------
    dict(
        kind=K, slug="garonne_poste_supprime", lang="fr", company="Galeries Garonne",
        contact="claire.dufau@galeriesgaronne.example.fr", key="gg-rej", parent="gg-cancel",
        frm=("Claire Dufau", "claire.dufau@galeriesgaronne.example.fr"),
        subject="Suite à l'annulation de notre entretien",
        subject_enc=("utf-8", "q"),
        date="2026-06-02 11:09 +0200",
        charset="iso-8859-1", cte="8bit",
        text="""Bonjour Ingrid,

Comme promis, je reviens vers vous au sujet du poste d'acheteuse adjointe maroquinerie.

La direction a validé une réorganisation du service achats : le poste est supprimé et ses missions seront réparties entre les acheteurs actuels. Nous ne donnerons donc pas suite à votre candidature, et l'entretien que nous avions annulé ne sera pas reprogrammé.

Je suis sincèrement désolée de cette issue et je vous remercie pour votre compréhension.

Bien cordialement,

Claire Dufau
Chargée de recrutement
Galeries Garonne - 12 rue d'Alsace-Lorraine - 31000 Toulouse
Tél. 05 61 23 47 90""",
    ),
    dict(
        kind=K, slug="bearn_taleo_formal", lang="fr", company="Béarn Cosmétiques",
        contact="", key="bc-rej", parent="bc-ack",
        frm=("Béarn Cosmétiques Recrutement", "bearn-cosmetiques@taleo.net", ("iso-8859-1", "b")),
        subject="Votre candidature - Assistante achats packaging (Pau)",
        date="2026-04-14 08:40 +0200",
        headers=AUTO,
        charset="iso-8859-1", cte="base64",
        text="""Madame,

Nous vous remercions de l'intérêt que vous portez à Béarn Cosmétiques et de votre candidature au poste d'Assistante achats packaging basé à Pau.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de vous recontacter si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Direction des Ressources Humaines
Béarn Cosmétiques

Merci de ne pas répondre à ce message automatique.""",
    ),
    dict(
        kind=K, slug="interim_pyrenees_violette_no", lang="fr", company="Boutiques Violette",
        contact="mathieu.laborde@interim-pyrenees.example.fr", key="ip-rej", parent="ip-inv",
        frm=("Mathieu Laborde", "mathieu.laborde@interim-pyrenees.example.fr"),
        subject="RE: Entretien chez Boutiques Violette",
        date="2026-09-17 18:05 +0200",
        text=reply(
            """Bonsoir Ingrid,

J'ai eu la gérante de Boutiques Violette au téléphone cet après-midi. Elle a apprécié votre énergie, mais elle cherche finalement une personne qui connaît déjà la clientèle paloise et ses fournisseurs de prêt-à-porter. Bref, elle ne retient pas votre candidature pour l'assistanat achats.

De mon côté je continue à vous proposer sur Pau et Tarbes.

Bien à vous,
Mathieu Laborde
Consultant recrutement - Intérim Pyrénées
8 cours Bosquet, 64000 Pau
06 71 44 20 93""",
            "fr", "jeu. 3 sept. 2026 à 09:30", ("Mathieu Laborde", "mathieu.laborde@interim-pyrenees.example.fr"),
            """Bonjour Ingrid, la gérante de Boutiques Violette vous propose un entretien à la boutique rue Serviez le jeudi 10 septembre à 14h. Cela vous convient ?"""),
        html="auto",
    ),
    # ---------------------------------------------------------------- de ----------------
    dict(
        kind=K, slug="neckarmode_personio", lang="de", company="Neckar Mode",
        contact="", key="nm-rej", parent="nm-ack",
        frm=("Neckar Mode Recruiting", "noreply@personio.de"),
        subject="Deine Bewerbung als Junior Einkäuferin (m/w/d)",
        subject_enc=("iso-8859-1", "q"),
        date="2026-07-29 09:30 +0200",
        headers=AUTO,
        text="""Hallo Ingrid,

vielen Dank für Deine Bewerbung und das Interesse an Neckar Mode.

Wir haben uns Deine Unterlagen genau angesehen. Leider müssen wir Dir mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben, deren Profil besser zu den Anforderungen passt.

Wir wünschen Dir für Deinen weiteren Weg alles Gute.

Viele Grüße
Dein Recruiting-Team von Neckar Mode

Neckar Mode · Königstraße 28 · 70173 Stuttgart""",
        html="auto",
    ),
    dict(
        kind=K, slug="schwabenduft_quotes_dankesmail", lang="de", company="Schwabenduft Kosmetik",
        contact="katrin.eberle@schwabenduft.example.de", key="sd-rej", parent="sd-resch",
        frm=("Katrin Eberle", "katrin.eberle@schwabenduft.example.de"),
        subject="AW: Danke für das Gespräch",
        date="2026-05-08 15:16 +0200",
        text=reply(
            """Liebe Frau Achebe-Moreno,

herzlichen Dank für Ihre freundliche Nachricht nach unserem Videogespräch.

Nach reiflicher Überlegung haben wir uns entschieden, die Stelle als Assistentin im Einkauf mit einer Kandidatin zu besetzen, die bereits Erfahrung mit Naturkosmetik-Lieferanten im DACH-Raum mitbringt. Wir können Ihnen daher leider kein Angebot machen.

Ihr Blick aus dem Friseursalon auf das, was Kundinnen wirklich kaufen, hat uns beeindruckt. Ich wünsche Ihnen viel Erfolg.

Mit freundlichen Grüßen
Katrin Eberle
Leitung Personal
Schwabenduft Kosmetik
Tübinger Straße 63, 70178 Stuttgart
Tel. +49 711 6049 220

Schwabenduft Kosmetik – Sitz Stuttgart – Registergericht Stuttgart""",
            "de", "29.04.2026 um 17:02", ME,
            """Sehr geehrte Frau Eberle,

vielen Dank für das angenehme Gespräch heute. Es hat mich sehr gefreut, mehr über Ihre Einkaufsabteilung und die neue Haarpflegelinie zu erfahren.

Mit freundlichen Grüßen
Ingrid Achebe-Moreno"""),
        cte="quoted-printable",
    ),
    dict(
        kind=K, slug="hohenstaufen_unnamed_client", lang="de", company="Personalberatung Hohenstaufen",
        contact="felix.brandt@hohenstaufen-pb.example.de",
        frm=("Felix Brandt", "felix.brandt@hohenstaufen-pb.example.de"),
        subject="Rückmeldung unseres Mandanten",
        subject_enc=("utf-8", "b"),
        date="2026-10-14 10:44 +0200",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Guten Morgen Frau Achebe-Moreno,

unser Mandant, ein Stuttgarter Modehaus, hat sich nach den Vorstellungsgesprächen gemeldet. Man hat sich gegen eine Zusammenarbeit entschieden, weil für die Position im Einkauf Damenaccessoires fließendes Deutsch auf Verhandlungsniveau erwartet wird.

Ich bedauere das sehr, denn fachlich hat Ihr Profil überzeugt. Sobald ich ein Mandat mit Englisch als Arbeitssprache habe, melde ich mich.

Beste Grüße
Felix Brandt
Personalberatung Hohenstaufen
Calwer Straße 11 · 70173 Stuttgart
Tel. 0711 2285 417""",
    ),
]
