"""Writes the 78th labelled corpus: <kind>/<nnn>_<scenario>.eml and labels.csv.

The messages themselves are hand-written in the msgs78_*.py modules beside this file (one per
group of kinds); this script only turns each spec into MIME bytes, choosing the structure the
spec asks for (plain, HTML-only, multipart/alternative, calendar parts, attachments, quoted
chains, charsets and transfer encodings). It imports only the standard library and those
modules, and it writes and deletes files inside its own folder only.

Run: python tests/corpus_seventyeighth/make_seventyeighth.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import sys
from datetime import UTC, datetime
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

ME = "Valentina Ríos-Okoye <valentina.ro@example.mx>"
KIND_ORDER = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]


def M(kind: str, slug: str, lang: str, frm: str, subject: str, body: str, date: str,
      **extra: Any) -> dict[str, Any]:
    """One message spec; the modules call this so every spec has the same required fields."""
    return {"kind": kind, "slug": slug, "lang": lang, "frm": frm, "subject": subject,
            "body": body, "date": date, **extra}


def _digest(text: str, n: int = 12) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def _domain(addr: str) -> str:
    return parseaddr(addr)[1].rsplit("@", 1)[-1] or "example.com"


def _addr_header(value: str) -> str:
    """Encodes display names as RFC 2047 when they are not ASCII, as mail programs do."""
    out = []
    for item in value.split(";"):
        name, addr = parseaddr(item.strip())
        out.append(formataddr((name, addr), charset="utf-8") if name else addr)
    return ", ".join(out)


def _subject(value: str, charset: str) -> str:
    if value.isascii():
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset).encode()


def _when(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def _quote_block(q: dict[str, Any]) -> str:
    """The quoted earlier message, in the reply style of the mail program named by q['style']."""
    when = _when(q["date"])
    who, text = q["who"], q["text"].strip("\n")
    name, addr = parseaddr(who)
    style = q["style"]
    if style == "outlook":
        return ("\n\n________________________________\n"
                f"From: {name} <{addr}>\nSent: {when.strftime('%A, %B %d, %Y %I:%M %p')}\n"
                f"To: Valentina Ríos-Okoye <valentina.ro@example.mx>\n"
                f"Subject: {q.get('subject', 'RE: Candidatura')}\n\n{text}\n")
    if style == "outlook_es":
        return ("\n\nDe: " + f"{name} <{addr}>\nEnviado: {when.strftime('%d/%m/%Y %H:%M')}\n"
                "Para: Valentina Ríos-Okoye <valentina.ro@example.mx>\n"
                f"Asunto: {q.get('subject', 'RE: Candidatura')}\n\n{text}\n")
    lead = {
        "gmail": f"On {when.strftime('%a, %b %d, %Y at %I:%M %p')} {name} <{addr}> wrote:",
        "es": f"El {when.strftime('%d/%m/%Y')}, a las {when.strftime('%H:%M')}, {name} "
              f"<{addr}> escribió:",
        "fr": f"Le {when.strftime('%d/%m/%Y')} à {when.strftime('%H:%M')}, {name} <{addr}> "
              "a écrit :",
        "de": f"Am {when.strftime('%d.%m.%Y')} um {when.strftime('%H:%M')} schrieb {name} "
              f"<{addr}>:",
    }[style]
    quoted = "\n".join(("> " + line) if line else ">" for line in text.splitlines())
    return f"\n\n{lead}\n{quoted}\n"


_WRAPS = [
    ('<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f7">'
     '<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Arial,'
     'sans-serif;font-size:14px;color:#333"><tr><td style="padding:24px">'
     '<img src="https://cdn.{dom}/logo.png" alt="{logo}" width="120"></td></tr>'
     '<tr><td style="padding:0 24px 24px 24px">{body}</td></tr><tr><td style="padding:12px 24px;'
     'font-size:11px;color:#999">{foot}</td></tr></table></td></tr></table>'),
    ('<div style="font-family:Helvetica,Arial;font-size:15px;line-height:1.5;max-width:640px">'
     '{body}<hr style="border:none;border-top:1px solid #eee"><p style="font-size:12px;'
     'color:#888"><img src="https://img.{dom}/sig.gif" alt="{logo}"> {foot}</p></div>'),
    ('<html><head><meta charset="utf-8"><style>p{{margin:0 0 12px}}</style></head><body>'
     '<div dir="ltr">{body}</div><div style="color:#777;font-size:11px">{foot}</div>'
     '<img src="https://t.{dom}/open/{tok}.gif" width="1" height="1" alt=""></body></html>'),
]


def _html_from_text(text: str, spec: dict[str, Any]) -> str:
    """HTML as an ATS or mail client would render the same words, with tracking links."""
    dom = _domain(spec["frm"])
    tok = _digest(spec["slug"], 16)
    paras = []
    for chunk in text.strip().split("\n\n"):
        inner = html.escape(chunk).replace("\n", "<br>")
        for url in spec.get("links", []):
            esc = html.escape(url)
            inner = inner.replace(
                esc, f'<a href="https://click.{dom}/ls/click?upn={tok}&amp;u={esc}" '
                f'style="color:#1a73e8">{esc}</a>')
        paras.append(f"<p>{inner}</p>")
    wrap = _WRAPS[int(tok, 16) % len(_WRAPS)]
    return wrap.format(dom=dom, tok=tok, logo=html.escape(spec.get("logo", dom)),
                       body="".join(paras), foot=html.escape(spec.get("foot", "")))


def _part(content: str | bytes, ctype: str, charset: str, cte: str,
          params: str = "", filename: str = "") -> bytes:
    # HTML writes what its charset lacks (a euro sign in iso-8859-1) as a character reference.
    errors = "xmlcharrefreplace" if ctype == "text/html" else "strict"
    raw = content if isinstance(content, bytes) else content.encode(charset, errors)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).replace(b"\r\n", b"\n")
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        payload = raw if raw.endswith(b"\n") else raw + b"\n"
    head = f"Content-Type: {ctype}"
    if not isinstance(content, bytes):
        head += f'; charset="{charset}"'
    head += params
    lines = [head, f"Content-Transfer-Encoding: {cte}"]
    if filename:
        lines.append(f'Content-Disposition: attachment; filename="{filename}"')
    return ("\n".join(lines) + "\n\n").encode() + payload


def _multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode()]
    for p in parts:
        out.append(f"--{boundary}\n".encode() + p + b"\n")
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


def _ics(ev: dict[str, Any], spec: dict[str, Any]) -> str:
    org_name, org_addr = parseaddr(ev.get("organizer", spec["frm"]))
    lines = [
        "BEGIN:VCALENDAR", "PRODID:" + ev.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0", f"METHOD:{ev.get('method', 'REQUEST')}", "BEGIN:VEVENT",
        f"UID:{ev.get('uid', _digest(spec['slug'], 24) + '@' + _domain(spec['frm']))}",
        f"DTSTAMP:{_when(spec['date']).astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{ev['start']}", f"DTEND:{ev['end']}", f"SUMMARY:{ev['summary']}",
        f"SEQUENCE:{ev.get('seq', 0)}", f"STATUS:{ev.get('status', 'CONFIRMED')}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Valentina Ríos-Okoye:"
        "mailto:valentina.ro@example.mx",
    ]
    if ev.get("location"):
        lines.append(f"LOCATION:{ev['location']}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode()) > 74:
            folded.append(line[:70])
            line = " " + line[70:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def build(spec: dict[str, Any]) -> bytes:
    """The message's bytes: headers, then the body in the structure the spec names."""
    charset = spec.get("cs", "utf-8")
    fmt = spec.get("fmt", "plain")
    cte = spec.get("cte", "8bit" if charset == "utf-8" else "quoted-printable")
    text = spec["body"].strip("\n") + "\n"
    if spec.get("quote"):
        text = text.rstrip("\n") + "\n" + _quote_block(spec["quote"])
    dom = _domain(spec["frm"])
    mid = f"<{_digest(spec['slug'] + spec['date'], 20)}.{spec['slug'][:18]}@{dom}>"
    headers = [
        ("Return-Path", f"<{spec.get('envelope', parseaddr(spec['frm'])[1])}>"),
        ("Date", format_datetime(_when(spec["date"]))),
        ("From", _addr_header(spec["frm"])),
        ("To", _addr_header(spec.get("to", ME))),
    ]
    if spec.get("cc"):
        headers.append(("Cc", _addr_header(spec["cc"])))
    if spec.get("reply_to"):
        headers.append(("Reply-To", _addr_header(spec["reply_to"])))
    headers += [("Subject", _subject(spec["subject"], charset)), ("Message-ID", mid)]
    if spec.get("quote"):
        parent = f"<{_digest(spec['slug'] + 'parent', 20)}@{_domain(spec['quote']['who'])}>"
        headers += [("In-Reply-To", parent), ("References", parent)]
    headers += list(spec.get("hdrs", {}).items())
    headers.append(("MIME-Version", "1.0"))

    boundary = "_b78_" + _digest(spec["slug"], 16)
    html_text = spec.get("html") or (_html_from_text(text, spec) if fmt in ("html", "alt") else "")
    if fmt == "html":
        body = _part(html_text, "text/html", charset, cte)
    elif fmt == "alt":
        body = _multipart("alternative", [_part(text, "text/plain", charset, cte),
                                          _part(html_text, "text/html", charset, cte)], boundary)
    else:
        body = _part(text, "text/plain", charset, cte)
    if spec.get("ics"):
        ev = spec["ics"]
        cal = _part(_ics(ev, spec), "text/calendar", "utf-8", "7bit" if _ics(ev, spec).isascii()
                    else "base64", params=f"; method={ev.get('method', 'REQUEST')}")
        body = _multipart("alternative", [_part(text, "text/plain", charset, cte), cal],
                          boundary + "c")
    if spec.get("attach"):
        fname, ctype = spec["attach"]
        blob = b"%PDF-1.4\n% corpus78 placeholder\n" + _digest(fname, 40).encode() + b"\n%%EOF\n"
        body = _multipart("mixed", [body, _part(blob, ctype, charset, "base64", filename=fname)],
                          boundary + "m")
    head = "".join(f"{k}: {v}\n" for k, v in headers).encode()
    return head + body


def main() -> None:
    import msgs78_jobs_a
    import msgs78_jobs_b
    import msgs78_jobs_c
    import msgs78_other

    specs = (msgs78_jobs_a.MESSAGES + msgs78_jobs_b.MESSAGES + msgs78_jobs_c.MESSAGES
             + msgs78_other.MESSAGES)
    for kind in KIND_ORDER:
        for old in (ROOT / kind).glob("*.eml"):
            old.unlink()
    rows = []
    counters = dict.fromkeys(KIND_ORDER, 0)
    seen: set[str] = set()
    for spec in specs:
        assert spec["slug"] not in seen, spec["slug"]
        seen.add(spec["slug"])
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
        (ROOT / spec["kind"]).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(build(spec))
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(len(rows), counters)


if __name__ == "__main__":
    main()
