"""Build corpus 171 from the hand-written specs in the msgs171_* modules.

Run from the repository root:  python tests/corpus_hundredseventyfirst/make_hundredseventyfirst.py

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder. Every
message is written byte by byte (header block with RFC 2047 encoded words in the charset each
spec asks for, MIME tree with deterministic boundaries), then re-parsed with the default policy
and checked: no defects, subject, display names and every text body round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import quopri
import sys
import textwrap
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs171_acks  # noqa: E402
import msgs171_invites  # noqa: E402
import msgs171_other  # noqa: E402
import msgs171_rejections  # noqa: E402
from msgs171_common import CANDIDATE, CANDIDATE_NAME  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["fr", "en", "de", "es"]
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


# --------------------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, enc: str, limit: int = 62) -> list[str]:
    """RFC 2047 encoded words for text, each at most `limit` characters, never splitting a
    character across two words."""
    words: list[str] = []
    prefix, suffix = f"=?{charset}?{enc}?", "?="
    room = limit - len(prefix) - len(suffix)
    chunk = ""

    def encode(s: str) -> str:
        data = s.encode(charset)
        if enc == "B":
            return base64.b64encode(data).decode("ascii")
        out = []
        for byte in data:
            if byte == 0x20:
                out.append("_")
            elif byte in Q_SAFE:
                out.append(chr(byte))
            else:
                out.append(f"={byte:02X}")
        return "".join(out)

    for ch in text:
        if len(encode(chunk + ch)) > room and chunk:
            words.append(prefix + encode(chunk) + suffix)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(prefix + encode(chunk) + suffix)
    return words


def header_value(text: str, enc: tuple[str, str] | None) -> str:
    """Unstructured header value: encoded words when asked or non-ASCII, else folded ASCII."""
    if enc is None and not text.isascii():
        enc = ("utf-8", "Q")
    if enc is not None:
        return "\n ".join(encoded_words(text, *enc))
    lines = textwrap.wrap(text, 70, break_long_words=False, break_on_hyphens=False)
    return "\n ".join(lines) if lines else ""


SPECIALS = set('()<>@,;:\\".[]')


def address(name: str | None, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc is None and not name.isascii():
        enc = ("utf-8", "Q")
    if enc is not None:
        # one encoded word per display name: parsers disagree on the space between two
        words = encoded_words(name, *enc, limit=75)
        assert len(words) == 1, f"display name too long for one encoded word: {name!r}"
        return words[0] + f" <{addr}>"
    if any(c in SPECIALS for c in name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{addr}>"


def parse_date(value: str) -> dt.datetime:
    return dt.datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def rfc_date(value: str) -> str:
    return email.utils.format_datetime(parse_date(value))


# --------------------------------------------------------------------------- bodies

def encode_body(text: str, charset: str, cte: str | None) -> tuple[str, bytes]:
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    cte = {"qp": "quoted-printable", "b64": "base64"}.get(cte, cte)
    if cte == "7bit":
        assert data.isascii(), "7bit body must be ASCII"
        body = data
    elif cte == "8bit":
        body = data
    elif cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        raise ValueError(cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return cte, body


class Leaf:
    def __init__(self, ctype: str, params: list[tuple[str, str]], cte: str, body: bytes,
                 extra: list[str] | None = None, check: str | None = None) -> None:
        self.ctype, self.params, self.cte, self.body = ctype, params, cte, body
        self.extra = extra or []
        self.check = check  # the text this part must decode to

    def render(self) -> bytes:
        params = "".join(f'; {k}="{v}"' if k != "method" else f"; {k}={v}"
                         for k, v in self.params)
        head = f"Content-Type: {self.ctype}{params}\nContent-Transfer-Encoding: {self.cte}\n"
        head += "".join(line + "\n" for line in self.extra)
        return head.encode("ascii") + b"\n" + self.body


class Multi:
    def __init__(self, sub: str, children: list, boundary: str) -> None:
        self.sub, self.children, self.boundary = sub, children, boundary

    def render(self) -> bytes:
        b = self.boundary
        out = [f'Content-Type: multipart/{self.sub};\n boundary="{b}"\n\n'.encode("ascii"),
               b"This is a multi-part message in MIME format.\n"]
        for child in self.children:
            out.append(f"\n--{b}\n".encode("ascii"))
            out.append(child.render().rstrip(b"\n") + b"\n")
        out.append(f"\n--{b}--\n".encode("ascii"))
        return b"".join(out)


def text_leaf(text: str, sub: str, charset: str, cte: str | None) -> Leaf:
    cte_name, body = encode_body(text, charset, cte)
    return Leaf(f"text/{sub}", [("charset", charset)], cte_name, body, check=text)


# --------------------------------------------------------------------------- ICS and PDF

def ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def make_ics(cal: dict) -> str:
    """An iCalendar object for an invitation, an update (SEQUENCE bump) or a cancellation."""
    method = cal["method"]
    tzid = cal.get("tzid", "Europe/Paris")
    start = dt.datetime.strptime(cal["start"], "%Y-%m-%d %H:%M")
    end = start + dt.timedelta(minutes=cal.get("minutes", 45))
    org_name, org_addr = cal["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:" + cal.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tzid}",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"DTSTAMP:{cal['stamp']}",
        f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{ics_escape(cal['summary'])}",
        f"LOCATION:{ics_escape(cal.get('location', ''))}",
        f"DESCRIPTION:{ics_escape(cal.get('description', ''))}",
        f"ORGANIZER;CN={ics_escape(org_name)}:mailto:{org_addr}",
    ]
    for name, addr in [*cal.get("attendees", []), (CANDIDATE_NAME, CANDIDATE)]:
        role = "REQ-PARTICIPANT"
        lines.append(f'ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{name}":'
                     f"mailto:{addr}")
    lines.append("STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"))
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [f for line in lines for f in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def pdf_string(text: str) -> str:
    out = []
    for byte in text.encode("cp1252"):
        ch = chr(byte)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    return "(" + "".join(out) + ")"


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF with the given lines in Helvetica."""
    stream = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        stream.append(pdf_string(line) + " Tj T*")
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
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return bytes(out)


