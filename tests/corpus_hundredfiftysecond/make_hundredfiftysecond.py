# ruff: noqa
"""Build corpus 152 from the hand-written specs in the msgs152_* modules.

Run from the repository root:

    python tests/corpus_hundredfiftysecond/make_hundredfiftysecond.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv in this folder.
Every written message is parsed back with the default policy and checked: no defects, the
subject, the addresses and every body part round-trip.
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
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs152_acks  # noqa: E402
import msgs152_common as C  # noqa: E402
import msgs152_invites  # noqa: E402
import msgs152_other  # noqa: E402
import msgs152_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
SPECIALS = set('()<>@,;:\\".[]')


# --------------------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, enc: str) -> list[str]:
    """RFC 2047 encoded words for text, each at most 75 characters, never splitting a char."""

    def word(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc == "B":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            out = []
            for ch in chunk:
                if ch == " ":
                    out.append("_")
                elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                    out.append(ch)
                else:
                    out.append("".join(f"={b:02X}" for b in ch.encode(charset)))
            payload = "".join(out)
        return f"=?{charset}?{enc}?{payload}?="

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


def fold_raw(name: str, value: str) -> str:
    """Fold a plain ASCII header at spaces so lines stay under 78 characters."""
    line = f"{name}: "
    out = []
    for token in value.split(" "):
        if len(line) + len(token) > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " "
        line += token + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def subject_header(subject: str, enc: str | None) -> str:
    if subject.isascii() and not enc:
        return fold_raw("Subject", subject)
    charset, how = (enc or "utf-8:Q").split(":")
    # keep a leading ASCII run ("Re: ", "AW: ", ...) raw, encode from the first non-ASCII word
    tokens = subject.split(" ")
    k = 0
    while k < len(tokens) and tokens[k].isascii() and k < 2 and tokens[k].endswith(":"):
        k += 1
    prefix = " ".join(tokens[:k])
    rest = " ".join(tokens[k:])
    words = encoded_words(rest, charset, how)
    head = "Subject: " + (prefix + " " if prefix else "")
    return head + "\n ".join(words)


def display(name: str, addr: str, enc: str | None = None) -> str:
    if not name:
        return f"<{addr}>"
    if enc or not name.isascii():
        charset, how = (enc or "utf-8:Q").split(":")
        return " ".join(encoded_words(name, charset, how)) + f" <{addr}>"
    if any(ch in SPECIALS for ch in name):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'
    return f"{name} <{addr}>"


def addr_header(field: str, people: list[tuple[str, str]], enc: str | None = None) -> str:
    rendered = [display(n, a, enc) for n, a in people]
    return f"{field}: " + ",\n ".join(rendered)


# --------------------------------------------------------------------------- bodies

def text_part(subtype: str, text: str, charset: str, cte: str, **params: str) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, charset=charset, **params)
    del part["MIME-Version"]
    if cte in ("7bit", "8bit"):
        # on disk the corpus uses LF line ends; a bare 7bit/8bit line must stay under 998 octets
        text = text.replace("\r\n", "\n")
        assert max(len(line.encode(charset)) for line in text.split("\n")) <= 998
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "7bit":
        assert raw.isascii(), "7bit body must be ASCII"
        payload = raw.decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) showing the given lines."""

    def pdf_str(s: str) -> bytes:
        raw = s.encode("cp1252")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 800 Td"]
    for line in lines:
        ops.append(pdf_str(line) + b" '")
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title " + pdf_str(title) + b" /Producer (corpus152 generator) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return out


