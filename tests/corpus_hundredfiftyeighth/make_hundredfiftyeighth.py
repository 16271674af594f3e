"""Build corpus 158 from the hand-written specs in msgs158_*.py (standard library only).

Run from the repository root: python tests/corpus_hundredfiftyeighth/make_hundredfiftyeighth.py
It deletes and rewrites only *.eml files and labels.csv inside its own folder.
"""
import base64
import csv
import email
import email.policy
import hashlib
import sys
from datetime import datetime
from email.message import MIMEPart
from email.utils import format_datetime, getaddresses, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs158_acks  # noqa: E402
import msgs158_invites  # noqa: E402
import msgs158_other  # noqa: E402
import msgs158_rejections  # noqa: E402
from msgs158_common import CAND  # noqa: E402

POLICY = email.policy.default.clone(linesep="\n")
KIND_LISTS = [
    ("rejection", msgs158_rejections.REJECTIONS),
    ("interview_invitation", msgs158_invites.INVITATIONS),
    ("interview_reschedule_or_cancel", msgs158_invites.RESCHEDULES),
    ("missed_interview_notice", msgs158_invites.MISSED),
    ("application_received", msgs158_acks.RECEIVED),
    ("offer", msgs158_acks.OFFERS),
    ("other", msgs158_other.OTHER),
]


