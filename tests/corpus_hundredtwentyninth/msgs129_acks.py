"""Application acknowledgements and offers of the hundred-twenty-ninth corpus, written one by one."""
# ruff: noqa: C408  (each message is a dict(...) call written by hand: keyword syntax reads best)

from __future__ import annotations

from msgs129_common import ats, button, outlook, paras

SPECS: list[dict] = []
add = SPECS.append

# ---------------------------------------------------------------- application received (21)

# A1 -- Workday, the first confirmation; HTML only.
add(dict(
    scen="workday_solicitud_recibida", kind="application_received", company="GAM", contact="", lang="es",
    frm=("GAM Talent Acquisition", "gam@myworkday.com"),
    subject="Hemos recibido tu solicitud: Técnico/a de Calidad (R-10482)",
    date="2026-01-20 22:14 +0100", cte="quoted-printable",
    html=ats(
        """<p>Hola Ingrid:</p>
<p>Gracias por presentar tu solicitud para el puesto de <b>Técnico/a de Calidad – Planta de Zona Franca</b> (R-10482). La hemos recibido correctamente.</p>
<p>Nuestro equipo de Talento revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo para explicarte los siguientes pasos. Puedes consultar el estado de tu candidatura en cualquier momento desde tu perfil.</p>
""" + button("https://gam.wd3.myworkday.com/gam_careers/userHome", "Ver mis solicitudes", "#c8102e") + """
<p>Un saludo,<br>Equipo de Talento de GAM</p>""",
        logo="https://gam.wd3.myworkday.com/gam_careers/assets/logo/gam-logo-red.png",
        alt="GAM – Grupo Alimentario Mediterráneo",
        footer="""Grupo Alimentario Mediterráneo, S.A. · Carrer de la Marina 212, 08013 Barcelona<br>
Este mensaje se ha enviado desde una dirección que no admite respuestas.<br>Powered by Workday""",
        tracker="https://gam.wd3.myworkday.com/email/open/03be55a1c9.gif", accent="#c8102e"),
))

# A2 -- Ashby, a start-up's cheerful confirmation with an inline logo (multipart/related).
add(dict(
    scen="ashby_thanks_for_applying", kind="application_received", company="nutribite", contact="", lang="es",
    frm=("nutribite", "no-reply@ashbyhq.com"),
    subject="¡Gracias por aplicar a nutribite! 🌱",
    date="2026-02-17 23:51 +0000", cte="base64", logo="<logo-nutribite@ashbyhq.com>",
    html="""<html><body style="margin:0;background:#ffffff;font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;">
<div style="max-width:560px;margin:0 auto;padding:28px 20px;color:#1d1d1f;">
<img src="cid:logo-nutribite@ashbyhq.com" alt="nutribite" width="120" style="display:block;margin-bottom:20px;">
<p style="font-size:20px;font-weight:600;">¡Hola Ingrid!</p>
<p>Hemos recibido tu candidatura para <b>QA Specialist</b>. Gracias por querer ayudarnos a hacer bebidas fermentadas más ricas, más sanas y más seguras.</p>
<p>Leemos todas las candidaturas (sí, todas, y a mano). Si tu perfil encaja, te escribiremos en un par de semanas para charlar.</p>
<p>Mientras tanto, puedes echar un vistazo a <a href="https://nutribite.example.com/blog?utm_source=ashby&amp;utm_medium=email" style="color:#4bb543;">cómo trabajamos</a>.</p>
<p>El equipo de nutribite</p>
<hr style="border:none;border-top:1px solid #eee;margin:26px 0;">
<p style="font-size:11px;color:#999;">Foodlab Innovations S.L. · Carrer de Pujades 77, 08005 Barcelona · Enviado con Ashby</p>
</div>
<img src="https://app.ashbyhq.com/t/o/55aa01bc2d.png" width="1" height="1" alt="">
</body></html>
""",
))

# A3 -- a job board confirms it sent the application to a named employer; HTML only.
add(dict(
    scen="job_board_sent_to_employer", kind="application_received", company="Conservas Moncayo", contact="",
    lang="es",
    frm=("Trabajalia", "avisos@trabajalia.example.es"),
    subject="Tu candidatura se ha enviado a Conservas Moncayo",
    date="2026-05-04 19:33 +0200", cte="quoted-printable",
    html=ats(
        """<p style="font-size:18px;font-weight:bold;margin:0 0 12px 0;">¡Listo, Ingrid! 🎉</p>
<p>Tu candidatura se ha enviado correctamente a <b>Conservas Moncayo</b>.</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="border:1px solid #e3e3e3;border-radius:6px;">
<tr><td style="padding:14px;"><div style="font-size:16px;font-weight:bold;">Técnico/a de Laboratorio</div>
<div style="color:#666;">Conservas Moncayo · Tarazona (Zaragoza) · Jornada completa</div></td></tr></table>
<p>La empresa recibirá tu CV y tu carta. Te avisaremos cuando cambie el estado de tu candidatura.</p>
""" + button("https://www.trabajalia.example.es/r/c?u=mis-candidaturas&t=2b1c", "Ver mis candidaturas", "#ff6a00"),
        logo="https://static.trabajalia.example.es/img/logo-trabajalia.png", alt="Trabajalia",
        footer="""<a href="https://www.trabajalia.example.es/cuenta/avisos?unsub=envio" style="color:#8a8a8a;">Gestionar avisos</a> · Trabajalia Internet, S.L. · Madrid""",
        tracker="https://t.trabajalia.example.es/open/c0d3e4.gif", accent="#ff6a00"),
))

