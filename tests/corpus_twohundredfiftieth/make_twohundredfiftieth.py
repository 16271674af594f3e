"""Build corpus 250 (blind): Íñigo Salaberri-Achterberg's 2026 job-search mailbox.

Run from the repository root:  python tests/corpus_twohundredfiftieth/make_twohundredfiftieth.py

Every message is a hand-written spec (a dict) in the msgs250_* modules next to this file. This
script turns each spec into an RFC 5322 message with the standard library's `email` package,
writes the top-level header block itself (so encoded words can use utf-8 or iso-8859-1, Q or B),
sets deterministic boundaries, Message-IDs and dates, builds small valid PDFs and iCalendar
parts, writes labels.csv, and re-parses every written file to check it round-trips without
defects. It deletes and rewrites only *.eml files and labels.csv inside its own folder.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import sys
from collections import Counter
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs250_acks  # noqa: E402
import msgs250_invites  # noqa: E402
import msgs250_other  # noqa: E402
import msgs250_rejections  # noqa: E402
from msgs250_common import CANDIDATE  # noqa: E402

POLICY = email.policy.default.clone(linesep="\r\n")
KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["es", "en", "fr", "de"]
CRLF = "\r\n"
SPECIALS = set('()<>[]:;@\\,."')
Q_PHRASE_OK = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")
Q_TEXT_OK = Q_PHRASE_OK | set(".,;:()'&%$#@[]{}<>|~^`\"")


# --------------------------------------------------------------------------- encoded words
def _q_char(ch: str, charset: str, phrase: bool) -> str:
    ok = Q_PHRASE_OK if phrase else Q_TEXT_OK
    if ch == " ":
        return "_"
    if ch in ok and ch not in "=?_":
        return ch
    return "".join(f"={b:02X}" for b in ch.encode(charset))


def encoded_words(text: str, charset: str, enc: str, phrase: bool = False) -> list[str]:
    """Split text into RFC 2047 encoded words of at most 75 characters, whole characters each."""
    prefix, suffix = f"=?{charset}?{enc}?", "?="
    room = 75 - len(prefix) - len(suffix)
    words: list[str] = []
    chunk = ""

    def render(s: str) -> str:
        if enc == "B":
            return base64.b64encode(s.encode(charset)).decode("ascii")
        return "".join(_q_char(c, charset, phrase) for c in s)

    for ch in text:
        if len(render(chunk + ch)) > room:
            words.append(prefix + render(chunk) + suffix)
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(prefix + render(chunk) + suffix)
    return words


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay under 78 characters."""
    line, lines = f"{name}: ", []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 76 and line.strip() != f"{name}:":
            lines.append(line)
            line = piece  # the leading space becomes the folding whitespace
        else:
            line += piece
    lines.append(line)
    return CRLF.join(lines)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    """One unstructured header (Subject), encoded when asked or when not ASCII."""
    if enc is None and value.isascii():
        return fold_plain(name, value)
    charset, how = enc or ("utf-8", "Q")
    words = encoded_words(value, charset, how)
    return f"{name}: " + (CRLF + " ").join(words)


def mailbox(name: str, addr: str, enc: tuple[str, str] | None) -> str:
    if not name:
        return addr
    if name.isascii() and enc is None:
        if any(c in SPECIALS for c in name):
            return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"' + f" <{addr}>"
        return f"{name} <{addr}>"
    charset, how = enc or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, how, phrase=True)) + f" <{addr}>"


def address_header(name: str, boxes: list[tuple[str, str]], enc: tuple[str, str] | None) -> str:
    rendered = [mailbox(n, a, enc) for n, a in boxes]
    out = f"{name}: "
    for i, r in enumerate(rendered):
        sep = "" if i == 0 else ","
        out += sep + ((CRLF + " ") if i else "") + r
    # fold long encoded display names between words
    lines = []
    for line in out.split(CRLF):
        head = len(name) + 2 if line.startswith(f"{name}:") else 1
        while len(line) > 78:
            cut = line.rfind(" =?", head, 78)
            if cut <= head:
                cut = line.find(" =?", head + 1)
            if cut <= head:
                break
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return CRLF.join(lines)


