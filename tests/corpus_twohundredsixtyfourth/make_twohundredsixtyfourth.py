"""Build corpus 264 (.eml files and labels.csv) from the hand-written specs.

Run from the repository root:  python tests/corpus_twohundredsixtyfourth/make_twohundredsixtyfourth.py

Standard library only. The message bodies are built with the `email` package; the top-level
header block is written here so that encoded words can use the charset and the Q/B encoding
each spec asks for. Boundaries, Message-IDs and dates are deterministic. Every written file is
parsed back with the default policy and checked: no defects, subject and text parts round-trip.
Only *.eml files and labels.csv inside this folder are deleted and rewritten.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import itertools
import quopri
import re
import sys
from email.generator import BytesGenerator
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs264_acks  # noqa: E402
import msgs264_common as common  # noqa: E402
import msgs264_invites  # noqa: E402
import msgs264_other  # noqa: E402
import msgs264_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}
KEYS = {
    "kind", "slug", "lang", "company", "contact", "frm", "frm_enc", "reply_to", "rt_enc", "to",
    "cc", "subject", "subj_enc", "date", "tz", "body", "html", "form", "frame", "brand",
    "color", "footer", "charset", "cte", "html_charset", "html_cte", "attach", "ics",
    "ics_where", "headers", "thread", "msgid_domain", "unsubscribe",
}
LEGAL = re.compile(r"(?i)[\s,](gmbh|ag|se|kg|ohg|ug|mbh|eg|e\.\s?v\.|ltd\.?|limited|inc\.?|llc|plc|"
                   r"s\.a\.?|sa|s\.l\.?|sl|slu|sas|sarl|s\.a\.r\.l\.|sp\. z o\.o\.|bv|nv)$")
SYSTEM = re.compile(r"(?i)(no-?reply|do-?not-?reply|ne-?pas-?repondre|no-?responder|"
                    r"notifications?|mailer|bounce|alerts?|"
                    r"@(.+\.)?(myworkday\.com|greenhouse-mail\.io|hire\.lever\.co|"
                    r"smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com|"
                    r"personio\.de|successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com|"
                    r"workablemail\.com|jobs\.recruitee\.com)$)")

# ---------------------------------------------------------------- headers


def _q_word(chunk: str, charset: str) -> str:
    out = []
    for byte in chunk.encode(charset):
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def _b_word(chunk: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(chunk.encode(charset)).decode('ascii')}?="


def encoded_words(text: str, charset: str, mode: str) -> list[str]:
    """RFC 2047 encoded words, each at most 75 characters, never splitting a character."""
    make = _q_word if mode.upper() == "Q" else _b_word
    words, chunk = [], ""
    for ch in text:
        if chunk and len(make(chunk + ch, charset)) > 75:
            words.append(make(chunk, charset))
            chunk = ch
        else:
            chunk += ch
    words.append(make(chunk, charset))
    return words


def fold_words(name: str, words: list[str], sep: str = " ") -> str:
    """A header line folded before any word that would pass 76 characters."""
    line = f"{name}:"
    lines = []
    for word in words:
        if len(line) + len(sep) + len(word) > 76 and line.strip() != f"{name}:":
            lines.append(line)
            line = " " + word
        else:
            line = line + (" " if line.endswith(":") else sep) + word
    lines.append(line)
    return "\n".join(lines)


def unstructured(name: str, text: str, enc: tuple[str, str] | None) -> str:
    if enc is None and not text.isascii():
        enc = ("utf-8", "Q")
    if enc is None:
        return fold_words(name, text.split(" "))
    return fold_words(name, encoded_words(text, *enc))


_SPECIALS = set('()<>@,;:\\".[]')


def address(person: tuple[str, str] | str, enc: tuple[str, str] | None = None) -> str:
    if isinstance(person, str):
        return person
    name, addr = person
    if not name:
        return addr
    if enc is None and not name.isascii():
        enc = ("utf-8", "Q")
    if enc is not None:
        return " ".join(encoded_words(name, *enc)) + f" <{addr}>"
    if any(c in _SPECIALS for c in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


def address_header(name: str, people: list, enc: tuple[str, str] | None = None) -> str:
    items = [address(p, enc) for p in people]
    joined = [item + ("," if i < len(items) - 1 else "") for i, item in enumerate(items)]
    words: list[str] = []
    for item in joined:
        words.extend(item.split(" "))
    return fold_words(name, words)


# ---------------------------------------------------------------- time


def _dst(local: dt.datetime) -> bool:
    return dt.datetime(2026, 3, 29, 2) <= local < dt.datetime(2026, 10, 25, 3)


def aware(when: str, tz: str | None) -> dt.datetime:
    local = dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    if tz is None:
        tz = "+0200" if _dst(local) else "+0100"
    sign = 1 if tz[0] == "+" else -1
    offset = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return local.replace(tzinfo=dt.timezone(offset))


def utc_stamp(when: str, tz: str | None = None) -> str:
    return aware(when, tz).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


# ---------------------------------------------------------------- parts


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    part = MIMENonMultipart("text", subtype, charset=charset)
    del part["MIME-Version"]
    raw = text.encode(charset)  # raises if the text does not fit the charset
    if cte == "7bit":
        assert raw.isascii(), f"7bit part is not ASCII: {text[:40]!r}"
        part.set_payload(raw.decode("ascii"))
    elif cte == "8bit":
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    return part


def _pdf_text(line: str) -> str:
    raw = line.encode("cp1252", "replace").decode("latin-1")
    return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing the lines in Helvetica."""
    stream = "BT /F1 11 Tf 15 TL 60 780 Td\n" + "".join(
        f"({_pdf_text(line)}) Tj T*\n" for line in lines) + "ET"
    body = stream.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(body)).encode() + b" >>\nstream\n" + body + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _pdf_text(title).encode("latin-1")
        + b") /Producer (corpus 264 generator) /CreationDate (D:20260101000000Z) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> str:
    pieces, cur = [], ""
    for ch in line:
        limit = 75 if not pieces else 74
        if len((cur + ch).encode("utf-8")) > limit:
            pieces.append(cur)
            cur = ch
        else:
            cur += ch
    pieces.append(cur)
    return "\r\n ".join(pieces)


