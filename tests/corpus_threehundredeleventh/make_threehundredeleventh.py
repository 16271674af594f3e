#!/usr/bin/env python3
"""Build corpus 311 (Johanna Freitag) from the hand-written specs in msgs311_*.py.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder, re-parses
every message with email.policy.default and checks it, and writes the same bytes on every run.
Run: python tests/corpus_threehundredeleventh/make_threehundredeleventh.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib
import io
import sys
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MODULES = ["msgs311_acks", "msgs311_invites", "msgs311_changes", "msgs311_rejections",
           "msgs311_offers", "msgs311_other_de", "msgs311_other_intl"]
KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["de", "en", "fr", "es"]
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_WORDS = ("noreply", "no-reply", "donotreply", "do-not-reply", "mailer", "notification",
                "newsletter", "alerts", "info@", "jobs@", "news@")
LEGAL = ("gmbh", " ag", " se", " kg", " sa", " s.a.", " s.l.", " sl", " sas", " sarl",
         " ltd", " inc", " llc", " plc", " e.v.", " s.a.u.", " gmbh & co")
OUT_POLICY = policy.default.clone(refold_source="none")

DE_DAYS = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
             "nov.", "déc."]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]


def load_specs() -> list[dict[str, Any]]:
    sys.dont_write_bytecode = True  # leave nothing but *.eml and labels.csv behind
    sys.path.insert(0, str(HERE))
    specs: list[dict[str, Any]] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).MESSAGES)
    return specs


def when(spec: dict[str, Any]) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def domain_of(address: str) -> str:
    return parseaddr(address)[1].rsplit("@", 1)[-1].lower()


def encoded_words(text: str, charset: str, enc: str) -> str:
    """`text` as RFC 2047 encoded words of at most 75 characters; spaces stay inside words."""

    def word(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc == "b":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            payload = "".join(
                "_" if b == 0x20 else chr(b) if chr(b).isascii() and (chr(b).isalnum()
                                                                    or chr(b) in "!*+-/")
                else f"={b:02X}" for b in raw)
        return f"=?{charset}?{enc}?{payload}?="

    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(word(chunk + ch)) > 75:
            words.append(word(chunk))
            chunk = ch
        else:
            chunk += ch
    words.append(word(chunk))
    return "\n ".join(words)


def attribution(style: str, parent: dict[str, Any]) -> str:
    dt = when(parent)
    name, addr = parseaddr(parent["frm"])
    who = f"{name} <{addr}>" if name else addr
    hm = dt.strftime("%H:%M")
    if style == "de":
        return f"Am {dt:%d.%m.%Y} um {hm} schrieb {who}:"
    if style == "en":
        return (f"On {EN_DAYS[dt.weekday()]}, {dt.day} {EN_MONTHS[dt.month - 1]} {dt.year} at "
                f"{hm}, {who} wrote:")
    if style == "fr":
        return (f"Le {FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month - 1]} {dt.year} à {hm}, "
                f"{who} a écrit :")
    if style == "es":
        return (f"El {ES_DAYS[dt.weekday()]}, {dt.day} {ES_MONTHS[dt.month - 1]} {dt.year} a las "
                f"{hm}, {name} (<{addr}>) escribió:")
    raise ValueError(style)


def outlook_block(style: str, parent: dict[str, Any]) -> str:
    dt = when(parent)
    name, addr = parseaddr(parent["frm"])
    to_name, to_addr = parseaddr(parent.get("to", "Johanna Freitag <johanna.freitag@example.de>"))
    lang = style.split("_")[1]
    if lang == "de":
        labels = ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff")
        sent = f"{['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'][dt.weekday()]}, {dt.day}. {DE_MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"
    elif lang == "en":
        labels = ("________________________________", "From", "Sent", "To", "Subject")
        sent = f"{dt:%A}, {dt:%B} {dt.day}, {dt.year} {dt:%I:%M %p}"
    elif lang == "fr":
        labels = ("________________________________", "De ", "Envoyé ", "À ", "Objet ")
        sent = f"{FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month - 1]} {dt.year} {hm(dt)}"
    else:
        labels = ("________________________________", "De", "Enviado el", "Para", "Asunto")
        sent = f"{ES_DAYS[dt.weekday()]}, {dt.day} de {ES_MONTHS[dt.month - 1]} de {dt.year} {hm(dt)}"
    head = [labels[0], f"{labels[1]}: {name} <{addr}>" if name else f"{labels[1]}: {addr}",
            f"{labels[2]}: {sent}", f"{labels[3]}: {to_name} <{to_addr}>",
            f"{labels[4]}: {parent['subject']}", ""]
    return "\n".join(head)


def hm(dt: datetime) -> str:
    return dt.strftime("%H:%M")


def final_body(spec: dict[str, Any], by_slug: dict[str, dict[str, Any]]) -> str:
    if "_final" in spec:
        return str(spec["_final"])
    body = spec["body"].strip("\n") + "\n"
    style = spec.get("quote")
    if style:
        parent = by_slug[spec["parent"]]
        earlier = final_body(parent, by_slug).rstrip("\n")
        if style.startswith("outlook"):
            body += "\n" + outlook_block(style, parent) + "\n" + earlier + "\n"
        else:
            quoted = "\n".join(">" + (" " + line if line and not line.startswith(">") else line)
                               for line in earlier.split("\n"))
            body += "\n" + attribution(style, parent) + "\n" + quoted + "\n"
    spec["_final"] = body
    return body


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` in Helvetica."""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "15 TL", "72 770 Td"] + [f"({esc(x)}) Tj T*" for x in lines] + ["ET"]
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def address_list(value: str) -> tuple[Address, ...]:
    """Addresses as header objects, so display names with dots or commas get quoted."""
    return tuple(Address(display_name=name, addr_spec=addr) for name, addr in getaddresses([value]))


