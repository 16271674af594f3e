"""Turn the hand-written specs of corpus hundredseventeenth into .eml files and labels.csv.

Run from anywhere:  python tests/corpus_hundredseventeenth/make_hundredseventeenth.py

The specs live in msgs117_*.py beside this file. This script only writes and deletes files
inside its own folder (the <kind>/ sub-folders and labels.csv). Standard library only.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections import Counter
from datetime import datetime
from email import policy
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs117_acks  # noqa: E402
import msgs117_invites  # noqa: E402
import msgs117_other  # noqa: E402
import msgs117_rejections  # noqa: E402
from msgs117_common import CAND, CAND_NAME  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
POLICY = policy.default.clone(refold_source="none")


def all_specs() -> list[dict]:
    specs = [*msgs117_rejections.MESSAGES, *msgs117_invites.MESSAGES,
             *msgs117_acks.MESSAGES, *msgs117_other.MESSAGES]
    order = {kind: i for i, kind in enumerate(KINDS)}
    return sorted(specs, key=lambda s: order[s["kind"]])


def digest(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def cand_mid(tag: str) -> str:
    h = digest("cand", tag)
    return f"<{h[:12]}.{h[12:20]}@mail.example.pe>"


def auto_mid(spec: dict) -> str:
    h = digest(spec["key"], spec["subject"])
    domain = spec["frm"][1].split("@")[1]
    style = int(h[0], 16) % 4
    if style == 0:
        return f"<{h[:16]}.{h[16:28]}@{domain}>"
    if style == 1:
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}@{domain}>"
    if style == 2:
        return f"<0100019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:33]}-000000@{domain}>"
    return f"<CA{h[:24]}+{h[24:30]}@mail.{domain}>"


def enc_header(name: str, value: str, charset: str, how: str) -> str:
    if value.isascii():
        return value
    cs = Charset(charset)
    cs.header_encoding = QP if how == "q" else BASE64
    return Header(value, cs, header_name=name).encode(linesep="\n")


def enc_addr(name: str, pair: tuple[str, str] | str, charset: str, how: str) -> str:
    display, addr = (pair, "") if isinstance(pair, str) else pair
    if isinstance(pair, str):
        return pair
    if not display:
        return addr
    if display.isascii():
        return formataddr((display, addr))
    return f"{enc_header(name, display, charset, how)} <{addr}>"


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF that shows the given lines (Latin-1 text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 64 780 Td 15 TL\n" + "".join(f"({esc(x)}) '\n" for x in lines) + "ET\n"
    body = stream.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
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
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def build(spec: dict, mids: dict[str, str]) -> EmailMessage:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    # Mail programs differ: Latin-1 and cp1252 senders mostly use Q; utf-8 senders use either.
    default_how = "q" if charset != "utf-8" or int(digest(spec["key"])[0], 16) % 2 else "b"
    hcs, how = spec.get("hdr", (charset, default_how))
    msg = EmailMessage(policy=POLICY)
    msg.set_raw("From", enc_addr("From", spec["frm"], hcs, how))
    to = spec.get("to", [(CAND_NAME, CAND)])
    msg.set_raw("To", ", ".join(enc_addr("To", t, hcs, how) for t in to))
    if spec.get("cc"):
        msg.set_raw("Cc", ", ".join(enc_addr("Cc", t, hcs, how) for t in spec["cc"]))
    if spec.get("reply_to"):
        msg.set_raw("Reply-To", enc_addr("Reply-To", spec["reply_to"], hcs, how))
    msg.set_raw("Subject", enc_header("Subject", spec["subject"], hcs, how))
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M:%S %z")
    msg.set_raw("Date", format_datetime(when))
    msg.set_raw("Message-ID", mids[spec["key"]])
    refs = [mids[r] if r in mids else cand_mid(r[5:]) if r.startswith("cand:") else r
            for r in spec.get("thread", [])]
    if refs:
        msg.set_raw("In-Reply-To", refs[-1])
        msg.set_raw("References", "\n ".join(refs))
    for name, value in spec.get("headers", []):
        msg.set_raw(name, value)

    text, html = spec.get("text"), spec.get("html")
    if html is not None:
        html = html.replace("%CHARSET%", charset)
    if text is not None:
        msg.set_content(text, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    if spec.get("ics"):
        method = spec["ics_method"]
        msg.add_alternative(spec["ics"], subtype="calendar", charset="utf-8", cte="7bit"
                            if spec["ics"].isascii() else "quoted-printable",
                            params={"method": method})
    for filename, lines in spec.get("att", []):
        msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf",
                           filename=filename)
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        h = digest(spec["key"], str(i))
        part.set_boundary(spec.get("boundary", "----=_Part_{n}_{h}").format(
            n=int(h[:6], 16) + i, h=h[6:22]) + ("" if i == 0 else f".{i}"))
    return msg


def structure(msg: EmailMessage) -> str:
    return msg.get_content_type()


def main() -> None:
    specs = all_specs()
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    mids = {s["key"]: s.get("mid") or auto_mid(s) for s in specs}
    assert len(set(mids.values())) == len(mids), "duplicate Message-IDs"
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    rows = []
    stats: Counter[str] = Counter()
    for n, spec in enumerate(specs, 1):
        assert spec["kind"] in KINDS and spec["lang"] in ("en", "de", "fr", "es"), spec["key"]
        if spec["kind"] == "other":
            assert spec["company"] == "", spec["key"]
        rel = f"{spec['kind']}/{n:03d}_{spec['scenario']}.eml"
        msg = build(spec, mids)
        (HERE / rel).write_bytes(msg.as_bytes(policy=POLICY))
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
        stats["type " + structure(msg)] += 1
        stats["charset " + spec.get("charset", "utf-8")] += 1
        stats["cte " + spec.get("cte", "quoted-printable")] += 1
        stats["kind " + spec["kind"]] += 1
        stats["lang " + spec["lang"]] += 1
        if spec.get("ics"):
            stats["calendar " + spec["ics_method"]] += 1
        if spec.get("att"):
            stats["pdf attachments"] += len(spec["att"])
        if spec.get("thread"):
            stats["threaded replies"] += 1
        if any(n.lower().startswith("list-") for n, _ in spec.get("headers", [])):
            stats["list headers"] += 1
        if any(n.lower() == "auto-submitted" for n, _ in spec.get("headers", [])):
            stats["auto-submitted"] += 1
        if spec.get("reply_to"):
            stats["reply-to"] += 1
        if "=?" in msg["Subject"].__str__() or "=?" in str(msg.get("From", "")) or any(
                "=?" in v for _, v in msg.raw_items() if isinstance(v, str)):
            stats["rfc2047 headers"] += 1
        if spec["contact"]:
            stats["with contact"] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    for key in sorted(stats):
        print(f"  {key}: {stats[key]}")


if __name__ == "__main__":
    main()
