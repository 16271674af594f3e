"""Build corpus 234 from the hand-written specs in msgs234_*.py (standard library only).

Run from the repository root:  python tests/corpus_twohundredthirtyfourth/make_twohundredthirtyfourth.py

It deletes and rewrites only the *.eml files and labels.csv inside this folder. Every message is
re-parsed with the default policy and checked: no defects, the subject, the sender's name and
every text body round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import re
import sys
from datetime import UTC, datetime
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs234_acks  # noqa: E402
import msgs234_common as common  # noqa: E402
import msgs234_invites  # noqa: E402
import msgs234_other  # noqa: E402
import msgs234_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
SYSTEM = re.compile(
    r"(no-?reply|donotreply|do-not-reply|ne-pas-repondre|notifications?|notificacion|alert[ea]?s?@|"
    r"mailer|bounce|newsletter|boletin|news@|info@|avisos?@)|"
    r"@(.+\.)?(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|"
    r"icims\.com|ashbyhq\.com|teamtailor-mail\.com|"
    r"personio\.de|successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|"
    r"workablemail\.com|jobs\.recruitee\.com)$"
)
CTE_NAMES = {"qp": "quoted-printable", "base64": "base64", "8bit": "8bit", "7bit": "7bit"}


# --- headers ----------------------------------------------------------------------------------

def encoded(text: str, spec: str | None, name: str) -> str:
    """A header value; non-ASCII text as RFC 2047 encoded words in the chosen charset and Q/B."""
    if text.isascii():
        return Header(text, "us-ascii", header_name=name).encode(linesep="\n")
    charset, _, enc = (spec or "utf-8/Q").partition("/")
    cs = Charset(charset)
    cs.header_encoding = QP if enc.upper() == "Q" else BASE64
    return Header(text, cs, header_name=name).encode(linesep="\n")


def address(person: tuple[str, str], spec: str | None = None) -> str:
    name, addr = person
    if not name:
        return addr
    if name.isascii():
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    return f"{encoded(name, spec, 'From')} <{addr}>"


def people(value: object) -> list[tuple[str, str]]:
    if not value:
        return []
    if isinstance(value, tuple):
        return [value]
    return list(value)  # type: ignore[call-overload]


def when(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(f"234/{spec['kind']}/{spec['slug']}".encode()).hexdigest()
    domain = spec["frm"][1].rsplit("@", 1)[1]
    if "msgid_domain" in spec:
        domain = spec["msgid_domain"]
    return f"<{digest[:14]}.{digest[14:22]}@{domain}>"


def header_block(spec: dict, msgid: str | None, refs: list[str]) -> str:
    lines = [f"Date: {format_datetime(when(spec['date']))}",
             f"From: {address(spec['frm'], spec.get('name_cs'))}"]
    if spec.get("sender"):
        lines.append(f"Sender: {address(spec['sender'])}")
    if spec.get("reply_to"):
        lines.append("Reply-To: " + ", ".join(address(p, spec.get("name_cs"))
                                              for p in people(spec["reply_to"])))
    to = people(spec.get("to")) or [common.CANDIDATE]
    lines.append("To: " + ", ".join(address(p, spec.get("to_cs")) for p in to))
    if spec.get("cc"):
        lines.append("Cc: " + ", ".join(address(p, spec.get("to_cs")) for p in people(spec["cc"])))
    lines.append(f"Subject: {encoded(spec['subject'], spec.get('subj_cs'), 'Subject')}")
    if msgid:
        lines.append(f"Message-ID: {msgid}")
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in (spec.get("headers") or {}).items():
        lines.append(f"{name}: {encoded(value, None, name) if value else value}")
    return "\n".join(lines) + "\n"


# --- parts ------------------------------------------------------------------------------------

def text_part(text: str, subtype: str, charset: str, cte: str | None,
              params: dict | None = None) -> MIMENonMultipart:
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "qp"
    part = MIMENonMultipart("text", subtype, charset=charset, **(params or {}))
    del part["MIME-Version"]
    if cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    part["Content-Transfer-Encoding"] = CTE_NAMES[cte]
    part.set_payload(payload)
    return part


def binary_part(data: bytes, maintype: str, subtype: str, filename: str,
                inline: bool = False) -> MIMEBase:
    part = MIMEBase(maintype, subtype, name=filename)
    del part["MIME-Version"]
    part.add_header("Content-Disposition", "inline" if inline else "attachment",
                    filename=filename)
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def make_pdf(lines: list[str], title: str) -> bytes:
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = ["BT", "/F1 11 Tf", "15 TL", "56 790 Td"]
    stream += [f"({esc(line)}) Tj T*" for line in lines]
    stream.append("ET")
    content = "\n".join(stream).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Title (" + esc(title).encode("cp1252") + b") /Producer (corpus234) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return [out[0]] + [" " + rest for rest in out[1:]]


def utc(text: str) -> str:
    return when(text).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(ics: dict, spec: dict, newline: str) -> str:
    org_name, org_addr = ics.get("organizer", spec["frm"])
    method = ics.get("method", "REQUEST")
    status = ics.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    cn = common.CANDIDATE_NAME
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{utc(ics['start'])}",
        f"DTEND:{utc(ics['end'])}",
        f"DTSTAMP:{utc(spec['date'])}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f"UID:{ics['uid']}",
        f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;'
        f'CN="{cn}":mailto:{common.CANDIDATE_ADDR}',
    ]
    for name, addr in ics.get("attendees", []):
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="{name}":mailto:{addr}')
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    lines += [f"SEQUENCE:{ics.get('seq', 0)}", f"STATUS:{status}",
              f"SUMMARY:{ics_escape(ics['summary'])}", "TRANSP:OPAQUE"]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT15M",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return newline.join(folded for line in lines for folded in ics_fold(line)) + newline


def html_for(spec: dict) -> str:
    if spec.get("html"):
        return spec["html"]
    body = common.paras_html(spec["text"])
    shell = spec.get("shell", "simple")
    if shell == "ats":
        return common.ats_card(spec.get("brand", spec["frm"][0]), body, spec.get("footer", ""))
    if shell == "outlook":
        return common.outlook_html(body, spec["lang"].upper())
    if shell == "news":
        return common.newsletter(spec.get("brand", spec["subject"]), body, spec.get("footer", ""))
    return common.simple_html(body)


class Builder:
    def __init__(self, seed: str) -> None:
        self.seed = hashlib.sha1(seed.encode()).hexdigest()[:10]
        self.count = 0
        self.expected: list[tuple[str, str]] = []

    def multipart(self, subtype: str, parts: list[Message]) -> MIMEMultipart:
        self.count += 1
        outer = MIMEMultipart(subtype)
        del outer["MIME-Version"]
        outer.set_boundary(f"----=_Part_{self.seed}_{self.count:02d}")
        for part in parts:
            outer.attach(part)
        return outer

    def text(self, text: str, subtype: str, charset: str, cte: str | None,
             params: dict | None = None) -> MIMENonMultipart:
        self.expected.append((subtype, text))
        return text_part(text, subtype, charset, cte, params)

    def body(self, spec: dict) -> Message:
        form = spec.get("form", "plain")
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte")
        alternatives: list[Message] = []
        if form in ("plain", "alt"):
            alternatives.append(self.text(spec["text"], "plain", charset, cte))
        if form in ("html", "alt"):
            markup = html_for(spec)
            markup = markup.replace('charset="utf-8"', f'charset="{charset}"')
            markup = markup.replace("charset=utf-8", f"charset={charset}")
            alternatives.append(self.text(markup, "html", spec.get("html_charset", charset),
                                          spec.get("html_cte", cte)))
        attachments: list[Message] = []
        ics = spec.get("ics")
        if ics:
            style = ics.get("style", "outlook")
            if style == "google":
                cal = make_ics(ics, spec, "\n")
                alternatives.append(self.text(cal, "calendar", "utf-8", "7bit"
                                              if cal.isascii() else "qp",
                                              {"method": ics.get("method", "REQUEST")}))
                attachments.append(binary_part(make_ics(ics, spec, "\r\n").encode(),
                                               "application", "ics", "invite.ics"))
            elif style == "outlook":
                cal = make_ics(ics, spec, "\r\n")
                alternatives.append(self.text(cal, "calendar", "utf-8", "base64",
                                              {"method": ics.get("method", "REQUEST")}))
            else:
                cal = make_ics(ics, spec, "\r\n")
                part = self.text(cal, "calendar", "utf-8", "base64",
                                 {"method": ics.get("method", "REQUEST"),
                                  "name": ics.get("filename", "invite.ics")})
                part.add_header("Content-Disposition", "attachment",
                                filename=ics.get("filename", "invite.ics"))
                attachments.append(part)
        for filename, lines in spec.get("pdf", []):
            attachments.append(binary_part(make_pdf(lines, filename), "application", "pdf",
                                           filename))
        if spec.get("attach_msg"):
            inner = spec["attach_msg"]
            inner_body = self.body(inner)
            inner_body["MIME-Version"] = "1.0"
            inner_bytes = header_block(inner, inner.get("msgid"), []).encode("ascii")
            inner_bytes += serialize(inner_body)
            wrapped = MIMEMessage(email.message_from_bytes(inner_bytes))
            del wrapped["MIME-Version"]
            wrapped.add_header("Content-Disposition", "attachment",
                               filename=inner.get("filename", "mensaje.eml"))
            attachments.append(wrapped)
        core = alternatives[0] if len(alternatives) == 1 else self.multipart(
            "alternative", alternatives)
        if attachments:
            core = self.multipart(spec.get("mixed", "mixed"), [core, *attachments])
        return core


def serialize(part: Message) -> bytes:
    buffer = BytesIO()
    BytesGenerator(buffer, mangle_from_=False, maxheaderlen=78).flatten(part)
    return buffer.getvalue()


# --- checks -----------------------------------------------------------------------------------

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, data: bytes, expected: list[tuple[str, str]], name: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects}"
        for key, value in part.items():
            assert not getattr(value, "defects", ()), f"{name}: header {key} {value.defects}"
    assert str(msg["subject"]) == spec["subject"], f"{name}: subject {msg['subject']!r}"
    assert msg["from"].addresses[0].display_name == spec["frm"][0], f"{name}: from"
    assert msg["date"].datetime.year == 2026, f"{name}: year"
    found = [(p.get_content_subtype(), norm(p.get_content())) for p in msg.walk()
             if p.get_content_maintype() == "text"]
    for subtype, text in expected:
        assert (subtype, norm(text)) in found, f"{name}: {subtype} body does not round-trip"


# --- main -------------------------------------------------------------------------------------

def contact_of(spec: dict) -> str:
    if "contact" in spec:
        return spec["contact"]
    if spec["frm"][1] == common.CANDIDATE_ADDR:
        return ""
    for person in [*people(spec.get("reply_to")), spec["frm"]]:
        if not SYSTEM.search(person[1].lower()):
            return person[1].lower()
    return ""


def main() -> None:
    specs = [*msgs234_rejections.MESSAGES, *msgs234_invites.MESSAGES,
             *msgs234_acks.MESSAGES, *msgs234_other.MESSAGES]
    for path in HERE.rglob("*.eml"):
        path.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    numbers = dict.fromkeys(KINDS, 0)
    ids: dict[str, str] = {}
    chains: dict[str, list[str]] = {}
    for spec in specs:
        assert spec["kind"] in KINDS, spec["slug"]
        numbers[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['slug']}.eml"
        spec["msgid"] = message_id(spec)
        if spec.get("key"):
            assert spec["key"] not in ids, spec["key"]
            ids[spec["key"]] = spec["msgid"]
    assert len({s["msgid"] for s in specs}) == len(specs), "message ids must be unique"
    for spec in specs:
        refs: list[str] = []
        parent = spec.get("parent")
        while parent:
            refs.insert(0, ids.get(parent, parent))
            parent = next((s.get("parent") for s in specs if s.get("key") == parent), None)
        chains[spec["file"]] = refs
    rows = []
    for spec in specs:
        try:
            builder = Builder(spec["file"])
            body = builder.body(spec)
            body["MIME-Version"] = "1.0"
            head = header_block(spec, spec["msgid"], chains[spec["file"]])
            data = head.encode("ascii") + serialize(body)
        except (UnicodeError, KeyError) as error:
            raise SystemExit(f"{spec['file']}: {type(error).__name__}: {error}") from error
        check(spec, data, builder.expected, spec["file"])
        path = HERE / spec["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        company = spec.get("company", "") if spec["kind"] != "other" else ""
        rows.append([spec["file"], spec["kind"], company, contact_of(spec), spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    total: dict[tuple[str, str], int] = {}
    for row in rows:
        total[row[1], row[4]] = total.get((row[1], row[4]), 0) + 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        print(f"  {kind:32s}", "  ".join(f"{lang}={total.get((kind, lang), 0):2d}"
                                         for lang in ("es", "en", "fr", "de")))


if __name__ == "__main__":
    main()
