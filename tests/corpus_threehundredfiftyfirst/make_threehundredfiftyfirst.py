"""Build corpus_threehundredfiftyfirst: hand-written specs -> .eml files + labels.csv.

Standard library only. Deterministic: boundaries, Message-IDs and dates come from the specs,
so every run writes the same bytes. Only `*.eml` and `labels.csv` in this folder are deleted
and rewritten. Every message is re-parsed with email.policy.default and checked.

Run: python tests/corpus_threehundredfiftyfirst/make_threehundredfiftyfirst.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs351_acks  # noqa: E402
import msgs351_invites  # noqa: E402
import msgs351_other  # noqa: E402
import msgs351_rejections  # noqa: E402
import msgs351_threads  # noqa: E402
from msgs351_common import CAND, CAND_ADDR, Spec  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("de", "en", "fr", "es")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"(no-?reply|donotreply|do-not-reply|notification|mailer|alerts?|"
                          r"newsletter|news|info|system|jobs|karriere|bewerbung|recrutement|"
                          r"empleo|careers|postmaster|service)")
LEGAL = re.compile(r"\b(GmbH|AG|SE|KG|SA|SAS|SARL|S\.L\.|S\.A\.|SL|Ltd|Inc|LLC|s\.r\.o\.|"
                   r"e\.V\.|mbH|Co\.)\b")

ALL: list[Spec] = [*msgs351_threads.SPECS, *msgs351_rejections.SPECS, *msgs351_invites.SPECS,
                   *msgs351_acks.SPECS, *msgs351_other.SPECS]
BY_KEY = {s["key"]: s for s in ALL}

DAYS = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
        "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
        "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]}
MONTHS = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                 "Dec"],
          "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                 "oct.", "nov.", "déc."],
          "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov",
                 "dic"]}
LONG_DAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
             "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
                    "Sonntag"]}
LONG_MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"],
               "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                      "September", "Oktober", "November", "Dezember"]}


# ---------------------------------------------------------------- helpers

def when(spec: Spec) -> datetime:
    stamp, offset = spec["date"].rsplit(" ", 1)
    sign = 1 if offset[0] == "+" else -1
    delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])) * sign
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(delta))


def domain_of(addr: str) -> str:
    return addr.split("@", 1)[1]


def message_id(spec: Spec) -> str:
    if "msgid" in spec:
        return spec["msgid"]
    stamp = when(spec).strftime("%Y%m%d%H%M")
    digest = hashlib.sha1(spec["key"].encode()).hexdigest()[:10]
    return f"<{stamp}.{digest}@{domain_of(spec['from'][1])}>"


def encoded_words(text: str, charset: str, mode: str, limit: int = 66) -> str:
    """RFC 2047 encoded-words (Q or B), each at most `limit` characters (66 fits after
    "Subject: "), with the spaces kept inside the words."""
    words: list[str] = []
    chunk = ""

    def enc(piece: str) -> str:
        raw = piece.encode(charset)
        if mode == "b":
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        out = []
        for byte in raw:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif byte < 128 and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            else:
                out.append(f"={byte:02X}")
        return f"=?{charset}?Q?{''.join(out)}?="

    for ch in text:
        if len(enc(chunk + ch)) > limit:
            words.append(enc(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(enc(chunk))
    return " ".join(words)


def header_text(text: str, enc: tuple[str, str] | None, limit: int = 66) -> str:
    if enc is not None:
        return encoded_words(text, enc[1], enc[0], limit)
    if not text.isascii():
        return encoded_words(text, "utf-8", "q", limit)
    return text


def address(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc is not None or not name.isascii():
        word = header_text(name, enc, limit=75)  # a display name stays one encoded-word
        if " " in word:
            raise ValueError(f"display name too long to encode as one word: {name}")
        return f"{word} <{addr}>"
    if re.search(r"[(),.:;<>@\[\]\"]", name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f"\"{escaped}\" <{addr}>"
    return f"{name} <{addr}>"


def text_part(text: str, subtype: str, charset: str, cte: str,
              params: dict[str, str] | None = None) -> Message:
    part = MIMENonMultipart("text", subtype, charset=charset, **(params or {}))
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit" and not raw.isascii():
            raise ValueError("7bit body with non-ASCII text")
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with the given text lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 15 Tf", "56 780 Td", f"({esc(title)}) Tj", "/F1 11 Tf"]
    for line in lines:
        ops += ["0 -18 Td", f"({esc(line)}) Tj"]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


VTIMEZONE = {
    "Europe/Berlin": ("CET", "CEST"), "Europe/Vienna": ("CET", "CEST"),
    "Europe/Paris": ("CET", "CEST"), "Europe/Madrid": ("CET", "CEST"),
    "Europe/Prague": ("CET", "CEST"),
}


def ics_text(cal: dict[str, Any], spec: Spec) -> str:
    tzid = cal.get("tz", "Europe/Berlin")
    std, dst = VTIMEZONE[tzid]
    start = datetime.strptime(cal["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=cal.get("minutes", 60))
    stamp = when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    org_name, org_addr = cal["organizer"]
    method = cal.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus351//Calendar 1.0//EN", "VERSION:2.0",
        f"METHOD:{method}", "CALSCALE:GREGORIAN",
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", f"TZNAME:{dst}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", f"TZNAME:{std}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{start.strftime('%Y%m%dT%H%M%S')}",
        f"DTEND;TZID={tzid}:{end.strftime('%Y%m%dT%H%M%S')}",
        f"SUMMARY:{cal['summary']}",
    ]
    if cal.get("location"):
        lines.append(f"LOCATION:{cal['location']}")
    lines += [
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{CAND[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CAND_ADDR}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line.encode()) > 74:
            cut = 74
            while len(line[:cut].encode()) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def attribution(parent: Spec, style: str) -> str:
    dt = when(parent)
    name, addr = parent["from"]
    if style == "en":
        return (f"On {DAYS['en'][dt.weekday()]}, {dt.day} {MONTHS['en'][dt.month - 1]} "
                f"2026 at {dt:%H:%M}, {name} <{addr}> wrote:")
    if style == "de":
        return f"Am {dt:%d.%m.%Y} um {dt:%H:%M} schrieb {name} <{addr}>:"
    if style == "fr":
        return (f"Le {DAYS['fr'][dt.weekday()]} {dt.day} {MONTHS['fr'][dt.month - 1]} 2026 "
                f"à {dt:%H:%M}, {name} <{addr}> a écrit :")
    if style == "es":
        return (f"El {DAYS['es'][dt.weekday()]}, {dt.day} {MONTHS['es'][dt.month - 1]} 2026 "
                f"a las {dt.hour}:{dt:%M}, {name} (<{addr}>) escribió:")
    raise ValueError(style)


def outlook_block(parent: Spec, lang: str) -> str:
    dt = when(parent)
    name, addr = parent["from"]
    to = parent.get("to", [CAND])[0]
    hour = dt.hour % 12 or 12
    if lang == "de":
        return (f"Von: {name} <{addr}>\n"
                f"Gesendet: {LONG_DAYS['de'][dt.weekday()]}, {dt.day}. "
                f"{LONG_MONTHS['de'][dt.month - 1]} 2026 {dt:%H:%M}\n"
                f"An: {to[0]} <{to[1]}>\nBetreff: {parent['subject']}")
    return (f"From: {name} <{addr}>\n"
            f"Sent: {LONG_DAYS['en'][dt.weekday()]}, {LONG_MONTHS['en'][dt.month - 1]} "
            f"{dt.day}, 2026 {hour}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}\n"
            f"To: {to[0]} <{to[1]}>\nSubject: {parent['subject']}")


def full_body(spec: Spec) -> str:
    """The spec's own text plus the quoted chain below it (if it quotes its parent)."""
    body = spec["body"].strip("\n") + "\n"
    style = spec.get("quote")
    if not style or "parent" not in spec:
        return body
    parent = BY_KEY[spec["parent"]]
    earlier = full_body(parent).rstrip("\n")
    if style.startswith("outlook"):
        lang = style.split("-")[1] if "-" in style else "en"
        return (body + "\n________________________________\n" + outlook_block(parent, lang)
                + "\n\n" + earlier + "\n")
    quoted = "\n".join(">" + (" " + line if line and not line.startswith(">") else line)
                       for line in earlier.split("\n"))
    return body + "\n" + attribution(parent, style) + "\n" + quoted + "\n"


