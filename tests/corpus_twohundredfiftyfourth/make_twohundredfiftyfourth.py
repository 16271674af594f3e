"""Build corpus 254 (.eml files and labels.csv) from the hand-written specs in msgs254_*.py.

Run from the repository root:  python tests/corpus_twohundredfiftyfourth/make_twohundredfiftyfourth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder, then
re-parses every written message and checks it has no defects and that its subject, sender name
and text bodies round-trip.
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
from datetime import UTC, timedelta
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs254_acks  # noqa: E402
import msgs254_common as common  # noqa: E402
import msgs254_invites  # noqa: E402
import msgs254_other  # noqa: E402
import msgs254_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["fr", "en", "de", "es"]
NL = "\n"
COMPAT = email.policy.compat32.clone(linesep=NL, max_line_length=78)


# ------------------------------------------------------------------ header encoding

def _q_word(chunk: str, charset: str) -> str:
    out = []
    for byte in chunk.encode(charset):
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def _b_word(chunk: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(chunk.encode(charset)).decode('ascii')}?="


def encode_words(text: str, enc: str, lead: int = 0) -> list[str]:
    """Text -> list of RFC 2047 encoded words. enc is 'charset/Q' or 'charset/B'.

    Each word is at most 75 chars, and a line holding one stays within 76 chars: the first
    word shares its line with `lead` chars (the header name), the others follow one space."""
    charset, mode = enc.split("/")
    make = _q_word if mode.upper() == "Q" else _b_word
    words, chunk = [], ""
    for ch in text:
        limit = min(75, 76 - lead) if not words else 75
        if chunk and len(make(chunk + ch, charset)) > limit:
            words.append(make(chunk, charset))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(make(chunk, charset))
    return words


def fold(name: str, tokens: list[str]) -> str:
    """Join tokens with spaces, folding before a token when the line would pass 78 chars."""
    lines, line = [], f"{name}:"
    for tok in tokens:
        if len(line) + 1 + len(tok) > 78 and line != f"{name}:":
            lines.append(line)
            line = " " + tok
        else:
            line += " " + tok
    lines.append(line)
    return NL.join(lines)


SPECIALS = set('()<>[]:;@\\,."')


def addr_tokens(value: str, enc: str | None, lead: int = 0) -> list[str]:
    """'Name <a@b>, Other <c@d>' -> header tokens, encoding non-ASCII names."""
    pairs = getaddresses([value])
    tokens: list[str] = []
    for i, (name, addr) in enumerate(pairs):
        sep = "," if i < len(pairs) - 1 else ""
        if not name:
            tokens.append(addr + sep)
            continue
        if not name.isascii() or enc:
            tokens += encode_words(name, enc or "utf-8/Q", lead if i == 0 else 0)
        elif any(ch in SPECIALS for ch in name):
            tokens.append('"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"')
        else:
            tokens += name.split(" ")
        tokens.append(f"<{addr}>{sep}")
    return tokens


def header_block(spec: dict, msgid: str, parents: list[str]) -> str:
    lines = []
    enc = spec.get("name_enc")
    lines.append(fold("From", addr_tokens(spec["frm"], enc, len("From: "))))
    if spec.get("reply_to"):
        lines.append(fold("Reply-To", addr_tokens(spec["reply_to"], None)))
    lines.append(fold("To", addr_tokens(spec.get("to", common.CANDIDATE), None)))
    if spec.get("cc"):
        lines.append(fold("Cc", addr_tokens(spec["cc"], None)))
    subject = spec["subject"]
    senc = spec.get("subj_enc") or (None if subject.isascii() else "utf-8/Q")
    lines.append(fold("Subject", encode_words(subject, senc, len("Subject: ")) if senc
                      else subject.split(" ")))
    lines.append(fold("Date", [format_datetime(common.when(spec["date"]))]))
    lines.append(f"Message-ID: {msgid}")
    if parents:
        lines.append(f"In-Reply-To: {parents[-1]}")
        lines.append(fold("References", parents))
    for name, value in spec.get("headers", []):
        lines.append(fold(name, value.split(" ")))
    lines.append("MIME-Version: 1.0")
    return NL.join(lines) + NL


# ------------------------------------------------------------------ bodies

def auto_cte(data: bytes) -> str:
    return "7bit" if data.isascii() else "quoted-printable"


def text_part(content: str, subtype: str, charset: str, cte: str | None) -> Message:
    data = content.encode(charset)
    cte = cte or auto_cte(data)
    if cte == "7bit":
        assert data.isascii(), "7bit body with non-ASCII text"
        payload = content
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        raise ValueError(cte)
    part = Message(policy=COMPAT)
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    msg = Message(policy=COMPAT)
    msg["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    msg.set_payload(parts)
    return msg


def _pdf_str(line: str) -> str:
    raw = line.encode("cp1252", "replace").decode("latin-1")
    return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines in Helvetica."""
    stream = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        stream.append(f"({_pdf_str(line)}) Tj T*")
    stream.append("ET")
    content = "\n".join(stream).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def binary_part(ctype: str, data: bytes, filename: str, disposition: str = "attachment",
                extra: str = "") -> Message:
    part = Message(policy=COMPAT)
    part["Content-Type"] = f'{ctype}; name="{filename}"{extra}'
    part["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def _ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " "
        cur += ch
    out.append(cur)
    return out


def make_ics(ics: dict, spec: dict) -> str:
    utc = UTC
    start = common.when(ics["start"]).astimezone(utc)
    end = start + timedelta(minutes=ics.get("minutes", 60))
    stamp = common.when(spec["date"]).astimezone(utc)
    fmt = "%Y%m%dT%H%M%SZ"
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    rows = [
        "BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Corpus254//Handwritten//EN')}",
        "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
        f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}", f"DTSTAMP:{stamp.strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}", f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        rows.append(f"LOCATION:{_ics_escape(ics['location'])}")
    if ics.get("description"):
        rows.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    rows.append(f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}")
    rows.append(f"ATTENDEE;CN=\"{common.CANDIDATE_NAME}\";ROLE=REQ-PARTICIPANT;"
                f"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{common.CANDIDATE_ADDR}")
    rows.append("STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"))
    rows += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for row in rows for piece in _ics_fold(row)]
    return "\r\n".join(folded) + "\r\n"


