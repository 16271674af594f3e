"""Writes the twenty-fourth labelled corpus: one job seeker's inbox, January to June 2026.

Run `python tests/corpus_twentyfourth/make_twentyfourth.py` to rewrite every .eml and labels.csv
from the message definitions below. It imports only the standard library (no classifier code):
the corpus must not be shaped by what the classifier does.

Each message is written by hand as its sender would write it; this module only renders the
structure (MIME layout, charset, transfer encoding, quoted reply chains, calendar parts).
"""

from __future__ import annotations

import csv
import hashlib
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CAND_ADDR = "diego.fernandez@example.com"
CAND = f"Diego Fernández Ruiz <{CAND_ADDR}>"
POLICY = default_policy.clone(linesep="\n", max_line_length=998)

DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
}
LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli"],
}
LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli"],
}


def when(stamp: str) -> datetime:
    """A corpus date: '2026-02-03 10:12' is Madrid winter time unless an offset follows."""
    if stamp[-6] in "+-":
        return datetime.fromisoformat(stamp)
    return datetime.fromisoformat(stamp + "+01:00")


@dataclass(frozen=True)
class Quote:
    """One earlier message in a reply chain, rendered in the style of the replying client."""

    style: str  # gmail_en, gmail_es, gmail_de, gmail_fr, outlook_en/_es/_fr/_de, iphone_es
    who: str
    date: str
    text: str
    to: str = CAND
    subject: str = ""


def _intro(q: Quote) -> str:
    d = when(q.date)
    lang = q.style.rsplit("_", 1)[-1]
    wd, mon, lmon = d.weekday(), d.month - 1, d.month - 1
    hm = d.strftime("%H:%M")
    if q.style == "gmail_en":
        h12 = d.strftime("%I:%M %p").lstrip("0")
        return f"On {DAYS['en'][wd]}, {MONTHS['en'][mon]} {d.day}, {d.year} at {h12} {q.who} wrote:"
    if q.style == "gmail_es":
        name, _, addr = q.who.partition(" <")
        return (f"El {DAYS['es'][wd]}, {d.day} {MONTHS['es'][mon]} {d.year} a las {hm}, "
                f"{name} (<{addr}) escribió:")
    if q.style == "iphone_es":
        return f"El {d.day} {MONTHS['es'][mon]} {d.year}, a las {hm}, {q.who} escribió:"
    if q.style == "gmail_de":
        return (f"Am {DAYS['de'][wd]}, {d.day}. {MONTHS['de'][mon]} {d.year} um {hm} Uhr "
                f"schrieb {q.who}:")
    if q.style == "gmail_fr":
        return f"Le {DAYS['fr'][wd]} {d.day} {MONTHS['fr'][mon]} {d.year} à {hm}, {q.who} a écrit :"
    labels = {
        "en": ("From", "Sent", "To", "Subject"),
        "es": ("De", "Enviado", "Para", "Asunto"),
        "fr": ("De ", "Envoyé ", "À ", "Objet "),
        "de": ("Von", "Gesendet", "An", "Betreff"),
    }[lang]
    if lang == "en":
        sent = f"{LONG_DAYS['en'][wd]}, {LONG_MONTHS['en'][lmon]} {d.day}, {d.year} {hm}"
    elif lang == "es":
        sent = f"{LONG_DAYS['es'][wd]}, {d.day} de {LONG_MONTHS['es'][lmon]} de {d.year} {hm}"
    elif lang == "fr":
        sent = f"{LONG_DAYS['fr'][wd]} {d.day} {LONG_MONTHS['fr'][lmon]} {d.year} {hm}"
    else:
        sent = f"{LONG_DAYS['de'][wd]}, {d.day}. {LONG_MONTHS['de'][lmon]} {d.year} {hm}"
    rows = zip(labels, (q.who, sent, q.to, q.subject), strict=True)
    return "________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows)


def render_chain(quotes: list[Quote]) -> str:
    """The quoted history under a reply: Gmail-style chains nest with '>', Outlook's do not."""
    if not quotes:
        return ""
    head, rest = quotes[0], quotes[1:]
    inner = head.text.strip("\n")
    if rest:
        inner += "\n\n" + render_chain(rest)
    if head.style.startswith("outlook"):
        return _intro(head) + "\n\n" + inner
    quoted = "\n".join(">" + (" " + line if line and not line.startswith(">") else line)
                       for line in inner.split("\n"))
    return _intro(head) + "\n\n" + quoted


HTML_SHELLS = {
    "ats": """<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head>
<body style="margin:0;padding:0;background:#f2f4f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f4f7"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<tr><td style="padding:18px 24px;border-bottom:3px solid {accent}"><img src="https://{domain}/assets/logo.png" alt="{brand}" width="140" style="display:block"></td></tr>
<tr><td style="padding:24px">{paras}</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#8a8f98;background:#fafafa">{footer}<br><img src="https://{domain}/o/{track}.gif" width="1" height="1" alt=""></td></tr>
</table></td></tr></table></body></html>""",
    "outlook": """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}} --></style></head>
<body lang="ES" link="#0563C1" vlink="#954F72"><div class="WordSection1">
{paras}
<p class="MsoNormal"><img width="120" height="40" src="cid:image001.png@01DC{track}" alt="{brand}"></p>
<p class="MsoNormal" style="font-size:8.0pt;color:gray">{footer}</p>
</div></body></html>""",
    "simple": """<div dir="ltr">{paras}<div style="font-size:11px;color:#777">{footer}</div></div>""",
}


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def auto_html(body: str, shell: str, brand: str, domain: str, footer: str, track: str) -> str:
    """An HTML body from the plain text: one paragraph per blank-line block, links made live."""
    tag = {"ats": "<p style=\"margin:0 0 14px 0;line-height:20px\">",
           "outlook": "<p class=\"MsoNormal\">", "simple": "<div>"}[shell]
    close = "</div><div><br></div>" if shell == "simple" else "</p>"
    paras = []
    for block in body.strip().split("\n\n"):
        html = _html_escape(block)
        words = []
        for word in html.split(" "):
            if word.startswith("https://"):
                target = f"https://click.{domain}/ls/click?upn={track}&amp;u={word[8:]}"
                word = f'<a href="{target}" style="color:#1a73e8">{word}</a>'
            words.append(word)
        paras.append(tag + " ".join(words).replace("\n", "<br>\n") + close)
    return HTML_SHELLS[shell].format(paras="\n".join(paras), brand=_html_escape(brand),
                                     domain=domain, footer=_html_escape(footer),
                                     track=track, accent="#0b5fff")


def ics(uid: str, summary: str, start: str, minutes: int, organizer: str, *,
        method: str = "REQUEST", location: str = "", status: str = "CONFIRMED",
        sequence: int = 0, description: str = "") -> str:
    """A one-event iTIP calendar object as an employer's calendar would send it."""
    s = when(start).astimezone(UTC)
    e = s + timedelta(minutes=minutes)
    fmt = "%Y%m%dT%H%M%SZ"
    name, _, addr = organizer.partition(" <")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
        f"DTSTAMP:{(s - timedelta(days=3)).strftime(fmt)}", f"DTSTART:{s.strftime(fmt)}",
        f"DTEND:{e.strftime(fmt)}", f"SUMMARY:{summary}", f"SEQUENCE:{sequence}",
        f"STATUS:{status}", f"ORGANIZER;CN={name}:mailto:{addr.rstrip('>')}",
        f"ATTENDEE;CN=Diego Fernández Ruiz;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CAND_ADDR}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


@dataclass
class Mail:
    """One corpus message: its label and everything needed to render it."""

    kind: str
    scenario: str
    lang: str
    frm: str
    subject: str
    date: str
    body: str = ""
    company: str = ""
    contact: str = ""
    to: str = CAND
    cc: str = ""
    reply_to: str = ""
    fmt: str = "plain"  # plain | html | alt
    html_style: str = "ats"
    html: str = ""
    footer: str = ""
    charset: str = "utf-8"
    cte: str = ""  # "" lets the email package choose; else quoted-printable/base64/8bit
    header_charset: str = "utf-8"
    quotes: list[Quote] = field(default_factory=list)
    calendar: str = ""
    attach: str = ""
    irt: str = ""
    extra: dict[str, str] = field(default_factory=dict)


MAILS: list[Mail] = []


def mail(kind: str, scenario: str, lang: str, **kw: object) -> None:
    MAILS.append(Mail(kind, scenario, lang, **kw))  # type: ignore[arg-type]


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].rstrip(">").strip()


def _header(value: str, charset: str) -> str:
    """Encoded-words for non-ASCII header text, in the charset the sending client used."""
    if value.isascii():
        return value
    if "<" in value and value.endswith(">"):
        name, _, addr = value.rpartition(" <")
        return Header(name, charset).encode() + " <" + addr
    return Header(value, charset).encode()


def _text_part(text: str, subtype: str, m: Mail) -> EmailMessage:
    part = EmailMessage(policy=POLICY)
    kwargs: dict[str, str] = {"subtype": subtype, "charset": m.charset}
    if m.cte:
        kwargs["cte"] = m.cte
    part.set_content(text, **kwargs)  # type: ignore[arg-type]
    del part["MIME-Version"]
    return part