def chain(spec: Spec) -> list[str]:
    ids: list[str] = []
    cur = spec
    while "parent" in cur:
        cur = BY_KEY[cur["parent"]]
        ids.insert(0, message_id(cur))
    return ids


# ---------------------------------------------------------------- building

def boundary(spec: Spec, n: int) -> str:
    digest = hashlib.md5(f"{spec['key']}/{n}".encode()).hexdigest()
    return f"----=_Part_{n}_{digest[:16]}"


def body_parts(spec: Spec, counter: list[int]) -> Message:
    """The text (and HTML) of a spec as one part: plain, html or multipart/alternative."""
    fmt = spec.get("fmt", "plain")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable" if charset != "utf-8" else "8bit")
    text = full_body(spec)
    if fmt == "plain":
        return text_part(text, "plain", charset, cte)
    html = spec["html"]
    html_cte = spec.get("html_cte", cte)
    if fmt == "html":
        return text_part(html, "html", charset, html_cte)
    alt = MIMEMultipart("alternative")
    counter[0] += 1
    alt.set_boundary(boundary(spec, counter[0]))
    alt.attach(text_part(text, "plain", charset, cte))
    alt.attach(text_part(html, "html", charset, html_cte))
    return alt


def build(spec: Spec) -> Message:
    counter = [0]
    main = body_parts(spec, counter)
    extras: list[Message] = []
    cal = spec.get("ics")
    if cal:
        method = cal.get("method", "REQUEST")
        ics = ics_text(cal, spec)
        ics_cte = "7bit" if ics.isascii() else "8bit"
        if cal.get("inline", True) and not isinstance(main, MIMEMultipart):
            alt = MIMEMultipart("alternative")
            counter[0] += 1
            alt.set_boundary(boundary(spec, counter[0]))
            alt.attach(main)
            alt.attach(text_part(ics, "calendar", "utf-8", ics_cte, {"method": method}))
            main = alt
        elif cal.get("inline", True):
            main.attach(text_part(ics, "calendar", "utf-8", ics_cte, {"method": method}))
        part = MIMEBase("application", "ics", name="invite.ics")
        part.set_payload(base64.encodebytes(ics.encode()).decode("ascii"))
        part["Content-Transfer-Encoding"] = "base64"
        part["Content-Disposition"] = 'attachment; filename="invite.ics"'
        extras.append(part)
    for filename, title, lines in spec.get("attach", []):
        part = MIMEBase("application", "pdf", name=filename)
        part.set_payload(base64.encodebytes(pdf_bytes(title, lines)).decode("ascii"))
        part["Content-Transfer-Encoding"] = "base64"
        part["Content-Disposition"] = f'attachment; filename="{filename}"'
        extras.append(part)
    if "fwd" in spec:
        inner = build(BY_KEY[spec["fwd"]]) if isinstance(spec["fwd"], str) else build(spec["fwd"])
        extras.append(MIMEMessage(inner))
    if extras:
        mixed = MIMEMultipart("mixed")
        counter[0] += 1
        mixed.set_boundary(boundary(spec, counter[0]))
        mixed.attach(main)
        for part in extras:
            mixed.attach(part)
        msg: Message = mixed
    else:
        msg = main
    head = Message()
    name, addr = spec["from"]
    head["From"] = address(name, addr, spec.get("name_enc"))
    if "sender" in spec:
        head["Sender"] = spec["sender"]
    to = spec.get("to", [CAND])
    head["To"] = ", ".join(address(n, a) for n, a in to)
    if spec.get("cc"):
        head["Cc"] = ", ".join(address(n, a) for n, a in spec["cc"])
    if spec.get("reply_to"):
        head["Reply-To"] = address(*spec["reply_to"])
    head["Subject"] = header_text(spec["subject"], spec.get("subj_enc"))
    head["Date"] = format_datetime(when(spec))
    head["Message-ID"] = message_id(spec)
    refs = chain(spec)
    if refs:
        head["In-Reply-To"] = refs[-1]
        head["References"] = " ".join(refs)
    for hname, value in spec.get("headers", {}).items():
        head[hname] = value
    head["MIME-Version"] = "1.0"
    for hname, value in msg.items():
        if hname.lower() != "mime-version":
            head[hname] = value
    head.set_payload(msg._payload)  # raw: keeps 8bit bytes as they are
    head.preamble = msg.preamble
    strip_inner_mime_version(head)
    return head


