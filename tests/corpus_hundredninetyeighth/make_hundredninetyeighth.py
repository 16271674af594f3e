"""Build corpus 198 (Paloma Whitfield-Ccori) from the hand-written specs in msgs198_*.py.

Run from the repository root:  python tests/corpus_hundredninetyeighth/make_hundredninetyeighth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder.

A spec is a dict with these keys (only the first ones are required):
  kind, slug, lang, company, contact     the label row (contact/company may be "")
  frm=(name, address)                     the sender; CAND for the candidate's own mail
  subject, date="2026-03-04 10:15 -0500"  date carries the sender's UTC offset
  text / html                             plain and/or HTML body (both -> multipart/alternative)
  to=[(name, address)], cc=[...], reply_to=(name, address)
  charset, cte ("7bit", "8bit", "qp", "b64"), html_charset, html_cte
  subj_enc=(charset, "Q"|"B"[, partial]), name_enc=(charset, "Q"|"B")
  mid="key", refs=["key", "<raw@id>"]     threading: In-Reply-To is the last of refs
  headers=[(name, value)]                 extra headers (List-Id, Auto-Submitted, X-Mailer ...)
  ics={method, uid, start, minutes, summary, location, description, organizer, seq, status}
  ics_place="attach"|"alt", ics_cte
  attach=[{"type": "pdf", "name": ..., "lines": [...]}]
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
from collections import Counter
from datetime import UTC, timedelta
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs198_acks  # noqa: E402
import msgs198_invites  # noqa: E402
import msgs198_other  # noqa: E402
import msgs198_rejections  # noqa: E402
from msgs198_common import CAND, CAND_ADDR, parse_when  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
LANG_ORDER = ["es", "en", "fr", "de"]
POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=0)

# ------------------------------------------------------------------ encoded words and folding

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(data: bytes) -> str:
    out = []
    for byte in data:
        if byte == 0x20:
            out.append("_")
        elif byte in _Q_SAFE:
            out.append(chr(byte))
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def _b(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def encoded_words(text: str, charset: str, mode: str) -> list[str]:
    """text as RFC 2047 encoded words of at most 75 characters, split between characters."""
    enc = _q if mode.upper() == "Q" else _b
    head = f"=?{charset}?{mode.upper()}?"
    words: list[str] = []
    cur = ""
    for ch in text:
        cand = cur + ch
        if cur and len(head) + len(enc(cand.encode(charset))) + 2 > 75:
            words.append(head + enc(cur.encode(charset)) + "?=")
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(head + enc(cur.encode(charset)) + "?=")
    return words


def encode_text(text: str, spec: tuple | None) -> str:
    """A header text (subject, display name) as written on the wire."""
    if spec is None:
        if text.isascii():
            return text
        spec = ("utf-8", "Q")
    charset, mode = spec[0], spec[1]
    partial = len(spec) > 2 and spec[2]
    if not partial:
        return " ".join(encoded_words(text, charset, mode))
    # encode only runs of words that need it; ASCII words stay readable
    out: list[str] = []
    run: list[str] = []
    for word in text.split(" "):
        if word.isascii() and not run:
            out.append(word)
        elif word.isascii():
            out.append(" ".join(encoded_words(" ".join(run), charset, mode)))
            run = []
            out.append(word)
        else:
            run.append(word)
    if run:
        out.append(" ".join(encoded_words(" ".join(run), charset, mode)))
    return " ".join(out)


_SPECIALS = set('()<>[]:;@\\,."')


def format_person(person: tuple[str, str], enc: tuple | None) -> str:
    name, address = person
    if not name:
        return address
    if not name.isascii() or enc is not None:
        enc = enc or ("utf-8", "Q")
        words = encoded_words(name, enc[0], enc[1])
        # one word only: parsers disagree on the space between adjacent words in a phrase
        assert len(words) == 1, f"display name too long for one encoded word: {name}"
        return f"{words[0]} <{address}>"
    if any(c in _SPECIALS for c in name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


def fold(name: str, value: str) -> str:
    """One header line, folded at spaces so that lines stay under 78 characters."""
    tokens = value.split(" ")
    lines: list[str] = []
    cur = f"{name}:"
    for tok in tokens:
        if len(cur) + 1 + len(tok) > 78 and cur.strip() not in (f"{name}:", ""):
            lines.append(cur)
            cur = " " + tok
        else:
            cur = f"{cur} {tok}"
    lines.append(cur)
    return "\n".join(lines)


# ------------------------------------------------------------------ bodies, PDF and calendar

def text_part(content: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    raw = content.encode(charset)
    part = MIMENonMultipart("text", subtype, charset=charset)
    del part["MIME-Version"]
    if cte == "7bit":
        assert raw.isascii(), "7bit body with non-ASCII text"
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "qp":
        payload = quopri.encodestring(raw).decode("ascii")
        cte = "quoted-printable"
    elif cte == "b64":
        payload = base64.encodebytes(raw).decode("ascii")
        cte = "base64"
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF with Helvetica text, offsets computed for a valid xref table."""
    def pdf_str(s: str) -> str:
        data = s.encode("cp1252")
        return "".join(
            "\\" + chr(b) if chr(b) in "\\()" else (chr(b) if 32 <= b < 127 else f"\\{b:03o}")
            for b in data
        )

    ops = ["BT", "/F1 15 Tf", "56 780 Td", f"({pdf_str(title)}) Tj", "/F1 10.5 Tf", "0 -28 Td"]
    for line in lines:
        ops.append(f"({pdf_str(line)}) Tj")
        ops.append("0 -15 Td")
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
        b"<< /Title (" + pdf_str(title).encode("latin-1") + b") /Producer (corpus198) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out: list[str] = []
    cur = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def _utc(when: str) -> str:
    return parse_when(when).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(ics: dict, stamp: str) -> str:
    method = ics["method"]
    start = parse_when(ics["start"])
    end = start + timedelta(minutes=ics.get("minutes", 45))
    org_name, org_addr = ics["organizer"]
    status = ics.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus198//Hand-written calendar//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{start.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"DTEND:{end.astimezone(UTC):%Y%m%dT%H%M%SZ}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines += [
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{CAND[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
        f"mailto:{CAND[1]}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def ics_part(ics: dict, stamp: str, cte: str, attach: bool) -> MIMENonMultipart:
    content = make_ics(ics, stamp)
    raw = content.encode("utf-8")
    part = MIMENonMultipart("text", "calendar", charset="utf-8", method=ics["method"])
    del part["MIME-Version"]
    if cte == "b64":
        part["Content-Transfer-Encoding"] = "base64"
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    else:
        part["Content-Transfer-Encoding"] = "8bit" if not raw.isascii() else "7bit"
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    if attach:
        name = "cancel.ics" if ics["method"] == "CANCEL" else "invite.ics"
        part.add_header("Content-Disposition", "attachment", filename=name)
    return part


def pdf_part(att: dict) -> MIMEBase:
    data = make_pdf(att.get("title", att["name"]), att["lines"])
    part = MIMEBase("application", "pdf")
    del part["MIME-Version"]
    name = att["name"]
    fname = name if name.isascii() else ("utf-8", "", name)
    part.set_param("name", fname)
    part.add_header("Content-Disposition", "attachment", filename=fname)
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


# ------------------------------------------------------------------ one message

def build(spec: dict, rel: str, mids: dict[str, str]) -> tuple[bytes, list[tuple[str, str]]]:
    """The message bytes and the (subtype, text) list of its text bodies, in order."""
    n = int(rel.split("/")[1][:3])
    tag = hashlib.sha1(rel.encode()).hexdigest()[:10]
    charset = spec.get("charset", "utf-8")
    expected: list[tuple[str, str]] = []
    bodies: list = []
    text, html = spec.get("text"), spec.get("html")
    assert text or html, rel
    if text:
        text = text.strip("\n") + "\n"
        cte = spec.get("cte") or ("7bit" if text.isascii() else "8bit")
        bodies.append(text_part(text, "plain", charset, cte))
        expected.append(("plain", text))
    if html:
        hcs = spec.get("html_charset", charset)
        if hcs != "utf-8":
            html = html.replace('charset="utf-8"', f'charset="{hcs}"').replace(
                'charset=utf-8"', f'charset={hcs}"')
            html = html.replace('<meta charset="utf-8">', f'<meta charset="{hcs}">')
        hcte = spec.get("html_cte") or ("7bit" if html.isascii() else "qp")
        bodies.append(text_part(html, "html", hcs, hcte))
        expected.append(("html", html))
    ics = spec.get("ics")
    place = spec.get("ics_place", "attach")
    if ics and place == "alt":
        bodies.append(ics_part(ics, spec["date"], spec.get("ics_cte", "7bit"), attach=False))
    if len(bodies) == 1:
        body = bodies[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"----=_Alt_198_{n:03d}_{tag}")
        del body["MIME-Version"]
        for b in bodies:
            body.attach(b)
    extras = []
    if ics and place == "attach":
        extras.append(ics_part(ics, spec["date"], spec.get("ics_cte", "b64"), attach=True))
    for att in spec.get("attach", []):
        assert att["type"] == "pdf"
        extras.append(pdf_part(att))
    if extras:
        root = MIMEMultipart("mixed", boundary=f"----=_Mix_198_{n:03d}_{tag}")
        del root["MIME-Version"]
        root.attach(body)
        for e in extras:
            root.attach(e)
    else:
        root = body

    # header block, written by hand so that encoded words use the charsets asked for
    name_enc = spec.get("name_enc")
    to = spec.get("to", [CAND])
    heads = [
        ("Date", format_datetime(parse_when(spec["date"]))),
        ("From", format_person(spec["frm"], name_enc)),
    ]
    if spec.get("reply_to"):
        heads.append(("Reply-To", format_person(spec["reply_to"], name_enc)))
    heads.append(("To", ", ".join(format_person(p, None) for p in to)))
    if spec.get("cc"):
        heads.append(("Cc", ", ".join(format_person(p, None) for p in spec["cc"])))
    heads.append(("Subject", encode_text(spec["subject"], spec.get("subj_enc"))))
    heads.append(("Message-ID", mids[rel]))
    refs = [r if r.startswith("<") else mids[r] for r in spec.get("refs", [])]
    if refs:
        heads.append(("In-Reply-To", refs[-1]))
        heads.append(("References", " ".join(refs)))
    for name, value in spec.get("headers", []):
        if not value.isascii():  # a list's display phrase: encode it, keep the <id> readable
            phrase, _, rest = value.rpartition(" <")
            value = f"{encode_text(phrase, ('utf-8', 'Q'))} <{rest}"
        heads.append((name, value))
    heads.append(("MIME-Version", "1.0"))
    head = "\n".join(fold(k, v) for k, v in heads) + "\n"
    assert head.isascii(), rel

    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(root)
    return head.encode("ascii") + buf.getvalue(), expected


def message_id(spec: dict, rel: str) -> str:
    domain = spec["frm"][1].split("@")[1]
    tag = hashlib.sha1(("mid:" + rel).encode()).hexdigest()[:16].upper()
    key = spec.get("mid") or rel.split("/")[1][:-4].replace("_", ".")
    return f"<{key}.{tag}@{domain}>"


# ------------------------------------------------------------------ checks

def check(spec: dict, rel: str, data: bytes, expected: list[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (rel, part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", ()), (rel, name, value.defects)
    assert str(msg["Subject"]) == spec["subject"], (rel, str(msg["Subject"]), spec["subject"])
    assert msg["From"].addresses[0].addr_spec == spec["frm"][1], rel
    if spec["frm"][0]:
        assert msg["From"].addresses[0].display_name == spec["frm"][0], rel
    assert msg["Date"].datetime.year == 2026, rel
    got = [(p.get_content_subtype(), p.get_content().replace("\r\n", "\n"))
           for p in msg.walk() if p.get_content_type() in ("text/plain", "text/html")]
    assert len(got) == len(expected), (rel, [g[0] for g in got])
    for (gs, gt), (es, et) in zip(got, expected, strict=True):
        assert gs == es and gt == et, (rel, gs)
    if spec.get("ics"):
        cal = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        assert cal and f"METHOD:{spec['ics']['method']}" in cal[0].get_content(), rel
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == len(spec.get("attach", [])), rel
    for p in pdfs:
        blob = p.get_content()
        assert blob.startswith(b"%PDF-1.4") and blob.rstrip().endswith(b"%%EOF"), rel
    # the label row
    kind, contact = spec["kind"], spec["contact"]
    assert kind in KIND_ORDER and spec["lang"] in LANG_ORDER, rel
    if spec["frm"][1] == CAND_ADDR:
        assert kind == "other" and not contact, rel
    if contact:
        assert contact == contact.lower(), rel
        hdr = [spec["frm"][1].lower()] + ([spec["reply_to"][1].lower()]
                                          if spec.get("reply_to") else [])
        assert contact in hdr, (rel, contact, hdr)
    assert bool(spec["company"]) == (kind != "other"), rel


def main() -> None:
    specs = (msgs198_rejections.MESSAGES + msgs198_invites.MESSAGES + msgs198_acks.MESSAGES
             + msgs198_other.MESSAGES)
    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    numbering: Counter[str] = Counter()
    rels: list[str] = []
    for spec in specs:
        numbering[spec["kind"]] += 1
        rels.append(f"{spec['kind']}/{numbering[spec['kind']]:03d}_{spec['slug']}.eml")
    assert len(set(rels)) == len(rels)
    mids: dict[str, str] = {}
    for spec, rel in zip(specs, rels, strict=True):
        mids[rel] = message_id(spec, rel)
        if spec.get("mid"):
            assert spec["mid"] not in mids, spec["mid"]
            mids[spec["mid"]] = mids[rel]
    assert len(set(mids.values())) == len({*mids.values()}), "duplicate Message-ID"

    rows = []
    for spec, rel in zip(specs, rels, strict=True):
        data, expected = build(spec, rel, mids)
        check(spec, rel, data, expected)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = Counter((r[1], r[4]) for r in rows)
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in LANG_ORDER) + "  total")
    for kind in KIND_ORDER:
        counts = [table[(kind, lang)] for lang in LANG_ORDER]
        print(f"{kind:34}" + "".join(f"{c:>5}" for c in counts) + f"{sum(counts):>7}")
    totals = [sum(table[(k, lang)] for k in KIND_ORDER) for lang in LANG_ORDER]
    print(f"{'total':34}" + "".join(f"{c:>5}" for c in totals) + f"{sum(totals):>7}")


if __name__ == "__main__":
    main()
