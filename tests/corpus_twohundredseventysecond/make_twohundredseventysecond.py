"""Build corpus 272 (.eml files and labels.csv) from the hand-written specs in msgs272_*.py.

Run from the repository root:  python tests/corpus_twohundredseventysecond/make_twohundredseventysecond.py

Standard library only. The MIME body tree is built with the `email` package; the top-level
header block is written here so that encoded words can use the charset and encoding (Q or B)
each spec asks for. Every written message is parsed again with the default policy and
checked: no defects, and the subject, the display names and every text body round-trip.
It deletes and rewrites only */*.eml and labels.csv inside its own folder.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs272_acks  # noqa: E402
import msgs272_invites  # noqa: E402
import msgs272_other  # noqa: E402
import msgs272_rejections  # noqa: E402
from msgs272_common import CANDIDATE, ME  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["es", "en", "fr", "de"]
MAXLINE = 78


# ---------------------------------------------------------------- dates, ids

def parse_date(text: str) -> datetime:
    """'2026-03-10 08:03 +0100' -> an aware datetime."""
    day, clock, off = text.split()
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def digest(*parts: str) -> str:
    return hashlib.sha1("/".join(parts).encode()).hexdigest()


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1].lower()


# ---------------------------------------------------------------- headers

def _q_payload(chunk: str, charset: str) -> str:
    out = []
    for byte in chunk.encode(charset):
        ch = chr(byte)
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """RFC 2047 encoded words of at most 75 characters, never splitting a character."""
    def word(chunk: str) -> str:
        if enc == "B":
            payload = base64.b64encode(chunk.encode(charset)).decode("ascii")
        else:
            payload = _q_payload(chunk, charset)
        return f"=?{charset}?{enc}?{payload}?="

    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(word(chunk + ch)) > 75:
            words.append(word(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(word(chunk))
    return words


def fold(name: str, tokens: list[str]) -> str:
    """Name: tokens joined by spaces, folded before a token when the line would pass 78."""
    lines = [f"{name}:"]
    for tok in tokens:
        if len(lines[-1]) + 1 + len(tok) > MAXLINE and lines[-1] != f"{name}:":
            lines.append(" " + tok)
        else:
            lines[-1] += " " + tok
    return "\n".join(lines) + "\n"


SPECIALS = set('()<>[]:;@\\,."')


def address_tokens(pair: tuple[str, str], enc: tuple[str, str] | None) -> list[str]:
    name, addr = pair
    if not name:
        return [addr]
    if enc or not name.isascii():
        charset, how = enc or ("utf-8", "Q")
        return [*encoded_words(name, charset, how), f"<{addr}>"]
    if any(c in SPECIALS for c in name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return [f'"{quoted}"', f"<{addr}>"]
    return [*name.split(" "), f"<{addr}>"]


def address_header(name: str, pairs: list[tuple[str, str]],
                   enc: tuple[str, str] | None = None) -> str:
    tokens: list[str] = []
    for i, pair in enumerate(pairs):
        toks = address_tokens(pair, enc)
        if i < len(pairs) - 1:
            toks[-1] += ","
        tokens.extend(toks)
    return fold(name, tokens)


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if enc or not subject.isascii():
        charset, how = enc or ("utf-8", "Q")
        return fold("Subject", encoded_words(subject, charset, how))
    return fold("Subject", subject.split(" "))


# ---------------------------------------------------------------- parts

def _strip_version(part: Message) -> Message:
    del part["MIME-Version"]
    return part


def text_part(text: str, subtype: str, charset: str, cte: str | None) -> Message:
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    part = _strip_version(MIMENonMultipart("text", subtype, charset=charset))
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "7bit":
        assert data.isascii(), "7bit body with non-ASCII text"
        payload = text
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> str:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " "
        cur += ch
    out.append(cur)
    return "\r\n".join(out)


def utc(text: str) -> str:
    return parse_date(text).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(ics: dict, stamp: str) -> str:
    org_name, org_addr = ics["organizer"]
    start = parse_date(ics["start"])
    end = start + timedelta(minutes=ics.get("minutes", 45))
    method = ics.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('sequence', 0)}",
        f"DTSTAMP:{utc(stamp)}",
        f"DTSTART:{start.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTEND:{end.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
        f"LOCATION:{ics_escape(ics.get('location', ''))}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for att_name, att_addr in ics.get("attendees", [ME]):
        lines.append(f'ATTENDEE;CN="{att_name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{att_addr}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(x) for x in lines) + "\r\n"


def ics_part(ics: dict, stamp: str, attach: bool) -> Message:
    method = ics.get("method", "REQUEST")
    part = _strip_version(MIMENonMultipart("text", "calendar", charset="utf-8", method=method))
    part.set_payload(base64.encodebytes(make_ics(ics, stamp).encode("utf-8")).decode("ascii"))
    part["Content-Transfer-Encoding"] = "base64"
    if attach:
        name = ics.get("filename", "invite.ics")
        part.add_header("Content-Disposition", "attachment", filename=name)
    return part


def pdf_escape(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with the given lines."""
    stream = b"BT /F1 11 Tf 56 790 Td 15 TL\n"
    stream += b"/F1 14 Tf (" + pdf_escape(title) + b") Tj T* T* /F1 11 Tf\n"
    for line in lines:
        stream += b"(" + pdf_escape(line) + b") Tj T*\n"
    stream += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title (" + pdf_escape(title) + b") /Producer (corpus272) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def pdf_part(filename: str, title: str, lines: list[str]) -> Message:
    part = _strip_version(MIMEApplication(make_pdf(title, lines), "pdf"))
    if filename.isascii():
        part.add_header("Content-Disposition", "attachment", filename=filename)
    else:
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    return part


