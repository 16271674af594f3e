"""Generator for tests/corpus_twentyfifth: one job seeker's inbox, February to July 2026.

Each message is written out by hand below (no templates with names swapped); this file only
turns those hand-written texts into MIME files with varied structure (plain, HTML-only,
multipart/alternative, quoted-printable, base64, latin-1 and windows-1252, RFC 2047 headers,
calendar parts) and writes labels.csv. It imports only the standard library, so the corpus
can be rebuilt with `python tests/corpus_twentyfifth/make_twentyfifth.py`.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import shutil
from dataclasses import dataclass, field
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import formataddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = "valentina.ortiz@example.net"
ME_NAME = "Valentina Ortiz Herrera"


@dataclass
class Mail:
    """One hand-written message with its labels and the structure it is to be written in."""

    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    sender: tuple[str, str]
    subject: str
    date: str
    text: str = ""
    html: str = ""
    reply_to: tuple[str, str] | None = None
    to: tuple[str, str] = (ME_NAME, ME)
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    ics: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    reply: bool = False
    cc: str = ""


MAILS: list[Mail] = []


def add(*args: object, **kwargs: object) -> None:
    """Collect one message (a thin wrapper so the message list below reads like an inbox)."""
    MAILS.append(Mail(*args, **kwargs))  # type: ignore[arg-type]


def _part(subtype: str, text: str, charset: str, cte: str) -> MIMENonMultipart:
    raw = text.encode(charset)
    if cte == "7bit" and not raw.isascii():
        cte = "quoted-printable"  # a 7bit body cannot carry the accented names some senders sign
    part = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = text
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def _addr(pair: tuple[str, str], charset: str) -> str:
    name, address = pair
    return formataddr((name, address), charset=charset) if name else address


def _header(value: str, charset: str) -> str:
    return value if value.isascii() else Header(value, charset).encode()


def _msgid(mail: Mail, seed: str) -> str:
    digest = hashlib.sha1(seed.encode()).hexdigest()[:16]
    domain = mail.sender[1].rsplit("@", 1)[-1]
    return f"<{digest}.{mail.date[5:16].replace(' ', '')}@{domain}>"


def build(mail: Mail, seed: str) -> bytes:
    """The message as bytes; boundaries and ids derive from `seed` so rebuilds are stable."""
    body_parts = []
    if mail.text:
        body_parts.append(_part("plain", mail.text, mail.charset, mail.cte))
    if mail.html:
        body_parts.append(_part("html", mail.html, mail.charset, mail.cte))
    tag = hashlib.md5(seed.encode()).hexdigest()[:20]
    if len(body_parts) == 1:
        body = body_parts[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"alt_{tag}")
        for part in body_parts:
            body.attach(part)
    if mail.ics:
        method = "CANCEL" if "METHOD:CANCEL" in mail.ics else "REQUEST"
        outer = MIMEMultipart("mixed", boundary=f"mix_{tag}")
        outer.attach(body)
        cal = _part("calendar", mail.ics.replace("\n", "\r\n"), "utf-8", "base64")
        cal.set_param("method", method)
        outer.attach(cal)
        msg = outer
    else:
        msg = body
    msg["From"] = _addr(mail.sender, mail.charset)
    msg["To"] = _addr(mail.to, "utf-8")
    if mail.cc:
        msg["Cc"] = mail.cc
    if mail.reply_to:
        msg["Reply-To"] = _addr(mail.reply_to, mail.charset)
    msg["Subject"] = _header(mail.subject, mail.charset)
    msg["Date"] = mail.date
    msg["Message-ID"] = _msgid(mail, seed)
    if mail.reply:
        parent = "<" + hashlib.sha1(("parent" + seed).encode()).hexdigest()[:14] + "@example.net>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for key, value in mail.headers.items():
        msg[key] = value
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    # Mail programs write the envelope headers first and the MIME ones last.
    mime = [(k, v) for k, v in msg.items() if k.lower().startswith(("content-", "mime-"))]
    for key in {k for k, _ in mime}:
        del msg[key]
    for key, value in mime:
        msg[key] = value
    return msg.as_bytes()


def main() -> None:
    """Write every message under its kind folder and the labels file."""
    for kind_dir in ROOT.iterdir():
        if kind_dir.is_dir() and not kind_dir.name.startswith(("_", ".")):
            shutil.rmtree(kind_dir)
    rows = []
    for number, mail in enumerate(MAILS, start=1):
        rel = f"{mail.kind}/{number:03d}_{mail.scenario}.eml"
        path = ROOT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(build(mail, rel))
        rows.append([rel, mail.kind, mail.company, mail.contact, mail.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


# --- rejections -------------------------------------------------------------------------

add("rejection", "workday_bank_es", "es", "Banco Meridiano", "",
    ("Banco Meridiano Talento", "bancomeridiano@myworkday.com"),
    "Actualización sobre tu candidatura - Responsable de Customer Success (REQ-20418)",
    "Tue, 10 Feb 2026 11:02:41 +0100",
    text="""Hola Valentina:

Gracias por tu interés en Banco Meridiano y por el tiempo dedicado a tu candidatura
para el puesto Responsable de Customer Success (REQ-20418) en Madrid.

Tras revisar detenidamente tu perfil, lamentamos comunicarte que en esta ocasión no
continuaremos con tu candidatura en el proceso de selección.

Te animamos a seguir visitando nuestro portal de empleo y a crear alertas para futuras
vacantes que encajen con tu experiencia.

Un saludo,
Equipo de Adquisición de Talento
Banco Meridiano

Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.
Información básica sobre Protección de Datos: Responsable: Banco Meridiano, S.A. Finalidad:
gestión de procesos de selección. Derechos: acceso, rectificación, supresión y demás
derechos según se explica en la información adicional disponible en nuestra web.
""")

add("rejection", "hm_mobile_en", "en", "Skyloft", "dan.weller@skyloft.example.com",
    ("Dan Weller", "dan.weller@skyloft.example.com"),
    "Re: Head of CS - next steps?", "Thu, 12 Feb 2026 19:47:03 -0500", reply=True,
    text="""Hi Valentina - sorry for the slow reply. We went with someone internal for the role, so
we wont be moving forward. Really enjoyed our chat though, keep in touch.

Dan

Sent from my iPhone

> On Feb 9, 2026, at 10:12 AM, Valentina Ortiz Herrera <valentina.ortiz@example.net> wrote:
>
> Hi Dan, just checking in on next steps for the Head of Customer Success role after
> our conversation last week. Happy to share anything else you need.
>
> Best,
> Valentina
""", cte="7bit")

add("rejection", "greenhouse_soft_en", "en", "Parcelwise", "",
    ("Parcelwise Recruiting", "no-reply@us.greenhouse-mail.io"),
    "Your application to Parcelwise", "Mon, 16 Feb 2026 16:20:10 +0000",
    text="""Hi Valentina,

Thank you for taking the time to apply for the Senior Account Manager, LATAM position at
Parcelwise. We truly appreciate your interest in joining our team.

After careful consideration, we've decided to pursue other candidates whose background more
closely aligns with the needs of the role at this time.

We'll keep your details on file and may reach out if a future opening is a good match.

Best of luck in your search,
The Parcelwise Talent Team
""",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<p>Hi Valentina,</p>
<p>Thank you for taking the time to apply for the <b>Senior Account Manager, LATAM</b> position at Parcelwise.
We truly appreciate your interest in joining our team.</p>
<p>After careful consideration, we've decided to pursue other candidates whose background more closely aligns
with the needs of the role at this time.</p>
<p>We'll keep your details on file and may reach out if a future opening is a good match.</p>
<p>Best of luck in your search,<br>The Parcelwise Talent Team</p>
<img src="https://us.greenhouse-mail.io/o/eJx3Nq1.gif" width="1" height="1" alt="">
</body></html>""")

add("rejection", "agency_relay_es", "es", "Vuela Sur", "mcabrera@talentopuente.example.com",
    ("Marisol Cabrera | Talento Puente", "mcabrera@talentopuente.example.com"),
    "RE: Proceso Key Account Manager - aerolínea", "Wed, 18 Feb 2026 13:05:55 -0300", reply=True,
    text="""Hola Valen, ¿cómo estás?

Te escribo porque ya tuve la devolución del cliente (Vuela Sur). Lamentablemente decidieron
avanzar con otro perfil que tenía más experiencia en venta corporativa B2B del sector
aéreo. Te destacaron muy bien la entrevista con la gerente comercial, así que no lo tomes
a mal, fue muy parejo.

Yo te sigo teniendo en cuenta para otras búsquedas que tengo abiertas, te aviso apenas
salga algo que te cierre.

Un abrazo,
Marisol Cabrera
Consultora Senior de Selección
Talento Puente - Consultora de RR.HH.
Tel. +54 11 4789-2210 | Cel. +54 9 11 5566-0198
[Logo Talento Puente]

-----Mensaje original-----
De: Valentina Ortiz Herrera <valentina.ortiz@example.net>
Enviado el: lunes, 16 de febrero de 2026 10:31
Para: Marisol Cabrera <mcabrera@talentopuente.example.com>
Asunto: RE: Proceso Key Account Manager - aerolínea

Hola Marisol, ¿hay novedades del cliente? ¡Gracias!
""")

add("rejection", "on_hold_es_mx", "es", "Grupo Alimentos Tláloc", "reclutamiento@tlaloc.example.com",
    ("Reclutamiento Grupo Tláloc", "reclutamiento@tlaloc.example.com"),
    "Seguimiento a tu proceso - Gerente de Ventas Regional", "Fri, 20 Feb 2026 09:40:00 -0600",
    text="""Estimada Valentina:

Por medio del presente queremos agradecerte tu participación en el proceso para la posición de
Gerente de Ventas Regional (Guadalajara).

Te informamos que, por una reestructura interna, la vacante quedó congelada y no daremos
continuidad al proceso por el momento. Sentimos mucho las molestias y agradecemos el tiempo
que dedicaste a las entrevistas.

Quedamos a tus órdenes.

Atentamente,
Lic. Fernanda Ríos
Atracción de Talento | Grupo Alimentos Tláloc
Tel. (33) 3615 0000 ext. 214
""", charset="iso-8859-1")

add("rejection", "blunt_short_en", "en", "Northbeam Analytics", "hiring@northbeam.example.com",
    ("Northbeam Hiring", "hiring@northbeam.example.com"),
    "Update", "Mon, 23 Feb 2026 08:01:12 +0000",
    text="""Valentina,

Thanks for your time, but we won't be moving forward.

Northbeam Analytics
""", cte="7bit")

add("rejection", "after_takehome_en", "en", "Orbitra Software", "priya.nair@orbitra.example.com",
    ("Priya Nair", "priya.nair@orbitra.example.com"),
    "Re: Case study submission - Sales Manager, Mid-Market", "Wed, 25 Feb 2026 17:33:20 +0530", reply=True,
    text="""Dear Valentina,

Thank you for submitting the case study and for the effort you have put in. The panel has
reviewed all submissions and I regret to inform you that we shan't be progressing your
application to the final round. The feedback was that the territory plan was strong but the
pricing section did not go deep enough into expansion revenue.

We would be glad to consider you for future openings. Do revert if you would like a short
call for more detailed feedback.

Warm regards,
Priya Nair
Talent Acquisition Lead - EMEA & LATAM
Orbitra Software Pvt. Ltd. | Bengaluru | Dublin
M: +91 98450 12345

On Fri, 20 Feb 2026 at 21:10, Valentina Ortiz Herrera <valentina.ortiz@example.net> wrote:
> Hi Priya, please find attached my case study. Thank you for the opportunity!
""", cte="7bit")

add("rejection", "teamtailor_es", "es", "Cuentalia", "",
    ("Cuentalia", "no-reply@teamtailor.example.com"),
    "Tu candidatura en Cuentalia", "Thu, 26 Feb 2026 12:00:03 +0100",
    html="""<div style="max-width:560px;margin:0 auto;font-family:Arial">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;background:#f4f1ec">
<img src="https://cdn.teamtailor.example.com/cuentalia/logo.png" alt="Cuentalia" height="32">
</td></tr><tr><td style="padding:24px">
<p>¡Hola Valentina!</p>
<p>Muchas gracias por presentarte a <strong>Account Executive SMB</strong>. Hemos recibido muchísimas
candidaturas y, después de valorarlas todas, hemos decidido seguir adelante con otras personas cuyo
perfil se ajusta más a lo que buscamos ahora mismo.</p>
<p>Sabemos que no es la respuesta que esperabas. Te deseamos muchísima suerte 💛</p>
<p>El equipo de People de Cuentalia</p>
</td></tr><tr><td style="font-size:11px;color:#888;padding:24px">
Recibes este correo porque te postulaste a través de nuestra página de empleo.
<a href="https://cuentalia.teamtailor.example.com/connect/unsubscribe?t=9f3a">Gestionar mis datos</a>
</td></tr></table></div>""", cte="base64")

add("rejection", "position_filled_fr", "fr", "Hôtels Lumière", "recrutement@hotels-lumiere.example.fr",
    ("Service Recrutement - Hôtels Lumière", "recrutement@hotels-lumiere.example.fr"),
    "Votre candidature - Responsable Grands Comptes", "Mon, 02 Mar 2026 10:15:44 +0100",
    text="""Madame,

Nous vous remercions de l'intérêt que vous portez à notre groupe et de votre candidature au
poste de Responsable Grands Comptes basé à Barcelone.

Nous avons le regret de vous informer que le poste a été pourvu. Nous ne manquerons pas de
revenir vers vous si une opportunité correspondant à votre profil se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Service Recrutement
Hôtels Lumière
12 rue de la Paix, 75002 Paris
""", charset="iso-8859-1")

add("rejection", "after_panel_de", "de", "Brandfels", "j.keller@brandfels.example.de",
    ("Julia Keller", "j.keller@brandfels.example.de"),
    "Ihre Bewerbung als Sales Team Lead Spanien", "Tue, 03 Mar 2026 15:22:09 +0100",
    text="""Sehr geehrte Frau Ortiz Herrera,

vielen Dank für die Gespräche mit unserem Team und die Zeit, die Sie sich für uns genommen
haben. Wir haben uns die Entscheidung nicht leicht gemacht, uns aber letztlich für eine
andere Kandidatin entschieden, deren Profil unseren aktuellen Anforderungen noch etwas
näher kommt.

Wir bedauern, Ihnen keine positivere Nachricht geben zu können, und wünschen Ihnen für Ihre
berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

Julia Keller
People & Culture
Brandfels GmbH | Hopfenstraße 8 | 20359 Hamburg
Geschäftsführer: Tobias Brand | Amtsgericht Hamburg HRB 123456
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""", charset="windows-1252")

add("rejection", "infojobs_descartada_es", "es", "Logística Altamar", "",
    ("InfoJobs", "notificaciones@infojobs.example.net"),
    "Tu candidatura ha cambiado de estado", "Wed, 04 Mar 2026 18:02:11 +0100",
    html="""<table style="font-family:Arial;font-size:14px" width="600"><tr><td>
<p>Hola Valentina,</p>
<p>La empresa <b>Logística Altamar</b> ha actualizado el estado de tu candidatura a la oferta
<a href="https://www.infojobs.example.net/oferta/8812?utm_source=email">Jefa de Equipo Atención al Cliente</a>:</p>
<p style="font-size:18px;color:#c0392b"><b>Descartada</b></p>
<p>No te desanimes: hay más de 2.300 ofertas nuevas hoy que encajan con tu perfil.</p>
<p><a href="https://www.infojobs.example.net/ofertas?utm_source=email" style="background:#167db7;color:#fff;padding:10px 16px">Ver ofertas</a></p>
<p style="font-size:11px;color:#999">Has recibido este email porque estás inscrito en InfoJobs. <a href="https://www.infojobs.example.net/baja">Darse de baja</a></p>
</td></tr></table>""")

add("rejection", "vos_ar_startup", "es", "Mercadito", "lucia@mercadito.example.com",
    ("Lucía Ferraro", "lucia@mercadito.example.com"),
    "Re: charla de la semana pasada", "Fri, 06 Mar 2026 12:41:37 -0300", reply=True,
    text="""Hola Valentina! Cómo va?

Te quería escribir yo directamente antes de que te llegue algo automático. Finalmente
decidimos no avanzar con tu candidatura para el rol de Head of Sales: buscamos a alguien
con más experiencia armando equipos de SDR desde cero, y en eso nos pareció que otra persona
estaba un paso adelante. Perdón por la demora en contestarte, fueron semanas a mil.

Si te sirve, cualquier cosa me escribís y te cuento más del feedback.

Abrazo,
Lu
--
Lucía Ferraro | COO @ Mercadito
""")

add("rejection", "taleo_en_template", "en", "Atlantic Crest Hotels", "",
    ("Atlantic Crest Careers", "careers-donotreply@taleo.example.net"),
    "Atlantic Crest Hotels - Application Status - Director of Sales, Miami Beach - 2600417",
    "Mon, 09 Mar 2026 06:30:00 -0500",
    text="""Dear Valentina Ortiz Herrera,

RE: Director of Sales, Miami Beach - Requisition 2600417

Thank you for your interest in career opportunities with Atlantic Crest Hotels.  We have
carefully reviewed your qualifications against the requirements of the position.

We regret to inform you that you have not been selected to move forward in the selection
process for this position.  This requisition has now been closed.

We encourage you to visit our Careers Site regularly and apply for positions for which you
are qualified.

Sincerely,

Atlantic Crest Hotels Talent Acquisition

*** This is an automated message. Please do not reply. ***
""", charset="windows-1252", cte="7bit")

