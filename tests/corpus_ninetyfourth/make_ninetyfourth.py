"""Build the ninety-fourth labelled corpus from its hand-written specs.

Run:  python tests/corpus_ninetyfourth/make_ninetyfourth.py

It reads the specs of msgs94_rejections, msgs94_invites, msgs94_acks and msgs94_other, turns each
into a MIME message with the standard `email` package, and writes <kind>/<nnn>_<key>.eml and
labels.csv next to this file. It writes and deletes files only inside its own folder.

A spec is a dict:
  key, kind, lang, company, contact        labels (contact is lower-cased on writing)
  frm, reply_to, to, cc                    (name, address) pairs; to/cc may be lists
  subject, date ("YYYY-mm-dd HH:MM +zzzz")
  text, html                               the bodies (text and html gives multipart/alternative)
  charset, cte, hdr_charset                body charset, transfer encoding, header charset
  thread                                   references, oldest first: another spec's key, a
                                           literal "<id>", or a seed for one of the candidate's
                                           own earlier messages
  headers                                  extra header lines, in order
  attachments                              [{"filename", "title", "lines"}] rendered as PDFs
  calendar                                 {"method", "uid", "seq", "start", "minutes", "tz",
                                            "summary", "location", "organizer", "status",
                                            "attach"}
  mid                                      Message-ID style: gmail, outlook, apple, ses, or a domain
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # the generator leaves nothing in its folder but the corpus
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import msgs94_acks  # noqa: E402
import msgs94_invites  # noqa: E402
import msgs94_other  # noqa: E402
import msgs94_rejections  # noqa: E402
from msgs94_common import ME, token  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "fr", "es", "de")
REQUIRED = ("key", "kind", "lang", "company", "contact", "frm", "subject", "date")


def all_specs() -> list[dict]:
    specs = [*msgs94_rejections.SPECS, *msgs94_invites.SPECS, *msgs94_acks.SPECS, *msgs94_other.SPECS]
    keys = Counter(s["key"] for s in specs)
    dup = [k for k, n in keys.items() if n > 1]
    if dup:
        raise SystemExit(f"duplicate keys: {dup}")
    for s in specs:
        missing = [f for f in REQUIRED if f not in s]
        if missing:
            raise SystemExit(f"{s.get('key')}: missing {missing}")
        if s["kind"] not in KINDS or s["lang"] not in LANGS:
            raise SystemExit(f"{s['key']}: bad kind or language")
        if s.get("text") is None and s.get("html") is None:
            raise SystemExit(f"{s['key']}: no body")
    return specs


def when(spec: dict) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def message_id(spec: dict) -> str:
    h = token("94:" + spec["key"], 40)
    style = spec.get("mid")
    domain = spec["frm"][1].split("@", 1)[1]
    stamp = when(spec).strftime("%Y%m%d%H%M%S")
    if style == "gmail":
        return f"<CA{h[:2].upper()}+{h[2:14]}{h[14:30].upper()}=w{h[30:36]}@mail.gmail.com>"
    if style == "outlook":
        box = "YT3PR01MB" + str(int(h[:6], 16) % 10000).zfill(4)
        return f"<{box}{h[6:26].upper()}@{box}.CANPRD01.PROD.OUTLOOK.COM>"
    if style == "apple":
        u = h.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "ses":
        return f"<0100019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000@email.amazonses.com>"
    if style:
        return f"<{stamp}.{h[:16]}@{style}>"
    return f"<{stamp}.{h[:12]}.{h[12:20]}@{domain}>"


def own_id(seed: str) -> str:
    """The Message-ID of one of the candidate's own earlier messages (not in the corpus)."""
    h = token("94-own:" + seed, 32)
    return f"<CAOt{h[:10]}+{h[10:26].upper()}@mail.example.ca>"


def addr(pair: tuple[str, str], charset: str) -> str:
    name, address = pair
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    return formataddr((name, address), charset=charset)


def addr_list(pairs: list[tuple[str, str]], charset: str, field: str) -> str:
    """Addresses joined and folded by hand, so that encoded words keep their charset."""
    items = [addr(pair, charset) for pair in pairs]
    lines, line = [], f"{field}:"
    for i, item in enumerate(items):
        text = item + ("," if i < len(items) - 1 else "")
        pieces = [text]
        if len(line) + 1 + len(text) > 76 and " <" in text:
            name, rest = text.rsplit(" <", 1)
            pieces = [name, "<" + rest]
        for piece in pieces:
            if len(line) + 1 + len(piece) > 76 and line != f"{field}:":
                lines.append(line)
                line = " " + piece
            else:
                line += " " + piece
    lines.append(line)
    return "\n".join(lines)[len(field) + 2:]


