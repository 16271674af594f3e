#!/usr/bin/env python3
"""Build corpus 213 (Solveig Marchetti-Dube) from the hand-written specs in msgs213_*.py.

Run from the repository root:  python tests/corpus_twohundredthirteenth/make_twohundredthirteenth.py

Standard library only. It deletes and rewrites only *.eml files and labels.csv inside this
folder, then re-parses every written message with the default policy and checks that it has
no defects and that its subject, display names and bodies come back unchanged.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import quopri
import sys
from email.generator import BytesGenerator
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs213_acks  # noqa: E402
import msgs213_common as C  # noqa: E402
import msgs213_invites  # noqa: E402
import msgs213_other  # noqa: E402
import msgs213_rejections  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "fr", "de", "es")
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10,
            "other": 52}


# ---------------------------------------------------------------- headers

def _q_piece(ch: str, charset: str) -> str:
    if ch == " ":
        return "_"
    raw = ch.encode(charset)
    if len(raw) == 1 and raw[0] < 128 and (ch.isalnum() or ch in "-!*+/"):
        return ch
    return "".join(f"={b:02X}" for b in raw)


def encoded_words(text: str, charset: str, enc: str, limit: int = 62) -> list[str]:
    """RFC 2047 encoded words for text, each at most `limit` characters, never splitting
    a character's bytes."""
    prefix, suffix = f"=?{charset}?{enc}?", "?="
    room = limit - len(prefix) - len(suffix)
    words: list[str] = []
    if enc == "Q":
        cur = ""
        for ch in text:
            piece = _q_piece(ch, charset)
            if cur and len(cur) + len(piece) > room:
                words.append(cur)
                cur = ""
            cur += piece
        words.append(cur)
    elif enc == "B":
        buf = b""
        for ch in text:
            raw = ch.encode(charset)
            if buf and len(base64.b64encode(buf + raw)) > room:
                words.append(base64.b64encode(buf).decode("ascii"))
                buf = b""
            buf += raw
        words.append(base64.b64encode(buf).decode("ascii"))
    else:
        raise ValueError(enc)
    return [prefix + w + suffix for w in words]


def fold(name: str, value: str, width: int = 78) -> str:
    """'Name: value' folded at spaces so lines stay under width where possible."""
    line = f"{name}: "
    out: list[str] = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if i > 0 and len(line) + len(piece) > width:
            out.append(line)
            line = piece  # the space starts the continuation line
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def header_text(name: str, value: str, ew: tuple[str, str] | None) -> str:
    if value.isascii():
        return fold(name, value)
    charset, enc = ew or ("utf-8", "Q")
    return f"{name}: " + "\n ".join(encoded_words(value, charset, enc))


def address(pair: tuple[str, str], ew: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    charset, enc = ew or ("utf-8", "B")
    return " ".join(encoded_words(name, charset, enc)) + f" <{addr}>"


def address_list(name: str, pairs: list[tuple[str, str]],
                 ew: tuple[str, str] | None = None) -> str:
    items = [address(p, ew) for p in pairs]
    out, line = [], f"{name}: "
    for i, item in enumerate(items):
        piece = item + ("," if i < len(items) - 1 else "")
        if i and len(line) + 1 + len(piece) > 78:
            out.append(line)
            line = " " + piece
        else:
            line += ("" if i == 0 else " ") + piece
    out.append(line)
    return "\n".join(out)


def when(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M %z")


# ---------------------------------------------------------------- parts

def text_part(body: str, subtype: str, charset: str, cte: str | None) -> Message:
    if not body.endswith("\n"):
        body += "\n"
    raw = body.encode(charset)
    longest = max(len(line) for line in raw.split(b"\n"))
    if cte is None:
        cte = "7bit" if raw.isascii() and longest < 900 else "quoted-printable"
    part = MIMENonMultipart("text", subtype, charset=charset)
    del part["MIME-Version"]
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        assert raw.isascii(), "7bit body must be ASCII"
        payload = body
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    chunks, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not chunks else 74):
            chunks.append(cur.decode("utf-8"))
            cur = b""
        cur += b
    chunks.append(cur.decode("utf-8"))
    return "\r\n ".join(chunks)


def ics_body(spec: dict, ics: dict) -> str:
    start = when(ics["start"]).astimezone(dt.UTC)
    end = start + dt.timedelta(minutes=ics.get("minutes", 60))
    stamp = when(spec["date"]).astimezone(dt.UTC)
    fmt = "%Y%m%dT%H%M%SZ"
    method = ics["method"]
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
        f"LOCATION:{_ics_text(ics.get('location', ''))}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{C.CAND_NAME}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{C.CAND_ADDR}",
    ]
    for other in ics.get("attendees", []):
        lines.append(f"ATTENDEE;CN=\"{other[0]}\";ROLE=REQ-PARTICIPANT:mailto:{other[1]}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines.append("STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(x) for x in lines) + "\r\n"


