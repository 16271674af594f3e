"""Build corpus 235 from the hand-written specs in the msgs235_* modules.

Run from the repository root:  python tests/corpus_twohundredthirtyfifth/make_twohundredthirtyfifth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder.
Every written message is parsed again with the default policy and checked: no defects, the
subject and every text body round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import io
import quopri
import re
import sys
from datetime import datetime, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs235_acks  # noqa: E402
import msgs235_invites  # noqa: E402
import msgs235_other  # noqa: E402
import msgs235_rejections  # noqa: E402
from msgs235_common import CANDIDATE_ADDR, ME  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LF = "\n"
POLICY = email.policy.compat32.clone(linesep=LF)


# ---------------------------------------------------------------- headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _q(data: bytes) -> str:
    out = []
    for byte in data:
        if byte in _Q_SAFE:
            out.append(chr(byte))
        elif byte == 0x20:
            out.append("_")
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _enc(text: str, charset: str, enc: str) -> str:
    data = text.encode(charset)
    return _q(data) if enc == "q" else base64.b64encode(data).decode("ascii")


def encoded_words(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    """RFC 2047 encoded words (each at most 75 chars), folded onto continuation lines."""
    enc = enc.lower()
    prefix = f"=?{charset}?{enc.upper()}?"
    words: list[str] = []
    cur = ""
    for ch in text:
        cand = cur + ch
        if cur and len(prefix) + len(_enc(cand, charset, enc)) + 2 > 75:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    words.append(cur)
    return (LF + " ").join(f"{prefix}{_enc(w, charset, enc)}?=" for w in words)


def fmt_addr(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc or not name.isascii():
        charset, how = enc or ("utf-8", "q")
        return f"{encoded_words(name, charset, how)} <{addr}>"
    if not re.search(r'[()<>\[\]:;@\\,."]', name):
        return f"{name} <{addr}>"
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'


def fmt_addrs(pairs: list[tuple[str, str]], enc: tuple[str, str] | None = None) -> str:
    return ("," + LF + " ").join(fmt_addr(p, enc) for p in pairs)


def fmt_subject(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and subject.isascii():
        return subject
    charset, how = enc or ("utf-8", "q")
    return encoded_words(subject, charset, how)


# ---------------------------------------------------------------- parts

def _payload(data: bytes, cte: str) -> str:
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "7bit":
        return data.decode("ascii")
    if cte == "8bit":
        return data.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def text_part(content: str, subtype: str, charset: str, cte: str | None,
              extra: str = "") -> Message:
    data = content.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    if cte == "7bit" and not data.isascii():
        raise ValueError("7bit body with non-ASCII text")
    part = Message(policy=POLICY)
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(_payload(data, cte))
    return part


def multipart(subtype: str, boundary: str, parts: list[Message]) -> Message:
    m = Message(policy=POLICY)
    m["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        m.attach(p)
    return m


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold_ics(line: str) -> list[str]:
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


VTZ = """BEGIN:VTIMEZONE
TZID:{tz}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def _ical_time(local: str) -> str:
    return datetime.strptime(local, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")


def make_ics(c: dict, stamp: datetime) -> str:
    method = c["method"]
    tz = c["tz"]
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus235//Calendar 1.0//EN", "VERSION:2.0",
             f"METHOD:{method}"]
    if tz != "UTC":
        lines += VTZ.format(tz=tz).split("\n")
    lines += ["BEGIN:VEVENT", f"UID:{c['uid']}", f"SEQUENCE:{c['seq']}",
              f"DTSTAMP:{stamp.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%S')}Z"]
    if tz == "UTC":
        lines += [f"DTSTART:{_ical_time(c['start'])}Z", f"DTEND:{_ical_time(c['end'])}Z"]
    else:
        lines += [f"DTSTART;TZID={tz}:{_ical_time(c['start'])}",
                  f"DTEND;TZID={tz}:{_ical_time(c['end'])}"]
    lines.append(f"SUMMARY:{_ics_escape(c['summary'])}")
    if c["location"]:
        lines.append(f"LOCATION:{_ics_escape(c['location'])}")
    if c["description"]:
        lines.append(f"DESCRIPTION:{_ics_escape(c['description'])}")
    oname, oaddr = c["organizer"]
    lines.append(f'ORGANIZER;CN="{oname}":mailto:{oaddr}')
    for aname, aaddr in c["attendees"]:
        lines.append(f'ATTENDEE;CN="{aname}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{aaddr}")
    status = c["status"] or ("CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [x for line in lines for x in _fold_ics(line)]
    return "\r\n".join(folded) + "\r\n"


def ics_part(c: dict, stamp: datetime) -> Message:
    text = make_ics(c, stamp)
    part = Message(policy=POLICY)
    extra = f'; method={c["method"]}'
    if c["name"]:
        extra += f'; name="{c["name"]}"'
    part["Content-Type"] = f'text/calendar; charset="utf-8"{extra}'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(_payload(text.encode("utf-8"), "base64"))
    if c["name"]:
        part.add_header("Content-Disposition", "attachment", filename=c["name"])
    return part


def _pdf_str(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    ops = ["BT", "/F1 16 Tf", "56 780 Td", "20 TL", f"({_pdf_str(title)}) Tj", "/F1 11 Tf",
           "15 TL", "T*"]
    for line in lines:
        ops.append(f"({_pdf_str(line)}) '")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
        b"<< /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + _pdf_str(title).encode("cp1252") + b") /Producer (corpus235) >>",
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


def pdf_part(c: dict) -> Message:
    part = Message(policy=POLICY)
    name = c["filename"]
    if c["utf8_name"]:
        part["Content-Type"] = "application/pdf"
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
    else:
        part["Content-Type"] = f'application/pdf; name="{name}"'
        part.add_header("Content-Disposition", "attachment", filename=name)
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(_payload(make_pdf(c["title"], c["lines"]), "base64"))
    return part


# ---------------------------------------------------------------- messages

class Builder:
    def __init__(self, specs: list[dict]) -> None:
        self.specs = specs
        self.mids: dict[str, str] = {}
        self.by_key: dict[str, dict] = {}
        for spec in specs:
            key = spec["mid"]
            assert key not in self.mids, f"duplicate thread key {key}"
            dt = parse_date(spec["date"])
            domain = spec["frm"][1].split("@")[1]
            self.mids[key] = f"<{dt:%Y%m%d%H%M%S}.{key}.235@{domain}>"
            self.by_key[key] = spec

    def references(self, spec: dict) -> list[str]:
        chain = []
        key = spec.get("parent")
        while key:
            chain.append(self.mids[key])
            key = self.by_key[key].get("parent")
        return list(reversed(chain))

    def body(self, spec: dict, tag: str) -> Message:
        dt = parse_date(spec["date"])
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte")
        hcharset = spec.get("html_charset", charset)
        hcte = spec.get("html_cte", cte)
        alts: list[Message] = []
        if spec.get("text") is not None:
            alts.append(text_part(spec["text"], "plain", charset, cte))
        if spec.get("html") is not None:
            alts.append(text_part(spec["html"], "html", hcharset, hcte))
        if spec.get("cal"):
            alts.append(ics_part(spec["cal"], dt))
        assert alts, f"{spec['mid']}: no body"
        n = 0

        def boundary() -> str:
            nonlocal n
            n += 1
            return f"----=_Part235_{tag}_{n}"

        body = alts[0] if len(alts) == 1 else multipart("alternative", boundary(), alts)
        extras: list[Message] = []
        for att in spec.get("attach", []):
            if att["type"] == "pdf":
                extras.append(pdf_part(att))
            elif att["type"] == "ics":
                extras.append(ics_part(att, dt))
            elif att["type"] == "rfc822":
                inner_bytes = self.message(att["spec"], tag + "i", top=False)
                inner = email.message_from_bytes(inner_bytes, policy=POLICY)
                wrap = Message(policy=POLICY)
                wrap["Content-Type"] = "message/rfc822"
                wrap["Content-Disposition"] = "attachment"
                wrap.set_payload([inner])
                extras.append(wrap)
            else:
                raise ValueError(att["type"])
        if extras:
            body = multipart("mixed", boundary(), [body, *extras])
        return body

    def message(self, spec: dict, tag: str, top: bool = True) -> bytes:
        dt = parse_date(spec["date"])
        heads: list[tuple[str, str]] = []
        if spec.get("received"):
            heads.append(("Received", spec["received"]))
        heads.append(("From", fmt_addr(spec["frm"], spec.get("frm_enc"))))
        if spec.get("sender"):
            heads.append(("Sender", fmt_addr(spec["sender"])))
        if spec.get("reply_to"):
            heads.append(("Reply-To", fmt_addr(spec["reply_to"], spec.get("rt_enc"))))
        heads.append(("To", fmt_addrs(spec.get("to", [ME]), spec.get("to_enc"))))
        if spec.get("cc"):
            heads.append(("Cc", fmt_addrs(spec["cc"])))
        heads.append(("Subject", fmt_subject(spec["subject"], spec.get("subj_enc"))))
        heads.append(("Date", format_datetime(dt)))
        if top:
            heads.append(("Message-ID", self.mids[spec["mid"]]))
            refs = self.references(spec)
            if refs:
                heads.append(("In-Reply-To", refs[-1]))
                heads.append(("References", (LF + " ").join(refs)))
        else:
            domain = spec["frm"][1].split("@")[1]
            heads.append(("Message-ID", f"<{dt:%Y%m%d%H%M%S}.fwd.{tag}.235@{domain}>"))
        for name, value in spec.get("headers", []):
            heads.append((name, value))
        root = self.body(spec, tag)
        buf = io.BytesIO()
        BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=POLICY).flatten(root)
        block = "".join(f"{name}: {value}{LF}" for name, value in heads)
        block += "MIME-Version: 1.0" + LF
        return block.encode("ascii") + buf.getvalue()


def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(spec: dict, raw: bytes, where: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.get_content_type()}: {part.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {msg['subject']!r} != {spec['subject']!r}")
    contents = [_norm(p.get_content()) for p in msg.walk()
                if p.get_content_maintype() == "text"]
    for field in ("text", "html"):
        if spec.get(field) is not None and _norm(spec[field]) not in contents:
            problems.append(f"{field} body does not round-trip")
    if parse_date(spec["date"]).year != 2026 or msg["date"].datetime.year != 2026:
        problems.append("date not in 2026")
    contact = spec["contact"]
    if contact:
        addrs = [a.addr_spec.lower() for h in ("reply-to", "from") if msg[h]
                 for a in msg[h].addresses]
        if contact != contact.lower() or contact not in addrs:
            problems.append(f"contact {contact} not in Reply-To/From {addrs}")
    if spec["frm"][1] == CANDIDATE_ADDR and (contact or spec["kind"] != "other"):
        problems.append("own mail must be other without contact")
    if (spec["kind"] == "other") != (spec["company"] == ""):
        problems.append("company must be empty exactly on other")
    if spec["lang"] not in {"en", "de", "fr", "es"}:
        problems.append(f"language {spec['lang']}")
    if problems:
        raise SystemExit(f"{where}: " + "; ".join(problems))


def all_specs() -> list[dict]:
    specs: list[dict] = []
    for module in (msgs235_rejections, msgs235_invites, msgs235_acks, msgs235_other):
        specs.extend(module.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    for spec in specs:
        assert spec["kind"] in KINDS, spec.get("mid")
        assert re.fullmatch(r"[a-z0-9_]+", spec["name"]), spec["name"]
    builder = Builder(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    for kind_dir in HERE.iterdir():
        if kind_dir.is_dir() and kind_dir.name in KINDS and not any(kind_dir.iterdir()):
            kind_dir.rmdir()
    counters: dict[str, int] = {}
    rows = []
    for spec in specs:
        kind = spec["kind"]
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['name']}.eml"
        try:
            raw = builder.message(spec, f"{kind[:3]}{counters[kind]:03d}")
        except (ValueError, UnicodeError) as error:
            raise SystemExit(f"{rel}: {error}") from error
        verify(spec, raw, rel)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {}
    for _rel, kind, _c, _p, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        print(f"  {kind:32s}", {k: table.get(kind, {}).get(k, 0) for k in ("fr", "en", "de", "es")})


if __name__ == "__main__":
    main()
