"""Build corpus 283 (Aisling Moreau-Kapoor's mailbox) from the hand-written specs.

Run from the repository root:

    python tests/corpus_twohundredeightythird/make_twohundredeightythird.py

Standard library only. The header block of every message is written here, so that encoded
words can use the charset and encoding (Q or B) each spec asks for; the MIME body is built with
the `email` package. Boundaries, Message-IDs and dates are deterministic. Every written message
is parsed back with the default policy and checked: no defects, subject and bodies round-trip.
Only *.eml files and labels.csv inside this folder are deleted and rewritten.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import sys
from collections import Counter
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs283_acks  # noqa: E402
import msgs283_invites  # noqa: E402
import msgs283_other  # noqa: E402
import msgs283_rejections  # noqa: E402
from msgs283_common import CAND, CAND_ADDR  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
LEGAL_FORMS = ("gmbh", "ag", "sa", "s.a.", "sl", "s.l.", "ltd", "ltd.", "limited", "inc",
               "inc.", "sas", "sarl", "llc", "plc", "e.v.", "ggmbh", "cic", "kg", "s.l.u.")
SYSTEM_LOCAL = ("no-reply", "noreply", "do-not-reply", "donotreply", "notifications",
                "notification", "alerts", "alert", "mailer-daemon", "news", "newsletter",
                "jobs-noreply", "info", "careers-noreply", "updates", "digest", "tracking")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "jobs.recruitee.com")
LINESEP = "\n"
POLICY = email.policy.default.clone(linesep=LINESEP)


# ---------------------------------------------------------------- header writing

def _q_chunks(text: str, charset: str) -> list[str]:
    """Encode text as RFC 2047 Q words (strict phrase-safe alphabet), each word <= 75 chars."""
    safe = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
    words, current = [], ""
    prefix, suffix = f"=?{charset}?Q?", "?="
    for ch in text:
        if ch == " ":
            piece = "_"
        elif ch in safe:
            piece = ch
        else:
            piece = "".join(f"={b:02X}" for b in ch.encode(charset))
        if len(prefix) + len(current) + len(piece) + len(suffix) > 72:
            words.append(prefix + current + suffix)
            current = ""
        current += piece
    if current:
        words.append(prefix + current + suffix)
    return words


def _b_chunks(text: str, charset: str) -> list[str]:
    """Encode text as RFC 2047 B words, splitting on character boundaries."""
    words, current = [], b""
    for ch in text:
        raw = ch.encode(charset)
        if len(current) + len(raw) > 42:
            words.append(current)
            current = b""
        current += raw
    if current:
        words.append(current)
    return [f"=?{charset}?B?{base64.b64encode(w).decode('ascii')}?=" for w in words]


def encoded_words(text: str, how: tuple[str, str]) -> str:
    charset, enc = how
    words = _q_chunks(text, charset) if enc.upper() == "Q" else _b_chunks(text, charset)
    return (LINESEP + " ").join(words)


def fold(name: str, value: str) -> str:
    """Fold an unstructured ASCII header at spaces so lines stay under 78 characters."""
    line, out = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 76 and line.strip() and not line.endswith(":"):
            out.append(line)
            line = " " + word
        else:
            line = f"{line} {word}"
    out.append(line)
    return LINESEP.join(out)


def is_ascii(text: str) -> bool:
    return all(ord(c) < 128 for c in text)


def address(pair: tuple[str, str], how: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if how is None and is_ascii(name):
        return formataddr((name, addr))
    return f"{encoded_words(name, how or ('utf-8', 'Q'))} <{addr}>"


def address_list(pairs: list[tuple[str, str]], how: tuple[str, str] | None = None) -> str:
    return ("," + LINESEP + " ").join(address(p, how) for p in pairs)


# ---------------------------------------------------------------- attachments

def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing the given lines in Helvetica."""
    def pdf_str(s: str) -> str:
        s = s.encode("latin-1", "replace").decode("latin-1")
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    text_ops = ["BT", "/F1 16 Tf", "56 780 Td", f"{pdf_str(title)} Tj", "/F1 11 Tf", "0 -28 Td"]
    for line in lines:
        text_ops += [f"{pdf_str(line)} Tj", "0 -16 Td"]
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title " + pdf_str(title).encode("latin-1") + b" /Producer (corpus283) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, raw = [], line
    while len(raw.encode("utf-8")) > 74:
        cut = 74
        while len(raw[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(raw[:cut])
        raw = " " + raw[cut:]
    out.append(raw)
    return out


def _utc(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(spec: dict, stamp: str) -> str:
    method = spec["method"]
    org_name, org_addr = spec["organizer"]
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus283//Hand-written calendar//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
        f"UID:{spec['uid']}", f"SEQUENCE:{spec.get('seq', 0)}", f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(spec['start'])}", f"DTEND:{_utc(spec['end'])}",
        f"SUMMARY:{_ics_escape(spec['summary'])}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f"ATTENDEE;CN={CAND[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CAND_ADDR}",
    ]
    if spec.get("location"):
        lines.append(f"LOCATION:{_ics_escape(spec['location'])}")
    if spec.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(spec['description'])}")
    status = spec.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- body building

def build_body(spec: dict, stamp: str) -> EmailMessage:
    charset = spec.get("charset", "utf-8")
    text, html = spec.get("text"), spec.get("html")
    msg = EmailMessage(policy=POLICY)
    if text is not None:
        msg.set_content(text, subtype="plain", charset=charset,
                        cte=spec.get("cte") or default_cte(text))
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=spec.get("html_charset", charset),
                                cte=spec.get("html_cte", "quoted-printable"))
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset,
                        cte=spec.get("cte", "quoted-printable"))
    else:
        raise ValueError(f"{spec['name']}: no body")
    ics = spec.get("ics")
    if ics is not None:
        cal = make_ics(ics, stamp)
        if spec.get("ics_mode", "alt") == "alt":
            if not msg.is_multipart():
                msg.make_alternative()
            msg.add_alternative(cal, subtype="calendar", charset="utf-8", cte="7bit"
                                if is_ascii(cal) else "quoted-printable",
                                params={"method": ics["method"]})
        else:
            msg.add_attachment(cal.encode("utf-8"), maintype="application", subtype="ics",
                               filename=spec.get("ics_name", "invite.ics"))
    for pdf in spec.get("pdfs", []):
        msg.add_attachment(make_pdf(pdf["title"], pdf["lines"]), maintype="application",
                           subtype="pdf", filename=pdf["filename"])
    return msg


