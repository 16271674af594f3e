"""Write the hundred-and-twelfth corpus: hand-written specs -> .eml files and labels.csv.

Run from anywhere: `python tests/corpus_hundredtwelfth/make_hundredtwelfth.py`. It deletes and
rewrites only the .eml files of its own kind folders and its own labels.csv. Standard library only.
"""

from __future__ import annotations

import csv
import email.charset
import email.generator
import email.utils
import io
import sys
from collections import Counter
from datetime import datetime
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs112_acks  # noqa: E402
import msgs112_invites  # noqa: E402
import msgs112_other  # noqa: E402
import msgs112_rejections  # noqa: E402
from msgs112_common import CANDIDATE, pdf, token  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "fr", "es", "de")
CTE = {"qp": email.charset.QP, "base64": email.charset.BASE64, "8bit": None, "7bit": None}
REPLY_PREFIXES = ("re:", "re :", "aw:", "rv:", "réf :", "antw:", "sv:")


def charset_for(name: str, cte: str) -> email.charset.Charset:
    cs = email.charset.Charset(name)
    cs.body_encoding = CTE[cte]
    cs.header_encoding = email.charset.QP if name != "utf-8" else email.charset.BASE64
    return cs


def text_part(text: str, subtype: str, charset: str, cte: str, **params: str) -> Message:
    if cte == "7bit":
        text.encode("ascii")  # a 7bit part must be ASCII; fail loudly when a spec lies
    part = MIMENonMultipart("text", subtype, charset=charset, **params)
    part.set_payload(text, charset_for(charset, cte))
    del part["MIME-Version"]
    if cte in ("8bit", "7bit"):
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = cte
    return part


def address(pair: tuple[str, str] | str, charset: str) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        hcs = charset if _encodable(name, charset) else "utf-8"
        return email.utils.formataddr((name, addr), charset=hcs)
    return email.utils.formataddr((name, addr))


