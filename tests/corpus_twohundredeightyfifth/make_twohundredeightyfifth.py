#!/usr/bin/env python3
"""Build corpus 285 (Ximena Castellanos-Berg) from the hand-written specs in msgs285_*.py.

Run from the repository root:  python tests/corpus_twohundredeightyfifth/make_twohundredeightyfifth.py

Standard library only. Deletes and rewrites the *.eml files and labels.csv of this folder, then
re-parses every message with the default policy and checks that nothing is defective and that
the subject, the display names and every text body come back as written.
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
import textwrap
import unicodedata
from collections import Counter
from email.generator import BytesGenerator
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, getaddresses
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs285_acks  # noqa: E402
import msgs285_common as C  # noqa: E402
import msgs285_invites  # noqa: E402
import msgs285_other  # noqa: E402
import msgs285_rejections  # noqa: E402

POLICY = email.policy.default.clone(linesep="\n")
KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["es", "en", "fr", "de"]
WRAP = 76

# ------------------------------------------------------------------ header encoding


def _q_encode(raw: bytes) -> str:
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, mode: str, first_room: int = 60) -> list[str]:
    """Split text into RFC 2047 encoded words of at most 75 characters (never splitting a
    character); the first one leaves room for the header name."""
    words: list[str] = []
    chunk = ""
    mode = mode.upper()

    def enc(piece: str) -> str:
        raw = piece.encode(charset)
        body = base64.b64encode(raw).decode() if mode == "B" else _q_encode(raw)
        return f"=?{charset}?{mode}?{body}?="

    for ch in text:
        room = first_room if not words else 75
        if chunk and len(enc(chunk + ch)) > room:
            words.append(enc(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(enc(chunk))
    return words


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay under 78 characters."""
    line = f"{name}: "
    lines = []
    for word in value.split(" "):
        if len(line) + len(word) > 77 and line.strip() and not line.endswith(": "):
            lines.append(line.rstrip(" "))
            line = " "
        line += word + " "
    lines.append(line.rstrip(" "))
    return "\n".join(lines)


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and subject.isascii():
        return fold_plain("Subject", subject)
    charset, mode = enc or ("utf-8", "q")
    return "Subject: " + "\n ".join(encoded_words(subject, charset, mode, 66))


_SPECIALS = set('()<>[]:;@\\,."')


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        if any(c in _SPECIALS for c in name):
            quoted = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{quoted}" <{addr}>'
        return f"{name} <{addr}>"
    charset, mode = enc or ("utf-8", "q")
    words = encoded_words(name, charset, mode, 75)
    # Python's parser keeps the space between two encoded words of a phrase; one word only.
    assert len(words) == 1, f"display name too long for one encoded word: {name}"
    return f"{words[0]} <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]],
                   enc: tuple[str, str] | None = None) -> str:
    parts = [address(p, enc) for p in pairs]
    out, line = [], f"{name}: "
    for i, part in enumerate(parts):
        piece = part + ("," if i < len(parts) - 1 else "")
        for token in piece.split(" "):
            if len(line) + len(token) > 77 and line.strip() and not line.endswith(": "):
                out.append(line.rstrip(" "))
                line = " "
            line += token + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


# ------------------------------------------------------------------ bodies


