"""Build corpus 182 from the hand-written specs in msgs182_*.py (standard library only).

Run from the repository root:  python tests/corpus_hundredeightysecond/make_hundredeightysecond.py

It deletes and rewrites only the *.eml files and labels.csv inside this folder. Each message
is built with the `email` package; the top-level header block is written here so that encoded
words can use the charsets and encodings (Q or B) a spec asks for. Boundaries, Message-IDs and
dates are deterministic. Every written file is parsed back with the default policy and checked:
no defects, the subject and every text body round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import re
import sys
from datetime import UTC, datetime, timedelta
from email import charset as _charset
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs182_acks  # noqa: E402
import msgs182_invites  # noqa: E402
import msgs182_other  # noqa: E402
import msgs182_rejections  # noqa: E402
from msgs182_common import CANDIDATE, html_to_text  # noqa: E402

KIND_ORDER = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
EXPECTED = {
    "rejection": 31,
    "interview_invitation": 26,
    "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10,
    "application_received": 21,
    "offer": 10,
    "other": 52,
}
LINESEP = "\n"
GEN_POLICY = email.policy.compat32.clone(linesep=LINESEP, max_line_length=0)

Spec = dict[str, Any]


# ------------------------------------------------------------------------------ headers

_Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _encoded_word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        payload = "".join(
            "_" if b == 0x20 else chr(b) if b in _Q_SAFE else f"={b:02X}" for b in raw
        )
    return f"=?{charset}?{enc}?{payload}?="


def encode_words(text: str, charset: str, enc: str) -> str:
    """The text as one or more encoded words of at most 75 characters, folded."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(_encoded_word(chunk + ch, charset, enc)) > 75:
            words.append(_encoded_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_encoded_word(chunk, charset, enc))
    return (LINESEP + " ").join(words)


def fold_ascii(name: str, value: str) -> str:
    """Fold a plain ASCII header value at spaces so no line passes 78 characters."""
    out: list[str] = []
    line = f"{name}:"
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line != f"{name}:":
            out.append(line)
            line = " " + word
        else:
            line = f"{line} {word}"
    out.append(line)
    return LINESEP.join(out)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def _display(name: str, enc: tuple[str, str] | None) -> str:
    if not name:
        return ""
    if enc or not name.isascii():
        charset, how = enc or ("utf-8", "Q")
        return encode_words(name, charset, how)
    if _SPECIALS.search(name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return name


def address_list(addrs: list[tuple[str, str]], enc: tuple[str, str] | None = None) -> str:
    parts = []
    for name, addr in addrs:
        shown = _display(name, enc)
        parts.append(f"{shown} <{addr}>" if shown else addr)
    return ("," + LINESEP + " ").join(parts)


# ------------------------------------------------------------------------------ bodies

_BODY_ENC = {"qp": _charset.QP, "b64": _charset.BASE64, "8bit": None, "7bit": None}


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = _charset.Charset(charset)
    cs.body_encoding = _BODY_ENC[cte]
    if cte == "7bit":
        assert text.isascii(), "7bit body must be ASCII"
    part = MIMEText(text, subtype, cs)
    if cte in ("7bit", "8bit"):
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = cte
    return part


def _pdf_string(line: str) -> bytes:
    raw = line.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    content = b"BT /F1 11 Tf 56 790 Td 15 TL\n"
    content += b"/F1 15 Tf " + _pdf_string(title) + b" Tj T* T* /F1 11 Tf\n"
    for line in lines:
        content += _pdf_string(line) + b" Tj T*\n"
    content += b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
        + b"\nendstream",
        b"<< /Title " + _pdf_string(title) + b" /Producer (corpus182 make_pdf) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def _parse_when(when: str) -> datetime:
    """'2026-03-05 10:12 -0500' as an aware datetime."""
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out = []
    raw = line.encode("utf-8")
    while len(raw) > 75:
        cut = 75 if not out else 74
        while cut > 0 and (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut].decode("utf-8"))
        raw = raw[cut:]
    out.append(raw.decode("utf-8"))
    return [out[0]] + [" " + piece for piece in out[1:]]


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(cal: Spec, stamp: datetime) -> str:
    """An iCalendar object for one event (times in UTC), CRLF line endings."""
    start = _parse_when(cal["start"])
    end = start + timedelta(minutes=cal.get("minutes", 45))
    method = cal.get("method", "REQUEST")
    org_name, org_addr = cal["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Corpus182//Calendar 1.0//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(start)}",
        f"DTEND:{_utc(end)}",
        f"SUMMARY:{_ics_text(cal['summary'])}",
    ]
    if cal.get("location"):
        lines.append(f"LOCATION:{_ics_text(cal['location'])}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(cal['description'])}")
    lines.append(f"ORGANIZER;CN={_ics_text(org_name)}:mailto:{org_addr}")
    for name, addr in cal.get("attendees", [CANDIDATE]):
        lines.append(
            f"ATTENDEE;CN={_ics_text(name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
            f"RSVP=TRUE:mailto:{addr}"
        )
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ------------------------------------------------------------------------------ messages

