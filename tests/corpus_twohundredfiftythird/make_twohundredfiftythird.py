"""Build corpus 253 from the hand-written specs in msgs253_*.py (standard library only).

Run from the repository root:

    python tests/corpus_twohundredfiftythird/make_twohundredfiftythird.py

It deletes and rewrites only the *.eml files and labels.csv inside its own folder, then parses
every written message again and checks that it has no defects and that the subject, the
display names and every body part come back as written.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import re
import sys
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.message import MIMEPart
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs253_acks  # noqa: E402
import msgs253_invites  # noqa: E402
import msgs253_other  # noqa: E402
import msgs253_rejections  # noqa: E402
from msgs253_common import CANDIDATE_ADDR, ME  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
POLICY = email.policy.default.clone(linesep="\n")
ALLOWED_KEYS = {
    "kind", "name", "lang", "company", "contact", "frm", "name_cs", "to", "cc", "reply_to",
    "subject", "subj_cs", "date", "id", "parent", "headers", "text", "html", "charset",
    "cte", "html_charset", "html_cte", "ics", "ics_in", "pdf", "sender_domain",
}


# --- header encoding ------------------------------------------------------------------------

Q_SAFE = re.compile(r"[A-Za-z0-9!*+\-/]")


def _q_char(ch: str, charset: str) -> str:
    if ch == " ":
        return "_"
    if Q_SAFE.fullmatch(ch):
        return ch
    return "".join(f"={b:02X}" for b in ch.encode(charset))


def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """RFC 2047 encoded words for text, each at most 75 characters, never splitting a char."""
    prefix, suffix = f"=?{charset}?{enc}?", "?="
    room = 75 - len(prefix) - len(suffix)
    words: list[str] = []
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if enc.upper() == "Q":
            size = len("".join(_q_char(c, charset) for c in trial))
        else:
            size = len(base64.b64encode(trial.encode(charset)))
        if size > room and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for piece in words:
        if enc.upper() == "Q":
            body = "".join(_q_char(c, charset) for c in piece)
        else:
            body = base64.b64encode(piece.encode(charset)).decode("ascii")
        out.append(prefix + body + suffix)
    return out


def encode_unstructured(text: str, cs: tuple[str, ...] | None) -> str:
    """An unstructured header value (Subject): plain if ASCII, else encoded words.

    cs = (charset, "Q"|"B") encodes the whole value; (charset, enc, "words") encodes only
    the runs of words that are not ASCII and leaves the ASCII words readable.
    """
    if cs is None:
        if text.isascii():
            return fold_plain(text)
        cs = ("utf-8", "Q", "words")
    charset, enc, *mode = cs
    if mode and mode[0] == "words":
        tokens = text.split(" ")
        groups: list[tuple[bool, list[str]]] = []
        for token in tokens:
            flag = not token.isascii()
            if groups and groups[-1][0] == flag:
                groups[-1][1].append(token)
            else:
                groups.append((flag, [token]))
        atoms: list[str] = []
        for flag, group in groups:
            joined = " ".join(group)
            atoms += encoded_words(joined, charset, enc) if flag else group
        # Fold between atoms: unfolding turns "\n " back into the space that was there, and
        # the whitespace between two adjacent encoded words is dropped when decoding.
        out, line = "", len("Subject: ")
        for atom in atoms:
            if not out:
                out, line = atom, line + len(atom)
            elif line + 1 + len(atom) > 76:
                out, line = out + "\n " + atom, 1 + len(atom)
            else:
                out, line = out + " " + atom, line + 1 + len(atom)
        return out
    return "\n ".join(encoded_words(text, charset, enc))


def fold_plain(text: str, width: int = 76) -> str:
    """Fold an ASCII header value at spaces so that no line is much longer than width."""
    words = text.split(" ")
    lines: list[str] = []
    line = ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n ".join(lines)


def encode_address(addr: tuple[str, str] | str, cs: tuple[str, str] | None) -> str:
    if isinstance(addr, str):
        return addr
    name, mail = addr
    if not name:
        return mail
    if name.isascii():
        return formataddr((name, mail))
    charset, enc = cs or ("utf-8", "Q")
    return " ".join(encoded_words(name, charset, enc)) + f" <{mail}>"


def address_list(addrs: list[tuple[str, str] | str], cs: tuple[str, str] | None) -> str:
    return ",\n ".join(encode_address(a, cs) for a in addrs)


# --- dates, PDF, iCalendar ------------------------------------------------------------------

def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def make_pdf(lines: list[str], title: str) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    def pdf_text(s: str) -> bytes:
        raw = s.encode("cp1252", "replace")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = b"BT /F1 11 Tf 56 780 Td 15 TL\n"
    for line in lines:
        stream += b"(" + pdf_text(line) + b") Tj T*\n"
    stream += b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title (" + pdf_text(title) + b") /Producer (corpus253) >>",
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


def ics_fold(line: str) -> list[str]:
    """Fold a content line at 73 characters (continuation lines start with a space)."""
    out = []
    while len(line.encode("utf-8")) > 73:
        cut = 73
        while len(line[:cut].encode("utf-8")) > 73:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def utc_stamp(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(spec: dict, sent: datetime) -> str:
    method = spec.get("method", "REQUEST")
    start = parse_date(spec["start"])
    end = start + timedelta(minutes=spec.get("minutes", 45))
    org_name, org_addr = spec["organizer"]
    status = spec.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{spec.get('prodid', '-//Corpus253//Calendar 1.0//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec.get('seq', 0)}",
        f"DTSTAMP:{utc_stamp(sent)}",
        f"DTSTART:{utc_stamp(start)}",
        f"DTEND:{utc_stamp(end)}",
        f"SUMMARY:{ics_escape(spec['summary'])}",
    ]
    if spec.get("location"):
        lines.append(f"LOCATION:{ics_escape(spec['location'])}")
    if spec.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(spec['description'])}")
    lines.append(f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}")
    for name, addr in spec.get("attendees", [ME]):
        lines.append(f"ATTENDEE;CN=\"{name}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f"RSVP=TRUE:mailto:{addr}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\n".join(folded) + "\n"


# --- MIME -----------------------------------------------------------------------------------

def default_cte(text: str) -> str:
    longest = max((len(line) for line in text.split("\n")), default=0)
    if longest > 900:
        return "quoted-printable"
    return "7bit" if text.isascii() else "8bit"


def text_part(text: str, subtype: str, charset: str, cte: str | None,
              params: dict[str, str] | None = None, disposition: str | None = None,
              filename: str | None = None) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    part.set_content(text, subtype=subtype, charset=charset, cte=cte or default_cte(text),
                     params=params or {}, disposition=disposition, filename=filename)
    return part


def multipart(subtype: str, parts: list[MIMEPart], boundary: str) -> MIMEPart:
    whole = MIMEPart(policy=POLICY)
    whole["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        whole.attach(part)
    return whole


def build_body(spec: dict, index: int, sent: datetime) -> tuple[MIMEPart, list[tuple[str, str]]]:
    """The MIME tree and the (subtype, text) of every text leaf in walk order."""
    expected: list[tuple[str, str]] = []
    alt: list[MIMEPart] = []
    charset = spec.get("charset", "utf-8")
    if spec.get("text") is not None:
        alt.append(text_part(spec["text"], "plain", charset, spec.get("cte")))
        expected.append(("plain", spec["text"]))
    if spec.get("html") is not None:
        alt.append(text_part(spec["html"], "html", spec.get("html_charset", charset),
                             spec.get("html_cte")))
        expected.append(("html", spec["html"]))
    attachments: list[MIMEPart] = []
    attach_expected: list[tuple[str, str]] = []
    if spec.get("ics"):
        ics = make_ics(spec["ics"], sent)
        where = spec.get("ics_in", "alt")
        method = spec["ics"].get("method", "REQUEST")
        cte = spec["ics"].get("cte")
        if where in ("alt", "both"):
            alt.append(text_part(ics, "calendar", "utf-8", cte, params={"method": method}))
            expected.append(("calendar", ics))
        if where in ("attach", "both"):
            name = spec["ics"].get("filename", "invite.ics")
            attachments.append(text_part(ics, "calendar", "utf-8", cte or "base64",
                                         params={"method": method}, disposition="attachment",
                                         filename=name))
            attach_expected.append(("calendar", ics))
    for pdf in spec.get("pdf", []):
        part = MIMEPart(policy=POLICY)
        part.set_content(make_pdf(pdf["lines"], pdf.get("title", pdf["filename"])),
                         maintype="application", subtype="pdf", disposition="attachment",
                         filename=pdf["filename"])
        attachments.append(part)
    if not alt:
        raise ValueError(f"{spec['name']}: no text part")
    body = alt[0] if len(alt) == 1 else multipart("alternative", alt, f"=_alt253_{index:03d}")
    if attachments:
        body = multipart("mixed", [body, *attachments], f"=_mix253_{index:03d}")
    return body, expected + attach_expected


def header_block(spec: dict, msgid: str, parents: list[str], sent: datetime) -> list[str]:
    cs = spec.get("name_cs")
    frm = spec["frm"]
    to = spec.get("to", [ME])
    lines = [
        f"From: {encode_address(frm, cs)}",
        f"To: {address_list(to, cs)}",
    ]
    if spec.get("cc"):
        lines.append(f"Cc: {address_list(spec['cc'], cs)}")
    if spec.get("reply_to"):
        lines.append(f"Reply-To: {encode_address(spec['reply_to'], cs)}")
    lines.append(f"Subject: {encode_unstructured(spec['subject'], spec.get('subj_cs'))}")
    lines.append(f"Date: {format_datetime(sent)}")
    lines.append(f"Message-ID: {msgid}")
    if parents:
        lines.append(f"In-Reply-To: {parents[-1]}")
        lines.append("References: " + "\n ".join(parents))
    for name, value in spec.get("headers", []):
        if not value.isascii():
            raise ValueError(f"{spec['name']}: raw header {name} must be ASCII")
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    return lines


def domain_of(addr: tuple[str, str] | str) -> str:
    mail = addr if isinstance(addr, str) else addr[1]
    return mail.rsplit("@", 1)[1]


def serialise(head: list[str], body: MIMEPart) -> bytes:
    out = BytesIO()
    BytesGenerator(out, policy=POLICY).flatten(body)
    return ("\n".join(head) + "\n").encode("ascii") + out.getvalue()


# --- checks ---------------------------------------------------------------------------------

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(path: Path, spec: dict, expected: list[tuple[str, str]]) -> None:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = path.relative_to(HERE)
    problems = []
    for part in message.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
    for name in ("From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID"):
        value = message.get(name)
        if value is not None and getattr(value, "defects", None):
            problems.append(f"{name} defects {value.defects}")
    if str(message["Subject"]) != spec["subject"]:
        problems.append(f"subject {message['Subject']!r} != {spec['subject']!r}")
    for name, want in (("From", spec["frm"]), ("Reply-To", spec.get("reply_to"))):
        if want is None:
            continue
        got = message[name].addresses[0]
        want_name, want_addr = ("", want) if isinstance(want, str) else want
        if (got.display_name, got.addr_spec) != (want_name, want_addr):
            problems.append(f"{name} {got!r} != {want!r}")
    for name in ("To", "Cc"):
        want_list = spec.get(name.lower(), [ME] if name == "To" else [])
        got_list = [(a.display_name, a.addr_spec) for a in message[name].addresses] \
            if message[name] else []
        want_pairs = [("", w) if isinstance(w, str) else tuple(w) for w in want_list]
        if got_list != want_pairs:
            problems.append(f"{name} {got_list!r} != {want_pairs!r}")
    leaves = [p for p in message.walk() if p.get_content_maintype() == "text"]
    if len(leaves) != len(expected):
        problems.append(f"{len(leaves)} text parts, expected {len(expected)}")
    for part, (subtype, text) in zip(leaves, expected, strict=False):
        if part.get_content_subtype() != subtype:
            problems.append(f"part {part.get_content_type()} != {subtype}")
        elif norm(part.get_content()) != norm(text):
            problems.append(f"{subtype} body does not round-trip")
    for part in message.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
                problems.append("broken PDF")
    if problems:
        raise SystemExit(f"{where}: " + "; ".join(problems))


def validate(spec: dict) -> None:
    unknown = set(spec) - ALLOWED_KEYS
    if unknown:
        raise ValueError(f"{spec.get('name')}: unknown keys {unknown}")
    if spec["kind"] not in KINDS or spec["lang"] not in LANGS:
        raise ValueError(f"{spec['name']}: bad kind or language")
    if not re.fullmatch(r"[a-z0-9_]+", spec["name"]):
        raise ValueError(f"{spec['name']}: scenario name must be a slug")
    if spec["kind"] == "other" and spec.get("company"):
        raise ValueError(f"{spec['name']}: other mail has no company")
    if spec["kind"] != "other" and not spec.get("company"):
        raise ValueError(f"{spec['name']}: job mail needs a company")
    if not spec["date"].startswith("2026-"):
        raise ValueError(f"{spec['name']}: not in 2026")
    contact = spec.get("contact", "")
    if contact:
        heads = [spec["frm"], spec.get("reply_to")]
        mails = [h if isinstance(h, str) else h[1] for h in heads if h]
        if contact != contact.lower() or contact not in [m.lower() for m in mails]:
            raise ValueError(f"{spec['name']}: contact {contact} not in From/Reply-To")
    frm = spec["frm"]
    if (frm if isinstance(frm, str) else frm[1]) == CANDIDATE_ADDR and (
            contact or spec["kind"] != "other"):
        raise ValueError(f"{spec['name']}: the candidate's own mail is other, no contact")


def main() -> None:
    specs: list[dict] = [
        *msgs253_rejections.MESSAGES,
        *msgs253_invites.MESSAGES,
        *msgs253_acks.MESSAGES,
        *msgs253_other.MESSAGES,
    ]
    for spec in specs:
        validate(spec)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    counters = dict.fromkeys(KINDS, 0)
    files: list[str] = []
    for spec in specs:
        counters[spec["kind"]] += 1
        files.append(f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['name']}.eml")

    ids: dict[str, str] = {}
    msgids: list[str] = []
    for rel, spec in zip(files, specs, strict=True):
        sent = parse_date(spec["date"])
        token = hashlib.sha1(f"corpus253/{rel}".encode()).hexdigest()[:14]
        domain = spec.get("sender_domain") or domain_of(spec["frm"])
        msgid = f"<{sent.strftime('%Y%m%d%H%M')}.{token}@{domain}>"
        msgids.append(msgid)
        if spec.get("id"):
            if spec["id"] in ids:
                raise ValueError(f"duplicate thread key {spec['id']}")
            ids[spec["id"]] = msgid
    by_key = {spec["id"]: spec for spec in specs if spec.get("id")}

    def chain(parent: str | None, seen: tuple[str, ...] = ()) -> list[str]:
        """The References of a reply to `parent`: the parent's own chain, then the parent."""
        if not parent:
            return []
        if parent.startswith("<"):  # a message outside the corpus (e.g. one the candidate sent)
            return [parent]
        if parent not in ids or parent in seen:
            raise ValueError(f"unknown or circular parent {parent}")
        return [*chain(by_key[parent].get("parent"), (*seen, parent)), ids[parent]]

    for spec in specs:
        spec["_parents"] = chain(spec.get("parent"))

    rows = []
    for index, (rel, spec, msgid) in enumerate(zip(files, specs, msgids, strict=True), 1):
        sent = parse_date(spec["date"])
        try:
            body, expected = build_body(spec, index, sent)
        except (UnicodeError, ValueError) as error:
            raise SystemExit(f"{rel}: {error}") from error
        data = serialise(header_block(spec, msgid, spec.pop("_parents"), sent), body)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec, expected)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:32}" + "".join(f"{row[lang]:>5}" for lang in LANGS)
              + f"{sum(row.values()):>7}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[lang]:>5}" for lang in LANGS)
          + f"{sum(totals.values()):>7}")


if __name__ == "__main__":
    main()
