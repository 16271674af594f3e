#!/usr/bin/env python3
"""Build corpus 150 (Nerea Olaizola-Brandt) from the hand-written specs in msgs150_*.py.

Run from the repository root:  python tests/corpus_hundredfiftieth/make_hundredfiftieth.py

Standard library only. Deletes and rewrites only the *.eml files and labels.csv of this
folder. Every message is written by hand as a header block (so encoded words can use
utf-8 or iso-8859-1, Q or B) over a MIME body built here, with deterministic boundaries,
Message-IDs and dates; every written file is parsed back with the default policy and checked
(no defects, subject, addresses and every text part round-trip).
"""

from __future__ import annotations

import base64
import csv
import email
import email.base64mime
import email.policy
import email.quoprimime
import hashlib
import quopri
import re
import sys
from datetime import UTC, datetime, timedelta
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs150_acks  # noqa: E402
import msgs150_common as common  # noqa: E402
import msgs150_invites  # noqa: E402
import msgs150_other  # noqa: E402
import msgs150_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}
Spec = dict[str, Any]

# ---------------------------------------------------------------------------------------
# headers


def encode_words(text: str, charset: str, enc: str, name: str) -> str:
    """text as RFC 2047 encoded words in the given charset and encoding (Q or B), folded."""
    cs = Charset(charset)
    cs.header_encoding = QP if enc.upper() == "Q" else BASE64
    cs.output_charset = charset
    text.encode(charset)  # must be representable
    return Header(text, charset=cs, maxlinelen=76, header_name=name).encode(linesep="\n")


def one_word(text: str, charset: str, enc: str) -> str:
    """text as a single RFC 2047 encoded word."""
    raw = text.encode(charset)
    if enc.upper() == "Q":
        return email.quoprimime.header_encode(raw, charset)
    return email.base64mime.header_encode(raw, charset)


ATEXT = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$")


def encode_phrase(display: str, charset: str, enc: str) -> str:
    """A display name with encoded words. The whole name as one encoded word when it fits in
    75 characters; otherwise the ASCII words stay plain and each run of non-ASCII words becomes
    one encoded word (never two encoded words side by side, whose separating space RFC 2047
    readers drop)."""
    whole = one_word(display, charset, enc)
    if len(whole) <= 75:
        return whole
    words = display.split(" ")
    out: list[str] = []
    run: list[str] = []
    for word in [*words, None]:
        if word is not None and not word.isascii():
            run.append(word)
            continue
        if run:
            piece = one_word(" ".join(run), charset, enc)
            assert len(piece) <= 75, display
            out.append(piece)
            run = []
        if word is not None:
            assert ATEXT.match(word), f"{display!r}: plain word {word!r} needs quoting"
            out.append(word)
    return " ".join(out)


def addr_field(who: tuple[str, str], enc: tuple[str, str] | None, name: str) -> str:
    display, addr = who
    if not display:
        return addr
    if display.isascii() and enc is None:
        return formataddr((display, addr))
    charset, how = enc or ("utf-8", "B")
    return f"{encode_phrase(display, charset, how)} <{addr}>"


def subject_field(subject: str, enc: tuple[str, str] | None) -> str:
    if subject.isascii() and enc is None:
        return subject
    charset, how = enc or ("utf-8", "Q")
    return encode_words(subject, charset, how, "Subject")


