"""Build the blind corpus 332 (Solène Marchetti-Baudry, teacher moving into instructional design)
from the hand-written specs in msgs332_*.py.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder; the output
is the same bytes on every run. Every message is re-parsed with email.policy.default and checked.

    python tests/corpus_threehundredthirtysecond/make_threehundredthirtysecond.py
"""

from __future__ import annotations

import base64
import csv
import importlib
import quopri
import re
import sys
from collections import Counter
from datetime import datetime
from email import charset as email_charset
from email import message_from_bytes, policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr, getaddresses
from io import BytesIO
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

common = importlib.import_module("msgs332_common")
MODULES = ["msgs332_rejections", "msgs332_invites", "msgs332_acks", "msgs332_other"]

Spec = dict[str, Any]
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("fr", "en", "de", "es")
LEGAL = re.compile(r"\b(GmbH|SA|S\.A\.|SAS|SARL|S\.L\.|SL|SLU|Ltd|Inc|AG|LLC|SpA|S\.p\.A\.|Srl|"
                   r"S\.r\.l\.|SE|KG|plc|Sàrl)\b\.?")

WEEK = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
WEEK_LONG = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTH = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
MONTH_LONG = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}

SYSTEM = r"no-?reply|donotreply|notification|ne-pas-repondre|mailer|system|bewerbermanagement"


def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def charset_obj(name: str, enc: str) -> email_charset.Charset:
    cs = email_charset.Charset(name)
    cs.header_encoding = email_charset.BASE64 if enc == "b" else email_charset.QP
    return cs


