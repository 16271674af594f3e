"""Build corpus 215 from the hand-written specs in the msgs215_* modules.

Run from the repository root:  python tests/corpus_twohundredfifteenth/make_twohundredfifteenth.py

Standard library only. Deletes and rewrites only the *.eml files and labels.csv in this folder.
Every message is written with a hand-made header block (so encoded words can use the charset and
encoding a spec asks for), a body built with the email package, deterministic boundaries,
Message-IDs and dates, and is then re-parsed with the default policy and checked: no defects,
the subject, the sender's display name and every text body round-trip.
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
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # leave no __pycache__ beside the corpus

import msgs215_acks  # noqa: E402
import msgs215_common as common  # noqa: E402
import msgs215_invites  # noqa: E402
import msgs215_other  # noqa: E402
import msgs215_rejections  # noqa: E402

GROUPS = [
    ("rejection", msgs215_rejections.REJECTIONS),
    ("interview_invitation", msgs215_invites.INVITATIONS),
    ("interview_reschedule_or_cancel", msgs215_invites.RESCHEDULES),
    ("missed_interview_notice", msgs215_invites.MISSED),
    ("application_received", msgs215_acks.RECEIVED),
    ("offer", msgs215_acks.OFFERS),
    ("other", msgs215_other.OTHER),
]

CHARSETS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}


# ---------------------------------------------------------------- header block helpers

def _q_encode(raw: bytes) -> str:
    out = []
    for byte in raw:
        ch = chr(byte)
        if byte == 0x20:
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    payload = base64.b64encode(raw).decode("ascii") if enc == "b" else _q_encode(raw)
    return f"=?{charset}?{enc.upper()}?{payload}?="


def encoded_words(text: str, charset: str, enc: str, limit: int = 66) -> list[str]:
    """text as RFC 2047 encoded words of at most `limit` characters each, split between
    characters (never inside a multi-byte one)."""
    words, current = [], ""
    for ch in text:
        if current and len(_word(current + ch, charset, enc)) > limit:
            words.append(_word(current, charset, enc))
            current = ch
        else:
            current += ch
    if current:
        words.append(_word(current, charset, enc))
    return words


def fold_plain(name: str, value: str, width: int = 76) -> str:
    """Name: value, folded before spaces so unfolding gives value back."""
    line, lines = f"{name}: ", []
    for i, token in enumerate(value.split(" ")):
        piece = token if i == 0 else " " + token
        if i and len(line) + len(piece) > width:
            lines.append(line)
            line = piece
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and not value.isascii():
        enc = ("utf-8", "b")
    if enc is None:
        return fold_plain(name, value)
    return f"{name}: " + "\n ".join(encoded_words(value, *enc))


def address(entry: tuple) -> str:
    """A (name, addr[, charset, enc]) tuple as a header address."""
    name, addr = entry[0], entry[1]
    if not name:
        return addr
    if len(entry) > 2 or not name.isascii():
        charset, enc = entry[2:4] if len(entry) > 2 else ("utf-8", "q")
        # One encoded word: parsers differ on the whitespace between words in a phrase.
        return " ".join(encoded_words(name, charset, enc, 240)) + f" <{addr}>"
    return formataddr((name, addr))


def address_header(name: str, entries: list[tuple]) -> str:
    return f"{name}: " + ",\n ".join(address(e) for e in entries)


def when(stamp: str) -> datetime:
    """'2026-03-04 10:15 +0100' as an aware datetime."""
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")


# ---------------------------------------------------------------- body helpers

def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    assert charset in CHARSETS, charset
    part = MIMENonMultipart("text", subtype, charset=charset)
    del part["MIME-Version"]
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        assert raw.isascii(), "7bit body with non-ASCII text"
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def default_cte(text: str, charset: str) -> str:
    return "7bit" if text.isascii() else "quoted-printable"


def ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> str:
    """Fold an iCalendar content line at 75 octets, never inside a UTF-8 character."""
    out, current = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return "\r\n ".join(out)


def utc(stamp: str) -> str:
    return when(stamp).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def build_ics(spec: dict, sent: str) -> str:
    method = spec.get("method", "REQUEST")
    start = when(spec["start"])
    end = start + timedelta(minutes=spec.get("minutes", 45))
    org_name, org_addr = spec["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{spec.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec.get('seq', 0)}",
        f"DTSTAMP:{utc(sent)}",
        f"DTSTART:{start.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTEND:{end.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}",
        f"SUMMARY:{ics_escape(spec['summary'])}",
    ]
    if spec.get("location"):
        lines.append(f"LOCATION:{ics_escape(spec['location'])}")
    if spec.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(spec['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    lines.append(f'ATTENDEE;CN="{common.CANDIDATE_NAME}";ROLE=REQ-PARTICIPANT;'
                 f"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{common.CANDIDATE_ADDR}")
    for name, addr in spec.get("attendees", []):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:'
                     f"mailto:{addr}")
    status = spec.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(line) for line in lines) + "\r\n"


def _pdf_string(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch.encode("cp1252", "replace")[0:1] or b"?")
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= code < 127:
            out.append(chr(code))
        else:
            out.append(f"\\{code:03o}")
    return "".join(out)


def build_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing title and lines."""
    ops = ["BT", "/F1 15 Tf", "56 780 Td", f"({_pdf_string(title)}) Tj", "/F1 10.5 Tf",
           "0 -26 Td"]
    for line in lines:
        ops += [f"({_pdf_string(line)}) Tj", "0 -15 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + _pdf_string(title).encode("latin-1") + b") /Producer (corpus 215) >>",
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


