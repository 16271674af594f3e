"""Rejections of the hundred-twenty-ninth corpus, written one by one."""
# ruff: noqa: C408  (each message is a dict(...) call written by hand: keyword syntax reads best)

from __future__ import annotations

from msgs129_common import ats, button, outlook, paras

SPECS: list[dict] = []
add = SPECS.append

# 1 -- a Workday soft rejection, HTML only, no reply address.
add(dict(
    scen="workday_soft", kind="rejection", company="GAM", contact="", lang="es",
    frm=("GAM Talent Acquisition", "gam@myworkday.com"),
    subject="Actualización sobre tu candidatura – Técnico/a de Calidad (R-10482)",
    date="2026-03-10 17:02 +0100", cte="quoted-printable",
    html=ats(
        """<p style="margin:0 0 14px 0;">Hola Ingrid,</p>
<p style="margin:0 0 14px 0;">Gracias por tu interés en formar parte de GAM y por el tiempo que has dedicado al proceso de <strong>Técnico/a de Calidad – Planta de Zona Franca (R-10482)</strong>.</p>
<p style="margin:0 0 14px 0;">Tras revisar con detenimiento todas las candidaturas, hemos decidido seguir adelante con otras personas cuyo perfil se ajusta más a los requisitos de esta posición en este momento.</p>
<p style="margin:0 0 14px 0;">Sabemos que no es la respuesta que esperabas. Tus datos seguirán en nuestro portal de empleo y te animamos a consultar nuevas vacantes y a crear alertas para no perderte ninguna.</p>
<p style="margin:0 0 14px 0;"><a href="https://gam.wd3.myworkday.com/gam_careers/login?redirect=%2Fjobs" style="color:#c8102e;">Acceder a mi perfil de candidato</a></p>
<p style="margin:0;">Un saludo cordial,<br>Equipo de Talento de GAM</p>""",
        logo="https://gam.wd3.myworkday.com/gam_careers/assets/logo/gam-logo-red.png",
        alt="GAM – Grupo Alimentario Mediterráneo",
        footer="""Grupo Alimentario Mediterráneo, S.A. · Carrer de la Marina 212, 08013 Barcelona<br>
Este mensaje se ha enviado desde una dirección que no admite respuestas. Consulta nuestra <a href="https://www.gam.example.es/privacidad" style="color:#8a8a8a;">política de privacidad</a>.<br>
Powered by Workday""",
        tracker="https://gam.wd3.myworkday.com/email/open/4f1c9a7e2b.gif", accent="#c8102e"),
))

# 2 -- a speculative application turned down by a family bakery; quoted Gmail chain.
add(dict(
    scen="speculative_family_bakery", kind="rejection", company="Panaderías Urkiola",
    contact="miren@urkiola.example.es", lang="es",
    frm=("Miren Urkiola", "miren@urkiola.example.es"),
    subject="Re: Candidatura espontánea - Técnica de calidad",
    date="2026-02-06 13:47 +0100", charset="iso-8859-1", cte="8bit", hcs="iso-8859-1",
    irt="<CAK3spq0wz7Hh1cQ@mail.example.no>",
    text="""Buenos días Ingrid:

Muchas gracias por acordarte de nosotros y por la carta, se nota que te has informado sobre el obrador.

Te soy sincera: somos una empresa pequeña, catorce personas entre obrador y tiendas, y la parte de calidad la llevamos mi hermano Aitor y yo con el apoyo de una asesoría externa. Ahora mismo no tenemos ninguna vacante de ese tipo ni está previsto abrirla este año, así que no podemos seguir adelante con tu candidatura.

Me quedo con tu currículum por si algún día cambia la cosa, pero no quiero darte falsas esperanzas.

Mucha suerte con la búsqueda, seguro que encuentras algo pronto.

Un saludo,

Miren Urkiola
Panaderías Urkiola
Txurdinaga, Bilbao · 944 000 318

El mar, 3 feb 2026 a las 9:15, Ingrid Solheim-Castro (<ingrid.sc@example.no>) escribió:
> Buenos días,
>
> Me llamo Ingrid Solheim-Castro y soy técnica de laboratorio con seis años de
> experiencia en análisis microbiológico. Estoy orientando mi carrera hacia la
> calidad en la industria alimentaria y me gustaría mucho formar parte de un
> obrador como el suyo.
>
> Adjunto mi currículum y quedo a su disposición para una entrevista cuando les
> venga bien.
>
> Un saludo,
> Ingrid
""",
))

# 3 -- a one-line rejection typed on a phone.
add(dict(
    scen="terse_iphone", kind="rejection", company="Cervezas Nervión",
    contact="iker.goikoetxea@cervezasnervion.example.es", lang="es",
    frm=("Iker Goikoetxea", "iker.goikoetxea@cervezasnervion.example.es"),
    subject="Re: Técnico de calidad - Cervezas Nervión",
    date="2026-03-19 20:31 +0100", cte="8bit",
    irt="<3B7E2F11-9A4D-4C7E-8D61-2A0F5C9E1D44@example.no>",
    text="""Hola Ingrid, al final nos quedamos con otra persona. Gracias por venir y mucha suerte!

Enviado desde mi iPhone
""",
))

# 4 -- the role is put on hold: an Ashby message a recruiter signs, replies go to her.
_nb_text = """Hola Ingrid,

Te escribo con una noticia que no es la que nos habría gustado darte.

Esta semana hemos revisado el plan de contratación del segundo trimestre y hemos decidido congelar la posición de QA Specialist hasta nuevo aviso. Eso significa que no vamos a continuar con el proceso, ni contigo ni con el resto de candidaturas.

Tu entrevista con Marc nos dejó muy buen sabor de boca, de verdad. Si la posición se reabre en otoño, me encantaría volver a escribirte.

Gracias por tu paciencia y por todo el interés.

Un abrazo,
Lucía Ferrán
People & Culture · nutribite
"""
add(dict(
    scen="ashby_role_on_hold", kind="rejection", company="nutribite",
    contact="lucia@nutribite.example.com", lang="es",
    frm=("nutribite via Ashby", "no-reply@ashbyhq.com"),
    reply_to=("Lucía Ferrán", "lucia@nutribite.example.com"),
    subject="Sobre el puesto de QA Specialist",
    date="2026-04-14 10:05 +0000",
    text=_nb_text,
    html=ats(paras(_nb_text), logo="https://app.ashbyhq.com/api/images/org-theme-logo/nutribite.png",
             alt="nutribite", accent="#4bb543", bg="#ffffff",
             footer="""Foodlab Innovations S.L. (nutribite) · Carrer de Pujades 77, 08005 Barcelona<br>
<a href="https://jobs.ashbyhq.com/nutribite/privacy" style="color:#8a8a8a;">Privacidad</a> · Enviado con Ashby""",
             tracker="https://app.ashbyhq.com/t/o/7a1b3c9d0e.png"),
    html_cte="base64",
))

