#!/usr/bin/env python3
"""Build corpus 177 (blind, hand-written) from the message specs in the msgs177_*.py modules.

Run from the repository root:  python tests/corpus_hundredseventyseventh/make_hundredseventyseventh.py

Standard library only. Deletes and rewrites only the *.eml files and labels.csv inside this
folder. Every message is re-parsed with the default policy and checked: no defects, the subject
and every body part round-trip, the Date is in 2026.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import sys
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs177_acks  # noqa: E402
import msgs177_invites  # noqa: E402
import msgs177_other  # noqa: E402
import msgs177_rejections  # noqa: E402
from msgs177_common import CANDIDATE  # noqa: E402

KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
EXPECTED = {
    "rejection": 31,
    "interview_invitation": 26,
    "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10,
    "application_received": 21,
    "offer": 10,
    "other": 52,
}
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
NL = "\n"


# --------------------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """text as RFC 2047 encoded words of at most 75 characters, never splitting a character."""
    words: list[str] = []
    head = f"=?{charset}?{enc}?"
    chunk = ""

    def render(s: str) -> str:
        data = s.encode(charset)
        if enc == "B":
            body = base64.b64encode(data).decode("ascii")
        else:
            body = "".join(
                "_" if b == 0x20 else chr(b) if b in Q_SAFE else f"={b:02X}" for b in data
            )
        return f"{head}{body}?="

    for ch in text:
        if chunk and len(render(chunk + ch)) > 75:
            words.append(render(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(render(chunk))
    return words


def phrase_tokens(text: str, mode: str | None) -> list[str]:
    """Tokens for an unstructured header value (a subject): plain words, then encoded words
    from the first word that needs them on. mode is "charset:Q|B" or None (utf-8, Q)."""
    if mode is None and text.isascii():
        return text.split(" ")
    charset, enc = (mode or "utf-8:Q").split(":")
    words = text.split(" ")
    first = next((i for i, w in enumerate(words) if not w.isascii()), 0)
    if mode is not None and mode.endswith("!"):
        first = 0
    plain = words[:first]
    rest = " ".join(words[first:])
    return [*plain, *encoded_words(rest, charset, enc.rstrip("!"))]


SPECIALS = set('()<>[]:;@\\,."')


def mailbox(entry: tuple[str, ...] | str, default: str | None = None) -> list[str]:
    """Tokens for one mailbox: (name, addr) or (name, addr, "charset:Q|B") or a bare addr."""
    if isinstance(entry, str):
        return [entry]
    name, addr = entry[0], entry[1]
    mode = entry[2] if len(entry) > 2 else None
    if mode is None and not name.isascii():
        mode = default
    if not name:
        return [addr]
    if name.isascii() and mode is None:
        if any(c in SPECIALS for c in name):
            escaped = name.replace("\\", "\\\\").replace('"', '\\"')
            return [f'"{escaped}"', f"<{addr}>"]
        return [*name.split(" "), f"<{addr}>"]
    charset, enc = (mode or "utf-8:Q").split(":")
    # Only the words that need it are encoded; neighbouring ones share one encoded word, so no
    # decoder has to decide whether the space between two encoded words is kept or dropped.
    tokens: list[str] = []
    run: list[str] = []
    for word in [*name.split(" "), None]:
        plain = word is not None and word.isascii() and not any(c in SPECIALS for c in word)
        if word is not None and not plain:
            run.append(word)
            continue
        if run:
            encoded = encoded_words(" ".join(run), charset, enc)
            if len(encoded) > 1:
                raise ValueError(f"display name run too long for one encoded word: {run}")
            tokens.extend(encoded)
            run = []
        if word is not None:
            tokens.append(word)
    return [*tokens, f"<{addr}>"]


def address_tokens(value: object, default: str | None = None) -> list[str]:
    entries = value if isinstance(value, list) else [value]
    tokens: list[str] = []
    for i, entry in enumerate(entries):
        toks = mailbox(entry, default)
        if i < len(entries) - 1:
            toks[-1] += ","
        tokens.extend(toks)
    return tokens


def fold(name: str, tokens: list[str], width: int = 76) -> str:
    """Name: tokens joined by single spaces, folded (CRLF+space for a space) near width."""
    line = f"{name}:"
    out: list[str] = []
    for tok in tokens:
        if len(line) + 1 + len(tok) > width and line != f"{name}:":
            out.append(line)
            line = " " + tok
        else:
            line += " " + tok
    out.append(line)
    return NL.join(out)


# --------------------------------------------------------------------------- bodies

def strip_version(part: MIMENonMultipart | MIMEMultipart | MIMEApplication) -> None:
    del part["MIME-Version"]


def text_part(text: str, subtype: str, charset: str, cte: str,
              extra: dict[str, str] | None = None) -> MIMENonMultipart:
    data = text.encode(charset)
    part = MIMENonMultipart("text", subtype, charset=charset, **(extra or {}))
    strip_version(part)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        if not data.isascii():
            raise ValueError(f"7bit body is not ASCII: {text[:40]!r}")
        payload = text
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""

    def lit(s: str) -> str:
        out = []
        for ch in s:
            code = ch.encode("cp1252", "replace")[0]
            if ch in "()\\":
                out.append("\\" + ch)
            elif code < 128:
                out.append(chr(code))
            else:
                out.append(f"\\{code:03o}")
        return "".join(out)

    stream_lines = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for i, line in enumerate(lines):
        stream_lines.append(("" if i == 0 else "T* ") + f"({lit(line)}) Tj")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    buf = io.BytesIO()
    buf.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, obj in enumerate(objects, start=1):
        offsets.append(buf.tell())
        buf.write(f"{n} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = buf.tell()
    buf.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        buf.write(f"{off:010d} 00000 n \n".encode())
    buf.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return buf.getvalue()


def ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line: str) -> list[str]:
    out: list[str] = []
    cur = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0], *(" " + rest for rest in out[1:])]


def vtimezone(tzid: str) -> list[str]:
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def ics_text(cal: dict, sent: datetime) -> str:
    method = cal["method"]
    tzid = cal.get("tz", "Europe/Paris")
    start = datetime.strptime(cal["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=cal.get("minutes", 45))
    org_name, org_addr = cal["organizer"]
    stamp = sent.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    status = "CANCELLED" if method == "CANCEL" else cal.get("status", "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        *vtimezone(tzid),
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{ics_escape(cal['summary'])}",
        f"LOCATION:{ics_escape(cal.get('location', ''))}",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{CANDIDATE[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
        f"mailto:{CANDIDATE[1]}",
    ]
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(cal['description'])}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- one message

def msg_id(spec: dict, when: datetime) -> str:
    digest = hashlib.sha1(f"177/{spec['kind']}/{spec['slug']}".encode()).hexdigest()
    sender = spec["frm"] if isinstance(spec["frm"], str) else spec["frm"][1]
    domain = spec.get("msgid_domain") or sender.split("@")[1]
    return f"<{when:%Y%m%d%H%M%S}.{digest[:12]}@{domain}>"


def parse_date(spec: dict) -> datetime:
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    seconds = int(hashlib.sha1(spec["slug"].encode()).hexdigest()[:4], 16) % 60
    return when + timedelta(seconds=seconds)


def build(spec: dict, index: str, ids: dict[str, str], refs: dict[str, list[str]]
          ) -> tuple[bytes, list[tuple[str, object]]]:
    """The message bytes and the parts expected back: (content type, content)."""
    when = parse_date(spec)
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    expected: list[tuple[str, object]] = []
    alts: list[MIMENonMultipart] = []
    if spec.get("text") is not None:
        alts.append(text_part(spec["text"], "plain", charset, cte))
        expected.append(("text/plain", spec["text"]))
    if spec.get("html") is not None:
        alts.append(text_part(spec["html"], "html", spec.get("html_charset", charset),
                              spec.get("html_cte", cte)))
        expected.append(("text/html", spec["html"]))
    if spec.get("ics"):
        cal = ics_text(spec["ics"], when)
        cal_cte = spec["ics"].get("cte", "base64")
        if cal_cte != "base64":
            cal = cal.replace("\r\n", "\n")
        alts.append(text_part(cal, "calendar", "utf-8", cal_cte,
                              {"method": spec["ics"]["method"]}))
        expected.append(("text/calendar", cal))
    if not alts:
        raise ValueError(f"{index}: no body")
    if len(alts) == 1:
        body = alts[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"=_alt177_{index}_{when:%H%M%S}")
        strip_version(body)
        for part in alts:
            body.attach(part)
    root = body
    attachments = spec.get("attach", [])
    if attachments:
        root = MIMEMultipart("mixed", boundary=f"=_mix177_{index}_{when:%d%H%M}")
        strip_version(root)
        root.attach(body)
        for att in attachments:
            if att["type"] == "pdf":
                data = pdf_bytes(att["lines"])
                part = MIMEApplication(data, "pdf")
                expected.append(("application/pdf", data))
            elif att["type"] == "ics":
                data = ics_text(att["cal"], when).encode("utf-8")
                part = MIMEApplication(data, "ics")
                expected.append(("application/ics", data))
            else:
                raise ValueError(att["type"])
            strip_version(part)
            fname = att["name"]
            if fname.isascii():
                part.add_header("Content-Disposition", "attachment", filename=fname)
            else:
                part.add_header("Content-Disposition", "attachment",
                                filename=("utf-8", "", fname))
            root.attach(part)
    if root is not body or isinstance(body, MIMEMultipart):
        root.preamble = spec.get("preamble", "This is a multi-part message in MIME format.")
    root["MIME-Version"] = "1.0"

    lines = [f"Date: {format_datetime(when)}", fold("From", address_tokens(spec["frm"]))]
    if spec.get("reply_to"):
        lines.append(fold("Reply-To", address_tokens(spec["reply_to"])))
    latin = "iso-8859-1:Q" if charset in ("iso-8859-1", "windows-1252") else None
    lines.append(fold("To", address_tokens(spec.get("to", CANDIDATE), latin)))
    if spec.get("cc"):
        lines.append(fold("Cc", address_tokens(spec["cc"], latin)))
    lines.append(fold("Subject", phrase_tokens(spec["subject"], spec.get("subj_enc"))))
    lines.append(f"Message-ID: {ids[spec['slug']]}")
    parent = spec.get("reply")
    if parent:
        parent_id = parent if parent.startswith("<") else ids[parent]
        chain = [*refs.get(parent, []), parent_id]
        refs[spec["slug"]] = chain
        lines.append(f"In-Reply-To: {parent_id}")
        lines.append(fold("References", chain))
    for name, value in spec.get("headers", []):
        lines.append(fold(name, value.split(" ")))
    buf = io.BytesIO()
    policy = email.policy.compat32.clone(linesep=NL, max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=policy).flatten(root)
    return (NL.join(lines) + NL).encode("ascii") + buf.getvalue(), expected


def norm(value: object) -> object:
    if isinstance(value, str):
        return value.replace("\r\n", "\n").rstrip("\n")
    return value


def check(raw: bytes, spec: dict, expected: list[tuple[str, object]], where: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = list(msg.defects)
    for part in msg.walk():
        problems += part.defects
    for _name, value in msg.items():
        problems += getattr(value, "defects", ())
    if problems:
        raise SystemExit(f"{where}: defects {problems}")
    if str(msg["Subject"]) != spec["subject"]:
        raise SystemExit(f"{where}: subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    if msg["Date"].datetime.year != 2026:
        raise SystemExit(f"{where}: date not in 2026")
    got = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        got.append((part.get_content_type(), norm(part.get_content())))
    want = [(ctype, norm(content)) for ctype, content in expected]
    if got != want:
        for g, w in zip(got, want, strict=False):
            if g != w:
                raise SystemExit(f"{where}: part differs\n{g!r:.300}\n{w!r:.300}")
        raise SystemExit(f"{where}: parts {[g[0] for g in got]} != {[w[0] for w in want]}")
    for header, key in (("From", "frm"), ("Reply-To", "reply_to"), ("To", "to"), ("Cc", "cc")):
        value = spec.get(key, CANDIDATE if key == "to" else None)
        if not value:
            continue
        entries = value if isinstance(value, list) else [value]
        want_addrs = [(e, "") if isinstance(e, str) else (e[1], e[0]) for e in entries]
        got_addrs = [(a.addr_spec, a.display_name) for a in msg[header].addresses]
        if got_addrs != [(addr, name) for addr, name in want_addrs]:
            raise SystemExit(f"{where}: {header} {got_addrs!r} != {want_addrs!r}")


# --------------------------------------------------------------------------- main

def main() -> None:
    specs = [*msgs177_rejections.MESSAGES, *msgs177_invites.MESSAGES, *msgs177_acks.MESSAGES,
             *msgs177_other.MESSAGES]
    slugs = [s["slug"] for s in specs]
    dupes = {s for s in slugs if slugs.count(s) > 1}
    if dupes:
        raise SystemExit(f"duplicate slugs: {sorted(dupes)}")
    counts = dict.fromkeys(KINDS, 0)
    for spec in specs:
        counts[spec["kind"]] += 1
    if counts != EXPECTED:
        raise SystemExit(f"counts {counts} != {EXPECTED}")
    ids = {spec["slug"]: msg_id(spec, parse_date(spec)) for spec in specs}
    if len(set(ids.values())) != len(ids):
        raise SystemExit("duplicate Message-IDs")

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    numbers = dict.fromkeys(KINDS, 0)
    rows = []
    refs: dict[str, list[str]] = {}
    # parents before children, so References chains are complete
    order = sorted(specs, key=parse_date)
    files: dict[str, str] = {}
    for spec in specs:
        kind = spec["kind"]
        numbers[kind] += 1
        files[spec["slug"]] = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
    for spec in order:
        rel = files[spec["slug"]]
        index = rel.split("/")[1][:3] + kind_code(spec["kind"])
        try:
            raw, expected = build(spec, index, ids, refs)
        except (UnicodeError, ValueError, KeyError) as exc:
            raise SystemExit(f"{rel}: {exc!r}") from exc
        check(raw, spec, expected, rel)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
    for spec in specs:
        rows.append([files[spec["slug"]], spec["kind"], spec.get("company", ""),
                     spec.get("contact", ""), spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(f"wrote {len(rows)} messages to {HERE}")
    langs: dict[str, int] = {}
    for row in rows:
        langs[row[4]] = langs.get(row[4], 0) + 1
    print("languages:", dict(sorted(langs.items())))


def kind_code(kind: str) -> str:
    return "".join(word[0] for word in kind.split("_"))


if __name__ == "__main__":
    main()