def strip_inner_mime_version(part: Message) -> None:
    """Only the top of a message carries MIME-Version (the email.mime classes add it to every
    part); a forwarded message/rfc822 keeps its own."""
    if not part.is_multipart():
        return
    for child in part.get_payload():
        del child["MIME-Version"]
        if child.get_content_type() != "message/rfc822":
            strip_inner_mime_version(child)


def to_bytes(msg: Message) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return out.getvalue()


# ---------------------------------------------------------------- checks

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def expected_texts(spec: Spec) -> list[str]:
    texts = []
    fmt = spec.get("fmt", "plain")
    if fmt in ("plain", "alt"):
        texts.append(full_body(spec))
    if fmt in ("html", "alt"):
        texts.append(spec["html"])
    if spec.get("ics") and spec["ics"].get("inline", True):
        texts.append(ics_text(spec["ics"], spec))
    if "fwd" in spec:
        inner = BY_KEY[spec["fwd"]] if isinstance(spec["fwd"], str) else spec["fwd"]
        texts += expected_texts(inner)
    return [norm(t) for t in texts]


def check(spec: Spec, data: bytes) -> None:
    key = spec["key"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for hname, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {hname} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r}")
    if msg["From"].addresses[0].display_name != spec["from"][0]:
        problems.append(f"from name {msg['From'].addresses[0].display_name!r}")
    if msg["From"].addresses[0].addr_spec != spec["from"][1]:
        problems.append("from address")
    if msg["Date"].datetime != when(spec) or msg["Date"].datetime.year != 2026:
        problems.append("date")
    got = [norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    if got != expected_texts(spec):
        problems.append("text bodies do not round-trip")
    if not msg.get("Message-ID") or not msg.get("To"):
        problems.append("missing headers")
    # label rules
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    if kind not in KINDS or spec["lang"] not in LANGS:
        problems.append("kind/lang")
    if kind == "other" and company:
        problems.append("company on other")
    if kind != "other" and not company:
        problems.append("job mail without company")
    if company != company.strip() or LEGAL.search(company):
        problems.append("company form")
    own = spec["from"][1].lower() == CAND_ADDR
    if own and (contact or kind != "other"):
        problems.append("own mail must be other without contact")
    if contact:
        heads = [a.addr_spec.lower() for h in ("Reply-To", "From") if msg[h]
                 for a in msg[h].addresses]
        local, dom = contact.split("@")
        if contact != contact.lower() or contact not in heads or contact == CAND_ADDR:
            problems.append("contact not in Reply-To/From")
        if dom in ATS_DOMAINS or SYSTEM_LOCAL.fullmatch(local.split("+")[0]):
            problems.append("contact is a system address")
        if spec.get("reply_to") and contact != spec["reply_to"][1].lower():
            problems.append("contact should be the human Reply-To")
    if problems:
        raise SystemExit(f"{key}: " + "; ".join(problems))


# ---------------------------------------------------------------- main

def main() -> None:
    keys = [s["key"] for s in ALL]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise SystemExit(f"duplicate keys {sorted(dupes)}")
    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    numbers = dict.fromkeys(KINDS, 0)
    ordered = sorted(ALL, key=lambda s: (KINDS.index(s["kind"]), when(s), s["key"]))
    seen_ids: set[str] = set()
    for spec in ordered:
        numbers[spec["kind"]] += 1
        rel = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['key']}.eml"
        try:
            data = to_bytes(build(spec))
        except Exception as error:
            raise SystemExit(f"{spec['key']}: {type(error).__name__}: {error}") from error
        check(spec, data)
        mid = message_id(spec)
        if mid in seen_ids:
            raise SystemExit(f"duplicate Message-ID {mid}")
        seen_ids.add(mid)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:5d}" for lang in LANGS)
              + f"  {sum(counts.values()):5d}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[lang]:5d}" for lang in LANGS)
          + f"  {len(rows):5d}")


if __name__ == "__main__":
    main()
