#!/usr/bin/env python3
"""Build corpus 268 from the hand-written specs in the msgs268_* modules.

Run from the repository root:  python tests/corpus_twohundredsixtyeighth/make_twohundredsixtyeighth.py

Standard library only.  The script deletes and rewrites only the *.eml files and labels.csv
inside its own folder, then re-parses every message it wrote and checks it.
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
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs268_acks  # noqa: E402
import msgs268_invites  # noqa: E402
import msgs268_other  # noqa: E402
import msgs268_rejections  # noqa: E402
from msgs268_common import CAND, CAND_ADDR  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52}
LANGS = {"en", "de", "fr", "es"}
GEN_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=78)


# --------------------------------------------------------------------------- headers


def _q_word(data: bytes) -> str:
    out = []
    for b in data:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif b < 128 and (c.isalnum() or c in "-!*+/"):
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, mode: str) -> list[str]:
    """RFC 2047 encoded words of at most 75 characters, never splitting a character."""

    def word(chunk: str) -> str:
        data = chunk.encode(charset)
        payload = base64.b64encode(data).decode("ascii") if mode == "B" else _q_word(data)
        return f"=?{charset}?{mode}?{payload}?="

    words: list[str] = []
    cur = ""
    for ch in text:
        if cur and len(word(cur + ch)) > 75:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return words


def fold(name: str, tokens: list[str]) -> str:
    """One header, folded at token boundaries to lines of at most 78 characters."""
    lines: list[str] = []
    line = f"{name}:"
    for tok in tokens:
        if line != f"{name}:" and len(line) + 1 + len(tok) > 78:
            lines.append(line)
            line = " " + tok
        else:
            line += " " + tok
    lines.append(line)
    return "\n".join(lines)


def addr_tokens(name: str, addr: str, enc: tuple[str, str] | None) -> list[str]:
    if not name:
        return [addr]
    if name.isascii() and enc is None:
        return [formataddr((name, addr))]
    charset, mode = enc or ("utf-8", "Q")
    return [*encoded_words(name, charset, mode), f"<{addr}>"]


def addr_header(name: str, people: list[tuple[str, str]], enc: tuple[str, str] | None) -> str:
    tokens: list[str] = []
    for i, (person, addr) in enumerate(people):
        toks = addr_tokens(person, addr, enc)
        if i < len(people) - 1:
            toks[-1] += ","
        tokens.extend(toks)
    return fold(name, tokens)


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if subject.isascii() and enc is None:
        return fold("Subject", subject.split(" "))
    charset, mode = enc or ("utf-8", "Q")
    return fold("Subject", encoded_words(subject, charset, mode))


# --------------------------------------------------------------------------- parts


def text_part(content: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, charset=charset)
    del part["MIME-Version"]
    data = content.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "7bit":
        payload = data.decode("ascii")
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def pdf_bytes(title: str, lines: list[str], stamp: str) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with correct xref offsets."""

    def s(text: str) -> bytes:
        raw = text.encode("cp1252", "replace")
        raw = raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        return b"(" + raw + b")"

    content = (b"BT\n/F1 15 Tf\n56 780 Td\n" + s(title) + b" Tj\n/F1 10.5 Tf\n0 -32 Td\n15 TL\n"
               + b"".join(s(line) + b" Tj T*\n" for line in lines) + b"ET\n")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Title " + s(title) + b" /Producer (corpus 268 generator) /CreationDate (D:"
        + stamp.encode("ascii") + b") >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return out


def _utc(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> str:
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
    return "\r\n ".join(out)


def ics_text(ics: dict, stamp: str) -> str:
    org_name, org_addr = ics["organizer"]
    method = ics["method"]
    status = ics.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 268//Hand-written calendar//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(ics['start'])}",
        f"DTEND:{_utc(ics['end'])}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"STATUS:{status}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
        f"LOCATION:{_ics_escape(ics.get('location', ''))}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines += [
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{CAND[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
        f"RSVP=TRUE:mailto:{CAND_ADDR}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(_ics_fold(line) for line in lines) + "\r\n"


# --------------------------------------------------------------------------- one message


def build_body(spec: dict, idx: int) -> MIMEBase:
    tag = hashlib.sha1(spec["file"].encode()).hexdigest()[:10]
    charset = spec.get("charset", "utf-8")
    alt: list[MIMEBase] = []
    text = spec.get("text")
    if text is not None:
        cte = spec.get("cte") or ("7bit" if text.isascii() else "8bit")
        alt.append(text_part(text, "plain", charset, cte))
    html = spec.get("html")
    if html is not None:
        hcs = spec.get("html_charset", charset)
        hcte = spec.get("html_cte") or "quoted-printable"
        alt.append(text_part(html, "html", hcs, hcte))
    ics = spec.get("ics")
    cal_text = ""
    if ics:
        cal_text = ics_text(ics, spec["date"])
        cal = MIMENonMultipart("text", "calendar", method=ics["method"], charset="utf-8")
        del cal["MIME-Version"]
        if cal_text.isascii():
            cal.set_payload(cal_text)
            cal["Content-Transfer-Encoding"] = "7bit"
        else:
            cal.set_payload(base64.encodebytes(cal_text.encode("utf-8")).decode("ascii"))
            cal["Content-Transfer-Encoding"] = "base64"
        alt.append(cal)
    assert alt, spec["file"]
    if len(alt) == 1:
        main: MIMEBase = alt[0]
    else:
        main = MIMEMultipart("alternative", boundary=f"=_alt268_{idx:03d}_{tag}", _subparts=alt)
        del main["MIME-Version"]
    extras: list[MIMEBase] = []
    if ics and spec.get("ics_attach"):
        att = MIMEBase("application", "ics", name="invite.ics")
        del att["MIME-Version"]
        att.set_payload(base64.encodebytes(cal_text.encode("utf-8")).decode("ascii"))
        att["Content-Transfer-Encoding"] = "base64"
        att.add_header("Content-Disposition", "attachment", filename="invite.ics")
        extras.append(att)
    stamp = datetime.fromisoformat(spec["date"]).astimezone(UTC).strftime("%Y%m%d%H%M%SZ")
    for pdf in spec.get("attach", []):
        att = MIMEBase("application", "pdf", name=pdf["name"])
        del att["MIME-Version"]
        data = pdf_bytes(pdf["title"], pdf["lines"], stamp)
        att.set_payload(base64.encodebytes(data).decode("ascii"))
        att["Content-Transfer-Encoding"] = "base64"
        att.add_header("Content-Disposition", "attachment", filename=pdf["name"])
        extras.append(att)
    if extras:
        root = MIMEMultipart("mixed", boundary=f"=_mix268_{idx:03d}_{tag}", _subparts=[main, *extras])
    else:
        root = main
        if "MIME-Version" not in root:
            root["MIME-Version"] = "1.0"
    return root


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1].lower()


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(("268/" + spec["file"]).encode()).hexdigest()
    return f"<{digest[:14]}.{digest[14:22]}@{domain_of(spec['frm'][1])}>"


def synthetic_id(key: str) -> str:
    digest = hashlib.sha1(("268-ext/" + key).encode()).hexdigest()
    return f"<{digest[:16]}@mail.example.ch>"


def render(spec: dict, idx: int, ids: dict[str, str], by_key: dict[str, dict]) -> bytes:
    enc = spec.get("enc", {})
    heads = [addr_header("From", [spec["frm"]], enc.get("from"))]
    heads.append(addr_header("To", spec.get("to", [CAND]), enc.get("to")))
    if spec.get("cc"):
        heads.append(addr_header("Cc", spec["cc"], enc.get("cc")))
    if spec.get("reply_to"):
        heads.append(addr_header("Reply-To", [spec["reply_to"]], enc.get("reply_to")))
    heads.append(subject_header(spec["subject"], enc.get("subject")))
    heads.append(f"Date: {format_datetime(datetime.fromisoformat(spec['date']))}")
    heads.append(f"Message-ID: {ids[spec['file']]}")
    parent = spec.get("parent")
    if parent:
        chain: list[str] = []
        key = parent
        while key:
            if key in by_key:
                chain.append(ids[by_key[key]["file"]])
                key = by_key[key].get("parent")
            else:
                chain.append(synthetic_id(key))
                key = None
        chain.reverse()
        heads.append(f"In-Reply-To: {chain[-1]}")
        heads.append(fold("References", chain))
    for name, value in spec.get("headers", []):
        assert value.isascii(), (spec["file"], name)
        heads.append(fold(name, value.split(" ")))
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(build_body(spec, idx))
    mime_heads, body = buf.getvalue().split(b"\n\n", 1)
    return ("\n".join(heads)).encode("ascii") + b"\n" + mime_heads + b"\n\n" + body


# --------------------------------------------------------------------------- checks


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, raw: bytes) -> None:
    name = spec["file"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems: list[str] = []
    for part in msg.walk():
        problems += [f"part defect {d!r}" for d in part.defects]
        for key, value in part.items():
            problems += [f"{key} defect {d!r}" for d in getattr(value, "defects", ())]
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    frm = msg["From"].addresses[0]
    if (frm.display_name, frm.addr_spec) != tuple(spec["frm"]):
        problems.append(f"from {frm!r}")
    if spec.get("reply_to"):
        rto = msg["Reply-To"].addresses[0]
        if (rto.display_name, rto.addr_spec) != tuple(spec["reply_to"]):
            problems.append(f"reply-to {rto!r}")
    for person, addr in spec.get("to", [CAND]):
        if not any(a.addr_spec == addr and a.display_name == person for a in msg["To"].addresses):
            problems.append(f"to {addr}")
    if msg["Date"].datetime.year != 2026:
        problems.append("date year")
    texts = {"plain": [], "html": [], "calendar": []}
    pdfs = 0
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            texts[part.get_content_subtype()].append(part.get_content())
        if part.get_content_type() == "application/pdf":
            pdfs += 1 if part.get_content().startswith(b"%PDF-1.4") else 0
    for sub, key in (("plain", "text"), ("html", "html")):
        want = spec.get(key)
        got = texts[sub]
        if want is None:
            if got:
                problems.append(f"unexpected {sub}")
        elif not got or _norm(got[0]) != _norm(want):
            problems.append(f"{sub} body does not round-trip")
    if spec.get("ics"):
        cal = texts["calendar"]
        if not cal or f"METHOD:{spec['ics']['method']}" not in cal[0]:
            problems.append("calendar part")
    if pdfs != len(spec.get("attach", [])):
        problems.append("pdf attachments")
    if spec["lang"] == "de":
        blob = " ".join(filter(None, [spec["subject"], spec.get("text"), spec.get("html")]))
        if "ß" in blob:
            problems.append("Swiss German is written with ss")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))


def check_label(spec: dict) -> None:
    name = spec["file"]
    assert spec["kind"] in EXPECTED and spec["lang"] in LANGS, name
    own = spec["frm"][1] == CAND_ADDR
    if own:
        assert spec["kind"] == "other" and not spec["contact"], name
    if spec["kind"] == "other":
        assert not spec["company"], name
    else:
        assert spec["company"], name
    if spec["contact"]:
        allowed = {spec["frm"][1].lower()}
        if spec.get("reply_to"):
            allowed.add(spec["reply_to"][1].lower())
        assert spec["contact"] in allowed, (name, spec["contact"])
        assert spec["contact"] == spec["contact"].lower(), name


# --------------------------------------------------------------------------- main


def all_specs() -> list[dict]:
    specs = [*msgs268_rejections.MESSAGES, *msgs268_invites.MESSAGES,
             *msgs268_acks.MESSAGES, *msgs268_other.MESSAGES]
    counters: Counter[str] = Counter()
    for spec in specs:
        counters[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
    return specs


def main() -> None:
    specs = all_specs()
    kinds = Counter(s["kind"] for s in specs)
    assert dict(kinds) == EXPECTED, kinds
    by_key: dict[str, dict] = {}
    for spec in specs:
        if spec.get("key"):
            assert spec["key"] not in by_key, spec["key"]
            by_key[spec["key"]] = spec
    ids = {spec["file"]: message_id(spec) for spec in specs}
    assert len(set(ids.values())) == len(ids)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    label = HERE / "labels.csv"
    if label.exists():
        label.unlink()
    rows = []
    for idx, spec in enumerate(specs, 1):
        check_label(spec)
        try:
            raw = render(spec, idx, ids, by_key)
        except Exception as error:
            raise SystemExit(f"{spec['file']}: {type(error).__name__}: {error}") from error
        check(spec, raw)
        path = HERE / spec["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with label.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    langs = Counter(s["lang"] for s in specs)
    table = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"wrote {len(specs)} messages; languages {dict(langs)}")
    print("kind".ljust(32) + "".join(lang.rjust(5) for lang in ("fr", "de", "en", "es")) + "  all")
    for kind in KINDS:
        cells = "".join(str(table[(kind, lang)]).rjust(5) for lang in ("fr", "de", "en", "es"))
        print(kind.ljust(32) + cells + str(kinds[kind]).rjust(5))


if __name__ == "__main__":
    main()
