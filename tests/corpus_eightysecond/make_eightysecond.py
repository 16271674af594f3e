"""Writes the 82nd labelled corpus: one .eml per description in msgs82_*.py, and labels.csv.

Run from anywhere: `python tests/corpus_eightysecond/make_eightysecond.py`. It only creates and
deletes files inside this folder (the <kind>/ subfolders and labels.csv). Imports only the
standard library and its sibling data modules (msgs82_*), never the assistant package.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
from datetime import datetime
from email import charset as _charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import msgs82_ack_offer  # noqa: E402  (data modules live beside this script)
import msgs82_inv  # noqa: E402
import msgs82_other  # noqa: E402
import msgs82_rej  # noqa: E402
import msgs82_sched  # noqa: E402
from msgs82_spec import CAND  # noqa: E402

KIND_DIRS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
             "missed_interview_notice", "application_received", "offer", "other")
CHARSETS = {"plain": ("utf-8", None), "qp": ("utf-8", _charset.QP),
            "b64": ("utf-8", _charset.BASE64), "latin1": ("iso-8859-1", _charset.QP),
            "cp1252": ("windows-1252", None), "html": ("utf-8", _charset.QP),
            "alt": ("utf-8", _charset.QP)}


def _cs(name: str, encoding: int | None) -> _charset.Charset:
    cs = _charset.Charset(name)
    cs.body_encoding = encoding
    cs.header_encoding = _charset.QP if name != "utf-8" else _charset.BASE64
    return cs


def _split(value: str) -> tuple[str, str]:
    """Display name and address; names like 'Meier, Tobias' keep their comma."""
    if "<" not in value:
        return "", value.strip()
    cut = value.rindex("<")
    return value[:cut].strip().strip('"'), value[cut + 1:].rstrip("> ")


def _addr(value: str, charset: str = "utf-8") -> str:
    name, address = _split(value)
    return formataddr((name, address), charset=charset) if name else address


def _mid(seed: str, domain: str) -> str:
    digest = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


def _quote(body: str, msg: dict[str, Any]) -> str:
    """Appends the reply chain in the style each mail program writes it."""
    parts = [body.rstrip("\n")]
    plain_subject = re.sub(r"^((re|aw|antw|tr|rv|fwd?|wg)\s*:\s*)+", "", msg["subject"], flags=re.I)
    for depth, (style, when, who, text) in enumerate(msg.get("quote", []), start=1):
        prefix = "> " * depth
        quoted = "\n".join((prefix + line).rstrip() for line in text.strip("\n").split("\n"))
        if style == "gmail":
            parts.append(f"On {when}, {who} wrote:\n{quoted}")
        elif style == "de":
            parts.append(f"Am {when} schrieb {who}:\n{quoted}")
        elif style == "fr":
            parts.append(f"Le {when}, {who} a écrit :\n{quoted}")
        elif style == "es":
            parts.append(f"El {when}, {who} escribió:\n{quoted}")
        elif style == "outlook":
            parts.append(f"________________________________\nFrom: {who}\nSent: {when}\n"
                         f"To: {CAND}\nSubject: {plain_subject}\n\n{text.strip()}")
        elif style == "outlook_de":
            parts.append(f"-----Ursprüngliche Nachricht-----\nVon: {who}\nGesendet: {when}\n"
                         f"An: {CAND}\nBetreff: {plain_subject}\n\n{text.strip()}")
        elif style == "fwd":
            parts.append(f"---------- Forwarded message ---------\nFrom: {who}\nDate: {when}\n"
                         f"Subject: {plain_subject}\nTo: {msg.get('fwd_to', CAND)}\n\n{text.strip()}")
        elif style == "fwd_de":
            parts.append(f"---------- Weitergeleitete Nachricht ---------\nVon: {who}\nDatum: {when}\n"
                         f"Betreff: {plain_subject}\nAn: {msg.get('fwd_to', CAND)}\n\n{text.strip()}")
        elif style == "iphone":
            parts.append(f"Sent from my iPhone\n\n{who} wrote on {when}:\n{quoted}")
        else:
            raise ValueError(f"unknown quote style {style}")
    return "\n\n".join(parts) + "\n"


def _html(text: str, msg: dict[str, Any]) -> str:
    """A sender's HTML rendering: logo alt text, inline styles, a table, tracking links."""
    if msg.get("html"):
        return str(msg["html"])
    token = hashlib.md5(msg["slug"].encode()).hexdigest()[:16]

    def link(match: re.Match[str]) -> str:
        url = match.group(0)
        return (f'<a href="https://click.mailtrack.example.net/ls/{token}?u={url}" '
                f'style="color:#0b5cad">{url}</a>')

    paras = []
    for block in text.strip().split("\n\n"):
        escaped = block.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        escaped = re.sub(r"https?://[^\s<]+", link, escaped).replace("\n", "<br>\n")
        paras.append(f'<p style="margin:0 0 14px 0;font-family:Arial,sans-serif;font-size:14px">'
                     f"{escaped}</p>")
    logo = msg.get("logo", "Logo")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">\n"
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
            'style="background:#f4f4f4"><tr><td align="center">\n'
            '<table width="600" style="background:#ffffff;padding:24px"><tr><td>\n'
            f'<img src="https://cdn.mailassets.example.net/{token}/logo.png" alt="{logo}" '
            'width="140" style="display:block;margin-bottom:18px">\n'
            + "\n".join(paras)
            + f'\n<img src="https://open.mailtrack.example.net/o/{token}.gif" width="1" height="1" alt="">'
            "\n</td></tr></table></td></tr></table></body></html>\n")


