"""Build corpus 154 from the hand-written specs in the msgs154_*.py modules.

Run from the repository root:  python tests/corpus_hundredfiftyfourth/make_hundredfiftyfourth.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv inside this folder.
Every written message is parsed again (default policy) and checked: no defects, Subject and
every body part round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import email.utils
import hashlib
import re
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep __pycache__ out of the corpus folder

import msgs154_acks  # noqa: E402
import msgs154_invites  # noqa: E402
import msgs154_other  # noqa: E402
import msgs154_rejections  # noqa: E402
from msgs154_common import CANDIDATE_ADDR, SHELLS  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("es", "en", "fr", "de")
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.?|S\.A\.C\.?|SAC|S\.L\.?|SL|Ltd\.?|Inc\.?|SAS|S\.A\.S\.?"
                   r"|LLC|SpA|S\.p\.A\.?|S\.à r\.l\.|Sàrl|SARL|plc|Corp\.?|LLP|KG)\s*$")
SYSTEM = re.compile(r"^(no-?reply|noreply|do-?not-?reply|no-?responder|ne-?pas-?repondre"
                    r"|notifications?|notificaciones|alert|alerta|newsletter|news|boletin|mailer"
                    r"|bounces?|postmaster|auto)[^@]*@|@(.*\.)?(myworkday\.com"
                    r"|greenhouse-mail\.io|greenhouse\.io|hire\.lever\.co|lever\.co"
                    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com"
                    r"|personio\.de|successfactors\.eu|successfactors\.com|taleo\.net"
                    r"|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$")


# --- headers ---------------------------------------------------------------------------------

_Q_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """RFC 2047 encoded words (each <= 75 chars), never splitting a character."""
    prefix, suffix = f"=?{charset}?{enc}?", "?="
    room = 75 - len(prefix) - len(suffix)
    words: list[str] = []
    if enc == "Q":
        chunk = ""
        for ch in text:
            if ch == " ":
                piece = "_"
            elif ch in _Q_SAFE:
                piece = ch
            else:
                piece = "".join(f"={b:02X}" for b in ch.encode(charset))
            if len(chunk) + len(piece) > room:
                words.append(prefix + chunk + suffix)
                chunk = ""
            chunk += piece
        if chunk:
            words.append(prefix + chunk + suffix)
        return words
    raw = b""
    for ch in text:
        b = ch.encode(charset)
        if len(base64.b64encode(raw + b)) > room:
            words.append(prefix + base64.b64encode(raw).decode() + suffix)
            raw = b""
        raw += b
    if raw:
        words.append(prefix + base64.b64encode(raw).decode() + suffix)
    return words


def fold(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay under 78 characters."""
    line, lines = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 76 and line.strip() != f"{name}:":
            lines.append(line)
            line = " " + word
        else:
            line += " " + word
    lines.append(line)
    return "\n".join(lines)


def unstructured(name: str, value: str, enc: tuple[str, str] | None) -> str:
    """A Subject-like header: ASCII as is; otherwise the ASCII words before the first word that
    needs it stay plain (as mail programs leave 'Re:' alone) and the rest becomes encoded words."""
    if enc is None and value.isascii():
        return fold(name, value)
    charset, how = enc or ("utf-8", "Q")
    words = value.split(" ")
    plain = 0
    while plain < len(words) - 1 and words[plain].isascii() and words[plain]:
        plain += 1
    encoded = encoded_words(" ".join(words[plain:]), charset, how)
    out = fold(name, " ".join(words[:plain])) if plain else f"{name}:"
    for word in encoded:
        last = out.rsplit("\n", 1)[-1]
        joiner = "\n " if plain and len(last) + 1 + len(word) > 78 else " "
        out += joiner + word
        plain = 1  # after the first word, keep folding long lines
    return out


_SPECIALS = set('()<>[]:;@\\,."')


