"""Build the threehundredtwentyninth corpus: every spec in msgs329_*.py becomes one .eml file.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder, with the
same bytes on every run (fixed boundaries, Message-IDs and dates). Every message is parsed again
with email.policy.default and checked: no defects, subject, From name, date and text bodies
round-trip, and the label rules hold.

    python tests/corpus_threehundredtwentyninth/make_threehundredtwentyninth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import io
import quopri
import re
import sys
from collections import Counter
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import msgs329_acks  # noqa: E402
import msgs329_invites  # noqa: E402
import msgs329_other  # noqa: E402
import msgs329_rejections  # noqa: E402
import msgs329_threads  # noqa: E402
from msgs329_common import ME, ME_ADDR  # noqa: E402

Spec = dict[str, Any]
POLICY = email.policy.default.clone(linesep="\r\n")
KINDS = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)
LANGS = ("es", "en", "de", "fr")
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
LEGAL_FORMS = re.compile(
    r"\b(GmbH|S\.?A\.?U?|S\.?L\.?U?|SAS|SARL|SA|Ltd|Inc|AG|KG|SE|LLC|plc|Lda|S\.A\.S\.)\.?$",
    re.IGNORECASE,
)
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|notifications?|mailer|jobs-noreply"
                          r"|alerts?|alertas|avisos|notificaciones|boletin|news|newsletter|bounce|calendar|system"
                          r"|info)\b")


def all_specs() -> list[Spec]:
    return [*msgs329_threads.SPECS, *msgs329_rejections.SPECS, *msgs329_invites.SPECS,
            *msgs329_acks.SPECS, *msgs329_other.SPECS]


# ---------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 encoded words of one charset and encoding, each short enough, folded."""
    def one(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc == "b":
            return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
        body = quopri.encodestring(raw, header=True).decode("ascii")
        body = body.replace("=\n", "").replace("?", "=3F").replace("\t", "=09")
        return f"=?{charset}?Q?{body}?="

    words: list[str] = []
    cur = ""
    for ch in text:
        if cur and len(one(cur + ch)) > 60:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return "\r\n ".join(words)


def address_value(name: str, addr: str, enc: tuple[str, str] | None) -> str | Address:
    if enc is None:
        return formataddr((name, addr)) if name.isascii() else Address(name, addr_spec=addr)
    words = encoded_words(name, enc[1], enc[0])
    last = words.rsplit("\n", 1)[-1]
    sep = " " if len(last) + len(addr) + 3 <= 70 else "\r\n "
    return f"{words}{sep}<{addr}>"


def message_id(spec: Spec) -> str:
    domain = spec["frm"][1].split("@")[1]
    return f"<329.{spec['mid']}@{domain}>"


def phantom_id(key: str) -> str:
    return f"<329.{key}@mail.example.es>"


# ---------------------------------------------------------------- bodies

def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF with the given text lines (Helvetica, WinAnsi)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(
        f"({esc(line)}) Tj T*\n" for line in lines) + "ET\n"
    data = stream.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"endstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


TZ_BLOCK = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
    "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST"),
}


def ics_text(ics: Spec) -> str:
    std, dst, sname, dname = TZ_BLOCK[ics["tz"]]
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus329//Calendar//ES", "VERSION:2.0",
        f"METHOD:{ics['method']}", "CALSCALE:GREGORIAN",
        "BEGIN:VTIMEZONE", f"TZID:{ics['tz']}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dname}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sname}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{ics['stamp']}",
        f"DTSTART;TZID={ics['tz']}:{ics['start']}", f"DTEND;TZID={ics['tz']}:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics['location']}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics['description']}")
    lines += [
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{ME_ADDR}",
        f"STATUS:{'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


def build(spec: Spec, ids: dict[str, str], refs: dict[str, list[str]], seq: int,
          expected: list[str]) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    name, addr = spec["frm"]
    if spec.get("name_enc"):
        msg.set_raw("From", str(address_value(name, addr, spec["name_enc"])))
    else:
        msg["From"] = address_value(name, addr, None)
    if spec.get("reply_to"):
        msg["Reply-To"] = address_value(*spec["reply_to"], None)
    to = spec.get("to", [ME])
    msg["To"] = ", ".join(formataddr(t) if t[0].isascii() else str(Address(t[0], addr_spec=t[1]))
                          for t in to)
    if spec.get("cc"):
        msg["Cc"] = ", ".join(formataddr(t) for t in spec["cc"])
    if spec.get("subject_enc"):
        enc, charset = spec["subject_enc"]
        msg.set_raw("Subject", encoded_words(spec["subject"], charset, enc))
    else:
        msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z"))
    msg["Message-ID"] = ids[spec["mid"]]
    chain = refs.get(spec["mid"], [])
    if chain:
        msg["In-Reply-To"] = chain[-1]
        msg["References"] = " ".join(chain)
    for key, value in spec.get("headers", {}).items():
        msg[key] = value
    fill(msg, spec, seq, expected)
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()
                             and p.get_content_maintype() == "multipart"):
        part.set_boundary(f"=_329_{seq:03d}_{i}_{spec['mid'][:12]}")
    return msg


