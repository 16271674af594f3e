"""Build corpus 293 from the hand-written specs in the msgs293_* modules.

Run from the repository root:  python tests/corpus_twohundredninetythird/make_twohundredninetythird.py
Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder.
"""

from __future__ import annotations

import base64
import csv
import email
import email.encoders
import email.policy
import hashlib
import io
import sys
from datetime import UTC, datetime
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs293_acks  # noqa: E402
import msgs293_invites  # noqa: E402
import msgs293_other  # noqa: E402
import msgs293_rejections  # noqa: E402
from msgs293_common import CANDIDATE, CANDIDATE_ADDR  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["es", "en", "fr", "de"]

# ------------------------------------------------------------------ RFC 2047 encoded words

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _q_char(ch: str, charset: str) -> str:
    if ch == " ":
        return "_"
    data = ch.encode(charset)
    return "".join(chr(b) if b in _Q_SAFE else f"={b:02X}" for b in data)


def encoded_words(text: str, charset: str, mode: str) -> list[str]:
    """Split text into RFC 2047 encoded words of at most 75 characters each."""
    prefix, suffix = f"=?{charset}?{mode}?", "?="
    room = 75 - len(prefix) - len(suffix)
    words: list[str] = []
    if mode == "Q":
        cur = ""
        for ch in text:
            piece = _q_char(ch, charset)
            if len(cur) + len(piece) > room:
                words.append(prefix + cur + suffix)
                cur = ""
            cur += piece
        if cur:
            words.append(prefix + cur + suffix)
        return words
    limit = room // 4 * 3
    cur_b = b""
    for ch in text:
        data = ch.encode(charset)
        if len(cur_b) + len(data) > limit:
            words.append(prefix + base64.b64encode(cur_b).decode() + suffix)
            cur_b = b""
        cur_b += data
    if cur_b:
        words.append(prefix + base64.b64encode(cur_b).decode() + suffix)
    return words


def fold_ascii(value: str, first: int) -> str:
    """Fold a plain ASCII header value at spaces so lines stay under 78 characters."""
    out, line = [], ""
    width = 78 - first
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line, width = word, 77
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n ".join(out)


def header_text(name: str, value: str, cs: tuple[str, str] | None) -> str:
    if cs is None and not value.isascii():
        cs = ("utf-8", "Q")
    if cs is None:
        return f"{name}: {fold_ascii(value, len(name) + 2)}"
    return f"{name}: " + "\n ".join(encoded_words(value, *cs))


