"""Build corpus 261 (blind, hand-written) from the message specs in the msgs261_*.py modules.

Run from the repository root:  python tests/corpus_twohundredsixtyfirst/make_twohundredsixtyfirst.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv in this folder.
Every written message is re-parsed with the default policy and checked: no defects, the
subject and every text body round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import quopri
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs261_acks  # noqa: E402
import msgs261_invites  # noqa: E402
import msgs261_other  # noqa: E402
import msgs261_rejections  # noqa: E402
from msgs261_common import CANDIDATE  # noqa: E402

KIND_ORDER = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
PHRASE_SPECIAL = set('()<>[]:;@\\,."')


# ----------------------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """RFC 2047 encoded words (each <= 75 chars) for text in charset, Q or B."""
    words: list[str] = []
    prefix, suffix = f"=?{charset}?{enc}?", "?="
    limit = 75 - len(prefix) - len(suffix)
    chunk = ""
    for ch in text:
        trial = chunk + ch
        raw = trial.encode(charset)
        size = len(q_encode(raw)) if enc == "Q" else len(base64.b64encode(raw))
        if size > limit and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for piece in words:
        raw = piece.encode(charset)
        body = q_encode(raw) if enc == "Q" else base64.b64encode(raw).decode("ascii")
        out.append(prefix + body + suffix)
    return out


def q_encode(raw: bytes) -> str:
    return "".join(
        "_" if b == 0x20 else chr(b) if b in Q_SAFE else f"={b:02X}" for b in raw
    )


def fold(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so that lines stay under 78 chars where possible."""
    line = f"{name}: "
    lines = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 76 and line.strip() and not line.endswith(": "):
            lines.append(line)
            line = piece
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return fold(name, value)
    charset, how = enc or ("utf-8", "Q")
    return f"{name}: " + "\n ".join(encoded_words(value, charset, how))


def one_addr(item: object, enc: tuple[str, str] | None = None) -> str:
    if isinstance(item, str):
        return item
    name, addr = item  # type: ignore[misc]
    if not name:
        return addr
    if enc is not None or not name.isascii():
        charset, how = enc or ("utf-8", "Q")
        return " ".join(encoded_words(name, charset, how)) + f" <{addr}>"
    if any(c in PHRASE_SPECIAL for c in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


def addr_header(name: str, items: list, enc: tuple[str, str] | None = None) -> str:
    parts = [one_addr(x, enc) for x in items]
    return f"{name}: " + ",\n ".join(parts)


def rfc_date(spec_date: str) -> str:
    stamp = dt.datetime.strptime(spec_date, "%Y-%m-%d %H:%M %z")
    assert stamp.year == 2026, spec_date
    return stamp.strftime("%a, %d %b %Y %H:%M:%S %z")


def domain_of(item: object) -> str:
    addr = item if isinstance(item, str) else item[1]  # type: ignore[index]
    return addr.rsplit("@", 1)[1]


# ----------------------------------------------------------------------------- bodies

def encode_body(text: str, charset: str, cte: str) -> tuple[str, bytes]:
    raw = text.encode(charset)
    if cte == "base64":
        b64 = base64.b64encode(raw).decode("ascii")
        lines = [b64[i:i + 76] for i in range(0, len(b64), 76)]
        return cte, ("\n".join(lines) + "\n").encode("ascii")
    if cte == "quoted-printable":
        return cte, quopri.encodestring(raw)
    if cte in ("7bit", "8bit"):
        cte = "7bit" if raw.isascii() else "8bit"
        assert all(len(x) < 990 for x in raw.split(b"\n")), "line too long"
        return cte, raw if raw.endswith(b"\n") else raw + b"\n"
    raise ValueError(cte)


def leaf(ctype: str, body: bytes, cte: str, extra: list[str] | None = None) -> bytes:
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *(extra or [])]
    return ("\n".join(head) + "\n\n").encode("ascii") + body


