"""Turn the hand-written specs of the hundred-thirty-third corpus into .eml files and labels.csv.

Run from the repository root, either way:
    python -m tests.corpus_hundredthirtythird.make_hundredthirtythird
    python tests/corpus_hundredthirtythird/make_hundredthirtythird.py

Standard library only. Writes and deletes files inside this folder only: <kind>/<nnn>_<scenario>.eml
and labels.csv. Every message is parsed back and checked (no defects, text round-trips, replies
threaded, Message-IDs unique) before anything is written.
"""

from __future__ import annotations

import csv
import email
import hashlib
import sys
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import default as DEFAULT
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
if __package__ in (None, ""):
    sys.path.insert(0, str(HERE.parent.parent))

from tests.corpus_hundredthirtythird.msgs133_acks import ACKS  # noqa: E402
from tests.corpus_hundredthirtythird.msgs133_common import CANDIDATE  # noqa: E402
from tests.corpus_hundredthirtythird.msgs133_invites import INVITES  # noqa: E402
from tests.corpus_hundredthirtythird.msgs133_other import OTHER  # noqa: E402
from tests.corpus_hundredthirtythird.msgs133_rejections import REJECTIONS  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
REPLY_PREFIXES = ("re:", "aw:", "rv:", "ré:", "r:", "antw:", "réf:", "re :")


def _addr(pair: tuple[str, str] | str, charset: str) -> str:
    if isinstance(pair, str):
        return pair
    name, address = pair
    if not name:
        return address
    value = formataddr((name, address), charset=charset)
    if len(value) > 70 and " <" in value:
        shown, _, rest = value.rpartition(" <")
        value = f"{shown}\n <{rest}"
    return value


def _fold_ascii(value: str, width: int = 68) -> str:
    """Fold a long ASCII header at spaces, the way mail programs do."""
    lines, rest = [], value
    while len(rest) > width and " " in rest[:width]:
        cut = rest.rindex(" ", 0, width)
        lines.append(rest[:cut])
        rest = rest[cut:]
    lines.append(rest)
    return "\n".join(lines)


def _subject(subject: str, charset: str) -> str:
    return Header(subject, charset, header_name="Subject").encode(linesep="\n")


def _date(text: str) -> str:
    return format_datetime(datetime.strptime(text, "%Y-%m-%d %H:%M %z"))


