"""Build corpus 206 (Tadhg Oyelaran-Weiss's mailbox) from the hand-written specs.

Run from the repository root:  python tests/corpus_twohundredsixth/make_twohundredsixth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder,
then re-parses every written message with the default policy and checks that it has no
defects and that its subject, sender name and bodies come back unchanged.
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
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs206_acks  # noqa: E402
import msgs206_invites  # noqa: E402
import msgs206_other  # noqa: E402
import msgs206_rejections  # noqa: E402
from msgs206_common import ME  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
COUNTS = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
          "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52}

GEN_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=0)


# ---------------------------------------------------------------- encoded words

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_encode(raw: bytes) -> str:
    out = []
    for byte in raw:
        if byte == 0x20:
            out.append("_")
        elif byte in _Q_SAFE:
            out.append(chr(byte))
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, enc: str) -> str:
    """Encode text as RFC 2047 encoded words (each at most 75 characters), folded."""
    words: list[str] = []
    chunk = ""
    prefix = f"=?{charset}?{enc}?"

    def render(piece: str) -> str:
        raw = piece.encode(charset)
        body = base64.b64encode(raw).decode("ascii") if enc == "B" else _q_encode(raw)
        return prefix + body + "?="

    for char in text:
        if len(render(chunk + char)) > 75:
            words.append(render(chunk))
            chunk = char
        else:
            chunk += char
    if chunk:
        words.append(render(chunk))
    return "\n ".join(words)


def fold_plain(value: str, width: int = 76) -> str:
    """Fold an ASCII header value at single spaces so that unfolding gives it back."""
    words = value.split(" ")
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = word if not line else line + " " + word
        if len(candidate) > width and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    return "\n ".join(lines)


def header_text(value: str, enc: tuple[str, str] | None) -> str:
    """An unstructured header value: as is when ASCII and no encoding asked, else encoded.

    A leading 'Re: ' / 'AW: ' / 'Fwd: ' style prefix stays readable before the words."""
    if enc is None and value.isascii():
        return fold_plain(value)
    charset, method = enc or ("utf-8", "B")
    head, sep, rest = value.partition(": ")
    if sep and head.isascii() and len(head) <= 4 and rest:
        return head + ": " + encoded_words(rest, charset, method)
    return encoded_words(value, charset, method)


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    charset, method = enc or ("utf-8", "Q")
    return encoded_words(name, charset, method) + f" <{addr}>"


# ---------------------------------------------------------------- bodies

def leaf(ctype: str, content: str | bytes, charset: str | None, cte: str,
         filename: str | None = None, params: str = "", inline: bool = False) -> Message:
    part = Message()
    raw = content if isinstance(content, bytes) else content.encode(charset or "ascii")
    header = ctype + (f'; charset="{charset}"' if charset else "") + params
    if filename:
        header += f'; name="{filename}"'
    part["Content-Type"] = header
    if filename:
        kind = "inline" if inline else "attachment"
        part["Content-Disposition"] = f'{kind}; filename="{filename}"'
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
    elif cte == "7bit":
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    part = Message()
    part["Content-Type"] = f"multipart/{subtype}"
    for child in parts:
        part.attach(child)
    part.set_boundary(boundary)
    return part


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF that shows the given lines (WinAnsi text)."""
    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "56 780 Td", "14 TL"]
    for line in lines:
        ops.append(f"({esc(line)}) '")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out = []
    raw = line
    while len(raw.encode("utf-8")) > 75:
        cut = 75 if not out else 74
        while len(raw[:cut].encode("utf-8")) > (75 if not out else 74):
            cut -= 1
        out.append(raw[:cut])
        raw = raw[cut:]
    out.append(raw)
    return [out[0]] + [" " + piece for piece in out[1:]]


def _utc(local: str) -> str:
    when = _date(local)
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(spec: dict, stamp: str) -> str:
    """An iCalendar object (METHOD REQUEST or CANCEL) for one event."""
    org_name, org_addr = spec["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:" + spec.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0",
        "METHOD:" + spec["method"],
        "BEGIN:VEVENT",
        "UID:" + spec["uid"],
        "SEQUENCE:" + str(spec.get("seq", 0)),
        "DTSTAMP:" + _utc(stamp),
        "DTSTART:" + _utc(spec["start"]),
        "DTEND:" + _utc(spec["end"]),
        "SUMMARY:" + _ics_text(spec["summary"]),
        "LOCATION:" + _ics_text(spec.get("location", "")),
        f"ORGANIZER;CN={_ics_text(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;CN={_ics_text(ME[0])};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{ME[1]}",
        "STATUS:" + ("CANCELLED" if spec["method"] == "CANCEL" else "CONFIRMED"),
    ]
    if spec.get("description"):
        lines.append("DESCRIPTION:" + _ics_text(spec["description"]))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- one message

