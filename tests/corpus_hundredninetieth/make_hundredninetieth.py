"""Build corpus 190 from the hand-written specs in msgs190_*.py (standard library only).

Run from the repository root:  python tests/corpus_hundredninetieth/make_hundredninetieth.py

It deletes and rewrites only the *.eml files and labels.csv inside its own folder, then parses
every written message again and checks it: no defects, the subject, the sender and every
text body round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import re
import sys
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.message import MIMEPart
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs190_acks  # noqa: E402
import msgs190_common  # noqa: E402
import msgs190_invites  # noqa: E402
import msgs190_other  # noqa: E402
import msgs190_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}
POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)
CHARSETS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}

try:  # only used to check that a sender's UTC offset fits the season
    from zoneinfo import ZoneInfo
    _ZONES = [ZoneInfo("Europe/Madrid"), ZoneInfo("Europe/London")]
except Exception:  # pragma: no cover - no tz database
    _ZONES = []


# --- headers ------------------------------------------------------------------------------


def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """text as RFC 2047 encoded words (Q or B) of at most 75 characters each, split only
    between characters so every word decodes on its own."""
    words: list[str] = []
    prefix = f"=?{charset}?{enc}?"
    chunk = ""

    def encode(s: str) -> str:
        raw = s.encode(charset)
        if enc == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for b in raw:
            ch = chr(b)
            if ch == " ":
                out.append("_")
            elif ch.isascii() and ch.isalnum():
                out.append(ch)
            else:
                out.append(f"={b:02X}")
        return "".join(out)

    for ch in text:
        if len(prefix) + len(encode(chunk + ch)) + 2 > 75:
            words.append(f"{prefix}{encode(chunk)}?=")
            chunk = ""
        chunk += ch
    if chunk:
        words.append(f"{prefix}{encode(chunk)}?=")
    return words


def fold_plain(name: str, value: str) -> str:
    """An ASCII header folded at spaces to stay under 78 characters."""
    line = f"{name}:"
    lines = []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 76 and line != f"{name}:":
            lines.append(line)
            line = ""
        line = f"{line} {word}"
    lines.append(line)
    return "\n".join(lines)


def unstructured(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return fold_plain(name, value)
    charset, how = enc or ("utf-8", "Q")
    words = encoded_words(value, charset, how)
    return f"{name}: " + "\n ".join(words)


def mailbox(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        if re.fullmatch(r"[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]+", name):
            return f"{name} <{addr}>"
        esc = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{esc}" <{addr}>'
    charset, how = enc or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, how)) + f" <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]],
                   enc: tuple[str, str] | None = None) -> str:
    parts = [mailbox(p, enc) for p in pairs]
    return f"{name}: " + ",\n ".join(parts)


# --- attachments --------------------------------------------------------------------------


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing lines in Helvetica (WinAnsi)."""
    def esc(s: str) -> bytes:
        raw = s.encode("cp1252")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = b"BT /F1 11 Tf 56 780 Td 15 TL\n"
    for line in lines:
        stream += b"(" + esc(line) + b") Tj T*\n"
    stream += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def _ics_text(s: str) -> str:
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out = []
    cur = ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def _utc(local: str, tz: str) -> datetime:
    return datetime.strptime(f"{local} {tz}", "%Y-%m-%d %H:%M %z").astimezone(UTC)


def make_ics(spec: dict, ics: dict, sent: datetime) -> str:
    method = ics["method"]
    start = _utc(ics["start"], ics["tz"])
    end = start + timedelta(minutes=ics.get("minutes", 60))
    org_name, org_addr = ics["organizer"]
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus190//Calendar//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"DTSTAMP:{sent.astimezone(UTC).strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines += [
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        'ATTENDEE;CN="Esperanza Mwangi-Etxeberria";ROLE=REQ-PARTICIPANT;'
        "PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:esperanza.me@example.es",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\n".join(folded) + "\n"


# --- bodies -------------------------------------------------------------------------------


def text_part(content: str, subtype: str, charset: str, cte: str,
              params: dict | None = None, filename: str | None = None) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    kwargs: dict = {"charset": charset, "cte": cte}
    if params:
        kwargs["params"] = params
    if filename:
        kwargs["disposition"] = "attachment"
        kwargs["filename"] = filename
    part.set_content(content, subtype, **kwargs)
    return part


def default_cte(content: str) -> str:
    return "7bit" if content.isascii() else "quoted-printable"


def multipart(subtype: str, children: list[MIMEPart], boundary: str) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    part["Content-Type"] = f"multipart/{subtype}"
    part.set_boundary(boundary)
    for child in children:
        part.attach(child)
    return part


