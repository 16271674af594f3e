# ruff: noqa
"""Build corpus 243 from the hand-written specs in msgs243_*.py (standard library only).

Run from the repository root:  python tests/corpus_twohundredfortythird/make_twohundredfortythird.py
It deletes and rewrites only *.eml files and labels.csv inside this folder.
"""

import base64
import csv
import email
import email.policy
import email.utils
import hashlib
import quopri
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs243_acks  # noqa: E402
import msgs243_invites  # noqa: E402
import msgs243_other  # noqa: E402
import msgs243_rejections  # noqa: E402
from msgs243_common import CAND, CAND_ADDR  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]


# ---------------------------------------------------------------- headers
def encoded_words(text, charset="utf-8", mode="q"):
    """RFC 2047 encoded words, split on character boundaries, folded."""
    def enc(chunk):
        raw = chunk.encode(charset)
        if mode == "b":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for b in raw:
            c = chr(b)
            if b < 128 and c.isalnum():
                out.append(c)
            elif b == 32:
                out.append("_")
            else:
                out.append("=%02X" % b)
        return "".join(out)

    words, cur = [], ""
    for ch in text:
        if cur and len(enc(cur + ch)) > 44:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    tag = "B" if mode == "b" else "Q"
    return "\r\n ".join(f"=?{charset}?{tag}?{enc(w)}?=" for w in words)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fmt_addr(value, charset, mode):
    if "<" in value:
        name, addr = value.rsplit("<", 1)
        name, addr = name.strip().strip('"'), addr.rstrip(">").strip()
    else:
        name, addr = "", value.strip()
    if not name:
        return addr
    if is_ascii(name):
        return email.utils.formataddr((name, addr))
    return f"{encoded_words(name, charset, mode)} <{addr}>"


def fmt_addrs(value, charset, mode):
    return ", ".join(fmt_addr(v.strip(), charset, mode) for v in value.split(";") if v.strip())


# ---------------------------------------------------------------- bodies
def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def leaf(ctype, text, charset, cte, params="", disposition=None):
    if cte is None:
        cte = "7bit" if is_ascii(text) else "quoted-printable"
    headers = [f"Content-Type: {ctype}; charset=\"{charset}\"{params}",
               f"Content-Transfer-Encoding: {cte}"]
    if disposition:
        headers.append(f"Content-Disposition: {disposition}")
    return ("leaf", headers, encode_body(text, charset, cte))


def binary_leaf(ctype, data, filename):
    return ("leaf", [f"Content-Type: {ctype}; name=\"{filename}\"",
                     "Content-Transfer-Encoding: base64",
                     f"Content-Disposition: attachment; filename=\"{filename}\""],
            base64.encodebytes(data))


def render(node, tag, depth=0):
    """(header lines, body bytes) of a node."""
    if node[0] == "leaf":
        return node[1], node[2]
    _, subtype, children = node
    boundary = f"=_c243_{tag}_{depth}_{subtype}"
    out = [b"This is a multi-part message in MIME format.\n"]
    for i, child in enumerate(children):
        headers, body = render(child, f"{tag}{i}", depth + 1)
        out.append(f"--{boundary}\n".encode())
        out.append(("\n".join(headers) + "\n\n").encode())
        out.append((body if body.endswith(b"\n") else body + b"\n") + b"\n")
    out.append(f"--{boundary}--\n".encode())
    return [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\""], b"".join(out)


def make_pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 790 Td 15 TL " + " ".join(f"({esc(s)}) '" for s in lines) + " ET"
    content_b = content.encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content_b) + content_b + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_ics(c):
    status = c.get("status", "CANCELLED" if c["method"] == "CANCEL" else "CONFIRMED")
    tz = c.get("tz", "Europe/Berlin")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus 243//Calendar//EN", "VERSION:2.0",
             f"METHOD:{c['method']}", "BEGIN:VEVENT", f"UID:{c['uid']}",
             f"SEQUENCE:{c.get('seq', 0)}", "DTSTAMP:20260101T080000Z",
             f"DTSTART;TZID={tz}:{c['start']}", f"DTEND;TZID={tz}:{c['end']}",
             f"SUMMARY:{c['summary']}", f"LOCATION:{c.get('location', '')}",
             f"ORGANIZER;CN={c['org_name']}:mailto:{c['org']}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Aurelio Ferncastle-Diop:mailto:{CAND_ADDR}",
             f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def body_node(spec):
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    parts = []
    if spec.get("text") is not None:
        parts.append(leaf("text/plain", spec["text"], cs, cte))
    if spec.get("html") is not None:
        parts.append(leaf("text/html", spec["html"], cs, spec.get("html_cte", cte)))
    node = parts[0] if len(parts) == 1 else ("multi", "alternative", parts)
    if spec.get("ics"):
        cal = leaf("text/calendar", make_ics(spec["ics"]), "utf-8", None,
                   params=f"; method={spec['ics']['method']}")
        if spec.get("ics_inline"):
            kids = node[2] if node[0] == "multi" else [node]
            node = ("multi", "alternative", kids + [cal])
        else:
            cal = ("leaf", cal[1] + ["Content-Disposition: attachment; filename=\"invite.ics\""],
                   cal[2])
            node = ("multi", "mixed", [node, cal])
    if spec.get("pdf"):
        name, lines = spec["pdf"]
        node = ("multi", "mixed", [node, binary_leaf("application/pdf", make_pdf(lines), name)])
    return node


