"""Build corpus 192 from the hand-written specs in msgs192_*.py (standard library only).

Run from the repository root:

    python tests/corpus_hundredninetysecond/make_hundredninetysecond.py

It deletes and rewrites only the *.eml files and labels.csv in this folder. Every message is
built with the email package, written with a hand-made header block (so encoded words can use
the charset and encoding each spec asks for), then parsed back with the default policy and
checked: no defects, subject, display names, bodies and attachments round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import quopri
import re
import sys
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # leave no __pycache__ beside the corpus

import msgs192_acks  # noqa: E402
import msgs192_invites  # noqa: E402
import msgs192_other  # noqa: E402
import msgs192_rejections  # noqa: E402
from msgs192_common import (  # noqa: E402
    ME,
    esc,
    forwarded,
    mso,
    outlook_block,
    paras,
    quote,
    wrote,
)

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
WRITE_POLICY = email.policy.compat32.clone(linesep="\n")
MAX_WORD = 66  # longest encoded word, so that "Subject: " + word stays under 78 columns


# ---------------------------------------------------------------------------- headers

def _q_byte(byte: int) -> str:
    char = chr(byte)
    if byte == 0x20:
        return "_"
    if char.isascii() and (char.isalnum() or char in "!*+-/"):
        return char
    return f"={byte:02X}"


def _word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        payload = "".join(_q_byte(b) for b in raw)
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, charset: str = "utf-8", enc: str = "Q") -> list[str]:
    """text as RFC 2047 encoded words, split between characters, each <= MAX_WORD long."""
    words: list[str] = []
    current = ""
    for char in text:
        if current and len(_word(current + char, charset, enc)) > MAX_WORD:
            words.append(_word(current, charset, enc))
            current = char
        else:
            current += char
    if current:
        words.append(_word(current, charset, enc))
    return words


def fold_ascii(name: str, value: str) -> str:
    """'Name: value', folded at spaces so lines stay near 78 columns."""
    line = f"{name}:"
    if not value:
        return line
    lines: list[str] = []
    for token in value.split(" "):
        if len(line) + 1 + len(token) > 78 and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = " " + token
        else:
            line = f"{line} {token}"
    lines.append(line)
    return "\n".join(lines)


def text_header(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if value.isascii() and enc is None:
        return fold_ascii(name, value)
    charset, how = enc or ("utf-8", "Q")
    return f"{name}: " + "\n ".join(encoded_words(value, charset, how))


_ADDR = re.compile(r"^\s*(?:(.*?)\s*<([^<>\s]+)>|([^<>\s]+))\s*$")
_SPECIALS = set('()<>@,;:\\".[]')


def split_addr(value: str) -> tuple[str, str]:
    match = _ADDR.match(value)
    if not match:
        raise ValueError(f"bad address {value!r}")
    if match.group(3):
        return "", match.group(3)
    return match.group(1), match.group(2)


def address_header(name: str, values: list[str], enc: tuple[str, str] | None) -> str:
    rendered = []
    for value in values:
        display, addr = split_addr(value)
        if not display:
            rendered.append(addr)
        elif not display.isascii():
            charset, how = enc or ("utf-8", "Q")
            rendered.append(" ".join(encoded_words(display, charset, how)) + f" <{addr}>")
        elif _SPECIALS & set(display):
            quoted = display.replace("\\", "\\\\").replace('"', '\\"')
            rendered.append(f'"{quoted}" <{addr}>')
        else:
            rendered.append(f"{display} <{addr}>")
    return f"{name}: " + ",\n ".join(rendered)


def _as_list(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


# ---------------------------------------------------------------------------- dates

def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month, 31)
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def when(spec: dict) -> dt.datetime:
    local = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    seconds = int(hashlib.sha1(spec["slug"].encode()).hexdigest()[:4], 16) % 60
    local = local.replace(second=seconds)
    offset = spec.get("tz")
    if offset is None:  # Central European time, summer time from the last Sunday of March
        start = dt.datetime.combine(_last_sunday(2026, 3), dt.time(2))
        end = dt.datetime.combine(_last_sunday(2026, 10), dt.time(3))
        offset = "+0200" if start <= local < end else "+0100"
    sign = 1 if offset[0] == "+" else -1
    delta = dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign
    return local.replace(tzinfo=dt.timezone(delta))


# ---------------------------------------------------------------------------- bodies

def text_part(body: str, subtype: str, charset: str, cte: str, **params: str) -> MIMEBase:
    raw = body.encode(charset)
    part = MIMENonMultipart("text", subtype, charset=charset, **params)
    del part["MIME-Version"]
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        if cte == "7bit" and not raw.isascii():
            raise ValueError("7bit body with non-ASCII text")
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out: list[str] = []
    current = ""
    limit = 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = " " + char
            limit = 75
        else:
            current += char
    out.append(current)
    return out


VTIMEZONE = [
    "BEGIN:VTIMEZONE", "TZID:{tzid}",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]


def ics_body(ics: dict, stamp: dt.datetime) -> str:
    """An iCalendar object with one VEVENT, CRLF lines folded at 75 octets."""
    tzid = ics.get("tzid", "Europe/Zurich")
    method = ics["method"]
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    utc = stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Corpus 192//Calendar//EN')}",
             "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    lines += [x.format(tzid=tzid) for x in VTIMEZONE]
    lines += ["BEGIN:VEVENT", f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
              f"DTSTAMP:{utc}",
              f"DTSTART;TZID={tzid}:{ics['start']}", f"DTEND;TZID={tzid}:{ics['end']}",
              f"SUMMARY:{_ics_text(ics['summary'])}"]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    org_name, org_addr = split_addr(ics["organizer"])
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for attendee in [*ics.get("attendees", []), ME]:
        name, addr = split_addr(attendee)
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{addr}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    # CRLF as RFC 5545 asks, kept by base64 and quoted-printable; bare LF in 7bit/8bit parts,
    # as the file's own lines are.
    eol = "\r\n" if ics.get("cte", "base64") in ("base64", "quoted-printable") else "\n"
    return "".join(piece + eol for line in lines for piece in _ics_fold(line))


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing title and lines."""

    def lit(value: str) -> str:
        raw = value.encode("cp1252", "replace")
        out = []
        for byte in raw:
            char = chr(byte)
            if char in "()\\":
                out.append("\\" + char)
            elif 32 <= byte < 127:
                out.append(char)
            else:
                out.append(f"\\{byte:03o}")
        return "(" + "".join(out) + ")"

    ops = ["BT", "/F1 15 Tf", "72 770 Td", "18 TL", f"{lit(title)} Tj", "/F1 11 Tf", "T*",
           "15 TL"]
    ops += [f"{lit(line)} '" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
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
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


class Boundaries:
    def __init__(self, number: int) -> None:
        self.number = number
        self.count = 0

    def next(self) -> str:
        self.count += 1
        return f"=_c192_{self.number:03d}_{self.count}"


def build_body(spec: dict, number: int, stamp: dt.datetime) -> MIMEBase:
    bounds = Boundaries(number)
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "8bit")
    pieces: list[MIMEBase] = []
    if spec.get("_text") is not None:
        pieces.append(text_part(spec["_text"], "plain", charset, cte))
    if spec.get("_html") is not None:
        pieces.append(text_part(spec["_html"], "html", spec.get("html_charset", charset),
                                spec.get("html_cte", cte)))
    ics = spec.get("ics")
    ics_attach = None
    if ics:
        body = ics_body(ics, stamp)
        mode = ics.get("mode", "alt")
        cal = text_part(body, "calendar", "utf-8", ics.get("cte", "base64"),
                        method=ics["method"])
        if mode == "alt":
            pieces.append(cal)
        else:
            cal.add_header("Content-Disposition", "attachment",
                           filename=ics.get("filename", "invite.ics"))
            ics_attach = cal
    if not pieces:
        raise ValueError(f"{spec['slug']}: no body")
    if len(pieces) == 1:
        core = pieces[0]
    else:
        core = MIMEMultipart("alternative", boundary=bounds.next())
        del core["MIME-Version"]
        for piece in pieces:
            core.attach(piece)
    attachments: list[MIMEBase] = []
    for pdf in spec.get("pdfs", []):
        part = MIMEApplication(pdf_bytes(pdf["title"], pdf["lines"]), "pdf")
        del part["MIME-Version"]
        name = pdf["filename"]
        if name.isascii():
            part.add_header("Content-Disposition", "attachment", filename=name)
        else:
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        attachments.append(part)
    if ics_attach is not None:
        attachments.append(ics_attach)
    if not attachments:
        root = core
    else:
        root = MIMEMultipart("mixed", boundary=bounds.next())
        del root["MIME-Version"]
        root.attach(core)
        for part in attachments:
            root.attach(part)
    if "MIME-Version" in root:
        del root["MIME-Version"]
    return root


