"""Build corpus 252 (Lorenz Adeyemi-Huber) from the hand-written specs in msgs252_*.py.

Run from the repository root:

    python tests/corpus_twohundredfiftysecond/make_twohundredfiftysecond.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv inside this folder,
then re-parses every written message and checks that it has no defects and that its subject and
text bodies round-trip.
"""

from __future__ import annotations

import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import sys
import textwrap
from email.generator import BytesGenerator
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs252_acks  # noqa: E402
import msgs252_invites  # noqa: E402
import msgs252_other  # noqa: E402
import msgs252_rejections  # noqa: E402
from msgs252_common import (  # noqa: E402
    CAND,
    CAND_NAME,
    long_date,
    outlook_block,
    outlook_html,
    reply_quote,
    simple_html,
)

KIND_ORDER = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)

# ---------------------------------------------------------------------------------------------
# dates


def _last_sunday(year: int, month: int) -> dt.date:
    d = dt.date(year, month, 31)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def _offset(zone: str, when: dt.datetime) -> int:
    """UTC offset in minutes of the sender's zone at local time `when`."""
    if zone == "utc":
        return 0
    if zone == "us":
        summer = dt.date(2026, 3, 8) <= when.date() < dt.date(2026, 11, 1)
        return -240 if summer else -300
    summer = _last_sunday(2026, 3) <= when.date() < _last_sunday(2026, 10)
    if zone == "ie":
        return 60 if summer else 0
    return 120 if summer else 60  # ch, de, fr, es: central European time


def parse_when(spec: dict) -> dt.datetime:
    local = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    local = local.replace(second=int(hashlib.sha1(spec["slug"].encode()).hexdigest()[:2], 16) % 60)
    off = _offset(spec.get("tz", "ch"), local)
    return local.replace(tzinfo=dt.timezone(dt.timedelta(minutes=off)))


# ---------------------------------------------------------------------------------------------
# headers

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


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


def _one_word(text: str, charset: str, enc: str) -> str:
    data = text.encode(charset)
    if enc == "B":
        import base64

        return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
    return f"=?{charset}?Q?{_q(data)}?="


def encoded_words(text: str, charset: str = "utf-8", enc: str = "Q") -> list[str]:
    """text as a list of encoded words of at most 75 characters, split between characters."""
    words, chunk = [], ""
    for ch in text:
        if chunk and len(_one_word(chunk + ch, charset, enc)) > 75:
            words.append(_one_word(chunk, charset, enc))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(_one_word(chunk, charset, enc))
    return words


def fold(name: str, tokens: list[str]) -> str:
    """Header line `name: tokens...` folded at whitespace before 78 characters."""
    lines, line = [], f"{name}:"
    for tok in tokens:
        if len(line) + 1 + len(tok) > 78 and line != f"{name}:":
            lines.append(line)
            line = " " + tok
        else:
            line += " " + tok
    lines.append(line)
    return "\n".join(lines)


def subject_tokens(subject: str, enc: tuple[str, str] | None) -> list[str]:
    if enc is None and subject.isascii():
        return subject.split(" ")
    charset, mode = enc or ("utf-8", "Q")
    if mode.startswith("mixed"):  # encode only the runs of words that need it
        mode = mode[-1]
        tokens, run = [], []
        for word in subject.split(" "):
            if word.isascii():
                if run:
                    tokens.extend(encoded_words(" ".join(run), charset, mode))
                    run = []
                tokens.append(word)
            else:
                run.append(word)
        if run:
            tokens.extend(encoded_words(" ".join(run), charset, mode))
        return tokens
    return encoded_words(subject, charset, mode)


_SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> list[str]:
    name, addr = pair
    if not name:
        return [addr]
    if enc is None and name.isascii():
        if any(c in _SPECIALS for c in name):
            escaped = name.replace("\\", "\\\\").replace('"', '\\"')
            return [f'"{escaped}"', f"<{addr}>"]
        return [*name.split(" "), f"<{addr}>"]
    charset, mode = enc or ("utf-8", "Q")
    return [*encoded_words(name, charset, mode), f"<{addr}>"]


def addr_header(name: str, pairs: list[tuple[str, str]], enc: tuple[str, str] | None) -> str:
    tokens: list[str] = []
    for i, pair in enumerate(pairs):
        toks = fmt_addr(pair, enc if i == 0 else None)
        if i < len(pairs) - 1:
            toks[-1] += ","
        tokens.extend(toks)
    return fold(name, tokens)


# ---------------------------------------------------------------------------------------------
# attachments


