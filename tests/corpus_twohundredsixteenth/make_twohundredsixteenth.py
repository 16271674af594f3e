"""Build corpus 216 (.eml files and labels.csv) from the hand-written specs in msgs216_*.py.

Run from the repository root:  python tests/corpus_twohundredsixteenth/make_twohundredsixteenth.py

Standard library only. Deletes and rewrites only */*.eml and labels.csv in this folder, then
re-parses every written message and checks it (no defects, subject, names and bodies survive).
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import re
import sys
from datetime import datetime
from email.generator import BytesGenerator
from email.message import MIMEPart
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs216_acks  # noqa: E402
import msgs216_invites  # noqa: E402
import msgs216_other  # noqa: E402
import msgs216_rejections  # noqa: E402
from msgs216_common import CAND  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)
LABEL_KEYS = ("kind", "slug", "lang", "company", "contact", "id", "re")


# ---------------------------------------------------------------- headers

def encoded_words(text, charset, enc, maxlen=66):
    """RFC 2047 encoded words for text, each at most maxlen characters, split on characters."""
    prefix = f"=?{charset}?{enc}?"

    def body(chunk):
        raw = chunk.encode(charset)
        if enc == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for byte in raw:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append(f"={byte:02X}")
        return "".join(out)

    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if cur and len(prefix) + len(body(trial)) + 2 > maxlen:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    words.append(cur)
    return [f"{prefix}{body(w)}?=" for w in words]


def fold_plain(name, value, width=78):
    """name: value folded at spaces (unfolding gives value back)."""
    words = value.split(" ")
    lines, cur = [], f"{name}:"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur != f"{name}:":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def fold_words(name, words):
    """name: word1 word2 ... with a line break before each further word."""
    return f"{name}: " + "\n ".join(words)


def mailbox(pair, enc=None):
    name, addr = pair
    if not name:
        return [addr]
    if enc or not name.isascii():
        charset, how = enc or ("utf-8", "Q")
        return [*encoded_words(name, charset, how), f"<{addr}>"]
    if re.search(r'[()<>\[\]:;@\\,."]', name):
        return ['"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"', f"<{addr}>"]
    return [*name.split(" "), f"<{addr}>"]


def address_header(name, value, enc=None):
    pairs = value if isinstance(value, list) else [value]
    words = []
    for i, pair in enumerate(pairs):
        mb = mailbox(pair, enc)
        if i < len(pairs) - 1:
            mb[-1] += ","
        words += mb
    # join plainly where it fits, break lines only between words
    lines, cur = [], f"{name}:"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur != f"{name}:":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def subject_header(subject, enc):
    if enc is None and subject.isascii():
        return fold_plain("Subject", subject)
    charset, how = enc or ("utf-8", "Q")
    return fold_words("Subject", encoded_words(subject, charset, how))


def when(spec):
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def domain_of(addr):
    return addr.rsplit("@", 1)[1]


# ---------------------------------------------------------------- bodies

def leaf(text, subtype, charset, cte):
    part = MIMEPart(policy=POLICY)
    if cte in ("8bit", "7bit"):
        cte = "7bit" if text.isascii() else "8bit"
    part.set_content(text, subtype=subtype, charset=charset, cte=cte)
    return part


def multipart(subtype, parts, boundary):
    m = MIMEPart(policy=POLICY)
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def pdf_bytes(lines):
    """A one-page PDF 1.4 showing lines in Helvetica (WinAnsi), with a correct xref table."""
    def pdf_str(s):
        raw = s.encode("cp1252", errors="replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 780 Td"]
    for line in lines:
        ops.append(pdf_str(line) + b" Tj T*")
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


VTIMEZONE = """BEGIN:VTIMEZONE
TZID:{tz}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def ics_escape(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line):
    """Fold an iCalendar content line at 73 characters (continuation lines start with a space)."""
    out = []
    while len(line) > 73:
        out.append(line[:73])
        line = " " + line[73:]
    out.append(line)
    return "\n".join(out)


