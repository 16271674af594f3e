"""Writes the sixty-seventh labelled corpus (.eml files and labels.csv) from msgs67_* modules.

Why a generator: the message texts are hand-written in msgs67_*.py; this script only gives
them realistic MIME clothing (charsets, transfer encodings, HTML, quoted chains, ICS parts)
so the structure varies without copy-paste. It writes and deletes only inside its own folder.
Imports: the standard library and the msgs67_* data modules next to it.
"""

from __future__ import annotations

import csv
import html
import logging
import sys
from datetime import UTC, datetime, timedelta, timezone
from email import charset as email_charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs67_dates  # noqa: E402
import msgs67_jobs  # noqa: E402
import msgs67_other  # noqa: E402
import msgs67_stages  # noqa: E402

logger = logging.getLogger(__name__)

ME = "jana.wa@example.ch"
ME_NAME = "Jana Wüthrich-Adeyemi"
KIND_ORDER = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
NOREPLY_MARKERS = ("noreply", "no-reply", "donotreply", "do-not-reply", "notification", "mailer")


# System senders of ATS products: a person never reads what is sent back to them.
ATS_SYSTEM_DOMAINS = ("myworkday.com", "successfactors.eu", "avature.net", "softgarden.example.de",
                      "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
                      "taleo.net", "umantis.com", "goodtime.io")


def _is_human(addr: str) -> bool:
    local, _, domain = addr.lower().partition("@")
    return (addr.lower() != ME and not any(m in local for m in NOREPLY_MARKERS)
            and not domain.endswith(ATS_SYSTEM_DOMAINS))


def _contact(spec: dict) -> str:
    """The label rule: human Reply-To, else human sender, else empty (overridable per spec).

    Bulk mail (List-Id) never has a contact: nobody answers a newsletter's sender.
    """
    if "contact" in spec:
        return spec["contact"]
    if "List-Id" in spec.get("headers", {}):
        return ""
    for field in ("reply_to", "sender"):
        addr = parseaddr(spec.get(field, ""))[1]
        if addr and _is_human(addr):
            return addr
    return ""


def _fitting(text: str, charset: str) -> str:
    """The message's own charset when the text fits it, else UTF-8 (as mail programs do)."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def _addr_header(value: str, charset: str) -> str:
    name, addr = parseaddr(value)
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=_fitting(name, charset))


def _text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype)
    cs = email_charset.Charset(charset)
    cs.body_encoding = {"qp": email_charset.QP, "base64": email_charset.BASE64}.get(cte)
    part.set_payload(text, charset=cs)
    if cte in ("8bit", "7bit"):
        del part["Content-Transfer-Encoding"]
        if cte == "8bit":
            part.set_payload(text.encode(charset).decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = cte
    return part


def _quote(spec: dict, date: datetime) -> str:
    """A reply chain below the new text, in the quoting style of the sender's mail program."""
    chain = spec.get("quote")
    if not chain:
        return ""
    style, who, old = chain
    when = date - timedelta(days=3, hours=2)
    if style == "gmail":
        head = f"On {when:%a, %b %d, %Y at %H:%M}, {who} wrote:"
        return "\n\n" + head + "\n" + "\n".join("> " + line for line in old.splitlines())
    if style == "de":
        head = f"Am {when:%d.%m.%Y um %H:%M} schrieb {who}:"
        return "\n\n" + head + "\n" + "\n".join("> " + line for line in old.splitlines())
    if style == "fr":
        head = f"Le {when:%d/%m/%Y à %H:%M}, {who} a écrit :"
        return "\n\n" + head + "\n" + "\n".join("> " + line for line in old.splitlines())
    if style == "es":
        head = f"El {when:%d/%m/%Y}, a las {when:%H:%M}, {who} escribió:"
        return "\n\n" + head + "\n" + "\n".join("> " + line for line in old.splitlines())
    sent = f"{when:%A, %d %B %Y %H:%M}"
    return (
        "\n\n________________________________\n"
        f"From: {who}\nSent: {sent}\nTo: {ME_NAME} <{ME}>\nSubject: {spec.get('quote_subject', 'Application')}\n\n"
        + old
    )


