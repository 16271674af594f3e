"""Build the threehundredtwentyfirst corpus: *.eml files and labels.csv from the msgs321_* specs.

Standard library only. Deterministic: same bytes on every run. It deletes and rewrites only
*.eml and labels.csv inside this folder, then re-parses every message and checks it.

    python tests/corpus_threehundredtwentyfirst/make_threehundredtwentyfirst.py
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
from datetime import UTC, datetime, timedelta
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs321_acks  # noqa: E402
import msgs321_invites  # noqa: E402
import msgs321_other  # noqa: E402
import msgs321_rejections  # noqa: E402
import msgs321_threads  # noqa: E402
from msgs321_common import DAYS, ME, MONTHS, Spec, html_shell, wrap  # noqa: E402

MODULES = [msgs321_threads, msgs321_rejections, msgs321_invites, msgs321_acks, msgs321_other]
KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["es", "en", "de", "fr"]
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
LEGAL = re.compile(r"\b(gmbh|s\.?a\.?u?|s\.?l\.?u?|sas|sarl|ltd|inc|ag|kg|llc|plc|s\.coop)\.?$",
                   re.IGNORECASE)
OUT_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=78)


def h(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def when(spec: Spec) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def encoded(text: str, cs_enc: tuple[str, str], name: str) -> Header | str:
    if text.isascii():
        return text
    cs, enc = cs_enc
    charset = Charset(cs)
    charset.header_encoding = QP if enc == "q" else BASE64
    return Header(text, charset, header_name=name)


def addr_value(pairs: list[tuple[str, str]], cs_enc: tuple[str, str], name: str) -> Any:
    if len(pairs) == 1 and not pairs[0][0].isascii():
        disp, addr = pairs[0]
        value = encoded(disp, cs_enc, name)
        assert isinstance(value, Header)
        value.append(f" <{addr}>", "us-ascii")
        return value
    assert all(n.isascii() for n, _ in pairs), pairs
    return ", ".join(formataddr(p) for p in pairs)


# --- quoting -------------------------------------------------------------------------------

def attribution(style: str, parent: Spec) -> str:
    d = when(parent)
    name, addr = parent["frm"]
    hm = d.strftime("%H:%M")
    if style == "es":
        return f"El {DAYS['es'][d.weekday()]}, {d.day} {MONTHS['es'][d.month - 1]} {d.year} " \
               f"a las {hm}, {name} (<{addr}>) escribió:"
    if style == "en":
        return f"On {DAYS['en'][d.weekday()]}, {d.day} {MONTHS['en'][d.month - 1]} {d.year} " \
               f"at {hm}, {name} <{addr}> wrote:"
    if style == "de":
        return f"Am {d:%d.%m.%Y} um {hm} schrieb {name} <{addr}>:"
    if style == "fr":
        return f"Le {DAYS['fr'][d.weekday()]} {d.day} {MONTHS['fr'][d.month - 1]} {d.year} " \
               f"à {hm}, {name} <{addr}> a écrit :"
    labels = {
        "outlook_en": ("From", "Sent", "To", "Subject", "-----Original Message-----"),
        "outlook_es": ("De", "Enviado", "Para", "Asunto", "-----Mensaje original-----"),
        "outlook_de": ("Von", "Gesendet", "An", "Betreff", "-----Ursprüngliche Nachricht-----"),
        "outlook_fr": ("De ", "Envoyé ", "À ", "Objet ", "-----Message d'origine-----"),
    }[style]
    to = "; ".join(f"{n} <{a}>" for n, a in parent["to"])
    return (f"{labels[4]}\n{labels[0]}: {name} <{addr}>\n"
            f"{labels[1]}: {d:%d/%m/%Y %H:%M}\n{labels[2]}: {to}\n{labels[3]}: {parent['subj']}")


class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.by_id: dict[str, Spec] = {}
        for spec in specs:
            assert spec["id"] not in self.by_id, spec["id"]
            self.by_id[spec["id"]] = spec
        self.texts: dict[str, str] = {}
        self.counter = 0

    def msgid(self, spec: Spec) -> str:
        domain = spec["frm"][1].split("@")[1]
        return f"<{when(spec):%Y%m%d%H%M}.{h('mid', spec['id'])[:14]}@{domain}>"

    def refs(self, spec: Spec) -> list[str]:
        chain: list[str] = []
        parent = spec["parent"]
        while parent:
            p = self.by_id[parent]
            chain.insert(0, self.msgid(p))
            parent = p["parent"]
        return chain

    def text(self, spec: Spec) -> str:
        if spec["id"] not in self.texts:
            body = wrap(spec["body"])
            if spec["quote"]:
                parent = self.by_id[spec["parent"]]
                quoted = "".join(f"> {line}\n" if line else ">\n"
                                 for line in self.text(parent).rstrip("\n").split("\n"))
                quoted = quoted.replace("> >", ">>")
                if spec["quote"].startswith("outlook"):
                    body += "\n" + attribution(spec["quote"], parent) + "\n\n" + \
                        self.text(parent)
                else:
                    body += "\n" + attribution(spec["quote"], parent) + "\n" + quoted
            self.texts[spec["id"]] = body
        return self.texts[spec["id"]]

    def boundary(self, spec: Spec) -> str:
        self.counter += 1
        return f"=_321_{h('b', spec['id'], self.counter)[:20]}"

    @staticmethod
    def leaf(text: str, ctype: str, cs: str, cte: str, **params: str) -> Message:
        part = Message()
        extra = "".join(f"; {k}={v}" for k, v in params.items())
        part["Content-Type"] = f'{ctype}; charset="{cs}"{extra}'
        part["Content-Transfer-Encoding"] = cte
        raw = text.encode(cs)
        if cte == "base64":
            payload = base64.encodebytes(raw).decode("ascii")
        elif cte == "quoted-printable":
            payload = quopri.encodestring(raw).decode("ascii")
        elif cte == "8bit":
            payload = raw.decode("ascii", "surrogateescape")
        else:
            payload = raw.decode("ascii")
        part.set_payload(payload)
        return part

    def multipart(self, spec: Spec, sub: str, parts: list[Message]) -> Message:
        mp = Message()
        mp["Content-Type"] = f'multipart/{sub}; boundary="{self.boundary(spec)}"'
        for p in parts:
            mp.attach(p)
        return mp

    def build(self, spec: Spec, expected: list[tuple[str, str]]) -> Message:
        text = self.text(spec)
        cs, cte = spec["cs"], spec["cte"]
        parts: list[Message] = []
        if spec["fmt"] in ("plain", "alt"):
            parts.append(self.leaf(text, "text/plain", cs, cte))
            expected.append(("text/plain", text))
        if spec["fmt"] in ("html", "alt"):
            html = spec["html"] if isinstance(spec["html"], str) else html_shell(
                text, spec.get("brand", ""), spec.get("color", "#1f4e79"))
            parts.append(self.leaf(html, "text/html", cs, cte))
            expected.append(("text/html", html))
        if spec["ics"]:
            ics = self.ics(spec)
            parts.append(self.leaf(ics, "text/calendar", "utf-8", spec["ics"].get("cte", "base64"),
                                   method=spec["ics"]["method"]))
            expected.append(("text/calendar", ics))
        content = parts[0] if len(parts) == 1 else self.multipart(spec, "alternative", parts)
        attached: list[Message] = []
        for name, lines in spec["pdfs"]:
            pdf = Message()
            pdf["Content-Type"] = f'application/pdf; name="{name}"'
            pdf["Content-Disposition"] = f'attachment; filename="{name}"'
            pdf["Content-Transfer-Encoding"] = "base64"
            pdf.set_payload(base64.encodebytes(make_pdf(lines)).decode("ascii"))
            attached.append(pdf)
        if spec["fwd"]:
            inner = self.build(spec["fwd"], expected)
            wrapper = Message()
            wrapper["Content-Type"] = "message/rfc822"
            wrapper["Content-Disposition"] = "inline"
            wrapper.attach(inner)
            attached.append(wrapper)
        if attached:
            content = self.multipart(spec, "mixed", [content, *attached])
        top = Message()
        top["From"] = addr_value([spec["frm"]], spec["name_cs"], "From")
        if spec["reply"]:
            top["Reply-To"] = addr_value([spec["reply"]], spec["name_cs"], "Reply-To")
        top["To"] = addr_value(spec["to"], ("utf-8", "q"), "To")
        if spec["cc"]:
            top["Cc"] = addr_value(spec["cc"], ("utf-8", "q"), "Cc")
        top["Subject"] = encoded(spec["subj"], spec["subj_cs"], "Subject")
        top["Date"] = format_datetime(when(spec))
        top["Message-ID"] = self.msgid(spec)
        chain = self.refs(spec)
        if chain:
            top["In-Reply-To"] = chain[-1]
            top["References"] = " ".join(chain)
        top["MIME-Version"] = "1.0"
        for k, v in spec["hdrs"].items():
            top[k] = v
        for k, v in content.items():
            top[k] = v
        top.set_payload(content._payload)  # raw: keeps 8bit bytes
        return top

    def ics(self, spec: Spec) -> str:
        ev = spec["ics"]
        tz = ev.get("tz", "Europe/Madrid")
        start = datetime.strptime(ev["start"], "%Y-%m-%d %H:%M")
        end = start + timedelta(minutes=ev.get("mins", 60))
        org_name, org_addr = ev.get("organizer", spec["frm"])
        std, dst, names = ("+0000", "+0100", ("GMT", "BST")) if tz == "Europe/London" else \
            ("+0100", "+0200", ("CET", "CEST"))
        stamp = when(spec).astimezone(UTC)

        def e(s: str) -> str:
            return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")

        lines = [
            "BEGIN:VCALENDAR", f"PRODID:-//{ev.get('prodid', 'Calendar')}//EN", "VERSION:2.0",
            "CALSCALE:GREGORIAN", f"METHOD:{ev['method']}", "BEGIN:VTIMEZONE", f"TZID:{tz}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{names[1]}",
            "DTSTART:19700329T020000" if std == "+0100" else "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
            f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{names[0]}",
            "DTSTART:19701025T030000" if std == "+0100" else "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
            "BEGIN:VEVENT", f"UID:{ev['uid']}", f"SEQUENCE:{ev.get('seq', 0)}",
            f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}", f"DTSTART;TZID={tz}:{start:%Y%m%dT%H%M%S}",
            f"DTEND;TZID={tz}:{end:%Y%m%dT%H%M%S}", f"SUMMARY:{e(ev['summary'])}",
            f"LOCATION:{e(ev.get('location', ''))}",
            f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
            f"ATTENDEE;CN=\"{ME[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
            f"mailto:{ME[1]}",
            f"STATUS:{'CANCELLED' if ev['method'] == 'CANCEL' else 'CONFIRMED'}",
            "END:VEVENT", "END:VCALENDAR",
        ]
        return "".join(fold_ics(line) + "\r\n" for line in lines)


def fold_ics(line: str) -> str:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode()) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def make_pdf(lines: list[str]) -> bytes:
    """A valid one-page PDF showing the given lines in Helvetica (WinAnsi)."""
    def lit(s: str) -> bytes:
        raw = s.encode("cp1252", "replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    stream = b"BT /F1 11 Tf 60 780 Td 14 TL\n" + b"".join(
        lit(line) + b" Tj T*\n" for line in lines) + b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def serialize(msg: Message) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=OUT_POLICY).flatten(msg)
    return buf.getvalue()


# --- checks --------------------------------------------------------------------------------

def check_labels(spec: Spec, parsed: EmailMessage) -> None:
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS, spec["id"]
    if kind == "other":
        assert company == "", f"{spec['id']}: company on other"
    else:
        assert company and company == company.strip(), f"{spec['id']}: company missing"
        assert not LEGAL.search(company), f"{spec['id']}: legal form in {company!r}"
    own = spec["frm"][1] == ME[1]
    if own:
        assert kind == "other" and contact == "", f"{spec['id']}: own mail"
    if contact:
        assert contact == contact.lower() and contact != ME[1], spec["id"]
        values = [str(v) for n in ("Reply-To", "From") for v in parsed.get_all(n, [])]
        assert contact in [a.lower() for _, a in getaddresses(values)], f"{spec['id']}: contact"
        assert not contact.endswith(ATS_DOMAINS), f"{spec['id']}: ATS contact"
        assert not re.match(r"(no-?reply|do-?not-?reply|notifications?|jobs|careers)@",
                            contact), f"{spec['id']}: system contact"
        if spec["reply"]:
            assert contact == spec["reply"][1].lower(), f"{spec['id']}: use the Reply-To"


def check_parsed(spec: Spec, data: bytes, expected: list[tuple[str, str]]) -> EmailMessage:
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    for part in parsed.walk():
        assert not part.defects, f"{spec['id']}: defects {part.defects}"
        for _, value in part.items():
            assert not getattr(value, "defects", ()), f"{spec['id']}: header defects"
    assert str(parsed["Subject"]) == spec["subj"], (spec["id"], str(parsed["Subject"]))
    frm = parsed["From"].addresses[0]
    assert (frm.display_name, frm.addr_spec) == spec["frm"], (spec["id"], frm)
    assert parsed["Date"].datetime == when(spec), spec["id"]
    got = [(p.get_content_type(), p.get_content()) for p in parsed.walk()
           if p.get_content_maintype() == "text"]
    norm = [(t, c.replace("\r\n", "\n")) for t, c in got]
    want = [(t, c.replace("\r\n", "\n")) for t, c in expected]
    assert norm == want, f"{spec['id']}: body round trip"
    return parsed


def main() -> None:
    specs = [s for mod in MODULES for s in mod.MESSAGES]
    builder = Builder(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    seen_mid: set[str] = set()
    n = 0
    for spec in specs:
        if spec["kind"] is None:
            continue
        n += 1
        rel = f"{spec['kind']}/{n:03d}_{spec['id']}.eml"
        expected: list[tuple[str, str]] = []
        data = serialize(builder.build(spec, expected))
        parsed = check_parsed(spec, data, expected)
        check_labels(spec, parsed)
        mid = builder.msgid(spec)
        assert mid not in seen_mid, mid
        seen_mid.add(mid)
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for k in KINDS:
        print(f"{k:34}" + "".join(f"{table[k][lang]:5}" for lang in LANGS)
              + f"  {sum(table[k].values()):5}")
    totals = [sum(table[k][lang] for k in KINDS) for lang in LANGS]
    print(f"{'total':34}" + "".join(f"{t:5}" for t in totals) + f"  {len(rows):5}")


if __name__ == "__main__":
    main()