def ics_text(a):
    org_name, org_addr = a["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus216//Handwritten//EN",
        "VERSION:2.0",
        f"METHOD:{a['method']}",
        VTIMEZONE.format(tz=a["tz"]),
        "BEGIN:VEVENT",
        f"UID:{a['uid']}",
        f"SEQUENCE:{a['seq']}",
        f"DTSTAMP:{a['stamp']}Z",
        f"DTSTART;TZID={a['tz']}:{a['start']}",
        f"DTEND;TZID={a['tz']}:{a['end']}",
        f"SUMMARY:{ics_escape(a['summary'])}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
    ]
    attendees = a["attendees"] or [CAND]
    for name, addr in attendees:
        lines.append(f"ATTENDEE;CN=\"{name}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f"RSVP=TRUE:mailto:{addr}")
    if a["location"]:
        lines.append(f"LOCATION:{ics_escape(a['location'])}")
    if a["description"]:
        lines.append(f"DESCRIPTION:{ics_escape(a['description'])}")
    status = a["status"] or ("CANCELLED" if a["method"] == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(ics_fold(x) if "\n" not in x else x for x in lines) + "\n"


def calendar_part(a, attached):
    part = MIMEPart(policy=POLICY)
    text = ics_text(a)
    params = {"method": a["method"]}
    if attached:
        part.set_content(text, subtype="calendar", charset="utf-8",
                         cte="7bit" if text.isascii() else "quoted-printable",
                         params=params, disposition="attachment", filename=a["filename"])
    else:
        part.set_content(text, subtype="calendar", charset="utf-8",
                         cte="7bit" if text.isascii() else "quoted-printable", params=params)
    return part, text


def build_tree(spec, tag, expected):
    """The MIME tree of spec's body; records (content type, text) the reader must get back."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "8bit")
    html_charset = spec.get("html_charset", charset)
    html_cte = spec.get("html_cte", cte)
    text, html = spec.get("text"), spec.get("html")
    attach = spec.get("attach", [])
    counter = iter(range(1, 20))

    def boundary():
        return f"==216_{tag}_{next(counter)}=="

    inline_cal = [a for a in attach if a["type"] == "ics" and a["inline"]]
    others = [a for a in attach if not (a["type"] == "ics" and a["inline"])]

    alt_parts = []
    if text is not None:
        alt_parts.append(leaf(text, "plain", charset, cte))
        expected.append(("text/plain", text))
    if html is not None:
        alt_parts.append(leaf(html, "html", html_charset, html_cte))
        expected.append(("text/html", html))
    for a in inline_cal:
        part, ctext = calendar_part(a, attached=False)
        alt_parts.append(part)
        expected.append(("text/calendar", ctext))
    assert alt_parts, f"{tag}: no body"
    core = alt_parts[0] if len(alt_parts) == 1 else multipart("alternative", alt_parts, boundary())

    if not others:
        return core
    parts = [core]
    for a in others:
        if a["type"] == "pdf":
            part = MIMEPart(policy=POLICY)
            part.set_content(pdf_bytes(a["lines"]), maintype="application", subtype="pdf",
                             disposition="attachment", filename=a["filename"])
            parts.append(part)
        elif a["type"] == "ics":
            part, ctext = calendar_part(a, attached=True)
            parts.append(part)
            expected.append(("text/calendar", ctext))
        elif a["type"] == "rfc822":
            inner_bytes = build_message(a["spec"], tag + "i", expected)
            inner = email.message_from_bytes(inner_bytes, policy=POLICY)
            part = MIMEPart(policy=POLICY)
            part.set_content(inner, disposition="inline")
            parts.append(part)
        else:
            raise ValueError(a["type"])
    return multipart("mixed", parts, boundary())


def message_id(spec):
    digest = hashlib.sha1((spec.get("id") or spec["subject"] + spec["date"]).encode())
    return f"<216.{digest.hexdigest()[:12]}.{when(spec):%Y%m%d%H%M}@{domain_of(spec['frm'][1])}>"


def build_message(spec, tag, expected, ids=None, refs=None):
    ids = ids or {}
    refs = refs or {}
    lines = [address_header("From", spec["frm"], spec.get("frm_enc"))]
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", spec["reply_to"], spec.get("reply_to_enc")))
    lines.append(address_header("To", spec["to"], spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"]))
    lines.append(subject_header(spec["subject"], spec.get("subj_enc")))
    lines.append(f"Date: {format_datetime(when(spec))}")
    lines.append(f"Message-ID: {message_id(spec)}")
    parent = spec.get("re")
    if parent:
        chain = [*refs.get(parent, []), ids[parent]]
        lines.append(f"In-Reply-To: {ids[parent]}")
        lines.append(fold_words("References", chain))
    for name, value in spec.get("headers", []):
        lines.append(fold_plain(name, value) if value.isascii() else
                     fold_words(name, encoded_words(value, "utf-8", "Q")))
    lines.append("MIME-Version: 1.0")
    tree = build_tree(spec, tag, expected)
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(tree)
    return ("\n".join(lines) + "\n").encode("ascii") + buf.getvalue()


# ---------------------------------------------------------------- checks

def norm(text):
    text = text.replace("\r\n", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def check(path, spec, expected, ids):
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    if msg["Message-ID"] != ids[spec["id"]]:
        problems.append("message-id")
    for header, key in (("From", "frm"), ("Reply-To", "reply_to")):
        if spec.get(key):
            got = msg[header].addresses[0]
            name, addr = spec[key]
            if got.addr_spec != addr or (got.display_name or "") != name:
                problems.append(f"{header} {got!r} != {spec[key]!r}")
    texts = [(p.get_content_type(), norm(p.get_content())) for p in msg.walk()
             if p.get_content_maintype() == "text"]
    for ctype, text in expected:
        if (ctype, norm(text)) not in texts:
            problems.append(f"{ctype} body does not round-trip")
    if when(spec).year != 2026 or msg["Date"].datetime != when(spec):
        problems.append("date")
    raw = path.read_bytes()
    if any(len(line) > 998 for line in raw.split(b"\n")):
        problems.append("line longer than 998 octets")
    if problems:
        raise SystemExit(f"{path.name}: " + "; ".join(problems))


# ---------------------------------------------------------------- main

def main():
    specs = [*msgs216_rejections.MESSAGES, *msgs216_invites.MESSAGES,
             *msgs216_acks.MESSAGES, *msgs216_other.MESSAGES]
    seen = set()
    for s in specs:
        assert s["id"] not in seen, f"duplicate id {s['id']}"
        seen.add(s["id"])
        assert s["kind"] in KINDS, s["id"]
        assert s["lang"] in ("en", "de", "fr", "es"), s["id"]
    ids = {s["id"]: message_id(s) for s in specs}
    refs = {}
    by_id = {s["id"]: s for s in specs}

    def chain(sid):
        parent = by_id[sid].get("re")
        return [*chain(parent), ids[parent]] if parent else []

    for s in specs:
        refs[s["id"]] = chain(s["id"])

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    numbers = dict.fromkeys(KINDS, 0)
    rows = []
    for s in specs:
        numbers[s["kind"]] += 1
        rel = f"{s['kind']}/{numbers[s['kind']]:03d}_{s['slug']}.eml"
        expected = []
        try:
            data = build_message(s, s["id"].replace("-", ""), expected, ids, refs)
        except Exception as error:
            raise SystemExit(f"{s['id']}: {type(error).__name__}: {error}") from error
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, s, expected, ids)
        rows.append([rel, s["kind"], s.get("company", ""), s.get("contact", ""), s["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(f"wrote {len(rows)} messages to {HERE}")


if __name__ == "__main__":
    main()
