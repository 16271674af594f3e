#!/usr/bin/env python3
"""Build corpus 356 (Yasmine Belkacem-Hartley) from the hand-written specs in msgs356_*.py.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder; the
output is deterministic. Every message is re-parsed with email.policy.default and checked.

    python tests/corpus_threehundredfiftysixth/make_threehundredfiftysixth.py
"""

from __future__ import annotations

import csv
import email
import hashlib
import io
import sys
from collections import Counter
from datetime import UTC, datetime
from email import policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs356_acks  # noqa: E402
import msgs356_invites  # noqa: E402
import msgs356_other  # noqa: E402
import msgs356_rejections  # noqa: E402
import msgs356_threads  # noqa: E402
from msgs356_common import ME, Spec  # noqa: E402

SPECS: list[Spec] = [
    *msgs356_threads.MESSAGES,
    *msgs356_rejections.MESSAGES,
    *msgs356_invites.MESSAGES,
    *msgs356_acks.MESSAGES,
    *msgs356_other.MESSAGES,
]
BY_KEY: dict[str, Spec] = {}
for _spec in SPECS:
    assert _spec["key"] not in BY_KEY, f"duplicate key {_spec['key']}"
    BY_KEY[_spec["key"]] = _spec

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("fr", "en", "de", "es")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_WORDS = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "notification",
                "mailer", "bounce", "alerts", "newsletter", "news@", "info@", "jobs@", "careers@",
                "recrutement@", "bewerbung@", "empleo@", "postmaster")
LEGAL_FORMS = {"gmbh", "sa", "s.a.", "sas", "sarl", "s.l.", "sl", "slu", "s.l.u.", "ltd", "ltd.",
               "limited", "inc", "inc.", "ag", "se", "llc", "plc", "kg", "vvag", "sasu", "eurl",
               "s.a.u.", "sau", "co.", "kgaa", "ug", "bv", "nv", "llp"}
TZ_RULES = {
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Andorra": ("CET", "CEST", "+0100", "+0200"),
    "Europe/London": ("GMT", "BST", "+0000", "+0100"),
}


# ----------------------------------------------------------------------------- helpers

def digest(text: str, n: int = 12) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def when(spec: Spec) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: Spec) -> str:
    return f"<{digest(spec['key'], 16)}.{spec['key'].replace('_', '-')}@{domain_of(spec['frm'][1])}>"


def references(spec: Spec) -> list[str]:
    parent = spec.get("parent")
    if not parent:
        return []
    return [*references(BY_KEY[parent]), message_id(BY_KEY[parent])]


def pick(spec: Spec, options: list[str], salt: str) -> str:
    return options[int(digest(spec["key"] + salt), 16) % len(options)]


def encodable(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def encode_words(text: str, mode: str, name: str) -> str:
    """RFC 2047 encode `text` as mode "q:charset" or "b:charset" (ASCII stays plain)."""
    if text.isascii():
        return text
    how, charset = mode.split(":", 1)
    if not encodable(text, charset):
        charset = "utf-8"
    cs = Charset(charset)
    cs.header_encoding = QP if how == "q" else BASE64
    return Header(text, cs, header_name=name).encode(linesep="\n")


def header_mode(spec: Spec, field: str) -> str:
    given = spec.get(field)
    if given:
        return str(given)
    return pick(spec, ["q:utf-8", "b:utf-8", "q:iso-8859-1", "b:utf-8", "q:windows-1252"], field)


def fmt_addr(spec: Spec, pair: tuple[str, str], field: str) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return encode_words(name, header_mode(spec, "name_enc"), field) + f" <{addr}>"


# ----------------------------------------------------------------------------- quoting

DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
}


def full_text(spec: Spec) -> str:
    """The plain body the reader sees, with the quoted chain when the spec asks for one."""
    body = spec["body"]
    assert body is not None, f"{spec['key']}: a quoted or quoting message needs a plain body"
    style = spec.get("quote")
    if not style:
        return body
    parent = BY_KEY[spec["parent"]]
    return body.rstrip("\n") + "\n\n" + attribution(parent, style) + quoted(parent, style)


