"""Build corpus 248 from the hand-written specs in the msgs248_* modules.

Standard library only. Run from the repository root:

    python tests/corpus_twohundredfortyeighth/make_twohundredfortyeighth.py

It deletes and rewrites only the *.eml files and labels.csv inside this folder, then re-parses
every message with the default policy and checks that it has no defects and that its subject,
sender name and text parts come back as written.
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
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs248_acks  # noqa: E402
import msgs248_invites  # noqa: E402
import msgs248_other  # noqa: E402
import msgs248_rejections  # noqa: E402
from msgs248_common import CAND  # noqa: E402

KIND_ORDER = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
LABEL_HEADER = ["file", "kind", "company", "contact", "language"]
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


# ---------------------------------------------------------------- headers

def _encoded_word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        body = base64.b64encode(raw).decode("ascii")
    else:
        body = "".join(
            chr(b) if b in Q_SAFE else "_" if b == 0x20 else f"={b:02X}" for b in raw
        )
    return f"=?{charset}?{enc}?{body}?="


def encode_words(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """RFC 2047 encoded words, each at most 75 characters, never splitting a character."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(_encoded_word(chunk + ch, charset, enc)) > 75:
            words.append(_encoded_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_encoded_word(chunk, charset, enc))
    return " ".join(words)


def _split_addr(value: tuple[str, str] | str) -> tuple[str, str]:
    if isinstance(value, tuple):
        return value
    if "<" in value:
        name, addr = value.rsplit("<", 1)
        return name.strip().strip('"'), addr.rstrip(">").strip()
    return "", value.strip()


def fmt_addr(value: tuple[str, str] | str, enc: tuple[str, str] | None = None) -> str:
    name, addr = _split_addr(value)
    if not name:
        return addr
    if enc is None and not name.isascii():
        enc = ("utf-8", "Q")
    if enc:
        return f"{encode_words(name, *enc)} <{addr}>"
    return formataddr((name, addr))


def parse_when(value: str) -> datetime:
    """'2026-03-04 10:15 +0100' -> aware datetime."""
    day, clock, offset = value.split()
    sign = 1 if offset[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    return datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M").replace(tzinfo=tz)


# ---------------------------------------------------------------- parts

def text_part(text: str, subtype: str, charset: str, cte: str | None,
              **params: str) -> MIMENonMultipart:
    raw = text.encode(charset)
    if cte is None:
        short = max(map(len, raw.split(b"\n"))) < 990
        if raw.isascii() and short:
            cte = "7bit"
        elif subtype == "plain" and short:
            cte = "8bit"
        else:
            cte = "quoted-printable"
    part = MIMENonMultipart("text", subtype, charset=charset, **params)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF with Helvetica text; offsets in the xref table are exact."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    rows = [f"BT /F1 15 Tf 56 790 Td ({esc(title)}) Tj ET"]
    y = 760
    for line in lines:
        rows.append(f"BT /F1 10.5 Tf 56 {y} Td ({esc(line)}) Tj ET")
        y -= 15
    stream = "\n".join(rows).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (corpus248) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, xref))
    return out.getvalue()


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold_ics(line: str) -> list[str]:
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = " " + ch, 75
        else:
            cur += ch
    out.append(cur)
    return out


def _utc(value: str) -> str:
    return parse_when(value).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(ics: dict, stamp: str) -> str:
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(ics['start'])}",
        f"DTEND:{_utc(ics['end'])}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    lines.append(
        f'ATTENDEE;CN="{CAND[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
        f"mailto:{CAND[1]}"
    )
    status = "CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED"
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    sep = "\r\n" if ics.get("cte") == "base64" else "\n"
    return sep.join(folded for line in lines for folded in _fold_ics(line)) + sep


# ---------------------------------------------------------------- one message

class Built:
    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []  # (subtype, text) for the round-trip check


def _boundary(tag: str, level: str) -> str:
    digest = hashlib.sha1(f"{tag}/{level}".encode()).hexdigest()[:12]
    return f"=_c248_{tag}_{level}_{digest}"


