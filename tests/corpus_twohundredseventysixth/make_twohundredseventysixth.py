"""Build corpus 276 from the hand-written specs in msgs276_*.py (standard library only).

Run from the repository root:

    python tests/corpus_twohundredseventysixth/make_twohundredseventysixth.py

It deletes and rewrites only the *.eml files and labels.csv inside this folder, then re-parses
every written message with the default policy and checks it has no defects and that its
subject, names and bodies come back as written.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import sys
import zlib
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import msgs276_acks  # noqa: E402
import msgs276_invites  # noqa: E402
import msgs276_other  # noqa: E402
import msgs276_rejections  # noqa: E402
from msgs276_common import CANDIDATE, when  # noqa: E402

KIND_ORDER = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
SHORT = {
    "rejection": "rj",
    "interview_invitation": "ii",
    "interview_reschedule_or_cancel": "rs",
    "missed_interview_notice": "mi",
    "application_received": "ar",
    "offer": "of",
    "other": "ot",
}
CTE_NAMES = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
SPECIALS = set('()<>@,;:\\".[]')


# --- encoded words and headers -------------------------------------------------------------

def _ew_one(chunk: str, charset: str, enc: str) -> str:
    data = chunk.encode(charset)
    if enc == "b":
        body = base64.b64encode(data).decode("ascii")
    else:
        body = "".join(
            "_" if b == 0x20 else chr(b) if b in Q_SAFE else f"={b:02X}" for b in data
        )
    return f"=?{charset}?{enc.upper()}?{body}?="


def encoded_words(text: str, charset: str = "utf-8", enc: str = "q") -> list[str]:
    """Split text into RFC 2047 encoded words of at most 75 characters each."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(_ew_one(chunk + ch, charset, enc)) > 75:
            words.append(_ew_one(chunk, charset, enc))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(_ew_one(chunk, charset, enc))
    return words


def header_value(text: str, hcs: str | None, force: bool = False) -> str:
    """A header value: raw when ASCII (unless forced), else encoded words folded by line."""
    if text.isascii() and not force:
        return text
    charset, enc = (hcs or "utf-8/q").split("/")
    return "\n ".join(encoded_words(text, charset, enc))


def address(pair: tuple[str, str], hcs: str | None, force: bool = False) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and not force:
        if any(c in SPECIALS for c in name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    return f"{header_value(name, hcs, force=True)} <{addr}>"


def addresses(value: object, hcs: str | None, force: bool) -> str:
    pairs = [value] if isinstance(value, tuple) else list(value)  # type: ignore[arg-type]
    return ",\n ".join(address(p, hcs, force) for p in pairs)


# --- parts -----------------------------------------------------------------------------------

def text_part(subtype: str, text: str, charset: str, cte: str | None, seed: str = "") -> MIMEBase:
    """A text part; without an explicit encoding, ASCII goes 7bit and other text goes 8bit or
    quoted-printable, chosen from the message's slug so that both occur."""
    data = text.encode(charset)
    if cte is None:
        short = max(map(len, data.split(b"\n"))) < 900
        if data.isascii() and short:
            cte = "7bit"
        else:
            cte = "8bit" if short and zlib.crc32(seed.encode()) % 2 == 0 else "qp"
    part = MIMENonMultipart("text", subtype, charset=charset)
    del part["MIME-Version"]
    if cte == "qp":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "b64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = CTE_NAMES[cte]
    return part


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold_ics(line: str) -> list[str]:
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(current)
            current = ""
        current += ch
    out.append(current)
    return [out[0], *(" " + rest for rest in out[1:])]


def make_ics(ics: dict[str, object]) -> bytes:
    """A small iCalendar object (UTC times) for a REQUEST or CANCEL."""
    method = str(ics["method"])
    organizer = ics["organizer"]
    assert isinstance(organizer, tuple)
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 276//Hand-written invite//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{ics['stamp']}",
        f"DTSTART:{ics['start']}",
        f"DTEND:{ics['end']}",
        f"SUMMARY:{_ics_text(str(ics['summary']))}",
        f"LOCATION:{_ics_text(str(ics.get('location', '')))}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(str(ics['description']))}")
    lines += [
        f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}',
        f'ATTENDEE;CN="{CANDIDATE[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE'
        f":mailto:{CANDIDATE[1]}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _fold_ics(line)]
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")


