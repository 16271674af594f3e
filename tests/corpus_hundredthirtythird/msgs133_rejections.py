"""Rejections, written one by one (hundred-thirty-third corpus)."""

from __future__ import annotations

from .msgs133_common import ats_card, gmail_html

REJECTIONS: list[dict] = []


def add(**spec: object) -> None:
    REJECTIONS.append(spec)

# --- English -----------------------------------------------------------------------------------

add(
    kind="rejection", scen="workday_soft", lang="en", company="Brightwater Analytics", contact="",
    frm=("Brightwater Analytics Talent Acquisition", "brightwater@myworkday.com"),
    subject="Your application for Data Analyst II (R-20418)",
    date="2026-02-19 21:04 +0000", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Brightwater Analytics", accent="#0b6e99",
        logo="https://wd5.myworkday.com/brightwater/assets/logo-email.png",
        logo_alt="Brightwater Analytics",
        body="""Hi Camila,

Thank you for your interest in the Data Analyst II (Remote – Americas) position and for the time you invested in applying.

We received a large number of strong applications. After careful review, we have decided to move forward with candidates whose experience more closely matches the needs of the role at this time.

We encourage you to keep an eye on our careers site, as new roles open regularly, and we would be glad to see your name again.

Best regards,
Talent Acquisition
Brightwater Analytics""",
        button=("Visit Brightwater Careers", "https://brightwater.wd5.myworkdayjobs.com/External?src=email_rej"),
        footer=["Brightwater Analytics, Inc. · 400 Boylston Street, Boston, MA 02116, USA",
                "This message was sent from an unmonitored mailbox. Please do not reply.",
                '<a href="https://wd5.myworkday.com/brightwater/d/privacy.htmld" style="color:#8a8a8a;">Candidate Privacy Notice</a>'],
        pixel_url="https://wd5.myworkday.com/brightwater/email/open.gif?m=9f2c41e7&r=R-20418",
        powered="Powered by Workday"),
)

add(
    kind="rejection", scen="greenhouse_after_interview", lang="en", company="Quetzal Labs",
    contact="maya.oconnell@quetzallabs.example.com",
    frm=("Quetzal Labs via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Maya O'Connell", "maya.oconnell@quetzallabs.example.com"),
    subject="Quetzal Labs – Analytics Engineer (LatAm)",
    date="2026-03-27 16:41 -0400", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Hi Camila,

I wanted to reach out personally after your conversations with Ana, Tomás and the analytics team last week. Everyone enjoyed meeting you, and your walkthrough of the call-centre staffing model was genuinely one of the better case discussions we've had.

That said, after a lot of back and forth, we've decided not to move forward with your candidacy for this role. The deciding factor was production dbt and data-modelling experience, which this team needs from day one.

I know that's not the news you were hoping for. If it's useful, I'm happy to jump on a 15-minute call and share the feedback in more detail – just reply here.

Thanks again for your time and energy throughout the process.

Maya O'Connell
Senior Recruiter, Quetzal Labs
""",
    html=gmail_html("""Hi Camila,

I wanted to reach out personally after your conversations with Ana, Tomás and the analytics team last week. Everyone enjoyed meeting you, and your walkthrough of the call-centre staffing model was genuinely one of the better case discussions we've had.

That said, after a lot of back and forth, we've decided not to move forward with your candidacy for this role. The deciding factor was production dbt and data-modelling experience, which this team needs from day one.

I know that's not the news you were hoping for. If it's useful, I'm happy to jump on a 15-minute call and share the feedback in more detail – just reply here.

Thanks again for your time and energy throughout the process.

Maya O'Connell
Senior Recruiter, Quetzal Labs""").replace(
        "</div>\n", '</div><img src="https://click.greenhouse-mail.io/o/eJwNy0EKwjAQ.gif" width="1" height="1" alt="">\n'),
)

add(
    kind="rejection", scen="lever_role_on_hold", lang="en", company="Northwind Lending",
    contact="talent@northwindlending.example.com",
    frm=("Northwind Lending", "no-reply@hire.lever.co"),
    reply_to=("Northwind Lending Talent", "talent@northwindlending.example.com"),
    subject="Update on the BI Analyst role",
    date="2026-04-08 13:15 -0500", struct="plain", charset="utf-8", cte="8bit",
    text="""Hi Camila,

We're writing to let you know that the BI Analyst (Remote, LATAM) role has been put on hold following a change in our 2026 hiring plan, and we will not be proceeding with the search. This means we're closing your application along with all others in the process.

This has nothing to do with your interviews – Sam and Ulla both spoke highly of you – and we're sorry to end things this way after the time you gave us.

If the role reopens we'll reach out directly. Questions? Just reply to this email; a real person on our talent team reads this inbox.

Warmly,
The Northwind Lending Talent Team

---
Northwind Lending · 1200 Pearl St, Denver, CO 80203
You are receiving this email because you applied for a job at Northwind Lending.
Sent via Lever · https://jobs.lever.co/northwindlending
""",
)

add(
    kind="rejection", scen="terse_iphone_after_followup", lang="en", company="Harbor & Pine Insurance",
    contact="dsloane@harborpine.example.com",
    frm=("Derek Sloane", "dsloane@harborpine.example.com"),
    subject="Re: Following up",
    date="2026-03-17 08:52 -0400", struct="plain", charset="utf-8", cte="7bit",
    irt="<6F1A2C3E-77B4-4B0E-9D2A-0C1B8E5D4F21@example.pe>",
    refs=["<BY5PR11MB4021A8C0E2@BY5PR11MB4021.namprd11.prod.outlook.com>",
          "<6F1A2C3E-77B4-4B0E-9D2A-0C1B8E5D4F21@example.pe>"],
    text="""Thanks Camila - we went another direction. Best of luck.

Sent from my iPhone

> On Mar 16, 2026, at 6:10 PM, Camila Hoffmann-Quispe <camila.hq@example.pe> wrote:
>
> Hi Derek,
>
> I hope you had a good weekend. I'm following up on our conversation of
> March 5 about the Claims Reporting Analyst role. I really enjoyed talking
> about how your team forecasts claim volumes, and I'm very excited about
> the possibility of an offer and the next steps.
>
> Best regards,
> Camila
>
>> On Mar 5, 2026, at 11:47 AM, Derek Sloane <dsloane@harborpine.example.com> wrote:
>>
>> Camila, great talking today. I'll circle back with the team and we'll be
>> in touch about next steps soon.
>>
>> Derek Sloane
>> Director, Claims Analytics
>> Harbor & Pine Insurance
>> 55 Water Street, Hartford, CT 06103
""",
)

add(
    kind="rejection", scen="speculative_uk_building_society", lang="en",
    company="Harrowgate Building Society", contact="",
    frm=("Harrowgate Building Society – Careers", "careers-noreply@harrowgatebs.example.com"),
    subject="Your speculative application",
    date="2026-01-22 10:30 +0000", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Dear Ms Hoffmann-Quispe,

Thank you for sending us your CV and covering letter on a speculative basis, and for your interest in a career with Harrowgate.

We have read your details with interest. Unfortunately we do not have a vacancy in our Data & Insight team that matches your background, and we are not able to accept unsolicited applications for future roles. In line with our privacy policy your details will be deleted within 30 days and will not be retained on file.

Please do keep an eye on harrowgatebs.example.com/careers, where all of our vacancies are advertised.

Yours sincerely,

Resourcing Team
Harrowgate Building Society

Please do not reply to this e-mail; this mailbox is not monitored.

Harrowgate Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority. Registered Office: 3 Station Parade, Harrogate HG1 1UF. Registered in England No 09217745. This e-mail and any attachments are confidential and intended solely for the addressee.
""",
)

