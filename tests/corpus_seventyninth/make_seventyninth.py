"""Writes the seventy-ninth labelled corpus: one .eml per message and labels.csv.

The messages themselves live in the msgs79_*.py data modules beside this file (one per group of
kinds); this module only turns their compact descriptions into real MIME (plain, HTML-only,
multipart/alternative, calendar parts, attachments, several charsets and transfer encodings) and
derives the `contact` label by the corpus rule. It imports only the standard library and its own
data modules, and writes only inside tests/corpus_seventyninth/.

Run: python tests/corpus_seventyninth/make_seventyninth.py
"""

from __future__ import annotations

import csv
import hashlib
import html
import logging
import re
import shutil
import sys
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import msgs79_ack  # noqa: E402
import msgs79_interview  # noqa: E402
import msgs79_offer  # noqa: E402
import msgs79_other  # noqa: E402
import msgs79_rejection  # noqa: E402

logger = logging.getLogger(__name__)

CANDIDATE = "Maëlle Kouassi-Berger <maelle.kb@example.be>"
CANDIDATE_ADDR = "maelle.kb@example.be"
KIND_DIRS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
# Addresses nobody reads: the corpus never gives one of these as `contact`.
UNATTENDED = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|ne[-_.]?pas[-_.]?repondre|notification|mailer|"
    r"alerts?@|system@|automated|bounce|news(letter)?@|digest|info@|hello@|support@|"
    r"jobalerts?|invitations?@|calendar|updates?@|marketing",
    re.I,
)
OUT = SMTP.clone(linesep="\n", max_line_length=998)


def _addr_of(value: str) -> str:
    return getaddresses([value])[0][1].lower()


def contact_for(spec: dict[str, Any]) -> str:
    """Reply-To if it is a person's box, else the sender if it is, else nothing (README rule)."""
    if spec["kind"] == "other":
        return ""
    if "ct" in spec:
        return str(spec["ct"])
    for field in ("reply_to", "frm"):
        if spec.get(field):
            addr = _addr_of(spec[field])
            if addr != CANDIDATE_ADDR and not UNATTENDED.search(addr):
                return addr
    return ""


def _html_of(text: str, brand: str, track: str, charset: str) -> str:
    """A mail-client style rendering: a table layout, inline styles and tracked links."""
    paras = []
    for block in text.strip().split("\n\n"):
        inner = html.escape(block).replace("\n", "<br>\n")
        inner = re.sub(
            r"(https?://[^\s<]+)",
            lambda m: f'<a href="https://{track}/ls/click?upn={hashlib.md5(m.group(1).encode()).hexdigest()[:18]}" '
            f'style="color:#1a5fb4">{m.group(1)}</a>',
            inner,
        )
        paras.append(f'<p style="margin:0 0 14px 0;font-family:Arial,sans-serif;font-size:14px;color:#222">{inner}</p>')
    body = "\n".join(paras)
    return (
        f"<!DOCTYPE html><html><head><meta charset=\"{charset}\"></head><body style=\"margin:0;padding:0;background:#f3f3f3\">\n"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f3f3f3"><tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;border:1px solid #ddd">\n'
        f'<tr><td><img src="https://{track}/img/logo.png" alt="{html.escape(brand)}" width="140" style="display:block;border:0"></td></tr>\n'
        f"<tr><td>\n{body}\n</td></tr>\n"
        f'<tr><td style="font-size:11px;color:#888;font-family:Arial,sans-serif">&copy; 2026 {html.escape(brand)}</td></tr>\n'
        f'</table></td></tr></table><img src="https://{track}/o/{hashlib.md5(text.encode()).hexdigest()[:24]}.gif" width="1" height="1" alt="">\n'
        "</body></html>\n"
    )