def default_cte(text: str) -> str:
    if is_ascii(text) and max(len(line) for line in text.split("\n")) < 900:
        return "7bit"
    return "quoted-printable"


def set_boundaries(msg: EmailMessage, seed: str) -> None:
    for number, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            digest = hashlib.sha1((seed + str(number)).encode()).hexdigest()[:12]
            part.set_boundary(f"=_283_{seed}_{number}_{digest}")


# ---------------------------------------------------------------- one message

def message_id(spec: dict, rel: str) -> str:
    domain = spec["frm"][1].split("@", 1)[1]
    stamp = datetime.fromisoformat(spec["date"]).strftime("%Y%m%d%H%M%S")
    token = hashlib.sha1(rel.encode()).hexdigest()[:12]
    return f"<{stamp}.{token}@{domain}>"


def external_id(key: str) -> str:
    return f"<{key}.sent@mail.example.co.uk>"


def render(spec: dict, rel: str, ids: dict[str, str]) -> bytes:
    headers: list[str] = []
    for name, value in spec.get("pre_headers", []):
        headers.append(fold(name, value))
    headers.append("From: " + address(spec["frm"], spec.get("frm_enc")))
    headers.append("To: " + address_list(spec.get("to", [CAND]), spec.get("to_enc")))
    if spec.get("cc"):
        headers.append("Cc: " + address_list(spec["cc"], spec.get("cc_enc")))
    if spec.get("reply_to"):
        headers.append("Reply-To: " + address(spec["reply_to"], spec.get("reply_to_enc")))
    subject = spec["subject"]
    how = spec.get("subject_enc")
    if how is None and not is_ascii(subject):
        how = ("utf-8", "B")
    if how is None:
        headers.append(fold("Subject", subject))
    else:
        keep = spec.get("subject_keep_prefix", "")
        assert subject.startswith(keep)
        rest = subject[len(keep):]
        headers.append("Subject: " + keep + encoded_words(rest, how))
    when = datetime.fromisoformat(spec["date"])
    assert when.tzinfo is not None and when.year == 2026, rel
    headers.append("Date: " + format_datetime(when))
    headers.append("Message-ID: " + ids[spec["_file"]])
    refs = [ids.get(k) or external_id(k) for k in spec.get("refs", [])]
    if refs:
        headers.append("In-Reply-To: " + refs[-1])
        headers.append("References: " + (LINESEP + " ").join(refs))
    for name, value in spec.get("headers", []):
        headers.append(fold(name, value))
    body = build_body(spec, spec["date"])
    set_boundaries(body, hashlib.sha1(rel.encode()).hexdigest()[:8])
    out = io.BytesIO()
    BytesGenerator(out, policy=POLICY, mangle_from_=False).flatten(body)
    return (LINESEP.join(headers) + LINESEP).encode("ascii") + out.getvalue()