def make_ics(ics: dict, stamp: str) -> str:
    """An iCalendar object (CRLF lines) for a REQUEST or CANCEL."""
    method = ics.get("method", "REQUEST")
    start = ics["start"]
    end_local = (dt.datetime.strptime(start, "%Y-%m-%d %H:%M")
                 + dt.timedelta(minutes=ics.get("minutes", 60))).strftime("%Y-%m-%d %H:%M")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{utc_stamp(start)}",
        f"DTEND:{utc_stamp(end_local)}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines += [
        f"ORGANIZER;CN={_ics_escape(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;CN={common.CANDIDATE_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{common.CANDIDATE_ADDR}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_ics_fold(line) for line in lines) + "\r\n"


# ---------------------------------------------------------------- one message


class Built:
    def __init__(self) -> None:
        self.texts: list[str] = []
        self.boundary = 0


def _boundary(tag: str, built: Built) -> str:
    built.boundary += 1
    return f"----=_Part_264_{tag}_{built.boundary}"


def _html_for(spec: dict, charset: str) -> str:
    if spec.get("html"):
        markup = spec["html"]
    else:
        body, frame = spec["body"], spec.get("frame", "simple")
        if frame == "ats":
            markup = common.ats_card(body, spec["brand"], spec.get("color", "#1f5fa8"),
                                     spec.get("footer", ""))
        elif frame == "outlook":
            markup = common.outlook_html(body, spec["lang"])
        elif frame == "news":
            markup = common.newsletter_html(body, spec["brand"], spec["unsubscribe"])
        else:
            markup = common.simple_html(body)
    # the <meta> charset names the charset the part is really sent in
    return markup.replace("charset=utf-8", f"charset={charset}").replace(
        'charset="utf-8"', f'charset="{charset}"')


