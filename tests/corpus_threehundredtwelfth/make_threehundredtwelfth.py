"""Build corpus 312 (candidate Yasmine Belkacem) from the hand-written specs in msgs312_*.py.

Standard library only. Deletes and rewrites only the *.eml files and labels.csv in this folder;
the output is the same bytes on every run. Every message is re-parsed with email.policy.default
and checked (no defects; subject, From name, date and every text body round-trip; label rules).

Run: python tests/corpus_threehundredtwelfth/make_threehundredtwelfth.py
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
from collections import Counter
from datetime import datetime, timedelta
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs312_acks  # noqa: E402
import msgs312_invites  # noqa: E402
import msgs312_offers  # noqa: E402
import msgs312_other  # noqa: E402
import msgs312_rejections  # noqa: E402
import msgs312_resched  # noqa: E402
from msgs312_common import CAND, Spec, html_shell, quote  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"no-?reply|do-?not-?reply|notification|mailer|newsletter|alert|"
                          r"bounce|info@|news@|jobs@|careers@|recrutement@|talent@")
LEGAL = re.compile(r"\b(GmbH|SA|S\.A\.|SL|S\.L\.|SLU|SAS|SARL|Ltd|Ltd\.|Inc|Inc\.|AG|plc|LLC|"
                   r"KG|SE|Sàrl|e\.K\.)$")
TZ_NAMES = {"Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
            "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
            "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
            "Europe/Zurich": ("+0100", "+0200", "CET", "CEST"),
            "Europe/London": ("+0000", "+0100", "GMT", "BST")}
SPECIALS = set('()<>@,;:\\".[]')


# ---------------------------------------------------------------- headers
def encoded_words(text: str, mode: str, charset: str) -> list[str]:
    """`text` as RFC 2047 encoded words, spaces kept inside the words."""
    words, chunk = [], ""
    for char in text:
        trial = chunk + char
        raw = trial.encode(charset)
        size = len(base64.b64encode(raw)) if mode == "b" else len(_q(raw))
        if size > 75 - len(charset) - 7 and chunk:
            words.append(_word(chunk, mode, charset))
            chunk = char
        else:
            chunk = trial
    words.append(_word(chunk, mode, charset))
    return words


def _q(raw: bytes) -> str:
    out = []
    for byte in raw:
        char = chr(byte)
        if byte == 0x20:
            out.append("_")
        elif (char.isalnum() and byte < 128) or char in "!*+-/":
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _word(chunk: str, mode: str, charset: str) -> str:
    raw = chunk.encode(charset)
    if mode == "b":
        return f"=?{charset}?b?{base64.b64encode(raw).decode()}?="
    return f"=?{charset}?q?{_q(raw)}?="


def fold(name: str, tokens: list[str]) -> str:
    """`Name: tokens` folded at token boundaries to lines of at most 78 characters."""
    lines, line = [], f"{name}:"
    for token in tokens:
        if len(line) + 1 + len(token) > 78 and line != f"{name}:":
            lines.append(line)
            line = f" {token}"
        else:
            line = f"{line} {token}"
    lines.append(line)
    return "\n".join(lines)


def text_header(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if value.isascii():
        return fold(name, value.split(" "))
    mode, charset = enc or ("q", "utf-8")
    return fold(name, encoded_words(value, mode, charset))


def phrase(display: str, enc: tuple[str, str] | None) -> list[str]:
    if not display:
        return []
    if not display.isascii():
        mode, charset = enc or ("q", "utf-8")
        return encoded_words(display, mode, charset)
    if SPECIALS & set(display):
        escaped = display.replace("\\", "\\\\").replace('"', '\\"')
        return [f'"{escaped}"']
    return display.split(" ")


def address_header(name: str, people: list[tuple[str, str]],
                   enc: tuple[str, str] | None) -> str:
    tokens: list[str] = []
    for index, (display, addr) in enumerate(people):
        words = phrase(display, enc)
        end = "," if index < len(people) - 1 else ""
        tokens += [*words, f"<{addr}>{end}"] if words else [f"{addr}{end}"]
    return fold(name, tokens)


# ---------------------------------------------------------------- attachments
def pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `title` and `lines` (Helvetica, WinAnsi)."""
    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 15 Tf", "60 780 Td", f"({esc(title)}) Tj", "/F1 11 Tf", "0 -28 Td"]
    for line in lines:
        ops += [f"({esc(line)}) Tj", "0 -16 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
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
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def vtimezone(tzid: str) -> list[str]:
    std, dst, std_name, dst_name = TZ_NAMES[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
            "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
            "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD", "END:VTIMEZONE"]


def ics(spec: Spec, when: datetime) -> str:
    cal = spec["ics"]
    method = cal.get("method", "REQUEST")
    tzid = cal.get("tz", "Europe/Paris")
    start = datetime.strptime(cal["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=cal.get("minutes", 45))
    org_name, org_addr = cal.get("organizer", spec["frm"])
    offset = when.utcoffset() or timedelta(0)
    stamp = (when - offset).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus312//Calendar 1.0//FR", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", *vtimezone(tzid), "BEGIN:VEVENT",
             f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('seq', 0)}", f"DTSTAMP:{stamp}",
             f"DTSTART;TZID={tzid}:{start.strftime('%Y%m%dT%H%M%S')}",
             f"DTEND;TZID={tzid}:{end.strftime('%Y%m%dT%H%M%S')}",
             f"SUMMARY:{cal['summary']}",
             f"LOCATION:{cal.get('location', '')}",
             f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
             f"ATTENDEE;CN=\"{CAND[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
             f"mailto:{CAND[1]}",
             "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
             "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode("utf-8")) > 74:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\n".join(folded) + "\n"


# ---------------------------------------------------------------- messages
class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = {spec["id"]: spec for spec in specs}
        assert len(self.specs) == len(specs), "duplicate spec ids"
        self.done: dict[str, tuple[bytes, str]] = {}

    def when(self, spec: Spec) -> datetime:
        return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")

    def msgid(self, spec: Spec) -> str:
        digest = hashlib.sha1(spec["id"].encode()).hexdigest()[:16].upper()
        domain = spec.get("mid_domain") or spec["frm"][1].split("@")[1]
        return f"<{digest}.{spec['id'].replace('_', '.')}@{domain}>"

    def references(self, spec: Spec) -> list[str]:
        parent = spec.get("parent")
        if not parent:
            return []
        return [*self.references(self.specs[parent]), self.msgid(self.specs[parent])]

    def full_text(self, spec: Spec) -> str:
        """The plain text of a message: the new text plus the quoted parent, if any."""
        text = spec["body"].rstrip("\n") + "\n"
        parent_id = spec.get("parent")
        style = spec.get("quote", spec["lang"])
        if parent_id and style:
            parent = self.specs[parent_id]
            to = ", ".join(addr for _, addr in parent.get("to", [CAND]))
            text += "\n" + quote(style, self.when(parent), parent["frm"][0] or parent["frm"][1],
                                 parent["frm"][1], to, parent["subj"], self.full_text(parent))
        return text

    def texts(self, spec: Spec) -> list[tuple[str, str]]:
        """(subtype, content) of every text part this spec makes, in order."""
        plain = self.full_text(spec)
        fmt = spec.get("fmt", "plain")
        charset = spec.get("cs", "utf-8")
        rendered = spec.get("html") or html_shell(plain, spec.get("brand", ""),
                                                  spec.get("footer", ""))
        rendered = rendered.replace('charset="utf-8"', f'charset="{charset}"')
        if fmt == "plain":
            return [("plain", plain)]
        if fmt == "html":
            return [("html", rendered)]
        return [("plain", plain), ("html", rendered)]

    def body(self, spec: Spec) -> EmailMessage:
        msg = EmailMessage()
        charset = spec.get("cs", "utf-8")
        parts = self.texts(spec)
        for index, (subtype, content) in enumerate(parts):
            cte = spec.get("cte") if subtype == "plain" or spec.get("fmt") == "html" else \
                spec.get("html_cte", "quoted-printable")
            if cte is None:
                cte = "7bit" if content.isascii() and max(map(len, content.split("\n"))) < 78 \
                    else "quoted-printable"
            if index == 0:
                msg.set_content(content, subtype=subtype, charset=charset, cte=cte)
            else:
                msg.add_alternative(content, subtype=subtype, charset=charset, cte=cte)
        when = self.when(spec)
        if "ics" in spec:
            cal = ics(spec, when)
            method = spec["ics"].get("method", "REQUEST")
            if spec.get("ics_mode", "alt") == "alt":
                msg.add_alternative(cal, subtype="calendar", charset="utf-8", cte="7bit"
                                    if cal.isascii() else "quoted-printable",
                                    params={"method": method})
            else:
                msg.add_attachment(cal, subtype="calendar", charset="utf-8",
                                   cte="quoted-printable", params={"method": method},
                                   filename="invite.ics")
        for filename, title, lines in spec.get("atts", []):
            msg.add_attachment(pdf(title, lines), maintype="application", subtype="pdf",
                               filename=filename)
        if "fwd" in spec:
            inner_bytes = self.build(self.specs[spec["fwd"]])
            inner = email.message_from_bytes(inner_bytes, policy=email.policy.default)
            msg.add_attachment(inner)
        for part in msg.walk():
            if part.get_content_maintype() == "multipart":
                for child in part.iter_parts():
                    del child["MIME-Version"]
        multiparts = [p for p in msg.walk() if p.get_content_maintype() == "multipart"]
        for number, part in enumerate(multiparts):
            if not (part.get_boundary() or "").startswith("----=_Part_"):
                part.set_boundary(f"----=_Part_{number}_{spec['id']}")
        return msg

    def build(self, spec: Spec) -> bytes:
        if spec["id"] in self.done:
            return self.done[spec["id"]][0]
        when = self.when(spec)
        name_enc = spec.get("ncs")
        head = [f"Date: {format_datetime(when)}",
                address_header("From", [spec["frm"]], name_enc)]
        if spec.get("sender"):
            head.append(address_header("Sender", [spec["sender"]], name_enc))
        if spec.get("reply_to"):
            head.append(address_header("Reply-To", [spec["reply_to"]], name_enc))
        head.append(address_header("To", spec.get("to", [CAND]), name_enc))
        if spec.get("cc"):
            head.append(address_header("Cc", spec["cc"], name_enc))
        head.append(text_header("Subject", spec["subj"], spec.get("hcs")))
        head.append(f"Message-ID: {self.msgid(spec)}")
        refs = self.references(spec)
        if refs:
            head.append(f"In-Reply-To: {refs[-1]}")
            head.append(fold("References", refs))
        for name, value in spec.get("hdrs", []):
            head.append(fold(name, value.split(" ")))
        out = io.BytesIO()
        BytesGenerator(out, policy=email.policy.default.clone(linesep="\n")).flatten(
            self.body(spec))
        data = "\n".join(head).encode("ascii") + b"\n" + out.getvalue()
        self.done[spec["id"]] = (data, "")
        return data


# ---------------------------------------------------------------- checks
def check(builder: Builder, spec: Spec, data: bytes) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    ident = spec["id"]
    for part in msg.walk():
        assert not part.defects, f"{ident}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{ident}: {name} {value.defects}"
    assert str(msg["Subject"]) == spec["subj"], f"{ident}: subject {msg['Subject']!r}"
    frm = msg["From"].addresses[0]
    assert frm.display_name == spec["frm"][0], f"{ident}: From name {frm.display_name!r}"
    assert frm.addr_spec == spec["frm"][1], f"{ident}: From address"
    assert parsedate_to_datetime(str(msg["Date"])) == builder.when(spec), f"{ident}: date"
    assert parsedate_to_datetime(str(msg["Date"])).year == 2026
    got = [part.get_content() for part in msg.walk()
           if part.get_content_maintype() == "text" and part.get_content_subtype() != "calendar"]
    for _, content in builder.texts(spec):
        assert content in got, f"{ident}: a text body did not round-trip"
    for _, content in builder.texts(builder.specs[spec["fwd"]]) if "fwd" in spec else []:
        assert content in got, f"{ident}: a forwarded text body did not round-trip"
    assert any(text.strip() for text in got), f"{ident}: no text"
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            assert part.get_content().startswith(b"%PDF-1.4"), f"{ident}: pdf"
    labels(spec, msg)


def labels(spec: Spec, msg: EmailMessage) -> None:
    ident, kind, company, contact = spec["id"], spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS, ident
    own = spec["frm"][1] == CAND[1]
    if kind == "other":
        assert company == "", f"{ident}: company on other"
    else:
        assert company and company == company.strip(), f"{ident}: company missing"
        assert not LEGAL.search(company), f"{ident}: legal form in company"
        assert not own, f"{ident}: own mail must be other"
    if own:
        assert kind == "other" and contact == "", f"{ident}: own mail"
    if contact:
        assert contact == contact.lower() and contact != CAND[1], ident
        pool = [addr.lower() for _, addr in getaddresses(
            [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
        assert contact in pool, f"{ident}: contact not in Reply-To/From"
        assert not contact.endswith(ATS_DOMAINS), f"{ident}: ATS contact"
        assert not SYSTEM_LOCAL.search(contact), f"{ident}: system contact"
        reply = [addr.lower() for _, addr in getaddresses(
            [str(v) for v in msg.get_all("Reply-To", [])])]
        if reply and not SYSTEM_LOCAL.search(reply[0]) and not reply[0].endswith(ATS_DOMAINS):
            assert contact == reply[0], f"{ident}: a human Reply-To wins"
    else:
        pool = [addr.lower() for _, addr in getaddresses(
            [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
        human = [a for a in pool if a != CAND[1] and not SYSTEM_LOCAL.search(a)
                 and not a.endswith(ATS_DOMAINS)]
        assert own or not human or spec.get("no_contact_ok"), \
            f"{ident}: empty contact but a human sender {human}"


def main() -> None:
    specs = [*msgs312_rejections.SPECS, *msgs312_invites.SPECS, *msgs312_resched.SPECS,
             *msgs312_acks.SPECS, *msgs312_offers.SPECS, *msgs312_other.SPECS]
    hidden = [*msgs312_other.HIDDEN]
    builder = Builder([*specs, *hidden])
    for path in sorted(HERE.rglob("*.eml")):
        path.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)
    rows, numbers = [], Counter()
    for spec in sorted(specs, key=lambda s: (builder.when(s), s["id"])):
        data = builder.build(spec)
        check(builder, spec, data)
        numbers[spec["kind"]] += 1
        rel = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['id']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    table = Counter((row[1], row[4]) for row in rows)
    print(f"{len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in ("fr", "en", "de", "es")) + "  all")
    for kind in KINDS:
        cells = [table[(kind, lang)] for lang in ("fr", "en", "de", "es")]
        print(f"{kind:32}" + "".join(f"{n:5d}" for n in cells) + f"{sum(cells):5d}")
    totals = Counter(row[4] for row in rows)
    print(f"{'all':32}" + "".join(f"{totals[lang]:5d}" for lang in ("fr", "en", "de", "es")))


if __name__ == "__main__":
    main()