def multipart(subtype: str, boundary: str, parts: list[bytes]) -> bytes:
    out = [f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'.encode("ascii")]
    out.append(b"This is a multi-part message in MIME format.\n")
    for part in parts:
        out.append(f"\n--{boundary}\n".encode("ascii"))
        out.append(part if part.endswith(b"\n") else part + b"\n")
    out.append(f"\n--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def make_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF that shows the given lines (Helvetica, WinAnsi)."""
    def pdf_str(s: str) -> bytes:
        raw = s.encode("cp1252")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    stream = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 780 Td"]
    for i, line in enumerate(lines):
        stream.append(pdf_str(line) + (b" Tj" if i == 0 else b" '"))
    stream.append(b"ET")
    content = b"\n".join(stream) + b"\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def utc(stamp: str) -> str:
    """'2026-02-24 10:00 +0100' -> '20260224T090000Z'."""
    when = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M %z").astimezone(dt.UTC)
    return when.strftime("%Y%m%dT%H%M%SZ")


def make_ics(ics: dict, sent: str) -> str:
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus261//Calendar//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{utc(sent)}",
        f"DTSTART:{utc(ics['start'])}",
        f"DTEND:{utc(ics['end'])}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines.append(f"ORGANIZER;CN={org_name}:mailto:{org_addr}")
    partstat = "NEEDS-ACTION"
    lines.append(
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};"
        f"RSVP={'TRUE' if method == 'REQUEST' else 'FALSE'}:mailto:{CANDIDATE[1]}"
    )
    for extra in ics.get("attendees", []):
        lines.append(f"ATTENDEE;CN={extra[0]};ROLE=OPT-PARTICIPANT:mailto:{extra[1]}")
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ----------------------------------------------------------------------------- messages

def build(spec: dict, msgid: str, parent_ids: list[str]) -> bytes:
    slug = spec["file"].replace("/", "_").removesuffix(".eml")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "8bit")
    bodies: list[bytes] = []
    if spec.get("text") is not None:
        used, raw = encode_body(spec["text"], charset, cte)
        bodies.append(leaf(f'text/plain; charset="{charset}"', raw, used))
    if spec.get("html") is not None:
        used, raw = encode_body(spec["html"], charset, spec.get("html_cte", cte))
        bodies.append(leaf(f'text/html; charset="{charset}"', raw, used))
    ics = spec.get("ics")
    ics_part = None
    if ics:
        method = ics.get("method", "REQUEST")
        used, raw = encode_body(make_ics(ics, spec["date"]), "utf-8", ics.get("cte", "base64"))
        ics_part = leaf(f'text/calendar; charset="utf-8"; method={method}', raw, used,
                        [] if ics.get("place", "alt") == "alt" else
                        [f'Content-Disposition: attachment; filename="{ics.get("name", "invite.ics")}"'])
        if ics.get("place", "alt") == "alt":
            bodies.append(ics_part)
            ics_part = None
    body = (bodies[0] if len(bodies) == 1
            else multipart("alternative", f"=_alt261_{slug}", bodies))
    attachments = []
    if ics_part is not None:
        attachments.append(ics_part)
    for pdf in spec.get("pdf", []):
        raw = base64.b64encode(make_pdf(pdf["lines"])).decode("ascii")
        raw = "\n".join(raw[i:i + 76] for i in range(0, len(raw), 76)) + "\n"
        attachments.append(leaf(
            f'application/pdf; name="{pdf["name"]}"', raw.encode("ascii"), "base64",
            [f'Content-Disposition: attachment; filename="{pdf["name"]}"'],
        ))
    if attachments:
        body = multipart("mixed", f"=_mix261_{slug}", [body, *attachments])

    head = [f"Date: {rfc_date(spec['date'])}"]
    head.append(addr_header("From", [spec["frm"]], spec.get("frm_enc")))
    if spec.get("reply_to"):
        head.append(addr_header("Reply-To", [spec["reply_to"]], spec.get("rt_enc")))
    head.append(addr_header("To", spec.get("to", [CANDIDATE]), spec.get("to_enc")))
    if spec.get("cc"):
        head.append(addr_header("Cc", spec["cc"]))
    head.append(header_text("Subject", spec["subject"], spec.get("subj_enc")))
    head.append(f"Message-ID: {msgid}")
    if parent_ids:
        head.append(f"In-Reply-To: {parent_ids[-1]}")
        head.append(fold("References", " ".join(parent_ids)))
    for name, value in spec.get("headers", []):
        head.append(fold(name, value))
    head.append("MIME-Version: 1.0")
    return ("\n".join(head) + "\n").encode("ascii") + body


