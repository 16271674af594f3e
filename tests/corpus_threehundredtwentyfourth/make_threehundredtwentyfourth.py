"""Build corpus 324 (Maëlle Quéméneur, teller moving into AML/compliance) from its specs.

Standard library only. Every message is a hand-written dict in the msgs324_* modules; this
script turns each into MIME with the `email` package (compat32 building, so the encodings,
charsets and boundaries are exactly the ones chosen), writes <kind>/<NNN>_<id>.eml and
labels.csv, then re-parses every file with email.policy.default and checks it.

Run: python tests/corpus_threehundredtwentyfourth/make_threehundredtwentyfourth.py
It deletes and rewrites only *.eml and labels.csv inside its own folder; output is the same
bytes on every run.
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
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs324_acks_offers  # noqa: E402
import msgs324_changes  # noqa: E402
import msgs324_common as common  # noqa: E402
import msgs324_invites  # noqa: E402
import msgs324_other  # noqa: E402
import msgs324_other_intl  # noqa: E402
import msgs324_rejections  # noqa: E402

Spec = dict[str, Any]

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("fr", "en", "de", "es")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCALS = re.compile(r"^(no-?reply|do-?not-?reply|noreply|notifications?|jobs?|alerts?|"
                           r"newsletter|news|info|mailer|bounce|system|careers?|talent)([.+-]|$)")
LEGAL = re.compile(r"\b(GmbH|SA|S\.A\.|SAS|SARL|S\.L\.|SL|Ltd|Inc|AG|SE|plc|LLC|BV|NV|"
                   r"KG|eG|S\.à r\.l\.|SCRL|SCOP)\b\.?$")
ME = common.ME


def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for module in (msgs324_rejections, msgs324_invites, msgs324_changes, msgs324_acks_offers,
                   msgs324_other, msgs324_other_intl):
        specs.extend(module.MESSAGES)
    ids = [s["id"] for s in specs]
    dup = {i for i in ids if ids.count(i) > 1}
    assert not dup, f"duplicate ids: {dup}"
    return specs


# --- headers -------------------------------------------------------------------------------

def _q_word(text: str, charset: str) -> str:
    out = []
    for byte in text.encode(charset):
        ch = chr(byte)
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def _b_word(text: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode('ascii')}?="


def encoded_words(text: str, mode: str, charset: str, limit: int = 64) -> str:
    """RFC 2047 encoded words (Q or B) for text, each at most `limit` long, folded."""
    make = _q_word if mode == "q" else _b_word
    words, cur = [], ""
    for ch in text:
        if cur and len(make(cur + ch, charset)) > limit:
            words.append(make(cur, charset))
            cur = ch
        else:
            cur += ch
    words.append(make(cur, charset))
    return "\n ".join(words)


def fold_ascii(text: str, first: int) -> str:
    """Fold an ASCII header value at spaces so lines stay under 78 characters."""
    lines, cur, room = [], "", 78 - first
    for word in text.split(" "):
        if cur and len(cur) + 1 + len(word) > room:
            lines.append(cur)
            cur, room = word, 77
        else:
            cur = f"{cur} {word}" if cur else word
    lines.append(cur)
    return "\n ".join(lines)


def header_text(value: str, enc: tuple[str, str] | None, name_len: int) -> str:
    if enc is None and value.isascii():
        return fold_ascii(value, name_len + 2)
    mode, charset = enc or ("b", "utf-8")
    return encoded_words(value, mode, charset)


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    mode, charset = enc or ("q", "utf-8")
    word = encoded_words(name, mode, charset, limit=75)
    # Python's phrase parser keeps the space between adjacent encoded words, so a display
    # name is always one encoded word.
    assert "\n" not in word, f"display name too long for one encoded word: {name}"
    return f"{word} <{addr}>"


# --- bodies ---------------------------------------------------------------------------------

def text_part(body: str, subtype: str, charset: str, cte: str) -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    data = body.encode(charset)
    if cte == "auto":
        cte = "7bit" if data.isascii() else "quoted-printable"
    if cte in ("7bit", "8bit"):
        assert cte == "8bit" or data.isascii()
        part["Content-Transfer-Encoding"] = cte
        part.set_payload(data.decode("ascii", "surrogateescape"))
    elif cte == "quoted-printable":
        part["Content-Transfer-Encoding"] = cte
        part.set_payload(quopri.encodestring(data).decode("ascii"))
    else:
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines (Helvetica, WinAnsi)."""
    def esc(s: str) -> str:
        out = []
        for b in s.encode("cp1252"):
            c = chr(b)
            if c in "()\\":
                out.append("\\" + c)
            elif 32 <= b < 127:
                out.append(c)
            else:
                out.append(f"\\{b:03o}")
        return "".join(out)

    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    ops += [f"({esc(line)}) Tj T*" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


VTIMEZONE = {
    "Europe/Paris": "Europe/Paris", "Europe/Berlin": "Europe/Berlin",
    "Europe/Madrid": "Europe/Madrid", "Europe/Brussels": "Europe/Brussels",
    "Europe/Luxembourg": "Europe/Luxembourg",
}


def ics_text(spec: Spec, cal: dict[str, Any]) -> str:
    tz = cal.get("tz", "Europe/Paris")
    assert tz in VTIMEZONE
    org_name, org_addr = cal.get("organizer", spec["frm"])
    method = cal.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus 324//Calendar//EN", "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{spec['_utc']}Z",
        f"DTSTART;TZID={tz}:{cal['start']}",
        f"DTEND;TZID={tz}:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{ME[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
        f"mailto:{ME[1]}",
        "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
        "END:VEVENT", "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line.encode("utf-8")) > 74:
            cut = 60
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


# --- threads and quoting --------------------------------------------------------------------

def full_text(spec: Spec, by_id: dict[str, Spec]) -> str | None:
    """The plain text of a message as sent: its own words plus whatever it quotes."""
    if "_full" in spec:
        return spec["_full"]
    text = spec.get("text")
    qid = spec.get("quote")
    if qid and text is not None:
        old = by_id[qid]
        old_text = full_text(old, by_id)
        assert old_text is not None, f"{spec['id']} quotes {qid} which has no text"
        if spec.get("quote_style") == "outlook":
            to = ", ".join(a for _, a in old.get("to", [ME]))
            head = common.outlook_header(spec["lang"], old["_when"],
                                         f"{old['frm'][0]} <{old['frm'][1]}>", to,
                                         old["subject"])
            text = f"{text}\n\n{head}\n\n{old_text}"
        else:
            attr = common.attribution(spec["lang"], old["_when"], old["frm"][0], old["frm"][1])
            text = f"{text}\n\n{attr}\n{common.quoted(old_text)}"
    spec["_full"] = text
    return text


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: Spec) -> str:
    digest = hashlib.sha1(spec["id"].encode()).hexdigest()[:16]
    return f"<{spec['_utc']}.{digest}@{domain_of(spec['frm'][1])}>"


