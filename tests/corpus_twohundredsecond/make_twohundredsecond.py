"""Build corpus 202 (blind): Declan Ferreira-Nowak's mailbox, 165 hand-written messages.

Run from the repository root:  python tests/corpus_twohundredsecond/make_twohundredsecond.py

Reads the message specs in msgs202_*.py (standard library only), writes <kind>/<nnn>_<slug>.eml
and labels.csv in this folder (after deleting only the *.eml files and labels.csv here), then
re-parses every written file with the default policy and checks that it has no defects and that
its subject, display names and text bodies come back as written.
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
from datetime import datetime, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs202_acks  # noqa: E402
import msgs202_invites  # noqa: E402
import msgs202_other  # noqa: E402
import msgs202_rejections  # noqa: E402
from msgs202_common import CANDIDATE  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10,
            "other": 52}
LINESEP = "\n"


# ---------------------------------------------------------------- headers

def _q_encode(raw: bytes) -> str:
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    payload = base64.b64encode(raw).decode("ascii") if enc == "B" else _q_encode(raw)
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """RFC 2047 encoded words of at most 75 characters, never splitting a character."""
    words: list[str] = []
    cur = ""
    for ch in text:
        if cur and len(_word(cur + ch, charset, enc)) > 75:
            words.append(_word(cur, charset, enc))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_word(cur, charset, enc))
    return words


def fold(name: str, tokens: list[str]) -> str:
    """name: tokens joined by spaces, folded before a token when a line would pass 76."""
    line = f"{name}:"
    lines = []
    for tok in tokens:
        if len(line) + 1 + len(tok) > 76 and line != f"{name}:":
            lines.append(line)
            line = " " + tok
        else:
            line += " " + tok
    lines.append(line)
    return LINESEP.join(lines)


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and subject.isascii():
        return fold("Subject", subject.split(" "))
    charset, mode = enc or ("utf-8", "B")
    # keep the leading plain-ASCII words (such as "Re:") raw, encode from the first other word
    words = subject.split(" ")
    i = 0
    while i < len(words) - 1 and words[i].isascii() and words[i]:
        i += 1
    raw, rest = words[:i], " ".join(words[i:])
    return fold("Subject", [*raw, *encoded_words(rest, charset, mode)])


_SPECIALS = set('()<>[]:;@\\,."')


def mailbox(name: str, addr: str, enc: tuple[str, str] | None, force: bool) -> list[str]:
    if not name:
        return [addr]
    if not name.isascii() or (force and enc is not None):
        charset, mode = enc or ("utf-8", "Q")
        return [*encoded_words(name, charset, mode), f"<{addr}>"]
    if any(c in _SPECIALS for c in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return [f'"{escaped}"', f"<{addr}>"]
    return [*name.split(" "), f"<{addr}>"]


def address_header(field: str, boxes: list[tuple[str, str]], enc: tuple[str, str] | None,
                   force: bool = False) -> str:
    """An address header; display names are encoded when not ASCII (or always, if forced)."""
    tokens: list[str] = []
    for n, (name, addr) in enumerate(boxes):
        part = mailbox(name, addr, enc, force)
        if n < len(boxes) - 1:
            part[-1] += ","
        tokens += part
    return fold(field, tokens)


# ---------------------------------------------------------------- bodies

def text_part(text: str, subtype: str, charset: str, cte: str | None) -> Message:
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert raw.isascii(), "7bit body with non-ASCII text"
        body = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(body)
    return part


def _pdf_string(text: str) -> str:
    out = []
    for byte in text.encode("cp1252"):
        ch = chr(byte)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    return "".join(out)


def make_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing the given lines in Helvetica."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for line in lines:
        ops.append(f"({_pdf_string(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def pdf_part(spec: dict) -> Message:
    part = Message()
    name = spec["name"]
    part["Content-Type"] = f'application/pdf; name="{name}"'
    part["Content-Disposition"] = f'attachment; filename="{name}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(make_pdf(spec["lines"])).decode("ascii"))
    return part


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0], *(" " + x for x in out[1:])]


def make_ics(ics: dict, stamp: datetime) -> str:
    method = ics.get("method", "REQUEST")
    tz = ics.get("tz", "Europe/London")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%S')}Z",
        f"DTSTART;TZID={tz}:{ics['start']}",
        f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines += [
        f"ORGANIZER;CN={_ics_text(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CANDIDATE[1]}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else ics.get('status', 'CONFIRMED')}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def ics_part(spec: dict, stamp: datetime, inline: bool) -> Message:
    text = make_ics(spec, stamp)
    method = spec.get("method", "REQUEST")
    part = Message()
    name = spec.get("filename", "invite.ics")
    if inline:
        part["Content-Type"] = f'text/calendar; charset="utf-8"; method={method}'
    else:
        part["Content-Type"] = f'text/calendar; charset="utf-8"; method={method}; name="{name}"'
        part["Content-Disposition"] = f'attachment; filename="{name}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(text.encode("utf-8")).decode("ascii"))
    return part


def multipart(subtype: str, boundary: str, parts: list[Message]) -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def build_body(spec: dict, tag: str, stamp: datetime) -> Message:
    charset = spec.get("charset", "utf-8")
    alts: list[Message] = []
    if spec.get("text") is not None:
        alts.append(text_part(spec["text"], "plain", charset, spec.get("cte")))
    if spec.get("html") is not None:
        alts.append(text_part(spec["html"], "html", spec.get("html_charset", charset),
                              spec.get("html_cte", spec.get("cte"))))
    ics = spec.get("ics")
    inline_ics = ics is not None and spec.get("ics_mode", "inline") == "inline"
    if inline_ics:
        alts.append(ics_part(ics, stamp, inline=True))
    body = alts[0] if len(alts) == 1 else multipart("alternative", f"=_alt_{tag}_=", alts)
    attachments: list[Message] = []
    if ics is not None and not inline_ics:
        attachments.append(ics_part(ics, stamp, inline=False))
    for pdf in spec.get("pdf", []):
        attachments.append(pdf_part(pdf))
    if attachments:
        body = multipart("mixed", f"=_mix_{tag}_=", [body, *attachments])
    return body


# ---------------------------------------------------------------- messages

def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


class Corpus:
    def __init__(self, specs: list[dict]) -> None:
        self.specs = specs
        self.by_id = {s["id"]: s for s in specs if s.get("id")}
        dupes = [s["id"] for s in specs if s.get("id")]
        assert len(dupes) == len(set(dupes)), "duplicate thread ids"

    def msgid(self, key: str) -> str:
        spec = self.by_id.get(key)
        domain = domain_of(spec["frm"][1]) if spec else domain_of(CANDIDATE[1])
        digest = hashlib.sha1(key.encode()).hexdigest()[:16]
        return f"<{digest}.{key}@{domain}>"

    def references(self, spec: dict) -> list[str]:
        parent = spec.get("parent")
        if not parent:
            return []
        above = self.references(self.by_id[parent]) if parent in self.by_id else [
            self.msgid(k) for k in spec.get("refs", [])]
        return [*above, self.msgid(parent)]


def headers_of(spec: dict, corpus: Corpus, stamp: datetime) -> str:
    enc = spec.get("name_enc")
    lines = [
        address_header("From", [spec["frm"]], enc, force=True),
        address_header("To", spec.get("to", [CANDIDATE]), enc),
    ]
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], enc))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], enc))
    lines.append(subject_header(spec["subject"], spec.get("subject_enc")))
    lines.append(f"Date: {format_datetime(stamp)}")
    lines.append(f"Message-ID: {corpus.msgid(spec['id'])}")
    refs = corpus.references(spec)
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append(fold("References", refs))
    for name, value in spec.get("headers", {}).items():
        lines.append(fold(name, value.split(" ")))
    return LINESEP.join(lines) + LINESEP


def render(spec: dict, corpus: Corpus, tag: str) -> bytes:
    stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    assert stamp.year == 2026, spec["slug"]
    body = build_body(spec, tag, stamp)
    body["MIME-Version"] = "1.0"
    # MIME-Version first among the body headers
    items = body._headers  # noqa: SLF001
    items.insert(0, items.pop())
    buf = io.BytesIO()
    policy = email.policy.compat32.clone(linesep=LINESEP, max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=policy).flatten(body)
    return headers_of(spec, corpus, stamp).encode("ascii") + buf.getvalue()


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(path: Path, spec: dict) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = path.name
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    for name, value in msg.items():
        assert not getattr(value, "defects", ()), f"{where}: {name} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    name, addr = spec["frm"]
    (got_name, got_addr), = getaddresses([str(msg["From"])])
    assert (got_name, got_addr) == (name, addr), f"{where}: From {got_name!r} {got_addr!r}"
    if spec.get("reply_to"):
        (rn, ra), = getaddresses([str(msg["Reply-To"])])
        assert (rn, ra) == tuple(spec["reply_to"]), f"{where}: Reply-To {rn!r}"
    want = {}
    if spec.get("text") is not None:
        want["text/plain"] = spec["text"]
    if spec.get("html") is not None:
        want["text/html"] = spec["html"]
    got = {p.get_content_type(): p.get_content() for p in msg.walk()
           if p.get_content_type() in ("text/plain", "text/html")}
    assert set(got) == set(want), f"{where}: parts {sorted(got)}"
    for ctype, text in want.items():
        assert _norm(got[ctype]) == _norm(text), f"{where}: {ctype} does not round-trip"
    if spec.get("ics"):
        cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        assert len(cal) == 1 and "BEGIN:VEVENT" in cal[0].get_content(), where
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == len(spec.get("pdf", [])), where
    for p in pdfs:
        data = p.get_content()
        assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), where


def all_specs() -> list[dict]:
    return [*msgs202_rejections.MESSAGES, *msgs202_invites.MESSAGES, *msgs202_acks.MESSAGES,
            *msgs202_other.MESSAGES]


def main() -> None:
    specs = all_specs()
    counts = {k: 0 for k in KINDS}
    for spec in specs:
        assert spec["kind"] in KINDS, spec
        counts[spec["kind"]] += 1
        spec.setdefault("id", f"{spec['kind']}-{spec['slug']}")
    assert counts == EXPECTED, counts
    corpus = Corpus(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    numbers = {k: 0 for k in KINDS}
    for spec in specs:
        kind = spec["kind"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        tag = f"{kind[:3]}{numbers[kind]:03d}"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(render(spec, corpus, tag))
        check(path, spec)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    langs: dict[str, int] = {}
    for row in rows:
        langs[row[4]] = langs.get(row[4], 0) + 1
    print(f"wrote {len(rows)} messages; kinds {counts}; languages {langs}")


if __name__ == "__main__":
    main()
