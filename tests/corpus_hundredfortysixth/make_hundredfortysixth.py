"""Build corpus 146 (Maxime Tremblay-Nguyen's mailbox) from the hand-written specs.

Run from the repository root:  python tests/corpus_hundredfortysixth/make_hundredfortysixth.py

Standard library only. Reads the specs in msgs146_rejections, msgs146_invites, msgs146_acks and
msgs146_other, builds each message's MIME tree with the `email` package, writes the top header
block itself (so encoded words use the charset and encoding the spec asks for), then re-parses
every file with the default policy and checks: no defects, subject, addresses and every body
part round-trip. Deletes and rewrites only *.eml and labels.csv inside this folder.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import re
import sys
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs146_acks  # noqa: E402
import msgs146_invites  # noqa: E402
import msgs146_other  # noqa: E402
import msgs146_rejections  # noqa: E402
from msgs146_common import CANDIDATE_ADDR  # noqa: E402

KIND_ORDER = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
EXPECTED = {
    "rejection": 31,
    "interview_invitation": 26,
    "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10,
    "application_received": 21,
    "offer": 10,
    "other": 52,
}
GEN_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=78)


# --------------------------------------------------------------------------- headers


def encoded_words(text: str, charset: str = "utf-8", mode: str = "Q") -> str:
    """`text` as RFC 2047 encoded words in charset, each <= 75 chars, folded with CRLF-space."""
    prefix = f"=?{charset}?{mode}?"
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if len(prefix) + len(_enc(trial, charset, mode)) + 2 > 75 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return "\n ".join(f"{prefix}{_enc(w, charset, mode)}?=" for w in words)


def _enc(text: str, charset: str, mode: str) -> str:
    raw = text.encode(charset)
    if mode == "B":
        return base64.b64encode(raw).decode("ascii")
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def fold_ascii(name: str, value: str) -> str:
    """A header line folded at spaces near 78 columns."""
    line, out = f"{name}: ", []
    for word in value.split(" "):
        if len(line) + len(word) + 1 > 78 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def mailbox(entry) -> str:
    """(name, addr) or (name, addr, (charset, mode)) as a header mailbox."""
    name, addr = entry[0], entry[1]
    enc = entry[2] if len(entry) > 2 else None
    if not name:
        return addr
    if enc or not name.isascii():
        charset, mode = enc or ("utf-8", "Q")
        return f"{encoded_words(name, charset, mode)} <{addr}>"
    return formataddr((name, addr))


def as_list(value) -> list:
    if not value:
        return []
    if isinstance(value, tuple):
        return [value]
    return list(value)


def header_block(spec: dict, mids: dict) -> str:
    lines = []
    for name, value in spec.get("pre_headers", []):
        lines.append(fold_ascii(name, value))
    lines.append("From: " + mailbox(_from_entry(spec)))
    lines.append("To: " + ",\n ".join(mailbox(e) for e in as_list(spec["to"])))
    if spec.get("cc"):
        lines.append("Cc: " + ",\n ".join(mailbox(e) for e in as_list(spec["cc"])))
    if spec.get("reply_to"):
        lines.append("Reply-To: " + ",\n ".join(mailbox(e) for e in as_list(spec["reply_to"])))
    subject = spec["subject"]
    if spec.get("subj_enc") or not subject.isascii():
        charset, mode = spec.get("subj_enc") or ("utf-8", "Q")
        lines.append("Subject: " + encoded_words(subject, charset, mode))
    else:
        lines.append(fold_ascii("Subject", subject))
    lines.append("Date: " + spec["_date_header"])
    lines.append("Message-ID: " + mids[spec["_id"]])
    refs = [ref_id(r, mids) for r in spec.get("refs", [])]
    if refs:
        lines.append("In-Reply-To: " + refs[-1])
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(fold_ascii(name, value))
    return "\n".join(lines) + "\n"


def _from_entry(spec: dict):
    frm = spec["frm"]
    if spec.get("frm_enc"):
        return (frm[0], frm[1], spec["frm_enc"])
    return frm


def ref_id(key: str, mids: dict) -> str:
    if key in mids:
        return mids[key]
    return f"<{key}@mail.example.ca>"


def date_header(spec: dict) -> str:
    stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    tz = spec.get("tz", "-0500")
    sign = -1 if tz[0] == "-" else 1
    offset = timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return format_datetime(stamp.replace(tzinfo=timezone(offset)))


def message_id(spec: dict, kind_index: int) -> str:
    addr = _from_entry(spec)[1]
    domain = addr.split("@", 1)[1]
    if addr == CANDIDATE_ADDR:
        domain = "mail.example.ca"
    digest = hashlib.sha1(f"146/{spec['kind']}/{spec['slug']}".encode()).hexdigest()[:14]
    return f"<{digest}.{kind_index:03d}.{spec['date'][:4]}@{domain}>"


# --------------------------------------------------------------------------- bodies


def leaf(maintype: str, subtype: str, content: str, charset: str, cte: str) -> MIMEBase:
    raw = content.encode(charset)
    if cte == "7bit" and not raw.isascii():
        cte = "quoted-printable"
    part = MIMENonMultipart(maintype, subtype, charset=charset)
    del part["MIME-Version"]
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def make_pdf(lines: list[str], title: str) -> bytes:
    """A small valid one-page PDF that shows the lines in Helvetica (WinAnsi)."""

    def pdf_string(text: str) -> str:
        raw = text.encode("cp1252", "replace").decode("latin-1")
        return "(" + raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"{pdf_string(line)} Tj T*")
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
        b"<< /Title " + pdf_string(title).encode("latin-1") + b" /Producer (Corpus146) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def html_for(spec: dict) -> str | None:
    html = spec.get("html")
    if html is None:
        return None
    charset = spec.get("charset", "utf-8")
    if charset != "utf-8":
        html = html.replace('charset="utf-8"', f'charset="{charset}"')
        html = html.replace("charset=utf-8", f"charset={charset}")
    return html


def build_body(spec: dict, tag: str) -> tuple[MIMEBase, list[tuple[str, str | bytes]]]:
    """The MIME tree of the body and the expected (content type, content) of each leaf."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    expected: list[tuple[str, str | bytes]] = []
    alts = []
    if spec.get("text") is not None:
        alts.append(leaf("text", "plain", spec["text"], charset, cte))
        expected.append(("text/plain", spec["text"]))
    html = html_for(spec)
    if html is not None:
        alts.append(leaf("text", "html", html, charset, spec.get("html_cte", cte)))
        expected.append(("text/html", html))
    if spec.get("ics"):
        cal = leaf("text", "calendar", spec["ics"], "utf-8", "base64")
        method = re.search(r"METHOD:(\w+)", spec["ics"]).group(1)
        cal.set_param("method", method)
        alts.append(cal)
        expected.append(("text/calendar", spec["ics"]))
    if not alts:
        raise ValueError(f"{spec['slug']}: no body")
    counter = iter(range(1, 10))
    if len(alts) == 1:
        body = alts[0]
    else:
        body = MIMEMultipart("alternative", _subparts=alts)
        del body["MIME-Version"]
        body.set_boundary(f"----=_Alt_146_{tag}_{next(counter)}")
    attachments = spec.get("attachments", [])
    if spec.get("ics") and spec.get("ics_attach"):
        attachments = [*attachments, {"filename": spec["ics_attach"], "ics": spec["ics"]}]
    if not attachments:
        return body, expected
    parts = [body]
    for att in attachments:
        if "pdf" in att:
            data = make_pdf(att["pdf"], att.get("title", att["filename"]))
            part = MIMEApplication(data, "pdf")
            expected.append(("application/pdf", data))
        elif "ics" in att:
            part = MIMEApplication(att["ics"].encode("utf-8"), "ics")
            expected.append(("application/ics", att["ics"].encode("utf-8")))
        else:
            raise ValueError(f"{spec['slug']}: unknown attachment {att}")
        del part["MIME-Version"]
        part.set_param("name", att["filename"])
        part.add_header("Content-Disposition", "attachment", filename=att["filename"])
        parts.append(part)
    mixed = MIMEMultipart("mixed", _subparts=parts)
    mixed.set_boundary(f"----=_Mixed_146_{tag}_{next(counter)}")
    return mixed, expected


