"""Writes the forty-ninth labelled corpus: a nurse's inbox, Jan-Oct 2026, as .eml files.

Run `python tests/corpus_fortyninth/make_fortyninth.py`. It only creates and deletes files
inside tests/corpus_fortyninth/ (the <kind>/ folders and labels.csv). The messages are written
by hand in the sibling modules msgs_*.py; this module only turns each spec into a MIME message
(plain, HTML-only, multipart/alternative, calendar parts, attachments, several charsets and
transfer encodings) so that structure varies independently of wording. Imports only the
standard library and its siblings.
"""

from __future__ import annotations

import csv
import hashlib
import html as htmlmod
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime, parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent
CANDIDATE = "Camille Nguyen-Lefèvre <camille.nguyen@example.fr>"
POLICY = default_policy.clone(linesep="\r\n")


@dataclass
class Spec:
    """One message as written by hand; everything the builder needs and the label."""

    kind: str
    slug: str
    lang: str
    frm: str
    subject: str
    body: str
    company: str = ""
    contact: str = ""
    reply_to: str | None = None
    fmt: str = "plain"  # plain | html | alt
    cte: str | None = None  # None (let email decide) | quoted-printable | base64 | 8bit
    charset: str = "utf-8"
    html: str | None = None  # hand-written HTML; else derived from body
    ics: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    reply_of: str | None = None
    thread: bool = False
    to: str = CANDIDATE
    cc: str | None = None
    attach: tuple[str, str] | None = None
    raw_subject: str | None = None
    raw_from: str | None = None
    date: str | None = None
    tz: str = "Europe/Paris"


def m(kind: str, slug: str, lang: str, frm: str, subject: str, body: str, **kw: object) -> Spec:
    """Shorthand used by the msgs_* modules."""
    return Spec(kind, slug, lang, frm, subject, body, **kw)  # type: ignore[arg-type]


def _domain(addr: str) -> str:
    return parseaddr(addr)[1].rpartition("@")[2] or "example.com"


def _link(url: str, dom: str, slug: str) -> str:
    token = hashlib.sha1((url + slug).encode()).hexdigest()[:24]
    return f"https://click.{dom}/ls/click?upn={token}&u={htmlmod.escape(url)}"


def html_from_text(spec: Spec) -> str:
    """A mail-program-looking HTML rendering: tables, inline styles, tracked links, a logo."""
    dom = _domain(spec.frm)
    style = int(hashlib.md5(spec.slug.encode()).hexdigest(), 16) % 3
    paras = []
    for block in spec.body.strip().split("\n\n"):
        text = htmlmod.escape(block).replace("\n", "<br>\n")
        text = re.sub(
            r"(https?://[^\s<]+)",
            lambda mm: f'<a href="{_link(mm.group(1), dom, spec.slug)}" '
            f'style="color:#0b5cad">{mm.group(1)}</a>',
            text,
        )
        if style == 0:
            paras.append(f'<p style="margin:0 0 14px 0;font-family:Arial,sans-serif;font-size:14px">{text}</p>')
        elif style == 1:
            paras.append(f'<tr><td style="padding:6px 24px;font:13px/1.5 Helvetica,Arial">{text}</td></tr>')
        else:
            paras.append(f"<div>{text}</div><div><br></div>")
    logo = spec.company or dom.split(".")[0]
    pixel = f'<img src="https://t.{dom}/o/{hashlib.sha1(spec.slug.encode()).hexdigest()[:16]}.gif" width="1" height="1" alt="">'
    if style == 1:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f3f4f6">'
            '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">'
            f'<tr><td style="padding:18px 24px"><img src="https://cdn.{dom}/logo.png" alt="{htmlmod.escape(logo)}" height="32"></td></tr>'
            + "".join(paras)
            + f"</table>{pixel}</body></html>"
        )
    if style == 0:
        return (
            '<html><body><div style="max-width:620px">'
            + "".join(paras)
            + f'<img src="https://cdn.{dom}/sig.png" alt="Logo {htmlmod.escape(logo)}"></div>{pixel}</body></html>'
        )
    return '<div dir="ltr">' + "".join(paras) + "</div>"


