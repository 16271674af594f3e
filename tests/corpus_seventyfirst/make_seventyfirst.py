"""Writes the 71st labelled corpus (tests/corpus_seventyfirst) from the message specs in msgs71_*.py.

Why a generator: the MIME plumbing (quoted-printable, base64, legacy charsets, RFC 2047 words,
multipart/alternative, text/calendar parts, attachments) is easier to get right once in code than
by hand in 160 files; the wording of every message is written out in full in the msgs71_ modules.
It only creates and deletes files inside this folder. Imports: the standard library and the
msgs71_ data modules beside it. Run: python tests/corpus_seventyfirst/make_seventyfirst.py
"""

from __future__ import annotations

import csv
import html
import importlib
import re
import sys
import zlib
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CANDIDATE = ("Nia Oyelaran-Brandt", "nia.ob@example.co.za")
DATA_MODULES = (
    "msgs71_ack",
    "msgs71_extra",
    "msgs71_inv",
    "msgs71_missed",
    "msgs71_offer",
    "msgs71_other",
    "msgs71_other2",
    "msgs71_rej",
    "msgs71_resched",
)
KIND_DIRS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)


def hdr(value: str, charset: str = "utf-8") -> str:
    """A header value, RFC 2047-encoded in the message's own charset when it is not ASCII."""
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset).encode()


def addr(pair: tuple[str, str] | str, charset: str = "utf-8") -> str:
    if isinstance(pair, str):
        return pair
    name, address = pair
    if not name:
        return address
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return formataddr((name, address), charset)


def leaf(text: str, subtype: str, charset: str, cte: str) -> bytes:
    """One text part with its own Content-Type and Content-Transfer-Encoding headers."""
    part = EmailMessage()
    if subtype == "calendar":
        part.set_content(text.encode("utf-8"), "text", "calendar", cte="8bit")
        part.set_param("charset", "utf-8")
        part.set_param("method", re.search(r"METHOD:(\w+)", text).group(1))
    else:
        part.set_content(text, subtype=subtype, charset=charset, cte=cte)
    del part["MIME-Version"]
    return part.as_bytes(policy=SMTP.clone(linesep="\n"))


def attachment(name: str, ctype: str, payload: bytes) -> bytes:
    part = EmailMessage()
    main, sub = ctype.split("/")
    part.set_content(payload, main, sub, filename=name, disposition="attachment")
    del part["MIME-Version"]
    return part.as_bytes(policy=SMTP.clone(linesep="\n"))


def multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode()]
    out.append(b"This is a multi-part message in MIME format.\n")
    for part in parts:
        out.append(f"--{boundary}\n".encode())
        out.append(part if part.endswith(b"\n") else part + b"\n")
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


_URL = re.compile(r"https?://\S+")


