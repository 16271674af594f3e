"""Build corpus 203 from the hand-written specs in the msgs203_* modules.

Run from the repository root:  python tests/corpus_twohundredthird/make_twohundredthird.py

Standard library only. Deletes and rewrites the *.eml files and labels.csv in this folder
(nothing else), then re-parses every written message with the default policy and checks that
it has no defects and that its subject, sender and text bodies come back as written.
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
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs203_acks  # noqa: E402
import msgs203_invites  # noqa: E402
import msgs203_other  # noqa: E402
import msgs203_rejections  # noqa: E402
from msgs203_common import CAND  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
SPECS: list[dict] = [*msgs203_rejections.MESSAGES, *msgs203_invites.MESSAGES,
                     *msgs203_acks.MESSAGES, *msgs203_other.MESSAGES]

# ---------------------------------------------------------------- header writing

_ATEXT = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+")
_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_byte(b: int) -> str:
    if b == 0x20:
        return "_"
    if b in _Q_SAFE:
        return chr(b)
    return f"={b:02X}"


def encoded_words(text: str, enc: str = "utf-8/Q", limit: int = 72) -> list[str]:
    """RFC 2047 encoded words for text, split between characters, each at most `limit` long."""
    charset, kind = enc.split("/")
    words: list[str] = []
    chunk = ""
    head = f"=?{charset}?{kind}?"

    def render(s: str) -> str:
        raw = s.encode(charset)
        if kind.upper() == "B":
            body = base64.b64encode(raw).decode("ascii")
        else:
            body = "".join(_q_byte(b) for b in raw)
        return f"{head}{body}?="

    for ch in text:
        if chunk and len(render(chunk + ch)) > limit:
            words.append(render(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(render(chunk))
    return words


def fold_plain(name: str, value: str, width: int = 78) -> str:
    """Fold an unstructured ASCII value before spaces so lines stay near `width`."""
    line = f"{name}: "
    out = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if i > 0 and len(line) + len(piece) > width:
            out.append(line)
            line = piece
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def subject_header(subject: str, enc: str | None) -> str:
    if subject.isascii() and not enc:
        return fold_plain("Subject", subject)
    enc = enc or "utf-8/Q"
    words = subject.split(" ")
    # Keep the ASCII words before the first non-ASCII one as plain text ("Re: ", "AW: ").
    plain = []
    for w in words:
        if not w.isascii() or "=?" in w:
            break
        plain.append(w)
    if len(plain) == len(words):
        plain = plain[:1] if len(plain) > 1 else []
    rest = " ".join(words[len(plain):])
    prefix = (" ".join(plain) + " ") if plain else ""
    ews = encoded_words(rest, enc)
    return "Subject: " + prefix + "\n ".join(ews)


def mailbox(name: str | None, addr: str, enc: str | None = None) -> str:
    if not name:
        return addr
    if name.isascii() and not enc:
        if _ATEXT.fullmatch(name):
            return f"{name} <{addr}>"
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    # Words that are plain atoms stay plain; each run of other words becomes one encoded
    # word, so no two encoded words touch (parsers disagree on the space between them).
    out: list[str] = []
    run: list[str] = []
    for word in name.split(" "):
        if word.isascii() and _ATEXT.fullmatch(word):
            if run:
                out.append(_one_word(" ".join(run), enc or "utf-8/Q"))
                run = []
            out.append(word)
        else:
            run.append(word)
    if run:
        out.append(_one_word(" ".join(run), enc or "utf-8/Q"))
    return " ".join(out) + f" <{addr}>"


def _one_word(text: str, enc: str) -> str:
    words = encoded_words(text, enc, limit=75)
    assert len(words) == 1, f"display-name run too long for one encoded word: {text!r}"
    return words[0]


def address_header(field: str, boxes: list[tuple[str, str]], enc: str | None = None) -> str:
    return f"{field}: " + ",\n ".join(mailbox(n, a, enc) for n, a in boxes)


# ---------------------------------------------------------------- body parts


def text_part(body: str, subtype: str, charset: str, cte: str,
              params: str = "", disposition: tuple[str, str] | None = None) -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    if cte != "base64":
        body = body.replace("\r\n", "\n")  # canonical line breaks, written as the file's
    raw = body.encode(charset)
    if cte == "7bit":
        assert body.isascii(), "7bit body must be ASCII"
        payload = body
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    if disposition:
        part.add_header("Content-Disposition", disposition[0], filename=disposition[1])
    part.set_payload(payload)
    return part


def default_cte(body: str) -> str:
    return "7bit" if body.isascii() else "quoted-printable"


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF 1.4 with Helvetica text, valid cross-reference table."""

    def pdf_str(s: str) -> str:
        out = []
        for ch in s:
            code = ord(ch) if ord(ch) < 256 else ord("?")
            if ch in "\\()":
                out.append("\\" + ch)
            elif 32 <= code < 127:
                out.append(ch)
            else:
                out.append(f"\\{code:03o}")
        return "(" + "".join(out) + ")"

    ops = ["BT", "/F1 16 Tf", "56 790 Td", "20 TL", f"{pdf_str(title)} Tj", "/F1 11 Tf",
           "15 TL", "T*"]
    ops += [f"{pdf_str(line)} '" for line in lines]
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title " + pdf_str(title).encode("latin-1") + b" /Producer (corpus203) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    data = out.getvalue()
    _check_pdf(data, len(objects))
    return data