# --------------------------------------------------------------------------- messages

def build_tree(spec: dict, tag: str):
    charset = spec.get("charset", "utf-8")
    parts = []
    if spec.get("text") is not None:
        parts.append(text_leaf(spec["text"], "plain", charset, spec.get("cte")))
    if spec.get("html") is not None:
        parts.append(text_leaf(spec["html"], "html", charset,
                               spec.get("html_cte", spec.get("cte"))))
    assert parts, f"{spec['slug']}: no body"
    ics_text = None
    if spec.get("ics"):
        cal = dict(spec["ics"])
        cal.setdefault("stamp", parse_date(spec["date"]).astimezone(dt.UTC)
                       .strftime("%Y%m%dT%H%M%SZ"))
        ics_text = make_ics(cal)
        cte_name, body = encode_body(ics_text, "utf-8", cal.get("cte", "base64"))
        parts.append(Leaf("text/calendar", [("charset", "utf-8"), ("method", cal["method"])],
                          cte_name, body, check=ics_text))
    body = parts[0] if len(parts) == 1 else Multi("alternative", parts, f"=_alt_{tag}")
    attachments = []
    if ics_text and spec["ics"].get("attach"):
        name = "invite.ics" if spec["ics"]["method"] != "CANCEL" else "cancel.ics"
        attachments.append(Leaf("application/ics", [("name", name)], "base64",
                                base64.encodebytes(ics_text.encode("utf-8")),
                                [f'Content-Disposition: attachment; filename="{name}"']))
    for att in spec.get("attach", []):
        data = make_pdf(att["lines"])
        name = att["name"]
        attachments.append(Leaf("application/pdf", [("name", name)], "base64",
                                base64.encodebytes(data),
                                [f'Content-Disposition: attachment; filename="{name}"']))
    if attachments:
        return Multi("mixed", [body, *attachments], f"=_mix_{tag}")
    return body


