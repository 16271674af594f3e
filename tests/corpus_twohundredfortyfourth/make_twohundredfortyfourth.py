"""Build corpus 244 from the hand-written specs in msgs244_*.py (standard library only).

Run from the repository root:  python tests/corpus_twohundredfortyfourth/make_twohundredfortyfourth.py
It deletes and rewrites only *.eml and labels.csv inside this folder.
"""

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import re
import sys
from datetime import datetime
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, parseaddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs244_acks  # noqa: E402
import msgs244_invites  # noqa: E402
import msgs244_other  # noqa: E402
import msgs244_rejections  # noqa: E402
from msgs244_common import CAND, ME  # noqa: E402

ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
SAFE_Q = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def encoded_words(text, charset="utf-8", enc="Q"):
    """RFC 2047 encoded words, each short enough, split on characters, folded."""
    words, chunk = [], ""
    for ch in text:
        if len((chunk + ch).encode(charset)) > 18:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "B":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            payload = "".join("_" if b == 0x20 else chr(b) if b in SAFE_Q else f"={b:02X}"
                              for b in raw)
        out.append(f"=?{charset}?{enc}?{payload}?=")
    return "\r\n ".join(out)


def header_text(value, enc=None):
    if enc:
        return encoded_words(value, *enc)
    if value.isascii():
        return value
    return encoded_words(value, "utf-8", "Q")


def address(value, enc=None):
    name, addr = parseaddr(value)
    if not name:
        return addr
    if enc or not name.isascii():
        return f"{header_text(name, enc or ('utf-8', 'B'))} <{addr}>"
    return '"{}" <{}>'.format(name.replace('"', ""), addr)


