#!/usr/bin/env python3
"""Build corpus 258 from the hand-written specs in the msgs258_*.py modules.

Run from the repository root:

    python tests/corpus_twohundredfiftyeighth/make_twohundredfiftyeighth.py

Standard library only. It deletes and rewrites only the *.eml files and labels.csv in this
folder, then re-parses every written message and checks it (no defects; subject, sender name
and every text part round-trip).
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
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs258_acks  # noqa: E402
import msgs258_common as C  # noqa: E402
import msgs258_invites  # noqa: E402
import msgs258_other  # noqa: E402
import msgs258_rejections  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
GEN_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=78)

# ---------------------------------------------------------------- encoded words (RFC 2047)

_Q_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _word(chunk: str, charset: str, enc: str) -> str:
    raw = chunk.encode(charset)
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    text = "".join("_" if b == 0x20 else chr(b) if b in _Q_SAFE else f"={b:02X}" for b in raw)
    return f"=?{charset}?Q?{text}?="


def encode_words(text: str, charset: str, enc: str, limit: int = 66) -> str:
    """`text` as encoded words of at most `limit` characters, folded onto new lines."""
    words, chunk = [], ""
    for ch in text:
        if chunk and len(_word(chunk + ch, charset, enc)) > limit:
            words.append(_word(chunk, charset, enc))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(_word(chunk, charset, enc))
    return "\n ".join(words)


_ATEXT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
                   "!#$%&'*+-/=?^_`{|}~")


def phrase_words(name: str, charset: str, how: str) -> str:
    """A display name as a phrase: plain atoms where possible, and each run of words that
    needs encoding as one encoded word (spaces inside it), as mail programs write it."""
    if name.isascii():
        return _word(name, charset, how)
    out: list[str] = []
    group: list[str] = []

    def flush() -> None:
        if group:
            out.append(_word(" ".join(group), charset, how))
            group.clear()

    for token in name.split(" "):
        if token and all(c in _ATEXT for c in token) and not token.startswith("=?"):
            flush()
            out.append(token)
        else:
            group.append(token)
    flush()
    return " ".join(out)


def fmt_addr(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc or not name.isascii():
        charset, how = enc or ("utf-8", "Q")
        return f"{phrase_words(name, charset, how)} <{addr}>"
    return formataddr((name, addr))


def fold_ascii(value: str, width: int = 76) -> str:
    """Fold a long ASCII header value at spaces."""
    out, line = [], ""
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n ".join(out)


# ---------------------------------------------------------------- bodies

def text_part(text: str, subtype: str, charset: str = "utf-8", cte: str | None = None,
              params: str = "", filename: str | None = None) -> Message:
    """A text/* part with the chosen charset and transfer encoding."""
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{params}'
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert data.isascii(), "7bit body must be ASCII"
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    if filename:
        part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part.set_payload(payload)
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    box = Message()
    box["Content-Type"] = f"multipart/{subtype}"
    box.set_boundary(boundary)
    for part in parts:
        box.attach(part)
    return box


def _pdf_string(line: str) -> str:
    out = []
    for b in line.encode("cp1252"):
        ch = chr(b)
        if ch in "\\()":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append(f"\\{b:03o}")
    return "(" + "".join(out) + ")"


def make_pdf(lines: list[str], title: str) -> bytes:
    """A small, valid one-page PDF that shows `lines`."""
    ops = ["BT", "/F1 11 Tf", "56 780 Td", "15 TL"]
    for line in lines:
        ops.append(f"{_pdf_string(line)} Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_string(title).encode("latin-1") + b" /Producer (corpus258) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def pdf_part(name: str, lines: list[str], title: str) -> Message:
    part = Message()
    data = make_pdf(lines, title)
    if name.isascii():
        part["Content-Type"] = f'application/pdf; name="{name}"'
        part["Content-Disposition"] = f'attachment; filename="{name}"'
    else:
        part["Content-Type"] = "application/pdf"
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


_TZ = {
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200"),
    "Europe/Lisbon": ("WET", "WEST", "+0000", "+0100"),
    "Europe/Dublin": ("GMT", "IST", "+0000", "+0100"),
}


def _ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + rest for rest in out[1:]]


def ics_text(ics: dict, stamp: str) -> str:
    """An iCalendar object (REQUEST or CANCEL) with one event."""
    tz = ics.get("tz", "Europe/Madrid")
    std, dst, off_std, off_dst = _TZ[tz]
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus258//Calendar 1.0//EN')}",
        "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}",
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{off_std}", f"TZOFFSETTO:{off_dst}", f"TZNAME:{dst}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{off_dst}", f"TZOFFSETTO:{off_std}", f"TZNAME:{std}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz}:{ics['start']}",
        f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for name, addr in [*ics.get("attendees", []), C.ME]:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f'RSVP=TRUE;CN="{name}":mailto:{addr}')
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\n".join(folded) + "\n"


class Builder:
    """Builds one message's MIME body, remembering every text part it writes, in walk order."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.count = 0
        self.texts: list[str] = []

    def boundary(self) -> str:
        self.count += 1
        digest = hashlib.sha1(f"{self.key}/{self.count}".encode()).hexdigest()[:16].upper()
        return f"----=_NextPart_258_{digest}_{self.count:02d}"

    def text(self, text: str, subtype: str, charset: str, cte: str | None,
             params: str = "", filename: str | None = None) -> Message:
        if not text.endswith("\n"):
            text += "\n"
        if subtype == "html":
            # The HTML shells declare UTF-8; keep the declaration true to the MIME charset.
            text = text.replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
        self.texts.append(text)
        return text_part(text, subtype, charset, cte, params, filename)

    def body(self, spec: dict, stamp: str) -> Message:
        charset = spec.get("charset", "utf-8")
        text, html = spec.get("text"), spec.get("html")
        ics = spec.get("ics")
        alternatives: list[Message] = []
        # multipart/alternative keeps its parts in order; the walk visits the box first.
        box_needed = sum(x is not None for x in (text, html)) + (
            1 if ics and ics.get("mode", "alt") == "alt" else 0) > 1
        box_boundary = self.boundary() if box_needed else None
        if text is not None:
            alternatives.append(self.text(text, "plain", charset, spec.get("cte"),
                                          spec.get("plain_params", "")))
        if html is not None:
            alternatives.append(self.text(html, "html", spec.get("html_charset", charset),
                                          spec.get("html_cte", spec.get("cte"))))
        ics_body = ics_text(ics, stamp) if ics else None
        if ics and ics.get("mode", "alt") == "alt":
            alternatives.append(self.text(ics_body, "calendar", "utf-8", ics.get("cte"),
                                          f"; method={ics.get('method', 'REQUEST')}"))
        main = (multipart("alternative", alternatives, box_boundary) if box_boundary
                else alternatives[0])
        extras: list[Message] = []
        mixed_boundary = None
        attachments = spec.get("attach", [])
        has_extra = bool(attachments) or (ics and ics.get("mode") == "attach") or spec.get("fwd")
        if has_extra:
            mixed_boundary = self.boundary()
        if ics and ics.get("mode") == "attach":
            extras.append(self.text(ics_body, "calendar", "utf-8", ics.get("cte"),
                                    f"; method={ics.get('method', 'REQUEST')}",
                                    filename=ics.get("filename", "invite.ics")))
        if spec.get("fwd"):
            inner_spec = spec["fwd"]
            inner = Builder(self.key + "/fwd")
            inner_msg = build_message(inner_spec, inner, ids=None)
            self.texts.extend(inner.texts)
            wrapper = Message()
            wrapper["Content-Type"] = "message/rfc822"
            wrapper["Content-Disposition"] = "attachment"
            wrapper.set_payload([email.message_from_bytes(inner_msg, policy=email.policy.compat32)])
            extras.append(wrapper)
        for att in attachments:
            kind = att[0]
            if kind == "pdf":
                _, name, lines = att[:3]
                title = att[3] if len(att) > 3 else name
                extras.append(pdf_part(name, lines, title))
            else:
                raise ValueError(kind)
        if mixed_boundary:
            return multipart("mixed", [main, *extras], mixed_boundary)
        return main


def parse_date(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def message_id(spec: dict) -> str:
    when = parse_date(spec["date"])
    digest = hashlib.sha1(f"{spec['kind']}/{spec['name']}".encode()).hexdigest()[:14]
    domain = spec.get("mid_domain") or spec["frm"][1].split("@")[1]
    return f"<{when.astimezone(dt.UTC):%Y%m%d%H%M%S}.{digest}@{domain}>"


def build_message(spec: dict, builder: Builder, ids: dict | None) -> bytes:
    """The whole message: hand-written header block, then the MIME body from the email package."""
    when = parse_date(spec["date"])
    stamp = when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    headers: list[tuple[str, str]] = [
        ("Date", format_datetime(when)),
        ("From", fmt_addr(spec["frm"], spec.get("frm_enc"))),
    ]
    if spec.get("sender"):
        headers.append(("Sender", fmt_addr(spec["sender"])))
    if spec.get("reply_to"):
        headers.append(("Reply-To", fmt_addr(spec["reply_to"], spec.get("reply_to_enc"))))
    to = spec.get("to") or [C.ME]
    headers.append(("To", ",\n ".join(fmt_addr(p, spec.get("to_enc")) for p in to)))
    if spec.get("cc"):
        headers.append(("Cc", ",\n ".join(fmt_addr(p) for p in spec["cc"])))
    subject = spec["subject"]
    if spec.get("subj_enc") or not subject.isascii():
        charset, how = spec.get("subj_enc") or ("utf-8", "Q")
        headers.append(("Subject", encode_words(subject, charset, how)))
    else:
        headers.append(("Subject", fold_ascii(subject)))
    if ids is not None:
        headers.append(("Message-ID", ids[spec["name"]]["mid"]))
        refs = ids[spec["name"]]["refs"]
        if refs:
            headers.append(("In-Reply-To", refs[-1]))
            headers.append(("References", "\n ".join(refs)))
    else:
        headers.append(("Message-ID", message_id(spec)))
    for name, value in spec.get("headers", {}).items():
        assert value.isascii(), (spec["name"], name)
        headers.append((name, fold_ascii(value) if " " in value else value))
    body = builder.body(spec, stamp)
    body["MIME-Version"] = "1.0"
    # MIME-Version first among the body headers.
    mime_headers = [("MIME-Version", "1.0")] + [(k, v) for k, v in body.items()
                                                 if k != "MIME-Version"]
    for key in list(body.keys()):
        del body[key]
    for key, value in mime_headers:
        body[key] = value
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=GEN_POLICY).flatten(body)
    block = "".join(f"{name}: {value}\n" for name, value in headers)
    return block.encode("ascii") + out.getvalue()


# ---------------------------------------------------------------- checks

def _defects(message: email.message.EmailMessage) -> list[str]:
    found = []
    for part in message.walk():
        found += [type(d).__name__ for d in part.defects]
        for name, value in part.items():
            found += [f"{name}:{type(d).__name__}" for d in getattr(value, "defects", ())]
    return found


def check(spec: dict, data: bytes, expected_texts: list[str], path: Path) -> None:
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    problems = _defects(parsed)
    assert not problems, f"{path}: defects {problems}"
    assert str(parsed["subject"]) == spec["subject"], (path, str(parsed["subject"]))
    sender = parsed["from"].addresses[0]
    assert (sender.display_name, sender.addr_spec) == tuple(spec["frm"]), (path, sender)
    got = [p.get_content() for p in parsed.walk() if p.get_content_maintype() == "text"]
    want = [t if t.endswith("\n") else t + "\n" for t in expected_texts]
    got = [g.replace("\r\n", "\n") for g in got]
    assert got == want, f"{path}: text parts do not round-trip"
    assert parse_date(spec["date"]).year == 2026
    labels = [spec["contact"]] if spec["contact"] else []
    for addr in labels:
        assert addr == addr.lower()
        found = [a.lower() for _, a in email.utils.getaddresses(
            [str(v) for v in parsed.get_all("reply-to", []) + parsed.get_all("from", [])])]
        assert addr in found, f"{path}: contact {addr} not in From/Reply-To"


def all_specs() -> list[dict]:
    specs = []
    for module in (msgs258_rejections, msgs258_invites, msgs258_acks, msgs258_other):
        specs += module.MESSAGES
    return specs


def main() -> int:
    specs = all_specs()
    names = [s["name"] for s in specs]
    dupes = {n for n in names if names.count(n) > 1}
    assert not dupes, f"duplicate scenario names: {sorted(dupes)}"
    for spec in specs:
        assert spec["kind"] in KINDS, spec["name"]
        assert spec["lang"] in LANGS, spec["name"]
        assert re.fullmatch(r"[a-z0-9_]+", spec["name"]), spec["name"]
    # Message-IDs and threads (parents may live in another kind's module).
    ids: dict[str, dict] = {}
    for spec in specs:
        ids[spec["name"]] = {"mid": message_id(spec), "refs": []}
    by_name = {s["name"]: s for s in specs}

    def refs_of(name: str) -> list[str]:
        parent = by_name[name].get("parent")
        if not parent:
            return []
        assert parse_date(by_name[parent]["date"]) < parse_date(by_name[name]["date"]), name
        return [*refs_of(parent), ids[parent]["mid"]]

    for spec in specs:
        ids[spec["name"]]["refs"] = refs_of(spec["name"])
    mids = [v["mid"] for v in ids.values()]
    assert len(set(mids)) == len(mids), "duplicate Message-IDs"

    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels_path = HERE / "labels.csv"
    if labels_path.exists():
        labels_path.unlink()

    counters: dict[str, int] = {}
    rows = []
    for spec in specs:
        kind = spec["kind"]
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['name']}.eml"
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        builder = Builder(spec["name"])
        data = build_message(spec, builder, ids)
        path.write_bytes(data)
        check(spec, data, builder.texts, path)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])

    with labels_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {}
    for _, kind, _, _, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table.get(kind, {})
        print(f"{kind:32}" + "".join(f"{counts.get(lang, 0):5d}" for lang in LANGS)
              + f"  {sum(counts.values()):5d}")
    totals = [sum(table.get(k, {}).get(lang, 0) for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{t:5d}" for t in totals) + f"  {sum(totals):5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
