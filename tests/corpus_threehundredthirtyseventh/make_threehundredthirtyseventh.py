"""Build the blind corpus 337 (Ainhoa Urrutia Belaustegi) from the hand-written specs.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder; the
output is the same bytes on every run. Every message is re-parsed with email.policy.default
and checked (no defects; subject, From name, date and every text body round-trip; the
label rules).

Run: python tests/corpus_threehundredthirtyseventh/make_threehundredthirtyseventh.py
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
from collections import Counter
from datetime import UTC, datetime
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs337_acks  # noqa: E402
import msgs337_invites  # noqa: E402
import msgs337_other  # noqa: E402
import msgs337_rejections  # noqa: E402
import msgs337_threads  # noqa: E402
from msgs337_common import (  # noqa: E402
    ME,
    ME_NAME,
    attribution,
    html_page,
    outlook_block,
    paras_html,
)

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("es", "en", "de", "fr")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"no-?reply|donotreply|do-not-reply|ne-pas-repondre|notific|mailer|"
                          r"newsletter|news$|alert|aviso|digest|bounce|citas|termine|anmeldung|"
                          r"formation|admisiones|info$|hello$|jobs$|empleo$|system")
LEGAL = {"gmbh", "sa", "s.a.", "s.l.", "sl", "slu", "s.l.u.", "sas", "sarl", "ltd", "ltd.",
         "limited", "inc", "inc.", "ag", "plc", "llc", "kg", "se", "co.kg", "gmbh&co."}
DATE_FMT = "%Y-%m-%d %H:%M %z"
OUTLOOK_PRODID = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
UNIX = email.policy.default.clone(linesep="\n")


def all_specs() -> list[dict]:
    """Every spec, in file-number order (threads first, so parents precede replies)."""
    return [*msgs337_threads.SPECS, *msgs337_rejections.SPECS, *msgs337_invites.SPECS,
            *msgs337_acks.SPECS, *msgs337_other.SPECS]


def is_system(addr: str) -> bool:
    local, _, domain = addr.lower().partition("@")
    return domain.endswith(ATS_DOMAINS) or bool(SYSTEM_LOCAL.search(local))


def modern_fold(name: str, value: str) -> str:
    """How a current mail program writes a header: only the non-ASCII words encoded."""
    folded = email.policy.default.header_factory(name, value).fold(policy=UNIX)
    return folded.split(":", 1)[1].strip()


def header_words(text: str, enc: str | None) -> str | Header:
    """A header value: plain when ASCII, modern folding when not asked otherwise, else
    RFC 2047 words in the asked encoding (Q or B) and charset."""
    if enc is None:
        return text if text.isascii() else modern_fold("Subject", text)
    how, _, charset = enc.partition(":")
    cs = Charset(charset)
    cs.header_encoding = BASE64 if how == "B" else QP
    return Header(text, cs)


def address(pair: tuple[str, str], enc: str | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None:
        return formataddr((name, addr)) if name.isascii() else \
            modern_fold("From", f'"{name}" <{addr}>')
    words = header_words(name, enc)
    assert isinstance(words, Header)
    return f"{words.encode(maxlinelen=900)} <{addr}>"


def text_part(text: str, subtype: str, charset: str, cte: str,
              params: str = "") -> Message:
    raw = text.encode(charset)
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    if cte == "auto":
        cte = "7bit" if raw.isascii() else "quoted-printable"
    part["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "8bit":
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        assert raw.isascii(), "7bit body must be ASCII"
        part.set_payload(raw.decode("ascii"))
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines (WinAnsi text, Helvetica)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
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
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def pdf_part(name: str, lines: list[str]) -> Message:
    part = Message()
    part["Content-Type"] = f'application/pdf; name="{name}"'
    part["Content-Disposition"] = f'attachment; filename="{name}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(pdf_bytes(lines)).decode("ascii"))
    return part


VTIMEZONES = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
}


def ics_text(ics: dict, date: datetime) -> str:
    tz = ics.get("tz", "Europe/Madrid")
    std, dst, std_name, dst_name = VTIMEZONES[tz]
    stamp = date.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:" + ics.get("prodid", OUTLOOK_PRODID),
        "VERSION:2.0", f"METHOD:{ics['method']}",
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:STANDARD", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}", "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp}", f"DTSTART;TZID={tz}:{ics['start']}",
        f"DTEND;TZID={tz}:{ics['end']}", f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN={ics['organizer'][0]}:mailto:{ics['organizer'][1]}",
        f"ATTENDEE;CN={ME_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME}",
        "STATUS:" + ("CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED"),
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    container = Message()
    container["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    container.set_payload(parts)
    return container


class Built:
    """What a built message leaves for its replies."""

    def __init__(self, spec: dict, msgid: str, refs: list[str], text: str, date: datetime):
        self.spec, self.msgid, self.refs, self.text, self.date = spec, msgid, refs, text, date


def full_text(spec: dict, built: dict[str, Built]) -> str:
    text = spec.get("text", "")
    style = spec.get("quote")
    if not style:
        return text
    parent = built[spec["parent"]]
    name, addr = parent.spec["from"]
    name = name or addr
    d = parent.date
    if style.startswith("outlook-"):
        lang = style.split("-")[1]
        to = parent.spec.get("to", (ME_NAME, ME))
        sent = d.strftime("%d/%m/%Y %H:%M") if lang != "en" else d.strftime("%A, %d %B %Y %H:%M")
        block = outlook_block(lang, sent, name, addr, formataddr(to), parent.spec["subject"])
        return f"{text.rstrip()}\n\n{block}\n{parent.text}"
    line = attribution(style, d.weekday(), d.day, d.month, d.strftime("%H:%M"), name, addr)
    quoted = "".join((">" + ln if ln.startswith(">") else "> " + ln).rstrip() + "\n"
                     for ln in parent.text.rstrip("\n").split("\n"))
    return f"{text.rstrip()}\n\n{line}\n{quoted}"


def build(spec: dict, index: int, built: dict[str, Built], inner: bool = False
          ) -> tuple[Message, dict]:
    """One spec as a Message plus the texts the checks compare after parsing."""
    slug = spec["slug"]
    date = datetime.strptime(spec["date"], DATE_FMT)
    sender = spec["from"][1]
    domain = sender.split("@")[1]
    token = hashlib.sha1(f"337/{index}/{slug}".encode()).hexdigest()
    msgid = f"<{token[:12]}.{index:03d}{'f' if inner else ''}@{domain}>"
    boundary_base = f"=_337_{token[12:28]}"
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "auto")
    text = full_text(spec, built)
    texts: list[str] = []

    body_parts: list[Message] = []
    if text:
        body_parts.append(text_part(text, "plain", charset, cte))
        texts.append(text)
    html = spec.get("html")
    if html == "auto":
        html = html_page(paras_html(text), spec.get("brand", ""), spec.get("colour", "#222222"),
                         spec.get("footer", ""))
    if html:
        body_parts.append(text_part(html, "html", charset, spec.get("html_cte", cte)))
        texts.append(html)
    if spec.get("ics"):
        ics = ics_text(spec["ics"], date)
        body_parts.append(text_part(ics, "calendar", "utf-8", "base64",
                                    f"; method={spec['ics']['method']}"))
        texts.append(ics)
    assert body_parts, f"{slug}: no body"
    body = body_parts[0] if len(body_parts) == 1 else \
        multipart("alternative", body_parts, boundary_base + "_alt")

    extra: list[Message] = []
    for name, lines in spec.get("pdfs", []):
        extra.append(pdf_part(name, lines))
    if spec.get("fwd"):
        inner_msg, inner_info = build(spec["fwd"], index, built, inner=True)
        wrapper = Message()
        wrapper["Content-Type"] = "message/rfc822"
        wrapper["Content-Disposition"] = "inline"
        wrapper.set_payload([inner_msg])
        extra.append(wrapper)
        texts.extend(inner_info["texts"])
    top = multipart("mixed", [body, *extra], boundary_base + "_mix") if extra else body

    msg = Message()
    msg["Date"] = format_datetime(date)
    msg["From"] = address(spec["from"], spec.get("from_enc"))
    if spec.get("reply_to"):
        msg["Reply-To"] = address(spec["reply_to"], spec.get("reply_to_enc"))
    msg["To"] = address(spec.get("to", (ME_NAME, ME)), spec.get("to_enc"))
    if spec.get("cc"):
        msg["Cc"] = ", ".join(address(pair) for pair in spec["cc"])
    msg["Subject"] = header_words(spec["subject"], spec.get("subject_enc"))
    msg["Message-ID"] = msgid
    refs: list[str] = []
    if spec.get("parent") and not inner:
        parent = built[spec["parent"]]
        refs = [*parent.refs, parent.msgid]
        msg["In-Reply-To"] = parent.msgid
        msg["References"] = " ".join(refs)
    msg["MIME-Version"] = "1.0"
    for name, value in spec.get("headers", []):
        msg[name] = value
    for name, value in top.items():
        msg[name] = value
    msg.set_payload(top._payload)  # raw: get_payload() would decode 8bit text
    if not inner and spec.get("id"):
        assert spec["id"] not in built, f"duplicate id {spec['id']}"
        built[spec["id"]] = Built(spec, msgid, refs, text, date)
    return msg, {"texts": texts, "date": date, "msgid": msgid}


def to_bytes(msg: Message) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78,
                   policy=email.policy.compat32).flatten(msg)
    return out.getvalue()


def check(spec: dict, data: bytes, info: dict, row: dict) -> None:
    """Re-parse as a mail program would and check the round trip and the label rules."""
    slug = spec["slug"]
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    for part in parsed.walk():
        assert not part.defects, f"{slug}: defects {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert parsed[name] is not None, f"{slug}: no {name}"
        assert not parsed[name].defects, f"{slug}: {name} defects {parsed[name].defects}"
    assert str(parsed["Subject"]) == spec["subject"], f"{slug}: subject {parsed['Subject']!r}"
    from_name = parsed["From"].addresses[0].display_name
    assert from_name == spec["from"][0], f"{slug}: From name {from_name!r}"
    assert parsed["Date"].datetime == info["date"], f"{slug}: date"
    assert parsed["Date"].datetime.year == 2026
    got = [p.get_content() for p in parsed.walk() if p.get_content_maintype() == "text"]
    assert got == info["texts"], f"{slug}: bodies differ"
    # label rules
    kind, company, contact = row["kind"], row["company"], row["contact"]
    assert kind in KINDS and row["language"] in LANGS, slug
    own = spec["from"][1].lower() == ME
    if kind == "other":
        assert company == "", f"{slug}: company on other"
    else:
        assert company and company == company.strip(), f"{slug}: company missing"
        assert not own
        words = {w.lower().strip(",") for w in company.split()}
        assert not words & LEGAL, f"{slug}: legal form in {company!r}"
    if own:
        assert contact == "" and kind == "other", f"{slug}: own mail"
    rt = [a.lower() for _, a in getaddresses([str(v) for v in parsed.get_all("Reply-To", [])])]
    fr = [a.lower() for _, a in getaddresses([str(v) for v in parsed.get_all("From", [])])]
    human_rt = [a for a in rt if not is_system(a)]
    human_fr = [a for a in fr if not is_system(a) and a != ME]
    expected = human_rt[0] if human_rt else (human_fr[0] if human_fr else "")
    assert contact == expected, f"{slug}: contact {contact!r} expected {expected!r}"


def main() -> None:
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    built: dict[str, Built] = {}
    rows: list[dict] = []
    seen_ids: set[str] = set()
    for index, spec in enumerate(all_specs(), 1):
        kind = spec["kind"]
        rel = f"{kind}/{index:03d}_{spec['slug']}.eml"
        try:
            msg, info = build(spec, index, built)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        data = to_bytes(msg)
        row = {"file": rel, "kind": kind, "company": spec.get("company", ""),
               "contact": spec.get("contact", ""), "language": spec["lang"]}
        check(spec, data, info, row)
        assert info["msgid"] not in seen_ids, rel
        seen_ids.add(info["msgid"])
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append(row)
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact",
                                                    "language"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    table = Counter((r["kind"], r["language"]) for r in rows)
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in counts) + f"{sum(counts):7d}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"{sum(totals):7d}")


if __name__ == "__main__":
    main()
