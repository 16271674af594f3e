"""Build the 153rd corpus: every hand-written spec in msgs153_*.py becomes one .eml file.

Standard library only. Run from the repository root:

    python tests/corpus_hundredfiftythird/make_hundredfiftythird.py

It deletes and rewrites only *.eml files and labels.csv inside this folder. Header blocks are
written here (not by the email package) so encoded words can use utf-8 or iso-8859-1 with Q or
B encoding; boundaries, Message-IDs and dates are deterministic. Every written message is
parsed back with the default policy and checked: no defects, subject and bodies round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from datetime import UTC, datetime
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from msgs153_acks import MESSAGES as ACKS  # noqa: E402
from msgs153_common import CANDIDATE_ADDR, ME  # noqa: E402
from msgs153_invites import MESSAGES as INVITES  # noqa: E402
from msgs153_other import MESSAGES as OTHER  # noqa: E402
from msgs153_rejections import MESSAGES as REJECTIONS  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


# ---------------------------------------------------------------- headers

def encoded_word(text: str, charset: str, enc: str) -> str:
    data = text.encode(charset)
    if enc == "B":
        payload = base64.b64encode(data).decode("ascii")
    else:
        payload = "".join("_" if b == 0x20 else chr(b) if b in Q_SAFE else f"={b:02X}"
                          for b in data)
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, charset: str, enc: str, limit: int = 72) -> list[str]:
    """Split text into encoded words of at most `limit` characters, never inside a character."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(encoded_word(chunk + ch, charset, enc)) > limit:
            words.append(encoded_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(encoded_word(chunk, charset, enc))
    return words


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so no line passes 78 characters where possible."""
    head = f"{name}:"
    lines: list[str] = []
    current = head
    for word in value.split(" "):
        if current != head and len(current) + 1 + len(word) > 78:
            lines.append(current)
            current = " " + word
        else:
            current += " " + word
    lines.append(current)
    return "\n".join(lines)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if enc is None and value.isascii():
        return fold_plain(name, value)
    charset, how = enc or ("utf-8", "Q")
    return f"{name}: " + "\n ".join(encoded_words(value, charset, how))


def one_address(entry: tuple) -> str:
    name, addr = entry[0], entry[1]
    enc = entry[2] if len(entry) > 2 else None
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    charset, how = enc or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, how)) + f" <{addr}>"


def address_header(name: str, entries: list[tuple]) -> str:
    return f"{name}: " + ",\n ".join(one_address(e) for e in entries)


# ---------------------------------------------------------------- bodies

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").strip("\n") + "\n"


def leaf(ctype: str, data: bytes, cte: str, extra: list[str]) -> bytes:
    if cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        body = data
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return ("\n".join(head) + "\n\n").encode("ascii") + body


def text_leaf(subtype: str, text: str, charset: str, cte: str | None,
              extra: list[str] | None = None, params: str = "") -> bytes:
    data = norm(text).encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    if cte == "7bit":
        assert data.isascii()
    return leaf(f'text/{subtype}; charset="{charset}"{params}', data, cte, extra or [])


def multipart(subtype: str, boundary: str, parts: list[bytes]) -> bytes:
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode("ascii"),
           b"This is a multi-part message in MIME format.\n"]
    for part in parts:
        out.append(f"\n--{boundary}\n".encode("ascii"))
        out.append(part.rstrip(b"\n") + b"\n")
    out.append(f"\n--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the title and lines in Helvetica."""
    def pdf_str(s: str) -> str:
        raw = s.encode("cp1252", "replace").decode("latin-1")
        return "(" + raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    ops = ["BT", "/F1 15 Tf", "72 770 Td", "18 TL", f"{pdf_str(title)} Tj", "/F1 11 Tf", "T*"]
    ops += [f"T* {pdf_str(line)} Tj" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title " + pdf_str(title).encode("latin-1") + b" /Producer (corpus153) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> str:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\r\n".join(out)


def utc_stamp(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_text(ics: dict, stamp: str) -> str:
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus153//Calendar 1.0//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{utc_stamp(ics['start'])}",
        f"DTEND:{utc_stamp(ics['end'])}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines.append(f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}")
    lines.append(f"ATTENDEE;CN=\"{ME[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                 f"RSVP=TRUE:mailto:{CANDIDATE_ADDR}")
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(line) for line in lines) + "\r\n"


# ---------------------------------------------------------------- one message

class Built:
    def __init__(self) -> None:
        self.texts: list[str] = []  # every text/plain and text/html body we wrote
        self.counter = 0

    def boundary(self, key: str) -> str:
        self.counter += 1
        digest = hashlib.sha1(f"{key}/{self.counter}".encode()).hexdigest()[:16]
        return f"----=_Part153_{self.counter}_{digest}"


def body_tree(spec: dict, key: str, built: Built, stamp: str) -> bytes:
    charset = spec.get("charset", "utf-8")
    alt: list[bytes] = []
    if spec.get("text") is not None:
        built.texts.append(norm(spec["text"]))
        alt.append(text_leaf("plain", spec["text"], charset, spec.get("cte")))
    if spec.get("html") is not None:
        built.texts.append(norm(spec["html"]))
        alt.append(text_leaf("html", spec["html"], spec.get("html_charset", charset),
                             spec.get("html_cte", spec.get("cte"))))
    ics = spec.get("ics")
    attachments: list[bytes] = []
    if ics:
        method = ics.get("method", "REQUEST")
        data = ics_text(ics, stamp).encode("utf-8")
        if ics.get("mode", "alt") == "alt":
            alt.append(leaf(f'text/calendar; charset="utf-8"; method={method}', data,
                            "base64" if not data.isascii() else "7bit", []))
        else:
            name = ics.get("filename", "invite.ics")
            attachments.append(leaf(f'text/calendar; charset="utf-8"; method={method}; '
                                    f'name="{name}"', data, "base64",
                                    [f'Content-Disposition: attachment; filename="{name}"']))
    assert alt, f"{key}: no body"
    body = alt[0] if len(alt) == 1 else multipart("alternative", built.boundary(key), alt)
    for pdf in spec.get("pdf", []):
        filename, title, lines = pdf
        if filename.isascii():
            disp = f'Content-Disposition: attachment; filename="{filename}"'
            ctype = f'application/pdf; name="{filename}"'
        else:
            quoted = "".join(chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in "._-"
                             else f"%{b:02X}" for b in filename.encode("utf-8"))
            disp = f"Content-Disposition: attachment; filename*=utf-8''{quoted}"
            ctype = "application/pdf"
        attachments.append(leaf(ctype, pdf_bytes(title, lines), "base64", [disp]))
    fwd = spec.get("attach_eml")
    if fwd:
        inner = message_bytes(fwd, key + "/fwd", built, {})
        attachments.append(b"Content-Type: message/rfc822\nContent-Disposition: inline\n\n"
                           + inner)
    if attachments:
        body = multipart("mixed", built.boundary(key), [body, *attachments])
    return body


def message_id(spec: dict, key: str) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    domain = spec["frm"][1].split("@", 1)[1]
    digest = hashlib.sha1(key.encode()).hexdigest()[:12]
    return f"<{digest}.{spec['slug'].replace('_', '-')}@{domain}>"


def message_bytes(spec: dict, key: str, built: Built, ids: dict[str, str]) -> bytes:
    when = datetime.fromisoformat(spec["date"])
    assert when.year == 2026 and when.tzinfo is not None, key
    stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    heads: list[str] = []
    for name, value in spec.get("headers_top", []):
        heads.append(fold_plain(name, value))
    heads.append(address_header("From", [spec["frm"]]))
    if spec.get("sender"):
        heads.append(address_header("Sender", [spec["sender"]]))
    heads.append(address_header("To", spec.get("to", [ME])))
    if spec.get("cc"):
        heads.append(address_header("Cc", spec["cc"]))
    if spec.get("reply_to"):
        heads.append(address_header("Reply-To", [spec["reply_to"]]))
    heads.append(header_text("Subject", spec["subject"], spec.get("subj_enc")))
    heads.append(f"Date: {format_datetime(when)}")
    heads.append(f"Message-ID: {message_id(spec, key)}")
    refs: list[str] = [r if r.startswith("<") else ids[r] for r in spec.get("refs", [])]
    parent = spec.get("reply")
    if parent:
        refs.append(ids[parent])
    if refs:
        heads.append(f"In-Reply-To: {refs[-1]}")
        heads.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        heads.append(fold_plain(name, value))
    heads.append("MIME-Version: 1.0")
    return ("\n".join(heads) + "\n").encode("ascii") + body_tree(spec, key, built, stamp)


# ---------------------------------------------------------------- checks

def check(path: Path, spec: dict, built: Built) -> None:
    raw = path.read_bytes()
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    problems: list[str] = []
    for part in parsed.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"{name} defects {value.defects}")
    if str(parsed["subject"]) != spec["subject"]:
        problems.append(f"subject {parsed['subject']!r} != {spec['subject']!r}")
    got = [norm(part.get_content()) for part in parsed.walk()
           if part.get_content_type() in ("text/plain", "text/html")]
    if sorted(got) != sorted(built.texts):
        problems.append("bodies do not round-trip")
    frm = parsed["from"].addresses[0]
    if frm.addr_spec != spec["frm"][1] or (spec["frm"][0] and frm.display_name != spec["frm"][0]):
        problems.append(f"from {frm!r}")
    if problems:
        raise SystemExit(f"{path}: " + "; ".join(problems))


# ---------------------------------------------------------------- main

def main() -> None:
    specs = [*REJECTIONS, *INVITES, *ACKS, *OTHER]
    for old in HERE.rglob("*.eml"):
        old.unlink()
    counters = dict.fromkeys(KINDS, 0)
    keys: list[str] = []
    for spec in specs:
        assert spec["kind"] in KINDS, spec["slug"]
        counters[spec["kind"]] += 1
        keys.append(f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml")
    ids = {spec["id"]: message_id(spec, key) for spec, key in zip(specs, keys, strict=True)
           if spec.get("id")}
    assert len(ids) == sum(1 for s in specs if s.get("id")), "duplicate thread ids"
    rows = []
    seen_ids: set[str] = set()
    for spec, key in zip(specs, keys, strict=True):
        built = Built()
        data = message_bytes(spec, key, built, ids)
        path = HERE / key
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec, built)
        mid = message_id(spec, key)
        assert mid not in seen_ids, key
        seen_ids.add(mid)
        rows.append([key, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
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
