"""Build the fifth labelled corpus (tests/corpus_fifth) from the hand-written messages in msgs_*.py.

Why a generator: the wording of every message is written by hand in the msgs_*.py files (one
dict per message, no shared body templates); this script only does the MIME work that is
tedious and error-prone by hand: encoded-word headers, quoted-printable and base64 bodies,
legacy charsets, HTML alternatives, text/calendar parts, attachments and threading headers.
Output is deterministic, so rerunning it reproduces the committed .eml files byte for byte.

Run: python tests/corpus_fifth/make_fifth.py  (writes <kind>/<nnn>_<slug>.eml and labels.csv)
Imports only the standard library and the msgs_*.py data files beside it.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib.util
import io
import quopri
import sys
from email.header import Header
from email.utils import formataddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CANDIDATE = ("Kim Novak", "kim.novak@example.org")
DATA_FILES = [
    "msgs_rejection.py",
    "msgs_invitation.py",
    "msgs_reschedule.py",
    "msgs_missed.py",
    "msgs_received.py",
    "msgs_offer.py",
    "msgs_other.py",
]
KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)


def load_messages() -> list[dict[str, Any]]:
    """Read the MESSAGES lists from the data files, in a fixed order (file numbers depend on it)."""
    out: list[dict[str, Any]] = []
    for name in DATA_FILES:
        spec = importlib.util.spec_from_file_location(f"fifth_{name[:-3]}", HERE / name)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out.extend(module.MESSAGES)
    return out


def _hdr(value: str, charset: str = "utf-8") -> str:
    """An unstructured header value, RFC 2047-encoded only when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(linesep="\n")


def _addr(pair: tuple[str, str] | str, charset: str = "utf-8") -> str:
    if isinstance(pair, str):
        return pair
    name, address = pair
    if not name:
        return address
    return formataddr((name, address), charset=charset)


def _encode_body(text: str, charset: str, cte: str) -> tuple[str, bytes]:
    """Return (Content-Transfer-Encoding, encoded payload bytes) for a text part."""
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "7bit" and not raw.isascii():
        cte = "quoted-printable"
    if cte == "quoted-printable":
        return cte, quopri.encodestring(raw).replace(b"\r\n", b"\n")
    if cte == "base64":
        return cte, base64.encodebytes(raw)
    return cte, raw if raw.endswith(b"\n") else raw + b"\n"


def _leaf(ctype: str, payload: bytes, cte: str, extra: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    headers = [("Content-Type", ctype)]
    headers += extra or []
    headers.append(("Content-Transfer-Encoding", cte))
    return {"headers": headers, "payload": payload}


def _text_leaf(text: str, subtype: str, charset: str, cte: str) -> dict[str, Any]:
    cte, payload = _encode_body(text, charset, cte)
    return _leaf(f'text/{subtype}; charset="{charset}"', payload, cte)


def _multi(subtype: str, parts: list[dict[str, Any]], seed: str) -> dict[str, Any]:
    boundary = "----=_Part_" + hashlib.sha1(f"{seed}{subtype}".encode()).hexdigest()[:20]
    return {"headers": [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')],
            "boundary": boundary, "parts": parts}


def auto_html(text: str, style: str) -> str:
    """An HTML rendering of a plain body, in one of a few mail-client/ATS looks."""
    paras = [p.strip() for p in text.strip().split("\n\n")]
    esc = [p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") for p in paras]
    if style == "table":
        rows = "\n".join(f'<tr><td style="padding:6px 24px;font-family:Arial,sans-serif;font-size:14px;color:#333333">{p}</td></tr>' for p in esc)
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">\n'
                '<table width="100%" cellpadding="0" cellspacing="0" role="presentation" style="background:#f4f4f4">'
                '<tr><td align="center"><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">\n'
                f"{rows}\n</table></td></tr></table>\n"
                '<img src="https://t.example.net/o/3f9a1c.gif" width="1" height="1" alt="" style="display:none">\n</body></html>\n')
    if style == "outlook":
        body = "\n".join(f'<p class="MsoNormal"><span style="font-family:&quot;Calibri&quot;,sans-serif">{p}<o:p></o:p></span></p>' for p in esc)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt} --></style></head>\n'
                f'<body lang="EN-GB" link="#0563C1"><div class="WordSection1">\n{body}\n</div></body></html>\n')
    body = "\n".join(f"<div>{p}</div><div><br></div>" for p in esc)
    return f'<div dir="ltr">\n{body}\n</div>\n'


