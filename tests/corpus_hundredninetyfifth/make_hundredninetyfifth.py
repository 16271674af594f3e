"""Build corpus 195 (Roisin Vasquez-Lindholm) from the hand-written specs in msgs195_*.py.

Run from the repository root:  python tests/corpus_hundredninetyfifth/make_hundredninetyfifth.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv inside this
folder. Every message is written byte by byte (header block, MIME tree, deterministic
boundaries, Message-IDs and dates), then parsed back with the default policy and checked:
no defects, the subject, the addresses' display names and every text body come back as
written.

Spec keys (see msgs195_common.M):
  kind, slug, company, contact, lang       labels
  frm, to, cc, reply_to                    (name, addr) or (name, addr, "charset/Q|B")
  subject, subj_enc                        subj_enc forces encoded words ("utf-8/B" ...)
  date, tz                                 "2026-03-04 10:15", "+0000"
  text, html                               bodies (either or both)
  charset, cte, html_charset, html_cte     body charsets / transfer encodings
  ics, ics_mode                            a calendar part ("alt" inside the alternative,
                                           "attach" as invite.ics)
  pdfs                                     [(filename, [lines])]
  headers                                  extra header lines [(name, value)]
  key, parent                              thread keys: In-Reply-To / References
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs195_acks  # noqa: E402
import msgs195_invites  # noqa: E402
import msgs195_other  # noqa: E402
import msgs195_rejections  # noqa: E402
from msgs195_common import CANDIDATE  # noqa: E402

KIND_ORDER = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
EXPECTED = {
    "rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52,
}
SPECIALS = set('()<>@,;:\\".[]')
Q_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


# --------------------------------------------------------------------------- headers


def _q_chunk(raw: bytes) -> str:
    out = []
    for b in raw:
        ch = chr(b)
        if ch == " ":
            out.append("_")
        elif ch in Q_SAFE:
            out.append(ch)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def encoded_words(text: str, enc: str) -> list[str]:
    """RFC 2047 encoded words for text (charset/Q or charset/B), each at most 75 chars."""
    charset, mode = enc.split("/")
    mode = mode.upper()
    words: list[str] = []
    chunk = ""
    prefix = f"=?{charset}?{mode}?"

    def render(s: str) -> str:
        raw = s.encode(charset)
        body = _q_chunk(raw) if mode == "Q" else base64.b64encode(raw).decode("ascii")
        return f"{prefix}{body}?="

    for ch in text:
        if chunk and len(render(chunk + ch)) > 75:
            words.append(render(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(render(chunk))
    return words


def encode_unstructured(text: str, enc: str | None) -> str:
    """Subject value: ASCII words stay as they are, runs of non-ASCII words become encoded
    words; a forced enc encodes the whole value."""
    if enc and enc.endswith("!"):
        return " ".join(encoded_words(text, enc[:-1]))
    if text.isascii():
        return " ".join(encoded_words(text, enc)) if enc else text
    enc = enc or "utf-8/Q"
    tokens = text.split(" ")
    out: list[str] = []
    run: list[str] = []
    for tok in [*tokens, None]:
        if tok is not None and not tok.isascii():
            run.append(tok)
            continue
        if run:
            out.extend(encoded_words(" ".join(run), enc))
            run = []
        if tok is not None:
            out.append(tok)
    # adjacent encoded words lose the space between them; keep the ones inside runs
    return " ".join(out)


def fmt_addr(entry: tuple) -> str:
    name, addr = entry[0], entry[1]
    enc = entry[2] if len(entry) > 2 else None
    if not name:
        return addr
    if enc or not name.isascii():
        return " ".join(encoded_words(name, enc or "utf-8/B")) + f" <{addr}>"
    if any(c in SPECIALS for c in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'
    return f"{name} <{addr}>"


def fold(name: str, value: str) -> str:
    """name: value, folded at spaces so that lines stay near 76 characters."""
    line = f"{name}:"
    lines: list[str] = []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 76 and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = " " + word
        else:
            line = f"{line} {word}"
    lines.append(line)
    return "\n".join(lines)


# --------------------------------------------------------------------------- bodies


def encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw, quotetabs=False)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "7bit" and not raw.isascii():
        raise ValueError("7bit body with non-ASCII text")
    if any(len(line) > 990 for line in raw.split(b"\n")):
        raise ValueError(f"{cte} body with a line over 990 octets")
    return raw if raw.endswith(b"\n") else raw + b"\n"


def default_cte(text: str, charset: str) -> str:
    return "7bit" if text.isascii() else "quoted-printable"


def ascii_fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in norm if not unicodedata.combining(c))
    return out.replace("€", "EUR").replace("£", "GBP").encode("ascii", "replace").decode()


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing lines."""
    def pdf_str(s: str) -> str:
        s = ascii_fold(s)
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "56 790 Td", "14 TL"]
    for i, line in enumerate(lines):
        ops.append(f"({pdf_str(line)}) Tj" if i == 0 else f"T* ({pdf_str(line)}) Tj")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


