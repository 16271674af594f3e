"""Generator for the final (fourth) labelled corpus: writes <kind>/<nnn>_<slug>.eml and labels.csv.

The wording of every message lives in the final_*.py content modules beside this file, one per
kind, each written by hand; this module only turns a Spec into MIME (plain, HTML-only,
multipart/alternative, text/calendar parts, attachments, legacy charsets, QP/base64) so that the
structure varies independently of the words. Run: `python tests/corpus_final/make_final.py`.
It imports only the standard library and its sibling content modules.
"""

from __future__ import annotations

import csv
import hashlib
import html
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ME = ("Robin Okafor", "robin.okafor@example.net")
KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)


@dataclass
class Spec:
    """One message: its words, its MIME shape and its labels."""

    kind: str
    slug: str
    lang: str
    frm: tuple[str, str]
    subject: str
    text: str
    date: str
    company: str = ""
    contact: str = ""
    to: tuple[str, str] = ME
    cc: tuple[tuple[str, str], ...] = ()
    reply_to: tuple[str, str] | None = None
    html: str | None = None  # explicit HTML; else derived from text when fmt needs one
    fmt: str = "plain"  # plain | html | alt
    layout: int = 0  # which HTML skeleton derive_html uses
    charset: str = "utf-8"
    cte: str | None = None  # None: let the email package choose
    ics: str | None = None  # a VCALENDAR text
    attach: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)
    in_reply_to: str | None = None
    encode_names: bool = False  # force RFC 2047 on the display name even when ASCII


def msgid(spec: Spec, n: int) -> str:
    digest = hashlib.sha1(f"{spec.slug}{n}".encode()).hexdigest()[:16]
    domain = spec.frm[1].split("@", 1)[1]
    return f"<{digest}.{n:03d}@{domain}>"


def thread_id(seed: str, domain: str) -> str:
    """A stable Message-ID for an earlier message in a thread (quoted in the body)."""
    digest = hashlib.sha1(seed.encode()).hexdigest()[:20]
    return f"<{digest}@{domain}>"


URL_RE = re.compile(r"https?://\S+")


def _link(url: str, n: int) -> str:
    token = hashlib.sha1(url.encode()).hexdigest()[:24]
    tracked = f"https://click.mlsend.example.com/ls/click?upn={token}&amp;n={n}"
    return f'<a href="{tracked}" style="color:#1a5fb4;text-decoration:underline">{html.escape(url)}</a>'


def _paragraphs(text: str) -> list[str]:
    out = []
    for n, block in enumerate(text.strip("\n").split("\n\n")):
        escaped = html.escape(block)
        escaped = URL_RE.sub(lambda m, n=n: _link(html.unescape(m.group(0)), n), escaped)
        out.append(escaped.replace("\n", "<br>\n"))
    return out


def derive_html(spec: Spec) -> str:
    """Wrap the text in one of several HTML skeletons that marketing tools and ATSs produce."""
    paras = _paragraphs(spec.text)
    pixel = (
        '<img src="https://t.mlsend.example.com/open/'
        + hashlib.sha1(spec.slug.encode()).hexdigest()[:16]
        + '.gif" width="1" height="1" alt="" style="display:none">'
    )
    if spec.layout == 1:  # Outlook / Word
        body = "\n".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>' for p in paras)
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri,sans-serif}"
            '</style></head><body lang="EN-GB"><div class="WordSection1">\n'
            + body
            + "\n</div></body></html>"
        )
    if spec.layout == 2:  # a bare div, as webmail sends it
        return "<div dir=\"ltr\">" + "".join(f"<div>{p}</div><div><br></div>" for p in paras) + "</div>"
    # layout 0: an ATS/marketing table with a logo, a footer and an open pixel
    brand = html.escape(spec.company or spec.frm[0])
    rows = "\n".join(
        f'<tr><td style="padding:0 32px 16px 32px;font:15px/22px Helvetica,Arial,sans-serif;'
        f'color:#222">{p}</td></tr>'
        for p in paras
    )
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title></title></head>"
        '<body style="margin:0;background:#f4f4f7">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
        'style="background:#f4f4f7"><tr><td align="center">'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border-radius:6px">'
        f'<tr><td style="padding:24px 32px"><img src="https://cdn.example.com/logo.png" '
        f'alt="{brand} logo" height="32"></td></tr>\n'
        + rows
        + '\n<tr><td style="padding:16px 32px;font:11px Arial,sans-serif;color:#888">'
        "You are receiving this email because of your activity on our careers site. "
        '<a href="https://click.mlsend.example.com/privacy" style="color:#888">Privacy</a>'
        "</td></tr></table></td></tr></table>"
        + pixel
        + "</body></html>"
    )