def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def _date(value: str) -> datetime:
    for fmt in ("%Y-%m-%d %H:%M:%S %z", "%Y-%m-%d %H:%M %z"):
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            pass
    raise ValueError(value)


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(("206/" + spec["slug"] + spec["date"]).encode()).hexdigest()
    domain = spec.get("mid_domain") or _domain(spec["frm"][1])
    if domain == "example.ie":
        domain = "mail.example.ie"
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


def default_cte(text: str, charset: str) -> str:
    return "7bit" if text.isascii() else "quoted-printable"


def build_body(spec: dict, tag: str) -> tuple[Message, list[str]]:
    """The MIME tree for a spec, and the text-part contents it should decode to."""
    charset = spec.get("charset", "utf-8")
    text, html = spec.get("text"), spec.get("html")
    expected: list[str] = []
    bodies: list[Message] = []
    if text is not None:
        cte = spec.get("cte") or default_cte(text, charset)
        if cte == "7bit" and not text.isascii():
            cte = "quoted-printable"
        bodies.append(leaf("text/plain", text, charset, cte,
                           params="; format=flowed" if spec.get("flowed") else ""))
        expected.append(text)
    if html is not None:
        cte = spec.get("html_cte") or spec.get("cte") or default_cte(html, charset)
        if cte == "7bit" and not html.isascii():
            cte = "quoted-printable"
        bodies.append(leaf("text/html", html, charset, cte))
        expected.append(html)
    ics = spec.get("ics")
    calendar_alt = calendar_att = None
    if ics:
        data = make_ics(ics, spec["date"])
        ics_cte = "7bit" if data.isascii() else "base64"
        mode = spec.get("ics_mode", "alt")
        if mode in ("alt", "both"):
            calendar_alt = leaf("text/calendar", data, "utf-8", ics_cte,
                                params=f"; method={ics['method']}")
            expected.append(data)
        if mode in ("attach", "both"):
            name = "cancel.ics" if ics["method"] == "CANCEL" else "invite.ics"
            calendar_att = leaf("application/ics", data.encode("utf-8"), None, "base64",
                                filename=name)
    alternatives = bodies + ([calendar_alt] if calendar_alt is not None else [])
    if len(alternatives) > 1:
        main = multipart("alternative", alternatives, f"=_206_{tag}_alt")
    else:
        main = alternatives[0]
    attachments: list[Message] = []
    if calendar_att is not None:
        attachments.append(calendar_att)
    for name, lines in spec.get("pdf", []):
        attachments.append(leaf("application/pdf", make_pdf(lines), None, "base64",
                                filename=name))
    inner = spec.get("attach_eml")
    if inner is not None:
        inner_msg, inner_expected = build_message(inner, tag + "_in", {})
        part = Message()
        part["Content-Type"] = "message/rfc822"
        part["Content-Disposition"] = 'attachment; filename="forwarded.eml"'
        part.set_payload([inner_msg])
        attachments.append(part)
        expected.extend(inner_expected)
    if attachments:
        main = multipart("mixed", [main, *attachments], f"=_206_{tag}_mix")
    return main, expected


def header_block(spec: dict, ids: dict[str, str]) -> list[tuple[str, str]]:
    to = spec.get("to", [ME])
    headers: list[tuple[str, str]] = []
    for name, value in spec.get("pre_headers", []):
        headers.append((name, value))
    headers.append(("From", address(spec["frm"], spec.get("name_enc"))))
    if spec.get("reply_to"):
        headers.append(("Reply-To", address(spec["reply_to"], spec.get("reply_enc"))))
    headers.append(("To", ",\n ".join(address(pair) for pair in to)))
    if spec.get("cc"):
        headers.append(("Cc", ",\n ".join(address(pair) for pair in spec["cc"])))
    headers.append(("Subject", header_text(spec["subject"], spec.get("subj_enc"))))
    headers.append(("Date", format_datetime(_date(spec["date"]))))
    headers.append(("Message-ID", ids[spec["slug"]] if spec["slug"] in ids
                    else message_id(spec)))
    parent = spec.get("parent")
    if parent:
        chain = ids[spec["slug"] + "#refs"].split()
        headers.append(("In-Reply-To", chain[-1]))
        headers.append(("References", "\n ".join(chain)))
    for name, value in spec.get("headers", []):
        headers.append((name, value))
    return headers