def _ics(ics: dict[str, str], msg: dict[str, Any]) -> str:
    method = ics.get("method", "REQUEST")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 16.0//EN", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{ics.get('uid', msg['slug'])}",
             f"DTSTAMP:{ics['stamp']}", f"DTSTART:{ics['start']}", f"DTEND:{ics['end']}",
             f"SUMMARY:{ics['summary']}", f"ORGANIZER;CN={ics['org_name']}:mailto:{ics['org']}",
             "ATTENDEE;CN=Dorothea Lindqvist-Mensah;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
             "RSVP=TRUE:mailto:dorothea.lm@example.ch",
             f"LOCATION:{ics.get('location', 'Microsoft Teams')}",
             f"SEQUENCE:{ics.get('sequence', '0')}",
             f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
             "END:VEVENT", "END:VCALENDAR"]
    return "".join(_fold(line) for line in lines)


def _fold(line: str) -> str:
    """RFC 5545 folding: content lines of at most 75 octets, continued with a space."""
    out, chunk = [], ""
    for char in line:
        if len((chunk + char).encode()) > (75 if not out else 74):
            out.append(chunk)
            chunk = ""
        chunk += char
    out.append(chunk)
    return "\r\n ".join(out) + "\r\n"


def _fit(text: str, charset: str) -> str:
    """Typographic characters a legacy-charset mailer would have typed plainly."""
    if charset == "utf-8":
        return text
    for fancy, plain in (("\u2013", "-"), ("\u2014", "-"), ("\u2026", "..."), ("\u201e", '"'),
                         ("\u201c", '"'), ("\u201d", '"'), ("\u2019", "'")):
        if not fancy.encode(charset, "ignore"):
            text = text.replace(fancy, plain)
    text.encode(charset)
    return text


def _boundary(msg: dict[str, Any], level: str) -> str:
    """Stable boundaries, so regenerating the corpus leaves unchanged files unchanged."""
    return "----=_Part_" + hashlib.sha1(f"{msg['slug']}/{level}".encode()).hexdigest()[:24]