# 5 -- filled by an internal promotion; formal, Outlook from a flour mill, windows-1252.
add(dict(
    scen="filled_internally_formal", kind="rejection", company="Harinera del Ebro",
    contact="plasheras@harebro.example.es", lang="es",
    frm=("Pilar Lasheras Gil", "plasheras@harebro.example.es"),
    subject="Proceso de selección Responsable de Calidad Junior",
    date="2026-04-21 12:18 +0200", charset="windows-1252", cte="quoted-printable", hcs="windows-1252",
    x_mailer="Microsoft Outlook 16.0",
    text="""Estimada Sra. Solheim-Castro:

Le escribo en relación con el proceso de selección para el puesto de Responsable de Calidad Junior en nuestra fábrica de Utebo, en el que usted participó con una entrevista el pasado 31 de marzo.

Queremos informarle de que la vacante ha sido cubierta finalmente mediante promoción interna de una compañera del laboratorio de la propia planta, por lo que el proceso externo queda cerrado.

Le agradecemos sinceramente su disponibilidad, sobre todo después del cambio de fecha de la entrevista, y el interés mostrado por nuestra empresa. Conservaremos su candidatura, con su consentimiento, para futuras necesidades.

Atentamente,

Pilar Lasheras Gil
Departamento de Recursos Humanos
Harinera del Ebro
Ctra. de Logroño, km 9 – 50011 Zaragoza
Tel. 976 000 412

Harinera del Ebro, S.A. – Inscrita en el Registro Mercantil de Zaragoza, Tomo 1.204, Folio 88, Hoja Z-3417.
AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Sus datos se tratan conforme al Reglamento (UE) 2016/679 “RGPD”.
""",
))

# 6 -- a temp agency relays the client's decision (client named).
add(dict(
    scen="ett_client_named", kind="rejection", company="Conservas Moncayo",
    contact="raquel.sanz@flexiplan.example.es", lang="es",
    frm=("Raquel Sanz | Flexiplan ETT", "raquel.sanz@flexiplan.example.es"),
    subject="Conservas Moncayo - proceso cerrado",
    date="2026-05-27 13:02 +0200", cte="8bit",
    text="""Hola Ingrid!!

Te escribo rapidito para contarte que Conservas Moncayo ha cerrado el proceso de Técnico/a de Laboratorio en Tarazona y finalmente se ha decidido por otra candidata que ya había trabajado en conserva vegetal. Me lo han confirmado esta mañana :(

No te desanimes eh!! Tu perfil les gustó y a mí me parece muy bueno, tenemos más procesos de calidad abiertos en Zaragoza y en cuanto encaje alguno te llamo.

Un besote y a por todas!!!

Raquel Sanz
Consultora de Selección
Flexiplan ETT · Oficina Zaragoza Delicias
Av. de Navarra 54 · 976 000 781
""",
))

# 7 -- a search firm closes its own mandate without naming the client; Outlook alternative.
_sel_text = """Hola Ingrid,

Como te comenté por teléfono, esta semana nuestro cliente (una compañía líder del sector lácteo con planta en el Vallès) ha cerrado la terna final del proceso de Quality Specialist.

Han decidido avanzar con dos candidatos que ya han liderado auditorías BRC e IFS como responsables, que era el punto en el que más insistían. Lamento no traer mejores noticias: tu entrevista con nosotros fue muy buena y así se lo trasladé.

Te mantengo en nuestra base para los procesos de calidad que abramos este año, y si quieres revisamos juntos el CV para reforzar la parte de auditorías.

Salutacions,

Jordi Camps | Senior Consultant | Selecta Talent Consulting
T. +34 930 000 512 | Pg. de Gràcia 112, 08008 Barcelona
linkedin.com/company/selecta-talent
"""
add(dict(
    scen="search_firm_unnamed_client", kind="rejection", company="Selecta Talent Consulting",
    contact="jcamps@selectatalent.example.com", lang="es",
    frm=("Jordi Camps", "jcamps@selectatalent.example.com"),
    subject="Proceso Quality Specialist – sector lácteo",
    date="2026-04-09 18:40 +0200", charset="windows-1252", cte="quoted-printable", hcs="windows-1252",
    text=_sel_text, html=outlook(_sel_text),
))