def ics_text(ev: dict[str, Any]) -> str:
    """A small VCALENDAR with one VEVENT, as Google/Outlook attach to invitations."""
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ev.get('prodid', '-//Google Inc//Google Calendar 70.9054//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{ev.get('method', 'REQUEST')}",
        "BEGIN:VEVENT",
        f"DTSTART:{ev['start']}",
        f"DTEND:{ev['end']}",
        "DTSTAMP:20260101T000000Z",
        f"ORGANIZER;CN={ev['organizer'][0]}:mailto:{ev['organizer'][1]}",
        f"UID:{ev['uid']}",
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={CANDIDATE[0]}:mailto:{CANDIDATE[1]}",
        f"SEQUENCE:{ev.get('sequence', 0)}",
        f"STATUS:{ev.get('status', 'CONFIRMED')}",
        f"SUMMARY:{ev['summary']}",
        f"LOCATION:{ev.get('location', '')}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


DEFAULT_CTES = ("7bit", "quoted-printable", "8bit", "base64")


def build_tree(m: dict[str, Any], seed: str, number: int) -> dict[str, Any]:
    charset = m.get("charset", "utf-8")
    # Messages that do not name an encoding cycle through the four, as real senders differ.
    cte = m.get("cte", DEFAULT_CTES[number % len(DEFAULT_CTES)])
    fmt = m.get("fmt", "plain")
    text = m.get("text", "")
    html = m.get("html")
    if html is None and fmt in ("html", "alt"):
        html = auto_html(text, m.get("html_style", "gmail")).replace("charset=utf-8", f"charset={charset}").replace(
            'charset="utf-8"', f'charset="{charset}"')
    if fmt == "html":
        body = _text_leaf(html, "html", charset, cte)
    elif fmt == "alt":
        body = _multi("alternative", [_text_leaf(text, "plain", charset, cte),
                                      _text_leaf(html, "html", charset, m.get("html_cte", cte))], seed)
    else:
        body = _text_leaf(text, "plain", charset, cte)
    attachments: list[dict[str, Any]] = []
    if "ics" in m:
        ev = m["ics"]
        cal = ics_text(ev)
        method = ev.get("method", "REQUEST")
        cal_leaf = _leaf(f'text/calendar; charset="utf-8"; method={method}', base64.encodebytes(cal.encode()), "base64")
        if body["headers"][0][1].startswith("multipart/alternative"):
            body["parts"].append(cal_leaf)
        else:
            body = _multi("alternative", [body, cal_leaf], seed)
        attachments.append(_leaf('application/ics; name="invite.ics"', base64.encodebytes(cal.encode()), "base64",
                                 [("Content-Disposition", 'attachment; filename="invite.ics"')]))
    for name, ctype in m.get("attach", []):
        fake = f"%PDF-1.4\n% placeholder for {name}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        attachments.append(_leaf(f'{ctype}; name="{name}"', base64.encodebytes(fake.encode()), "base64",
                                 [("Content-Disposition", f'attachment; filename="{name}"')]))
    if attachments:
        body = _multi("mixed", [body, *attachments], seed)
    return body


def _serialize(node: dict[str, Any], out: io.BytesIO, with_headers: bool = True) -> None:
    if with_headers:
        for k, v in node["headers"]:
            out.write(f"{k}: {v}\n".encode("ascii"))
        out.write(b"\n")
    if "parts" in node:
        out.write(b"This is a multi-part message in MIME format.\n\n")
        for part in node["parts"]:
            out.write(f"--{node['boundary']}\n".encode())
            _serialize(part, out)
            out.write(b"\n")
        out.write(f"--{node['boundary']}--\n".encode())
    else:
        out.write(node["payload"])


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1]


def render(m: dict[str, Any], number: int) -> bytes:
    seed = f"{number}-{m['slug']}"
    digest = hashlib.sha1(seed.encode()).hexdigest()
    frm = m["frm"]
    hcs = m.get("hcharset", "utf-8")
    sender_addr = frm if isinstance(frm, str) else frm[1]
    headers: list[tuple[str, str]] = []
    headers += m.get("top", [])  # Received/Return-Path lines a server would prepend
    headers.append(("Date", m["date"]))
    headers.append(("From", _addr(frm, hcs)))
    headers.append(("To", ", ".join(_addr(t, hcs) for t in m.get("to", [CANDIDATE]))))
    if m.get("cc"):
        headers.append(("Cc", ", ".join(_addr(t, hcs) for t in m["cc"])))
    if m.get("reply_to"):
        headers.append(("Reply-To", _addr(m["reply_to"], hcs)))
    headers.append(("Subject", _hdr(m["subject"], hcs)))
    headers.append(("Message-ID", f"<{digest[:16]}.{number:03d}@{m.get('mid_domain', _domain(sender_addr))}>"))
    if m.get("reply"):
        parent = f"<{hashlib.sha1((seed + 'parent').encode()).hexdigest()[:14]}@{m.get('parent_domain', 'mail.example.org')}>"
        root = f"<{hashlib.sha1((seed + 'root').encode()).hexdigest()[:14]}@{m.get('root_domain', _domain(sender_addr))}>"
        headers.append(("In-Reply-To", parent))
        headers.append(("References", f"{root} {parent}"))
    headers.append(("MIME-Version", "1.0"))
    headers += m.get("hdrs", [])
    tree = build_tree(m, seed, number)
    out = io.BytesIO()
    for k, v in headers:
        out.write(f"{k}: {v}\n".encode("ascii"))
    for k, v in tree["headers"]:
        out.write(f"{k}: {v}\n".encode("ascii"))
    out.write(b"\n")
    _serialize(tree, out, with_headers=False)
    return out.getvalue()


def build(dest: Path) -> list[tuple[str, str, str, str, str]]:
    """Write every message under dest and return the label rows."""
    rows = []
    for stale in dest.glob("*/*.eml"):  # renumbered or removed messages must not linger
        stale.unlink()
    for number, m in enumerate(load_messages(), start=1):
        assert m["kind"] in KINDS, m["slug"]
        rel = f"{m['kind']}/{number:03d}_{m['slug']}.eml"
        path = dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(render(m, number))
        rows.append((rel, m["kind"], m.get("company", ""), m.get("contact", ""), m["lang"]))
    with (dest / "labels.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    return rows


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    written = build(target)
    print(f"wrote {len(written)} messages to {target}")