def build_body(spec: dict, sent: datetime) -> tuple[MIMEPart, dict[str, str]]:
    """The MIME tree of a spec and the text bodies it must give back, keyed by subtype."""
    key = spec["key"]
    expect: dict[str, str] = {}
    alt: list[MIMEPart] = []
    charset = spec.get("charset", "utf-8")
    if "text" in spec:
        cte = spec.get("cte") or default_cte(spec["text"])
        alt.append(text_part(spec["text"], "plain", charset, cte))
        expect["plain"] = spec["text"]
    if "html" in spec:
        hcs = spec.get("html_charset", charset)
        hcte = spec.get("html_cte") or spec.get("cte") or default_cte(spec["html"])
        alt.append(text_part(spec["html"], "html", hcs, hcte))
        expect["html"] = spec["html"]
    attachments: list[MIMEPart] = []
    ics = spec.get("ics")
    if ics:
        cal = make_ics(spec, ics, sent)
        cte = "quoted-printable" if not cal.isascii() else "7bit"
        if spec.get("ics_mode", "attach") == "alt":
            alt.append(text_part(cal, "calendar", "utf-8", cte, {"method": ics["method"]}))
        else:
            name = "cancel.ics" if ics["method"] == "CANCEL" else "invite.ics"
            attachments.append(text_part(cal, "calendar", "utf-8", cte,
                                         {"method": ics["method"]}, name))
        expect["calendar"] = cal
    for pdf in spec.get("pdfs", []):
        part = MIMEPart(policy=POLICY)
        part.set_content(make_pdf(pdf["lines"]), "application", "pdf",
                         disposition="attachment", filename=pdf["filename"])
        attachments.append(part)
    if not alt:
        raise ValueError(f"{key}: no body")
    body = alt[0] if len(alt) == 1 else multipart("alternative", alt, f"=_alt190_{key}")
    if attachments:
        body = multipart("mixed", [body, *attachments], f"=_mix190_{key}")
    return body, expect


# --- messages -----------------------------------------------------------------------------


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def check_offset(key: str, dt: datetime) -> None:
    off = dt.utcoffset()
    if not _ZONES or off == timedelta(0):
        return
    allowed = {dt.astimezone(zone).utcoffset() for zone in _ZONES}
    if off not in allowed:
        raise ValueError(f"{key}: UTC offset {off} does not fit the season at {dt}")


def message_id(spec: dict, dt: datetime) -> str:
    digest = hashlib.sha1(f"corpus190:{spec['key']}".encode()).hexdigest()[:14]
    dom = spec.get("msgid_domain") or domain_of(spec["frm"][1])
    return f"<{dt.strftime('%Y%m%d%H%M%S')}.{digest}@{dom}>"


def build(spec: dict, ids: dict[str, str], refs: dict[str, list[str]]) -> tuple[bytes, dict]:
    key = spec["key"]
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    check_offset(key, dt)
    body, expect = build_body(spec, dt)
    head = [address_header("From", [spec["frm"]], spec.get("frm_enc"))]
    if spec.get("reply_to"):
        head.append(address_header("Reply-To", [spec["reply_to"]], spec.get("reply_to_enc")))
    head.append(address_header("To", spec.get("to") or [msgs190_common.CAND],
                               spec.get("to_enc")))
    if spec.get("cc"):
        head.append(address_header("Cc", spec["cc"]))
    head.append(unstructured("Subject", spec["subject"], spec.get("subj_enc")))
    head.append(f"Date: {format_datetime(dt)}")
    head.append(f"Message-ID: {ids[key]}")
    parent = spec.get("re")
    if parent:
        chain = [*refs[parent], ids[parent]]
        head.append(f"In-Reply-To: {ids[parent]}")
        head.append(fold_plain("References", " ".join(chain)))
    for name, value in spec.get("headers", []):
        head.append(fold_plain(name, value) if value.isascii() else
                    unstructured(name, value, None))
    head.append("MIME-Version: 1.0")
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POLICY).flatten(body)
    raw = ("\n".join(head) + "\n").encode("ascii") + buf.getvalue()
    return raw, expect


def all_defects(message: email.message.EmailMessage) -> list[str]:
    found = []
    for part in message.walk():
        found += [repr(d) for d in part.defects]
        for name, value in part.items():
            found += [f"{name}: {d!r}" for d in getattr(value, "defects", [])]
    return found


