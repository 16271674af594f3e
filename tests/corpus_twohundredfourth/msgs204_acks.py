"""Corpus 204: application acknowledgements (21) and offers (10).

Hand-written specs (one dict per message); the generator turns them into MIME.
"""

from __future__ import annotations

from msgs204_common import CAND, ats_card, outlook_html, reply, simple_html
from msgs204_invites import (DANIELA, EMILIE, GENEVIEVE, MARIANA, MURAT, PRIYA, RAMIRO,
                             REBECA, TASHA, VALENTINA)
from msgs204_rejections import ALVARO, CAMILA, MARTA

GH = "no-reply@us.greenhouse-mail.io"
AUTO = ("Auto-Submitted", "auto-generated")

# The candidate's thank-you after the Nubaria panel (sent mail, in msgs204_other); the offer
# answers it and quotes it.
NUB_THANKS = """\
Hola Mariana, Iván y Sofía:

Muchas gracias por recibirme hoy. Me fui con la cabeza llena de ideas, sobre todo con lo
que platicamos de los restaurantes que abandonan el sistema en el primer mes: es
exactamente el momento en que un mesero sabe si una mesa va a volver o no.

El juego de roles me dejó con ganas de más. Cualquier información adicional que necesiten
(referencias, constancias, lo que sea) se las hago llegar de inmediato.

Saludos cordiales,
Rodrigo Abernethy-Quispe
+52 33 1846 2290
"""

ALEJANDRA = ("Alejandra Ibarra", "alejandra.ibarra@kioskocloud.example.mx")

MESSAGES: list[dict] = []

# ===================================================================== application_received

NUB_ACK = """\
Hola Rodrigo:

¡Gracias por tu interés en Nubaria! Recibimos tu postulación para Customer Success
Associate (Guadalajara, híbrido).

Nuestro equipo revisa cada perfil con cuidado. Si tu experiencia coincide con lo que
buscamos, alguien del equipo de Talento se pondrá en contacto contigo en las próximas dos
semanas.

Mientras tanto, puedes conocer más sobre cómo trabajamos en https://nubaria.example.mx/cultura

Saludos,
Equipo de Talento de Nubaria"""