def _check_pdf(data: bytes, count: int) -> None:
    start = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert data[start:start + 4] == b"xref"
    rows = data[start:].split(b"\n")[3:3 + count]
    for i, row in enumerate(rows, 1):
        off = int(row[:10])
        assert data[off:].startswith(f"{i} 0 obj".encode()), (i, off)


def pdf_part(filename: str, title: str, lines: list[str]) -> Message:
    part = Message()
    part["Content-Type"] = "application/pdf"
    if filename.isascii():
        part.add_header("Content-Disposition", "attachment", filename=filename)
    else:
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(make_pdf(title, lines)).decode("ascii"))
    return part


def ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0], *(" " + x for x in out[1:])]


def ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def make_ics(ics: dict, dtstamp: datetime) -> str:
    tz = ics.get("tz", "Europe/Berlin")
    start = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=ics.get("minutes", 60))
    org_name, org_addr = ics["organizer"]
    method = ics["method"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{dtstamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;TZID={tz}:{start.strftime('%Y%m%dT%H%M%S')}",
        f"DTEND;TZID={tz}:{end.strftime('%Y%m%dT%H%M%S')}",
        f"SUMMARY:{ics_text(ics['summary'])}",
        f"LOCATION:{ics_text(ics.get('location', ''))}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_text(ics['description'])}")
    lines.append(f"ORGANIZER;CN={ics_text(org_name)}:mailto:{org_addr}")
    partstat = "NEEDS-ACTION"
    lines.append(f"ATTENDEE;CN={ics_text(CAND[0])};ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};"
                 f"RSVP=TRUE:mailto:{CAND[1]}")
    for name, addr in ics.get("attendees", []):
        lines.append(f"ATTENDEE;CN={ics_text(name)};ROLE=REQ-PARTICIPANT:mailto:{addr}")
    status = "CANCELLED" if method == "CANCEL" else ics.get("status", "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- one message


def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict, rel: str) -> str:
    when = parse_date(spec["date"])
    digest = hashlib.sha1(rel.encode()).hexdigest()[:10]
    host = spec.get("mid_host") or domain_of(spec["frm"][1])
    if spec["frm"][1] == CAND[1]:
        host = "mail.example.de"
    return f"<{when.strftime('%Y%m%d%H%M%S')}.{digest}@{host}>"


def build(spec: dict, rel: str, index: int, ids: dict[str, str],
          parents: dict[str, list[str]]) -> tuple[bytes, list[tuple[str, str]]]:
    """The message bytes and the text parts expected back (content type, text)."""
    when = parse_date(spec["date"])
    bnd = f"b203_{index:03d}_"
    charset = spec.get("cs", "utf-8")
    expected: list[tuple[str, str]] = []

    body_parts: list[Message] = []
    if "text" in spec:
        cte = spec.get("cte") or default_cte(spec["text"])
        body_parts.append(text_part(spec["text"], "plain", charset, cte,
                                    spec.get("text_params", "")))
        expected.append(("text/plain", spec["text"]))
    if "html" in spec:
        cte = spec.get("html_cte") or spec.get("cte") or default_cte(spec["html"])
        body_parts.append(text_part(spec["html"], "html", spec.get("html_cs", charset), cte))
        expected.append(("text/html", spec["html"]))
    ics = spec.get("ics")
    ics_part = None
    if ics:
        data = make_ics(ics, (when - (when.utcoffset() or timedelta())).replace(tzinfo=None))
        method = ics["method"]
        if ics.get("mode", "alt") == "alt":
            ics_part = text_part(data, "calendar", "utf-8", ics.get("cte", "base64"),
                                 f"; method={method}")
        else:
            ics_part = text_part(data, "calendar", "utf-8", "base64", f"; method={method}",
                                 ("attachment", ics.get("filename", "invite.ics")))
        expected.append(("text/calendar", data))

    if len(body_parts) == 2 or (ics_part is not None and ics.get("mode", "alt") == "alt"):
        alt = Message()
        alt["Content-Type"] = "multipart/alternative"
        alt.set_boundary(bnd + "alt")
        for p in body_parts:
            alt.attach(p)
        if ics_part is not None and ics.get("mode", "alt") == "alt":
            alt.attach(ics_part)
            ics_part = None
        core = alt
    else:
        core = body_parts[0]

    attachments: list[Message] = []
    if ics_part is not None:
        attachments.append(ics_part)
    for filename, title, lines in spec.get("pdf", []):
        attachments.append(pdf_part(filename, title, lines))
    if attachments:
        root = Message()
        root["Content-Type"] = "multipart/mixed"
        root.set_boundary(bnd + "mix")
        root.attach(core)
        for p in attachments:
            root.attach(p)
    else:
        root = core

    # The header block, written by hand so encoded words use the charsets chosen per message.
    head = [address_header("From", [spec["frm"]], spec.get("frm_enc"))]
    if "sender" in spec:
        head.append(address_header("Sender", [spec["sender"]]))
    to = spec.get("to") or [CAND]
    head.append(address_header("To", to, spec.get("to_enc")))
    if spec.get("cc"):
        head.append(address_header("Cc", spec["cc"], spec.get("cc_enc")))
    if spec.get("reply_to"):
        head.append(address_header("Reply-To", [spec["reply_to"]], spec.get("reply_to_enc")))
    head.append(subject_header(spec["subject"], spec.get("subj_enc")))
    head.append(f"Date: {format_datetime(when)}")
    head.append(f"Message-ID: {ids[rel]}")
    chain = parents.get(rel, [])
    if chain:
        head.append(f"In-Reply-To: {chain[-1]}")
        head.append("References: " + "\n ".join(chain))
    for name, value in spec.get("headers", []):
        head.append(f"{name}: {value}")
    head.append("MIME-Version: 1.0")
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(root, linesep="\n")
    data = ("\n".join(head) + "\n").encode("ascii") + buf.getvalue()
    return data, expected


# ---------------------------------------------------------------- checks


def check(data: bytes, spec: dict, expected: list[tuple[str, str]], rel: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"{name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    frm = msg["From"].addresses[0]
    if frm.addr_spec != spec["frm"][1] or (frm.display_name or None) != (spec["frm"][0] or None):
        problems.append(f"from {frm.display_name!r} <{frm.addr_spec}>")
    if spec.get("reply_to"):
        rt = msg["Reply-To"].addresses[0]
        if (rt.addr_spec, rt.display_name) != (spec["reply_to"][1], spec["reply_to"][0] or ""):
            problems.append(f"reply-to {rt!r}")
    to = msg["To"].addresses
    want_to = spec.get("to") or [CAND]
    if [(t.display_name, t.addr_spec) for t in to] != [(n or "", a) for n, a in want_to]:
        problems.append(f"to {to!r}")
    got = [(p.get_content_type(), p.get_content()) for p in msg.walk()
           if p.get_content_maintype() == "text"]

    def norm(s: str) -> str:
        return s.replace("\r\n", "\n").rstrip("\n")

    if [(t, norm(c)) for t, c in got] != [(t, norm(c)) for t, c in expected]:
        problems.append("bodies differ: " + repr([t for t, _ in got]))
    if msg["Date"].datetime.year != 2026:
        problems.append("date")
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            raw = part.get_content()
            if not raw.startswith(b"%PDF-1.4") or not raw.rstrip().endswith(b"%%EOF"):
                problems.append("pdf")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def check_label(spec: dict) -> None:
    kind, contact, company = spec["kind"], spec["contact"], spec["company"]
    assert kind in KIND_ORDER, spec["slug"]
    assert spec["lang"] in {"en", "de", "fr", "es"}
    if spec["frm"][1] == CAND[1]:
        assert kind == "other" and not contact, spec["slug"]
    if kind == "other":
        assert not company, spec["slug"]
    else:
        assert company, spec["slug"]
    if contact:
        assert contact == contact.lower(), spec["slug"]
        boxes = [spec["frm"][1].lower()]
        if spec.get("reply_to"):
            boxes.append(spec["reply_to"][1].lower())
        assert contact in boxes, spec["slug"]


# ---------------------------------------------------------------- main


def main() -> None:
    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    counters: dict[str, int] = {}
    rels: list[str] = []
    for spec in SPECS:
        counters[spec["kind"]] = counters.get(spec["kind"], 0) + 1
        rels.append(f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml")
    ids = {rel: message_id(spec, rel) for spec, rel in zip(SPECS, rels, strict=True)}
    by_key = {}
    for spec, rel in zip(SPECS, rels, strict=True):
        if "key" in spec:
            assert spec["key"] not in by_key, spec["key"]
            by_key[spec["key"]] = rel
    parents: dict[str, list[str]] = {}

    def chain_of(rel: str, spec: dict) -> list[str]:
        if rel in parents:
            return parents[rel]
        chain: list[str] = []
        if spec.get("reply"):
            prel = by_key[spec["reply"]]
            pspec = SPECS[rels.index(prel)]
            chain = [*chain_of(prel, pspec), ids[prel]]
        elif spec.get("irt"):
            chain = list(spec["irt"])
        parents[rel] = chain
        return chain

    for spec, rel in zip(SPECS, rels, strict=True):
        chain_of(rel, spec)

    assert len(set(ids.values())) == len(ids)
    rows = []
    for index, (spec, rel) in enumerate(zip(SPECS, rels, strict=True), 1):
        check_label(spec)
        try:
            data, expected = build(spec, rel, index, ids, parents)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        check(data, spec, expected, rel)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {}
    for _, kind, _, _, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KIND_ORDER:
        counts = table.get(kind, {})
        print(f"  {kind:32} " + " ".join(f"{lg}={counts.get(lg, 0):2}"
                                             for lg in ("de", "en", "fr", "es"))
              + f"  total={sum(counts.values())}")


if __name__ == "__main__":
    main()
