"""Build corpus 170 (blind, hand-written): turn the message specs in msgs170_*.py into .eml files
and labels.csv. Standard library only.

Run from the repository root:  python tests/corpus_hundredseventieth/make_hundredseventieth.py

Only *.eml files and labels.csv inside this folder are deleted and rewritten. Every written
message is parsed back with the default policy and checked: no defects, the subject and every
text body round-trip.
"""

from __future__ import annotations

import csv
import email
import email.policy
import email.utils
import hashlib
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import MIMEPart
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs170_acks  # noqa: E402
import msgs170_invites  # noqa: E402
import msgs170_other  # noqa: E402
import msgs170_rejections  # noqa: E402
from msgs170_common import CAND  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
GEN_POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)

# --------------------------------------------------------------------------- dates


def eu_offset(local: datetime) -> str:
    """Central European offset for a local time in 2026 (summer time 29 Mar - 25 Oct)."""
    start, end = datetime(2026, 3, 29, 2, 0), datetime(2026, 10, 25, 3, 0)
    return "+0200" if start <= local < end else "+0100"


def offset_delta(off: str) -> timedelta:
    sign = -1 if off[0] == "-" else 1
    return sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5]))


def aware(when: str, off: str | None) -> datetime:
    local = datetime.strptime(when, "%Y-%m-%d %H:%M")
    off = off or eu_offset(local)
    return local.replace(tzinfo=timezone(offset_delta(off)))


# --------------------------------------------------------------------------- headers

Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(chunk: bytes) -> str:
    out = []
    for byte in chunk:
        if byte == 0x20:
            out.append("_")
        elif byte in Q_SAFE:
            out.append(chr(byte))
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _b(chunk: bytes) -> str:
    import base64

    return base64.b64encode(chunk).decode("ascii")


def encoded_words(text: str, charset: str, mode: str, limit: int = 62) -> list[str]:
    """RFC 2047 encoded words, split on character boundaries, each at most `limit` chars."""
    mode = mode.lower()
    fn = _q if mode == "q" else _b
    prefix, suffix = f"=?{charset}?{mode}?", "?="
    words: list[str] = []
    current = ""
    for ch in text:
        trial = current + ch
        if current and len(prefix) + len(fn(trial.encode(charset))) + len(suffix) > limit:
            words.append(prefix + fn(current.encode(charset)) + suffix)
            current = ch
        else:
            current = trial
    if current:
        words.append(prefix + fn(current.encode(charset)) + suffix)
    return words


def fold_ascii(name: str, value: str) -> str:
    """Fold a plain ASCII header value at spaces so lines stay near 78 characters."""
    line, lines = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line != f"{name}:":
            lines.append(line)
            line = " " + word
        else:
            line = f"{line} {word}"
    lines.append(line)
    return "\n".join(lines)


