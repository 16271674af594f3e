"""Write the 126th labelled corpus: <kind>/<nnn>_<scenario>.eml and labels.csv, from hand-written specs.

Run from anywhere:  python tests/corpus_hundredtwentysixth/make_hundredtwentysixth.py
Standard library only. Writes and deletes files only inside this folder.

A spec is a dict (see the msgs126_*.py modules):
  kind, scenario, lang, company, contact      labels
  from, reply_to, to, cc                      (display name, address) pairs
  subject, date ("YYYY-MM-DD HH:MM +zzzz")    headers; mid, thread (parent Message-IDs) or reply=True
  text, html, structure ("plain"/"html"/"alt"), charset, cte, header_charset
  headers                                     extra headers (List-*, Auto-Submitted, X-Mailer ...)
  attachments                                 [{"filename": ..., "pdf": [lines]}] or {"filename", "data", "type"}
  calendar, ics_file                          an iCalendar text added as a text/calendar alternative
"""

from __future__ import annotations

import csv
import email.policy
import hashlib
import sys
from collections import Counter
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs126_acks  # noqa: E402
import msgs126_invites  # noqa: E402
import msgs126_other  # noqa: E402
import msgs126_rejections  # noqa: E402
from msgs126_common import CANDIDATE, ME  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
CTE = {"qp": "quoted-printable", "quoted-printable": "quoted-printable", "8bit": "8bit",
       "base64": "base64", "7bit": "7bit"}
# Headers are encoded here with the spec's charset; the serializer must not refold them to UTF-8.
OUT_POLICY = email.policy.default.clone(refold_source="none")
REPLY_PREFIX = ("re:", "aw:", "r:", "rv:", "re :", "antw:", "wg:", "fwd:", "tr :", "réf")


