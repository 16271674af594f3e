"""Build corpus 157 (blind, hand-written) from the msgs157_* spec modules.

Run from the repository root:  python tests/corpus_hundredfiftyseventh/make_hundredfiftyseventh.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder.
Every written message is re-parsed with the default policy and checked: no defects, the subject
and every text body round-trip.
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
from datetime import datetime
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs157_acks  # noqa: E402
import msgs157_invites  # noqa: E402
import msgs157_other  # noqa: E402
import msgs157_rejections  # noqa: E402
from msgs157_common import CAND  # noqa: E402

KINDS = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
CTE_CYCLE = ["8bit", "qp", "b64", "qp", "8bit"]


# ---------------------------------------------------------------- headers

def _q_word(chunk: str, cs: str) -> str:
    out = []
    for byte in chunk.encode(cs):
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{cs}?Q?{''.join(out)}?="


def _b_word(chunk: str, cs: str) -> str:
    return f"=?{cs}?B?{base64.b64encode(chunk.encode(cs)).decode()}?="


def encode_words(text: str, enc: str = "q", cs: str = "utf-8") -> str:
    """RFC 2047 encoded words, split into chunks of at most 18 characters, folded."""
    chunks = [text[i:i + 18] for i in range(0, len(text), 18)]
    fn = _q_word if enc == "q" else _b_word
    return "\n ".join(fn(c, cs) for c in chunks)


def needs_quotes(name: str) -> bool:
    return any(not (c.isalnum() or c in " -'") for c in name)


def fmt_addr(pair: tuple[str, str] | str, enc: str | None = None, cs: str = "utf-8") -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    if enc or not name.isascii():
        return f"{encode_words(name, enc or 'q', cs)} <{addr}>"
    if needs_quotes(name):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"


# ---------------------------------------------------------------- bodies

def text_part(text: str, subtype: str, cs: str, cte: str) -> MIMEBase:
    part = MIMEBase("text", subtype, charset=cs)
    del part["MIME-Version"]
    raw = text.encode(cs)
    if raw.isascii() and cte == "8bit":
        cte = "7bit"
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
        part["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(raw).decode("ascii")
        part["Content-Transfer-Encoding"] = "base64"
    else:
        payload = raw.decode("ascii", "surrogateescape")
        part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (Helvetica, WinAnsi)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def ics_text(ics: dict, organizer: tuple[str, str]) -> str:
    method = ics.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus157//Hand written//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{ics.get('stamp', '20260101T080000Z')}",
        f"DTSTART;TZID={ics.get('tz', 'Europe/Vienna')}:{ics['start']}",
        f"DTEND;TZID={ics.get('tz', 'Europe/Vienna')}:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', 'Online')}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={CAND[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CAND[1]}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def build_body(spec: dict, idx: int, bnd: str) -> tuple[MIMEBase, list[tuple[str, str]]]:
    """The MIME tree without the RFC 822 headers, and the (subtype, text) pairs written."""
    cs = spec.get("cs", "utf-8")
    cte = spec.get("te", CTE_CYCLE[idx % len(CTE_CYCLE)])
    written: list[tuple[str, str]] = []
    alts = []
    if spec.get("t") is not None:
        alts.append(text_part(spec["t"], "plain", cs, cte))
        written.append(("plain", spec["t"]))
    if spec.get("h") is not None:
        hcte = spec.get("hte", "qp" if cte == "8bit" else cte)
        alts.append(text_part(spec["h"], "html", cs, hcte))
        written.append(("html", spec["h"]))
    if spec.get("ics"):
        ics = spec["ics"]
        org = ics.get("org", spec["f"])
        cal = ics_text(ics, org)
        part = text_part(cal, "calendar", "utf-8", "b64" if not cal.isascii() else "7bit")
        part.set_param("method", ics.get("method", "REQUEST"))
        alts.append(part)
        written.append(("calendar", cal))
    if len(alts) == 1:
        body = alts[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"{bnd}alt", _subparts=alts)
        del body["MIME-Version"]
    atts = []
    if spec.get("pdf"):
        fname, lines = spec["pdf"]
        att = MIMEBase("application", "pdf", name=fname)
        del att["MIME-Version"]
        att.add_header("Content-Disposition", "attachment", filename=fname)
        att.set_payload(base64.encodebytes(make_pdf(lines)).decode("ascii"))
        att["Content-Transfer-Encoding"] = "base64"
        atts.append(att)
    if spec.get("icsatt"):
        ics = spec["icsatt"]
        cal = ics_text(ics, ics.get("org", spec["f"]))
        att = MIMEBase("application", "ics", name="invite.ics")
        del att["MIME-Version"]
        att.add_header("Content-Disposition", "attachment", filename="invite.ics")
        att.set_payload(base64.encodebytes(cal.encode()).decode("ascii"))
        att["Content-Transfer-Encoding"] = "base64"
        atts.append(att)
    if spec.get("inner"):
        inner_bytes = render(spec["inner"], idx + 500, {}, f"{bnd}in")
        att = MIMEBase("message", "rfc822")
        del att["MIME-Version"]
        att.add_header("Content-Disposition", "attachment", filename="forwarded.eml")
        inner_msg = email.message_from_bytes(inner_bytes)
        att.set_payload([inner_msg])
        atts.append(att)
    if atts:
        root = MIMEMultipart("mixed", boundary=f"{bnd}mix", _subparts=[body, *atts])
    else:
        root = body
        root["MIME-Version"] = "1.0"
    return root, written


# ---------------------------------------------------------------- whole message

def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def msgid_for(spec: dict) -> str:
    key = spec.get("id") or f"{spec['k']}-{spec['s']}"
    digest = hashlib.sha1(f"157:{key}".encode()).hexdigest()[:16]
    return f"<{digest}.c157@{domain_of(spec['f'][1])}>"


def render(spec: dict, idx: int, ids: dict[str, str], bnd: str | None = None) -> bytes:
    bnd = bnd or f"=_c157_{idx:03d}_"
    root, _ = build_body(spec, idx, bnd)
    when = datetime.strptime(spec["d"], "%Y-%m-%d %H:%M %z")
    hdr: list[tuple[str, str]] = []
    hdr.append(("Return-Path", f"<{spec.get('rp', spec['f'][1])}>"))
    hdr.append(("From", fmt_addr(spec["f"], spec.get("ne"), spec.get("nc", "utf-8"))))
    if spec.get("rt"):
        hdr.append(("Reply-To", fmt_addr(spec["rt"], spec.get("ne"), spec.get("nc", "utf-8"))))
    to = spec.get("to", CAND)
    tos = to if isinstance(to, list) else [to]
    hdr.append(("To", ",\n ".join(fmt_addr(a) for a in tos)))
    if spec.get("cc"):
        hdr.append(("Cc", ",\n ".join(fmt_addr(a) for a in spec["cc"])))
    sj = spec["sj"]
    if spec.get("se") or not sj.isascii():
        sj_raw = encode_words(sj, spec.get("se", "q"), spec.get("sc", "utf-8"))
    else:
        sj_raw = sj
    hdr.append(("Subject", sj_raw))
    hdr.append(("Date", format_datetime(when)))
    hdr.append(("Message-ID", spec.get("mid") or msgid_for(spec)))
    if spec.get("re"):
        parents = spec["re"] if isinstance(spec["re"], list) else [spec["re"]]
        refs = [ids[p] for p in parents]
        hdr.append(("In-Reply-To", refs[-1]))
        hdr.append(("References", "\n ".join(refs)))
    if spec.get("auto"):
        hdr.append(("Auto-Submitted", spec["auto"]))
    for name, value in spec.get("x", []):
        hdr.append((name, value))
    head = "".join(f"{k}: {v}\n" for k, v in hdr)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(root)
    return head.encode("ascii") + buf.getvalue()


def norm(text: str) -> str:
    return "\n".join(ln.rstrip() for ln in text.replace("\r\n", "\n").strip().split("\n"))


def check(path: Path, spec: dict) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (path, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID", "Reply-To", "Cc"):
        value = msg[name]
        if value is not None:
            assert not value.defects, (path, name, value.defects)
    assert str(msg["Subject"]) == spec["sj"], (path, str(msg["Subject"]), spec["sj"])
    assert msg["Date"].datetime.year == 2026, path
    texts = {}
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.setdefault(part.get_content_subtype(), []).append(norm(part.get_content()))
    _, written = build_body(spec, 0, "x")
    for subtype, text in written:
        assert norm(text) in texts.get(subtype, []), (path, subtype)


def main() -> None:
    specs: list[dict] = [
        *msgs157_rejections.MESSAGES,
        *msgs157_invites.MESSAGES,
        *msgs157_acks.MESSAGES,
        *msgs157_other.MESSAGES,
    ]
    for old in HERE.rglob("*.eml"):
        old.unlink()
    ids = {}
    for spec in specs:
        if spec.get("id"):
            assert spec["id"] not in ids, spec["id"]
            ids[spec["id"]] = msgid_for(spec)
    counters = dict.fromkeys(KINDS, 0)
    rows = []
    seen_mids = set()
    for idx, spec in enumerate(specs):
        kind = spec["k"]
        assert kind in KINDS, kind
        assert re.fullmatch(r"[a-z0-9_]+", spec["s"]), spec["s"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['s']}.eml"
        data = render(spec, idx, ids)
        out = HERE / rel
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(data)
        check(out, spec)
        mid = spec.get("mid") or msgid_for(spec)
        assert mid not in seen_mids, (rel, mid)
        seen_mids.add(mid)
        rows.append([rel, kind, spec.get("co", ""), spec.get("ct", "").lower(), spec["l"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    total = len(rows)
    print(f"wrote {total} messages")
    table: dict[str, dict[str, int]] = {}
    for _, kind, _, _, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    for kind in KINDS:
        print(kind, table.get(kind, {}))


if __name__ == "__main__":
    main()