# 8 -- a public research centre's notification: not selected after the interview phase.
add(dict(
    scen="public_centre_resolution", kind="rejection", company="Centro Tecnológico Bizkaia Food", contact="",
    lang="es",
    frm=("Sede electrónica - Centro Tecnológico Bizkaia Food", "sede-noreply@bifood.example.es"),
    to=[(None, "ingrid.sc@example.no")],
    subject="Notificación: resolución definitiva Convocatoria 04/2026 (Técnico/a de Laboratorio)",
    date="2026-06-16 09:00 +0200", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""NOTIFICACIÓN ELECTRÓNICA

Expediente: RRHH-2026-04
Convocatoria: 04/2026 - Técnico/a de Laboratorio de Seguridad Alimentaria (contrato indefinido, Derio)
Interesada: SOLHEIM-CASTRO, INGRID

Se le comunica que con fecha 15 de junio de 2026 se ha publicado en el tablón de anuncios de la sede electrónica la resolución definitiva del proceso selectivo de referencia.

Una vez finalizada la fase de entrevista y prueba práctica, su candidatura no ha resultado seleccionada, al no haber alcanzado la puntuación mínima de 30 puntos establecida en la base séptima. La puntuación obtenida ha sido de 27,5 puntos.

Contra la presente resolución, que agota la vía administrativa, podrá interponerse recurso potestativo de reposición en el plazo de un mes a contar desde el día siguiente a su publicación.

Puede consultar el expediente completo en https://sede.bifood.example.es/expedientes/RRHH-2026-04

Centro Tecnológico Bizkaia Food
Parque Científico y Tecnológico de Bizkaia, edificio 609 - 48160 Derio

Este correo se genera automáticamente. No responda a este mensaje.
""",
))

# 9 -- Teamtailor, after the interview; Catalan sign-off; HTML only in base64.
add(dict(
    scen="teamtailor_after_interview", kind="rejection", company="Xocolates Empordà", contact="", lang="es",
    frm=("Xocolates Empordà", "no-reply@teamtailor-mail.com"),
    subject="Tu candidatura en Xocolates Empordà",
    date="2026-04-23 16:44 +0200", cte="base64",
    html=ats(
        """<h2 style="font-family:Georgia,serif;font-weight:normal;color:#4a2c1d;margin:0 0 16px 0;">Hola Ingrid,</h2>
<p>Queríamos agradecerte de corazón las ganas y el tiempo que nos has dedicado durante el proceso para <b>Técnica de Calidad y Seguridad Alimentaria</b>, y sobre todo la conversación con Anna y con Pere en la fábrica de La Bisbal.</p>
<p>Ha sido una decisión difícil, pero hemos decidido no avanzar con tu candidatura y seguir con otra persona que ya conocía el sector del cacao.</p>
<p>Nos encantaría que siguieras cerca de nosotros: puedes unirte a nuestra comunidad de talento y te avisaremos cuando abramos nuevas posiciones.</p>
""" + button("https://xocolatesemporda.teamtailor.com/connect", "Unirme a la comunidad", "#4a2c1d") + """
<p>Salut i xocolata!<br>L'equip de Xocolates Empordà</p>""",
        logo="https://assets.teamtailor-cdn.com/xocolates-emporda/logo-brown.png", alt="Xocolates Empordà",
        footer="""Xocolates Empordà, S.L. · Polígon Les Bòbiles, 17100 La Bisbal d'Empordà<br>
¿No quieres recibir más correos? <a href="https://xocolatesemporda.teamtailor.com/unsubscribe/c7a91f" style="color:#8a8a8a;">Darte de baja</a> · <a href="https://xocolatesemporda.teamtailor.com/privacy" style="color:#8a8a8a;">Política de privacidad</a>""",
        tracker="https://t.teamtailor-mail.com/o/8c61e0d4a5b2.gif", accent="#4a2c1d", bg="#f7f1ea"),
))

# 10 -- SmartRecruiters from a winery; a role mailbox that asks for replies is the contact.
_car_text = """Hola Ingrid:

Gracias por presentarte a la vacante de Analista de Laboratorio - Campaña de vendimia 2026.

Hemos recibido muchísimas candidaturas y, tras valorarlas, lamentamos comunicarte que en esta ocasión no continuarás en el proceso. Buscamos a alguien con experiencia previa en enología y análisis de mostos, y hemos priorizado esos perfiles.

Si tienes cualquier duda, puedes responder a este correo y el equipo de personas te contestará.

Un saludo,
Personas · Bodegas Cariñena Alta
"""
add(dict(
    scen="winery_smartrecruiters", kind="rejection", company="Bodegas Cariñena Alta",
    contact="personas@carinenaalta.example.es", lang="es",
    frm=("Bodegas Cariñena Alta", "noreply@smartrecruiters.com"),
    reply_to=("Personas Bodegas Cariñena Alta", "personas@carinenaalta.example.es"),
    subject="Analista de Laboratorio - Campaña de vendimia 2026",
    date="2026-08-04 11:27 +0200",
    text=_car_text,
    html=ats(paras(_car_text), logo="https://c.smartrecruiters.com/sr-company-logo-prod/carinena-alta.png",
             alt="Bodegas Cariñena Alta", accent="#7b1e3a",
             footer="""Bodegas Cariñena Alta, S.A. · Ctra. de Valencia km 46, 50400 Cariñena (Zaragoza)<br>
Este correo te llega porque te postulaste a una oferta publicada en SmartRecruiters. <a href="https://www.smartrecruiters.com/privacy-policy" style="color:#8a8a8a;">Aviso de privacidad</a>""",
             tracker="https://email.smartrecruiters.com/o/eJx1j0EOgjAQRO.gif"),
))

# 11 -- a rejection above a quoted invitation: the quote must not decide.
add(dict(
    scen="reply_above_quoted_invitation", kind="rejection", company="Biolab Garraf",
    contact="mateo.ribas@biolabgarraf.example.es", lang="es",
    frm=("Mateo Ribas", "mateo.ribas@biolabgarraf.example.es"),
    subject="Re: Seguimiento - Técnica de Laboratorio Microbiología",
    date="2026-04-13 08:52 +0200",
    irt="<CAK3spq7Lm2xQ9Vd@mail.example.no>",
    refs=["<0a1b2c3d.4e5f@biolabgarraf.example.es>", "<CAK3spq7Lm2xQ9Vd@mail.example.no>"],
    text="""Hola Ingrid,

Perdona la tardanza en contestarte, la semana pasada estuvimos con la auditoría de ENAC y no he podido ni mirar el correo.

Lamentablemente el comité ha optado por otra candidata, con más rodaje en técnicas moleculares (PCR en tiempo real), que era lo que más pesaba en esta plaza. Tu entrevista fue muy buena y la parte de microbiología clásica la dominas de sobra.

Te agradezco muchísimo el tiempo y el interés. Si sale algo más cercano a tu perfil te escribo yo directamente.

Un abrazo,
Mateo

--
Mateo Ribas Puig
Responsable de Laboratorio · Biolab Garraf
Vilanova i la Geltrú

El jue, 9 abr 2026 a las 11:02, Ingrid Solheim-Castro (<ingrid.sc@example.no>) escribió:
> Hola Mateo,
>
> Te escribo para saber si hay novedades sobre el proceso. Muchas gracias de
> nuevo por la entrevista del martes pasado.
>
> Un saludo,
> Ingrid
>
> El lun, 23 mar 2026 a las 17:20, Mateo Ribas (<mateo.ribas@biolabgarraf.example.es>) escribió:
>> Hola Ingrid,
>>
>> Te confirmamos la entrevista para el puesto de Técnica de Laboratorio el
>> martes 31 de marzo a las 10:00 en nuestras instalaciones (Rambla de l'Exposició
>> 40, Vilanova). Estaremos Carla, de calidad, y yo. Calcula una hora y media,
>> incluye una visita al laboratorio.
>>
>> Si no te va bien la hora, dímelo y lo cambiamos.
>>
>> Mateo
""",
))