# ---------------------------------------------------------------------------- messages

def msgid(spec: dict, rel: str, stamp: dt.datetime) -> str:
    domain = spec.get("msgid_domain") or split_addr(spec["frm"])[1].split("@", 1)[1]
    digest = hashlib.sha1(rel.encode()).hexdigest()[:10]
    return f"<{stamp.strftime('%Y%m%d%H%M%S')}.{digest}@{domain}>"


def render(spec: dict, rel: str, number: int, ids: dict[str, str],
           refs: dict[str, list[str]]) -> bytes:
    stamp = when(spec)
    name_enc = spec.get("name_enc")
    head = [address_header("From", [spec["frm"]], name_enc)]
    head.append(address_header("To", _as_list(spec.get("to", ME)), name_enc))
    if spec.get("cc"):
        head.append(address_header("Cc", _as_list(spec["cc"]), name_enc))
    if spec.get("reply_to"):
        head.append(address_header("Reply-To", _as_list(spec["reply_to"]), name_enc))
    head.append(text_header("Subject", spec["subject"], spec.get("subj_enc")))
    head.append(f"Date: {format_datetime(stamp)}")
    head.append(f"Message-ID: {ids[spec['_key']]}")
    if spec.get("parent"):
        parent = spec["parent"]
        head.append(f"In-Reply-To: {ids[parent]}")
        head.append(fold_ascii("References", " ".join(refs[spec["_key"]])))
    for name, value in spec.get("headers", []):
        head.append(fold_ascii(name, value) if value.isascii() else text_header(name, value, None))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=WRITE_POLICY).flatten(
        build_body(spec, number, stamp))
    root = buf.getvalue()
    return ("\n".join(head) + "\nMIME-Version: 1.0\n").encode("ascii") + root


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip()


