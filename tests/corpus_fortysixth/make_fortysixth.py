"""Writes the forty-sixth labelled corpus (tests/corpus_fortysixth) from the message lists.

Why a generator: the wording of every message is written by hand in the msgs_*.py lists next to
this file; only the MIME packaging (charsets, transfer encodings, HTML wrappers, calendar parts,
quoted reply chains, headers) is produced here, so structure can vary without copy-paste.
It only creates and deletes files inside tests/corpus_fortysixth/. Imports: standard library
and the sibling msgs_*.py data modules.
"""

from __future__ import annotations

import csv
import hashlib
import html
import sys
from datetime import UTC, datetime, timedelta
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs_a  # noqa: E402
import msgs_b  # noqa: E402
import msgs_c  # noqa: E402
import msgs_d  # noqa: E402

ME = ("Amadou Diallo-Lefèvre", "amadou.diallo@example.fr")
KIND_DIRS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
             "missed_interview_notice", "application_received", "offer", "other")


def _addr_header(name: str, addr: str, charset: str) -> str:
    """Display names with accents go out as RFC 2047 words, as real clients do."""
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8" if charset == "utf-8" else charset)


LATIN1_FALLBACK = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u201c": '"',
                                 "\u201d": '"', "\u2026": "...", "\u20ac": "EUR", "\u0153": "oe",
                                 "\u2192": "->"})


def fit(text: str, charset: str) -> str:
    """Latin-1 senders cannot carry typographic punctuation; old systems flatten it like this."""
    return text.translate(LATIN1_FALLBACK) if charset == "iso-8859-1" else text


def _text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    """One text part; cte is 'qp', 'b64' or '8bit' (raw bytes in the declared charset)."""
    text = fit(text, charset)
    cs = Charset(charset)
    cs.body_encoding = {"b64": BASE64, "qp": QP}.get(cte)
    return MIMEText(text, subtype, cs)  # type: ignore[arg-type]


def to_html(m: dict) -> str:
    """A bulk-mail style HTML rendering: tables, inline styles, tracking links, logo alt text."""
    paras = m["body"].strip().split("\n\n")
    brand = m.get("brand") or m.get("company") or ""
    track = m.get("track", "https://click.example.net/t/")
    rows = []
    for p in paras:
        inner = html.escape(p).replace("\n", "<br>\n")
        rows.append(f'<tr><td style="padding:8px 24px;font-family:Arial,Helvetica,sans-serif;'
                    f'font-size:14px;color:#333333;line-height:20px">{inner}</td></tr>')
    links = "".join(
        f'<a href="{track}{hashlib.md5((m["file"] + str(i)).encode()).hexdigest()[:16]}" '
        f'style="color:#0a66c2">{html.escape(label)}</a>&nbsp;|&nbsp;'
        for i, label in enumerate(m.get("links", []))
    )
    logo = (f'<tr><td style="padding:16px 24px"><img src="https://cdn.example.net/logo/'
            f'{hashlib.md5(brand.encode()).hexdigest()[:8]}.png" alt="{html.escape(brand)} logo" width="120"></td></tr>'
            if brand else "")
    pixel = (f'<img src="{track}open/{hashlib.md5(m["file"].encode()).hexdigest()}.gif" '
             'width="1" height="1" alt="" style="display:none">')
    return ("<!DOCTYPE html><html><head><meta charset=\"" + m.get("charset", "utf-8") + "\">"
            "</head><body style=\"margin:0;background:#f4f4f4\">\n"
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" '
            'style="max-width:640px;margin:0 auto;background:#ffffff">\n'
            + logo + "\n" + "\n".join(rows)
            + (f'\n<tr><td style="padding:8px 24px;font-size:11px;color:#888">{links}</td></tr>'
               if links else "")
            + "\n</table>" + pixel + "\n</body></html>\n")


def quoted(m: dict) -> str:
    """Append the reply chain in the style of the client that wrote the reply."""
    q = m.get("quote")
    if not q:
        return m["body"]
    style, when, who, text = q
    lines = "\n".join("> " + ln if ln else ">" for ln in text.strip().splitlines())
    head = {
        "gmail": f"On {when}, {who} wrote:",
        "fr": f"Le {when}, {who} a écrit :",
        "es": f"El {when}, {who} escribió:",
        "de": f"Am {when} schrieb {who}:",
    }.get(style)
    if head:
        return m["body"].rstrip() + "\n\n" + head + "\n" + lines + "\n"
    # Outlook blocks are not prefixed with '>'; French Outlook translates the field names.
    french = style == "outlook_fr"
    labels = ("De :", "Envoyé :", "À :", "Objet :") if french else ("From:", "Sent:", "To:", "Subject:")
    recipient = "{} <{}>".format(*(m["frm"] if ME[1] in who else ME))
    subject = m["subject"].split(":", 1)[-1].strip() if m["subject"].lower().startswith("re") else m["subject"]
    values = (who, when, recipient, subject)
    block = "\n".join(f"{label} {value}" for label, value in zip(labels, values, strict=True))
    return f"{m['body'].rstrip()}\n\n________________________________\n{block}\n\n{text.strip()}\n"


