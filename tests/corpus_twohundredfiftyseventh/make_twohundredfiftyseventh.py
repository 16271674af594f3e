# ruff: noqa
"""Build corpus 257 from the hand-written specs in msgs257_*.py (standard library only).

Run from the repository root:
    python tests/corpus_twohundredfiftyseventh/make_twohundredfiftyseventh.py

It deletes and rewrites only the *.eml files and labels.csv of its own folder, then re-parses
every message with the default policy and checks that nothing was lost.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs257_acks  # noqa: E402
import msgs257_invites  # noqa: E402
import msgs257_other  # noqa: E402
import msgs257_rejections  # noqa: E402
from msgs257_common import CAND  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
SPECIALS = set('()<>[]:;@\\,."')
TO_ENCODINGS = [("utf-8", "Q"), ("iso-8859-1", "B"), ("utf-8", "B"), ("iso-8859-1", "Q")]
NL = "\n"


# ---------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 encoded words of at most 75 characters, folded with newline + space."""
    words: list[str] = []
    chunk = ""

    def word(s: str) -> str:
        raw = s.encode(charset)
        if enc == "B":
            body = base64.b64encode(raw).decode("ascii")
        else:
            body = "".join(
                "_" if b == 0x20 else chr(b) if (chr(b).isalnum() and b < 128)
                or chr(b) in "!*+-/" else f"={b:02X}" for b in raw)
        return f"=?{charset}?{enc}?{body}?="

    for ch in text:
        if len(word(chunk + ch)) > 75:
            words.append(word(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(word(chunk))
    return "\n ".join(words)


def fold_ascii(name: str, value: str) -> str:
    """Fold a plain header at spaces so that lines stay under 78 characters."""
    out, line = [], f"{name}: "
    for i, part in enumerate(value.split(" ")):
        piece = part if i == 0 else " " + part
        if len(line) + len(piece) > 76 and line.strip() != f"{name}:":
            out.append(line)
            line = " " + part
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def unstructured(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return fold_ascii(name, value)
    charset, how = enc or ("utf-8", "Q")
    return f"{name}: " + encoded_words(value, charset, how)


def mailbox(pair: tuple[str, str], enc: tuple[str, str] | None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        if any(c in SPECIALS for c in name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    charset, how = enc or ("utf-8", "Q")
    return f"{encoded_words(name, charset, how)} <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]],
                   enc: tuple[str, str] | None) -> str:
    return f"{name}: " + ",\n ".join(mailbox(p, enc) for p in pairs)


# ---------------------------------------------------------------- bodies

def encode_body(text: str, charset: str, cte: str) -> str:
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "7bit":
        assert raw.isascii(), "7bit body must be ASCII"
    for line in raw.split(b"\n"):
        assert len(line) < 990, "line too long for 7bit/8bit"
    # 8bit bodies are written as raw bytes: smuggle them through latin-1
    return raw.decode("latin-1")


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: str = "",
                 children: list[Part] | None = None, boundary: str = "") -> None:
        self.headers, self.body = headers, body
        self.children, self.boundary = children or [], boundary

    def render(self) -> str:
        lines = [f"{h}: {v}" for h, v in self.headers]
        head = NL.join(lines) + NL + NL
        if not self.children:
            body = self.body if self.body.endswith(NL) else self.body + NL
            return head + body
        out = head + "This is a multi-part message in MIME format." + NL
        for child in self.children:
            out += NL + "--" + self.boundary + NL + child.render()
        return out + NL + "--" + self.boundary + "--" + NL


def text_part(text: str, subtype: str, charset: str, cte: str, *,
              filename: str = "", extra: str = "") -> Part:
    if cte == "auto":
        cte = "7bit" if text.isascii() else "quoted-printable"
    ctype = f"text/{subtype}; charset={charset}{extra}"
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    if filename:
        headers.append(("Content-Disposition", f'attachment; filename="{filename}"'))
    return Part(headers, encode_body(text, charset, cte))


def binary_part(data: bytes, ctype: str, filename: str, inline: bool = False) -> Part:
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f'{ctype}; name="{filename}"'),
                 ("Content-Disposition", f'{disp}; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")],
                base64.encodebytes(data).decode("ascii"))


# ---------------------------------------------------------------- PDF and iCalendar

def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` in Helvetica (WinAnsi)."""
    def pdf_str(s: str) -> bytes:
        raw = s.encode("cp1252", errors="replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") \
            + b")"

    stream = b"BT /F1 11 Tf 56 780 Td 15 TL\n"
    for line in lines:
        stream += pdf_str(line) + b" Tj T*\n"
    stream += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title " + pdf_str(title) + b" /Producer (corpus257) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


VTIMEZONE = {
    "Europe/Paris": "CET", "Europe/Berlin": "CET", "Europe/Madrid": "CET",
    "Europe/Rome": "CET", "Europe/Zurich": "CET",
}


def ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return out


def ics_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(cal: dict, stamp: str) -> str:
    tz = cal.get("tz", "Europe/Paris")
    def dt(s: str) -> str:
        return datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")
    method = cal["method"]
    org_name, org_addr = cal["organizer"]
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus257//Calendar 1.0//EN", "VERSION:2.0",
             f"METHOD:{method}",
             "BEGIN:VTIMEZONE", f"TZID:{tz}",
             "BEGIN:STANDARD", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
             "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
             "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "END:DAYLIGHT",
             "END:VTIMEZONE",
             "BEGIN:VEVENT", f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('seq', 0)}",
             f"DTSTAMP:{stamp}",
             f"DTSTART;TZID={tz}:{dt(cal['start'])}", f"DTEND;TZID={tz}:{dt(cal['end'])}",
             f"SUMMARY:{ics_text(cal['summary'])}"]
    if cal.get("location"):
        lines.append(f"LOCATION:{ics_text(cal['location'])}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{ics_text(cal['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for name, addr in cal.get("attendees", [CAND]):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{addr}")
    status = cal.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- messages

class Builder:
    def __init__(self) -> None:
        self.counter = 0

    def boundary(self, rel: str) -> str:
        self.counter += 1
        digest = hashlib.sha1(f"{rel}/{self.counter}".encode()).hexdigest()[:20]
        return f"----=_Part_257_{self.counter:03d}_{digest}"

    def body_tree(self, spec: dict, rel: str, stamp: str,
                  expected: list[tuple[str, str]]) -> Part:
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", "auto")
        alts: list[Part] = []
        if spec.get("text") is not None:
            alts.append(text_part(spec["text"], "plain", charset, cte))
            expected.append(("plain", spec["text"]))
        if spec.get("html") is not None:
            alts.append(text_part(spec["html"], "html", spec.get("html_charset", charset),
                                  spec.get("html_cte", cte)))
            expected.append(("html", spec["html"]))
        cal = spec.get("cal")
        if cal is not None:
            ics = make_ics(cal, stamp)
            if cal.get("cte") in ("7bit", "8bit"):
                ics = ics.replace("\r\n", "\n")
            part = text_part(ics, "calendar", "utf-8", cal.get("cte", "base64"),
                             extra=f"; method={cal['method']}")
            alts.append(part)
        body = alts[0] if len(alts) == 1 else Part(
            [("Content-Type", f'multipart/alternative; boundary="{(b := self.boundary(rel))}"')],
            children=alts, boundary=b)
        extras: list[Part] = []
        for att in spec.get("attach", []):
            if att["type"] == "pdf":
                extras.append(binary_part(make_pdf(att["title"], att["lines"]),
                                          "application/pdf", att["filename"]))
            elif att["type"] == "ics":
                ics = make_ics(att, stamp)
                extras.append(binary_part(ics.encode("utf-8"), "application/ics",
                                          att["filename"]))
            elif att["type"] == "rfc822":
                inner_expected: list[tuple[str, str]] = []
                inner = self.message(att, rel + "/inner", {}, inner_expected, nested=True)
                expected.extend(inner_expected)
                extras.append(Part([("Content-Type", "message/rfc822"),
                                    ("Content-Disposition",
                                     f'attachment; filename="{att["filename"]}"')],
                                   inner))
            else:
                raise ValueError(att["type"])
        if not extras:
            return body
        b = self.boundary(rel)
        return Part([("Content-Type", f'multipart/mixed; boundary="{b}"')],
                    children=[body, *extras], boundary=b)

    def message(self, spec: dict, rel: str, ids: dict[str, str],
                expected: list[tuple[str, str]], nested: bool = False,
                index: int = 0) -> str:
        when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
        utc = when - when.utcoffset()
        stamp = (utc.replace(tzinfo=None) - timedelta(minutes=3)).strftime("%Y%m%dT%H%M%SZ")
        lines: list[str] = []
        if not nested:
            host = spec["frm"][1].split("@")[1]
            lines.append(f"Received: from mail.{host} (mail.{host} [192.0.2.{index % 250 + 1}])"
                         f"\n\tby mx.example.fr with ESMTPS; {format_datetime(when)}")
        lines.append(f"Date: {format_datetime(when)}")
        lines.append(address_header("From", [spec["frm"]], spec.get("frm_enc")))
        to_enc = spec.get("to_enc", TO_ENCODINGS[index % len(TO_ENCODINGS)])
        lines.append(address_header("To", spec.get("to", [CAND]), to_enc))
        if spec.get("cc"):
            lines.append(address_header("Cc", spec["cc"], spec.get("cc_enc")))
        if spec.get("reply_to"):
            lines.append(address_header("Reply-To", [spec["reply_to"]], spec.get("reply_enc")))
        lines.append(unstructured("Subject", spec["subject"], spec.get("subject_enc")))
        lines.append(f"Message-ID: {spec['_msgid']}")
        parent = spec.get("parent")
        if parent:
            refs = spec["_refs"]
            lines.append(f"In-Reply-To: {ids[parent]}")
            lines.append(fold_ascii("References", " ".join(refs)))
        for name, value in spec.get("headers", []):
            lines.append(fold_ascii(name, value) if value.isascii() else
                         unstructured(name, value, None))
        lines.append("MIME-Version: 1.0")
        tree = self.body_tree(spec, rel, stamp, expected)
        return NL.join(lines) + NL + tree.render()


def all_specs() -> list[dict]:
    specs = [*msgs257_rejections.MESSAGES, *msgs257_invites.MESSAGES,
             *msgs257_acks.MESSAGES, *msgs257_other.MESSAGES]
    counts: dict[str, int] = {}
    for spec in specs:
        kind = spec["kind"]
        assert kind in KINDS, kind
        counts[kind] = counts.get(kind, 0) + 1
        spec["_rel"] = f"{kind}/{counts[kind]:03d}_{spec['slug']}.eml"
    return specs


def assign_ids(specs: list[dict]) -> dict[str, str]:
    ids: dict[str, str] = {}
    for spec in specs:
        digest = hashlib.sha1(spec["_rel"].encode()).hexdigest()
        domain = spec.get("msgid_domain") or spec["frm"][1].split("@")[1]
        spec["_msgid"] = f"<{digest[:16]}.{digest[16:24]}@{domain}>"
        if spec.get("key"):
            assert spec["key"] not in ids, spec["key"]
            ids[spec["key"]] = spec["_msgid"]
        for att in spec.get("attach", []):
            if att["type"] == "rfc822":
                d2 = hashlib.sha1((spec["_rel"] + "/fwd").encode()).hexdigest()
                att["_msgid"] = f"<{d2[:20]}@{att['frm'][1].split('@')[1]}>"
    by_key = {s["key"]: s for s in specs if s.get("key")}

    def refs(spec: dict) -> list[str]:
        if not spec.get("parent"):
            return []
        parent = by_key[spec["parent"]]
        return [*refs(parent), parent["_msgid"]]

    for spec in specs:
        spec["_refs"] = refs(spec)
    return ids


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(path: Path, spec: dict, expected: list[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"{name} defects {value.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {msg['subject']!r} != {spec['subject']!r}")
    from_name = msg["from"].addresses[0].display_name
    if from_name != spec["frm"][0]:
        problems.append(f"from name {from_name!r} != {spec['frm'][0]!r}")
    if msg["from"].addresses[0].addr_spec != spec["frm"][1]:
        problems.append("from address")
    got = [(p.get_content_subtype(), p.get_content()) for p in msg.walk()
           if p.get_content_type() in ("text/plain", "text/html")
           and not p.get_filename()]
    if [(s, norm(t)) for s, t in got] != [(s, norm(t)) for s, t in expected]:
        problems.append("bodies do not round-trip")
    if msg["date"].datetime.year != 2026:
        problems.append("year")
    assert not problems, f"{path}: {problems}"


def main() -> None:
    specs = all_specs()
    ids = assign_ids(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    builder = Builder()
    rows = []
    for index, spec in enumerate(specs):
        for att in spec.get("attach", []):
            if att["type"] == "rfc822":
                att.setdefault("to_enc", None)
        expected: list[tuple[str, str]] = []
        text = builder.message(spec, spec["_rel"], ids, expected, index=index)
        path = HERE / spec["_rel"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("latin-1"))
        verify(path, spec, expected)
        rows.append([spec["_rel"], spec["kind"], spec["company"], spec["contact"],
                     spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
