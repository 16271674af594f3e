"""Build the threehundredth corpus: hand-written specs (msgs300_*.py) -> .eml files + labels.csv.

Standard library only. Deterministic: same bytes on every run. Deletes and rewrites only *.eml
and labels.csv inside this folder. Run: python tests/corpus_threehundredth/make_threehundredth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import io
import itertools
import quopri
import re
import sys
import unicodedata
from datetime import datetime
from email import base64mime, quoprimime
from email.generator import BytesGenerator
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs300_acks  # noqa: E402
import msgs300_invites  # noqa: E402
import msgs300_other  # noqa: E402
import msgs300_rejections  # noqa: E402
import msgs300_threads  # noqa: E402
from msgs300_common import CAND, CAND_ADDR, attribution, outlook_block  # noqa: E402

Spec = dict[str, Any]
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"no-?reply|do-?not-?reply|notification|mailer|alert|newsletter|info@")
LEGAL = re.compile(r"\b(GmbH|SA|S\.A\.|SAS|SARL|S\.L\.|SL|Ltd|Inc|AG|LLC|plc|BV|SE|Sàrl)\b\.?$")
TZ = {"+0100": "Europe/Paris", "+0200": "Europe/Paris"}
CTE_CYCLE = ("quoted-printable", "8bit", "base64")


def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for module in (msgs300_threads, msgs300_rejections, msgs300_invites, msgs300_acks,
                   msgs300_other):
        specs.extend(module.MESSAGES)
    return specs


def when(spec: Spec) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def msgid(spec: Spec) -> str:
    return f"<{spec['key'].replace('_', '.')}.2026@{domain(spec['frm'][1])}>"


def encoded_words(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    """RFC 2047 encoded words, cut on character boundaries so each stays short."""
    size = 14 if enc == "q" else 24
    if " " not in text and len(text) <= 2 * size:
        size = len(text)
    cuts, i = [0], size
    while i < len(text):
        # never cut next to a space: a space at the edge of an encoded word can be doubled
        while i < len(text) and (text[i] == " " or text[i - 1] == " "):
            i += 1
        if i < len(text):
            cuts.append(i)
        i += size
    cuts.append(len(text))
    words = []
    for a, b in itertools.pairwise(cuts):
        raw = text[a:b].encode(charset)
        if enc == "q":
            words.append(quoprimime.header_encode(raw, charset))
        else:
            words.append(base64mime.header_encode(raw, charset))
    return " ".join(words)


def header_text(text: str, enc: tuple[str, str] | None) -> str:
    if enc is None and text.isascii():
        return text
    charset, how = enc or ("utf-8", "q")
    return encoded_words(text, charset, how)


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    charset, how = enc or ("utf-8", "q")
    # one encoded word per blank-separated word: a mail reader's address parser keeps the
    # blank between adjacent encoded words of a display name
    words = " ".join(encoded_words(w, charset, how) for w in name.split(" "))
    return f"{words} <{addr}>"


def text_part(text: str, subtype: str, charset: str, cte: str,
              extra: str = "") -> Message:
    part = Message()
    data = text.encode(charset)
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    if cte == "8bit" and data.isascii():
        cte = "7bit"
    part["Content-Transfer-Encoding"] = cte
    if cte == "quoted-printable":
        part.set_payload(quopri.encodestring(data).decode("ascii"))
    elif cte == "base64":
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    else:
        part.set_payload(data.decode("ascii", "surrogateescape"))
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines in Helvetica."""
    def clean(s: str) -> str:
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({clean(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
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
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()


VTZ = {
    "Europe/London": ("GMT", "+0000", "BST", "+0100"),
    "Europe/Paris": ("CET", "+0100", "CEST", "+0200"),
    "Europe/Berlin": ("CET", "+0100", "CEST", "+0200"),
    "Europe/Brussels": ("CET", "+0100", "CEST", "+0200"),
    "Europe/Zurich": ("CET", "+0100", "CEST", "+0200"),
    "Europe/Madrid": ("CET", "+0100", "CEST", "+0200"),
}


def ics_text(ics: Spec, stamp: datetime) -> str:
    tz = ics.get("tz", "Europe/Paris")
    std, std_off, dst, dst_off = VTZ[tz]
    org_name, org_addr = ics["organizer"]
    method = ics.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus300//Calendar//EN", "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}",
        f"TZNAME:{dst}", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}",
        f"TZNAME:{std}", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%S')}Z",
        f"DTSTART;TZID={tz}:{ics['start']}",
        f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={CAND[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CAND_ADDR}",
        f"STATUS:{status}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = specs
        self.by_key = {s["key"]: s for s in specs}
        assert len(self.by_key) == len(specs), "duplicate keys"
        self.plain: dict[str, str] = {}
        self.texts: dict[str, list[str]] = {}
        self.counter = 0

    def boundary(self, spec: Spec) -> str:
        self.counter += 1
        return f"=_300_{spec['key']}_{self.counter}"

    def chain(self, spec: Spec) -> list[str]:
        ids: list[str] = []
        parent = spec.get("parent")
        while parent:
            ids.insert(0, msgid(self.by_key[parent]))
            parent = self.by_key[parent].get("parent")
        return ids

    def full_plain(self, spec: Spec) -> str | None:
        key = spec["key"]
        if key in self.plain:
            return self.plain[key]
        body = spec.get("body")
        if body is None:
            return None
        text = body.strip("\n") + "\n"
        style = spec.get("quote")
        if style:
            parent = self.by_key[spec["parent"]]
            ptext = self.full_plain(parent)
            assert ptext is not None, f"{key}: parent has no plain body to quote"
            pname, paddr = parent["frm"]
            if style.startswith("outlook"):
                to = parent.get("to", CAND)
                block = outlook_block(style, when(parent), f"{pname} <{paddr}>",
                                      f"{to[0]} <{to[1]}>", parent["subject"])
                sep = "-----Original Message-----" if style == "outlook_en" else (
                    "________________________________")
                text += f"\n{sep}\n{block}\n\n{ptext}"
            else:
                quoted = "\n".join(">" + (" " + ln if ln and not ln.startswith(">") else ln)
                                   for ln in ptext.rstrip("\n").split("\n"))
                text += f"\n{attribution(style, when(parent), pname, paddr)}\n{quoted}\n"
        self.plain[key] = text
        return text

    def headers(self, msg: Message, spec: Spec, top: bool = True) -> None:
        msg["From"] = address(spec["frm"], spec.get("name_enc"))
        if spec.get("reply_to"):
            msg["Reply-To"] = address(spec["reply_to"])
        to = spec.get("to", CAND)
        msg["To"] = address(to, spec.get("to_enc"))
        if spec.get("cc"):
            msg["Cc"] = ", ".join(address(c) for c in spec["cc"])
        msg["Subject"] = header_text(spec["subject"], spec.get("subj_enc"))
        msg["Date"] = format_datetime(when(spec))
        msg["Message-ID"] = msgid(spec)
        if top:
            refs = self.chain(spec)
            if refs:
                msg["In-Reply-To"] = refs[-1]
                msg["References"] = " ".join(refs)
        for name, value in spec.get("headers", {}).items():
            msg[name] = value
        msg["MIME-Version"] = "1.0"

    def body_parts(self, spec: Spec, index: int) -> Message:
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", CTE_CYCLE[index % 3])
        plain = self.full_plain(spec)
        html = spec.get("html")
        texts = self.texts.setdefault(spec["key"], [])
        parts: list[Message] = []
        if plain is not None:
            parts.append(text_part(plain, "plain", charset, cte))
            texts.append(plain)
        if html is not None:
            parts.append(text_part(html, "html", charset, spec.get("html_cte", "quoted-printable")))
            texts.append(html)
        if spec.get("ics"):
            ics = ics_text(spec["ics"], when(spec))
            method = spec["ics"].get("method", "REQUEST")
            parts.append(text_part(ics, "calendar", "utf-8", "7bit", f"; method={method}"))
            texts.append(ics)
        assert parts, f"{spec['key']}: no body"
        if len(parts) == 1:
            return parts[0]
        alt = Message()
        alt["Content-Type"] = f'multipart/alternative; boundary="{self.boundary(spec)}"'
        for p in parts:
            alt.attach(p)
        return alt

    def build(self, spec: Spec, index: int) -> Message:
        body = self.body_parts(spec, index)
        extras: list[Message] = []
        for fname, lines in spec.get("pdfs", []):
            att = Message()
            att["Content-Type"] = f'application/pdf; name="{fname}"'
            att["Content-Disposition"] = f'attachment; filename="{fname}"'
            att["Content-Transfer-Encoding"] = "base64"
            att.set_payload(base64.encodebytes(pdf_bytes(lines)).decode("ascii"))
            extras.append(att)
        if spec.get("fwd"):
            inner_spec = dict(spec["fwd"])
            inner_spec.setdefault("key", spec["key"] + "_fwd")
            inner = Message()
            self.headers(inner, inner_spec, top=False)
            inner_text = inner_spec["body"].strip("\n") + "\n"
            ipart = text_part(inner_text, "plain", inner_spec.get("charset", "utf-8"),
                              inner_spec.get("cte", "8bit"))
            for k, v in ipart.items():
                inner[k] = v
            inner.set_payload(ipart._payload)  # the raw, encoded payload
            self.texts.setdefault(spec["key"], []).append(inner_text)
            wrap = Message()
            wrap["Content-Type"] = "message/rfc822"
            wrap["Content-Disposition"] = "inline"
            wrap.attach(inner)
            extras.append(wrap)
        if extras:
            msg = Message()
            self.headers(msg, spec)
            msg["Content-Type"] = f'multipart/mixed; boundary="{self.boundary(spec)}"'
            msg.attach(body)
            for e in extras:
                msg.attach(e)
            return msg
        msg = body
        tmp = Message()
        self.headers(tmp, spec)
        for k, v in tmp.items():
            msg[k] = v
        # body's own content headers go after the envelope headers
        ordered = [(k, v) for k, v in msg.items() if not k.lower().startswith("content-")]
        ordered += [(k, v) for k, v in msg.items() if k.lower().startswith("content-")]
        msg._headers = ordered  # envelope headers first
        return msg


def serialize(msg: Message) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=email.policy.compat32.clone(linesep="\n"),
                   maxheaderlen=78).flatten(msg)
    return out.getvalue()


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


def check(spec: Spec, data: bytes, texts: list[str]) -> None:
    key = spec["key"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        assert not part.defects, f"{key}: defects {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, f"{key}: no {name}"
        assert not getattr(msg[name], "defects", ()), f"{key}: {name} defects"
    assert str(msg["Subject"]) == spec["subject"], f"{key}: subject {msg['Subject']!r}"
    frm = msg["From"].addresses[0]
    assert frm.display_name == spec["frm"][0], f"{key}: from name {frm.display_name!r}"
    assert frm.addr_spec == spec["frm"][1], key
    assert msg["Date"].datetime == when(spec), key
    got = [norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    assert got == [norm(t) for t in texts], f"{key}: bodies differ"
    # label rules
    kind, lang, company, contact = spec["kind"], spec["lang"], spec["company"], spec["contact"]
    assert kind in KINDS and lang in ("en", "de", "fr", "es"), key
    own = spec["frm"][1] == CAND_ADDR
    if own:
        assert kind == "other" and not contact, f"{key}: own mail"
    if kind == "other":
        assert company == "", f"{key}: company on other"
    else:
        assert company and company == company.strip() and not LEGAL.search(company), key
        visible = " ".join([spec["subject"], spec["frm"][0], *texts]).lower()
        assert company.lower() in visible, f"{key}: company {company!r} not in message"
    if contact:
        assert contact == contact.lower(), key
        heads = [str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])]
        addrs = [a.lower() for _, a in getaddresses(heads)]
        assert contact in addrs, f"{key}: contact not in Reply-To/From"
        assert domain(contact) not in ATS_DOMAINS and not SYSTEM_LOCAL.search(contact), key
        assert contact != CAND_ADDR, key
    else:
        human = spec.get("reply_to") or spec["frm"]
        assert own or spec.get("system") or domain(human[1]) in ATS_DOMAINS or \
            SYSTEM_LOCAL.search(human[1]), f"{key}: human sender but empty contact"


def main() -> None:
    specs = sorted(all_specs(), key=lambda s: (when(s), s["key"]))
    builder = Builder(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    errors: list[str] = []
    for index, spec in enumerate(specs, 1):
        try:
            data = serialize(builder.build(spec, index))
            check(spec, data, builder.texts[spec["key"]])
        except (AssertionError, UnicodeError) as error:
            errors.append(f"{spec['key']}: {error}")
            continue
        rel = f"{spec['kind']}/{index:03d}_{spec['key']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    if errors:
        sys.exit("\n".join(errors))
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        counts[(r[1], r[4])] = counts.get((r[1], r[4]), 0) + 1
    langs = ("fr", "en", "de", "es")
    print(f"{'kind':32}" + "".join(f"{lg:>5}" for lg in langs) + "  total")
    for k in KINDS:
        line = [counts.get((k, lg), 0) for lg in langs]
        print(f"{k:32}" + "".join(f"{n:5}" for n in line) + f"  {sum(line):5}")
    tot = [sum(counts.get((k, lg), 0) for k in KINDS) for lg in langs]
    print(f"{'total':32}" + "".join(f"{n:5}" for n in tot) + f"  {sum(tot):5}")


if __name__ == "__main__":
    main()
