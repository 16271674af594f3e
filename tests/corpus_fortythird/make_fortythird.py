"""Writes the forty-third labelled corpus: three months of Mateo Salazar Quintero's inbox.

Each message below is written by hand (no templates with names swapped); this script only
wraps the text in the MIME structure, charset and transfer encoding chosen for it, adds the
quoted reply chain, calendar part or attachment, and writes labels.csv. Run it from anywhere:
`python tests/corpus_fortythird/make_fortythird.py`. Output is deterministic.
It imports only the standard library.
"""

from __future__ import annotations

import base64
import csv
import quopri
import random
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
ME = "mateo.salazar@example.net"
ME_NAME = "Mateo Salazar Quintero"
RNG = random.Random(4343)


@dataclass
class Msg:
    """One message to write, with its labels."""

    kind: str
    scenario: str
    lang: str
    company: str
    contact: str
    frm: str  # "Display Name <addr>" or bare addr
    subject: str
    body: str
    reply_to: str = ""
    fmt: str = "plain"  # plain | html | alt
    charset: str = "utf-8"
    cte: str = "quoted-printable"
    html: str = ""  # hand-written HTML; else derived from body
    quote: list[tuple[str, str, str, str]] = field(default_factory=list)  # style, who, when, text
    ics: dict[str, object] | None = None
    attach: str = ""  # file name of a (fake) PDF attachment
    headers: dict[str, str] = field(default_factory=dict)
    to: str = ""
    date: str = ""  # "2026-03-04 09:12" (UTC); required, checked in when_for
    hcharset: str = ""  # charset for RFC 2047 headers (defaults to body charset)


MESSAGES: list[Msg] = []


def m(kind: str, scenario: str, lang: str, company: str, contact: str, frm: str, subject: str,
      body: str, **kw: object) -> None:
    """Register one message (kept terse so the data below reads like an inbox)."""
    MESSAGES.append(Msg(kind, scenario, lang, company, contact, frm, subject, body, **kw))  # type: ignore[arg-type]


def _split(addr: str) -> tuple[str, str]:
    if "<" in addr:
        name, rest = addr.split("<", 1)
        return name.strip().strip('"'), rest.rstrip(">").strip()
    return "", addr.strip()


def _fix(text: str, charset: str) -> str:
    """Latin-1 has no curly quotes, euro sign or dashes; a real latin-1 mailer would have
    substituted them, so do the same rather than crash."""
    if charset.lower() in ("iso-8859-1", "latin-1"):
        for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"),
                     ("€", "EUR"), ("…", "..."), ("•", "*")):
            text = text.replace(a, b)
    return text


def _text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, charset=charset)
    raw = _fix(text, charset).encode(charset)
    if cte == "7bit" and not raw.isascii():
        cte = "quoted-printable"
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")  # BytesGenerator writes the raw bytes back
    else:
        payload = raw.decode("ascii")
    part.set_payload(payload)
    del part["MIME-Version"]
    part["Content-Transfer-Encoding"] = cte
    return part


def _hdr(value: str, charset: str) -> str | Header:
    if value.isascii():
        return value
    return Header(_fix(value, charset), charset, header_name="Subject")


def _addr(value: str, charset: str) -> str:
    name, addr = _split(value)
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((_fix(name, charset), addr), charset=charset)


QUOTE_INTRO = {
    "gmail_en": "On {when}, {who} wrote:",
    "gmail_es": "El {when}, {who} escribió:",
    "gmail_fr": "Le {when}, {who} a écrit :",
    "gmail_de": "Am {when} schrieb {who}:",
}
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
}


def _quoted(msg: Msg) -> str:
    """The reply chain under the new text, newest first, in the mail program's own style."""
    out: list[str] = []
    depth = 1
    for style, who, when, text in msg.quote:
        if style.startswith("gmail"):
            out.append("\n" + QUOTE_INTRO[style].format(when=when, who=who))
            prefix = ">" * depth + " "
            out.extend((prefix + line).rstrip() for line in text.strip("\n").splitlines())
            depth += 1
        elif style.startswith("outlook"):
            f, s, t, sub = OUTLOOK[style.split("_")[1]]
            out.append("\n________________________________")
            out.append(f"{f}: {who}\n{s}: {when}\n{t}: {ME_NAME} <{ME}>\n{sub}: {msg.subject.removeprefix('RE: ').removeprefix('Re: ')}\n")
            out.append(text.strip("\n"))
        else:  # forwarded
            out.append("\n---------- Forwarded message ---------")
            out.append(f"From: {who}\nDate: {when}\nSubject: {msg.subject.split(':', 1)[-1].strip()}\nTo: {ME}\n")
            out.append(text.strip("\n"))
    return "\n".join(out) + "\n"


def _html_from(text: str, company: str) -> str:
    """A plausible HTML rendering of the plain text: table layout, inline styles, logo alt text."""
    paras = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
    cells = "".join(
        f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        f'line-height:20px;color:#333333">{p.replace(chr(10), "<br>")}</p>'
        for p in paras)
    logo = company or "Logo"
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8"></head><body style="margin:0;padding:0;background:#f4f4f4">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center" style="padding:24px 0"><table width="600" cellpadding="0" '
        'cellspacing="0" style="background:#ffffff;border:1px solid #e0e0e0"><tr><td '
        f'style="padding:20px 32px"><img src="https://cdn.example.com/img/logo.png" alt="{logo}" '
        f'width="120" height="32" style="display:block;border:0"></td></tr><tr><td style="padding:'
        f'8px 32px 24px 32px">{cells}</td></tr></table><img src="https://t.example.com/o/'
        f'{RNG.randrange(10**9, 10**10)}.gif" width="1" height="1" alt=""></td></tr></table>'
        '</body></html>')


def _ics(msg: Msg, stamp: datetime) -> str:
    e = msg.ics or {}
    start = datetime.fromisoformat(str(e["start"])).replace(tzinfo=UTC)
    end = start + timedelta(minutes=int(e.get("minutes", 45)))  # type: ignore[call-overload]
    fmt = "%Y%m%dT%H%M%SZ"
    method = str(e.get("method", "REQUEST"))
    org_name, org = _split(str(e.get("organizer", msg.frm)))
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 16.0//ES", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{e.get('uid', 'evt-' + msg.scenario)}@example.com",
        f"DTSTAMP:{stamp.strftime(fmt)}", f"DTSTART:{start.strftime(fmt)}", f"DTEND:{end.strftime(fmt)}",
        f"SEQUENCE:{e.get('seq', 0)}", f"SUMMARY:{e['summary']}",
        f"LOCATION:{e.get('location', 'Microsoft Teams')}",
        f'ORGANIZER;CN="{org_name or org}":mailto:{org}',
        f'ATTENDEE;CN="{ME_NAME}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}',
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", "END:VEVENT", "END:VCALENDAR",
    ]
    return "".join(_fold(line) for line in lines)


def _fold(line: str) -> str:
    """RFC 5545 content lines stop at 75 octets; longer ones continue after CRLF and a space."""
    out, chunk = [], ""
    for char in line:
        if len((chunk + char).encode()) > (75 if not out else 74):
            out.append(chunk)
            chunk = ""
        chunk += char
    out.append(chunk)
    return "\r\n ".join(out) + "\r\n"


def _domain(addr: str) -> str:
    return _split(addr)[1].split("@")[-1]


