"""Corpus 204: rejections (31), each worded on its own.

Hand-written specs (one dict per message); the generator turns them into MIME.
"""

from __future__ import annotations

from msgs204_common import CAND, ats_card, outlook_html, outlook_reply, reply, simple_html
from msgs204_invites import (ANDRES, BIANCA, DANA, FRIEDERIKE, GENEVIEVE, GERARDO, ITZEL,
                             JANA, JORGE, LUCIA, OWEN, PAOLA, RA_SIG, REBECA, SANTIAGO, TASHA)

AUTO = ("Auto-Submitted", "auto-generated")

# ------------------------------------------------ the candidate's notes quoted by the answers

BL_THANKS = """\
Hi Dana,

Thank you for taking the time to talk with me this afternoon. I really enjoyed hearing
about how the Brightloop team onboards new restaurant groups, and it confirmed how much I
want to bring my ten years on the floor to a customer success role.

If there is anything else you need from me, like references or a short writing sample in
Spanish, I'm happy to send it.

Best regards,
Rodrigo Abernethy-Quispe
"""

FL_THANKS = """\
Jorge, muchas gracias por el tiempo de hoy. Me quedé pensando en lo que contaste de los
transportistas que se dan de baja a los tres meses; creo que se parece mucho a cuando un
cliente deja de venir al restaurante sin decir nada, y me encantaría ayudar a detectarlo
antes.

Quedo a tus órdenes para lo que sigue.
Rodrigo
"""

PG_FOLLOW = """\
Hola Ximena:

Espero que estés muy bien. Hace casi tres semanas me postulé a la vacante de Customer
Support Specialist y quería saber si hay alguna novedad sobre el proceso. Sigo muy
interesado en Pagora.

Saludos,
Rodrigo Abernethy-Quispe
"""

XIMENA = ("Ximena Duarte", "ximena.duarte@pagora.example.mx")
CAMILA = ("Camila Restrepo", "camila.restrepo@enlacehumano.example.co")
ALVARO = ("Álvaro Muñiz", "alvaro.muniz@recursia.example.es")
MARTA = ("Marta Ibarrola", "marta.ibarrola@hostalia.example.es")
MATHIEU = ("Mathieu Côté", "mathieu.cote@ghsaint-urbain.example.ca")
JESS = ("Jess Alvarado", "jess@larkspurcx.example.com")

MESSAGES: list[dict] = []

# ----------------------------------------------------------------------------- Spanish (17)

BT_REJ = """\
Estimado(a) Rodrigo:

Agradecemos el tiempo que dedicaste a postularte a la vacante Ejecutivo de Servicio
Digital (REQ-24817) en Banco Tapatío.

Tras analizar tu perfil frente a los requisitos del puesto, te informamos que no
continuarás en las siguientes etapas del proceso de selección.

Tus datos permanecerán en nuestra bolsa de trabajo durante doce meses, por si surge una
vacante acorde a tu experiencia. Te invitamos a seguir consultando nuestras oportunidades.

Atentamente,
Atracción de Talento
Banco Tapatío"""

