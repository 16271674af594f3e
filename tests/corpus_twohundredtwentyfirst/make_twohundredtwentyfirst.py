# ruff: noqa
"""Build corpus 221 from the hand-written specs in msgs221_*.py (standard library only).

Run from the repository root:  python tests/corpus_twohundredtwentyfirst/make_twohundredtwentyfirst.py

It deletes and rewrites only the *.eml files and labels.csv inside this folder, then re-parses
every message with the default policy and checks it: no defects, the subject and every body
round-trip, and the labels follow the rules.
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
from collections import Counter
from email import base64mime, quoprimime
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs221_acks  # noqa: E402
import msgs221_invites  # noqa: E402
import msgs221_other  # noqa: E402
import msgs221_rejections  # noqa: E402
from msgs221_common import CAND, CAND_ADDR, body  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52}
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SLU|Ltd|Limited|Inc|SAS|SARL|LLC|plc|KG|"
                   r"DAC|e\.V\.|S\.Coop)\.?$", re.I)
SYSTEM = re.compile(r"(no-?reply|do-?not-?reply|notification|mailer-daemon|alerts?@|"
                    r"myworkday\.com|greenhouse-mail\.io|lever\.co|smartrecruiters\.com|"
                    r"icims\.com|ashbyhq\.com|teamtailor-mail\.com|personio\.de|"
                    r"successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|"
                    r"workablemail\.com|recruitee\.com)", re.I)
COMPAT = email.policy.compat32.clone(linesep="\n", max_line_length=78)


# --- headers ---------------------------------------------------------------------------------

_Q_SAFE = re.compile(r"[A-Za-z0-9!*+\-/]")


def _q_word(chunk: bytes) -> str:
    out = []
    for byte in chunk:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif byte < 128 and _Q_SAFE.match(ch):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encode_words(text: str, charset: str, enc: str) -> list[str]:
    """RFC 2047 encoded words (each <= 75 chars), split on character boundaries."""
    words: list[str] = []
    prefix = f"=?{charset}?{enc.upper()}?"
    current = ""
    for ch in text:
        trial = current + ch
        raw = trial.encode(charset)
        coded = base64.b64encode(raw).decode() if enc.lower() == "b" else _q_word(raw)
        if len(prefix) + len(coded) + 2 > 75 and current:
            words.append(current)
            current = ch
        else:
            current = trial
    if current:
        words.append(current)
    out = []
    for chunk in words:
        raw = chunk.encode(charset)
        coded = base64.b64encode(raw).decode() if enc.lower() == "b" else _q_word(raw)
        out.append(f"{prefix}{coded}?=")
    return out


def fold_plain(name: str, value: str) -> str:
    """Fold an unstructured ASCII value at spaces so lines stay under 78 characters."""
    line = f"{name}: "
    lines = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 76 and line.strip() and i:
            lines.append(line)
            line = piece
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and not value.isascii():
        enc = ("utf-8", "q")
    if enc is None:
        return fold_plain(name, value)
    return f"{name}: " + "\n ".join(encode_words(value, *enc))


_SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(item, enc: tuple[str, str] | None = None) -> str:
    if isinstance(item, str):
        return item
    name, addr = item
    if not name:
        return addr
    if enc is None and not name.isascii():
        enc = ("utf-8", "q")
    if enc is not None:
        return " ".join(encode_words(name, *enc)) + f" <{addr}>"
    if any(ch in _SPECIALS for ch in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


def addr_header(name: str, items, enc=None) -> str:
    if isinstance(items, (str, tuple)):
        items = [items]
    rendered = [fmt_addr(item, enc) for item in items]
    return f"{name}: " + ",\n ".join(rendered)


# --- bodies ----------------------------------------------------------------------------------

def text_part(content: str, subtype: str, charset: str, cte: str | None, extra: str = "") -> Message:
    raw = content.encode(charset)
    if cte is None:
        cte = "7bit" if content.isascii() else "8bit"
    if cte == "7bit":
        assert content.isascii(), "7bit body with non-ASCII text"
        payload = content
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quoprimime.body_encode(raw.decode("latin-1"))
        if not payload.endswith("\n"):
            payload += "\n"
    elif cte == "base64":
        payload = base64mime.body_encode(raw)
    else:
        raise ValueError(cte)
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def binary_part(data: bytes, ctype: str, filename: str, inline: bool = False) -> Message:
    part = Message()
    part["Content-Type"] = f'{ctype}; name="{filename}"'
    disp = "inline" if inline else "attachment"
    part["Content-Disposition"] = f'{disp}; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64mime.body_encode(data))
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{subtype};\n boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    def esc(s: str) -> str:
        out = []
        for b in s.encode("cp1252"):
            ch = chr(b)
            if ch in "()\\":
                out.append("\\" + ch)
            elif 32 <= b < 127:
                out.append(ch)
            else:
                out.append(f"\\{b:03o}")
        return "".join(out)

    stream = "BT\n/F1 11 Tf\n14 TL\n56 780 Td\n"
    stream += "".join(f"({esc(line)}) Tj T*\n" for line in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
        f"<< /Title ({esc(title)}) /Producer (corpus 221 generator) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{obj}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


VTZ = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST"),
}


def _ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    limit = 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
            limit = 75
        else:
            cur += ch
    out.append(cur)
    return out


def ics_text(spec: dict) -> str:
    std, dst, stdname, dstname = VTZ[spec["tz"]]

    def local(s: str) -> str:
        return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    def stamp(s: str) -> str:
        return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%SZ")

    org_name, org_addr = spec["organizer"]
    cancel = spec["method"] == "CANCEL"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus221//Calendar 1.0//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", f"METHOD:{spec['method']}",
        "BEGIN:VTIMEZONE", f"TZID:{spec['tz']}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dstname}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{stdname}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec['seq']}",
        f"DTSTAMP:{stamp(spec['stamp'])}",
        f"DTSTART;TZID={spec['tz']}:{local(spec['start'])}",
        f"DTEND;TZID={spec['tz']}:{local(spec['end'])}",
        f"SUMMARY:{_ics_escape(spec['summary'])}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{CAND[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CAND_ADDR}",
    ]
    if spec["location"]:
        lines.append(f"LOCATION:{_ics_escape(spec['location'])}")
    if spec["description"]:
        lines.append(f"DESCRIPTION:{_ics_escape(body(spec['description']).rstrip())}")
    lines += [f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", "TRANSP:OPAQUE"]
    if not cancel:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                  "TRIGGER:-PT15M", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --- one message -----------------------------------------------------------------------------

def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def addr_of(item) -> str:
    return item if isinstance(item, str) else item[1]


def build(spec: dict, stem: str, ids: dict[str, str]) -> tuple[bytes, dict]:
    tag = hashlib.sha1(stem.encode()).hexdigest()[:10]
    charset = spec.get("charset", "utf-8")
    text = body(spec["text"]) if spec.get("text") else None
    htm = spec.get("html")
    alt: list[Message] = []
    if text is not None:
        alt.append(text_part(text, "plain", charset, spec.get("cte")))
    if htm is not None:
        alt.append(text_part(htm, "html", spec.get("html_charset", charset),
                             spec.get("html_cte", spec.get("cte"))))
    attachments = []
    for att in spec.get("attach", []):
        if att["type"] == "ics":
            cal = ics_text(att)
            method = att["method"]
            if att["as_file"]:
                attachments.append(binary_part(cal.encode("utf-8"), "application/ics",
                                               "invite.ics"))
            alt.append(text_part(cal, "calendar", "utf-8", "base64", f"; method={method}"))
        elif att["type"] == "pdf":
            attachments.append(binary_part(pdf_bytes(att["title"], att["lines"]),
                                           "application/pdf", att["filename"]))
        else:
            raise ValueError(att["type"])
    assert alt, f"{stem}: no body"
    root = alt[0] if len(alt) == 1 else multipart("alternative", alt, f"=_alt_{tag}_221")
    if attachments:
        root = multipart("mixed", [root, *attachments], f"=_mix_{tag}_221")

    date = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    sender = spec["frm"]
    msgid = ids[spec.get("id", stem)]
    lines = [f"Date: {format_datetime(date)}",
             addr_header("From", sender, spec.get("frm_enc"))]
    if spec.get("reply_to"):
        lines.append(addr_header("Reply-To", spec["reply_to"], spec.get("reply_enc")))
    lines.append(addr_header("To", spec.get("to", CAND), spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(addr_header("Cc", spec["cc"]))
    lines.append(header_text("Subject", spec["subject"], spec.get("subject_enc")))
    lines.append(f"Message-ID: {msgid}")
    if spec.get("reply_of"):
        refs = [ids_for(k, ids) for k in spec.get("refs", [spec["reply_of"]])]
        lines.append(f"In-Reply-To: {ids_for(spec['reply_of'], ids)}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(fold_plain(name, value) if " " in value and len(value) > 70
                     else f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines) + "\n"

    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=COMPAT).flatten(root, unixfrom=False)
    data = head.encode("ascii") + buf.getvalue()
    expect = {"subject": spec["subject"], "plain": text, "html": htm,
              "calendar": [ics_text(a) for a in spec.get("attach", []) if a["type"] == "ics"]}
    return data, expect


def ids_for(key: str, ids: dict[str, str]) -> str:
    if key in ids:
        return ids[key]
    digest = hashlib.sha1(key.encode()).hexdigest()[:12]
    return f"<{digest}.{key}@mail.example.es>"


# --- checks ----------------------------------------------------------------------------------

def check(path: Path, spec: dict, expect: dict) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = path.name
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            defects = getattr(value, "defects", ())
            assert not defects, f"{where}: header {name} defects {defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"{where}: missing {name}"
    assert str(msg["Subject"]) == expect["subject"], (where, str(msg["Subject"]))
    date = msg["Date"].datetime
    assert date.year == 2026 and 1 <= date.month <= 10, where
    plains = [p.get_content() for p in msg.walk() if p.get_content_type() == "text/plain"]
    htmls = [p.get_content() for p in msg.walk() if p.get_content_type() == "text/html"]
    cals = [p.get_content() for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert plains == ([expect["plain"]] if expect["plain"] is not None else []), where
    assert htmls == ([expect["html"]] if expect["html"] is not None else []), where
    assert cals == expect["calendar"], where
    for p in msg.walk():
        if p.get_content_type() == "application/pdf":
            assert p.get_content().startswith(b"%PDF-1.4"), where
    # labels
    contact = spec.get("contact", "")
    froms = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("From", [])])]
    replies = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("Reply-To", [])])]
    if CAND_ADDR in froms:
        assert spec["kind"] == "other" and not contact, f"{where}: own mail"
    if contact:
        assert contact == contact.lower() and contact in froms + replies, f"{where}: contact"
        assert not SYSTEM.search(contact), f"{where}: system contact {contact}"
        assert contact != CAND_ADDR
    elif spec["kind"] != "other":
        humans = [a for a in replies + froms if a != CAND_ADDR and not SYSTEM.search(a)]
        assert not humans, f"{where}: contact empty but {humans}"
    company = spec.get("company", "")
    if spec["kind"] == "other":
        assert not company, f"{where}: company on other"
    else:
        assert company and not LEGAL.search(company), f"{where}: company {company!r}"
    assert spec["lang"] in {"en", "de", "fr", "es"}, where


def main() -> None:
    specs = (msgs221_rejections.MESSAGES + msgs221_invites.MESSAGES + msgs221_acks.MESSAGES
             + msgs221_other.MESSAGES)
    counters: Counter[str] = Counter()
    named = []
    for spec in specs:
        assert spec["kind"] in EXPECTED, spec.get("name")
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['name']}.eml"
        named.append((rel, spec))
    assert dict(counters) == EXPECTED, dict(counters)

    ids: dict[str, str] = {}
    for rel, spec in named:
        stem = Path(rel).stem
        key = spec.get("id", stem)
        assert key not in ids, f"duplicate id {key}"
        digest = hashlib.sha1(rel.encode()).hexdigest()[:14]
        ids[key] = f"<{digest}.221@{domain_of(addr_of(spec['frm']))}>"
    assert len(set(ids.values())) == len(ids)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for rel, spec in named:
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        data, expect = build(spec, Path(rel).stem, ids)
        path.write_bytes(data)
        check(path, spec, expect)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    langs = Counter(spec["lang"] for _, spec in named)
    table = Counter((spec["kind"], spec["lang"]) for _, spec in named)
    print(f"wrote {len(rows)} messages; languages {dict(langs)}")
    print(f"{'kind':34} " + " ".join(f"{lang:>4}" for lang in ("es", "en", "fr", "de")))
    for kind in KIND_ORDER:
        print(f"{kind:34} " + " ".join(f"{table[(kind, lang)]:>4}"
                                       for lang in ("es", "en", "fr", "de")))
    share = langs["es"] / len(rows)
    assert 0.45 <= share <= 0.65 and min(langs[x] for x in ("en", "fr", "de")) >= 10, langs


if __name__ == "__main__":
    main()
