"""Build corpus 295 (Matthias Grünwald's job search, 2026) from the hand-written specs.

Standard library only. Deletes and rewrites only the *.eml files and labels.csv in this folder;
the output is deterministic. Every message is re-parsed with email.policy.default and checked.

    python tests/corpus_twohundredninetyfifth/make_twohundredninetyfifth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import html
import io
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import msgs295_acks_offers  # noqa: E402
import msgs295_common as common  # noqa: E402
import msgs295_invites  # noqa: E402
import msgs295_other  # noqa: E402
import msgs295_rejections  # noqa: E402

Spec = dict[str, Any]
KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
LANGS = ("de", "en", "fr", "es")
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"no-?reply|donotreply|do-not-reply|notification|mailer|newsletter|alert")
LEGAL_FORMS = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SAS|SARL|Ltd|Inc|KG|SE|S\.L\.U\.|e\.V\.|mbH)\b"
)
HEADER_MODES = [("utf-8", "Q"), ("utf-8", "B"), ("iso-8859-1", "Q"), ("windows-1252", "B"),
                ("iso-8859-15", "Q")]
CTES = ["quoted-printable", "base64", "8bit"]

WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
        "Dez."],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
        "nov.", "déc."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
LONG_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
}
LONG_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember"],
}


# ----------------------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, mode: str) -> list[str]:
    """RFC 2047 encoded words (each at most 66 characters) spelling `text`."""

    def enc(chunk: str) -> str:
        raw = chunk.encode(charset)
        if mode == "B":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            payload = "".join(
                chr(c) if (c < 128 and (chr(c).isalnum() or chr(c) in "!*+-/"))
                else "_" if c == 32 else f"={c:02X}"
                for c in raw
            )
        return f"=?{charset}?{mode}?{payload}?="

    words: list[str] = []
    current = ""
    for char in text:
        if current and len(enc(current + char)) > 66:
            words.append(enc(current))
            current = char
        else:
            current += char
    if current:
        words.append(enc(current))
    return words


def pick_charset(text: str, charset: str) -> str:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def header_value(text: str, charset: str, mode: str) -> str:
    """An unstructured header value: plain ASCII folded at spaces, else encoded words."""
    if text.isascii():
        return text
    return "\n ".join(encoded_words(text, pick_charset(text, charset), mode))


def address(name: str, addr: str, charset: str, mode: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return " ".join(encoded_words(name, pick_charset(name, charset), mode)) + f" <{addr}>"


def fold(name: str, value: str) -> str:
    """`Name: value`, folded at spaces so that lines stay within 78 characters."""
    if "\n" in value:
        return f"{name}: {value}"
    line = f"{name}:"
    lines: list[str] = []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line.strip() and line != f"{name}:":
            lines.append(line)
            line = " " + word
        else:
            line += " " + word
    lines.append(line)
    return "\n".join(lines)


# ----------------------------------------------------------------------------- bodies

def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` (Helvetica, WinAnsi)."""

    def esc(text: str) -> bytes:
        raw = text.encode("cp1252")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = b"BT /F1 11 Tf 16 TL 60 780 Td\n" + b"".join(
        b"(" + esc(line) + b") Tj T*\n" for line in lines
    ) + b"ET\n"
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
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()


