"""Build corpus 242 (blind, hand-written) from the specs in msgs242_*.py.

Run from the repository root:  python tests/corpus_twohundredfortysecond/make_twohundredfortysecond.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder, then
re-parses every written message with the default policy and checks it: no defects, the subject
and every body round-trip, the labels agree with the headers.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, getaddresses
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs242_acks  # noqa: E402
import msgs242_invites  # noqa: E402
import msgs242_other  # noqa: E402
import msgs242_rejections  # noqa: E402
from msgs242_common import CAND, CANDIDATE_ADDR  # noqa: E402

KIND_COUNTS = {
    "rejection": 31,
    "interview_invitation": 26,
    "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10,
    "application_received": 21,
    "offer": 10,
    "other": 52,
}
LANGS = {"en", "de", "fr", "es"}
NL = "\r\n"
POLICY = email.policy.compat32.clone(linesep=NL, max_line_length=0)
SYSTEM = re.compile(
    r"(no-?reply|noreply|do-?not-?reply|ne-pas-repondre|notifica|mailer-daemon|alert|"
    r"newsletter|news@|info@|jobs@|digest)|@(.+\.)?(myworkday\.com|greenhouse-mail\.io|"
    r"hire\.lever\.co|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|"
    r"personio\.de|successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|"
    r"workablemail\.com|recruitee\.com)$"
)
LEGAL = re.compile(r"\b(GmbH|AG|S\.?A\.?U?|S\.?L\.?U?|Ltd|Limited|Inc|SAS|SARL|LLC|KG|plc)\.?$")


# ---------------------------------------------------------------- headers

_Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _q(data: bytes) -> str:
    out = []
    for byte in data:
        if byte == 0x20:
            out.append("_")
        elif byte in _Q_SAFE:
            out.append(chr(byte))
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, mode: str) -> list[str]:
    """RFC 2047 encoded words of at most 75 characters, never splitting a character."""
    words: list[str] = []
    chunk = ""
    prefix = f"=?{charset}?{mode}?"

    def enc(s: str) -> str:
        raw = s.encode(charset)
        body = _q(raw) if mode == "Q" else base64.b64encode(raw).decode("ascii")
        return f"{prefix}{body}?="

    for char in text:
        if chunk and len(enc(chunk + char)) > 75:
            words.append(enc(chunk))
            chunk = ""
        chunk += char
    if chunk:
        words.append(enc(chunk))
    return words


def phrase(name: str, enc: tuple[str, str] | None) -> str:
    if enc is None and name.isascii():
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return name
    charset, mode = enc or ("utf-8", "Q")
    return (NL + " ").join(encoded_words(name, charset, mode))


def mailbox(addr: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, address = addr
    return f"{phrase(name, enc)} <{address}>" if name else address


def subject_value(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and subject.isascii():
        return subject
    charset, mode = enc or ("utf-8", "Q")
    return (NL + " ").join(encoded_words(subject, charset, mode))


# ---------------------------------------------------------------- bodies

def leaf(text: str, subtype: str, charset: str, cte: str, extra: str = "") -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    part["Content-Transfer-Encoding"] = cte
    data = text.encode(charset)
    if cte == "7bit":
        assert text.isascii(), "7bit body with non-ASCII text"
        payload = text
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        canonical = text.replace("\r\n", "\n").replace("\n", "\r\n")
        payload = base64.encodebytes(canonical.encode(charset)).decode("ascii")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    return part


def build_pdf(lines: list[str], title: str) -> bytes:
    def pdf_str(s: str) -> bytes:
        raw = s.encode("cp1252", "replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    stream = b"BT /F1 11 Tf 56 780 Td 15 TL\n"
    for line in lines:
        stream += pdf_str(line) + b" Tj T*\n"
    stream += b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + pdf_str(title) + b" /Producer (corpus242) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


VTIMEZONES = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Dublin": ("+0000", "+0100", "GMT", "IST"),
}


def vtimezone(tzid: str) -> list[str]:
    std, dst, std_name, dst_name = VTIMEZONES[tzid]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line: str) -> list[str]:
    out, current = [], ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = ""
        current += char
    out.append(current)
    return [out[0]] + [" " + rest for rest in out[1:]]


def build_ics(spec: dict, sent: datetime) -> str:
    def when(value: str) -> str:
        stamp = datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")
        return f";TZID={spec['tzid']}:{stamp}" if spec["tzid"] else f":{stamp}Z"

    stamp = spec["stamp"] or sent.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    org_name, org_addr = spec["organizer"]
    att_name, att_addr = spec["attendee"]
    cancel = spec["method"] == "CANCEL"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus242//Hand-written invite//ES", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{spec['method']}"]
    if spec["tzid"]:
        lines += vtimezone(spec["tzid"])
    lines += [
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec['seq']}",
        f"DTSTAMP:{stamp}",
        f"DTSTART{when(spec['start'])}",
        f"DTEND{when(spec['end'])}",
        f"SUMMARY:{ics_escape(spec['summary'])}",
    ]
    if spec["location"]:
        lines.append(f"LOCATION:{ics_escape(spec['location'])}")
    if spec["description"]:
        lines.append(f"DESCRIPTION:{ics_escape(spec['description'])}")
    lines += [
        f"ORGANIZER;CN={ics_escape(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;CN={ics_escape(att_name)};ROLE=REQ-PARTICIPANT;"
        f"PARTSTAT={'NEEDS-ACTION' if not cancel else 'DECLINED'};RSVP=TRUE:mailto:{att_addr}",
        f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in fold(line)]
    return "\r\n".join(folded) + "\r\n"


def multipart(subtype: str, boundary: str, parts: list[Message]) -> Message:
    container = Message()
    container["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        container.attach(part)
    return container


def build_body(spec: dict, sent: datetime, seed: str) -> tuple[Message, list[str]]:
    """The MIME tree (without the top headers) and the calendar texts it holds."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    alternatives: list[Message] = []
    if spec.get("text") is not None:
        alternatives.append(leaf(spec["text"], "plain", charset, cte))
    if spec.get("html") is not None:
        alternatives.append(leaf(spec["html"], "html", spec.get("html_charset", charset),
                                 spec.get("html_cte", cte)))
    calendars: list[str] = []
    attachments: list[Message] = []
    for att in spec.get("attach", []):
        if att["type"] == "pdf":
            part = Message()
            part["Content-Type"] = f'application/pdf; name="{att["filename"]}"'
            part["Content-Disposition"] = f'attachment; filename="{att["filename"]}"'
            part["Content-Transfer-Encoding"] = "base64"
            part.set_payload(base64.encodebytes(build_pdf(att["lines"], att["title"]))
                             .decode("ascii"))
            attachments.append(part)
        elif att["type"] == "ics":
            text = build_ics(att, sent)
            calendars.append(text)
            method = f"; method={att['method']}"
            if att["inline"]:
                alternatives.append(leaf(text, "calendar", "utf-8", att["cte"], method))
            if att["filename"]:
                part = Message()
                part["Content-Type"] = f'application/ics; name="{att["filename"]}"'
                part["Content-Disposition"] = f'attachment; filename="{att["filename"]}"'
                part["Content-Transfer-Encoding"] = "base64"
                part.set_payload(base64.encodebytes(text.encode("utf-8")).decode("ascii"))
                attachments.append(part)
        else:
            raise ValueError(att["type"])
    if len(alternatives) == 1:
        body = alternatives[0]
    else:
        body = multipart("alternative", f"----=_Alt_{seed}_01", alternatives)
    if attachments:
        body = multipart("mixed", f"----=_Mix_{seed}_00", [body, *attachments])
    return body, calendars


