"""Writes the seventy-fourth labelled corpus: about 160 .eml files and labels.csv.

The messages themselves are hand-written in the msgs74_* modules next to this file (one dict
per message, every body worded on its own); this module only turns them into MIME: the
encodings, HTML wrappers, quoted reply chains, calendar parts and attachments. It may import
only the standard library and its own msgs74_* data modules, and it writes and deletes files
only inside its own folder.

Run: python tests/corpus_seventyfourth/make_seventyfourth.py
"""

from __future__ import annotations

import csv
import hashlib
import html
import logging
import re
import sys
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs74_ack_offer  # noqa: E402
import msgs74_interview  # noqa: E402
import msgs74_other  # noqa: E402
import msgs74_rejection  # noqa: E402

logger = logging.getLogger(__name__)

ME = ("Jonas Reitmayr-Lindqvist", "jonas.rl@example.at")
SYSTEM = re.compile(
    r"(no-?reply|do-?not-?reply|no-?responder|ne-pas-repondre|notification|mailer|bounce|alert|"
    r"newsletter|news@|updates@|invitations?@|calendar|digest|service@|info@|kundenservice|"
    # ATS platforms' own sending domains: replies there reach no person.
    r"myworkday|successfactors|taleo\.net|rexx-systems|\.personio\.|smartrecruiters|greenhouse-mail|"
    r"lever\.co|teamtailor|goodtime|bamboohr|icims|dvinci|umantis|softgarden)",
    re.IGNORECASE,
)

# Reply-chain openers, one per mail program and language.
QUOTE_HEAD = {
    "gmail": "On {when}, {who} wrote:",
    "de": "Am {when} schrieb {who}:",
    "fr": "Le {when}, {who} a écrit :",
    "es": "El {when}, {who} escribió:",
}
OUTLOOK_HEAD = {
    "outlook": ("From", "Sent", "To", "Subject"),
    "outlook_de": ("Von", "Gesendet", "An", "Betreff"),
    "outlook_fr": ("De", "Envoyé", "À", "Objet"),
    "outlook_es": ("De", "Enviado el", "Para", "Asunto"),
}


def _addr(pair: tuple[str, str] | str, charset: str) -> str:
    """A header address, with the display name RFC 2047-encoded when it is not ASCII."""
    if isinstance(pair, str):
        return pair
    return formataddr(pair, charset=charset)


def _quote(q: tuple[str, str, str, str], subject: str) -> str:
    """The quoted earlier message under the new text, in the style of the mail program."""
    style, who, when, text = q
    if style in OUTLOOK_HEAD:
        f, s, t, sub = OUTLOOK_HEAD[style]
        head = f"{f}: {who}\n{s}: {when}\n{t}: {ME[0]} <{ME[1]}>\n{sub}: {subject}\n"
        return f"\n\n________________________________\n{head}\n{text.strip()}\n"
    quoted = "\n".join(("> " + line) if line else ">" for line in text.strip().splitlines())
    return f"\n\n{QUOTE_HEAD[style].format(when=when, who=who)}\n{quoted}\n"


def _to_html(text: str, spec: dict[str, Any]) -> str:
    """An HTML rendering of the text, as mail tools produce it: tables, inline styles, tracking."""
    domain = spec["frm"][1].split("@")[1]
    paras = []
    for block in text.strip().split("\n\n"):
        inner = html.escape(block).replace("\n", "<br>\n")
        inner = re.sub(
            r"(https?://[^\s<]+)",
            lambda m: f'<a href="https://click.{domain}/ls/click?upn={hashlib.md5(m.group(1).encode()).hexdigest()}"'
            f' style="color:#0b5cad">{m.group(1)}</a>',
            inner,
        )
        paras.append(f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px">{inner}</p>')
    logo = spec.get("logo", spec.get("co") or domain.split(".")[0].title())
    pixel = hashlib.sha1(spec["s"].encode()).hexdigest()[:16]
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"background:#f4f4f4\">\n"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table width="600" style="background:#ffffff;border:1px solid #e0e0e0"><tr><td style="padding:18px">'
        f'<img src="https://cdn.{domain}/mail/logo.png" alt="{html.escape(logo)} Logo" width="140"></td></tr>\n'
        f'<tr><td style="padding:0 18px 18px 18px">\n{chr(10).join(paras)}\n</td></tr></table>\n'
        f'<img src="https://t.{domain}/open/{pixel}.gif" width="1" height="1" alt="">\n'
        "</td></tr></table></body></html>\n"
    )


