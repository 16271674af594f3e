#!/usr/bin/env python3
"""Build corpus 287 (Reto Baumgartner-Osei) from the hand-written specs in msgs287_*.py.

Run from the repository root:  python tests/corpus_twohundredeightyseventh/make_twohundredeightyseventh.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder,
then re-parses every written message with the default policy and checks it.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import html
import re
import sys
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs287_acks  # noqa: E402
import msgs287_common as C  # noqa: E402
import msgs287_invites  # noqa: E402
import msgs287_other  # noqa: E402
import msgs287_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LABEL_HEADER = ["file", "kind", "company", "contact", "language"]

# --------------------------------------------------------------------------- dates


def local_offset(naive: dt.datetime) -> dt.timedelta:
    """Central European time in 2026: summer time from 29 March to 25 October."""
    if dt.datetime(2026, 3, 29, 2, 0) <= naive < dt.datetime(2026, 10, 25, 3, 0):
        return dt.timedelta(hours=2)
    return dt.timedelta(hours=1)


def when(spec_date: str, tz: str | None = None) -> dt.datetime:
    naive = dt.datetime.strptime(spec_date, "%Y-%m-%d %H:%M")
    if tz:
        sign = -1 if tz[0] == "-" else 1
        off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    else:
        off = local_offset(naive)
    return naive.replace(tzinfo=dt.timezone(off))


def rfc_date(moment: dt.datetime) -> str:
    return email.utils.format_datetime(moment)


# --------------------------------------------------------------------------- headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _encoded_word(text: str, charset: str, mode: str) -> str:
    raw = text.encode(charset)
    if mode == "B":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        payload = "".join(
            chr(c) if c in _Q_SAFE else "_" if c == 32 else f"={c:02X}" for c in raw
        )
    return f"=?{charset}?{mode}?{payload}?="


def encoded_words(text: str, charset: str, mode: str, limit: int = 75) -> list[str]:
    words: list[str] = []
    current = ""
    for ch in text:
        trial = current + ch
        if current and len(_encoded_word(trial, charset, mode)) > limit:
            words.append(_encoded_word(current, charset, mode))
            current = ch
        else:
            current = trial
    if current:
        words.append(_encoded_word(current, charset, mode))
    return words


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay under 78 characters."""
    line = f"{name}: "
    out = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 76 and line.strip() and i:
            out.append(line)
            line = " " + word
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and subject.isascii():
        return fold_plain("Subject", subject)
    charset, mode = enc or ("utf-8", "Q")
    return "Subject: " + "\n ".join(encoded_words(subject, charset, mode))


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    charset, mode = enc or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, mode)) + f" <{addr}>"


def address_list(pairs: list[tuple[str, str]]) -> str:
    return ",\n ".join(address(p) for p in pairs)


