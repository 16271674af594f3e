"""Writes the sixty-third labelled corpus: one .eml per message plus labels.csv.

The messages themselves live in the msgs63_*.py data modules next to this file (hand-written,
one entry per message); this module only renders them into MIME with the structure each entry
asks for (plain, HTML-only, alternative, calendar part, attachment; charset and transfer
encoding) and writes the label file. It imports only the standard library and those modules,
and it creates or deletes files only inside tests/corpus_sixtythird/.

Run: python tests/corpus_sixtythird/make_sixtythird.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import quopri
import sys
import zlib
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

ME = "Lukas Brenner-Osei <lukas.bo@example.de>"
ME_ADDR = "lukas.bo@example.de"
KIND_DIRS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)


def _when(text: str) -> datetime:
    """'2026-03-14 09:12 +0100' -> aware datetime (entries are written in local office time)."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def _addr_header(value: str, charset: str) -> str:
    """Encodes non-ASCII display names as RFC 2047 words, as most mail programs do."""
    out = []
    for one in value.split(";"):
        name, addr = parseaddr(one.strip())
        if not addr:
            continue
        if name and not name.isascii():
            out.append(formataddr((name, addr), charset="utf-8" if charset == "utf-8" else charset))
        elif name:
            out.append(formataddr((name, addr)))
        else:
            out.append(addr)
    return ", ".join(out)


def _subject(text: str, charset: str, force: bool) -> str:
    if text.isascii() and not force:
        return text
    cs = "utf-8" if text.isascii() or charset == "utf-8" else charset
    try:
        return Header(text, cs, maxlinelen=76).encode()
    except UnicodeEncodeError:
        return Header(text, "utf-8", maxlinelen=76).encode()


LATIN1_FALLBACK = str.maketrans({"„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'",
                                 "–": "-", "—": "-", "…": "...", "€": "EUR"})


def _leaf(content: str, subtype: str, charset: str, cte: str, extra: str = "") -> str:
    """One text/* part: headers and the body in the requested transfer encoding.

    Latin-1 has no typographic quotes, dashes or euro sign, so they fall back to ASCII the way
    an old mail program would have typed them.
    """
    if charset == "iso-8859-1":
        content = content.translate(LATIN1_FALLBACK)
    raw = content.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        body = raw.decode(charset)
        if cte == "7bit" and not body.isascii():
            cte = "8bit"
    head = f"Content-Type: text/{subtype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n"
    return head + "\n" + body.rstrip("\n") + "\n"


HTML_SHELLS = {
    "ats": (
        '<!DOCTYPE html><html><head><meta charset="{cs}"></head>'
        '<body style="margin:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif">'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
        '<table width="600" style="background:#ffffff;border:1px solid #e1e4e8"><tr>'
        '<td style="padding:18px 28px;border-bottom:3px solid {color}">'
        '<img src="https://cdn.{dom}/logo.png" alt="{alt}" height="32"></td></tr>'
        '<tr><td style="padding:24px 28px;font-size:14px;line-height:1.55;color:#24292e">{body}</td></tr>'
        '<tr><td style="padding:12px 28px;font-size:11px;color:#8a8f98">{foot}</td></tr>'
        '</table></td></tr></table>'
        '<img src="https://t.{dom}/o/{tid}.gif" width="1" height="1" alt=""></body></html>'
    ),
    "outlook": (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset={cs}"><style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;'
        'font-family:"Calibri",sans-serif}} --></style></head><body lang="DE" link="#0563C1">'
        '<div class="WordSection1">{body}<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">'
        '{foot}</span></p></div></body></html>'
    ),
    "simple": '<html><body><div dir="ltr">{body}</div></body></html>',
    "news": (
        '<html><body style="background:#fafafa"><center><table width="640" cellpadding="0" cellspacing="0" '
        'style="font-family:Helvetica,sans-serif"><tr><td bgcolor="{color}" style="padding:14px;color:#fff;'
        'font-size:20px"><img alt="{alt}" src="https://img.{dom}/h.png"></td></tr>'
        '<tr><td style="padding:20px">{body}</td></tr><tr><td style="font-size:11px;color:#999;padding:16px">'
        '{foot}<br><a href="https://links.{dom}/u/{tid}">Abmelden / Unsubscribe</a></td></tr></table></center>'
        '<img src="https://links.{dom}/open/{tid}" width="1" height="1"></body></html>'
    ),
}


def _html(text: str, style: str, charset: str, dom: str, alt: str, foot: str, tid: str) -> str:
    """Turns the entry's text into HTML; lines 'URL: label' become tracked links."""
    paras = []
    for block in text.strip().split("\n\n"):
        lines = []
        for line in block.split("\n"):
            if line.startswith("URL:"):
                label = line[4:].strip()
                lines.append(
                    f'<a href="https://click.{dom}/ls/{tid}/{zlib.crc32(label.encode()) % 99991}" '
                    f'style="color:#0b66c3">{escape(label)}</a>'
                )
            else:
                lines.append(escape(line))
        tag = 'p class="MsoNormal"' if style == "outlook" else "p"
        paras.append(f"<{tag}>" + "<br>".join(lines) + f"</{tag.split()[0]}>")
    return HTML_SHELLS[style].format(
        cs=charset, body="\n".join(paras), dom=dom, alt=escape(alt), foot=escape(foot),
        color="#1a5fb4", tid=tid,
    )


