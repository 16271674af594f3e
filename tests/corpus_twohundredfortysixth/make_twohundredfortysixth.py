"""Build corpus 246 (*.eml + labels.csv) from the hand-written specs in msgs246_*.py.

Standard library only. Run from the repository root:
    python tests/corpus_twohundredfortysixth/make_twohundredfortysixth.py
"""

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import quopri
import sys
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs246_acks  # noqa: E402
import msgs246_invites  # noqa: E402
import msgs246_other  # noqa: E402
import msgs246_rejections  # noqa: E402
from msgs246_common import CAND  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]


# ---------------------------------------------------------------- headers

def encoded_words(text, charset="utf-8", enc="Q"):
    """Encode text as RFC 2047 encoded words, split in chunks so lines stay short."""
    words, chunk = [], ""
    for ch in text:
        chunk += ch
        if len(chunk) >= (14 if enc == "B" else 18):
            words.append(chunk)
            chunk = ""
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "B":
            out.append(f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?=")
        else:
            q = "".join(
                chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                ("_" if b == 32 else f"={b:02X}") for b in raw)
            out.append(f"=?{charset}?Q?{q}?=")
    return "\n ".join(out)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fold(value):
    """Fold a long plain ASCII header value at spaces."""
    if len(value) < 70:
        return value
    out, line = [], ""
    for word in value.split(" "):
        if line and len(line) + len(word) + 1 > 70:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n ".join(out)


def subject_header(subject, enc):
    if enc is None and is_ascii(subject):
        return fold(subject)
    charset, how = enc or ("utf-8", "Q")
    return encoded_words(subject, charset, how)


def addr_header(pair, enc=None):
    name, addr = pair
    if not name:
        return addr
    if enc is None and is_ascii(name):
        return formataddr((name, addr))
    charset, how = enc or ("utf-8", "B")
    return f"{encoded_words(name, charset, how)} <{addr}>"


def addr_list(value, enc=None):
    if isinstance(value, tuple):
        value = [value]
    return ",\n ".join(addr_header(p, enc) for p in value)


# ---------------------------------------------------------------- bodies

def leaf(ctype, body, charset="utf-8", cte=None, extra=None):
    """A text leaf: (headers list, body bytes)."""
    raw = body.encode(charset)
    if cte is None:
        cte = "7bit" if is_ascii(body) else "8bit"
    if cte == "base64":
        payload = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    else:
        payload = raw
    params = f"; charset=\"{charset}\""
    headers = [f"Content-Type: {ctype}{params}{extra or ''}",
               f"Content-Transfer-Encoding: {cte}"]
    return ("leaf", headers, payload)


def binary(ctype, data, filename):
    payload = base64.encodebytes(data)
    headers = [f"Content-Type: {ctype}; name=\"{filename}\"",
               f"Content-Disposition: attachment; filename=\"{filename}\"",
               "Content-Transfer-Encoding: base64"]
    return ("leaf", headers, payload)


def multipart(subtype, boundary, parts):
    return ("multi", subtype, boundary, parts)


def render(node, top_headers=None):
    top = list(top_headers or [])
    if node[0] == "leaf":
        _, headers, payload = node
        head = "\n".join(top + headers) + "\n\n"
        if not payload.endswith(b"\n"):
            payload += b"\n"
        return head.encode("ascii") + payload
    _, subtype, boundary, parts = node
    head = "\n".join(top + [f"Content-Type: multipart/{subtype};\n boundary=\"{boundary}\""])
    out = head.encode("ascii") + b"\n\n"
    if top_headers:
        out += b"This is a multi-part message in MIME format.\n\n"
    for part in parts:
        out += f"--{boundary}\n".encode("ascii") + render(part) + b"\n"
    out += f"--{boundary}--\n".encode("ascii")
    return out


def pdf_bytes(lines):
    """A tiny valid one-page PDF showing the given lines (latin-1 text)."""
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = "BT /F1 11 Tf 14 TL 56 790 Td\n" + "\n".join(f"({pesc(l)}) Tj T*" for l in lines) + "\nET"
    stream = text.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def ics_text(ics, cand):
    method = ics.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Corpus246//Calendar//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{ics['stamp']}",
        f"DTSTART:{ics['start']}",
        f"DTEND:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN={org_name}:mailto:{org_addr}",
        f"ATTENDEE;CN={cand[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{cand[1]}",
        f"STATUS:{status}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        raw = line.encode("utf-8")
        while len(raw) > 74:
            cut = 74
            while (raw[cut] & 0xC0) == 0x80:
                cut -= 1
            folded.append(raw[:cut].decode("utf-8"))
            raw = b" " + raw[cut:]
        folded.append(raw.decode("utf-8"))
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- messages

def parse_date(s):
    day, clock, off = s.split()
    y, mo, d = map(int, day.split("-"))
    hh, mm = map(int, clock.split(":"))
    sign = 1 if off[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return dt.datetime(y, mo, d, hh, mm, 17, tzinfo=tz)


def domain_of(addr):
    return addr.split("@", 1)[1]


def build(spec, mids, rel):
    key = rel
    h = hashlib.sha1(key.encode()).hexdigest()
    frm = spec["frm"]
    headers = []
    headers.append(f"From: {addr_header(frm, spec.get('name_enc'))}")
    if spec.get("reply_to"):
        headers.append(f"Reply-To: {addr_list(spec['reply_to'], spec.get('name_enc'))}")
    to = spec.get("to", CAND)
    headers.append(f"To: {addr_list(to, spec.get('to_enc'))}")
    if spec.get("cc"):
        headers.append(f"Cc: {addr_list(spec['cc'])}")
    headers.append(f"Subject: {subject_header(spec['subject'], spec.get('subj_enc'))}")
    headers.append(f"Date: {format_datetime(parse_date(spec['date']))}")
    headers.append(f"Message-ID: {mids[id(spec)]}")
    parent = spec.get("parent")
    if parent:
        chain = []
        cur = parent
        while cur:
            chain.insert(0, mids[cur])
            cur = PARENTS.get(cur)
        headers.append(f"In-Reply-To: {mids[parent]}")
        headers.append("References: " + "\n ".join(chain))
    headers.append("MIME-Version: 1.0")
    for name, value in spec.get("headers", {}).items():
        headers.append(f"{name}: {value}")

    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    parts_alt = []
    if spec.get("text") is not None:
        parts_alt.append(leaf("text/plain", spec["text"], charset, cte))
    if spec.get("html") is not None:
        parts_alt.append(leaf("text/html", spec["html"], spec.get("html_charset", charset),
                              spec.get("html_cte", cte)))
    ics = spec.get("ics")
    if ics:
        method = ics.get("method", "REQUEST")
        ical = ics_text(ics, CAND)
        parts_alt.append(leaf("text/calendar", ical, "utf-8",
                              "base64" if not is_ascii(ical) else "7bit", f"; method={method}"))
    if len(parts_alt) == 1:
        body = parts_alt[0]
    else:
        body = multipart("alternative", f"=_alt246_{h[:16]}", parts_alt)
    attach = []
    if spec.get("pdf"):
        name, lines = spec["pdf"]
        attach.append(binary("application/pdf", pdf_bytes(lines), name))
    if ics and ics.get("attach"):
        attach.append(binary("application/ics", ics_text(ics, CAND).encode("utf-8"), "invite.ics"))
    if attach:
        body = multipart("mixed", f"=_mix246_{h[16:32]}", [body] + attach)
    return render(body, headers)


PARENTS = {}


def check(data, spec, rel):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    if parse_date(spec["date"]).year != 2026:
        problems.append("year")
    got = {}
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html"):
            got.setdefault(ct, part.get_content())
    for ct, key in (("text/plain", "text"), ("text/html", "html")):
        if spec.get(key) is not None:
            if got.get(ct, "").rstrip("\n") != spec[key].rstrip("\n"):
                problems.append(f"{ct} does not round-trip")
    if not any(v.strip() for v in got.values()):
        problems.append("no text")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def main():
    specs = (msgs246_rejections.MSGS + msgs246_invites.MSGS + msgs246_acks.MSGS
             + msgs246_other.MSGS)
    counters = {k: 0 for k in KIND_ORDER}
    rels, mids, tids = {}, {}, {}
    for spec in specs:
        kind = spec["kind"]
        assert kind in counters, kind
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        rels[id(spec)] = rel
        h = hashlib.sha1(rel.encode()).hexdigest()[:12]
        d = parse_date(spec["date"]).strftime("%Y%m%d%H%M")
        mid = f"<{d}.{h}.c246@{domain_of(spec['frm'][1])}>"
        mids[id(spec)] = mid
        if spec.get("tid"):
            assert spec["tid"] not in tids, spec["tid"]
            tids[spec["tid"]] = spec
            mids[spec["tid"]] = mid
    for spec in specs:
        if spec.get("parent"):
            assert spec["parent"] in tids, spec["parent"]
        if spec.get("tid") and spec.get("parent"):
            PARENTS[spec["tid"]] = spec["parent"]
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)
    rows = []
    for spec in specs:
        rel = rels[id(spec)]
        data = build(spec, mids, rel)
        check(data, spec, rel)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"].lower(), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages: " + ", ".join(f"{k}={v}" for k, v in counters.items()))


if __name__ == "__main__":
    main()
