"""Build corpus 333 (Rodrigo Valdivieso Santamaría) from the hand-written specs in msgs333_*.py.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder; the output
is deterministic (same bytes on every run). Every message is re-parsed with the default policy
and checked: no defects, subject / From name / date / every text body round-trip, label rules.

    python tests/corpus_threehundredthirtythird/make_threehundredthirtythird.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import re
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import msgs333_acks_offers  # noqa: E402
import msgs333_invites  # noqa: E402
import msgs333_other  # noqa: E402
import msgs333_rejections  # noqa: E402
import msgs333_threads  # noqa: E402
from msgs333_common import CAND, attribution, outlook_block, quote  # noqa: E402

Spec = dict[str, Any]
KINDS = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)
LANGS = ("en", "de", "fr", "es")
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
LEGAL = re.compile(
    r"\b(GmbH|S\.?A\.?U?|S\.?L\.?U?|SAS|SARL|Ltd|Inc|AG|KG|LLC|Lda|plc|SE|e\.V\.)\.?$", re.I
)
POLICY = email.policy.default
EW_OPTIONS = [
    ("utf-8", "B"), ("iso-8859-1", "Q"), ("utf-8", "Q"), ("windows-1252", "B"),
    ("iso-8859-1", "B"), ("windows-1252", "Q"),
]
CTE_CYCLE = ["quoted-printable", "8bit", "base64"]


# ---------------------------------------------------------------- dates and zones
def _offset(local: datetime, zone: str) -> timezone:
    """UTC offset of the sender's zone on that local date (EU summer time 29 Mar-25 Oct 2026)."""
    summer = datetime(2026, 3, 29, 2) <= local < datetime(2026, 10, 25, 3)
    base = {"cet": 1, "wet": 0, "utc": 0, "uk": 0, "est": -5}[zone]
    if zone in ("cet", "wet", "uk") and summer:
        base += 1
    if zone == "est" and datetime(2026, 3, 8) <= local < datetime(2026, 11, 1):
        base += 1
    return timezone(timedelta(hours=base))


def when(spec: Spec) -> datetime:
    local = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    zone = spec.get("zone") or ("wet" if spec["lang"] == "en" and spec.get("lisbon") else "cet")
    return local.replace(tzinfo=_offset(local, zone))


# ---------------------------------------------------------------- headers
def _q(data: bytes) -> str:
    out = []
    for byte in data:
        char = chr(byte)
        if char == " ":
            out.append("_")
        elif char.isascii() and (char.isalnum() or char in "!*+-/"):
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _word(text: str, charset: str, enc: str) -> str:
    data = text.encode(charset)
    payload = base64.b64encode(data).decode() if enc == "B" else _q(data)
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, choice: int, limit: int = 60) -> str:
    """RFC 2047 words (charset and Q/B rotate with `choice`), folded, each at most 60 chars."""
    for step in range(len(EW_OPTIONS)):
        charset, enc = EW_OPTIONS[(choice + step) % len(EW_OPTIONS)]
        try:
            text.encode(charset)
        except UnicodeEncodeError:
            continue
        words, chunk = [], ""
        for char in text:
            if chunk and len(_word(chunk + char, charset, enc)) > limit:
                words.append(_word(chunk, charset, enc))
                chunk = char
            else:
                chunk += char
        words.append(_word(chunk, charset, enc))
        return "\n ".join(words)
    raise ValueError(text)


SPECIALS = set('()<>[]:;@\\,."')


