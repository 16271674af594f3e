#!/usr/bin/env python3
"""Build corpus 227 (blind, hand-written) from the message specs in the msgs227_* modules.

Run from the repository root:  python tests/corpus_twohundredtwentyseventh/make_twohundredtwentyseventh.py

Standard library only. Deletes and rewrites only the *.eml files and labels.csv of this folder,
then re-parses every written message with the default policy and checks it.
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
import unicodedata
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs227_acks  # noqa: E402
import msgs227_common as C  # noqa: E402
import msgs227_invites  # noqa: E402
import msgs227_other  # noqa: E402
import msgs227_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["fr", "en", "de", "es"]
GEN_POLICY = email.policy.compat32.clone(linesep="\n")

# ---------------------------------------------------------------- headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(raw: bytes) -> str:
    return "".join("_" if c == 0x20 else chr(c) if c in _Q_SAFE else f"={c:02X}" for c in raw)


def encoded_words(text: str, charset: str, mode: str, limit: int = 72) -> list[str]:
    """RFC 2047 encoded words for text, each at most `limit` characters, never splitting a
    character."""
    prefix = f"=?{charset}?{mode}?"

    def enc(s: str) -> str:
        raw = s.encode(charset)
        return base64.b64encode(raw).decode("ascii") if mode == "B" else _q(raw)

    words, cur = [], ""
    for ch in text:
        if cur and len(prefix) + len(enc(cur + ch)) + 2 > limit:
            words.append(f"{prefix}{enc(cur)}?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(f"{prefix}{enc(cur)}?=")
    return words


def fold(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay under 78 characters."""
    line, out = f"{name}: ", []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if i and len(line) + len(piece) > 78:
            out.append(line)
            line = piece
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def subject_header(subject: str, enc: tuple[str, str] | None, partial: bool) -> str:
    if subject.isascii() and not enc:
        return fold("Subject", subject)
    charset, mode = enc or ("utf-8", "Q")
    if partial:
        words = subject.split(" ")
        first = next((i for i, w in enumerate(words) if not w.isascii()), 0)
        head, rest = " ".join(words[:first]), " ".join(words[first:])
        pieces = encoded_words(rest, charset, mode)
        return "Subject: " + (head + " " if head else "") + "\n ".join(pieces)
    return "Subject: " + "\n ".join(encoded_words(subject, charset, mode))


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def addr(pair: tuple[str, str] | str, enc: tuple[str, str] | None) -> str:
    if isinstance(pair, str):
        return pair
    name, address = pair
    if not name:
        return address
    if name.isascii():
        if _SPECIALS.search(name):
            quoted = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{quoted}" <{address}>'
        return f"{name} <{address}>"
    charset, mode = enc or ("utf-8", "B")
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return " ".join(encoded_words(name, charset, mode)) + f" <{address}>"


def addr_list(name: str, pairs: list, enc: tuple[str, str] | None) -> str:
    items = [addr(p, enc) for p in pairs]
    return f"{name}: " + ",\n ".join(items)


# ---------------------------------------------------------------- bodies

