"""Build corpus 184 from the hand-written specs in the msgs184_* modules.

Run from the repository root:  python tests/corpus_hundredeightyfourth/make_hundredeightyfourth.py

Standard library only. It deletes and rewrites the *.eml files and labels.csv in this folder
(nothing else), then re-parses every message with the default policy and checks that it has no
defects and that its subject, display names and text bodies come back as written.
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
from collections import Counter
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs184_acks  # noqa: E402
import msgs184_invites  # noqa: E402
import msgs184_other  # noqa: E402
import msgs184_rejections  # noqa: E402
from msgs184_common import (  # noqa: E402
    CANDIDATE,
    CANDIDATE_ADDR,
    ats_card,
    outlook_html,
    plain_html,
    text_to_html,
)

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.?|S\.L\.?|SL|SLU|SAS|SARL|Ltd\.?|Limited|Inc\.?|LLC|plc|"
                   r"KG|SE|BV|NV|DAC|UC)\s*$", re.IGNORECASE)
MACHINE = re.compile(r"no-?reply|do-?not-?reply|notification|mailer|bounce|alerts?@|"
                     r"myworkday|greenhouse|lever\.co|smartrecruiters|icims|ashbyhq|teamtailor|"
                     r"personio|successfactors|taleo|softgarden|bamboohr|workable|recruitee",
                     re.IGNORECASE)


class Ctx:
    """Per-message state: deterministic boundaries and the text bodies written, in order."""

    def __init__(self, stem: str) -> None:
        self.stem = stem
        self.n = 0
        self.expected: list[tuple[str, str]] = []

    def boundary(self) -> str:
        self.n += 1
        digest = hashlib.sha1(f"{self.stem}/{self.n}".encode()).hexdigest()[:16]
        return f"----=_Part184_{self.n}_{digest}"


# ---------------------------------------------------------------- headers

_Q_SAFE = re.compile(r"[A-Za-z0-9!*+\-/]")


def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """text as RFC 2047 encoded words of at most 75 characters, split on character bounds."""
    prefix = f"=?{charset}?{enc}?"
    budget = 75 - len(prefix) - 2
    words: list[str] = []
    chunk = ""

    def size(s: str) -> int:
        raw = s.encode(charset)
        if enc == "B":
            return 4 * ((len(raw) + 2) // 3)
        return sum(1 if (_Q_SAFE.match(chr(b)) or b == 32) else 3 for b in raw)

    def render(s: str) -> str:
        raw = s.encode(charset)
        if enc == "B":
            return prefix + base64.b64encode(raw).decode("ascii") + "?="
        body = "".join("_" if b == 32 else chr(b) if _Q_SAFE.match(chr(b)) else f"={b:02X}"
                       for b in raw)
        return prefix + body + "?="

    for ch in text:
        if size(chunk + ch) > budget:
            words.append(render(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(render(chunk))
    return words


def fold_words(name: str, words: list[str]) -> str:
    """name: words..., folded so no line passes 78 characters."""
    lines = [f"{name}:"]
    for word in words:
        if len(lines[-1]) + 1 + len(word) > 78 and lines[-1] != f"{name}:":
            lines.append(" " + word)
        else:
            lines[-1] += " " + word
    return "\n".join(lines)


def header_text(name: str, value: str, cs: tuple[str, str] | None = None) -> str:
    """An unstructured header; encoded words when asked or when the text is not ASCII."""
    if cs is None and not value.isascii():
        cs = ("utf-8", "Q")
    if cs is not None:
        return fold_words(name, encoded_words(value, *cs))
    return fold_words(name, value.split(" "))


_ATEXT = re.compile(r"^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$")


def mailbox(name: str, addr: str, cs: tuple[str, str] | None = None) -> list[str]:
    """One address as header tokens (a display name may be several encoded words)."""
    if not name:
        return [addr]
    if cs is None and not name.isascii():
        cs = ("utf-8", "Q")
    if cs is not None:
        return [*encoded_words(name, *cs), f"<{addr}>"]
    if _ATEXT.match(name):
        return [*name.split(" "), f"<{addr}>"]
    escaped = name.replace("\\", "\\\\").replace('"', '\\"')
    return [f'"{escaped}"', f"<{addr}>"]


def address_header(name: str, boxes: list[tuple[str, str]],
                   cs: tuple[str, str] | None = None) -> str:
    tokens: list[str] = []
    for i, (disp, addr) in enumerate(boxes):
        box = mailbox(disp, addr, cs)
        if i < len(boxes) - 1:
            box[-1] += ","
        tokens.extend(box)
    return fold_words(name, tokens)


def when(spec_date: str) -> datetime:
    return datetime.strptime(spec_date, "%Y-%m-%d %H:%M %z")


# ---------------------------------------------------------------- parts


def text_part(ctx: Ctx, body: str, subtype: str, charset: str = "utf-8",
              cte: str | None = None, **params: str) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, charset=charset, **params)
    del part["MIME-Version"]
    raw = body.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    if cte == "7bit":
        assert raw.isascii(), f"{ctx.stem}: 7bit body is not ASCII"
        payload = body
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    ctx.expected.append((f"text/{subtype}", body))
    return part


def ics_utc(value: str) -> str:
    return when(value).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out: list[str] = []
    raw = line
    while len(raw.encode("utf-8")) > 75:
        cut = 74 if out else 75
        piece = ""
        for ch in raw:
            if len((piece + ch).encode("utf-8")) > cut:
                break
            piece += ch
        out.append(piece)
        raw = " " + raw[len(piece):]
    out.append(raw)
    return out


def make_ics(ics: dict, stamp: str) -> str:
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus184//Calendar 1.0//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{ics_utc(stamp)}",
        f"DTSTART:{ics_utc(ics['start'])}",
        f"DTEND:{ics_utc(ics['end'])}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines.append(f"ORGANIZER;CN={org_name}:mailto:{org_addr}")
    for name, addr in ics.get("attendees", [CANDIDATE]):
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{name}"'
                     f":mailto:{addr}")
    status = ics.get("status", "CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def pdf_escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str], title: str) -> bytes:
    """A one-page PDF 1.4 with the given lines in Helvetica; offsets computed, so it is valid."""
    text = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for line in lines:
        text.append(f"({pdf_escape(line)}) Tj T*")
    text.append("ET")
    stream = "\n".join(text).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + pdf_escape(title).encode("cp1252") + b") /Producer (corpus184) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def html_for(spec: dict) -> str | None:
    if spec.get("html") is not None:
        return spec["html"]
    layout = spec.get("layout")
    if layout is None:
        return None
    body = text_to_html(spec["text"])
    if layout[0] == "card":
        return ats_card(layout[1], layout[2], body, layout[3] if len(layout) > 3 else "")
    if layout[0] == "outlook":
        return outlook_html(body)
    if layout[0] == "plain":
        return plain_html(body)
    raise ValueError(layout)


def build_body(ctx: Ctx, spec: dict, ids: dict[str, str]):
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    alternatives = []
    html = html_for(spec)
    if spec.get("text") is not None and not spec.get("html_only"):
        alternatives.append(text_part(ctx, spec["text"], "plain", charset, cte))
    if html is not None:
        html_charset = spec.get("html_charset", charset)
        if spec.get("html") is None:  # a shell from msgs184_common declares utf-8
            html = html.replace('charset="utf-8"', f'charset="{html_charset}"')
            html = html.replace("charset=utf-8", f"charset={html_charset}")
        alternatives.append(text_part(ctx, html, "html", html_charset,
                                      spec.get("html_cte", cte)))
    ics = spec.get("ics")
    if ics is not None and not ics.get("only_attached"):
        alternatives.append(text_part(ctx, make_ics(ics, spec["date"]), "calendar", "utf-8",
                                      spec.get("ics_cte", "base64"), method=ics["method"]))
    assert alternatives, f"{ctx.stem}: no body"
    if len(alternatives) == 1:
        body = alternatives[0]
    else:
        body = MIMEMultipart("alternative", boundary=ctx.boundary())
        del body["MIME-Version"]
        for part in alternatives:
            body.attach(part)
    attachments = []
    if ics is not None and (ics.get("attach") or ics.get("only_attached")):
        part = text_part(ctx, make_ics(ics, spec["date"]), "calendar", "utf-8", "base64",
                         method=ics["method"])
        part.add_header("Content-Disposition", "attachment", filename=ics.get("file", "invite.ics"))
        attachments.append(part)
    for pdf in spec.get("pdf", []):
        part = MIMEApplication(make_pdf(pdf["lines"], pdf.get("title", pdf["file"])), "pdf")
        del part["MIME-Version"]
        if pdf["file"].isascii():
            part.add_header("Content-Disposition", "attachment", filename=pdf["file"])
            part.set_param("name", pdf["file"])
        else:
            part.add_header("Content-Disposition", "attachment",
                            filename=("utf-8", "", pdf["file"]))
        attachments.append(part)
    if spec.get("attach_msg") is not None:
        inner = email.message_from_bytes(render(ctx, spec["attach_msg"], ids))
        part = MIMEMessage(inner)
        del part["MIME-Version"]
        part.add_header("Content-Disposition", "inline")
        attachments.append(part)
    if not attachments:
        return body
    mixed = MIMEMultipart("mixed", boundary=ctx.boundary())
    del mixed["MIME-Version"]
    mixed.attach(body)
    for part in attachments:
        mixed.attach(part)
    return mixed


def msgid(spec: dict) -> str:
    key = spec.get("key", spec["slug"])
    domain = spec["frm"][1].split("@", 1)[1]
    digest = hashlib.sha1(key.encode()).hexdigest()[:12].upper()
    return f"<{key}.{digest}@{domain}>"


def render(ctx: Ctx, spec: dict, ids: dict[str, str]) -> bytes:
    """Header block written by hand (so encoded words use the chosen charsets) + MIME body."""
    body = build_body(ctx, spec, ids)
    lines = []
    lines.append(address_header("From", [spec["frm"]], spec.get("frm_cs")))
    lines.append(address_header("To", spec.get("to", [CANDIDATE]), spec.get("to_cs")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], spec.get("cc_cs")))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], spec.get("reply_to_cs")))
    lines.append(header_text("Subject", spec["subject"], spec.get("subj_cs")))
    lines.append(f"Date: {format_datetime(when(spec['date']))}")
    lines.append(f"Message-ID: {ids.get(spec.get('key', spec['slug'])) or msgid(spec)}")
    refs = [ids.get(r) or f"<{r}.{hashlib.sha1(r.encode()).hexdigest()[:12].upper()}"
            f"@mail.example.co.uk>" for r in spec.get("refs", [])]
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append(fold_words("References", refs))
    for name, value in spec.get("headers", []):
        lines.append(f"{name}: {value}")
    out = io.BytesIO()
    gen = BytesGenerator(out, mangle_from_=False, maxheaderlen=78,
                         policy=email.policy.compat32)
    gen.flatten(body)
    head = "\n".join(lines).encode("ascii") + b"\nMIME-Version: 1.0\n"
    return head + out.getvalue()


# ---------------------------------------------------------------- checks


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip()


def check(path: Path, spec: dict, ctx: Ctx) -> None:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = path.name
    for part in message.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{where}: {name} defects {value.defects}"
    assert str(message["Subject"]) == spec["subject"], f"{where}: subject {message['Subject']!r}"
    frm = message["From"].addresses[0]
    assert (frm.display_name, frm.addr_spec) == tuple(spec["frm"]), f"{where}: From {frm}"
    got = [(p.get_content_type(), norm(p.get_content())) for p in message.walk()
           if p.get_content_maintype() == "text"]
    want = [(ct, norm(body)) for ct, body in ctx.expected]
    assert got == want, f"{where}: bodies do not round-trip"
    assert message["Date"].datetime.year == 2026, f"{where}: year"
    pairs = getaddresses([str(v) for h in ("From", "Reply-To") for v in message.get_all(h, [])])
    senders = [a.lower() for _, a in pairs]
    contact = spec.get("contact", "")
    own = spec["frm"][1] == CANDIDATE_ADDR
    if own:
        assert spec["kind"] == "other" and not contact, f"{where}: own mail"
    if contact:
        assert contact == contact.lower() and contact in senders, f"{where}: contact {contact}"
        assert not MACHINE.search(contact), f"{where}: machine contact {contact}"
    company = spec.get("company", "")
    if spec["kind"] == "other":
        assert not company, f"{where}: company on other"
    else:
        assert company and not LEGAL.search(company), f"{where}: company {company!r}"


def main() -> None:
    specs = [*msgs184_rejections.MESSAGES, *msgs184_invites.MESSAGES, *msgs184_acks.MESSAGES,
             *msgs184_other.MESSAGES]
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    ids: dict[str, str] = {}
    for spec in specs:
        key = spec.get("key", spec["slug"])
        assert key not in ids, f"duplicate key {key}"
        ids[key] = msgid(spec)
    numbers: Counter[str] = Counter()
    rows = []
    for spec in specs:
        kind, lang = spec["kind"], spec["lang"]
        assert kind in KINDS and lang in LANGS, spec["slug"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        ctx = Ctx(rel)
        try:
            path.write_bytes(render(ctx, spec, ids))
            check(path, spec, ctx)
        except Exception as exc:
            raise SystemExit(f"{rel}: {type(exc).__name__}: {exc}") from exc
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), lang])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((r[1], r[4]) for r in rows)
    print(f"{'kind':32}" + "".join(f"{lg:>5}" for lg in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lg)] for lg in LANGS]
        print(f"{kind:32}" + "".join(f"{c:5}" for c in counts) + f"  {sum(counts):5}")
    totals = [sum(table[(k, lg)] for k in KINDS) for lg in LANGS]
    print(f"{'total':32}" + "".join(f"{c:5}" for c in totals) + f"  {sum(totals):5}")


if __name__ == "__main__":
    main()
