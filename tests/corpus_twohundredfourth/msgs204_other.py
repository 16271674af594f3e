"""Corpus 204: everything that is not a job event for the candidate (52 messages).

Digests and newsletters, career advice, press/podcast and user-research interview requests,
parcels and GPS alerts, a friend's own rejection, the candidate's own sent mail, cold
approaches, bank/landlord/school/doctor mail, out-of-office replies, network notifications and
refused places on courses. Hand-written specs; the generator turns them into MIME.
"""

from __future__ import annotations

from msgs204_acks import NUB_THANKS
from msgs204_common import (CAND, digest_html, digest_text, forward_block, html_doc, paras,
                            reply, simple_html)
from msgs204_invites import (DANA, EMILIE, FL_INV, FL_REQ, FRIEDERIKE, JORGE, LUCIA, MARIANA,
                             NUB_ACC, NUB_INV1, OWEN, RA_MISSED, RA_SORRY, RAMIRO, REBECA,
                             SANTIAGO, TASHA)
from msgs204_rejections import BL_THANKS, FL_THANKS, MARTA, PG_FOLLOW, XIMENA

AUTO = ("Auto-Submitted", "auto-generated")
AUTO_REPLY = ("Auto-Submitted", "auto-replied")
BULK = ("Precedence", "bulk")
MEMO = ("Guillermo Ríos", "memo.rios@correo.example.mx")

CV_ES = ["Rodrigo Abernethy-Quispe", "Guadalajara, Jalisco - rodrigo.aq@example.mx",
         "Experiencia: Mesero y capitán de meseros, 2016-2026",
         "Capacitación de personal nuevo, manejo de quejas, sistema POS",
         "Idiomas: español (nativo), inglés (C1), francés (B1), alemán (A2)",
         "Certificación: Fundamentos de Customer Success (2025)"]
CV_EN = ["Rodrigo Abernethy-Quispe", "Guadalajara, Mexico - rodrigo.aq@example.mx",
         "Server and head server, 2016-2026",
         "Trained new staff, handled guest complaints, led POS migration",
         "Languages: Spanish (native), English (C1), French (B1), German (A2)",
         "Certificate: Customer Success Foundations (2025)"]
CV_DE = ["Rodrigo Abernethy-Quispe - Lebenslauf", "Guadalajara, Mexiko - rodrigo.aq@example.mx",
         "Kellner und Oberkellner, 2016-2026",
         "Einarbeitung neuer Mitarbeitender, Beschwerdemanagement, Kassensystem",
         "Sprachen: Spanisch (Muttersprache), Englisch (C1), Französisch (B1), Deutsch (A2)"]

MESSAGES: list[dict] = []

# ================================================================== the candidate's own mail

MESSAGES += [
    dict(
        kind="other", slug="own_nubaria_confirms_slot", key="nub_acc",
        lang="es", company="", contact="",
        frm=CAND, to=[MARIANA], parent="nub_inv1",
        subject="Re: Nubaria | Llamada inicial – Customer Success Associate",
        date="2026-01-20 13:05 -0600",
        text=reply("es", NUB_ACC, "2026-01-20 11:40 -0600", "Mariana Ochoa", MARIANA[1],
                   NUB_INV1),
    ),
    dict(
        kind="other", slug="own_nubaria_thank_you", key="nub_thanks",
        lang="es", company="", contact="",
        frm=CAND, to=[MARIANA],
        cc=[("Iván Larios", "ivan.larios@nubaria.example.mx"),
            ("Sofía Medrano", "sofia.medrano@nubaria.example.mx")],
        parent="nub_panel",
        subject="Gracias por la entrevista de hoy",
        date="2026-02-03 18:22 -0600",
        text=NUB_THANKS, html=simple_html(NUB_THANKS, "es"),
    ),
    dict(
        kind="other", slug="own_riaazul_apology", key="ra_sorry",
        lang="es", company="", contact="",
        frm=CAND, to=[LUCIA], parent="ra_missed",
        subject="RE: Entrevista – Coordinador(a) de Experiencia del Huésped",
        date="2026-05-07 12:10 -0600",
        text=reply("es", RA_SORRY, "2026-05-07 11:32 -0600", LUCIA[0], LUCIA[1], RA_MISSED),
    ),
    dict(
        kind="other", slug="own_flotilla_asks_to_move", key="fl_req",
        lang="es", company="", contact="",
        frm=CAND, to=[JORGE], parent="fl_inv",
        subject="Re: ¿platicamos el jueves?",
        date="2026-02-24 19:31 -0600",
        text=reply("es", FL_REQ, "2026-02-24 09:48 -0600", JORGE[0], JORGE[1], FL_INV),
    ),
    dict(
        kind="other", slug="own_flotilla_thank_you", key="fl_thanks",
        lang="es", company="", contact="",
        frm=CAND, to=[JORGE], parent="fl_move",
        subject="Gracias por la plática",
        date="2026-02-27 19:30 -0600",
        text=FL_THANKS, cte="8bit",
    ),
    dict(
        kind="other", slug="own_pagora_status_question", key="pg_follow",
        lang="es", company="", contact="",
        frm=CAND, to=[XIMENA],
        subject="Seguimiento a mi postulación – Customer Support Specialist",
        date="2026-03-09 20:15 -0600",
        text=PG_FOLLOW, html=simple_html(PG_FOLLOW, "es"),
    ),
    dict(
        kind="other", slug="own_hostalia_application_cv", key="ho_apply",
        lang="es", company="", contact="",
        frm=CAND, to=[MARTA],
        subject="Candidatura Guest Experience Specialist – Rodrigo Abernethy-Quispe",
        date="2026-09-12 19:02 -0600",
        text="""\
Estimada Marta:

Le escribo para postularme a la vacante de Guest Experience Specialist publicada en su
web. Adjunto mi CV y una carta de presentación.

Durante diez años he trabajado como mesero y capitán de meseros en Guadalajara, donde
aprendí a anticiparme a lo que necesita un huésped antes de que lo pida. Desde 2025 me
preparo para dar el salto a la experiencia de cliente en empresas de tecnología y
hospitalidad, y la posibilidad de trabajar con Hostalia en Madrid me entusiasma mucho.

Quedo a su disposición para una entrevista cuando lo considere oportuno.

Saludos cordiales,
Rodrigo Abernethy-Quispe
+52 33 1846 2290
""",
        attach=[dict(name="CV_Rodrigo_Abernethy-Quispe.pdf", lines=CV_ES),
                dict(name="Carta_presentacion_Hostalia.pdf", lines=[
                    "Rodrigo Abernethy-Quispe", "Carta de presentación - Hostalia",
                    "Guest Experience Specialist, Madrid"])],
    ),
    dict(
        kind="other", slug="own_forwards_offer_to_friend",
        lang="es", company="", contact="",
        frm=CAND, to=[MEMO],
        subject="Fwd: Oferta laboral – Líder de Experiencia al Cliente bilingüe",
        date="2026-02-10 22:47 -0600",
        text="""\
Memo, te reenvío la oferta de ContactaMás que me llegó ayer (va adjunta abajo). ¿Qué
opinas? El sueldo no está mal, pero es call center otra vez y el horario me come los
sábados. Y todavía no sé nada de Nubaria, que es la que de verdad quiero.

¿Me marcas mañana cuando salgas de la chamba?

R.
""",
        fwd_msg=dict(frm=(f"{RAMIRO[0]} (ContactaMás Reclutamiento)", RAMIRO[1]),
                     subject="Oferta laboral – Líder de Experiencia al Cliente bilingüe",
                     date="2026-02-09 11:00 -0600", text="""\
Estimado Rodrigo:

Por medio del presente, y con base en los resultados del Centro de Evaluación del pasado
4 de febrero, nos complace extenderte una oferta de trabajo para la posición de Líder de
Experiencia al Cliente bilingüe en nuestra sede Guadalajara.

Sueldo mensual bruto: $27,500 MXN más bono trimestral por indicadores.
Fecha tentativa de ingreso: lunes 23 de febrero de 2026.

Atentamente,
Ing. Ramiro Treviño Salinas
"""),
    ),
    dict(
        kind="other", slug="own_declines_contactamas_offer",
        lang="es", company="", contact="",
        frm=CAND, to=[RAMIRO], parent="cm_offer",
        subject="RE: Oferta laboral – Líder de Experiencia al Cliente bilingüe",
        date="2026-02-13 10:20 -0600",
        text=reply("es", """\
Estimado Ing. Treviño:

Le agradezco mucho la oferta y la experiencia del Centro de Evaluación, que disfruté de
verdad. Después de pensarlo con calma, he decidido no aceptarla: acabo de recibir una
propuesta para un puesto de Customer Success en una empresa de software, que es
exactamente el rumbo que busco.

Espero que podamos coincidir más adelante.

Atentamente,
Rodrigo Abernethy-Quispe""", "2026-02-09 11:00 -0600", RAMIRO[0], RAMIRO[1], """\
Estimado Rodrigo:

Por medio del presente, y con base en los resultados del Centro de Evaluación del pasado
4 de febrero, nos complace extenderte una oferta de trabajo para la posición de Líder de
Experiencia al Cliente bilingüe en nuestra sede Guadalajara.
[...]
Adjuntamos la carta oferta formal. Para aceptarla, favor de devolverla firmada a más
tardar el viernes 13 de febrero."""),
    ),
    dict(
        kind="other", slug="own_brightloop_thank_you", key="bl_thanks",
        lang="en", company="", contact="",
        frm=CAND, to=[DANA], parent="bl_move",
        subject="Thank you – Customer Success Specialist call",
        date="2026-03-17 17:40 -0600",
        text=BL_THANKS, cte="7bit",
    ),
    dict(
        kind="other", slug="own_harbourfront_application_cv", key="hh_apply",
        lang="en", company="", contact="",
        frm=CAND, to=[OWEN],
        subject="Application – Guest Technology Coordinator",
        date="2026-08-20 21:14 -0600",
        text="""\
Dear Mr. MacLeod,

Please find attached my application for the Guest Technology Coordinator position
advertised on the Harbourfront Hotels careers page.

For the past ten years I have worked as a server and head server in Guadalajara. When our
restaurant moved to a new point-of-sale and reservations system, I became the person
the team came to for help, and I discovered that I love making technology work for
guests and staff. I have since completed a Customer Success Foundations certificate and
I am keen to bring this experience to a hotel group.

I would welcome the opportunity to discuss how I could contribute to your team.

Kind regards,
Rodrigo Abernethy-Quispe
+52 33 1846 2290
""",
        attach=[dict(name="Rodrigo_Abernethy-Quispe_Resume.pdf", lines=CV_EN)],
    ),
    dict(
        kind="other", slug="own_boreal_remerciement", key="lb_thanks",
        lang="fr", company="", contact="",
        frm=CAND, to=[EMILIE], parent="lb_move",
        subject="Merci pour l'entrevue de ce midi",
        date="2026-08-10 16:05 -0600",
        text="""\
Bonjour Émilie,

Je vous remercie chaleureusement pour notre conversation de ce midi. J'ai beaucoup aimé
en apprendre davantage sur la façon dont Logiciels Boréal accompagne ses clients au
Mexique et en Colombie.

Je reste à votre disposition pour toute information complémentaire.

Cordialement,
Rodrigo Abernethy-Quispe
""",
        charset="iso-8859-1", subj_enc="Q", subj_cs="utf-8",
    ),
    dict(
        kind="other", slug="own_wolkenwerk_bewerbung_cv", key="ww_apply",
        lang="de", company="", contact="",
        frm=CAND, to=[("Wolkenwerk Bewerbungen", "bewerbung@wolkenwerk.example.de")],
        subject="Bewerbung als Customer Success Manager (Spanish-speaking markets)",
        date="2026-07-01 07:50 -0600",
        text="""\
Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich um die Stelle als Customer Success Manager für spanischsprachige
Märkte, die ich auf Ihrer Karriereseite gefunden habe.

Seit zehn Jahren arbeite ich als Kellner und Oberkellner in Guadalajara. Dort habe ich
gelernt, auch in stressigen Momenten ruhig zu bleiben und aus unzufriedenen Gästen
Stammgäste zu machen. Diese Erfahrung möchte ich nun in die Betreuung von Software-Kunden
einbringen. Mein Deutsch ist noch im Aufbau (A2), Englisch und Spanisch spreche ich
fließend.

Meinen Lebenslauf finden Sie im Anhang. Über eine Einladung zu einem Gespräch würde ich
mich sehr freuen.

Mit freundlichen Grüßen
Rodrigo Abernethy-Quispe
""",
        attach=[dict(name="Lebenslauf_Abernethy-Quispe.pdf", lines=CV_DE)],
        charset="iso-8859-1", cte="quoted-printable",
    ),
]