def parse_local(when: str, tz: str) -> datetime:
    sign = 1 if tz[0] == "+" else -1
    offset = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return datetime.strptime(when, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(offset))


def ics_escape(s: str) -> str:
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + part for part in out[1:]]


def make_ics(ics: dict, stamp: datetime) -> str:
    def utc(when: str) -> str:
        return (parse_local(when, ics["tz"]).astimezone(UTC)
                .strftime("%Y%m%dT%H%M%SZ"))

    org_name, org_addr = ics["organizer"]
    att_name, att_addr = ics.get("attendee", CANDIDATE)
    method = ics.get("method", "REQUEST")
    status = ics.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{utc(ics['start'])}",
        f"DTEND:{utc(ics['end'])}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines += [
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={att_name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{att_addr}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- MIME tree


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes = b"",
                 children: list[Part] | None = None, boundary: str = ""):
        self.headers = headers
        self.body = body
        self.children = children or []
        self.boundary = boundary

    def render(self) -> bytes:
        head = "".join(fold(n, v) + "\n" for n, v in self.headers).encode("ascii")
        if not self.children:
            return head + b"\n" + self.body
        out = head + b"\n"
        out += b"This is a multi-part message in MIME format.\n" if self.top else b""
        for child in self.children:
            out += f"\n--{self.boundary}\n".encode() + child.render()
        out += f"\n--{self.boundary}--\n".encode()
        return out

    top = False


def text_part(content: str, subtype: str, charset: str, cte: str) -> Part:
    return Part([("Content-Type", f'text/{subtype}; charset="{charset}"'),
                 ("Content-Transfer-Encoding", cte)],
                encode_body(content, charset, cte))


def build(spec: dict, index: int, mids: dict[str, str], refs: dict[str, list[str]]) -> bytes:
    seed = hashlib.sha1(f"195-{index}-{spec['slug']}".encode()).hexdigest()
    bcount = [0]

    def boundary() -> str:
        bcount[0] += 1
        return f"----=_Part195_{seed[:10]}_{bcount[0]}"

    charset = spec.get("charset", "utf-8")
    parts: list[Part] = []
    texts: list[str] = []
    if spec.get("text") is not None:
        t = spec["text"]
        parts.append(text_part(t, "plain", charset, spec.get("cte") or default_cte(t, charset)))
        texts.append(t)
    if spec.get("html") is not None:
        hcs = spec.get("html_charset", charset)
        h = spec["html"]
        if hcs != "utf-8":  # the HTML shells declare utf-8; say what the part really uses
            h = h.replace('charset="utf-8"', f'charset="{hcs}"').replace(
                "charset=utf-8", f"charset={hcs}")
        parts.append(text_part(h, "html", hcs, spec.get("html_cte") or default_cte(h, hcs)))
        texts.append(h)
    stamp = parse_local(spec["date"], spec["tz"])
    attachments: list[Part] = []
    ics = spec.get("ics")
    if ics:
        cal = make_ics(ics, stamp)
        method = ics.get("method", "REQUEST")
        cal_part = Part([("Content-Type", f'text/calendar; charset="utf-8"; method={method}'),
                         ("Content-Transfer-Encoding", "base64")],
                        base64.encodebytes(cal.encode("utf-8")))
        texts.append(cal)
        if spec.get("ics_mode", "alt") == "alt":
            parts.append(cal_part)
        else:
            name = "cancel.ics" if method == "CANCEL" else "invite.ics"
            cal_part.headers[0] = ("Content-Type",
                                   f'text/calendar; charset="utf-8"; method={method}; '
                                   f'name="{name}"')
            cal_part.headers.append(("Content-Disposition", f'attachment; filename="{name}"'))
            attachments.append(cal_part)
    for filename, lines in spec.get("pdfs", []):
        attachments.append(Part(
            [("Content-Type", f'application/pdf; name="{filename}"'),
             ("Content-Disposition", f'attachment; filename="{filename}"'),
             ("Content-Transfer-Encoding", "base64")],
            base64.encodebytes(make_pdf(lines))))
    if not parts:
        raise ValueError(f"{spec['slug']}: no body")
    body = parts[0] if len(parts) == 1 else Part(
        [("Content-Type", f'multipart/alternative; boundary="{(b := boundary())}"')],
        children=parts, boundary=b)
    root = body if not attachments else Part(
        [("Content-Type", f'multipart/mixed; boundary="{(b := boundary())}"')],
        children=[body, *attachments], boundary=b)
    root.top = bool(root.children)

    frm = spec["frm"]
    to = spec.get("to", [CANDIDATE])
    headers: list[tuple[str, str]] = [("From", fmt_addr(frm))]
    headers.append(("To", ", ".join(fmt_addr(a) for a in to)))
    if spec.get("cc"):
        headers.append(("Cc", ", ".join(fmt_addr(a) for a in spec["cc"])))
    if spec.get("reply_to"):
        headers.append(("Reply-To", fmt_addr(spec["reply_to"])))
    headers.append(("Subject", encode_unstructured(spec["subject"], spec.get("subj_enc"))))
    headers.append(("Date", format_datetime(stamp)))
    headers.append(("Message-ID", mids[spec["_id"]]))
    parent = spec.get("parent")
    if parent:
        chain = refs[parent] + [mids[parent]]
        headers.append(("In-Reply-To", mids[parent]))
        headers.append(("References", " ".join(chain)))
    headers.append(("MIME-Version", "1.0"))
    headers += list(spec.get("headers", []))
    root.headers = headers + root.headers
    spec["_texts"] = texts
    return root.render()