def render(spec: dict, mids: dict, tag: str) -> tuple[bytes, list]:
    body, expected = build_body(spec, tag)
    if "MIME-Version" not in body:
        body["MIME-Version"] = "1.0"
    # move MIME-Version first among the body's own headers for a familiar look
    items = body._headers
    body._headers = [h for h in items if h[0] == "MIME-Version"] + [
        h for h in items if h[0] != "MIME-Version"
    ]
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=GEN_POLICY).flatten(body)
    head = header_block(spec, mids).encode("ascii")
    return head + buffer.getvalue(), expected


# --------------------------------------------------------------------------- checks


def check(path: Path, spec: dict, expected: list) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    if msg.defects:
        problems.append(f"defects {msg.defects}")
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
    for name in ("From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID"):
        value = msg[name]
        if value is not None and getattr(value, "defects", ()):
            problems.append(f"{name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    got_from = getaddresses([str(msg["From"])])[0]
    want_from = _from_entry(spec)
    if got_from[1] != want_from[1] or got_from[0] != want_from[0]:
        problems.append(f"from {got_from} != {want_from[:2]}")
    for entry in as_list(spec.get("reply_to")):
        if entry[1] not in str(msg["Reply-To"]):
            problems.append("reply-to lost")
    leaves = [p for p in msg.walk() if not p.is_multipart()]
    if len(leaves) != len(expected):
        problems.append(f"{len(leaves)} leaves, expected {len(expected)}")
    for part, (ctype, content) in zip(leaves, expected, strict=False):
        if part.get_content_type() != ctype:
            problems.append(f"{part.get_content_type()} != {ctype}")
            continue
        got = part.get_content()
        if isinstance(content, str):
            got = got.replace("\r\n", "\n") if "\r\n" not in content else got
        if got != content:
            problems.append(f"{ctype} content does not round-trip")
    if problems:
        raise SystemExit(f"{path.name}: " + "; ".join(problems))


def check_labels(spec: dict) -> None:
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    if kind not in EXPECTED or spec["lang"] not in {"en", "fr", "de", "es"}:
        raise SystemExit(f"{spec['slug']}: bad kind/lang")
    if (kind == "other") == bool(company):
        raise SystemExit(f"{spec['slug']}: company rule")
    if contact:
        addrs = [e[1].lower() for e in as_list(spec.get("reply_to")) + [spec["frm"]]]
        if contact != contact.lower() or contact not in addrs or contact == CANDIDATE_ADDR:
            raise SystemExit(f"{spec['slug']}: contact {contact} not in From/Reply-To")
    if spec["frm"][1] == CANDIDATE_ADDR and (contact or kind != "other"):
        raise SystemExit(f"{spec['slug']}: own mail must be other without contact")
    if not spec["date"].startswith("2026-"):
        raise SystemExit(f"{spec['slug']}: date not in 2026")


# --------------------------------------------------------------------------- main


def main() -> None:
    specs = (
        msgs146_rejections.MESSAGES
        + msgs146_invites.MESSAGES
        + msgs146_acks.MESSAGES
        + msgs146_other.MESSAGES
    )
    by_kind: dict[str, list[dict]] = {k: [] for k in KIND_ORDER}
    for spec in specs:
        check_labels(spec)
        by_kind[spec["kind"]].append(spec)
    for kind, want in EXPECTED.items():
        if len(by_kind[kind]) != want:
            raise SystemExit(f"{kind}: {len(by_kind[kind])} messages, expected {want}")
    slugs = [s["slug"] for s in specs]
    dupes = {s for s in slugs if slugs.count(s) > 1}
    if dupes:
        raise SystemExit(f"duplicate slugs {sorted(dupes)}")

    mids: dict[str, str] = {}
    for kind in KIND_ORDER:
        for number, spec in enumerate(by_kind[kind], start=1):
            spec["_file"] = f"{kind}/{number:03d}_{spec['slug']}.eml"
            spec["_id"] = spec.get("key") or spec["_file"]
            spec["_date_header"] = date_header(spec)
            if spec["_id"] in mids:
                raise SystemExit(f"duplicate key {spec['_id']}")
            mids[spec["_id"]] = message_id(spec, number)
    for key in {r for s in specs for r in s.get("refs", [])}:
        if key not in mids and not key.startswith("sent-"):
            raise SystemExit(f"unknown thread key {key}")

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    for kind in KIND_ORDER:
        (HERE / kind).mkdir(exist_ok=True)
        for number, spec in enumerate(by_kind[kind], start=1):
            data, expected = render(spec, mids, f"{kind[:3]}{number:03d}")
            path = HERE / spec["_file"]
            path.write_bytes(data)
            check(path, spec, expected)
            rows.append([spec["_file"], kind, spec["company"], spec["contact"], spec["lang"]])
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: {} for k in KIND_ORDER}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] = table[spec["kind"]].get(spec["lang"], 0) + 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':32} " + " ".join(f"{lang:>4}" for lang in ("fr", "en", "de", "es")))
    for kind in KIND_ORDER:
        counts = " ".join(f"{table[kind].get(lang, 0):>4}" for lang in ("fr", "en", "de", "es"))
        print(f"{kind:32} {counts}")
    totals = {lang: sum(1 for s in specs if s["lang"] == lang) for lang in ("fr", "en", "de", "es")}
    print("total", totals)


if __name__ == "__main__":
    main()
