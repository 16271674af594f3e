"""Build corpus 159 (blind, hand-written) from the msgs159_* spec modules.

Run from the repository root:  python tests/corpus_hundredfiftyninth/make_hundredfiftyninth.py
Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email import base64mime, quoprimime
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs159_acks  # noqa: E402
import msgs159_invites  # noqa: E402
import msgs159_other  # noqa: E402
import msgs159_rejections  # noqa: E402
from msgs159_common import CAND, paras  # noqa: E402

NL = "\n"
KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]


# ---------------------------------------------------------------- headers
def encoded_words(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    """RFC 2047 encoded words, folded, for any text; chunks never split a character."""
    words, chunk = [], ""
    for ch in text:
        if len(chunk) >= 18:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for word in words:
        data = word.encode(charset)
        if enc == "b":
            out.append(base64mime.header_encode(data, charset))
        else:
            out.append(quoprimime.header_encode(data, charset))
    return (NL + " ").join(out)


def fold(value: str, width: int = 76) -> str:
    """Fold a plain ASCII header value at spaces."""
    if len(value) <= width:
        return value
    out, line = [], ""
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return (NL + " ").join(out)


def addr(pair, enc: tuple[str, str] | None = None) -> str:
    name, address = pair
    if not name:
        return address
    if enc or not name.isascii():
        charset, how = enc or ("utf-8", "q")
        return f"{encoded_words(name, charset, how)} <{address}>"
    return formataddr((name, address))


def subject_value(spec: dict) -> str:
    subj = spec["subject"]
    enc = spec.get("subj_enc")
    if enc or not subj.isascii():
        charset, how = enc or ("utf-8", "q")
        return encoded_words(subj, charset, how)
    return fold(subj)


# ---------------------------------------------------------------- dates
ZONES = {"uk": None, "cet": None, "us": -7, "utc": 0, "ist": 0}


def offset_for(zone: str, when: datetime) -> int:
    summer = datetime(2026, 3, 29) <= when < datetime(2026, 10, 25)
    if zone in ("uk", "ist"):
        return 1 if summer else 0
    if zone == "cet":
        return 2 if summer else 1
    if zone == "us":
        return -7 if summer else -8
    return 0


def date_header(spec: dict) -> tuple[str, datetime]:
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    zone = spec.get("zone") or ("uk" if spec["lang"] == "en" else "cet")
    tz = timezone(timedelta(hours=offset_for(zone, when)))
    aware = when.replace(tzinfo=tz)
    return format_datetime(aware), aware


# ---------------------------------------------------------------- parts
def leaf(ctype: str, data: bytes, cte: str, extra: list[str] | None = None) -> bytes:
    if cte == "base64":
        payload = base64.encodebytes(data)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data)
    else:
        payload = data
    if not payload.endswith(b"\n"):
        payload += b"\n"
    head = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *(extra or [])]
    return (NL.join(head) + NL + NL).encode("ascii") + payload


def multipart(subtype: str, boundary: str, parts: list[bytes]) -> bytes:
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{NL}{NL}".encode()
    out += b"This is a multi-part message in MIME format.\n"
    for part in parts:
        out += f"{NL}--{boundary}{NL}".encode() + part
    out += f"{NL}--{boundary}--{NL}".encode()
    return out


def text_leaf(text: str, sub: str, charset: str, cte: str) -> bytes:
    data = text.encode(charset)
    if cte == "auto":
        cte = "7bit" if data.isascii() else "8bit"
    if cte == "7bit" and not data.isascii():
        cte = "quoted-printable"
    return leaf(f"text/{sub}; charset=\"{charset}\"", data, cte)


def pdf_bytes(lines: list[str]) -> bytes:
    def pdf_str(s: str) -> str:
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    content = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join(
        f"({pdf_str(line)}) '\n" for line in lines) + "ET\n"
    stream = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def ics_text(ics: dict, spec: dict, stamp: datetime) -> str:
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics.get("organizer", spec["from"])
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus159//Hand written//EN", "VERSION:2.0",
        f"METHOD:{method}", "CALSCALE:GREGORIAN", "BEGIN:VEVENT",
        f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
        "DTSTAMP:" + stamp.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
        f"DTSTART;TZID={ics.get('tzid', 'Europe/London')}:{ics['start']}",
        f"DTEND;TZID={ics.get('tzid', 'Europe/London')}:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', 'Online')}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{CAND[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
        f":mailto:{CAND[1]}",
        "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"),
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- message
def build(spec: dict, n: int, mids: dict[str, str]) -> tuple[bytes, list[str]]:
    """Return the message bytes and the text parts a reader should get back."""
    date_value, aware = date_header(spec)
    charset = spec.get("cs", "utf-8")
    cte = spec.get("cte", "auto")
    fmt = spec.get("fmt", "plain")
    body = spec["body"].strip("\n") + "\n"
    html = spec.get("html")
    if fmt in ("html", "alt") and html is None:
        html = "<html><body style=\"font-family:Arial\">\n" + paras(body) + "\n</body></html>\n"
    expected: list[str] = []
    bcount = 0

    def boundary() -> str:
        nonlocal bcount
        bcount += 1
        return f"=_c159_{n:03d}_{bcount}"

    if fmt == "plain":
        core = text_leaf(body, "plain", charset, cte)
        expected.append(body)
    elif fmt == "html":
        core = text_leaf(html, "html", charset, cte)
        expected.append(html)
    else:
        alt = [text_leaf(body, "plain", charset, cte),
               text_leaf(html, "html", charset, spec.get("html_cte", cte))]
        expected += [body, html]
        ics = spec.get("ics")
        if ics and ics.get("inline", True):
            cal = ics_text(ics, spec, aware)
            alt.append(leaf(f"text/calendar; charset=\"utf-8\"; method={ics.get('method', 'REQUEST')}",
                            cal.encode(), "7bit"))
            expected.append(cal)
        core = multipart("alternative", boundary(), alt)
    attachments: list[bytes] = []
    ics = spec.get("ics")
    if ics and (fmt != "alt" or not ics.get("inline", True)):
        cal = ics_text(ics, spec, aware)
        method = ics.get("method", "REQUEST")
        attachments.append(leaf(
            f"text/calendar; charset=\"utf-8\"; method={method}; name=\"invite.ics\"",
            cal.encode(), "base64", ["Content-Disposition: attachment; filename=\"invite.ics\""]))
        expected.append(cal)
    for fname, lines in spec.get("pdfs", []):
        attachments.append(leaf(
            f"application/pdf; name=\"{fname}\"", pdf_bytes(lines), "base64",
            [f"Content-Disposition: attachment; filename=\"{fname}\""]))
    if attachments:
        core = multipart("mixed", boundary(), [core, *attachments])

    frm = spec["from"]
    host = frm[1].split("@", 1)[1]
    heads = [
        ("Date", date_value),
        ("From", addr(frm, spec.get("from_enc"))),
        ("To", ", ".join(addr(p) for p in spec.get("to", [CAND]))),
    ]
    if spec.get("cc"):
        heads.append(("Cc", ", ".join(addr(p) for p in spec["cc"])))
    if spec.get("reply_to"):
        heads.append(("Reply-To", addr(spec["reply_to"])))
    heads.append(("Subject", subject_value(spec)))
    heads.append(("Message-ID", mids[spec["_id"]]))
    parent = spec.get("parent")
    if parent:
        chain = [mids[p] for p in spec.get("refs", [])] + [mids[parent]]
        heads.append(("In-Reply-To", mids[parent]))
        heads.append(("References", (NL + " ").join(chain)))
    for name, value in spec.get("headers", {}).items():
        heads.append((name, value))
    heads.append(("MIME-Version", "1.0"))
    top = "".join(f"{k}: {v}{NL}" for k, v in heads).encode("ascii")
    return top + core, expected


def all_specs() -> list[dict]:
    specs = []
    for mod in (msgs159_rejections, msgs159_invites, msgs159_acks, msgs159_other):
        specs.extend(mod.MESSAGES)
    return specs


def check(raw: bytes, spec: dict, expected: list[str], rel: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{rel}: defects {part.defects}"
    for name in msg.keys():
        value = msg[name]
        assert not getattr(value, "defects", ()), f"{rel}: header {name} defects {value.defects}"
    assert str(msg["subject"]) == spec["subject"], f"{rel}: subject {msg['subject']!r}"
    got = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]

    def norm(s: str) -> str:
        return s.replace("\r\n", "\n").rstrip()

    assert [norm(g) for g in got] == [norm(e) for e in expected], f"{rel}: bodies differ"
    assert msg["date"].datetime.year == 2026, rel


def main() -> None:
    specs = all_specs()
    counters: dict[str, int] = {}
    mids: dict[str, str] = {}
    for spec in specs:
        counters[spec["kind"]] = counters.get(spec["kind"], 0) + 1
        spec["_n"] = counters[spec["kind"]]
        spec["_id"] = spec.get("key") or f"{spec['kind']}/{spec['_n']}"
        if spec["_id"] in mids:
            raise SystemExit(f"duplicate key {spec['_id']}")
        host = spec["from"][1].split("@", 1)[1]
        digest = hashlib.sha1(f"{spec['kind']}{spec['_n']}{spec['subject']}".encode()).hexdigest()
        mids[spec["_id"]] = f"<{digest[:16]}.{spec['_n']:03d}@{host}>"
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    for i, spec in enumerate(specs, 1):
        rel = f"{spec['kind']}/{spec['_n']:03d}_{spec['scen']}.eml"
        raw, expected = build(spec, i, mids)
        check(raw, spec, expected, rel)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append({"file": rel, "kind": spec["kind"], "company": spec["company"],
                     "contact": spec["contact"].lower(), "language": spec["lang"]})
    rows.sort(key=lambda r: (KIND_ORDER.index(r["kind"]), r["file"]))
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact",
                                                    "language"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        counts[(r["kind"], r["language"])] = counts.get((r["kind"], r["language"]), 0) + 1
    print(f"wrote {len(rows)} messages")
    for kind in KIND_ORDER:
        cells = [counts.get((kind, lang), 0) for lang in ("en", "de", "fr", "es")]
        print(f"{kind:32s} " + " ".join(f"{c:3d}" for c in cells) + f"  = {sum(cells)}")


if __name__ == "__main__":
    main()
