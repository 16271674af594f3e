"""Build corpus 219 (Carlota Weiss-Mbeki's mailbox) from the hand-written specs.

Run from the repository root:  python tests/corpus_twohundrednineteenth/make_twohundrednineteenth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder, then
re-parses every message with the default policy and checks it: no defects, the subject, the
sender's name and every written body come back unchanged.
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
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs219_acks  # noqa: E402
import msgs219_invites  # noqa: E402
import msgs219_other  # noqa: E402
import msgs219_rejections  # noqa: E402
from msgs219_common import ME  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|Ltd|Inc|SAS|LLC|SARL|KG|plc|SE)\.?$")


# ---------------------------------------------------------------- headers


def _qchunks(text: str, charset: str) -> list[str]:
    """RFC 2047 Q words, each under 76 characters, never splitting a character."""
    words, cur = [], ""
    prefix = f"=?{charset}?q?"
    for ch in text:
        enc = ""
        for byte in ch.encode(charset):
            c = chr(byte)
            if c == " ":
                enc += "_"
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                enc += c
            else:
                enc += f"={byte:02X}"
        if len(prefix) + len(cur) + len(enc) + 2 > 75:
            words.append(f"{prefix}{cur}?=")
            cur = ""
        cur += enc
    if cur:
        words.append(f"{prefix}{cur}?=")
    return words


def _bchunks(text: str, charset: str) -> list[str]:
    """RFC 2047 B words, each under 76 characters, never splitting a character."""
    words, cur = [], b""
    prefix = f"=?{charset}?b?"
    for ch in text:
        raw = ch.encode(charset)
        if len(prefix) + 4 * ((len(cur) + len(raw) + 2) // 3) + 2 > 75:
            words.append(f"{prefix}{base64.b64encode(cur).decode()}?=")
            cur = b""
        cur += raw
    if cur:
        words.append(f"{prefix}{base64.b64encode(cur).decode()}?=")
    return words


def encoded_words(text: str, how: tuple[str, str]) -> str:
    charset, enc = how
    words = _qchunks(text, charset) if enc.lower() == "q" else _bchunks(text, charset)
    return "\n ".join(words)


SPECIALS = set('()<>@,;:\\".[]')


def mailbox(pair: tuple[str, str], how: tuple[str, str] | None) -> str:
    name, addr = pair
    if not name:
        return addr
    if how or not name.isascii():
        return f"{encoded_words(name, how or ('utf-8', 'q'))} <{addr}>"
    if any(c in SPECIALS for c in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


def fold(name: str, value: str) -> str:
    """Fold a plain ASCII header at spaces so lines stay under 78 characters."""
    if "\n" in value:
        return f"{name}: {value}"
    line, out = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 76 and line.strip() != f"{name}:":
            out.append(line)
            line = ""
        line += " " + word
    out.append(line)
    return "\n".join(out)


# ---------------------------------------------------------------- bodies


def leaf(maintype: str, subtype: str, text: str, charset: str, cte: str | None,
         params: dict[str, str] | None = None) -> MIMENonMultipart:
    part = MIMENonMultipart(maintype, subtype, charset=charset, **(params or {}))
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    if cte == "7bit":
        assert data.isascii(), "7bit body with non-ASCII text"
        payload = text
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing lines in Helvetica."""
    def esc(s: str) -> bytes:
        raw = s.encode("cp1252")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = b"BT /F1 11 Tf 56 780 Td 15 TL\n"
    for line in lines:
        stream += b"(" + esc(line) + b") '\n"
    stream += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


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


def ics_text(ics: dict, stamp: datetime) -> str:
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 219//Hand-written invitations//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{ics['start']}",
        f"DTEND:{ics['end']}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines += [
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
        f":mailto:{ME[1]}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


# ---------------------------------------------------------------- one message


def parse_date(value: str) -> datetime:
    for fmt in ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M %z"):
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    raise ValueError(value)


