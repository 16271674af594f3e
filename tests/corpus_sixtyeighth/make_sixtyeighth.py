"""Writes the sixty-eighth labelled corpus: one .eml per message spec, plus labels.csv.

The message texts live in the msgs68_* data modules beside this file (each a list of plain
dicts); this module only turns a spec into a MIME message with the structure the spec asks
for (charset, transfer encoding, HTML, calendar part, attachment, list headers, threading).
It imports only the standard library and its own data modules, and it writes and deletes
files only inside this folder.

Run: python tests/corpus_sixtyeighth/make_sixtyeighth.py
"""

from __future__ import annotations

import csv
import email.policy
import email.utils
import re
import sys
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs68_jobs_en  # noqa: E402
import msgs68_jobs_intl  # noqa: E402
import msgs68_other  # noqa: E402

CANDIDATE = "Marcus Delgado-Whitfield <marcus.dw@example.com>"
CANDIDATE_ADDR = "marcus.dw@example.com"
KIND_DIRS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
# Automated senders: never a contact. Role mailboxes a person reads (careers@, hr@) are not here.
AUTOMATED = re.compile(
    r"no[-_.]?reply|no[-_.]?respond|ne[-_.]pas[-_.]repondre|donotreply|do[-_.]not[-_.]reply|notification|mailer|alerts?@|jobalert"
    r"|newsletter|digest|bounce|updates?@|news@|marketing@|auto(?:mated|mail)?@|system@",
    re.IGNORECASE,
)
FORMATS = {
    # name: (charset, content-transfer-encoding)
    "plain": ("utf-8", None),
    "qp": ("utf-8", "quoted-printable"),
    "b64": ("utf-8", "base64"),
    "latin1": ("iso-8859-1", "quoted-printable"),
    "latin1-8bit": ("iso-8859-1", "8bit"),
    "cp1252": ("windows-1252", "quoted-printable"),
}


def address_of(header: str) -> str:
    """The bare address in a From/Reply-To value, lower-cased."""
    return email.utils.parseaddr(header)[1].lower()


def derived_contact(spec: dict) -> str:
    """SPEC section 3: Reply-To if human, else the human sender, else nothing."""
    if "ct" in spec:
        return spec["ct"]
    for header in (spec.get("rt", ""), spec["frm"]):
        addr = address_of(header) if header else ""
        if addr and addr != CANDIDATE_ADDR and not AUTOMATED.search(addr):
            return addr
    return ""


def build(spec: dict, number: int) -> EmailMessage:
    """One message: headers first, then the body structure the spec's format asks for."""
    msg = EmailMessage()
    sender_domain = address_of(spec["frm"]).rpartition("@")[2] or "example.com"
    msg["From"] = spec["frm"]
    msg["To"] = spec.get("to", CANDIDATE)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("rt"):
        msg["Reply-To"] = spec["rt"]
    msg["Subject"] = spec["subj"]
    msg["Date"] = email.utils.format_datetime(datetime.fromisoformat(spec["d"]))
    msg["Message-ID"] = f"<{number:03d}.{spec['s']}.68@{sender_domain}>"
    if spec.get("re"):
        parent = f"<CA+68md{number:03d}w{spec['s'][:6]}@mail.example.com>"
        msg["In-Reply-To"] = parent
        msg["References"] = f"<thread{number:03d}.start@{sender_domain}> {parent}"
    msg["MIME-Version"] = "1.0"
    for name, value in spec.get("hdr", {}).items():
        msg[name] = value
    charset, cte = FORMATS[spec.get("fmt", "plain")]
    body, html = spec.get("body"), spec.get("html")
    if body is not None:
        msg.set_content(body, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(html, subtype="html", charset=charset, cte=cte)
    if spec.get("ics"):
        ics = spec["ics"].replace("\n", "\r\n")
        if msg.get_content_type() == "multipart/alternative" or body is not None:
            if msg.get_content_type() != "multipart/alternative":
                msg.make_alternative()
            method = re.search(r"METHOD:(\w+)", ics)
            msg.add_alternative(ics, subtype="calendar",
                                params={"method": method.group(1) if method else "REQUEST"})
        else:
            msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    for filename in spec.get("att", ()):
        maintype, subtype = ("application", "pdf") if filename.endswith(".pdf") else ("image", "png")
        payload = b"%PDF-1.4\n% placeholder\n" if maintype == "application" else b"\x89PNG\r\n\x1a\n"
        msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    return msg


def stable_boundaries(data: bytes, number: int) -> bytes:
    """Random MIME boundaries replaced by numbered ones, so a rerun writes identical files."""
    found = dict.fromkeys(re.findall(rb"={15}\d+==", data))
    for index, boundary in enumerate(found):
        data = data.replace(boundary, f"=_part68_{number:03d}_{index}".encode())
    return data


def main() -> None:
    """Clear this corpus's .eml files and labels, then write every spec again, numbered."""
    specs = msgs68_jobs_en.MESSAGES + msgs68_jobs_intl.MESSAGES + msgs68_other.MESSAGES
    specs.sort(key=lambda spec: datetime.fromisoformat(spec["d"]))  # numbered as the inbox fills
    for kind in KIND_DIRS:
        for old in (HERE / kind).glob("*.eml"):
            old.unlink()
    rows = []
    for number, spec in enumerate(specs, start=1):
        assert spec["k"] in KIND_DIRS, spec["s"]
        folder = HERE / spec["k"]
        folder.mkdir(exist_ok=True)
        rel = f"{spec['k']}/{number:03d}_{spec['s']}.eml"
        data = build(spec, number).as_bytes(policy=email.policy.default.clone(linesep="\n"))
        data = stable_boundaries(data, number)
        (HERE / rel).write_bytes(data)
        contact = derived_contact(spec)
        rows.append([rel, spec["k"], spec.get("co", ""), contact, spec["l"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
