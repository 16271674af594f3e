"""Writes the fifteenth labelled corpus (tests/corpus_fifteenth) from the messages listed below.

The messages are hand-written one by one (no shared templates with names swapped); this script
only wraps each text in a realistic MIME structure (plain, HTML-only, multipart/alternative,
calendar parts, attachments, legacy charsets and transfer encodings), gives it dates, ids and
threading headers, and writes labels.csv. Run it from anywhere:
`python tests/corpus_fifteenth/make_fifteenth.py`. It imports only the standard library.
"""

from __future__ import annotations

import csv
import hashlib
import random
import re
import shutil
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from pathlib import Path

ROOT = Path(__file__).parent
SOFIA = "Sofía Romero <sofia.romero@example.com>"
SOFIA_ADDR = "sofia.romero@example.com"
MACHINE = re.compile(
    r"no-?reply|do-?not-?reply|notification|alerts?@|mailer|newsletter|digest|^news@|"
    r"^info@|^hello@|^team@|^calendar|^updates@|^jobs@|^careers@|^empleo@|^karriere@|"
    r"^recrutement@|^seleccion@|^bewerbung@|^rrhh@|^recruitment@|^talent@|^hr@|^werkenbij@|"
    r"^jobagent@|^letters@|^boletin@|^surveys@|^service@|^notificaciones@|^vermietung@|"
    r"^checkin@|^events@|^citaprevia@|^promocionempleo@|^admis|^loans@|^research@|"
    r"@(myworkday|talent\.icims|successfactors|taleo|[\w.-]*greenhouse[\w-]*|hire\.lever|"
    r"smartrecruiters|teamtailor-mail|[\w.]*personio|fountain|harri|ashbyhq|factorialhr|goodtime|docusign)\.",
    re.IGNORECASE,
)

MSGS: list[dict] = []


def m(kind: str, scenario: str, lang: str, frm: str, subject: str, body: str, **kw: object) -> None:
    """Queue one message; keyword options are described in build()."""
    MSGS.append(dict(kind=kind, scenario=scenario, lang=lang, frm=frm, subject=subject,
                     body=body, **kw))


# ---------------------------------------------------------------- dates in the mail's language
DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}


def say_day(d: datetime, lang: str) -> str:
    day, month = DAYS[lang][d.weekday()], MONTHS[lang].split()[d.month - 1]
    return {"en": f"{day} {d.day} {month}", "de": f"{day}, {d.day}. {month}",
            "fr": f"{day} {d.day} {month}", "es": f"{day} {d.day} de {month}"}[lang]


def workday(d: datetime, ahead: int) -> datetime:
    d = d + timedelta(days=ahead)
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def quote_line(style: str, when: datetime, who: str) -> str:
    """The attribution line a mail program writes above a quoted message."""
    name, addr = parseaddr(who)
    hm = when.strftime("%H:%M")
    en_month = MONTHS["en"].split()[when.month - 1]
    if style == "gmail":
        return (f"On {DAYS['en'][when.weekday()][:3]}, {en_month[:3]} {when.day}, 2026 at "
                f"{when.strftime('%-I:%M %p')} {name} <{addr}> wrote:")
    if style == "de":
        return f"Am {when.strftime('%d.%m.%Y')} um {hm} schrieb {name} <{addr}>:"
    if style == "fr":
        return f"Le {say_day(when, 'fr')} 2026 à {hm}, {name} <{addr}> a écrit :"
    if style == "es":
        return f"El {DAYS['es'][when.weekday()][:3]}, {when.day} {MONTHS['es'].split()[when.month - 1][:3]} 2026 a las {hm}, {name} (<{addr}>) escribió:"
    raise ValueError(style)


def outlook_block(when: datetime, who: str, to: str, subject: str) -> str:
    return (f"________________________________\nFrom: {who}\n"
            f"Sent: {DAYS['en'][when.weekday()]}, {when.day} {MONTHS['en'].split()[when.month - 1]} "
            f"2026 {when.strftime('%H:%M')}\nTo: {to}\nSubject: {subject}\n")


# ---------------------------------------------------------------- MIME assembly
def html_from_text(text: str, brand: str, domain: str, seed: str) -> str:
    """A mail-merge style HTML body: layout table, inline styles, logo alt text, tracked links."""
    def link(match: re.Match[str]) -> str:
        url = match.group(0)
        token = hashlib.sha1((seed + url).encode()).hexdigest()[:18]
        return f'<a href="https://click.{domain}/ls/click?upn={token}" style="color:#1a5c8e">{url}</a>'

    paras = []
    for block in text.strip().split("\n\n"):
        safe = block.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        safe = re.sub(r"https?://\S+", link, safe).replace("\n", "<br>\n")
        paras.append(f'<p style="margin:0 0 14px 0;font-family:Helvetica,Arial,sans-serif;'
                     f'font-size:14px;line-height:20px;color:#333333">{safe}</p>')
    pixel = hashlib.sha1(seed.encode()).hexdigest()[:24]
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=CHARSET"></head><body style="margin:0;padding:0;background:#f4f4f4">\n'
        '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center">\n'
        '<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">\n'
        f'<tr><td style="padding:18px 24px;border-bottom:3px solid #1a5c8e"><img src="https://cdn.{domain}/img/logo.png" '
        f'alt="{brand}" width="140" height="40" style="display:block;border:0"></td></tr>\n'
        f'<tr><td style="padding:24px">\n' + "\n".join(paras) + "\n</td></tr>\n"
        f'<tr><td style="padding:12px 24px;font-size:11px;color:#999999;font-family:Arial">'
        f'<img src="https://t.{domain}/o/{pixel}.gif" width="1" height="1" alt=""></td></tr>\n'
        "</table></td></tr></table></body></html>\n"
    )


