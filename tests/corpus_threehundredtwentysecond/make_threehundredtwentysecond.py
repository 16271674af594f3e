"""Build corpus 322 (*.eml + labels.csv) from the hand-written specs in msgs322_*.py.

Standard library only. Deterministic: boundaries, Message-IDs and dates come from the specs, so
every run writes the same bytes. After writing, every message is re-parsed with
email.policy.default and checked (no defects; subject, From name, date and every text body
round-trip; the label rules hold). Only *.eml and labels.csv in this folder are deleted and
rewritten.

Run: python tests/corpus_threehundredtwentysecond/make_threehundredtwentysecond.py
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
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs322_agencies  # noqa: E402
import msgs322_employers_en  # noqa: E402
import msgs322_employers_eu  # noqa: E402
import msgs322_other_en  # noqa: E402
import msgs322_other_eu  # noqa: E402
import msgs322_threads  # noqa: E402
import msgs322_threads_eu  # noqa: E402
from msgs322_common import CANDIDATE  # noqa: E402

Spec = dict[str, Any]
MODULES = [msgs322_threads, msgs322_threads_eu, msgs322_agencies, msgs322_employers_en,
           msgs322_employers_eu, msgs322_other_en, msgs322_other_eu]
KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["en", "de", "fr", "es"]
LEGAL_FORMS = re.compile(
    r"\b(GmbH|AG|SA|S\.A\.|SL|S\.L\.|SAS|SARL|Ltd|Limited|Inc|LLC|plc|DAC|UG|KG|SE|S\.L\.U\.)\.?$",
    re.IGNORECASE,
)
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(
    r"([a-z0-9.-]*[.-])?(no-?reply|do-?not-?reply|notifications?|mailer|alerts?|bounce|news|"
    r"newsletter|info|jobs|careers|talent|recruiting|recruitment|postmaster|hr|hiring|team|"
    r"hello|contact|rrhh|empleo|recrutement|bewerbung|karriere|personal|service|support)",
    re.I,
)
POLICY = email.policy.default

# ---------------------------------------------------------------- encoded words (RFC 2047)

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(chunk: bytes) -> str:
    return "".join(chr(b) if b in _Q_SAFE else "_" if b == 32 else f"={b:02X}" for b in chunk)


def encoded_words(text: str, charset: str, mode: str) -> list[str]:
    """The text as RFC 2047 encoded words of at most 60 characters each, split by character."""
    words: list[str] = []
    start = 0
    while start < len(text):
        end = len(text)
        while True:
            raw = text[start:end].encode(charset)
            body = _q(raw) if mode == "q" else base64.b64encode(raw).decode("ascii")
            word = f"=?{charset}?{mode}?{body}?="
            if len(word) <= 60 or end - start == 1:
                break
            end -= 1
        words.append(word)
        start = end
    return words


def set_raw(msg: EmailMessage, name: str, raw: str) -> None:
    """Replace (or add) a header with a pre-encoded, pre-folded value the generator keeps."""
    headers = msg._headers
    for i, (key, _value) in enumerate(headers):
        if key.lower() == name.lower():
            headers[i] = (key, raw)
            return
    headers.append((name, raw))


def fold_ascii(value: str, used: int) -> str:
    """Fold a plain ASCII header value at spaces so that no line exceeds 78 characters."""
    lines: list[str] = []
    current = ""
    for word in value.split(" "):
        limit = 78 - (used if not lines else 0)
        if current and len(current) + 1 + len(word) > limit:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "\n ".join(lines)


# ---------------------------------------------------------------- quoting

WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
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


def _when(dt: datetime, lang: str) -> tuple[str, str, str]:
    day, month = WEEKDAYS[lang][dt.weekday()], MONTHS[lang][dt.month - 1]
    return day, month, dt.strftime("%H:%M")


def attribution(style: str, dt: datetime, name: str, addr: str) -> str:
    lang = style.split("_")[-1] if "_" in style else style
    lang = "en" if lang == "outlook" else lang
    day, month, hm = _when(dt, lang)
    if style == "en":
        return f"On {day[:3]}, {dt.day} {month[:3]} 2026 at {hm}, {name} <{addr}> wrote:"
    if style == "de":
        return f"Am {day}, {dt.day}. {month} 2026 um {hm} schrieb {name} <{addr}>:"
    if style == "fr":
        return f"Le {day[:3]}. {dt.day} {month} 2026 à {hm}, {name} <{addr}> a écrit :"
    if style == "es":
        return f"El {day}, {dt.day} de {month} de 2026, {name} (<{addr}>) escribió:"
    raise ValueError(style)


OUTLOOK = {
    "outlook": ("From", "Sent", "To", "Subject"),
    "outlook_de": ("Von", "Gesendet", "An", "Betreff"),
    "outlook_fr": ("De", "Envoyé", "À", "Objet"),
    "outlook_es": ("De", "Enviado el", "Para", "Asunto"),
}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.out: list[str] = []
        self.skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip = tag in ("style", "title", "head")
        if tag in ("p", "br", "tr", "li", "h1", "h2", "h3"):
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.skip = False

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


def html_to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    lines = [" ".join(x.split()) for x in "".join(parser.out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def quoted(style: str, parent: Spec, parent_text: str) -> str:
    name, addr = parent["frm"]
    dt = parse_date(parent["date"])
    if style in OUTLOOK:
        f_from, f_sent, f_to, f_subj = OUTLOOK[style]
        lang = style.split("_")[-1] if "_" in style else "en"
        day, month, hm = _when(dt, lang)
        to = ", ".join(f"{n} <{a}>" for n, a in parent.get("to", [CANDIDATE]))
        return (
            "\n________________________________\n"
            f"{f_from}: {name} <{addr}>\n{f_sent}: {day}, {dt.day} {month} 2026 {hm}\n"
            f"{f_to}: {to}\n{f_subj}: {parent['subject']}\n\n{parent_text}"
        )
    lines = [("> " + x) if x and not x.startswith(">") else (">" + x) for x in
             parent_text.rstrip("\n").split("\n")]
    lines = [x if x != ">" else ">" for x in lines]
    return "\n" + attribution(style, dt, name, addr) + "\n" + "\n".join(lines) + "\n"


# ---------------------------------------------------------------- PDF


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with a title and some lines."""

    def lit(s: str) -> str:
        s = s.encode("cp1252", "replace").decode("latin-1")
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    ops = [f"BT /F1 16 Tf 72 770 Td {lit(title)} Tj ET"]
    y = 740
    for line in lines:
        ops.append(f"BT /F1 11 Tf 72 {y} Td {lit(line)} Tj ET")
        y -= 16
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
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


