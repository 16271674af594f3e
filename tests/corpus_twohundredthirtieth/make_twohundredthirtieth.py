"""Build corpus 230 from the hand-written specs in the msgs230_* modules (standard library only).

Run from the repository root:  python tests/corpus_twohundredthirtieth/make_twohundredthirtieth.py

Deletes and rewrites only *.eml files and labels.csv inside this folder. Every written message is
parsed back with the default policy and checked: no defects, subject and text bodies round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import quopri
import re
import sys
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs230_acks  # noqa: E402
import msgs230_common as common  # noqa: E402
import msgs230_invites  # noqa: E402
import msgs230_other  # noqa: E402
import msgs230_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
ZONES = {"IE": "Europe/Dublin", "UK": "Europe/London", "FR": "Europe/Paris",
         "DE": "Europe/Berlin", "ES": "Europe/Madrid", "UTC": "UTC", "US": "America/New_York"}
NL = "\n"


# --- headers -------------------------------------------------------------------------------

def _q_char(byte: int) -> str:
    char = chr(byte)
    if byte < 128 and (char.isalnum() or char in "!*+-/"):
        return char
    if byte == 0x20:
        return "_"
    return f"={byte:02X}"


def _one_word(text: str, charset: str, mode: str) -> str:
    data = text.encode(charset)
    if mode == "B":
        body = base64.b64encode(data).decode("ascii")
    else:
        body = "".join(_q_char(b) for b in data)
    return f"=?{charset}?{mode}?{body}?="


def encoded_words(text: str, charset: str, mode: str) -> str:
    """RFC 2047 encoded words (each <= 75 chars), folded onto continuation lines."""
    words, chunk = [], ""
    for char in text:
        if chunk and len(_one_word(chunk + char, charset, mode)) > 75:
            words.append(_one_word(chunk, charset, mode))
            chunk = char
        else:
            chunk += char
    if chunk:
        words.append(_one_word(chunk, charset, mode))
    return (NL + " ").join(words)


def fold(name: str, value: str) -> str:
    """Fold an unstructured header at spaces so lines stay under 78 characters."""
    line, out = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 76 and line.strip() and not line.endswith(":"):
            out.append(line)
            line = " " + word
        else:
            line = f"{line} {word}"
    out.append(line)
    return NL.join(out)


def text_header(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return fold(name, value)
    charset, mode = enc or ("utf-8", "Q")
    return f"{name}: " + encoded_words(value, charset, mode)


def address(pair: tuple[str, str], enc: tuple[str, str] | None) -> str:
    name, addr = pair
    if not name:
        return addr
    if not name.isascii() or enc is not None:
        charset, mode = enc or ("utf-8", "Q")
        return f"{encoded_words(name, charset, mode)} <{addr}>"
    if re.search(r'[()<>\[\]:;@\\,."]', name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]], enc) -> str:
    return f"{name}: " + ("," + NL + " ").join(address(p, enc) for p in pairs)


# --- bodies --------------------------------------------------------------------------------

def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "7bit":
        assert data.isascii(), "7bit body with non-ASCII bytes"
    assert all(len(line) < 990 for line in data.split(b"\n")), "line too long for 7bit/8bit"
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(ctype: str, data: bytes, cte: str, params: str = "", extra: str = "") -> bytes:
    head = f"Content-Type: {ctype}{params}{NL}Content-Transfer-Encoding: {cte}{NL}{extra}"
    return head.encode("ascii") + NL.encode() + encode_body(data, cte)


def text_leaf(sub: str, text: str, charset: str, cte: str | None) -> bytes:
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    return leaf(f"text/{sub}", data, cte, f'; charset="{charset}"')


def multipart(sub: str, boundary: str, parts: list[bytes], params: str = "") -> bytes:
    out = f'Content-Type: multipart/{sub};{NL} boundary="{boundary}"{params}{NL}{NL}'.encode()
    if sub == "mixed":
        out += b"This is a multi-part message in MIME format.\n\n"
    for part in parts:
        out += f"--{boundary}{NL}".encode() + part
        if not part.endswith(b"\n"):
            out += b"\n"
    return out + f"--{boundary}--{NL}".encode()


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with a title and text lines."""
    def lit(s: str) -> bytes:
        raw = s.encode("cp1252", "replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    stream = b"BT /F1 14 Tf 56 786 Td 16 TL " + lit(title) + b" Tj T* /F1 10 Tf\n"
    for line in lines:
        stream += b"T* " + lit(line) + b" Tj\n"
    stream += b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title " + lit(title) + b" /Producer (corpus230) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 73
        while len(line[:cut].encode("utf-8")) > 73:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def utc_stamp(local: str, zone: str) -> str:
    when = dt.datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(ZONES[zone]))
    return when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_text(ics: dict, sent: str, zone: str, newline: str) -> str:
    organizer_name, organizer_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{utc_stamp(sent, zone)}",
        f"DTSTART:{utc_stamp(ics['start'], ics.get('tz', zone))}",
        f"DTEND:{utc_stamp(ics['end'], ics.get('tz', zone))}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines += [
        f'ORGANIZER;CN="{organizer_name}":mailto:{organizer_addr}',
        f'ATTENDEE;CN="{common.CAND_NAME}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
        f"RSVP=TRUE:mailto:{common.CAND_ADDR}",
        f"STATUS:{'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return newline.join(folded) + newline