MESSAGES += [
    dict(
        kind="rejection", slug="bancotapatio_workday_formal", key="bt_rej",
        lang="es", company="Banco Tapatío", contact="",
        frm=("Banco Tapatío", "bancotapatio@myworkday.com"), parent="bt_ack",
        subject="Actualización de tu postulación – Ejecutivo de Servicio Digital",
        date="2026-02-05 09:00 -0600",
        html=ats_card("es", "Banco Tapatío", "#003b71", BT_REJ,
                      footer="Este correo se generó automáticamente; por favor no lo respondas."
                             "\nBanco Tapatío, S.A., Institución de Banca Múltiple. "
                             "Av. Vallarta 3233, Guadalajara, Jal."),
        cte="quoted-printable", headers=[AUTO],
    ),
    dict(
        kind="rejection", slug="pagora_lever_closer_match", key="pg_rej",
        lang="es", company="Pagora", contact=XIMENA[1],
        frm=("Ximena Duarte", "no-reply@hire.lever.co"), reply_to=XIMENA, parent="pg_follow",
        subject="Re: Seguimiento a mi postulación – Customer Support Specialist",
        date="2026-03-11 12:20 -0600",
        text=reply("es", """\
Hola Rodrigo, gracias por escribir y por tu paciencia.

Te cuento que el equipo terminó de revisar las postulaciones y decidimos avanzar con
candidatos cuya experiencia se acerca más a lo que la vacante pide hoy, sobre todo en
soporte a comercios dentro de una fintech. Sé que no es la respuesta que esperabas.

Me gustó mucho tu carta; si abrimos posiciones de atención en sucursal digital o de
onboarding, te buscaré.

Un saludo,
Ximena Duarte
People Team · Pagora""", "2026-03-09 20:15 -0600", CAND[0], CAND[1], PG_FOLLOW),
        html=None, headers=[("X-Lever-Message", "reply")],
    ),
    dict(
        kind="rejection", slug="tianguis_after_case", key="td_rej",
        lang="es", company="Tianguis Digital", contact=PAOLA[1],
        frm=PAOLA, parent="td_inv2",
        subject="Tu proceso en Tianguis Digital",
        date="2026-04-28 16:45 -0600",
        text="""\
Hola Rodrigo:

Gracias por tu presentación del jueves pasado; el caso del vendedor de artesanías que
querías rescatar con una llamada en su horario de mercado nos pareció muy creativo.

Después de mucho deliberar, Héctor y Regina eligieron a otra persona para el puesto, que
ya había trabajado con vendedores en un marketplace. Fue una decisión cerrada y queremos
que lo sepas.

Algunos comentarios del equipo, por si te sirven: tu empatía con el cliente es clarísima;
te recomendarían practicar el uso de métricas (churn, NPS) al argumentar tus propuestas.

Ojalá nos volvamos a cruzar.
Paola Reséndiz
Talent Acquisition · Tianguis Digital
""",
        html=simple_html("""\
Hola Rodrigo:

Gracias por tu presentación del jueves pasado; el caso del vendedor de artesanías que
querías rescatar con una llamada en su horario de mercado nos pareció muy creativo.

Después de mucho deliberar, Héctor y Regina eligieron a otra persona para el puesto, que
ya había trabajado con vendedores en un marketplace. Fue una decisión cerrada y queremos
que lo sepas.

Algunos comentarios del equipo, por si te sirven: tu empatía con el cliente es clarísima;
te recomendarían practicar el uso de métricas (churn, NPS) al argumentar tus propuestas.

Ojalá nos volvamos a cruzar.
Paola Reséndiz""", "es"),
        cte="base64",
    ),
    dict(
        kind="rejection", slug="riaazul_terse", key="ra_rej",
        lang="es", company="Hoteles Ría Azul", contact=LUCIA[1],
        frm=(LUCIA[0], LUCIA[1], "iso-8859-1", "Q"), parent="ra_new",
        subject="RE: Entrevista – Coordinador(a) de Experiencia del Huésped",
        date="2026-05-20 13:02 -0600",
        text=f"""\
Rodrigo, gracias por tu tiempo el martes 12. Por ahora no seguiremos con tu candidatura.

Saludos,

{RA_SIG}
""",
        html=outlook_html("Rodrigo, gracias por tu tiempo el martes 12. Por ahora no seguiremos "
                          "con tu candidatura.\n\nSaludos,", "es", RA_SIG),
        charset="windows-1252", cte="8bit", html_cte="quoted-printable",
        subj_enc="Q", subj_cs="windows-1252",
    ),
    dict(
        kind="rejection", slug="talentonorte_client_declined", key="tn_rej",
        lang="es", company="Fintecha Regia", contact=REBECA[1],
        frm=("Rebeca Garza | Talento Norte", REBECA[1]), parent="tn_inv",
        subject="Retroalimentación de Fintecha Regia",
        date="2026-03-03 10:20 -0600",
        text="""\
Hola Rodrigo:

Ayer platiqué con Alberto Sada sobre tu entrevista. Fintecha Regia decidió quedarse con un
candidato que ya venía de atención a clientes en banca, así que no vas a continuar en ese
proceso.

Lo que me dijo Alberto, para que te quedes con lo bueno: le encantó tu energía y la forma
en que contaste la historia del cliente que dejó una queja y terminó festejando ahí su
aniversario. Lo que les faltó fue ver conocimiento de productos financieros.

No te me desanimes: tengo otras dos búsquedas de Customer Success que se abren en marzo y
te voy a tener en cuenta. Te marco la próxima semana.

Rebeca Garza
Consultora Sr. de Reclutamiento · Talento Norte
Cel. +52 81 1932 5508
""",
    ),
    dict(
        kind="rejection", slug="auroracx_role_on_hold", key="ac_hold",
        lang="es", company="Aurora CX", contact="",
        frm=("Aurora CX", "noreply@smartrecruiters.com"), parent="ac_missed",
        subject="Aurora CX – Agente Senior de Soporte Bilingüe: estatus de tu postulación",
        date="2026-04-01 10:00 -0600",
        text="""\
Hola Rodrigo:

Te escribimos sobre tu postulación a Agente Senior de Soporte Bilingüe (cuenta de
software).

Nuestro cliente decidió poner la vacante en pausa de manera indefinida, por lo que no
vamos a continuar con el proceso de selección para esta posición. Esta decisión aplica a
todas las personas candidatas.

Gracias por tu interés en Aurora CX. Te invitamos a revisar nuestras otras vacantes en
https://careers.smartrecruiters.com/AuroraCX

Equipo de Reclutamiento
Aurora CX
""",
        html=ats_card("es", "Aurora CX", "#f59e0b", """\
Hola Rodrigo:

Te escribimos sobre tu postulación a Agente Senior de Soporte Bilingüe (cuenta de
software).

Nuestro cliente decidió poner la vacante en pausa de manera indefinida, por lo que no
vamos a continuar con el proceso de selección para esta posición. Esta decisión aplica a
todas las personas candidatas.

Gracias por tu interés en Aurora CX.

Equipo de Reclutamiento
Aurora CX""", footer="Powered by SmartRecruiters",
            button=("Ver otras vacantes", "https://careers.smartrecruiters.com/AuroraCX")),
        headers=[AUTO],
    ),
    dict(
        kind="rejection", slug="meridiano_terse_outlook", key="sm_rej",
        lang="es", company="Seguros Meridiano", contact=GERARDO[1],
        frm=GERARDO, parent="sm_missed",
        subject="Seguimiento – Ejecutivo de Atención a Asegurados",
        date="2026-07-22 18:40 -0600",
        text="""\
Rodrigo:

Te comento que la Lic. Montes optó por no continuar contigo en esta ocasión.

Saludos.

Gerardo Anaya
Analista de Reclutamiento | Seguros Meridiano
Tel. 55 5322 1900 ext. 2218
""",
        html=outlook_html("Rodrigo:\n\nTe comento que la Lic. Montes optó por no continuar "
                          "contigo en esta ocasión.\n\nSaludos.", "es",
                          "Gerardo Anaya\nAnalista de Reclutamiento | Seguros Meridiano\n"
                          "Tel. 55 5322 1900 ext. 2218"),
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="flotilla_after_thanks", key="fl_rej",
        lang="es", company="Flotilla", contact=JORGE[1],
        frm=JORGE, parent="fl_thanks",
        subject="Re: Gracias por la plática",
        date="2026-03-06 13:15 -0600",
        text=reply("es", """\
Rodrigo, te debo una respuesta y prefiero dártela directo.

Nos fuimos por alguien que ya había hecho Customer Success en una empresa de logística;
en esta etapa necesitamos a alguien que arranque sin curva de aprendizaje con los
transportistas. No fue fácil, de verdad, porque tu comparación con el cliente que deja de
ir al restaurante me pareció de lo mejor que escuché en todo el proceso.

Si en unos meses abrimos una segunda posición más junior, te escribo yo.

Un abrazo,
Jorge""", "2026-02-27 19:30 -0600", CAND[0], CAND[1], FL_THANKS),
        cte="8bit",
    ),
    dict(
        kind="rejection", slug="tonala_filled_internally", key="gt_rej",
        lang="es", company="Grupo Hotelero Tonalá", contact=ITZEL[1],
        frm=ITZEL,
        subject="Vacante Supervisor de Experiencia Digital – cierre del proceso",
        date="2026-09-01 12:10 -0600",
        text="""\
Hola Rodrigo:

Gracias por haber venido finalmente a platicar con Fausto la semana pasada.

Te escribo para cerrar el círculo: la posición de Supervisor de Experiencia Digital la
cubrimos con una promoción interna. Una compañera de recepción del Hotel Tonalá Plaza
lleva dos años apoyando con el sistema de reservas y la dirección decidió darle la
oportunidad a ella.

Tu CV se queda en nuestra cartera para futuras aperturas del grupo.

Saludos,
Itzel Camacho
Reclutamiento y Selección · Grupo Hotelero Tonalá
""",
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="andinosabana_taleo_latin1", key="bas_rej",
        lang="es", company="Banco Andino Sabana", contact="",
        frm=("Banco Andino Sabana - Selección", "bancoandinosabana@taleo.net",
             "iso-8859-1", "Q"), parent="bas_ack",
        subject="Resultado de su proceso - Analista de Experiencia del Cliente (Req. 2026-0419)",
        date="2026-05-18 08:05 -0500",
        text="""\
Cordial saludo, Rodrigo Abernethy-Quispe:

Banco Andino Sabana agradece su participación en la convocatoria para el cargo Analista
de Experiencia del Cliente (Req. 2026-0419).

Una vez surtida la etapa de análisis de hojas de vida, le informamos que su postulación
no fue seleccionada para avanzar a la fase de pruebas. La decisión obedece a la
comparación de los perfiles recibidos con las competencias definidas para el cargo.

Lo invitamos a mantener actualizada su información en nuestro portal y a postularse a
futuras convocatorias.

Atentamente,

Gerencia de Selección y Atracción de Talento
Banco Andino Sabana
Bogotá D.C., Colombia

Este mensaje es generado automáticamente por el sistema de selección; no responda a esta
dirección.
""",
        charset="iso-8859-1", cte="quoted-printable", subj_enc="Q", subj_cs="iso-8859-1",
        name_enc="Q", headers=[AUTO],
    ),
    dict(
        kind="rejection", slug="llamalia_casual", key="ll_rej",
        lang="es", company="Llamalia", contact=ANDRES[1],
        frm=ANDRES, parent="ll_missed",
        subject="qué más, Rodrigo – noticias del proceso",
        date="2026-06-15 17:22 -0500",
        text="""\
Qué más Rodrigo, ¿todo bien?

Te cuento cómo quedó la cosa después de nuestra llamada del lunes: no pasaste a la
siguiente ronda. Al líder de la cuenta le faltó ver experiencia con herramientas de
tickets tipo Zendesk o Freshdesk, que para esa campaña es clave desde el día uno.

Yo sí te vi buen potencial, entonces no te desanimes. Si haces algún curso corto de
Zendesk y me cuentas, te tengo en el radar para la próxima campaña bilingüe.

Un abrazo parcero,
Andrés
""",
        html=simple_html("""\
Qué más Rodrigo, ¿todo bien?

Te cuento cómo quedó la cosa después de nuestra llamada del lunes: no pasaste a la
siguiente ronda. Al líder de la cuenta le faltó ver experiencia con herramientas de
tickets tipo Zendesk o Freshdesk, que para esa campaña es clave desde el día uno.

Yo sí te vi buen potencial, entonces no te desanimes. Si haces algún curso corto de
Zendesk y me cuentas, te tengo en el radar para la próxima campaña bilingüe.

Un abrazo parcero,
Andrés""", "es"),
    ),
    dict(
        kind="rejection", slug="enlacehumano_unnamed_client", key="eh_rej",
        lang="es", company="Enlace Humano", contact=CAMILA[1],
        frm=("Camila Restrepo · Enlace Humano", CAMILA[1]), parent="eh_reg",
        subject="Novedades sobre la vacante de Coordinador de Servicio al Cliente",
        date="2026-07-06 11:48 -0500",
        text="""\
Hola Rodrigo, buen día.

Recibimos la respuesta de nuestro cliente sobre la vacante de Coordinador de Servicio al
Cliente. Aunque valoraron tu experiencia con público, prefirieron continuar con perfiles
que ya residen en Bogotá, porque el cargo exige presencia en sede tres días a la semana.

Lamento que esta vez no se haya dado. Tu hoja de vida sigue activa con nosotros y te
estaré compartiendo procesos remotos que encajen contigo.

Saludos cordiales,

Camila Restrepo
Consultora de Selección
Enlace Humano
Av. Calle 26 # 69-76, Torre 3, oficina 1104, Bogotá
+57 601 489 2230

Este correo y sus anexos son confidenciales. Si usted no es el destinatario, por favor
elimínelo e informe al remitente.
""",
        charset="iso-8859-1", cte="quoted-printable", name_enc="B", name_cs="utf-8",
    ),
    dict(
        kind="rejection", slug="ventanilla_teamtailor_other_profile", key="vc_rej",
        lang="es", company="Ventanilla Cloud", contact="",
        frm=("Ventanilla Cloud", "no-reply@teamtailor-mail.com"), parent="vc_cancel",
        subject="Tu candidatura en Ventanilla Cloud",
        date="2026-05-04 10:15 +0200",
        html=ats_card("es", "Ventanilla Cloud", "#1f7a8c", """\
Hola, Rodrigo:

Gracias por el interés que has mostrado en Ventanilla Cloud y por tu paciencia durante
estas semanas.

Tras replantear el equipo de Customer Success (LatAm), hemos optado por otra candidatura
cuyo perfil encaja mejor con la fase actual del proyecto, de modo que no seguiremos
adelante con la tuya.

Te deseamos muchísima suerte en tu búsqueda.

El equipo de personas de Ventanilla Cloud""",
            footer="Ventanilla Cloud · Calle de Alcalá 181, 28009 Madrid\n"
                   "Puedes consultar cómo tratamos tus datos en nuestra política de privacidad."),
        cte="base64", headers=[AUTO],
    ),
    dict(
        kind="rejection", slug="hostalia_role_cancelled", key="ho_cancel",
        lang="es", company="Hostalia", contact=MARTA[1],
        frm=MARTA, parent="ho_ack",
        subject="Proceso Guest Experience Specialist – cancelación de la vacante",
        date="2026-10-02 13:30 +0200",
        text="""\
Hola, Rodrigo:

Te escribo para informarte de que la vacante de Guest Experience Specialist para nuestros
hoteles de Madrid ha quedado cancelada. La dirección ha decidido reorganizar el
departamento de atención al huésped y el puesto, tal como estaba planteado, desaparece.

El proceso se cierra para todas las personas candidatas, así que, lamentablemente, no
podremos seguir adelante con tu candidatura. No tiene nada que ver con tu perfil, que nos
había gustado.

Un saludo y mucha suerte,

Marta Ibarrola
Responsable de Selección
Hostalia Grupo Hotelero
Gran Vía 44, 28013 Madrid · +34 915 550 372
""",
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        kind="rejection", slug="castellano_successfactors_usted", key="bc_rej",
        lang="es", company="Banco Castellano", contact="",
        frm=("Banco Castellano - Empleo", "noreply@successfactors.eu", "iso-8859-1", "B"),
        subject="Su candidatura a Gestor/a de Experiencia de Cliente Digital",
        date="2026-06-30 09:45 +0200",
        text="""\
Estimado Sr. Abernethy-Quispe:

Le agradecemos sinceramente el interés mostrado por formar parte de Banco Castellano y
el tiempo dedicado a su candidatura para el puesto de Gestor/a de Experiencia de Cliente
Digital (ref. BC-2026-1188).

Lamentamos comunicarle que en esta ocasión su candidatura no ha resultado seleccionada.
El número de solicitudes recibidas ha sido muy elevado y el proceso ha sido altamente
competitivo.

Conservaremos sus datos, de acuerdo con la política de privacidad que aceptó, para
futuros procesos que pudieran ajustarse a su perfil.

Reciba un cordial saludo,

Dirección de Personas y Cultura
Banco Castellano
Paseo de la Castellana 77, 28046 Madrid

Este mensaje se ha enviado desde una dirección de correo que no admite respuestas.
""",
        html=simple_html("""\
Estimado Sr. Abernethy-Quispe:

Le agradecemos sinceramente el interés mostrado por formar parte de Banco Castellano y
el tiempo dedicado a su candidatura para el puesto de Gestor/a de Experiencia de Cliente
Digital (ref. BC-2026-1188).

Lamentamos comunicarle que en esta ocasión su candidatura no ha resultado seleccionada.
El número de solicitudes recibidas ha sido muy elevado y el proceso ha sido altamente
competitivo.

Conservaremos sus datos, de acuerdo con la política de privacidad que aceptó, para
futuros procesos que pudieran ajustarse a su perfil.

Reciba un cordial saludo,

Dirección de Personas y Cultura
Banco Castellano""", "es"),
        charset="iso-8859-1", cte="quoted-printable", subj_enc="Q", subj_cs="iso-8859-1",
        headers=[AUTO],
    ),
    dict(
        kind="rejection", slug="recursia_client_pixelia", key="rc_rej",
        lang="es", company="Pixelia", contact=ALVARO[1],
        frm=(ALVARO[0], ALVARO[1], "utf-8", "B"), parent="rc_reg",
        subject="Pixelia – respuesta tras la entrevista",
        date="2026-09-22 18:05 +0200",
        text="""\
Hola, Rodrigo:

Te he llamado esta tarde pero no te he pillado, así que te lo cuento por aquí. Pixelia me
ha dado su respuesta después de la entrevista del jueves y han decidido no avanzar contigo
para el puesto de Customer Success Specialist. Buscaban a alguien que ya hubiera
gestionado renovaciones de contratos en SaaS B2B y ahí es donde se han quedado con dudas.

Me han pedido que te diga que la parte de trato con el cliente les pareció de diez.

Sigo moviendo tu perfil con otros clientes en Madrid. Hablamos pronto.

Álvaro Muñiz
Consultor Senior · Recursia
Calle de Velázquez 57, 28001 Madrid
+34 910 555 284
""",
        html=simple_html("""\
Hola, Rodrigo:

Te he llamado esta tarde pero no te he pillado, así que te lo cuento por aquí. Pixelia me
ha dado su respuesta después de la entrevista del jueves y han decidido no avanzar contigo
para el puesto de Customer Success Specialist. Buscaban a alguien que ya hubiera
gestionado renovaciones de contratos en SaaS B2B y ahí es donde se han quedado con dudas.

Me han pedido que te diga que la parte de trato con el cliente les pareció de diez.

Sigo moviendo tu perfil con otros clientes en Madrid. Hablamos pronto.

Álvaro Muñiz
Consultor Senior · Recursia""", "es"),
        html_cte="base64",
    ),
    dict(
        kind="rejection", slug="cumbre_unnamed_client_no", key="ct_rej",
        lang="es", company="Cumbre Talento Ejecutivo", contact=SANTIAGO[1],
        frm=("Santiago Villaseñor | Cumbre Talento Ejecutivo", SANTIAGO[1], "utf-8", "B"),
        parent="ct_inv",
        subject="Re: Oportunidad en Customer Success – siguiente paso",
        date="2026-05-05 09:30 -0600",
        text="""\
Rodrigo, buen día:

Ayer por la tarde me confirmó mi cliente que no avanzará con tu candidatura. La directora
de Customer Success sintió que el rol, por ahora, requiere a alguien que ya haya manejado
una cartera de cuentas corporativas, y prefirió a un perfil con ese recorrido.

Sé que le pusiste muchas ganas a la preparación y se notó. Me quedo con tu CV; en
Cumbre trabajamos con varias empresas de tecnología que valoran mucho la experiencia en
hospitalidad.

Un abrazo,
Santiago Villaseñor
Socio | Cumbre Talento Ejecutivo
+52 55 4170 2283
""",
    ),
]