def _date(spec: Spec, index: int, rng: random.Random) -> datetime:
    zone = ZoneInfo(spec.tz)
    if spec.date:
        return datetime.strptime(spec.date, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
    start = datetime(2026, 1, 5, 7, 0, tzinfo=zone)
    day = rng.randrange(0, 290)
    minute = rng.randrange(0, 11 * 60)
    return start + timedelta(days=day, minutes=minute)


def build(spec: Spec, index: int, rng: random.Random, ids: dict[str, str],
          sent: dict[str, datetime]) -> EmailMessage:
    """The MIME message for one spec; a reply must be dated after the message it answers."""
    msg = EmailMessage(policy=POLICY)
    dom = _domain(spec.frm)
    msgid = f"<{hashlib.sha1(spec.slug.encode()).hexdigest()[:20]}.{index:03d}@{dom}>"
    ids[spec.slug] = msgid
    msg["From"] = spec.frm
    msg["To"] = spec.to
    if spec.cc:
        msg["Cc"] = spec.cc
    if spec.reply_to:
        msg["Reply-To"] = spec.reply_to
    msg["Subject"] = spec.subject
    when = _date(spec, index, rng)
    sent[spec.slug] = when
    if spec.reply_of and not when > sent[spec.reply_of]:
        raise SystemExit(f"{spec.slug} is dated before {spec.reply_of}, the message it answers")
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = msgid
    parent = ids.get(spec.reply_of or "") if spec.reply_of else None
    if spec.thread and not parent:
        parent = f"<CA+{hashlib.md5(spec.slug.encode()).hexdigest()[:28]}@mail.gmail.com>"
    if parent:
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    msg["MIME-Version"] = "1.0"
    for key, value in spec.headers.items():
        msg[key] = value
    kwargs: dict[str, str] = {"charset": spec.charset}
    if spec.cte:
        kwargs["cte"] = spec.cte
    body = spec.body.strip("\n") + "\n"
    if spec.fmt == "plain":
        msg.set_content(body, **kwargs)
    elif spec.fmt == "html":
        msg.set_content(spec.html or html_from_text(spec), subtype="html", **kwargs)
    else:
        msg.set_content(body, **kwargs)
        msg.add_alternative(spec.html or html_from_text(spec), subtype="html", **kwargs)
    if spec.ics:
        if spec.fmt != "alt":
            msg.make_alternative()
        method = re.search(r"METHOD:(\w+)", spec.ics)
        part = EmailMessage(policy=POLICY)
        part.set_content(spec.ics.strip().replace("\n", "\r\n") + "\r\n", subtype="calendar", charset="utf-8")
        part.set_param("method", method.group(1) if method else "REQUEST")
        msg.attach(part)
        msg.add_attachment(spec.ics.strip().replace("\n", "\r\n") + "\r\n", subtype="calendar", filename="invite.ics")
    if spec.attach:
        name, mime = spec.attach
        maintype, subtype = mime.split("/")
        payload = b"%PDF-1.4\n% placeholder for " + name.encode() + b"\n%%EOF\n"
        msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=name)
    for number, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        # fixed boundaries keep the output byte-for-byte reproducible
        part.set_boundary(f"=_{hashlib.md5(spec.slug.encode()).hexdigest()[:12]}_{number}")
    return msg


def _raw_fixups(data: bytes, spec: Spec) -> bytes:
    """Puts hand-encoded headers (e.g. iso-8859-1 encoded words) in verbatim."""
    head, sep, rest = data.partition(b"\r\n\r\n")
    for name, raw in (("Subject", spec.raw_subject), ("From", spec.raw_from)):
        if raw:
            head = re.sub(
                rb"(?m)^" + name.encode() + rb":[^\r\n]*(?:\r\n[ \t][^\r\n]*)*",
                (name + ": " + raw).encode("ascii"),
                head,
                count=1,
            )
    return head + sep + rest


def load_specs() -> list[Spec]:
    sys.path.insert(0, str(ROOT))
    import msgs_jobs
    import msgs_jobs2
    import msgs_other
    from dates49 import DATES

    specs = [*msgs_jobs.SPECS, *msgs_jobs2.SPECS, *msgs_other.SPECS]
    for spec in specs:
        spec.date = spec.date or DATES.get(spec.slug)
    return specs


def render() -> tuple[dict[str, bytes], list[list[str]]]:
    """Every message's bytes by path relative to ROOT, and the label rows, without writing."""
    specs = load_specs()
    slugs = [s.slug for s in specs]
    dupes = {s for s in slugs if slugs.count(s) > 1}
    if dupes:
        raise SystemExit(f"duplicate slugs: {sorted(dupes)}")
    rng = random.Random(49)
    ids: dict[str, str] = {}
    sent: dict[str, datetime] = {}
    files: dict[str, bytes] = {}
    rows = []
    for index, spec in enumerate(specs, start=1):
        rel = f"{spec.kind}/{index:03d}_{spec.slug}.eml"
        data = build(spec, index, rng, ids, sent).as_bytes(policy=POLICY)
        files[rel] = _raw_fixups(data, spec)
        rows.append([rel, spec.kind, spec.company, spec.contact, spec.lang])
    return files, rows


def main() -> None:
    files, rows = render()
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    for rel, data in files.items():
        (ROOT / rel).parent.mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(data)
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
