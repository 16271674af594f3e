"""Build corpus 266 (Xabier Ondarra-Lindgren) from the hand-written specs in msgs266_*.py.

Run from the repository root:  python tests/corpus_twohundredsixtysixth/make_twohundredsixtysixth.py

Standard library only. The MIME bodies are built with the `email` package; the top header block
is written by hand so that subjects and display names can be RFC 2047 encoded words in the
charset and encoding (Q or B) each spec asks for. Boundaries, Message-IDs and dates are
deterministic. Every written message is parsed back with the default policy and checked: no
defects, the subject, the sender's name and every text body round-trip. Only *.eml files and
labels.csv inside this folder are deleted and rewritten.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__
sys.path.insert(0, str(ROOT))

import msgs266_acks  # noqa: E402
import msgs266_invites  # noqa: E402
import msgs266_other  # noqa: E402
import msgs266_rejections  # noqa: E402
from msgs266_common import CANDIDATE, CANDIDATE_ADDR  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52}
LANGS = {"en", "de", "fr", "es"}
POLICY = email.policy.default.clone(linesep="\n")
TSPECIALS = set('()<>@,;:\\".[]')

# ----------------------------------------------------------------------------- dates


def _dst(day: datetime) -> bool:
    """EU summer time 2026: 29 March to 25 October."""
    return datetime(2026, 3, 29) <= day.replace(tzinfo=None) < datetime(2026, 10, 25)


def offset_for(zone: str, local: datetime) -> timezone:
    if zone in ("ES", "FR", "DE"):
        return timezone(timedelta(hours=2 if _dst(local) else 1))
    if zone == "UK":
        return timezone(timedelta(hours=1 if _dst(local) else 0))
    if zone == "UTC":
        return UTC
    sign = -1 if zone[0] == "-" else 1
    return timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])))


def when(spec: dict) -> datetime:
    local = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    zone = spec.get("tz") or {"en": "UK"}.get(spec["lang"], "ES")
    return local.replace(tzinfo=offset_for(zone, local))


# ----------------------------------------------------------------------------- headers

Q_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _word(chunk: str, charset: str, enc: str) -> str:
    raw = chunk.encode(charset)
    if enc == "B":
        body = base64.b64encode(raw).decode("ascii")
    else:
        body = "".join("_" if b == 0x20 else chr(b) if chr(b) in Q_SAFE else f"={b:02X}"
                       for b in raw)
    return f"=?{charset}?{enc}?{body}?="


def encode_words(text: str, charset: str, enc: str) -> str:
    """Encoded words of at most 75 characters each, folded onto continuation lines."""
    words, chunk = [], ""
    for ch in text:
        if len(_word(chunk + ch, charset, enc)) > 75:
            words.append(_word(chunk, charset, enc))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(_word(chunk, charset, enc))
    return "\n ".join(words)


PREFIXES = ("Re: ", "RE: ", "AW: ", "WG: ", "Fwd: ", "FW: ", "TR : ", "RV: ", "Rép. : ")


def encode_subject(subject: str, charset: str, enc: str) -> str:
    if subject.isascii():
        return subject
    for prefix in PREFIXES:
        if subject.startswith(prefix) and not subject[len(prefix):].isascii():
            return prefix + encode_words(subject[len(prefix):], charset, enc)
    return encode_words(subject, charset, enc)


def encode_addr(value: str, charset: str, enc: str) -> str:
    name, addr = parseaddr(value)
    assert addr and "@" in addr, value
    if not name:
        return addr
    if not name.isascii():
        return f"{encode_words(name, charset, enc)} <{addr}>"
    if TSPECIALS & set(name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def addr_list(values: object, charset: str, enc: str) -> str:
    items = [values] if isinstance(values, str) else list(values)  # type: ignore[arg-type]
    return ",\n ".join(encode_addr(v, charset, enc) for v in items)


# ----------------------------------------------------------------------------- attachments


def _pdf_text(line: str) -> str:
    out = []
    for byte in line.encode("cp1252"):
        ch = chr(byte)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    return "".join(out)


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with the given lines in Helvetica, with a correct xref table."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({_pdf_text(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
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
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def make_ics(ics: dict, lang: str, stamp: datetime) -> str:
    """A VCALENDAR with one VEVENT; times are local in the spec and written in UTC."""
    zone = ics.get("tz") or {"en": "UK"}.get(lang, "ES")

    def utc(value: str) -> str:
        local = datetime.strptime(value, "%Y-%m-%d %H:%M")
        aware = local.replace(tzinfo=offset_for(zone, local))
        return aware.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    method = ics.get("method", "REQUEST")
    status = ics.get("status") or ("CANCELLED" if method == "CANCEL" else "CONFIRMED")
    org_name, org_addr = parseaddr(ics["organizer"])
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus266//Hand-written calendar//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{utc(ics['start'])}",
        f"DTEND:{utc(ics['end'])}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
        f"LOCATION:{_ics_escape(ics.get('location', ''))}",
        f"STATUS:{status}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="Xabier Ondarra-Lindgren";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
        f"RSVP=TRUE:mailto:{CANDIDATE_ADDR}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ----------------------------------------------------------------------------- bodies


def _set_text(part: EmailMessage, text: str, subtype: str, charset: str, cte: str | None,
              params: dict | None = None) -> None:
    text.encode(charset)  # fails loudly when a spec's words do not fit its charset
    kwargs: dict = {"subtype": subtype, "charset": charset}
    if cte:
        kwargs["cte"] = cte
    if params:
        kwargs["params"] = params
    part.set_content(text, **kwargs)


def build_body(spec: dict, stamp: datetime, number: int) -> tuple[EmailMessage, list[str]]:
    """The MIME tree without the top header block, and the text bodies it must carry."""
    root = EmailMessage(policy=POLICY)
    texts: list[str] = []
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    text, html = spec.get("text"), spec.get("html")
    if text:
        _set_text(root, text, "plain", charset, cte)
        texts.append(text)
        if html:
            alt = EmailMessage(policy=POLICY)
            _set_text(alt, html, "html", spec.get("html_charset", charset),
                      spec.get("html_cte", cte))
            root.make_alternative()
            root.attach(alt)
            texts.append(html)
    else:
        _set_text(root, html, "html", spec.get("html_charset", charset),
                  spec.get("html_cte", cte))
        texts.append(html)
    ics = spec.get("ics")
    if ics:
        cal = make_ics(ics, spec["lang"], stamp)
        method = ics.get("method", "REQUEST")
        where = spec.get("ics_where", "alt")
        if where == "alt":
            part = EmailMessage(policy=POLICY)
            _set_text(part, cal, "calendar", "utf-8", "8bit" if not cal.isascii() else "7bit",
                      {"method": method})
            if root.get_content_type() != "multipart/alternative":
                root.make_alternative()
            root.attach(part)
        else:
            root.add_attachment(cal, subtype="calendar", charset="utf-8",
                                params={"method": method},
                                filename=ics.get("filename", "invite.ics"))
        texts.append(cal)
    for name, lines in spec.get("pdf") or []:
        root.add_attachment(make_pdf(lines), maintype="application", subtype="pdf",
                            filename=name)
    index = 0
    for part in root.walk():
        if part is not root and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"----=_Part266_{number:03d}_{index}")
            index += 1
    return root, texts


# ----------------------------------------------------------------------------- messages


def message_id(key: str, domain: str) -> str:
    digest = hashlib.sha1(key.encode()).hexdigest()[:20]
    return f"<{digest}.c266@{domain}>"


def domain_of(value: str) -> str:
    return parseaddr(value)[1].split("@")[1]


def render(spec: dict, number: int, ids: dict[str, str], refs: dict[str, list[str]]) -> bytes:
    stamp = when(spec)
    charset, enc = spec.get("hdr", ("utf-8", "Q"))
    root, _ = build_body(spec, stamp, number)
    lines = [f"From: {addr_list(spec['frm'], charset, enc)}",
             f"To: {addr_list(spec.get('to') or CANDIDATE, charset, enc)}"]
    if spec.get("cc"):
        lines.append(f"Cc: {addr_list(spec['cc'], charset, enc)}")
    if spec.get("reply_to"):
        lines.append(f"Reply-To: {addr_list(spec['reply_to'], charset, enc)}")
    lines.append(f"Subject: {encode_subject(spec['subject'], charset, enc)}")
    lines.append(f"Date: {format_datetime(stamp)}")
    lines.append(f"Message-ID: {ids[spec['_id']]}")
    chain = refs.get(spec["_id"], [])
    if chain:
        lines.append(f"In-Reply-To: {chain[-1]}")
        lines.append("References: " + "\n ".join(chain))
    for name, value in spec.get("headers", ()):
        lines.append(f"{name}: {value}")
    head = "\n".join(lines).encode("ascii") + b"\n"
    return head + root.as_bytes(policy=POLICY)


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, raw: bytes) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    where = spec["file"]
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    for name, value in msg.items():
        assert not getattr(value, "defects", None), f"{where}: header {name} {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], (where, str(msg["Subject"]))
    frm_name = parseaddr(spec["frm"])[0]
    assert msg["From"].addresses[0].display_name == frm_name, (where, str(msg["From"]))
    _, texts = build_body(spec, when(spec), 0)
    got = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert [norm(t) for t in got] == [norm(t) for t in texts], f"{where}: bodies differ"
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == len(spec.get("pdf") or []), where
    for pdf in pdfs:
        assert pdf.get_content().startswith(b"%PDF-1.4"), where
    assert msg["Date"].datetime.year == 2026, where
    senders = [a for _, a in getaddresses([str(v) for n in ("From", "Reply-To")
                                          for v in msg.get_all(n, [])])]
    if spec["contact"]:
        assert spec["contact"] in [a.lower() for a in senders], (where, spec["contact"])


def validate(spec: dict) -> None:
    where = spec["slug"]
    assert spec["kind"] in KINDS and spec["lang"] in LANGS, where
    assert spec["date"].startswith("2026-"), where
    own = parseaddr(spec["frm"])[1].lower() == CANDIDATE_ADDR
    if own:
        assert spec["kind"] == "other" and not spec["contact"], where
    if spec["kind"] == "other":
        assert not spec["company"], where
    else:
        assert spec["company"], where
    assert spec["contact"] == spec["contact"].lower() and spec["contact"] != CANDIDATE_ADDR, where


def main() -> None:
    specs = (msgs266_rejections.MESSAGES + msgs266_invites.MESSAGES + msgs266_acks.MESSAGES
             + msgs266_other.MESSAGES)
    counts = Counter(s["kind"] for s in specs)
    assert counts == Counter(EXPECTED), counts
    numbers: Counter = Counter()
    ids: dict[str, str] = {}
    for spec in specs:
        validate(spec)
        numbers[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['slug']}.eml"
        spec["_id"] = spec.get("key") or spec["file"]
        assert spec["_id"] not in ids, spec["_id"]
        ids[spec["_id"]] = message_id(spec["_id"] + spec["file"], domain_of(spec["frm"]))
    refs: dict[str, list[str]] = {}
    by_id = {s["_id"]: s for s in specs}

    def chain_of(key: str) -> list[str]:
        if key.startswith("<"):
            return [key]
        parent = by_id[key]
        up = chain_of(parent["reply_of"]) if parent.get("reply_of") else []
        return [*up, ids[key]]

    for spec in specs:
        if spec.get("reply_of"):
            refs[spec["_id"]] = chain_of(spec["reply_of"])
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    (ROOT / "labels.csv").unlink(missing_ok=True)
    rows = []
    for spec in specs:
        number = int(spec["file"].split("/")[1][:3]) + 1000 * KINDS.index(spec["kind"])
        try:
            raw = render(spec, number, ids, refs)
            check(spec, raw)
        except Exception as error:
            raise SystemExit(f"{spec['file']}: {type(error).__name__}: {error}") from error
        path = ROOT / spec["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"wrote {len(specs)} messages")
    for kind in KINDS:
        print(f"{kind:32}", " ".join(f"{lang}={table[(kind, lang)]:2}"
                                     for lang in ("es", "en", "fr", "de")))
    print("languages", Counter(s["lang"] for s in specs))


if __name__ == "__main__":
    main()
