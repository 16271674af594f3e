"""Build corpus 210 (blind, hand-written) from the message specs in msgs210_*.py.

Run from the repository root:  python tests/corpus_twohundredtenth/make_twohundredtenth.py

It deletes and rewrites only *.eml and labels.csv inside this folder. Standard library only.
Every written message is parsed back with the default policy and checked: no defects, the
subject and every text body round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs210_acks  # noqa: E402
import msgs210_invites  # noqa: E402
import msgs210_other  # noqa: E402
import msgs210_rejections  # noqa: E402
from msgs210_common import CAND  # noqa: E402

KIND_ORDER = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
REPLY_PREFIXES = ("re:", "re :", "aw:", "rv:", "wg:", "fwd:", "fw:", "tr:", "tr :", "antw:")
Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")
SPECIALS = set('()<>[]:;@\\,."|')


# ---------------------------------------------------------------- headers


def encoded_words(text: str, charset: str, enc: str) -> str:
    """text as RFC 2047 encoded words (each <= 75 chars), folded onto continuation lines."""
    words: list[str] = []
    chunk = ""

    def word(s: str) -> str:
        raw = s.encode(charset)
        if enc.upper() == "B":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            payload = "".join(
                chr(b) if b in Q_SAFE else ("_" if b == 0x20 else f"={b:02X}") for b in raw
            )
        return f"=?{charset}?{enc.upper()}?{payload}?="

    for ch in text:
        if len(word(chunk + ch)) > 75:
            words.append(word(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(word(chunk))
    return "\n ".join(words)


def fold(value: str, start: int) -> str:
    """Fold an ASCII header value at spaces so lines stay under 78 characters."""
    out, line = [], ""
    width = 78 - start
    for piece in value.split(" "):
        candidate = f"{line} {piece}" if line else piece
        if len(candidate) > width and line:
            out.append(line)
            line = piece
            width = 77
        else:
            line = candidate
    out.append(line)
    return "\n ".join(out)


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and not subject.isascii():
        enc = ("utf-8", "Q")
    if enc is None:
        return "Subject: " + fold(subject, 9)
    return "Subject: " + encoded_words(subject, *enc)


def addr(name: str, address: str, enc: tuple[str, str] | None = None) -> str:
    """One mailbox, the display name encoded or quoted as needed."""
    if not name:
        return address
    if enc is None and not name.isascii():
        enc = ("utf-8", "Q")
    if enc is not None:
        return f"{encoded_words(name, *enc)} <{address}>"
    if any(c in SPECIALS for c in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{address}>'
    return f"{name} <{address}>"


def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


# ---------------------------------------------------------------- bodies and parts


def encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw, quotetabs=False)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "7bit" and not text.isascii():
        raise ValueError("7bit body with non-ASCII text")
    return raw if raw.endswith(b"\n") else raw + b"\n"


def text_part(subtype: str, text: str, charset: str, cte: str | None) -> dict:
    if cte is None:
        cte = "7bit" if text.isascii() else "quoted-printable"
    headers = [
        f'Content-Type: text/{subtype}; charset="{charset}"',
        f"Content-Transfer-Encoding: {cte}",
    ]
    return {"headers": headers, "body": encode_body(text, charset, cte)}


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines in Helvetica."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) '")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (corpus210) >>",
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
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def ics_text(spec: dict, sent: datetime) -> str:
    """An iCalendar object for an interview: REQUEST, CANCEL or REPLY."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def utc(dt: datetime) -> str:
        return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    start = parse_date(spec["start"])
    end = start + timedelta(minutes=spec.get("mins", 60))
    org_name, org_addr = spec["organizer"]
    method = spec["method"]
    status = {"CANCEL": "CANCELLED"}.get(method, "CONFIRMED")
    partstat = spec.get("partstat", "ACCEPTED" if method == "REPLY" else "NEEDS-ACTION")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:" + spec.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec.get('seq', 0)}",
        f"DTSTAMP:{utc(sent)}",
        f"DTSTART:{utc(start)}",
        f"DTEND:{utc(end)}",
        f"SUMMARY:{esc(spec['summary'])}",
    ]
    if spec.get("location"):
        lines.append(f"LOCATION:{esc(spec['location'])}")
    if spec.get("description"):
        lines.append(f"DESCRIPTION:{esc(spec['description'])}")
    lines += [
        f"ORGANIZER;CN={esc(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;CN={esc(CAND[0])};ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};"
        f"RSVP={'FALSE' if method == 'REPLY' else 'TRUE'}:mailto:{CAND[1]}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        raw = line.encode("utf-8")
        while len(raw) > 75:
            cut = 75
            while (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            folded.append(raw[:cut].decode("utf-8"))
            raw = b" " + raw[cut:]
        folded.append(raw.decode("utf-8"))
    return "\r\n".join(folded) + "\r\n"


def attachment_parts(spec: dict, sent: datetime) -> tuple[list[dict], list[dict]]:
    """(parts that go inside the alternative, parts attached to the mixed container)."""
    inline, attached = [], []
    for att in spec.get("attach", []):
        if att["type"] == "pdf":
            data = pdf_bytes(att.get("title", att["name"]), att["lines"])
            attached.append({
                "headers": [
                    f'Content-Type: application/pdf; name="{att["name"]}"',
                    f'Content-Disposition: attachment; filename="{att["name"]}"',
                    "Content-Transfer-Encoding: base64",
                ],
                "body": base64.encodebytes(data),
            })
        elif att["type"] == "ics":
            text = ics_text(att, sent)
            method = att["method"]
            if att.get("inline", True):
                cte = att.get("cte", "base64")
                body = (
                    base64.encodebytes(text.encode("utf-8"))
                    if cte == "base64"
                    else text.replace("\r\n", "\n").encode("utf-8")
                )
                inline.append({
                    "headers": [
                        f'Content-Type: text/calendar; charset="utf-8"; method={method}',
                        f"Content-Transfer-Encoding: {cte}",
                    ],
                    "body": body,
                })
            if att.get("file"):
                name = att.get("filename", "invite.ics")
                attached.append({
                    "headers": [
                        f'Content-Type: application/ics; name="{name}"',
                        f'Content-Disposition: attachment; filename="{name}"',
                        "Content-Transfer-Encoding: base64",
                    ],
                    "body": base64.encodebytes(text.encode("utf-8")),
                })
        else:
            raise ValueError(att["type"])
    return inline, attached


def multipart(subtype: str, parts: list[dict], boundary: str) -> dict:
    body = bytearray()
    for part in parts:
        body += f"--{boundary}\n".encode()
        body += render_part(part)
        body += b"\n"
    body += f"--{boundary}--\n".encode()
    return {
        "headers": [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"'],
        "body": bytes(body),
    }


def render_part(part: dict) -> bytes:
    head = "\n".join(part["headers"]).encode("ascii")
    return head + b"\n\n" + part["body"]


def build_tree(spec: dict, sent: datetime, key: str) -> dict:
    charset = spec.get("charset", "utf-8")
    html_charset = spec.get("html_charset", charset)
    cte = spec.get("cte")
    html_cte = spec.get("html_cte", cte)
    bodies = []
    if spec.get("text") is not None:
        bodies.append(text_part("plain", spec["text"], charset, cte))
    if spec.get("html") is not None:
        bodies.append(text_part("html", spec["html"], html_charset, html_cte))
    inline, attached = attachment_parts(spec, sent)
    bodies += inline
    if not bodies:
        raise ValueError("no body")
    core = bodies[0] if len(bodies) == 1 else multipart("alternative", bodies, f"=_alt_{key}")
    if attached:
        return multipart("mixed", [core, *attached], f"=_mix_{key}")
    return core


# ---------------------------------------------------------------- messages


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[1]


def message_id(spec: dict, sent: datetime) -> str:
    digest = hashlib.sha1(spec["file"].encode()).hexdigest()[:16]
    domain = spec.get("mid_domain") or domain_of(spec["from"][1])
    return f"<{sent.strftime('%Y%m%d%H%M%S')}.{digest}@{domain}>"


def render_message(spec: dict) -> bytes:
    sent = parse_date(spec["date"])
    key = hashlib.sha1(spec["file"].encode()).hexdigest()[:20]
    lines = [f"Return-Path: <{spec.get('return_path', spec['from'][1])}>"]
    for name, value in spec.get("pre_headers", []):
        lines.append(f"{name}: {value}")
    lines.append("From: " + addr(*spec["from"], spec.get("from_enc")))
    if spec.get("reply_to"):
        lines.append("Reply-To: " + addr(*spec["reply_to"], spec.get("reply_to_enc")))
    to = spec.get("to", [CAND])
    lines.append("To: " + ",\n ".join(addr(*t) for t in to))
    if spec.get("cc"):
        lines.append("Cc: " + ",\n ".join(addr(*c) for c in spec["cc"]))
    lines.append(subject_header(spec["subject"], spec.get("subj_enc")))
    lines.append("Date: " + format_datetime(sent))
    lines.append("Message-ID: " + spec["message_id"])
    if spec.get("in_reply_to"):
        lines.append("In-Reply-To: " + spec["in_reply_to"])
        lines.append("References: " + "\n ".join(spec["references"]))
    lines.append("MIME-Version: 1.0")
    for name, value in spec.get("headers", []):
        lines.append(f"{name}: {value}")
    tree = build_tree(spec, sent, key)
    head = "\n".join(lines + tree["headers"]).encode("ascii")
    return head + b"\n\n" + tree["body"]


def all_specs() -> list[dict]:
    specs: list[dict] = []
    for module in (msgs210_rejections, msgs210_invites, msgs210_acks, msgs210_other):
        specs.extend(module.MESSAGES)
    counters: dict[str, int] = {}
    for spec in sorted(specs, key=lambda s: KIND_ORDER.index(s["kind"])):
        counters[spec["kind"]] = counters.get(spec["kind"], 0) + 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
    specs.sort(key=lambda s: s["file"])
    for spec in specs:
        spec["message_id"] = message_id(spec, parse_date(spec["date"]))
    threads: dict[str, list[dict]] = {}
    for spec in specs:
        if spec.get("thread"):
            threads.setdefault(spec["thread"], []).append(spec)
    for members in threads.values():
        members.sort(key=lambda s: parse_date(s["date"]))
        for index, spec in enumerate(members):
            is_reply = spec.get("reply")
            if is_reply is None:
                is_reply = spec["subject"].lower().startswith(REPLY_PREFIXES)
            earlier = [m["message_id"] for m in members[:index]]
            refs = [*spec.get("extra_refs", []), *earlier]
            if is_reply and refs:
                spec["in_reply_to"] = refs[-1]
                spec["references"] = refs
    for spec in specs:
        if not spec.get("in_reply_to") and spec.get("extra_refs"):
            spec["in_reply_to"] = spec["extra_refs"][-1]
            spec["references"] = spec["extra_refs"]
    return specs


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, data: bytes) -> None:
    where = spec["file"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{where}: {name} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    assert msg["Date"].datetime.year == 2026, where
    texts = {
        part.get_content_subtype(): part.get_content()
        for part in msg.walk()
        if part.get_content_maintype() == "text" and part.get_content_subtype() != "calendar"
    }
    if spec.get("text") is not None:
        assert norm(texts["plain"]) == norm(spec["text"]), f"{where}: text body"
    if spec.get("html") is not None:
        assert norm(texts["html"]) == norm(spec["html"]), f"{where}: html body"
    assert any(t.strip() for t in texts.values()), f"{where}: empty"
    from_reply = [a.addr_spec.lower() for h in ("From", "Reply-To") for a in
                  (msg[h].addresses if msg[h] else ())]
    if spec["contact"]:
        assert spec["contact"] == spec["contact"].lower(), where
        assert spec["contact"] in from_reply, f"{where}: contact {spec['contact']} not in {from_reply}"
    if spec["from"][1] == CAND[1]:
        assert spec["kind"] == "other" and not spec["contact"], where
    if spec["kind"] == "other":
        assert not spec["company"], where
    else:
        assert spec["company"], where
    assert spec["lang"] in {"en", "de", "fr", "es"}, where


def main() -> None:
    specs = all_specs()
    for old in HERE.rglob("*.eml"):
        old.unlink()
    seen_ids: set[str] = set()
    for spec in specs:
        data = render_message(spec)
        check(spec, data)
        assert spec["message_id"] not in seen_ids, spec["file"]
        seen_ids.add(spec["message_id"])
        target = HERE / spec["file"]
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        for spec in specs:
            writer.writerow([spec["file"], spec["kind"], spec["company"], spec["contact"],
                             spec["lang"]])
    counts: dict[tuple[str, str], int] = {}
    for spec in specs:
        counts[spec["kind"], spec["lang"]] = counts.get((spec["kind"], spec["lang"]), 0) + 1
    print(f"wrote {len(specs)} messages")
    for kind in KIND_ORDER:
        row = [counts.get((kind, lang), 0) for lang in ("en", "de", "fr", "es")]
        print(f"{kind:32s} en={row[0]:3d} de={row[1]:3d} fr={row[2]:3d} es={row[3]:3d}")


if __name__ == "__main__":
    main()