# 12 -- a certification body, Outlook reply above the candidate's thank-you note (windows-1252).
add(dict(
    scen="certification_outlook_chain", kind="rejection", company="ICAL Certificación",
    contact="bmartin@ical-cert.example.es", lang="es",
    frm=("Begoña Martín Ruiz", "bmartin@ical-cert.example.es"),
    subject="RE: Agradecimiento entrevista - Auditora en formación",
    date="2026-07-08 14:11 +0200", charset="windows-1252", cte="8bit", hcs="windows-1252",
    irt="<VI1PR02MB6154D2E8A07C@mail.example.no>",
    x_mailer="Microsoft Outlook 16.0",
    text="""Buenas tardes, Ingrid:

Gracias por su mensaje y por la entrevista del día 2.

Le informamos de que, tras completar las entrevistas, hemos decidido no continuar con su candidatura para el puesto de Auditora en formación (esquemas IFS/BRCGS). El comité ha valorado especialmente la experiencia previa en planta, que en su caso es todavía limitada.

Le deseamos mucho éxito en su carrera profesional.

Saludos cordiales,

Begoña Martín Ruiz
Responsable de Personas
ICAL Certificación
C/ Orense 58, 5º – 28020 Madrid · Delegación Cataluña: C/ Tarragona 161, Barcelona
www.ical-cert.example.es

De: Ingrid Solheim-Castro <ingrid.sc@example.no>
Enviado: jueves, 2 de julio de 2026 18:34
Para: Begoña Martín Ruiz <bmartin@ical-cert.example.es>
Asunto: Agradecimiento entrevista - Auditora en formación

Estimada Begoña:

Muchas gracias por la entrevista de esta mañana. Me quedo con muchas ganas de seguir en el proceso: la parte de auditorías de planta es exactamente lo que busco. Quedo a la espera de la invitación a la segunda fase que comentaron.

Un cordial saludo,
Ingrid Solheim-Castro
""",
))

