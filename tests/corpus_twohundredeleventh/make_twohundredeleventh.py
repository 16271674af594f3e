"""Build corpus 211 from the hand-written specs in msgs211_*.py.

Run from the repository root:

    python tests/corpus_twohundredeleventh/make_twohundredeleventh.py

Standard library only. It deletes and rewrites the *.eml files and labels.csv in this folder
(nothing else), then re-parses every written message and checks it round-trips.
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
from collections import Counter
from datetime import datetime
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs211_acks  # noqa: E402
import msgs211_invites  # noqa: E402
import msgs211_other  # noqa: E402
import msgs211_rejections  # noqa: E402

KIND_ORDER = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
EXPECTED = {
    "rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52,
}
LINESEP = "\n"


# --------------------------------------------------------------------------- headers


def _encoded_word(text: str, charset: str, enc: str) -> str:
    data = text.encode(charset)
    if enc == "B":
        payload = base64.b64encode(data).decode("ascii")
    else:
        chars = []
        for byte in data:
            char = chr(byte)
            if byte < 128 and (char.isalnum() or char in "!*+-/"):
                chars.append(char)
            elif byte == 32:
                chars.append("_")
            else:
                chars.append(f"={byte:02X}")
        payload = "".join(chars)
    return f"=?{charset}?{enc}?{payload}?="


def encode_words(text: str, charset: str, enc: str, first_room: int = 75) -> list[str]:
    """Encoded words of at most 75 characters, never splitting a character."""
    words: list[str] = []
    current = ""
    room = first_room
    for char in text:
        candidate = current + char
        if current and len(_encoded_word(candidate, charset, enc)) > room:
            words.append(_encoded_word(current, charset, enc))
            current = char
            room = 75
        else:
            current = candidate
    if current:
        words.append(_encoded_word(current, charset, enc))
    return words


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header value at spaces so lines stay under 78 characters."""
    line = f"{name}: "
    out = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if i > 0 and len(line) + len(piece) > 76:
            out.append(line)
            line = piece
        else:
            line += piece
    out.append(line)
    return LINESEP.join(out)


PREFIX = re.compile(r"^((?:(?:re|rv|aw|wg|tr|fwd?|fw)\s*:\s*)+)", re.IGNORECASE)


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None:
        if not subject.isascii():
            enc = ("utf-8", "Q")
        else:
            return fold_plain("Subject", subject)
    charset, method = enc
    prefix = ""
    match = PREFIX.match(subject)
    if match and match.group(1).isascii():
        prefix = match.group(1)
    rest = subject[len(prefix):]
    words = encode_words(rest, charset, method, first_room=75 - len("Subject: ") - len(prefix))
    return f"Subject: {prefix}" + (LINESEP + " ").join(words)


def mailbox(name: str, addr: str, enc: tuple[str, str] | None) -> str:
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    charset, method = enc or ("utf-8", "Q")
    return (LINESEP + " ").join(encode_words(name, charset, method)) + f" <{addr}>"


def address_header(field: str, boxes: list[tuple[str, str]],
                   enc: tuple[str, str] | None) -> str:
    return f"{field}: " + ("," + LINESEP + " ").join(mailbox(n, a, enc) for n, a in boxes)


# --------------------------------------------------------------------------- parts


