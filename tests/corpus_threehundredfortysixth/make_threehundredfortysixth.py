"""Build corpus 346 (.eml files and labels.csv) from the hand-written specs in msgs346_*.py.

Standard library only. Deterministic: boundaries, Message-IDs and dates come from the specs,
so every run writes the same bytes. Every message is re-parsed with email.policy.default and
checked (no defects; subject, From name, date and text bodies round-trip; label rules).
Run: python tests/corpus_threehundredfortysixth/make_threehundredfortysixth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.charset
import email.policy
import io
import quopri
import re
import sys
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ beside the corpus
sys.path.insert(0, str(HERE))

import msgs346_acks  # noqa: E402
import msgs346_invites  # noqa: E402
import msgs346_other  # noqa: E402
import msgs346_rejections  # noqa: E402
import msgs346_threads  # noqa: E402
from msgs346_common import ME, Spec, shell, simple_html  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|notifications?|mailer|alerts?|"
                          r"jobs-noreply|news|newsletter|bounce|info|careers-noreply)\b")
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SAS|SARL|Ltd|Limited|Inc|plc|DAC|LLC|"
                   r"KG|UG|BV|S\.p\.A\.)\.?$", re.IGNORECASE)

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
}
LONG_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
LONG_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def when(spec: Spec) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def domain_of(addr: str) -> str:
    return addr.split("@", 1)[1]


def charset_obj(name: str, enc: str) -> email.charset.Charset:
    cs = email.charset.Charset(name)
    cs.header_encoding = email.charset.BASE64 if enc == "b" else email.charset.QP
    return cs


def addr_header(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and not name.isascii():
        enc = ("utf-8", "q")
    if enc is None:
        return formataddr((name, addr))
    return formataddr((name, addr), charset=charset_obj(*enc))


def attribution(style: str, prev: Spec) -> str:
    dt = when(prev)
    name, addr = prev["frm"]
    hm = dt.strftime("%H:%M")
    if style == "en":
        day = DAYS["en"][dt.weekday()]
        return f"On {day}, {dt.day} {MONTHS['en'][dt.month - 1]} 2026 at {hm}, {name} <{addr}> wrote:"
    if style == "de":
        return f"Am {dt.strftime('%d.%m.%Y')} um {hm} schrieb {name} <{addr}>:"
    if style == "fr":
        day = DAYS["fr"][dt.weekday()]
        return f"Le {day} {dt.day} {MONTHS['fr'][dt.month - 1]} 2026 à {hm}, {name} <{addr}> a écrit :"
    if style == "es":
        day = DAYS["es"][dt.weekday()]
        return f"El {day}, {dt.day} {MONTHS['es'][dt.month - 1]} 2026 a las {hm}, {name} (<{addr}>) escribió:"
    raise ValueError(style)


class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = specs
        self.by_id: dict[str, Spec] = {}
        for s in specs:
            assert s["id"] not in self.by_id, f"duplicate id {s['id']}"
            self.by_id[s["id"]] = s
        self.msgids: dict[str, str] = {}
        for n, s in enumerate(specs, 1):
            self.msgids[s["id"]] = f"<346.{n:03d}.{s['id'].replace('_', '.')}@{domain_of(s['frm'][1])}>"
        self.boundary_n = 0

    # ----- text -----
    def full_text(self, s: Spec) -> str:
        """The plain body: new text, then the quoted earlier message when asked."""
        text = s["text"].strip("\n") + "\n"
        style = s.get("quote")
        if not style:
            return text
        prev = self.by_id[s["reply_of"]]
        prev_text = self.full_text(prev).rstrip("\n")
        if style == "outlook":
            dt = when(prev)
            sent = (f"{LONG_DAYS[dt.weekday()]}, {LONG_MONTHS[dt.month - 1]} {dt.day}, 2026 "
                    f"{dt.strftime('%I:%M %p').lstrip('0')}")
            to = "; ".join(f"{n} <{a}>" if n else a for n, a in prev.get("to", [ME]))
            block = ["", "________________________________",
                     f"From: {prev['frm'][0]} <{prev['frm'][1]}>", f"Sent: {sent}",
                     f"To: {to}", f"Subject: {prev['subject']}", "", prev_text]
            return text + "\n".join(block) + "\n"
        quoted = "\n".join(("> " + line) if line else ">" for line in prev_text.split("\n"))
        return text + "\n" + attribution(style, prev) + "\n" + quoted + "\n"

    def html_text(self, s: Spec, text: str) -> str:
        if s.get("html"):
            return str(s["html"])
        if s.get("brand"):
            return shell(text, s["brand"], s.get("accent", "#2b5f75"))
        return simple_html(text)

    # ----- parts -----
    def boundary(self, s: Spec) -> str:
        self.boundary_n += 1
        return f"=_346_{s['id'][:20]}_{self.boundary_n:02d}_b0undary"

    def text_part(self, body: str, subtype: str, s: Spec) -> Message:
        cs = s.get("cs", "utf-8")
        try:
            data = body.encode(cs)
        except UnicodeEncodeError as error:
            raise ValueError(f"{s['id']}: {error}") from error
        cte = s.get("cte") or ("7bit" if data.isascii() else "quoted-printable")
        if subtype == "html" and cte in ("7bit", "8bit") and max(map(len, body.split("\n"))) > 900:
            cte = "quoted-printable"
        part = Message()
        part["Content-Type"] = f'text/{subtype}; charset="{cs}"'
        if cte == "quoted-printable":
            payload = quopri.encodestring(data).decode("ascii")
        elif cte == "base64":
            payload = base64.encodebytes(data).decode("ascii")
        elif cte == "8bit":
            payload = data.decode("ascii", "surrogateescape")
        else:
            assert data.isascii(), s["id"]
            payload = body
        part["Content-Transfer-Encoding"] = cte
        part.set_payload(payload)
        return part

    def body_part(self, s: Spec, text: str) -> Message:
        fmt = s.get("fmt", "plain")
        if fmt == "plain":
            return self.text_part(text, "plain", s)
        if fmt == "html":
            return self.text_part(self.html_text(s, text), "html", s)
        alt = Message()
        alt["Content-Type"] = "multipart/alternative"
        alt.set_boundary(self.boundary(s))
        alt.attach(self.text_part(text, "plain", s))
        alt.attach(self.text_part(self.html_text(s, text), "html", s))
        if s.get("ics") and s.get("ics_inline"):
            alt.attach(self.ics_part(s))
        return alt

    def ics_part(self, s: Spec) -> Message:
        ics = s["ics"]
        tz = ics.get("tz", "Europe/Dublin")
        if tz in ("Europe/Dublin", "Europe/London"):
            std, dst = "+0000", "+0100"
            names = ("GMT", "IST" if tz == "Europe/Dublin" else "BST")
        else:
            std, dst = "+0100", "+0200"
            names = ("CET", "CEST")
        org_name, org_addr = ics["organizer"]
        lines = [
            "BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Corpus346//Scheduler 2.1//EN')}",
            "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{ics['method']}",
            "BEGIN:VTIMEZONE", f"TZID:{tz}",
            "BEGIN:STANDARD", "DTSTART:19701025T030000", f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}", f"TZNAME:{names[0]}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}", f"TZNAME:{names[1]}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT", "END:VTIMEZONE",
            "BEGIN:VEVENT", f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
            f"DTSTAMP:{when(s).astimezone(UTC).strftime('%Y%m%dT%H%M%S')}Z",
            f"DTSTART;TZID={tz}:{ics['start']}", f"DTEND;TZID={tz}:{ics['end']}",
            f"SUMMARY:{ical_text(ics['summary'])}",
            f"LOCATION:{ical_text(ics.get('location', ''))}",
            f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
            f'ATTENDEE;CN="{ME[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}',
            f"STATUS:{'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED'}",
            "END:VEVENT", "END:VCALENDAR",
        ]
        data = ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")
        part = Message()
        part["Content-Type"] = f'text/calendar; charset="utf-8"; method={ics["method"]}'
        if not s.get("ics_inline"):
            part["Content-Disposition"] = 'attachment; filename="invite.ics"'
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(data).decode("ascii"))
        return part

    def pdf_part(self, name: str, lines: list[str]) -> Message:
        part = Message()
        part["Content-Type"] = f'application/pdf; name="{name}"'
        part["Content-Disposition"] = f'attachment; filename="{name}"'
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(make_pdf(lines)).decode("ascii"))
        return part

    def headers(self, msg: Message, s: Spec) -> None:
        msg["Date"] = format_datetime(when(s))
        msg["From"] = addr_header(s["frm"], s.get("frm_enc"))
        if s.get("reply_to"):
            msg["Reply-To"] = addr_header(s["reply_to"], s.get("reply_to_enc"))
        msg["To"] = ", ".join(addr_header(p) for p in s.get("to", [ME]))
        if s.get("cc"):
            msg["Cc"] = ", ".join(addr_header(p) for p in s["cc"])
        subject = s["subject"]
        if s.get("subj_enc"):
            msg["Subject"] = Header(subject, charset_obj(*s["subj_enc"]), header_name="Subject")
        elif not subject.isascii():
            msg["Subject"] = Header(subject, charset_obj("utf-8", "q"), header_name="Subject")
        else:
            msg["Subject"] = subject
        msg["Message-ID"] = self.msgids[s["id"]]
        if s.get("reply_of"):
            chain = []
            cur: Spec | None = self.by_id[s["reply_of"]]
            while cur is not None:
                chain.append(self.msgids[cur["id"]])
                cur = self.by_id.get(cur.get("reply_of", ""))
            msg["In-Reply-To"] = chain[0]
            msg["References"] = " ".join(reversed(chain))
        for name, value in s.get("headers", {}).items():
            msg[name] = value
        msg["MIME-Version"] = "1.0"

    def build(self, s: Spec) -> Message:
        text = self.full_text(s)
        body = self.body_part(s, text)
        extras: list[Message] = []
        if s.get("ics") and not s.get("ics_inline"):
            extras.append(self.ics_part(s))
        for name, lines in s.get("pdf", []):
            extras.append(self.pdf_part(name, lines))
        if s.get("fwd"):
            inner = s["fwd"]
            self.msgids.setdefault(inner["id"], f"<346.fwd.{inner['id']}@{domain_of(inner['frm'][1])}>")
            wrapper = Message()
            wrapper["Content-Type"] = "message/rfc822"
            wrapper["Content-Disposition"] = "inline"
            wrapper.attach(self.build(inner))
            extras.append(wrapper)
        if extras:
            msg = Message()
            msg["Content-Type"] = "multipart/mixed"
            msg.set_boundary(self.boundary(s))
            msg.attach(body)
            for extra in extras:
                msg.attach(extra)
        else:
            msg = body
        top = Message()
        self.headers(top, s)
        for key, value in msg.items():
            top[key] = value
        top.set_payload(msg._payload)  # the raw payload, not a decoded copy
        if msg.get_content_maintype() == "multipart":
            top.set_boundary(msg.get_boundary() or "")
        return top


def ical_text(value: str) -> str:
    """An iCalendar TEXT value with its special characters escaped."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def fold(line: str) -> str:
    """Fold an iCalendar content line at 75 octets (RFC 5545, 3.1)."""
    out, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given ASCII lines."""
    def esc(t: str) -> str:
        t = t.encode("ascii", "replace").decode("ascii")
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for line in lines:
        ops += [f"({esc(line)}) Tj", "T*"]
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip("\n").split("\n"))


def check(builder: Builder, s: Spec, raw: bytes) -> None:
    sid = s["id"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{sid}: defects {part.defects}"
    assert str(msg["Subject"]) == s["subject"], f"{sid}: subject {msg['Subject']!r}"
    name = msg["From"].addresses[0].display_name
    assert name == s["frm"][0], f"{sid}: From name {name!r}"
    assert msg["Date"].datetime == when(s), sid
    assert when(s).year == 2026, sid
    text = builder.full_text(s)
    plains = [p.get_content() for p in msg.walk() if p.get_content_type() == "text/plain"]
    htmls = [p.get_content() for p in msg.walk() if p.get_content_type() == "text/html"]
    fmt = s.get("fmt", "plain")
    if fmt in ("plain", "alt"):
        assert norm(plains[0]) == norm(text), f"{sid}: text body differs"
    if fmt in ("html", "alt"):
        assert norm(htmls[0]) == norm(builder.html_text(s, text)), f"{sid}: html differs"
    # labels
    kind, company, contact, lang = s["kind"], s.get("company", ""), s.get("contact", ""), s["lang"]
    assert kind in KINDS and lang in LANGS, sid
    own = s["frm"][1] == ME[1]
    if own:
        assert kind == "other" and not contact, f"{sid}: own mail"
    if kind == "other":
        assert not company, f"{sid}: company on other"
    else:
        assert company and company == company.strip() and not LEGAL.search(company), sid
        visible = " ".join([str(msg["Subject"]), str(msg["From"]), *plains, *htmls]).lower()
        assert company.lower() in visible, f"{sid}: company {company!r} not in message"
    if contact:
        assert contact == contact.lower() and contact != ME[1], sid
        addrs = [a.lower() for _, a in getaddresses(
            [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
        assert contact in addrs, f"{sid}: contact not in Reply-To/From"
        assert not domain_of(contact).endswith(ATS_DOMAINS), f"{sid}: ATS contact"
        assert not SYSTEM_LOCAL.match(contact.split("@")[0]), f"{sid}: system contact"
        if s.get("reply_to"):
            assert contact == s["reply_to"][1].lower(), f"{sid}: contact should be Reply-To"


def main() -> None:
    specs: list[Spec] = []
    for module in (msgs346_threads, msgs346_rejections, msgs346_invites, msgs346_acks,
                   msgs346_other):
        specs.extend(module.SPECS)
    builder = Builder(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    counters: dict[str, int] = {}
    rows = []
    failures: list[str] = []
    for s in specs:
        kind = s["kind"]
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{counters[kind]:03d}_{s['id']}.eml"
        out = io.BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=email.policy.compat32.clone(
            linesep="\n")).flatten(builder.build(s))
        raw = out.getvalue()
        try:
            check(builder, s, raw)
        except AssertionError as error:
            failures.append(str(error))
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([rel, kind, s.get("company", ""), s.get("contact", ""), s["lang"]])
    assert not failures, "\n".join(failures)
    ids = [builder.msgids[s["id"]] for s in specs]
    assert len(set(ids)) == len(ids)
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(sorted(LANGS), 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in sorted(LANGS)) + "  total")
    for k in KINDS:
        print(f"{k:32}" + "".join(f"{table[k][lang]:>5}" for lang in sorted(LANGS))
              + f"  {sum(table[k].values()):>5}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in sorted(LANGS)}
    print(f"{'total':32}" + "".join(f"{totals[lang]:>5}" for lang in sorted(LANGS)))


if __name__ == "__main__":
    main()
