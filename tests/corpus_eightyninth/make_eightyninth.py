"""Writes the 89th labelled corpus (tests/corpus_eightyninth/) from the msgs89_* data modules.

The messages themselves live as plain dicts in msgs89_*.py (one module per group of kinds);
this script only turns each dict into a real RFC 5322 file (plain, HTML-only,
multipart/alternative, calendar parts, attachments, odd charsets and transfer encodings) and
writes labels.csv. It creates and deletes files only inside this folder.

Run: python tests/corpus_eightyninth/make_eightyninth.py
"""

from __future__ import annotations

import csv
import html
import re
import sys
import zlib
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import msgs89_ack_offer  # noqa: E402
import msgs89_invite  # noqa: E402
import msgs89_other  # noqa: E402
import msgs89_reject  # noqa: E402

ME = "Darnell Osei-Fitzgerald <darnell.of@example.com>"
BOT = re.compile(r"no-?reply|do-?not-?reply|autoreply|notification|^alerts?\b|mailer|jobalert"
                 r"|^news|newsletter|digest|^system|ne-pas-repondre|nepasrepondre"
                 r"|no-?responder|keine-antwort|^info\b", re.I)
# Mail sent by an applicant-tracking system from its own domain is never a person's.
ATS = re.compile(r"myworkday|greenhouse-mail|ashbyhq|icims|successfactors|smartrecruiters"
                 r"|personio|governmentjobs|goodtime|welcomekit|taleo|jobvite|workable|bamboohr"
                 r"|paylocity|ultipro|adp\.", re.I)
KIND_DIRS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
             "missed_interview_notice", "application_received", "offer", "other")


def _addr(text: str) -> str:
    return getaddresses([text])[0][1].lower()


def _is_bot(text: str) -> bool:
    local, _, domain = _addr(text).partition("@")
    return bool(BOT.search(local) or ATS.search(domain))


def _contact(spec: dict) -> str:
    """SPEC 3: Reply-To if human, else the human sender, else nothing; job mail only."""
    if "contact" in spec:
        return spec["contact"]
    if spec["kind"] == "other":
        return ""
    for field in ("reply_to", "frm"):
        value = spec.get(field)
        if value and not _is_bot(value) and _addr(value) != "darnell.of@example.com":
            return _addr(value)
    return ""


def _html(spec: dict) -> str:
    if "html" in spec:
        return spec["html"]
    paras = spec["body"].strip().split("\n\n")
    cells = "".join(
        '<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        f'color:#333333;line-height:20px">{html.escape(p).replace(chr(10), "<br>")}</p>'
        for p in paras)
    domain = _addr(spec["frm"]).split("@")[1]
    logo = spec.get("logo", "Logo")
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; '
        'charset=utf-8"></head><body style="margin:0;padding:0;background:#f4f4f4">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center" style="padding:20px 0"><table width="600" cellpadding="0" '
        'cellspacing="0" style="background:#ffffff;border:1px solid #e1e1e1">'
        f'<tr><td style="padding:18px 24px"><img src="https://cdn.{domain}/img/logo.png" '
        f'alt="{html.escape(logo)}" width="140" style="display:block;border:0"></td></tr>'
        f'<tr><td style="padding:0 24px 24px 24px">{cells}</td></tr>'
        '<tr><td style="padding:12px 24px;font-family:Arial;font-size:11px;color:#999999">'
        f'<a href="https://click.{domain}/ls/click?upn=u001.{zlib.crc32(spec["slug"].encode()) % 99991}" '
        'style="color:#999999">Privacy</a></td></tr></table></td></tr></table>'
        f'<img src="https://t.{domain}/o/{spec["slug"]}.gif" width="1" height="1" alt=""></body>'
        '</html>')


def _ics(spec: dict, ics: dict) -> str:
    start = datetime.fromisoformat(ics["start"])
    end = start + timedelta(minutes=ics.get("minutes", 45))
    fmt = "%Y%m%dT%H%M%SZ"
    method = ics.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
        f"UID:{ics.get('uid', spec['slug'] + '-89@' + _addr(spec['frm']).split('@')[1])}",
        f"DTSTAMP:{datetime(2026, 1, 1, tzinfo=UTC).strftime(fmt)}",
        f"DTSTART:{start.astimezone(UTC).strftime(fmt)}",
        f"DTEND:{end.astimezone(UTC).strftime(fmt)}",
        f"SUMMARY:{ics['summary']}",
        f"ORGANIZER;CN={ics.get('cn', 'Organizer')}:mailto:{ics['organizer']}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        "mailto:darnell.of@example.com",
        f"LOCATION:{ics.get('location', 'Microsoft Teams Meeting')}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        f"SEQUENCE:{ics.get('sequence', 0)}", "END:VEVENT", "END:VCALENDAR"]
    return "".join(_fold(line) for line in lines)


