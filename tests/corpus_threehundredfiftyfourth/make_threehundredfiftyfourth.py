"""Build corpus 354 (Cormac Ó Briain-Castellanos, bar manager -> brewery sales) from the
hand-written specs in msgs354_*.py. Standard library only, deterministic output.

Run: python tests/corpus_threehundredfiftyfourth/make_threehundredfiftyfourth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import re
import sys
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs354_acks  # noqa: E402
import msgs354_invites  # noqa: E402
import msgs354_other  # noqa: E402
import msgs354_rejections  # noqa: E402
import msgs354_threads  # noqa: E402
from msgs354_common import CANDIDATE_ADDR, ME, Spec  # noqa: E402

POLICY = email.policy.default.clone(linesep="\n")
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.|SL|S\.L\.|SAS|SARL|SRL|BV|NV|Ltd|Limited|Inc|"
                   r"LLC|plc|KG|UG|SpA|DAC)\b\.?$", re.IGNORECASE)
NO_HUMAN = re.compile(r"(no-?reply|do-?not-?reply|notifications?@|jobs@|careers@|alerts?@|"
                      r"mailer|bounce|news@|newsletter|info@|hello@|team@)")
ATS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
       "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
       "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com")

MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}


# ---------------------------------------------------------------- encoded words
def encoded_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 encoded words for `text`, split on character boundaries, one per folded line
    (each word at most 66 characters, so no line needs refolding)."""

    def encode(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc.upper() == "B":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            payload = "".join(
                chr(b) if chr(b).isalnum() and b < 128 else "_" if b == 32 else f"={b:02X}"
                for b in raw)
        return f"=?{charset}?{enc.upper()}?{payload}?="

    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(encode(chunk + ch)) > 66:
            words.append(encode(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(encode(chunk))
    return "\n ".join(words)


# ---------------------------------------------------------------- PDF
def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (Helvetica)."""
    def esc(s: str) -> str:
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


# ---------------------------------------------------------------- calendar
def ics_text(ics: dict[str, Any], organizer: str) -> str:
    tz = ics.get("tz", "Europe/Dublin")
    std = {"Europe/Dublin": ("+0100", "+0000", "IST", "GMT"),
           "Europe/London": ("+0100", "+0000", "BST", "GMT"),
           "Europe/Berlin": ("+0200", "+0100", "CEST", "CET"),
           "Europe/Brussels": ("+0200", "+0100", "CEST", "CET"),
           "Europe/Madrid": ("+0200", "+0100", "CEST", "CET")}[tz]
    method = ics.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus354//Calendar//EN", "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std[1]}", f"TZOFFSETTO:{std[0]}", f"TZNAME:{std[2]}",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{std[0]}", f"TZOFFSETTO:{std[1]}", f"TZNAME:{std[3]}",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
        "DTSTAMP:" + ics["stamp"],
        f"DTSTART;TZID={tz}:{ics['start']}", f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{ics['summary']}", f"LOCATION:{ics.get('location', 'Online')}",
        f"ORGANIZER;CN=Organiser:mailto:{organizer}",
        f"ATTENDEE;CN=Cormac;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CANDIDATE_ADDR}",
        "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- quoting
def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def plain_of(spec: Spec) -> str:
    if spec.get("text"):
        return spec["_text_full"]
    html = spec["html"]
    html = re.sub(r"(?is)<(style|title|head).*?</\1>", "", html)
    html = re.sub(r"(?i)<br\s*/?>|</p>|</tr>", "\n", html)
    text = re.sub(r"<[^>]+>", "", html)
    text = text.replace("&amp;", "&").replace("&nbsp;", " ")
    return "\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


def attribution(style: str, parent: Spec) -> str:
    d = parse_date(parent["date"])
    name, addr = parent["frm"]
    hm = d.strftime("%H:%M")
    if style == "en":
        return (f"On {DAYS['en'][d.weekday()]}, {d.day} {MONTHS['en'][d.month - 1]} {d.year} "
                f"at {hm}, {name} <{addr}> wrote:")
    if style == "de":
        return f"Am {d:%d.%m.%Y} um {hm} schrieb {name} <{addr}>:"
    if style == "fr":
        return (f"Le {DAYS['fr'][d.weekday()]} {d.day} {MONTHS['fr'][d.month - 1]} {d.year} "
                f"à {hm}, {name} <{addr}> a écrit :")
    if style == "es":
        return (f"El {DAYS['es'][d.weekday()]}, {d.day} {MONTHS['es'][d.month - 1]} {d.year} "
                f"a las {hm}, {name} (<{addr}>) escribió:")
    raise ValueError(style)


OUTLOOK = {
    "en": ("-----Original Message-----", "From", "Sent", "To", "Subject"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von", "Gesendet", "An", "Betreff"),
    "fr": ("-----Message d'origine-----", "De", "Envoyé", "À", "Objet"),
    "es": ("-----Mensaje original-----", "De", "Enviado el", "Para", "Asunto"),
}


def quoted(style: str, parent: Spec, lang: str) -> str:
    body = plain_of(parent)
    if style == "outlook":
        head, f, s, t, subj = OUTLOOK[lang]
        to = parent.get("to", ME)
        d = parse_date(parent["date"])
        return (f"\n{head}\n{f}: {parent['frm'][0]} <{parent['frm'][1]}>\n"
                f"{s}: {d:%d/%m/%Y %H:%M}\n{t}: {to[0]} <{to[1]}>\n{subj}: {parent['subject']}"
                f"\n\n{body}")
    lines = [("> " + ln) if ln and not ln.startswith(">") else (">" + ln) if ln else ">"
             for ln in body.rstrip("\n").split("\n")]
    return "\n" + attribution(style, parent) + "\n" + "\n".join(lines) + "\n"


# ---------------------------------------------------------------- building
def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def fold_ascii(value: str, used: int) -> str:
    """Fold a plain ASCII header value at spaces so that no line passes 78 characters."""
    lines: list[str] = []
    line = ""
    for word in value.split(" "):
        room = 78 - (used if not lines else 0)
        if line and len(line) + 1 + len(word) > room:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n ".join(lines)


def set_addr(msg: EmailMessage, header: str, pair: tuple[str, str], ew: Any = None) -> None:
    name, addr = pair
    if ew:
        msg.set_raw(header, f"{encoded_words(name, *ew)}\n <{addr}>")
    else:
        msg[header] = formataddr((name, addr)) if name.isascii() else _utf8_addr(name, addr)


def _utf8_addr(name: str, addr: str) -> str:
    from email.headerregistry import Address
    return str(Address(display_name=name, addr_spec=addr))


def body_part(text: str, subtype: str, spec: Spec, prefix: str = "") -> dict[str, Any]:
    charset = spec.get(prefix + "charset", "utf-8")
    cte = spec.get(prefix + "cte")
    if cte is None:
        short = max(len(line) for line in text.split("\n")) <= 76
        cte = "7bit" if text.isascii() and short else "quoted-printable"
    return {"subtype": subtype, "charset": charset, "cte": cte}


def build(spec: Spec, index: int, by_id: dict[str, Spec]) -> tuple[EmailMessage, list[str]]:
    msg = EmailMessage(policy=POLICY)
    frm = spec["frm"]
    to = spec.get("to", ME)
    set_addr(msg, "From", frm, spec.get("from_ew"))
    set_addr(msg, "To", to, spec.get("to_ew"))
    if spec.get("cc"):
        set_addr(msg, "Cc", spec["cc"])
    if spec.get("reply_to"):
        set_addr(msg, "Reply-To", spec["reply_to"])
    if spec.get("subject_ew"):
        msg.set_raw("Subject", encoded_words(spec["subject"], *spec["subject_ew"]))
    elif spec["subject"].isascii():
        msg.set_raw("Subject", fold_ascii(spec["subject"], len("Subject: ")))
    else:
        msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(parse_date(spec["date"]))
    msg["Message-ID"] = spec["_mid"]
    if spec.get("parent"):
        chain = []
        cur: Spec | None = by_id[spec["parent"]]
        while cur is not None:
            chain.insert(0, cur["_mid"])
            cur = by_id.get(cur.get("parent", ""))
        msg["In-Reply-To"] = chain[-1]
        msg["References"] = " ".join(chain)
    for name, value in spec.get("headers", {}).items():
        msg[name] = value

    expected: list[str] = []
    text = spec.get("_text_full")
    html = spec.get("html")
    first = True

    def add(content: str, subtype: str, prefix: str = "", params: dict[str, str] | None = None,
            ) -> None:
        nonlocal first
        opts = body_part(content, subtype, spec, prefix)
        kwargs: dict[str, Any] = {"subtype": opts["subtype"], "charset": opts["charset"],
                                  "cte": opts["cte"]}
        if params:
            kwargs["params"] = params
        if first:
            msg.set_content(content, **kwargs)
            first = False
        else:
            msg.add_alternative(content, **kwargs)
        expected.append(content)

    if text:
        add(text, "plain")
    if html:
        add(html, "html", "html_")
    if spec.get("ics"):
        ics = ics_text(spec["ics"], spec["ics"].get("organizer", frm[1]))
        method = spec["ics"].get("method", "REQUEST")
        add(ics, "calendar", "ics_", {"method": method})
    for fname, lines in spec.get("pdfs", []):
        msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf",
                           filename=fname)
    if spec.get("ics_file"):
        ics = ics_text(spec["ics_file"], frm[1])
        msg.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar",
                           filename="invite.ics")
        expected.append(ics)
    if spec.get("fwd"):
        inner_spec = spec["fwd"]
        inner, inner_expected = build(inner_spec, index, by_id)
        msg.add_attachment(inner, disposition="inline")
        expected.extend(inner_expected)
    for n, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_354_{index:03d}_{n}_{spec['slug'][:12]}")
    return msg, expected


def finish_texts(specs: list[Spec]) -> dict[str, Spec]:
    by_id: dict[str, Spec] = {}
    for i, spec in enumerate(specs, 1):
        digest = hashlib.sha1(f"354-{i}-{spec['slug']}".encode()).hexdigest()[:16]
        spec["_mid"] = f"<{digest}.{spec['slug']}@{domain_of(spec['frm'][1])}>"
        if spec.get("fwd"):
            fw = spec["fwd"]
            fwd_digest = hashlib.sha1(f"354-fwd-{fw['slug']}".encode()).hexdigest()[:16]
            fw["_mid"] = f"<{fwd_digest}.{fw['slug']}@{domain_of(fw['frm'][1])}>"
            fw["_text_full"] = fw.get("text")
        if spec.get("id"):
            assert spec["id"] not in by_id, spec["id"]
            by_id[spec["id"]] = spec
    for spec in specs:  # specs are listed parent-first within each thread
        text = spec.get("text")
        if text is not None and spec.get("quote"):
            text = text.rstrip("\n") + "\n" + quoted(spec["quote"], by_id[spec["parent"]],
                                                     spec["lang"])
        spec["_text_full"] = text
    return by_id


def check_labels(spec: Spec, msg: EmailMessage) -> None:
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS, kind
    assert spec["lang"] in ("en", "de", "fr", "es")
    own = spec["frm"][1] == CANDIDATE_ADDR
    if kind == "other":
        assert company == "", f"{spec['slug']}: other carries no company"
    else:
        assert company and company == company.strip(), spec["slug"]
        assert not LEGAL.search(company), f"{spec['slug']}: legal form in {company!r}"
    if own:
        assert kind == "other" and contact == "", spec["slug"]
    if contact:
        assert contact == contact.lower(), spec["slug"]
        found = [a.lower() for _, a in getaddresses(
            [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
        assert contact in found, f"{spec['slug']}: {contact} not in Reply-To/From"
        assert contact != CANDIDATE_ADDR
        assert not NO_HUMAN.search(contact), f"{spec['slug']}: {contact} looks like a system"
        assert not any(contact.endswith(d) for d in ATS), spec["slug"]
        if spec.get("reply_to"):
            assert contact == spec["reply_to"][1].lower(), f"{spec['slug']}: use Reply-To"
    else:
        rt = spec.get("reply_to")
        human_rt = rt and not NO_HUMAN.search(rt[1]) and not any(rt[1].endswith(d) for d in ATS)
        if not own and kind != "other":
            assert not human_rt, f"{spec['slug']}: human Reply-To but no contact"


def check_roundtrip(spec: Spec, raw: bytes, expected: list[str]) -> None:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    head = raw.split(b"\n\n", 1)[0]
    for key in ("subject_ew", "from_ew"):
        if spec.get(key):
            charset, enc = spec[key]
            assert f"=?{charset}?{enc}?".encode() in head, f"{spec['slug']}: {key} lost"
    for part in parsed.walk():
        assert not part.defects, f"{spec['slug']}: defects {part.defects}"
    assert str(parsed["Subject"]) == spec["subject"], (spec["slug"], str(parsed["Subject"]))
    assert parsed["From"].addresses[0].display_name == spec["frm"][0], spec["slug"]
    assert parsed["From"].addresses[0].addr_spec == spec["frm"][1], spec["slug"]
    assert parsed["Date"].datetime == parse_date(spec["date"]), spec["slug"]
    assert parsed["Date"].datetime.year == 2026
    got = [p.get_content() for p in parsed.walk() if p.get_content_maintype() == "text"]

    def norm(s: str) -> str:
        return s.replace("\r\n", "\n").rstrip("\n")

    assert [norm(g) for g in got] == [norm(e) for e in expected], f"{spec['slug']}: bodies"


def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for module in (msgs354_threads, msgs354_rejections, msgs354_invites, msgs354_acks,
                   msgs354_other):
        specs.extend(module.SPECS)
    return specs


def main() -> None:
    specs = all_specs()
    by_id = finish_texts(specs)
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    counters: dict[str, int] = {}
    seen_mids: set[str] = set()
    for index, spec in enumerate(specs, 1):
        kind = spec["kind"]
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{index:03d}_{spec['slug']}.eml"
        msg, expected = build(spec, index, by_id)
        raw = msg.as_bytes()
        check_roundtrip(spec, raw, expected)
        check_labels(spec, msg)
        assert spec["_mid"] not in seen_mids, spec["slug"]
        seen_mids.add(spec["_mid"])
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[tuple[str, str], int] = {}
    for _, kind, _, _, lang in rows:
        table[kind, lang] = table.get((kind, lang), 0) + 1
    print(f"{len(rows)} messages")
    print(f"{'kind':32} {'en':>4} {'fr':>4} {'de':>4} {'es':>4} {'all':>5}")
    for kind in KINDS:
        counts = [table.get((kind, lg), 0) for lg in ("en", "fr", "de", "es")]
        print(f"{kind:32} " + " ".join(f"{c:>4}" for c in counts) + f" {sum(counts):>5}")
    totals = [sum(v for (_, lg), v in table.items() if lg == lang)
              for lang in ("en", "fr", "de", "es")]
    print(f"{'all':32} " + " ".join(f"{c:>4}" for c in totals) + f" {sum(totals):>5}")


if __name__ == "__main__":
    main()
