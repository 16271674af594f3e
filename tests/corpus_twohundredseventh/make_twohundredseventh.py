"""Build corpus 207 (Lucía Hartley-Mendoza) from the hand-written specs in msgs207_*.py.

Run from the repository root:  python tests/corpus_twohundredseventh/make_twohundredseventh.py

Standard library only. The MIME bodies are built with the `email` package (compat32 classes,
explicit charsets and transfer encodings); the top-level header block is written here so that
encoded words can use the charsets and encodings each spec asks for (utf-8 / iso-8859-1 /
windows-1252, Q or B). Boundaries, Message-IDs and dates are deterministic. Every written file
is parsed back with the default policy and checked: no defects, subject, sender name and every
text part round-trip. Only *.eml and labels.csv inside this folder are deleted and rewritten.
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
import re
import sys
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from msgs207_acks import MESSAGES as ACKS  # noqa: E402
from msgs207_common import CAND, CAND_ADDR  # noqa: E402
from msgs207_invites import MESSAGES as INVITES  # noqa: E402
from msgs207_other import MESSAGES as OTHER  # noqa: E402
from msgs207_rejections import MESSAGES as REJECTIONS  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
ABBR = {"rejection": "rej", "interview_invitation": "inv",
        "interview_reschedule_or_cancel": "mov", "missed_interview_notice": "mis",
        "application_received": "ack", "offer": "off", "other": "oth"}
COMPAT = email.policy.compat32.clone(linesep="\n", max_line_length=78)


# ------------------------------------------------------------------ header writing helpers

def _q(chunk: str, charset: str) -> str:
    out = []
    for byte in chunk.encode(charset):
        char = chr(byte)
        if char == " ":
            out.append("_")
        elif char.isascii() and char.isalnum():
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _word(chunk: str, charset: str, enc: str) -> str:
    if enc.upper() == "B":
        data = base64.b64encode(chunk.encode(charset)).decode("ascii")
    else:
        data = _q(chunk, charset)
    return f"=?{charset}?{enc.upper()}?{data}?="


def encoded_words(text: str, charset: str = "utf-8", enc: str = "Q", width: int = 70) -> str:
    """text as RFC 2047 encoded words no longer than width, folded onto continuation lines."""
    words, chunk = [], ""
    for char in text:
        if chunk and len(_word(chunk + char, charset, enc)) > width:
            words.append(_word(chunk, charset, enc))
            chunk = char
        else:
            chunk += char
    if chunk:
        words.append(_word(chunk, charset, enc))
    return "\n ".join(words)


def fold(name: str, value: str) -> str:
    """A header line folded at spaces before 78 columns (values already encoded)."""
    if "\n" in value:
        return f"{name}: {value}"
    line, lines = f"{name}:", []
    for token in value.split(" "):
        if len(line) + 1 + len(token) > 78 and line.strip() and line != f"{name}:":
            lines.append(line)
            line = " " + token
        else:
            line = f"{line} {token}"
    lines.append(line)
    return "\n".join(lines)


def header_text(text: str, enc: tuple[str, str] | None) -> str:
    """An unstructured header value: as is when ASCII and no encoding is asked, else encoded."""
    if enc is None and text.isascii():
        return text
    charset, how = enc or ("utf-8", "Q")
    return encoded_words(text, charset, how)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def mailbox(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc is None and name.isascii():
        if _SPECIALS.search(name):
            return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'
        return f"{name} <{addr}>"
    charset, how = enc or ("utf-8", "Q")
    return f"{encoded_words(name, charset, how)} <{addr}>"


# ------------------------------------------------------------------ body parts

def _leaf(maintype: str, subtype: str, text: str, charset: str, cte: str,
          params: dict[str, str] | None = None) -> MIMENonMultipart:
    part = MIMENonMultipart(maintype, subtype, charset=charset, **(params or {}))
    del part["MIME-Version"]
    if cte != "base64":  # the file's own line ends; only base64 keeps CRLF (iCalendar) as is
        text = text.replace("\r\n", "\n")
    data = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    else:  # 8bit: raw bytes carried through the generator as surrogates
        payload = data.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def _cte_for(text: str, cte: str | None) -> str:
    if cte:
        return cte
    return "7bit" if text.isascii() and max(map(len, text.split("\n"))) < 900 else "8bit"


def _pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with the given lines of text."""
    def lit(s: str) -> bytes:
        s = s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
        s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u20ac", "EUR")
        raw = s.encode("latin-1", "replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    ops = [b"BT", b"/F1 16 Tf", b"56 780 Td", lit(title) + b" Tj", b"/F1 11 Tf", b"0 -28 Td"]
    for line in lines:
        ops += [lit(line) + b" Tj", b"0 -16 Td"]
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title " + lit(title) + b" /Producer (corpus207) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, current = [], ""
    for char in line:
        if len((current + char).encode("utf-8")) > (75 if not out else 74):
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return [out[0]] + [" " + x for x in out[1:]]


def _utc(local: str, tz: str) -> str:
    stamp = dt.datetime.strptime(local, "%Y-%m-%d %H:%M")
    sign = 1 if tz[0] == "+" else -1
    offset = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return (stamp - offset).strftime("%Y%m%dT%H%M%SZ")


def ics(cal: dict, spec: dict) -> str:
    """An iCalendar object for an invitation, an update (SEQUENCE) or a cancellation."""
    method = cal.get("method", "REQUEST")
    tz = cal.get("tz", spec["tz"])
    org_name, org_addr = cal.get("organizer", spec["frm"])
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{_utc(spec['date'], spec['tz'])}",
        f"DTSTART:{_utc(cal['start'], tz)}",
        f"DTEND:{_utc(cal['end'], tz)}",
        f"SUMMARY:{_ics_text(cal['summary'])}",
    ]
    if cal.get("location"):
        lines.append(f"LOCATION:{_ics_text(cal['location'])}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(cal['description'])}")
    lines.append(f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}")
    lines.append(f"ATTENDEE;CN=\"{CAND[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                 f"RSVP=TRUE:mailto:{CAND_ADDR}")
    for name, addr in cal.get("attendees", []):
        lines.append(f"ATTENDEE;CN=\"{name}\";ROLE=REQ-PARTICIPANT:mailto:{addr}")
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(x for line in lines for x in _ics_fold(line)) + "\r\n"


class Builder:
    """Builds one message's MIME tree with deterministic boundaries."""

    def __init__(self, tag: str) -> None:
        self.tag, self.count = tag, 0

    def boundary(self) -> str:
        self.count += 1
        return f"----=_Part_{self.tag}_{self.count:02d}"

    def multipart(self, subtype: str, parts: list) -> MIMEMultipart:
        node = MIMEMultipart(subtype, boundary=self.boundary())
        del node["MIME-Version"]
        for part in parts:
            node.attach(part)
        return node

    def body(self, spec: dict):
        charset = spec.get("charset", "utf-8")
        parts = []
        if spec.get("text") is not None:
            text = spec["text"]
            parts.append(_leaf("text", "plain", text, charset, _cte_for(text, spec.get("cte"))))
        if spec.get("html") is not None:
            html = spec["html"]
            hcs = spec.get("html_charset", charset)
            parts.append(_leaf("text", "html", html, hcs,
                               _cte_for(html, spec.get("html_cte", spec.get("cte")))))
        cal = spec.get("ics")
        mode = spec.get("ics_mode", "alternative")
        if cal and mode == "alternative":
            data = ics(cal, spec)
            parts.append(_leaf("text", "calendar", data, "utf-8", _cte_for(data, "8bit"),
                               {"method": cal.get("method", "REQUEST")}))
        core = parts[0] if len(parts) == 1 else self.multipart("alternative", parts)
        extra = []
        if cal and mode == "attachment":
            data = ics(cal, spec)
            part = _leaf("text", "calendar", data, "utf-8", "base64",
                         {"method": cal.get("method", "REQUEST"),
                          "name": cal.get("file", "invite.ics")})
            part.add_header("Content-Disposition", "attachment",
                            filename=cal.get("file", "invite.ics"))
            extra.append(part)
        for att in spec.get("attach", []):
            if att["type"] == "pdf":
                part = MIMEApplication(_pdf(att["title"], att["lines"]), "pdf",
                                       name=att["name"])
                del part["MIME-Version"]
                part.add_header("Content-Disposition", "attachment", filename=att["name"])
            elif att["type"] == "eml":
                inner = email.message_from_bytes(render(att["spec"], self.tag + "i"),
                                                 policy=COMPAT)
                part = MIMEMessage(inner)
                del part["MIME-Version"]
                part.add_header("Content-Disposition", "attachment", filename=att["name"])
            else:
                raise ValueError(att["type"])
            extra.append(part)
        if extra:
            return self.multipart("mixed", [core, *extra])
        return core


def message_id(spec: dict) -> str:
    if spec.get("message_id"):
        return spec["message_id"]
    domain = spec["frm"][1].split("@")[1]
    digest = hashlib.sha1(f"{spec['kind']}/{spec['slug']}".encode()).hexdigest()[:10]
    stamp = spec["date"].replace("-", "").replace(" ", "").replace(":", "")
    return f"<{stamp}.{digest}@{domain}>"


def date_header(spec: dict) -> str:
    stamp = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    tz = spec["tz"]
    sign = 1 if tz[0] == "+" else -1
    zone = dt.timezone(dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign)
    return format_datetime(stamp.replace(tzinfo=zone, second=int(spec.get("sec", 0))))


def render(spec: dict, tag: str) -> bytes:
    """The whole message as bytes: the header block written here, the body from `email`."""
    to = spec.get("to", [CAND])
    lines = [fold("Date", date_header(spec)),
             fold("From", mailbox(*spec["frm"], spec.get("frm_enc")))]
    if spec.get("sender"):
        lines.append(fold("Sender", mailbox(*spec["sender"])))
    if spec.get("reply_to"):
        lines.append(fold("Reply-To", mailbox(*spec["reply_to"], spec.get("reply_enc"))))
    lines.append(fold("To", ", ".join(mailbox(n, a, spec.get("to_enc")) for n, a in to)))
    if spec.get("cc"):
        lines.append(fold("Cc", ", ".join(mailbox(n, a) for n, a in spec["cc"])))
    lines.append(fold("Subject", header_text(spec["subject"], spec.get("subject_enc"))))
    lines.append(fold("Message-ID", spec["_mid"]))
    if spec.get("_irt"):
        lines.append(fold("In-Reply-To", spec["_irt"]))
        lines.append(fold("References", " ".join(spec["_refs"])))
    for name, value in spec.get("headers", []):
        lines.append(fold(name, value))
    lines.append("MIME-Version: 1.0")
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=COMPAT).flatten(
        Builder(tag).body(spec))
    return ("\n".join(lines) + "\n").encode("ascii") + buffer.getvalue()


