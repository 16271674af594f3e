"""Build corpus 291 (blind, hand-written) from the msgs291_* spec modules.

Run from the repository root:  python tests/corpus_twohundredninetyfirst/make_twohundredninetyfirst.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder, then
re-parses every written message with the default policy and checks that it has no defects and
that subject, display names and text bodies round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.charset
import email.header
import email.policy
import email.utils
import hashlib
import io
import quopri
import sys
from email.generator import BytesGenerator
from email.message import Message
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs291_acks  # noqa: E402
import msgs291_invites  # noqa: E402
import msgs291_other  # noqa: E402
import msgs291_rejections  # noqa: E402
from msgs291_common import CAND, CAND_ADDR  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52}
POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=78)


# ---------------------------------------------------------------- dates and zones

def _last_sunday(year, month):
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def _offset(zone, local):
    """UTC offset in minutes for a zone name at a local wall-clock time (EU DST rules)."""
    if zone in ("uk", "cet"):
        start = dt.datetime.combine(_last_sunday(local.year, 3), dt.time(1, 0))
        end = dt.datetime.combine(_last_sunday(local.year, 10), dt.time(1, 0))
        summer = start <= local < end
        return (60 if summer else 0) + (60 if zone == "cet" else 0)
    sign = -1 if zone[0] == "-" else 1
    return sign * (int(zone[1:3]) * 60 + int(zone[3:5]))


def parse_when(value):
    day, clock, zone = value.split()
    local = dt.datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M")
    tz = dt.timezone(dt.timedelta(minutes=_offset(zone, local)))
    return local.replace(tzinfo=tz)


# ---------------------------------------------------------------- headers

def _charset(name, mode):
    cs = email.charset.Charset(name)
    cs.header_encoding = email.charset.QP if mode.upper() == "Q" else email.charset.BASE64
    return cs


def encoded_text(text, enc=None, name="Subject"):
    """A header value: plain when ASCII and no encoding is forced, else RFC 2047 words."""
    if enc is None and text.isascii():
        return text
    charset, mode = enc or ("utf-8", "Q")
    return email.header.Header(text, _charset(charset, mode), header_name=name)


def address(pair, enc=None):
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return email.utils.formataddr((name, addr))
    charset, mode = enc or ("utf-8", "Q")
    return email.utils.formataddr((name, addr), charset=_charset(charset, mode))


def address_list(pairs, enc=None):
    if pairs is None:
        return None
    if isinstance(pairs, (tuple, str)):
        pairs = [pairs]
    return ", ".join(address(p, enc) for p in pairs)


# ---------------------------------------------------------------- bodies

def text_part(text, subtype, charset, cte):
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    part = Message()
    part["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    part["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert data.isascii(), "7bit body with non-ASCII text"
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    return part


def _pdf_bytes(lines, title):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "15 TL", "56 786 Td"]
    ops += [f"({esc(line)}) Tj T*" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title).encode("cp1252", "replace") + b") /Producer (corpus 291) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


def pdf_part(att):
    part = Message()
    part["Content-Type"] = f'application/pdf; name="{att["filename"]}"'
    part["Content-Disposition"] = f'attachment; filename="{att["filename"]}"'
    part["Content-Transfer-Encoding"] = "base64"
    part.set_payload(base64.encodebytes(_pdf_bytes(att["lines"], att["title"])).decode("ascii"))
    return part


def _ics_escape(value):
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line):
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > 74:
            out.append(current)
            current = " "
        current += ch
    out.append(current)
    return "\n".join(out)


def _utc(value, zone):
    local = dt.datetime.strptime(value, "%Y-%m-%d %H:%M")
    stamp = local - dt.timedelta(minutes=_offset(zone, local))
    return stamp.strftime("%Y%m%dT%H%M%SZ")


def ics_text(att, sent):
    org_name, org_addr = att["organizer"]
    status = att["status"] or ("CANCELLED" if att["method"] == "CANCEL" else "CONFIRMED")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus 291//Hand-written calendar//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", f"METHOD:{att['method']}", "BEGIN:VEVENT",
        f"UID:{att['uid']}", f"SEQUENCE:{att['seq']}",
        f"DTSTAMP:{sent.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{_utc(att['start'], att['zone'])}", f"DTEND:{_utc(att['end'], att['zone'])}",
        f"SUMMARY:{_ics_escape(att['summary'])}", f"LOCATION:{_ics_escape(att['location'])}",
    ]
    if att["description"]:
        lines.append(f"DESCRIPTION:{_ics_escape(att['description'])}")
    lines += [
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={CAND[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{CAND_ADDR}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\n".join(_ics_fold(line) for line in lines) + "\n"


def ics_part(att, sent):
    text = ics_text(att, sent)
    part = text_part(text, "calendar", "utf-8", att["cte"])
    part.set_param("method", att["method"])
    if not att["inline"]:
        part["Content-Disposition"] = f'attachment; filename="{att["filename"]}"'
    return part


def multipart(subtype, children, boundary, preamble=None):
    part = Message()
    part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for child in children:
        part.attach(child)
    if preamble:
        part.preamble = preamble
    return part


def build_body(spec, stem, sent):
    charset = spec.get("charset", "utf-8")
    text, html = spec.get("text"), spec.get("html")
    alternatives = []
    if text is not None:
        alternatives.append(text_part(text, "plain", charset, spec.get("cte")))
    if html is not None:
        alternatives.append(text_part(html, "html", spec.get("html_charset", charset),
                                      spec.get("html_cte", spec.get("cte"))))
    attachments = spec.get("attach", [])
    inline_ics = [a for a in attachments if a["type"] == "ics" and a["inline"]]
    alternatives += [ics_part(a, sent) for a in inline_ics]
    if len(alternatives) > 1:
        body = multipart("alternative", alternatives, f"=_alt291_{stem}",
                         spec.get("preamble"))
    else:
        body = alternatives[0]
    rest = [a for a in attachments if a not in inline_ics]
    if rest:
        children = [body]
        for att in rest:
            children.append(pdf_part(att) if att["type"] == "pdf" else ics_part(att, sent))
        body = multipart("mixed", children, f"=_mix291_{stem}",
                         spec.get("preamble", "This is a multi-part message in MIME format."))
    return body


# ---------------------------------------------------------------- whole messages

def domain_of(spec):
    frm = spec["frm"]
    addr = frm if isinstance(frm, str) else frm[1]
    return email.utils.parseaddr(addr)[1].split("@")[1]


def message_ids(specs):
    ids = {}
    for spec in specs:
        digest = hashlib.sha1(spec["file"].encode()).hexdigest()
        domain = domain_of(spec)
        style = int(digest[0], 16) % 3
        if style == 0:
            local = f"{digest[:8]}.{digest[8:20]}"
        elif style == 1:
            local = f"291-{digest[:6]}-{digest[6:10]}-{digest[10:22]}"
        else:
            local = f"CA{digest[:24].upper()}"
        mid = f"<{local}@{domain}>"
        assert mid not in ids.values(), mid
        ids[spec.get("key", spec["file"])] = mid
    return ids


def references(spec, ids, by_key):
    parent = spec.get("reply")
    if not parent:
        return []
    extra = [ref if ref.startswith("<") else ids[ref] for ref in spec.get("refs", [])]
    if parent.startswith("<"):
        return [*extra, parent]
    chain = references(by_key[parent], ids, by_key)
    return [*chain, *[ref for ref in extra if ref not in chain], ids[parent]]


def build_message(spec, ids, by_key):
    initials = "".join(word[0] for word in spec["kind"].split("_"))
    stem = spec["file"].split("/")[1].split("_")[0] + spec["kind"][:3] + initials
    sent = parse_when(spec["date"])
    body = build_body(spec, stem, sent)
    top = Message()
    top["From"] = address(spec["frm"], spec.get("name_enc"))
    if spec.get("sender"):
        top["Sender"] = address(spec["sender"])
    top["To"] = address_list(spec.get("to", CAND), spec.get("to_enc"))
    if spec.get("cc"):
        top["Cc"] = address_list(spec["cc"], spec.get("cc_enc"))
    if spec.get("reply_to"):
        top["Reply-To"] = address_list(spec["reply_to"], spec.get("name_enc"))
    top["Subject"] = encoded_text(spec["subject"], spec.get("subj_enc"))
    top["Date"] = email.utils.format_datetime(sent)
    top["Message-ID"] = ids[spec.get("key", spec["file"])]
    refs = references(spec, ids, by_key)
    if refs:
        top["In-Reply-To"] = refs[-1]
        top["References"] = " ".join(refs)
    for name, value in spec.get("headers", []):
        top[name] = value
    top["MIME-Version"] = "1.0"
    for name, value in body.items():
        top[name] = value
    top._payload = body._payload  # raw payload: get_payload() would decode 8bit text
    if body.preamble:
        top.preamble = body.preamble
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY).flatten(top)
    return buffer.getvalue()


# ---------------------------------------------------------------- checks

def _norm(text):
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec, raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    where = spec["file"]
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", None), f"{where}: {name} {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], (where, str(msg["Subject"]))
    frm = spec["frm"]
    if not isinstance(frm, str):
        got = msg["From"].addresses[0]
        assert got.display_name == frm[0], (where, got.display_name)
        assert got.addr_spec == frm[1], (where, got.addr_spec)
    assert msg["Date"].datetime.year == 2026, where
    plain = [p for p in msg.walk() if p.get_content_type() == "text/plain"]
    html = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    if spec.get("text") is not None:
        assert len(plain) == 1 and _norm(plain[0].get_content()) == _norm(spec["text"]), where
    else:
        assert not plain, where
    if spec.get("html") is not None:
        assert len(html) == 1 and _norm(html[0].get_content()) == _norm(spec["html"]), where
    else:
        assert not html, where
    for att in spec.get("attach", []):
        if att["type"] == "pdf":
            found = [p for p in msg.walk() if p.get_filename() == att["filename"]]
            assert found and found[0].get_content().startswith(b"%PDF-1.4"), where
            assert found[0].get_content().rstrip().endswith(b"%%EOF"), where
        else:
            cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
            assert any(f"METHOD:{att['method']}" in p.get_content() for p in cals), where


# ---------------------------------------------------------------- main

def all_specs():
    specs = [*msgs291_rejections.MESSAGES, *msgs291_invites.MESSAGES, *msgs291_acks.MESSAGES,
             *msgs291_other.MESSAGES]
    counters = dict.fromkeys(KINDS, 0)
    for spec in specs:
        counters[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['name']}.eml"
    assert counters == EXPECTED, counters
    return specs


def main():
    specs = all_specs()
    ids = message_ids(specs)
    by_key = {spec.get("key", spec["file"]): spec for spec in specs}
    assert len(by_key) == len(specs), "duplicate keys"
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    for spec in specs:
        raw = build_message(spec, ids, by_key)
        check(spec, raw)
        target = HERE / spec["file"]
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(raw)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = {}
    for row in rows:
        table.setdefault(row[1], {}).setdefault(row[4], 0)
        table[row[1]][row[4]] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        print(f"  {kind:32s}", {lang: table[kind].get(lang, 0) for lang in ("en", "de", "fr", "es")})


if __name__ == "__main__":
    main()