def render(m: Mail, msgid: str) -> bytes:
    """The message as bytes: headers written the way the sending client writes them."""
    text = textwrap.dedent(m.body).strip("\n") + "\n"
    if m.quotes:
        text += "\n" + render_chain(m.quotes) + "\n"
    domain = _domain(m.frm)
    track = hashlib.sha1(msgid.encode()).hexdigest()[:16]
    html = m.html or auto_html(text, m.html_style, m.company or domain, domain, m.footer, track)
    if m.fmt == "plain":
        body = _text_part(text + (("\n" + m.footer + "\n") if m.footer else ""), "plain", m)
    elif m.fmt == "html":
        body = _text_part(html, "html", m)
    else:
        body = EmailMessage(policy=POLICY)
        body.make_alternative()
        del body["MIME-Version"]
        body.attach(_text_part(text + (("\n" + m.footer + "\n") if m.footer else ""), "plain", m))
        body.attach(_text_part(html, "html", m))
    if m.calendar:
        method = next(line.split(":", 1)[1] for line in m.calendar.split("\r\n")
                      if line.startswith("METHOD:"))
        cal = EmailMessage(policy=POLICY)
        cal.set_content(m.calendar.encode(), maintype="text", subtype="calendar",
                        cte="base64" if not m.calendar.isascii() else "7bit",
                        params={"method": method, "charset": "utf-8"})
        del cal["MIME-Version"]
        if body.is_multipart():
            body.attach(cal)
        else:
            wrapper = EmailMessage(policy=POLICY)
            wrapper.make_alternative()
            wrapper.attach(body)
            wrapper.attach(cal)
            body = wrapper
    if m.attach:
        outer = EmailMessage(policy=POLICY)
        outer.make_mixed()
        del outer["MIME-Version"]
        outer.attach(body)
        pdf = b"%PDF-1.4\n% corpus placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        att = EmailMessage(policy=POLICY)
        att.set_content(pdf, maintype="application", subtype="pdf", filename=m.attach)
        del att["MIME-Version"]
        outer.attach(att)
        body = outer
    for number, part in enumerate(p for p in body.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{track}_{number}")  # stable output, run after run
    head = [
        f"Return-Path: <{m.frm.rpartition('<')[2].rstrip('>')}>",
        f"Date: {format_datetime(when(m.date))}",
        f"From: {_header(m.frm, m.header_charset)}",
        f"To: {_header(m.to, m.header_charset)}",
    ]
    if m.cc:
        head.append(f"Cc: {_header(m.cc, m.header_charset)}")
    if m.reply_to:
        head.append(f"Reply-To: {_header(m.reply_to, m.header_charset)}")
    head.append(f"Subject: {_header(m.subject, m.header_charset)}")
    head.append(f"Message-ID: {msgid}")
    if m.irt:
        head.append(f"In-Reply-To: {m.irt}")
        head.append(f"References: {m.irt}")
    head += [f"{k}: {_header(v, m.header_charset)}" for k, v in m.extra.items()]
    head.append("MIME-Version: 1.0")
    return ("\n".join(head) + "\n").encode("ascii") + body.as_bytes(policy=POLICY)


def msgid_for(index: int, m: Mail) -> str:
    digest = hashlib.sha1(f"{index}:{m.scenario}:{m.date}".encode()).hexdigest()[:20]
    return f"<{digest}.{index:03d}@{_domain(m.frm)}>"


def earlier_id(tag: str, domain: str = "example.com") -> str:
    """The Message-ID of a message quoted in a chain (not itself in the corpus)."""
    return f"<{hashlib.sha1(tag.encode()).hexdigest()[:24]}@{domain}>"


def write_all() -> None:
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    rows = []
    for index, m in enumerate(MAILS, start=1):
        rel = f"{m.kind}/{index:03d}_{m.scenario}.eml"
        (ROOT / m.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(render(m, msgid_for(index, m)))
        rows.append([rel, m.kind, m.company, m.contact, m.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


# --------------------------------------------------------------------------------------------
# The inbox. Grouped by kind for the writer's convenience; dates run January to June 2026.
# --------------------------------------------------------------------------------------------

# ---------------------------------------------------------------- rejection (30)
mail("rejection", "workday_template_es", "es",
     frm="Ferralia Automoción <ferralia@myworkday.com>",
     subject="Actualización sobre tu candidatura - Responsable de Mantenimiento (R-10482)",
     date="2026-01-14 09:02", company="Ferralia Automoción", fmt="alt", html_style="ats",
     footer="Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.",
     body="""
     Hola Diego:

     Gracias por tu interés en el puesto Responsable de Mantenimiento (R-10482) en nuestra planta de Figueruelas.

     Tras revisar detenidamente tu candidatura, lamentamos comunicarte que hemos decidido continuar el proceso con otros perfiles que se ajustan más a los requisitos de la posición.

     Guardaremos tus datos para futuras vacantes, salvo que nos indiques lo contrario. Puedes consultar otras ofertas en https://ferralia.wd3.myworkday.com/careers

     Un saludo,
     Equipo de Talento
     Ferralia Automoción
     """)

mail("rejection", "mobile_hiring_manager_es", "es",
     frm="Iñaki Urrutia <iurrutia@astillerosnervion.example.com>",
     subject="Re: Jefe de Mantenimiento Naval",
     date="2026-01-19 21:47", company="Astilleros del Nervión",
     contact="iurrutia@astillerosnervion.example.com",
     irt=earlier_id("nervion-1"),
     quotes=[Quote("iphone_es", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-01-12 08:30",
                   "Buenos días Iñaki,\n\nTe escribo para saber si hay novedades sobre el proceso de Jefe de Mantenimiento. Quedo a tu disposición.\n\nUn saludo,\nDiego")],
     body="""
     Diego, perdona la tardanza. Al final nos hemos quedado con un candidato interno que ya conocía el dique. No sigues en el proceso, lo siento. Mucha suerte

     Iñaki

     Enviado desde mi iPhone
     """)

mail("rejection", "soft_aligns_en", "en",
     frm="Laura Bennett <laura.bennett@northgate-minerals.example.com>",
     subject="Your application – Reliability Engineering Lead, Antofagasta",
     date="2026-01-21 16:10", company="Northgate Minerals",
     contact="laura.bennett@northgate-minerals.example.com", fmt="alt", html_style="outlook",
     footer="This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Northgate Minerals Ltd is registered in England and Wales, No. 08812234.",
     body="""
     Dear Diego,

     Thank you for taking the time to apply for the Reliability Engineering Lead role at our Antofagasta operation, and for your patience while we reviewed a very strong field.

     After careful consideration we've decided to pursue other candidates whose background more closely aligns with the specific requirements of this position, particularly hands-on experience with large-scale flotation circuits.

     I appreciate this is disappointing news. We'd genuinely like to keep your details on file and may be in touch should something more suitable come up.

     Kind regards,

     Laura Bennett
     Talent Acquisition Partner | Northgate Minerals
     M +44 7700 900412
     """)

mail("rejection", "taleo_oldschool_en", "en",
     frm="Hanseo Biologics Careers <no-reply@taleo.net>",
     subject="Hanseo Biologics - Maintenance Manager (Req 2601-0113)",
     date="2026-01-23 03:15", company="Hanseo Biologics", fmt="html",
     html="""<html><body><font face="Arial" size="2">Dear Diego Fernández Ruiz,<br><br>
We thank you for your application for the position of <b>Maintenance Manager (Req 2601-0113)</b> at Hanseo Biologics Lisbon Site.<br><br>
We regret to inform you that your profile has not been selected to proceed further in our recruitment process. This decision was made after a careful comparison of all applicant qualifications.<br><br>
We thank you for your interest in Hanseo Biologics and wish you every success in your future career.<br><br>
Best Regards,<br>Global Talent Acquisition Team<br>Hanseo Biologics<br><br>
<font size="1" color="#999999">*** This is an automatically generated email, please do not reply ***</font></font></body></html>""")

mail("rejection", "after_take_home_es", "es",
     frm="Marta Gil Solé <marta.gil@cerveceradelturia.example.com>",
     subject="Prueba técnica - Jefe de Mantenimiento y Utilities",
     date="2026-01-28 13:22", company="Cervecera del Turia",
     contact="marta.gil@cerveceradelturia.example.com",
     body="""
     Hola Diego,

     Muchas gracias por el tiempo que dedicaste a la prueba técnica del plan de mantenimiento preventivo para la línea de envasado. El equipo la revisó con detalle y valoró especialmente el análisis de criticidad.

     Aun así, después de comparar todas las pruebas, hemos decidido no avanzar con tu candidatura a la siguiente fase. Buscábamos a alguien con más experiencia específica en sistemas de frío industrial y CIP.

     Si quieres, te puedo pasar un par de comentarios más concretos por teléfono.

     Un abrazo y suerte,

     Marta Gil Solé
     People & Culture · Cervecera del Turia
     Tel. 961 23 45 67
     """)

mail("rejection", "agency_relayed_es", "es",
     frm="Sergio Palomares | Talentia Selección <sergio.palomares@talentia-seleccion.example.com>",
     subject="Feedback proceso Director/a de Planta – Sevilla",
     date="2026-02-02 18:05", company="Aguas del Bajo Guadalquivir",
     contact="sergio.palomares@talentia-seleccion.example.com", fmt="alt", html_style="outlook",
     footer="AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. En cumplimiento del RGPD (UE) 2016/679, le informamos de que sus datos serán tratados por Talentia Selección S.L. con la finalidad de gestionar procesos de selección.",
     body="""
     Buenas tardes Diego:

     Te escribo con el feedback del cliente, Aguas del Bajo Guadalquivir, tras la entrevista del martes con el Director de Operaciones.

     Han quedado muy contentos con tu perfil técnico, pero finalmente han optado por una persona con más recorrido gestionando equipos sindicados en el sector público. Por tanto, no continuaremos en este proceso.

     Por mi parte sigo contando contigo para otros procesos de planta que tenemos abiertos en Andalucía; te llamo la semana que viene y lo hablamos.

     Un saludo,

     Sergio Palomares
     Senior Consultant – Industrial & Engineering
     Talentia Selección
     +34 954 00 11 22 | +34 611 22 33 44
     """)

mail("rejection", "very_short_en", "en",
     frm="Tom Kerrigan <tom@kerriganwind.example.com>",
     subject="Re: Site Manager",
     date="2026-02-04 07:58", company="Kerrigan Wind Services",
     contact="tom@kerriganwind.example.com",
     irt=earlier_id("kerrigan-1"),
     quotes=[Quote("gmail_en", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-01-30 11:02",
                   "Hi Tom,\n\nThanks again for the call on Tuesday. Just checking whether there is any news on the Site Manager role.\n\nBest,\nDiego")],
     body="""
     Thanks for your time Diego, but we won't be moving forward. All the best.

     Tom
     --
     Kerrigan Wind Services | Operations Director
     """)

mail("rejection", "position_filled_es_mx", "es",
     frm="Reclutamiento Autopartes Regiomontanas <reclutamiento@autopartesregio.example.com>",
     subject="Vacante Gerente de Mantenimiento - Planta Apodaca",
     date="2026-02-06 10:40", company="Autopartes Regiomontanas",
     contact="reclutamiento@autopartesregio.example.com",
     charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1",
     body="""
     Estimado Ing. Fernández:

     Por medio del presente le agradecemos su interés en la vacante de Gerente de Mantenimiento para nuestra planta de Apodaca, N.L.

     Le informamos que la posición ya fue cubierta. Su currículum permanecerá en nuestra base de datos por un periodo de seis meses, y en caso de abrirse una vacante acorde a su perfil nos pondremos en contacto con usted.

     Sin más por el momento, reciba un cordial saludo.

     Lic. Patricia Garza Villarreal
     Coordinación de Atracción de Talento
     Autopartes Regiomontanas
     Tel. (81) 8340 1200 ext. 214
     """)

mail("rejection", "role_on_hold_en_in", "en",
     frm="Priya Raghavan <priya.raghavan@krishnainfra.example.com>",
     subject="Update",
     date="2026-02-09 12:31", company="Krishna Infra Engineering",
     contact="priya.raghavan@krishnainfra.example.com",
     body="""
     Dear Diego,

     Greetings from Krishna Infra Engineering.

     This is with reference to your candidature for the post of Plant Maintenance Head for our upcoming Monterrey facility. Kindly note that the management has decided to put the requirement on hold owing to a revision in the project timelines, and hence we shall not be proceeding with the position at this juncture.

     We regret the inconvenience caused and thank you for the time invested in the discussions so far. Your profile shall be kept in our records.

     Thanks & Regards,
     Priya Raghavan
     Manager - HR (Talent Acquisition)
     Krishna Infra Engineering Pvt. Ltd.
     Mob: +91 98450 12345
     """)

mail("rejection", "after_panel_de_formal", "de",
     frm="Katrin Albers <katrin.albers@kessler-antriebstechnik.example.de>",
     subject="Ihre Bewerbung als Leiter Instandhaltung (m/w/d)",
     date="2026-02-11 15:20", company="Kessler Antriebstechnik",
     contact="katrin.albers@kessler-antriebstechnik.example.de", fmt="alt", html_style="outlook",
     charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1",
     footer="Kessler Antriebstechnik GmbH · Sitz: Stuttgart · Amtsgericht Stuttgart HRB 71234 · Geschäftsführer: Dr. Rainer Kessler, Jutta Brandt",
     body="""
     Sehr geehrter Herr Fernández Ruiz,

     vielen Dank für Ihren Besuch in Stuttgart-Feuerbach und das offene Gespräch mit Herrn Dr. Weiß und mir.

     Nach sorgfältiger Abwägung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Erfahrung im Bereich Getriebefertigung unserem Anforderungsprofil noch etwas näher kommt.

     Diese Entscheidung ist uns nicht leichtgefallen. Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

     Mit freundlichen Grüßen

     Katrin Albers
     Personalreferentin
     Kessler Antriebstechnik GmbH
     Tel. +49 711 8890-214
     """)

mail("rejection", "computrabajo_blunt_es", "es",
     frm="Computrabajo <no-reply@computrabajo.com>",
     subject="La empresa ha descartado tu hoja de vida",
     date="2026-02-12 08:00", fmt="html", company="Minera Tierra Roja",
     html="""<table width="100%" style="font-family:Arial;font-size:14px"><tr><td>
<p>Hola Diego,</p>
<p>La empresa <strong>Minera Tierra Roja</strong> ha revisado tu hoja de vida para la oferta <a href="https://cl.computrabajo.com/trk?o=8812&u=99">Superintendente de Mantenimiento Planta</a> y <b>no ha continuado con tu proceso</b>.</p>
<p>¡No te desanimes! Hay 1.240 ofertas nuevas de Mantenimiento en Chile esta semana.</p>
<p><a href="https://cl.computrabajo.com/ofertas-de-trabajo/?q=mantenimiento" style="background:#0d6efd;color:#fff;padding:8px 14px;text-decoration:none">Ver ofertas</a></p>
<p style="font-size:11px;color:#888">Recibes este correo porque te postulaste a una oferta en Computrabajo. <a href="https://cl.computrabajo.com/unsubscribe">Darse de baja</a></p>
</td></tr></table>""")

mail("rejection", "after_final_interview_fr", "fr",
     frm="Camille Roussel <c.roussel@aerostructures-garonne.example.fr>",
     subject="Votre candidature – Responsable Maintenance Site de Colomiers",
     date="2026-02-13 17:45", company="Aérostructures Garonne",
     contact="c.roussel@aerostructures-garonne.example.fr",
     body="""
     Bonjour Diego,

     Je vous remercie encore pour votre venue à Colomiers et pour les échanges avec l'équipe de direction du site.

     Malheureusement, nous ne donnerons pas une suite favorable à votre candidature : nous avons retenu un profil disposant d'une expérience plus longue dans l'aéronautique et des exigences EN 9100.

     Ce n'était pas une décision facile, votre parcours a été très apprécié. Je me permets de conserver votre CV pour de futures opportunités.

     Bien cordialement,

     Camille Roussel
     Chargée de recrutement
     Aérostructures Garonne
     05 61 00 22 33
     """)

mail("rejection", "successfactors_es", "es",
     frm="Laboratorios Alcázar - Selección <sfnotifications@successfactors.eu>",
     reply_to="No responder <donotreply@successfactors.eu>",
     subject="Laboratorios Alcázar: estado de su solicitud",
     date="2026-02-16 11:11", company="Laboratorios Alcázar", fmt="html",
     html="""<html><body style="font-family:Verdana;font-size:12px">
<div>Estimado/a Diego,</div><div>&nbsp;</div>
<div>Le agradecemos el interés mostrado en formar parte de <b>Laboratorios Alcázar</b> y en la posición de <b>Jefe/a de Ingeniería y Mantenimiento – Planta de Alcalá de Henares</b> (ID de solicitud: 40771).</div><div>&nbsp;</div>
<div>Una vez analizadas todas las candidaturas recibidas, le comunicamos que en esta ocasión su perfil no ha sido seleccionado para continuar en el proceso.</div><div>&nbsp;</div>
<div>Le animamos a seguir consultando nuestro portal de empleo.</div><div>&nbsp;</div>
<div>Atentamente,<br/>Departamento de Recursos Humanos</div>
<div style="color:#999;font-size:10px">Powered by SAP SuccessFactors</div></body></html>""")

mail("rejection", "uk_shant_progress_en", "en",
     frm="James Whitlock <james.whitlock@ridleystone.example.co.uk>",
     subject="RE: Plant Manager - Brewery, Porto",
     date="2026-02-18 09:14", company="Ridley & Stone Recruitment",
     contact="james.whitlock@ridleystone.example.co.uk",
     irt=earlier_id("ridley-2"),
     quotes=[Quote("outlook_en", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-02-10 19:20",
                   "Hi James,\n\nThanks for putting me forward. Happy to share anything else the client needs.\n\nRegards,\nDiego", to="James Whitlock <james.whitlock@ridleystone.example.co.uk>", subject="RE: Plant Manager - Brewery, Porto")],
     body="""
     Morning Diego,

     Hope you're well. I've had feedback back from my client this morning and I'm afraid they shan't be progressing your application to interview – they're keen on someone who's already run a brewhouse of a similar size, which is a fairly narrow brief to be honest.

     Don't be disheartened, your CV is strong and I'll absolutely keep you in mind for anything in food & bev engineering across Iberia.

     Cheers,
     James

     James Whitlock | Principal Consultant – Engineering & Manufacturing
     Ridley & Stone Recruitment | T: +44 (0)161 496 0321
     """)

mail("rejection", "public_body_list_es", "es",
     frm="Agencia Regional de Infraestructuras de Aragón <empleo.publico@aria.example.es>",
     subject="Proceso selectivo 04/2026 – Listado provisional de admitidos y excluidos",
     date="2026-02-19 14:00", company="Agencia Regional de Infraestructuras de Aragón",
     contact="empleo.publico@aria.example.es",
     charset="windows-1252", cte="quoted-printable",
     body="""
     Sr. D. Diego Fernández Ruiz:

     En relación con su participación en el proceso selectivo 04/2026 para la cobertura de una plaza de Técnico/a Superior de Mantenimiento de Instalaciones, le comunicamos que, tras la valoración de méritos, su puntuación (41,5 puntos) no alcanza el mínimo establecido para pasar a la fase de entrevista, por lo que queda excluido del proceso.

     Dispone de un plazo de diez días hábiles desde la publicación del listado para presentar las alegaciones que estime oportunas en esta misma dirección de correo.

     Atentamente,

     Unidad de Recursos Humanos
     Agencia Regional de Infraestructuras de Aragón
     """)

mail("rejection", "lever_en_soft", "en",
     frm="Brouwerij Van Dijk <no-reply@hire.lever.co>",
     reply_to="Sanne de Vries <sanne.devries@vandijkbrewing.example.nl>",
     subject="Re: Engineering Manager – Packaging (Lisbon)",
     date="2026-02-20 10:03", company="Brouwerij Van Dijk",
     contact="sanne.devries@vandijkbrewing.example.nl", fmt="alt", html_style="simple",
     body="""
     Hi Diego,

     Thank you for your interest in Brouwerij Van Dijk and for the conversation with Maarten last week. We really enjoyed learning about your work on TPM rollouts.

     We've now completed our first round and, to be straightforward with you, we're not going to move forward with your application for this role. The team felt that the packaging-line depth we need right now wasn't quite there.

     We know that's not what you hoped to hear. Thanks again for the time you put in.

     Best,
     Sanne de Vries
     Talent Team, Brouwerij Van Dijk
     """)

mail("rejection", "bizneo_es_tu", "es", cte="base64",
     frm="Eólica Cantábrica <notificaciones@bizneo.com>",
     subject="Gracias por participar en nuestro proceso",
     date="2026-02-24 09:30", company="Eólica Cantábrica", fmt="alt", html_style="ats",
     footer="Enviado con Bizneo HR. Este buzón no admite respuestas.",
     body="""
     ¡Hola, Diego!

     Queremos agradecerte de corazón que hayas querido formar parte de Eólica Cantábrica y el tiempo que has dedicado a la entrevista por Teams con el equipo de O&M.

     Hemos tenido que tomar una decisión difícil y, en esta ocasión, no vamos a seguir adelante con tu candidatura para Jefe/a de Parque – Zona Norte.

     Te deseamos lo mejor en tu búsqueda. ¡Ojalá nuestros caminos se crucen pronto!

     El equipo de Personas de Eólica Cantábrica
     """)

mail("rejection", "de_casual_startup", "de",
     frm="Jonas Weber <jonas@nordwind-service.example.de>",
     subject="Kurzes Update zur Stelle Teamleitung Service",
     date="2026-02-25 18:20", company="Nordwind Service",
     contact="jonas@nordwind-service.example.de",
     body="""
     Hallo Diego,

     danke nochmal fürs nette Gespräch letzte Woche! Wir haben uns jetzt intern beraten und uns leider gegen eine Zusammenarbeit entschieden – ausschlaggebend war am Ende, dass wir jemanden mit Onshore-Erfahrung in Norddeutschland brauchen, der sofort starten kann.

     Ich drück dir die Daumen für die weitere Suche!

     Viele Grüße
     Jonas
     Nordwind Service · People & Recruiting
     """)

mail("rejection", "psychometric_result_es_co", "es",
     frm="Selección Acueducto Sabana Norte <seleccion@acueductosabana.example.co>",
     subject="Resultado de pruebas psicotécnicas",
     date="2026-03-02 16:48", company="Acueducto Sabana Norte",
     contact="seleccion@acueductosabana.example.co",
     body="""
     Apreciado Diego, buenas tardes.

     Reciba un cordial saludo de parte del equipo de Gestión Humana de Acueducto Sabana Norte.

     Queremos agradecerle su participación en las pruebas psicotécnicas y de conocimiento para el cargo de Coordinador de Confiabilidad de Activos. Una vez consolidados los resultados, le informamos que no continúa en las siguientes etapas del proceso de selección.

     Agradecemos su disposición y le deseamos muchos éxitos.

     Cordialmente,

     Angela María Restrepo
     Analista de Selección
     Acueducto Sabana Norte E.S.P.
     PBX (601) 745 8800
     """)

mail("rejection", "cancelled_role_es", "es",
     frm="Javier Montes <javier.montes@ingenia-consultores.example.com>",
     subject="Re: Proceso Jefe de Proyecto Fiabilidad",
     date="2026-03-04 12:15", company="Ingenia Consultores",
     contact="javier.montes@ingenia-consultores.example.com",
     irt=earlier_id("ingenia-3"),
     quotes=[Quote("gmail_es", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-03-01 10:00",
                   "Hola Javier,\n\n¿Hay alguna novedad sobre la segunda entrevista? Tengo disponibilidad toda la semana.\n\nGracias,\nDiego"),
             Quote("gmail_es", "Javier Montes <javier.montes@ingenia-consultores.example.com>", "2026-02-20 13:40",
                   "Diego, gracias por la entrevista de hoy. Te decimos algo la semana que viene para la segunda fase con el socio.\n\nJavier")],
     body="""
     Hola Diego,

     Te debo una explicación. El cliente para el que íbamos a montar el equipo de fiabilidad (una planta de celulosa) ha cancelado el contrato marco, así que la posición se ha cancelado y cerramos el proceso sin contratar a nadie. No tiene nada que ver con tu perfil, que nos gustó mucho.

     Siento no traer mejores noticias. Si vuelve a abrirse algo parecido, serás de los primeros a los que llame.

     Un saludo,
     Javier Montes
     Director de Operaciones · Ingenia Consultores
     """)

mail("rejection", "greenhouse_pharma_en", "en",
     frm="Pharmakon Ibérica <no-reply@us.greenhouse-mail.io>",
     subject="Your application to Pharmakon Ibérica",
     header_charset="utf-8",
     date="2026-03-06 22:04", company="Pharmakon Ibérica", fmt="alt", html_style="ats",
     body="""
     Hi Diego,

     Thank you for applying for the Site Engineering & Maintenance Lead position at Pharmakon Ibérica. We appreciate the time and effort you put into your application.

     Unfortunately, we will not be moving forward with your candidacy at this time. We received a high volume of applications and had to make some difficult decisions.

     We encourage you to keep an eye on our careers page for future openings that match your skills.

     Best regards,
     Pharmakon Ibérica Talent Acquisition
     """)

mail("rejection", "infojobs_descartado_es", "es",
     frm="InfoJobs <noreply@push.infojobs.net>",
     subject="Tu inscripción en la oferta 'Responsable de Mantenimiento Industrial' ha cambiado de estado",
     date="2026-03-09 07:31", company="Grupo Alimentario Sotomayor", fmt="html",
     html="""<html><body style="font-family:Helvetica,Arial"><table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="https://static.infojobs.net/mail/logo.png" alt="InfoJobs"></td></tr>
<tr><td style="padding:20px"><p>Hola Diego,</p>
<p>La empresa <b>Grupo Alimentario Sotomayor</b> ha actualizado el estado de tu inscripción en la oferta <a href="https://www.infojobs.net/trk/click?id=77aa">Responsable de Mantenimiento Industrial</a> (Zaragoza).</p>
<table style="border:1px solid #ddd;width:100%"><tr><td style="padding:10px">Estado actual:</td><td style="padding:10px;color:#c0392b"><b>Descartado</b></td></tr></table>
<p>El proceso para ti ha finalizado. Sigue buscando: tenemos más de 3.000 ofertas de tu sector.</p>
<p style="font-size:10px;color:#aaa">InfoJobs - Este email se ha enviado a diego.fernandez@example.com. <a href="https://www.infojobs.net/baja">Gestionar notificaciones</a></p>
</td></tr></table></body></html>""")

mail("rejection", "brazilian_owned_en", "en",
     frm="Renata Oliveira <renata.oliveira@metalurgicaparana.example.com.br>",
     subject="Maintenance Superintendent - Saltillo plant",
     date="2026-03-11 14:37", company="Metalúrgica Paraná",
     contact="renata.oliveira@metalurgicaparana.example.com.br",
     body="""
     Hello Diego, how are you?

     First of all thank you for participating in our process for Maintenance Superintendent in the Saltillo plant, it was a pleasure to know you in the interview with Mr. Carvalho.

     Unfortunately we decided to continue with other candidate for this moment, mainly because of the experience in foundry equipments which is very important for the plant.

     We will keep your CV in our talent bank and wish you success!

     Best regards,

     Renata Oliveira
     Human Resources - Talent Acquisition
     Metalúrgica Paraná | Unidade México
     +55 41 3333-0099
     """)

mail("rejection", "de_workday_formal", "de",
     frm="Stadtwerke Neckartal <stadtwerke-neckartal@myworkday.com>",
     subject="Ihre Bewerbung: Technischer Betriebsleiter Wasserversorgung (JR-2026-0412)",
     date="2026-03-16 08:12", company="Stadtwerke Neckartal", fmt="alt", html_style="ats",
     charset="utf-8", cte="base64",
     footer="Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.",
     body="""
     Sehr geehrter Herr Fernández Ruiz,

     wir bedanken uns für Ihr Interesse an einer Tätigkeit bei den Stadtwerken Neckartal und für die Zusendung Ihrer Bewerbungsunterlagen.

     Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können. Bitte sehen Sie dies nicht als Abwertung Ihrer Qualifikation.

     Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten gelöscht.

     Mit freundlichen Grüßen
     Ihre Stadtwerke Neckartal – Personalgewinnung
     """)

mail("rejection", "after_plant_visit_es_cl", "es",
     frm="Rodrigo Saavedra <rsaavedra@cobredelpacifico.example.cl>",
     subject="RE: Visita a faena y próximos pasos",
     date="2026-03-18 19:02", company="Cobre del Pacífico",
     contact="rsaavedra@cobredelpacifico.example.cl",
     irt=earlier_id("cobre-visit"),
     quotes=[Quote("outlook_es", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-03-12 22:10",
                   "Estimado Rodrigo:\n\nMuchas gracias por la visita a la planta concentradora, fue muy interesante. Quedo atento a los próximos pasos.\n\nSaludos cordiales,\nDiego Fernández Ruiz", to="Rodrigo Saavedra <rsaavedra@cobredelpacifico.example.cl>", subject="Visita a faena y próximos pasos")],
     body="""
     Estimado Diego:

     Gracias a ti por venir hasta Calama. Te cuento que, después de la visita, el comité revisó los tres finalistas y la decisión fue ir con otro postulante que ya trabajó en mantenimiento de molinos SAG, algo que para esta faena era clave.

     Lamento que no sea una buena noticia. De verdad fue un gusto conocerte y no descarto que podamos volver a conversar en el futuro para otra posición.

     Un abrazo,

     Rodrigo Saavedra V.
     Gerente de Mantenimiento Planta
     Cobre del Pacífico
     +56 9 8765 4321
     """)

mail("rejection", "fr_cabinet_cordial", "fr",
     frm="Cabinet Altaïr Recrutement <contact@altair-recrutement.example.fr>",
     subject="=?iso-8859-1?Q?Votre_candidature_-_R=E9f._ALT-3391?=",
     date="2026-03-20 11:25", company="Cabinet Altaïr Recrutement",
     contact="contact@altair-recrutement.example.fr", header_charset="iso-8859-1",
     charset="iso-8859-1", cte="8bit",
     body="""
     Monsieur,

     Nous accusons bonne réception de votre candidature au poste de Directeur d'usine (H/F) pour le compte de l'un de nos clients, acteur majeur du traitement de l'eau en Occitanie, et vous en remercions.

     Après étude attentive de votre dossier, nous sommes au regret de vous informer que votre profil ne correspond pas suffisamment aux critères définis par notre client. Nous ne pouvons donc pas donner suite à votre candidature.

     Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

     Le service recrutement
     Cabinet Altaïr Recrutement - 12 allées Jean Jaurès, 31000 Toulouse
     """)

mail("rejection", "es_short_after_call", "es",
     frm="Lucía Herrero <lucia@talleringenierialevante.example.com>",
     subject="Re: Quick question",
     date="2026-03-24 09:05", company="Taller de Ingeniería Levante",
     contact="lucia@talleringenierialevante.example.com",
     irt=earlier_id("levante-q"),
     quotes=[Quote("gmail_es", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-03-23 17:40",
                   "Hola Lucía, una pregunta rápida: ¿sabéis ya algo del puesto de responsable de planta? Gracias!")],
     body="""
     Hola Diego! Sí, perdona, se me pasó escribirte. Al final no seguimos contigo, hemos cogido a alguien de la casa. Gracias por todo y mucha suerte 🙂

     Lucía
     """)

mail("rejection", "jobvite_en_after_assessment", "en",
     frm="Daesung Battery Europe <notification@jobvite.com>",
     reply_to="Min-jun Park <minjun.park@daesung-battery.example.com>",
     subject="Daesung Battery Europe - Application Status",
     date="2026-04-02 06:45", company="Daesung Battery Europe",
     contact="minjun.park@daesung-battery.example.com", fmt="alt", html_style="ats",
     body="""
     Dear Diego Fernández Ruiz,

     Thank you for completing the online assessment for the position of Facility Maintenance Manager (Requisition #DBE-0147) at our Navarra plant.

     We have carefully reviewed the results together with your application. We regret to inform you that we are unable to offer you the next stage of the selection process.

     We appreciate your interest in Daesung Battery Europe and wish you all the best.

     Sincerely,
     Min-jun Park
     HR Business Partner, Daesung Battery Europe
     """)

mail("rejection", "es_mx_usted_after_interviews", "es",
     frm="Cervecería Sierra Madre <talento@cerveceriasierramadre.example.mx>",
     subject="Seguimiento a su proceso - Jefe de Mantenimiento Envasado",
     date="2026-04-14 17:30", company="Cervecería Sierra Madre",
     contact="talento@cerveceriasierramadre.example.mx", fmt="alt", html_style="outlook",
     body="""
     Estimado Diego:

     Agradecemos sinceramente el tiempo que nos dedicó durante las entrevistas con el Gerente de Planta y con el equipo de Recursos Humanos, así como su visita a nuestras instalaciones en Monterrey.

     Después de un análisis cuidadoso, lamentamos informarle que en esta ocasión no continuará en el proceso, ya que se eligió a un candidato cuyo perfil se ajusta de manera más cercana a las necesidades actuales del área.

     Le reiteramos nuestro agradecimiento y le deseamos éxito en sus proyectos profesionales.

     Atentamente,

     Mariana Treviño
     Atracción de Talento
     Cervecería Sierra Madre
     """)

mail("rejection", "au_regret_hiring_freeze", "en",
     frm="Hayley Morrison <hayley.morrison@southernreach-mining.example.com.au>",
     subject="Reliability Engineer - Chile operations",
     date="2026-05-06 23:10", company="Southern Reach Mining",
     contact="hayley.morrison@southernreach-mining.example.com.au",
     body="""
     Hi Diego,

     Hope your week's going well. I wanted to let you know personally that we've had a company-wide hiring freeze come through from head office in Perth, which means the Reliability Engineer role for our Chilean ops has been pulled and won't be going ahead.

     Really sorry about this – you were one of the candidates we were keen to take further. If the freeze lifts later in the year I'll reach out.

     Cheers,
     Hayley

     Hayley Morrison | Senior Talent Advisor
     Southern Reach Mining | Perth WA
     """)

# ---------------------------------------------------------------- interview_invitation (25)
mail("interview_invitation", "teams_first_round_es", "es",
     frm="Noelia Ibarra <noelia.ibarra@ventalia.example.com>",
     subject="Entrevista Responsable O&M – Ventalia Renovables",
     date="2026-01-15 12:20", company="Ventalia Renovables",
     contact="noelia.ibarra@ventalia.example.com", fmt="alt", html_style="outlook",
     calendar=ics("040000008200E00074C5B7101A82E00800000000A1B2C3D4@ventalia", "Entrevista Diego Fernández - Responsable O&M",
                  "2026-01-20 10:00", 45, "Noelia Ibarra <noelia.ibarra@ventalia.example.com>",
                  location="Reunión de Microsoft Teams"),
     body="""
     Hola Diego,

     Gracias por tu candidatura a Responsable de O&M para los parques de Aragón. Nos gustaría conocerte en una primera entrevista por Teams con Álvaro Lasheras (Director de Operaciones) y conmigo.

     Te he enviado la convocatoria para el martes 20 de enero a las 10:00. Si ese horario no te encaja, dime un par de alternativas y lo movemos sin problema.

     Un saludo,
     Noelia Ibarra
     Talent Acquisition · Ventalia Renovables
     T. 976 11 22 33

     ________________________________________________________________________________
     Reunión de Microsoft Teams
     Unirse: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZjA
     Id. de reunión: 381 224 915 07  Código de acceso: 7Hq2Fx
     ________________________________________________________________________________
     """)

mail("interview_invitation", "calendly_agency_en", "en",
     frm="James Whitlock <james.whitlock@ridleystone.example.co.uk>",
     subject="Plant Manager - Brewery, Porto - next steps!!",
     date="2026-01-22 10:41", company="Ridley & Stone Recruitment",
     contact="james.whitlock@ridleystone.example.co.uk",
     body="""
     Hi Diego!!

     Great news – my client LOVED your CV and wants to get you in front of the Ops Director asap! First step is a 30 min video call with me to prep you properly, then the client interview next week.

     Grab whatever slot suits here: https://calendly.com/james-whitlock-rs/30min

     Speak soon!!
     James

     James Whitlock | Principal Consultant – Engineering & Manufacturing
     Ridley & Stone Recruitment | T: +44 (0)161 496 0321
     """)

mail("interview_invitation", "phone_screen_es_mx_usted", "es",
     frm="Lic. Patricia Garza <pgarza@grupoacerero-norte.example.mx>",
     subject="Invitación a entrevista telefónica",
     date="2026-01-26 09:15", company="Grupo Acerero del Norte",
     contact="pgarza@grupoacerero-norte.example.mx",
     body="""
     Buen día Ing. Diego:

     Recibimos su CV para la posición de Gerente de Confiabilidad en nuestra planta de Monterrey y nos gustaría platicar con usted. ¿Tendría disponibilidad para una llamada telefónica de aproximadamente 20 minutos este jueves o viernes por la mañana (hora del centro de México)?

     Quedo atenta a su respuesta para agendar.

     Saludos cordiales,

     Lic. Patricia Garza
     Reclutamiento y Selección
     Grupo Acerero del Norte
     Cel. 81 1234 5678
     """)

mail("interview_invitation", "goodtime_self_schedule_en", "en", cte="base64",
     frm="Hanseo Biologics Recruiting <scheduling@goodtime.io>",
     reply_to="Ji-woo Kim <jiwoo.kim@hanseobio.example.com>",
     subject="Action required: Schedule your interview with Hanseo Biologics",
     date="2026-01-29 02:10", company="Hanseo Biologics",
     contact="jiwoo.kim@hanseobio.example.com", fmt="alt", html_style="ats",
     footer="Sent via GoodTime on behalf of Hanseo Biologics.",
     body="""
     Hello Diego,

     Thank you for your interest in the Utilities & Maintenance Manager role at our Lisbon manufacturing site. The hiring team would like to invite you to a 60-minute panel interview (Engineering Director, QA Head and HR).

     Please select a time that works for you using the link below. Available slots are shown in your local time zone.

     https://app.goodtime.io/schedule/hb-7f3a91c2

     If none of the times work, simply reply to this email and Ji-woo will find another option.

     Kind regards,
     Ji-woo Kim
     Recruiting Coordinator, Hanseo Biologics
     """)

mail("interview_invitation", "quick_chat_es_casual", "es",
     frm="Pablo Echevarría <pablo@mantenimientos-bidasoa.example.com>",
     subject="Following up",
     date="2026-02-03 19:58", company="Mantenimientos Bidasoa",
     contact="pablo@mantenimientos-bidasoa.example.com",
     body="""
     Hola Diego,

     He visto tu CV que nos pasó Iker. ¿Tendrías un rato para una charla rápida esta semana? Buscamos jefe de taller para Irún y creo que puedes encajar. Llámame cuando puedas al 688 77 66 55 o dime a qué hora te viene bien y te llamo yo.

     Pablo Echevarría
     Gerente – Mantenimientos Bidasoa
     """)

mail("interview_invitation", "plant_visit_es", "es",
     frm="Marta Gil Solé <marta.gil@cerveceradelturia.example.com>",
     subject="Siguiente fase: visita a planta",
     date="2026-01-16 11:02", company="Cervecera del Turia",
     contact="marta.gil@cerveceradelturia.example.com",
     charset="utf-8", cte="quoted-printable",
     body="""
     Hola Diego,

     ¡Buenas noticias! Al equipo le gustó mucho la entrevista por Teams y queremos pasarte a la siguiente fase: una visita a la planta de Quart de Poblet con Toni Ferrer (Director Industrial), que incluye un recorrido por la sala de cocimiento y la línea de latas y una entrevista de una hora.

     Te propongo el miércoles 21 de enero a las 9:30. Trae calzado de seguridad si tienes; si no, te dejamos unas botas en recepción.

     Confírmame si te va bien, por favor.

     Un abrazo,
     Marta Gil Solé
     People & Culture · Cervecera del Turia
     Tel. 961 23 45 67
     """)

mail("interview_invitation", "workday_interview_scheduled_en", "en",
     frm="Volkan Fahrzeugwerke <volkan@myworkday.com>",
     subject="Interview Invitation: Head of Maintenance Body Shop (JR-88213)",
     date="2026-02-05 08:30", company="Volkan Fahrzeugwerke", fmt="alt", html_style="ats",
     footer="This is a system-generated message from Workday. Replies to this address are not monitored.",
     calendar=ics("wd-int-88213-5521@myworkday.com", "Interview – Head of Maintenance Body Shop", "2026-02-12 14:00", 90,
                  "Volkan Recruiting <volkan@myworkday.com>", location="Werk Sindelfingen, Tor 4, Gebäude 12"),
     body="""
     Dear Diego,

     We are pleased to invite you to an on-site interview for the position Head of Maintenance Body Shop (JR-88213).

     Date: Thursday, 12 February 2026
     Time: 14:00 - 15:30 CET
     Location: Werk Sindelfingen, Gate 4, Building 12 – please register at the gate with your ID
     Interviewers: Dr. Sabine Kraus (Plant Director), Markus Heil (HR Business Partner)

     Please confirm your attendance in the candidate home: https://volkan.wd3.myworkday.com/volkan/d/home.htmld

     Travel expenses will be reimbursed in accordance with our travel policy.

     Best regards
     Volkan Fahrzeugwerke – Talent Acquisition
     """)

mail("interview_invitation", "technical_test_invite_es_cl", "es",
     frm="Andes Headhunting <francisca.munoz@andeshh.example.cl>",
     subject="Pasaste a la siguiente etapa 🎉",
     date="2026-02-09 15:45", company="Minera Los Quillayes",
     contact="francisca.munoz@andeshh.example.cl",
     body="""
     Hola Diego!!

     Te cuento que el cliente (Minera Los Quillayes) quedó muy conforme con la primera entrevista y quiere avanzar contigo!! La siguiente etapa es una entrevista técnica con el Superintendente de Mantenimiento Mina + un caso práctico de análisis de fallas de palas eléctricas (lo resuelves en vivo, unos 90 min).

     Tienen disponibilidad el lunes 16 a las 11:00 o el martes 17 a las 15:00 hora de Chile, por Google Meet. Cuál te acomoda más?

     Saludos!!
     Francisca Muñoz
     Consultora Senior · Andes Headhunting
     +56 9 5555 1212
     """)

mail("interview_invitation", "fr_entretien_formal", "fr",
     frm="Service Recrutement Occitanie Maintenance Industrielle <recrutement@omi-toulouse.example.fr>",
     reply_to="Hélène Baptiste <h.baptiste@omi-toulouse.example.fr>",
     subject="Convocation à un entretien – Responsable de secteur maintenance",
     date="2026-02-10 10:10", company="Occitanie Maintenance Industrielle",
     contact="h.baptiste@omi-toulouse.example.fr", fmt="alt", html_style="outlook",
     body="""
     Monsieur Fernández Ruiz,

     Suite à l'examen de votre candidature au poste de Responsable de secteur maintenance, nous avons le plaisir de vous convier à un entretien dans nos locaux.

     Date : jeudi 19 février 2026 à 14h00
     Lieu : 8 rue des Pyrénées, 31100 Toulouse – accueil, 2e étage
     Durée prévue : 1h30 (entretien avec le directeur technique puis avec les RH)

     Merci de bien vouloir nous confirmer votre présence par retour de mail.

     Cordialement,

     Hélène Baptiste
     Responsable Ressources Humaines
     Occitanie Maintenance Industrielle
     """)

mail("interview_invitation", "de_vorstellungsgespraech_du", "de",
     frm="Jonas Weber <jonas@nordwind-service.example.de>",
     subject="Kennenlernen?",
     date="2026-02-13 09:12", company="Nordwind Service",
     contact="jonas@nordwind-service.example.de",
     body="""
     Hallo Diego,

     danke für deine Bewerbung als Teamleitung Service! Dein Profil finden wir spannend und würden dich gern in einem ersten Video-Call (ca. 45 Minuten) kennenlernen – mit mir und unserem Head of Operations, Finn.

     Passt dir Mittwoch, 18.02., um 10 Uhr oder Donnerstag, 19.02., um 16 Uhr? Den Link schick ich dir dann.

     Viele Grüße
     Jonas
     Nordwind Service · People & Recruiting
     """)

mail("interview_invitation", "factorial_next_stage_es", "es",
     frm="Factorial <no-reply@factorialhr.com>",
     reply_to="Clara Ortega <clara.ortega@hidrotec-levante.example.com>",
     subject="Hidrotec Levante quiere avanzar con tu candidatura",
     date="2026-02-17 13:03", company="Hidrotec Levante",
     contact="clara.ortega@hidrotec-levante.example.com", fmt="html",
     html="""<div style="font-family:Inter,Arial;max-width:560px;margin:auto">
<img src="https://factorialhr.com/mail/hidrotec.png" alt="Hidrotec Levante" height="36">
<h2 style="font-size:18px">¡Hola Diego!</h2>
<p>Nos encantaría que pasaras a la siguiente fase del proceso de <b>Jefe/a de Planta EDAR</b>.</p>
<p>Esta fase es una entrevista presencial en nuestras oficinas de Paterna con Clara Ortega (HR) y Vicente Soler (Director Técnico). Escoge el hueco que mejor te venga:</p>
<p style="text-align:center"><a href="https://app.factorialhr.com/ats/schedule/5f1e77" style="background:#e51943;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">Reservar entrevista</a></p>
<p>Si tienes dudas, responde a este correo y le llegará a Clara.</p>
<p style="color:#999;font-size:11px">Enviado con Factorial · <a href="https://factorialhr.com/privacy">Privacidad</a></p></div>""")

mail("interview_invitation", "indian_do_revert_en", "en",
     frm="Sitra Technical Services <careers@sitratech.example.in>",
     subject="Interview schedule - Sr. Manager Reliability - Mexico project",
     date="2026-02-19 11:48", company="Sitra Technical Services",
     contact="careers@sitratech.example.in",
     body="""
     Dear Mr. Diego,

     Greetings of the day!

     With reference to your application, we are pleased to inform you that your profile has been shortlisted for the position of Sr. Manager - Reliability for our client project in Mexico City.

     The first round of interview (technical) is scheduled as below:
     Date: 24-Feb-2026
     Time: 4:30 PM IST / 12:00 PM CET
     Mode: Zoom (link will be shared one hour prior)
     Panel: Mr. Venkatesh Iyer, VP - Operations

     Kindly do revert with your confirmation at the earliest along with updated CV, current CTC and notice period.

     Thanks & Regards,
     Deepa Nair
     HR Executive
     Sitra Technical Services Pvt. Ltd.
     +91 80 4123 5678
     """)

mail("interview_invitation", "final_round_en_panel_ics", "en",
     frm="Laura Bennett <laura.bennett@northgate-minerals.example.com>",
     subject="Final interview – Maintenance Manager, Santiago",
     date="2026-02-23 17:05", company="Northgate Minerals",
     contact="laura.bennett@northgate-minerals.example.com", fmt="alt", html_style="outlook",
     calendar=ics("NGM-FINAL-20260303-DFR", "Final interview: Diego Fernández Ruiz", "2026-03-03 15:00", 120,
                  "Laura Bennett <laura.bennett@northgate-minerals.example.com>", location="Microsoft Teams"),
     footer="This email and any attachments are confidential and intended solely for the addressee. Northgate Minerals Ltd is registered in England and Wales, No. 08812234.",
     body="""
     Dear Diego,

     Following your conversation with Andrés, I'm delighted to let you know we'd love to move you to the final stage for the Maintenance Manager role at our Santiago concentrator.

     This will be a two-hour panel on Tuesday 3 March (Teams invite attached) with our COO, the Head of Asset Management and myself. You'll be asked to present a 20-minute case on improving plant availability from 88% to 93% – brief attached to the invite.

     Do let me know if you have any questions ahead of the day.

     Kind regards,

     Laura Bennett
     Talent Acquisition Partner | Northgate Minerals
     M +44 7700 900412
     """)

mail("interview_invitation", "public_body_convocatoria_es", "es",
     frm="Consorcio de Aguas de Bizkaia - Selección <seleccion@cabizkaia.example.eus>",
     subject="Convocatoria a entrevista personal - Proceso 12/2025",
     date="2026-02-26 12:00", company="Consorcio de Aguas de Bizkaia",
     contact="seleccion@cabizkaia.example.eus",
     charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1",
     body="""
     Estimado Sr. Fernández Ruiz:

     Habiendo superado la fase de concurso del proceso 12/2025 (Jefatura de Mantenimiento Electromecánico), se le convoca a la entrevista personal, que tendrá lugar el día 10 de marzo de 2026 a las 11:15 horas en la sede del Consorcio (C/ San Vicente 8, Bilbao, planta 3).

     Deberá presentarse con DNI original. La no comparecencia supondrá el desistimiento del proceso.

     Atentamente,
     Servicio de Personas y Organización
     Consorcio de Aguas de Bizkaia
     """)

mail("interview_invitation", "teamtailor_es_casual", "es",
     frm="Lúpulo Norte <no-reply@teamtailor.com>",
     reply_to="Ane Zubizarreta <ane@lupulonorte.example.com>",
     subject="¿Hablamos? 🍺",
     date="2026-03-03 10:30", company="Lúpulo Norte",
     contact="ane@lupulonorte.example.com", fmt="alt", html_style="ats",
     body="""
     ¡Kaixo Diego!

     Soy Ane, de Lúpulo Norte. Hemos leído tu candidatura para Responsable de Producción y Mantenimiento y nos ha encantado que vengas del mundo de la fiabilidad.

     ¿Te apetece una videollamada de 30 minutos para conocernos? Elige hueco aquí: https://lupulonorte.teamtailor.com/meetings/ane-30

     ¡Hasta pronto!
     Ane Zubizarreta · Personas · Lúpulo Norte
     """)

mail("interview_invitation", "reply_chain_second_round_es", "es",
     frm="Javier Montes <javier.montes@ingenia-consultores.example.com>",
     subject="RE: Entrevista Jefe de Proyecto Fiabilidad",
     date="2026-02-18 08:44", company="Ingenia Consultores",
     contact="javier.montes@ingenia-consultores.example.com",
     irt=earlier_id("ingenia-2"),
     quotes=[Quote("outlook_es", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-02-16 20:31",
                   "Hola Javier,\n\nAdjunto el CV actualizado como me pediste. Quedo a la espera.\n\nSaludos,\nDiego",
                   to="Javier Montes <javier.montes@ingenia-consultores.example.com>", subject="RE: Entrevista Jefe de Proyecto Fiabilidad"),
             Quote("outlook_es", "Javier Montes <javier.montes@ingenia-consultores.example.com>", "2026-02-16 12:00",
                   "Diego, ¿me puedes mandar el CV en formato Word? Gracias.",
                   subject="Entrevista Jefe de Proyecto Fiabilidad")],
     body="""
     Gracias Diego. ¿Podrías venir el viernes 20 a las 12:00 a la oficina de Madrid (Paseo de la Castellana 95, planta 14) para una entrevista conmigo y con Beatriz, la socia responsable de energía? Será una hora más o menos.

     Un saludo,
     Javier Montes
     Director de Operaciones · Ingenia Consultores
     """)

mail("interview_invitation", "psychometric_invite_es_co", "es",
     frm="Selección Acueducto Sabana Norte <seleccion@acueductosabana.example.co>",
     subject="Citación a pruebas - Coordinador de Confiabilidad de Activos",
     date="2026-02-20 08:20", company="Acueducto Sabana Norte",
     contact="seleccion@acueductosabana.example.co",
     body="""
     Apreciado Diego, buen día.

     Nos complace informarle que su hoja de vida fue preseleccionada para el cargo de Coordinador de Confiabilidad de Activos. Lo citamos a la siguiente etapa del proceso:

     - Pruebas psicotécnicas en línea: se habilitarán el 24 de febrero, tendrá 48 horas para completarlas.
     - Entrevista con el jefe inmediato por Teams: miércoles 26 de febrero, 9:00 a.m. (hora Colombia).

     Por favor confirme su asistencia respondiendo este correo.

     Cordialmente,

     Angela María Restrepo
     Analista de Selección
     Acueducto Sabana Norte E.S.P.
     """)

mail("interview_invitation", "mobile_one_liner_en", "en",
     frm="Rui Carvalho <rui.carvalho@navalatlantico.example.pt>",
     subject="Re: your application",
     date="2026-03-05 07:12", company="Naval Atlântico",
     contact="rui.carvalho@navalatlantico.example.pt",
     body="""
     Diego can u come to the yard monday 9am for a chat w/ me and our ops guy? Ask for me at gate B. Rui

     Sent from my iPhone
     """)

mail("interview_invitation", "de_formal_einladung", "de",
     frm="Brenner Präzisionsteile Personalabteilung <bewerbung@brenner-praezision.example.de>",
     reply_to="Ute Hoffmann <ute.hoffmann@brenner-praezision.example.de>",
     subject="Einladung zum Vorstellungsgespräch – Werksleiter (m/w/d)",
     date="2026-03-09 13:40", company="Brenner Präzisionsteile",
     contact="ute.hoffmann@brenner-praezision.example.de", fmt="alt", html_style="outlook",
     charset="utf-8", cte="quoted-printable",
     footer="Brenner Präzisionsteile GmbH & Co. KG · Esslingen am Neckar · Registergericht Stuttgart HRA 72001",
     body="""
     Sehr geehrter Herr Fernández Ruiz,

     vielen Dank für Ihre Bewerbung und Ihr Interesse an unserem Unternehmen. Gern möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

     Termin: Dienstag, 17. März 2026, 10:00 Uhr
     Ort: Brenner Präzisionsteile, Werk Esslingen, Empfang Verwaltung
     Gesprächspartner: Herr Thomas Brenner (Geschäftsführer), Frau Ute Hoffmann (Personal)

     Im Anschluss ist eine kurze Werksbesichtigung vorgesehen. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

     Mit freundlichen Grüßen

     Ute Hoffmann
     Personalleitung
     """)

mail("interview_invitation", "fr_visio_casual", "fr",
     frm="Julien Marchand <julien.marchand@aeolis-energies.example.fr>",
     subject="Échange rapide ?",
     date="2026-03-12 18:22", company="Aeolis Énergies",
     contact="julien.marchand@aeolis-energies.example.fr",
     body="""
     Bonjour Diego,

     J'ai bien reçu ta candidature pour le poste de responsable maintenance parc éolien (Aude). Ton profil m'intéresse beaucoup !

     Est-ce que tu serais dispo pour un premier échange en visio de 30 min la semaine prochaine ? Mardi après-midi ou jeudi matin de mon côté.

     Belle soirée,
     Julien Marchand
     Responsable d'exploitation – Aeolis Énergies
     06 12 34 56 78
     """)

mail("interview_invitation", "smartrecruiters_onsite_en", "en",
     frm="Pharmakon Ibérica <notifications@smartrecruiters.com>",
     reply_to="Elena Varga <elena.varga@pharmakon-iberica.example.com>",
     subject="Interview invitation - Engineering Manager (Sterile Ops)",
     date="2026-03-18 12:00", company="Pharmakon Ibérica",
     contact="elena.varga@pharmakon-iberica.example.com", fmt="html",
     html="""<html><body><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="font-family:Arial;font-size:14px;color:#222"><tr><td style="padding:20px">
<p>Dear Diego,</p>
<p>Thank you for your application to <b>Pharmakon Ibérica</b>. We are happy to invite you to an onsite interview for the role of <b>Engineering Manager (Sterile Ops)</b> at our Tres Cantos site.</p>
<table style="border-collapse:collapse;margin:10px 0"><tr><td style="padding:4px 12px 4px 0;color:#666">When</td><td>Wednesday, March 25, 2026 · 09:30 – 13:00 CET</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#666">Where</td><td>Calle de Ronda de Valdecarrizo 12, Tres Cantos</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#666">Agenda</td><td>Site tour (cleanroom gowning required), technical interview, meeting with Site Director</td></tr></table>
<p><a href="https://jobs.smartrecruiters.com/confirm/PI-22871?t=a1b2">Confirm attendance</a></p>
<p>Best regards,<br>Elena Varga<br>Senior Recruiter</p>
</td></tr></table></td></tr></table></body></html>""")

mail("interview_invitation", "second_round_agency_es", "es",
     frm="Sergio Palomares | Talentia Selección <sergio.palomares@talentia-seleccion.example.com>",
     subject="Segunda entrevista Jefe de Planta – Zaragoza",
     date="2026-04-07 09:55", company="Harinera del Ebro",
     contact="sergio.palomares@talentia-seleccion.example.com",
     body="""
     Buenos días Diego:

     ¡Enhorabuena! Harinera del Ebro quiere verte en una segunda entrevista presencial en la fábrica de Utebo con el Director General y la responsable de RRHH. Me proponen el jueves 16 de abril a las 10:00 o el viernes 17 a las 12:30.

     Antes de la entrevista te harán rellenar un test de personalidad online (unos 25 minutos); te llegará el enlace de la plataforma directamente.

     Dime qué día prefieres y lo cierro.

     Un saludo,
     Sergio Palomares
     Senior Consultant – Industrial & Engineering
     Talentia Selección
     +34 954 00 11 22 | +34 611 22 33 44
     """)

mail("interview_invitation", "whatsapp_style_es_mx", "es",
     frm="Ing. Héctor Villalobos <hvillalobos@cerveceriasierramadre.example.mx>",
     subject="entrevista",
     date="2026-03-23 20:15", company="Cervecería Sierra Madre",
     contact="hvillalobos@cerveceriasierramadre.example.mx",
     body="""
     Que tal Diego, soy Hector Villalobos gerente de planta. Me paso tu cv Mariana de RH. Te parece si nos conectamos por teams el miercoles a las 8 am hora de Monterrey? te mando la liga en cuanto me confirmes

     saludos
     """)

mail("interview_invitation", "inmail_forward_with_request_en", "en",
     frm="Aoife Brennan <aoife.brennan@ecowaterworks.example.ie>",
     subject="Quick question",
     date="2026-05-12 14:22", company="EcoWater Works",
     contact="aoife.brennan@ecowaterworks.example.ie",
     body="""
     Hi Diego,

     I lead talent for EcoWater Works – we design and operate desalination plants and we're building out our Iberian operations team. I came across your profile and your work on predictive maintenance at the pumping stations really stood out.

     We have an opening for an Operations & Maintenance Manager based in Valencia. Would you be free for a 20-minute call on Thursday or Friday to talk it through? Happy to work around your schedule.

     Best,
     Aoife

     Aoife Brennan
     Head of Talent, EcoWater Works
     +353 1 555 0142
     """)

mail("interview_invitation", "successfactors_pt_site_en", "en",
     frm="Biofarma Lusitana Recruitment <noreply@successfactors.eu>",
     subject="Interview Invitation - Maintenance & Utilities Manager",
     date="2026-05-20 09:00", company="Biofarma Lusitana", fmt="alt", html_style="ats",
     footer="Please do not reply to this automatically generated message. For questions contact recrutamento@biofarmalusitana.example.pt.",
     calendar=ics("SF-INT-9c8be1a0-1", "Interview: Maintenance & Utilities Manager", "2026-05-28 11:00+01:00", 60,
                  "Inês Cardoso <ines.cardoso@biofarmalusitana.example.pt>", location="Biofarma Lusitana, Rua da Indústria 44, Lisboa"),
     body="""
     Dear Diego,

     Your application for Maintenance & Utilities Manager has been reviewed and we would like to invite you to an interview.

     Interview type: In person
     Date and time: 28 May 2026, 11:00 (Lisbon time)
     Interviewers: Inês Cardoso (HR), Pedro Almeida (Site Engineering Director)

     Please accept the attached calendar invitation to confirm.

     Kind regards,
     Biofarma Lusitana Recruitment
     """)

# ---------------------------------------------------------------- interview_reschedule_or_cancel (15)
mail("interview_reschedule_or_cancel", "move_teams_es", "es",
     frm="Noelia Ibarra <noelia.ibarra@ventalia.example.com>",
     subject="Cambio de hora entrevista",
     date="2026-01-19 08:05", company="Ventalia Renovables",
     contact="noelia.ibarra@ventalia.example.com", fmt="alt", html_style="outlook",
     calendar=ics("040000008200E00074C5B7101A82E00800000000A1B2C3D4@ventalia", "Entrevista Diego Fernández - Responsable O&M",
                  "2026-01-20 16:30", 45, "Noelia Ibarra <noelia.ibarra@ventalia.example.com>",
                  location="Reunión de Microsoft Teams", sequence=1),
     body="""
     Buenos días Diego,

     Te pido disculpas, a Álvaro le ha surgido una visita al parque de Borja mañana por la mañana y no llega a las 10:00. ¿Podemos pasar la entrevista a mañana mismo a las 16:30? Te actualizo la invitación; si no te viene bien, dímelo y buscamos otro día.

     Gracias y perdona el cambio,
     Noelia
     """)

mail("interview_reschedule_or_cancel", "calendar_cancel_en", "en",
     frm="Laura Bennett <laura.bennett@northgate-minerals.example.com>",
     subject="Cancelled: Final interview: Diego Fernández Ruiz",
     date="2026-03-02 11:30", company="Northgate Minerals",
     contact="laura.bennett@northgate-minerals.example.com",
     calendar=ics("NGM-FINAL-20260303-DFR", "Final interview: Diego Fernández Ruiz", "2026-03-03 15:00", 120,
                  "Laura Bennett <laura.bennett@northgate-minerals.example.com>", method="CANCEL", status="CANCELLED", sequence=2),
     body="""
     Diego – apologies, our COO has been called to site in Chile at short notice, so I'm having to pull tomorrow's panel. I'll come back to you with new dates by Friday. Really sorry for the late notice.

     Laura
     """)

mail("interview_reschedule_or_cancel", "de_verschiebung_formal", "de",
     frm="Ute Hoffmann <ute.hoffmann@brenner-praezision.example.de>",
     subject="AW: Einladung zum Vorstellungsgespräch – Werksleiter (m/w/d)",
     date="2026-03-13 16:02", company="Brenner Präzisionsteile",
     contact="ute.hoffmann@brenner-praezision.example.de",
     irt=earlier_id("brenner-conf"),
     quotes=[Quote("gmail_de", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-03-10 09:15",
                   "Sehr geehrte Frau Hoffmann,\n\nvielen Dank für die Einladung. Den Termin am 17. März um 10:00 Uhr bestätige ich gern.\n\nMit freundlichen Grüßen\nDiego Fernández Ruiz")],
     body="""
     Sehr geehrter Herr Fernández Ruiz,

     leider muss ich unseren Termin am 17. März verschieben, da Herr Brenner kurzfristig zu einem Kunden reisen muss. Wäre Ihnen stattdessen Montag, der 23. März, um 13:30 Uhr möglich? Alternativ könnten wir Mittwoch, 25. März, vormittags anbieten.

     Bitte entschuldigen Sie die Unannehmlichkeiten.

     Mit freundlichen Grüßen

     Ute Hoffmann
     Personalleitung
     Brenner Präzisionsteile GmbH & Co. KG
     """)

mail("interview_reschedule_or_cancel", "agency_client_postpones_es", "es",
     frm="Sergio Palomares | Talentia Selección <sergio.palomares@talentia-seleccion.example.com>",
     subject="Entrevista del jueves",
     date="2026-04-14 18:40", company="Harinera del Ebro",
     contact="sergio.palomares@talentia-seleccion.example.com",
     body="""
     Diego, te escribo rápido: el Director General de Harinera del Ebro tiene que viajar el jueves y me piden aplazar la entrevista. La nueva propuesta es el martes 21 de abril a las 10:00, mismo sitio. ¿Te cuadra?

     Perdona las molestias, no depende de nosotros.

     Sergio
     Enviado desde Outlook para Android
     """)

mail("interview_reschedule_or_cancel", "cancel_role_paused_en", "en",
     frm="Ji-woo Kim <jiwoo.kim@hanseobio.example.com>",
     subject="Re: Your panel interview on 5 February",
     date="2026-02-03 01:40", company="Hanseo Biologics",
     contact="jiwoo.kim@hanseobio.example.com",
     irt=earlier_id("hanseo-panel"),
     quotes=[Quote("gmail_en", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-01-30 09:02",
                   "Dear Ji-woo,\n\nI've booked the slot on 5 February at 10:00 Lisbon time. Looking forward to it.\n\nBest regards,\nDiego")],
     body="""
     Dear Diego,

     I am writing to let you know that we need to cancel your panel interview scheduled for 5 February. Our headquarters in Incheon has asked us to re-evaluate the organisation structure of the Lisbon site, so interviews for this role are postponed until further notice.

     We will contact you again once the position is confirmed. We sincerely apologise for any inconvenience.

     Best regards,
     Ji-woo Kim
     Recruiting Coordinator, Hanseo Biologics
     """)

mail("interview_reschedule_or_cancel", "workday_rescheduled_es", "es",
     frm="Ferralia Automoción <ferralia@myworkday.com>",
     subject="Tu entrevista ha sido reprogramada",
     date="2026-04-20 10:10", company="Ferralia Automoción", fmt="alt", html_style="ats",
     footer="Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.",
     calendar=ics("wd-ferralia-int-33190", "Entrevista - Jefe de Mantenimiento Prensas", "2026-04-28 12:00", 60,
                  "Ferralia Talento <ferralia@myworkday.com>", location="Planta Figueruelas - Edificio Oficinas", sequence=1),
     body="""
     Hola Diego:

     Tu entrevista para Jefe de Mantenimiento Prensas (R-11270) ha sido reprogramada.

     Nueva fecha: martes, 28 de abril de 2026
     Hora: 12:00 - 13:00 (CEST)
     Lugar: Planta Figueruelas - Edificio Oficinas

     Puedes ver los detalles en tu portal de candidato: https://ferralia.wd3.myworkday.com/careers/candidate

     Equipo de Talento
     Ferralia Automoción
     """)

mail("interview_reschedule_or_cancel", "fr_report_entretien", "fr",
     frm="Hélène Baptiste <h.baptiste@omi-toulouse.example.fr>",
     subject="Report de notre entretien du 19 février",
     date="2026-02-17 09:20", company="Occitanie Maintenance Industrielle",
     contact="h.baptiste@omi-toulouse.example.fr",
     body="""
     Monsieur,

     Je suis au regret de devoir reporter notre entretien prévu ce jeudi 19 février à 14h00, notre directeur technique étant retenu sur un arrêt technique chez un client.

     Pourriez-vous me faire part de vos disponibilités la semaine du 2 mars ? Nous nous adapterons à vos contraintes, y compris en visio si cela vous arrange.

     Avec toutes mes excuses,

     Hélène Baptiste
     Responsable Ressources Humaines
     Occitanie Maintenance Industrielle
     """)

mail("interview_reschedule_or_cancel", "mx_cambio_liga", "es",
     frm="Ing. Héctor Villalobos <hvillalobos@cerveceriasierramadre.example.mx>",
     subject="RE: entrevista",
     date="2026-03-24 22:05", company="Cervecería Sierra Madre",
     contact="hvillalobos@cerveceriasierramadre.example.mx",
     irt=earlier_id("sierra-ent"),
     quotes=[Quote("gmail_es", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-03-24 09:00",
                   "Hola Héctor, perfecto, el miércoles a las 8 am de Monterrey me viene bien. Quedo atento a la liga.\n\nSaludos,\nDiego")],
     body="""
     Diego una disculpa, se me cruzo una auditoria de Profeco el miercoles. Lo movemos al jueves misma hora? misma liga de teams, ya te la actualice.

     saludos
     Hector
     """)

mail("interview_reschedule_or_cancel", "candidate_requested_new_slot_en", "en",
     frm="Elena Varga <elena.varga@pharmakon-iberica.example.com>",
     subject="RE: Interview invitation - Engineering Manager (Sterile Ops)",
     date="2026-03-20 15:15", company="Pharmakon Ibérica",
     contact="elena.varga@pharmakon-iberica.example.com", fmt="alt", html_style="outlook",
     irt=earlier_id("pharmakon-resched"),
     quotes=[Quote("outlook_en", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-03-19 08:40",
                   "Hi Elena,\n\nThanks for the invitation. Unfortunately I have a commitment on the morning of the 25th that I cannot move. Would any other day that week be possible?\n\nBest regards,\nDiego",
                   to="Elena Varga <elena.varga@pharmakon-iberica.example.com>", subject="Interview invitation - Engineering Manager (Sterile Ops)")],
     body="""
     Hi Diego,

     No problem at all. I've moved your onsite to Friday 27 March, same time (09:30 – 13:00), same address. The updated invitation is on its way from our system – please confirm there.

     Best,
     Elena Varga
     Senior Recruiter | Pharmakon Ibérica
     """)

mail("interview_reschedule_or_cancel", "public_body_aplazamiento_es", "es",
     frm="Consorcio de Aguas de Bizkaia - Selección <seleccion@cabizkaia.example.eus>",
     subject="Aplazamiento de entrevistas personales - Proceso 12/2025",
     date="2026-03-06 13:10", company="Consorcio de Aguas de Bizkaia",
     contact="seleccion@cabizkaia.example.eus",
     body="""
     Estimado Sr. Fernández Ruiz:

     Por necesidades organizativas del tribunal calificador, las entrevistas personales del proceso 12/2025 previstas para el 10 de marzo quedan aplazadas. La nueva fecha de su entrevista es el 17 de marzo de 2026 a las 11:15 horas, en el mismo lugar.

     Rogamos disculpen las molestias.

     Servicio de Personas y Organización
     Consorcio de Aguas de Bizkaia
     """)

mail("interview_reschedule_or_cancel", "onsite_to_virtual_en_au", "en",
     frm="Hayley Morrison <hayley.morrison@southernreach-mining.example.com.au>",
     subject="Change of plans for Thursday",
     date="2026-04-21 23:50", company="Southern Reach Mining",
     contact="hayley.morrison@southernreach-mining.example.com.au",
     body="""
     Hi Diego,

     Quick one – Grant won't be in Santiago on Thursday after all (flights got shuffled), so rather than the site visit we'll do the interview over Teams, same time (10am Chile). Hope that's not too much of a pain. Invite to follow shortly.

     Cheers,
     Hayley
     """)

mail("interview_reschedule_or_cancel", "cancel_no_reason_es", "es",
     frm="Pablo Echevarría <pablo@mantenimientos-bidasoa.example.com>",
     subject="Re: Following up",
     date="2026-02-06 07:35", company="Mantenimientos Bidasoa",
     contact="pablo@mantenimientos-bidasoa.example.com",
     irt=earlier_id("bidasoa-1"),
     quotes=[Quote("gmail_es", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-02-04 08:10",
                   "Hola Pablo, encantado. ¿Te va bien el viernes a las 10:00 por teléfono?\n\nDiego")],
     body="""
     Diego, anula lo del viernes de momento, tengo lío con un cliente. Te llamo la semana que viene y buscamos otro rato.

     Pablo
     """)

mail("interview_reschedule_or_cancel", "goodtime_updated_en", "en",
     frm="Daesung Battery Europe Recruiting <scheduling@goodtime.io>",
     reply_to="Min-jun Park <minjun.park@daesung-battery.example.com>",
     subject="Updated: Your interview with Daesung Battery Europe",
     date="2026-03-26 04:20", company="Daesung Battery Europe",
     contact="minjun.park@daesung-battery.example.com", fmt="alt", html_style="ats",
     footer="Sent via GoodTime on behalf of Daesung Battery Europe.",
     calendar=ics("goodtime-dbe-55120", "Interview: Facility Maintenance Manager", "2026-03-31 09:00+02:00", 60,
                  "Min-jun Park <minjun.park@daesung-battery.example.com>", location="Zoom", sequence=1),
     body="""
     Hi Diego,

     Your interview has been updated.

     Previous time: Monday, March 30, 2026, 9:00 AM CEST
     New time: Tuesday, March 31, 2026, 9:00 AM CEST
     Interviewer: Seung-ho Lee (Plant Director)

     The Zoom link is unchanged. Need a different time? Reply to this email.
     """)

mail("interview_reschedule_or_cancel", "cl_se_suspende", "es",
     frm="Francisca Muñoz <francisca.munoz@andeshh.example.cl>",
     subject="RE: Pasaste a la siguiente etapa",
     date="2026-02-14 12:20", company="Minera Los Quillayes",
     contact="francisca.munoz@andeshh.example.cl",
     body="""
     Hola Diego, cómo estás?

     Te escribo porque el cliente me avisó que tienen que suspender la entrevista técnica del lunes 16 😕 El superintendente está en una parada de planta no programada. Me dicen que la retomarían la semana del 23, te confirmo día y hora apenas me respondan.

     Disculpa el cambio!!
     Francisca
     """)

mail("interview_reschedule_or_cancel", "fr_visio_decalee", "fr",
     frm="Julien Marchand <julien.marchand@aeolis-energies.example.fr>",
     subject="RE: Échange rapide ?",
     date="2026-03-17 08:02", company="Aeolis Énergies",
     contact="julien.marchand@aeolis-energies.example.fr",
     irt=earlier_id("aeolis-1"),
     quotes=[Quote("gmail_fr", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-03-13 10:15",
                   "Bonjour Julien,\n\nAvec plaisir ! Jeudi 19 à 10h me convient très bien.\n\nBonne journée,\nDiego")],
     body="""
     Salut Diego,

     Désolé, imprévu sur le parc de Fitou jeudi (une machine en défaut), je dois y être. On décale à vendredi 20 même heure ? Sinon lundi 23 en fin de journée.

     Julien
     """)

# ---------------------------------------------------------------- missed_interview_notice (10)
mail("missed_interview_notice", "tried_calling_es", "es",
     frm="Lic. Patricia Garza <pgarza@grupoacerero-norte.example.mx>",
     subject="Llamada de hoy",
     date="2026-01-30 17:25", company="Grupo Acerero del Norte",
     contact="pgarza@grupoacerero-norte.example.mx",
     body="""
     Buenas tardes Ing. Diego:

     Intentamos comunicarnos con usted hoy a las 10:00 a.m. (hora del centro) en el horario acordado para la entrevista telefónica, pero no obtuvimos respuesta en su celular.

     Si sigue interesado en la vacante, le agradeceré me indique nuevos horarios de disponibilidad.

     Saludos,
     Lic. Patricia Garza
     Reclutamiento y Selección
     Grupo Acerero del Norte
     """)

mail("missed_interview_notice", "did_not_join_teams_en", "en",
     frm="Markus Heil <markus.heil@volkan-fahrzeugwerke.example.de>",
     subject="Your interview today",
     date="2026-02-12 15:40", company="Volkan Fahrzeugwerke",
     contact="markus.heil@volkan-fahrzeugwerke.example.de",
     body="""
     Dear Diego,

     Dr. Kraus and I were waiting for you at Gate 4 today at 14:00, and we also tried to reach you by phone, but unfortunately you did not arrive and we have not heard from you.

     I hope everything is alright. Please let me know what happened and whether you are still interested in the position.

     Kind regards
     Markus Heil
     HR Business Partner
     Volkan Fahrzeugwerke
     """)

mail("missed_interview_notice", "no_show_meet_cl", "es",
     frm="Francisca Muñoz <francisca.munoz@andeshh.example.cl>",
     subject="te esperamos en el meet",
     date="2026-02-24 11:45", company="Minera Los Quillayes",
     contact="francisca.munoz@andeshh.example.cl",
     body="""
     Diego, hola! Estuvimos esperándote en el Meet a las 11:00 con el superintendente, pasaron 15 minutos y no te conectaste. Le pedí paciencia al cliente pero tuvo que irse a otra reunión.

     Me avisas si pasó algo? Veo si lo puedo reagendar, pero no te prometo nada.

     Francisca
     """)

mail("missed_interview_notice", "teams_no_join_es", "es",
     frm="Angela María Restrepo <seleccion@acueductosabana.example.co>",
     subject="Inasistencia a entrevista - Coordinador de Confiabilidad",
     date="2026-02-26 10:05", company="Acueducto Sabana Norte",
     contact="seleccion@acueductosabana.example.co",
     body="""
     Apreciado Diego:

     Le informamos que el día de hoy, a las 9:00 a.m., el Ing. Carlos Ospina lo esperó en la reunión de Teams programada para su entrevista y usted no se conectó.

     De acuerdo con nuestra política, en caso de inasistencia sin justificación previa el proceso se da por terminado. Si tuvo algún inconveniente, le pedimos nos lo comunique antes del viernes 27 de febrero para evaluar una nueva fecha.

     Cordialmente,
     Angela María Restrepo
     Analista de Selección
     """)

mail("missed_interview_notice", "agency_where_were_you_en", "en",
     frm="James Whitlock <james.whitlock@ridleystone.example.co.uk>",
     subject="Everything ok??",
     date="2026-01-29 14:18", company="Ridley & Stone Recruitment",
     contact="james.whitlock@ridleystone.example.co.uk",
     body="""
     Diego – I had you booked in for our prep call at 1pm UK time and didn't see you dial in. Tried your mobile twice too. Everything ok?

     Let me know and we'll rebook, the client interview is still on for Tuesday so we need to speak before then!

     James
     """)

mail("missed_interview_notice", "de_nicht_erschienen", "de",
     frm="Jonas Weber <jonas@nordwind-service.example.de>",
     subject="Call heute verpasst?",
     date="2026-02-18 10:25", company="Nordwind Service",
     contact="jonas@nordwind-service.example.de",
     body="""
     Hallo Diego,

     Finn und ich waren heute um 10 Uhr im Call, du warst aber leider nicht dabei. Vielleicht ist der Link untergegangen?

     Sag gern Bescheid, ob wir einen neuen Termin finden sollen – diese Woche ginge noch Freitagvormittag.

     Viele Grüße
     Jonas
     """)

mail("missed_interview_notice", "visit_no_show_es", "es",
     frm="Marta Gil Solé <marta.gil@cerveceradelturia.example.com>",
     subject="Visita de hoy",
     date="2026-01-21 10:20", company="Cervecera del Turia",
     contact="marta.gil@cerveceradelturia.example.com",
     body="""
     Hola Diego,

     Te estábamos esperando en recepción a las 9:30 para la visita a planta con Toni y no has venido. Te he llamado al móvil y me salta el buzón.

     Espero que estés bien. Cuando puedas, dime algo y vemos si podemos recolocarlo, aunque Toni tiene la agenda complicada estas semanas.

     Marta
     """)

mail("missed_interview_notice", "fr_absence_entretien", "fr",
     frm="Hélène Baptiste <h.baptiste@omi-toulouse.example.fr>",
     subject="Entretien de ce jour",
     date="2026-03-05 15:10", company="Occitanie Maintenance Industrielle",
     contact="h.baptiste@omi-toulouse.example.fr",
     body="""
     Monsieur Fernández Ruiz,

     Nous vous attendions ce jour à 14h00 pour la visio avec notre directeur technique ; nous n'avons malheureusement pas pu vous joindre et vous ne vous êtes pas connecté.

     Je reste à votre disposition si vous souhaitez convenir d'un nouveau créneau.

     Cordialement,
     Hélène Baptiste
     """)

mail("missed_interview_notice", "in_missed_call_en", "en",
     frm="Deepa Nair <careers@sitratech.example.in>",
     subject="RE: Interview schedule - Sr. Manager Reliability - Mexico project",
     date="2026-02-24 13:02", company="Sitra Technical Services",
     contact="careers@sitratech.example.in",
     body="""
     Dear Mr. Diego,

     This is to inform you that the panel was waiting on the Zoom link for your technical round scheduled today at 4:30 PM IST. We did not receive any intimation from your end.

     Kindly revert with the reason and your availability if you wish to be considered further.

     Thanks & Regards,
     Deepa Nair
     HR Executive
     Sitra Technical Services Pvt. Ltd.
     """)

mail("missed_interview_notice", "whatsapp_style_missed_mx", "es",
     frm="Ing. Héctor Villalobos <hvillalobos@cerveceriasierramadre.example.mx>",
     subject="RE: RE: entrevista",
     date="2026-03-26 08:25", company="Cervecería Sierra Madre",
     contact="hvillalobos@cerveceriasierramadre.example.mx",
     body="""
     Diego te estuve esperando en el teams desde las 8, no te vi conectado. Avisame si sigues interesado y vemos.

     Hector
     Enviado desde mi iPhone
     """)

# ---------------------------------------------------------------- application_received (20)
mail("application_received", "infojobs_inscrito_es", "es",
     frm="InfoJobs <noreply@push.infojobs.net>",
     subject="Te has inscrito en la oferta: Jefe/a de Mantenimiento - Planta de Automoción",
     date="2026-01-08 20:14", company="Carrocerías Navarro", fmt="html",
     html="""<html><body style="font-family:Helvetica,Arial"><table width="600" align="center">
<tr><td><img src="https://static.infojobs.net/mail/logo.png" alt="InfoJobs"></td></tr>
<tr><td style="padding:20px"><p>Hola Diego,</p>
<p>Tu inscripción en la oferta <b>Jefe/a de Mantenimiento - Planta de Automoción</b> de <b>Carrocerías Navarro</b> (Valencia) se ha realizado correctamente.</p>
<p>La empresa revisará tu CV. Podrás seguir el estado de tu candidatura desde <a href="https://www.infojobs.net/candidate/applications">Mis candidaturas</a>.</p>
<p><b>Consejo:</b> las empresas valoran que la carta de presentación sea específica para cada oferta.</p>
<p style="font-size:10px;color:#aaa">Este email se ha enviado a diego.fernandez@example.com. <a href="https://www.infojobs.net/baja">Gestionar notificaciones</a></p>
</td></tr></table></body></html>""")

mail("application_received", "volume_disclaimer_en", "en",
     frm="Northgate Minerals Careers <careers-noreply@northgate-minerals.example.com>",
     subject="Thank you for applying – Reliability Engineering Lead",
     date="2026-01-09 12:02", company="Northgate Minerals", fmt="alt", html_style="ats",
     footer="Please do not reply to this email; this mailbox is not monitored.",
     body="""
     Dear Diego,

     Thank you for applying for the Reliability Engineering Lead role at Northgate Minerals. We confirm that your application has been received and will be reviewed by our recruitment team.

     Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your application is shortlisted, we will contact you within three weeks. Unfortunately we are unable to provide individual feedback at this stage.

     Thank you for your interest in joining Northgate Minerals.

     The Talent Acquisition Team
     """)

mail("application_received", "workday_es_received", "es",
     frm="Ferralia Automoción <ferralia@myworkday.com>",
     subject="Hemos recibido tu solicitud",
     date="2026-01-06 22:48", company="Ferralia Automoción", fmt="alt", html_style="ats",
     footer="Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.",
     body="""
     Hola Diego:

     Gracias por enviar tu solicitud para el puesto Responsable de Mantenimiento (R-10482). Hemos recibido tu candidatura correctamente.

     Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, se pondrá en contacto contigo. Mientras tanto, puedes consultar el estado de tu solicitud en cualquier momento desde tu cuenta de candidato.

     Saludos,
     Equipo de Talento de Ferralia Automoción
     """)

mail("application_received", "agency_cv_recibido_es", "es",
     frm="Talentia Selección <cv@talentia-seleccion.example.com>",
     subject="Hemos recibido tu CV - Ref. TS-2026-118 Director/a de Planta",
     date="2026-01-12 09:14", company="Talentia Selección",
     contact="cv@talentia-seleccion.example.com",
     body="""
     Hola Diego,

     Te confirmamos que hemos recibido tu candidatura para el proceso Ref. TS-2026-118 (Director/a de Planta, sector aguas, Sevilla).

     Nuestro equipo de consultores está revisando los perfiles y contactará por teléfono con las personas preseleccionadas en las próximas dos semanas. Lamentablemente, por el volumen de candidaturas no podemos responder de forma individual a todas las personas que se inscriben; si no tienes noticias nuestras en ese plazo, entiende que en esta ocasión no has sido preseleccionado/a.

     Gracias por confiar en Talentia.

     Talentia Selección
     C/ Asunción 45, 41011 Sevilla
     """)

mail("application_received", "successfactors_de", "de",
     frm="Kessler Antriebstechnik Karriere <noreply@successfactors.eu>",
     subject="Eingangsbestätigung Ihrer Bewerbung",
     date="2026-01-13 07:20", company="Kessler Antriebstechnik", fmt="html",
     charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1",
     html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Sehr geehrter Herr Fernández Ruiz,</p>
<p>vielen Dank für Ihre Bewerbung als <b>Leiter Instandhaltung (m/w/d)</b> und Ihr Interesse an der Kessler Antriebstechnik GmbH.</p>
<p>Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir werden Ihre Bewerbung sorgfältig prüfen und uns so bald wie möglich bei Ihnen melden. Bitte haben Sie Verständnis dafür, dass dies einige Wochen dauern kann.</p>
<p>Mit freundlichen Grüßen<br>Ihr Recruiting-Team<br>Kessler Antriebstechnik GmbH</p>
<p style="font-size:8pt;color:#888">Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.</p>
</body></html>""")

mail("application_received", "computrabajo_postulacion_es", "es",
     frm="Computrabajo <no-reply@computrabajo.com>",
     subject="Tu postulación fue enviada a Cobre del Pacífico",
     date="2026-01-27 23:02", company="Cobre del Pacífico", fmt="html",
     html="""<table width="100%" style="font-family:Arial;font-size:14px"><tr><td>
<p>¡Listo Diego!</p>
<p>Tu hoja de vida fue enviada a <b>Cobre del Pacífico</b> para la oferta <a href="https://cl.computrabajo.com/trk?o=9912">Jefe de Mantenimiento Planta Concentradora - Calama</a>.</p>
<p>Te avisaremos cuando la empresa vea tu hoja de vida.</p>
<p>Ofertas similares: <a href="https://cl.computrabajo.com/o/1">Planificador de Mantenimiento</a> · <a href="https://cl.computrabajo.com/o/2">Ingeniero de Confiabilidad</a></p>
<p style="font-size:11px;color:#888"><a href="https://cl.computrabajo.com/unsubscribe">Darse de baja</a></p>
</td></tr></table>""")

mail("application_received", "human_ack_short_es", "es",
     frm="Raquel Nogueira <rrhh@aguasdeltormes.example.es>",
     subject="RE: Candidatura Jefe de Explotación",
     date="2026-02-02 13:37", company="Aguas del Tormes",
     contact="rrhh@aguasdeltormes.example.es",
     irt=earlier_id("tormes-cand"),
     quotes=[Quote("outlook_es", "Diego Fernández Ruiz <diego.fernandez@example.com>", "2026-02-01 18:20",
                   "Buenas tardes:\n\nAdjunto mi CV para la oferta de Jefe de Explotación publicada en vuestra web.\n\nUn saludo,\nDiego Fernández Ruiz\n+34 600 123 456",
                   to="rrhh@aguasdeltormes.example.es", subject="Candidatura Jefe de Explotación")],
     body="""
     Buenos días Diego,

     Acusamos recibo de tu candidatura. La estudiaremos junto al resto y te diremos algo cuando cerremos la primera criba, previsiblemente a finales de febrero.

     Un saludo,
     Raquel Nogueira
     Dpto. de RRHH · Aguas del Tormes
     """)

mail("application_received", "greenhouse_en", "en",
     frm="EcoWater Works <no-reply@us.greenhouse-mail.io>",
     subject="Thanks for applying to EcoWater Works",
     date="2026-02-04 16:30", company="EcoWater Works", fmt="alt", html_style="simple",
     body="""
     Hi Diego,

     Thanks for applying to EcoWater Works! We've received your application for Plant Reliability Engineer (Murcia) and our team will review it shortly.

     If there's a fit, someone from our talent team will reach out to schedule a conversation. In the meantime, check out our blog to learn more about how we work: https://ecowaterworks.example.ie/blog

     Best,
     The EcoWater Works Talent Team
     """)

mail("application_received", "fr_accuse_reception", "fr",
     frm="Aérostructures Garonne - Recrutement <ne-pas-repondre@aerostructures-garonne.example.fr>",
     subject="Accusé de réception de votre candidature",
     date="2026-01-18 10:00", company="Aérostructures Garonne", fmt="alt", html_style="ats",
     charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1",
     body="""
     Bonjour Diego Fernández Ruiz,

     Nous avons bien reçu votre candidature au poste de Responsable Maintenance - Site de Colomiers (réf. AG-2026-017) et nous vous en remercions.

     Votre dossier va être étudié avec attention par nos équipes. En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'elles ; sans nouvelles de notre part sous quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue.

     Nous vous remercions de l'intérêt que vous portez à Aérostructures Garonne.

     L'équipe Recrutement
     """)

mail("application_received", "taleo_en_indian_owned", "en",
     frm="Krishna Infra Engineering <no-reply@taleo.net>",
     subject="Application Acknowledgement - Plant Maintenance Head (Requisition KIE/MX/0042)",
     date="2026-01-20 05:44", company="Krishna Infra Engineering", fmt="html",
     html="""<html><body><font face="Tahoma" size="2">Dear Diego Fernández Ruiz,<br><br>
Thank you for submitting your application for the post of <b>Plant Maintenance Head</b> (Requisition KIE/MX/0042).<br><br>
This is to acknowledge the receipt of your application. Our Talent Acquisition team shall review the same and revert to you in case your profile is shortlisted.<br><br>
You may track the status of your application by logging in to the career section.<br><br>
Warm Regards,<br>Talent Acquisition Team<br>Krishna Infra Engineering<br><br>
<font size="1">This is a system generated mail. Please do not reply.</font></font></body></html>""")

mail("application_received", "bizneo_es", "es",
     frm="Eólica Cantábrica <notificaciones@bizneo.com>",
     subject="¡Hemos recibido tu candidatura!",
     date="2026-01-24 11:51", company="Eólica Cantábrica", fmt="alt", html_style="ats",
     footer="Enviado con Bizneo HR. Este buzón no admite respuestas.",
     body="""
     ¡Hola, Diego!

     Gracias por inscribirte en la oferta Jefe/a de Parque – Zona Norte. Tu candidatura ya está con nosotros.

     ¿Qué pasa ahora? Nuestro equipo revisará todas las candidaturas en las próximas semanas. Si tu perfil encaja, te escribiremos para una primera entrevista por Teams.

     Mientras tanto, puedes conocer mejor cómo trabajamos en https://eolicacantabrica.example.com/equipo

     El equipo de Personas de Eólica Cantábrica
     """)

mail("application_received", "public_body_registro_es", "es",
     frm="Sede Electrónica - Agencia Regional de Infraestructuras de Aragón <sede@aria.example.es>",
     subject="Justificante de registro de solicitud - Proceso selectivo 04/2026",
     date="2026-01-25 19:03", company="Agencia Regional de Infraestructuras de Aragón",
     charset="windows-1252", cte="quoted-printable",
     body="""
     JUSTIFICANTE DE PRESENTACIÓN

     Número de registro: ARIA/E/2026/001873
     Fecha y hora de presentación: 25/01/2026 19:02:51
     Interesado: FERNÁNDEZ RUIZ, DIEGO
     Asunto: Solicitud de admisión – Proceso selectivo 04/2026 – Técnico/a Superior de Mantenimiento de Instalaciones
     Documentación adjunta: 3 ficheros

     Su solicitud ha sido registrada correctamente. Este justificante tiene plena validez a efectos de cómputo de plazos.

     Este correo ha sido generado automáticamente por la Sede Electrónica. No responda a este mensaje.
     """)

mail("application_received", "personio_de_du", "de",
     frm="Nordwind Service <jobs@nordwind-service.jobs.personio.de>",
     subject="Danke für deine Bewerbung!",
     date="2026-02-08 21:30", company="Nordwind Service", fmt="alt", html_style="simple",
     body="""
     Hallo Diego,

     vielen Dank für deine Bewerbung als Teamleitung Service (m/w/d) bei Nordwind Service! Deine Unterlagen sind gut bei uns angekommen.

     Wir schauen uns alles in Ruhe an und melden uns in den nächsten 10 Tagen bei dir. Ein individuelles Feedback können wir in dieser Phase leider nicht geben.

     Sonnige Grüße aus Bremen
     Dein Nordwind Team
     """)

mail("application_received", "jobvite_en", "en",
     frm="Daesung Battery Europe <notification@jobvite.com>",
     subject="Thank you for your application",
     date="2026-03-01 02:18", company="Daesung Battery Europe", fmt="alt", html_style="ats",
     body="""
     Dear Diego,

     Thank you for your interest in the Facility Maintenance Manager (Requisition #DBE-0147) position at Daesung Battery Europe. We have received your application.

     As a next step, qualified candidates will receive an invitation to complete an online assessment. Please note that we cannot reply to each applicant individually.

     Best regards,
     Daesung Battery Europe Recruiting
     """)

mail("application_received", "consultora_mx_usted", "es",
     frm="Reclutamiento Industrial MX <vacantes@reclutamientoindustrial.example.mx>",
     subject="Confirmación de recepción de CV - Gerente de Planta (Querétaro)",
     date="2026-03-08 10:12", company="Reclutamiento Industrial MX",
     contact="vacantes@reclutamientoindustrial.example.mx",
     body="""
     Estimado candidato:

     Por este medio confirmamos la recepción de su currículum para la vacante de Gerente de Planta – sector farmacéutico, Querétaro, publicada en OCC y LinkedIn.

     Nuestro equipo evaluará su perfil con base en los requisitos de nuestro cliente. Únicamente nos comunicaremos con los candidatos que cumplan el perfil solicitado.

     Agradecemos su interés.

     Atentamente,
     Reclutamiento Industrial MX
     Tel. 442 215 8800
     """)

mail("application_received", "dutch_owned_en_casual", "en",
     frm="Sanne de Vries <sanne.devries@vandijkbrewing.example.nl>",
     subject="Got your application :)",
     date="2026-02-05 15:22", company="Brouwerij Van Dijk",
     contact="sanne.devries@vandijkbrewing.example.nl",
     body="""
     Hi Diego,

     Just a personal note to say we've got your application for the Engineering Manager – Packaging role in Lisbon. Thanks for the thoughtful cover letter, nice to read one that isn't generic!

     We're collecting applications until 13 February and will then go through them with Maarten (our Plant Director). I'll let you know either way by the end of that month.

     Groetjes,
     Sanne de Vries
     Talent Team, Brouwerij Van Dijk
     """)

mail("application_received", "uk_registered_agency_en", "en",
     frm="Ridley & Stone Recruitment <noreply@ridleystone.example.co.uk>",
     subject="Your CV has been registered",
     date="2026-01-10 08:00", company="Ridley & Stone Recruitment", fmt="alt", html_style="ats",
     body="""
     Dear Diego,

     Thank you for registering with Ridley & Stone Recruitment and applying for Plant Manager - Brewery, Porto (Ref RS-44128).

     One of our consultants will review your CV and, should your experience match the brief, will be in touch by phone. Owing to the number of applications we receive, we regret that we are unable to reply to every application individually.

     Kind regards,
     Ridley & Stone Recruitment
     """)

mail("application_received", "factorial_es_tu", "es",
     frm="Factorial <no-reply@factorialhr.com>",
     subject="Candidatura recibida – Jefe/a de Planta EDAR",
     date="2026-02-11 08:41", company="Hidrotec Levante", fmt="html",
     html="""<div style="font-family:Inter,Arial;max-width:560px;margin:auto">
<img src="https://factorialhr.com/mail/hidrotec.png" alt="Hidrotec Levante" height="36">
<p>Hola Diego,</p>
<p>¡Gracias por tu interés en <b>Hidrotec Levante</b>! Hemos recibido tu candidatura para <b>Jefe/a de Planta EDAR</b>.</p>
<p>Revisaremos tu perfil con calma y te contaremos algo pronto, sea cual sea el resultado.</p>
<p style="color:#999;font-size:11px">Enviado con Factorial · <a href="https://factorialhr.com/privacy">Privacidad</a></p></div>""")

mail("application_received", "fr_agency_bien_recu", "fr",
     frm="Cabinet Altaïr Recrutement <contact@altair-recrutement.example.fr>",
     subject="Candidature bien reçue – Directeur d'usine (H/F)",
     date="2026-03-02 12:45", company="Cabinet Altaïr Recrutement",
     contact="contact@altair-recrutement.example.fr",
     body="""
     Bonjour,

     Nous vous confirmons la bonne réception de votre candidature pour le poste de Directeur d'usine (H/F), réf. ALT-3391. Un consultant l'étudiera dans les meilleurs délais et reviendra vers vous si votre profil correspond aux attentes de notre client.

     Bien à vous,
     Cabinet Altaïr Recrutement
     """)

mail("application_received", "ack_with_quoted_rejection_es", "es",
     frm="Laboratorios Alcázar - Selección <sfnotifications@successfactors.eu>",
     subject="Laboratorios Alcázar: hemos recibido su solicitud",
     date="2026-04-09 10:27", company="Laboratorios Alcázar", fmt="alt", html_style="ats",
     body="""
     Estimado/a Diego,

     Le confirmamos que hemos recibido su solicitud para la posición de Técnico/a Senior de Fiabilidad – Planta de Toledo (ID de solicitud: 41230).

     Revisaremos su candidatura y, en caso de que su perfil encaje, nos pondremos en contacto con usted. Le informamos de que, lamentablemente, no podemos ofrecer una respuesta personalizada a cada candidatura en esta fase.

     Atentamente,
     Departamento de Recursos Humanos
     Laboratorios Alcázar
     """)

# ---------------------------------------------------------------- offer (10)
mail("offer", "verbal_offer_followup_en", "en",
     frm="Laura Bennett <laura.bennett@northgate-minerals.example.com>",
     subject="Following our call",
     date="2026-03-19 18:30", company="Northgate Minerals",
     contact="laura.bennett@northgate-minerals.example.com", fmt="alt", html_style="outlook",
     footer="This email and any attachments are confidential and intended solely for the addressee. Northgate Minerals Ltd is registered in England and Wales, No. 08812234.",
     body="""
     Dear Diego,

     It was lovely to speak earlier and to hear how pleased you were! As discussed, I'm delighted to confirm that we'd like to offer you the position of Maintenance Manager at our Santiago concentrator.

     To summarise what we talked through:
     - Base salary: USD 118,000 per annum, plus 20% target bonus
     - Relocation package and six months' temporary housing in Santiago
     - Start date: to be agreed, ideally by 1 June 2026

     The formal offer letter and contract will follow from our HR team in the next couple of days. In the meantime, do shout if you have any questions at all.

     Warm regards,

     Laura Bennett
     Talent Acquisition Partner | Northgate Minerals
     M +44 7700 900412
     """)

mail("offer", "carta_oferta_adjunta_es", "es",
     frm="Clara Ortega <clara.ortega@hidrotec-levante.example.com>",
     subject="Propuesta de incorporación – Jefe de Planta EDAR",
     date="2026-03-10 13:05", company="Hidrotec Levante",
     contact="clara.ortega@hidrotec-levante.example.com", attach="Carta_oferta_Diego_Fernandez.pdf",
     body="""
     Hola Diego,

     ¡Qué alegría escribirte este correo! Tras las entrevistas con Vicente y con dirección, nos encantaría que te incorporaras a Hidrotec Levante como Jefe de Planta de la EDAR de Quart-Benàger.

     Te adjunto la carta con las condiciones que hablamos por teléfono: 58.000 € brutos anuales + 10 % de variable, coche de empresa y jornada intensiva en verano. La fecha de incorporación que proponemos es el 6 de abril.

     Cuando la revises, dime si tienes cualquier duda. Nos gustaría tener tu respuesta antes del viernes 13.

     Un abrazo,
     Clara Ortega
     Personas · Hidrotec Levante
     """)

mail("offer", "conditional_offer_public_es", "es",
     frm="Consorcio de Aguas de Bizkaia - Selección <seleccion@cabizkaia.example.eus>",
     subject="Resolución proceso 12/2025 – Propuesta de nombramiento",
     date="2026-04-08 12:30", company="Consorcio de Aguas de Bizkaia",
     contact="seleccion@cabizkaia.example.eus",
     body="""
     Estimado Sr. Fernández Ruiz:

     Le comunicamos que el tribunal calificador del proceso 12/2025 le ha propuesto como candidato seleccionado para la plaza de Jefatura de Mantenimiento Electromecánico.

     La contratación queda condicionada a la superación del reconocimiento médico previo y a la presentación, en el plazo de veinte días naturales, de la documentación acreditativa de los requisitos (título universitario, certificado de antecedentes, etc.).

     En breve recibirá la cita para el reconocimiento médico.

     Atentamente,
     Servicio de Personas y Organización
     Consorcio de Aguas de Bizkaia
     """)

mail("offer", "contract_to_sign_de", "de",
     frm="Ute Hoffmann <ute.hoffmann@brenner-praezision.example.de>",
     subject="Ihr Arbeitsvertrag",
     date="2026-04-02 11:45", company="Brenner Präzisionsteile",
     contact="ute.hoffmann@brenner-praezision.example.de", attach="Arbeitsvertrag_Fernandez_Ruiz.pdf",
     charset="iso-8859-1", cte="quoted-printable", header_charset="iso-8859-1",
     body="""
     Sehr geehrter Herr Fernández Ruiz,

     wir freuen uns sehr, Ihnen die Position als Werksleiter (m/w/d) in unserem Werk Esslingen anbieten zu können.

     Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 15. April 2026 zurück; gern auch vorab als Scan per E-Mail.

     Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

     Mit freundlichen Grüßen

     Ute Hoffmann
     Personalleitung
     Brenner Präzisionsteile GmbH & Co. KG
     """)

mail("offer", "agency_offer_excited_es", "es",
     frm="Sergio Palomares | Talentia Selección <sergio.palomares@talentia-seleccion.example.com>",
     subject="¡¡Tenemos oferta!!",
     date="2026-04-24 19:12", company="Harinera del Ebro",
     contact="sergio.palomares@talentia-seleccion.example.com",
     body="""
     Diego!!

     Acabo de colgar con Harinera del Ebro y te quieren como Jefe de Planta. Te resumo lo que me han pasado:

     - 65.000 € brutos fijos + hasta 8.000 € de variable por objetivos
     - Seguro médico para ti y familia
     - Incorporación el 1 de junio (flexible hasta el 15)

     Mañana te llega la carta oficial de su departamento de RRHH. Llámame cuando puedas y lo comentamos, ¡enhorabuena de verdad!

     Sergio
     +34 611 22 33 44
     """)

mail("offer", "pleased_to_offer_korean_en", "en", cte="base64",
     frm="Min-jun Park <minjun.park@daesung-battery.example.com>",
     subject="Offer of Employment - Facility Maintenance Manager",
     date="2026-04-16 03:30", company="Daesung Battery Europe",
     contact="minjun.park@daesung-battery.example.com", attach="DBE_Offer_Letter_DFR.pdf",
     fmt="alt", html_style="outlook",
     body="""
     Dear Mr. Diego Fernández Ruiz,

     On behalf of Daesung Battery Europe, we are pleased to offer you the position of Facility Maintenance Manager at our Navarra plant, reporting to Mr. Seung-ho Lee, Plant Director.

     Please find attached the offer letter with the details of compensation and benefits. This offer is valid until 24 April 2026. To accept, please sign the letter and return a copy to me.

     We look forward to welcoming you to the Daesung family.

     Best regards,
     Min-jun Park
     HR Business Partner
     Daesung Battery Europe
     """)

mail("offer", "oferta_mx_usted", "es",
     frm="Mariana Treviño <talento@cerveceriasierramadre.example.mx>",
     subject="Carta oferta",
     date="2026-05-08 18:00", company="Cervecería Sierra Madre",
     contact="talento@cerveceriasierramadre.example.mx", attach="Carta_Oferta_DFR.pdf",
     body="""
     Estimado Diego:

     Con gusto le hacemos llegar la carta oferta para el puesto de Gerente de Mantenimiento de Envasado en nuestra planta de Monterrey, con las condiciones conversadas con el Ing. Villalobos.

     Le pedimos de favor revisarla y, en caso de estar de acuerdo, enviarla firmada a más tardar el 15 de mayo. Posteriormente le contactaremos para los exámenes médicos y el trámite de su permiso de trabajo.

     Quedamos atentos.

     Mariana Treviño
     Atracción de Talento
     Cervecería Sierra Madre
     """)

mail("offer", "fr_promesse_embauche", "fr",
     frm="Julien Marchand <julien.marchand@aeolis-energies.example.fr>",
     subject="Proposition d'embauche",
     date="2026-04-10 17:40", company="Aeolis Énergies",
     contact="julien.marchand@aeolis-energies.example.fr",
     body="""
     Bonjour Diego,

     Suite à nos échanges et à ta rencontre avec la direction, j'ai le plaisir de te confirmer que nous souhaitons te proposer le poste de responsable maintenance du parc de l'Aude, en CDI, statut cadre.

     Rémunération : 62 k€ bruts annuels sur 12 mois + prime annuelle, véhicule de service, télétravail 1 jour par semaine. Démarrage souhaité le 1er juin.

     Les RH t'enverront la promesse d'embauche officielle en début de semaine prochaine. N'hésite pas à m'appeler si tu as des questions !

     À très vite j'espère,
     Julien
     06 12 34 56 78
     """)

mail("offer", "short_mobile_offer_es", "es",
     frm="Pablo Echevarría <pablo@mantenimientos-bidasoa.example.com>",
     subject="Re: lo hablado",
     date="2026-02-27 21:10", company="Mantenimientos Bidasoa",
     contact="pablo@mantenimientos-bidasoa.example.com",
     irt=earlier_id("bidasoa-oferta"),
     body="""
     Diego, como te dije por teléfono, el puesto de jefe de taller es tuyo si lo quieres. 48k + coche. Si te cuadra empezamos el 16 de marzo. Dime algo esta semana.

     Pablo

     Enviado desde mi iPhone
     """)

mail("offer", "workday_offer_ready_en", "en",
     frm="Volkan Fahrzeugwerke <volkan@myworkday.com>",
     subject="Your offer is ready for review",
     date="2026-06-02 09:00", company="Volkan Fahrzeugwerke", fmt="alt", html_style="ats",
     footer="This is a system-generated message from Workday. Replies to this address are not monitored.",
     body="""
     Dear Diego,

     Congratulations! We are happy to extend an offer to you for the position Maintenance Planning Manager (JR-90412).

     Your offer documents are available in your Workday candidate home. Please review and accept or decline the offer by 9 June 2026: https://volkan.wd3.myworkday.com/volkan/d/inst/offer.htmld

     We look forward to hearing from you.

     Volkan Fahrzeugwerke – Talent Acquisition
     """)

# ---------------------------------------------------------------- other (50)
def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    """The headers a mailing-list or bulk sender adds."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


mail("other", "aeat_notificacion_es", "es",
     frm="Agencia Tributaria <notificaciones@correo.aeat.example.es>",
     subject="Aviso de notificación electrónica disponible",
     date="2026-01-07 08:03", charset="iso-8859-1", cte="quoted-printable",
     body="""
     AGENCIA TRIBUTARIA

     Le comunicamos que tiene a su disposición una notificación en la Dirección Electrónica Habilitada única (DEHú).

     Titular: FERNÁNDEZ RUIZ DIEGO
     Emisor: Agencia Estatal de Administración Tributaria
     Concepto: Requerimiento de documentación - IRPF 2024

     Dispone de un plazo de diez días naturales para acceder a su contenido. Transcurrido dicho plazo sin que se acceda, la notificación se entenderá rechazada.

     Este mensaje se ha enviado de forma automática. Por favor, no responda a esta dirección.
     """)

mail("other", "seguridad_social_vida_laboral_es", "es",
     frm="Seguridad Social <no-responder@seg-social.example.es>",
     subject="Su informe de vida laboral",
     date="2026-01-09 12:44", attach="Informe_Vida_Laboral.pdf",
     body="""
     Estimado/a ciudadano/a:

     Le remitimos adjunto el informe de vida laboral que ha solicitado a través de Import@ss. El documento incluye un código seguro de verificación (CSV) que permite comprobar su autenticidad en la sede electrónica.

     Tesorería General de la Seguridad Social
     """)

mail("other", "linkedin_job_alert_en", "en",
     frm="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
     subject="“plant manager”: 14 new jobs in Spain",
     date="2026-01-11 07:15", fmt="html",
     extra=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/jobs/alerts/unsub?id=8812"),
     html="""<html><body style="font-family:-apple-system,Helvetica;background:#f3f2ef"><table width="600" align="center" style="background:#fff">
<tr><td style="padding:16px"><b>Your job alert for plant manager in Spain</b><br><span style="color:#666">14 new jobs match your preferences.</span></td></tr>
<tr><td style="padding:8px 16px;border-top:1px solid #eee"><a href="https://www.linkedin.com/comm/jobs/view/4100001/?trk=eml">Plant Manager</a><br>Cervecera del Turia · Valencia, Spain<br><span style="color:#0a66c2">Actively recruiting</span></td></tr>
<tr><td style="padding:8px 16px;border-top:1px solid #eee"><a href="https://www.linkedin.com/comm/jobs/view/4100002/?trk=eml">Maintenance Director – Wind</a><br>Ventalia Renovables · Zaragoza, Spain<br>3 connections work here</td></tr>
<tr><td style="padding:8px 16px;border-top:1px solid #eee"><a href="https://www.linkedin.com/comm/jobs/view/4100003/?trk=eml">Director de Planta (Farma)</a><br>Laboratorios Alcázar · Alcalá de Henares<br>Be an early applicant</td></tr>
<tr><td style="padding:8px 16px;border-top:1px solid #eee"><a href="https://www.linkedin.com/comm/jobs/search/?trk=eml-see-all">See all jobs</a></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">You are receiving Job Alert emails. <a href="https://www.linkedin.com/comm/jobs/alerts/unsub?id=8812">Unsubscribe</a> · LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085</td></tr>
</table></body></html>""")

mail("other", "infojobs_alerta_es", "es",
     frm="InfoJobs <alertas@push.infojobs.net>",
     subject="Diego, 23 ofertas nuevas de Jefe de Mantenimiento",
     date="2026-01-13 08:30", fmt="alt", html_style="ats",
     extra=bulk("<alertas.infojobs.net>", "https://www.infojobs.net/alertas/baja?id=3321"),
     footer="Recibes este email porque tienes una alerta activa en InfoJobs. Darte de baja: https://www.infojobs.net/alertas/baja?id=3321",
     body="""
     Hola Diego, estas son las ofertas nuevas de tu alerta "Jefe de Mantenimiento - Aragón, Valencia, País Vasco":

     Jefe/a de Mantenimiento Turno Noche – Industrias Cárnicas Moncayo – Tarazona – 40.000 € - 45.000 €
     Responsable de Mantenimiento y Servicios Generales – Hospital Privado Levante – Valencia
     Jefe de Mantenimiento Eléctrico – Papelera del Cadagua – Bizkaia – 50.000 €
     Coordinador de Mantenimiento (GMAO/SAP PM) – Logística Ebro – Zaragoza

     Ver las 23 ofertas: https://www.infojobs.net/alertas/3321

     ¿Sabías que los candidatos que actualizan su CV reciben un 30 % más de visitas?
     """)

mail("other", "bank_loan_received_es", "es",
     frm="Banco Meridional <avisos@bancomeridional.example.es>",
     subject="Hemos recibido tu solicitud de préstamo",
     date="2026-01-16 19:20", fmt="alt", html_style="ats",
     footer="Banco Meridional, S.A. Inscrito en el Registro de Entidades del Banco de España con el número 0999. Este es un mensaje automático, no respondas a este correo.",
     body="""
     Hola Diego:

     Hemos recibido correctamente tu solicitud de Préstamo Coche por importe de 18.000 €. Número de solicitud: PC-2026-0048812.

     Nuestro equipo de riesgos la está estudiando y en un plazo máximo de 48 horas te comunicaremos la resolución. Es posible que te pidamos documentación adicional (nóminas o declaración de la renta).

     Gracias por confiar en Banco Meridional.
     """)

mail("other", "friend_own_rejection_es", "es",
     frm="Álex Garrido <alexgarrido84@example.net>",
     subject="buff",
     date="2026-01-17 23:02",
     contact="alexgarrido84@example.net",
     body="""
     Tío, al final me han dicho que no en lo de Acciona-Zaragoza. Después de tres entrevistas y la visita a planta, un correo de dos líneas: "hemos decidido seguir con otros candidatos". Ni una llamada.

     En fin, a seguir. Tú qué tal con lo tuyo? Cervezas el sábado y nos quejamos juntos 😂

     Álex
     """)

mail("other", "own_sent_followup_es", "es",
     frm=CAND, to="Marta Gil Solé <marta.gil@cerveceradelturia.example.com>",
     subject="Re: Siguiente fase: visita a planta",
     date="2026-01-21 11:05",
     irt=earlier_id("turia-visit"),
     quotes=[Quote("gmail_es", "Marta Gil Solé <marta.gil@cerveceradelturia.example.com>", "2026-01-21 10:20",
                   "Hola Diego,\n\nTe estábamos esperando en recepción a las 9:30 para la visita a planta con Toni y no has venido.\n\nMarta")],
     body="""
     Hola Marta,

     Te pido mil disculpas. He tenido un problema con el coche en la V-30 y me he quedado sin batería en el móvil intentando llamar a la grúa. Sé que no es excusa para no haber avisado antes.

     Si Toni tiene cualquier hueco en los próximos días me adapto totalmente, a cualquier hora.

     De nuevo, lo siento mucho.

     Diego Fernández Ruiz
     +34 600 123 456
     """)

mail("other", "indeed_digest_en", "en",
     frm="Indeed <alert@indeed.com>",
     subject="Reliability Engineer jobs in Lisbon - 9 new",
     date="2026-01-22 06:01", fmt="html",
     extra=bulk("<jobalert.indeed.com>", "https://pt.indeed.com/alert/unsubscribe?id=ab12"),
     html="""<html><body style="font-family:Arial"><div style="max-width:600px;margin:auto">
<p style="font-size:16px"><b>9 new jobs</b> for <b>Reliability Engineer</b> in Lisbon</p>
<div style="border-bottom:1px solid #ddd;padding:10px 0"><a href="https://pt.indeed.com/rc/clk?jk=1a">Senior Reliability Engineer</a><br>Biofarma Lusitana - Lisboa<br><span style="color:#555">Easily apply · Responsive employer</span></div>
<div style="border-bottom:1px solid #ddd;padding:10px 0"><a href="https://pt.indeed.com/rc/clk?jk=2b">Maintenance &amp; Reliability Lead</a><br>Naval Atlântico - Setúbal<br>€45,000 - €55,000 a year</div>
<div style="border-bottom:1px solid #ddd;padding:10px 0"><a href="https://pt.indeed.com/rc/clk?jk=3c">Asset Integrity Engineer</a><br>Hanseo Biologics - Lisboa</div>
<p><a href="https://pt.indeed.com/jobs?q=reliability+engineer&l=Lisboa">See all jobs</a></p>
<p style="font-size:11px;color:#777">Tip: employers respond faster to candidates who follow up after an interview. <a href="https://pt.indeed.com/alert/unsubscribe?id=ab12">Unsubscribe</a></p></div></body></html>""")

mail("other", "recruiter_coldoutreach_en", "en",
     frm="Oliver Grant <oliver.grant@apexsearchpartners.example.com>",
     subject="Plant leadership opportunities – Iberia",
     date="2026-01-23 14:10",
     contact="oliver.grant@apexsearchpartners.example.com",
     body="""
     Hi Diego,

     I hope you don't mind the direct note. I run the industrial practice at Apex Search Partners and we place plant and maintenance leaders across Iberia and LatAm – recent placements include a Plant Director for a Tier 1 automotive supplier in Zaragoza and a Head of Reliability for a copper producer in Chile.

     I'm not recruiting for a specific role with your profile right now, but I like to build relationships with strong people before the right mandate comes in. Feel free to connect with me here or on LinkedIn, and send an updated CV whenever convenient.

     All the best,
     Oliver Grant
     Partner – Industrial Practice
     Apex Search Partners
     """)

mail("other", "newsletter_rejection_article_en", "en",
     frm="The Plant Leader Weekly <newsletter@plantleaderweekly.example.com>",
     subject="Issue #112: What a rejection email is really telling you",
     date="2026-01-25 10:00", fmt="alt", html_style="ats",
     extra=bulk("The Plant Leader Weekly <weekly.plantleaderweekly.example.com>", "https://plantleaderweekly.example.com/unsub?u=dfr"),
     footer="You're receiving this because you subscribed at plantleaderweekly.example.com. Unsubscribe: https://plantleaderweekly.example.com/unsub?u=dfr",
     body="""
     Hi Diego,

     This week: decoding "we've decided to move forward with other candidates", why you shouldn't skip the thank-you note after an interview, and the maintenance KPIs plant directors actually care about.

     1. What a rejection email is really telling you
     "Unfortunately we will not be progressing your application" rarely means you were a bad candidate. We asked 40 hiring managers what goes on behind the template. https://plantleaderweekly.example.com/p/rejection-decoded

     2. Missed an interview? How to recover
     It happens – a flat tyre, a wrong time zone. Here's the apology email that got one reader a second chance. https://plantleaderweekly.example.com/p/missed-interview

     3. Jobs board: 12 plant manager openings this week https://plantleaderweekly.example.com/jobs

     See you next Sunday,
     The Plant Leader Weekly
     """)

mail("other", "apartment_application_rejected_es", "es",
     frm="Inmobiliaria Ruzafa <alquileres@inmoruzafa.example.com>",
     subject="Piso C/ Sueca 41 - solicitud de alquiler",
     date="2026-01-28 13:20",
     contact="alquileres@inmoruzafa.example.com",
     body="""
     Hola Diego,

     Gracias por tu interés en el piso de la calle Sueca y por mandarnos la documentación tan rápido. Lamentablemente, el propietario ha decidido alquilarlo a otra persona que podía entrar el 1 de febrero.

     Si quieres, te avisamos cuando tengamos algo parecido en Ruzafa o Russafa-Gran Vía.

     Un saludo,
     Carmen · Inmobiliaria Ruzafa
     963 00 44 55
     """)

mail("other", "podcast_interview_en", "en",
     frm="Nadia Kowalski <nadia@reliabilityradio.example.org>",
     subject="Interview on Reliability Radio?",
     date="2026-02-01 16:40",
     contact="nadia@reliabilityradio.example.org",
     body="""
     Hi Diego,

     I host Reliability Radio, a podcast for maintenance and reliability folks (about 8k listeners/episode). I read your LinkedIn post on vibration monitoring in gearboxes and would love to interview you for an episode!

     Format is a relaxed 40-minute conversation over Zoom, recorded, lightly edited. We're booking recordings for late February. Interested?

     Cheers,
     Nadia Kowalski
     Host & Producer, Reliability Radio
     """)

mail("other", "movistar_cita_tecnico_es", "es",
     frm="Movistar <no-reply@movistar-avisos.example.es>",
     subject="Hemos cambiado la cita de instalación",
     date="2026-02-02 09:15", fmt="html",
     html="""<html><body style="font-family:Arial;font-size:14px"><table width="600" align="center"><tr><td style="background:#019df4;color:#fff;padding:14px;font-size:20px">movistar</td></tr>
<tr><td style="padding:18px"><p>Hola Diego,</p><p>Te informamos de que la cita con nuestro técnico para la instalación de fibra en C/ Conde Altea 12, 4ºB, Valencia ha sido <b>reprogramada</b>.</p>
<p><b>Nueva cita:</b> jueves 5 de febrero, entre las 14:00 y las 18:00.</p>
<p>Si no puedes estar, cámbiala desde la app Mi Movistar.</p>
<p style="font-size:11px;color:#777">Telefónica de España, S.A.U. Este correo se ha enviado automáticamente, por favor no respondas.</p></td></tr></table></body></html>""")

mail("other", "ooo_recruiter_en", "en",
     frm="James Whitlock <james.whitlock@ridleystone.example.co.uk>",
     subject="Automatic reply: Plant Manager - Brewery, Porto",
     date="2026-02-10 19:21", contact="james.whitlock@ridleystone.example.co.uk",
     extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     body="""
     Thank you for your email. I am out of the office until Monday 16th February with limited access to email. For anything urgent please contact my colleague Priya Shah on +44 (0)161 496 0300.

     Kind regards,
     James
     """)

mail("other", "wtj_newsletter_fr", "fr", cte="base64",
     frm="Welcome to the Jungle <hello@welcometothejungle.com>",
     subject="Entretien raté ? 5 façons de rebondir (et 30 offres pour vous)",
     date="2026-02-03 11:00", fmt="alt", html_style="ats",
     extra=bulk("<newsletter.welcometothejungle.com>", "https://www.welcometothejungle.com/fr/unsubscribe?t=xx9"),
     footer="Vous recevez cet e-mail car vous êtes inscrit à la newsletter Welcome to the Jungle. Se désinscrire : https://www.welcometothejungle.com/fr/unsubscribe?t=xx9",
     body="""
     Bonjour Diego,

     Cette semaine dans le Lab : comment rebondir après un refus, ce que les recruteurs pensent vraiment des relances, et pourquoi l'entretien vidéo n'est pas un entretien au rabais.

     → Lire : « On m'a dit non après trois entretiens : ce que j'en ai appris » https://www.welcometothejungle.com/fr/articles/refus-apres-entretiens

     → 30 offres qui pourraient vous plaire : Responsable maintenance (Toulouse), Directeur de site industriel (Montauban), Ingénieur fiabilité (Blagnac)… https://www.welcometothejungle.com/fr/jobs

     À la semaine prochaine,
     L'équipe Welcome to the Jungle
     """)

mail("other", "stepstone_jobagent_de", "de",
     frm="StepStone Jobagent <jobagent@stepstone.de>",
     subject="12 neue Jobs für „Leiter Instandhaltung“ in Stuttgart",
     date="2026-02-04 06:30", fmt="html",
     extra=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/jobagent/abmelden?id=71"),
     html="""<html><body style="font-family:Arial;font-size:14px"><table width="600" align="center">
<tr><td><img src="https://www.stepstone.de/mail/logo.png" alt="StepStone"></td></tr>
<tr><td><p>Hallo Diego,</p><p>Ihr Jobagent hat <b>12 neue Stellenangebote</b> gefunden:</p>
<p><a href="https://www.stepstone.de/stellenangebote--Leiter-Instandhaltung-1">Leiter Instandhaltung (m/w/d)</a><br>Kessler Antriebstechnik GmbH · Stuttgart</p>
<p><a href="https://www.stepstone.de/stellenangebote--Teamleiter-Instandhaltung-2">Teamleiter Instandhaltung Presswerk (m/w/d)</a><br>Volkan Fahrzeugwerke · Sindelfingen</p>
<p><a href="https://www.stepstone.de/stellenangebote--Betriebsingenieur-3">Betriebsingenieur Wasserversorgung (m/w/d)</a><br>Stadtwerke Neckartal · Esslingen</p>
<p style="font-size:11px;color:#888">Jobagent bearbeiten oder <a href="https://www.stepstone.de/jobagent/abmelden?id=71">abmelden</a>. StepStone Deutschland GmbH, Völklinger Str. 1, 40219 Düsseldorf</p></td></tr></table></body></html>""")

mail("other", "renfe_cancelacion_es", "es",
     frm="Renfe <venta@renfe-avisos.example.es>",
     subject="Información sobre su viaje Zaragoza - Madrid",
     date="2026-02-06 06:10",
     body="""
     Estimado/a cliente:

     Le informamos de que, por incidencias en la infraestructura, el tren AVE 03062 Zaragoza-Delicias – Madrid-Puerta de Atocha del 6 de febrero a las 07:35 ha sido cancelado.

     Puede cambiar su billete sin coste a otro tren del mismo día o solicitar la devolución íntegra en renfe.com o en taquillas. Localizador: 8X4ZQT.

     Disculpe las molestias.
     Renfe Viajeros
     """)

mail("other", "delivery_delayed_es", "es",
     frm="Envíos Rápidos <seguimiento@enviosrapidos.example.com>",
     subject="Lamentablemente tu pedido llegará con retraso",
     date="2026-02-07 12:00", fmt="alt", html_style="ats",
     body="""
     Hola Diego,

     Lamentablemente tu envío 4412-8830-19 (Botas de seguridad S3 talla 43) no podrá entregarse en la fecha prevista por una incidencia en nuestro centro logístico de Ribarroja.

     Nueva fecha estimada de entrega: lunes 9 de febrero.

     Sigue tu envío: https://enviosrapidos.example.com/t/4412883019
     """)

mail("other", "gps_position_en", "en",
     frm="FleetTrack <alerts@fleettrack.example.net>",
     subject="Position update: Vehicle 4471-LKD",
     date="2026-02-08 17:42",
     body="""
     FleetTrack position report

     Vehicle: 4471-LKD (Diego's car)
     Position: 39.4699 N, 0.3763 W – Av. del Puerto, Valencia
     Speed: 0 km/h (parked since 17:12)
     Ignition: OFF

     View on map: https://fleettrack.example.net/map/4471LKD

     You are receiving this alert because "Daily position at 17:40" is enabled.
     """)

mail("other", "user_research_interview_es", "es",
     frm="Irene Salas <irene.salas@ux.empleapp.example.com>",
     subject="¿Nos cuentas tu experiencia buscando empleo? (entrevista de 30 min)",
     date="2026-02-09 10:25",
     contact="irene.salas@ux.empleapp.example.com",
     body="""
     Hola Diego,

     Soy Irene, investigadora de experiencia de usuario en EmpleApp. Estamos rediseñando el seguimiento de candidaturas y nos encantaría entrevistarte 30 minutos por videollamada sobre cómo organizas tus procesos de selección.

     No es un proceso de selección ni tiene nada que ver con ninguna oferta: solo queremos aprender de usuarios como tú. Como agradecimiento, te enviaremos una tarjeta regalo de 40 €.

     Si te apetece, elige hueco aquí: https://calendly.com/irene-empleapp/research

     ¡Gracias!
     Irene Salas · UX Research · EmpleApp
     """)

mail("other", "credit_card_denied_en", "en",
     frm="Novabank <no-reply@novabank.example.com>",
     subject="Update on your credit card application",
     date="2026-02-10 09:50", fmt="alt", html_style="ats",
     footer="Novabank Europe UAB is authorised by the Bank of Lithuania. Please do not reply to this email.",
     body="""
     Hi Diego,

     Thanks for applying for the Novabank Metal credit card.

     Unfortunately, after reviewing your application, we're unable to approve it at this time. This decision was based on our internal credit assessment, including your current contract status.

     You can apply again in 90 days. Your standard account and debit card are not affected.

     The Novabank team
     """)

mail("other", "standup_calendar_es", "es",
     frm="Rubén Castillo <ruben.castillo@plasticosmediterraneo.example.com>",
     subject="Invitación actualizada: Daily mantenimiento L1-L4 @ lun-vie 8:15 - 8:30 (CET)",
     date="2026-02-11 17:00",
     contact="ruben.castillo@plasticosmediterraneo.example.com",
     calendar=ics("daily-mto-2026@plasticosmediterraneo", "Daily mantenimiento L1-L4", "2026-02-12 08:15", 15,
                  "Rubén Castillo <ruben.castillo@plasticosmediterraneo.example.com>", location="Sala de turnos / Teams", sequence=3),
     body="""
     Esta invitación se ha actualizado.

     Daily mantenimiento L1-L4
     De lunes a viernes, 8:15 – 8:30 (hora central europea)
     Sala de turnos / Teams

     Cambio: a partir del jueves la daily empieza a las 8:15 en lugar de a las 8:00 por el cambio de turno.

     Organizador: Rubén Castillo
     Invitados: Diego Fernández Ruiz, Jordi Puig, Equipo turno mañana
     """)

mail("other", "university_admission_es", "es",
     frm="Escuela de Ingenieros Industriales – Posgrado <posgrado@etsii.example.edu>",
     subject="Resolución de admisión – Máster en Dirección de Operaciones Industriales",
     date="2026-02-13 14:00",
     contact="posgrado@etsii.example.edu",
     body="""
     Estimado Diego Fernández Ruiz:

     Le comunicamos que la Comisión Académica del Máster en Dirección de Operaciones Industriales ha resuelto su solicitud de admisión para el curso 2026-2027 con el resultado: LISTA DE ESPERA (posición 7).

     Le informaremos por este medio si se produce una vacante. No es necesario que realice ninguna gestión adicional.

     Secretaría de Posgrado
     """)

mail("other", "ooo_recruiter_es", "es",
     frm="Javier Montes <javier.montes@ingenia-consultores.example.com>",
     subject="Respuesta automática: Proceso Jefe de Proyecto Fiabilidad",
     date="2026-03-01 10:00", contact="javier.montes@ingenia-consultores.example.com",
     extra={"Auto-Submitted": "auto-replied"},
     body="""
     Hola,

     Estoy fuera de la oficina hasta el 3 de marzo por vacaciones, sin acceso al correo. Para temas urgentes, escribe a operaciones@ingenia-consultores.example.com.

     Gracias,
     Javier Montes
     """)

mail("other", "xing_recruiter_no_request_de", "de",
     frm="Markus Lindner <m.lindner@technikpersonal-partner.example.de>",
     subject="Ihr Profil",
     date="2026-02-14 12:05",
     contact="m.lindner@technikpersonal-partner.example.de",
     body="""
     Guten Tag Herr Fernández Ruiz,

     ich bin auf XING auf Ihr Profil aufmerksam geworden. Als Personalberater für technische Führungskräfte im Raum Stuttgart betreue ich regelmäßig Positionen in Instandhaltung und Werksleitung.

     Aktuell habe ich kein konkretes Mandat, das zu Ihnen passt, würde Sie aber gern in unseren Kandidatenpool aufnehmen. Wenn Sie einverstanden sind, senden Sie mir einfach Ihren aktuellen Lebenslauf.

     Freundliche Grüße
     Markus Lindner
     Technik Personal Partner
     """)

mail("other", "own_sent_thanks_en", "en",
     frm=CAND, to="Laura Bennett <laura.bennett@northgate-minerals.example.com>",
     subject="Thank you – Maintenance Manager, Santiago",
     date="2026-03-11 20:14",
     body="""
     Dear Laura,

     Thank you for arranging yesterday's panel and please pass my thanks to the COO and to Andrés. I enjoyed the discussion on raising plant availability, and I'm even more enthusiastic about the role after hearing about the crusher replacement project.

     Please let me know if the panel needs anything else from me.

     Kind regards,
     Diego Fernández Ruiz
     +34 600 123 456
     """)

mail("other", "press_interview_en", "en",
     frm="Gemma Hartley <g.hartley@windpowermonthly-example.com>",
     subject="Interview request: O&M cost trends in Spanish wind",
     date="2026-02-16 15:30",
     contact="g.hartley@windpowermonthly-example.com",
     body="""
     Dear Diego,

     I'm a reporter at Wind Operations Monthly, preparing a feature on how operators in Spain are handling gearbox failures on ageing 2 MW fleets. A colleague suggested you as someone who could speak knowledgeably on predictive maintenance.

     Would you be available for a 20-minute phone interview this week? Quotes would be attributed to you by name and job title unless you prefer otherwise. My deadline is Friday.

     Best wishes,
     Gemma Hartley
     Senior Reporter, Wind Operations Monthly
     +44 20 7946 0321
     """)

mail("other", "candidate_survey_en", "en",
     frm="Pharmakon Ibérica <surveys@candidatepulse.example.com>",
     subject="How was your interview experience with Pharmakon Ibérica?",
     date="2026-03-28 10:00", fmt="html",
     html="""<div style="font-family:Arial;max-width:520px;margin:auto;text-align:center">
<p>Hi Diego,</p><p>You recently interviewed with <b>Pharmakon Ibérica</b>. We'd love to hear about your experience – it takes under 2 minutes and your answers are anonymous.</p>
<p>How likely are you to recommend interviewing with us to a friend?</p>
<p><a href="https://candidatepulse.example.com/s/77?v=0">0</a> <a href="https://candidatepulse.example.com/s/77?v=5">5</a> <a href="https://candidatepulse.example.com/s/77?v=10">10</a></p>
<p style="font-size:11px;color:#999">Powered by CandidatePulse · <a href="https://candidatepulse.example.com/optout">Opt out</a></p></div>""")

mail("other", "dgt_itv_es", "es",
     frm="DGT - Dirección General de Tráfico <noreply@dgt-avisos.example.es>",
     subject="Recordatorio: la ITV de su vehículo caduca pronto",
     date="2026-02-20 09:00", charset="iso-8859-1", cte="quoted-printable",
     body="""
     Estimado/a titular:

     Le recordamos que la Inspección Técnica del vehículo con matrícula 4471-LKD caduca el 15/03/2026. Circular con la ITV caducada puede suponer una sanción de 200 euros.

     Puede pedir cita en cualquier estación ITV autorizada.

     Servicio de notificaciones - Dirección General de Tráfico
     """)

mail("other", "friend_own_rejection_en", "en",
     frm="Sophie Turner <sophie.turner87@example.org>",
     subject="ugh",
     date="2026-02-22 21:40",
     contact="sophie.turner87@example.org",
     body="""
     Hey Diego,

     Remember the process management role at the pharma company in Cork I was so excited about? Got the "after careful consideration we will not be progressing your application" email today. After the final round!! Honestly gutted.

     Anyway, how are your interviews going? Any luck with the mining one in Chile? Call me this week if you want to vent together 😅

     S x
     """)

mail("other", "radio_interview_fr", "fr",
     frm="Mathilde Roux <mathilde.roux@radio-garonne.example.fr>",
     subject="Demande d'interview – émission « Industrie d'ici »",
     date="2026-02-25 16:15",
     contact="mathilde.roux@radio-garonne.example.fr",
     body="""
     Bonjour Monsieur Fernández Ruiz,

     Je suis journaliste à Radio Garonne et je prépare un sujet sur la maintenance des parcs éoliens en Occitanie pour notre émission « Industrie d'ici ». Votre intervention au salon Maintenance Expo de Toulouse m'a beaucoup intéressée.

     Accepteriez-vous de m'accorder une interview d'une dizaine de minutes par téléphone, la semaine prochaine ? L'enregistrement serait diffusé le 12 mars.

     Bien cordialement,
     Mathilde Roux
     Radio Garonne – Rédaction
     """)

mail("other", "colegio_webinar_es", "es",
     frm="Colegio de Ingenieros Industriales <comunicacion@coii-valencia.example.es>",
     subject="Webinar: cómo preparar una entrevista por competencias para puestos de dirección",
     date="2026-02-26 12:00", fmt="alt", html_style="ats",
     extra=bulk("Boletín COII <boletin.coii-valencia.example.es>", "https://coii-valencia.example.es/baja?m=dfr"),
     footer="Recibes este boletín como colegiado/a. Para darte de baja: https://coii-valencia.example.es/baja?m=dfr",
     body="""
     Estimado/a colegiado/a:

     El próximo jueves 5 de marzo a las 18:00 celebramos el webinar "Entrevistas por competencias para puestos de dirección de planta", impartido por Rosa Vidal, headhunter con 20 años de experiencia.

     Hablaremos de cómo preparar los casos prácticos, qué hacer si te rechazan tras la entrevista final y cómo negociar una oferta.

     Inscripción gratuita: https://coii-valencia.example.es/eventos/webinar-entrevistas

     Servicio de Empleo del Colegio
     """)

mail("other", "db_verspaetung_de", "de",
     frm="Deutsche Bahn <noreply@bahn-reiseinfo.example.de>",
     subject="Ihre Reise am 03.03.: ICE 595 verspätet sich",
     date="2026-03-03 07:02",
     body="""
     Guten Tag Herr Fernández Ruiz,

     leider verspätet sich Ihr ICE 595 (Frankfurt(Main)Hbf 07:20 → Stuttgart Hbf 08:38) voraussichtlich um 35 Minuten. Grund: Reparatur an einem Signal.

     Ihr Anschluss ist möglicherweise gefährdet. Aktuelle Informationen in der App DB Navigator.

     Ihre Deutsche Bahn
     """)

mail("other", "own_sent_offer_acceptance_es", "es",
     frm=CAND, to="Clara Ortega <clara.ortega@hidrotec-levante.example.com>",
     subject="Re: Propuesta de incorporación – Jefe de Planta EDAR",
     date="2026-03-12 09:30",
     body="""
     Hola Clara,

     Muchas gracias por la propuesta. Antes de darte una respuesta definitiva, ¿sería posible revisar la fecha de incorporación al 20 de abril? Tengo que dar un preaviso de 15 días y me gustaría cerrar bien la parada de Semana Santa en mi empresa actual.

     Por lo demás, las condiciones me parecen bien.

     Un saludo,
     Diego
     """)

mail("other", "ooo_de_abwesenheit", "de",
     frm="Ute Hoffmann <ute.hoffmann@brenner-praezision.example.de>",
     subject="Abwesenheitsnotiz: Rückfrage zum Vertrag",
     date="2026-04-07 08:12", contact="ute.hoffmann@brenner-praezision.example.de",
     extra={"Auto-Submitted": "auto-replied"},
     body="""
     Vielen Dank für Ihre Nachricht.

     Ich bin bis einschließlich 10. April nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@brenner-praezision.example.de.

     Mit freundlichen Grüßen
     Ute Hoffmann
     """)

mail("other", "computrabajo_alerta_mx", "es",
     frm="Computrabajo <alertas@computrabajo.com>",
     subject="Nuevas vacantes de Gerente de Mantenimiento en Nuevo León",
     date="2026-03-06 07:00", fmt="html",
     extra=bulk("<alertas.computrabajo.com>", "https://mx.computrabajo.com/alertas/baja?id=55"),
     html="""<table width="100%" style="font-family:Arial;font-size:14px"><tr><td>
<p>Hola Diego, estas vacantes coinciden con tu búsqueda:</p>
<p><a href="https://mx.computrabajo.com/ofertas/1">Gerente de Mantenimiento</a> – Autopartes Regiomontanas – Apodaca, N.L. – $75,000 - $90,000 mensual</p>
<p><a href="https://mx.computrabajo.com/ofertas/2">Jefe de Confiabilidad</a> – Grupo Acerero del Norte – San Nicolás de los Garza</p>
<p><a href="https://mx.computrabajo.com/ofertas/3">Superintendente de Mantenimiento Envasado</a> – Confidencial – Monterrey</p>
<p style="font-size:11px;color:#888">¿Ya no quieres recibir estas alertas? <a href="https://mx.computrabajo.com/alertas/baja?id=55">Darse de baja</a></p>
</td></tr></table>""")

mail("other", "mba_admission_en", "en",
     frm="IE-Style Business School Admissions <admissions@bschool.example.edu>",
     subject="Your application to the Executive MBA – decision",
     date="2026-03-09 17:00",
     contact="admissions@bschool.example.edu",
     body="""
     Dear Diego,

     Thank you for applying to the Global Executive MBA, intake September 2026. The Admissions Committee has carefully reviewed your application and we regret to inform you that we are unable to offer you a place in this intake.

     This year's applicant pool was exceptionally competitive. You are welcome to reapply for the January 2027 intake; your GMAT score remains valid.

     With best wishes,
     Office of Admissions
     """)

mail("other", "amazon_order_delayed_en", "en",
     frm="Shop Orders <order-update@shop.example.com>",
     subject="Unfortunately, your order is delayed",
     date="2026-03-10 10:34", fmt="alt", html_style="ats",
     body="""
     Hello Diego,

     We're sorry – your order #402-7719300-1183 (Fluke 805 FC Vibration Meter) is delayed. We now expect to deliver it between Thursday 12 March and Saturday 14 March.

     You don't need to do anything. If you no longer want the item, you can cancel it from Your Orders: https://shop.example.com/orders/402-7719300-1183
     """)

mail("other", "french_cold_outreach_cabinet", "fr",
     frm="Bastien Lefort <bastien.lefort@hunteo-conseil.example.fr>",
     subject="Votre profil",
     date="2026-03-14 09:40",
     contact="bastien.lefort@hunteo-conseil.example.fr",
     body="""
     Bonjour Diego,

     Consultant chez Hunteo Conseil, j'accompagne des industriels du Sud-Ouest (aéronautique, agroalimentaire, énergie) sur leurs recrutements de managers de maintenance.

     Je n'ai pas de poste à vous proposer dans l'immédiat, mais votre parcours entre Espagne et Amérique latine est rare et j'aimerais garder le contact. N'hésitez pas à m'envoyer votre CV à jour si vous envisagez la région toulousaine.

     Belle journée,
     Bastien Lefort
     Hunteo Conseil
     """)

mail("other", "find_my_device_es", "es",
     frm="Localiza mi dispositivo <noreply@localiza.example.com>",
     subject="Se ha localizado tu Galaxy Tab",
     date="2026-03-15 22:11",
     body="""
     Hola, Diego:

     Tu dispositivo "Galaxy Tab de Diego" se ha conectado y se ha actualizado su posición.

     Última ubicación conocida: Calle de Xàtiva 24, 46002 Valencia (precisión: 18 m)
     Hora: 15 mar 2026, 22:09

     Ver en el mapa: https://localiza.example.com/map?d=gt55
     """)

mail("other", "karriere_newsletter_de", "de",
     frm="Karriere-Kompass <newsletter@karriere-kompass.example.de>",
     subject="Absage nach dem Vorstellungsgespräch – und jetzt?",
     date="2026-03-20 07:30", fmt="alt", html_style="ats",
     extra=bulk("Karriere-Kompass Newsletter <news.karriere-kompass.example.de>", "https://karriere-kompass.example.de/abmelden?id=dfr"),
     footer="Sie erhalten diesen Newsletter, weil Sie sich auf karriere-kompass.example.de angemeldet haben. Abmelden: https://karriere-kompass.example.de/abmelden?id=dfr",
     body="""
     Hallo Diego,

     in dieser Ausgabe: Warum eine Absage nach dem Vorstellungsgespräch kein Grund zur Panik ist, wie Sie eine Einladung zum Zweitgespräch souverän beantworten und was Sie tun, wenn Sie ein Interview verpasst haben.

     Außerdem: Gehaltsreport Instandhaltung 2026 – was Leiter Instandhaltung in Baden-Württemberg verdienen. https://karriere-kompass.example.de/gehaltsreport

     Viel Erfolg bei der Jobsuche!
     Ihr Karriere-Kompass-Team
     """)

mail("other", "vodafone_like_mobile_bill_es", "es",
     frm="Movistar <facturas@movistar-avisos.example.es>",
     subject="Tu factura de marzo ya está disponible",
     date="2026-04-02 05:30", fmt="html",
     html="""<html><body style="font-family:Arial"><p>Hola Diego,</p><p>Ya puedes consultar tu factura de marzo: <b>54,90 €</b>. Se cargará en tu cuenta el 8 de abril.</p><p><a href="https://movistar-avisos.example.es/factura?id=0326">Ver factura</a></p><p style="font-size:10px;color:#888">No respondas a este correo.</p></body></html>""")

mail("other", "own_sent_application_es", "es",
     frm=CAND, to="rrhh@aguasdeltormes.example.es",
     subject="Candidatura Jefe de Explotación",
     date="2026-02-01 18:20", attach="CV_Diego_Fernandez_Ruiz.pdf",
     body="""
     Buenas tardes:

     Adjunto mi CV para la oferta de Jefe de Explotación publicada en vuestra web. Tengo doce años de experiencia en mantenimiento y fiabilidad de plantas de proceso, los últimos cinco como responsable de mantenimiento de una planta de tratamiento de agua con 40 personas a mi cargo.

     Quedo a vuestra disposición para ampliar cualquier información o para una entrevista.

     Un saludo,
     Diego Fernández Ruiz
     +34 600 123 456
     """)

mail("other", "insurance_application_received_es", "es",
     frm="Seguros Atalaya <clientes@segurosatalaya.example.es>",
     subject="Solicitud recibida – Seguro de Vida Hipoteca",
     date="2026-04-15 11:11",
     contact="clientes@segurosatalaya.example.es",
     body="""
     Estimado Sr. Fernández:

     Le confirmamos la recepción de su solicitud de Seguro de Vida vinculado a hipoteca (n.º SV-88120). Para continuar con la tramitación necesitamos que complete el cuestionario de salud que encontrará en el área de clientes.

     Un gestor revisará su solicitud y le contactará en un plazo de 5 días hábiles.

     Atentamente,
     Seguros Atalaya – Atención al cliente
     """)

mail("other", "standup_invite_en", "en",
     frm="Google Calendar <calendar-notification@google.com>",
     subject="Invitation: Reliability weekly sync @ Weekly from 9am to 9:30am on Monday (CET) (diego.fernandez@example.com)",
     date="2026-04-18 16:20",
     calendar=ics("7kq2m1r9v0reliabilitysync@google.com", "Reliability weekly sync", "2026-04-20 09:00+02:00", 30,
                  "Jordi Puig <jordi.puig@plasticosmediterraneo.example.com>", location="Google Meet"),
     body="""
     You have been invited to the following event.

     Reliability weekly sync
     When: Weekly from 9am to 9:30am on Monday, Central European Time
     Joining: https://meet.google.com/xyz-abcd-efg
     Organizer: Jordi Puig

     Going? Yes - Maybe - No

     Invitation from Google Calendar. You are receiving this email at the account diego.fernandez@example.com because you are an attendee of this event.
     """)

mail("other", "survey_fr_experience_candidat", "fr",
     frm="Aérostructures Garonne <enquete@aerostructures-garonne.example.fr>",
     subject="Votre avis sur notre processus de recrutement",
     date="2026-02-20 10:00",
     extra={"Precedence": "bulk"},
     body="""
     Bonjour,

     Vous avez récemment participé à l'un de nos processus de recrutement. Afin d'améliorer l'expérience de nos candidats, nous vous invitons à répondre à un court questionnaire (3 minutes) : https://aerostructures-garonne.example.fr/enquete-candidats

     Vos réponses sont anonymes et n'ont aucune incidence sur votre candidature.

     Merci par avance,
     La Direction des Ressources Humaines
     """)

mail("other", "recruiter_inmail_es_no_request", "es",
     frm="LinkedIn <inmail-hit-reply@linkedin.com>",
     reply_to="Carolina Méndez <carolina.mendez@headhuntersmx.example.mx>",
     subject="Carolina Méndez te ha enviado un mensaje",
     date="2026-05-04 18:30", fmt="alt", html_style="simple",
     contact="carolina.mendez@headhuntersmx.example.mx",
     body="""
     Hola Diego,

     Qué tal? Vi tu perfil y tu experiencia en confiabilidad me parece muy interesante. Trabajo en HeadHunters MX y seguido tenemos búsquedas de gerentes de mantenimiento en el Bajío y Monterrey para el sector automotriz.

     Por ahora no tengo una vacante específica para ti, pero me encantaría tenerte en el radar. Te dejo mi correo por si quieres mandarme tu CV.

     Saludos!
     Carolina Méndez
     """)

mail("other", "bank_transfer_es", "es",
     frm="Banco Meridional <avisos@bancomeridional.example.es>",
     subject="Has recibido una transferencia",
     date="2026-05-29 09:02",
     body="""
     Hola Diego:

     Has recibido una transferencia de 1.240,00 € de PLASTICOS MEDITERRANEO SL en tu cuenta ****4821.
     Concepto: LIQUIDACION FINIQUITO MAYO 2026

     Banco Meridional. No respondas a este correo.
     """)

mail("other", "weekly_digest_fr_apec_like", "fr",
     frm="Cadres Emploi <offres@cadres-emploi.example.fr>",
     subject="Vos 8 nouvelles offres : Responsable maintenance – Occitanie",
     date="2026-05-18 06:45", fmt="alt", html_style="ats",
     extra=bulk("<offres.cadres-emploi.example.fr>", "https://cadres-emploi.example.fr/desabonnement?u=8812"),
     footer="Pour ne plus recevoir ces offres : https://cadres-emploi.example.fr/desabonnement?u=8812",
     body="""
     Bonjour Diego,

     Voici les nouvelles offres correspondant à votre recherche « Responsable maintenance – Occitanie » :

     Responsable maintenance et travaux neufs (H/F) – Toulouse – 55-65 k€
     Responsable de maintenance site agroalimentaire (H/F) – Castres
     Chef de service maintenance aéronautique (H/F) – Blagnac

     Voir toutes les offres : https://cadres-emploi.example.fr/recherche/88
     """)

mail("other", "friend_forwards_posting_es", "es",
     frm="Iker Agirre <iker.agirre@example.net>",
     subject="Fwd: Oferta Jefe de Mantenimiento - Papelera del Cadagua",
     date="2026-03-22 12:48",
     contact="iker.agirre@example.net",
     body="""
     Mira esto Diego, me lo ha pasado un compañero que trabajó allí. Dicen que el director de planta es majo. Échale un ojo!

     ---------- Forwarded message ---------
     De: Bolsa de Empleo Ingenieros Bizkaia <bolsa@ingenierosbizkaia.example.eus>
     Date: vie, 20 mar 2026 a las 9:15
     Subject: Oferta Jefe de Mantenimiento - Papelera del Cadagua
     To: <colegiados@ingenierosbizkaia.example.eus>

     Papelera del Cadagua busca Jefe/a de Mantenimiento para su fábrica de Zalla. Requisitos: ingeniería industrial, 8 años de experiencia en mantenimiento de máquina de papel, inglés B2. Se ofrece contrato indefinido y salario de 55.000-62.000 €.

     Interesados enviar CV a la bolsa indicando la referencia PC-0326.
     """)


if __name__ == "__main__":
    write_all()