add(
    kind="rejection", scen="smartrecruiters_filled_internally", lang="en",
    company="Copperleaf Retail", contact="",
    frm=("Copperleaf Retail Hiring Team", "noreply@smartrecruiters.com"),
    subject="Regarding your application – Merchandising Data Analyst",
    date="2026-05-04 18:22 +0000", struct="html", charset="utf-8", cte="base64",
    html=ats_card(
        brand="Copperleaf Retail", accent="#b5532d",
        logo="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/copperleaf/120x120.png",
        logo_alt="Copperleaf",
        body="""Dear Camila,

Thank you for applying for the Merchandising Data Analyst position at Copperleaf Retail.

We want to let you know that this position has been filled internally. As a result, we are closing all external applications for this opening, including yours.

We appreciate your interest in Copperleaf and invite you to explore our other openings. You can also join our talent community to hear about roles that match your skills.

Kind regards,
Copperleaf Retail Hiring Team""",
        button=("Join our Talent Community", "https://jobs.smartrecruiters.com/ni/Copperleaf/talent-community?trid=6b8e0f1a-77c2"),
        footer=["Copperleaf Retail Inc., 2200 Western Ave, Seattle, WA 98121",
                'You received this email because you applied via <a href="https://www.smartrecruiters.com" style="color:#8a8a8a;">SmartRecruiters</a>. '
                '<a href="https://my.smartrecruiters.com/unsubscribe?t=ab12c9" style="color:#8a8a8a;">Unsubscribe from job emails</a>'],
        pixel_url="https://email.smartrecruiters.com/wf/open?upn=Q2pQ1VvYh7t0.gif"),
)

add(
    kind="rejection", scen="ashby_after_take_home", lang="en", company="Datenhafen",
    contact="jonas.brandt@datenhafen.example.de",
    frm=("Datenhafen Recruiting", "no-reply@ashbyhq.com"),
    reply_to=("Jonas Brandt", "jonas.brandt@datenhafen.example.de"),
    subject="Your take-home for Datenhafen",
    date="2026-06-12 11:03 +0200", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""Hi Camila,

thanks a lot for the take-home you sent in on Monday – the team appreciated how clearly you documented your assumptions about the port-call data.

We've now reviewed all submissions and, unfortunately, we won't be moving you to the next stage. The main gap was the SQL part: the window-function queries didn't return the expected figures for the dwell-time question, and the role relies heavily on that kind of work.

I realise a take-home is a real investment of time, so thank you. You're welcome to apply again in the future.

Best,
Jonas

Jonas Brandt | People & Talent | Datenhafen
Datenhafen GmbH · Am Sandtorkai 48 · 20457 Hamburg
Geschäftsführer: Ole Petersen, Dr. Miriam Kaya · Amtsgericht Hamburg HRB 171442
""",
    html=ats_card(
        brand="Datenhafen", accent="#14325c",
        logo="https://app.ashbyhq.com/api/images/org-theme-logo/datenhafen-logo.png",
        logo_alt="Datenhafen logo",
        body="""Hi Camila,

thanks a lot for the take-home you sent in on Monday – the team appreciated how clearly you documented your assumptions about the port-call data.

We've now reviewed all submissions and, unfortunately, we won't be moving you to the next stage. The main gap was the SQL part: the window-function queries didn't return the expected figures for the dwell-time question, and the role relies heavily on that kind of work.

I realise a take-home is a real investment of time, so thank you. You're welcome to apply again in the future.

Best,
Jonas

Jonas Brandt | People & Talent | Datenhafen""",
        footer=["Datenhafen GmbH · Am Sandtorkai 48 · 20457 Hamburg",
                "Geschäftsführer: Ole Petersen, Dr. Miriam Kaya · Amtsgericht Hamburg HRB 171442"],
        pixel_url="https://app.ashbyhq.com/email-tracking/open/7c1f0d2e.png",
        powered="Sent with Ashby"),
)

add(
    kind="rejection", scen="agency_unnamed_client", lang="en", company="Apex Talent Partners",
    contact="ryan.mcbride@apextalent.example.com",
    frm=("Ryan McBride", "ryan.mcbride@apextalent.example.com"),
    subject="Payments role - feedback",
    date="2026-02-26 15:37 -0600", struct="plain", charset="windows-1252", cte="quoted-printable",
    text="""Hi Camila,

Hope your week's going well. I've just had feedback from my client on the Senior Reporting Analyst role (the payments company in Austin I told you about).

Unfortunately they've decided not to progress your application. They felt your profile is strong on operations and people leadership but lighter on the Python side than they need right now. I pushed back a little - your SQL test was excellent - but they're firm on it.

Don't let it knock you. I've got two or three other mandates coming through in March that I think suit you better, and I'll be in touch as soon as they're live.

Cheers,

Ryan McBride
Principal Consultant – Data & Analytics
Apex Talent Partners
M: +1 512 555 0148 | www.apextalent.example.com
LinkedIn: linkedin.com/in/ryanmcbride-apex

Apex Talent Partners LLC is an equal opportunity employment agency. This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. Views expressed are those of the sender and not necessarily those of Apex Talent Partners.
""",
)

# --- Español -----------------------------------------------------------------------------------

add(
    kind="rejection", scen="successfactors_riesgos", lang="es", company="Banco Andino del Sur",
    contact="",
    frm=("Banco Andino del Sur - Selección", "noreply-bancoandino@successfactors.eu"),
    subject="Resultado de tu postulación - Analista de Riesgo Crediticio",
    hdr_cs="iso-8859-1",
    date="2026-02-03 19:48 -0500", struct="html", charset="iso-8859-1", cte="quoted-printable",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#333333;">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="background:#00365f;padding:14px 20px;"><img src="https://performancemanager.successfactors.eu/public/ui-resource/bancoandino/logo_blanco.png" alt="Banco Andino del Sur" width="180"></td></tr>
<tr><td style="padding:24px 20px;border:1px solid #d9d9d9;">
<p>Estimada Camila:</p>
<p>Agradecemos el interés mostrado en formar parte de Banco Andino del Sur y el tiempo que dedicaste a postular a la posición de <b>Analista de Riesgo Crediticio</b> (Req. 4471).</p>
<p>Luego de revisar tu perfil frente a los requisitos del puesto, te comunicamos que en esta oportunidad no continuarás en el proceso de selección. Esta decisión no desmerece tu trayectoria profesional.</p>
<p>Tus datos permanecerán en nuestra base de talento y podrás postular a otras convocatorias a través de nuestro portal.</p>
<p>Atentamente,<br><b>Gerencia de Gestión del Talento</b><br>Banco Andino del Sur</p>
</td></tr>
<tr><td style="padding:12px 20px;font-size:10px;color:#888888;">Este es un mensaje automático, por favor no respondas a este correo.<br>
Banco Andino del Sur S.A. - Av. Javier Prado Este 1250, San Isidro, Lima 27, Perú.<br>
Conforme a la Ley N.º 29733, Ley de Protección de Datos Personales, puedes ejercer tus derechos escribiendo a <a href="mailto:datospersonales@bancoandino.example.pe">datospersonales@bancoandino.example.pe</a>.</td></tr>
</table>
<img src="https://performancemanager.successfactors.eu/sf/emailtrack?cid=bancoandino&amp;mid=88712" width="1" height="1" alt="">
</body></html>
""",
)