def all_specs() -> list[dict]:
    specs = [*msgs126_rejections.SPECS, *msgs126_invites.SPECS, *msgs126_acks.SPECS,
             *msgs126_other.SPECS]
    counters: Counter[str] = Counter()
    for spec in specs:
        assert spec["kind"] in KINDS, spec["scenario"]
        counters[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['scenario']}.eml"
    return specs


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF with the given lines in Helvetica (enough for a mail program to show)."""
    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream_lines = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for line in lines:
        stream_lines.append(f"({esc(line)}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
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
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def address(pair: tuple[str, str], charset: str) -> str:
    name, addr = pair
    return formataddr((name, addr), charset=charset) if name else addr


def header_text(value: str, charset: str, name: str) -> str:
    if value.isascii():
        return value
    return Header(value, charset, maxlinelen=76, header_name=name).encode()


def message_id(spec: dict) -> str:
    if spec.get("mid"):
        return spec["mid"]
    domain = spec["from"][1].split("@", 1)[1]
    digest = hashlib.sha1(spec["file"].encode()).hexdigest()
    stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z").strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{digest[:14]}@{domain}>"


def html_in(spec: dict, charset: str) -> str:
    """The spec's HTML, its meta charset matching the part's charset."""
    return (spec["html"].replace('charset="utf-8"', f'charset="{charset}"')
            .replace("charset=utf-8", f"charset={charset}"))


def build(spec: dict) -> EmailMessage:
    hcs = spec.get("header_charset", "utf-8")
    msg = EmailMessage()
    msg.set_raw("From", address(spec["from"], hcs))
    if spec.get("reply_to"):
        msg.set_raw("Reply-To", address(spec["reply_to"], hcs))
    to = spec.get("to", [ME])
    msg.set_raw("To", ", ".join(address(pair, hcs) for pair in to))
    if spec.get("cc"):
        msg.set_raw("Cc", ", ".join(address(pair, hcs) for pair in spec["cc"]))
    msg.set_raw("Subject", header_text(spec["subject"], hcs, "Subject"))
    date = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    msg.set_raw("Date", format_datetime(date))
    msg.set_raw("Message-ID", message_id(spec))
    thread = list(spec.get("thread", []))
    if not thread and spec.get("reply"):
        seed = hashlib.sha1(("parent:" + spec["file"]).encode()).hexdigest()
        thread = [f"<{seed[:20]}@mail.example.at>"]
    if spec["subject"].lower().startswith(REPLY_PREFIX) and not spec["subject"].lower().startswith(
            ("fwd:", "wg:", "tr :")):
        assert thread, f"{spec['file']}: a reply needs thread or reply=True"
    if thread:
        msg.set_raw("In-Reply-To", thread[-1])
        msg.set_raw("References", " ".join(thread))
    for name, value in spec.get("headers", {}).items():
        msg.set_raw(name, header_text(value, hcs, name))

    charset = spec.get("charset", "utf-8")
    cte = CTE[spec.get("cte", "qp")]
    structure = spec.get("structure", "plain")
    if structure == "plain":
        msg.set_content(spec["text"], charset=charset, cte=cte)
    elif structure == "html":
        msg.set_content(html_in(spec, charset), subtype="html", charset=charset, cte=cte)
    elif structure == "alt":
        msg.set_content(spec["text"], charset=charset, cte=cte)
        msg.add_alternative(html_in(spec, charset), subtype="html", charset=charset, cte=cte)
    else:
        raise ValueError(f"{spec['file']}: structure {structure}")
    if spec.get("calendar"):
        method = spec["calendar"].split("METHOD:", 1)[1].split("\n", 1)[0].strip()
        ics = spec["calendar"].strip("\n").replace("\n", "\r\n") + "\r\n"
        if structure != "alt":
            msg.make_alternative()
        msg.add_alternative(ics, subtype="calendar", charset="utf-8", cte="7bit" if ics.isascii()
                            else "base64", params={"method": method})
        if spec.get("ics_file"):
            msg.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics",
                               filename="invite.ics")
    for att in spec.get("attachments", []):
        if "pdf" in att:
            data, (maintype, subtype) = pdf_bytes(att["pdf"]), ("application", "pdf")
        else:
            data, (maintype, subtype) = att["data"], att["type"].split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=att["filename"])
    # Fixed boundaries, so that running the generator twice writes the same bytes.
    digest = hashlib.sha1(spec["file"].encode()).hexdigest()
    styles = ("----=_NextPart_{n:03d}_{d}", "b{n}_{d}", "--_{n:03d}_{d}_", "Apple-Mail={d}-{n}")
    style = styles[int(digest[:2], 16) % len(styles)]
    for n, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(style.format(n=n, d=digest[:16].upper()))
    return msg


def main() -> None:
    specs = all_specs()
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    seen_ids: set[str] = set()
    rows = []
    stats: Counter[str] = Counter()
    for spec in specs:
        msg = build(spec)
        mid = msg["Message-ID"]
        assert mid not in seen_ids, spec["file"]
        seen_ids.add(mid)
        contact = spec.get("contact", "")
        assert contact == contact.lower() and contact != CANDIDATE, spec["file"]
        if spec["kind"] == "other":
            assert not spec.get("company"), spec["file"]
        else:
            assert spec.get("company"), spec["file"]
        (HERE / spec["file"]).write_bytes(msg.as_bytes(policy=OUT_POLICY))
        rows.append({"file": spec["file"], "kind": spec["kind"], "company": spec.get("company", ""),
                     "contact": contact, "language": spec["lang"]})
        stats[f"top {msg.get_content_type()}"] += 1
        stats[f"charset {spec.get('charset', 'utf-8')}"] += 1
        stats[f"cte {CTE[spec.get('cte', 'qp')]}"] += 1
        if spec.get("calendar"):
            stats["with text/calendar"] += 1
        if spec.get("attachments"):
            stats["with PDF attachment"] += 1
        if spec.get("thread") or spec.get("reply"):
            stats["threaded (In-Reply-To)"] += 1
        if "List-Unsubscribe" in spec.get("headers", {}):
            stats["List-Unsubscribe"] += 1
        if not spec["subject"].isascii() or not spec["from"][0].isascii():
            stats["RFC 2047 header"] += 1
        if not contact:
            stats["no contact"] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact", "language"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(rows, key=lambda row: row["file"]))
    print(f"{len(rows)} messages")
    print("kinds:", dict(Counter(row["kind"] for row in rows)))
    print("languages:", dict(Counter(row["language"] for row in rows)))
    for key in sorted(stats):
        print(f"  {key}: {stats[key]}")


if __name__ == "__main__":
    main()
