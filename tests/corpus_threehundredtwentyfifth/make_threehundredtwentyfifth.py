"""Build corpus 325 (Ximena Carvajal Ruiz) from the hand-written specs in msgs325_*.py.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder, then
re-parses every message with email.policy.default and checks it. Same bytes on every run.

    python tests/corpus_threehundredtwentyfifth/make_threehundredtwentyfifth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs325_acks_offers  # noqa: E402
import msgs325_common as common  # noqa: E402
import msgs325_invites  # noqa: E402
import msgs325_other  # noqa: E402
import msgs325_rejections  # noqa: E402
import msgs325_threads  # noqa: E402

Spec = dict[str, Any]
POLICY = email.policy.default
KINDS = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)
LEGAL_FORMS = ("gmbh", " sa", "s.a.", "s.l.", " sl", "sas", "ltd", "inc", " ag", "b.v.",
               " bv", "sarl", "s.a.r.l", "s.coop", "kg", "llc", "plc")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
ROBOT_WORDS = ("noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "mailer",
               "notifications", "alerts", "newsletter", "news@", "bounce", "jobs@", "empleo@",
               "careers@", "info@", "hello@", "system", "calendar", "service")


# ---------------------------------------------------------------- small encoders


def parse_date(text: str) -> datetime:
    """'2026-03-04 10:15 +0100' -> aware datetime."""
    day, clock, offset = text.split()
    sign = 1 if offset[0] == "+" else -1
    delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign
    stamp = datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M")
    return stamp.replace(tzinfo=timezone(delta))


def encoded_words(text: str, charset: str, how: str) -> list[str]:
    """RFC 2047 encoded words (Q or B), short enough that no header line is refolded."""
    words: list[str] = []
    chunk = ""
    for char in text:
        if len(_one_word(chunk + char, charset, how)) > 60:
            words.append(_one_word(chunk, charset, how))
            chunk = ""
        chunk += char
    if chunk:
        words.append(_one_word(chunk, charset, how))
    return words


def _one_word(text: str, charset: str, how: str) -> str:
    raw = text.encode(charset)
    if how == "b":
        return f"=?{charset}?b?{base64.b64encode(raw).decode('ascii')}?="
    out = []
    for byte in raw:
        char = chr(byte)
        if char == " ":
            out.append("_")
        elif char.isascii() and (char.isalnum() or char in "!*+-/"):
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?q?{''.join(out)}?="


def header_text(text: str, charset: str, how: str) -> str:
    """An unstructured header value: ASCII stays, anything else becomes folded encoded words."""
    if text.isascii():
        return text
    return "\n ".join(encoded_words(text, charset, how))


def mailbox(name: str, addr: str, charset: str, how: str) -> str:
    """name <addr>, the name as atoms and encoded words, folded below 78 characters.

    Runs of words that need encoding become ONE encoded word each, kept apart by plain
    ASCII atoms, so no two encoded words are adjacent in the phrase (decoders disagree on
    the space between adjacent encoded words in a display name).
    """
    if not name:
        return addr
    if name.isascii():
        if any(c in name for c in ',.;:()[]<>@"\\'):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    tokens: list[str] = []
    run: list[str] = []
    for word in name.split(" "):
        if all(c.isascii() and (c.isalnum() or c in "-'") for c in word):
            if run:
                tokens.append(_one_word(" ".join(run), charset, how))
                run = []
            tokens.append(word)
        else:
            run.append(word)
    if run:
        tokens.append(_one_word(" ".join(run), charset, how))
    tokens.append(f"<{addr}>")
    lines = [tokens[0]]
    for token in tokens[1:]:
        if len(lines[-1]) + 1 + len(token) > 66:
            lines.append(token)
        else:
            lines[-1] += " " + token
    return "\n ".join(lines)


def fits(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


# ---------------------------------------------------------------- PDF and calendar


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""

    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    shown = " ".join(f"({esc(line)}) Tj T*" for line in lines)
    stream = f"BT /F1 11 Tf 15 TL 72 770 Td {shown} ET".encode("cp1252")
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
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"\
        .encode()
    return bytes(out)


TZ_BLOCK = """BEGIN:VTIMEZONE
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
END:VTIMEZONE"""


def ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def fold_ics(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 70
        while len(line[:cut].encode("utf-8")) > 70:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def make_ics(cal: dict[str, Any], stamp: datetime, organizer: tuple[str, str]) -> str:
    method = cal.get("method", "REQUEST")
    tz = cal.get("tz", "Europe/Madrid")
    start = cal["start"].replace("-", "").replace(":", "").replace(" ", "T") + "00"
    end = cal["end"].replace("-", "").replace(":", "").replace(" ", "T") + "00"
    utc = stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Corpus 325//Calendar 1.0//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        *TZ_BLOCK.format(tz=tz).splitlines(),
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{utc}",
        f"DTSTART;TZID={tz}:{start}",
        f"DTEND;TZID={tz}:{end}",
        f"SUMMARY:{ics_escape(cal['summary'])}",
    ]
    if cal.get("location"):
        lines.append(f"LOCATION:{ics_escape(cal['location'])}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(cal['description'])}")
    lines += [
        f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}',
        'ATTENDEE;CN="Ximena Carvajal Ruiz";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
        f"RSVP=TRUE:mailto:{common.ME[1]}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(part for line in lines for part in fold_ics(line)) + "\r\n"


# ---------------------------------------------------------------- bodies and quoting

ATTRIBUTION = {
    "en": "On {wd_en}, {d} {mon_en} 2026 at {hm}, {who} wrote:",
    "de": "Am {dd}.{mm}.2026 um {hm} schrieb {who}:",
    "fr": "Le {wd_fr} {d} {mon_fr} 2026 à {hm}, {who} a écrit :",
    "es": "El {wd_es}, {d} {mon_es} 2026 a las {hm}, {who} escribió:",
}
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De", "Envoyé", "À", "Objet"),
}
WD = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
}
MON = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
}


def attribution(style: str, parent: Spec) -> str:
    when = parse_date(parent["date"])
    name, addr = parent["frm"]
    if style.startswith("outlook"):
        lang = style.split("_")[1] if "_" in style else "en"
        keys = OUTLOOK[lang]
        sep = " : " if lang == "fr" else ": "
        to = parent.get("to") or common.ME
        return "\n".join([
            "________________________________" if lang != "en" else "-----Original Message-----",
            f"{keys[0]}{sep}{name} <{addr}>",
            f"{keys[1]}{sep}{when.strftime('%d/%m/%Y %H:%M')}",
            f"{keys[2]}{sep}{to[0]} <{to[1]}>",
            f"{keys[3]}{sep}{parent['subject']}",
        ])
    who = f"{name} <{addr}>" if style != "es" else f"{name} (<{addr}>)"
    return ATTRIBUTION[style].format(
        wd_en=WD["en"][when.weekday()], wd_es=WD["es"][when.weekday()],
        wd_fr=WD["fr"][when.weekday()], d=when.day, dd=f"{when.day:02d}",
        mm=f"{when.month:02d}", mon_en=MON["en"][when.month - 1],
        mon_es=MON["es"][when.month - 1], mon_fr=MON["fr"][when.month - 1],
        hm=when.strftime("%H:%M"), who=who,
    )


class Corpus:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = {spec["key"]: spec for spec in specs}
        assert len(self.specs) == len(specs), "duplicate spec keys"
        # inner_only specs exist only inside a forward (message/rfc822), never as files
        ordered = sorted((s for s in specs if not s.get("inner_only")),
                         key=lambda s: (parse_date(s["date"]), s["key"]))
        self.number = {spec["key"]: n for n, spec in enumerate(ordered, start=1)}
        self.number.update({s["key"]: 900 + n for n, s in enumerate(
            s for s in specs if s.get("inner_only"))})
        self.ordered = ordered
        self._text: dict[str, str] = {}

    def full_text(self, spec: Spec) -> str:
        """The plain text a reader sees: new text plus the quoted parent, if any."""
        key = spec["key"]
        if key not in self._text:
            text = spec["text"].strip("\n") + "\n"
            style = spec.get("quote")
            if style:
                parent = self.specs[spec["parent"]]
                earlier = self.full_text(parent).rstrip("\n")
                if style.startswith("outlook"):
                    text += "\n" + attribution(style, parent) + "\n\n" + earlier + "\n"
                else:
                    quoted = "\n".join(">" + (" " + line if line and line[0] != ">" else line)
                                       for line in earlier.splitlines())
                    text += "\n" + attribution(style, parent) + "\n" + quoted + "\n"
            self._text[key] = text
        return self._text[key]

    def message_id(self, spec: Spec) -> str:
        domain = spec["frm"][1].split("@")[1]
        digest = hashlib.sha256(spec["key"].encode()).hexdigest()[:10]
        return f"<{digest}.{self.number[spec['key']]:03d}.325@{domain}>"

    def references(self, spec: Spec) -> list[str]:
        if not spec.get("parent"):
            return []
        parent = self.specs[spec["parent"]]
        return [*self.references(parent), self.message_id(parent)]

    # ------------------------------------------------------------ MIME

    def text_part(self, body: str, subtype: str, spec: Spec, part_cls: type = MIMEPart) -> Any:
        part = part_cls(policy=POLICY)
        charset = spec.get("charset", "utf-8")
        if not fits(body, charset):
            bad = sorted({c for c in body if not fits(c, charset)})
            raise ValueError(f"{spec['key']}: {bad} not in {charset}")
        if spec.get("cte") == "7bit" and not body.isascii():
            raise ValueError(f"{spec['key']}: 7bit body is not ASCII")
        part.set_content(body, subtype=subtype, charset=spec.get("charset", "utf-8"),
                         cte=spec.get("cte", "quoted-printable"))
        return part

    def boundary(self, spec: Spec, level: str) -> str:
        digest = hashlib.sha256(f"{spec['key']}/{level}".encode()).hexdigest()[:24]
        return f"----=_Part325_{level}_{digest}"

    def multipart(self, subtype: str, spec: Spec, level: str, parts: list[Any],
                  root: EmailMessage | None = None) -> Any:
        holder = root if root is not None else MIMEPart(policy=POLICY)
        holder.set_raw("Content-Type",
                       f'multipart/{subtype};\n boundary="{self.boundary(spec, level)}"')
        for part in parts:
            holder.attach(part)
        return holder

    def build(self, spec: Spec) -> EmailMessage:
        msg = EmailMessage(policy=POLICY)
        charset = spec.get("charset", "utf-8")
        number = self.number[spec["key"]]
        how = spec.get("how") or ("b" if number % 3 == 0 else "q")
        hcs = spec.get("hcharset") or charset
        name_cs = hcs if fits(spec["frm"][0], hcs) else "utf-8"
        msg.set_raw("From", mailbox(*spec["frm"], name_cs, how))
        if spec.get("reply_to"):
            msg.set_raw("Reply-To", mailbox(*spec["reply_to"], "utf-8", "q"))
        to = spec.get("to") or common.ME
        to_cs = hcs if fits(to[0], hcs) else "utf-8"
        msg.set_raw("To", mailbox(*to, to_cs, how))
        if spec.get("cc"):
            msg.set_raw("Cc", ", ".join(mailbox(n, a, "utf-8", "q") for n, a in spec["cc"]))
        subj_cs = hcs if fits(spec["subject"], hcs) else "utf-8"
        msg.set_raw("Subject", header_text(spec["subject"], subj_cs, how))
        msg.set_raw("Date", format_datetime(parse_date(spec["date"])))
        msg.set_raw("Message-ID", self.message_id(spec))
        refs = self.references(spec)
        if refs:
            msg.set_raw("In-Reply-To", refs[-1])
            msg.set_raw("References", "\n ".join(refs))
        for name, value in spec.get("headers", []):
            msg.set_raw(name, value)
        self.fill_body(msg, spec)
        return msg

    def fill_body(self, msg: EmailMessage, spec: Spec) -> None:
        text = self.full_text(spec)
        html = spec.get("html")
        if html == "auto":
            html = common.html_shell(text, spec.get("lang", "es"))
        extras: list[Any] = []
        for filename, lines in spec.get("pdfs", []):
            part = MIMEPart(policy=POLICY)
            part.set_content(make_pdf(lines), maintype="application", subtype="pdf",
                             filename=filename, disposition="attachment")
            extras.append(part)
        cal_inline = None
        if spec.get("ics"):
            cal = spec["ics"]
            ics = make_ics(cal, parse_date(spec["date"]), cal.get("organizer", spec["frm"]))
            part = MIMEPart(policy=POLICY)
            part.set_content(ics, subtype="calendar", charset="utf-8",
                             cte=cal.get("cte", "7bit" if ics.isascii() else "quoted-printable"),
                             params={"method": cal.get("method", "REQUEST")})
            if cal.get("inline"):
                cal_inline = part
            else:
                part.set_param("name", "invite.ics")
                part["Content-Disposition"] = 'attachment; filename="invite.ics"'
                extras.append(part)
        if spec.get("forward"):
            inner = self.build(self.specs[spec["forward"]])
            part = MIMEPart(policy=POLICY)
            part.set_content(inner, disposition="inline")
            extras.append(part)
        if spec.get("html_only"):
            body_parts = [self.text_part(html or common.html_shell(text, spec["lang"]),
                                         "html", spec)]
        elif html:
            body_parts = [self.text_part(text, "plain", spec), self.text_part(html, "html", spec)]
        else:
            body_parts = [self.text_part(text, "plain", spec)]
        if cal_inline is not None:
            body_parts.append(cal_inline)
        msg.set_raw("MIME-Version", "1.0")
        if len(body_parts) == 1 and not extras:
            single = body_parts[0]
            for name, value in single.items():
                msg[name] = value
            msg._payload = single._payload  # the encoded body as is (keeps 8bit bytes)
            return
        body = (body_parts[0] if len(body_parts) == 1
                else self.multipart("alternative", spec, "alt", body_parts))
        if not extras:
            self.multipart("alternative", spec, "alt", body_parts, root=msg)
            return
        self.multipart("mixed", spec, "mix", [body, *extras], root=msg)


# ---------------------------------------------------------------- checks


def check(corpus: Corpus, spec: Spec, raw: bytes) -> list[str]:
    problems: list[str] = []
    msg = email.message_from_bytes(raw, policy=POLICY)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r}")
    if msg["From"].addresses[0].display_name != spec["frm"][0]:
        problems.append(f"from name {msg['From'].addresses[0].display_name!r}")
    if msg["Date"].datetime != parse_date(spec["date"]):
        problems.append("date")
    if msg["Date"].datetime.year != 2026:
        problems.append("year")
    bodies = [p.get_content() for p in msg.walk()
              if p.get_content_maintype() == "text" and p.get_content_subtype() != "calendar"]
    text = corpus.full_text(spec)
    if not spec.get("html_only") and text not in bodies:
        problems.append("plain body does not round-trip")
    html = spec.get("html")
    if html == "auto" or (spec.get("html_only") and not html):
        html = common.html_shell(text, spec["lang"])
    if html and html.strip("\n") + "\n" not in bodies:
        problems.append("html body does not round-trip")
    if not any(b.strip() for b in bodies):
        problems.append("no text")
    # label rules
    kind, company, contact = spec["kind"], spec.get("company", ""), spec.get("contact", "")
    if kind not in KINDS:
        problems.append(f"kind {kind}")
    if spec.get("lang") not in ("en", "de", "fr", "es"):
        problems.append("lang")
    if (kind == "other") != (company == ""):
        problems.append("company set iff job mail")
    if company != company.strip() or any(company.lower().endswith(f) for f in LEGAL_FORMS):
        problems.append(f"company legal form {company!r}")
    mine = spec["frm"][1].lower() == common.ME[1]
    if mine and (kind != "other" or contact):
        problems.append("own mail must be other without contact")
    if contact:
        found = [a.lower() for _, a in getaddresses(
            [str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])])]
        if contact != contact.lower() or contact not in found:
            problems.append(f"contact {contact} not in Reply-To/From")
        if any(contact.endswith(d) for d in ATS_DOMAINS) or contact == common.ME[1]:
            problems.append("contact is ATS or candidate")
        if spec.get("reply_to") and contact != spec["reply_to"][1].lower() \
                and not spec.get("reply_to_not_human"):
            problems.append("contact should be the human Reply-To")
    return problems


def main() -> int:
    specs = [*msgs325_threads.SPECS, *msgs325_rejections.SPECS, *msgs325_invites.SPECS,
             *msgs325_acks_offers.SPECS, *msgs325_other.SPECS]
    corpus = Corpus(specs)
    for kind in KINDS:
        for old in sorted((HERE / kind).glob("*.eml")) if (HERE / kind).is_dir() else []:
            old.unlink()
    rows = []
    failures = []
    for spec in corpus.ordered:
        rel = f"{spec['kind']}/{corpus.number[spec['key']]:03d}_{spec['key']}.eml"
        buffer = io.BytesIO()
        BytesGenerator(buffer, policy=POLICY).flatten(corpus.build(spec))
        raw = buffer.getvalue()
        for problem in check(corpus, spec, raw):
            failures.append(f"{rel}: {problem}")
        contact = spec.get("contact", "")
        sender = spec["frm"][1].lower()
        if not contact and sender != common.ME[1] and not any(
                w in sender for w in ROBOT_WORDS) and not any(
                sender.endswith(d) for d in ATS_DOMAINS):
            print(f"note: {rel} has no contact but From {sender}")
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([rel, spec["kind"], spec.get("company", ""), contact, spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: {} for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] = table[row[1]].get(row[4], 0) + 1
    print(f"{'kind':32} {'es':>4} {'en':>4} {'de':>4} {'fr':>4} {'all':>4}")
    for kind in KINDS:
        counts = [table[kind].get(lang, 0) for lang in ("es", "en", "de", "fr")]
        print(f"{kind:32} " + " ".join(f"{c:4d}" for c in counts) + f" {sum(counts):4d}")
    totals = [sum(1 for r in rows if r[4] == lang) for lang in ("es", "en", "de", "fr")]
    print(f"{'all':32} " + " ".join(f"{c:4d}" for c in totals) + f" {len(rows):4d}")
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