# A4 -- "if you hear nothing within four weeks": still an acknowledgement.
add(dict(
    scen="four_weeks_silence_clause", kind="application_received", company="Aguas de Montnegre", contact="",
    lang="es",
    frm=("Aguas de Montnegre", "noreply@smartrecruiters.com"),
    subject="Hemos recibido tu candidatura - Técnico/a de Laboratorio de Aguas",
    date="2026-04-20 07:12 +0200", cte="quoted-printable",
    html=ats(
        """<p>Hola Ingrid,</p>
<p>Te confirmamos que hemos recibido tu candidatura para el puesto de <b>Técnico/a de Laboratorio de Aguas</b> en Sant Celoni.</p>
<p>Nuestro equipo revisará todas las solicitudes en las próximas semanas. Debido al gran volumen de candidaturas que recibimos, no podemos responder de forma individual a cada persona: <b>si en un plazo de 4 semanas no has recibido noticias nuestras, considera que tu candidatura no ha sido seleccionada</b> para esta posición.</p>
<p>Gracias por pensar en Aguas de Montnegre.</p>
<p>Equipo de Talento</p>""",
        logo="https://c.smartrecruiters.com/sr-company-logo-prod/aguas-montnegre.png", alt="Aguas de Montnegre",
        accent="#3a8dde",
        footer="""Aguas de Montnegre, S.A. · Polígon Industrial Molí de les Planes, 08470 Sant Celoni<br>
Este correo ha sido enviado a través de SmartRecruiters. No respondas a este mensaje.""",
        tracker="https://email.smartrecruiters.com/o/eJwtyksKgC.gif"),
))

# A5 -- Teamtailor, a confirmation in Spanish with a Catalan thank-you.
add(dict(
    scen="teamtailor_recibida", kind="application_received", company="Xocolates Empordà", contact="", lang="es",
    frm=("Xocolates Empordà", "no-reply@teamtailor-mail.com"),
    subject="Hemos recibido tu candidatura 🍫",
    date="2026-03-02 20:05 +0100", cte="base64",
    html=ats(
        """<h2 style="font-family:Georgia,serif;font-weight:normal;color:#4a2c1d;margin:0 0 16px 0;">Moltes gràcies, Ingrid!</h2>
<p>Tu candidatura para <b>Técnica de Calidad y Seguridad Alimentaria</b> ya está en nuestras manos.</p>
<p>Somos un equipo de 60 personas en La Bisbal y cada candidatura la lee alguien del equipo de Calidad. Te diremos algo en un plazo de dos o tres semanas, sea cual sea la respuesta.</p>
<p>Salut i xocolata!<br>L'equip de Xocolates Empordà</p>""",
        logo="https://assets.teamtailor-cdn.com/xocolates-emporda/logo-brown.png", alt="Xocolates Empordà",
        footer="""Xocolates Empordà, S.L. · Polígon Les Bòbiles, 17100 La Bisbal d'Empordà<br>
<a href="https://xocolatesemporda.teamtailor.com/privacy" style="color:#8a8a8a;">Política de privacidad</a>""",
        tracker="https://t.teamtailor-mail.com/o/0ae19b3f5c21.gif", accent="#4a2c1d", bg="#f7f1ea"),
))