# ---------------------------------------------------------------- headers
def encoded_words(text, charset="utf-8", enc="Q"):
    """RFC 2047 encoded words (each <= 75 chars), split on character boundaries."""
    words, chunk = [], ""

    def render(s):
        raw = s.encode(charset)
        if enc == "B":
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append(f"={b:02X}")
        return f"=?{charset}?Q?{''.join(out)}?="

    for ch in text:
        if len(render(chunk + ch)) > 75:
            words.append(render(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(render(chunk))
    return "\n ".join(words)


def fold_ascii(text):
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > 70:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n ".join(out)


def header_text(text, how=None):
    if how is None and text.isascii():
        return fold_ascii(text)
    charset, enc = how or ("utf-8", "Q")
    return encoded_words(text, charset, enc)


def address_list(value, how=None):
    out = []
    for name, addr in getaddresses([value]):
        if not name:
            out.append(addr)
        elif name.isascii():
            safe = name.replace("\\", "\\\\").replace('"', '\\"')
            out.append(f'"{safe}" <{addr}>')
        else:
            charset, enc = how or ("utf-8", "Q")
            out.append(f"{encoded_words(name, charset, enc)} <{addr}>")
    return ",\n ".join(out)


# ---------------------------------------------------------------- parts
def text_part(text, subtype, charset, cte):
    part = MIMEPart(policy=POLICY)
    if cte is None:
        cte = "7bit" if text.isascii() else "quoted-printable"
    part.set_content(text, subtype=subtype, charset=charset, cte=cte)
    return part


def multipart(subtype, parts, boundary, params=None):
    part = MIMEPart(policy=POLICY)
    extra = "".join(f'; {k}="{v}"' for k, v in (params or {}).items())
    part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"{extra}'
    for p in parts:
        part.attach(p)
    return part


def pdf_bytes(lines):
    """A small valid one-page PDF showing the given lines (Latin-1 text)."""
    def esc(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def ics_text(ics, uid):
    method = ics.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    tz = ics.get("tz", "Europe/Paris")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus158//Calendar//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{ics.get('uid', uid)}",
        f"SEQUENCE:{ics.get('seq', 0)}", f"DTSTAMP:{ics['stamp']}",
        f"DTSTART;TZID={tz}:{ics['start']}", f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{ics['summary']}", f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN={ics['org_name']}:mailto:{ics['org']}",
        "ATTENDEE;CN=Théo Lacombe-Mendes;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:theo.lm@example.fr",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- one message
def domain_of(addr):
    return addr.rsplit("@", 1)[-1]


def msg_id(spec):
    key = spec.get("key") or spec["file"]
    digest = hashlib.sha1(key.encode()).hexdigest()[:16]
    return f"<{digest}.c158@{domain_of(parseaddr(spec['frm'])[1])}>"


def build(spec, ids):
    stem = spec["file"].replace("/", "-").replace(".eml", "")
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte")
    texts = []
    alt = []
    if spec["body"] is not None:
        alt.append(text_part(spec["body"], "plain", cs, cte))
        texts.append(spec["body"])
    if spec.get("html"):
        alt.append(text_part(spec["html"], "html", cs, spec.get("html_cte", cte)))
        texts.append(spec["html"])
    body = alt[0] if len(alt) == 1 else multipart("alternative", alt, f"=_alt_{stem}_158")
    extra = []
    if spec.get("ics"):
        ics = spec["ics"]
        part = MIMEPart(policy=POLICY)
        part.set_content(ics_text(ics, f"{stem}@corpus158"), subtype="calendar", charset="utf-8",
                         cte="quoted-printable", params={"method": ics.get("method", "REQUEST")})
        if ics.get("inline", True) and spec.get("html") and spec["body"] is not None:
            body = multipart("alternative", [*alt, part], f"=_alt_{stem}_158")
        else:
            part.add_header("Content-Disposition", "attachment", filename="invite.ics")
            extra.append(part)
    if spec.get("pdf"):
        fname, lines = spec["pdf"]
        part = MIMEPart(policy=POLICY)
        part.set_content(pdf_bytes(lines), maintype="application", subtype="pdf",
                         disposition="attachment", filename=fname)
        extra.append(part)
    root = multipart("mixed", [body, *extra], f"=_mix_{stem}_158") if extra else body

    name_how = spec.get("name_enc")
    h = [
        ("Return-Path", f"<{spec.get('return_path', parseaddr(spec['frm'])[1])}>"),
        ("From", address_list(spec["frm"], name_how)),
        ("To", address_list(spec.get("to", CAND), name_how)),
    ]
    if spec.get("cc"):
        h.append(("Cc", address_list(spec["cc"], name_how)))
    if spec.get("reply_to"):
        h.append(("Reply-To", address_list(spec["reply_to"], name_how)))
    h.append(("Subject", header_text(spec["subject"], spec.get("subj_enc"))))
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    h.append(("Date", format_datetime(dt)))
    h.append(("Message-ID", ids[spec["file"]]))
    if spec.get("parent"):
        parents = spec["parent"] if isinstance(spec["parent"], list) else [spec["parent"]]
        refs = [ids[p] for p in parents]
        h.append(("In-Reply-To", refs[-1]))
        h.append(("References", "\n ".join(refs)))
    for k, v in spec.get("headers", {}).items():
        h.append((k, v))
    head = "".join(f"{k}: {v}\n" for k, v in h)
    raw = head.encode("ascii") + root.as_bytes(policy=POLICY)
    if b"MIME-Version" not in raw.split(b"\n\n", 1)[0]:
        raw = raw.replace(b"Content-Type:", b"MIME-Version: 1.0\nContent-Type:", 1)
    return raw, texts


def norm(s):
    return s.replace("\r\n", "\n").rstrip("\n")


def check(raw, spec, texts):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (spec["file"], part.defects)
    assert msg["subject"] == spec["subject"], (spec["file"], msg["subject"], spec["subject"])
    got = [norm(p.get_content()) for p in msg.walk()
           if p.get_content_type() in ("text/plain", "text/html")]
    assert got == [norm(t) for t in texts], spec["file"]
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], (spec["file"], name)
    assert msg["date"].datetime.year == 2026, spec["file"]


def main():
    specs = []
    for kind, items in KIND_LISTS:
        for n, spec in enumerate(items, 1):
            spec["kind"] = kind
            spec["file"] = f"{kind}/{n:03d}_{spec['slug']}.eml"
            specs.append(spec)
    by_key = {}
    for spec in specs:
        if spec.get("key"):
            assert spec["key"] not in by_key, spec["key"]
            by_key[spec["key"]] = spec
    ids = {spec["file"]: msg_id(spec) for spec in specs}
    for key, spec in by_key.items():
        ids[key] = ids[spec["file"]]
    assert len({ids[s["file"]] for s in specs}) == len(specs)

    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    for spec in specs:
        raw, texts = build(spec, ids)
        check(raw, spec, texts)
        out = HERE / spec["file"]
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(raw)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts = {}
    for spec in specs:
        counts[(spec["kind"], spec["lang"])] = counts.get((spec["kind"], spec["lang"]), 0) + 1
    for kind, _ in KIND_LISTS:
        print(kind, {lang: counts.get((kind, lang), 0) for lang in ("fr", "en", "es", "de")})
    print("total", len(specs))


if __name__ == "__main__":
    main()