# ---------------------------------------------------------------- building


def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def message_id(spec: Spec) -> str:
    digest = hashlib.sha1(("322/" + spec["slug"]).encode()).hexdigest()
    domain = spec["frm"][1].split("@")[1]
    return f"<{digest[:10]}.{digest[10:20]}.322@{domain}>"


class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.by_slug = {s["slug"]: s for s in specs}
        assert len(self.by_slug) == len(specs), "duplicate slug"
        self.texts: dict[str, tuple[str | None, str | None]] = {}

    def bodies(self, spec: Spec) -> tuple[str | None, str | None]:
        """The final plain and HTML bodies (with the quoted parent chain if any)."""
        slug = spec["slug"]
        if slug in self.texts:
            return self.texts[slug]
        text, markup = spec.get("text"), spec.get("html")
        style = spec.get("quote")
        if style:
            parent = self.by_slug[spec["parent"]]
            p_text, p_html = self.bodies(parent)
            chain = quoted(style, parent, p_text or html_to_text(p_html or ""))
            if text is not None:
                text = text + chain
            if markup is not None and spec.get("html_quote", True):
                block = ("<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">"
                         + "<br>\n".join(_esc(x) for x in chain.strip("\n").split("\n"))
                         + "</blockquote>\n")
                markup = markup.replace("</body>", block + "</body>") if "</body>" in markup \
                    else markup + block
        self.texts[slug] = (text, markup)
        return text, markup

    def references(self, spec: Spec) -> list[str]:
        parent = spec.get("parent")
        if not parent:
            return []
        p = self.by_slug[parent]
        return [*self.references(p), message_id(p)]

    def build(self, spec: Spec, number: int) -> EmailMessage:
        msg = EmailMessage(policy=POLICY)
        name, addr = spec["frm"]
        msg["From"] = Address(name, addr_spec=addr) if name else addr
        msg["To"] = [Address(n, addr_spec=a) for n, a in spec.get("to", [CANDIDATE])]
        if spec.get("cc"):
            msg["Cc"] = [Address(n, addr_spec=a) for n, a in spec["cc"]]
        if spec.get("reply_to"):
            n, a = spec["reply_to"]
            msg["Reply-To"] = Address(n, addr_spec=a)
        msg["Subject"] = spec["subject"]
        msg["Date"] = format_datetime(parse_date(spec["date"]))
        msg["Message-ID"] = message_id(spec)
        refs = self.references(spec)
        if refs:
            msg["In-Reply-To"] = refs[-1]
            msg["References"] = " ".join(refs)
        for key, value in spec.get("headers", {}).items():
            msg[key] = value

        text, markup = self.bodies(spec)
        charset = spec.get("charset", "utf-8")
        if text is not None:
            msg.set_content(text, charset=charset, cte=spec.get("cte"))
            if markup is not None:
                msg.add_alternative(markup, subtype="html", charset=spec.get("html_charset",
                                    charset), cte=spec.get("html_cte"))
        else:
            assert markup is not None, spec["slug"]
            msg.set_content(markup, subtype="html", charset=charset, cte=spec.get("html_cte"))
        cal = spec.get("ics")
        if cal:
            body = cal["body"]
            method = cal["method"]
            if cal.get("mode", "alt") == "alt":
                msg.add_alternative(body, subtype="calendar", params={"method": method},
                                    cte=cal.get("cte"))
            else:
                msg.add_attachment(body, subtype="calendar", filename=cal.get("filename",
                                   "invite.ics"), params={"method": method}, cte="base64")
        for filename, title, lines in spec.get("pdfs", []):
            msg.add_attachment(make_pdf(title, lines), maintype="application", subtype="pdf",
                               filename=filename)
        if spec.get("fwd"):
            inner = self.build(spec["fwd"], 0)
            msg.add_attachment(inner, filename=spec["fwd"].get("fwd_name"))

        subject = spec["subject"]
        if spec.get("subj_enc") or not subject.isascii():
            mode, cs = spec.get("subj_enc", ("q", "utf-8"))
            set_raw(msg, "Subject", "\n ".join(encoded_words(subject, cs, mode)))
        else:
            set_raw(msg, "Subject", fold_ascii(subject, len("Subject: ")))
        if spec.get("name_enc"):
            mode, cs = spec["name_enc"]
            words = encoded_words(name, cs, mode)
            tail = f" <{addr}>" if len(words[-1]) + len(addr) + 10 <= 76 else f"\n <{addr}>"
            set_raw(msg, "From", "\n ".join(words) + tail)
        self.tidy(msg, msg, f"=_322_{number:03d}_{{}}_{spec['slug'][:12]}", [0])
        return msg

    def tidy(self, part: EmailMessage, root: EmailMessage, pattern: str, count: list[int]) -> None:
        """Deterministic boundaries; MIME-Version only on the message itself. A forwarded
        message/rfc822 part was tidied when it was built and is left alone."""
        if part is not root:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            part.set_boundary(pattern.format(count[0]))
            count[0] += 1
            for sub in part.iter_parts():
                self.tidy(sub, root, pattern, count)


