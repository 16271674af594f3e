#!/usr/bin/env python3
"""Build corpus 267 (blind, hand-written): every *.eml and labels.csv from the msgs267_* specs.

Run from the repository root:
    python tests/corpus_twohundredsixtyseventh/make_twohundredsixtyseventh.py

Standard library only. Deletes and rewrites only */*.eml and labels.csv in this folder.
Every written message is parsed back with the default policy and checked: no defects, the
subject, display names and every body part round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import string
import sys
import textwrap
from email import charset as email_charset
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs267_acks  # noqa: E402
import msgs267_common as C  # noqa: E402
import msgs267_invites  # noqa: E402
import msgs267_other  # noqa: E402
import msgs267_rejections  # noqa: E402

KINDS = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
SHORT = {"rejection": "rej", "interview_invitation": "inv",
         "interview_reschedule_or_cancel": "rsc", "missed_interview_notice": "mis",
         "application_received": "ack", "offer": "off", "other": "oth"}
GEN_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=78)

# ---------------------------------------------------------------- headers


def _ew(chunk: str, charset: str, enc: str) -> str:
    raw = chunk.encode(charset)
    if enc == "B":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        safe = set(string.ascii_letters + string.digits + "!*+-/")
        payload = "".join(
            "_" if b == 0x20 else (chr(b) if chr(b) in safe else f"={b:02X}") for b in raw
        )
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, charset: str, enc: str, first_room: int = 60,
                  room: int = 74) -> list[str]:
    """RFC 2047 encoded words, split on character boundaries so every word fits its line."""
    words: list[str] = []
    chunk = ""
    limit = first_room
    for ch in text:
        if chunk and len(_ew(chunk + ch, charset, enc)) > limit:
            words.append(_ew(chunk, charset, enc))
            chunk, limit = ch, room
        else:
            chunk += ch
    if chunk:
        words.append(_ew(chunk, charset, enc))
    return words


def fold_plain(name: str, value: str, width: int = 78) -> str:
    """Fold an ASCII header value at single spaces."""
    line = f"{name}: "
    out: list[str] = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if i and len(line) + len(piece) > width:
            out.append(line)
            line = piece
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return fold_plain(name, value)
    charset, how = enc or ("utf-8", "Q")
    words = encoded_words(value, charset, how, first_room=75 - len(name) - 2)
    return f"{name}: " + "\n ".join(words)


ATEXT = set(string.ascii_letters + string.digits + "!#$%&'*+-/=?^_`{|}~ ")


def fmt_addr(item: object, enc: tuple[str, str] | None = None) -> str:
    if isinstance(item, str):
        return item
    name, addr = item  # type: ignore[misc]
    if not name:
        return addr
    if enc is not None or not name.isascii():
        charset, how = enc or ("utf-8", "Q")
        words = encoded_words(name, charset, how, first_room=75, room=75)
        if len(words) > 1:  # a phrase is not split: decoders disagree on the gap
            raise ValueError(f"display name too long for one encoded word: {name}")
        return f"{words[0]} <{addr}>"
    if all(c in ATEXT for c in name):
        return f"{name} <{addr}>"
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{quoted}" <{addr}>'


def addr_header(name: str, item: object, enc: tuple[str, str] | None = None) -> str:
    """One address header, folded before the angle address when the line would be long."""
    line = f"{name}: {fmt_addr(item, enc)}"
    if len(line) > 78 and " <" in line:
        head, _, tail = line.rpartition(" <")
        return f"{head}\n <{tail}"
    return line


def addr_list(name: str, items: list[object], enc: tuple[str, str] | None = None) -> str:
    rendered = [addr_header("X", it, enc)[3:] for it in items]
    return f"{name}: " + ",\n ".join(rendered)


def addr_of(item: object) -> str:
    return item if isinstance(item, str) else item[1]  # type: ignore[index,return-value]


def name_of(item: object) -> str:
    return "" if isinstance(item, str) else item[0]  # type: ignore[index,return-value]


def parse_date(stamp: str) -> dt.datetime:
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")


# ---------------------------------------------------------------- parts

ENCODINGS = {"qp": email_charset.QP, "base64": email_charset.BASE64, "8bit": None, "7bit": None}


def text_part(text: str, subtype: str, cs: str, cte: str) -> MIMEText:
    if cte == "7bit" and not text.isascii():
        raise ValueError(f"7bit asked for non-ASCII {subtype} text")
    text.encode(cs)  # raise early when the charset cannot carry the text
    charset = email_charset.Charset(cs)
    charset.body_encoding = ENCODINGS[cte]
    part = MIMEText(text, subtype, charset)
    del part["MIME-Version"]
    return part


VTZ = {
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST", "010000", "020000"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
}


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + piece for piece in out[1:]]


def build_ics(ics: dict, stamp: dt.datetime) -> str:
    method = ics.get("method", "REQUEST")
    tz = ics.get("tz", "UTC")
    lines = ["BEGIN:VCALENDAR",
             f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
             "VERSION:2.0", f"METHOD:{method}"]
    if tz != "UTC":
        std, dst, stdn, dstn, dst_at, std_at = VTZ[tz]
        lines += ["BEGIN:VTIMEZONE", f"TZID:{tz}",
                  "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dstn}",
                  f"DTSTART:19700329T{dst_at}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                  "END:DAYLIGHT",
                  "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{stdn}",
                  f"DTSTART:19701025T{std_at}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                  "END:STANDARD", "END:VTIMEZONE"]

    def when(value: str) -> str:
        moment = dt.datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")
        return f":{moment}Z" if tz == "UTC" else f";TZID={tz}:{moment}"

    org_name, org_addr = ics["organizer"]
    lines += ["BEGIN:VEVENT", f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
              "DTSTAMP:" + stamp.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ"),
              "DTSTART" + when(ics["start"]), "DTEND" + when(ics["end"]),
              "SUMMARY:" + _ics_text(ics["summary"])]
    if ics.get("location"):
        lines.append("LOCATION:" + _ics_text(ics["location"]))
    if ics.get("description"):
        lines.append("DESCRIPTION:" + _ics_text(ics["description"]))
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for name, addr in ics.get("attendees", [C.CAND]):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{addr}")
    status = "CANCELLED" if method == "CANCEL" else ics.get("status", "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\n".join(folded) + "\n"


def _pdf_str(text: str) -> bytes:
    return ("(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")").encode(
        "cp1252")


def build_pdf(title: str, lines: list[str], created: dt.datetime) -> bytes:
    """A one-page PDF 1.4 with Helvetica text and a correct cross-reference table."""
    wrapped: list[str] = []
    for line in lines:
        wrapped.extend(textwrap.wrap(line, 92) or [""])
    ops = [b"BT", b"/F1 15 Tf", b"56 780 Td", b"20 TL", _pdf_str(title) + b" Tj",
           b"/F1 10.5 Tf", b"14 TL", b"T*"]
    ops += [_pdf_str(line) + b" '" for line in wrapped[:50]]
    ops.append(b"ET")
    stream = b"\n".join(ops)
    stamp = created.strftime("D:%Y%m%d%H%M%S")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title " + _pdf_str(title) + b" /Producer (corpus267 make) /CreationDate ("
        + stamp.encode() + b") >>",
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


# ---------------------------------------------------------------- one message


def msgid_for(rel: str, spec: dict) -> str:
    digest = hashlib.sha1(f"corpus267/{rel}".encode()).hexdigest()
    domain = addr_of(spec["frm"]).split("@", 1)[1]
    stamp = parse_date(spec["date"]).strftime("%Y%m%d%H%M")
    return f"<{stamp}.{digest[:14]}@{domain}>"


def build_body(spec: dict, tag: str, expected: list[str], blobs: list[bytes]):
    """The MIME tree under the top headers; records the expected text parts and PDFs."""
    stamp = parse_date(spec["date"])
    alts = []
    if spec.get("text") is not None:
        alts.append(text_part(spec["text"], "plain", spec.get("text_cs", "utf-8"),
                              spec.get("text_cte", "8bit" if not spec["text"].isascii()
                                       else "7bit")))
        expected.append(spec["text"])
    if spec.get("html") is not None:
        alts.append(text_part(spec["html"], "html", spec.get("html_cs", "utf-8"),
                              spec.get("html_cte", "qp")))
        expected.append(spec["html"])
    cal = None
    if spec.get("ics"):
        ics_text = build_ics(spec["ics"], stamp)
        cal = text_part(ics_text, "calendar", "utf-8", spec.get("ics_cte", "8bit"
                                                                if not ics_text.isascii()
                                                                else "7bit"))
        cal.set_param("method", spec["ics"].get("method", "REQUEST"))
        if spec.get("ics_where", "alt") == "alt":
            alts.append(cal)
            expected.append(ics_text)
    if not alts:
        raise ValueError(f"{spec['name']}: no body")
    body = alts[0] if len(alts) == 1 else MIMEMultipart(
        "alternative", boundary=f"=_alt_{tag}_267", _subparts=alts)
    if len(alts) > 1:
        del body["MIME-Version"]
    attachments = []
    if cal is not None and spec.get("ics_where", "alt") == "attach":
        cal.add_header("Content-Disposition", "attachment", filename="invite.ics")
        attachments.append(cal)
        expected.append(build_ics(spec["ics"], stamp))
    for pdf in spec.get("pdf", []):
        data = build_pdf(pdf["title"], pdf["lines"], stamp)
        part = MIMEApplication(data, "pdf")
        fname = pdf["filename"]
        if fname.isascii():
            part.add_header("Content-Disposition", "attachment", filename=fname)
        else:
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname))
        part.set_param("name", fname if fname.isascii() else ("utf-8", "", fname))
        del part["MIME-Version"]
        attachments.append(part)
        blobs.append(data)
    if spec.get("fwd_eml"):
        inner_spec = spec["fwd_eml"]
        inner = build_message_bytes(inner_spec, tag + "i", expected, blobs, msgid=None)
        part = MIMEMessage(email.message_from_bytes(inner, policy=GEN_POLICY))
        part.add_header("Content-Disposition", "attachment", filename="forwarded.eml")
        del part["MIME-Version"]
        attachments.append(part)
    if not attachments:
        return body
    top = MIMEMultipart("mixed", boundary=f"=_mix_{tag}_267", _subparts=[body, *attachments])
    del top["MIME-Version"]
    return top


def build_message_bytes(spec: dict, tag: str, expected: list[str], blobs: list[bytes],
                        msgid: str | None, in_reply_to: str | None = None,
                        references: list[str] | None = None) -> bytes:
    lines = [
        f"Date: {format_datetime(parse_date(spec['date']))}",
        addr_header("From", spec["frm"], spec.get("frm_enc")),
    ]
    if spec.get("reply_to"):
        lines.append(addr_header("Reply-To", spec["reply_to"], spec.get("reply_enc")))
    lines.append(addr_list("To", spec.get("to", [C.CAND])))
    if spec.get("cc"):
        lines.append(addr_list("Cc", spec["cc"]))
    lines.append(header_text("Subject", spec["subject"], spec.get("subj_enc")))
    if msgid:
        lines.append(f"Message-ID: {msgid}")
    else:
        digest = hashlib.sha1(("inner" + tag).encode()).hexdigest()[:14]
        lines.append(f"Message-ID: <{digest}.fwd@{addr_of(spec['frm']).split('@')[1]}>")
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
        lines.append("References: " + "\n ".join(references or [in_reply_to]))
    for name, value in spec.get("headers", []):
        lines.append(fold_plain(name, value))
    lines.append("MIME-Version: 1.0")
    body = build_body(spec, tag, expected, blobs)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(body)
    return ("\n".join(lines) + "\n").encode("ascii") + buf.getvalue()


# ---------------------------------------------------------------- checks


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(data: bytes, spec: dict, expected: list[str], blobs: list[bytes], rel: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['subject'])!r} != {spec['subject']!r}")
    got_from = msg["from"].addresses[0]
    if got_from.addr_spec.lower() != addr_of(spec["frm"]).lower():
        problems.append("from address")
    if got_from.display_name != name_of(spec["frm"]):
        problems.append(f"from name {got_from.display_name!r}")
    if spec.get("reply_to") and msg["reply-to"].addresses[0].display_name != name_of(
            spec["reply_to"]):
        problems.append("reply-to name")
    texts = [_norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    if texts != [_norm(t) for t in expected]:
        problems.append(f"text parts differ ({len(texts)} vs {len(expected)})")
    pdfs = [p.get_content() for p in msg.walk() if p.get_content_type() == "application/pdf"]
    if pdfs != blobs or any(not b.startswith(b"%PDF-1.4") for b in pdfs):
        problems.append("pdf attachments differ")
    if parse_date(spec["date"]).year != 2026 or msg["date"].datetime.year != 2026:
        problems.append("date not in 2026")
    if max(len(line) for line in data.split(b"\n")) > 998:
        problems.append("line over 998 octets")
    contact = spec.get("contact", "")
    if contact:
        present = [a.lower() for _, a in getaddresses(
            [str(v) for v in msg.get_all("from", []) + msg.get_all("reply-to", [])])]
        if contact != contact.lower() or contact not in present:
            problems.append(f"contact {contact} not in From/Reply-To")
    if addr_of(spec["frm"]).lower() == C.CAND_ADDR and (contact or spec["kind"] != "other"):
        problems.append("candidate's own mail must be other with no contact")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


# ---------------------------------------------------------------- main


def all_specs() -> list[dict]:
    return (msgs267_rejections.MESSAGES + msgs267_invites.MESSAGES + msgs267_acks.MESSAGES
            + msgs267_other.MESSAGES)


def main() -> None:
    specs = all_specs()
    counters = dict.fromkeys(KINDS, 0)
    rels: list[str] = []
    for spec in specs:
        if spec["kind"] not in counters:
            raise SystemExit(f"{spec['name']}: unknown kind {spec['kind']}")
        if spec["lang"] not in {"en", "de", "fr", "es"}:
            raise SystemExit(f"{spec['name']}: unknown language")
        counters[spec["kind"]] += 1
        rels.append(f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['name']}.eml")
    ids = {rel: msgid_for(rel, spec) for rel, spec in zip(rels, specs, strict=True)}
    by_key: dict[str, tuple[str, dict]] = {}
    for rel, spec in zip(rels, specs, strict=True):
        if spec.get("key"):
            if spec["key"] in by_key:
                raise SystemExit(f"duplicate key {spec['key']}")
            by_key[spec["key"]] = (rel, spec)

    def refs(spec: dict) -> list[str]:
        if not spec.get("parent"):
            return []
        prel, pspec = by_key[spec["parent"]]
        return [*refs(pspec), ids[prel]]

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    label_path = HERE / "labels.csv"
    if label_path.exists():
        label_path.unlink()

    rows = []
    for rel, spec in zip(rels, specs, strict=True):
        expected: list[str] = []
        blobs: list[bytes] = []
        chain = refs(spec)
        tag = SHORT[spec["kind"]] + rel.split("/")[1][:3]
        data = build_message_bytes(spec, tag, expected, blobs, ids[rel],
                                   chain[-1] if chain else None, chain)
        verify(data, spec, expected, blobs, rel)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    rows.sort()
    with label_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(["en", "de", "fr", "es"], 0)
                                        for k in KINDS}
    for _, kind, _, _, lang in rows:
        table[kind][lang] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        print(f"  {kind:32s}", " ".join(f"{lang}={n:<3d}" for lang, n in table[kind].items()),
              "total", sum(table[kind].values()))


if __name__ == "__main__":
    main()