# A6 -- a public registry receipt with the PDF receipt attached (multipart/mixed).
add(dict(
    scen="public_registry_receipt_pdf", kind="application_received", company="Centro Tecnológico Bizkaia Food",
    contact="", lang="es",
    frm=("Sede electrónica - Centro Tecnológico Bizkaia Food", "sede-noreply@bifood.example.es"),
    subject="Justificante de registro de su solicitud - Convocatoria 04/2026",
    date="2026-02-18 13:08 +0100", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""Justificante de presentación electrónica

Número de registro: E-2026-000871
Fecha y hora de presentación: 18/02/2026 13:07:55
Procedimiento: Convocatoria 04/2026 - Técnico/a de Laboratorio de Seguridad Alimentaria
Interesada: SOLHEIM-CASTRO, INGRID (NIE Y-0000000-X)

Su solicitud de participación ha quedado registrada correctamente. Se adjunta el justificante en formato PDF, que tiene validez como acreditación de la presentación.

La lista provisional de personas admitidas y excluidas se publicará en el tablón de la sede electrónica en el plazo máximo de un mes desde la finalización del plazo de presentación de solicitudes.

Centro Tecnológico Bizkaia Food
Este mensaje se ha generado automáticamente. No responda a este correo.
""",
    attach=[("Justificante_E-2026-000871.pdf", [
        "CENTRO TECNOLÓGICO BIZKAIA FOOD - SEDE ELECTRÓNICA",
        "Justificante de presentación",
        "Número de registro: E-2026-000871",
        "Fecha: 18/02/2026 13:07:55",
        "Procedimiento: Convocatoria 04/2026",
        "Interesada: SOLHEIM-CASTRO, INGRID",
        "Documentos aportados: solicitud.pdf, cv.pdf, titulo_homologado.pdf",
        "CSV: 7K2M-99QF-A1B3-0Z8X",
    ])],
))

# A7 -- a one-liner from a distillery's front desk: received, passed on.
add(dict(
    scen="received_passed_on", kind="application_received", company="Destilerías Montjuïc",
    contact="anna.ribo@destileriasmontjuic.example.es", lang="es",
    frm=("Anna Ribó", "anna.ribo@destileriasmontjuic.example.es"),
    subject="RE: Candidatura técnica de calidad",
    date="2026-02-09 09:48 +0100", cte="8bit", irt="<CAK3spq4Ww0eLp7N@mail.example.no>",
    text="""Buenos días Ingrid,

Recibido, muchas gracias. Se lo paso a Enric, nuestro responsable de calidad, que es quien lleva el proceso. Él se pondrá en contacto contigo si te quiere conocer.

Saludos,

Anna Ribó
Recepción y Administración
Destilerías Montjuïc · Carrer de la Mare de Déu del Port 250 · 08038 Barcelona
""",
))

# A8 -- Personio from a Bilbao brewery; HTML only.
add(dict(
    scen="personio_cerveza_recibida", kind="application_received", company="Cervezas Nervión", contact="",
    lang="es",
    frm=("Cervezas Nervión", "noreply@personio.de"),
    subject="Confirmación de tu solicitud - Técnico/a de Calidad",
    date="2026-02-25 11:36 +0100", cte="8bit",
    html=ats(
        """<p>Hola Ingrid,</p>
<p>¡Gracias por tu interés en Cervezas Nervión! Hemos recibido tu solicitud para el puesto de <b>Técnico/a de Calidad</b> en nuestra fábrica de Zorrotzaurre.</p>
<p>Revisaremos tu perfil con calma y te contactaremos en cuanto tengamos novedades.</p>
<p>Topa!<br>El equipo de Cervezas Nervión</p>""",
        logo="https://cervezas-nervion.jobs.personio.de/assets/logo.png", alt="Cervezas Nervión",
        accent="#003f5c",
        footer="""Cervezas Nervión, S.L. · Zorrotzaurre Kalea 11, 48014 Bilbao<br>
Este correo se ha enviado automáticamente a través de Personio. Por favor, no respondas.""",
        tracker="https://cervezas-nervion.jobs.personio.de/track/open/c31e.gif"),
))

# A9 -- a temp agency registers the CV in its own pool; a branch mailbox that asks for replies.
add(dict(
    scen="ett_cv_registered", kind="application_received", company="Flexiplan ETT",
    contact="seleccion.zaragoza@flexiplan.example.es", lang="es",
    frm=("Flexiplan ETT Zaragoza", "seleccion.zaragoza@flexiplan.example.es"),
    subject="Hemos recibido tu CV",
    date="2026-01-26 10:02 +0100", cte="quoted-printable",
    text="""Hola Ingrid,

¡Gracias por inscribirte en Flexiplan! Hemos recibido tu currículum y ya formas parte de nuestra base de candidatos para perfiles de calidad y laboratorio en Aragón.

Una consultora de la oficina de Zaragoza Delicias revisará tu perfil en los próximos días y te llamará si encaja con alguno de los procesos abiertos.

Si quieres actualizar tu CV o contarnos algo más sobre tu disponibilidad, responde directamente a este correo.

Un saludo,
Equipo de Selección
Flexiplan ETT · Oficina Zaragoza Delicias
Av. de Navarra 54 · 50010 Zaragoza · 976 000 781
Flexiplan Empresa de Trabajo Temporal, S.L. · Autorización administrativa nº 50/0000/2004
""",
))

# A10 -- "we cannot reply to every applicant": a certification body, windows-1252.
add(dict(
    scen="cannot_reply_to_everyone", kind="application_received", company="ICAL Certificación", contact="",
    lang="es",
    frm=("ICAL Certificación - Empleo", "no-responder@ical-cert.example.es"),
    subject="Candidatura recibida: Auditora en formación (IFS/BRCGS)",
    date="2026-06-08 08:00 +0200", charset="windows-1252", cte="quoted-printable", hcs="windows-1252",
    text="""Estimada candidata:

Le confirmamos la recepción de su candidatura para el puesto de Auditor/a en formación (esquemas IFS/BRCGS), Delegación Cataluña.

Debido al elevado número de candidaturas que recibimos, no nos es posible responder de manera individual a todas ellas. Únicamente nos pondremos en contacto con las personas preseleccionadas para la fase de entrevistas.

Le agradecemos el interés mostrado en ICAL Certificación.

Departamento de Personas
ICAL Certificación
C/ Orense 58, 5º – 28020 Madrid

Este mensaje se ha enviado desde una dirección automática. Por favor, no responda a este correo.
""",
))

# A11 -- the biscuit maker's owner: "recibido!!".
add(dict(
    scen="owner_recibido", kind="application_received", company="Galletas Ferrer & Hijos",
    contact="sferrer@galletasferrer.example.es", lang="es",
    frm=("Sergi Ferrer", "sferrer@galletasferrer.example.es"),
    subject="Re: oferta tecnico/a calidad",
    date="2026-03-24 13:17 +0100", cte="7bit", irt="<CAK3spq5Mm3aKd0R@mail.example.no>",
    text="""recibido!! lo miro esta semana con mi padre y te digo algo

Sergi
Galletas Ferrer & Hijos
""",
))

# A12 -- a professional network's "application sent" notice (text and HTML).
_enl_text = """Ingrid, tu solicitud se ha enviado a Lácteos Montseny

Técnica de Calidad
Lácteos Montseny · Santa Maria de Palautordera, Cataluña, España
Solicitud enviada el 14 ene 2026

Ahora tu perfil y tu CV están a disposición del equipo de selección de Lácteos Montseny.

Ver solicitud: https://www.enlaza.example.com/jobs/view/3981225/?trk=eml-apply-confirm

Consejo: los candidatos que completan la sección "Aptitudes" reciben hasta un 30% más de visitas de los seleccionadores.

Has recibido este correo porque usas Enlaza. Darse de baja: https://www.enlaza.example.com/e/unsub?type=apply
Enlaza Networks Ireland Unlimited Company, Dublin 2, Irlanda
"""
add(dict(
    scen="network_application_sent", kind="application_received", company="Lácteos Montseny", contact="",
    lang="es",
    frm=("Enlaza", "empleos-noreply@enlaza.example.com"), to=[(None, "ingrid.sc@example.no")],
    subject="Ingrid, tu solicitud se ha enviado a Lácteos Montseny",
    date="2026-01-14 18:27 +0000",
    headers=[("List-Unsubscribe", "<https://www.enlaza.example.com/e/unsub?type=apply>")],
    text=_enl_text,
    html=ats("""<p style="font-size:20px;font-weight:600;margin:0 0 10px 0;">Ingrid, tu solicitud se ha enviado a Lácteos Montseny</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>
<td style="padding-right:12px;"><img src="https://media.enlaza.example.com/company-logo/lacteos-montseny_100.png" alt="Lácteos Montseny" width="48" height="48"></td>
<td><b>Técnica de Calidad</b><br><span style="color:#666;">Lácteos Montseny · Santa Maria de Palautordera, Cataluña, España</span><br>
<span style="color:#666;font-size:13px;">Solicitud enviada el 14 ene 2026</span></td></tr></table>
<p>Ahora tu perfil y tu CV están a disposición del equipo de selección de Lácteos Montseny.</p>""" + button("https://www.enlaza.example.com/jobs/view/3981225/?trk=eml-apply-confirm", "Ver solicitud", "#0a66c2") + """
<p style="font-size:13px;color:#666;">Consejo: los candidatos que completan la sección «Aptitudes» reciben hasta un 30% más de visitas de los seleccionadores.</p>""",
             logo="https://static.enlaza.example.com/logo-enlaza.png", alt="Enlaza", accent="#0a66c2", bg="#f3f2ef",
             footer="""Has recibido este correo porque usas Enlaza. <a href="https://www.enlaza.example.com/e/unsub?type=apply" style="color:#8a8a8a;">Darse de baja</a><br>
Enlaza Networks Ireland Unlimited Company, Dublin 2, Irlanda""",
             tracker="https://www.enlaza.example.com/emimp/ip_YWJj.gif"),
))

# A13 -- Greenhouse "thank you for applying" (text and HTML).
_tv_ack = """Hi Ingrid,

Thank you for applying for the Quality Assurance Technician position at Thames & Vale Foods. We've received your application and our team will review it shortly.

If your experience is a match, a member of our Talent team will be in touch to discuss next steps.

In the meantime, you can learn more about life at our Reading and Banbury sites at https://www.tvfoods.example.co.uk/careers.

Best wishes,
The Thames & Vale Foods Talent Team
"""
add(dict(
    scen="greenhouse_thank_you", kind="application_received", company="Thames & Vale Foods", contact="",
    lang="en",
    frm=("Thames & Vale Foods Recruiting", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Thames & Vale Foods",
    date="2026-02-20 21:40 +0000",
    text=_tv_ack,
    html=ats(paras(_tv_ack), logo="https://s3.amazonaws.com/grnhse-prod/logos/thamesvale.png",
             alt="Thames & Vale Foods", accent="#00594f", lang="en",
             footer="Thames &amp; Vale Foods Ltd · Registered in England No 04481233 · Sent via Greenhouse",
             tracker="https://links.greenhouse-mail.io/wf/open?upn=u001.Ab19Kk"),
))

# A14 -- "unable to respond to every applicant ... assume unsuccessful": acknowledgement.
add(dict(
    scen="assume_unsuccessful_clause", kind="application_received", company="Liffey Dairy Co-op", contact="",
    lang="en",
    frm=("Liffey Dairy Co-op Recruitment", "recruitment-noreply@liffeydairy.example.ie"),
    subject="Application received - Laboratory Analyst (QA) - Ref LD/114",
    date="2026-03-30 08:15 +0100", cte="7bit",
    text="""Dear Applicant,

Thank you for your application for the position of Laboratory Analyst (QA), reference LD/114, at our Ballyfermot site.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If you have not heard from us within four weeks of the closing date (17 April 2026), please assume that your application has been unsuccessful on this occasion.

We thank you for your interest in Liffey Dairy Co-op.

HR Department
Liffey Dairy Co-op
Kylemore Road, Ballyfermot, Dublin 10

Liffey Dairy Co-operative Society Limited is registered under the Industrial and Provident Societies Acts, No 5120R.
This mailbox is not monitored.
""",
))

# A15 -- Workable, a London brewery; HTML only.
add(dict(
    scen="workable_received", kind="application_received", company="Brewhouse Collective", contact="", lang="en",
    frm=("Brewhouse Collective", "noreply@workablemail.com"),
    subject="Brewhouse Collective - We've received your application",
    date="2026-04-29 12:44 +0100", cte="quoted-printable",
    html=ats(
        """<p>Hey Ingrid,</p>
<p>Cheers for applying for the <b>Quality &amp; Lab Technician</b> role at Brewhouse Collective! Your application has landed safely with our hiring team in Bermondsey.</p>
<p>We try to get back to everyone within two weeks. In the meantime, feel free to pop into the taproom and say hi.</p>
<p>The Brewhouse Collective crew</p>""",
        logo="https://workablehr.s3.amazonaws.com/uploads/account/logo/brewhouse-collective.png",
        alt="Brewhouse Collective", accent="#111111", lang="en",
        footer="""BHC Brewing Ltd (trading as Brewhouse Collective) · Registered in England and Wales No 10388214<br>
Powered by Workable · <a href="https://apply.workable.com/brewhouse-collective/privacy" style="color:#8a8a8a;">Privacy</a>""",
        tracker="https://email.workablemail.com/o/1xQ9hb.gif"),
))

# A16 -- an Irish job board relays the application to the employer; HTML only.
add(dict(
    scen="job_board_sent_dublin", kind="application_received", company="Harbour Analytical Labs", contact="",
    lang="en",
    frm=("JobsNest Ireland", "applications@jobsnest.example.ie"),
    subject="Your application for Food Microbiology Analyst was sent to Harbour Analytical Labs",
    date="2026-02-26 17:02 +0000", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://www.jobsnest.example.ie/unsubscribe?u=8812&c=apply>")],
    html=ats(
        """<p><b>Application sent!</b></p>
<p>Hi Ingrid, your CV and cover letter have been sent to <b>Harbour Analytical Labs</b> for the role of <b>Food Microbiology Analyst</b> (Dublin 2, permanent, full-time).</p>
<p>What happens next? The employer will review your application and contact you directly if they'd like to move forward.</p>
""" + button("https://www.jobsnest.example.ie/track?r=ap-55120", "Track your application", "#e4002b") + """
<p style="font-size:13px;color:#666;">Similar jobs: QC Microbiologist (Kildare) · Lab Technician – Dairy (Cork) · QA Officer (Dublin 12)</p>""",
        logo="https://cdn.jobsnest.example.ie/img/jobsnest-logo.png", alt="JobsNest.ie", accent="#e4002b", lang="en",
        footer="""You're receiving this because you applied through JobsNest. <a href="https://www.jobsnest.example.ie/unsubscribe?u=8812&amp;c=apply" style="color:#8a8a8a;">Unsubscribe</a><br>JobsNest Media DAC, Dublin 4""",
        tracker="https://trk.jobsnest.example.ie/o/ap-55120.gif"),
))

