"""Turn the hand-written specs of msgs143_*.py into .eml files and labels.csv.

Run from anywhere: python tests/corpus_hundredfortythird/make_hundredfortythird.py
It writes and deletes files only inside its own folder (the kind folders and labels.csv).
Standard library only.
"""

from __future__ import annotations

import csv
import hashlib
import shutil
import sys
from collections import Counter
from datetime import UTC, datetime
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__

import msgs143_acks  # noqa: E402
import msgs143_invites  # noqa: E402
import msgs143_other  # noqa: E402
import msgs143_rejections  # noqa: E402
from msgs143_common import ME  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
FIELDS = ("file", "kind", "company", "contact", "language")


def _pair(value: tuple[str, str] | str) -> tuple[str, str]:
    return ("", value) if isinstance(value, str) else value


def _set_address(msg: EmailMessage, name: str, values: list, charset: str | None) -> None:
    """One address header; charset set: display names as RFC 2047 words in that charset."""
    pairs = [_pair(v) for v in values]
    if charset:
        raws = []
        for pair in pairs:
            raw = formataddr(pair, charset=charset)
            if len(name) + 2 + len(raw) > 76 and " <" in raw:
                head, _, tail = raw.rpartition(" <")
                raw = f"{head}\n <{tail}"
            raws.append(raw)
        msg.set_raw(name, ",\n ".join(raws))
        return
    msg[name] = [Address(display_name=n, addr_spec=a) for n, a in pairs]


def _date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def _ics(cal: dict, sender: tuple[str, str]) -> str:
    stamp = _date(cal["stamp"]).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    start = _date(cal["start"]).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    end = _date(cal["end"]).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    name, addr = sender
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{start}",
        f"DTEND:{end}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f'ORGANIZER;CN="{name}":mailto:{addr}',
        f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{ME[0]}":mailto:{ME[1]}',
        f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def _pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF that shows the given lines (Helvetica, WinAnsi)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        stream.append(f"({esc(line)}) Tj T*")
    stream.append("ET")
    content = "\n".join(stream).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def build(spec: dict, rel: str) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    sender = _pair(spec["frm"])
    for name, value in spec.get("pre_headers", {}).items():
        msg[name] = value
    msg["Date"] = format_datetime(_date(spec["date"]))
    _set_address(msg, "From", [spec["frm"]], spec.get("name_cs"))
    if spec.get("reply_to"):
        _set_address(msg, "Reply-To", [spec["reply_to"]], spec.get("name_cs"))
    _set_address(msg, "To", spec.get("to", [ME]), spec.get("name_cs"))
    if spec.get("cc"):
        _set_address(msg, "Cc", spec["cc"], spec.get("name_cs"))
    if spec.get("subj_cs"):
        raw = Header(spec["subject"], spec["subj_cs"], header_name="Subject").encode(maxlinelen=76)
        msg.set_raw("Subject", raw)
    else:
        msg["Subject"] = spec["subject"]
    domain = sender[1].rsplit("@", 1)[1]
    digest = hashlib.sha1(rel.encode()).hexdigest()
    msg["Message-ID"] = spec.get("mid") or f"<{digest[:20]}.{digest[20:28]}@{domain}>"
    if spec.get("irt"):
        msg["In-Reply-To"] = spec["irt"]
        msg["References"] = " ".join(spec.get("refs") or [spec["irt"]])
    for name, value in spec.get("headers", {}).items():
        msg[name] = value

    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    text, html, cal = spec.get("text"), spec.get("html"), spec.get("cal")
    if text is not None:
        msg.set_content(text, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=spec.get("html_cte", cte))
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    else:
        raise ValueError(f"{rel}: no body")
    if cal:
        ics = _ics(cal, spec.get("organizer", sender))
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(ics, subtype="calendar", charset="utf-8", cte="quoted-printable",
                            params={"method": cal["method"]})
    for filename, lines in spec.get("attach", []):
        msg.add_attachment(_pdf(lines), maintype="application", subtype="pdf", filename=filename)
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    return msg


def specs() -> list[dict]:
    return [*msgs143_rejections.MESSAGES, *msgs143_invites.MESSAGES,
            *msgs143_acks.MESSAGES, *msgs143_other.MESSAGES]


def main() -> None:
    for kind in KINDS:
        shutil.rmtree(HERE / kind, ignore_errors=True)
    counters: Counter[str] = Counter()
    rows = []
    seen_ids: set[str] = set()
    for spec in specs():
        kind = spec["kind"]
        assert kind in KINDS, spec["slug"]
        assert spec["lang"] in ("en", "fr", "de", "es"), spec["slug"]
        assert (spec["company"] == "") == (kind == "other"), spec["slug"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        try:
            msg = build(spec, rel)
        except (UnicodeError, ValueError) as exc:
            raise SystemExit(f"{rel}: {exc}") from exc
        assert msg["Message-ID"] not in seen_ids, rel
        seen_ids.add(msg["Message-ID"])
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(msg.as_bytes())
        rows.append({"file": rel, "kind": kind, "company": spec["company"],
                     "contact": spec["contact"].lower(), "language": spec["lang"]})
    rows.sort(key=lambda row: row["file"])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} messages:", dict(counters))


if __name__ == "__main__":
    main()
