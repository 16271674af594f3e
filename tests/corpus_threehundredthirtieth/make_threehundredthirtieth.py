"""Build corpus 330 (blind, hand-labelled job-search mail of Declan Ó Briain-Whitfield).

Standard library only. Reads the hand-written specs in the msgs330_*.py modules next to this
file, builds every message with the `email` package (compat32 objects, so that header and body
encodings are exactly the ones chosen), writes `<kind>/<NNN>_<slug>.eml` and `labels.csv`, then
re-parses every file with `email.policy.default` and checks it. Only `*.eml` files and
`labels.csv` in this folder are deleted and rewritten. The output is the same bytes on every run.

    python tests/corpus_threehundredthirtieth/make_threehundredthirtieth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import re
import sys
from datetime import datetime
from email.generator import BytesGenerator
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__

import msgs330_acks  # noqa: E402
import msgs330_invites  # noqa: E402
import msgs330_moves  # noqa: E402
import msgs330_offers  # noqa: E402
import msgs330_other  # noqa: E402
import msgs330_rejections  # noqa: E402
from msgs330_common import CANDIDATE, html_to_text  # noqa: E402

Spec = dict[str, Any]

MODULES = [msgs330_acks, msgs330_invites, msgs330_moves, msgs330_rejections, msgs330_offers,
           msgs330_other]
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|donotreply|ne-pas-repondre|no-responder|"
                          r"notifications?|notificaciones|avisos|alert(e|a)?s?|jobletter|"
                          r"newsletters?|news|mailer|bounces?|updates|digest|calendar)"
                          r"([-.+_].*)?$")
LEGAL_FORMS = re.compile(r"\b(gmbh|ag|kg|sa|s\.a\.|sas|sarl|s\.l\.|s\.l\.u\.|sl|slu|ltd|"
                         r"limited|inc|plc|llc|dac|e\.u\.|og|co\.)(?=\W|$)", re.IGNORECASE)
CTE_NAMES = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}
ATTRIBUTION = {
    "en": "On {date}, {name} <{addr}> wrote:",
    "de": "Am {date} schrieb {name} <{addr}>:",
    "fr": "Le {date}, {name} <{addr}> a écrit :",
    "es": "El {date}, {name} <{addr}> escribió:",
}
OUTLOOK = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet"),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


# --- headers ---------------------------------------------------------------------------------

def encoded_words(text: str, charset: str = "utf-8", enc: str = "q", limit: int = 62) -> str:
    """`text` as RFC 2047 encoded words (Q or B), short enough to fold without an empty line."""

    def one(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc == "b":
            body = base64.b64encode(raw).decode("ascii")
        else:
            body = "".join(
                chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "!*+-/"
                else "_" if b == 32 else f"={b:02X}" for b in raw)
        return f"=?{charset}?{enc.upper()}?{body}?="

    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(one(chunk + ch)) > limit:
            words.append(one(chunk))
            chunk = ch
        else:
            chunk += ch
    words.append(one(chunk))
    return " ".join(words)


def header_text(text: str, hdr: tuple[str, str] | None) -> str:
    if text.isascii():
        return text
    charset, enc = hdr or ("utf-8", "q")
    return encoded_words(text, charset, enc)


def mailbox(name: str, addr: str, hdr: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if not name.isascii():
        # one encoded word: the address parser keeps the space between adjacent ones
        charset, enc = hdr or ("utf-8", "q")
        return f"{encoded_words(name, charset, enc, limit=200)} <{addr}>"
    if re.search(r"[^\w \-']", name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def mailboxes(value: Any, hdr: tuple[str, str] | None) -> str:
    pairs = [value] if isinstance(value, tuple) else list(value)
    return ", ".join(mailbox(n, a, hdr) for n, a in pairs)


# --- bodies ----------------------------------------------------------------------------------

def text_part(body: str, subtype: str, charset: str, cte: str,
              params: dict[str, str] | None = None) -> Message:
    raw = body.encode(charset)
    if cte in ("8bit", "7bit"):
        cte = "7bit" if raw.isascii() else "8bit"
    part = MIMENonMultipart("text", subtype, charset=charset, **(params or {}))
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "b64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = CTE_NAMES[cte]
    return bare(part)


def bare(part: Message) -> Message:
    """A body part without its own MIME-Version (only the top of a message carries it)."""
    del part["MIME-Version"]
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` (Latin-1 text, Helvetica)."""

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 12 Tf", "16 TL", "72 760 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def ics_text(ics: dict[str, Any], spec: Spec) -> str:
    tz = ics.get("tz", "Europe/Dublin")
    std, dst = {"Europe/Dublin": ("+0000", "+0100"), "Europe/London": ("+0000", "+0100")}.get(
        tz, ("+0100", "+0200"))
    names = {"Europe/Dublin": ("GMT", "IST"), "Europe/London": ("GMT", "BST")}.get(
        tz, ("CET", "CEST"))
    organizer = ics.get("organizer", spec["frm"])
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus330//Calendar 1.0//EN", "VERSION:2.0",
        f"METHOD:{ics['method']}", "CALSCALE:GREGORIAN",
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:STANDARD", "DTSTART:19701025T020000", f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}", f"TZNAME:{names[0]}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700329T010000", f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}", f"TZNAME:{names[1]}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{spec['_dt'].strftime('%Y%m%dT%H%M%S')}Z",
        f"DTSTART;TZID={tz}:{ics['start']}", f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{ics['summary']}", f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CANDIDATE[1]}",
        f"STATUS:{'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


