"""Turn the hand-written specs of the hundredth corpus into .eml files and labels.csv.

Run from anywhere: `python tests/corpus_hundredth/make_hundredth.py`. It deletes and rewrites only
`<kind>/*.eml` and `labels.csv` inside its own folder, and prints the figures quoted in README.md.
Standard library only; the output is byte-for-byte reproducible (no clock, no randomness).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html as htmllib
import importlib
import quopri
import re
import sys
from collections import Counter
from datetime import datetime
from email import charset as charsetmod
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ("msgs100_rejections", "msgs100_invites", "msgs100_acks", "msgs100_other")
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
STRUCTURES = ("plain", "html", "alt", "mixed")


def load_specs() -> list[dict]:
    sys.path.insert(0, str(HERE))
    specs: list[dict] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).MESSAGES)
    common = importlib.import_module("msgs100_common")
    for spec in specs:
        spec.setdefault("to", [common.CANDIDATE])
    return specs


def digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- headers

def header_charset(spec: dict) -> charsetmod.Charset:
    name = spec.get("hcharset") or spec.get("charset", "utf-8")
    cs = charsetmod.Charset(name)
    henc = spec.get("henc")
    if henc == "q":
        cs.header_encoding = charsetmod.QP
    elif henc == "b":
        cs.header_encoding = charsetmod.BASE64
    return cs


def encode_address(pair: tuple[str, str], spec: dict) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=header_charset(spec))


def encode_subject(subject: str, spec: dict) -> str | Header:
    if subject.isascii():
        return subject
    return Header(subject, header_charset(spec), header_name="Subject")


# ---------------------------------------------------------------- bodies

def with_sig_delimiter(text: str) -> str:
    """A line that is exactly "--" becomes the signature delimiter "-- " (kept out of the sources,
    where trailing blanks would be stripped)."""
    return "\n".join("-- " if line == "--" else line for line in text.split("\n"))


def set_body(part: Message, text: str, ctype: str, charset: str, cte: str, params: str = "") -> None:
    raw = text.encode(charset)
    part["Content-Type"] = f'{ctype}; charset="{charset}"{params}'
    if cte == "7bit":
        if not raw.isascii():
            raise ValueError(f"7bit body is not ASCII: {text[:60]!r}")
        payload = text
    elif cte == "8bit":
        if max(len(line) for line in raw.split(b"\n")) > 990:
            raise ValueError("8bit line too long")
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    part = Message()
    set_body(part, text, f"text/{subtype}", charset, cte)
    return part


def html_to_text(source: str) -> str:
    """What an ATS or mailing tool puts in the text/plain twin of its HTML."""
    s = re.sub(r"(?is)<(head|style|script)\b.*?</\1>", "", source)
    s = re.sub(r'(?is)<img\b[^>]*\balt="([^"]+)"[^>]*>', r"[\1]", s)
    s = re.sub(r'(?is)<a\b[^>]*\bhref="([^"]+)"[^>]*>(.*?)</a>',
               lambda m: f"{re.sub(r'<[^>]+>', '', m[2]).strip()} ( {m[1]} )", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)<li\b[^>]*>", "\n* ", s)
    s = re.sub(r"(?i)</(p|div|tr|h[1-6]|li|table|ul|ol)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = htmllib.unescape(s)
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in s.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def boundary(spec: dict, level: int) -> str:
    h = digest(spec["slug"], str(level))
    style = int(h[0], 16) % 4
    if style == 0:
        return f"----=_Part_{int(h[1:6], 16)}_{int(h[6:14], 16)}.{int(h[14:24], 16)}"
    if style == 1:
        return f"0000000000{h[1:17]}"
    if style == 2:
        return f"_00{level}_{h[1:9].upper()}{h[9:17]}NAMPRD{int(h[17:19], 16)}prod_"
    return f"Apple-Mail={h[1:9].upper()}-{h[9:13].upper()}-{h[13:17].upper()}-{h[17:29].upper()}"


def multipart(subtype: str, parts: list[Message], spec: dict, level: int) -> Message:
    container = Message()
    container["Content-Type"] = f'multipart/{subtype}; boundary="{boundary(spec, level)}"'
    for part in parts:
        container.attach(part)
    return container


def make_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF that shows the given lines."""
    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 740 Td"]
    ops += [f"({esc(line)}) '" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def attachment(item: dict) -> Message:
    part = Message()
    name = item["filename"]
    if "pdf" in item:
        data, ctype = make_pdf(item["pdf"]), "application/pdf"
    else:
        data, ctype = item["text"].replace("\n", "\r\n").encode("utf-8"), item["ctype"]
    part["Content-Type"] = f'{ctype}; name="{name}"'
    part["Content-Disposition"] = f'attachment; filename="{name}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def fold_ics(source: str) -> str:
    """Hand-written iCalendar with its content lines folded at 75 octets (RFC 5545) and CRLF."""
    out = []
    for line in source.strip("\n").split("\n"):
        chunk = ""
        for char in line:
            if len((chunk + char).encode("utf-8")) > 75:
                out.append(chunk)
                chunk = " "
            chunk += char
        out.append(chunk)
    return "\r\n".join(out) + "\r\n"


def calendar_part(cal: dict) -> Message:
    part = Message()
    ics = fold_ics(cal["ics"])
    set_body(part, ics, "text/calendar", "utf-8", cal.get("cte", "7bit"), f'; method={cal["method"]}')
    return part


def body_of(spec: dict) -> tuple[Message, str]:
    """The body tree and the structure it really has (checked against the spec)."""
    charset, cte = spec.get("charset", "utf-8"), spec.get("cte", "quoted-printable")
    text, html = spec.get("text"), spec.get("html")
    if text is not None:
        text = with_sig_delimiter(text)
    if html is not None and text is None and spec["structure"] in ("alt", "mixed") \
            and not spec.get("html_only_body"):
        text = html_to_text(html)
    parts = []
    if text is not None:
        parts.append(text_part(text, "plain", charset, cte))
    if html is not None:
        parts.append(text_part(html, "html", charset, spec.get("html_cte", cte)))
    cal = spec.get("calendar")
    if cal:
        parts.append(calendar_part(cal))
    body = parts[0] if len(parts) == 1 else multipart("alternative", parts, spec, 1)
    attachments = [attachment(item) for item in spec.get("attachments", [])]
    if cal and cal.get("attach"):
        attachments.append(attachment({"filename": cal["attach"], "ctype": "application/ics",
                                       "text": fold_ics(cal["ics"]).replace("\r\n", "\n")}))
    if attachments:
        return multipart("mixed", [body, *attachments], spec, 0), "mixed"
    if len(parts) > 1:
        return body, "alt"
    return body, "plain" if text is not None else "html"


# ---------------------------------------------------------------- messages

def message_id(spec: dict, number: int) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    host = spec["sender"][1].split("@")[1]
    h = digest(spec["slug"], spec["date"])
    return f"<{h[:12]}.{number:03d}{h[12:20]}@{host}>"


def build(spec: dict, number: int) -> bytes:
    body, structure = body_of(spec)
    if structure != spec["structure"]:
        raise ValueError(f"{spec['slug']}: declared {spec['structure']}, built {structure}")
    msg = Message()
    msg["From"] = encode_address(spec["sender"], spec)
    if spec.get("reply_to"):
        msg["Reply-To"] = encode_address(spec["reply_to"], spec)
    msg["To"] = ", ".join(encode_address(pair, spec) for pair in spec["to"])
    if spec.get("cc"):
        msg["Cc"] = ", ".join(encode_address(pair, spec) for pair in spec["cc"])
    msg["Subject"] = encode_subject(spec["subject"], spec)
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id(spec, number)
    if spec.get("parent"):
        msg["In-Reply-To"] = spec["parent"]
        msg["References"] = " ".join([*spec.get("refs", []), spec["parent"]])
    for name, value in spec.get("headers", {}).items():
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    for name, value in body.items():
        msg[name] = value
    # the raw payload: get_payload() would decode an 8bit body that is kept surrogate-escaped
    msg.set_payload(body._payload)
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=compat32).flatten(msg)
    return out.getvalue()