# --------------------------------------------------------------------------- parts


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[cte]
    return MIMEText(text, subtype, cs)


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (WinAnsi text)."""

    def pdf_str(s: str) -> bytes:
        raw = s.encode("cp1252")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    ops = [b"BT /F1 11 Tf 72 770 Td 15 TL"]
    for i, line in enumerate(lines):
        ops.append((b"(" if i == 0 else b"T* (") + pdf_str(line) + b") Tj")
    ops.append(b"ET")
    content = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
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
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


def ics_text(spec: dict, ics: dict) -> str:
    start = when(ics["start"])
    end = start + dt.timedelta(minutes=ics.get("minutes", 60))
    stamp = when(spec["date"], spec.get("tz"))

    def utc(moment: dt.datetime) -> str:
        return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")

    org_name, org_addr = ics["organizer"]
    method = ics["method"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus287//Hand written//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{utc(stamp)}",
        f"DTSTART:{utc(start)}",
        f"DTEND:{utc(end)}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        "ATTENDEE;CN=\"Reto Baumgartner-Osei\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        "RSVP=TRUE:mailto:reto.bo@example.ch",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
    ]
    if ics.get("description"):
        lines.append("DESCRIPTION:" + ics["description"].replace("\n", "\\n"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode("utf-8")) > 74:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- quoting


def strip_html(markup: str) -> str:
    markup = re.sub(r"(?is)<(style|head|title)\b.*?</\1>", "", markup)
    markup = re.sub(r"(?i)<br\s*/?>", "\n", markup)
    markup = re.sub(r"(?i)</(p|div|tr|h\d|li)>", "\n", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    text = html.unescape(markup).replace("\xa0", " ")
    lines = [ln.strip() for ln in text.split("\n")]
    out: list[str] = []
    for ln in lines:
        if ln or (out and out[-1]):
            out.append(ln)
    return "\n".join(out).strip() + "\n"


class Corpus:
    def __init__(self, specs: list[dict]) -> None:
        self.specs = specs
        self.by_id = {s["id"]: s for s in specs if s.get("id")}
        self.full_text: dict[str, str] = {}
        self.full_html: dict[str, str | None] = {}

    def message_id(self, spec: dict) -> str:
        if spec.get("message_id"):
            return spec["message_id"]
        moment = when(spec["date"], spec.get("tz"))
        digest = hashlib.sha1(
            f"{spec['kind']}/{spec['slug']}".encode(), usedforsecurity=False
        ).hexdigest()[:12]
        domain = spec.get("mid_domain") or spec["from"][1].split("@")[1]
        return f"<{moment.strftime('%Y%m%d%H%M%S')}.{digest}@{domain}>"

    def references(self, spec: dict) -> list[str]:
        parent = spec.get("parent")
        if not parent:
            return list(spec.get("ext_refs", []))
        p = self.by_id[parent]
        return [*self.references(p), self.message_id(p)]

    def texts(self, spec: dict) -> tuple[str | None, str | None]:
        """The full plain and HTML bodies, with the quoted parent appended when asked."""
        key = spec["slug"] + spec["kind"]
        if key in self.full_text:
            return self.full_text[key], self.full_html[key]
        text, html = spec.get("text"), spec.get("html")
        if html is None and spec.get("wrap"):
            html = spec["wrap"](C.paras(text))
        style = spec.get("quote")
        if style:
            parent = self.by_id[spec["parent"]]
            ptext, phtml = self.texts(parent)
            pbody = ptext if ptext is not None else strip_html(phtml or "")
            lang = spec.get("quote_lang", spec["lang"])
            pwhen = when(parent["date"], parent.get("tz"))
            pname, paddr = parent["from"]
            if style == "outlook":
                to = "; ".join(f"{n} <{a}>" if n else a for n, a in parent.get("to", [C.ME]))
                head = C.outlook_block(lang, pwhen, pname, paddr, to, parent["subject"])
                block_text = "\n\n" + "_" * 32 + "\n" + head + "\n\n" + pbody.rstrip("\n") + "\n"
                block_html = (
                    '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">'
                    + C.mso(head) + "</div>\n" + C.mso(pbody)
                )
            else:
                head = C.attribution(lang, pwhen, pname, paddr)
                block_text = "\n\n" + head + "\n" + C.quote(pbody) + "\n"
                block_html = (
                    f'<div class="gmail_quote"><div>{C.esc(head)}</div>\n'
                    '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;'
                    f'padding-left:1ex">\n{C.paras(pbody)}\n</blockquote></div>'
                )
            if text is not None:
                text = text.rstrip("\n") + "\n" + block_text
            if html is not None:
                marker = "</body>" if "</body>" in html else None
                if 'class="WordSection1"' in html:
                    html = html.replace("\n</div>\n</body>", "\n" + block_html + "\n</div>\n</body>")
                elif marker:
                    html = html.replace(marker, block_html + "\n" + marker)
                else:
                    html = html + "\n" + block_html
        self.full_text[key], self.full_html[key] = text, html
        return text, html

    def build(self, spec: dict) -> tuple[bytes, dict]:
        text, html = self.texts(spec)
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", "qp")
        alt = []
        expected: list[tuple[str, object]] = []
        if text is not None:
            alt.append(text_part(text, "plain", charset, cte))
            expected.append(("text/plain", text))
        if html is not None:
            alt.append(text_part(html, "html", spec.get("html_charset", charset),
                                 spec.get("html_cte", cte)))
            expected.append(("text/html", html))
        attachments = []
        ics = spec.get("ics")
        if ics:
            cal = ics_text(spec, ics)
            part = text_part(cal, "calendar", "utf-8", "b64")
            part.set_param("method", ics["method"])
            if ics.get("inline", True):
                alt.append(part)
            else:
                part.add_header("Content-Disposition", "attachment", filename="invite.ics")
                attachments.append(part)
            expected.append(("text/calendar", cal))
        for pdf in spec.get("pdfs", []):
            data = pdf_bytes(pdf["lines"])
            part = MIMEApplication(data, "pdf")
            fname = pdf["filename"]
            if fname.isascii():
                part.add_header("Content-Disposition", "attachment", filename=fname)
            else:
                part.add_header("Content-Disposition", "attachment",
                                filename=("utf-8", "", fname))
            attachments.append(part)
            expected.append(("application/pdf", data))
        body = alt[0] if len(alt) == 1 else MIMEMultipart("alternative", _subparts=alt)
        root = MIMEMultipart("mixed", _subparts=[body, *attachments]) if attachments else body
        digest = hashlib.sha1(spec["slug"].encode(), usedforsecurity=False).hexdigest()[:16]
        n = 0
        for part in root.walk():
            if part is not root and "MIME-Version" in part:
                del part["MIME-Version"]
            if part.is_multipart():
                n += 1
                part.set_boundary(f"=_287_{digest}_{n}")
        buf = BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(root, linesep="\n")

        moment = when(spec["date"], spec.get("tz"))
        head = [f"Date: {rfc_date(moment)}",
                "From: " + address(spec["from"], spec.get("from_enc"))]
        if spec.get("reply_to"):
            head.append("Reply-To: " + address(spec["reply_to"], spec.get("reply_to_enc")))
        head.append("To: " + address_list(spec.get("to", [C.ME])))
        if spec.get("cc"):
            head.append("Cc: " + address_list(spec["cc"]))
        head.append(subject_header(spec["subject"], spec.get("subject_enc")))
        head.append(f"Message-ID: {self.message_id(spec)}")
        refs = self.references(spec)
        if refs:
            head.append(f"In-Reply-To: {refs[-1]}")
            head.append("References: " + "\n ".join(refs))
        for name, value in spec.get("headers", []):
            if value.isascii():
                head.append(fold_plain(name, value))
            else:  # a phrase before <...>, as in List-Id: encode the phrase
                phrase, _, rest = value.partition("<")
                words = encoded_words(phrase.strip(), "utf-8", "Q")
                head.append(f"{name}: " + "\n ".join(words) + (f" <{rest}" if rest else ""))
        data = ("\n".join(head) + "\n").encode("ascii") + buf.getvalue()
        return data, {"expected": expected, "text": text, "html": html}


# --------------------------------------------------------------------------- checks


def verify(data: bytes, spec: dict, info: dict) -> None:
    name = f"{spec['kind']}/{spec['slug']}"
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.get_content_type()}: {part.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    frm = msg["From"].addresses[0]
    if frm.addr_spec.lower() != spec["from"][1].lower():
        problems.append(f"from addr {frm.addr_spec}")
    if spec["from"][0] and frm.display_name != spec["from"][0]:
        problems.append(f"from name {frm.display_name!r} != {spec['from'][0]!r}")
    if spec.get("reply_to"):
        rt = msg["Reply-To"].addresses[0]
        if rt.addr_spec.lower() != spec["reply_to"][1].lower() or (
            spec["reply_to"][0] and rt.display_name != spec["reply_to"][0]
        ):
            problems.append("reply-to")
    got = [p for p in msg.walk() if not p.is_multipart()]
    if len(got) != len(info["expected"]):
        problems.append(f"{len(got)} leaf parts, expected {len(info['expected'])}")
    else:
        for part, (ctype, want) in zip(got, info["expected"], strict=True):
            if part.get_content_type() != ctype:
                problems.append(f"part type {part.get_content_type()} != {ctype}")
                continue
            content = part.get_content()
            if isinstance(want, bytes):
                ok = content == want
            else:
                ok = content.replace("\r\n", "\n").rstrip() == want.replace("\r\n", "\n").rstrip()
            if not ok:
                problems.append(f"content of {ctype} does not round-trip")
    if when(spec["date"], spec.get("tz")).year != 2026 or msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))


def main() -> None:
    specs = [*msgs287_rejections.MESSAGES, *msgs287_invites.MESSAGES,
             *msgs287_acks.MESSAGES, *msgs287_other.MESSAGES]
    for spec in specs:
        if "sender" in spec:
            spec["from"] = spec.pop("sender")
    corpus = Corpus(specs)
    ids = [s["id"] for s in specs if s.get("id")]
    assert len(ids) == len(set(ids)), "duplicate spec ids"
    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    counters = dict.fromkeys(KINDS, 0)
    rows = []
    seen_ids: set[str] = set()
    for spec in specs:
        kind = spec["kind"]
        assert kind in KINDS, spec["slug"]
        assert spec["lang"] in {"de", "fr", "en", "es"}, spec["slug"]
        counters[kind] += 1
        if spec.get("parent"):
            parent = corpus.by_id[spec["parent"]]
            assert when(parent["date"], parent.get("tz")) < when(spec["date"], spec.get("tz")), (
                f"{spec['slug']} is dated before its parent {parent['slug']}")
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        try:
            data, info = corpus.build(spec)
        except (UnicodeError, KeyError) as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        verify(data, spec, info)
        mid = corpus.message_id(spec)
        assert mid not in seen_ids, f"duplicate Message-ID {mid}"
        seen_ids.add(mid)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        contact = spec.get("contact", "")
        if contact:
            addrs = {a.lower() for _, a in [spec["from"], spec.get("reply_to") or ("", "")]}
            assert contact == contact.lower() and contact in addrs, (rel, contact)
        rows.append([rel, kind, spec.get("company", ""), contact, spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(LABEL_HEADER)
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(["de", "fr", "en", "es"], 0)
                                        for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':32} de  fr  en  es  total")
    for kind in KINDS:
        c = table[kind]
        print(f"{kind:32} {c['de']:>2}  {c['fr']:>2}  {c['en']:>2}  {c['es']:>2}  "
              f"{sum(c.values()):>3}")
    langs = {lang: sum(table[k][lang] for k in KINDS) for lang in ["de", "fr", "en", "es"]}
    print("languages", langs)


if __name__ == "__main__":
    main()