def build_body(spec: dict, tag: str, built: Built):
    charset = spec.get("charset", "utf-8")
    alternatives = []
    if spec.get("text") is not None:
        alternatives.append(text_part(spec["text"], "plain", charset, spec.get("cte")))
        built.texts.append(("plain", spec["text"]))
    if spec.get("html") is not None:
        alternatives.append(text_part(spec["html"], "html", spec.get("html_charset", charset),
                                      spec.get("html_cte")))
        built.texts.append(("html", spec["html"]))
    ics = spec.get("ics")
    ics_part = None
    if ics:
        cal = make_ics(ics, spec["date"])
        ics_cte = ics.get("cte") or ("7bit" if cal.isascii() else "quoted-printable")
        ics_part = text_part(cal, "calendar", "utf-8", ics_cte, method=ics["method"])
        built.texts.append(("calendar", cal))
        if ics.get("mode", "alt") == "alt":
            alternatives.append(ics_part)
            ics_part = None
        else:
            ics_part.add_header("Content-Disposition", "attachment",
                                filename=ics.get("filename", "invite.ics"))
    if len(alternatives) == 1:
        core = alternatives[0]
    else:
        core = MIMEMultipart("alternative", boundary=_boundary(tag, "alt"))
        for part in alternatives:
            core.attach(part)
    attachments = []
    if ics_part is not None:
        attachments.append(ics_part)
    for pdf in spec.get("pdfs", []):
        att = MIMEApplication(make_pdf(pdf["title"], pdf["lines"]), "pdf")
        name = pdf["name"]
        if name.isascii():
            att.add_header("Content-Disposition", "attachment", filename=name)
            att.set_param("name", name)
        else:
            att.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        attachments.append(att)
    inner = spec.get("attach_eml")
    if inner:
        sub = text_part(inner["text"], "plain", "utf-8", inner.get("cte"))
        built.texts.append(("plain", inner["text"]))
        mime = [(k, v) for k, v in sub.items() if k.lower() != "mime-version"]
        for k in list(sub.keys()):
            del sub[k]
        sub["Date"] = format_datetime(parse_when(inner["date"]))
        sub["From"] = fmt_addr(inner["frm"])
        sub["To"] = fmt_addr(inner.get("to", CAND))
        sub["Subject"] = (inner["subject"] if inner["subject"].isascii()
                          else encode_words(inner["subject"], "utf-8", "Q"))
        sub["Message-ID"] = inner["mid"]
        sub["MIME-Version"] = "1.0"
        for k, v in mime:
            sub[k] = v
        att = MIMEMessage(sub)
        att.add_header("Content-Disposition", "attachment", filename="forwarded.eml")
        attachments.append(att)
    if not attachments:
        return core
    mixed = MIMEMultipart("mixed", boundary=_boundary(tag, "mix"))
    mixed.attach(core)
    for att in attachments:
        mixed.attach(att)
    return mixed


def message_id(spec: dict) -> str:
    if spec.get("mid"):
        return spec["mid"]
    _, addr = _split_addr(spec["frm"])
    domain = spec.get("mid_domain") or addr.split("@", 1)[1]
    digest = hashlib.sha1(spec["key"].encode()).hexdigest()[:10].upper()
    stamp = parse_when(spec["date"]).astimezone(UTC).strftime("%Y%m%d%H%M")
    return f"<{stamp}.{digest}.c248@{domain}>"


def fold(name: str, value: str, limit: int = 78) -> str:
    """One header line, folded at spaces so no line passes `limit` where it can be helped;
    the first word always stays on the first line."""
    words = value.split(" ")
    lines, line = [], f"{name}: {words[0]}"
    for word in words[1:]:
        if len(line) + 1 + len(word) > limit:
            lines.append(line)
            line = " " + word
        else:
            line += " " + word
    lines.append(line)
    return "\n".join(lines) + "\n"


