"""Turn the hand-written specs of msgs107_*.py into .eml files and labels.csv.

Writes and deletes files only inside tests/corpus_hundredseventh/. Standard library only.
Run: python tests/corpus_hundredseventh/make_hundredseventh.py
"""

from __future__ import annotations

import csv
import hashlib
import sys
from datetime import datetime, timedelta, timezone
from email import charset as _charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs107_acks  # noqa: E402
import msgs107_invites  # noqa: E402
import msgs107_other  # noqa: E402
import msgs107_rejections  # noqa: E402
from msgs107_common import CANDIDATE, ats_shell  # noqa: E402

CTE = {"qp": _charset.QP, "b64": _charset.BASE64, "8bit": None}


def _date(stamp: str) -> str:
    local = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    summer = datetime(2026, 3, 29, 2) <= local < datetime(2026, 10, 25, 3)
    tz = timezone(timedelta(hours=2 if summer else 1))
    return format_datetime(local.replace(tzinfo=tz))


def _addr(value: str, cs: str) -> str:
    name, addr = parseaddr(value)
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=cs)


def _text(body: str, subtype: str, cs: str, cte: str) -> MIMEText:
    charset = _charset.Charset(cs)
    charset.body_encoding = CTE[cte]
    charset.header_encoding = _charset.QP
    return MIMEText(body, subtype, charset)


def _pdf(title: str) -> bytes:
    stream = f"BT /F1 14 Tf 72 760 Td ({title}) Tj ET".encode("latin-1")
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
            + f"4 0 obj << /Length {len(stream)} >> stream\n".encode() + stream
            + b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def _ical(cal: dict, organizer: str) -> str:
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", f"METHOD:{cal['method']}", "BEGIN:VEVENT",
             f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('seq', 0)}",
             f"DTSTAMP:{cal['start']}", f"DTSTART;TZID=Europe/Berlin:{cal['start'].rstrip('Z')}",
             f"DTEND;TZID=Europe/Berlin:{cal['end'].rstrip('Z')}", f"SUMMARY:{cal['summary']}",
             f"ORGANIZER;CN=Organizer:mailto:{organizer}",
             "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:yusuf.dl@example.se",
             f"LOCATION:{cal.get('location', 'Microsoft Teams')}",
             f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}",
             "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def _latin1(spec: dict) -> dict:
    """A Latin-1 mail client has no en dash: it sends a hyphen, as real iso-8859-1 mail does."""
    spec = dict(spec)
    if spec.get("cs") == "iso-8859-1":
        for key in ("body", "html"):
            if spec.get(key):
                spec[key] = spec[key].replace("\u2013", "-")
    if spec.get("hdr_cs") == "iso-8859-1":
        spec["subject"] = spec["subject"].replace("\u2013", "-")
    return spec


def build(spec: dict, index: int):
    spec = _latin1(spec)
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "qp")
    struct = spec.get("struct", "plain")
    body = spec["body"].strip("\n") + "\n"
    html = spec.get("html")
    if struct in ("html", "alt") and html is None:
        html = ats_shell(spec.get("brand", parseaddr(spec["frm"])[0]), body,
                         color=spec.get("color", "#1f4e79"), track=spec.get("track", ""),
                         footer=spec.get("footer", ""), logo=spec.get("logo", ""),
                         button=spec.get("button"))
    if struct == "plain":
        msg = _text(body, "plain", cs, cte)
    elif struct == "html":
        msg = _text(html, "html", cs, cte)
    elif struct == "alt":
        msg = MIMEMultipart("alternative")
        msg.attach(_text(body, "plain", cs, cte))
        msg.attach(_text(html, "html", cs, cte))
    elif struct == "cal":
        msg = MIMEMultipart("alternative")
        msg.attach(_text(body, "plain", cs, cte))
        if html:
            msg.attach(_text(html, "html", cs, cte))
        cal = _text(_ical(spec["cal"], parseaddr(spec["frm"])[1]), "calendar", "utf-8", "8bit")
        cal.set_param("method", spec["cal"]["method"])
        msg.attach(cal)
    elif struct == "mixed":
        msg = MIMEMultipart("mixed")
        if html:
            alt = MIMEMultipart("alternative")
            alt.attach(_text(body, "plain", cs, cte))
            alt.attach(_text(html, "html", cs, cte))
            msg.attach(alt)
        else:
            msg.attach(_text(body, "plain", cs, cte))
        for name in spec.get("attach", []):
            part = MIMEApplication(_pdf(name), "pdf")
            part.add_header("Content-Disposition", "attachment", filename=name)
            msg.attach(part)
    else:
        raise ValueError(struct)
    hcs = spec.get("hdr_cs", "utf-8")
    msg["From"] = _addr(spec["frm"], hcs)
    if spec.get("reply_to"):
        msg["Reply-To"] = _addr(spec["reply_to"], hcs)
    msg["To"] = _addr(spec.get("to", CANDIDATE), hcs)
    if spec.get("cc"):
        msg["Cc"] = _addr(spec["cc"], hcs)
    subject = spec["subject"]
    try:
        subject.encode("ascii")
        msg["Subject"] = subject
    except UnicodeEncodeError:
        msg["Subject"] = Header(subject, hcs)
    msg["Date"] = _date(spec["date"])
    domain = parseaddr(spec["frm"])[1].split("@")[1]
    token = hashlib.sha1(f"{index}-{spec['scen']}-{spec['subject']}".encode()).hexdigest()[:16]
    msg["Message-ID"] = f"<{token}.{index:03d}@{domain}>"
    if spec.get("irt"):
        msg["In-Reply-To"] = spec["irt"]
        msg["References"] = " ".join([*spec.get("refs", []), spec["irt"]])
    if spec.get("list_id"):
        msg["List-Id"] = spec["list_id"]
    if spec.get("unsub"):
        msg["List-Unsubscribe"] = spec["unsub"]
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        msg["Precedence"] = "bulk"
    if spec.get("auto"):
        msg["Auto-Submitted"] = spec["auto"]
    for name, value in spec.get("headers", {}).items():
        msg[name] = value
    msg["MIME-Version"] = msg.get("MIME-Version", "1.0")
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False).flatten(msg)
    return out.getvalue()


def main() -> None:
    specs = (msgs107_rejections.MESSAGES + msgs107_invites.MESSAGES + msgs107_acks.MESSAGES
             + msgs107_other.MESSAGES)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    counters: dict[str, int] = {}
    for index, spec in enumerate(specs, start=1):
        kind = spec["kind"]
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['scen']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(build(spec, index))
        rows.append([rel, kind, spec["company"], spec["contact"].lower(), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
