#!/usr/bin/env python3
"""Build corpus 255 (Rosalind Mbatha-Eriksen) from the hand-written specs in msgs255_*.py.

Run from the repository root:  python tests/corpus_twohundredfiftyfifth/make_twohundredfiftyfifth.py

Standard library only. Deletes and rewrites the *.eml files and labels.csv in this folder,
then re-parses every message with the default policy and checks that it has no defects and
that its subject and text bodies round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from collections import Counter
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import Message
from email.quoprimime import header_encode as q_encode
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs255_acks  # noqa: E402
import msgs255_common as common  # noqa: E402
import msgs255_invites  # noqa: E402
import msgs255_other  # noqa: E402
import msgs255_rejections  # noqa: E402

SOURCES = [
    ("rejection", msgs255_rejections.REJECTIONS),
    ("interview_invitation", msgs255_invites.INVITATIONS),
    ("interview_reschedule_or_cancel", msgs255_invites.RESCHEDULES),
    ("missed_interview_notice", msgs255_invites.MISSED),
    ("application_received", msgs255_acks.RECEIVED),
    ("offer", msgs255_acks.OFFERS),
    ("other", msgs255_other.OTHER),
]
LANGS = ("en", "fr", "de", "es")
NL = "\n"
CTE_NAMES = {"qp": "quoted-printable", "base64": "base64", "8bit": "8bit", "7bit": "7bit"}


# ---------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 encoded words (Q or B) for text, each at most 75 characters, folded."""

    def one(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc.lower() == "b":
            return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
        return q_encode(raw, charset).replace("?q?", "?Q?", 1)

    words, chunk = [], ""
    for ch in text:
        if chunk and len(one(chunk + ch)) > 75:
            words.append(one(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(one(chunk))
    return (NL + " ").join(words)


def mixed_words(text: str, charset: str, enc: str) -> str:
    """Plain ASCII words stay plain; each run of words with non-ASCII letters becomes encoded
    words (the way most mail programs write a 'Re: ' prefix before an encoded subject)."""
    runs: list[tuple[bool, list[str]]] = []
    for word in text.split(" "):
        plain = word.isascii()
        if runs and runs[-1][0] == plain:
            runs[-1][1].append(word)
        else:
            runs.append((plain, [word]))
    parts = [" ".join(words) if plain else encoded_words(" ".join(words), charset, enc)
             for plain, words in runs]
    return " ".join(parts)


def fold(name: str, value: str) -> str:
    """name: value, folded at spaces so lines stay short (encoded words come pre-folded)."""
    if NL in value or len(name) + 2 + len(value) <= 78:
        return f"{name}: {value}"
    lines, cur = [], f"{name}:"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > 78 and cur.strip() not in (f"{name}:", ""):
            lines.append(cur)
            cur = " " + word
        else:
            cur = f"{cur} {word}"
    lines.append(cur)
    return NL.join(lines)


def mailbox(entry) -> str:
    """('Name', 'addr') or ('Name', 'addr', 'charset', 'q'|'b') or 'addr' -> header text."""
    if isinstance(entry, str):
        return entry
    name, addr, *enc = entry
    if not name:
        return addr
    if enc:
        return f"{encoded_words(name, enc[0], enc[1])} <{addr}>"
    if not name.isascii():
        return formataddr((name, addr), charset="utf-8")
    return formataddr((name, addr))


def address_list(entries) -> str:
    if isinstance(entries, (str, tuple)):
        entries = [entries]
    return ("," + NL + " ").join(mailbox(e) for e in entries)


def addr_of(entry) -> str:
    return entry if isinstance(entry, str) else entry[1]


# ---------------------------------------------------------------- bodies

class Build:
    """Builds one message's MIME tree and remembers the text it put into it."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.n = 0
        self.texts: list[tuple[str, str]] = []

    def boundary(self) -> str:
        self.n += 1
        digest = hashlib.sha1(f"{self.key}/{self.n}".encode()).hexdigest()[:20]
        return f"----=_Part255_{self.n:02d}_{digest}"

    def text(self, body: str, subtype: str, charset: str, cte: str | None,
             extra: str = "") -> Message:
        raw = body.encode(charset)
        if cte is None:
            cte = "7bit" if raw.isascii() else "qp"
        if cte == "qp":
            payload = quopri.encodestring(raw).decode("ascii")
        elif cte == "base64":
            payload = base64.encodebytes(raw).decode("ascii")
        elif cte == "8bit":
            payload = raw.decode("ascii", "surrogateescape")
        else:
            assert raw.isascii(), f"{self.key}: 7bit body is not ASCII"
            payload = body
        if cte in ("7bit", "8bit"):
            longest = max(len(line) for line in raw.split(b"\n"))
            assert longest <= 990, f"{self.key}: line of {longest} bytes in a {cte} part"
        part = Message()
        part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
        part["Content-Transfer-Encoding"] = CTE_NAMES[cte]
        part.set_payload(payload)
        self.texts.append((f"text/{subtype}", body))
        return part

    @staticmethod
    def binary(data: bytes, ctype: str, filename: str, inline: bool = False) -> Message:
        part = Message()
        part["Content-Type"] = f'{ctype}; name="{filename}"'
        disp = "inline" if inline else "attachment"
        part["Content-Disposition"] = f'{disp}; filename="{filename}"'
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(data).decode("ascii"))
        return part

    def multi(self, subtype: str, parts: list[Message]) -> Message:
        m = Message()
        m["Content-Type"] = f'multipart/{subtype}; boundary="{self.boundary()}"'
        for p in parts:
            m.attach(p)
        return m


def make_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing the given lines in Helvetica."""

    def pdf_str(s: str) -> bytes:
        raw = s.encode("cp1252", "replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 780 Td"]
    for i, line in enumerate(lines):
        ops.append(pdf_str(line) + (b" Tj" if i == 0 else b" '"))
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def ics_stamp(local: str) -> str:
    """'2026-03-10 10:00' -> '20260310T100000'."""
    return datetime.strptime(local, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")


def make_ics(ics: dict, stamp_utc: str) -> str:
    """An iCalendar object (CRLF lines) from a spec's ics dict."""
    method = ics["method"]
    tz = ics.get("tz", "Europe/London")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp_utc}",
        f"DTSTART;TZID={tz}:{ics_stamp(ics['start'])}",
        f"DTEND;TZID={tz}:{ics_stamp(ics['end'])}",
        f"SUMMARY:{ics['summary']}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics['location']}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics['description']}")
    org_name, org_addr = ics["organizer"]
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    lines.append(f'ATTENDEE;CN="{common.CAND_NAME}";ROLE=REQ-PARTICIPANT;'
                 f"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{common.CAND_ADDR}")
    for name, addr in ics.get("attendees", []):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT:mailto:{addr}')
    lines.append("STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:  # RFC 5545 folding at 75 octets
        while len(line.encode("utf-8")) > 75:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def build_body(spec: dict, b: Build, stamp_utc: str) -> Message:
    charset = spec.get("charset", "utf-8")
    text, htm = spec.get("text"), spec.get("html")
    alt_parts: list[Message] = []
    if text is not None:
        alt_parts.append(b.text(text, "plain", charset, spec.get("cte"),
                                spec.get("text_params", "")))
    if htm is not None:
        alt_parts.append(b.text(htm, "html", spec.get("html_charset", charset),
                                spec.get("html_cte", "qp")))
    ics = spec.get("ics")
    attach: list[Message] = []
    if ics:
        cal = make_ics(ics, stamp_utc)
        mode = ics.get("mode", "alt")
        method = ics["method"]
        if mode in ("alt", "both"):
            alt_parts.append(b.text(cal, "calendar", "utf-8", ics.get("cte", "base64"),
                                    f"; method={method}"))
        if mode in ("attach", "both"):
            raw = cal.encode("utf-8")
            attach.append(Build.binary(raw, "application/ics", ics.get("filename", "invite.ics")))
    body = alt_parts[0] if len(alt_parts) == 1 else b.multi("alternative", alt_parts)
    for att in spec.get("attach", []):
        kind = att[0]
        if kind == "pdf":
            _, filename, lines = att
            attach.append(Build.binary(make_pdf(lines), "application/pdf", filename))
        elif kind == "rfc822":
            inner_spec = att[1]
            inner = build_message(inner_spec, b)
            wrapper = Message()
            wrapper["Content-Type"] = "message/rfc822"
            wrapper["Content-Disposition"] = "inline"
            wrapper.set_payload([inner])
            attach.append(wrapper)
        else:
            raise ValueError(f"{spec['key']}: unknown attachment {kind}")
    if attach:
        body = b.multi("mixed", [body, *attach])
    return body


# ---------------------------------------------------------------- messages

MIDS: dict[str, str] = {}
REFS: dict[str, list[str]] = {}


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(("corpus255/" + spec["key"]).encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:24]}@{domain_of(addr_of(spec['from']))}>"


def header_lines(spec: dict) -> list[str]:
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    assert dt.year == 2026, spec["key"]
    out = [fold("From", mailbox(spec["from"]))]
    if spec.get("sender"):
        out.append(fold("Sender", mailbox(spec["sender"])))
    out.append(fold("To", address_list(spec.get("to", [common.CAND]))))
    if spec.get("cc"):
        out.append(fold("Cc", address_list(spec["cc"])))
    if spec.get("reply_to"):
        out.append(fold("Reply-To", address_list(spec["reply_to"])))
    subject = spec["subject"]
    if spec.get("subject_enc"):
        cs, enc, *mode = spec["subject_enc"]
        if mode == ["mixed"]:
            out.append("Subject: " + mixed_words(subject, cs, enc))
        else:
            out.append("Subject: " + encoded_words(subject, cs, enc))
    else:
        assert subject.isascii(), f"{spec['key']}: non-ASCII subject needs subject_enc"
        out.append(fold("Subject", subject))
    out.append(f"Date: {format_datetime(dt)}")
    out.append(f"Message-ID: {MIDS.get(spec['key']) or message_id(spec)}")
    parent = spec.get("parent")
    if parent:
        out.append(f"In-Reply-To: {MIDS[parent]}")
        out.append(fold("References", " ".join(REFS[spec["key"]])))
    for name, value in spec.get("headers", []):
        assert value.isascii(), f"{spec['key']}: header {name} must be ASCII"
        out.append(fold(name, value))
    return out


def build_message(spec: dict, b: Build | None = None) -> Message:
    """The whole message (headers + MIME tree) as a compat32 Message."""
    b = b or Build(spec["key"])
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    stamp = dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    body = build_body(spec, b, stamp)
    top = Message()
    for line in header_lines(spec):
        name, _, value = line.partition(": ")
        top[name] = value
    top["MIME-Version"] = "1.0"
    for name, value in body.items():
        top[name] = value
    if body.is_multipart():
        for p in body.get_payload():
            top.attach(p)
    else:
        top.set_payload(body._payload)
    return top


def to_bytes(msg: Message) -> bytes:
    out = BytesIO()
    policy = email.policy.compat32.clone(linesep="\n", max_line_length=0)
    BytesGenerator(out, mangle_from_=False, policy=policy).flatten(msg)
    return out.getvalue()


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(spec: dict, raw: bytes, texts: list[tuple[str, str]]) -> None:
    key = spec["key"]
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    for part in parsed.walk():
        assert not part.defects, f"{key}: defects {part.defects} in {part.get_content_type()}"
    assert parsed["Subject"] == spec["subject"], f"{key}: subject {parsed['Subject']!r}"
    for name in ("From", "To", "Date", "Message-ID"):
        assert parsed[name], f"{key}: no {name}"
        assert not parsed[name].defects, f"{key}: {name} defects {parsed[name].defects}"
    assert parsed["Date"].datetime.year == 2026, key
    got = sorted((p.get_content_type(), norm(p.get_content())) for p in parsed.walk()
                 if p.get_content_maintype() == "text")
    want = sorted((ct, norm(t)) for ct, t in texts)
    assert got == want, f"{key}: bodies do not round-trip"
    for part in parsed.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), key
    if spec.get("ics"):
        cals = [p.get_content() for p in parsed.walk()
                if p.get_content_type() in ("text/calendar", "application/ics")]
        cals = [c.decode() if isinstance(c, bytes) else c for c in cals]
        assert cals and all(f"METHOD:{spec['ics']['method']}" in c for c in cals), key
    contact = spec.get("contact", "")
    if contact:
        heads = [addr_of(spec["from"])]
        rt = spec.get("reply_to")
        if rt:
            heads += [addr_of(x) for x in ([rt] if isinstance(rt, (str, tuple)) else rt)]
        assert contact in [h.lower() for h in heads], f"{key}: contact not in From/Reply-To"
        assert contact == contact.lower(), key


def main() -> None:
    specs: list[tuple[str, dict]] = [(kind, s) for kind, items in SOURCES for s in items]
    keys = [s["key"] for _, s in specs]
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    assert not dupes, f"duplicate keys {dupes}"
    for _, s in specs:
        MIDS[s["key"]] = message_id(s)
    for _, s in specs:
        chain, cur = [], s.get("parent")
        while cur:
            chain.insert(0, MIDS[cur])
            cur = next(x for _, x in specs if x["key"] == cur).get("parent")
        REFS[s["key"]] = chain
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    table: Counter = Counter()
    for kind, items in SOURCES:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for n, spec in enumerate(items, start=1):
            assert spec["lang"] in LANGS, spec["key"]
            if addr_of(spec["from"]) == common.CAND_ADDR:
                assert kind == "other" and not spec.get("contact"), spec["key"]
            if kind == "other":
                assert not spec.get("company"), spec["key"]
            else:
                assert spec.get("company"), spec["key"]
            b = Build(spec["key"])
            msg = build_message(spec, b)
            raw = to_bytes(msg)
            verify(spec, raw, b.texts)
            rel = f"{kind}/{n:03d}_{spec['key']}.eml"
            (HERE / rel).write_bytes(raw)
            rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""),
                         spec["lang"]])
            table[(kind, spec["lang"])] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind, items in SOURCES:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:34}" + "".join(f"{c:>5}" for c in counts) + f"  {len(items):>5}")
    totals = [sum(table[(k, lang)] for k, _ in SOURCES) for lang in LANGS]
    print(f"{'total':34}" + "".join(f"{c:>5}" for c in totals) + f"  {len(rows):>5}")


if __name__ == "__main__":
    main()