def build(spec: dict, tag: str, ids: dict[str, str]) -> tuple[bytes, Built]:
    """The header block is written here by hand (so encoded words keep the charset and the
    Q/B form the spec asks for); the MIME tree below it comes from the email package."""
    built = Built()
    root = build_body(spec, tag, built)
    head: list[tuple[str, str]] = [
        ("Date", format_datetime(parse_when(spec["date"]))),
        ("From", fmt_addr(spec["frm"], spec.get("name_enc"))),
    ]
    if spec.get("reply_to"):
        head.append(("Reply-To", fmt_addr(spec["reply_to"], spec.get("reply_enc"))))
    head.append(("To", ", ".join(fmt_addr(a) for a in spec.get("to", [CAND]))))
    if spec.get("cc"):
        head.append(("Cc", ", ".join(fmt_addr(a) for a in spec["cc"])))
    subject = spec["subject"]
    if spec.get("subj_enc"):
        head.append(("Subject", encode_words(subject, *spec["subj_enc"])))
    elif not subject.isascii():
        head.append(("Subject", encode_words(subject, "utf-8", "B")))
    else:
        head.append(("Subject", subject))
    head.append(("Message-ID", ids[spec["key"]]))
    refs = [ids.get(r, r) for r in spec.get("refs", [])]
    if refs:
        head.append(("In-Reply-To", refs[-1]))
        head.append(("References", " ".join(refs)))
    head += list(spec.get("headers", []))
    parts = list(root.walk())
    inner_roots = [id(p.get_payload(0)) for p in parts if p.get_content_type() == "message/rfc822"]
    for part in parts:  # the email package stamps every part; mail programs do not
        if id(part) not in inner_roots:
            del part["MIME-Version"]
    block = "".join(fold(name, value) for name, value in head) + "MIME-Version: 1.0\n"
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(root)
    return block.encode("ascii") + out.getvalue(), built


# ---------------------------------------------------------------- checks

def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(data: bytes, spec: dict, built: Built, where: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    name, addr = _split_addr(spec["frm"])
    got = msg["From"].addresses[0]
    if (got.display_name, got.addr_spec.lower()) != (name, addr.lower()):
        problems.append(f"from {got!r}")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if not msg[h]:
            problems.append(f"no {h}")
    if msg["Date"].datetime.year != 2026:
        problems.append("year")
    seen = [(p.get_content_subtype(), _norm(p.get_content())) for p in msg.walk()
            if p.get_content_maintype() == "text"]
    for subtype, text in built.texts:
        if (subtype, _norm(text)) not in seen:
            problems.append(f"{subtype} part did not round-trip")
    contact = spec.get("contact", "")
    if contact:
        addrs = [a.addr_spec.lower() for h in ("Reply-To", "From") if msg[h]
                 for a in msg[h].addresses]
        if contact not in addrs:
            problems.append(f"contact {contact} not in Reply-To/From {addrs}")
    if problems:
        raise SystemExit(f"{where}: " + "; ".join(problems))


# ---------------------------------------------------------------- main

def all_specs() -> list[dict]:
    return [*msgs248_rejections.MESSAGES, *msgs248_invites.MESSAGES, *msgs248_acks.MESSAGES,
            *msgs248_other.MESSAGES]


def main() -> None:
    specs = all_specs()
    keys = [s["key"] for s in specs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise SystemExit(f"duplicate keys {dup}")
    ids = {s["key"]: message_id(s) for s in specs}
    if len(set(ids.values())) != len(ids):
        raise SystemExit("duplicate Message-IDs")
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    counters: dict[str, int] = {}
    for kind in KIND_ORDER:
        for spec in (s for s in specs if s["kind"] == kind):
            counters[kind] = counters.get(kind, 0) + 1
            rel = f"{kind}/{counters[kind]:03d}_{spec['key']}.eml"
            tag = f"{kind[:3]}{counters[kind]:03d}"
            try:
                data, built = build(spec, tag, ids)
            except (UnicodeError, KeyError, ValueError) as error:
                raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
            check(data, spec, built, rel)
            path = HERE / rel
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""),
                         spec["lang"]])
    unknown = {s["kind"] for s in specs} - set(KIND_ORDER)
    if unknown:
        raise SystemExit(f"unknown kinds {unknown}")
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(LABEL_HEADER)
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {}
    for _, kind, _, _, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KIND_ORDER:
        print(f"  {kind:32s}", " ".join(f"{lg}={table.get(kind, {}).get(lg, 0):2d}"
                                         for lg in ("en", "fr", "de", "es")))


if __name__ == "__main__":
    main()