# --- threads and quoting ---------------------------------------------------------------------

def long_date(dt: datetime, lang: str) -> str:
    month = MONTHS[lang][dt.month - 1]
    if lang == "en":
        return f"{dt.strftime('%a')} {dt.day} {month} 2026 at {dt.strftime('%H:%M')}"
    if lang == "de":
        return f"{dt.day:02d}.{dt.month:02d}.2026 um {dt.strftime('%H:%M')}"
    if lang == "fr":
        return f"{dt.day} {month} 2026 à {dt.strftime('%H:%M')}"
    return f"{dt.day} de {month} de 2026, a las {dt.strftime('%H:%M')}"


def first_addr(value: Any) -> tuple[str, str]:
    return value if isinstance(value, tuple) else next(iter(value))


def quote_block(parent: Spec, style: str, lang: str) -> str:
    name, addr = first_addr(parent["frm"])
    body = parent["_plain"].rstrip("\n")
    if style == "outlook":
        head, f, s, t, subj = OUTLOOK[lang]
        to_name, to_addr = first_addr(parent.get("to", CANDIDATE))
        return "\n".join([
            "", head, f"{f}: {name} <{addr}>", f"{s}: {long_date(parent['_dt'], lang)}",
            f"{t}: {to_name} <{to_addr}>", f"{subj}: {parent['subj']}", "", body, ""])
    attribution = ATTRIBUTION[lang].format(date=long_date(parent["_dt"], lang), name=name,
                                           addr=addr)
    quoted = "\n".join(("> " + line) if line else ">" for line in body.split("\n"))
    return "\n" + attribution + "\n" + quoted + "\n"


# --- one message -----------------------------------------------------------------------------

def message_id(spec: Spec) -> str:
    digest = hashlib.sha256(spec["id"].encode()).hexdigest()
    domain = first_addr(spec["frm"])[1].split("@")[1]
    return f"<{digest[:20]}.{spec['_dt'].strftime('%Y%m%d%H%M')}@{domain}>"


def references(spec: Spec, by_id: dict[str, Spec]) -> list[str]:
    chain: list[str] = []
    parent = spec.get("parent")
    while parent:
        chain.insert(0, by_id[parent]["_mid"])
        parent = by_id[parent].get("parent")
    return chain