def _pdf_escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF 1.4 with Helvetica text and a correct cross-reference table."""
    ops = ["BT", "/F1 16 Tf", "56 790 Td", "20 TL", f"({_pdf_escape(title)}) Tj", "/F1 10 Tf",
           "14 TL", "T*"]
    ops += [f"({_pdf_escape(line)}) '" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    info = f"<< /Title ({_pdf_escape(title)}) /Producer (corpus 276 generator) >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        info.encode("cp1252"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


def attachment(att: dict[str, object]) -> MIMEBase:
    if "pdf" in att:
        part: MIMEBase = MIMEApplication(make_pdf(str(att["title"]), list(att["lines"])), "pdf")
        name = str(att["pdf"])
    else:
        part = MIMEApplication(make_ics(att["ics"]), "ics")  # type: ignore[arg-type]
        name = str(att.get("name", "invite.ics"))
    del part["MIME-Version"]
    if name.isascii():
        part.add_header("Content-Disposition", "attachment", filename=name)
        part.set_param("name", name)
    else:
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    return part


def body_tree(spec: dict[str, object], tag: str) -> MIMEBase:
    charset = str(spec.get("cs", "utf-8"))
    cte = spec.get("cte")
    html_cte = spec.get("html_cte", cte if cte is not None else "qp")
    parts: list[MIMEBase] = []
    if spec.get("text"):
        parts.append(text_part("plain", str(spec["text"]), charset, cte,  # type: ignore[arg-type]
                               str(spec["slug"])))
    if spec.get("html"):
        parts.append(text_part("html", str(spec["html"]), charset, html_cte))  # type: ignore[arg-type]
    if spec.get("ics"):
        ics = spec["ics"]
        cal = MIMENonMultipart("text", "calendar", charset="utf-8", method=ics["method"])  # type: ignore[index]
        del cal["MIME-Version"]
        cal.set_payload(base64.encodebytes(make_ics(ics)).decode("ascii"))  # type: ignore[arg-type]
        cal["Content-Transfer-Encoding"] = "base64"
        parts.append(cal)
    if len(parts) == 1:
        body = parts[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"=_alt_{tag}")
        del body["MIME-Version"]
        body.preamble = None
        for part in parts:
            body.attach(part)
    atts = list(spec.get("attach", []))  # type: ignore[call-overload]
    if not atts:
        return body
    mixed = MIMEMultipart("mixed", boundary=f"=_mix_{tag}")
    del mixed["MIME-Version"]
    mixed.attach(body)
    for att in atts:
        mixed.attach(attachment(att))
    return mixed


# --- whole messages ----------------------------------------------------------------------

def message_id(spec: dict[str, object], kind: str, number: int) -> str:
    domain = spec["from"][1].split("@")[1]  # type: ignore[index]
    stamp = when(str(spec["date"])).strftime("%Y%m%d%H%M")
    digest = hashlib.sha1(f"{kind}{number}{spec['slug']}".encode()).hexdigest()[:8]
    return f"<{stamp}.{SHORT[kind]}{number:03d}.{digest}@{domain}>"


def render(spec: dict[str, object], mid: str, parents: list[str], tag: str) -> bytes:
    hcs = spec.get("hcs")  # type: ignore[assignment]
    force = bool(spec.get("force_ew"))
    lines = [
        ("From", addresses(spec["from"], hcs, force)),  # type: ignore[arg-type]
        ("To", addresses(spec.get("to", CANDIDATE), hcs, force)),  # type: ignore[arg-type]
    ]
    if spec.get("cc"):
        lines.append(("Cc", addresses(spec["cc"], hcs, force)))  # type: ignore[arg-type]
    if spec.get("reply_to"):
        lines.append(("Reply-To", addresses(spec["reply_to"], hcs, force)))  # type: ignore[arg-type]
    lines.append(("Subject", header_value(str(spec["subject"]), hcs, force)))  # type: ignore[arg-type]
    lines.append(("Date", format_datetime(when(str(spec["date"])))))
    lines.append(("Message-ID", mid))
    if parents:
        lines.append(("In-Reply-To", parents[-1]))
        lines.append(("References", "\n ".join(parents)))
    for name, value in spec.get("headers", []):  # type: ignore[attr-defined]
        lines.append((name, value))
    lines.append(("MIME-Version", "1.0"))
    head = "".join(f"{name}: {value}\n" for name, value in lines).encode("ascii")
    buffer = io.BytesIO()
    policy = email.policy.compat32.clone(linesep="\n")
    BytesGenerator(buffer, mangle_from_=False, maxheaderlen=78, policy=policy).flatten(
        body_tree(spec, tag))
    return head + buffer.getvalue()


def check(raw: bytes, spec: dict[str, object], rel: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"{name} defects {value.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {msg['subject']!r} != {spec['subject']!r}")
    frm = msg["from"].addresses[0]
    if (frm.display_name, frm.addr_spec) != tuple(spec["from"]):  # type: ignore[arg-type]
        problems.append(f"from {frm!r}")
    for subtype in ("plain", "html"):
        want = spec.get("text" if subtype == "plain" else "html")
        got = [p.get_content() for p in msg.walk()
               if p.get_content_type() == f"text/{subtype}" and not p.is_attachment()]
        if want and got != [want]:
            problems.append(f"text/{subtype} does not round-trip")
        if not want and got:
            problems.append(f"unexpected text/{subtype}")
    if spec.get("ics"):
        cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        method = spec["ics"]["method"]  # type: ignore[index]
        if len(cal) != 1 or f"METHOD:{method}" not in cal[0].get_content():
            problems.append("calendar part")
        if cal and cal[0].get_param("method") != method:
            problems.append("calendar method parameter")
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    for pdf in pdfs:
        data = pdf.get_content()
        if not (data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")):
            problems.append("pdf")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def main() -> None:
    specs = [*msgs276_rejections.MESSAGES, *msgs276_invites.MESSAGES, *msgs276_acks.MESSAGES,
             *msgs276_other.MESSAGES]
    for spec in specs:
        if spec.get("text") and not str(spec["text"]).endswith("\n"):
            spec["text"] = str(spec["text"]) + "\n"
        if spec.get("html") and not str(spec["html"]).endswith("\n"):
            spec["html"] = str(spec["html"]) + "\n"
    numbered: list[tuple[str, int, dict[str, object]]] = []
    counters: dict[str, int] = {}
    for kind in KIND_ORDER:
        for spec in specs:
            if spec["kind"] == kind:
                counters[kind] = counters.get(kind, 0) + 1
                numbered.append((kind, counters[kind], spec))
    unknown = {spec["kind"] for spec in specs} - set(KIND_ORDER)
    assert not unknown, unknown
    ids: dict[str, str] = {}
    for kind, number, spec in numbered:
        if spec.get("key"):
            assert spec["key"] not in ids, spec["key"]
            ids[str(spec["key"])] = message_id(spec, kind, number)

    def chain(spec: dict[str, object]) -> list[str]:
        parent = spec.get("parent")
        if not parent:
            return []
        parent_spec = next(s for s in specs if s.get("key") == parent)
        return [*chain(parent_spec), ids[str(parent)]]

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    seen_ids: set[str] = set()
    for kind, number, spec in numbered:
        rel = f"{kind}/{number:03d}_{spec['slug']}.eml"
        mid = ids.get(str(spec.get("key")), "") or message_id(spec, kind, number)
        assert mid not in seen_ids, mid
        seen_ids.add(mid)
        raw = render(spec, mid, chain(spec), f"{SHORT[kind]}{number:03d}")
        check(raw, spec, rel)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages and labels.csv to {HERE}")


if __name__ == "__main__":
    main()
