#!/usr/bin/env python3
"""Build corpus 233 (blind): Priyanka Delacroix-Hughes' mailbox, 165 hand-written messages.

Run from the repository root:  python tests/corpus_twohundredthirtythird/make_twohundredthirtythird.py

Reads the specs in msgs233_*.py, builds every message with the standard `email` package
(deterministic boundaries, Message-IDs and dates), writes <kind>/<nnn>_<slug>.eml and
labels.csv, then re-parses every file with the default policy and checks it.
Only *.eml files and labels.csv inside this folder are deleted and rewritten.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import re
import sys
from collections import Counter
from email import quoprimime
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs233_acks  # noqa: E402,F401  (registers specs)
import msgs233_invites  # noqa: E402,F401
import msgs233_other  # noqa: E402,F401
import msgs233_rejections  # noqa: E402,F401
from msgs233_common import CAND, CAND_ADDR, MESSAGES  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10,
            "other": 52}
LEGAL = re.compile(r"\b(GmbH|AG|SA|SAS|S\.L\.|SL|S\.A\.|Ltd|Limited|Inc|LLC|plc|KG|SARL)\.?$")
GEN_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=78)

# --- dates ---------------------------------------------------------------------------------

DST_START = dt.datetime(2026, 3, 29, 1, 0, tzinfo=dt.UTC)
DST_END = dt.datetime(2026, 10, 25, 1, 0, tzinfo=dt.UTC)


def zone_offset(zone: str, local: dt.datetime) -> dt.timedelta:
    """Sender UTC offset: 'uk' (GMT/BST), 'cet' (CET/CEST) or a literal '+hhmm'."""
    if zone in ("uk", "cet"):
        base = 0 if zone == "uk" else 1
        approx = local.replace(tzinfo=dt.UTC) - dt.timedelta(hours=base)
        summer = DST_START <= approx < DST_END
        return dt.timedelta(hours=base + (1 if summer else 0))
    sign = -1 if zone[0] == "-" else 1
    return sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))


def when(stamp: str, zone: str) -> dt.datetime:
    local = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return local.replace(tzinfo=dt.timezone(zone_offset(zone, local)))


def default_zone(spec: dict) -> str:
    return spec.get("tz") or ("uk" if spec["lang"] == "en" else "cet")


# --- headers -------------------------------------------------------------------------------

def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """RFC 2047 encoded words (each <= 75 chars), split on character boundaries."""
    words, chunk = [], ""

    def enc_one(s: str) -> str:
        raw = s.encode(charset)
        if enc == "B":
            body = base64.b64encode(raw).decode("ascii")
        else:
            word = quoprimime.header_encode(raw, charset)
            body = word[word.index("?q?") + 3:-2]
        return f"=?{charset}?{enc}?{body}?="

    for ch in text:
        if chunk and len(enc_one(chunk + ch)) > 75:
            words.append(enc_one(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(enc_one(chunk))
    return words


def fold(name: str, value: str) -> str:
    """Fold an unencoded header at spaces so lines stay within 78 characters."""
    line, out = f"{name}:", []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line.strip() != f"{name}:":
            out.append(line)
            line = " " + word
        else:
            line += " " + word
    out.append(line)
    return "\n".join(out)


def subject_header(spec: dict) -> str:
    subject = spec["subject"]
    enc = spec.get("subject_enc")
    if enc is None and not subject.isascii():
        enc = ("utf-8", "Q")
    if enc is None:
        return fold("Subject", subject)
    return "Subject: " + "\n ".join(encoded_words(subject, *enc))


def address(pair: tuple, enc: tuple | None = None) -> str:
    name, addr = pair[0], pair[1]
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    enc = enc or ("utf-8", "Q")
    return " ".join(encoded_words(name, *enc)) + f" <{addr}>"


def address_list(name: str, pairs: list[tuple], enc: tuple | None = None) -> str:
    return f"{name}: " + ",\n ".join(address(p, enc) for p in pairs)


# --- bodies --------------------------------------------------------------------------------

def text_part(body: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = Charset(charset)
    if cte == "quoted-printable":
        cs.body_encoding = QP
    elif cte == "base64":
        cs.body_encoding = BASE64
    else:
        cs.body_encoding = None
    part = MIMEText(body, subtype, cs)
    del part["MIME-Version"]
    return part


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing title and lines."""
    def lit(s: str) -> str:
        out = []
        for b in s.encode("cp1252", "replace"):
            c = chr(b)
            if c in "()\\":
                out.append("\\" + c)
            elif b < 32 or b > 126:
                out.append(f"\\{b:03o}")
            else:
                out.append(c)
        return "(" + "".join(out) + ")"

    ops = ["BT", "/F1 15 Tf", "56 790 Td", f"{lit(title)} Tj", "/F1 10 Tf", "0 -26 Td"]
    for line in lines:
        ops += [f"{lit(line)} Tj", "0 -14 Td"]
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
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()


