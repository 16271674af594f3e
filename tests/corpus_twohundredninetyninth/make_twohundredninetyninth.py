"""Build corpus 299 (job-search mail of Karolina Wiśniewska) from the hand-written specs.

Standard library only. Run from anywhere:

    python tests/corpus_twohundredninetyninth/make_twohundredninetyninth.py

It deletes and rewrites only the *.eml files and labels.csv inside this folder; the output is
byte-for-byte the same on every run. Every message is parsed again with email.policy.default
and checked (no defects; subject, From name, date and every text body survive) together with
the label rules.
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import io
import re
import sys
from datetime import UTC, datetime
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs299_acks  # noqa: E402
import msgs299_invites  # noqa: E402
import msgs299_other  # noqa: E402
import msgs299_rejections  # noqa: E402
import msgs299_threads  # noqa: E402
from msgs299_common import ME, html_page  # noqa: E402

Spec = dict[str, Any]

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("de", "en", "fr", "es")
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.|SL|S\.L\.|SAS|SARL|Ltd|Inc|B\.V\.|BV|KG|OG|SE|"
                   r"e\.U\.|mbH|Co\.|LLC|N\.V\.|S\.L\.U\.)(?=\W|$)")
NOT_HUMAN = re.compile(r"(no-?reply|donotreply|do-not-reply|notifications?|mailer|jobs@|"
                       r"careers@|bewerbung@|recrutement@|empleo@|info@|news|alert|"
                       r"system|calendar|postmaster)", re.IGNORECASE)
OUT_POLICY = email.policy.default.clone(linesep="\n", refold_source="none", max_line_length=78)

WEEKDAY = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
LONG_DAY = {
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
MONTH = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}
SHORT_MONTH_FR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                  "oct.", "nov.", "déc."]
SHORT_MONTH_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct",
                  "nov", "dic"]


def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for module in (msgs299_threads, msgs299_rejections, msgs299_invites, msgs299_acks,
                   msgs299_other):
        specs.extend(module.MESSAGES)
    return specs


def when(spec: Spec) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: Spec) -> str:
    digest = hashlib.sha256(("299/" + spec["id"]).encode()).hexdigest()[:16].upper()
    return f"<{digest}.{spec['id'].replace('_', '-')}@{domain_of(spec['frm'][1])}>"


def fmt_addr(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc is None:
        if name.isascii():
            quoted = f'"{name}"' if re.search(r"[(),.:;<>@\[\]\"]", name) else name
            return f"{quoted} <{addr}>"
        enc = ("b", "utf-8")
    return f"{encode_words(name, enc)} <{addr}>"


def encode_words(text: str, enc: tuple[str, str]) -> str:
    how, charset = enc
    cs = Charset(charset)
    cs.header_encoding = BASE64 if how == "b" else QP
    return Header(text, charset=cs, maxlinelen=74).encode(linesep="\n")


ME_ENCODINGS = [("b", "utf-8"), ("q", "utf-8"), ("q", "iso-8859-2"), ("b", "iso-8859-2")]


def to_encoding(spec: Spec, who: tuple[str, str] | str) -> tuple[str, str] | None:
    """How the candidate's name is encoded in To: varied, deterministically, per message."""
    if person(who) != ME:
        return None
    if "to_enc" in spec:
        return spec["to_enc"]  # type: ignore[no-any-return]
    pick = hashlib.sha256(spec["id"].encode()).digest()[0] % len(ME_ENCODINGS)
    return ME_ENCODINGS[pick]


def person(addr: tuple[str, str] | str) -> tuple[str, str]:
    return ("", addr) if isinstance(addr, str) else addr


def attribution(style: str, parent: Spec) -> str:
    dt = when(parent)
    name, addr = person(parent["frm"])
    who = f"{name} <{addr}>" if name else addr
    hm = dt.strftime("%H:%M")
    if style == "en":
        return f"On {WEEKDAY['en'][dt.weekday()]}, {dt.day} {MONTH['en'][dt.month - 1][:3]} " \
               f"{dt.year} at {hm}, {who} wrote:"
    if style == "de":
        return f"Am {dt.strftime('%d.%m.%Y')} um {hm} schrieb {who}:"
    if style == "fr":
        return f"Le {WEEKDAY['fr'][dt.weekday()]} {dt.day} {SHORT_MONTH_FR[dt.month - 1]} " \
               f"{dt.year} à {hm}, {who} a écrit :"
    if style == "es":
        who_es = f"{name} (<{addr}>)" if name else f"<{addr}>"
        return f"El {WEEKDAY['es'][dt.weekday()]}, {dt.day} {SHORT_MONTH_ES[dt.month - 1]} " \
               f"{dt.year} a las {dt.hour}:{dt.minute:02d}, {who_es} escribió:"
    raise ValueError(style)


