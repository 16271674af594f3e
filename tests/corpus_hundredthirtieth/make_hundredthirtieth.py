"""Write the hundred-thirtieth labelled corpus from the hand-written specs beside this file.

    python tests/corpus_hundredthirtieth/make_hundredthirtieth.py

Every spec in msgs130_*.py becomes one RFC 5322 message, built with the standard `email`
package, at <kind>/<nnn>_<slug>.eml, and one row of labels.csv. The script writes and deletes
files only inside its own folder. Standard library only; the output is byte-for-byte
reproducible (fixed boundaries, Message-IDs derived from the slug).
"""

from __future__ import annotations

import csv
import email.charset
import hashlib
import sys
from datetime import UTC, datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime, formataddr
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs130_acks  # noqa: E402
import msgs130_invites  # noqa: E402
import msgs130_other  # noqa: E402
import msgs130_rejections  # noqa: E402
from msgs130_common import CANDIDATE, html_to_text  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
SPECS = [*msgs130_rejections.MESSAGES, *msgs130_invites.MESSAGES, *msgs130_acks.MESSAGES,
         *msgs130_other.MESSAGES]


# --- headers -------------------------------------------------------------------------------

def _charset(name: str, enc: str | None) -> email.charset.Charset:
    cs = email.charset.Charset(name)
    if enc == "q":
        cs.header_encoding = email.charset.QP
    elif enc == "b":
        cs.header_encoding = email.charset.BASE64
    elif cs.header_encoding is None:
        cs.header_encoding = email.charset.QP
    return cs


def words(value: str, spec: dict, header_name: str = "") -> str:
    """A header value, RFC 2047-encoded in the spec's header charset when it is not ASCII."""
    if value.isascii():
        if len(value) + len(header_name) + 2 <= 78:
            return value
        return Header(value, "us-ascii", header_name=header_name).encode(linesep="\n")
    name = spec.get("hcharset", spec.get("charset", "utf-8"))
    try:
        value.encode(name)
    except UnicodeEncodeError:  # a mailer falls back to UTF-8 for what its charset cannot carry
        name = "utf-8"
    cs = _charset(name, spec.get("henc"))
    return Header(value, cs, header_name=header_name).encode(linesep="\n")


def address(pair: tuple[str, str], spec: dict) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{words(name, spec)} <{addr}>"


def addresses(pairs: list[tuple[str, str]], spec: dict) -> str:
    return ",\n ".join(address(pair, spec) for pair in pairs)


def message_id(spec: dict) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    digest = hashlib.sha1(spec["slug"].encode()).hexdigest()
    domain = spec["from"][1].split("@")[1]
    stamp = when(spec).astimezone(UTC).strftime("%Y%m%d%H%M%S")
    style = int(digest[:2], 16) % 4
    if domain == "example.at" and spec["from"][1] == CANDIDATE[1]:
        return f"<{digest[:8]}-{digest[8:12]}-{digest[12:16]}@example.at>"
    if style == 0:
        return f"<{digest[:16].upper()}.{stamp}@{domain}>"
    if style == 1:
        return f"<{stamp}.{digest[:20]}@{domain}>"
    if style == 2:
        return f"<{digest[:8]}.{digest[8:14]}.{digest[14:22]}@{domain}>"
    return f"<{digest[:24]}@{domain}>"


def when(spec: dict) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


# --- bodies --------------------------------------------------------------------------------