# A17 -- Taleo, accusé de réception, ISO-8859-1; HTML only.
add(dict(
    scen="taleo_accuse_reception", kind="application_received", company="Biscuiterie Garonne", contact="",
    lang="fr",
    frm=("Biscuiterie Garonne - Recrutement", "biscuiterie-garonne@taleo.net"),
    subject="Accusé de réception de votre candidature",
    date="2026-02-27 16:20 +0100", charset="iso-8859-1", cte="8bit", hcs="iso-8859-1",
    html=ats(
        """<p>Madame,</p>
<p>Nous accusons bonne réception de votre candidature au poste de <b>Technicien(ne) Qualité H/F</b> (réf. 26-0113) et vous en remercions.</p>
<p>Votre dossier va être étudié avec la plus grande attention par notre service Ressources Humaines et le responsable du service Qualité. Nous reviendrons vers vous dans les meilleurs délais.</p>
<p>Nous vous prions d'agréer, Madame, nos salutations distinguées.</p>
<p>Le service Ressources Humaines<br>Biscuiterie Garonne</p>""",
        logo="https://biscuiterie-garonne.taleo.net/careersection/theme/logo_bg.jpg", alt="Biscuiterie Garonne",
        accent="#d89b2b", lang="fr", font="Verdana,sans-serif",
        footer="""Biscuiterie Garonne SAS · RCS Toulouse 512 000 447<br>Ce message a été envoyé automatiquement, merci de ne pas y répondre.""",
        tracker="https://biscuiterie-garonne.taleo.net/careersection/tracking/open.gif?id=70411"),
))

