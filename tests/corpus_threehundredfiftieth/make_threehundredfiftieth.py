"""Build the threehundredfiftieth corpus: 165 hand-written job-search messages of one candidate.

Standard library only. Run from anywhere:

    python tests/corpus_threehundredfiftieth/make_threehundredfiftieth.py

The message specs live in the msgs350_*.py modules next to this file. This script turns them
into MIME (deterministic boundaries, Message-IDs and dates), writes <kind>/<NNN>_<name>.eml and
labels.csv, then re-parses every file with email.policy.default and checks it. It deletes and
rewrites only *.eml files and labels.csv inside this folder.
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
import unicodedata
from datetime import datetime, timedelta, timezone
from email import charset as email_charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import compat32
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs350_acks  # noqa: E402
import msgs350_invites  # noqa: E402
import msgs350_other  # noqa: E402
import msgs350_rejections  # noqa: E402
import msgs350_threads  # noqa: E402
from msgs350_common import ATS_DOMAINS, CANDIDATE  # noqa: E402

KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
LANGUAGES = ("en", "de", "fr", "es")
LEGAL_FORMS = re.compile(
    r"\b(GmbH|AG|SA|SAS|SARL|S\.L\.|SL|S\.A\.|Ltd|Limited|Inc|LLC|plc|B\.V\.|BV|eG|KG|"
    r"Co\.|S\.L\.U\.|SE|N\.V\.)(?=\W|$)"
)
GEN_POLICY = compat32.clone(linesep="\n", max_line_length=78)
Spec = dict[str, Any]


# ---------------------------------------------------------------- small builders


def _charset(name: str, enc: str) -> email_charset.Charset:
    cs = email_charset.Charset(name)
    cs.header_encoding = email_charset.QP if enc == "q" else email_charset.BASE64
    return cs


def _subject(text: str, enc: tuple[str, str] | None) -> str | Header:
    if enc is None:
        if not text.isascii():
            return Header(text, _charset("utf-8", "q"), header_name="Subject")
        return text
    return Header(text, _charset(*enc), header_name="Subject")


def _address(name: str, addr: str, enc: tuple[str, str] | None, header: str) -> str | Header:
    if not name:
        return addr
    if name.isascii() and enc is None:
        return formataddr((name, addr))
    h = Header(header_name=header)
    h.append(name, _charset(*(enc or ("utf-8", "q"))))
    h.append(f"<{addr}>", "us-ascii")
    return h


def _ensure_nl(text: str) -> str:
    return text.rstrip("\n") + "\n"


def text_part(text: str, subtype: str, charset: str, cte: str, params: dict[str, str] | None = None
              ) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, charset=charset, **(params or {}))
    del part["MIME-Version"]
    raw = text.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        if cte == "7bit" and not raw.isascii():
            cte = "8bit"
        payload = raw.decode("ascii", "surrogateescape")
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def _pdf_escape(line: str) -> str:
    plain = unicodedata.normalize("NFKD", line).encode("ascii", "ignore").decode("ascii")
    return plain.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica text) with a correct xref table."""
    text = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for line in [title, "", *lines]:
        text.append(f"({_pdf_escape(line)}) Tj T*")
    text.append("ET")
    stream = "\n".join(text).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + _pdf_escape(title).encode("ascii") + b") /Producer (corpus350) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


TZ_BLOCKS = {
    "Europe/London": ("GMT", "BST", "+0000", "+0100"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Amsterdam": ("CET", "CEST", "+0100", "+0200"),
}


def make_ics(cal: Spec, organizer: tuple[str, str]) -> str:
    """A VCALENDAR with a VTIMEZONE block; cal holds method, uid, seq, summary, start, end,
    tz, location and optionally status / description / organizer."""
    tzid = cal.get("tz", "Europe/London")
    std, dst, std_off, dst_off = TZ_BLOCKS[tzid]
    org_name, org_addr = cal.get("organizer", organizer)
    method = cal["method"]
    status = cal.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus350//Calendar 1.0//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std_off}",
        f"TZOFFSETTO:{dst_off}",
        f"TZNAME:{dst}",
        "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst_off}",
        f"TZOFFSETTO:{std_off}",
        f"TZNAME:{std}",
        "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART;TZID={tzid}:{cal['start']}",
        f"DTEND;TZID={tzid}:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', 'Video call')}",
        f"STATUS:{status}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CANDIDATE[1]}",
    ]
    if "description" in cal:
        lines.append("DESCRIPTION:" + cal["description"].replace("\n", "\\n"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- one message


def parse_date(text: str) -> datetime:
    """'2026-03-04 09:12 +0100' -> aware datetime."""
    stamp, offset = text.rsplit(" ", 1)
    sign = 1 if offset[0] == "+" else -1
    delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5]))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(sign * delta))