def outlook_block(lang: str, parent: Spec) -> str:
    dt = when(parent)
    name, addr = person(parent["frm"])
    to_name, to_addr = person(parent.get("to", ME))
    frm = f"{name} <{addr}>" if name else addr
    to = f"{to_name} <{to_addr}>" if to_name else to_addr
    day, mon = LONG_DAY[lang][dt.weekday()], MONTH[lang][dt.month - 1]
    if lang == "de":
        lines = ["-----Ursprüngliche Nachricht-----", f"Von: {frm}",
                 f"Gesendet: {day}, {dt.day}. {mon} {dt.year} {dt.strftime('%H:%M')}",
                 f"An: {to}", f"Betreff: {parent['subject']}"]
    elif lang == "en":
        h12 = dt.strftime("%I:%M %p").lstrip("0")
        lines = ["________________________________", f"From: {frm}",
                 f"Sent: {day}, {mon} {dt.day}, {dt.year} {h12}", f"To: {to}",
                 f"Subject: {parent['subject']}"]
    elif lang == "fr":
        lines = ["________________________________", f"De : {frm}",
                 f"Envoyé : {day} {dt.day} {mon} {dt.year} {dt.strftime('%H:%M')}",
                 f"À : {to}", f"Objet : {parent['subject']}"]
    else:
        lines = ["________________________________", f"De: {frm}",
                 f"Enviado el: {day}, {dt.day} de {mon} de {dt.year} "
                 f"{dt.hour}:{dt.minute:02d}", f"Para: {to}", f"Asunto: {parent['subject']}"]
    return "\n".join(lines)


def plain_of(spec: Spec, by_id: dict[str, Spec]) -> str:
    """The full plain text a message shows (its own text plus any quoted chain)."""
    text = spec.get("text")
    if text is None:
        raw = re.sub(r"<br>\n?", "\n", spec["html"])
        raw = re.sub(r"</p>", "\n", raw)
        raw = re.sub(r"<[^>]+>", "", raw)
        text = re.sub(r"\n{3,}", "\n\n", raw).strip() + "\n"
    text = text.strip("\n") + "\n"
    style = spec.get("quote")
    if style:
        parent = by_id[spec["parent"]]
        earlier = plain_of(parent, by_id).rstrip("\n")
        if style.startswith("outlook_"):
            text += "\n" + outlook_block(style.split("_")[1], parent) + "\n\n" + earlier + "\n"
        else:
            quoted = "\n".join(">" + (" " + line if line and not line.startswith(">") else line)
                               for line in earlier.split("\n"))
            text += "\n" + attribution(style, parent) + "\n" + quoted + "\n"
    return text