# A18 -- "sans réponse sous quatre semaines": still an acknowledgement (text and HTML).
_ila_ack = """Bonjour Ingrid,

Nous avons bien reçu votre candidature pour le poste de Technicien(ne) de laboratoire en microbiologie alimentaire (Saint-Priest) et nous vous en remercions.

Votre dossier sera examiné attentivement par nos équipes. En raison du nombre important de candidatures, nous ne sommes pas en mesure de répondre à chacune individuellement : sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

Bien cordialement,
L'équipe Recrutement
Laboratoires ILA
"""
add(dict(
    scen="quatre_semaines_sans_reponse", kind="application_received", company="Laboratoires ILA", contact="",
    lang="fr",
    frm=("Laboratoires ILA", "noreply@smartrecruiters.com"),
    subject="Nous avons bien reçu votre candidature",
    date="2026-02-16 09:31 +0100",
    text=_ila_ack,
    html=ats(paras(_ila_ack), logo="https://c.smartrecruiters.com/sr-company-logo-prod/laboratoires-ila.png",
             alt="Laboratoires ILA", accent="#0077c8", lang="fr",
             footer="Laboratoires ILA SAS · 12 rue du Dauphiné, 69800 Saint-Priest · Envoyé via SmartRecruiters",
             tracker="https://email.smartrecruiters.com/o/eJxNjEEOgj.gif"),
))

# A19 -- a French job board relays the application to a named brewery; HTML only.
add(dict(
    scen="job_board_transmise_fr", kind="application_received", company="Brasserie des Canuts", contact="",
    lang="fr",
    frm=("Jobiz", "candidatures@jobiz.example.fr"),
    subject="Votre candidature a été transmise à Brasserie des Canuts",
    date="2026-04-20 21:09 +0200", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<mailto:desinscription@jobiz.example.fr?subject=candidatures>")],
    html=ats(
        """<p style="font-size:18px;"><b>C'est envoyé, Ingrid !</b></p>
<p>Votre candidature pour l'offre <b>Technicien·ne de laboratoire brassicole (CDI)</b> a été transmise au recruteur de <b>Brasserie des Canuts</b> (Lyon 4e).</p>
<p>Vous pouvez suivre son avancement depuis votre espace candidat. Astuce : une relance polie au bout de 10 jours augmente vos chances d'obtenir une réponse.</p>
""" + button("https://www.jobiz.example.fr/espace/candidatures?src=mail_envoi", "Suivre ma candidature", "#6c2bd9") + """
<p style="font-size:13px;color:#666;">Offres similaires : Assistant(e) qualité – Villeurbanne · Technicien(ne) contrôle qualité – Givors</p>""",
        logo="https://static.jobiz.example.fr/logo-jobiz.png", alt="Jobiz", accent="#6c2bd9", lang="fr",
        footer="""Vous recevez cet e-mail car vous avez postulé via Jobiz. <a href="https://www.jobiz.example.fr/desinscription?t=envoi" style="color:#8a8a8a;">Se désinscrire</a><br>Jobiz SAS · 75009 Paris""",
        tracker="https://trk.jobiz.example.fr/o/77e1.gif"),
))

# A20 -- Personio, a Munich oat-drink start-up that writes its name in lower case.
add(dict(
    scen="personio_eingangsbestaetigung", kind="application_received", company="hafermut", contact="",
    lang="de",
    frm=("hafermut", "noreply@personio.de"),
    subject="Danke für deine Bewerbung bei hafermut!",
    date="2026-06-22 15:03 +0200", cte="quoted-printable",
    html=ats(
        """<p>Hallo Ingrid,</p>
<p>vielen Dank für deine Bewerbung als <b>Quality Assurance Specialist (m/w/d)</b>! Wir haben deine Unterlagen erhalten und schauen sie uns in den nächsten Tagen in Ruhe an.</p>
<p>Wir melden uns spätestens in zwei Wochen bei dir – versprochen.</p>
<p>Hafer-Grüße aus Obergiesing<br>dein People-Team von hafermut</p>""",
        logo="https://hafermut.jobs.personio.de/assets/logo.png", alt="hafermut", accent="#f2b705", lang="de",
        footer="""hafermut GmbH · Tegernseer Platz 4 · 81541 München · HRB 262 119 · Geschäftsführung: Lena Dorn, Felix Yilmaz<br>
Diese E-Mail wurde automatisch über Personio versendet.""",
        tracker="https://hafermut.jobs.personio.de/track/open/9b07.gif"),
))