def set_headers(msg: EmailMessage, spec: dict[str, Any], message_id: str | None) -> None:
    name, addr = parseaddr(spec["frm"])
    if spec.get("name_enc"):
        charset, enc = spec["name_enc"]
        msg.set_raw("From", f"{encoded_words(name, charset, enc)} <{addr}>")
    else:
        msg["From"] = address_list(spec["frm"])
    msg["To"] = address_list(spec.get("to", "Johanna Freitag <johanna.freitag@example.de>"))
    if spec.get("cc"):
        msg["Cc"] = address_list(spec["cc"])
    if spec.get("reply_to"):
        msg["Reply-To"] = address_list(spec["reply_to"])
    subj_enc = spec.get("subj_enc")
    if not subj_enc and not spec["subject"].isascii():
        # the library's own folding of long non-ASCII subjects can lose or add a space
        subj_enc = ("utf-8", "b" if len(spec["subject"]) % 2 else "q")
    if subj_enc:
        charset, enc = subj_enc
        msg.set_raw("Subject", encoded_words(spec["subject"], charset, enc))
    else:
        msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(when(spec))
    if message_id:
        msg["Message-ID"] = message_id
    for key, value in spec.get("headers", {}).items():
        msg[key] = value


def fill_body(msg: EmailMessage, spec: dict[str, Any], body: str, organizer: str) -> None:
    fmt = spec.get("fmt", "plain")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    page = spec.get("html") or html_shell(body, brand=spec.get("brand", ""),
                                          footer=spec.get("footer", ""),
                                          color=spec.get("color", "#2a5d8f"))
    page = page.replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
    if fmt == "html":
        msg.set_content(page, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(body, charset=charset, cte=cte)
        if fmt == "alt":
            msg.add_alternative(page, subtype="html", charset=charset,
                                cte=spec.get("html_cte", cte))
    if spec.get("ics"):
        stamp = when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        text = calendar(spec["ics"], organizer, stamp)
        msg.add_alternative(text, subtype="calendar", charset="utf-8",
                            cte=spec["ics"].get("cte"), params={"method": spec["ics"]["method"]})


def build(spec: dict[str, Any], number: int, by_slug: dict[str, dict[str, Any]]) -> EmailMessage:
    msg = EmailMessage()
    set_headers(msg, spec, spec["_mid"])
    if spec.get("parent"):
        parent = by_slug[spec["parent"]]
        msg["In-Reply-To"] = parent["_mid"]
        msg["References"] = " ".join([*parent["_refs"], parent["_mid"]])
    reply = spec.get("reply_to") or spec["frm"]
    fill_body(msg, spec, final_body(spec, by_slug), parseaddr(reply)[1])
    for filename, lines in spec.get("attach", []):
        msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf",
                           filename=filename)
    if spec.get("fwd"):
        inner_spec = spec["fwd"]
        inner = EmailMessage()
        set_headers(inner, inner_spec, inner_spec.get("mid"))
        inner.set_content(inner_spec["body"].strip("\n") + "\n",
                          charset=inner_spec.get("charset", "utf-8"), cte=inner_spec.get("cte"))
        msg.add_attachment(inner, disposition="inline")
    count = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_311_{number:03d}_{count}_{spec['slug'][:20]}")
            count += 1
    return msg


def texts(msg: EmailMessage) -> list[str]:
    return [str(part.get_content()).replace("\r\n", "\n").rstrip("\n")
            for part in msg.walk() if part.get_content_maintype() == "text"]


