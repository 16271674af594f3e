"""Turn the hand-written specs of the hundredtenth corpus into .eml files and labels.csv.

    python tests/corpus_hundredtenth/make_hundredtenth.py

Standard library only. It writes and deletes files only inside its own folder: the kind folders
with their .eml files, and labels.csv. The output is deterministic (boundaries and Message-IDs
are derived from the specs), so running it twice gives the same bytes.
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import io
import sys
from collections import Counter
from datetime import datetime
from email.generator import BytesGenerator
from email.header import Header
from email.message import MIMEPart
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs110_acks  # noqa: E402
import msgs110_invites  # noqa: E402
import msgs110_other  # noqa: E402
import msgs110_rejections  # noqa: E402
from msgs110_common import CANDIDATE, CANDIDATE_ADDR, ics  # noqa: E402

POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGUAGES = ("en", "de", "fr", "es")
STRUCTURES = ("plain", "html", "alt", "mixed")
CHARSETS = ("utf-8", "iso-8859-1", "windows-1252", "us-ascii")
CTES = ("quoted-printable", "8bit", "base64", "7bit")


def _hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


def _date(spec: dict) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[1]


def _boundary(spec: dict, depth: int) -> str:
    h = _hash(spec["scenario"], str(depth))
    style = spec.get("mailer") or ("gmail", "outlook", "java", "apple", "plain")[int(h[0], 16) % 5]
    if style == "gmail":
        return "0000000000" + h[:16]
    if style == "outlook":
        return f"_00{depth}_{h[:24].upper()}_"
    if style == "java":
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{1767225600000 + int(h[14:20], 16)}"
    if style == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}"
    return f"==============={int(h[:15], 16)}=="


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF that shows lines of text."""
    def esc(s: str) -> str:
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for line in lines:
        stream.append(f"({esc(line)}) Tj T*")
    stream.append("ET")
    content = "\n".join(stream).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Title (" + esc(title).encode("latin-1") + b") /Producer (Hundredtenth corpus) >>",
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
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _text_part(content: str, subtype: str, charset: str, cte: str) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    content.encode(charset)  # fail loudly when the text does not fit its charset
    part.set_content(content, subtype=subtype, charset=charset, cte=cte)
    return part


def body_tree(spec: dict) -> MIMEPart:
    structure = spec.get("structure", "plain")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    html_cte = spec.get("html_cte", cte)
    text, html_body = spec.get("text"), spec.get("html")
    if html_body and charset != "utf-8":
        html_body = (html_body.replace("charset=utf-8", f"charset={charset}")
                     .replace('<meta charset="utf-8">', f'<meta charset="{charset}">'))
        # what an HTML editor does with a character its charset lacks: a character reference
        html_body = html_body.encode(charset, "xmlcharrefreplace").decode(charset)
    if structure == "plain":
        assert text and not html_body, spec["scenario"]
        root = _text_part(text, "plain", charset, cte)
    elif structure == "html":
        assert html_body and not text, spec["scenario"]
        root = _text_part(html_body, "html", charset, html_cte)
    else:
        if structure == "alt":
            assert text and html_body, spec["scenario"]
        assert text or html_body, spec["scenario"]
        if text and html_body:
            root = _text_part(text, "plain", charset, cte)
            html_body.encode(charset)
            root.add_alternative(html_body, subtype="html", charset=charset, cte=html_cte)
        elif text:
            root = _text_part(text, "plain", charset, cte)
        else:
            root = _text_part(html_body, "html", charset, html_cte)
    cal = spec.get("calendar")
    if cal:
        data = ics(**{k: v for k, v in cal.items() if k not in ("cte", "attach")})
        if root.get_content_type() != "multipart/alternative":
            root.make_alternative()
        root.add_alternative(data, subtype="calendar", charset="utf-8", cte=cal.get("cte", "7bit" if data.isascii() else "quoted-printable"),
                             params={"method": cal["method"]})
        if cal.get("attach"):
            root.add_attachment(data.encode("utf-8"), maintype="application", subtype="ics",
                                filename=cal["attach"])
    for att in spec.get("attachments", []):
        if att["type"] == "pdf":
            payload = pdf_bytes(att.get("title", att["filename"]), att["lines"])
            root.add_attachment(payload, maintype="application", subtype="pdf", filename=att["filename"])
        elif att["type"] == "text":
            root.add_attachment(att["content"], subtype=att.get("subtype", "plain"),
                                charset="utf-8", filename=att["filename"])
        else:
            raise ValueError(att)
    if structure == "mixed":
        assert root.get_content_type() == "multipart/mixed", spec["scenario"]
    depth = 0
    for part in root.walk():
        if part.is_multipart():
            part.set_boundary(_boundary(spec, depth))
            depth += 1
    return root


