"""Build the hundred-and-twenty-fourth corpus from the hand-written specs in msgs124_*.py.

    python tests/corpus_hundredtwentyfourth/make_hundredtwentyfourth.py

Writes <kind>/<nnn>_<scenario>.eml and labels.csv next to this file, after deleting the .eml
files it wrote before (only inside this folder). Standard library only: every message is built
with the `email` package; headers that carry RFC 2047 words or a chosen folding are composed
here and stored verbatim (Message.set_raw), bodies go through set_content / add_alternative /
add_attachment with the charset and transfer encoding each spec asks for.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import re
import sys
import textwrap
from collections import Counter
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs124_acks  # noqa: E402
import msgs124_invites  # noqa: E402
import msgs124_other  # noqa: E402
import msgs124_rejections  # noqa: E402
from msgs124_common import ME, ME_ADDR  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "fr", "de", "es"}
CTE = {"qp": "quoted-printable", "8bit": "8bit", "b64": "base64", "7bit": "7bit"}
POLICY = email.policy.default
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
REPLY_PREFIX = re.compile(r"^((?:Re|RE|AW|Aw|WG|Fwd|FW|Fw|TR|RV|R)\s?:\s)+")


# ----------------------------------------------------------------------------- headers

def _one_word(text: str, charset: str, enc: str) -> str:
    data = text.encode(charset)
    if enc.lower() == "b":
        payload = base64.b64encode(data).decode("ascii")
    else:
        payload = "".join("_" if b == 0x20 else chr(b) if b in Q_SAFE else f"={b:02X}" for b in data)
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """RFC 2047 words of at most 60 characters, never splitting a character."""
    words, chunk = [], ""
    for ch in text:
        if chunk and len(_one_word(chunk + ch, charset, enc)) > 60:
            words.append(_one_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_one_word(chunk, charset, enc))
    return words


def fold(name: str, tokens: list[str]) -> str:
    """Join tokens with single spaces, breaking lines (CRLF + space) before 77 characters."""
    lines, current = [], ""
    room = 76 - len(name) - 2
    for token in tokens:
        candidate = token if not current else current + " " + token
        if current and len(candidate) > room:
            lines.append(current)
            current = token
            room = 75
        else:
            current = candidate
    lines.append(current)
    return "\n ".join(lines)


def needs_encoding(text: str) -> bool:
    return any(ord(c) > 127 for c in text)


def text_header(name: str, value: str, charset: str, enc: str | None) -> str:
    if enc is None and not needs_encoding(value):
        return fold(name, value.split(" "))
    enc = enc or "Q"
    prefix = REPLY_PREFIX.match(value)
    head = prefix.group(0).strip().split(" ") if prefix else []
    rest = value[prefix.end():] if prefix else value
    return fold(name, head + encoded_words(rest, charset, enc))


SPECIALS = set('()<>[]:;@\\,."')


def address_tokens(entry, charset: str, enc: str | None) -> list[str]:
    if isinstance(entry, str):
        return [entry]
    name, addr = entry
    if not name:
        return [addr]
    if needs_encoding(name) or enc:
        return [*encoded_words(name, charset, enc or "Q"), f"<{addr}>"]
    if any(c in SPECIALS for c in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return [f'"{escaped}"', f"<{addr}>"]
    return [*name.split(" "), f"<{addr}>"]


def address_header(name: str, value, charset: str, enc: str | None) -> str:
    entries = value if isinstance(value, list) else [value]
    tokens: list[str] = []
    for i, entry in enumerate(entries):
        part = address_tokens(entry, charset, enc)
        if i < len(entries) - 1:
            part[-1] += ","
        tokens += part
    return fold(name, tokens)


def addr_of(value) -> list[str]:
    entries = value if isinstance(value, list) else [value]
    out = []
    for entry in entries:
        if isinstance(entry, str):
            out += [a.lower() for _, a in getaddresses([entry]) if a]
        else:
            out.append(entry[1].lower())
    return out


# ----------------------------------------------------------------------------- ids, dates

def parse_date(text: str) -> datetime:
    for fmt in ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M %z"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            pass
    raise ValueError(text)


def auto_msgid(spec: dict, domain: str) -> str:
    seed = hashlib.sha1((spec["scenario"] + spec["date"] + spec["subject"]).encode()).hexdigest()
    style = spec.get("mid_style", "plain")
    if style == "outlook":
        box = "DB" + seed[:1].upper() + "PR0" + str(int(seed[1], 16) % 9 + 1) + "MB" + str(int(seed[2:6], 16) % 9000 + 1000)
        return f"<{box}{seed[6:24].upper()}@{box}.eurprd0{box[6]}.prod.outlook.com>"
    if style == "gmail":
        token = base64.urlsafe_b64encode(bytes.fromhex(seed[:30])).decode().rstrip("=")
        return f"<CA{token}@mail.gmail.com>"
    if style == "apple":
        u = seed[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "ats":
        return f"<{seed[:16]}.{seed[16:28]}.{int(seed[28:34], 16)}@{domain}>"
    stamp = parse_date(spec["date"]).astimezone(UTC).strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{seed[:10]}@{domain}>"


# ----------------------------------------------------------------------------- attachments

def make_pdf(title: str, lines: list[str], stamp: str) -> bytes:
    """A small one-page PDF (Helvetica, WinAnsi) whose page shows the title and lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    wrapped: list[str] = []
    for line in lines:
        wrapped += textwrap.wrap(line, 92) or [""]
    ops = ["BT", "/F1 15 Tf", "56 786 Td", f"({esc(title)}) Tj", "/F1 10 Tf", "13.5 TL", "T*"]
    ops += [f"T* ({esc(line)}) Tj" for line in wrapped]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("cp1252", "replace") + b") /Producer (Microsoft Word)"
        b" /CreationDate (D:" + stamp.encode() + b") >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


def ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line: str) -> str:
    out, data = [], line
    while len(data.encode()) > 74:
        cut = 74 if not out else 73
        while len(data[:cut].encode()) > (74 if not out else 73):
            cut -= 1
        out.append(data[:cut])
        data = data[cut:]
    out.append(data)
    return "\r\n ".join(out)


def make_ics(cal: dict, stamp: datetime) -> str:
    def utc(text: str) -> str:
        return parse_date(text).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    org_name, org_addr = cal["organizer"]
    status = "CANCELLED" if cal["method"] == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={ME.split(' <')[0]}:mailto:{ME_ADDR}",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{utc(cal['start'])}",
        f"DTEND:{utc(cal['end'])}",
        f"SUMMARY:{ics_escape(cal['summary'])}",
        f"LOCATION:{ics_escape(cal.get('location', ''))}",
        f"DESCRIPTION:{ics_escape(cal.get('description', ''))}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(ics_fold(line) for line in lines) + "\r\n"


# ----------------------------------------------------------------------------- one message

def build(spec: dict) -> EmailMessage:
    charset = spec.get("charset", "utf-8")
    cte = CTE[spec.get("cte", "qp")]
    hdr_cs = spec.get("header_charset", charset if charset != "us-ascii" else "utf-8")
    date = parse_date(spec["date"])
    frm = spec["frm"]
    from_addr = addr_of(frm)[0]
    domain = spec.get("mid_host", from_addr.split("@")[1])

    msg = EmailMessage(policy=POLICY)
    raw: list[tuple[str, str]] = []
    for name, value in spec.get("top_headers", []):
        raw.append((name, value))
    raw.append(("Date", format_datetime(date)))
    raw.append(("From", address_header("From", frm, spec.get("name_charset", hdr_cs), spec.get("name_enc"))))
    if spec.get("reply_to"):
        raw.append(("Reply-To", address_header("Reply-To", spec["reply_to"], hdr_cs, spec.get("name_enc"))))
    raw.append(("To", address_header("To", spec.get("to", (ME.split(" <")[0], ME_ADDR)), hdr_cs, None)))
    if spec.get("cc"):
        raw.append(("Cc", address_header("Cc", spec["cc"], hdr_cs, None)))
    raw.append(("Subject", text_header("Subject", spec["subject"], hdr_cs, spec.get("subject_enc"))))
    raw.append(("Message-ID", spec.get("msgid") or auto_msgid(spec, domain)))
    if spec.get("irt"):
        raw.append(("In-Reply-To", spec["irt"]))
        refs = spec.get("refs") or [spec["irt"]]
        raw.append(("References", fold("References", refs)))
    late = []
    for name, value in spec.get("headers", []):
        if "\n" not in value and len(name) + 2 + len(value) > 76:
            value = fold(name, value.split(" "))
        (late if name.lower().startswith("content-") else raw).append((name, value))
    for name, value in raw:
        msg.set_raw(name, value)
    msg.raw_for_check = raw  # type: ignore[attr-defined]

    structure = spec["structure"]
    html = spec.get("html", "").replace("__CHARSET__", charset)
    html_cs = spec.get("html_charset", charset)
    html_cte = CTE[spec.get("html_cte", spec.get("cte", "qp"))]
    if html:  # characters the charset lacks become numeric references, as HTML editors do
        html = html.encode(html_cs, "xmlcharrefreplace").decode(html_cs)
    if structure == "html":
        msg.set_content(html, subtype="html", charset=html_cs, cte=html_cte)
    else:
        msg.set_content(spec["body"], charset=charset, cte=cte)
        if structure in ("alt", "mixed") and html:
            msg.add_alternative(html, subtype="html", charset=html_cs, cte=html_cte)
    cal = spec.get("calendar")
    if cal:
        ics = make_ics(cal, date)
        msg.add_alternative(ics, subtype="calendar", charset="utf-8", cte="7bit" if not needs_encoding(ics) else "quoted-printable",
                            params={"method": cal["method"]})
        if cal.get("attach_ics"):
            msg.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics", filename="invite.ics")
    stamp = date.strftime("%Y%m%d%H%M%S")
    for att in spec.get("attachments", []):
        msg.add_attachment(make_pdf(att["title"], att["lines"], stamp), maintype="application",
                           subtype="pdf", filename=att["filename"])
    for name, value in late:  # set_content clears Content-* headers, so these come last
        msg.set_raw(name, value)
    raw += late
    seed = hashlib.sha1(spec["scenario"].encode()).hexdigest()
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        style = int(seed[0], 16) % 3  # the boundary shapes of Outlook, Gmail and Python-style mailers
        part.set_boundary([f"_00{i}_{seed[1:21].upper()}_", f"0000000000{seed[1:17]}{i}",
                           f"===============_{int(seed[1:12], 16)}{i}=="][style])
    for part in msg.iter_parts() if msg.is_multipart() else []:
        for sub in part.walk():
            del sub["MIME-Version"]  # only the top level carries it, as mail programs write it
    return msg