# 13 -- very formal, usted, ISO-8859-1 quoted-printable, a sausage maker in Girona.
add(dict(
    scen="formal_usted_latin1", kind="rejection", company="Embotits Collell",
    contact="seleccio@collell.example.cat", lang="es",
    frm=("Embotits Collell - Selecció", "seleccio@collell.example.cat"),
    subject="Respuesta a su candidatura - Ref. TQ-02/26",
    date="2026-02-24 10:30 +0100", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""Distinguida Sra. Solheim-Castro:

Acusamos recibo de su candidatura para el puesto de Técnico/a de Calidad (ref. TQ-02/26) en nuestras instalaciones de Sant Joan les Fonts, que agradecemos sinceramente.

Lamentamos comunicarle que, una vez estudiado su historial profesional, no ha sido posible incluirla entre las personas que pasarán a la fase de entrevistas, puesto que el perfil requerido exige un mínimo de tres años de experiencia en industria cárnica.

Quedamos a su disposición para cualquier aclaración que precise en esta misma dirección.

Reciba un cordial saludo,

Departament de Selecció
Embotits Collell
Ctra. d'Olot, s/n · 17857 Sant Joan les Fonts (Girona)
""",
))

# 14 -- a biscuit maker, with typos and missing accents.
add(dict(
    scen="typos_no_accents", kind="rejection", company="Galletas Ferrer & Hijos",
    contact="sferrer@galletasferrer.example.es", lang="es",
    frm=("Sergi Ferrer", "sferrer@galletasferrer.example.es"),
    subject="tu candidatura",
    date="2026-05-12 19:58 +0200", charset="utf-8", cte="7bit",
    text="""hola Ingrid

perdona que no te contestara antes, hemos tenido lio con la linea nueva. Al final la plaza de calidad la va a cubrir una chica que ya estaba de practicas con nosotros asi que no vamos a seguir con el proceso de fuera. Lo siento de veras, me cayo muy bien tu cv y lo de noruega jaja

suerte!!

Sergi Ferrer
Galletas Ferrer & Hijos
Sabadell
""",
))

# 15 -- Personio, a txakoli winery in Bizkaia; HTML only.
add(dict(
    scen="personio_txakoli", kind="rejection", company="Txakoli Gorbeia", contact="", lang="es",
    frm=("Txakoli Gorbeia", "noreply@personio.de"),
    subject="Tu solicitud para Técnico/a de Calidad y Laboratorio",
    date="2026-06-02 08:14 +0200", cte="quoted-printable",
    html=ats(
        """<p>Kaixo Ingrid,</p>
<p>muchas gracias por tu solicitud para el puesto de <b>Técnico/a de Calidad y Laboratorio</b> y por tu interés en Txakoli Gorbeia.</p>
<p>Hemos revisado tu perfil con atención. Lamentablemente, no podemos ofrecerte el puesto en esta ocasión: necesitamos a alguien que hable euskera con fluidez para la relación diaria con los viticultores de la cooperativa.</p>
<p>Guardaremos tus datos durante seis meses por si surge otra oportunidad adecuada, salvo que nos indiques lo contrario.</p>
<p>Ondo izan,<br>Ane Etxeberria<br>Txakoli Gorbeia</p>""",
        logo="https://txakoli-gorbeia.jobs.personio.de/assets/logo.png", alt="Txakoli Gorbeia",
        footer="""Txakoli Gorbeia S.Coop. · Barrio Elexalde 12, 48144 Zeanuri (Bizkaia)<br>
Este correo se ha enviado automáticamente a través de Personio. Por favor, no respondas a este mensaje.""",
        tracker="https://txakoli-gorbeia.jobs.personio.de/track/open/51b2ce.gif", accent="#2e7d32"),
))

# 16 -- long, warm rejection after the final interview, with feedback.
add(dict(
    scen="after_final_interview_feedback", kind="rejection", company="Pastas Oliván",
    contact="elena.olivan@pastasolivan.example.es", lang="es",
    frm=("Elena Oliván", "elena.olivan@pastasolivan.example.es"),
    subject="Proceso Técnico/a de Calidad - nuestra decisión",
    date="2026-05-29 17:36 +0200", cte="quoted-printable",
    text="""Hola Ingrid:

Quería escribirte yo personalmente y no dejarlo en un correo de recursos humanos, porque llegaste hasta la última entrevista y creo que te lo mereces.

Hemos decidido ofrecer el puesto a otra candidata. No ha sido por nada que hicieras mal: la otra persona lleva cuatro años como técnica de APPCC en una planta de pasta fresca y, con la certificación IFS de noviembre encima, necesitamos a alguien que arranque sin curva de aprendizaje.

Te dejo algunas impresiones, por si te sirven:
- La prueba de análisis de causa raíz fue de las mejores que hemos visto. Muy ordenada.
- Te vimos un poco más insegura en la parte de legislación (Reglamento 852/2004, etiquetado de alérgenos). Con un curso corto lo tendrías resuelto.
- Tu castellano es excelente; no lo pongas como punto débil en el CV.

Si en algún momento quieres tomar un café y te oriento sobre empresas del sector en Zaragoza, escríbeme sin problema.

Un abrazo fuerte y mucho ánimo,

Elena Oliván
Directora de Calidad
Pastas Oliván · Polígono Malpica, calle D nº 21 · 50016 Zaragoza
""",
))

# 17 -- a job board relays the employer's "descartada" status; the employer is named.
add(dict(
    scen="job_board_relays_discard", kind="rejection", company="Conservas Arrieta", contact="", lang="es",
    frm=("Trabajalia", "avisos@trabajalia.example.es"),
    subject="Conservas Arrieta ha actualizado el estado de tu candidatura",
    date="2026-03-03 07:45 +0100", cte="quoted-printable",
    html=ats(
        """<p style="font-size:18px;font-weight:bold;margin:0 0 12px 0;">Ingrid, hay novedades en tu proceso</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="border:1px solid #e3e3e3;border-radius:6px;">
<tr><td style="padding:14px;">
<div style="font-size:16px;font-weight:bold;">Técnico/a de Control de Calidad (turno de mañana)</div>
<div style="color:#666;">Conservas Arrieta · Santoña / Bermeo</div>
<div style="margin-top:10px;"><span style="background:#fde8e8;color:#b3261e;padding:3px 8px;border-radius:10px;font-size:13px;">Descartada</span></div>
</td></tr></table>
<p>La empresa ha revisado tu candidatura y ha decidido no continuar contigo en este proceso. ¡No te rindas! Hay <b>38 ofertas nuevas</b> de calidad alimentaria que encajan con tu perfil.</p>
""" + button("https://www.trabajalia.example.es/r/c?u=ofertas-calidad&t=9f2a", "Ver ofertas recomendadas", "#ff6a00"),
        logo="https://static.trabajalia.example.es/img/logo-trabajalia.png", alt="Trabajalia",
        footer="""Recibes este correo porque tienes activados los avisos de estado de candidatura.<br>
<a href="https://www.trabajalia.example.es/cuenta/avisos?unsub=estado" style="color:#8a8a8a;">Gestionar avisos</a> · Trabajalia Internet, S.L. · Madrid""",
        tracker="https://t.trabajalia.example.es/open/ab93e1.gif", accent="#ff6a00"),
))

# 18 -- Greenhouse, the classic "more closely matches".
_tv_text = """Hi Ingrid,

Thank you for your interest in Thames & Vale Foods and for taking the time to speak with our team about the Quality Assurance Technician role at our Reading site.

We have now reviewed all applications and, after careful consideration, we have decided to move forward with candidates whose experience more closely matches the requirements of this role.

We appreciate the effort you put into your application and we wish you every success in your search.

Kind regards,

Talent Team
Thames & Vale Foods
"""
add(dict(
    scen="greenhouse_more_closely_matches", kind="rejection", company="Thames & Vale Foods", contact="", lang="en",
    frm=("Thames & Vale Foods Recruiting", "no-reply@greenhouse-mail.io"),
    subject="Your application to Thames & Vale Foods",
    date="2026-04-17 15:20 +0100",
    text=_tv_text,
    html=ats(paras(_tv_text), logo="https://s3.amazonaws.com/grnhse-prod/logos/thamesvale.png",
             alt="Thames & Vale Foods", accent="#00594f", lang="en",
             footer="""Thames &amp; Vale Foods Ltd · Unit 4, Suttons Business Park, Reading RG6 1AZ · Registered in England No 04481233<br>
This email was sent via Greenhouse. Please do not reply directly to this email.""",
             tracker="https://links.greenhouse-mail.io/wf/open?upn=u001.Qk9L2x"),
))

# 19 -- "the position has been filled", two lines from a co-op's careers mailbox.
add(dict(
    scen="position_filled_two_lines", kind="rejection", company="Liffey Dairy Co-op",
    contact="careers@liffeydairy.example.ie", lang="en",
    frm=("Liffey Dairy Careers", "careers@liffeydairy.example.ie"),
    subject="RE: your application",
    date="2026-05-05 11:03 +0100", cte="7bit",
    irt="<AM6PR10MB2245C0B1D7@mail.example.no>",
    text="""Dear Ingrid,

Thank you for your email. I'm afraid the position has now been filled, so we won't be taking your application further. We'll keep your CV on file.

Regards,
Siobhan
Liffey Dairy Co-op | HR

-----Original Message-----
From: Ingrid Solheim-Castro <ingrid.sc@example.no>
Sent: 02 May 2026 10:41
To: careers@liffeydairy.example.ie
Subject: your application

Hello,

I applied for the Laboratory Analyst (QA) role (ref LD/114) in March. The closing date has passed and I wanted to check whether I am still being considered and whether interviews have been scheduled yet. I would be glad to come to Ballyfermot for an interview at short notice.

Kind regards,
Ingrid Solheim-Castro
""",
))

# 20 -- a London agency relays the client's decision and names the client.
add(dict(
    scen="agency_names_client", kind="rejection", company="Brewhouse Collective",
    contact="tom.ashdown@qualitalent.example.co.uk", lang="en",
    frm=("Tom Ashdown", "tom.ashdown@qualitalent.example.co.uk"),
    subject="Brewhouse Collective - feedback",
    date="2026-06-11 16:55 +0100", cte="quoted-printable",
    text="""Hi Ingrid,

Hope you're well! Just had the call with Brewhouse Collective after your second stage on Monday.

Unfortunately they've decided to go with another candidate - someone who's been running QA on a canning line for a few years, so it came down to hands-on packaging experience rather than anything you did in the room. Their Head of Brewing said your micro knowledge was "the strongest of the lot", for what it's worth.

Gutted for you, honestly. I've got a couple of roles coming through with a Midlands dairy in the next fortnight that I think would suit you better - shall I give you a ring on Thursday?

Cheers,
Tom

Tom Ashdown
Senior Consultant - Food & Drink Manufacturing
QualiTalent Recruitment
+44 (0)20 7946 0312
QualiTalent Recruitment Ltd, registered in England and Wales No 09918277. 3rd Floor, 21 Great Sutton Street, London EC1V 0DY.
""",
))

# 21 -- Lever, a start-up puts the role on hold and will not proceed.
add(dict(
    scen="lever_role_on_hold", kind="rejection", company="Kestrel Nutrition", contact="", lang="en",
    frm=("Kestrel Nutrition", "no-reply@hire.lever.co"),
    subject="Update",
    date="2026-03-26 09:40 +0000", cte="base64",
    html=ats(
        """<p>Hi Ingrid,</p>
<p>I wanted to let you know personally that we've taken the difficult decision to put the Food Safety &amp; Quality Lead role on hold while we finalise our next funding round. As a result we will not be proceeding with any candidates for this position for the time being.</p>
<p>I know this isn't the news you were hoping for, particularly after the time you've given us. If the role reopens later in the year we'll reach out to you first.</p>
<p>Thanks again, and best of luck.</p>
<p>Niamh Keane<br>Co-founder &amp; COO, Kestrel Nutrition</p>""",
        logo="https://lever-client-logos.s3.amazonaws.com/kestrel-nutrition.png", alt="Kestrel Nutrition",
        accent="#f26b21", lang="en",
        footer="""Kestrel Nutrition · Guinness Enterprise Centre, Taylor's Lane, Dublin 8<br>
Sent via Lever. <a href="https://jobs.lever.co/kestrel-nutrition/privacy" style="color:#8a8a8a;">Privacy notice</a>""",
        tracker="https://hire.lever.co/email/open/kz81d0f.gif"),
))

# 22 -- rejection after interview, an Irish manager writing from Outlook, windows-1252.
add(dict(
    scen="after_interview_manager", kind="rejection", company="Boyne Valley Creamery",
    contact="p.mcgrath@boynevalley.example.ie", lang="en",
    frm=("Padraig McGrath", "p.mcgrath@boynevalley.example.ie"),
    subject="RE: Following up",
    date="2026-06-24 12:07 +0100", charset="windows-1252", cte="quoted-printable",
    x_mailer="Microsoft Outlook 16.0", irt="<CAK3spq0Fu11wUp9@mail.example.no>",
    text="""Hi Ingrid,

Thanks a million for coming out to Navan last Thursday – I know it’s a trek from the city.

I’m sorry to say we won’t be offering you the role on this occasion. We had two very strong candidates in the final round and went with the person who’d already worked under our Origin Green reporting. It was genuinely close.

I’d be happy to give you feedback over the phone if that would help – just drop me a line.

All the best,
Padraig

Padraig McGrath | Quality Manager | Boyne Valley Creamery
Kilcarn Road, Navan, Co. Meath | +353 46 000 2291

From: Ingrid Solheim-Castro <ingrid.sc@example.no>
Sent: Monday, June 22, 2026 9:15 AM
To: Padraig McGrath <p.mcgrath@boynevalley.example.ie>
Subject: Following up

Hi Padraig,

Thank you again for the interview and the tour of the plant on Thursday. I'm following up to ask about the timeline - I have another process reaching the offer stage and would love to hear from you first.

Best regards,
Ingrid
""",
))

# 23 -- iCIMS, after an assessment; HTML only.
add(dict(
    scen="icims_after_assessment", kind="rejection", company="Certis Food Assurance", contact="", lang="en",
    frm=("Certis Food Assurance Careers", "certisfa-notifications@icims.com"),
    reply_to=(None, "donotreply@certis-fa.example.co.uk"),
    subject="Certis Food Assurance: Trainee Food Safety Auditor (Req 2026-0419)",
    date="2026-06-05 18:02 +0100", cte="quoted-printable",
    html=ats(
        """<p>Dear Ingrid Solheim-Castro,</p>
<p>Thank you for completing the assessment stage for the position of <b>Trainee Food Safety Auditor</b> (Req 2026-0419).</p>
<p>We regret to inform you that we will not be progressing your application further. Competition for this role was exceptionally strong.</p>
<p>We encourage you to visit our careers site regularly, as new opportunities arise across our UK and Ireland operations.</p>
<p>Yours sincerely,<br>Recruitment Team<br>Certis Food Assurance</p>""",
        logo="https://careers-certisfa.icims.com/images/certis-logo.gif", alt="Certis Food Assurance",
        accent="#003b71", lang="en", font="Arial,sans-serif",
        footer="""Certis Food Assurance Ltd. Registered in England No 07765120. Registered office: 9 Quay Walk, Bristol BS1 4QA.<br>
This is an automated message; replies to this address are not monitored.""",
        tracker="https://careers-certisfa.icims.com/email/track/open/99817.gif"),
))

# 24 -- Taleo, a biscuit factory near Toulouse, vouvoiement.
add(dict(
    scen="taleo_suite_defavorable", kind="rejection", company="Biscuiterie Garonne", contact="", lang="fr",
    frm=("Biscuiterie Garonne - Recrutement", "biscuiterie-garonne@taleo.net"),
    to=[("Solheim-Castro, Ingrid", "ingrid.sc@example.no")],
    subject="Votre candidature au poste de Technicien(ne) Qualité H/F",
    date="2026-03-18 08:31 +0100", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    html=ats(
        """<p>Madame,</p>
<p>Nous vous remercions de l'intérêt que vous portez à la Biscuiterie Garonne et de votre candidature au poste de <b>Technicien(ne) Qualité H/F</b> sur notre site de Castelnau-d'Estrétefonds.</p>
<p>Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.</p>
<p>Nous conservons votre candidature dans notre vivier pendant une durée de deux ans, sauf opposition de votre part.</p>
<p>Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.</p>
<p>Le service Ressources Humaines<br>Biscuiterie Garonne</p>""",
        logo="https://biscuiterie-garonne.taleo.net/careersection/theme/logo_bg.jpg", alt="Biscuiterie Garonne",
        accent="#d89b2b", lang="fr", font="Verdana,sans-serif",
        footer="""Biscuiterie Garonne SAS au capital de 1 200 000 EUR · RCS Toulouse 512 000 447 · ZA du Bois Vert, 31620 Castelnau-d'Estrétefonds<br>
Ce message a été envoyé automatiquement, merci de ne pas y répondre.""",
        tracker="https://biscuiterie-garonne.taleo.net/careersection/tracking/open.gif?id=77120"),
))

# 25 -- after an interview, the quality manager writes herself.
add(dict(
    scen="apres_entretien_responsable", kind="rejection", company="Fromageries du Lauragais",
    contact="c.bastide@fromageries-lauragais.example.fr", lang="fr",
    frm=("Claire Bastide", "c.bastide@fromageries-lauragais.example.fr"),
    subject="Suite à notre entretien du 14 avril",
    date="2026-04-22 17:48 +0200", cte="8bit",
    text="""Bonjour Ingrid,

Je reviens vers vous après notre entretien du 14 avril pour le poste de technicienne qualité.

Nous avons finalement retenu une autre candidature, celle d'une personne déjà formée à l'affinage et aux contrôles libératoires sur fromages au lait cru. C'était un point décisif pour nous cette année, avec l'extension de la cave.

J'ai beaucoup apprécié votre rigueur et votre curiosité pendant la visite, et je vous souhaite sincèrement de trouver rapidement un poste à la hauteur de votre parcours.

Bien cordialement,

Claire Bastide
Responsable Qualité
Fromageries du Lauragais
Route de Revel - 31290 Villefranche-de-Lauragais
05 61 00 00 27
""",
))

# 26 -- a head-hunting firm about its own mandate, client not named.
add(dict(
    scen="cabinet_client_anonyme", kind="rejection", company="Cabinet Aubier Conseil",
    contact="h.aubier@aubier-conseil.example.fr", lang="fr",
    frm=("Hélène Aubier", "h.aubier@aubier-conseil.example.fr"),
    subject="Mission Responsable Qualité Adjoint(e) - Lyon",
    date="2026-05-19 11:26 +0200", charset="windows-1252", cte="quoted-printable", hcs="windows-1252",
    text="""Bonjour Madame Solheim-Castro,

Je vous remercie pour l’échange téléphonique de la semaine dernière dans le cadre de la mission que nous a confiée notre client, un groupe agroalimentaire régional (produits traiteur), pour son site de l’est lyonnais.

Après présentation de la short-list, notre client a souhaité privilégier des profils ayant déjà encadré une équipe qualité en production. Je ne suis donc pas en mesure de poursuivre votre candidature sur cette mission.

Je garde naturellement votre dossier à l’esprit pour nos prochaines missions en qualité – sécurité des aliments.

Bien à vous,

Hélène Aubier
Associée
Cabinet Aubier Conseil – Recrutement & Approche directe
47, rue de la Charité – 69002 Lyon
04 78 00 00 63
""",
))

# 27 -- three words from a brewery: the post is filled.
add(dict(
    scen="poste_pourvu_terse", kind="rejection", company="Brasserie des Canuts",
    contact="lucas@brasseriedescanuts.example.fr", lang="fr",
    frm=("Lucas Perrin", "lucas@brasseriedescanuts.example.fr"),
    subject="Re: candidature technicienne labo",
    date="2026-05-07 22:13 +0200", cte="8bit",
    irt="<D4B1E8F2-77A0-4E0C-9B1A-5C3F2E8D6A10@example.no>",
    text="""Salut Ingrid, désolé, le poste est pourvu. Bonne continuation !
Lucas

Envoyé de mon iPhone

> Le 5 mai 2026 à 09:12, Ingrid Solheim-Castro <ingrid.sc@example.no> a écrit :
>
> Bonjour Lucas,
> Merci encore pour l'entretien et la visite de la brasserie la semaine dernière !
> Est-ce que vous avez pu avancer sur votre décision ?
> Belle journée,
> Ingrid
""",
))

# 28 -- SmartRecruiters, a recruitment freeze at a Lyon lab.
add(dict(
    scen="gel_des_recrutements", kind="rejection", company="Laboratoires ILA", contact="", lang="fr",
    frm=("Laboratoires ILA", "noreply@smartrecruiters.com"),
    subject="Votre candidature - Technicien(ne) de laboratoire en microbiologie alimentaire",
    date="2026-03-30 10:15 +0200", cte="base64",
    html=ats(
        """<p>Bonjour Ingrid,</p>
<p>Nous vous remercions pour votre candidature au poste de <b>Technicien(ne) de laboratoire en microbiologie alimentaire</b> à Saint-Priest.</p>
<p>En raison d'un gel des recrutements décidé par la direction du groupe pour le deuxième trimestre, ce poste ne sera finalement pas pourvu et nous clôturons le processus de recrutement. Votre candidature ne pourra donc pas aller plus loin.</p>
<p>Nous sommes sincèrement désolés de ce contretemps et vous souhaitons une excellente continuation.</p>
<p>L'équipe Recrutement<br>Laboratoires ILA</p>""",
        logo="https://c.smartrecruiters.com/sr-company-logo-prod/laboratoires-ila.png", alt="Laboratoires ILA",
        accent="#0077c8", lang="fr",
        footer="""Laboratoires ILA SAS · 12 rue du Dauphiné, 69800 Saint-Priest<br>
Vous recevez cet e-mail car vous avez postulé via SmartRecruiters. <a href="https://www.smartrecruiters.com/privacy-policy" style="color:#8a8a8a;">Politique de confidentialité</a>""",
        tracker="https://email.smartrecruiters.com/o/eJyLjU2Ma3.gif"),
))