def html_for(spec: dict, text: str) -> str | None:
    if spec.get("html"):
        return spec["html"]
    alt = spec.get("alt")
    if not alt:
        return None
    if alt == "plain":
        return common.plain_html(text)
    if alt == "outlook":
        return common.outlook_html(text)
    if alt[0] == "ats":
        return common.ats_card(alt[1], alt[2], text, alt[3])
    raise ValueError(alt)


def build_body(spec: dict, text: str, tag: str) -> tuple[Message, dict[str, str]]:
    """The MIME body of one message and the text parts expected back (subtype -> content)."""
    charset = spec.get("charset", "utf-8")
    expect: dict[str, str] = {}
    html = html_for(spec, text)
    alts: list[Message] = []
    if not spec.get("html_only"):
        alts.append(text_part(text, "plain", charset, spec.get("cte")))
        expect["plain"] = text
    if html:
        alts.append(text_part(html, "html", spec.get("html_charset", charset),
                              spec.get("html_cte", spec.get("cte"))))
        expect["html"] = html
    ics = spec.get("ics")
    if ics and not ics.get("attach"):
        cal = make_ics(ics, spec)
        part = text_part(cal, "calendar", "utf-8", "base64" if not cal.isascii() else "7bit")
        part.set_param("method", ics.get("method", "REQUEST"))
        alts.append(part)
    boundary_n = 0

    def boundary() -> str:
        nonlocal boundary_n
        boundary_n += 1
        return f"----=_Part_{tag}_{boundary_n}"

    core = alts[0] if len(alts) == 1 else multipart("alternative", alts, boundary())
    extras: list[Message] = []
    if ics and ics.get("attach"):
        cal = make_ics(ics, spec)
        extras.append(binary_part("text/calendar", cal.encode("utf-8"), "invite.ics",
                                  extra=f"; charset=\"utf-8\"; method={ics.get('method', 'REQUEST')}"))
    for att in spec.get("attach", []):
        extras.append(binary_part("application/pdf", make_pdf(att["pdf"]), att["filename"]))
    if spec.get("rfc822"):
        inner = spec["rfc822"]
        inner_text = inner["text"]
        head = (fold("From", addr_tokens(inner["frm"], None)) + NL
                + fold("To", addr_tokens(inner.get("to", common.CANDIDATE), None)) + NL
                + fold("Subject", encode_words(inner["subject"], "utf-8/Q")
                       if not inner["subject"].isascii() else inner["subject"].split(" ")) + NL
                + fold("Date", [format_datetime(common.when(inner["date"]))]) + NL
                + f"Message-ID: <{hashlib.sha1(inner_text.encode()).hexdigest()[:16]}"
                  f"@{inner['frm'].split('@')[1].rstrip('>')}>" + NL + "MIME-Version: 1.0" + NL)
        body = text_part(inner_text, "plain", "utf-8", None)
        buf = io.BytesIO()
        BytesGenerator(buf, policy=COMPAT).flatten(body)
        raw = head + buf.getvalue().decode("ascii")
        part = Message(policy=COMPAT)
        part["Content-Type"] = "message/rfc822"
        part["Content-Disposition"] = 'attachment; filename="forwarded.eml"'
        sub = email.message_from_string(raw, policy=COMPAT)
        part.set_payload([sub])
        extras.append(part)
        expect["inner"] = inner_text
    if extras:
        return multipart("mixed", [core, *extras], boundary()), expect
    return core, expect


# ------------------------------------------------------------------ assembly

def load_specs() -> list[dict]:
    specs = []
    for module in (msgs254_rejections, msgs254_invites, msgs254_acks, msgs254_other):
        specs += module.MESSAGES
    return specs


def domain_of(value: str) -> str:
    return getaddresses([value])[0][1].split("@")[1]


