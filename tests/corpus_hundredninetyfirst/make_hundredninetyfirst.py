"""Build corpus 191 from the hand-written specs in the msgs191_* modules.

Run from the repository root:  python tests/corpus_hundredninetyfirst/make_hundredninetyfirst.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv under this folder.
Every written message is parsed again with the default policy and checked: no defects, the
subject and every text body round-trip.
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
from collections import Counter
from email.generator import BytesGenerator
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs191_acks  # noqa: E402
import msgs191_invites  # noqa: E402
import msgs191_other  # noqa: E402
import msgs191_rejections  # noqa: E402
from msgs191_common import (  # noqa: E402
    CAND_ADDR,
    CAND_MSGID_DOMAIN,
    attribution,
    esc,
    html_to_text,
    outlook_header,
    quote,
)

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10,
            "other": 52}
GEN_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=0)

# --- time zones ----------------------------------------------------------------------------

DST_START = dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC)
DST_END = dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.UTC)


def local_dt(stamp: str, tz: str) -> dt.datetime:
    """'2026-03-04 10:12' in zone tz ('uk', 'cet', 'utc' or '+0530') -> aware datetime."""
    naive = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    if tz in ("uk", "cet"):
        base = 0 if tz == "uk" else 1
        guess = naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=base)))
        summer = DST_START <= guess.astimezone(dt.UTC) < DST_END
        hours = base + (1 if summer else 0)
        return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=hours)))
    if tz == "utc":
        return naive.replace(tzinfo=dt.UTC)
    m = re.fullmatch(r"([+-])(\d\d)(\d\d)", tz)
    assert m, tz
    delta = dt.timedelta(hours=int(m.group(2)), minutes=int(m.group(3)))
    return naive.replace(tzinfo=dt.timezone(delta if m.group(1) == "+" else -delta))


# --- headers -------------------------------------------------------------------------------

_Q_SAFE = re.compile(r"[A-Za-z0-9!*+\-/]")


def _q_char(ch: str, charset: str) -> str:
    if ch == " ":
        return "_"
    if _Q_SAFE.fullmatch(ch):
        return ch
    return "".join(f"={b:02X}" for b in ch.encode(charset))


def encoded_words(text: str, charset: str, mode: str, limit: int = 66) -> list[str]:
    """RFC 2047 encoded words for text, each at most `limit` characters long."""
    words: list[str] = []
    head, tail = f"=?{charset}?{mode}?", "?="
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if mode == "Q":
            body = "".join(_q_char(c, charset) for c in trial)
        else:
            body = base64.b64encode(trial.encode(charset)).decode("ascii")
        if len(head) + len(body) + len(tail) > limit and chunk:
            words.append(_finish(chunk, charset, mode))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_finish(chunk, charset, mode))
    return words


def _finish(chunk: str, charset: str, mode: str) -> str:
    if mode == "Q":
        body = "".join(_q_char(c, charset) for c in chunk)
    else:
        body = base64.b64encode(chunk.encode(charset)).decode("ascii")
    return f"=?{charset}?{mode}?{body}?="


def fold_ascii(value: str, first: int) -> str:
    """Fold a long ASCII header value at spaces (lines of about 76 characters)."""
    out, line = [], ""
    width = 76 - first
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line, width = word, 75
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n ".join(out)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    """One unstructured header; non-ASCII text from the first such word on is encoded."""
    if value.isascii():
        return f"{name}: {fold_ascii(value, len(name) + 2)}"
    charset, mode = enc or ("utf-8", "Q")
    words = value.split(" ")
    first = next(i for i, w in enumerate(words) if not w.isascii())
    plain = " ".join(words[:first])
    rest = " ".join(words[first:])
    ews = encoded_words(rest, charset, mode)
    lead = f"{name}: {plain} " if plain else f"{name}: "
    return lead + "\n ".join(ews)


def mailbox(pair: tuple[str, str], enc: tuple[str, str] | None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    charset, mode = enc or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, mode)) + f" <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]], enc) -> str:
    return f"{name}: " + ",\n ".join(mailbox(p, enc) for p in pairs)


# --- bodies --------------------------------------------------------------------------------

def text_leaf(subtype: str, content: str, charset: str, cte: str,
              params: dict[str, str] | None = None, filename: str | None = None) -> Message:
    m = Message()
    ct = f'text/{subtype}; charset="{charset}"'
    for k, v in (params or {}).items():
        ct += f"; {k}={v}"
    if filename:
        ct += f'; name="{filename}"'
    m["Content-Type"] = ct
    m["Content-Transfer-Encoding"] = cte
    if filename:
        m["Content-Disposition"] = f'attachment; filename="{filename}"'
    raw = content.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
    elif cte == "7bit":
        assert raw.isascii(), f"7bit body is not ASCII: {content[:60]!r}"
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    for line in payload.split("\n"):
        assert len(line.encode("ascii", "surrogateescape")) < 990, "line too long"
    m.set_payload(payload)
    return m


def binary_leaf(ctype: str, data: bytes, filename: str) -> Message:
    m = Message()
    m["Content-Type"] = f'{ctype}; name="{filename}"'
    m["Content-Transfer-Encoding"] = "base64"
    m["Content-Disposition"] = f'attachment; filename="{filename}"'
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def default_cte(content: str, charset: str) -> str:
    if content.isascii():
        return "7bit"
    return "quoted-printable"


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` in Helvetica."""
    def pdf_str(s: str) -> str:
        out = []
        for b in s.encode("cp1252"):
            ch = chr(b)
            if ch in "()\\":
                out.append("\\" + ch)
            elif 32 <= b < 127:
                out.append(ch)
            else:
                out.append(f"\\{b:03o}")
        return "(" + "".join(out) + ")"

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for i, line in enumerate(lines):
        ops.append(f"{pdf_str(line)} Tj" if i == 0 else f"T* {pdf_str(line)} Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title " + pdf_str(title).encode("latin-1") + b" /Producer (corpus191) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def ics_escape(s: str) -> str:
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def ics_text(cal: dict, stamp: dt.datetime) -> str:
    def z(when: dt.datetime) -> str:
        return when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")

    start = local_dt(cal["start"], cal["tz"])
    end = local_dt(cal["end"], cal["tz"])
    org_name, org_addr = cal["organizer"]
    method = cal["method"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{z(stamp)}",
        f"DTSTART:{z(start)}",
        f"DTEND:{z(end)}",
        f"SUMMARY:{ics_escape(cal['summary'])}",
    ]
    if cal.get("location"):
        lines.append(f"LOCATION:{ics_escape(cal['location'])}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(cal['description'])}")
    lines.append(f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}")
    attendees = cal.get("attendees", [("Hamish Delacroix-Oyelowo", CAND_ADDR)])
    for name, addr in attendees:
        lines.append(f"ATTENDEE;CN=\"{name}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f"RSVP=TRUE:mailto:{addr}")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --- assembling one message ----------------------------------------------------------------

def short_hash(*parts: str, n: int = 12) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:n]


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


class Built:
    def __init__(self, spec: dict, rel: str):
        self.spec = spec
        self.rel = rel
        self.when = local_dt(spec["date"], spec.get("tz", "uk"))
        sec = int(short_hash(rel, n=4), 16) % 60
        self.when = self.when.replace(second=sec)
        dom = spec.get("msgid_domain") or (
            CAND_MSGID_DOMAIN if spec["frm"][1] == CAND_ADDR else domain_of(spec["frm"][1]))
        self.msgid = f"<{short_hash('191', rel, n=16)}.{spec['slug'][:18]}@{dom}>"
        self.refs: list[str] = []
        self.text_for_quote = ""


def resolve_text(spec: dict) -> str:
    if spec.get("text"):
        return spec["text"]
    return html_to_text(spec["html"])


def quoted_block(lang: str, style: str, parent: Built) -> tuple[str, str]:
    """(text, html) of the parent as the replier's mail program quotes it."""
    ps = parent.spec
    name, addr = ps["frm"]
    ptext = parent.text_for_quote
    if style == "outlook":
        to_pairs = ps.get("to") or [("Hamish Delacroix-Oyelowo", CAND_ADDR)]
        to = "; ".join(f"{n} <{a}>" if n else a for n, a in to_pairs)
        head = outlook_header(lang, name, addr, parent.when, to, ps["subject"])
        text = "\n\n________________________________\n" + head + "\n\n" + ptext.rstrip("\n")
        html_head = "<br>\n".join(esc(line) for line in head.split("\n"))
        body = "<br>\n".join(esc(line) for line in ptext.rstrip("\n").split("\n"))
        html = ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                f'\n<p class="MsoNormal">{html_head}</p>\n</div>\n'
                f'<p class="MsoNormal">{body}</p>\n')
        return text + "\n", html
    head = attribution(lang, parent.when, name, addr)
    text = "\n\n" + head + "\n" + quote(ptext) + "\n"
    body = "<br>\n".join(esc(line) for line in ptext.rstrip("\n").split("\n"))
    html = (f'\n<div class="gmail_quote"><div class="gmail_attr">{esc(head)}</div>\n'
            '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px '
            f'#ccc solid;padding-left:1ex">\n{body}\n</blockquote></div>\n')
    return text, html