# A21 -- SuccessFactors, text and HTML.
_pl_ack = """Sehr geehrte Frau Solheim-Castro,

vielen Dank für Ihre Bewerbung auf die Stelle "Lebensmittelchemisch-technische Assistenz (m/w/d) Mikrobiologie" (Stellen-ID 4471).

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in unserem Karriereportal einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Prüflabor Südbayern

Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.
"""
add(dict(
    scen="successfactors_eingang", kind="application_received", company="Prüflabor Südbayern", contact="",
    lang="de",
    frm=("Prüflabor Südbayern Recruiting", "noreply@successfactors.eu"),
    subject="Eingangsbestätigung Ihrer Bewerbung (Stellen-ID 4471)",
    date="2026-05-28 06:44 +0200", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text=_pl_ack,
    html=ats(paras(_pl_ack), logo="https://career5.successfactors.eu/doc/custom/pruflabor/logo.png",
             alt="Prüflabor Südbayern", accent="#5c6bc0", lang="de", font="Arial,sans-serif",
             footer="Prüflabor Südbayern GmbH · Weihenstephaner Steig 9 · 85354 Freising · Amtsgericht München HRB 187 004",
             tracker="https://career5.successfactors.eu/track/open/p4471.gif"),
))

# ---------------------------------------------------------------- offers (10)

# O1 -- a written offer with the offer letter attached.
add(dict(
    scen="offer_letter_pdf", kind="offer", company="Lácteos Montseny", contact="npuig@lacteosmontseny.example.es",
    lang="es",
    frm=("Núria Puig", "npuig@lacteosmontseny.example.es"),
    subject="Oferta de incorporación - Técnica de Calidad",
    date="2026-04-30 13:26 +0200", cte="quoted-printable",
    text="""Hola Ingrid,

¡Enhorabuena! Después de las entrevistas con Montse y con el equipo de planta, nos encantaría que te incorporaras a Lácteos Montseny como Técnica de Calidad.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 31.500 € brutos anuales en 14 pagas, jornada de lunes a viernes en turno de mañana y un sábado al mes de guardia de calidad, con incorporación prevista el 1 de junio.

Tómate unos días para leerla con calma. Si tienes cualquier duda me llamas, y si estás de acuerdo, devuélvemela firmada antes del viernes 8 de mayo.

Una abraçada,

Núria Puig
Técnica de Selección · Lácteos Montseny
""",
    attach=[("Carta_oferta_Ingrid_Solheim-Castro.pdf", [
        "LÁCTEOS MONTSENY",
        "Santa Maria de Palautordera, 30 de abril de 2026",
        "Sra. Ingrid Solheim-Castro",
        "",
        "Nos complace ofrecerle el puesto de Técnica de Calidad en nuestra planta.",
        "Tipo de contrato: indefinido, con periodo de prueba de seis meses.",
        "Retribución: 31.500 EUR brutos anuales, 14 pagas.",
        "Fecha de incorporación: 1 de junio de 2026.",
        "",
        "Firma de conformidad: ______________________",
    ])],
))

# O2 -- a verbal offer confirmed in writing, casual.
add(dict(
    scen="verbal_offer_confirmed", kind="offer", company="Cervesera del Poblenou",
    contact="pau@cerveseradelpoblenou.example.cat", lang="es",
    frm=("Pau Roca", "pau@cerveseradelpoblenou.example.cat"),
    subject="Lo que hablamos ayer",
    date="2026-03-24 10:12 +0100", cte="8bit",
    text="""Hola Ingrid!

Como te dije ayer por teléfono, queremos que te unas al equipo. Te lo pongo por escrito para que lo tengas claro:

- Puesto: responsable de calidad y laboratorio (la primera de la casa!)
- Contrato indefinido, jornada completa, horario flexible de 8 a 16 más o menos
- 30.000 € brutos al año + una caja de cerveza al mes, que no es broma
- Empezarías cuando puedas, idealmente a mediados de abril

Marta te mandará el contrato esta semana desde la gestoría. Si tienes dudas llámame cuando quieras.

Estamos muy contentos, de verdad.

Salut!
Pau
Cervesera del Poblenou
""",
))

# O3 -- a contract to sign, attached; Outlook, windows-1252.
add(dict(
    scen="contract_to_sign_pdf", kind="offer", company="Laboratorios Analíticos Sant Cugat",
    contact="sbosch@lasc.example.es", lang="es",
    frm=("Sílvia Bosch", "sbosch@lasc.example.es"),
    subject="Contrato para firma – Técnica de Microbiología",
    date="2026-04-08 12:55 +0200", charset="windows-1252", cte="quoted-printable", hcs="windows-1252",
    x_mailer="Microsoft Outlook 16.0",
    text="""Hola Ingrid,

Tal como hablamos el lunes, te adjunto el contrato de trabajo para el puesto de Técnica de Microbiología, junto con el anexo de confidencialidad.

Por favor, revisa los datos personales (sobre todo el NIE y el número de la Seguridad Social) y devuélvenos ambos documentos firmados, escaneados o con firma digital, antes del 15 de abril. El original lo firmaremos el primer día.

Tu incorporación queda fijada para el lunes 4 de mayo a las 8:00. Ese día te esperará Josep en recepción para la acogida y la formación en prevención de riesgos.

¡Bienvenida al equipo!

Sílvia Bosch Ferrer
Responsable de RR. HH.
Laboratorios Analíticos Sant Cugat
T. 935 000 227 · www.lasc.example.es
""",
    attach=[("Contrato_LASC_Solheim-Castro.pdf", [
        "CONTRATO DE TRABAJO INDEFINIDO",
        "De una parte, Laboratorios Analíticos Sant Cugat, S.L.",
        "De otra parte, Dña. Ingrid Solheim-Castro",
        "Categoría: Técnica de Laboratorio (Microbiología)",
        "Fecha de inicio: 4 de mayo de 2026",
        "Salario bruto anual: 29.800 EUR",
    ]), ("Anexo_confidencialidad.pdf", [
        "ANEXO DE CONFIDENCIALIDAD",
        "La trabajadora se compromete a guardar secreto sobre los resultados analíticos de los clientes.",
    ])],
))