# ---------------------------------------------------------------- messages
def domain_of(value):
    return value.rsplit("@", 1)[-1].rstrip(">").strip()


def message_id(spec):
    key = spec.get("id") or spec["name"]
    digest = hashlib.sha1((spec["kind"] + key + spec["subject"]).encode()).hexdigest()[:12]
    return f"<{digest}.{key}.c243@{domain_of(spec['from'])}>"


def build(spec, tag, mids):
    cs = spec.get("hdr_cs", "utf-8")
    mode = spec.get("hdr_mode", "q")
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    subject = spec["subject"]
    if not is_ascii(subject) or spec.get("subj_enc"):
        subject = encoded_words(subject, cs, spec.get("subj_mode", mode))
    head = [f"From: {fmt_addrs(spec['from'], cs, mode)}",
            f"To: {fmt_addrs(spec.get('to', CAND), cs, mode)}"]
    if spec.get("cc"):
        head.append(f"Cc: {fmt_addrs(spec['cc'], cs, mode)}")
    if spec.get("reply_to"):
        head.append(f"Reply-To: {fmt_addrs(spec['reply_to'], cs, mode)}")
    head += [f"Subject: {subject}", f"Date: {email.utils.format_datetime(dt)}",
             f"Message-ID: {mids[spec.get('id') or spec['name']]}"]
    if spec.get("parent"):
        chain = []
        p = spec["parent"]
        while p:
            chain.insert(0, mids[p])
            p = PARENTS.get(p)
        head.append(f"In-Reply-To: {chain[-1]}")
        head.append("References: " + "\r\n ".join(chain))
    for name, value in spec.get("headers", []):
        head.append(f"{name}: {value}")
    head.append("MIME-Version: 1.0")
    mime_headers, body = render(body_node(spec), tag)
    text = "\n".join(h.replace("\r\n", "\n") for h in head + mime_headers) + "\n\n"
    return text.encode("ascii") + body


def check(raw, spec, path):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = [f"{p.get_content_type()}: {d!r}" for p in msg.walk() for d in p.defects]
    assert not problems, (path, problems)
    assert str(msg["subject"]) == spec["subject"], (path, str(msg["subject"]), spec["subject"])
    got = {p.get_content_type(): p.get_content() for p in msg.walk()
           if p.get_content_type() in ("text/plain", "text/html")}
    for key, ctype in (("text", "text/plain"), ("html", "text/html")):
        if spec.get(key) is not None:
            assert got.get(ctype) == spec[key], (path, ctype, "body does not round-trip")
    if spec["contact"]:
        found = [a for _, a in email.utils.getaddresses(
            [str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])])]
        assert spec["contact"] in [a.lower() for a in found], (path, "contact", found)
    assert msg["date"].datetime.year == 2026, path


PARENTS = {}


def main():
    specs = (msgs243_rejections.MESSAGES + msgs243_invites.MESSAGES
             + msgs243_acks.MESSAGES + msgs243_other.MESSAGES)
    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels_path = HERE / "labels.csv"
    if labels_path.exists():
        labels_path.unlink()
    mids = {}
    for s in specs:
        key = s.get("id") or s["name"]
        assert key not in mids, f"duplicate key {key}"
        mids[key] = message_id(s)
        if s.get("parent"):
            PARENTS[key] = s["parent"]
    counters = {k: 0 for k in KINDS}
    rows = []
    for s in specs:
        kind = s["kind"]
        assert kind in KINDS, kind
        assert s["lang"] in ("en", "de", "fr", "es"), s["name"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{s['name']}.eml"
        if s.get("text") is not None and not s["text"].endswith("\n"):
            s["text"] += "\n"
        if s.get("html") is not None and not s["html"].endswith("\n"):
            s["html"] += "\n"
        raw = build(s, f"{kind[:3]}{counters[kind]:03d}", mids)
        check(raw, s, rel)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        company = s.get("company", "") if kind != "other" else ""
        rows.append([rel, kind, company, s.get("contact", ""), s["lang"]])
    with labels_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages:", counters)


if __name__ == "__main__":
    main()
