"""Writes the 81st labelled corpus: Valentina Ruiz-Okafor's job-search inbox, Jan-Oct 2026.

Run `python tests/corpus_eightyfirst/make_eightyfirst.py`; it rewrites the .eml files under
tests/corpus_eightyfirst/<kind>/ and labels.csv, and touches nothing outside that folder.
The messages themselves live in the msgs81_*.py modules beside it (one per group of kinds), so
this module only turns their plain descriptions into real MIME: charsets, transfer encodings,
HTML bodies, reply chains, calendar parts and attachments. It imports only the standard library
and those modules.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import logging
import quopri
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent
ME = "Valentina Ruiz-Okafor <valentina.ro@example.com.mx>"
ME_ADDR = "valentina.ro@example.com.mx"


@dataclass(frozen=True)
class Msg:
    """One message as written by hand in a msgs81_* module, plus its labels."""

    kind: str
    slug: str
    lang: str
    company: str
    contact: str
    frm: str
    subject: str
    body: str
    kw: dict[str, object] = field(default_factory=dict)


def M(kind: str, slug: str, lang: str, company: str, contact: str, frm: str, subject: str,
      body: str, **kw: object) -> Msg:
    """Short constructor so the data modules read like an inbox listing."""
    return Msg(kind, slug, lang, company, contact, frm, subject, body, dict(kw))


def _addr_header(value: str, charset: str) -> str:
    """A From/To/Reply-To value, display name RFC 2047-encoded when it is not ASCII."""
    out = []
    for one in value.split(";"):
        name, addr = parseaddr(one.strip())
        if name and not name.isascii():
            out.append(formataddr((name, addr), charset=charset))
        elif name:
            out.append(formataddr((name, addr)))
        else:
            out.append(addr)
    return ", ".join(out)


def _subject_header(subject: str, charset: str, force: bool) -> str:
    if subject.isascii() and not force:
        return subject
    return Header(subject, charset if not subject.isascii() else "utf-8").encode()


def _encode(text: str, charset: str, cte: str) -> bytes:
    raw = text.replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def _part(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    head = (f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\r\n"
            f"Content-Transfer-Encoding: {cte}\r\n\r\n")
    return head.encode("ascii") + _encode(text, charset, cte)


_ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
_ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def _spanish_date(when: datetime) -> str:
    """The way Spanish-language Gmail writes a quoted message's date."""
    return (f"{_ES_DAYS[when.weekday()]}, {when.day} {_ES_MONTHS[when.month - 1]} {when.year} "
            f"a las {when.hour}:{when.minute:02d}")


def _quote_block(quote: tuple[str, str, str, str], parent_when: datetime | None) -> str:
    """The earlier message under a reply, in the style of the replying mail program.

    An empty date means the quoted message is in the corpus; its real date is used.
    """
    style, who, when, text = quote
    if not when and parent_when is not None:
        when = _spanish_date(parent_when) if style == "es" else format_datetime(parent_when)
    if style == "outlook":
        return (f"\n\n________________________________\nFrom: {who}\nSent: {when}\n"
                f"To: {ME}\nSubject: RE: previous message\n\n{text}")
    if style == "outlook_es":
        return (f"\n\n-----Mensaje original-----\nDe: {who}\nEnviado el: {when}\n"
                f"Para: {ME}\nAsunto: RE: mensaje anterior\n\n{text}")
    lead = {"gmail": f"On {when}, {who} wrote:",
            "es": f"El {when}, {who} escribió:",
            "fr": f"Le {when}, {who} a écrit :",
            "de": f"Am {when} schrieb {who}:"}[style]
    quoted = "\n".join("> " + line if line else ">" for line in text.split("\n"))
    return f"\n\n{lead}\n{quoted}"