def build_message(spec: dict, tag: str, ids: dict[str, str]) -> tuple[Message, list[str]]:
    """A whole message as a compat32 Message (used for attached, forwarded messages)."""
    body, expected = build_body(spec, tag)
    mime = list(body._headers)
    heads = [(name, value.replace("\n ", " ")) for name, value in header_block(spec, ids)]
    body._headers = [*heads, ("MIME-Version", "1.0"), *mime]
    return body, expected


def render(spec: dict, tag: str, ids: dict[str, str]) -> tuple[bytes, list[str]]:
    body, expected = build_body(spec, tag)
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=GEN_POLICY).flatten(body)
    raw = out.getvalue()
    mime_head, _, rest = raw.partition(b"\n\n")
    lines = []
    for name, value in header_block(spec, ids):
        assert value.isascii(), (spec["slug"], name, value)
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    head = "\n".join(lines).encode("ascii") + b"\n" + mime_head
    return head + b"\n\n" + rest, expected


# ---------------------------------------------------------------- checks

def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(path: Path, spec: dict, expected: list[str]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    sender = msg["From"].addresses[0]
    if sender.display_name != spec["frm"][0] or sender.addr_spec != spec["frm"][1]:
        problems.append(f"from {sender!r}")
    got = sorted(_norm(part.get_content()) for part in msg.walk()
                 if part.get_content_maintype() == "text")
    want = sorted(_norm(text) for text in expected)
    if got != want:
        problems.append("bodies do not round-trip")
    if not any(part.get_content_type() == "text/plain" or
               part.get_content_type() == "text/html" for part in msg.walk()):
        problems.append("no text part")
    if _date(spec["date"]).year != 2026:
        problems.append("date not in 2026")
    assert not problems, f"{path.name}: {problems}"


# ---------------------------------------------------------------- main

def all_specs() -> list[dict]:
    return (msgs206_rejections.MSGS + msgs206_invites.MSGS + msgs206_acks.MSGS
            + msgs206_other.MSGS)


def validate(spec: dict) -> list[str]:
    """Charset problems of one spec, found before anything is written."""
    problems = []
    checks = [("subject", spec["subject"], (spec.get("subj_enc") or ("utf-8",))[0]),
              ("name", spec["frm"][0], (spec.get("name_enc") or ("utf-8",))[0])]
    for field in ("text", "html"):
        if spec.get(field) is not None:
            checks.append((field, spec[field], spec.get("charset", "utf-8")))
    for field, value, charset in checks:
        try:
            value.encode(charset)
        except UnicodeEncodeError as error:
            problems.append(f"{spec['slug']}: {field} not in {charset}: {error}")
    for key in ("kind", "slug", "lang", "frm", "subject", "date", "contact"):
        if key not in spec:
            problems.append(f"{spec.get('slug')}: missing {key}")
    return problems


def main() -> None:
    specs = all_specs()
    problems = [problem for spec in specs for problem in validate(spec)]
    assert not problems, "\n".join(problems)
    slugs = [spec["slug"] for spec in specs]
    assert len(slugs) == len(set(slugs)), "duplicate slugs"
    per_kind = {kind: [s for s in specs if s["kind"] == kind] for kind in KINDS}
    for kind, count in COUNTS.items():
        assert len(per_kind[kind]) == count, (kind, len(per_kind[kind]), count)
    assert sum(COUNTS.values()) == len(specs)
    ids: dict[str, str] = {}
    for spec in specs:
        ids[spec["slug"]] = message_id(spec)
    # References chains, in date order so that a parent's chain is known before its child's.
    for spec in sorted(specs, key=lambda s: _date(s["date"])):
        parent = spec.get("parent")
        if parent and not parent.startswith("<"):
            chain = list(spec.get("refs", []))
            chain += ids.get(parent + "#refs", "").split()
            chain.append(ids[parent])
            ids[spec["slug"] + "#refs"] = " ".join(chain)
        elif parent:
            ids[spec["slug"] + "#refs"] = " ".join([*spec.get("refs", []), parent])
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for number, spec in enumerate(per_kind[kind], start=1):
            rel = f"{kind}/{number:03d}_{spec['slug']}.eml"
            data, expected = render(spec, f"{kind[:3]}{number:03d}", ids)
            (HERE / rel).write_bytes(data)
            check(HERE / rel, spec, expected)
            contact = spec.get("contact", "")
            assert contact == contact.lower()
            rows.append([rel, kind, spec.get("company", ""), contact, spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages to {HERE}")


if __name__ == "__main__":
    main()
