"""Rejections, written one by one (hundred-and-twenty-third corpus)."""

from __future__ import annotations

from msgs123_common import AUTO, ats_table

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ Spanish
    {
        "kind": "rejection", "scen": "workday_banco_alteno", "company": "Banco Alteño", "contact": "", "lang": "es",
        "frm": ("Banco Alteño Talent Acquisition", "bancoalteno@myworkday.com"),
        "to": "dario.mh@example.mx",
        "subj": "Actualización sobre su postulación – Líder de Operaciones de Soporte Digital (R-0042217)",
        "date": "2026-02-03 09:14 -0600", "mid": "ses", "cte": "quoted-printable",
        "html": ats_table(
            "Banco Alteño", "https://bancoalteno.wd5.myworkdayjobs.com/assets/logo_alteno.png",
            """<p>Estimado Dario:</p>
<p>Le agradecemos el tiempo que dedicó a postularse a la vacante <b>Líder de Operaciones de Soporte Digital</b> (R-0042217) en nuestras oficinas de Guadalajara.</p>
<p>Tras revisar con detenimiento los perfiles recibidos, hemos decidido avanzar con candidatos cuya experiencia se ajusta de manera más cercana a los requisitos actuales del puesto. Esta decisión no demerita su trayectoria profesional.</p>
<p>Lo invitamos a mantener su perfil actualizado y a consultar nuestras vacantes en el <a href="https://click.myworkday.com/ls/click?upn=8f2KqBa-2FalT3nO-3D-3DxYz1">Portal de Carreras de Banco Alteño</a>.</p>
<p>Atentamente,<br>Atracción de Talento<br>Banco Alteño</p>""",
            """Este mensaje fue generado automáticamente; por favor no responda a este correo.<br>
Banco Alteño, S.A., Institución de Banca Múltiple. Av. Vallarta 3200, Col. Vallarta Poniente, Guadalajara, Jal.<br>
<a href="https://bancoalteno.example.mx/aviso-de-privacidad" style="color:#8a8a8a;">Aviso de privacidad</a>""",
            accent="#8b1e3f", pixel="https://click.myworkday.com/wf/open?upn=Qm9vZ2llLTIwMjYtMDItMDM"),
    },
    {
        "kind": "rejection", "scen": "greenhouse_quipu_after_panel", "company": "Quipu Pagos",
        "contact": "laura.cifuentes@quipupagos.example.co", "lang": "es",
        "frm": ("Quipu Pagos", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Laura Cifuentes", "laura.cifuentes@quipupagos.example.co"),
        "subj": "Tu proceso con Quipu Pagos",
        "date": "2026-03-27 17:42 -0500", "mid": "sendgrid", "cte": "quoted-printable",
        "text": AUTO,
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1f;">
<div style="max-width:560px;margin:0 auto;padding:24px;">
<p><img src="https://s3.amazonaws.com/grnhse-prod/job_board/logos/quipupagos.png" alt="Quipu Pagos" width="120"></p>
<p>Hola Dario,</p>
<p>Muchas gracias por el tiempo que le dedicaste a las conversaciones con Andrés, con Paola y con el equipo de Soporte la semana pasada. Nos gustó mucho cómo contaste la reorganización de turnos que hiciste en tu campaña actual.</p>
<p>Después de revisar todas las entrevistas decidimos continuar con otra persona para el cargo de <strong>Support Operations Lead</strong>. Fue una decisión difícil: buscábamos a alguien con más horas de vuelo configurando Zendesk y flujos de automatización, y ahí otra candidata nos llevaba ventaja.</p>
<p>Si quieres una retroalimentación más detallada, respóndeme este correo y con gusto agendamos 15 minutos.</p>
<p>Un abrazo,<br>Laura Cifuentes<br>Talent Partner · Quipu Pagos<br>Bogotá, Colombia</p>
</div>
<img src="https://u1234567.ct.sendgrid.net/wf/open?upn=a8Fq-2BxQ9" alt="" width="1" height="1" border="0">
</body></html>
""",
    },
    {
        "kind": "rejection", "scen": "ruta_cero_one_line_iphone", "company": "Ruta Cero",
        "contact": "mgarza@rutacero.example.mx", "lang": "es",
        "frm": ("Mauricio Garza", "mgarza@rutacero.example.mx"),
        "to": ("Dario Menéndez", "dario.mh@example.mx"),
        "subj": "Re: Seguimiento",
        "date": "2026-02-18 21:07 -0600", "mid": "apple", "cte": "8bit",
        "thread": ["<CA+dmhQx7v1R0cero_seg01@mail.gmail.com>"],
        "text": """Dario, gracias pero nos vamos con otro perfil. Suerte!

Enviado desde mi iPhone

> El 18 feb 2026, a las 10:31, Dario Menéndez-Holt <dario.mh@example.mx> escribió:
>
> Hola Mauricio, buen día.
>
> Quería saber si ya hay fecha para la segunda entrevista con el equipo de
> operaciones. Quedo muy al pendiente y con mucho interés en la posición.
>
> Saludos,
> Dario
""",
    },
    {
        "kind": "rejection", "scen": "kanbo_role_on_hold", "html": "GMAIL", "company": "Kanbo", "contact": "nuria.vidal@kanbo.example.es",
        "lang": "es",
        "frm": ("Núria Vidal", "nuria.vidal@kanbo.example.es"),
        "subj": "Customer Success Lead – novedades",
        "date": "2026-04-09 12:26 +0200", "mid": "gmail", "cte": "quoted-printable",
        "text": """Hola Dario,

Te escribo con una noticia que no nos gusta dar. Esta semana dirección ha
revisado el presupuesto del segundo semestre y la posición de Customer Success
Lead se ha quedado congelada. No vamos a seguir adelante con el proceso, ni
contigo ni con el resto de candidatos, y no sabemos si se reabrirá este año.

Lo siento de verdad, porque la conversación con Marc fue muy buena y os
habíais entendido bien con el tema de los playbooks de onboarding.

Si en algún momento reabrimos algo parecido, serás de los primeros a quien
llame. Vale?

Un abrazo,
Núria

--
Núria Vidal · People Partner · Kanbo
C/ de Pujades 77, 08005 Barcelona
""",
    },
    {
        "kind": "rejection", "scen": "successfactors_altavoz_filled_internally", "company": "Altavoz Telecom",
        "contact": "", "lang": "es",
        "frm": ("Altavoz Telecom · Selección", "noreply@successfactors.eu"),
        "subj": "Proceso de selección 58821 – Responsable de Calidad de Atención al Cliente",
        "date": "2026-05-12 08:03 +0200", "charset": "windows-1252", "cte": "quoted-printable",
        "hdr_charset": "windows-1252",
        "html": """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body>
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="font-family:Verdana,Geneva,sans-serif;font-size:12px;color:#333;">
<tr><td style="border-bottom:2px solid #e30613;padding:10px 0;"><img src="https://performancemanager5.successfactors.eu/doc/altavoz_logo.gif" alt="ALTAVOZ Telecom" width="160" height="40"></td></tr>
<tr><td style="padding:18px 0;">
<p>Estimado/a Dario Menéndez-Holt:</p>
<p>Le informamos de que la vacante <b>Responsable de Calidad de Atención al Cliente (ref. 58821)</b>, a la que presentó su candidatura el pasado 14 de abril, ha sido cubierta mediante promoción interna.</p>
<p>Por este motivo, damos por finalizado el proceso de selección. Agradecemos sinceramente el interés mostrado en formar parte de nuestro equipo en Madrid y le animamos a seguir atento a futuras oportunidades.</p>
<p>Reciba un cordial saludo,</p>
<p>Departamento de Personas y Cultura<br>ALTAVOZ TELECOM</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;border-top:1px solid #ddd;padding-top:8px;">
Altavoz Telecom, S.A.U. – C/ Ribera del Loira 46, 28042 Madrid – Inscrita en el Registro Mercantil de Madrid, Tomo 21.345, Folio 12, Hoja M-380112.<br>
En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos serán conservados durante doce meses. Puede ejercer sus derechos en <a href="mailto:privacidad@altavoz.example.es">privacidad@altavoz.example.es</a>.<br>
Este correo se ha enviado desde una dirección que no admite respuestas.
</td></tr>
</table>
</body>
</html>
""",
    },
    {
        "kind": "rejection", "scen": "zafiro_speculative_cv", "company": "Grupo Zafiro Retail",
        "contact": "rrhh@zafiro.example.mx", "lang": "es",
        "frm": ("Recursos Humanos Grupo Zafiro", "rrhh@zafiro.example.mx"),
        "subj": "RE: Envío de CV - Dario Menéndez",
        "date": "2026-01-20 16:48 -0600", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1", "mid": "outlook",
        "thread": ["<CA+dmhR2speczafiro01@mail.gmail.com>"],
        "text": """Buena tarde Sr. Menéndez:

Acusamos recibo de su currículum enviado de manera espontánea a esta
dirección. Le agradecemos que haya pensado en Grupo Zafiro.

Por el momento no contamos con vacantes acordes a su perfil en el área de
Atención a Clientes ni en el corporativo de Zapopan, por lo que no podremos
darle seguimiento a su solicitud. Conservaremos sus datos en nuestra cartera
durante seis meses conforme a nuestro aviso de privacidad.

Cualquier duda puede responder a este mismo correo.

Atentamente

Lic. Rocío Anaya Barragán
Reclutamiento y Selección
Grupo Zafiro Retail, S.A. de C.V.
Tel. 33 3615 0900 ext. 214
""",
    },
    {
        "kind": "rejection", "scen": "smartrecruiters_contacta_bpo", "company": "Contacta BPO", "contact": "",
        "lang": "es",
        "frm": ("Contacta BPO", "no-reply@smartrecruiters.com"),
        "to": ("DARIO MENENDEZ HOLT", "dario.mh@example.mx"),
        "subj": "Contacta BPO: Resultado de tu postulación",
        "date": "2026-01-29 11:30 -0600", "mid": "sendgrid", "cte": "base64",
        "html": """<div style="background:#f2f2f2;padding:20px 0;">
<table align="center" width="580" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Open Sans',Arial,sans-serif;">
<tr><td style="padding:24px 30px 0;"><img alt="Contacta BPO" src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/contactabpo.png" style="max-height:44px"></td></tr>
<tr><td style="padding:18px 30px;font-size:14px;color:#3b3b3b;line-height:1.6;">
<p>Hola Dario,</p>
<p>Gracias por postularte a <b>Supervisor de Operaciones – Campaña Telecom (Ciudad de México)</b>.</p>
<p>Lamentablemente en esta ocasión no continuarás en el proceso. Recibimos un número muy alto de solicitudes y tuvimos que tomar decisiones difíciles.</p>
<p>Te invitamos a seguir nuestras redes y a postularte a futuras vacantes.</p>
<p>¡Mucho éxito!<br>Equipo de Atracción de Talento<br>Contacta BPO</p>
</td></tr>
<tr><td style="padding:12px 30px 24px;font-size:11px;color:#999;">Powered by <a href="https://www.smartrecruiters.com/?utm_source=email&amp;utm_medium=footer" style="color:#999">SmartRecruiters</a> · <a href="https://jobs.smartrecruiters.com/unsubscribe?t=b3f1d2" style="color:#999">Darme de baja de estas notificaciones</a></td></tr>
</table>
<img src="https://o.smartrecruiters.com/o/eJx1jt0KgjAYhl_FO.gif" width="1" height="1" alt="">
</div>
""",
    },
    {
        "kind": "rejection", "scen": "talentia_client_named_aseguradora", "html": "WORD", "html_only": True, "company": "Aseguradora Ponienta",
        "contact": "beatriz.lain@talentiasearch.example.es", "lang": "es",
        "frm": ("Beatriz Laín", "beatriz.lain@talentiasearch.example.es"),
        "subj": "Proceso Head of Customer Care – feedback",
        "date": "2026-06-16 10:05 +0200", "mid": "outlook_eu", "cte": "8bit",
        "text": """Hola Dario:

Ayer por la tarde tuve la llamada de cierre con Aseguradora Ponienta. Me han
pedido que te transmita su agradecimiento por la entrevista con Javier Ordóñez
y que finalmente no van a continuar con tu candidatura: se han decantado por
un perfil que ya ha trabajado en el sector asegurador en España y que conoce
la normativa de reclamaciones de la DGSFP.

Te soy sincera, de los tres finalistas eras el que mejor habló de métricas y
de gestión de equipos; lo que les pesó fue el sector, no tú.

Seguimos en contacto para otros procesos, tengo un par de cosas de SaaS en
Madrid que quizá te encajen mejor.

Un saludo,

Beatriz Laín Oteiza
Senior Consultant | Talentia Search Partners
Paseo de la Castellana 95, planta 15 · 28046 Madrid
+34 910 000 418 · www.talentiasearch.example.es
""",
    },
    {
        "kind": "rejection", "scen": "hunt_lanza_unnamed_client", "html": "GMAIL", "company": "Hunt & Lanza Consultores",
        "contact": "r.lanza@huntlanza.example.mx", "lang": "es",
        "frm": ("Rodrigo Lanza", "r.lanza@huntlanza.example.mx"),
        "subj": "Búsqueda Gerente de Soporte – cierre",
        "date": "2026-03-05 19:22 -0600", "mid": "gmail", "cte": "quoted-printable",
        "text": """Dario, qué tal.

Te cuento cómo quedó la búsqueda. El cliente (la fintech de Polanco de la que
platicamos, sigo sin poder darte el nombre) optó por otra candidata que ya
venía de una empresa de pagos. Así que por esta vez no avanzamos contigo.

No te desanimes, tu perfil me gustó mucho y lo dejo marcado para las
posiciones de Customer Success que abrimos cada trimestre.

Saludos cordiales,

Rodrigo Lanza
Socio Director
Hunt & Lanza Consultores, S.C.
Ciudad de México · Monterrey
""",
    },
    {
        "kind": "rejection", "scen": "universidad_tlaquepaque_committee", "company": "Universidad Metropolitana de Tlaquepaque",
        "contact": "reclutamiento@umt.example.mx", "lang": "es",
        "frm": ("Coordinación de Recursos Humanos UMT", "reclutamiento@umt.example.mx"),
        "subj": "Resultado de la convocatoria RH-07/2026",
        "date": "2026-04-22 13:15 -0600", "charset": "windows-1252", "cte": "8bit",
        "hdr_charset": "windows-1252",
        "text": """C. Dario Menéndez-Holt
P r e s e n t e

Por medio del presente le comunicamos que el Comité de Selección de la
convocatoria RH-07/2026 para la plaza de Coordinador de Atención a Estudiantes
(Centro de Servicios Escolares) sesionó el día 20 de abril del año en curso.

Después de valorar los expedientes y las entrevistas, el Comité determinó que
su candidatura no resultó seleccionada para ocupar la plaza.

Agradecemos su participación y el interés mostrado en nuestra institución.
Para cualquier aclaración puede responder a este correo dentro de los cinco
días hábiles siguientes.

Atentamente,
"Saber para servir"

Mtra. Gabriela Ochoa Ríos
Coordinadora de Recursos Humanos
Universidad Metropolitana de Tlaquepaque
Av. Niños Héroes 1450, San Pedro Tlaquepaque, Jal.
""",
    },
    {
        "kind": "rejection", "scen": "agencia_distrital_no_continua", "company": "Agencia Distrital de Servicio a la Ciudadanía",
        "contact": "", "lang": "es",
        "frm": ("Talento Humano ADSC", "no-responder@adsc.example.co"),
        "subj": "CONVOCATORIA 014-2026: RESULTADO VERIFICACIÓN DE REQUISITOS",
        "date": "2026-05-28 07:55 -0500", "cte": "quoted-printable",
        "text": """AGENCIA DISTRITAL DE SERVICIO A LA CIUDADANÍA
SUBDIRECCIÓN DE TALENTO HUMANO

Señor(a): DARIO MENENDEZ HOLT
Documento: PA G2389104
Empleo: PROFESIONAL ESPECIALIZADO - CANALES DE ATENCIÓN - CÓDIGO 222 GRADO 19

ESTADO: NO CONTINÚA EN EL PROCESO

Motivo: No acredita la experiencia profesional relacionada mínima exigida
(48 meses) en entidades del sector público o en cargos equivalentes, de
acuerdo con el numeral 4.2 del anexo técnico.

Podrá presentar reclamación dentro de los dos (2) días hábiles siguientes a
la publicación, únicamente a través del aplicativo SIGEP-Convocatorias.

Este es un mensaje automático, por favor no responda a esta dirección.
""",
    },
    {
        "kind": "rejection", "scen": "nubeluz_after_final_quoted_invite", "company": "Nubeluz Software",
        "contact": "fernanda.ibarra@nubeluz.example.mx", "lang": "es",
        "frm": ("Fernanda Ibarra", "fernanda.ibarra@nubeluz.example.mx"),
        "subj": "RE: Entrevista final - Customer Success Manager",
        "date": "2026-03-18 18:40 -0600", "mid": "outlook", "cte": "quoted-printable",
        "thread": ["key:nubeluz_phone_screen_invite", "<CA+dmhT9nubeluzconf02@mail.gmail.com>"],
        "text": """Hola Dario,

Gracias otra vez por venir a la oficina el lunes y por la presentación del caso
de churn; el equipo de Sofía se quedó con muy buena impresión.

Te quiero contar directamente cómo quedó: después de la entrevista final
decidimos no avanzar con tu candidatura para Customer Success Manager. El otro
finalista ya maneja cuentas enterprise en inglés desde hace tres años y para
este rol en particular pesó mucho. En lo que sí saliste muy arriba fue en
liderazgo de equipo y en el manejo de indicadores.

Te dejo dos comentarios del panel por si te sirven:
 - Aterrizar más ejemplos con revenue (renovaciones, upsell), no sólo CSAT.
 - En el caso práctico, priorizar antes de proponer herramientas.

Me encantaría que siguiéramos en contacto. Abriremos una posición de Support
Operations en el segundo semestre.

Saludos,
Fernanda

Fernanda Ibarra | Talent Acquisition Lead | Nubeluz Software
Av. Patria 1891, Zapopan, Jal. | +52 33 1000 2040

________________________________
De: Dario Menéndez-Holt <dario.mh@example.mx>
Enviado: viernes, 13 de marzo de 2026 09:02
Para: Fernanda Ibarra <fernanda.ibarra@nubeluz.example.mx>
Asunto: Re: Entrevista final - Customer Success Manager

Fernanda, confirmo mi asistencia el lunes 16 a las 11:00. ¡Gracias!

________________________________
De: Fernanda Ibarra <fernanda.ibarra@nubeluz.example.mx>
Enviado: jueves, 12 de marzo de 2026 17:15
Para: Dario Menéndez-Holt <dario.mh@example.mx>
Asunto: Entrevista final - Customer Success Manager

Hola Dario, ¡felicidades! Pasaste a la etapa final. Te confirmamos la
entrevista final el lunes 16 de marzo a las 11:00 en nuestras oficinas de
Av. Patria. Será con Sofía Trejo (VP Customer Success) y dos personas de su
equipo. Prepara por favor un caso de 15 minutos sobre reducción de churn.
""",
    },
    {
        "kind": "rejection", "scen": "lever_vertice_reply_to_recruiter", "company": "Vértice CX",
        "contact": "irene.salas@verticecx.example.es", "lang": "es",
        "frm": ("Vértice CX", "no-reply@hire.lever.co"),
        "reply_to": ("Irene Salas", "irene.salas@verticecx.example.es"),
        "subj": "Tu candidatura en Vértice CX",
        "date": "2026-02-24 15:10 +0100", "mid": "ses", "cte": "quoted-printable",
        "text": """Hola Dario,

Gracias por tu interés en el puesto de Team Lead – Soporte Multicanal en
Madrid y por el tiempo que has dedicado al proceso.

Hemos revisado tu candidatura con atención y, en esta ocasión, hemos decidido
seguir adelante con personas cuyo perfil encaja más con lo que necesitamos
ahora mismo (experiencia previa liderando equipos en España y conocimiento
de nuestro convenio).

Guardaremos tus datos por si surge algo que encaje mejor contigo.

Un saludo,
Irene Salas
Talent Acquisition · Vértice CX
""",
        "html": """<html><body>
<div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:15px;color:#222;max-width:600px;">
<p>Hola Dario,</p>
<p>Gracias por tu interés en el puesto de <strong>Team Lead – Soporte Multicanal</strong> en Madrid y por el tiempo que has dedicado al proceso.</p>
<p>Hemos revisado tu candidatura con atención y, en esta ocasión, hemos decidido seguir adelante con personas cuyo perfil encaja más con lo que necesitamos ahora mismo (experiencia previa liderando equipos en España y conocimiento de nuestro convenio).</p>
<p>Guardaremos tus datos por si surge algo que encaje mejor contigo.</p>
<p>Un saludo,<br>Irene Salas<br>Talent Acquisition · Vértice CX</p>
<hr style="border:none;border-top:1px solid #eee;">
<p style="font-size:11px;color:#999;">Sent with <a href="https://hire.lever.co/email/click?t=vcx-7731" style="color:#999;">Lever</a></p>
</div>
<img src="https://hire.lever.co/email/o/eyJ2IjoiMSJ9.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "kind": "rejection", "scen": "muebles_ocampo_casual_typos", "html": "GMAIL", "company": "Muebles Hermanos Ocampo",
        "contact": "lupita@mueblesocampo.example.mx", "lang": "es",
        "frm": ("Lupita Ocampo", "lupita@mueblesocampo.example.mx"),
        "subj": "supervisor",
        "date": "2026-01-15 13:02 -0600", "mid": "gmail", "cte": "8bit",
        "text": """hola dario buenas tardes

gracias por venir el martes a platicar con mi papa y conmigo, la verdad nos
caiste muy bien pero decidimos quedarnos con una persona q ya conocia el
sistema de la tienda y q vive aqui en tonala, por lo de los horarios.

te deseamos mucha suerte en lo q sigue!! de veras

saludos
Lupita Ocampo
Muebles Hermanos Ocampo
""",
    },
    {
        "kind": "rejection", "scen": "icims_movilnet_aspirantes", "company": "Movilnet Andina", "contact": "",
        "lang": "es",
        "frm": ("Movilnet Andina - Gestión Humana", "movilnetandina@icims.com"),
        "subj": "Respuesta a su aplicación: Coordinador de Experiencia del Cliente",
        "date": "2026-04-30 10:48 -0500", "mid": "ses", "cte": "quoted-printable",
        "html": ats_table(
            "Movilnet Andina", "https://careers-movilnetandina.icims.com/images/logo_movilnet.png",
            """<p style="margin:0 0 14px;">Apreciado(a) Dario:</p>
<p style="margin:0 0 14px;">Agradecemos su interés en formar parte de Movilnet Andina y el tiempo dedicado a aplicar a la vacante <b>Coordinador de Experiencia del Cliente – Bogotá</b>.</p>
<p style="margin:0 0 14px;">Le informamos que, luego de analizar su hoja de vida frente al perfil requerido, el proceso continuará con otros aspirantes. Su información quedará en nuestra base de datos para futuras convocatorias.</p>
<p style="margin:0 0 14px;">Cordialmente,</p>
<p style="margin:0;"><b>Dirección de Gestión Humana</b><br>Movilnet Andina</p>""",
            """Movilnet Andina S.A.S. · NIT 900.123.456-7 · Calle 100 # 7-33, Bogotá D.C.<br>
Por favor no responda este mensaje; esta cuenta no es monitoreada.<br>
<a href="https://careers-movilnetandina.icims.com/jobs/unsubscribe?u=77120" style="color:#8a8a8a;">Cancelar suscripción</a> · <a href="https://movilnetandina.example.co/politica-datos" style="color:#8a8a8a;">Política de tratamiento de datos</a>""",
            accent="#00a19a", pixel="https://careers-movilnetandina.icims.com/track/open/77120-5521.gif"),
    },
    {
        "kind": "rejection", "scen": "staffing_norte_client_logistica", "html": "WORD", "html_only": True, "company": "Logística Altiplano",
        "contact": "karla.trevino@staffingnorte.example.mx", "lang": "es",
        "frm": ("Karla Treviño", "karla.trevino@staffingnorte.example.mx"),
        "subj": "Retro de Logística Altiplano",
        "date": "2026-06-03 17:55 -0600", "charset": "windows-1252", "cte": "quoted-printable",
        "hdr_charset": "windows-1252", "mid": "outlook",
        "text": """Hola Dario, ¿cómo estás?

Ya me dieron retro de Logística Altiplano sobre la entrevista del jueves con
el Ing. Cantú. Me comentan que les gustó tu manejo de equipos grandes, pero que
van a cerrar la posición de Jefe de Servicio al Cliente con alguien que ya
tenga experiencia en transporte de carga y que pueda estar en Monterrey desde
el primer día (les preocupó el tema de la mudanza).

Entonces por ahora no seguimos con esta vacante. Te tengo en mente para otras
dos que me están llegando en Apodaca, te busco la próxima semana.

Saludos!

Karla Treviño
Ejecutiva de Reclutamiento
Staffing Norte – Tu talento, nuestro compromiso
Cel. 81 1234 9087
""",
    },
    {
        "kind": "rejection", "scen": "tallo_interview_cancelled_role_closed", "company": "Tallo",
        "contact": "ximena.rubio@tallo.example.com", "lang": "es",
        "frm": ("Ximena Rubio", "ximena.rubio@tallo.example.com"),
        "subj": "Entrevista del jueves – cancelada",
        "date": "2026-03-24 09:37 -0600", "mid": "gmail", "cte": "quoted-printable",
        "text": """Hola Dario,

Perdón por avisarte con tan poco tiempo. Tengo que cancelar la entrevista del
jueves con Diego para Support Operations Manager: ayer nos confirmaron que la
vacante se cierra definitivamente, la función se va a cubrir desde el equipo
de Bogotá y no se va a contratar a nadie en CDMX.

O sea que no hay nueva fecha, y el proceso termina aquí. Lamento mucho que sea
así después de tres conversaciones.

Gracias por tu paciencia, de verdad.

Ximena Rubio
Recruiter — Tallo
""",
    },
    # ------------------------------------------------------------------ English
    {
        "kind": "rejection", "scen": "ashby_saguaro_short", "company": "Saguaro Cloud", "contact": "",
        "lang": "en",
        "frm": ("Saguaro Cloud Recruiting", "no-reply@ashbyhq.com"),
        "to": ("Dario Menéndez-Holt", "dario.mh@example.mx"),
        "subj": "Your application to Saguaro Cloud",
        "date": "2026-05-06 14:21 -0500", "mid": "sendgrid",
        "html": """<!doctype html><html><body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="520" cellpadding="0" cellspacing="0" style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#101828;">
<tr><td style="padding:28px 0 12px;"><img src="https://app.ashbyhq.com/api/images/org-theme-logo/saguaro.png" alt="Saguaro Cloud" height="28"></td></tr>
<tr><td style="line-height:22px;">
<p>Hi Dario,</p>
<p>Thanks for your interest in the Support Operations Manager role. After reviewing your application, we've decided not to move forward at this time.</p>
<p>We appreciate you thinking of Saguaro Cloud and wish you the best in your search.</p>
<p>The Saguaro Cloud Recruiting Team</p>
</td></tr>
<tr><td style="padding:24px 0;font-size:12px;color:#98a2b3;">Saguaro Cloud, Inc. · 500 W 2nd St, Austin, TX 78701<br>Powered by <a href="https://www.ashbyhq.com/?utm_source=candidate_email" style="color:#98a2b3;">Ashby</a></td></tr>
</table></td></tr></table>
<img src="https://track.ashbyhq.com/open/5f1c2e7a.png" width="1" height="1" alt="" style="display:none">
</body></html>
""",
    },
    {
        "kind": "rejection", "scen": "greenhouse_northpeak_after_screen", "company": "Northpeak Software",
        "contact": "priya.natarajan@northpeak.example.ca", "lang": "en",
        "frm": ("Northpeak Software via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Priya Natarajan", "priya.natarajan@northpeak.example.ca"),
        "subj": "Following up",
        "date": "2026-02-12 16:03 -0500", "mid": "sendgrid", "cte": "7bit",
        "text": """Hi Dario,

Thank you for taking the time to speak with me last Tuesday about the Customer
Support Team Lead position in Toronto. I really enjoyed hearing about how you
built the coaching program for your agents.

After a lot of discussion with the hiring team, we've decided to move forward
with candidates whose experience more closely matches what we need right now,
particularly hands-on experience with Salesforce Service Cloud administration.

I know this isn't the news you were hoping for. We'd be glad to stay in touch,
and I'd encourage you to keep an eye on our careers page.

All the best,
Priya

Priya Natarajan
Senior Talent Partner, Northpeak Software
""",
    },
    {
        "kind": "rejection", "scen": "bramble_finch_one_liner_iphone", "company": "Bramble & Finch",
        "contact": "tom@bramblefinch.example.com", "lang": "en",
        "frm": ("Tom Halvorsen", "tom@bramblefinch.example.com"),
        "subj": "Re: CS Lead",
        "date": "2026-07-08 19:44 -0500", "mid": "apple",
        "thread": ["<CA+dmhW1bramble9x@mail.gmail.com>"],
        "text": """Hi Dario - we went another direction on this one. Appreciate your time, truly.

Sent from my iPhone
""",
    },
    {
        "kind": "rejection", "scen": "lumio_health_after_interview_outlook_chain", "company": "Lumio Health",
        "contact": "siobhan.keane@lumiohealth.example.ie", "lang": "en",
        "frm": ("Siobhan Keane", "siobhan.keane@lumiohealth.example.ie"),
        "subj": "RE: Thank you - Support Operations Specialist interview",
        "date": "2026-04-17 11:12 +0100", "mid": "outlook_eu", "cte": "quoted-printable",
        "thread": ["<CA+dmhLumio77thanks@mail.gmail.com>"],
        "text": """Hi Dario,

Thanks so much for your kind note, and apologies for the slower reply than I'd
promised - Easter got in the way.

I've now had the chance to go through the panel feedback with Conor. Although
the team enjoyed meeting you, we won't be progressing your application to the
next stage. The deciding factor was experience with regulated health data
(HIPAA / GDPR in a clinical setting), which the successful candidate had.

Conor specifically asked me to pass on that your answer on the escalation
matrix was one of the best he heard this round.

Kind regards,
Siobhan

Siobhan Keane
People & Talent Coordinator
Lumio Health
Block C, Grand Canal Quay, Dublin 2, D02 XK77
Lumio Health Limited is registered in Ireland No. 612345. Registered office as above.

From: Dario Menéndez-Holt <dario.mh@example.mx>
Sent: Friday, April 3, 2026 6:20 PM
To: Siobhan Keane <siobhan.keane@lumiohealth.example.ie>
Subject: Thank you - Support Operations Specialist interview

Hi Siobhan,

Thank you for organising today's interview with Conor and Aoife. I really
enjoyed the conversation and I'm excited about the role and about the
possibility of receiving an offer to join Lumio Health in Dublin.

Best regards,
Dario
""",
    },
    {
        "kind": "rejection", "scen": "workday_maple_harbour_filled", "company": "Maple Harbour Bank", "contact": "",
        "lang": "en",
        "frm": ("Maple Harbour Bank Careers", "mapleharbour@myworkday.com"),
        "to": "dario.mh@example.mx",
        "subj": "Update on your application: Client Support Operations Lead (JR-118204)",
        "date": "2026-05-21 08:30 -0400", "mid": "ses", "cte": "quoted-printable",
        "html": ats_table(
            "Maple Harbour Bank", "https://mapleharbour.wd3.myworkdayjobs.com/logo/mhb-wordmark.png",
            """<p>Dear Dario,</p>
<p>Thank you for your interest in the <b>Client Support Operations Lead</b> position (JR-118204) and for the time you invested in our assessment and interview.</p>
<p>We wanted to let you know that this position has now been filled. We will therefore not be proceeding further with your application.</p>
<p>We encourage you to create job alerts on our <a href="https://click.mapleharbour.example.ca/track?u=aHR0cHM6Ly9jYXJlZXJz&amp;id=118204">Careers site</a> so that you are among the first to hear about new opportunities.</p>
<p>Sincerely,<br>Talent Acquisition<br>Maple Harbour Bank</p>""",
            """This email was sent from an unmonitored mailbox. Please do not reply.<br>
Maple Harbour Bank is an equal opportunity employer. Accommodations are available on request for candidates taking part in all aspects of the selection process.<br>
&copy; 2026 Maple Harbour Bank. 100 King St W, Toronto, ON M5X 1A9. <a href="https://mapleharbour.example.ca/privacy" style="color:#8a8a8a;">Privacy</a>""",
            accent="#0a3d62", pixel="https://click.mapleharbour.example.ca/open/118204-dmh.gif"),
    },
    {
        "kind": "rejection", "scen": "peoplebridge_internal_candidate", "company": "PeopleBridge Recruitment",
        "contact": "ciara.doyle@peoplebridge.example.ie", "lang": "en",
        "frm": ("Ciara Doyle", "ciara.doyle@peoplebridge.example.ie"),
        "subj": "Re: your application",
        "date": "2026-08-11 10:02 +0100", "mid": "outlook_eu",
        "thread": ["<CA+dmhPbridge11@mail.gmail.com>"],
        "text": """Hi Dario,

Quick one - my client has come back to say they've decided to go with an
internal candidate for the Support Team Manager role, so unfortunately we
won't be taking your application forward on this occasion.

Sorry it's not better news. Happy to keep you in mind for Spanish-speaking
support roles in Dublin, they come up fairly often.

Ciara

Ciara Doyle | Senior Consultant - Customer Operations | PeopleBridge Recruitment
T: +353 1 555 0182 | LinkedIn: linkedin.com/in/ciaradoyle-pb
PeopleBridge Recruitment Ltd. Registered in Ireland No. 534221.
""",
    },
    {
        "kind": "rejection", "scen": "workable_canopy_volume", "company": "Canopy CX", "contact": "",
        "lang": "en",
        "frm": ("Canopy CX", "noreply@workablemail.com"),
        "subj": "Update",
        "date": "2026-09-02 13:17 -0500", "mid": "sendgrid",
        "text": AUTO,
        "html": """<html><body style="background:#f7f7f7;margin:0;">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;font-size:14px;color:#333;margin-top:20px;">
<tr><td style="padding:24px;">
<p>Dear Dario Menéndez-Holt,</p>
<p>Thank you for applying to the Customer Success Associate - Spanish Speaking (Remote, US) position at Canopy CX.</p>
<p>We received a large number of applications for this role. Unfortunately, we will not be moving forward with your application at this time.</p>
<p>We really appreciate your interest and encourage you to apply for future openings that match your profile.</p>
<p>Best regards,<br>Canopy CX Hiring Team</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#aaa;border-top:1px solid #eee;">You received this email because you applied for a job at Canopy CX via Workable. <a href="https://apply.workable.com/canopy-cx/unsubscribe/aB3kT" style="color:#aaa;">Unsubscribe</a></td></tr>
</table></body></html>
""",
    },
    {
        "kind": "rejection", "scen": "lemniscate_after_second_original_message", "company": "Lemniscate Systems",
        "contact": "jwu@lemniscate.example.ca", "lang": "en",
        "frm": ("Jonathan Wu", "jwu@lemniscate.example.ca"),
        "subj": "RE: Second interview - next steps?",
        "date": "2026-06-25 09:51 -0400", "mid": "outlook",
        "thread": ["key:lemniscate_second_round_outlook", "<CA+dmhLemn2ndnext@mail.gmail.com>"],
        "text": """Dario,

Sorry for the silence. The hiring committee met on Monday and selected another
finalist for the Technical Support Team Lead role. Unfortunately that means
we're closing out your candidacy.

Your second-round exercise on queue prioritization was strong. If you'd like,
I'm happy to walk you through the committee's notes on a short call.

Regards,

Jonathan Wu
Engineering Manager, Support Platform
Lemniscate Systems | 25 Adelaide St E, Toronto

-----Original Message-----
From: Dario Menéndez-Holt <dario.mh@example.mx>
Sent: Wednesday, June 17, 2026 4:12 PM
To: Jonathan Wu <jwu@lemniscate.example.ca>
Subject: Second interview - next steps?

Hi Jonathan, thanks again for the second interview last Thursday. Do you have
a sense of timing for the next steps? I'd love to move forward.

-----Original Message-----
From: Jonathan Wu <jwu@lemniscate.example.ca>
Sent: Monday, June 8, 2026 10:03 AM
Subject: Second round

Dario - great first conversation. We'd like to invite you to a second
interview with the committee. Could you do Thursday 11 June at 1pm ET?
""",
    },
    # ------------------------------------------------------------------ French
    {
        "kind": "rejection", "scen": "taleo_logiciels_boreal", "company": "Logiciels Boréal", "contact": "",
        "lang": "fr",
        "frm": ("Logiciels Boréal - Acquisition de talents", "ne-pas-repondre@taleo.net"),
        "subj": "Votre candidature - Chef d'équipe, Soutien à la clientèle (bilingue)",
        "date": "2026-03-10 15:00 -0400", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial;font-size:10pt;">
<table width="650" cellpadding="6" cellspacing="0" border="0">
<tr><td><img src="https://boreal.taleo.net/careersection/theme/41/logo_boreal.gif" alt="Logiciels Boréal"></td></tr>
<tr><td>
<p>Bonjour Dario,</p>
<p>Nous vous remercions de l'intérêt que vous portez à Logiciels Boréal et d'avoir postulé au poste de <b>Chef d'équipe, Soutien à la clientèle (bilingue)</b> à notre bureau de Toronto.</p>
<p>Après une analyse attentive de votre dossier, nous avons retenu des candidatures correspondant davantage aux exigences du poste. Nous ne donnerons donc pas suite à votre candidature pour le moment.</p>
<p>Nous conserverons votre profil dans notre banque de candidatures et n'hésiterons pas à communiquer avec vous si une occasion correspondant à votre profil se présente.</p>
<p>Veuillez agréer nos salutations distinguées.</p>
<p>L'équipe Acquisition de talents<br>Logiciels Boréal inc.</p>
</td></tr>
<tr><td style="font-size:8pt;color:#777;">Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre.<br>Logiciels Boréal inc., 1250, boul. René-Lévesque O., Montréal (Québec) H3B 4W8</td></tr>
</table>
</body></html>
""",
    },
    {
        "kind": "rejection", "scen": "clairvoie_tutoiement_after_interview", "company": "Clairvoie",
        "contact": "camille.roussel@clairvoie.example.com", "lang": "fr",
        "frm": ("Camille Roussel", "camille.roussel@clairvoie.example.com"),
        "subj": "Suite à notre échange",
        "date": "2026-05-19 18:02 +0200", "mid": "gmail", "cte": "quoted-printable",
        "thread": ["key:clairvoie_invite_tutoiement"],
        "text": """Salut Dario,

Merci encore pour ton temps mercredi dernier avec Julien et moi, on a passé un
super moment et ton anglais comme ton français sont top.

Je reviens vers toi avec une réponse qui n'est pas celle que tu attendais :
on a décidé de poursuivre avec une autre personne pour le poste de Support
Team Lead à Madrid. Elle connaît déjà notre stack (Intercom + Jira) et peut
démarrer tout de suite, ce qui a fait la différence.

Si tu veux un retour plus détaillé, je suis dispo pour un call de 10 min.

Belle suite à toi,
Camille

--
Camille Roussel – Talent Acquisition Manager
Clairvoie
Clairvoie SAS – 18 rue de Paradis, 75010 Paris – RCS Paris 812 345 678
""",
    },
    {
        "kind": "rejection", "scen": "dufresne_client_atelier_numa", "company": "Atelier Numa",
        "contact": "h.dufresne@cabinetdufresne.example.com", "lang": "fr",
        "frm": ("Hélène Dufresne", "h.dufresne@cabinetdufresne.example.com"),
        "subj": "Votre candidature – Responsable Expérience Client (Atelier Numa)",
        "date": "2026-07-02 11:26 +0200", "mid": "outlook_eu", "cte": "8bit",
        "text": """Bonjour Monsieur Menéndez-Holt,

Je fais suite à votre entretien du 24 juin avec notre client Atelier Numa
pour le poste de Responsable Expérience Client basé à Barcelone.

Atelier Numa m'a fait savoir qu'il ne souhaitait pas donner suite à votre
candidature : le comité a privilégié un profil ayant déjà piloté une équipe
support francophone en B2B. Je suis sincèrement désolée de ce retour.

Je reste à votre disposition pour échanger sur d'autres opportunités.

Bien cordialement,

Hélène Dufresne
Associée – Cabinet Dufresne Recrutement
Tél. : +33 1 84 00 00 27
""",
    },
    # ------------------------------------------------------------------ German
    {
        "kind": "rejection", "scen": "personio_plectra_absage", "company": "Plectra Analytics", "contact": "",
        "lang": "de",
        "frm": ("Plectra Analytics GmbH", "noreply@personio.de"),
        "subj": "Ihre Bewerbung als Customer Support Team Lead (DACH) – Barcelona",
        "date": "2026-06-09 09:12 +0200", "mid": "ses", "cte": "quoted-printable",
        "html": ats_table(
            "Plectra Analytics", "https://plectra-analytics.jobs.personio.de/logo.png",
            """<p>Sehr geehrter Herr Menéndez-Holt,</p>
<p>vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an Plectra Analytics.</p>
<p>Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Prüfung für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil den Anforderungen der Position – insbesondere muttersprachliches Deutsch – noch besser entspricht.</p>
<p>Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Ihr People Team von Plectra Analytics</p>""",
            """Plectra Analytics GmbH · Rosenthaler Str. 40 · 10178 Berlin<br>
Geschäftsführer: Dr. Lukas Brenner, Mei Tanaka · Amtsgericht Charlottenburg HRB 201334 B<br>
Diese E-Mail wurde automatisch versendet. Antworten an diese Adresse werden nicht gelesen.""",
            accent="#5b4bdb", font="'Helvetica Neue',Helvetica,Arial,sans-serif"),
    },
    {
        "kind": "rejection", "scen": "softgarden_wolkenfeld_du_after_interview", "company": "Wolkenfeld Software",
        "contact": "jana.reuter@wolkenfeld.example.de", "lang": "de",
        "frm": ("Wolkenfeld Software AG über softgarden", "noreply@softgarden.io"),
        "reply_to": ("Jana Reuter", "jana.reuter@wolkenfeld.example.de"),
        "subj": "Deine Bewerbung bei Wolkenfeld",
        "date": "2026-08-20 16:35 +0200", "mid": "sendgrid", "cte": "quoted-printable",
        "text": """Hallo Dario,

danke dir noch einmal für das offene Gespräch letzte Woche und die Zeit, die
du dir für uns genommen hast.

Wir haben uns nach langem Hin und Her für eine andere Person entschieden, die
schon länger ein Support-Team in Barcelona für den DACH-Markt geführt hat.
Für dich bedeutet das leider eine Absage für die Rolle "Team Lead Customer
Support (m/w/d)".

Wenn du magst, gebe ich dir gern am Telefon ein ausführlicheres Feedback –
antworte einfach auf diese Mail.

Viele Grüße
Jana

Jana Reuter
Talent Acquisition | Wolkenfeld Software AG
""",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#2d2d2d;">
<p>Hallo Dario,</p>
<p>danke dir noch einmal für das offene Gespräch letzte Woche und die Zeit, die du dir für uns genommen hast.</p>
<p>Wir haben uns nach langem Hin und Her für eine andere Person entschieden, die schon länger ein Support-Team in Barcelona für den DACH-Markt geführt hat. Für dich bedeutet das leider eine Absage für die Rolle „Team Lead Customer Support (m/w/d)“.</p>
<p>Wenn du magst, gebe ich dir gern am Telefon ein ausführlicheres Feedback – antworte einfach auf diese Mail.</p>
<p>Viele Grüße<br>Jana</p>
<p style="color:#666;">Jana Reuter<br>Talent Acquisition | Wolkenfeld Software AG</p>
<p style="font-size:11px;color:#999;">Wolkenfeld Software AG · Sitz München · Registergericht München HRB 245117 · Vorstand: Katrin Albers (Vors.), Ömer Yıldız · Vorsitzender des Aufsichtsrats: Dr. Peter Hollmann<br>
Versendet über <a href="https://softgarden.io/?utm_source=mail&amp;utm_campaign=footer" style="color:#999;">softgarden</a></p>
<img src="https://tracking.softgarden.io/o/7YH2k1.gif" width="1" height="1" alt="">
</body></html>
""",
    },
    {
        "kind": "rejection", "scen": "kessler_unnamed_mandant_am_schrieb", "company": "Kessler Personalberatung",
        "contact": "m.kessler@kessler-personal.example.de", "lang": "de",
        "frm": ("Martin Kessler", "m.kessler@kessler-personal.example.de"),
        "subj": "AW: Rückmeldung Mandant",
        "date": "2026-09-15 08:47 +0200", "charset": "iso-8859-1", "cte": "quoted-printable",
        "hdr_charset": "iso-8859-1", "mid": "outlook_eu",
        "thread": ["<CA+dmhKesslerRM03@mail.gmail.com>"],
        "text": """Guten Morgen Herr Menéndez-Holt,

mein Mandant, ein SaaS-Anbieter aus München mit Support-Hub in Barcelona, hat
sich gestern gemeldet. Man hat sich nach dem Zweitgespräch für einen
Kandidaten mit deutscher Muttersprache entschieden; Ihre Kandidatur wird
daher leider nicht weiterverfolgt.

Ich bedaure das, denn ich hielt Sie für sehr gut geeignet. Gern melde ich mich
bei Ihnen, sobald ich ein passendes Mandat habe.

Mit freundlichen Grüßen

Martin Kessler
Kessler Personalberatung GmbH
Leopoldstraße 31 | 80802 München
Geschäftsführer: Martin Kessler | Amtsgericht München HRB 187702

Am 14.09.2026 um 21:03 schrieb Dario Menéndez-Holt <dario.mh@example.mx>:
> Sehr geehrter Herr Kessler,
>
> gibt es schon eine Rückmeldung vom Mandanten? Ich würde mich sehr über ein
> Angebot freuen und könnte ab November anfangen.
>
> Viele Grüße
> Dario Menéndez-Holt
""",
    },
]