# --- one message ---------------------------------------------------------------------------

def message_id(key: str, domain: str) -> str:
    digest = hashlib.sha1(f"corpus230/{key}".encode()).hexdigest()
    return f"<{digest[:10]}.{digest[10:20]}@{domain}>"


def sender_domain(spec: dict) -> str:
    return spec.get("mid_domain") or spec["frm"][1].split("@", 1)[1]


def build(spec: dict, key: str, ids: dict[str, str], refs: dict[str, list[str]]) -> bytes:
    zone = spec.get("tz", "IE")
    enc = spec.get("enc", {})
    sent = spec["date"]
    when = dt.datetime.strptime(sent, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(ZONES[zone]))
    charset = spec.get("charset", "utf-8")
    boundary_base = "=_c230_" + hashlib.md5(key.encode()).hexdigest()[:12]
    counter = iter(range(1, 10))

    # body tree
    alternatives = []
    if spec.get("text") is not None:
        alternatives.append(text_leaf("plain", spec["text"], charset, spec.get("cte")))
    if spec.get("html") is not None:
        alternatives.append(text_leaf("html", spec["html"], spec.get("html_charset", charset),
                                      spec.get("html_cte", spec.get("cte"))))
    ics = spec.get("ics")
    if ics:
        nl = "\r\n" if spec.get("ics_cte") == "base64" else "\n"
        cal = ics_text(ics, sent, zone, nl).encode("utf-8")
        alternatives.append(leaf("text/calendar", cal, spec.get("ics_cte", "8bit"),
                                 f'; charset="utf-8"; method={ics["method"]}'))
    if len(alternatives) == 1:
        body = alternatives[0]
    else:
        body = multipart("alternative", f"{boundary_base}_{next(counter)}", alternatives)
    attachments = []
    for pdf in spec.get("pdf", []):
        name = pdf["filename"]
        attachments.append(leaf(
            "application/pdf", pdf_bytes(pdf["title"], pdf["lines"]), "base64",
            f'; name="{name}"', f'Content-Disposition: attachment; filename="{name}"{NL}'))
    if ics and spec.get("ics_attach"):
        attachments.append(leaf(
            "application/ics", ics_text(ics, sent, zone, "\r\n").encode("utf-8"), "base64",
            '; name="invite.ics"', f'Content-Disposition: attachment; filename="invite.ics"{NL}'))
    if attachments:
        body = multipart("mixed", f"{boundary_base}_{next(counter)}", [body, *attachments])

    # header block
    lines = [address_header("From", [spec["frm"]], enc.get("from"))]
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], enc.get("reply_to")))
    lines.append(address_header("To", spec.get("to", [common.CAND]), enc.get("to")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], enc.get("cc")))
    lines.append(text_header("Subject", spec["subject"], enc.get("subject")))
    lines.append(f"Date: {email.utils.format_datetime(when)}")
    lines.append(f"Message-ID: {ids[key]}")
    if refs[key]:
        lines.append(f"In-Reply-To: {refs[key][-1]}")
        lines.append(fold("References", " ".join(refs[key])))
    for name, value in spec.get("headers", []):
        lines.append(fold(name, value))
    lines.append("MIME-Version: 1.0")
    return (NL.join(lines) + NL).encode("ascii") + body