def body_tree(spec: Spec, by_id: dict[str, Spec], expected: list[str]) -> Message:
    charset = spec.get("cs", "utf-8")
    cte = spec.get("cte", "qp")
    text, html = spec.get("_text"), spec.get("html")
    alternatives: list[Message] = []
    if text is not None:
        alternatives.append(text_part(text, "plain", charset, cte))
        expected.append(text)
    if html is not None:
        html = html.replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
        alternatives.append(text_part(html, "html", charset, spec.get("html_cte", cte)))
        expected.append(html)
    ics = spec.get("ics")
    if ics and not ics.get("attach"):
        cal = ics_text(ics, spec)
        alternatives.append(text_part(cal, "calendar", "utf-8", "7bit", {"method": ics["method"]}))
        expected.append(cal)
    if len(alternatives) == 1:
        body = alternatives[0]
    else:
        body = bare(MIMEMultipart("alternative", boundary=boundary(spec, "alt"),
                                  _subparts=alternatives))
    extras: list[Message] = []
    if ics and ics.get("attach"):
        cal = ics_text(ics, spec)
        part = text_part(cal, "calendar", "utf-8", "b64", {"method": ics["method"]})
        part.add_header("Content-Disposition", "attachment", filename="invite.ics")
        extras.append(part)
        expected.append(cal)
    for filename, lines in spec.get("att", []):
        pdf = bare(MIMEApplication(pdf_bytes(lines), "pdf"))
        pdf.add_header("Content-Disposition", "attachment", filename=filename)
        extras.append(pdf)
    fwd = spec.get("fwd")
    if fwd is not None:
        inner = by_id[fwd] if isinstance(fwd, str) else prepare_inline(fwd, spec)
        extras.append(bare(MIMEMessage(build_message(inner, by_id, expected))))
    if not extras:
        return body
    return MIMEMultipart("mixed", boundary=boundary(spec, "mix"), _subparts=[body, *extras])


def boundary(spec: Spec, tag: str) -> str:
    digest = hashlib.sha256(f"{spec['id']}/{tag}".encode()).hexdigest()[:24]
    return f"=_{tag}_{digest}"


def build_message(spec: Spec, by_id: dict[str, Spec], expected: list[str]) -> Message:
    msg = body_tree(spec, by_id, expected)
    hdr = spec.get("hdr")
    headers: list[tuple[str, str]] = [
        ("From", mailboxes(spec["frm"], hdr)),
        ("To", mailboxes(spec.get("to", CANDIDATE), hdr)),
    ]
    if spec.get("cc"):
        headers.append(("Cc", mailboxes(spec["cc"], hdr)))
    if spec.get("reply_to"):
        headers.append(("Reply-To", mailboxes(spec["reply_to"], hdr)))
    headers += [
        ("Subject", header_text(spec["subj"], hdr)),
        ("Date", format_datetime(spec["_dt"])),
        ("Message-ID", spec["_mid"]),
    ]
    refs = references(spec, by_id) if spec.get("parent") else []
    if refs:
        headers += [("In-Reply-To", refs[-1]), ("References", " ".join(refs))]
    headers += list(spec.get("headers", {}).items())
    existing = list(msg.items())
    for key in list(msg.keys()):
        del msg[key]
    for key, value in headers:
        msg[key] = value
    if "MIME-Version" not in dict(existing):
        msg["MIME-Version"] = "1.0"
    for key, value in existing:
        msg[key] = value
    return msg


def prepare_inline(inner: Spec, outer: Spec) -> Spec:
    inner = dict(inner)
    inner.setdefault("id", outer["id"] + "/fwd")
    prepare(inner, {})
    return inner


def prepare(spec: Spec, by_id: dict[str, Spec]) -> None:
    spec["_dt"] = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    spec["_mid"] = message_id(spec)
    text = spec.get("text")
    if text is not None and spec.get("quote"):
        parent = by_id[spec["parent"]]
        style = spec["quote"]
        lang = spec.get("qlang", spec.get("lang", "en"))
        text = text.rstrip("\n") + "\n" + quote_block(parent, style, lang)
    spec["_text"] = text
    spec["_plain"] = text if text is not None else html_to_text(spec["html"])


def to_bytes(msg: Message) -> bytes:
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=email.policy.compat32).flatten(msg)
    return buffer.getvalue()


# --- labels and checks -----------------------------------------------------------------------

def is_system(addr: str) -> bool:
    local, _, domain = addr.lower().partition("@")
    return (any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
            or bool(SYSTEM_LOCAL.match(local)) or "noreply" in local.replace("-", ""))