def _address(name_addr: tuple[str, str]) -> str:
    name, addr = name_addr
    return str(Address(name, addr_spec=addr)) if name else addr


def render(spec: Spec, n: int) -> bytes:
    """The message's bytes; encode_names forces an RFC 2047 From name as some mailers write it."""
    raw = build(spec, n).as_bytes(policy=SMTP)
    name = spec.frm[0]
    if spec.encode_names and name.isascii():
        encoded = Header(name, "utf-8").encode()
        raw = raw.replace(f"From: {name} <".encode(), f"From: {encoded} <".encode(), 1)
    return raw


def build(spec: Spec, n: int) -> EmailMessage:
    """The MIME message for one spec."""
    msg = EmailMessage()
    msg["From"] = _address(spec.frm)
    msg["To"] = _address(spec.to)
    if spec.cc:
        msg["Cc"] = ", ".join(_address(c) for c in spec.cc)
    if spec.reply_to:
        msg["Reply-To"] = _address(spec.reply_to)
    msg["Subject"] = spec.subject
    when = datetime.fromisoformat(spec.date)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = msgid(spec, n)
    parent = spec.in_reply_to
    if parent is None and spec.subject.lower().startswith(("re:", "aw:", "r:", "fw:", "fwd:")):
        parent = thread_id(spec.slug + "/parent", spec.to[1].split("@", 1)[1])
    if parent:
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    msg["MIME-Version"] = "1.0"
    for key, value in spec.headers.items():
        msg[key] = value

    text_kw: dict[str, str] = {"charset": spec.charset}
    cte = spec.cte or _default_cte(spec)
    if cte:
        text_kw["cte"] = cte
    body_html = spec.html if spec.html is not None else derive_html(spec)
    if spec.fmt == "html":
        msg.set_content(body_html, subtype="html", **text_kw)
    else:
        msg.set_content(spec.text, **text_kw)
        if spec.fmt == "alt":
            html_kw = {"cte": "base64"} if cte == "base64" else {}
            msg.add_alternative(body_html, subtype="html", charset="utf-8", **html_kw)
    if spec.ics:
        ics = spec.ics.replace("\n", "\r\n")
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(ics, subtype="calendar", charset="utf-8", params={"method": _method(ics)})
    for name in spec.attach:
        payload = (b"%PDF-1.4\n% fake document for a test corpus\n" + name.encode() + b"\n%%EOF\n")
        msg.add_attachment(payload, maintype="application", subtype="pdf", filename=name)
    return msg


def _default_cte(spec: Spec) -> str | None:
    """Spread transfer encodings over the corpus independently of the words (stable per slug)."""
    bucket = int(hashlib.sha1(spec.slug.encode()).hexdigest(), 16) % 6
    if bucket == 0:
        return "base64"
    if bucket == 1 and spec.charset == "utf-8":
        return "8bit"
    return None


def _method(ics: str) -> str:
    found = re.search(r"^METHOD:(\w+)", ics, re.M)
    return found.group(1) if found else "PUBLISH"