def message_id(spec: Spec) -> str:
    domain = spec["from"][1].split("@", 1)[1]
    digest = hashlib.sha1(("350:" + spec["name"]).encode()).hexdigest()[:16]
    return f"<{digest}.{parse_date(spec['date']).strftime('%Y%m%d%H%M')}@{domain}>"


def build(spec: Spec, ids: dict[str, str], refs: dict[str, list[str]],
          expected: list[str]) -> Message:
    """The MIME message of one spec; every text part's content is appended to expected in
    the order a walk() meets it."""
    name = spec["name"]
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "7bit")
    fmt = spec.get("fmt", "plain")
    body = _ensure_nl(spec["body"])
    html = _ensure_nl(spec["html"]) if spec.get("html") else None
    boundary_no = iter(range(1, 10))

    def boundary() -> str:
        return f"=_c350_{hashlib.md5(name.encode()).hexdigest()[:10]}_{next(boundary_no)}"

    def tpart(text: str, subtype: str = "plain", cs: str = charset, enc: str = cte,
              params: dict[str, str] | None = None) -> MIMENonMultipart:
        if subtype == "html":
            text = text.replace('<meta charset="utf-8">', f'<meta charset="{cs}">')
        expected.append(text)
        return text_part(text, subtype, cs, enc, params)

    if fmt == "plain":
        core: Message = tpart(body)
    elif fmt == "html":
        core = tpart(body, "html")
    else:
        alt = MIMEMultipart("alternative", boundary=boundary())
        del alt["MIME-Version"]
        alt.attach(tpart(body))
        if html is not None:
            alt.attach(tpart(html, "html", enc=spec.get("html_cte", cte)))
        if "ics" in spec:
            ics = make_ics(spec["ics"], spec["from"])
            alt.attach(tpart(ics, "calendar", "utf-8", "7bit",
                             {"method": spec["ics"]["method"]}))
        core = alt

    extras: list[Message] = []
    for filename, title, lines in spec.get("pdfs", []):
        pdf = MIMEApplication(make_pdf(title, lines), "pdf")
        del pdf["MIME-Version"]
        pdf.add_header("Content-Disposition", "attachment", filename=filename)
        extras.append(pdf)
    if "ics_file" in spec:
        ics = make_ics(spec["ics_file"], spec["from"])
        att = tpart(ics, "calendar", "utf-8", "base64", {"method": spec["ics_file"]["method"]})
        att.add_header("Content-Disposition", "attachment", filename="invite.ics")
        extras.append(att)
    if "fwd" in spec:
        inner_spec = spec["fwd"]
        inner = build(inner_spec, ids, refs, expected)
        wrapper = MIMEMessage(inner)
        del wrapper["MIME-Version"]
        wrapper.add_header("Content-Disposition", "inline")
        extras.append(wrapper)

    if extras:
        msg: Message = MIMEMultipart("mixed", boundary=boundary())
        msg.attach(core)
        for extra in extras:
            msg.attach(extra)
    else:
        msg = core
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"

    # headers, in the order a mail program writes them
    headers: list[tuple[str, Any]] = []
    frm_name, frm_addr = spec["from"]
    headers.append(("From", _address(frm_name, frm_addr, spec.get("name_enc"), "From")))
    to = spec.get("to", [CANDIDATE])
    headers.append(("To", ", ".join(formataddr(pair) for pair in to)))
    if "cc" in spec:
        headers.append(("Cc", ", ".join(formataddr(pair) for pair in spec["cc"])))
    if "reply_to" in spec:
        rt_name, rt_addr = spec["reply_to"]
        headers.append(("Reply-To", _address(rt_name, rt_addr, spec.get("rt_enc"), "Reply-To")))
    headers.append(("Subject", _subject(spec["subject"], spec.get("subj_enc"))))
    headers.append(("Date", format_datetime(parse_date(spec["date"]))))
    headers.append(("Message-ID", ids.get(name) or message_id(spec)))
    parent = spec.get("parent")
    if parent:
        headers.append(("In-Reply-To", ids[parent]))
        headers.append(("References", " ".join(refs[parent] + [ids[parent]])))
    for key, value in spec.get("headers", {}).items():
        headers.append((key, value))
    existing = list(msg.items())
    for key in list(msg.keys()):
        del msg[key]
    for key, value in headers:
        msg[key] = value
    for key, value in existing:
        msg[key] = value
    return msg


