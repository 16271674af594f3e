"""Build corpus 269 from the hand-written specs in the msgs269_* modules.

Run from the repository root:  python tests/corpus_twohundredsixtyninth/make_twohundredsixtyninth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder.
Every written message is parsed back with the default policy and checked: no defects, the
subject, the display names and every text body round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import re
import sys
from collections import Counter
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs269_acks  # noqa: E402
import msgs269_common as C  # noqa: E402
import msgs269_invites  # noqa: E402
import msgs269_other  # noqa: E402
import msgs269_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["es", "en", "fr", "de"]


# ---------------------------------------------------------------- headers

def _q_encode(raw: bytes) -> str:
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _ew(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    payload = base64.b64encode(raw).decode() if enc == "B" else _q_encode(raw)
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, charset: str = "utf-8", enc: str = "Q", limit: int = 62) -> list[str]:
    """Split text into RFC 2047 encoded words of at most `limit` characters each."""
    words, cur = [], ""
    for ch in text:
        if cur and len(_ew(cur + ch, charset, enc)) > limit:
            words.append(_ew(cur, charset, enc))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew(cur, charset, enc))
    return words


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay under 78 characters."""
    words = value.split(" ")
    lines = [f"{name}: {words[0]}"]
    for word in words[1:]:
        if len(lines[-1]) + 1 + len(word) > 76 and lines[-1].strip():
            lines.append(" " + word)
        else:
            lines[-1] += " " + word
    return "\n".join(lines)


def header_text(name: str, value: str, enc: tuple | None, full: bool) -> str:
    """Subject-like header: plain when ASCII, otherwise encoded words (whole value or the
    part from the first non-ASCII word on)."""
    if value.isascii() and not enc:
        return fold_plain(name, value)
    charset, method = enc if enc else ("utf-8", "Q")
    words = value.split(" ")
    if full or value.isascii():
        plain, rest = "", value
    else:
        first = next(i for i, w in enumerate(words) if not w.isascii())
        plain, rest = " ".join(words[:first]), " ".join(words[first:])
    pieces = encoded_words(rest, charset, method)
    head = f"{name}: " + (plain + " " if plain else "")
    return head + "\n ".join(pieces)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def fmt_addr(pair: tuple, enc: tuple | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and not enc:
        if _SPECIALS.search(name):
            return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'
        return f"{name} <{addr}>"
    charset, method = enc if enc else ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, method, limit=70)) + f" <{addr}>"


def addr_header(name: str, pairs: list, enc: tuple | None = None) -> str:
    items = [fmt_addr(p, enc) for p in pairs]
    return f"{name}: " + ",\n ".join(items)


# ---------------------------------------------------------------- bodies

class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes = b"",
                 children: list[Part] | None = None, boundary: str = "",
                 expect: str | None = None) -> None:
        self.headers, self.body = headers, body
        self.children, self.boundary = children or [], boundary
        self.expect = expect

    def render(self) -> bytes:
        out = b"".join(f"{k}: {v}\n".encode() for k, v in self.headers) + b"\n"
        return out + self.render_body()

    def render_body(self) -> bytes:
        if not self.children:
            return self.body
        b = self.boundary.encode()
        out = b"This is a multi-part message in MIME format.\n\n"
        for child in self.children:
            out += b"--" + b + b"\n" + child.render() + b"\n"
        return out + b"--" + b + b"--\n"

    def texts(self) -> list[str]:
        if self.children:
            return [t for c in self.children for t in c.texts()]
        return [self.expect] if self.expect is not None else []


