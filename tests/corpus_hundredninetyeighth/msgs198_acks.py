"""Corpus 198: application acknowledgements (21) and offers (10), hand-written."""

# ruff: noqa: C408  (message specs are written as dict(...) calls on purpose)

from __future__ import annotations

from msgs198_common import (
    CAND,
    ats_card,
    blockquote,
    button,
    esc,
    mso,
    on_wrote,
    outlook_block,
    outlook_html,
    paras,
    reply_quote,
    simple_html,
)

LUCIA = ("Lucía Paredes Vílchez", "lucia.paredes@mercadosandinos.example.pe")
MILAGROS = ("Milagros Condori", "milagros.condori@cerveceriaqosqo.example.pe")
ANDRES = ("Andrés Felipe Gómez", "andres.gomez@genteagil.example.co")
ROCIO = ("Rocío Valdivia Mendoza", "rocio.valdivia@hoteleskilla.example.pe")
ELMER = ("Elmer Choque", "elmer.choque@cafeurubamba.example.pe")
JORDAN = ("Jordan Pike", "jordan.pike@harborstaffing.example.com")
SOPHIE = ("Sophie Lavoie", "sophie.lavoie@recrutementboreal.example.ca")
GONZALO = ("Gonzalo Benavides", "gbenavides@verticehh.example.pe")
CARMEN = ("Carmen Rosa Auccapuma", "carmen.auccapuma@tejiendofuturo.example.pe")
XIMENA = ("Ximena Mamani", "ximena.mamani@fundacionayni.example.bo")
DEREK = ("Derek Almanza", "derek.almanza@gulfcoastmining.example.com")
GENEVIEVE = ("Geneviève Tremblay", "genevieve.tremblay@dsl.example.ca")
MARTINA = ("Martina Hofbauer", "m.hofbauer@personalwerk.example.at")

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================ application_received
# ---------------------------------------------------------------- es
_ma_ack = """Hola Paloma:

Gracias por postular a la posición Analista de Inventarios (R-04418) en Mercados Andinos. Hemos recibido tu solicitud correctamente.

Nuestro equipo de Gestión del Talento revisará tu perfil en las próximas semanas. Puedes ver el estado de tu postulación en cualquier momento desde tu cuenta de candidato:
https://mercadosandinos.wd5.myworkday.com/MA_Careers/userHome

Atentamente,
Gestión del Talento – Mercados Andinos

Este es un mensaje automático. Por favor, no respondas a este correo."""
add(dict(
    kind="application_received", slug="mercados_andinos_workday", lang="es",
    company="Mercados Andinos", contact="",
    frm=("Mercados Andinos - Gestión del Talento", "mercadosandinos@myworkday.com"),
    name_enc=("iso-8859-1", "Q"),
    date="2026-02-09 14:02 +0000",
    subject="Hemos recibido tu postulación: Analista de Inventarios (R-04418)",
    text=_ma_ack, cte="qp",
    html=ats_card("Mercados Andinos · Empleos", "#b91c1c", paras(_ma_ack),
                  "Workday · Mercados Andinos S.A.", lang="es"),
    mid="ma-ack",
))

add(dict(
    kind="application_received", slug="qosqo_hr_got_cv", lang="es",
    company="Cervecería Qosqo", contact=MILAGROS[1], frm=MILAGROS,
    date="2026-01-14 09:12 -0500",
    subject="Re: CV - Asistente de Inventarios de planta",
    text=f"""Buenos días, Paloma:

Recibimos tu CV para el puesto de Asistente de Inventarios de planta. Lo estoy compartiendo con el jefe de almacén, que es quien lleva la selección; si pasa a la siguiente etapa, él mismo se comunicará contigo.

Saludos cordiales,
Milagros Condori
Asistente de Recursos Humanos
Cervecería Qosqo S.A.C. · Parque Industrial Mz. B, Cusco
(084) 26 4410

{reply_quote("es", "2026-01-13 21:47 -0500", CAND, '''Buenas noches:

Vi en Facebook la convocatoria para Asistente de Inventarios de planta y les envío mi CV. Tengo ocho años llevando el control de mercadería de mi puesto en el mercado San Pedro y estoy terminando un curso de Excel intermedio.

Saludos,
Paloma Whitfield-Ccori''')}""",
    cte="8bit",
    mid="qosqo-ack", refs=["<paloma.cv.qosqo.0113@example.pe>"],
))

