"""Writes the eightieth labelled corpus: Callum Ng-Hargreaves's job-search inbox, Jan-Oct 2026.

The messages themselves live in the msgs80_*.py modules beside this file (one list of plain dicts
per group of kinds); this module only turns each dict into raw RFC 5322 bytes (charset, transfer
encoding, HTML skin, quoted reply chain, calendar part, attachment) and writes labels.csv. It
imports only the standard library and those data modules, and it creates or deletes files only
inside its own folder.

Run: python tests/corpus_eightieth/make_eightieth.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import re
import sys
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs80_ack_offer  # noqa: E402
import msgs80_interviews  # noqa: E402
import msgs80_other  # noqa: E402
import msgs80_rejection  # noqa: E402

CAND = "callum.nh@example.com.au"
CAND_NAME = "Callum Ng-Hargreaves"
KIND_ORDER = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]


def _hash(text: str, n: int = 12) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def _when(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")


def _addr(pair: tuple[str, str] | str, charset: str) -> str:
    if isinstance(pair, str):
        return pair
    name, email = pair
    if not name:
        return email
    return formataddr((name, email), charset=charset)


def _subject(text: str, charset: str, force: bool) -> str:
    if text.isascii() and not force:
        return text
    return Header(text, charset).encode(linesep="\n")


def _codec(charset: str) -> str:
    return {"windows-1252": "cp1252", "iso-8859-1": "latin-1"}.get(charset, charset)


_QUOTE_HEAD = {
    "gmail": "On {when}, {who} wrote:",
    "de": "Am {when} schrieb {who}:",
    "fr": "Le {when}, {who} a écrit :",
    "es": "El {when}, {who} escribió:",
}


def _quote(chain: list[tuple[str, str, str, str]]) -> str:
    """Render a reply chain, newest first; Outlook blocks are not '>'-prefixed, the others are."""
    out = []
    depth = 1
    for style, who, when, text in chain:
        if style == "outlook":
            out.append(
                "\n________________________________\n"
                f"From: {who}\nSent: {when}\nTo: {CAND_NAME} <{CAND}>\n\n{text.strip()}\n"
            )
        else:
            prefix = "> " * depth
            lines = "\n".join((prefix + ln).rstrip() for ln in text.strip().splitlines())
            out.append("\n" + _QUOTE_HEAD[style].format(when=when, who=who) + "\n" + lines + "\n")
            depth += 1
    return "".join(out)


_URL = re.compile(r"https?://[^\s<>\"]+")


def _html(body: str, skin: str, seed: str) -> str:
    """HTML rendering of a plain body in one of a few real-world shapes."""
    def link(match: re.Match[str]) -> str:
        url = match.group(0)
        if skin in ("ats", "news"):
            tracked = f"https://click.mlsend.example.net/ls/click?upn={_hash(url + seed, 24)}"
            return f'<a href="{tracked}" style="color:#0b5cab">{url}</a>'
        return f'<a href="{url}">{url}</a>'

    paras = []
    for block in body.strip().split("\n\n"):
        esc = html.escape(block)
        esc = _URL.sub(link, esc).replace("\n", "<br>\n")
        paras.append(esc)
    if skin == "gmail":
        inner = "".join(f"<div>{p}</div><div><br></div>\n" for p in paras)
        return f'<div dir="ltr">{inner}</div>\n'
    if skin == "outlook":
        inner = "".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>\n' for p in paras)
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri,sans-serif}</style>"
            f'</head><body lang="EN-AU"><div class="WordSection1">\n{inner}</div></body></html>\n'
        )
    rows = "".join(
        f'<tr><td style="padding:6px 24px;font-family:Arial,Helvetica,sans-serif;'
        f'font-size:14px;line-height:20px;color:#333333">{p}</td></tr>\n'
        for p in paras
    )
    pixel = f'<img src="https://t.mlsend.example.net/o/{_hash(seed, 20)}.gif" width="1" height="1" alt="">'
    extra = ""
    if skin == "news":
        extra = (
            '<tr><td style="font-size:11px;color:#888;padding:12px 24px">'
            f'<a href="https://click.mlsend.example.net/unsub?u={_hash(seed, 16)}">Unsubscribe</a> | '
            f'<a href="https://click.mlsend.example.net/prefs?u={_hash(seed, 16)}">Manage preferences</a>'
            " | <a href=\"https://click.mlsend.example.net/web\">View in browser</a></td></tr>\n"
        )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        '<body style="margin:0;background:#f4f4f4">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;border:1px solid #e5e5e5">\n'
        '<tr><td style="padding:18px 24px;background:#1f2d3d">'
        f'<img src="https://assets.mlsend.example.net/logo/{_hash(seed, 8)}.png" alt="Company logo" '
        'height="32"></td></tr>\n'
        f"{rows}{extra}</table></td></tr></table>{pixel}</body></html>\n"
    )


def _ics(spec: dict[str, str]) -> str:
    method = spec.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{spec.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"DTSTAMP:{spec.get('stamp', '20260101T000000Z')}",
        f"DTSTART:{spec['start']}",
        f"DTEND:{spec['end']}",
        f"SUMMARY:{spec['summary']}",
        f"LOCATION:{spec.get('location', 'Microsoft Teams Meeting')}",
        f"ORGANIZER;CN={spec['org_name']}:mailto:{spec['org']}",
        f"ATTENDEE;CN={CAND_NAME};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CAND}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        f"SEQUENCE:{spec.get('sequence', '0')}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def _leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> list[str]:
    raw = text.encode(_codec(charset))
    if cte == "7bit" and not raw.isascii():
        cte = "quoted-printable"
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        enc = base64.b64encode(raw).decode("ascii")
        payload = "\n".join(enc[i : i + 76] for i in range(0, len(enc), 76)) + "\n"
    else:
        payload = raw.decode(_codec(charset))
    head = [f'Content-Type: {ctype}; charset="{charset}"{extra}', f"Content-Transfer-Encoding: {cte}"]
    return [*head, "", payload.rstrip("\n"), ""]


def _multipart(subtype: str, parts: list[list[str]], boundary: str) -> list[str]:
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"', "", ""]
    for part in parts:
        out += [f"--{boundary}", *part]
    out += [f"--{boundary}--", ""]
    return out


def build(msg: dict, n: int) -> bytes:
    """Raw bytes of one scenario dict (keys documented in README.md)."""
    charset = msg.get("charset", "utf-8")
    hcharset = "utf-8" if charset == "utf-8" else "iso-8859-1"
    cte = msg.get("cte", "7bit" if msg["body"].isascii() else "quoted-printable")
    frm = msg["frm"]
    sender_email = frm if isinstance(frm, str) else frm[1]
    domain = msg.get("mid_domain", sender_email.split("@")[1])
    date = _when(msg["date"])
    seed = f"{n}-{msg['slug']}"
    headers = [
        f"Return-Path: <{msg.get('return_path', sender_email)}>",
        f"Received: from {msg.get('mta', 'mail.' + domain)} (mta{n % 7}.{domain} [198.51.100.{n % 200 + 20}])\n"
        f"\tby mx.example.com.au with ESMTPS id {_hash(seed, 10)}\n\tfor <{CAND}>; {format_datetime(date)}",
        f"Message-ID: <{_hash(seed, 16)}.{n}@{domain}>",
        f"Date: {format_datetime(date)}",
        f"From: {_addr(frm, hcharset)}",
        f"To: {', '.join(_addr(t, hcharset) for t in msg.get('to', [(CAND_NAME, CAND)]))}",
    ]
    if msg.get("cc"):
        headers.append(f"Cc: {', '.join(_addr(t, hcharset) for t in msg['cc'])}")
    if msg.get("reply_to"):
        headers.append(f"Reply-To: {_addr(msg['reply_to'], hcharset)}")
    headers.append(f"Subject: {_subject(msg['subject'], hcharset, msg.get('enc_subject', False))}")
    if msg.get("quote") or msg["subject"].lower().startswith(("re:", "aw:", "rép", "re :")):
        parent = f"<CA{_hash('parent' + seed, 20)}@mail.gmail.com>"
        grand = f"<{_hash('grand' + seed, 18)}@{domain}>"
        headers += [f"In-Reply-To: {parent}", f"References: {grand} {parent}"]
    for key, value in msg.get("headers", {}).items():
        headers.append(f"{key}: {value}")
    headers.append("MIME-Version: 1.0")

    body = msg["body"].strip("\n") + "\n"
    if msg.get("quote"):
        body += _quote(msg["quote"])
    fmt = msg.get("fmt", "plain")
    skin = msg.get("skin", "ats")
    html_text = (msg.get("html") or _html(body, skin, seed)).replace("charset=utf-8", f"charset={charset}")
    html_text = html_text.replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
    plain = _leaf("text/plain", body, charset, cte)
    html_leaf = _leaf("text/html", html_text, charset, msg.get("html_cte", cte if cte != "7bit" else "quoted-printable"))
    if fmt == "plain":
        tree = plain
    elif fmt == "html":
        tree = html_leaf
    else:
        tree = _multipart("alternative", [plain, html_leaf], f"==alt80_{_hash(seed, 10)}")
    if msg.get("ics"):
        # Outlook and Gmail put the calendar beside the text and HTML in one alternative part.
        method = msg["ics"].get("method", "REQUEST")
        cal = _leaf("text/calendar", _ics(msg["ics"]), "utf-8", "base64" if n % 2 else "7bit", f"; method={method}")
        shown = [plain] if fmt == "plain" else [plain, html_leaf] if fmt == "alt" else [html_leaf]
        tree = _multipart("alternative", [*shown, cal], f"==cal80_{_hash(seed, 10)}")
    for filename, ctype, content in msg.get("attach", []):
        enc = base64.b64encode(content.encode()).decode()
        att = [
            f'Content-Type: {ctype}; name="{filename}"',
            f'Content-Disposition: attachment; filename="{filename}"',
            "Content-Transfer-Encoding: base64",
            "",
            "\n".join(enc[i : i + 76] for i in range(0, len(enc), 76)),
            "",
        ]
        tree = _multipart("mixed", [tree, att], f"==mix80_{_hash(seed + filename, 10)}")
    text = "\n".join(headers + tree)
    return text.encode(_codec(charset), errors="strict") if cte == "8bit" else text.encode("ascii")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def main() -> None:
    messages = (
        msgs80_rejection.MESSAGES
        + msgs80_interviews.MESSAGES
        + msgs80_ack_offer.MESSAGES
        + msgs80_other.MESSAGES
    )
    messages = sorted(messages, key=lambda m: (KIND_ORDER.index(m["kind"]), m["date"]))
    for kind in KIND_ORDER:
        for old in (HERE / kind).glob("*.eml") if (HERE / kind).is_dir() else []:
            old.unlink()
    rows = []
    seen: set[str] = set()
    for n, msg in enumerate(messages, start=1):
        rel = f"{msg['kind']}/{n:03d}_{_slug(msg['slug'])}.eml"
        assert msg["slug"] not in seen, msg["slug"]
        seen.add(msg["slug"])
        (HERE / msg["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(build(msg, n))
        rows.append([rel, msg["kind"], msg.get("company", ""), msg.get("contact", ""), msg["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
