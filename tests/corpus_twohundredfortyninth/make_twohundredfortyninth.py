"""Build corpus 249 from the hand-written specs in the msgs249_* modules.

Run from the repository root:  python tests/corpus_twohundredfortyninth/make_twohundredfortyninth.py

Standard library only. It deletes and rewrites only the *.eml files and labels.csv in its own
folder, then re-parses every message and checks that it has no defects and that its subject,
names and bodies round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import io
import re
import sys
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs249_acks  # noqa: E402
import msgs249_invites  # noqa: E402
import msgs249_other  # noqa: E402
import msgs249_rejections  # noqa: E402
from msgs249_common import CANDIDATE, CANDIDATE_ADDR  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["en", "de", "fr", "es"]
POLICY = email.policy.default.clone(linesep="\n")
READ = email.policy.default

# Encodings the generator cycles through for non-ASCII display names and subjects when a
# spec does not choose one.
CYCLE = [("utf-8", "Q"), ("utf-8", "B"), ("iso-8859-1", "Q"), ("iso-8859-1", "B"),
         ("windows-1252", "Q"), ("utf-8", "Q"), ("iso-8859-1", "Q"), ("utf-8", "B")]
Q_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
SPECIALS = set('()<>[]:;@\\,."')


# --------------------------------------------------------------------------- headers

def _encode_word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch in Q_SAFE:
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def encoded_words(text: str, charset: str, enc: str, limit: int = 66) -> list[str]:
    """text as one or more RFC 2047 encoded words, each at most `limit` characters, split
    between characters so every word decodes on its own."""
    text.encode(charset)  # raises if the charset cannot carry the text
    words, chunk = [], ""
    for ch in text:
        if chunk and len(_encode_word(chunk + ch, charset, enc)) > limit:
            words.append(_encode_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_encode_word(chunk, charset, enc))
    return words


def pick_encoding(text: str, chosen: tuple[str, str] | None, index: int) -> tuple[str, str]:
    if chosen:
        return chosen
    for offset in range(len(CYCLE)):
        charset, enc = CYCLE[(index + offset) % len(CYCLE)]
        try:
            text.encode(charset)
        except UnicodeEncodeError:
            continue
        return charset, enc
    return "utf-8", "B"


def fold_plain(name: str, value: str) -> str:
    """An ASCII unstructured header folded at spaces to lines of at most 78 characters."""
    line, lines = f"{name}: ", []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 78 and line.strip() and not line.endswith(": "):
            lines.append(line)
            line = piece
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


def unstructured(name: str, value: str, chosen: tuple[str, str] | None, index: int) -> str:
    if value.isascii():
        return fold_plain(name, value)
    charset, enc = pick_encoding(value, chosen, index)
    return f"{name}: " + "\n ".join(encoded_words(value, charset, enc))


def mailbox(item: object, chosen: tuple[str, str] | None, index: int) -> str:
    if isinstance(item, str):
        return item
    name, addr = item  # type: ignore[misc]
    if not name:
        return addr
    if not name.isascii():
        charset, enc = pick_encoding(name, chosen, index)
        return " ".join(encoded_words(name, charset, enc)) + f" <{addr}>"
    if any(ch in SPECIALS for ch in name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def address_header(name: str, items: object, chosen: tuple[str, str] | None,
                   index: int) -> str:
    if isinstance(items, (str, tuple)):
        items = [items]
    values = [mailbox(item, chosen, index + i) for i, item in enumerate(items)]  # type: ignore
    return f"{name}: " + ",\n ".join(values)


def addr_of(item: object) -> str:
    return item if isinstance(item, str) else item[1]  # type: ignore[index]


def name_of(item: object) -> str:
    return "" if isinstance(item, str) else item[0]  # type: ignore[index]


def when(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")


# --------------------------------------------------------------------------- PDF and iCalendar

def _pdf_text(text: str) -> str:
    raw = text.encode("cp1252", errors="replace").decode("latin-1")
    return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the title and the lines (Helvetica, WinAnsi)."""
    ops = ["BT", "/F2 15 Tf", "56 780 Td", "18 TL", f"({_pdf_text(title)}) Tj", "T*",
           "/F1 10.5 Tf", "14 TL"]
    for line in lines:
        ops.append(f"({_pdf_text(line)}) '")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _pdf_text(title).encode("latin-1") + b") /Producer (corpus249) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 7 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


TZ_RULES = {
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
}