# 29 -- softgarden, a family brewery; HTML only.
add(dict(
    scen="softgarden_absage", kind="rejection", company="Privatbrauerei Kaltenegger", contact="", lang="de",
    frm=("Privatbrauerei Kaltenegger", "kaltenegger@softgarden.io"),
    subject="Ihre Bewerbung als Qualitätssicherung Brauerei (m/w/d)",
    date="2026-07-15 14:50 +0200", cte="quoted-printable",
    html=ats(
        """<p>Sehr geehrte Frau Solheim-Castro,</p>
<p>vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an unserer Brauerei.</p>
<p>Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Wir haben uns für Bewerberinnen und Bewerber entschieden, deren Profil noch besser zu unseren Anforderungen passt – insbesondere mit einer Ausbildung zum Brauer und Mälzer.</p>
<p>Ihre Unterlagen werden gemäß den Datenschutzbestimmungen nach sechs Monaten gelöscht.</p>
<p>Für Ihren weiteren Berufsweg wünschen wir Ihnen alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Personalabteilung<br>Privatbrauerei Kaltenegger</p>""",
        logo="https://app.softgarden.io/assets/public/logos/kaltenegger.png", alt="Privatbrauerei Kaltenegger",
        accent="#8b5a2b", lang="de",
        footer="""Privatbrauerei Kaltenegger GmbH &amp; Co. KG · Brauhausstraße 3 · 85354 Freising<br>
Geschäftsführer: Josef Kaltenegger, Maria Kaltenegger · Amtsgericht München HRA 98765<br>
Diese Nachricht wurde automatisch über softgarden versendet.""",
        tracker="https://app.softgarden.io/mail/open/5d21f0.gif"),
))