def ics_text(cal: dict, sent: dt.datetime) -> str:
    """An iCalendar VEVENT (times in UTC) for METHOD:REQUEST or METHOD:CANCEL."""
    def esc(s: str) -> str:
        return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\n", "\\n"))

    def utc(stamp: str) -> str:
        return when(stamp, cal.get("zone", "uk")).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")

    def fold_ics(line: str) -> list[str]:
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
                out.append(cur)
                cur = ""
            cur += ch
        out.append(cur)
        return [out[0]] + [" " + x for x in out[1:]]

    method = cal["method"]
    org_name, org_addr = cal["organizer"]
    lines = [
        "BEGIN:VCALENDAR", "PRODID:" + cal.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0", f"METHOD:{method}", "BEGIN:VEVENT",
        f"UID:{cal['uid']}", f"SEQUENCE:{cal.get('seq', 0)}",
        "DTSTAMP:" + sent.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ"),
        f"DTSTART:{utc(cal['start'])}", f"DTEND:{utc(cal['end'])}",
        f"SUMMARY:{esc(cal['summary'])}",
        f"ORGANIZER;CN={esc(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;CN={CAND[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CAND_ADDR}",
    ]
    if cal.get("location"):
        lines.append(f"LOCATION:{esc(cal['location'])}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{esc(cal['description'])}")
    lines.append("STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in fold_ics(line)]
    return "\r\n".join(folded) + "\r\n"


def body_tree(spec: dict, serial: str, sent: dt.datetime) -> tuple[Message, list[str]]:
    """The MIME tree of one message and the decoded texts that must round-trip."""
    charset = spec.get("charset", "utf-8")
    expect: list[str] = []

    def cte_for(body: str) -> str:
        if "cte" in spec:
            return spec["cte"]
        if body.isascii():
            return "7bit"
        return "quoted-printable"

    alts: list[Message] = []
    for key, subtype in (("text", "plain"), ("html", "html")):
        if spec.get(key):
            body = spec[key]
            cte = spec.get(f"{key}_cte") or cte_for(body)
            alts.append(text_part(body, subtype, charset, cte))
            expect.append(body)

    attachments: list[Message] = []
    for att in spec.get("attach", []):
        if att["type"] == "ics":
            ics = ics_text(att, sent)
            expect.append(ics)
            mode = att.get("mode", "alt")
            if mode in ("alt", "both"):
                part = text_part(ics, "calendar", "utf-8", "7bit" if ics.isascii() else "base64")
                part.set_param("method", att["method"])
                alts.append(part)
            if mode == "both":
                part = MIMEApplication(ics.encode("utf-8"), "ics")
                del part["MIME-Version"]
                part.set_param("name", "invite.ics")
                part.add_header("Content-Disposition", "attachment", filename="invite.ics")
                attachments.append(part)
            if mode == "attach":
                name = att.get("filename", "invite.ics")
                part = text_part(ics, "calendar", "utf-8", "base64")
                part.set_param("method", att["method"])
                part.set_param("name", name)
                part.add_header("Content-Disposition", "attachment", filename=name)
                attachments.append(part)
        elif att["type"] == "pdf":
            part = MIMEApplication(pdf_bytes(att["title"], att["lines"]), "pdf")
            del part["MIME-Version"]
            part.add_header("Content-Disposition", "attachment", filename=att["filename"])
            attachments.append(part)
        elif att["type"] == "eml":
            inner = text_part(att["text"], "plain", att.get("charset", "utf-8"),
                              "7bit" if att["text"].isascii() else "quoted-printable")
            inner["From"] = address(att["frm"])
            inner["To"] = address(att.get("to", CAND))
            subj = att["subject"]
            inner["Subject"] = subj if subj.isascii() else " ".join(
                encoded_words(subj, "utf-8", "Q"))
            inner["Date"] = format_datetime(when(att["date"], att.get("tz", "uk")))
            inner["Message-ID"] = f"<{serial}.fwd@{att['frm'][1].split('@')[1]}>"
            inner["MIME-Version"] = "1.0"
            part = MIMEMessage(inner)
            del part["MIME-Version"]
            expect.append(att["text"])
            attachments.append(part)
        else:
            raise ValueError(att["type"])

    if not alts:
        raise ValueError("no text body")
    if len(alts) == 1:
        body = alts[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"==alt233_{serial}==", _subparts=alts)
        del body["MIME-Version"]
    if attachments:
        root = MIMEMultipart("mixed", boundary=f"==mix233_{serial}==",
                             _subparts=[body, *attachments])
    else:
        root = body
    if "MIME-Version" in root:
        del root["MIME-Version"]
    return root, expect


# --- one message ---------------------------------------------------------------------------

def build(spec: dict, rel: str, ids: dict[str, str], refs: dict[str, list[str]]) -> bytes:
    serial = hashlib.sha1(rel.encode()).hexdigest()[:10]
    sent = when(spec["date"], default_zone(spec))
    root, _ = body_tree(spec, serial, sent)

    frm = spec.get("frm", CAND)
    head = [address_list("From", [frm], spec.get("from_enc"))]
    to = spec.get("to", [CAND])
    head.append(address_list("To", to if isinstance(to, list) else [to], spec.get("to_enc")))
    if spec.get("cc"):
        head.append(address_list("Cc", spec["cc"]))
    if spec.get("reply_to"):
        head.append(address_list("Reply-To", [spec["reply_to"]], spec.get("from_enc")))
    head.append(subject_header(spec))
    head.append("Date: " + format_datetime(sent))
    head.append(f"Message-ID: {ids[rel]}")
    if spec.get("parent"):
        chain = refs[rel]
        head.append(f"In-Reply-To: {chain[-1]}")
        head.append(fold("References", " ".join(chain)))
    for name, value in spec.get("headers", []):
        head.append(fold(name, value))
    head.append("MIME-Version: 1.0")

    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(root)
    return ("\n".join(head) + "\n").encode("ascii") + buf.getvalue()


def norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))