def pdf_part(spec: dict) -> MIMEBase:
    name = spec["name"]
    # A non-ASCII file name goes into an RFC 2231 filename* parameter only.
    part = MIMEBase("application", "pdf", **({"name": name} if name.isascii() else {}))
    del part["MIME-Version"]
    part.set_payload(base64.encodebytes(build_pdf(spec["title"], spec["lines"])).decode())
    part["Content-Transfer-Encoding"] = "base64"
    part.add_header("Content-Disposition", "attachment",
                    filename=name if name.isascii() else ("utf-8", "", name))
    return part


class Builder:
    """Turns one spec into the bytes of one message; numbers boundaries deterministically."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.count = 0
        self.texts: list[tuple[str, str]] = []  # (subtype, text) expected to round-trip

    def boundary(self) -> str:
        self.count += 1
        return f"----=_Part215_{self.tag}_{self.count}"

    def multipart(self, subtype: str, parts: list) -> MIMEMultipart:
        multi = MIMEMultipart(subtype, boundary=self.boundary())
        del multi["MIME-Version"]
        for part in parts:
            multi.attach(part)
        return multi

    def text(self, text: str, subtype: str, charset: str, cte: str | None) -> MIMENonMultipart:
        if not text.endswith("\n"):
            text += "\n"
        self.texts.append((subtype, text))
        return text_part(text, subtype, charset, cte or default_cte(text, charset))

    def body(self, spec: dict) -> MIMEBase:
        charset = spec.get("charset", "utf-8")
        parts = []
        if spec.get("text") is not None:
            parts.append(self.text(spec["text"], "plain", charset, spec.get("cte")))
        if spec.get("html") is not None:
            parts.append(self.text(spec["html"], "html", spec.get("html_charset", charset),
                                   spec.get("html_cte", spec.get("cte"))))
        ics = spec.get("ics")
        ics_part = None
        if ics:
            payload = build_ics(ics, spec["date"])
            method = ics.get("method", "REQUEST")
            ics_part = MIMENonMultipart("text", "calendar", method=method, charset="utf-8")
            del ics_part["MIME-Version"]
            ics_part.set_payload(base64.encodebytes(payload.encode("utf-8")).decode())
            ics_part["Content-Transfer-Encoding"] = "base64"
            self.texts.append(("calendar", payload))
            if spec.get("ics_mode", "alt") == "alt":
                parts.append(ics_part)
                ics_part = None
        body = parts[0] if len(parts) == 1 else self.multipart("alternative", parts)
        attachments = []
        if ics_part is not None:
            attachments.append(ics_part)
            ics_part.add_header("Content-Disposition", "attachment",
                                filename=ics.get("filename", "invite.ics"))
        for pdf in spec.get("pdfs", []):
            attachments.append(pdf_part(pdf))
        if spec.get("rfc822"):
            inner = Builder(self.tag + "i")
            inner_bytes = inner.message(spec["rfc822"], msgid=spec["rfc822"]["msgid"])
            wrapper = MIMEBase("message", "rfc822")
            del wrapper["MIME-Version"]
            wrapper.set_payload([email.message_from_bytes(inner_bytes)])
            wrapper.add_header("Content-Disposition", "attachment",
                               filename=spec["rfc822"].get("filename", "forwarded.eml"))
            attachments.append(wrapper)
            self.texts += inner.texts
        if attachments:
            return self.multipart("mixed", [body, *attachments])
        return body

    def message(self, spec: dict, msgid: str, refs: list[str] = ()) -> bytes:
        root = self.body(spec)
        head = [address_header("From", [spec["frm"]])]
        if spec.get("sender"):
            head.append(address_header("Sender", [spec["sender"]]))
        head.append(address_header("To", spec.get("to") or [common.CANDIDATE]))
        if spec.get("cc"):
            head.append(address_header("Cc", spec["cc"]))
        if spec.get("reply_to"):
            reply = spec["reply_to"]
            head.append(address_header("Reply-To", reply if isinstance(reply, list) else [reply]))
        head.append(header_text("Subject", spec["subject"], spec.get("subj_enc")))
        head.append(f"Date: {format_datetime(when(spec['date']))}")
        head.append(f"Message-ID: {msgid}")
        if refs:
            head.append(f"In-Reply-To: {refs[-1]}")
            head.append("References: " + "\n ".join(refs))
        for name, value in spec.get("headers", []):
            head.append(fold_plain(name, value, 998) if name.startswith("List-")
                        else fold_plain(name, value))
        head.append("MIME-Version: 1.0")
        buffer = io.BytesIO()
        BytesGenerator(buffer, mangle_from_=False, maxheaderlen=78,
                       policy=email.policy.compat32).flatten(root, unixfrom=False)
        return ("\n".join(head) + "\n").encode("ascii") + buffer.getvalue()


# ---------------------------------------------------------------- checks

def check(raw: bytes, spec: dict, texts: list[tuple[str, str]], rel: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{rel}: defects {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, f"{rel}: no {name}"
    assert str(msg["Subject"]) == spec["subject"], f"{rel}: subject {msg['Subject']!r}"
    sender = msg["From"].addresses[0]
    assert sender.addr_spec.lower() == spec["frm"][1].lower(), f"{rel}: from address"
    assert sender.display_name == spec["frm"][0], f"{rel}: display name {sender.display_name!r}"
    assert msg["Date"].datetime.year == 2026, f"{rel}: date"
    got = [(p.get_content_subtype(), p.get_content()) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    assert sorted(got) == sorted(texts), f"{rel}: bodies do not round-trip"
    assert any(t.strip() for _, t in got), f"{rel}: no text"


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1].lower()


def main() -> None:
    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    placed = []  # (kind, rel, spec, msgid)
    ids: dict[str, str] = {}
    for kind, specs in GROUPS:
        for number, spec in enumerate(specs, start=1):
            slug = spec["slug"]
            assert re.fullmatch(r"[a-z0-9_]+", slug), slug
            rel = f"{kind}/{number:03d}_{slug}.eml"
            digest = hashlib.sha1(rel.encode()).hexdigest()[:10]
            stamp = when(spec["date"]).astimezone(timezone.utc).strftime("%Y%m%d%H%M%S")
            msgid = spec.get("msgid") or f"<{stamp}.{digest}.c215@{domain_of(spec['frm'][1])}>"
            if spec.get("key"):
                assert spec["key"] not in ids, spec["key"]
                ids[spec["key"]] = msgid
            placed.append((kind, rel, spec, msgid))

    rows = []
    seen_ids = set()
    for index, (kind, rel, spec, msgid) in enumerate(placed, start=1):
        assert msgid not in seen_ids, msgid
        seen_ids.add(msgid)
        refs = [ids.get(ref, ref) for ref in spec.get("refs", [])]
        for ref in refs:
            assert ref.startswith("<") and ref.endswith(">"), f"{rel}: unknown ref {ref}"
        if spec.get("rfc822"):
            spec["rfc822"].setdefault("msgid", f"<fwd.{index:03d}.c215@"
                                      f"{domain_of(spec['rfc822']['frm'][1])}>")
        builder = Builder(f"{index:03d}")
        try:
            raw = builder.message(spec, msgid, refs)
        except (AssertionError, UnicodeError, ValueError) as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        check(raw, spec, builder.texts, rel)
        lang = spec["lang"]
        assert lang in {"en", "de", "fr", "es"}, rel
        company = spec.get("company", "")
        contact = spec.get("contact", "").lower()
        assert bool(company) == (kind != "other"), f"{rel}: company"
        senders = [spec["frm"][1].lower()]
        reply = spec.get("reply_to")
        if reply:
            senders += [e[1].lower() for e in (reply if isinstance(reply, list) else [reply])]
        assert not contact or contact in senders, f"{rel}: contact {contact} not in From/Reply-To"
        if spec["frm"][1].lower() == common.CANDIDATE_ADDR:
            assert kind == "other" and not contact, f"{rel}: own mail"
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        rows.append({"file": rel, "kind": kind, "company": company, "contact": contact,
                     "language": lang})

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["file", "kind", "company", "contact", "language"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        counts[row["kind"], row["language"]] = counts.get((row["kind"], row["language"]), 0) + 1
    print(f"wrote {len(rows)} messages")
    for kind, _ in GROUPS:
        print(f"  {kind:32s}", " ".join(f"{lang}={counts.get((kind, lang), 0):2d}"
                                        for lang in ("es", "en", "fr", "de")))


if __name__ == "__main__":
    main()
