"""Turn the hand-written specs of msgs127_*.py into .eml files and labels.csv.

Run from anywhere: python tests/corpus_hundredtwentyseventh/make_hundredtwentyseventh.py
It writes and deletes files only inside its own folder (the <kind>/ subfolders and labels.csv).
Standard library only; the output is deterministic (ids derive from the scenario names).
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import html as htmllib
import importlib
import re
import sys
from collections import Counter
from datetime import datetime
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path
from urllib.parse import quote as urlquote
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
MODULES = ("msgs127_rejections", "msgs127_invites", "msgs127_acks", "msgs127_other")
REPLY_PREFIX = re.compile(r"^(re|aw|antw|wg|rv|r|réf|tr|fwd?)\s?:", re.IGNORECASE)
URL_OR_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)|(https?://[^\s<>\")]+)")
CHAIN_START = re.compile(
    r"^(-----\s?Original Message\s?-----|-----\s?Ursprüngliche Nachricht\s?-----|"
    r"From: |Von: |De ?: |Am .* schrieb|El .* escribió|On .* wrote|Le .* a écrit)")


def load_specs() -> list[dict]:
    sys.dont_write_bytecode = True  # leave no __pycache__ behind in the corpus folder
    sys.path.insert(0, str(HERE))
    specs: list[dict] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).MESSAGES)
    return specs


def digest(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def when(spec: dict) -> datetime:
    naive = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    seconds = int(digest(spec["scenario"], "s")[:4], 16) % 60
    return naive.replace(second=seconds, tzinfo=ZoneInfo(spec.get("tz", "Europe/Berlin")))


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    h = digest(spec["scenario"], spec["subject"])
    mua = spec.get("mua", "")
    sender = spec["sender"][1]
    if mua in ("gmail", "android"):
        token = base64.b64encode(bytes.fromhex(h[:48])).decode().replace("/", "_").replace("+", "-")
        return f"<CA{token}@mail.gmail.com>"
    if mua in ("outlook", "outlook-ios"):
        box = "".join(c for c in h[:10].upper() if c.isalnum())
        return f"<{box}{h[10:26].upper()}@{box}.eurprd0{int(h[30], 16) % 9 + 1}.prod.outlook.com>"
    if mua in ("apple", "iphone"):
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain_of(sender)}>"
    if mua == "thunderbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain_of(sender)}>"
    if mua == "ses":
        return f"<0102019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000@eu-west-1.amazonses.com>"
    return f"<{h[:20]}.{int(h[20:28], 16)}@{domain_of(sender)}>"


def addr_header(value, charset: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    pairs = [value] if isinstance(value, tuple) else list(value)
    return ", ".join(formataddr(pair, charset=charset) if pair[0] else pair[1] for pair in pairs)


def subject_header(subject: str, charset: str) -> str:
    if subject.isascii():
        return Header(subject, "us-ascii", header_name="Subject").encode()
    return Header(subject, charset, header_name="Subject").encode()


# ---------------------------------------------------------------- text and HTML rendering

def plain_links(text: str) -> str:
    """[label](url) becomes "label: url" in a text part; bare urls stay."""
    return URL_OR_LINK.sub(lambda m: f"{m.group(1)}: {m.group(2)}" if m.group(1) else m.group(3), text)


def link_html(text: str, tracker: str | None, style: str = "") -> str:
    out, pos = [], 0
    for m in URL_OR_LINK.finditer(text):
        out.append(htmllib.escape(text[pos:m.start()], quote=False))
        label, url = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(3))
        href = f"{tracker}{urlquote(url, safe='')}" if tracker else url
        attr = f' style="{style}"' if style else ""
        out.append(f'<a href="{htmllib.escape(href)}"{attr}>{htmllib.escape(label, quote=False)}</a>')
        pos = m.end()
    out.append(htmllib.escape(text[pos:], quote=False))
    return "".join(out)


def paragraphs(text: str) -> list[str]:
    return [block for block in re.split(r"\n\s*\n", text.strip("\n")) if block.strip()]


def split_chain(text: str) -> tuple[str, str]:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if CHAIN_START.match(line.strip()) or line.startswith(">"):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    return text, ""


def unquote(text: str) -> str:
    return "\n".join(re.sub(r"^> ?", "", line) for line in text.split("\n"))


def html_block(text: str, tracker: str | None, tag: str = "p", style: str = "", link_style: str = "") -> str:
    attr = f' style="{style}"' if style else ""
    return "\n".join(f"<{tag}{attr}>{link_html(block, tracker, link_style).replace(chr(10), '<br>' + chr(10))}</{tag}>"
                     for block in paragraphs(text))


def render_outlook(text: str, opts: dict, charset: str) -> str:
    new, chain = split_chain(text)
    lang = opts.get("lang", "DE")
    body = "\n".join(
        f'<p class="MsoNormal">{link_html(line, None) or "&nbsp;"}<o:p></o:p></p>' for line in new.strip("\n").split("\n"))
    quoted = ""
    if chain:
        head, _, rest = chain.partition("\n\n")
        quoted = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                  f'<p class="MsoNormal">{link_html(head, None).replace(chr(10), "<br>" + chr(10))}<o:p></o:p></p>\n</div></div>\n'
                  + "\n".join(f'<p class="MsoNormal">{link_html(line, None) or "&nbsp;"}<o:p></o:p></p>'
                              for line in unquote(rest).split("\n")))
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink {color:#467886;text-decoration:underline;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 70.85pt 2.0cm 70.85pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
            f'<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            f"{body}\n{quoted}\n</div>\n</body>\n</html>\n")


def render_gmail(text: str, opts: dict, charset: str) -> str:
    new, chain = split_chain(text)
    body = "<br>\n".join(link_html(line, None) for line in new.strip("\n").split("\n"))
    quoted = ""
    if chain:
        lines = chain.split("\n")
        attr, rest = lines[0], "\n".join(lines[1:])
        inner = "<br>\n".join(link_html(line, None) for line in unquote(rest).strip("\n").split("\n"))
        quoted = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                  f"{link_html(attr, None)}<br></div>"
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                  f"{inner}</blockquote></div>")
    return f'<div dir="ltr">{body}</div>{quoted}\n'


def render_apple(text: str, opts: dict, charset: str) -> str:
    new, chain = split_chain(text)
    body = "\n".join(f"<div>{link_html(line, None) or '<br>'}</div>" for line in new.strip("\n").split("\n"))
    quoted = ""
    if chain:
        inner = "\n".join(f"<div>{link_html(line, None) or '<br>'}</div>" for line in unquote(chain).strip("\n").split("\n"))
        quoted = f'<div><br><blockquote type="cite">{inner}</blockquote></div>'
    return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
            f"{body}\n{quoted}\n</body></html>\n")


def render_simple(text: str, opts: dict, charset: str) -> str:
    font = opts.get("font", "Arial, Helvetica, sans-serif")
    return (f'<html>\n<head><meta charset="{charset}"><title>{htmllib.escape(opts.get("title", ""))}</title></head>\n'
            f'<body style="font-family:{font};font-size:14px;color:#222">\n'
            f"{html_block(text, opts.get('tracker'))}\n</body>\n</html>\n")


def render_ats(text: str, opts: dict, charset: str) -> str:
    """The layout-table HTML of applicant-tracking and marketing tools."""
    color = opts.get("color", "#1f3b57")
    tracker = opts.get("tracker")
    font = opts.get("font", "Helvetica, Arial, sans-serif")
    logo = opts.get("logo")
    logo_html = (f'<img src="{logo}" alt="{htmllib.escape(opts.get("logo_alt", ""))}" width="{opts.get("logo_width", 140)}" '
                 'style="display:block;border:0;outline:none;text-decoration:none" />') if logo else \
        f'<span style="font-size:20px;font-weight:bold;color:#ffffff">{htmllib.escape(opts.get("logo_alt", ""))}</span>'
    content = html_block(text, tracker, style="margin:0 0 16px 0;line-height:1.5",
                         link_style=f"color:{color};text-decoration:underline")
    button = ""
    if opts.get("button"):
        label, url = opts["button"]
        href = f"{tracker}{urlquote(url, safe='')}" if tracker else url
        button = ('<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px 0"><tr>'
                  f'<td bgcolor="{color}" style="border-radius:4px;padding:12px 22px">'
                  f'<a href="{htmllib.escape(href)}" style="color:#ffffff;font-weight:bold;text-decoration:none;font-family:{font}">'
                  f"{htmllib.escape(label)}</a></td></tr></table>")
    footer = "<br>\n".join(link_html(line, tracker, "color:#8a8a8a") for line in opts.get("footer", "").strip("\n").split("\n"))
    unsub = ""
    if opts.get("unsubscribe"):
        label, url = opts["unsubscribe"]
        unsub = f'<br><a href="{htmllib.escape(url)}" style="color:#8a8a8a">{htmllib.escape(label)}</a>'
    powered = f'<br><span style="color:#b0b0b0">{htmllib.escape(opts["powered"])}</span>' if opts.get("powered") else ""
    pixel = (f'<img src="{opts["pixel"]}" width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0" />'
             if opts.get("pixel") else "")
    preheader = (f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{htmllib.escape(opts["preheader"])}</div>'
                 if opts.get("preheader") else "")
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{opts.get("lang", "de")}">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
        f'<title>{htmllib.escape(opts.get("title", ""))}</title>\n</head>\n'
        f'<body style="margin:0;padding:0;background-color:#f2f3f5">\n{preheader}\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f3f5">\n<tr><td align="center" style="padding:24px 8px">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;max-width:600px;background-color:#ffffff">\n'
        f'<tr><td bgcolor="{color}" style="padding:18px 28px">{logo_html}</td></tr>\n'
        f'<tr><td style="padding:28px 28px 8px 28px;font-family:{font};font-size:15px;color:#2b2b2b">\n{content}\n{button}\n</td></tr>\n'
        f'<tr><td style="padding:16px 28px 24px 28px;border-top:1px solid #e5e5e5;font-family:{font};font-size:11px;line-height:1.5;color:#8a8a8a">\n'
        f"{footer}{unsub}{powered}\n</td></tr>\n</table>\n{pixel}\n</td></tr>\n</table>\n</body>\n</html>\n")


RENDERERS = {"outlook": render_outlook, "gmail": render_gmail, "apple": render_apple,
             "simple": render_simple, "ats": render_ats}


def render_html(spec: dict, charset: str) -> str:
    value = spec["html"]
    if isinstance(value, str):
        return value
    return RENDERERS[value["style"]](spec.get("text", ""), value, charset)


# ---------------------------------------------------------------- attachments

def pdf_escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title: str, lines: list[str], stamp: datetime) -> bytes:
    ops = ["BT", "/F1 11 Tf", "15 TL", "62 780 Td"]
    for line in lines:
        ops.append(f"({pdf_escape(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", errors="replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        ("<< /Title (" + pdf_escape(title) + ") /Producer (Hand-written corpus 127) /CreationDate (D:"
         + stamp.strftime("%Y%m%d%H%M%S") + ") >>").encode("cp1252", errors="replace"),
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_ics(cal: dict, stamp: datetime) -> str:
    method = cal["method"]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
             f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('sequence', 0)}",
             f"DTSTAMP:{stamp.astimezone(ZoneInfo('UTC')).strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTART:{cal['start']}", f"DTEND:{cal['end']}",
             f"SUMMARY:{cal['summary']}"]
    if cal.get("location"):
        lines.append(f"LOCATION:{cal['location']}")
    if cal.get("description"):
        lines.append("DESCRIPTION:" + cal["description"].replace("\n", "\\n").replace(",", "\\,"))
    org_name, org_addr = cal["organizer"]
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    lines.append('ATTENDEE;CN="Nikolai Brandt-Oyelaran";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:nikolai.bo@example.dk')
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode()) > 74:
            cut = 74
            while len(line[:cut].encode()) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\n".join(folded) + "\n"


# ---------------------------------------------------------------- one message

def boundary(spec: dict, index: int) -> str:
    """A MIME boundary in the style of the sending program, stable from run to run."""
    h = digest(spec["scenario"], "boundary", str(index))
    mua = spec.get("mua", "")
    if mua in ("gmail", "android"):
        return f"000000000000{h[:12]}"
    if mua in ("outlook", "outlook-ios"):
        return f"_{index:03d}_{h[:20].upper()}eurp_"
    if mua in ("apple", "iphone"):
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}"
    if mua == "thunderbird":
        return f"------------{h[:24]}"
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{1767225600000 + int(h[14:22], 16) % 25000000000}"


MUA_HEADERS = {
    "gmail": [],
    "android": [],
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "outlook-ios": [("X-Mailer", "Outlook for iOS")],
    "apple": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
    "iphone": [("X-Mailer", "iPhone Mail (22D63)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
}


def build(spec: dict, ids: dict[str, str]) -> bytes:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    structure = spec.get("structure", "plain")
    stamp = when(spec)
    text = spec.get("text", "")
    if not text.endswith("\n"):
        text += "\n"

    body = EmailMessage(policy=email.policy.default)
    if structure == "html":
        body.set_content(render_html(spec, charset), subtype="html", charset=charset, cte=cte)
    else:
        body.set_content(plain_links(text), subtype="plain", charset=charset, cte=cte)
        if "html" in spec:
            body.add_alternative(render_html(spec, charset), subtype="html", charset=charset,
                                 cte=spec.get("html_cte", cte))
        if spec.get("calendar"):
            ics = make_ics(spec["calendar"], stamp)
            body.add_alternative(ics, subtype="calendar", charset="utf-8",
                                 cte="7bit" if ics.isascii() else "quoted-printable",
                                 params={"method": spec["calendar"]["method"]})
    for att in spec.get("attachments", []):
        if att.get("type") == "ics":
            data = make_ics(spec["calendar"], stamp).encode()
            body.add_attachment(data, maintype="application", subtype="ics", filename=att["filename"])
        else:
            data = make_pdf(att.get("title", att["filename"]), att["lines"], stamp)
            body.add_attachment(data, maintype="application", subtype="pdf", filename=att["filename"])
    for index, part in enumerate(body.walk()):
        if part is not body:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(spec, index))
    if structure == "mixed":
        assert body.get_content_type() == "multipart/mixed", spec["scenario"]
    elif structure == "alt":
        assert body.get_content_type() == "multipart/alternative", spec["scenario"]

    name_cs = spec.get("name_charset", "utf-8")
    subject = spec["subject"]
    if REPLY_PREFIX.match(subject):
        assert spec.get("irt"), f"{spec['scenario']}: a reply needs irt"
    headers: list[tuple[str, str]] = []
    if spec.get("received_from"):
        headers.append(("Return-Path", f"<{spec['received_from']}>"))
    headers.append(("From", addr_header(spec["sender"], name_cs)))
    headers.append(("To", addr_header(spec.get("to", ("Nikolai Brandt-Oyelaran", "nikolai.bo@example.dk")), name_cs)))
    if spec.get("cc"):
        headers.append(("Cc", addr_header(spec["cc"], name_cs)))
    if spec.get("reply_to"):
        headers.append(("Reply-To", addr_header(spec["reply_to"], name_cs)))
    headers.append(("Subject", subject_header(subject, spec.get("subject_charset", "utf-8"))))
    headers.append(("Date", format_datetime(stamp)))
    headers.append(("Message-ID", ids[spec["scenario"]]))
    if spec.get("irt"):
        irt = ids.get(spec["irt"], spec["irt"])
        refs = [ids.get(r, r) for r in spec.get("refs", [spec["irt"]])]
        if irt not in refs:
            refs.append(irt)
        headers.append(("In-Reply-To", irt))
        headers.append(("References", "\n ".join(refs)))
    if spec.get("mua") in ("outlook", "outlook-ios"):
        topic = REPLY_PREFIX.sub("", subject).strip()
        if topic.isascii():
            headers.append(("Thread-Topic", Header(topic, "us-ascii", header_name="Thread-Topic").encode()))
        headers.append(("Thread-Index", base64.b64encode(bytes.fromhex(digest(spec["scenario"], "ti")[:44])).decode()))
        headers.append(("Content-Language", {"de": "de-DE", "en": "en-GB", "fr": "fr-BE", "es": "es-ES"}[spec["lang"]]))
    headers += MUA_HEADERS.get(spec.get("mua", ""), [])
    for name, value in spec.get("headers", {}).items():
        headers.append((name, value))

    out = BytesIO()
    BytesGenerator(out, policy=email.policy.default.clone(linesep="\n"), mangle_from_=False).flatten(body)
    head = "".join(f"{name}: {value}\n" if value else f"{name}:\n" for name, value in headers)
    return head.encode("ascii") + out.getvalue()


def check(raw: bytes, spec: dict) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    for part in message.walk():
        assert not part.defects, (spec["scenario"], part.defects)
    assert str(message["Subject"]) == spec["subject"], (spec["scenario"], str(message["Subject"]))
    for part in message.walk():
        if part.get_content_maintype() == "text":
            assert part.get_content().strip(), spec["scenario"]
    return message


def main() -> None:
    specs = load_specs()
    scenarios = [spec["scenario"] for spec in specs]
    assert len(scenarios) == len(set(scenarios)), [s for s, n in Counter(scenarios).items() if n > 1]
    ids: dict[str, str] = {}
    for spec in specs:
        ids[spec["scenario"]] = message_id(spec)
        if spec.get("key"):
            ids[spec["key"]] = ids[spec["scenario"]]
    assert len({ids[s] for s in scenarios}) == len(scenarios), "message ids collide"
    for spec in specs:
        assert spec["kind"] in KINDS, spec["scenario"]
        assert spec["lang"] in ("de", "en", "fr", "es"), spec["scenario"]
        assert spec["date"].startswith("2026-"), spec["scenario"]
        assert bool(spec["company"]) == (spec["kind"] != "other"), spec["scenario"]

    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)

    rows = []
    stats: Counter[str] = Counter()
    ordered = sorted(specs, key=lambda s: (when(s), s["scenario"]))
    problems = []
    for spec in ordered:
        try:
            build(spec, ids)
        except (UnicodeError, AssertionError, ValueError, TypeError) as error:
            problems.append(f"{spec['scenario']}: {type(error).__name__}: {error}")
    if problems:
        raise SystemExit("\n".join(problems))
    for number, spec in enumerate(ordered, start=1):
        raw = build(spec, ids)
        message = check(raw, spec)
        rel = f"{spec['kind']}/{number:03d}_{spec['scenario']}.eml"
        (HERE / rel).write_bytes(raw)
        rows.append({"file": rel, "kind": spec["kind"], "company": spec["company"],
                     "contact": spec["contact"], "language": spec["lang"]})
        stats["structure:" + spec.get("structure", "plain")] += 1
        stats["kind:" + spec["kind"]] += 1
        stats["lang:" + spec["lang"]] += 1
        stats["charset:" + spec.get("charset", "utf-8")] += 1
        stats["cte:" + spec.get("cte", "quoted-printable")] += 1
        if spec.get("calendar"):
            stats["calendar:" + spec["calendar"]["method"]] += 1
        if any(a.get("type") != "ics" for a in spec.get("attachments", [])):
            stats["with_pdf"] += 1
        if spec.get("irt"):
            stats["replies"] += 1
        if "=?" in raw.split(b"\n\n", 1)[0].decode("ascii"):
            stats["rfc2047_headers"] += 1
        if message["List-Unsubscribe"]:
            stats["list_unsubscribe"] += 1
        if message["Auto-Submitted"]:
            stats["auto_submitted"] += 1
        if spec.get("reply_to"):
            stats["reply_to"] += 1
        if spec["contact"]:
            stats["with_contact"] += 1

    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact", "language"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    for key in sorted(stats):
        print(f"  {key}: {stats[key]}")


if __name__ == "__main__":
    main()