def references(spec: Spec, by_id: dict[str, Spec]) -> list[str]:
    rid = spec.get("reply", spec.get("quote"))
    if not rid:
        return []
    parent = by_id[rid]
    assert parent["_utc"] < spec["_utc"], f"{spec['id']} answers a later message {rid}"
    return [*references(parent, by_id), parent["_mid"]]


# --- one message ----------------------------------------------------------------------------

def build(spec: Spec, by_id: dict[str, Spec], index: int) -> Message:
    counter = [0]

    def boundary() -> str:
        counter[0] += 1
        return f"==_324_{index:03d}_{counter[0]}_{hashlib.md5(spec['id'].encode()).hexdigest()[:10]}"

    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "auto")
    text = full_text(spec, by_id)
    html_body = spec.get("html")
    if html_body is True:
        html_body = common.html_shell(text or "", spec.get("brand", ""),
                                      spec.get("colour", "#1f3a5f"), spec.get("footer", ""))
        spec["html"] = html_body
    html_cte = spec.get("html_cte", cte)

    parts: list[Message] = []
    if text is not None:
        parts.append(text_part(text, "plain", charset, cte))
    if html_body is not None:
        parts.append(text_part(html_body, "html", charset, html_cte))
    cal = spec.get("ics")
    cal_part = None
    if cal:
        spec["_ics"] = ics_text(spec, cal)
        cal_part = text_part(spec["_ics"], "calendar", "utf-8", "base64")
        cal_part.replace_header(
            "Content-Type",
            f'text/calendar; charset="utf-8"; method={cal.get("method", "REQUEST")}')
        if spec.get("ics_mode", "alt") == "alt":
            parts.append(cal_part)
            cal_part = None

    if len(parts) == 1:
        body: Message = parts[0]
    else:
        body = Message()
        body["Content-Type"] = "multipart/alternative"
        body.set_boundary(boundary())
        for p in parts:
            body.attach(p)

    extras: list[Message] = []
    if cal_part is not None:
        cal_part.add_header("Content-Disposition", "attachment", filename="invite.ics")
        extras.append(cal_part)
    for fname, lines in spec.get("pdfs", []):
        pdf = Message()
        pdf["Content-Type"] = "application/pdf"
        if fname.isascii():
            pdf.add_header("Content-Disposition", "attachment", filename=fname)
        else:
            pdf.add_header("Content-Disposition", "attachment", filename=("utf-8", "", fname))
        pdf["Content-Transfer-Encoding"] = "base64"
        pdf.set_payload(base64.encodebytes(pdf_bytes(lines)).decode("ascii"))
        extras.append(pdf)
    if spec.get("fwd"):
        inner_spec = spec["fwd"] if isinstance(spec["fwd"], dict) else by_id[spec["fwd"]]
        if isinstance(spec["fwd"], dict):
            prepare(inner_spec)
            inner_spec["_mid"] = message_id(inner_spec)
        inner = build(inner_spec, by_id, index * 10 + 9)
        wrapper = Message()
        wrapper["Content-Type"] = "message/rfc822"
        wrapper["Content-Disposition"] = "inline"
        wrapper.set_payload([inner])
        extras.append(wrapper)
        spec["_inner"] = inner_spec

    if extras:
        msg = Message()
        msg["Content-Type"] = "multipart/mixed"
        msg.set_boundary(boundary())
        msg.attach(body)
        for e in extras:
            msg.attach(e)
    else:
        msg = body

    head = Message()
    head["From"] = address(spec["frm"], spec.get("name_enc"))
    if spec.get("sender"):
        head["Sender"] = spec["sender"]
    head["To"] = ", ".join(address(p) for p in spec.get("to", [ME]))
    if spec.get("cc"):
        head["Cc"] = ", ".join(address(p) for p in spec["cc"])
    if spec.get("reply_to"):
        head["Reply-To"] = address(spec["reply_to"], spec.get("reply_enc"))
    head["Subject"] = header_text(spec["subject"], spec.get("subj_enc"), len("Subject"))
    head["Date"] = format_datetime(spec["_when"])
    head["Message-ID"] = spec["_mid"]
    refs = references(spec, by_id)
    if refs:
        head["In-Reply-To"] = refs[-1]
        head["References"] = "\n ".join(refs)
    head["MIME-Version"] = "1.0"
    for name, value in spec.get("headers", {}).items():
        head[name] = value
    for name, value in msg.items():
        head[name] = value
    head._payload = msg._payload  # raw: get_payload() would decode 8bit text
    head.preamble = None
    return head


