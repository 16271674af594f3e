#!/usr/bin/env python3
"""Build corpus 169 (Siobhan Adeyemi-Castro) from the hand-written specs in msgs169_*.py.

Standard library only. Run from the repository root:

    python tests/corpus_hundredsixtyninth/make_hundredsixtyninth.py

It deletes and rewrites only the *.eml files and labels.csv inside this folder.

Spec keys (one dict per message, written with msgs169_common.M):
    kind, slug            folder and file name (<kind>/<nnn>_<slug>.eml, nnn per folder)
    company, contact      labels (contact lower-cased on write); lang = en/de/fr/es
    frm, reply_to         (display name, address); to / cc: one tuple or a list of tuples
    subject, date, tz     date "YYYY-MM-DD HH:MM" local time; tz uk / cet / utc / "+HHMM"
    subject_enc, from_enc (charset, "Q" or "B") to force RFC 2047 encoded words
    text, html            bodies (either or both); charset / cte, html_charset / html_cte
    ics                   dict(method, uid, seq, start, minutes, summary, location,
                          description, organizer, mode "alt" | "attach", cte)
    pdfs                  list of (file name, [lines of text])
    headers               list of extra (name, value) header pairs (ASCII)
    id, parent            thread keys: In-Reply-To / References follow the parent chain
    preamble              text before the first boundary of the outer multipart
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs169_acks  # noqa: E402
import msgs169_common as C  # noqa: E402
import msgs169_invites  # noqa: E402
import msgs169_other  # noqa: E402
import msgs169_rejections  # noqa: E402

KIND_ORDER = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
LANGS = {"en", "de", "fr", "es"}
COMPAT = email.policy.compat32.clone(linesep="\n", max_line_length=0)

# --------------------------------------------------------------------------- dates


def _offset(tz: str, when: datetime) -> timedelta:
    summer = (3, 29) <= (when.month, when.day) < (10, 25)
    if tz == "uk":
        return timedelta(hours=1 if summer else 0)
    if tz == "cet":
        return timedelta(hours=2 if summer else 1)
    if tz == "utc":
        return timedelta(0)
    sign = -1 if tz.startswith("-") else 1
    return sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))


def local_dt(stamp: str, tz: str, seconds: int = 0) -> datetime:
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(second=seconds)
    return naive.replace(tzinfo=timezone(_offset(tz, naive)))


def default_tz(spec: dict) -> str:
    return spec.get("tz") or ("uk" if spec["lang"] == "en" else "cet")


# --------------------------------------------------------------------------- headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(raw: bytes) -> str:
    return "".join(chr(b) if b in _Q_SAFE else "_" if b == 0x20 else f"={b:02X}" for b in raw)


def _b(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """RFC 2047 encoded words of at most 75 characters, never splitting a character."""
    enc = enc.upper()
    prefix = f"=?{charset}?{enc}?"
    coder = _q if enc == "Q" else _b

    def size(chunk: str) -> int:
        return len(prefix) + len(coder(chunk.encode(charset))) + 2

    words: list[str] = []
    cur = ""
    for ch in text:
        if cur and size(cur + ch) > 75:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return [prefix + coder(w.encode(charset)) + "?=" for w in words]


def fold(name: str, value: str) -> str:
    """Fold a plain ASCII header at spaces to stay near 78 columns."""
    line = f"{name}: "
    out: list[str] = []
    for word in value.split(" "):
        if len(line) + len(word) > 78 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def text_header(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and not value.isascii():
        enc = ("utf-8", "Q")
    if enc is None:
        return fold(name, value)
    return f"{name}: " + "\n ".join(encoded_words(value, *enc))


_SPECIALS = set('()<>@,;:\\".[]')


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and not name.isascii():
        enc = ("utf-8", "Q")
    if enc is not None:
        return "\n ".join(encoded_words(name, *enc)) + f" <{addr}>"
    if any(c in _SPECIALS for c in name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def address_list(value: object, enc: tuple[str, str] | None = None) -> str:
    pairs = [value] if isinstance(value, tuple) else list(value)  # type: ignore[arg-type]
    return ",\n ".join(address(p, enc) for p in pairs)


def _pairs(value: object) -> list[tuple[str, str]]:
    if value is None:
        return []
    return [value] if isinstance(value, tuple) else list(value)  # type: ignore[list-item]


# --------------------------------------------------------------------------- bodies


def leaf(ctype: str, payload_text: str, charset: str, cte: str, params: str = "",
         disposition: str = "") -> Message:
    raw = payload_text.encode(charset)
    if cte == "auto":
        cte = "7bit" if payload_text.isascii() else "quoted-printable"
    part = Message(policy=COMPAT)
    part["Content-Type"] = f'{ctype}; charset="{charset}"{params}'
    part["Content-Transfer-Encoding"] = cte
    if disposition:
        part["Content-Disposition"] = disposition
    if cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte in ("7bit", "8bit"):
        if cte == "7bit" and not payload_text.isascii():
            raise ValueError("7bit body with non-ASCII text")
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        raise ValueError(cte)
    return part


def container(subtype: str, boundary: str, parts: list[Message]) -> Message:
    box = Message(policy=COMPAT)
    box["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        box.attach(p)
    return box


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines in Helvetica."""

    def pdf_str(s: str) -> str:
        raw = s.encode("cp1252", "replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "15 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({pdf_str(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def pdf_part(filename: str, lines: list[str]) -> Message:
    part = Message(policy=COMPAT)
    part["Content-Type"] = f'application/pdf; name="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part.set_payload(base64.encodebytes(make_pdf(lines)).decode("ascii"))
    return part


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out: list[str] = []
    cur = ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def make_ics(ics: dict, spec: dict, sent: datetime) -> str:
    tz = ics.get("tz") or default_tz(spec)
    start = local_dt(ics["start"], tz).astimezone(UTC)
    end = start + timedelta(minutes=ics.get("minutes", 60))
    fmt = "%Y%m%dT%H%M%SZ"
    org_name, org_addr = ics.get("organizer") or spec["frm"]
    method = ics["method"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"DTSTAMP:{sent.astimezone(UTC).strftime(fmt)}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"UID:{ics['uid']}",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE;CN={C.CAND_NAME}:mailto:{C.CAND_ADDR}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
        f"LOCATION:{_ics_text(ics.get('location', ''))}",
        f"DESCRIPTION:{_ics_text(ics.get('description', ''))}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    sep = "\r\n" if ics.get("cte") == "base64" else "\n"
    return sep.join(folded) + sep


def build_body(spec: dict, tag: str, sent: datetime) -> tuple[Message, list[tuple[str, str]]]:
    """The MIME tree of one message and the (content type, text) of each text leaf, in order."""
    originals: list[tuple[str, str]] = []
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "auto")
    alt_parts: list[Message] = []
    if spec.get("text") is not None:
        alt_parts.append(leaf("text/plain", spec["text"], charset, cte,
                              params=spec.get("text_params", "")))
        originals.append(("text/plain", spec["text"]))
    if spec.get("html") is not None:
        alt_parts.append(leaf("text/html", spec["html"], spec.get("html_charset", charset),
                              spec.get("html_cte", cte)))
        originals.append(("text/html", spec["html"]))
    if not alt_parts:
        raise ValueError(f"{tag}: no body")
    ics = spec.get("ics")
    cal = None
    if ics:
        cal_text = make_ics(ics, spec, sent)
        mode = ics.get("mode", "alt")
        params = f"; method={ics['method']}"
        disp = ""
        if mode == "attach":
            params += '; name="invite.ics"'
            disp = 'attachment; filename="invite.ics"'
        cal = leaf("text/calendar", cal_text, "utf-8", ics.get("cte", "auto"), params, disp)
        if mode == "alt":
            alt_parts.append(cal)
            originals.append(("text/calendar", cal_text))
            cal = None
    body = (alt_parts[0] if len(alt_parts) == 1
            else container("alternative", f"=_alt_{tag}", alt_parts))
    mixed: list[Message] = []
    if cal is not None:
        mixed.append(cal)
        originals.append(("text/calendar", make_ics(ics, spec, sent)))  # type: ignore[arg-type]
    for filename, lines in spec.get("pdfs", []):
        mixed.append(pdf_part(filename, lines))
    if mixed:
        body = container("mixed", f"=_mix_{tag}", [body, *mixed])
    if spec.get("preamble") and body.is_multipart():
        body.preamble = spec["preamble"]
    return body, originals


# --------------------------------------------------------------------------- messages


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def message_id(spec: dict, rel: str) -> str:
    h = digest("corpus169/" + rel)
    domain = spec["frm"][1].split("@", 1)[1]
    if spec["frm"][1] == C.CAND_ADDR:
        domain = "mail.example.co.uk"
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def render(spec: dict, rel: str, ids: dict[str, str], refs: dict[str, list[str]]) -> bytes:
    tag = digest(rel)[:10]
    tz = default_tz(spec)
    sent = local_dt(spec["date"], tz, seconds=int(digest(rel)[10:12], 16) % 60)
    lines = [
        "From: " + address(spec["frm"], spec.get("from_enc")),
        "To: " + address_list(spec.get("to", C.CAND)),
    ]
    if spec.get("cc"):
        lines.append("Cc: " + address_list(spec["cc"]))
    if spec.get("reply_to"):
        lines.append("Reply-To: " + address_list(spec["reply_to"]))
    lines.append(text_header("Subject", spec["subject"], spec.get("subject_enc")))
    lines.append("Date: " + format_datetime(sent))
    lines.append("Message-ID: " + ids[rel])
    parent = spec.get("parent")
    if parent:
        chain = refs[parent] + [ids[refs["@" + parent][0]]]
        lines.append("In-Reply-To: " + chain[-1])
        lines.append(fold("References", " ".join(chain)))
    for name, value in spec.get("headers", []):
        lines.append(fold(name, value))
    lines.append("MIME-Version: 1.0")
    body, _ = build_body(spec, tag, sent)
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=COMPAT).flatten(body)
    return ("\n".join(lines) + "\n").encode("ascii") + buf.getvalue()


def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip("\n").split("\n"))


def check(spec: dict, rel: str, data: bytes) -> None:
    """Re-parse as a mail program would and insist the words survive unchanged."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems: list[str] = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
    for name in ("From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID"):
        value = msg[name]
        if value is not None and getattr(value, "defects", None):
            problems.append(f"{name} defects {value.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['subject'])!r} != {spec['subject']!r}")
    frm = msg["from"].addresses[0]
    if (frm.display_name, frm.addr_spec) != tuple(spec["frm"]):
        problems.append(f"from {frm!r}")
    if msg["date"].datetime.year != 2026:
        problems.append("date year")
    _, originals = build_body(spec, "x", datetime(2026, 1, 1, tzinfo=UTC))
    texts = [(p.get_content_type(), p.get_content()) for p in msg.walk()
             if p.get_content_maintype() == "text"]
    if [t for t, _ in texts] != [t for t, _ in originals]:
        problems.append(f"text parts {[t for t, _ in texts]} != {[t for t, _ in originals]}")
    else:
        for (ctype, got), (_, want) in zip(texts, originals, strict=True):
            if ctype == "text/calendar":
                got = "\n".join(x for x in got.splitlines() if not x.startswith("DTSTAMP"))
                want = "\n".join(x for x in want.splitlines() if not x.startswith("DTSTAMP"))
            if _norm(got) != _norm(want):
                problems.append(f"{ctype} body does not round-trip")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def prepare(spec: dict) -> None:
    """Make an HTML body's declared charset agree with the charset it is sent in."""
    charset = spec.get("html_charset", spec.get("charset", "utf-8"))
    if spec.get("html") and charset != "utf-8":
        spec["html"] = (spec["html"].replace('charset="utf-8"', f'charset="{charset}"')
                        .replace("charset=utf-8", f"charset={charset}"))


def validate(spec: dict, rel: str) -> None:
    kind, lang = spec["kind"], spec["lang"]
    assert kind in KIND_ORDER, rel
    assert lang in LANGS, rel
    contact = spec.get("contact", "")
    own = spec["frm"][1] == C.CAND_ADDR
    company = spec.get("company", "")
    if own:
        assert kind == "other" and not contact, f"{rel}: own mail"
    if kind == "other":
        assert not company, f"{rel}: company on other"
    else:
        assert company, f"{rel}: company missing"
    if contact:
        assert contact == contact.lower(), f"{rel}: contact case"
        addrs = [a.lower() for _, a in [*_pairs(spec.get("reply_to")), spec["frm"]]]
        assert contact in addrs, f"{rel}: contact {contact} not in From/Reply-To"


def all_specs() -> list[dict]:
    return [*msgs169_rejections.MESSAGES, *msgs169_invites.MESSAGES, *msgs169_acks.MESSAGES,
            *msgs169_other.MESSAGES]


def main() -> None:
    specs = all_specs()
    counters: dict[str, int] = {}
    placed: list[tuple[str, dict]] = []
    for spec in sorted(specs, key=lambda s: KIND_ORDER.index(s["kind"])):
        n = counters[spec["kind"]] = counters.get(spec["kind"], 0) + 1
        placed.append((f"{spec['kind']}/{n:03d}_{spec['slug']}.eml", spec))
    ids = {rel: message_id(spec, rel) for rel, spec in placed}
    by_key: dict[str, str] = {}
    for rel, spec in placed:
        if spec.get("id"):
            assert spec["id"] not in by_key, f"duplicate id {spec['id']}"
            by_key[spec["id"]] = rel
    refs: dict[str, list[str]] = {}

    def chain(key: str) -> list[str]:
        """Message-IDs of the ancestors of the message with thread key `key`, oldest first."""
        spec = next(s for r, s in placed if r == by_key[key])
        parent = spec.get("parent")
        return [*chain(parent), ids[by_key[parent]]] if parent else []

    for key, rel in by_key.items():
        refs[key] = chain(key)
        refs["@" + key] = [rel]
    for rel, spec in placed:
        if spec.get("parent") and spec["parent"] not in by_key:
            raise SystemExit(f"{rel}: unknown parent {spec['parent']}")
    for sub in KIND_ORDER:
        folder = HERE / sub
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    for rel, spec in placed:
        prepare(spec)
        validate(spec, rel)
        data = render(spec, rel, ids, refs)
        check(spec, rel, data)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec.get("company", ""),
                     spec.get("contact", "").lower(), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {}
    for _, kind, _, _, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KIND_ORDER:
        print(f"  {kind:32} {table.get(kind, {})}")


if __name__ == "__main__":
    main()