def mailbox(pair: tuple[str, str], enc: tuple[str, str] | None) -> str:
    name, addr = pair
    if not name:
        return addr
    if not name.isascii():
        charset, how = enc or ("utf-8", "Q")
        return " ".join(encoded_words(name, charset, how)) + f" <{addr}>"
    if any(ch in _SPECIALS for ch in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'
    return f"{name} <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]], enc: tuple[str, str] | None) -> str:
    items = [mailbox(p, enc) for p in pairs]
    out = f"{name}: " + items[0]
    for item in items[1:]:
        out += ",\n " + item
    return out


# --- parts -----------------------------------------------------------------------------------

def _when(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + rest for rest in out[1:]]


def make_ics(ics: dict[str, Any], sent: datetime) -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    start = _when(ics["start"]).astimezone(UTC)
    end = start + timedelta(minutes=ics.get("minutes", 60))
    org_name, org_addr = ics["organizer"]
    method = ics.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{sent.astimezone(UTC).strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
        f"LOCATION:{_ics_text(ics.get('location', ''))}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN=Renata Quispe-Albrecht;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{CANDIDATE_ADDR}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def _pdf_str(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with the given lines."""
    ops = ["BT", "/F1 16 Tf", "56 780 Td", "20 TL", f"({_pdf_str(title)}) Tj", "T*",
           "/F1 11 Tf", "15 TL"]
    for line in lines:
        ops += [f"({_pdf_str(line)}) Tj", "T*"]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R"
        b" >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + _pdf_str(title).encode("cp1252", "replace")
        + b") /Producer (corpus154 generator) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def build_body(spec: dict[str, Any], sent: datetime) -> tuple[EmailMessage, dict[str, str]]:
    """The MIME tree (without the top-level address headers) and the texts it must carry."""
    charset, cte = spec["charset"], spec["cte"]
    text, html = spec["text"], spec["html"]
    if html is None and spec["layout"]:
        layout, options = spec["layout"]
        html = SHELLS[layout](text, lang=spec["lang"], charset=charset, **options)
    if spec["html_only"]:
        text = None
    expected: dict[str, str] = {}
    root = EmailMessage(policy=email.policy.default)
    if text is not None:
        root.set_content(text, charset=charset, cte=cte)
        expected["text/plain"] = text
        if html is not None:
            root.add_alternative(html, subtype="html", charset=charset, cte=cte)
    else:
        root.set_content(html, subtype="html", charset=charset, cte=cte)
    if html is not None:
        expected["text/html"] = html
    if spec["ics"]:
        ics = make_ics(spec["ics"], sent)
        method = spec["ics"].get("method", "REQUEST")
        root.add_alternative(ics, subtype="calendar", charset="utf-8",
                             cte="7bit" if ics.isascii() else "quoted-printable",
                             params={"method": method})
        expected["text/calendar"] = ics
        if spec["ics_attach"]:
            root.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics",
                                filename="invite.ics")
    for filename, title, lines in spec["pdfs"]:
        root.add_attachment(make_pdf(title, lines), maintype="application", subtype="pdf",
                            filename=filename)
    return root, expected


# --- whole messages --------------------------------------------------------------------------

def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def collect() -> list[dict[str, Any]]:
    specs = [*msgs154_rejections.MESSAGES, *msgs154_invites.MESSAGES, *msgs154_acks.MESSAGES,
             *msgs154_other.MESSAGES]
    numbers: Counter[str] = Counter()
    for spec in specs:
        numbers[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['name']}.eml"
        sent = _when(spec["date"])
        digest = hashlib.sha1(spec["file"].encode()).hexdigest()[:12]
        spec["message_id"] = (f"<{sent.strftime('%Y%m%d%H%M%S')}.{digest}"
                              f"@{domain_of(spec['frm'][1])}>")
    tags = {spec["tag"]: spec for spec in specs if spec["tag"]}
    for spec in specs:
        chain, parent = [], spec["reply"]
        while parent:
            chain.insert(0, tags[parent]["message_id"])
            parent = tags[parent]["reply"]
        spec["references"] = chain
    return specs


def render(spec: dict[str, Any]) -> tuple[bytes, dict[str, str]]:
    sent = _when(spec["date"])
    root, expected = build_body(spec, sent)
    for index, part in enumerate(p for p in root.walk() if p.is_multipart()):
        part.set_boundary(f"=_c154_{spec['file'].split('/')[1][:3]}_{index}_"
                          f"{hashlib.md5(spec['file'].encode()).hexdigest()[:10]}")
    for part in root.walk():
        if part is not root and "MIME-Version" in part:
            del part["MIME-Version"]
    enc = spec["name_enc"]
    lines = [
        f"Date: {email.utils.format_datetime(sent)}",
        address_header("From", [spec["frm"]], enc),
        address_header("To", spec["to"], enc),
    ]
    if spec["cc"]:
        lines.append(address_header("Cc", spec["cc"], enc))
    if spec["reply_to"]:
        lines.append(address_header("Reply-To", [spec["reply_to"]], enc))
    lines.append(unstructured("Subject", spec["subject"], spec["subject_enc"]))
    lines.append(f"Message-ID: {spec['message_id']}")
    if spec["references"]:
        lines.append(f"In-Reply-To: {spec['references'][-1]}")
        lines.append(fold("References", " ".join(spec["references"])))
    for name, value in spec["headers"].items():
        if not value.isascii():
            raise ValueError(f"header {name} must be ASCII")
        lines.append(fold(name, value))
    head = "\n".join(lines).encode("ascii") + b"\n"
    body = root.as_bytes(policy=email.policy.default.clone(linesep="\n"))
    return head + body, expected


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict[str, Any], data: bytes, expected: dict[str, str]) -> None:
    where = spec["file"]
    message = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in message.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(message["Subject"]) != spec["subject"]:
        problems.append(f"subject {message['Subject']!r} != {spec['subject']!r}")
    if spec["subject_enc"] and f"=?{spec['subject_enc'][0]}?".lower() not in data.decode(
            "ascii", "replace").lower():
        problems.append("subject is not encoded as asked")
    seen: dict[str, str] = {}
    for part in message.walk():
        if part.get_content_maintype() == "text" and part.get_content_type() not in seen:
            seen[part.get_content_type()] = part.get_content()
    for ctype, text in expected.items():
        if _norm(seen.get(ctype, "")) != _norm(text):
            problems.append(f"{ctype} does not round-trip")
    if message["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    if problems:
        raise SystemExit(f"{where}: " + "; ".join(problems))


def check_label(spec: dict[str, Any]) -> None:
    where, kind = spec["file"], spec["kind"]
    assert kind in KINDS, where
    assert spec["lang"] in LANGS, where
    own = spec["frm"][1].lower() == CANDIDATE_ADDR
    contact = spec["contact"]
    if own:
        assert kind == "other" and not contact, where
    if kind == "other":
        assert not spec["company"], where
    else:
        assert spec["company"], where
        assert not LEGAL.search(spec["company"]), where
    if contact:
        assert contact == contact.lower(), where
        assert not SYSTEM.search(contact), where
        offered = [spec["frm"][1].lower()]
        if spec["reply_to"]:
            offered.append(spec["reply_to"][1].lower())
        assert contact in offered, where
    elif not own and "List-Id" not in spec["headers"]:
        offered = [spec["frm"][1]] + ([spec["reply_to"][1]] if spec["reply_to"] else [])
        human = [a for a in offered if not SYSTEM.search(a.lower())]
        assert not human, f"{where}: contact empty but {human} look human"
    assert _when(spec["date"]).year == 2026 and _when(spec["date"]).month <= 10, where


def main() -> None:
    specs = collect()
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    ids: set[str] = set()
    for spec in specs:
        check_label(spec)
        assert spec["message_id"] not in ids, spec["file"]
        ids.add(spec["message_id"])
        try:
            data, expected = render(spec)
        except (UnicodeError, ValueError) as error:
            raise SystemExit(f"{spec['file']}: {error}") from error
        check(spec, data, expected)
        (HERE / spec["file"]).write_bytes(data)
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        for spec in sorted(specs, key=lambda s: s["file"]):
            writer.writerow([spec["file"], spec["kind"], spec["company"], spec["contact"],
                             spec["lang"]])
    table = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"{len(specs)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        row = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{n:>5}" for n in row) + f"  {sum(row):>5}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{n:>5}" for n in totals) + f"  {sum(totals):>5}")


if __name__ == "__main__":
    main()