add("rejection", "role_cancelled_es", "es", "Telefónica Andina Digital", "paula.meza@andinadigital.example.pe",
    ("Paula Meza Quispe", "paula.meza@andinadigital.example.pe"),
    "Proceso Jefe/a de Cuentas Corporativas - comunicado", "Tue, 10 Mar 2026 17:55:12 -0500",
    text="""Estimada Valentina, buenas tardes:

Le escribo para comunicarle que la posición de Jefe/a de Cuentas Corporativas ha sido
cancelada por decisión de la Gerencia, tras una revisión del presupuesto de este año. Por
este motivo no continuaremos con el proceso de selección.

Agradecemos sinceramente su tiempo y la excelente disposición mostrada en las entrevistas y
en el role play. Tendremos en cuenta su perfil para futuras convocatorias.

Saludos cordiales,

Paula Meza Quispe
Business Partner de Gestión Humana
Telefónica Andina Digital S.A.C. | Av. Javier Prado Este 1234, San Isidro, Lima
Tel.: (01) 611-2000 anexo 3340

AVISO DE CONFIDENCIALIDAD: Este correo electrónico y cualquier archivo adjunto son
confidenciales y están dirigidos exclusivamente a su destinatario.
""", charset="iso-8859-1")

add("rejection", "lever_soft_en_canada", "en", "Maplewave", "",
    ("Maplewave", "no-reply@hire.lever.co"),
    "Thanks for applying to Maplewave", "Wed, 11 Mar 2026 20:14:51 +0000",
    text="""Hi Valentina,

Thanks so much for your interest in the Customer Success Team Lead (Remote - Americas) role and
for taking the time to chat with our team. We've had a tough time deciding, as we met some
great people.

At this point we've decided to move forward with other candidates for this position. This
isn't an easy message to send, and we're grateful you considered Maplewave.

All the best,
The Maplewave Talent Team
Toronto, ON

--
Sent via Lever
""", cte="7bit")

add("rejection", "smartrecruiters_es", "es", "Hoteles Brisamar", "",
    ("Hoteles Brisamar", "notifications@smartrecruiters.example.com"),
    "Hoteles Brisamar - Director/a Comercial Costa del Sol", "Thu, 12 Mar 2026 09:00:00 +0100",
    text="""Estimada Valentina,

Gracias por tu candidatura a la posición de Director/a Comercial Costa del Sol en Málaga.

Hemos valorado tu perfil con mucho interés pero, en esta ocasión, hemos optado por otros
candidatos cuyo perfil se ajusta mejor a los requisitos del puesto.

Conservaremos tus datos para futuras oportunidades, salvo que nos indiques lo contrario.

Un cordial saludo,
Departamento de Personas
Hoteles Brisamar
""", cte="base64")

add("rejection", "uk_regret_en", "en", "Harrow & Finch", "recruitment@harrowfinch.example.co.uk",
    ("Harrow & Finch Recruitment", "recruitment@harrowfinch.example.co.uk"),
    "Your application: Business Development Manager (Spain)", "Fri, 13 Mar 2026 14:48:02 +0000",
    text="""Dear Valentina

Many thanks for your application for the role of Business Development Manager (Spain).

We have now completed the shortlisting process and I'm sorry to say that on this occasion your
application has not been successful. We had a very high number of applications of a strong
standard.

Thank you again for your interest in Harrow & Finch, and we wish you every success.

Kind regards

Eleanor Pike
Recruitment Coordinator
Harrow & Finch
""", charset="windows-1252", cte="7bit")

add("rejection", "computrabajo_es", "es", "Seguros La Ribera", "",
    ("Computrabajo", "avisos@computrabajo.example.com"),
    "Seguros La Ribera ha revisado tu hoja de vida", "Mon, 16 Mar 2026 07:12:40 -0600",
    html="""<html><body style="background:#eef2f5"><table align="center" width="600" style="background:#fff;font-family:Verdana"><tr><td style="padding:20px">
<h3 style="color:#0a4d8c">Proceso finalizado</h3>
<p>Hola, Valentina:</p>
<p><b>Seguros La Ribera</b> revisó tu hoja de vida para la vacante <b>Coordinadora de Ventas
Telefónicas</b> y decidió no continuar con tu proceso en esta ocasión.</p>
<p>¡Sigue postulándote! Tenemos vacantes similares en Ciudad de México.</p>
<a href="https://mx.computrabajo.example.com/empleos?src=mail_finalizado">Ver vacantes similares</a>
</td></tr></table></body></html>""", cte="quoted-printable")

add("rejection", "recruiter_after_final_es", "es", "Nube Norte", "ines.gaspar@nubenorte.example.es",
    ("Inés Gaspar", "ines.gaspar@nubenorte.example.es"),
    "Re: Entrevista final", "Tue, 17 Mar 2026 19:20:00 +0100", reply=True,
    text="""Hola Valentina,

Siento mucho darte esta noticia por correo, intenté llamarte esta tarde pero no hubo suerte.
Después de la entrevista final con Jorge (CEO), hemos decidido no seguir adelante con tu
candidatura. Valoramos mucho tu presentación del caso, pero buscamos a alguien con más
recorrido en venta enterprise en el mercado alemán.

Gracias de verdad por todo el esfuerzo en estas semanas.

Un abrazo,
Inés

Inés Gaspar
Talent Partner | Nube Norte
+34 611 22 33 44

El mar, 10 mar 2026 a las 9:02, Valentina Ortiz Herrera (<valentina.ortiz@example.net>) escribió:
> Hola Inés, confirmo la entrevista con Jorge el jueves a las 16:00. ¡Gracias!
>
> El lun, 9 mar 2026 a las 18:40, Inés Gaspar (<ines.gaspar@nubenorte.example.es>) escribió:
>> Hola Valentina, ¡enhorabuena! Te proponemos la entrevista final con Jorge el jueves.
""")

add("rejection", "francais_casual", "fr", "Papillon Studio", "camille@papillon.example.fr",
    ("Camille Roux", "camille@papillon.example.fr"),
    "Re: Poste Sales Lead", "Wed, 18 Mar 2026 11:03:29 +0100", reply=True,
    text="""Bonjour Valentina,

Merci encore pour ton temps la semaine dernière. On a finalement décidé de ne pas donner suite
pour le poste de Sales Lead : on cherche quelqu'un qui a déjà vendu dans l'édition, et ton
profil est plutôt orienté SaaS.

Désolée de ne pas avoir meilleure nouvelle. Je te souhaite bonne continuation !

Camille

Le lun. 16 mars 2026 à 09:45, Valentina Ortiz Herrera <valentina.ortiz@example.net> a écrit :
> Bonjour Camille, avez-vous des nouvelles concernant le poste ? Bonne journée.
""")

add("rejection", "ngo_es_uy", "es", "Fundación Horizonte Sur", "seleccion@horizontesur.example.org",
    ("Selección - Fundación Horizonte Sur", "seleccion@horizontesur.example.org"),
    "Convocatoria 04/2026 - Coordinación de Alianzas", "Fri, 20 Mar 2026 16:10:00 -0300",
    text="""Estimada Valentina Ortiz:

Le agradecemos su postulación a la Convocatoria 04/2026 para la Coordinación de Alianzas
Corporativas en Montevideo.

Le comunicamos que, finalizada la etapa de evaluación de méritos, su postulación no ha
quedado seleccionada para la siguiente instancia. La lista de candidatos que continúan puede
consultarse en nuestra web.

Sin otro particular, la saludamos atentamente.

Comisión de Selección
Fundación Horizonte Sur
""", charset="iso-8859-1", cte="quoted-printable")

add("rejection", "de_kurz_du", "de", "Kaffeekontor Nord", "ben@kaffeekontor.example.de",
    ("Ben Albers", "ben@kaffeekontor.example.de"),
    "Re: Kurzes Update", "Mon, 23 Mar 2026 10:30:00 +0100", reply=True,
    text="""Hi Valentina,

danke dir nochmal fürs Gespräch! Wir haben uns leider für jemand anderen entschieden - das
Profil passte einfach noch näher an das, was wir im Export aufbauen wollen. Ich drück dir die
Daumen für die weitere Suche!

Viele Grüße
Ben
Kaffeekontor Nord | Head of Sales

Am Mo., 16. März 2026 um 09:12 Uhr schrieb Valentina Ortiz Herrera <valentina.ortiz@example.net>:
> Hallo Ben, vielen Dank nochmal für das nette Gespräch letzte Woche! Gibt es schon
> Neuigkeiten zum Prozess? Viele Grüße, Valentina
""")

add("rejection", "after_reference_en_israel", "en", "Tavor Systems", "noa.levi@tavor.example.com",
    ("Noa Levi", "noa.levi@tavor.example.com"),
    "Following up", "Tue, 24 Mar 2026 09:12:00 +0200",
    text="""Hi Valentina,

Thanks for your patience. I wanted to let you know that we decided to close the process with
another candidate for the Regional Sales Manager, LATAM role. It was a close call and the
reference calls were great, so this is really about timing and the fit with our Mexico
accounts.

Thanks again and good luck,

Noa Levi | Talent Acquisition
Tavor Systems | Tel Aviv | Miami
""", cte="7bit")

add("rejection", "university_staff_es", "es", "Universidad Atlántica de Málaga", "",
    ("Universidad Atlántica - Recursos Humanos", "noreply-rrhh@uatlantica.example.es"),
    "Resolución proceso de selección PAS-2026-011", "Wed, 25 Mar 2026 13:00:00 +0100",
    text="""Estimada candidata:

Una vez concluida la fase de valoración del proceso de selección PAS-2026-011 (Técnico/a de
Relaciones con Empresas), le comunicamos que no ha resultado seleccionada.

Contra esta resolución podrá interponer recurso de alzada en el plazo de un mes.

Servicio de Recursos Humanos
Universidad Atlántica de Málaga

Este correo se ha enviado desde una dirección que no admite respuestas.
""")

add("rejection", "bizneo_es", "es", "Viajes Oleada", "",
    ("Viajes Oleada (vía Bizneo)", "no-reply@bizneo.example.com"),
    "Gracias por tu tiempo", "Thu, 26 Mar 2026 12:30:00 +0100",
    text="""Hola Valentina,

Queremos darte las gracias por participar en el proceso de Team Leader de Ventas Online.
Tras la presentación del caso práctico, el equipo ha decidido continuar con otros perfiles.

Ha sido un placer conocerte.

Equipo de Talento · Viajes Oleada
""")

add("rejection", "italian_owned_en", "en", "Gelateria Fratelli Conti", "m.bianchi@fratelliconti.example.it",
    ("Marco Bianchi", "m.bianchi@fratelliconti.example.it"),
    "Re: your application", "Fri, 27 Mar 2026 18:04:00 +0100", reply=True,
    text="""Dear Valentina,

thank you very much for the nice call of last week. We have evaluated with attention all the
profiles and unfortunately we decided to not proceed with you for the position of Export Sales
Manager Spain & Portugal, we need a person with more experience in the gelato/ho.re.ca channel.

We wish you all the best for your career.

Best regards
Marco Bianchi
HR Manager
Gelateria Fratelli Conti S.r.l. - Via Emilia 22, Modena
""", cte="7bit")

add("rejection", "chilean_owned_en", "en", "Andes Cargo", "careers@andescargo.example.cl",
    ("Andes Cargo People Team", "careers@andescargo.example.cl"),
    "Re: Commercial Manager Miami - Status", "Mon, 30 Mar 2026 11:45:00 -0300",
    reply_to=("", "noreply@andescargo.example.cl"),
    text="""Hello Valentina,

Thank you for your interest in Andes Cargo. After reviewing your application for the
Commercial Manager (Miami) position, we have decided not to continue with your candidacy at
this time, as the role has been put on hold and we will not proceed with the hiring this year.

Kind regards,
People Team | Andes Cargo
""", cte="7bit")

add("rejection", "personio_de", "de", "Lindwurm Reisen", "",
    ("Lindwurm Reisen", "jobs-noreply@personio.example.de"),
    "Absage: Key Account Manager Hispanic Markets (m/w/d)", "Tue, 31 Mar 2026 08:20:00 +0200",
    text="""Hallo Valentina Ortiz Herrera,

vielen Dank für Ihre Bewerbung und Ihr Interesse an Lindwurm Reisen.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im
weiteren Auswahlprozess nicht berücksichtigen können.

Ihre Unterlagen werden gemäß Datenschutzbestimmungen nach 6 Monaten gelöscht.

Beste Grüße
Ihr Recruiting-Team von Lindwurm Reisen
""", cte="base64")

add("rejection", "bumeran_ar", "es", "Cervecería del Plata", "rrhh@cerveceriadelplata.example.com.ar",
    ("RRHH Cervecería del Plata", "rrhh@cerveceriadelplata.example.com.ar"),
    "Búsqueda Jefe/a de Ventas Canal Moderno", "Wed, 01 Apr 2026 15:00:00 -0300",
    text="""Hola Valentina,

Gracias por haberte postulado a nuestra búsqueda de Jefe/a de Ventas Canal Moderno. Te
contamos que la búsqueda fue cubierta, así que por el momento no vamos a poder avanzar con
tu postulación.

Guardamos tu CV en nuestra base para futuras oportunidades.

Saludos!
Equipo de RRHH
Cervecería del Plata
""")

add("rejection", "dublin_fintech_after_roleplay_en", "en", "Lighthouse Pay", "aoife.byrne@lighthousepay.example.ie",
    ("Aoife Byrne", "aoife.byrne@lighthousepay.example.ie"),
    "Lighthouse Pay - Sales Team Lead", "Thu, 02 Apr 2026 16:26:00 +0100",
    text="""Hi Valentina,

I hope you're keeping well. Thanks a million for doing the role play with Conor and Siobhan on
Tuesday - they really enjoyed it.

Unfortunately we're not going to progress your application any further this time. The team
felt another candidate had more hands-on experience managing quota-carrying reps in Ireland
and the UK, which is a big part of the first six months in this role.

I know that's disappointing to hear after several rounds. If you'd like more detailed
feedback, just reply and we can set up 15 minutes.

All the best,
Aoife

Aoife Byrne | Senior Talent Partner
Lighthouse Pay | 3 Grand Canal Quay, Dublin 2
Lighthouse Pay Limited is regulated by the Central Bank of Ireland.
""", charset="windows-1252")

# --- interview invitations ------------------------------------------------------------------

ICS_TMPL = """BEGIN:VCALENDAR
PRODID:-//{prodid}//EN
VERSION:2.0
METHOD:{method}
BEGIN:VEVENT
UID:{uid}
DTSTAMP:{stamp}
DTSTART:{start}
DTEND:{end}
SUMMARY:{summary}
LOCATION:{location}
ORGANIZER;CN={org_name}:mailto:{org}
ATTENDEE;CN=Valentina Ortiz Herrera;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:valentina.ortiz@example.net
SEQUENCE:{seq}
STATUS:{status}
END:VEVENT
END:VCALENDAR
"""


def ics(uid: str, start: str, end: str, summary: str, org: str, org_name: str,
        location: str = "Microsoft Teams", method: str = "REQUEST", seq: int = 0,
        prodid: str = "Microsoft Corporation//Outlook 16.0 MIMEDIR") -> str:
    """A one-event invitation as Outlook, Google or an ATS sends it."""
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    return ICS_TMPL.format(uid=uid, stamp=start[:8] + "T080000Z", start=start, end=end,
                           summary=summary, location=location, org=org, org_name=org_name,
                           method=method, seq=seq, status=status, prodid=prodid)


add("interview_invitation", "calendly_phone_screen_en", "en", "Fernhill Health", "grace.okafor@fernhill.example.com",
    ("Grace Okafor", "grace.okafor@fernhill.example.com"),
    "Fernhill Health // Account Director - intro call", "Tue, 10 Feb 2026 15:02:00 -0500",
    text="""Hi Valentina,

Thanks for applying for the Account Director role on our provider partnerships team. I've
had a look at your background and would love to set up a 30 minute phone screen to learn more
about you and walk you through the role.

Please grab a time that works for you here:
https://calendly.com/grace-okafor-fernhill/30min

Talk soon,
Grace

Grace Okafor
Recruiter, Commercial | Fernhill Health
(305) 555-0142
""", cte="7bit")

add("interview_invitation", "rrhh_llamada_es", "es", "Ibérica de Telecomunicaciones", "sara.molina@ibertel.example.es",
    ("Sara Molina", "sara.molina@ibertel.example.es"),
    "Candidatura Key Account Manager Pymes", "Wed, 11 Feb 2026 10:18:00 +0100",
    text="""Buenos días Valentina:

Soy Sara, del equipo de Selección de Ibérica de Telecomunicaciones. Hemos revisado tu
candidatura para Key Account Manager Pymes y nos gustaría tener una primera entrevista
telefónica contigo con RR. HH., de unos 20-25 minutos.

¿Te vendría bien el jueves 12 a las 12:30 o el viernes 13 a las 9:30? Si ninguna te encaja,
proponme otra franja y lo cuadramos.

Un saludo,

Sara Molina Prieto
Técnica de Selección · Ibérica de Telecomunicaciones
Tel. 91 555 40 20
""")