def build(msg: Msg, index: int, when: datetime) -> bytes:
    """The message as bytes, structured as msg.fmt says."""
    charset, cte = msg.charset, msg.cte
    hcs = msg.hcharset or ("utf-8" if charset == "us-ascii" else charset)
    text = msg.body.strip("\n") + "\n" + (_quoted(msg) if msg.quote else "")
    html = msg.html or _html_from(text if not msg.quote else msg.body, msg.company)
    if msg.fmt == "html":
        body = _text_part(html, "html", charset, cte)
    elif msg.fmt == "alt":
        body = MIMEMultipart("alternative")
        body.attach(_text_part(text, "plain", charset, cte))
        body.attach(_text_part(html, "html", charset, cte))
    else:
        body = _text_part(text, "plain", charset, cte)
    top = body
    if msg.ics is not None:
        top = MIMEMultipart("mixed")
        top.attach(body)
        cal = _text_part(_ics(msg, when), "calendar", "utf-8", "7bit")
        cal.set_param("method", str((msg.ics or {}).get("method", "REQUEST")))
        top.attach(cal)
    if msg.attach:
        outer = MIMEMultipart("mixed")
        outer.attach(top)
        pdf = MIMEBase("application", "pdf", name=msg.attach)
        pdf.set_payload(base64.encodebytes(b"%PDF-1.4\n% placeholder\n%%EOF\n").decode("ascii"))
        pdf["Content-Transfer-Encoding"] = "base64"
        pdf.add_header("Content-Disposition", "attachment", filename=msg.attach)
        outer.attach(pdf)
        top = outer
    for n, part in enumerate(p for p in top.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{index}_{n}.{RNG.randrange(16**10):010x}")  # reproducible output
    dom = _domain(msg.frm)
    mid = f"<{when:%Y%m%d%H%M%S}.{index:03d}.{RNG.randrange(16**8):08x}@{dom}>"
    heads: list[tuple[str, str | Header]] = [
        ("From", _addr(msg.frm, hcs)),
        ("To", _addr(msg.to or f"{ME_NAME} <{ME}>", hcs)),
    ]
    if msg.reply_to:
        heads.append(("Reply-To", _addr(msg.reply_to, hcs)))
    heads += [("Subject", _hdr(msg.subject, hcs)), ("Date", format_datetime(when)),
              ("Message-ID", mid)]
    if msg.quote:
        parents = [f"<q{index:03d}.{n}.{when:%Y%m%d}@{'example.net' if 'Mateo' in q[1] else dom}>"
                   for n, q in enumerate(reversed(msg.quote))]
        heads += [("In-Reply-To", parents[-1]), ("References", " ".join(parents))]
    heads.append(("MIME-Version", "1.0"))
    heads += list(msg.headers.items())
    for name in reversed([h[0] for h in heads]):
        del top[name]
    existing = list(top.items())
    for k in list(top.keys()):
        del top[k]
    for k, v in heads:
        top[k] = v
    for k, v in existing:
        top[k] = v
    return top.as_bytes()


def when_for(msg: Msg) -> datetime:
    """Every message carries its own date, so threads and invitations stay in order."""
    if not msg.date:
        raise ValueError(f"{msg.scenario}: no date")
    return datetime.fromisoformat(msg.date).replace(tzinfo=UTC)


def main() -> None:
    for kind_dir in ROOT.iterdir():
        if kind_dir.is_dir() and not kind_dir.name.startswith("_"):
            shutil.rmtree(kind_dir)
    rows = []
    for index, msg in enumerate(MESSAGES, start=1):
        rel = f"{msg.kind}/{index:03d}_{msg.scenario}.eml"
        (ROOT / msg.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(build(msg, index, when_for(msg)))
        rows.append([rel, msg.kind, msg.company, msg.contact, msg.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


# --------------------------------------------------------------------------------------------
# The inbox, roughly in the order it arrived (January to October 2026).
# --------------------------------------------------------------------------------------------

# ---- rejections ----------------------------------------------------------------------------
m("rejection", "workday_banco", "es", "Banco Meridiano", "",
  "Banco Meridiano <bancomeridiano@myworkday.com>",
  "Actualización sobre tu candidatura - Compliance Officer (REQ-20931)",
  """
Estimado/a Mateo,

Gracias por el interés mostrado en Banco Meridiano y por haber dedicado tu tiempo a participar en nuestro proceso de selección para la posición de Compliance Officer (REQ-20931).

Tras revisar detenidamente tu candidatura, lamentamos comunicarte que en esta ocasión no continuarás en el proceso. Hemos recibido un número muy elevado de candidaturas con perfiles de gran nivel y la decisión no ha sido fácil.

Conservaremos tus datos en nuestra base de datos y te animamos a seguir consultando nuestras ofertas en el portal de empleo.

Un saludo cordial,
Dirección de Talento
Banco Meridiano

Este mensaje ha sido generado automáticamente. Por favor, no respondas a este correo.
Banco Meridiano, S.A. - Registro Mercantil de Madrid, Tomo 12.345, Folio 67, Hoja M-123456. De conformidad con el Reglamento (UE) 2016/679 (RGPD) le informamos de que sus datos serán tratados por Banco Meridiano, S.A. con la finalidad de gestionar los procesos de selección...
""", fmt="alt", date="2026-01-19 08:02", headers={"X-Mailer": "Workday Notification Service"})

m("rejection", "socio_movil_corto", "es", "Arrieta & Lozano Abogados", "ignacio.arrieta@arrietalozano.example.com",
  "Ignacio Arrieta <ignacio.arrieta@arrietalozano.example.com>", "Re: Asociado sénior mercantil",
  """
Mateo, gracias por venir el jueves. Al final nos quedamos con un perfil con más experiencia en M&A, lo siento. Te tengo en cuenta para más adelante.

Un abrazo
Ignacio

Enviado desde mi iPhone
""", quote=[("gmail_es", "Mateo Salazar Quintero <mateo.salazar@example.net>", "vie, 23 ene 2026 a las 18:40",
             "Hola Ignacio:\n\nMuchas gracias de nuevo por la entrevista de ayer, fue un placer conocer al equipo.\nQuedo a la espera de vuestras noticias.\n\nSaludos,\nMateo")],
  date="2026-01-27 21:14", charset="utf-8", cte="8bit")

m("rejection", "hays_style_agency_relay", "en", "Harcourt Pryce", "olivia.bennett@sterlinglegal.example.co.uk",
  "Olivia Bennett <olivia.bennett@sterlinglegal.example.co.uk>", "Harcourt Pryce - feedback",
  """
Hi Mateo,

Hope you're well. I've just had feedback from Harcourt Pryce on the Legal Operations Manager role and unfortunately they shan't be progressing your application to the second stage. They were really complimentary about your contracts background but felt they needed someone with more hands-on experience of CLM implementation (they mentioned Ironclad specifically).

I know that's disappointing - please don't be disheartened, it was a very strong shortlist. I've got a couple of other briefs coming in over the next few weeks that I think could suit you better, so I'll be in touch.

Kind regards,

Olivia Bennett
Senior Consultant | Legal & Compliance
Sterling Legal Recruitment
T: +44 20 7946 0321 | M: +44 7700 900456
[Sterling Legal Recruitment logo]

Sterling Legal Recruitment Ltd is registered in England and Wales (No. 09876543). This email and any attachments are confidential and intended solely for the addressee.
""", fmt="alt", charset="windows-1252", date="2026-02-03 15:31")

m("rejection", "greenhouse_soft", "en", "Finaria", "",
  "Finaria Hiring Team <no-reply@greenhouse.io>", "Your application to Finaria",
  """
Hi Mateo,

Thank you for your interest in the Privacy Counsel (EMEA) position at Finaria and for the time you invested in your application.

We've carefully reviewed your background and, while we were impressed by your experience, we've decided to pursue other candidates whose background more closely aligns with the needs of the role at this time.

We'd love to stay in touch - keep an eye on our careers page for future openings.

All the best,
The Finaria Talent Team
""", fmt="html", date="2026-02-05 17:45", cte="base64")

m("rejection", "tras_caso_practico", "es", "Castellví Advisory", "laura.pineda@castellvi.example.com",
  "Laura Pineda Roig <laura.pineda@castellvi.example.com>", "Proceso Senior Legal Ops - Castellví",
  """
Hola Mateo,

Antes de nada, gracias por el esfuerzo que pusiste en el caso práctico; se notó que le dedicaste tiempo y al equipo le gustó especialmente el análisis del flujo de aprobación de contratos.

Aun así, después de valorar a los candidatos finalistas, hemos decidido seguir adelante con otra persona cuyo perfil encaja mejor con lo que buscamos ahora mismo (sobre todo por la parte de herramientas de automatización).

Sé que no es la noticia que esperabas. Si te sirve, el viernes puedo dedicarte diez minutos por teléfono para darte feedback más detallado.

Un saludo,

Laura Pineda Roig
Talent Acquisition Lead
Castellví Advisory
Paseo de Gracia 118, 08008 Barcelona
+34 932 00 41 77
""", charset="iso-8859-1", date="2026-02-10 12:20")

m("rejection", "taleo_puesto_cubierto", "es", "Hidroeléctrica del Sella", "",
  "Hidroeléctrica del Sella - Empleo <do-not-reply@taleo.net>",
  "Hidroeléctrica del Sella: Estado de su solicitud - Técnico/a de Cumplimiento Normativo",
  """
Estimado(a) Mateo Salazar Quintero:

Le agradecemos su interés en formar parte de Hidroeléctrica del Sella.

Le informamos que la posición  Técnico/a de Cumplimiento Normativo  (Nº de solicitud: 2600412) ha sido cubierta, por lo que su candidatura no seguirá adelante en este proceso.

Su perfil permanecerá en nuestra base de datos de talento durante un período de 12 meses.

Atentamente,

Departamento de Selección
Hidroeléctrica del Sella

*** Por favor, no responda a este mensaje. Esta dirección de correo no es supervisada. ***
""", charset="iso-8859-1", cte="quoted-printable", date="2026-02-12 06:55")

m("rejection", "mexico_despacho_usted", "es", "Garza Treviño y Asociados", "rrhh@garzatrevino.example.com.mx",
  "Recursos Humanos Garza Treviño <rrhh@garzatrevino.example.com.mx>", "Seguimiento a su proceso",
  """
Lic. Mateo Salazar:

Por medio del presente le agradecemos su participación en el proceso para la vacante de Abogado Corporativo / Contract Manager en nuestra oficina de Monterrey.

Después de una cuidadosa evaluación, le comunicamos que en esta ocasión no fue seleccionado para continuar. Le deseamos el mayor de los éxitos en su desarrollo profesional y quedamos a sus órdenes para futuras oportunidades.

Saludos cordiales,

Lic. Ana Sofía Cantú
Coordinación de Capital Humano
Garza Treviño y Asociados, S.C.
Tel. +52 81 8000 0000 ext. 214
""", date="2026-02-16 23:10")

m("rejection", "lever_very_short", "en", "Contractia", "",
  "Contractia <no-reply@hire.lever.co>", "Contractia | Legal Operations Lead",
  """
Hi Mateo,

Thanks for your time, but we won't be moving forward with your application for Legal Operations Lead.

Best,
Contractia
""", date="2026-02-18 10:03", cte="7bit")

m("rejection", "de_absage_formell", "de", "Rheinwerk Energie", "karriere@rheinwerk-energie.example.de",
  "Rheinwerk Energie AG | Karriere <karriere@rheinwerk-energie.example.de>",
  "Ihre Bewerbung als Compliance Manager (m/w/d) – Kennziffer 2026-118",
  """
Sehr geehrter Herr Salazar Quintero,

vielen Dank für Ihre Bewerbung und das damit verbundene Interesse an der Rheinwerk Energie AG.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation; wir hatten lediglich Bewerberinnen und Bewerber, deren Profil noch besser zu den Anforderungen der Stelle passt.

Ihre Unterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten löschen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen

i. A. Jana Krüger
Personalabteilung

Rheinwerk Energie AG · Rheinuferstraße 40 · 40213 Düsseldorf
Vorstand: Dr. Thomas Behrens (Vors.), Sabine Vogt · Aufsichtsratsvorsitzender: Klaus Meier
Sitz der Gesellschaft: Düsseldorf · Amtsgericht Düsseldorf HRB 99999
""", charset="iso-8859-1", cte="quoted-printable", date="2026-02-20 09:41")

m("rejection", "fr_cabinet_apres_entretien", "fr", "Cabinet Delorme Avocats", "c.fabre@delorme-avocats.example.fr",
  "Claire Fabre <c.fabre@delorme-avocats.example.fr>", "Votre candidature - Juriste conformité",
  """
Bonjour Monsieur Salazar,

Je vous remercie encore pour le temps que vous nous avez consacré lors de nos deux entretiens.

Après réflexion, nous avons fait le choix de poursuivre avec un autre candidat, dont l'expérience en droit bancaire français correspond davantage à nos besoins immédiats. Ce choix a été difficile, vos échanges avec Maître Delorme ayant été très appréciés.

Je vous souhaite pleine réussite dans vos recherches et me permets de conserver votre CV si une opportunité plus adaptée se présentait.

Bien cordialement,

Claire Fabre
Responsable RH
Cabinet Delorme Avocats
12 rue de la République - 69002 Lyon
Tél. : 04 78 00 00 00
""", fmt="alt", charset="iso-8859-1", date="2026-02-24 16:12")

m("rejection", "colombia_tu_on_hold", "es", "Cobre Pagos", "valentina.rojas@cobrepagos.example.co",
  "Valentina Rojas <valentina.rojas@cobrepagos.example.co>", "Update",
  """
Hola Mateo, ¿cómo vas?

Te escribo para contarte que la vacante de Legal & Compliance Manager quedó congelada: la dirección decidió pausar las contrataciones de este semestre por presupuesto, así que no vamos a continuar con el proceso por ahora.

Qué pena contigo porque ibas muy bien en el proceso. Si se reactiva te aviso de primeras, pero honestamente no creo que sea antes de fin de año.

Un abrazo,
Vale

Valentina Rojas | People & Culture
Cobre Pagos · Medellín
""", date="2026-02-26 22:35")

m("rejection", "indian_english_regret", "en", "Sundaram Legal Process Services", "hr.recruit@sundaramlps.example.in",
  "HR Recruitment <hr.recruit@sundaramlps.example.in>", "Application Status - Contract Management Specialist",
  """
Dear Mateo,

Greetings from Sundaram Legal Process Services!

We thank you for applying for the position of Contract Management Specialist (Remote - EMEA desk) and for attending the assessment round held on 24th February.

We regret to inform you that your profile has not been shortlisted for the next round of the selection process. Kindly note that this decision is based on the specific requirements of the role and is not a reflection on your capabilities.

We shall keep your resume in our database and do revert to you should a suitable opening arise in future.

Wishing you all the very best.

Warm Regards,
Priya Raghunathan
Talent Acquisition Team
Sundaram Legal Process Services Pvt. Ltd.
Chennai | Bengaluru | Pune

DISCLAIMER: The information contained in this electronic message and any attachments to this message are intended for the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information.
""", charset="windows-1252", date="2026-03-02 05:48")

m("rejection", "smartrecruiters_role_cancelled", "es", "Almacenes Ferrándiz", "",
  "Almacenes Ferrándiz <noreply@smartrecruiters.com>", "Información sobre el puesto de Responsable de Protección de Datos",
  """
Hola Mateo:

Te escribimos en relación con tu candidatura a Responsable de Protección de Datos (DPO) en Almacenes Ferrándiz.

Por una reorganización interna, la posición se ha cancelado y el proceso de selección queda cerrado. Sentimos las molestias y te agradecemos sinceramente el interés.

Si lo deseas, puedes seguir nuestras ofertas en la web de empleo.

Equipo de Selección de Almacenes Ferrándiz
""", fmt="html", cte="base64", date="2026-03-04 11:27")

m("rejection", "argentina_estudio", "es", "Bulló & Iturraspe Abogados", "mgonzalez@bulloiturraspe.example.com.ar",
  "Martina González <mgonzalez@bulloiturraspe.example.com.ar>", "RE: Entrevista - Legal Ops",
  """
Hola Mateo, ¿qué tal?

Te quería agradecer por la charla del lunes con Federico y con el equipo. Lamentablemente, vamos a avanzar con otro candidato para la posición. Fue una decisión muy pareja.

Te mando un saludo grande y mucha suerte con la búsqueda!

Martina González
Recursos Humanos
Bulló & Iturraspe Abogados
Av. Leandro N. Alem 1000, piso 8, CABA
""", quote=[("outlook_es", "Martina González <mgonzalez@bulloiturraspe.example.com.ar>", "martes, 3 de marzo de 2026 11:02",
             "Hola Mateo,\n\nTe confirmo la entrevista con Federico Bulló (socio) el jueves 5 a las 10 hs de Argentina por Meet.\n\nSaludos,\nMartina")],
  date="2026-03-11 14:05", charset="windows-1252")

m("rejection", "polish_owned_english", "en", "Wisła Software Group", "agnieszka.nowak@wislasoft.example.pl",
  "Agnieszka Nowak <agnieszka.nowak@wislasoft.example.pl>", "Re: your application",
  """
Dear Mateo,

Thank you for interview with our General Counsel last week and for your patience.

After consideration we have decided to continue the recruitment process with other candidate, whose experience with software licensing in CEE region is more close to our current needs. It was not easy decision.

We wish you good luck in the next steps of your career and we hope we can stay in contact.

Best regards,
Agnieszka Nowak
HR Business Partner
Wisła Software Group S.A.
ul. Grzybowska 5, 00-132 Warszawa
""", quote=[("gmail_en", "Mateo Salazar Quintero <mateo.salazar@example.net>", "Mon, 9 Mar 2026 at 10:15",
             "Dear Agnieszka,\n\nI just wanted to follow up on my interview with Mr. Kowalski on 3 March. Is there any news on the process?\n\nKind regards,\nMateo")],
  hcharset="utf-8", date="2026-03-13 09:30")

m("rejection", "personio_de_kurz", "de", "Lexplan", "",
  "Lexplan GmbH <noreply@personio.de>", "Deine Bewerbung bei Lexplan",
  """
Hallo Mateo,

danke für deine Bewerbung als Legal Operations Specialist (remote) und dein Interesse an Lexplan!

Wir haben uns deine Unterlagen genau angesehen, uns am Ende aber für andere Kandidat:innen entschieden, die mehr Erfahrung mit deutschem Vertragsrecht mitbringen.

Wir wünschen dir viel Erfolg bei der weiteren Suche!

Viele Grüße
Dein Lexplan People Team
""", fmt="alt", cte="base64", date="2026-03-16 13:13")

m("rejection", "ayuntamiento_lista_provisional", "es", "Ayuntamiento de Torrealba", "seleccion@torrealba.example.es",
  "Servicio de Selección de Personal <seleccion@torrealba.example.es>",
  "Proceso selectivo TAG Contratación - No admisión a la fase de entrevista",
  """
Sr. D. Mateo Salazar Quintero

En relación con el proceso selectivo para la provisión, mediante concurso, de una plaza de Técnico de Administración General (Área de Contratación Pública), le comunicamos que, una vez valorados los méritos aportados, la puntuación obtenida (12,40 puntos) no alcanza el mínimo necesario para acceder a la fase de entrevista personal.

Contra la presente podrá interponer reclamación ante el Tribunal Calificador en el plazo de diez días hábiles a contar desde el día siguiente a su notificación.

Lo que se comunica para su conocimiento y efectos.

La Jefa del Servicio de Selección
Fdo.: María del Carmen Huertas Vidal
Ayuntamiento de Torrealba
""", charset="iso-8859-1", date="2026-03-18 08:15")

m("rejection", "tras_panel_final_en", "en", "Brickell Compliance Partners", "jreyes@brickellcp.example.com",
  "Jessica Reyes <jreyes@brickellcp.example.com>", "Following up",
  """
Hi Mateo,

I wanted to reach out personally after your final round with our panel on Tuesday. Everyone enjoyed meeting you, and this was one of the toughest decisions we've had to make this year.

Ultimately we've decided to extend an offer to another candidate whose Florida bar admission gives us more flexibility with client work. I know that's not the news you were hoping for.

I genuinely think you'd be a great fit for us down the road, and I'd like to keep you in mind for the regulatory ops role we're opening in Q3.

Best,
Jessica

Jessica Reyes
Director of People | Brickell Compliance Partners
1200 Brickell Ave, Suite 1800, Miami, FL 33131
(305) 555-0142
""", fmt="alt", date="2026-03-20 19:48")

m("rejection", "seguros_tras_entrevista_usted", "es", "Seguros La Previsora del Norte", "beatriz.olano@previsoranorte.example.es",
  "Beatriz Olano Echeverría <beatriz.olano@previsoranorte.example.es>", "Su candidatura - Gestor/a de contratos",
  """
Buenos días, Mateo:

Le agradecemos el tiempo que nos dedicó en la entrevista del pasado día 17 en nuestras oficinas de Bilbao y la prueba de inglés posterior.

Lamentamos comunicarle que, tras finalizar la fase de entrevistas, hemos optado por otra candidatura para el puesto de Gestor/a de contratos. Valoramos muy positivamente su trayectoria y no descartamos contactar con usted en futuros procesos.

Reciba un cordial saludo,

Beatriz Olano Echeverría
Departamento de Personas
Seguros La Previsora del Norte
Gran Vía 40, 48011 Bilbao · Tel. 944 00 00 00

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Seguros La Previsora del Norte, S.A. Si usted no es el destinatario final por favor elimínelo e infórmenos por esta vía.
""", charset="windows-1252", cte="quoted-printable", date="2026-03-25 10:02")

m("rejection", "fr_ats_courte", "fr", "Mutuelle du Rhône", "",
  "Mutuelle du Rhône - Recrutement <ne-pas-repondre@mutuelle-rhone.example.fr>", "Suite à votre candidature",
  """
Bonjour,

Nous avons bien étudié votre candidature au poste de Chargé(e) de conformité RGPD et vous remercions de l'intérêt que vous portez à notre groupe.

Malheureusement, nous ne sommes pas en mesure d'y donner une suite favorable.

Nous vous souhaitons une bonne continuation.

Le service Recrutement
Mutuelle du Rhône
""", fmt="html", charset="iso-8859-1", date="2026-03-27 07:30")

m("rejection", "chile_tu_tras_psicotecnico", "es", "Viña Santa Ercilia", "francisca.munoz@santaercilia.example.cl",
  "Francisca Muñoz <francisca.munoz@santaercilia.example.cl>", "Re: Proceso Abogado/a Corporativo",
  """
Hola Mateo,

Te cuento que el proceso para Abogado/a Corporativo cerró y finalmente no quedaste seleccionado. Los resultados del test psicotécnico y la entrevista fueron buenos, pero el gerente legal se inclinó por alguien con más experiencia en derecho laboral chileno.

Muchas gracias por tu disposición durante todo el proceso, de verdad.

Saludos cordiales,
Francisca Muñoz V.
Jefa de Selección
Viña Santa Ercilia
""", date="2026-04-01 21:02")

m("rejection", "australian_agency", "en", "Southern Cross Regtech", "liam@tasmanpeople.example.com.au",
  "Liam O'Connor <liam@tasmanpeople.example.com.au>", "Quick update mate",
  """
Hi Mateo,

Just got off the phone with the hiring manager at Southern Cross Regtech. Unfortunately they've decided not to progress with you for the Compliance Ops role - they've gone with an internal candidate in the end, which is a bit rough after three rounds.

Honestly mate, you did everything right. Chin up, I'll keep you posted on the Sydney/remote roles I mentioned!!

Cheers,
Liam

Liam O'Connor | Principal Consultant
Tasman People Recruitment
+61 2 5550 1234
""", date="2026-04-03 02:18")

m("rejection", "successfactors_es", "es", "Conecta Telecom", "",
  "Conecta Telecom Careers <noreply@successfactors.eu>", "Tu candidatura en Conecta Telecom",
  """
Hola Mateo Salazar Quintero,

Te agradecemos tu interés por la posición Legal Counsel - Regulación y Contratos (Job ID 48213) y el tiempo dedicado al proceso.

Después de analizar tu perfil, lamentamos informarte que no avanzarás a la siguiente fase. Te animamos a seguir atento a nuevas oportunidades en Conecta Telecom.

Atentamente,
Equipo de Adquisición de Talento
Conecta Telecom

Este es un correo generado automáticamente, por favor no responda.
""", fmt="alt", cte="base64", date="2026-04-07 05:01")

m("rejection", "peru_consultora_seleccion", "es", "Caja Huascarán", "rquispe@andespersonas.example.pe",
  "Rosa Quispe <rquispe@andespersonas.example.pe>", "Proceso Oficial de Cumplimiento - resultado",
  """
Estimado Mateo:

Reciba un cordial saludo de parte de Andes Personas Consultores.

Le escribo para informarle que nuestro cliente, Caja Huascarán, ha concluido el proceso para el puesto de Oficial de Cumplimiento Normativo y ha decidido continuar con otros candidatos que cuentan con experiencia directa ante la SBS.

Agradecemos mucho su tiempo y la confianza depositada en nosotros. Mantendremos su CV activo para otras búsquedas.

Atentamente,

Rosa Quispe Mamani
Consultora Senior de Selección
Andes Personas Consultores
Av. Javier Prado Este 4200, Surco - Lima
+51 1 700 0000
""", charset="iso-8859-1", date="2026-04-14 17:55")

m("rejection", "de_nach_interview_du", "de", "Kontrakt.io", "felix.hartmann@kontrakt.example.io",
  "Felix Hartmann <felix.hartmann@kontrakt.example.io>", "Rückmeldung",
  """
Hi Mateo,

danke nochmal für das nette Gespräch am Donnerstag! Wir haben lange diskutiert, haben uns aber entschieden, die Stelle mit jemandem zu besetzen, der schon Erfahrung im Aufbau eines Legal-Ops-Teams in einem Scale-up hat.

Tut mir leid, dass es diesmal nicht geklappt hat. Ich würde mich freuen, wenn wir auf LinkedIn in Kontakt bleiben.

Beste Grüße
Felix

--
Felix Hartmann
Head of Legal | Kontrakt.io
Berlin
""", quote=[("gmail_de", "Mateo Salazar Quintero <mateo.salazar@example.net>", "Fr., 17. Apr. 2026 um 09:12",
             "Hallo Felix,\n\nvielen Dank für das Gespräch gestern mit Jonas und Lea. Ich freue mich auf Ihre Rückmeldung.\n\nViele Grüße\nMateo")],
  date="2026-04-21 16:40")

m("rejection", "teamtailor_english_es_company", "en", "Legalbot", "",
  "Legalbot <no-reply@teamtailor.com>", "About your application",
  """
Hi Mateo!

Thanks a lot for applying to be our Legal Ops Generalist. We read every application carefully, and we have decided not to proceed with yours this time.

We're a small team in Valencia and got way more applications than we expected 🙈 - so we can't give personal feedback, sorry about that.

Good luck, and who knows, maybe see you again!

The Legalbot team
""", fmt="html", cte="base64", date="2026-04-24 12:00")

m("rejection", "universidad_plaza", "es", "Universidad de Levante", "",
  "Universidad de Levante - Recursos Humanos <rrhh-noreply@ulevante.example.es>",
  "Convocatoria PTGAS 14/2026 - Técnico/a Protección de Datos",
  """
Estimado/a aspirante:

Le comunicamos que, tras la baremación de méritos de la convocatoria PTGAS 14/2026, la Comisión de Selección ha propuesto la contratación de otro/a aspirante con mayor puntuación. Su candidatura queda incluida en la bolsa de trabajo en el puesto 7.

Puede consultar la resolución completa en la sede electrónica.

Servicio de Recursos Humanos
Universidad de Levante
""", charset="iso-8859-1", date="2026-05-05 08:00")

m("rejection", "fr_fintech_tutoiement", "fr", "Payzen Lumière", "ines@payzen-lumiere.example.fr",
  "Inès Moreau <ines@payzen-lumiere.example.fr>", "Re: Process Legal Ops",
  """
Salut Mateo,

Merci encore d'avoir pris le temps de faire le cas pratique, c'était vraiment soigné.

On a finalement décidé de ne pas aller plus loin avec ta candidature : on cherche quelqu'un qui puisse démarrer tout de suite sur le droit des paiements français, et ton profil est plus orienté Espagne/Latam. Ce n'est clairement pas une question de niveau.

Bonne suite à toi !
Inès

Inès Moreau - Talent Partner
Payzen Lumière
""", date="2026-05-08 18:22")

m("rejection", "egyptian_owned_english", "en", "Nile Delta Payments", "mona.elsayed@niledeltapay.example.com",
  "Mona El-Sayed <mona.elsayed@niledeltapay.example.com>", "Regarding the Regulatory Affairs position",
  """
Dear Mr. Mateo,

Hope this mail finds you well.

Kindly be informed that after reviewing all candidates for the Regulatory Affairs Specialist (Spain branch) position, the management has decided to proceed with another candidate. We highly appreciate your time and effort throughout the process.

We will be glad to contact you in case of any future vacancy matching your profile.

Best Regards,
Mona El-Sayed
Talent Acquisition Specialist
Nile Delta Payments
Cairo | Madrid
Mob: +20 100 000 0000
""", charset="windows-1252", date="2026-05-12 10:44")

m("rejection", "infojobs_descartado", "es", "Grupo Inmobiliario Albufera", "",
  "InfoJobs <noreply@infojobs.net>", "Tu candidatura a Abogado/a inmobiliario ha sido descartada",
  """
Hola Mateo,

La empresa Grupo Inmobiliario Albufera ha revisado tu candidatura a la oferta "Abogado/a inmobiliario - Gestión de contratos" y ha decidido no continuar contigo en el proceso de selección.

No te desanimes: hay 1.342 ofertas nuevas de Legal y Compliance esta semana.

Ver ofertas parecidas: https://www.infojobs.net/ofertas-trabajo/legal?utm_source=email&utm_medium=descartado

El equipo de InfoJobs
Si no quieres recibir más notificaciones sobre tus candidaturas, cambia tus preferencias aquí.
""", fmt="alt", date="2026-05-19 13:37", headers={"List-Unsubscribe": "<https://www.infojobs.net/unsubscribe?id=88231>"})

# ---- interview invitations -----------------------------------------------------------------
m("interview_invitation", "telefonica_consultora", "es", "Grupo Asegurador Cierzo", "elena.marco@talentoejecutivo.example.es",
  "Elena Marco <elena.marco@talentoejecutivo.example.es>", "Posición Legal Operations Manager - Zaragoza/remoto",
  """
Buenos días Mateo,

Soy Elena Marco, de Talento Ejecutivo Legal. Estamos acompañando a Grupo Asegurador Cierzo en la búsqueda de un/a Legal Operations Manager y tu perfil encaja muy bien con lo que buscan.

¿Tendrías disponibilidad para una entrevista telefónica de unos 20-30 minutos esta semana? Te propongo el miércoles 14 a las 10:00 o el jueves 15 a las 16:30. Si no te viene bien ninguna, dime qué franjas tienes libres y lo cuadramos.

Un saludo,

Elena Marco
Consultora Senior · Talento Ejecutivo Legal
Serrano 45, 28001 Madrid · +34 915 55 02 13
""", date="2026-01-12 09:05")

m("interview_invitation", "calendly_startup_tu", "es", "Clausula", "pablo@clausula.example.io",
  "Pablo Ibarra <pablo@clausula.example.io>", "¿Hablamos?",
  """
Hola Mateo!

Vi tu candidatura para Legal Ops en Clausula y me encantó lo de la implantación del gestor documental en tu despacho. ¿Te apetece una videollamada de media hora para conocernos y contarte el proyecto?

Reserva el hueco que mejor te venga aquí: https://calendly.com/pablo-clausula/30min

Hasta pronto,
Pablo
CEO @ Clausula
""", fmt="alt", date="2026-01-22 19:12")

m("interview_invitation", "greenhouse_scheduling_link", "en", "Finaria", "sarah.odonnell@finaria.example.com",
  "Finaria Recruiting <no-reply@greenhouse.io>", "Next steps with Finaria - Legal Operations Analyst",
  """
Hi Mateo,

Thanks so much for your interest in Finaria! We'd love to move you to the next stage of our process for the Legal Operations Analyst role: a 45-minute video interview with Tom Whitaker, our Head of Legal Ops.

Please use the link below to select a time that works for you within the next week:

https://app.greenhouse.io/scheduling/self_schedule/3f9a2c7e?utm=email

If none of the times work, just reply to this email and we'll figure something out.

Best,
Sarah O'Donnell
Recruiting Coordinator, Finaria
""", reply_to="Sarah O'Donnell <sarah.odonnell@finaria.example.com>", fmt="html", cte="base64", date="2026-01-26 16:20")

m("interview_invitation", "ics_socia_madrid", "es", "Arrieta & Lozano Abogados", "rrhh@arrietalozano.example.com",
  "RRHH Arrieta & Lozano <rrhh@arrietalozano.example.com>", "Convocatoria: entrevista con D. Ignacio Arrieta",
  """
Estimado Mateo:

Por indicación de D. Ignacio Arrieta, socio director del área de Mercantil, le convocamos a una entrevista presencial en nuestras oficinas (Calle Velázquez 60, 4ª planta, Madrid) el jueves 22 de enero a las 12:00 h.

Le adjuntamos la convocatoria en el calendario. Le rogamos confirme su asistencia respondiendo a este correo.

Atentamente,

Departamento de Recursos Humanos
Arrieta & Lozano Abogados
""", ics={"summary": "Entrevista Mateo Salazar - Asociado sénior Mercantil", "start": "2026-01-22T11:00:00", "uid": "al-entrevista-0122",
          "minutes": 60, "location": "Calle Velázquez 60, 4ª planta, Madrid"},
  date="2026-01-16 10:30", charset="iso-8859-1")

m("interview_invitation", "uk_panel", "en", "Harcourt Pryce", "olivia.bennett@sterlinglegal.example.co.uk",
  "Olivia Bennett <olivia.bennett@sterlinglegal.example.co.uk>", "Great news!! Harcourt Pryce want to meet you",
  """
Hi Mateo!!

Brilliant news - Harcourt Pryce have reviewed your CV and would like to invite you to a first-stage interview for the Legal Operations Manager role!

It'll be a video call with Rachel Hughes (COO) and James Patel (Head of Knowledge). They've offered the following slots:

 - Tuesday 27 Jan, 10:00 or 14:00 (UK time)
 - Wednesday 28 Jan, 11:30 (UK time)

Let me know which works best and I'll lock it in. I'll send over some prep notes beforehand - they're big on process mapping so have a think about examples!

Speak soon,

Olivia Bennett
Senior Consultant | Legal & Compliance
Sterling Legal Recruitment
T: +44 20 7946 0321 | M: +44 7700 900456
""", fmt="alt", charset="windows-1252", date="2026-01-21 11:58")

m("interview_invitation", "workday_assessment_next_round", "es", "Banco Meridiano", "",
  "Banco Meridiano <bancomeridiano@myworkday.com>", "Banco Meridiano: siguiente fase del proceso",
  """
Hola Mateo:

¡Enhorabuena! Has superado la primera fase del proceso para la posición Analista de Cumplimiento Normativo (REQ-21107).

La siguiente fase consiste en una entrevista por videollamada con el equipo de Compliance y una prueba de inglés. Accede a tu Centro de candidatos para elegir día y hora entre las franjas disponibles:

https://bancomeridiano.wd3.myworkday.com/meridiano/d/inst/candidatehome

Un saludo,
Dirección de Talento
Banco Meridiano

Este mensaje ha sido generado automáticamente. Por favor, no respondas a este correo.
""", fmt="html", date="2026-02-02 07:45")

m("interview_invitation", "quick_chat_hiring_manager", "en", "Atlântico Seguros", "joao.ferreira@atlanticoseguros.example.pt",
  "João Ferreira <joao.ferreira@atlanticoseguros.example.pt>", "Quick question",
  """
Hello Mateo,

I am the Head of Compliance at Atlântico Seguros in Lisbon. Our HR team forwarded me your CV for the Compliance & Contracts Officer vacancy and I was quite interested in your experience with LOPD and Spanish regulators.

Would you be free for a quick chat by Teams in the next days? Maybe Thursday in the afternoon, Lisbon time? It would be informal, to know each other and explain better the role.

Best regards / Cumprimentos,
João Ferreira
Head of Compliance
Atlântico Seguros, S.A.
Av. da Liberdade 190, 1250-147 Lisboa
""", hcharset="utf-8", charset="windows-1252", date="2026-02-09 14:22")

m("interview_invitation", "mx_videollamada_ics", "es", "Grupo Financiero Altamira", "daniela.villarreal@gfaltamira.example.com.mx",
  "Daniela Villarreal <daniela.villarreal@gfaltamira.example.com.mx>", "Invitación: Entrevista Gerente de Contratos",
  """
Hola Mateo, buen día.

Como platicamos por teléfono, te envío la invitación para tu entrevista con el Lic. Rodrigo Salinas, Director Jurídico, el martes 17 de febrero a las 10:00 h (hora del centro de México) por Teams.

Cualquier cosa me escribes por aquí o al WhatsApp.

Saludos!
Daniela Villarreal
Atracción de Talento
Grupo Financiero Altamira
Tel. 55 5000 0000
""", ics={"summary": "Entrevista - Gerente de Contratos - Mateo Salazar", "start": "2026-02-17T16:00:00", "uid": "gfa-int-88121",
          "minutes": 60, "organizer": "Daniela Villarreal <daniela.villarreal@gfaltamira.example.com.mx>"},
  date="2026-02-11 19:03")

m("interview_invitation", "de_einladung_sie", "de", "Rheinwerk Energie", "jana.krueger@rheinwerk-energie.example.de",
  "Jana Krüger <jana.krueger@rheinwerk-energie.example.de>", "Einladung zum Vorstellungsgespräch",
  """
Sehr geehrter Herr Salazar Quintero,

vielen Dank für Ihre Bewerbung als Referent Datenschutz & Compliance (m/w/d). Ihre Unterlagen haben uns überzeugt und wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem ersten Gespräch per Videokonferenz ein, und zwar am Dienstag, den 3. März 2026, um 14:00 Uhr. Gesprächspartner sind Herr Dr. Lukas Brenner (Leiter Compliance) und ich.

Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte der Termin nicht passen, schlagen Sie uns gerne Alternativen vor.

Mit freundlichen Grüßen

Jana Krüger
Personalreferentin
Rheinwerk Energie AG · Rheinuferstraße 40 · 40213 Düsseldorf
Tel. +49 211 555 0190
""", charset="iso-8859-1", date="2026-02-23 10:10")

m("interview_invitation", "teamtailor_fr", "fr", "Ouvrage Conseil", "",
  "Ouvrage Conseil <no-reply@teamtailor.com>", "Planifions un premier échange !",
  """
Bonjour Mateo,

Merci pour votre candidature au poste de Legal Operations Manager chez Ouvrage Conseil !

Votre profil nous a beaucoup plu et nous aimerions organiser un premier entretien visio de 30 minutes avec Camille, notre responsable juridique. Choisissez le créneau qui vous convient grâce au lien ci-dessous :

Choisir un créneau : https://app.teamtailor.com/meetings/choose/8a1b2c

À très vite,
L'équipe Ouvrage Conseil
""", fmt="html", cte="base64", date="2026-02-25 08:31")

m("interview_invitation", "colombia_caso_practico", "es", "Seguros Andinos", "juliana.ospina@segurosandinos.example.co",
  "Juliana Ospina <juliana.ospina@segurosandinos.example.co>", "RE: Postulación Abogado de Cumplimiento - siguiente etapa",
  """
Hola Mateo, buenas tardes.

Qué bueno saludarte. Te cuento que pasaste a la siguiente etapa del proceso 🙌

La siguiente etapa es una entrevista con la Gerente Jurídica, la Dra. Catalina Restrepo, y después un caso práctico corto (lo resuelves en la misma sesión, una hora aprox). ¿Te queda bien el lunes 9 de marzo a las 9:00 a.m. hora Colombia? Sería por Google Meet.

Quedo atenta.

Juliana Ospina
Analista de Talento Humano
Seguros Andinos
PBX (604) 444 0000 · Medellín
""", quote=[("gmail_es", "Mateo Salazar Quintero <mateo.salazar@example.net>", "jue, 26 feb 2026 a las 11:20",
             "Hola Juliana,\n\nAdjunto mi hoja de vida actualizada para la vacante de Abogado de Cumplimiento, como hablamos.\n\nUn saludo,\nMateo")],
  date="2026-03-02 20:45")

m("interview_invitation", "goodtime_onsite_en", "en", "Meridian Grid Solutions", "",
  "Meridian Grid Solutions <scheduling@goodtime.io>", "Action required: schedule your onsite interview",
  """
Hi Mateo,

Meridian Grid Solutions would like to invite you to an onsite interview loop for the Senior Contracts Manager position at our Madrid office (Paseo de la Castellana 95).

The loop consists of four 45-minute conversations (Legal, Procurement, Finance and a panel with the hiring manager).

Please select your availability: https://schedule.goodtime.io/c/7f3e91ab

This link expires in 5 days.

Powered by GoodTime
""", fmt="html", date="2026-03-05 15:15")

m("interview_invitation", "llamada_rapida_movil", "es", "Energía Solar Guadalquivir", "rocio.benitez@solarguadalquivir.example.es",
  "Rocío Benítez <rocio.benitez@solarguadalquivir.example.es>", "Re: CV",
  """
Hola Mateo, te llamo mañana sobre las 11 para una primera entrevista telefónica cortita, vale? si no te va bien dime hora

Rocío
Enviado desde mi iPhone
""", quote=[("gmail_es", "Mateo Salazar Quintero <mateo.salazar@example.net>", "lun, 9 mar 2026 a las 8:02",
             "Buenos días Rocío,\n\nTe envío mi CV por la vacante de Técnico/a de Contratos que vi en LinkedIn. Quedo a tu disposición.\n\nGracias,\nMateo Salazar")],
  date="2026-03-10 18:51", cte="8bit")

m("interview_invitation", "chile_english_next_round", "en", "Minera Tamarugal", "cristobal.fuentes@tamarugal.example.cl",
  "Cristóbal Fuentes <cristobal.fuentes@tamarugal.example.cl>", "Next round - Compliance Counsel",
  """
Dear Mateo,

Thank you for your time on the first interview. We are glad to inform you that you have passed to the next round of the selection process for Compliance Counsel.

This second interview will be with our General Counsel, Mrs. Paula Errázuriz, and with a member of our London compliance team. It will be 60 minutes by Zoom, and part of it will be in English.

Please, could you send us your availability for the week of 23 March (Santiago time)?

Kind regards,
Cristóbal Fuentes
Talent Acquisition
Minera Tamarugal
Santiago de Chile
""", hcharset="utf-8", date="2026-03-16 22:40")

m("interview_invitation", "smartrecruiters_psicotecnico_dinamica", "es", "Almacenes Ferrándiz", "",
  "Almacenes Ferrándiz <noreply@smartrecruiters.com>", "Convocatoria - Dinámica de grupo (Asesor/a Jurídico/a Retail)",
  """
Hola Mateo:

Nos alegra comunicarte que has sido seleccionado/a para la siguiente fase del proceso de Asesor/a Jurídico/a Retail.

Te convocamos a una dinámica de grupo seguida de un test psicotécnico el próximo 26 de marzo a las 9:30 h en nuestras oficinas centrales (Avenida de Francia 12, Valencia). La duración aproximada es de 3 horas. Trae tu DNI.

Confirma tu asistencia desde tu área de candidato.

Un saludo,
Equipo de Selección de Almacenes Ferrándiz
""", fmt="alt", cte="base64", date="2026-03-18 12:12")

m("interview_invitation", "linkedin_inmail_reply_invite", "en", "Sinclair Vance", "m.dubois@sinclairvance.example.com",
  "Marc Dubois <m.dubois@sinclairvance.example.com>", "RE: Legal Ops role - Sinclair Vance",
  """
Mateo -

Thanks for the quick reply. Yes, let's do a call. How's Friday 3pm CET? I'll send a Teams link. 30 min is plenty.

Marc

Marc Dubois
Managing Director, Legal Operations
Sinclair Vance | Paris · Madrid · Miami
""", quote=[("outlook_en", "Mateo Salazar Quintero <mateo.salazar@example.net>", "Tuesday, March 24, 2026 9:41 AM",
             "Hi Marc,\n\nThanks for reaching out. I'd be happy to learn more about the role.\n\nBest,\nMateo"),
            ("outlook_en", "Marc Dubois <m.dubois@sinclairvance.example.com>", "Monday, March 23, 2026 6:02 PM",
             "Hi Mateo,\n\nI lead Legal Ops at Sinclair Vance and I'm building out our Madrid team. Your background looks like a great match for a Legal Operations Manager role. Open to a chat?\n\nMarc")],
  date="2026-03-24 10:15")

m("interview_invitation", "fr_entretien_associee", "fr", "Cabinet Delorme Avocats", "c.fabre@delorme-avocats.example.fr",
  "Claire Fabre <c.fabre@delorme-avocats.example.fr>", "Entretien - Juriste conformité",
  """
Bonjour Monsieur Salazar,

Suite à votre candidature au poste de Juriste conformité, nous souhaiterions vous rencontrer.

Je vous propose un entretien avec Maître Hélène Delorme, associée, le mardi 10 février à 15h00 dans nos locaux lyonnais, ou en visioconférence si vous le préférez.

Pourriez-vous me confirmer votre disponibilité ?

Bien cordialement,

Claire Fabre
Responsable RH
Cabinet Delorme Avocats
12 rue de la République - 69002 Lyon
""", charset="iso-8859-1", date="2026-02-02 11:00")

m("interview_invitation", "portugal_english_ics", "en", "Lusoenergia", "rita.santos@lusoenergia.example.pt",
  "Rita Santos <rita.santos@lusoenergia.example.pt>", "Interview invitation - Legal Counsel (Spain)",
  """
Dear Mateo,

Following your application, we would like to invite you for an interview for the position of Legal Counsel - Contracts & Regulatory (Spain). The interview will be with Eng. Miguel Costa (Iberia Operations Director) and myself.

Please find attached the invitation. Kindly accept it or let us know if you need another schedule.

With best regards,
Rita Santos
Human Resources
Lusoenergia, SA
""", ics={"summary": "Interview Lusoenergia - Legal Counsel Spain", "start": "2026-04-08T09:30:00", "minutes": 60,
          "organizer": "Rita Santos <rita.santos@lusoenergia.example.pt>"}, fmt="alt", date="2026-04-01 13:25")

m("interview_invitation", "peru_entrevista_directora", "es", "Inversiones Huascarán", "lchavez@huascaran.example.pe",
  "Lucía Chávez <lchavez@huascaran.example.pe>", "Citación a entrevista",
  """
Estimado Mateo:

Por medio del presente, lo citamos a una entrevista con la Directora Legal, Dra. Gabriela Paredes, el día miércoles 15 de abril a las 11:00 a.m. (hora de Lima) vía Zoom, para el puesto de Jefe de Contratos y Cumplimiento.

ID de reunión: 812 5555 0101 · Código: 4471

Agradeceremos confirmar su participación.

Atentamente,
Lucía Chávez Soto
Analista de Reclutamiento
Inversiones Huascarán
""", charset="windows-1252", date="2026-04-09 15:30")

m("interview_invitation", "jobvite_phone_screen", "en", "Parkside Health Partners", "",
  "Parkside Health Partners <notification@jobvite.com>", "Phone screen request: Privacy & Compliance Manager",
  """
Hello Mateo,

Thank you for applying to Parkside Health Partners. The hiring team would like to set up a 20-minute phone screen to discuss your background in HIPAA/GDPR privacy programs.

Please click below to choose a time:
https://jobs.jobvite.com/parkside/interview/schedule?k=Qm9x

This is an automated message from Jobvite on behalf of Parkside Health Partners.
""", fmt="html", date="2026-04-16 17:02")

m("interview_invitation", "factorial_entrevista_tu", "es", "Vía Lactea Logistics", "",
  "Vía Lactea Logistics <no-reply@factorialhr.com>", "Te invitamos a una entrevista en Vía Lactea Logistics",
  """
¡Hola Mateo!

El equipo de Vía Lactea Logistics quiere conocerte 😊

Detalles de la entrevista:
Puesto: Legal & Compliance Specialist
Fecha: viernes, 24 de abril de 2026
Hora: 10:00 - 10:45 (Europe/Madrid)
Lugar: Google Meet (el enlace te llegará el día anterior)
Entrevistadora: Nuria Campos, Head of People

Si no puedes asistir, contacta con nosotros.

Factorial · Software de RRHH
""", fmt="html", cte="base64", date="2026-04-20 09:00")

m("interview_invitation", "de_zweite_runde_du", "de", "Kontrakt.io", "felix.hartmann@kontrakt.example.io",
  "Felix Hartmann <felix.hartmann@kontrakt.example.io>", "Nächster Schritt",
  """
Hi Mateo,

schön, dass es mit dem ersten Call geklappt hat! Wir würden gerne den nächsten Schritt gehen: ein Gespräch mit unserem CTO Jonas und unserer COO Lea, ca. 60 Minuten, per Google Meet.

Passt dir Dienstag, 14.04., 15 Uhr? Sonst schick mir gern 2-3 Alternativen.

Beste Grüße
Felix
""", date="2026-04-08 17:30")

m("interview_invitation", "onu_ngo_panel_en", "en", "Fundación Horizonte Común", "seleccion@horizontecomun.example.org",
  "Selección Horizonte Común <seleccion@horizontecomun.example.org>", "Panel interview - Compliance & Safeguarding Officer",
  """
Dear Mateo,

On behalf of Fundación Horizonte Común, thank you for your application for the position of Compliance & Safeguarding Officer (ref. HC-2026-07).

We are pleased to invite you to a competency-based panel interview on Thursday 7 May 2026 at 16:00 CEST via Microsoft Teams. The panel will include our Executive Director, our Head of Programmes and an external HR advisor. The interview will last approximately 50 minutes, followed by a 20-minute written exercise.

Please confirm your attendance by replying to this email no later than 4 May.

Kind regards,
Recruitment Team
Fundación Horizonte Común
Calle de Atocha 20, 28012 Madrid
""", date="2026-04-28 12:40")

m("interview_invitation", "bogota_director_tu", "es", "Bancolina", "andres.pardo@bancolina.example.co",
  "Andrés Pardo <andres.pardo@bancolina.example.co>", "Entrevista",
  """
Mateo buenas tardes,

Soy Andrés Pardo, director de Legal Ops en Bancolina. Me pasaron tu hoja de vida. Te propongo que hablemos el jueves 21 de mayo a las 8 am hora Bogotá por Teams, te mando el link. ¿Te funciona?

Gracias,
Andrés Pardo
Director de Operaciones Legales
Bancolina · Bogotá
""", date="2026-05-15 21:11")

m("interview_invitation", "fr_visio_courte", "fr", "Nexalia Énergies", "thomas.girard@nexalia.example.fr",
  "Thomas Girard <thomas.girard@nexalia.example.fr>", "Échange téléphonique",
  """
Bonjour Mateo,

J'ai bien reçu votre candidature pour le poste de Contract Manager Espagne et j'aimerais échanger avec vous quelques minutes par téléphone pour faire connaissance. Seriez-vous disponible mercredi ou jeudi prochain, en fin de matinée ?

Cordialement,

Thomas Girard
Chargé de recrutement
Nexalia Énergies
06 00 00 00 00
""", fmt="alt", charset="iso-8859-1", date="2026-06-03 10:05")

m("interview_invitation", "verificacion_referencias_y_final", "es", "Clausula", "pablo@clausula.example.io",
  "Pablo Ibarra <pablo@clausula.example.io>", "Última entrevista + referencias",
  """
Mateo,

Nos encantó la sesión del martes. Queremos hacer una última entrevista con Marta (nuestra inversora y consejera) el lunes 16 a las 18:00 por videollamada, y en paralelo haremos la verificación de referencias. ¿Me pasas el contacto de dos personas con las que hayas trabajado?

Te mando invitación al calendario.

Pablo
""", ics={"summary": "Clausula x Mateo - entrevista final", "start": "2026-02-16T17:00:00", "minutes": 45,
          "location": "https://meet.example.com/clausula-final", "organizer": "Pablo Ibarra <pablo@clausula.example.io>"},
  date="2026-02-12 08:40")

# ---- reschedules and cancellations by the employer ----------------------------------------
m("interview_reschedule_or_cancel", "socio_juicio_cambio", "es", "Arrieta & Lozano Abogados", "rrhh@arrietalozano.example.com",
  "RRHH Arrieta & Lozano <rrhh@arrietalozano.example.com>", "Cambio de hora - entrevista jueves",
  """
Estimado Mateo:

Le escribimos porque a D. Ignacio Arrieta le ha surgido una vista en los juzgados el jueves por la mañana. ¿Le sería posible pasar la entrevista del jueves 22 a las 17:00 h, en el mismo lugar?

Le enviamos la convocatoria actualizada. Disculpe las molestias.

Atentamente,
Departamento de Recursos Humanos
Arrieta & Lozano Abogados
""", ics={"summary": "Entrevista Mateo Salazar - Asociado sénior Mercantil", "start": "2026-01-22T16:00:00", "uid": "al-entrevista-0122",
          "minutes": 60, "seq": 1, "location": "Calle Velázquez 60, 4ª planta, Madrid"},
  charset="iso-8859-1", date="2026-01-20 09:12")

m("interview_reschedule_or_cancel", "uk_moved_agency", "en", "Harcourt Pryce", "olivia.bennett@sterlinglegal.example.co.uk",
  "Olivia Bennett <olivia.bennett@sterlinglegal.example.co.uk>", "RE: Harcourt Pryce interview - change of time",
  """
Hi Mateo,

Sorry for the faff - Rachel has been pulled into a board meeting on Wednesday so Harcourt Pryce have asked to move your interview from Wed 11:30 to Thursday 29 Jan at 15:00 UK time. Same Teams link.

Could you let me know asap if that's OK? Fingers crossed!

Olivia
""", quote=[("outlook_en", "Mateo Salazar Quintero <mateo.salazar@example.net>", "22 January 2026 08:14",
             "Hi Olivia,\n\nWednesday 28 Jan at 11:30 is perfect for me.\n\nThanks!\nMateo")],
  charset="windows-1252", date="2026-01-26 17:48")

m("interview_reschedule_or_cancel", "mx_cancel_ics", "es", "Grupo Financiero Altamira", "daniela.villarreal@gfaltamira.example.com.mx",
  "Daniela Villarreal <daniela.villarreal@gfaltamira.example.com.mx>", "Cancelada: Entrevista - Gerente de Contratos - Mateo Salazar",
  """
Hola Mateo,

Una disculpa, el Lic. Salinas tuvo que viajar de urgencia y tenemos que cancelar la entrevista de mañana. En cuanto tenga su agenda te propongo nueva fecha, seguramente la próxima semana.

Saludos,
Daniela
""", ics={"summary": "Entrevista - Gerente de Contratos - Mateo Salazar", "start": "2026-02-17T16:00:00", "uid": "gfa-int-88121",
          "minutes": 60, "method": "CANCEL", "seq": 2,
          "organizer": "Daniela Villarreal <daniela.villarreal@gfaltamira.example.com.mx>"},
  date="2026-02-16 23:58")

m("interview_reschedule_or_cancel", "workday_reprogramada", "es", "Banco Meridiano", "",
  "Banco Meridiano <bancomeridiano@myworkday.com>", "Tu entrevista ha sido reprogramada",
  """
Hola Mateo:

Te informamos de que tu entrevista para la posición Analista de Cumplimiento Normativo (REQ-21107) ha sido reprogramada.

Nueva fecha: 12/02/2026
Nueva hora: 09:00 (CET)
Formato: Microsoft Teams

Puedes ver los detalles en tu Centro de candidatos.

Dirección de Talento - Banco Meridiano
Este mensaje ha sido generado automáticamente.
""", fmt="html", date="2026-02-06 18:30")

m("interview_reschedule_or_cancel", "de_terminverschiebung", "de", "Rheinwerk Energie", "jana.krueger@rheinwerk-energie.example.de",
  "Jana Krüger <jana.krueger@rheinwerk-energie.example.de>", "Terminverschiebung – Ihr Gespräch am 3. März",
  """
Sehr geehrter Herr Salazar Quintero,

leider muss Herr Dr. Brenner kurzfristig an einer Aufsichtsratssitzung teilnehmen. Wir müssen unser Gespräch am 3. März daher verschieben und möchten Ihnen folgende Ersatztermine vorschlagen:

- Donnerstag, 5. März, 10:00 Uhr
- Freitag, 6. März, 13:30 Uhr

Bitte teilen Sie uns mit, welcher Termin Ihnen passt. Wir bitten die Unannehmlichkeiten zu entschuldigen.

Mit freundlichen Grüßen
Jana Krüger
Personalreferentin
Rheinwerk Energie AG
""", charset="iso-8859-1", hcharset="utf-8", date="2026-02-27 08:20")

m("interview_reschedule_or_cancel", "posicion_congelada_cancel_entrevista", "es", "Energía Solar Guadalquivir", "rocio.benitez@solarguadalquivir.example.es",
  "Rocío Benítez <rocio.benitez@solarguadalquivir.example.es>", "Entrevista del lunes",
  """
Hola Mateo,

Te escribo para anular la entrevista presencial del lunes en Sevilla con el director jurídico: esta semana tenemos auditoría y le ha sido imposible. Te llamo en unos días para volver a cerrar fecha, el proceso sigue adelante.

Perdona el lío!
Rocío

Rocío Benítez
RRHH · Energía Solar Guadalquivir
Av. de la Palmera 19, Sevilla · 955 00 00 00
""", date="2026-03-20 13:47")

m("interview_reschedule_or_cancel", "goodtime_rescheduled_en", "en", "Meridian Grid Solutions", "",
  "Meridian Grid Solutions <scheduling@goodtime.io>", "Updated: your interview schedule has changed",
  """
Hi Mateo,

One of your interviewers is no longer available, so your onsite interview with Meridian Grid Solutions has been updated.

Previous: Tuesday, March 17, 2026, 09:30 - 13:00 CET
New: Wednesday, March 18, 2026, 14:00 - 17:30 CET

Location: Paseo de la Castellana 95, Madrid (ask for Legal at reception)

We apologize for any inconvenience.

Powered by GoodTime
""", fmt="html", ics={"summary": "Onsite interview - Meridian Grid Solutions", "start": "2026-03-18T13:00:00",
                     "minutes": 210, "seq": 1, "organizer": "Meridian Grid Solutions <scheduling@goodtime.io>",
                     "location": "Paseo de la Castellana 95, Madrid"}, date="2026-03-12 16:05")

m("interview_reschedule_or_cancel", "chile_zoom_cambio", "es", "Minera Tamarugal", "cristobal.fuentes@tamarugal.example.cl",
  "Cristóbal Fuentes <cristobal.fuentes@tamarugal.example.cl>", "RE: Next round - Compliance Counsel",
  """
Hola Mateo,

Te escribo en español nomás :) La señora Errázuriz tiene directorio el martes, así que tenemos que mover la entrevista del martes 24 al jueves 26 de marzo a la misma hora (11:00 Santiago / 15:00 Madrid). El link de Zoom es el mismo.

¿Te acomoda?

Saludos,
Cristóbal
""", quote=[("outlook_en", "Cristóbal Fuentes <cristobal.fuentes@tamarugal.example.cl>", "Monday, March 16, 2026 18:40",
             "Dear Mateo,\n\nThank you for your time on the first interview. We are glad to inform you that you have passed to the next round...")],
  hcharset="utf-8", date="2026-03-21 00:12")

m("interview_reschedule_or_cancel", "role_frozen_interview_off_en", "en", "Southern Cross Regtech", "liam@tasmanpeople.example.com.au",
  "Liam O'Connor <liam@tasmanpeople.example.com.au>", "Thursday's interview - postponed",
  """
Hi Mateo,

Bit of a curveball - the hiring manager at Southern Cross Regtech is off sick this week so Thursday's second interview is postponed. They've said they still want to see you and I'm chasing a new date for early next week.

Sorry mate, will be in touch as soon as I hear!!

Liam
""", date="2026-03-24 06:30")

m("interview_reschedule_or_cancel", "fr_report_visio", "fr", "Ouvrage Conseil", "camille.lefevre@ouvrage-conseil.example.fr",
  "Camille Lefèvre <camille.lefevre@ouvrage-conseil.example.fr>", "Report de notre entretien",
  """
Bonjour Mateo,

Je suis vraiment désolée mais je dois décaler notre entretien prévu demain à 11h : j'ai une audience qui a été avancée. Pourrions-nous le reporter à vendredi même heure ? Sinon lundi après-midi me va aussi.

Merci de votre compréhension,

Camille Lefèvre
Responsable juridique
Ouvrage Conseil
""", hcharset="utf-8", date="2026-03-04 19:20")

m("interview_reschedule_or_cancel", "colombia_reagendar_tu", "es", "Seguros Andinos", "juliana.ospina@segurosandinos.example.co",
  "Juliana Ospina <juliana.ospina@segurosandinos.example.co>", "Reagendamiento entrevista Dra. Restrepo",
  """
Hola Mateo, ¿cómo estás?

Te escribo porque la Dra. Restrepo tiene junta directiva extraordinaria el lunes, entonces necesitamos reagendar tu entrevista y el caso práctico. ¿Podrías el miércoles 11 de marzo a las 2:00 p.m. hora Colombia?

Mil disculpas por el cambio.

Juliana Ospina
Analista de Talento Humano
Seguros Andinos
""", date="2026-03-05 22:14")

m("interview_reschedule_or_cancel", "peru_cancelada_usted", "es", "Inversiones Huascarán", "lchavez@huascaran.example.pe",
  "Lucía Chávez <lchavez@huascaran.example.pe>", "Postergación de entrevista",
  """
Estimado Mateo:

Lamentamos informarle que la entrevista programada para el miércoles 15 de abril con la Dra. Paredes queda suspendida, debido a un viaje imprevisto de la Directora. Nos comunicaremos con usted para coordinar una nueva fecha a la brevedad.

Le pedimos disculpas por los inconvenientes.

Atentamente,
Lucía Chávez Soto
Analista de Reclutamiento
Inversiones Huascarán
""", charset="windows-1252", date="2026-04-13 16:02")

m("interview_reschedule_or_cancel", "de_termin_abgesagt_du", "de", "Kontrakt.io", "felix.hartmann@kontrakt.example.io",
  "Felix Hartmann <felix.hartmann@kontrakt.example.io>", "Re: Nächster Schritt",
  """
Hi Mateo,

sorry, Jonas ist diese Woche krank, wir müssen den Termin am Dienstag leider absagen. Ich melde mich, sobald er wieder fit ist, dann machen wir einen neuen Termin aus.

VG Felix

Von meinem iPhone gesendet
""", quote=[("gmail_de", "Mateo Salazar Quintero <mateo.salazar@example.net>", "Do., 9. Apr. 2026 um 08:30",
             "Hallo Felix,\n\nDienstag, 14.04. um 15 Uhr passt mir sehr gut.\n\nBeste Grüße\nMateo")],
  cte="8bit", date="2026-04-12 19:02")

m("interview_reschedule_or_cancel", "ngo_moved_earlier", "en", "Fundación Horizonte Común", "seleccion@horizontecomun.example.org",
  "Selección Horizonte Común <seleccion@horizontecomun.example.org>", "Change of time: panel interview 7 May",
  """
Dear Mateo,

Due to a scheduling conflict with one of our panel members, we need to bring your panel interview forward by two hours. The new time is Thursday 7 May 2026 at 14:00 CEST (instead of 16:00). The Teams link remains the same.

We apologise for the short notice. Please let us know if the new time is not possible for you.

Kind regards,
Recruitment Team
Fundación Horizonte Común
""", date="2026-05-04 09:50")

m("interview_reschedule_or_cancel", "bogota_movil_cambio", "es", "Bancolina", "andres.pardo@bancolina.example.co",
  "Andrés Pardo <andres.pardo@bancolina.example.co>", "Re: Entrevista",
  """
Mateo me cruzaron comité el jueves, lo pasamos al viernes 22 misma hora? perdón

Enviado desde Outlook para Android
""", quote=[("gmail_es", "Mateo Salazar Quintero <mateo.salazar@example.net>", "sáb, 16 may 2026 a las 10:05",
             "Buenos días Andrés,\n\nPerfecto, el jueves 21 a las 8 am hora Bogotá me funciona.\n\nUn saludo,\nMateo")],
  date="2026-05-19 23:40")

# ---- missed interview / no-show notices --------------------------------------------------
m("missed_interview_notice", "te_llamamos_consultora", "es", "Grupo Asegurador Cierzo", "elena.marco@talentoejecutivo.example.es",
  "Elena Marco <elena.marco@talentoejecutivo.example.es>", "Entrevista telefónica de hoy",
  """
Hola Mateo,

Te he llamado a las 10:00 tal y como quedamos para la entrevista telefónica, pero no he podido localizarte (te he dejado un mensaje en el buzón de voz). ¿Ha pasado algo?

Si sigues interesado en la posición de Grupo Asegurador Cierzo, dime cuándo podemos hablar y lo reorganizamos.

Un saludo,
Elena Marco
Talento Ejecutivo Legal · +34 915 55 02 13
""", date="2026-01-14 10:24")

m("missed_interview_notice", "teams_no_join_en", "en", "Atlântico Seguros", "joao.ferreira@atlanticoseguros.example.pt",
  "João Ferreira <joao.ferreira@atlanticoseguros.example.pt>", "Our call today",
  """
Hello Mateo,

I was waiting in the Teams meeting at 15:00 (Lisbon) but you did not join. Maybe there was some problem with the link or with the time zone? No problem, these things happen.

Please tell me if you are still interested and we can find another moment this week.

Best regards,
João Ferreira
Head of Compliance
Atlântico Seguros
""", hcharset="utf-8", charset="windows-1252", date="2026-02-12 15:35")

m("missed_interview_notice", "workday_no_show", "es", "Banco Meridiano", "",
  "Banco Meridiano <bancomeridiano@myworkday.com>", "No has asistido a tu entrevista programada",
  """
Hola Mateo:

Según nuestros registros, no te conectaste a la entrevista programada el 12/02/2026 a las 09:00 para la posición Analista de Cumplimiento Normativo (REQ-21107).

Si has tenido algún problema, accede a tu Centro de candidatos en los próximos 3 días para solicitar una nueva cita. Transcurrido ese plazo, tu candidatura se cerrará automáticamente.

Dirección de Talento - Banco Meridiano
Este mensaje ha sido generado automáticamente. Por favor, no respondas a este correo.
""", fmt="alt", date="2026-02-12 10:15")

m("missed_interview_notice", "argentina_te_esperamos", "es", "Bulló & Iturraspe Abogados", "mgonzalez@bulloiturraspe.example.com.ar",
  "Martina González <mgonzalez@bulloiturraspe.example.com.ar>", "¿Todo bien?",
  """
Hola Mateo,

Te estuvimos esperando en el Meet con Federico a las 10 hs pero no te conectaste. ¿Pasó algo? Capaz hubo una confusión con el horario (acá son 5 horas menos que en Madrid).

Avisame y vemos de reprogramar.

Saludos,
Martina
""", charset="windows-1252", date="2026-03-05 13:20")

m("missed_interview_notice", "de_nicht_erschienen", "de", "Stadtwerke Oberlahn", "bewerbung@stadtwerke-oberlahn.example.de",
  "Personalabteilung Stadtwerke Oberlahn <bewerbung@stadtwerke-oberlahn.example.de>", "Ihr Vorstellungsgespräch am 19.03.2026",
  """
Sehr geehrter Herr Salazar Quintero,

am heutigen Tag waren Sie um 10:00 Uhr zu einem Vorstellungsgespräch per Videokonferenz für die Position Justiziar (m/w/d) Energierecht eingeladen. Leider haben Sie sich nicht eingewählt, und wir haben auch keine Absage von Ihnen erhalten.

Sollte es sich um ein Missverständnis handeln, melden Sie sich bitte bis zum 24.03.2026 bei uns. Andernfalls gehen wir davon aus, dass Sie kein Interesse mehr an der Stelle haben.

Mit freundlichen Grüßen
Sabine Kaiser
Personalabteilung
Stadtwerke Oberlahn GmbH
""", charset="iso-8859-1", date="2026-03-19 11:05")

m("missed_interview_notice", "indian_tried_calling", "en", "Sundaram Legal Process Services", "priya.r@sundaramlps.example.in",
  "Priya Raghunathan <priya.r@sundaramlps.example.in>", "Missed call - scheduled interview",
  """
Dear Mateo,

We tried calling you at the scheduled time today (11:30 AM IST) for your technical interview with our panel, however the call was not answered and we were unable to reach you on your alternate number as well.

Kindly revert at the earliest with your availability so that we may reschedule the same, subject to the panel's availability.

Regards,
Priya Raghunathan
Talent Acquisition Team
Sundaram Legal Process Services
""", charset="windows-1252", date="2026-02-18 06:40")

m("missed_interview_notice", "fr_absence_entretien", "fr", "Nexalia Énergies", "thomas.girard@nexalia.example.fr",
  "Thomas Girard <thomas.girard@nexalia.example.fr>", "Notre échange de ce matin",
  """
Bonjour Mateo,

Je vous ai appelé ce matin à 11h30 comme convenu mais je suis tombé sur votre messagerie. Je me permets de revenir vers vous : êtes-vous toujours intéressé par le poste ? Si oui, proposez-moi un nouveau créneau.

Cordialement,

Thomas Girard
Nexalia Énergies
""", charset="iso-8859-1", date="2026-06-10 12:02")

m("missed_interview_notice", "mx_inasistencia", "es", "Cervecería Sierra Madre", "karla.mendoza@sierramadre.example.com.mx",
  "Karla Mendoza <karla.mendoza@sierramadre.example.com.mx>", "Inasistencia a entrevista",
  """
Buenas tardes Mateo,

Te esperamos hoy a las 13:00 h en la liga de Teams para tu entrevista con la Gerencia Legal y no tuvimos conexión de tu parte. Entendemos que pueden surgir imprevistos.

Si sigues interesado en la vacante de Especialista en Cumplimiento, por favor contéstame antes del viernes para ver si es posible reagendar.

Saludos,
Karla Mendoza
Reclutamiento Corporativo
Cervecería Sierra Madre · Monterrey, N.L.
""", date="2026-04-22 19:35")

m("missed_interview_notice", "health_missed_video_en", "en", "Parkside Health Partners", "dana.whitfield@parksidehealth.example.com",
  "Dana Whitfield <dana.whitfield@parksidehealth.example.com>", "We missed you today",
  """
Hi Mateo,

We had you on the calendar for a phone screen at 10:00 AM ET today, but we weren't able to connect. I tried the number on your application twice.

If you're still interested in the Privacy & Compliance Manager role, just let me know a couple of times that work and I'll get you rescheduled.

Thanks,
Dana Whitfield
Talent Acquisition | Parkside Health Partners
""", fmt="alt", date="2026-04-23 14:20")

m("missed_interview_notice", "valencia_no_presentado", "es", "Vía Lactea Logistics", "nuria.campos@vialactea.example.es",
  "Nuria Campos <nuria.campos@vialactea.example.es>", "Entrevista de esta mañana",
  """
Hola Mateo,

A las 10 te estábamos esperando en el Meet para la entrevista de Legal & Compliance Specialist y no has aparecido. ¿Te ha surgido algo? Si todavía te interesa el puesto escríbeme y miramos otro hueco, aunque esta semana vamos bastante justos.

Un saludo,
Nuria
Head of People · Vía Lactea Logistics
""", date="2026-04-24 10:52")

# ---- application acknowledgements ----------------------------------------------------------
m("application_received", "infojobs_inscrito", "es", "Despacho Olmedo Vidal", "",
  "InfoJobs <noreply@infojobs.net>", "Te has inscrito en la oferta Abogado/a Compliance - Despacho Olmedo Vidal",
  """
Hola Mateo,

¡Tu candidatura se ha enviado correctamente!

Oferta: Abogado/a Compliance y Protección de Datos
Empresa: Despacho Olmedo Vidal
Ubicación: Madrid (híbrido)

Podrás seguir el estado de tu candidatura (CV leído, en proceso, finalista...) desde tu área privada.

El equipo de InfoJobs
""", fmt="alt", date="2026-01-09 20:14", headers={"List-Unsubscribe": "<https://www.infojobs.net/unsubscribe?id=77120>"})

m("application_received", "workday_recibida", "es", "Banco Meridiano", "",
  "Banco Meridiano <bancomeridiano@myworkday.com>", "Hemos recibido tu candidatura",
  """
Hola Mateo:

Gracias por presentar tu candidatura a la posición Compliance Officer (REQ-20931) en Banco Meridiano.

Nuestro equipo de Talento revisará tu perfil y, si encaja con los requisitos del puesto, se pondrá en contacto contigo. Debido al elevado volumen de candidaturas que recibimos, no podemos responder individualmente a cada persona; puedes consultar el estado en tu Centro de candidatos en cualquier momento.

Un saludo,
Dirección de Talento
Banco Meridiano

Este mensaje ha sido generado automáticamente. Por favor, no respondas a este correo.
""", fmt="html", date="2026-01-08 22:31")

m("application_received", "greenhouse_thanks_applying", "en", "Finaria", "",
  "Finaria Hiring Team <no-reply@greenhouse.io>", "Thanks for applying to Finaria!",
  """
Hi Mateo,

Thanks for applying for the Privacy Counsel (EMEA) role at Finaria. We've received your application and our team will review it shortly.

We try to get back to everyone within two weeks. Unfortunately we are unable to provide individual feedback at this stage, but we'll reach out if your experience is a match.

In the meantime, check out our blog to learn more about how we build: https://finaria.example.com/blog

Cheers,
Finaria Talent
""", fmt="html", cte="base64", date="2026-01-13 14:02")

m("application_received", "de_eingangsbestaetigung", "de", "Rheinwerk Energie", "",
  "Rheinwerk Energie AG | Karriere <no-reply@rheinwerk-energie.example.de>", "Eingangsbestätigung Ihrer Bewerbung",
  """
Sehr geehrter Herr Salazar Quintero,

vielen Dank für Ihre Bewerbung als Compliance Manager (m/w/d), Kennziffer 2026-118, die wir heute erhalten haben.

Wir prüfen Ihre Unterlagen sorgfältig und melden uns so schnell wie möglich bei Ihnen. Bitte haben Sie Verständnis dafür, dass dies aufgrund der Vielzahl an Bewerbungen einige Wochen dauern kann.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rheinwerk Energie AG

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
""", charset="iso-8859-1", date="2026-01-15 16:44")

m("application_received", "computrabajo_postulacion", "es", "Corporativo Ledesma", "",
  "Computrabajo <notificaciones@computrabajo.com>", "Postulación enviada: Abogado Corporativo Jr-Sr",
  """
Mateo, tu postulación fue enviada con éxito

Abogado Corporativo Jr-Sr (Contratos)
Corporativo Ledesma - Ciudad de México, CDMX

La empresa revisará tu hoja de vida. Te avisaremos por correo cuando vea tu postulación.

Consejo: completa tu perfil al 100% para aumentar tus posibilidades.

Computrabajo México
""", fmt="html", date="2026-01-28 03:11")

m("application_received", "indian_ack_no_individual", "en", "Sundaram Legal Process Services", "hr.recruit@sundaramlps.example.in",
  "HR Recruitment <hr.recruit@sundaramlps.example.in>", "Acknowledgement of your application",
  """
Dear Candidate,

Thank you for your application for the post of Contract Management Specialist (Remote - EMEA desk).

This is to acknowledge receipt of your resume. Our team shall review the same and shortlisted candidates will be intimated about the further rounds of the selection process. Due to the high volume of applications received, we regret that we are unable to respond to each applicant individually.

Thanks & Regards,
Talent Acquisition Team
Sundaram Legal Process Services Pvt. Ltd.
""", charset="windows-1252", date="2026-02-04 07:10")

m("application_received", "consultora_cv_recibido_tu", "es", "Talento Ejecutivo Legal", "jorge.sanz@talentoejecutivo.example.es",
  "Jorge Sanz <jorge.sanz@talentoejecutivo.example.es>", "Re: tu candidatura",
  """
Hola Mateo,

Gracias por mandarnos tu CV. Lo hemos recibido y lo tenemos en cartera para los procesos de Legal Operations y Compliance que llevamos ahora mismo (tenemos varios abiertos en Madrid y Barcelona).

Si tu perfil encaja en alguno de ellos te llamo para comentarlo. No te agobies si tardo un poco, estamos con mucho volumen.

Un saludo,
Jorge

Jorge Sanz
Socio · Talento Ejecutivo Legal
""", date="2026-02-07 12:33")

m("application_received", "lever_fr_candidature", "fr", "Payzen Lumière", "",
  "Payzen Lumière <no-reply@hire.lever.co>", "Merci pour votre candidature chez Payzen Lumière",
  """
Bonjour Mateo,

Merci d'avoir postulé au poste de Legal Operations Manager chez Payzen Lumière. Nous avons bien reçu votre candidature et notre équipe va l'étudier avec attention.

Compte tenu du nombre important de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles. Si votre profil est retenu, nous vous contacterons sous 15 jours.

L'équipe Talent de Payzen Lumière
""", fmt="html", cte="base64", date="2026-04-09 09:20")

m("application_received", "ayuntamiento_registro", "es", "Ayuntamiento de Torrealba", "",
  "Sede Electrónica Ayuntamiento de Torrealba <notificaciones@sede.torrealba.example.es>",
  "Justificante de registro de entrada - Solicitud de admisión a pruebas selectivas",
  """
JUSTIFICANTE DE PRESENTACIÓN

Número de registro: REGAGE26e00001234567
Fecha y hora de presentación: 16/02/2026 19:42:11
Interesado: SALAZAR QUINTERO, MATEO - ***4567**
Asunto: Solicitud de admisión a pruebas selectivas - TAG Área de Contratación Pública
Unidad de destino: Servicio de Selección de Personal

Documentación adjunta: solicitud.pdf, titulo.pdf, meritos.pdf, tasa.pdf

Este justificante acredita la presentación de su solicitud. La lista provisional de admitidos y excluidos se publicará en el Boletín Oficial de la Provincia.
""", charset="iso-8859-1", date="2026-02-16 18:42")

m("application_received", "linkedin_easy_apply_sent", "en", "Meridian Grid Solutions", "",
  "LinkedIn <jobs-noreply@linkedin.com>", "Mateo, your application was sent to Meridian Grid Solutions",
  """
Your application was sent to Meridian Grid Solutions

Senior Contracts Manager
Meridian Grid Solutions · Madrid, Community of Madrid, Spain (Hybrid)
Applied on February 20, 2026

Now, take these steps to stand out:
- Message the hiring team
- See how you compare to 212 other applicants (Premium)

You are receiving Job application emails.
Unsubscribe: https://www.linkedin.com/e/v2?e=unsub
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""", fmt="alt", date="2026-02-20 21:05", headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub>"})

m("application_received", "mx_correo_personal_recibido", "es", "Cervecería Sierra Madre", "karla.mendoza@sierramadre.example.com.mx",
  "Karla Mendoza <karla.mendoza@sierramadre.example.com.mx>", "RE: Vacante Especialista en Cumplimiento",
  """
Hola Mateo, buen día.

Recibimos tu CV, muchas gracias por tu interés. En este momento estamos en etapa de revisión de perfiles; en cuanto tengamos la terna definida nos comunicamos contigo para los siguientes pasos.

Saludos,
Karla Mendoza
Reclutamiento Corporativo
Cervecería Sierra Madre
""", quote=[("gmail_es", "Mateo Salazar Quintero <mateo.salazar@example.net>", "lun, 6 abr 2026 a las 17:30",
             "Buenas tardes,\n\nLes comparto mi CV para la vacante de Especialista en Cumplimiento publicada en Bumeran.\n\nSaludos cordiales,\nMateo Salazar Quintero")],
  date="2026-04-07 15:10")

m("application_received", "personio_eingang_du", "de", "Lexplan", "",
  "Lexplan GmbH <noreply@personio.de>", "Danke für deine Bewerbung!",
  """
Hallo Mateo,

vielen Dank für deine Bewerbung als Legal Operations Specialist (remote)! Wir haben sie erhalten und melden uns innerhalb der nächsten 14 Tage bei dir.

Leider können wir dir in dieser Phase kein individuelles Feedback geben - wir schauen uns aber jede Bewerbung an, versprochen.

Viele Grüße
Dein Lexplan People Team
""", fmt="alt", cte="base64", date="2026-03-02 10:01")

m("application_received", "successfactors_recibida", "es", "Conecta Telecom", "",
  "Conecta Telecom Careers <noreply@successfactors.eu>", "Confirmación de candidatura - Job ID 48213",
  """
Estimado/a Mateo Salazar Quintero,

Le confirmamos que hemos recibido correctamente su candidatura para la posición:

  Legal Counsel - Regulación y Contratos (Job ID 48213)

El equipo de Adquisición de Talento revisará su perfil. Lamentablemente, por el volumen de candidaturas, solo podremos contactar con las personas preseleccionadas.

Atentamente,
Conecta Telecom

Este es un correo generado automáticamente, por favor no responda.
""", fmt="html", date="2026-03-10 08:22")

m("application_received", "ngo_ack_en", "en", "Fundación Horizonte Común", "seleccion@horizontecomun.example.org",
  "Selección Horizonte Común <seleccion@horizontecomun.example.org>", "Application received - HC-2026-07",
  """
Dear Mateo,

Thank you for applying for the position of Compliance & Safeguarding Officer (ref. HC-2026-07). This email confirms that we have received your application.

Shortlisted candidates will be contacted after the closing date (20 April). If you have not heard from us by 30 April, please assume that your application has not been successful on this occasion.

With thanks,
Recruitment Team
Fundación Horizonte Común
""", date="2026-04-11 18:00")

m("application_received", "taleo_gracias", "es", "Hidroeléctrica del Sella", "",
  "Hidroeléctrica del Sella - Empleo <do-not-reply@taleo.net>", "Confirmación de su solicitud",
  """
Estimado(a) Mateo Salazar Quintero:

Gracias por su interés en Hidroeléctrica del Sella. Le confirmamos que hemos recibido su solicitud para el puesto Técnico/a de Cumplimiento Normativo (Nº de solicitud: 2600412).

Puede acceder a su perfil en cualquier momento para consultar el estado de su solicitud.

Atentamente,
Departamento de Selección
Hidroeléctrica del Sella

*** Por favor, no responda a este mensaje. ***
""", charset="iso-8859-1", date="2026-01-30 11:40")

m("application_received", "chile_postulacion_recibida", "es", "Viña Santa Ercilia", "",
  "Viña Santa Ercilia <postulaciones@santaercilia.example.cl>", "Hemos recibido tu postulación",
  """
Hola Mateo,

¡Gracias por postular al cargo de Abogado/a Corporativo en Viña Santa Ercilia!

Tu postulación quedó registrada. Si tu perfil avanza, te contactaremos por correo o teléfono para las siguientes etapas (entrevista y evaluación psicolaboral).

Este es un mensaje automático, por favor no respondas.

Equipo de Personas
Viña Santa Ercilia
""", fmt="html", date="2026-03-06 14:16")

m("application_received", "uk_speculative_ack", "en", "Harcourt Pryce", "recruitment@harcourtpryce.example.co.uk",
  "Harcourt Pryce Recruitment <recruitment@harcourtpryce.example.co.uk>", "Your application - Harcourt Pryce LLP",
  """
Dear Mateo,

Thank you for your application for the role of Legal Technology & Innovation Analyst. We confirm receipt of your CV and covering letter.

Applications will be reviewed by the hiring team once the advert closes on 15 May. Unfortunately we are unable to provide individual feedback at this stage of the process, but we will be in touch should you be shortlisted for interview.

Yours sincerely,

Graduate & Business Services Recruitment
Harcourt Pryce LLP
10 Fenchurch Avenue, London EC3M 5BN

Harcourt Pryce LLP is a limited liability partnership registered in England and Wales (OC123456) and is authorised and regulated by the Solicitors Regulation Authority.
""", fmt="alt", charset="windows-1252", date="2026-05-06 09:40")

m("application_received", "bumeran_argentina", "es", "Seguros del Plata", "",
  "Bumeran <no-reply@bumeran.com.ar>", "¡Te postulaste! Analista Legal Sr - Seguros del Plata",
  """
¡Hola Mateo!

Tu postulación al aviso Analista Legal Sr (Cumplimiento normativo) de Seguros del Plata fue enviada.

Salario pretendido: $ 2.800.000
Estado: CV enviado

Seguí el estado de tus postulaciones desde la app.

Bumeran Argentina
""", fmt="alt", date="2026-05-26 02:48")

m("application_received", "fr_accuse_reception", "fr", "Mutuelle du Rhône", "",
  "Mutuelle du Rhône - Recrutement <ne-pas-repondre@mutuelle-rhone.example.fr>", "Accusé de réception de votre candidature",
  """
Madame, Monsieur,

Nous accusons réception de votre candidature au poste de Chargé(e) de conformité RGPD (réf. MR-26-044) et vous en remercions.

Celle-ci va être étudiée avec la plus grande attention par nos équipes. Sans retour de notre part dans un délai de quatre semaines, vous pourrez considérer que nous ne sommes pas en mesure de donner une suite favorable à votre candidature.

Le service Recrutement
Mutuelle du Rhône
""", charset="iso-8859-1", date="2026-03-03 08:05")

m("application_received", "jobvite_received_en", "en", "Parkside Health Partners", "",
  "Parkside Health Partners <notification@jobvite.com>", "We received your application",
  """
Hello Mateo,

Thank you for your interest in the Privacy & Compliance Manager position at Parkside Health Partners. Your application has been received and is being reviewed by our recruiting team.

Due to the volume of applications we receive, we cannot respond to every applicant individually. If your qualifications match the requirements of the position, a member of our team will contact you.

Parkside Health Partners is an Equal Opportunity Employer.
""", fmt="html", date="2026-04-14 03:30")

# ---- offers --------------------------------------------------------------------------------
m("offer", "verbal_follow_up_tu", "es", "Clausula", "pablo@clausula.example.io",
  "Pablo Ibarra <pablo@clausula.example.io>", "Lo hablado ayer",
  """
Mateo,

Como te adelanté ayer por teléfono: queremos que te unas a Clausula como Head of Legal Ops 🎉

Te resumo lo que hablamos: 58.000 € brutos anuales fijos + 8% variable, 0,4% en phantom shares, remoto con 2 días/mes en Valencia, incorporación el 1 de abril. Te paso la carta formal mañana en cuanto la revise el asesor.

Cualquier duda me llamas.
Pablo
""", date="2026-02-20 20:10")

m("offer", "carta_oferta_adjunta", "es", "Grupo Financiero Altamira", "daniela.villarreal@gfaltamira.example.com.mx",
  "Daniela Villarreal <daniela.villarreal@gfaltamira.example.com.mx>", "Carta oferta - Gerente de Contratos",
  """
Hola Mateo, buen día.

Con mucho gusto te comparto la carta oferta para la posición de Gerente de Contratos en Grupo Financiero Altamira. En el documento adjunto encontrarás el paquete de compensación (sueldo base, aguinaldo de 40 días, vales de despensa, SGMM y bono anual) y la fecha propuesta de ingreso.

Te agradeceríamos nos hicieras llegar tu respuesta a más tardar el viernes 13 de marzo. Quedo atenta a cualquier duda.

¡Felicidades!

Daniela Villarreal
Atracción de Talento
Grupo Financiero Altamira
""", attach="Carta_Oferta_MSalazar.pdf", date="2026-03-09 18:30")

m("offer", "uk_pleased_to_offer", "en", "Harcourt Pryce", "rachel.hughes@harcourtpryce.example.co.uk",
  "Rachel Hughes <rachel.hughes@harcourtpryce.example.co.uk>", "Offer of employment",
  """
Dear Mateo,

Further to your recent interviews, I am delighted to confirm that we are pleased to offer you the position of Legal Technology & Innovation Analyst at Harcourt Pryce LLP, based in our London office with hybrid working.

Your starting salary will be £62,000 per annum, together with our standard benefits package. This offer is subject to satisfactory references and right-to-work checks. Your formal contract will follow from HR under separate cover.

I very much look forward to welcoming you to the firm.

Yours sincerely,

Rachel Hughes
Chief Operating Officer
Harcourt Pryce LLP
""", fmt="alt", charset="windows-1252", date="2026-06-04 16:00")

m("offer", "oferta_condicional_banco", "es", "Bancolina", "andres.pardo@bancolina.example.co",
  "Andrés Pardo <andres.pardo@bancolina.example.co>", "Oferta laboral - Director(a) Asociado(a) Legal Ops",
  """
Mateo, buenas noches.

Me alegra mucho contarte que el comité aprobó tu contratación. Queremos ofrecerte el cargo de Director Asociado de Operaciones Legales en Bancolina, con un salario integral de COP 32.000.000 mensuales y bonificación por resultados.

La oferta está condicionada a la verificación de referencias y al estudio de seguridad que hace nuestro equipo de Riesgo (toma unos 5 días hábiles). Mañana te escribe Gestión Humana con el detalle y los documentos.

Bienvenido (casi) al equipo!

Andrés Pardo
Director de Operaciones Legales
Bancolina
""", date="2026-06-01 01:15")

m("offer", "de_vertragsangebot", "de", "Paragraf Labs", "lea.schmitt@paragraf-labs.example.de",
  "Lea Schmitt <lea.schmitt@paragraf-labs.example.de>", "Dein Vertragsangebot",
  """
Hallo Mateo,

wir freuen uns sehr, dir die Position als Legal Operations Lead (remote, EU) anbieten zu können!

Anbei findest du deinen Arbeitsvertrag zur Unterschrift. Die wichtigsten Eckdaten: 78.000 EUR Jahresbruttogehalt, 30 Urlaubstage, virtuelle Beteiligung, Start am 1. Juni 2026. Du kannst den Vertrag ganz einfach digital über den Link im Anhang unterschreiben.

Wenn du Fragen hast, melde dich jederzeit bei mir.

Herzliche Grüße
Lea Schmitt
COO · Paragraf Labs GmbH
Torstraße 120 · 10119 Berlin
""", attach="Arbeitsvertrag_Mateo_Salazar.pdf", fmt="alt", date="2026-05-06 11:45")

m("offer", "fr_promesse_embauche", "fr", "Ouvrage Conseil", "camille.lefevre@ouvrage-conseil.example.fr",
  "Camille Lefèvre <camille.lefevre@ouvrage-conseil.example.fr>", "Proposition d'embauche",
  """
Bonjour Mateo,

Suite à nos différents entretiens, j'ai le plaisir de vous confirmer notre souhait de vous accueillir au sein d'Ouvrage Conseil en qualité de Legal Operations Manager.

Vous trouverez ci-joint votre promesse d'embauche précisant la rémunération (65 k€ bruts annuels + variable), le statut cadre et une date de prise de poste au 4 mai 2026. Je vous remercie de bien vouloir nous la retourner signée avant le 10 avril.

Au plaisir de travailler ensemble,

Camille Lefèvre
Responsable juridique
Ouvrage Conseil
""", attach="Promesse_embauche_Salazar.pdf", hcharset="utf-8", date="2026-03-31 17:05")

m("offer", "portugal_english_offer", "en", "Lusoenergia", "rita.santos@lusoenergia.example.pt",
  "Rita Santos <rita.santos@lusoenergia.example.pt>", "Job offer - Legal Counsel (Spain)",
  """
Dear Mateo,

On behalf of Lusoenergia, it is my pleasure to present you our job offer for the position of Legal Counsel - Contracts & Regulatory (Spain), reporting to Eng. Miguel Costa.

Please find attached the proposal with the remuneration and benefits conditions. We would kindly ask you to give us your feedback until 30 April. If you have any question, do not hesitate to contact me.

We are very happy with the possibility of having you in our team.

With best regards,
Rita Santos
Human Resources
Lusoenergia, SA
""", attach="Lusoenergia_Proposal_MSQ.pdf", date="2026-04-22 12:10")

m("offer", "miami_offer_letter_docusign", "en", "Brickell Compliance Partners", "jreyes@brickellcp.example.com",
  "Jessica Reyes <jreyes@brickellcp.example.com>", "Re: Regulatory Ops role",
  """
Hi Mateo!

Great talking to you again. As promised, I'm thrilled to officially extend you an offer to join Brickell Compliance Partners as Regulatory Operations Manager (remote from Madrid, with quarterly trips to Miami).

You'll get the offer letter through DocuSign in the next hour - base of $115,000, 10% target bonus, and our standard benefits. Let me know if you'd like to hop on a call to go through anything before you sign.

So excited!!
Jessica
""", quote=[("gmail_en", "Mateo Salazar Quintero <mateo.salazar@example.net>", "Thu, Jul 9, 2026 at 4:12 PM",
             "Hi Jessica,\n\nThank you for the final interview today, I really enjoyed meeting the team.\n\nBest,\nMateo")],
  fmt="alt", date="2026-07-13 15:30")

m("offer", "sevilla_contrato_firmar", "es", "Energía Solar Guadalquivir", "rocio.benitez@solarguadalquivir.example.es",
  "Rocío Benítez <rocio.benitez@solarguadalquivir.example.es>", "Documentación incorporación",
  """
Hola Mateo,

¡Enhorabuena otra vez! Tal como te comentó Alberto, nos encantaría que te incorporases como Técnico de Contratos el 1 de mayo.

Te adjunto el contrato (indefinido, 42.000 € brutos anuales en 14 pagas, jornada intensiva en verano) para que lo revises y nos lo devuelvas firmado. Para el alta en la Seguridad Social necesito también copia del DNI, número de afiliación y un IBAN.

Cualquier cosa me dices.

Rocío Benítez
RRHH · Energía Solar Guadalquivir
""", attach="Contrato_Salazar_Quintero.pdf", charset="windows-1252", date="2026-04-17 09:25")

m("offer", "lisboa_verbal_whatsapp_style", "es", "Atlântico Seguros", "joao.ferreira@atlanticoseguros.example.pt",
  "João Ferreira <joao.ferreira@atlanticoseguros.example.pt>", "Propuesta",
  """
Hola Mateo,

Te escribo en español (¡perdona los errores!). Después de la entrevista con nuestra administración, estamos muy contentos de proponerte el puesto de Compliance & Contracts Officer en Lisboa. La propuesta económica es 54.000 € anuales + seguro de salud, con posibilidad de trabajar dos días desde casa.

Recursos Humanos te enviará la carta formal esta semana. ¿Podemos hablar por teléfono el lunes para resolver tus dudas?

Un abrazo,
João Ferreira
Head of Compliance
Atlântico Seguros
""", hcharset="utf-8", charset="windows-1252", date="2026-03-27 18:50")

# ---- other: everything else that lands in the same inbox ----------------------------------
LIST = {"Precedence": "bulk"}

m("other", "infojobs_alerta", "es", "", "", "InfoJobs <alertas@infojobs.net>", "12 ofertas nuevas de Compliance en Madrid",
  """
Hola Mateo, tenemos nuevas ofertas para tu alerta "compliance legal madrid"

Abogado/a Senior Compliance - Consultora Big Four - Madrid - 45.000€ - 55.000€
Legal Operations Specialist - Fintech - Madrid (híbrido) - Salario no disponible
Técnico/a Protección de Datos - Aseguradora - Madrid - 38.000€ - 42.000€
Gestor/a de Contratos - Sector energético - Alcobendas - 40.000€
... y 8 ofertas más

Ver todas las ofertas: https://www.infojobs.net/alertas/ver?id=55123&utm_campaign=alert

Recibes este email porque creaste una alerta. Darse de baja: https://www.infojobs.net/alertas/baja?id=55123
""", fmt="alt", date="2026-01-10 07:00",
  headers={**LIST, "List-Unsubscribe": "<https://www.infojobs.net/alertas/baja?id=55123>", "List-Id": "<alertas.infojobs.net>"})

m("other", "linkedin_job_alert_en", "en", "", "", "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
  "“legal operations”: 27 new jobs in Spain",
  """
Your job alert for legal operations in Spain
27 new jobs match your preferences.

Legal Operations Manager
Northbeam Analytics · Barcelona (Remote)
Actively recruiting · 3 connections work here

Contract Manager - EMEA
Halvorsen Maritime · Madrid
Easy Apply

Privacy Program Manager
Quintus Pay · Remote
Be an early applicant

See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=legal%20operations

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
""", fmt="alt", date="2026-01-11 06:12",
  headers={**LIST, "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe>"})

m("other", "newsletter_rechazo_consejos", "es", "", "", "Carrera Legal Newsletter <boletin@carreralegal.example.es>",
  "Cómo encajar un \"no\" tras la entrevista final (y 5 ofertas de la semana)",
  """
CARRERA LEGAL · Boletín nº 212

Esta semana: el rechazo después de la entrevista final.

Nos escribe una lectora: "Llegué a la última ronda con un despacho internacional y me dijeron que habían decidido continuar con otro candidato. ¿Pido feedback?". Nuestra respuesta corta: sí, pero con una sola pregunta concreta. Y si no te convocan a entrevista en tres semanas, no lo tomes como algo personal.

También: qué hacer si te cancelan una entrevista en el último momento, y por qué deberías responder siempre a un correo de "lamentamos comunicarte".

Ofertas de la semana:
- Legal Ops Analyst · Fintech · Madrid
- Abogado/a Regulatorio · Energía · Bilbao

Has recibido este boletín porque te suscribiste en carreralegal.example.es. Darse de baja: https://carreralegal.example.es/baja
""", fmt="alt", date="2026-01-17 08:00",
  headers={**LIST, "List-Id": "Carrera Legal <boletin.carreralegal.example.es>",
           "List-Unsubscribe": "<https://carreralegal.example.es/baja>"})

m("other", "agencia_tributaria_notificacion", "es", "", "", "Agencia Tributaria <notificaciones@agenciatributaria.example.es>",
  "Aviso de puesta a disposición de notificación",
  """
Le informamos de que tiene a su disposición una notificación electrónica de la Agencia Estatal de Administración Tributaria.

Titular: SALAZAR QUINTERO MATEO
Procedimiento: Comprobación limitada IRPF 2024
Fecha de puesta a disposición: 21/01/2026

Puede acceder a la misma en la Sede Electrónica (apartado Mis notificaciones) o en la Dirección Electrónica Habilitada única (DEHú). Transcurridos diez días naturales sin que acceda a su contenido, se entenderá rechazada.

Este mensaje ha sido enviado de forma automática. Por favor, no responda.
""", charset="iso-8859-1", date="2026-01-21 04:10")

m("other", "seguridad_social_vida_laboral", "es", "", "", "Seguridad Social <no-contestar@seg-social.example.es>",
  "Informe de Vida Laboral solicitado",
  """
Estimado/a ciudadano/a:

Su solicitud de Informe de Vida Laboral ha sido tramitada correctamente. Puede descargar el documento desde Importass con su certificado digital o Cl@ve durante los próximos 30 días.

Tesorería General de la Seguridad Social
Este correo electrónico se ha generado automáticamente. No responda a este mensaje.
""", fmt="html", date="2026-01-24 10:00")

m("other", "recruiter_inmail_cold_en", "en", "", "hannah.lee@quorumtalent.example.com",
  "Hannah Lee via LinkedIn <inmail-hit-reply@linkedin.com>", "Legal Ops opportunities in 2026",
  """
Hi Mateo,

I came across your profile and was really impressed by your move from corporate law into legal operations - it's exactly the kind of hybrid profile our clients keep asking for.

I specialise in legal ops and privacy hires across Southern Europe and LATAM. Nothing specific to share right now, but I'd love to connect so I can keep you in mind as new mandates come in this year. Feel free to send me your CV whenever you're ready.

Best,
Hannah Lee
Principal | Quorum Talent
hannah.lee@quorumtalent.example.com
""", fmt="html", date="2026-01-27 13:33")

m("other", "banco_tarjeta_solicitud", "es", "", "", "Banco Cantábrico <avisos@bancocantabrico.example.es>",
  "Hemos recibido tu solicitud de Tarjeta Oro",
  """
Hola MATEO:

Hemos recibido tu solicitud de la Tarjeta Oro Banco Cantábrico. Nuestro equipo de riesgos la está revisando y te daremos una respuesta en un plazo máximo de 48 horas hábiles.

Por el volumen de solicitudes no podemos atender consultas individuales sobre su estado; puedes consultarlo en la app, en Mis solicitudes.

Gracias por confiar en nosotros.
Banco Cantábrico

Banco Cantábrico nunca te pedirá tus claves por email ni por SMS.
""", fmt="html", cte="base64", date="2026-01-29 12:45")

m("other", "podcast_entrevista_es", "es", "", "lucia@derechoalgrano.example.es",
  "Lucía Navarro <lucia@derechoalgrano.example.es>", "Entrevista para el podcast Derecho al Grano",
  """
Hola Mateo,

Soy Lucía, presento "Derecho al Grano", un podcast sobre tecnología y profesión jurídica. Leí tu artículo en el blog del Colegio sobre cómo digitalizasteis la gestión de contratos en tu despacho y me encantaría entrevistarte para un episodio.

Grabamos por videollamada, unos 40 minutos, sin preparación previa más allá de un guion que te mando antes. ¿Te animarías? Tenemos huecos en febrero.

Un abrazo,
Lucía Navarro
Derecho al Grano · derechoalgrano.example.es
""", date="2026-02-01 17:22")

m("other", "correos_envio_retrasado", "es", "", "", "Correos <noreply@correos.example.es>",
  "Tu envío PQ4YN70000123456 lleva retraso",
  """
Hola,

Lamentablemente, tu envío PQ4YN70000123456 va a llegar más tarde de lo previsto por una incidencia en el centro de tratamiento. Nueva fecha estimada de entrega: 06/02/2026.

Sentimos las molestias. Puedes seguir tu envío en correos.example.es/seguimiento

Correos
""", fmt="html", date="2026-02-03 09:15")

m("other", "own_sent_thank_you", "es", "", "", "Mateo Salazar Quintero <mateo.salazar@example.net>",
  "Re: Entrevista - Legal Ops",
  """
Hola Martina,

Muchas gracias por la entrevista de hoy con Federico y el equipo. Me quedo con muy buenas sensaciones, sobre todo por el proyecto de estandarización de contratos que comentasteis.

Quedo a vuestra disposición para lo que necesitéis.

Un saludo,
Mateo Salazar Quintero
+34 600 000 000
""", to="Martina González <mgonzalez@bulloiturraspe.example.com.ar>", charset="windows-1252",
  quote=[("gmail_es", "Martina González <mgonzalez@bulloiturraspe.example.com.ar>", "mar, 3 mar 2026 a las 11:02",
          "Hola Mateo,\n\nTe confirmo la entrevista con Federico Bulló (socio) el jueves 5 a las 10 hs de Argentina por Meet.\n\nSaludos,\nMartina")],
  date="2026-03-09 17:40")

m("other", "indeed_digest_en", "en", "", "", "Indeed <alert@indeed.com>", "Compliance Manager jobs in Madrid",
  """
Mateo, here are new jobs matching your search

Compliance Manager
Orbital Freight Ibérica - Madrid
€50,000 - €60,000 a year
Easily apply

Senior Privacy Analyst
Kestrel Retail Group - Remote
Responsive employer

Legal Operations Coordinator
Tellurian Insurance - Madrid

View all jobs: https://es.indeed.com/jobs?q=compliance+manager&l=Madrid

Unsubscribe from these emails: https://es.indeed.com/unsubscribe?id=abc
""", fmt="html", date="2026-02-08 05:40", headers={**LIST, "List-Unsubscribe": "<https://es.indeed.com/unsubscribe?id=abc>"})

m("other", "amigo_rechazo_propio", "es", "", "sergio.linares@example.org",
  "Sergio Linares <sergio.linares@example.org>", "jajaja te cuento",
  """
Tío, ¿qué tal llevas la búsqueda?

Yo al final nada con el banco: ayer me llegó el típico correo de "lamentamos comunicarte que no continúas en el proceso" después de CUATRO entrevistas y un caso práctico. Ni una llamada. En fin, así es esto.

A ver si quedamos el viernes y nos tomamos unas cañas, que nos las merecemos los dos.

Sergio
""", date="2026-02-13 22:48", cte="8bit")

m("other", "user_research_banco_app", "es", "", "", "Equipo de Investigación de Usuarios <research@bancocantabrico.example.es>",
  "¿Nos ayudas a mejorar la app? Entrevista de 30 minutos (25 € de regalo)",
  """
Hola Mateo:

Estamos rediseñando la app de Banco Cantábrico y queremos escucharte. Buscamos clientes para una entrevista por videollamada de 30 minutos sobre cómo gestionas tus finanzas desde el móvil.

Como agradecimiento recibirás una tarjeta regalo de 25 €. Elige día y hora aquí: https://research.bancocantabrico.example.es/agenda

Las plazas son limitadas.

Equipo de Investigación de Usuarios
Banco Cantábrico
""", fmt="html", date="2026-02-17 11:00",
  headers={"List-Unsubscribe": "<https://bancocantabrico.example.es/baja>"})

m("other", "welcome_jungle_fr", "fr", "", "", "Welcome to the Jungle <hello@welcometothejungle.com>",
  "Mateo, 6 offres qui pourraient vous plaire",
  """
Bonjour Mateo,

Voici les offres de la semaine sélectionnées pour vous :

Legal Operations Manager - Hublot & Cie (Paris, télétravail partiel)
Juriste Conformité RGPD - Banque Alizé (Lyon)
Contract Manager - Verdance Énergie (Nantes)

Et aussi : « Entretien d'embauche : 7 questions pièges et comment y répondre »

Voir toutes les offres : https://www.welcometothejungle.com/fr/jobs?utm_source=newsletter

Vous recevez cet e-mail car vous êtes inscrit(e) à nos alertes. Se désinscrire.
""", fmt="html", date="2026-02-19 07:30",
  headers={**LIST, "List-Unsubscribe": "<https://www.welcometothejungle.com/unsubscribe?u=9912>"})

m("other", "stepstone_jobagent_de", "de", "", "", "StepStone Jobagent <jobagent@stepstone.de>",
  "8 neue Jobs für „Legal Operations“",
  """
Hallo Mateo,

Ihr Jobagent hat 8 neue Stellenangebote für Sie gefunden:

Legal Operations Manager (m/w/d) - Falkenstein Versicherungen AG - Köln
Referent Vertragsmanagement (m/w/d) - Stadtwerke Nordheide - Hamburg
Datenschutzkoordinator (m/w/d) - Klinikum am Südpark - München

Alle Jobs ansehen: https://www.stepstone.de/jobagent/ergebnisse?id=7711

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Jobagent abbestellen.
""", fmt="alt", charset="iso-8859-1", hcharset="utf-8", date="2026-02-22 06:00",
  headers={**LIST, "List-Unsubscribe": "<https://www.stepstone.de/jobagent/abbestellen?id=7711>"})

m("other", "ooo_recruiter_es", "es", "", "jorge.sanz@talentoejecutivo.example.es",
  "Jorge Sanz <jorge.sanz@talentoejecutivo.example.es>", "Respuesta automática: Proceso Legal Ops Cierzo",
  """
Hola,

Estoy fuera de la oficina hasta el lunes 2 de marzo, con acceso limitado al correo. Para temas urgentes puedes contactar con Elena Marco (elena.marco@talentoejecutivo.example.es).

Gracias,
Jorge Sanz
""", date="2026-02-24 11:02", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})

m("other", "renfe_cambio_horario", "es", "", "", "Renfe <venta@renfe.example.es>",
  "Modificación en su viaje Madrid-Sevilla del 06/03/2026",
  """
Estimado/a cliente:

Le informamos de que, por obras en la infraestructura, el tren AVE 02131 Madrid Puerta de Atocha - Sevilla Santa Justa del 06/03/2026 modifica su horario de salida de las 08:00 a las 08:35. La llegada prevista pasa a ser las 11:15.

Si el nuevo horario no le conviene, puede anular su billete sin gastos o cambiarlo a otro tren en renfe.example.es o en taquilla.

Disculpe las molestias.
Renfe Viajeros
""", fmt="html", charset="iso-8859-1", date="2026-03-01 20:30")

m("other", "own_sent_follow_up_en", "en", "", "", "Mateo Salazar Quintero <mateo.salazar@example.net>",
  "Following up - Legal Technology & Innovation Analyst",
  """
Dear Rachel,

I hope you're well. I just wanted to follow up on my application for the Legal Technology & Innovation Analyst role and reiterate my interest. I understand the advert closed on 15 May; please let me know if there is anything further I can provide.

Kind regards,
Mateo Salazar Quintero
""", to="Rachel Hughes <rachel.hughes@harcourtpryce.example.co.uk>", date="2026-05-25 08:50")

m("other", "seur_ausente", "es", "", "", "SEUR <notificaciones@seur.example.es>",
  "No hemos podido entregar tu envío",
  """
Hola Mateo,

Nuestro repartidor ha pasado hoy a las 11:42 por tu domicilio para entregarte el envío de ZAPATERÍAS LUNA, pero no había nadie. Te hemos llamado al teléfono que nos diste sin respuesta.

Elige una nueva fecha de entrega o recógelo en una tienda Pickup: https://www.seur.example.es/reprogramar?env=12345678

SEUR
""", fmt="html", date="2026-03-07 11:50")

m("other", "glassdoor_newsletter_en", "en", "", "", "Glassdoor Community <community@glassdoor.com>",
  "You were rejected. Now what?",
  """
This week on Glassdoor

You were rejected. Now what?
Recruiters share how to turn "we've decided to move forward with other candidates" into your next opportunity - and why you should always reply to a rejection email.

Missed an interview? Here's how to apologize
Life happens. A short, honest note within 24 hours can save your candidacy.

Salaries: Legal Operations Manager in Madrid - €48K-€72K

Manage email preferences | Unsubscribe
Glassdoor, Inc., 50 Beale Street, San Francisco, CA 94105
""", fmt="html", date="2026-03-08 14:00",
  headers={**LIST, "List-Id": "Glassdoor Community <community.glassdoor.com>",
           "List-Unsubscribe": "<https://www.glassdoor.com/unsubscribe?k=x>"})

m("other", "iberdrola_factura", "es", "", "", "Hidrocantábrico Energía Clientes <facturas@hce-clientes.example.es>",
  "Tu factura de luz de febrero ya está disponible",
  """
Hola MATEO,

Ya puedes consultar tu factura de luz correspondiente al periodo 01/02/2026 - 28/02/2026.

Importe: 64,37 €
Fecha de cargo: 15/03/2026

Consulta el detalle en tu Área Clientes.

Hidrocantábrico Energía
""", fmt="html", cte="base64", date="2026-03-09 07:15")

m("other", "dhl_verzoegerung_de", "de", "", "", "DHL Paket <noreply@dhl.example.de>",
  "Ihre Sendung verzögert sich leider",
  """
Hallo Mateo Salazar,

leider verzögert sich die Zustellung Ihrer Sendung 00340434161234567890 aufgrund eines hohen Sendungsaufkommens. Neuer voraussichtlicher Zustelltag: Donnerstag, 12.03.2026.

Wir entschuldigen uns für die Unannehmlichkeiten.

Ihr DHL Team
""", fmt="html", charset="iso-8859-1", date="2026-03-10 09:40")

m("other", "gym_clase_cancelada", "es", "", "", "FitCentro Chamberí <hola@fitcentro.example.es>",
  "Tu clase de Pilates de mañana ha sido cancelada",
  """
Hola Mateo!

Te avisamos de que la clase de Pilates Reformer de mañana martes a las 19:00 queda cancelada porque la monitora está de baja. Te hemos devuelto el crédito a tu bono.

¿Te apuntamos a la del miércoles a la misma hora? Resérvala desde la app.

Nos vemos en el gym 💪
FitCentro Chamberí
""", date="2026-03-16 16:20")

m("other", "press_interview_en", "en", "", "k.mensah@legaltechreview.example.com",
  "Kwame Mensah <k.mensah@legaltechreview.example.com>", "Interview request - Legal Tech Review feature",
  """
Hi Mateo,

I'm a reporter at Legal Tech Review working on a feature about lawyers who move into legal operations in Southern Europe. A mutual contact suggested I speak to you.

Would you be open to a 20-minute interview by phone next week? Quotes would be attributed to you by name unless you prefer otherwise, and I'm happy to share them for fact-checking before we publish.

Thanks,
Kwame Mensah
Senior Reporter, Legal Tech Review
+44 20 7946 0999
""", date="2026-03-17 12:05")

m("other", "colegio_abogados_circular", "es", "", "", "Colegio de la Abogacía <comunicacion@colegioabogacia.example.es>",
  "Circular 14/2026: Convocatoria Junta General y cursos de Compliance",
  """
Estimado/a colegiado/a:

Se convoca Junta General Ordinaria el día 23 de abril de 2026 a las 17:00 horas en primera convocatoria en el Salón de Actos del Colegio.

Formación: Curso de Experto en Compliance Penal (5ª edición), del 4 de mayo al 29 de junio. Inscripción con descuento para colegiados hasta el 15 de abril.

Recordatorio: el segundo recibo semestral de la cuota colegial se girará el 1 de julio.

Departamento de Comunicación
""", fmt="alt", charset="iso-8859-1", date="2026-03-19 10:00",
  headers={**LIST, "List-Id": "Circulares <circulares.colegioabogacia.example.es>",
           "List-Unsubscribe": "<mailto:baja@colegioabogacia.example.es>"})

m("other", "calendar_standup_en", "en", "", "", "Google Calendar <calendar-notification@google.com>",
  "Notification: Legal Ops weekly standup @ Mon Mar 23, 2026 9:30am - 9:45am (CET)",
  """
Legal Ops weekly standup
Monday Mar 23, 2026 9:30am - 9:45am Central European Time - Madrid

Joining info: meet.google.com/abc-defg-hij

Organizer: Irene Carrasco
Guests: Mateo Salazar Quintero, Pedro Ruiz, Ana Beltrán

Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.
""", fmt="alt", date="2026-03-23 08:20", headers={"Auto-Submitted": "auto-generated"})

m("other", "inmobiliaria_alquiler_rechazado", "es", "", "carmen@inmopozuelo.example.es",
  "Carmen Ortega - Inmobiliaria Pozuelo Centro <carmen@inmopozuelo.example.es>",
  "Solicitud de alquiler - Calle Ríos Rosas 12, 3ºB",
  """
Hola Mateo,

Gracias por tu interés en el piso de Ríos Rosas. Lamentablemente, la propiedad ha decidido alquilarlo a otro solicitante cuya documentación (contrato indefinido con más de un año de antigüedad) se ajustaba mejor a los requisitos del seguro de impago.

Si quieres, te aviso cuando entren pisos similares por la zona.

Un saludo,
Carmen Ortega
Inmobiliaria Pozuelo Centro · 913 00 00 00
""", date="2026-03-26 13:10")

m("other", "university_admission_en", "en", "", "", "Admissions Office <admissions-noreply@lisbonlawschool.example.org>",
  "Your admission decision - LL.M. in Law and Technology",
  """
Dear Mateo Salazar Quintero,

Congratulations! We are pleased to offer you a place on the LL.M. in Law and Technology (2026-2027 intake), starting in September.

To accept your offer, please log in to the applicant portal and pay the enrolment deposit by 15 May 2026.

Admissions Office
Lisbon School of Law & Technology

This mailbox is not monitored.
""", fmt="html", date="2026-04-02 09:30")

m("other", "friend_en_rejection_story", "en", "", "claire.whitmore@example.com",
  "Claire Whitmore <claire.whitmore@example.com>", "ugh",
  """
M,

So remember that in-house role I was so excited about? Final round, four interviewers, the whole thing. Got the "after careful consideration we have decided not to proceed" email this morning. Not even a call!

Anyway, how's your search going? Did the Lisbon insurance thing work out? Drinks when I'm in Madrid next month?

C x

Sent from my iPhone
""", date="2026-04-04 10:20")

m("other", "gps_posicion_dispositivo", "es", "", "", "Localizador Familiar <no-reply@localizador.example.com>",
  "Nueva posición de «iPad de Mateo»",
  """
Hola Mateo:

Tu dispositivo «iPad de Mateo» se ha localizado. Posición aproximada: Calle de Alcalá 120, 28009 Madrid (precisión ±35 m), a las 18:42.

Si has perdido el dispositivo, puedes activar el Modo Perdido desde la app.

Localizador Familiar
""", fmt="html", date="2026-04-05 16:43")

m("other", "xing_newsletter_de", "de", "", "", "XING News <news@xing.example.com>",
  "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
  """
XING Karriere-Newsletter

Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig
Eine Absage ist kein Urteil über Ihre Person. Personalerinnen verraten, warum sich eine kurze, höfliche Antwort fast immer lohnt.

Einladung zum Interview: Diese 5 Fragen sollten Sie stellen

Gehaltsreport 2026: Was Juristinnen und Juristen in der Industrie verdienen

Newsletter abbestellen | Impressum
""", fmt="html", hcharset="utf-8", date="2026-04-06 07:05",
  headers={**LIST, "List-Id": "XING News <news.xing.example.com>", "List-Unsubscribe": "<https://xing.example.com/unsub>"})

m("other", "streaming_pago", "es", "", "", "Platea+ <info@mail.plateaplus.example.com>",
  "Problema con tu pago",
  """
Hola Mateo,

No hemos podido procesar el pago de tu suscripción Platea+ Premium. Actualiza tu forma de pago para seguir disfrutando de tus series sin interrupciones.

Actualizar ahora: https://plateaplus.example.com/cuenta/pago

El equipo de Platea+
""", fmt="html", date="2026-04-10 03:02")

m("other", "user_research_en", "en", "", "", "Quintus Pay Research <research@quintuspay.example.com>",
  "Interview invitation: help shape Quintus Pay for business",
  """
Hi Mateo,

We're talking to finance and legal professionals about how they approve vendor contracts and payments. Would you join a 45-minute research interview over Zoom? You'll get a $75 gift card as a thank-you.

Book a slot: https://quintuspay.example.com/research/book

This is not a job interview - we're just keen to learn from your experience.

Thanks,
The Quintus Pay Research Team
""", fmt="alt", date="2026-04-15 15:00")

m("other", "sparkasse_kreditantrag_de", "de", "", "", "Sparkasse Rheintal <service@sparkasse-rheintal.example.de>",
  "Ihr Kreditantrag ist bei uns eingegangen",
  """
Sehr geehrter Herr Salazar Quintero,

vielen Dank für Ihren Antrag auf einen Privatkredit über 12.000 EUR. Ihr Antrag ist bei uns eingegangen und wird derzeit geprüft. Wir melden uns in der Regel innerhalb von drei Werktagen bei Ihnen.

Mit freundlichen Grüßen
Ihre Sparkasse Rheintal

Dies ist eine automatisch erzeugte E-Mail.
""", charset="iso-8859-1", hcharset="utf-8", date="2026-04-18 14:22")

m("other", "fr_journaliste", "fr", "", "anne.rousseau@lejuridique.example.fr",
  "Anne Rousseau <anne.rousseau@lejuridique.example.fr>", "Demande d'interview - dossier legal ops",
  """
Bonjour Mateo,

Je suis journaliste au magazine Le Juridique et je prépare un dossier sur les juristes qui se reconvertissent dans les « legal operations » en Europe du Sud. Votre parcours m'a été recommandé par un confrère.

Accepteriez-vous de m'accorder une interview de 20 minutes par téléphone la semaine prochaine ? Je vous enverrai les citations pour relecture avant publication.

Bien à vous,
Anne Rousseau
Le Juridique
""", charset="iso-8859-1", date="2026-04-20 10:00")

m("other", "headhunter_cold_es", "es", "", "ricardo.mena@sumaexecutive.example.mx",
  "Ricardo Mena <ricardo.mena@sumaexecutive.example.mx>", "Oportunidad confidencial",
  """
Estimado Mateo, ¿qué tal?

Te contacto porque estamos trabajando una posición confidencial de Director de Cumplimiento para un grupo industrial con sede en Monterrey y tu trayectoria me pareció muy interesante.

Si te interesa explorar, ¿me compartes tu CV actualizado y tus expectativas económicas? Sin compromiso.

Saludos cordiales,
Ricardo Mena
Socio · Suma Executive Search
Monterrey · CDMX
""", date="2026-04-27 17:30")

m("other", "colissimo_retard_fr", "fr", "", "", "Colissimo <noreply@colissimo.example.fr>",
  "Votre colis est retardé",
  """
Bonjour,

Malheureusement, votre colis n° 6A12345678901 a pris du retard suite à un incident de transport. Nous mettons tout en œuvre pour vous le livrer dans les meilleurs délais.

Nouvelle date de livraison estimée : 02/05/2026.

Suivre mon colis : https://www.colissimo.example.fr/suivi

Colissimo
""", fmt="html", date="2026-04-29 08:10")

m("other", "tecnoempleo_alerta", "es", "", "", "Tecnoempleo <alertas@tecnoempleo.example.com>",
  "Ofertas Legal Tech / Compliance IT",
  """
Nuevas ofertas para tu búsqueda "legaltech compliance"

- Consultor/a GRC (ISO 27001 / ENS) - Sevilla - Teletrabajo 100%
- DPO / Privacy Officer - Barcelona - 50.000€
- Analista de Riesgos Tecnológicos y Normativos - Málaga

Ver ofertas: https://www.tecnoempleo.example.com/busqueda?q=compliance

Para dejar de recibir estas alertas, entra en tu perfil.
""", charset="iso-8859-1", date="2026-05-02 06:20",
  headers={**LIST, "List-Unsubscribe": "<https://www.tecnoempleo.example.com/baja?u=42>"})

m("other", "substack_legalops_en", "en", "", "", "The Legal Ops Letter <legalopsletter@substack.example.com>",
  "Issue #88: why your interview loop is broken",
  """
The Legal Ops Letter - Issue #88

Why your interview loop is broken
Most legal teams still run interviews like it's 2010: four unstructured conversations, no scorecard, and a rejection email that arrives six weeks later. Here's how the best teams run a structured loop, and how candidates can ask for one.

Also: the CLM market map 2026, and three open roles from readers.

You're on the free list for The Legal Ops Letter. Unsubscribe: https://legalopsletter.substack.example.com/unsubscribe
""", fmt="html", date="2026-05-09 12:00",
  headers={**LIST, "List-Id": "The Legal Ops Letter <legalopsletter.substack.example.com>",
           "List-Unsubscribe": "<https://legalopsletter.substack.example.com/unsubscribe>"})

m("other", "universidad_master_no_admitido", "es", "", "", "Posgrado Universidad Carlos de Amberes <posgrado-noresponder@ucamberes.example.es>",
  "Resolución de admisión - Máster en Derecho Digital y Legal Tech",
  """
Estimado/a estudiante:

Le comunicamos que, una vez finalizado el proceso de evaluación, la Comisión Académica del Máster en Derecho Digital y Legal Tech ha resuelto NO ADMITIR su solicitud para el curso 2026-2027 por haberse cubierto la totalidad de las plazas ofertadas.

Queda usted en lista de espera en la posición 14. Contra esta resolución podrá interponer recurso de alzada ante el Rector en el plazo de un mes.

Servicio de Posgrado
""", charset="iso-8859-1", date="2026-05-14 13:00")

m("other", "credit_card_application_en", "en", "", "", "Coral Bay Bank <alerts@coralbaybank.example.com>",
  "We've received your application",
  """
Hi Mateo,

Thanks for applying for the Coral Bay Travel Rewards credit card. Your application ID is CB-88213-X.

We're reviewing your application and will let you know our decision within 7-10 business days. Due to high demand we're unable to respond to individual status requests by email.

Coral Bay Bank, Member FDIC
""", fmt="html", cte="base64", date="2026-05-20 18:00")

m("other", "ooo_recruiter_en", "en", "", "olivia.bennett@sterlinglegal.example.co.uk",
  "Olivia Bennett <olivia.bennett@sterlinglegal.example.co.uk>", "Automatic reply: Legal Ops roles",
  """
Thank you for your email. I am currently on annual leave, returning on Monday 8th June, with no access to emails.

For anything urgent, please contact the team on +44 20 7946 0300.

Kind regards,
Olivia
""", date="2026-05-28 09:01", headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

m("other", "apartment_miami_declined_en", "en", "", "", "Bayfront Residences Leasing <leasing-noreply@bayfrontresidences.example.com>",
  "Update on your rental application - Unit 1204",
  """
Dear Mateo Salazar Quintero,

Thank you for applying to lease Unit 1204 at Bayfront Residences. After reviewing your application, we regret to inform you that we are unable to approve it at this time, as we were unable to verify U.S. rental history and income.

You may request a copy of the screening report within 60 days.

Bayfront Residences Leasing Office
""", fmt="alt", date="2026-06-15 20:00")

m("other", "radio_entrevista_es", "es", "", "produccion@ondaciudad.example.es",
  "Producción Onda Ciudad <produccion@ondaciudad.example.es>", "Entrevista en directo - martes",
  """
Hola Mateo,

Te escribimos desde el programa "Mañanas de Onda Ciudad". Estamos preparando una sección sobre la nueva ley de protección de datos en el trabajo y nos gustaría hacerte una entrevista en directo por teléfono el martes a las 10:40, unos 8 minutos.

¿Te vendría bien? Si es así, pásanos un móvil de contacto.

Gracias!
Producción - Onda Ciudad
""", date="2026-06-18 12:30")

m("other", "computrabajo_alerta_mx", "es", "", "", "Computrabajo <alertas@computrabajo.com>",
  "Mateo, 15 nuevas vacantes de Abogado en Monterrey",
  """
Vacantes recomendadas para ti

Abogado Corporativo - Despacho en San Pedro Garza García - $45,000 a $55,000 mensuales
Gerente Jurídico de Cumplimiento - Empresa industrial - Monterrey
Abogado de Contratos (Inglés avanzado) - Santa Catarina

Ver todas: https://mx.computrabajo.com/trabajo-de-abogado-en-monterrey

Deja de recibir estas alertas aquí.
""", fmt="html", date="2026-06-22 05:10", headers={**LIST, "List-Unsubscribe": "<https://mx.computrabajo.com/baja>"})

m("other", "de_freund_absage", "de", "", "niklas.becker@example.org",
  "Niklas Becker <niklas.becker@example.org>", "Neuigkeiten",
  """
Hey Mateo,

kurzes Update von mir: Die Stelle bei der Versicherung in München hat leider nicht geklappt, heute kam die Absage ("wir haben uns für einen anderen Kandidaten entschieden"). Nach drei Runden echt ärgerlich.

Wie läuft's bei dir? Hast du von den Lisboetas was gehört? Lass mal wieder telefonieren.

Grüße aus Köln
Niklas
""", date="2026-06-25 21:00")

m("other", "fr_apec_newsletter", "fr", "", "", "Cadres Avenir <newsletter@cadresavenir.example.fr>",
  "Entretien annulé, refus, silence radio : comment rebondir",
  """
LA LETTRE CADRES AVENIR

Entretien annulé à la dernière minute, refus après trois tours, silence radio : nos conseils pour rebondir.

- « Nous avons le regret de vous informer... » : faut-il répondre à un refus ?
- Vous avez manqué un entretien ? Le message d'excuse à envoyer dans l'heure.
- Les offres de la semaine : juriste conformité, DPO, contract manager.

Se désabonner | Gérer mes préférences
""", fmt="html", date="2026-07-01 07:00",
  headers={**LIST, "List-Id": "Cadres Avenir <newsletter.cadresavenir.example.fr>",
           "List-Unsubscribe": "<https://cadresavenir.example.fr/desabonnement>"})

m("other", "own_sent_decline_es", "es", "", "", "Mateo Salazar Quintero <mateo.salazar@example.net>",
  "Re: Oferta laboral - Director(a) Asociado(a) Legal Ops",
  """
Hola Andrés,

Mil gracias por la oferta y por la confianza de todo el equipo. Después de pensarlo mucho he decidido aceptar otra propuesta en Madrid, por motivos familiares, así que tengo que declinar.

Ha sido un placer conocerte durante el proceso y ojalá coincidamos en el futuro.

Un abrazo,
Mateo
""", to="Andrés Pardo <andres.pardo@bancolina.example.co>", date="2026-07-20 09:30")

m("other", "seguro_poliza_solicitud", "es", "", "", "Seguros Horizonte Directo <clientes@horizontedirecto.example.es>",
  "Hemos recibido tu solicitud de seguro de hogar",
  """
Hola Mateo,

Gracias por solicitar tu seguro de hogar con Horizonte Directo. Hemos recibido la solicitud nº HD-2026-77812 y la estamos revisando. En 24-48 horas te enviaremos la póliza para firmar.

Horizonte Directo
""", fmt="html", date="2026-08-03 11:30")

m("other", "sat_buzon_tributario_mx", "es", "", "", "SAT Buzón Tributario <buzon-noreply@sat.example.gob.mx>",
  "Tienes un mensaje de interés en tu Buzón Tributario",
  """
Estimado contribuyente SAQM850101XXX:

Tienes un nuevo mensaje de interés en tu Buzón Tributario. Ingresa con tu e.firma o contraseña para consultarlo.

Servicio de Administración Tributaria
Este mensaje es generado automáticamente, no lo respondas.
""", charset="iso-8859-1", date="2026-09-02 14:00")

m("other", "fr_amie_refus", "fr", "", "julie.marchand@example.fr",
  "Julie Marchand <julie.marchand@example.fr>", "des nouvelles",
  """
Coucou Mateo,

Bon, le cabinet parisien m'a finalement dit non : « nous avons retenu une autre candidature », après quatre entretiens, je suis dégoûtée. Je vais prendre une semaine pour souffler avant de reprendre les candidatures.

Et toi, ça avance avec les Portugais ? Tiens-moi au courant !

Bises,
Julie
""", cte="8bit", date="2026-04-12 21:40")


if __name__ == "__main__":
    main()
