"""Build corpus 237 from the hand-written specs in msgs237_*.py (standard library only).

Run from the repository root:  python tests/corpus_twohundredthirtyseventh/make_twohundredthirtyseventh.py

It deletes and rewrites only the *.eml files and labels.csv inside this folder, then re-parses
every message with the default policy and checks: no defects, subject, sender name and bodies
round-trip.
"""

from __future__ import annotations

import csv
import email
import email.policy
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import base64mime, quoprimime
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs237_acks  # noqa: E402
import msgs237_invites  # noqa: E402
import msgs237_other  # noqa: E402
import msgs237_rejections  # noqa: E402
from msgs237_common import CANDIDATE  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
ABBREV = {"rejection": "rej", "interview_invitation": "inv",
          "interview_reschedule_or_cancel": "mov", "missed_interview_notice": "mis",
          "application_received": "ack", "offer": "off", "other": "oth"}
GEN_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=78)


# ------------------------------------------------------------------------------ time

def paris_offset(local: datetime) -> timedelta:
    """Central European time in 2026: summer time from 29 March to 25 October."""
    summer = datetime(2026, 3, 29, 2, 0) <= local < datetime(2026, 10, 25, 3, 0)
    return timedelta(hours=2 if summer else 1)


def parse_tz(tz: str) -> timedelta:
    sign = -1 if tz[0] == "-" else 1
    return sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))


def aware(when: str, tz: str | None, second: int = 0) -> datetime:
    local = datetime.strptime(when, "%Y-%m-%d %H:%M").replace(second=second)
    offset = parse_tz(tz) if tz else paris_offset(local)
    return local.replace(tzinfo=timezone(offset))


def utc_stamp(when: str, tz: str | None = None) -> str:
    return aware(when, tz).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


# ------------------------------------------------------------------------------ headers

def charset_of(name: str, how: str) -> Charset:
    cs = Charset(name)
    cs.header_encoding = QP if how.upper() == "Q" else BASE64
    return cs


def fold(name: str, value: str) -> str:
    """One header line, folded at spaces before 78 columns (ASCII values only)."""
    assert value.isascii(), f"{name}: raw non-ASCII header {value!r}"
    line, out = f"{name}: ", []
    for word in value.split(" "):
        if len(line) + len(word) + 1 > 78 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " "
        line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def encoded(name: str, value: str, enc: tuple[str, str] | None, default: tuple[str, str]) -> str:
    """An unstructured header, as RFC 2047 encoded words when needed or asked."""
    if enc is None and value.isascii():
        return fold(name, value)
    cs_name, how = enc or default
    h = Header(value, charset=charset_of(cs_name, how), header_name=name, maxlinelen=76)
    return f"{name}: " + h.encode(linesep="\n")


def address(pair: tuple[str, str], enc: tuple[str, str] | None, default: tuple[str, str]) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    cs_name, how = enc or default
    h = Header(name, charset=charset_of(cs_name, how), maxlinelen=76)
    return h.encode(linesep="\n") + f" <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]], enc: tuple[str, str] | None,
                   default: tuple[str, str]) -> str:
    return f"{name}: " + ",\n ".join(address(p, enc, default) for p in pairs)


# ------------------------------------------------------------------------------ parts