def check(specs: list[dict]) -> None:
    slugs = Counter(spec["slug"] for spec in specs)
    assert max(slugs.values()) == 1, [s for s, n in slugs.items() if n > 1]
    for spec in specs:
        assert spec["kind"] in KINDS, spec["slug"]
        assert spec["lang"] in ("en", "de", "fr", "es"), spec["slug"]
        assert spec["structure"] in STRUCTURES, spec["slug"]
        assert spec["contact"] == spec["contact"].lower(), spec["slug"]
        if spec["kind"] == "other":
            assert spec["company"] == "", spec["slug"]
        else:
            assert spec["company"], spec["slug"]
        if spec["contact"]:
            offered = [spec["sender"][1].lower()]
            if spec.get("reply_to"):
                offered.append(spec["reply_to"][1].lower())
            assert spec["contact"] in offered, spec["slug"]


def main() -> None:
    specs = load_specs()
    check(specs)
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    ids: set[str] = set()
    for number, spec in enumerate(specs, 1):
        rel = f"{spec['kind']}/{number:03d}_{spec['slug']}.eml"
        try:
            data = build(spec, number)
        except (ValueError, UnicodeError) as error:
            raise SystemExit(f"{spec['slug']}: {error}") from error
        mid = message_id(spec, number)
        assert mid not in ids, mid
        ids.add(mid)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    report(specs)


def report(specs: list[dict]) -> None:
    n = len(specs)
    print(f"{n} messages")
    for title, key in (("kind", "kind"), ("language", "lang"), ("structure", "structure"),
                       ("charset", "charset"), ("transfer encoding", "cte")):
        counts = Counter(spec.get(key, {"charset": "utf-8", "cte": "quoted-printable"}.get(key))
                         for spec in specs)
        print(f"{title}: " + ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in counts.most_common()))
    print("kind x language:")
    for kind in KINDS:
        c = Counter(spec["lang"] for spec in specs if spec["kind"] == kind)
        print(f"  {kind}: " + ", ".join(f"{k} {c[k]}" for k in ("es", "en", "de", "fr")))
    print("calendar parts:", sum(1 for s in specs if s.get("calendar")),
          Counter(s["calendar"]["method"] for s in specs if s.get("calendar")))
    print("PDF attachments:", sum(1 for s in specs for a in s.get("attachments", []) if "pdf" in a),
          "in", sum(1 for s in specs if any("pdf" in a for a in s.get("attachments", []))), "messages")
    print("replies (In-Reply-To):", sum(1 for s in specs if s.get("parent")))
    print("Reply-To:", sum(1 for s in specs if s.get("reply_to")))
    print("list headers:", sum(1 for s in specs if "List-Unsubscribe" in s.get("headers", {})))
    print("Auto-Submitted:", sum(1 for s in specs if "Auto-Submitted" in s.get("headers", {})))
    print("with contact:", sum(1 for s in specs if s["contact"]))
    print("from the candidate:", sum(1 for s in specs if s["sender"][1] == "rodrigo.vo@example.mx"))
    print("encoded subjects:", sum(1 for s in specs if not s["subject"].isascii()))
    print("encoded display names:", sum(1 for s in specs if not s["sender"][0].isascii()))


if __name__ == "__main__":
    main()