add(
    kind="rejection", scen="caja_after_interview_arequipa", lang="es", company="Caja Chachani",
    contact="rrhh@cajachachani.example.pe",
    frm=("Gestión del Talento - Caja Chachani", "rrhh@cajachachani.example.pe"),
    subject="Proceso de selección Analista de Inteligencia de Negocios",
    date="2026-03-13 17:26 -0500", struct="plain", charset="iso-8859-1", cte="8bit",
    text="""Estimada Srta. Camila Hoffmann-Quispe:

Reciba un cordial saludo de parte de Caja Chachani.

Le agradecemos por haber participado en la entrevista del pasado 9 de marzo en nuestra sede principal de la calle Mercaderes, así como por su disposición para viajar a Arequipa.

Luego de evaluar a los finalistas, el comité ha decidido continuar con otro postulante cuyo perfil se ajusta en mayor medida a las necesidades actuales del área de Inteligencia de Negocios. Por ello, lamentamos comunicarle que no ha sido seleccionada para el puesto.

Valoramos mucho su experiencia en la gestión de indicadores de atención al cliente y la tendremos en cuenta para futuras convocatorias. Si desea alguna retroalimentación sobre su evaluación, puede escribirnos a este mismo correo.

Atentamente,

Lic. Rosa Mamani Ccori
Jefa de Gestión del Talento
Caja Chachani
Calle Mercaderes 312, Cercado - Arequipa
Telf. (054) 555-210 anexo 114
""",
)

add(
    kind="rejection", scen="filled_internally_bogota", lang="es", company="Banco Cafetero del Valle",
    contact="lfortiz@bancafevalle.example.co",
    frm=("Luisa Fernanda Ortiz Gómez", "lfortiz@bancafevalle.example.co"),
    subject="Vacante Analista de Datos - Dirección de Canales",
    hdr_cs="windows-1252",
    date="2026-04-21 10:02 -0500", struct="plain", charset="windows-1252", cte="quoted-printable",
    text="""Cordial saludo, Camila.

Espero que te encuentres muy bien.

Te escribo para contarte que la vacante de Analista de Datos para la Dirección de Canales fue cubierta internamente: un colaborador del área de Operaciones aplicó a la convocatoria interna y la gerencia decidió darle la oportunidad. Por esta razón cerramos el proceso externo y no continuaremos con tu candidatura.

Quiero agradecerte de verdad por tu disposición durante la entrevista virtual y la prueba técnica, que presentaste muy bien. Tu hoja de vida queda en nuestra base de datos y, si se abre una posición similar, con gusto te contactaré.

Quedo atenta a cualquier inquietud.

Luisa Fernanda Ortiz Gómez
Profesional de Selección – Gerencia de Gestión Humana
Banco Cafetero del Valle
Calle 72 # 10-34, Bogotá D.C.
PBX (601) 555 4400 ext. 2217

Aviso de confidencialidad: este mensaje y sus anexos son confidenciales y de uso exclusivo del destinatario. Si lo recibió por error, por favor infórmenos y elimínelo.
""",
)

