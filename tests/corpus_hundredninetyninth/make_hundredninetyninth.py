"""Build corpus 199 (Gwendal Moreau-Achebe) from the hand-written specs in msgs199_*.py.

Standard library only. Run from the repository root:

    python tests/corpus_hundredninetyninth/make_hundredninetyninth.py

It deletes and rewrites only the *.eml files under its kind folders and labels.csv, then
re-parses every message with the default policy and checks that nothing is defective and that
subjects and bodies round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
import unicodedata
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs199_acks  # noqa: E402
import msgs199_invites  # noqa: E402
import msgs199_other  # noqa: E402
import msgs199_rejections  # noqa: E402
from msgs199_common import CAND  # noqa: E402

EXPECTED = {
    "rejection": 31,
    "interview_invitation": 26,
    "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10,
    "application_received": 21,
    "offer": 10,
    "other": 52,
}
HEADER = ["file", "kind", "company", "contact", "language"]
NL = "\n"

# --------------------------------------------------------------------------- headers


def _q_encode(data: bytes) -> str:
    out = []
    for byte in data:
        ch = chr(byte)
        if byte < 128 and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif byte == 0x20:
            out.append("_")
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _word(text: str, charset: str, mode: str) -> str:
    data = text.encode(charset)
    payload = base64.b64encode(data).decode("ascii") if mode == "B" else _q_encode(data)
    return f"=?{charset}?{mode}?{payload}?="


def encoded_words(text: str, charset: str, mode: str, limit: int = 72) -> list[str]:
    """RFC 2047 encoded words of at most `limit` characters, never splitting a character."""
    words: list[str] = []
    cur = ""
    for ch in text:
        if cur and len(_word(cur + ch, charset, mode)) > limit:
            words.append(_word(cur, charset, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_word(cur, charset, mode))
    return words


def fold(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay near 78 characters."""
    line = f"{name}: {value}"
    if len(line) <= 78 or "\n" in value:
        return line
    out: list[str] = []
    cur = f"{name}:"
    for piece in value.split(" "):
        if len(cur) + 1 + len(piece) > 78 and cur != f"{name}:":
            out.append(cur)
            cur = " " + piece
        else:
            cur = cur + " " + piece
    out.append(cur)
    return NL.join(out)


def unstructured(name: str, text: str, enc: tuple[str, str] | None) -> str:
    if enc is None and not text.isascii():
        enc = ("utf-8", "Q")
    if enc is None:
        return fold(name, text)
    return f"{name}: " + (NL + " ").join(encoded_words(text, *enc))


_ATEXT = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !#$%&'*+-/=?^_`{|}~")