add(dict(
    kind="application_received", slug="talentosur_registration", lang="es",
    company="Talento Sur", contact="",
    frm=("Talento Sur", "no-responder@talentosur.example.pe"),
    date="2026-01-27 08:00 -0500",
    subject="Bienvenida a Talento Sur – registro confirmado",
    html=simple_html("""<h2 style="color:#0f766e">¡Tu registro está completo!</h2>
<p>Hola Paloma,</p>
<p>Confirmamos que tu perfil fue registrado en la bolsa de candidatos de <b>Talento Sur</b> con el área de interés <i>Logística / Inventarios</i> en Cusco, Arequipa y Lima.</p>
<p>Una de nuestras consultoras revisará tu CV y te contactará cuando tengamos una búsqueda acorde a tu perfil.</p>
<p style="font-size:12px;color:#777">Este es un correo automático; por favor no respondas a esta dirección.<br>
Talento Sur S.A.C. · Av. El Sol 320, of. 4, Cusco</p>"""),
    html_cte="b64",
    mid="talentosur-ack",
))

add(dict(
    kind="application_received", slug="retama_cannot_reply_individually", lang="es",
    company="Grupo Retama", contact="",
    frm=("Grupo Retama · Empleo", "noreply@successfactors.eu"),
    name_enc=("iso-8859-1", "B"),
    date="2026-02-16 09:31 +0000",
    subject="Confirmación de tu candidatura - Técnico/a de Inventario",
    subj_enc=("iso-8859-1", "B"),
    text="""Hola, Paloma:

Gracias por tu interés en Grupo Retama Distribución. Hemos registrado tu candidatura para la oferta Técnico/a de Inventario (Getafe, ref. 11820).

Recibimos un gran número de solicitudes y, lamentablemente, no podemos responder de forma individual a cada persona. Si tu perfil encaja con lo que buscamos, nuestro equipo de Selección se pondrá en contacto contigo.

Gracias de nuevo y mucha suerte.

Grupo Retama Distribución
Este mensaje se ha generado automáticamente.""",
    charset="iso-8859-1", cte="qp",
    mid="retama-ack",
))

_inti_ack = """Hola Paloma:

¡Gracias por postular a Analista de Reposición en Farmacias Inti! Recibimos tu postulación y nuestro equipo la revisará pronto.

Si tu experiencia coincide con lo que buscamos, te contactaremos para los siguientes pasos.

Equipo de Reclutamiento
Farmacias Inti"""
add(dict(
    kind="application_received", slug="inti_greenhouse_ack", lang="es",
    company="Farmacias Inti", contact="",
    frm=("Farmacias Inti", "no-reply@us.greenhouse-mail.io"),
    date="2026-03-09 13:55 +0000",
    subject="¡Gracias por postular a Farmacias Inti!",
    subj_enc=("utf-8", "Q"),
    text=_inti_ack,
    html=ats_card("Farmacias Inti", "#ca8a04", paras(_inti_ack), "Powered by Greenhouse",
                  lang="es"),
    mid="inti-ack",
))

add(dict(
    kind="application_received", slug="wayra_teamtailor_ack", lang="es",
    company="Tiendas Wayra", contact="",
    frm=("Tiendas Wayra", "no-reply@teamtailor-mail.com"),
    date="2026-04-13 20:41 +0000",
    subject="Recibimos tu postulación",
    html=ats_card("Tiendas Wayra", "#be185d", paras("""¡Hola Paloma!

Gracias por tu interés en ser parte de Wayra. Recibimos tu postulación para Asistente de Inventario (Arequipa – Mall Aventura).

Revisaremos tu perfil con calma y te escribiremos cuando tengamos novedades.""") + button(
        "Ver mi perfil de candidata", "https://tiendaswayra.teamtailor.com/connect/profile",
        "#be185d"), "Teamtailor · Gestiona tus datos personales desde tu perfil", lang="es"),
    html_cte="qp",
    mid="wayra-ack",
))

add(dict(
    kind="application_received", slug="misti_icims_ack", lang="es",
    company="Misti Suministros Industriales", contact="",
    frm=("Misti Suministros Industriales", "donotreply@icims.com"),
    date="2026-05-25 16:20 +0000",
    subject="Confirmación de postulación - Analista de Inventarios - Repuestos",
    html=ats_card("Misti Suministros Industriales", "#334155", paras("""Estimada Paloma Whitfield-Ccori:

Confirmamos la recepción de su postulación al puesto Analista de Inventarios - Repuestos (ID 2231) en Arequipa.

El equipo de Reclutamiento evaluará su información. Puede consultar el avance en el portal de candidatos."""),
        "Mensaje automático de iCIMS. Este buzón no recibe respuestas.", lang="es"),
    html_charset="iso-8859-1", html_cte="qp",
    mid="misti-ack",
))