# 30 -- Personio, a dairy co-operative (eG), after the interview.
add(dict(
    scen="personio_molkerei_absage", kind="rejection", company="Alpenmilch Molkerei", contact="", lang="de",
    frm=("Alpenmilch Molkerei eG", "noreply@personio.de"),
    subject="Rückmeldung zu Ihrer Bewerbung – Laborantin Qualitätssicherung",
    date="2026-08-12 09:22 +0200", cte="8bit",
    html=ats(
        """<p>Guten Tag Frau Solheim-Castro,</p>
<p>herzlichen Dank für das angenehme Gespräch in Rosenheim und Ihre Geduld in den letzten Wochen.</p>
<p>Wir haben uns die Entscheidung nicht leicht gemacht. Leider müssen wir Ihnen mitteilen, dass wir die Stelle als <b>Laborantin Qualitätssicherung</b> mit einer anderen Kandidatin besetzen werden, die bereits Erfahrung mit der Milchgüteverordnung mitbringt.</p>
<p>Wir wünschen Ihnen für Ihre berufliche Zukunft viel Erfolg.</p>
<p>Freundliche Grüße<br>Katharina Huber<br>Personal<br>Alpenmilch Molkerei</p>""",
        logo="https://alpenmilch.jobs.personio.de/assets/logo.png", alt="Alpenmilch Molkerei",
        accent="#1e88e5", lang="de",
        footer="""Alpenmilch Molkerei eG · Kufsteiner Straße 90 · 83022 Rosenheim · Genossenschaftsregister Traunstein GnR 211<br>
Vorstand: Georg Steiner (Vors.), Anna Moser · Diese E-Mail wurde über Personio versendet. Bitte antworten Sie nicht auf diese E-Mail.""",
        tracker="https://alpenmilch.jobs.personio.de/track/open/a81f.gif"),
))