add("interview_invitation", "greenhouse_selfschedule_en", "en", "Tallyhq", "jess.park@tallyhq.example.com",
    ("Tallyhq Recruiting", "no-reply@greenhouse.example.io"),
    "Schedule your interview with Tallyhq", "Fri, 13 Feb 2026 18:40:00 +0000",
    html="""<html><body style="font-family:-apple-system,Segoe UI,Roboto,sans-serif">
<p>Hi Valentina,</p>
<p>Great news - the team would like to move you to the next stage for <b>Enterprise Customer
Success Manager</b>! The next step is a 45-minute video interview with Rahul Mehta, Director of
Customer Success.</p>
<p>Please use the link below to pick a time that works best for you:</p>
<p><a href="https://app.greenhouse.example.io/scheduling/select_times/8f2c1a9b" style="background:#2a7d4f;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Select times</a></p>
<p>If none of the times work, reply to this email and we'll find alternatives.</p>
<p>Cheers,<br>Tallyhq Recruiting</p>
</body></html>""", reply_to=("Jess Park", "jess.park@tallyhq.example.com"))

add("interview_invitation", "agency_exclamations_es", "es", "Hotel Mirador Atlántico", "javi@headhuntersol.example.es",
    ("Javier Luengo", "javi@headhuntersol.example.es"),
    "¡¡Buenas noticias!!", "Mon, 16 Feb 2026 09:05:00 +0100",
    text="""¡¡Hola Valentina!!

¡Te escribo con muy buenas noticias! Al cliente (Hotel Mirador Atlántico, el 5* de Málaga
del que te hablé) le ha ENCANTADO tu perfil y quiere conocerte ya para la posición de
Directora de Ventas y Marketing.

Sería entrevista presencial con la Directora General, el miércoles 18 a las 11:00 en el hotel
(Paseo Marítimo 40). ¿Te cuadra? ¡Confírmame cuanto antes porfa!

Te paso después una pequeña guía para prepararla 💪

¡Un abrazo enorme!
Javi

Javier Luengo
Senior Consultant · Head Hunter Sol
M. +34 655 12 34 56
""")

add("interview_invitation", "teams_ics_panel_en", "en", "Corvina Airlines", "m.santos@corvina.example.com",
    ("Santos, Miguel", "m.santos@corvina.example.com"),
    "Panel interview - Corporate Sales Manager, Panama", "Wed, 18 Feb 2026 14:00:00 -0500",
    text="""Dear Valentina,

Following your conversation with our HR team, we are pleased to invite you to a panel
interview for the Corporate Sales Manager role, based in Panama City.

Date: Tuesday, 24 February 2026
Time: 10:00 - 11:00 (Panama, UTC-5)
Format: Microsoft Teams (link in the attached invitation)
Panel: Miguel Santos (VP Sales), Ana Lucía Pérez (HR Business Partner), Tom Reyes (Revenue Ops)

Please accept the invitation to confirm. You may be asked to present a short account plan
for one of our corporate clients (10 minutes).

Kind regards,
Miguel Santos
Vice President, Sales | Corvina Airlines
Panama City, Panama
""", cte="quoted-printable",
    ics=ics("040000008200E00074C5B7101A82E00800000000C0RV1NA", "20260224T150000Z", "20260224T160000Z",
            "Corvina Airlines - Panel interview - Valentina Ortiz", "m.santos@corvina.example.com", "Santos, Miguel"))

add("interview_invitation", "vos_charla_ar", "es", "Pampa Pay", "tomas@pampapay.example.com.ar",
    ("Tomás Iriarte", "tomas@pampapay.example.com.ar"),
    "Hola Valentina!", "Thu, 19 Feb 2026 11:30:00 -0300",
    text="""Hola Valentina, qué tal?

Soy Tomás, lidero el equipo comercial de Pampa Pay. Vi que aplicaste a la búsqueda de Sales
Manager Pymes y tu experiencia en customer success me pareció muy interesante.

¿Tendrías un rato esta semana o la que viene para una charla de 30 min por Meet? Decime qué
días y horarios te quedan cómodos y lo armo.

Gracias!
Tomás
""")

add("interview_invitation", "workday_next_round_es", "es", "Banco Pacífico Sur", "",
    ("Banco Pacífico Sur", "bancopacificosur@myworkday.com"),
    "Invitación a la siguiente fase - Gerente de Banca Pyme", "Mon, 23 Feb 2026 08:00:00 -0500",
    text="""Estimada Valentina Ortiz Herrera:

Nos complace informarle que ha superado la fase de evaluación curricular para la posición
Gerente de Banca Pyme (JR-00871) y ha sido seleccionada para la siguiente fase del proceso: una
entrevista por competencias con el área de Gestión del Talento.

Por favor, ingrese al portal de candidatos para elegir la fecha y hora de su entrevista entre
las opciones disponibles:
https://bancopacificosur.wd5.myworkday.com/candidato/entrevistas

Le recordamos que esta dirección de correo no recibe respuestas.

Atentamente,
Gestión del Talento
Banco Pacífico Sur
""", charset="iso-8859-1")

add("interview_invitation", "de_erstgespraech", "de", "Sonnenhof Hotels", "karriere@sonnenhof.example.de",
    ("Sonnenhof Hotels Karriere", "karriere@sonnenhof.example.de"),
    "Einladung zum Kennenlerngespräch", "Tue, 24 Feb 2026 13:15:00 +0100",
    text="""Liebe Frau Ortiz Herrera,

herzlichen Dank für Ihre Bewerbung als Director of Sales (m/w/d) für unser Haus in Palma.
Ihr Profil hat uns überzeugt und wir möchten Sie gerne näher kennenlernen.

Wir schlagen ein erstes Videogespräch (ca. 45 Minuten) am Montag, den 2. März, um 10:00 Uhr
vor. Bitte geben Sie uns kurz Bescheid, ob der Termin für Sie passt.

Herzliche Grüße aus München
Sabine Ertl
Recruiting & Employer Branding
Sonnenhof Hotels GmbH & Co. KG
""", charset="iso-8859-1")

add("interview_invitation", "fr_entretien_visio", "fr", "Ventura Conseil", "l.martin@ventura-conseil.example.fr",
    ("Lucie Martin", "l.martin@ventura-conseil.example.fr"),
    "Votre candidature chez Ventura Conseil", "Wed, 25 Feb 2026 09:47:00 +0100",
    text="""Bonjour Madame Ortiz Herrera,

Nous avons bien étudié votre candidature au poste de Responsable Commerciale Espagne et
souhaiterions vous rencontrer lors d'un premier entretien en visio avec notre directeur
commercial.

Seriez-vous disponible mardi 3 mars à 14h ou jeudi 5 mars à 10h (heure de Paris) ?

Dans l'attente de votre retour, je vous souhaite une excellente journée.

Lucie Martin
Chargée de recrutement
Ventura Conseil - 8 avenue de l'Opéra, 75001 Paris
""")

add("interview_invitation", "quick_chat_en_dublin", "en", "Greenvale Foods", "sean.doyle@greenvale.example.ie",
    ("Seán Doyle", "sean.doyle@greenvale.example.ie"),
    "Quick question", "Thu, 26 Feb 2026 17:22:00 +0000",
    text="""Hi Valentina,

Would you be free for a quick chat sometime Monday or Tuesday? I'm hiring for a Key Account
Manager (Spanish market) on the export team and your CV landed on my desk via our careers
page. 20 mins, nothing formal.

Cheers,
Seán

Seán Doyle | Export Sales Manager | Greenvale Foods
Sent from Outlook for iOS
""")

add("interview_invitation", "roleplay_step_es", "es", "Solvia Cloud", "marta.bosch@solviacloud.example.es",
    ("Marta Bosch", "marta.bosch@solviacloud.example.es"),
    "Siguiente paso: role play comercial", "Fri, 27 Feb 2026 12:12:00 +0100",
    text="""Hola Valentina,

¡Enhorabuena! El equipo ha quedado muy contento con la entrevista de ayer y nos gustaría que
pasaras a la siguiente fase: un role play comercial de 40 minutos con Álex (Sales Director) y
Nuria (Head of CS). Te enviaremos el caso 48h antes.

He reservado el martes 3 de marzo de 16:00 a 16:45 en nuestra oficina de Barcelona (Carrer de
Pallars 99, 4ª planta). Te adjunto la invitación; acéptala si te va bien y, si no, dime y la
movemos.

Un abrazo,
Marta Bosch
Talent Acquisition · Solvia Cloud
""", ics=ics("solvia-rp-20260303-vo@solviacloud.example.es", "20260303T150000Z", "20260303T154500Z",
              "Role play - Valentina Ortiz (Sales Manager)", "marta.bosch@solviacloud.example.es",
              "Marta Bosch", location="Solvia Cloud - Carrer de Pallars 99, Barcelona",
              prodid="-//Google Inc//Google Calendar 70.9054//EN"))

add("interview_invitation", "goodtime_en", "en", "Quillstack", "nadia.rahman@quillstack.example.com",
    ("Quillstack Recruiting Coordination", "scheduling@goodtime.example.io"),
    "Action required: select your interview times with Quillstack", "Mon, 02 Mar 2026 15:30:00 +0000",
    html="""<table width="100%" style="font-family:Arial;font-size:14px"><tr><td>
<p>Hi Valentina,</p>
<p>The Quillstack team would like to invite you to an onsite (virtual) loop for the
<b>Sales Manager, Spain</b> role. The loop consists of four 45-minute conversations:</p>
<ul><li>Hiring manager</li><li>Deal review with a Regional VP</li><li>Cross-functional partner (CS)</li><li>Values</li></ul>
<p><a href="https://goodtime.example.io/c/4a1f9e/availability">Share your availability</a> by Thursday.</p>
<p style="color:#888;font-size:12px">Questions? Reply to this email to reach your coordinator, Nadia.</p>
</td></tr></table>""", reply_to=("Nadia Rahman", "nadia.rahman@quillstack.example.com"))

add("interview_invitation", "usted_mx_presencial", "es", "Aerolíneas Quetzal", "jrodriguez@quetzal.example.com.mx",
    ("Jorge Rodríguez Salas", "jrodriguez@quetzal.example.com.mx"),
    "Entrevista - Gerente de Cuentas Corporativas", "Tue, 03 Mar 2026 10:05:00 -0600",
    text="""Buen día, Lic. Ortiz:

Por instrucciones de la Dirección Comercial, le extendemos una atenta invitación a una
entrevista presencial para la vacante de Gerente de Cuentas Corporativas:

Fecha: lunes 9 de marzo de 2026
Hora: 11:00 h
Lugar: Torre Reforma Norte, piso 18, Ciudad de México
Preguntar por: Mtra. Claudia Herrera

Favor de confirmar su asistencia respondiendo a este correo y presentarse con identificación
oficial.

Saludos cordiales,
Jorge Rodríguez Salas
Atracción de Talento | Aerolíneas Quetzal
Tel. 55 5080 1234
""", charset="windows-1252")

add("interview_invitation", "lever_next_stage_en", "en", "Brightpath Learning", "ola.adeyemi@brightpath.example.com",
    ("Brightpath Learning", "no-reply@hire.lever.co"),
    "Next steps with Brightpath Learning", "Wed, 04 Mar 2026 19:00:00 +0000",
    text="""Hi Valentina,

Thanks again for speaking with Ola last week! We'd love to move you to the next stage of the
process for Head of Partnerships, LATAM: a 60-minute case presentation with our VP Revenue.

You'll receive the case brief by email. Please book a slot using this link:
https://jobs.lever.example.co/brightpath/interview/8c1e2f?book=1

Best,
Brightpath Learning Talent Team
""", reply_to=("Ola Adeyemi", "ola.adeyemi@brightpath.example.com"), cte="7bit")

add("interview_invitation", "peru_entrevista_tecnica", "es", "Kallpa Energía", "vquispe@kallpaenergia.example.pe",
    ("Verónica Quispe", "vquispe@kallpaenergia.example.pe"),
    "RE: Postulación - Key Account Manager Industria", "Thu, 05 Mar 2026 16:50:00 -0500", reply=True,
    text="""Estimada Valentina:

Gracias por enviarnos la información solicitada. Le confirmamos que ha pasado a la etapa de
entrevista con la Jefatura Comercial. ¿Podría indicarnos su disponibilidad para el miércoles 11
o jueves 12 de marzo, entre las 9:00 y las 13:00 (hora de Lima)? La entrevista será por Zoom.

Quedo atenta.

Saludos,
Verónica Quispe
Analista de Selección - Kallpa Energía
________________________________
De: Valentina Ortiz Herrera <valentina.ortiz@example.net>
Enviado: martes, 3 de marzo de 2026 18:22
Para: Verónica Quispe <vquispe@kallpaenergia.example.pe>
Asunto: RE: Postulación - Key Account Manager Industria

Estimada Verónica, adjunto mi CV actualizado y expectativas salariales. Saludos, Valentina
""", charset="iso-8859-1")

add("interview_invitation", "indian_en_do_revert", "en", "Saffronsoft Technologies", "ritu.sharma@saffronsoft.example.in",
    ("Ritu Sharma", "ritu.sharma@saffronsoft.example.in"),
    "Interview schedule - Customer Success Head (Spain)", "Fri, 06 Mar 2026 12:00:00 +0530",
    text="""Dear Valentina,

Greetings from Saffronsoft!

With reference to your application, we would like to schedule your first round of
interview with our Director - International Business on 10th March 2026 at 2:30 PM IST
(10:00 AM CET) via Zoom.

Kindly confirm your availability at the earliest. Do revert in case you need an alternate slot.

Thanks & Regards,
Ritu Sharma
HR Executive | Saffronsoft Technologies
+91 22 4000 1200
""", cte="7bit")

add("interview_invitation", "uy_segunda_instancia", "es", "Puerto Celeste", "seleccion@puertoceleste.example.com.uy",
    ("Selección Puerto Celeste", "seleccion@puertoceleste.example.com.uy"),
    "Segunda instancia", "Mon, 09 Mar 2026 14:20:00 -0300",
    text="""Hola Valentina,

Te contamos que quedaste seleccionada para la segunda instancia del proceso de Jefa de
Ventas Corporativas. Consiste en una entrevista con el Gerente General y una breve
presentación de caso (15 min).

Te proponemos el viernes 13 a las 10:30 en nuestras oficinas de Ciudad Vieja (Rincón 477).
¿Nos confirmás?

Saludos cordiales,
Equipo de Selección
Puerto Celeste
""")

add("interview_invitation", "fr_canadian_rencontre", "fr", "Boréal Télécom", "genevieve.tremblay@borealtelecom.example.ca",
    ("Geneviève Tremblay", "genevieve.tremblay@borealtelecom.example.ca"),
    "Rencontre - Directrice des comptes", "Tue, 10 Mar 2026 10:10:00 -0400",
    text="""Bonjour Valentina,

Merci pour ton intérêt envers Boréal Télécom! On aimerait te rencontrer pour le poste de
Directrice des comptes, marché hispanophone. Est-ce que tu serais disponible pour un appel
Teams de 45 minutes jeudi prochain en après-midi?

Au plaisir,
Geneviève Tremblay
Conseillère principale, acquisition de talents
Boréal Télécom | Montréal (Québec)
""")

add("interview_invitation", "smartrecruiters_video_es", "es", "Restauralia", "",
    ("Restauralia", "notifications@smartrecruiters.example.com"),
    "Restauralia te invita a una entrevista", "Wed, 11 Mar 2026 08:45:00 +0100",
    text="""Hola Valentina,

Nos gustaría invitarte a una entrevista por videollamada para la posición Responsable de
Ventas B2B - Restauración Organizada.

Duración: 30 minutos
Entrevistadora: Carla Núñez, HR Business Partner

Elige fecha y hora: https://jobs.smartrecruiters.example.com/Restauralia/interview/ab12cd?lang=es

Saludos,
Equipo de Talento de Restauralia
""",
    html="""<div style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hola Valentina,</p>
<p>Nos gustaría invitarte a una <strong>entrevista por videollamada</strong> para la posición
<strong>Responsable de Ventas B2B - Restauración Organizada</strong>.</p>
<table style="border:1px solid #ddd;padding:8px"><tr><td>Duración</td><td>30 minutos</td></tr>
<tr><td>Entrevistadora</td><td>Carla Núñez, HR Business Partner</td></tr></table>
<p><a href="https://jobs.smartrecruiters.example.com/Restauralia/interview/ab12cd?lang=es">Elegir fecha y hora</a></p>
<p>Saludos,<br>Equipo de Talento de Restauralia</p>
</div>""", cte="base64")