add(dict(
    kind="application_received", slug="guadalupe_smartrecruiters_ack", lang="es",
    company="Almacenes Guadalupe", contact="",
    frm=("Almacenes Guadalupe", "no-reply@smartrecruiters.com"),
    date="2026-04-08 02:12 +0000",
    subject="Gracias por postularte a Almacenes Guadalupe",
    text="""Hola Paloma,

Gracias por postularte al cargo de Analista Junior de Inventarios en Almacenes Guadalupe (Bogotá).

Tu hoja de vida fue recibida con éxito. Nuestro equipo de Talento Humano la revisará y, si tu perfil avanza, te contactaremos por este medio.

Saludos,
Talento Humano – Almacenes Guadalupe""",
    cte="b64",
    mid="guadalupe-ack",
))

add(dict(
    kind="application_received", slug="genteagil_registration", lang="es",
    company="Gente Ágil", contact=ANDRES[1], frm=ANDRES,
    date="2026-02-23 10:02 -0500",
    subject="Inscripción en Gente Ágil Temporales",
    text="""Buenos días, Paloma.

Le confirmo que su registro en nuestra base de candidatos quedó completo, con la hoja de vida, el documento de identidad y las referencias que nos envió.

A partir de ahora la tendremos en cuenta para las vacantes de inventarios y logística de nuestros clientes en Bogotá. Cuando su perfil aplique a una, la llamo para contarle los detalles.

Cordialmente,

Andrés Felipe Gómez
Analista de Reclutamiento
Gente Ágil Temporales S.A.S. · Calle 72 # 10-34, Bogotá
PBX (601) 745 2210

La información contenida en este mensaje es confidencial y de uso exclusivo de su destinatario. Si usted no es el destinatario, por favor bórrelo e informe al remitente.""",
    charset="windows-1252", cte="qp",
    mid="genteagil-ack",
))

add(dict(
    kind="application_received", slug="ayni_bamboohr_ack", lang="es",
    company="Fundación Ayni", contact="",
    frm=("Fundación Ayni", "no-reply@bamboohr.com"),
    date="2026-08-17 13:08 +0000",
    subject="Recibimos tu solicitud – Responsable de Almacén de Donaciones",
    subj_enc=("utf-8", "Q", True),
    text="""Hola Paloma,

Gracias por tu interés en trabajar con Fundación Ayni. Hemos recibido tu solicitud para Responsable de Almacén de Donaciones (La Paz).

Revisaremos todas las solicitudes hasta el 25 de agosto.

Fundación Ayni

Enviado con BambooHR""",
    mid="ayni-ack",
))

add(dict(
    kind="application_received", slug="killa_latin1_ack", lang="es",
    company="Hoteles Killa", contact=ROCIO[1], frm=ROCIO, name_enc=("iso-8859-1", "Q"),
    date="2026-08-03 09:40 -0500",
    subject="Recepción de CV - Asistente de Almacén Central",
    subj_enc=("iso-8859-1", "Q"),
    text="""Estimada Paloma:

Acusamos recibo de su CV y carta de presentación para el cargo de Asistente de Almacén Central. Su postulación está siendo evaluada junto con las demás candidaturas.

Le escribiremos nuevamente durante la próxima semana para informarle sobre los siguientes pasos.

Atentamente,
Rocío Valdivia Mendoza
Jefa de Gestión Humana
Hoteles Killa - Calle Plateros 369, Cusco""",
    charset="iso-8859-1", cte="8bit",
    mid="killa-ack",
))

add(dict(
    kind="application_received", slug="urubamba_cv_passed_on", lang="es",
    company="Café Urubamba Exportadores", contact=ELMER[1], frm=ELMER,
    date="2026-09-07 12:33 -0500",
    subject="Re: Auxiliar de inventario",
    text="""Hola Paloma, recibí tu CV. Lo paso a gerencia hoy mismo y te aviso en cuanto me respondan.

Elmer Choque
Jefe de Almacén – Café Urubamba Exportadores""",
    cte="8bit",
    mid="urubamba-ack", refs=["<paloma.urubamba.cv.0906@example.pe>"],
))

# ---------------------------------------------------------------- en
_bayou_ack = """Hi Paloma,

Thank you for applying for the Inventory Analyst position at Bayou Grocers! We've received your application and our team will review it shortly.

If your experience is a match, a recruiter will reach out to discuss next steps.

Best,
The Bayou Grocers Talent Team"""
add(dict(
    kind="application_received", slug="bayou_greenhouse_ack", lang="en",
    company="Bayou Grocers", contact="",
    frm=("Bayou Grocers", "no-reply@us.greenhouse-mail.io"),
    date="2026-03-03 15:22 +0000",
    subject="Thank you for applying to Bayou Grocers",
    text=_bayou_ack,
    html=ats_card("Bayou Grocers", "#0e7490", paras(_bayou_ack), "Powered by Greenhouse"),
    mid="bayou-ack",
))