def quoted(parent: Spec, style: str) -> str:
    text = full_text(parent).rstrip("\n")
    if style.startswith("outlook"):
        return text + "\n"
    return "\n".join(">" + ("" if line.startswith(">") or not line else " ") + line
                     for line in text.split("\n")) + "\n"


def attribution(parent: Spec, style: str) -> str:
    d = when(parent)
    name, addr = parent["frm"]
    hm = d.strftime("%H:%M")
    wd = d.weekday()
    if style == "en":
        return f"On {DAYS['en'][wd]}, {d.day} {MONTHS['en'][d.month - 1]} 2026 at {hm}, " \
               f"{name} <{addr}> wrote:\n"
    if style == "fr":
        return f"Le {DAYS['fr'][wd]} {d.day} {MONTHS['fr'][d.month - 1]} 2026 à {hm}, " \
               f"{name} <{addr}> a écrit :\n"
    if style == "de":
        return f"Am {d.day:02d}.{d.month:02d}.2026 um {hm} schrieb {name} <{addr}>:\n"
    if style == "es":
        return f"El {DAYS['es'][wd]}, {d.day} {MONTHS['es'][d.month - 1]} 2026 a las {hm}, " \
               f"{name} (<{addr}>) escribió:\n"
    to = parent.get("to") or [ME]
    to_s = "; ".join(f"{n} <{a}>" if n else a for n, a in to)
    stamp = format_datetime(d)
    if style == "outlook_fr":
        return ("\n________________________________\n"
                f"De : {name} <{addr}>\nEnvoyé : {d.day} {MONTHS['fr'][d.month - 1]} 2026 {hm}\n"
                f"À : {to_s}\nObjet : {parent['subject']}\n\n")
    if style == "outlook_de":
        return ("\n-----Ursprüngliche Nachricht-----\n"
                f"Von: {name} <{addr}>\nGesendet: {d.day}. {MONTHS['de'][d.month - 1]} 2026 "
                f"{hm}\nAn: {to_s}\nBetreff: {parent['subject']}\n\n")
    if style == "outlook_es":
        return ("\n________________________________\n"
                f"De: {name} <{addr}>\nEnviado: {stamp}\nPara: {to_s}\n"
                f"Asunto: {parent['subject']}\n\n")
    assert style == "outlook_en", style
    return ("\n-----Original Message-----\n"
            f"From: {name} <{addr}>\nSent: {stamp}\nTo: {to_s}\nSubject: {parent['subject']}\n\n")


# ----------------------------------------------------------------------------- parts