add("interview_invitation", "reference_check_step_en", "en", "Harbourline Cruises", "kate.morrison@harbourline.example.com.au",
    ("Kate Morrison", "kate.morrison@harbourline.example.com.au"),
    "Final interview + references", "Thu, 12 Mar 2026 09:00:00 +1100",
    text="""Hi Valentina,

Good news - the team loved your session on Monday and we'd like to invite you to a final
interview with our Chief Commercial Officer, Lachlan. He's in Sydney so we're looking at
Tuesday 17 March, 7:30pm AEDT (9:30am Madrid). Does that suit?

In the meantime, could you pop through two referees we can contact? No rush on that.

Cheers,
Kate Morrison
Talent Acquisition Partner
Harbourline Cruises | Level 9, 88 Phillip St, Sydney NSW 2000
""", cte="7bit")

add("interview_invitation", "teamtailor_es_llamada", "es", "Bodegas Riberalta", "",
    ("Bodegas Riberalta", "no-reply@teamtailor.example.com"),
    "Reserva tu entrevista con Bodegas Riberalta", "Fri, 13 Mar 2026 11:11:00 +0100",
    text="""Hola Valentina,

¡Gracias por tu interés en Bodegas Riberalta! Nos gustaría conocerte en una primera llamada con
nuestro equipo de personas para el puesto de Export Area Manager LATAM.

Reserva el hueco que mejor te venga aquí:
https://riberalta.teamtailor.example.com/meetings/5f2e/book

¡Hasta pronto!
Equipo de Personas · Bodegas Riberalta
""")

add("interview_invitation", "google_invite_only", "en", "Nimbus Stay", "recruiting@nimbusstay.example.com",
    ("Nimbus Stay Recruiting", "recruiting@nimbusstay.example.com"),
    "Invitation: Nimbus Stay x Valentina - Hiring manager interview @ Wed Mar 18, 2026 4pm - 4:45pm (CET) (valentina.ortiz@example.net)",
    "Mon, 16 Mar 2026 13:00:00 +0000",
    text="""Nimbus Stay x Valentina - Hiring manager interview
Wednesday Mar 18, 2026 ⋅ 4pm – 4:45pm
Central European Time - Madrid

Join with Google Meet
meet.google.example.com/abc-defg-hij

Organizer
recruiting@nimbusstay.example.com

Guests
Valentina Ortiz Herrera
Diego Alvarado - hiring manager

Hi Valentina, this is your interview with Diego for the Partnerships Manager (Spain) role. Speak soon!

Invitation from Google Calendar
""", ics=ics("2k4l9s0dmq7u@google.com", "20260318T150000Z", "20260318T154500Z",
              "Nimbus Stay x Valentina - Hiring manager interview", "recruiting@nimbusstay.example.com",
              "Nimbus Stay Recruiting", location="https://meet.google.example.com/abc-defg-hij",
              prodid="-//Google Inc//Google Calendar 70.9054//EN"))

add("interview_invitation", "reply_chain_gmail_es", "es", "Clínicas Vitalia", "r.ibanez@vitalia.example.es",
    ("Rocío Ibáñez", "r.ibanez@vitalia.example.es"),
    "Re: Candidatura Responsable de Cuentas Aseguradoras", "Tue, 17 Mar 2026 18:30:00 +0100", reply=True,
    text="""Perfecto Valentina, pues te esperamos el lunes 23 a las 10:00 en la sede de Clínicas Vitalia
(Calle Orense 20, Madrid) para la entrevista con la Directora de Negocio. Pregunta por mí en
recepción.

Gracias!
Rocío

El mar, 17 mar 2026 a las 12:05, Valentina Ortiz Herrera (<valentina.ortiz@example.net>) escribió:
> Hola Rocío, el lunes por la mañana me va perfecto. Un saludo.
>
> El lun, 16 mar 2026 a las 19:10, Rocío Ibáñez (<r.ibanez@vitalia.example.es>) escribió:
>> Hola Valentina, gracias por tu candidatura. ¿Tendrías disponibilidad la semana que viene
>> para una entrevista presencial? Lamentablemente esta semana la agenda está imposible.
""")

add("interview_invitation", "de_zweite_runde_du", "de", "Flinkpost", "mara@flinkpost.example.de",
    ("Mara Vogt", "mara@flinkpost.example.de"),
    "Nächste Runde 🎉", "Wed, 18 Mar 2026 15:40:00 +0100",
    text="""Hey Valentina,

super Neuigkeiten: Wir würden dich gern in die nächste Runde einladen! Das wäre ein Case-Gespräch
mit Felix (VP Sales) und mir, ca. 60 Minuten, remote. Wie sieht's bei dir nächste Woche Dienstag
oder Donnerstag nachmittags aus?

Liebe Grüße
Mara
People Lead @ Flinkpost
""")

add("interview_invitation", "computrabajo_citada", "es", "Distribuidora Occidente", "",
    ("Computrabajo", "avisos@computrabajo.example.com"),
    "¡Te han citado a una entrevista!", "Thu, 19 Mar 2026 09:30:00 -0600",
    text="""Hola Valentina,

Distribuidora Occidente quiere entrevistarte para la vacante Supervisora de Ventas Zona
Bajío (Guadalajara, Jal.).

Fecha: martes 24 de marzo, 10:00 a. m.
Lugar: Av. Vallarta 3300, Guadalajara

Confirma tu asistencia desde tu cuenta: https://mx.computrabajo.example.com/candidato/citas

El equipo de Computrabajo
""")

# --- reschedules and cancellations by the employer --------------------------------------------

add("interview_reschedule_or_cancel", "move_es_mobile", "es", "Ibérica de Telecomunicaciones", "sara.molina@ibertel.example.es",
    ("Sara Molina", "sara.molina@ibertel.example.es"),
    "Re: Candidatura Key Account Manager Pymes", "Thu, 12 Feb 2026 08:10:00 +0100", reply=True,
    text="""Valentina perdona, me ha surgido un imprevisto y no voy a poder hacer la llamada a las 12:30.
¿Podemos pasarla a mañana viernes a la misma hora? Mil disculpas.

Sara

Enviado desde mi iPhone

> El 11 feb 2026, a las 13:02, Valentina Ortiz Herrera <valentina.ortiz@example.net> escribió:
>
> Hola Sara, el jueves a las 12:30 me va genial. ¡Gracias!
""")

add("interview_reschedule_or_cancel", "ics_cancel_en", "en", "Corvina Airlines", "m.santos@corvina.example.com",
    ("Santos, Miguel", "m.santos@corvina.example.com"),
    "Canceled: Corvina Airlines - Panel interview - Valentina Ortiz", "Mon, 23 Feb 2026 17:30:00 -0500",
    text="""Dear Valentina,

Apologies for the late notice - Ana Lucía is unwell and we need to cancel tomorrow's panel. Our
HR team will be in touch shortly with new options later in the week.

Best regards,
Miguel
""", cte="7bit",
    ics=ics("040000008200E00074C5B7101A82E00800000000C0RV1NA", "20260224T150000Z", "20260224T160000Z",
            "Corvina Airlines - Panel interview - Valentina Ortiz", "m.santos@corvina.example.com",
            "Santos, Miguel", method="CANCEL", seq=1))

add("interview_reschedule_or_cancel", "de_verschieben", "de", "Sonnenhof Hotels", "karriere@sonnenhof.example.de",
    ("Sonnenhof Hotels Karriere", "karriere@sonnenhof.example.de"),
    "AW: Einladung zum Kennenlerngespräch", "Fri, 27 Feb 2026 11:00:00 +0100", reply=True,
    text="""Liebe Frau Ortiz Herrera,

leider müssen wir unseren Termin am Montag, 2. März, verschieben, da unser Geschäftsführer
kurzfristig verhindert ist. Wäre alternativ Mittwoch, der 4. März, um 15:00 Uhr für Sie möglich?

Wir bitten die Umstände zu entschuldigen.

Herzliche Grüße
Sabine Ertl
Sonnenhof Hotels GmbH & Co. KG

Von: Valentina Ortiz Herrera <valentina.ortiz@example.net>
Gesendet: Dienstag, 24. Februar 2026 18:02
An: Sonnenhof Hotels Karriere <karriere@sonnenhof.example.de>
Betreff: Re: Einladung zum Kennenlerngespräch

Liebe Frau Ertl, der Termin passt mir sehr gut. Viele Grüße, Valentina Ortiz
""", charset="iso-8859-1")

add("interview_reschedule_or_cancel", "agency_client_moved_es", "es", "Hotel Mirador Atlántico", "javi@headhuntersol.example.es",
    ("Javier Luengo", "javi@headhuntersol.example.es"),
    "cambio de hora!!", "Tue, 17 Feb 2026 20:14:00 +0100",
    text="""Valentina!! Me acaba de llamar la DG del hotel, mañana tiene comité y me pide mover la
entrevista de las 11:00 a las 13:30, mismo sitio. ¿Te va bien? Dime algo porfa!!

Javi
Head Hunter Sol
""")

add("interview_reschedule_or_cancel", "greenhouse_reschedule_en", "en", "Tallyhq", "jess.park@tallyhq.example.com",
    ("Jess Park", "jess.park@tallyhq.example.com"),
    "Rescheduling your interview with Rahul", "Wed, 18 Feb 2026 16:05:00 +0000",
    text="""Hi Valentina,

Rahul has been pulled into a customer escalation on Thursday, so unfortunately we need to
reschedule your interview. I've sent a new scheduling link with his updated availability:

https://app.greenhouse.example.io/scheduling/select_times/91aa02ee

So sorry for the shuffle!

Jess Park
Recruiting Coordinator, Tallyhq
""", cte="7bit")

add("interview_reschedule_or_cancel", "cancel_position_paused_en", "en", "Fernhill Health", "grace.okafor@fernhill.example.com",
    ("Grace Okafor", "grace.okafor@fernhill.example.com"),
    "Re: Fernhill Health // Account Director - intro call", "Mon, 16 Feb 2026 10:20:00 -0500", reply=True,
    text="""Hi Valentina,

I need to cancel our call scheduled for tomorrow, apologies. Our leadership team is revisiting
headcount for Q2 and asked us to pause all first-round calls this week. I'll reach out as soon
as I know more and we can find a new time.

Grace

On Fri, Feb 13, 2026 at 9:01 AM Valentina Ortiz Herrera <valentina.ortiz@example.net> wrote:
> Booked for Tuesday at 11am. Looking forward to it!
""", cte="7bit")

add("interview_reschedule_or_cancel", "fr_report_entretien", "fr", "Ventura Conseil", "l.martin@ventura-conseil.example.fr",
    ("Lucie Martin", "l.martin@ventura-conseil.example.fr"),
    "Report de notre entretien du 3 mars", "Mon, 02 Mar 2026 17:45:00 +0100",
    text="""Bonjour Madame Ortiz Herrera,

Notre directeur commercial a un empêchement de dernière minute et ne pourra malheureusement pas
assurer l'entretien prévu demain à 14h. Pourrions-nous le décaler au vendredi 6 mars à 11h ?

Avec toutes nos excuses pour ce contretemps,

Lucie Martin
Chargée de recrutement - Ventura Conseil
""", charset="iso-8859-1")

add("interview_reschedule_or_cancel", "mx_reprogramacion_usted", "es", "Aerolíneas Quetzal", "jrodriguez@quetzal.example.com.mx",
    ("Jorge Rodríguez Salas", "jrodriguez@quetzal.example.com.mx"),
    "REPROGRAMACIÓN - Entrevista Gerente de Cuentas Corporativas", "Fri, 06 Mar 2026 13:25:00 -0600",
    text="""Lic. Ortiz, buenas tardes:

Por cuestiones de agenda de la Dirección Comercial, nos vemos en la necesidad de reprogramar su
entrevista del lunes 9 de marzo. La nueva fecha propuesta es el miércoles 11 de marzo a las
17:00 h, en la misma dirección.

Le agradeceremos confirmar. Disculpe las molestias.

Jorge Rodríguez Salas
Atracción de Talento | Aerolíneas Quetzal
""", charset="windows-1252")

add("interview_reschedule_or_cancel", "teams_update_ics_es", "es", "Solvia Cloud", "marta.bosch@solviacloud.example.es",
    ("Marta Bosch", "marta.bosch@solviacloud.example.es"),
    "Invitación actualizada: Role play - Valentina Ortiz (Sales Manager)", "Mon, 02 Mar 2026 09:00:00 +0100",
    text="""Hola Valentina,

Álex tiene un viaje que se le ha adelantado, así que hemos movido el role play al jueves 5 de
marzo, de 10:00 a 10:45, en la misma oficina. Te mando la invitación actualizada.

¡Gracias por la flexibilidad!
Marta
""", ics=ics("solvia-rp-20260303-vo@solviacloud.example.es", "20260305T090000Z", "20260305T094500Z",
              "Role play - Valentina Ortiz (Sales Manager)", "marta.bosch@solviacloud.example.es",
              "Marta Bosch", location="Solvia Cloud - Carrer de Pallars 99, Barcelona", seq=1,
              prodid="-//Google Inc//Google Calendar 70.9054//EN"))

add("interview_reschedule_or_cancel", "ar_suspendida_vos", "es", "Pampa Pay", "tomas@pampapay.example.com.ar",
    ("Tomás Iriarte", "tomas@pampapay.example.com.ar"),
    "Re: Hola Valentina!", "Tue, 24 Feb 2026 10:02:00 -0300", reply=True,
    text="""Valentina, mil disculpas: tengo que suspender la charla de hoy a las 15, se me cruzó el
directorio. ¿Te viene bien el jueves en el mismo horario? Si no, pasame dos opciones y me acomodo.

Tomás

El jue, 19 feb 2026 a las 14:15, Valentina Ortiz Herrera (<valentina.ortiz@example.net>) escribió:
> Hola Tomás! Gracias por escribirme. El martes 24 a las 15 me viene perfecto.
""")

add("interview_reschedule_or_cancel", "recruiter_cancel_final_en_uk", "en", "Harrow & Finch", "eleanor.pike@harrowfinch.example.co.uk",
    ("Eleanor Pike", "eleanor.pike@harrowfinch.example.co.uk"),
    "Thursday's interview", "Tue, 14 Apr 2026 09:30:00 +0100",
    text="""Dear Valentina

I'm afraid I have to cancel Thursday's interview with James. The Partnerships Director role has
been paused pending a restructure and we're not able to hold any interviews until that is
resolved. I'm terribly sorry for the inconvenience.

I'll be in touch once I know whether it's going ahead.

Kind regards
Eleanor Pike
Recruitment Coordinator | Harrow & Finch
""", charset="windows-1252", cte="7bit")

add("interview_reschedule_or_cancel", "peru_cambio_zoom", "es", "Kallpa Energía", "vquispe@kallpaenergia.example.pe",
    ("Verónica Quispe", "vquispe@kallpaenergia.example.pe"),
    "Cambio de horario - entrevista Jefatura Comercial", "Tue, 10 Mar 2026 12:15:00 -0500",
    text="""Estimada Valentina:

Le informo que el Jefe Comercial tuvo que viajar a Arequipa, por lo que la entrevista del
miércoles 11 a las 10:00 se traslada al viernes 13 a la misma hora. El enlace de Zoom se
mantiene.

Disculpe el inconveniente.

Saludos,
Verónica Quispe
Kallpa Energía
""", charset="iso-8859-1")

add("interview_reschedule_or_cancel", "goodtime_moved_en", "en", "Quillstack", "nadia.rahman@quillstack.example.com",
    ("Quillstack Recruiting Coordination", "scheduling@goodtime.example.io"),
    "Updated interview schedule - Quillstack", "Mon, 09 Mar 2026 20:00:00 +0000",
    text="""Hi Valentina,

There's been a change to your interview schedule for Sales Manager, Spain. Your deal review
with Paolo (Regional VP) has moved:

  Previously: Wednesday, March 11, 15:00 - 15:45 CET
  Now:        Friday, March 13, 11:00 - 11:45 CET

Your other three interviews are unchanged. Updated calendar invites are on their way.

Questions? Reply to this email to reach Nadia, your coordinator.
""", reply_to=("Nadia Rahman", "nadia.rahman@quillstack.example.com"), cte="7bit")

add("interview_reschedule_or_cancel", "uy_postergada", "es", "Puerto Celeste", "seleccion@puertoceleste.example.com.uy",
    ("Selección Puerto Celeste", "seleccion@puertoceleste.example.com.uy"),
    "RE: Segunda instancia", "Thu, 12 Mar 2026 18:00:00 -0300", reply=True,
    text="""Hola Valentina,

Te escribimos para avisarte que la entrevista de mañana viernes queda postergada: el Gerente
General tuvo que viajar de urgencia a Buenos Aires. En cuanto tengamos nueva fecha te la
confirmamos, seguramente la semana que viene.

Disculpá las molestias.

Equipo de Selección - Puerto Celeste

-----Original Message-----
From: Valentina Ortiz Herrera <valentina.ortiz@example.net>
Sent: lunes, 9 de marzo de 2026 16:40
To: Selección Puerto Celeste <seleccion@puertoceleste.example.com.uy>
Subject: RE: Segunda instancia

¡Confirmado! Nos vemos el viernes 13 a las 10:30. Gracias.
""")