add(
    kind="rejection", scen="taleo_otros_candidatos", lang="es", company="Grupo Financiero Tenochca",
    contact="",
    frm=("Grupo Financiero Tenochca Reclutamiento", "tenochca@taleo.net"),
    subject="Gracias por tu interés en Grupo Financiero Tenochca",
    date="2026-05-26 02:11 -0600", struct="html", charset="utf-8", cte="quoted-printable",
    html="""<html><body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="font-family:Tahoma,Arial,sans-serif;font-size:13px;color:#222;">
<tr><td style="padding:18px 0;border-bottom:3px solid #9c1b31;"><img src="https://tenochca.taleo.net/careersection/theme/7712/logo_gft.gif" alt="Grupo Financiero Tenochca" width="210"></td></tr>
<tr><td style="padding:20px 0;">
<p>Hola Camila,</p>
<p>Muchas gracias por tu interés en la vacante <strong>Especialista de Analítica Comercial (Req. 26-0193)</strong> y por participar en las entrevistas con el equipo de Banca de Consumo.</p>
<p>Queremos informarte que, después de analizar con detalle los perfiles finalistas, hemos decidido continuar con otros candidatos cuyo perfil se ajusta más a lo que buscamos en esta ocasión.</p>
<p>Te invitamos a seguir consultando nuestras vacantes en <a href="https://tenochca.taleo.net/careersection/ext/jobsearch.ftl?lang=es&amp;src=MAIL-REJ">nuestro portal de empleo</a>. Te deseamos mucho éxito en tu búsqueda.</p>
<p>Atentamente,<br>Dirección de Atracción de Talento<br>Grupo Financiero Tenochca</p>
</td></tr>
<tr><td style="font-size:10px;color:#999;padding:10px 0;border-top:1px solid #eee;">Grupo Financiero Tenochca, S.A.B. de C.V. · Paseo de la Reforma 505, Cuauhtémoc, 06500 Ciudad de México.<br>Este correo fue enviado desde una dirección que no acepta respuestas. Consulta nuestro <a href="https://www.tenochca.example.mx/aviso-de-privacidad">Aviso de Privacidad</a>.</td></tr>
</table></td></tr></table>
</body></html>
""",
)

add(
    kind="rejection", scen="teamtailor_no_seguimos", lang="es", company="Datalia Consulting",
    contact="marta.colomer@datalia.example.es",
    frm=("Datalia Consulting", "notifications@teamtailor-mail.com"),
    reply_to=("Marta Colomer", "marta.colomer@datalia.example.es"),
    subject="Tu candidatura en Datalia",
    date="2026-05-15 12:47 +0200", struct="html", charset="utf-8", cte="base64",
    html=ats_card(
        brand="Datalia Consulting", accent="#6c2bd9", lang="es",
        logo="https://assets.teamtailor-cdn.com/companies/datalia/logo-email.png",
        logo_alt="Datalia Consulting",
        body="""Hola Camila:

Gracias de nuevo por la conversación con Íñigo y conmigo para la posición de Consultora BI Junior en Madrid. Nos lo pasamos bien hablando de cuadros de mando para contact centers, de verdad.

Después de darle bastantes vueltas, hemos decidido no seguir adelante con tu candidatura. Buscamos a alguien que pueda empezar a facturar en proyectos de Power BI con clientes desde el primer mes y, por ahora, vemos que te faltaría algo de rodaje en modelado.

Si quieres que te cuente con más detalle el feedback, responde a este correo y lo hablamos.

Un abrazo y mucha suerte,
Marta Colomer
Talent Acquisition · Datalia Consulting""",
        footer=["Datalia Consulting S.L. · Calle de Orense 34, 28020 Madrid · CIF B-87654321",
                'Gestionamos tus datos conforme al RGPD. <a href="https://career.datalia.example.es/privacy" style="color:#8a8a8a;">Política de privacidad</a> · '
                '<a href="https://app.teamtailor.com/connect/unsubscribe/4f9a" style="color:#8a8a8a;">Darme de baja</a>'],
        pixel_url="https://e.teamtailor-mail.com/o/2c7d18a1e0.gif",
        powered="Enviado con Teamtailor"),
)

add(
    kind="rejection", scen="one_line_huawei_reply", lang="es", company="Kuntur Móvil",
    contact="jvillanueva@kunturmovil.example.pe",
    frm=("Jorge Villanueva", "jvillanueva@kunturmovil.example.pe"),
    subject="Re: Seguimiento - Analista de Churn",
    date="2026-03-10 08:05 -0500", struct="plain", charset="utf-8", cte="8bit",
    irt="<CAKq7v+0Zr3x9hFpY2m@mail.example.pe>",
    refs=["<2026022816112.AB12@kunturmovil.example.pe>", "<CAKq7v+0Zr3x9hFpY2m@mail.example.pe>"],
    text="""Camila gracias x escribir, al final nos quedamos con otro perfil. Éxitos!

Enviado desde mi Huawei

El lun., 9 mar. 2026 a las 18:22, Camila Hoffmann-Quispe (<camila.hq@example.pe>) escribió:
> Hola Jorge, buenas tardes.
>
> Te escribo para hacer seguimiento a la segunda entrevista del 2 de marzo
> para el puesto de Analista de Churn. Me quedé muy motivada con el reto de
> los modelos de retención y quería saber si ya hay novedades sobre la
> oferta o los siguientes pasos.
>
> Muchas gracias,
> Camila
>
> El sáb., 28 feb. 2026 a las 16:11, Jorge Villanueva (<jvillanueva@kunturmovil.example.pe>) escribió:
>> Camila, confirmado el lunes 2 a las 4pm en la sede de Miraflores, piso 7.
>> Trae tu laptop por si revisamos el caso.
>>
>> Jorge Villanueva
>> Jefe de Analítica de Clientes
>> Kuntur Móvil
""",
)

add(
    kind="rejection", scen="speculative_family_business", lang="es",
    company="Distribuidora Huamán e Hijos", contact="ricardo.huaman@huamanehijos.example.pe",
    frm=("Ricardo Huamán Salas", "ricardo.huaman@huamanehijos.example.pe"),
    subject="RE: Envío de CV - Analista de datos",
    hdr_cs="iso-8859-1",
    date="2026-01-14 12:40 -0500", struct="plain", charset="iso-8859-1", cte="8bit",
    irt="<CAH3f9x1Lm0qT@mail.example.pe>",
    text="""Buenas tardes señorita Hoffmann,

Recibimos su correo y su CV, muchas gracias por considerarnos. Somos una empresa familiar pequeña y por ahora los reportes de ventas los ve directamente mi hermana con el contador, así que no estamos buscando un analista ni lo tenemos previsto para este año.

Lamento no poder darle una mejor respuesta. Le deseo mucha suerte en su búsqueda.

Atte.
Ricardo Huamán Salas
Gerente Comercial
Distribuidora Huamán e Hijos
Jr. Antonio Bazo 845, La Victoria - Lima
Cel. 987 555 312

-----Mensaje original-----
De: Camila Hoffmann-Quispe [mailto:camila.hq@example.pe]
Enviado el: martes, 13 de enero de 2026 21:04
Para: ventas@huamanehijos.example.pe
Asunto: Envío de CV - Analista de datos

Estimados señores de Distribuidora Huamán e Hijos:

Me dirijo a ustedes para presentar mi candidatura espontánea para apoyar en el análisis de ventas y la elaboración de reportes. Tengo seis años de experiencia como supervisora en un centro de contacto bancario y formación en SQL y Power BI.

Adjunto mi CV. Quedo atenta.

Camila Hoffmann-Quispe
""",
)