# ------------------------------------------------------------------ checks

def _norm(text: str) -> str:
    text = text.replace("\r\n", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def _top_text_parts(message) -> list:
    """Text parts of the message itself, not those of an attached message/rfc822."""
    out = []
    stack = [message]
    while stack:
        node = stack.pop(0)
        if node.is_multipart():
            stack[0:0] = list(node.iter_parts()) if node.get_content_type() != "message/rfc822" \
                else []
        elif node.get_content_maintype() == "text" and node.get_content_disposition() != \
                "attachment":
            out.append(node)
    return out


def check(path: Path, spec: dict) -> None:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in message.walk():
        assert not part.defects, f"{path}: defects {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert message[name], f"{path}: no {name}"
    subject = " ".join(str(message["Subject"]).split())
    assert subject == " ".join(spec["subject"].split()), f"{path}: subject {subject!r}"
    sender = message["From"].addresses[0]
    assert sender.addr_spec == spec["frm"][1], path
    assert sender.display_name == spec["frm"][0], f"{path}: from {sender.display_name!r}"
    parts = {p.get_content_type(): p for p in _top_text_parts(message)}
    for ctype, key in (("text/plain", "text"), ("text/html", "html")):
        if spec.get(key) is not None:
            assert ctype in parts, f"{path}: no {ctype}"
            got = parts[ctype].get_content()
            assert _norm(got) == _norm(spec[key]), f"{path}: {ctype} does not round-trip"
            charset = spec.get("html_charset" if key == "html" else "charset",
                               spec.get("charset", "utf-8"))
            assert parts[ctype].get_content_charset() == charset, f"{path}: charset"
    if spec.get("ics"):
        cals = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
        assert cals and f"METHOD:{spec['ics'].get('method', 'REQUEST')}" in \
            cals[0].get_content(), path
    for att in spec.get("attach", []):
        names = [p.get_filename() for p in message.walk()]
        assert att["name"] in names, f"{path}: attachment {att['name']}"
        if att["type"] == "pdf":
            pdf = next(p for p in message.walk() if p.get_filename() == att["name"])
            assert pdf.get_content().startswith(b"%PDF-1.4"), path
    year = message["Date"].datetime.year
    assert year == 2026, f"{path}: year {year}"
    month = message["Date"].datetime.month
    assert 1 <= month <= 10, f"{path}: month {month}"


LABEL_FIELDS = ("kind", "slug", "lang", "company", "contact", "frm", "subject", "date", "tz")


def main() -> None:
    specs = [*REJECTIONS, *INVITES, *ACKS, *OTHER]
    for spec in specs:
        missing = [f for f in LABEL_FIELDS if f not in spec]
        assert not missing, f"{spec.get('slug')}: missing {missing}"
        assert spec["kind"] in KIND_ORDER, spec["slug"]
    counters = dict.fromkeys(KIND_ORDER, 0)
    by_key = {}
    for spec in specs:
        counters[spec["kind"]] += 1
        spec["_file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
        spec["_mid"] = message_id(spec)
        if spec.get("key"):
            assert spec["key"] not in by_key, spec["key"]
            by_key[spec["key"]] = spec
    mids = [s["_mid"] for s in specs]
    assert len(set(mids)) == len(mids), "duplicate Message-ID"

    def refs(spec: dict) -> list[str]:
        parent = spec.get("reply_of")
        if not parent:
            return []
        return [*refs(by_key[parent]), by_key[parent]["_mid"]]

    for spec in specs:
        if spec.get("reply_of"):
            parent = by_key[spec["reply_of"]]
            assert parent["date"] < spec["date"], f"{spec['slug']} before its parent"
            spec["_irt"] = parent["_mid"]
            spec["_refs"] = refs(spec)

    problems = []
    for spec in specs:
        pairs = [(spec["subject"], (spec.get("subject_enc") or ("utf-8",))[0]),
                 (spec["frm"][0], (spec.get("frm_enc") or ("utf-8",))[0])]
        for key in ("text", "html"):
            if spec.get(key) is not None:
                pairs.append((spec[key], spec.get(f"{key}_charset", spec.get("charset", "utf-8"))))
        for value, charset in pairs:
            try:
                value.encode(charset)
            except UnicodeEncodeError as error:
                problems.append(f"{spec['slug']}: {charset}: {value[error.start:error.end]!r}")
    assert not problems, "\n".join(problems)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)
    rows = []
    for number, spec in enumerate(specs, 1):
        path = HERE / spec["_file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(render(spec, f"c207_{number:03d}"))
        check(path, spec)
        contact = spec["contact"]
        if contact:
            header_addrs = [spec["frm"][1].lower()]
            if spec.get("reply_to"):
                header_addrs.append(spec["reply_to"][1].lower())
            assert contact in header_addrs, f"{spec['slug']}: contact not in From/Reply-To"
        if spec["frm"][1] == CAND_ADDR:
            assert spec["kind"] == "other" and not contact and not spec["company"], spec["slug"]
        rows.append([spec["_file"], spec["kind"], spec["company"], contact, spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: {} for k in KIND_ORDER}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] = table[spec["kind"]].get(spec["lang"], 0) + 1
    print(f"wrote {len(specs)} messages")
    for kind in KIND_ORDER:
        counts = table[kind]
        print(f"  {kind:32s}", " ".join(f"{lang}={counts.get(lang, 0):2d}"
                                        for lang in ("es", "en", "fr", "de")),
              f"total={sum(counts.values())}")


if __name__ == "__main__":
    main()