def render(spec: dict, msgid: str, parent_ids: list[str]) -> bytes:
    tag = hashlib.sha1(spec["slug"].encode()).hexdigest()[:16]
    name, addr = spec["from"]
    lines = [f"From: {address(name, addr, spec.get('from_enc'))}"]
    to = spec.get("to", [(CANDIDATE_NAME, CANDIDATE)])
    lines.append("To: " + ",\n ".join(address(n, a, spec.get("to_enc")) for n, a in to))
    if spec.get("cc"):
        lines.append("Cc: " + ",\n ".join(address(n, a) for n, a in spec["cc"]))
    if spec.get("reply_to"):
        n, a = spec["reply_to"]
        lines.append(f"Reply-To: {address(n, a, spec.get('reply_to_enc'))}")
    lines.append(f"Subject: {header_value(spec['subject'], spec.get('subject_enc'))}")
    lines.append(f"Date: {rfc_date(spec['date'])}")
    lines.append(f"Message-ID: {msgid}")
    if parent_ids:
        lines.append(f"In-Reply-To: {parent_ids[-1]}")
        lines.append("References: " + "\n ".join(parent_ids))
    for hname, hval in spec.get("headers", []):
        lines.append(f"{hname}: {hval}")
    lines.append("MIME-Version: 1.0")
    for line in lines:
        assert line.isascii(), f"{spec['slug']}: non-ASCII header {line!r}"
    tree = build_tree(spec, tag)
    return "\n".join(lines).encode("ascii") + b"\n" + tree.render(), tree


def leaves(node) -> list[Leaf]:
    if isinstance(node, Leaf):
        return [node]
    return [leaf for child in node.children for leaf in leaves(child)]


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(raw: bytes, spec: dict, tree) -> None:
    slug = spec["slug"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{slug}: defects {part.defects}"
    assert str(msg["subject"]) == spec["subject"], f"{slug}: subject {msg['subject']!r}"
    frm = msg["from"].addresses[0]
    assert frm.addr_spec == spec["from"][1], slug
    assert (frm.display_name or None) == (spec["from"][0] or None), f"{slug}: {frm!r}"
    if spec.get("reply_to"):
        rto = msg["reply-to"].addresses[0]
        assert rto.addr_spec == spec["reply_to"][1], slug
        assert (rto.display_name or None) == (spec["reply_to"][0] or None), slug
    assert msg["date"].datetime == parse_date(spec["date"]), slug
    assert msg["date"].datetime.year == 2026, slug
    expected = [leaf.check for leaf in leaves(tree) if leaf.check is not None]
    got = [part.get_content() for part in msg.walk()
           if part.get_content_maintype() == "text" and not part.is_attachment()]
    assert [norm(x) for x in got] == [norm(x) for x in expected], f"{slug}: body round-trip"
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), slug


def main() -> None:
    specs = (msgs171_rejections.MESSAGES + msgs171_invites.MESSAGES + msgs171_acks.MESSAGES
             + msgs171_other.MESSAGES)
    slugs = [s["slug"] for s in specs]
    assert len(slugs) == len(set(slugs)), "duplicate slugs"
    by_kind: dict[str, list[dict]] = {k: [] for k in KIND_ORDER}
    for spec in specs:
        by_kind[spec["kind"]].append(spec)
    # file names and Message-IDs first, so threads can point back and forth
    ids: dict[str, str] = {}
    files: dict[str, str] = {}
    for kind in KIND_ORDER:
        for n, spec in enumerate(by_kind[kind], 1):
            files[spec["slug"]] = f"{kind}/{n:03d}_{spec['slug']}.eml"
            domain = spec["from"][1].split("@", 1)[1]
            h = hashlib.sha1(("171/" + spec["slug"]).encode()).hexdigest()
            stamp = parse_date(spec["date"]).strftime("%Y%m%d%H%M")
            ids[spec["slug"]] = f"<{stamp}.{h[:14]}@{domain}>"
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    for spec in specs:
        chain: list[str] = []
        parent = spec.get("parent")
        while parent:
            chain.insert(0, ids[parent])
            parent = next(s for s in specs if s["slug"] == parent).get("parent")
        try:
            raw, tree = render(spec, ids[spec["slug"]], chain)
            verify(raw, spec, tree)
        except Exception as exc:
            raise SystemExit(f"{spec['slug']}: {exc!r}") from exc
        path = HERE / files[spec["slug"]]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([files[spec["slug"]], spec["kind"], spec.get("company", ""),
                     spec.get("contact", ""), spec["lang"]])
    rows.sort(key=lambda r: r[0])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts = Counter((r[1], r[4]) for r in rows)
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KIND_ORDER:
        row = [counts[(kind, lang)] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{c:>5}" for c in row) + f"{sum(row):>7}")
    totals = [sum(counts[(k, lang)] for k in KIND_ORDER) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{c:>5}" for c in totals) + f"{sum(totals):>7}")


if __name__ == "__main__":
    main()