add(
    kind="rejection", scen="cooperativa_proceso_suspendido", lang="es",
    company="Cooperativa de Ahorro y Crédito Chimborazo", contact="talentohumano@coopchimborazo.example.ec",
    frm=("Talento Humano Coop. Chimborazo", "talentohumano@coopchimborazo.example.ec"),
    subject="Proceso de selección Analista de Datos - Comunicado",
    date="2026-05-29 15:50 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""Estimada Camila:

Reciba un atento saludo de la Cooperativa de Ahorro y Crédito Chimborazo.

Por medio del presente le informamos que, debido al proceso de reestructuración institucional aprobado por el Consejo de Administración, el puesto de Analista de Datos de la Jefatura de Riesgos ha sido suspendido y no continuaremos con el proceso de selección. En consecuencia, su postulación queda cerrada.

Agradecemos sinceramente su participación en la prueba técnica y la entrevista realizadas en mayo, y le ofrecemos disculpas por los inconvenientes.

Para cualquier consulta puede responder a este correo.

Saludos cordiales,

Ing. Diego Paredes Yépez
Jefe de Talento Humano
Cooperativa de Ahorro y Crédito Chimborazo Ltda.
Av. Daniel León Borja y Duchicela, Riobamba - Ecuador
(03) 555-2180
""",
)

add(
    kind="rejection", scen="workday_chile_lamentablemente", lang="es", company="Araucaria Retail",
    contact="",
    frm=("Araucaria Retail – Equipo de Selección", "araucaria@myworkday.com"),
    subject="Actualización de tu postulación: Analista de Pricing",
    date="2026-06-30 22:17 +0000", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Araucaria Retail", accent="#2e7d32", lang="es",
        logo="https://wd3.myworkday.com/araucaria/assets/araucaria_logo_mail.png",
        logo_alt="Araucaria Retail",
        body="""Hola Camila,

Gracias por postular al cargo de Analista de Pricing en Santiago y por el interés que has mostrado en Araucaria Retail.

Lamentablemente, en esta oportunidad tu postulación no seguirá avanzando en el proceso. Recibimos muchos antecedentes para este cargo y optamos por perfiles con experiencia previa en pricing de retail.

Te invitamos a seguir revisando nuestras ofertas laborales. ¡Te deseamos mucho éxito!

Saludos cordiales,
Equipo de Selección
Araucaria Retail""",
        button=("Ver ofertas laborales", "https://araucaria.wd3.myworkdayjobs.com/es/Careers?utm_source=mail&utm_medium=rechazo"),
        footer=["Araucaria Retail S.A. · Av. Kennedy 9001, Las Condes, Santiago de Chile",
                "Por favor, no respondas este correo: la casilla no es monitoreada."],
        pixel_url="https://wd3.myworkday.com/araucaria/email/track.gif?u=3321",
        powered="Powered by Workday"),
)

add(
    kind="rejection", scen="agency_named_client_la_sabana", lang="es", company="Almacenes La Sabana",
    contact="valentina.rojas@hunterssel.example.co",
    frm=("Valentina Rojas | Hunters & Co.", "valentina.rojas@hunterssel.example.co"),
    subject="Retroalimentación proceso Almacenes La Sabana",
    date="2026-06-05 09:31 -0500", struct="plain", charset="utf-8", cte="quoted-printable",
    text="""¡Hola Camila! ¿Cómo vas?

Te cuento que ya tuve respuesta de Almacenes La Sabana sobre el proceso de Analista de Inteligencia Comercial. Lastimosamente decidieron avanzar con otra candidata que ya viene del sector retail y conoce su ERP 😕

Me dijeron que tu entrevista con la gerente de categorías fue muy buena y que les gustó mucho tu manejo de equipos, así que no te desanimes. Sigo pendiente de ti para otros procesos, ¡ya tengo uno en mente!

Un abrazo,

Valentina Rojas
Consultora Senior de Selección
Hunters & Co. Selección
Cra. 11 # 93-46, of. 502, Bogotá
Cel/WhatsApp +57 310 555 7781
www.hunterssel.example.co
""",
)

add(
    kind="rejection", scen="headhunter_own_mandate_outlook_chain", lang="es",
    company="Randall & Peña", contact="alvaro.pena@randallpena.example.es",
    frm=("Álvaro Peña Soler", "alvaro.pena@randallpena.example.es"),
    subject="RE: Proceso Analista de Datos - entidad financiera",
    hdr_cs="windows-1252",
    date="2026-07-09 19:12 +0200", struct="plain", charset="windows-1252", cte="quoted-printable",
    irt="<AM6PR02MB55310E4C@AM6PR02MB5531.eurprd02.prod.outlook.com>",
    refs=["<AM6PR02MB5531A7B9@AM6PR02MB5531.eurprd02.prod.outlook.com>",
          "<AM6PR02MB55310E4C@AM6PR02MB5531.eurprd02.prod.outlook.com>"],
    text="""Hola Camila,

Te llamé esta tarde pero no te pillé, así que te lo dejo por escrito.

El cliente ha cerrado el proceso con el otro finalista. Me dicen que la decisión ha estado muy reñida y que les convenció tu entrevista, pero el otro candidato tiene permiso de trabajo en España ya resuelto y podía incorporarse en septiembre, y eso ha pesado mucho. Siento de verdad que no haya salido.

Me quedo con tu perfil muy presente; en cuanto tengamos algo que encaje te aviso.

Un saludo,

Álvaro Peña Soler
Socio | Randall & Peña · Executive Search
Paseo de la Castellana 141, planta 8 · 28046 Madrid
T. +34 91 555 63 20

De: Álvaro Peña Soler <alvaro.pena@randallpena.example.es>
Enviado: lunes, 29 de junio de 2026 10:15
Para: Camila Hoffmann-Quispe <camila.hq@example.pe>
Asunto: RE: Proceso Analista de Datos - entidad financiera

¡Enhorabuena, Camila! Pasas a la entrevista final con el director de Operaciones del cliente. Es el jueves 2 a las 16:00 (hora de Madrid) por Teams. Te mando el enlace aparte. Estamos muy cerca de la oferta, ¡así que a por ello!

De: Camila Hoffmann-Quispe <camila.hq@example.pe>
Enviado: viernes, 26 de junio de 2026 3:40
Para: Álvaro Peña Soler <alvaro.pena@randallpena.example.es>
Asunto: Proceso Analista de Datos - entidad financiera

Hola Álvaro, ¿hay novedades del cliente? Gracias. Camila

Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine. Randall & Peña Selección S.L. trata sus datos conforme al RGPD.
""",
)

add(
    kind="rejection", scen="sector_publico_no_apto", lang="es",
    company="Superintendencia de Mercados y Microfinanzas", contact="",
    frm=("Convocatorias CAS - SMM", "convocatorias@smm.example.pe"),
    subject="RESULTADO DE EVALUACIÓN CURRICULAR - PROCESO CAS N° 045-2026-SMM",
    hdr_cs="iso-8859-1",
    date="2026-04-02 20:03 -0500", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""SUPERINTENDENCIA DE MERCADOS Y MICROFINANZAS
OFICINA DE RECURSOS HUMANOS

PROCESO CAS N° 045-2026-SMM
PUESTO: ESPECIALISTA EN ANÁLISIS DE DATOS - GERENCIA DE ESTUDIOS ECONÓMICOS

Estimado(a) postulante:
HOFFMANN QUISPE, CAMILA

Se le comunica que, de acuerdo con lo establecido en las bases del proceso, en la etapa de EVALUACIÓN CURRICULAR usted ha obtenido la condición de:

NO APTO(A)

Motivo: no acredita la experiencia específica mínima de dos (2) años en el sector público requerida en el perfil del puesto.

Los resultados completos se encuentran publicados en el portal institucional, sección Convocatorias.

Agradecemos su participación.

OFICINA DE RECURSOS HUMANOS
Superintendencia de Mercados y Microfinanzas
Jr. Junín 319, Cercado de Lima

*** Este correo es generado automáticamente. Por favor no responder. ***
""",
)