# O4 -- a conditional offer: subject to the medical check and references.
add(dict(
    scen="conditional_offer_medical", kind="offer", company="Conservas Itsasoa",
    contact="gzubiaur@itsasoa.example.es", lang="es",
    frm=("Garazi Zubiaur", "gzubiaur@itsasoa.example.es"),
    subject="Propuesta de contratación - campaña 2026",
    date="2026-06-15 11:40 +0200", charset="iso-8859-1", cte="8bit", hcs="iso-8859-1",
    text="""Buenos días, Ingrid:

Me alegra comunicarle que, tras la entrevista en la planta de Mundaka, la dirección ha decidido ofrecerle el puesto de Técnica de Calidad para la campaña del bonito 2026.

Las condiciones serían: contrato fijo discontinuo, del 1 de julio al 31 de octubre, con un salario de 2.150 euros brutos mensuales más el plus de campaña, en turno de mañana (6:00 a 14:00).

La oferta queda condicionada a dos cosas: que supere el reconocimiento médico de empresa, que le organizaremos en Bermeo la semana que viene, y a las referencias de su último empleo, para lo que le pediría el contacto de su responsable en el laboratorio de Barcelona.

Si está de acuerdo, respóndame y le paso la cita del reconocimiento.

Un saludo,
Garazi Zubiaur
Administración y Personal
Conservas Itsasoa - Bermeo
""",
))

# O5 -- the agency relays the client's offer, the client named.
add(dict(
    scen="ett_client_offer", kind="offer", company="Dulces Pilar", contact="raquel.sanz@flexiplan.example.es",
    lang="es",
    frm=("Raquel Sanz | Flexiplan ETT", "raquel.sanz@flexiplan.example.es"),
    subject="¡¡DULCES PILAR TE QUIERE!!",
    date="2026-02-24 09:35 +0100", cte="8bit",
    text="""INGRID!!!!

Me acaba de llamar Javier Lahoz: Dulces Pilar quiere incorporarte como Técnica de Calidad!!! 🎉🎉

Te resumo lo que me han pasado:
- Contrato de puesta a disposición con Flexiplan durante 6 meses y luego paso a plantilla de Dulces Pilar
- 1.850 € brutos/mes x 14
- Turno de mañana, de lunes a viernes
- Incorporación el lunes 9 de marzo

Necesito que me confirmes si aceptas antes del jueves para preparar el contrato. Llámame y lo hablamos!!!

ENHORABUENA!!!

Raquel Sanz
Consultora de Selección
Flexiplan ETT · Oficina Zaragoza Delicias
""",
))

# O6 -- an Irish bakery's written offer, Outlook text and HTML, with the offer letter.
_gf_off = """Hi Ingrid,

Following your interview on Thursday, I'm delighted to offer you the position of QA Technologist at Greenfield Bakes.

Please find your offer letter attached. In summary: a permanent, full-time role based in Ballycoolin, a salary of EUR 38,500 per annum, 23 days' annual leave, and a start date of Monday 6 July 2026, subject to the terms in the letter.

Could you sign and return the acceptance page by Friday 29 May? If you'd like to talk anything through, give me a call on +353 1 000 4471.

We're really looking forward to having you on the team.

Kind regards,
Aoife

Aoife Brennan
Technical Manager | Greenfield Bakes
GFB Food Holdings (Ireland) Limited, trading as Greenfield Bakes. Registered in Ireland No 588213.
"""
add(dict(
    scen="offer_letter_outlook_pdf", kind="offer", company="Greenfield Bakes",
    contact="aoife.brennan@greenfieldbakes.example.ie", lang="en",
    frm=("Aoife Brennan", "aoife.brennan@greenfieldbakes.example.ie"),
    subject="Offer of employment - QA Technologist",
    date="2026-05-22 16:04 +0100", charset="windows-1252", cte="quoted-printable",
    x_mailer="Microsoft Outlook 16.0",
    text=_gf_off, html=outlook(_gf_off),
    attach=[("Greenfield Bakes - Offer Letter - I Solheim-Castro.pdf", [
        "GREENFIELD BAKES",
        "Unit 7 Ballycoolin Business Park, Dublin 15",
        "22 May 2026",
        "Dear Ingrid,",
        "We are pleased to offer you the position of QA Technologist.",
        "Salary: EUR 38,500 per annum. Annual leave: 23 days.",
        "Start date: 6 July 2026. Probation: six months.",
        "Signed for and on behalf of GFB Food Holdings (Ireland) Limited",
        "Acceptance: ______________________  Date: __________",
    ])],
))

# O7 -- Lever: a conditional offer (references, right to work); replies go to the recruiter.
add(dict(
    scen="lever_conditional_offer", kind="offer", company="Harbour Analytical Labs",
    contact="emma.walsh@harbourlabs.example.ie", lang="en",
    frm=("Harbour Analytical Labs", "no-reply@hire.lever.co"),
    reply_to=("Emma Walsh", "emma.walsh@harbourlabs.example.ie"),
    subject="Your offer from Harbour Analytical Labs",
    date="2026-04-01 15:30 +0100", cte="quoted-printable", msgid="<lever.offer.8b1d3e77@hire.lever.co>",
    html=ats(
        """<p>Hi Ingrid,</p>
<p>On behalf of everyone at Harbour Analytical Labs, I'm thrilled to offer you the role of <b>Food Microbiology Analyst</b>.</p>
<p>This offer is conditional on two satisfactory references and confirmation of your right to work in Ireland (your Norwegian passport and EEA status should cover this - we just need a copy). Your full offer, including salary (EUR 36,000), benefits and start date, is available to review and e-sign here:</p>
""" + button("https://hire.lever.co/offers/harbour-analytical/8b1d3e77", "Review and sign offer", "#0f4c81") + """
<p>Please let me know by replying to this email if you have any questions. The link expires on 10 April.</p>
<p>Congratulations!<br>Emma Walsh<br>Talent Partner, Harbour Analytical Labs</p>""",
        logo="https://lever-client-logos.s3.amazonaws.com/harbour-analytical.png", alt="Harbour Analytical Labs",
        accent="#0f4c81", lang="en",
        footer="Harbour Analytical Labs Limited · Registered in Ireland No 612004 · Sent via Lever",
        tracker="https://hire.lever.co/email/open/hb99f1.gif"),
))

