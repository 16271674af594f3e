#!/usr/bin/env python3
"""Builds corpus 194 (Maximilian Oduya-Perrin) from the hand-written specs in msgs194_*.py.

Run from the repository root:  python tests/corpus_hundredninetyfourth/make_hundredninetyfourth.py

Standard library only. It deletes and rewrites the *.eml files and labels.csv of this folder
(nothing else), then re-parses every message with the default policy and checks that it has no
defects and that its subject, addresses and bodies come back as written.
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
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs194_acks  # noqa: E402
import msgs194_common as C  # noqa: E402
import msgs194_invites  # noqa: E402
import msgs194_other  # noqa: E402
import msgs194_rejections  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("de", "fr", "en", "es")
POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=78)


# --------------------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, mode: str, name: str = "") -> str:
    cs = Charset(charset)
    cs.header_encoding = QP if mode == "Q" else BASE64
    return Header(text, cs, header_name=name).encode(maxlinelen=76)


def fold(name: str, value: str) -> str:
    """name: value, folded at spaces so that no line is longer than 78 characters."""
    line = f"{name}: "
    out: list[str] = []
    for word in value.split(" "):
        if len(line) + len(word) > 78 and line.strip() not in (f"{name}:", ""):
            out.append(line.rstrip(" "))
            line = " "
        line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def one_address(pair: tuple[str, str], enc: tuple[str, str] | None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc:
        return f"{encoded_words(name, enc[0], enc[1])} <{addr}>"
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_words(name, 'utf-8', 'B')} <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]],
                   enc: tuple[str, str] | None = None) -> str:
    rendered = [one_address(pair, enc) for pair in pairs]
    return f"{name}: " + ",\n ".join(rendered)


def as_list(value: object) -> list[tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, tuple):
        return [value]
    return list(value)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- bodies

def text_part(subtype: str, text: str, charset: str = "utf-8", cte: str | None = None,
              params: str = "") -> Message:
    raw = text.encode(charset)
    if cte is None:
        long_line = max(len(line) for line in raw.split(b"\n")) > 900
        cte = "7bit" if raw.isascii() and not long_line else "quoted-printable"
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    part["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        assert raw.isascii(), "7bit body must be ASCII"
        payload = raw.decode("ascii")
    part.set_payload(payload)
    return part


def binary_part(ctype: str, filename: str, data: bytes, inline: bool = False) -> Message:
    part = Message()
    part["Content-Type"] = f'{ctype}; name="{filename}"'
    part["Content-Disposition"] = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    box = Message()
    box["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        box.attach(part)
    return box


def pdf_bytes(title: str, lines: list[str], when: datetime) -> bytes:
    """A one-page, valid PDF 1.4 with Helvetica text (WinAnsi encoding)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    wrapped: list[str] = []
    for line in lines:
        while len(line) > 92:
            cut = line.rfind(" ", 0, 92)
            cut = cut if cut > 0 else 92
            wrapped.append(line[:cut])
            line = line[cut:].lstrip()
        wrapped.append(line)
    ops = ["BT", "/F1 11 Tf", "15 TL", "56 786 Td"]
    ops += [f"({esc(line)}) Tj T*" for line in wrapped]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    stamp = when.strftime("D:%Y%m%d%H%M%S")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("cp1252", "replace") + b") /Producer (corpus194) "
        b"/CreationDate (" + stamp.encode() + b") >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


# --------------------------------------------------------------------------- calendars

_CET = ("+0100", "+0200", "CET", "CEST", "020000", "030000")
_ZONES = {
    "Europe/Berlin": _CET, "Europe/Vienna": _CET, "Europe/Zurich": _CET,
    "Europe/Paris": _CET, "Europe/Madrid": _CET,
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST", "010000", "020000"),
}


def vtimezone(tzid: str) -> list[str]:
    std, dst, std_name, dst_name, spring, autumn = _ZONES[tzid]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
        f"DTSTART:19700329T{spring}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
        f"DTSTART:19701025T{autumn}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def ical_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ical_fold(line: str) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    pieces, current = [], ""
    for ch in line:
        limit = 75 if not pieces else 74
        if len((current + ch).encode("utf-8")) > limit:
            pieces.append(current)
            current = ""
        current += ch
    pieces.append(current)
    return "\r\n ".join(pieces)


