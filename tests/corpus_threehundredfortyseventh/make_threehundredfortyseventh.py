"""Build corpus 347 (Tobias Oberhuber-Mensah) from the hand-written specs in msgs347_*.py.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder; the output
is the same bytes on every run. Every message is re-parsed with email.policy.default and checked.

    python tests/corpus_threehundredfortyseventh/make_threehundredfortyseventh.py
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
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs347_acks  # noqa: E402
import msgs347_invites  # noqa: E402
import msgs347_offers  # noqa: E402
import msgs347_other  # noqa: E402
import msgs347_rejections  # noqa: E402
import msgs347_threads  # noqa: E402
from msgs347_common import CANDIDATE, attribution, html_shell, quote_block  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("de", "en", "fr", "es")
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SAS|SARL|Ltd|Inc|KG|d\.o\.o\.|e\.U\.|SE|LLC)\b")
SYSTEM = re.compile(r"(no-?reply|donotreply|do-not-reply|notifica|mailer|bounce|alert|newsletter|"
                    r"jobagent|system)")
ATS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
       "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
       "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com")
# No folding by the library: encoded words and References are folded by hand below.
POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=0)


def all_specs() -> list[dict[str, Any]]:
    specs: list[dict[str, Any]] = []
    for module in (msgs347_threads, msgs347_rejections, msgs347_invites, msgs347_acks,
                   msgs347_offers, msgs347_other):
        specs.extend(module.MESSAGES)
    return specs


def when(spec: dict[str, Any]) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def encword(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    """RFC 2047 encoded words (each at most 75 characters), one per folded line."""
    words: list[str] = []
    chunk = ""
    for char in text:
        trial = chunk + char
        raw = trial.encode(charset)
        body = (base64.b64encode(raw).decode() if enc == "b"
                else "".join(_qchar(b) for b in raw))
        if len(body) + len(charset) + 7 > 75 and chunk:
            words.append(_word(chunk, charset, enc))
            chunk = char
        else:
            chunk = trial
    if chunk:
        words.append(_word(chunk, charset, enc))
    return "\n ".join(words)


def _qchar(byte: int) -> str:
    char = chr(byte)
    if byte == 32:
        return "_"
    if char.isascii() and (char.isalnum() or char in "!*+-/"):
        return char
    return f"={byte:02X}"


def _word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "b":
        return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
    return f"=?{charset}?Q?{''.join(_qchar(b) for b in raw)}?="


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and enc is None:
        return formataddr((name, addr))
    charset, how = enc or ("utf-8", "q")
    return f"{encword(name, charset, how)} <{addr}>"


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        if cte == "7bit":
            assert raw.isascii(), "7bit body must be ASCII"
        payload = raw.decode("ascii", "surrogateescape")
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines (Helvetica, WinAnsi)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
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
    for number, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


VTIMEZONE = """BEGIN:VTIMEZONE
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


def ics_text(spec: dict[str, Any], ics: dict[str, Any]) -> str:
    tz = ics.get("tz", "Europe/Vienna")
    stamp = when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    method = ics.get("method", "REQUEST")
    organizer = ics.get("organizer", spec["frm"][1])
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus347//Kalender 1.0//DE", "VERSION:2.0",
        f"METHOD:{method}", VTIMEZONE.format(tz=tz), "BEGIN:VEVENT",
        f"UID:{ics['uid']}", f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz}:{ics['start']}", f"DTEND;TZID={tz}:{ics['end']}",
        f"SEQUENCE:{ics.get('seq', 0)}", f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}", f"ORGANIZER;CN={spec['frm'][0]}:mailto:{organizer}",
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CANDIDATE[1]}",
        "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