def to_html(text: str, quoted: str = "", title: str = "") -> str:
    """A plain mail-client style HTML rendering of a text body (and its quoted chain)."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    rendered = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>" for p in paras
    )
    if quoted:
        inner = "<br>\n".join(html.escape(line) for line in quoted.split("\n"))
        rendered += ('\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                     f'padding-left:1ex">\n{inner}\n</blockquote>')
    head = f"<title>{html.escape(title)}</title>" if title else ""
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8">{head}</head>\n'
            f'<body style="font-family:Arial,sans-serif;font-size:14px">\n{rendered}\n'
            "</body></html>\n")


def local_dt(spec: Spec) -> datetime:
    naive = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    tz = spec.get("tz")
    if tz is None:
        summer = datetime(2026, 3, 29, 2) <= naive < datetime(2026, 10, 25, 3)
        tz = "+0200" if summer else "+0100"
    sign = 1 if tz[0] == "+" else -1
    offset = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return naive.replace(tzinfo=timezone(offset))


def attribution(parent: Spec, style: str) -> tuple[str, bool]:
    """The attribution of a quoted parent and whether its lines are '>'-prefixed."""
    dt = local_dt(parent)
    name, addr = parent["frm"]
    hm = dt.strftime("%H:%M")
    wd, mon = dt.weekday(), dt.month - 1
    if style == "en":
        return f"On {WEEKDAYS['en'][wd]}, {dt.day} {MONTHS['en'][mon]} 2026 at {hm}, " \
               f"{name} <{addr}> wrote:", True
    if style == "de":
        return f"Am {WEEKDAYS['de'][wd]}, {dt.day}. {MONTHS['de'][mon]} 2026 um {hm} Uhr " \
               f"schrieb {name} <{addr}>:", True
    if style == "fr":
        return f"Le {WEEKDAYS['fr'][wd]} {dt.day} {MONTHS['fr'][mon]} 2026 à {hm}, " \
               f"{name} <{addr}> a écrit :", True
    if style == "es":
        return f"El {WEEKDAYS['es'][wd]}, {dt.day} {MONTHS['es'][mon]} 2026 a las {hm}, " \
               f"{name} (<{addr}>) escribió:", True
    to = ", ".join(f"{n} <{a}>" for n, a in parent.get("to", [common.CAND]))
    if style == "outlook_de":
        when = f"{LONG_DAYS['de'][wd]}, {dt.day}. {LONG_MONTHS['de'][mon]} 2026 {hm}"
        return ("________________________________\n"
                f"Von: {name} <{addr}>\nGesendet: {when}\nAn: {to}\n"
                f"Betreff: {parent['subject']}\n"), False
    if style == "outlook_en":
        hour = dt.hour % 12 or 12
        when = (f"{LONG_DAYS['en'][wd]}, {LONG_MONTHS['en'][mon]} {dt.day}, 2026 "
                f"{hour}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}")
        return ("-----Original Message-----\n"
                f"From: {name} <{addr}>\nSent: {when}\nTo: {to}\n"
                f"Subject: {parent['subject']}\n"), False
    raise ValueError(style)


class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = sorted(specs, key=lambda s: (s["date"], s["id"]))
        self.by_id = {s["id"]: s for s in self.specs}
        assert len(self.by_id) == len(self.specs), "duplicate spec ids"
        self.index = {s["id"]: n for n, s in enumerate(self.specs, 1)}
        self.texts: dict[str, str] = {}
        self.msgids: dict[str, str] = {}
        self.refs: dict[str, list[str]] = {}

    # -- parts
    def full_text(self, spec: Spec) -> tuple[str, str]:
        """The plain text body and the quoted chain (attribution plus quoted parent)."""
        body = spec["body"]
        if not spec.get("quote"):
            return body, ""
        parent = self.by_id[spec["parent"]]
        head, prefixed = attribution(parent, spec.get("qstyle", spec["lang"]))
        ptext = self.texts[parent["id"]]
        if prefixed:
            quoted = "\n".join(("> " + line) if line and not line.startswith(">")
                               else (">" + line) if line else ">"
                               for line in ptext.split("\n"))
            return body, f"{head}\n{quoted}"
        return body, f"{head}\n{ptext}"

    def body_part(self, spec: Spec, n: int, expected: list[str]) -> EmailMessage:
        body, quoted = self.full_text(spec)
        text = body + ("\n\n" + quoted if quoted else "")
        self.texts[spec["id"]] = text
        fmt = spec.get("fmt", "plain")
        markup = spec.get("html") or to_html(body, quoted, spec["subject"])
        both = text + (markup if fmt in ("html", "alt") else "")
        charset = spec.get("cs")
        if charset is None:
            charset = "utf-8"
            if spec["lang"] != "en" and n % 5 == 1:
                charset = pick_charset(both, "iso-8859-1")
            elif n % 5 == 3:
                charset = pick_charset(both, "windows-1252")
        cte = spec.get("cte", CTES[n % 3])
        msg = EmailMessage()
        if fmt in ("plain", "alt"):
            msg.set_content(text, charset=charset, cte=cte)
            expected.append(text)
        if fmt in ("html", "alt"):
            hcte = spec.get("html_cte", "quoted-printable" if cte == "8bit" else cte)
            if fmt == "html":
                msg.set_content(markup, subtype="html", charset=charset, cte=cte)
            else:
                msg.add_alternative(markup, subtype="html", charset=charset, cte=hcte)
            expected.append(markup)
        cal = spec.get("ics")
        if cal is not None:
            method = cal.split("METHOD:")[1].split("\n")[0]
            if spec.get("ics_attach"):
                pass
            else:
                if not msg.is_multipart():
                    msg.make_alternative()
                alt = EmailMessage()
                alt.set_content(cal, subtype="calendar", charset="utf-8",
                                cte="quoted-printable", params={"method": method})
                msg.attach(alt)
            expected.append(cal)
        for name, lines in spec.get("attach", []):
            msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf",
                               filename=name)
        if cal is not None and spec.get("ics_attach"):
            method = cal.split("METHOD:")[1].split("\n")[0]
            msg.add_attachment(cal, subtype="calendar", charset="utf-8", cte="base64",
                               filename=spec["ics_attach"], params={"method": method})
        inner = spec.get("fwd")
        if inner is not None:
            inner_expected: list[str] = []
            raw = self.render(inner, n + 100, inner_expected, inner=True)
            parsed = email.message_from_bytes(raw, policy=email.policy.default)
            msg.add_attachment(parsed, disposition="inline")
            expected.extend(inner_expected)
        return msg

    def render(self, spec: Spec, n: int, expected: list[str], inner: bool = False) -> bytes:
        part = self.body_part(spec, n, expected)
        count = 0
        for sub in part.walk():
            if sub.is_multipart() and sub.get_content_maintype() == "multipart":
                count += 1
                sub.set_boundary(f"=_295_{n:03d}_{count}_{spec['id'][:12]}")
                for child in sub.iter_parts():
                    del child["MIME-Version"]
        charset, mode = spec.get("henc", HEADER_MODES[n % len(HEADER_MODES)])
        dt = local_dt(spec)
        domain = spec["frm"][1].split("@")[1]
        digest = hashlib.sha1(spec["id"].encode()).hexdigest()[:14]
        msgid = f"<{dt:%Y%m%d%H%M}.{digest}.{n}@{domain}>"
        headers: list[str] = []
        headers.append(fold("From", address(*spec["frm"], charset, mode)))
        tos = spec.get("to", [common.CAND])
        headers.append("To: " + ",\n ".join(address(nm, a, charset, mode) for nm, a in tos))
        if spec.get("cc"):
            headers.append("Cc: " + ",\n ".join(address(nm, a, charset, mode)
                                                 for nm, a in spec["cc"]))
        if spec.get("reply_to"):
            headers.append("Reply-To: " + address(*spec["reply_to"], charset, mode))
        headers.append(fold("Subject", header_value(spec["subject"], charset, mode)))
        headers.append(f"Date: {format_datetime(dt)}")
        headers.append(f"Message-ID: {msgid}")
        if not inner:
            self.msgids[spec["id"]] = msgid
            parent = spec.get("parent")
            if parent:
                assert parent in self.msgids, f"{spec['id']}: parent {parent} not earlier"
                chain = [*self.refs[parent], self.msgids[parent]]
                headers.append(f"In-Reply-To: {self.msgids[parent]}")
                headers.append(fold("References", " ".join(chain)))
                self.refs[spec["id"]] = chain
            else:
                self.refs[spec["id"]] = []
        for name, value in spec.get("headers", []):
            headers.append(fold(name, header_value(value, charset, mode)))
        generated = part.as_bytes(policy=email.policy.default.clone(linesep="\n"))
        return ("\n".join(headers) + "\n").encode("ascii") + generated

    def build(self) -> list[dict[str, str]]:
        for old in ROOT.rglob("*.eml"):
            old.unlink()
        label_path = ROOT / "labels.csv"
        if label_path.exists():
            label_path.unlink()
        rows: list[dict[str, str]] = []
        for spec in self.specs:
            n = self.index[spec["id"]]
            expected: list[str] = []
            try:
                raw = self.render(spec, n, expected)
            except (UnicodeError, ValueError) as error:
                raise SystemExit(f"{spec['id']}: {error}") from error
            rel = f"{spec['kind']}/{n:03d}_{spec['id']}.eml"
            path = ROOT / rel
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(raw)
            row = {"file": rel, "kind": spec["kind"], "company": spec["company"],
                   "contact": spec["contact"], "language": spec["lang"]}
            check(spec, raw, expected, row)
            rows.append(row)
        with label_path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact",
                                                        "language"], lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        return rows


# ----------------------------------------------------------------------------- checks

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: Spec, raw: bytes, expected: list[str], row: dict[str, str]) -> None:
    where = row["file"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    from_header = msg["From"]
    assert from_header.addresses[0].display_name == spec["frm"][0], f"{where}: from name"
    assert from_header.addresses[0].addr_spec == spec["frm"][1], f"{where}: from addr"
    assert msg["Date"].datetime == local_dt(spec), f"{where}: date"
    got = sorted(norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text")
    want = sorted(norm(t) for t in expected)
    assert got == want, f"{where}: text bodies differ"
    # label rules
    assert spec["kind"] in KINDS and spec["lang"] in LANGS, where
    own = spec["frm"][1] == common.CAND_ADDR
    if own:
        assert spec["kind"] == "other" and not spec["contact"], f"{where}: own mail"
    if spec["kind"] == "other":
        assert not spec["company"], f"{where}: company on other"
    else:
        assert spec["company"] and spec["company"] == spec["company"].strip(), where
        assert not LEGAL_FORMS.search(spec["company"]), f"{where}: legal form"
    contact = spec["contact"]
    values = [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])]
    senders = [a.lower() for _, a in getaddresses(values)]
    if contact:
        assert contact == contact.lower() and contact in senders, f"{where}: contact"
        local, _, dom = contact.partition("@")
        assert not dom.endswith(ATS_DOMAINS) and not SYSTEM_LOCAL.search(local), where
    else:
        human = [a for a in senders if a != common.CAND_ADDR
                 and not a.split("@")[1].endswith(ATS_DOMAINS)
                 and not SYSTEM_LOCAL.search(a.split("@")[0])]
        if spec["kind"] != "other":
            assert not human, f"{where}: job mail from a human without contact {human}"
    if spec["kind"] != "other" and spec.get("reply_to") and contact:
        rt = spec["reply_to"][1].lower()
        if not SYSTEM_LOCAL.search(rt.split("@")[0]):
            assert contact == rt, f"{where}: contact should be the human Reply-To"


def table(rows: list[dict[str, str]]) -> str:
    counts = Counter((r["kind"], r["language"]) for r in rows)
    lines = ["| kind | de | en | fr | es | total |", "|---|---|---|---|---|---|"]
    for kind in KINDS:
        cells = [counts[(kind, lang)] for lang in LANGS]
        lines.append(f"| {kind} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    totals = [sum(counts[(k, lang)] for k in KINDS) for lang in LANGS]
    lines.append("| total | " + " | ".join(map(str, totals)) + f" | {sum(totals)} |")
    return "\n".join(lines)


def main() -> None:
    specs = [*msgs295_rejections.MSGS, *msgs295_invites.MSGS, *msgs295_acks_offers.MSGS,
             *msgs295_other.MSGS]
    rows = Builder(specs).build()
    print(f"wrote {len(rows)} messages")
    print(table(rows))


if __name__ == "__main__":
    main()
