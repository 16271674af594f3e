#!/usr/bin/env python3
"""Build corpus 292 (blind): every hand-written spec in msgs292_*.py becomes one .eml file.

Run from the repository root:  python tests/corpus_twohundredninetysecond/make_twohundredninetysecond.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder. Header
blocks are written by hand so encoded words can use utf-8, iso-8859-1 or windows-1252 with Q or
B encoding; bodies are 7bit, 8bit, quoted-printable or base64 as each spec asks. Boundaries,
Message-IDs and dates are deterministic. Every written file is parsed back with the default
policy and must have no defects, the same subject and the same decoded bodies.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs292_acks  # noqa: E402
import msgs292_common as C  # noqa: E402
import msgs292_invites  # noqa: E402
import msgs292_other  # noqa: E402
import msgs292_rejections  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
MODULES = (msgs292_rejections, msgs292_invites, msgs292_acks, msgs292_other)
SPECIALS = set('()<>[]:;@\\,."')


# --------------------------------------------------------------------------- headers


def encoded_words(text: str, how: str) -> str:
    """RFC 2047 encoded words (charset:q or charset:b), each at most 75 characters, folded."""
    charset, enc = how.lower().split(":")

    def render(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc == "b":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            payload = "".join(
                chr(b) if (b < 128 and chr(b).isalnum()) else "_" if b == 0x20 else f"={b:02X}"
                for b in raw)
        return f"=?{charset}?{enc.upper()}?{payload}?="

    words, cur = [], ""
    for ch in text:
        if cur and len(render(cur + ch)) > 75:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    words.append(render(cur))
    return "\n ".join(words)


def fold_plain(text: str, first: int) -> str:
    """Fold an ASCII unstructured value at spaces so lines stay under 78 characters."""
    out, line = [], ""
    width = 78 - first
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line, width = word, 77
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n ".join(out)


def mailbox(entry, how: str) -> str:
    name, addr = entry[0], entry[1]
    if not name:
        return addr
    if not name.isascii():
        return f"{encoded_words(name, how)} <{addr}>"
    if any(c in SPECIALS for c in name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{addr}>"


def address_list(entries, how: str) -> str:
    return ",\n ".join(mailbox(e, how) for e in entries)


def subject_value(subject: str, how: str | None) -> str:
    if how or not subject.isascii():
        return encoded_words(subject, how or "utf-8:q")
    return fold_plain(subject, len("Subject: "))


# --------------------------------------------------------------------------- bodies


def encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "7bit":
        assert raw.isascii(), "7bit body with non-ASCII bytes"
        data = raw
    elif cte == "8bit":
        data = raw
    elif cte == "quoted-printable":
        data = quopri.encodestring(raw)
    elif cte == "base64":
        data = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    if not data.endswith(b"\n"):
        data += b"\n"
    for line in data.split(b"\n"):
        assert len(line) <= 998, "line longer than 998 octets"
    return data


def default_cte(text: str, charset: str) -> str:
    return "7bit" if text.isascii() else "quoted-printable"


class Part:
    def __init__(self, headers: list[str], body: bytes, texts: list[str]):
        self.headers, self.body, self.texts = headers, body, texts


def text_part(subtype: str, text: str, charset: str, cte: str | None,
              extra_params: str = "") -> Part:
    cte = cte or default_cte(text, charset)
    headers = [f'Content-Type: text/{subtype}; charset="{charset}"{extra_params}',
               f"Content-Transfer-Encoding: {cte}"]
    return Part(headers, encode_body(text, charset, cte), [text])


def binary_part(ctype: str, filename: str, data: bytes, inline: bool = False) -> Part:
    disp = "inline" if inline else "attachment"
    headers = [f'Content-Type: {ctype}; name="{filename}"',
               f'Content-Disposition: {disp}; filename="{filename}"',
               "Content-Transfer-Encoding: base64"]
    return Part(headers, base64.encodebytes(data), [])


def multipart(subtype: str, boundary: str, parts: list[Part]) -> Part:
    chunks = []
    for p in parts:
        chunks.append(f"--{boundary}\n".encode())
        chunks.append(("\n".join(p.headers) + "\n\n").encode())
        chunks.append(p.body if p.body.endswith(b"\n") else p.body + b"\n")
    chunks.append(f"--{boundary}--\n".encode())
    headers = [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"']
    body = b"This is a multi-part message in MIME format.\n\n" + b"".join(chunks)
    texts = [t for p in parts for t in p.texts]
    return Part(headers, body, texts)


# --------------------------------------------------------------------------- PDF and iCalendar


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with the given lines of text."""
    def lit(s: str) -> str:
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    stream = "BT\n/F1 11 Tf\n14 TL\n50 790 Td\n" + "".join(f"{lit(x)} '\n" for x in lines) + "ET\n"
    stream_b = stream.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream_b)).encode() + b" >>\nstream\n" + stream_b
        + b"endstream",
        b"<< /Title " + lit(title).encode("cp1252") + b" /Producer (corpus292) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def parse_when(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def ics_utc(value: str) -> str:
    return parse_when(value).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> str:
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\n ".join(out)


