#!/usr/bin/env python3
"""Build the 156th labelled corpus from the hand-written specs in msgs156_*.py.

Run from the repository root:  python tests/corpus_hundredfiftysixth/make_hundredfiftysixth.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv in this folder.
Every written message is parsed again with the default policy and checked: no defects, the
subject and every text body come back as written.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import re
import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs156_acks  # noqa: E402
import msgs156_common as C  # noqa: E402
import msgs156_invites  # noqa: E402
import msgs156_other  # noqa: E402
import msgs156_rejections  # noqa: E402

KINDS = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
LANGS = ["de", "en", "fr", "es"]
POLICY = email.policy.default.clone(linesep="\n")

# ---------------------------------------------------------------- header encoding

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(ch: str, charset: str) -> str:
    if ch == " ":
        return "_"
    out = []
    for byte in ch.encode(charset):
        out.append(chr(byte) if byte in _Q_SAFE else f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, enc: str, first_room: int = 60) -> str:
    """RFC 2047 encoded words for text, each at most 75 characters, folded with newline+space.

    Chunks never split a character; the whitespace between words is dropped by decoders, so
    spaces stay inside the encoded chunks."""
    prefix = f"=?{charset}?{enc}?"
    words: list[str] = []
    chunk = ""
    room = first_room

    def size(piece: str) -> int:
        if enc == "Q":
            return len(prefix) + 2 + sum(len(_q_char(c, charset)) for c in piece)
        raw = len(piece.encode(charset))
        return len(prefix) + 2 + 4 * ((raw + 2) // 3)

    def render(piece: str) -> str:
        if enc == "Q":
            body = "".join(_q_char(c, charset) for c in piece)
        else:
            body = base64.b64encode(piece.encode(charset)).decode("ascii")
        return f"{prefix}{body}?="

    for ch in text:
        if chunk and size(chunk + ch) > room:
            words.append(render(chunk))
            chunk = ""
            room = 75
        chunk += ch
    if chunk:
        words.append(render(chunk))
    return "\n ".join(words)


def fold_ascii(name: str, value: str) -> str:
    """Fold a plain ASCII header value at spaces to stay under 78 characters a line."""
    line = f"{name}: "
    lines: list[str] = []
    for word in value.split(" "):
        candidate = word if line.endswith(": ") else " " + word
        if len(line) + len(candidate) > 76 and not line.endswith(": "):
            lines.append(line)
            line = " " + word
        else:
            line += candidate
    lines.append(line)
    return "\n".join(lines)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return fold_ascii(name, value)
    charset, how = enc or ("utf-8", "Q")
    return f"{name}: " + encoded_words(value, charset, how, 75 - len(name) - 2)


def one_address(pair: tuple[str, str], enc: tuple[str, str] | None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    charset, how = enc or ("utf-8", "Q")
    # One encoded word per display name: decoders disagree on the space between two words.
    word = encoded_words(name, charset, how, 10_000)
    assert "\n" not in word and len(word) <= 75, (name, len(word))
    return word + f" <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]],
                   enc: tuple[str, str] | None) -> str:
    return f"{name}: " + ",\n ".join(one_address(p, enc) for p in pairs)


# ---------------------------------------------------------------- calendar and PDF

_TZ = {
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST"),
}


def _vtimezone(tz: str) -> list[str]:
    std, dst, std_name, dst_name = _TZ.get(tz, ("+0100", "+0200", "CET", "CEST"))
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " "
            limit = 75
        cur += ch
    out.append(cur)
    return out


def make_ics(spec: dict, stamp: datetime) -> str:
    ics = spec["ics"]
    method = ics.get("method", "REQUEST")
    tz = ics.get("tz", "Europe/Berlin")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus156//Hand-written invitations//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        *_vtimezone(tz),
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        "DTSTAMP:" + stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
        f"DTSTART;TZID={tz}:{ics['start']}",
        f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines.append(f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}")
    for att_name, att_addr in ics.get("attendees", [C.CANDIDATE]):
        lines.append(
            f"ATTENDEE;CN=\"{att_name}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
            f"RSVP=TRUE:mailto:{att_addr}"
        )
    status = "CANCELLED" if method == "CANCEL" else ics.get("status", "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def _pdf_text(line: str) -> str:
    raw = line.encode("cp1252", errors="replace").decode("latin-1")
    return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines in Helvetica."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for i, line in enumerate(lines):
        ops.append(("" if i == 0 else "T* ") + f"({_pdf_text(line)}) Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


# ---------------------------------------------------------------- building one message


def _cte_for(text: str, wanted: str | None) -> str:
    if wanted:
        return wanted
    return "7bit" if text.isascii() else "quoted-printable"


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    if spec.get("message_id"):
        return spec["message_id"]
    seed = f"156|{spec['kind']}|{spec['name']}|{spec['date']}".encode()
    digest = hashlib.sha256(seed).hexdigest()[:12]
    local = re.sub(r"[^a-z0-9]+", ".", spec["name"].lower()).strip(".")
    return f"<{local}.{digest}@{_domain(spec['sender'][1])}>"


def build_body(spec: dict, stamp: datetime) -> tuple[EmailMessage, list[tuple[str, str]]]:
    """The MIME tree and the (content type, text) pairs that must round-trip."""
    expected: list[tuple[str, str]] = []
    root = EmailMessage(policy=POLICY)
    text = spec.get("text")
    html = spec.get("html")
    if html is True:
        html = C.paras_html(text)
    charset = spec.get("charset", "utf-8")
    html_charset = spec.get("html_charset", charset)
    started = False
    if text is not None:
        root.set_content(text, subtype="plain", charset=charset,
                         cte=_cte_for(text, spec.get("cte")))
        expected.append(("text/plain", text))
        started = True
    if html is not None:
        cte = _cte_for(html, spec.get("html_cte", spec.get("cte") if text is None else None))
        if started:
            root.add_alternative(html, subtype="html", charset=html_charset, cte=cte)
        else:
            root.set_content(html, subtype="html", charset=html_charset, cte=cte)
            started = True
        expected.append(("text/html", html))
    if spec.get("ics"):
        ics = make_ics(spec, stamp)
        method = spec["ics"].get("method", "REQUEST")
        mode = spec["ics"].get("mode", "alt")
        if mode in ("alt", "both"):
            root.add_alternative(ics, subtype="calendar", charset="utf-8",
                                 cte="7bit" if ics.isascii() else "quoted-printable",
                                 params={"method": method})
            expected.append(("text/calendar", ics))
        if mode in ("attach", "both"):
            name = spec["ics"].get("filename", "invite.ics")
            root.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics",
                                filename=name)
    for filename, lines in spec.get("pdfs", []):
        root.add_attachment(make_pdf(lines), maintype="application", subtype="pdf",
                            filename=filename)
    if spec.get("rfc822"):
        inner_spec = spec["rfc822"]
        inner = EmailMessage(policy=POLICY)
        inner["From"] = formataddr(inner_spec["sender"])
        inner["To"] = formataddr(inner_spec["to"])
        inner["Subject"] = inner_spec["subject"]
        inner["Date"] = format_datetime(
            datetime.strptime(inner_spec["date"], "%Y-%m-%d %H:%M %z"))
        inner["Message-ID"] = inner_spec["message_id"]
        inner.set_content(inner_spec["text"], charset="utf-8",
                          cte=_cte_for(inner_spec["text"], None))
        root.add_attachment(inner)
        expected.append(("text/plain", inner_spec["text"]))
    for part in root.walk():
        if part is not root:
            del part["MIME-Version"]
    counter = 0
    for part in root.walk():
        if part.get_content_maintype() == "multipart":
            counter += 1
            digest = hashlib.sha1(spec["name"].encode()).hexdigest()[:10]
            part.set_boundary(f"=_156_{digest}_{counter}")
    return root, expected


def build(spec: dict, ids: dict[str, str]) -> bytes:
    stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    assert stamp.year == 2026 and 1 <= stamp.month <= 10, spec["name"]
    enc = spec.get("sender_enc")
    lines = [address_header("From", [spec["sender"]], enc)]
    lines.append(address_header("To", spec.get("to", [C.CANDIDATE]), spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], spec.get("cc_enc")))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]],
                                    spec.get("reply_to_enc", enc)))
    lines.append(header_text("Subject", spec["subject"], spec.get("subject_enc")))
    lines.append(f"Date: {format_datetime(stamp)}")
    lines.append(f"Message-ID: {ids[spec['name']]}")
    refs = [ids.get(r, r) for r in spec.get("refs", [])]
    for ref in refs:
        assert ref.startswith("<") and ref.endswith(">"), (spec["name"], ref)
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(fold_ascii(name, value))
    root, expected = build_body(spec, stamp)
    body = root.as_bytes(policy=POLICY)
    data = ("\n".join(lines) + "\n").encode("ascii") + body
    verify(spec, data, expected)
    return data


# ---------------------------------------------------------------- checking


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(spec: dict, data: bytes, expected: list[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    where = spec["name"]
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    assert str(msg["Subject"]) == spec["subject"], (where, str(msg["Subject"]))
    assert msg["Message-ID"] and msg["Date"] and msg["From"] and msg["To"], where
    assert msg["Date"].datetime.year == 2026, where
    name, addr = spec["sender"]
    assert msg["From"].addresses[0].addr_spec == addr, where
    assert msg["From"].addresses[0].display_name == (name or ""), (where, msg["From"])
    got = [(p.get_content_type(), p.get_content()) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    assert len(got) == len(expected), (where, [g[0] for g in got])
    for (gtype, gtext), (etype, etext) in zip(got, expected, strict=True):
        assert gtype == etype, (where, gtype, etype)
        assert _norm(gtext) == _norm(etext), (where, gtype)
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            assert part.get_content().startswith(b"%PDF-1.4"), where
    contact = spec.get("contact", "")
    if contact:
        senders = [a.lower() for a in (str(x.addr_spec) for h in ("From", "Reply-To")
                                       for x in (msg[h].addresses if msg[h] else []))]
        assert contact in senders, (where, contact, senders)
        assert contact == contact.lower(), where


# ---------------------------------------------------------------- main


def all_specs() -> list[dict]:
    specs = (msgs156_rejections.MESSAGES + msgs156_invites.MESSAGES + msgs156_acks.MESSAGES
             + msgs156_other.MESSAGES)
    names = [s["name"] for s in specs]
    dupes = {n for n in names if names.count(n) > 1}
    assert not dupes, dupes
    for spec in specs:
        assert spec["kind"] in KINDS, spec["name"]
        assert spec["lang"] in LANGS, spec["name"]
        if spec["sender"][1] == C.CANDIDATE_ADDR:
            assert spec["kind"] == "other" and not spec.get("contact"), spec["name"]
        if spec["kind"] == "other":
            assert not spec.get("company"), spec["name"]
        else:
            assert spec.get("company"), spec["name"]
    return specs


def main() -> None:
    specs = all_specs()
    ids = {s["name"]: message_id(s) for s in specs}
    for spec in specs:
        if spec.get("key"):
            ids[spec["key"]] = ids[spec["name"]]
    assert len({ids[s["name"]] for s in specs}) == len(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)
    rows = []
    per_kind: dict[str, int] = {}
    for kind in KINDS:
        for spec in (s for s in specs if s["kind"] == kind):
            per_kind[kind] = per_kind.get(kind, 0) + 1
            rel = f"{kind}/{per_kind[kind]:03d}_{spec['name']}.eml"
            path = HERE / rel
            path.parent.mkdir(exist_ok=True)
            try:
                data = build(spec, ids)
            except Exception as exc:
                raise SystemExit(f"{rel}: {exc!r}") from exc
            path.write_bytes(data)
            rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""),
                         spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"{len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:>5}" for lang in LANGS)
              + f"  {sum(counts.values()):>5}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[lang]:>5}" for lang in LANGS)
          + f"  {len(rows):>5}")


if __name__ == "__main__":
    main()