def addr(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, address = pair
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    cs, how = enc or ("utf-8", "b")
    return formataddr((name, address), charset=charset_obj(cs, how))


def plain_addr(pair: tuple[str, str]) -> str:
    return f"{pair[0]} <{pair[1]}>" if pair[0] else pair[1]


# ---------------------------------------------------------------- quoting


def attribution(lang: str, when: datetime, who: tuple[str, str]) -> str:
    wd, mo = when.weekday(), when.month - 1
    hm = when.strftime("%H:%M")
    if lang == "en":
        hour = when.strftime("%I:%M %p").lstrip("0")
        return (f"On {WEEK['en'][wd]}, {MONTH['en'][mo]} {when.day}, {when.year} at {hour} "
                f"{plain_addr(who)} wrote:")
    if lang == "fr":
        return (f"Le {WEEK['fr'][wd]} {when.day} {MONTH['fr'][mo]} {when.year} à {hm}, "
                f"{plain_addr(who)} a écrit :")
    if lang == "de":
        return (f"Am {WEEK['de'][wd]}, {when.day}. {MONTH['de'][mo]} {when.year} um {hm} Uhr "
                f"schrieb {plain_addr(who)}:")
    return (f"El {WEEK['es'][wd]}, {when.day} {MONTH['es'][mo]} {when.year} a las {hm}, "
            f"{who[0]} (<{who[1]}>) escribió:")


def outlook_block(lang: str, parent: Spec) -> str:
    when = parse_date(parent["date"])
    wd, mo = when.weekday(), when.month - 1
    hm = when.strftime("%H:%M")
    frm = plain_addr(parent["frm"])
    to = "; ".join(plain_addr(p) for p in parent.get("to", [common.CANDIDATE]))
    subj = parent["subject"]
    if lang == "en":
        sent = (f"{WEEK_LONG['en'][wd]}, {MONTH_LONG['en'][mo]} {when.day}, {when.year} "
                f"{when.strftime('%I:%M %p').lstrip('0')}")
        lines = ["-----Original Message-----", f"From: {frm}", f"Sent: {sent}", f"To: {to}",
                 f"Subject: {subj}"]
    elif lang == "fr":
        sent = f"{WEEK_LONG['fr'][wd]} {when.day} {MONTH_LONG['fr'][mo]} {when.year} {hm}"
        lines = ["________________________________", f"De : {frm}", f"Envoyé : {sent}",
                 f"À : {to}", f"Objet : {subj}"]
    elif lang == "de":
        sent = f"{WEEK_LONG['de'][wd]}, {when.day}. {MONTH_LONG['de'][mo]} {when.year} {hm}"
        lines = ["-----Ursprüngliche Nachricht-----", f"Von: {frm}", f"Gesendet: {sent}",
                 f"An: {to}", f"Betreff: {subj}"]
    else:
        sent = (f"{WEEK_LONG['es'][wd]}, {when.day} de {MONTH_LONG['es'][mo]} de {when.year} "
                f"{hm}")
        lines = ["-----Mensaje original-----", f"De: {frm}", f"Enviado el: {sent}",
                 f"Para: {to}", f"Asunto: {subj}"]
    return "\n".join(lines)


def full_text(spec: Spec, by_key: dict[str, Spec]) -> str:
    """The spec's own text plus the quoted earlier message, if any."""
    text = spec.get("text")
    if text is None:
        return ""
    text = text.strip("\n") + "\n"
    style = spec.get("quote")
    if not style:
        return text
    parent = by_key[spec["parent"]]
    old = full_text(parent, by_key) or strip_tags(parent.get("html", ""))
    lang = spec["lang"]
    if style == "outlook":
        return f"{text}\n{outlook_block(lang, parent)}\n\n{old}"
    when = parse_date(parent["date"])
    quoted = "\n".join(("> " + line) if line else ">" for line in old.rstrip("\n").split("\n"))
    return f"{text}\n{attribution(lang, when, parent['frm'])}\n{quoted}\n"


def strip_tags(markup: str) -> str:
    text = re.sub(r"<(br|/p|/tr|/div)[^>]*>", "\n", markup)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return "\n".join(line.strip() for line in text.strip().split("\n")) + "\n"


# ---------------------------------------------------------------- parts


def text_part(body: str, subtype: str, cs: str, cte: str, extra: str = "") -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{cs}"{extra}'
    raw = body.encode(cs)
    if cte in ("8bit", "7bit") and raw.isascii():
        cte = "7bit"
    part["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    return part


def container(subtype: str, boundary: str, parts: list[Message]) -> Message:
    box = Message()
    box["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        box.attach(part)
    return box


def ics_text(ics: Spec) -> str:
    """A VCALENDAR with a VTIMEZONE; CRLF line ends."""
    tz = ics.get("tz", "Europe/Paris")
    org_name, org_addr = ics["organizer"]
    stamp = ics["stamp"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus332//Calendar 1.0//EN",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz}:{ics['start']}",
        f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={common.CANDIDATE_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{common.CANDIDATE_ADDR}",
        f"STATUS:{'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line.encode("utf-8")) > 74:
            cut = 70
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `title` and `lines` (ASCII)."""
    def esc(s: str) -> str:
        s = s.encode("ascii", "replace").decode("ascii")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 16 Tf", "72 770 Td", f"({esc(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        ops += ["0 -18 Td", f"({esc(line)}) Tj"]
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def pdf_part(filename: str, title: str, lines: list[str]) -> Message:
    part = Message()
    part["Content-Type"] = f'application/pdf; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(make_pdf(title, lines)).decode("ascii"))
    return part


# ---------------------------------------------------------------- messages


def message_id(spec: Spec) -> str:
    when = parse_date(spec["date"])
    domain = spec.get("mid_domain") or spec["frm"][1].split("@")[1]
    return f"<{when.strftime('%Y%m%d%H%M')}.{spec['key'].replace('_', '-')}.332@{domain}>"


def build(spec: Spec, by_key: dict[str, Spec], expect: list[str], tag: str) -> Message:
    """The MIME tree of one spec; `expect` collects every text body in walk order."""
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    counter = iter(range(1, 50))

    def boundary() -> str:
        return f"=_332_{tag}_{next(counter):02d}_="

    text = full_text(spec, by_key)
    for sample in (text, spec.get("html") or ""):
        try:
            sample.encode(cs)
        except UnicodeEncodeError as error:
            raise SystemExit(f"{spec['key']}: body not encodable in {cs}: {error}") from None
    markup = spec.get("html")
    if markup == "auto":
        markup = common.html_page(text, spec.get("brand", ""))
    elif markup == "outlook":
        markup = common.outlook_html(text)
    ics = spec.get("ics")

    def alternatives() -> list[tuple[str, Message]]:
        found: list[tuple[str, Message]] = []
        if text:
            found.append((text, text_part(text, "plain", cs, cte)))
        if markup:
            found.append((markup, text_part(markup, "html", cs, spec.get("html_cte", cte))))
        if ics:
            cal = ics_text(ics)
            found.append((cal, text_part(cal, "calendar", "utf-8", "base64",
                                          f"; method={ics['method']}")))
        return found

    alts = alternatives()
    assert alts, spec["key"]
    # The order of text parts in a walk is the order of `alts`, then inner messages.
    box: Message
    if len(alts) == 1:
        box = alts[0][1]
    else:
        box = container("alternative", boundary(), [p for _, p in alts])
    expect.extend(t for t, _ in alts)
    extras: list[Message] = []
    for filename, title, lines in spec.get("pdfs", []):
        extras.append(pdf_part(filename, title, lines))
    fwd = spec.get("fwd")
    inner_expect: list[str] = []
    if fwd:
        inner = build(fwd, by_key, inner_expect, tag + "f")
        wrap = Message()
        wrap["Content-Type"] = "message/rfc822"
        wrap["Content-Disposition"] = "inline"
        wrap.attach(inner)
        extras.append(wrap)
    if extras:
        box = container("mixed", boundary(), [box, *extras])
    expect.extend(inner_expect)

    root = Message()
    frm_enc = spec.get("name_enc")
    root["From"] = addr(spec["frm"], frm_enc)
    root["To"] = ", ".join(addr(p, frm_enc) for p in spec.get("to", [common.CANDIDATE]))
    if spec.get("cc"):
        root["Cc"] = ", ".join(addr(p, frm_enc) for p in spec["cc"])
    if spec.get("reply_to"):
        root["Reply-To"] = addr(spec["reply_to"], frm_enc)
    subject = spec["subject"]
    if subject.isascii():
        root["Subject"] = subject
    else:
        scs, how = spec.get("subj_enc", ("utf-8", "q"))
        root["Subject"] = Header(subject, charset_obj(scs, how), header_name="Subject")
    root["Date"] = format_datetime(parse_date(spec["date"]))
    root["Message-ID"] = message_id(spec)
    if spec.get("parent"):
        chain: list[str] = []
        node = spec
        while node.get("parent"):
            node = by_key[node["parent"]]
            chain.insert(0, message_id(node))
        root["In-Reply-To"] = chain[-1]
        root["References"] = " ".join(chain)
    for name, value in spec.get("headers", {}).items():
        root[name] = value
    root["MIME-Version"] = "1.0"
    for name, value in box.items():
        root[name] = value
    root.set_payload(box._payload)  # raw: get_payload() would decode 8bit text
    return root


def to_bytes(msg: Message) -> bytes:
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return out.getvalue()


def check(spec: Spec, data: bytes, expect: list[str]) -> None:
    key = spec["key"]
    msg = message_from_bytes(data, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        assert not part.defects, (key, part.defects)
    assert str(msg["subject"]) == spec["subject"], (key, str(msg["subject"]))
    frm = msg["from"].addresses[0]
    assert frm.display_name == spec["frm"][0], (key, frm.display_name)
    assert frm.addr_spec == spec["frm"][1], key
    assert msg["date"].datetime == parse_date(spec["date"]), key
    got = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    assert got == expect, (key, [g[:60] for g in got], [e[:60] for e in expect])
    for filename, _, _ in spec.get("pdfs", []):
        found = [p for p in msg.walk() if p.get_filename() == filename]
        assert found and found[0].get_content().startswith(b"%PDF-1.4"), key
    # label rules
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS, key
    if kind == "other":
        assert company == "", key
    else:
        assert company and company == company.strip() and not LEGAL.search(company), key
    own = spec["frm"][1] == common.CANDIDATE_ADDR
    if own:
        assert kind == "other" and contact == "", key
    if contact:
        assert contact == contact.lower() and contact != common.CANDIDATE_ADDR, key
        pool = [a.lower() for _, a in getaddresses(
            [str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])])]
        assert contact in pool, key
        assert not any(contact.endswith(d) for d in common.ATS_DOMAINS), key
        assert not re.search(r"no-?reply|donotreply|notification", contact), key
        reply = [a.lower() for _, a in getaddresses([str(v) for v in
                                                      msg.get_all("Reply-To", [])])]
        if reply and reply[0] != contact:
            assert spec.get("reply_not_human"), (key, "Reply-To is human but not the contact")
    elif not own and kind != "other":
        sender = spec["frm"][1]
        assert (any(sender.endswith(d) for d in common.ATS_DOMAINS)
                or re.search(SYSTEM, sender)), (key, "job mail without contact from a human")


def main() -> None:
    specs: list[Spec] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).MESSAGES)
    by_key: dict[str, Spec] = {}
    for spec in specs:
        assert spec["key"] not in by_key, spec["key"]
        by_key[spec["key"]] = spec
    specs.sort(key=lambda s: (parse_date(s["date"]), s["key"]))
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    ids: set[str] = set()
    for idx, spec in enumerate(specs, 1):
        expect: list[str] = []
        msg = build(spec, by_key, expect, f"{idx:03d}")
        data = to_bytes(msg)
        check(spec, data, expect)
        mid = message_id(spec)
        assert mid not in ids, mid
        ids.add(mid)
        rel = f"{spec['kind']}/{idx:03d}_{spec['key']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((r[1], r[4]) for r in rows)
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in counts) + f"  {sum(counts):5d}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"  {sum(totals):5d}")


if __name__ == "__main__":
    main()