# ----------------------------------------------------------------------------- English (8)

MESSAGES += [
    dict(
        kind="rejection", slug="brightloop_quotes_thanks", key="bl_rej",
        lang="en", company="Brightloop", contact=DANA[1],
        frm=DANA, parent="bl_thanks",
        subject="Re: Thank you – Customer Success Specialist call",
        date="2026-03-24 09:30 -0500",
        text=reply("en", """\
Hi Rodrigo,

Thank you for this lovely note, and apologies for the slow reply; I was out last week.

I wanted to let you know personally that the team has chosen to pursue other candidates
for the Customer Success Specialist role. It was a close call: the hiring manager loved
your warmth, but in the end we went with people who already have SaaS onboarding
experience.

I'd genuinely like to stay in touch as we grow the Spanish-speaking team later this
year.

All the best,
Dana""", "2026-03-17 17:40 -0600", CAND[0], CAND[1], BL_THANKS),
        html=None,
    ),
    dict(
        kind="rejection", slug="lonestar_icims_formal", key="lsl_rej",
        lang="en", company="Lonestar Lodging Group", contact="",
        frm=("Lonestar Lodging Group Careers", "lonestarlodging-talent@icims.com"),
        parent="lsl_missed",
        subject="Your application for Guest Systems Support Specialist",
        date="2026-05-06 16:00 -0500",
        html=ats_card("en", "Lonestar Lodging Group", "#7c2d12", """\
Dear Rodrigo,

Thank you for your interest in the Guest Systems Support Specialist position with
Lonestar Lodging Group.

After careful consideration, we regret to inform you that you have not been selected to
continue in the hiring process for this requisition (REQ 2026-3317).

We appreciate the time you invested and encourage you to apply for future openings that
match your skills and experience.

Sincerely,
Talent Acquisition
Lonestar Lodging Group""",
            footer="This message was sent from an unmonitored mailbox. Please do not reply.\n"
                   "Lonestar Lodging Group is an Equal Opportunity Employer."),
        cte="quoted-printable", headers=[AUTO],
    ),
    dict(
        kind="rejection", slug="pecan_workable_closer_match", key="pp_rej",
        lang="en", company="Pecan Payments", contact="",
        frm=("Pecan Payments", "pecanpayments@workablemail.com"), parent="pp_move",
        subject="Update on your application to Pecan Payments",
        date="2026-06-01 11:30 -0500",
        text="""\
Hi Rodrigo,

Thank you for taking the time to interview for the Customer Success Associate (Spanish)
position at Pecan Payments.

We have decided to move forward with candidates whose experience more closely matches
the requirements of the role. We know this isn't the news you were hoping for, and we
truly appreciate your interest in Pecan.

We wish you the best in your job search.

Pecan Payments Hiring Team
""",
        html=ats_card("en", "Pecan Payments", "#8b5a2b", """\
Hi Rodrigo,

Thank you for taking the time to interview for the Customer Success Associate (Spanish)
position at Pecan Payments.

We have decided to move forward with candidates whose experience more closely matches
the requirements of the role. We know this isn't the news you were hoping for, and we
truly appreciate your interest in Pecan.

We wish you the best in your job search.

Pecan Payments Hiring Team""", footer="Sent with Workable"),
        headers=[AUTO],
    ),
    dict(
        kind="rejection", slug="harbourfront_role_on_hold", key="hh_hold",
        lang="en", company="Harbourfront Hotels", contact=OWEN[1],
        frm=OWEN, parent="hh_ac",
        subject="Guest Technology Coordinator – update",
        date="2026-09-16 15:10 -0400",
        text="""\
Dear Rodrigo,

Thank you for taking part in last week’s assessment centre; the assessors spoke highly of
your guest-complaint response.

I’m writing to let you know that the Guest Technology Coordinator role has been put on
hold following a review of our 2027 budget, and we will not proceed with the recruitment
at this time. As a result, we’re closing all applications for this position, including
yours.

Should the role be reopened, we’ll post it again on our careers page and you’d be very
welcome to reapply.

Kind regards,

Owen MacLeod
People & Culture Advisor
Harbourfront Hotels
88 Harbour Street, Toronto, ON M5J 0C3
+1 416 555 0137

CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only
for the named recipient. If you received it in error, please notify the sender and
delete it.
""",
        html=outlook_html("""\
Dear Rodrigo,

Thank you for taking part in last week’s assessment centre; the assessors spoke highly of
your guest-complaint response.

I’m writing to let you know that the Guest Technology Coordinator role has been put on
hold following a review of our 2027 budget, and we will not proceed with the recruitment
at this time. As a result, we’re closing all applications for this position, including
yours.

Should the role be reopened, we’ll post it again on our careers page and you’d be very
welcome to reapply.

Kind regards,""", "en", "Owen MacLeod\nPeople & Culture Advisor\nHarbourfront Hotels\n"
                        "88 Harbour Street, Toronto, ON M5J 0C3\n+1 416 555 0137",
            "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information "
            "intended only\nfor the named recipient. If you received it in error, please "
            "notify the sender and\ndelete it."),
        charset="windows-1252", cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="northcall_terse", key="nc_rej",
        lang="en", company="Northcall Solutions", contact=BIANCA[1],
        frm=BIANCA,
        subject="Bilingual Client Support Lead",
        date="2026-10-05 16:55 -0400",
        text="""\
Hi Rodrigo,

We've gone another way with the Lead role. Thanks for your time.

Bianca
""",
        cte="7bit",
    ),
    dict(
        kind="rejection", slug="riverbend_client_hill_country_passes", key="rb_rej",
        lang="en", company="Hill Country Bank", contact=TASHA[1],
        frm=TASHA,
        subject="Feedback from Hill Country Bank",
        date="2026-09-08 10:05 -0500",
        text="""\
Hi Rodrigo,

Hill Country Bank got back to me this morning about the Digital Banking Support
Specialist role you interviewed for on Thursday. Unfortunately they're passing this
time. Their feedback was that you interviewed really well, but they need someone who's
already licensed for some of the account-opening work, and that's a hard requirement on
their side.

I know it stings, especially after Alamo Ridge went so well. I'll keep sending you
anything bilingual that comes across my desk.

Talk soon,
Tasha

Tasha Monroe | Senior Recruiter | Riverbend Staffing | (512) 555-0173
""",
        html=simple_html("""\
Hi Rodrigo,

Hill Country Bank got back to me this morning about the Digital Banking Support
Specialist role you interviewed for on Thursday. Unfortunately they're passing this
time. Their feedback was that you interviewed really well, but they need someone who's
already licensed for some of the account-opening work, and that's a hard requirement on
their side.

I know it stings, especially after Alamo Ridge went so well. I'll keep sending you
anything bilingual that comes across my desk.

Talk soon,
Tasha""", "en"),
    ),
    dict(
        kind="rejection", slug="quillstack_bamboohr", key="qs_rej",
        lang="en", company="Quillstack", contact="",
        frm=("Quillstack", "notifications@app.bamboohr.com"), parent="qs_missed",
        subject="Quillstack – Support Success Associate",
        date="2026-08-27 08:40 -0500",
        text="""\
Hello Rodrigo,

Thanks again for your interest in the Support Success Associate opening at Quillstack
and for the conversation with our hiring team.

We've now completed our interviews, and we won't be able to offer you the position. This
was a difficult decision given the number of strong applicants.

We'll keep your résumé on file, and we hope you'll consider Quillstack again in the
future.

Warm regards,
The Quillstack People Team
""",
        html=ats_card("en", "Quillstack", "#334155", """\
Hello Rodrigo,

Thanks again for your interest in the Support Success Associate opening at Quillstack
and for the conversation with our hiring team.

We've now completed our interviews, and we won't be able to offer you the position. This
was a difficult decision given the number of strong applicants.

We'll keep your résumé on file, and we hope you'll consider Quillstack again in the
future.

Warm regards,
The Quillstack People Team""", footer="Sent from BambooHR. Replies to this address are "
                                      "not monitored."),
        cte="base64", headers=[AUTO],
    ),
    dict(
        kind="rejection", slug="larkspur_casual", key="lk_rej",
        lang="en", company="Larkspur CX", contact=JESS[1],
        frm=JESS,
        subject="bad news, sorry :(",
        date="2026-10-08 17:45 -0500",
        text="""\
Hey Rodrigo,

Bad news, and I'm sorry to be the one sending it: the team picked someone else for the
bilingual escalations spot. Honestly it came down to two people and the other person had
already worked our main client's product.

You were great on the call, everyone said so. If you're ever in Austin, coffee's on me,
and I'm totally happy to be a reference for any CX role you go after.

Jess

Jess Alvarado | Ops Manager | Larkspur CX | 512-555-0196
""",
        cte="7bit",
    ),
]

