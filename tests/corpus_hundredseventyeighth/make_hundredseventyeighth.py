"""Build corpus 178 (.eml files and labels.csv) from the hand-written specs in msgs178_*.py.

Run from the repository root:  python tests/corpus_hundredseventyeighth/make_hundredseventyeighth.py

Standard library only. The MIME bodies are built with the `email` package (compat32 Message
objects, so each part's charset and transfer encoding are exactly what the spec asks for); the
top-level header block is written by hand so that encoded words can use utf-8 or iso-8859-1 and
Q or B as the spec asks. Boundaries, Message-IDs and dates are deterministic. Every written
message is parsed again with the default policy and checked: no defects, the subject, the
display names and every text body round-trip.

Only *.eml files and labels.csv inside this folder are deleted and rewritten.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import quopri
import sys
from collections import Counter
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, getaddresses
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs178_acks  # noqa: E402
import msgs178_invites  # noqa: E402
import msgs178_other  # noqa: E402
import msgs178_rejections  # noqa: E402
from msgs178_common import CAND  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["de", "en", "fr", "es"]
CODECS = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252",
          "us-ascii": "ascii"}


# Earlier mails a thread refers to but the corpus does not hold: mostly the candidate's own
# replies (their Message-IDs then carry his domain); these two came from elsewhere.
EXTERNAL_REFS = {"bohemia-inv": "jobs.recruitee.com", "elster-pleisse-inv": "elster-personal.example.de"}


# --------------------------------------------------------------------------- time

def _europe_offset(local: dt.datetime) -> dt.timedelta:
    """CET/CEST for 2026: summer time from 29 March to 25 October."""
    start, end = dt.datetime(2026, 3, 29, 2, 0), dt.datetime(2026, 10, 25, 3, 0)
    return dt.timedelta(hours=2 if start <= local < end else 1)


def when(spec_date: str, tz: str | None = None) -> dt.datetime:
    """'2026-02-16 09:12[:ss]' in the sender's zone (tz like '+0000'; default Europe/Berlin)."""
    fmt = "%Y-%m-%d %H:%M:%S" if spec_date.count(":") == 2 else "%Y-%m-%d %H:%M"
    local = dt.datetime.strptime(spec_date, fmt)
    if tz is None:
        offset = _europe_offset(local)
    else:
        sign = -1 if tz[0] == "-" else 1
        offset = sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    return local.replace(tzinfo=dt.timezone(offset))


def to_utc(local: str) -> dt.datetime:
    return when(local).astimezone(dt.UTC)