def ics_text(ics: dict, stamp: str) -> str:
    org_name, org_addr = ics["organizer"]
    method = ics.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else ics.get("status", "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{ics_utc(stamp)}",
        f"DTSTART:{ics_utc(ics['start'])}",
        f"DTEND:{ics_utc(ics['end'])}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    lines.append(f'ATTENDEE;CN="{C.CAND_NAME}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                 f"RSVP=TRUE:mailto:{C.CAND_ADDR}")
    for name, addr in ics.get("attendees", []):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT:mailto:{addr}')
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(ics_fold(x) for x in lines) + "\n"


# --------------------------------------------------------------------------- one message


def tag(rel: str) -> str:
    return hashlib.sha1(rel.encode()).hexdigest()[:10]


def build_body(spec: dict, rel: str, stamp: str) -> Part:
    key = tag(rel)
    counter = iter(range(1, 10))

    def boundary() -> str:
        return f"----=_Part_292_{key}.{next(counter)}"

    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    alt: list[Part] = []
    if spec.get("text") is not None:
        alt.append(text_part("plain", spec["text"], charset, cte))
    if spec.get("html") is not None:
        alt.append(text_part("html", spec["html"], spec.get("html_charset", charset),
                             spec.get("html_cte", cte)))
    extras: list[Part] = []
    ics = spec.get("ics")
    if ics:
        cal = ics_text(ics, stamp)
        method = ics.get("method", "REQUEST")
        if ics.get("as", "alt") == "alt":
            cal_cte = "7bit" if cal.isascii() else "base64"
            if cal_cte == "base64":
                cal = cal.replace("\n", "\r\n")  # what calendar clients send: CRLF, base64
            alt.append(text_part("calendar", cal, "utf-8", cal_cte, f"; method={method}"))
        else:
            extras.append(binary_part("application/ics", ics.get("filename", "invite.ics"),
                                      cal.replace("\n", "\r\n").encode("utf-8")))
    assert alt, f"{rel}: no text"
    core = alt[0] if len(alt) == 1 else multipart("alternative", boundary(), alt)
    for att in spec.get("attach", []):
        data = pdf_bytes(att.get("title", att["name"]), att["lines"])
        extras.append(binary_part("application/pdf", att["name"], data))
    if spec.get("fwd"):
        inner = render_message(spec["fwd"], rel + "#fwd", {})
        body = inner
        head = ["Content-Type: message/rfc822",
                f"Content-Transfer-Encoding: {'7bit' if body.isascii() else '8bit'}",
                'Content-Disposition: inline']
        fwd_part = Part(head, body, [])
        fwd_part.texts = spec["_fwd_texts"]
        extras.append(fwd_part)
    if not extras:
        return core
    return multipart("mixed", boundary(), [core, *extras])


def message_id(spec: dict, rel: str) -> str:
    """Opaque and deterministic: the sending time and a hash of the file name, never the label."""
    domain = spec["frm"][1].split("@")[1]
    when = parse_when(spec["date"]).astimezone(UTC).strftime("%Y%m%d%H%M%S")
    return f"<{when}.{tag(rel)}@{domain}>"


def outside_id(name: str) -> str:
    """Message-ID of a message referred to but not in the corpus (e.g. the candidate's own)."""
    return f"<{hashlib.sha1(name.encode()).hexdigest()[:16]}@mail.example.be>"