def check(spec: dict[str, Any], built: EmailMessage, data: bytes) -> None:
    parsed = email_parse(data)
    for part in parsed.walk():
        assert not part.defects, part.defects
        for _key, value in part.items():
            assert not getattr(value, "defects", ()), (_key, value.defects)
    assert str(parsed["subject"]) == spec["subject"], (parsed["subject"], spec["subject"])
    name = parseaddr(spec["frm"])[0]
    assert parsed["from"].addresses[0].display_name == name, parsed["from"]
    assert parsed["date"].datetime == when(spec)
    assert parsed["date"].datetime.year == 2026
    assert texts(parsed) == texts(built), spec["slug"]
    assert spec["_final"].rstrip("\n") in texts(parsed) or spec.get("fmt") == "html"
    assert any(t.strip() for t in texts(parsed))
    check_labels(spec, parsed)


def check_labels(spec: dict[str, Any], parsed: EmailMessage) -> None:
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS
    senders = [a.lower() for _, a in getaddresses([str(v) for v in
                                                     parsed.get_all("Reply-To", [])
                                                     + parsed.get_all("From", [])])]
    own = parseaddr(spec["frm"])[1].lower() == "johanna.freitag@example.de"
    if own:
        assert kind == "other" and not contact
    if kind == "other":
        assert not company
    else:
        assert company and company == company.strip()
        assert not any(f" {company.lower()} ".endswith(form + " ") for form in LEGAL), company
    if contact:
        assert contact == contact.lower() and contact in senders
        assert not contact.endswith(ATS_DOMAINS) and not any(w in contact for w in SYSTEM_WORDS)
    # a human Reply-To or From that is not a system sender should be the contact
    if not own and kind != "other" and not contact:
        for addr in senders:
            assert addr.endswith(ATS_DOMAINS) or any(w in addr for w in SYSTEM_WORDS), (
                f"{spec['slug']}: {addr} looks human but contact is empty")
    dt = when(spec)
    summer = datetime(2026, 3, 29, 1, tzinfo=UTC) <= dt < datetime(
        2026, 10, 25, 1, tzinfo=UTC)
    offset = dt.utcoffset()
    assert offset is not None
    if domain_of(spec["frm"]).endswith((".de", ".at", ".ch", ".fr", ".es")) or own:
        assert offset.total_seconds() / 3600 == (2 if summer else 1), spec["slug"]


def email_parse(data: bytes) -> EmailMessage:
    import email

    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def html_shell(text: str, brand: str, footer: str, color: str) -> str:
    from msgs311_common import html_shell as shell

    return shell(text, brand=brand, footer=footer, color=color)


def calendar(ics: dict[str, Any], organizer: str, stamp: str) -> str:
    from msgs311_common import calendar as cal

    return cal(ics, organizer, stamp)


def main() -> int:
    specs = load_specs()
    by_slug: dict[str, dict[str, Any]] = {}
    for number, spec in enumerate(specs, 1):
        assert spec["slug"] not in by_slug, spec["slug"]
        by_slug[spec["slug"]] = spec
        digest = hashlib.sha256(spec["slug"].encode()).hexdigest()[:20]
        spec["_mid"] = f"<{digest}.{number:03d}@{domain_of(spec['frm'])}>"
        spec["_file"] = f"{spec['kind']}/{number:03d}_{spec['slug']}.eml"
    for spec in specs:  # references in thread order
        chain: list[str] = []
        cursor = spec
        while cursor.get("parent"):
            cursor = by_slug[cursor["parent"]]
            chain.insert(0, cursor["_mid"])
            assert when(cursor) < when(spec), spec["slug"]
        spec["_refs"] = chain
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)
    rows = []
    for number, spec in enumerate(specs, 1):
        try:
            built = build(spec, number, by_slug)
            data = built.as_bytes(policy=OUT_POLICY)
            check(spec, built, data)
        except Exception as error:
            raise SystemExit(f"{spec['slug']}: {type(error).__name__}: {error}") from error
        path = HERE / spec["_file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([spec["_file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    rows.sort()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["file", "kind", "company", "contact", "language"])
    writer.writerows(rows)
    (HERE / "labels.csv").write_text(buffer.getvalue(), encoding="utf-8")
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        print(f"{kind:32}" + "".join(f"{table[kind][x]:>5}" for x in LANGS)
              + f"  {sum(table[kind].values()):>5}")
    print(f"{'total':32}" + "".join(f"{sum(table[k][x] for k in KINDS):>5}" for x in LANGS)
          + f"  {len(specs):>5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