def build_body(spec: dict, tag: str, built: Built, stamp: str) -> Message:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "8bit" if charset == "utf-8" else "quoted-printable")
    html_charset = spec.get("html_charset", charset)
    html_cte = spec.get("html_cte", "quoted-printable")
    form = spec.get("form", "plain")
    parts: list[Message] = []
    if form in ("plain", "alt"):
        parts.append(text_part(spec["body"], "plain", charset, cte))
        built.texts.append(spec["body"])
    if form in ("html", "alt"):
        markup = _html_for(spec, html_charset)
        parts.append(text_part(markup, "html", html_charset, html_cte))
        built.texts.append(markup)
    ics = spec.get("ics")
    ics_text = make_ics(ics, stamp) if ics else None
    where = spec.get("ics_where", "alt")
    if ics_text and where in ("alt", "both"):
        cal = text_part(ics_text.replace("\r\n", "\n"), "calendar", "utf-8",
                        "7bit" if ics_text.isascii() else "quoted-printable")
        cal.set_param("method", ics.get("method", "REQUEST"))
        parts.append(cal)
        built.texts.append(ics_text)
    if len(parts) == 1:
        core = parts[0]
    else:
        core = MIMEMultipart("alternative", boundary=_boundary(tag, built))
        del core["MIME-Version"]
        for part in parts:
            core.attach(part)
    attachments: list[Message] = []
    if ics_text and where in ("attach", "both"):
        cal_file = MIMEApplication(ics_text.encode("utf-8"), "ics")
        del cal_file["MIME-Version"]
        cal_file.add_header("Content-Disposition", "attachment",
                            filename=ics.get("filename", "invite.ics"))
        attachments.append(cal_file)
    for item in spec.get("attach", []):
        if "pdf" in item:
            pdf = MIMEApplication(make_pdf(item.get("title", item["pdf"]), item["lines"]), "pdf")
            del pdf["MIME-Version"]
            name = item["pdf"]
            filename = name if name.isascii() else ("utf-8", "", name)
            pdf.add_header("Content-Disposition", "attachment", filename=filename)
            if name.isascii():
                pdf.set_param("name", name)
            attachments.append(pdf)
        elif "eml" in item:
            inner_spec = dict(item["eml"])
            inner_domain = inner_spec["frm"][1].split("@")[1]
            inner_spec["_msgid"] = f"<{tag}.forwarded@{inner_domain}>"
            inner_bytes = render(inner_spec, tag + "i", built)
            inner = email.message_from_bytes(inner_bytes, policy=email.policy.compat32)
            wrapper = MIMEMessage(inner)
            del wrapper["MIME-Version"]
            wrapper.add_header("Content-Disposition", "attachment",
                               filename=item.get("filename", "forwarded.eml"))
            attachments.append(wrapper)
        else:
            raise ValueError(item)
    if not attachments:
        return core
    mixed = MIMEMultipart("mixed", boundary=_boundary(tag, built))
    del mixed["MIME-Version"]
    mixed.attach(core)
    for part in attachments:
        mixed.attach(part)
    return mixed


def render(spec: dict, tag: str, built: Built) -> bytes:
    """The bytes of one message: our header block, then the MIME body from the generator."""
    unknown = {k for k in spec if not k.startswith("_")} - KEYS
    assert not unknown, f"{spec.get('slug')}: unknown keys {unknown}"
    when = aware(spec["date"], spec.get("tz"))
    stamp = when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    body = build_body(spec, tag, built, stamp)
    lines = [address_header("From", [spec["frm"]], spec.get("frm_enc"))]
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], spec.get("rt_enc")))
    lines.append(address_header("To", spec.get("to", [common.CANDIDATE])))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"]))
    lines.append(unstructured("Subject", spec["subject"], spec.get("subj_enc")))
    lines.append(f"Date: {format_datetime(when)}")
    lines.append(f"Message-ID: {spec['_msgid']}")
    if spec.get("_in_reply_to"):
        lines.append(f"In-Reply-To: {spec['_in_reply_to']}")
        lines.append(fold_words("References", spec["_references"]))
    lines.append("MIME-Version: 1.0")
    for name, value in spec.get("headers", []):
        assert value.isascii(), f"{spec['slug']}: header {name} must be ASCII"
        lines.append(f"{name}: {value}")
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=0).flatten(body)
    return ("\n".join(lines) + "\n").encode("ascii") + out.getvalue()