def text_leaf(body: str, subtype: str, charset: str, cte: str,
              extra: dict[str, str] | None = None) -> MIMEBase:
    data = body.encode(charset)
    part = MIMENonMultipart("text", subtype, charset=charset, **(extra or {}))
    if cte in ("7bit", "8bit"):
        cte = "7bit" if data.isascii() else "8bit"
        payload = data.decode("ascii", "surrogateescape")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines in Helvetica."""
    ops = [b"BT", b"/F1 16 Tf", b"72 770 Td", b"20 TL", _pdf_string(title) + b" Tj", b"T*",
           b"/F1 11 Tf", b"15 TL"]
    for line in lines:
        ops.append(_pdf_string(line) + b" Tj T*")
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title " + _pdf_string(title) + b" /Producer (corpus211) >>",
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


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out = []
    data = line
    limit = 75
    while len(data.encode("utf-8")) > limit:
        cut = limit
        while len(data[:cut].encode("utf-8")) > limit:
            cut -= 1
        out.append(data[:cut])
        data = " " + data[cut:]
        limit = 75
    out.append(data)
    return out


def make_ics(spec: dict) -> str:
    """An iCalendar object from an ics spec (times are UTC, 'YYYYMMDDTHHMMSSZ')."""
    method = spec["method"]
    lines = [
        "BEGIN:VCALENDAR", "PRODID:" + spec.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
        f"UID:{spec['uid']}", f"SEQUENCE:{spec.get('sequence', 0)}",
        f"DTSTAMP:{spec['stamp']}", f"DTSTART:{spec['start']}", f"DTEND:{spec['end']}",
        "SUMMARY:" + _ics_text(spec["summary"]),
    ]
    if spec.get("location"):
        lines.append("LOCATION:" + _ics_text(spec["location"]))
    if spec.get("description"):
        lines.append("DESCRIPTION:" + _ics_text(spec["description"]))
    org_name, org_addr = spec["organizer"]
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for att_name, att_addr in spec.get("attendees", []):
        lines.append(f'ATTENDEE;CN="{att_name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{att_addr}")
    status = spec.get("status") or ("CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def strip_mime_version(part: MIMEBase) -> MIMEBase:
    del part["MIME-Version"]
    return part


def build_body(spec: dict, key: str) -> tuple[MIMEBase, dict[str, str]]:
    """The MIME tree of a spec, and the text bodies it must round-trip (by subtype)."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    expect: dict[str, str] = {}
    alts: list[MIMEBase] = []
    if spec.get("text") is not None:
        alts.append(text_leaf(spec["text"], "plain", charset, cte))
        expect["plain"] = spec["text"]
    if spec.get("html") is not None:
        alts.append(text_leaf(spec["html"], "html", spec.get("html_charset", charset),
                              spec.get("html_cte", cte)))
        expect["html"] = spec["html"]
    ics = spec.get("ics")
    attachments: list[MIMEBase] = []
    if ics is not None:
        ics_body = make_ics(ics)
        where = ics.get("where", "alternative")
        if where in ("alternative", "both"):
            ics_cte = ics.get("cte", "base64")
            # An 8-bit or quoted-printable part keeps the file's own line ends.
            inline = ics_body if ics_cte == "base64" else ics_body.replace("\r\n", "\n")
            alts.append(text_leaf(inline, "calendar", "utf-8", ics_cte,
                                  {"method": ics["method"]}))
            expect["calendar"] = inline
        if where in ("attachment", "both"):
            att = MIMEApplication(ics_body.encode("utf-8"), "ics", name=ics.get("filename",
                                                                            "invite.ics"))
            att.add_header("Content-Disposition", "attachment",
                           filename=ics.get("filename", "invite.ics"))
            attachments.append(att)
    for pdf in spec.get("pdfs", []):
        att = MIMEApplication(make_pdf(pdf["title"], pdf["lines"]), "pdf")
        filename = pdf["filename"]
        if filename.isascii():
            att.add_header("Content-Disposition", "attachment", filename=filename)
            att.set_param("name", filename)
        else:
            att.add_header("Content-Disposition", "attachment",
                           filename=("utf-8", "", filename))
            att.set_param("name", ("utf-8", "", filename))
        attachments.append(att)
    if not alts:
        raise ValueError(f"{spec['name']}: no body")
    if len(alts) == 1:
        body = alts[0]
    else:
        body = MIMEMultipart("alternative")
        body.set_boundary(f"----=_Alt_211_{key}")
        for part in alts:
            body.attach(strip_mime_version(part))
    if attachments:
        root = MIMEMultipart("mixed")
        root.set_boundary(f"----=_Mix_211_{key}")
        root.attach(strip_mime_version(body))
        for part in attachments:
            root.attach(strip_mime_version(part))
        return root, expect
    return body, expect


# --------------------------------------------------------------------------- messages


def all_specs() -> list[dict]:
    specs: list[dict] = []
    for module in (msgs211_rejections, msgs211_invites, msgs211_acks, msgs211_other):
        specs.extend(module.MESSAGES)
    return specs


def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(f"corpus211/{spec['name']}".encode()).hexdigest()[:12].upper()
    domain = spec.get("mid_domain") or spec["frm"][1].split("@", 1)[1]
    return f"<{digest}.{spec['name'].replace('_', '-')}@{domain}>"