def _vtimezone(tzid: str) -> list[str]:
    std, dst, std_name, dst_name = TZ_RULES.get(tzid, ("+0100", "+0200", "CET", "CEST"))
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
            "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
            "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD", "END:VTIMEZONE"]


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > 74:
            out.append(current)
            current = " " + ch
        else:
            current += ch
    out.append(current)
    return out


def make_ics(ics: dict[str, object], stamp: datetime) -> str:
    tzid = str(ics.get("tz", "Europe/Paris"))
    start = datetime.strptime(str(ics["start"]), "%Y-%m-%d %H:%M")
    end = datetime.strptime(str(ics["end"]), "%Y-%m-%d %H:%M")
    org_name, org_addr = ics["organizer"]  # type: ignore[misc]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
             "VERSION:2.0", f"METHOD:{ics['method']}"]
    lines += _vtimezone(tzid)
    lines += ["BEGIN:VEVENT", f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
              "DTSTAMP:" + stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
              f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}",
              f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
              f"SUMMARY:{_ics_escape(str(ics['summary']))}"]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_escape(str(ics['location']))}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(str(ics['description']))}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for att_name, att_addr in ics.get("attendees", [CANDIDATE]):  # type: ignore[union-attr]
        lines.append(f'ATTENDEE;CN="{att_name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{att_addr}")
    status = ics.get("status") or ("CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- MIME

def _text_kwargs(spec: dict[str, object], html: bool) -> dict[str, object]:
    charset = spec.get("html_charset" if html else "charset") or spec.get("charset", "utf-8")
    cte = spec.get("html_cte" if html else "cte") or (spec.get("cte") if not html else None)
    if html and cte is None:
        cte = spec.get("cte")
    return {"charset": charset, "cte": cte}


def build_body(spec: dict[str, object]) -> EmailMessage:
    root = EmailMessage(policy=POLICY)
    text, html = spec.get("text"), spec.get("html")
    if text is not None:
        root.set_content(text, **_text_kwargs(spec, False))
        if html is not None:
            root.add_alternative(html, subtype="html", **_text_kwargs(spec, True))
    elif html is not None:
        root.set_content(html, subtype="html", **_text_kwargs(spec, True))
    else:
        raise ValueError(f"{spec['slug']}: no body")
    ics = spec.get("ics")
    if ics:
        ics_text = make_ics(ics, when(str(spec["date"])))  # type: ignore[arg-type]
        spec["_ics_text"] = ics_text
        root.add_alternative(ics_text, subtype="calendar", charset="utf-8",
                             params={"method": ics["method"]})  # type: ignore[index]
        if spec.get("ics_attach"):
            root.add_attachment(ics_text.encode("utf-8"), maintype="application",
                                subtype="ics", filename=spec.get("ics_name", "invite.ics"))
    for filename, title, lines in spec.get("pdfs", []):  # type: ignore[union-attr]
        root.add_attachment(make_pdf(title, lines), maintype="application", subtype="pdf",
                            filename=filename)
    inner = spec.get("attach_msg")
    if inner:
        inner_bytes = render(inner, 900 + int(spec["_index"]))  # type: ignore[arg-type]
        inner_msg = email.message_from_bytes(inner_bytes, policy=POLICY)
        root.add_attachment(inner_msg)
    return root


def set_boundaries(root: EmailMessage, index: int) -> None:
    for part in root.walk():
        if part is not root and "MIME-Version" in part:
            del part["MIME-Version"]
    for number, part in enumerate(p for p in root.walk() if p.is_multipart()):
        if part.get_content_type() == "message/rfc822":
            continue
        part.set_boundary(f"----=_Part249_{index:03d}_{number}")


def default_mid(spec: dict[str, object], index: int) -> str:
    domain = addr_of(spec["frm"]).split("@", 1)[1]
    return f"{spec['slug'].replace('_', '.')}.{index:03d}@{domain}"  # type: ignore[union-attr]


def render(spec: dict[str, object], index: int) -> bytes:
    spec["_index"] = index
    enc = spec.get("enc", {})
    root = build_body(spec)
    set_boundaries(root, index)
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY).flatten(root)
    generated = buffer.getvalue()
    head, body = generated.split(b"\n\n", 1)
    root_headers = [line for line in re.split(rb"\n(?=\S)", head)
                    if not line.lower().startswith(b"mime-version:")]
    stamp = when(str(spec["date"]))
    lines = []
    for name, value in spec.get("pre_headers", []):  # type: ignore[union-attr]
        lines.append(fold_plain(name, value))
    lines.append(address_header("From", spec["frm"], enc.get("from"), index))  # type: ignore
    lines.append(address_header("To", spec.get("to", CANDIDATE), enc.get("to"), index + 3))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], enc.get("cc"), index + 5))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", spec["reply_to"], enc.get("reply_to"),
                                    index + 1))
    lines.append(unstructured("Subject", str(spec["subject"]), enc.get("subject"), index))
    lines.append(f"Date: {format_datetime(stamp)}")
    mid = spec.get("mid") or default_mid(spec, index)
    spec["_mid"] = mid
    lines.append(f"Message-ID: <{mid}>")
    if spec.get("irt"):
        lines.append(f"In-Reply-To: <{spec['irt']}>")
    refs = spec.get("refs") or ([spec["irt"]] if spec.get("irt") else [])
    if refs:
        lines.append("References: " + "\n ".join(f"<{r}>" for r in refs))  # type: ignore
    for name, value in spec.get("headers", []):  # type: ignore[union-attr]
        lines.append(fold_plain(name, value))
    lines.append("MIME-Version: 1.0")
    header_block = "\n".join(lines).encode("ascii") + b"\n" + b"\n".join(root_headers)
    return header_block + b"\n\n" + body