# ---------------------------------------------------------------- checks

def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip("\n").split("\n"))


def check(spec: dict, rel: str, data: bytes) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[name] is None:
            problems.append(f"missing {name}")
    for name, value in msg.items():
        if getattr(value, "defects", None):
            problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    if msg["Date"].datetime.year != 2026:
        problems.append("date year")
    texts = {
        part.get_content_subtype(): _norm(part.get_content())
        for part in msg.walk() if part.get_content_maintype() == "text"
        and part.get_content_subtype() in ("plain", "html")
    }
    for key in ("text", "html"):
        if spec.get(key) is not None:
            sub = "plain" if key == "text" else "html"
            if texts.get(sub) != _norm(spec[key]):
                problems.append(f"{key} body does not round-trip")
    if spec.get("ics"):
        cal = [p for p in msg.walk() if p.get_content_type() in ("text/calendar",
                                                                   "application/ics")]
        if len(cal) != 1:
            problems.append("calendar part missing")
        else:
            content = cal[0].get_content()
            if isinstance(content, bytes):
                content = content.decode("utf-8")
            if f"METHOD:{spec['ics']['method']}" not in content:
                problems.append("calendar method")
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    if len(pdfs) != len(spec.get("pdfs", [])):
        problems.append("pdf count")
    for pdf in pdfs:
        content = pdf.get_content()
        if not (content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")):
            problems.append("pdf shape")
    for name in ("From", "Reply-To", "To", "Cc"):
        for value in msg.get_all(name, []):
            for _, addr in getaddresses([str(value)]):
                if "@" not in addr:
                    problems.append(f"bad address in {name}: {addr!r}")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def check_label(spec: dict, rel: str) -> None:
    kind, company, contact, lang = spec["kind"], spec["company"], spec["contact"], spec["lang"]
    assert kind in KINDS, rel
    assert lang in LANGS, rel
    own = spec["frm"][1].lower() == CAND_ADDR
    if own:
        assert kind == "other" and contact == "", rel
    if kind == "other":
        assert company == "", rel
    else:
        assert company, rel
        assert company.split()[-1].lower() not in LEGAL_FORMS, rel
    if contact:
        assert contact == contact.lower(), rel
        allowed = [spec["frm"][1].lower()]
        if spec.get("reply_to"):
            allowed.append(spec["reply_to"][1].lower())
        assert contact in allowed, f"{rel}: contact {contact} not in {allowed}"
        local, domain = contact.split("@")
        assert local not in SYSTEM_LOCAL, rel
        assert not any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS), rel
        if spec.get("reply_to"):
            rt = spec["reply_to"][1].lower()
            rt_local, rt_domain = rt.split("@")
            rt_human = rt_local not in SYSTEM_LOCAL and not any(
                rt_domain == d or rt_domain.endswith("." + d) for d in ATS_DOMAINS)
            if rt_human:
                assert contact == rt, f"{rel}: Reply-To is human, contact should be it"


# ---------------------------------------------------------------- main

def all_specs() -> list[dict]:
    specs = []
    for module in (msgs283_rejections, msgs283_invites, msgs283_acks, msgs283_other):
        specs.extend(module.MESSAGES)
    counters: Counter[str] = Counter()
    for spec in specs:
        counters[spec["kind"]] += 1
        spec["_file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['name']}.eml"
    return specs


def main() -> None:
    specs = all_specs()
    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    ids: dict[str, str] = {}
    for spec in specs:
        ids[spec["_file"]] = message_id(spec, spec["_file"])
        if spec.get("key"):
            assert spec["key"] not in ids, spec["key"]
            ids[spec["key"]] = ids[spec["_file"]]
    assert len(set(ids.values())) == len({s["_file"] for s in specs})
    rows = []
    for spec in specs:
        rel = spec["_file"]
        check_label(spec, rel)
        data = render(spec, rel, ids)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(spec, rel, data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: Counter[tuple[str, str]] = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"{len(specs)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in counts) + f"  {sum(counts):5d}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"  {sum(totals):5d}")


if __name__ == "__main__":
    main()
