"""Build corpus 168 (Joaquín Mbatha-Ferreyra) from the hand-written specs in msgs168_*.py.

Run from the repository root:  python tests/corpus_hundredsixtyeighth/make_hundredsixtyeighth.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv inside this folder,
then re-parses every written message with the default policy and checks that it has no
defects and that its subject, sender name and text bodies round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import io
import quopri
import re
import sys
import textwrap
from email.generator import BytesGenerator
from email.message import Message
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs168_acks  # noqa: E402
import msgs168_invites  # noqa: E402
import msgs168_other  # noqa: E402
import msgs168_rejections  # noqa: E402
from msgs168_common import CANDIDATE  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}

# ----------------------------------------------------------------------------- time zones

def _first_weekday(year: int, month: int, weekday: int) -> dt.date:
    day = dt.date(year, month, 1)
    while day.weekday() != weekday:
        day += dt.timedelta(days=1)
    return day


def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    while day.weekday() != 6:
        day -= dt.timedelta(days=1)
    return day


def offset_minutes(region: str, when: dt.datetime) -> int:
    """The sender's UTC offset in minutes for a local time in 2026."""
    d = when.date()
    eu_summer = _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)
    if region in ("ar", "uy"):
        return -180
    if region == "cl":
        # Chile: winter time from the first Saturday of April to the first Saturday of September
        winter = _first_weekday(d.year, 4, 5) <= d < _first_weekday(d.year, 9, 5)
        return -240 if winter else -180
    if region == "es" or region in ("fr", "de"):
        return 120 if eu_summer else 60
    if region == "ie":
        return 60 if eu_summer else 0
    if region == "utc":
        return 0
    raise ValueError(f"unknown region {region}")


def aware(local: str, region: str) -> dt.datetime:
    naive = dt.datetime.strptime(local, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(minutes=offset_minutes(region, naive))))


# ----------------------------------------------------------------------------- headers