def dedent(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


def wrap(text: str) -> str:
    out = []
    for line in text.splitlines():
        if len(line) <= WRAP or line.startswith(">"):
            out.append(line)
            continue
        lead = re.match(r"\s*([-*•]\s+|\d+[.)]\s+)?", line).group(0)
        out.append(textwrap.fill(line, WRAP, subsequent_indent=" " * len(lead),
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def html_to_text(markup: str) -> str:
    text = re.sub(r"(?is)<(style|title|head)[^>]*>.*?</\1>", "", markup)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</p>|</tr>|</h\d>|</div>", "\n\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    text = "\n".join(line.strip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def normal(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().splitlines())


def text_part(text: str, subtype: str, charset: str, cte: str | None) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    if cte is None:
        cte = "7bit" if text.isascii() else "quoted-printable"
    part.set_content(text, subtype=subtype, charset=charset, cte=cte)
    return part


def container(subtype: str, boundary: str, parts: list[MIMEPart]) -> MIMEPart:
    box = MIMEPart(policy=POLICY)
    box["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        box.attach(part)
    return box


# ------------------------------------------------------------------ PDF and iCalendar


def ascii_only(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text)
    flat = flat.replace("€", "EUR").replace("–", "-").replace("—", "-")
    return "".join(c for c in flat if c.isascii() and not unicodedata.combining(c))


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, text only) with a correct xref table."""
    def lit(s: str) -> str:
        return ascii_only(s).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream_lines = ["BT", "/F1 15 Tf", "56 780 Td", f"({lit(title)}) Tj", "/F1 10 Tf",
                    "0 -28 Td", "14 TL"]
    for line in lines:
        for piece in textwrap.wrap(ascii_only(line), 90) or [""]:
            stream_lines.append(f"({lit(piece)}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + lit(title).encode("latin-1") + b") /Producer (corpus285) "
        b"/CreationDate (D:20260101000000Z) >>",
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
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    pieces, current = [], ""
    for ch in line:
        limit = 75 if not pieces else 74
        if len((current + ch).encode("utf-8")) > limit:
            pieces.append(current)
            current = ""
        current += ch
    pieces.append(current)
    return "\n ".join(pieces)


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(spec: dict, sent: dt.datetime) -> str:
    start = C.when(spec["start"], spec.get("tz", "ES"))
    end = start + dt.timedelta(minutes=spec.get("minutes", 45))
    method = spec.get("method", "REQUEST")
    status = spec.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    org_name, org_addr = spec["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 285//Calendar//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec.get('seq', 0)}",
        f"DTSTAMP:{_utc(sent)}",
        f"DTSTART:{_utc(start)}",
        f"DTEND:{_utc(end)}",
        f"SUMMARY:{_ics_text(spec['summary'])}",
    ]
    if spec.get("location"):
        lines.append(f"LOCATION:{_ics_text(spec['location'])}")
    if spec.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(dedent(spec['description']))}")
    lines += [
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={C.CANDIDATE_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{C.CANDIDATE_ADDR}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(_ics_fold(line) for line in lines) + "\n"


# ------------------------------------------------------------------ the messages


def all_specs() -> list[dict]:
    specs = []
    for module in (msgs285_rejections, msgs285_invites, msgs285_acks, msgs285_other):
        specs.extend(module.MESSAGES)
    return specs


def assign_files(specs: list[dict]) -> None:
    counters: Counter[str] = Counter()
    for spec in specs:
        counters[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"


def moment_of(spec: dict) -> dt.datetime:
    return C.when(spec["date"], spec.get("tz", "ES"))


def message_id(spec: dict) -> str:
    if "message_id" in spec:
        return spec["message_id"]
    digest = hashlib.sha1(spec.get("file", spec["slug"]).encode()).hexdigest()[:12]
    domain = spec.get("mid_domain") or spec["frm"][1].split("@")[1]
    stamp = moment_of(spec).strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{digest}@{domain}>"


class Builder:
    def __init__(self, specs: list[dict]) -> None:
        self.by_id = {s["id"]: s for s in specs if "id" in s}
        self.final: dict[int, tuple[str | None, str | None]] = {}

    # The full text (new words + quoted history) of a spec, computed once.
    def bodies(self, spec: dict) -> tuple[str | None, str | None]:
        key = id(spec)
        if key in self.final:
            return self.final[key]
        text = dedent(spec["text"]) if spec.get("text") else None
        if text is not None and spec.get("wrap", True):
            text = wrap(text)
        markup = spec.get("html")
        if markup is None and spec.get("shell"):
            inner = C.paras(dedent(spec["html_text"] if "html_text" in spec else spec["text"]))
            markup = self.shell(spec, inner)
        if markup is not None:
            markup = dedent(markup)
        style = spec.get("quote")
        if style:
            parent = self.by_id[spec["parent"]]
            p_text, p_html = self.bodies(parent)
            history = p_text if p_text is not None else html_to_text(p_html or "")
            lang = spec.get("quote_lang", spec["lang"])
            moment = moment_of(parent)
            if style == "gt":
                head = C.attribution(lang, moment, parent["frm"][0], parent["frm"][1])
                quoted = head + "\n" + C.gt(history)
            elif style == "outlook":
                head = C.outlook_block(lang, moment, parent["frm"],
                                       parent.get("to", [C.CAND])[0], parent["subject"])
                quoted = head + "\n\n" + history
            else:
                head = C.forward_block(lang, moment, parent["frm"],
                                       parent.get("to", [C.CAND])[0], parent["subject"])
                quoted = head + "\n\n" + history
            if text is not None:
                text = text + "\n\n" + quoted
            if markup is not None:
                block = ('<div class="quote"><p>' + C.esc(head).replace(
                    "\n", "<br>\n") + "</p>\n<blockquote style=\"border-left:2px solid #ccc;"
                    "margin:0 0 0 .8ex;padding-left:1ex\">\n" + C.paras(history)
                    + "\n</blockquote></div>")
                if "</body>" in markup:
                    markup = markup.replace("</body>", block + "\n</body>", 1)
                else:
                    markup = markup + "\n" + block
        self.final[key] = (text, markup)
        return text, markup

    @staticmethod
    def shell(spec: dict, inner: str) -> str:
        kind = spec["shell"]
        if kind == "ats":
            return C.ats_card(inner, spec.get("brand", spec["frm"][0]),
                              spec.get("accent", "#1f5c99"), spec.get("footer", ""))
        if kind == "outlook":
            return C.outlook_word(inner)
        return C.plain_shell(inner)

    def build(self, spec: dict, tag: str) -> tuple[bytes, list[tuple[str, str]]]:
        """The bytes of one message and the (subtype, text) of every text part it holds."""
        expected: list[tuple[str, str]] = []
        text, markup = self.bodies(spec)
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte")
        html_charset = spec.get("html_charset", charset)
        html_cte = spec.get("html_cte", cte)
        structure = spec.get("structure") or ("alt" if markup and text else
                                              "html" if markup else "plain")
        counter = [0]

        def boundary() -> str:
            counter[0] += 1
            digest = hashlib.md5(f"{tag}/{counter[0]}".encode()).hexdigest()[:16]
            return f"=_285_{counter[0]}_{digest}"

        def add_text(body: str, subtype: str, cs: str, enc: str | None) -> MIMEPart:
            expected.append((subtype, body))
            return text_part(body, subtype, cs, enc)

        sent = moment_of(spec)
        cal_parts: list[MIMEPart] = []
        cal_attach: list[MIMEPart] = []
        other_attach: list[MIMEPart] = []
        for att in spec.get("attach", []):
            if att["type"] == "ics":
                ics = make_ics(att, sent)
                method = att.get("method", "REQUEST")
                where = att.get("where", "alt")
                if where in ("alt", "both"):
                    part = add_text(ics, "calendar", "utf-8",
                                    att.get("cte") or ("7bit" if ics.isascii() else "8bit"))
                    part.set_param("method", method)
                    cal_parts.append(part)
                if where in ("attach", "both"):
                    part = add_text(ics, "calendar", "utf-8", "base64")
                    part.set_param("method", method)
                    part.add_header("Content-Disposition", "attachment",
                                    filename=att.get("filename", "invite.ics"))
                    cal_attach.append(part)
            elif att["type"] == "pdf":
                part = MIMEPart(policy=POLICY)
                part.set_content(make_pdf(att["title"], att["lines"]), maintype="application",
                                 subtype="pdf", disposition="attachment",
                                 filename=att["filename"])
                other_attach.append(part)
            elif att["type"] == "rfc822":
                inner_spec = dict(att["spec"])
                inner_spec.setdefault("slug", "inner")
                raw, inner_expected = self.build(inner_spec, tag + "/inner")
                expected.extend(inner_expected)
                part = MIMEPart(policy=POLICY)
                inner = email.message_from_bytes(raw, policy=POLICY)
                part.set_content(inner, disposition="attachment")
                other_attach.append(part)
            else:
                raise ValueError(att["type"])

        if structure == "plain":
            body = add_text(text, "plain", charset, cte)
        elif structure == "html":
            body = add_text(markup, "html", html_charset, html_cte)
        else:
            kids = [add_text(text, "plain", charset, cte)]
            if markup:
                kids.append(add_text(markup, "html", html_charset, html_cte))
            kids.extend(cal_parts)
            cal_parts = []
            body = container("alternative", boundary(), kids)
        if cal_parts:  # a calendar without an alternative body: make one
            body = container("alternative", boundary(), [body, *cal_parts])
        attachments = cal_attach + other_attach
        root = container("mixed", boundary(), [body, *attachments]) if attachments else body

        lines = [address_header("From", [spec["frm"]], spec.get("name_enc"))]
        for spec_key, name in (("to", "To"), ("cc", "Cc")):
            pairs = spec.get(spec_key, [C.CAND] if spec_key == "to" else [])
            if pairs:
                lines.append(address_header(name, pairs, spec.get(spec_key + "_enc")))
        if spec.get("reply_to"):
            lines.append(address_header("Reply-To", [spec["reply_to"]],
                                        spec.get("reply_to_enc")))
        lines.append(subject_header(spec["subject"], spec.get("subject_enc")))
        lines.append(f"Date: {format_datetime(sent)}")
        lines.append(f"Message-ID: {message_id(spec)}")
        refs = list(spec.get("ext_refs", []))
        if spec.get("parent"):
            parent = self.by_id[spec["parent"]]
            refs = [*self.references(parent), message_id(parent)]
        if refs:
            lines.append(f"In-Reply-To: {refs[-1]}")
            lines.append(fold_plain("References", " ".join(refs)))
        for name, value in spec.get("headers", {}).items():
            lines.append(fold_plain(name, value))
        lines.append("MIME-Version: 1.0")
        out = BytesIO()
        BytesGenerator(out, policy=POLICY).flatten(root)
        head = "\n".join(lines).encode("ascii") + b"\n"
        return head + out.getvalue(), expected

    def references(self, spec: dict) -> list[str]:
        refs = list(spec.get("ext_refs", []))
        if spec.get("parent"):
            parent = self.by_id[spec["parent"]]
            refs = [*self.references(parent), message_id(parent)]
        return refs


# ------------------------------------------------------------------ checks


def header_defects(message: EmailMessage) -> list[str]:
    found = []
    for part in message.walk():
        found += [f"{type(d).__name__}" for d in part.defects]
        for name, value in part.items():
            found += [f"{name}: {type(d).__name__}" for d in getattr(value, "defects", ())]
    return found


def check(spec: dict, raw: bytes, expected: list[tuple[str, str]]) -> None:
    where = spec["file"]
    message = email.message_from_bytes(raw, policy=email.policy.default)
    defects = header_defects(message)
    assert not defects, f"{where}: defects {defects}"
    assert str(message["Subject"]) == spec["subject"], (
        f"{where}: subject {message['Subject']!r} != {spec['subject']!r}")
    sender = message["From"].addresses[0]
    name, addr = sender.display_name, sender.addr_spec
    assert (name, addr) == tuple(spec["frm"]), f"{where}: From {name!r} {addr!r}"
    assert message_id(spec) == str(message["Message-ID"]).strip()
    date = message["Date"].datetime
    assert date.year == 2026 and date.month <= 10, f"{where}: date {date}"
    got = Counter()
    for part in message.walk():
        if part.get_content_maintype() == "text":
            got[(part.get_content_subtype(), normal(part.get_content()))] += 1
    want = Counter((sub, normal(body)) for sub, body in expected)
    assert got == want, f"{where}: text parts differ\n{set(want) ^ set(got)}"
    for sub, body in expected:
        assert body.strip(), f"{where}: empty {sub} part"
    # labels
    assert spec["kind"] in KINDS and spec["lang"] in LANGS, where
    contact = spec.get("contact", "")
    own = addr.lower() == C.CANDIDATE_ADDR
    if own:
        assert spec["kind"] == "other" and not contact, f"{where}: own mail must be other"
    if contact:
        assert contact == contact.lower(), where
        heads = [a.lower() for _, a in getaddresses(
            [str(v) for k in ("From", "Reply-To") for v in message.get_all(k, [])])]
        assert contact in heads, f"{where}: contact {contact} not in From/Reply-To {heads}"
    company = spec.get("company", "")
    assert bool(company) == (spec["kind"] != "other"), f"{where}: company {company!r}"
    assert not re.search(r"\b(GmbH|AG|SA|S\.L\.?|SL|Ltd|Inc|SAS|SARL|LLC|plc|e\.V\.)\.?$",
                         company), f"{where}: legal form in {company!r}"


def main() -> None:
    specs = all_specs()
    slugs = Counter(s["slug"] for s in specs)
    assert not [s for s, n in slugs.items() if n > 1], "duplicate slugs"
    assign_files(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    builder = Builder(specs)
    rows = []
    ids = Counter()
    for spec in specs:
        raw, expected = builder.build(spec, spec["file"])
        check(spec, raw, expected)
        ids[message_id(spec)] += 1
        path = HERE / spec["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([spec["file"], spec["kind"], spec.get("company", ""),
                     spec.get("contact", ""), spec["lang"]])
    assert all(n == 1 for n in ids.values()), "duplicate Message-ID"
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{n:>5}" for n in counts) + f"{sum(counts):>7}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{n:>5}" for n in totals) + f"{sum(totals):>7}")


if __name__ == "__main__":
    main()
