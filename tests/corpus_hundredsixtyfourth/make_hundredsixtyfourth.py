"""Build corpus 164 from the hand-written specs in the msgs164_* modules.

Run from the repository root:  python tests/corpus_hundredsixtyfourth/make_hundredsixtyfourth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder.
Header blocks are written by hand so encoded words can use utf-8 or iso-8859-1, Q or B;
bodies are built as MIME trees with deterministic boundaries, Message-IDs and dates.
Every written message is parsed back with the default policy and checked.

A spec is a dict with these keys (only the first ones are required):
  id, kind, slug, lang, company, contact, frm=(name, addr), subject, date, text and/or html
  to, cc, reply_to            (name, addr) tuples or lists of them; `to` defaults to the candidate
  subject_enc, name_enc       (charset, "Q"|"B") for the Subject / From display name
  charset, cte                body charset (utf-8, iso-8859-1, windows-1252) and transfer
                              encoding (7bit, 8bit, quoted-printable, base64)
  html_cte                    a separate transfer encoding for the HTML part
  ics                         dict(method, uid, seq, start, end, summary, location, organizer,
                              where="alt"|"attach")
  pdfs                        list of (filename, [lines of text])
  headers                     list of (name, value) extra headers
  reply_of                    id of the spec (or of an unseen earlier mail) this one answers
  parent_domain               the Message-ID domain of such an unseen earlier mail
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import quopri
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs164_acks  # noqa: E402
import msgs164_invites  # noqa: E402
import msgs164_other  # noqa: E402
import msgs164_rejections  # noqa: E402
from msgs164_common import CANDIDATE, CANDIDATE_ADDR  # noqa: E402

EXPECTED = {
    "rejection": 31,
    "interview_invitation": 26,
    "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10,
    "application_received": 21,
    "offer": 10,
    "other": 52,
}
NL = "\n"


def _h(text: str, n: int = 12) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


# ---------------------------------------------------------------- headers

def encode_words(text: str, charset: str, mode: str, first: int = 75) -> list[str]:
    """RFC 2047 encoded words, each at most 75 characters (the first at most `first`, so
    it fits after the header name), never splitting a character."""
    prefix, suffix = f"=?{charset}?{mode}?", "?="
    words: list[str] = []
    chunk = ""

    def render(s: str) -> str:
        raw = s.encode(charset)
        if mode == "B":
            return base64.b64encode(raw).decode("ascii")
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

    for ch in text:
        room = first if not words else 75
        if len(prefix) + len(render(chunk + ch)) + len(suffix) > room:
            words.append(prefix + render(chunk) + suffix)
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(prefix + render(chunk) + suffix)
    return words


def fold(name: str, value: str) -> str:
    """Fold a plain ASCII header at spaces so lines stay under 78 characters."""
    line = f"{name}: "
    out: list[str] = []
    for i, token in enumerate(value.split(" ")):
        piece = token if i == 0 else " " + token
        if len(line) + len(piece) > 76 and line.strip() and not line.endswith(": "):
            out.append(line)
            line = piece if piece.startswith(" ") else " " + piece
        else:
            line += piece
    out.append(line)
    return NL.join(out)


def header_words(name: str, words: list[str], lead: str = "", tail: str = "") -> str:
    """A header made of encoded words, one per folded line."""
    parts = [f"{name}: {lead}{words[0]}"] + [f" {w}" for w in words[1:]]
    parts[-1] += tail
    return NL.join(parts)


SPECIALS = re.compile(r"[^A-Za-z0-9 !#$%&'*+\-/=?^_`{|}~]")


def address(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc or not name.isascii():
        charset, mode = enc or ("utf-8", "Q")
        return " ".join(encode_words(name, charset, mode, 64)) + f" <{addr}>"
    if SPECIALS.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{addr}>"


def address_header(name: str, value: list[tuple[str, str]],
                   enc: tuple[str, str] | None = None) -> str:
    rendered = [address(n, a, enc) for n, a in value]
    if any("=?" in r for r in rendered):
        # encoded display names: one address per line, words separated by folds
        lines = []
        for i, r in enumerate(rendered):
            words = r.split(" ")
            text = (f"{name}: " if i == 0 else " ") + words[0]
            for w in words[1:]:
                text += NL + " " + w
            lines.append(text + ("," if i < len(rendered) - 1 else ""))
        return NL.join(lines)
    return fold(name, ", ".join(rendered))


def as_list(value: object) -> list[tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, tuple):
        return [value]
    return list(value)  # type: ignore[arg-type]


# ---------------------------------------------------------------- bodies

def encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        return out if out.endswith(b"\n") else out + b"=\n"
    if cte == "7bit":
        raw.decode("ascii")
    for line in raw.split(b"\n"):
        assert len(line) < 990, "line too long for 7bit/8bit"
    return raw if raw.endswith(b"\n") else raw + b"\n"


def leaf(ctype: str, body: bytes, cte: str, params: str = "", disposition: str = "") -> bytes:
    head = f"Content-Type: {ctype}{params}{NL}Content-Transfer-Encoding: {cte}{NL}"
    if disposition:
        head += f"Content-Disposition: {disposition}{NL}"
    return head.encode("ascii") + b"\n" + body


def text_leaf(subtype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    if cte in ("7bit", "8bit") and not text.isascii():
        cte = "8bit"
    elif cte in ("7bit", "8bit"):
        cte = "7bit"
    return leaf(f"text/{subtype}", encode_body(text, charset, cte), cte,
                f'; charset="{charset}"{extra}')


def multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    out = f'Content-Type: multipart/{subtype};{NL} boundary="{boundary}"{NL}{NL}'.encode()
    if subtype == "mixed":
        out += b"This is a multi-part message in MIME format.\n\n"
    for part in parts:
        out += f"--{boundary}{NL}".encode() + part
        if not part.endswith(b"\n"):
            out += b"\n"
    out += f"--{boundary}--{NL}".encode()
    return out


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with the given lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 56 780 Td 15 TL\n"
    for line in lines:
        stream += f"({esc(line)}) Tj T*\n"
    stream += "ET\n"
    data = stream.encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"endstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


def ics_text(ics: dict, stamp: str) -> str:
    """An iCalendar object (CRLF lines, as RFC 5545 wants)."""
    def text(value: str) -> str:  # RFC 5545 TEXT escaping
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")

    method = ics["method"]
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus164//Handwritten//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={ics.get('tz', 'Europe/London')}:{ics['start']}",
        f"DTEND;TZID={ics.get('tz', 'Europe/London')}:{ics['end']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"SUMMARY:{text(ics['summary'])}",
        f"LOCATION:{text(ics.get('location', ''))}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={CANDIDATE[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{CANDIDATE_ADDR}",
        "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line.encode()) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- messages

def message_id(spec_id: str, domain: str) -> str:
    return f"<{_h(spec_id, 16)}.{_h('164' + spec_id, 6)}@{domain}>"


def build(spec: dict, ids: dict[str, str], parents: dict[str, str]) -> bytes:
    sid = spec["id"]
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "7bit")
    text, html = spec.get("text"), spec.get("html")
    when = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    stamp = when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    nb = 0

    def boundary() -> str:
        nonlocal nb
        nb += 1
        return f"----=_Part164_{_h(sid, 10)}_{nb}"

    core: list[bytes] = []
    if text is not None:
        core.append(text_leaf("plain", text, charset, cte))
    if html is not None:
        core.append(text_leaf("html", html, charset, spec.get("html_cte", cte)))
    ics = spec.get("ics")
    attachments: list[bytes] = []
    if ics:
        cal = ics_text(ics, stamp)
        method = ics["method"]
        if ics.get("where", "alt") == "alt":
            core.append(leaf("text/calendar", base64.encodebytes(cal.encode()), "base64",
                             f'; charset="utf-8"; method={method}'))
        else:
            attachments.append(leaf("text/calendar", base64.encodebytes(cal.encode()),
                                    "base64", f'; charset="utf-8"; method={method};'
                                    f'{NL} name="invite.ics"',
                                    'attachment; filename="invite.ics"'))
    for fname, lines in spec.get("pdfs", []):
        attachments.append(leaf("application/pdf", base64.encodebytes(pdf_bytes(lines)),
                                "base64", f'; name="{fname}"',
                                f'attachment; filename="{fname}"'))
    body = core[0] if len(core) == 1 else multipart("alternative", core, boundary())
    if attachments:
        body = multipart("mixed", [body, *attachments], boundary())

    frm = spec["frm"]
    heads: list[str] = []
    heads.append(address_header("From", [frm], spec.get("name_enc")))
    heads.append(address_header("To", as_list(spec.get("to", CANDIDATE)), spec.get("to_enc")))
    if spec.get("cc"):
        heads.append(address_header("Cc", as_list(spec["cc"])))
    if spec.get("reply_to"):
        heads.append(address_header("Reply-To", as_list(spec["reply_to"]),
                                    spec.get("reply_to_enc")))
    subject = spec["subject"]
    enc = spec.get("subject_enc")
    if enc is None and not subject.isascii():
        enc = ("utf-8", "Q")
    if enc:
        heads.append(header_words("Subject", encode_words(subject, *enc, first=66)))
    else:
        heads.append(fold("Subject", subject))
    heads.append(f"Date: {email.utils.format_datetime(when)}")
    heads.append(f"Message-ID: {ids[sid]}")
    parent = spec.get("reply_of")
    if parent:
        chain = []
        p: str | None = parent
        while p:
            chain.append(ids[p])
            p = parents.get(p)
        heads.append(f"In-Reply-To: {chain[0]}")
        heads.append(fold("References", " ".join(reversed(chain))))
    for name, value in spec.get("headers", []):
        heads.append(fold(name, value))
    heads.append("MIME-Version: 1.0")
    return (NL.join(heads) + NL).encode("ascii") + body


def check(raw: bytes, spec: dict) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    where = spec["id"]
    for part in msg.walk():
        assert not part.defects, (where, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID", "Reply-To", "Cc"):
        for value in msg.get_all(name, []):
            assert not value.defects, (where, name, value.defects)
    assert str(msg["Subject"]) == spec["subject"], (where, str(msg["Subject"]))
    assert msg["From"].addresses[0].addr_spec == spec["frm"][1], where
    if spec["frm"][0]:
        assert msg["From"].addresses[0].display_name == spec["frm"][0], (
            where, msg["From"].addresses[0].display_name)
    found = {}
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html"):
            found[part.get_content_subtype()] = part.get_content()
    for key, sub in (("text", "plain"), ("html", "html")):
        if spec.get(key) is not None:
            got = found[sub].replace("\r\n", "\n").rstrip("\n")
            assert got == spec[key].rstrip("\n"), (where, key)
    assert msg["Date"].datetime.year == 2026, where
    n_pdf = sum(1 for p in msg.walk() if p.get_content_type() == "application/pdf")
    assert n_pdf == len(spec.get("pdfs", [])), where
    for p in msg.walk():
        if p.get_content_type() == "application/pdf":
            assert p.get_content().startswith(b"%PDF-1.4"), where
        if p.get_content_type() == "text/calendar":
            assert "BEGIN:VCALENDAR" in p.get_content(), where
    if spec["contact"]:
        addrs = [a.addr_spec.lower() for h in ("From", "Reply-To")
                 for v in msg.get_all(h, []) for a in v.addresses]
        assert spec["contact"] in addrs, (where, spec["contact"], addrs)
    assert spec["lang"] in ("en", "de", "fr", "es"), where


def main() -> None:
    specs = [*msgs164_rejections.MESSAGES, *msgs164_invites.MESSAGES,
             *msgs164_acks.MESSAGES, *msgs164_other.MESSAGES]
    seen: set[str] = set()
    for spec in specs:
        assert spec["id"] not in seen, spec["id"]
        seen.add(spec["id"])
        assert spec["kind"] in EXPECTED, spec["id"]
    counts = {k: sum(1 for s in specs if s["kind"] == k) for k in EXPECTED}
    assert counts == EXPECTED, counts
    ids = {s["id"]: message_id(s["id"], s["frm"][1].split("@")[1]) for s in specs}
    parents = {s["id"]: s["reply_of"] for s in specs if s.get("reply_of")}
    for s in specs:  # earlier mails not in the corpus: the candidate's unless told
        p = s.get("reply_of")
        if p and p not in ids:
            ids[p] = message_id(p, s.get("parent_domain", CANDIDATE_ADDR.split("@")[1]))

    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    numbers = dict.fromkeys(EXPECTED, 0)
    for spec in specs:
        kind = spec["kind"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        raw = build(spec, ids, parents)
        check(raw, spec)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        if spec["frm"][1] == CANDIDATE_ADDR:
            assert kind == "other" and not spec["contact"], spec["id"]
        if kind == "other":
            assert not spec["company"], spec["id"]
        else:
            assert spec["company"], spec["id"]
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    langs = sorted({r[4] for r in rows})
    print(f"wrote {len(rows)} messages")
    for kind in EXPECTED:
        cells = [sum(1 for r in rows if r[1] == kind and r[4] == lang) for lang in langs]
        print(f"  {kind:32s} " + " ".join(f"{lang}={n:<3d}" for lang, n in
                                           zip(langs, cells, strict=True)))


if __name__ == "__main__":
    main()
