#!/usr/bin/env python3
"""Build corpus 201 (blind, hand-written) from the message specs in the msgs201_* modules.

Run from the repository root:  python tests/corpus_twohundredfirst/make_twohundredfirst.py

Standard library only. It deletes and rewrites only the *.eml files under its own folder and its
labels.csv. Every written message is parsed back with the default policy and checked: no
defects, the subject, the sender's display name and every body part come back as written.
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
from datetime import UTC, datetime, timedelta
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, getaddresses
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs201_common as C  # noqa: E402
from msgs201_acks import OFFERS, RECEIVED  # noqa: E402
from msgs201_invites import INVITATIONS, MISSED, RESCHEDULES  # noqa: E402
from msgs201_other import OTHER  # noqa: E402
from msgs201_rejections import REJECTIONS  # noqa: E402

KINDS = {
    "rejection": REJECTIONS,
    "interview_invitation": INVITATIONS,
    "interview_reschedule_or_cancel": RESCHEDULES,
    "missed_interview_notice": MISSED,
    "application_received": RECEIVED,
    "offer": OFFERS,
    "other": OTHER,
}
SHORT = {"rejection": "rej", "interview_invitation": "inv",
         "interview_reschedule_or_cancel": "mov", "missed_interview_notice": "mis",
         "application_received": "ack", "offer": "off", "other": "oth"}

COMPAT = email.policy.compat32.clone(linesep="\n", max_line_length=0)
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")
SPECIALS = set('()<>@,;:\\".[]')


# --- headers ---------------------------------------------------------------------------------

def _word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "b":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        payload = "".join("_" if b == 0x20 else chr(b) if b in Q_SAFE else f"={b:02X}"
                          for b in raw)
    return f"=?{charset}?{enc.upper() if enc == 'b' else 'Q'}?{payload}?="


def encoded_words(text: str, charset: str, enc: str, first: int = 0) -> list[str]:
    """text as RFC 2047 encoded words of at most 75 characters, split between characters."""
    words, chunk = [], ""
    for ch in text:
        if chunk and len(_word(chunk + ch, charset, enc)) > 75 - (first if not words else 0):
            words.append(_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk += ch
    words.append(_word(chunk, charset, enc))
    return words


def fold_plain(name: str, value: str) -> str:
    """An unstructured header folded at spaces before column 78."""
    line, lines = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line.strip() and ":" not in line[-1:]:
            lines.append(line)
            line = " " + word
        else:
            line += " " + word
    lines.append(line)
    return "\n".join(lines)


def subject_header(spec: dict) -> str:
    subject = spec["subject"]
    enc = spec.get("subject_enc")
    if enc is None and not subject.isascii():
        enc = ("utf-8", "q")
    if enc is None:
        return fold_plain("Subject", subject)
    words = encoded_words(subject, enc[0], enc[1], first=len("Subject: "))
    return "Subject: " + "\n ".join(words)


def encoded_phrase(name: str, charset: str, enc: str) -> str:
    """A display name as mail programs write it: plain ASCII words stay plain, each run of
    other words becomes one encoded word (the spaces inside it encoded), so that a decoder
    never has to guess about the whitespace between two encoded words."""
    out: list[str] = []
    run: list[str] = []
    for token in name.split(" "):
        if token.isascii() and not SPECIALS & set(token):
            if run:
                out.append(_word(" ".join(run), charset, enc))
                run = []
            out.append(token)
        else:
            run.append(token)
    if run:
        out.append(_word(" ".join(run), charset, enc))
    return " ".join(out)


def one_address(item) -> str:
    if isinstance(item, str):
        return item
    name, addr, *rest = item
    if not name:
        return addr
    enc = rest[0] if rest else None
    if enc is None and not name.isascii():
        enc = ("utf-8", "q")
    if enc is not None:
        shown = encoded_phrase(name, enc[0], enc[1])
    elif SPECIALS & set(name):
        shown = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    else:
        shown = name
    return f"{shown} <{addr}>"


def address_header(name: str, items) -> str:
    if isinstance(items, (tuple, str)):
        items = [items]
    return f"{name}: " + ",\n ".join(one_address(i) for i in items)


# --- bodies ----------------------------------------------------------------------------------

def default_cte(text: str, charset: str) -> str:
    if text.isascii():
        return "7bit"
    return "8bit" if charset == "utf-8" else "quoted-printable"


def text_part(body: str, subtype: str, charset: str, cte: str | None) -> MIMENonMultipart:
    cte = cte or default_cte(body, charset)
    part = MIMENonMultipart("text", subtype, charset=charset)
    del part["MIME-Version"]
    raw = body.encode(charset)
    if cte == "7bit":
        assert raw.isascii(), "7bit body with non-ASCII text"
        payload = body
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def _ics_time(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")


def _ics_fold(line: str) -> list[str]:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return out


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def build_ics(ics: dict, sent: datetime) -> str:
    start = _ics_time(ics["start"]).astimezone(UTC)
    end = start + timedelta(minutes=ics.get("minutes", 60))
    z = "%Y%m%dT%H%M%SZ"
    method = ics["method"]
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{sent.astimezone(UTC).strftime(z)}",
        f"DTSTART:{start.strftime(z)}",
        f"DTEND:{end.strftime(z)}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines.append(f"ORGANIZER;CN={org_name}:mailto:{org_addr}")
    lines.append(f"ATTENDEE;CN={C.CAND_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                 f"RSVP=TRUE:mailto:{C.CAND_ADDR}")
    lines.append("STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"))
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(f for line in lines for f in _ics_fold(line)) + "\r\n"


def build_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""
    def lit(s: str) -> str:
        b = s.encode("cp1252", "replace").decode("latin-1")
        return "(" + b.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for i, line in enumerate(lines):
        ops.append(("" if i == 0 else "T* ") + lit(line) + " Tj")
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
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# --- messages --------------------------------------------------------------------------------

def sent_at(spec: dict) -> datetime:
    stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    seconds = int(hashlib.md5(spec["slug"].encode()).hexdigest(), 16) % 60
    return stamp + timedelta(seconds=seconds)


def sender(spec: dict) -> tuple[str, str]:
    frm = spec["frm"]
    return (frm[0], frm[1]) if isinstance(frm, tuple) else ("", frm)


def message_id(spec: dict) -> str:
    if "msgid" in spec:
        return spec["msgid"]
    domain = sender(spec)[1].split("@")[1]
    digest = hashlib.sha1(("201/" + spec["slug"] + spec["date"]).encode()).hexdigest()[:16]
    when = sent_at(spec).astimezone(UTC).strftime("%Y%m%d%H%M%S")
    return f"<{when}.{digest}@{domain}>"


def body_tree(spec: dict, tag: str, expected: list[tuple[str, str]]):
    """The MIME tree for a spec; expected collects (content type, text) of every text part."""
    charset = spec.get("charset", "utf-8")
    alternatives = []
    if spec.get("text") is not None:
        alternatives.append(text_part(spec["text"], "plain", charset, spec.get("cte")))
        expected.append(("text/plain", spec["text"]))
    if spec.get("html") is not None:
        hcs = spec.get("html_charset", charset)
        alternatives.append(text_part(spec["html"], "html", hcs,
                                      spec.get("html_cte", spec.get("cte"))))
        expected.append(("text/html", spec["html"]))
    attachments = []
    ics = spec.get("ics")
    if ics:
        body = build_ics(ics, sent_at(spec))
        part = text_part(body, "calendar", "utf-8", ics.get("cte", "7bit" if body.isascii()
                                                               else "base64"))
        part.set_param("method", ics["method"])
        expected.append(("text/calendar", body))
        if ics.get("where", "alt") == "alt":
            alternatives.append(part)
        else:
            part.add_header("Content-Disposition", "attachment",
                            filename=ics.get("filename", "invite.ics"))
            attachments.append(part)
    for pdf in spec.get("pdfs", []):
        part = MIMEApplication(build_pdf(pdf["lines"]), "pdf")
        del part["MIME-Version"]
        part.add_header("Content-Disposition", "attachment", filename=pdf["name"])
        attachments.append(part)
    if spec.get("rfc822"):
        inner_bytes, _ = render(spec["rfc822"], tag + "i", [])
        inner = email.message_from_bytes(inner_bytes, policy=COMPAT)
        part = MIMEMessage(inner)
        del part["MIME-Version"]
        part.add_header("Content-Disposition", "attachment",
                        filename=spec["rfc822"].get("attach_name", "message.eml"))
        attachments.append(part)
        expected.extend(spec["rfc822"]["_expected"])
    if len(alternatives) == 1:
        core = alternatives[0]
    else:
        core = MIMEMultipart("alternative", boundary=f"----=_Alt_{tag}", _subparts=alternatives)
        del core["MIME-Version"]
    if not attachments:
        return core
    mixed = MIMEMultipart("mixed", boundary=f"----=_Mix_{tag}", _subparts=[core, *attachments])
    del mixed["MIME-Version"]
    return mixed


def render(spec: dict, tag: str, expected: list[tuple[str, str]],
           ids: dict[str, str] | None = None, refs: dict[str, list[str]] | None = None):
    ids = ids or {}
    refs = refs or {}
    tree = body_tree(spec, tag, expected)
    spec["_expected"] = list(expected)
    head = [f"Date: {format_datetime(sent_at(spec))}", address_header("From", spec["frm"])]
    if spec.get("reply_to"):
        head.append(address_header("Reply-To", spec["reply_to"]))
    head.append(address_header("To", spec.get("to", [C.CANDIDATE])))
    if spec.get("cc"):
        head.append(address_header("Cc", spec["cc"]))
    head.append(subject_header(spec))
    head.append(f"Message-ID: {message_id(spec)}")
    parent = spec.get("parent")
    chain = list(spec.get("refs", []))
    if parent:
        parent_id = ids.get(parent, parent)
        chain = chain + [r for r in refs.get(parent, []) if r not in chain] + [parent_id]
        head.append(f"In-Reply-To: {parent_id}")
    if chain:
        head.append("References: " + "\n ".join(chain))
    for name, value in spec.get("headers", []):
        if value.isascii():
            head.append(fold_plain(name, value))
        else:  # Outlook's Thread-Topic and the like: encoded words, as Outlook writes them
            words = encoded_words(value, "utf-8", "b", first=len(name) + 2)
            head.append(f"{name}: " + "\n ".join(words))
    head.append("MIME-Version: 1.0")
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=COMPAT).flatten(tree)
    mime = buf.getvalue()
    return ("\n".join(head) + "\n").encode("ascii") + mime, chain


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(data: bytes, spec: dict, expected: list[tuple[str, str]], where: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{where}: {name} {value.defects}"
    assert msg["subject"] == spec["subject"], f"{where}: subject {msg['subject']!r}"
    name, addr = sender(spec)
    frm = msg["from"].addresses[0]
    assert (frm.display_name, frm.addr_spec) == (name, addr), f"{where}: from {frm}"
    got = [(p.get_content_type(), p.get_content()) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    assert len(got) == len(expected), f"{where}: {len(got)} text parts, {len(expected)} written"
    for (gtype, gtext), (etype, etext) in zip(got, expected, strict=True):
        assert gtype == etype, f"{where}: {gtype} != {etype}"
        assert _norm(gtext) == _norm(etext), f"{where}: {etype} does not round-trip"
    assert msg["date"].datetime.year == 2026, where
    contact = spec["contact"]
    if contact:
        assert contact == contact.lower()
        near = [a.lower() for _, a in getaddresses([str(v) for v in
                                                     msg.get_all("reply-to", [])
                                                     + msg.get_all("from", [])])]
        assert contact in near, f"{where}: contact {contact} not in Reply-To/From"


LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.?|S\.L\.?|SL|SAS|SARL|Ltd|Inc|LLC|BV|NV|plc|KG|SE)\.?$")


def main() -> None:
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    ids: dict[str, str] = {}
    for specs in KINDS.values():
        for spec in specs:
            if "key" in spec:
                assert spec["key"] not in ids, spec["key"]
                ids[spec["key"]] = message_id(spec)
    # References follow the parents, so build parents first: resolve chains in order of depth.
    refs: dict[str, list[str]] = {}
    by_key = {s["key"]: s for specs in KINDS.values() for s in specs if "key" in s}

    def chain_of(key: str) -> list[str]:
        if key not in refs:
            spec = by_key[key]
            parent = spec.get("parent")
            base = list(spec.get("refs", []))
            if parent:
                base += [r for r in (chain_of(parent) if parent in by_key else [])
                         if r not in base] + [ids.get(parent, parent)]
            refs[key] = base
        return refs[key]

    for key in by_key:
        chain_of(key)
    rows = []
    seen_ids = set()
    for kind, specs in KINDS.items():
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        slugs = set()
        for n, spec in enumerate(specs, 1):
            assert spec["slug"] not in slugs, spec["slug"]
            slugs.add(spec["slug"])
            assert re.fullmatch(r"[a-z0-9_]+", spec["slug"]), spec["slug"]
            rel = f"{kind}/{n:03d}_{spec['slug']}.eml"
            expected: list[tuple[str, str]] = []
            data, _ = render(spec, f"{SHORT[kind]}{n:03d}", expected, ids, refs)
            check(data, spec, expected, rel)
            mid = message_id(spec)
            assert mid not in seen_ids, mid
            seen_ids.add(mid)
            company = spec.get("company", "")
            assert (kind == "other") == (company == ""), f"{rel}: company {company!r}"
            assert not LEGAL.search(company), rel
            assert spec["lang"] in {"en", "de", "fr", "es"}, rel
            if sender(spec)[1] == C.CAND_ADDR:
                assert kind == "other" and not spec["contact"], rel
            (HERE / rel).write_bytes(data)
            rows.append([rel, kind, company, spec["contact"], spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for _, kind, _, _, lang in rows:
        counts[kind, lang] = counts.get((kind, lang), 0) + 1
    print(f"{len(rows)} messages written")
    for kind in KINDS:
        print(f"  {kind:32s}", "  ".join(f"{lang}={counts.get((kind, lang), 0):2d}"
                                          for lang in ("fr", "en", "de", "es")))


if __name__ == "__main__":
    main()
