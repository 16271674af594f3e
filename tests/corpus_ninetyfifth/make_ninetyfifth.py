"""Write the ninety-fifth labelled corpus from the hand-written specs in msgs95_*.py.

    python tests/corpus_ninetyfifth/make_ninetyfifth.py

Turns every spec into a MIME message with the standard `email` package and writes
<kind>/<nnn>_<scenario>.eml and labels.csv next to this file. It writes and deletes files only
inside its own folder. Standard library only.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import sys
from collections import Counter
from datetime import UTC, datetime
from email import charset as _charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from msgs95_acks import MESSAGES as ACKS  # noqa: E402
from msgs95_common import CANDIDATE, CANDIDATE_NAME, pdf_bytes  # noqa: E402
from msgs95_invites import MESSAGES as INVITES  # noqa: E402
from msgs95_other import MESSAGES as OTHER  # noqa: E402
from msgs95_rejections import MESSAGES as REJECTIONS  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
POLICY = compat32.clone(linesep="\n", max_line_length=78)
ME = (CANDIDATE_NAME, CANDIDATE)


def _is_ascii(text: str) -> bool:
    return all(ord(c) < 128 for c in text)


def header_value(text: str, charset: str = "utf-8", enc: str = "") -> str | Header:
    """Plain ASCII stays as is; anything else becomes an RFC 2047 encoded word."""
    if _is_ascii(text) and not enc.endswith("!"):
        return text
    charset = _fits(text, charset)
    cs = _charset.Charset(charset)
    if enc.startswith("q"):
        cs.header_encoding = _charset.QP
    elif enc.startswith("b"):
        cs.header_encoding = _charset.BASE64
    return Header(text, cs, maxlinelen=76, header_name="Subject")


def _fits(text: str, charset: str) -> str:
    """The header charset when it can carry the text, else utf-8 (as mail programs fall back)."""
    try:
        text.encode(charset)
        return charset
    except UnicodeEncodeError:
        return "utf-8"


def address(pair: tuple[str, str], charset: str = "utf-8") -> str:
    name, addr = pair
    if not name:
        return addr
    return formataddr((name, addr), charset=_fits(name, charset))


def addresses(pairs, charset: str = "utf-8") -> str:
    if isinstance(pairs, tuple):
        pairs = [pairs]
    return ", ".join(address(p, charset) for p in pairs)


def text_part(body: str, subtype: str, charset: str, cte: str, params: dict | None = None):
    raw = body.encode(charset)  # raises when a message uses a character its charset lacks
    part = MIMENonMultipart("text", subtype, charset=charset, **(params or {}))
    if cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte in ("8bit", "7bit"):
        cte = "7bit" if _is_ascii(body) else "8bit"
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    del part["MIME-Version"]  # only the top level carries it
    return part


def ics_date(value: str) -> str:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z").astimezone(UTC).strftime(
        "%Y%m%dT%H%M%SZ")


def calendar_text(cal: dict, stamp: str) -> str:
    org_name, org_addr = cal["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Google Inc//Google Calendar 70.9054//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"DTSTART:{ics_date(cal['start'])}",
        f"DTEND:{ics_date(cal['end'])}",
        f"DTSTAMP:{stamp}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"UID:{cal['uid']}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={CANDIDATE_NAME}:mailto:{CANDIDATE}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={org_name}:mailto:{org_addr}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"DESCRIPTION:{cal.get('description', '')}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line.encode("utf-8")) > 74:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def message_id(spec: dict, number: int) -> str:
    if spec.get("mid"):
        return spec["mid"]
    domain = spec["frm"][1].split("@", 1)[1]
    digest = hashlib.sha1(f"{spec['scenario']}|{spec['date']}|{number}".encode()).hexdigest()
    style = number % 4
    if style == 0:
        return f"<{digest[:16]}.{digest[16:24]}@{domain}>"
    if style == 1:
        return f"<CA+{digest[:22].upper()}{number}@mail.{domain}>"
    if style == 2:
        return f"<{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:28]}@{domain}>"
    return f"<{spec['date'][:10].replace('-', '')}{number:03d}.{digest[:10]}@{domain}>"


def boundary(spec: dict, level: str) -> str:
    """A fixed boundary per message (so the output is reproducible), styled after common mailers."""
    digest = hashlib.sha1(f"{spec['scenario']}|{level}".encode()).hexdigest()
    style = int(digest[0], 16) % 4
    if style == 0:
        return f"000000000000{digest[:12]}"
    if style == 1:
        return f"_000_{digest[:24].upper()}_"
    if style == 2:
        return f"----=_Part_{int(digest[:6], 16)}_{int(digest[6:14], 16)}.{1767225600000 + int(digest[14:20], 16)}"
    return f"Apple-Mail={digest[:8].upper()}-{digest[8:12].upper()}-{digest[12:16].upper()}-{digest[16:28].upper()}"


def build(spec: dict, number: int) -> tuple[bytes, dict]:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    text, html = spec.get("text"), spec.get("html")
    cal = spec.get("cal")
    date = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    stamp = date.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    figures = {"charset": charset, "cte": cte}

    parts = []
    if text is not None:
        parts.append(text_part(text, "plain", charset, cte))
    if html is not None:
        parts.append(text_part(html, "html", spec.get("html_charset", charset),
                               spec.get("html_cte", cte)))
    if cal and spec.get("cal_in", "alternative") == "alternative":
        parts.append(text_part(calendar_text(cal, stamp), "calendar", "utf-8",
                               cal.get("cte", "base64"), {"method": cal["method"]}))
    if len(parts) == 1:
        body = parts[0]
        figures["structure"] = "text/html" if html is not None else "text/plain"
    else:
        body = MIMEMultipart("alternative", boundary=boundary(spec, "alt"), _subparts=parts)
        figures["structure"] = "multipart/alternative"

    attachments = list(spec.get("attach", []))
    if cal and spec.get("cal_in") == "mixed":
        attachments.append({"filename": cal.get("filename", "invite.ics"), "ics": cal})
    if attachments:
        root = MIMEMultipart("mixed", boundary=boundary(spec, "mixed"))
        del body["MIME-Version"]
        root.attach(body)
        for att in attachments:
            if "pdf" in att:
                part = MIMEApplication(pdf_bytes(att["pdf"]), "pdf")
                del part["MIME-Version"]
            else:
                part = text_part(calendar_text(att["ics"], stamp), "calendar", "utf-8", "base64",
                                 {"method": att["ics"]["method"]})
            part.add_header("Content-Disposition", "attachment", filename=att["filename"])
            root.attach(part)
        figures["structure"] = "multipart/mixed"
        figures["attachments"] = len(attachments)
    else:
        root = body
    figures["calendar"] = bool(cal)

    content_headers = [(k, v) for k, v in root.items()]
    for key in list(root.keys()):
        del root[key]

    hcs = spec.get("header_charset", "utf-8" if charset == "utf-8" else "iso-8859-1")
    root["Date"] = format_datetime(date)
    root["From"] = addresses(spec["frm"], hcs)
    if spec.get("sender"):
        root["Sender"] = addresses(spec["sender"], hcs)
    if spec.get("reply_to"):
        root["Reply-To"] = addresses(spec["reply_to"], hcs)
    root["To"] = addresses(spec.get("to", ME), hcs)
    if spec.get("cc"):
        root["Cc"] = addresses(spec["cc"], hcs)
    root["Subject"] = header_value(spec["subject"], spec.get("subj_charset", hcs), spec.get("subj_enc", ""))
    root["Message-ID"] = message_id(spec, number)
    refs = spec.get("refs", [])
    if refs:
        root["In-Reply-To"] = refs[-1]
        root["References"] = " ".join(refs)
    for name, value in spec.get("headers", {}).items():
        root[name] = value
    root["MIME-Version"] = "1.0"
    for name, value in content_headers:
        if name != "MIME-Version":
            root[name] = value

    buffer = BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY).flatten(root)
    figures["date"] = date
    figures["mid"] = root["Message-ID"]
    figures["encoded_subject"] = "=?" in str(root["Subject"]) or not _is_ascii(spec["subject"])
    return buffer.getvalue(), figures


def main() -> None:
    specs = [*REJECTIONS, *INVITES, *ACKS, *OTHER]
    specs.sort(key=lambda s: KIND_ORDER.index(s["kind"]))
    for kind in KIND_ORDER:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)

    rows, stats, seen_ids = [], [], set()
    for number, spec in enumerate(specs, start=1):
        try:
            data, figures = build(spec, number)
        except Exception as exc:
            raise SystemExit(f"{spec['scenario']}: {exc!r}") from exc
        if figures["mid"] in seen_ids:
            raise SystemExit(f"duplicate Message-ID {figures['mid']} ({spec['scenario']})")
        seen_ids.add(figures["mid"])
        if not (datetime(2026, 1, 1, tzinfo=figures["date"].tzinfo) <= figures["date"]
                < datetime(2026, 11, 1, tzinfo=figures["date"].tzinfo)):
            raise SystemExit(f"date out of range: {spec['scenario']}")
        rel = f"{spec['kind']}/{number:03d}_{spec['scenario']}.eml"
        (HERE / rel).write_bytes(data)
        rows.append({"file": rel, "kind": spec["kind"], "company": spec.get("company", ""),
                     "contact": spec.get("contact", "").lower(), "language": spec["lang"]})
        stats.append({**figures, "kind": spec["kind"], "lang": spec["lang"],
                      "quoted": bool(spec.get("quoted")), "refs": bool(spec.get("refs"))})

    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact", "language"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)

    print(f"{len(rows)} messages")
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("languages:", dict(Counter(r["language"] for r in rows)))
    print("structure:", dict(Counter(s["structure"] for s in stats)))
    print("charset:", dict(Counter(s["charset"] for s in stats)))
    print("cte:", dict(Counter(s["cte"] for s in stats)))
    print("calendar parts:", sum(s["calendar"] for s in stats),
          "| pdf/ics attachments:", sum(s.get("attachments", 0) for s in stats),
          "| encoded subjects:", sum(s["encoded_subject"] for s in stats),
          "| threaded replies:", sum(s["refs"] for s in stats))
    per = Counter((r["kind"], r["language"]) for r in rows)
    for kind in KIND_ORDER:
        print(f"  {kind:32s}", {lang: per[(kind, lang)] for lang in ("es", "en", "fr", "de")})


if __name__ == "__main__":
    main()
