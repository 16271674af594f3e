"""Build corpus 286 from the hand-written specs in the msgs286_* modules.

Run from the repository root:  python tests/corpus_twohundredeightysixth/make_twohundredeightysixth.py

Standard library only. It deletes and rewrites only *.eml files and labels.csv inside this folder,
builds the MIME trees with the email package, writes the top-level header block itself (so that
encoded words can use utf-8 or iso-8859-1, Q or B), and re-parses every written message with the
default policy to check that it has no defects and that subject, names and bodies round-trip.
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
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs286_acks  # noqa: E402
import msgs286_invites  # noqa: E402
import msgs286_other  # noqa: E402
import msgs286_rejections  # noqa: E402
from msgs286_common import CAND, CAND_ADDR  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
ABBR = {"rejection": "rej", "interview_invitation": "inv",
        "interview_reschedule_or_cancel": "mov", "missed_interview_notice": "mis",
        "application_received": "ack", "offer": "off", "other": "oth"}
GEN_POLICY = compat32.clone(linesep="\n")
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


# ---------------------------------------------------------------- headers

def _encoded_word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "b":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        payload = "".join(chr(b) if b in Q_SAFE else "_" if b == 0x20 else f"={b:02X}"
                          for b in raw)
    return f"=?{charset}?{enc.upper()}?{payload}?="


def encode_words(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    """RFC 2047 encoded words (each <= 75 chars), separated by single spaces for folding."""
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


def encode_unstructured(text: str, how: tuple | None) -> str:
    """A Subject value: plain when ASCII and no encoding is asked, else encoded words.

    how = (charset, "q"|"b") or (charset, "q"|"b", "partial"): partial keeps the leading
    ASCII words plain and encodes from the first non-ASCII word on.
    """
    if how is None:
        if text.isascii():
            return text
        how = ("utf-8", "q")
    charset, enc, *mode = how
    if mode and mode[0] == "partial":
        words = text.split(" ")
        for i, word in enumerate(words):
            if not word.isascii():
                head = " ".join(words[:i])
                tail = " ".join(words[i:])
                return (head + " " if head else "") + encode_words(tail, charset, enc)
        return text
    return encode_words(text, charset, enc)


SPECIALS = set('()<>@,;:\\".[]')


def format_addr(pair: tuple[str, str], how: tuple | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if how is not None or not name.isascii():
        charset, enc = how or ("utf-8", "q")
        shown = encode_words(name, charset, enc)
    elif any(c in SPECIALS for c in name):
        shown = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    else:
        shown = name
    return f"{shown} <{addr}>"


def fold(name: str, value: str) -> str:
    """Fold a header at spaces so that lines stay within 78 characters where possible."""
    line = f"{name}:"
    lines: list[str] = []
    for token in value.split(" "):
        if len(line) + 1 + len(token) > 78 and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = " " + token
        else:
            line += " " + token
    lines.append(line)
    return "\n".join(lines)


# ---------------------------------------------------------------- bodies

def text_part(content: str, subtype: str, charset: str, cte: str | None,
              params: str = "") -> Message:
    raw = content.encode(charset)
    if cte is None:
        long_lines = any(len(line) > 300 for line in content.split("\n"))
        cte = "7bit" if raw.isascii() and not long_lines else "quoted-printable"
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    part["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        if cte == "7bit" and not raw.isascii():
            raise ValueError("7bit body with non-ASCII text")
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    return part


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with a title and lines of text."""
    def lit(s: str) -> str:
        s = s.encode("cp1252", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = [f"BT /F1 15 Tf 56 780 Td ({lit(title)}) Tj ET"]
    y = 750
    for line in lines:
        ops.append(f"BT /F1 10 Tf 56 {y} Td ({lit(line)}) Tj ET")
        y -= 15
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + lit(title).encode("latin-1") + b") /Producer (corpus286) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def _ics_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def _utc(stamp: str) -> str:
    d = datetime.strptime(stamp, "%Y-%m-%d %H:%M %z").astimezone(UTC)
    return d.strftime("%Y%m%dT%H%M%SZ")


def make_ics(ics: dict, date: str) -> str:
    method = ics["method"]
    org_name, org_addr = ics["organizer"]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
             f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}", f"DTSTAMP:{_utc(date)}",
             f"DTSTART:{_utc(ics['start'])}", f"DTEND:{_utc(ics['end'])}",
             f"SUMMARY:{_ics_text(ics['summary'])}"]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines.append(f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}")
    for name, addr in ics.get("attendees", [CAND]):
        lines.append(f"ATTENDEE;CN=\"{name}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f"RSVP=TRUE:mailto:{addr}")
    lines.append("STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def attachment(content_type: str, filename: str, data: bytes) -> Message:
    part = Message()
    part["Content-Type"] = f'{content_type}; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def multipart(subtype: str, boundary: str, parts: list[Message]) -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        m.attach(part)
    return m


def body_tree(spec: dict, tag: str) -> tuple[Message, dict[str, str]]:
    """The MIME tree of one spec and the text contents expected back per content type."""
    charset = spec.get("charset", "utf-8")
    expect: dict[str, str] = {}
    alt: list[Message] = []
    if spec.get("text") is not None:
        alt.append(text_part(spec["text"], "plain", charset, spec.get("cte")))
        expect["text/plain"] = spec["text"]
    if spec.get("html") is not None:
        alt.append(text_part(spec["html"], "html", charset,
                             spec.get("html_cte", spec.get("cte"))))
        expect["text/html"] = spec["html"]
    ics_text = None
    if spec.get("ics"):
        ics_text = make_ics(spec["ics"], spec["date"])
        method = spec["ics"]["method"]
        alt.append(text_part(ics_text, "calendar", "utf-8", "base64", f"; method={method}"))
        expect["text/calendar"] = ics_text
    if not alt:
        raise ValueError(f"{spec['slug']}: no body")
    body = alt[0] if len(alt) == 1 else multipart("alternative", f"=_286_{tag}_alt", alt)
    extras: list[Message] = []
    if spec.get("ics_file") and ics_text:
        extras.append(attachment("application/ics", "invite.ics", ics_text.encode("utf-8")))
    for filename, title, lines in spec.get("attach", []):
        extras.append(attachment("application/pdf", filename, make_pdf(title, lines)))
    if spec.get("rfc822"):
        inner = build_message(spec["rfc822"], f"{tag}_inner", {})
        wrapper = Message()
        wrapper["Content-Type"] = "message/rfc822"
        wrapper["Content-Disposition"] = 'attachment; filename="forwarded.eml"'
        wrapper.set_payload([email.message_from_bytes(inner, policy=compat32)])
        extras.append(wrapper)
    if extras:
        body = multipart("mixed", f"=_286_{tag}_mix", [body, *extras])
    return body, expect


# ---------------------------------------------------------------- whole messages

def format_date(stamp: str) -> str:
    d = datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")
    if d.year != 2026:
        raise ValueError(stamp)
    return format_datetime(d)


def build_message(spec: dict, tag: str, ids: dict[str, tuple[str, list[str]]]) -> bytes:
    headers = [fold("From", format_addr(spec["frm"], spec.get("name_enc")))]
    to = spec.get("to", [CAND])
    headers.append(fold("To", ", ".join(format_addr(a) for a in to)))
    if spec.get("cc"):
        headers.append(fold("Cc", ", ".join(format_addr(a) for a in spec["cc"])))
    if spec.get("reply_to"):
        headers.append(fold("Reply-To", format_addr(spec["reply_to"], spec.get("rt_enc"))))
    headers.append(fold("Subject", encode_unstructured(spec["subject"], spec.get("subj_enc"))))
    headers.append(f"Date: {format_date(spec['date'])}")
    if spec.get("key") in ids:
        own, refs = ids[spec["key"]]
        headers.append(f"Message-ID: {own}")
        if refs:
            headers.append(f"In-Reply-To: {refs[-1]}")
            headers.append(fold("References", " ".join(refs)))
    else:
        domain = spec["frm"][1].split("@")[1]
        digest = hashlib.sha1(tag.encode()).hexdigest()[:14]
        headers.append(f"Message-ID: <{digest}.{tag}@{domain}>")
    for name, value in spec.get("headers", []):
        headers.append(fold(name, value))
    headers.append("MIME-Version: 1.0")
    body, _ = body_tree(spec, tag)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(body)
    return ("\n".join(headers) + "\n").encode("ascii") + buf.getvalue()


def message_ids(specs: list[tuple[str, dict]]) -> dict[str, tuple[str, list[str]]]:
    """Message-ID and reference chain (oldest first) of every spec, keyed by its key."""
    own: dict[str, str] = {}
    for rel, spec in specs:
        domain = spec["frm"][1].split("@")[1]
        if spec["frm"][1] == CAND_ADDR:
            domain = "mail.example.ie"
        digest = hashlib.sha1(rel.encode()).hexdigest()[:16]
        own[spec["key"]] = f"<{digest}.{ABBR[spec['kind']]}286@{domain}>"
    chains: dict[str, tuple[str, list[str]]] = {}

    def chain(key: str) -> list[str]:
        spec = by_key[key]
        refs = list(spec.get("refs", []))
        if spec.get("parent"):
            refs += [*chain(spec["parent"]), own[spec["parent"]]]
        return refs

    by_key = {spec["key"]: spec for _, spec in specs}
    for key in by_key:
        chains[key] = (own[key], chain(key))
    return chains


# ---------------------------------------------------------------- checks

def check(path: Path, spec: dict, expect: dict[str, str]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name in part:
            value = part[name]
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    sender = msg["From"].addresses[0]
    if (sender.display_name, sender.addr_spec) != tuple(spec["frm"]):
        problems.append(f"from {sender!r}")
    if spec.get("reply_to"):
        rt = msg["Reply-To"].addresses[0]
        if (rt.display_name, rt.addr_spec) != tuple(spec["reply_to"]):
            problems.append(f"reply-to {rt!r}")
    seen: dict[str, str] = {}
    top = [msg]
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            break
        top.append(part)
    for part in top:
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text" and ctype not in seen:
            seen[ctype] = part.get_content()
    for ctype, want in expect.items():
        got = seen.get(ctype)
        if got is None or got.replace("\r\n", "\n").rstrip() != want.replace("\r\n", "\n").rstrip():
            problems.append(f"{ctype} does not round-trip")
    if msg["Date"].datetime.year != 2026 or msg["Date"].datetime.month > 10:
        problems.append("date")
    contact = spec.get("contact", "")
    shown = [a.addr_spec.lower() for h in ("From", "Reply-To") for v in msg.get_all(h, [])
             for a in v.addresses]
    if contact and contact not in shown:
        problems.append(f"contact {contact} not in From/Reply-To")
    if contact != contact.lower() or contact == CAND_ADDR:
        problems.append("contact form")
    if spec["frm"][1] == CAND_ADDR and (contact or spec["kind"] != "other"):
        problems.append("candidate's own mail must be other without contact")
    if (spec["kind"] == "other") == bool(spec.get("company")):
        problems.append("company presence")
    if problems:
        raise SystemExit(f"{path.name}: " + "; ".join(problems))


def main() -> None:
    specs: list[tuple[str, dict]] = []
    counters = dict.fromkeys(KINDS, 0)
    for module in (msgs286_rejections, msgs286_invites, msgs286_acks, msgs286_other):
        for spec in module.MESSAGES:
            counters[spec["kind"]] += 1
            spec.setdefault("key", f"{spec['kind']}:{spec['slug']}")
            rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
            specs.append((rel, spec))
    keys = [spec["key"] for _, spec in specs]
    if len(keys) != len(set(keys)):
        raise SystemExit("duplicate keys")
    ids = message_ids(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    for rel, spec in specs:
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        tag = rel.split("/")[1].split("_")[0] + ABBR[spec["kind"]]
        try:
            path.write_bytes(build_message(spec, tag, ids))
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        _, expect = body_tree(spec, tag)
        check(path, spec, expect)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages: "
          + ", ".join(f"{k}={v}" for k, v in counters.items()))


if __name__ == "__main__":
    main()