def mailbox(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc is None and not name.isascii():
        enc = ("utf-8", "B")
    if enc is not None:
        return (NL + " ").join(encoded_words(name, *enc)) + f" <{addr}>"
    if set(name) <= _ATEXT:
        return f"{name} <{addr}>"
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{quoted}" <{addr}>'


def mailboxes(items: list[tuple[str, str]], enc: tuple[str, str] | None = None) -> str:
    return ("," + NL + " ").join(mailbox(n, a, enc) for n, a in items)


# --------------------------------------------------------------------------- bodies


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "7bit":
        assert data.isascii(), "7bit body must be ASCII"
        return data
    if cte == "8bit":
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def leaf(ctype: str, params: str, data: bytes, cte: str, extra: list[str] | None = None) -> bytes:
    head = [f"Content-Type: {ctype}{params}", f"Content-Transfer-Encoding: {cte}", *(extra or [])]
    body = encode_body(data, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return (NL.join(head) + NL + NL).encode("ascii") + body


def multipart(sub: str, boundary: str, parts: list[bytes], extra: str = "") -> bytes:
    head = f'Content-Type: multipart/{sub}; boundary="{boundary}"{extra}' + NL + NL
    out = head.encode("ascii")
    if sub == "mixed":
        out += b"This is a multi-part message in MIME format.\n\n"
    for part in parts:
        out += f"--{boundary}\n".encode("ascii") + part
        if not part.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    out += f"--{boundary}--\n".encode("ascii")
    return out


def text_data(text: str, charset: str) -> bytes:
    if not text.endswith("\n"):
        text += "\n"
    return text.encode(charset)


def pick_cte(data: bytes, cte: str | None) -> str:
    if cte:
        return cte
    return "7bit" if data.isascii() else "8bit"


# --------------------------------------------------------------------------- pdf / ics


def _pdf_text(line: str) -> str:
    ascii_line = unicodedata.normalize("NFKD", line).encode("ascii", "ignore").decode("ascii")
    return ascii_line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str], title: str) -> bytes:
    """A one-page PDF 1.4 with Helvetica text and a correct xref table."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for line in lines:
        ops.append(f"({_pdf_text(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + _pdf_text(title).encode("ascii") + b") /Producer (corpus199) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


def _utc(stamp: str) -> str:
    return parse_date(stamp).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out = []
    data = line
    first = True
    while data:
        width = 75 if first else 74
        chunk = ""
        for ch in data:
            if len((chunk + ch).encode("utf-8")) > width:
                break
            chunk += ch
        out.append(chunk if first else " " + chunk)
        data = data[len(chunk):]
        first = False
    return out


def make_ics(spec: dict, stamp: str) -> str:
    method = spec["method"]
    org_name, org_addr = spec["organizer"]
    status = spec.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:" + spec.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:" + method,
        "BEGIN:VEVENT",
        "UID:" + spec["uid"],
        "DTSTAMP:" + _utc(stamp),
        "DTSTART:" + _utc(spec["start"]),
        "DTEND:" + _utc(spec["end"]),
        "SEQUENCE:" + str(spec.get("seq", 0)),
        "STATUS:" + status,
        "SUMMARY:" + _ics_text(spec["summary"]),
    ]
    if spec.get("location"):
        lines.append("LOCATION:" + _ics_text(spec["location"]))
    if spec.get("description"):
        lines.append("DESCRIPTION:" + _ics_text(spec["description"]))
    lines.append(f"ORGANIZER;CN={org_name}:mailto:{org_addr}")
    lines.append(f"ATTENDEE;CN={CAND[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                 f"RSVP=TRUE:mailto:{CAND[1]}")
    for name, addr in spec.get("attendees", []):
        lines.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{addr}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded: list[str] = []
    for line in lines:
        folded += _ics_fold(line)
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- messages


def parse_date(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")


def boundary(rel: str, tag: str) -> str:
    return f"----=_Part_{tag}_{hashlib.sha1((rel + tag).encode()).hexdigest()[:20]}"


def build_body(spec: dict, rel: str, ids: dict[str, tuple[str, list[str]]]
               ) -> tuple[bytes, list[tuple[str, str, str]]]:
    """The MIME body (with its own Content-Type) and the text parts to check afterwards."""
    checks: list[tuple[str, str, str]] = []
    charset = spec.get("charset", "utf-8")
    alts: list[bytes] = []
    if spec.get("text") is not None:
        data = text_data(spec["text"], charset)
        cte = pick_cte(data, spec.get("cte"))
        alts.append(leaf("text/plain", f'; charset="{charset}"', data, cte))
        checks.append(("text/plain", spec["text"], charset))
    if spec.get("html") is not None:
        hcharset = spec.get("html_charset", charset)
        data = text_data(spec["html"], hcharset)
        cte = pick_cte(data, spec.get("html_cte", spec.get("cte")))
        alts.append(leaf("text/html", f'; charset="{hcharset}"', data, cte))
        checks.append(("text/html", spec["html"], hcharset))
    attachments: list[bytes] = []
    ics = spec.get("ics")
    if ics is not None:
        cal = make_ics(ics, spec["date"])
        method = ics["method"]
        cal_cte = ics.get("cte", "7bit" if cal.isascii() else "8bit")
        data = cal.encode("utf-8")
        if cal_cte != "base64":
            data = cal.replace("\r\n", "\n").encode("utf-8")
        alts.append(leaf("text/calendar", f'; charset="utf-8"; method={method}', data, cal_cte))
        if ics.get("attach"):
            attachments.append(leaf("application/ics", '; name="invite.ics"',
                                    cal.encode("utf-8"), "base64",
                                    ['Content-Disposition: attachment; filename="invite.ics"']))
    if not alts:
        raise ValueError(f"{rel}: no body")
    body = alts[0] if len(alts) == 1 else multipart("alternative", boundary(rel, "alt"), alts)
    for pdf in spec.get("pdfs", []) + ([spec["pdf"]] if spec.get("pdf") else []):
        data = make_pdf(pdf["lines"], pdf.get("title", pdf["filename"]))
        name = pdf["filename"]
        attachments.append(leaf("application/pdf", f'; name="{name}"', data, "base64",
                                [f'Content-Disposition: attachment; filename="{name}"']))
    inner = spec.get("rfc822")
    if inner is not None:
        inner = dict(inner)
        if inner.get("same_as") in ids:
            inner["_mid"] = ids[inner["same_as"]][0]
        inner_bytes, inner_checks = build_message(inner, rel + "#inner", {})
        attachments.append(b"Content-Type: message/rfc822\nContent-Disposition: attachment\n"
                           b"Content-Transfer-Encoding: 8bit\n\n" + inner_bytes)
        checks += inner_checks
    if attachments:
        body = multipart("mixed", boundary(rel, "mix"), [body, *attachments])
    return body, checks


def message_id(spec: dict, rel: str) -> str:
    domain = spec["frm"][1].split("@", 1)[1]
    stamp = parse_date(spec["date"]).strftime("%Y%m%d%H%M%S")
    digest = hashlib.sha1(rel.encode()).hexdigest()[:12].upper()
    return f"<{stamp}.{digest}@{domain}>"


def build_message(spec: dict, rel: str, ids: dict[str, tuple[str, list[str]]]
                  ) -> tuple[bytes, list[tuple[str, str, str]]]:
    lines: list[str] = []
    if spec.get("return_path"):
        lines.append(f"Return-Path: <{spec['return_path']}>")
    lines.append("Date: " + format_datetime(parse_date(spec["date"])))
    lines.append("From: " + mailbox(*spec["frm"], spec.get("frm_enc")))
    rt = spec.get("reply_to")
    if rt:
        lines.append("Reply-To: " + mailboxes(rt if isinstance(rt, list) else [rt],
                                              spec.get("reply_to_enc")))
    lines.append("To: " + mailboxes(spec.get("to", [CAND]), spec.get("to_enc")))
    if spec.get("cc"):
        lines.append("Cc: " + mailboxes(spec["cc"]))
    lines.append(unstructured("Subject", spec["subj"], spec.get("subj_enc")))
    mid = spec.get("_mid") or message_id(spec, rel)
    lines.append("Message-ID: " + mid)
    parent = spec.get("parent")
    if parent:
        if parent in ids:
            pmid, prefs = ids[parent]
        else:
            pmid = f"<{hashlib.sha1(parent.encode()).hexdigest()[:16]}@mail.example.be>"
            prefs = []
        lines.append("In-Reply-To: " + pmid)
        lines.append(fold("References", " ".join([*prefs, pmid])))
    for name, value in spec.get("hdrs", []):
        lines.append(fold(name, value))
    lines.append("MIME-Version: 1.0")
    body, checks = build_body(spec, rel, ids)
    head = NL.join(lines) + NL
    return head.encode("ascii") + body, checks


# --------------------------------------------------------------------------- checks


def all_defects(message: email.message.Message) -> list[str]:
    found = []
    for part in message.walk():
        found += [repr(d) for d in part.defects]
        for name, value in part.items():
            found += [f"{name}: {d!r}" for d in getattr(value, "defects", [])]
    return found


def check(path: Path, spec: dict, checks: list[tuple[str, str, str]]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    defects = all_defects(msg)
    assert not defects, f"{path}: {defects}"
    assert str(msg["subject"]) == spec["subj"], f"{path}: subject {msg['subject']!r}"
    got = [(p.get_content_type(), p.get_content()) for p in msg.walk()
           if p.get_content_type() in ("text/plain", "text/html")]
    want = [(ctype, text) for ctype, text, _ in checks]
    assert len(got) == len(want), f"{path}: {len(got)} text parts, wanted {len(want)}"
    for (gtype, gtext), (wtype, wtext) in zip(got, want, strict=True):
        assert gtype == wtype, f"{path}: {gtype} != {wtype}"
        norm = gtext.replace("\r\n", "\n").rstrip("\n")
        assert norm == wtext.rstrip("\n"), f"{path}: {wtype} body does not round-trip"
    if spec.get("ics"):
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        assert cals and "METHOD:" + spec["ics"]["method"] in cals[0].get_content()
    for pdf_part in (p for p in msg.walk() if p.get_content_type() == "application/pdf"):
        data = pdf_part.get_content()
        assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    assert parse_date(spec["date"]).year == 2026


def validate_spec(spec: dict) -> None:
    kind = spec["kind"]
    assert kind in EXPECTED, kind
    assert spec["lang"] in ("en", "de", "fr", "es")
    company, contact = spec.get("company", ""), spec.get("contact", "")
    if kind == "other":
        assert company == "", f"{spec['name']}: other has a company"
    else:
        assert company, f"{spec['name']}: job mail needs a company"
    if spec["frm"][1].lower() == CAND[1]:
        assert kind == "other" and contact == "", spec["name"]
    if contact:
        assert contact == contact.lower()
        rt = spec.get("reply_to") or []
        rt = rt if isinstance(rt, list) else [rt]
        senders = [spec["frm"][1].lower()] + [a.lower() for _, a in rt]
        assert contact in senders, f"{spec['name']}: contact {contact} not in From/Reply-To"


def main() -> None:
    specs = (msgs199_rejections.MESSAGES + msgs199_invites.MESSAGES + msgs199_acks.MESSAGES
             + msgs199_other.MESSAGES)
    counts: dict[str, int] = {}
    for spec in specs:
        validate_spec(spec)
        counts[spec["kind"]] = counts.get(spec["kind"], 0) + 1
        spec["_rel"] = f"{spec['kind']}/{counts[spec['kind']]:03d}_{spec['name']}.eml"
    assert counts == EXPECTED, counts
    # Message-IDs first, so replies can point at any message in any module.
    ids: dict[str, tuple[str, list[str]]] = {}
    order = sorted(specs, key=lambda s: parse_date(s["date"]))
    for spec in order:
        spec["_mid"] = message_id(spec, spec["_rel"])
        refs: list[str] = []
        parent = spec.get("parent")
        if parent in ids:
            refs = [*ids[parent][1], ids[parent][0]]
        if spec.get("key"):
            assert spec["key"] not in ids, f"duplicate key {spec['key']}"
            ids[spec["key"]] = (spec["_mid"], refs)
    for spec in specs:
        parent = spec.get("parent")
        if parent in ids:
            assert parse_date(spec["date"]) > parse_date(
                next(s for s in specs if s.get("key") == parent)["date"]), spec["name"]
    mids = [s["_mid"] for s in specs]
    assert len(set(mids)) == len(mids), "duplicate Message-ID"

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    for spec in specs:
        path = HERE / spec["_rel"]
        path.parent.mkdir(exist_ok=True)
        data, checks = build_message(spec, spec["_rel"], ids)
        path.write_bytes(data)
        check(path, spec, checks)
        rows.append([spec["_rel"], spec["kind"], spec.get("company", ""),
                     spec.get("contact", ""), spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(sorted(rows))
    table: dict[tuple[str, str], int] = {}
    for spec in specs:
        table[(spec["kind"], spec["lang"])] = table.get((spec["kind"], spec["lang"]), 0) + 1
    langs = ["fr", "en", "de", "es"]
    print("kind".ljust(32) + "".join(lang.rjust(5) for lang in langs) + "  total")
    for kind in EXPECTED:
        cells = [table.get((kind, lang), 0) for lang in langs]
        print(kind.ljust(32) + "".join(str(c).rjust(5) for c in cells) + str(sum(cells)).rjust(7))
    totals = [sum(v for (k, lang), v in table.items() if lang == x) for x in langs]
    print("total".ljust(32) + "".join(str(c).rjust(5) for c in totals) + str(len(specs)).rjust(7))
    print(f"wrote {len(specs)} messages to {HERE}")


if __name__ == "__main__":
    main()
