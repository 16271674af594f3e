#!/usr/bin/env python3
"""Builds corpus 155 (Élodie Vandamme-Reyes) from the hand-written specs in msgs155_*.py.

Standard library only. Run from the repository root:

    python tests/corpus_hundredfiftyfifth/make_hundredfiftyfifth.py

It deletes and rewrites only the *.eml files and labels.csv of its own folder, then re-parses
every message it wrote (email.policy.default) and checks: no defects, the subject, the sender
and every body part round-trip.
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from email import charset as email_charset
from email.generator import BytesGenerator
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs155_acks  # noqa: E402
import msgs155_invites  # noqa: E402
import msgs155_other  # noqa: E402
import msgs155_rejections  # noqa: E402
from msgs155_common import CAND  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
LEGAL = re.compile(r"\b(GmbH|AG|SA|SAS|SARL|S\.A\.|S\.L\.|SL|Ltd|LLP|LLC|Inc|plc|BV|NV|"
                   r"SRL|SPRL|KG|Sàrl)\.?$")

# ------------------------------------------------------------------------------ dates


def _last_sunday(year: int, month: int) -> int:
    d = datetime(year, month, 31 if month in (3, 10) else 30)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d.day


def utc_offset(local: datetime, zone: str) -> timedelta:
    """The sender's offset in 2026: continental Europe, the UK, US Eastern or UTC."""
    if zone == "UTC":
        return timedelta(0)
    if zone == "CET":
        start = datetime(2026, 3, _last_sunday(2026, 3), 2)
        end = datetime(2026, 10, _last_sunday(2026, 10), 3)
        return timedelta(hours=2 if start <= local < end else 1)
    if zone == "UK":
        start = datetime(2026, 3, _last_sunday(2026, 3), 1)
        end = datetime(2026, 10, _last_sunday(2026, 10), 2)
        return timedelta(hours=1 if start <= local < end else 0)
    if zone == "ET":
        start = datetime(2026, 3, 8, 2)
        end = datetime(2026, 11, 1, 2)
        return timedelta(hours=-4 if start <= local < end else -5)
    raise ValueError(zone)


def aware(when: str, zone: str) -> datetime:
    fmt = "%Y-%m-%d %H:%M:%S" if when.count(":") == 2 else "%Y-%m-%d %H:%M"
    local = datetime.strptime(when, fmt)
    return local.replace(tzinfo=timezone(utc_offset(local, zone)))


# ------------------------------------------------------------------------------ headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _ew(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        import base64
        payload = base64.b64encode(raw).decode("ascii")
    else:
        payload = "".join(chr(c) if c in _Q_SAFE else "_" if c == 0x20 else f"={c:02X}"
                          for c in raw)
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, charset: str, enc: str, limit: int = 66) -> list[str]:
    """text as RFC 2047 encoded words short enough for a folded line, split after spaces
    where possible and otherwise between characters."""
    chunks = re.findall(r"[^ ]+ *| +", text)
    words: list[str] = []
    cur = ""
    for chunk in chunks:
        if cur and len(_ew(cur + chunk, charset, enc)) > limit:
            words.append(_ew(cur, charset, enc))
            cur = ""
        if len(_ew(chunk, charset, enc)) <= limit:
            cur += chunk
            continue
        for ch in chunk:
            if cur and len(_ew(cur + ch, charset, enc)) > limit:
                words.append(_ew(cur, charset, enc))
                cur = ""
            cur += ch
    if cur or not words:
        words.append(_ew(cur, charset, enc))
    return words


def _atoms(text: str, enc: tuple[str, str] | None, mixed: bool) -> list[tuple[str, str]]:
    """(separator, atom) pairs; separator ' ' is a literal space, '' joins encoded words."""
    if enc is None:
        return [(" " if i else "", w) for i, w in enumerate(text.split(" "))]
    charset, kind = enc
    if not mixed:
        return [("", w) for w in encoded_words(text, charset, kind)]
    tokens = text.split(" ")
    runs: list[tuple[bool, list[str]]] = []
    for tok in tokens:
        plain = tok.isascii() and not tok.startswith("=?")
        if runs and runs[-1][0] == plain:
            runs[-1][1].append(tok)
        else:
            runs.append((plain, [tok]))
    out: list[tuple[str, str]] = []
    for i, (plain, toks) in enumerate(runs):
        sep = " " if i else ""
        if plain:
            for j, tok in enumerate(toks):
                out.append((sep if j == 0 else " ", tok))
        else:
            for j, word in enumerate(encoded_words(" ".join(toks), charset, kind)):
                out.append((sep if j == 0 else "", word))
    return out