def _encodable(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def header_text(value: str, charset: str, force: bool = False) -> str | Header:
    if not force and _encodable(value, "ascii"):
        return value
    hcs = charset if _encodable(value, charset) else "utf-8"
    return Header(value, charset_for(hcs, "qp" if hcs != "utf-8" else "base64"),
                  header_name="Subject")


def ics(cal: dict, spec: dict) -> str:
    organizer = cal.get("organizer", spec["sender"])
    tz = cal.get("tzid")
    def when(value: str) -> str:
        return f";TZID={tz}:{value}" if tz else f":{value}"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"DTSTAMP:{cal['stamp']}",
        f"DTSTART{when(cal['start'])}",
        f"DTEND{when(cal['end'])}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{CANDIDATE[0]}\":mailto:{CANDIDATE[1]}",
    ]
    if cal.get("description"):
        lines.append("DESCRIPTION:" + cal["description"].replace("\n", "\\n").replace(",", "\\,"))
    lines.append(f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode()) > 74:
            folded.append(line[:72])
            line = " " + line[72:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def build(spec: dict, number: int) -> Message:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    parts: list[Message] = []
    if spec.get("text"):
        parts.append(text_part(spec["text"], "plain", charset, cte))
    if spec.get("html"):
        parts.append(text_part(spec["html"], "html", charset, spec.get("html_cte", cte)))
    cal = spec.get("calendar")
    if cal:
        body = ics(cal, spec)
        parts.append(text_part(body, "calendar", "utf-8",
                               "7bit" if _encodable(body, "ascii") else "base64",
                               method=cal["method"]))
    if not parts:
        raise ValueError(f"{spec['scenario']}: no body")
    if len(parts) == 1:
        body_part = parts[0]
    else:
        body_part = MIMEMultipart("alternative")
        for part in parts:
            body_part.attach(part)
    attachments = spec.get("attachments", [])
    if attachments:
        msg: Message = MIMEMultipart("mixed")
        msg.attach(body_part)
        for att in attachments:
            if "pdf" in att:
                payload = MIMEApplication(pdf(att["pdf"]), "pdf")
            else:
                payload = MIMEApplication(att["data"].encode(), att.get("subtype", "octet-stream"))
            payload.add_header("Content-Disposition", "attachment", filename=att["filename"])
            msg.attach(payload)
    else:
        msg = body_part
    if isinstance(msg, MIMEMultipart):
        msg.preamble = "This is a multi-part message in MIME format."

    head: list[tuple[str, object]] = []
    head.append(("From", address(spec["sender"], charset)))
    if spec.get("reply_to"):
        head.append(("Reply-To", address(spec["reply_to"], charset)))
    to = spec.get("to", [CANDIDATE])
    head.append(("To", ", ".join(address(a, charset) for a in to)))
    if spec.get("cc"):
        head.append(("Cc", ", ".join(address(a, charset) for a in spec["cc"])))
    head.append(("Subject", header_text(spec["subject"], charset, spec.get("encode_subject", False))))
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M:%S %z")
    head.append(("Date", email.utils.format_datetime(when)))
    domain = spec["sender"][1].split("@")[1] if not isinstance(spec["sender"], str) else "example.com"
    msgid = spec.get("msgid") or f"<{token(spec['scenario'], str(number))[:24]}.{number}@{domain}>"
    head.append(("Message-ID", msgid))
    if spec.get("in_reply_to"):
        head.append(("In-Reply-To", spec["in_reply_to"]))
        refs = spec.get("references") or [spec["in_reply_to"]]
        head.append(("References", " ".join(refs)))
    elif spec["subject"].lower().startswith(REPLY_PREFIXES):
        raise ValueError(f"{spec['scenario']}: a reply without In-Reply-To")
    lst = spec.get("list")
    if lst:
        head.append(("List-Id", lst["id"]))
        head.append(("List-Unsubscribe", lst["unsubscribe"]))
        if lst.get("one_click", True):
            head.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        head.append(("Precedence", lst.get("precedence", "bulk")))
    for name, value in spec.get("headers", []):
        head.append((name, value))
    head.append(("MIME-Version", "1.0"))
    # put our headers in front of the Content-* headers the MIME classes already set
    content = [(k, v) for k, v in msg.items()]
    for key in list(msg.keys()):
        del msg[key]
    for name, value in head:
        msg[name] = value
    for name, value in content:
        if name.lower() != "mime-version":
            msg[name] = value
    return msg


def structure(spec: dict) -> str:
    if spec.get("attachments"):
        return "multipart/mixed"
    n = sum(bool(spec.get(k)) for k in ("text", "html", "calendar"))
    if n > 1:
        return "multipart/alternative"
    return "text/html" if spec.get("html") else "text/plain"


def main() -> None:
    specs = [*msgs112_rejections.MESSAGES, *msgs112_invites.MESSAGES, *msgs112_acks.MESSAGES,
             *msgs112_other.MESSAGES]
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    seen_ids: set[str] = set()
    for number, spec in enumerate(specs, start=1):
        assert spec["kind"] in KINDS, spec["scenario"]
        assert spec["lang"] in LANGS, spec["scenario"]
        try:
            msg = build(spec, number)
        except Exception as exc:
            raise SystemExit(f"{number} {spec['scenario']}: {exc!r}") from exc
        assert msg["Message-ID"] not in seen_ids, spec["scenario"]
        seen_ids.add(msg["Message-ID"])
        rel = f"{spec['kind']}/{number:03d}_{spec['scenario']}.eml"
        buf = io.BytesIO()
        email.generator.BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
        (HERE / rel).write_bytes(buf.getvalue())
        company = spec["company"] if spec["kind"] != "other" else ""
        rows.append([rel, spec["kind"], company, spec["contact"].lower(), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    report(specs)


def report(specs: list[dict]) -> None:
    print(f"{len(specs)} messages")
    print("kinds:", dict(Counter(s["kind"] for s in specs)))
    print("languages:", dict(Counter(s["lang"] for s in specs)))
    print("kind x language:", dict(Counter((s["kind"], s["lang"]) for s in specs)))
    print("structure:", dict(Counter(structure(s) for s in specs)))
    print("calendar:", sum(bool(s.get("calendar")) for s in specs),
          "pdf:", sum(any("pdf" in a for a in s.get("attachments", [])) for s in specs))
    print("charsets:", dict(Counter(s.get("charset", "utf-8") for s in specs)))
    print("cte:", dict(Counter(s.get("cte", "qp") for s in specs)))
    print("replies:", sum(bool(s.get("in_reply_to")) for s in specs),
          "list mail:", sum(bool(s.get("list")) for s in specs),
          "reply-to:", sum(bool(s.get("reply_to")) for s in specs),
          "with contact:", sum(bool(s["contact"]) for s in specs))


if __name__ == "__main__":
    main()
