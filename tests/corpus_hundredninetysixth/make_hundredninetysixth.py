#!/usr/bin/env python3
"""Build corpus 196 (Anaïs Grünewald-Sow) from the hand-written specs in msgs196_*.py.

Run from the repository root:  python tests/corpus_hundredninetysixth/make_hundredninetysixth.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv in this folder.
Every message is re-parsed with the default policy and checked: no defects, the subject,
the display names and every text body round-trip.
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import io
import sys
from datetime import UTC, datetime, timedelta, timezone
from email import charset as ecs
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs196_acks  # noqa: E402
import msgs196_common as common  # noqa: E402
import msgs196_invites  # noqa: E402
import msgs196_other  # noqa: E402
import msgs196_rejections  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
CTE = {"qp": ecs.QP, "b64": ecs.BASE64, "8bit": None, "7bit": None}
Q_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


# ---------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 words for text, each at most 75 characters, folded with newline+space."""
    words: list[str] = []
    chunk = ""

    def word(s: str) -> str:
        raw = s.encode(charset)
        if enc.upper() == "B":
            import base64

            return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
        body = "".join(
            chr(b) if chr(b) in Q_SAFE else ("_" if b == 0x20 else f"={b:02X}") for b in raw)
        return f"=?{charset}?Q?{body}?="

    for ch in text:
        if len(word(chunk + ch)) > 75 - 1:
            words.append(word(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(word(chunk))
    return "\n ".join(words)


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay under 78 characters."""
    line = f"{name}: "
    out: list[str] = []
    for i, tok in enumerate(value.split(" ")):
        piece = tok if i == 0 else " " + tok
        if len(line) + len(piece) > 76 and line.strip() and i > 0:
            out.append(line)
            line = " " + tok
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


def phrase(name: str, enc: tuple[str, str] | None) -> str:
    if not name:
        return ""
    if not is_ascii(name) or enc:
        cs, e = enc or ("utf-8", "Q")
        return encoded_words(name, cs, e)
    if any(c in name for c in '.,()<>@:;[]\\"'):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return name


def mailbox(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    p = phrase(name, enc)
    return f"{p} <{addr}>" if p else addr


def address_header(hname: str, pairs: list[tuple[str, str]],
                   enc: tuple[str, str] | None = None) -> str:
    return f"{hname}: " + ",\n ".join(mailbox(p, enc) for p in pairs)


def parse_when(when: str) -> datetime:
    """'2026-03-12 10:14 +0100' -> aware datetime."""
    day, clock, off = when.split()
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    y, m, d = (int(x) for x in day.split("-"))
    hh, mm = (int(x) for x in clock.split(":"))
    return datetime(y, m, d, hh, mm, (sum(map(ord, when)) % 60), tzinfo=tz)


# ---------------------------------------------------------------- bodies

def text_part(body: str, subtype: str, charset: str, cte: str) -> MIMEText:
    body = body.strip("\n") + "\n"
    cs = ecs.Charset(charset)
    if cte == "7bit" and not is_ascii(body):
        cte = "8bit"
    cs.body_encoding = CTE[cte]
    return MIMEText(body, subtype, cs)


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the lines."""

    def lit(s: str) -> bytes:
        raw = s.encode("cp1252", "replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 780 Td"]
    for line in lines:
        ops.append(lit(line) + b" Tj T*")
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title " + lit(title) + b" /Producer (corpus196) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def ics_text(spec: dict, stamp: datetime) -> str:
    def utc(when: str) -> str:
        return parse_when(when).replace(second=0).astimezone(UTC).strftime(
            "%Y%m%dT%H%M%SZ")

    def escv(s: str) -> str:
        return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\n", "\\n"))

    def fold(line: str) -> list[str]:
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 74:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return out

    org_name, org_addr = spec["organizer"]
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus196//Calendar//FR", "VERSION:2.0",
        "CALSCALE:GREGORIAN", f"METHOD:{spec['method']}", "BEGIN:VEVENT",
        f"UID:{spec['uid']}", f"SEQUENCE:{spec['sequence']}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{utc(spec['start'])}", f"DTEND:{utc(spec['end'])}",
        f"SUMMARY:{escv(spec['summary'])}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{common.CAND_NAME}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
        f"RSVP=TRUE:mailto:{common.CAND_ADDR}",
    ]
    if spec["location"]:
        lines.append(f"LOCATION:{escv(spec['location'])}")
    if spec["description"]:
        lines.append(f"DESCRIPTION:{escv(spec['description'])}")
    status = spec["status"] or ("CANCELLED" if spec["method"] == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(x for line in lines for x in fold(line)) + "\r\n"


def calendar_part(spec: dict, stamp: datetime) -> MIMEBase:
    text = ics_text(spec, stamp)
    if spec["inline"]:
        cs = ecs.Charset("utf-8")
        cs.body_encoding = ecs.BASE64
        part = MIMEText(text, "calendar", cs)
        part.set_param("method", spec["method"])
        return part
    part = MIMEApplication(text.encode("utf-8"), "ics")
    part.add_header("Content-Disposition", "attachment", filename=spec["filename"])
    return part


def build_body(spec: dict, key: str, stamp: datetime, expected: list[str]) -> MIMEBase:
    charset = spec.get("charset", "utf-8")
    text, html = spec.get("text"), spec.get("html")
    cte = spec.get("cte", "qp")
    hcs, hcte = spec.get("html_charset", charset), spec.get("html_cte", cte)
    attach = list(spec.get("attach", []))
    inline_cal = [a for a in attach if a["type"] == "ics" and a["inline"]]
    others = [a for a in attach if not (a["type"] == "ics" and a["inline"])]
    seq = iter(range(1, 10))

    def boundary() -> str:
        return f"----=_Part_196_{hashlib.sha1(key.encode()).hexdigest()[:10]}_{next(seq)}"

    alts: list[MIMEBase] = []
    if text is not None:
        alts.append(text_part(text, "plain", charset, cte))
        expected.append(text)
    if html is not None:
        alts.append(text_part(html, "html", hcs, hcte))
        expected.append(html)
    alts += [calendar_part(a, stamp) for a in inline_cal]
    if len(alts) == 1:
        core: MIMEBase = alts[0]
    else:
        core = MIMEMultipart("alternative", boundary(), alts)
    if not others:
        return core
    parts: list[MIMEBase] = [core]
    for a in others:
        if a["type"] == "pdf":
            p = MIMEApplication(pdf_bytes(a["title"], a["lines"]), "pdf")
            name = a["name"]
            if is_ascii(name):
                p.add_header("Content-Disposition", "attachment", filename=name)
            else:
                p.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
            parts.append(p)
        elif a["type"] == "ics":
            parts.append(calendar_part(a, stamp))
        elif a["type"] == "rfc822":
            inner_bytes = render(a["spec"], a["spec"]["id"], expected)
            inner = email.message_from_bytes(inner_bytes)
            parts.append(MIMEMessage(inner))
    return MIMEMultipart("mixed", boundary(), parts)


# ---------------------------------------------------------------- messages

IDS: dict[str, str] = {}
REFS: dict[str, list[str]] = {}


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def msgid(spec: dict, key: str) -> str:
    if key not in IDS:
        h = hashlib.sha1(("196:" + key).encode()).hexdigest()
        IDS[key] = f"<{h[:8]}.{h[8:16]}.{key.replace('_', '-')}@{domain_of(spec['frm'][1])}>"
    return IDS[key]


def render(spec: dict, key: str, expected: list[str]) -> bytes:
    stamp = parse_when(spec["date"])
    lines: list[str] = []
    lines.append(address_header("From", [spec["frm"]], spec.get("frm_enc")))
    lines.append(address_header("To", spec.get("to", [common.CAND]), spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], spec.get("cc_enc")))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], spec.get("reply_to_enc")))
    subject = spec["subject"]
    enc = spec.get("subj_enc")
    if enc or not is_ascii(subject):
        cs, e = enc or ("utf-8", "Q")
        lines.append("Subject: " + encoded_words(subject, cs, e))
    else:
        lines.append(fold_plain("Subject", subject))
    lines.append("Date: " + format_datetime(stamp))
    mid = msgid(spec, key)
    lines.append("Message-ID: " + mid)
    refs: list[str] = list(spec.get("refs", []))
    parent = spec.get("parent")
    if parent:
        if parent not in IDS:
            raise SystemExit(f"{key}: parent {parent} not built yet")
        refs = REFS[parent] + [IDS[parent]] + refs
        lines.append("In-Reply-To: " + IDS[parent])
    elif refs:
        lines.append("In-Reply-To: " + refs[-1])
    REFS[key] = refs
    if refs:
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(fold_plain(name, value) if is_ascii(value) else
                     f"{name}: " + encoded_words(value, "utf-8", "Q"))
    body = build_body(spec, key, stamp, expected)
    for sub in body.walk():
        if sub is not body and "MIME-Version" in sub:
            del sub["MIME-Version"]
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=0).flatten(body)
    return ("\n".join(lines) + "\n").encode("ascii") + out.getvalue()


