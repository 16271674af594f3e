"""Render the sixty-first corpus: tests/corpus_sixtyfirst/<kind>/<nnn>_<slug>.eml + labels.csv.

Run from anywhere: `python tests/corpus_sixtyfirst/make_sixtyfirst.py`. It only creates and
deletes files inside its own folder. Message content lives in msgs61_*.py; this file only
encodes (charsets, transfer encodings, multipart layout, RFC 2047 headers, threading ids).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import sys
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from msgs61_base import Spec  # noqa: E402
from msgs61_timeline import THREADS, TIMELINE  # noqa: E402

MODULES = ["msgs61_rej", "msgs61_inv", "msgs61_resched", "msgs61_ack", "msgs61_offer",
           "msgs61_other_fr", "msgs61_other_xx"]


def encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def leaf(text: str, subtype: str, charset: str, cte: str, extra: str = "") -> bytes:
    if cte == "8bit" and text.isascii():
        cte = "7bit"
    head = (f"Content-Type: text/{subtype}; charset=\"{charset}\"{extra}\n"
            f"Content-Transfer-Encoding: {cte}\n\n")
    return head.encode("ascii") + encode_body(text, charset, cte)


def multipart(subtype: str, parts: list[bytes], tag: str) -> bytes:
    boundary = f"----=_Part_{tag}"
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\n\n".encode()]
    for p in parts:
        out.append(f"--{boundary}\n".encode() + p.rstrip(b"\n") + b"\n")
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


def addr(value: str, charset: str) -> str:
    name, address = parseaddr(value)
    return formataddr((name, address), charset="utf-8" if charset == "utf-8" else charset)


def subject_header(subject: str, charset: str) -> str:
    if subject.isascii():
        return subject
    return Header(subject, "utf-8" if charset == "utf-8" else charset).encode()


def date_for(spec: Spec) -> datetime:
    fixed = spec.date or TIMELINE.get(spec.slug)
    if fixed:
        return datetime.strptime(fixed, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    # spread Jan 6 - Oct 30 2026 deterministically
    h = int(hashlib.sha1(spec.slug.encode()).hexdigest()[:8], 16)
    base = datetime(2026, 1, 6, 7, 0, tzinfo=UTC)
    return base + timedelta(days=h % 297, minutes=(h >> 9) % 660)


def message_id(spec: Spec, index: int) -> str:
    domain = parseaddr(spec.frm)[1].split("@")[-1]
    tag = hashlib.sha1(f"{index}{spec.slug}".encode()).hexdigest()[:16]
    return f"<{tag}.{index:03d}@{domain}>"


def render(spec: Spec, index: int, root: str | None) -> bytes:
    tag = hashlib.sha1(f"{index}{spec.slug}".encode()).hexdigest()[:16]
    when = date_for(spec)
    heads = [
        f"Return-Path: <{parseaddr(spec.frm)[1]}>",
        f"From: {addr(spec.frm, spec.charset)}",
        f"To: {addr(spec.to, spec.charset)}",
        f"Subject: {subject_header(spec.subject, spec.charset)}",
        f"Date: {format_datetime(when.astimezone(ZoneInfo('Europe/Brussels')))}",
        f"Message-ID: {message_id(spec, index)}",
        "MIME-Version: 1.0",
    ]
    if spec.reply_to:
        heads.append(f"Reply-To: {addr(spec.reply_to, spec.charset)}")
    if spec.reply:
        # the parent is a mail from the candidate's Sent folder, outside the corpus
        parent = f"<{tag[::-1]}.sent@example.be>"
        heads += [f"In-Reply-To: {parent}", f"References: {root or f'<{tag[:8]}.root@example.be>'} {parent}"]
    for k, v in spec.headers.items():
        heads.append(f"{k}: {v}")
    text_part = leaf(spec.body, "plain", spec.charset, spec.cte)
    if spec.html is not None:
        html_cte = "quoted-printable" if spec.cte in ("8bit", "7bit") else spec.cte
        html_part = leaf(spec.html, "html", spec.charset, html_cte)
        body = html_part if spec.html_only else multipart("alternative", [text_part, html_part], tag + "a")
    else:
        body = text_part
    if spec.ics is not None:
        method = "CANCEL" if "METHOD:CANCEL" in spec.ics else "REQUEST"
        cal = leaf(spec.ics, "calendar", "utf-8", "7bit", f"; method={method}")
        invite = (b"Content-Type: application/ics; name=\"invite.ics\"\n"
                  b"Content-Disposition: attachment; filename=\"invite.ics\"\n"
                  b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(spec.ics.encode()))
        body = multipart("mixed", [multipart("alternative", [body, cal], tag + "c"), invite], tag + "m")
    elif spec.attach is not None:
        pdf = (f"Content-Type: application/pdf; name=\"{spec.attach}\"\n"
               f"Content-Disposition: attachment; filename=\"{spec.attach}\"\n"
               "Content-Transfer-Encoding: base64\n\n").encode()
        pdf += base64.encodebytes(b"%PDF-1.4\n% placeholder document\n%%EOF\n")
        body = multipart("mixed", [body, pdf], tag + "m")
    return ("\n".join(heads) + "\n").encode("ascii") + body


def main() -> None:
    specs: list[Spec] = []
    for name in MODULES:
        specs += __import__(name).MESSAGES
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    ids = {spec.slug: message_id(spec, i) for i, spec in enumerate(specs, start=1)}
    roots = {slug: ids[group[0]] for group in THREADS for slug in group[1:]}
    rows = []
    seen: set[str] = set()
    for index, spec in enumerate(specs, start=1):
        assert spec.slug not in seen, spec.slug
        seen.add(spec.slug)
        rel = f"{spec.kind}/{index:03d}_{spec.slug}.eml"
        (HERE / spec.kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(render(spec, index, roots.get(spec.slug)))
        company = spec.company if spec.kind != "other" else ""
        rows.append([rel, spec.kind, company, spec.contact, spec.lang])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")


if __name__ == "__main__":
    main()
