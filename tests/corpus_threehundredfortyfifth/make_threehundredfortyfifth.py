"""Build corpus 345 (Jorge Altamirano Quiroga, transport planning) from the msgs345_* specs.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder; the
output is the same bytes on every run. Run: python tests/corpus_threehundredfortyfifth/make_threehundredfortyfifth.py
"""

from __future__ import annotations

import csv
import email
import email.charset
import email.policy
import io
import re
import sys
from datetime import datetime
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs345_acks  # noqa: E402
import msgs345_invites  # noqa: E402
import msgs345_other  # noqa: E402
import msgs345_rejections  # noqa: E402
import msgs345_threads  # noqa: E402
from msgs345_common import CANDIDATE, Spec  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
LEGAL = re.compile(r"\b(GmbH|S\.?A\.?U?|S\.?L\.?U?|SAS|SARL|Ltd|Inc|AG|B\.?V\.?|N\.?V\.?|KG|SE)\.?$")
SUBJ_MARK = "SUBJPLACEHOLDER345"
NAME_MARK = "NAMEPLACEHOLDER345"

ATTRIBUTION = {
    "en": "On {date}, {name} <{addr}> wrote:",
    "de": "Am {date} schrieb {name} <{addr}>:",
    "fr": "Le {date}, {name} <{addr}> a écrit :",
    "es": "El {date}, {name} <{addr}> escribió:",
}
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado", "Para", "Asunto"),
}


def all_specs() -> list[Spec]:
    return [*msgs345_threads.SPECS, *msgs345_rejections.SPECS, *msgs345_invites.SPECS,
            *msgs345_acks.SPECS, *msgs345_other.SPECS]


def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def quoted(parent: Spec, lang: str, style: str) -> str:
    name, addr = parent["frm"]
    when = parse_date(parent["date"])
    text = parent["_text"].rstrip("\n")
    if style == "outlook":
        f, s, t, j = OUTLOOK[lang]
        head = (f"-----Original Message-----\n{f}: {name} <{addr}>\n"
                f"{s}: {when.strftime('%d/%m/%Y %H:%M')}\n{t}: {parent['_to']}\n"
                f"{j}: {parent['subject']}\n")
        return "\n\n" + head + "\n" + text + "\n"
    line = ATTRIBUTION[lang].format(date=when.strftime("%d/%m/%Y %H:%M"), name=name, addr=addr)
    body = "\n".join(("> " + x) if x else ">" for x in text.split("\n"))
    return "\n\n" + line + "\n" + body + "\n"


def ics_text(spec: dict[str, Any]) -> str:
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus345//Calendar//EN", "VERSION:2.0",
        f"METHOD:{spec['method']}",
        "BEGIN:VTIMEZONE", f"TZID:{spec.get('tzid', 'Europe/Madrid')}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "TZNAME:CEST",
        "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "TZNAME:CET",
        "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{spec['uid']}", f"SEQUENCE:{spec.get('seq', 0)}",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART;TZID={spec.get('tzid', 'Europe/Madrid')}:{spec['start']}",
        f"DTEND;TZID={spec.get('tzid', 'Europe/Madrid')}:{spec['end']}",
        f"SUMMARY:{spec['summary']}", f"LOCATION:{spec.get('location', '')}",
        f"ORGANIZER;CN={spec['organizer'][0]}:mailto:{spec['organizer'][1]}",
        f"ATTENDEE;CN={CANDIDATE[0]};RSVP=TRUE:mailto:{CANDIDATE[1]}",
        f"STATUS:{'CANCELLED' if spec['method'] == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given ASCII lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "50 780 Td", "14 TL"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
        b"<< /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def encoded_word(text: str, how: tuple[str, str]) -> str:
    charset, enc = how
    if enc == "plain":
        return Header(text, "us-ascii", header_name="Subject").encode(linesep="\n")
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.QP if enc == "q" else email.charset.BASE64
    return Header(text, cs).encode(linesep="\n")


def addr_header(pair: tuple[str, str], placeholder: bool = False) -> Address:
    name, addr = pair
    user, dom = addr.split("@")
    return Address(NAME_MARK if placeholder else name, user, dom)


def simple_message(spec: Spec) -> EmailMessage:
    """A plain-text message (used for forwarded message/rfc822 parts)."""
    msg = EmailMessage()
    msg["From"] = addr_header(spec["frm"])
    msg["To"] = addr_header(spec.get("to", CANDIDATE))
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(parse_date(spec["date"]))
    msg["Message-ID"] = f"<{spec['slug']}.fwd.345@{domain_of(spec['frm'][1])}>"
    msg.set_content(spec["body"], charset=spec.get("charset", "utf-8"), cte=spec.get("cte"))
    return msg