def _pdf_str(text: str) -> bytes:
    data = text.encode("cp1252", errors="replace")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing `lines` in Helvetica."""
    wrapped: list[str] = []
    for line in lines:
        wrapped.extend(textwrap.wrap(line, 88) or [""])
    ops = [b"BT", b"/F1 11 Tf", b"56 790 Td", b"15 TL"]
    for line in wrapped[:48]:
        ops.append(_pdf_str(line) + b" Tj T*")
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + _pdf_str(title) + b" /Producer (corpus252) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode()) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def make_ics(cal: dict, stamp: dt.datetime, sender: tuple[str, str]) -> str:
    zone = cal.get("tz", "ch")

    def utc(local: str) -> str:
        t = dt.datetime.strptime(local, "%Y-%m-%d %H:%M")
        t = t - dt.timedelta(minutes=_offset(zone, t))
        return t.strftime("%Y%m%dT%H%M%SZ")

    org = cal.get("organizer", sender)
    method = cal["method"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 252//Calendar//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"DTSTAMP:{stamp.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{utc(cal['start'])}",
        f"DTEND:{utc(cal['end'])}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        f"SUMMARY:{_ics_text(cal['summary'])}",
    ]
    if cal.get("location"):
        lines.append(f"LOCATION:{_ics_text(cal['location'])}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(cal['description'])}")
    lines.append(f"ORGANIZER;CN={_ics_text(org[0])}:mailto:{org[1]}")
    lines.append(
        f"ATTENDEE;CN={CAND_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CAND}"
    )
    for who in cal.get("attendees", []):
        lines.append(f"ATTENDEE;CN={_ics_text(who[0])};ROLE=REQ-PARTICIPANT:mailto:{who[1]}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded: list[str] = []
    for line in lines:
        folded.extend(_ics_fold(line))
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------------------------------------
# bodies


def text_part(content: str, subtype: str, charset: str, cte: str | None,
              part: MIMEPart | None = None, params: dict | None = None) -> MIMEPart:
    part = part if part is not None else MIMEPart(policy=POLICY)
    if cte is None and content.isascii():
        cte = "7bit"
    elif cte is None:
        cte = "quoted-printable" if subtype == "html" else "8bit"
    part.set_content(content, subtype=subtype, charset=charset, cte=cte, params=params)
    return part


def multipart(subtype: str, boundary: str, parts: list[MIMEPart],
              root: EmailMessage | None = None) -> MIMEPart:
    msg = root if root is not None else MIMEPart(policy=POLICY)
    msg["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        msg.attach(p)
    return msg


def build_body(spec: dict, when: dt.datetime, sender: tuple[str, str], tag: str):
    """The root MIME entity and the expected (content type, text) of every text part."""
    expected: list[tuple[str, str]] = []
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte")
    alt_parts: list[MIMEPart] = []
    if spec.get("text") is not None:
        alt_parts.append(text_part(spec["text"], "plain", cs, cte))
        expected.append(("text/plain", spec["text"]))
    if spec.get("html") is not None:
        alt_parts.append(text_part(spec["html"], "html", spec.get("html_cs", cs),
                                   spec.get("html_cte", cte)))
        expected.append(("text/html", spec["html"]))
    attachments: list[MIMEPart] = []
    for att in spec.get("atts", []):
        if "pdf" in att:
            p = MIMEPart(policy=POLICY)
            p.set_content(make_pdf(att.get("title", att["pdf"]), att["lines"]),
                          maintype="application", subtype="pdf", filename=att["pdf"])
            attachments.append(p)
        elif "ics" in att:
            cal = att["ics"]
            ics = make_ics(cal, when, sender)
            if att.get("inline", True):
                p = text_part(ics, "calendar", "utf-8", "7bit" if ics.isascii() else "8bit",
                              params={"method": cal["method"]})
                alt_parts.append(p)
                expected.append(("text/calendar", ics))
            if att.get("file"):
                q = MIMEPart(policy=POLICY)
                q.set_content(ics.encode("utf-8"), maintype="application", subtype="ics",
                              filename=att["file"])
                attachments.append(q)
    root = EmailMessage(policy=POLICY)
    n = 0

    def bnd() -> str:
        nonlocal n
        n += 1
        return f"=_c252_{tag}_{n}"

    if not attachments and len(alt_parts) == 1:
        single = alt_parts[0]
        if spec.get("text") is not None:
            text_part(spec["text"], "plain", cs, cte, part=root)
        elif spec.get("html") is not None:
            text_part(spec["html"], "html", spec.get("html_cs", cs), spec.get("html_cte", cte),
                      part=root)
        else:  # pragma: no cover - every spec has a body
            raise ValueError(spec["slug"])
        del single
        return root, expected
    root["MIME-Version"] = "1.0"
    if not attachments:
        multipart("alternative", bnd(), alt_parts, root)
    else:
        first = alt_parts[0] if len(alt_parts) == 1 else multipart("alternative", bnd(), alt_parts)
        multipart("mixed", bnd(), [first, *attachments], root)
    if spec.get("preamble", True) and root.is_multipart():
        root.preamble = "This is a multi-part message in MIME format."
    return root, expected


# ---------------------------------------------------------------------------------------------
# messages


def message_id(spec: dict, sender: tuple[str, str]) -> str:
    domain = spec.get("mid_domain") or sender[1].split("@")[1]
    digest = hashlib.sha1(("c252:" + spec["slug"]).encode()).hexdigest()
    return f"<{digest[:10]}.{digest[10:18]}@{domain}>"


def render(spec: dict, ids: dict[str, str], refs: dict[str, list[str]], tag: str):
    sender = spec["from"]
    when = parse_when(spec)
    lines = [addr_header("From", [sender], spec.get("from_enc"))]
    if spec.get("reply_to"):
        lines.append(addr_header("Reply-To", [spec["reply_to"]], spec.get("reply_to_enc")))
    to = spec.get("to", [(CAND_NAME, CAND)])
    lines.append(addr_header("To", to, spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(addr_header("Cc", spec["cc"], None))
    lines.append(fold("Subject", subject_tokens(spec["subject"], spec.get("subj_enc"))))
    lines.append(f"Date: {format_datetime(when)}")
    lines.append(f"Message-ID: {ids[spec['slug']]}")
    chain = refs.get(spec["slug"], [])
    if chain:
        lines.append(f"In-Reply-To: {chain[-1]}")
        lines.append(fold("References", chain))
    for name, value in spec.get("headers", []):
        lines.append(fold(name, value.split(" ")))
    root, expected = build_body(spec, when, sender, tag)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(root)
    return ("\n".join(lines) + "\n").encode("ascii") + buf.getvalue(), expected


def _norm(text: str) -> str:
    return "\n".join(x.rstrip() for x in text.replace("\r\n", "\n").strip().split("\n"))


def verify(raw: bytes, spec: dict, expected: list[tuple[str, str]], where: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    got = [
        (p.get_content_type(), p.get_content())
        for p in msg.walk()
        if p.get_content_maintype() == "text"
    ]
    if [(t, _norm(c)) for t, c in got] != [(t, _norm(c)) for t, c in expected]:
        problems.append("bodies do not round-trip")
    fr = msg["From"].addresses[0]
    if fr.addr_spec.lower() != spec["from"][1].lower() or fr.display_name != spec["from"][0]:
        problems.append(f"From {fr!r} does not round-trip")
    if msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    if problems:
        raise SystemExit(f"{where}: " + "; ".join(problems))


def resolve(spec: dict, by_key: dict[str, dict], done: set[str]) -> None:
    """Fill in the layout a spec asks for: the quoted parent ("quote": "reply" | "outlook")
    below the new text, and an HTML twin ("html": "auto" | "outlook")."""
    if spec["slug"] in done:
        return
    done.add(spec["slug"])
    new = spec.get("text")
    block = ""
    style = spec.get("quote")
    if style:
        parent = by_key[spec["reply"]]
        resolve(parent, by_key, done)
        qlang = spec.get("quote_lang", spec["lang"])
        name, addr = parent["from"]
        ptext = parent["text"]
        if style == "reply":
            block = reply_quote(qlang, parent["date"], name, addr, ptext)
        else:
            to = ", ".join(f"{n} <{a}>" if n else a
                           for n, a in parent.get("to", [(CAND_NAME, CAND)]))
            block = outlook_block(qlang, f"{name} <{addr}>", long_date(qlang, parent["date"]),
                                  to, parent["subject"], ptext)
        spec["text"] = new.rstrip("\n") + "\n\n" + block + "\n"
    if spec.get("html") == "auto":
        spec["html"] = simple_html(spec["text"], spec["lang"])
    elif spec.get("html") == "outlook":
        spec["html"] = outlook_html(new, spec.get("word_lang", "DE-CH"), quote=block)


def all_specs() -> list[dict]:
    return [
        *msgs252_rejections.MSGS,
        *msgs252_invites.MSGS,
        *msgs252_acks.MSGS,
        *msgs252_other.MSGS,
    ]


def main() -> None:
    specs = all_specs()
    slugs = [s["slug"] for s in specs]
    dupes = {s for s in slugs if slugs.count(s) > 1}
    if dupes:
        raise SystemExit(f"duplicate slugs: {sorted(dupes)}")
    by_key = {s.get("key", s["slug"]): s for s in specs}
    ids = {s["slug"]: message_id(s, s["from"]) for s in specs}

    def chain_of(spec: dict) -> list[str]:
        parent = spec.get("reply")
        if parent is None:
            return list(spec.get("refs_ext", []))
        if parent.startswith("<"):
            return [*spec.get("refs_ext", []), parent]
        p = by_key[parent]
        return [*chain_of(p), ids[p["slug"]]]

    refs = {s["slug"]: chain_of(s) for s in specs}
    done: set[str] = set()
    for spec in specs:
        resolve(spec, by_key, done)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    counters: dict[str, int] = {}
    for kind in KIND_ORDER:
        for spec in (s for s in specs if s["kind"] == kind):
            counters[kind] = counters.get(kind, 0) + 1
            rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
            try:
                raw, expected = render(spec, ids, refs, f"{counters[kind]:03d}{kind[:3]}")
            except (UnicodeError, ValueError, KeyError) as error:
                raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
            verify(raw, spec, expected, rel)
            path = HERE / rel
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(raw)
            rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
    unknown = {s["kind"] for s in specs} - set(KIND_ORDER)
    if unknown:
        raise SystemExit(f"unknown kinds: {unknown}")
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
