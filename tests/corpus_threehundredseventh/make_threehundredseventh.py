"""Build the blind corpus 307 (Lena Baumgartner) from the hand-written specs in msgs307_*.py.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder, then
re-parses every message with email.policy.default and checks it. Output is deterministic.

    python tests/corpus_threehundredseventh/make_threehundredseventh.py
"""

from __future__ import annotations

import base64
import binascii
import csv
import email
import email.policy
import io
import re
import sys
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs307_acks  # noqa: E402
import msgs307_invites  # noqa: E402
import msgs307_offers  # noqa: E402
import msgs307_other  # noqa: E402
import msgs307_rejections  # noqa: E402
import msgs307_resched  # noqa: E402
from msgs307_common import LENA, LENA_ADDR, Spec  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SAS|SARL|Sàrl|Ltd|Inc|LLC|KG|eG|e\.V\.|"
                   r"gGmbH|plc|S\.à r\.l\.)\s*$")
SYSTEM = re.compile(r"no-?reply|do-?not-?reply|mailer|notifications?@|bounce|"
                    r"myworkday|greenhouse-mail|lever\.co|smartrecruiters|icims|ashbyhq|"
                    r"teamtailor|personio|successfactors|taleo|softgarden|bamboohr|workablemail|"
                    r"recruitee", re.I)
AUTOMATED = re.compile(r"^(alerts?|alertes|alertas|newsletter|avisos|einsatz-noreply)@", re.I)
POLICY = email.policy.default

MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}


def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def fmt_addr(name: str, addr: str) -> str:
    return f"{name} <{addr}>" if name else addr


# ---------------------------------------------------------------- quoting

def attribution(parent: Spec, lang: str, style: str) -> str:
    d = parse_date(parent["date"])
    name, addr = parent["frm"]
    who = fmt_addr(name, addr)
    hm = d.strftime("%H:%M")
    if style == "outlook":
        to = fmt_addr(*parent.get("to", LENA))
        day = DAYS[lang][d.weekday()]
        mon = MONTHS[lang][d.month - 1]
        heads = {
            "en": ("From", "Sent", "To", "Subject", f"{day}, {d.day} {mon} {d.year} {hm}"),
            "de": ("Von", "Gesendet", "An", "Betreff", f"{day}, {d.day}. {mon} {d.year} {hm}"),
            "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0",
                   f"{day} {d.day} {mon} {d.year} {hm}"),
            "es": ("De", "Enviado", "Para", "Asunto", f"{day}, {d.day} {mon} {d.year} {hm}"),
        }[lang]
        return (f"{'_' * 32}\n{heads[0]}: {who}\n{heads[1]}: {heads[4]}\n{heads[2]}: {to}\n"
                f"{heads[3]}: {parent['subject']}\n")
    day = DAYS[lang][d.weekday()]
    mon = MONTHS[lang][d.month - 1]
    if lang == "en":
        return f"On {day}, {d.day} {mon} {d.year} at {hm}, {who} wrote:\n"
    if lang == "de":
        return f"Am {d.day:02d}.{d.month:02d}.{d.year} um {hm} schrieb {who}:\n"
    if lang == "fr":
        return f"Le {day} {d.day} {mon} {d.year} à {hm}, {who} a écrit\u00a0:\n"
    return f"El {day}, {d.day} {mon} {d.year} a las {hm}, {name} (<{addr}>) escribió:\n"


def full_text(spec: Spec, by_key: dict[str, Spec]) -> str:
    """The spec's text body, with the quoted parent chain when quote is set."""
    text = spec["body"]
    parent_key = spec.get("parent")
    if spec.get("quote") and parent_key:
        parent = by_key[parent_key]
        ptext = full_text(parent, by_key) or strip_html(parent.get("html", ""))
        style = spec.get("quote_style", "plain")
        if style == "outlook":
            text += "\n" + attribution(parent, spec["lang"], "outlook") + "\n" + ptext
        else:
            quoted = "".join(f">{' ' if line else ''}{line}\n"
                             for line in ptext.rstrip("\n").split("\n"))
            text += "\n" + attribution(parent, spec["lang"], "plain") + quoted
    return text