add(dict(
    kind="application_received", slug="andesdrill_workday_ack", lang="en",
    company="Andes Drill Supply", contact="",
    frm=("Andes Drill Supply", "andesdrill@myworkday.com"),
    date="2026-09-01 18:44 +0000",
    subject="Application received - Inventory Analyst (JR-2291)",
    text="""Dear Paloma,

Thank you for applying to the Inventory Analyst (JR-2291) position at Andes Drill Supply, Lima branch.

We have received your application. You can track its status in the candidate home section of our careers site.

Kind regards,
Talent Acquisition
Andes Drill Supply

This is a system-generated email. Please do not reply.""",
    cte="b64",
    mid="andesdrill-ack",
))

add(dict(
    kind="application_received", slug="harbor_registration", lang="en",
    company="Harbor Staffing", contact=JORDAN[1],
    frm=("Harbor Staffing", "noreply@harborstaffing.example.com"), reply_to=JORDAN,
    date="2026-05-26 14:10 -0500",
    subject="Welcome to Harbor Staffing - you're registered",
    text="""Hi Paloma,

Welcome aboard! Your candidate profile with Harbor Staffing is now active. Jordan Pike will be your recruiter for warehouse and inventory roles in the Houston area and remote positions.

What happens next:
1. Jordan reviews your resume within two business days.
2. When a client role fits, Jordan contacts you before submitting your profile.
3. You never pay a fee.

Questions? Just hit reply - it goes straight to Jordan.

Harbor Staffing | 1200 Smith St, Suite 900, Houston, TX 77002""",
    html=simple_html(paras("""Hi Paloma,

Welcome aboard! Your candidate profile with Harbor Staffing is now active. Jordan Pike will be your recruiter for warehouse and inventory roles in the Houston area and remote positions.

What happens next:
1. Jordan reviews your resume within two business days.
2. When a client role fits, Jordan contacts you before submitting your profile.
3. You never pay a fee.

Questions? Just hit reply - it goes straight to Jordan.

Harbor Staffing | 1200 Smith St, Suite 900, Houston, TX 77002"""), lang="en"),
    mid="harbor-ack",
))

add(dict(
    kind="application_received", slug="seedtrust_workable_unable_individually", lang="en",
    company="Seed Trust International", contact="",
    frm=("Seed Trust International", "noreply@workablemail.com"),
    date="2026-06-22 10:01 +0000",
    subject="Thank you for your application - Logistics & Inventory Officer",
    text="""Dear Paloma,

Thank you for applying to Seed Trust International. We have received your application for Logistics & Inventory Officer (Lima).

Due to the high volume of applications, we are unable to respond to every applicant individually. If your profile matches, a member of our team will contact you.

Seed Trust International - People Team""",
    mid="seedtrust-ack",
))

add(dict(
    kind="application_received", slug="copperline_recruitee_ack", lang="en",
    company="Copperline Mining Services", contact="",
    frm=("Copperline Mining Services", "noreply@jobs.recruitee.com"),
    date="2026-09-14 11:27 +0000",
    subject="We've got your application!",
    html=ats_card("Copperline Mining Services", "#9a3412", paras("""Hi Paloma,

Thanks for applying for Inventory Analyst, Arequipa. Your application has landed safely with our recruitment team.

We aim to get back to every candidate within 10 working days."""), "Sent with Recruitee"),
    mid="copperline-ack",
))

# ---------------------------------------------------------------- fr
_dsl_ack = """Bonjour Paloma,

Nous vous remercions de l'intérêt que vous portez à Distributions Saint-Laurent. Nous accusons réception de votre candidature pour le poste d'analyste des stocks (réf. 26-0412).

Notre équipe d'acquisition de talents communiquera avec vous si votre profil est retenu pour la suite du processus.

Distributions Saint-Laurent – Acquisition de talents

Ce courriel a été généré automatiquement ; merci de ne pas y répondre."""
add(dict(
    kind="application_received", slug="dsl_taleo_ack", lang="fr",
    company="Distributions Saint-Laurent", contact="",
    frm=("Distributions Saint-Laurent", "do-not-reply@taleo.net"),
    date="2026-04-06 13:10 +0000",
    subject="Accusé de réception – Analyste des stocks (26-0412)",
    text=_dsl_ack, charset="windows-1252", cte="qp",
    html=ats_card("Distributions Saint-Laurent · Carrières", "#1d4ed8", paras(_dsl_ack),
                  "Oracle Taleo", lang="fr"),
    html_charset="windows-1252", html_cte="qp",
    mid="dsl-ack",
))