def ics_part(spec: dict, ics: dict, filename: str | None = None) -> Message:
    part = MIMENonMultipart("text", "calendar", charset="utf-8", method=ics["method"])
    del part["MIME-Version"]
    part.set_payload(base64.encodebytes(ics_body(spec, ics).encode("utf-8")).decode("ascii"))
    part["Content-Transfer-Encoding"] = "base64"
    if filename:
        part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def _pdf_str(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) with a correct xref table."""
    content = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 780 Td"]
    for i, line in enumerate([title, "", *lines]):
        content.append(_pdf_str(line) + (b" Tj" if i == 0 else b" '"))
    content.append(b"ET")
    stream = b"\n".join(content) + b"\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title " + _pdf_str(title) + b" /Producer (corpus213) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{num} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def pdf_part(att: dict) -> Message:
    part = MIMENonMultipart("application", "pdf", name=att["pdf"])
    del part["MIME-Version"]
    data = pdf_bytes(att.get("title", att["pdf"]), att["lines"])
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    part["Content-Transfer-Encoding"] = "base64"
    part.add_header("Content-Disposition", "attachment", filename=att["pdf"])
    return part


# ---------------------------------------------------------------- whole messages

class Builder:
    def __init__(self, specs: list[dict]) -> None:
        self.specs = specs
        self.by_tid = {s["tid"]: s for s in specs if s.get("tid")}
        self.counter = 0
        self.tag = ""

    def boundary(self) -> str:
        self.counter += 1
        return f"----=_Part213_{self.tag}_{self.counter:02d}"

    def message_id(self, spec: dict) -> str:
        if "mid" not in spec:
            domain = spec["frm"][1].split("@")[1]
            stamp = when(spec["date"]).astimezone(dt.UTC).strftime("%Y%m%d%H%M%S")
            key = f"213:{spec['kind']}:{spec['slug']}"
            digest = hashlib.sha1(key.encode()).hexdigest()[:12]
            spec["mid"] = f"<{stamp}.{digest}@{domain}>"
        return spec["mid"]

    def references(self, spec: dict) -> list[str]:
        parent = spec.get("re")
        if not parent:
            return []
        p = self.by_tid[parent]
        assert when(p["date"]) < when(spec["date"]), f"{spec['slug']}: parent is later"
        return [*self.references(p), self.message_id(p)]

    def body(self, spec: dict) -> Message:
        cs, cte = spec.get("cs", "utf-8"), spec.get("cte")
        alts: list[Message] = []
        if spec.get("text") is not None:
            alts.append(text_part(spec["text"], "plain", cs, cte))
        if spec.get("html") is not None:
            alts.append(text_part(spec["html"], "html", spec.get("html_cs", cs),
                                  spec.get("html_cte", cte)))
        if spec.get("ics"):
            alts.append(ics_part(spec, spec["ics"]))
        if len(alts) == 1:
            root = alts[0]
        else:
            root = MIMEMultipart("alternative", boundary=self.boundary())
            del root["MIME-Version"]
            for a in alts:
                root.attach(a)
        atts = spec.get("att", [])
        if atts:
            mixed = MIMEMultipart("mixed", boundary=self.boundary())
            del mixed["MIME-Version"]
            mixed.attach(root)
            for att in atts:
                if "pdf" in att:
                    mixed.attach(pdf_part(att))
                elif "ics" in att:
                    mixed.attach(ics_part(spec, att["ics"], att.get("name", "invite.ics")))
                elif "eml" in att:
                    inner = Message()
                    inner["Content-Type"] = "message/rfc822"
                    inner["Content-Disposition"] = "attachment"
                    inner.set_payload(self.render(att["eml"], nested=True).decode("ascii"))
                    mixed.attach(inner)
                else:
                    raise ValueError(att)
            root = mixed
        return root

    def render(self, spec: dict, nested: bool = False) -> bytes:
        lines = [address_list("From", [spec["frm"]], spec.get("name_ew"))]
        if spec.get("rt"):
            lines.append(address_list("Reply-To", [spec["rt"]], spec.get("name_ew")))
        lines.append(address_list("To", spec.get("to", [C.CAND]), spec.get("to_ew")))
        if spec.get("cc"):
            lines.append(address_list("Cc", spec["cc"], spec.get("to_ew")))
        lines.append(header_text("Subject", spec["subj"], spec.get("subj_ew")))
        lines.append(f"Date: {format_datetime(when(spec['date']))}")
        lines.append(f"Message-ID: {self.message_id(spec)}")
        refs = [] if nested else self.references(spec)
        if refs:
            lines.append(f"In-Reply-To: {refs[-1]}")
            lines.append(fold("References", " ".join(refs)))
        for name, value in spec.get("hdrs", []):
            lines.append(fold(name, value))
        lines.append("MIME-Version: 1.0")
        out = io.BytesIO()
        BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(self.body(spec))
        try:
            head = "\n".join(lines).encode("ascii")
        except UnicodeEncodeError as error:
            raise SystemExit(f"{spec['slug']}: header is not ASCII: {error}") from error
        return head + b"\n" + out.getvalue()


# ---------------------------------------------------------------- checking

def expected_texts(spec: dict) -> list[str]:
    texts = [t if t.endswith("\n") else t + "\n"
             for t in (spec.get("text"), spec.get("html")) if t is not None]
    for att in spec.get("att", []):
        if "eml" in att:
            texts += expected_texts(att["eml"])
    return texts


def check(path: Path, spec: dict) -> None:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in message.walk():
        if part.defects:
            problems.append(f"part {part.get_content_type()}: {part.defects}")
        for name, value in part.items():
            defects = getattr(value, "defects", ())
            if defects:
                problems.append(f"header {name}: {defects}")
    if str(message["Subject"]) != spec["subj"]:
        problems.append(f"subject {message['Subject']!r} != {spec['subj']!r}")
    sender = message["From"].addresses[0]
    if (sender.display_name, sender.addr_spec) != spec["frm"]:
        problems.append(f"from {sender!r} != {spec['frm']!r}")
    if spec.get("rt"):
        rt = message["Reply-To"].addresses[0]
        if (rt.display_name, rt.addr_spec) != spec["rt"]:
            problems.append(f"reply-to {rt!r} != {spec['rt']!r}")
    got = [p.get_content().replace("\r\n", "\n") for p in message.walk()
           if p.get_content_type() in ("text/plain", "text/html")]
    for text in expected_texts(spec):
        if text not in got:
            problems.append(f"body does not round-trip: {text[:60]!r}")
    year = message["Date"].datetime.year
    if year != 2026:
        problems.append(f"year {year}")
    for part in message.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
                problems.append("bad pdf")
        if part.get_content_type() == "text/calendar":
            cal = part.get_content()
            if "BEGIN:VCALENDAR" not in cal or f"METHOD:{part.get_param('method')}" not in cal:
                problems.append("bad calendar")
    if problems:
        raise SystemExit(f"{path}: " + "; ".join(problems))


# ---------------------------------------------------------------- main

def main() -> None:
    specs = (msgs213_rejections.MESSAGES + msgs213_invites.MESSAGES + msgs213_acks.MESSAGES
             + msgs213_other.MESSAGES)
    slugs = [(s["kind"], s["slug"]) for s in specs]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    for s in specs:
        assert s["kind"] in KINDS and s["lang"] in LANGS, s["slug"]
        assert s["date"].startswith("2026-"), s["slug"]
    counts = {k: sum(1 for s in specs if s["kind"] == k) for k in KINDS}
    assert counts == EXPECTED, counts

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    builder = Builder(specs)
    numbers = dict.fromkeys(KINDS, 0)
    rows = []
    for spec in specs:
        numbers[spec["kind"]] += 1
        rel = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['slug']}.eml"
        spec["file"] = rel
        builder.tag = f"{spec['kind'][:3]}{numbers[spec['kind']]:03d}"
        builder.counter = 0
        data = builder.render(spec)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    for spec in specs:
        check(HERE / spec["file"], spec)

    table = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for s in specs:
        table[s["kind"]][s["lang"]] += 1
    print(f"wrote {len(specs)} messages")
    print("kind".ljust(32) + "".join(lang.rjust(5) for lang in LANGS) + "  total")
    for k in KINDS:
        print(k.ljust(32) + "".join(str(table[k][lang]).rjust(5) for lang in LANGS)
              + str(sum(table[k].values())).rjust(7))
    print("total".ljust(32) + "".join(
        str(sum(table[k][lang] for k in KINDS)).rjust(5) for lang in LANGS))


if __name__ == "__main__":
    main()