# ---------------------------------------------------------------- messages

def sent_at(spec: dict) -> datetime:
    sign = 1 if spec["tz"][0] == "+" else -1
    hours, minutes = int(spec["tz"][1:3]), int(spec["tz"][3:5])
    tz = timezone(sign * timedelta(hours=hours, minutes=minutes))
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def message_id(spec: dict) -> str:
    key = spec.get("key", spec["slug"])
    digest = hashlib.sha1(f"242/{key}".encode()).hexdigest()
    domain = spec.get("msgid_domain") or spec["frm"][1].split("@", 1)[1]
    return f"<{sent_at(spec):%Y%m%d%H%M%S}.{digest[:14]}@{domain}>"


def render(spec: dict, ids: dict[str, str], refs: dict[str, list[str]]) -> tuple[bytes, list]:
    sent = sent_at(spec)
    key = spec.get("key", spec["slug"])
    seed = hashlib.sha1(f"boundary/{key}".encode()).hexdigest()[:16]
    head = [
        ("Date", format_datetime(sent)),
        ("From", mailbox(spec["frm"], spec.get("frm_enc"))),
        ("To", ", ".join(mailbox(a, spec.get("to_enc")) for a in spec.get("to") or [CAND])),
    ]
    if spec.get("cc"):
        head.append(("Cc", ", ".join(mailbox(a) for a in spec["cc"])))
    if spec.get("reply_to"):
        head.append(("Reply-To", mailbox(spec["reply_to"], spec.get("rt_enc"))))
    head.append(("Subject", subject_value(spec["subject"], spec.get("subj_enc"))))
    head.append(("Message-ID", ids[key]))
    if spec.get("parent"):
        head.append(("In-Reply-To", ids[spec["parent"]]))
        head.append(("References", " ".join(refs[key])))
    head.append(("MIME-Version", "1.0"))
    head += list(spec.get("headers", []))
    body, calendars = build_body(spec, sent, seed)
    buffer = BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY).flatten(body)
    block = "".join(f"{name}: {value}{NL}" for name, value in head if value is not None)
    return block.encode("ascii") + buffer.getvalue(), calendars


def norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()


def verify(spec: dict, raw: bytes, calendars: list[str], label: dict[str, str]) -> None:
    name = label["file"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects}"
        for header, value in part.items():
            defects = getattr(value, "defects", ())
            assert not defects, f"{name}: header {header} defects {defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{name}: subject {msg['Subject']!r}"
    assert msg["Date"].datetime.year == 2026, name
    texts = {"plain": [], "html": [], "calendar": []}
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts[part.get_content_subtype()].append(part.get_content())
    if spec.get("text") is not None:
        assert [norm(t) for t in texts["plain"]] == [norm(spec["text"])], f"{name}: plain body"
    else:
        assert not texts["plain"], name
    if spec.get("html") is not None:
        assert [norm(t) for t in texts["html"]] == [norm(spec["html"])], f"{name}: html body"
    inline = [c for c, a in zip(calendars, [a for a in spec.get("attach", [])
                                            if a["type"] == "ics"], strict=True) if a["inline"]]
    assert [norm(t) for t in texts["calendar"]] == [norm(c) for c in inline], f"{name}: ics"
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    for part in pdfs:
        data = part.get_content()
        assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), name
    assert len(pdfs) == sum(a["type"] == "pdf" for a in spec.get("attach", [])), name
    # labels against headers
    senders = [a.lower() for _, a in getaddresses(
        [str(v) for h in ("From", "Reply-To") for v in msg.get_all(h, [])])]
    own = spec["frm"][1].lower() == CANDIDATE_ADDR
    if own:
        assert label["kind"] == "other" and not label["contact"], f"{name}: own mail"
    if label["contact"]:
        contact = label["contact"]
        assert contact == contact.lower() and contact in senders, f"{name}: contact {contact}"
        assert not SYSTEM.search(contact), f"{name}: system contact {contact}"
    else:
        humans = [a for a in senders if a != CANDIDATE_ADDR and not SYSTEM.search(a)]
        assert own or not humans or spec.get("no_contact_ok"), f"{name}: human sender {humans}"
    if label["kind"] == "other":
        assert not label["company"], name
    else:
        assert label["company"] and not LEGAL.search(label["company"]), f"{name}: company"
    assert label["language"] in LANGS, name


def main() -> None:
    specs = (msgs242_rejections.MESSAGES + msgs242_invites.MESSAGES + msgs242_acks.MESSAGES
             + msgs242_other.MESSAGES)
    counts = Counter(s["kind"] for s in specs)
    assert counts == Counter(KIND_COUNTS), f"kind counts {dict(counts)}"
    keys = [s.get("key", s["slug"]) for s in specs]
    assert len(set(keys)) == len(keys), [k for k, n in Counter(keys).items() if n > 1]
    by_key = dict(zip(keys, specs, strict=True))
    ids = {key: message_id(spec) for key, spec in by_key.items()}
    assert len(set(ids.values())) == len(ids)
    refs: dict[str, list[str]] = {}

    def chain(key: str) -> list[str]:
        if key not in refs:
            parent = by_key[key].get("parent")
            refs[key] = [*chain(parent), ids[parent]] if parent else []
            if parent:
                assert sent_at(by_key[parent]) < sent_at(by_key[key]), f"{key}: before parent"
        return refs[key]

    for key in keys:
        chain(key)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)
    numbers: Counter[str] = Counter()
    rows = []
    for key, spec in zip(keys, specs, strict=True):
        kind = spec["kind"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        label = {"file": rel, "kind": kind, "company": spec.get("company", ""),
                 "contact": spec.get("contact", ""), "language": spec["lang"]}
        try:
            raw, calendars = render(spec, ids, refs)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        verify(spec, raw, calendars, label)
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append(label)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact",
                                                    "language"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    table = Counter((r["kind"], r["language"]) for r in rows)
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':32} " + " ".join(f"{lang:>4}" for lang in ("es", "en", "fr", "de")))
    for kind in KIND_COUNTS:
        print(f"{kind:32} " + " ".join(f"{table[(kind, lang)]:>4}"
                                       for lang in ("es", "en", "fr", "de")))
    totals = Counter(r["language"] for r in rows)
    print(f"{'total':32} " + " ".join(f"{totals[lang]:>4}" for lang in ("es", "en", "fr", "de")))


if __name__ == "__main__":
    main()