# ---------------------------------------------------------------- messages

class Builder:
    def __init__(self) -> None:
        self.ids: dict[str, str] = {}

    def msgid_for(self, spec: dict, key: str) -> str:
        when = parse_date(spec["date"]).strftime("%Y%m%d%H%M")
        return f"<{when}.{digest(key)[:12]}@{domain_of(spec['frm'][1])}>"

    def ref(self, key: str) -> str:
        if key.startswith("<"):
            return key
        if key in self.ids:
            return self.ids[key]
        return f"<{digest('external', key)[:16]}.{key}@example.es>"

    def body(self, spec: dict, counter: list[int], seed: str) -> tuple[Message, list[str]]:
        """The MIME tree of a spec and the text bodies it holds, in order."""
        def boundary() -> str:
            counter[0] += 1
            return f"=_b272_{seed[:10]}_{counter[0]}"

        expected: list[str] = []
        alts: list[Message] = []
        if spec.get("text") is not None:
            alts.append(text_part(spec["text"], "plain", spec.get("charset", "utf-8"),
                                  spec.get("cte")))
            expected.append(spec["text"])
        if spec.get("html") is not None:
            alts.append(text_part(spec["html"], "html",
                                  spec.get("html_charset", spec.get("charset", "utf-8")),
                                  spec.get("html_cte", spec.get("cte"))))
            expected.append(spec["html"])
        assert alts, f"{seed}: no body"
        ics = spec.get("ics")
        mode = spec.get("ics_mode", "alt")
        if ics and mode in ("alt", "both"):
            alts.append(ics_part(ics, spec["date"], attach=False))
        if len(alts) == 1:
            main = alts[0]
        else:
            main = _strip_version(MIMEMultipart("alternative", boundary=boundary()))
            for part in alts:
                main.attach(part)
        attachments: list[Message] = []
        if ics and mode in ("attach", "both"):
            attachments.append(ics_part(ics, spec["date"], attach=True))
        for filename, title, lines in spec.get("pdfs", []):
            attachments.append(pdf_part(filename, title, lines))
        if spec.get("fwd"):
            # The forwarded message is kept byte for byte: a str payload of a message/rfc822
            # part is written as is, where a parsed Message would be re-folded.
            inner_bytes, _ = self.render(spec["fwd"], seed + "fwd")
            wrapper = _strip_version(MIMENonMultipart("message", "rfc822"))
            wrapper.set_payload(inner_bytes.decode("ascii", "surrogateescape"))
            attachments.append(wrapper)
        if not attachments:
            return main, expected
        root = _strip_version(MIMEMultipart("mixed", boundary=boundary()))
        root.attach(main)
        for part in attachments:
            root.attach(part)
        return root, expected

    def render(self, spec: dict, seed: str, mid: str | None = None) -> tuple[bytes, list[str]]:
        head = address_header("From", [spec["frm"]], spec.get("frm_enc"))
        head += address_header("To", spec.get("to", [ME]), spec.get("to_enc"))
        if spec.get("cc"):
            head += address_header("Cc", spec["cc"], spec.get("cc_enc"))
        if spec.get("reply_to"):
            head += address_header("Reply-To", [spec["reply_to"]], spec.get("reply_enc"))
        head += subject_header(spec["subject"], spec.get("subj_enc"))
        head += f"Date: {format_datetime(parse_date(spec['date']))}\n"
        head += f"Message-ID: {mid or self.msgid_for(spec, seed)}\n"
        if spec.get("irt"):
            head += f"In-Reply-To: {self.ref(spec['irt'])}\n"
        refs = spec.get("refs") or ([spec["irt"]] if spec.get("irt") else [])
        if refs:
            head += fold("References", [self.ref(k) for k in refs])
        for name, value in spec.get("headers", []):
            head += fold(name, value.split(" "))
        head += "MIME-Version: 1.0\n"
        tree, expected = self.body(spec, [0], digest(seed))
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(tree)
        return head.encode("ascii") + buf.getvalue(), expected