# --- checks --------------------------------------------------------------------------------

def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, raw: bytes, rel: str) -> None:
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
    if msg["date"].datetime.year != 2026:
        problems.append("date not in 2026")
    for sub in ("plain", "html"):
        want = spec.get("text" if sub == "plain" else "html")
        got = [p.get_content() for p in msg.walk() if p.get_content_type() == f"text/{sub}"]
        if want is not None and (len(got) != 1 or _norm(got[0]) != _norm(want)):
            problems.append(f"text/{sub} does not round-trip")
    senders = {a.lower() for _, a in email.utils.getaddresses(
        [str(v) for h in ("From", "Reply-To") for v in msg.get_all(h, [])])}
    contact = spec["contact"]
    if contact and contact not in senders:
        problems.append(f"contact {contact} not in From/Reply-To {senders}")
    if (spec["kind"] == "other") != (spec["company"] == ""):
        problems.append("company must be empty exactly for kind other")
    if spec["frm"][1] == common.CAND_ADDR and (contact or spec["kind"] != "other"):
        problems.append("candidate's own mail must be other without contact")
    if spec["lang"] not in {"en", "de", "fr", "es"}:
        problems.append("bad language")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


# --- main ----------------------------------------------------------------------------------

def all_specs() -> list[dict]:
    return [*msgs230_rejections.MESSAGES, *msgs230_invites.MESSAGES, *msgs230_acks.MESSAGES,
            *msgs230_other.MESSAGES]


def main() -> None:
    specs = all_specs()
    numbers: Counter[str] = Counter()
    keyed: dict[str, dict] = {}
    rows = []
    for spec in specs:
        kind = spec["kind"]
        assert kind in KINDS, kind
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        key = spec.get("key") or rel
        assert key not in keyed, f"duplicate key {key}"
        keyed[key] = spec
        spec["_rel"], spec["_key"] = rel, key
    ids = {key: message_id(key, sender_domain(spec)) for key, spec in keyed.items()}
    refs: dict[str, list[str]] = {}

    def chain(key: str) -> list[str]:
        if key not in refs:
            parent = keyed[key].get("parent")
            refs[key] = [*chain(parent), ids[parent]] if parent else []
        return refs[key]

    for key in keyed:
        chain(key)
    assert len(set(ids.values())) == len(ids)

    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    for spec in specs:
        try:
            raw = build(spec, spec["_key"], ids, refs)
        except Exception as error:
            raise SystemExit(f"{spec['_rel']}: {type(error).__name__}: {error}") from error
        check(spec, raw, spec["_rel"])
        (HERE / spec["_rel"]).write_bytes(raw)
        rows.append([spec["_rel"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = Counter((r[1], r[4]) for r in rows)
    langs = ["en", "de", "fr", "es"]
    print(f"{len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{x:>5}" for x in langs) + "  total")
    for kind in KINDS:
        counts = [table[(kind, x)] for x in langs]
        print(f"{kind:32}" + "".join(f"{c:>5}" for c in counts) + f"{sum(counts):>7}")
    totals = [sum(table[(k, x)] for k in KINDS) for x in langs]
    print(f"{'total':32}" + "".join(f"{c:>5}" for c in totals) + f"{sum(totals):>7}")


if __name__ == "__main__":
    main()