def render(spec: dict, ids: dict[str, str], refs: dict[str, list[str]]) -> tuple[bytes, dict]:
    key = hashlib.sha1(spec["name"].encode()).hexdigest()[:16]
    body, expect = build_body(spec, key)
    lines = [f"Date: {format_datetime(parse_date(spec['date']))}"]
    lines.append(address_header("From", [spec["frm"]], spec.get("frm_enc")))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", spec["reply_to"], spec.get("reply_enc")))
    lines.append(address_header("To", spec.get("to") or [("", "mireia.ch@example.es")],
                                spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], spec.get("cc_enc")))
    lines.append(subject_header(spec["subject"], spec.get("subj_enc")))
    lines.append(f"Message-ID: {ids[spec['name']]}")
    parent = spec.get("parent")
    if parent:
        lines.append(f"In-Reply-To: {ids[parent]}")
        lines.append(fold_plain("References", " ".join(refs[spec["name"]])))
    for name, value in spec.get("headers", []):
        lines.append(fold_plain(name, value))
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=email.policy.compat32.clone(
        linesep=LINESEP)).flatten(body)
    data = (LINESEP.join(lines) + LINESEP).encode("ascii") + out.getvalue()
    return data, expect


def check(spec: dict, data: bytes, expect: dict[str, str]) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    name = spec["name"]
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects}"
    assert str(msg["Subject"]) == spec["subject"], (name, str(msg["Subject"]), spec["subject"])
    sender = msg["From"].addresses[0]
    assert sender.addr_spec == spec["frm"][1], (name, sender.addr_spec)
    assert sender.display_name == spec["frm"][0], (name, sender.display_name, spec["frm"][0])
    assert parse_date(spec["date"]).year == 2026
    seen: dict[str, str] = {}
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            seen[part.get_content_subtype()] = part.get_content()
    for subtype, text in expect.items():
        got = seen.get(subtype, "").replace("\r\n", "\n")
        assert got == text.replace("\r\n", "\n"), f"{name}: {subtype} body does not round-trip"
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            pdf = part.get_content()
            assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF"), name
    contact = spec.get("contact", "")
    if contact:
        boxes = [a.lower() for _, a in getaddresses(
            [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
        assert contact in boxes, f"{name}: contact {contact} not in {boxes}"


def main() -> None:
    specs = all_specs()
    names = [s["name"] for s in specs]
    dupes = [n for n, c in Counter(names).items() if c > 1]
    assert not dupes, f"duplicate names {dupes}"
    ids = {s["name"]: message_id(s) for s in specs}
    by_id = {s["id"]: s["name"] for s in specs if "id" in s}
    for spec in specs:  # parent given as an id, stored as the parent's name
        if spec.get("parent") and spec["parent"] in by_id:
            spec["parent"] = by_id[spec["parent"]]
    refs: dict[str, list[str]] = {}
    order = sorted(specs, key=lambda s: parse_date(s["date"]))
    for spec in order:
        parent = spec.get("parent")
        if parent:
            refs[spec["name"]] = [*refs.get(parent, []), ids[parent]][-8:]
            parent_spec = next(s for s in specs if s["name"] == parent)
            assert parse_date(parent_spec["date"]) < parse_date(spec["date"]), spec["name"]
    for kind in KIND_ORDER:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    counters: Counter[str] = Counter()
    for kind in KIND_ORDER:
        for spec in (s for s in specs if s["kind"] == kind):
            counters[kind] += 1
            rel = f"{kind}/{counters[kind]:03d}_{spec['name']}.eml"
            try:
                data, expect = render(spec, ids, refs)
                check(spec, data, expect)
            except Exception as error:
                raise SystemExit(f"{spec['name']}: {type(error).__name__}: {error}") from error
            (HERE / rel).write_bytes(data)
            company = spec.get("company", "") if kind != "other" else ""
            rows.append([rel, kind, company, spec.get("contact", "").lower(), spec["lang"]])
    unknown = {s["kind"] for s in specs} - set(KIND_ORDER)
    assert not unknown, unknown
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((r[1], r[4]) for r in rows)
    langs = ["es", "en", "fr", "de"]
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in langs) + "  total")
    for kind in KIND_ORDER:
        print(f"{kind:34}" + "".join(f"{table[(kind, lang)]:>5}" for lang in langs)
              + f"  {counters[kind]:>5}")
    totals = Counter(r[4] for r in rows)
    print(f"{'total':34}" + "".join(f"{totals[lang]:>5}" for lang in langs)
          + f"  {len(rows):>5}")
    for kind, want in EXPECTED.items():
        if counters[kind] != want:
            print(f"WARNING: {kind} has {counters[kind]}, expected {want}")


if __name__ == "__main__":
    main()