def pdf(title: str, lines: list[str]) -> bytes:
    """A small but well-formed one-page PDF with the given lines of text."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = "BT /F1 12 Tf 60 780 Td 16 TL " + f"({esc(title)}) Tj T* T* /F1 10 Tf "
    text += " ".join(f"({esc(line)}) Tj T*" for line in lines) + " ET"
    stream = text.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (PDFlib+PDI 9.3) >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _fold_ics(line: str) -> str:
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > 74:
            out.append(current)
            current = " " + ch
        else:
            current += ch
    out.append(current)
    return "\r\n".join(out)


def ics(spec: dict) -> str:
    cal = spec["ics"]
    name, addr = spec["from"] if "organizer" not in cal else cal["organizer"]
    stamp = when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lang = {"de": "de-AT", "en": "en-US", "fr": "fr-CH", "es": "es-ES"}[spec["lang"]]
    lines = [
        "BEGIN:VCALENDAR",
        cal.get("prodid", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VTIMEZONE",
        f"TZID:{cal.get('tzid', 'W. Europe Standard Time')}",
        "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f'ORGANIZER;CN="{name}":mailto:{addr}',
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={CANDIDATE[0]}:mailto:{CANDIDATE[1]}",
        *[f"ATTENDEE;ROLE=OPT-PARTICIPANT;CN={n}:mailto:{a}" for n, a in cal.get("others", [])],
        f"DESCRIPTION;LANGUAGE={lang}:" + cal.get("description", "").replace("\n", "\\n").replace(",", "\\,"),
        f"UID:{cal['uid']}",
        f"SUMMARY;LANGUAGE={lang}:" + cal["summary"].replace(",", "\\,"),
        f"DTSTART;TZID={cal.get('tzid', 'W. Europe Standard Time')}:{cal['start']}",
        f"DTEND;TZID={cal.get('tzid', 'W. Europe Standard Time')}:{cal['end']}",
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{stamp}",
        "TRANSP:OPAQUE",
        f"STATUS:{cal.get('status', 'CONFIRMED')}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"LOCATION;LANGUAGE={lang}:" + cal.get("location", "").replace(",", "\\,"),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_fold_ics(line) for line in lines) + "\r\n"


def body(spec: dict) -> EmailMessage:
    charset = spec.get("charset", "utf-8")
    text, html = spec.get("text"), spec.get("html")
    if html and spec.get("text_from_html"):
        text = html_to_text(html)
    for part in (text, html):
        if part is not None:
            part.encode(charset)  # a spec that its charset cannot carry is a bug
    msg = EmailMessage()
    if text is not None:
        msg.set_content(text, charset=charset, cte=spec.get("cte"))
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset,
                                cte=spec.get("html_cte", "quoted-printable"))
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=spec.get("html_cte", spec.get("cte", "quoted-printable")))
    else:
        raise ValueError(f"{spec['slug']}: no text")
    if "ics" in spec:
        msg.add_alternative(ics(spec), subtype="calendar", charset="utf-8", cte="8bit" if spec.get("ics_8bit") else "base64",
                            params={"method": spec["ics"]["method"]})
        if spec.get("ics_file"):
            msg.add_attachment(ics(spec).encode("utf-8"), maintype="application", subtype="ics",
                               filename="invite.ics")
    for att in spec.get("attach", []):
        data = pdf(att["title"], att["lines"])
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=att["filename"])
    digest = hashlib.sha1(spec["slug"].encode()).hexdigest()
    for number, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{number}_{digest[:10]}.{digest[10:22]}")
    return msg


def render(spec: dict, ids: dict[str, str], chains: dict[str, list[str]]) -> bytes:
    lines = [f"Date: {format_datetime(when(spec))}",
             f"From: {address(spec['from'], spec)}"]
    if spec.get("sender"):
        lines.append(f"Sender: {address(spec['sender'], spec)}")
    if spec.get("reply_to"):
        lines.append(f"Reply-To: {address(spec['reply_to'], spec)}")
    lines.append(f"To: {addresses(spec.get('to', [CANDIDATE]), spec)}")
    if spec.get("cc"):
        lines.append(f"Cc: {addresses(spec['cc'], spec)}")
    lines.append(f"Subject: {words(spec['subject'], spec, 'Subject')}")
    lines.append(f"Message-ID: {ids[spec['slug']]}")
    chain = chains[spec["slug"]]
    if chain:
        lines.append(f"In-Reply-To: {chain[-1]}")
        lines.append("References: " + "\n ".join(chain))
    for name, value in spec.get("headers", {}).items():
        lines.append(f"{name}: {words(value, spec, name)}")
    lines.append("MIME-Version: 1.0")
    raw = body(spec).as_bytes(policy=POLICY)
    head, _, rest = raw.partition(b"\n\n")
    mime = [h for h in head.decode("ascii").replace("\n ", "\0").split("\n")
            if not h.lower().startswith("mime-version:")]
    header = "\n".join(lines + [h.replace("\0", "\n ") for h in mime]) + "\n\n"
    return header.encode("ascii") + rest


# --- corpus --------------------------------------------------------------------------------

def resolve(ids: dict[str, str]) -> dict[str, list[str]]:
    """The References chain of every spec: its parent's chain, then the parent."""
    by_slug = {spec["slug"]: spec for spec in SPECS}
    chains: dict[str, list[str]] = {}

    def chain(slug: str) -> list[str]:
        if slug in chains:
            return chains[slug]
        spec = by_slug[slug]
        out: list[str] = []
        for ref in spec.get("refs", []):
            out.extend([ref] if ref.startswith("<") else [*chain(ref), ids[ref]])
        parent = spec.get("reply")
        if parent:
            out.extend([parent] if parent.startswith("<") else [*chain(parent), ids[parent]])
        seen: list[str] = []
        for item in out:
            if item not in seen:
                seen.append(item)
        chains[slug] = seen
        return seen

    for spec in SPECS:
        chain(spec["slug"])
    return chains


def check(spec: dict) -> None:
    slug = spec["slug"]
    assert spec["kind"] in KINDS, slug
    assert spec["lang"] in LANGS, slug
    assert (spec["company"] == "") == (spec["kind"] == "other"), slug
    contact = spec["contact"]
    if contact:
        assert contact == contact.lower(), slug
        heads = [spec["from"][1].lower()] + ([spec["reply_to"][1].lower()] if spec.get("reply_to") else [])
        assert contact in heads, slug
        assert contact != CANDIDATE[1], slug
    if spec["from"][1] == CANDIDATE[1]:
        assert spec["kind"] == "other" and not contact, slug
    assert when(spec).year == 2026 and 1 <= when(spec).month <= 10, slug


def main() -> None:
    slugs = [spec["slug"] for spec in SPECS]
    assert len(slugs) == len(set(slugs)), "duplicate slugs"
    for spec in SPECS:
        check(spec)
    ids = {spec["slug"]: message_id(spec) for spec in SPECS}
    assert len(set(ids.values())) == len(ids), "duplicate Message-IDs"
    chains = resolve(ids)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    counters = dict.fromkeys(KINDS, 0)
    rows = []
    for spec in SPECS:
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(render(spec, ids, chains))
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(f"{len(rows)} messages written to {HERE}")


if __name__ == "__main__":
    main()