def _spin(seed: str, n: int) -> int:
    """A deterministic choice among n, from a seed string."""
    return int(hashlib.sha1(seed.encode("utf-8")).hexdigest()[:8], 16) % n


def _boundary(tag: str, level: int) -> str:
    return f"----=_Part182_{tag}_{level}"


def _body_tree(spec: Spec, tag: str, stamp: datetime) -> MIMEBase:
    charset = spec.get("charset", "utf-8")
    text = spec.get("text")
    markup = spec.get("html")
    if markup is not None and text is None and spec.get("alt"):
        text = html_to_text(markup)
        spec["text"] = text

    def default_cte(body: str) -> str:
        """ASCII stays 7bit; otherwise a deterministic mix of what mailers send."""
        if body.isascii():
            return "7bit"
        return ("qp", "8bit", "qp", "b64")[_spin(tag + body[:40], 4)]

    leaves: list[MIMEBase] = []
    if text is not None:
        leaves.append(text_part(text, "plain", charset, spec.get("cte") or default_cte(text)))
    if markup is not None:
        leaves.append(text_part(markup, "html", spec.get("html_charset", charset),
                                spec.get("html_cte") or spec.get("cte") or default_cte(markup)))
    cal = spec.get("ics")
    cal_text = make_ics(cal, stamp) if cal else None
    if cal and cal.get("inline", True):
        part = text_part(cal_text, "calendar", "utf-8", cal.get("cte", "7bit")
                         if cal_text.isascii() else "qp")
        part.set_param("method", cal.get("method", "REQUEST"))
        leaves.append(part)
    level = 0
    if len(leaves) == 1:
        root: MIMEBase = leaves[0]
    else:
        root = MIMEMultipart("alternative", boundary=_boundary(tag, level), _subparts=leaves)
        level += 1
    attachments: list[MIMEBase] = []
    if cal and cal.get("attach", not cal.get("inline", True)):
        ics = MIMEApplication(cal_text.encode("utf-8"), "ics")
        ics.add_header("Content-Disposition", "attachment", filename=cal.get("filename",
                                                                             "invite.ics"))
        ics.set_param("name", cal.get("filename", "invite.ics"))
        attachments.append(ics)
    for pdf in spec.get("pdf", []):
        part = MIMEApplication(make_pdf(pdf["title"], pdf["lines"]), "pdf")
        name = pdf["name"]
        if name.isascii():
            part.add_header("Content-Disposition", "attachment", filename=name)
            part.set_param("name", name)
        else:
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
        attachments.append(part)
    inner = spec.get("rfc822")
    if inner is not None:
        fwd = MIMEMessage(_build_message(inner, tag + "i", nested=True))
        fwd.add_header("Content-Disposition", "attachment",
                       filename=inner.get("filename", "forwarded.eml"))
        attachments.append(fwd)
    if attachments:
        root = MIMEMultipart("mixed", boundary=_boundary(tag, level),
                             _subparts=[root, *attachments])
    def strip_mime_version(part: MIMEBase) -> None:
        if part is not root:
            del part["MIME-Version"]
        if part.get_content_type() == "message/rfc822":
            return  # a forwarded message keeps its own top-level headers
        if part.is_multipart():
            for sub in part.get_payload():
                strip_mime_version(sub)

    strip_mime_version(root)
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"
    return root


def _header_lines(spec: Spec, ids: dict[str, str], msgid: str) -> list[str]:
    lines = []
    frm = spec["frm"]
    lines.append("From: " + address_list([frm], spec.get("name_enc")))
    if spec.get("sender"):
        lines.append("Sender: " + address_list([spec["sender"]]))
    if spec.get("reply_to"):
        lines.append("Reply-To: " + address_list([spec["reply_to"]], spec.get("reply_enc")))
    to = spec.get("to")
    to_enc = spec.get("to_enc")
    if to is None:
        # How senders address the candidate varies: full name (UTF-8 or Latin-1), bare address.
        style = _spin(msgid, 4)
        to = [("", CANDIDATE[1])] if style == 0 else [CANDIDATE]
        to_enc = to_enc or (("iso-8859-1", "Q") if style == 1 else None)
    lines.append("To: " + address_list(to, to_enc))
    if spec.get("cc"):
        lines.append("Cc: " + address_list(spec["cc"]))
    subject = spec["subject"]
    enc = spec.get("subj_enc")
    if enc or not subject.isascii():
        charset, how = enc or ("utf-8", "Q")
        lines.append("Subject: " + encode_words(subject, charset, how))
    else:
        lines.append(fold_ascii("Subject", subject))
    lines.append("Date: " + format_datetime(_parse_when(spec["date"])))
    lines.append(f"Message-ID: {msgid}")
    parents = spec.get("parents", [])
    if parents:
        refs = [ids[key] for key in parents]
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append(fold_ascii("References", " ".join(refs)))
    for name, value in spec.get("headers", []):
        lines.append(fold_ascii(name, value))
    return lines