def norm(s: str) -> str:
    return s.replace("\r\n", "\n").strip("\n")


def check(raw: bytes, spec: dict, expected: list[str], where: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems: list[str] = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    frm = msg["From"].addresses[0]
    if frm.display_name != spec["frm"][0] or frm.addr_spec != spec["frm"][1]:
        problems.append(f"from {frm!r}")
    got = [norm(p.get_content()) for p in msg.walk()
           if p.get_content_type() in ("text/plain", "text/html")]
    want = [norm(t) for t in expected]
    if got != want:
        for i, (g, w) in enumerate(zip(got, want, strict=False)):
            if g != w:
                problems.append(f"body {i} differs: {g[:80]!r} vs {w[:80]!r}")
        if len(got) != len(want):
            problems.append(f"{len(got)} text bodies, expected {len(want)}")
    if msg["Date"].datetime.year != 2026:
        problems.append("date year")
    if problems:
        raise SystemExit(f"{where}: " + "; ".join(problems))


def all_specs() -> list[dict]:
    specs: list[dict] = []
    for mod in (msgs196_rejections, msgs196_invites, msgs196_acks, msgs196_other):
        specs.extend(mod.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    names = [s["id"] for s in specs]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SystemExit(f"duplicate ids {sorted(dupes)}")
    # Build in date order so a reply's parent already has its Message-ID.
    order = sorted(range(len(specs)), key=lambda i: parse_when(specs[i]["date"]))
    counters: dict[str, int] = {}
    files: dict[int, str] = {}
    for i, s in enumerate(specs):
        if s["kind"] not in KIND_ORDER:
            raise SystemExit(f"{s['id']}: kind {s['kind']}")
        counters[s["kind"]] = counters.get(s["kind"], 0) + 1
        files[i] = f"{s['kind']}/{counters[s['kind']]:03d}_{s['id']}.eml"
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for i in order:
        s = specs[i]
        expected: list[str] = []
        raw = render(s, s["id"], expected)
        check(raw, s, expected, files[i])
        path = HERE / files[i]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
    for i, s in enumerate(specs):
        rows.append([files[i], s["kind"], s.get("company", ""), s.get("contact", "").lower(),
                     s["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "kind", "company", "contact", "language"])
        w.writerows(rows)
    table: dict[str, dict[str, int]] = {}
    for s in specs:
        table.setdefault(s["kind"], {}).setdefault(s["lang"], 0)
        table[s["kind"]][s["lang"]] += 1
    print(f"{len(specs)} messages")
    for k in KIND_ORDER:
        print(f"  {k:32s} {table.get(k, {})}")


if __name__ == "__main__":
    main()
