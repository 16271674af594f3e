"""Build corpus 176 (blind, hand-written): write every spec as an .eml file plus labels.csv.

Run from the repository root: python tests/corpus_hundredseventysixth/make_hundredseventysixth.py
Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder.
"""

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from datetime import datetime, timedelta, timezone
from email import base64mime, quoprimime
from email.generator import BytesGenerator
from email.message import Message
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs176_acks  # noqa: E402
import msgs176_invites  # noqa: E402
import msgs176_other  # noqa: E402
import msgs176_rejections  # noqa: E402
from msgs176_common import CAND  # noqa: E402

ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
CTE_CYCLE = ["8bit", "quoted-printable", "base64", "quoted-printable", "8bit"]


def encoded_words(text, charset="utf-8", enc="Q"):
    """RFC 2047 encoded words, each at most 75 characters, folded with CRLF-space."""
    words, chunk = [], ""

    def enc1(s):
        if enc == "B":
            return base64mime.header_encode(s, charset)
        return quoprimime.header_encode(s.encode(charset), charset)

    for ch in text:
        if chunk and len(enc1(chunk + ch)) > 75:
            words.append(enc1(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(enc1(chunk))
    return "\n ".join(words)


def header_text(text, enc=None):
    if enc is None and text.isascii():
        return text
    charset, kind = enc or ("utf-8", "Q")
    return encoded_words(text, charset, kind)


def address(pair, enc=None):
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, enc or ('utf-8', 'Q'))} <{addr}>"


def text_part(content, subtype, charset, cte):
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = cte
    data = content.encode(charset)
    if cte == "base64":
        part.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(data).decode("ascii"))
    else:
        part.set_payload(data.decode("ascii", "surrogateescape"))
    return part


def make_pdf(title, lines):
    text = ["BT /F1 12 Tf 56 780 Td 16 TL"]
    for line in [title, "", *lines]:
        safe = line.encode("latin-1", "replace").decode("latin-1")
        safe = safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text.append(f"({safe}) Tj T*")
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_ics(ics, stamp):
    org_name, org_addr = ics["organizer"]
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus176//Handwritten//EN", "VERSION:2.0",
             f"METHOD:{ics['method']}", "BEGIN:VEVENT", f"UID:{ics['uid']}",
             f"DTSTAMP:{stamp}", f"DTSTART:{ics['start']}", f"DTEND:{ics['end']}",
             f"SEQUENCE:{ics.get('seq', 0)}", f"SUMMARY:{ics['summary']}",
             f"LOCATION:{ics.get('location', 'Online')}",
             f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
             f"ATTENDEE;CN=\"{CAND[0]}\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CAND[1]}",
             "STATUS:" + ("CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED"),
             "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def boundary(tag, n):
    return f"=_c176_{tag}_{n:03d}_" + hashlib.sha1(f"{tag}{n}".encode()).hexdigest()[:12]


