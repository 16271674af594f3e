"""Build corpus 277 (Henrike Adjei-Sommer's mailbox) from the hand-written specs.

Run from the repository root:

    python tests/corpus_twohundredseventyseventh/make_twohundredseventyseventh.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder, then
re-parses every written message with the default policy and checks it.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import re
import sys
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs277_acks  # noqa: E402
import msgs277_invites  # noqa: E402
import msgs277_other  # noqa: E402
import msgs277_rejections  # noqa: E402
from msgs277_common import ME_ADDR  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.L\.|SL|Ltd|Inc|SAS|SARL|LLC|KG|OG|SpA|Srl|plc|S\.A\.U?)\.?$")
CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit",
       "quoted-printable": "quoted-printable", "base64": "base64"}
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
OUT_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=0)


# --------------------------------------------------------------------------- headers

def encoded_words(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """text as RFC 2047 encoded words of at most 75 characters, whole characters per word."""

    def one(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc == "B":
            body = base64.b64encode(raw).decode("ascii")
        else:
            body = "".join(chr(b) if b in Q_SAFE else "_" if b == 0x20 else f"={b:02X}"
                           for b in raw)
        return f"=?{charset}?{enc}?{body}?="

    words: list[str] = []
    current = ""
    for char in text:
        if current and len(one(current + char)) > 75:
            words.append(one(current))
            current = char
        else:
            current += char
    words.append(one(current))
    return "\n ".join(words)


def header_text(text: str, enc: tuple[str, ...] | None) -> str:
    """An unstructured header value: as is when ASCII and not asked to encode, else encoded.

    enc = (charset, "Q"|"B") encodes the whole value; a third item "mixed" encodes only the
    runs of words that need it, as many mail programs do.
    """
    if enc is None:
        if text.isascii():
            return text
        enc = ("utf-8", "Q")
    charset, kind, *mode = enc
    if not mode:
        return encoded_words(text, charset, kind)
    tokens = text.split(" ")
    out: list[str] = []
    run: list[str] = []
    for token in tokens:
        if token.isascii():
            if run:
                out.append(encoded_words(" ".join(run), charset, kind))
                run = []
            out.append(token)
        else:
            run.append(token)
    if run:
        out.append(encoded_words(" ".join(run), charset, kind))
    return " ".join(out)


def address(pair: tuple[str, str] | str, enc: tuple[str, str] | None = None) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    charset, kind = enc or ("utf-8", "Q")
    return f"{encoded_words(name, charset, kind)} <{addr}>"


def fold(name: str, value: str) -> str:
    """name: value, folded at spaces so that lines stay under 78 characters where possible.

    A value that already contains folds (encoded words split by the encoder) is kept as is.
    """
    if "\n" in value:
        return f"{name}: {value}"
    lines: list[str] = []
    current = f"{name}:"
    for word in value.split(" "):
        if len(current) + 1 + len(word) > 76 and current != f"{name}:" and current.strip():
            lines.append(current)
            current = " " + word
        else:
            current = f"{current} {word}"
    lines.append(current)
    return "\n".join(lines)


# --------------------------------------------------------------------------- parts

def text_part(text: str, subtype: str, charset: str, cte: str | None,
              extra: str = "") -> tuple[Message, str]:
    body = text.strip("\n") + "\n"
    if subtype == "html" and charset != "utf-8":
        # the HTML shells declare utf-8; keep the declaration in step with the MIME charset
        body = body.replace('charset="utf-8"', f'charset="{charset}"')
        body = body.replace("charset=utf-8", f"charset={charset}")
    raw = body.encode(charset)
    if cte is None:
        cte = "7bit" if body.isascii() else "quoted-printable"
    cte = CTE[cte]
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"{extra}'
    part["Content-Transfer-Encoding"] = cte
    if cte == "7bit":
        assert body.isascii(), "7bit body with non-ASCII text"
        payload = body
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = base64.encodebytes(raw).decode("ascii")
    part.set_payload(payload)
    return part, body


def qp_crlf(text: str) -> str:
    """Quoted-printable that keeps CRLF line ends (each CR written as =0D), as calendars need."""
    lines = text.split("\r\n")
    assert lines[-1] == "", "calendar text must end with CRLF"
    encoded = [quopri.encodestring(line.encode()).decode("ascii").rstrip("\n") + "=0D"
               for line in lines[:-1]]
    return "\n".join(encoded) + "\n"


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines in Helvetica."""

    def pdf_str(text: str) -> bytes:
        raw = text.encode("cp1252", "replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    stream = [b"BT", b"/F1 15 Tf", b"56 780 Td", pdf_str(title) + b" Tj", b"/F1 10 Tf", b"0 -28 Td"]
    for line in lines:
        stream.append(pdf_str(line) + b" Tj")
        stream.append(b"0 -15 Td")
    stream.append(b"ET")
    content = b"\n".join(stream)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + pdf_str(title) + b" /Producer (corpus277) >>",
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
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def parse_when(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out = []
    raw = line
    while len(raw.encode("utf-8")) > 74:
        cut = 74
        while len(raw[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(raw[:cut])
        raw = " " + raw[cut:]
    out.append(raw)
    return out


def ics_text(ics: dict, stamp: datetime) -> str:
    start = parse_when(ics["start"]).astimezone(UTC)
    end = start + timedelta(minutes=ics.get("minutes", 60))
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]

    def z(moment: datetime) -> str:
        return moment.strftime("%Y%m%dT%H%M%SZ")

    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('sequence', 0)}",
        f"DTSTAMP:{z(stamp.astimezone(UTC))}",
        f"DTSTART:{z(start)}",
        f"DTEND:{z(end)}",
        f"SUMMARY:{ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ics['description'])}")
    lines += [
        f"ORGANIZER;CN={ics_escape(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;CN={ics.get('attendee_name', 'Henrike Adjei-Sommer')};ROLE=REQ-PARTICIPANT;"
        f"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_ADDR}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else ics.get('status', 'CONFIRMED')}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- messages

class Built:
    def __init__(self) -> None:
        self.texts: list[str] = []
        self.counter = 0

    def boundary(self, key: str) -> str:
        self.counter += 1
        token = hashlib.sha1(key.encode()).hexdigest()[:10]
        return f"----=_Part277_{token}_{self.counter:02d}"


def body_tree(spec: dict, built: Built, key: str, stamp: datetime) -> Message:
    charset = spec.get("cs", "utf-8")
    cte = spec.get("cte")
    alternatives: list[Message] = []
    if spec.get("text") is not None:
        part, body = text_part(spec["text"], "plain", charset, cte)
        alternatives.append(part)
        built.texts.append(body)
    if spec.get("html") is not None:
        part, body = text_part(spec["html"], "html", spec.get("html_cs", charset),
                               spec.get("html_cte", cte))
        alternatives.append(part)
        built.texts.append(body)
    ics = spec.get("ics")
    if ics and ics.get("inline", True):
        method = ics.get("method", "REQUEST")
        calendar = ics_text(ics, stamp)
        part, body = text_part(calendar, "calendar", "utf-8", ics.get("cte", "b64"),
                               f"; method={method}")
        # the calendar keeps its CRLF line ends
        part.set_payload(base64.encodebytes(calendar.encode()).decode("ascii")
                         if part["Content-Transfer-Encoding"] == "base64"
                         else qp_crlf(calendar))
        alternatives.append(part)
        built.texts.append(calendar)
    assert alternatives, f"{key}: no body"
    if len(alternatives) == 1:
        main = alternatives[0]
    else:
        main = Message()
        main["Content-Type"] = f'multipart/alternative; boundary="{built.boundary(key)}"'
        for part in alternatives:
            main.attach(part)
    attachments: list[Message] = []
    if ics and not ics.get("inline", True):
        method = ics.get("method", "REQUEST")
        calendar = ics_text(ics, stamp)
        part = Message()
        name = ics.get("filename", "invite.ics")
        part["Content-Type"] = f'text/calendar; charset="utf-8"; method={method}; name="{name}"'
        part["Content-Transfer-Encoding"] = "base64"
        part["Content-Disposition"] = f'attachment; filename="{name}"'
        part.set_payload(base64.encodebytes(calendar.encode()).decode("ascii"))
        attachments.append(part)
        built.texts.append(calendar)
    for filename, title, lines in spec.get("pdf", []):
        part = Message()
        part["Content-Type"] = f'application/pdf; name="{filename}"'
        part["Content-Transfer-Encoding"] = "base64"
        part["Content-Disposition"] = f'attachment; filename="{filename}"'
        part.set_payload(base64.encodebytes(pdf_bytes(title, lines)).decode("ascii"))
        attachments.append(part)
    if spec.get("attach_eml"):
        inner_spec = spec["attach_eml"]
        inner_bytes = render(inner_spec, built, key + "i", {}, inner=True)
        part = Message()
        part["Content-Type"] = "message/rfc822"
        part["Content-Disposition"] = 'attachment; filename="forwarded.eml"'
        part.set_payload([email.message_from_bytes(inner_bytes, policy=email.policy.compat32)])
        attachments.append(part)
    if not attachments:
        return main
    mixed = Message()
    mixed["Content-Type"] = f'multipart/mixed; boundary="{built.boundary(key)}"'
    mixed.preamble = "This is a multi-part message in MIME format."
    mixed.attach(main)
    for part in attachments:
        mixed.attach(part)
    return mixed


def message_id(spec: dict, key: str) -> str:
    domain = spec["frm"][1].split("@")[1]
    if domain == "example.at":
        domain = "mail.example.at"
    token = hashlib.sha1(f"277/{key}".encode()).hexdigest()
    return f"<{token[:12]}.{token[12:20]}@{domain}>"


def render(spec: dict, built: Built, key: str, ids: dict[str, tuple[str, list[str]]],
           inner: bool = False) -> bytes:
    stamp = parse_when(spec["date"])
    lines = []
    for name, value in spec.get("pre_hdr", []):
        lines.append(fold(name, value))
    lines.append(f"Date: {format_datetime(stamp)}")
    lines.append(fold("From", address(spec["frm"], spec.get("frm_enc"))))
    if spec.get("sender"):
        lines.append(fold("Sender", address(spec["sender"])))
    if spec.get("reply_to"):
        lines.append(fold("Reply-To", address(spec["reply_to"], spec.get("reply_to_enc"))))
    to = spec.get("to") or [("Henrike Adjei-Sommer", ME_ADDR)]
    lines.append(fold("To", ", ".join(address(p, spec.get("to_enc")) for p in to)))
    if spec.get("cc"):
        lines.append(fold("Cc", ", ".join(address(p) for p in spec["cc"])))
    lines.append(fold("Subject", header_text(spec["subject"], spec.get("subj_enc"))))
    own_id = ids[spec["mid"]][0] if spec.get("mid") in ids else message_id(spec, key)
    lines.append(f"Message-ID: {own_id}")
    if spec.get("irt") and not inner:
        parent_id, parent_refs = ids[spec["irt"]]
        refs = [*parent_refs, parent_id]
        lines.append(f"In-Reply-To: {parent_id}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("hdr", []):
        lines.append(fold(name, value))
    lines.append("MIME-Version: 1.0")
    tree = body_tree(spec, built, key, stamp)
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=0, policy=OUT_POLICY).flatten(tree)
    head = "\n".join(lines).encode("ascii") + b"\n"
    return head + out.getvalue()


def all_specs() -> list[dict]:
    return [*msgs277_rejections.MESSAGES, *msgs277_invites.MESSAGES, *msgs277_acks.MESSAGES,
            *msgs277_other.MESSAGES]


def check_spec(spec: dict) -> None:
    name = spec["slug"]
    assert re.fullmatch(r"[a-z0-9_]+", name), name
    assert spec["kind"] in KINDS, name
    assert spec["lang"] in LANGS, name
    company, contact = spec.get("company", ""), spec.get("contact", "")
    if spec["kind"] == "other":
        assert not company, f"{name}: other with company"
    else:
        assert company and not LEGAL.search(company), f"{name}: company {company!r}"
    own = spec["frm"][1].lower() == ME_ADDR
    if own:
        assert spec["kind"] == "other" and not contact, f"{name}: own mail"
    if contact:
        assert contact == contact.lower(), name
        present = [spec["frm"][1].lower()]
        if spec.get("reply_to"):
            reply = spec["reply_to"]
            present.append((reply if isinstance(reply, str) else reply[1]).lower())
        assert contact in present, f"{name}: contact {contact} not in From/Reply-To"
    assert spec["date"].startswith("2026-"), name


def verify(path: Path, spec: dict, texts: list[str]) -> None:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in message.walk():
        assert not part.defects, f"{path.name}: defects {part.defects}"
    assert not message.defects, f"{path.name}: {message.defects}"
    assert str(message["Subject"]) == spec["subject"], (path.name, str(message["Subject"]))
    sender = message["From"].addresses[0]
    assert sender.addr_spec == spec["frm"][1], path.name
    assert sender.display_name == spec["frm"][0], (path.name, sender.display_name)
    assert message["Date"].datetime.year == 2026, path.name
    got = [part.get_content() for part in message.walk()
           if part.get_content_maintype() == "text"]
    assert len(got) == len(texts), (path.name, len(got), len(texts))
    for have, want in zip(got, texts, strict=True):
        assert have.rstrip() == want.rstrip(), f"{path.name}: body does not round-trip"


def main() -> None:
    specs = all_specs()
    for spec in specs:
        check_spec(spec)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    numbers = dict.fromkeys(KINDS, 0)
    keys = []
    for spec in specs:
        numbers[spec["kind"]] += 1
        keys.append(f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['slug']}.eml")
    # Message-IDs first, so that replies can point at any message of the corpus.
    ids: dict[str, tuple[str, list[str]]] = {}
    by_mid = {spec["mid"]: (spec, key) for spec, key in zip(specs, keys, strict=True)
              if spec.get("mid")}
    assert len(by_mid) == len([s for s in specs if s.get("mid")]), "duplicate mid"

    def resolve(mid: str) -> tuple[str, list[str]]:
        if mid not in ids:
            spec, key = by_mid[mid]
            refs: list[str] = []
            if spec.get("irt"):
                parent_id, parent_refs = resolve(spec["irt"])
                refs = [*parent_refs, parent_id]
            ids[mid] = (message_id(spec, key), refs)
        return ids[mid]

    for mid in by_mid:
        resolve(mid)
    rows = []
    seen_ids = set()
    for spec, key in zip(specs, keys, strict=True):
        built = Built()
        data = render(spec, built, key, ids)
        path = HERE / key
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        verify(path, spec, built.texts)
        mid = email.message_from_bytes(data, policy=email.policy.default)["Message-ID"]
        assert mid not in seen_ids, f"{key}: duplicate Message-ID"
        seen_ids.add(mid)
        rows.append([key, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{len(rows)} messages written")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:>5}" for lang in LANGS)
              + f"  {sum(counts.values()):>5}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[lang]:>5}" for lang in LANGS)
          + f"  {len(rows):>5}")


if __name__ == "__main__":
    main()