class Builder:
    def __init__(self, specs: list[dict[str, Any]]) -> None:
        self.specs = sorted(specs, key=lambda s: (when(s), s["id"]))
        ids = [s["id"] for s in self.specs]
        assert len(ids) == len(set(ids)), "duplicate spec id"
        self.by_id = {s["id"]: s for s in self.specs}
        self.mid: dict[str, str] = {}
        self.refs: dict[str, list[str]] = {}
        self.text: dict[str, str] = {}
        self.nboundary = 0

    def message_id(self, spec: dict[str, Any]) -> str:
        if spec["id"] not in self.mid:
            domain = spec["frm"][1].split("@")[1]
            digest = hashlib.sha256(spec["id"].encode()).hexdigest()[:20]
            self.mid[spec["id"]] = f"<{digest}.{when(spec):%Y%m%d%H%M}@{domain}>"
        return self.mid[spec["id"]]

    def boundary(self, spec: dict[str, Any]) -> str:
        self.nboundary += 1
        digest = hashlib.sha256(f"{spec['id']}/{self.nboundary}".encode()).hexdigest()[:24]
        return f"----=_Part_347_{digest}"

    def body_text(self, spec: dict[str, Any]) -> str:
        """The plain text: new text, then (if a parent is quoted) attribution and quote."""
        if spec["id"] in self.text:
            return self.text[spec["id"]]
        text = spec["body"].strip("\n") + "\n"
        parent_id = spec.get("parent")
        style = spec.get("quote")
        if parent_id and style:
            parent = self.by_id[parent_id]
            to = address(parent.get("to", CANDIDATE))
            line = attribution(style, when(parent), parent["frm"][0], parent["frm"][1],
                               parent["subject"], to)
            text += "\n" + line + "\n" + quote_block(style, self.body_text(parent)) + "\n"
        self.text[spec["id"]] = text
        return text

    def build(self, spec: dict[str, Any]) -> Message:
        layout = spec.get("layout", "plain")
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", "quoted-printable")
        text = self.body_text(spec)
        html = spec.get("html") or html_shell(text, spec.get("brand", ""))
        html = html.replace('charset="utf-8"', f'charset="{charset}"')
        spec["_text"], spec["_html"] = text, html
        if layout == "plain":
            body: Message = text_part(text, "plain", charset, cte)
        elif layout == "html":
            body = text_part(html, "html", charset, cte)
        else:
            body = MIMEMultipart("alternative", boundary=self.boundary(spec), policy=POLICY)
            body.attach(text_part(text, "plain", charset, cte))
            body.attach(text_part(html, "html", charset, spec.get("html_cte", cte)))
        if spec.get("ics"):
            ics = spec["ics"]
            cal = text_part(ics_text(spec, ics), "calendar", "utf-8",
                            ics.get("cte", "base64"))
            cal.set_param("method", ics.get("method", "REQUEST"))
            if layout in ("plain", "html"):
                outer = MIMEMultipart("alternative", boundary=self.boundary(spec), policy=POLICY)
                outer.attach(body)
                body = outer
            body.attach(cal)
            if ics.get("file"):
                wrap = MIMEMultipart("mixed", boundary=self.boundary(spec), policy=POLICY)
                wrap.attach(body)
                att = text_part(ics_text(spec, ics), "calendar", "utf-8", "base64")
                att.set_param("method", ics.get("method", "REQUEST"))
                att.add_header("Content-Disposition", "attachment", filename=ics["file"])
                wrap.attach(att)
                body = wrap
        if spec.get("attach") or spec.get("forward"):
            mixed = MIMEMultipart("mixed", boundary=self.boundary(spec), policy=POLICY)
            mixed.attach(body)
            for kind, filename, lines in spec.get("attach", []):
                assert kind == "pdf"
                att = MIMEApplication(pdf_bytes(lines), "pdf", policy=POLICY)
                att.add_header("Content-Disposition", "attachment", filename=filename)
                mixed.attach(att)
            if spec.get("forward"):
                inner = self.headers(spec["forward"], self.build(spec["forward"]))
                mixed.attach(MIMEMessage(inner, policy=POLICY))
            body = mixed
        return body

    def headers(self, spec: dict[str, Any], msg: Message) -> Message:
        head = Message(policy=POLICY)
        for name, value in spec.get("headers_first", {}).items():
            head[name] = value
        head["From"] = address(spec["frm"], spec.get("name_enc"))
        if spec.get("sender"):
            head["Sender"] = spec["sender"]
        if spec.get("reply_to"):
            head["Reply-To"] = address(spec["reply_to"])
        head["To"] = address(spec.get("to", CANDIDATE))
        if spec.get("cc"):
            head["Cc"] = ", ".join(address(c) for c in spec["cc"])
        subj_enc = spec.get("subj_enc")
        subject = spec["subject"]
        if subj_enc:
            head["Subject"] = encword(subject, subj_enc[0], subj_enc[1])
        elif subject.isascii():
            head["Subject"] = subject
        else:
            head["Subject"] = encword(subject, "utf-8", "q")
        head["Date"] = format_datetime(when(spec))
        head["Message-ID"] = self.message_id(spec)
        parent_id = spec.get("parent")
        if parent_id:
            parent = self.by_id[parent_id]
            refs = [*self.refs.get(parent_id, []), self.message_id(parent)]
            self.refs[spec["id"]] = refs
            head["In-Reply-To"] = self.message_id(parent)
            head["References"] = "\n ".join(refs)
        for name, value in spec.get("headers", {}).items():
            head[name] = value
        head["MIME-Version"] = "1.0"
        for name, value in msg.items():
            if name.lower() != "mime-version":
                head[name] = value
        head._payload = msg._payload  # as built: raw 8bit bytes stay raw
        return head

    def render(self, spec: dict[str, Any]) -> bytes:
        msg = self.headers(spec, self.build(spec))
        out = io.BytesIO()
        BytesGenerator(out, mangle_from_=False, policy=POLICY).flatten(msg)
        return out.getvalue()


