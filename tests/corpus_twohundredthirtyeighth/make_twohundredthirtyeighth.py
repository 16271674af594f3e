#!/usr/bin/env python3
"""Build corpus 238 (Greta Oyelowo-Brandstätter's mailbox) from the hand-written specs.

Run from the repository root:

    python tests/corpus_twohundredthirtyeighth/make_twohundredthirtyeighth.py

Standard library only. Every spec in msgs238_rejections / msgs238_invites / msgs238_acks /
msgs238_other is turned into one .eml under <kind>/<nnn>_<scenario>.eml and one row of
labels.csv. Headers are written by hand (so encoded words can use utf-8, iso-8859-1 and
windows-1252 in Q and B form); bodies are built with the email package with a chosen charset
and transfer encoding. Boundaries, Message-IDs and dates are deterministic. Every written file
is parsed back with the default policy and checked: no defects, subject, addresses and every
text part round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime
import email
import email.policy
import hashlib
import quopri
import sys
import textwrap
from email.generator import BytesGenerator
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

import msgs238_acks  # noqa: E402
import msgs238_common as common  # noqa: E402
import msgs238_invites  # noqa: E402
import msgs238_other  # noqa: E402
import msgs238_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}
HEADER = ["file", "kind", "company", "contact", "language"]
CTE_NAMES = {"7bit": "7bit", "8bit": "8bit", "qp": "quoted-printable", "b64": "base64",
             "base64": "base64", "quoted-printable": "quoted-printable"}

# ---------------------------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------------------------

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(raw: bytes) -> str:
    return "".join("_" if c == 0x20 else chr(c) if c in _Q_SAFE else f"={c:02X}" for c in raw)


def encode_words(text: str, how: str) -> str:
    """RFC 2047 encoded words for text; how = '<charset>-q' or '<charset>-b'. Words longer
    than 75 characters are split (by character) and joined by folding whitespace."""
    charset, mode = how.rsplit("-", 1)
    prefix = f"=?{charset}?{mode.upper()}?"

    def enc(chunk: str) -> str:
        raw = chunk.encode(charset)
        return _q(raw) if mode == "q" else base64.b64encode(raw).decode("ascii")

    words: list[str] = []
    cur = ""
    for ch in text:
        if cur and len(prefix) + len(enc(cur + ch)) + 2 > 75:
            words.append(f"{prefix}{enc(cur)}?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(f"{prefix}{enc(cur)}?=")
    return "\n ".join(words)


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII unstructured value at spaces so lines stay under 78 characters."""
    assert value.isascii(), f"{name} must be ASCII or encoded: {value!r}"
    line = f"{name}: "
    out: list[str] = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if i > 0 and len(line) + len(piece) > 78:
            out.append(line)
            line = piece
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


_SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(entry: tuple) -> str:
    name, addr, *rest = entry
    enc = rest[0] if rest else None
    if not name:
        return addr
    if enc is None and not name.isascii():
        enc = "utf-8-q"
    if enc:
        return f"{encode_words(name, enc)} <{addr}>"
    if any(c in _SPECIALS for c in name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def addr_header(name: str, entries: list[tuple]) -> str:
    return f"{name}: " + ",\n ".join(fmt_addr(e) for e in entries)


def parse_when(when: str) -> datetime.datetime:
    return datetime.datetime.strptime(when, "%Y-%m-%d %H:%M %z")


# ---------------------------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------------------------


def text_part(body: str, subtype: str, charset: str, cte: str, **params: str) -> Message:
    cte = CTE_NAMES[cte]
    if cte != "base64":
        body = body.replace("\r\n", "\n")  # the generator writes its own line ends
    raw = body.encode(charset)
    part = MIMENonMultipart("text", subtype, charset=charset, **params)
    del part["MIME-Version"]
    if cte == "7bit":
        assert raw.isascii(), "7bit body with non-ASCII text"
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = base64.encodebytes(raw).decode("ascii")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def _pdf_str(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(title: str, lines: list[str], when: str) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) with a title and wrapped lines."""
    wrapped: list[str] = []
    for line in lines:
        wrapped += textwrap.wrap(line, 88) or [""]
    ops = [b"BT", b"/F1 15 Tf", b"64 780 Td", _pdf_str(title) + b" Tj", b"/F1 10 Tf",
           b"0 -26 Td"]
    for line in wrapped[:46]:
        ops += [_pdf_str(line) + b" Tj", b"0 -14 Td"]
    ops.append(b"ET")
    stream = b"\n".join(ops)
    stamp = parse_when(when).strftime("D:%Y%m%d%H%M00")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title " + _pdf_str(title) + b" /Producer (corpus238 generator) /CreationDate ("
        + stamp.encode("ascii") + b") >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1) + b"0000000000 65535 f \n"
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return out


def pdf_part(att: dict, when: str) -> Message:
    data = make_pdf(att["title"], att["lines"], when)
    part = MIMEBase("application", "pdf")
    del part["MIME-Version"]
    name = att["filename"]
    fname: str | tuple[str, str, str] = name if name.isascii() else ("utf-8", "", name)
    part.set_param("name", fname)
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    part["Content-Transfer-Encoding"] = "base64"
    part.add_header("Content-Disposition", "attachment", filename=fname)
    return part


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out: list[str] = []
    cur = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


_VTIMEZONE = [
    "BEGIN:VTIMEZONE", "TZID:{tz}", "BEGIN:STANDARD", "DTSTART:16011028T030000",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010325T020000",
    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "END:DAYLIGHT", "END:VTIMEZONE",
]


def make_ics(cal: dict, when: str) -> str:
    """An iCalendar object (METHOD REQUEST or CANCEL) for one interview event."""
    tz = cal.get("tz", "Europe/Vienna")
    method = cal["method"]

    def local(stamp: str) -> str:
        return datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    dtstamp = parse_when(when).astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    org_name, org_addr = cal["organizer"]
    lines = ["BEGIN:VCALENDAR",
             "PRODID:" + cal.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
             "VERSION:2.0", f"METHOD:{method}"]
    lines += [x.format(tz=tz) for x in _VTIMEZONE]
    lines += ["BEGIN:VEVENT", f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('seq', 0)}",
              f"DTSTAMP:{dtstamp}",
              f"DTSTART;TZID={tz}:{local(cal['start'])}", f"DTEND;TZID={tz}:{local(cal['end'])}",
              "SUMMARY:" + _ics_escape(cal["summary"])]
    if cal.get("location"):
        lines.append("LOCATION:" + _ics_escape(cal["location"]))
    if cal.get("description"):
        lines.append("DESCRIPTION:" + _ics_escape(cal["description"]))
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    partstat = "NEEDS-ACTION"
    lines.append(f'ATTENDEE;CN="{common.CANDIDATE_NAME}";ROLE=REQ-PARTICIPANT;'
                 f"PARTSTAT={partstat};RSVP=TRUE:mailto:{common.CANDIDATE_ADDR}")
    for name, addr in cal.get("attendees", []):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:'
                     f"mailto:{addr}")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE"]
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER",
                  "TRIGGER;RELATED=START:-PT15M", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded: list[str] = []
    for line in lines:
        folded += _ics_fold(line)
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------------------------


def _token(key: str, n: int = 24) -> str:
    return hashlib.sha1(f"corpus238/{key}".encode()).hexdigest()[:n]


def _domain(addr: str) -> str:
    dom = addr.split("@", 1)[1]
    return "mail.example.at" if addr == common.CANDIDATE_ADDR else dom


def message_id(spec: dict) -> str:
    if spec.get("mid"):
        return spec["mid"]
    key = spec["id"]
    dom = spec.get("mid_domain") or _domain(spec["from"][1])
    style = int(_token(key, 2), 16) % 3
    if style == 0:
        return f"<{_token(key, 32)}@{dom}>"
    if style == 1:
        t = _token(key, 28).upper()
        return f"<{t[:8]}.{t[8:16]}.{t[16:]}@{dom}>"
    return f"<{_token(key, 12)}-{_token(key + '#', 8)}-{parse_when(spec['date']):%Y%m%d}@{dom}>"


class Builder:
    def __init__(self, specs: list[dict]) -> None:
        self.by_id = {s["id"]: s for s in specs}
        assert len(self.by_id) == len(specs), "duplicate spec ids"

    def mid(self, ref: str) -> str:
        if ref.startswith("<"):
            return ref
        return message_id(self.by_id[ref])

    def refs(self, spec: dict) -> list[str]:
        extra = [self.mid(ref) for ref in spec.get("refs", [])]
        parent = spec.get("reply")
        if not parent:
            return extra
        chain: list[str] = []
        if not parent.startswith("<"):
            chain = self.refs(self.by_id[parent])
        out: list[str] = []
        for ref in [*chain, *extra, self.mid(parent)]:
            if ref not in out:
                out.append(ref)
        return out

    # -- body ---------------------------------------------------------------------------------
    def body(self, spec: dict, index: int) -> tuple[Message, list[tuple[str, str]]]:
        expected: list[tuple[str, str]] = []
        charset = spec.get("charset", "utf-8")
        alts: list[Message] = []
        text = spec.get("text")
        html = spec.get("html")
        if text is not None:
            cte = spec.get("cte") or ("7bit" if text.isascii() else "qp")
            alts.append(text_part(text, "plain", charset, cte, **spec.get("text_params", {})))
            expected.append(("text/plain", text))
        if html is not None:
            hcs = spec.get("html_charset", charset)
            hcte = spec.get("html_cte") or spec.get("cte") or ("7bit" if html.isascii() else "qp")
            alts.append(text_part(html, "html", hcs, hcte))
            expected.append(("text/html", html))
        cal = spec.get("ics")
        ics_text = None
        if cal:
            ics_text = make_ics(cal, spec["date"])
            ccte = cal.get("cte") or ("7bit" if ics_text.isascii() else "qp")
            alts.append(text_part(ics_text, "calendar", "utf-8", ccte,
                                  method=cal["method"]))
            expected.append(("text/calendar", ics_text))
        assert alts, f"{spec['id']}: no body"
        if len(alts) == 1:
            body: Message = alts[0]
        else:
            body = MIMEMultipart("alternative", _subparts=alts)
            del body["MIME-Version"]
        extra: list[Message] = []
        for att in spec.get("attach", []):
            extra.append(pdf_part(att, spec["date"]))
        if cal and cal.get("attach"):
            part = MIMEBase("application", "ics", name="invite.ics")
            del part["MIME-Version"]
            part.set_payload(base64.encodebytes(ics_text.encode("utf-8")).decode("ascii"))
            part["Content-Transfer-Encoding"] = "base64"
            part.add_header("Content-Disposition", "attachment", filename="invite.ics")
            extra.append(part)
        inner = spec.get("rfc822")
        if inner:
            inner_bytes, inner_expected = self.render(inner, index * 100 + 1)
            wrapped = MIMEMessage(email.message_from_bytes(inner_bytes))
            del wrapped["MIME-Version"]
            wrapped.add_header("Content-Disposition", "attachment",
                               filename=inner.get("attach_name", "forwarded.eml"))
            extra.append(wrapped)
            expected += inner_expected
        root = body
        if extra:
            root = MIMEMultipart("mixed", _subparts=[body, *extra])
            del root["MIME-Version"]
        n = 0
        for part in root.walk():
            if part.get_content_maintype() == "multipart" and not part.get_boundary():
                n += 1
                part.set_boundary(f"=_238_{index:05d}_{n}_{_token(spec['id'], 10)}")
        # MIME-Version goes on the root only, written by header_block().
        return root, expected

    def header_block(self, spec: dict) -> str:
        when = parse_when(spec["date"])
        assert when.year == 2026 and when.month <= 10, spec["id"]
        lines = [f"Date: {format_datetime(when)}", addr_header("From", [spec["from"]])]
        if spec.get("reply_to"):
            lines.append(addr_header("Reply-To", [spec["reply_to"]]))
        lines.append(addr_header("To", spec.get("to", [common.CANDIDATE])))
        if spec.get("cc"):
            lines.append(addr_header("Cc", spec["cc"]))
        subject = spec["subject"]
        if spec.get("subj_enc"):
            lines.append("Subject: " + encode_words(subject, spec["subj_enc"]))
        else:
            lines.append(fold_plain("Subject", subject))
        lines.append(f"Message-ID: {message_id(spec)}")
        if spec.get("reply"):
            lines.append(f"In-Reply-To: {self.mid(spec['reply'])}")
        refs = self.refs(spec)
        if refs:
            lines.append("References: " + "\n ".join(refs))
        for name, value in spec.get("headers", []):
            assert value.isascii(), (spec["id"], name)
            lines.append(f"{name}: {value}")
        lines.append("MIME-Version: 1.0")
        return "\n".join(lines) + "\n"

    def render(self, spec: dict, index: int) -> tuple[bytes, list[tuple[str, str]]]:
        root, expected = self.body(spec, index)
        buf = BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(root, linesep="\n")
        return self.header_block(spec).encode("ascii") + buf.getvalue(), expected


# ---------------------------------------------------------------------------------------------
# Verification
# ---------------------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(path: Path, spec: dict, expected: list[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = path.name
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{where}: {name} defects {value.defects}"
    assert str(msg["subject"]) == spec["subject"], (where, str(msg["subject"]))
    frm = msg["from"].addresses[0]
    assert frm.addr_spec == spec["from"][1], where
    assert frm.display_name == spec["from"][0], (where, frm.display_name)
    if spec.get("reply_to"):
        rt = msg["reply-to"].addresses[0]
        assert (rt.display_name, rt.addr_spec) == tuple(spec["reply_to"][:2]), where
    got = [(p.get_content_type(), _norm(p.get_content())) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    want = [(ctype, _norm(text)) for ctype, text in expected]
    assert got == want, f"{where}: text parts do not round-trip"
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), where
    assert msg["date"].datetime.year == 2026, where


def check_label(spec: dict) -> None:
    sid = spec["id"]
    assert spec["kind"] in KINDS, sid
    assert spec["lang"] in LANGS, sid
    if spec["kind"] == "other":
        assert spec.get("company", "") == "", sid
    else:
        assert spec.get("company"), sid
    contact = spec.get("contact", "")
    if contact:
        assert contact == contact.lower(), sid
        pool = [spec["from"][1].lower()]
        if spec.get("reply_to"):
            pool.append(spec["reply_to"][1].lower())
        assert contact in pool, sid
    if spec["from"][1] == common.CANDIDATE_ADDR:
        assert spec["kind"] == "other" and not contact, sid


def main() -> None:
    specs = [*msgs238_rejections.MESSAGES, *msgs238_invites.MESSAGES, *msgs238_acks.MESSAGES,
             *msgs238_other.MESSAGES]
    builder = Builder(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    counters = dict.fromkeys(KINDS, 0)
    rows: list[list[str]] = []
    index = 0
    for kind in KINDS:
        for spec in (s for s in specs if s["kind"] == kind):
            check_label(spec)
            index += 1
            counters[kind] += 1
            rel = f"{kind}/{counters[kind]:03d}_{spec['scen']}.eml"
            try:
                data, expected = builder.render(spec, index)
            except Exception as error:
                raise SystemExit(f"{spec['id']}: {type(error).__name__}: {error}") from error
            path = HERE / rel
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            verify(path, spec, expected)
            rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""),
                         spec["lang"]])
    mids = [message_id(s) for s in specs]
    assert len(set(mids)) == len(mids), "duplicate Message-IDs"
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        langs = {lang: sum(1 for s in specs if s["kind"] == kind and s["lang"] == lang)
                 for lang in ("de", "en", "fr", "es")}
        print(f"  {kind:32s} {counters[kind]:3d}  {langs}")


if __name__ == "__main__":
    main()