def _fold(line: str) -> str:
    """RFC 5545 3.1: content lines longer than 75 octets continue on lines starting with a space."""
    out, chunk = [], ""
    for char in line:
        if len((chunk + char).encode("utf-8")) > (75 if not out else 74):
            out.append(chunk)
            chunk = ""
        chunk += char
    out.append(chunk)
    return "\r\n ".join(out) + "\r\n"


def _message_id(spec: dict, index: int) -> str:
    when = datetime.fromisoformat(spec["date"])
    return f"<{int(when.timestamp()):x}.{index:03d}.89@{_addr(spec['frm']).split('@')[1]}>"


def _build(spec: dict, index: int, ids: dict[str, str]) -> EmailMessage:
    msg = EmailMessage()
    domain = _addr(spec["frm"]).split("@")[1]
    msg["From"] = spec["frm"]
    msg["To"] = spec.get("to", ME)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subj"]
    when = datetime.fromisoformat(spec["date"])
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = ids[spec["slug"]]
    if spec.get("parent"):
        msg["In-Reply-To"] = ids[spec["parent"]]
        msg["References"] = ids[spec["parent"]]
    elif spec.get("thread"):
        where = spec.get("thread_domain", domain)
        parent = f"<prev.{index:03d}.{zlib.crc32(spec['slug'].encode()):x}@{where}>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<root.{index:03d}@{where}> {parent}"
    if spec.get("list"):
        msg["List-Id"] = f"<{spec['list']}>"
        msg["List-Unsubscribe"] = (f"<https://{domain}/unsubscribe?u=89{index}>, "
                                   f"<mailto:unsubscribe@{domain}>")
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        msg["Precedence"] = "bulk"
    for name, value in spec.get("headers", {}).items():
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    text = spec["body"].strip() + "\n"
    if spec.get("quote"):
        text += "\n" + spec["quote"].strip() + "\n"
    charset = spec.get("cs", "utf-8")
    cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}.get(spec.get("cte", ""))
    fmt = spec.get("fmt", "plain")
    if fmt == "html":
        msg.set_content(_html(spec), subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(text, charset=charset, cte=cte)
        if fmt == "alt":
            msg.add_alternative(_html(spec), subtype="html", charset=charset, cte=cte)
    if spec.get("ics"):
        ics = spec["ics"]
        if not msg.is_multipart():
            msg.make_alternative()
        msg.add_alternative(_ics(spec, ics), subtype="calendar", charset="utf-8",
                            params={"method": ics.get("method", "REQUEST")},
                            cte="base64" if ics.get("b64") else "8bit")
    if spec.get("attach"):
        name = spec["attach"]
        data = b"%PDF-1.4\n% placeholder\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    for number, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_89_{index:03d}_{number}")
    return msg


def main() -> None:
    specs = (msgs89_reject.MESSAGES + msgs89_invite.MESSAGES + msgs89_ack_offer.MESSAGES
             + msgs89_other.MESSAGES)
    for kind in KIND_DIRS:
        folder = ROOT / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    ids = {spec["slug"]: _message_id(spec, index) for index, spec in enumerate(specs, start=1)}
    assert len(ids) == len(specs), "slugs must be unique"
    for index, spec in enumerate(specs, start=1):
        assert spec["kind"] in KIND_DIRS, spec["slug"]
        rel = f"{spec['kind']}/{index:03d}_{spec['slug']}.eml"
        data = _build(spec, index, ids).as_bytes(policy=SMTP)
        if spec.get("raw_subject"):
            # Keep a sender's own encoded word (e.g. ISO-8859-1 Q) instead of the library's UTF-8.
            data = re.sub(rb"(?m)^Subject:.*\r\n(?:[ \t].*\r\n)*",
                          b"Subject: " + spec["raw_subject"].encode("ascii") + b"\r\n", data,
                          count=1)
        (ROOT / rel).write_bytes(data)
        company = spec.get("company", "") if spec["kind"] != "other" else ""
        rows.append([rel, spec["kind"], company, _contact(spec), spec["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