def prepare(spec: Spec) -> None:
    when = datetime.fromisoformat(spec["date"])
    assert when.tzinfo is not None and when.year == 2026, spec["id"]
    spec["_when"] = when
    spec["_utc"] = when.astimezone(UTC).strftime("%Y%m%dT%H%M%S")


def serialize(msg: Message) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=0,
                   policy=email.policy.compat32.clone(linesep="\n")).flatten(msg)
    return out.getvalue()


# --- checks ---------------------------------------------------------------------------------

def check_labels(spec: Spec) -> None:
    sid, kind, company, contact, lang = (spec["id"], spec["kind"], spec["company"],
                                         spec["contact"], spec["lang"])
    assert kind in KINDS and lang in LANGS, sid
    own = spec["frm"][1].lower() == ME[1]
    if kind == "other":
        assert company == "", f"{sid}: other has a company"
    else:
        assert company and company == company.strip(), f"{sid}: job mail needs a company"
        assert not LEGAL.search(company), f"{sid}: legal form in {company!r}"
        assert not own, f"{sid}: own mail must be other"
    if own:
        assert contact == "", f"{sid}: own mail has a contact"
    if contact:
        assert contact == contact.lower(), sid
        heads = [spec["frm"][1].lower()]
        if spec.get("reply_to"):
            heads.append(spec["reply_to"][1].lower())
        assert contact in heads, f"{sid}: contact not in From/Reply-To"
        local, dom = contact.split("@")
        assert not dom.endswith(ATS_DOMAINS), f"{sid}: ATS contact"
        assert not SYSTEM_LOCALS.match(local), f"{sid}: system contact {contact}"
        # Reply-To wins when it is a human
        if spec.get("reply_to") and contact != spec["reply_to"][1].lower():
            rt_local = spec["reply_to"][1].split("@")[0].lower()
            assert SYSTEM_LOCALS.match(rt_local), f"{sid}: Reply-To is human but not contact"