add(dict(
    kind="application_received", slug="boreal_registration", lang="fr",
    company="Recrutement Boréal", contact=SOPHIE[1], frm=SOPHIE,
    date="2026-08-25 10:48 -0400",
    subject="Votre inscription chez Recrutement Boréal",
    text="""Bonjour Paloma,

Merci pour notre appel de ce matin. Je vous confirme que votre dossier est maintenant inscrit dans notre banque de candidats, secteur logistique et inventaire, pour la région de Montréal.

J'ai bien noté que vous pourriez vous installer au Québec avec un permis de travail ; je garde cette information pour les mandats qui s'y prêtent.

Au plaisir,
Sophie Lavoie
Conseillère en recrutement
Recrutement Boréal inc. | 1000, rue Sherbrooke Ouest, bureau 1510, Montréal""",
    charset="iso-8859-1", cte="qp",
    mid="boreal-ack",
))

# ---------------------------------------------------------------- de
add(dict(
    kind="application_received", slug="donau_personio_ack", lang="de",
    company="Donau Handel", contact="",
    frm=("Donau Handel", "noreply@personio.de"),
    date="2026-05-05 08:30 +0200",
    subject="Ihre Bewerbung bei Donau Handel",
    text="""Sehr geehrte Frau Whitfield-Ccori,

vielen Dank für Ihre Bewerbung als Junior Inventory Analyst (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Donau Handel Recruiting-Team

Diese E-Mail wurde automatisch über Personio versendet.""",
    html=ats_card("Donau Handel", "#0369a1", paras("""Sehr geehrte Frau Whitfield-Ccori,

vielen Dank für Ihre Bewerbung als Junior Inventory Analyst (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Donau Handel Recruiting-Team"""), "Powered by Personio", lang="de"),
    cte="qp",
    mid="donau-ack",
))

add(dict(
    kind="application_received", slug="wll_softgarden_eingang", lang="de",
    company="Wiener Lagerlogistik", contact="",
    frm=("Wiener Lagerlogistik", "noreply@softgarden.io"),
    date="2026-06-15 06:12 +0000",
    subject="Eingangsbestätigung Ihrer Bewerbung",
    subj_enc=("iso-8859-1", "Q"),
    text="""Sehr geehrte Frau Whitfield-Ccori,

Ihre Bewerbung für die Position Junior Bestandsanalyst:in (m/w/d) ist bei uns eingegangen. Herzlichen Dank für Ihr Interesse an der Wiener Lagerlogistik.

Wir sichten alle Unterlagen nach Ende der Bewerbungsfrist am 20. Juni und melden uns danach bei Ihnen.

Freundliche Grüße
Ihr Recruiting-Team

Bitte antworten Sie nicht auf diese automatisch erstellte Nachricht.""",
    charset="iso-8859-1", cte="qp",
    mid="wll-ack",
))

# ================================================================ offer
_ma_thanks = """Hola Lucía:

Quería agradecerles a ti y a Jorge por la entrevista de esta tarde. Me gustó mucho conocer cómo organizan los conteos cíclicos por familia de productos, y me quedé pensando en el reto de las mermas en frescos que mencionaron.

Quedo a su disposición para cualquier información adicional.

Saludos cordiales,
Paloma Whitfield-Ccori"""
_ma_offer = """Hola Paloma:

¡Gracias por tu mensaje después del panel! Tengo muy buenas noticias: el equipo de Control de Inventarios decidió ofrecerte la posición de Analista de Inventarios en nuestra sede central de Lima.

Te adjunto la carta oferta con el detalle de la remuneración (S/ 3 800 mensuales más bono anual por cumplimiento), beneficios y fecha de ingreso propuesta (lunes 6 de abril). Te agradeceremos confirmar tu aceptación firmando la carta y enviándola de vuelta hasta el viernes 20 de marzo.

Si tienes preguntas sobre la mudanza a Lima, con gusto las conversamos por teléfono.

Un saludo,
Lucía Paredes Vílchez
Analista de Selección | Gestión del Talento
Mercados Andinos S.A. | Av. Javier Prado Este 4200, Surco, Lima
T. (01) 611 5000 anexo 3321"""
add(dict(
    kind="offer", slug="mercados_andinos_offer_letter_pdf", lang="es",
    company="Mercados Andinos", contact=LUCIA[1], frm=LUCIA, name_enc=("utf-8", "B"),
    date="2026-03-12 17:20 -0500",
    subject="RE: Gracias por la entrevista – Carta oferta",
    text=f"""{_ma_offer}

{outlook_block("es", CAND, "2026-02-27 19:40 -0500", LUCIA, "Gracias por la entrevista", _ma_thanks)}""",
    cte="qp",
    html=outlook_html(mso(_ma_offer) + '\n<div style="border:none;border-top:solid #E1E1E1 '
                      '1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                      + mso(outlook_block("es", CAND, "2026-02-27 19:40 -0500", LUCIA,
                                          "Gracias por la entrevista", _ma_thanks)
                            .split("\n", 1)[1]) + "\n</div>"),
    html_cte="qp",
    attach=[dict(type="pdf", name="Carta_Oferta_PWhitfield-Ccori.pdf",
                 title="Carta oferta - Mercados Andinos",
                 lines=["Lima, 12 de marzo de 2026", "",
                        "Señora Paloma Whitfield-Ccori", "",
                        "Puesto: Analista de Inventarios (R-04418)",
                        "Remuneración: S/ 3 800 mensuales, bono anual por cumplimiento",
                        "Fecha de ingreso: lunes 6 de abril de 2026",
                        "Jornada: lunes a viernes, 8:30 a 17:30",
                        "", "Firma de aceptación: ______________________"])],
    mid="ma-offer", refs=["ma-ack", "ma-invite", "ma-move", "ma-thanks"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0")],
))