def _to_html(text: str, look: str, company: str) -> str:
    """A plausible HTML rendering of the text: ATS tables, newsletters, or a corporate mailer."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(
        f'<p style="margin:0 0 14px 0;font-family:Arial,sans-serif;font-size:14px;color:#333">'
        f'{html.escape(p).replace(chr(10), "<br>")}</p>' for p in paras)
    track = hashlib.sha1(text.encode()).hexdigest()[:16]
    logo = html.escape(company or "Logo")
    if look == "news":
        return (f'<html><body style="background:#f4f4f4"><table width="600" align="center" '
                f'cellpadding="0" cellspacing="0"><tr><td style="padding:20px">'
                f'<img src="https://cdn.example.net/l/{track}.png" alt="{logo}" width="120">'
                f'</td></tr><tr><td style="padding:20px;background:#fff">{body}</td></tr>'
                f'<tr><td style="font-size:11px;color:#999;padding:12px">'
                f'<a href="https://click.example.net/u/{track}">Unsubscribe</a> | '
                f'<a href="https://click.example.net/p/{track}">Preferences</a></td></tr></table>'
                f'<img src="https://click.example.net/o/{track}.gif" width="1" height="1" alt="">'
                f'</body></html>')
    if look == "ats":
        return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'
                f'<table role="presentation" width="100%"><tr><td align="center">'
                f'<table width="640" style="border:1px solid #e5e5e5"><tr><td style="padding:24px">'
                f'<img src="https://assets.example.net/{track}/logo.png" alt="{logo} logo" '
                f'height="40"></td></tr><tr><td style="padding:0 24px 24px">{body}</td></tr>'
                f'</table></td></tr></table>'
                f'<img src="https://t.example.net/open/{track}" width="1" height="1"></body></html>')
    return f"<html><body><div dir=\"ltr\">{body}</div></body></html>"


def _ics(ev: dict[str, str], stamp: datetime) -> str:
    method = ev.get("method", "REQUEST")
    status = "\r\nSTATUS:CANCELLED" if method == "CANCEL" else ""
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 2.1//ES", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT",
        f"UID:{ev['uid']}", f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{ev['start']}", f"DTEND:{ev['end']}", f"SUMMARY:{ev['summary']}",
        f"ORGANIZER;CN={ev.get('cn', 'Organizer')}:mailto:{ev['organizer']}",
        f"ATTENDEE;CN=Valentina Ruiz-Okafor;RSVP=TRUE:mailto:{ME_ADDR}",
        f"LOCATION:{ev.get('location', 'Microsoft Teams')}",
        f"SEQUENCE:{ev.get('seq', '0')}{status}", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def message_id(msg: Msg, index: int, when: datetime) -> str:
    domain = parseaddr(msg.frm)[1].split("@")[-1]
    return f"<{msg.slug}.{index:03d}.{when.strftime('%Y%m%d%H%M')}@{domain}>"


def render(msg: Msg, index: int, when: datetime,
           parent: tuple[str, datetime] | None = None) -> bytes:
    """The full RFC 5322 message for one Msg; parent is the (Message-ID, date) it replies to."""
    kw = msg.kw
    cs = str(kw.get("cs", "utf-8"))
    cte = str(kw.get("cte", "8bit" if cs == "utf-8" else "quoted-printable"))
    fmt = str(kw.get("fmt", "plain"))
    name, from_addr = parseaddr(msg.frm)
    domain = from_addr.split("@")[-1]
    text = msg.body.strip("\n") + "\n"
    if "quote" in kw:
        text = text.rstrip("\n") + _quote_block(kw["quote"], parent[1] if parent else None) + "\n"  # type: ignore[arg-type]
    mid = message_id(msg, index, when)
    headers = [
        ("Return-Path", f"<{kw.get('return_path', from_addr)}>"),
        ("From", _addr_header(msg.frm, cs)),
        ("To", _addr_header(str(kw.get("to", ME)), cs)),
    ]
    if "cc" in kw:
        headers.append(("Cc", _addr_header(str(kw["cc"]), cs)))
    if "reply_to" in kw:
        headers.append(("Reply-To", _addr_header(str(kw["reply_to"]), cs)))
    headers += [
        ("Subject", _subject_header(msg.subject, cs, bool(kw.get("enc_subject")))),
        ("Date", format_datetime(when)),
        ("Message-ID", mid),
    ]
    if "quote" in kw or kw.get("thread"):
        fake = f"<{hashlib.md5(msg.slug.encode()).hexdigest()[:12]}@example.com.mx>"
        parent_id = parent[0] if parent else fake
        root = f"<{hashlib.md5((msg.slug + 'r').encode()).hexdigest()[:12]}@{domain}>"
        headers += [("In-Reply-To", parent_id), ("References", f"{root} {parent_id}")]
    if kw.get("list"):
        headers += [("List-Id", f"<{kw['list']}>"),
                    ("List-Unsubscribe", f"<https://{domain}/unsub?u=81{index}>, "
                                         f"<mailto:unsubscribe@{domain}>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                    ("Precedence", "bulk")]
    for key, value in dict(kw.get("headers", {})).items():  # type: ignore[call-overload]
        headers.append((key, value))
    headers.append(("MIME-Version", "1.0"))

    html_text = _to_html(text, str(kw.get("look", "corp")), msg.company or name)
    html_cte = "quoted-printable" if cte in ("8bit", "7bit") else cte
    if fmt == "html":
        body = _part("text/html", html_text, cs, html_cte)
    elif fmt == "alt":
        body = _multipart("alternative", [_part("text/plain", text, cs, cte),
                                          _part("text/html", html_text, cs, html_cte)], index)
    else:
        body = _part("text/plain", text, cs, cte)
    if "ics" in kw:
        ev = dict(kw["ics"])  # type: ignore[call-overload]
        cal = _part("text/calendar", _ics(ev, when), "utf-8", "7bit",
                    f"; method={ev.get('method', 'REQUEST')}")
        body = _multipart("mixed", [body, cal], index + 500)
    if "attach" in kw:
        payload = base64.encodebytes(b"%PDF-1.4\n% corpus81 placeholder\n" + msg.slug.encode())
        att = (f"Content-Type: application/pdf; name=\"{kw['attach']}\"\r\n"
               f"Content-Disposition: attachment; filename=\"{kw['attach']}\"\r\n"
               f"Content-Transfer-Encoding: base64\r\n\r\n").encode() + payload
        body = _multipart("mixed", [body, att], index + 900)
    head = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("ascii")
    return head + body


def _multipart(sub: str, parts: list[bytes], seed: int) -> bytes:
    boundary = f"=_81_{sub}_{seed:04d}_" + hashlib.md5(str(seed).encode()).hexdigest()[:10]
    out = f"Content-Type: multipart/{sub}; boundary=\"{boundary}\"\r\n\r\n".encode()
    for p in parts:
        out += f"--{boundary}\r\n".encode() + p.rstrip(b"\r\n") + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


STAGE = {"application_received": 0, "interview_invitation": 1,
         "interview_reschedule_or_cancel": 2, "missed_interview_notice": 3,
         "rejection": 4, "offer": 4, "other": 2}


def _dates(messages: list[Msg], rng: random.Random) -> list[datetime]:
    """Spread mail over Jan-Oct 2026, then order each employer's mail the way a process runs.

    An acknowledgement comes before an invitation, and an invitation before its reschedule, a
    no-show notice or the decision; a message that carries a calendar invitation is sent a few
    days before the event (or the day before, when it cancels one).
    """
    start = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    dates = [start + timedelta(days=rng.uniform(0, 285), minutes=rng.randint(0, 660))
             for _ in messages]
    groups: dict[str, list[int]] = {}
    for i, msg in enumerate(messages):
        if msg.company:
            groups.setdefault(msg.company, []).append(i)
    for members in groups.values():
        ranked = sorted(members, key=lambda i: (STAGE[messages[i].kind], i))
        offsets = [timedelta(0)]
        for i in ranked[1:]:
            soon = messages[i].kind in ("interview_reschedule_or_cancel", "missed_interview_notice")
            offsets.append(offsets[-1] + timedelta(days=rng.uniform(*((0.2, 3) if soon else (1, 9)))))
        anchor = next((n for n, i in enumerate(ranked) if "ics" in messages[i].kw), None)
        if anchor is None:
            first = start + timedelta(days=rng.uniform(0, 285 - offsets[-1].days))
        else:
            first = _sent_before_event(messages[ranked[anchor]], rng) - offsets[anchor]
        for n, i in enumerate(ranked):
            dates[i] = first + offsets[n]
            if anchor is not None and n > anchor and "ics" in messages[i].kw:
                dates[i] = max(dates[ranked[n - 1]] + timedelta(hours=5),
                               _sent_before_event(messages[i], rng))
    return dates


def _sent_before_event(msg: Msg, rng: random.Random) -> datetime:
    ev = dict(msg.kw["ics"])  # type: ignore[call-overload]
    event = datetime.strptime(ev["start"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    back = timedelta(days=1) if ev.get("method") == "CANCEL" else timedelta(days=rng.randint(4, 9))
    return event - back - timedelta(minutes=rng.randint(60, 400))


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import msgs81_ack, msgs81_inv, msgs81_other, msgs81_rej  # noqa: E401, I001

    messages: list[Msg] = []
    for mod in (msgs81_rej, msgs81_inv, msgs81_ack, msgs81_other):
        messages.extend(mod.MESSAGES)
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    rng = random.Random(81)
    dates = _dates(messages, rng)
    position = {msg.slug: i for i, msg in enumerate(messages)}
    parents: dict[int, tuple[str, datetime]] = {}
    for i, msg in enumerate(messages):
        if "reply_of" in msg.kw:
            j = position[str(msg.kw["reply_of"])]
            dates[i] = dates[j] + timedelta(minutes=rng.randint(20, 300))
            parents[i] = (message_id(messages[j], j + 1, dates[j]), dates[j])
    rows = []
    for index, (msg, when) in enumerate(zip(messages, dates, strict=True), start=1):
        rel = f"{msg.kind}/{index:03d}_{msg.slug}.eml"
        (ROOT / msg.kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(render(msg, index, when, parents.get(index - 1)))
        rows.append([rel, msg.kind, msg.company, msg.contact, msg.lang])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    logger.info("wrote %d messages", len(rows))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