def _ics(spec: dict[str, Any], uid: str, organizer: str) -> str:
    ev = spec["ics"]
    start = datetime.strptime(ev["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=ev.get("minutes", 45))
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Example Corp//Calendar 2026//EN",
        "VERSION:2.0",
        f"METHOD:{ev.get('method', 'REQUEST')}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{start.strftime('%Y%m%d')}T080000Z",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{ev['summary']}",
        f"ORGANIZER;CN=Organizer:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CANDIDATE_ADDR}",
        f"LOCATION:{ev.get('location', 'Microsoft Teams')}",
        f"STATUS:{'CANCELLED' if ev.get('method') == 'CANCEL' else 'CONFIRMED'}",
        f"SEQUENCE:{ev.get('sequence', 0)}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def message_id(spec: dict[str, Any], number: int) -> str:
    """A stable Message-ID, so a later message can name an earlier one as its parent."""
    domain = _addr_of(spec["frm"]).split("@")[-1] or "example.com"
    digest = hashlib.sha1(f"{number}{spec['subj']}".encode()).hexdigest()[:12]
    return f"<79.{number:03d}.{digest}@{domain}>"


def build(spec: dict[str, Any], number: int, ids: dict[str, str]) -> bytes:
    """One message as bytes, from its compact description (ids: Message-ID by scenario)."""
    frm = spec["frm"]
    domain = _addr_of(frm).split("@")[-1] or "example.com"
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = spec.get("to", CANDIDATE)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subj"]
    msg["Date"] = format_datetime(datetime.strptime(spec["d"], "%Y-%m-%d %H:%M %z"))
    digest = hashlib.sha1(f"{number}{spec['subj']}".encode()).hexdigest()[:12]
    msg["Message-ID"] = message_id(spec, number)
    parents = [ids[spec["reply_of"]]] if spec.get("reply_of") else []
    parents += [f"<79.{number:03d}.p{i}.{digest[:6]}@{p}>" for i, p in enumerate(spec.get("thread", []))]
    if parents:
        msg["In-Reply-To"] = parents[-1]
        msg["References"] = " ".join(parents)
    msg["MIME-Version"] = "1.0"
    for name, value in spec.get("hdr", {}).items():
        msg[name] = value
    text = spec["body"].strip("\n") + "\n"
    charset = spec.get("cs", "utf-8")
    if charset != "utf-8":
        text = text.translate(str.maketrans({"’": "'", "“": '"', "”": '"', "…": "...", "–": "-", "—": "-", "€": "EUR"})) if charset == "iso-8859-1" else text
    # Unspecified: every third message 8bit, the rest as the email package chooses (QP or 7bit).
    cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}.get(spec.get("cte", ""))
    if cte is None and number % 3 == 0 and not text.isascii():
        cte = "8bit"
    fmt = spec.get("fmt", "plain")
    brand = spec.get("brand", domain)
    track = spec.get("track", f"click.{domain}")
    if fmt == "html":
        msg.set_content(spec.get("html") or _html_of(text, brand, track, charset), subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        msg.set_content(text, charset=charset, cte=cte)
        if fmt == "alt":
            msg.add_alternative(spec.get("html") or _html_of(text, brand, track, charset), subtype="html", charset=charset, cte="quoted-printable")
    if spec.get("ics"):
        uid = f"79-{number:03d}-{digest}@{domain}"
        ics = _ics(spec, uid, _addr_of(spec.get("reply_to") or frm))
        method = spec["ics"].get("method", "REQUEST")
        if not msg.is_multipart():
            msg.make_alternative()
        msg.add_alternative(ics, subtype="calendar", params={"method": method}, charset="utf-8")
        msg.make_mixed()
        msg.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    for name in spec.get("pdf", []):
        if not msg.is_multipart() or msg.get_content_type() != "multipart/mixed":
            msg.make_mixed()
        msg.add_attachment(b"%PDF-1.4\n% placeholder\n%%EOF\n", maintype="application", subtype="pdf", filename=name)
    return msg.as_bytes(policy=OUT)


def all_specs() -> list[dict[str, Any]]:
    specs: list[dict[str, Any]] = []
    for module in (msgs79_rejection, msgs79_interview, msgs79_ack, msgs79_offer, msgs79_other):
        specs.extend(module.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    for kind in KIND_DIRS:
        shutil.rmtree(ROOT / kind, ignore_errors=True)
        (ROOT / kind).mkdir()
    rows = []
    ids = {spec["scen"]: message_id(spec, number) for number, spec in enumerate(specs, start=1)}
    assert len(ids) == len(specs), "scenario names must be unique"
    for number, spec in enumerate(specs, start=1):
        assert spec["kind"] in KIND_DIRS, spec["scen"]
        rel = f"{spec['kind']}/{number:03d}_{spec['scen']}.eml"
        (ROOT / rel).write_bytes(build(spec, number, ids))
        company = spec.get("co", "") if spec["kind"] != "other" else ""
        rows.append([rel, spec["kind"], company, contact_for(spec), spec["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    logger.info("wrote %d messages", len(rows))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
