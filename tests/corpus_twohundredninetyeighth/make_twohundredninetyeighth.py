#!/usr/bin/env python3
"""Build corpus 298 (blind, hand-labelled job-search mail of Yuki Tanabe-Schmidt).

Standard library only. Reads the hand-written specs in msgs298_*.py next to this file, builds
every message with the `email` package (deterministic boundaries, Message-IDs, dates, threads),
re-parses each with `email.policy.default`, checks it, and rewrites only `*/*.eml` and
`labels.csv` in this folder.

    python tests/corpus_twohundredninetyeighth/make_twohundredninetyeighth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.base64mime
import email.policy
import email.quoprimime
import hashlib
import importlib
import io
import quopri
import re
import sys
from collections import Counter
from datetime import datetime
from email.generator import BytesGenerator
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
common = importlib.import_module("msgs298_common")
MODULES = [m for m in ["msgs298_threads", "msgs298_rejections", "msgs298_invites",
                      "msgs298_acks", "msgs298_other"] if (HERE / f"{m}.py").exists()]

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["en", "de", "fr", "es"]
YUKI_ADDR = common.YUKI[1]
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|notifications?|alerts?|"
                          r"mailer-daemon|newsletter|digest|jobs-noreply|system|info|news)\b")
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SAS|SARL|Ltd|Limited|Inc|LLC|plc|"
                        r"BV|B\.V\.|NV|KG|UG)\b\.?")

DAYS = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
        "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]}
LONG_DAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                    "Sunday"],
             "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                    "Sonntag"],
             "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
             "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]}
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                 "septiembre", "octubre", "noviembre", "diciembre"]}
SHORT_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]


# --------------------------------------------------------------------------- headers

def encoded_words(text: str, how: str) -> str:
    """RFC 2047 encoded words for `text`; `how` is 'charset/q' or 'charset/b'."""
    charset, enc = how.split("/")
    try:
        text.encode(charset)
    except UnicodeEncodeError:  # e.g. a dash outside Latin-1: the sender's client falls back
        charset = "utf-8"

    def word(chunk: str) -> str:
        data = chunk.encode(charset)
        if enc == "b":
            return email.base64mime.header_encode(data, charset)
        return email.quoprimime.header_encode(data, charset)

    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(word(chunk + ch)) > 60:
            words.append(word(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(word(chunk))
    return " ".join(words)


def header_text(text: str, how: str) -> str:
    return text if text.isascii() else encoded_words(text, how)


def address(pair: tuple[str, str], how: str) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{phrase(name, how)} <{addr}>"


def phrase(name: str, how: str) -> str:
    """A display name: ASCII words stay atoms, each run of non-ASCII words (with the spaces
    inside the run) becomes one encoded word, so readers need not join adjacent words."""
    out: list[str] = []
    run: list[str] = []
    for word in name.split(" "):
        if word.isascii():
            if run:
                out.append(encoded_words(" ".join(run), how))
                run = []
            out.append(word)
        else:
            run.append(word)
    if run:
        out.append(encoded_words(" ".join(run), how))
    return " ".join(out)


# --------------------------------------------------------------------------- parts

def text_part(text: str, subtype: str, charset: str, cte: str,
              params: dict[str, str] | None = None) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, charset=charset, **(params or {}))
    del part["MIME-Version"]
    data = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte in ("7bit", "8bit") and max(map(len, data.split(b"\n"))) > 900:
        raise ValueError("line too long for 7bit/8bit")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` in Helvetica."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for i, line in enumerate(lines):
        if i == 0:
            ops += ["/F1 15 Tf", f"({esc(line)}) Tj", "/F1 11 Tf", "T* T*"]
        else:
            ops += [f"({esc(line)}) Tj", "T*"]
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


VTIMEZONES = {
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "010000", "020000"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
    "Europe/Amsterdam": ("+0100", "+0200", "CET", "CEST", "020000", "030000"),
}


def make_ics(ics: dict[str, Any]) -> str:
    """A text/calendar object (METHOD REQUEST or CANCEL) with its VTIMEZONE."""
    tz = ics["tz"]
    std, dst, stdname, dstname, dst_at, std_at = VTIMEZONES[tz]
    organizer_name, organizer = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Example Calendar//Scheduling 4.2//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{ics['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        "BEGIN:STANDARD",
        f"DTSTART:19701025T{std_at}",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{stdname}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        f"DTSTART:19700329T{dst_at}",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dstname}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{ics['stamp']}",
        f"DTSTART;TZID={tz}:{ics['start']}",
        f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics['location']}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics['description']}")
    lines += [
        f"ORGANIZER;CN={organizer_name}:mailto:{organizer}",
        "ATTENDEE;CN=Yuki Tanabe-Schmidt;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{YUKI_ADDR}",
        f"STATUS:{'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded: list[str] = []
    for line in lines:
        raw = line.encode("utf-8")
        while len(raw) > 74:
            cut = 74
            while (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            folded.append(raw[:cut].decode("utf-8"))
            raw = b" " + raw[cut:]
        folded.append(raw.decode("utf-8"))
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- quoting

def attribution(style: str, prev: dict[str, Any]) -> str:
    dt: datetime = prev["dt"]
    name, addr = prev["frm"]
    who = f"{name} <{addr}>" if name else addr
    wd = dt.weekday()
    hm = dt.strftime("%H:%M")
    if style == "en":
        return f"On {DAYS['en'][wd]}, {dt.day} {MONTHS['en'][dt.month - 1][:3]} 2026 at {hm}, " \
               f"{who} wrote:"
    if style == "de":
        return f"Am {dt:%d.%m.%Y} um {hm} schrieb {who}:"
    if style == "fr":
        return f"Le {DAYS['fr'][wd]} {dt.day} {MONTHS['fr'][dt.month - 1]} 2026 à {hm}, " \
               f"{who} a écrit :"
    if style == "es":
        return f"El {DAYS['es'][wd]}, {dt.day} {SHORT_ES[dt.month - 1]} 2026 a las {hm}, " \
               f"{name} (<{addr}>) escribió:"
    to = prev["to_text"]
    subject = prev["subject"]
    if style == "ol-en":
        return ("________________________________\n"
                f"From: {who}\nSent: {LONG_DAYS['en'][wd]}, {dt.day} "
                f"{MONTHS['en'][dt.month - 1]} 2026 {hm}\nTo: {to}\nSubject: {subject}")
    if style == "ol-de":
        return (f"Von: {who}\nGesendet: {LONG_DAYS['de'][wd]}, {dt.day}. "
                f"{MONTHS['de'][dt.month - 1]} 2026 {hm}\nAn: {to}\nBetreff: {subject}")
    if style == "ol-fr":
        return (f"De : {who}\nEnvoyé : {LONG_DAYS['fr'][wd]} {dt.day} "
                f"{MONTHS['fr'][dt.month - 1]} 2026 {hm}\nÀ : {to}\nObjet : {subject}")
    if style == "ol-es":
        return (f"De: {who}\nEnviado el: {LONG_DAYS['es'][wd]}, {dt.day} de "
                f"{MONTHS['es'][dt.month - 1]} de 2026 {hm}\nPara: {to}\nAsunto: {subject}")
    raise ValueError(style)


def with_quote(body: str, style: str, prev: dict[str, Any]) -> str:
    old = prev["text"].rstrip("\n")
    if style.startswith("ol-"):
        return f"{body.rstrip()}\n\n{attribution(style, prev)}\n\n{old}\n"
    quoted = "\n".join(">" if not line else f"> {line}" if not line.startswith(">")
                       else f">{line}" for line in old.split("\n"))
    return f"{body.rstrip()}\n\n{attribution(style, prev)}\n{quoted}\n"


# --------------------------------------------------------------------------- messages

class Builder:
    def __init__(self) -> None:
        self.done: dict[str, dict[str, Any]] = {}
        self.boundary_no = 0

    def boundary(self, key: str) -> str:
        self.boundary_no += 1
        digest = hashlib.sha1(f"{key}:{self.boundary_no}".encode()).hexdigest()[:20]
        return f"----=_Part_{self.boundary_no:04d}_{digest}"

    def build(self, spec: dict[str, Any]) -> tuple[Message, dict[str, Any]]:
        key = spec["key"]
        dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
        how = spec.get("henc", "utf-8/q")
        charset = spec.get("charset", "utf-8")
        frm = spec["frm"]
        to = spec.get("to", [common.YUKI])
        body = spec["body"]
        prev = self.done[spec["reply"]] if spec.get("reply") else None
        if prev is not None:
            assert prev["dt"] < dt, f"{key}: replies to a later message"
        if prev is not None and spec.get("quote"):
            body = with_quote(body, spec["quote"], prev)
        if not body.endswith("\n"):
            body += "\n"
        default_cte = "7bit" if body.isascii() else "quoted-printable"
        cte = spec.get("cte", default_cte)
        fmt = spec.get("fmt", "plain")
        texts: list[str] = []

        html_text = spec.get("html")
        if html_text == "simple":
            html_text = common.html_simple(body)
        if fmt in ("html", "alt") and html_text is None:
            html_text = common.html_page(body, spec.get("brand", ""), lang=spec["lang"],
                                         footer=spec.get("footer", ""))
        html_cte = spec.get("html_cte", "quoted-printable")
        if fmt == "plain":
            core: Message = text_part(body, "plain", charset, cte)
            texts.append(body)
        elif fmt == "html":
            core = text_part(html_text, "html", charset, spec.get("cte", html_cte))
            texts.append(html_text)
        else:
            core = MIMEMultipart("alternative", boundary=self.boundary(key))
            del core["MIME-Version"]
            core.attach(text_part(body, "plain", charset, cte))
            core.attach(text_part(html_text, "html", charset, html_cte))
            texts += [body, html_text]

        ics = spec.get("ics")
        attachments: list[Message] = []
        if ics:
            cal = make_ics(ics)
            cal_part = text_part(cal, "calendar", "utf-8", ics.get("cte", "7bit"),
                                 {"method": ics["method"]})
            if ics.get("attach"):
                cal_part.add_header("Content-Disposition", "attachment",
                                    filename=ics.get("filename", "invite.ics"))
                attachments.append(cal_part)
            else:
                if fmt != "alt":
                    alt = MIMEMultipart("alternative", boundary=self.boundary(key))
                    del alt["MIME-Version"]
                    alt.attach(core)
                    core = alt
                core.attach(cal_part)
            texts.append(cal)

        for filename, lines in spec.get("pdf", []):
            pdf = MIMEApplication(make_pdf(lines), "pdf", name=filename)
            del pdf["MIME-Version"]
            pdf.add_header("Content-Disposition", "attachment", filename=filename)
            attachments.append(pdf)

        if spec.get("fwd"):
            inner, inner_info = self.build(spec["fwd"])
            wrapper = MIMEMessage(inner)
            del wrapper["MIME-Version"]
            wrapper.add_header("Content-Disposition", "attachment",
                               filename=spec.get("fwd_name", "forwarded message.eml"))
            attachments.append(wrapper)
            texts += inner_info["texts"]

        if attachments:
            root = MIMEMultipart("mixed", boundary=self.boundary(key))
            root.attach(core)
            for att in attachments:
                root.attach(att)
        else:
            root = core
            root["MIME-Version"] = "1.0"
        content_headers = [(k, v) for k, v in root.items()]
        for k in {k for k, _ in content_headers}:
            del root[k]

        domain = frm[1].split("@")[1]
        digest = hashlib.sha1(("298:" + key).encode()).hexdigest()
        msgid = f"<{dt:%Y%m%d%H%M}.{digest[:12]}@{domain}>"
        root["From"] = address(frm, how)
        if spec.get("sender"):
            root["Sender"] = spec["sender"]
        if spec.get("reply_to"):
            root["Reply-To"] = address(spec["reply_to"], how)
        to_text = ", ".join(address(p, how) for p in to)
        root["To"] = to_text
        if spec.get("cc"):
            root["Cc"] = ", ".join(address(p, how) for p in spec["cc"])
        root["Subject"] = header_text(spec["subject"], spec.get("senc", how))
        root["Date"] = format_datetime(dt)
        root["Message-ID"] = msgid
        refs: list[str] = []
        if prev is not None:
            refs = [*prev["refs"], prev["msgid"]]
            root["In-Reply-To"] = prev["msgid"]
            root["References"] = " ".join(refs)
        for k, v in spec.get("headers", {}).items():
            root[k] = v
        for k, v in content_headers:
            root[k] = v

        info = {"key": key, "dt": dt, "frm": frm, "msgid": msgid, "refs": refs,
                "texts": texts, "text": body, "subject": spec["subject"],
                "to_text": ", ".join(f"{n} <{a}>" if n else a for n, a in to)}
        if spec.get("kind"):
            self.done[key] = info
        return root, info


def serialize(msg: Message) -> bytes:
    buf = io.BytesIO()
    policy = email.policy.compat32.clone(linesep="\n", max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=policy).flatten(msg)
    return buf.getvalue()


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(raw: bytes, spec: dict[str, Any], info: dict[str, Any], rel: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{rel}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{rel}: {name} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{rel}: subject {msg['Subject']!r}"
    sender = msg["From"].addresses[0]
    assert (sender.display_name, sender.addr_spec) == tuple(spec["frm"]), f"{rel}: from"
    assert msg["Date"].datetime == info["dt"], f"{rel}: date"
    got = [norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    assert got == [norm(t) for t in info["texts"]], f"{rel}: text bodies do not round-trip"
    kind, lang, company, contact = spec["kind"], spec["lang"], spec["company"], spec["contact"]
    assert kind in KINDS and lang in LANGS, rel
    own = spec["frm"][1] == YUKI_ADDR
    if kind == "other":
        assert company == "", f"{rel}: company on other"
    else:
        assert company and company == company.strip(), f"{rel}: company missing"
        assert not own, f"{rel}: own mail must be other"
    assert not LEGAL_FORM.search(company), f"{rel}: legal form in {company!r}"
    if own:
        assert contact == "", f"{rel}: contact on own mail"
    if contact:
        assert contact == contact.lower() and contact != YUKI_ADDR, rel
        senders = [a.addr_spec.lower() for h in ("Reply-To", "From")
                   for a in (msg[h].addresses if msg[h] else ())]
        assert contact in senders, f"{rel}: contact not in Reply-To/From"
        local, domain = contact.split("@")
        assert not domain.endswith(ATS_DOMAINS) and not SYSTEM_LOCAL.match(local), rel
        if msg["Reply-To"]:
            assert contact == msg["Reply-To"].addresses[0].addr_spec.lower(), \
                f"{rel}: human Reply-To wins"


def main() -> None:
    specs: list[dict[str, Any]] = []
    for name in MODULES:
        specs += importlib.import_module(name).MESSAGES
    keys = [s["key"] for s in specs]
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    assert not dupes, f"duplicate keys {dupes}"
    specs.sort(key=lambda s: (datetime.strptime(s["date"], "%Y-%m-%d %H:%M %z"), s["key"]))

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    builder = Builder()
    rows = []
    for n, spec in enumerate(specs, 1):
        msg, info = builder.build(spec)
        raw = serialize(msg)
        rel = f"{spec['kind']}/{n:03d}_{spec['key']}.eml"
        check(raw, spec, info, rel)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
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