def flatten(msg: Message) -> bytes:
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=GEN_POLICY).flatten(msg)
    return buffer.getvalue()


# ---------------------------------------------------------------- checks


def _all_defects(message: EmailMessage) -> list[str]:
    found = []
    for part in message.walk():
        found += [repr(d) for d in part.defects]
        for key, value in part.items():
            found += [f"{key}: {d!r}" for d in getattr(value, "defects", ())]
    return found


def check(spec: Spec, data: bytes, expected: list[str]) -> None:
    name = spec["name"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822" or part is msg:
            inner = part if part is msg else part.get_content()
            for key in ("From", "To", "Subject", "Date", "Message-ID"):
                assert len(inner.get_all(key, [])) == 1, f"{name}: {key} not exactly once"
    defects = _all_defects(msg)
    assert not defects, f"{name}: defects {defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{name}: subject {msg['Subject']!r}"
    frm = msg["From"].addresses[0]
    assert frm.display_name == spec["from"][0], f"{name}: from name {frm.display_name!r}"
    assert frm.addr_spec == spec["from"][1], f"{name}: from addr"
    assert msg["Date"].datetime == parse_date(spec["date"]), f"{name}: date"
    assert msg["Date"].datetime.year == 2026
    texts = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    assert texts == expected, f"{name}: text parts do not round-trip"
    # label rules
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGUAGES, name
    senders = [a.lower() for _, a in getaddresses(
        [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
    own = spec["from"][1].lower() == CANDIDATE[1]
    if kind == "other":
        assert company == "", f"{name}: other has a company"
    else:
        assert company and company == company.strip(), f"{name}: job mail needs a company"
        assert not LEGAL_FORMS.search(company), f"{name}: legal form in {company!r}"
        assert not own, f"{name}: own mail must be other"
    if own:
        assert contact == "", f"{name}: own mail has a contact"
    if contact:
        assert contact == contact.lower(), f"{name}: contact case"
        assert contact in senders, f"{name}: contact not in Reply-To/From"
        assert contact != CANDIDATE[1]
        local, domain = contact.split("@")
        assert domain not in ATS_DOMAINS, f"{name}: contact is an ATS address"
        assert not re.search(r"no-?reply|donotreply|notifications?|mailer|jobs-noreply", local), name
    rt = spec.get("reply_to")
    if rt and kind != "other" and not own:
        rt_addr = rt[1].lower()
        human_rt = rt_addr.split("@")[1] not in ATS_DOMAINS and not re.search(
            r"no-?reply|donotreply|notification", rt_addr)
        if human_rt:
            assert contact == rt_addr, f"{name}: a human Reply-To is the contact"


# ---------------------------------------------------------------- main


def collect() -> list[Spec]:
    specs: list[Spec] = []
    for module in (msgs350_threads, msgs350_rejections, msgs350_invites, msgs350_acks,
                   msgs350_other):
        specs += module.MESSAGES
    names = [s["name"] for s in specs]
    dupes = {n for n in names if names.count(n) > 1}
    assert not dupes, f"duplicate names {dupes}"
    return specs


def main() -> None:
    specs = collect()
    order = sorted(specs, key=lambda s: (parse_date(s["date"]), s["name"]))
    ids = {s["name"]: message_id(s) for s in specs}
    refs: dict[str, list[str]] = {}
    by_name = {s["name"]: s for s in specs}

    def chain(name: str) -> list[str]:
        if name not in refs:
            parent = by_name[name].get("parent")
            refs[name] = [*chain(parent), ids[parent]] if parent else []
        return refs[name]

    for spec in specs:
        chain(spec["name"])
        if spec.get("parent"):
            assert parse_date(by_name[spec["parent"]]["date"]) < parse_date(spec["date"]), (
                f"{spec['name']}: reply before its parent")

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)

    rows = []
    for number, spec in enumerate(order, start=1):
        expected: list[str] = []
        data = flatten(build(spec, ids, refs, expected))
        check(spec, data, expected)
        rel = f"{spec['kind']}/{number:03d}_{spec['name']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGUAGES, 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"{'kind':32} " + " ".join(f"{lang:>4}" for lang in LANGUAGES) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32} " + " ".join(f"{counts[lang]:>4}" for lang in LANGUAGES)
              + f"  {sum(counts.values()):>5}")
    totals = [sum(table[k][lang] for k in KINDS) for lang in LANGUAGES]
    print(f"{'total':32} " + " ".join(f"{t:>4}" for t in totals) + f"  {sum(totals):>5}")


if __name__ == "__main__":
    main()