# --------------------------------------------------------------------------- checks

def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()


def verify(spec: dict[str, object], data: bytes, rel: str) -> None:
    msg = email.message_from_bytes(data, policy=READ)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part {part.get_content_type()}: {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name}: {value.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['subject'])!r} != {spec['subject']!r}")
    sender = msg["from"].addresses[0]
    if sender.addr_spec != addr_of(spec["frm"]) or sender.display_name != name_of(spec["frm"]):
        problems.append(f"from {sender!r}")
    if spec.get("reply_to"):
        got = msg["reply-to"].addresses[0]
        if got.addr_spec != addr_of(spec["reply_to"]) or \
                got.display_name != name_of(spec["reply_to"]):
            problems.append(f"reply-to {got!r}")
    if msg["date"].datetime.year != 2026:
        problems.append("date year")
    texts: dict[str, list[str]] = {}
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.setdefault(part.get_content_subtype(), []).append(_norm(part.get_content()))
    for key, subtype in (("text", "plain"), ("html", "html"), ("_ics_text", "calendar")):
        if spec.get(key) is not None and _norm(str(spec[key])) not in texts.get(subtype, []):
            problems.append(f"{subtype} body does not round-trip")
    for part in msg.iter_attachments():
        if part.get_content_type() == "application/pdf" and \
                not part.get_content().startswith(b"%PDF-1.4"):
            problems.append("pdf")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def check_label(spec: dict[str, object]) -> None:
    slug, kind, lang = spec["slug"], spec["kind"], spec["lang"]
    assert kind in KINDS and lang in LANGS, slug
    contact = str(spec.get("contact", ""))
    company = str(spec.get("company", ""))
    own = addr_of(spec["frm"]) == CANDIDATE_ADDR
    if own:
        assert kind == "other" and not contact, slug
    if kind == "other":
        assert not company, slug
    else:
        assert company, slug
    if contact:
        assert contact == contact.lower(), slug
        listed = [addr_of(spec["frm"]).lower()]
        if spec.get("reply_to"):
            listed.append(addr_of(spec["reply_to"]).lower())
        assert contact in listed, f"{slug}: contact {contact} not in {listed}"


def main() -> None:
    specs = (msgs249_rejections.MESSAGES + msgs249_invites.MESSAGES + msgs249_acks.MESSAGES
             + msgs249_other.MESSAGES)
    for path in HERE.glob("*/*.eml"):
        path.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    counters = dict.fromkeys(KINDS, 0)
    rows, mids = [], set()
    for index, spec in enumerate(specs, start=1):
        check_label(spec)
        kind = str(spec["kind"])
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        try:
            data = render(spec, index)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        assert spec["_mid"] not in mids, f"duplicate Message-ID {spec['_mid']}"
        mids.add(spec["_mid"])
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        verify(spec, data, rel)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    table: dict[tuple[str, str], int] = {}
    for row in rows:
        table[(row[1], row[4])] = table.get((row[1], row[4]), 0) + 1
    print(f"{len(rows)} messages written")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table.get((kind, lang), 0) for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{n:>5}" for n in counts) + f"{sum(counts):>7}")
    totals = [sum(table.get((k, lang), 0) for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{n:>5}" for n in totals) + f"{sum(totals):>7}")


if __name__ == "__main__":
    main()