def mailbox(pair: tuple[str, str], choice: int) -> str:
    name, addr = pair
    if not name:
        return addr
    if not name.isascii():
        # Runs of words needing encoding become ONE encoded word each, so no two encoded words
        # are adjacent (parsers disagree on the space between adjacent words in a phrase).
        tokens, groups = name.split(" "), []
        for token in tokens:
            odd = not token.isascii() or bool(SPECIALS & set(token))
            if odd and groups and groups[-1][0]:
                groups[-1][1].append(token)
            else:
                groups.append((odd, [token]))
        words = []
        for odd, run in groups:
            text = " ".join(run)
            words.append(encoded_words(text, choice, 75) if odd else text)
        assert all("\n" not in w for w in words), name
        lines, line = [], ""
        for word in [*words, f"<{addr}>"]:
            if line and len(line) + len(word) > 64:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        return "\n ".join(lines)
    if SPECIALS & set(name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'
    return f"{name} <{addr}>"


def fold_plain(text: str, indent: int) -> str:
    """Fold an ASCII header value at spaces so no line exceeds 78 chars."""
    lines, line = [], ""
    limit = 78 - indent
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > limit:
            lines.append(line)
            line, limit = word, 77
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n ".join(lines)


# ---------------------------------------------------------------- bodies
RECORD: dict[int, str] = {}


def pick_charset(text: str, cs: str) -> str:
    for charset in (cs, "iso-8859-1", "windows-1252", "utf-8"):
        try:
            text.encode(charset)
        except UnicodeEncodeError:
            continue
        return charset
    return "utf-8"


def text_part(content: str, subtype: str, cs: str, cte: str, **params: str) -> EmailMessage:
    part = EmailMessage()
    charset = pick_charset(content, cs)
    if content.isascii() and cte in ("8bit", "base64"):
        cte = "7bit"
    part.set_content(content, subtype=subtype, charset=charset, cte=cte, params=params or None)
    if "MIME-Version" in part:
        del part["MIME-Version"]
    RECORD[id(part)] = content
    return part


def multipart(subtype: str, parts: list[EmailMessage], boundary: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        msg.attach(part)
    return msg


def html_from_text(text: str, brand: str = "") -> str:
    from msgs333_common import html_shell

    return html_shell(text, brand)


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` (Helvetica, WinAnsi)."""

    def esc(line: str) -> str:
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(f"({esc(x)}) '\n" for x in lines) + "ET"
    data = stream.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
        b"<< /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


VTZ = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST"),
}


def ics_text(cal: dict[str, Any], spec: Spec) -> str:
    tzid = cal.get("tzid", "Europe/Madrid")
    std, dst, std_name, dst_name = VTZ[tzid]
    start = datetime.strptime(cal["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=cal.get("minutes", 45))
    stamp = when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    org_name, org_addr = cal["organizer"]
    method = cal.get("method", "REQUEST")
    hour = "02" if tzid != "Europe/Lisbon" else "01"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus333//Calendar 1.0//ES", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
        f"DTSTART:19700329T{hour}0000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
        f"DTSTART:19701025T{'03' if hour == '02' else '02'}0000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('seq', 0)}", f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{cal['summary']}", f"LOCATION:{cal.get('location', '')}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={CAND[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CAND[1]}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        data = line.encode()
        while len(data) > 75:
            cut = 75
            while (data[cut] & 0xC0) == 0x80:
                cut -= 1
            folded.append(data[:cut].decode())
            data = b" " + data[cut:]
        folded.append(data.decode())
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- messages
def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: Spec) -> str:
    digest = hashlib.sha1(spec["key"].encode()).hexdigest()[:12]
    return f"<{digest}.{spec['key']}@{domain_of(spec['frm'][1])}>"


def full_text(spec: Spec, by_key: dict[str, Spec]) -> str:
    """The new text plus, for replies with quote=..., the quoted earlier message."""
    text = spec["text"].strip("\n")
    style = spec.get("quote")
    if not style:
        return text
    parent = by_key[spec["parent"]]
    earlier = full_text(parent, by_key)
    lang = spec.get("quote_lang", spec["lang"])
    if style == "outlook":
        to = ", ".join(mailbox_plain(p) for p in parent.get("to", [CAND]))
        block = outlook_block(lang, mailbox_plain(parent["frm"]), when(parent), to,
                              parent["subject"])
        return f"{text}\n\n{block}\n\n{earlier}"
    head = attribution(lang, parent["frm"], when(parent))
    return f"{text}\n\n{head}\n{quote(earlier)}"


def mailbox_plain(pair: tuple[str, str]) -> str:
    return f"{pair[0]} <{pair[1]}>" if pair[0] else pair[1]


def body_of(spec: Spec, by_key: dict[str, Spec], index: int) -> EmailMessage:
    text = full_text(spec, by_key)
    lang_cs = spec.get("cs")
    if lang_cs is None:
        lang_cs = ["utf-8", "utf-8", "iso-8859-1", "utf-8", "windows-1252"][index % 5]
    cte = spec.get("cte") or CTE_CYCLE[index % 3]
    fmt = spec.get("fmt", "plain")
    tag = hashlib.sha1(spec["key"].encode()).hexdigest()[:16]
    parts: list[EmailMessage]
    if fmt == "plain":
        body = text_part(text, "plain", lang_cs, cte)
    else:
        html = spec.get("html") or html_from_text(text, spec.get("brand", ""))
        html_cte = spec.get("html_cte") or ("quoted-printable" if cte == "8bit" else cte)
        if fmt == "html":
            body = text_part(html, "html", lang_cs, html_cte)
        else:
            plain = text_part(text, "plain", lang_cs, cte)
            body = multipart("alternative", [plain, text_part(html, "html", lang_cs, html_cte)],
                             f"=_alt_{tag}")
    cal = spec.get("ics")
    if cal:
        ics = ics_text(cal, spec)
        cal_part = text_part(ics, "calendar", "utf-8", "quoted-printable",
                             method=cal.get("method", "REQUEST"))
        if body.get_content_type() == "multipart/alternative":
            body.attach(cal_part)
        else:
            body = multipart("alternative", [body, cal_part], f"=_cal_{tag}")
        if cal.get("attach_file", True):
            extra = EmailMessage()
            extra.set_content(ics.encode(), maintype="application", subtype="ics",
                              cte="base64", disposition="attachment", filename="invite.ics")
            del extra["MIME-Version"]
            body = multipart("mixed", [body, extra], f"=_mix_{tag}")
    attachments = spec.get("attach", [])
    fwd = spec.get("fwd")
    if attachments or fwd:
        parts = [body]
        if fwd:
            inner_spec = by_key[fwd] if isinstance(fwd, str) else fwd
            inner = build(inner_spec, by_key, index + 1)
            wrapper = EmailMessage()
            wrapper.set_content(inner)
            del wrapper["MIME-Version"]
            parts.append(wrapper)
        for filename, lines in attachments:
            pdf = EmailMessage()
            pdf.set_content(pdf_bytes(lines), maintype="application", subtype="pdf",
                            cte="base64", disposition="attachment", filename=filename)
            del pdf["MIME-Version"]
            parts.append(pdf)
        if body.get_content_type() == "multipart/mixed":
            for part in parts[1:]:
                body.attach(part)
        else:
            body = multipart("mixed", parts, f"=_att_{tag}")
    return body


def build(spec: Spec, by_key: dict[str, Spec], index: int) -> EmailMessage:
    body = body_of(spec, by_key, index)
    saved = list(body.items())
    for name in {k for k, _ in saved}:
        del body[name]
    msg = body
    choice = index
    msg.set_raw("From", mailbox(spec["frm"], choice))
    msg.set_raw("To", ",\n ".join(mailbox(p, choice + 1) for p in spec.get("to", [CAND])))
    if spec.get("cc"):
        msg.set_raw("Cc", ",\n ".join(mailbox(p, choice + 2) for p in spec["cc"]))
    if spec.get("reply_to"):
        msg.set_raw("Reply-To", mailbox(spec["reply_to"], choice + 3))
    subject = spec["subject"]
    if subject.isascii():
        msg.set_raw("Subject", fold_plain(subject, 9))
    else:
        msg.set_raw("Subject", encoded_words(subject, choice))
    msg.set_raw("Date", format_datetime(when(spec)))
    msg.set_raw("Message-ID", message_id(spec))
    parent_key = spec.get("parent")
    if parent_key:
        parent = by_key[parent_key]
        refs = [*references(parent, by_key), message_id(parent)]
        msg.set_raw("In-Reply-To", message_id(parent))
        msg.set_raw("References", "\n ".join(refs))
    for name, value in spec.get("hdrs", {}).items():
        if value.isascii():
            msg.set_raw(name, value)
        else:
            msg[name] = value
    msg.set_raw("MIME-Version", "1.0")
    for name, value in saved:
        msg[name] = value
    return msg


def references(spec: Spec, by_key: dict[str, Spec]) -> list[str]:
    parent_key = spec.get("parent")
    if not parent_key:
        return []
    parent = by_key[parent_key]
    return [*references(parent, by_key), message_id(parent)]


# ---------------------------------------------------------------- checks
def is_system(addr: str) -> bool:
    local, dom = addr.split("@")
    return (any(dom == d or dom.endswith("." + d) for d in ATS_DOMAINS)
            or bool(re.search(r"no-?reply|donotreply|do-not-reply|ne-pas-repondre|notifications?|mailer", local)))


def check(spec: Spec, raw: bytes, built: EmailMessage, kind: str, company: str,
          contact: str) -> None:
    name = spec["key"]
    parsed = email.message_from_bytes(raw, policy=POLICY)
    defects = [d for part in parsed.walk() for d in part.defects]
    assert not defects, (name, defects)
    assert str(parsed["Subject"]) == spec["subject"], (name, str(parsed["Subject"]))
    assert parsed["From"].addresses[0].display_name == spec["frm"][0], name
    assert parsed["From"].addresses[0].addr_spec == spec["frm"][1], name
    assert parsedate_to_datetime(str(parsed["Date"])) == when(spec), name
    assert when(spec).year == 2026 and 1 <= when(spec).month <= 10, name
    expected = [RECORD[id(p)] for p in built.walk() if p.get_content_maintype() == "text"]
    got = [p.get_content() for p in parsed.walk() if p.get_content_maintype() == "text"]
    assert len(expected) == len(got) and expected, name

    def norm(text: str) -> str:
        return text.replace("\r\n", "\n").rstrip("\n")

    for want, have in zip(expected, got, strict=True):
        assert norm(want) == norm(have), (name, want[:60], have[:60])
    # label rules
    assert kind in KINDS and spec["lang"] in LANGS, name
    own = spec["frm"][1] == CAND[1]
    if own:
        assert kind == "other" and not contact, name
    if kind == "other":
        assert not company, name
    else:
        assert company and company == company.strip() and not LEGAL.search(company), name
    if contact:
        assert contact == contact.lower() and contact != CAND[1], name
        assert not is_system(contact), name
        reply = [a.lower() for _, a in getaddresses([str(v) for v in parsed.get_all("Reply-To", [])])]
        sender = [a.lower() for _, a in getaddresses([str(v) for v in parsed.get_all("From", [])])]
        if reply and not is_system(reply[0]) and not spec.get("reply_to_not_human"):
            assert contact == reply[0], (name, contact, reply)
        else:
            assert contact in sender, (name, contact)
    elif kind != "other" and not own:
        addrs = [spec["frm"][1]] + ([spec["reply_to"][1]] if spec.get("reply_to") else [])
        assert all(is_system(a) or spec.get("no_contact") for a in addrs), (name, addrs)


def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for module in (msgs333_threads, msgs333_rejections, msgs333_invites, msgs333_acks_offers,
                   msgs333_other):
        specs.extend(module.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    by_key: dict[str, Spec] = {}
    for spec in specs:
        assert spec["key"] not in by_key, spec["key"]
        assert re.fullmatch(r"[a-z0-9_]+", spec["key"]), spec["key"]
        by_key[spec["key"]] = spec
    corpus = [s for s in specs if not s.get("inner")]
    corpus.sort(key=lambda s: (when(s).astimezone(UTC), s["key"]))
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    seen_ids = set()
    for index, spec in enumerate(corpus, 1):
        kind = spec["kind"]
        company = spec.get("company", "")
        contact = spec.get("contact", "")
        RECORD.clear()
        built = build(spec, by_key, index)
        raw = built.as_bytes(policy=POLICY)
        assert raw == build(spec, by_key, index).as_bytes(policy=POLICY), spec["key"]
        check(spec, raw, built, kind, company, contact)
        mid = message_id(spec)
        assert mid not in seen_ids, mid
        seen_ids.add(mid)
        rel = f"{kind}/{index:03d}_{spec['key']}.eml"
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, kind, company, contact, spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[g]:>5}" for g in LANGS) + f"{sum(counts.values()):>7}")
    totals = {g: sum(table[k][g] for k in KINDS) for g in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[g]:>5}" for g in LANGS) + f"{len(rows):>7}")


if __name__ == "__main__":
    main()