def build(spec: dict, index: int, ids: dict[str, str]) -> bytes:
    when = parse_date(spec["date"])
    assert when.year == 2026 and 1 <= when.month <= 10, spec["slug"]
    charset = spec.get("charset", "utf-8")
    boundaries = iter(f"=_c219_{index:03d}_{n}_{spec['slug'][:12]}" for n in range(10))

    def multipart(subtype: str, parts: list, **params: str) -> MIMEMultipart:
        container = MIMEMultipart(subtype, boundary=next(boundaries), **params)
        for part in parts:
            container.attach(part)
        return container

    parts = []
    if spec.get("text") is not None:
        parts.append(leaf("text", "plain", spec["text"], charset, spec.get("cte"),
                          spec.get("text_params")))
    if spec.get("html") is not None:
        parts.append(leaf("text", "html", spec["html"], spec.get("html_charset", charset),
                          spec.get("html_cte", spec.get("cte"))))
    ics = spec.get("ics")
    if ics:
        cal = ics_text(ics, when)
        parts.append(leaf("text", "calendar", cal, "utf-8", ics.get("cte"),
                          {"method": ics.get("method", "REQUEST")}))
    body = parts[0] if len(parts) == 1 else multipart("alternative", parts)

    attachments = []
    for name, lines in spec.get("pdfs", []):
        att = MIMEApplication(pdf_bytes(lines), "pdf", name=name)
        att.add_header("Content-Disposition", "attachment", filename=name)
        attachments.append(att)
    if ics and ics.get("attach"):
        att = MIMEApplication(ics_text(ics, when).encode("utf-8"), "ics", name="invite.ics")
        att.add_header("Content-Disposition", "attachment", filename="invite.ics")
        attachments.append(att)
    root = multipart("mixed", [body, *attachments]) if attachments else body
    for part in root.walk():
        del part["MIME-Version"]
    root["MIME-Version"] = "1.0"

    frm = spec["frm"]
    head = [f"From: {mailbox(frm, spec.get('frm_enc'))}"]
    tos = spec.get("to", [ME])
    head.append("To: " + ",\n ".join(mailbox(p, spec.get("to_enc")) for p in tos))
    if spec.get("cc"):
        head.append("Cc: " + ",\n ".join(mailbox(p, None) for p in spec["cc"]))
    if spec.get("reply_to"):
        head.append(f"Reply-To: {mailbox(spec['reply_to'], spec.get('reply_to_enc'))}")
    subject = spec["subject"]
    if spec.get("subj_enc") or not subject.isascii():
        head.append("Subject: " + encoded_words(subject, spec.get("subj_enc") or ("utf-8", "q")))
    else:
        head.append(fold("Subject", subject))
    head.append(f"Date: {format_datetime(when)}")
    head.append(f"Message-ID: {ids[spec['key']]}")
    refs = [ids.get(r, f"<{r}@mail.example.cl>") for r in spec.get("refs", [])]
    if refs:
        head.append(f"In-Reply-To: {refs[-1]}")
        head.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        head.append(fold(name, value))

    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=email.policy.compat32).flatten(root)
    return ("\n".join(head) + "\n").encode("ascii") + buffer.getvalue()


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip()


def check(spec: dict, raw: bytes) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    name = spec["slug"]
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects}"
        for key, value in part.items():
            assert not getattr(value, "defects", ()), f"{name}: {key} {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], (name, str(msg["Subject"]))
    sender = msg["From"].addresses[0]
    assert sender.display_name == spec["frm"][0], (name, sender.display_name)
    assert sender.addr_spec == spec["frm"][1], name
    wanted = {"plain": spec.get("text"), "html": spec.get("html")}
    seen = set()
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_subtype() in wanted:
            sub = part.get_content_subtype()
            assert _norm(part.get_content()) == _norm(wanted[sub]), f"{name}: {sub} differs"
            seen.add(sub)
    assert seen == {k for k, v in wanted.items() if v is not None}, (name, seen)
    if spec.get("ics"):
        cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        assert cal and "BEGIN:VEVENT" in cal[0].get_content(), name
    contact = spec["contact"]
    if contact:
        pool = [a.lower() for _, a in getaddresses(
            [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
        assert contact in pool, (name, contact, pool)
        assert contact == contact.lower()
    if spec["frm"][1] == ME[1]:
        assert not contact and spec["kind"] == "other", name


def validate(spec: dict) -> None:
    name = spec["slug"]
    assert spec["kind"] in KINDS, name
    assert spec["lang"] in LANGS, name
    assert re.fullmatch(r"[a-z0-9_]+", name), name
    if spec["kind"] == "other":
        assert spec["company"] == "", name
    else:
        assert spec["company"] and not LEGAL.search(spec["company"]), name


def main() -> None:
    specs = [*msgs219_rejections.MSGS, *msgs219_invites.MSGS, *msgs219_acks.MSGS,
             *msgs219_other.MSGS]
    counters = dict.fromkeys(KINDS, 0)
    ids: dict[str, str] = {}
    for spec in specs:
        validate(spec)
        counters[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
        spec.setdefault("key", spec["slug"])
        digest = hashlib.sha1(spec["file"].encode()).hexdigest()[:10]
        domain = spec["frm"][1].split("@")[1]
        assert spec["key"] not in ids, spec["key"]
        ids[spec["key"]] = f"<{digest}.{spec['slug'][:20]}@{domain}>"

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)

    rows = []
    for index, spec in enumerate(specs, 1):
        try:
            raw = build(spec, index, ids)
            check(spec, raw)
        except Exception as error:
            raise SystemExit(f"{spec['file']}: {type(error).__name__}: {error}") from error
        path = HERE / spec["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"],
                     spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(["es", "en", "fr", "de"], 0)
                                        for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"{'kind':32} es en fr de  total")
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:32} {row['es']:2} {row['en']:2} {row['fr']:2} {row['de']:2}  "
              f"{sum(row.values()):3}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in ["es", "en", "fr", "de"]}
    print(f"{'total':32} {totals['es']:2} {totals['en']:2} {totals['fr']:2} {totals['de']:2}  "
          f"{len(specs):3}")


if __name__ == "__main__":
    main()