def render_message(spec: dict, rel: str, ids: dict[str, str]) -> bytes:
    how = spec.get("name_enc", "utf-8:q")
    stamp = spec["date"]
    lines = [f"From: {mailbox(spec['frm'], how)}",
             f"To: {address_list(spec.get('to', [C.CAND]), how)}"]
    if spec.get("cc"):
        lines.append(f"Cc: {address_list(spec['cc'], how)}")
    if spec.get("reply_to"):
        lines.append(f"Reply-To: {mailbox(spec['reply_to'], how)}")
    lines.append(f"Subject: {subject_value(spec['subject'], spec.get('subject_enc'))}")
    lines.append(f"Date: {format_datetime(parse_when(stamp))}")
    lines.append(f"Message-ID: {ids.get(rel) or message_id(spec, rel)}")
    refs = [ids.get(r) or outside_id(r) for r in spec.get("refs", [])]
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    if spec.get("fwd"):
        spec["_fwd_texts"] = expected_texts(spec["fwd"])
    body = build_body(spec, rel, stamp)
    head = "\n".join(lines + body.headers) + "\n\n"
    assert head.isascii(), f"{rel}: non-ASCII header"
    spec["_texts"] = body.texts
    return head.encode("ascii") + body.body


def expected_texts(spec: dict) -> list[str]:
    out = [spec[k] for k in ("text", "html") if spec.get(k) is not None]
    if spec.get("ics") and spec["ics"].get("as", "alt") == "alt":
        out.append(ics_text(spec["ics"], spec["date"]))
    if spec.get("fwd"):
        out += expected_texts(spec["fwd"])
    return out


# --------------------------------------------------------------------------- checks


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(path: Path, spec: dict) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    texts = []
    for part in msg.walk():
        problems += [f"{path.name}: {d!r}" for d in part.defects]
        for name, value in part.items():
            problems += [f"{path.name}: {name}: {d!r}" for d in getattr(value, "defects", ())]
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
        problems += [f"{path.name}: {d!r}" for d in part.defects]
    assert not problems, "\n".join(problems)
    assert str(msg["Subject"]) == spec["subject"], (path, str(msg["Subject"]), spec["subject"])
    want = [norm(t) for t in expected_texts(spec)]
    got = [norm(t) for t in texts]
    assert got == want, f"{path}: bodies do not round-trip"
    assert msg["Date"].datetime.year == 2026, path
    frm = msg["From"].addresses[0].addr_spec.lower()
    assert frm == spec["frm"][1].lower(), (path, frm)


def label_checks(rel: str, spec: dict) -> None:
    kind, company, contact = spec["kind"], spec.get("company", ""), spec.get("contact", "")
    assert kind in KINDS, rel
    assert spec["lang"] in ("en", "de", "fr", "es"), rel
    if spec["frm"][1].lower() == C.CAND_ADDR:
        assert kind == "other" and not contact, f"{rel}: candidate's own mail"
    if kind == "other":
        assert not company, f"{rel}: company on other"
    else:
        assert company, f"{rel}: company missing"
    if contact:
        assert contact == contact.lower(), rel
        pool = [spec["frm"][1].lower()]
        if spec.get("reply_to"):
            pool.append(spec["reply_to"][1].lower())
        assert contact in pool, f"{rel}: contact {contact} not in From/Reply-To"


# --------------------------------------------------------------------------- main


def main() -> None:
    specs = [s for mod in MODULES for s in mod.MESSAGES]
    counters = dict.fromkeys(KINDS, 0)
    planned = []
    for spec in specs:
        kind = spec["kind"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['scenario']}.eml"
        planned.append((rel, spec))
    ids: dict[str, str] = {}
    for rel, spec in planned:
        mid = message_id(spec, rel)
        ids[rel] = mid
        if spec.get("id"):
            assert spec["id"] not in ids, f"duplicate id {spec['id']}"
            ids[spec["id"]] = mid
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for rel, spec in planned:
        label_checks(rel, spec)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(render_message(spec, rel, ids))
        check(path, spec)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    langs: dict[tuple[str, str], int] = {}
    for _, spec in planned:
        langs[spec["kind"], spec["lang"]] = langs.get((spec["kind"], spec["lang"]), 0) + 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{x:>5}" for x in ("fr", "de", "en", "es", "all")))
    for kind in KINDS:
        cells = [langs.get((kind, x), 0) for x in ("fr", "de", "en", "es")]
        print(f"{kind:32}" + "".join(f"{c:>5}" for c in cells) + f"{sum(cells):>5}")
    totals = [sum(v for (k, x), v in langs.items() if x == lang) for lang in ("fr", "de", "en", "es")]
    print(f"{'all':32}" + "".join(f"{c:>5}" for c in totals) + f"{sum(totals):>5}")


if __name__ == "__main__":
    main()