def ics(m: dict, sent: datetime) -> str:
    ev = m["ics"]
    start = datetime.fromisoformat(ev["start"]).replace(tzinfo=UTC)
    end = start + timedelta(minutes=ev.get("minutes", 45))
    fmt = "%Y%m%dT%H%M%SZ"
    org = ev.get("organizer", m["frm"][1])
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Example Corp//Calendar 16.0//EN", "VERSION:2.0",
        f"METHOD:{ev.get('method', 'REQUEST')}", "BEGIN:VEVENT",
        f"UID:{hashlib.sha1(m['file'].encode()).hexdigest()[:20]}@{org.split('@')[1]}",
        f"DTSTAMP:{sent.strftime(fmt)}", f"DTSTART:{start.strftime(fmt)}", f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{ev['summary']}", f"ORGANIZER;CN=\"{m['frm'][0] or org}\":mailto:{org}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{ME[0]}\":mailto:{ME[1]}",
        f"LOCATION:{ev.get('location', 'Microsoft Teams')}",
        f"SEQUENCE:{ev.get('sequence', 0)}",
        f"STATUS:{'CANCELLED' if ev.get('method') == 'CANCEL' else 'CONFIRMED'}",
    ]
    if ev.get("rrule"):
        lines.append(f"RRULE:{ev['rrule']}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def build(m: dict, sent: datetime) -> Message:
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "qp")
    fmt = m.get("fmt", "plain")
    text = quoted(m)
    if fmt == "plain" and not m.get("ics") and not m.get("attach"):
        msg: Message = _text_part(text, "plain", charset, cte)
    else:
        if fmt == "html":
            body: Message = _text_part(to_html(m), "html", charset, cte)
        elif fmt == "alt":
            body = MIMEMultipart("alternative")
            body.attach(_text_part(text, "plain", charset, cte))
            body.attach(_text_part(to_html(m), "html", charset, cte))
        else:
            body = _text_part(text, "plain", charset, cte)
        if m.get("ics"):
            alt = MIMEMultipart("alternative") if fmt != "alt" else body
            if fmt != "alt":
                alt.attach(body)
            cal = MIMEText(ics(m, sent), "calendar", "utf-8")
            cal.set_param("method", m["ics"].get("method", "REQUEST"))
            alt.attach(cal)
            body = alt
        if m.get("attach"):
            msg = MIMEMultipart("mixed")
            msg.attach(body)
            pdf = MIMEApplication(b"%PDF-1.4\n% placeholder\n%%EOF\n", "pdf")
            pdf.add_header("Content-Disposition", "attachment", filename=m["attach"])
            msg.attach(pdf)
        else:
            msg = body
    content = [(k, msg[k]) for k in ("MIME-Version", "Content-Type", "Content-Transfer-Encoding") if msg[k]]
    for key, _ in content:
        del msg[key]
    for sub in msg.walk():
        if sub is not msg:
            del sub["MIME-Version"]
    name, addr = m["frm"]
    msg["From"] = _addr_header(name, addr, charset)
    to = m.get("to", ME)
    msg["To"] = _addr_header(to[0], to[1], "utf-8")
    if m.get("reply_to"):
        msg["Reply-To"] = _addr_header(m["reply_to"][0], m["reply_to"][1], charset)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    subj = fit(m["subject"], charset)
    try:
        subj.encode("ascii")
        msg["Subject"] = subj
    except UnicodeEncodeError:
        msg["Subject"] = Header(subj, "utf-8" if charset == "utf-8" else charset, header_name="Subject")  # type: ignore[assignment]
    msg["Date"] = format_datetime(sent)
    dom = addr.split("@")[1]
    mid = hashlib.sha1(m["file"].encode()).hexdigest()[:24]
    msg["Message-ID"] = f"<{mid}@{dom}>"
    if m.get("quote") or m["subject"].lower().startswith(("re:", "re :", "aw:", "tr:", "fw", "rv:")):
        parent = f"<{hashlib.sha1((m['file'] + 'parent').encode()).hexdigest()[:20]}@example.fr>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<{mid[:12]}.0@{dom}> {parent}"
    for key, value in m.get("headers", {}).items():
        msg[key] = value
    for key, value in content:
        msg[key] = value
    return msg


def main() -> None:
    msgs = msgs_a.MSGS + msgs_b.MSGS + msgs_c.MSGS + msgs_d.MSGS
    for kind in KIND_DIRS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    counters = dict.fromkeys(KIND_DIRS, 0)
    rows = []
    base = datetime(2026, 1, 5, 7, 12, tzinfo=UTC)
    span = datetime(2026, 10, 28, tzinfo=UTC) - base
    for i, m in enumerate(msgs):
        kind = m["kind"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{m['name']}.eml"
        m["file"] = rel
        if "date" in m:
            sent = datetime.fromisoformat(m["date"]).replace(tzinfo=UTC)
        else:
            frac = ((i * 37) % len(msgs)) / len(msgs)
            sent = base + span * frac + timedelta(minutes=(i * 53) % 600)
        (HERE / rel).write_bytes(build(m, sent).as_bytes())
        rows.append([rel, kind, m.get("company", ""), m.get("contact", ""), m["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(len(rows), counters)


if __name__ == "__main__":
    main()