def strip_html(markup: str) -> str:
    body = re.sub(r"(?s)<head>.*?</head>", "", markup)
    body = re.sub(r"</p>|<br\s*/?>", "\n", body)
    body = re.sub(r"<[^>]+>", "", body)
    return "\n".join(line.strip() for line in body.splitlines() if line.strip()) + "\n"


# ---------------------------------------------------------------- headers

def encoded_words(text: str, how: str, charset: str) -> str:
    """RFC 2047 words for text, spaces kept inside the words, split on character boundaries,
    joined by folding whitespace (which readers drop between adjacent encoded words)."""
    words, chunk = [], ""
    for ch in text:
        if len(encode_word(chunk + ch, how, charset)) > 74:
            words.append(encode_word(chunk, how, charset))
            chunk = ""
        chunk += ch
    words.append(encode_word(chunk, how, charset))
    return "\n ".join(words)


def encode_word(text: str, how: str, charset: str) -> str:
    raw = text.encode(charset)
    if how == "b":
        return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def header_text(text: str, enc: tuple[str, str] | None) -> str:
    if enc is None and text.isascii():
        return text
    how, charset = enc or ("q", "utf-8")
    return encoded_words(text, how, charset)


def addr_header(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc is None and name.isascii():
        if re.search(r"[(),.:;<>@\[\]\"\\]", name):
            return f'"{name}" <{addr}>'
        return f"{name} <{addr}>"
    return f"{header_text(name, enc or ('q', 'utf-8'))} <{addr}>"


def fold(name: str, items: list[str]) -> str:
    return f"{name}: " + "\n ".join(items)


# ---------------------------------------------------------------- bodies

def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (Helvetica, Latin-1)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R"
        b" >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


VTIMEZONE = """BEGIN:VTIMEZONE
TZID:{tz}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def ics_text(ics: dict[str, Any], spec: Spec) -> str:
    method = ics.get("method", "REQUEST")
    tz = ics.get("tz", "Europe/Zurich")
    org_name, org_addr = ics.get("organizer", spec["frm"])
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    stamp = parse_date(spec["date"]).astimezone().strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus 307//Calendar//EN", "VERSION:2.0",
        f"METHOD:{method}",
    ]
    text = "\n".join(lines) + "\n" + VTIMEZONE.format(tz=tz)
    event = [
        "BEGIN:VEVENT", f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz}:{ics['start']}", f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{ics['summary']}", f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={LENA[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{LENA_ADDR}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    return text + "\n".join(event) + "\n"


def pick_cte(text: str, spec: Spec, index: int) -> str:
    cte = spec.get("cte")
    if cte:
        return cte
    if text.isascii():
        return "7bit" if max(map(len, text.split("\n"))) < 900 else "quoted-printable"
    return ("quoted-printable", "base64", "8bit")[index % 3]


def text_part(text: str, subtype: str, spec: Spec, index: int,
              params: dict[str, str] | None = None) -> EmailMessage:
    part = EmailMessage()
    charset = spec.get("charset", "utf-8") if subtype != "calendar" else "utf-8"
    cte = pick_cte(text, spec, index) if subtype != "calendar" else "quoted-printable"
    part.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params or {})
    return part


def body_tree(spec: Spec, text: str, index: int, built: dict[str, bytes]) -> EmailMessage:
    fmt = spec.get("fmt", "plain")
    markup = spec.get("html", "")
    if fmt == "plain":
        root = text_part(text, "plain", spec, index)
    elif fmt == "html":
        root = text_part(markup, "html", spec, index)
    else:
        if fmt in ("alt", "cal") or (fmt == "mixed" and markup):
            core = EmailMessage()
            core.make_alternative()
            core.attach(text_part(text, "plain", spec, index))
            if markup:
                core.attach(text_part(markup, "html", spec, index + 1))
            if fmt == "cal":
                core.attach(text_part(ics_text(spec["ics"], spec), "calendar", spec, index,
                                      {"method": spec["ics"].get("method", "REQUEST")}))
        else:
            core = text_part(text, "plain", spec, index)
        if fmt in ("alt", "cal"):
            root = core
        else:
            root = EmailMessage()
            root.make_mixed()
            root.attach(core)
            for filename, lines in spec.get("pdfs", []):
                att = EmailMessage()
                att.set_content(pdf_bytes(lines), maintype="application", subtype="pdf",
                                disposition="attachment", filename=filename)
                root.attach(att)
            if "ics_file" in spec:
                att = EmailMessage()
                att.set_content(ics_text(spec["ics_file"], spec), subtype="calendar",
                                charset="utf-8", cte="quoted-printable",
                                params={"method": spec["ics_file"].get("method", "REQUEST")},
                                disposition="attachment", filename="invite.ics")
                root.attach(att)
            if "fwd" in spec:
                inner = email.message_from_bytes(built[spec["fwd"]], policy=POLICY)
                att = EmailMessage()
                att.set_content(inner, subtype="rfc822")
                root.attach(att)
    return root


def expected_texts(spec: Spec, text: str) -> list[str]:
    fmt = spec.get("fmt", "plain")
    out = []
    if fmt != "html":
        out.append(text)
    if spec.get("html"):
        out.append(spec["html"])
    if fmt == "cal":
        out.append(ics_text(spec["ics"], spec))
    if "ics_file" in spec:
        out.append(ics_text(spec["ics_file"], spec))
    return out


# ---------------------------------------------------------------- assembling

def domain_of(addr: str) -> str:
    return addr.split("@", 1)[1]


def build(spec: Spec, index: int, by_key: dict[str, Spec], ids: dict[str, str],
          built: dict[str, bytes]) -> tuple[bytes, list[str]]:
    text = full_text(spec, by_key)
    root = body_tree(spec, text, index, built)
    boundary_no = 0
    for part in root.walk():
        if part.is_multipart() and part.get_content_type().startswith("multipart/"):
            boundary_no += 1
            part.set_boundary(f"=_c307_{index:03d}_{boundary_no}")
    inner_roots = {id(part.get_payload(0)) for part in root.walk()
                   if part.get_content_type() == "message/rfc822"}
    for part in root.walk():
        if part is not root and id(part) not in inner_roots:
            del part["MIME-Version"]
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"
    body_bytes = root.as_bytes(policy=POLICY)
    name, addr = spec["frm"]
    heads = [f"From: {addr_header(name, addr, spec.get('name_enc'))}"]
    to = spec.get("to", LENA)
    heads.append(f"To: {addr_header(*to, spec.get('to_enc'))}")
    if spec.get("cc"):
        heads.append(fold("Cc", [addr_header(n, a) + "," for n, a in spec["cc"][:-1]]
                          + [addr_header(*spec["cc"][-1])]))
    if spec.get("reply_to"):
        heads.append(f"Reply-To: {addr_header(*spec['reply_to'], spec.get('rt_enc'))}")
    heads.append(f"Subject: {header_text(spec['subject'], spec.get('subj_enc'))}")
    heads.append(f"Date: {format_datetime(parse_date(spec['date']))}")
    heads.append(f"Message-ID: {ids[spec['key']]}")
    parent_key = spec.get("parent")
    if parent_key:
        chain = []
        cursor: str | None = parent_key
        while cursor:
            chain.insert(0, ids[cursor])
            cursor = by_key[cursor].get("parent")
        heads.append(f"In-Reply-To: {ids[parent_key]}")
        heads.append(fold("References", chain))
    for hname, hvalue in spec.get("headers", []):
        heads.append(f"{hname}: {hvalue}")
    data = ("\n".join(heads) + "\n").encode("ascii") + body_bytes
    return data, expected_texts(spec, text)


def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for module in (msgs307_acks, msgs307_invites, msgs307_resched, msgs307_rejections,
                   msgs307_offers, msgs307_other):
        specs.extend(module.SPECS)
    return specs


def check(spec: Spec, data: bytes, texts: list[str]) -> None:
    msg = email.message_from_bytes(data, policy=POLICY)
    where = spec["slug"]
    defects = list(msg.defects) + [d for p in msg.walk() for d in p.defects]
    assert not defects, f"{where}: defects {defects}"
    assert str(msg["subject"]) == spec["subject"], f"{where}: subject {msg['subject']!r}"
    frm = msg["from"].addresses[0]
    assert frm.display_name == spec["frm"][0], f"{where}: from name {frm.display_name!r}"
    assert frm.addr_spec == spec["frm"][1], f"{where}: from addr"
    assert msg["date"].datetime == parse_date(spec["date"]), f"{where}: date"
    got = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    norm = [t.replace("\r\n", "\n").rstrip("\n") for t in got]
    for want in texts:
        assert want.rstrip("\n") in norm, f"{where}: text part does not round-trip"
    if spec.get("inner_only"):
        return
    # label rules
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS, where
    assert spec["lang"] in ("en", "de", "fr", "es"), where
    if kind == "other":
        assert company == "", f"{where}: company on other"
    else:
        assert company and company == company.strip(), f"{where}: company missing"
        assert not LEGAL.search(company), f"{where}: legal form in company"
    heads = [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])]
    addrs = [a.lower() for _, a in getaddresses(heads)]
    if spec["frm"][1] == LENA_ADDR:
        assert kind == "other" and contact == "", f"{where}: own mail"
    if contact:
        assert contact == contact.lower() and contact in addrs, f"{where}: contact {contact}"
        assert not SYSTEM.search(contact), f"{where}: system contact"
        assert contact != LENA_ADDR, where
    else:
        human = [a for a in addrs
                 if not SYSTEM.search(a) and not AUTOMATED.search(a) and a != LENA_ADDR]
        assert not human or spec.get("no_contact_ok"), f"{where}: human sender {human} unlabelled"


def main() -> None:
    specs = all_specs()
    by_key: dict[str, Spec] = {}
    ids: dict[str, str] = {}
    for index, spec in enumerate(specs, 1):
        spec.setdefault("key", spec["slug"])
        assert spec["key"] not in by_key, f"duplicate key {spec['key']}"
        by_key[spec["key"]] = spec
        crc = binascii.crc32(f"{index}{spec['slug']}".encode()) & 0xFFFFFFFF
        ids[spec["key"]] = f"<c307.{index:03d}.{crc:08x}@{domain_of(spec['frm'][1])}>"
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    for old in HERE.glob("*.eml"):
        old.unlink()
    built: dict[str, bytes] = {}
    rows = []
    order = sorted(range(len(specs)), key=lambda i: "fwd" in specs[i])
    for i in order:
        spec = specs[i]
        index = i + 1
        try:
            data, texts = build(spec, index, by_key, ids, built)
        except (UnicodeError, ValueError) as error:
            raise SystemExit(f"{spec['slug']}: {error}") from error
        check(spec, data, texts)
        built[spec["key"]] = data
        if spec.get("inner_only"):
            continue
        rel = f"{spec['kind']}/{index:03d}_{spec['slug']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append((index, [rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]]))
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(row for _, row in rows)
    table: dict[str, dict[str, int]] = {k: {} for k in KINDS}
    for _, row in rows:
        table[row[1]][row[4]] = table[row[1]].get(row[4], 0) + 1
    print(f"{len(rows)} messages")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32} " + " ".join(f"{lang}={counts.get(lang, 0):3d}"
                                        for lang in ("de", "en", "fr", "es"))
              + f"  total={sum(counts.values())}")


if __name__ == "__main__":
    main()