def message_id(spec: dict) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    h = _hash(spec["scenario"], spec["date"], spec["subject"])
    stamp = _date(spec).strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{h[:16]}@{spec.get('msgid_domain') or _domain(spec['sender'][1])}>"


def _addr(pair: tuple[str, str], charset: str) -> str:
    name, address = pair
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    return formataddr((name, address), charset=charset)


def _addrs(pairs: list[tuple[str, str]], charset: str) -> str:
    return ",\n ".join(_addr(p, charset) for p in pairs)


def header_block(spec: dict) -> str:
    hc = spec.get("hdr_charset", "utf-8")
    to = spec.get("to", [CANDIDATE])
    lines = [f"Date: {format_datetime(_date(spec))}",
             f"From: {_addr(spec['sender'], hc)}"]
    if spec.get("reply_to"):
        lines.append(f"Reply-To: {_addr(spec['reply_to'], hc)}")
    lines.append(f"To: {_addrs(to, hc)}")
    if spec.get("cc"):
        lines.append(f"Cc: {_addrs(spec['cc'], hc)}")
    subject = spec["subject"]
    if subject.isascii():
        lines.append(f"Subject: {subject}")
    else:
        lines.append("Subject: " + Header(subject, hc, header_name="Subject").encode(linesep="\n"))
    lines.append(f"Message-ID: {message_id(spec)}")
    if spec.get("in_reply_to"):
        lines.append(f"In-Reply-To: {spec['in_reply_to']}")
        refs = spec.get("references") or [spec["in_reply_to"]]
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        assert value.isascii(), (spec["scenario"], name)
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n"


def build(spec: dict) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POLICY).flatten(body_tree(spec))
    return header_block(spec).encode("ascii") + buf.getvalue()


def check(spec: dict, data: bytes) -> None:
    name = spec["scenario"]
    assert spec["kind"] in KINDS and spec["lang"] in LANGUAGES, name
    assert spec.get("structure", "plain") in STRUCTURES, name
    assert spec.get("charset", "utf-8") in CHARSETS and spec.get("cte", "quoted-printable") in CTES, name
    assert _date(spec).year == 2026 and _date(spec).month <= 10, name
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert not msg.defects, (name, msg.defects)
    for part in msg.walk():
        assert not part.defects, (name, part.defects)
        if part.get_content_maintype() == "text":
            assert part.get_content().strip(), name
    contact = spec.get("contact", "")
    if contact:
        assert contact == contact.lower() and contact != CANDIDATE_ADDR, name
        addrs = [a.lower() for _, a in getaddresses([str(v) for h in ("Reply-To", "From")
                                                      for v in msg.get_all(h, [])])]
        assert contact in addrs, (name, contact, addrs)
    if spec["sender"][1] == CANDIDATE_ADDR:
        assert spec["kind"] == "other" and not contact, name
    if spec["kind"] == "other":
        assert not spec.get("company"), name
    else:
        assert spec.get("company"), name


def main() -> None:
    specs = [*msgs110_rejections.MESSAGES, *msgs110_invites.MESSAGES, *msgs110_acks.MESSAGES,
             *msgs110_other.MESSAGES]
    names = [s["scenario"] for s in specs]
    dupes = [n for n, c in Counter(names).items() if c > 1]
    assert not dupes, dupes
    ids = [message_id(s) for s in specs]
    assert len(ids) == len(set(ids)), "duplicate Message-ID"
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    rows = []
    ordered = sorted(specs, key=lambda s: (_date(s), s["scenario"]))
    for number, spec in enumerate(ordered, 1):
        try:
            data = build(spec)
            check(spec, data)
        except Exception as exc:
            raise SystemExit(f"{spec['scenario']}: {str(exc)[:300]}") from exc
        rel = f"{spec['kind']}/{number:03d}_{spec['scenario']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    kinds = Counter(s["kind"] for s in specs)
    langs = Counter(s["lang"] for s in specs)
    structures = Counter(s.get("structure", "plain") for s in specs)
    charsets = Counter(s.get("charset", "utf-8") for s in specs)
    ctes = Counter(s.get("cte", "quoted-printable") for s in specs)
    print(f"{len(specs)} messages")
    for title, counter in (("kinds", kinds), ("languages", langs), ("structures", structures),
                           ("charsets", charsets), ("transfer encodings", ctes)):
        print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    print("calendar parts:", sum(1 for s in specs if s.get("calendar")),
          "| PDF attachments:", sum(1 for s in specs for a in s.get("attachments", []) if a["type"] == "pdf"),
          "| replies:", sum(1 for s in specs if s.get("in_reply_to")),
          "| list headers:", sum(1 for s in specs if any(n.lower().startswith("list-") for n, _ in s.get("headers", []))),
          "| with contact:", sum(1 for s in specs if s.get("contact")))


if __name__ == "__main__":
    main()