def insert_html_quote(html: str, qhtml: str) -> str:
    for marker in ("</div>\n</body>", "</body>"):
        if marker in html:
            return html.replace(marker, qhtml + marker, 1)
    return html + qhtml


def build_message(b: Built, by_key: dict[str, Built]) -> tuple[bytes, list[str]]:
    spec = b.spec
    lang = spec["lang"]
    text = spec.get("text")
    html = spec.get("html")
    if spec.get("parent") and spec.get("quote"):
        qtext, qhtml = quoted_block(lang, spec["quote"], by_key[spec["parent"]])
        if text is not None:
            text = text.rstrip("\n") + "\n" + qtext
        if html is not None:
            html = insert_html_quote(html, qhtml)
    charset = spec.get("charset", "utf-8")
    expected: list[str] = []
    alt_parts: list[Message] = []
    if text is not None:
        cte = spec.get("cte") or default_cte(text, charset)
        alt_parts.append(text_leaf("plain", text, charset, cte))
        expected.append(text)
    if html is not None:
        hcs = spec.get("html_charset", charset)
        hcte = spec.get("html_cte") or default_cte(html, hcs)
        alt_parts.append(text_leaf("html", html, hcs, hcte))
        expected.append(html)
    cal = spec.get("cal")
    attach_parts: list[Message] = []
    attach_expected: list[str] = []
    if cal:
        ics = ics_text(cal, b.when)
        mode = spec.get("cal_mode", "alt")
        cal_cte = spec.get("cal_cte", "base64" if mode != "attach" else "7bit")
        if mode in ("alt", "both"):
            alt_parts.append(text_leaf("calendar", ics, "utf-8", cal_cte,
                                       params={"method": cal["method"]}))
            expected.append(ics)
        if mode in ("attach", "both"):
            attach_parts.append(text_leaf("calendar", ics, "utf-8", "base64",
                                          params={"method": cal["method"]},
                                          filename=spec.get("cal_file", "invite.ics")))
            attach_expected.append(ics)
    h = short_hash("b", b.rel, n=10)
    if len(alt_parts) == 1:
        body = alt_parts[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"==alt_{h}")
        for p in alt_parts:
            body.attach(p)
        del body["MIME-Version"]
    for pdf in spec.get("pdfs", []):
        attach_parts.append(binary_leaf("application/pdf", pdf_bytes(pdf["title"], pdf["lines"]),
                                        pdf["filename"]))
    fwd = spec.get("fwd")
    if fwd:
        inner = text_leaf("plain", fwd["text"], fwd.get("charset", "utf-8"),
                          fwd.get("cte") or default_cte(fwd["text"], fwd.get("charset", "utf-8")))
        fwhen = local_dt(fwd["date"], fwd.get("tz", "uk"))
        hdr = "\n".join([
            address_header("From", [fwd["frm"]], None),
            address_header("To", [fwd.get("to", ("Hamish Delacroix-Oyelowo", CAND_ADDR))], None),
            header_text("Subject", fwd["subject"], fwd.get("subj_enc")),
            f"Date: {format_datetime(fwhen)}",
            f"Message-ID: <{short_hash('fwd', b.rel, n=14)}@{domain_of(fwd['frm'][1])}>",
            "MIME-Version: 1.0",
        ])
        inner_bytes = hdr.encode("ascii") + b"\n" + flatten(inner)
        wrapper = Message()
        wrapper["Content-Type"] = "message/rfc822"
        wrapper["Content-Disposition"] = 'attachment; filename="forwarded.eml"'
        wrapper.set_payload([email.message_from_bytes(inner_bytes,
                                                      policy=email.policy.compat32)])
        attach_parts.append(wrapper)
        attach_expected.append(fwd["text"])
    expected += attach_expected
    if attach_parts:
        root = MIMEMultipart("mixed", boundary=f"==mix_{h}")
        root.attach(body)
        for p in attach_parts:
            root.attach(p)
        del root["MIME-Version"]
    else:
        root = body

    # top-level header block, written by hand so encoded words keep their charsets
    name_enc = spec.get("name_enc")
    lines = []
    for name, value in spec.get("headers_top", []):
        lines.append(f"{name}: {value}")
    lines.append(address_header("From", [spec["frm"]], name_enc))
    if spec.get("sender"):
        lines.append(address_header("Sender", [spec["sender"]], None))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], name_enc))
    to = spec.get("to") or [("Hamish Delacroix-Oyelowo", CAND_ADDR)]
    lines.append(address_header("To", to, spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], spec.get("to_enc")))
    lines.append(header_text("Subject", spec["subject"], spec.get("subj_enc")))
    lines.append(f"Date: {format_datetime(b.when)}")
    lines.append(f"Message-ID: {b.msgid}")
    if spec.get("parent"):
        parent = by_key[spec["parent"]]
        lines.append(f"In-Reply-To: {parent.msgid}")
        lines.append("References: " + "\n ".join(b.refs))
    for name, value in spec.get("headers", []):
        m = re.fullmatch(r"(.*?)\s*(<[^>]+>)", value)
        if not value.isascii() and m:
            phrase = " ".join(encoded_words(m.group(1), "utf-8", "Q"))
            lines.append(f"{name}: {phrase} {m.group(2)}")
        else:
            lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines) + "\n"
    raw = head.encode("ascii") + flatten(root)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw, expected