# ========================================================== out-of-office and auto replies

MESSAGES += [
    dict(
        kind="other", slug="ooo_brightloop_recruiter",
        lang="en", company="", contact=DANA[1],
        frm=DANA, parent="bl_thanks",
        subject="Automatic reply: Thank you – Customer Success Specialist call",
        date="2026-03-17 18:41 -0500",
        text="""\
Hi there,

I'm out of the office through Monday, March 23, with limited access to email. I'll reply
as soon as I can after I'm back.

If your message is about an upcoming interview, please contact recruiting@brightloop.example.com
and someone on the team will help.

Thanks,
Dana Whitfield
""",
        headers=[AUTO_REPLY, ("X-Auto-Response-Suppress", "All")], cte="7bit",
    ),
    dict(
        kind="other", slug="ooo_boreal_absence",
        lang="fr", company="", contact=EMILIE[1],
        frm=(EMILIE[0], EMILIE[1], "utf-8", "B"), parent="lb_thanks",
        subject="Réponse automatique : Merci pour l'entrevue de ce midi",
        date="2026-08-10 18:05 -0400",
        text="""\
Bonjour,

Je suis absente du bureau jusqu'au 17 août inclusivement. Je prendrai connaissance de
votre message à mon retour.

Pour toute question urgente concernant un processus d'entrevue en cours, veuillez écrire
à talents@boreal.example.ca.

Merci et bonne journée,
Émilie Tremblay-Gagnon
""",
        headers=[AUTO_REPLY], subj_enc="Q", subj_cs="iso-8859-1",
    ),
    dict(
        kind="other", slug="ooo_talentonorte_vacaciones",
        lang="es", company="", contact=REBECA[1],
        frm=REBECA,
        subject="Respuesta automática: Vacantes remotas de Customer Success",
        date="2026-08-10 09:02 -0600",
        text="""\
Hola, gracias por tu mensaje.

Estoy de vacaciones del 10 al 21 de agosto y no tendré acceso a mi correo. A mi regreso
responderé todos los mensajes pendientes.

Si tu asunto es urgente (por ejemplo, una entrevista programada con alguno de nuestros
clientes), comunícate con Mauricio Leal a mauricio.leal@talentonorte.example.mx o al
+52 81 1932 5500.

Rebeca Garza
Talento Norte
""",
        headers=[AUTO_REPLY, ("X-Auto-Response-Suppress", "All")],
    ),
    dict(
        kind="other", slug="ooo_hellweg_abwesenheit",
        lang="de", company="", contact=FRIEDERIKE[1],
        frm=("Dr. Friederike Brandt", FRIEDERIKE[1]),
        subject="Abwesenheitsnotiz: Rückfrage zu Seehaus Hotels",
        date="2026-10-05 08:00 +0200",
        text="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 7. Oktober auf Dienstreise und lese meine E-Mails nur
unregelmäßig. In dringenden Fällen wenden Sie sich bitte an mein Büro unter
+49 30 8891 4400.

Mit freundlichen Grüßen
Friederike Brandt
Hellweg Personalberatung
""",
        headers=[AUTO_REPLY], charset="iso-8859-1", cte="quoted-printable",
    ),
]

# ============================================================ cold approaches (no event)

MESSAGES += [
    dict(
        kind="other", slug="cumbre_cold_approach", key="ct_cold",
        lang="es", company="", contact=SANTIAGO[1],
        frm=("Santiago Villaseñor | Cumbre Talento Ejecutivo", SANTIAGO[1], "utf-8", "B"),
        subject="Oportunidad en Customer Success",
        date="2026-04-02 17:40 -0600",
        text="""\
Hola Rodrigo:

Soy Santiago Villaseñor, socio de Cumbre Talento Ejecutivo, una firma de búsqueda de
talento en la Ciudad de México. Vi tu perfil en Vinculados y me llamó la atención tu
paso de la hospitalidad hacia Customer Success.

Estoy trabajando en una búsqueda confidencial para una empresa de tecnología que valora
justamente ese tipo de trayectoria. Si te interesa conocer más, mándame tu CV actualizado
y te cuento los detalles por escrito.

Saludos,
Santiago Villaseñor
Socio | Cumbre Talento Ejecutivo
+52 55 4170 2283
""",
    ),
    dict(
        kind="other", slug="riverbend_cold_approach", key="rb_cold",
        lang="en", company="", contact=TASHA[1],
        frm=TASHA,
        subject="Bilingual CS roles in Austin – open to hearing more?",
        date="2026-07-20 10:30 -0500",
        text="""\
Hi Rodrigo,

I came across your profile on Linkbridge and your move from hospitality into customer
success really stood out. I'm a recruiter at Riverbend Staffing in Austin, and several of
our software and fintech clients are hiring bilingual (English/Spanish) customer-facing
people right now, many of them remote-friendly for Mexico.

If you're open to it, reply with your latest resume and the kind of roles you're
targeting, and I'll keep you in mind as things come up.

Best,
Tasha Monroe
Senior Recruiter | Riverbend Staffing
(512) 555-0173
""",
        cte="7bit",
    ),
    dict(
        kind="other", slug="hellweg_cold_approach", key="hw_cold",
        lang="de", company="", contact=FRIEDERIKE[1],
        frm=("Dr. Friederike Brandt", FRIEDERIKE[1]),
        subject="Ihr Profil – Guest Experience in der Hotellerie",
        date="2026-09-24 16:10 +0200",
        text="""\
Sehr geehrter Herr Abernethy-Quispe,

ich bin Partnerin bei der Hellweg Personalberatung in Berlin und auf Ihr Profil
gestoßen. Ihre Verbindung aus langjähriger Gastronomie-Erfahrung und dem Schritt in
Richtung Customer Success finde ich sehr spannend.

Wir begleiten derzeit mehrere Hotelgruppen, die ihren digitalen Gästeservice ausbauen.
Sollten Sie grundsätzlich offen für einen Wechsel nach Deutschland sein, senden Sie mir
gern Ihren aktuellen Lebenslauf. Ich melde mich dann mit weiteren Informationen.

Mit besten Grüßen
Dr. Friederike Brandt
Partnerin | Hellweg Personalberatung
Kurfürstendamm 194, 10707 Berlin
""",
        charset="iso-8859-1", cte="quoted-printable", subj_enc="B", subj_cs="utf-8",
    ),
]

# ====================================================== digests, newsletters, notifications

VAC_ITEMS = [
    ("Customer Success Jr. – Plataforma de reservas (Guadalajara, híbrido)",
     "https://vacantopolis.example.mx/v/88123?utm_source=alerta",
     "$22,000 - $26,000 MXN · Publicada hace 2 días"),
    ("Ejecutivo de Soporte Bilingüe – SaaS de facturación (remoto)",
     "https://vacantopolis.example.mx/v/88140?utm_source=alerta",
     "Inglés avanzado · Publicada hoy"),
    ("Coordinador de Experiencia del Cliente – Cadena hotelera (Zapopan)",
     "https://vacantopolis.example.mx/v/88171?utm_source=alerta",
     "Experiencia en hospitalidad · Publicada hace 5 días"),
    ("Artículo: ¿Te rechazaron después de la entrevista? 4 cosas que sí puedes hacer",
     "https://vacantopolis.example.mx/blog/rechazo-entrevista",
     "Pedir retroalimentación, ajustar tu CV y seguir postulándote"),
]
VAC_INTRO = """\
Hola Rodrigo,

Encontramos 3 vacantes nuevas que coinciden con tu alerta "customer success Guadalajara".
Postúlate pronto: las primeras solicitudes tienen más probabilidad de pasar a entrevista."""
VAC_FOOTER = """\
Recibes este correo porque creaste una alerta en Vacantópolis.
Darte de baja: https://vacantopolis.example.mx/alertas/baja?u=rqa204
Vacantópolis · Av. Vallarta 6503, Zapopan, Jal."""

CX_NEWS = html_doc(
    "<div style=\"max-width:620px;margin:auto;font-family:Georgia,serif\">\n"
    "<h1>Carrera CX · Edición 37</h1>\n"
    + paras("""\
Esta semana: cómo manejar un rechazo después de la entrevista final.

Llegaste a la última etapa, hiciste el caso práctico, mandaste tu correo de agradecimiento
y, una semana después, llega el "decidimos continuar con otros perfiles". Duele. Pero el
rechazo en la etapa final suele significar que estuviste muy cerca, y muchas empresas
vuelven a buscar a sus finalistas cuando se abre otra vacante.

Tres cosas que recomendamos: responde con cortesía y pide retroalimentación concreta;
anota lo que te preguntaron para la próxima entrevista; y conecta con tus entrevistadores
en redes, sin presionar.

También en esta edición: plantillas para pedir una nueva fecha de entrevista sin quedar
mal, y la lista de 12 empresas SaaS en México que están contratando para Customer
Success este trimestre.""")
    + "\n<p><a href=\"https://carreracx.example.mx/ed37?utm_medium=email\">Leer la edición "
      "completa</a></p>\n<p style=\"font-size:11px;color:#888\">Carrera CX · Recibes este "
      "boletín porque te suscribiste en carreracx.example.mx. <a href=\"https://carreracx."
      "example.mx/baja\">Cancelar suscripción</a></p>\n</div>", "es", "Carrera CX")

JH_ITEMS = [
    ("Customer Success Associate – Fintech (Austin, TX · Hybrid)",
     "https://jobharbor.example.com/j/55102?src=alert", "$48k-$56k · 3 days ago"),
    ("Bilingual Support Specialist (Spanish) – SaaS (Remote, US/Mexico)",
     "https://jobharbor.example.com/j/55117?src=alert", "Spanish required · Today"),
    ("Guest Experience Lead – Boutique Hotel Group (Austin, TX)",
     "https://jobharbor.example.com/j/55160?src=alert", "Hospitality background · 1 day ago"),
    ("Career tip: Ghosted after an interview? Here's when to follow up",
     "https://jobharbor.example.com/blog/ghosted-after-interview",
     "Plus: what a polite rejection email really means"),
]
JH_INTRO = """\
Hi Rodrigo,

Here are this week's new jobs for your saved search "customer success spanish austin".
Employers are reviewing applications now, so apply early to land an interview."""
JH_FOOTER = """\
You're receiving this because you created a job alert on JobHarbor.
Manage alerts or unsubscribe: https://jobharbor.example.com/alerts?u=rqa204
JobHarbor, 401 W 2nd St, Austin, TX 78701"""

EP_ITEMS = [
    ("Conseiller ou conseillère, service à la clientèle bilingue – Montréal",
     "https://emploisplateau.example.ca/o/31877", "Espagnol un atout · Publié hier"),
    ("Spécialiste, réussite client – logiciel de restauration (hybride)",
     "https://emploisplateau.example.ca/o/31902", "Expérience en restauration · Aujourd'hui"),
    ("Chronique : Un refus après l'entrevue finale ? Comment rebondir",
     "https://emploisplateau.example.ca/chroniques/refus-entrevue",
     "Demander de la rétroaction sans s'excuser"),
]
EP_INTRO = """\
Bonjour Rodrigo,

Voici les nouvelles offres qui correspondent à votre alerte « réussite client Montréal ».
Les employeurs convoquent souvent en entrevue les premiers candidats : ne tardez pas !"""
EP_FOOTER = """\
Vous recevez ce courriel parce que vous avez créé une alerte sur Emplois Plateau.
Se désabonner : https://emploisplateau.example.ca/alertes/desabonner?u=rqa204"""

SF_ITEMS = [
    ("Customer Success Manager (m/w/d) – SaaS für Arztpraxen, Berlin-Mitte",
     "https://stellenfuchs.example.de/job/772310", "Spanisch von Vorteil · vor 2 Tagen"),
    ("Kundenbetreuer Hotelsoftware (m/w/d) – Remote", "https://stellenfuchs.example.de/job/772355",
     "Erfahrung in der Gastronomie · heute"),
    ("Ratgeber: Absage nach dem Vorstellungsgespräch – und jetzt?",
     "https://stellenfuchs.example.de/ratgeber/absage-vorstellungsgespraech",
     "Warum eine Absage kein Urteil über Sie ist"),
]
SF_INTRO = """\
Hallo Rodrigo,

für Ihren Suchauftrag „Customer Success Berlin" gibt es neue Stellenangebote. Viele
Unternehmen laden schon in der ersten Woche zum Vorstellungsgespräch ein."""
SF_FOOTER = """\
Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei Stellenfuchs angelegt haben.
Abmelden: https://stellenfuchs.example.de/suchauftrag/abmelden?u=rqa204
Stellenfuchs GmbH, Torstraße 109, 10119 Berlin"""

MESSAGES += [
    dict(
        kind="other", slug="vacantopolis_job_alert",
        lang="es", company="", contact="",
        frm=("Vacantópolis Alertas", "alertas@vacantopolis.example.mx"),
        subject="3 vacantes nuevas para \"customer success Guadalajara\"",
        date="2026-01-19 07:00 -0600",
        text=digest_text(VAC_INTRO, VAC_ITEMS, VAC_FOOTER),
        html=digest_html("es", "Vacantópolis", VAC_INTRO, VAC_ITEMS, VAC_FOOTER),
        headers=[("List-Id", "Alertas Vacantopolis <alertas.vacantopolis.example.mx>"),
                 ("List-Unsubscribe", "<https://vacantopolis.example.mx/alertas/baja?u=rqa204>,"
                                      " <mailto:baja@vacantopolis.example.mx?subject=baja>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), BULK, AUTO],
    ),
    dict(
        kind="other", slug="carreracx_newsletter_rejection_article",
        lang="es", company="", contact="",
        frm=("Carrera CX", "boletin@carreracx.example.mx"),
        reply_to=("Equipo editorial Carrera CX", "editorial@carreracx.example.mx"),
        subject="Carrera CX #37: cuando te dicen que no en la última entrevista",
        date="2026-03-26 08:30 -0600",
        html=CX_NEWS,
        headers=[("List-Id", "Carrera CX <boletin.carreracx.example.mx>"),
                 ("List-Unsubscribe", "<https://carreracx.example.mx/baja>"), BULK],
        cte="quoted-printable",
    ),
    dict(
        kind="other", slug="lectura_diaria_interview_questions",
        lang="es", company="", contact="",
        frm=("Lectura Diaria", "resumen@lecturadiaria.example.com"),
        subject="Tu lectura de hoy: 10 preguntas de entrevista para Customer Success",
        date="2026-02-20 06:15 -0600",
        text="""\
Lectura Diaria · Selección para ti

10 preguntas de entrevista para Customer Success (y cómo responderlas)
por Adriana Peñaloza · 7 min de lectura

"Cuéntame de una vez que un cliente estaba a punto de irse." Si vienes de restaurantes o
de hoteles, esta pregunta es tu mejor oportunidad: tienes cientos de historias. El truco
es contarlas con estructura (situación, acción, resultado) y con un número al final.

Otras preguntas frecuentes en la primera entrevista:
- ¿Cómo priorizas cuando tres clientes te escriben al mismo tiempo?
- ¿Qué harías si un cliente te pide una función que no existe?
- ¿Qué significa para ti el éxito de un cliente?

Lee el artículo completo: https://lecturadiaria.example.com/p/preguntas-entrevista-cs

También te puede interesar:
· "Me rechazaron en cinco procesos seguidos: lo que aprendí" (5 min)
· "Del piso del restaurante a la posición de CSM en 14 meses" (9 min)

--
Recibes este resumen porque sigues el tema Carrera profesional.
Ajustar preferencias: https://lecturadiaria.example.com/ajustes
""",
        headers=[("List-Id", "Resumen diario <resumen.lecturadiaria.example.com>"),
                 ("List-Unsubscribe", "<https://lecturadiaria.example.com/ajustes?baja=1>"),
                 BULK],
    ),
    dict(
        kind="other", slug="vinculados_profile_views",
        lang="es", company="", contact="",
        frm=("Vinculados", "notificaciones@vinculados.example.com"),
        subject="Rodrigo, tu perfil apareció en 14 búsquedas esta semana",
        date="2026-05-26 09:10 -0600",
        text="""\
Tu perfil apareció en 14 búsquedas esta semana

Personas de estas empresas te encontraron:
· Una empresa de software de recursos humanos
· Una agencia de selección de personal
· Una cadena hotelera

Un reclutador vio tu perfil: "Head of Talent en una empresa de tecnología".
Mejora tu posición en los resultados agregando la aptitud "Customer Success".

Ver quién visitó tu perfil: https://vinculados.example.com/me/visitas

Este es un correo automático de Vinculados. Darse de baja:
https://vinculados.example.com/ajustes/notificaciones
""",
        html=simple_html("""\
Tu perfil apareció en 14 búsquedas esta semana

Personas de estas empresas te encontraron:
· Una empresa de software de recursos humanos
· Una agencia de selección de personal
· Una cadena hotelera

Un reclutador vio tu perfil: "Head of Talent en una empresa de tecnología".
Mejora tu posición en los resultados agregando la aptitud "Customer Success".

Este es un correo automático de Vinculados.""", "es"),
        headers=[AUTO, ("List-Unsubscribe", "<https://vinculados.example.com/ajustes/notificaciones>"),
                 ("X-Vinculados-Category", "profile_views")],
        cte="base64",
    ),
    dict(
        kind="other", slug="empleos_sabana_digest",
        lang="es", company="", contact="",
        frm=("Empleos Sabana", "alertas@empleossabana.example.co"),
        subject="Nuevas ofertas para ti en Bogotá – semana 27",
        date="2026-06-29 06:45 -0500",
        text="""\
Hola Rodrigo, estas son las ofertas de la semana según tu perfil:

1. Analista de Servicio al Cliente Bilingüe – Call center, Bogotá (Chapinero)
   Salario a convenir · https://empleossabana.example.co/oferta/190221
2. Customer Success Specialist – Startup de logística, remoto Colombia/México
   COP 5.500.000 · https://empleossabana.example.co/oferta/190245
3. Coordinador de Recepción – Hotel boutique, Bogotá (Usaquén)
   https://empleossabana.example.co/oferta/190263

Consejo de la semana: si te citan a entrevista virtual, prueba tu conexión 15 minutos
antes. Y si no te seleccionan, ¡no te desanimes! Pide retroalimentación.

Empleos Sabana S.A.S. · Bogotá
Para dejar de recibir estas alertas: https://empleossabana.example.co/baja?id=rqa204
""",
        charset="windows-1252", cte="quoted-printable",
        headers=[("List-Id", "Alertas Empleos Sabana <alertas.empleossabana.example.co>"),
                 ("List-Unsubscribe", "<https://empleossabana.example.co/baja?id=rqa204>"),
                 BULK, AUTO],
    ),
    dict(
        kind="other", slug="lanave_coworking_mock_interviews",
        lang="es", company="", contact="",
        frm=("La Nave Coworking", "comunidad@lanave.example.es"),
        subject="Este jueves en La Nave: simulacro de entrevistas y networking",
        date="2026-09-03 11:00 +0200",
        text="""\
¡Hola, comunidad!

Este jueves 10 de septiembre a las 18:30 organizamos en la sala grande un simulacro de
entrevistas de trabajo con tres responsables de selección de empresas tecnológicas de
Madrid. Podrás practicar una entrevista de 15 minutos y recibir feedback al momento.

Después, networking con vermú y aceitunas en la terraza.

Plazas limitadas, apúntate aquí: https://lanave.example.es/eventos/simulacro-entrevistas

Y recuerda: si tu candidatura no salió adelante este mes, no estás solo. En la charla
hablaremos de cómo encajar un "no" y seguir.

Un abrazo,
El equipo de La Nave
Calle de Valencia 12, 28012 Madrid
""",
        html=simple_html("""\
¡Hola, comunidad!

Este jueves 10 de septiembre a las 18:30 organizamos en la sala grande un simulacro de
entrevistas de trabajo con tres responsables de selección de empresas tecnológicas de
Madrid. Podrás practicar una entrevista de 15 minutos y recibir feedback al momento.

Después, networking con vermú y aceitunas en la terraza.

Y recuerda: si tu candidatura no salió adelante este mes, no estás solo. En la charla
hablaremos de cómo encajar un "no" y seguir.

Un abrazo,
El equipo de La Nave""", "es"),
        headers=[("List-Id", "Comunidad La Nave <comunidad.lanave.example.es>"),
                 ("List-Unsubscribe", "<mailto:baja@lanave.example.es>"), BULK],
    ),
    dict(
        kind="other", slug="jobharbor_weekly_alert",
        lang="en", company="", contact="",
        frm=("JobHarbor", "alerts@jobharbor.example.com"),
        subject="New jobs for \"customer success spanish austin\" – 3 matches",
        date="2026-04-27 06:00 -0500",
        text=digest_text(JH_INTRO, JH_ITEMS, JH_FOOTER),
        html=digest_html("en", "JobHarbor", JH_INTRO, JH_ITEMS, JH_FOOTER),
        headers=[("List-Id", "JobHarbor Alerts <alerts.jobharbor.example.com>"),
                 ("List-Unsubscribe", "<https://jobharbor.example.com/alerts?u=rqa204>, "
                                      "<mailto:unsubscribe@jobharbor.example.com>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), BULK, AUTO],
        cte="base64",
    ),
    dict(
        kind="other", slug="cs_ladder_newsletter",
        lang="en", company="", contact="",
        frm=("The CS Ladder", "hello@csladder.example.com"),
        subject="The CS Ladder #52: the interview question that sinks career-changers",
        date="2026-05-14 07:30 -0500",
        text="""\
THE CS LADDER · Issue #52

This week: "Why customer success?"

It's the first question in almost every customer success interview, and it's the one
career-changers answer worst. "I like helping people" gets you a polite "we've decided to
move forward with other candidates". What works is a story: a specific customer, a
specific problem, and what you did about it.

Also this week:
- Reader question: "I was offered a role, then the company put it on hold. Is that a
  rejection?" (Short answer: treat it as one, but keep the door open.)
- Template: asking to reschedule an interview without sounding flaky
- 9 open CS roles at companies hiring career-changers

Read online: https://csladder.example.com/52

You're getting this because you subscribed at csladder.example.com.
Unsubscribe: https://csladder.example.com/unsubscribe?e=rqa204
""",
        html=simple_html("""\
THE CS LADDER · Issue #52

This week: "Why customer success?"

It's the first question in almost every customer success interview, and it's the one
career-changers answer worst. "I like helping people" gets you a polite "we've decided to
move forward with other candidates". What works is a story: a specific customer, a
specific problem, and what you did about it.

Also this week:
- Reader question: "I was offered a role, then the company put it on hold. Is that a
  rejection?" (Short answer: treat it as one, but keep the door open.)
- Template: asking to reschedule an interview without sounding flaky
- 9 open CS roles at companies hiring career-changers

You're getting this because you subscribed at csladder.example.com.""", "en"),
        headers=[("List-Id", "The CS Ladder <news.csladder.example.com>"),
                 ("List-Unsubscribe", "<https://csladder.example.com/unsubscribe?e=rqa204>"),
                 BULK],
    ),
    dict(
        kind="other", slug="linkbridge_recruiter_viewed",
        lang="en", company="", contact="",
        frm=("Linkbridge", "notifications-noreply@linkbridge.example.com"),
        subject="A recruiter viewed your profile, Rodrigo",
        date="2026-06-09 12:05 -0500",
        html=html_doc(paras("""\
Rodrigo, a recruiter at a staffing firm in Austin viewed your profile.

You also appeared in 22 searches this week, including searches for "bilingual customer
success" and "guest experience".

See who's looking: https://linkbridge.example.com/me/profile-views

Open to work? Let recruiters know you're available for interviews and new positions.

This email was intended for Rodrigo Abernethy-Quispe. Unsubscribe:
https://linkbridge.example.com/settings/email"""), "en", "Linkbridge"),
        headers=[AUTO, ("List-Unsubscribe", "<https://linkbridge.example.com/settings/email>")],
    ),
    dict(
        kind="other", slug="emplois_plateau_alerte",
        lang="fr", company="", contact="",
        frm=("Emplois Plateau", "alertes@emploisplateau.example.ca"),
        subject="Vos nouvelles offres : « réussite client Montréal »",
        date="2026-09-08 07:15 -0400",
        text=digest_text(EP_INTRO, EP_ITEMS, EP_FOOTER),
        html=digest_html("fr", "Emplois Plateau", EP_INTRO, EP_ITEMS, EP_FOOTER),
        headers=[("List-Id", "Alertes Emplois Plateau <alertes.emploisplateau.example.ca>"),
                 ("List-Unsubscribe", "<https://emploisplateau.example.ca/alertes/desabonner"
                                      "?u=rqa204>"), BULK, AUTO],
        subj_enc="B", subj_cs="utf-8",
    ),
    dict(
        kind="other", slug="carnet_rh_entrevue_erreurs",
        lang="fr", company="", contact="",
        frm=("Le Carnet RH", "infolettre@carnetrh.example.ca"),
        subject="7 erreurs à éviter en entrevue (et quoi faire après un refus)",
        date="2026-07-30 08:00 -0400",
        html=html_doc("<div style=\"max-width:600px;font-family:Arial\">\n<h2>Le Carnet RH"
                      "</h2>\n" + paras("""\
Cette semaine dans l'infolettre : les sept erreurs les plus fréquentes en entrevue
d'embauche, selon nos lecteurs recruteurs.

1. Arriver sans connaître le produit de l'entreprise.
2. Parler de son ancien patron en mal.
3. Ne poser aucune question à la fin.

Et si vous avez reçu un refus ? Répondez poliment, demandez une rétroaction précise et
restez en contact : plusieurs employeurs rappellent leurs finalistes quand un nouveau
poste s'ouvre.

Lire la suite : https://carnetrh.example.ca/entrevue-7-erreurs

Vous recevez cette infolettre parce que vous y êtes abonné.
Se désabonner : https://carnetrh.example.ca/desabonnement""") + "\n</div>", "fr",
            "Le Carnet RH"),
        headers=[("List-Id", "Infolettre Carnet RH <infolettre.carnetrh.example.ca>"),
                 ("List-Unsubscribe", "<https://carnetrh.example.ca/desabonnement>"), BULK],
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="other", slug="stellenfuchs_suchauftrag",
        lang="de", company="", contact="",
        frm=("Stellenfuchs", "suchauftrag@stellenfuchs.example.de"),
        subject="3 neue Jobs für Ihren Suchauftrag „Customer Success Berlin\"",
        date="2026-08-19 06:30 +0200",
        text=digest_text(SF_INTRO, SF_ITEMS, SF_FOOTER),
        html=digest_html("de", "Stellenfuchs", SF_INTRO, SF_ITEMS, SF_FOOTER),
        headers=[("List-Id", "Stellenfuchs Suchauftrag <suchauftrag.stellenfuchs.example.de>"),
                 ("List-Unsubscribe", "<https://stellenfuchs.example.de/suchauftrag/abmelden"
                                      "?u=rqa204>"),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), BULK, AUTO],
        subj_enc="Q", subj_cs="windows-1252",
    ),
]

# ====================================================== interviews and positions in other senses

MESSAGES += [
    dict(
        kind="other", slug="podcast_cambio_de_giro_request",
        lang="es", company="", contact="inaki@cambiodegiro.example.mx",
        frm=("Iñaki Salcedo", "inaki@cambiodegiro.example.mx"),
        subject="Invitación al podcast Cambio de Giro 🎙️",
        date="2026-06-26 12:30 -0600",
        text="""\
Hola Rodrigo:

Soy Iñaki, conductor de Cambio de Giro, un podcast sobre personas que se reinventan
profesionalmente. Leí tu publicación en Vinculados sobre cómo pasar de mesero a Customer
Success y me encantaría entrevistarte para un episodio.

La grabación es por videollamada y dura unos 50 minutos; la entrevista es relajada, sin
preguntas trampa. Tenemos espacios el martes 7 o el jueves 9 de julio por la tarde.

No hay pago de por medio, pero te compartimos el episodio editado para tu portafolio.
¿Te animas?

Iñaki Salcedo
Cambio de Giro · podcast
https://cambiodegiro.example.mx
""",
        name_enc="B",
    ),
    dict(
        kind="other", slug="cuenta_nopal_user_research",
        lang="es", company="", contact="sofia.landa@cuentanopal.example.mx",
        frm=("Investigación de Usuarios – Cuenta Nopal", "research@cuentanopal.example.mx"),
        reply_to=("Sofía Landa", "sofia.landa@cuentanopal.example.mx"),
        subject="¿Nos regalas 30 minutos? Entrevista sobre tu experiencia con la app",
        date="2026-07-08 10:00 -0600",
        text="""\
Hola Rodrigo:

Somos el equipo de Diseño de Cuenta Nopal. Estamos rediseñando la sección de
transferencias y queremos escuchar a personas que usan la app todos los días.

Te invitamos a una entrevista de investigación de 30 minutos por videollamada. No hay
respuestas correctas ni incorrectas: solo queremos entender cómo usas la app. Como
agradecimiento, te abonamos $500 MXN a tu cuenta.

Si te interesa, elige un horario aquí: https://cuentanopal.example.mx/research/agenda

Cualquier duda, responde a este correo y te contesta Sofía Landa, investigadora UX.

Gracias,
Equipo de Diseño · Cuenta Nopal
""",
        html=simple_html("""\
Hola Rodrigo:

Somos el equipo de Diseño de Cuenta Nopal. Estamos rediseñando la sección de
transferencias y queremos escuchar a personas que usan la app todos los días.

Te invitamos a una entrevista de investigación de 30 minutos por videollamada. No hay
respuestas correctas ni incorrectas: solo queremos entender cómo usas la app. Como
agradecimiento, te abonamos $500 MXN a tu cuenta.

Cualquier duda, responde a este correo y te contesta Sofía Landa, investigadora UX.

Gracias,
Equipo de Diseño · Cuenta Nopal""", "es"),
    ),
    dict(
        kind="other", slug="torontoledger_press_interview",
        lang="en", company="", contact="m.osei@torontoledger.example.ca",
        frm=("Michael Osei", "m.osei@torontoledger.example.ca"),
        subject="Interview request – hospitality workers moving into tech",
        date="2026-08-06 14:20 -0400",
        text="""\
Hi Rodrigo,

I'm a reporter with the Toronto Ledger working on a feature about hospitality workers who
are moving into tech jobs, especially customer success. A recruiter I spoke with
mentioned that you've been applying to Canadian software companies from Guadalajara.

Would you be open to a 20-minute phone interview next week? I'd like to hear what the
job search has been like: the applications, the interviews, the rejections and what has
worked. You can stay anonymous if you prefer.

Thanks for considering it,
Michael Osei
Business Reporter, Toronto Ledger
416-555-0177
""",
    ),
    dict(
        kind="other", slug="tallyho_user_research",
        lang="en", company="", contact="nora.quinn@tallyho.example.com",
        frm=("Nora at Tallyho", "nora.quinn@tallyho.example.com"),
        subject="Interview with our product team? ($50 gift card)",
        date="2026-09-17 13:00 -0500",
        text="""\
Hi Rodrigo,

I'm Nora, a product researcher at Tallyho Budget. You've been using Tallyho for over a
year, and we'd love to learn how you track tips and irregular income.

Would you join a 45-minute video interview with our product team? As a thank-you, we'll
send you a $50 gift card. Pick a time that suits you: https://tallyho.example.com/research

This is a research session only, not a sales call, and your answers stay anonymous.

Thanks!
Nora Quinn
Product Research, Tallyho Budget
""",
        html=simple_html("""\
Hi Rodrigo,

I'm Nora, a product researcher at Tallyho Budget. You've been using Tallyho for over a
year, and we'd love to learn how you track tips and irregular income.

Would you join a 45-minute video interview with our product team? As a thank-you, we'll
send you a $50 gift card.

This is a research session only, not a sales call, and your answers stay anonymous.

Thanks!
Nora Quinn
Product Research, Tallyho Budget""", "en"),
    ),
    dict(
        kind="other", slug="instituto_anglo_placement_interview",
        lang="es", company="", contact="",
        frm=("Instituto Angloamericano de Guadalajara", "no-reply@angloamericano.example.mx"),
        subject="Tu entrevista oral de colocación – sábado 10 de enero",
        date="2026-01-08 16:20 -0600",
        text="""\
Estimado alumno:

Te recordamos que tu entrevista oral de colocación para el curso de Inglés para Negocios
(nivel C1) es el sábado 10 de enero a las 9:00 en el plantel Providencia, salón 4.

La entrevista dura 15 minutos y sirve para confirmar tu nivel; no necesitas estudiar.
Si no puedes asistir, puedes reprogramarla en el portal de alumnos hasta el viernes a
las 14:00.

Instituto Angloamericano de Guadalajara
Control Escolar · Av. Providencia 2577
Este correo se envía automáticamente; no lo respondas.
""",
        headers=[AUTO],
    ),
    dict(
        kind="other", slug="banco_cerro_alto_cita_sucursal",
        lang="es", company="", contact="",
        frm=("Banco Cerro Alto", "avisos-noreply@bancocerroalto.example.mx"),
        subject="Confirmación de tu cita en sucursal",
        date="2026-01-28 12:45 -0600",
        html=html_doc(paras("""\
Hola, Rodrigo:

Tu cita quedó agendada.

Motivo: entrevista con tu ejecutivo para tu solicitud de crédito personal
Sucursal: Chapultepec, Av. Chapultepec Sur 120, Guadalajara
Fecha: lunes 9 de febrero de 2026, 10:30 h
Tu posición en la fila virtual se asignará al llegar.

Lleva identificación oficial, comprobante de domicilio y tus últimos tres recibos de
nómina o estados de cuenta. Si necesitas cancelar o cambiar la fecha, hazlo desde la
app.

Banco Cerro Alto nunca te pedirá contraseñas por correo."""), "es", "Banco Cerro Alto"),
        cte="base64", headers=[AUTO],
    ),
    dict(
        kind="other", slug="clinica_recordatorio_cita",
        lang="es", company="", contact="",
        frm=("Clínica San Javier del Valle", "recordatorios@clinicasanjavier.example.mx"),
        subject="Recordatorio: cita con Dr. Humberto Lara – viernes 5 de junio",
        date="2026-06-03 08:00 -0600",
        text="""\
Estimado paciente Rodrigo Abernethy-Quispe:

Le recordamos su cita:

Médico: Dr. Humberto Lara Zepeda – Ortopedia
Fecha: viernes 5 de junio de 2026, 17:40 h
Consultorio 312, Torre Médica San Javier, Av. Pablo Neruda 3155

Si no puede asistir, le pedimos cancelar o reagendar con al menos 24 horas de
anticipación llamando al 33 3648 5500. Las citas no canceladas generan cargo.

Favor de llegar 15 minutos antes con sus estudios de rayos X.

Este mensaje es automático, no lo responda.
""",
        charset="windows-1252", cte="quoted-printable", headers=[AUTO],
    ),
    dict(
        kind="other", slug="landlord_guadalajara_visit",
        lang="es", company="", contact="ernesto.villalobos@correo.example.mx",
        frm=("Ernesto Villalobos", "ernesto.villalobos@correo.example.mx"),
        subject="Departamento Av. México – visitas y aviso",
        date="2026-08-03 20:10 -0600",
        text="""\
Buenas noches Rodrigo:

Como me avisaste que a lo mejor te mudas en el otoño, ya empecé a buscar quién rente el
departamento. El sábado 8 tengo entrevista con dos posibles inquilinos y me gustaría
enseñarles el depa entre las 11 y las 12. ¿Me das chance de pasar con ellos?

También aprovecho para revisar la posición del tinaco, que el vecino dice que gotea.

Sin presión con la fecha de salida; solo avísame con un mes de anticipación como dice
el contrato.

Saludos,
Ernesto Villalobos
""",
        cte="8bit",
    ),
    dict(
        kind="other", slug="landlord_montreal_tenant_interview",
        lang="en", company="", contact="s.haddad@correo.example.ca",
        frm=("Sami Haddad", "s.haddad@correo.example.ca"),
        subject="Re: 4½ on rue Saint-Hubert – viewing and tenant interview",
        date="2026-10-12 19:30 -0400",
        text="""\
Hi Rodrigo,

Thanks for your interest in the apartment. Since you're still in Guadalajara, I'm happy
to do the viewing by video call this Thursday at 7 pm Montreal time; I'll walk you
through every room.

Before I can offer you the lease, I do a short tenant interview with every applicant (15
minutes, just to get to know you) and I'll need a copy of your job offer letter and a
reference from your current landlord.

The unit is available November 1st, which should fit your start date.

Best,
Sami Haddad
""",
    ),
    dict(
        kind="other", slug="caisse_rendezvous_conseiller",
        lang="fr", company="", contact="",
        frm=("Caisse populaire du Mile-End", "rendezvous-noreply@caissemileend.example.ca"),
        subject="Confirmation de votre rendez-vous avec votre conseiller",
        date="2026-10-09 10:15 -0400",
        text="""\
Bonjour Rodrigo Abernethy-Quispe,

Votre rendez-vous est confirmé.

Objet : ouverture de compte – programme Nouveaux arrivants
Date : mardi 3 novembre 2026, 13 h 30
Lieu : 5350, boulevard Saint-Laurent, Montréal
Conseiller : Olivier Paquette

Apportez votre passeport, votre permis de travail et une preuve d'adresse au Québec.
Pour annuler ou déplacer votre rendez-vous, utilisez le lien reçu par texto.

Ce courriel est envoyé automatiquement. Merci de ne pas y répondre.
""",
        charset="windows-1252", cte="8bit", headers=[AUTO],
    ),
    dict(
        kind="other", slug="restaurant_rol_de_turnos",
        lang="es", company="", contact="beto.huerta@cantinadonachole.example.mx",
        frm=("Beto Huerta", "beto.huerta@cantinadonachole.example.mx"),
        to=[CAND, ("Meseros Doña Chole", "meseros@cantinadonachole.example.mx")],
        subject="Rol de turnos semana 2 y posiciones",
        date="2026-01-05 23:15 -0600",
        text="""\
Equipo:

Va el rol de la semana del 12 al 18 de enero.

Rodrigo – capitán de piso, posición terraza, lunes a jueves de 14:00 a 23:00; sábado
doble.
Karen – posición barra, martes a sábado.
Luis y Paty – salón principal.

El miércoles a las 12:00 tengo entrevista con dos meseros nuevos; Rodrigo, te encargo
que les enseñes el sistema de comandas si se quedan.

Cualquier cambio de turno, pídanlo por el grupo antes del domingo.

Beto
Gerente · La Cantina de Doña Chole
""",
    ),
]

# ===================================================== parcels, GPS, friends, refused places

MESSAGES += [
    dict(
        kind="other", slug="paqueteria_relampago_retraso",
        lang="es", company="", contact="",
        frm=("Paquetería Relámpago", "no-reply@relampago.example.mx"),
        subject="Lamentablemente tu paquete viene con retraso",
        date="2026-03-04 09:25 -0600",
        text="""\
Hola Rodrigo:

Lamentablemente, tu paquete RLM-4471-0982-MX no podrá entregarse en la fecha estimada
por un retraso en el centro de distribución de Tlaquepaque.

Nueva fecha estimada de entrega: viernes 6 de marzo
Posición actual del envío: en tránsito, Centro de Distribución Tlaquepaque

No tienes que hacer nada. Te avisaremos cuando salga a ruta.

Rastrea tu envío: https://relampago.example.mx/rastreo/RLM44710982MX
""",
        html=simple_html("""\
Hola Rodrigo:

Lamentablemente, tu paquete RLM-4471-0982-MX no podrá entregarse en la fecha estimada
por un retraso en el centro de distribución de Tlaquepaque.

Nueva fecha estimada de entrega: viernes 6 de marzo
Posición actual del envío: en tránsito, Centro de Distribución Tlaquepaque

No tienes que hacer nada. Te avisaremos cuando salga a ruta.""", "es"),
        headers=[AUTO],
    ),
    dict(
        kind="other", slug="parcelpoint_delayed",
        lang="en", company="", contact="",
        frm=("ParcelPoint", "tracking@notify.parcelpoint.example.com"),
        subject="Unfortunately, your package is delayed",
        date="2026-07-15 07:40 -0500",
        text="""\
Hi Rodrigo,

Unfortunately, your package (tracking number PP9920417734US) is running late because of
a weather delay at our Dallas hub.

New estimated delivery: Monday, July 20
Current position: Dallas, TX sorting facility

We're sorry for the inconvenience. No action is needed from you.

Track your package: https://parcelpoint.example.com/track/PP9920417734US
""",
        headers=[AUTO], cte="7bit",
    ),
    dict(
        kind="other", slug="paketblitz_verzoegerung",
        lang="de", company="", contact="",
        frm=("Paketblitz", "benachrichtigung@paketblitz.example.de"),
        subject="Leider verzögert sich die Zustellung Ihrer Sendung",
        date="2026-10-16 08:20 +0200",
        text="""\
Guten Tag Rodrigo Abernethy-Quispe,

leider verzögert sich die Zustellung Ihrer internationalen Sendung 00340 4471 2298 1.
Die Sendung befindet sich derzeit in der Zollabfertigung in Frankfurt am Main.

Neuer voraussichtlicher Zustelltag: Mittwoch, 21. Oktober 2026
Aktuelle Position: Internationales Paketzentrum Frankfurt

Sie müssen nichts weiter tun. Wir informieren Sie, sobald die Sendung unterwegs ist.

Ihr Paketblitz-Team
Diese Nachricht wurde automatisch erstellt.
""",
        html=simple_html("""\
Guten Tag Rodrigo Abernethy-Quispe,

leider verzögert sich die Zustellung Ihrer internationalen Sendung 00340 4471 2298 1.
Die Sendung befindet sich derzeit in der Zollabfertigung in Frankfurt am Main.

Neuer voraussichtlicher Zustelltag: Mittwoch, 21. Oktober 2026
Aktuelle Position: Internationales Paketzentrum Frankfurt

Ihr Paketblitz-Team""", "de"),
        headers=[AUTO], cte="base64",
    ),
    dict(
        kind="other", slug="rastreo_moto_gps_posicion",
        lang="es", company="", contact="",
        frm=("RastreoMoto GPS", "alertas@rastreomoto.example.mx"),
        subject="Alerta de posición: tu moto salió de la geocerca \"Casa\"",
        date="2026-05-15 23:48 -0600",
        text="""\
Alerta de posición

Vehículo: Italika FT150 · Placas 4GHT-29
Evento: salida de geocerca "Casa"
Hora: 15/05/2026 23:47
Posición GPS: 20.6736, -103.3870 (Av. de la Paz y Av. Chapultepec, Guadalajara)
Velocidad: 32 km/h

Si no reconoces este movimiento, bloquea el encendido desde la app.
Ver en el mapa: https://rastreomoto.example.mx/mapa?v=4GHT29
""",
        headers=[AUTO], cte="quoted-printable",
    ),
    dict(
        kind="other", slug="friend_own_rejection",
        lang="es", company="", contact=MEMO[1],
        frm=MEMO,
        subject="pues no quedé 😩",
        date="2026-04-10 22:30 -0600",
        text="""\
Rodri,

Ya me contestaron de la cervecera: no quedé. Tres entrevistas, el examen de Excel y la
visita a la planta, y al final me mandaron un correo de dos renglones diciendo que "la
posición se cubrió con un candidato que se ajusta mejor al perfil". Ni una llamada.

Ando agüitado pero bueno, sigo con lo de la agencia aduanal que me recomendaste.

¿Y tú cómo vas con lo de Tianguis? Cuéntame el sábado en la carne asada.

Memo
""",
        name_enc="Q",
    ),
    dict(
        kind="other", slug="friend_forwards_vacancy",
        lang="es", company="", contact="karla.sepulveda@correo.example.mx",
        frm=("Karla Sepúlveda", "karla.sepulveda@correo.example.mx"),
        subject="Fwd: Vacante Customer Success – mira esto!!",
        date="2026-08-24 13:05 -0600",
        text="""\
Rodri!! En mi chamba abrieron esta vacante y me acordé de ti luego luego. Yo no tengo
nada que ver con el proceso, pero si te late te paso el contacto de la de RH.

""" + forward_block("es", "Comunicación Interna <comunicacion@plataformaagil.example.mx>",
                    "2026-08-24 10:00 -0600", "Todo el personal <todos@plataformaagil.example.mx>",
                    "Vacante Customer Success – refiere y gana") + """
¡Equipo! Abrimos la posición de Customer Success Specialist para la cuenta de
restaurantes. Buscamos a alguien con experiencia en servicio y ganas de aprender
software. Si refieres a alguien y pasa el periodo de prueba, te llevas un bono de
$5,000.

Las entrevistas empiezan la primera semana de septiembre.
""",
        name_enc="B",
    ),
    dict(
        kind="other", slug="utp_diplomado_no_admitido",
        lang="es", company="", contact="",
        frm=("Universidad Tapatía del Poniente - Admisiones", "admisiones@utp.example.mx"),
        subject="Resultado de tu solicitud - Diplomado en Customer Success Management",
        date="2026-07-17 13:00 -0600",
        text="""\
Estimado Rodrigo Abernethy-Quispe:

Agradecemos tu interés en el Diplomado en Customer Success Management, generación
2026-B.

Lamentamos informarte que en esta ocasión no fuiste admitido. La demanda superó el cupo
de 30 lugares y el comité académico dio prioridad a aspirantes con experiencia previa en
empresas de software.

Te invitamos a solicitar tu ingreso a la generación 2027-A, cuya convocatoria abre en
noviembre, o a cursar el Taller de Fundamentos de Atención al Cliente, que no requiere
proceso de selección.

Atentamente,
Coordinación de Educación Continua
Universidad Tapatía del Poniente
""",
        html=simple_html("""\
Estimado Rodrigo Abernethy-Quispe:

Agradecemos tu interés en el Diplomado en Customer Success Management, generación
2026-B.

Lamentamos informarte que en esta ocasión no fuiste admitido. La demanda superó el cupo
de 30 lugares y el comité académico dio prioridad a aspirantes con experiencia previa en
empresas de software.

Te invitamos a solicitar tu ingreso a la generación 2027-A, cuya convocatoria abre en
noviembre.

Atentamente,
Coordinación de Educación Continua
Universidad Tapatía del Poniente""", "es"),
        subj_enc="Q", subj_cs="iso-8859-1", name_enc="Q", name_cs="iso-8859-1",
    ),
    dict(
        kind="other", slug="lakeshore_certificate_refused",
        lang="en", company="", contact="",
        frm=("Lakeshore Polytechnic Admissions", "admissions@lakeshorepoly.example.ca"),
        subject="Your application to the Customer Experience Management certificate",
        date="2026-06-12 15:30 -0400",
        text="""\
Dear Rodrigo Abernethy-Quispe,

Thank you for applying to the Customer Experience Management graduate certificate
(Fall 2026 intake).

After reviewing your application, we regret that we are unable to offer you a place in
the program. Competition for the Fall intake was very strong, and priority was given to
applicants who already hold a Canadian study permit.

You are welcome to reapply for the Winter 2027 intake. Our online, part-time version of
the program has open spots and does not require a study permit.

Sincerely,
Office of the Registrar, Admissions
Lakeshore Polytechnic, Toronto
""",
        headers=[AUTO],
    ),
    dict(
        kind="other", slug="cegep_admission_refusee",
        lang="fr", company="", contact="",
        frm=("Cégep du Vieux-Port – Admission", "admission@cegepvieuxport.example.ca"),
        subject="Décision concernant votre demande d'admission",
        date="2026-05-28 11:00 -0400",
        text="""\
Monsieur,

Nous avons terminé l'analyse de votre demande d'admission à l'attestation d'études
collégiales (AEC) Service à la clientèle et communication bilingue, session d'automne
2026.

Nous regrettons de vous informer que nous ne pouvons donner une suite favorable à votre
demande : le nombre de places étant limité, la priorité a été accordée aux personnes
résidant déjà au Québec.

Vous pourrez présenter une nouvelle demande pour la session d'hiver 2027.

Veuillez agréer, Monsieur, nos salutations distinguées.

Le Service de l'admission
Cégep du Vieux-Port
""",
        html=simple_html("""\
Monsieur,

Nous avons terminé l'analyse de votre demande d'admission à l'attestation d'études
collégiales (AEC) Service à la clientèle et communication bilingue, session d'automne
2026.

Nous regrettons de vous informer que nous ne pouvons donner une suite favorable à votre
demande : le nombre de places étant limité, la priorité a été accordée aux personnes
résidant déjà au Québec.

Le Service de l'admission
Cégep du Vieux-Port""", "fr"),
        charset="iso-8859-1", cte="quoted-printable", html_cte="base64",
        subj_enc="Q", subj_cs="iso-8859-1", name_enc="B",
    ),
]