def check(spec: dict, rel: str, data: bytes) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = [f"{part.get_content_type()}: {part.defects}" for part in msg.walk()
                if part.defects]
    if problems:
        raise AssertionError(f"{rel}: defects {problems}")
    if str(msg["Subject"]) != spec["subject"]:
        raise AssertionError(f"{rel}: subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    for name, key in (("From", "frm"), ("Reply-To", "reply_to"), ("To", "to"), ("Cc", "cc")):
        wanted = _as_list(spec.get(key, ME if key == "to" else None))
        got = list(msg[name].addresses) if msg[name] is not None else []
        if len(got) != len(wanted):
            raise AssertionError(f"{rel}: {name} count")
        for addr, value in zip(got, wanted, strict=True):
            display, spec_addr = split_addr(value)
            if (addr.display_name, addr.addr_spec) != (display, spec_addr):
                raise AssertionError(f"{rel}: {name} {addr!r} != {value!r}")
    if msg["Date"].datetime.year != 2026:
        raise AssertionError(f"{rel}: date")
    texts = {part.get_content_type(): part for part in msg.walk()
             if part.get_content_maintype() == "text"}
    for key, ctype in (("_text", "text/plain"), ("_html", "text/html")):
        if spec.get(key) is not None and (
                ctype not in texts or _norm(texts[ctype].get_content()) != _norm(spec[key])):
            raise AssertionError(f"{rel}: {ctype} does not round-trip")
    if spec.get("ics"):
        cal = texts.get("text/calendar")
        if cal is None or _norm(cal.get_content()) != _norm(ics_body(spec["ics"], when(spec))):
            raise AssertionError(f"{rel}: calendar does not round-trip")
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    if len(pdfs) != len(spec.get("pdfs", [])):
        raise AssertionError(f"{rel}: pdf count")
    for part, pdf in zip(pdfs, spec.get("pdfs", []), strict=True):
        content = part.get_content()
        if part.get_filename() != pdf["filename"] or not content.startswith(b"%PDF-1.4"):
            raise AssertionError(f"{rel}: pdf {pdf['filename']}")
    if not any(_norm(p.get_content()) for p in texts.values()):
        raise AssertionError(f"{rel}: no text")


def compose(spec: dict, by_key: dict[str, dict]) -> None:
    """The bodies as sent: the new words, then the quoted or forwarded parent as the mail
    program of the writer lays it out (quote = "gt", "outlook" or "fwd")."""
    text, html = spec.get("text"), spec.get("html")
    mode = spec.get("quote")
    if not mode:
        spec["_text"], spec["_html"] = text, html
        return
    src = by_key[spec["parent"]]
    ptext = src["_text"]
    if ptext is None:
        raise ValueError(f"{spec['slug']}: quoted parent has no text part")
    lang = spec["lang"]
    pto = _as_list(src.get("to", ME))[0]
    if mode == "gt":
        head = wrote(lang, src["date"], src["frm"])
        block = f"{head}\n{quote(ptext)}"
        hblock = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                  f"{esc(head)}</div>\n<blockquote class=\"gmail_quote\" "
                  'style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
                  f"{paras(ptext)}\n</blockquote></div>")
    elif mode == "outlook":
        head = outlook_block(lang, src["date"], src["frm"], pto, src["subject"])
        block = f"________________________________\n{head}\n\n{ptext.strip()}"
        hblock = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                  'padding:3.0pt 0cm 0cm 0cm">\n' + mso(head) + "</div>\n" + mso(ptext))
    elif mode == "fwd":
        block = forwarded(lang, src["date"], src["frm"], pto, src["subject"], ptext)
        hblock = "<div>" + paras(block) + "</div>"
    else:
        raise ValueError(mode)
    spec["_text"] = None if text is None else text.rstrip("\n") + "\n\n" + block + "\n"
    if html is not None:
        if "{QUOTE}" not in html:
            raise ValueError(f"{spec['slug']}: html without {{QUOTE}}")
        spec["_html"] = html.replace("{QUOTE}", hblock)
    else:
        spec["_html"] = None