# ------------------------------------------------------------------------------ French (3)

MESSAGES += [
    dict(
        kind="rejection", slug="banqueduplateau_workday", key="bp_rej",
        lang="fr", company="Banque du Plateau", contact="",
        frm=("Banque du Plateau", "banqueduplateau@myworkday.com"), parent="bp_missed",
        subject="Votre candidature – Agent principal, expérience client numérique",
        date="2026-09-29 09:20 -0400",
        html=ats_card("fr", "Banque du Plateau", "#00529b", """\
Bonjour Rodrigo,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste d'agent
principal, expérience client numérique (réf. R-11842).

Après une étude attentive de votre dossier, nous ne sommes malheureusement pas en
mesure de donner suite à votre candidature.

Nous conserverons votre profil dans notre banque de candidats et vous souhaitons bon
succès dans vos démarches.

L'équipe Acquisition de talents
Banque du Plateau""", footer="Ce message a été généré automatiquement. Merci de ne pas y "
                             "répondre."),
        cte="base64", subj_enc="Q", subj_cs="utf-8", headers=[AUTO],
    ),
    dict(
        kind="rejection", slug="saint_urbain_comble_interne", key="su_rej",
        lang="fr", company="Groupe Hôtelier Saint-Urbain", contact=MATHIEU[1],
        frm=(MATHIEU[0], MATHIEU[1], "iso-8859-1", "Q"),
        subject="Poste de coordonnateur, expérience invité",
        date="2026-10-06 11:05 -0400",
        text="""\
Bonjour Rodrigo,

Merci encore pour notre échange de la semaine dernière et pour l'intérêt que vous portez
au Groupe Hôtelier Saint-Urbain.

Je tenais à vous informer personnellement que le poste de coordonnateur, expérience
invité, a été comblé à l'interne : une collègue de notre hôtel du Vieux-Montréal a posé sa
candidature et la direction a choisi de lui confier le rôle.

Nous gardons vos coordonnées et nous n'hésiterons pas à vous contacter si un poste
semblable s'ouvre.

Bien cordialement,

Mathieu Côté
Conseiller, ressources humaines
Groupe Hôtelier Saint-Urbain
360, rue Saint-Antoine Ouest, Montréal (Québec) H2Y 3X4
""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="alize_client_telepro_no", key="az_rej",
        lang="fr", company="Télépro Laval", contact=GENEVIEVE[1],
        frm=(GENEVIEVE[0], GENEVIEVE[1], "iso-8859-1", "Q"), parent="az_move",
        subject="Retour de Télépro Laval",
        date="2026-09-11 15:20 -0400",
        text="""\
Bonjour Rodrigo,

J’ai eu des nouvelles de Chantal Girard ce matin. Télépro Laval a arrêté son choix sur
une autre personne pour le poste de superviseur d’équipe bilingue : une candidate qui
supervisait déjà une équipe de nuit dans un centre d’appels de Laval.

Chantal a beaucoup apprécié votre aisance avec les mises en situation et m’a dit qu’elle
aurait aimé avoir deux postes à offrir. Je suis sincèrement désolée que ça ne se
concrétise pas cette fois-ci.

Je reste à l’affût pour vous et je vous écris dès qu’un mandat bilingue s’ouvre.

Geneviève Lapointe
Conseillère en recrutement | Recrutement Alizé
514 555-0111
""",
        html=outlook_html("""\
Bonjour Rodrigo,

J’ai eu des nouvelles de Chantal Girard ce matin. Télépro Laval a arrêté son choix sur
une autre personne pour le poste de superviseur d’équipe bilingue : une candidate qui
supervisait déjà une équipe de nuit dans un centre d’appels de Laval.

Chantal a beaucoup apprécié votre aisance avec les mises en situation et m’a dit qu’elle
aurait aimé avoir deux postes à offrir. Je suis sincèrement désolée que ça ne se
concrétise pas cette fois-ci.

Je reste à l’affût pour vous et je vous écris dès qu’un mandat bilingue s’ouvre.""", "fr",
            "Geneviève Lapointe\nConseillère en recrutement | Recrutement Alizé\n514 555-0111"),
        charset="windows-1252", cte="8bit", html_cte="quoted-printable",
    ),
]

# ------------------------------------------------------------------------------ German (3)

MESSAGES += [
    dict(
        kind="rejection", slug="wolkenwerk_nach_gespraech", key="ww_rej",
        lang="de", company="Wolkenwerk", contact=JANA[1],
        frm=(JANA[0], JANA[1], "iso-8859-1", "B"), parent="ww_move",
        subject="Ihre Bewerbung bei Wolkenwerk",
        date="2026-07-24 11:05 +0200",
        text="""\
Hallo Rodrigo,

nochmals danke für das offene und sehr sympathische Gespräch mit Lukas und mir.

Wir haben lange abgewogen und uns am Ende für eine Kandidatin entschieden, die bereits
zwei Jahre Customer Success in einem B2B-SaaS-Unternehmen gemacht hat. Für die Rolle, die
vom ersten Tag an eigene Kunden in Spanien betreut, war das für uns ausschlaggebend.

Ihre Art, mit Gästen und schwierigen Situationen umzugehen, hat uns beeindruckt. Wenn
wir 2027 ein Junior-Team für Lateinamerika aufbauen, würde ich mich gern wieder melden.

Alles Gute für Ihre Suche!
Jana Köhler
People & Culture | Wolkenwerk
""",
        html=simple_html("""\
Hallo Rodrigo,

nochmals danke für das offene und sehr sympathische Gespräch mit Lukas und mir.

Wir haben lange abgewogen und uns am Ende für eine Kandidatin entschieden, die bereits
zwei Jahre Customer Success in einem B2B-SaaS-Unternehmen gemacht hat. Für die Rolle, die
vom ersten Tag an eigene Kunden in Spanien betreut, war das für uns ausschlaggebend.

Ihre Art, mit Gästen und schwierigen Situationen umzugehen, hat uns beeindruckt. Wenn
wir 2027 ein Junior-Team für Lateinamerika aufbauen, würde ich mich gern wieder melden.

Alles Gute für Ihre Suche!
Jana Köhler""", "de"),
        cte="quoted-printable",
    ),
    dict(
        kind="rejection", slug="spreebank_successfactors_formal", key="sb_rej",
        lang="de", company="Spreebank", contact="",
        frm=("Spreebank Karriere", "noreply@successfactors.eu"), parent="sb_missed",
        subject="Ihre Bewerbung als Kundenberater Digital Banking (m/w/d)",
        date="2026-06-19 08:30 +0200",
        text="""\
Sehr geehrter Herr Abernethy-Quispe,

vielen Dank für Ihr Interesse an der Spreebank und die Zeit, die Sie in Ihre Bewerbung
als Kundenberater Digital Banking (m/w/d), Kennziffer SB-4471, investiert haben.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren
nicht berücksichtigen können. Bitte haben Sie Verständnis dafür, dass wir aufgrund der
Vielzahl an Bewerbungen keine individuelle Rückmeldung geben können.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Spreebank

Spreebank AG · Friedrichstraße 68 · 10117 Berlin
Vorstand: Dr. Hartmut Ebeling (Vors.), Silke Rautenberg
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""",
        html=ats_card("de", "Spreebank", "#c8102e", """\
Sehr geehrter Herr Abernethy-Quispe,

vielen Dank für Ihr Interesse an der Spreebank und die Zeit, die Sie in Ihre Bewerbung
als Kundenberater Digital Banking (m/w/d), Kennziffer SB-4471, investiert haben.

Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren
nicht berücksichtigen können. Bitte haben Sie Verständnis dafür, dass wir aufgrund der
Vielzahl an Bewerbungen keine individuelle Rückmeldung geben können.

Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Spreebank""",
            footer="Spreebank AG · Friedrichstraße 68 · 10117 Berlin\nDiese E-Mail wurde "
                   "automatisch erstellt. Bitte antworten Sie nicht darauf."),
        charset="iso-8859-1", cte="quoted-printable", html_cte="base64", headers=[AUTO],
    ),
    dict(
        kind="rejection", slug="hellweg_client_seehaus_absage", key="hw_rej",
        lang="de", company="Seehaus Hotels", contact=FRIEDERIKE[1],
        frm=("Dr. Friederike Brandt", FRIEDERIKE[1]), parent="hw_inv",
        subject="AW: Gesprächstermin bei Seehaus Hotels",
        date="2026-10-14 17:25 +0200",
        text=outlook_reply("de", """\
Lieber Herr Abernethy-Quispe,

Frau Vogt hat sich gestern bei mir gemeldet: Seehaus Hotels wird den Prozess mit Ihnen
nicht fortsetzen. Ausschlaggebend war, dass die Stelle doch stärker vor Ort in Binz
angesiedelt sein soll als ursprünglich gedacht, und ein Umzug an die Ostsee war für Sie
ja nur eine Option unter mehreren.

Persönlich finde ich das schade, Ihr Gespräch wurde ausdrücklich gelobt. Ich melde mich,
sobald ich ein Mandat habe, das besser zu Ihren Plänen passt.

Herzliche Grüße
Friederike Brandt""", "Dr. Friederike Brandt <f.brandt@hellweg-personal.example.de>",
            "2026-10-01 12:40 +0200", "Rodrigo Abernethy-Quispe <rodrigo.aq@example.mx>",
            "Gesprächstermin bei Seehaus Hotels", """\
Lieber Herr Abernethy-Quispe,

danke für das angenehme Telefonat am Montag. Wie besprochen habe ich Ihr Profil meinem
Mandanten vorgestellt [...]
Seehaus möchte Sie kennenlernen:
Donnerstag, 8. Oktober, 15:00 Uhr (Berlin), per Video"""),
        html=outlook_html("""\
Lieber Herr Abernethy-Quispe,

Frau Vogt hat sich gestern bei mir gemeldet: Seehaus Hotels wird den Prozess mit Ihnen
nicht fortsetzen. Ausschlaggebend war, dass die Stelle doch stärker vor Ort in Binz
angesiedelt sein soll als ursprünglich gedacht, und ein Umzug an die Ostsee war für Sie
ja nur eine Option unter mehreren.

Persönlich finde ich das schade, Ihr Gespräch wurde ausdrücklich gelobt. Ich melde mich,
sobald ich ein Mandat habe, das besser zu Ihren Plänen passt.

Herzliche Grüße
Friederike Brandt""", "de", "Dr. Friederike Brandt\nPartnerin | Hellweg Personalberatung\n"
                                "Kurfürstendamm 194, 10707 Berlin\n+49 30 8891 4410"),
        charset="windows-1252", cte="quoted-printable",
    ),
]