def _body_part(msg: dict[str, Any], text: str) -> Any:
    fmt = msg.get("fmt", "plain")
    name, encoding = CHARSETS[fmt]
    text = _fit(text, name)
    if fmt == "html":
        return MIMEText(_html(text, msg), "html", _cs(name, encoding))
    plain = MIMEText(text, "plain", _cs(name, encoding))
    if fmt != "alt" and not msg.get("ics"):
        return plain
    alt = MIMEMultipart("alternative", boundary=_boundary(msg, "alt"))
    alt.attach(plain)
    if fmt == "alt":
        alt.attach(MIMEText(_html(text, msg), "html", _cs("utf-8", _charset.QP)))
    if msg.get("ics"):
        cal = MIMEText(_ics(msg["ics"], msg), "calendar", _cs("utf-8", None))
        cal.set_param("method", msg["ics"].get("method", "REQUEST"))
        alt.attach(cal)
    return alt


def build(msg: dict[str, Any]) -> bytes:
    """The .eml bytes for one description."""
    text = _quote(msg["body"], msg) if msg.get("quote") else msg["body"].rstrip("\n") + "\n"
    part = _body_part(msg, text)
    if msg.get("attach"):
        outer = MIMEMultipart("mixed", boundary=_boundary(msg, "mixed"))
        outer.attach(part)
        filename, subtype = msg["attach"]
        blob = MIMEApplication(b"%PDF-1.4\n% corpus placeholder\n%%EOF\n", subtype)
        blob.add_header("Content-Disposition", "attachment", filename=filename)
        outer.attach(blob)
        part = outer
    hcs = "iso-8859-1" if msg.get("fmt") == "latin1" else "utf-8"
    sender_domain = _split(msg["frm"])[1].rsplit("@", 1)[-1]
    content = [(key, part[key]) for key in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding")
               if part[key] is not None]
    for key, _value in content:
        del part[key]
    part["From"] = _addr(msg["frm"], hcs)
    part["To"] = _addr(msg.get("to", CAND), hcs)
    if msg.get("cc"):
        part["Cc"] = _addr(msg["cc"], hcs)
    if msg.get("reply_to"):
        part["Reply-To"] = _addr(msg["reply_to"], hcs)
    subject = _fit(msg["subject"], hcs)
    part["Subject"] = Header(subject, hcs).encode() if (
        msg.get("enc_subject") or not subject.isascii()) else subject
    part["Date"] = format_datetime(datetime.fromisoformat(msg["date"]))
    part["Message-ID"] = _mid(msg["slug"], sender_domain)
    forwarded = all(q[0].startswith("fwd") for q in msg.get("quote", [("",)]))
    replied = (msg.get("quote") and not forwarded) or re.match(r"(re|aw|antw|rv)\s*:", subject, re.I)
    if replied:
        parents = [_mid(f"{msg['slug']}-parent{i}", "mail.example.ch" if i % 2 == 0
                        else sender_domain) for i in range(max(1, len(msg.get("quote", []))))]
        part["In-Reply-To"] = parents[0]
        part["References"] = " ".join(reversed(parents))
    for key, value in msg.get("headers", {}).items():
        part[key] = value
    for key, value in content:
        part[key] = value
    return part.as_bytes()


def messages() -> list[dict[str, Any]]:
    """Every description, in the order the files are numbered."""
    return (msgs82_rej.MESSAGES + msgs82_inv.MESSAGES + msgs82_sched.MESSAGES
            + msgs82_ack_offer.MESSAGES + msgs82_other.MESSAGES)


def main() -> None:
    for kind in KIND_DIRS:
        folder = ROOT / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    for number, msg in enumerate(messages(), start=1):
        assert msg["kind"] in KIND_DIRS, msg["slug"]
        rel = f"{msg['kind']}/{number:03d}_{msg['slug']}.eml"
        (ROOT / rel).write_bytes(build(msg))
        rows.append([rel, msg["kind"], msg["company"], msg["contact"], msg["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