def verify(spec: dict, rel: str, raw: bytes) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if msg["Subject"] != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    if msg["Date"].datetime.year != 2026:
        problems.append("date not 2026")
    frm = spec.get("frm", CAND)
    if msg["From"].addresses[0].addr_spec != frm[1] or msg["From"].addresses[0].display_name != frm[0]:
        problems.append(f"From {msg['From']!r}")
    _, expect = body_tree(spec, "x", when(spec["date"], default_zone(spec)))
    got = [norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    for body in expect:
        if norm(body) not in got:
            problems.append(f"body does not round-trip: {body[:60]!r}")
    if not any(g for g in got):
        problems.append("no text")
    # label consistency
    kind, contact, company = spec["kind"], spec.get("contact", ""), spec.get("company", "")
    addrs = [a.addr_spec.lower() for h in ("Reply-To", "From") if msg[h] for a in msg[h].addresses]
    if frm[1] == CAND_ADDR and (contact or kind != "other"):
        problems.append("candidate's own mail must be other without contact")
    if contact and (contact != contact.lower() or contact not in addrs):
        problems.append(f"contact {contact} not in Reply-To/From {addrs}")
    if (kind == "other") == bool(company):
        problems.append("company must be set exactly on job mail")
    if company and LEGAL.search(company):
        problems.append(f"legal form in company {company}")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


# --- corpus --------------------------------------------------------------------------------

def main() -> None:
    counters: Counter[str] = Counter()
    rels: list[str] = []
    for spec in MESSAGES:
        counters[spec["kind"]] += 1
        rels.append(f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml")
    assert len(set(rels)) == len(rels)

    ids: dict[str, str] = {}
    by_key: dict[str, str] = {}
    for spec, rel in zip(MESSAGES, rels, strict=True):
        frm = spec.get("frm", CAND)
        domain = spec.get("mid_domain") or frm[1].split("@")[1]
        if frm[1] == CAND_ADDR:
            domain = "mail.example.co.uk"
        digest = hashlib.sha1(("233/" + rel).encode()).hexdigest()
        ids[rel] = f"<{digest[:14]}.{digest[14:24]}@{domain}>"
        if spec.get("key"):
            assert spec["key"] not in by_key, spec["key"]
            by_key[spec["key"]] = rel

    refs: dict[str, list[str]] = {}
    external: dict[str, str] = {}

    def chain(rel: str) -> list[str]:
        spec = MESSAGES[rels.index(rel)]
        parent = spec.get("parent")
        if not parent:
            return []
        if parent.startswith("ext:"):
            if parent not in external:
                d = hashlib.sha1(parent.encode()).hexdigest()
                external[parent] = f"<{d[:16]}@mail.example.co.uk>"
            return [external[parent]]
        prel = by_key[parent]
        out = [*chain(prel), ids[prel]]
        if spec.get("parent_ext"):
            name = spec["parent_ext"]
            if name not in external:
                d = hashlib.sha1(name.encode()).hexdigest()
                external[name] = f"<{d[:16]}@mail.example.co.uk>"
            out.append(external[name])
        return out

    for rel in rels:
        refs[rel] = chain(rel)

    for kind in KIND_ORDER:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    for spec, rel in zip(MESSAGES, rels, strict=True):
        try:
            raw = build(spec, rel, ids, refs)
        except Exception as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        (HERE / rel).write_bytes(raw)
        verify(spec, rel, raw)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    rows.sort(key=lambda r: (KIND_ORDER.index(r[1]), r[0]))
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    langs = Counter(spec["lang"] for spec in MESSAGES)
    table = Counter((spec["kind"], spec["lang"]) for spec in MESSAGES)
    print(f"{len(rows)} messages written; languages {dict(langs)}")
    for kind in KIND_ORDER:
        print(f"  {kind:32s}", " ".join(f"{lang}={table[(kind, lang)]:2d}"
                                        for lang in ("en", "de", "fr", "es")),
              f"total={counters[kind]}")
    if "--partial" not in sys.argv:
        assert dict(counters) == EXPECTED, dict(counters)


if __name__ == "__main__":
    main()