add(dict(
    kind="offer", slug="vertice_client_wants_offer", lang="es",
    company="Importadora Chuquiago", contact=GONZALO[1], frm=GONZALO,
    date="2026-07-03 13:15 -0500",
    subject="¡Chuquiago quiere hacerte una oferta!",
    subj_enc=("utf-8", "B"),
    text="""Paloma, ¡excelente noticia!

Acabo de hablar con Franz Villca: después de la segunda entrevista, Importadora Chuquiago quiere hacerte una oferta para el puesto de Analista de Planeamiento de Inventarios en La Paz.

Lo que me adelantó: Bs 7 500 mensuales, seguro de salud, apoyo de un mes de alquiler para la mudanza e inicio a mediados de agosto. La carta formal te la manda su área de personal el lunes, pero quería que lo supieras ya.

¿Tienes un rato hoy en la tarde para conversar de la negociación?

Gonzalo Benavides
Socio – Vértice Headhunting
+51 999 410 227""",
    cte="qp",
    mid="vertice-offer", refs=["vertice-cold", "vertice-invite", "vertice-missed"],
))

add(dict(
    kind="offer", slug="tejiendo_contract_for_signature", lang="es",
    company="Asociación Tejiendo Futuro", contact=CARMEN[1], frm=CARMEN,
    date="2026-05-18 16:02 -0500",
    subject="Tu contrato para firmar",
    text="""Querida Paloma:

¡Qué alegría! Después de la jornada del sábado, todo el equipo estuvo de acuerdo: queremos que seas nuestra Encargada de Almacén y Stock.

Te adjunto el contrato de trabajo a plazo fijo por un año (S/ 2 400 mensuales, 40 horas semanales, inicio el 1 de junio). Revísalo con calma y, si estás conforme, fírmalo y escanéalo, o pásate por la oficina el jueves a firmarlo en persona.

Un abrazo grande,
Carmen Rosa Auccapuma
Coordinadora de Programas
Asociación Tejiendo Futuro · Calle Saphi 612, Cusco""",
    charset="windows-1252", cte="8bit",
    attach=[dict(type="pdf", name="Contrato_Encargada_Almacen_Tejiendo_Futuro.pdf",
                 title="Contrato de trabajo a plazo fijo",
                 lines=["Asociación Tejiendo Futuro - Cusco",
                        "Trabajadora: Paloma Whitfield-Ccori",
                        "Cargo: Encargada de Almacén y Stock",
                        "Plazo: 1 de junio de 2026 al 31 de mayo de 2027",
                        "Remuneración mensual: S/ 2 400",
                        "", "Firma: ______________________"])],
    mid="tejiendo-offer", refs=["tejiendo-app", "tejiendo-trial"],
))

add(dict(
    kind="offer", slug="vallesagrado_verbal_followup", lang="es",
    company="Agroindustrias Valle Sagrado", contact="fzuniga@vallesagrado.example.pe",
    frm=("Fernando Zúñiga", "fzuniga@vallesagrado.example.pe"),
    date="2026-10-05 12:48 -0500",
    subject="Lo que conversamos por teléfono",
    text="""Hola Paloma:

Como te comenté por teléfono esta mañana, queremos que te sumes al equipo como Analista de Inventarios en nuestra planta de Urubamba. Te lo confirmo por escrito para que lo tengas claro:

– Sueldo: S/ 3 200 mensuales, en planilla
– Movilidad desde Cusco: bus de la empresa, salida 6:30 desde la Av. Grau
– Inicio: lunes 2 de noviembre

Si estás de acuerdo, respóndeme este correo y te pasamos con Recursos Humanos para el contrato.

Saludos,
Fernando Zúñiga
Gerente de Operaciones
Agroindustrias Valle Sagrado · Carretera Urubamba–Ollantaytambo km 2""",
    charset="windows-1252", cte="qp", name_enc=("windows-1252", "Q"),
))