add(
    kind="rejection", scen="startup_mx_take_home", lang="es", company="Pagos Xoco",
    contact="fer@pagosxoco.example.mx",
    frm=("Pagos Xoco", "no-reply@ashbyhq.com"),
    reply_to=("Fernanda Ruiz", "fer@pagosxoco.example.mx"),
    subject="Sobre tu proceso en Xoco 🌶️",
    date="2026-08-20 18:55 -0600", struct="alt", charset="utf-8", cte="quoted-printable",
    text="""¡Hola Cami!

Mil gracias por el caso práctico de conciliación que nos mandaste y por la buena onda en la sesión de revisión del martes.

Te quiero ser muy directa: no vamos a avanzar contigo para la posición de Data Analyst. El equipo buscaba a alguien con más experiencia en Python y en pipelines, y sentimos que todavía estarías aprendiendo esa parte mientras el rol la necesita ya.

Me encantó tu forma de explicar los KPIs de operación, neta. Si en unos meses abrimos algo más orientado a BI, te escribo yo misma.

Un abrazo,
Fer
Fernanda Ruiz · Head of Data · Pagos Xoco
""",
    html=gmail_html("""¡Hola Cami!

Mil gracias por el caso práctico de conciliación que nos mandaste y por la buena onda en la sesión de revisión del martes.

Te quiero ser muy directa: no vamos a avanzar contigo para la posición de Data Analyst. El equipo buscaba a alguien con más experiencia en Python y en pipelines, y sentimos que todavía estarías aprendiendo esa parte mientras el rol la necesita ya.

Me encantó tu forma de explicar los KPIs de operación, neta. Si en unos meses abrimos algo más orientado a BI, te escribo yo misma.

Un abrazo,
Fer
Fernanda Ruiz · Head of Data · Pagos Xoco""") + (
        '<p style="font-size:10px;color:#999">Pagos Xoco, S.A.P.I. de C.V. · Av. Álvaro Obregón 130, Roma Norte, CDMX</p>'
        '<img src="https://app.ashbyhq.com/email-tracking/open/a91c3e.png" width="1" height="1" alt="">\n'),
)

add(
    kind="rejection", scen="icims_seguros_colombia", lang="es", company="Aseguradora Tequendama",
    contact="",
    frm=("Aseguradora Tequendama - Talento", "tequendama+autoreply@talent.icims.com"),
    subject="Estado de tu aplicación: Analista de Indicadores (REQ-2026-1187)",
    date="2026-07-22 14:09 -0500", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Aseguradora Tequendama", accent="#f39200", lang="es",
        logo="https://careers-tequendama.icims.com/icims2/servlet/icims2?module=AppInert&action=download&id=5521&hashed=logo",
        logo_alt="Aseguradora Tequendama",
        body="""Apreciada Camila,

Queremos agradecerte por tu interés en hacer parte de Aseguradora Tequendama y por aplicar a la vacante de Analista de Indicadores.

Te informamos que tu perfil no fue seleccionado para continuar en el proceso. Los criterios del cargo incluyen experiencia en el sector asegurador y en modelos actuariales, aspectos en los que otros candidatos se ajustaban mejor.

Te animamos a que sigas pendiente de nuestras oportunidades.

Cordialmente,
Gerencia de Talento Humano
Aseguradora Tequendama""",
        footer=["Aseguradora Tequendama S.A. · Av. Calle 26 # 69-76, Bogotá D.C.",
                "Este correo es generado automáticamente por nuestro sistema de selección; las respuestas a esta dirección no son leídas.",
                '<a href="https://careers-tequendama.icims.com/jobs/unsubscribe?uid=77a1" style="color:#8a8a8a;">Cancelar suscripción</a>'],
        pixel_url="https://talent.icims.com/track/open?e=77a1c0&c=tequendama",
        powered="iCIMS Talent Cloud"),
)