def encoded(value: str, charset: str, name: str) -> str:
    if value.isascii():
        return value
    return Header(value, charset, header_name=name).encode(linesep="\n")


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A one-page PDF (Helvetica, WinAnsi) holding the title and lines."""
    def esc(s: str) -> str:
        raw = s.encode("cp1252", "replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 15 Tf", "56 780 Td", f"({esc(title)}) Tj", "/F1 10 Tf", "0 -28 Td"]
    for line in lines:
        ops += [f"({esc(line)}) Tj", "0 -15 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def ics(spec: dict, cal: dict) -> str:
    start = datetime.strptime(cal["start"], "%Y%m%dT%H%M%S")
    end = start + timedelta(minutes=cal.get("minutes", 60))
    stamp = when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    org_name, org_addr = cal["organizer"]
    method = cal["method"]
    status = cal.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={cal['tz']}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={cal['tz']}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{cal['summary']}",
    ]
    if cal.get("location"):
        lines.append(f"LOCATION:{cal['location']}")
    lines += [
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{ME[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:",
        f" mailto:{ME[1]}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def body_cte(text: str, spec: dict) -> str:
    if text.isascii() and spec.get("cte") != "base64":
        return "7bit"
    return spec.get("cte") or "quoted-printable"


def build(spec: dict, ids: dict[str, str]) -> EmailMessage:
    hcs = spec.get("hdr_charset", "utf-8")
    msg = EmailMessage()
    msg.set_raw("From", addr_list([spec["frm"]], hcs, "From"))
    to = spec.get("to", ME)
    tos = to if isinstance(to, list) else [to]
    msg.set_raw("To", addr_list(tos, hcs, "To"))
    if spec.get("cc"):
        msg.set_raw("Cc", addr_list(spec["cc"], hcs, "Cc"))
    if spec.get("reply_to"):
        msg.set_raw("Reply-To", addr_list([spec["reply_to"]], hcs, "Reply-To"))
    msg.set_raw("Subject", encoded(spec["subject"], hcs, "Subject"))
    msg.set_raw("Date", format_datetime(when(spec)))
    msg.set_raw("Message-ID", ids[spec["key"]])
    thread = spec.get("thread") or []
    if thread:
        refs = [ids.get(t) or (t if t.startswith("<") else own_id(t)) for t in thread]
        msg.set_raw("In-Reply-To", refs[-1])
        msg.set_raw("References", "\n ".join(refs))
    for name, value in spec.get("headers", []):
        msg.set_raw(name, encoded(value, hcs, name))

    cs = spec.get("charset", "utf-8")
    text, html = spec.get("text"), spec.get("html")
    if text is not None:
        msg.set_content(text, charset=cs, cte=body_cte(text, spec))
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=cs, cte=body_cte(html, spec))
    else:
        msg.set_content(html, subtype="html", charset=cs, cte=body_cte(html, spec))
    cal = spec.get("calendar")
    if cal:
        data = ics(spec, cal)
        msg.add_alternative(data, subtype="calendar", charset="utf-8", cte="7bit",
                            params={"method": cal["method"]})
        if cal.get("attach"):
            msg.add_attachment(data.encode("utf-8"), maintype="application", subtype="ics",
                               filename=cal["attach"])
    for att in spec.get("attachments", []):
        msg.add_attachment(pdf_bytes(att["title"], att["lines"]), maintype="application",
                           subtype="pdf", filename=att["filename"])
    for n, part in enumerate(msg.walk()):
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(spec, n))
    if spec.get("mid") == "apple":
        msg.set_raw("X-Mailer", "iPhone Mail (22G86)")
    return msg


def boundary(spec: dict, n: int) -> str:
    """A stable MIME boundary in the style of the sender's mail program."""
    h = token(f"94-boundary:{spec['key']}:{n}", 28)
    style = spec.get("mid")
    if style == "outlook":
        return f"_00{n}_YT3PR01MB{h[:4].upper()}{h[4:22].upper()}_"
    if style == "gmail":
        return f"0000000000{h[:16]}"
    if style == "apple":
        u = h.upper()
        return f"Apple-Mail-{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:28]}"
    return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{n}"


def structure(msg: EmailMessage) -> str:
    return msg.get_content_type()


def main() -> None:
    specs = all_specs()
    ids = {s["key"]: message_id(s) for s in specs}
    if len(set(ids.values())) != len(ids):
        raise SystemExit("Message-ID collision")
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    rows = []
    shapes: Counter[str] = Counter()
    extras: Counter[str] = Counter()
    for n, spec in enumerate(specs, 1):
        if spec["kind"] == "other" and spec["company"]:
            raise SystemExit(f"{spec['key']}: company on other")
        rel = f"{spec['kind']}/{n:03d}_{spec['key']}.eml"
        msg = build(spec, ids)
        (HERE / rel).write_bytes(msg.as_bytes())
        rows.append([rel, spec["kind"], spec["company"], spec["contact"].lower(), spec["lang"]])
        shapes[structure(msg)] += 1
        kinds_in = {p.get_content_type() for p in msg.walk()}
        if "text/calendar" in kinds_in:
            extras["with text/calendar"] += 1
        if "application/pdf" in kinds_in:
            extras["with PDF"] += 1
        if spec.get("thread"):
            extras["replies (In-Reply-To)"] += 1
        if any(h[0] == "List-Unsubscribe" for h in spec.get("headers", [])):
            extras["List-Unsubscribe"] += 1
        if any(h[0] == "Auto-Submitted" for h in spec.get("headers", [])):
            extras["Auto-Submitted"] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text" and part.get_content_subtype() in ("plain", "html"):
                extras[f"charset {part.get_content_charset()}"] += 1
                extras[f"cte {part.get('Content-Transfer-Encoding', '7bit')}"] += 1
        if spec.get("reply_to"):
            extras["Reply-To"] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    total = len(rows)
    print(f"{total} messages")
    print("kinds:", dict(Counter(r[1] for r in rows)))
    langs = Counter(r[4] for r in rows)
    print("languages:", {k: f"{v} ({v / total:.0%})" for k, v in langs.items()})
    print("top-level structure:", {k: f"{v} ({v / total:.0%})" for k, v in shapes.items()})
    print("other figures:", dict(sorted(extras.items())))
    by_kind_lang = Counter((r[1], r[4]) for r in rows)
    for kind in KINDS:
        print(f"  {kind:32s}", {lang: by_kind_lang[(kind, lang)] for lang in LANGS})


if __name__ == "__main__":
    main()
