"""Writes the ninety-second labelled corpus: .eml files per kind plus labels.csv.

The messages themselves live in the msgs92_*.py data modules next to this file (one per group of
kinds); this module only turns each spec into a MIME message with the structure, charset and
transfer encoding the spec asks for, and writes the labels. It imports only the standard library
and its own data modules, and writes and deletes files only inside its own folder.

Run: python tests/corpus_ninetysecond/make_ninetysecond.py
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import sys
from datetime import datetime
from email import charset as email_charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs92_acks  # noqa: E402
import msgs92_invites  # noqa: E402
import msgs92_other  # noqa: E402
import msgs92_rejections  # noqa: E402

ME = ("Élodie Baptiste-Nakamura", "elodie.bn@example.ch")
KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
_ENCODINGS = {"qp": email_charset.QP, "b64": email_charset.BASE64, "8bit": None}


def _charset(name: str, cte: str) -> email_charset.Charset:
    """A private Charset so one spec's transfer encoding never leaks into another's."""
    cs = email_charset.Charset(name)
    cs.body_encoding = _ENCODINGS[cte]
    cs.header_encoding = email_charset.QP if name != "utf-8" else email_charset.BASE64
    return cs


def _text_part(text: str, subtype: str, spec: dict) -> MIMEText:
    name = spec.get("charset", "utf-8")
    try:
        text.encode(name)
    except UnicodeEncodeError as exc:  # a data mistake: say which message
        raise SystemExit(f"{spec['slug']}: body not encodable in {name}: {exc}") from exc
    return MIMEText(text, subtype, _charset(name, spec.get("cte", "qp")))


def _auto_html(spec: dict) -> str:
    """HTML the way ATS and marketing tools send it: a layout table, inline styles, a logo with
    alt text, links wrapped by a click tracker and a tracking pixel."""
    host = spec["from"][1].split("@")[1]
    logo = spec.get("logo") or spec.get("company") or host
    paras = []
    for block in spec["body"].strip().split("\n\n"):
        safe = html.escape(block).replace("\n", "<br>\n")
        safe = re.sub(r"(https?://[^\s<]+)",
                      lambda m: f'<a href="https://click.{host}/ls/click?upn={hashlib.md5(m.group(1).encode()).hexdigest()[:16]}" '
                                f'style="color:#1a5fb4">{m.group(1)}</a>', safe)
        paras.append(f'<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;'
                     f'font-size:14px;line-height:20px;color:#222">{safe}</p>')
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            "<body style=\"margin:0;padding:0;background:#f4f4f4\">\n"
            "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr>"
            "<td align=\"center\"><table width=\"600\" style=\"background:#ffffff\"><tr>"
            f"<td style=\"padding:18px\"><img src=\"https://{host}/img/logo.png\" alt=\"{html.escape(logo)}\" "
            "width=\"140\"></td></tr><tr><td style=\"padding:0 24px 24px 24px\">\n"
            + "\n".join(paras)
            + f"\n</td></tr></table></td></tr></table><img src=\"https://t.{host}/o/"
            f"{hashlib.md5(spec['slug'].encode()).hexdigest()}.gif\" width=\"1\" height=\"1\" alt=\"\">"
            "</body></html>\n")


def _ics(spec: dict) -> str:
    ev = spec["ics"]
    org = spec.get("reply_to") or spec["from"]
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Example Corp//Scheduler 4.2//EN", "VERSION:2.0",
             f"METHOD:{ev.get('method', 'REQUEST')}", "BEGIN:VEVENT",
             f"UID:{ev.get('uid', spec['slug'] + '@' + spec['from'][1].split('@')[1])}",
             f"SEQUENCE:{ev.get('sequence', 0)}", "DTSTAMP:20260101T080000Z",
             f"DTSTART:{ev['start']}", f"DTEND:{ev['end']}", f"SUMMARY:{ev['summary']}",
             f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
             f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}",
             f"LOCATION:{ev.get('location', 'Microsoft Teams')}",
             f"STATUS:{ev.get('status', 'CONFIRMED')}", "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def _header_charset(text: str, preferred: str) -> str:
    """The body's charset for encoded words when it can carry the text, as mailers do."""
    if text.isascii():
        return "us-ascii"
    try:
        text.encode(preferred)
    except UnicodeEncodeError:
        return "utf-8"
    return preferred


