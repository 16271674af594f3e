"""Build corpus 214 (Kwame Lindgren-Osorio's mailbox) from the hand-written specs.

Run from the repository root:

    python tests/corpus_twohundredfourteenth/make_twohundredfourteenth.py

Standard library only. Deletes and rewrites only the *.eml files and labels.csv in this folder.
Every message is re-parsed with the default policy afterwards and checked: no defects, the
subject and every text body come back as written.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs214_acks  # noqa: E402
import msgs214_invites  # noqa: E402
import msgs214_other  # noqa: E402
import msgs214_rejections  # noqa: E402
from msgs214_common import CANDIDATE  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
COMPAT = email.policy.compat32.clone(linesep="\n")

# --- time ------------------------------------------------------------------------------------

# 2026: summer time runs from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
SUMMER = (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), datetime(2026, 10, 25, 1, 0, tzinfo=UTC))
BASE_OFFSET = {"uk": 0, "cet": 60, "utc": 0}


def aware(local: str, region: str) -> datetime:
    """'2026-02-03 10:15' in a region ('uk', 'cet', 'utc' or an offset like '-0500')."""
    naive = datetime.strptime(local, "%Y-%m-%d %H:%M")
    if region not in BASE_OFFSET:
        sign = -1 if region.startswith("-") else 1
        minutes = sign * (int(region[1:3]) * 60 + int(region[3:5]))
        return naive.replace(tzinfo=timezone(timedelta(minutes=minutes)))
    base = BASE_OFFSET[region]
    guess = naive.replace(tzinfo=timezone(timedelta(minutes=base)))
    if region != "utc" and SUMMER[0] <= guess.astimezone(UTC) < SUMMER[1]:
        return naive.replace(tzinfo=timezone(timedelta(minutes=base + 60)))
    return guess


# --- headers ---------------------------------------------------------------------------------

def charset_for(name: str, encoding: str) -> Charset:
    cs = Charset(name)
    cs.header_encoding = BASE64 if encoding.upper() == "B" else QP
    return cs


def encoded_words(text: str, enc: tuple[str, str] | None, header_name: str) -> str:
    if enc is None:
        enc = ("utf-8", "Q")
    return Header(text, charset_for(*enc), header_name=header_name).encode(
        linesep="\n", maxlinelen=76)


def mailbox(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is not None or not name.isascii():
        return f"{encoded_words(name, enc, 'From')} <{addr}>"
    return formataddr((name, addr))


def mailboxes(value: object, enc: tuple[str, str] | None = None) -> str:
    pairs = [value] if isinstance(value, tuple) else list(value)  # type: ignore[arg-type]
    return ",\n ".join(mailbox(pair, enc) for pair in pairs)


def subject_header(text: str, enc: tuple[str, str] | None) -> str:
    if enc is None and text.isascii():
        return text
    return encoded_words(text, enc, "Subject")


# --- bodies ----------------------------------------------------------------------------------

def text_part(content: str, subtype: str, charset: str, cte: str | None) -> Message:
    raw = content.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() and max(map(len, content.split("\n"))) < 900 else \
            "quoted-printable"
    if cte == "7bit" and not raw.isascii():
        raise ValueError("7bit body with non-ASCII text")
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:  # 7bit / 8bit: the bytes as they are
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    part.expected = content  # type: ignore[attr-defined]
    return part


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold_ics(line: str) -> str:
    out, current = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(current) + len(b) > 74:
            out.append(current.decode("utf-8"))
            current = b" "
        current += b
    out.append(current.decode("utf-8"))
    return "\r\n".join(out)


def build_ics(ev: dict, spec: dict, sent: datetime) -> str:
    region = ev.get("tz", spec.get("tz", "uk"))
    fmt = "%Y%m%dT%H%M%SZ"
    start = aware(ev["start"], region).astimezone(UTC)
    end = aware(ev["end"], region).astimezone(UTC) if "end" in ev else start + timedelta(
        minutes=ev.get("minutes", 60))
    org_name, org_addr = ev.get("organizer", spec["frm"])
    method = ev.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else ev.get("status", "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ev.get('prodid', '-//Corpus214//Hand-written calendar//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ev['uid']}",
        f"SEQUENCE:{ev.get('seq', 0)}",
        f"DTSTAMP:{sent.astimezone(UTC).strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{ics_escape(ev['summary'])}",
    ]
    if ev.get("location"):
        lines.append(f"LOCATION:{ics_escape(ev['location'])}")
    if ev.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ev['description'])}")
    lines += [
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{CANDIDATE[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE'
        f":mailto:{CANDIDATE[1]}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(fold_ics(line) for line in lines) + "\r\n"


def calendar_part(ics: str, method: str, attach: str | None) -> Message:
    part = Message()
    part["Content-Type"] = f'text/calendar; charset="utf-8"; method={method}'
    if attach:
        part.replace_header("Content-Type", f'text/calendar; charset="utf-8"; method={method}; '
                            f'name="{attach}"')
        part["Content-Disposition"] = f'attachment; filename="{attach}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(ics.encode("utf-8")).decode("ascii"))
    part.expected = ics  # type: ignore[attr-defined]
    return part


def pdf_escape(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF: Helvetica text lines, an Info title, a correct xref."""
    stream = b"BT /F1 11 Tf 14 TL 60 780 Td\n"
    for line in lines:
        stream += b"(" + pdf_escape(line) + b") Tj T*\n"
    stream += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title (" + pdf_escape(title) + b") /Producer (corpus214 make_pdf) >>",
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
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def pdf_part(pdf: dict) -> Message:
    part = Message()
    name = pdf["filename"]
    part["Content-Type"] = f'application/pdf; name="{name}"'
    part["Content-Disposition"] = f'attachment; filename="{name}"'
    part["Content-Transfer-Encoding"] = "base64"
    data = make_pdf(pdf.get("title", name), pdf["lines"])
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    container = Message()
    container["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        container.attach(part)
    return container


def build_body(spec: dict, sent: datetime, tag: str) -> Message:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    alternatives = []
    if spec.get("text") is not None:
        alternatives.append(text_part(spec["text"], "plain", charset, cte))
    if spec.get("html") is not None:
        alternatives.append(text_part(spec["html"], "html", spec.get("html_charset", charset),
                                      spec.get("html_cte", cte)))
    attachments = []
    ev = spec.get("ics")
    if ev is not None:
        ics = build_ics(ev, spec, sent)
        method = ev.get("method", "REQUEST")
        mode = ev.get("mode", "alt")
        if mode in ("alt", "both"):
            alternatives.append(calendar_part(ics, method, None))
        if mode in ("attach", "both"):
            attachments.append(calendar_part(ics, method, ev.get("filename", "invite.ics")))
    for pdf in spec.get("pdfs", []):
        attachments.append(pdf_part(pdf))
    if not alternatives:
        raise ValueError("no text part")
    body = alternatives[0] if len(alternatives) == 1 else multipart(
        "alternative", alternatives, f"=_alt_{tag}")
    if attachments:
        body = multipart("mixed", [body, *attachments], f"=_mixed_{tag}")
    return body


def text_parts(message: Message) -> list[str]:
    return [part.expected for part in message.walk()  # type: ignore[attr-defined]
            if part.get_content_maintype() == "text"]


# --- messages --------------------------------------------------------------------------------

def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    if "msgid" in spec:
        return spec["msgid"]
    digest = hashlib.sha1(f"214/{spec['kind']}/{spec['slug']}".encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{domain_of(spec['frm'][1])}>"


def header_block(spec: dict, sent: datetime, ids: dict[str, str], refs: dict[str, list[str]],
                 ) -> str:
    lines = [f"From: {mailbox(spec['frm'], spec.get('name_enc'))}",
             f"To: {mailboxes(spec.get('to', CANDIDATE), spec.get('to_enc'))}"]
    if spec.get("cc"):
        lines.append(f"Cc: {mailboxes(spec['cc'])}")
    if spec.get("reply_to"):
        lines.append(f"Reply-To: {mailbox(spec['reply_to'], spec.get('reply_enc'))}")
    lines.append(f"Subject: {subject_header(spec['subject'], spec.get('subj_enc'))}")
    lines.append(f"Date: {format_datetime(sent)}")
    lines.append(f"Message-ID: {message_id(spec)}")
    chain = refs.get(spec["slug"], [])
    if chain:
        lines.append(f"In-Reply-To: {chain[-1]}")
        lines.append("References: " + "\n ".join(chain))
    for name, value in spec.get("headers", []):
        lines.append(f"{name}: {value}")
    return "\n".join(lines) + "\n"


def resolve_threads(specs: list[dict]) -> tuple[dict[str, str], dict[str, list[str]]]:
    by_key = {spec["key"]: spec for spec in specs if "key" in spec}
    ids = {spec["slug"]: message_id(spec) for spec in specs}
    refs: dict[str, list[str]] = {}

    def chain(spec: dict) -> list[str]:
        if spec["slug"] in refs:
            return refs[spec["slug"]]
        result: list[str] = []
        if "parent" in spec:
            parent = by_key[spec["parent"]]
            result = [*chain(parent), ids[parent["slug"]]]
        elif "parent_id" in spec:
            result = list(spec["parent_id"]) if isinstance(spec["parent_id"], list) else [
                spec["parent_id"]]
        refs[spec["slug"]] = result
        return result

    for spec in specs:
        chain(spec)
    return ids, refs


def validate(spec: dict) -> None:
    assert spec["kind"] in KINDS, spec["slug"]
    assert spec["lang"] in LANGS, spec["slug"]
    assert re.fullmatch(r"[a-z0-9_]+", spec["slug"]), spec["slug"]
    own = spec["frm"][1].lower() == CANDIDATE[1]
    listed = [spec["frm"][1].lower()]
    if spec.get("reply_to"):
        listed.append(spec["reply_to"][1].lower())
    if own:
        assert spec["kind"] == "other" and not spec["contact"], spec["slug"]
    if spec["contact"]:
        assert spec["contact"] == spec["contact"].lower(), spec["slug"]
        assert spec["contact"] in listed, spec["slug"]
    if spec["kind"] == "other":
        assert not spec["company"], spec["slug"]
    else:
        assert spec["company"], spec["slug"]


def check_roundtrip(path: Path, spec: dict, body: Message) -> None:
    parsed = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in parsed.walk():
        assert not part.defects, (path, part.defects)
    assert str(parsed["Subject"]) == spec["subject"], (path, str(parsed["Subject"]))
    got = [part.get_content() for part in parsed.walk() if part.get_content_maintype() == "text"]
    want = text_parts(body)
    assert len(got) == len(want), path
    for g, w in zip(got, want, strict=True):
        norm_g = g.replace("\r\n", "\n").rstrip("\n")
        norm_w = w.replace("\r\n", "\n").rstrip("\n")
        assert norm_g == norm_w, (path, norm_g[:200], norm_w[:200])
    assert parsed["Date"].datetime.year == 2026, path


def main() -> None:
    specs = (msgs214_rejections.MESSAGES + msgs214_invites.MESSAGES + msgs214_acks.MESSAGES
             + msgs214_other.MESSAGES)
    slugs = [spec["slug"] for spec in specs]
    assert len(slugs) == len(set(slugs)), "duplicate slugs"
    for spec in specs:
        validate(spec)
    ids, refs = resolve_threads(specs)
    assert len(set(ids.values())) == len(ids), "duplicate Message-IDs"

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    numbers: dict[str, int] = {}
    rows = []
    for spec in specs:
        kind = spec["kind"]
        numbers[kind] = numbers.get(kind, 0) + 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        region = spec.get("tz", "uk" if spec["lang"] == "en" else "cet")
        spec.setdefault("tz", region)
        sent = aware(spec["date"], region)
        assert sent.year == 2026 and 1 <= sent.month <= 10, rel
        tag = f"214_{kind[:3]}_{numbers[kind]:03d}"
        body = build_body(spec, sent, tag)
        out = io.BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=COMPAT).flatten(body)
        head = header_block(spec, sent, ids, refs)
        mime_head = "MIME-Version: 1.0\n"
        data = head.encode("ascii") + mime_head.encode("ascii") + out.getvalue()
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check_roundtrip(path, spec, body)
        rows.append({"file": rel, "kind": kind, "company": spec["company"],
                     "contact": spec["contact"], "language": spec["lang"]})

    rows.sort(key=lambda row: row["file"])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact",
                                                    "language"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row["kind"]][row["language"]] += 1
    print(f"{len(rows)} messages written")
    print(f"{'kind':32} " + " ".join(f"{lang:>4}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32} " + " ".join(f"{counts[lang]:4d}" for lang in LANGS)
              + f"  {sum(counts.values()):5d}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32} " + " ".join(f"{totals[lang]:4d}" for lang in LANGS)
          + f"  {len(rows):5d}")


if __name__ == "__main__":
    main()
