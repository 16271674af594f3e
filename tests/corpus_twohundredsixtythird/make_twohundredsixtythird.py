"""Build corpus 263 from the hand-written specs in the msgs263_* modules.

Run from the repository root:
    python tests/corpus_twohundredsixtythird/make_twohundredsixtythird.py

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder, then
re-parses every written message (default policy) and checks it has no defects and that its
subject, display names and text bodies round-trip.

Spec fields (every message is a dict, see msgs263_common.M):
  kind, slug, lang, company, contact      -> labels.csv
  key, parent                             -> Message-ID threading (parent: a key or "<id>")
  frm, to, cc, reply_to                   -> (name, addr) pairs (to/cc: lists)
  subject, subject_enc, name_enc          -> encoded words: (charset, "Q" | "B")
  date                                    -> "2026-03-04 10:15 +0100"
  headers                                 -> extra (name, value) pairs
  text, text_charset, text_cte            -> text/plain part
  html, html_charset, html_cte            -> text/html part
  ics, ics_mode                           -> calendar part (inline, attach or both)
  pdf                                     -> list of {name, lines} PDF attachments
  rfc822                                  -> a nested spec attached as message/rfc822
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import quopri
import sys
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs263_acks  # noqa: E402
import msgs263_invites  # noqa: E402
import msgs263_other  # noqa: E402
import msgs263_rejections  # noqa: E402
from msgs263_common import CAND  # noqa: E402

KIND_ORDER = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
COMPAT = email.policy.compat32.clone(linesep="\n", max_line_length=0)

# --------------------------------------------------------------------------- headers


def parse_date(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """text as RFC 2047 encoded words of at most 75 characters, split between characters."""
    words, chunk = [], ""

    def word(s: str) -> str:
        raw = s.encode(charset)
        if enc == "B":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            payload = "".join(
                "_" if b == 0x20 else chr(b)
                if (chr(b).isalnum() and b < 128) or chr(b) in "!*+-/" else f"={b:02X}"
                for b in raw
            )
        return f"=?{charset}?{enc}?{payload}?="

    for ch in text:
        if len(word(chunk + ch)) > 75:
            words.append(word(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(word(chunk))
    return words


def fold(name: str, tokens: list[str]) -> str:
    """Header line(s): tokens joined by spaces, folded before a token past 78 columns."""
    lines, line = [], f"{name}:"
    for tok in tokens:
        if len(line) + 1 + len(tok) > 78 and line != f"{name}:":
            lines.append(line)
            line = " " + tok
        else:
            line += " " + tok
    lines.append(line)
    return "\n".join(lines)


def text_tokens(text: str, enc: tuple[str, str] | None) -> list[str]:
    if enc is None and text.isascii():
        return text.split(" ")
    charset, kind = enc or ("utf-8", "Q")
    return encoded_words(text, charset, kind)


SPECIALS = set('()<>[]:;@\\,."')


def address_tokens(pairs: list[tuple[str, str]], enc: tuple[str, str] | None) -> list[str]:
    tokens: list[str] = []
    for i, (name, addr) in enumerate(pairs):
        sep = "," if i < len(pairs) - 1 else ""
        if not name:
            tokens.append(f"{addr}{sep}")
            continue
        if enc is not None or not name.isascii():
            charset, kind = enc or ("utf-8", "Q")
            if not name.isascii() or enc is not None:
                tokens.extend(encoded_words(name, charset, kind))
        elif SPECIALS & set(name):
            quoted = name.replace("\\", "\\\\").replace('"', '\\"')
            tokens.append(f'"{quoted}"')
        else:
            tokens.extend(name.split(" "))
        tokens.append(f"<{addr}>{sep}")
    return tokens


def as_pairs(value) -> list[tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, tuple):
        return [value]
    return list(value)


# --------------------------------------------------------------------------- parts


def text_part(content: str, subtype: str, charset: str, cte: str,
              extra_params: str = "", filename: str | None = None) -> Message:
    part = Message(policy=COMPAT)
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra_params}'
    raw = content.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    part["Content-Transfer-Encoding"] = cte
    if filename:
        part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part.set_payload(payload)
    return part


def binary_part(data: bytes, ctype: str, filename: str) -> Message:
    part = Message(policy=COMPAT)
    part["Content-Type"] = f'{ctype}; name="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing lines in Helvetica, with a correct xref table."""
    def lit(s: str) -> str:
        raw = s.encode("cp1252", "replace").decode("latin-1")
        return "(" + raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for i, line in enumerate(lines):
        ops.append(f"{lit(line)} Tj" if i == 0 else f"T* {lit(line)} Tj")
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
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


