#!/usr/bin/env python3
"""Build corpus 281 (Lucía Fernández-Kowalski) from the hand-written specs in msgs281_*.py.

Run from the repository root:  python tests/corpus_twohundredeightyfirst/make_twohundredeightyfirst.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv under this folder,
then re-parses every written message and checks it has no defects and that its subject,
sender and bodies round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs281_acks  # noqa: E402
import msgs281_common as C  # noqa: E402
import msgs281_invites  # noqa: E402
import msgs281_other  # noqa: E402
import msgs281_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
CHARSET_NAMES = {"utf-8": "utf-8", "iso-8859-1": "iso-8859-1", "windows-1252": "windows-1252"}
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


# --------------------------------------------------------------------------- headers

def parse_when(text: str) -> datetime:
    """'2026-03-12 09:14 +0100' -> aware datetime."""
    day, clock, off = text.split()
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def _q(raw: bytes) -> str:
    out = []
    for byte in raw:
        if byte == 0x20:
            out.append("_")
        elif byte in Q_SAFE:
            out.append(chr(byte))
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, how: str) -> list[str]:
    """RFC 2047 encoded words (each <= 75 chars) for text; how = 'charset/q' or 'charset/b'."""
    charset, enc = how.split("/")
    words: list[str] = []
    chunk = ""

    def word(s: str) -> str:
        raw = s.encode(charset)
        body = _q(raw) if enc == "q" else base64.b64encode(raw).decode("ascii")
        return f"=?{charset}?{enc.upper()}?{body}?="

    for ch in text:
        if chunk and len(word(chunk + ch)) > 75:
            words.append(word(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(word(chunk))
    return words


def fold(name: str, tokens: list[str], joiners: list[str] | None = None) -> str:
    """name: tokens, folded before a token when the line would pass 76 columns.

    joiners[i] is the text put between token i-1 and token i (a space by default); folding
    replaces a single-space joiner by newline + space, which unfolds back to that space."""
    joiners = joiners or [" "] * len(tokens)
    line = f"{name}:"
    lines = []
    for i, tok in enumerate(tokens):
        sep = " " if i == 0 else joiners[i]
        if len(line) + len(sep) + len(tok) > 76 and line.strip() != f"{name}:" and sep == " ":
            lines.append(line)
            line = " " + tok
        else:
            line += sep + tok
    lines.append(line)
    return "\n".join(lines)


def subject_tokens(subject: str, how: str | None) -> list[str]:
    assert "  " not in subject and subject == subject.strip(), subject
    if subject.isascii() and how is None:
        return subject.split(" ")
    how = how or "utf-8/q"
    for prefix in ("Re: ", "RE: ", "AW: ", "Fwd: ", "TR: ", "RV: ", "WG: ", "Réf: "):
        if subject.startswith(prefix) and prefix.isascii():
            return [prefix.strip(), *encoded_words(subject[len(prefix):], how)]
    return encoded_words(subject, how)


SPECIALS = set('()<>[]:;@\\,."')


def address(pair: tuple[str, str], how: str | None) -> list[str]:
    name, addr = pair
    if not name:
        return [addr]
    if name.isascii() and how is None:
        if any(c in SPECIALS for c in name):
            return ['"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"', f"<{addr}>"]
        return [*name.split(" "), f"<{addr}>"]
    return [*phrase_tokens(name, how or "utf-8/q"), f"<{addr}>"]


def phrase_tokens(name: str, how: str) -> list[str]:
    """A display name as plain atoms plus encoded words for the runs of words that need one.

    Adjacent encoded words in a phrase are decoded with a space between them by Python's
    parser (and without one by RFC 2047 readers), so each run must fit in one encoded word."""
    def plain(word: str) -> bool:
        return word.isascii() and bool(word) and not any(c in SPECIALS for c in word) \
            and "=?" not in word

    tokens: list[str] = []
    run: list[str] = []
    for word in [*name.split(" "), None]:
        if word is not None and not plain(word):
            run.append(word)
            continue
        if run:
            words = encoded_words(" ".join(run), how)
            assert len(words) == 1, f"display-name run too long to encode: {run}"
            tokens.append(words[0])
            run = []
        if word is not None:
            tokens.append(word)
    return tokens


def address_list(name: str, pairs: list[tuple[str, str]], how: str | None) -> str:
    tokens: list[str] = []
    joiners: list[str] = []
    for i, pair in enumerate(pairs):
        toks = address(pair, how)
        for j, tok in enumerate(toks):
            joiners.append(" " if (j > 0 or i > 0) else " ")
            tokens.append(tok)
        if i < len(pairs) - 1:
            tokens[-1] += ","
    return fold(name, tokens, joiners)


# --------------------------------------------------------------------------- bodies

class Part:
    """One MIME entity: headers and an encoded body, or children."""

    def __init__(self, headers: list[str], body: bytes = b"", children: list[Part] | None = None,
                 boundary: str = ""):
        self.headers = headers
        self.body = body
        self.children = children or []
        self.boundary = boundary

    def render(self) -> bytes:
        head = "\n".join(self.headers).encode("ascii") + b"\n\n"
        if not self.children:
            return head + self.body
        out = [head]
        for child in self.children:
            out.append(f"--{self.boundary}\n".encode("ascii"))
            out.append(child.render() + b"\n")  # the last newline belongs to the delimiter
        out.append(f"--{self.boundary}--\n".encode("ascii"))
        return b"".join(out)


def encode_body(text: str, charset: str, cte: str) -> tuple[bytes, str]:
    raw = text.encode(charset)  # strict: a character the charset lacks is a spec error
    if cte == "7bit":
        assert raw.isascii(), "7bit body with non-ASCII text"
        return raw, "7bit"
    if cte == "8bit":
        return raw, "8bit"
    if cte == "qp":
        return quopri.encodestring(raw), "quoted-printable"
    if cte == "b64":
        return base64.encodebytes(raw), "base64"
    raise ValueError(cte)


def text_part(ctype: str, text: str, charset: str, cte: str | None,
              extra: str = "", expected: list[tuple[str, str]] | None = None) -> Part:
    if not text.endswith("\n"):
        text += "\n"
    if cte is None:
        cte = "7bit" if text.isascii() else "8bit"
    if cte == "7bit" and not text.isascii():
        cte = "8bit"
    body, cte_name = encode_body(text, charset, cte)
    if expected is not None:
        expected.append((ctype, text))
    return Part([f'Content-Type: {ctype}; charset="{CHARSET_NAMES[charset]}"{extra}',
                 f"Content-Transfer-Encoding: {cte_name}"], body)


def ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def make_ics(spec: dict, ics: dict) -> str:
    start = parse_when(ics["start"]).astimezone(timezone.utc)
    end = start + timedelta(minutes=ics.get("minutes", 60))
    stamp = parse_when(spec["date"]).astimezone(timezone.utc)
    fmt = "%Y%m%dT%H%M%SZ"
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus281//Calendar 1.0//ES')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    lines.append(f'ATTENDEE;CN="{C.CAND_NAME}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                 f"RSVP=TRUE:mailto:{C.CAND}")
    for name, addr in ics.get("attendees", []):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT:mailto:{addr}')
    status = "CANCELLED" if method == "CANCEL" else ics.get("status", "CONFIRMED")
    lines.append(f"STATUS:{status}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing title and lines."""
    def lit(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 15 Tf", "56 780 Td", f"({lit(title)}) Tj", "/F1 10 Tf", "0 -26 Td"]
    for line in lines:
        ops += [f"({lit(line)}) Tj", "0 -14 Td"]
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
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
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
    return bytes(out)


def b64_part(ctype: str, data: bytes, filename: str, disposition: str = "attachment") -> Part:
    return Part([f'Content-Type: {ctype}; name="{filename}"',
                 f'Content-Disposition: {disposition}; filename="{filename}"',
                 "Content-Transfer-Encoding: base64"], base64.encodebytes(data))


# --------------------------------------------------------------------------- messages

class Builder:
    def __init__(self, key: str):
        self.key = key
        self.count = 0

    def boundary(self) -> str:
        self.count += 1
        digest = hashlib.sha1(f"{self.key}/{self.count}".encode()).hexdigest()[:16]
        return f"=_281_{digest}_{self.count}"


def domain_of(addr: str) -> str:
    dom = addr.split("@", 1)[1]
    return "mail.example.es" if dom == "example.es" else dom


def body_tree(spec: dict, b: Builder, expected: list[tuple[str, str]],
              ids: dict[str, str]) -> Part:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    alts: list[Part] = []
    if spec.get("text") is not None:
        alts.append(text_part("text/plain", spec["text"], charset, cte, expected=expected))
    if spec.get("html") is not None:
        alts.append(text_part("text/html", spec["html"], charset, spec.get("html_cte", cte),
                              expected=expected))
    ics = spec.get("ics")
    if ics and not spec.get("ics_only_file"):
        cal = make_ics(spec, ics)
        ics_cte = spec.get("ics_cte", "b64")
        alts.append(text_part("text/calendar", cal, "utf-8", ics_cte,
                              extra=f'; method={ics.get("method", "REQUEST")}',
                              expected=expected))
    assert alts, f"{spec['name']}: no body"
    core = alts[0] if len(alts) == 1 else Part(
        [f'Content-Type: multipart/alternative; boundary="{(bd := b.boundary())}"'],
        children=alts, boundary=bd)
    extras: list[Part] = []
    if ics and (spec.get("ics_attach") or spec.get("ics_only_file")):
        extras.append(b64_part("application/ics", make_ics(spec, ics).encode("utf-8"),
                               spec.get("ics_name", "invite.ics")))
    for filename, title, lines in spec.get("pdfs", []):
        extras.append(b64_part("application/pdf", pdf_bytes(title, lines), filename))
    if spec.get("attach_msg"):
        inner = message_bytes(spec["attach_msg"], Builder(b.key + "/inner"), expected, ids,
                              inner=True)
        extras.append(Part(["Content-Type: message/rfc822",
                            'Content-Disposition: attachment; filename="forwarded.eml"'],
                           inner))
    if not extras:
        return core
    bd = b.boundary()
    return Part([f'Content-Type: multipart/mixed; boundary="{bd}"'],
                children=[core, *extras], boundary=bd)


def message_bytes(spec: dict, b: Builder, expected: list[tuple[str, str]],
                  ids: dict[str, str], inner: bool = False) -> bytes:
    when = parse_when(spec["date"])
    assert when.year == 2026, spec["name"]
    frm = spec["frm"]
    heads = [address_list("From", [frm], spec.get("frm_enc"))]
    if spec.get("reply_to"):
        heads.append(address_list("Reply-To", [spec["reply_to"]], spec.get("rt_enc")))
    heads.append(address_list("To", spec.get("to", [C.ME]), spec.get("to_enc")))
    if spec.get("cc"):
        heads.append(address_list("Cc", spec["cc"], spec.get("cc_enc")))
    heads.append(fold("Subject", subject_tokens(spec["subject"], spec.get("subj_enc"))))
    heads.append(f"Date: {format_datetime(when)}")
    if inner:
        digest = hashlib.sha1((b.key + spec["subject"]).encode()).hexdigest()[:14]
        heads.append(f"Message-ID: <{digest}.fwd@{domain_of(frm[1])}>")
    else:
        heads.append(f"Message-ID: {ids[spec['_key']]}")
        chain = []
        parent = spec.get("parent")
        while parent:
            chain.insert(0, parent)
            parent = SPEC_BY_ID[parent].get("parent")
        if chain:
            refs = [ids[SPEC_BY_ID[p]["_key"]] for p in chain]
            heads.append(f"In-Reply-To: {refs[-1]}")
            heads.append(fold("References", refs))
    for name, value in spec.get("headers", []):
        heads.append(fold(name, value.split(" ")))
    tree = body_tree(spec, b, expected, ids)
    tree.headers = [*heads, "MIME-Version: 1.0", *tree.headers]
    data = tree.render()
    head_block = data.split(b"\n\n", 1)[0]
    assert head_block.isascii(), f"{spec['name']}: non-ASCII header"
    return data


SPEC_BY_ID: dict[str, dict] = {}


def check(path: Path, spec: dict, expected: list[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = path.relative_to(HERE)
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    sender = msg["From"].addresses[0]
    assert (sender.display_name, sender.addr_spec) == tuple(spec["frm"]), f"{where}: from"
    got = [(p.get_content_type(), p.get_content()) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    assert got == expected, f"{where}: bodies do not round-trip"
    assert msg["Date"].datetime.year == 2026
    # label sanity, the same rules the tests check
    kind, contact = spec["kind"], spec.get("contact", "")
    if kind == "other":
        assert not spec.get("company"), f"{where}: company on other"
    else:
        assert spec.get("company"), f"{where}: company missing"
    if contact:
        assert contact == contact.lower()
        hdrs = [str(v) for n in ("From", "Reply-To") for v in msg.get_all(n, [])]
        assert contact in [a.lower() for _, a in getaddresses(hdrs)], f"{where}: contact"
    if spec["frm"][1] == C.CAND:
        assert kind == "other" and not contact, f"{where}: candidate's own mail"


def main() -> None:
    modules = [msgs281_rejections, msgs281_invites, msgs281_acks, msgs281_other]
    specs = [s for m in modules for s in m.MESSAGES]
    for old in HERE.rglob("*.eml"):
        old.unlink()
    counters = dict.fromkeys(KINDS, 0)
    for spec in specs:
        assert spec["kind"] in counters, spec["name"]
        counters[spec["kind"]] += 1
        spec["_key"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['name']}.eml"
        if spec.get("id"):
            assert spec["id"] not in SPEC_BY_ID, spec["id"]
            SPEC_BY_ID[spec["id"]] = spec
    ids = {}
    for spec in specs:
        when = parse_when(spec["date"])
        digest = hashlib.sha1(spec["_key"].encode()).hexdigest()[:12].upper()
        ids[spec["_key"]] = (f"<{when.strftime('%Y%m%d%H%M')}.{digest}"
                             f"@{domain_of(spec['frm'][1])}>")
    assert len(set(ids.values())) == len(ids)
    rows = []
    for spec in specs:
        expected: list[tuple[str, str]] = []
        data = message_bytes(spec, Builder(spec["_key"]), expected, ids)
        path = HERE / spec["_key"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec, expected)
        rows.append([spec["_key"], spec["kind"], spec.get("company", ""),
                     spec.get("contact", ""), spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: {} for k in KINDS}
    for _, kind, _, _, lang in rows:
        table[kind][lang] = table[kind].get(lang, 0) + 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        print(f"  {kind:32} {sum(table[kind].values()):3}  {table[kind]}")


if __name__ == "__main__":
    main()