def text_part(text, subtype="plain", charset="utf-8", cte=None):
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    part = MIMENonMultipart("text", subtype, charset=charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        payload = raw.decode("ascii")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def pdf_bytes(lines):
    """A small valid one-page PDF with the given lines of text."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "60 780 Td", "14 TL"]
    for ln in lines:
        ops.append(f"({esc(ln.encode('latin-1', 'replace').decode('latin-1'))}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
            + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            ).encode()
    return bytes(out)


def ics_text(ics):
    def stamp(s):
        return datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")
    method = ics.get("method", "REQUEST")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus244//Hand written//EN", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{ics['uid']}",
             f"SEQUENCE:{ics.get('seq', 0)}", "DTSTAMP:20260101T090000Z",
             f"DTSTART;TZID={ics.get('tz', 'Europe/London')}:{stamp(ics['start'])}",
             f"DTEND;TZID={ics.get('tz', 'Europe/London')}:{stamp(ics['end'])}",
             f"SUMMARY:{ics['summary']}", f"LOCATION:{ics.get('location', '')}",
             f"ORGANIZER;CN={ics['org_name']}:mailto:{ics['org']}",
             f"ATTENDEE;CN=Morwenna Achebe-Lindqvist;RSVP=TRUE:mailto:{CAND}",
             f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
             "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def body_of(spec, key):
    """The MIME tree of a message (without the hand-written top headers)."""
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    alts = []
    if spec.get("text") is not None:
        alts.append(text_part(spec["text"], "plain", cs, cte))
    if spec.get("html") is not None:
        alts.append(text_part(spec["html"], "html", spec.get("html_charset", cs),
                              spec.get("html_cte", cte)))
    ics = spec.get("ics")
    if ics:
        cal = text_part(ics_text(ics), "calendar", "utf-8")
        cal.set_param("method", ics.get("method", "REQUEST"))
        alts.append(cal)
    if len(alts) == 1:
        body = alts[0]
    else:
        body = MIMEMultipart("alternative", _subparts=alts)
        body.set_boundary(f"=_alt244_{key}")
    atts = []
    for fname, lines in spec.get("pdf", []):
        att = MIMEApplication(pdf_bytes(lines), "pdf")
        att.add_header("Content-Disposition", "attachment", filename=fname)
        atts.append(att)
    if ics and ics.get("attach"):
        att = text_part(ics_text(ics), "calendar", "utf-8", "base64")
        att.set_param("method", ics.get("method", "REQUEST"))
        att.add_header("Content-Disposition", "attachment", filename="invite.ics")
        atts.append(att)
    if not atts:
        return body
    mixed = MIMEMultipart("mixed", _subparts=[body, *atts])
    mixed.set_boundary(f"=_mix244_{key}")
    return mixed


def msgid(spec, key):
    dom = parseaddr(spec["frm"])[1].split("@")[1]
    h = hashlib.sha1(key.encode()).hexdigest()[:12]
    return f"<{h}.244@{dom}>"


def build(spec, key, ids, refs):
    hdrs = []
    hdrs.append(("From", address(spec["frm"], spec.get("frm_enc"))))
    if spec.get("reply_to"):
        hdrs.append(("Reply-To", address(spec["reply_to"])))
    hdrs.append(("To", address(spec.get("to", ME))))
    if spec.get("cc"):
        hdrs.append(("Cc", address(spec["cc"])))
    hdrs.append(("Subject", header_text(spec["subj"], spec.get("subj_enc"))))
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    hdrs.append(("Date", format_datetime(dt)))
    hdrs.append(("Message-ID", ids[key]))
    parent = spec.get("parent")
    if parent:
        hdrs.append(("In-Reply-To", ids[parent]))
        hdrs.append(("References", " ".join(refs[key])))
    for k, v in spec.get("headers", {}).items():
        hdrs.append((k, v))
    root = body_of(spec, re.sub(r"[^A-Za-z0-9]", "_", key))
    for part in root.walk():
        del part["MIME-Version"]
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(root)
    mime = buf.getvalue().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    head = "".join(f"{k}: {v}\r\n" for k, v in hdrs) + "MIME-Version: 1.0\r\n"
    return head.encode("ascii") + mime


def check(data, spec, path):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (path, part.defects)
    assert str(msg["Subject"]) == spec["subj"], (path, str(msg["Subject"]), spec["subj"])
    texts = {p.get_content_type(): p.get_content() for p in msg.walk()
             if p.get_content_maintype() == "text" and not p.get_filename()}

    def norm(s):
        return s.replace("\r\n", "\n").strip()
    if spec.get("text") is not None:
        assert norm(texts["text/plain"]) == norm(spec["text"]), path
    if spec.get("html") is not None:
        assert norm(texts["text/html"]) == norm(spec["html"]), path
    assert str(msg["From"]).lower().find(parseaddr(spec["frm"])[1].lower()) >= 0, path
    assert msg["Date"].datetime.year == 2026, path


def main():
    specs = (msgs244_rejections.MSGS + msgs244_invites.MSGS + msgs244_acks.MSGS
             + msgs244_other.MSGS)
    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    counters = dict.fromkeys(ORDER, 0)
    keyed = []
    for spec in specs:
        assert spec["kind"] in counters, spec["name"]
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['name']}.eml"
        key = spec.get("id") or rel
        keyed.append((spec, key, rel))
    ids = {key: msgid(spec, key) for spec, key, _ in keyed}
    assert len(set(ids.values())) == len(ids)
    by_key = {key: spec for spec, key, _ in keyed}

    def chain(k):
        p = by_key[k].get("parent")
        return chain(p) + [ids[p]] if p else []
    refs = {key: chain(key) for key in by_key}
    rows = []
    for spec, key, rel in keyed:
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        data = build(spec, key, ids, refs)
        path.write_bytes(data)
        check(data, spec, rel)
        contact = spec["contact"].lower()
        if contact:
            assert contact in data.decode("ascii").lower(), rel
        rows.append([rel, spec["kind"], spec["company"], contact, spec["lang"]])
    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "kind", "company", "contact", "language"])
        w.writerows(rows)
    print({k: v for k, v in counters.items()}, len(rows))


if __name__ == "__main__":
    main()