add(
    kind="rejection", scen="microfinanzas_outlook_android", lang="es", company="Qhapaq Microfinanzas",
    contact="cbenites@qhapaq.example.pe",
    frm=("Carla Benites Rojas", "cbenites@qhapaq.example.pe"),
    subject="Proceso Analista de Riesgos",
    date="2026-04-16 19:44 -0500", struct="plain", charset="utf-8", cte="8bit",
    text="""Hola Camila, buenas noches.

Disculpa la hora. Quería avisarte antes del fin de semana: tras la entrevista con el Gerente de Riesgos, hemos decidido no continuar con tu candidatura para el puesto de Analista de Riesgos. Buscaban a alguien con experiencia previa en modelos de scoring y provisiones.

Gracias por tu tiempo y mucho éxito.

Carla Benites
Selección y Desarrollo | Qhapaq Microfinanzas

Obtener Outlook para Android
""",
)

add(
    kind="rejection", scen="vacante_cancelada_no_se_cubrira", lang="es",
    company="Banco Mediterráneo Digital", contact="",
    frm=("BMD Selección", "no-responder@bmdigital.example.es"),
    subject="Cancelación del proceso: Analista de Datos – Experiencia de Cliente",
    date="2026-05-07 09:00 +0200", struct="plain", charset="utf-8", cte="base64",
    text="""Estimada Camila:

Te escribimos en relación con tu candidatura a la posición de Analista de Datos en el área de Experiencia de Cliente (ref. BMD-0412).

Por una decisión organizativa, la posición se ha cancelado y no se va a cubrir este año. Por tanto, damos por finalizado el proceso de selección y tu candidatura no continuará.

Sentimos las molestias, sobre todo después de la entrevista que tuvo que reprogramarse en marzo. Agradecemos el tiempo que nos has dedicado.

Un saludo,

Equipo de Selección
Banco Mediterráneo Digital

Este mensaje se ha enviado desde una dirección que no admite respuestas.
Banco Mediterráneo Digital, S.A. · Calle de Colón 60, 46004 Valencia · Inscrito en el Registro de Bancos del Banco de España con el n.º 0231.
""",
)

add(
    kind="rejection", scen="mx_sin_acentos_typos", lang="es", company="Tiendas Ocotlán",
    contact="brenda.salgado@ocotlan.example.mx",
    frm=("Brenda Salgado", "brenda.salgado@ocotlan.example.mx"),
    subject="respuesta proceso analista",
    date="2026-07-03 16:27 -0600", struct="plain", charset="utf-8", cte="7bit",
    text="""hola Camila buenas tardes

te escribo para informarte que en esta ocasion no fuiste seleccionada para la vacante de Analista de Datos Comerciales, el area decidio contratar a alguien que ya vive en Guadalajara y puede ir a tienda todos los dias

te agradesco mucho tu tiempo en las entrevistas y te deseo mucho exito

saludos
Lic. Brenda Salgado
Reclutamiento y Seleccion
Tiendas Ocotlan
""",
)

# --- Deutsch -----------------------------------------------------------------------------------

add(
    kind="rejection", scen="personio_absage_sie", lang="de", company="Kestrel & Voss Analytics",
    contact="",
    frm=("Kestrel & Voss Analytics", "jobs@kestrel-voss.jobs.personio.de"),
    subject="Ihre Bewerbung als Junior Data Analyst (m/w/d) - remote",
    hdr_cs="iso-8859-1",
    date="2026-07-28 08:14 +0200", struct="html", charset="utf-8", cte="quoted-printable",
    html=ats_card(
        brand="Kestrel & Voss Analytics", accent="#3d4a5c", lang="de",
        logo="https://kestrel-voss.jobs.personio.de/assets/company-logo-mail.png",
        logo_alt="Kestrel & Voss Analytics",
        body="""Sehr geehrte Frau Hoffmann-Quispe,

vielen Dank für Ihr Interesse an einer Tätigkeit bei Kestrel & Voss Analytics und für das freundliche Gespräch mit Frau Lindner und Herrn Kestrel.

Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Abwägung für eine andere Kandidatin entschieden haben, deren Profil unseren aktuellen Anforderungen noch etwas genauer entspricht.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihren weiteren beruflichen Weg alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Ihr People-Team von
Kestrel & Voss Analytics""",
        footer=["Kestrel & Voss Analytics GmbH · Leopoldstraße 31 · 80802 München",
                "Geschäftsführer: Dr. Henrike Voss, Malte Kestrel · Amtsgericht München HRB 245117",
                "Ihre Daten werden gemäß unserer Datenschutzerklärung sechs Monate nach Abschluss des Verfahrens gelöscht."],
        pixel_url="https://kestrel-voss.jobs.personio.de/mail/open/7712ab.png",
        powered="Powered by Personio"),
)

