"""Write the 65th corpus: every .eml under tests/corpus_sixtyfifth/<kind>/ and labels.csv.

Run `python tests/corpus_sixtyfifth/make_sixtyfifth.py`. It deletes and rewrites only the
<kind>/ folders and labels.csv inside its own directory. The messages themselves live in the
msgs65_* modules; this file only turns each Spec into MIME bytes (encodings, HTML, ICS parts,
threading headers) so the data stays readable.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import shutil
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs65_a  # noqa: E402
import msgs65_b  # noqa: E402
import msgs65_c  # noqa: E402
from msgs65_util import Spec  # noqa: E402

KIND_DIRS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
             "missed_interview_notice", "application_received", "offer", "other")


def _text_part(text: str, subtype: str, charset: str, encoding: int | None) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype)
    cs = Charset(charset)
    cs.body_encoding = encoding  # None: sent as 7bit or 8bit, the way most plain mail travels
    part.set_payload(text, cs)
    return part


def _html_of(spec: Spec) -> str:
    """The spec's own HTML, else its text as a templated mail with tracked links."""
    if spec.html:
        return spec.html
    paras = []
    for block in spec.body.strip().split("\n\n"):
        esc = html.escape(block).replace("\n", "<br>\n")
        esc = re.sub(r"(https?://[^\s<]+)",
                     lambda m: f'<a href="https://t.example.net/c/{hashlib.md5(m.group(1).encode()).hexdigest()[:8]}'
                               f'?r={html.escape(m.group(1))}" style="color:#1a5fb4">{m.group(1)}</a>',
                     esc)
        paras.append(f'<p style="margin:0 0 12px 0;font-family:Arial,sans-serif;font-size:14px">{esc}</p>')
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
            '<tr><td align="center" style="background:#f4f4f4;padding:20px">'
            '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">'
            f'<tr><td style="padding:24px">{"".join(paras)}</td></tr></table>'
            '<img src="https://t.example.net/open.gif" width="1" height="1" alt="">'
            '</td></tr></table></body></html>')


def _body(spec: Spec) -> MIMENonMultipart | MIMEMultipart:
    fmt = spec.fmt
    if fmt == "plain":
        return _text_part(spec.body, "plain", "utf-8", None)
    if fmt == "qp":
        return _text_part(spec.body, "plain", "utf-8", QP)
    if fmt == "b64":
        return _text_part(spec.body, "plain", "utf-8", BASE64)
    if fmt == "latin1":
        return _text_part(spec.body, "plain", "iso-8859-1", QP)
    if fmt == "cp1252":
        return _text_part(spec.body, "plain", "windows-1252", QP)
    if fmt == "html":
        return _text_part(_html_of(spec), "html", "utf-8", QP)
    if fmt in ("alt", "alt_b64"):
        enc = BASE64 if fmt == "alt_b64" else QP
        alt = MIMEMultipart("alternative")
        alt.attach(_text_part(spec.body, "plain", "utf-8", enc))
        alt.attach(_text_part(_html_of(spec), "html", "utf-8", enc))
        return alt
    if fmt == "ics":
        mixed = MIMEMultipart("mixed")
        alt = MIMEMultipart("alternative")
        alt.attach(_text_part(spec.body, "plain", "utf-8", QP))
        cal = _text_part(spec.ics, "calendar", "utf-8", BASE64)
        method = re.search(r"METHOD:(\w+)", spec.ics)
        cal.set_param("method", method.group(1) if method else "REQUEST")
        alt.attach(cal)
        mixed.attach(alt)
        att = _text_part(spec.ics, "calendar", "utf-8", BASE64)
        att.replace_header("Content-Type", "application/ics")
        att.set_param("name", "invite.ics")
        att.add_header("Content-Disposition", "attachment", filename="invite.ics")
        mixed.attach(att)
        return mixed
    raise ValueError(f"unknown fmt {fmt}")


def _addr(raw: str) -> str:
    name, addr = parseaddr(raw)
    return formataddr((name, addr), charset="utf-8") if name else addr


def _date(index: int, spec: Spec) -> datetime:
    if spec.date:
        return datetime.fromisoformat(spec.date)
    base = datetime(2026, 1, 5, 7, 40, tzinfo=UTC)
    when = base + timedelta(days=(index * 37) % 290, minutes=(index * 97) % 660)
    if datetime(2026, 3, 29, tzinfo=UTC) <= when < datetime(2026, 10, 25, tzinfo=UTC):
        return when.astimezone(timezone(timedelta(hours=1)))
    return when


def _tidy(msg: MIMENonMultipart | MIMEMultipart, index: int) -> None:
    """Fixed boundaries (so regenerating gives the same bytes) and no MIME-Version on parts."""
    for number, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{index:03d}_{number}_{hashlib.md5(str(index).encode()).hexdigest()[:10]}")


def build(index: int, spec: Spec) -> bytes:
    msg = _body(spec)
    _tidy(msg, index)
    domain = parseaddr(spec.sender)[1].split("@")[-1]
    digest = hashlib.sha1(f"{index}{spec.scenario}".encode()).hexdigest()[:12]
    msg["From"] = _addr(spec.sender)
    msg["To"] = _addr(spec.to)
    if spec.reply_to:
        msg["Reply-To"] = _addr(spec.reply_to)
    subject = spec.subject
    if spec.encode_subject or not subject.isascii():
        msg["Subject"] = Header(subject, "utf-8").encode()
    else:
        msg["Subject"] = subject
    msg["Date"] = format_datetime(_date(index, spec))
    msg["Message-ID"] = f"<{digest}.{index:03d}@{domain}>"
    if spec.reply or subject.lower().startswith(("re:", "aw:", "rv:", "re :")):
        parent = f"<{hashlib.sha1(spec.scenario.encode()).hexdigest()[:16]}@mail.example.co.uk>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<{digest[:8]}-root@{domain}> {parent}"
    for key, value in spec.headers.items():
        msg[key] = value
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg.as_bytes()


def main() -> None:
    specs = msgs65_a.SPECS + msgs65_b.SPECS + msgs65_c.SPECS
    for kind in KIND_DIRS:
        shutil.rmtree(HERE / kind, ignore_errors=True)
        (HERE / kind).mkdir()
    rows = []
    for index, spec in enumerate(specs, start=1):
        assert spec.kind in KIND_DIRS, spec.scenario
        rel = f"{spec.kind}/{index:03d}_{spec.scenario}.eml"
        (HERE / rel).write_bytes(build(index, spec))
        rows.append([rel, spec.kind, spec.company, spec.contact, spec.lang])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