def check(spec: dict, data: bytes) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    where = spec["file"]
    for part in msg.walk():
        assert not part.defects, f"{where}: {part.defects}"
        for name in part:
            value = part[name]
            assert not getattr(value, "defects", ()), f"{where}: {name}: {value.defects}"
    assert str(msg["subject"]) == spec["subject"], (where, str(msg["subject"]))
    assert msg["date"].datetime.year == 2026, where
    for subtype in ("plain", "html"):
        want = spec.get("text" if subtype == "plain" else "html")
        got = [p.get_content() for p in msg.walk() if p.get_content_type() == f"text/{subtype}"]
        if want is None:
            assert not got, f"{where}: unexpected text/{subtype}"
        else:
            assert got and got[0].rstrip("\n") == want.rstrip("\n"), f"{where}: {subtype} differs"
    for pdf in [p for p in msg.walk() if p.get_content_type() == "application/pdf"]:
        assert pdf.get_content().startswith(b"%PDF-1.4"), where
    cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if spec.get("ics"):
        assert cal and "BEGIN:VCALENDAR" in cal[0].get_content(), where


def collect() -> list[dict]:
    specs: list[dict] = []
    for module in (msgs261_rejections, msgs261_invites, msgs261_acks, msgs261_other):
        specs.extend(module.MESSAGES)
    counters: dict[str, int] = {}
    for spec in sorted(specs, key=lambda s: KIND_ORDER.index(s["kind"])):
        counters[spec["kind"]] = counters.get(spec["kind"], 0) + 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
    return specs


def main() -> None:
    specs = collect()
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    old_labels = HERE / "labels.csv"
    if old_labels.exists():
        old_labels.unlink()
    ids: dict[str, str] = {}
    by_key: dict[str, dict] = {}
    for spec in specs:
        digest = hashlib.sha1(spec["file"].encode()).hexdigest()[:14]
        msgid = f"<{digest}.{spec['slug'].replace('_', '-')}@{domain_of(spec['frm'])}>"
        spec["msgid"] = msgid
        if "id" in spec:
            assert spec["id"] not in by_key, spec["id"]
            by_key[spec["id"]] = spec
    for spec in specs:
        chain: list[str] = []
        parent = spec.get("parent")
        while parent:
            chain.insert(0, by_key[parent]["msgid"])
            parent = by_key[parent].get("parent")
        ids[spec["file"]] = spec["msgid"]
        try:
            data = build(spec, spec["msgid"], chain)
        except Exception as error:
            raise SystemExit(f"{spec['file']}: {type(error).__name__}: {error}") from error
        target = HERE / spec["file"]
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        check(spec, target.read_bytes())
    assert len(set(ids.values())) == len(ids)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        for spec in sorted(specs, key=lambda s: s["file"]):
            writer.writerow([spec["file"], spec["kind"], spec.get("company", ""),
                             spec.get("contact", ""), spec["lang"]])
    counts: dict[tuple[str, str], int] = {}
    for spec in specs:
        counts[(spec["kind"], spec["lang"])] = counts.get((spec["kind"], spec["lang"]), 0) + 1
    print(f"wrote {len(specs)} messages")
    for kind in KIND_ORDER:
        row = [counts.get((kind, lang), 0) for lang in ("fr", "en", "de", "es")]
        print(f"{kind:32s} fr={row[0]:3d} en={row[1]:3d} de={row[2]:3d} es={row[3]:3d}")


if __name__ == "__main__":
    main()
