"""Turn the hand-written specs of msgs142_*.py into .eml files and labels.csv.

Run from the repository root or from anywhere: python tests/corpus_hundredfortysecond/make_hundredfortysecond.py
It writes and deletes files only inside its own folder.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from datetime import UTC, datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs142_acks  # noqa: E402
import msgs142_invites  # noqa: E402
import msgs142_other  # noqa: E402
import msgs142_rejections  # noqa: E402
from msgs142_common import CANDIDATE  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}
POLICY = default_policy.clone(linesep="\n")


def when(text: str) -> datetime:
    """'2026-03-04 09:12 +0100' -> aware datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def encoding(spec_enc: str) -> tuple[str, str]:
    charset, _, cte = spec_enc.partition("/")
    return charset, CTE[cte or "qp"]


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (ASCII only)."""
    def esc(line: str) -> str:
        line = line.encode("ascii", "replace").decode("ascii")
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    text = "BT /F1 11 Tf 14 TL 60 780 Td " + " ".join(f"({esc(x)}) '" for x in lines) + " ET"
    stream = text.encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
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
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def ics(spec: dict, cal: dict) -> str:
    """A text/calendar body (METHOD REQUEST or CANCEL) for an interview slot."""
    def utc(text: str) -> str:
        return when(text).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal['prodid']}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{utc(spec['date'])}",
        f"DTSTART:{utc(cal['start'])}",
        f"DTEND:{utc(cal['end'])}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"ORGANIZER;CN=\"{cal['organizer'][0]}\":mailto:{cal['organizer'][1]}",
        "ATTENDEE;CN=Jonas Weißmann-Tanaka;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
        "RSVP=TRUE:mailto:jonas.wt@example.de",
        f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}",
    ]
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{cal['description']}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def message_id(spec: dict, number: int) -> str:
    if spec.get("mid"):
        return spec["mid"]
    sender = spec["frm"].rsplit("@", 1)[1].rstrip(">").strip()
    digest = hashlib.sha1(f"142/{number}/{spec['name']}".encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{sender}>"


def build(spec: dict, number: int) -> bytes:
    msg = EmailMessage(policy=POLICY)
    subject = spec["subj"]
    msg["From"] = "__FROM__" if spec.get("from_enc") else spec["frm"]
    msg["To"] = spec.get("to", CANDIDATE)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("rt"):
        msg["Reply-To"] = spec["rt"]
    msg["Subject"] = "__SUBJECT__" if spec.get("subj_enc") else subject
    msg["Date"] = format_datetime(when(spec["date"]))
    msg["Message-ID"] = message_id(spec, number)
    if spec.get("irt"):
        msg["In-Reply-To"] = spec["irt"]
        msg["References"] = " ".join(spec.get("refs", [spec["irt"]]))
    lst = spec.get("list")
    if lst:
        msg["List-Id"] = lst["id"]
        msg["List-Unsubscribe"] = lst["unsub"]
        if lst.get("one_click", True):
            msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        msg["Precedence"] = lst.get("precedence", "bulk")
    for name, value in spec.get("hdrs", {}).items():
        msg[name] = value
    msg["MIME-Version"] = "1.0"

    charset, cte = encoding(spec.get("enc", "utf-8/qp"))
    hcharset, hcte = encoding(spec.get("html_enc", spec.get("enc", "utf-8/qp")))
    struct = spec["struct"]
    if struct == "plain":
        msg.set_content(spec["body"], charset=charset, cte=cte)
    elif struct == "html":
        msg.set_content(spec["html"], subtype="html", charset=hcharset, cte=hcte)
    elif struct == "alt":
        msg.set_content(spec["body"], charset=charset, cte=cte)
        msg.add_alternative(spec["html"], subtype="html", charset=hcharset, cte=hcte)
    elif struct == "cal":
        cal = spec["cal"]
        msg.set_content(spec["body"], charset=charset, cte=cte)
        if spec.get("html"):
            msg.add_alternative(spec["html"], subtype="html", charset=hcharset, cte=hcte)
        msg.add_alternative(ics(spec, cal), subtype="calendar", charset="utf-8", cte="8bit",
                            params={"method": cal["method"]})
        if cal.get("attach"):
            msg.add_attachment(ics(spec, cal).encode("utf-8"), "application", "ics",
                               filename=cal["attach"])
    elif struct == "mixed":
        msg.set_content(spec["body"], charset=charset, cte=cte)
        if spec.get("html"):
            msg.add_alternative(spec["html"], subtype="html", charset=hcharset, cte=hcte)
    else:
        raise ValueError(f"{spec['name']}: unknown structure {struct}")
    for att in spec.get("att", []):
        msg.add_attachment(pdf_bytes(att["lines"]), "application", "pdf",
                           filename=att["filename"])
    if struct == "mixed" and not spec.get("att"):
        raise ValueError(f"{spec['name']}: mixed without attachment")

    digest = hashlib.sha1(f"boundary/{number}/{spec['name']}".encode()).hexdigest()
    for index, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{number}_{index}.{digest[index:index + 16]}")
    data = msg.as_bytes(policy=POLICY)
    if spec.get("subj_enc"):
        encoded = Header(subject, spec["subj_enc"], header_name="Subject").encode(linesep="\n")
        data = data.replace(b"__SUBJECT__", encoded.encode("ascii"), 1)
    if spec.get("from_enc"):
        name, addr = spec["frm"].rsplit("<", 1)
        name = name.strip().strip('"')
        encoded = Header(name, spec["from_enc"], header_name="From").encode(linesep="\n")
        data = data.replace(b"__FROM__", f"{encoded} <{addr}".encode("ascii"), 1)
    return data


def main() -> None:
    specs = [*msgs142_rejections.MESSAGES, *msgs142_invites.MESSAGES,
             *msgs142_acks.MESSAGES, *msgs142_other.MESSAGES]
    names = [spec["name"] for spec in specs]
    dupes = {name for name in names if names.count(name) > 1}
    if dupes:
        raise SystemExit(f"duplicate scenario names: {sorted(dupes)}")
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
    rows = []
    for number, spec in enumerate(specs, start=1):
        if spec["kind"] not in KINDS:
            raise SystemExit(f"{spec['name']}: unknown kind {spec['kind']}")
        folder = HERE / spec["kind"]
        folder.mkdir(exist_ok=True)
        rel = f"{spec['kind']}/{number:03d}_{spec['name']}.eml"
        (HERE / rel).write_bytes(build(spec, number))
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