# ---------------------------------------------------------------- checks


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(spec: dict, data: bytes, built: Built) -> None:
    name = spec["_file"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{name}: defects {part.defects}"
        for key, value in part.items():
            assert not getattr(value, "defects", ()), f"{name}: {key} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{name}: subject {msg['Subject']!r}"
    got = [_norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    want = [_norm(t) for t in built.texts]
    assert got == want, f"{name}: text parts do not round-trip"
    sender = getaddresses([str(msg["From"])])[0]
    assert sender[1] == spec["frm"][1], f"{name}: From {sender}"
    if spec["frm"][0]:
        assert sender[0] == spec["frm"][0], f"{name}: From name {sender[0]!r}"
    assert msg["Date"].datetime.year == 2026, name


def check_labels(spec: dict) -> None:
    name = spec["slug"]
    assert spec["kind"] in KINDS and spec["lang"] in LANGS, name
    own = spec["frm"][1] == common.CANDIDATE_ADDR
    company, contact = spec.get("company", ""), spec.get("contact", "")
    if own:
        assert spec["kind"] == "other" and not contact, name
    if spec["kind"] == "other":
        assert not company, f"{name}: other has no company"
    else:
        assert company and not LEGAL.search(company), f"{name}: company {company!r}"
    if contact:
        assert contact == contact.lower() and not SYSTEM.search(contact), name
        offered = [spec["frm"][1].lower()]
        if spec.get("reply_to"):
            offered.append(spec["reply_to"][1].lower())
        assert contact in offered, f"{name}: contact {contact} not in From/Reply-To"
    else:
        humans = [a for a in [spec["frm"][1]] + ([spec["reply_to"][1]] if spec.get("reply_to")
                  else []) if not SYSTEM.search(a.lower()) and a != common.CANDIDATE_ADDR]
        assert spec["kind"] == "other" or not humans, f"{name}: human {humans} but no contact"


# ---------------------------------------------------------------- main


def all_specs() -> list[dict]:
    specs = []
    for module in (msgs264_rejections, msgs264_invites, msgs264_acks, msgs264_other):
        specs.extend(dict(s) for s in module.MESSAGES)
    return specs


def assign(specs: list[dict]) -> None:
    counters = dict.fromkeys(KINDS, 0)
    for spec in specs:
        counters[spec["kind"]] += 1
        spec["_file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
        digest = hashlib.sha1(spec["_file"].encode()).hexdigest()[:12]
        domain = spec.get("msgid_domain") or spec["frm"][1].split("@")[1]
        stamp = aware(spec["date"], spec.get("tz")).strftime("%Y%m%d%H%M%S")
        spec["_msgid"] = f"<{stamp}.{digest}@{domain}>"
    threads: dict[str, list[dict]] = {}
    for spec in specs:
        if spec.get("thread"):
            threads.setdefault(spec["thread"][0], []).append(spec)
    for key, members in threads.items():
        members.sort(key=lambda s: s["thread"][1])
        steps = [s["thread"][1] for s in members]
        assert len(set(steps)) == len(steps), f"thread {key}: duplicate steps"
        for before, after in itertools.pairwise(members):
            assert aware(before["date"], before.get("tz")) < aware(after["date"], after.get("tz")), (
                f"thread {key}: {after['_file']} is not after {before['_file']}")
        for i, spec in enumerate(members[1:], start=1):
            spec["_in_reply_to"] = members[i - 1]["_msgid"]
            spec["_references"] = [m["_msgid"] for m in members[:i]]


def main() -> None:
    specs = all_specs()
    for spec in specs:
        check_labels(spec)
    assign(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    for spec in specs:
        built = Built()
        tag = hashlib.sha1(spec["_file"].encode()).hexdigest()[:8]
        try:
            data = render(spec, tag, built)
            verify(spec, data, built)
        except Exception as error:
            raise SystemExit(f"{spec['_file']}: {type(error).__name__}: {error}") from error
        path = HERE / spec["_file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([spec["_file"], spec["kind"], spec.get("company", ""),
                     spec.get("contact", ""), spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for _, kind, _, _, lang in rows:
        counts[kind, lang] = counts.get((kind, lang), 0) + 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in ("de", "en", "fr", "es")) + "  total")
    for kind in KINDS:
        row = [counts.get((kind, lang), 0) for lang in ("de", "en", "fr", "es")]
        print(f"{kind:34}" + "".join(f"{n:5}" for n in row) + f"{sum(row):7}")
    totals = [sum(counts.get((k, lang), 0) for k in KINDS) for lang in ("de", "en", "fr", "es")]
    print(f"{'total':34}" + "".join(f"{n:5}" for n in totals) + f"{sum(totals):7}")


if __name__ == "__main__":
    main()
