"""Build corpus 318 (Bart Achterberg's job search, 2026) from the hand-written specs.

Standard library only. Run from anywhere:

    python tests/corpus_threehundredeighteenth/make_threehundredeighteenth.py

It deletes and rewrites only the *.eml files and labels.csv in this folder, re-parses every
message with email.policy.default and checks it, and prints a kind x language table.
The output is the same, byte for byte, on every run.
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import io
import re
import sys
import textwrap
from datetime import UTC, datetime
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs318_acks  # noqa: E402
import msgs318_invites  # noqa: E402
import msgs318_offers  # noqa: E402
import msgs318_other  # noqa: E402
import msgs318_rejections  # noqa: E402
from msgs318_common import CANDIDATE, LANG_ORDER, html_from_text  # noqa: E402

KINDS = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
LANGS = ["en", "de", "fr", "es"]
LEGAL_FORMS = re.compile(
    r"\b(GmbH|SA|S\.A\.|S\.L\.|SL|SAS|SARL|Ltd|Limited|Inc|AG|BV|B\.V\.|NV|N\.V\.|KG|plc|LLC)\b")
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"^(no-?reply|noreply|donotreply|do-not-reply|notifications?|alerts?|"
                          r"jobs|careers|mailer|news|newsletter|info|bounce)", re.I)
ATTRIBUTION = {
    "en": "On {date}, {name} <{addr}> wrote:",
    "de": "Am {date} schrieb {name} <{addr}>:",
    "fr": "Le {date}, {name} <{addr}> a écrit :",
    "es": "El {date}, {name} <{addr}> escribió:",
}
OUTLOOK = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
    "fr": ("-----Message d'origine-----", "De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
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


# --- small helpers -------------------------------------------------------------------------

def when(spec: dict) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def message_id(spec: dict) -> str:
    domain = spec.get("mid_domain") or spec["frm"][1].split("@", 1)[1]
    return f"<{short_hash(spec['id'])}.{spec['id'].replace('_', '-')}@{domain}>"


def wrap(text: str, width: int = 100) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


def human_date(spec: dict, lang: str) -> str:
    d = when(spec)
    month = MONTHS[lang][d.month - 1]
    hm = d.strftime("%H:%M")
    if lang == "en":
        return f"{d.strftime('%a')} {d.day} {month} 2026 at {hm}"
    if lang == "de":
        return f"{d.day}. {month} 2026 um {hm}"
    if lang == "fr":
        return f"{d.day} {month} 2026 à {hm}"
    return f"{d.day} de {month} de 2026, a las {hm}"


def strip_html(html: str) -> str:
    text = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", html)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    for ent, ch in (("&nbsp;", " "), ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"),
                    ("&#39;", "'"), ("&quot;", '"')):
        text = text.replace(ent, ch)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class Corpus:
    def __init__(self, specs: list[dict]) -> None:
        self.specs = specs
        self.by_id = {s["id"]: s for s in specs}
        assert len(self.by_id) == len(specs), "duplicate spec id"
        self._text: dict[str, str] = {}

    # the full plain text a message shows: its own text, then the quoted chain
    def full_text(self, spec: dict) -> str:
        key = spec["id"]
        if key in self._text:
            return self._text[key]
        own = spec.get("text")
        if own is None:
            own = strip_html(spec["html"])
        own = wrap(own.strip("\n"))
        parent = self.by_id.get(spec.get("reply", ""))
        if parent is not None and spec.get("quote", True):
            own = own + "\n\n" + self.quote_block(spec, parent)
        self._text[key] = own
        return own

    def quote_block(self, spec: dict, parent: dict) -> str:
        lang = spec["lang"]
        ptext = self.full_text(parent)
        name, addr = parent["frm"]
        if spec.get("quote_style") == "outlook":
            head, f_from, f_sent, f_to, f_subj = OUTLOOK[lang]
            to_name, to_addr = parent.get("to", [CANDIDATE])[0]
            return "\n".join([
                head,
                f"{f_from}: {name} <{addr}>",
                f"{f_sent}: {human_date(parent, lang)}",
                f"{f_to}: {to_name} <{to_addr}>",
                f"{f_subj}: {parent['subject']}",
                "",
                ptext,
            ])
        attribution = ATTRIBUTION[lang].format(date=human_date(parent, lang), name=name,
                                               addr=addr)
        quoted = "\n".join(">" + (" " + ln if ln and not ln.startswith(">") else ln)
                           for ln in ptext.split("\n"))
        return attribution + "\n" + quoted

    def full_html(self, spec: dict) -> str | None:
        html = spec.get("html")
        if html is None and spec.get("auto_html"):
            html = html_from_text(spec["text"], spec.get("brand"))
        if html is None:
            return None
        charset = spec.get("html_charset", spec.get("charset", "utf-8"))
        html = html.replace('charset="utf-8"', f'charset="{charset}"').replace(
            "charset=utf-8", f"charset={charset}")
        parent = self.by_id.get(spec.get("reply", ""))
        if parent is not None and spec.get("quote", True):
            ptext = self.full_text(parent)
            name, addr = parent["frm"]
            attribution = ATTRIBUTION[spec["lang"]].format(
                date=human_date(parent, spec["lang"]), name=name, addr=addr)
            esc = (ptext.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                   .replace("\n", "<br>\n"))
            block = (f'<div class="quote"><p>{attribution.replace("<", "&lt;").replace(">", "&gt;")}'
                     f'</p>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                     f'padding-left:1ex">\n{esc}\n</blockquote></div>\n')
            html = html.replace("</body>", block + "</body>") if "</body>" in html else html + block
        return html


# --- PDF and calendar ----------------------------------------------------------------------

def make_pdf(lines: list[str]) -> bytes:
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for i, line in enumerate(lines):
        ops.append(f"({esc(line)}) Tj" if i == 0 else f"T* ({esc(line)}) Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R"
        b" >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
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


VTZ = {
    "Europe/London": ("+0000", "+0100", "GMT", "BST", "010000", "020000"),
}


def vtimezone(tzid: str) -> list[str]:
    std_off, dst_off, std_name, dst_name, dst_at, std_at = VTZ.get(
        tzid, ("+0100", "+0200", "CET", "CEST", "020000", "030000"))
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}",
        f"TZNAME:{dst_name}", f"DTSTART:19700329T{dst_at}",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}",
        f"TZNAME:{std_name}", f"DTSTART:19701025T{std_at}",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def fold_ics(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def make_ics(spec: dict) -> str:
    ics = spec["ics"]
    method = ics.get("method", "REQUEST")
    tz = ics.get("tz", "Europe/Amsterdam")
    stamp = when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%S")
    org_name, org_addr = ics.get("organizer", spec["frm"])
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus318//Calendar Builder 1.0//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", *vtimezone(tz), "BEGIN:VEVENT",
             f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
             f"DTSTAMP:{stamp}Z",
             f"DTSTART;TZID={tz}:{ics['start']}", f"DTEND;TZID={tz}:{ics['end']}",
             f"SUMMARY:{ics['summary']}"]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics['location']}")
    if ics.get("description"):
        lines.append("DESCRIPTION:" + ics["description"].replace("\n", "\\n"))
    lines += [f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
              f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
              f"RSVP=TRUE:mailto:{CANDIDATE[1]}",
              f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
              "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in fold_ics(line)]
    return "\r\n".join(folded) + "\r\n"


# --- MIME ----------------------------------------------------------------------------------

def encoded_words(text: str, name: str, enc: tuple[str, str]) -> str:
    charset = Charset(enc[0])
    charset.header_encoding = QP if enc[1] == "Q" else BASE64
    return Header(text, charset, header_name=name, maxlinelen=76).encode(linesep="\n")


def fold_plain(name: str, value: str, width: int = 76) -> str:
    """Fold an ASCII header value at spaces (the parser unfolds it back to the same text)."""
    lines: list[str] = []
    current = ""
    budget = width - len(name) - 2
    for word in value.split(" "):
        if current and len(current) + 1 + len(word) > budget:
            lines.append(current)
            current, budget = word, width - 1
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "\n ".join(lines)


def address_header(msg: EmailMessage, name: str, people: list[tuple[str, str]],
                   enc: tuple[str, str] | None = None) -> None:
    if enc is not None:
        rendered = []
        for display, addr in people:
            if display:
                words = encoded_words(display, name, enc)
                last = words.split("\n")[-1]
                width = len(last) + len(addr) + 3 + (len(name) + 2 if "\n" not in words else 0)
                glue = "\n " if width > 76 else " "
                rendered.append(f"{words}{glue}<{addr}>")
            else:
                rendered.append(addr)
        msg.set_raw(name, ",\n ".join(rendered))
        return
    values = []
    for display, addr in people:
        local, domain = addr.split("@", 1)
        values.append(Address(display_name=display, username=local, domain=domain))
    msg[name] = values


def text_part_args(spec: dict, prefix: str = "") -> dict:
    args = {"charset": spec.get(prefix + "charset", spec.get("charset", "utf-8"))}
    cte = spec.get(prefix + "cte")
    if cte:
        args["cte"] = cte
    return args


class Builder:
    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus

    def body(self, spec: dict) -> tuple[EmailMessage, dict[str, str]]:
        """The MIME body of spec, and the text of each text part by content type (for checks)."""
        corpus = self.corpus
        expected: dict[str, str] = {}
        msg = EmailMessage(policy=email.policy.default)
        text = corpus.full_text(spec) if spec.get("text") is not None else None
        html = corpus.full_html(spec)
        if text is not None:
            msg.set_content(text, **text_part_args(spec))
            expected["text/plain"] = text
            if html is not None:
                msg.add_alternative(html, subtype="html", **text_part_args(spec, "html_"))
                expected["text/html"] = html
        else:
            assert html is not None, spec["id"]
            msg.set_content(html, subtype="html", **text_part_args(spec, "html_"))
            expected["text/html"] = html
        if "ics" in spec:
            ics = make_ics(spec)
            expected["text/calendar"] = ics
            method = spec["ics"].get("method", "REQUEST")
            if spec["ics"].get("attach"):
                msg.add_attachment(ics, subtype="calendar", filename="invite.ics",
                                   params={"method": method}, cte="base64")
            else:
                msg.add_alternative(ics, subtype="calendar", params={"method": method},
                                    cte=spec["ics"].get("cte", "7bit"))
        for fname, lines in spec.get("pdfs", []):
            msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf",
                               filename=fname)
        if "fwd" in spec:
            inner = self.message(spec["fwd"], top=False)
            msg.add_attachment(inner, disposition="inline")
        return msg, expected

    def message(self, spec: dict, top: bool = True) -> EmailMessage:
        msg, _ = self.body(spec)
        mime = list(msg.raw_items())
        for name in dict.fromkeys(n for n, _ in mime):
            del msg[name]
        address_header(msg, "From", [spec["frm"]], spec.get("name_enc"))
        address_header(msg, "To", spec.get("to", [CANDIDATE]), spec.get("to_enc"))
        if spec.get("cc"):
            address_header(msg, "Cc", spec["cc"])
        if spec.get("reply_to"):
            address_header(msg, "Reply-To", [spec["reply_to"]])
        if spec.get("subj_enc"):
            msg.set_raw("Subject", encoded_words(spec["subject"], "Subject", spec["subj_enc"]))
        elif len(spec["subject"]) + 9 > 78 and spec["subject"].isascii():
            msg.set_raw("Subject", fold_plain("Subject", spec["subject"]))
        else:
            msg["Subject"] = spec["subject"]
        msg["Date"] = format_datetime(when(spec))
        msg["Message-ID"] = message_id(spec)
        parent = self.corpus.by_id.get(spec.get("reply", ""))
        if parent is not None:
            msg["In-Reply-To"] = message_id(parent)
            msg["References"] = " ".join([*self.references(parent), message_id(parent)])
        for name, value in spec.get("headers", {}).items():
            msg[name] = value
        for name, value in mime:
            msg.set_raw(name, value)
        self.set_boundaries(msg, spec["id"])
        self.strip_inner_mime_version(msg)
        return msg

    def strip_inner_mime_version(self, part: EmailMessage) -> None:
        """MIME-Version belongs on the message, not on its body parts."""
        if part.get_content_maintype() != "multipart":
            return
        for sub in part.get_payload():
            del sub["MIME-Version"]
            self.strip_inner_mime_version(sub)

    def references(self, spec: dict) -> list[str]:
        parent = self.corpus.by_id.get(spec.get("reply", ""))
        if parent is None:
            return []
        return [*self.references(parent), message_id(parent)]

    def set_boundaries(self, msg: EmailMessage, key: str) -> None:
        n = 0
        for part in msg.walk():
            if part.is_multipart() and part.get_content_maintype() == "multipart":
                n += 1
                part.set_boundary(f"=_318_{short_hash(key)}_{n:02d}")


# --- checks --------------------------------------------------------------------------------

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def all_defects(msg: EmailMessage) -> list[str]:
    found = []
    for part in msg.walk():
        found += [repr(d) for d in part.defects]
        for name, value in part.items():
            found += [f"{name}: {d!r}" for d in getattr(value, "defects", [])]
    return found


def check(spec: dict, raw: bytes, expected: dict[str, str]) -> None:
    sid = spec["id"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert not all_defects(msg), (sid, all_defects(msg))
    assert str(msg["Subject"]) == spec["subject"], (sid, str(msg["Subject"]))
    assert msg["From"].addresses[0].display_name == spec["frm"][0], sid
    assert msg["From"].addresses[0].addr_spec == spec["frm"][1], sid
    assert msg["Date"].datetime == when(spec), sid
    assert when(spec).year == 2026, sid
    seen: dict[str, str] = {}
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text" and ctype not in seen:
            seen[ctype] = part.get_content()
    for ctype, text in expected.items():
        assert norm(seen.get(ctype, "")) == norm(text), (sid, ctype)
    for fname, _ in spec.get("pdfs", []):
        pdfs = [p for p in msg.walk() if p.get_filename() == fname]
        assert pdfs and pdfs[0].get_content().startswith(b"%PDF-1.4"), (sid, fname)
    # label rules
    kind, company, contact = spec["kind"], spec.get("company", ""), spec.get("contact", "")
    assert kind in KINDS and spec["lang"] in LANGS, sid
    if kind == "other":
        assert company == "", sid
    else:
        assert company and company == company.strip(), sid
        assert not LEGAL_FORMS.search(company), (sid, company)
    own = spec["frm"][1].lower() == CANDIDATE[1]
    if own:
        assert kind == "other" and not contact, sid
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE[1], sid
        pool = [a.addr_spec.lower() for h in ("Reply-To", "From") for a in
                (msg[h].addresses if msg[h] else ())]
        assert contact in pool, (sid, contact, pool)
        domain = contact.split("@", 1)[1]
        assert not any(domain.endswith(d) for d in ATS_DOMAINS), sid
        assert not SYSTEM_LOCAL.match(contact.split("@", 1)[0]), sid
        if spec.get("reply_to"):
            assert contact == spec["reply_to"][1].lower(), (sid, "reply-to first")


def main() -> None:
    specs = (msgs318_rejections.MESSAGES + msgs318_invites.MESSAGES + msgs318_acks.MESSAGES
             + msgs318_offers.MESSAGES + msgs318_other.MESSAGES)
    corpus = Corpus(specs)
    builder = Builder(corpus)
    for old in sorted(HERE.glob("*/*.eml")):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    counters: dict[str, int] = {}
    for spec in sorted(specs, key=lambda s: (KINDS.index(s["kind"]), when(s), s["id"])):
        kind = spec["kind"]
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['id']}.eml"
        try:
            msg = builder.message(spec)
            _, expected = builder.body(spec)
            raw = msg.as_bytes(policy=email.policy.default)
            check(spec, raw, expected)
        except Exception as error:
            raise SystemExit(f"{spec['id']}: {type(error).__name__}: {error}") from error
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
    ids = [message_id(s) for s in specs]
    assert len(set(ids)) == len(ids), "duplicate Message-ID"
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = {(k, lg): 0 for k in KINDS for lg in LANG_ORDER}
    for row in rows:
        table[(row[1], row[4])] += 1
    print(f"{'kind':32}" + "".join(f"{lg:>5}" for lg in LANG_ORDER) + "  total")
    for k in KINDS:
        counts = [table[(k, lg)] for lg in LANG_ORDER]
        print(f"{k:32}" + "".join(f"{c:5d}" for c in counts) + f"  {sum(counts):5d}")
    totals = [sum(table[(k, lg)] for k in KINDS) for lg in LANG_ORDER]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"  {sum(totals):5d}")


if __name__ == "__main__":
    main()