def build(spec: Spec, num: int, by_slug: dict[str, Spec]) -> tuple[bytes, list[str]]:
    lang = spec["lang"]
    text = spec["body"]
    parent = by_slug.get(spec.get("parent", ""))
    if parent is not None and spec.get("quote") and text is not None:
        text = text.rstrip("\n") + "\n" + quoted(parent, lang, spec["quote"])
    if text is not None and not text.endswith("\n"):
        text += "\n"
    spec["_text"] = text if text is not None else spec.get("html_text", "")
    to = spec.get("to", CANDIDATE)
    spec["_to"] = f"{to[0]} <{to[1]}>"
    spec["_mid"] = f"<{spec['slug']}.{num:03d}.345@{domain_of(spec['frm'][1])}>"

    # the default policy's folding of long non-ASCII headers can drop a space; encode by hand
    auto = ("utf-8", "q") if num % 2 else ("utf-8", "b")
    if not spec["subject"].isascii():
        spec.setdefault("enc_subject", auto)
    elif len(spec["subject"]) > 60:
        spec.setdefault("enc_subject", ("us-ascii", "plain"))
    if not spec["frm"][0].isascii():
        spec.setdefault("enc_name", auto)
    msg = EmailMessage()
    msg["From"] = addr_header(spec["frm"], placeholder="enc_name" in spec)
    msg["To"] = addr_header(to)
    if "cc" in spec:
        msg["Cc"] = addr_header(spec["cc"])
    if "reply_to" in spec:
        msg["Reply-To"] = addr_header(spec["reply_to"])
    msg["Subject"] = SUBJ_MARK if "enc_subject" in spec else spec["subject"]
    msg["Date"] = format_datetime(parse_date(spec["date"]))
    msg["Message-ID"] = spec["_mid"]
    if parent is not None:
        msg["In-Reply-To"] = parent["_mid"]
        msg["References"] = " ".join([*parent.get("_refs", []), parent["_mid"]])
        spec["_refs"] = [*parent.get("_refs", []), parent["_mid"]]
    for key, value in spec.get("headers", {}).items():
        msg[key] = value
    msg["MIME-Version"] = "1.0"

    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    texts: list[str] = []
    html = spec.get("html")
    if text is not None:
        msg.set_content(text, charset=charset, cte=cte)
        texts.append(text)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset,
                                cte=spec.get("html_cte", cte))
            texts.append(html)
    else:
        assert html is not None, spec["slug"]
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
        texts.append(html)
    if "ics" in spec:
        ics = ics_text(spec["ics"])
        if not msg.is_multipart():
            msg.make_alternative()
        msg.add_alternative(ics, subtype="calendar", charset="utf-8",
                            params={"method": spec["ics"]["method"]})
        texts.append(ics)
    for fname, lines in spec.get("pdf", []):
        msg.add_attachment(pdf_bytes(lines), maintype="application", subtype="pdf",
                           filename=fname)
    if "fwd" in spec:
        inner = simple_message(spec["fwd"])
        msg.add_attachment(inner)
        texts.append(spec["fwd"]["body"])
    count = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"=_Part345_{num:03d}_{count}")
            count += 1
    raw = msg.as_bytes(policy=email.policy.default)
    if "enc_subject" in spec:
        enc = encoded_word(spec["subject"], spec["enc_subject"])
        raw = raw.replace(f"Subject: {SUBJ_MARK}".encode(), f"Subject: {enc}".encode(), 1)
    if "enc_name" in spec:
        enc = encoded_word(spec["frm"][0], spec["enc_name"])
        raw = raw.replace(f"From: {NAME_MARK}".encode(), f"From: {enc}".encode(), 1)
    return raw, texts


def norm(s: str) -> str:
    return s.replace("\r\n", "\n").rstrip()


def verify(raw: bytes, spec: Spec, texts: list[str]) -> None:
    slug = spec["slug"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    defects = [d for part in msg.walk() for d in part.defects]
    assert not defects, (slug, defects)
    assert str(msg["Subject"]) == spec["subject"], (slug, str(msg["Subject"]))
    assert msg["From"].addresses[0].display_name == spec["frm"][0], slug
    assert msg["Date"].datetime == parse_date(spec["date"]), slug
    assert msg["Date"].datetime.year == 2026, slug
    got = [norm(p.get_content()) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    for t in texts:
        assert norm(t) in got, (slug, "text body does not round-trip")
    # label rules
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS, slug
    assert spec["lang"] in ("en", "de", "fr", "es"), slug
    if kind == "other":
        assert company == "", (slug, "company on other")
    else:
        assert company and company == company.strip(), (slug, "company missing")
        assert not LEGAL.search(company), (slug, "legal form in company")
    frm = addresses_of(msg, "From")
    if frm and frm[0] == CANDIDATE[1]:
        assert kind == "other" and contact == "", (slug, "own mail")
    if contact:
        assert contact == contact.lower(), slug
        assert contact in addresses_of(msg, "Reply-To", "From"), (slug, "contact not in headers")
        assert contact != CANDIDATE[1], slug
        assert not any(contact.endswith(d) for d in ATS_DOMAINS), (slug, "ATS contact")
        assert not re.search(r"no-?reply|donotreply|do-not-reply", contact), slug
        rt = addresses_of(msg, "Reply-To")
        if rt:
            assert contact == rt[0], (slug, "contact must be the Reply-To")


def addresses_of(msg: EmailMessage, *names: str) -> list[str]:
    values = [str(v) for n in names for v in msg.get_all(n, [])]
    return [a.lower() for _, a in getaddresses(values) if a]


def main() -> None:
    specs = all_specs()
    slugs = [s["slug"] for s in specs]
    assert len(slugs) == len(set(slugs)), "duplicate slugs"
    by_slug = {s["slug"]: s for s in specs}
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    for num, spec in enumerate(specs, 1):
        if "parent" in spec:
            assert specs.index(by_slug[spec["parent"]]) < num - 1, (spec["slug"], "parent order")
        try:
            raw, texts = build(spec, num, by_slug)
            verify(raw, spec, texts)
        except Exception as error:
            raise SystemExit(f"{spec['slug']}: {error!r}") from error
        rel = f"{spec['kind']}/{num:03d}_{spec['slug']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {}
    for row in rows:
        table.setdefault(row[1], {}).setdefault(row[4], 0)
        table[row[1]][row[4]] += 1
    print(f"{len(rows)} messages")
    for kind in KINDS:
        langs = table.get(kind, {})
        print(f"{kind:32s}", {lg: langs.get(lg, 0) for lg in ('es', 'en', 'de', 'fr')},
              sum(langs.values()))


if __name__ == "__main__":
    main()