def flatten(msg: Message) -> bytes:
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(msg)
    return buf.getvalue()


# --- checks --------------------------------------------------------------------------------

def check(raw: bytes, b: Built, expected: list[str]) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    where = b.rel
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            defects = getattr(value, "defects", ())
            assert not defects, f"{where}: header {name} defects {defects}"
    assert str(msg["Subject"]) == b.spec["subject"], (
        f"{where}: subject {str(msg['Subject'])!r} != {b.spec['subject']!r}")
    got = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]

    def norm(s: str) -> str:
        return s.replace("\r\n", "\n").rstrip("\n")

    assert [norm(g) for g in got] == [norm(e) for e in expected], f"{where}: bodies differ"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"{where}: no {name}"
    assert msg["Date"].datetime.year == 2026
    frm = getaddresses([str(v) for v in msg.get_all("From", [])])
    assert frm[0][1].lower() == b.spec["frm"][1].lower(), where
    if not b.spec["frm"][0].isascii() or "via" in b.spec["frm"][0]:
        assert frm[0][0] == b.spec["frm"][0], f"{where}: display name {frm[0][0]!r}"
    contact = b.spec["contact"]
    if contact:
        addrs = [a.lower() for _, a in getaddresses(
            [str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])])]
        assert contact in addrs, f"{where}: contact {contact} not in Reply-To/From"