def calendar(spec: dict, stamp: datetime, prodid: str) -> str:
    tz = spec.get("tz", "Europe/Berlin")

    def when(value: str) -> str:
        moment = datetime.strptime(value, "%Y-%m-%d %H:%M")
        if tz == "UTC":
            return ":" + moment.strftime("%Y%m%dT%H%M%SZ")
        return f";TZID={tz}:" + moment.strftime("%Y%m%dT%H%M%S")

    method = spec["method"]
    org_name, org_addr = spec["organizer"]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}"]
    if tz != "UTC":
        lines += vtimezone(tz)
    lines += [
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec.get('seq', 0)}",
        "DTSTAMP:" + stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
        "DTSTART" + when(spec["start"]),
        "DTEND" + when(spec["end"]),
        "SUMMARY:" + ical_text(spec["summary"]),
    ]
    if spec.get("location"):
        lines.append("LOCATION:" + ical_text(spec["location"]))
    if spec.get("description"):
        lines.append("DESCRIPTION:" + ical_text(spec["description"]))
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for name, addr in spec.get("attendees", [C.ME]):
        role = "REQ-PARTICIPANT"
        lines.append(f'ATTENDEE;CN="{name}";ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
                     f"mailto:{addr}")
    status = "CANCELLED" if method == "CANCEL" else spec.get("status", "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ical_fold(line) for line in lines) + "\r\n"


# --------------------------------------------------------------------------- messages

def load_specs() -> list[dict]:
    specs: list[dict] = []
    for module in (msgs194_rejections, msgs194_invites, msgs194_acks, msgs194_other):
        specs.extend(module.MESSAGES)
    return specs


def digest(value: str, size: int = 10) -> str:
    return hashlib.sha1(value.encode("utf-8")).hexdigest()[:size]


def parse_date(value: str, key: str) -> datetime:
    moment = datetime.strptime(value, "%Y-%m-%d %H:%M %z")
    return moment + timedelta(seconds=int(digest(key, 4), 16) % 60)


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def build_html(spec: dict) -> str | None:
    if "html" in spec:
        return spec["html"]
    shell = spec.get("layout")
    if not shell:
        return None
    body = C.to_html(spec["text"])
    if shell[0] == "card":
        return C.card_shell(shell[1], shell[2], body, shell[3] if len(shell) > 3 else "")
    if shell[0] == "word":
        return C.word_shell(body)
    return C.plain_shell(body)


def build(spec: dict, number: int, msgids: dict[str, str], refs: dict[str, list[str]]
          ) -> tuple[bytes, list[tuple[str, str]], list[bytes]]:
    """The message bytes, the expected (content type, text) leaves and attached PDFs."""
    key = spec["id"]
    when = parse_date(spec["date"], key)
    expected: list[tuple[str, str]] = []
    pdfs: list[bytes] = []
    counter = iter(range(1, 10))

    def boundary() -> str:
        return f"=_b194_{number:03d}_{next(counter)}_{digest(key, 6)}"

    charset = spec.get("charset", "utf-8")
    html_text = build_html(spec)
    leaves: list[Message] = []
    if "text" in spec and not spec.get("html_only"):
        leaves.append(text_part("plain", spec["text"], charset, spec.get("cte")))
        expected.append(("text/plain", spec["text"]))
    if html_text is not None:
        leaves.append(text_part("html", html_text, spec.get("html_charset", charset),
                                spec.get("html_cte")))
        expected.append(("text/html", html_text))
    ics = spec.get("ics")
    ics_text = None
    if ics:
        prodid = ics.get("prodid", "-//Corpus194//Hand-written invitation//EN")
        ics_text = calendar(ics, when, prodid)
        cal_cte = "7bit" if ics_text.isascii() else "base64"
        leaves.append(text_part("calendar", ics_text, "utf-8", cal_cte,
                                params=f'; method={ics["method"]}'))
        expected.append(("text/calendar", ics_text))
    body = leaves[0] if len(leaves) == 1 else multipart("alternative", leaves, boundary())

    attachments: list[Message] = []
    for item in spec.get("attach", []):
        data = pdf_bytes(item.get("title", item["pdf"]), item["lines"], when)
        pdfs.append(data)
        attachments.append(binary_part("application/pdf", item["pdf"], data))
    if ics and spec.get("ics_file"):
        attachments.append(binary_part("application/ics", spec.get("ics_name", "invite.ics"),
                                       ics_text.encode("utf-8")))
    root = multipart("mixed", [body, *attachments], boundary()) if attachments else body

    # Our own header block, so that display names and subjects use the charsets asked for.
    frm = spec["frm"]
    head = [f"Date: {format_datetime(when)}", address_header("From", [frm], spec.get("frm_enc"))]
    if spec.get("sender"):
        head.append(address_header("Sender", [spec["sender"]]))
    if spec.get("reply_to"):
        head.append(address_header("Reply-To", as_list(spec["reply_to"]),
                                   spec.get("reply_to_enc")))
    to = as_list(spec.get("to", C.ME))
    head.append(address_header("To", to, spec.get("to_enc")))
    if spec.get("cc"):
        head.append(address_header("Cc", as_list(spec["cc"])))
    subject = spec["subject"]
    if spec.get("subj_enc"):
        head.append("Subject: " + encoded_words(subject, *spec["subj_enc"], name="Subject"))
    elif subject.isascii():
        head.append(fold("Subject", subject))
    else:
        head.append("Subject: " + encoded_words(subject, "utf-8", "Q", name="Subject"))
    head.append(f"Message-ID: {msgids[key]}")
    if refs[key]:
        head.append(f"In-Reply-To: {refs[key][-1]}")
        head.append(fold("References", " ".join(refs[key])))
    for name, value in spec.get("headers", []):
        head.append(fold(name, value))
    head.append("MIME-Version: 1.0")

    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(root)
    return ("\n".join(head) + "\n").encode("ascii") + buf.getvalue(), expected, pdfs


def thread_ids(specs: list[dict]) -> tuple[dict[str, str], dict[str, list[str]]]:
    msgids: dict[str, str] = {}
    for spec in specs:
        key = spec["id"]
        assert key not in msgids, f"duplicate id {key}"
        when = parse_date(spec["date"], key)
        msgids[key] = f"<{when.strftime('%Y%m%d%H%M%S')}.{digest(key)}@{domain_of(spec['frm'][1])}>"
    refs: dict[str, list[str]] = {}

    def chain(key: str) -> list[str]:
        if key in refs:
            return refs[key]
        spec = next(s for s in specs if s["id"] == key)
        parent = spec.get("reply_of")
        if not parent:
            refs[key] = []
        elif parent.startswith("ext:"):
            refs[key] = [f"<{digest(parent, 16)}@{parent[4:]}>"]
        else:
            assert parent in msgids, f"{key}: unknown parent {parent}"
            refs[key] = [*chain(parent), msgids[parent]]
        return refs[key]

    for spec in specs:
        chain(spec["id"])
    return msgids, refs


def check_spec(spec: dict) -> None:
    key = spec["id"]
    assert spec["kind"] in KINDS, key
    assert spec["lang"] in LANGS, key
    mine = spec["frm"][1] == C.CANDIDATE_ADDR
    if spec["kind"] == "other":
        assert spec.get("company", "") == "", key
    else:
        assert spec.get("company"), key
        assert not mine, key
    contact = spec.get("contact", "")
    if mine:
        assert contact == "", key
    if contact:
        assert contact == contact.lower(), key
        offered = [a.lower() for _, a in [spec["frm"], *as_list(spec.get("reply_to"))]]
        assert contact in offered, f"{key}: contact {contact} not in From/Reply-To"


def verify(path: Path, spec: dict, expected: list[tuple[str, str]], pdfs: list[bytes]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{path.name}: defects {part.defects}"
    assert msg["Subject"] == spec["subject"], f"{path.name}: subject {msg['Subject']!r}"
    date = parsedate_to_datetime(str(msg["Date"]))
    assert date.year == 2026, path.name
    got_from = getaddresses([str(msg["From"])])[0]
    assert got_from == spec["frm"], f"{path.name}: From {got_from!r}"
    texts = [(part.get_content_type(), part.get_content()) for part in msg.walk()
             if part.get_content_maintype() == "text"]
    assert len(texts) == len(expected), f"{path.name}: {len(texts)} text parts"
    for (ctype, got), (want_type, want) in zip(texts, expected, strict=True):
        assert ctype == want_type, path.name
        norm_got = got.replace("\r\n", "\n").rstrip("\n")
        norm_want = want.replace("\r\n", "\n").rstrip("\n")
        assert norm_got == norm_want, f"{path.name}: {ctype} does not round-trip"
    got_pdfs = [part.get_payload(decode=True) for part in msg.walk()
                if part.get_content_type() == "application/pdf"]
    assert got_pdfs == pdfs, f"{path.name}: PDF does not round-trip"


def main() -> int:
    specs = load_specs()
    for spec in specs:
        check_spec(spec)
    msgids, refs = thread_ids(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    per_kind: dict[str, int] = {}
    for number, spec in enumerate(specs, 1):
        kind = spec["kind"]
        per_kind[kind] = per_kind.get(kind, 0) + 1
        rel = f"{kind}/{per_kind[kind]:03d}_{spec['scenario']}.eml"
        try:
            data, expected, pdfs = build(spec, number, msgids, refs)
        except Exception as exc:
            raise SystemExit(f"{spec['id']}: {exc!r}") from exc
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        verify(path, spec, expected, pdfs)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])

    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:34}" + "".join(f"{counts[lang]:>5}" for lang in LANGS)
              + f"  {sum(counts.values()):>5}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':34}" + "".join(f"{totals[lang]:>5}" for lang in LANGS)
          + f"  {len(rows):>5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