# 31 -- du, a bakery owner after the interview; the quoted German chain speaks of an invitation.
add(dict(
    scen="du_absage_am_schrieb", kind="rejection", company="Backhaus Wiesner",
    contact="m.wiesner@backhaus-wiesner.example.de", lang="de",
    frm=("Martin Wiesner", "m.wiesner@backhaus-wiesner.example.de"),
    subject="Re: Einladung zum Kennenlernen",
    date="2026-04-28 07:12 +0200", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    irt="<5E2A9C01.7741@example.no>",
    refs=["<backhaus.20260415.1133@backhaus-wiesner.example.de>", "<5E2A9C01.7741@example.no>"],
    text="""Hallo Ingrid,

danke nochmal, dass du letzte Woche extra nach Pasing gekommen bist. Hat uns allen Spaß gemacht, dich durch die Backstube zu führen.

Ich mach's kurz und ehrlich: Wir haben uns für jemanden entschieden, der schon bei uns als Bäcker angefangen hat und jetzt in die QS wechselt. Intern geht für uns in dem Fall vor. Tut mir leid, dass es nicht geklappt hat.

Wenn du mal wieder in München bist, komm auf eine Brezn vorbei!

Viele Grüße
Martin

Backhaus Wiesner GmbH & Co. KG
Martin Wiesner, Geschäftsführer
Landsberger Str. 511 · 81241 München
Registergericht München HRA 101 222

Am 16.04.2026 um 21:40 schrieb Ingrid Solheim-Castro <ingrid.sc@example.no>:
> Hallo Martin,
> vielen Dank für die Einladung zum Kennenlernen! Der 22. April um 9 Uhr passt
> mir sehr gut. Ich freue mich!
> Viele Grüße
> Ingrid
>
> Am 15.04.2026 um 11:33 schrieb Martin Wiesner <m.wiesner@backhaus-wiesner.example.de>:
>> Hallo Ingrid,
>> wir laden dich herzlich zu einem Kennenlernen in unsere Backstube ein.
>> Passt dir Mittwoch, der 22.04., um 9 Uhr?
>> Martin
""",
))