def ics_text(ics: dict, stamp: dt.datetime) -> str:
    """An iCalendar object (CRLF lines folded at 75 octets) for a REQUEST or CANCEL."""
    def utc(value: str) -> str:
        return parse_date(value).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")

    def escape(s: str) -> str:
        return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\n", "\\n"))

    start = parse_date(ics["start"])
    end = start + dt.timedelta(minutes=ics.get("minutes", 45))
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{utc(ics['start'])}",
        f"DTEND:{end.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"SUMMARY:{escape(ics['summary'])}",
        f"LOCATION:{escape(ics.get('location', ''))}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
    ]
    for name, addr in ics.get("attendees", [CAND]):
        lines.append(f"ATTENDEE;CN=\"{name}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f"RSVP=TRUE:mailto:{addr}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{escape(ics['description'])}")
    lines.append(f"STATUS:{ics.get('status', 'CANCELLED' if method == 'CANCEL' else 'CONFIRMED')}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        raw = line.encode("utf-8")
        first = True
        while len(raw) > 75:
            cut = 75 if first else 74
            while (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            folded.append(("" if first else " ") + raw[:cut].decode("utf-8"))
            raw = raw[cut:]
            first = False
        folded.append(("" if first else " ") + raw.decode("utf-8"))
    return "\r\n".join(folded) + "\r\n"


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    outer = Message(policy=COMPAT)
    outer["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        outer.attach(p)
    return outer


def html_of(spec: dict) -> str:
    """The spec's HTML with its <meta> charset matching the MIME charset it is sent in."""
    charset = spec.get("html_charset", "utf-8")
    return (spec["html"].replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
            .replace("text/html; charset=utf-8", f"text/html; charset={charset}"))


def body_tree(spec: dict, tag: str, stamp: dt.datetime) -> Message:
    """The MIME tree of a spec's body (without its top-level envelope headers)."""
    alternatives: list[Message] = []
    if spec.get("text") is not None:
        charset = spec.get("text_charset", "utf-8")
        cte = spec.get("text_cte") or ("7bit" if spec["text"].isascii() else "quoted-printable")
        alternatives.append(text_part(spec["text"], "plain", charset, cte))
    if spec.get("html") is not None:
        charset = spec.get("html_charset", "utf-8")
        html = html_of(spec)
        cte = spec.get("html_cte") or ("7bit" if html.isascii() else "quoted-printable")
        alternatives.append(text_part(html, "html", charset, cte))
    attachments: list[Message] = []
    ics = spec.get("ics")
    if ics:
        cal = ics_text(ics, stamp)
        method = ics.get("method", "REQUEST")
        mode = spec.get("ics_mode", "both")
        if mode in ("inline", "both"):
            alternatives.append(text_part(cal, "calendar", "utf-8", ics.get("cte") or ("7bit" if cal.isascii() else "base64"),
                                          f"; method={method}"))
        if mode in ("attach", "both"):
            name = "cancel.ics" if method == "CANCEL" else ics.get("filename", "invite.ics")
            part = binary_part(cal.encode("utf-8"), "application/ics", name)
            attachments.append(part)
    for pdf in spec.get("pdf", []):
        attachments.append(binary_part(make_pdf(pdf["lines"]), "application/pdf", pdf["name"]))
    if spec.get("rfc822"):
        inner = email.message_from_bytes(
            render(spec["rfc822"], tag + "i", resolve=lambda k: [k]), policy=COMPAT)
        wrapper = Message(policy=COMPAT)
        wrapper["Content-Type"] = "message/rfc822"
        wrapper["Content-Disposition"] = "attachment"
        wrapper.set_payload([inner])
        attachments.append(wrapper)
    if len(alternatives) == 1:
        body = alternatives[0]
    else:
        body = multipart("alternative", alternatives, f"=_alt_{tag}")
    if attachments:
        body = multipart("mixed", [body, *attachments], f"=_mix_{tag}")
    return body


def message_id(spec: dict) -> str:
    if spec.get("mid"):
        return spec["mid"]
    domain = spec["frm"][1].split("@", 1)[1]
    seed = f"{spec.get('kind', '')}/{spec['slug']}/{spec['date']}".encode()
    digest = hashlib.sha1(seed).hexdigest()[:16]
    stamp = parse_date(spec["date"]).strftime("%Y%m%d%H%M")
    return f"<{stamp}.{digest}@{domain}>"


def render(spec: dict, tag: str, resolve) -> bytes:
    """The whole message: a hand-written header block on top of the generated body tree."""
    stamp = parse_date(spec["date"])
    name_enc = spec.get("name_enc")
    lines = [fold("From", address_tokens(as_pairs(spec["frm"]), name_enc))]
    if spec.get("reply_to"):
        lines.append(fold("Reply-To", address_tokens(as_pairs(spec["reply_to"]), name_enc)))
    lines.append(fold("To", address_tokens(as_pairs(spec.get("to", [CAND])), None)))
    if spec.get("cc"):
        lines.append(fold("Cc", address_tokens(as_pairs(spec["cc"]), None)))
    lines.append(fold("Subject", text_tokens(spec["subject"], spec.get("subject_enc"))))
    lines.append(f"Date: {format_datetime(stamp)}")
    lines.append(f"Message-ID: {message_id(spec)}")
    if spec.get("parent"):
        chain = resolve(spec["parent"])
        parents = chain if isinstance(chain, list) else [chain]
        lines.append(f"In-Reply-To: {parents[-1]}")
        lines.append(fold("References", parents))
    for name, value in spec.get("headers", []):
        lines.append(fold(name, value.split(" ")))
    lines.append("MIME-Version: 1.0")
    body = body_tree(spec, tag, stamp)
    buffer = BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=COMPAT).flatten(body)
    return "\n".join(lines).encode("ascii") + b"\n" + buffer.getvalue()


# --------------------------------------------------------------------------- checks


def norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))


def check(path: Path, spec: dict) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{path}: defects {part.defects}"
    for name in ("From", "To", "Subject", "Reply-To", "Cc", "Date", "Message-ID"):
        for value in msg.get_all(name, []):
            assert not value.defects, f"{path}: {name} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], (path, str(msg["Subject"]), spec["subject"])
    sender = msg["From"].addresses[0]
    assert sender.display_name == spec["frm"][0], (path, sender.display_name)
    assert sender.addr_spec == spec["frm"][1], path
    if spec.get("reply_to"):
        reply = msg["Reply-To"].addresses[0]
        assert reply.display_name == as_pairs(spec["reply_to"])[0][0], path
    assert msg["Date"].datetime.year == 2026, path
    assert 1 <= msg["Date"].datetime.month <= 10, path
    seen = {}
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html") and \
                part.get_content_disposition() != "attachment":
            seen.setdefault(part.get_content_subtype(), norm(part.get_content()))
    if spec.get("text") is not None:
        assert seen.get("plain") == norm(spec["text"]), f"{path}: text does not round-trip"
    if spec.get("html") is not None:
        assert seen.get("html") == norm(html_of(spec)), f"{path}: html does not round-trip"
    if spec.get("ics"):
        cals = [p for p in msg.walk() if p.get_content_type() in ("text/calendar",
                                                                  "application/ics")]
        assert cals, path
        for cal in cals:
            content = cal.get_content()
            text = content.decode() if isinstance(content, bytes) else content
            assert f"METHOD:{spec['ics'].get('method', 'REQUEST')}" in text, path
    for pdf in msg.walk():
        if pdf.get_content_type() == "application/pdf":
            data = pdf.get_content()
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), path
    contact = spec["contact"]
    if contact:
        from_reply = [a.addr_spec.lower() for h in ("From", "Reply-To")
                      for v in msg.get_all(h, []) for a in v.addresses]
        assert contact in from_reply, f"{path}: contact {contact} not in From/Reply-To"


