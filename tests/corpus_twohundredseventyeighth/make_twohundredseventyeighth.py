"""Build corpus 278 (Cormac Lindqvist-Otieno, bus driver to transport scheduler) from its specs.

Run from the repository root:

    python tests/corpus_twohundredseventyeighth/make_twohundredseventyeighth.py

Standard library only. Every message is a hand-written dict in one of the msgs278_* modules
next to this file. This script turns each into an .eml file under <kind>/, writes labels.csv,
then parses every written file again with the default policy and checks that it has no
defects and that subject, display names and every body round-trip. It deletes and rewrites
only *.eml files and labels.csv inside its own folder.

Spec keys: kind, slug, lang, company, contact; frm (name, addr) and frm_enc ("utf-8:Q",
"iso-8859-1:B" ...); to / cc (lists of (name, addr)), to_enc; reply_to, rt_enc; subject,
subj_enc; date ("2026-03-04 10:12 +0100"); text, html, charset, cte, html_charset, html_cte;
ics (dict: method, uid, seq, start, end, summary, location, organizer, description, status),
ics_cte, ics_attach; attach (list of {filename, lines} made into small PDFs); fwd (an inner
spec attached as message/rfc822); headers (list of (name, value)); key and refs (thread keys
of earlier messages, used for Message-ID, In-Reply-To and References).
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
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs278_acks  # noqa: E402
import msgs278_invites  # noqa: E402
import msgs278_other  # noqa: E402
import msgs278_rejections  # noqa: E402
from msgs278_common import CANDIDATE  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["en", "de", "fr", "es"]
FIELDS = {"kind", "slug", "lang", "company", "contact", "frm", "frm_enc", "to", "to_enc", "cc",
          "reply_to", "rt_enc", "subject", "subj_enc", "date", "text", "html", "charset", "cte",
          "html_charset", "html_cte", "ics", "ics_cte", "ics_attach", "attach", "fwd",
          "headers", "key", "refs"}


# --- headers ----------------------------------------------------------------------------

Q_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def encoded_word(text: str, charset: str, mode: str) -> str:
    raw = text.encode(charset)
    if mode == "B":
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch in Q_SAFE:
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def encode_words(text: str, enc: str, limit: int = 66) -> str:
    """RFC 2047 words for the whole text, split on character boundaries, folded."""
    charset, mode = enc.split(":")
    words, chunk = [], ""
    for ch in text:
        if chunk and len(encoded_word(chunk + ch, charset, mode)) > limit:
            words.append(encoded_word(chunk, charset, mode))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(encoded_word(chunk, charset, mode))
    return "\n ".join(words)


def fold(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so that lines stay under 78 characters."""
    line = f"{name}: "
    out = []
    for word in value.split(" "):
        candidate = (line + " " + word) if line != f"{name}: " else line + word
        if len(candidate) > 78 and line.strip() != f"{name}:":
            out.append(line)
            line = " " + word
        else:
            line = candidate
    out.append(line)
    return "\n".join(out)


SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def fmt_addr(pair: tuple[str, str], enc: str | None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        if SPECIALS.search(name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    return f"{encode_words(name, enc or 'utf-8:Q')} <{addr}>"


def addr_header(name: str, pairs: list[tuple[str, str]], enc: str | None) -> str:
    """Addresses one per line; a line that would pass 78 characters is folded before <addr>."""
    out = []
    for index, pair in enumerate(pairs):
        text = fmt_addr(pair, enc)
        lead = f"{name}: " if index == 0 else " "
        last_line = (lead + text).split("\n")[-1]
        if len(last_line) > 76 and " <" in text:
            phrase, _, addr = text.rpartition(" <")
            text = f"{phrase}\n <{addr}"
        out.append(text)
    return f"{name}: " + ",\n ".join(out)


def subject_header(subject: str, enc: str | None) -> str:
    if enc is None and subject.isascii():
        return fold("Subject", subject)
    return "Subject: " + encode_words(subject, enc or "utf-8:B")


def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def msgid(key: str, domain: str) -> str:
    """An opaque, deterministic id: nothing in it names the scenario or its kind."""
    digest = hashlib.sha1(f"corpus278/{key}".encode()).hexdigest()
    return f"<{digest[:14].upper()}.{digest[14:22]}@{domain}>"


# --- bodies -----------------------------------------------------------------------------

def text_part(body: str, subtype: str, charset: str, cte: str | None, **params: str):
    raw = body.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    part = MIMENonMultipart("text", subtype, charset=charset, **params)
    del part["MIME-Version"]
    if cte == "7bit":
        assert raw.isascii(), "7bit body must be ASCII"
        payload = body
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > 74:
            out.append(current)
            current = " " + ch
        else:
            current += ch
    out.append(current)
    return out


def ics_time(value: str) -> str:
    return parse_date(value).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(ics: dict, stamp: str) -> str:
    org_name, org_addr = ics["organizer"]
    method = ics["method"]
    status = ics.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 278//hand written//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{ics_time(stamp)}",
        f"DTSTART:{ics_time(ics['start'])}",
        f"DTEND:{ics_time(ics['end'])}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines += [
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{CANDIDATE[1]}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def pdf_escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines in Helvetica."""
    text_ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        text_ops.append(f"({pdf_escape(line)}) Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("cp1252", "replace")
    objects = [
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
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def boundary(key: str, n: int) -> str:
    digest = hashlib.sha1(f"{key}/{n}".encode()).hexdigest()[:12]
    return f"----=_Part_278_{n}_{digest}"


def expected_texts(spec: dict) -> list[str]:
    texts = [t for t in (spec.get("text"), spec.get("html")) if t]
    if spec.get("ics"):
        texts.append(make_ics(spec["ics"], spec["date"]))
    if spec.get("fwd"):
        texts += expected_texts(spec["fwd"])
    return texts


def build_body(spec: dict, key: str):
    charset = spec.get("charset", "utf-8")
    parts = []
    if spec.get("text"):
        parts.append(text_part(spec["text"], "plain", charset, spec.get("cte")))
    if spec.get("html"):
        parts.append(text_part(spec["html"], "html", spec.get("html_charset", charset),
                               spec.get("html_cte", spec.get("cte"))))
    ics_text = None
    if spec.get("ics"):
        ics_text = make_ics(spec["ics"], spec["date"])
        parts.append(text_part(ics_text, "calendar", "utf-8", spec.get("ics_cte", "base64"),
                               method=spec["ics"]["method"]))
    assert parts, f"{key}: no body"
    if len(parts) == 1:
        main = parts[0]
    else:
        main = MIMEMultipart("alternative", boundary=boundary(key, 2), _subparts=parts)
        del main["MIME-Version"]
    extras = []
    if ics_text and spec.get("ics_attach"):
        att = MIMENonMultipart("application", "ics", name="invite.ics")
        del att["MIME-Version"]
        att.set_payload(base64.encodebytes(ics_text.encode("utf-8")).decode("ascii"))
        att["Content-Transfer-Encoding"] = "base64"
        att["Content-Disposition"] = 'attachment; filename="invite.ics"'
        extras.append(att)
    for attachment in spec.get("attach", []):
        pdf = MIMEApplication(make_pdf(attachment["lines"]), "pdf", name=attachment["filename"])
        del pdf["MIME-Version"]
        pdf["Content-Disposition"] = f'attachment; filename="{attachment["filename"]}"'
        extras.append(pdf)
    if spec.get("fwd"):
        inner = email.message_from_bytes(build_bytes(spec["fwd"], key + "-fwd"),
                                         policy=email.policy.compat32)
        wrapper = MIMEMessage(inner)
        del wrapper["MIME-Version"]
        wrapper["Content-Disposition"] = "inline"
        extras.append(wrapper)
    if extras:
        root = MIMEMultipart("mixed", boundary=boundary(key, 1), _subparts=[main, *extras])
    else:
        root = main
        root["MIME-Version"] = "1.0"
    return root


ALL: dict[str, dict] = {}


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def ref_id(ref: str) -> str:
    if ref in ALL:
        spec = ALL[ref]
        return msgid(ref, domain_of(spec["frm"][1]))
    key, at, domain = ref.partition("@")
    assert at, f"reference {ref!r} is neither a message of the corpus nor key@domain"
    return msgid(key, domain)


def build_bytes(spec: dict, key: str) -> bytes:
    unknown = set(spec) - FIELDS
    assert not unknown, f"{key}: unknown spec keys {unknown}"
    frm = spec["frm"]
    lines = [f"Date: {format_datetime(parse_date(spec['date']))}",
             addr_header("From", [frm], spec.get("frm_enc")),
             addr_header("To", spec.get("to", [CANDIDATE]), spec.get("to_enc"))]
    if spec.get("cc"):
        lines.append(addr_header("Cc", spec["cc"], spec.get("to_enc")))
    if spec.get("reply_to"):
        lines.append(addr_header("Reply-To", [spec["reply_to"]], spec.get("rt_enc")))
    lines.append(subject_header(spec["subject"], spec.get("subj_enc")))
    lines.append(f"Message-ID: {msgid(key, domain_of(frm[1]))}")
    refs = [ref_id(r) for r in spec.get("refs", [])]
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(fold(name, value))
    root = build_body(spec, key)
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, maxheaderlen=0,
                   policy=email.policy.compat32).flatten(root)
    head = "\n".join(lines).encode("ascii") + b"\n"
    return head + buffer.getvalue()


# --- checks -------------------------------------------------------------------------------

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, key: str, data: bytes) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{key}: defects {part.defects}"
        for name in part:
            for value in part.get_all(name, []):
                defects = getattr(value, "defects", ())
                assert not defects, f"{key}: header {name} defects {defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{key}: subject {msg['Subject']!r}"
    display = msg["From"].addresses[0]
    assert display.display_name == spec["frm"][0], f"{key}: from name {display.display_name!r}"
    assert display.addr_spec == spec["frm"][1]
    if spec.get("reply_to"):
        rt = msg["Reply-To"].addresses[0]
        assert (rt.display_name, rt.addr_spec) == tuple(spec["reply_to"]), key
    assert msg["Date"].datetime.year == 2026, key
    got = [norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    want = [norm(t) for t in expected_texts(spec)]
    assert sorted(got) == sorted(want), f"{key}: bodies do not round-trip"
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            assert part.get_content().startswith(b"%PDF-1.4"), key


def main() -> None:
    specs = [*msgs278_rejections.MESSAGES, *msgs278_invites.MESSAGES, *msgs278_acks.MESSAGES,
             *msgs278_other.MESSAGES]
    for spec in specs:
        key = spec.get("key", spec["slug"])
        assert key not in ALL, f"duplicate key {key}"
        ALL[key] = spec
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    counters = dict.fromkeys(KINDS, 0)
    rows = []
    for key, spec in ALL.items():
        kind, lang = spec["kind"], spec["lang"]
        assert kind in KINDS and lang in LANGS, key
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        try:
            data = build_bytes(spec, key)
        except Exception as error:
            raise SystemExit(f"{key}: {type(error).__name__}: {error}") from error
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(spec, key, path.read_bytes())
        contact = spec.get("contact", "")
        if contact:
            assert contact == contact.lower(), key
            pairs = [spec["frm"], *([spec["reply_to"]] if spec.get("reply_to") else [])]
            assert contact in [a.lower() for _, a in pairs], f"{key}: contact not in From/RT"
        if spec["frm"][1] == CANDIDATE[1]:
            assert kind == "other" and not contact and not spec["company"], key
        assert bool(spec["company"]) == (kind != "other"), f"{key}: company"
        rows.append([rel, kind, spec["company"], contact, lang])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = {(k, lang): 0 for k in KINDS for lang in LANGS}
    for row in rows:
        table[(row[1], row[4])] += 1
    print(f"{len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for k in KINDS:
        counts = [table[(k, lang)] for lang in LANGS]
        print(f"{k:32}" + "".join(f"{c:>5}" for c in counts) + f"  {sum(counts):>5}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:>5}" for c in totals) + f"  {sum(totals):>5}")


if __name__ == "__main__":
    main()