def mailbox(pair: tuple[str, str], cs: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if cs is None and name.isascii():
        return formataddr((name, addr))
    cs = cs or ("utf-8", "Q")
    return " ".join(encoded_words(name, *cs)) + f" <{addr}>"


def mailboxes(pairs: list[tuple[str, str]]) -> str:
    return ",\n ".join(mailbox(p) for p in pairs)


# ------------------------------------------------------------------ PDF and iCalendar

def make_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF 1.4 with Helvetica text; offsets in the xref table are exact."""
    def pdf_str(s: str) -> str:
        data = s.encode("cp1252", "replace").decode("latin-1")
        return data.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for line in lines:
        ops.append(f"({pdf_str(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + pdf_str(title).encode("latin-1") + b") /Producer (corpus293) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, xref))
    return out.getvalue()


_TZ = {
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Lisbon": ("+0000", "+0100", "WET", "WEST"),
}


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> str:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\n".join(out)


def _ics_time(value: str) -> str:
    return datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")


def make_ics(ics: dict, stamp: datetime) -> str:
    tz = ics.get("tz", "Europe/Madrid")
    std, dst, std_name, dst_name = _TZ[tz]
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus293//Calendar 1.0//EN", "VERSION:2.0",
        f"METHOD:{ics['method']}", "CALSCALE:GREGORIAN",
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{std_name}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;TZID={tz}:{_ics_time(ics['start'])}",
        f"DTEND;TZID={tz}:{_ics_time(ics['end'])}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines.append(f"ORGANIZER;CN={_ics_escape(org_name)}:mailto:{org_addr}")
    for name, addr in ics.get("attendees", [CANDIDATE]):
        lines.append(f"ATTENDEE;CN={_ics_escape(name)};ROLE=REQ-PARTICIPANT;"
                     f"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{addr}")
    default_status = "CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED"
    lines += [f"STATUS:{ics.get('status', default_status)}", "TRANSP:OPAQUE",
              "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_ics_fold(x) for x in lines) + "\n"


# ------------------------------------------------------------------ MIME building

def _charset(name: str, cte: str) -> Charset:
    cs = Charset(name)
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}[cte]
    return cs


def _text_part(text: str, subtype: str, charset: str, cte: str) -> MIMEText:
    if cte == "7bit":
        assert text.isascii(), "7bit part with non-ASCII text"
        charset = "us-ascii"
    return MIMEText(text, subtype, _charset(charset, cte))


class Builder:
    def __init__(self, ident: str) -> None:
        self.ident = ident
        self.count = 0

    def boundary(self) -> str:
        self.count += 1
        return f"----=_Part293_{self.ident}_{self.count:02d}"

    def body(self, spec: dict, date: datetime) -> MIMEBase:
        charset = spec.get("charset", "utf-8")
        text, htm = spec.get("text"), spec.get("html")
        default_cte = "8bit" if charset == "utf-8" else "qp"
        cte = spec.get("cte", default_cte)
        alt_parts: list[MIMEBase] = []
        if text is not None:
            all_ascii = text.isascii() and (htm is None or htm.isascii())
            alt_parts.append(_text_part(text, "plain", charset,
                                        "7bit" if cte == "7bit" and all_ascii else cte))
        if htm is not None:
            alt_parts.append(_text_part(htm, "html", charset, spec.get("html_cte", cte)))
        ics = spec.get("ics")
        mode = spec.get("ics_mode", "alt")
        attachments: list[MIMEBase] = []
        if ics:
            cal = make_ics(ics, date)
            if mode in ("alt", "both"):
                part = _text_part(cal, "calendar", "utf-8", "8bit" if cal.isascii() else "qp")
                part.set_param("method", ics["method"])
                alt_parts.append(part)
            if mode in ("attach", "both"):
                att = MIMEBase("application", "ics", name="invite.ics")
                att.set_payload(cal.encode("utf-8"))
                email.encoders.encode_base64(att)
                att.add_header("Content-Disposition", "attachment", filename="invite.ics")
                attachments.append(att)
        for filename, title, lines in spec.get("pdf", []):
            att = MIMEApplication(make_pdf(title, lines), "pdf", name=filename)
            att.add_header("Content-Disposition", "attachment", filename=filename)
            attachments.append(att)
        if spec.get("rfc822"):
            inner = spec["rfc822"]
            inner_bytes = build_bytes(inner, f"{self.ident}i", inner["mid"], {})
            nested = email.message_from_bytes(inner_bytes, policy=email.policy.compat32)
            attachments.append(MIMEMessage(nested))
        if len(alt_parts) == 1:
            core = alt_parts[0]
        else:
            core = MIMEMultipart("alternative", boundary=self.boundary())
            for p in alt_parts:
                core.attach(p)
        if not attachments:
            return core
        root = MIMEMultipart("mixed", boundary=self.boundary())
        root.attach(core)
        for att in attachments:
            root.attach(att)
        return root


def _flatten(part: MIMEBase) -> bytes:
    for sub in part.walk():
        if "MIME-Version" in sub:
            del sub["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78,
                   policy=email.policy.compat32.clone(linesep="\n")).flatten(part)
    return buf.getvalue()


def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def build_bytes(spec: dict, ident: str, mid: str, refs: dict) -> bytes:
    date = parse_date(spec["date"])
    lines = [f"From: {mailbox(spec['frm'], spec.get('name_cs'))}",
             f"To: {mailboxes(spec.get('to', [CANDIDATE]))}"]
    if spec.get("cc"):
        lines.append(f"Cc: {mailboxes(spec['cc'])}")
    if spec.get("reply_to"):
        lines.append(f"Reply-To: {mailbox(spec['reply_to'])}")
    lines.append(header_text("Subject", spec["subject"], spec.get("subj_cs")))
    lines.append(f"Date: {format_datetime(date)}")
    lines.append(f"Message-ID: {mid}")
    if refs.get("in_reply_to"):
        lines.append(f"In-Reply-To: {refs['in_reply_to']}")
        lines.append("References: " + "\n ".join(refs["references"]))
    for name, value in spec.get("headers", []):
        assert value.isascii(), f"{name} must be ASCII"
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    mime = _flatten(Builder(ident).body(spec, date))
    return ("\n".join(lines) + "\n").encode("ascii") + mime


# ------------------------------------------------------------------ checks after writing

def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check_roundtrip(raw: bytes, spec: dict, rel: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{rel}: defects {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID", "Reply-To", "Cc"):
        value = msg[name]
        if value is not None:
            assert not value.defects, f"{rel}: {name} defects {value.defects}"
    assert str(msg["subject"]) == spec["subject"], f"{rel}: subject {msg['subject']!r}"
    assert parse_date(spec["date"]) == msg["date"].datetime, f"{rel}: date"
    frm_name = msg["from"].addresses[0].display_name
    assert frm_name == spec["frm"][0], f"{rel}: from name {frm_name!r}"
    texts: dict[str, str] = {}
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.setdefault(part.get_content_type(), part.get_content())
    if spec.get("text") is not None:
        assert _norm(texts["text/plain"]) == _norm(spec["text"]), f"{rel}: text body"
    if spec.get("html") is not None:
        assert _norm(texts["text/html"]) == _norm(spec["html"]), f"{rel}: html body"
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), rel


def check_labels(spec: dict, rel: str) -> None:
    kind, company, contact = spec["kind"], spec.get("company", ""), spec.get("contact", "")
    assert kind in KINDS and spec["lang"] in LANGS, rel
    own = spec["frm"][1].lower() == CANDIDATE_ADDR
    if own:
        assert kind == "other" and not contact, f"{rel}: candidate's own mail"
    if kind == "other":
        assert not company, f"{rel}: company on other"
    else:
        assert company, f"{rel}: company missing"
    if contact:
        assert contact == contact.lower(), rel
        pool = [spec["frm"][1].lower()]
        if spec.get("reply_to"):
            pool.append(spec["reply_to"][1].lower())
        assert contact in pool, f"{rel}: contact {contact} not in From/Reply-To"


# ------------------------------------------------------------------ main

def all_specs() -> list[dict]:
    specs = []
    for module in (msgs293_rejections, msgs293_invites, msgs293_acks, msgs293_other):
        specs.extend(module.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    counters: dict[str, int] = {}
    rows = []
    mids: dict[str, str] = {}
    parents: dict[str, str | None] = {}
    for spec in specs:
        kind = spec["kind"]
        counters[kind] = counters.get(kind, 0) + 1
        spec["_rel"] = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        domain = spec.get("mid_domain") or spec["frm"][1].split("@")[1]
        digest = hashlib.sha1(spec["_rel"].encode()).hexdigest()[:12]
        stamp = parse_date(spec["date"]).strftime("%Y%m%d%H%M")
        spec["_mid"] = f"<{stamp}.{digest}.293@{domain}>"
        if spec.get("rfc822"):
            inner = spec["rfc822"]
            inner["mid"] = f"<{stamp}.{digest}.fwd.293@{inner['frm'][1].split('@')[1]}>"
        if spec.get("key"):
            assert spec["key"] not in mids, f"duplicate key {spec['key']}"
            mids[spec["key"]] = spec["_mid"]
            parents[spec["key"]] = spec.get("parent")
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    for spec in specs:
        refs: dict = {}
        parent = spec.get("parent")
        if parent and parent not in mids and "--loose" in sys.argv:
            parent = None
        if parent:
            assert parent in mids, f"{spec['_rel']}: unknown parent {parent}"
            chain, cur = [], parent
            while cur:
                if cur not in mids:
                    assert "--loose" in sys.argv, f"{spec['_rel']}: unknown ancestor {cur}"
                    break
                chain.append(mids[cur])
                cur = parents.get(cur)
            refs = {"in_reply_to": mids[parent], "references": list(reversed(chain))}
        ident = hashlib.sha1(spec["_rel"].encode()).hexdigest()[:8]
        rel = spec["_rel"]
        try:
            raw = build_bytes(spec, ident, spec["_mid"], refs)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        check_roundtrip(raw, spec, rel)
        check_labels(spec, rel)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    assert len({s["_mid"] for s in specs}) == len(specs), "duplicate Message-IDs"
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        print(f"{kind:32}" + "".join(f"{table[kind][lang]:5d}" for lang in LANGS)
              + f"  {sum(table[kind].values()):5d}")
    totals = [sum(table[k][lang] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{t:5d}" for t in totals) + f"  {sum(totals):5d}")


if __name__ == "__main__":
    main()