add(
    kind="rejection", scen="softgarden_nach_gespraech", lang="de", company="Nordlicht Versicherung",
    contact="karriere@nordlicht-versicherung.example.de",
    frm=("Nordlicht Versicherung AG", "noreply@softgarden.io"),
    reply_to=("Nordlicht Versicherung Recruiting", "karriere@nordlicht-versicherung.example.de"),
    subject="Rückmeldung zu Ihrer Bewerbung: BI-Analyst*in Schadenmanagement",
    hdr_cs="iso-8859-1",
    date="2026-09-03 15:30 +0200", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrte Frau Hoffmann-Quispe,

nochmals herzlichen Dank für das angenehme Videogespräch am 25. August und die Zeit, die Sie sich für uns genommen haben.

Wir haben uns die Entscheidung nicht leicht gemacht. Nach Abschluss aller Gespräche müssen wir Ihnen jedoch leider mitteilen, dass wir Ihre Bewerbung für die Position BI-Analyst*in im Schadenmanagement nicht weiter berücksichtigen können. Ausschlaggebend waren vor allem die geforderten Kenntnisse im deutschen Versicherungsaufsichtsrecht.

Für Rückfragen stehen wir Ihnen gerne zur Verfügung - antworten Sie einfach auf diese E-Mail.

Für Ihre Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Nordlicht Versicherung AG

Nordlicht Versicherung AG | Ballindamm 12 | 20095 Hamburg
Vorsitzender des Aufsichtsrates: Dr. Jens Albers | Vorstand: Katrin Möller (Vors.), Henning Ruge
Sitz der Gesellschaft: Hamburg | Registergericht: Amtsgericht Hamburg HRB 99812
""",
)

add(
    kind="rejection", scen="startup_du_am_schrieb", lang="de", company="Zahlwerk",
    contact="lena@zahlwerk.example.de",
    frm=("Lena Hartmann", "lena@zahlwerk.example.de"),
    subject="Re: Danke für das Gespräch",
    mid="<20260522170300.5d1e09c2aa10@zahlwerk.example.de>",
    date="2026-05-22 17:03 +0200", struct="plain", charset="utf-8", cte="quoted-printable",
    irt="<9B2E4C01-3F5D-4A77-8E19-77C0D1A2B3C4@example.pe>",
    refs=["<CAF=k2pL7ZQx1@mail.zahlwerk.example.de>", "<9B2E4C01-3F5D-4A77-8E19-77C0D1A2B3C4@example.pe>"],
    text="""Hey Camila,

danke dir für deine nette Nachricht! Ich hätte dir gern etwas anderes geschrieben: Wir haben uns für jemand anderen entschieden, der schon länger mit Zahlungsdaten im SEPA-Umfeld arbeitet. Das war am Ende das Zünglein an der Waage.

Ich fand unser Gespräch wirklich stark, vor allem deine Beispiele aus dem Callcenter. Lass uns gern auf LinkedIn in Kontakt bleiben.

Liebe Grüße
Lena

--
Lena Hartmann · Talent · Zahlwerk
Zahlwerk GmbH, Skalitzer Str. 85, 10997 Berlin · HRB 201774 B · GF: Felix Unger

Am 20.05.2026 um 23:41 schrieb Camila Hoffmann-Quispe <camila.hq@example.pe>:

> Hallo Lena,
>
> vielen Dank für die Einladung zum Interview und das tolle Gespräch heute!
> Ich freue mich sehr auf die nächsten Schritte und hoffe, bald von euch zu
> hören.
>
> Viele Grüße aus Lima
> Camila
""",
)

# --- Français ----------------------------------------------------------------------------------

add(
    kind="rejection", scen="ong_apres_entretien_vous", lang="fr", company="Solidarité Andes",
    contact="h.marchetti@solidarite-andes.example.com",
    frm=("Hélène Marchetti", "h.marchetti@solidarite-andes.example.com"),
    subject="Votre candidature - Chargé(e) de suivi-évaluation et données, Quito",
    hdr_cs="iso-8859-1",
    date="2026-06-24 11:20 -0500", struct="plain", charset="iso-8859-1", cte="quoted-printable",
    text="""Chère Madame Hoffmann-Quispe,

Je vous remercie encore pour l'entretien du 16 juin et pour l'intérêt que vous portez à Solidarité Andes.

Après avoir rencontré l'ensemble des candidates et candidats présélectionnés, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature. Nous avons retenu un profil ayant déjà conduit des enquêtes de terrain en milieu rural, ce qui est central pour nos programmes dans la Sierra.

Votre expérience en pilotage d'indicateurs nous a néanmoins beaucoup intéressés, et nous nous permettrons de revenir vers vous si un poste plus proche de votre profil s'ouvre à Lima.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Hélène Marchetti
Responsable des ressources humaines, Bureau Amérique andine
Solidarité Andes
Av. Amazonas N34-311 y Atahualpa, Quito
""",
)

add(
    kind="rejection", scen="startup_tu_outlook_fr", lang="fr", company="Lumen Paiements",
    contact="claire@lumen-paiements.example.com",
    frm=("Claire Dubreuil", "claire@lumen-paiements.example.com"),
    subject="RE: Entretien Data Analyst – suite",
    date="2026-04-29 10:48 +0200", struct="plain", charset="windows-1252", cte="quoted-printable",
    hdr_cs="windows-1252",
    irt="<CAJ5s8ePq1Lr@mail.example.pe>",
    refs=["<PR1P264MB3312F0A1@PR1P264MB3312.FRAP264.PROD.OUTLOOK.COM>", "<CAJ5s8ePq1Lr@mail.example.pe>"],
    text="""Bonjour Camila,

Merci pour ton message et pour ta patience.

Je reviens vers toi avec une réponse que j'aurais préféré différente : nous avons décidé de ne pas poursuivre avec ta candidature pour le poste de Data Analyst. L'équipe a choisi quelqu'un basé en Europe, pour des raisons de fuseau horaire avec nos équipes risques et conformité.

Ton entretien était vraiment bon et ton cas sur les rétrofacturations nous a plu. Je garde ton profil sous le coude pour la future équipe LatAm.

Belle continuation,
Claire

Claire Dubreuil | Talent Acquisition | Lumen Paiements
12 rue de Paradis, 75010 Paris

De : Camila Hoffmann-Quispe <camila.hq@example.pe>
Envoyé : lundi 27 avril 2026 02:13
À : Claire Dubreuil <claire@lumen-paiements.example.com>
Objet : Entretien Data Analyst – suite

Bonjour Claire,

Je me permets de revenir vers toi après notre entretien du 21 avril. J'ai beaucoup apprécié l'échange et je reste très motivée par le poste. As-tu une idée du calendrier pour la suite, et éventuellement pour une proposition ?

Merci d'avance,
Camila
""",
)

add(
    kind="rejection", scen="une_ligne_poste_pourvu", lang="fr", company="Conseil & Données Rive Gauche",
    contact="a.lemaire@rivegauche-data.example.com",
    frm=("Antoine Lemaire", "a.lemaire@rivegauche-data.example.com"),
    subject="Votre candidature – Analyste de données",
    hdr_cs="windows-1252",
    date="2026-02-10 09:02 +0100", struct="plain", charset="windows-1252", cte="8bit",
    text="""Bonjour Madame,

Le poste est pourvu. Nous ne donnerons pas suite.

Cordialement,
A. Lemaire
Conseil & Données Rive Gauche
""",
)
