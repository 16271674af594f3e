"""Turn the hand-written specs of the 119th corpus into .eml files and labels.csv.

Run from anywhere: ``python tests/corpus_hundrednineteenth/make_hundrednineteenth.py``.
It writes and deletes files only inside its own folder. Standard library only.

A spec is a dict written by hand in one of the msgs119_*.py modules:

    scenario, kind, company, contact, lang       the labels (and the file name)
    frm, reply_to, to, cc                        (display name, address) pairs
    subject, date                                date as "YYYY-MM-DD HH:MM +ZZZZ"
    text, html                                   the bodies (one or both)
    charset, cte, hcs                            body charset, transfer encoding, header charset
    msgid, irt, refs                             threading (msgid is derived when absent)
    headers                                      extra headers, list of (name, value)
    attach                                       PDF attachments, list of (filename, lines)
    ics                                          (method, calendar text) for a text/calendar part
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
sys.dont_write_bytecode = True  # leave no __pycache__ in the corpus folder

import msgs119_acks  # noqa: E402
import msgs119_invites  # noqa: E402
import msgs119_other  # noqa: E402
import msgs119_rejections  # noqa: E402
from msgs119_common import CANDIDATE  # noqa: E402

KIND_ORDER = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other")
REPLY_PREFIXES = ("re:", "re :", "aw:")
# Headers are written as the spec folds them (email.header), not refolded by the policy.
AS_WRITTEN = email.policy.default.clone(refold_source="none")


def _addr(pair: tuple[str, str] | str, charset: str) -> str:
    if isinstance(pair, str):
        return pair
    name, address = pair
    if not name:
        return address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        value = formataddr((name, address), charset=charset)
    else:
        value = formataddr((name, address))
    if len(value) > 70 and "\n" not in value:
        value = value.replace(" <", "\n <")  # fold before the address
    return value


def _subject(subject: str, charset: str) -> str:
    try:
        subject.encode("ascii")
    except UnicodeEncodeError:
        return Header(subject, charset, header_name="Subject").encode()
    return Header(subject, "us-ascii", header_name="Subject").encode()


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small one-page PDF (Helvetica, WinAnsi) that shows the given lines."""

    def esc(line: str) -> bytes:
        raw = line.encode("cp1252")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = [b"BT /F1 14 Tf 60 780 Td (" + esc(title) + b") Tj ET"]
    y = 750
    for line in lines:
        stream.append(b"BT /F1 10 Tf 60 %d Td (" % y + esc(line) + b") Tj ET")
        y -= 15
    content = b"\n".join(stream)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def build(spec: dict, number: int) -> EmailMessage:
    charset = spec.get("charset", "utf-8")
    hcs = spec.get("hcs", charset)
    cte = spec.get("cte", "quoted-printable")
    msg = EmailMessage()
    msg.set_raw("From", _addr(spec["frm"], hcs))
    if spec.get("reply_to"):
        msg.set_raw("Reply-To", _addr(spec["reply_to"], hcs))
    to = spec.get("to") or [("Ingrid Solheim-Vargas", CANDIDATE)]
    msg.set_raw("To", ", ".join(_addr(pair, hcs) for pair in to))
    if spec.get("cc"):
        msg.set_raw("Cc", ", ".join(_addr(pair, hcs) for pair in spec["cc"]))
    msg.set_raw("Subject", _subject(spec["subject"], hcs))
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    assert 1 <= when.month <= 10 and when.year == 2026, spec["scenario"]
    msg.set_raw("Date", format_datetime(when))
    sender = spec["frm"] if isinstance(spec["frm"], str) else spec["frm"][1]
    digest = hashlib.sha1(f"119-{number}-{spec['scenario']}".encode()).hexdigest()
    msgid = spec.get("msgid") or f"<{digest[:20]}.{number:03d}@{sender.split('@')[1]}>"
    msg.set_raw("Message-ID", msgid)
    if spec.get("irt"):
        msg.set_raw("In-Reply-To", spec["irt"])
        msg.set_raw("References", " ".join(spec.get("refs") or [spec["irt"]]))
    for name, value in spec.get("headers", []):
        msg.set_raw(name, value)

    text, html = spec.get("text"), spec.get("html")
    if text is not None:
        msg.set_content(text, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    if spec.get("ics"):
        method, calendar = spec["ics"]
        msg.add_alternative(calendar, subtype="calendar", charset="utf-8", cte="8bit",
                            params={"method": method})
    for filename, lines in spec.get("attach", []):
        msg.add_attachment(make_pdf(lines[0], lines[1:]), maintype="application",
                           subtype="pdf", filename=filename)
    multiparts = [part for part in msg.walk() if part.is_multipart()]
    for depth, part in enumerate(multiparts):  # fixed boundaries: the output is reproducible
        part.set_boundary(f"----=_Part_{number:03d}_{depth}_{digest[20:32]}")
    return msg


def structure(msg: EmailMessage) -> str:
    if msg.get_content_type() == "multipart/mixed":
        return "multipart/mixed"
    if any(p.get_content_type() == "text/calendar" for p in msg.walk()):
        return "with text/calendar"
    return msg.get_content_type()


def main() -> None:
    specs = [*msgs119_rejections.SPECS, *msgs119_invites.SPECS, *msgs119_acks.SPECS,
             *msgs119_other.SPECS]
    specs.sort(key=lambda s: KIND_ORDER.index(s["kind"]))
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows, seen, stats = [], set(), Counter()
    for number, spec in enumerate(specs, start=1):
        assert spec["lang"] in {"en", "de", "fr", "es"}, spec["scenario"]
        assert (spec["kind"] == "other") == (not spec["company"]), spec["scenario"]
        assert spec["contact"] == spec["contact"].lower(), spec["scenario"]
        if spec["subject"].lower().startswith(REPLY_PREFIXES):
            assert spec.get("irt"), f"{spec['scenario']}: a reply needs In-Reply-To"
        try:
            msg = build(spec, number)
        except (UnicodeError, ValueError) as error:
            raise SystemExit(f"{spec['scenario']}: {error}") from error
        assert msg["Message-ID"] not in seen, spec["scenario"]
        seen.add(msg["Message-ID"])
        rel = f"{spec['kind']}/{number:03d}_{spec['scenario']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(msg.as_bytes(policy=AS_WRITTEN))
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
        stats["kind " + spec["kind"]] += 1
        stats["lang " + spec["lang"]] += 1
        stats["structure " + structure(msg)] += 1
        stats["charset " + spec.get("charset", "utf-8")] += 1
        stats["cte " + spec.get("cte", "quoted-printable")] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(len(rows), "messages")
    for key, count in sorted(stats.items()):
        print(f"  {key}: {count}")


if __name__ == "__main__":
    main()