# ----------------------------------------------------------------------------- the corpus

def all_specs() -> list[dict]:
    specs = [*msgs124_rejections.MESSAGES, *msgs124_invites.MESSAGES, *msgs124_acks.MESSAGES,
             *msgs124_other.MESSAGES]
    return sorted(specs, key=lambda s: KINDS.index(s["kind"]))


def check(spec: dict, seen_ids: set[str], msg: EmailMessage) -> None:
    where = spec["scenario"]
    assert spec["kind"] in KINDS, where
    assert spec["lang"] in LANGS, where
    date = parse_date(spec["date"])
    assert date.year == 2026 and 1 <= date.month <= 10, where
    contact = spec["contact"]
    senders = addr_of(spec["frm"])
    replies = addr_of(spec["reply_to"]) if spec.get("reply_to") else []
    if ME_ADDR in senders:
        assert contact == "" and spec["kind"] == "other", where
    if contact:
        assert contact == contact.lower() and contact != ME_ADDR, where
        assert contact in replies + senders, where
    assert (spec["company"] == "") == (spec["kind"] == "other"), where
    assert spec["company"] == spec["company"].strip(), where
    mid = msg["Message-ID"]
    assert mid not in seen_ids, (where, mid)
    seen_ids.add(mid)
    assert re.fullmatch(r"[a-z0-9_]+", spec["scenario"]), where


def main() -> None:
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows, seen, counters = [], set(), dict.fromkeys(KINDS, 0)
    stats: Counter[str] = Counter()
    for spec in all_specs():
        try:
            msg = build(spec)
        except Exception as exc:
            raise SystemExit(f"{spec['scenario']}: {exc!r}") from exc
        check(spec, seen, msg)
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['scenario']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        data = msg.as_bytes(policy=POLICY)
        head = data.split(b"\n\n", 1)[0].decode("ascii")
        for name, value in msg.raw_for_check:
            if name in ("Message-ID", "In-Reply-To", "References"):  # the policy folds long ids
                continue
            assert f"{name}: {value}\n" in head + "\n", (rel, name, "was refolded")
        assert all(len(line) <= 78 for line in head.split("\n")), (rel, "long header line")
        path.write_bytes(data)
        parsed = email.message_from_bytes(data, policy=POLICY)
        assert not parsed.defects, (rel, parsed.defects)
        for part in parsed.walk():
            if part.get_content_maintype() == "text":
                assert part.get_content().strip(), rel
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
        stats["kind:" + spec["kind"]] += 1
        stats["lang:" + spec["lang"]] += 1
        stats["structure:" + spec["structure"]] += 1
        stats["charset:" + spec.get("charset", "utf-8")] += 1
        stats["cte:" + spec.get("cte", "qp")] += 1
        if spec.get("calendar"):
            stats["calendar:" + spec["calendar"]["method"]] += 1
        if spec.get("attachments"):
            stats["with_pdf"] += 1
        if spec.get("irt"):
            stats["threaded"] += 1
        if "=?" in data.split(b"\n\n", 1)[0].decode("ascii", "replace"):
            stats["rfc2047_headers"] += 1
        if spec.get("reply_to"):
            stats["reply_to"] += 1
        if any(n == "List-Unsubscribe" for n, _ in spec.get("headers", [])):
            stats["list_unsubscribe"] += 1
        if any(n == "Auto-Submitted" for n, _ in spec.get("headers", [])):
            stats["auto_submitted"] += 1
        stats["contact:" + ("yes" if spec["contact"] else "no")] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(f"{len(rows)} messages")
    for key in sorted(stats):
        print(f"  {key}: {stats[key]}")


if __name__ == "__main__":
    main()