REQUIRED = ("kind", "slug", "lang", "company", "contact", "date", "frm", "subject")


def main() -> None:
    specs = [*msgs192_rejections.MESSAGES, *msgs192_invites.MESSAGES,
             *msgs192_acks.MESSAGES, *msgs192_other.MESSAGES]
    counters = dict.fromkeys(KINDS, 0)
    ids: dict[str, str] = {}
    refs: dict[str, list[str]] = {}
    rels: list[str] = []
    by_key: dict[str, dict] = {}
    for index, spec in enumerate(specs):
        missing = [k for k in REQUIRED if k not in spec]
        if missing:
            raise ValueError(f"spec {index} ({spec.get('slug')}): missing {missing}")
        if spec["kind"] not in KINDS or spec["lang"] not in LANGS:
            raise ValueError(f"{spec['slug']}: kind/lang")
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
        rels.append(rel)
        key = spec.get("key") or rel
        if key in by_key:
            raise ValueError(f"duplicate key {key}")
        spec["_key"] = key
        by_key[key] = spec
        ids[key] = msgid(spec, rel, when(spec))
    for spec in specs:
        parent = spec.get("parent")
        if parent and when(by_key[parent]) >= when(spec):
            raise ValueError(f"{spec['slug']}: answers a later message")
    for spec in sorted(specs, key=when):
        compose(spec, by_key)
    # References in date order, so that a parent's chain is known before its children's.
    for spec in sorted(specs, key=when):
        parent = spec.get("parent")
        if parent:
            refs[spec["_key"]] = [*refs.get(parent, []), ids[parent]]
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    for number, (spec, rel) in enumerate(zip(specs, rels, strict=True), start=1):
        try:
            data = render(spec, rel, number, ids, refs)
        except (UnicodeError, ValueError) as exc:
            raise SystemExit(f"{rel}: {exc}") from exc
        (HERE / rel).write_bytes(data)
        check(spec, rel, data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        print(f"  {kind:32s}", " ".join(f"{lang}={table[kind][lang]:2d}" for lang in LANGS),
              f"total={sum(table[kind].values())}")
    print("  languages:", {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS})


if __name__ == "__main__":
    main()