add(dict(
    kind="offer", slug="ayni_bamboohr_esign", lang="es",
    company="Fundación Ayni", contact=XIMENA[1],
    frm=("Ximena Mamani", "no-reply@bamboohr.com"), reply_to=XIMENA,
    date="2026-09-15 14:30 +0000",
    subject="Fundación Ayni: tu contrato está listo para firmar",
    text="""Hola Paloma:

Nos alegra mucho confirmarte que eres la persona elegida para el cargo de Responsable de Almacén de Donaciones en La Paz.

Tu contrato ya está disponible para firma electrónica en BambooHR. Incluye el salario acordado (Bs 6 200), la fecha de inicio del 1 de octubre y el apoyo para tu traslado desde Cusco.

Firmar el contrato: https://fundacionayni.bamboohr.com/esignatures/sign/77c31

Cualquier consulta, responde este correo y me llegará directamente.

Ximena Mamani
Administración y Personal – Fundación Ayni""",
    html=ats_card("Fundación Ayni", "#047857", paras("""Hola Paloma:

Nos alegra mucho confirmarte que eres la persona elegida para el cargo de Responsable de Almacén de Donaciones en La Paz.

Tu contrato ya está disponible para firma electrónica en BambooHR. Incluye el salario acordado (Bs 6 200), la fecha de inicio del 1 de octubre y el apoyo para tu traslado desde Cusco.""") + button(
        "Firmar el contrato", "https://fundacionayni.bamboohr.com/esignatures/sign/77c31",
        "#047857") + paras("""Cualquier consulta, responde este correo y me llegará directamente.

Ximena Mamani
Administración y Personal – Fundación Ayni"""), "Enviado con BambooHR", lang="es"),
    cte="qp", html_cte="qp",
    mid="ayni-offer", refs=["ayni-ack", "ayni-call", "ayni-move"],
))

# ---------------------------------------------------------------- en
add(dict(
    kind="offer", slug="gulfcoast_verbal_offer_followup", lang="en",
    company="Gulf Coast Mining Supply", contact=DEREK[1], frm=DEREK,
    date="2026-07-22 15:40 -0500",
    subject="Following up on our call - offer details",
    text="""Hi Paloma,

Great talking with you earlier! As discussed, we'd like to offer you the Inventory Analyst position at our Pasadena warehouse.

To recap what I shared on the phone:
- Base salary: $58,000 per year
- Relocation package: up to $6,000 and visa sponsorship (H-1B process handled by our immigration counsel)
- Target start date: once your visa is approved, ideally by January 2027

Our HR team will send the formal offer letter for e-signature within two business days. In the meantime, let me know if you have any questions.

Congratulations!
Derek Almanza
Recruiter | Gulf Coast Mining Supply
2400 Red Bluff Rd, Pasadena, TX 77506
(281) 555-0164""",
    mid="gulf-offer", refs=["gulf-invite", "gulf-missed", "gulf-request", "gulf-move"],
))

add(dict(
    kind="offer", slug="ridgeway_offer_letter_pdf", lang="en",
    company="Ridgeway Supply", contact="dana.morales@ridgewaysupply.example.com",
    frm=("Dana Morales", "dana.morales@ridgewaysupply.example.com"),
    date="2026-10-14 10:05 -0500",
    subject="Offer of Employment - Remote Inventory Analyst",
    text="""Dear Paloma,

On behalf of Ridgeway Supply Co., I am delighted to offer you the position of Remote Inventory Analyst (LatAm accounts), reporting to Alan Cho, Inventory Control Manager.

Your offer letter is attached. It sets out your compensation (USD 2,900 per month as an independent contractor), working hours aligned with Central Time and a start date of November 16, 2026. Please sign and return it by October 23.

We're excited about the experience you'll bring.

Sincerely,
Dana Morales
HR Business Partner
Ridgeway Supply Co. | 901 Washington Ave, Houston, TX 77002

This message and any attachments are confidential and intended for the named recipient only.""",
    attach=[dict(type="pdf", name="Ridgeway_Offer_Letter_Whitfield-Ccori.pdf",
                 title="Ridgeway Supply - Offer of Employment",
                 lines=["October 14, 2026", "", "Paloma Whitfield-Ccori, Cusco, Peru", "",
                        "Position: Remote Inventory Analyst (LatAm accounts)",
                        "Compensation: USD 2,900 per month (independent contractor)",
                        "Start date: November 16, 2026",
                        "", "Accepted: ______________________  Date: __________"])],
))

