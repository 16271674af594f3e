#!/usr/bin/env python3
"""Build the threehundredthirtyninth corpus: every *.eml and labels.csv in this folder.

Standard library only. The messages are the hand-written specs in msgs339_*.py; this script
only lays them out as MIME (deterministic boundaries, Message-IDs, dates, threading headers,
quoting, PDFs and calendar parts), re-parses every message with email.policy.default and checks
it (no defects, subject / From name / date / text bodies round-trip, label rules).

Run: python tests/corpus_threehundredthirtyninth/make_threehundredthirtyninth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import importlib
import re
import sys
from collections import Counter
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MODULES = ["msgs339_acks", "msgs339_invites", "msgs339_rejections", "msgs339_offers",
           "msgs339_other"]
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGUAGES = ("de", "en", "fr", "es")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"no-?reply|do-?not-?reply|newsletter|alerts?\b|notification|"
                          r"mailer|bounce|^news|^lettre|^boletin|^info$|^service$")
LEGAL_FORM = re.compile(r"\b(GmbH|AG|KG|OG|e\.?\s?V\.?|SA|S\.A\.|SL|S\.L\.U?\.?|SAS|SARL|Sàrl|"
                        r"Ltd|Limited|Inc|LLC|plc|SE)\b\.?$")
POLICY = email.policy.default.clone(linesep="\r\n")
PARSE = email.policy.default


def load_specs() -> list[dict[str, Any]]:
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    specs: list[dict[str, Any]] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).SPECS)
    return specs


# ---------------------------------------------------------------- headers


def encoded_words(text: str, charset: str, mode: str) -> list[str]:
    """RFC 2047 encoded words (each at most 75 characters) for `text`."""
    def enc(chunk: str) -> str:
        raw = chunk.encode(charset)
        if mode == "B":
            body = base64.b64encode(raw).decode("ascii")
        else:
            body = "".join(chr(b) if chr(b).isalnum() and b < 128 else
                           "_" if b == 32 else f"={b:02X}" for b in raw)
        return f"=?{charset}?{mode}?{body}?="

    words: list[str] = []
    chunk = ""
    for char in text:
        if chunk and len(enc(chunk + char)) > 75:
            words.append(enc(chunk))
            chunk = ""
        chunk += char
    if chunk:
        words.append(enc(chunk))
    return words


def fold_plain(name: str, value: str) -> str:
    line = f"{name}: "
    out: list[str] = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 76 and line.strip() != f"{name}:":
            out.append(line)
            line = piece
        else:
            line += piece
    out.append(line)
    return "\r\n".join(out)


def subject_header(subject: str, enc: tuple[str, str]) -> str:
    if subject.isascii():
        return fold_plain("Subject", subject)
    tokens = subject.split(" ")
    first = next(i for i, t in enumerate(tokens) if not t.isascii())
    pieces = [*tokens[:first], *encoded_words(" ".join(tokens[first:]), *enc)]
    lines = ["Subject:"]
    for piece in pieces:
        if len(lines[-1]) + 1 + len(piece) > 78 and lines[-1] != "Subject:":
            lines.append("")
        lines[-1] += " " + piece
    return "\r\n".join(lines)


def address(pair: tuple[str, str], enc: tuple[str, str]) -> str:
    name, addr = pair
    if not name or name.isascii():
        return formataddr((name, addr))
    words = encoded_words(name, *enc)
    if len(words) == 1:
        return f"{words[0]} <{addr}>"
    # Too long for one encoded word: keep the ASCII words around the non-ASCII run plain,
    # so no two encoded words stand next to each other in the phrase.
    tokens = name.split(" ")
    marks = [i for i, t in enumerate(tokens) if not t.isascii()]
    first, last = marks[0], marks[-1]
    middle = encoded_words(" ".join(tokens[first:last + 1]), *enc)
    assert len(middle) == 1, name

    def plain(part: list[str]) -> list[str]:
        text = " ".join(part)
        if not text:
            return []
        return [text if re.fullmatch(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+", text)
                else '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"']

    phrase = [*plain(tokens[:first]), middle[0], *plain(tokens[last + 1:])]
    return " ".join(phrase) + f" <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]], enc: tuple[str, str]) -> str:
    return f"{name}: " + ",\r\n ".join(address(p, enc) for p in pairs)


# ---------------------------------------------------------------- bodies


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` in Helvetica."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 56 790 Td 15 TL\n" + "".join(f"({esc(x)}) '\n" for x in lines) + "ET"
    data = stream.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            ).encode()
    return out


def vtimezone(tzid: str) -> str:
    if tzid == "Europe/London":
        std, dst, sname, dname = "+0000", "+0100", "GMT", "BST"
        dst_start, std_start = "19700329T010000", "19701025T020000"
    else:
        std, dst, sname, dname = "+0100", "+0200", "CET", "CEST"
        dst_start, std_start = "19700329T020000", "19701025T030000"
    return (f"BEGIN:VTIMEZONE\nTZID:{tzid}\nBEGIN:DAYLIGHT\nTZOFFSETFROM:{std}\n"
            f"TZOFFSETTO:{dst}\nTZNAME:{dname}\nDTSTART:{dst_start}\n"
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT\nBEGIN:STANDARD\n"
            f"TZOFFSETFROM:{dst}\nTZOFFSETTO:{std}\nTZNAME:{sname}\nDTSTART:{std_start}\n"
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD\nEND:VTIMEZONE\n")


def ics_text(ics: dict[str, Any], sent: datetime, organizer: tuple[str, str]) -> str:
    method = ics.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    stamp = sent.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    org = ics.get("organizer", organizer)
    tz = ics.get("tz", "Europe/Vienna")
    return ics_fold("BEGIN:VCALENDAR\nPRODID:-//Calendar Server 339//EN\nVERSION:2.0\n"
            f"CALSCALE:GREGORIAN\nMETHOD:{method}\n{vtimezone(tz)}BEGIN:VEVENT\n"
            f"UID:{ics['uid']}\nSEQUENCE:{ics.get('seq', 0)}\nDTSTAMP:{stamp}\n"
            f"DTSTART;TZID={tz}:{ics['start']}\nDTEND;TZID={tz}:{ics['end']}\n"
            f"SUMMARY:{ics['summary']}\nLOCATION:{ics.get('location', '')}\n"
            f"ORGANIZER;CN=\"{org[0]}\":mailto:{org[1]}\n"
            "ATTENDEE;CN=\"Franziska Oberhuber-Lindgren\";ROLE=REQ-PARTICIPANT;"
            "RSVP=TRUE:mailto:franziska.oberhuber@example.at\n"
            f"STATUS:{status}\nEND:VEVENT\nEND:VCALENDAR\n")


def ics_fold(text: str) -> str:
    """Fold calendar content lines longer than 75 octets (RFC 5545, 3.1)."""
    out = []
    for line in text.splitlines():
        while len(line.encode()) > 75:
            cut = 75
            while len(line[:cut].encode()) > 75:
                cut -= 1
            out.append(line[:cut])
            line = " " + line[cut:]
        out.append(line)
    return "\n".join(out) + "\n"


class Builder:
    def __init__(self, specs: list[dict[str, Any]]) -> None:
        self.specs = specs
        self.by_name = {s["name"]: s for s in specs}
        assert len(self.by_name) == len(specs), "duplicate spec names"
        self._full: dict[str, str] = {}

    # -- identities
    @staticmethod
    def when(s: dict[str, Any]) -> datetime:
        return datetime.strptime(s["date"], "%Y-%m-%d %H:%M %z")

    @staticmethod
    def message_id(s: dict[str, Any]) -> str:
        digest = hashlib.sha1(s["name"].encode()).hexdigest()
        domain = s["from"][1].split("@", 1)[1]
        if domain == "example.at":
            domain = "mail.example.at"
        stamp = datetime.strptime(s["date"], "%Y-%m-%d %H:%M %z").strftime("%Y%m%d%H%M")
        return f"<{stamp}.{digest[:14]}@{domain}>"

    def references(self, s: dict[str, Any]) -> list[str]:
        parent = s.get("parent")
        if not parent:
            return []
        p = self.by_name[parent]
        return [*self.references(p), self.message_id(p)]

    def full_text(self, s: dict[str, Any]) -> str:
        """The plain text of a message including its quoted parent, if it quotes one."""
        if s["name"] in self._full:
            return self._full[s["name"]]
        text = s["text"] if s["text"] is not None else html_to_text(s["html"])
        style = s.get("quote")
        if style and s.get("parent"):
            from msgs339_common import quote_block
            p = self.by_name[s["parent"]]
            to = p.get("to", [CANDIDATE])[0]
            block = quote_block(style, self.when(p), p["from"], to, p["subject"],
                                self.full_text(p))
            text = text.rstrip("\n") + "\n\n" + block
        self._full[s["name"]] = text
        return text

    # -- MIME
    def body_message(self, s: dict[str, Any]) -> tuple[EmailMessage, list[str]]:
        """The MIME body (no envelope headers) and the texts it must round-trip."""
        msg = EmailMessage(policy=POLICY)
        expected: list[str] = []
        charset = s.get("charset", "utf-8")
        cte = s.get("cte", "quoted-printable")
        html = s.get("html")
        text = self.full_text(s) if s["text"] is not None else None
        if text is not None:
            msg.set_content(text, charset=charset, cte=cte)
            expected.append(text)
            if html is not None:
                msg.add_alternative(html, subtype="html", charset=s.get("html_charset", charset),
                                    cte=s.get("html_cte", cte))
                expected.append(html)
        else:
            msg.set_content(html, subtype="html", charset=s.get("html_charset", charset),
                            cte=s.get("html_cte", cte))
            expected.append(html)
        ics = s.get("ics")
        if ics:
            cal = ics_text(ics, self.when(s), s["from"])
            mode = s.get("ics_mode", "alt")
            method = ics.get("method", "REQUEST")
            if mode in ("alt", "both"):
                msg.add_alternative(cal, subtype="calendar", charset="utf-8",
                                    cte=ics.get("cte", "7bit" if cal.isascii() else "8bit"),
                                    params={"method": method})
                expected.append(cal)
        for filename, lines in s.get("pdf", []):
            msg.add_attachment(pdf_bytes(lines), maintype="application", subtype="pdf",
                               filename=filename)
        if ics and s.get("ics_mode", "alt") in ("attach", "both"):
            cal = ics_text(ics, self.when(s), s["from"])
            msg.add_attachment(cal, subtype="calendar", charset="utf-8",
                               cte="base64", filename="invite.ics",
                               params={"method": ics.get("method", "REQUEST")})
            expected.append(cal)
        fwd = s.get("forward")
        if fwd:
            inner_bytes, inner_expected = self.render(fwd)
            inner = email.message_from_bytes(inner_bytes, policy=POLICY)
            msg.add_attachment(inner)
            expected.extend(inner_expected)
        inner_roots = {id(p.get_payload(0)) for p in msg.walk()
                       if p.get_content_type() == "message/rfc822"}
        for part in msg.walk():
            if part is not msg and id(part) not in inner_roots:
                del part["MIME-Version"]
        for number, part in enumerate(msg.walk()):
            if part.get_content_maintype() == "multipart":
                digest = hashlib.sha1(f"{s['name']}/{number}".encode()).hexdigest()[:20]
                part.set_boundary(f"----=_Part_{number}_{digest}")
        return msg, expected

    def render(self, s: dict[str, Any]) -> tuple[bytes, list[str]]:
        body, expected = self.body_message(s)
        raw = body.as_bytes(policy=POLICY)
        mime_head, _, rest = raw.partition(b"\r\n\r\n")
        enc = tuple(s.get("name_enc", ("utf-8", "Q")))
        lines = [
            address_header("From", [s["from"]], enc),
            address_header("To", s.get("to", [CANDIDATE]), enc),
        ]
        if s.get("cc"):
            lines.append(address_header("Cc", s["cc"], enc))
        if s.get("reply_to"):
            lines.append(address_header("Reply-To", s["reply_to"], enc))
        lines.append(subject_header(s["subject"], tuple(s.get("subj_enc", ("utf-8", "Q")))))
        lines.append("Date: " + format_datetime(self.when(s)))
        lines.append("Message-ID: " + self.message_id(s))
        refs = self.references(s)
        if refs:
            lines.append("In-Reply-To: " + refs[-1])
            lines.append(fold_plain("References", " ".join(refs)))
        for name, value in s.get("headers", []):
            lines.append(f"{name}: {value}")
        head = "\r\n".join(lines).encode("ascii")
        return head + b"\r\n" + mime_head + b"\r\n\r\n" + rest, expected


# ---------------------------------------------------------------- checks


def is_system(addr: str) -> bool:
    local, _, domain = addr.lower().partition("@")
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS) or \
        bool(SYSTEM_LOCAL.search(local))


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(s: dict[str, Any], data: bytes, expected: list[str], when: datetime) -> None:
    name = s["name"]
    msg = email.message_from_bytes(data, policy=PARSE)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects}"
    assert str(msg["Subject"]) == s["subject"], f"{name}: subject {msg['Subject']!r}"
    sender = msg["From"].addresses[0]
    assert sender.display_name == s["from"][0], f"{name}: From {sender.display_name!r}"
    assert sender.addr_spec == s["from"][1], f"{name}: From address"
    assert msg["Date"].datetime == when, f"{name}: date"
    texts = [norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    for exp in expected:
        assert norm(exp) in texts, f"{name}: a text part did not round-trip"
    assert len(texts) == len(expected), f"{name}: {len(texts)} text parts, {len(expected)}"
    # label rules
    kind, company, contact = s["kind"], s["company"], s["contact"]
    assert kind in KINDS and s["lang"] in LANGUAGES, name
    own = s["from"][1] == "franziska.oberhuber@example.at"
    if own:
        assert kind == "other" and not contact, f"{name}: own mail"
    if kind == "other":
        assert company == "", f"{name}: company on other"
    else:
        assert company and company == company.strip(), f"{name}: company"
        assert not LEGAL_FORM.search(company), f"{name}: legal form in {company!r}"
    values = [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])]
    candidates = [a.lower() for _, a in getaddresses(values) if a]
    human = [a for a in candidates if not is_system(a) and
             a != "franziska.oberhuber@example.at"]
    want = human[0] if human else ""
    assert contact == want, f"{name}: contact {contact!r}, rules say {want!r}"
    assert contact == contact.lower(), name


def main() -> None:
    specs = load_specs()
    builder = Builder(specs)
    for old in HERE.rglob("*.eml"):
        old.unlink()
    counters: Counter[str] = Counter()
    rows = []
    seen_ids = set()
    for s in specs:
        counters[s["kind"]] += 1
        rel = f"{s['kind']}/{counters[s['kind']]:03d}_{s['name']}.eml"
        data, expected = builder.render(s)
        check(s, data, expected, builder.when(s))
        mid = builder.message_id(s)
        assert mid not in seen_ids, mid
        seen_ids.add(mid)
        assert builder.when(s).year == 2026, s["name"]
        for ref in [s.get("parent")]:
            if ref:
                assert builder.when(builder.by_name[ref]) < builder.when(s), s["name"]
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, s["kind"], s["company"], s["contact"], s["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: Counter[tuple[str, str]] = Counter((r[1], r[4]) for r in rows)
    print(f"{len(rows)} messages")
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in LANGUAGES) + "  total")
    for kind in KINDS:
        cells = [table[(kind, lang)] for lang in LANGUAGES]
        print(f"{kind:34}" + "".join(f"{c:5}" for c in cells) + f"  {sum(cells):5}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGUAGES]
    print(f"{'total':34}" + "".join(f"{c:5}" for c in totals) + f"  {sum(totals):5}")


CANDIDATE = ("Franziska Oberhuber-Lindgren", "franziska.oberhuber@example.at")


def html_to_text(markup: str) -> str:
    from msgs339_common import html_to_text as convert
    return convert(markup)


if __name__ == "__main__":
    main()