def fold(name: str, atoms: list[tuple[str, str]], tail: str = "") -> str:
    """A header line folded before 78 columns where a space or an encoded-word gap allows."""
    line = f"{name}: "
    lines: list[str] = []
    first = True
    for sep, atom in atoms:
        piece = atom if first else (sep or " ") + atom
        if not first and len(line) + len(piece) > 78:
            lines.append(line)
            line = " " + atom
        else:
            line += piece
        first = False
    if tail:
        if len(line) + len(tail) + 1 > 78:
            lines.append(line)
            line = " " + tail
        else:
            line += " " + tail
    lines.append(line)
    return "\n".join(lines)


_ATEXT = re.compile(r"[A-Za-z0-9 !#$%&'*+\-/=?^_`{|}~]+")


def address_header(name: str, people: list[tuple[str, str]],
                   enc: tuple[str, str] | None) -> str:
    """From/To/Cc/Reply-To with display names plain, quoted or encoded."""
    parts: list[str] = []
    for i, (display, addr) in enumerate(people):
        comma = "," if i < len(people) - 1 else ""
        if not display:
            parts.append(f"{addr}{comma}")
            continue
        use = enc
        if use is None and not display.isascii():
            use = ("utf-8", "Q")
        if use is not None:
            words = encoded_words(display, *use)
            parts.append(" ".join(words) + f" <{addr}>{comma}")
        elif _ATEXT.fullmatch(display):
            parts.append(f"{display} <{addr}>{comma}")
        else:
            quoted = display.replace("\\", "\\\\").replace('"', '\\"')
            parts.append(f'"{quoted}" <{addr}>{comma}')
    atoms: list[tuple[str, str]] = []
    for i, part in enumerate(parts):
        for j, tok in enumerate(part.split(" ")):
            atoms.append((" " if (i or j) else "", tok))
    return fold(name, atoms)


def people(value: object) -> list[tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, tuple):
        return [value]  # type: ignore[list-item]
    return list(value)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ parts

_CTE = {"qp": email_charset.QP, "b64": email_charset.BASE64, "8bit": None, "7bit": None}


def text_part(content: str, subtype: str, charset: str, cte: str) -> Message:
    if cte == "7bit":
        assert content.isascii(), "7bit part with non-ASCII text"
    content.encode(charset)  # raises if the charset cannot carry the text
    cs = email_charset.Charset(charset)
    cs.body_encoding = _CTE[cte]
    return MIMEText(content, subtype, cs)


def _esc_ics(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold_ics(line: str) -> list[str]:
    out: list[str] = []
    cur = ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = 75
        else:
            cur += ch
    out.append(cur)
    return out


_VTZ = {
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "010000", "020000"),
}


def _vtimezone(tzid: str) -> list[str]:
    std, dst, sname, dname, dst_at, std_at = _VTZ.get(
        tzid, ("+0100", "+0200", "CET", "CEST", "020000", "030000"))
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}",
        f"DTSTART:19700329T{dst_at}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}",
        f"DTSTART:19701025T{std_at}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD", "END:VTIMEZONE",
    ]