def text_part(body: str, subtype: str, charset: str, cte: str) -> EmailMessage:
    part = EmailMessage()
    part.set_content(body, subtype=subtype, charset=charset, cte=cte)
    return part


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF with the given lines in Helvetica."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 16 Tf", "72 770 Td", f"({esc(title)}) Tj", "/F1 11 Tf", "0 -28 Td"]
    for line in lines:
        ops += [f"({esc(line)}) Tj", "0 -16 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


VTIMEZONES = {
    "Europe/Vienna": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Amsterdam": ("+0100", "+0200", "CET", "CEST"),
}


def ics_text(spec: Spec) -> str:
    cal = spec["ics"]
    tz = cal.get("tz", "Europe/Vienna")
    std, dst, std_name, dst_name = VTIMEZONES[tz]
    stamp = when(spec).astimezone(UTC)
    org_name, org_addr = person(cal["organizer"])
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus 299//Hand written//EN", "VERSION:2.0",
        f"METHOD:{cal['method']}", "CALSCALE:GREGORIAN",
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;TZID={tz}:{cal['start']}", f"DTEND;TZID={tz}:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
    ]
    if cal.get("location"):
        lines.append("LOCATION:" + cal["location"].replace(",", "\\,"))
    org = f"ORGANIZER;CN={org_name}:mailto:{org_addr}" if org_name else f"ORGANIZER:mailto:{org_addr}"
    lines.append(org)
    lines.append(f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
                 f"mailto:{ME[1]}")
    lines.append("STATUS:CANCELLED" if cal["method"] == "CANCEL" else "STATUS:CONFIRMED")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode()) > 74:
            cut = 74
            while len(line[:cut].encode()) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def build(spec: Spec, by_id: dict[str, Spec]) -> tuple[EmailMessage, list[str]]:
    """The message for one spec and the text bodies it must show after parsing."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    text = plain_of(spec, by_id) if spec.get("text") is not None or spec.get("quote") else None
    html = spec.get("html")
    if html == "auto":
        html = html_page(text or "", footer=spec.get("html_footer", ""),
                         brand=spec.get("brand", ""))
    bodies: list[str] = []
    parts: list[EmailMessage] = []
    if text is not None:
        parts.append(text_part(text, "plain", charset, cte))
        bodies.append(text)
    if html is not None:
        parts.append(text_part(html, "html", spec.get("html_charset", charset),
                               spec.get("html_cte", cte)))
        bodies.append(html)
    ics = ics_text(spec) if spec.get("ics") else None
    if ics and spec.get("ics_inline"):
        cal = EmailMessage()
        cal.set_content(ics, subtype="calendar", charset="utf-8", cte="8bit",
                        params={"method": spec["ics"]["method"]})
        parts.append(cal)
        bodies.append(ics)
        ics = None
    if len(parts) == 1:
        body = parts[0]
    else:
        body = EmailMessage()
        body["Content-Type"] = "multipart/alternative"
        for part in parts:
            body.attach(part)
    extras: list[EmailMessage] = []
    if ics:
        cal = EmailMessage()
        cal.set_content(ics.encode("utf-8"), maintype="text", subtype="calendar",
                        disposition="attachment", filename=spec["ics"].get("file", "invite.ics"),
                        params={"method": spec["ics"]["method"], "charset": "utf-8"})
        extras.append(cal)
        bodies.append(ics)
    for name, title, lines in spec.get("pdfs", []):
        pdf = EmailMessage()
        pdf.set_content(pdf_bytes(title, lines), maintype="application", subtype="pdf",
                        disposition="attachment", filename=name)
        extras.append(pdf)
    if spec.get("forward"):
        forwarded = spec["forward"]
        inner_spec = by_id[forwarded] if isinstance(forwarded, str) else forwarded
        inner, inner_bodies = build(inner_spec, by_id)
        wrapper = EmailMessage()
        wrapper.set_content(inner)
        extras.append(wrapper)
        bodies.extend(inner_bodies)
    if extras:
        msg = EmailMessage()
        msg["Content-Type"] = "multipart/mixed"
        msg.attach(body)
        for extra in extras:
            msg.attach(extra)
    else:
        msg = body
    for part in [*parts, *extras, body]:
        del part["MIME-Version"]
    number = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            number += 1
            part.set_boundary(f"=_299_{spec['id']}_{number}")

    headers: list[tuple[str, str]] = []
    frm_name, frm_addr = person(spec["frm"])
    headers.append(("From", fmt_addr(frm_name, frm_addr, spec.get("name_enc"))))
    to_list = spec.get("to_list") or [spec.get("to", ME)]
    headers.append(("To", ", ".join(fmt_addr(*person(t), to_encoding(spec, t)) for t in to_list)))
    if spec.get("cc"):
        headers.append(("Cc", ", ".join(fmt_addr(*person(c)) for c in spec["cc"])))
    if spec.get("reply_to"):
        headers.append(("Reply-To", fmt_addr(*person(spec["reply_to"]))))
    subject = spec["subject"]
    if spec.get("subj_enc"):
        headers.append(("Subject", encode_words(subject, spec["subj_enc"])))
    elif subject.isascii():
        headers.append(("Subject", subject))
    else:
        headers.append(("Subject", encode_words(subject, ("q", "utf-8"))))
    headers.append(("Date", format_datetime(when(spec))))
    headers.append(("Message-ID", message_id(spec)))
    if spec.get("parent"):
        chain = references(spec, by_id)
        headers.append(("In-Reply-To", chain[-1]))
        headers.append(("References", "\n ".join(chain)))
    headers.append(("MIME-Version", "1.0"))
    headers.extend(spec.get("headers", []))

    content = list(msg.items())
    for name, _ in content:
        del msg[name]
    for name, value in headers:
        msg.set_raw(name, value)
    for name, value in content:
        if name.lower() != "mime-version":
            msg.set_raw(name, str(value))
    return msg, bodies


def references(spec: Spec, by_id: dict[str, Spec]) -> list[str]:
    parent = by_id[spec["parent"]]
    chain = references(parent, by_id) if parent.get("parent") else []
    return [*chain, message_id(parent)]


def serialize(msg: EmailMessage) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, policy=OUT_POLICY, mangle_from_=False).flatten(msg)
    return out.getvalue()


def check(spec: Spec, raw: bytes, bodies: list[str]) -> None:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    for part in parsed.walk():
        assert not part.defects, (spec["id"], part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert parsed[name] is not None, (spec["id"], name)
        assert not parsed[name].defects, (spec["id"], name, parsed[name].defects)
    assert str(parsed["Subject"]) == spec["subject"], (spec["id"], str(parsed["Subject"]))
    frm_name, frm_addr = person(spec["frm"])
    got = parsed["From"].addresses[0]
    assert (got.display_name, got.addr_spec) == (frm_name, frm_addr), (spec["id"], got)
    assert parsed["Date"].datetime == when(spec), spec["id"]
    assert when(spec).year == 2026 and 1 <= when(spec).month <= 10, spec["id"]
    seen = [part.get_content() for part in parsed.walk()
            if part.get_content_maintype() == "text"]
    seen = [s.replace("\r\n", "\n") for s in seen]
    for body in bodies:
        assert body.replace("\r\n", "\n") in seen, (spec["id"], body[:60])
    assert any(s.strip() for s in seen), spec["id"]
    for line in raw.split(b"\n"):
        assert len(line) < 998, spec["id"]


def check_labels(spec: Spec) -> None:
    sid, kind, lang = spec["id"], spec["kind"], spec["lang"]
    company, contact = spec.get("company", ""), spec.get("contact", "")
    assert kind in KINDS and lang in LANGS, sid
    frm = person(spec["frm"])[1].lower()
    reply = person(spec["reply_to"])[1].lower() if spec.get("reply_to") else ""
    if kind == "other":
        assert company == "", sid
    else:
        assert company and company == company.strip(), sid
        assert not LEGAL.search(company), (sid, company)
    if frm == ME[1]:
        assert kind == "other" and contact == "", sid
    if contact:
        assert contact == contact.lower() and contact != ME[1], sid
        assert contact in (frm, reply), sid
        assert not NOT_HUMAN.search(contact), (sid, contact)
        if reply and contact == frm:
            assert spec.get("reply_to_human") is False, sid
        if reply and contact == reply:
            assert spec.get("reply_to_human", True), sid
    elif kind != "other":
        human_reply = reply and spec.get("reply_to_human", True)
        assert not human_reply, (sid, "Reply-To is human but contact is empty")
        assert spec.get("system_sender"), (sid, "job mail from a human needs a contact")


def main() -> None:
    specs = all_specs()
    by_id: dict[str, Spec] = {}
    for spec in specs:
        assert spec["id"] not in by_id, spec["id"]
        assert re.fullmatch(r"[a-z0-9_]+", spec["id"]), spec["id"]
        by_id[spec["id"]] = spec
    for path in sorted(HERE.rglob("*.eml")):
        path.unlink()
    rows = []
    ids: set[str] = set()
    for number, spec in enumerate(specs, start=1):
        try:
            check_labels(spec)
            msg, bodies = build(spec, by_id)
            raw = serialize(msg)
            check(spec, raw, bodies)
        except Exception as error:
            raise SystemExit(f"{spec['id']}: {type(error).__name__}: {error}") from error
        mid = message_id(spec)
        assert mid not in ids
        ids.add(mid)
        rel = f"{spec['kind']}/{number:03d}_{spec['id']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        counts[(row[1], row[4])] = counts.get((row[1], row[4]), 0) + 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        cells = [counts.get((kind, lang), 0) for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in cells) + f"  {sum(cells):5d}")
    totals = [sum(counts.get((k, lang), 0) for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"  {sum(totals):5d}")


if __name__ == "__main__":
    main()
