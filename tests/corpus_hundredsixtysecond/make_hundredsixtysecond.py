"""Build corpus 162 (blind): write every hand-written spec as an .eml file plus labels.csv.

Standard library only. Run from the repository root:
    python tests/corpus_hundredsixtysecond/make_hundredsixtysecond.py
It deletes and rewrites only *.eml files and labels.csv inside this folder.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import html as _html
import quopri
import re
import sys
from collections import Counter
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs162_acks  # noqa: E402
import msgs162_invites  # noqa: E402
import msgs162_other  # noqa: E402
import msgs162_rejections  # noqa: E402
from msgs162_common import CAND, attribution, esc, forward_block, outlook_block, quote  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10,
            "other": 52}
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.|SAS|SARL|Sàrl|S\.L\.|SL|Ltd|Limited|Inc|LLC|SpA|"
                   r"S\.p\.A\.|S\.r\.l\.|Srl|plc|KG|e\.V\.|BV|DAC)\.?$")

# ------------------------------------------------------------------ encoded words

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(raw: bytes) -> str:
    out = []
    for b in raw:
        if b in _Q_SAFE:
            out.append(chr(b))
        elif b == 0x20:
            out.append("_")
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 encoded words (each <= 75 chars), folded onto continuation lines."""
    words: list[str] = []
    chunk = ""
    prefix = f"=?{charset}?{enc}?"

    def render(s: str) -> str:
        raw = s.encode(charset)
        body = _q(raw) if enc == "Q" else base64.b64encode(raw).decode("ascii")
        return f"{prefix}{body}?="

    for ch in text:
        if chunk and len(render(chunk + ch)) > 75:
            words.append(render(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(render(chunk))
    return "\n ".join(words)


def fold(value: str, first: int) -> str:
    """Fold a plain ASCII header value at spaces so lines stay under 78 chars."""
    out, line = [], ""
    width = 78 - first
    for word in value.split(" "):
        cand = f"{line} {word}" if line else word
        if line and len(cand) > width:
            out.append(line)
            line = word
            width = 77
        else:
            line = cand
    out.append(line)
    return "\n ".join(out)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and not value.isascii():
        enc = ("utf-8", "Q")
    if enc is None:
        return f"{name}: {fold(value, len(name) + 2)}"
    return f"{name}: {encoded_words(value, enc[0], enc[1])}"


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    enc = enc or ("utf-8", "Q")
    return f"{encoded_words(name, enc[0], enc[1])} <{addr}>"


# ------------------------------------------------------------------ parts

def text_part(content: str, subtype: str, charset: str, cte: str,
              extra: dict[str, str] | None = None) -> Message:
    part = Message()
    ctype = f'text/{subtype}; charset="{charset}"'
    for k, v in (extra or {}).items():
        ctype += f"; {k}={v}"
    part["Content-Type"] = ctype
    raw = content.encode(charset)
    if cte == "7bit" and not raw.isascii():
        cte = "qp"
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
        part["Content-Transfer-Encoding"] = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(raw).decode("ascii")
        part["Content-Transfer-Encoding"] = "base64"
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
        part["Content-Transfer-Encoding"] = "8bit"
    else:
        payload = raw.decode("ascii")
        part["Content-Transfer-Encoding"] = "7bit"
    part.set_payload(payload)
    return part


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines in Helvetica."""
    def pdf_str(s: str) -> str:
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({pdf_str(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return bytes(out)


def binary_part(data: bytes, ctype: str, filename: str) -> Message:
    part = Message()
    part["Content-Type"] = ctype
    part["Content-Transfer-Encoding"] = "base64"
    if filename.isascii():
        part.add_header("Content-Disposition", "attachment", filename=filename)
    else:
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", filename))
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def calendar_part(ics: dict[str, object], attached: bool) -> Message:
    text = str(ics["text"])
    part = Message()
    part["Content-Type"] = f'text/calendar; charset="utf-8"; method={ics["method"]}'
    part["Content-Transfer-Encoding"] = "base64"
    if attached:
        part.add_header("Content-Disposition", "attachment",
                        filename=str(ics.get("filename", "invite.ics")))
    part.set_payload(base64.encodebytes(text.encode("utf-8")).decode("ascii"))
    return part


# ------------------------------------------------------------------ specs

SPECS: list[dict] = [
    *msgs162_rejections.MESSAGES,
    *msgs162_invites.MESSAGES,
    *msgs162_acks.MESSAGES,
    *msgs162_other.MESSAGES,
]
BY_KEY = {s["key"]: s for s in SPECS}
assert len(BY_KEY) == len(SPECS), "duplicate spec keys"


def msgid(spec: dict) -> str:
    domain = spec.get("msgid_domain") or spec["frm"][1].split("@")[1]
    digest = hashlib.sha1(("c162:" + spec["key"]).encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:24]}@{domain}>"


def references(spec: dict) -> list[str]:
    parent = spec.get("reply_of")
    if parent is None and spec.get("quote_of") and spec.get("quote_style", "gmail") != "fwd":
        parent = spec["quote_of"]
    if not parent:
        return []
    return [*references(BY_KEY[parent]), msgid(BY_KEY[parent])]


def html_to_text(markup: str) -> str:
    markup = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", markup)
    markup = re.sub(r"(?i)<br\s*/?>", "\n", markup)
    markup = re.sub(r"(?i)</p>|</tr>|</h\d>", "\n\n", markup)
    markup = re.sub(r"<[^>]+>", "", markup)
    markup = _html.unescape(markup)
    lines = [ln.strip() for ln in markup.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


_CACHE: dict[str, tuple[str | None, str | None]] = {}


def bodies(spec: dict) -> tuple[str | None, str | None]:
    """The final text and html of a spec, with any quoted/forwarded original appended."""
    key = spec["key"]
    if key in _CACHE:
        return _CACHE[key]
    text, markup = spec.get("text"), spec.get("html")
    orig_key = spec.get("quote_of")
    if orig_key:
        orig = BY_KEY[orig_key]
        otext, ohtml = bodies(orig)
        original = otext if otext is not None else html_to_text(str(ohtml))
        style = spec.get("quote_style", "gmail")
        lang = spec.get("quote_lang", spec["lang"])
        oname, oaddr = orig["frm"]
        to_pairs = orig.get("to") or [CAND]
        to_str = "; ".join(f"{n} <{a}>" if n else a for n, a in to_pairs)
        if style == "outlook":
            block = (outlook_block(lang, orig["date"], f"{oname} <{oaddr}>", to_str,
                                   orig["subject"]) + "\n\n" + original)
            sep = "\n________________________________\n"
            head_html = esc(outlook_block(lang, orig["date"], f"{oname} <{oaddr}>", to_str,
                                          orig["subject"])).replace("\n", "<br>\n")
            qhtml = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                     f'padding:3.0pt 0cm 0cm 0cm"><p>{head_html}</p></div>\n'
                     f"<div>{esc(original)}</div>").replace("\n\n", "<br><br>\n")
        elif style == "fwd":
            block = forward_block(lang, orig["date"], f"{oname} <{oaddr}>", to_str,
                                  orig["subject"]) + "\n" + original
            sep = "\n\n"
            qhtml = ('<div class="gmail_quote">'
                     + esc(block).replace("\n", "<br>\n") + "</div>")
        else:
            att = attribution(lang, orig["date"], oname, oaddr)
            block = att + "\n" + quote(original)
            sep = "\n\n"
            qhtml = (f'<div class="gmail_quote"><div>{esc(att)}</div>\n'
                     '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                     f'padding-left:1ex">{esc(original).replace(chr(10), "<br>" + chr(10))}'
                     "</blockquote></div>")
        if text is not None:
            text = text.rstrip("\n") + "\n" + sep + block
        if markup is not None:
            markup = str(markup)
            idx = markup.rfind("</body>")
            if idx == -1:
                markup = markup + "\n" + qhtml + "\n"
            else:
                markup = markup[:idx] + qhtml + "\n" + markup[idx:]
    if text is not None and not text.endswith("\n"):
        text += "\n"
    if markup is not None and not str(markup).endswith("\n"):
        markup = str(markup) + "\n"
    _CACHE[key] = (text, markup)
    return text, markup


def build(spec: dict, index: int) -> bytes:
    text, markup = bodies(spec)
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    html_cte = spec.get("html_cte", cte)
    html_charset = spec.get("html_charset", charset)
    counter = [0]

    def boundary() -> str:
        counter[0] += 1
        return f"----=_c162_{index:03d}_{counter[0]}"

    alts: list[Message] = []
    if text is not None:
        alts.append(text_part(text, "plain", charset, cte))
    if markup is not None:
        alts.append(text_part(markup, "html", html_charset, html_cte))
    attachments: list[Message] = []
    for att in spec.get("attach", []):
        if "ics" in att:
            cal = calendar_part(att["ics"], attached=not att.get("inline", False))
            if att.get("inline", False):
                alts.append(cal)
            else:
                attachments.append(cal)
        elif "pdf" in att:
            attachments.append(binary_part(make_pdf(att["lines"]), "application/pdf",
                                           att["pdf"]))
        elif "rfc822" in att:
            inner_bytes = build(att["rfc822"], index * 100 + 1)
            attachments.append(MIMEMessage(email.message_from_bytes(inner_bytes)))
    assert alts, spec["key"]
    if len(alts) == 1:
        body = alts[0]
    else:
        body = MIMEMultipart("alternative", boundary=boundary())
        for part in alts:
            body.attach(part)
        del body["MIME-Version"]
    if attachments:
        root = MIMEMultipart("mixed", boundary=boundary())
        del root["MIME-Version"]
        root.attach(body)
        for part in attachments:
            root.attach(part)
    else:
        root = body

    lines = []
    frm = spec["frm"]
    lines.append(f"Message-ID: {msgid(spec)}")
    lines.append(f"Date: {format_datetime(spec['date'])}")
    lines.append("From: " + address(frm, spec.get("name_enc")))
    if spec.get("reply_to"):
        lines.append("Reply-To: " + address(spec["reply_to"], spec.get("name_enc")))
    to = spec.get("to") or [CAND]
    lines.append("To: " + ",\n ".join(address(p) for p in to))
    if spec.get("cc"):
        lines.append("Cc: " + ",\n ".join(address(p) for p in spec["cc"]))
    lines.append(header_text("Subject", spec["subject"], spec.get("subj_enc")))
    refs = references(spec)
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines) + "\n"
    gen_policy = email.policy.compat32.clone(linesep="\n", max_line_length=78)
    return head.encode("ascii") + root.as_bytes(policy=gen_policy)


def check(spec: dict, raw: bytes) -> None:
    key = spec["key"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (key, part.get_content_type(), part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID", "Reply-To", "Cc"):
        if msg[name] is not None:
            assert not msg[name].defects, (key, name, msg[name].defects)
    assert str(msg["Subject"]) == spec["subject"], (key, str(msg["Subject"]), spec["subject"])
    got_from = msg["From"].addresses[0]
    assert got_from.addr_spec == spec["frm"][1], key
    assert got_from.display_name == spec["frm"][0], (key, got_from.display_name)
    assert msg["Date"].datetime.year == 2026, key
    text, markup = bodies(spec)
    seen_plain = seen_html = False
    for part in msg.walk():
        if part.is_attachment() or part.get_content_maintype() != "text":
            continue
        if part.get_content_type() == "text/plain" and not seen_plain:
            assert part.get_content() == text, (key, "plain")
            seen_plain = True
        elif part.get_content_type() == "text/html" and not seen_html:
            assert part.get_content() == markup, (key, "html")
            seen_html = True
    assert seen_plain == (text is not None) and seen_html == (markup is not None), key
    # labels
    contact = spec.get("contact", "")
    if contact:
        assert contact == contact.lower(), key
        addrs = [a.addr_spec.lower() for h in ("Reply-To", "From") if msg[h]
                 for a in msg[h].addresses]
        assert contact in addrs, (key, contact, addrs)
    if spec["frm"][1] == CAND[1]:
        assert spec["kind"] == "other" and not contact, key
    company = spec.get("company", "")
    assert bool(company) == (spec["kind"] != "other"), (key, company)
    assert not LEGAL.search(company), (key, company)
    for att in spec.get("attach", []):
        if "pdf" in att:
            pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
            assert pdfs and pdfs[0].get_content().startswith(b"%PDF-"), key


def main() -> None:
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    numbers: Counter[str] = Counter()
    rows = []
    table: Counter[tuple[str, str]] = Counter()
    for index, spec in enumerate(SPECS, 1):
        kind = spec["kind"]
        assert kind in KIND_ORDER, spec["key"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['scenario']}.eml"
        raw = build(spec, index)
        check(spec, raw)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
        table[(kind, spec["lang"])] += 1
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    langs = ["fr", "en", "de", "es"]
    print(f"{'kind':34}" + "".join(f"{x:>5}" for x in langs) + "  total")
    for kind in KIND_ORDER:
        row = [table[(kind, x)] for x in langs]
        print(f"{kind:34}" + "".join(f"{n:>5}" for n in row) + f"  {sum(row):>5}")
    totals = [sum(table[(k, x)] for k in KIND_ORDER) for x in langs]
    print(f"{'total':34}" + "".join(f"{n:>5}" for n in totals) + f"  {sum(totals):>5}")
    for kind, want in EXPECTED.items():
        if numbers[kind] != want:
            print(f"WARNING: {kind} has {numbers[kind]}, expected {want}")


if __name__ == "__main__":
    main()