# --- main ----------------------------------------------------------------------------------

def all_specs() -> list[dict]:
    specs = []
    for mod in (msgs191_rejections, msgs191_invites, msgs191_acks, msgs191_other):
        specs.extend(mod.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    per_kind: Counter[str] = Counter()
    builts: list[Built] = []
    for spec in specs:
        kind = spec["kind"]
        assert kind in KINDS, kind
        per_kind[kind] += 1
        rel = f"{kind}/{per_kind[kind]:03d}_{spec['slug']}.eml"
        builts.append(Built(spec, rel))
    assert dict(per_kind) == EXPECTED, dict(per_kind)
    by_key: dict[str, Built] = {}
    for b in builts:
        key = b.spec.get("key")
        if key:
            assert key not in by_key, f"duplicate key {key}"
            by_key[key] = b
    def full_text(b: Built) -> str:
        """What a reader sees as the text of b, its own quoted chain included."""
        if b.text_for_quote:
            return b.text_for_quote
        text = resolve_text(b.spec)
        if b.spec.get("parent") and b.spec.get("quote"):
            parent = by_key[b.spec["parent"]]
            full_text(parent)
            text = text.rstrip("\n") + "\n" + quoted_block(b.spec["lang"], b.spec["quote"],
                                                         parent)[0]
        b.text_for_quote = text
        return text

    for b in builts:
        full_text(b)
    # references, in dependency order
    done: set[str] = set()

    def refs_of(b: Built) -> list[str]:
        if b.rel in done or not b.spec.get("parent"):
            done.add(b.rel)
            return b.refs
        parent = by_key[b.spec["parent"]]
        assert parent.when < b.when, f"{b.rel}: earlier than its parent {parent.rel}"
        b.refs = [*refs_of(parent), parent.msgid]
        done.add(b.rel)
        return b.refs

    for b in builts:
        refs_of(b)

    msgids = [b.msgid for b in builts]
    assert len(set(msgids)) == len(msgids), "duplicate Message-ID"

    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    langs: Counter[tuple[str, str]] = Counter()
    for b in builts:
        spec = b.spec
        assert spec["lang"] in ("en", "de", "fr", "es"), b.rel
        if spec["kind"] == "other":
            assert spec["company"] == "", f"{b.rel}: other with a company"
        else:
            assert spec["company"], f"{b.rel}: job mail without a company"
        if spec["frm"][1] == CAND_ADDR:
            assert spec["kind"] == "other" and not spec["contact"], b.rel
        assert spec["contact"] == spec["contact"].lower(), b.rel
        try:
            raw, expected = build_message(b, by_key)
            check(raw, b, expected)
        except Exception as exc:
            raise SystemExit(f"{b.rel}: {type(exc).__name__}: {exc}") from exc
        path = HERE / b.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        rows.append([b.rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
        langs[(spec["kind"], spec["lang"])] += 1
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    total = Counter(spec["lang"] for spec in specs)
    print(f"wrote {len(rows)} messages; languages {dict(total)}")
    header = "kind".ljust(32) + "".join(x.rjust(5) for x in ("en", "de", "fr", "es", "all"))
    print(header)
    for kind in KINDS:
        cells = [langs[(kind, lg)] for lg in ("en", "de", "fr", "es")]
        print(kind.ljust(32) + "".join(str(c).rjust(5) for c in [*cells, sum(cells)]))


if __name__ == "__main__":
    main()