def encoded_words(text: str, spec: str, phrase: bool = False) -> str:
    """RFC 2047 encoded words for text (spec 'utf-8:Q', 'iso-8859-1:B', ...), folded."""
    charset, enc = spec.split(":")
    enc = enc.upper()
    words: list[str] = []
    chunk = ""

    def render(piece: str) -> str:
        raw = piece.encode(charset)
        if enc == "B":
            body = base64.b64encode(raw).decode("ascii")
        else:
            out = []
            for byte in raw:
                ch = chr(byte)
                if ch == " ":
                    out.append("_")
                elif (ch.isascii() and ch.isalnum()) or (not phrase and ch in "!*+-/.,:;'"):
                    out.append(ch)
                else:
                    out.append(f"={byte:02X}")
            body = "".join(out)
        return f"=?{charset}?{enc}?{body}?="

    for ch in text:
        if len(render(chunk + ch)) > 72 and chunk:
            words.append(render(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(render(chunk))
    return "\n ".join(words)


def fold_ascii(value: str, first: int) -> str:
    """Fold a plain ASCII header value at spaces so lines stay under 78 characters."""
    words = value.split(" ")
    lines: list[str] = []
    line = ""
    limit = 76 - first
    for word in words:
        candidate = f"{line} {word}" if line else word
        if len(candidate) > limit and line:
            lines.append(line)
            line = word
            limit = 75
        else:
            line = candidate
    lines.append(line)
    return "\n ".join(lines)


def fmt_addr(item: object, default_enc: str) -> str:
    """'Name <addr>' with the name quoted or encoded as needed; item is addr, (name, addr)
    or (name, addr, enc)."""
    if isinstance(item, str):
        return item
    name, addr, *rest = item  # type: ignore[misc]
    enc = rest[0] if rest else default_enc
    if not name or enc == "bare":
        return addr
    if name.isascii():
        return email.utils.formataddr((name, addr))
    return f"{encoded_words(name, enc, phrase=True)} <{addr}>"


def subject_value(subject: str, enc: str | None) -> str:
    if enc is None and subject.isascii():
        return fold_ascii(subject, len("Subject: "))
    return encoded_words(subject, enc or "utf-8:Q")


# ----------------------------------------------------------------------------- bodies

_QUOTE = re.compile(r"^((?:> ?)+)")


def wrap_text(text: str) -> str:
    """Wrap long lines to 76 columns, keeping '> ' quote prefixes; strip trailing blanks."""
    out: list[str] = []
    for line in text.split("\n"):
        line = line.rstrip()
        if len(line) <= 78:
            out.append(line)
            continue
        m = _QUOTE.match(line)
        prefix = m.group(1) if m else ""
        if prefix and not prefix.endswith(" "):
            prefix += " "
        rest = line[len(m.group(1)):].lstrip() if m else line
        bullet = re.match(r"^(\s*(?:[-*•]|\d+[.)])\s+)", rest)
        indent = " " * len(bullet.group(1)) if bullet else ""
        wrapped = textwrap.wrap(rest, 76 - len(prefix), break_long_words=False,
                                break_on_hyphens=False, subsequent_indent=indent)
        out.extend(prefix + piece for piece in wrapped)
    return "\n".join(out).strip("\n") + "\n"


def text_part(content: str, subtype: str, charset: str, cte: str,
              extra_params: str = "") -> Message:
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra_params}'
    raw = content.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        if not raw.isascii():
            raise ValueError("7bit body with non-ASCII text")
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the lines."""
    def esc(s: str) -> str:
        out = []
        for byte in s.encode("cp1252", "replace"):
            ch = chr(byte)
            if ch in "()\\":
                out.append("\\" + ch)
            elif 32 <= byte < 127:
                out.append(ch)
            else:
                out.append(f"\\{byte:03o}")
        return "".join(out)

    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for i, line in enumerate(lines):
        ops.append(f"({esc(line)}) Tj" if i == 0 else f"T* ({esc(line)}) Tj")
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
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def _ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


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
    return [out[0]] + [" " + piece for piece in out[1:]]


def ics_text(spec: dict, stamp: dt.datetime) -> str:
    start = aware(spec["start"], spec["tz"]).astimezone(dt.UTC)
    end = start + dt.timedelta(minutes=spec["minutes"])
    utc = "%Y%m%dT%H%M%SZ"
    oname, oaddr = spec["organizer"]
    status = spec["status"] or ("CANCELLED" if spec["method"] == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus168//Hand-written calendar//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{spec['method']}",
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec['sequence']}",
        f"DTSTAMP:{stamp.astimezone(dt.UTC).strftime(utc)}",
        f"DTSTART:{start.strftime(utc)}",
        f"DTEND:{end.strftime(utc)}",
        f"SUMMARY:{_ics_escape(spec['summary'])}",
    ]
    if spec["location"]:
        lines.append(f"LOCATION:{_ics_escape(spec['location'])}")
    if spec["description"]:
        lines.append(f"DESCRIPTION:{_ics_escape(spec['description'])}")
    lines += [
        f'ORGANIZER;CN="{oname}":mailto:{oaddr}',
        f'ATTENDEE;CN="{CANDIDATE[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
        f"RSVP=TRUE:mailto:{CANDIDATE[1]}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def attachment(data: bytes, ctype: str, filename: str) -> Message:
    part = Message()
    part["Content-Type"] = f'{ctype}; name="{filename}"'
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    root = Message()
    root["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        root.attach(part)
    return root


# ----------------------------------------------------------------------------- building

SPEC_KEYS = {"kind", "slug", "lang", "key", "parent", "company", "contact", "frm", "name_enc",
             "sender", "reply_to", "to", "cc", "subject", "subj_enc", "date", "tz", "text",
             "html", "layout", "charset", "cte", "html_cte", "html_charset", "attach", "headers"}
CTE_ROTATION = ["quoted-printable", "8bit", "base64", "quoted-printable", "8bit"]
TO_ROTATION = ["utf-8:Q", "utf-8:B", "iso-8859-1:Q", "bare", "iso-8859-1:B"]
CTE_NAMES = {"qp": "quoted-printable", "b64": "base64", "base64": "base64",
             "8bit": "8bit", "7bit": "7bit", "quoted-printable": "quoted-printable"}


def all_specs() -> list[dict]:
    specs: list[dict] = []
    for module in (msgs168_rejections, msgs168_invites, msgs168_acks, msgs168_other):
        specs.extend(module.MESSAGES)
    return specs


def assign_paths(specs: list[dict]) -> None:
    counters: dict[str, int] = {}
    seen: set[str] = set()
    for spec in specs:
        kind = spec["kind"]
        assert kind in KINDS, spec
        counters[kind] = counters.get(kind, 0) + 1
        spec["_file"] = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        assert spec["_file"] not in seen, spec["_file"]
        seen.add(spec["_file"])
        domain = spec["frm"][1].split("@")[1]
        digest = hashlib.sha1(spec["_file"].encode()).hexdigest()[:12]
        spec["_mid"] = f"<{digest}.168.{counters[kind]:03d}@{domain}>"


def build(spec: dict, index: int, by_key: dict[str, dict]) -> tuple[bytes, list[str]]:
    """The message bytes and the list of text bodies as written (for the round-trip check)."""
    when = aware(spec["date"], spec["tz"])
    when = when.replace(second=int(hashlib.md5(spec["_file"].encode()).hexdigest()[:2], 16) % 60)
    charset = spec.get("charset", "utf-8")
    text = wrap_text(spec["text"]) if spec.get("text") else ""
    if not text.isascii() or charset != "utf-8":
        cte = CTE_NAMES[spec.get("cte", CTE_ROTATION[index % len(CTE_ROTATION)])]
    else:
        cte = CTE_NAMES[spec.get("cte", "7bit")]
    layout = spec.get("layout", "plain")
    html = spec.get("html")
    written: list[str] = []
    stem = hashlib.sha1(spec["_file"].encode()).hexdigest()[:10]
    boundary = iter(f"=_168_{stem}_{n}" for n in range(10))

    alt_parts: list[Message] = []
    if layout in ("plain", "alt"):
        alt_parts.append(text_part(text, "plain", charset, cte))
        written.append(text)
    if layout in ("html", "alt"):
        assert html, spec["_file"]
        html_cte = CTE_NAMES[spec.get("html_cte", "quoted-printable")]
        alt_parts.append(text_part(html, "html", spec.get("html_charset", charset), html_cte))
        written.append(html)
    inline_cals = [a for a in spec.get("attach", []) if a["type"] == "ics" and a["inline"]]
    for cal in inline_cals:
        body = ics_text(cal, when)
        alt_parts.append(text_part(body, "calendar", "utf-8", "base64",
                                   f"; method={cal['method']}"))
        written.append(body)
    body_root = (alt_parts[0] if len(alt_parts) == 1
                 else multipart("alternative", alt_parts, next(boundary)))

    extras: list[Message] = []
    for att in spec.get("attach", []):
        if att["type"] == "pdf":
            extras.append(attachment(pdf_bytes(att["lines"]), "application/pdf",
                                     att["filename"]))
        elif att["type"] == "ics" and not att["inline"]:
            body = ics_text(att, when)
            part = text_part(body, "calendar", "utf-8", "base64", f"; method={att['method']}")
            part["Content-Disposition"] = f'attachment; filename="{att["filename"]}"'
            extras.append(part)
            written.append(body)
    root = multipart("mixed", [body_root, *extras], next(boundary)) if extras else body_root

    # header block
    head: list[tuple[str, str]] = []
    head.append(("From", fmt_addr(spec["frm"], spec.get("name_enc", "utf-8:Q"))))
    if spec.get("sender"):
        head.append(("Sender", fmt_addr(spec["sender"], "utf-8:Q")))
    if spec.get("reply_to"):
        head.append(("Reply-To", fmt_addr(spec["reply_to"], "utf-8:B")))
    to_enc = TO_ROTATION[index % len(TO_ROTATION)]
    to_list = spec.get("to") or [CANDIDATE]
    head.append(("To", ",\n ".join(fmt_addr(a, to_enc) for a in to_list)))
    if spec.get("cc"):
        head.append(("Cc", ",\n ".join(fmt_addr(a, "utf-8:Q") for a in spec["cc"])))
    head.append(("Subject", subject_value(spec["subject"], spec.get("subj_enc"))))
    head.append(("Date", email.utils.format_datetime(when)))
    head.append(("Message-ID", spec["_mid"]))
    parent = spec.get("parent")
    if parent:
        chain: list[str] = []
        cur: str | None = parent
        while cur:
            if cur.startswith("<"):
                chain.insert(0, cur)
                break
            chain.insert(0, by_key[cur]["_mid"])
            cur = by_key[cur].get("parent")
        head.append(("In-Reply-To", chain[-1]))
        head.append(("References", "\n ".join(chain)))
    for name, value in spec.get("headers", []):
        head.append((name, value))
    head.append(("MIME-Version", "1.0"))

    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(root)
    block = "".join(f"{name}: {value}\n" for name, value in head).encode("ascii")
    return block + buf.getvalue(), written


def check(path: Path, spec: dict, written: list[str]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems: list[str] = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    frm = msg["From"].addresses[0]
    if frm.addr_spec != spec["frm"][1] or (spec["frm"][0] and frm.display_name
                                              != spec["frm"][0]):
        problems.append(f"from {frm!r}")
    if msg["Date"].datetime.year != 2026:
        problems.append("date year")
    texts = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    norm = [t.replace("\r\n", "\n") for t in texts]
    for body in written:
        if body.replace("\r\n", "\n") not in norm:
            problems.append(f"body does not round-trip: {body[:60]!r}")
    if problems:
        raise SystemExit(f"{path}: " + "; ".join(problems))


def main() -> None:
    specs = all_specs()
    assign_paths(specs)
    by_key = {spec["key"]: spec for spec in specs if spec.get("key")}
    assert len(by_key) == sum(1 for s in specs if s.get("key")), "duplicate keys"
    for spec in specs:
        unknown = set(spec) - SPEC_KEYS - {"_file", "_mid"}
        assert not unknown, (spec["_file"], unknown)
        assert spec["lang"] in LANGS, spec["_file"]
        if spec["kind"] == "other":
            assert spec.get("company", "") == "", spec["_file"]
        else:
            assert spec.get("company"), spec["_file"]
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for index, spec in enumerate(specs):
        try:
            data, written = build(spec, index, by_key)
        except (ValueError, UnicodeEncodeError) as exc:
            raise SystemExit(f"{spec['_file']}: {exc}") from exc
        path = HERE / spec["_file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec, written)
        contact = spec.get("contact", "")
        if contact:
            assert contact == contact.lower(), spec["_file"]
            parsed = email.message_from_bytes(data, policy=email.policy.default)
            repliable = [a.addr_spec.lower() for name in ("Reply-To", "From")
                         for h in parsed.get_all(name, []) for a in h.addresses]
            assert contact in repliable, (spec["_file"], contact)
        rows.append([spec["_file"], spec["kind"], spec.get("company", ""), contact,
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        counts[(row[1], row[4])] = counts.get((row[1], row[4]), 0) + 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in ("es", "en", "fr", "de")) + "  all")
    for kind in KINDS:
        cells = [counts.get((kind, lang), 0) for lang in ("es", "en", "fr", "de")]
        print(f"{kind:34}" + "".join(f"{c:>5}" for c in cells) + f"{sum(cells):>5}")
    totals = [sum(v for (k, lang), v in counts.items() if lang == la)
              for la in ("es", "en", "fr", "de")]
    print(f"{'all':34}" + "".join(f"{c:>5}" for c in totals) + f"{sum(totals):>5}")


if __name__ == "__main__":
    main()