def _ics(ev: dict[str, str], spec: dict[str, Any]) -> str:
    """A text/calendar body (METHOD REQUEST or CANCEL) for an interview or meeting."""
    org = ev.get("organizer", spec["frm"][1])
    status = "CANCELLED" if ev.get("method") == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Scheduler 4.2//EN", "VERSION:2.0",
        f"METHOD:{ev.get('method', 'REQUEST')}", "BEGIN:VEVENT",
        f"UID:{hashlib.md5(spec['s'].encode()).hexdigest()}@{org.split('@')[1]}",
        f"DTSTAMP:{ev['stamp']}", f"DTSTART:{ev['start']}", f"DTEND:{ev['end']}",
        f"SUMMARY:{ev['summary']}", f"ORGANIZER;CN=\"{ev.get('cn', spec['frm'][0])}\":mailto:{org}",
        f"ATTENDEE;CN=\"{ME[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}",
        f"LOCATION:{ev.get('location', 'Microsoft Teams')}", f"SEQUENCE:{ev.get('seq', '0')}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def _text_part(text: str, spec: dict[str, Any], subtype: str = "plain") -> MIMEText:
    """One text part in the charset and transfer encoding the message asks for."""
    fmt = spec.get("fmt", "plain")
    name = {"latin1": "iso-8859-1", "cp1252": "windows-1252"}.get(fmt, "utf-8")
    cs = Charset(name)
    cs.body_encoding = {"b64": BASE64, "latin1": QP, "cp1252": QP, "qp": QP}.get(fmt, QP if subtype == "html" else None)
    cs.header_encoding = QP
    return MIMEText(text, subtype, cs)


def build(spec: dict[str, Any], index: int) -> bytes:
    """The whole message as bytes, headers first."""
    fmt = spec.get("fmt", "plain")
    hcs = "iso-8859-1" if fmt == "latin1" else "utf-8"
    text = spec["body"].strip("\n") + "\n"
    if spec.get("q"):
        text += _quote(spec["q"], spec.get("qsubj", re.sub(r"^(Re|AW|RE|Antw|RV|TR|WG|Fwd|Fw): ", "", spec["subj"])))
    if spec.get("fwd"):
        text += spec["fwd"]
    html_body = spec.get("html") or _to_html(text, spec)
    if fmt == "html":
        body: Any = _text_part(html_body, spec, "html")
    elif fmt == "alt":
        body = MIMEMultipart("alternative")
        body.attach(_text_part(text, spec))
        body.attach(_text_part(html_body, spec, "html"))
    else:
        body = _text_part(text, spec)
    if spec.get("ics") or spec.get("att"):
        outer = MIMEMultipart("mixed")
        if spec.get("ics"):
            alt = MIMEMultipart("alternative")
            alt.attach(body)
            cal = MIMEText(_ics(spec["ics"], spec), "calendar", "utf-8")
            cal.set_param("method", spec["ics"].get("method", "REQUEST"))
            alt.attach(cal)
            outer.attach(alt)
        else:
            outer.attach(body)
        if spec.get("att"):
            pdf = MIMEApplication(b"%PDF-1.4\n% corpus placeholder\n" + spec["att"].encode() + b"\n%%EOF\n", "pdf")
            pdf.add_header("Content-Disposition", "attachment", filename=spec["att"])
            outer.attach(pdf)
        msg: Any = outer
    else:
        msg = body
    frm, domain = spec["frm"], spec["frm"][1].split("@")[1]
    msg["Return-Path"] = f"<{spec.get('envelope', frm[1])}>"
    msg["From"] = _addr(frm, hcs)
    msg["To"] = _addr(spec.get("to", ME), hcs)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("rt"):
        msg["Reply-To"] = _addr(spec["rt"], hcs)
    subj = spec["subj"]
    msg["Subject"] = subj if subj.isascii() else Header(subj, hcs).encode()
    msg["Date"] = spec["d"]
    token = hashlib.sha1(f"{index}{spec['s']}".encode()).hexdigest()
    msg["Message-ID"] = f"<{token[:20]}.{index}@{spec.get('mid_domain', domain)}>"
    if re.match(r"^(Re|AW|RE|Aw|Antw|RV|Réf|R):", subj) or spec.get("q"):
        parent = f"<CAKx{token[20:36]}+{index}@mail.example.at>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<{token[5:17]}@{domain}> {parent}"
    for key, value in spec.get("hdr", {}).items():
        msg[key] = value
    for n, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{token[:12]}_{n}")  # fixed, so reruns give the same bytes
        if part is not msg:
            del part["MIME-Version"]
    # Transport headers first, MIME headers last, as a mail server stores them.
    mime = [(k, v) for k, v in msg.items() if k.lower().startswith("content-") or k == "MIME-Version"]
    for key in {k for k, _ in mime}:
        del msg[key]
    for key, value in mime:
        msg[key] = value
    return msg.as_bytes()


def contact_of(spec: dict[str, Any]) -> str:
    """The label rule: Reply-To if human, else the human sender, else empty; never the candidate."""
    if "ct" in spec:
        return str(spec["ct"])
    if "List-Id" in spec.get("hdr", {}):
        return ""
    for pair in (spec.get("rt"), spec["frm"]):
        if pair and not SYSTEM.search(pair[1]) and pair[1] != ME[1]:
            return str(pair[1])
    return ""


def main() -> None:
    """Rewrites every .eml under this folder and labels.csv from the msgs74_* modules."""
    specs: list[dict[str, Any]] = []
    for module in (msgs74_rejection, msgs74_interview, msgs74_ack_offer, msgs74_other):
        specs.extend(module.MESSAGES)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for i, spec in enumerate(specs, start=1):
        rel = f"{spec['k']}/{i:03d}_{spec['s']}.eml"
        (HERE / spec["k"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(build(spec, i))
        company = spec.get("co", "") if spec["k"] != "other" else ""
        rows.append([rel, spec["k"], company, contact_of(spec), spec["l"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    logger.info("wrote %d messages", len(rows))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
