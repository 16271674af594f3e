"""Build corpus 260 from the hand-written specs in msgs260_*.py (standard library only).

Run from the repository root:  python tests/corpus_twohundredsixtieth/make_twohundredsixtieth.py

It deletes and rewrites only *.eml and labels.csv inside this folder, then re-parses every
message and checks: no defects, subject, sender name and every text body round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import re
import sys
from email.generator import BytesGenerator
from email.message import MIMEPart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs260_acks  # noqa: E402
import msgs260_invites  # noqa: E402
import msgs260_other  # noqa: E402
import msgs260_rejections  # noqa: E402
from msgs260_common import ME, SHELLS, wrap  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
POLICY = email.policy.default.clone(linesep="\n")
BUILD_POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)

# ------------------------------------------------------------------------ header encoding

_Q_SAFE_TEXT = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/.,:;()'")
_Q_SAFE_PHRASE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _q_char(ch: str, charset: str, phrase: bool) -> str:
    if ch == " ":
        return "_"
    safe = _Q_SAFE_PHRASE if phrase else _Q_SAFE_TEXT
    if ch in safe:
        return ch
    return "".join(f"={b:02X}" for b in ch.encode(charset))


def encoded_words(text: str, charset: str, enc: str, phrase: bool = False) -> list[str]:
    """RFC 2047 encoded words of at most 75 characters, never splitting a character."""
    prefix, suffix = f"=?{charset}?{enc}?", "?="
    room = 75 - len(prefix) - len(suffix)
    words: list[str] = []
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if enc == "B":
            size = 4 * ((len(trial.encode(charset)) + 2) // 3)
        else:
            size = sum(len(_q_char(c, charset, phrase)) for c in trial)
        if size > room and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        if enc == "B":
            payload = base64.b64encode(w.encode(charset)).decode("ascii")
        else:
            payload = "".join(_q_char(c, charset, phrase) for c in w)
        out.append(prefix + payload + suffix)
    return out


def fold_ascii(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so that lines stay under 78 characters."""
    line = f"{name}: "
    lines: list[str] = []
    for word in value.split(" "):
        if len(line) + len(word) > 77 and line.strip() and not line.endswith(": "):
            lines.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    lines.append(line.rstrip(" "))
    return "\n".join(lines)


def text_header(name: str, value: str, coding: tuple[str, str] | None) -> str:
    if value.isascii() and coding is None:
        return fold_ascii(name, value)
    charset, enc = coding or ("utf-8", "Q")
    words = value.split(" ")
    first = next((i for i, w in enumerate(words) if not w.isascii()), 0)
    literal, rest = " ".join(words[:first]), " ".join(words[first:])
    encoded = encoded_words(rest, charset, enc)
    head = f"{name}: " + (literal + " " if literal else "")
    return head + "\n ".join(encoded)


def address(pair: tuple[str, str], coding: tuple[str, str] | None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and coding is None:
        return formataddr((name, addr))
    charset, enc = coding or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, enc, phrase=True)) + f" <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]], coding: tuple[str, str] | None) -> str:
    items = [address(p, coding) for p in pairs]
    return f"{name}: " + ",\n ".join(items)


# ------------------------------------------------------------------------ dates and ids

def _offset(when: dt.datetime) -> str:
    """Central European time as used in Dortmund, Maastricht, Liège and Bilbao in 2026."""
    start = dt.datetime(2026, 3, 29, 2, 0)
    end = dt.datetime(2026, 10, 25, 3, 0)
    return "+0200" if start <= when < end else "+0100"


def parse_date(spec: dict) -> dt.datetime:
    raw = spec["date"]
    fmt = "%Y-%m-%d %H:%M:%S" if raw.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = dt.datetime.strptime(raw, fmt)
    if raw.count(":") == 1:
        naive = naive.replace(second=int(_hash(spec["slug"])[:2], 16) % 60)
    tz = spec.get("tz") or _offset(naive)
    sign = 1 if tz[0] == "+" else -1
    offset = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return naive.replace(tzinfo=dt.timezone(offset))


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def message_id(spec: dict, when: dt.datetime) -> str:
    domain = spec["frm"][1].split("@")[1]
    h = _hash(spec["kind"] + spec["slug"])
    return f"<{when.strftime('%Y%m%d%H%M%S')}.{h[:14]}@{domain}>"


# ------------------------------------------------------------------------ parts

