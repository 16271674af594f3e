"""Write the hundred-fortieth corpus: every spec in msgs140_*.py becomes one .eml file.

Run from anywhere: python tests/corpus_hundredfortieth/make_hundredfortieth.py
It writes (and first deletes) only <kind>/*.eml and labels.csv inside its own folder.
Standard library only.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from datetime import datetime
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs140_acks  # noqa: E402
import msgs140_invites  # noqa: E402
import msgs140_other  # noqa: E402
import msgs140_rejections  # noqa: E402
from msgs140_common import ME, make_pdf  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("es", "en", "de", "fr")
CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}
REQUIRED = ("kind", "slug", "frm", "subject", "date", "lang", "company", "contact")


def all_specs() -> list[dict]:
    specs = [*msgs140_rejections.MESSAGES, *msgs140_invites.MESSAGES,
             *msgs140_acks.MESSAGES, *msgs140_other.MESSAGES]
    for spec in specs:
        missing = [k for k in REQUIRED if k not in spec]
        assert not missing, (spec.get("slug"), missing)
        assert spec["kind"] in KINDS and spec["lang"] in LANGS, spec["slug"]
        assert spec.get("text") or spec.get("html"), spec["slug"]
    return specs


def assign_files(specs: list[dict]) -> None:
    counters = dict.fromkeys(KINDS, 0)
    for spec in specs:
        counters[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"


def message_id(spec: dict) -> str:
    if spec.get("mid"):
        return spec["mid"]
    digest = hashlib.sha1(spec["file"].encode()).hexdigest()
    domain = spec["frm"][1].split("@", 1)[1]
    style = int(digest[0], 16) % 4
    if style == 0:
        return f"<{digest[:12]}.{digest[12:20]}@{domain}>"
    if style == 1:
        return f"<{digest[:24].upper()}@{domain}>"
    if style == 2:
        return f"<{int(digest[:10], 16)}.{int(digest[10:16], 16)}.JavaMail.app@{domain}>"
    return f"<{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:28]}@{domain}>"


def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def addr_list(pairs) -> str:
    if isinstance(pairs, tuple):
        pairs = [pairs]
    return ", ".join(formataddr(p) if p[0] else p[1] for p in pairs)


def ics_text(ics: dict) -> str:
    status = ics.get("status", "CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{ics['stamp']}",
        f"DTSTART:{ics['start']}",
        f"DTEND:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{ME[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME[1]}",
        f"STATUS:{status}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics['description']}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(fold_ics(line) for line in lines)


def fold_ics(line: str) -> str:
    """RFC 5545 content-line folding: at most 75 octets, continuation lines start with a space."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode()) > (75 if not out else 74):
            out.append(current)
            current = ""
        current += char
    out.append(current)
    return "\r\n ".join(out) + "\r\n"


def build(spec: dict, ids: dict[str, str], refs_of: dict[str, list[str]]) -> bytes:
    msg = EmailMessage(policy=policy.default)
    msg["From"] = addr_list(spec["frm"])
    msg["To"] = addr_list(spec.get("to", ME))
    if spec.get("cc"):
        msg["Cc"] = addr_list(spec["cc"])
    if spec.get("reply_to"):
        msg["Reply-To"] = addr_list(spec["reply_to"])
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(parse_date(spec["date"]))
    msg["Message-ID"] = ids[spec["file"]]
    refs = list(spec.get("refs", []))
    if spec.get("reply_of"):
        parent = next(f for f, s in SPEC_BY_FILE.items() if s.get("key") == spec["reply_of"])
        refs = [*refs_of[parent], ids[parent]]
    if refs:
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
    refs_of[spec["file"]] = refs
    for name, value in spec.get("headers", []):
        msg[name] = value
    msg["MIME-Version"] = "1.0"

    charset = spec.get("cs", "utf-8")
    cte = CTE[spec.get("cte", "qp")]
    text, html = spec.get("text"), spec.get("html")
    if text is not None:
        msg.set_content(text, subtype="plain", charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=spec.get("html_cte", cte))
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    if spec.get("ics"):
        ics = spec["ics"]
        msg.add_alternative(ics_text(ics), subtype="calendar", charset="utf-8", cte="8bit",
                            params={"method": ics["method"]})
    for filename, lines in spec.get("attach", []):
        msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf", filename=filename)
    seed = hashlib.sha1(spec["file"].encode()).hexdigest()
    for number, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{number}_{seed[number:number + 16]}")
    data = msg.as_bytes(policy=policy.default)
    if spec.get("hdr_cs"):
        data = recode_headers(data, spec)
    return data


def recode_headers(data: bytes, spec: dict) -> bytes:
    """Re-encode Subject and the From display name as RFC 2047 words in the spec's charset
    (the default policy would always write UTF-8)."""
    charset = spec["hdr_cs"]
    head, sep, body = data.partition(b"\n\n")
    lines = head.decode("ascii").split("\n")
    fields: list[str] = []
    for line in lines:
        if line[:1] in (" ", "\t") and fields:
            fields[-1] += "\n" + line
        else:
            fields.append(line)
    out = []
    for field in fields:
        name = field.split(":", 1)[0].lower()
        if name == "subject":
            enc = Header(spec["subject"], charset, header_name="Subject").encode(linesep="\n")
            field = f"Subject: {enc}"
        elif name == "from" and spec["frm"][0]:
            field = "From: " + formataddr(spec["frm"], charset=charset)
        out.append(field)
    return "\n".join(out).encode("ascii") + sep + body


SPEC_BY_FILE: dict[str, dict] = {}


def main() -> None:
    specs = all_specs()
    assign_files(specs)
    SPEC_BY_FILE.update((s["file"], s) for s in specs)
    keys = [s["key"] for s in specs if s.get("key")]
    assert len(keys) == len(set(keys)), "duplicate keys"
    ids = {s["file"]: message_id(s) for s in specs}
    assert len(set(ids.values())) == len(ids), "duplicate Message-IDs"
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    refs_of: dict[str, list[str]] = {}
    # parents first, so a reply can chain its parent's References
    ordered = sorted(specs, key=lambda s: parse_date(s["date"]))
    failures = []
    for spec in ordered:
        try:
            (HERE / spec["file"]).write_bytes(build(spec, ids, refs_of))
        except (UnicodeError, ValueError) as exc:
            failures.append(f"{spec['file']}: {exc}")
    assert not failures, "\n".join(failures)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        for spec in specs:
            writer.writerow([spec["file"], spec["kind"], spec["company"],
                             spec["contact"].lower(), spec["lang"]])
    print(f"wrote {len(specs)} messages")


if __name__ == "__main__":
    main()
