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
from datetime import datetime, timedelta, timezone
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
    rows = zip(labels, (q.who, sent, q.to, q.subject))
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
    s = when(start).astimezone(timezone.utc)
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
    shell: str = "ats"
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
    html = m.html or auto_html(text, m.shell, m.company or domain, domain, m.footer, track)
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
    head += [f"{k}: {v}" for k, v in m.extra.items()]
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
     date="2026-01-14 09:02", company="Ferralia Automoción", fmt="alt", shell="ats",
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
     contact="laura.bennett@northgate-minerals.example.com", fmt="alt", shell="outlook",
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
     contact="sergio.palomares@talentia-seleccion.example.com", fmt="alt", shell="outlook",
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
     contact="katrin.albers@kessler-antriebstechnik.example.de", fmt="alt", shell="outlook",
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
     contact="sanne.devries@vandijkbrewing.example.nl", fmt="alt", shell="simple",
     body="""
     Hi Diego,

     Thank you for your interest in Brouwerij Van Dijk and for the conversation with Maarten last week. We really enjoyed learning about your work on TPM rollouts.

     We've now completed our first round and, to be straightforward with you, we're not going to move forward with your application for this role. The team felt that the packaging-line depth we need right now wasn't quite there.

     We know that's not what you hoped to hear. Thanks again for the time you put in.

     Best,
     Sanne de Vries
     Talent Team, Brouwerij Van Dijk
     """)

mail("rejection", "bizneo_es_tu", "es",
     frm="Eólica Cantábrica <notificaciones@bizneo.com>",
     subject="Gracias por participar en nuestro proceso",
     date="2026-02-24 09:30", company="Eólica Cantábrica", fmt="alt", shell="ats",
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
     date="2026-03-06 22:04", company="Pharmakon Ibérica", fmt="alt", shell="ats",
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
     date="2026-03-16 08:12", company="Stadtwerke Neckartal", fmt="alt", shell="ats",
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
     contact="minjun.park@daesung-battery.example.com", fmt="alt", shell="ats",
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
     contact="talento@cerveceriasierramadre.example.mx", fmt="alt", shell="outlook",
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