# --------------------------------------------------------------------------- checks


def norm(s: str) -> str:
    return s.replace("\r\n", "\n").rstrip("\n")


def check(path: Path, spec: dict) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    got_from = msg["From"].addresses[0]
    if got_from.addr_spec.lower() != spec["frm"][1].lower():
        problems.append("from address")
    if got_from.display_name != spec["frm"][0]:
        problems.append(f"from name {got_from.display_name!r}")
    if spec.get("reply_to") and msg["Reply-To"].addresses[0].display_name != spec["reply_to"][0]:
        problems.append("reply-to name")
    bodies = [norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    want = [norm(t) for t in spec["_texts"]]
    if bodies != want:
        problems.append("bodies differ")
    if not any(b.strip() for b in bodies):
        problems.append("no text")
    if msg["Date"].datetime.year != 2026:
        problems.append("year")
    if problems:
        raise SystemExit(f"{path.name}: {problems}")


# --------------------------------------------------------------------------- main


def all_specs() -> list[dict]:
    return (msgs195_rejections.MESSAGES + msgs195_invites.MESSAGES + msgs195_acks.MESSAGES
            + msgs195_other.MESSAGES)


def main() -> None:
    specs = all_specs()
    counters = dict.fromkeys(KIND_ORDER, 0)
    mids: dict[str, str] = {}
    refs: dict[str, list[str]] = {}
    by_key: dict[str, dict] = {}
    for i, spec in enumerate(specs):
        kind = spec["kind"]
        counters[kind] += 1
        spec["_file"] = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        spec["_id"] = spec.get("key") or f"_auto{i}"
        if spec["_id"] in mids:
            raise SystemExit(f"duplicate key {spec['_id']}")
        domain = spec["frm"][1].split("@")[1]
        h = hashlib.sha1(f"mid-195-{i}-{spec['slug']}".encode()).hexdigest()
        stamp = parse_local(spec["date"], spec["tz"]).strftime("%Y%m%d%H%M%S")
        mids[spec["_id"]] = f"<{stamp}.{h[:16]}@{domain}>"
        by_key[spec["_id"]] = spec
    # references follow the parent chain
    def chain(key: str) -> list[str]:
        parent = by_key[key].get("parent")
        return [] if not parent else [*chain(parent), mids[parent]]
    for key in by_key:
        refs[key] = chain(key)
    if counters != EXPECTED:
        print("counts differ from the brief:", counters, file=sys.stderr)
    for sub in KIND_ORDER:
        folder = HERE / sub
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    for i, spec in enumerate(specs):
        try:
            data = build(spec, i, mids, refs)
        except (ValueError, UnicodeError) as exc:
            raise SystemExit(f"{spec['_file']}: {exc}") from exc
        path = HERE / spec["_file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec)
        rows.append([spec["_file"], spec["kind"], spec.get("company", ""),
                     spec.get("contact", ""), spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(f"wrote {len(rows)} messages: {counters}")


if __name__ == "__main__":
    main()