MESSAGES += [
    dict(
        kind="application_received", slug="nubaria_greenhouse_ack", key="nub_ack",
        lang="es", company="Nubaria", contact="",
        frm=("Nubaria", GH),
        subject="Gracias por postularte a Nubaria",
        date="2026-01-12 09:03 -0600",
        text=NUB_ACK + "\n",
        html=ats_card("es", "Nubaria", "#5b3cc4", NUB_ACK,
                      footer="Enviado por Greenhouse. No respondas a este correo."),
        headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="bancotapatio_workday_no_individual", key="bt_ack",
        lang="es", company="Banco Tapatío", contact="",
        frm=("Banco Tapatío", "bancotapatio@myworkday.com"),
        subject="Confirmación de postulación – Ejecutivo de Servicio Digital (REQ-24817)",
        date="2026-01-15 22:41 -0600",
        text="""\
Hola Rodrigo:

Gracias por postularte a la vacante Ejecutivo de Servicio Digital (REQ-24817) en Banco
Tapatío. Confirmamos que recibimos tu solicitud el 15 de enero de 2026.

Debido al gran número de postulaciones que recibimos, lamentablemente no podemos
responder a cada persona de manera individual. Si tu perfil avanza a la siguiente etapa,
te contactaremos por este medio o por teléfono.

Puedes consultar el estatus de tu solicitud en cualquier momento desde tu cuenta de
candidato: https://bancotapatio.wd5.myworkdayjobs.com/Careers/userHome

Atentamente,
Atracción de Talento
Banco Tapatío
""",
        html=ats_card("es", "Banco Tapatío", "#003b71", """\
Hola Rodrigo:

Gracias por postularte a la vacante Ejecutivo de Servicio Digital (REQ-24817) en Banco
Tapatío. Confirmamos que recibimos tu solicitud el 15 de enero de 2026.

Debido al gran número de postulaciones que recibimos, lamentablemente no podemos
responder a cada persona de manera individual. Si tu perfil avanza a la siguiente etapa,
te contactaremos por este medio o por teléfono.

Atentamente,
Atracción de Talento
Banco Tapatío""", footer="Este correo se generó automáticamente; por favor no lo respondas.",
            button=("Ver mi solicitud",
                    "https://bancotapatio.wd5.myworkdayjobs.com/Careers/userHome")),
        cte="base64", headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="pagora_lever_ack", key="pg_ack",
        lang="es", company="Pagora", contact="",
        frm=("Pagora", "no-reply@hire.lever.co"),
        subject="Pagora – recibimos tu solicitud",
        date="2026-02-16 14:12 -0600",
        text="""\
Hola Rodrigo,

Gracias por aplicar a Customer Support Specialist en Pagora. Tu solicitud ya está con
nuestro equipo.

Revisamos las solicitudes en orden de llegada y te escribiremos sin importar el resultado.
Si quieres actualizar tu CV o agregar algo, responde a este correo.

¡Gracias!
Pagora
""",
        cte="quoted-printable", headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="kiosko_recruitee_ack", key="kc_ack",
        lang="es", company="Kiosko Cloud", contact="",
        frm=("Kiosko Cloud", "kioskocloud@jobs.recruitee.com"),
        subject="¡Recibimos tu postulación, Rodrigo!",
        date="2026-06-01 09:40 -0600",
        html=ats_card("es", "Kiosko Cloud", "#16a34a", """\
¡Hola, Rodrigo!

Tu postulación para Onboarding Specialist (restaurantes) llegó bien a Kiosko Cloud. 🎉

Somos un equipo pequeño, así que una persona de carne y hueso va a leer tu CV esta
semana. Si hay match, te escribimos para el siguiente paso.

Gracias por querer ayudar a que los restaurantes de México cobren más fácil.

Equipo Kiosko Cloud""", footer="Enviado con Recruitee · Kiosko Cloud, Guadalajara, Jal."),
        cte="base64", headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="talentonorte_registration", key="tn_reg",
        lang="es", company="Talento Norte", contact=REBECA[1],
        frm=("Rebeca Garza | Talento Norte", REBECA[1]),
        subject="Bienvenido a Talento Norte – registro confirmado",
        date="2026-02-10 12:30 -0600",
        text="""\
Hola Rodrigo:

Gracias por la llamada de esta mañana. Te confirmo que ya quedaste registrado en nuestra
cartera de candidatos para posiciones de Customer Success, Soporte y Experiencia al
Cliente en Monterrey, Guadalajara y remoto.

Con tu CV y la entrevista de perfil que hicimos, ya puedo presentarte con clientes. Te
voy a buscar cuando haya una vacante que embone con lo que me contaste; mientras tanto,
no necesitas hacer nada más.

Recuerda que en Talento Norte nunca cobramos a los candidatos.

Saludos,
Rebeca Garza
Consultora Sr. de Reclutamiento
Talento Norte · San Pedro Garza García, N.L.
Cel. +52 81 1932 5508
""",
        html=simple_html("""\
Hola Rodrigo:

Gracias por la llamada de esta mañana. Te confirmo que ya quedaste registrado en nuestra
cartera de candidatos para posiciones de Customer Success, Soporte y Experiencia al
Cliente en Monterrey, Guadalajara y remoto.

Con tu CV y la entrevista de perfil que hicimos, ya puedo presentarte con clientes. Te
voy a buscar cuando haya una vacante que embone con lo que me contaste; mientras tanto,
no necesitas hacer nada más.

Recuerda que en Talento Norte nunca cobramos a los candidatos.

Saludos,
Rebeca Garza
Consultora Sr. de Reclutamiento, Talento Norte""", "es"),
    ),
    dict(
        kind="application_received", slug="auroracx_smartrecruiters_ack", key="ac_ack",
        lang="es", company="Aurora CX", contact="",
        frm=("Aurora CX", "noreply@smartrecruiters.com"),
        subject="Gracias por tu postulación a Aurora CX",
        date="2026-03-10 20:18 -0600",
        text="""\
Hola Rodrigo,

Confirmamos que recibimos tu postulación para Agente Senior de Soporte Bilingüe (cuenta
de software) en Zapopan, Jalisco.

Nuestro equipo de reclutamiento revisará tu información. Si tu perfil avanza, te
contactaremos para una llamada de preselección.

Atentamente,
Aurora CX
""",
        html=ats_card("es", "Aurora CX", "#f59e0b", """\
Hola Rodrigo,

Confirmamos que recibimos tu postulación para Agente Senior de Soporte Bilingüe (cuenta
de software) en Zapopan, Jalisco.

Nuestro equipo de reclutamiento revisará tu información. Si tu perfil avanza, te
contactaremos para una llamada de preselección.

Atentamente,
Aurora CX""", footer="Powered by SmartRecruiters"),
        headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="enlacehumano_registro", key="eh_reg",
        lang="es", company="Enlace Humano", contact=CAMILA[1],
        frm=("Enlace Humano", "notificaciones@enlacehumano.example.co"), reply_to=CAMILA,
        subject="Tu hoja de vida quedó registrada en Enlace Humano",
        date="2026-06-22 09:05 -0500",
        text="""\
Hola Rodrigo:

¡Bienvenido a Enlace Humano! Tu hoja de vida quedó registrada en nuestra base de
candidatos con el código EH-58213.

Tu consultora asignada es Camila Restrepo, quien te contactará cuando tengamos procesos
de servicio al cliente o customer success que se ajusten a tu perfil. Si quieres
escribirle directamente, solo responde a este mensaje.

Cordialmente,
Enlace Humano – Soluciones de Talento
Bogotá · Medellín · Cali
""",
        charset="windows-1252", headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="andinosabana_taleo_ack", key="bas_ack",
        lang="es", company="Banco Andino Sabana", contact="",
        frm=("Banco Andino Sabana - Selección", "bancoandinosabana@taleo.net",
             "iso-8859-1", "B"),
        subject="Confirmación de postulación - Req. 2026-0419",
        date="2026-04-20 19:33 -0500",
        text="""\
Cordial saludo,

Hemos recibido su postulación al cargo Analista de Experiencia del Cliente
(Req. 2026-0419). Su información será revisada por el equipo de Selección.

Puede hacer seguimiento al estado de su proceso ingresando a la sección "Mis
postulaciones" del portal de empleo.

Gracias por su interés en Banco Andino Sabana.

Este es un mensaje automático; por favor no responda.
""",
        charset="iso-8859-1", cte="8bit", subj_enc="Q", subj_cs="iso-8859-1",
        headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="ventanilla_teamtailor_ack", key="vc_ack",
        lang="es", company="Ventanilla Cloud", contact="",
        frm=("Ventanilla Cloud", "no-reply@teamtailor-mail.com"),
        subject="¡Gracias por tu candidatura, Rodrigo!",
        date="2026-03-23 17:48 +0100",
        text="""\
¡Hola, Rodrigo!

Hemos recibido tu candidatura para Customer Success (LatAm). Gracias por pensar en
Ventanilla Cloud.

Vamos a revisarla con calma y te diremos algo en un plazo de dos semanas, tanto si
seguimos adelante como si no.

Un saludo,
El equipo de Ventanilla Cloud
""",
        html=ats_card("es", "Ventanilla Cloud", "#1f7a8c", """\
¡Hola, Rodrigo!

Hemos recibido tu candidatura para Customer Success (LatAm). Gracias por pensar en
Ventanilla Cloud.

Vamos a revisarla con calma y te diremos algo en un plazo de dos semanas, tanto si
seguimos adelante como si no.

Un saludo,
El equipo de Ventanilla Cloud""", footer="Teamtailor · Ventanilla Cloud, Madrid"),
        headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="hostalia_cv_recibido", key="ho_ack",
        lang="es", company="Hostalia", contact=MARTA[1],
        frm=MARTA, parent="ho_apply",
        subject="RE: Candidatura Guest Experience Specialist – Rodrigo Abernethy-Quispe",
        date="2026-09-14 10:20 +0200",
        text=reply("es", """\
Hola, Rodrigo:

Hemos recibido tu CV y tu carta, muchas gracias. Estamos recogiendo candidaturas hasta
finales de mes; después haremos la primera criba y nos pondremos en contacto con las
personas preseleccionadas.

Un saludo,
Marta Ibarrola
Responsable de Selección · Hostalia Grupo Hotelero""", "2026-09-12 19:02 -0600",
            CAND[0], CAND[1], """\
Estimada Marta:

Le escribo para postularme a la vacante de Guest Experience Specialist publicada en su
web. Adjunto mi CV y una carta de presentación.

Saludos cordiales,
Rodrigo Abernethy-Quispe"""),
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="application_received", slug="recursia_alta_base", key="rc_reg",
        lang="es", company="Recursia", contact=ALVARO[1],
        frm=(ALVARO[0], ALVARO[1], "utf-8", "B"),
        subject="Ya estás dado de alta en Recursia",
        date="2026-08-31 12:15 +0200",
        text="""\
Hola, Rodrigo:

Encantado de haber hablado contigo esta mañana. Te confirmo que ya estás dado de alta en
nuestra base de candidatos, con el foco en Customer Success y Atención al Cliente en
Madrid (o remoto desde México para empresas españolas).

En cuanto algún cliente encaje contigo, te llamo para contártelo antes de enviar tu
perfil; nunca lo mandamos sin tu permiso.

Un abrazo,
Álvaro Muñiz
Consultor Senior · Recursia
Calle de Velázquez 57, 28001 Madrid
+34 910 555 284

Recursia trata tus datos conforme al RGPD. Puedes ejercer tus derechos escribiendo a
privacidad@recursia.example.es.
""",
    ),
    dict(
        kind="application_received", slug="brightloop_greenhouse_ack", key="bl_ack",
        lang="en", company="Brightloop", contact="",
        frm=("Brightloop", GH),
        subject="Thank you for applying to Brightloop",
        date="2026-03-02 08:15 -0600",
        text="""\
Hi Rodrigo,

Thanks for applying to the Customer Success Specialist (Spanish/English) role at
Brightloop! We've received your application and our team will review it shortly.

If your background is a match, a recruiter will reach out to discuss next steps.

Best,
The Brightloop Recruiting Team
""",
        html=ats_card("en", "Brightloop", "#0f766e", """\
Hi Rodrigo,

Thanks for applying to the Customer Success Specialist (Spanish/English) role at
Brightloop! We've received your application and our team will review it shortly.

If your background is a match, a recruiter will reach out to discuss next steps.

Best,
The Brightloop Recruiting Team""", footer="Sent via Greenhouse. Please do not reply."),
        headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="lonestar_icims_ack", key="lsl_ack",
        lang="en", company="Lonestar Lodging Group", contact="",
        frm=("Lonestar Lodging Group Careers", "lonestarlodging-talent@icims.com"),
        subject="Application received: Guest Systems Support Specialist (REQ 2026-3317)",
        date="2026-04-14 23:02 -0500",
        text="""\
Dear Rodrigo,

Thank you for applying for the Guest Systems Support Specialist position (REQ 2026-3317)
at Lonestar Lodging Group. This email confirms that your application was submitted
successfully.

Our Talent Acquisition team reviews every application. Should your qualifications match
our needs, we will contact you to discuss next steps.

You can view the status of your application by logging in to our career portal.

Sincerely,
Talent Acquisition, Lonestar Lodging Group

This is an automated message from an unmonitored mailbox.
""",
        cte="7bit", headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="quillstack_bamboohr_ack", key="qs_ack",
        lang="en", company="Quillstack", contact="",
        frm=("Quillstack", "notifications@app.bamboohr.com"),
        subject="Thanks for applying to Quillstack!",
        date="2026-08-04 10:27 -0500",
        html=ats_card("en", "Quillstack", "#334155", """\
Hi Rodrigo,

Thanks for your application for Support Success Associate. We've got it, and a real
person on our People team will look at it within a week.

In the meantime, feel free to check out our blog to see what we've been building.

Cheers,
The Quillstack People Team""", footer="Powered by BambooHR"),
        headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="maplewise_ashby_ack", key="mw_ack",
        lang="en", company="Maplewise Software", contact="",
        frm=("Maplewise Software", "no-reply@ashbyhq.com"),
        subject="We've received your application to Maplewise Software",
        date="2026-06-03 13:44 -0400",
        text="""\
Hi Rodrigo,

Thanks for applying to the Customer Success Associate, LATAM role at Maplewise Software.
Your application is in, and our Talent team will review it over the next few days.

We'll be in touch either way.

Maplewise Talent Team
""",
        html=ats_card("en", "Maplewise Software", "#b91c1c", """\
Hi Rodrigo,

Thanks for applying to the Customer Success Associate, LATAM role at Maplewise Software.
Your application is in, and our Talent team will review it over the next few days.

We'll be in touch either way.

Maplewise Talent Team""", footer="Powered by Ashby"),
        cte="base64", headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="pecan_workable_cannot_reply_all", key="pp_ack",
        lang="en", company="Pecan Payments", contact="",
        frm=("Pecan Payments", "pecanpayments@workablemail.com"),
        subject="Thanks for applying to Pecan Payments",
        date="2026-05-12 07:58 -0500",
        text="""\
Hi Rodrigo,

Thank you for applying for the Customer Success Associate (Spanish) position at Pecan
Payments. We have received your application.

We receive a large number of applications, and unfortunately we cannot reply to every
applicant individually. If your profile matches what we are looking for, a member of our
team will contact you within the next two weeks.

Thanks again for your interest,
Pecan Payments Hiring Team
""",
        html=ats_card("en", "Pecan Payments", "#8b5a2b", """\
Hi Rodrigo,

Thank you for applying for the Customer Success Associate (Spanish) position at Pecan
Payments. We have received your application.

We receive a large number of applications, and unfortunately we cannot reply to every
applicant individually. If your profile matches what we are looking for, a member of our
team will contact you within the next two weeks.

Thanks again for your interest,
Pecan Payments Hiring Team""", footer="Sent with Workable"),
        headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="banqueduplateau_workday_accuse", key="bp_ack",
        lang="fr", company="Banque du Plateau", contact="",
        frm=("Banque du Plateau", "banqueduplateau@myworkday.com"),
        subject="Accusé de réception – Agent principal, expérience client numérique",
        date="2026-09-01 21:10 -0400",
        text="""\
Bonjour Rodrigo,

Nous avons bien reçu votre candidature pour le poste d'agent principal, expérience
client numérique (réf. R-11842). Merci de votre intérêt pour la Banque du Plateau.

Notre équipe d'acquisition de talents examinera votre dossier. Si votre profil correspond
à nos besoins, une personne de l'équipe communiquera avec vous.

Vous pouvez suivre l'état de votre candidature dans votre espace candidat.

L'équipe Acquisition de talents
Banque du Plateau
""",
        html=ats_card("fr", "Banque du Plateau", "#00529b", """\
Bonjour Rodrigo,

Nous avons bien reçu votre candidature pour le poste d'agent principal, expérience
client numérique (réf. R-11842). Merci de votre intérêt pour la Banque du Plateau.

Notre équipe d'acquisition de talents examinera votre dossier. Si votre profil correspond
à nos besoins, une personne de l'équipe communiquera avec vous.

L'équipe Acquisition de talents
Banque du Plateau""", footer="Ce message a été généré automatiquement."),
        subj_enc="Q", subj_cs="utf-8", headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="alize_inscription", key="az_reg",
        lang="fr", company="Recrutement Alizé", contact=GENEVIEVE[1],
        frm=(GENEVIEVE[0], GENEVIEVE[1], "iso-8859-1", "Q"),
        subject="Votre inscription chez Recrutement Alizé",
        date="2026-08-17 11:45 -0400",
        text="""\
Bonjour Rodrigo,

Merci pour notre conversation de ce matin. Je vous confirme que votre dossier est
maintenant inscrit dans notre banque de candidats, pour des postes en service à la
clientèle et en réussite client bilingues (français, espagnol, anglais), à Montréal ou en
télétravail.

Je communiquerai avec vous dès qu'un mandat correspond à votre profil. Aucun frais ne
vous sera jamais demandé.

Au plaisir,
Geneviève Lapointe
Conseillère en recrutement
Recrutement Alizé
4200, rue Saint-Laurent, bureau 310, Montréal (Québec) H2W 2R2
""",
        html=simple_html("""\
Bonjour Rodrigo,

Merci pour notre conversation de ce matin. Je vous confirme que votre dossier est
maintenant inscrit dans notre banque de candidats, pour des postes en service à la
clientèle et en réussite client bilingues (français, espagnol, anglais), à Montréal ou en
télétravail.

Je communiquerai avec vous dès qu'un mandat correspond à votre profil. Aucun frais ne
vous sera jamais demandé.

Au plaisir,
Geneviève Lapointe
Conseillère en recrutement, Recrutement Alizé""", "fr"),
        charset="iso-8859-1", html_charset="utf-8", cte="quoted-printable",
    ),
    dict(
        kind="application_received", slug="wolkenwerk_personio_eingang", key="ww_ack",
        lang="de", company="Wolkenwerk", contact="",
        frm=("Wolkenwerk Recruiting", "no-reply@personio.de"), parent="ww_apply",
        subject="Ihre Bewerbung bei Wolkenwerk ist eingegangen",
        date="2026-07-01 16:02 +0200",
        text="""\
Hallo Rodrigo Abernethy-Quispe,

vielen Dank für Ihre Bewerbung als Customer Success Manager (Spanish-speaking markets)!
Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns innerhalb von zwei Wochen bei
Ihnen.

Viele Grüße
Ihr Wolkenwerk People Team
""",
        html=ats_card("de", "Wolkenwerk", "#4338ca", """\
Hallo Rodrigo Abernethy-Quispe,

vielen Dank für Ihre Bewerbung als Customer Success Manager (Spanish-speaking markets)!
Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns innerhalb von zwei Wochen bei
Ihnen.

Viele Grüße
Ihr Wolkenwerk People Team""", footer="Diese E-Mail wurde über Personio versendet."),
        headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="kastanie_softgarden_eingang", key="hk_ack",
        lang="de", company="Hotelgruppe Kastanie", contact="",
        frm=("Hotelgruppe Kastanie Karriere", "no-reply@softgarden.io"),
        subject="Eingangsbestätigung: Guest Relations Manager digital (m/w/d)",
        date="2026-09-18 14:37 +0200",
        text="""\
Sehr geehrter Herr Abernethy-Quispe,

vielen Dank für Ihre Bewerbung als Guest Relations Manager digital (m/w/d) in Berlin.
Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig. Bitte haben Sie Verständnis, dass dies einige
Wochen dauern kann und wir Zwischenstände nicht einzeln mitteilen können. Sobald wir
eine Entscheidung getroffen haben, hören Sie von uns.

Freundliche Grüße
Ihr Recruiting-Team der Hotelgruppe Kastanie
""",
        charset="iso-8859-1", cte="base64", headers=[AUTO],
    ),
    dict(
        kind="application_received", slug="spreebank_successfactors_eingang", key="sb_ack",
        lang="de", company="Spreebank", contact="",
        frm=("Spreebank Karriere", "noreply@successfactors.eu"),
        subject="Bestätigung Ihrer Bewerbung – Kennziffer SB-4471",
        date="2026-05-26 07:12 +0200",
        html=ats_card("de", "Spreebank", "#c8102e", """\
Sehr geehrter Herr Abernethy-Quispe,

wir bestätigen den Eingang Ihrer Bewerbung als Kundenberater Digital Banking (m/w/d),
Kennziffer SB-4471.

Ihre Unterlagen werden nun von unserem Recruiting-Team und der Fachabteilung geprüft.
Über den Stand Ihrer Bewerbung können Sie sich jederzeit in unserem Karriereportal
informieren.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Spreebank""",
            footer="Spreebank AG · Friedrichstraße 68 · 10117 Berlin"),
        charset="iso-8859-1", cte="quoted-printable", headers=[AUTO],
    ),
]