# ---------------------------------------------------------------- checks


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    return domain.endswith(ATS_DOMAINS) or bool(SYSTEM_LOCAL.fullmatch(local))


def check(spec: Spec, data: bytes, bodies: tuple[str | None, str | None]) -> None:
    slug = spec["slug"]
    msg = email.message_from_bytes(data, policy=POLICY)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        assert not part.defects, (slug, part.defects)
    assert str(msg["Subject"]) == spec["subject"], (slug, str(msg["Subject"]))
    assert msg["From"].addresses[0].display_name == spec["frm"][0], slug
    assert msg["Date"].datetime == parse_date(spec["date"]), slug
    assert msg["Date"].datetime.year == 2026
    contents = [p.get_content().rstrip("\n") for p in msg.walk()
                if p.get_content_maintype() == "text"]
    for body in bodies:
        if body is not None:
            assert body.rstrip("\n") in contents, (slug, "body does not round-trip")
    cal = spec.get("ics")
    if cal:
        assert cal["body"].rstrip("\n") in contents, (slug, "calendar does not round-trip")
    # label rules
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS, slug
    own = spec["frm"][1] == CANDIDATE[1]
    if own:
        assert kind == "other" and not contact, slug
    if kind == "other":
        assert company == "", slug
    else:
        assert company and company == company.strip(), slug
        assert not LEGAL_FORMS.search(company), (slug, company)
    if contact:
        assert contact == contact.lower(), slug
        assert contact != CANDIDATE[1], slug
        assert not is_system(contact), (slug, contact)
        heads = [a.lower() for h in ("Reply-To", "From") for v in msg.get_all(h, [])
                 for a in [x.addr_spec for x in v.addresses]]
        assert contact in heads, (slug, contact)
        reply = spec.get("reply_to")
        if reply and not is_system(reply[1]):
            assert contact == reply[1].lower(), (slug, "contact must be the human Reply-To")
    else:
        reply = spec.get("reply_to")
        if not own and kind != "other":
            human = [a for a in ([reply[1]] if reply else []) + [spec["frm"][1]]
                     if not is_system(a)]
            assert not human, (slug, "a human address exists but contact is empty", human)


def main() -> None:
    specs = [s for m in MODULES for s in m.SPECS]
    builder = Builder(specs)
    order = sorted(specs, key=lambda s: (parse_date(s["date"]), s["slug"]))
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    for number, spec in enumerate(order, 1):
        try:
            msg = builder.build(spec, number)
        except Exception as error:
            raise SystemExit(f"{spec['slug']}: {error!r}") from error
        data = msg.as_bytes(policy=POLICY)
        rel = f"{spec['kind']}/{number:03d}_{spec['slug']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(spec, data, builder.bodies(spec))
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"{'kind':32}" + "".join(f"{x:>5}" for x in [*LANGS, "all"]))
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:32}" + "".join(f"{row[x]:>5}" for x in LANGS) + f"{sum(row.values()):>5}")
    totals = [sum(table[k][x] for k in KINDS) for x in LANGS]
    print(f"{'all':32}" + "".join(f"{x:>5}" for x in totals) + f"{sum(totals):>5}")
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