def build_ics(ics: dict, sent: datetime) -> str:
    """One VEVENT in a VCALENDAR with the given METHOD, as CRLF lines folded at 75 octets."""
    method = ics.get("method", "REQUEST")
    tzid = ics.get("tzid", "Europe/Brussels")
    start = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=ics.get("minutes", 60))
    stamp = sent.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        *_vtimezone(tzid),
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('sequence', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{_esc_ics(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_esc_ics(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_esc_ics(ics['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for att_name, att_addr in ics.get("attendees", [CAND]):
        lines.append(f'ATTENDEE;CN="{att_name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{att_addr}")
    lines += [
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _fold_ics(line)]
    return "\r\n".join(folded) + "\r\n"


def _pdf_text(s: str) -> str:
    out = []
    for ch in s.encode("cp1252"):
        c = chr(ch)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= ch < 127:
            out.append(c)
        else:
            out.append(f"\\{ch:03o}")
    return "".join(out)


def build_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with the given lines."""
    text = ["BT", "/F1 16 Tf", "56 780 Td", "18 TL", f"({_pdf_text(title)}) Tj", "T*",
            "/F1 10.5 Tf", "15 TL"]
    for line in lines:
        text.append(f"({_pdf_text(line)}) Tj T*")
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + _pdf_text(title).encode("latin-1") + b") /Producer (corpus155) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# ------------------------------------------------------------------------------ message


def _h(s: str, n: int = 12) -> str:
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def message_id(spec: dict, sent: datetime) -> str:
    addr = spec["frm"][1]
    domain = spec.get("mid_domain") or addr.split("@", 1)[1]
    if addr == CAND[1]:
        domain = "mail.example.be"
    return f"<{sent.strftime('%Y%m%d%H%M%S')}.{_h(spec['id'], 16)}@{domain}>"


def _boundary(spec: dict, n: int, style: int) -> str:
    h = _h(f"{spec['id']}/{n}", 20)
    if style == 0:
        return f"000000000000{h}"
    if style == 1:
        return f"----=_Part_{int(h[:6], 16) % 9000 + 100}_{int(h[6:12], 16)}.{h[12:]}"
    return f"_00{n}_{h.upper()}_"


def build_body(spec: dict, sent: datetime, index: int) -> tuple[Message, list[tuple[str, str]]]:
    """The MIME tree below the header block, and the (content type, text) pairs to re-find."""
    expected: list[tuple[str, str]] = []
    charset = spec.get("charset", "utf-8")
    text = spec.get("text")
    html = spec.get("html")
    body_parts: list[Message] = []
    if text is not None:
        cte = spec.get("cte") or ("7bit" if text.isascii() else "qp")
        body_parts.append(text_part(text, "plain", charset, cte))
        expected.append(("text/plain", text))
    if html is not None:
        hcs = spec.get("html_charset", charset)
        hcte = spec.get("html_cte") or ("7bit" if html.isascii() else "qp")
        body_parts.append(text_part(html, "html", hcs, hcte))
        expected.append(("text/html", html))
    ics = spec.get("ics")
    attachments: list[Message] = []
    if ics is not None:
        ics_text = build_ics(ics, sent)
        method = ics.get("method", "REQUEST")
        if spec.get("ics_mode", "alt") == "alt":
            cal = text_part(ics_text, "calendar", "utf-8",
                            "7bit" if ics_text.isascii() else "b64")
            cal.set_param("method", method)
            body_parts.append(cal)
            expected.append(("text/calendar", ics_text))
        else:
            name = ics.get("filename", "invite.ics")
            att = MIMEApplication(ics_text.encode("utf-8"), "ics")
            att.set_param("name", name)
            att.add_header("Content-Disposition", "attachment", filename=name)
            attachments.append(att)
    style = index % 3
    n = 0
    if len(body_parts) == 1:
        core = body_parts[0]
    else:
        n += 1
        core = MIMEMultipart("alternative", boundary=_boundary(spec, n, style),
                             _subparts=body_parts)
    for pdf in spec.get("pdfs", []):
        att = MIMEApplication(build_pdf(pdf["title"], pdf["lines"]), "pdf")
        att.set_param("name", pdf["filename"])
        att.add_header("Content-Disposition", "attachment", filename=pdf["filename"])
        attachments.append(att)
    if attachments:
        n += 1
        root = MIMEMultipart("mixed", boundary=_boundary(spec, n, style),
                             _subparts=[core, *attachments])
    else:
        root = core
    for part in root.walk():
        del part["MIME-Version"]
    return root, expected


def render(spec: dict, mids: dict[str, str], refs: dict[str, list[str]],
           index: int) -> tuple[bytes, list[tuple[str, str]]]:
    sent = aware(spec["date"], spec.get("tz", "CET"))
    lines: list[str] = []
    for name, value in spec.get("pre_headers", []):
        lines.append(f"{name}: {value}")
    lines.append(address_header("From", [spec["frm"]], spec.get("frm_enc")))
    to = people(spec.get("to", CAND))
    lines.append(address_header("To", to, spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", people(spec["cc"]), spec.get("cc_enc")))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", people(spec["reply_to"]),
                                    spec.get("reply_to_enc")))
    subject = spec["subject"]
    enc = spec.get("subject_enc")
    if enc is None and not subject.isascii():
        enc = ("utf-8", "Q")
    lines.append(fold("Subject", _atoms(subject, enc, spec.get("subject_mixed", False))))
    lines.append(f"Date: {format_datetime(sent)}")
    lines.append(f"Message-ID: {mids[spec['id']]}")
    if spec.get("parent"):
        parent_mid = mids[spec["parent"]]
        lines.append(f"In-Reply-To: {parent_mid}")
        chain = refs[spec["id"]]
        lines.append(fold("References", [(" ", r) for r in chain]))
    for name, value in spec.get("headers", []):
        if not value.isascii():  # a list's description: encode the phrase before <id>
            phrase, _, rest = value.partition(" <")
            value = " ".join(encoded_words(phrase, "utf-8", "Q")) + (f" <{rest}" if rest else "")
        lines.append(f"{name}: {value}" if value else f"{name}:")
    lines.append("MIME-Version: 1.0")
    root, expected = build_body(spec, sent, index)
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78,
                   policy=compat32.clone(linesep="\n")).flatten(root)
    return ("\n".join(lines) + "\n").encode("ascii") + buf.getvalue(), expected


# ------------------------------------------------------------------------------ checks


def check(spec: dict, raw: bytes, expected: list[tuple[str, str]], rel: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems: list[str] = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
    if msg["Subject"] != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    sender = msg["From"].addresses[0]
    if (sender.display_name, sender.addr_spec) != spec["frm"]:
        problems.append(f"from {sender.display_name!r} {sender.addr_spec!r}")
    for header in ("To", "Reply-To", "Cc"):
        want = people(spec.get(header.lower().replace("-", "_"), CAND if header == "To" else None))
        if want:
            got = [(a.display_name, a.addr_spec) for a in msg[header].addresses]
            if got != want:
                problems.append(f"{header} {got!r} != {want!r}")
    texts = [(p.get_content_type(), p.get_content()) for p in msg.walk()
             if p.get_content_maintype() == "text"]
    for ctype, content in expected:
        norm = content.replace("\r\n", "\n")
        if not any(t == ctype and c.replace("\r\n", "\n") == norm for t, c in texts):
            problems.append(f"{ctype} part does not round-trip")
    if max(len(line) for line in raw.split(b"\n")) > 998:
        problems.append("line longer than 998 octets")
    if msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def validate_spec(spec: dict) -> None:
    sid = spec["id"]
    assert spec["kind"] in KINDS, sid
    assert spec["lang"] in LANGS, sid
    assert re.fullmatch(r"[a-z0-9_]+", spec["slug"]), sid
    company = spec.get("company", "")
    contact = spec.get("contact", "")
    if spec["kind"] == "other":
        assert company == "", f"{sid}: other has no company"
    else:
        assert company and not LEGAL.search(company), f"{sid}: company {company!r}"
    if spec["frm"][1] == CAND[1]:
        assert spec["kind"] == "other" and contact == "", f"{sid}: own mail"
    if contact:
        assert contact == contact.lower(), sid
        listed = [a.lower() for _, a in [*people(spec.get("reply_to")), spec["frm"]]]
        assert contact in listed, f"{sid}: contact {contact} not in From/Reply-To"


def main() -> None:
    specs = [*msgs155_rejections.MESSAGES, *msgs155_invites.MESSAGES,
             *msgs155_acks.MESSAGES, *msgs155_other.MESSAGES]
    ids = [s["id"] for s in specs]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes, f"duplicate ids {dupes}"
    for spec in specs:
        validate_spec(spec)
    by_id = {s["id"]: s for s in specs}
    mids: dict[str, str] = {}
    for spec in specs:
        mids[spec["id"]] = message_id(spec, aware(spec["date"], spec.get("tz", "CET")))
    refs: dict[str, list[str]] = {}

    def chain(sid: str) -> list[str]:
        spec = by_id[sid]
        parent = spec.get("parent")
        if not parent:
            return []
        if parent not in mids:  # an earlier message that is not in the corpus
            mids[parent] = f"<{_h(parent, 20)}@mail.example.be>"
            return [mids[parent]]
        return [*(chain(parent) if parent in by_id else []), mids[parent]]

    for spec in specs:
        refs[spec["id"]] = chain(spec["id"])

    for path in HERE.glob("*/*.eml"):
        path.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    counters = dict.fromkeys(KINDS, 0)
    rows: list[list[str]] = []
    table: dict[tuple[str, str], int] = {}
    for index, spec in enumerate(specs):
        kind = spec["kind"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        try:
            raw, expected = render(spec, mids, refs, index)
        except (UnicodeError, AssertionError, ValueError) as exc:
            raise SystemExit(f"{rel} ({spec['id']}): {exc!r}") from exc
        check(spec, raw, expected, rel)
        out = HERE / rel
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(raw)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
        table[(kind, spec["lang"])] = table.get((kind, spec["lang"]), 0) + 1
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    print(f"{len(rows)} messages written to {HERE}")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in ("fr", "en", "de", "es"))
          + "  total")
    for kind in KINDS:
        counts = [table.get((kind, lang), 0) for lang in ("fr", "en", "de", "es")]
        print(f"{kind:32}" + "".join(f"{c:>5}" for c in counts) + f"{sum(counts):>7}")
    totals = [sum(table.get((k, lang), 0) for k in KINDS) for lang in ("fr", "en", "de", "es")]
    print(f"{'total':32}" + "".join(f"{c:>5}" for c in totals) + f"{sum(totals):>7}")


if __name__ == "__main__":
    main()