def _message_id(spec: dict) -> str:
    if spec.get("mid"):
        return spec["mid"]
    domain = spec["frm"][1].split("@", 1)[1]
    seed = f"{spec['scen']}|{spec['date']}|{spec['subject']}".encode()
    digest = hashlib.sha1(seed).hexdigest()
    stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z").strftime("%Y%m%d%H%M%S")
    if any(ats in domain for ats in ("myworkday", "greenhouse", "lever", "smartrecruiters",
                                     "icims", "ashby", "teamtailor", "personio", "successfactors",
                                     "taleo", "softgarden", "bamboohr", "workable")):
        return f"<{digest[:24]}.{stamp}@{domain}>"
    return f"<{stamp}.{digest[:12]}@{domain}>"


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF that shows the given lines (Helvetica, WinAnsi)."""
    def esc(text: str) -> str:
        raw = text.encode("cp1252", "replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _cte_for(text: str, wanted: str | None) -> str | None:
    if wanted == "7bit" and not text.isascii():
        raise ValueError("7bit asked for non-ASCII text")
    return wanted


def _set_boundaries(msg: EmailMessage, seed: str) -> None:
    """Stable multipart boundaries (so a re-run writes the same bytes), in a few mailer styles."""
    digest = hashlib.sha1(seed.encode()).hexdigest()
    styles = ("000000000000{h}", "----=_Part_{n}_{h}", "_=_NextPart_{h}")
    style = styles[int(digest[:2], 16) % len(styles)]
    number = 0
    for part in msg.walk():
        if part.is_multipart():
            number += 1
            part.set_boundary(style.format(h=digest[number:number + 20], n=number * 1009))


def build(spec: dict) -> EmailMessage:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    struct = spec["struct"]
    text, html = spec.get("text"), spec.get("html")
    msg = EmailMessage()
    if struct == "html":
        msg.set_content(html, subtype="html", charset=charset, cte=_cte_for(html, cte))
    else:
        msg.set_content(text, subtype="plain", charset=charset, cte=_cte_for(text, cte))
        if html:
            msg.add_alternative(html, subtype="html", charset=charset, cte=_cte_for(html, cte))
    if struct == "cal":
        ical = spec["ical"].strip("\n").replace("\n", "\r\n") + "\r\n"
        method = spec["ical_method"]
        if not html:
            msg.make_alternative()
        msg.add_alternative(ical, subtype="calendar", charset="utf-8",
                            cte="7bit" if ical.isascii() else "quoted-printable",
                            params={"method": method})
        if spec.get("ics_file"):
            msg.add_attachment(ical.encode("utf-8"), maintype="application", subtype="ics",
                               filename=spec["ics_file"])
    for attachment in spec.get("attach", []):
        msg.add_attachment(_pdf(attachment["lines"]), maintype="application", subtype="pdf",
                           filename=attachment["filename"])
    if struct not in ("plain", "html", "alt", "cal", "mixed"):
        raise ValueError(struct)
    if struct == "mixed" and not spec.get("attach"):
        raise ValueError(f"{spec['scen']}: mixed without attachment")

    _set_boundaries(msg, spec["scen"])
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    body_headers = list(msg.raw_items())
    for name in {name for name, _ in body_headers}:
        del msg[name]
    hcs = spec.get("hdr_cs", "utf-8")
    msg.set_raw("From", _addr(spec["frm"], hcs))
    if spec.get("reply_to"):
        msg.set_raw("Reply-To", _addr(spec["reply_to"], hcs))
    to = spec.get("to") or [CANDIDATE]
    msg.set_raw("To", ", ".join(_addr(pair, hcs) for pair in to))
    if spec.get("cc"):
        msg.set_raw("Cc", ", ".join(_addr(pair, hcs) for pair in spec["cc"]))
    if spec["subject"].isascii():
        msg.set_raw("Subject", _fold_ascii(spec["subject"]))
    else:
        msg.set_raw("Subject", _subject(spec["subject"], hcs))
    msg.set_raw("Date", _date(spec["date"]))
    msg.set_raw("Message-ID", _message_id(spec))
    if spec.get("irt"):
        msg.set_raw("In-Reply-To", spec["irt"])
        refs = spec.get("refs") or [spec["irt"]]
        msg.set_raw("References", "\n ".join(refs))
    for name, value in spec.get("headers", {}).items():
        msg.set_raw(name, value)
    for name, value in body_headers:
        msg.set_raw(name, value)
    return msg


def _check(spec: dict, data: bytes) -> str:
    parsed = email.message_from_bytes(data, policy=DEFAULT)
    where = spec["scen"]
    if parsed.defects:
        raise ValueError(f"{where}: defects {parsed.defects}")
    for part in parsed.walk():
        if part.defects:
            raise ValueError(f"{where}: part defects {part.defects}")
    subject = str(parsed["Subject"])
    if subject != spec["subject"]:
        raise ValueError(f"{where}: subject {subject!r}")
    if subject.lower().startswith(REPLY_PREFIXES) and not parsed["In-Reply-To"]:
        raise ValueError(f"{where}: a reply without In-Reply-To")
    if parsed["In-Reply-To"] and not parsed["References"]:
        raise ValueError(f"{where}: In-Reply-To without References")
    want = {"text/plain": spec.get("text"), "text/html": spec.get("html")}
    for part in parsed.walk():
        kind = part.get_content_type()
        if kind in want and part.get_content_disposition() != "attachment":
            got = part.get_content().replace("\r\n", "\n").strip()
            if got != (want[kind] or "").strip():
                raise ValueError(f"{where}: {kind} does not round-trip")
    if spec["kind"] not in KINDS:
        raise ValueError(f"{where}: kind {spec['kind']}")
    if spec["kind"] == "other" and spec["company"]:
        raise ValueError(f"{where}: company on other")
    if spec["kind"] != "other" and not spec["company"]:
        raise ValueError(f"{where}: no company on job mail")
    contact = spec["contact"]
    if contact:
        senders = [spec["frm"][1].lower()]
        if spec.get("reply_to"):
            rt = spec["reply_to"]
            senders.append((rt if isinstance(rt, str) else rt[1]).lower())
        if contact not in senders or contact != contact.lower():
            raise ValueError(f"{where}: contact {contact} not Reply-To/From")
    if not datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z").month <= 10:
        raise ValueError(f"{where}: date after October")
    return str(parsed["Message-ID"])


def main() -> None:
    specs = [*REJECTIONS, *INVITES, *ACKS, *OTHER]
    rows, blobs, seen_ids, seen_scen = [], {}, set(), set()
    counters = dict.fromkeys(KINDS, 0)
    for spec in specs:
        kind = spec["kind"]
        counters[kind] += 1
        if spec["scen"] in seen_scen:
            raise ValueError(f"scenario twice: {spec['scen']}")
        seen_scen.add(spec["scen"])
        rel = f"{kind}/{counters[kind]:03d}_{spec['scen']}.eml"
        try:
            data = build(spec).as_bytes(policy=DEFAULT)
        except (ValueError, UnicodeError) as error:
            raise ValueError(f"{spec['scen']}: {error}") from error
        message_id = _check(spec, data)
        if message_id in seen_ids:
            raise ValueError(f"Message-ID twice: {message_id}")
        seen_ids.add(message_id)
        blobs[rel] = data
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    for rel, data in blobs.items():
        (HERE / rel).write_bytes(data)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages to {HERE}")


if __name__ == "__main__":
    main()