def ics(
    uid: str,
    start: str,
    minutes: int,
    summary: str,
    organizer: tuple[str, str],
    method: str = "REQUEST",
    sequence: int = 0,
    location: str = "",
    tzid: str | None = None,
) -> str:
    """A small VCALENDAR; start is local ISO time when tzid is given, else UTC."""
    begin = datetime.fromisoformat(start)
    end = begin + timedelta(minutes=minutes)
    if tzid:
        dtstart = f"DTSTART;TZID={tzid}:{begin:%Y%m%dT%H%M%S}"
        dtend = f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}"
    else:
        dtstart = f"DTSTART:{begin.astimezone(UTC):%Y%m%dT%H%M%SZ}"
        dtend = f"DTEND:{end.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Example Corp//Scheduler 4.2//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{begin - timedelta(days=2):%Y%m%dT%H%M%S}Z",
        dtstart,
        dtend,
        f"SUMMARY:{summary}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}",
        f"SEQUENCE:{sequence}",
        f"STATUS:{status}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\n".join(lines)


# Quoted-chain helpers: each returns the attribution line plus the quoted text.
def q_gmail(who: tuple[str, str], when: str, text: str) -> str:
    return f"On {when} {who[0]} <{who[1]}> wrote:\n" + _quote(text)


def q_de(who: tuple[str, str], when: str, text: str) -> str:
    return f"Am {when} schrieb {who[0]} <{who[1]}>:\n" + _quote(text)


def q_fr(who: tuple[str, str], when: str, text: str) -> str:
    return f"Le {when}, {who[0]} <{who[1]}> a écrit :\n" + _quote(text)


def q_es(who: tuple[str, str], when: str, text: str) -> str:
    return f"El {when}, {who[0]} (<{who[1]}>) escribió:\n" + _quote(text)


def q_outlook(who: tuple[str, str], to: tuple[str, str], sent: str, subject: str, text: str) -> str:
    return (
        "________________________________\n"
        f"From: {who[0]} <{who[1]}>\nSent: {sent}\nTo: {to[0]} <{to[1]}>\nSubject: {subject}\n\n"
        + text.strip("\n")
        + "\n"
    )


def q_forward(who: tuple[str, str], date: str, subject: str, to: tuple[str, str], text: str) -> str:
    return (
        "---------- Forwarded message ---------\n"
        f"From: {who[0]} <{who[1]}>\nDate: {date}\nSubject: {subject}\nTo: {to[0]} <{to[1]}>\n\n"
        + text.strip("\n")
        + "\n"
    )


def _quote(text: str) -> str:
    return "".join(("> " + line if line else ">") + "\n" for line in text.strip("\n").split("\n"))


def all_specs() -> list[Spec]:
    sys.path.insert(0, str(HERE))
    try:
        import final_acks
        import final_interviews
        import final_missed
        import final_offers
        import final_other
        import final_rejections
        import final_reschedules
    finally:
        sys.path.remove(str(HERE))

    specs: list[Spec] = []
    for module in (
        final_rejections,
        final_interviews,
        final_reschedules,
        final_missed,
        final_acks,
        final_offers,
        final_other,
    ):
        specs.extend(module.SPECS)
    return specs


def main() -> None:
    specs = all_specs()
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    seen: set[str] = set()
    for n, spec in enumerate(specs, start=1):
        if spec.kind not in KINDS:
            raise SystemExit(f"{spec.slug}: unknown kind {spec.kind}")
        if spec.slug in seen:
            raise SystemExit(f"duplicate slug {spec.slug}")
        seen.add(spec.slug)
        rel = f"{spec.kind}/{n:03d}_{spec.slug}.eml"
        try:
            (spec.html or spec.text).encode(spec.charset)
        except UnicodeEncodeError as exc:
            raise SystemExit(f"{spec.slug}: text does not fit {spec.charset}: {exc}") from exc
        (HERE / rel).write_bytes(render(spec, n))
        rows.append([rel, spec.kind, spec.company, spec.contact, spec.lang])
    with (HERE / "labels.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