# ==================================================================================== offer

MESSAGES += [
    dict(
        kind="offer", slug="nubaria_offer_letter_pdf", key="nub_offer",
        lang="es", company="Nubaria", contact=MARIANA[1],
        frm=MARIANA, cc=[("Iván Larios", "ivan.larios@nubaria.example.mx")],
        parent="nub_thanks",
        subject="Re: Gracias por la entrevista de hoy",
        date="2026-02-12 13:15 -0600",
        text=reply("es", """\
Hola Rodrigo:

Perdona que no te respondiera antes; queríamos tener todo listo. Con muchísimo gusto te
comparto que queremos que te unas a Nubaria como Customer Success Associate.

En el PDF adjunto va la carta oferta con los detalles: sueldo mensual bruto de
$32,000 MXN, prestaciones superiores a las de ley, esquema híbrido (martes y jueves en
oficina) y fecha de ingreso propuesta el lunes 2 de marzo.

Tienes hasta el jueves 19 de febrero para darnos tu respuesta. Si quieres platicar algún
punto, Iván y yo estamos disponibles cuando lo necesites.

¡Ojalá digas que sí!

Mariana Ochoa
Talent Partner | Nubaria
+52 33 3615 0482""", "2026-02-03 18:22 -0600", CAND[0], CAND[1], NUB_THANKS),
        attach=[dict(name="Carta_Oferta_Nubaria_RAbernethyQuispe.pdf", lines=[
            "Nubaria - Carta oferta",
            "Guadalajara, Jalisco, a 12 de febrero de 2026",
            "Rodrigo Abernethy-Quispe",
            "Puesto: Customer Success Associate",
            "Sueldo mensual bruto: $32,000.00 MXN",
            "Fecha de ingreso propuesta: 2 de marzo de 2026",
            "Vigencia de la oferta: 19 de febrero de 2026",
            "Firma: Iván Larios, Head of Customer Success",
        ])],
    ),
    dict(
        kind="offer", slug="contactamas_formal_offer_pdf", key="cm_offer",
        lang="es", company="ContactaMás", contact=RAMIRO[1],
        frm=(f"{RAMIRO[0]} (ContactaMás Reclutamiento)", RAMIRO[1]), parent="cm_move",
        subject="Oferta laboral – Líder de Experiencia al Cliente bilingüe",
        date="2026-02-09 11:00 -0600",
        text="""\
Estimado Rodrigo:

Por medio del presente, y con base en los resultados del Centro de Evaluación del pasado
4 de febrero, nos complace extenderte una oferta de trabajo para la posición de Líder de
Experiencia al Cliente bilingüe en nuestra sede Guadalajara.

Las condiciones generales son:
- Sueldo mensual bruto: $27,500 MXN más bono trimestral por indicadores
- Horario: lunes a viernes de 8:00 a 17:00 h, un sábado al mes
- Vales de despensa, seguro de gastos médicos mayores y fondo de ahorro
- Fecha tentativa de ingreso: lunes 23 de febrero de 2026

Adjuntamos la carta oferta formal. Para aceptarla, favor de devolverla firmada a más
tardar el viernes 13 de febrero.

Atentamente,

Ing. Ramiro Treviño Salinas
Coordinador de Reclutamiento y Selección
ContactaMás Servicios de Contacto, S.A. de C.V.
Tel. +52 81 8152 0090 ext. 310

La información de este correo es confidencial. Consulte nuestro aviso de privacidad en
https://contactamas.example.mx/privacidad
""",
        html=outlook_html("""\
Estimado Rodrigo:

Por medio del presente, y con base en los resultados del Centro de Evaluación del pasado
4 de febrero, nos complace extenderte una oferta de trabajo para la posición de Líder de
Experiencia al Cliente bilingüe en nuestra sede Guadalajara.

Adjuntamos la carta oferta formal con las condiciones. Para aceptarla, favor de
devolverla firmada a más tardar el viernes 13 de febrero.

Atentamente,""", "es", "Ing. Ramiro Treviño Salinas\nCoordinador de Reclutamiento y "
                       "Selección\nContactaMás Servicios de Contacto, S.A. de C.V.",
            "La información de este correo es confidencial."),
        charset="iso-8859-1", cte="quoted-printable",
        attach=[dict(name="Carta oferta - ContactaMás.pdf", lines=[
            "ContactaMás Servicios de Contacto, S.A. de C.V.",
            "Carta oferta",
            "Candidato: Rodrigo Abernethy-Quispe",
            "Puesto: Líder de Experiencia al Cliente bilingüe",
            "Sueldo mensual bruto: $27,500.00 MXN + bono trimestral",
            "Fecha tentativa de ingreso: 23 de febrero de 2026",
            "Aceptación: ____________________",
        ])],
    ),
    dict(
        kind="offer", slug="kiosko_verbal_followup", key="kc_verbal",
        lang="es", company="Kiosko Cloud", contact=DANIELA[1],
        frm=DANIELA, parent="kc_move",
        subject="Lo que platicamos por teléfono 🙌",
        date="2026-06-17 19:02 -0600",
        text="""\
Rodrigo,

Como te dije por teléfono hace un rato: ¡te queremos en Kiosko! Tomás salió encantado
del día de prueba; dice que los meseros de La Tostadería ya te preguntan cuándo regresas.

Para que lo tengas por escrito, esto es lo que te ofrecimos:
- Puesto: Onboarding Specialist (restaurantes), Guadalajara
- Sueldo: $26,000 MXN mensuales brutos + $3,000 de apoyo de transporte
- Prestaciones de ley, 15 días de vacaciones desde el primer año
- Ingreso: 1 de julio (o cuando cierres bien con el restaurante)

Alejandra, de Capital Humano, te va a mandar el contrato en estos días. Mientras tanto,
cualquier duda, me dices.

¡Qué emoción!
Daniela
""",
        html=simple_html("""\
Rodrigo,

Como te dije por teléfono hace un rato: ¡te queremos en Kiosko! Tomás salió encantado
del día de prueba; dice que los meseros de La Tostadería ya te preguntan cuándo regresas.

Para que lo tengas por escrito, esto es lo que te ofrecimos:
- Puesto: Onboarding Specialist (restaurantes), Guadalajara
- Sueldo: $26,000 MXN mensuales brutos + $3,000 de apoyo de transporte
- Prestaciones de ley, 15 días de vacaciones desde el primer año
- Ingreso: 1 de julio (o cuando cierres bien con el restaurante)

Alejandra, de Capital Humano, te va a mandar el contrato en estos días. Mientras tanto,
cualquier duda, me dices.

¡Qué emoción!
Daniela""", "es"),
    ),
    dict(
        kind="offer", slug="kiosko_contract_signature", key="kc_contract",
        lang="es", company="Kiosko Cloud", contact=ALEJANDRA[1],
        frm=ALEJANDRA, cc=[DANIELA], parent="kc_verbal",
        subject="Contrato individual de trabajo para firma – Rodrigo Abernethy-Quispe",
        date="2026-06-23 11:30 -0600",
        text="""\
Hola Rodrigo:

Bienvenido (casi) oficialmente a Kiosko Cloud. Te adjunto tu contrato individual de
trabajo por tiempo indeterminado para el puesto de Onboarding Specialist, con las
condiciones que te compartió Daniela.

Para firmarlo:
1. Revisa el documento con calma; si tienes dudas, con gusto las vemos por llamada.
2. Fírmalo en todas las hojas y envíamelo escaneado a este correo.
3. El día de tu ingreso (1 de julio) traes el original firmado.

También necesito tu CURP, RFC, NSS, comprobante de domicilio y una cuenta bancaria para
la nómina.

Saludos,
Alejandra Ibarra
Capital Humano | Kiosko Cloud
""",
        attach=[dict(name="Contrato_Kiosko_RAbernethyQuispe.pdf", lines=[
            "CONTRATO INDIVIDUAL DE TRABAJO POR TIEMPO INDETERMINADO",
            "Patrón: Kiosko Cloud",
            "Trabajador: Rodrigo Abernethy-Quispe",
            "Puesto: Onboarding Specialist (restaurantes)",
            "Salario mensual: $26,000.00 MXN",
            "Fecha de inicio: 1 de julio de 2026",
            "Firma del trabajador: ____________________",
        ])],
        cte="base64",
    ),
    dict(
        kind="offer", slug="cafetal_offer_email", key="cf_offer",
        lang="es", company="Cafetal Systems", contact=VALENTINA[1],
        frm=VALENTINA, cc=[("Carolina Mejía", "carolina.mejia@cafetal.example.co")],
        parent="cf_ill",
        subject="Propuesta laboral – Customer Success Analyst",
        date="2026-05-29 16:10 -0500",
        text="""\
Hola Rodrigo, ¡qué alegría escribirte esto!

Después de tus conversaciones con Carolina y con el equipo de Producto, en Cafetal
Systems queremos hacerte una propuesta formal para el cargo de Customer Success Analyst.

Condiciones:
- Contrato a término indefinido con Cafetal Systems
- Salario: COP 6.800.000 mensuales, más prestaciones de ley
- Modalidad: remota desde Guadalajara los primeros seis meses, luego híbrida en Bogotá
  con apoyo de reubicación
- Fecha de inicio: 1 de julio

Cuéntanos antes del 5 de junio si aceptas. Si quieres hablar de alguna condición,
Carolina y yo te agendamos una llamada.

Un abrazo,
Valentina Rozo
Analista de Talento Humano · Cafetal Systems
""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    dict(
        kind="offer", slug="enlacehumano_client_offer", key="eh_offer",
        lang="es", company="Seguros Páramo", contact=CAMILA[1],
        frm=("Camila Restrepo · Enlace Humano", CAMILA[1]),
        subject="¡El cliente quiere hacerte una oferta! – Seguros Páramo",
        date="2026-09-10 15:35 -0500",
        text="""\
Rodrigo, ¡buenas noticias!

Seguros Páramo me acaba de confirmar que quiere hacerte una oferta para el cargo de
Líder de Experiencia Digital, remoto desde México. La gerente quedó muy contenta con la
entrevista del martes.

Lo que me compartieron:
- Salario: USD 1.900 mensuales, contrato por prestación de servicios el primer año
- Horario: lunes a viernes, 8:00 a 17:00 hora Colombia
- Inicio: 1 de octubre

La carta oficial te la envía directamente Gestión Humana de Seguros Páramo mañana. ¿Te
puedo llamar hoy a las 6 p. m. para revisarla juntos?

Saludos,
Camila Restrepo
Consultora de Selección · Enlace Humano
+57 601 489 2230
""",
        name_enc="B",
    ),
    dict(
        kind="offer", slug="maplewise_verbal_followup", key="mw_offer",
        lang="en", company="Maplewise Software", contact=PRIYA[1],
        frm=PRIYA,
        subject="Following up on today's call – offer details",
        date="2026-07-03 15:40 -0400",
        text="""\
Hi Rodrigo,

It was such a pleasure to share the good news on the phone this afternoon. As promised,
here's a summary of the offer while our People Ops team prepares the formal letter:

Role: Customer Success Associate, LATAM
Base salary: CAD 58,000 per year
Location: remote from Mexico for the first year via our employer-of-record partner,
with the option to relocate to Toronto after that
Start date: Monday, August 3 (flexible)

The written offer will come through DocuSign early next week. Let me know if you'd like
to talk through anything with Aisha before then.

Congratulations again!
Priya

Priya Raman | Talent Partner | Maplewise Software
""",
        html=simple_html("""\
Hi Rodrigo,

It was such a pleasure to share the good news on the phone this afternoon. As promised,
here's a summary of the offer while our People Ops team prepares the formal letter:

Role: Customer Success Associate, LATAM
Base salary: CAD 58,000 per year
Location: remote from Mexico for the first year via our employer-of-record partner,
with the option to relocate to Toronto after that
Start date: Monday, August 3 (flexible)

The written offer will come through DocuSign early next week. Let me know if you'd like
to talk through anything with Aisha before then.

Congratulations again!
Priya""", "en"),
    ),
    dict(
        kind="offer", slug="riverbend_client_wants_offer", key="rb_offer",
        lang="en", company="Alamo Ridge Software", contact=TASHA[1],
        frm=TASHA, parent="rb_move",
        subject="Alamo Ridge wants to make you an offer!!",
        date="2026-08-12 11:15 -0500",
        text="""\
Rodrigo!

I just got off the phone with Greg: the client wants to make you an offer for the
Bilingual Customer Success Rep role. They loved your Monday interview.

Here's what they shared:
- $24/hour as a contract-to-hire through Riverbend for the first 6 months
- Fully remote from Mexico, 8am-5pm Central
- Conversion to a full-time Alamo Ridge employee after 6 months, pending review
- Start date: Monday, August 24

Can you jump on a call this afternoon so I can walk you through the paperwork? The
formal offer letter will come from Riverbend once you verbally accept.

So happy for you!
Tasha

Tasha Monroe | Senior Recruiter | Riverbend Staffing | (512) 555-0173
""",
        cte="7bit",
    ),
    dict(
        kind="offer", slug="boreal_lettre_offre_pdf", key="lb_offer",
        lang="fr", company="Logiciels Boréal", contact=EMILIE[1],
        frm=(EMILIE[0], EMILIE[1], "utf-8", "B"),
        subject="Offre d'emploi – Conseiller à la réussite client (hispanophone)",
        date="2026-08-25 13:00 -0400",
        text="""\
Bonjour Rodrigo,

Au nom de toute l'équipe, j'ai le grand plaisir de vous offrir le poste de conseiller à
la réussite client (marchés hispanophones) chez Logiciels Boréal, à la suite de vos
entrevues avec Marc-André et l'équipe Produit.

Vous trouverez ci-joint votre lettre d'offre, qui précise notamment :
- un salaire annuel de 56 000 $ CA;
- l'accompagnement de notre firme d'immigration pour votre permis de travail;
- une date d'entrée en fonction prévue le 2 novembre 2026, à nos bureaux de Montréal.

Pour accepter l'offre, il suffit de signer la lettre et de me la retourner d'ici le
vendredi 4 septembre. N'hésitez pas à m'écrire si vous avez des questions.

Au plaisir de vous accueillir,

Émilie Tremblay-Gagnon
Conseillère principale, acquisition de talents
Logiciels Boréal
1250, boulevard Robert-Bourassa, bureau 900, Montréal (Québec) H3B 3B3
""",
        html=outlook_html("""\
Bonjour Rodrigo,

Au nom de toute l'équipe, j'ai le grand plaisir de vous offrir le poste de conseiller à
la réussite client (marchés hispanophones) chez Logiciels Boréal, à la suite de vos
entrevues avec Marc-André et l'équipe Produit.

Vous trouverez ci-joint votre lettre d'offre. Pour accepter l'offre, il suffit de signer
la lettre et de me la retourner d'ici le vendredi 4 septembre.

Au plaisir de vous accueillir,""", "fr",
            "Émilie Tremblay-Gagnon\nConseillère principale, acquisition de talents\n"
            "Logiciels Boréal"),
        attach=[dict(name="Lettre_offre_Boréal_RAQ.pdf", lines=[
            "Logiciels Boréal inc.",
            "Lettre d'offre d'emploi",
            "Montréal, le 25 août 2026",
            "Monsieur Rodrigo Abernethy-Quispe",
            "Poste : Conseiller à la réussite client (marchés hispanophones)",
            "Salaire annuel : 56 000 $ CA",
            "Entrée en fonction : 2 novembre 2026",
            "Signature du candidat : ____________________",
        ])],
        subj_enc="Q", subj_cs="windows-1252",
    ),
    dict(
        kind="offer", slug="callwerk_vertrag_unterschrift", key="cw_offer",
        lang="de", company="Callwerk Service", contact=MURAT[1],
        frm=MURAT, parent="cw_ac",
        subject="Ihr Arbeitsvertrag zur Unterschrift – Teamleiter Kundenservice",
        date="2026-09-25 10:45 +0200",
        text="""\
Sehr geehrter Herr Abernethy-Quispe,

wir freuen uns sehr, Ihnen nach dem Assessment-Center und dem Gespräch mit Frau
Sommerfeld die Position als Teamleiter Kundenservice (Spanisch/Englisch) anbieten zu
können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung als PDF. Die
wichtigsten Eckdaten:
- Bruttojahresgehalt: 46.000 EUR zzgl. variabler Prämie
- Arbeitsbeginn: 1. Dezember 2026 in Berlin
- Unterstützung beim Visumsverfahren und bei der Wohnungssuche

Bitte senden Sie uns den unterschriebenen Vertrag bis zum 9. Oktober zurück, gern
zunächst als Scan per E-Mail. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen

Murat Aydın
Recruiting & Personalentwicklung
Callwerk Service GmbH
Storkower Straße 158, 10407 Berlin
Tel. +49 30 5557 2240
""",
        attach=[dict(name="Arbeitsvertrag_Abernethy-Quispe.pdf", lines=[
            "Callwerk Service GmbH - Arbeitsvertrag",
            "zwischen der Callwerk Service GmbH, Storkower Strasse 158, 10407 Berlin",
            "und Herrn Rodrigo Abernethy-Quispe",
            "Position: Teamleiter Kundenservice (Spanisch/Englisch)",
            "Beginn: 1. Dezember 2026",
            "Bruttojahresgehalt: 46.000 EUR",
            "Unterschrift Arbeitnehmer: ____________________",
        ])],
        name_enc="B", cte="quoted-printable",
    ),
]