add("interview_reschedule_or_cancel", "outlook_new_time_es_mx", "es", "Distribuidora Occidente", "lgarza@occidente.example.com.mx",
    ("Laura Garza", "lgarza@occidente.example.com.mx"),
    "Nueva hora propuesta: Entrevista Supervisora de Ventas", "Mon, 23 Mar 2026 19:10:00 -0600",
    text="""Hola Valentina, buenas noches.

Te escribo de Distribuidora Occidente. El gerente de zona no estará mañana en Guadalajara, así que
te pido de favor que cambiemos la entrevista del martes 24 a las 10:00 al jueves 26 a las 12:00,
en el mismo domicilio de Av. Vallarta. ¿Me confirmas si te acomoda?

Saludos,
Laura Garza
Recursos Humanos - Distribuidora Occidente
Tel. 33 3121 4455
""")

# --- missed interview notices --------------------------------------------------------------

add("missed_interview_notice", "tried_calling_es", "es", "Ibérica de Telecomunicaciones", "sara.molina@ibertel.example.es",
    ("Sara Molina", "sara.molina@ibertel.example.es"),
    "Llamada de hoy", "Fri, 13 Feb 2026 12:45:00 +0100",
    text="""Hola Valentina,

Te he intentado llamar a las 12:30 como habíamos quedado, un par de veces, pero no he
conseguido contactar contigo. ¿Ha pasado algo? Si sigues interesada en el proceso, dime cuándo
te viene bien y lo volvemos a intentar.

Un saludo,
Sara Molina
Ibérica de Telecomunicaciones
""")

add("missed_interview_notice", "teams_no_join_en", "en", "Corvina Airlines", "analucia.perez@corvina.example.com",
    ("Pérez, Ana Lucía", "analucia.perez@corvina.example.com"),
    "Today's interview", "Fri, 27 Feb 2026 10:25:00 -0500",
    text="""Dear Valentina,

We were scheduled to meet today at 10:00 (Panama time) for your rescheduled panel interview, but
you did not join the Teams meeting. We waited for 15 minutes.

If there was a technical issue, please let us know as soon as possible and we will see whether
another slot can be arranged.

Regards,
Ana Lucía Pérez
HR Business Partner | Corvina Airlines
""", cte="7bit")

add("missed_interview_notice", "agency_noshow_es", "es", "Clínicas Vitalia", "r.ibanez@vitalia.example.es",
    ("Rocío Ibáñez", "r.ibanez@vitalia.example.es"),
    "¿Todo bien?", "Mon, 23 Mar 2026 10:40:00 +0100",
    text="""Hola Valentina,

Te estábamos esperando a las 10:00 para la entrevista con la Directora de Negocio y no has
llegado. Te he llamado al móvil pero salta el buzón. Espero que esté todo bien.

Escríbeme cuando puedas y vemos si podemos buscar otro hueco esta semana.

Rocío Ibáñez
Clínicas Vitalia · Selección
""")

add("missed_interview_notice", "de_nicht_erschienen", "de", "Flinkpost", "mara@flinkpost.example.de",
    ("Mara Vogt", "mara@flinkpost.example.de"),
    "Wo warst du? :)", "Thu, 26 Mar 2026 16:20:00 +0100",
    text="""Hi Valentina,

Felix und ich saßen eben im Meet-Raum für unser Case-Gespräch um 16 Uhr, aber du bist leider
nicht aufgetaucht. Vielleicht ist bei der Einladung was schiefgelaufen? Sag Bescheid, dann
finden wir einen neuen Termin.

LG Mara
""")

add("missed_interview_notice", "zoom_missed_en_india", "en", "Saffronsoft Technologies", "ritu.sharma@saffronsoft.example.in",
    ("Ritu Sharma", "ritu.sharma@saffronsoft.example.in"),
    "Missed interview - Customer Success Head (Spain)", "Tue, 10 Mar 2026 15:10:00 +0530",
    text="""Dear Valentina,

This is with reference to your interview scheduled today at 2:30 PM IST. Our Director waited on
the Zoom call, however you did not join. Kindly let us know the reason and whether you wish to
continue with the process, so that we may reschedule accordingly.

Do revert at the earliest.

Thanks & Regards,
Ritu Sharma
HR Executive | Saffronsoft Technologies
""", cte="7bit")

add("missed_interview_notice", "mx_inasistencia", "es", "Aerolíneas Quetzal", "jrodriguez@quetzal.example.com.mx",
    ("Jorge Rodríguez Salas", "jrodriguez@quetzal.example.com.mx"),
    "Inasistencia a entrevista", "Wed, 11 Mar 2026 18:05:00 -0600",
    text="""Lic. Ortiz:

Le comento que la Mtra. Claudia Herrera la estuvo esperando hoy a las 17:00 h en Torre Reforma
Norte y no se registró su llegada en recepción. Le agradeceremos nos indique si desea
continuar en el proceso para, en su caso, buscar una nueva fecha.

Saludos cordiales,
Jorge Rodríguez Salas
Aerolíneas Quetzal
""", charset="windows-1252")

add("missed_interview_notice", "fr_absence_visio", "fr", "Ventura Conseil", "l.martin@ventura-conseil.example.fr",
    ("Lucie Martin", "l.martin@ventura-conseil.example.fr"),
    "Entretien de ce matin", "Fri, 06 Mar 2026 11:30:00 +0100",
    text="""Bonjour Madame Ortiz Herrera,

Notre directeur commercial vous a attendue ce matin à 11h sur le lien de visioconférence, mais
vous ne vous êtes pas connectée. Nous espérons qu'il n'y a rien de grave.

N'hésitez pas à revenir vers moi si vous souhaitez reprogrammer cet échange.

Bien cordialement,
Lucie Martin
Ventura Conseil
""", charset="iso-8859-1")

add("missed_interview_notice", "ar_te_esperamos_vos", "es", "Pampa Pay", "tomas@pampapay.example.com.ar",
    ("Tomás Iriarte", "tomas@pampapay.example.com.ar"),
    "te estuvimos esperando", "Thu, 26 Feb 2026 15:20:00 -0300",
    text="""Hola Valentina, te estuve esperando en el Meet de las 15 y no te conectaste. Todo ok? Si te
surgió algo avisame y lo reprogramamos, no pasa nada.

Tomás
Enviado desde mi Android
""")

add("missed_interview_notice", "phone_screen_missed_en_canada", "en", "Maplewave", "owen.clarke@maplewave.example.ca",
    ("Owen Clarke", "owen.clarke@maplewave.example.ca"),
    "Sorry we missed you", "Tue, 24 Feb 2026 14:10:00 -0500",
    text="""Hi Valentina,

I tried calling you at the scheduled time (1:30pm ET) for our phone screen but it went straight
to voicemail. No worries at all - these things happen. If you're still keen on the Customer
Success Team Lead role, here's my calendar to grab another slot:
https://calendly.com/owen-maplewave/20min

Cheers,
Owen Clarke | Talent Partner | Maplewave
""", cte="7bit")

add("missed_interview_notice", "pe_no_se_presento_usted", "es", "Kallpa Energía", "vquispe@kallpaenergia.example.pe",
    ("Verónica Quispe", "vquispe@kallpaenergia.example.pe"),
    "Entrevista del viernes 13", "Fri, 13 Mar 2026 11:05:00 -0500",
    text="""Estimada Valentina:

El Jefe Comercial la estuvo esperando en la sala de Zoom a las 10:00, pero no se conectó. Le
escribo para saber si tuvo algún inconveniente. Quedamos atentos a su respuesta para
coordinar una nueva fecha, de ser el caso.

Saludos,
Verónica Quispe
Analista de Selección - Kallpa Energía
""", charset="iso-8859-1")

# --- application acknowledgements -----------------------------------------------------------

add("application_received", "workday_ack_es_volume", "es", "Banco Meridiano", "",
    ("Banco Meridiano Talento", "bancomeridiano@myworkday.com"),
    "Hemos recibido tu candidatura", "Tue, 03 Feb 2026 22:14:10 +0100",
    text="""Hola Valentina:

Gracias por enviar tu candidatura para Responsable de Customer Success (REQ-20418).

Nuestro equipo revisará tu perfil y, si encaja con los requisitos del puesto, se pondrá en
contacto contigo. Debido al gran volumen de candidaturas que recibimos, no podemos responder
de forma individual a todas las personas candidatas.

Puedes consultar el estado de tu candidatura en cualquier momento desde el portal.

Equipo de Adquisición de Talento
Banco Meridiano
""")

add("application_received", "greenhouse_ack_en", "en", "Parcelwise", "",
    ("Parcelwise Recruiting", "no-reply@us.greenhouse-mail.io"),
    "Thank you for applying to Parcelwise!", "Wed, 04 Feb 2026 03:11:00 +0000",
    html="""<p>Hi Valentina,</p>
<p>Thanks for applying to Parcelwise! Your application for <b>Senior Account Manager, LATAM</b> has been
received and our team is reviewing it.</p>
<p>If your experience looks like a good fit, someone from our team will reach out to discuss next steps.
Unfortunately we are unable to provide individual feedback at this stage of the process.</p>
<p>In the meantime, check out <a href="https://parcelwise.example.com/blog?utm_source=greenhouse">our blog</a>.</p>
<p>Best,<br>Parcelwise</p>""")

add("application_received", "infojobs_inscrita_es", "es", "Logística Altamar", "",
    ("InfoJobs", "notificaciones@infojobs.example.net"),
    "Te has inscrito en la oferta Jefa de Equipo Atención al Cliente", "Thu, 05 Feb 2026 10:00:00 +0100",
    text="""Hola Valentina,

Tu inscripción en la oferta "Jefa de Equipo Atención al Cliente" de Logística Altamar se ha
realizado correctamente. La empresa ya puede ver tu CV.

Te avisaremos cuando la empresa lea tu candidatura o cambie su estado.

Equipo InfoJobs
""")

add("application_received", "de_eingangsbestaetigung", "de", "Brandfels", "",
    ("Brandfels Recruiting", "noreply@brandfels.example.de"),
    "Eingangsbestätigung Ihrer Bewerbung", "Fri, 06 Feb 2026 09:00:00 +0100",
    text="""Sehr geehrte Frau Ortiz Herrera,

vielen Dank für Ihre Bewerbung als Sales Team Lead Spanien und das damit verbundene Interesse
an Brandfels. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung sorgfältig prüfen und uns zeitnah bei Ihnen melden. Bitte haben Sie
Verständnis dafür, dass dies einige Wochen in Anspruch nehmen kann.

Mit freundlichen Grüßen
Ihr People & Culture Team
Brandfels GmbH
""", charset="iso-8859-1")

add("application_received", "teamtailor_ack_es", "es", "Cuentalia", "",
    ("Cuentalia", "no-reply@teamtailor.example.com"),
    "¡Gracias por tu candidatura, Valentina!", "Sat, 07 Feb 2026 23:40:00 +0100",
    text="""¡Hola Valentina!

Hemos recibido tu candidatura para Account Executive SMB. Nuestro equipo la revisará en los
próximos días.

Por el volumen de candidaturas no siempre podemos dar feedback personalizado, pero te
escribiremos igualmente cuando tengamos novedades.

El equipo de People de Cuentalia
""",
    html="""<div style="font-family:Arial;max-width:560px">
<img src="https://cdn.teamtailor.example.com/cuentalia/logo.png" alt="Cuentalia logo">
<p>¡Hola Valentina!</p>
<p>Hemos recibido tu candidatura para <b>Account Executive SMB</b> 🙌. Nuestro equipo la revisará
en los próximos días.</p>
<p>Por el volumen de candidaturas no siempre podemos dar feedback personalizado, pero te
escribiremos igualmente cuando tengamos novedades.</p>
<p>El equipo de People de Cuentalia</p></div>""", cte="base64")

add("application_received", "lever_ack_en", "en", "Maplewave", "",
    ("Maplewave", "no-reply@hire.lever.co"),
    "Maplewave - we've got your application", "Sun, 08 Feb 2026 18:02:00 +0000",
    text="""Hi Valentina,

Thanks for your interest in Maplewave! We've received your application for Customer Success
Team Lead (Remote - Americas).

Our team reviews every application, and we'll be in touch if there's a match. Due to the
volume of applications, we may not be able to respond to every applicant individually.

Maplewave Talent Team
""", cte="7bit")

add("application_received", "taleo_ack_en", "en", "Atlantic Crest Hotels", "",
    ("Atlantic Crest Careers", "careers-donotreply@taleo.example.net"),
    "Atlantic Crest Hotels - Thank you for applying - Director of Sales, Miami Beach",
    "Mon, 09 Feb 2026 06:30:00 -0500",
    text="""Dear Valentina Ortiz Herrera,

Thank you for submitting your application for the position of Director of Sales, Miami Beach
(2600417). We have received your information and it is being reviewed.

Should your qualifications match our needs, a member of the Talent Acquisition team will
contact you.  Please note that unfortunately we are unable to provide individual feedback
at this stage.

Sincerely,
Atlantic Crest Hotels Talent Acquisition
*** This is an automated message. Please do not reply. ***
""", charset="windows-1252", cte="7bit")

add("application_received", "successfactors_es", "es", "Cadena Hotelera Sol y Luna", "",
    ("Cadena Hotelera Sol y Luna", "no_reply@successfactors.example.eu"),
    "Confirmación de recepción de solicitud", "Tue, 10 Feb 2026 14:23:00 +0100",
    text="""Estimado/a Valentina ,

Le agradecemos su interés en Cadena Hotelera Sol y Luna.Hemos recibido su solicitud para el
puesto  Revenue & Sales Manager - Palma (Req ID: 48213 ) .

Su solicitud será revisada por nuestro equipo de selección.En caso de que su perfil se
ajuste a los requisitos,nos pondremos en contacto con usted.

Atentamente,
Departamento de Recursos Humanos

*Por favor,no responda a este mensaje.*
""", charset="windows-1252")

add("application_received", "human_ack_es_ar", "es", "Cervecería del Plata", "rrhh@cerveceriadelplata.example.com.ar",
    ("RRHH Cervecería del Plata", "rrhh@cerveceriadelplata.example.com.ar"),
    "Re: CV - Jefe/a de Ventas Canal Moderno", "Thu, 12 Feb 2026 10:10:00 -0300", reply=True,
    text="""Hola Valentina, recibimos tu CV, muchas gracias. Lo vamos a estar revisando con el equipo
comercial y te escribimos si avanzamos. Saludos!

Equipo de RRHH - Cervecería del Plata

El mié, 11 feb 2026 a las 19:50, Valentina Ortiz Herrera (<valentina.ortiz@example.net>) escribió:
> Buenas tardes, les adjunto mi CV para la búsqueda publicada en Bumeran. Saludos cordiales.
""")

add("application_received", "fr_accuse_reception", "fr", "Hôtels Lumière", "",
    ("Hôtels Lumière Carrières", "ne-pas-repondre@hotels-lumiere.example.fr"),
    "Accusé de réception de votre candidature", "Fri, 13 Feb 2026 08:30:00 +0100",
    text="""Madame,

Nous accusons bonne réception de votre candidature au poste de Responsable Grands Comptes et
vous remercions de l'intérêt que vous portez à Hôtels Lumière.

Votre dossier va être étudié avec attention. En raison du nombre important de candidatures,
nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre
elles ; sans nouvelles de notre part sous quatre semaines, vous pourrez considérer que votre
candidature n'a pas été retenue.

Le Service Recrutement
""", charset="iso-8859-1")

add("application_received", "smartrecruiters_ack_es", "es", "Hoteles Brisamar", "",
    ("Hoteles Brisamar", "notifications@smartrecruiters.example.com"),
    "Gracias por tu interés en Hoteles Brisamar", "Sun, 15 Feb 2026 21:00:00 +0100",
    text="""Hola Valentina,

¡Gracias por postularte a Director/a Comercial Costa del Sol! Hemos recibido correctamente tu
candidatura.

Qué pasa ahora:
 1. Revisaremos tu CV (suele llevarnos 2-3 semanas).
 2. Si tu perfil encaja, te contactaremos para una primera entrevista.

Departamento de Personas · Hoteles Brisamar
""")

add("application_received", "public_agency_es", "es", "Agencia de Promoción Exterior", "",
    ("Sede Electrónica - Agencia de Promoción Exterior", "no-responder@sede.apex.example.es"),
    "Justificante de presentación - Proceso selectivo 2026/PE/07", "Mon, 16 Feb 2026 12:12:12 +0100",
    text="""JUSTIFICANTE DE PRESENTACIÓN

Número de registro: REGAGE26e00001234567
Fecha y hora de presentación: 16/02/2026 12:12:12
Interesada: ORTIZ HERRERA, VALENTINA
Asunto: Solicitud de admisión - Proceso selectivo 2026/PE/07 - Técnico/a Comercial de
Mercados Latinoamericanos (personal laboral)

Su solicitud ha sido registrada correctamente. La relación provisional de personas admitidas y
excluidas se publicará en la sede electrónica.

Agencia de Promoción Exterior
""")