def ics_text(spec: dict, ics: dict, stamp: dt.datetime) -> str:
    def utc(local: str, minutes: int = 0) -> str:
        naive = dt.datetime.strptime(local, "%Y-%m-%d %H:%M") + dt.timedelta(minutes=minutes)
        tz = ics.get("tz") or _offset(naive)
        off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * (1 if tz[0] == "+" else -1)
        return (naive - off).strftime("%Y%m%dT%H%M%SZ")

    def esc(value: str) -> str:
        return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\n", "\\n"))

    org_name, org_addr = ics.get("organizer", spec["frm"])
    method = ics.get("method", "REQUEST")
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
        f"DTEND:{utc(ics['start'], ics.get('minutes', 60))}",
        f"SUMMARY:{esc(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{esc(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{esc(ics['description'])}")
    lines += [
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{ME[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{ME[1]}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        raw = line
        while len(raw.encode("utf-8")) > 74:
            cut = 74
            while len(raw[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(raw[:cut])
            raw = " " + raw[cut:]
        folded.append(raw)
    return "\r\n".join(folded) + "\r\n"


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    def lit(s: str) -> str:
        raw = s.encode("cp1252", "replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 15 Tf", "56 780 Td", f"({lit(title)}) Tj", "/F1 10.5 Tf", "0 -28 Td"]
    for line in lines:
        ops += [f"({lit(line)}) Tj", "0 -15 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + lit(title).encode("latin-1") + b") /Producer (corpus260) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def text_part(content: str, subtype: str, charset: str, cte: str) -> MIMEPart:
    part = MIMEPart(policy=BUILD_POLICY)
    part.set_content(content, subtype=subtype, charset=charset, cte=cte)
    return part


def container(subtype: str, parts: list[MIMEPart], boundary: str) -> MIMEPart:
    box = MIMEPart(policy=BUILD_POLICY)
    box["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    box.set_payload(parts)
    return box


def build(spec: dict, nnn: int, ids: dict[str, str], refs: dict[str, list[str]]) -> tuple[bytes, dict]:
    """The message bytes and what the round-trip check expects."""
    when = parse_date(spec)
    form = spec.get("form", "plain")
    body = spec["body"].strip("\n") + "\n"
    charset = spec.get("charset", "utf-8")
    text = wrap(body)
    expected: list[str] = []
    parts: list[MIMEPart] = []
    tag = _hash(spec["slug"])[:10]
    if form in ("plain", "alt"):
        cte = spec.get("cte") or ("7bit" if text.isascii() else "8bit")
        parts.append(text_part(text, "plain", charset, cte))
        expected.append(text)
    if form in ("html", "alt"):
        shell = SHELLS[spec.get("shell", "simple")]
        page = shell(body, **spec.get("shell_args", {}))
        hcs = spec.get("html_charset", charset)
        page = page.replace("charset=utf-8", f"charset={hcs}")
        parts.append(text_part(page, "html", hcs, spec.get("html_cte", "quoted-printable")))
        expected.append(page)
    ics = spec.get("ics")
    ics_part = None
    if ics:
        cal = ics_text(spec, ics, when)
        ics_cte = ics.get("cte", "base64")
        ics_part = MIMEPart(policy=BUILD_POLICY)
        if ics_cte == "base64":
            ics_part.set_content(cal.encode("utf-8"), maintype="text", subtype="calendar",
                                 cte="base64")
            ics_part.set_param("charset", "utf-8")
        else:
            ics_part.set_content(cal, subtype="calendar", charset="utf-8", cte=ics_cte)
        ics_part.set_param("method", ics.get("method", "REQUEST"))
        if ics.get("attach"):
            ics_part.add_header("Content-Disposition", "attachment",
                                filename=ics.get("filename", "invite.ics"))
        expected.append(cal)
    if len(parts) == 2 or (ics_part is not None and not ics.get("attach")):
        alt_parts = parts + ([ics_part] if ics_part is not None and not ics.get("attach") else [])
        root = container("alternative", alt_parts, f"=_alt_{tag}_{nnn:03d}") \
            if len(alt_parts) > 1 else alt_parts[0]
    else:
        root = parts[0]
    attachments: list[MIMEPart] = []
    if ics_part is not None and ics.get("attach"):
        attachments.append(ics_part)
    for pdf in spec.get("pdf", []):
        part = MIMEPart(policy=BUILD_POLICY)
        part.set_content(pdf_bytes(pdf["title"], pdf["lines"]), maintype="application",
                         subtype="pdf", disposition="attachment", filename=pdf["name"])
        attachments.append(part)
    if attachments:
        root = container("mixed", [root, *attachments], f"=_mix_{tag}_{nnn:03d}")

    enc = spec.get("enc", {})
    lines = [address_header("From", [spec["frm"]], enc.get("from"))]
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", spec["reply_to"], enc.get("reply_to")))
    lines.append(address_header("To", spec.get("to", [ME]), enc.get("to")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], enc.get("cc")))
    lines.append(text_header("Subject", spec["subject"], enc.get("subject")))
    lines.append(f"Date: {format_datetime(when)}")
    lines.append(f"Message-ID: {ids[spec['key']]}")
    chain = refs[spec["key"]]
    if chain:
        lines.append(f"In-Reply-To: {chain[-1]}")
        lines.append("References: " + "\n ".join(chain))
    for name, value in spec.get("headers", []):
        lines.append(fold_ascii(name, value))
    lines.append("MIME-Version: 1.0")
    buf = io.BytesIO()
    BytesGenerator(buf, policy=BUILD_POLICY, mangle_from_=False).flatten(root)
    raw = ("\n".join(lines) + "\n").encode("ascii") + buf.getvalue()
    return raw, {"texts": expected}


# ------------------------------------------------------------------------ checks

def check(raw: bytes, spec: dict, expected: dict, rel: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
    for name, value in msg.items():
        if getattr(value, "defects", None):
            problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    sender = msg["From"].addresses[0]
    if sender.display_name != spec["frm"][0] or sender.addr_spec != spec["frm"][1]:
        problems.append(f"from {sender!r}")
    got = [part.get_content().replace("\r\n", "\n").rstrip("\n") for part in msg.walk()
           if part.get_content_maintype() == "text"]
    want = [t.replace("\r\n", "\n").rstrip("\n") for t in expected["texts"]]
    if got != want:
        problems.append("bodies do not round-trip")
    contact = spec.get("contact", "")
    if contact:
        heads = [a.addr_spec.lower() for h in ("From", "Reply-To") for a in
                 (msg[h].addresses if msg[h] else ())]
        if contact not in heads:
            problems.append(f"contact {contact} not in From/Reply-To")
    if spec["kind"] not in KINDS:
        problems.append("bad kind")
    if spec["kind"] == "other" and spec.get("company"):
        problems.append("company on other")
    if spec["kind"] != "other" and not spec.get("company"):
        problems.append("no company")
    if msg["Date"].datetime.year != 2026:
        problems.append("year")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


# ------------------------------------------------------------------------ main

def all_specs() -> list[dict]:
    specs = [*msgs260_rejections.MESSAGES, *msgs260_invites.MESSAGES, *msgs260_acks.MESSAGES,
             *msgs260_other.MESSAGES]
    for spec in specs:
        spec.setdefault("key", spec["kind"] + ":" + spec["slug"])
    return specs


def main() -> None:
    specs = all_specs()
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    by_key = {s["key"]: s for s in specs}
    ids = {s["key"]: message_id(s, parse_date(s)) for s in specs}
    assert len(set(ids.values())) == len(ids), "duplicate Message-IDs"
    refs: dict[str, list[str]] = {}

    def chain(key: str) -> list[str]:
        if key not in refs:
            parent = by_key[key].get("parent")
            refs[key] = [*chain(parent), ids[parent]] if parent else []
            if parent:
                assert parse_date(by_key[parent]) < parse_date(by_key[key]), key
        return refs[key]

    for key in keys:
        chain(key)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)

    counters: dict[str, int] = {}
    rows = []
    for spec in specs:
        kind = spec["kind"]
        assert re.fullmatch(r"[a-z0-9_]+", spec["slug"]), spec["slug"]
        counters[kind] = counters.get(kind, 0) + 1
        nnn = counters[kind]
        rel = f"{kind}/{nnn:03d}_{spec['slug']}.eml"
        try:
            raw, expected = build(spec, nnn, ids, refs)
        except (UnicodeError, ValueError) as error:
            raise SystemExit(f"{rel}: cannot build: {error}") from error
        check(raw, spec, expected, rel)
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", "").lower(),
                     spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {}
    for _, kind, _, _, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        print(f"  {kind:32s}", {k: table.get(kind, {}).get(k, 0) for k in ("de", "en", "fr", "es")})


if __name__ == "__main__":
    main()