def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` in Helvetica."""
    def esc(line: str) -> str:
        out = []
        for byte in line.encode("cp1252", "replace"):
            ch = chr(byte)
            if ch in "()\\":
                out.append("\\" + ch)
            elif 32 <= byte < 127:
                out.append(ch)
            else:
                out.append(f"\\{byte:03o}")
        return "".join(out)

    text = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(
        f"({esc(line)}) Tj T*\n" for line in lines) + "ET\n"
    stream = text.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()


def ics_text(spec: Spec) -> str:
    cal = spec["cal"]
    tz = cal.get("tz", "Europe/Paris")
    std, dst, off_std, off_dst = TZ_RULES[tz]
    org_name, org_addr = cal.get("organizer", spec["frm"])
    start = datetime.strptime(cal["start"], "%Y-%m-%d %H:%M")
    end = datetime.strptime(cal["end"], "%Y-%m-%d %H:%M")
    stamp = when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    method = cal.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//corpus356//hand written//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:STANDARD", "DTSTART:19701025T030000", f"TZOFFSETFROM:{off_dst}",
        f"TZOFFSETTO:{off_std}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", f"TZNAME:{std}",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700329T020000",
        f"TZOFFSETFROM:{off_std}", f"TZOFFSETTO:{off_dst}",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", f"TZNAME:{dst}", "END:DAYLIGHT",
        "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz}:{start.strftime('%Y%m%dT%H%M%S')}",
        f"DTEND;TZID={tz}:{end.strftime('%Y%m%dT%H%M%S')}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{ME[0]}\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME[1]}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


def text_part(text: str, subtype: str, charset: str, cte: str,
              params: dict[str, str] | None = None) -> MIMEPart:
    part = MIMEPart(policy=policy.default)
    if not encodable(text, charset):
        charset = "utf-8"
    if cte == "7bit" and not text.isascii():
        cte = "quoted-printable"
    part.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params or {})
    return part


def body_charset(spec: Spec) -> str:
    if spec.get("charset"):
        return str(spec["charset"])
    if spec["lang"] == "en":
        return "utf-8"
    return pick(spec, ["utf-8", "utf-8", "utf-8", "iso-8859-1", "windows-1252"], "cs")


def body_cte(spec: Spec, text: str) -> str:
    if spec.get("cte"):
        return str(spec["cte"])
    if text.isascii() and max(len(x) for x in text.split("\n")) < 78:
        return "7bit"
    return pick(spec, ["quoted-printable", "base64", "8bit", "quoted-printable"], "cte")


def multipart(kind: str, spec: Spec, n: int, parts: list[MIMEPart]) -> MIMEPart:
    box = MIMEPart(policy=policy.default)
    box.make_mixed() if kind == "mixed" else box.make_alternative()
    box.set_param("boundary", f"=_356_{digest(spec['key'], 10)}_{kind[:3]}{n}")
    for part in parts:
        box.attach(part)
    return box


BUILT: dict[str, EmailMessage] = {}


def fwd_spec(spec: Spec) -> Spec:
    """The forwarded message: a spec of its own (not a corpus message) or a corpus key."""
    fwd = spec["fwd"]
    return fwd if isinstance(fwd, dict) else BY_KEY[fwd]


def put(root: EmailMessage, name: str, value: str) -> None:
    """Encoded (already folded) values go in raw; plain ASCII ones through the policy."""
    if "=?" in value:
        root.set_raw(name, value)
    elif len(name) + 2 + len(value) <= 78:
        root[name] = value
    else:
        lines, room = [""], 76 - len(name)
        for word in value.split(" "):
            if lines[-1] and len(lines[-1]) + 1 + len(word) > room:
                lines.append(word)
                room = 77
            else:
                lines[-1] = f"{lines[-1]} {word}" if lines[-1] else word
        root.set_raw(name, "\n ".join(lines))


def build(spec: Spec) -> EmailMessage:
    if spec["key"] in BUILT:
        return BUILT[spec["key"]]
    root = EmailMessage(policy=policy.default)
    to = spec.get("to") or [ME]
    put(root, "From", fmt_addr(spec, spec["frm"], "From"))
    if spec.get("reply_to"):
        put(root, "Reply-To", fmt_addr(spec, spec["reply_to"], "Reply-To"))
    put(root, "To", ", ".join(fmt_addr(spec, pair, "To") for pair in to))
    if spec.get("cc"):
        put(root, "Cc", ", ".join(fmt_addr(spec, pair, "Cc") for pair in spec["cc"]))
    put(root, "Subject", encode_words(spec["subject"], header_mode(spec, "subj_enc"),
                                         "Subject"))
    root["Date"] = format_datetime(when(spec))
    root["Message-ID"] = message_id(spec)
    refs = references(spec)
    if refs:
        root["In-Reply-To"] = refs[-1]
        root["References"] = " ".join(refs)
    for name, value in (spec.get("headers") or {}).items():
        root[name] = value
    root["MIME-Version"] = "1.0"

    charset = body_charset(spec)
    core: list[MIMEPart] = []
    if spec["body"] is not None:
        text = full_text(spec)
        core.append(text_part(text, "plain", charset, body_cte(spec, text)))
    if spec.get("html"):
        core.append(text_part(spec["html"], "html", charset,
                              spec.get("html_cte") or "quoted-printable"))
    if spec.get("cal"):
        method = spec["cal"].get("method", "REQUEST")
        core.append(text_part(ics_text(spec), "calendar", "utf-8", "7bit", {"method": method}))
    body: MIMEPart = core[0] if len(core) == 1 else multipart("alternative", spec, 1, core)
    extras: list[MIMEPart] = []
    if spec.get("fwd"):
        inner = MIMEPart(policy=policy.default)
        inner.set_content(build(fwd_spec(spec)), disposition="inline")
        extras.append(inner)
    for filename, lines in spec.get("attach") or []:
        att = MIMEPart(policy=policy.default)
        att.set_content(pdf_bytes(lines), maintype="application", subtype="pdf",
                        filename=filename, disposition="attachment")
        extras.append(att)
    top = multipart("mixed", spec, 2, [body, *extras]) if extras else body
    for name, value in top.items():
        root[name] = value
    if top.get("Content-Transfer-Encoding") == "8bit":
        raw = top.get_payload(decode=True)
        assert isinstance(raw, bytes)
        root.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        root.set_payload(top.get_payload())
    BUILT[spec["key"]] = root
    return root


def expected_texts(spec: Spec) -> list[str]:
    out = []
    if spec["body"] is not None:
        out.append(full_text(spec))
    if spec.get("html"):
        out.append(spec["html"])
    if spec.get("cal"):
        out.append(ics_text(spec))
    if spec.get("fwd"):
        out.extend(expected_texts(fwd_spec(spec)))
    return out


# ----------------------------------------------------------------------------- checks

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: Spec, data: bytes) -> None:
    key = spec["key"]
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    for part in parsed.walk():
        assert not part.defects, f"{key}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", None), f"{key}: {name} defects {value.defects}"
    assert str(parsed["Subject"]) == spec["subject"], f"{key}: subject {parsed['Subject']!r}"
    name = parsed["From"].addresses[0].display_name
    assert name == spec["frm"][0], f"{key}: From name {name!r}"
    assert parsed["Date"].datetime == when(spec), f"{key}: date"
    assert parsed["Date"].datetime.year == 2026
    texts = [norm(p.get_content()) for p in parsed.walk() if p.get_content_maintype() == "text"]
    assert texts == [norm(t) for t in expected_texts(spec)], f"{key}: text parts differ"
    check_labels(spec, parsed)


def check_labels(spec: Spec, parsed: EmailMessage) -> None:
    key, kind, company, contact = spec["key"], spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS, key
    if kind == "other":
        assert company == "", f"{key}: other has no company"
    else:
        assert company and company == company.strip(), f"{key}: job mail needs a company"
        words = {w.lower().strip(",") for w in company.split()}
        assert not words & LEGAL_FORMS, f"{key}: legal form in company {company!r}"
    own = spec["frm"][1] == ME[1]
    if own:
        assert kind == "other" and contact == "", f"{key}: own mail"
    if contact:
        assert contact == contact.lower() and contact != ME[1], key
        found = [a.lower() for _, a in getaddresses(
            [str(v) for n in ("Reply-To", "From") for v in parsed.get_all(n, [])])]
        assert contact in found, f"{key}: contact {contact} not in Reply-To/From"
        assert not contact.endswith(ATS_DOMAINS), f"{key}: contact is an ATS"
        assert not any(w in contact for w in SYSTEM_WORDS), f"{key}: contact is a system address"
        reply = [a.lower() for _, a in getaddresses([str(v) for v in
                                                     parsed.get_all("Reply-To", [])])]
        if reply and contact not in reply:
            raise AssertionError(f"{key}: Reply-To {reply} should be the contact")


# ----------------------------------------------------------------------------- main

def main() -> None:
    for old in HERE.rglob("*.eml"):
        old.unlink()
    order = sorted(SPECS, key=lambda s: (when(s), s["key"]))
    rows = []
    for number, spec in enumerate(order, 1):
        data = build(spec).as_bytes(policy=policy.default)
        check(spec, data)
        rel = f"{spec['kind']}/{number:03d}_{spec['key']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    ids = [message_id(s) for s in SPECS]
    assert len(set(ids)) == len(ids)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((s["kind"], s["lang"]) for s in SPECS)
    print(f"{len(SPECS)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in counts) + f"  {sum(counts):5d}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"  {sum(totals):5d}")


if __name__ == "__main__":
    main()