def parse_date(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M %z")


# ---------------------------------------------------------------------------------------
# MIME nodes: ("leaf", header_lines, payload_bytes) or ("multi", subtype, header_lines, children)

Node = tuple


def encode_payload(raw: bytes, cte: str) -> bytes:
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert raw.isascii(), "7bit body with non-ASCII bytes"
        longest = max(len(line) for line in raw.split(b"\n"))
        assert longest < 900, f"{cte} body line of {longest} bytes"
        payload = raw
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    return payload if payload.endswith(b"\n") else payload + b"\n"


def text_leaf(content: str, subtype: str, charset: str, cte: str | None,
              extra_params: str = "", disposition: str | None = None) -> tuple[Node, str]:
    raw = content.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "8bit"
    head = [f'Content-Type: text/{subtype}; charset="{charset}"{extra_params}',
            f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        head.append(disposition)
    return ("leaf", head, encode_payload(raw, cte)), content


def fold_ics(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return out


def ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_text(cal: Spec, stamp: datetime) -> str:
    start = parse_date(cal["start"]).astimezone(UTC)
    end = start + timedelta(minutes=cal.get("minutes", 45))
    fmt = "%Y%m%dT%H%M%SZ"
    org_name, org_addr = cal["organizer"]
    method = cal["method"]
    status = cal.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{ics_escape(cal['summary'])}",
    ]
    if cal.get("location"):
        lines.append(f"LOCATION:{ics_escape(cal['location'])}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(cal['description'])}")
    lines += [
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={common.CANDIDATE_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        f"RSVP=TRUE:mailto:{common.CANDIDATE_ADDR}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in fold_ics(line)]
    return "\r\n".join(folded) + "\r\n"


def ics_leaf(cal: Spec, stamp: datetime, inline: bool) -> tuple[Node, str]:
    content = ics_text(cal, stamp)
    cte = cal.get("cte", "base64" if not inline else "8bit")
    if cte in ("7bit", "8bit"):
        content = content.replace("\r\n", "\n")
    method = cal["method"]
    disp = None
    params = f"; method={method}"
    if not inline:
        name = cal.get("filename", "invite.ics")
        params += f'; name="{name}"'
        disp = f'Content-Disposition: attachment; filename="{name}"'
    return text_leaf(content, "calendar", "utf-8", cte, params, disp)


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines in Helvetica."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for i, line in enumerate(lines):
        ops.append(f"({esc(line)}) Tj" if i == 0 else f"T* ({esc(line)}) Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
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
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf_leaf(att: Spec) -> Node:
    name = att["name"]
    if name.isascii():
        params = f'; name="{name}"'
        disp = f'Content-Disposition: attachment; filename="{name}"'
    else:
        quoted = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "._-") else
                         "".join(f"%{b:02X}" for b in ch.encode("utf-8")) for ch in name)
        params = ""
        disp = f"Content-Disposition: attachment; filename*=utf-8''{quoted}"
    head = [f"Content-Type: application/pdf{params}", "Content-Transfer-Encoding: base64", disp]
    return ("leaf", head, base64.encodebytes(pdf_bytes(att["lines"])))


# ---------------------------------------------------------------------------------------
# one message


class Built:
    def __init__(self) -> None:
        self.texts: list[str] = []
        self.counter = 0


def body_node(spec: Spec, built: Built, stamp: datetime, seed: str) -> Node:
    charset = spec.get("charset", "utf-8")
    alt: list[Node] = []
    if spec.get("text") is not None:
        node, content = text_leaf(spec["text"], "plain", charset, spec.get("cte"))
        alt.append(node)
        built.texts.append(content)
    if spec.get("html") is not None:
        node, content = text_leaf(spec["html"], "html", spec.get("html_charset", charset),
                                  spec.get("html_cte", spec.get("cte")))
        alt.append(node)
        built.texts.append(content)
    assert alt, f"{spec['slug']}: no body"
    if spec.get("cal") and spec["cal"].get("inline", True):
        node, content = ics_leaf(spec["cal"], stamp, inline=True)
        alt.append(node)
        built.texts.append(content)
    if len(alt) == 1:
        main = alt[0]
    else:
        built.counter += 1
        main = ("multi", "alternative", [], alt, f"b150_{seed}_alt{built.counter}")
    extras: list[Node] = []
    if spec.get("cal") and not spec["cal"].get("inline", True):
        node, content = ics_leaf(spec["cal"], stamp, inline=False)
        extras.append(node)
        built.texts.append(content)
    for att in spec.get("attach", []):
        if att["type"] == "pdf":
            extras.append(pdf_leaf(att))
        elif att["type"] == "ics":
            node, content = ics_leaf(att, stamp, inline=False)
            extras.append(node)
            built.texts.append(content)
        elif att["type"] == "eml":
            inner = att["spec"]
            inner_bytes = render(inner, built, f"{seed}i", parse_date(inner["date"]),
                                 inner_msgid(inner), [], top=False)
            extras.append(("leaf", ["Content-Type: message/rfc822",
                                    "Content-Disposition: attachment"], inner_bytes))
        else:
            raise ValueError(att["type"])
    if not extras:
        return main
    built.counter += 1
    return ("multi", "mixed", [], [main, *extras], f"b150_{seed}_mix{built.counter}")


def serialize(node: Node) -> tuple[list[str], bytes]:
    """The MIME header lines of node and its body bytes."""
    if node[0] == "leaf":
        _, head, payload = node
        return head, payload
    _, subtype, head, children, boundary = node
    lines = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"', *head]
    body = bytearray()
    for child in children:
        chead, cbody = serialize(child)
        assert boundary.encode() not in cbody
        body += b"--" + boundary.encode() + b"\n"
        body += "\n".join(chead).encode("ascii") + b"\n\n" + cbody
        if not cbody.endswith(b"\n"):
            body += b"\n"
        body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return lines, bytes(body)


def inner_msgid(spec: Spec) -> str:
    digest = hashlib.sha1(("inner" + spec["subject"]).encode()).hexdigest()[:12]
    return f"<{digest}@{spec['frm'][1].split('@')[1]}>"


def render(spec: Spec, built: Built, seed: str, stamp: datetime, msgid: str,
           refs: list[str], top: bool = True) -> bytes:
    lines = [
        f"Date: {format_datetime(stamp)}",
        f"From: {addr_field(spec['frm'], spec.get('frm_enc'), 'From')}",
    ]
    if spec.get("reply_to"):
        lines.append(f"Reply-To: {addr_field(spec['reply_to'], spec.get('rt_enc'), 'Reply-To')}")
    to = spec.get("to", [common.CANDIDATE])
    lines.append("To: " + ", ".join(addr_field(w, None, "To") for w in to))
    if spec.get("cc"):
        lines.append("Cc: " + ", ".join(addr_field(w, spec.get("cc_enc"), "Cc") for w in spec["cc"]))
    lines.append(f"Subject: {subject_field(spec['subject'], spec.get('subj_enc'))}")
    lines.append(f"Message-ID: {msgid}")
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    if spec.get("content_language"):
        lines.append(f"Content-Language: {spec['content_language']}")
    mime_head, body = serialize(body_node(spec, built, stamp, seed))
    lines += mime_head
    return "\n".join(lines).encode("ascii") + b"\n\n" + body


# ---------------------------------------------------------------------------------------
# checks


def check(spec: Spec, data: bytes, built: Built, rel: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{rel}: defects {part.defects}"
        for name, value in part.items():
            defects = getattr(value, "defects", ())
            assert not defects, f"{rel}: header {name} defects {defects}"
    assert str(msg["subject"]) == spec["subject"], f"{rel}: subject {msg['subject']!r}"
    frm = msg["from"].addresses[0]
    assert (frm.display_name, frm.addr_spec) == tuple(spec["frm"]), f"{rel}: from {frm}"
    if spec.get("reply_to"):
        rt = msg["reply-to"].addresses[0]
        assert (rt.display_name, rt.addr_spec) == tuple(spec["reply_to"]), f"{rel}: reply-to"
    for parsed_to, want in zip(msg["to"].addresses, spec.get("to", [common.CANDIDATE]), strict=True):
        assert (parsed_to.display_name, parsed_to.addr_spec) == tuple(want), f"{rel}: to"
    got = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    want = built.texts

    def norm(s: str) -> str:
        return s.replace("\r\n", "\n").rstrip("\n")

    assert len(got) == len(want), f"{rel}: {len(got)} text parts, wanted {len(want)}"
    for g, w in zip(got, want, strict=True):
        assert norm(g) == norm(w), f"{rel}: body does not round-trip"
    assert msg["date"].datetime.year == 2026


def check_label(spec: Spec, rel: str) -> None:
    kind, lang, company, contact = spec["kind"], spec["lang"], spec["company"], spec["contact"]
    assert kind in KINDS and lang in LANGS, rel
    own = spec["frm"][1] == common.CANDIDATE_ADDR
    if kind == "other":
        assert company == "", f"{rel}: other with company"
    else:
        assert company and not own, f"{rel}: job mail needs a company"
        assert not re.search(r"\b(GmbH|AG|SA|S\.L|SL|SLU|Ltd|Inc|SAS|SARL|LLC|plc|KG|Lda)\.?$", company), rel
    if own:
        assert contact == "", f"{rel}: own mail with contact"
    if contact:
        assert contact == contact.lower(), rel
        mine = [a[1].lower() for a in (spec["frm"], spec.get("reply_to") or ("", "")) if a[1]]
        assert contact in mine, f"{rel}: contact {contact} not in From/Reply-To"


# ---------------------------------------------------------------------------------------


def main() -> None:
    specs: list[Spec] = [
        *msgs150_rejections.MESSAGES,
        *msgs150_invites.MESSAGES,
        *msgs150_acks.MESSAGES,
        *msgs150_other.MESSAGES,
    ]
    # file names: nnn per kind folder, in the order the specs are written
    counters = dict.fromkeys(KINDS, 0)
    for spec in specs:
        counters[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
    assert len(specs) == 165, len(specs)
    files = [s["file"] for s in specs]
    assert len(set(files)) == len(files)

    # Message-IDs, then the threads
    ids: dict[str, str] = {}
    msgid_of: dict[str, str] = {}
    for spec in specs:
        stamp = parse_date(spec["date"])
        digest = hashlib.sha1(spec["file"].encode()).hexdigest()[:10]
        domain = spec.get("msgid_domain", spec["frm"][1].split("@")[1])
        msgid = f"<{stamp.strftime('%Y%m%d%H%M%S')}.{digest}@{domain}>"
        msgid_of[spec["file"]] = msgid
        if spec.get("id"):
            assert spec["id"] not in ids, spec["id"]
            ids[spec["id"]] = spec["file"]
    by_file = {s["file"]: s for s in specs}
    refs_of: dict[str, list[str]] = {}

    def refs(spec: Spec) -> list[str]:
        if spec["file"] in refs_of:
            return refs_of[spec["file"]]
        parent_key = spec.get("parent")
        if not parent_key:
            result: list[str] = []
        else:
            parent = by_file[ids[parent_key]]
            assert parse_date(parent["date"]) < parse_date(spec["date"]), \
                f"{spec['file']} is older than its parent"
            result = [*refs(parent), msgid_of[parent["file"]]]
        refs_of[spec["file"]] = result
        return result

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    for spec in specs:
        rel = spec["file"]
        check_label(spec, rel)
        built = Built()
        seed = hashlib.sha1(rel.encode()).hexdigest()[:8]
        stamp = parse_date(spec["date"])
        assert stamp.year == 2026 and stamp.month <= 10, rel
        try:
            data = render(spec, built, seed, stamp, msgid_of[rel], refs(spec))
        except (UnicodeError, AssertionError) as exc:
            raise SystemExit(f"{rel}: {exc!r}") from exc
        check(spec, data, built, rel)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(["es", "en", "fr", "de"], 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':34} {'es':>4} {'en':>4} {'fr':>4} {'de':>4} {'all':>4}")
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:34} {row['es']:4} {row['en']:4} {row['fr']:4} {row['de']:4} {sum(row.values()):4}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in ["es", "en", "fr", "de"]}
    print(f"{'all':34} {totals['es']:4} {totals['en']:4} {totals['fr']:4} {totals['de']:4} {len(rows):4}")


if __name__ == "__main__":
    main()