def text_parts(message: Message) -> list[Message]:
    """The text/plain and text/html parts that are not attachments, not inside rfc822."""
    if message.get_content_type() == "message/rfc822":
        return []
    if message.is_multipart():
        return [p for sub in message.get_payload() for p in text_parts(sub)]
    if (message.get_content_type() in ("text/plain", "text/html")
            and message.get_content_disposition() != "attachment"):
        return [message]
    return []


def check(path: Path, spec: dict, expected: list[str]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{path}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", None), f"{path}: {name} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{path}: subject {msg['Subject']!r}"
    frm = msg["From"].addresses[0]
    assert (frm.display_name, frm.addr_spec) == tuple(spec["frm"]), f"{path}: from {frm}"
    if spec.get("reply_to"):
        rt = msg["Reply-To"].addresses[0]
        assert (rt.display_name, rt.addr_spec) == tuple(spec["reply_to"]), f"{path}: reply-to"
    got = [p.get_content() for p in text_parts(msg)]
    assert got == expected, f"{path}: bodies differ\n{got!r}\n{expected!r}"
    assert parse_date(spec["date"]).year == 2026 and msg["Date"].datetime.year == 2026
    if spec.get("fwd"):
        inner = next(p for p in msg.walk() if p.get_content_type() == "message/rfc822")
        inner_msg = inner.get_payload()[0]
        assert str(inner_msg["Subject"]) == spec["fwd"]["subject"], f"{path}: fwd subject"


def main() -> None:
    specs = (msgs272_rejections.MESSAGES + msgs272_invites.MESSAGES + msgs272_acks.MESSAGES
             + msgs272_other.MESSAGES)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    numbers: dict[str, int] = {}
    rels: list[str] = []
    builder = Builder()
    for spec in specs:
        kind = spec["kind"]
        assert kind in KINDS and spec["lang"] in LANGS, spec["slug"]
        numbers[kind] = numbers.get(kind, 0) + 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        rels.append(rel)
        key = spec.get("mid", rel)
        assert key not in builder.ids, f"duplicate mid {key}"
        builder.ids[key] = builder.msgid_for(spec, rel)

    rows = []
    seen_ids: set[str] = set()
    for spec, rel in zip(specs, rels, strict=True):
        mid = builder.ids[spec.get("mid", rel)]
        assert mid not in seen_ids, mid
        seen_ids.add(mid)
        try:
            data, expected = builder.render(spec, rel, mid)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec, expected)
        company = spec.get("company", "")
        contact = spec.get("contact", "").lower()
        if spec["kind"] == "other":
            assert not company, f"{rel}: other has a company"
        else:
            assert company, f"{rel}: job mail without company"
        if spec["frm"][1].lower() == CANDIDATE:
            assert not contact and spec["kind"] == "other", rel
        if contact:
            offered = [spec["frm"][1].lower()]
            if spec.get("reply_to"):
                offered.append(spec["reply_to"][1].lower())
            assert contact in offered, f"{rel}: contact {contact} not in From/Reply-To"
        rows.append([rel, spec["kind"], company, contact, spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:>5}" for lang in LANGS)
              + f"  {sum(counts.values()):>5}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[lang]:>5}" for lang in LANGS) + f"  {len(rows):>5}")


if __name__ == "__main__":
    main()
