"""Build corpus 271 (blind, hand-written): *.eml files and labels.csv from the msgs271_* specs.

Run from the repository root:
    python tests/corpus_twohundredseventyfirst/make_twohundredseventyfirst.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder.
Every message is re-parsed with the default policy and checked: no defects, the subject and
every body part round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import MIMEPart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs271_acks  # noqa: E402
import msgs271_common as common  # noqa: E402
import msgs271_invites  # noqa: E402
import msgs271_other  # noqa: E402
import msgs271_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}
POLICY = email.policy.default.clone(linesep="\n")
CRLF_POLICY = email.policy.default.clone(linesep="\r\n")


# --- headers ------------------------------------------------------------------------------

def encoded_words(text: str, charset: str = "utf-8", enc: str = "Q", room: int = 62) -> str:
    """RFC 2047 encoded words for text, each at most `room` characters, folded."""
    words: list[str] = []
    chunk = ""

    def word(s: str) -> str:
        raw = s.encode(charset)
        if enc.upper() == "B":
            body = base64.b64encode(raw).decode("ascii")
        else:
            body = "".join(
                chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122)
                else "_" if b == 32 else f"={b:02X}"
                for b in raw
            )
        return f"=?{charset}?{enc.upper()}?{body}?="

    for ch in text:
        if chunk and len(word(chunk + ch)) > room:
            words.append(word(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(word(chunk))
    return "\n ".join(words)


_PREFIX = re.compile(r"^((?:(?:re|aw|tr|wg|fwd?|rv|res|fw)\s?:\s*)+)", re.IGNORECASE)
_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and subject.isascii():
        return fold(subject, 9)
    charset, how = enc or ("utf-8", "Q")
    match = _PREFIX.match(subject)
    prefix = match.group(1) if match else ""
    return prefix + encoded_words(subject[len(prefix):], charset, how)


def fold(value: str, used: int) -> str:
    """Fold a plain header value at spaces so that lines stay near 78 characters."""
    out, line = [], ""
    for piece in value.split(" "):
        if line and used + len(line) + 1 + len(piece) > 76:
            out.append(line)
            line, used = piece, 1
        else:
            line = f"{line} {piece}" if line else piece
    out.append(line)
    return "\n ".join(out)


def address(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc is None and name.isascii():
        if _SPECIALS.search(name):
            escaped = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{escaped}" <{addr}>'
        return f"{name} <{addr}>"
    charset, how = enc or ("utf-8", "Q")
    return f"{encoded_words(name, charset, how, room=70)} <{addr}>"


def address_list(people: list[tuple[str, str]], enc: tuple[str, str] | None = None) -> str:
    return ",\n ".join(address(n, a, enc if i == 0 else None) for i, (n, a) in enumerate(people))


def when(spec: dict) -> datetime:
    """The spec's local time with its sender's UTC offset (Paris rules unless given)."""
    local = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    tz = spec.get("tz")
    if tz is None:
        summer = datetime(2026, 3, 29, 2, 0) <= local < datetime(2026, 10, 25, 3, 0)
        tz = "+0200" if summer else "+0100"
    sign = -1 if tz[0] == "-" else 1
    offset = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    local = local.replace(second=(sum(map(ord, spec["slug"])) % 60))
    return local.replace(tzinfo=timezone(offset))


# --- attachments --------------------------------------------------------------------------

def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the title and lines."""

    def lit(s: str) -> bytes:
        raw = s.encode("cp1252", errors="replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    ops = [b"BT", b"/F1 15 Tf", b"56 780 Td", lit(title) + b" Tj", b"/F1 10 Tf", b"0 -28 Td"]
    for line in lines:
        ops += [lit(line) + b" Tj", b"0 -15 Td"]
    ops.append(b"ET")
    stream = b"\n".join(ops) + b"\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + lit(title) + b" /Producer (corpus271) >>",
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
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


_VTIMEZONE = {
    "Europe/Paris": "Romance Standard Time",
    "Europe/Zurich": "W. Europe Standard Time",
    "Europe/Madrid": "Romance Standard Time",
}


def ics_text(ics: dict, stamp: datetime) -> str:
    """An iCalendar object (METHOD REQUEST or CANCEL) with a VTIMEZONE for CET/CEST."""
    tzid = ics.get("tzid", "Europe/Paris")

    def local(s: str) -> str:
        return datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    org_name, org_addr = ics["organizer"]
    cancel = ics["method"] == "CANCEL"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={tzid}:{local(ics['start'])}",
        f"DTEND;TZID={tzid}:{local(ics['end'])}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines += [
        f"ORGANIZER;CN={ics_param(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;CN={ics_param(common.CANDIDATE_NAME)};ROLE=REQ-PARTICIPANT;"
        f"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{common.CANDIDATE_ADDR}",
        f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(ics_fold(line) for line in lines) + "\r\n"


def ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_param(s: str) -> str:
    return f'"{s}"' if re.search(r"[,;:]", s) else s


def ics_fold(line: str) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts, current = [], ""
    limit = 75
    for ch in line:
        if len((current + ch).encode("utf-8")) > limit:
            parts.append(current)
            current, limit = "", 74
        current += ch
    parts.append(current)
    return "\r\n ".join(parts)


# --- building one message -----------------------------------------------------------------

def body_part(spec: dict, number: int) -> MIMEPart:
    charset = spec.get("cs", "utf-8")
    root = MIMEPart(policy=POLICY)
    text, markup = spec.get("text"), spec.get("html")
    if text is not None:
        root.set_content(text, subtype="plain", charset=charset, cte=spec.get("cte", "quoted-printable"))
        if markup is not None:
            root.add_alternative(markup, subtype="html", charset=charset,
                                 cte=spec.get("html_cte", spec.get("cte", "quoted-printable")))
    else:
        root.set_content(markup, subtype="html", charset=charset,
                         cte=spec.get("html_cte", spec.get("cte", "quoted-printable")))
    ics = spec.get("ics")
    if ics:
        cal = ics_text(ics, when(spec))
        cte = ics.get("cte", "base64")
        placement = ics.get("placement", "alt")
        if placement in ("alt", "both"):
            if root.get_content_type() != "multipart/alternative":
                root.make_alternative()
            part = MIMEPart(policy=CRLF_POLICY if cte == "base64" else POLICY)
            part.set_content(cal, subtype="calendar", charset="utf-8", cte=cte,
                             params={"method": ics["method"]})
            root.attach(part)
        if placement in ("attach", "both"):
            part = MIMEPart(policy=CRLF_POLICY)
            part.set_content(cal, subtype="calendar", charset="utf-8", cte="base64",
                             params={"method": ics["method"]}, disposition="attachment",
                             filename=ics.get("filename", "invite.ics"))
            root.make_mixed()
            root.attach(part)
    for pdf in spec.get("pdfs", []):
        root.add_attachment(pdf_bytes(pdf["title"], pdf["lines"]), maintype="application",
                            subtype="pdf", filename=pdf["name"])
    counter = 0
    for part in root.walk():
        if part.is_multipart():
            counter += 1
            part.set_boundary(f"----=_Part_271_{number:03d}_{counter}_{part.get_content_subtype()}")
    return root


def message_id(spec: dict, file: str) -> str:
    digest = hashlib.sha1(file.encode()).hexdigest()[:12]
    domain = spec.get("mid_domain") or spec["frm"][1].split("@", 1)[1]
    return f"<{spec['id']}.{digest}@{domain}>"


def header_block(spec: dict, mids: dict[str, str], refs: dict[str, list[str]]) -> str:
    h: list[tuple[str, str]] = []
    h += spec.get("pre_headers", [])
    name, addr = spec["frm"]
    h.append(("From", address(name, addr, spec.get("name_enc"))))
    if spec.get("reply_to"):
        h.append(("Reply-To", address(*spec["reply_to"])))
    h.append(("To", address_list(spec.get("to") or [common.ME])))
    if spec.get("cc"):
        h.append(("Cc", address_list(spec["cc"])))
    h.append(("Subject", subject_header(spec["subject"], spec.get("subj_enc"))))
    h.append(("Date", format_datetime(when(spec))))
    h.append(("Message-ID", mids[spec["id"]]))
    chain = refs[spec["id"]]
    if chain:
        h.append(("In-Reply-To", chain[-1]))
        h.append(("References", "\n ".join(chain)))
    h += [(k, v if v.isascii() else encoded_words(v)) for k, v in spec.get("headers", [])]
    h.append(("MIME-Version", "1.0"))
    return "".join(f"{k}: {v}\n" for k, v in h)


def build(spec: dict, number: int, mids: dict[str, str], refs: dict[str, list[str]]) -> bytes:
    buffer = io.BytesIO()
    BytesGenerator(buffer, policy=POLICY, mangle_from_=False).flatten(body_part(spec, number))
    return header_block(spec, mids, refs).encode("ascii") + buffer.getvalue()


# --- checking -----------------------------------------------------------------------------

def norm(s: str) -> str:
    return s.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, file: str, data: bytes) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = [f"{part.get_content_type()}: {d!r}" for part in msg.walk() for d in part.defects]
    assert not problems, f"{file}: defects {problems}"
    assert str(msg["Subject"]) == spec["subject"], f"{file}: subject {msg['Subject']!r}"
    assert msg["Date"].datetime.year == 2026, file
    frm = msg["From"].addresses[0]
    assert frm.addr_spec == spec["frm"][1] and frm.display_name == spec["frm"][0], \
        f"{file}: From {frm!r}"
    bodies = {part.get_content_type(): part.get_content() for part in msg.walk()
              if part.get_content_maintype() == "text" and not part.is_attachment()}
    if spec.get("text") is not None:
        assert norm(bodies["text/plain"]) == norm(spec["text"]), f"{file}: text/plain differs"
    if spec.get("html") is not None:
        assert norm(bodies["text/html"]) == norm(spec["html"]), f"{file}: text/html differs"
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == len(spec.get("pdfs", [])), file
    for part in pdfs:
        content = part.get_content()
        assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF"), file
    if spec.get("ics"):
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        assert cals, file
        for part in cals:
            assert part.get_param("method") == spec["ics"]["method"], file
            assert f"METHOD:{spec['ics']['method']}" in part.get_content(), file
    contact = spec.get("contact", "")
    if contact:
        present = [a.addr_spec.lower() for name in ("From", "Reply-To")
                   for a in (msg[name].addresses if msg[name] else [])]
        assert contact in present, f"{file}: contact {contact} not in {present}"