def final_text(spec: dict, by_key: dict[str, dict], memo: dict[int, str]) -> str:
    """The spec's own text plus, when it quotes its parent, the parent's final text."""
    if id(spec) in memo:
        return memo[id(spec)]
    text = spec["text"].strip("\n") + "\n"
    style = spec.get("quote")
    if style:
        parent = by_key[spec["parent"]]
        ptext = final_text(parent, by_key, memo)
        name, addr = getaddresses([parent["frm"]])[0]
        lang = spec["lang"]
        if style == "gmail":
            text += common.gmail_quote(lang, parent["date"], name, addr, ptext)
        elif style == "outlook":
            to = parent.get("to", common.CANDIDATE)
            text += common.outlook_quote(lang, parent["date"], name, addr, to,
                                         parent["subject"], ptext)
        elif style == "forward":
            to = parent.get("to", common.CANDIDATE)
            text += common.forwarded(lang, parent["date"], name, addr, to, parent["subject"],
                                     ptext)
        else:
            raise ValueError(style)
    memo[id(spec)] = text
    return text


def norm(text: str) -> str:
    lines = text.replace("\r\n", "\n").strip().split("\n")
    return "\n".join(line.rstrip() for line in lines)


def verify(path: Path, spec: dict, expect: dict[str, str]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{path}: defects {part.defects}"
    for name in ("From", "To", "Subject", "Reply-To", "Cc", "Date", "Message-ID"):
        if msg[name] is not None:
            assert not msg[name].defects, f"{path}: {name} defects {msg[name].defects}"
    assert str(msg["Subject"]) == spec["subject"], (path, str(msg["Subject"]), spec["subject"])
    name, addr = getaddresses([spec["frm"]])[0]
    got = msg["From"].addresses[0]
    assert (got.display_name, got.addr_spec) == (name, addr), (path, got)
    assert common.when(spec["date"]).year == 2026
    seen = {}
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_subtype() != "calendar":
            if part.get_content_subtype() == "plain" and "plain" in seen:
                seen["inner"] = part.get_content()
            else:
                seen[part.get_content_subtype()] = part.get_content()
    for key, want in expect.items():
        assert key in seen, f"{path}: missing {key} part"
        assert norm(seen[key]) == norm(want), f"{path}: {key} body does not round-trip"
    if spec.get("ics"):
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        assert cals and "BEGIN:VCALENDAR" in cals[0].get_content()
    for att in spec.get("attach", []):
        pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
        assert any(p.get_filename() == att["filename"] and p.get_content().startswith(b"%PDF")
                   for p in pdfs), path


def main() -> None:
    specs = load_specs()
    by_key = {}
    for spec in specs:
        assert spec["kind"] in KINDS, spec["name"]
        assert spec["lang"] in LANGS, spec["name"]
        if spec.get("key"):
            assert spec["key"] not in by_key, spec["key"]
            by_key[spec["key"]] = spec
    names = {}
    for kind in KINDS:
        group = sorted((s for s in specs if s["kind"] == kind),
                       key=lambda s: common.when(s["date"]))
        for n, spec in enumerate(group, 1):
            names[id(spec)] = f"{kind}/{n:03d}_{spec['name']}.eml"
    msgids = {}
    for spec in specs:
        digest = hashlib.sha1(names[id(spec)].encode()).hexdigest()
        stamp = common.when(spec["date"]).strftime("%Y%m%d%H%M")
        msgids[id(spec)] = f"<{stamp}.{digest[:12]}@{domain_of(spec['frm'])}>"
    assert len(set(msgids.values())) == len(specs)

    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    memo: dict[int, str] = {}
    rows = []
    for spec in specs:
        rel = names[id(spec)]
        parents = []
        cur = spec
        while cur.get("parent"):
            cur = by_key[cur["parent"]]
            parents.insert(0, msgids[id(cur)])
        if parents:
            assert common.when(by_key[spec["parent"]]["date"]) < common.when(spec["date"]), rel
        text = final_text(spec, by_key, memo)
        tag = hashlib.sha1(rel.encode()).hexdigest()[:10]
        try:
            body, expect = build_body(spec, text, tag)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        buf = io.BytesIO()
        BytesGenerator(buf, policy=COMPAT, mangle_from_=False).flatten(body)
        data = header_block(spec, msgids[id(spec)], parents).encode("ascii") + buf.getvalue()
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        verify(path, spec, expect)
        company = spec.get("company", "")
        contact = spec.get("contact", "")
        assert (company == "") == (spec["kind"] == "other"), rel
        if contact:
            assert contact == contact.lower()
            assert contact in [a.lower() for _, a in getaddresses(
                [spec["frm"], spec.get("reply_to", "")]) if a], rel
        rows.append([rel, spec["kind"], company, contact, spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))

    table = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for _, kind, _, _, lang in rows:
        table[kind][lang] += 1
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        print(f"{kind:34}" + "".join(f"{table[kind][lang]:>5}" for lang in LANGS)
              + f"  {sum(table[kind].values()):>5}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':34}" + "".join(f"{totals[lang]:>5}" for lang in LANGS)
          + f"  {len(rows):>5}")


if __name__ == "__main__":
    main()