add("application_received", "recruiter_got_it_en", "en", "Greenvale Foods", "sean.doyle@greenvale.example.ie",
    ("Seán Doyle", "sean.doyle@greenvale.example.ie"),
    "RE: Key Account Manager (Spanish market)", "Tue, 17 Feb 2026 09:40:00 +0000", reply=True,
    text="""Thanks Valentina, got it - passing your CV to the team now. I'll come back to you either way
by the end of next week.

Seán

From: Valentina Ortiz Herrera <valentina.ortiz@example.net>
Sent: Monday, February 16, 2026 8:55 PM
To: Seán Doyle <sean.doyle@greenvale.example.ie>
Subject: Key Account Manager (Spanish market)

Hi Seán, as discussed on LinkedIn, please find my CV attached. Best, Valentina
""")

add("application_received", "computrabajo_ack_mx", "es", "Seguros La Ribera", "",
    ("Computrabajo", "avisos@computrabajo.example.com"),
    "Postulación enviada: Coordinadora de Ventas Telefónicas", "Wed, 18 Feb 2026 07:00:00 -0600",
    html="""<table width="600" style="font-family:Verdana;font-size:13px"><tr><td>
<p>¡Listo, Valentina!</p>
<p>Tu hoja de vida fue enviada a <b>Seguros La Ribera</b> para la vacante <b>Coordinadora de
Ventas Telefónicas</b> (Ciudad de México).</p>
<p>Te notificaremos cuando la empresa vea tu postulación.</p>
<p><a href="https://mx.computrabajo.example.com/candidato/postulaciones?utm_medium=email">Ver mis postulaciones</a></p>
</td></tr></table>""")

add("application_received", "personio_ack_de", "de", "Lindwurm Reisen", "",
    ("Lindwurm Reisen", "jobs-noreply@personio.example.de"),
    "Deine Bewerbung bei Lindwurm Reisen", "Thu, 19 Feb 2026 16:00:00 +0100",
    text="""Hallo Valentina,

danke für deine Bewerbung als Key Account Manager Hispanic Markets (m/w/d)! Wir haben alles
gut erhalten und melden uns, sobald wir deine Unterlagen gesichtet haben.

Leider können wir aufgrund der vielen Bewerbungen kein individuelles Feedback zu jeder
Bewerbung geben - wir melden uns aber in jedem Fall bei dir.

Viele Grüße
Dein Recruiting-Team von Lindwurm Reisen
""")

add("application_received", "university_ack_es", "es", "Universidad Atlántica de Málaga", "",
    ("Universidad Atlántica - Recursos Humanos", "noreply-rrhh@uatlantica.example.es"),
    "Registro de solicitud PAS-2026-011", "Fri, 20 Feb 2026 09:15:00 +0100",
    text="""Se ha registrado correctamente su solicitud de participación en el proceso de selección
PAS-2026-011 (Técnico/a de Relaciones con Empresas).

Referencia: 2026/011/0457
Fecha: 20/02/2026

Servicio de Recursos Humanos
Universidad Atlántica de Málaga
""")

add("application_received", "bizneo_ack_es", "es", "Viajes Oleada", "",
    ("Viajes Oleada (vía Bizneo)", "no-reply@bizneo.example.com"),
    "Hemos recibido tu CV", "Sat, 21 Feb 2026 11:45:00 +0100",
    text="""¡Hola, Valentina!

Gracias por inscribirte en la oferta Team Leader de Ventas Online. Tu CV ya está en nuestras
manos.

Lamentablemente, no podemos contestar personalmente a cada candidatura, pero si tu perfil
encaja te escribiremos para contarte los siguientes pasos.

Equipo de Talento · Viajes Oleada
""")

add("application_received", "ngo_ack_es_uy", "es", "Fundación Horizonte Sur", "seleccion@horizontesur.example.org",
    ("Selección - Fundación Horizonte Sur", "seleccion@horizontesur.example.org"),
    "Recepción de postulación - Convocatoria 04/2026", "Mon, 23 Feb 2026 13:30:00 -0300",
    text="""Estimada Valentina Ortiz:

Acusamos recibo de su postulación a la Convocatoria 04/2026 (Coordinación de Alianzas
Corporativas). La evaluación de méritos se realizará entre el 2 y el 16 de marzo.

Saludos cordiales,
Comisión de Selección
Fundación Horizonte Sur
""", charset="iso-8859-1")

add("application_received", "workday_ack_en_airline", "en", "Corvina Airlines", "",
    ("Corvina Airlines Careers", "corvina@myworkday.com"),
    "Application received: Corporate Sales Manager (R-11873)", "Tue, 10 Feb 2026 04:02:00 +0000",
    text="""Hello Valentina,

Thank you for applying for Corporate Sales Manager (R-11873) at Corvina Airlines. We have
received your application.

What happens next? A recruiter will review your profile. Candidates whose qualifications
most closely match the requirements will be contacted for an interview. Please note that we
are unable to respond to each applicant individually.

You can track the status of your application in the Candidate Home.

Corvina Airlines Talent Acquisition
""", cte="base64")

add("application_received", "ashby_ack_en_israel", "en", "Tavor Systems", "",
    ("Tavor Systems Hiring Team", "no-reply@ashbyhq.example.com"),
    "Thanks for applying to Tavor Systems", "Wed, 25 Feb 2026 06:06:00 +0000",
    text="""Hi Valentina,

Thanks for applying to the Regional Sales Manager, LATAM role at Tavor Systems! We've received
your application and our team will review it soon.

We'll let you know about next steps either way.

Tavor Systems Hiring Team

Powered by Ashby
""", cte="7bit")

# --- offers -------------------------------------------------------------------------------

add("offer", "verbal_followup_es", "es", "Solvia Cloud", "marta.bosch@solviacloud.example.es",
    ("Marta Bosch", "marta.bosch@solviacloud.example.es"),
    "Nuestra propuesta 🙂", "Thu, 19 Mar 2026 18:30:00 +0100",
    text="""Hola Valentina,

Como te avanzó Álex por teléfono esta tarde, ¡nos encantaría que te unieras a Solvia Cloud como
Sales Manager! Te resumo por aquí la propuesta:

- Salario fijo: 58.000 € brutos anuales
- Variable: hasta 22.000 € (objetivos trimestrales)
- Incorporación: 13 de abril (flexible)
- Modelo híbrido, 2 días en oficina (Barcelona)

Mañana te envío la carta oferta formal para firmar. Cualquier duda me dices.

¡Un abrazo y enhorabuena!
Marta
""")

add("offer", "offer_letter_attached_en", "en", "Nimbus Stay", "diego.alvarado@nimbusstay.example.com",
    ("Diego Alvarado", "diego.alvarado@nimbusstay.example.com"),
    "Offer - Partnerships Manager (Spain)", "Tue, 24 Mar 2026 17:00:00 +0000",
    text="""Hi Valentina,

I'm delighted to share that we'd like to offer you the role of Partnerships Manager (Spain) at
Nimbus Stay. Please find your offer letter attached, which covers base salary, bonus, equity
and your proposed start date of 4 May.

Could you let us know your decision by Friday 27 March? Happy to jump on a call if you have
any questions.

Welcome (hopefully!),
Diego Alvarado
Head of Partnerships EMEA | Nimbus Stay

[Attachment: Nimbus_Stay_Offer_Letter_VOrtiz.pdf]
""", cte="7bit")

add("offer", "conditional_offer_uk_en", "en", "Harrow & Finch", "eleanor.pike@harrowfinch.example.co.uk",
    ("Eleanor Pike", "eleanor.pike@harrowfinch.example.co.uk"),
    "Conditional offer of employment", "Wed, 20 May 2026 10:00:00 +0100",
    text="""Dear Valentina

Further to your interview on 14 May, I am pleased to offer you the position of Partnerships
Director (Iberia) with Harrow & Finch, subject to satisfactory references and right-to-work
checks.

Please find the conditional offer letter and contract enclosed. Kindly sign and return them by
27 May. Once references are received we shall confirm the offer as unconditional.

Kind regards
Eleanor Pike
Recruitment Coordinator | Harrow & Finch
""", charset="windows-1252", cte="7bit")

add("offer", "contrato_firmar_ar_vos", "es", "Pampa Pay", "tomas@pampapay.example.com.ar",
    ("Tomás Iriarte", "tomas@pampapay.example.com.ar"),
    "Propuesta formal - Sales Manager Pymes", "Mon, 06 Apr 2026 12:00:00 -0300",
    text="""Valentina!

Te mando la propuesta formal, como hablamos el viernes. Queremos que seas nuestra Sales
Manager Pymes 🎉

Te adjunto el contrato para que lo revises y lo firmes por DocuSign: remuneración bruta
mensual, bono semestral, prepaga para vos y tu grupo familiar y 3 semanas de vacaciones.
Si tenés dudas con algo, llamame cuando quieras.

Ojalá nos digas que sí!
Tomás Iriarte
Head of Sales | Pampa Pay
""")

add("offer", "pleased_to_offer_canada_fr", "fr", "Boréal Télécom", "genevieve.tremblay@borealtelecom.example.ca",
    ("Geneviève Tremblay", "genevieve.tremblay@borealtelecom.example.ca"),
    "Offre d'emploi - Directrice des comptes", "Thu, 16 Apr 2026 15:30:00 -0400",
    text="""Bonjour Valentina,

C'est avec grand plaisir que nous te présentons une offre d'emploi pour le poste de Directrice
des comptes, marché hispanophone, chez Boréal Télécom. Tu trouveras ci-joint la lettre d'offre
détaillant la rémunération, les avantages sociaux et la date d'entrée en fonction proposée.

Merci de nous faire part de ta décision d'ici le 23 avril.

Félicitations!
Geneviève Tremblay
Boréal Télécom
""")

add("offer", "workday_offer_es", "es", "Banco Pacífico Sur", "",
    ("Banco Pacífico Sur", "bancopacificosur@myworkday.com"),
    "Tiene una oferta pendiente de revisión", "Tue, 21 Apr 2026 08:00:00 -0500",
    text="""Estimada Valentina Ortiz Herrera:

Nos complace comunicarle que Banco Pacífico Sur le ha extendido una oferta laboral para la
posición Gerente de Banca Pyme (JR-00871).

Para revisar y aceptar la oferta, ingrese al portal de candidatos antes del 28/04/2026:
https://bancopacificosur.wd5.myworkday.com/candidato/tareas

Atentamente,
Gestión del Talento
Banco Pacífico Sur
""", charset="iso-8859-1")

add("offer", "de_vertragsangebot", "de", "Sonnenhof Hotels", "karriere@sonnenhof.example.de",
    ("Sonnenhof Hotels Karriere", "karriere@sonnenhof.example.de"),
    "Ihr Vertragsangebot", "Fri, 27 Mar 2026 12:00:00 +0100",
    text="""Liebe Frau Ortiz Herrera,

wir freuen uns sehr, Ihnen nach den Gesprächen mit unserer Geschäftsführung die Position als
Director of Sales (m/w/d) in unserem Haus in Palma anbieten zu können. Anbei erhalten Sie den
Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar
bis zum 10. April zurück.

Wir freuen uns auf die Zusammenarbeit!

Herzliche Grüße
Sabine Ertl
Sonnenhof Hotels GmbH & Co. KG
""", charset="iso-8859-1")

add("offer", "mx_carta_oferta_usted", "es", "Grupo Alimentos Tláloc", "frios@tlaloc.example.com",
    ("Fernanda Ríos", "frios@tlaloc.example.com"),
    "Carta oferta - Gerente Comercial Occidente", "Mon, 15 Jun 2026 11:20:00 -0600",
    text="""Estimada Lic. Ortiz:

Con mucho gusto le compartimos la carta oferta para la posición de Gerente Comercial
Occidente, con base en Guadalajara, Jal. En ella encontrará el sueldo mensual bruto,
prestaciones superiores a las de ley (vales, SGMM, fondo de ahorro) y la fecha tentativa de
ingreso, 1 de julio de 2026.

Le pedimos de favor devolverla firmada a más tardar el viernes 19 de junio.

Atentamente,
Lic. Fernanda Ríos
Atracción de Talento | Grupo Alimentos Tláloc
""", charset="windows-1252")

add("offer", "agency_offer_es_exclam", "es", "Hotel Mirador Atlántico", "javi@headhuntersol.example.es",
    ("Javier Luengo", "javi@headhuntersol.example.es"),
    "OFERTAAAA", "Wed, 25 Feb 2026 19:02:00 +0100",
    text="""¡¡Valentina!!

¡Lo tenemos! Los del Mirador Atlántico me acaban de confirmar que quieren ofrecerte la posición de Directora de
Ventas y Marketing. 62k fijo + 15% de variable + alojamiento el primer mes. Mañana te llama la
DG para dártelo ella en persona y te mandan la oferta por escrito.

¡¡ENHORABUENA!! Te lo has currado un montón 🥳

Javi
Head Hunter Sol
""")

add("offer", "pe_oferta_formal", "es", "Kallpa Energía", "vquispe@kallpaenergia.example.pe",
    ("Verónica Quispe", "vquispe@kallpaenergia.example.pe"),
    "Oferta laboral - Key Account Manager Industria", "Tue, 31 Mar 2026 10:00:00 -0500",
    text="""Estimada Valentina:

Es grato comunicarle que ha sido seleccionada para ocupar el puesto de Key Account Manager
Industria en Kallpa Energía. Adjuntamos la oferta laboral con las condiciones acordadas.

Le agradeceremos confirmar su aceptación firmando el documento y enviándolo por este medio
hasta el 6 de abril.

Saludos cordiales,
Verónica Quispe
Analista de Selección - Kallpa Energía
""", charset="iso-8859-1", cte="base64")

# --- other: everything else a job seeker's inbox holds -----------------------------------------