def validate(spec: dict) -> None:
    kind, lang = spec["kind"], spec["lang"]
    assert kind in KINDS and lang in LANGS, spec["id"]
    own = spec["frm"][1] == common.CANDIDATE_ADDR
    if kind == "other":
        assert not spec.get("company"), spec["id"]
    else:
        assert spec.get("company"), spec["id"]
    if own:
        assert kind == "other" and not spec.get("contact"), spec["id"]
    assert spec.get("contact", "") == spec.get("contact", "").lower(), spec["id"]


def main() -> int:
    specs = (msgs271_rejections.MESSAGES + msgs271_invites.MESSAGES + msgs271_acks.MESSAGES
             + msgs271_other.MESSAGES)
    ids = [s["id"] for s in specs]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates, f"duplicate ids {duplicates}"
    for spec in specs:
        validate(spec)

    files: dict[str, str] = {}
    counters = dict.fromkeys(KINDS, 0)
    for kind in KINDS:
        for spec in specs:
            if spec["kind"] == kind:
                counters[kind] += 1
                files[spec["id"]] = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
    mids = {s["id"]: message_id(s, files[s["id"]]) for s in specs}
    by_id = {s["id"]: s for s in specs}
    refs: dict[str, list[str]] = {}

    def chain(sid: str) -> list[str]:
        if sid not in refs:
            parent = by_id[sid].get("reply")
            own = by_id[sid].get("refs_raw", [])
            refs[sid] = [*chain(parent), mids[parent], *own] if parent else list(own)
        return refs[sid]

    for spec in specs:
        chain(spec["id"])

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for number, spec in enumerate(specs, start=1):
        file = files[spec["id"]]
        try:
            data = build(spec, number, mids, refs)
            check(spec, file, data)
        except Exception as error:
            raise SystemExit(f"{spec['id']} ({file}): {type(error).__name__}: {error}") from error
        target = HERE / file
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        rows.append([file, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(["fr", "de", "en", "es"], 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"{len(specs)} messages written")
    print(f"{'kind':32} {'fr':>4} {'de':>4} {'en':>4} {'es':>4} {'all':>5}")
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:32} {row['fr']:4} {row['de']:4} {row['en']:4} {row['es']:4} "
              f"{sum(row.values()):5}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in ("fr", "de", "en", "es")}
    print(f"{'all':32} {totals['fr']:4} {totals['de']:4} {totals['en']:4} {totals['es']:4} "
          f"{sum(totals.values()):5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