def _addr(pair: tuple[str, str], cs: str) -> str:
    return formataddr(pair, charset=_header_charset(pair[0], cs)) if pair[0] else pair[1]


def _message_id(spec: dict, n: int) -> str:
    digest = hashlib.sha1(f"92-{n}-{spec['slug']}".encode()).hexdigest()
    return f"<{digest[:20]}.{n}@{spec['from'][1].split('@')[1]}>"


def build(spec: dict, n: int) -> bytes:
    """One spec -> the bytes of an .eml file."""
    fmt = spec.get("fmt", "plain")
    body = spec["body"].strip("\n") + "\n"
    if fmt == "plain":
        root = _text_part(body, "plain", spec)
    elif fmt == "html":
        root = _text_part(spec.get("html") or _auto_html(spec), "html", spec)
    else:
        root = MIMEMultipart("alternative")
        root.attach(_text_part(body, "plain", spec))
        root.attach(_text_part(spec.get("html") or _auto_html(spec), "html", spec))
    if "ics" in spec:
        cal = MIMEText(_ics(spec), "calendar", "utf-8")
        cal.set_param("method", spec["ics"].get("method", "REQUEST"))
        if isinstance(root, MIMEMultipart):
            root.attach(cal)
        else:
            alt = MIMEMultipart("alternative")
            alt.attach(root)
            alt.attach(cal)
            root = alt
    if "attach" in spec:
        mixed = MIMEMultipart("mixed")
        mixed.attach(root)
        for filename in spec["attach"]:
            part = MIMEApplication(b"%PDF-1.4\n% placeholder document\n", "pdf")
            part.add_header("Content-Disposition", "attachment", filename=filename)
            mixed.attach(part)
        root = mixed
    hcs = spec.get("charset", "utf-8")
    root["From"] = _addr(spec["from"], hcs)
    root["To"] = _addr(spec.get("to", ME), hcs)
    if "cc" in spec:
        root["Cc"] = ", ".join(_addr(p, hcs) for p in spec["cc"])
    if "reply_to" in spec:
        root["Reply-To"] = _addr(spec["reply_to"], hcs)
    subject = spec["subject"]
    root["Subject"] = Header(subject, _header_charset(subject, hcs))
    root["Date"] = format_datetime(datetime.fromisoformat(spec["date"]))
    root["Message-ID"] = _message_id(spec, n)
    if "thread" in spec:
        parents = [f"<{t}@{host}>" for t, host in spec["thread"]]
        root["In-Reply-To"] = parents[-1]
        root["References"] = " ".join(parents)
    for name, value in spec.get("headers", {}).items():
        root[name] = value
    for part in root.walk():
        if part is not root:
            del part["MIME-Version"]
    for name in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding"):
        value = root[name]
        del root[name]
        if value is not None:
            root[name] = value
    return root.as_bytes(policy=compat32)


def contact_of(spec: dict) -> str:
    """The label rule: Reply-To if a human reads it, else the sender if human, else nothing.
    `system` marks a sender that is a machine; `contact` overrides for role mailboxes."""
    if "contact" in spec:
        return spec["contact"]
    if "reply_to" in spec:  # every Reply-To in the data modules is a person
        return spec["reply_to"][1].lower()
    if spec.get("system") or spec["from"][1] == ME[1]:
        return ""
    return spec["from"][1].lower()


def main() -> None:
    specs = [*msgs92_rejections.MESSAGES, *msgs92_invites.MESSAGES, *msgs92_acks.MESSAGES,
             *msgs92_other.MESSAGES]
    specs.sort(key=lambda s: KIND_ORDER.index(s["kind"]))
    for kind in KIND_ORDER:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    for n, spec in enumerate(specs, start=1):
        rel = f"{spec['kind']}/{n:03d}_{spec['slug']}.eml"
        (HERE / rel).write_bytes(build(spec, n))
        company = spec.get("company", "") if spec["kind"] != "other" else ""
        rows.append([rel, spec["kind"], company, contact_of(spec), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