def to_html(text: str, brand: str, track: str) -> str:
    """An HTML rendering the way mailing systems write it: tables, inline styles, tracked links."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    cells = []
    for para in paras:
        esc = html.escape(para)
        esc = _URL.sub(
            lambda m: f'<a href="https://{track}/c/{zlib.crc32(m.group(0).encode()) % 99999}?u='
            f'{html.escape(m.group(0))}" style="color:#0b6e4f">{m.group(0)}</a>',
            esc,
        )
        cells.append(
            '<tr><td style="font-family:Arial,Helvetica,sans-serif;font-size:14px;'
            f'line-height:20px;color:#333333;padding:6px 24px">{esc.replace(chr(10), "<br>")}'
            "</td></tr>"
        )
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
        '<body style="margin:0;background:#f4f4f4">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="max-width:640px;margin:0 auto;background:#ffffff">'
        f'<tr><td style="padding:18px 24px"><img src="https://{track}/logo.png" '
        f'alt="{html.escape(brand)}" width="140"></td></tr>'
        + "".join(cells)
        + f'<tr><td><img src="https://{track}/open/{zlib.crc32(text.encode()) % 999999}.gif" '
        'width="1" height="1" alt=""></td></tr></table></body></html>'
    )


def ics(
    uid: str,
    start: str,
    end: str,
    summary: str,
    organizer: str,
    method: str = "REQUEST",
    location: str = "",
    status: str = "CONFIRMED",
    sequence: int = 0,
) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus71//Invite//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART:{start}",
        f"DTEND:{end}",
        f"SUMMARY:{summary}",
        f"ORGANIZER:mailto:{organizer}",
        f"ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CANDIDATE[1]}",
        f"SEQUENCE:{sequence}",
        f"STATUS:{status}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def build(spec: dict, index: int) -> bytes:
    """The bytes of one .eml from its spec (see msgs71_common.M for the fields)."""
    charset = spec.get("charset", "utf-8")
    fmt = spec.get("fmt", "plain")
    sender = spec["frm"]
    domain = sender[1].split("@")[1]
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    headers = [
        ("Date", format_datetime(when)),
        ("From", addr(sender, charset)),
        ("To", addr(spec.get("to", CANDIDATE), charset)),
    ]
    if spec.get("cc"):
        headers.append(("Cc", ", ".join(addr(c, charset) for c in spec["cc"])))
    if spec.get("reply_to"):
        headers.append(("Reply-To", addr(spec["reply_to"], charset)))
    headers.append(("Subject", hdr(spec["subject"], charset)))
    msgid = f"<{when:%Y%m%d%H%M}.{index:03d}.{spec['slug'].replace('_', '')}@{domain}>"
    headers.append(("Message-ID", msgid))
    if spec.get("parent"):
        parent = f"<{spec['parent']}>"
        headers.append(("In-Reply-To", parent))
        headers.append(("References", " ".join(f"<{r}>" for r in spec.get("refs", [])) + (
            " " if spec.get("refs") else "") + parent))
    for name, value in spec.get("headers", {}).items():
        headers.append((name, value))
    headers.append(("MIME-Version", "1.0"))

    text = spec["body"].strip("\n") + "\n"
    brand = spec.get("brand", domain)
    track = spec.get("track", f"email.{domain}")
    html_body = spec.get("html") or to_html(text, brand, track).replace(
        'charset="utf-8"', f'charset="{charset}"')
    cte = {"plain": "8bit", "qp": "quoted-printable", "b64": "base64"}.get(fmt, "quoted-printable")
    if spec.get("cte"):
        cte = spec["cte"]
    if text.isascii() and cte == "8bit":
        cte = "7bit"
    b = f"=_c71_{index:03d}_{zlib.crc32(spec['slug'].encode()) % 10**8:08d}"
    if fmt == "html":
        body = leaf(html_body, "html", charset, cte)
    elif fmt == "alt":
        body = multipart(
            "alternative",
            [leaf(text, "plain", charset, cte), leaf(html_body, "html", charset, cte)],
            b + "_alt",
        )
    else:
        body = leaf(text, "plain", charset, cte)
    if spec.get("ics"):
        if fmt == "alt":
            body = multipart(
                "alternative",
                [leaf(text, "plain", charset, cte), leaf(html_body, "html", charset, cte),
                 leaf(spec["ics"], "calendar", "utf-8", "8bit")],
                b + "_cal",
            )
        else:
            body = multipart("mixed", [body, leaf(spec["ics"], "calendar", "utf-8", "8bit")], b)
    if spec.get("attach"):
        name, ctype = spec["attach"]
        payload = b"%PDF-1.4\n% corpus71 placeholder\n" + name.encode() + b"\n%%EOF\n"
        body = multipart("mixed", [body, attachment(name, ctype, payload)], b + "_mix")
    head = "".join(f"{k}: {v}\n" for k, v in headers).encode("ascii")
    return head + body


def main() -> None:
    for name in DATA_MODULES:  # each registers its messages in msgs71_common.ALL on import
        importlib.import_module(name)
    from msgs71_common import ALL

    for kind in KIND_DIRS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    rows = []
    counters: dict[str, int] = {}
    for index, spec in enumerate(ALL, start=1):
        kind = spec["kind"]
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        (HERE / rel).write_bytes(build(spec, index))
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages", {k: counters.get(k, 0) for k in KIND_DIRS})


if __name__ == "__main__":
    main()