def encode_body(raw: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    return body if body.endswith(b"\n") else body + b"\n"


def text_leaf(text: str, subtype: str, charset: str, cte: str | None,
              extra_ct: str = "", disposition: str = "") -> Part:
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    if cte == "7bit" and not raw.isascii():
        raise ValueError("7bit body with non-ASCII text")
    headers = [("Content-Type", f'text/{subtype}; charset="{charset}"{extra_ct}'),
               ("Content-Transfer-Encoding", cte)]
    if disposition:
        headers.append(("Content-Disposition", disposition))
    return Part(headers, encode_body(raw, cte), expect=text)


def binary_leaf(data: bytes, ctype: str, filename: str) -> Part:
    return Part([("Content-Type", f'{ctype}; name="{filename}"'),
                 ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", f'attachment; filename="{filename}"')],
                encode_body(data, "base64"))


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF that shows the given lines (WinAnsi text)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", errors="replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return out


def _utc(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z").astimezone(UTC)


def _ical_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold_ical(line: str) -> list[str]:
    raw, out = line.encode(), []
    while len(raw) > 75:
        cut = 75 if not out else 74
        while cut > 0 and (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut].decode())
        raw = raw[cut:]
    out.append(raw.decode())
    return [out[0]] + [" " + x for x in out[1:]]


def make_ics(ics: dict, stamp: str) -> str:
    method = ics["method"]
    fmt = "%Y%m%dT%H%M%SZ"
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus269//Hand-written//EN", "VERSION:2.0",
        f"METHOD:{method}", "CALSCALE:GREGORIAN", "BEGIN:VEVENT",
        f"UID:{ics['uid']}", f"DTSTAMP:{_utc(stamp).strftime(fmt)}",
        f"DTSTART:{_utc(ics['start']).strftime(fmt)}", f"DTEND:{_utc(ics['end']).strftime(fmt)}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"SUMMARY:{_ical_text(ics['summary'])}",
        f"LOCATION:{_ical_text(ics.get('location', ''))}",
        f"ORGANIZER;CN={_ical_text(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;CN={C.CANDIDATE_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{C.CANDIDATE_ADDR}",
        "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ical_text(ics['description'])}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [f for ln in lines for f in _fold_ical(ln)]
    return "\r\n".join(folded) + "\r\n"


def build_body(spec: dict, serial: str) -> Part:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    form = spec.get("form", "plain")
    counter = iter(range(1, 10))

    def boundary() -> str:
        return f"=_269_{serial}_{next(counter)}_b"

    text = spec.get("text")
    html = spec.get("html")
    if html is None and form in ("html", "alt"):
        layout = spec.get("layout", "simple")
        html = C.SHELLS[layout](text, **spec.get("layout_opts", {}))
    hcharset = spec.get("html_charset", charset)
    hcte = spec.get("html_cte", cte)

    parts: list[Part] = []
    if form in ("plain", "alt"):
        parts.append(text_leaf(text, "plain", charset, cte))
    if form in ("html", "alt"):
        parts.append(text_leaf(html, "html", hcharset, hcte))
    ics = spec.get("ics")
    ics_text = None
    if ics:
        ics_text = make_ics(ics, spec["date"])
        ics_cte = ics.get("cte", "7bit" if ics_text.isascii() else "8bit")
        # inline 7bit/8bit parts follow the file's LF line ends; base64 keeps CRLF
        inline = ics_text if ics_cte == "base64" else ics_text.replace("\r\n", "\n")
        parts.append(text_leaf(inline, "calendar", "utf-8", ics_cte,
                               extra_ct=f"; method={ics['method']}"))
    if len(parts) == 1:
        body = parts[0]
    else:
        body = Part([("Content-Type", f'multipart/alternative; boundary="{boundary()}"')],
                    children=parts)
        body.boundary = body.headers[0][1].split('"')[1]

    attachments: list[Part] = []
    for att in spec.get("attach", []):
        if att["type"] == "pdf":
            attachments.append(binary_leaf(make_pdf(att["lines"]), "application/pdf",
                                           att["filename"]))
    if ics and ics.get("attach"):
        attachments.append(binary_leaf(ics_text.encode(), "application/ics", "invite.ics"))
    if spec.get("rfc822"):
        inner = spec["rfc822"]
        host = inner["frm"][1].split("@")[1]
        inner_part = build_message(inner, serial + "i", top=True,
                                   msgid=f"<269.fwd.{serial}@{host}>")
        attachments.append(Part([("Content-Type", "message/rfc822"),
                                 ("Content-Disposition", "attachment")],
                                children=[], body=inner_part.render(), expect=None))
        attachments[-1].inner = inner_part  # type: ignore[attr-defined]
    if not attachments:
        return body
    mixed = Part([], children=[body, *attachments])
    mixed.boundary = boundary()
    mixed.headers = [("Content-Type", f'multipart/mixed; boundary="{mixed.boundary}"')]
    return mixed


def all_texts(part: Part) -> list[str]:
    if part.children:
        return [t for c in part.children for t in all_texts(c)]
    inner = getattr(part, "inner", None)
    if inner is not None:
        return all_texts(inner)
    return [part.expect] if part.expect is not None else []


def build_message(spec: dict, serial: str, top: bool = True,
                  msgid: str = "", in_reply_to: str = "", references: str = "") -> Part:
    body = build_body(spec, serial)
    frm = spec["frm"]
    hdr: list[str] = [addr_header("From", [frm], spec.get("name_enc"))]
    if spec.get("reply_to"):
        hdr.append(addr_header("Reply-To", [spec["reply_to"]], spec.get("name_enc")))
    to = spec.get("to") or [C.CANDIDATE]
    hdr.append(addr_header("To", to))
    if spec.get("cc"):
        hdr.append(addr_header("Cc", spec["cc"]))
    hdr.append(header_text("Subject", spec["subject"], spec.get("subj_enc"),
                           spec.get("subj_full", False)))
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    hdr.append("Date: " + format_datetime(when))
    if msgid:
        hdr.append(f"Message-ID: {msgid}")
    if in_reply_to:
        hdr.append(f"In-Reply-To: {in_reply_to}")
        hdr.append(fold_plain("References", references))
    for name, value in spec.get("headers", []):
        hdr.append(fold_plain(name, value) if value.isascii() else
                   header_text(name, value, None, False))
    if top:
        hdr.append("MIME-Version: 1.0")
    head = "\n".join(hdr) + "\n"
    part_head = "".join(f"{k}: {v}\n" for k, v in body.headers)
    whole = Part([], body=b"")
    whole.render = lambda: (head + part_head + "\n").encode() + body.render_body()  # type: ignore
    whole.inner = body  # type: ignore[attr-defined]
    return whole


# ---------------------------------------------------------------- checks

def check(path: Path, spec: dict, whole: Part) -> None:
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
    if got_from.display_name != spec["frm"][0] or got_from.addr_spec != spec["frm"][1]:
        problems.append(f"from {got_from!r}")
    if spec.get("reply_to"):
        got = msg["Reply-To"].addresses[0]
        if got.display_name != spec["reply_to"][0]:
            problems.append(f"reply-to {got!r}")
    expected = all_texts(whole.inner)  # type: ignore[attr-defined]
    got_texts = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    norm = [t.replace("\r\n", "\n").rstrip() for t in expected]
    gnorm = [t.replace("\r\n", "\n").rstrip() for t in got_texts]
    if norm != gnorm:
        problems.append(f"bodies differ ({len(norm)} expected, {len(gnorm)} parsed)")
    if not msg["Date"].datetime or msg["Date"].datetime.year != 2026:
        problems.append("date")
    if problems:
        raise SystemExit(f"{path}: " + "; ".join(problems))


def main() -> None:
    specs = (msgs269_rejections.MESSAGES + msgs269_invites.MESSAGES + msgs269_acks.MESSAGES
             + msgs269_other.MESSAGES)
    for old in HERE.rglob("*.eml"):
        old.unlink()
    numbers: Counter = Counter()
    rows, seen_keys, msgids = [], {}, set()
    # first pass: assign files and Message-IDs so replies can point at later-listed parents
    planned = []
    for spec in specs:
        kind = spec["kind"]
        assert kind in KINDS, spec["slug"]
        assert spec["lang"] in LANGS, spec["slug"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        host = spec.get("mid_host") or spec["frm"][1].split("@")[1]
        digest = hashlib.sha1(rel.encode()).hexdigest()[:12]
        msgid = f"<269.{digest}.{spec['slug'].replace('_', '-')}@{host}>"
        assert msgid not in msgids
        msgids.add(msgid)
        if spec.get("key"):
            assert spec["key"] not in seen_keys, spec["key"]
            seen_keys[spec["key"]] = msgid
        planned.append((rel, msgid, spec))
    refs: dict[str, str] = {}
    for rel, msgid, spec in planned:
        parent = spec.get("reply_of")
        in_reply_to, references = "", ""
        if parent:
            pid = seen_keys.get(parent) or f"<{parent}@mail.example.ar>"
            in_reply_to = pid
            references = (refs.get(parent, "") + " " + pid).strip()
        if spec.get("key"):
            refs[spec["key"]] = references
        serial = hashlib.sha1(rel.encode()).hexdigest()[:8]
        whole = build_message(spec, serial, msgid=msgid, in_reply_to=in_reply_to,
                              references=references)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(whole.render())
        check(path, spec, whole)
        contact = spec.get("contact", "")
        rows.append({"file": rel, "kind": spec["kind"], "company": spec.get("company", ""),
                     "contact": contact, "language": spec["lang"]})
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["file", "kind", "company", "contact", "language"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    table = Counter((r["kind"], r["language"]) for r in rows)
    print(f"{len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lg:>5}" for lg in LANGS) + "  total")
    for kind in KINDS:
        n = [table[(kind, lg)] for lg in LANGS]
        print(f"{kind:32}" + "".join(f"{x:>5}" for x in n) + f"  {sum(n):>5}")
    per_lang = Counter(r["language"] for r in rows)
    print(f"{'total':32}" + "".join(f"{per_lang[lg]:>5}" for lg in LANGS) + f"  {len(rows):>5}")


if __name__ == "__main__":
    main()