def check(spec: dict[str, Any], data: bytes) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{spec['id']}: defects {part.defects}"
    assert str(msg["Subject"]) == spec["subject"], (spec["id"], str(msg["Subject"]))
    frm = msg["From"].addresses[0]
    assert frm.display_name == spec["frm"][0], (spec["id"], frm.display_name)
    assert frm.addr_spec == spec["frm"][1]
    assert msg["Date"].datetime == when(spec), spec["id"]
    assert msg["Date"].datetime.year == 2026
    texts = [p for p in msg.walk() if p.get_content_type() in ("text/plain", "text/html")
             and p.get_content_disposition() != "attachment"]
    wanted = {"plain": [spec["_text"]], "html": [spec["_html"]],
              "alt": [spec["_text"], spec["_html"]]}[spec.get("layout", "plain")]
    got = [p.get_content() for p in texts][: len(wanted)]
    assert got == wanted, f"{spec['id']}: body does not round-trip"
    if spec.get("ics"):
        cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        assert cal and "BEGIN:VCALENDAR" in cal[0].get_content()
    # label rules
    kind, lang = spec["kind"], spec["lang"]
    assert kind in KINDS and lang in LANGS, spec["id"]
    company, contact = spec.get("company", ""), spec.get("contact", "")
    own = spec["frm"][1] == CANDIDATE[1]
    if kind == "other":
        assert company == "", spec["id"]
    else:
        assert company and company == company.strip() and not LEGAL.search(company), spec["id"]
        assert not own, spec["id"]
    if own:
        assert kind == "other" and contact == "", spec["id"]
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE[1], spec["id"]
        pairs = getaddresses([str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])])
        assert contact in [a.lower() for _, a in pairs], f"{spec['id']}: contact not in headers"
        assert not SYSTEM.search(contact), spec["id"]
        assert contact.split("@")[1] not in ATS, spec["id"]
        reply = msg.get_all("Reply-To", [])
        if reply:
            assert contact == getaddresses([str(reply[0])])[0][1].lower(), spec["id"]
    else:
        sender = (spec.get("reply_to") or spec["frm"])[1]
        if not own:
            assert (SYSTEM.search(sender) or sender.split("@")[1] in ATS
                    or spec.get("role_address")), f"{spec['id']}: human sender without contact"


def main() -> None:
    builder = Builder(all_specs())
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for number, spec in enumerate(builder.specs, 1):
        rel = f"{spec['kind']}/{number:03d}_{spec['id']}.eml"
        try:
            data = builder.render(spec)
        except Exception as error:
            raise SystemExit(f"{spec['id']}: {error}") from error
        check(spec, data)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        counts[(row[1], row[4])] = counts.get((row[1], row[4]), 0) + 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        cells = [counts.get((kind, lang), 0) for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in cells) + f"{sum(cells):7d}")
    totals = [sum(counts.get((k, lang), 0) for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"{sum(totals):7d}")


if __name__ == "__main__":
    main()