def text_part(text: str, subtype: str, charset: str, cte: str,
              extra: str = "", disposition: str | None = None) -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    raw = text.encode(charset)
    if cte == "7bit" and not raw.isascii():
        cte = "8bit"
    if cte == "7bit":
        raw.decode("ascii")
        payload = text
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    if disposition:
        part["Content-Disposition"] = disposition
    part.set_payload(payload)
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def pdf_bytes(title: str, lines: list[str], stamp: str) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) with a correct xref table."""

    def s(text: str) -> bytes:
        raw = text.encode("cp1252", "replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    content = b"BT /F1 15 Tf 56 780 Td " + s(title) + b" Tj /F1 10 Tf 0 -30 Td 14 TL "
    for line in lines:
        content += s(line) + b" Tj T* "
    content += b"ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Title " + s(title) + b" /Producer (corpus227) /CreationDate (D:" + stamp.encode()
        + b") >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


_VTZ = {
    "Europe/Zurich": "Europe/Zurich", "Europe/Paris": "Europe/Paris",
    "Europe/Madrid": "Europe/Madrid", "Europe/Rome": "Europe/Rome",
}


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def ics_text(cal: dict, dtstamp: datetime) -> str:
    tzid = cal.get("tz", "Europe/Zurich")

    def local(when: str) -> str:
        return when.replace("-", "").replace(":", "").replace(" ", "T") + "00"

    org_name, org_addr = cal["organizer"]
    method = cal.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{_VTZ[tzid]}",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{dtstamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;TZID={tzid}:{local(cal['start'])}",
        f"DTEND;TZID={tzid}:{local(cal['end'])}",
        f"SUMMARY:{_ics_escape(cal['summary'])}",
        f"LOCATION:{_ics_escape(cal.get('location', ''))}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
    ]
    for a_name, a_addr in cal.get("attendees", [C.CANDIDATE]):
        lines.append(f'ATTENDEE;CN="{a_name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{a_addr}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(cal['description'])}")
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- one message

def parse_date(when: str) -> datetime:
    day, clock, off = when.split()
    sign = 1 if off[0] == "+" else -1
    delta = timedelta(hours=int(off[1:3]), minutes=int(off[3:5])) * sign
    y, m, d = (int(x) for x in day.split("-"))
    hh, mm = (int(x) for x in clock.split(":"))
    return datetime(y, m, d, hh, mm, (sum(map(ord, when)) % 50), tzinfo=timezone(delta))


def domain_of(address: str) -> str:
    return address.rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    key = spec.get("mid", spec["slug"])
    h = hashlib.sha1(f"227:{key}".encode()).hexdigest()[:12]
    frm = spec["frm"]
    return f"<{key.replace('_', '.')}.{h}@{domain_of(frm[1] if isinstance(frm, tuple) else frm)}>"


def build(spec: dict, ids: dict[str, str]) -> tuple[bytes, dict]:
    """The bytes of one message and what the check must find again."""
    slug = spec["slug"]
    seed = hashlib.sha1(f"227-boundary:{slug}".encode()).hexdigest()
    counter = iter(range(1, 10))

    def boundary() -> str:
        return f"=_c227_{seed[:16]}_{next(counter)}"

    when = parse_date(spec["date"])
    charset = spec.get("charset", "utf-8")
    body, html = spec.get("body"), spec.get("html")
    cte = spec.get("cte") or ("7bit" if (body or html or "").isascii() else "8bit")
    html_cte = spec.get("html_cte", cte)
    if html is not None and html_cte == "7bit" and not html.isascii():
        html_cte = "8bit"
    if body is not None and cte == "7bit" and not body.isascii():
        cte = "8bit"

    parts: list[Message] = []
    if body is not None:
        parts.append(text_part(body, "plain", charset, cte))
    if html is not None:
        parts.append(text_part(html, "html", spec.get("html_charset", charset), html_cte))

    inline_cal = None
    attachments: list[Message] = []
    expect_att: list[tuple[str, str]] = []
    for att in spec.get("attach", []):
        if att["type"] == "pdf":
            stamp = when.strftime("%Y%m%d%H%M%S")
            data = pdf_bytes(att["title"], att["lines"], stamp)
            p = Message()
            fn = att["filename"]
            p["Content-Type"] = f'application/pdf; name="{fn}"'
            p["Content-Disposition"] = f'attachment; filename="{fn}"'
            p["Content-Transfer-Encoding"] = "base64"
            p.set_payload(base64.encodebytes(data).decode("ascii"))
            attachments.append(p)
            expect_att.append(("pdf", fn))
        elif att["type"] == "ics":
            text = ics_text(att, when)
            method = att.get("method", "REQUEST")
            ics_cte = att.get("cte", "base64")
            if att.get("inline"):
                inline_cal = text_part(text, "calendar", "utf-8", ics_cte,
                                       extra=f"; method={method}")
            else:
                fn = att.get("filename", "invite.ics")
                attachments.append(text_part(
                    text, "calendar", "utf-8", ics_cte,
                    extra=f'; method={method}; name="{fn}"',
                    disposition=f'attachment; filename="{fn}"'))
            expect_att.append(("ics", method))
        else:
            raise ValueError(att["type"])

    if inline_cal is not None:
        parts.append(inline_cal)
    root = parts[0] if len(parts) == 1 else multipart("alternative", parts, boundary())
    if attachments:
        root = multipart("mixed", [root, *attachments], boundary())
        root.preamble = "This is a multi-part message in MIME format."
    root["MIME-Version"] = "1.0"
    # MIME-Version first, as mailers write it
    items = root._headers
    root._headers = [h for h in items if h[0] == "MIME-Version"] + \
        [h for h in items if h[0] != "MIME-Version"]

    name_enc = spec.get("name_enc")
    lines = [addr_list("From", [spec["frm"]], name_enc)]
    lines.append(addr_list("To", spec.get("to", [C.CANDIDATE]), spec.get("to_enc", name_enc)))
    if spec.get("cc"):
        lines.append(addr_list("Cc", spec["cc"], name_enc))
    if spec.get("reply_to"):
        lines.append(addr_list("Reply-To", [spec["reply_to"]], name_enc))
    lines.append(subject_header(spec["subject"], spec.get("subj_enc"), spec.get("subj_partial",
                                                                               False)))
    lines.append(f"Date: {format_datetime(when)}")
    lines.append(f"Message-ID: {ids[spec.get('mid', slug)]}")
    refs = [ids.get(r, r) for r in spec.get("refs", [])]
    if spec.get("irt"):
        irt = ids.get(spec["irt"], spec["irt"])
        lines.append(f"In-Reply-To: {irt}")
        if irt not in refs:
            refs.append(irt)
    if refs:
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(fold(name, value) if len(name) + len(value) > 76 and " " in value
                     else f"{name}: {value}")

    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=GEN_POLICY).flatten(root)
    head = "\n".join(lines) + "\n"
    head.encode("ascii")
    expect = {"body": body, "html": html, "attachments": expect_att}
    return head.encode("ascii") + buf.getvalue(), expect


# ---------------------------------------------------------------- checks

def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(path: Path, spec: dict, expect: dict) -> None:
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    where = path.relative_to(HERE)
    assert max(len(line) for line in raw.split(b"\n")) <= 998, f"{where}: line over 998"
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{where}: {name} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    frm = msg["From"].addresses[0]
    exp_name, exp_addr = spec["frm"]
    assert frm.display_name == exp_name, f"{where}: from name {frm.display_name!r}"
    assert frm.addr_spec == exp_addr, f"{where}: from {frm.addr_spec!r}"
    assert msg["Date"].datetime.year == 2026
    plains = [p for p in msg.walk() if p.get_content_type() == "text/plain"]
    htmls = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    if expect["body"] is not None:
        assert _norm(plains[0].get_content()) == _norm(expect["body"]), f"{where}: body differs"
    else:
        assert not plains, f"{where}: unexpected text/plain"
    if expect["html"] is not None:
        assert _norm(htmls[0].get_content()) == _norm(expect["html"]), f"{where}: html differs"
    cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    for kind, what in expect["attachments"]:
        if kind == "pdf":
            pdf = next(p for p in pdfs if p.get_filename() == what).get_content()
            assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF"), where
        else:
            assert any(f"METHOD:{what}" in c.get_content() for c in cals), f"{where}: {what}"
            assert all(c.get_param("method") == what for c in cals if c.get_param("method"))
    # label sanity
    contact = spec.get("contact", "")
    if contact:
        seen = [a.lower() for _, a in getaddresses(
            [str(v) for h in ("From", "Reply-To") for v in msg.get_all(h, [])])]
        assert contact in seen, f"{where}: contact {contact} not in From/Reply-To {seen}"
        assert contact == contact.lower() and contact != C.CANDIDATE_ADDR
    if spec["frm"][1] == C.CANDIDATE_ADDR:
        assert spec["kind"] == "other" and not contact, f"{where}: own mail must be other"
    assert bool(spec.get("company")) == (spec["kind"] != "other"), f"{where}: company rule"


# ---------------------------------------------------------------- main

def main() -> None:
    specs = [*msgs227_rejections.MESSAGES, *msgs227_invites.MESSAGES, *msgs227_acks.MESSAGES,
             *msgs227_other.MESSAGES]
    slugs = Counter(s["slug"] for s in specs)
    dup = [s for s, n in slugs.items() if n > 1]
    assert not dup, f"duplicate slugs: {dup}"
    ids: dict[str, str] = {}
    for spec in specs:
        key = spec.get("mid", spec["slug"])
        assert key not in ids, f"duplicate mid {key}"
        ids[key] = message_id(spec)
    for spec in specs:
        for ref in [*spec.get("refs", []), *([spec["irt"]] if spec.get("irt") else [])]:
            assert ref in ids or ref.startswith("<"), f"{spec['slug']}: unknown ref {ref}"
        assert spec["kind"] in KINDS and spec["lang"] in LANGS, spec["slug"]

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    numbers: Counter[str] = Counter()
    for spec in specs:
        kind = spec["kind"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        data, expect = build(spec, ids)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec, expect)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])

    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = Counter((r[1], r[4]) for r in rows)
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:34}" + "".join(f"{n:5d}" for n in counts) + f"  {sum(counts):5d}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':34}" + "".join(f"{n:5d}" for n in totals) + f"  {sum(totals):5d}")
    # unicodedata is imported so a reader can NFC-check names while editing the data modules
    assert all(unicodedata.is_normalized("NFC", s["subject"]) for s in specs)


if __name__ == "__main__":
    main()
