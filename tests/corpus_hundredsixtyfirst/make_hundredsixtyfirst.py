#!/usr/bin/env python3
"""Builds corpus 161 (Ingrid Vasquez-Halvorsen) from the hand-written specs in msgs161_*.py.

Run from the repository root:  python tests/corpus_hundredsixtyfirst/make_hundredsixtyfirst.py

Standard library only. Deletes and rewrites only the *.eml files in the kind folders and
labels.csv next to this script. Every written message is parsed back with the default policy
and checked: no defects, subject, sender name and every text part round-trip.

Spec keys (dicts built with msgs161_common.M):
  kind, name, lang, company, contact           label fields (name = scenario part of the file)
  frm, to, cc, reply_to                        (display, address[, "charset:Q|B"]) tuples
  subject, subj_enc                            subj_enc "utf-8:Q" (default), "iso-8859-1:B" ...
  date ("2026-MM-DD HH:MM"), tz                tz: None = Central European (CET/CEST) or "+HHMM"
  text, html, charset, cte, html_charset, html_cte
  atts                                         msgs161_common.pdf(...) / ics(...)
  headers                                      extra (name, value) pairs, already ASCII
  id, reply                                    thread key; keys this one answers (oldest first)
  preamble                                     multipart preamble
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import re
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs161_acks  # noqa: E402
import msgs161_invites  # noqa: E402
import msgs161_other  # noqa: E402
import msgs161_rejections  # noqa: E402
from msgs161_common import CANDIDATE  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
NL = "\n"
COMPAT = policy.compat32.clone(linesep=NL, max_line_length=78)

# --------------------------------------------------------------------------- headers


def _q(raw: bytes) -> str:
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, enc: str, limit: int = 66,
                  first_limit: int | None = None) -> list[str]:
    """RFC 2047 words for text, split on character boundaries so no word passes limit
    (the first word passes no first_limit, so that the header's first line stays short)."""

    def render(chunk: str) -> str:
        raw = chunk.encode(charset)
        body = base64.b64encode(raw).decode("ascii") if enc == "B" else _q(raw)
        return f"=?{charset}?{enc}?{body}?="

    words: list[str] = []
    cur = ""
    for ch in text:
        cap = first_limit if (first_limit and not words) else limit
        if cur and len(render(cur + ch)) > cap:
            words.append(render(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(render(cur))
    return words


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII unstructured value at spaces so lines stay within 78 characters."""
    line = f"{name}:"
    lines: list[str] = []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = " " + word
        else:
            line += " " + word
    lines.append(line)
    return NL.join(lines)


def unstructured(name: str, value: str, enc_spec: str | None) -> str:
    if value.isascii():
        return fold_plain(name, value)
    charset, enc = (enc_spec or "utf-8:Q").split(":")
    words = value.split(" ")
    first = next(i for i, w in enumerate(words) if not w.isascii())
    prefix = " ".join(words[:first])
    rest = " ".join(words[first:])
    head = f"{name}: " + (prefix + " " if prefix else "")
    room = 77 - len(head)
    if room < 24:  # the plain prefix fills the first line: start the words on the next one
        ews = encoded_words(rest, charset, enc)
        return head.rstrip(" ") + NL + " " + (NL + " ").join(ews)
    ews = encoded_words(rest, charset, enc, first_limit=room)
    return head + (NL + " ").join(ews)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def mailbox(entry: tuple) -> str:
    name, addr = entry[0], entry[1]
    enc_spec = entry[2] if len(entry) > 2 else None
    if not name:
        return addr
    if name.isascii():
        if _SPECIALS.search(name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    charset, enc = (enc_spec or "utf-8:Q").split(":")
    return " ".join(encoded_words(name, charset, enc)) + f" <{addr}>"


def address_header(name: str, entries: list[tuple]) -> str:
    boxes = []
    for entry in entries:
        box = mailbox(entry)
        if len(name) + 2 + len(box) > 78 and " <" in box:  # fold before the angle address
            box = box.replace(" <", NL + " <", 1)
        boxes.append(box)
    return f"{name}: " + ("," + NL + " ").join(boxes)


def offset(spec: dict, local: datetime) -> timezone:
    tz = spec.get("tz")
    if tz:
        sign = -1 if tz[0] == "-" else 1
        return timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    summer = datetime(2026, 3, 29, 2, 0) <= local < datetime(2026, 10, 25, 3, 0)
    return timezone(timedelta(hours=2 if summer else 1))


# --------------------------------------------------------------------------- bodies


def leaf(text: str, subtype: str, charset: str, cte: str | None, *,
         params: str = "", filename: str = "") -> Message:
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    part = Message(policy=COMPAT)
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    part["Content-Transfer-Encoding"] = cte
    if filename:
        part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part.set_payload(payload)
    return part


def multipart(subtype: str, parts: list[Message], boundary: str,
              preamble: str | None = None) -> Message:
    part = Message(policy=COMPAT)
    part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        part.attach(p)
    part.preamble = preamble
    return part


def make_pdf(lines: list[str], title: str) -> bytes:
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "15 TL", "56 786 Td"]
    ops += [f"({esc(line)}) Tj T*" for line in lines]
    ops.append("ET")
    stream = NL.join(ops).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("cp1252", "replace")
        + b") /Producer (corpus161) /CreationDate (D:20260101000000Z) >>",
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


def pdf_part(att: dict) -> Message:
    data = make_pdf(att["lines"], att["title"])
    part = Message(policy=COMPAT)
    fname = att["filename"]
    if att.get("utf8_name"):
        part["Content-Type"] = "application/pdf"
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname))
    else:
        part["Content-Type"] = f'application/pdf; name="{fname}"'
        part["Content-Disposition"] = f'attachment; filename="{fname}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


_VTZ = {
    "Europe/Berlin": "Europe/Berlin", "Europe/Copenhagen": "Europe/Copenhagen",
    "Europe/Amsterdam": "Europe/Amsterdam", "Europe/Paris": "Europe/Paris",
    "Europe/Madrid": "Europe/Madrid",
}


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def ics_body(att: dict, stamp: str) -> str:
    def local(v: str) -> str:
        return datetime.strptime(v, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    org_name, org_addr = att["organizer"]
    tzid = _VTZ[att["tzid"]]
    status = att["status"] or ("CANCELLED" if att["method"] == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus161//Kalender 2.3//DE", "VERSION:2.0",
        f"METHOD:{att['method']}",
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{att['uid']}", f"SEQUENCE:{att['sequence']}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{local(att['start'])}",
        f"DTEND;TZID={tzid}:{local(att['end'])}",
        f"SUMMARY:{_ics_text(att['summary'])}",
    ]
    if att["location"]:
        lines.append(f"LOCATION:{_ics_text(att['location'])}")
    if att["description"]:
        lines.append(f"DESCRIPTION:{_ics_text(att['description'])}")
    lines += [
        f"ORGANIZER;CN={_ics_text(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{CANDIDATE[1]}",
        f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return NL.join(folded) + NL


def ics_part(att: dict, stamp: str) -> tuple[Message, str]:
    text = ics_body(att, att["stamp"] or stamp)
    part = leaf(text, "calendar", "utf-8", att["cte"], params=f"; method={att['method']}",
                filename=att["filename"])
    return part, text


def build_body(spec: dict, tag: str, stamp: str) -> tuple[Message, list[str]]:
    """The body tree and the list of texts its text parts must give back."""
    texts: list[str] = []
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    counter = iter(range(1, 10))

    def boundary() -> str:
        return f"=_c161_{tag}_{next(counter)}"

    alt_parts: list[Message] = []
    if spec.get("text") is not None:
        alt_parts.append(leaf(spec["text"], "plain", charset, cte))
        texts.append(spec["text"])
    if spec.get("html") is not None:
        alt_parts.append(leaf(spec["html"], "html", spec.get("html_charset", charset),
                              spec.get("html_cte", cte)))
        texts.append(spec["html"])
    others: list[Message] = []
    for att in spec.get("atts", []):
        if att["type"] == "ics":
            part, text = ics_part(att, stamp)
            texts.append(text)
            (alt_parts if att["inline"] else others).append(part)
        elif att["type"] == "pdf":
            others.append(pdf_part(att))
    assert alt_parts, f"{tag}: no body"
    body = alt_parts[0] if len(alt_parts) == 1 else multipart("alternative", alt_parts,
                                                              boundary())
    if others:
        body = multipart("mixed", [body, *others], boundary(), spec.get("preamble"))
    elif spec.get("preamble") and body.is_multipart():
        body.preamble = spec["preamble"]
    return body, texts


# --------------------------------------------------------------------------- messages


def all_specs() -> list[dict]:
    specs: list[dict] = []
    for module in (msgs161_rejections, msgs161_invites, msgs161_acks, msgs161_other):
        specs.extend(module.MESSAGES)
    return specs


def assign_files(specs: list[dict]) -> None:
    counts: dict[str, int] = {}
    for spec in specs:
        kind = spec["kind"]
        assert kind in KINDS, kind
        counts[kind] = counts.get(kind, 0) + 1
        spec["file"] = f"{kind}/{counts[kind]:03d}_{spec['name']}.eml"


def message_ids(specs: list[dict]) -> dict[str, str]:
    ids: dict[str, str] = {}
    for spec in specs:
        digest = hashlib.sha1(spec["file"].encode()).hexdigest()
        domain = spec["frm"][1].split("@")[1]
        mid = f"<{digest[:12]}.{digest[12:20]}@{domain}>"
        spec["message_id"] = mid
        if spec.get("id"):
            assert spec["id"] not in ids, spec["id"]
            ids[spec["id"]] = mid
    return ids


def ref_id(key: str, ids: dict[str, str]) -> str:
    if key in ids:
        return ids[key]
    digest = hashlib.sha1(key.encode()).hexdigest()[:14]
    return f"<{key}.{digest}@example.de>" if "@" not in key else f"<{key}>"


def render(spec: dict, ids: dict[str, str]) -> tuple[bytes, list[str]]:
    local = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    tzinfo = offset(spec, local)
    when = local.replace(tzinfo=tzinfo)
    stamp = when.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    tag = hashlib.sha1(spec["file"].encode()).hexdigest()[:10]
    body, texts = build_body(spec, tag, stamp)

    head = [address_header("From", [spec["frm"]])]
    if spec.get("reply_to"):
        head.append(address_header("Reply-To", [spec["reply_to"]]))
    head.append(address_header("To", spec.get("to") or [CANDIDATE]))
    if spec.get("cc"):
        head.append(address_header("Cc", spec["cc"]))
    head.append(unstructured("Subject", spec["subject"], spec.get("subj_enc")))
    head.append(f"Date: {format_datetime(when)}")
    head.append(f"Message-ID: {spec['message_id']}")
    refs = [ref_id(k, ids) for k in spec.get("reply", [])]
    if refs:
        head.append(f"In-Reply-To: {refs[-1]}")
        head.append("References: " + (NL + " ").join(refs))
    for name, value in spec.get("headers", []):
        assert value.isascii(), (spec["file"], name)
        line = f"{name}: {value}"
        if len(line) > 78 and ", " in value:
            line = line.replace(", ", "," + NL + " ")
        head.append(line)
    head.append("MIME-Version: 1.0")

    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=COMPAT).flatten(body)
    data = (NL.join(head) + NL).encode("ascii") + buf.getvalue()
    return data, texts


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, data: bytes, texts: list[str]) -> None:
    where = spec["file"]
    msg = message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        assert not part.defects, (where, part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", None), (where, name, value.defects)
    assert str(msg["Subject"]) == spec["subject"], (where, str(msg["Subject"]))
    sender = msg["From"].addresses[0]
    assert sender.addr_spec == spec["frm"][1], where
    assert sender.display_name == spec["frm"][0], (where, sender.display_name)
    got = [_norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    assert got == [_norm(t) for t in texts], where
    assert msg["Date"].datetime.year == 2026, where
    for att in (p for p in msg.walk() if p.get_content_type() == "application/pdf"):
        assert att.get_content().startswith(b"%PDF-1.4"), where


def main() -> None:
    specs = all_specs()
    assign_files(specs)
    ids = message_ids(specs)
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    for spec in specs:
        try:
            data, texts = render(spec, ids)
            check(spec, data, texts)
        except Exception as exc:
            raise SystemExit(f"{spec['file']}: {exc!r}") from exc
        (HERE / spec["file"]).write_bytes(data)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for spec in specs:
        counts[spec["kind"], spec["lang"]] = counts.get((spec["kind"], spec["lang"]), 0) + 1
    print(f"wrote {len(specs)} messages")
    for kind in KINDS:
        row = "  ".join(f"{lang}={counts.get((kind, lang), 0):2d}" for lang in ("de", "en", "fr",
                                                                                "es"))
        print(f"  {kind:32s} {row}")


if __name__ == "__main__":
    main()
