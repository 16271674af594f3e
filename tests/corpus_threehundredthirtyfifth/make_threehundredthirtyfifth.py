"""Build corpus 335 (Seun Adebayo-Clarke, lab quality control) from the msgs335_* specs.

Standard library only. Run: python tests/corpus_threehundredthirtyfifth/make_threehundredthirtyfifth.py
It deletes and rewrites only *.eml files and labels.csv inside this folder, builds every message
with the email package (compat32, so encodings and boundaries stay exactly as chosen), re-parses
each one with email.policy.default and checks it, and writes the same bytes on every run.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import re
import sys
from datetime import UTC, datetime, timedelta
from email import quoprimime
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import msgs335_acks  # noqa: E402
import msgs335_common as common  # noqa: E402
import msgs335_invites  # noqa: E402
import msgs335_other  # noqa: E402
import msgs335_rejections  # noqa: E402
import msgs335_resched  # noqa: E402

Spec = dict[str, Any]
KINDS = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)
LANGS = ("en", "de", "fr", "es")
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(r"^(no-?reply|noreply|donotreply|do-not-reply|notifications?|jobs|"
                          r"careers|mailer|alerts?|news|newsletter|bounce|info|hello|system|ne-pas-repondre|"
                          r"no-contestar|reminders?|updates?|tracking|service)",
                          re.I)
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.|SL|S\.L\.|SAS|SARL|Ltd|Limited|Inc|LLC|plc|KG|"
                   r"S\.A\.S\.|S\.L\.U\.|e\.V\.|UG)\b\.?$")
LINESEP = "\n"

VTIMEZONES = {
    "Europe/London": ("GMT", "BST", "+0000", "+0100"),
    "Europe/Dublin": ("GMT", "IST", "+0000", "+0100"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
}


def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for module in (msgs335_rejections, msgs335_invites, msgs335_resched, msgs335_acks,
                   msgs335_other):
        specs.extend(module.MESSAGES)
    return specs


def when(spec: Spec) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


# ---------------------------------------------------------------- headers
def encoded_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 words (each at most 60 characters, so a folded line stays short), split on
    character boundaries."""
    words: list[str] = []
    chunk = ""

    def word(s: str) -> str:
        raw = s.encode(charset)
        if enc == "B":
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        return quoprimime.header_encode(raw, charset=charset).replace("?q?", "?Q?", 1)

    for ch in text:
        if len(word(chunk + ch)) > 60:
            words.append(word(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(word(chunk))
    return " ".join(words)


def header_text(spec: Spec, text: str) -> str:
    if text.isascii():
        return text
    charset, enc = spec.get("hcs") or default_hcs(spec)
    try:
        text.encode(charset)
    except UnicodeEncodeError:  # e.g. an en dash in a Latin-1 header: fall back to UTF-8
        charset = "utf-8"
    return encoded_words(text, charset, enc)


def default_hcs(spec: Spec) -> tuple[str, str]:
    cs = spec.get("cs", "utf-8")
    if cs in ("iso-8859-1", "windows-1252"):
        return cs, "Q"
    return "utf-8", "B" if int(digest(spec["id"])[:2], 16) % 2 else "Q"


def addr(spec: Spec, pair: tuple[str, str]) -> str:
    name, address = pair
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    # Encode only the runs of words with non-ASCII letters, one encoded word per run (the
    # space between two encoded words would vanish), as most mail programs do.
    out: list[str] = []
    run: list[str] = []
    for token in name.split(" "):
        if token.isascii() and not run:
            out.append(token)
        elif token.isascii():
            out.append(header_text(spec, " ".join(run)))
            run = []
            out.append(token)
        else:
            run.append(token)
    if run:
        out.append(header_text(spec, " ".join(run)))
    return f"{' '.join(out)} <{address}>"


def addr_list(spec: Spec, value: Any) -> str:
    pairs = [value] if isinstance(value, tuple) else list(value)
    return ", ".join(addr(spec, p) for p in pairs)


# ---------------------------------------------------------------- bodies
def leaf(text: str, subtype: str, charset: str, cte: str, params: str = "") -> Message:
    part = Message()
    raw = text.encode(charset)
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    if cte == "qp":
        part["Content-Transfer-Encoding"] = "quoted-printable"
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "base64":
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "8bit":
        part["Content-Transfer-Encoding"] = "8bit"
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    else:
        if not raw.isascii():
            raise ValueError("7bit body with non-ASCII text")
        part["Content-Transfer-Encoding"] = "7bit"
        part.set_payload(text)
    return part


def multipart(subtype: str, key: str, parts: list[Message]) -> Message:
    m = Message()
    m["Content-Type"] = f'multipart/{subtype}; boundary="=_335_{digest(key, subtype)[:24]}"'
    for p in parts:
        m.attach(p)
    return m


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (Helvetica, WinAnsi)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def pdf_part(name: str, lines: list[str]) -> tuple[Message, bytes]:
    data = pdf_bytes(lines)
    part = Message()
    part["Content-Type"] = f'application/pdf; name="{name}"'
    part["Content-Disposition"] = f'attachment; filename="{name}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part, data


def ics_text(spec: Spec) -> str:
    ics = spec["ics"]
    tz = ics.get("tz", "Europe/London")
    std, dst, off_std, off_dst = VTIMEZONES[tz]
    start = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=ics.get("minutes", 60))
    utc = when(spec).astimezone(UTC)
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics.get("organizer", spec["frm"])
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus335//Scheduler 2.1//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        "BEGIN:STANDARD",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        f"TZOFFSETFROM:{off_dst}",
        f"TZOFFSETTO:{off_std}",
        f"TZNAME:{std}",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        f"TZOFFSETFROM:{off_std}",
        f"TZOFFSETTO:{off_dst}",
        f"TZNAME:{dst}",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics.get('uid', digest(spec['id'], 'uid')[:20] + '@corpus335.example.org')}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{utc:%Y%m%dT%H%M%SZ}",
        f"DTSTART;TZID={tz}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tz}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{ics['summary']}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics['location']}")
    lines += [
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={common.CANDIDATE_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{common.CANDIDATE_ADDR}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line.encode()) > 74:
            cut = 74
            while len(line[:cut].encode()) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\n".join(folded) + "\n"


# ---------------------------------------------------------------- messages
class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = {s["id"]: s for s in specs}
        if len(self.specs) != len(specs):
            raise SystemExit("duplicate spec id")
        self.full_text: dict[str, str] = {}
        self.msgid: dict[str, str] = {}
        self.refs: dict[str, list[str]] = {}
        self.expect: dict[str, dict[str, Any]] = {}

    def message_id(self, spec: Spec) -> str:
        if spec["id"] not in self.msgid:
            domain = spec.get("mid_domain") or spec["frm"][1].split("@")[1]
            stamp = when(spec).strftime("%Y%m%d%H%M")
            self.msgid[spec["id"]] = f"<{stamp}.{digest(spec['id'])[:14]}@{domain}>"
        return self.msgid[spec["id"]]

    def text_of(self, spec: Spec) -> str:
        """The plain body with any quoted parent (built recursively)."""
        if spec["id"] in self.full_text:
            return self.full_text[spec["id"]]
        text = spec.get("text") or ""
        parent = self.specs.get(spec.get("parent", ""))
        if parent and spec.get("quote"):
            ptext = self.text_of(parent)
            pw = when(parent)
            if spec["quote"] == "outlook":
                to = parent.get("to") or common.CANDIDATE
                to = to if isinstance(to, tuple) else to[0]
                text = (text.rstrip("\n") + "\n\n"
                        + common.outlook_block(spec["lang"], pw, parent["frm"], to,
                                               parent["subject"])
                        + "\n" + ptext)
            else:
                att = common.attribution(spec["lang"], pw, parent["frm"][0], parent["frm"][1])
                text = text.rstrip("\n") + "\n\n" + att + "\n" + common.quote_lines(ptext)
        if text and not text.endswith("\n"):
            text += "\n"
        self.full_text[spec["id"]] = text
        return text

    def html_of(self, spec: Spec) -> str:
        if spec.get("html"):
            return spec["html"]
        opts = spec.get("shell", {})
        own = spec.get("text") or ""
        page = common.shell(own, **opts)
        parent = self.specs.get(spec.get("parent", ""))
        if parent and spec.get("quote"):
            pw = when(parent)
            if spec["quote"] == "outlook":
                to = parent.get("to") or common.CANDIDATE
                to = to if isinstance(to, tuple) else to[0]
                att = common.outlook_block(spec["lang"], pw, parent["frm"], to,
                                           parent["subject"]).strip("_\n")
            else:
                att = common.attribution(spec["lang"], pw, parent["frm"][0], parent["frm"][1])
            page = page.replace("</body>", common.blockquote_html(att, self.text_of(parent))
                                + "</body>", 1)
        return page

    def build(self, spec: Spec, expect: list[tuple[str, str | bytes]] | None = None) -> Message:
        """The whole message for a spec; expect collects (kind, content) of every leaf."""
        expect = [] if expect is None else expect
        cs = spec.get("cs", "utf-8")
        fmt = spec.get("fmt", "plain")
        text = self.text_of(spec)
        ascii_text = text.isascii()
        cte = spec.get("cte") or ("7bit" if ascii_text else "qp")
        hcte = spec.get("html_cte") or ("qp" if cte == "7bit" else cte)
        parts: list[Message] = []
        if fmt in ("plain", "alt"):
            parts.append(leaf(text, "plain", cs, cte if not (ascii_text and cte == "7bit")
                              else "7bit"))
            expect.append(("text/plain", text))
        if fmt in ("html", "alt"):
            page = self.html_of(spec)
            parts.append(leaf(page, "html", spec.get("html_cs", cs), hcte))
            expect.append(("text/html", page))
        if spec.get("ics") and spec.get("ics_mode", "alt") == "alt":
            cal = ics_text(spec)
            method = spec["ics"].get("method", "REQUEST")
            parts.append(leaf(cal, "calendar", "utf-8", spec.get("ics_cte", "7bit"
                              if cal.isascii() else "base64"), f"; method={method}"))
            expect.append(("text/calendar", cal))
        core = parts[0] if len(parts) == 1 else multipart("alternative", spec["id"], parts)
        attachments: list[Message] = []
        for name, lines in spec.get("pdf", []):
            part, data = pdf_part(name, lines)
            attachments.append(part)
            expect.append(("application/pdf", data))
        if spec.get("ics") and spec.get("ics_mode") == "attach":
            cal = ics_text(spec)
            method = spec["ics"].get("method", "REQUEST")
            part = leaf(cal, "calendar", "utf-8", "base64", f"; method={method}")
            part["Content-Disposition"] = 'attachment; filename="invite.ics"'
            attachments.append(part)
            expect.append(("text/calendar", cal))
        if spec.get("fwd"):
            inner_spec = spec["fwd"] if isinstance(spec["fwd"], dict) else self.specs[spec["fwd"]]
            inner = self.build(inner_spec, expect)
            wrapper = Message()
            wrapper["Content-Type"] = "message/rfc822"
            wrapper["Content-Disposition"] = "inline" if spec.get("fwd_inline") else \
                'attachment; filename="forwarded.eml"'
            wrapper.attach(inner)
            attachments.append(wrapper)
        top = multipart("mixed", spec["id"], [core, *attachments]) if attachments else core
        msg = Message()
        if "kind" in spec:  # a forwarded message keeps no envelope header
            msg["Return-Path"] = f"<{spec.get('return_path', spec['frm'][1])}>"
        msg["From"] = addr(spec, spec["frm"])
        if spec.get("sender"):
            msg["Sender"] = addr(spec, spec["sender"])
        msg["To"] = addr_list(spec, spec.get("to") or common.CANDIDATE)
        if spec.get("cc"):
            msg["Cc"] = addr_list(spec, spec["cc"])
        if spec.get("reply_to"):
            msg["Reply-To"] = addr_list(spec, spec["reply_to"])
        msg["Subject"] = header_text(spec, spec["subject"])
        msg["Date"] = format_datetime(when(spec))
        msg["Message-ID"] = self.message_id(spec)
        parent = self.specs.get(spec.get("parent", ""))
        if parent:
            refs = [*self.refs_of(parent), self.message_id(parent)]
            msg["In-Reply-To"] = self.message_id(parent)
            msg["References"] = " ".join(refs)
        msg["MIME-Version"] = "1.0"
        for name, value in spec.get("headers", {}).items():
            msg[name] = value
        for name, value in top.items():
            msg[name] = value
        if top.is_multipart():
            for p in top.get_payload():
                msg.attach(p)
        else:
            msg.set_payload(top._payload)  # the encoded text as is (get_payload would decode)
        return msg

    def refs_of(self, spec: Spec) -> list[str]:
        parent = self.specs.get(spec.get("parent", ""))
        if not parent:
            return []
        return [*self.refs_of(parent), self.message_id(parent)]


def to_bytes(msg: Message) -> bytes:
    out = io.BytesIO()
    policy = email.policy.compat32.clone(linesep=LINESEP, max_line_length=78)
    BytesGenerator(out, mangle_from_=False, policy=policy).flatten(msg)
    return out.getvalue()


# ---------------------------------------------------------------- checks
def is_system(address: str) -> bool:
    local, _, domain = address.lower().partition("@")
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS) or bool(
        SYSTEM_LOCAL.match(local))