def _msgid(spec: Spec, tag: str) -> str:
    domain = spec.get("msgid_domain") or spec["frm"][1].split("@", 1)[1]
    digest = hashlib.sha1(f"corpus182/{tag}/{spec['subject']}".encode()).hexdigest()[:20]
    return f"<{digest}.{tag}@{domain}>"


def _build_message(spec: Spec, tag: str, ids: dict[str, str] | None = None,
                   nested: bool = False) -> email.message.Message:
    """A compat32 Message whose headers are the pre-encoded lines (nested forwards)."""
    ids = ids or {}
    stamp = _parse_when(spec["date"])
    tree = _body_tree(spec, tag, stamp)
    msgid = spec.get("_msgid") or _msgid(spec, tag)
    raw = _serialize(spec, tree, ids, msgid)
    return email.message_from_bytes(raw, policy=email.policy.compat32)


def _serialize(spec: Spec, tree: MIMEBase, ids: dict[str, str], msgid: str) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(tree)
    head = LINESEP.join(_header_lines(spec, ids, msgid)) + LINESEP
    return head.encode("ascii") + buf.getvalue()


# ------------------------------------------------------------------------------ checks

def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()


def check(path: Path, spec: Spec) -> None:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = path.relative_to(HERE)
    for part in message.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", None), f"{where}: {name} {value.defects}"
    assert str(message["Subject"]) == spec["subject"], f"{where}: subject {message['Subject']!r}"
    want = {"plain": spec.get("text"), "html": spec.get("html")}
    seen = {"plain": False, "html": False}
    for part in message.walk():
        if part.get_content_maintype() != "text" or part.get_content_subtype() not in want:
            continue
        if part.get_content_disposition() == "attachment":
            continue
        if seen[part.get_content_subtype()]:
            continue  # a forwarded message's own body
        sub = part.get_content_subtype()
        if want[sub] is None:
            continue
        seen[sub] = True
        assert _norm(part.get_content()) == _norm(want[sub] or ""), f"{where}: {sub} body"
    for sub, body in want.items():
        assert (body is None) or seen[sub], f"{where}: {sub} body missing"
    assert message["Date"].datetime.year == 2026, f"{where}: date"
    frm = spec["frm"][1].lower()
    assert str(message["From"]).lower().endswith(f"<{frm}>") or str(message["From"]) == frm


# ------------------------------------------------------------------------------ main

def _slug_ok(slug: str) -> bool:
    return re.fullmatch(r"[a-z0-9_]+", slug) is not None


def main() -> int:
    specs: list[Spec] = [
        *msgs182_rejections.MESSAGES,
        *msgs182_invites.MESSAGES,
        *msgs182_acks.MESSAGES,
        *msgs182_other.MESSAGES,
    ]
    counts = dict.fromkeys(KIND_ORDER, 0)
    for spec in specs:
        kind = spec["kind"]
        counts[kind] += 1
        assert _slug_ok(spec["slug"]), spec["slug"]
        spec["_file"] = f"{kind}/{counts[kind]:03d}_{spec['slug']}.eml"
        spec["_tag"] = f"{kind[:3]}{counts[kind]:03d}"
    assert counts == EXPECTED, counts

    ids: dict[str, str] = {}
    for spec in specs:
        spec["_msgid"] = _msgid(spec, spec["_tag"])
        if spec.get("key"):
            assert spec["key"] not in ids, spec["key"]
            ids[spec["key"]] = spec["_msgid"]
    # parents must be earlier in time
    by_key = {spec["key"]: spec for spec in specs if spec.get("key")}
    for spec in specs:
        for key in spec.get("parents", []):
            assert key in ids, f"{spec['_file']}: unknown parent {key}"
            assert _parse_when(by_key[key]["date"]) < _parse_when(spec["date"]), (
                f"{spec['_file']}: parent {key} is not earlier")

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for spec in specs:
        path = HERE / spec["_file"]
        path.parent.mkdir(exist_ok=True)
        try:
            tree = _body_tree(spec, spec["_tag"], _parse_when(spec["date"]))
            path.write_bytes(_serialize(spec, tree, ids, spec["_msgid"]))
        except (UnicodeError, AssertionError) as exc:
            raise SystemExit(f"{spec['_file']}: {exc}") from exc
        check(path, spec)
        rows.append([spec["_file"], spec["kind"], spec["company"], spec["contact"],
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: {} for k in KIND_ORDER}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] = table[spec["kind"]].get(spec["lang"], 0) + 1
    print(f"wrote {len(rows)} messages")
    for kind in KIND_ORDER:
        print(f"  {kind:32s} {table[kind]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