def build(spec, n, ids):
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte") or CTE_CYCLE[n % len(CTE_CYCLE)]
    fmt = spec.get("fmt", "plain")
    from msgs176_common import html_plain
    html = spec.get("html") or html_plain(spec["body"])
    if fmt == "plain":
        body = text_part(spec["body"], "plain", charset, cte)
    elif fmt == "html":
        body = text_part(html, "html", charset, cte)
    else:
        body = Message()
        body["Content-Type"] = "multipart/alternative"
        body.attach(text_part(spec["body"], "plain", charset, cte))
        body.attach(text_part(html, "html", charset, "quoted-printable"))
        body.set_boundary(boundary("alt", n))
    extras = []
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    tz = spec.get("tz", "-0500")
    sign = -1 if tz[0] == "-" else 1
    tzinfo = timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    dt = dt.replace(tzinfo=tzinfo)
    if spec.get("ics"):
        stamp = dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        cal = Message()
        method = spec["ics"]["method"]
        cal["Content-Type"] = f'text/calendar; charset="utf-8"; method={method}'
        ics_text = make_ics(spec["ics"], stamp)
        if ics_text.isascii():
            cal["Content-Transfer-Encoding"] = "7bit"
            cal.set_payload(ics_text)
        else:
            cal["Content-Transfer-Encoding"] = "quoted-printable"
            cal.set_payload(quopri.encodestring(ics_text.encode("utf-8")).decode("ascii"))
        extras.append(cal)
    if spec.get("pdf"):
        fname, title, lines = spec["pdf"]
        att = Message()
        att["Content-Type"] = f'application/pdf; name="{fname}"'
        att["Content-Disposition"] = f'attachment; filename="{fname}"'
        att["Content-Transfer-Encoding"] = "base64"
        att.set_payload(base64.encodebytes(make_pdf(title, lines)).decode("ascii"))
        extras.append(att)
    if extras:
        root = Message()
        root["Content-Type"] = "multipart/mixed"
        root.attach(body)
        for e in extras:
            root.attach(e)
        root.set_boundary(boundary("mix", n))
    else:
        root = body
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0).flatten(root)
    raw = buf.getvalue()

    domain = spec["frm"][1].split("@")[1]
    mid = f"<c176.{n:03d}.{hashlib.sha1(spec['name'].encode()).hexdigest()[:10]}@{domain}>"
    ids[spec["name"]] = (mid, spec)
    hdr = [("From", address(spec["frm"], spec.get("name_enc"))),
           ("To", ", ".join(address(a) for a in spec.get("to", [CAND])))]
    if spec.get("cc"):
        hdr.append(("Cc", ", ".join(address(a) for a in spec["cc"])))
    if spec.get("reply_to"):
        hdr.append(("Reply-To", address(spec["reply_to"])))
    hdr += [("Subject", header_text(spec["subject"], spec.get("subj_enc"))),
            ("Date", format_datetime(dt)), ("Message-ID", mid)]
    if spec.get("reply"):
        pmid, pspec = ids[spec["reply"]]
        refs = [*pspec.get("_refs", []), pmid]
        spec["_refs"] = refs
        hdr += [("In-Reply-To", pmid), ("References", "\n ".join(refs))]
    hdr += list(spec.get("headers", []))
    hdr.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in hdr).encode("ascii")
    return head + raw


def norm(s):
    return "\n".join(line.rstrip() for line in s.replace("\r\n", "\n").strip().split("\n"))


def check(path, spec):
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    defects = list(msg.defects) + [d for p in msg.walk() for d in p.defects]
    assert not defects, (path, defects)
    assert " ".join(str(msg["Subject"]).split()) == " ".join(spec["subject"].split()), (
        path, str(msg["Subject"]))
    texts = {p.get_content_subtype(): p.get_content() for p in msg.walk()
             if p.get_content_maintype() == "text"}
    fmt = spec.get("fmt", "plain")
    if fmt in ("plain", "alt"):
        assert norm(texts["plain"]) == norm(spec["body"]), path
    if fmt in ("html", "alt"):
        assert "<" in texts["html"], path
    for p in msg.walk():
        if p.get_content_type() == "application/pdf":
            assert p.get_content().startswith(b"%PDF-1.4"), path


def utc_key(spec):
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    tz = spec.get("tz", "-0500")
    sign = -1 if tz[0] == "-" else 1
    return dt - sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))


def main():
    specs = [*msgs176_rejections.MESSAGES, *msgs176_invites.MESSAGES,
             *msgs176_acks.MESSAGES, *msgs176_other.MESSAGES]
    names = [s["name"] for s in specs]
    assert len(names) == len(set(names)), "duplicate scenario names"
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    # Threads need their parents first: build in date order, number per kind in spec order.
    counters = dict.fromkeys(ORDER, 0)
    for s in specs:
        counters[s["kind"]] += 1
        s["_file"] = f"{s['kind']}/{counters[s['kind']]:03d}_{s['name']}.eml"
    ids = {}
    for n, s in enumerate(sorted(specs, key=utc_key), 1):
        data = build(s, n, ids)
        out = HERE / s["_file"]
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(data)
    for s in specs:
        check(HERE / s["_file"], s)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "kind", "company", "contact", "language"])
        for s in sorted(specs, key=lambda s: s["_file"]):
            w.writerow([s["_file"], s["kind"], s["company"], s["contact"], s["lang"]])
    print(f"wrote {len(specs)} messages")


if __name__ == "__main__":
    main()