def ics_text(spec: dict, start: datetime, stamp: datetime, organizer: str, seed: str) -> str:
    end = start + timedelta(minutes=int(spec.get("minutes", 45)))
    fmt = "%Y%m%dT%H%M%SZ"
    method = spec.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:" + spec.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
        f"UID:{spec.get('uid', hashlib.sha1(seed.encode()).hexdigest()[:20] + '@' + organizer.split('@')[1])}",
        f"DTSTAMP:{stamp.strftime(fmt)}", f"DTSTART:{start.strftime(fmt)}", f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{spec['summary']}", f"ORGANIZER;CN=Organizer:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{SOFIA_ADDR}",
    ]
    if spec.get("location"):
        lines.append(f"LOCATION:{spec['location']}")
    if spec.get("rrule"):
        lines.append(f"RRULE:{spec['rrule']}")
    lines += [f"SEQUENCE:{1 if method == 'CANCEL' else 0}",
              f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def fill(text: str, when: datetime, lang: str) -> str:
    marks = {"[[D1]]": workday(when, 2), "[[D2]]": workday(when, 4), "[[D3]]": workday(when, 7),
             "[[TODAY]]": when, "[[PAST]]": when - timedelta(days=1 if when.weekday() else 3)}
    for mark, day in marks.items():
        text = text.replace(mark, say_day(day, lang))
    return text


def contact_of(spec: dict) -> str:
    if "contact" in spec:
        return str(spec["contact"])
    for field in (spec.get("reply_to"), spec["frm"]):
        if field:
            addr = parseaddr(field)[1]
            if addr.lower() != SOFIA_ADDR and not MACHINE.search(addr):
                return addr
    return ""


def address(field: str) -> Address:
    name, addr = parseaddr(field)
    return Address(display_name=name, addr_spec=addr)


def build(spec: dict, when: datetime, idx: int) -> EmailMessage:
    """One message. Options: to, cc, reply_to, fmt (plain|html|alt), charset, cte, html, ics,
    attach, headers, quote=(style, who, text), company, contact, logo."""
    lang = spec["lang"]
    frm_addr = parseaddr(spec["frm"])[1]
    domain = frm_addr.split("@")[1]
    seed = f"{idx}{spec['scenario']}"
    msg = EmailMessage()
    msg["From"] = address(spec["frm"])
    msg["To"] = [address(a) for a in spec.get("to", SOFIA).split(";")]
    if spec.get("cc"):
        msg["Cc"] = [address(a) for a in spec["cc"].split(";")]
    if spec.get("reply_to"):
        msg["Reply-To"] = address(spec["reply_to"])
    msg["Subject"] = fill(spec["subject"], when, lang)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{hashlib.sha1(seed.encode()).hexdigest()[:16]}.{idx:03d}@{domain}>"
    body = fill(spec["body"].strip("\n"), when, lang) + "\n"
    quote = spec.get("quote")
    if quote:
        style, who, qtext = quote
        qwhen = when - timedelta(days=2, hours=3)
        qtext = fill(qtext.strip("\n"), qwhen, lang)
        if style == "outlook":
            to = SOFIA if parseaddr(who)[1] != SOFIA_ADDR else spec["frm"]
            body += "\n" + outlook_block(qwhen, who, to, re.sub(r"^(Re|RE|AW|RV|Fwd): ", "", spec["subject"])) + "\n" + qtext + "\n"
        else:
            body += "\n" + quote_line(style, qwhen, who) + "\n" + "\n".join(
                ("> " + ln) if ln else ">" for ln in qtext.splitlines()) + "\n"
        parent = f"<{hashlib.sha1((seed + 'parent').encode()).hexdigest()[:20]}@{parseaddr(who)[1].split('@')[1]}>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    elif re.match(r"^(re|aw|rv|sv|réf)\s*:", spec["subject"], re.IGNORECASE):
        parent = f"<CA{hashlib.sha1((seed + 'p').encode()).hexdigest()[:24].upper()}@mail.gmail.com>"
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    for key, value in spec.get("headers", {}).items():
        msg[key] = value
    charset = spec.get("charset", "utf-8")
    cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", None: None}[spec.get("cte")]
    fmt = spec.get("fmt", "plain")
    brand = spec.get("logo") or spec.get("company") or domain
    html = spec.get("html") or html_from_text(body, brand, domain, seed)
    html = fill(html, when, lang).replace("CHARSET", charset)
    if fmt == "html":
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(body, charset=charset, cte=cte)
        if fmt == "alt":
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    ics = spec.get("ics")
    if ics:
        start = workday(when, int(ics.get("days", 3))).replace(hour=int(ics.get("hour", 9)), minute=int(ics.get("minute", 0)))
        cal = ics_text(ics, start, when, ics.get("organizer", frm_addr), seed)
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(cal, subtype="calendar", params={"method": ics.get("method", "REQUEST")})
        msg.make_mixed()
        msg.add_attachment(cal.encode(), maintype="application", subtype="ics", filename="invite.ics")
    if spec.get("attach"):
        if msg.get_content_type() != "multipart/mixed":
            msg.make_mixed()
        fake = b"%PDF-1.4\n% " + spec["attach"].encode() + b"\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        msg.add_attachment(fake, maintype="application", subtype="pdf", filename=spec["attach"])
    for n, part in enumerate(p for p in msg.walk() if p.is_multipart()):  # reproducible output
        part.set_boundary(f"=_{hashlib.sha1(f'{seed}{n}'.encode()).hexdigest()[:28]}")
    return msg


def schedule(count: int) -> list[datetime]:
    """Receipt times spread over May-September 2026, mostly working hours, in a fixed shuffle."""
    rng = random.Random(15)
    start = datetime(2026, 5, 4, tzinfo=UTC)
    span = (datetime(2026, 9, 25, tzinfo=UTC) - start).days
    times = []
    for i in range(count):
        day = start + timedelta(days=int(i * span / count) + rng.randint(0, 1))
        times.append(day.replace(hour=rng.choice([6, 7, 8, 9, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 21]),
                                 minute=rng.randint(0, 59), second=rng.randint(0, 59)))
    rng.shuffle(times)
    return times


STAGE = {"application_received": 0, "interview_invitation": 1, "interview_reschedule_or_cancel": 2,
         "missed_interview_notice": 3, "rejection": 4, "offer": 4}


def in_story_order(times: list[datetime]) -> list[datetime]:
    """Put each employer's mail a few working days apart, in the order a hiring process runs:
    acknowledgement, invitation, change, no-show, outcome."""
    times = list(times)
    by_company: dict[str, list[int]] = {}
    for i, spec in enumerate(MSGS):
        if spec.get("company"):
            by_company.setdefault(spec["company"], []).append(i)
    rng = random.Random(1515)
    for members in by_company.values():
        ordered = sorted(members, key=lambda i: (STAGE[MSGS[i]["kind"]], i))
        when = min(times[j] for j in members)
        for i in ordered:
            when = when.replace(hour=times[i].hour, minute=times[i].minute)
            while when.weekday() >= 5:  # employers write on working days
                when += timedelta(days=1)
            times[i] = when
            when += timedelta(days=rng.randint(2, 9))
    return times


def main() -> None:
    for kind_dir in ROOT.iterdir():
        if kind_dir.is_dir() and kind_dir.name != "__pycache__":
            shutil.rmtree(kind_dir)
    rows = []
    for idx, (spec, when) in enumerate(zip(MSGS, in_story_order(schedule(len(MSGS))), strict=True), start=1):
        if spec["kind"] == "other":
            assert not spec.get("company"), spec["scenario"]
        msg = build(spec, when, idx)
        rel = f"{spec['kind']}/{idx:03d}_{spec['scenario']}.eml"
        (ROOT / spec["kind"]).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(msg.as_bytes())
        rows.append([rel, spec["kind"], spec.get("company", ""), contact_of(spec), spec["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)


# ================================================================ rejections
m("rejection", "workday_soft_template", "en",
  "Harbourline Hotels Careers <harbourline@myworkday.com>", "Your application for Front Office Manager - Dublin",
  """Dear Sofía,

Thank you for your interest in the Front Office Manager position (Req ID R-20418) at Harbourline Hotels, Dublin Docklands.

After careful review, we have decided to pursue other candidates whose background more closely aligns with the requirements of this role.

We encourage you to continue to explore opportunities with Harbourline Hotels and to keep your candidate profile up to date.

Kind regards,
Talent Acquisition
Harbourline Hotels

This is a system generated email. Please do not reply. To manage your profile visit https://harbourline.wd3.myworkdayjobs.com/External""",
  company="Harbourline Hotels", fmt="alt", cte="qp")

m("rejection", "gm_mobile_blunt", "en",
  "Ross McAllister <ross@thecanongatekitchen.example.co.uk>", "Re: AGM role",
  """Hi Sofia, thanks for coming in. Gone with someone internal in the end. Sorry. Best of luck

Ross
Sent from my iPhone""",
  company="The Canongate Kitchen",
  quote=("gmail", SOFIA, "Hi Ross,\n\nThanks again for the chat on Tuesday about the Assistant General Manager role. Let me know if you need anything else from me.\n\nBest,\nSofía"))

m("rejection", "es_tras_entrevista", "es",
  "Lucía Ferrer <lucia.ferrer@grupobrasalsur.example.es>", "Proceso de selección - Gerente de Restaurante Málaga Centro",
  """Hola Sofía:

Te escribo para darte las gracias por tu tiempo y por la entrevista del pasado martes con Javier y conmigo. Nos gustó mucho conocerte.

Tras valorar todas las candidaturas, hemos decidido seguir adelante con otra persona cuyo perfil encaja un poco más con lo que necesitamos ahora mismo en el local de calle Larios (sobre todo por la experiencia previa con cocina de brasa).

No es una decisión fácil y quiero que sepas que tu candidatura ha quedado muy bien valorada. Si te parece bien, guardaremos tu CV para futuras aperturas del grupo.

Un abrazo,

Lucía Ferrer
Responsable de Personas | Grupo Brasa Sur
T. +34 952 00 14 37""",
  company="Grupo Brasa Sur", charset="iso-8859-1", cte="qp")

m("rejection", "de_absage_formal", "de",
  "Personalabteilung Spreeblick Hotel <bewerbung@spreeblick-hotel.example.de>", "Ihre Bewerbung als Rezeptionsleitung (m/w/d)",
  """Sehr geehrte Frau Romero,

vielen Dank für Ihre Bewerbung und das Interesse an unserem Haus.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Bewerberin entschieden haben. Diese Entscheidung ist keine Bewertung Ihrer Qualifikation.

Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen

i. A. Katrin Oswald
Personalabteilung

Spreeblick Hotel Berlin GmbH
Mühlenstraße 61, 10243 Berlin
Geschäftsführer: Dr. Henning Vogt | Amtsgericht Charlottenburg HRB 112233 B""",
  company="Spreeblick Hotel Berlin", contact="", charset="iso-8859-1", cte="8bit")

m("rejection", "agency_relayed_exclaim", "en",
  "Niamh Byrne <niamh@talentbridge-hospitality.example.ie>", "Update",
  """Hi Sofia!!

Hope you're well! Just had feedback from the client (The Merrion Quarter Hotel) on the Guest Services Manager role and unfortunately they've decided not to progress your application this time :(

They were really impressed with your ops background but felt they needed someone with more Opera Cloud and Irish market experience for this one. Honestly it was SO close!!

Don't be disheartened - I've a few more roles coming through next week that I think would be perfect for you, I'll give you a bell Monday!

Niamh x

Niamh Byrne | Senior Consultant - Hotels & Leisure
Talentbridge Hospitality Recruitment
M: +353 87 555 0192
www.talentbridge-hospitality.example.ie""",
  company="The Merrion Quarter Hotel")

m("rejection", "fountain_short", "en",
  "Gate & Go Foods <no-reply@fountain.com>", "Update on your application",
  """Hi Sofia, thanks for your time, but we won't be moving forward with your application for Concession Manager - Terminal 2 at this time. We wish you the best in your search. - Gate & Go Foods Hiring Team""",
  company="Gate & Go Foods")

m("rejection", "position_filled_es_casual", "es",
  "Marta <marta@lataberna80.example.es>", "Re: Encargada de sala",
  """Hola Sofía, perdona la tardanza en contestar!! Al final la plaza de encargada ya la hemos cubierto, lo siento mucho. Te tengo en cuenta para la temporada que viene vale?

Marta - La Taberna del 80
Sent from my Galaxy""",
  company="La Taberna del 80",
  quote=("es", SOFIA, "Hola Marta,\n\nTe dejo mi CV para el puesto de encargada de sala que vi en Instagram. Estoy disponible desde junio.\n\nUn saludo,\nSofía Romero\n+34 611 22 33 44"))

m("rejection", "role_on_hold_en", "en",
  "Priya Nair <priya.nair@skymarketconcessions.example.com>", "Retail Operations Manager - Lisbon Airport",
  """Dear Sofia,

I wanted to update you personally on the Retail Operations Manager position at Humberto Delgado.

Following a review of our concession portfolio for next year, the business has taken the decision to put this role on hold, and we will not be proceeding with the recruitment at this stage. I appreciate this is disappointing, particularly after you made it through to the final round.

Should the role be reopened we would be glad to contact you again.

With best wishes,

Priya Nair
Regional HR Business Partner, Iberia
SkyMarket Concessions
+351 21 000 4471

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. SkyMarket Concessions Ltd is registered in England No. 08812345.""",
  company="SkyMarket Concessions", fmt="alt")

m("rejection", "indian_english_regret", "en",
  "Ankit Sharma <ankit.s@sundartalent.example.in>", "Feedback - Hotel Operations Manager (Client: Elara Resorts Lisbon)",
  """Dear Sofia,

Greetings from Sundar Talent Solutions!

This is with reference to your candidature for the Hotel Operations Manager profile with our client Elara Resorts, Lisbon. We regret to inform you that the client has not shortlisted your profile for the further rounds as they are looking for a candidate having Portuguese language fluency as a mandatory criteria.

We shall keep your profile in our database and do revert to you for any suitable opening in future.

Thanks & Regards,
Ankit Sharma
Sr. Executive - Talent Acquisition
Sundar Talent Solutions Pvt. Ltd.
Mob: +91 98200 11223""",
  company="Elara Resorts")

m("rejection", "british_shant_progress", "en",
  "Hannah Whitlock <h.whitlock@fenwickhale.example.co.uk>", "Re: your application",
  """Dear Sofía,

Thank you for taking the time to complete the assessment day with us at Fenwick & Hale on Saturday; I hope you found it an interesting insight into the business.

I'm afraid that on this occasion we shan't be progressing your application to the final stage. The panel felt that, whilst your guest-facing experience is strong, other candidates demonstrated more depth in P&L ownership across multiple sites.

I'm very happy to arrange a short call should you wish to have more detailed feedback.

Kind regards,
Hannah

Hannah Whitlock
People & Culture Manager
Fenwick & Hale Dining Rooms
14 George Street, Edinburgh EH2 2PF""",
  company="Fenwick & Hale Dining Rooms")

m("rejection", "after_takehome_es", "es",
  "Selección Hostelentia <seleccion@hostelentia.example.es>", "Resultado caso práctico - Operations Manager Hotel Barcelona",
  """Estimada Sofía,

Muchas gracias por el esfuerzo dedicado al caso práctico sobre la planificación de la temporada alta que nos enviaste la semana pasada.

Lamentamos comunicarte que, tras revisarlo junto con nuestro cliente, Casa Albéniz Hotels, la candidatura no continuará en el proceso. El cliente ha valorado especialmente la experiencia en hoteles de más de 200 habitaciones, que en tu caso es más limitada.

Te animamos a seguir atenta a nuestras ofertas.

Atentamente,
Carla Vidal
Consultora de Selección
Hostelentia Selección de Personal, S.L.
Tel. 93 000 55 12

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. Si usted no es el destinatario, le rogamos nos lo comunique y proceda a su borrado.""",
  company="Casa Albéniz Hotels", reply_to="Carla Vidal <carla.vidal@hostelentia.example.es>")

m("rejection", "greenhouse_html", "en",
  "Nomad Coffee Roasters <no-reply@us.greenhouse-mail.io>", "Nomad Coffee Roasters - Area Manager, Berlin",
  """Hi Sofía,

Thanks so much for applying to the Area Manager, Berlin role and for your patience while we reviewed applications.

We received a huge number of applications, and unfortunately we've decided not to move forward with yours at this time. We'll keep your details on file and may reach out if a role comes up that's a closer match.

Thanks again and all the best,
The Nomad Coffee Roasters Talent Team""",
  company="Nomad Coffee Roasters", fmt="html", cte="qp")

m("rejection", "fr_refus_poli", "fr",
  "Recrutement Maison Caravelle <recrutement@maisoncaravelle.example.fr>", "Votre candidature - Directrice d'exploitation",
  """Madame,

Nous vous remercions de l'intérêt que vous portez à la Maison Caravelle et de votre candidature au poste de Directrice d'exploitation pour notre établissement de Lisbonne.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons y donner une suite favorable, d'autres profils correspondant davantage à nos attentes.

Nous conservons néanmoins vos coordonnées et ne manquerons pas de revenir vers vous si une opportunité se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Service Recrutement
Maison Caravelle Hôtels & Restaurants""",
  company="Maison Caravelle", charset="iso-8859-1", cte="qp")

m("rejection", "trial_shift_feedback", "en",
  "Giulia Bassi <giulia@osteriasanfrediano.example.ie>", "Trial shift",
  """Hi Sofia,

Thanks a million for the trial on Friday night - I know it was a mad one with the two big tables!

Being honest with you we've decided to go with another candidate for the floor manager job, someone who has done more with wine service and our kind of menu. It was not an easy choice.

Thank you again and good luck with everything, maybe we see you for dinner :)

Giulia
Osteria San Frediano, Dublin 2""",
  company="Osteria San Frediano")

m("rejection", "successfactors_odd", "en",
  "Careers Iberia Travel Retail <noreply@successfactors.eu>", "Application status changed: Store Manager - MAD T4S (Job 44871)",
  """Dear Sofia Romero ,

Thank you for applying to the position of Store Manager - MAD T4S (Job 44871) .

We have reviewed your application and , unfortunately , you have not been selected to continue in the process for this position .

Job Requisition ID: 44871
Status: Not selected

Regards ,
Iberia Travel Retail Recruiting

*** Please do not reply to this message. Replies are not monitored. ***""",
  company="Iberia Travel Retail", charset="windows-1252", cte="qp")

m("rejection", "es_puesto_cancelado", "es",
  "Javier Ortega <jortega@hotelesbrisamar.example.es>", "Proceso Jefe/a de Recepción",
  """Buenos días Sofía,

Te escribo para informarte de que, por una reorganización interna del departamento de Alojamiento, la dirección ha decidido no cubrir finalmente el puesto de Jefe/a de Recepción en el Brisamar Fuengirola. Por lo tanto, el proceso queda cerrado sin incorporación.

Sentimos las molestias y te agradecemos mucho tu disponibilidad durante estas semanas.

Saludos cordiales,

Javier Ortega
Director de RRHH - Hoteles Brisamar
Avda. de los Boliches 12, 29640 Fuengirola
Tel. +34 952 11 22 00""",
  company="Hoteles Brisamar", fmt="alt", charset="windows-1252", cte="qp")

m("rejection", "personio_de_kurz", "de",
  "Kiezküche Gastro <jobs@kiezkueche.jobs.personio.de>", "Deine Bewerbung bei Kiezküche",
  """Hallo Sofía,

danke, dass du dich als Restaurantleitung bei uns beworben hast. Wir haben uns alle Bewerbungen genau angeschaut und uns am Ende für jemand anderen entschieden.

Wir wünschen dir viel Erfolg bei der weiteren Suche!

Viele Grüße
Dein Kiezküche People Team""",
  company="Kiezküche", fmt="html")

m("rejection", "dutch_employer_english", "en",
  "Sanne de Vries <sanne.devries@tulpenhotels.example.nl>", "Your application Guest Experience Manager",
  """Dear Sofia,

Thank you for your application for the position of Guest Experience Manager at our new hotel in Lisbon, and for the nice conversation on Teams last week.

We have now spoken to all candidates. We have to tell you that we will not continue with your application. We have chosen a candidate who already worked within our group and knows our systems, which is important for the opening phase.

We want to thank you for your time and interest in Tulpen Hotels and wish you good luck in finding a new job.

Met vriendelijke groet / Kind regards,

Sanne de Vries
Recruiter | Tulpen Hotels
+31 20 555 8812""",
  company="Tulpen Hotels")

m("rejection", "ats_teamtailor_es", "es",
  "Grupo Mercado Norte <notifications@teamtailor-mail.com>", "Tu candidatura para Restaurant Manager - Madrid",
  """Hola Sofía,

Gracias por tu interés en formar parte de Grupo Mercado Norte y por el tiempo que has dedicado a tu candidatura.

Hemos recibido muchísimas solicitudes para este puesto y, después de revisarlas con detalle, hemos decidido avanzar con otros perfiles que se ajustan más a lo que buscamos en este momento.

¡Te deseamos mucha suerte!

El equipo de Talento de Grupo Mercado Norte""",
  company="Grupo Mercado Norte", fmt="alt", cte="b64")

m("rejection", "after_final_interview_long", "en",
  "Oliver Grant <oliver.grant@caledonianquarter.example.co.uk>", "Hotel Manager - final stage",
  """Hi Sofia,

I hope you had a good weekend.

I wanted to call but couldn't get through, so I'm dropping you a note instead. Thank you for the time you gave to the process - two interviews, the hotel walk-through and the presentation to Fiona and the owners is a lot to ask of anyone, and you did it with real warmth.

It was a genuinely close decision, but we've offered the position to another candidate who has run a property of a similar size in Scotland, and they've accepted.

I'd love to stay in touch - we have two more properties opening in 2027 and I think you'd be a strong fit for one of those.

All the best,
Oliver

Oliver Grant
General Manager
The Caledonian Quarter Hotel
T: +44 131 555 0100""",
  company="The Caledonian Quarter Hotel",
  quote=("outlook", SOFIA, "Dear Oliver,\n\nThank you for the final interview today and for introducing me to Fiona. Please find attached the slides from my presentation.\n\nKind regards,\nSofía"))

m("rejection", "lever_not_moving", "en",
  "Wanderful Stays <no-reply@hire.lever.co>", "Wanderful Stays | Update on City Operations Lead",
  """Hi Sofia,

Thank you for your interest in the City Operations Lead (Barcelona) role at Wanderful Stays. After careful consideration, our team has decided not to move forward with your candidacy at this time.

We appreciate you taking the time to share your experience with us and hope you'll consider us in the future.

Best,
Wanderful Stays""",
  company="Wanderful Stays", reply_to="Wanderful Stays <no-reply@hire.lever.co>")

m("rejection", "es_formal_ats_factorial", "es",
  "Factorial <no-reply@factorialhr.com>", "Actualización sobre tu candidatura en Supermercados Olivar",
  """Estimada Sofía Romero:

Le agradecemos el interés mostrado en la oferta "Gerente de Tienda - Málaga Teatinos" de Supermercados Olivar.

Le comunicamos que, en esta ocasión, su candidatura no ha sido seleccionada para continuar en el proceso. Sus datos permanecerán en nuestra base de datos durante un período de 12 meses conforme a la normativa vigente.

Atentamente,
Departamento de Recursos Humanos
Supermercados Olivar""",
  company="Supermercados Olivar", fmt="html", cte="qp")

m("rejection", "australian_casual", "en",
  "Mel Hargreaves <mel@bondiblueco.example.com.au>", "Re: Ops Manager - Lisbon pop-up",
  """Hey Sofia,

Thanks heaps for jumping on a call with me and Dan the other arvo. Unfortunately we've decided to go in a different direction with the Lisbon pop-up and won't be moving ahead with the ops manager hire for now - we're going to run it with the team from Porto instead.

Really sorry to be the bearer, you were great. Chuffed to have met you!

Cheers,
Mel
Bondi Blue Co. | Head of People""",
  company="Bondi Blue Co.")

m("rejection", "healthcare_catering_en", "en",
  "Recruitment Team <recruitment@stmarthashospital.example.ie>", "Catering Services Manager - Competition 2026/114",
  """Dear Ms Romero,

Competition Ref: 2026/114 - Catering Services Manager (Grade VI)

I refer to your recent application for the above post. The shortlisting panel has now met and I regret to advise you that, based on the information contained in your application form, you have not been shortlisted for interview on this occasion.

Shortlisting was carried out against the essential requirements set out in the job specification, in particular the requirement for HACCP Level 3 certification and two years' experience in a healthcare setting.

I would like to thank you for your interest in St Martha's University Hospital.

Yours sincerely,

Deirdre Cullen
HR Officer - Recruitment
St Martha's University Hospital
Tel: 01 555 2200""",
  company="St Martha's University Hospital", reply_to="Deirdre Cullen <deirdre.cullen@stmarthashospital.example.ie>")

m("rejection", "de_nach_probearbeit", "de",
  "Tobias Lenz <t.lenz@brauhaus-am-kanal.example.de>", "AW: Probearbeit Samstag",
  """Hallo Frau Romero,

danke nochmal für Ihren Einsatz beim Probearbeiten am Samstag. Wir haben uns im Team beraten und werden die Stelle als Betriebsleitung mit einem Kollegen besetzen, der bereits länger in der Systemgastronomie tätig ist.

Ich bedaure das sehr, Sie haben einen guten Eindruck hinterlassen.

Beste Grüße
Tobias Lenz
Inhaber
Brauhaus am Kanal
Maybachufer 40 · 12047 Berlin""",
  company="Brauhaus am Kanal",
  quote=("de", "Sofía Romero <sofia.romero@example.com>", "Hallo Herr Lenz,\n\nvielen Dank für die Einladung, Samstag ab 16 Uhr passt mir gut.\n\nViele Grüße\nSofía Romero"))

m("rejection", "italian_employer_english", "en",
  "Francesca Lombardi <f.lombardi@gruppoamalfi.example.it>", "Selection process - Restaurant Manager Barcelona",
  """Dear Sofia,

thank you very much for your participation to the selection process for the position of Restaurant Manager for our new opening in Barcelona, Passeig de Gràcia.

We inform you that we have decided to proceed with other candidates, whose profile is more in line with the needs of the project at this moment.

We keep your CV in our database for future opportunities, if you agree.

Best regards

Francesca Lombardi
HR Manager
Gruppo Amalfi Ristorazione S.r.l.
Via Toledo 156 - 80134 Napoli""",
  company="Gruppo Amalfi Ristorazione")

m("rejection", "harri_es_short", "es",
  "Harri <noreply@harri.com>", "Rivera Moda - Tu candidatura",
  """Hola Sofía, gracias por tu interés en Rivera Moda. En este momento no vamos a continuar con tu candidatura para Store Manager Barcelona - Portal de l'Àngel. ¡Mucha suerte! Equipo Rivera Moda""",
  company="Rivera Moda", fmt="html", cte="b64")

m("rejection", "public_sector_edinburgh", "en",
  "Lothian Leisure Trust <recruitment-noreply@lothianleisure.example.org.uk>", "Application outcome: Venue Operations Manager (LLT-0621)",
  """Dear Sofia Romero

Post: Venue Operations Manager
Reference: LLT-0621

Thank you for applying for the above post. The panel has now considered all applications and I am sorry to tell you that you have not been selected for interview.

Due to the volume of applications received we are unable to provide individual feedback at the shortlisting stage.

Thank you for your interest in working for Lothian Leisure Trust.

Recruitment Team
Lothian Leisure Trust is a registered Scottish charity, SC012345.""",
  company="Lothian Leisure Trust")

m("rejection", "es_headhunter_informal", "es",
  "Pablo Cid <pablo@cidtalentohotelero.example.es>", "Te cuento",
  """Sofía, buenas:

Ya tengo respuesta del hotel de Marbella. Me dicen que se quedan con el otro finalista, por experiencia con cliente ruso y árabe sobre todo, no por nada tuyo. Me da mucha rabia porque te veía.

Seguimos, tengo otra cosa en Sevilla que te cuento el lunes.

Pablo Cid
Cid Talento Hotelero
663 45 12 90""",
  company="Hotel Alcazaba Marbella", quote=("gmail", SOFIA, "Pablo, ¿sabes algo del Alcazaba Marbella? Ya han pasado dos semanas desde la entrevista con el director.\n\nGracias!\nSofía"))

m("rejection", "icims_after_interview", "en",
  "Northgate Retail Group <northgate-careers@talent.icims.com>", "Thank you for interviewing with Northgate Retail Group",
  """Dear Sofia,

Thank you for taking the time to interview for the District Manager - Dublin South role. We enjoyed learning more about your experience.

We have carefully considered all of the candidates interviewed and have chosen to move forward with another candidate whose qualifications better meet our needs at this time.

We appreciate your interest in Northgate Retail Group and encourage you to apply for future openings that match your skills.

Sincerely,
Northgate Retail Group Talent Acquisition""",
  company="Northgate Retail Group", fmt="alt", cte="qp")

m("rejection", "fr_apres_entretien_court", "fr",
  "Camille Moreau <camille.moreau@hotel-lumiere-lisboa.example.pt>", "Suite à notre échange",
  """Bonjour Sofía,

Merci encore pour notre échange de jeudi. Après réflexion, nous avons choisi de poursuivre avec une autre candidate pour le poste de responsable hébergement, dont l'expérience en hôtellerie de luxe correspond davantage à notre positionnement.

Je vous souhaite une belle continuation.

Bien à vous,
Camille Moreau
Directrice des Ressources Humaines
Hôtel Lumière Lisboa""",
  company="Hôtel Lumière Lisboa",
  quote=("fr", SOFIA, "Bonjour Madame Moreau,\n\nJe vous remercie pour notre entretien de ce jeudi et pour la visite de l'hôtel. Je reste à votre disposition pour tout complément d'information.\n\nBien cordialement,\nSofía Romero"))


# ================================================================ interview invitations
m("interview_invitation", "calendly_phone_screen", "en",
  "Aoife Kelly <aoife.kelly@liffeysidehotels.example.ie>", "Liffeyside Hotels - Front of House Manager",
  """Hi Sofía,

Thanks for applying for the Front of House Manager role at The Liffeyside, we'd love to have a quick chat with you to learn more about your experience!

The first step is a 20 minute phone screen with me. Please pick a slot that suits you here: https://calendly.com/aoife-liffeyside/20min

If none of the times work just let me know and we'll figure something out.

Speak soon,
Aoife

Aoife Kelly | Talent Partner
Liffeyside Hotels
+353 1 555 3030""",
  company="Liffeyside Hotels", fmt="alt")

m("interview_invitation", "es_entrevista_presencial", "es",
  "Recursos Humanos Hotel Miramar <rrhh@hotelmiramar-malaga.example.es>", "Entrevista - Subdirector/a de Hotel",
  """Buenos días Sofía,

Nos ponemos en contacto contigo en relación a tu candidatura para el puesto de Subdirector/a de Hotel.

Nos gustaría conocerte en persona. Te proponemos una entrevista con nuestra Directora General, Dña. Elena Ruiz, el [[D2]] a las 11:00 h en el hotel (Paseo de Reding 22, Málaga). Pregunta en recepción por el departamento de RRHH.

¿Nos confirmas asistencia respondiendo a este correo?

Un saludo,
Inés Montoya
Técnica de RRHH
Gran Hotel Miramar Málaga
Tel. 952 00 30 30""",
  company="Gran Hotel Miramar Málaga", reply_to="Inés Montoya <ines.montoya@hotelmiramar-malaga.example.es>",
  charset="iso-8859-1", cte="qp")

m("interview_invitation", "goodtime_panel", "en",
  "Brightwater Hospitality Recruiting <scheduling@goodtime.io>", "Action required: Schedule your panel interview with Brightwater Hospitality",
  """Hi Sofia,

Congratulations - the Brightwater Hospitality team would like to invite you to a panel interview for the Director of Rooms - Edinburgh position.

This 90-minute interview will be conducted on Zoom with:
 - Graham Muir, Area General Manager
 - Leah Okafor, Director of People
 - Tomasz Nowak, Revenue Director

Please select your availability using the link below. The link expires in 72 hours.

SELECT TIMES: https://app.goodtime.io/s/8f3k2LqP0

Questions? Contact your recruiter, Leah Okafor (leah.okafor@brightwaterhospitality.example.com).

Powered by GoodTime""",
  company="Brightwater Hospitality", reply_to="Leah Okafor <leah.okafor@brightwaterhospitality.example.com>", fmt="html")

m("interview_invitation", "gm_whatsapp_style", "en",
  "Dario <dario@pizzeriavesuvio-dublin.example.ie>", "Quick question",
  """hi sofia, dario here from vesuvio. saw your cv, are you free thurs around 3 for a chat at the restaurant? 20 mins. let me know

d""",
  company="Vesuvio")

m("interview_invitation", "next_stage_teams_ics", "en",
  "Emma Clarke <emma.clarke@aerfoodsgroup.example.com>", "Next stage - Airport Operations Manager",
  """Dear Sofia,

Thank you for your time on the phone last week. We'd love to move you to the next stage of the process for the Airport Operations Manager position (Dublin Airport T1).

I have sent you a calendar invitation for a 60-minute competency-based interview on Microsoft Teams with myself and Conor Walsh, Head of Operations. Please accept the invite to confirm, or let me know if the time does not suit.

In preparation, please have a think about a time you managed a large team through an unexpected disruption.

Best regards,

Emma Clarke
Senior Talent Acquisition Partner
Aer Foods Group | Dublin Airport, Co. Dublin
M +353 86 555 7711

This email and any attachments are confidential. Aer Foods Group DAC, registered in Ireland No. 600123.""",
  company="Aer Foods Group",
  ics={"summary": "Interview: Sofia Romero / Airport Operations Manager", "days": 4, "hour": 10, "minutes": 60,
           "location": "Microsoft Teams Meeting"})

m("interview_invitation", "de_einladung_vorstellung", "de",
  "Anja Weber <anja.weber@nordlicht-retail.example.de>", "Einladung zum Vorstellungsgespräch – Filialleitung Berlin-Mitte",
  """Sehr geehrte Frau Romero,

vielen Dank für Ihre Bewerbung als Filialleitung (m/w/d) für unseren Store in Berlin-Mitte. Ihre Unterlagen haben uns überzeugt und wir möchten Sie gern persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch am [[D2]] um 14:30 Uhr in unsere Regionalzentrale ein:
Nordlicht Retail GmbH, Friedrichstraße 200, 10117 Berlin, 4. OG

Gesprächspartner sind Herr Michael Brandt (Regionalleitung) und ich. Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Anja Weber
HR Business Partnerin
Nordlicht Retail GmbH
Tel.: +49 30 555 66 70""",
  company="Nordlicht Retail", fmt="alt", cte="qp")

m("interview_invitation", "agency_exclaim_client", "en",
  "Jordan Phelps <jordan@meridianhospitalitysearch.example.co.uk>", "GREAT NEWS!!",
  """Sofia!!

Great news - Ardmore House Hotel LOVED your CV and want to meet you!! :)

They've asked for a video call with the GM, Siobhan, either [[D1]] 10am or [[D2]] 2pm (Irish time). Which one works best? I'll lock it in as soon as I hear back!

I'll send you over some prep notes tonight - they're big on guest recovery stories so have a couple of those ready!

Speak soon!!
Jordan

Jordan Phelps | Principal Consultant
Meridian Hospitality Search
+44 7700 900123""",
  company="Ardmore House Hotel")

m("interview_invitation", "ats_self_schedule_smartrecruiters", "en",
  "SmartRecruiters <noreply@smartrecruiters.com>", "Coastline Resorts invites you to schedule an interview",
  """Hi Sofia,

Coastline Resorts would like to invite you to an interview for the Resort Operations Manager - Málaga position.

Interview type: Video interview (30 min)
Interviewer: Álvaro Jiménez, Resort Manager

Please choose a time that works for you: https://jobs.smartrecruiters.com/interview/schedule/7d1f2e

If you have any questions, reply to this email and your message will be forwarded to the hiring team.

Coastline Resorts Hiring Team""",
  company="Coastline Resorts", reply_to="Coastline Resorts Hiring Team <coastline-resorts@reply.smartrecruiters.com>",
  contact="", fmt="alt")

m("interview_invitation", "es_llamada_rapida", "es",
  "Nuria Camps <nuria.camps@grupotapeo.example.es>", "Hola Sofía!",
  """Hola Sofía!

Soy Nuria, de People en Grupo Tapeo. He visto tu candidatura para Jefa de Operaciones Barcelona y me encantaría tener una llamada rápida contigo esta semana, unos 15-20 min, para conocerte un poco.

¿Te iría bien el [[D1]] por la tarde? Si no, dime cuándo te viene mejor y me adapto.

Gracias!!
Nuria
Grupo Tapeo · People & Culture
+34 600 11 22 33""",
  company="Grupo Tapeo")

m("interview_invitation", "assessment_day_uk", "en",
  "Recruitment - Thistle & Rowan <recruitment@thistlerowan.example.co.uk>", "Invitation to Assessment Day - Restaurant General Manager",
  """Dear Sofia,

We are pleased to invite you to our Assessment Centre for the role of Restaurant General Manager on [[D3]] at our Rose Street venue, Edinburgh, from 09:30 to 15:00.

The day will include:
  09:30  Welcome and coffee
  10:00  Group exercise: service recovery scenario
  11:15  Floor observation and trial service (lunch)
  13:30  Competency interview with the Operations Director
  14:30  Close

Please bring photographic ID and wear smart business attire (comfortable shoes for the floor session). Lunch will be provided.

Kindly confirm your attendance by replying to this email no later than 48 hours before.

Kind regards,

Lorna Fraser
Recruitment Coordinator
Thistle & Rowan Restaurants""",
  company="Thistle & Rowan Restaurants", reply_to="Lorna Fraser <lorna.fraser@thistlerowan.example.co.uk>",
  charset="windows-1252", cte="qp")

m("interview_invitation", "workday_interview_ics", "en",
  "Harbourline Hotels Careers <harbourline@myworkday.com>", "Interview Invitation: Rooms Division Manager - Dublin",
  """Dear Sofia,

We are pleased to invite you to interview for the Rooms Division Manager position (R-20533).

Date: [[D2]]
Time: 15:00 (IST)
Format: In person, Harbourline Dublin Docklands, North Wall Quay
Interviewers: Cathal Doyle (Hotel Manager)

A calendar invitation is attached. Should you need to make changes, please contact cathal.doyle@harbourlinehotels.example.ie.

Talent Acquisition
Harbourline Hotels""",
  company="Harbourline Hotels", contact="cathal.doyle@harbourlinehotels.example.ie", fmt="alt",
  ics={"summary": "Interview - Rooms Division Manager", "days": 4, "hour": 14, "minutes": 60,
           "location": "Harbourline Dublin Docklands", "organizer": "cathal.doyle@harbourlinehotels.example.ie"})

m("interview_invitation", "fr_entretien_visio", "fr",
  "Julien Petit <julien.petit@groupe-escale.example.fr>", "Entretien - Responsable des opérations boutiques aéroport",
  """Bonjour Sofía,

Merci pour votre candidature au poste de Responsable des opérations (boutiques aéroport de Lisbonne). Votre profil a retenu toute notre attention.

Je vous propose un premier entretien en visio (Google Meet) d'environ 45 minutes, le [[D2]] à 10h30 (heure de Paris). Est-ce que ce créneau vous convient ? Sinon, n'hésitez pas à me proposer d'autres disponibilités.

Au plaisir d'échanger avec vous,

Julien Petit
Chargé de recrutement
Groupe Escale Travel Retail
06 12 34 56 78""",
  company="Groupe Escale Travel Retail", fmt="alt", cte="qp")

m("interview_invitation", "indian_english_do_revert", "en",
  "Meera Iyer <meera.iyer@sundartalent.example.in>", "Interview schedule - F&B Manager - client Sapphire Hotels Lisbon",
  """Dear Sofia,

Greetings of the day!

As discussed over call, your profile is shortlisted by our client Sapphire Hotels for the position of F&B Manager, Lisbon. The first round of interview is scheduled as below:

Date: [[D1]]
Time: 11:30 AM WEST
Mode: Video call (link will be shared by the client HR)
Interviewer: Mr. Rui Carvalho, Hotel Manager

Kindly do revert with your confirmation at the earliest. Also please share your updated CV and current & expected CTC.

Thanks & Regards,
Meera Iyer
Talent Acquisition Specialist
Sundar Talent Solutions Pvt. Ltd.""",
  company="Sapphire Hotels")

m("interview_invitation", "es_segunda_fase_html", "es",
  "Hoteles Costa Lumen <empleo@costalumen.example.es>", "Siguiente fase: entrevista con Dirección de Operaciones",
  """Hola Sofía,

¡Enhorabuena! Has superado la primera fase del proceso de Jefe/a de Recepción en Costa Lumen Torremolinos.

El siguiente paso es una entrevista con nuestro Director de Operaciones, Ramón Gil. Puedes escoger el día y la hora que mejor te vengan en este enlace: https://costalumen.example.es/agenda/rgil

Si tienes cualquier duda, escríbenos a seleccion.costa@costalumen.example.es.

¡Mucha suerte!
Equipo de Talento · Hoteles Costa Lumen""",
  company="Hoteles Costa Lumen",
  fmt="html", cte="qp")

m("interview_invitation", "trial_shift_invite", "en",
  "Kate Doherty <kate@thelarderdublin.example.ie>", "Re: Floor manager",
  """Hi Sofia,

Great to chat earlier. As mentioned would you be able to come in for a trial shift [[D1]] from 5pm - 10pm? It's paid, you'll shadow Conor on the floor for the first hour then take over a section. Wear black.

Let me know!
Kate

The Larder | 14 Camden Row, Dublin 8""",
  company="The Larder",
  quote=("gmail", SOFIA, "Hi Kate,\n\nLovely to speak this afternoon. Just confirming my phone number is +34 611 22 33 44 if easier.\n\nSofía"))

m("interview_invitation", "de_ashby_videocall", "de",
  "Ashby <no-reply@ashbyhq.com>", "Hotelwerk: Terminvorschlag für dein Interview",
  """Hallo Sofía,

das Team von Hotelwerk möchte dich gern zu einem Video-Interview (45 Min.) für die Position Head of Guest Experience (Berlin) einladen.

Bitte wähle hier einen passenden Termin aus: https://app.ashbyhq.com/interview-scheduling/hotelwerk/4c1e

Deine Ansprechpartnerin ist Lea Hoffmann (lea.hoffmann@hotelwerk.example.de).

Viele Grüße
Hotelwerk Talent Team""",
  company="Hotelwerk", contact="lea.hoffmann@hotelwerk.example.de", fmt="alt")

m("interview_invitation", "would_you_be_free_chat", "en",
  "Simon Baptiste <simon@lisbonlofts.example.pt>", "Your application",
  """Hi Sofia - would you be free for a quick chat this week about the house manager role? Wednesday or Thursday morning would suit me best. Just reply with a time and a number to ring.

Thanks,
Simon Baptiste
Founder, Lisbon Lofts""",
  company="Lisbon Lofts")

m("interview_invitation", "es_entrevista_telefonica_formal", "es",
  "Marina Soler <marina.soler@aerotiendas.example.es>", "Convocatoria entrevista telefónica - Responsable de Tienda T1 Barajas",
  """Estimada Sofía:

En relación con su candidatura a la vacante de Responsable de Tienda en la T1 del Aeropuerto Adolfo Suárez Madrid-Barajas, le convocamos a una entrevista telefónica el [[D1]] a las 9:30 h. Le llamaremos al teléfono que figura en su CV.

La entrevista tendrá una duración aproximada de 30 minutos y se realizará en castellano e inglés.

Rogamos confirme su disponibilidad.

Un cordial saludo,

Marina Soler
Departamento de Selección
AeroTiendas Travel Retail, S.A.""",
  company="AeroTiendas Travel Retail", charset="windows-1252", cte="8bit")

m("interview_invitation", "onsite_with_logistics", "en",
  "Ben Carter <ben.carter@urbanpantry.example.com>", "Urban Pantry - onsite interview",
  """Hi Sofia,

Thanks for the chat last week. Matt and I would like you to come into our Berlin Mitte store for an onsite interview with the ops team - it's about 2 hours, including a walk of the shop floor and a case conversation about our weekend staffing model.

Could you do [[D2]] at 13:00? Address: Torstraße 101, just ask for me at the till.

Travel expenses within Berlin are covered, just send receipts afterwards.

Ben

--
Ben Carter
Head of Retail Operations DACH
Urban Pantry""",
  company="Urban Pantry", fmt="alt",
  ics={"summary": "Urban Pantry onsite - Sofia Romero", "days": 4, "hour": 11, "minutes": 120,
           "location": "Urban Pantry, Torstraße 101, Berlin", "prodid": "-//Google Inc//Google Calendar 70.9054//EN"})

m("interview_invitation", "second_round_italian_english", "en",
  "Marco Rinaldi <marco.rinaldi@trattorievere.example.it>", "Second interview",
  """Dear Sofia,

it was a pleasure to meet you on Monday. I am happy to tell you that we would like to invite you for a second interview with our CEO, Mr. Paolo Greco, who will be in Barcelona next week.

The interview will take place at our restaurant in Carrer de Mallorca 230, on [[D3]] at 16:00. Please let me know if this is ok for you.

Best regards
Marco Rinaldi
Area Manager Spain
Trattorie Vere""",
  company="Trattorie Vere")

m("interview_invitation", "es_forwarded_by_manager", "es",
  "Gonzalo Prieto <gonzalo.prieto@hotelesalbor.example.es>", "Fwd: Candidatura Sofía Romero - Gobernanta General",
  """Sofía, te reenvío lo que me pasa RRHH. ¿Puedes pasarte el jueves a las 12 por el hotel para una charla con la directora? Confírmame por aquí.

Gonzalo

---------- Forwarded message ---------
De: Selección Hoteles Albor <seleccion@hotelesalbor.example.es>
Date: [[PAST]], 9:12
Subject: Candidatura Sofía Romero - Gobernanta General
To: Gonzalo Prieto <gonzalo.prieto@hotelesalbor.example.es>

Gonzalo, te paso el CV de Sofía Romero para Gobernanta General en Albor Sevilla Centro. Buen perfil, ha llevado housekeeping en un 4* de 180 habitaciones. Si te encaja, cítala directamente.

Saludos,
Selección - Hoteles Albor""",
  company="Hoteles Albor")

m("interview_invitation", "teamtailor_en_video", "en",
  "Wild Atlantic Glamping <notifications@teamtailor-mail.com>", "Video interview invitation - Site Operations Manager",
  """Hi Sofia,

Thanks for your application for Site Operations Manager with Wild Atlantic Glamping!

We'd love to get to know you better. Please book a 30-minute video interview with our Operations Lead, Fionn, using the link below:

Book your interview → https://wildatlanticglamping.teamtailor.com/meetings/book/9a8b

Best,
Wild Atlantic Glamping""",
  company="Wild Atlantic Glamping", fmt="html", cte="b64")

m("interview_invitation", "university_hospitality_school_job", "en",
  "Dr. Helen Moyo <h.moyo@dublinculinaryinstitute.example.ie>", "Lecturer in Hospitality Operations (part-time) - interview",
  """Dear Ms Romero,

Thank you for your application for the post of Part-time Lecturer in Hospitality Operations.

I am pleased to inform you that you have been shortlisted for interview. Interviews will take place on [[D3]] at our Cathal Brugha Street campus. You will be asked to deliver a 10-minute micro-teaching session on a topic of your choice related to front office operations, followed by a 30-minute interview with the panel.

Please confirm your availability by return.

Yours sincerely,
Dr. Helen Moyo
Head of School of Hospitality Management
Dublin Culinary Institute""",
  company="Dublin Culinary Institute")

m("interview_invitation", "es_whatsapp_corto_gm", "es",
  "Quique Navarro <quique@chiringuitoelfaro.example.es>", "entrevista",
  """Hola Sofía, soy Quique del Faro. Pásate mañana a las 17h por el chiringuito y hablamos lo de la encargada, vale? Pregunta por mi en barra.

Enviado desde mi iPhone""",
  company="Chiringuito El Faro")

m("interview_invitation", "taleo_odd_format", "en",
  "Lusitania Hotels & Resorts <donotreply@taleo.net>", "Interview Request - Job Number 2600318",
  """*** THIS IS AN AUTOMATED MESSAGE ***

Dear Sofia Romero,

Re:  Assistant Front Office Manager  -  Job Number 2600318

The hiring manager has reviewed your candidate profile and would like to schedule an interview with you.

Interviewer :  Ana Sousa, Front Office Manager
Location    :  Lusitania Avenida Palace, Lisboa
Duration    :  45 minutes

Please contact ana.sousa@lusitaniahotels.example.pt to agree a date and time.

Lusitania Hotels & Resorts Talent Acquisition""",
  company="Lusitania Hotels & Resorts", contact="ana.sousa@lusitaniahotels.example.pt", charset="windows-1252", cte="qp")


# ================================================================ reschedules and cancellations
m("interview_reschedule_or_cancel", "gm_sick_move", "en",
  "Ciara Flynn <ciara.flynn@theporterhouse-collection.example.ie>", "Re: Interview Thursday",
  """Hi Sofia, so sorry but I'm going to have to move our interview on Thursday - our GM is off sick and I'm covering the floor. Could we do [[D3]] same time instead? Apologies again.

Ciara

Sent from my iPhone""",
  company="The Porterhouse Collection",
  quote=("gmail", "Ciara Flynn <ciara.flynn@theporterhouse-collection.example.ie>", "Hi Sofia,\n\nLovely to hear from you. Thursday at 11 at our Temple Bar site works, see you then.\n\nCiara Flynn\nOperations Manager | The Porterhouse Collection"))

m("interview_reschedule_or_cancel", "es_cambio_hora", "es",
  "Inés Montoya <ines.montoya@hotelmiramar-malaga.example.es>", "RE: Entrevista - Subdirector/a de Hotel",
  """Hola Sofía,

Te escribo porque a nuestra Directora le ha surgido un viaje imprevisto a Madrid y no podrá estar el día acordado. ¿Te vendría bien pasar la entrevista al [[D2]] a las 12:30 en el mismo sitio?

Disculpa las molestias y gracias por tu flexibilidad.

Un saludo,
Inés Montoya
Técnica de RRHH
Gran Hotel Miramar Málaga""",
  company="Gran Hotel Miramar Málaga",
  quote=("outlook", SOFIA, "Buenos días Inés,\n\nConfirmo mi asistencia a la entrevista con Dña. Elena Ruiz. Muchas gracias.\n\nSofía Romero"))

m("interview_reschedule_or_cancel", "outlook_cancel_ics", "en",
  "Emma Clarke <emma.clarke@aerfoodsgroup.example.com>", "Canceled: Interview: Sofia Romero / Airport Operations Manager",
  """The meeting organizer has cancelled this meeting.

Hi Sofia - apologies, Conor has been pulled into an incident review at the airport. I will come back to you today with new times.

Emma""",
  company="Aer Foods Group",
  ics={"summary": "Interview: Sofia Romero / Airport Operations Manager", "days": 1, "hour": 10, "minutes": 60,
           "method": "CANCEL", "location": "Microsoft Teams Meeting"})

m("interview_reschedule_or_cancel", "de_terminverschiebung", "de",
  "Anja Weber <anja.weber@nordlicht-retail.example.de>", "Terminverschiebung Vorstellungsgespräch",
  """Sehr geehrte Frau Romero,

leider muss ich unser Vorstellungsgespräch verschieben, da Herr Brandt kurzfristig zu einer Filialeröffnung nach Hamburg reisen muss.

Wäre es Ihnen möglich, stattdessen am [[D3]] um 10:00 Uhr zu uns zu kommen? Alternativ biete ich Ihnen den darauffolgenden Tag um 15:00 Uhr an.

Ich bitte die Unannehmlichkeiten zu entschuldigen.

Mit freundlichen Grüßen
Anja Weber
HR Business Partnerin
Nordlicht Retail GmbH""",
  company="Nordlicht Retail", charset="iso-8859-1", cte="qp")

m("interview_reschedule_or_cancel", "agency_client_cancels_interview", "en",
  "Jordan Phelps <jordan@meridianhospitalitysearch.example.co.uk>", "Ardmore - change of plan",
  """Hi Sofia,

Bit of a curveball I'm afraid - Ardmore House Hotel have just called to say they need to cancel tomorrow's call with Siobhan as they've a wedding party that's kicked off a bit!!

She's asked if you can do early next week instead, I've suggested Monday 10am - does that work? Really sorry about this!!

Jordan""",
  company="Ardmore House Hotel")

m("interview_reschedule_or_cancel", "es_cancelada_puesto_congelado", "es",
  "Nuria Camps <nuria.camps@grupotapeo.example.es>", "Sobre nuestra llamada del jueves",
  """Hola Sofía,

Siento escribirte con poco margen: tenemos que cancelar la entrevista del jueves con Dirección. Estamos revisando la estructura del área de Operaciones y queremos tener claro el alcance del puesto antes de seguir con las entrevistas.

En cuanto tengamos novedades (calculo que en dos o tres semanas) te vuelvo a escribir para buscar nueva fecha.

Gracias por la paciencia!!
Nuria""",
  company="Grupo Tapeo")

m("interview_reschedule_or_cancel", "goodtime_reschedule_notice", "en",
  "Brightwater Hospitality Recruiting <scheduling@goodtime.io>", "Updated: Your interview with Brightwater Hospitality has been rescheduled",
  """Hi Sofia,

Your panel interview for Director of Rooms - Edinburgh has been rescheduled due to a change in interviewer availability.

NEW TIME: [[D2]], 14:00 - 15:30 (BST)
Location: Zoom (link unchanged)

If the new time does not work for you, please let Leah Okafor know (leah.okafor@brightwaterhospitality.example.com).

Powered by GoodTime""",
  company="Brightwater Hospitality", reply_to="Leah Okafor <leah.okafor@brightwaterhospitality.example.com>",
  fmt="alt",
  ics={"summary": "Panel interview - Brightwater Hospitality", "days": 4, "hour": 13, "minutes": 90, "location": "Zoom",
           "organizer": "leah.okafor@brightwaterhospitality.example.com"})

m("interview_reschedule_or_cancel", "fr_report_entretien", "fr",
  "Julien Petit <julien.petit@groupe-escale.example.fr>", "Report de notre entretien",
  """Bonjour Sofía,

Je suis désolé, je dois reporter notre entretien prévu demain matin : un imprévu côté direction m'oblige à me déplacer sur le site de Faro.

Seriez-vous disponible le [[D3]] à la même heure ? Je vous renverrai le lien Meet.

Toutes mes excuses pour ce contretemps.

Julien Petit
Groupe Escale Travel Retail""",
  company="Groupe Escale Travel Retail")

m("interview_reschedule_or_cancel", "es_adelantar", "es",
  "Marina Soler <marina.soler@aerotiendas.example.es>", "Cambio en su entrevista",
  """Estimada Sofía:

Por necesidades de agenda de la Dirección de Zona, le proponemos adelantar la entrevista telefónica prevista al [[D1]] a las 8:45 h en lugar de las 9:30 h. Le rogamos nos confirme si le resulta posible.

Un cordial saludo,
Marina Soler
AeroTiendas Travel Retail""",
  company="AeroTiendas Travel Retail", fmt="alt", charset="windows-1252", cte="qp")

m("interview_reschedule_or_cancel", "calendar_updated_google", "en",
  "Ben Carter <ben.carter@urbanpantry.example.com>", "Updated invitation: Urban Pantry onsite - Sofia Romero @ 15:00 - 17:00 (CEST)",
  """This event has been changed.

Urban Pantry onsite - Sofia Romero
When: CHANGED  [[D2]] 15:00 – 17:00 (CEST)
Where: Urban Pantry, Torstraße 101, Berlin

Note from Ben: moved by two hours, the delivery got pushed and I want the team on the floor for it. Same place.

Invitation from Google Calendar""",
  company="Urban Pantry", fmt="alt",
  ics={"summary": "Urban Pantry onsite - Sofia Romero", "days": 4, "hour": 13, "minutes": 120,
           "location": "Urban Pantry, Torstraße 101, Berlin", "prodid": "-//Google Inc//Google Calendar 70.9054//EN"})

m("interview_reschedule_or_cancel", "italian_english_postpone", "en",
  "Marco Rinaldi <marco.rinaldi@trattorievere.example.it>", "R: Second interview",
  """Dear Sofia,

I am sorry but Mr. Greco has postponed his trip to Barcelona, so we need to move the interview. He proposes to do it by video call on the same day at 17:00, or to wait until next month when he is in Spain. Please tell me what you prefer.

Best regards
Marco""",
  company="Trattorie Vere")

m("interview_reschedule_or_cancel", "panel_member_change_date", "en",
  "Lorna Fraser <lorna.fraser@thistlerowan.example.co.uk>", "Assessment Day - change of date",
  """Dear Sofia,

Please accept our apologies: due to a refurbishment overrun at Rose Street, the Assessment Day has had to be moved. It will now take place on [[D3]] at our Grassmarket venue, same timings (09:30 - 15:00).

Could you kindly confirm whether you are still able to attend?

Kind regards,
Lorna

Lorna Fraser | Recruitment Coordinator | Thistle & Rowan Restaurants""",
  company="Thistle & Rowan Restaurants", fmt="html", cte="qp")

m("interview_reschedule_or_cancel", "es_cancelado_mensaje_corto", "es",
  "Quique Navarro <quique@chiringuitoelfaro.example.es>", "Re: entrevista",
  """Sofía perdona, hoy imposible, se me ha liado con un proveedor. Lo dejamos para el viernes misma hora?

Enviado desde mi iPhone""",
  company="Chiringuito El Faro",
  quote=("es", SOFIA, "Perfecto Quique, allí estaré a las 17h. Gracias!"))

m("interview_reschedule_or_cancel", "workday_interview_cancelled", "en",
  "Harbourline Hotels Careers <harbourline@myworkday.com>", "Interview Cancelled: Rooms Division Manager - Dublin",
  """Dear Sofia,

Please note that your interview for the Rooms Division Manager position (R-20533) scheduled for [[D1]] has been cancelled.

A member of the Talent Acquisition team will be in touch to arrange a new time. For any questions please contact cathal.doyle@harbourlinehotels.example.ie.

Talent Acquisition
Harbourline Hotels""",
  company="Harbourline Hotels", contact="cathal.doyle@harbourlinehotels.example.ie",
  ics={"summary": "Interview - Rooms Division Manager", "days": 2, "hour": 14, "minutes": 60, "method": "CANCEL",
           "location": "Harbourline Dublin Docklands", "organizer": "cathal.doyle@harbourlinehotels.example.ie"})

m("interview_reschedule_or_cancel", "de_du_verlegen", "de",
  "Lea Hoffmann <lea.hoffmann@hotelwerk.example.de>", "Können wir verlegen?",
  """Hi Sofía,

sorry für die kurzfristige Nachricht – unser Gespräch morgen um 10 müssen wir leider verschieben, bei uns ist heute ein Audit reingerutscht. Hättest du am [[D2]] Vormittag Zeit? Ich schick dir dann einen neuen Link.

Liebe Grüße
Lea
Hotelwerk · People & Culture""",
  company="Hotelwerk")


# ================================================================ missed interview notices
m("missed_interview_notice", "tried_calling", "en",
  "Meera Iyer <meera.iyer@sundartalent.example.in>", "Missed interview - Sapphire Hotels",
  """Dear Sofia,

The client HR tried calling you at the scheduled time today (11:30 AM WEST) for the F&B Manager interview but the call was not answered. They also waited on the video link for 15 mins.

Kindly revert with the reason and your availability so that we can try to reschedule, subject to client approval.

Thanks & Regards,
Meera Iyer
Sundar Talent Solutions""",
  company="Sapphire Hotels")

m("missed_interview_notice", "teams_no_join", "en",
  "Emma Clarke <emma.clarke@aerfoodsgroup.example.com>", "Today's interview",
  """Hi Sofia,

Conor and I were on the Teams call at 10:00 this morning but you did not join the meeting. I hope everything is ok.

If something came up, just let me know and we can see whether another slot is possible.

Best regards,
Emma""",
  company="Aer Foods Group")

m("missed_interview_notice", "es_no_te_presentaste", "es",
  "Inés Montoya <ines.montoya@hotelmiramar-malaga.example.es>", "Entrevista de esta mañana",
  """Hola Sofía,

Esta mañana te estuvimos esperando en el hotel para la entrevista con Elena a las 12:30 y no llegaste. Te llamamos al móvil un par de veces sin respuesta.

¿Ha pasado algo? Dinos algo cuando puedas.

Un saludo,
Inés Montoya
Gran Hotel Miramar Málaga""",
  company="Gran Hotel Miramar Málaga", charset="iso-8859-1", cte="qp")

m("missed_interview_notice", "gm_terse_missed", "en",
  "Dario <dario@pizzeriavesuvio-dublin.example.ie>", "Re: Quick question",
  """was here at 3, no sign of you. let me know if still interested

d""",
  company="Vesuvio",
  quote=("gmail", SOFIA, "Hi Dario, Thursday at 3 is perfect, see you at the restaurant. Sofía"))

m("missed_interview_notice", "de_nicht_erschienen", "de",
  "Tobias Lenz <t.lenz@brauhaus-am-kanal.example.de>", "Heute 16 Uhr",
  """Hallo Frau Romero,

wir hatten heute um 16 Uhr zum Kennenlernen verabredet, leider sind Sie nicht erschienen und ich konnte Sie telefonisch nicht erreichen.

Falls etwas dazwischengekommen ist, melden Sie sich gern kurz.

Gruß
Tobias Lenz
Brauhaus am Kanal""",
  company="Brauhaus am Kanal")

m("missed_interview_notice", "ats_no_show_auto", "en",
  "Fountain <no-reply@fountain.com>", "We missed you! Gate & Go Foods interview",
  """Hi Sofia,

It looks like you weren't able to make your scheduled interview with Gate & Go Foods on [[PAST]].

No worries - if you're still interested in the Shift Manager - Terminal 1 position, you can pick a new time here: https://gateandgo.fountain.com/reschedule/a71c

Gate & Go Foods Hiring Team""",
  company="Gate & Go Foods", fmt="html", cte="qp")

m("missed_interview_notice", "british_waited_for_you", "en",
  "Hannah Whitlock <h.whitlock@fenwickhale.example.co.uk>", "Your call with us this afternoon",
  """Dear Sofía,

I had you in the diary for a 2pm telephone call this afternoon regarding the Operations Manager vacancy, and rang twice on the number on your CV without success; I also left a voicemail.

I do hope all is well. Should you still wish to be considered, please do drop me a line with a couple of times that would suit.

Kind regards,
Hannah Whitlock
People & Culture Manager
Fenwick & Hale Dining Rooms""",
  company="Fenwick & Hale Dining Rooms")

m("missed_interview_notice", "es_zoom_sin_conectar", "es",
  "Álvaro Jiménez <alvaro.jimenez@coastlineresorts.example.es>", "Videoentrevista Resort Operations Manager",
  """Hola Sofía:

Te esperé en el enlace de la videoentrevista a las 10:00 durante unos 20 minutos pero no llegaste a conectarte. Entiendo que puede haber sido un problema técnico.

Si sigues interesada, dime qué días te vienen bien la próxima semana y lo volvemos a intentar.

Saludos,
Álvaro Jiménez
Resort Manager · Coastline Resorts Costa del Sol""",
  company="Coastline Resorts")

m("missed_interview_notice", "fr_absence_entretien", "fr",
  "Camille Moreau <camille.moreau@hotel-lumiere-lisboa.example.pt>", "Entretien de ce matin",
  """Bonjour Sofía,

Nous vous attendions ce matin à 9h30 à l'hôtel pour votre entretien avec notre directeur, mais vous ne vous êtes pas présentée. J'ai essayé de vous joindre sans succès.

Pouvez-vous me tenir informée de votre intérêt pour le poste ?

Cordialement,
Camille Moreau
Hôtel Lumière Lisboa""",
  company="Hôtel Lumière Lisboa", charset="iso-8859-1", cte="8bit")

m("missed_interview_notice", "agency_client_no_show", "en",
  "Niamh Byrne <niamh@talentbridge-hospitality.example.ie>", "Everything ok??",
  """Hi Sofia,

Just had The Shelbourne Row on the phone - they said you didn't show for the 11am with their Rooms Director this morning?? They waited 20 mins in the lobby.

Hope everything's alright!! Give me a call as soon as you get this and I'll see if I can smooth it over and get you another slot.

Niamh
M: +353 87 555 0192""",
  company="The Shelbourne Row")


# ================================================================ application acknowledgements
m("application_received", "workday_ack", "en",
  "Harbourline Hotels Careers <harbourline@myworkday.com>", "Thank you for applying: Front Office Manager - Dublin",
  """Dear Sofía,

Thank you for applying for the Front Office Manager position (R-20418) at Harbourline Hotels. We have received your application and our Talent Acquisition team will review it shortly.

Due to the high volume of applications we receive, we are unable to respond to every applicant individually. If your skills and experience match the requirements of the role, a member of the team will be in touch.

You can track the status of your application at any time by signing in to your candidate home: https://harbourline.wd3.myworkdayjobs.com/External/userHome

Kind regards,
Talent Acquisition
Harbourline Hotels""",
  company="Harbourline Hotels", fmt="alt", cte="qp")

m("application_received", "es_factorial_ack", "es",
  "Factorial <no-reply@factorialhr.com>", "Hemos recibido tu candidatura - Supermercados Olivar",
  """Hola Sofía,

¡Gracias por inscribirte en la oferta Gerente de Tienda - Málaga Teatinos!

Hemos recibido tu candidatura correctamente. Nuestro equipo la revisará en los próximos días. Debido al elevado número de candidaturas, lamentablemente no podemos responder individualmente a cada persona; si tu perfil encaja, nos pondremos en contacto contigo.

Un saludo,
Supermercados Olivar""",
  company="Supermercados Olivar", fmt="html", cte="b64")

m("application_received", "personio_de_ack", "de",
  "Kiezküche Gastro <jobs@kiezkueche.jobs.personio.de>", "Wir haben deine Bewerbung erhalten",
  """Hallo Sofía,

vielen Dank für deine Bewerbung als Restaurantleitung bei Kiezküche! Wir freuen uns über dein Interesse.

Wir schauen uns deine Unterlagen in Ruhe an und melden uns innerhalb von zwei Wochen bei dir.

Bis bald
Dein Kiezküche People Team

Kiezküche Gastro GmbH · Oranienstraße 180 · 10999 Berlin
Datenschutzhinweise: https://kiezkueche.jobs.personio.de/privacy""",
  company="Kiezküche", fmt="alt", cte="qp")

m("application_received", "greenhouse_ack_feedback_line", "en",
  "Nomad Coffee Roasters <no-reply@us.greenhouse-mail.io>", "Thanks for applying to Nomad Coffee Roasters",
  """Hi Sofía,

Thanks for applying to Nomad Coffee Roasters! We've received your application for Area Manager, Berlin and our team is reviewing it now.

Please note that unfortunately we are unable to provide individual feedback at this stage of the process. If your experience is a fit, we'll reach out within two weeks to set up a first conversation.

Cheers,
Nomad Coffee Roasters Talent Team""",
  company="Nomad Coffee Roasters", fmt="html", cte="qp")

m("application_received", "harri_ack_short", "en",
  "Harri <noreply@harri.com>", "Application Received: Shift Leader - The Grain Store Edinburgh",
  """Hi Sofia! Your application for Shift Leader at The Grain Store Edinburgh has been received. The hiring manager will review it and get back to you if shortlisted. Good luck! — Harri on behalf of The Grain Store""",
  company="The Grain Store")

m("application_received", "es_hotel_acuse_formal", "es",
  "Hoteles Brisamar - Empleo <empleo@hotelesbrisamar.example.es>", "Acuse de recibo de su candidatura",
  """Estimada Sra. Romero:

Le confirmamos la recepción de su candidatura para el puesto de Jefe/a de Recepción - Brisamar Fuengirola.

Su currículum será estudiado por el Departamento de Recursos Humanos. En caso de que su perfil se ajuste a los requisitos del puesto, contactaremos con usted para continuar con el proceso de selección. Si no recibe noticias en el plazo de un mes, entienda que su candidatura no ha sido seleccionada en esta ocasión.

Sus datos personales serán tratados conforme al Reglamento (UE) 2016/679.

Atentamente,
Departamento de RRHH
Hoteles Brisamar""",
  company="Hoteles Brisamar", charset="iso-8859-1", cte="qp")

m("application_received", "teamtailor_en_ack", "en",
  "Wild Atlantic Glamping <notifications@teamtailor-mail.com>", "We've got your application!",
  """Hi Sofia,

Thanks a lot for your application for Site Operations Manager! We're excited you want to join us on the west coast.

We'll review your application and get back to you as soon as we can. In the meantime, follow us on Instagram @wildatlanticglamping to see what life on site looks like.

Best,
The Wild Atlantic Glamping team""",
  company="Wild Atlantic Glamping", fmt="html", cte="b64")

m("application_received", "public_sector_ack", "en",
  "Lothian Leisure Trust <recruitment-noreply@lothianleisure.example.org.uk>", "Application submitted - LLT-0621 Venue Operations Manager",
  """Dear Sofia Romero

Thank you for submitting your application for the post of Venue Operations Manager (LLT-0621).

Closing date: [[D3]]
Shortlisting is expected to take place within two weeks of the closing date. If you have not heard from us within four weeks of the closing date, please assume that on this occasion your application has not been successful.

Please do not reply to this email as this mailbox is not monitored.

Lothian Leisure Trust Recruitment""",
  company="Lothian Leisure Trust")

m("application_received", "es_agencia_recibido", "es",
  "Carla Vidal <carla.vidal@hostelentia.example.es>", "Re: Candidatura Operations Manager Hotel Barcelona",
  """Hola Sofía,

Gracias por tu CV, lo he recibido bien. Estoy revisando candidaturas para nuestro cliente esta semana y te digo algo en cuanto tenga una primera criba.

Un saludo,
Carla Vidal
Consultora de Selección
Hostelentia Selección de Personal""",
  company="Casa Albéniz Hotels",
  quote=("gmail", SOFIA, "Hola Carla,\n\nTe envío mi CV para la posición de Operations Manager en Casa Albéniz Hotels que publicasteis en LinkedIn.\n\nUn saludo,\nSofía Romero"))

m("application_received", "fountain_ack_next_steps", "en",
  "Gate & Go Foods <no-reply@fountain.com>", "Thanks for applying to Gate & Go Foods!",
  """Hi Sofia,

Thanks for applying for Concession Manager - Terminal 2 with Gate & Go Foods at Dublin Airport!

What happens next:
1. Our team reviews your application (usually within 5 working days)
2. If it's a match, you'll get a link to book a video interview
3. Airport ID background check (required for all airside roles)

Keep an eye on your inbox (and spam folder!).

Gate & Go Foods Hiring Team""",
  company="Gate & Go Foods", fmt="alt")

m("application_received", "fr_accuse_reception", "fr",
  "Maison Caravelle <recrutement@maisoncaravelle.example.fr>", "Accusé de réception de votre candidature",
  """Madame,

Nous accusons bonne réception de votre candidature au poste de Directrice d'exploitation (Lisbonne) et vous en remercions.

Celle-ci va être étudiée avec attention par nos équipes. En raison du nombre important de candidatures, nous ne sommes malheureusement pas en mesure de répondre personnellement à chacune d'entre elles ; nous reviendrons vers vous si votre profil correspond à nos besoins.

Bien cordialement,
Le Service Recrutement
Maison Caravelle Hôtels & Restaurants""",
  company="Maison Caravelle", charset="iso-8859-1", cte="qp")

m("application_received", "icims_ack_questionnaire", "en",
  "Northgate Retail Group <northgate-careers@talent.icims.com>", "Northgate Retail Group: Application received (Req 2026-3391)",
  """Dear Sofia,

Thank you for your interest in the District Manager - Dublin South position (Req 2026-3391) at Northgate Retail Group. Your application has been successfully submitted.

If you have not already done so, please complete the short assessment questionnaire within 3 days; incomplete applications cannot be considered: https://careers-northgate.icims.com/jobs/3391/questionnaire

Regards,
Northgate Retail Group Talent Acquisition""",
  company="Northgate Retail Group", fmt="alt", cte="qp")

m("application_received", "dutch_english_ack", "en",
  "Tulpen Hotels Recruitment <werkenbij@tulpenhotels.example.nl>", "Confirmation of your application",
  """Dear Sofia,

Thank you for your application for the position Guest Experience Manager - Tulpen Hotel Lisboa. We have received it in good order.

We will review your application within 10 working days. You will hear from us in any case, also when we do not continue with your application.

Kind regards,

Recruitment team
Tulpen Hotels
Keizersgracht 500, Amsterdam""",
  company="Tulpen Hotels")

m("application_received", "es_chain_retail_successfactors", "es",
  "Iberia Travel Retail <noreply@successfactors.eu>", "Confirmación de candidatura - Store Manager MAD T4S",
  """Estimado/a Sofía Romero ,

Gracias por su interés en Iberia Travel Retail . Hemos recibido su candidatura para la posición Store Manager - MAD T4S (Job 44871) .

Puede consultar el estado de su candidatura en el portal del candidato .

Atentamente ,
Equipo de Selección
Iberia Travel Retail""",
  company="Iberia Travel Retail", charset="windows-1252", cte="qp")

m("application_received", "small_hotel_owner_ack", "en",
  "Moira Duncan <moira@thebraehouse.example.co.uk>", "Re: Hotel Manager position",
  """Dear Sofía

Many thanks for your email and CV which I have passed to my husband Alasdair as well. We are still receiving applications and hope to arrange interviews towards the end of the month. We'll be in touch either way.

Kind regards
Moira Duncan
The Brae House, Pitlochry""",
  company="The Brae House",
  quote=("gmail", SOFIA, "Dear Mrs Duncan,\n\nI am writing to apply for the Hotel Manager position advertised on Caterer. Please find my CV attached.\n\nYours sincerely,\nSofía Romero"))

m("application_received", "de_bewerbung_eingegangen_formal", "de",
  "Hotel Gendarm Karriere <karriere@hotel-gendarm.example.de>", "Eingangsbestätigung Ihrer Bewerbung – Front Office Manager (m/w/d)",
  """Sehr geehrte Frau Romero,

hiermit bestätigen wir den Eingang Ihrer Bewerbung als Front Office Manager (m/w/d).

Wir werden Ihre Unterlagen sorgfältig prüfen und uns schnellstmöglich bei Ihnen melden. Bitte haben Sie Verständnis dafür, dass dies aufgrund der Vielzahl der Bewerbungen bis zu drei Wochen dauern kann. Leider können wir Ihnen zu diesem Zeitpunkt keine individuelle Rückmeldung geben.

Mit freundlichen Grüßen
Ihr Personalteam
Hotel Gendarm Berlin""",
  company="Hotel Gendarm Berlin", fmt="alt", charset="iso-8859-1", cte="qp")

m("application_received", "es_ashby_ack", "es",
  "Ashby <no-reply@ashbyhq.com>", "Grupo Mercado Norte: hemos recibido tu solicitud",
  """¡Hola Sofía!

Gracias por tu interés en el puesto de Area Manager Madrid en Grupo Mercado Norte. Tu solicitud se ha enviado correctamente.

Revisaremos tu perfil y, si encaja, te escribiremos para los siguientes pasos.

Un abrazo,
Grupo Mercado Norte""",
  company="Grupo Mercado Norte", fmt="html")

m("application_received", "indian_agency_profile_received", "en",
  "Ankit Sharma <ankit.s@sundartalent.example.in>", "Profile received - Hotel Operations Manager, Lisbon",
  """Dear Sofia,

Greetings from Sundar Talent Solutions!

Thank you for sharing your profile for the Hotel Operations Manager position with our client Elara Resorts, Lisbon. We have forwarded the same to the client for their review. We shall update you once we receive their feedback.

Meanwhile kindly fill the attached candidate details form and revert at the earliest.

Thanks & Regards,
Ankit Sharma""",
  company="Elara Resorts", attach="Candidate_Details_Form.pdf")

m("application_received", "es_bolsa_empleo_hospital", "es",
  "Clínica Santa Elena - Empleo <empleo@clinicasantaelena.example.es>", "Inscripción en proceso de selección ref. 2026-HOS-07",
  """Estimada candidata:

Le informamos de que su inscripción en el proceso de selección para Responsable de Hostelería y Restauración (ref. 2026-HOS-07) se ha registrado correctamente con el número de solicitud 00871.

La lista provisional de personas admitidas se publicará en el portal de empleo. Por el elevado volumen de solicitudes, no es posible atender consultas individuales sobre el estado del proceso.

Clínica Santa Elena
Dirección de Personas""",
  company="Clínica Santa Elena", charset="windows-1252", cte="qp")

m("application_received", "australian_ack_human", "en",
  "Mel Hargreaves <mel@bondiblueco.example.com.au>", "Got it!",
  """Hey Sofia, got your CV for the Lisbon ops role, thanks! Having a squiz this week with Dan and will come back to you by Friday. Mel""",
  company="Bondi Blue Co.")


# ================================================================ offers
m("offer", "verbal_offer_followup", "en",
  "Oliver Grant <oliver.grant@caledonianquarter.example.co.uk>", "Following up",
  """Hi Sofia,

Great to speak earlier - as promised, here's a summary of what we discussed on the phone. We're delighted to offer you the position of Front Office Manager at The Caledonian Quarter Hotel:

 - Salary: £46,000 per annum
 - Start date: 1 September (flexible)
 - 28 days' holiday plus your birthday off
 - Relocation support up to £3,000

Our HR team will send the formal offer letter and contract by Friday. Do shout if you have any questions in the meantime.

Really looking forward to having you on the team!

Oliver

Oliver Grant
General Manager
The Caledonian Quarter Hotel""",
  company="The Caledonian Quarter Hotel")

m("offer", "es_carta_oferta_adjunta", "es",
  "Lucía Ferrer <lucia.ferrer@grupobrasalsur.example.es>", "Propuesta de incorporación - Gerente Restaurante Málaga Soho",
  """Hola Sofía,

¡Qué alegría escribirte este correo! Después de las entrevistas, nos encantaría que te incorporases como Gerente de nuestro nuevo restaurante en el Soho de Málaga.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 42.000 € brutos anuales más variable por objetivos, y fecha de incorporación prevista el 1 de julio.

Échale un ojo con calma y cualquier duda me llamas. Si todo está bien, necesitaríamos la carta firmada antes del viernes.

Un abrazo,
Lucía Ferrer
Responsable de Personas | Grupo Brasa Sur""",
  company="Grupo Brasa Sur", attach="Carta_oferta_Sofia_Romero.pdf", charset="windows-1252", cte="qp")

m("offer", "de_vertragsangebot", "de",
  "Anja Weber <anja.weber@nordlicht-retail.example.de>", "Ihr Vertragsangebot – Filialleitung Berlin-Mitte",
  """Sehr geehrte Frau Romero,

wir freuen uns sehr, Ihnen nach den positiven Gesprächen die Position der Filialleitung in unserem Store Berlin-Mitte anbieten zu können.

Anbei erhalten Sie unseren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum [[D3]] zurück. Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.

Wir freuen uns auf die Zusammenarbeit!

Mit freundlichen Grüßen
Anja Weber
HR Business Partnerin
Nordlicht Retail GmbH""",
  company="Nordlicht Retail", attach="Arbeitsvertrag_Romero.pdf", fmt="alt", cte="qp")

m("offer", "conditional_offer_airport", "en",
  "Emma Clarke <emma.clarke@aerfoodsgroup.example.com>", "Conditional offer of employment - Airport Operations Manager",
  """Dear Sofia,

Further to your recent interviews, I am very pleased to offer you the position of Airport Operations Manager with Aer Foods Group at Dublin Airport, subject to the following conditions:

 1. Satisfactory completion of the DAA airside security vetting (5-year background check);
 2. Two satisfactory references, one from your current or most recent employer;
 3. Proof of your right to work in Ireland.

Your offer letter is attached, setting out salary (EUR 58,000), benefits and start date. Please sign and return it within 7 days to confirm your acceptance.

Congratulations - we are looking forward to welcoming you!

Best regards,
Emma Clarke
Senior Talent Acquisition Partner
Aer Foods Group

This email and any attachments are confidential. Aer Foods Group DAC, registered in Ireland No. 600123.""",
  company="Aer Foods Group", attach="AFG_Conditional_Offer_SRomero.pdf")

m("offer", "es_whatsapp_gm_offer", "es",
  "Quique Navarro <quique@chiringuitoelfaro.example.es>", "lo de la encargada",
  """Sofía!! Hablado con mi socio y adelante, el puesto es tuyo si lo quieres. 2.100 netos, 5 días, de junio a octubre. Me dices algo y preparamos contrato con la gestoría. Un abrazo!

Enviado desde mi iPhone""",
  company="Chiringuito El Faro")

m("offer", "docusign_contract_to_sign", "en",
  "Liffeyside Hotels via DocuSign <dse_na4@docusign.net>", "Please DocuSign: Liffeyside Hotels - Contract of Employment - S Romero",
  """Aoife Kelly sent you a document to review and sign.

Hi Sofia, as discussed, please find your contract of employment for the role of Front of House Manager attached for signature. Welcome to The Liffeyside! Aoife

REVIEW DOCUMENT: https://na4.docusign.net/Signing/EmailStart.aspx?a=5b2c&acct=77ab

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

If you have any questions about the document, please contact the sender: aoife.kelly@liffeysidehotels.example.ie""",
  company="Liffeyside Hotels", reply_to="Aoife Kelly <aoife.kelly@liffeysidehotels.example.ie>", fmt="alt", cte="qp")

m("offer", "fr_promesse_embauche", "fr",
  "Julien Petit <julien.petit@groupe-escale.example.fr>", "Proposition d'embauche",
  """Bonjour Sofía,

J'ai le plaisir de vous confirmer que nous souhaitons vous proposer le poste de Responsable des opérations pour nos boutiques de l'aéroport de Lisbonne.

Vous trouverez ci-joint la promesse d'embauche détaillant la rémunération, la date de prise de poste envisagée et la période d'essai. Merci de nous la retourner signée si elle vous convient.

Félicitations et à très bientôt,

Julien Petit
Chargé de recrutement
Groupe Escale Travel Retail""",
  company="Groupe Escale Travel Retail", attach="Promesse_embauche_Romero.pdf", charset="iso-8859-1", cte="qp")

m("offer", "agency_offer_exclaim", "en",
  "Jordan Phelps <jordan@meridianhospitalitysearch.example.co.uk>", "!!!!!",
  """SOFIA!!!

Ardmore House Hotel have come back with an OFFER for the Guest Services Manager role!!! 🎉🎉

They're offering €52k + bonus, start mid-August. I've got the written offer from them - attaching here. Have a read and ring me when you can, I think there might be a bit of room on the relocation package too!

SO happy for you!!
Jordan""",
  company="Ardmore House Hotel", attach="Ardmore_Offer_Letter.pdf")

m("offer", "italian_english_offer", "en",
  "Marco Rinaldi <marco.rinaldi@trattorievere.example.it>", "Job offer - Restaurant Manager Barcelona",
  """Dear Sofia,

after the interview with Mr. Greco I am very pleased to communicate that we want to offer you the position of Restaurant Manager for Trattorie Vere Barcelona.

The main conditions are: permanent contract (contrato indefinido), gross annual salary 40.000 euro plus bonus, start on 15th of July. The contract will be prepared by our gestoría in Barcelona.

Please let me know if you accept, we are very happy.

Best regards
Marco Rinaldi
Area Manager Spain
Trattorie Vere""",
  company="Trattorie Vere")

m("offer", "es_oferta_formal_hotel", "es",
  "Gonzalo Prieto <gonzalo.prieto@hotelesalbor.example.es>", "Oferta de empleo - Gobernanta General Albor Sevilla Centro",
  """Estimada Sofía:

En nombre de Hoteles Albor, tengo el placer de ofrecerte el puesto de Gobernanta General en el hotel Albor Sevilla Centro, con las siguientes condiciones:

- Contrato indefinido a jornada completa
- Salario bruto anual: 34.500 €
- Incorporación: a convenir, en un plazo máximo de 15 días
- Periodo de prueba: 6 meses

Quedamos a la espera de tu confirmación para remitirte el contrato.

Un cordial saludo,
Gonzalo Prieto
Director de Operaciones
Hoteles Albor""",
  company="Hoteles Albor", fmt="alt", charset="windows-1252", cte="qp")


# ================================================================ other
def bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


m("other", "linkedin_job_alert", "en",
  "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "“hotel operations manager”: 12 new jobs in Dublin",
  """Your job alert for hotel operations manager in Dublin, County Dublin, Ireland

12 new jobs match your preferences.

Operations Manager
The Harcourt Collection · Dublin
Actively recruiting · Easy Apply
https://www.linkedin.com/comm/jobs/view/3988123401

Hotel Manager - New Opening
Ferris Hotels · Dublin 2 (On-site)
Be an early applicant
https://www.linkedin.com/comm/jobs/view/3988123777

Front Office Manager
Glenmore Hotel Group · Dublin
3 connections work here
https://www.linkedin.com/comm/jobs/view/3988124105

See all jobs: https://www.linkedin.com/comm/jobs/search?savedSearchId=55120

You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.""",
  fmt="alt", cte="qp", headers=bulk("<jobalerts.linkedin.com>", "https://www.linkedin.com/comm/unsub?t=ja8812"))

m("other", "indeed_alerta_es", "es",
  "Indeed <alert@indeed.com>", "15 nuevos empleos de encargado de restaurante en Málaga",
  """Nuevos empleos para: encargado de restaurante - Málaga, Málaga provincia

Encargado/a de Restaurante
Grupo La Cepa - Málaga
1.900 € - 2.300 € al mes
Postulación fácil
https://es.indeed.com/rc/clk?jk=8a1c23

Jefe/a de Sala - Temporada verano
Hotel Puerto Azul - Marbella
Contratación urgente
https://es.indeed.com/rc/clk?jk=8a1c99

Subdirector/a de Restaurante
Burger & Co - Málaga
https://es.indeed.com/rc/clk?jk=8a1d07

Ver todos los empleos: https://es.indeed.com/jobs?q=encargado+restaurante&l=Málaga

Estás recibiendo este correo porque te suscribiste a alertas de empleo de Indeed. Darse de baja: https://es.indeed.com/unsubscribe""",
  fmt="html", cte="qp", headers=bulk("<jobalert.indeed.com>", "https://es.indeed.com/unsubscribe?t=77c1"))

m("other", "stepstone_jobagent_de", "de",
  "StepStone Jobagent <jobagent@stepstone.de>", "Ihr Jobagent: 8 neue Jobs für „Hotelmanager“ in Berlin",
  """Hallo Sofía Romero,

Ihr Jobagent hat 8 neue passende Stellenangebote für Sie gefunden:

Hoteldirektor (m/w/d) – Boutique Hotel Prenzlauer Berg
Hotel Linde Berlin · Berlin · Vollzeit
https://www.stepstone.de/stellenangebote--Hoteldirektor-Berlin--1188223

Front Office Manager (m/w/d)
Spree Residenz · Berlin · ab sofort
https://www.stepstone.de/stellenangebote--FOM-Berlin--1188231

Betriebsleiter Gastronomie (m/w/d)
Markthalle Neun Betriebs GmbH · Berlin
https://www.stepstone.de/stellenangebote--Betriebsleiter--1188240

Jobagent bearbeiten oder abbestellen: https://www.stepstone.de/jobagent""",
  fmt="alt", charset="windows-1252", cte="qp", headers=bulk("<jobagent.stepstone.de>", "https://www.stepstone.de/ja/unsub?id=5512"))

m("other", "wttj_newsletter_fr", "fr",
  "Welcome to the Jungle <hello@welcometothejungle.com>", "Recalé·e après un entretien ? 5 façons de rebondir",
  """Cette semaine dans la Jungle

Recalé·e après un entretien ? 5 façons de rebondir
Un refus n'est jamais agréable, surtout après trois entretiens. Nos conseils pour demander un retour constructif et transformer le « malheureusement » en opportunité.
https://www.welcometothejungle.com/fr/articles/rebondir-refus

L'entretien de groupe : mode d'emploi
Les journées de recrutement se multiplient dans l'hôtellerie-restauration. Voici comment vous démarquer.
https://www.welcometothejungle.com/fr/articles/entretien-groupe

Les entreprises qui recrutent en ce moment : 214 offres dans le tourisme.

Vous recevez cet e-mail car vous êtes inscrit·e à notre newsletter. Se désinscrire : https://www.welcometothejungle.com/fr/unsubscribe""",
  fmt="html", cte="qp", headers=bulk("Welcome to the Jungle <newsletter.welcometothejungle.com>", "https://www.welcometothejungle.com/fr/unsubscribe?u=a1"))

m("other", "career_newsletter_rejection_en", "en",
  "The Hospitality Careers Letter <letters@hospitalitycareers.example.com>", "Why you didn't hear back (and what to do next)",
  """Hi Sofia,

This week's letter is about silence. Most of you told us in our survey that the hardest part of job hunting isn't the rejection email that says "unfortunately we have decided not to move forward" - it's the ones that never arrive at all.

Three things we learned from talking to 40 hotel HR managers:
1. "We regret to inform you" emails are usually batch-sent from the ATS the day a role is filled.
2. If you missed an interview, apologise within 24 hours - most GMs will give you a second slot.
3. A thank-you note after an interview is still rare in hospitality, and still noticed.

Read the full piece: https://hospitalitycareers.example.com/letters/why-no-reply

See you next Thursday,
Rachel
The Hospitality Careers Letter

You're receiving this because you subscribed at hospitalitycareers.example.com. Unsubscribe: https://hospitalitycareers.example.com/unsub""",
  fmt="alt", headers=bulk("The Hospitality Careers Letter <letters.hospitalitycareers.example.com>", "https://hospitalitycareers.example.com/unsub?e=s.r"))

m("other", "newsletter_es_entrevistas", "es",
  "Hostelempleo <boletin@hostelempleo.example.es>", "Boletín semanal: cómo preparar una entrevista en hotel (y qué hacer si te rechazan)",
  """BOLETÍN DE EMPLEO HOSTELERO · Semana 27

► Entrevistas por competencias: las 10 preguntas que más se repiten en recepción
► "Lamentamos comunicarte que...": cómo pedir feedback tras un rechazo sin quemar puentes
► Ofertas destacadas: 340 vacantes en la Costa del Sol para temporada de verano

Leer el boletín completo: https://hostelempleo.example.es/boletin/27

Recibes este boletín porque estás suscrita a Hostelempleo. Darse de baja: https://hostelempleo.example.es/baja""",
  fmt="html", headers=bulk("<boletin.hostelempleo.example.es>", "https://hostelempleo.example.es/baja?id=9912"))

m("other", "recruiter_cold_inmail", "en",
  "Callum Reid via LinkedIn <inmail-hit-reply@linkedin.com>", "Opportunity in Edinburgh?",
  """Hi Sofia,

I came across your profile and was really impressed by your front office and multi-site experience. I recruit exclusively for luxury hotels across Scotland and currently have a number of senior operations roles that aren't advertised.

No pressure at all - would just be great to connect and share what's out there if you're open to a move to Edinburgh at some point this year.

All the best,
Callum Reid
Director, Highland Hospitality Talent

Reply  |  Not interested
This message was sent to you by Callum Reid via LinkedIn. Unsubscribe""",
  fmt="alt", contact="")

m("other", "agency_marketing_es", "es",
  "Pablo Cid <pablo@cidtalentohotelero.example.es>", "Novedades Cid Talento Hotelero - junio",
  """Hola Sofía,

Te escribo porque estás en nuestra base de candidatos. Este mes tenemos abiertos procesos para direcciones de hotel en Marbella, Estepona y Sevilla, y jefaturas de recepción en Málaga capital.

Si te interesa alguno o conoces a alguien, contéstame a este correo y lo hablamos. Y si ya no estás buscando, dímelo también y te saco de la lista :)

Un saludo,
Pablo Cid
Cid Talento Hotelero""",
  headers={"List-Unsubscribe": "<mailto:pablo@cidtalentohotelero.example.es?subject=baja>"})

m("other", "podcast_interview_request", "en",
  "Joanna Keane <joanna@frontofhousepodcast.example.com>", "Would you come on the Front of House podcast?",
  """Hi Sofia,

I host Front of House, a podcast about the people who keep hotels and restaurants running. Rui Carvalho mentioned you'd be a great guest - he told me about the way you rebuilt the night audit team in Málaga.

Would you be up for a 40-minute interview, recorded remotely? We're booking episodes for late summer. No prep needed beyond a quick 10-min call beforehand.

Let me know if you're interested!

Joanna Keane
Host & Producer, Front of House""")

m("other", "radio_entrevista_turismo", "es",
  "Rocío Alarcón <rocio.alarcon@radiocostasol.example.es>", "Entrevista para el programa \"Costa Viva\"",
  """Hola Sofía,

Soy Rocío, redactora del programa Costa Viva de Radio Costa del Sol. Estamos preparando un especial sobre la falta de personal en la hostelería malagueña este verano y nos han pasado tu contacto.

¿Te animarías a una entrevista telefónica en directo de unos 10 minutos el jueves a las 12:15? Sería contar tu experiencia como responsable de equipos en hoteles.

Muchas gracias,
Rocío Alarcón
Radio Costa del Sol · 952 00 99 88""")

m("other", "user_research_interview", "en",
  "Tableflow Research <research@tableflow.example.com>", "Quick interview about how you manage reservations? (€50 voucher)",
  """Hi Sofia,

We're the product team at Tableflow, the restaurant booking software. We're talking to restaurant and hotel managers about how they handle no-shows and waitlists.

Would you join a 45-minute user research interview over Zoom? As a thank-you we'll send a €50 voucher. Pick a time here: https://calendly.com/tableflow-research/45min

Thanks!
Priyanka
UX Researcher, Tableflow""", contact="")

m("other", "candidate_experience_survey", "en",
  "Coastline Resorts <surveys@smartrecruiters.com>", "How was your interview experience with Coastline Resorts?",
  """Hi Sofia,

You recently interviewed with Coastline Resorts. We'd love to hear about your experience - it takes 2 minutes and is completely anonymous.

How likely are you to recommend Coastline Resorts as an employer?
0 1 2 3 4 5 6 7 8 9 10
https://survey.smartrecruiters.com/c/88ab1

Your answers do not affect your application in any way.

Thank you!""", fmt="html")

m("other", "friend_own_rejection_es", "es",
  "Laura Pineda <laura.pineda84@example.net>", "buff",
  """Tía, me acaban de decir que no en lo del hotel ese de Estepona 😩 después de tres entrevistas!! "Hemos decidido seguir adelante con otra candidata" y ya. Ni una llamada.

Necesito un vino. ¿Te vienes el viernes? Y cuéntame cómo vas tú con lo de Dublín.

Besos
Laura""")

m("other", "friend_own_rejection_en", "en",
  "Tom Gallagher <tomgallagher@example.org>", "Re: how did it go??",
  """Didn't get it. They said they were going with someone with more "luxury brand experience", whatever that means. Gutted tbh, I'd already picked out the flat.

Anyway pints on me when you're over in Dublin for your interviews. When are you landing?

T""",
  quote=("gmail", SOFIA, "Tom!! How did the final round at the Fitzwilliam go??\n\nS x"))

m("other", "order_delayed", "en",
  "Shopnorth <service@shopnorth.example.com>", "Unfortunately your order is delayed",
  """Hi Sofia,

Unfortunately your order #4410-2281 (1 item: black block-heel loafers, size 38) is delayed due to high demand at our warehouse.

New estimated delivery: [[D2]]

We're sorry for the inconvenience. You can track your parcel here: https://shopnorth.example.com/track/4410-2281

Shopnorth Customer Service""", fmt="html")

m("other", "paquete_retrasado", "es",
  "Envíos Rápidos <notificaciones@enviosrapidos.example.es>", "Tu envío lleva retraso",
  """Hola Sofía,

Lamentablemente tu envío 7Y55002184ES no podrá entregarse en la fecha prevista por una incidencia en el centro logístico de Málaga.

Nueva fecha estimada de entrega: [[D1]]

Sentimos las molestias.
Envíos Rápidos""", charset="iso-8859-1", cte="qp")

m("other", "location_shared_position", "en",
  "Find Friends <noreply@findfriends.example.com>", "Carmen shared her position with you",
  """Carmen Romero has shared her current position with you until 22:00.

Position: Calle Larios, Málaga (accuracy 15 m)
Last updated: 2 minutes ago

Open the app to see Carmen on the map.""")

m("other", "bank_credit_card_application", "es",
  "Banco Litoral <no-reply@bancolitoral.example.es>", "Hemos recibido tu solicitud de tarjeta de crédito",
  """Hola Sofía,

Hemos recibido correctamente tu solicitud de la Tarjeta Litoral Oro. Nuestro equipo de riesgos la está estudiando y te comunicaremos la decisión en un plazo máximo de 72 horas.

Número de solicitud: TC-2026-0088213

Gracias por confiar en Banco Litoral.

Este correo es automático, por favor no respondas.""", fmt="alt", cte="qp")

m("other", "loan_application_received", "en",
  "Credit Union Dublin <loans@cudublin.example.ie>", "Your loan application has been received",
  """Dear Sofia,

Thank you for your application for a personal loan of €4,000 (reference LN-77120). Your application has been received and is being reviewed by our lending team.

We may contact you for additional documents, such as proof of income or employment. A decision is usually made within 3 working days.

Kind regards,
Lending Team
Credit Union Dublin
Regulated by the Central Bank of Ireland.""", contact="")

m("other", "apartment_application_rejected", "en",
  "Aisling Ward <aisling@dublinlettings.example.ie>", "Re: Viewing - 2 bed, Portobello",
  """Hi Sofia,

Thanks for viewing the apartment on Saturday and for sending your references. Unfortunately the landlord has decided to go with another applicant for this property.

I'll keep your details on file and let you know when something similar comes up.

Kind regards,
Aisling Ward
Lettings Negotiator | Dublin Lettings""",
  quote=("gmail", SOFIA, "Hi Aisling,\n\nThanks for the viewing. Please find attached my references and bank statements. I'm very interested in the apartment.\n\nSofía"))

m("other", "wohnung_absage", "de",
  "Immo Kreuzberg <vermietung@immo-kreuzberg.example.de>", "Ihre Anfrage zur Wohnung Wrangelstraße 12",
  """Sehr geehrte Frau Romero,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Wrangelstraße 12.

Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für andere Mietinteressenten entschieden hat. Aufgrund der hohen Nachfrage bitten wir um Verständnis, dass wir keine individuellen Rückmeldungen geben können.

Mit freundlichen Grüßen
Ihr Vermietungsteam
Immo Kreuzberg""", charset="iso-8859-1", cte="qp")

m("other", "university_admission_en", "en",
  "Edinburgh School of Hospitality Admissions <admissions@eshospitality.example.ac.uk>", "Your application: MSc International Hotel Management - Decision",
  """Dear Sofia Romero

Application ID: 2600871
Programme: MSc International Hotel Management (part-time)

We are pleased to inform you that you have been made an unconditional offer of admission to the above programme, starting in September 2026.

To accept your offer, please log in to the applicant portal before the deadline shown there.

Yours sincerely
Admissions Office
Edinburgh School of Hospitality""", fmt="alt", contact="")

m("other", "master_no_admitida", "es",
  "Escuela de Negocios del Sur <admisiones@ensur.example.es>", "Resolución de tu solicitud de admisión",
  """Estimada Sofía,

Te agradecemos el interés mostrado en el Máster en Dirección Hotelera (edición 2026-2027).

Tras la evaluación del comité de admisiones, lamentamos comunicarte que no ha sido posible ofrecerte una plaza en esta edición, dado el elevado número de solicitudes recibidas.

Te animamos a presentar tu candidatura en futuras convocatorias.

Atentamente,
Oficina de Admisiones
Escuela de Negocios del Sur""", fmt="html", cte="qp", contact="")

m("other", "own_sent_followup", "en",
  SOFIA, "Following up - Guest Services Manager",
  """Hi Niamh,

Hope you're well! Just following up on the Guest Services Manager role at The Merrion Quarter - have you had any feedback from the client since my interview last week?

Thanks a million,
Sofía""",
  to="Niamh Byrne <niamh@talentbridge-hospitality.example.ie>", contact="")

m("other", "own_sent_thanks_es", "es",
  SOFIA, "Gracias por la entrevista",
  """Hola Nuria,

Muchas gracias por la conversación de esta mañana, me ha encantado conocer más sobre el proyecto de Grupo Tapeo y los planes de apertura en Barcelona.

Quedo a la espera de vuestras noticias. Si necesitáis cualquier cosa más (referencias, disponibilidad), dímelo.

Un saludo,
Sofía Romero
+34 611 22 33 44""",
  to="Nuria Camps <nuria.camps@grupotapeo.example.es>", contact="")

m("other", "own_sent_declines_offer", "en",
  SOFIA, "Re: Job offer - Restaurant Manager Barcelona",
  """Dear Marco,

Thank you very much for the offer and for the time you and Mr. Greco gave me. After a lot of thought I have decided to accept another position closer to my family, so I must respectfully decline.

I hope our paths cross again.

Kind regards,
Sofía""",
  to="Marco Rinaldi <marco.rinaldi@trattorievere.example.it>", contact="",
  quote=("gmail", "Marco Rinaldi <marco.rinaldi@trattorievere.example.it>", "Dear Sofia,\n\nafter the interview with Mr. Greco I am very pleased to communicate that we want to offer you the position of Restaurant Manager.\n\nBest regards\nMarco"))

m("other", "ooo_recruiter_en", "en",
  "Leah Okafor <leah.okafor@brightwaterhospitality.example.com>", "Automatic reply: Panel interview - availability",
  """Thank you for your email. I am out of the office until Monday with limited access to email. For urgent recruitment matters please contact talent@brightwaterhospitality.example.com.

Leah Okafor
Director of People, Brightwater Hospitality""",
  headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

m("other", "abwesenheit_de", "de",
  "Anja Weber <anja.weber@nordlicht-retail.example.de>", "Abwesenheitsnotiz: Rückfragen zum Vertrag",
  """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich [[D2]] nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an personal@nordlicht-retail.example.de.

Mit freundlichen Grüßen
Anja Weber""",
  headers={"Auto-Submitted": "auto-replied"}, charset="iso-8859-1", cte="qp")

m("other", "respuesta_automatica_es", "es",
  "Carla Vidal <carla.vidal@hostelentia.example.es>", "Respuesta automática: Disponibilidad entrevistas",
  """Hola, estoy de vacaciones hasta el lunes 17 sin acceso al correo. Para temas urgentes de procesos de selección, escribe a seleccion@hostelentia.example.es. ¡Gracias!

Carla Vidal · Hostelentia""",
  headers={"Auto-Submitted": "auto-replied"})

m("other", "standup_calendar_notification", "en",
  "Google Calendar <calendar-notification@google.com>", "Notification: Daily ops huddle @ 8:45am - 9am (CEST) (sofia.romero@example.com)",
  """Daily ops huddle
When: [[TODAY]] 8:45am – 9am (CEST)
Joining info: meet.google.com/ops-huddle-bcn
Organizer: Jaume Puig

Invitation from Google Calendar
You are receiving this email because you are an attendee of this event.""",
  fmt="alt",
  ics={"summary": "Daily ops huddle", "days": 0, "hour": 6, "minute": 45, "minutes": 15, "rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
           "organizer": "jaume.puig@casabalmes.example.es", "method": "REQUEST", "prodid": "-//Google Inc//Google Calendar 70.9054//EN"})

m("other", "rota_published_harri", "en",
  "Harri <noreply@harri.com>", "Your schedule for next week has been published",
  """Hi Sofia,

Your schedule at Casa Balmes Boutique Hotel for next week has been published.

Mon  07:00 - 15:00  Front Office
Tue  07:00 - 15:00  Front Office
Wed  OFF
Thu  14:00 - 22:00  Front Office (Duty Manager)
Fri  14:00 - 22:00  Front Office (Duty Manager)
Sat  OFF
Sun  07:00 - 15:00  Front Office

Open the Harri app to request a swap.""", fmt="html")

m("other", "shift_swap_colleague", "es",
  "Jordi Serra <jordi.serra@casabalmes.example.es>", "cambio turno sábado?",
  """Sofi, me puedes cambiar el turno del sábado de tarde por el de mañana del domingo? Tengo boda de mi prima. Te debo una!!

Jordi""")

m("other", "restaurant_booking_confirmation", "es",
  "MesaYa <no-reply@mesaya.example.com>", "Reserva confirmada en Casa Lola - sábado, 21:30",
  """¡Tu reserva está confirmada!

Casa Lola · Calle Granada 46, Málaga
Sábado a las 21:30 · 4 personas
Nombre: Sofía Romero

¿Necesitas modificar o cancelar tu reserva? https://www.mesaya.example.com/reserva/88213

¡Que aproveche!""", fmt="html", cte="b64")

m("other", "hotel_booking_travel", "en",
  "Booking confirmations <noreply@staybook.example.com>", "Your booking is confirmed: Ballsbridge Lodge, Dublin",
  """Thanks, Sofia! Your booking in Dublin is confirmed.

Hotel: Ballsbridge Lodge, Dublin 4
Check-in: [[D1]] (from 15:00)
Check-out: [[D2]] (until 11:00)
Booking number: 4112.998.231
Free cancellation until 2 days before arrival.""", fmt="alt", cte="qp")

m("other", "flight_checkin", "es",
  "Aerovía <checkin@aerovia.example.es>", "Ya puedes hacer el check-in: AGP - DUB",
  """Hola Sofía,

Ya está abierto el check-in online de tu vuelo AV4512 Málaga (AGP) - Dublín (DUB) del [[D1]], salida 07:05.

Haz el check-in y descarga tu tarjeta de embarque: https://www.aerovia.example.es/checkin

Buen viaje,
Aerovía""", fmt="html", cte="qp")

m("other", "linkedin_search_appearances", "en",
  "LinkedIn <notifications-noreply@linkedin.com>", "You appeared in 23 searches this week",
  """Sofia, you appeared in 23 searches this week

Your profile was found by people from:
 - Hospitality & Tourism (11)
 - Retail (6)
 - Staffing & Recruiting (4)

Recruiters are searching for: Front Office Manager, Hotel Operations

See all searches: https://www.linkedin.com/me/search-appearances
Unsubscribe: https://www.linkedin.com/e/v2?e=unsub""",
  fmt="html", headers=bulk("<notifications.linkedin.com>", "https://www.linkedin.com/e/v2?e=unsub"))

m("other", "interview_reviews_digest", "en",
  "Glassview <digest@glassview.example.com>", "New interview reviews at companies you follow",
  """New interview reviews this week

Harbourline Hotels - Front Office Manager interview
"Two rounds, second was a role play with an angry guest. Got the offer 2 weeks later." Difficulty: Average

Aer Foods Group - Operations Manager interview
"Recruiter cancelled twice, then rejected me by email with no feedback." Difficulty: Difficult

Nordlicht Retail - Filialleitung interview
"Friendly, structured, they ask about scheduling and shrinkage." Difficulty: Easy

Read more reviews: https://www.glassview.example.com/Interview
Manage email preferences: https://www.glassview.example.com/prefs""",
  fmt="alt", cte="qp", headers=bulk("<digest.glassview.example.com>", "https://www.glassview.example.com/unsub?x=4"))

m("other", "webinar_invite_interviews", "en",
  "Hospitality Careers Live <events@catererlive.example.co.uk>", "Live tomorrow: How to ace a hotel GM interview",
  """Join us tomorrow at 1pm BST for a free 45-minute webinar with three general managers on what they look for in an interview - and the mistakes that cost candidates the job.

Register: https://catererlive.example.co.uk/webinars/gm-interview

Can't make it? Register anyway and we'll send the recording.""",
  fmt="html", headers=bulk("<events.catererlive.example.co.uk>", "https://catererlive.example.co.uk/unsub"))

m("other", "nie_cita_previa", "es",
  "Sede Electrónica <citaprevia@sede.example.gob.es>", "Confirmación de cita previa",
  """Se ha confirmado su cita previa.

Trámite: Certificado de empadronamiento
Oficina: Junta Municipal Distrito Centro, Málaga
Fecha: [[D2]]  Hora: 10:20
Localizador: CP-55120-X

Acuda con su documento de identidad. Este mensaje ha sido generado automáticamente.""", charset="iso-8859-1", cte="qp")

m("other", "insurance_antrag_eingegangen", "de",
  "Hanse Krankenkasse <service@hansekk.example.de>", "Ihr Antrag auf Mitgliedschaft ist eingegangen",
  """Guten Tag Frau Romero,

vielen Dank für Ihren Antrag auf Mitgliedschaft. Wir haben Ihre Unterlagen erhalten und prüfen diese derzeit. Sie erhalten Ihre Mitgliedsbescheinigung für den Arbeitgeber in den nächsten Tagen per Post.

Freundliche Grüße
Ihre Hanse Krankenkasse""", fmt="alt", cte="qp", contact="")

m("other", "friend_forwards_job_post", "en",
  "Priya Shah <priya.shah@example.net>", "saw this and thought of you!!",
  """Sofia! Saw this on LinkedIn and thought of you straight away - Ops Manager for the new food hall at Edinburgh Waverley. You'd smash it.

https://www.linkedin.com/jobs/view/3991234567

xx P""")

m("other", "reference_request_colleague", "en",
  "Daniel Okoro <daniel.okoro@example.org>", "Favour to ask - reference?",
  """Hi Sofia,

Hope life in Barcelona is treating you well! I'm applying for an assistant F&B manager role at a hotel in Manchester and they've asked for two references - would you be happy to be one of them, since you managed me at the Miramar? They'd just send you a short form by email.

Totally understand if you're too busy.

Dan""")

m("other", "agency_hot_jobs_newsletter", "en",
  "Talentbridge Hospitality <news@talentbridge-hospitality.example.ie>", "🔥 Hot jobs this week in Dublin hospitality",
  """HOT JOBS THIS WEEK

★ General Manager - Boutique Hotel, Dublin 2 - €85k
★ Rooms Division Manager - 4* Hotel, Co. Wicklow - €60k
★ Group Operations Manager - Restaurant Group (5 sites) - €70k + car
★ Duty Manager - Airport Hotel - €38k

Interested? Reply to your consultant or apply at https://talentbridge-hospitality.example.ie/jobs

You are receiving this email because you registered with Talentbridge. Unsubscribe: https://talentbridge-hospitality.example.ie/unsubscribe""",
  fmt="html", headers=bulk("<news.talentbridge-hospitality.example.ie>", "https://talentbridge-hospitality.example.ie/unsubscribe?c=771"))

m("other", "fountain_profile_nudge", "en",
  "Fountain <no-reply@fountain.com>", "Complete your profile to get discovered by employers",
  """Hi Sofia,

Employers near Dublin are hiring for hourly and shift roles right now. Profiles with a photo and availability get 3x more interview invitations.

Complete your profile: https://fountain.com/profile/complete

You're receiving this because you have an account with Fountain. Unsubscribe: https://fountain.com/unsubscribe""",
  fmt="html", headers=bulk("<marketing.fountain.com>", "https://fountain.com/unsubscribe?u=s"))

m("other", "volunteer_application_received", "en",
  "Edinburgh Fringe Volunteers <volunteers@fringevolunteers.example.org.uk>", "We've received your volunteer application",
  """Hi Sofia,

Thanks for applying to volunteer at this year's Fringe venue hubs! We've received your application and will be in touch in July with shift options.

The Volunteer Team""", contact="")

m("other", "press_interview_magazine_fr", "fr",
  "Élodie Garnier <e.garnier@magazine-hospitalite.example.fr>", "Demande d'interview - portrait de manageuses",
  """Bonjour Madame Romero,

Je prépare pour le magazine Hospitalité un dossier sur les femmes qui dirigent des équipes dans l'hôtellerie en Europe du Sud. Accepteriez-vous de répondre à une interview d'une trentaine de minutes, par téléphone ou en visio, dans les deux prochaines semaines ?

Je vous remercie par avance,
Élodie Garnier
Journaliste, Hospitalité Magazine""")

m("other", "payslip_available_es", "es",
  "Portal del Empleado <no-reply@portalempleado.example.es>", "Tu nómina ya está disponible",
  """Hola Sofía,

Tu nómina correspondiente al mes pasado ya está disponible en el Portal del Empleado de Casa Balmes Boutique Hotel.

Accede aquí: https://portalempleado.example.es/nominas

Este es un mensaje automático.""", fmt="alt")

m("other", "feria_empleo_hosteleria", "es",
  "Ayuntamiento - Promoción Empleo <promocionempleo@ayto.example.es>", "Feria de Empleo de Hostelería y Turismo: inscríbete",
  """Te invitamos a la Feria de Empleo de Hostelería y Turismo que se celebrará en el Palacio de Ferias el próximo [[D3]].

Más de 60 empresas del sector (hoteles, restauración, aeropuerto y ocio) realizarán entrevistas in situ. Trae tu CV impreso.

Inscripción gratuita: https://ayto.example.es/feriaempleo

Si no deseas recibir más comunicaciones, puedes darte de baja aquí: https://ayto.example.es/baja""",
  fmt="html", cte="qp", headers=bulk("<empleo.ayto.example.es>", "https://ayto.example.es/baja"))

m("other", "fr_refus_location_appart", "fr",
  "Agence Tejo Immobilier <location@tejoimmo.example.pt>", "Votre dossier de location - Rua da Rosa",
  """Bonjour Madame Romero,

Nous vous remercions pour votre dossier concernant l'appartement T2 Rua da Rosa. Malheureusement, le propriétaire a retenu une autre candidature.

Nous restons à votre disposition pour d'autres biens.

Cordialement,
Agence Tejo Immobilier""", contact="")

m("other", "de_newsletter_gastro_karriere", "de",
  "Gastro Karriere Magazin <newsletter@gastrokarriere.example.de>", "Absage nach dem Probearbeiten? So reagierst du richtig",
  """Gastro Karriere – Ausgabe 31

• Absage nach dem Probearbeiten? So reagierst du richtig
• Vorstellungsgespräch verpasst – was jetzt?
• Die 20 besten Arbeitgeber in der Berliner Hotellerie

Jetzt lesen: https://gastrokarriere.example.de/ausgabe-31

Newsletter abbestellen: https://gastrokarriere.example.de/abmelden""",
  fmt="html", charset="windows-1252", cte="qp", headers=bulk("<newsletter.gastrokarriere.example.de>", "https://gastrokarriere.example.de/abmelden"))


if __name__ == "__main__":
    main()