def text_part(content: str, subtype: str, charset: str, cte: str,
              params: dict[str, str] | None = None) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, charset=charset, **(params or {}))
    del part["MIME-Version"]
    raw = content.encode(charset)
    if cte == "quoted-printable":
        payload = quoprimime.body_encode(raw.decode("latin-1"))
        if not payload.endswith("\n"):
            payload += "\n"
    elif cte == "base64":
        payload = base64mime.body_encode(raw)
    else:
        if cte == "7bit":
            assert raw.isascii(), f"7bit body with non-ASCII text: {content[:60]!r}"
        payload = raw.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF that prints the given lines (WinAnsi, Helvetica)."""
    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = b"BT /F1 11 Tf 56 790 Td 15 TL\n"
    for line in lines:
        stream += b"(" + esc(line) + b") Tj T*\n"
    stream += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return out


def ics_escape(s: str) -> str:
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def ics_text(ics: dict, stamp: str) -> str:
    method = ics["method"]
    org_name, org_addr = ics["organizer"]
    tz = ics.get("tz")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 237//hand-written invitation//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{utc_stamp(ics['start'], tz)}",
        f"DTEND:{utc_stamp(ics['end'], tz)}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines.append(f"ORGANIZER;CN={ics_escape(org_name)}:mailto:{org_addr}")
    for name, addr in ics.get("attendees", []):
        lines.append(f"ATTENDEE;CN={ics_escape(name)};ROLE=REQ-PARTICIPANT;"
                     f"PARTSTAT=ACCEPTED:mailto:{addr}")
    partstat = "DECLINED" if method == "CANCEL" else "NEEDS-ACTION"
    lines.append(f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};"
                 f"RSVP={'FALSE' if method == 'CANCEL' else 'TRUE'}:mailto:{CANDIDATE[1]}")
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                  "TRIGGER:-PT15M", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [f for line in lines for f in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ------------------------------------------------------------------------------ message

def default_cte(charset: str, text: str, n: int) -> str:
    if text.isascii():
        return "7bit"
    if charset in ("iso-8859-1", "windows-1252"):
        return ("quoted-printable", "8bit")[n % 2]
    return ("quoted-printable", "base64", "8bit")[n % 3]


def build(spec: dict, n: int, ids: dict[str, str], refs: dict[str, list[str]]) -> bytes:
    charset = spec.get("charset", "utf-8")
    text, html = spec.get("text"), spec.get("html")
    assert text or html, spec["slug"]
    stamp_dt = aware(spec["date"], spec.get("tz"), second=(n * 7) % 60)
    bodies = []
    if text:
        cte = spec.get("cte") or default_cte(charset, text, n)
        bodies.append(text_part(text, "plain", charset, cte))
    if html:
        hcs = spec.get("html_charset", charset)
        hcte = spec.get("html_cte") or spec.get("cte") or default_cte(hcs, html, n + 1)
        bodies.append(text_part(html, "html", hcs, hcte))
    ics = spec.get("ics")
    if ics:
        stamp = stamp_dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        cal_cte = ics.get("cte", "base64")
        cal_text = ics_text(ics, stamp)
        if cal_cte != "base64":  # a 7bit/QP part travels with the message's own line ends
            cal_text = cal_text.replace("\r\n", "\n")
        cal = text_part(cal_text, "calendar", "utf-8", cal_cte, {"method": ics["method"]})
        bodies.append(cal)
    boundary = f"=_237_{ABBREV[spec['kind']]}_{n:03d}"
    if len(bodies) == 1:
        body = bodies[0]
    else:
        body = MIMEMultipart("alternative", boundary=boundary + "_alt")
        del body["MIME-Version"]
        for b in bodies:
            body.attach(b)
    attachments = []
    for filename, lines in spec.get("pdf", []):
        att = MIMEApplication(pdf_bytes(lines), "pdf", name=filename)
        del att["MIME-Version"]
        att.add_header("Content-Disposition", "attachment", filename=filename)
        attachments.append(att)
    if ics and spec.get("ics_attach"):
        stamp = stamp_dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        att = MIMEApplication(ics_text(ics, stamp).encode("utf-8"), "ics", name="invite.ics")
        del att["MIME-Version"]
        att.add_header("Content-Disposition", "attachment", filename="invite.ics")
        attachments.append(att)
    if attachments:
        root = MIMEMultipart("mixed", boundary=boundary + "_mix")
        del root["MIME-Version"]
        root.attach(body)
        for att in attachments:
            root.attach(att)
    else:
        root = body

    # the header block, written by hand so encoded words use the charsets asked for
    dflt = ("utf-8", "B" if n % 2 else "Q")
    frm = spec["frm"]
    dom = frm[1].split("@")[1]
    h = [f"Message-ID: {ids[spec['key']]}", f"Date: {format_datetime(stamp_dt)}",
         address_header("From", [frm], spec.get("name_enc"), dflt)]
    if spec.get("reply_to"):
        h.append(address_header("Reply-To", [spec["reply_to"]], spec.get("name_enc"), dflt))
    to = spec.get("to") or [CANDIDATE]
    if isinstance(to, tuple):
        to = [to]
    h.append(address_header("To", to, None, dflt))
    if spec.get("cc"):
        h.append(address_header("Cc", spec["cc"], None, dflt))
    h.append(encoded("Subject", spec["subject"], spec.get("subj_enc"), dflt))
    parent = spec.get("parent")
    if parent:
        pid = ids.get(parent, parent)
        assert pid.startswith("<"), f"{spec['slug']}: unknown parent {parent}"
        h.append(f"In-Reply-To: {pid}")
        h.append(fold("References", " ".join([*refs.get(parent, []), pid])))
    for name, value in spec.get("headers", []):
        h.append(fold(name, value) if value.isascii() else encoded(name, value, None, dflt))
    h.append("MIME-Version: 1.0")
    assert dom
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(root)
    return ("\n".join(h) + "\n").encode("ascii") + buf.getvalue()


def norm(s: str) -> str:
    return s.replace("\r\n", "\n").rstrip()


def check(raw: bytes, spec: dict, rel: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for key, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {key} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    sender = msg["From"].addresses[0]
    if sender.display_name != spec["frm"][0] or sender.addr_spec != spec["frm"][1]:
        problems.append(f"from {sender!r}")
    texts = {p.get_content_subtype(): p.get_content() for p in msg.walk()
             if p.get_content_maintype() == "text"}
    if spec.get("text") and norm(texts.get("plain", "")) != norm(spec["text"]):
        problems.append("plain body does not round-trip")
    if spec.get("html") and norm(texts.get("html", "")) != norm(spec["html"]):
        problems.append("html body does not round-trip")
    if spec.get("ics") and "METHOD:" + spec["ics"]["method"] not in texts.get("calendar", ""):
        problems.append("calendar part lost")
    if msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    assert not problems, f"{rel}: " + "; ".join(problems)


def all_specs() -> list[dict]:
    return [*msgs237_rejections.MESSAGES, *msgs237_invites.MESSAGES, *msgs237_acks.MESSAGES,
            *msgs237_other.MESSAGES]


def main() -> None:
    specs = all_specs()
    # numbering per kind folder, ids and references first (threads point backwards and forwards)
    per_kind: Counter[str] = Counter()
    rels, ids, refs = [], {}, {}
    for spec in specs:
        per_kind[spec["kind"]] += 1
        nnn = per_kind[spec["kind"]]
        rels.append(f"{spec['kind']}/{nnn:03d}_{spec['slug']}.eml")
        key = spec.setdefault("key", f"{spec['kind']}-{nnn}")
        assert key not in ids, f"duplicate key {key}"
        dom = spec["frm"][1].split("@")[1]
        stamp = spec["date"].replace("-", "").replace(" ", "").replace(":", "")
        ids[key] = f"<{stamp}.{ABBREV[spec['kind']]}{nnn:03d}.{spec['slug']}@{dom}>"
    by_key = {s["key"]: s for s in specs}

    def chain(key: str) -> list[str]:
        parent = by_key[key].get("parent")
        if not parent:
            return []
        if parent not in by_key:
            return [parent]
        return [*chain(parent), ids[parent]]

    for spec in specs:
        refs[spec["key"]] = chain(spec["key"])

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for n, (spec, rel) in enumerate(zip(specs, rels, strict=True), start=1):
        assert spec["kind"] in KIND_ORDER, rel
        assert spec["lang"] in ("en", "de", "fr", "es"), rel
        raw = build(spec, n, ids, refs)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        check(raw, spec, rel)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"].lower(), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = Counter((r[1], r[4]) for r in rows)
    langs = ["fr", "en", "de", "es"]
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in langs) + "  total")
    for kind in KIND_ORDER:
        counts = [table[(kind, lang)] for lang in langs]
        print(f"{kind:32}" + "".join(f"{c:>5}" for c in counts) + f"{sum(counts):>7}")
    totals = [sum(table[(k, lang)] for k in KIND_ORDER) for lang in langs]
    print(f"{'total':32}" + "".join(f"{c:>5}" for c in totals) + f"{sum(totals):>7}")


if __name__ == "__main__":
    main()