def walk_defects(msg: EmailMessage) -> list[str]:
    found = []
    for part in msg.walk():
        found.extend(repr(d) for d in part.defects)
    return found


def check_roundtrip(spec: Spec, data: bytes) -> None:
    sid = spec["id"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    assert not walk_defects(msg), f"{sid}: defects {walk_defects(msg)}"
    assert str(msg["Subject"]) == spec["subject"], f"{sid}: subject {msg['Subject']!r}"
    frm = msg["From"].addresses[0]
    assert frm.display_name == spec["frm"][0], f"{sid}: From name {frm.display_name!r}"
    assert frm.addr_spec == spec["frm"][1], sid
    assert msg["Date"].datetime == spec["_when"], sid
    expected = {"plain": spec.get("_full"), "html": spec.get("html"),
                "calendar": spec.get("_ics")}
    seen: dict[str, str] = {}
    for part in msg.walk():
        if part.get_content_maintype() == "message":
            break
        if part.get_content_maintype() == "text":
            seen.setdefault(part.get_content_subtype(), part.get_content())
    for sub, want in expected.items():
        if want is not None:
            assert seen.get(sub) == want, f"{sid}: text/{sub} does not round-trip"
    assert any(v for k, v in seen.items() if k in ("plain", "html")), f"{sid}: no text"
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            assert part.get_content().startswith(b"%PDF-1.4"), sid


def main() -> None:
    specs = all_specs()
    for spec in specs:
        prepare(spec)
    specs.sort(key=lambda s: (s["_utc"], s["id"]))
    by_id = {s["id"]: s for s in specs}
    for spec in specs:
        spec["_mid"] = message_id(spec)
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    for n, spec in enumerate(specs, 1):
        check_labels(spec)
        try:
            msg = build(spec, by_id, n)
            data = serialize(msg)
        except (UnicodeError, KeyError) as error:
            raise SystemExit(f"{spec['id']}: {error!r}") from error
        check_roundtrip(spec, data)
        rel = f"{spec['kind']}/{n:03d}_{spec['id']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    mids = [s["_mid"] for s in specs]
    assert len(set(mids)) == len(mids)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"{len(specs)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:32}" + "".join(f"{row[lang]:5d}" for lang in LANGS)
              + f"  {sum(row.values()):5d}")
    print(f"{'total':32}" + "".join(f"{sum(t[lang] for t in table.values()):5d}" for lang in LANGS))


if __name__ == "__main__":
    main()