def ics_fold(line: str) -> str:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(spec: dict, sent: datetime) -> str:
    ev = spec["ics"]
    method = ev.get("method", "REQUEST")
    org_name, org_addr = ev["organizer"]
    start = datetime.strptime(ev["start"], "%Y-%m-%d %H:%M %z").astimezone(timezone.utc)
    end = start + timedelta(minutes=ev.get("minutes", 60))
    stamp = sent.astimezone(timezone.utc)
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus152//Hand-written invitations//XX",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ev['uid']}",
        f"SEQUENCE:{ev.get('sequence', 0)}",
        f"DTSTAMP:{stamp.strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{ics_escape(ev['summary'])}",
    ]
    if ev.get("location"):
        lines.append(f"LOCATION:{ics_escape(ev['location'])}")
    if ev.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ev['description'])}")
    lines.append(f"ORGANIZER;CN={ics_escape(org_name)}:mailto:{org_addr}")
    cand_name, cand_addr = C.CANDIDATE
    lines.append(f"ATTENDEE;CN={cand_name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                 f"RSVP=TRUE:mailto:{cand_addr}")
    for name, addr in ev.get("attendees", []):
        lines.append(f"ATTENDEE;CN={ics_escape(name)};ROLE=REQ-PARTICIPANT:mailto:{addr}")
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(ics_fold(x) for x in lines) + "\r\n"


def build_body(spec: dict, sent: datetime, key: str) -> tuple[MIMEBase, list[tuple[str, object]]]:
    """The MIME tree for a spec and the expected (content type, content) leaves in walk order."""
    charset = spec.get("charset", "utf-8")
    expected: list[tuple[str, object]] = []
    alts = []
    for subtype in ("plain", "html"):
        body = spec.get("text" if subtype == "plain" else "html")
        if body is None:
            continue
        cs = spec.get(f"{subtype}_charset", charset)
        default_cte = "7bit" if body.isascii() else "quoted-printable"
        cte = spec.get(f"{subtype}_cte", spec.get("cte", default_cte))
        if cte == "7bit" and not body.isascii():
            cte = "quoted-printable"
        alts.append(text_part(subtype, body, cs, cte))
        expected.append((f"text/{subtype}", body))
    ics_mode = spec.get("ics_mode", "alt")
    attachments = []
    if "ics" in spec:
        ics = make_ics(spec, sent)
        method = spec["ics"].get("method", "REQUEST")
        cal = text_part("calendar", ics, "utf-8", spec["ics"].get("cte", "7bit" if ics.isascii()
                                                                  else "base64"), method=method)
        if ics_mode == "alt":
            alts.append(cal)
        else:
            cal.add_header("Content-Disposition", "attachment",
                           filename=spec["ics"].get("filename", "invite.ics"))
            attachments.append(cal)
        spec["_ics_text"] = ics
    pdfs = spec.get("pdf", [])
    if isinstance(pdfs, tuple):
        pdfs = [pdfs]
    pdf_blobs = []
    for fname, lines in pdfs:
        blob = make_pdf(fname, lines)
        part = MIMEBase("application", "pdf", name=fname)
        del part["MIME-Version"]
        part.set_payload(base64.encodebytes(blob).decode("ascii"))
        part["Content-Transfer-Encoding"] = "base64"
        part.add_header("Content-Disposition", "attachment", filename=fname)
        attachments.append(part)
        pdf_blobs.append(blob)

    n_boundary = 0

    def boundary() -> str:
        nonlocal n_boundary
        n_boundary += 1
        return f"----=_Part152_{key}_{n_boundary}"

    if len(alts) == 1:
        core = alts[0]
    else:
        core = MIMEMultipart("alternative", boundary=boundary())
        del core["MIME-Version"]
        for p in alts:
            core.attach(p)
    # expected order for the calendar part in the walk
    if "ics" in spec and ics_mode == "alt":
        expected.append(("text/calendar", spec["_ics_text"]))
    if attachments:
        root = MIMEMultipart("mixed", boundary=boundary())
        del root["MIME-Version"]
        root.attach(core)
        for p in attachments:
            root.attach(p)
        if "ics" in spec and ics_mode != "alt":
            expected.append(("text/calendar", spec["_ics_text"]))
        for blob in pdf_blobs:
            expected.append(("application/pdf", blob))
    else:
        root = core
    return root, expected


# --------------------------------------------------------------------------- messages

def parse_date(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    seed = f"152|{spec['kind']}|{spec['slug']}|{spec['date']}".encode()
    h = hashlib.sha1(seed).hexdigest()
    stamp = parse_date(spec["date"]).strftime("%Y%m%d%H%M")
    return f"<{stamp}.{h[:16]}@{domain_of(spec['frm'][1])}>"


def header_block(spec: dict, sent: datetime) -> str:
    lines = [addr_header("From", [spec["frm"]], spec.get("frm_enc"))]
    if spec.get("reply_to"):
        lines.append(addr_header("Reply-To", [spec["reply_to"]], spec.get("rt_enc")))
    to = spec.get("to") or [C.CANDIDATE]
    lines.append(addr_header("To", to, spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(addr_header("Cc", spec["cc"]))
    lines.append(subject_header(spec["subject"], spec.get("subj_enc")))
    lines.append(f"Date: {format_datetime(sent)}")
    lines.append(f"Message-ID: {spec['_msgid']}")
    if spec.get("_irt"):
        lines.append(f"In-Reply-To: {spec['_irt']}")
        lines.append("References: " + "\n ".join(spec["_refs"]))
    for name, value in spec.get("headers", []):
        assert value.isascii(), (spec["slug"], name)
        lines.append(fold_raw(name, value))
    lines.append("MIME-Version: 1.0")
    return "\n".join(lines) + "\n"


def assign_threads(specs: list[dict]) -> None:
    for spec in specs:
        spec["_msgid"] = message_id(spec)
    by_slug = {spec["slug"]: spec for spec in specs}
    for spec in specs:
        parent = spec.get("reply_to_slug")
        if parent:  # a direct answer to one message of the corpus (e.g. an auto-reply)
            spec["_irt"] = by_slug[parent]["_msgid"]
            spec["_refs"] = [spec["_irt"]]
    threads: dict[str, list[dict]] = {}
    for spec in specs:
        if spec.get("thread"):
            threads.setdefault(spec["thread"], []).append(spec)
    for members in threads.values():
        members.sort(key=lambda s: parse_date(s["date"]))
        refs: list[str] = []
        for spec in members:
            if refs:
                spec["_irt"] = refs[-1]
                spec["_refs"] = list(refs[-6:])
            refs.append(spec["_msgid"])
    for spec in specs:
        if spec.get("irt") and not spec.get("_irt"):
            spec["_irt"] = spec["irt"]
            spec["_refs"] = [spec["irt"]]


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(path: Path, spec: dict, expected: list[tuple[str, object]]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    if msg.defects:
        problems.append(f"message defects {msg.defects}")
    for name, value in msg.items():
        if getattr(value, "defects", None):
            problems.append(f"header {name} defects {value.defects}")
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['subject'])!r} != {spec['subject']!r}")
    got_from = getaddresses([str(msg["from"])])[0]
    if got_from != (spec["frm"][0], spec["frm"][1]):
        problems.append(f"from {got_from} != {spec['frm']}")
    if spec.get("reply_to"):
        got_rt = getaddresses([str(msg["reply-to"])])[0]
        if got_rt != tuple(spec["reply_to"]):
            problems.append(f"reply-to {got_rt} != {spec['reply_to']}")
    if msg["date"].datetime.year != 2026:
        problems.append("date year")
    leaves = [p for p in msg.walk() if not p.is_multipart()]
    if len(leaves) != len(expected):
        problems.append(f"{len(leaves)} leaves, expected {len(expected)}")
    for part, (ctype, content) in zip(leaves, expected):
        if part.get_content_type() != ctype:
            problems.append(f"type {part.get_content_type()} != {ctype}")
            continue
        got = part.get_content()
        if isinstance(content, bytes):
            if got != content:
                problems.append(f"{ctype} bytes differ")
        elif norm(got) != norm(content):
            problems.append(f"{ctype} text differs")
    if problems:
        raise SystemExit(f"{path.name}: " + "; ".join(problems))


def all_specs() -> list[dict]:
    specs = []
    for module in (msgs152_rejections, msgs152_invites, msgs152_acks, msgs152_other):
        specs.extend(module.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    labels_needed = ("kind", "slug", "company", "contact", "lang", "date", "frm", "subject")
    for spec in specs:
        missing = [k for k in labels_needed if k not in spec]
        assert not missing, f"{spec.get('slug')}: missing {missing}"
        assert spec["kind"] in KINDS, spec["kind"]
        assert "text" in spec or "html" in spec, spec["slug"]
    assign_threads(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    counters = {k: 0 for k in KINDS}
    rows = []
    ids = set()
    for spec in specs:
        kind = spec["kind"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        sent = parse_date(spec["date"])
        key = hashlib.sha1(rel.encode()).hexdigest()[:10]
        root, expected = build_body(spec, sent, key)
        head = header_block(spec, sent)
        data = head.encode("ascii") + root.as_bytes(policy=email.policy.compat32)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec, expected)
        assert spec["_msgid"] not in ids, spec["_msgid"]
        ids.add(spec["_msgid"])
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    table: dict[str, dict[str, int]] = {}
    for _, kind, _, _, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        print(f"  {kind:32s} {table.get(kind, {})}")


if __name__ == "__main__":
    main()