def _plain(text: str, dom: str, tid: str) -> str:
    out = []
    for line in text.strip().split("\n"):
        if line.startswith("URL:"):
            out.append(f"{line[4:].strip()}: https://click.{dom}/ls/{tid}")
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def _ics(spec: dict, organizer: str) -> str:
    start = _when(spec["start"]).astimezone(UTC)
    end = start + timedelta(minutes=spec.get("minutes", 45))
    method = spec.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{spec['uid']}",
        f"DTSTAMP:{start.strftime('%Y%m%d')}T080000Z", f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}", f"SUMMARY:{spec['summary']}",
        f"LOCATION:{spec.get('location', 'Microsoft Teams-Besprechung')}",
        f"ORGANIZER;CN=\"{parseaddr(organizer)[0] or 'Organizer'}\":mailto:{parseaddr(organizer)[1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_ADDR}",
        f"SEQUENCE:{spec.get('sequence', 0)}", f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def render(e: dict, index: int) -> bytes:
    """One entry -> the bytes of an RFC 5322 message."""
    cs = e.get("charset", "utf-8")
    cte = e.get("cte", "quoted-printable" if cs != "utf-8" else "8bit")
    frm = e["frm"]
    dom = parseaddr(frm)[1].split("@")[1]
    when = _when(e["date"])
    tid = hashlib.sha1(f"{e['slug']}{index}".encode()).hexdigest()[:16]
    msgid = e.get("msgid") or f"<{tid[:10]}.{when.strftime('%Y%m%d%H%M')}@{e.get('mid_host', dom)}>"
    head = [
        f"Return-Path: <{e.get('return_path', parseaddr(frm)[1])}>",
        f"Date: {format_datetime(when)}",
        f"From: {_addr_header(frm, cs)}",
        f"To: {_addr_header(e.get('to', ME), cs)}",
    ]
    if e.get("cc"):
        head.append(f"Cc: {_addr_header(e['cc'], cs)}")
    if e.get("reply_to"):
        head.append(f"Reply-To: {_addr_header(e['reply_to'], cs)}")
    head.append(f"Subject: {_subject(e['subject'], cs, e.get('encode_subject', False))}")
    head.append(f"Message-ID: {msgid}")
    if e.get("reply_of"):
        parent = f"<{e['reply_of']}>"
        head.append(f"In-Reply-To: {parent}")
        head.append(f"References: {e.get('refs', '') + ' ' if e.get('refs') else ''}{parent}")
    for name, value in e.get("headers", {}).items():
        head.append(f"{name}: {value}")
    head.append("MIME-Version: 1.0")

    fmt = e.get("fmt", "plain")
    text = e["body"]
    alt = e.get("alt", parseaddr(frm)[0] or dom)
    foot = e.get("foot", "")
    style = e.get("style", "ats")
    boundary = f"=_{tid}_{index:03d}"
    if fmt == "plain":
        body = _leaf(_plain(text, dom, tid), "plain", cs, cte)
    elif fmt == "html":
        body = _leaf(_html(text, style, cs, dom, alt, foot, tid), "html", cs, cte)
    else:
        plain_text = text + "\n\n" + foot if foot else text
        alt_part = (
            f'Content-Type: multipart/alternative; boundary="{boundary}a"\n\n'
            f"--{boundary}a\n{_leaf(_plain(plain_text, dom, tid), 'plain', cs, cte)}"
            f"--{boundary}a\n{_leaf(_html(text, style, cs, dom, alt, foot, tid), 'html', cs, cte)}"
        )
        if fmt == "ics":
            cal = _ics(e["ics"], e.get("organizer", frm))
            method = e["ics"].get("method", "REQUEST")
            alt_part += (
                f"--{boundary}a\nContent-Type: text/calendar; charset=\"utf-8\"; method={method}\n"
                f"Content-Transfer-Encoding: base64\n\n{base64.encodebytes(cal.encode()).decode()}"
            )
        alt_part += f"--{boundary}a--\n"
        body = alt_part
        if e.get("attach"):
            name = e["attach"]
            payload = base64.encodebytes(f"%PDF-1.4\n% {name} (placeholder)\n%%EOF\n".encode()).decode()
            body = (
                f'Content-Type: multipart/mixed; boundary="{boundary}m"\n\n--{boundary}m\n{alt_part}'
                f'--{boundary}m\nContent-Type: application/pdf; name="{name}"\n'
                f'Content-Disposition: attachment; filename="{name}"\nContent-Transfer-Encoding: base64\n\n'
                f"{payload}--{boundary}m--\n"
            )
    raw = "\n".join(head) + "\n" + body
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode(cs if cte == "8bit" else "ascii", "strict")


def main() -> None:
    import msgs63_jobs
    import msgs63_more
    import msgs63_other

    entries = msgs63_jobs.ENTRIES + msgs63_more.ENTRIES + msgs63_other.ENTRIES
    for kind in KIND_DIRS:
        folder = ROOT / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    rows = []
    for index, e in enumerate(entries, start=1):
        assert e["kind"] in KIND_DIRS, e["slug"]
        rel = f"{e['kind']}/{index:03d}_{e['slug']}.eml"
        (ROOT / rel).write_bytes(render(e, index))
        company = "" if e["kind"] == "other" else e["company"]
        rows.append([rel, e["kind"], company, e.get("contact", ""), e["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