def derive_contact(spec: Spec) -> str:
    sender = first_addr(spec["frm"])[1].lower()
    if sender == CANDIDATE[1]:
        return ""
    if spec.get("reply_to"):
        reply = first_addr(spec["reply_to"])[1].lower()
        if not is_system(reply):
            return reply
    return "" if is_system(sender) else sender


def check(spec: Spec, path: Path, expected: list[str], row: dict[str, str]) -> None:
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    where = path.name
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    assert str(msg["Subject"]) == spec["subj"], f"{where}: subject {msg['Subject']!r}"
    name = msg["From"].addresses[0].display_name
    assert name == first_addr(spec["frm"])[0], f"{where}: From name {name!r}"
    assert msg["Date"].datetime == spec["_dt"], f"{where}: date"
    texts = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    assert len(texts) == len(expected), f"{where}: {len(texts)} text parts"
    for got, want in zip(texts, expected, strict=True):
        got = got.replace("\r\n", "\n").rstrip("\n")
        assert got == want.replace("\r\n", "\n").rstrip("\n"), f"{where}: body differs"
    visible = " ".join(" ".join(
        [str(msg.get("From", "")), str(msg.get("Reply-To", "")), *texts]).lower().split())
    kind, company, contact = row["kind"], row["company"], row["contact"]
    assert kind in KINDS and row["language"] in LANGS, where
    senders = [a.lower() for _, a in getaddresses(
        [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
    if contact:
        assert contact == contact.lower() and contact in senders, f"{where}: contact"
        assert contact != CANDIDATE[1] and not is_system(contact), f"{where}: contact"
    if senders[-1] == CANDIDATE[1]:
        assert kind == "other" and not contact, f"{where}: own mail"
    if kind == "other":
        assert not company, f"{where}: company on other"
    else:
        assert company and company == company.strip(), f"{where}: company missing"
        assert not LEGAL_FORMS.search(company), f"{where}: legal form in {company!r}"
        assert company.lower() in visible, f"{where}: company {company!r} not in the mail"
    assert spec["_dt"].year == 2026, where


def main() -> None:
    specs: list[Spec] = [spec for module in MODULES for spec in module.MESSAGES]
    by_id: dict[str, Spec] = {}
    for spec in specs:
        assert spec["id"] not in by_id, f"duplicate id {spec['id']}"
        by_id[spec["id"]] = spec
    for spec in sorted(specs, key=lambda s: datetime.strptime(s["date"], "%Y-%m-%d %H:%M %z")):
        prepare(spec, by_id)
        if spec.get("parent"):
            assert by_id[spec["parent"]]["_dt"] < spec["_dt"], f"{spec['id']}: parent is later"
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows: list[dict[str, str]] = []
    mids: set[str] = set()
    failures: list[str] = []
    for number, spec in enumerate(specs, start=1):
        kind = spec["kind"]
        rel = f"{kind}/{number:03d}_{spec['id']}.eml"
        expected: list[str] = []
        msg = build_message(spec, by_id, expected)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(to_bytes(msg))
        row = {"file": rel, "kind": kind, "company": spec.get("company", ""),
               "contact": derive_contact(spec), "language": spec["lang"]}
        if "contact" in spec:
            assert spec["contact"] == row["contact"], f"{rel}: contact {row['contact']!r}"
        try:
            check(spec, path, expected, row)
        except AssertionError as error:
            failures.append(str(error))
        assert spec["_mid"] not in mids, f"{rel}: Message-ID reused"
        mids.add(spec["_mid"])
        rows.append(row)
    assert not failures, "\n".join(failures)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact",
                                                    "language"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    table = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row["kind"]][row["language"]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for k in KINDS:
        print(f"{k:32}" + "".join(f"{table[k][lang]:5d}" for lang in LANGS)
              + f"  {sum(table[k].values()):5d}")
    print(f"{'total':32}" + "".join(
        f"{sum(table[k][lang] for k in KINDS):5d}" for lang in LANGS) + f"  {len(rows):5d}")


if __name__ == "__main__":
    main()