# --------------------------------------------------------------------------- headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def encoded_words(text: str, charset: str, mode: str) -> list[str]:
    """RFC 2047 encoded words (each <= 75 chars), never splitting a character."""
    codec = CODECS[charset]
    prefix = f"=?{charset}?{mode}?"
    room = 75 - len(prefix) - 2
    words: list[str] = []
    if mode == "Q":
        cur = ""
        for ch in text:
            piece = "".join(
                chr(b) if b in _Q_SAFE else ("_" if b == 0x20 else f"={b:02X}")
                for b in ch.encode(codec))
            if len(cur) + len(piece) > room:
                words.append(prefix + cur + "?=")
                cur = ""
            cur += piece
        if cur:
            words.append(prefix + cur + "?=")
        return words
    max_bytes = (room // 4) * 3
    chunk = b""
    for ch in text:
        raw = ch.encode(codec)
        if len(chunk) + len(raw) > max_bytes:
            words.append(prefix + base64.b64encode(chunk).decode("ascii") + "?=")
            chunk = b""
        chunk += raw
    if chunk:
        words.append(prefix + base64.b64encode(chunk).decode("ascii") + "?=")
    return words


def fold_plain(name: str, value: str) -> str:
    """name: value, folded at spaces so lines stay under 78 characters."""
    line, lines = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 76 and line.strip() and line != f"{name}:":
            lines.append(line)
            line = " " + word
        else:
            line += " " + word
    lines.append(line)
    return "\n".join(lines)


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and subject.isascii():
        return fold_plain("Subject", subject)
    charset, mode = enc or ("utf-8", "Q")
    return "Subject: " + "\n ".join(encoded_words(subject, charset, mode))


_SPECIALS = set('()<>[]:;@\\,."')


def mailbox(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc is not None or not name.isascii():
        charset, mode = enc or ("utf-8", "Q")
        return " ".join(encoded_words(name, charset, mode)) + f" <{addr}>"
    if any(ch in _SPECIALS for ch in name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def address_header(field: str, boxes: list[str]) -> str:
    return f"{field}: " + ",\n ".join(boxes)


# --------------------------------------------------------------------------- bodies

def _payload(raw: bytes, cte: str) -> str:
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "7bit" and not raw.isascii():
        raise ValueError("7bit body with non-ASCII bytes")
    return raw.decode("ascii", "surrogateescape")


def text_part(text: str, subtype: str, charset: str, cte: str,
              extra: str = "") -> Message:
    norm = text.replace("\r\n", "\n")
    if not norm.endswith("\n"):
        norm += "\n"
    raw = norm.encode(CODECS[charset])
    if subtype == "calendar" and cte == "base64":
        raw = raw.replace(b"\n", b"\r\n")
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(_payload(raw, cte))
    return part


def binary_part(data: bytes, ctype: str, filename: str, inline: bool = False) -> Message:
    part = Message()
    part["Content-Type"] = f'{ctype}; name="{filename}"'
    disp = "inline" if inline else "attachment"
    part["Content-Disposition"] = f'{disp}; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def multipart(subtype: str, boundary: str, children: list[Message]) -> Message:
    part = Message()
    part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for child in children:
        part.attach(child)
    return part


# --------------------------------------------------------------------------- PDF and iCalendar

def _pdf_escape(line: str) -> bytes:
    raw = line.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing lines; xref offsets computed."""
    stream = b"BT\n/F1 11 Tf\n14 TL\n56 780 Td\n"
    for line in lines:
        stream += b"(" + _pdf_escape(line) + b") Tj T*\n"
    stream += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return out


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + rest for rest in out[1:]]


_VTIMEZONE = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]


def make_ics(ics: dict, stamp: dt.datetime) -> str:
    """An iCalendar object: METHOD REQUEST or CANCEL, one VEVENT, Europe/Berlin or UTC times."""
    method = ics["method"]
    use_tzid = ics.get("tzid", False)

    def stamp_of(local: str) -> str:
        if use_tzid:
            return ";TZID=Europe/Berlin:" + dt.datetime.strptime(local, "%Y-%m-%d %H:%M") \
                .strftime("%Y%m%dT%H%M%S")
        return ":" + to_utc(local).strftime("%Y%m%dT%H%M%SZ")

    org_name, org_addr = ics["organizer"]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
             "VERSION:2.0", f"METHOD:{method}"]
    if use_tzid:
        lines += _VTIMEZONE
    lines += ["BEGIN:VEVENT",
              f"UID:{ics['uid']}",
              f"SEQUENCE:{ics.get('seq', 0)}",
              "DTSTAMP:" + stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ"),
              "DTSTART" + stamp_of(ics["start"]),
              "DTEND" + stamp_of(ics["end"]),
              "SUMMARY:" + _ics_text(ics["summary"])]
    if ics.get("location"):
        lines.append("LOCATION:" + _ics_text(ics["location"]))
    if ics.get("description"):
        lines.append("DESCRIPTION:" + _ics_text(ics["description"]))
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for name, addr in ics.get("attendees", [CAND]):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{addr}")
    lines.append("STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"))
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(folded for line in lines for folded in _ics_fold(line))


# --------------------------------------------------------------------------- one message

def _hash(key: str, n: int = 12) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:n]


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def build(spec: dict, msgids: dict[str, str], rel: str) -> tuple[bytes, list]:
    """The .eml bytes and the list of expected text parts [(content type, text)]."""
    date = when(spec["date"], spec.get("tz"))
    key = spec["key"]
    bnd = "=_b178_" + _hash(rel, 16)
    lang_charset = spec.get("charset", "utf-8")
    text, html = spec.get("text"), spec.get("html")
    expected: list[tuple[str, str]] = []

    def tpart(body: str, subtype: str, charset: str, cte: str | None) -> Message:
        if cte is None:
            cte = "7bit" if body.isascii() else "quoted-printable"
        expected.append((f"text/{subtype}", body))
        return text_part(body, subtype, charset, cte)

    alt_children: list[Message] = []
    if text is not None:
        alt_children.append(tpart(text, "plain", lang_charset, spec.get("cte")))
    if html is not None:
        alt_children.append(tpart(html, "html", spec.get("html_charset", lang_charset),
                                  spec.get("html_cte", "quoted-printable")))
    mixed_extra: list[Message] = []
    ics = spec.get("ics")
    if ics:
        place = spec.get("ics_place", "alt")
        body = make_ics(ics, date)
        method = ics["method"]
        if "alt" in place:
            expected.append(("text/calendar", body))
            cte = spec.get("ics_cte") or ("7bit" if body.isascii() else "quoted-printable")
            alt_children.append(text_part(body, "calendar", "utf-8", cte, f"; method={method}"))
        if "mixed" in place:
            expected.append(("text/calendar", body))
            mixed_extra.append(text_part(body, "calendar", "utf-8", "base64",
                                         f"; method={method}"))
        if "attach" in place:
            raw = body.replace("\n", "\r\n").encode("utf-8") + b"\r\n"
            mixed_extra.append(binary_part(raw, "application/ics",
                                           ics.get("filename", "invite.ics")))
    for filename, lines in spec.get("pdf", []):
        mixed_extra.append(binary_part(make_pdf(lines), "application/pdf", filename))

    root = alt_children[0] if len(alt_children) == 1 else multipart(
        "alternative", bnd + "_alt", alt_children)
    if mixed_extra:
        root = multipart("mixed", bnd + "_mix", [root, *mixed_extra])
    root_headers = list(root.items())
    for name in [n for n, _ in root_headers]:
        del root[name]
    root["MIME-Version"] = "1.0"
    for name, value in root_headers:
        root[name] = value

    head: list[str] = []
    head.append("Date: " + format_datetime(date))
    name, addr = spec["frm"]
    head.append("From: " + mailbox(name, addr, spec.get("frm_enc")))
    if spec.get("reply_to"):
        rname, raddr = spec["reply_to"]
        head.append("Reply-To: " + mailbox(rname, raddr, spec.get("rt_enc")))
    to = spec.get("to", [CAND])
    head.append(address_header("To", [mailbox(n, a, spec.get("to_enc")) for n, a in to]))
    if spec.get("cc"):
        head.append(address_header("Cc", [mailbox(n, a) for n, a in spec["cc"]]))
    head.append(subject_header(spec["subject"], spec.get("subj_enc")))
    head.append(f"Message-ID: {msgids[key]}")
    refs = [msgids.get(r) or f"<{_hash(r)}@{EXTERNAL_REFS.get(r, 'example.de')}>"
            for r in spec.get("refs", [])]
    if refs:
        head.append(f"In-Reply-To: {refs[-1]}")
        head.append("References: " + "\n ".join(refs))
    for hname, hvalue in spec.get("headers", []):
        head.append(f"{hname}: {hvalue}" if len(hname) + len(hvalue) < 76
                    else fold_plain(hname, hvalue))

    buf = BytesIO()
    policy = email.policy.compat32.clone(linesep="\n")
    BytesGenerator(buf, mangle_from_=False, policy=policy).flatten(root)
    data = ("\n".join(head) + "\n").encode("ascii") + buf.getvalue()
    return data, expected


# --------------------------------------------------------------------------- checks

def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(data: bytes, spec: dict, expected: list[tuple[str, str]], rel: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
    for hname, value in msg.items():
        if getattr(value, "defects", None):
            problems.append(f"header {hname} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    frm = msg["From"].addresses[0]
    if (frm.display_name, frm.addr_spec) != tuple(spec["frm"]):
        problems.append(f"From {frm.display_name!r} {frm.addr_spec!r}")
    if spec.get("reply_to"):
        rt = msg["Reply-To"].addresses[0]
        if (rt.display_name, rt.addr_spec) != tuple(spec["reply_to"]):
            problems.append(f"Reply-To {rt.display_name!r} {rt.addr_spec!r}")
    if msg["Date"].datetime.year != 2026:
        problems.append("date year")
    got = [(p.get_content_type(), p.get_content()) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    if [(t, _norm(b)) for t, b in got] != [(t, _norm(b)) for t, b in expected]:
        problems.append("bodies do not round-trip")
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            pdf = part.get_content()
            if not (pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")):
                problems.append("pdf")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def check_label(spec: dict, rel: str, data: bytes) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    kind, contact, company = spec["kind"], spec["contact"], spec["company"]
    own = spec["frm"][1].lower() == CAND[1]
    problems = []
    if kind not in KINDS or spec["lang"] not in LANGS:
        problems.append("kind/lang")
    if own and (kind != "other" or contact):
        problems.append("own mail must be other with no contact")
    if (kind == "other") == bool(company):
        problems.append("company must be set exactly on job mail")
    if contact:
        values = [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])]
        if contact != contact.lower() or contact not in [a.lower() for _, a in
                                                         getaddresses(values)]:
            problems.append("contact not in Reply-To/From")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


# --------------------------------------------------------------------------- main

def all_specs() -> list[dict]:
    specs = []
    for module in (msgs178_rejections, msgs178_invites, msgs178_acks, msgs178_other):
        specs.extend(module.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    numbers: Counter[str] = Counter()
    for spec in specs:
        numbers[spec["kind"]] += 1
        spec["rel"] = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['slug']}.eml"
        spec.setdefault("key", spec["rel"])
    msgids: dict[str, str] = {}
    for spec in specs:
        stamp = when(spec["date"], spec.get("tz")).strftime("%Y%m%d%H%M%S")
        domain = spec.get("mid_domain") or _domain(spec["frm"][1])
        msgids[spec["key"]] = f"<{stamp}.{_hash(spec['rel'])}@{domain}>"
    if len(set(msgids.values())) != len(specs):
        raise SystemExit("duplicate keys or Message-IDs")

    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    for spec in specs:
        try:
            data, expected = build(spec, msgids, spec["rel"])
        except (ValueError, UnicodeEncodeError) as exc:
            raise SystemExit(f"{spec['rel']}: {exc}") from exc
        check(data, spec, expected, spec["rel"])
        check_label(spec, spec["rel"], data)
        path = HERE / spec["rel"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([spec["rel"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"{len(specs)} messages")
    print("| kind | " + " | ".join(LANGS) + " | total |")
    print("|---|" + "---|" * (len(LANGS) + 1))
    for kind in KINDS:
        cells = [table[(kind, lang)] for lang in LANGS]
        print(f"| {kind} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print("| total | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")


if __name__ == "__main__":
    main()