# O8 -- a promesse d'embauche attached (multipart/mixed).
add(dict(
    scen="promesse_embauche_pdf", kind="offer", company="Agro Qualité Conseil",
    contact="n.benali@agroqualite.example.fr", lang="fr",
    frm=("Nadia Benali", "n.benali@agroqualite.example.fr"),
    subject="Promesse d'embauche - Consultante Qualité", msgid="<PR1P264MB5520BB17@agroqualite.example.fr>",
    date="2026-06-19 10:22 +0200", charset="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1",
    text="""Bonjour Ingrid,

Suite à nos échanges et à votre entretien avec Thierry Mazères, j'ai le plaisir de vous transmettre en pièce jointe votre promesse d'embauche pour le poste de Consultante Qualité / Sécurité des aliments, en CDI, au statut cadre.

Pour rappel : rémunération annuelle brute de 36 000 euros sur 12 mois, véhicule de service, prise de poste le 1er septembre 2026 à Toulouse.

Merci de nous retourner un exemplaire daté et signé, précédé de la mention "Lu et approuvé, bon pour accord", au plus tard le 30 juin.

Toute l'équipe se réjouit de vous accueillir.

Bien cordialement,
Nadia Benali
Responsable RH - Agro Qualité Conseil
""",
    attach=[("Promesse_embauche_Solheim-Castro.pdf", [
        "AGRO QUALITÉ CONSEIL",
        "27 avenue de Larrieu - 31100 Toulouse",
        "Promesse d'embauche",
        "Nous avons le plaisir de vous confirmer votre engagement en qualité de Consultante Qualité.",
        "Contrat : CDI, statut cadre. Rémunération : 36 000 EUR bruts annuels.",
        "Date d'entrée : 1er septembre 2026. Période d'essai : 4 mois.",
        "Lu et approuvé, bon pour accord : ____________________",
    ])],
))

# O9 -- a French dairy confirms in writing the offer made on the phone.
add(dict(
    scen="proposition_confirmee_ecrit", kind="offer", company="Laiterie des Pyrénées",
    contact="s.lacaze@laiterie-pyrenees.example.fr", lang="fr",
    frm=("Sophie Lacaze", "s.lacaze@laiterie-pyrenees.example.fr"),
    subject="Confirmation de notre proposition",
    date="2026-05-06 15:47 +0200", cte="8bit",
    text="""Bonjour Ingrid,

Comme convenu lors de notre appel de ce matin, je vous confirme par écrit notre proposition pour le poste de Technicienne Qualité à Oloron-Sainte-Marie :

- CDI à temps plein, horaires de journée (7h30-15h30), une astreinte de week-end par mois
- salaire de 2 300 euros bruts mensuels sur 13 mois, plus prime d'intéressement
- prise de poste souhaitée le lundi 1er juin

Votre contrat vous sera envoyé dès réception de votre accord par retour de mail.

Au plaisir de vous compter bientôt parmi nous,

Sophie Lacaze
Chargée de recrutement
Laiterie des Pyrénées
""",
))

# O10 -- a German contract offer with the employment contract and a privacy notice attached.
add(dict(
    scen="vertragsangebot_pdf", kind="offer", company="Brauerei Isartal",
    contact="j.obermaier@brauerei-isartal.example.de", lang="de",
    frm=("Julia Obermaier", "j.obermaier@brauerei-isartal.example.de"),
    subject="Ihr Vertragsangebot – Mitarbeiterin Qualitätssicherung",
    date="2026-07-24 14:10 +0200", cte="base64",
    text="""Sehr geehrte Frau Solheim-Castro,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn Brandstetter und Herrn Dr. Leitner die Stelle als Mitarbeiterin Qualitätssicherung in unserer Brauerei anbieten zu können.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung sowie unsere Datenschutzhinweise für Beschäftigte. Die wichtigsten Eckdaten: unbefristete Anstellung in Vollzeit (39 Stunden), Bruttojahresgehalt 46.000 Euro, 30 Urlaubstage, Haustrunk, Beginn am 1. Oktober 2026.

Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 7. August zurück. Für Rückfragen stehe ich Ihnen jederzeit gerne zur Verfügung.

Mit freundlichen Grüßen
Julia Obermaier
Personalreferentin

Brauerei Isartal GmbH · Isarstraße 21 · 83646 Bad Tölz
Amtsgericht München HRB 224 518 · Geschäftsführer: Dr. Korbinian Leitner
""",
    attach=[("Arbeitsvertrag_Solheim-Castro.pdf", [
        "ARBEITSVERTRAG",
        "zwischen der Brauerei Isartal GmbH, Isarstraße 21, 83646 Bad Tölz",
        "und Frau Ingrid Solheim-Castro",
        "§ 1 Beginn: 1. Oktober 2026. Tätigkeit: Mitarbeiterin Qualitätssicherung.",
        "§ 2 Vergütung: 46.000 EUR brutto jährlich.",
        "§ 3 Urlaub: 30 Arbeitstage.",
    ]), ("Datenschutzhinweise_Beschaeftigte.pdf", [
        "Datenschutzhinweise für Beschäftigte gemäß Art. 13 DSGVO",
    ])],
))

