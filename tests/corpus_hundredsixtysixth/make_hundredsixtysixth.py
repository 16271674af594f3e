"""Build corpus 166 from the hand-written specs in the msgs166_* modules.

Run from the repository root:  python tests/corpus_hundredsixtysixth/make_hundredsixtysixth.py

Standard library only. Deletes and rewrites the *.eml files and labels.csv in this folder,
nothing else. Every written message is parsed again with the default policy and checked:
no defects, the subject, the sender's display name and every text part round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import io
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs166_acks  # noqa: E402
import msgs166_invites  # noqa: E402
import msgs166_other  # noqa: E402
import msgs166_rejections  # noqa: E402
from msgs166_common import CANDIDATE_ADDR, CANDIDATE_NAME  # noqa: E402

KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
ABBR = {
    "rejection": "rej",
    "interview_invitation": "inv",
    "interview_reschedule_or_cancel": "mov",
    "missed_interview_notice": "mis",
    "application_received": "ack",
    "offer": "off",
    "other": "oth",
}
SPECIALS = set('()<>@,;:\\".[]')


# ---------------------------------------------------------------- headers

def _q_word(text: str, charset: str) -> str:
    out = []
    for b in text.encode(charset):
        c = chr(b)
        if b < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif b == 32:
            out.append("_")
        else:
            out.append(f"={b:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def _b_word(text: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode('ascii')}?="


def encoded_words(text: str, charset: str, enc: str, room: int = 75) -> str:
    """RFC 2047 words, each at most `room` long, split between characters, folded."""
    make = _q_word if enc.lower() == "q" else _b_word
    words: list[str] = []
    cur = ""
    for ch in text:
        if cur and len(make(cur + ch, charset)) > room:
            words.append(make(cur, charset))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(make(cur, charset))
    return "\n ".join(words)


def fold_plain(value: str, first: int, width: int = 76) -> str:
    """Fold an ASCII unstructured value at spaces (the space stays, after the line break)."""
    words = value.split(" ")
    lines: list[str] = []
    cur = words[0]
    used = first
    for w in words[1:]:
        if used + len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
            used = 0
        else:
            cur += " " + w
    lines.append(cur)
    return "\n ".join(lines)


def subject_value(spec: dict) -> str:
    subject = spec["subject"]
    cs = spec.get("subject_cs")
    if cs is None and not subject.isascii():
        cs = "utf-8"
    if cs:
        return encoded_words(subject, cs, spec.get("subject_enc", "q"))
    return fold_plain(subject, len("Subject: "))


def addr_value(entry, default_cs: tuple[str, str] = ("utf-8", "q")) -> str:
    """entry: 'addr', (name, addr) or (name, addr, charset, enc)."""
    if isinstance(entry, str):
        return entry
    name, addr = entry[0], entry[1]
    cs, enc = (entry[2], entry[3]) if len(entry) == 4 else default_cs
    if not name:
        return addr
    if name.isascii() and len(entry) != 4:
        if SPECIALS & set(name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    return f"{encoded_words(name, cs, enc)} <{addr}>"


def addr_list(entries, default_cs=("utf-8", "q")) -> str:
    if isinstance(entries, (str, tuple)):
        entries = [entries]
    return ",\n ".join(addr_value(e, default_cs) for e in entries)


def from_address(spec: dict) -> str:
    entry = spec["from"]
    return entry if isinstance(entry, str) else entry[1]


# ---------------------------------------------------------------- time

def local_offset(dt: datetime) -> int:
    """Central European offset in hours for a naive local time in 2026."""
    start = datetime(2026, 3, 29, 2, 0)
    end = datetime(2026, 10, 25, 3, 0)
    return 2 if start <= dt < end else 1


def parse_when(value: str, tz: str | None = None) -> datetime:
    naive = datetime.strptime(value, "%Y-%m-%d %H:%M")
    if tz:
        sign = -1 if tz[0] == "-" else 1
        hours, minutes = int(tz[1:3]), int(tz[3:5])
        offset = timezone(sign * timedelta(hours=hours, minutes=minutes))
    else:
        offset = timezone(timedelta(hours=local_offset(naive)))
    return naive.replace(tzinfo=offset)


# ---------------------------------------------------------------- parts

def text_part(content: str, subtype: str, charset: str, cte: str, **params: str) -> MIMENonMultipart:
    raw = content.encode(charset)
    part = MIMENonMultipart("text", subtype, charset=charset, **params)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
    else:
        if raw.isascii():
            cte = "7bit"
        payload = raw.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def _pdf_string(line: str) -> str:
    out = []
    for b in line.encode("cp1252"):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b < 127:
            out.append(c)
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines in Helvetica."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for i, line in enumerate(lines):
        ops.append(_pdf_string(line) + (" Tj" if i == 0 else " '"))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _ics_fold(line: str) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    pieces, cur = [], ""
    for ch in line:
        limit = 75 if not pieces else 74
        if len((cur + ch).encode("utf-8")) > limit:
            pieces.append(cur)
            cur = ch
        else:
            cur += ch
    pieces.append(cur)
    return "\n ".join(pieces)


def _utc(value: str) -> datetime:
    local = parse_when(value)
    return local.astimezone(timezone.utc)


def make_ics(ics: dict, stamp: datetime) -> str:
    start = _utc(ics["start"])
    end = start + timedelta(minutes=ics.get("mins", 60))
    org_name, org_addr = ics["organizer"]
    method = ics["method"]
    status = ics.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(timezone.utc).strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{ics['summary']}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics['location']}")
    if ics.get("description"):
        lines.append("DESCRIPTION:" + ics["description"].replace("\n", "\\n"))
    lines += [
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={CANDIDATE_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CANDIDATE_ADDR}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(_ics_fold(line) for line in lines) + "\n"


# ---------------------------------------------------------------- messages

def body_tree(spec: dict, tag: str, stamp: datetime):
    """The MIME body and the list of (content type, text) it carries, in walk order."""
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "8bit")
    expected: list[tuple[str, str]] = []
    alts = []
    if spec.get("text") is not None:
        alts.append(text_part(spec["text"], "plain", cs, cte))
        expected.append(("text/plain", spec["text"]))
    if spec.get("html") is not None:
        alts.append(text_part(spec["html"], "html", spec.get("html_cs", cs),
                              spec.get("html_cte", cte)))
        expected.append(("text/html", spec["html"]))
    ics_text = None
    if spec.get("ics"):
        ics_text = make_ics(spec["ics"], stamp)
        alts.append(text_part(ics_text, "calendar", "utf-8", spec["ics"].get("cte", "8bit"),
                              method=spec["ics"]["method"]))
        expected.append(("text/calendar", ics_text))
    nested = len(alts) > 1 or spec.get("pdf") or spec.get("ics_file")
    if nested:
        for p in alts:
            del p["MIME-Version"]
    if len(alts) == 1:
        body = alts[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"=_alt_{tag}")
        for p in alts:
            body.attach(p)
    if spec.get("pdf") or spec.get("ics_file"):
        mixed = MIMEMultipart("mixed", boundary=f"=_mix_{tag}")
        if body.is_multipart():
            del body["MIME-Version"]
        mixed.attach(body)
        if spec.get("pdf"):
            name, lines = spec["pdf"]
            att = MIMEApplication(make_pdf(lines), "pdf")
            del att["MIME-Version"]
            if name.isascii():
                att.add_header("Content-Disposition", "attachment", filename=name)
            else:
                att.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
            mixed.attach(att)
        if spec.get("ics_file") and ics_text:
            att = MIMEApplication(ics_text.encode("utf-8"), "ics")
            del att["MIME-Version"]
            att.add_header("Content-Disposition", "attachment", filename="invite.ics")
            mixed.attach(att)
        body = mixed
    return body, expected


def header_block(spec: dict, msgid: str, parents: list[str], me_style: int) -> str:
    me_variants = [
        (CANDIDATE_NAME, CANDIDATE_ADDR, "utf-8", "q"),
        (CANDIDATE_NAME, CANDIDATE_ADDR, "iso-8859-1", "q"),
        CANDIDATE_ADDR,
        (CANDIDATE_NAME, CANDIDATE_ADDR, "utf-8", "b"),
    ]
    me = me_variants[me_style % len(me_variants)]
    frm = spec["from"]
    if frm == "ME":
        frm = me
    to = spec.get("to", "ME")
    if to == "ME":
        to = me
    lines = [f"From: {addr_list(frm)}", f"To: {addr_list(to)}"]
    if spec.get("cc"):
        lines.append(f"Cc: {addr_list(spec['cc'])}")
    if spec.get("reply_to"):
        lines.append(f"Reply-To: {addr_list(spec['reply_to'])}")
    lines.append(f"Subject: {subject_value(spec)}")
    when = parse_when(spec["date"], spec.get("tz"))
    lines.append(f"Date: {format_datetime(when)}")
    lines.append(f"Message-ID: {msgid}")
    if parents:
        lines.append(f"In-Reply-To: {parents[-1]}")
        lines.append("References: " + "\n ".join(parents))
    for name, value in spec.get("headers", []):
        if not value.isascii():
            phrase, _, rest = value.rpartition(" <")
            value = encoded_words(phrase, "utf-8", "q") + " <" + rest
        lines.append(f"{name}: {value}")
    return "\n".join(lines) + "\n"


def check(raw: bytes, spec: dict, expected: list[tuple[str, str]], label: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
    for name, value in msg.items():
        if getattr(value, "defects", None):
            problems.append(f"header {name} defects {value.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {msg['subject']!r} != {spec['subject']!r}")
    frm = spec["from"]
    if isinstance(frm, tuple):
        got = msg["from"].addresses[0]
        if got.display_name != frm[0] or got.addr_spec != frm[1]:
            problems.append(f"from {got!r}")
    got_parts = [(p.get_content_type(), p.get_content()) for p in msg.walk()
                 if p.get_content_maintype() == "text"]
    if len(got_parts) != len(expected):
        problems.append(f"{len(got_parts)} text parts, expected {len(expected)}")
    for (gt, gc), (et, ec) in zip(got_parts, expected):
        if gt != et or gc.replace("\r\n", "\n").rstrip("\n") != ec.rstrip("\n"):
            problems.append(f"part {et} does not round-trip")
    if msg["date"].datetime.year != 2026:
        problems.append("date not in 2026")
    if problems:
        raise SystemExit(f"{label}: " + "; ".join(problems))


def all_specs() -> list[dict]:
    return [
        *msgs166_rejections.MESSAGES,
        *msgs166_invites.MESSAGES,
        *msgs166_acks.MESSAGES,
        *msgs166_other.MESSAGES,
    ]


def main() -> None:
    specs = all_specs()
    counters = {k: 0 for k in KINDS}
    plan = []
    keys: dict[str, dict] = {}
    for spec in specs:
        kind = spec["kind"]
        assert kind in KINDS, spec.get("key")
        counters[kind] += 1
        nnn = counters[kind]
        rel = f"{kind}/{nnn:03d}_{spec['scenario']}.eml"
        stamp = parse_when(spec["date"], spec.get("tz"))
        domain = from_address(spec).split("@")[1] if spec["from"] != "ME" else "example.ch"
        msgid = f"<{stamp.strftime('%Y%m%d%H%M')}.{ABBR[kind]}{nnn:03d}.166@{domain}>"
        spec["_rel"], spec["_msgid"], spec["_stamp"] = rel, msgid, stamp
        key = spec["key"]
        assert key not in keys, f"duplicate key {key}"
        keys[key] = spec
        plan.append(spec)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    for n, spec in enumerate(plan):
        parents: list[str] = []
        cur = spec.get("parent")
        while cur:
            parents.insert(0, keys[cur]["_msgid"])
            cur = keys[cur].get("parent")
        tag = f"166_{n:03d}"
        body, expected = body_tree(spec, tag, spec["_stamp"])
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78,
                       policy=email.policy.compat32).flatten(body)
        raw = header_block(spec, spec["_msgid"], parents, n).encode("ascii") + buf.getvalue()
        check(raw, spec, expected, spec["_rel"])
        out = HERE / spec["_rel"]
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(raw)
        contact = spec.get("contact", "")
        if spec["from"] == "ME":
            assert not contact and spec["kind"] == "other", spec["key"]
        if contact:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            found = [a.addr_spec.lower() for h in ("reply-to", "from") if msg[h]
                     for a in msg[h].addresses]
            assert contact == contact.lower() and contact in found, (spec["key"], contact, found)
        company = spec.get("company", "")
        assert bool(company) == (spec["kind"] != "other"), (spec["key"], company)
        rows.append({"file": spec["_rel"], "kind": spec["kind"], "company": company,
                     "contact": contact, "language": spec["lang"]})

    rows.sort(key=lambda r: r["file"])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact",
                                                    "language"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: {} for k in KINDS}
    for r in rows:
        table[r["kind"]][r["language"]] = table[r["kind"]].get(r["language"], 0) + 1
    print(f"{len(rows)} messages")
    for k in KINDS:
        print(f"  {k:32s} {sum(table[k].values()):3d}  {table[k]}")
    langs: dict[str, int] = {}
    for r in rows:
        langs[r["language"]] = langs.get(r["language"], 0) + 1
    print("  languages", langs)


if __name__ == "__main__":
    main()