LIST = {"List-Unsubscribe": "<https://mail.example.org/unsub?u=8812>, <mailto:unsubscribe@mail.example.org>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

add("other", "linkedin_job_alert_en", "en", "", "",
    ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
    "\"sales manager\": 12 new jobs in Dublin", "Mon, 09 Feb 2026 07:02:00 +0000",
    text="""Your job alert for sales manager in Dublin, County Dublin, Ireland

Sales Manager - Iberia
Orbitra - Dublin (Hybrid)
View job: https://www.linkedin.example.com/comm/jobs/view/1?trk=eml

Regional Sales Manager
Greenvale Foods - Dublin
View job: https://www.linkedin.example.com/comm/jobs/view/2?trk=eml

Head of Customer Success
Lighthouse Pay - Dublin
View job: https://www.linkedin.example.com/comm/jobs/view/3?trk=eml

See all jobs: https://www.linkedin.example.com/comm/jobs/search?trk=eml
Unsubscribe: https://www.linkedin.example.com/comm/jobs/alerts?trk=unsub
""",
    html="""<table width="600" style="font-family:Arial"><tr><td>
<p>Your job alert for <b>sales manager</b> in Dublin, County Dublin, Ireland</p>
<p><a href="https://www.linkedin.example.com/comm/jobs/view/1?trk=eml">Sales Manager - Iberia</a><br>Orbitra · Dublin (Hybrid)<br>Actively recruiting</p>
<p><a href="https://www.linkedin.example.com/comm/jobs/view/2?trk=eml">Regional Sales Manager</a><br>Greenvale Foods · Dublin<br>Be an early applicant</p>
<p><a href="https://www.linkedin.example.com/comm/jobs/view/3?trk=eml">Head of Customer Success</a><br>Lighthouse Pay · Dublin<br>12 applicants</p>
<p><a href="https://www.linkedin.example.com/comm/jobs/search?trk=eml">See all jobs</a></p>
<p style="font-size:11px;color:#666">You are receiving Job Alert emails. <a href="https://www.linkedin.example.com/comm/jobs/alerts?trk=unsub">Unsubscribe</a></p>
</td></tr></table>""", headers=dict(LIST, **{"List-Id": "<jobalerts.linkedin.example.com>"}))

add("other", "indeed_alerta_es", "es", "", "",
    ("Indeed", "alert@indeed.example.com"),
    "Nuevos empleos: Key Account Manager en Madrid", "Tue, 10 Feb 2026 06:15:00 +0100",
    text="""Key Account Manager - Madrid

Key Account Manager Telco
Ibérica de Telecomunicaciones - Madrid
Solicitud sencilla · Hace 1 día
https://es.indeed.example.com/rc/clk?jk=aa11

KAM Sector Hotelero
Cadena Hotelera Sol y Luna - Madrid
Hace 2 días
https://es.indeed.example.com/rc/clk?jk=bb22

Account Manager (inglés alto)
Nube Norte - Madrid (híbrido)
https://es.indeed.example.com/rc/clk?jk=cc33

Ver todos los empleos: https://es.indeed.example.com/jobs?q=key+account+manager&l=Madrid

Recibes este correo porque creaste una alerta de empleo. Cancelar suscripción:
https://es.indeed.example.com/alert/unsubscribe?id=77
""", headers=LIST)

add("other", "stepstone_digest_de", "de", "", "",
    ("StepStone Jobagent", "jobagent@stepstone.example.de"),
    "7 neue Jobs für \"Vertriebsleiter\"", "Wed, 11 Feb 2026 08:00:00 +0100",
    text="""Hallo Valentina,

Ihr Jobagent hat 7 neue Stellenangebote gefunden:

- Vertriebsleiter (m/w/d) Spanien & Portugal - Kaffeekontor Nord - Hamburg
- Head of Sales LATAM (m/w/d) - Lindwurm Reisen - Remote
- Key Account Manager Hotellerie (m/w/d) - Sonnenhof Hotels - München

Alle Jobs ansehen: https://www.stepstone.example.de/jobagent/ergebnisse?id=4411

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Abmelden:
https://www.stepstone.example.de/jobagent/abmelden
""", charset="iso-8859-1", headers=LIST)

add("other", "wttj_newsletter_fr", "fr", "", "",
    ("Welcome to the Jungle", "hello@welcometothejungle.example.com"),
    "Refus après un entretien : comment rebondir ?", "Thu, 12 Feb 2026 09:30:00 +0100",
    html="""<div style="font-family:Georgia,serif;max-width:600px">
<h2>Refus après un entretien : comment rebondir ?</h2>
<p>Vous avez passé trois entretiens, le courant est bien passé… et pourtant, le mail tombe :
« Nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature ».
Nos conseils pour demander un feedback et garder le moral.</p>
<p><a href="https://www.welcometothejungle.example.com/fr/articles/refus-entretien?utm_campaign=nl">Lire l'article</a></p>
<h3>Les offres de la semaine</h3>
<p><a href="https://www.welcometothejungle.example.com/fr/jobs?utm_campaign=nl">Voir 48 offres Sales à Paris et Barcelone</a></p>
<p style="font-size:11px">Vous recevez cette newsletter car vous êtes inscrit·e. <a href="https://www.welcometothejungle.example.com/unsubscribe">Se désabonner</a></p>
</div>""", headers=dict(LIST, **{"List-Id": "Welcome to the Jungle FR <newsletter.wttj.example.com>"}))

add("other", "career_newsletter_rechazo_es", "es", "", "",
    ("Carrera Comercial · newsletter", "hola@carreracomercial.example.com"),
    "🧭 Nº 47: Cuando no te eligen (y qué hacer con el feedback)", "Sun, 15 Feb 2026 08:00:00 +0100",
    text="""¡Hola!

Esta semana hablamos de algo que todas hemos vivido: el correo que empieza con "Lamentablemente,
en esta ocasión hemos decidido continuar con otros candidatos". Tres ideas:

1. No lo tomes como un juicio sobre tu valía: muchas veces la vacante se congela o hay un
   candidato interno.
2. Pide feedback concreto en 48h, con una pregunta cerrada.
3. Si no te presentaste a una entrevista por un imprevisto, escribe cuanto antes pidiendo
   disculpas y proponiendo dos horarios.

Además: 5 plantillas para responder a una oferta y negociar el variable.

Nos leemos el domingo que viene,
Clara

Te has suscrito en carreracomercial.example.com · Darte de baja: https://carreracomercial.example.com/baja
""", headers=dict(LIST, **{"List-Id": "Carrera Comercial <news.carreracomercial.example.com>"}))

add("other", "sales_leadership_newsletter_en", "en", "", "",
    ("The Revenue Room", "newsletter@revenueroom.example.com"),
    "Your interview loop is broken (and how to fix it)", "Tue, 17 Feb 2026 13:00:00 +0000",
    text="""THE REVENUE ROOM - Issue #112

This week: why candidates ghost your interview loop, and why "we've decided to move forward
with other candidates" emails are costing you referrals.

* Invite candidates with clear agendas. A no-show rate above 10% is a process smell.
* Reschedule with empathy: own the change, offer three slots.
* Offer stage: verbal first, letter within 24 hours.

Read online: https://revenueroom.example.com/112?utm_source=email

You're receiving this because you subscribed at revenueroom.example.com.
Unsubscribe: https://revenueroom.example.com/unsubscribe
""", cte="7bit", headers=dict(LIST, **{"List-Id": "<revenueroom.example.com>"}))

add("other", "inmail_cold_outreach_en", "en", "", "ryan.kowalski@apexsearch.example.com",
    ("Ryan Kowalski", "ryan.kowalski@apexsearch.example.com"),
    "Opportunities in SaaS sales leadership", "Wed, 18 Feb 2026 16:44:00 +0000",
    text="""Hi Valentina,

I came across your profile and was really impressed by your background in customer success
and account management across LATAM and Spain!!

I specialise in placing revenue leaders with high-growth SaaS companies in Miami and remote
across the Americas. I don't have a specific role for you right now, but I'd love to add you
to my network so I can keep you in mind as things come up.

If you're open to it, feel free to send over an updated CV whenever suits.

Best,
Ryan Kowalski
Principal Consultant | Apex Search Partners
+1 (786) 555-0199
""", cte="7bit")

add("other", "headhunter_base_datos_es", "es", "", "n.campos@seleccionfutura.example.es",
    ("Natalia Campos", "n.campos@seleccionfutura.example.es"),
    "Tu perfil", "Thu, 19 Feb 2026 10:22:00 +0100",
    text="""Hola Valentina:

Soy Natalia, consultora en Selección Futura. Trabajamos procesos de mandos intermedios y
dirección comercial para empresas de hostelería y turismo en Andalucía.

He visto tu perfil en LinkedIn y me ha parecido muy interesante para nuestra base de datos.
Si te apetece, envíame tu CV actualizado y tu banda salarial, y te tendré en cuenta para los
procesos que abramos en los próximos meses.

Un saludo,
Natalia Campos
Selección Futura · Consultoría de RR. HH.
""")

add("other", "podcast_interview_en", "en", "", "hello@cspodcast.example.org",
    ("The CS Leaders Podcast", "hello@cspodcast.example.org"),
    "Interview request: The CS Leaders Podcast", "Fri, 20 Feb 2026 15:00:00 +0000",
    text="""Hi Valentina,

We loved your LinkedIn post on onboarding bilingual customers, and we'd like to invite you on
The CS Leaders Podcast for a 40-minute interview about scaling customer success in LATAM.

We record on Riverside; you can pick a recording slot here:
https://calendly.com/cspodcast/recording

No prep needed beyond a good mic. Episodes go live about 3 weeks after recording.

Cheers,
Mo & Priscila
The CS Leaders Podcast
""", cte="7bit")

add("other", "radio_entrevista_es", "es", "", "produccion@radiocosta.example.es",
    ("Producción - Radio Costa", "produccion@radiocosta.example.es"),
    "Entrevista en el programa 'Emprende en Málaga'", "Mon, 23 Feb 2026 12:30:00 +0100",
    text="""Hola Valentina,

Te escribimos del programa "Emprende en Málaga" de Radio Costa. Estamos preparando un
especial sobre mujeres en puestos comerciales del sector turístico y nos encantaría hacerte
una entrevista en directo de unos 10 minutos, el jueves 5 de marzo a las 12:15 (por teléfono).

¿Te animas? Si nos confirmas, te pasamos las preguntas orientativas.

Un saludo,
Irene Salas
Producción · Radio Costa
""")

add("other", "user_research_interview_es", "es", "", "research@bizum-like.example.com",
    ("Equipo de Research · Cartera", "research@bizum-like.example.com"),
    "¿Nos ayudas a mejorar Cartera? 30 min y un cheque regalo de 40 €", "Tue, 24 Feb 2026 11:00:00 +0100",
    text="""Hola Valentina,

Estamos rediseñando cómo se envían pagos entre amigos en la app Cartera y buscamos personas
usuarias para una entrevista de investigación de 30 minutos por videollamada.

No hay respuestas correctas ni incorrectas: solo queremos entender cómo usas la app. Como
agradecimiento, te enviaremos un cheque regalo de 40 €.

Elige un hueco aquí: https://research.cartera.example.com/agenda

Gracias,
Laia, UX Researcher en Cartera
""")

add("other", "candidate_experience_survey_en", "en", "", "",
    ("Parcelwise via SurveyFlow", "surveys@surveyflow.example.com"),
    "How was your interview experience with Parcelwise?", "Thu, 26 Feb 2026 14:00:00 +0000",
    text="""Hi Valentina,

You recently went through our hiring process. We'd love to hear about your experience - the
survey takes 2 minutes and is completely anonymous. Your answers will not affect any hiring
decision.

Start the survey: https://surveyflow.example.com/s/pw-cx-2026?c=1182

Thank you!
""", cte="7bit", headers={"Precedence": "bulk"})

add("other", "friend_own_rejection_es", "es", "", "carolina.mendez@example.com",
    ("Carolina Méndez", "carolina.mendez@example.com"),
    "uff", "Fri, 27 Feb 2026 22:47:00 +0100",
    text="""Vale!! Me acaban de rechazar en lo de la aerolínea 😭 después de CUATRO entrevistas. Me dicen
que "han decidido continuar con otro perfil que se ajusta más". Estoy de bajón total.

¿Cómo llevas tú lo tuyo? ¿Te llamaron al final los del banco? El sábado cañas y nos
desahogamos, ¿vale?

Besos,
Caro
""")

add("other", "friend_offer_news_en", "en", "", "josh.h@example.org",
    ("Josh Halloran", "josh.h@example.org"),
    "guess who got the offer", "Sat, 28 Feb 2026 09:15:00 +0000",
    text="""V!! I got the offer from the Dublin fintech!! They offered me the team lead job yesterday,
contract signed this morning. Still can't believe it after that awful panel interview.

Drinks on me when you're over in April. How's your search going?

J
""", cte="7bit")

add("other", "pedido_retrasado_es", "es", "", "",
    ("Tiendaverde", "pedidos@tiendaverde.example.com"),
    "Tu pedido #TV-558201 llegará más tarde de lo previsto", "Mon, 02 Mar 2026 09:09:00 +0100",
    text="""Hola Valentina,

Lamentablemente tu pedido #TV-558201 se ha retrasado por una incidencia en el centro
logístico. La nueva fecha estimada de entrega es el jueves 5 de marzo.

Sentimos las molestias. Puedes seguir el envío aquí:
https://tiendaverde.example.com/seguimiento/TV-558201

Equipo Tiendaverde
No respondas a este correo.
""")

add("other", "order_delayed_en", "en", "", "",
    ("QuickBite", "no-reply@quickbite.example.com"),
    "Unfortunately your order is delayed", "Tue, 03 Mar 2026 20:41:00 +0000",
    text="""Hi Valentina,

Unfortunately your order from Tacos Don Beto is running about 20 minutes late. Your rider is
on the way. We've added a EUR 3 credit to your account for the trouble.

Track your order in the app.

QuickBite
""", cte="7bit")

add("other", "gps_position_es", "es", "", "",
    ("Localiza Mi Coche", "alertas@localizamicoche.example.com"),
    "Nueva posición de tu vehículo 1234-KLM", "Wed, 04 Mar 2026 02:13:00 +0100",
    text="""Alerta de posición

Tu vehículo 1234-KLM ha salido de la zona segura "Casa".
Última posición registrada: 40.4378, -3.6795 (Calle de Ríos Rosas, Madrid) a las 02:12.

Ver en el mapa: https://app.localizamicoche.example.com/mapa?v=1234KLM

Si no reconoces este movimiento, contacta con el servicio de asistencia.
""")

add("other", "find_device_position_en", "en", "", "",
    ("Tracker Tag", "notify@trackertag.example.com"),
    "Your tag \"Backpack\" updated its position", "Thu, 05 Mar 2026 18:30:00 +0000",
    text="""Your Tracker Tag "Backpack" was last seen near Grafton Street, Dublin 2 at 18:26.

Position accuracy: 15 m. Open the app to see its location on the map.

You're receiving this because Left Behind alerts are on.
""", cte="7bit")

add("other", "tarjeta_credito_solicitud_es", "es", "", "",
    ("Banco Meridiano", "avisos@bancomeridiano.example.es"),
    "Hemos recibido tu solicitud de tarjeta de crédito", "Fri, 06 Mar 2026 10:02:00 +0100",
    text="""Hola Valentina:

Hemos recibido correctamente tu solicitud de la Tarjeta Meridiano Oro. Nuestro equipo de
riesgos la está estudiando y te comunicaremos la decisión en un plazo máximo de 5 días hábiles.

Número de solicitud: TC-2026-0348811

Gracias por confiar en Banco Meridiano.

Este es un mensaje automático, por favor no respondas.
""", charset="iso-8859-1")

add("other", "loan_application_en_miami", "en", "", "",
    ("Sunbay Credit Union", "loans-noreply@sunbaycu.example.com"),
    "Application received - Personal Loan #PL-0098812", "Sat, 07 Mar 2026 15:00:00 -0500",
    text="""Dear Valentina Ortiz Herrera,

Thank you for applying for a personal loan with Sunbay Credit Union. We have received your
application and will review it within 2-3 business days. We may contact you if we need
additional documents such as proof of income.

Application number: PL-0098812

Sunbay Credit Union | NMLS #000000 | Equal Housing Opportunity
""", cte="7bit")

add("other", "apartment_rejected_en", "en", "", "leasing@baysidelofts.example.com",
    ("Bayside Lofts Leasing", "leasing@baysidelofts.example.com"),
    "Your rental application - Unit 4B", "Mon, 09 Mar 2026 12:00:00 -0500",
    text="""Hi Valentina,

Thank you for applying for Unit 4B at Bayside Lofts. Unfortunately, the owner has decided to
move forward with another applicant for this unit. We will refund your application fee
within 5 business days.

We have other 1-bedroom units opening in May - let us know if you'd like a tour.

Bayside Lofts Leasing Office
""", cte="7bit")

add("other", "piso_denegado_es", "es", "", "",
    ("Pisofácil", "no-reply@pisofacil.example.es"),
    "Respuesta a tu solicitud de alquiler en Calle Larios", "Tue, 10 Mar 2026 17:30:00 +0100",
    text="""Hola Valentina,

El propietario del piso en Calle Larios, 12 (Málaga) ha revisado tu solicitud y,
lamentablemente, ha decidido seguir adelante con otro inquilino.

Te recomendamos estos pisos similares: https://pisofacil.example.es/similares?ref=1298

Equipo Pisofácil
""")

add("other", "mba_admission_decline_en", "en", "", "",
    ("Admissions - Liffey Business School", "admissions-noreply@liffeybs.example.ie"),
    "Your application to the Executive MBA", "Wed, 11 Mar 2026 09:00:00 +0000",
    text="""Dear Valentina,

Thank you for your application to the Executive MBA programme (September 2026 intake). The
Admissions Committee has carefully reviewed your application and we regret to inform you that
we are unable to offer you a place on this occasion.

We received a record number of applications this year.

Admissions Office
Liffey Business School
""", cte="7bit")

add("other", "master_admitida_es", "es", "", "",
    ("Admisiones · Escuela de Negocios del Sur", "admisiones@ens.example.es"),
    "Resolución de admisión - Máster en Dirección Comercial", "Thu, 12 Mar 2026 13:00:00 +0100",
    text="""Estimada Valentina:

Nos complace comunicarte que has sido admitida en el Máster en Dirección Comercial y
Marketing (edición octubre 2026). Para reservar tu plaza, deberás abonar la matrícula antes del
15 de abril.

¡Enhorabuena y bienvenida!

Oficina de Admisiones
Escuela de Negocios del Sur
""")

add("other", "own_sent_thankyou_es", "es", "", "",
    (ME_NAME, ME), "Gracias por la entrevista", "Thu, 05 Mar 2026 19:20:00 +0100",
    to=("Marta Bosch", "marta.bosch@solviacloud.example.es"),
    text="""Hola Marta:

Muchas gracias a ti, a Álex y a Nuria por el role play de hoy. Me ha encantado conocer cómo
trabajáis la expansión en cuentas mid-market y me quedo con muchas ganas de seguir en el
proceso. Si necesitáis referencias, os paso los contactos cuando me digáis.

Un saludo,
Valentina Ortiz Herrera
+34 600 11 22 33
""")

add("other", "own_sent_followup_en", "en", "", "",
    (ME_NAME, ME), "Re: Head of CS - next steps?", "Mon, 09 Feb 2026 10:12:00 -0500", reply=True,
    to=("Dan Weller", "dan.weller@skyloft.example.com"),
    text="""Hi Dan, just checking in on next steps for the Head of Customer Success role after our
conversation last week. Happy to share anything else you need.

Best,
Valentina

On Mon, Feb 2, 2026 at 4:30 PM Dan Weller <dan.weller@skyloft.example.com> wrote:
> Great talking today Valentina. Unfortunately I'm travelling next week but I'll get back
> to you on next steps soon. We're interviewing a couple more people.
""", cte="7bit")

add("other", "own_sent_declines_es", "es", "", "",
    (ME_NAME, ME), "Re: Oferta laboral - Key Account Manager Industria", "Thu, 02 Apr 2026 09:00:00 +0200", reply=True,
    to=("Verónica Quispe", "vquispe@kallpaenergia.example.pe"),
    text="""Estimada Verónica:

Muchas gracias por la oferta y por todo el proceso. Después de pensarlo mucho, he decidido
no aceptarla, ya que he recibido otra propuesta que encaja mejor con mi situación familiar en
España. Ha sido un placer conoceros.

Un cordial saludo,
Valentina
""")

add("other", "ooo_recruiter_en", "en", "", "aoife.byrne@lighthousepay.example.ie",
    ("Aoife Byrne", "aoife.byrne@lighthousepay.example.ie"),
    "Automatic reply: Lighthouse Pay - Sales Team Lead", "Fri, 03 Apr 2026 08:00:00 +0100",
    text="""Thank you for your email. I'm out of the office until Monday 13 April with limited access to
email. For urgent recruitment matters please contact talent@lighthousepay.example.ie.

Aoife
""", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

add("other", "ooo_respuesta_automatica_es", "es", "", "javi@headhuntersol.example.es",
    ("Javier Luengo", "javi@headhuntersol.example.es"),
    "Respuesta automática: Re: Candidatura Directora de Ventas", "Mon, 06 Apr 2026 09:01:00 +0200",
    text="""Hola, estoy de vacaciones de Semana Santa hasta el 13 de abril. Para temas urgentes de
procesos de selección, escribe a info@headhuntersol.example.es. ¡Gracias!

Javi
""", headers={"Auto-Submitted": "auto-replied"})

add("other", "standup_notification_en", "en", "", "",
    ("Google Calendar", "calendar-notification@google.example.com"),
    "Notification: CS Daily Standup @ Mon Mar 16, 2026 9:30am - 9:45am (CET)", "Mon, 16 Mar 2026 08:20:00 +0000",
    text="""This is a reminder for:

CS Daily Standup
Monday Mar 16, 2026 ⋅ 9:30am – 9:45am
Central European Time - Madrid
Join with Google Meet: meet.google.example.com/xyz-abcd-efg

Calendar: valentina.ortiz@example.net

Invitation from Google Calendar
You are receiving this email because you are subscribed to notifications for calendar
valentina.ortiz@example.net.
""")

add("other", "one_on_one_teams_es", "es", "", "",
    ("Microsoft Outlook", "no-reply@actualempleo.example.com"),
    "Recordatorio: 1:1 semanal con Pablo", "Wed, 18 Mar 2026 08:45:00 +0100",
    text="""1:1 semanal con Pablo
miércoles, 18 de marzo de 2026, 10:00-10:30
Reunión de Microsoft Teams

Únase a la reunión ahora: https://teams.example.com/l/meetup-join/19%3ameeting_1

Este es un recordatorio automático de su calendario.
""", ics=ics("1on1-weekly-pablo@actualempleo.example.com", "20260318T090000Z", "20260318T093000Z",
              "1:1 semanal con Pablo", "pablo.sanz@actualempleo.example.com", "Pablo Sanz"))

add("other", "afip_domicilio_fiscal_ar", "es", "", "",
    ("AFIP - Domicilio Fiscal Electrónico", "notificaciones@afip.example.gob.ar"),
    "Tenés una nueva comunicación en tu Domicilio Fiscal Electrónico", "Thu, 19 Mar 2026 07:00:00 -0300",
    text="""Estimado/a contribuyente:

Le informamos que tiene una nueva comunicación disponible en su Domicilio Fiscal
Electrónico. Para consultarla ingrese con Clave Fiscal en www.afip.example.gob.ar.

CUIT: 27-XXXXXXXX-4
Asunto: Régimen Simplificado - Recategorización

Este es un mensaje automático. Por favor no responda.
""", charset="iso-8859-1")

add("other", "sat_buzon_tributario_mx", "es", "", "",
    ("SAT Buzón Tributario", "buzon@sat.example.gob.mx"),
    "Aviso: Tienes un mensaje en tu Buzón Tributario", "Fri, 20 Mar 2026 10:30:00 -0600",
    text="""Estimada contribuyente ORTIZ HERRERA VALENTINA:

Se ha depositado un nuevo mensaje de interés en tu Buzón Tributario. Ingresa con tu RFC y
contraseña o e.firma para consultarlo.

Servicio de Administración Tributaria
""")

add("other", "hacienda_renta_es", "es", "", "",
    ("Agencia Tributaria", "notificaciones@agenciatributaria.example.es"),
    "Campaña de Renta 2025: su borrador ya está disponible", "Wed, 08 Apr 2026 09:00:00 +0200",
    text="""Estimada contribuyente:

Le informamos de que ya puede consultar su borrador de la declaración de la Renta 2025 en la
Sede electrónica. Le recordamos que el plazo de presentación finaliza el 30 de junio de 2026.

Agencia Tributaria
Este correo se ha enviado desde una dirección que no admite respuestas.
""")

add("other", "telco_factura_es", "es", "", "",
    ("Movilonda", "facturas@movilonda.example.es"),
    "Tu factura de marzo ya está disponible", "Thu, 02 Apr 2026 06:00:00 +0200",
    text="""Hola Valentina,
Tu factura de marzo de 42,90 € ya está disponible en Mi Movilonda. Se cargará en tu cuenta el
7 de abril.
Ver factura: https://mi.movilonda.example.es/facturas
""",
    html="""<table width="600" style="font-family:Arial"><tr><td style="background:#5b2d90;color:#fff;padding:16px"><img alt="Movilonda" src="https://movilonda.example.es/logo.png"></td></tr>
<tr><td style="padding:16px"><p>Hola Valentina,</p><p>Tu factura de marzo de <b>42,90 €</b> ya está disponible en Mi Movilonda.
Se cargará en tu cuenta el 7 de abril.</p><p><a href="https://mi.movilonda.example.es/facturas?utm_source=mail">Ver factura</a></p></td></tr></table>""", cte="quoted-printable")

add("other", "gym_cuota_es", "es", "", "",
    ("FitBarrio", "socios@fitbarrio.example.es"),
    "Tu clase de spinning ha sido cancelada", "Mon, 13 Apr 2026 07:10:00 +0200",
    text="""Hola Valentina,

Sentimos comunicarte que la clase de Spinning de hoy a las 19:00 en FitBarrio Chamberí ha sido
cancelada por baja del monitor. Te hemos devuelto el crédito de la reserva.

Puedes reservar otra clase desde la app.

¡Nos vemos en el gimnasio!
FitBarrio
""")

add("other", "airline_flight_rescheduled_es", "es", "", "",
    ("Vuela Sur", "reservas-noreply@vuelasur.example.com"),
    "Cambio de horario en tu vuelo VS 6841 Madrid - Buenos Aires", "Tue, 14 Apr 2026 03:20:00 +0200",
    text="""Hola VALENTINA,

Te informamos que el horario de tu vuelo ha sido reprogramado:

Vuelo VS 6841 Madrid (MAD) - Buenos Aires (EZE)
Horario anterior: 22 de abril, 23:55
Nuevo horario: 23 de abril, 01:10

Si el nuevo horario no te conviene, puedes cambiar tu vuelo sin coste desde Mis Reservas.

Código de reserva: QX7P2L
Vuela Sur
""")

add("other", "dating_app_es", "es", "", "",
    ("Chispa", "hola@chispa-app.example.com"),
    "¡Tienes un nuevo match! 🔥", "Sat, 18 Apr 2026 22:30:00 +0200",
    text="""¡Valentina, a Andrés también le gustas!

Rompe el hielo: dile qué es lo que más te gusta de Málaga.

Abrir Chispa: https://chispa-app.example.com/matches

Para dejar de recibir estos correos, cambia tus preferencias en la app.
""", headers=LIST)

add("other", "holiday_rental_cancelled_en", "en", "", "",
    ("Staybnb", "automated@staybnb.example.com"),
    "Your reservation in Lisbon has been cancelled by the host", "Sun, 19 Apr 2026 11:00:00 +0000",
    text="""Hi Valentina,

We're sorry - your host Rui has cancelled your reservation HMX2Q8 (May 8-10, Alfama). You'll
receive a full refund within 5-7 days and a EUR 25 coupon for your next booking.

Find a similar place: https://staybnb.example.com/s/Lisbon

The Staybnb team
""", cte="7bit")

add("other", "webinar_entrevista_competencias_es", "es", "", "",
    ("Bumeran", "novedades@bumeran.example.com.ar"),
    "Webinar gratis: cómo preparar una entrevista por competencias", "Tue, 21 Apr 2026 12:00:00 -0300",
    html="""<div style="font-family:Arial;max-width:600px">
<h2 style="color:#e9462c">Webinar en vivo: ¡que no te agarre desprevenida la entrevista!</h2>
<p>Este jueves a las 19 h (Argentina) te contamos cómo responder preguntas por competencias, qué
hacer si te reprograman la entrevista y cómo pedir feedback si no quedás seleccionada.</p>
<p><a href="https://www.bumeran.example.com.ar/webinar?utm_source=newsletter">Anotate gratis</a></p>
<p style="font-size:11px">Recibís este mail porque sos usuaria de Bumeran. <a href="https://www.bumeran.example.com.ar/desuscribir">Desuscribirte</a></p>
</div>""", headers=LIST)

add("other", "bumeran_avisos_vos_ar", "es", "", "",
    ("Bumeran", "avisos@bumeran.example.com.ar"),
    "Valentina, hay 9 avisos nuevos para vos", "Wed, 22 Apr 2026 08:00:00 -0300",
    text="""Hola Valentina, estos avisos coinciden con tu búsqueda "gerente comercial":

Gerente Comercial - Cervecería del Plata - Capital Federal
Jefa de Ventas Corporativas - Pampa Pay - Remoto
Key Account Manager - Mercadito - Palermo

Ver todos: https://www.bumeran.example.com.ar/empleos?alerta=991

Desuscribirte de esta alerta: https://www.bumeran.example.com.ar/alertas/baja
""", charset="iso-8859-1", headers=LIST)

add("other", "coffee_networking_es", "es", "", "pedro.villalba@example.com",
    ("Pedro Villalba", "pedro.villalba@example.com"),
    "¿Un café?", "Thu, 23 Apr 2026 18:40:00 +0200",
    text="""¡Hola Valentina!

Me dijo Carolina que estás buscando dar el salto a dirección comercial. Yo hice ese cambio
hace dos años en una SaaS de RR. HH. y encantado te cuento cómo lo viví, sin compromiso.
¿Te apetece un café la semana que viene por Nuevos Ministerios?

Pedro
""")

add("other", "reference_request_from_colleague_en", "en", "", "sam.obrien@example.org",
    ("Sam O'Brien", "sam.obrien@example.org"),
    "Would you be a reference for me?", "Fri, 24 Apr 2026 10:05:00 +0100",
    text="""Hey Valentina,

Hope you're well! I'm in the final stage for a CS Director job and they've asked for two
references. Would you be up for a 15 min call with their recruiter next week? You managed me
at the Dublin office so you'd be perfect. Totally fine if not!

Thanks a mil,
Sam
""", cte="7bit")

add("other", "glassdoor_digest_en", "en", "", "",
    ("Glassdoor Community", "community@glassdoor.example.com"),
    "Trending: \"I got ghosted after 5 interviews\"", "Sat, 25 Apr 2026 15:00:00 +0000",
    text="""Top posts in Sales this week

"I got ghosted after 5 interviews" - 312 comments
"Offer rescinded after verbal offer - what are my rights?" - 188 comments
"Recruiter said 'we decided not to move forward' but the job is reposted?" - 97 comments

Read more: https://www.glassdoor.example.com/community/sales?utm_source=digest

Unsubscribe: https://www.glassdoor.example.com/unsubscribe
""", cte="7bit", headers=LIST)

add("other", "xing_stellen_de", "de", "", "",
    ("XING Stellenmarkt", "jobs@mail.xing.example.com"),
    "Neue Jobs, die zu Ihnen passen könnten", "Mon, 27 Apr 2026 07:30:00 +0200",
    text="""Hallo Valentina Ortiz Herrera,

diese Stellen könnten Sie interessieren:

* Teamleitung Customer Success (w/m/d) - Flinkpost - Berlin/Remote
* Sales Manager Spanien (w/m/d) - Brandfels - Hamburg

Jetzt ansehen: https://www.xing.example.com/jobs/empfehlungen

Abbestellen: https://www.xing.example.com/settings/notifications
""", headers=LIST)

add("other", "bahn_verspaetung_de", "de", "", "",
    ("Bahnreise Service", "noreply@bahnreise.example.de"),
    "Ihre Reise am 29.04.: Verspätung von ca. 45 Minuten", "Wed, 29 Apr 2026 06:40:00 +0200",
    text="""Guten Tag Frau Ortiz Herrera,

leider hat Ihr ICE 578 von Frankfurt nach Köln heute eine voraussichtliche Verspätung von
ca. 45 Minuten. Grund ist eine Reparatur an der Strecke.

Bei einer Verspätung ab 60 Minuten haben Sie Anspruch auf Fahrpreiserstattung.

Ihr Bahnreise Service
""", charset="iso-8859-1")

add("other", "rdv_medical_annule_fr", "fr", "", "",
    ("Doctomed", "no-reply@doctomed.example.fr"),
    "Votre rendez-vous du 5 mai a été annulé", "Thu, 30 Apr 2026 12:00:00 +0200",
    text="""Bonjour Valentina ORTIZ HERRERA,

Votre rendez-vous du mardi 5 mai à 09h30 avec Dr Sophie Lambert (dermatologue) a été annulé
par le cabinet. Vous pouvez reprendre rendez-vous en ligne.

L'équipe Doctomed
""")

add("other", "credit_immo_fr", "fr", "", "",
    ("Banque Populaire du Sud-Ouest", "ne-pas-repondre@bpso.example.fr"),
    "Votre demande de crédit a bien été reçue", "Mon, 04 May 2026 14:00:00 +0200",
    text="""Madame,

Nous accusons réception de votre demande de crédit à la consommation n° 2026-55812. Votre
conseiller étudiera votre dossier dans un délai de 48 heures et vous contactera.

Cordialement,
Votre agence
""", charset="iso-8859-1")

add("other", "certificado_empresa_es", "es", "", "nominas@actualempleo.example.com",
    ("Nóminas - Actual Empleo", "nominas@actualempleo.example.com"),
    "Nómina abril 2026", "Thu, 30 Apr 2026 17:00:00 +0200",
    text="""Hola,

Ya tenéis disponible la nómina de abril en el portal del empleado. Recordad que el plazo para
enviar los tickets de gastos de mayo termina el día 25.

Un saludo,
Departamento de Nóminas
""")

add("other", "press_interview_magazine_en", "en", "", "editor@saasweekly.example.com",
    ("Hannah Liu", "editor@saasweekly.example.com"),
    "Interview for SaaS Weekly's LATAM issue", "Tue, 05 May 2026 16:00:00 +0000",
    text="""Hi Valentina,

I'm putting together a feature on customer success in Latin American SaaS for our June issue
and your talk at CS Summit Madrid came highly recommended. Could I interview you for the piece?
Around 20 minutes over Zoom, any day next week. We'd quote you by name with your title.

Best,
Hannah Liu
Features Editor, SaaS Weekly
""", cte="7bit")

add("other", "insurance_application_en", "en", "", "",
    ("Harborline Insurance", "service@harborlineins.example.com"),
    "We've received your application for travel insurance", "Wed, 06 May 2026 11:11:00 +0000",
    text="""Hello Valentina,

We've received your application for annual multi-trip travel insurance. Your policy documents
will be emailed once payment is confirmed. Reference: TRV-884102.

Harborline Insurance - please do not reply to this email.
""", cte="7bit")

add("other", "forwarded_job_posting_es", "es", "", "carolina.mendez@example.com",
    ("Carolina Méndez", "carolina.mendez@example.com"),
    "Fwd: Búsqueda Head of Sales - te va perfecto", "Thu, 07 May 2026 13:13:00 +0200",
    text="""Mira esto Vale, me lo pasó una compañera, creo que te va como anillo al dedo!!

---------- Forwarded message ---------
De: Talento Puente <busquedas@talentopuente.example.com>
Date: jue, 7 may 2026 a las 11:02
Subject: Búsqueda Head of Sales - Montevideo
To: <carolina.mendez@example.com>

Nos encontramos en la búsqueda de un/a Head of Sales para una empresa de software de gestión
con sede en Montevideo. Requisitos: +8 años en ventas B2B, liderazgo de equipos, inglés
avanzado. Interesados enviar CV a busquedas@talentopuente.example.com.
""")

add("other", "linkedin_viewed_profile_en", "en", "", "",
    ("LinkedIn", "messages-noreply@linkedin.example.com"),
    "You appeared in 23 searches this week", "Mon, 11 May 2026 05:00:00 +0000",
    text="""Valentina, you appeared in 23 searches this week.

Recruiters from Nimbus Stay, Quillstack and 4 others found you through search.

See who's looking: https://www.linkedin.example.com/me/search-appearances?trk=eml

Unsubscribe: https://www.linkedin.example.com/e/unsub
""", cte="7bit", headers=LIST)

add("other", "ryanair_like_checkin_en", "en", "", "",
    ("Corvina Airlines", "no-reply@corvina.example.com"),
    "Check-in is open for your flight to Panama City", "Tue, 12 May 2026 09:00:00 -0500",
    text="""Hi VALENTINA,

Online check-in is now open for flight CV 211 Miami (MIA) - Panama City (PTY) on 13 May at
14:20. Check in now to choose your seat.

Booking reference: ZT4K9M
Corvina Airlines
""", cte="7bit")


if __name__ == "__main__":
    main()