def main() -> None:
    specs = [*msgs263_rejections.MESSAGES, *msgs263_invites.MESSAGES, *msgs263_acks.MESSAGES,
             *msgs263_other.MESSAGES]
    keys: dict[str, dict] = {}
    for spec in specs:
        assert spec["kind"] in KIND_ORDER, spec["slug"]
        assert spec["lang"] in ("en", "de", "fr", "es"), spec["slug"]
        if spec.get("key"):
            assert spec["key"] not in keys, spec["key"]
            keys[spec["key"]] = spec

    def resolve(ref: str):
        if ref.startswith("<"):
            return [ref]
        parent = keys[ref]
        chain = resolve(parent["parent"]) if parent.get("parent") else []
        return [*chain, message_id(parent)]

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    counters: dict[str, int] = {}
    rows = []
    ids = set()
    for spec in specs:
        kind = spec["kind"]
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        mid = message_id(spec)
        assert mid not in ids, mid
        ids.add(mid)
        tag = hashlib.sha1(rel.encode()).hexdigest()[:12]
        try:
            path.write_bytes(render(spec, tag, resolve))
            check(path, spec)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        company = spec.get("company", "")
        assert (kind == "other") == (company == ""), rel
        rows.append([rel, kind, company, spec["contact"], spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {}
    for _, kind, _, _, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    print(f"{len(rows)} messages")
    for kind in KIND_ORDER:
        counts = table.get(kind, {})
        cells = " ".join(f"{lang}={counts.get(lang, 0):2d}" for lang in ("en", "de", "fr", "es"))
        print(f"  {kind:32s} {cells}  total={sum(counts.values())}")


if __name__ == "__main__":
    main()
