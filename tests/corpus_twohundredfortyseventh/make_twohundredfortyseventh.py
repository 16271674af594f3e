"""Build corpus 247 (.eml files and labels.csv) from the hand-written specs.

Run from the repository root:

    python tests/corpus_twohundredfortyseventh/make_twohundredfortyseventh.py

Standard library only. It deletes and rewrites only the *.eml files and labels.csv in this
folder, then re-parses every written message and checks it (no defects, subject, names and
bodies round-trip, dates in 2026, labels consistent).
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
from datetime import datetime, timezone
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs247_acks  # noqa: E402
import msgs247_invites  # noqa: E402
import msgs247_other  # noqa: E402
import msgs247_rejections  # noqa: E402
from msgs247_common import CANDIDATE_ADDR, ME  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10,
            "other": 52}
LEGAL = re.compile(r"\b(GmbH|GesmbH|AG|SA|SAS|SARL|S\.?L\.?U?|S\.A\.U?|Ltd|Limited|Inc|LLC|"
                   r"plc|KG|OG|e\.U\.|d\.o\.o\.|SE|Co\.)\.?$")
SYSTEM = re.compile(r"(no-?reply|do-?not-?reply|notification|mailer-daemon|postmaster|bounce)"
                    r"[^@]*@|@(.+\.)?(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|"
                    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|"
                    r"personio\.de|successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|"
                    r"workablemail\.com|recruitee\.com)$")
COMPAT = email.policy.compat32.clone(linesep="\n")

# ---------------------------------------------------------------------------------------------
# headers


def _q_encode(data: bytes) -> str:
    out = []
    for byte in data:
        ch = chr(byte)
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _word(text: str, charset: str, enc: str) -> str:
    data = text.encode(charset)
    payload = base64.b64encode(data).decode("ascii") if enc == "B" else _q_encode(data)
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, charset: str = "utf-8", enc: str = "Q") -> list[str]:
    """RFC 2047 encoded words of at most 75 characters, never splitting a character."""
    words, current = [], ""
    for ch in text:
        if current and len(_word(current + ch, charset, enc)) > 75:
            words.append(_word(current, charset, enc))
            current = ch
        else:
            current += ch
    if current:
        words.append(_word(current, charset, enc))
    return words


def header_text(name: str, value: str, cs: tuple[str, str] | None) -> str:
    if value.isascii() and cs is None:
        return f"{name}: {value}"
    charset, enc = cs or ("utf-8", "Q")
    return f"{name}: " + "\n ".join(encoded_words(value, charset, enc))


def address(pair: tuple[str, str], cs: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and cs is None:
        return formataddr((name, addr))
    charset, enc = cs or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, enc)) + f" <{addr}>"


# ---------------------------------------------------------------------------------------------
# parts


def text_part(body: str, subtype: str, charset: str, cte: str,
              params: dict[str, str] | None = None) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, policy=COMPAT, charset=charset, **(params or {}))
    del part["MIME-Version"]
    data = body.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def default_enc(body: str, enc: tuple[str, str] | None) -> tuple[str, str]:
    if enc:
        return enc
    return ("utf-8", "7bit") if body.isascii() else ("utf-8", "quoted-printable")


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    def pdf_string(text: str) -> str:
        out = []
        for byte in text.encode("cp1252"):
            ch = chr(byte)
            if ch in "()\\":
                out.append("\\" + ch)
            elif 32 <= byte < 127:
                out.append(ch)
            else:
                out.append(f"\\{byte:03o}")
        return "(" + "".join(out) + ")"

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for line in lines:
        ops.append(f"{pdf_string(line)} Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream +
        b"\nendstream",
        b"<< /Producer (corpus247) /CreationDate (D:20260101000000Z) >>",
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


VTIMEZONES = {
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST", "010000", "020000"),
}


def vtimezone(tzid: str) -> list[str]:
    std, dst, std_name, dst_name, t_dst, t_std = VTIMEZONES.get(
        tzid, ("+0100", "+0200", "CET", "CEST", "020000", "030000"))
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
        f"DTSTART:19700329T{t_dst}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
        f"DTSTART:19701025T{t_std}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD", "END:VTIMEZONE",
    ]


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, current, size = [], "", 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return out


def ics_text(spec: dict, stamp: datetime) -> str:
    tzid = spec.get("tz", "Europe/Vienna")

    def local(value: str) -> str:
        return datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    org_name, org_addr = spec["organizer"]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{spec.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
             "VERSION:2.0", f"METHOD:{spec['method']}"]
    lines += vtimezone(tzid)
    lines += [
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={tzid}:{local(spec['start'])}",
        f"DTEND;TZID={tzid}:{local(spec['end'])}",
        f"SUMMARY:{ics_escape(spec['summary'])}",
    ]
    if spec.get("location"):
        lines.append(f"LOCATION:{ics_escape(spec['location'])}")
    if spec.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(spec['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for name, addr in spec.get("attendees", [ME]):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{addr}")
    status = spec.get("status", "CANCELLED" if spec["method"] == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------------------------------------
# messages


def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def build(spec: dict, tag: str, mids: dict[str, str], refs: dict[str, list[str]]
          ) -> tuple[bytes, dict]:
    """The bytes of one message and what the check must find again in it."""
    date = parse_date(spec["date"])
    expect = {"texts": [], "pdfs": [], "calendar": 0}
    body_parts = []
    if spec.get("text") is not None:
        charset, cte = default_enc(spec["text"], spec.get("enc"))
        body_parts.append(text_part(spec["text"], "plain", charset, cte))
        expect["texts"].append(spec["text"])
    if spec.get("html") is not None:
        charset, cte = default_enc(spec["html"], spec.get("html_enc") or spec.get("enc"))
        body_parts.append(text_part(spec["html"], "html", charset, cte))
        expect["texts"].append(spec["html"])
    ics = spec.get("ics")
    ics_part = None
    if ics:
        ics_body = ics_text(ics, date)
        if ics.get("cte", "base64") != "base64":
            ics_body = ics_body.replace("\r\n", "\n")  # the file's own line ends
        ics_part = text_part(ics_body, "calendar", "utf-8", ics.get("cte", "base64"),
                             {"method": ics["method"]})
        expect["texts"].append(ics_body)
        expect["calendar"] = 1
    mode = ics.get("mode", "alt") if ics else None
    if ics_part is not None and mode == "alt":
        body_parts.append(ics_part)
    boundary = f"=_b247_{tag}"
    if len(body_parts) == 1:
        body = body_parts[0]
    else:
        body = MIMEMultipart("alternative", boundary=boundary + "_alt", policy=COMPAT)
        del body["MIME-Version"]
        for part in body_parts:
            body.attach(part)
    attachments = []
    for filename, lines in spec.get("pdfs", []):
        data = pdf_bytes(lines)
        part = MIMEApplication(data, "pdf", policy=COMPAT)
        del part["MIME-Version"]
        part.set_param("name", filename)
        part.add_header("Content-Disposition", "attachment", filename=filename)
        attachments.append(part)
        expect["pdfs"].append(data)
    if ics_part is not None and mode == "attach":
        ics_part.set_param("name", "invite.ics")
        ics_part.add_header("Content-Disposition", "attachment", filename="invite.ics")
        attachments.append(ics_part)
    if attachments:
        root = MIMEMultipart("mixed", boundary=boundary + "_mix", policy=COMPAT)
        root.attach(body)
        for part in attachments:
            root.attach(part)
    else:
        root = body
        if "MIME-Version" not in root:
            root["MIME-Version"] = "1.0"
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78, policy=COMPAT).flatten(root)
    mime = buf.getvalue()

    sender = spec["sender"]
    domain = spec.get("mid_domain") or (
        "mail.example.at" if sender[1] == CANDIDATE_ADDR else sender[1].split("@")[1])
    token = hashlib.sha1(f"{tag}|{spec['slug']}".encode()).hexdigest()[:12]
    mid = f"<{date.astimezone(timezone.utc):%Y%m%d%H%M%S}.{token}@{domain}>"
    if spec.get("id"):
        mids[spec["id"]] = mid
    chain = list(spec.get("refs", []))
    parent = spec.get("parent")
    if parent:
        chain += refs[parent] + [mids[parent]]
    elif spec.get("parent_mid"):
        chain.append(spec["parent_mid"])
    if spec.get("id"):
        refs[spec["id"]] = chain

    lines = [header_text("From", address(sender, spec.get("sender_cs")), None)]
    to = spec.get("to", [ME])
    lines.append("To: " + ",\n ".join(address(p) for p in to))
    if spec.get("cc"):
        lines.append("Cc: " + ",\n ".join(address(p) for p in spec["cc"]))
    if spec.get("reply_to"):
        lines.append("Reply-To: " + address(spec["reply_to"], spec.get("reply_to_cs")))
    lines.append(header_text("Subject", spec["subject"], spec.get("subject_cs")))
    lines.append(f"Date: {format_datetime(date)}")
    lines.append(f"Message-ID: {mid}")
    if chain:
        lines.append(f"In-Reply-To: {chain[-1]}")
        lines.append("References: " + "\n ".join(chain))
    for name, value in spec.get("headers", []):
        lines.append(f"{name}: {value}")
    head = "\n".join(lines).encode("ascii") + b"\n"
    expect["mid"] = mid
    return head + mime, expect


def normal(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(path: Path, spec: dict, expect: dict) -> None:
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    where = path.relative_to(HERE)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
    for name in msg.keys():
        for value in msg.get_all(name, []):
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    sender = msg["From"].addresses[0]
    if (sender.display_name, sender.addr_spec) != tuple(spec["sender"]):
        problems.append(f"from {sender.display_name!r} {sender.addr_spec!r}")
    if msg["Date"].datetime.year != 2026 or not 1 <= msg["Date"].datetime.month <= 10:
        problems.append("date")
    if msg["Message-ID"] != expect["mid"]:
        problems.append("message-id")
    texts = [normal(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    if sorted(texts) != sorted(normal(t) for t in expect["texts"]):
        problems.append("text parts do not round-trip")
    pdfs = [p.get_content() for p in msg.walk() if p.get_content_type() == "application/pdf"]
    if pdfs != expect["pdfs"]:
        problems.append("pdf parts do not round-trip")
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if len(cal) != expect["calendar"]:
        problems.append("calendar part")
    if not any(t.strip() for t in texts):
        problems.append("no text")
    # labels
    contact = spec["contact"]
    found = [a.lower() for _, a in getaddresses(
        [str(v) for h in ("From", "Reply-To") for v in msg.get_all(h, [])])]
    own = spec["sender"][1] == CANDIDATE_ADDR
    if own and (contact or spec["kind"] != "other"):
        problems.append("own mail must be other without contact")
    if contact:
        if contact != contact.lower() or contact not in found or SYSTEM.search(contact):
            problems.append(f"contact {contact!r} not a human From/Reply-To ({found})")
    elif not own:
        humans = [a for a in found if not SYSTEM.search(a)]
        if humans and spec["kind"] != "other":
            problems.append(f"contact empty but human address {humans}")
    company = spec["company"]
    if spec["kind"] == "other":
        if company:
            problems.append("company on other")
    elif not company or LEGAL.search(company):
        problems.append(f"company {company!r}")
    if spec["lang"] not in LANGS or spec["kind"] not in KINDS:
        problems.append("kind/lang")
    if problems:
        raise SystemExit(f"{where}: " + "; ".join(problems))


def main() -> None:
    specs = (msgs247_rejections.MESSAGES + msgs247_invites.MESSAGES + msgs247_acks.MESSAGES
             + msgs247_other.MESSAGES)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    label_file = HERE / "labels.csv"
    if label_file.exists():
        label_file.unlink()
    counters = {kind: 0 for kind in KINDS}
    mids: dict[str, str] = {}
    refs: dict[str, list[str]] = {}
    rows = []
    seen_mids = set()
    # threads may point at a parent written in a later module: build parents first
    order = sorted(range(len(specs)), key=lambda i: parse_date(specs[i]["date"]))
    numbers = {}
    for index, spec in enumerate(specs):
        counters[spec["kind"]] += 1
        numbers[index] = counters[spec["kind"]]
    for index in order:
        spec = specs[index]
        number = numbers[index]
        rel = f"{spec['kind']}/{number:03d}_{spec['slug']}.eml"
        tag = f"{spec['kind'][:3]}{number:03d}"
        try:
            data, expect = build(spec, tag, mids, refs)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec, expect)
        if expect["mid"] in seen_mids:
            raise SystemExit(f"{rel}: duplicate Message-ID")
        seen_mids.add(expect["mid"])
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    for kind, count in EXPECTED.items():
        if counters[kind] != count:
            raise SystemExit(f"{kind}: {counters[kind]} messages, expected {count}")
    rows.sort()
    with label_file.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    langs: dict[str, int] = {}
    for row in rows:
        langs[row[4]] = langs.get(row[4], 0) + 1
    print(f"wrote {len(rows)} messages; languages {dict(sorted(langs.items()))}")


if __name__ == "__main__":
    main()
