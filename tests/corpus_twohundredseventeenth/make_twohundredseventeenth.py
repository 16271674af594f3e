"""Build corpus 217 (.eml files and labels.csv) from the hand-written specs in msgs217_*.py.

Run from the repository root:

    python tests/corpus_twohundredseventeenth/make_twohundredseventeenth.py

Standard library only. It deletes and rewrites only *.eml and labels.csv in this folder, and
re-parses every message it writes (policy=default) to check it: no defects, subject and every
text body round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.charset
import email.policy
import hashlib
import io
import sys
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs217_acks  # noqa: E402
import msgs217_invites  # noqa: E402
import msgs217_other  # noqa: E402
import msgs217_rejections  # noqa: E402
from msgs217_common import CANDIDATE_ADDR, ME  # noqa: E402

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
CTE_CODES = {
    "quoted-printable": email.charset.QP,
    "base64": email.charset.BASE64,
    "8bit": None,
    "7bit": None,
}
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "jobs.recruitee.com",
)


# ------------------------------------------------------------------ encoded words and headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_encode(raw: bytes) -> str:
    return "".join(
        "_" if b == 0x20 else chr(b) if b in _Q_SAFE else f"={b:02X}" for b in raw)


def encoded_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 encoded words for the whole text, each at most 75 characters, folded."""
    words: list[str] = []
    chunk = ""
    for char in text:
        trial = chunk + char
        raw = trial.encode(charset)
        body = _q_encode(raw) if enc == "Q" else base64.b64encode(raw).decode("ascii")
        if len(f"=?{charset}?{enc}?{body}?=") > 75 and chunk:
            words.append(chunk)
            chunk = char
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for word in words:
        raw = word.encode(charset)
        body = _q_encode(raw) if enc == "Q" else base64.b64encode(raw).decode("ascii")
        out.append(f"=?{charset}?{enc}?{body}?=")
    return "\n ".join(out)


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header at spaces to lines of at most 78 characters."""
    line = f"{name}: "
    lines: list[str] = []
    for word in value.split(" "):
        if len(line) + len(word) > 78 and line.strip() and not line.endswith(": "):
            lines.append(line.rstrip(" "))
            line = " "
        line += word + " "
    lines.append(line.rstrip(" "))
    return "\n".join(lines)


_SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and not name.isascii():
        enc = ("utf-8", "Q")
    if enc:
        return f"{encoded_words(name, *enc)} <{addr}>"
    if any(c in _SPECIALS for c in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


def parse_date(when: str) -> datetime:
    stamp, offset = when.rsplit(" ", 1)
    sign = 1 if offset[0] == "+" else -1
    delta = timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5]))
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(
        second=int(hashlib.sha1(when.encode()).hexdigest()[:2], 16) % 60,
        tzinfo=timezone(sign * delta))


# ------------------------------------------------------------------------ bodies and parts

def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    if cte == "7bit":
        assert text.isascii(), "7bit body must be ASCII"
    cs = email.charset.Charset(charset)
    cs.body_encoding = CTE_CODES[cte]
    cs.header_encoding = email.charset.QP
    part = MIMEText(text, subtype, cs)
    del part["MIME-Version"]
    if cte == "7bit" and part["Content-Transfer-Encoding"] != "7bit":
        part.replace_header("Content-Transfer-Encoding", "7bit")
    return part


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the title and lines in Helvetica."""
    def pdf_str(s: str) -> str:
        s = s.encode("latin-1", "replace").decode("latin-1")
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    ops = ["BT", "/F1 15 Tf", "56 780 Td", f"{pdf_str(title)} Tj", "/F1 10.5 Tf", "0 -28 Td"]
    for line in lines:
        ops += [f"{pdf_str(line)} Tj", "0 -15 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + pdf_str(title).encode("latin-1") + b" /Producer (corpus217) >>",
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
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _ics_time(when: str) -> str:
    return parse_date(when).astimezone(timezone.utc).strftime("%Y%m%dT%H%M00Z")


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out: list[str] = []
    raw = line
    while len(raw.encode("utf-8")) > 74:
        cut = 74
        while len(raw[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(raw[:cut])
        raw = " " + raw[cut:]
    out.append(raw)
    return out


def ics_text(ics: dict, stamp: datetime) -> str:
    method = ics["method"]
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 217//Hand-written calendar//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(timezone.utc):%Y%m%dT%H%M%SZ}",
        f"DTSTART:{_ics_time(ics['start'])}",
        f"DTEND:{_ics_time(ics['end'])}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for name, addr in ics.get("attendees", [ME]):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f'RSVP=TRUE:mailto:{addr}')
    status = ics.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def ics_part(ics: dict, stamp: datetime) -> MIMEText:
    cte = ics.get("cte", "base64")
    part = text_part(ics_text(ics, stamp), "calendar", "utf-8", cte)
    part.set_param("method", ics["method"])
    if ics.get("placement") == "attach":
        part.add_header("Content-Disposition", "attachment",
                        filename=ics.get("filename", "invite.ics"))
    return part


def boundary(key: str, n: int) -> str:
    return f"=_c217_{hashlib.sha1(key.encode()).hexdigest()[:16]}_{n}"


def build_body(spec: dict, stamp: datetime):
    charset = spec.get("charset", "utf-8")
    text, html = spec.get("text"), spec.get("html")

    def default_cte(body: str, cs: str) -> str:
        return "7bit" if body.isascii() else "quoted-printable"

    parts = []
    if text is not None:
        parts.append(text_part(text, "plain", charset,
                               spec.get("cte") or default_cte(text, charset)))
    if html is not None:
        hcs = spec.get("html_charset", charset)
        parts.append(text_part(html, "html", hcs,
                               spec.get("html_cte") or spec.get("cte") or default_cte(html, hcs)))
    ics = spec.get("ics")
    if ics and ics.get("placement", "alt") == "alt":
        parts.append(ics_part(ics, stamp))
    n = 0
    if len(parts) == 1:
        body = parts[0]
    else:
        n += 1
        body = MIMEMultipart("alternative", boundary=boundary(spec["key"], n))
        del body["MIME-Version"]
        for part in parts:
            body.attach(part)
    attachments = []
    if ics and ics.get("placement") == "attach":
        attachments.append(ics_part(ics, stamp))
    if spec.get("pdf"):
        pdf = spec["pdf"]
        att = MIMEApplication(pdf_bytes(pdf["title"], pdf["lines"]), "pdf")
        del att["MIME-Version"]
        att.add_header("Content-Disposition", "attachment", filename=pdf["filename"])
        attachments.append(att)
    if attachments:
        n += 1
        mixed = MIMEMultipart("mixed", boundary=boundary(spec["key"], n))
        del mixed["MIME-Version"]
        mixed.attach(body)
        for att in attachments:
            mixed.attach(att)
        body = mixed
    return body


# ------------------------------------------------------------------------------ messages

def sender_domain(spec: dict) -> str:
    return spec["frm"][1].rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(("c217:" + spec["key"]).encode()).hexdigest()[:14]
    local = spec["key"].replace("/", ".").replace("_", "-")
    return f"<{digest}.{local}@{spec.get('msgid_domain', sender_domain(spec))}>"


def build(spec: dict, ids: dict[str, str], specs_by_key: dict[str, dict]) -> bytes:
    stamp = parse_date(spec["date"])
    head: list[str] = []
    head.append(f"Date: {format_datetime(stamp)}")
    head.append("From: " + fmt_addr(spec["frm"], spec.get("frm_enc")))
    to = spec.get("to", [ME])
    head.append(fold_plain("To", ", ".join(fmt_addr(p) for p in to)))
    if spec.get("cc"):
        head.append(fold_plain("Cc", ", ".join(fmt_addr(p) for p in spec["cc"])))
    if spec.get("reply_to"):
        head.append("Reply-To: " + fmt_addr(spec["reply_to"], spec.get("reply_to_enc")))
    subject = spec["subject"]
    if spec.get("subject_enc"):
        charset, enc, *prefix = spec["subject_enc"]
        lead = prefix[0] if prefix else ""
        assert subject.startswith(lead)
        head.append("Subject: " + lead + encoded_words(subject[len(lead):], charset, enc))
    else:
        assert subject.isascii(), f"{spec['key']}: non-ASCII subject needs subject_enc"
        head.append(fold_plain("Subject", subject))
    head.append(f"Message-ID: {ids[spec['key']]}")
    chain: list[str] = list(spec.get("external_refs", []))
    parent = spec.get("parent")
    ancestry = []
    while parent:
        ancestry.append(ids[parent])
        parent = specs_by_key[parent].get("parent")
    chain += list(reversed(ancestry))
    if chain:
        head.append(f"In-Reply-To: {chain[-1]}")
        head.append(fold_plain("References", " ".join(chain)))
    for name, value in spec.get("headers", []):
        assert value.isascii()
        head.append(fold_plain(name, value))
    head.append("MIME-Version: 1.0")
    body = build_body(spec, stamp)
    buffer = io.BytesIO()
    policy = email.policy.compat32.clone(linesep="\n", max_line_length=0)
    BytesGenerator(buffer, mangle_from_=False, policy=policy).flatten(body)
    return ("\n".join(head) + "\n").encode("ascii") + buffer.getvalue()


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(spec: dict, raw: bytes) -> None:
    where = spec["key"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        problems += [repr(d) for d in part.defects]
    for name, value in msg.items():
        problems += [f"{name}: {d!r}" for d in getattr(value, "defects", ())]
    assert not problems, f"{where}: defects {problems}"
    assert str(msg["subject"]) == spec["subject"], (where, str(msg["subject"]))
    assert msg["date"].datetime.year == 2026, where
    texts = {part.get_content_type(): [] for part in msg.walk()}
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts[part.get_content_type()].append(_norm(part.get_content()))
    if spec.get("text") is not None:
        assert _norm(spec["text"]) in texts.get("text/plain", []), f"{where}: text differs"
    if spec.get("html") is not None:
        assert _norm(spec["html"]) in texts.get("text/html", []), f"{where}: html differs"
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), where
    frm = msg["from"].addresses[0]
    assert frm.addr_spec.lower() == spec["frm"][1].lower(), where
    assert frm.display_name == spec["frm"][0], (where, frm.display_name)


def check_spec(spec: dict) -> None:
    key = spec["key"]
    assert spec["kind"] in KIND_COUNTS, key
    assert spec["lang"] in LANGS, key
    contact = spec["contact"]
    own = spec["frm"][1].lower() == CANDIDATE_ADDR
    if own or spec["kind"] == "other":
        assert spec["company"] == "" or not own, key
    if own:
        assert spec["kind"] == "other" and contact == "", key
    if spec["kind"] == "other":
        assert spec["company"] == "", key
    else:
        assert spec["company"], key
    if contact:
        assert contact == contact.lower(), key
        candidates = [spec["frm"][1].lower()]
        if spec.get("reply_to"):
            candidates.append(spec["reply_to"][1].lower())
        assert contact in candidates, key
        assert not contact.endswith(ATS_DOMAINS), key


def main() -> None:
    specs = [*msgs217_rejections.MESSAGES, *msgs217_invites.MESSAGES, *msgs217_acks.MESSAGES,
             *msgs217_other.MESSAGES]
    numbers: dict[str, int] = {}
    for spec in specs:
        numbers[spec["kind"]] = numbers.get(spec["kind"], 0) + 1
        spec["file"] = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['name']}.eml"
        spec.setdefault("key", spec["file"][:-4])
    assert numbers == KIND_COUNTS, numbers
    keys = [s["key"] for s in specs]
    assert len(set(keys)) == len(keys), "duplicate keys"
    specs_by_key = {s["key"]: s for s in specs}
    ids = {s["key"]: message_id(s) for s in specs}
    assert len(set(ids.values())) == len(ids)
    for spec in specs:
        check_spec(spec)
        if spec.get("parent"):
            assert spec["parent"] in specs_by_key, spec["key"]

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    for spec in sorted(specs, key=lambda s: s["file"]):
        raw = build(spec, ids, specs_by_key)
        verify(spec, raw)
        path = HERE / spec["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {}
    for spec in specs:
        table.setdefault(spec["kind"], {}).setdefault(spec["lang"], 0)
        table[spec["kind"]][spec["lang"]] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KIND_COUNTS:
        cells = " ".join(f"{lang}={table[kind].get(lang, 0):2d}" for lang in ("en", "de", "fr", "es"))
        print(f"  {kind:32s} {cells}")
    totals = {lang: sum(1 for s in specs if s["lang"] == lang) for lang in ("en", "de", "fr", "es")}
    print("  total", totals)


if __name__ == "__main__":
    main()