# --------------------------------------------------------------------------- PDF / iCalendar
def _pdf_str(s: str) -> bytes:
    raw = s.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) with a title and lines of text."""
    ops = [b"BT", b"/F1 15 Tf", b"56 780 Td", _pdf_str(title) + b" Tj", b"/F1 10 Tf", b"0 -28 Td"]
    for line in lines:
        ops += [_pdf_str(line) + b" Tj", b"0 -15 Td"]
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_str(title) + b" /Producer (corpus250) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info {len(objs)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def _ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line: str) -> list[str]:
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = " " + ch, 75
        else:
            cur += ch
    out.append(cur)
    return out


def _ics_time(value: str) -> str:
    dt = datetime.strptime(value, "%Y-%m-%d %H:%M %z").astimezone(UTC)
    return dt.strftime("%Y%m%dT%H%M%SZ")


def make_ics(ev: dict, stamp: str) -> str:
    method = ev.get("method", "REQUEST")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ev.get('prodid', '-//Corpus250//Calendar 1.0//EN')}",
             "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"UID:{ev['uid']}", f"SEQUENCE:{ev.get('seq', 0)}", f"DTSTAMP:{_ics_time(stamp)}",
             f"DTSTART:{_ics_time(ev['start'])}", f"DTEND:{_ics_time(ev['end'])}",
             f"SUMMARY:{_ics_escape(ev['summary'])}"]
    if ev.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ev['location'])}")
    if ev.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ev['description'])}")
    org_name, org_addr = ev["organizer"]
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    partstat = "NEEDS-ACTION" if method == "REQUEST" else "DECLINED"
    if method == "CANCEL":
        partstat = "NEEDS-ACTION"
    lines.append(f'ATTENDEE;CN="{CANDIDATE[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};'
                 f"RSVP={'TRUE' if method == 'REQUEST' else 'FALSE'}:mailto:{CANDIDATE[1]}")
    for name, addr in ev.get("attendees", []):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{addr}')
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY",
                  "DESCRIPTION:Reminder", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- MIME body
def text_part(text: str, subtype: str, charset: str, cte: str, params: dict | None = None,
              filename: str | None = None) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    kw: dict = {"subtype": subtype, "charset": charset, "cte": cte}
    if params:
        kw["params"] = params
    if filename:
        kw["disposition"] = "attachment"
        kw["filename"] = filename
    part.set_content(text, **kw)
    return part


def multipart(subtype: str, parts: list[MIMEPart], boundary: str) -> MIMEPart:
    m = MIMEPart(policy=POLICY)
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def build_body(spec: dict, seed: str) -> tuple[MIMEPart, dict]:
    """The MIME tree of one spec and what must survive the round trip."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    expect: dict = {"text": spec.get("text"), "html": spec.get("html"), "ics": [], "pdf": []}
    alt: list[MIMEPart] = []
    if spec.get("text") is not None:
        alt.append(text_part(spec["text"], "plain", charset, cte))
    if spec.get("html") is not None:
        hcs = spec.get("html_charset", charset)
        # the HTML's own <meta> charset declaration follows the MIME charset of its part
        html = spec["html"].replace("charset=utf-8", f"charset={hcs}").replace(
            'charset="utf-8"', f'charset="{hcs}"')
        expect["html"] = html
        alt.append(text_part(html, "html", hcs, spec.get("html_cte", cte)))
    ics_attach = []
    if spec.get("ics"):
        ev = spec["ics"]
        ics = make_ics(ev, spec["date"])
        expect["ics"].append(ics)
        method = ev.get("method", "REQUEST")
        default_cte = "7bit" if ics.isascii() else "8bit"
        part = text_part(ics, "calendar", "utf-8", ev.get("cte", default_cte), {"method": method})
        if ev.get("inline", True):
            alt.append(part)
        if ev.get("attach"):
            ics_attach.append(text_part(ics, "calendar", "utf-8", "base64",
                                        {"method": method}, filename=ev["attach"]))
    n = 0

    def boundary() -> str:
        nonlocal n
        n += 1
        return f"b250_{seed}_{n}"

    body = alt[0] if len(alt) == 1 else multipart("alternative", alt, boundary())
    extra: list[MIMEPart] = list(ics_attach)
    for filename, title, lines in spec.get("pdf", []):
        data = make_pdf(title, lines)
        expect["pdf"].append((filename, data))
        part = MIMEPart(policy=POLICY)
        part.set_content(data, maintype="application", subtype="pdf",
                         disposition="attachment", filename=filename)
        extra.append(part)
    if spec.get("rfc822"):
        inner = spec["rfc822"]
        raw = render(inner, seed + "i", inner_only=True)[0]
        inner_msg = email.message_from_bytes(raw, policy=POLICY)
        part = MIMEPart(policy=POLICY)
        part.set_content(inner_msg, disposition="attachment")
        extra.append(part)
    if extra:
        body = multipart("mixed", [body, *extra], boundary())
    return body, expect