def _to_html(text: str, spec: dict, charset: str) -> str:
    """Bulk-mail style HTML: layout table, inline styles, tracking links, logo alt text."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(
        f'<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px;color:#333">'
        f"{html.escape(p).replace(chr(10), '<br>')}</p>"
        for p in paras
    )
    for label, url in spec.get("links", []):
        body += (
            f'<p><a href="{url}" style="background:#0a66c2;color:#fff;padding:8px 14px;'
            f'text-decoration:none;border-radius:4px">{html.escape(label)}</a></p>'
        )
    logo = spec.get("logo", "")
    logo_html = f'<img src="https://cdn.example.net/l.png" alt="{html.escape(logo)}" width="120">' if logo else ""
    pixel = '<img src="https://t.example.net/o/px.gif" width="1" height="1" alt="">'
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"></head><body style="margin:0">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        f'<table width="600" style="border:1px solid #e5e5e5"><tr><td style="padding:16px">{logo_html}</td></tr>'
        f'<tr><td style="padding:16px">{body}</td></tr></table></td></tr></table>{pixel}</body></html>'
    )


def _ics(spec: dict, uid: str) -> str:
    start, minutes, summary, method = spec["ics"]
    end = start + timedelta(minutes=minutes)
    organizer = parseaddr(spec["sender"])[1]
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    seq = 1 if method == "CANCEL" or spec.get("ics_seq") else 0
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Example Corp//Mail Calendar 2026//EN",
            "VERSION:2.0",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"SEQUENCE:{seq}",
            f"DTSTAMP:{start - timedelta(days=4):%Y%m%dT%H%M%SZ}",
            f"DTSTART:{start:%Y%m%dT%H%M%SZ}",
            f"DTEND:{end:%Y%m%dT%H%M%SZ}",
            f"SUMMARY:{summary}",
            f"ORGANIZER;CN=Organizer:mailto:{organizer}",
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
            f"STATUS:{status}",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


STAGE_DAYS = {"application_received": 0, "interview_invitation": 12, "interview_reschedule_or_cancel": 18,
              "missed_interview_notice": 24, "rejection": 34, "offer": 40, "other": 20}


def _sent_at(spec: dict, index: int) -> datetime:
    """Explicit date, else a few days before the ICS event, else the company's timeline."""
    jitter = timedelta(minutes=(index * 131) % 600)
    if "date" in spec:
        return spec["date"]
    if spec["scen"] in msgs67_dates.DATES:
        return datetime.strptime(msgs67_dates.DATES[spec["scen"]], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    base = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
    if "ics" in spec:
        before = 2 if spec["kind"] == "interview_reschedule_or_cancel" else 5
        return spec["ics"][0] - timedelta(days=before, hours=3)
    if spec.get("company"):
        start = sum(spec["company"].encode()) % 150
        return base + timedelta(days=start + STAGE_DAYS[spec["kind"]]) + jitter
    return base + timedelta(days=(index * 37) % 285) + jitter


def build(spec: dict, index: int) -> bytes:
    """One message as bytes; the spec's fmt, charset and cte choose its structure."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp" if charset == "utf-8" else "8bit")
    fmt = spec.get("fmt", "plain")
    date = _sent_at(spec, index)
    text = spec["body"].strip("\n") + _quote(spec, date) + "\n"
    domain = parseaddr(spec["sender"])[1].split("@")[1]
    if fmt == "html":
        root = _text_part(_to_html(text, spec, charset), "html", charset, cte)
    elif fmt == "alt":
        root = MIMEMultipart("alternative")
        root.attach(_text_part(text, "plain", charset, cte))
        root.attach(_text_part(_to_html(text, spec, charset), "html", charset, cte))
    else:
        root = _text_part(text, "plain", charset, cte)
    if "ics" in spec:
        method = spec["ics"][3]
        alt = root if fmt == "alt" else MIMEMultipart("alternative", _subparts=[root])
        cal = _text_part(_ics(spec, spec.get("ics_uid", f"{index:03d}-{domain}")), "calendar", "utf-8", "7bit")
        cal.set_param("method", method)
        alt.attach(cal)
        root = alt
    if "attach" in spec:
        mixed = MIMEMultipart("mixed", _subparts=[root])
        pdf = MIMEApplication(b"%PDF-1.4\n% placeholder document\n%%EOF\n", "pdf")
        pdf.add_header("Content-Disposition", "attachment", filename=spec["attach"])
        mixed.attach(pdf)
        root = mixed
    for depth, part in enumerate(p for p in root.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{index:03d}_{depth}_{domain}")  # stable across runs
    root["From"] = _addr_header(spec["sender"], charset)
    root["To"] = _addr_header(spec.get("to", f"{ME_NAME} <{ME}>"), charset)
    if "reply_to" in spec:
        root["Reply-To"] = _addr_header(spec["reply_to"], charset)
    if "cc" in spec:
        root["Cc"] = spec["cc"]
    subject = spec["subject"]
    try:
        subject.encode("ascii")
        root["Subject"] = subject
    except UnicodeEncodeError:
        root["Subject"] = Header(subject, _fitting(subject, charset)).encode()
    root["Date"] = format_datetime(date.astimezone(timezone(timedelta(hours=1 if date.month in (1, 2, 3, 11, 12) else 2))))
    root["Message-ID"] = f"<{date:%Y%m%d%H%M}.{index:03d}.{spec['scen']}@{domain}>"
    if subject.lower().startswith(("re:", "aw:", "réf", "rv:", "antw:")) or spec.get("quote"):
        parent = f"<{(date - timedelta(days=3)):%Y%m%d}.{index:03d}@example.ch>"
        root["In-Reply-To"] = parent
        root["References"] = parent
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"
    for key, value in spec.get("headers", {}).items():
        root[key] = value
    return root.as_bytes()


def main() -> None:
    """Rewrite every .eml below this folder and labels.csv from the msgs67_* specs."""
    specs = msgs67_jobs.MESSAGES + msgs67_stages.MESSAGES + msgs67_other.MESSAGES
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    counters = dict.fromkeys(KIND_ORDER, 0)
    for index, spec in enumerate(specs, start=1):
        kind = spec["kind"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['scen']}.eml"
        target = HERE / rel
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(build(spec, index))
        company = spec.get("company", "") if kind != "other" or spec.get("job") else ""
        rows.append([rel, kind, company, _contact(spec), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    logger.warning("wrote %d messages: %s", len(rows), counters)


if __name__ == "__main__":
    main()