def check(spec: Spec, data: bytes, expect: list[tuple[str, str | bytes]]) -> list[str]:
    errors: list[str] = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errors.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                errors.append(f"header defects {name}: {value.defects}")
    if str(msg["subject"]) != spec["subject"]:
        errors.append(f"subject {msg['subject']!r}")
    frm = msg["from"].addresses[0]
    if frm.display_name != spec["frm"][0] or frm.addr_spec.lower() != spec["frm"][1].lower():
        errors.append(f"from {frm.display_name!r} {frm.addr_spec!r}")
    if msg["date"].datetime != when(spec):
        errors.append("date")
    if when(spec).year != 2026:
        errors.append("year")
    got: list[tuple[str, str | bytes]] = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        content = part.get_content()
        if isinstance(content, str):
            content = content.replace("\r\n", "\n")
        got.append((part.get_content_type(), content))
    want = [(k, v.replace("\r\n", "\n") if isinstance(v, str) else v) for k, v in expect]
    if got != want:
        errors.append("bodies do not round-trip")
    # labels
    kind, lang, company, contact = spec["kind"], spec["lang"], spec["company"], spec["contact"]
    if kind not in KINDS or lang not in LANGS:
        errors.append("kind/lang")
    senders = [a.addr_spec.lower() for h in ("reply-to", "from") if msg[h]
               for a in msg[h].addresses]
    own = frm.addr_spec.lower() == common.CANDIDATE_ADDR
    if own and (kind != "other" or contact):
        errors.append("own mail must be other without contact")
    if kind == "other" and company:
        errors.append("company on other")
    if kind != "other" and (not company or company != company.strip() or LEGAL.search(company)):
        errors.append(f"company {company!r}")
    if contact:
        if contact != contact.lower() or contact not in senders or is_system(contact) or \
                contact == common.CANDIDATE_ADDR:
            errors.append(f"contact {contact!r}")
    else:
        reply = [a.addr_spec.lower() for a in msg["reply-to"].addresses] if msg["reply-to"] \
            else []
        human = [a for a in [*reply, frm.addr_spec.lower()]
                 if not is_system(a) and a != common.CANDIDATE_ADDR]
        if human and not spec.get("contact_empty_ok") and kind != "other":
            errors.append(f"contact empty but human sender {human}")
    return errors


def main() -> int:
    specs = all_specs()
    builder = Builder(specs)
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    (ROOT / "labels.csv").unlink(missing_ok=True)
    rows = []
    failures = []
    counters: dict[str, int] = {}
    for spec in sorted(specs, key=lambda s: (when(s), s["id"])):
        kind = spec["kind"]
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['id']}.eml"
        expect: list[tuple[str, str | bytes]] = []
        data = to_bytes(builder.build(spec, expect))
        for err in check(spec, data, expect):
            failures.append(f"{rel}: {err}")
        (ROOT / kind).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(data)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    rows.sort()
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[tuple[str, str], int] = {}
    for _, kind, _, _, lang in rows:
        table[kind, lang] = table.get((kind, lang), 0) + 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table.get((kind, lang), 0) for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5d}" for c in counts) + f"{sum(counts):7d}")
    totals = [sum(table.get((k, lang), 0) for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5d}" for c in totals) + f"{sum(totals):7d}")
    for failure in failures:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