# --------------------------------------------------------------------------- whole message
def _date(value: str) -> str:
    return format_datetime(datetime.strptime(value, "%Y-%m-%d %H:%M %z"))


def msgid(spec: dict) -> str:
    domain = spec.get("mid_domain") or spec["frm"][1].split("@")[1]
    h = hashlib.sha1(spec["key"].encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


BY_KEY: dict[str, dict] = {}


def references(spec: dict) -> list[str]:
    parent = spec.get("parent")
    if not parent:
        return []
    p = BY_KEY[parent]
    return [*references(p), msgid(p)]


def render(spec: dict, seed: str, inner_only: bool = False) -> tuple[bytes, dict]:
    name_enc = spec.get("name_enc")
    to = spec.get("to", [CANDIDATE])
    h: list[str] = []
    own = spec["frm"][1] == CANDIDATE[1]
    if not own and not inner_only:
        dom = spec["frm"][1].split("@")[1]
        h.append(f"Received: from mail.{dom} (mail.{dom} [198.51.100.{int(seed[:2], 16) % 250 + 1}])"
                 f"{CRLF}\tby mx.example.es with ESMTPS id {seed[:10]};{CRLF}\t{_date(spec['date'])}")
    h.append(f"Date: {_date(spec['date'])}")
    h.append(address_header("From", [spec["frm"]], name_enc))
    if spec.get("sender"):
        h.append(address_header("Sender", [spec["sender"]], None))
    if spec.get("reply_to"):
        h.append(address_header("Reply-To", [spec["reply_to"]], name_enc))
    h.append(address_header("To", to, spec.get("to_enc", name_enc)))
    if spec.get("cc"):
        h.append(address_header("Cc", spec["cc"], name_enc))
    h.append(header_text("Subject", spec["subject"], spec.get("subject_enc")))
    h.append(f"Message-ID: {msgid(spec)}")
    refs = references(spec) if not inner_only else []
    if refs:
        h.append(f"In-Reply-To: {refs[-1]}")
        h.append("References: " + (CRLF + " ").join(refs))
    h.append("MIME-Version: 1.0")
    for name, value in spec.get("headers", []):
        h.append(fold_plain(name, value))
    body, expect = build_body(spec, seed)
    buf = BytesIO()
    BytesGenerator(buf, policy=POLICY).flatten(body)
    return (CRLF.join(h) + CRLF).encode("ascii") + buf.getvalue(), expect


# --------------------------------------------------------------------------- checking
def _norm(s: str) -> str:
    return s.replace("\r\n", "\n").rstrip("\n")


def check(rel: str, data: bytes, spec: dict, expect: dict) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for k, v in part.items():
            if getattr(v, "defects", None):
                problems.append(f"header {k} defects {v.defects}")
    if msg["subject"] != spec["subject"]:
        problems.append(f"subject {msg['subject']!r} != {spec['subject']!r}")
    frm = msg["from"].addresses[0]
    if (frm.display_name, frm.addr_spec) != tuple(spec["frm"]):
        problems.append(f"from {frm!r}")
    if spec.get("reply_to"):
        rt = msg["reply-to"].addresses[0]
        if (rt.display_name, rt.addr_spec) != tuple(spec["reply_to"]):
            problems.append(f"reply-to {rt!r}")
    to = [(a.display_name, a.addr_spec) for a in msg["to"].addresses]
    if to != [tuple(x) for x in spec.get("to", [CANDIDATE])]:
        problems.append(f"to {to!r}")
    texts = {"plain": [], "html": [], "calendar": []}
    pdfs = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            if part.get_content_subtype() in texts and part.get_filename() is None:
                texts[part.get_content_subtype()].append(part.get_content())
        elif part.get_content_type() == "application/pdf":
            pdfs.append((part.get_filename(), part.get_content()))
    if expect["text"] is not None and [_norm(t) for t in texts["plain"]][:1] != [
            _norm(expect["text"])]:
        problems.append("text body does not round-trip")
    if expect["html"] is not None and [_norm(t) for t in texts["html"]][:1] != [
            _norm(expect["html"])]:
        problems.append("html body does not round-trip")
    for ics in expect["ics"]:
        if spec["ics"].get("inline", True) and _norm(ics) not in [_norm(t) for t in
                                                                 texts["calendar"]]:
            problems.append("calendar does not round-trip")
    for filename, data_ in expect["pdf"]:
        if (filename, data_) not in pdfs:
            problems.append(f"pdf {filename} does not round-trip")
    if msg["date"].datetime.year != 2026:
        problems.append("date not in 2026")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


# --------------------------------------------------------------------------- labels
def label_checks(rel: str, spec: dict) -> None:
    contact = spec.get("contact", "")
    own = spec["frm"][1] == CANDIDATE[1]
    assert spec["kind"] in KINDS, rel
    assert spec["lang"] in LANGS, rel
    if own:
        assert spec["kind"] == "other" and not contact, rel
    if contact:
        boxes = [spec["frm"]] + ([spec["reply_to"]] if spec.get("reply_to") else [])
        assert contact in [a.lower() for _, a in boxes], rel
        assert contact == contact.lower(), rel
    if spec["kind"] == "other":
        assert not spec.get("company"), rel
    else:
        assert spec.get("company"), rel


def main() -> None:
    specs = (msgs250_rejections.MESSAGES + msgs250_invites.MESSAGES + msgs250_acks.MESSAGES
             + msgs250_other.MESSAGES)
    for spec in specs:
        assert spec["key"] not in BY_KEY, spec["key"]
        BY_KEY[spec["key"]] = spec
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    counters: Counter = Counter()
    rows = []
    ids = set()
    for spec in specs:
        kind = spec["kind"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['scenario']}.eml"
        seed = hashlib.sha1(spec["key"].encode()).hexdigest()[:16]
        label_checks(rel, spec)
        data, expect = render(spec, seed)
        mid = msgid(spec)
        assert mid not in ids, rel
        ids.add(mid)
        check(rel, data, spec, expect)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((r[1], r[4]) for r in rows)
    print(f"{len(rows)} messages")
    print(f"{'kind':34}" + "".join(f"{x:>5}" for x in LANGS) + "  total")
    for kind in KINDS:
        print(f"{kind:34}" + "".join(f"{table[(kind, x)]:5}" for x in LANGS)
              + f"{sum(table[(kind, x)] for x in LANGS):7}")
    print(f"{'total':34}" + "".join(f"{sum(table[(k, x)] for k in KINDS):5}" for x in LANGS))


if __name__ == "__main__":
    main()
