"""Build corpus 245 from the hand-written specs in msgs245_*.py (standard library only).

Run from /work/main:  python tests/corpus_twohundredfortyfifth/make_twohundredfortyfifth.py
It deletes and rewrites only *.eml and labels.csv inside this folder.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from email import base64mime, quoprimime
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs245_acks  # noqa: E402
import msgs245_invites  # noqa: E402
import msgs245_other  # noqa: E402
import msgs245_rejections  # noqa: E402
from msgs245_common import (  # noqa: E402
    CANDIDATE,
    ME,
    SYSTEM,
    ats_card,
    outlook_html,
    simple_html,
)

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52}
CHARSET_NAMES = {"utf-8": "utf-8", "latin1": "iso-8859-1", "cp1252": "windows-1252"}


# ---------------------------------------------------------------- headers
def encoded_words(text, how):
    cs_key, mode = how.rsplit("-", 1)
    charset = CHARSET_NAMES[cs_key]
    words, chunk = [], ""
    enc = quoprimime.header_encode if mode == "q" else base64mime.header_encode

    def render(s):
        return enc(s.encode(charset), charset)

    for ch in text:
        if chunk and len(render(chunk + ch)) > 75:
            words.append(render(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(render(chunk))
    return "\n ".join(words)


def needs_encoding(s):
    return not s.isascii()


def address(pair, how="utf-8-q"):
    name, addr = pair
    if not name:
        return addr
    if needs_encoding(name):
        return f"{encoded_words(name, how)} <{addr}>"
    if any(c in name for c in ',.;:()"@'):
        return '"' + name.replace('"', "") + f'" <{addr}>'
    return f"{name} <{addr}>"


def parse_date(s):
    day, clock, off = s.split()
    sign = 1 if off[0] == "+" else -1
    tz = timedelta(hours=int(off[1:3]), minutes=int(off[3:5])) * sign
    from datetime import timezone
    return datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M").replace(tzinfo=timezone(tz))


# ---------------------------------------------------------------- parts
def leaf(ctype, data, cte, extra=""):
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    else:
        payload = data.decode("ascii", "surrogateescape") if cte == "7bit" else None
    head = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n{extra}\n"
    if payload is None:
        return head.encode("ascii") + data + (b"" if data.endswith(b"\n") else b"\n")
    return (head + payload + ("" if payload.endswith("\n") else "\n")).encode("ascii")


def text_leaf(subtype, text, charset, cte):
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "8bit"
    return leaf(f"text/{subtype}; charset=\"{charset}\"", data, cte)


def multipart(subtype, parts, boundary, extra=""):
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{extra}\n\n".encode()]
    for p in parts:
        out.append(f"--{boundary}\n".encode() + p)
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


def ascii_only(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def make_pdf(lines):
    text_ops = ["BT", "/F1 11 Tf", "50 780 Td", "14 TL"]
    for line in lines:
        safe = ascii_only(line).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text_ops.append(f"({safe}) Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
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
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            ).encode()
    return bytes(out)


def ics_text(ics, spec):
    method = ics.get("method", "REQUEST")
    start = parse_date(ics["start"]).astimezone(tz=None).strftime("%Y%m%dT%H%M%S")
    start = parse_date(ics["start"])
    s_utc = start.astimezone(UTC)
    e_utc = s_utc + timedelta(minutes=ics.get("minutes", 45))
    stamp = parse_date(spec["date"]).astimezone(UTC)
    org = ics.get("organizer", spec.get("reply_to", spec["frm"]))
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus245//Calendar//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT",
        f"UID:{ics['uid']}", f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART:{s_utc:%Y%m%dT%H%M%SZ}", f"DTEND:{e_utc:%Y%m%dT%H%M%SZ}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', 'Microsoft Teams')}",
        f"ORGANIZER;CN={ascii_only(org[0]) or 'Recruiting'}:mailto:{org[1]}",
        f"ATTENDEE;CN=Hortense Mbeki-Valdes;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CANDIDATE}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n", method


# ---------------------------------------------------------------- one message
def html_for(spec):
    if "html" in spec:
        return spec["html"]
    layout = spec.get("layout", "simple")
    body = spec["body"]
    if layout == "ats":
        return ats_card(body, spec.get("brand", spec.get("company") or "Careers"),
                        spec.get("color", "#2b6cb0"))
    if layout == "outlook":
        return outlook_html(body)
    return simple_html(body)


def build(spec, index, msgid, thread_refs):
    charset = spec.get("charset", "utf-8")
    fmt = spec.get("fmt", "plain")
    cte = spec.get("cte")
    hcte = spec.get("html_cte", cte or "quoted-printable")
    tag = hashlib.sha1(spec["file"].encode()).hexdigest()[:10]
    texts = {}
    parts = []
    if fmt in ("plain", "alt"):
        texts["plain"] = spec["body"]
        parts.append(text_leaf("plain", spec["body"], charset, cte))
    if fmt in ("html", "alt"):
        h = html_for(spec)
        texts["html"] = h
        if fmt == "html":
            hcte = spec.get("cte", "quoted-printable")
        parts.append(text_leaf("html", h, charset, hcte))
    ics = spec.get("ics")
    if ics:
        cal, method = ics_text(ics, spec)
        parts.append(leaf(f"text/calendar; charset=\"utf-8\"; method={method}",
                          cal.encode("utf-8"), ics.get("cte", "8bit")))
    main = parts[0] if len(parts) == 1 else multipart("alternative", parts, f"=_alt245_{tag}")
    attachments = []
    if ics and ics.get("attach"):
        attachments.append(leaf("application/ics; name=\"invite.ics\"",
                                cal.encode("utf-8"), "base64",
                                "Content-Disposition: attachment; filename=\"invite.ics\"\n"))
    if "pdf" in spec:
        name, lines = spec["pdf"]
        attachments.append(leaf(f"application/pdf; name=\"{name}\"", make_pdf(lines), "base64",
                                f"Content-Disposition: attachment; filename=\"{name}\"\n"))
    body = multipart("mixed", [main, *attachments], f"=_mix245_{tag}") if attachments else main
    h = []
    h.append(f"Return-Path: <{spec.get('return_path', spec['frm'][1])}>")
    h.append(f"From: {address(spec['frm'], spec.get('name_enc', 'utf-8-q'))}")
    to = spec.get("to", [ME])
    h.append("To: " + ",\n ".join(address(t, spec.get("to_enc", "utf-8-q")) for t in to))
    if "cc" in spec:
        h.append("Cc: " + ", ".join(address(t) for t in spec["cc"]))
    if "reply_to" in spec:
        h.append(f"Reply-To: {address(spec['reply_to'], spec.get('name_enc', 'utf-8-q'))}")
    subj = spec["subject"]
    if needs_encoding(subj) or spec.get("subj_enc"):
        h.append("Subject: " + encoded_words(subj, spec.get("subj_enc") or "utf-8-q"))
    else:
        h.append(f"Subject: {subj}")
    h.append(f"Date: {format_datetime(parse_date(spec['date']))}")
    h.append(f"Message-ID: {msgid}")
    if thread_refs:
        h.append(f"In-Reply-To: {thread_refs[-1]}")
        h.append("References: " + "\n ".join(thread_refs))
    for k, v in spec.get("headers", {}).items():
        h.append(f"{k}: {v}")
    h.append("MIME-Version: 1.0")
    lang = {"fr": "fr-FR", "en": "en-GB", "de": "de-CH", "es": "es-ES"}[spec["lang"]]
    h.append(f"Content-Language: {lang}")
    raw = ("\n".join(h) + "\n").encode("ascii") + body
    return raw, texts


def verify(raw, spec, texts):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (spec["file"], part.defects)
    got = " ".join(str(msg["Subject"]).split())
    assert got == " ".join(spec["subject"].split()), (spec["file"], got)
    for sub, text in texts.items():
        found = [p for p in msg.walk() if p.get_content_type() == f"text/{sub}"]
        assert found, (spec["file"], sub)
        content = found[0].get_content().replace("\r\n", "\n")
        assert content.rstrip("\n") == text.replace("\r\n", "\n").rstrip("\n"), (spec["file"], sub)
    if "pdf" in spec:
        pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
        assert pdfs and pdfs[0].get_content().startswith(b"%PDF-1.4"), spec["file"]


def main():
    specs = (msgs245_rejections.MESSAGES + msgs245_invites.MESSAGES + msgs245_acks.MESSAGES
             + msgs245_other.MESSAGES)
    counters = Counter()
    for spec in specs:
        assert spec["kind"] in KINDS, spec["slug"]
        counters[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
        if spec["frm"][1] == CANDIDATE:
            assert spec["kind"] == "other" and spec["contact"] == "", spec["file"]
        if spec["kind"] == "other":
            assert spec["company"] == "", spec["file"]
        else:
            assert spec["company"], spec["file"]
        if spec["contact"]:
            assert not SYSTEM.search(spec["contact"]), spec["file"]
    assert dict(counters) == EXPECTED, dict(counters)
    ids = {}
    for spec in specs:
        dom = spec["frm"][1].split("@")[1]
        tag = hashlib.sha1(spec["file"].encode()).hexdigest()[:12]
        ids[spec["file"]] = f"<{tag}.{parse_date(spec['date']):%Y%m%d%H%M}.c245@{dom}>"
    threads = defaultdict(list)
    for spec in specs:
        if "thread" in spec:
            threads[spec["thread"]].append(spec)
    refs = {}
    for members in threads.values():
        members.sort(key=lambda s: parse_date(s["date"]))
        for i, s in enumerate(members):
            refs[s["file"]] = [ids[m["file"]] for m in members[:i]]
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    for i, spec in enumerate(specs):
        raw, texts = build(spec, i, ids[spec["file"]], refs.get(spec["file"], []))
        verify(raw, spec, texts)
        path = HERE / spec["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"wrote {len(specs)} messages")
    for k in KINDS:
        print(f"{k:32}", " ".join(f"{lang}={table[(k, lang)]:2}" for lang in ("fr", "en", "de", "es")))
    print("total", Counter(s["lang"] for s in specs))


if __name__ == "__main__":
    main()