def text_header(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return fold_ascii(name, value)
    charset, mode = enc or ("utf-8", "q")
    words = encoded_words(value, charset, mode)
    return f"{name}: " + "\n ".join(words)


SPECIALS = set('()<>[]:;@\\,."')


def address(name: str, addr: str, enc: tuple[str, str] | None) -> str:
    if not name:
        return addr
    if enc is None and name.isascii():
        if any(ch in SPECIALS for ch in name):
            escaped = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{escaped}" <{addr}>'
        return f"{name} <{addr}>"
    charset, mode = enc or ("utf-8", "q")
    return "\n ".join(encoded_words(name, charset, mode)) + f" <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]], enc: tuple[str, str] | None) -> str:
    return f"{name}: " + ",\n ".join(address(n, a, enc) for n, a in pairs)


# --------------------------------------------------------------------------- bodies


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for i, line in enumerate([title, "", *lines]):
        ops.append(f"({esc(line)}) Tj" if i == 0 else f"T* ({esc(line)}) Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", errors="replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + esc(title).encode("cp1252", errors="replace")
        + b") /Producer (corpus170 generator) >>",
    ]
    out = BytesIO()
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


def ical_escape(text: str) -> str:
    """RFC 5545 TEXT escaping."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_text(ics: dict, stamp: datetime) -> str:
    def utc(when: str) -> str:
        return aware(when, ics.get("tz")).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    org_name, org_addr = ics["organizer"]
    method = ics["method"]
    status = ics.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus170//Kalender 1.0//DE')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTSTART:{utc(ics['start'])}",
        f"DTEND:{utc(ics['end'])}",
        f"SUMMARY:{ical_escape(ics['summary'])}",
        f"LOCATION:{ical_escape(ics.get('location', ''))}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{CAND[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CAND[1]}",
        f"STATUS:{status}",
    ]
    if ics.get("description"):
        lines.append("DESCRIPTION:" + ical_escape(ics["description"]))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    # iCalendar folds content lines at 75 octets
    folded = []
    for line in lines:
        raw = line
        while len(raw.encode("utf-8")) > 75:
            cut = 74
            while len(raw[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(raw[:cut])
            raw = " " + raw[cut:]
        folded.append(raw)
    return "\r\n".join(folded) + "\r\n"


def text_part(text: str, subtype: str, charset: str, cte: str,
              params: dict | None = None) -> MIMEPart:
    part = MIMEPart(policy=GEN_POLICY)
    part.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
    return part


def multipart(subtype: str, parts: list[MIMEPart], boundary: str) -> MIMEPart:
    mp = MIMEPart(policy=GEN_POLICY)
    mp["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        mp.attach(part)
    return mp


def default_cte(charset: str) -> str:
    return "8bit" if charset in ("iso-8859-1", "windows-1252") else "quoted-printable"


def build_body(spec: dict, key: str, stamp: datetime) -> MIMEPart:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", default_cte(charset))
    html_charset = spec.get("html_charset", charset)
    html_cte = spec.get("html_cte", cte)
    alts: list[MIMEPart] = []
    if spec.get("text") is not None:
        alts.append(text_part(spec["text"], "plain", charset, cte))
    if spec.get("html") is not None:
        alts.append(text_part(spec["html"], "html", html_charset, html_cte))
    ics = spec.get("ics")
    cal_text = ics_text(ics, stamp) if ics else None
    if cal_text:
        alts.append(text_part(cal_text, "calendar", "utf-8", ics.get("cte", "8bit"),
                              params={"method": ics["method"]}))
    n = 0

    def boundary() -> str:
        nonlocal n
        n += 1
        return f"=_lfn170_{key}_{n}"

    body = alts[0] if len(alts) == 1 else multipart("alternative", alts, boundary())
    attachments: list[MIMEPart] = []
    if cal_text and ics.get("attach"):
        att = MIMEPart(policy=GEN_POLICY)
        att.set_content(cal_text.encode("utf-8"), maintype="application", subtype="ics",
                        filename=ics.get("filename", "invite.ics"), disposition="attachment")
        attachments.append(att)
    for pdf in spec.get("pdfs", []):
        att = MIMEPart(policy=GEN_POLICY)
        att.set_content(pdf_bytes(pdf["title"], pdf["lines"]), maintype="application",
                        subtype="pdf", filename=pdf["name"], disposition="attachment")
        attachments.append(att)
    if attachments:
        body = multipart("mixed", [body, *attachments], boundary())
    return body


# --------------------------------------------------------------------------- messages


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_ids(specs: list[dict]) -> dict[str, str]:
    ids = {}
    for spec in specs:
        key = spec.get("id", spec["slug"])
        assert key not in ids, f"duplicate id {key}"
        digest = hashlib.sha1(key.encode()).hexdigest()[:12]
        stamp = aware(spec["date"], spec.get("tz"))
        ids[key] = f"<{stamp:%Y%m%d%H%M%S}.{digest}@{domain_of(spec['frm'][1])}>"
    return ids


def references(spec: dict, by_key: dict[str, dict], ids: dict[str, str]) -> list[str]:
    chain: list[str] = []
    ref = spec.get("reply")
    while ref:
        if ref.startswith("<"):
            chain.append(ref)
            break
        chain.append(ids[ref])
        ref = by_key[ref].get("reply")
    return list(reversed(chain))


def render(spec: dict, key: str, ids: dict[str, str], refs: list[str]) -> bytes:
    enc = spec.get("enc", {})
    stamp = aware(spec["date"], spec.get("tz"))
    lines = [address_header("From", [spec["frm"]], enc.get("from"))]
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], enc.get("reply_to")))
    lines.append(address_header("To", spec.get("to", [CAND]), enc.get("to")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], enc.get("cc")))
    lines.append(text_header("Subject", spec["subject"], enc.get("subject")))
    lines.append(f"Date: {email.utils.format_datetime(stamp)}")
    lines.append(f"Message-ID: {ids[spec.get('id', spec['slug'])]}")
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(fold_ascii(name, value) if value.isascii() else text_header(name, value, None))
    lines.append("MIME-Version: 1.0")
    body = build_body(spec, key, stamp)
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=GEN_POLICY).flatten(body)
    return ("\n".join(lines) + "\n").encode("ascii") + out.getvalue()


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(raw: bytes, spec: dict, where: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    texts = {"plain": [], "html": []}
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_subtype() in texts:
            texts[part.get_content_subtype()].append(norm(part.get_content()))
    for sub in ("text", "html"):
        if spec.get(sub) is not None:
            got = texts["plain" if sub == "text" else "html"]
            if norm(spec[sub]) not in got:
                problems.append(f"{sub} body does not round-trip")
    if not any(t.strip() for t in texts["plain"] + texts["html"]):
        problems.append("no non-empty text part")
    if problems:
        raise SystemExit(f"{where}: " + "; ".join(problems))


REQUIRED = ("kind", "slug", "lang", "company", "contact", "frm", "subject", "date")


def main() -> None:
    specs = [*msgs170_rejections.MESSAGES, *msgs170_invites.MESSAGES, *msgs170_acks.MESSAGES,
             *msgs170_other.MESSAGES]
    for spec in specs:
        missing = [k for k in REQUIRED if k not in spec]
        assert not missing, f"{spec.get('slug')}: missing {missing}"
        assert spec["kind"] in KIND_ORDER, spec["slug"]
    by_key = {spec.get("id", spec["slug"]): spec for spec in specs}
    ids = message_ids(specs)
    for path in HERE.glob("*/*.eml"):
        path.unlink()
    for path in HERE.glob("*.eml"):
        path.unlink()
    counters: Counter[str] = Counter()
    rows = []
    for kind in KIND_ORDER:
        for spec in (s for s in specs if s["kind"] == kind):
            counters[kind] += 1
            rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
            key = spec.get("id", spec["slug"])
            try:
                raw = render(spec, key.replace("-", "_"), ids, references(spec, by_key, ids))
            except (UnicodeError, ValueError) as exc:
                raise SystemExit(f"{rel}: {exc}") from exc
            check(raw, spec, rel)
            target = HERE / rel
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(raw)
            rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((r[1], r[4]) for r in rows)
    print(f"wrote {len(rows)} messages")
    for kind in KIND_ORDER:
        print(f"  {kind:32s}", " ".join(f"{lang}={table[(kind, lang)]:2d}"
                                         for lang in ("de", "en", "fr", "es")))
    langs = Counter(r[4] for r in rows)
    print("  languages:", dict(langs))


if __name__ == "__main__":
    main()