def verify(spec: dict, raw: bytes, expect: dict[str, str]) -> None:
    key = spec["key"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    defects = all_defects(msg)
    if defects:
        raise ValueError(f"{key}: defects {defects}")
    if str(msg["subject"]) != spec["subject"]:
        raise ValueError(f"{key}: subject {msg['subject']!r} != {spec['subject']!r}")
    (name, addr), = getaddresses([str(msg["from"])])
    if (name, addr) != tuple(spec["frm"]):
        raise ValueError(f"{key}: from {(name, addr)!r} != {spec['frm']!r}")
    if spec.get("reply_to"):
        (name, addr), = getaddresses([str(msg["reply-to"])])
        if (name, addr) != tuple(spec["reply_to"]):
            raise ValueError(f"{key}: reply-to {(name, addr)!r} != {spec['reply_to']!r}")
    got: dict[str, str] = {}
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            got.setdefault(part.get_content_subtype(), part.get_content())
    for sub, want in expect.items():
        have = got.get(sub)
        if have is None or have.rstrip("\n") != want.rstrip("\n"):
            raise ValueError(f"{key}: {sub} body does not round-trip")
    for dt_year in [msg["date"].datetime.year]:
        if dt_year != 2026:
            raise ValueError(f"{key}: year {dt_year}")


def check_spec(spec: dict) -> None:
    key = spec.get("key", "?")
    for field in ("key", "kind", "lang", "date", "frm", "subject"):
        if field not in spec:
            raise ValueError(f"{key}: missing {field}")
    if spec["kind"] not in KINDS or spec["lang"] not in LANGS:
        raise ValueError(f"{key}: kind/lang")
    if spec.get("charset", "utf-8") not in CHARSETS:
        raise ValueError(f"{key}: charset")
    if not re.fullmatch(r"[a-z0-9_]+", key):
        raise ValueError(f"{key}: key must be a slug")
    own = spec["frm"][1] == msgs190_common.CAND_ADDR
    company = spec.get("company", "")
    contact = spec.get("contact", "")
    if spec["kind"] == "other" and company:
        raise ValueError(f"{key}: other has no company")
    if spec["kind"] != "other" and not company:
        raise ValueError(f"{key}: job mail needs a company")
    if own and (contact or spec["kind"] != "other"):
        raise ValueError(f"{key}: own mail is other without contact")
    if contact:
        senders = {spec["frm"][1].lower()}
        if spec.get("reply_to"):
            senders.add(spec["reply_to"][1].lower())
        if contact != contact.lower() or contact not in senders:
            raise ValueError(f"{key}: contact {contact} not in From/Reply-To")


def main() -> None:
    specs: list[dict] = [
        *msgs190_rejections.MESSAGES,
        *msgs190_invites.MESSAGES,
        *msgs190_acks.MESSAGES,
        *msgs190_other.MESSAGES,
    ]
    keys = [s["key"] for s in specs]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise ValueError(f"duplicate keys {sorted(dupes)}")
    for spec in specs:
        check_spec(spec)
    by_key = {s["key"]: s for s in specs}
    ids: dict[str, str] = {}
    for spec in specs:
        dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
        ids[spec["key"]] = message_id(spec, dt)
    refs: dict[str, list[str]] = {}

    def chain(key: str) -> list[str]:
        if key in refs:
            return refs[key]
        parent = by_key[key].get("re")
        if parent and parent not in by_key:
            raise ValueError(f"{key}: unknown parent {parent}")
        if parent:
            p_dt = datetime.strptime(by_key[parent]["date"], "%Y-%m-%d %H:%M %z")
            c_dt = datetime.strptime(by_key[key]["date"], "%Y-%m-%d %H:%M %z")
            if p_dt >= c_dt:
                raise ValueError(f"{key}: answers a later message {parent}")
        refs[key] = [*chain(parent), ids[parent]] if parent else []
        return refs[key]

    for spec in specs:
        chain(spec["key"])

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    counters: dict[str, int] = {}
    rows = []
    for kind in KINDS:
        for spec in (s for s in specs if s["kind"] == kind):
            counters[kind] = counters.get(kind, 0) + 1
            rel = f"{kind}/{counters[kind]:03d}_{spec['key']}.eml"
            try:
                raw, expect = build(spec, ids, refs)
                verify(spec, raw, expect)
            except Exception as exc:
                raise SystemExit(f"{spec['key']}: {exc!r}") from exc
            path = HERE / rel
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(raw)
            rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""),
                         spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[tuple[str, str], int] = {}
    for row in rows:
        table[(row[1], row[4])] = table.get((row[1], row[4]), 0) + 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':32} " + " ".join(f"{lang:>4}" for lang in ("es", "fr", "en", "de"))
          + "  all")
    for kind in KINDS:
        cells = [table.get((kind, lang), 0) for lang in ("es", "fr", "en", "de")]
        print(f"{kind:32} " + " ".join(f"{c:4d}" for c in cells) + f" {sum(cells):4d}")
    totals = [sum(v for (k, lang), v in table.items() if lang == x) for x in ("es", "fr", "en", "de")]
    print(f"{'all':32} " + " ".join(f"{c:4d}" for c in totals) + f" {sum(totals):4d}")


if __name__ == "__main__":
    main()