# ---------------------------------------------------------------- fr
add(dict(
    kind="offer", slug="dsl_offer_letter_pdf", lang="fr",
    company="Distributions Saint-Laurent", contact=GENEVIEVE[1], frm=GENEVIEVE,
    date="2026-05-19 14:00 -0400",
    subject="Offre d'emploi – Analyste des stocks",
    text="""Bonjour Paloma,

À la suite de notre entrevue du 28 avril et de vos échanges avec M. Pelletier, j'ai le plaisir de vous offrir le poste d'analyste des stocks chez Distributions Saint-Laurent.

Vous trouverez ci-joint la lettre d'offre : salaire annuel de 56 000 $, trois semaines de vacances, soutien à la demande de permis de travail et à la relocalisation. L'entrée en fonction est prévue dès l'obtention de votre permis.

Merci de me retourner la lettre signée d'ici le 29 mai.

Félicitations !
Geneviève Tremblay
Conseillère principale, acquisition de talents
Distributions Saint-Laurent inc. | 2200, boul. Industriel, Laval (Québec)""",
    cte="qp",
    attach=[dict(type="pdf", name="Lettre_offre_DSL_Whitfield-Ccori.pdf",
                 title="Lettre d'offre - Distributions Saint-Laurent",
                 lines=["Laval, le 19 mai 2026", "", "Madame Paloma Whitfield-Ccori", "",
                        "Poste : Analyste des stocks", "Salaire annuel : 56 000 $",
                        "Vacances : trois semaines", "",
                        "Signature : ______________________"])],
    mid="dsl-offer", refs=["dsl-ack", "dsl-invite", "dsl-cancel"],
))

# ---------------------------------------------------------------- de
add(dict(
    kind="offer", slug="graetzlmarkt_offer_pdf", lang="de",
    company="Grätzlmarkt", contact="stefan.wimmer@graetzlmarkt.example.at",
    frm=("Stefan Wimmer", "stefan.wimmer@graetzlmarkt.example.at"),
    date="2026-10-20 09:12 +0200",
    subject="Ihr Vertragsangebot - Bestandsanalyst:in",
    subj_enc=("iso-8859-1", "Q"),
    text="""Sehr geehrte Frau Whitfield-Ccori,

wir freuen uns sehr, Ihnen nach den Gesprächen der vergangenen Wochen die Stelle als Bestandsanalystin in unserer Zentrale in Wien-Favoriten anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot mit den Eckdaten (Bruttojahresgehalt 44.800 Euro, 38,5 Wochenstunden, Eintritt nach Erteilung der Rot-Weiß-Rot-Karte). Bitte senden Sie uns das unterschriebene Angebot bis 3. November zurück.

Mit freundlichen Grüßen
Stefan Wimmer
Leitung Personal
Grätzlmarkt Handels GmbH · Laxenburger Straße 151, 1100 Wien
+43 1 604 2217""",
    charset="iso-8859-1", cte="qp",
    attach=[dict(type="pdf", name="Vertragsangebot_Grätzlmarkt.pdf",
                 title="Vertragsangebot - Grätzlmarkt",
                 lines=["Wien, 20. Oktober 2026", "", "Frau Paloma Whitfield-Ccori", "",
                        "Position: Bestandsanalystin",
                        "Bruttojahresgehalt: 44.800 Euro",
                        "Arbeitszeit: 38,5 Wochenstunden",
                        "", "Unterschrift: ______________________"])],
))

add(dict(
    kind="offer", slug="personalwerk_unnamed_client_offer", lang="de",
    company="Personalwerk Wien", contact=MARTINA[1], frm=MARTINA,
    date="2026-10-01 16:45 +0200",
    subject="Gute Nachrichten – ein Angebot für Sie",
    text="""Liebe Frau Whitfield-Ccori,

nach den zwei Gesprächen der letzten Woche hat sich unser Kunde, ein Lebensmittelgroßhändler in Wien-Simmering, entschieden: Er möchte Ihnen ein Angebot für die Stelle als Junior Disponentin Bestand machen!

Die Eckdaten: 2.900 Euro brutto monatlich (14 Gehälter), Vollzeit, Unterstützung beim Antrag auf die Rot-Weiß-Rot-Karte. Den Namen des Unternehmens darf ich Ihnen nennen, sobald Sie grundsätzlich Interesse bestätigen – das ist bei diesem Kunden so vereinbart.

Haben Sie morgen Zeit für ein kurzes Telefonat?

Beste Grüße
Martina Hofbauer
Senior Consultant
Personalwerk Wien GmbH · Mariahilfer Straße 88, 1070 Wien
T +43 1 522 9030""",
    cte="8bit",
))

_ = (blockquote, esc, on_wrote, simple_html)