def fill(msg: EmailMessage, spec: Spec, seq: int, expected: list[str]) -> None:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    text, html_body = spec.get("text"), spec.get("html")
    if text is not None:
        msg.set_content(text, subtype="plain", charset=charset, cte=cte)
        expected.append(text)
        if html_body is not None:
            msg.add_alternative(html_body, subtype="html", charset=charset,
                                cte=spec.get("html_cte", cte))
            expected.append(html_body)
    else:
        assert html_body is not None, spec["mid"]
        msg.set_content(html_body, subtype="html", charset=charset, cte=cte)
        expected.append(html_body)
    if spec.get("ics"):
        cal = ics_text(spec["ics"])
        if not msg.is_multipart():
            msg.make_alternative()
        msg.add_alternative(cal, subtype="calendar", charset="utf-8",
                            cte="7bit" if cal.isascii() else "8bit",
                            params={"method": spec["ics"]["method"]})
        expected.append(cal)
    for filename, lines in spec.get("attach", []):
        msg.add_attachment(pdf_bytes(lines), maintype="application", subtype="pdf",
                           filename=filename)
    if spec.get("ics_file"):
        cal = ics_text(spec["ics_file"])
        msg.add_attachment(cal, subtype="calendar", charset="utf-8", cte="base64",
                           filename="invite.ics", params={"method": spec["ics_file"]["method"]})
        expected.append(cal)
    if spec.get("forward"):
        inner_spec = spec["forward"]
        inner_ids = {inner_spec["mid"]: message_id(inner_spec)}
        msg.add_attachment(build(inner_spec, inner_ids, {}, seq * 10 + 1, expected))


# ---------------------------------------------------------------- checks

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check_message(spec: Spec, raw: bytes, expected: list[str]) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    where = spec["mid"]
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    frm = msg["From"].addresses[0]
    assert frm.display_name == spec["frm"][0], f"{where}: from name {frm.display_name!r}"
    assert frm.addr_spec.lower() == spec["frm"][1].lower(), where
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    assert msg["Date"].datetime == when and when.year == 2026, f"{where}: date"
    texts = [part.get_content() for part in msg.walk()
             if part.get_content_maintype() == "text"]
    assert sorted(map(norm, texts)) == sorted(map(norm, expected)), f"{where}: bodies differ"
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[header], f"{where}: no {header}"
    check_labels(spec, msg)


def is_system(addr: str) -> bool:
    local, _, domain = addr.partition("@")
    return (any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)
            or bool(SYSTEM_LOCAL.match(local)))


def check_labels(spec: Spec, msg: EmailMessage) -> None:
    where = spec["mid"]
    kind, company, contact, lang = spec["kind"], spec["company"], spec["contact"], spec["lang"]
    assert kind in KINDS and lang in LANGS, where
    if kind == "other":
        assert company == "", f"{where}: company on other"
    else:
        assert company and company == company.strip(), f"{where}: company missing"
        assert not LEGAL_FORMS.search(company), f"{where}: legal form in {company!r}"
    own = spec["frm"][1].lower() == ME_ADDR
    if own:
        assert kind == "other" and contact == "", f"{where}: own mail"
    if contact:
        assert contact == contact.lower(), where
        assert contact != ME_ADDR and not is_system(contact), f"{where}: system contact"
        values = [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])]
        found = [a.lower() for _, a in getaddresses(values) if a]
        assert contact in found, f"{where}: contact not in Reply-To/From"
        reply = [a.lower() for _, a in getaddresses(
            [str(v) for v in msg.get_all("Reply-To", [])]) if a]
        human_reply = [a for a in reply if not is_system(a) and a != ME_ADDR]
        if human_reply:
            assert contact == human_reply[0], f"{where}: contact should be the Reply-To"
    else:
        reply = [a.lower() for _, a in getaddresses(
            [str(v) for v in msg.get_all("Reply-To", []) + msg.get_all("From", [])]) if a]
        humans = [a for a in reply if not is_system(a) and a != ME_ADDR]
        assert not humans or spec.get("no_contact_ok"), f"{where}: human sender {humans} unlabelled"


# ---------------------------------------------------------------- main

def reference_chains(specs: list[Spec], ids: dict[str, str]) -> dict[str, list[str]]:
    """Each message's References: its parent's chain plus the parent, whatever the file order."""
    parents = {s["mid"]: s.get("parent") for s in specs}
    chains: dict[str, list[str]] = {}

    def chain(mid: str) -> list[str]:
        if mid not in chains:
            parent = parents.get(mid)
            if not parent:
                chains[mid] = []
            else:
                chains[mid] = [*chain(parent), ids.get(parent) or phantom_id(parent)]
        return chains[mid]

    for spec in specs:
        chain(spec["mid"])
    return chains


def main() -> None:
    specs = all_specs()
    mids = [s["mid"] for s in specs]
    dupes = [m for m, n in Counter(mids).items() if n > 1]
    assert not dupes, f"duplicate mids {dupes}"
    ids = {s["mid"]: message_id(s) for s in specs}
    for path in HERE.rglob("*.eml"):
        path.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    refs = reference_chains(specs, ids)
    rows = []
    for seq, spec in enumerate(specs, 1):
        expected: list[str] = []
        msg = build(spec, ids, refs, seq, expected)
        raw = msg.as_bytes(policy=POLICY)
        check_message(spec, raw, expected)
        rel = f"{spec['kind']}/{seq:03d}_{spec['mid']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((r[1], r[4]) for r in rows)
    print(f"{len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in counts) + f"  {sum(counts):5d}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"  {sum(totals):5d}")


if __name__ == "__main__":
    main()
