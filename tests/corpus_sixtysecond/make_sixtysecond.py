"""Writes the sixty-second labelled corpus: one .eml per message plus labels.csv.

The messages themselves live in the msgs62_*.py data modules beside this file (one per
group of kinds), each a list of plain dicts; this script only turns them into MIME the way
real senders do (plain, HTML-only, multipart/alternative, calendar parts, attachments,
quoted-printable, base64, legacy charsets) and writes the label file. It imports only the
standard library and its own data modules, and only writes inside its own folder.

Run: python tests/corpus_sixtysecond/make_sixtysecond.py
"""

from __future__ import annotations

import csv
import email.policy
import hashlib
import html
import re
import sys
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs62_interviews  # noqa: E402
import msgs62_other  # noqa: E402
import msgs62_outcomes  # noqa: E402

CANDIDATE = ("Jordan Castellanos-Whitfield", "jordan.cw@example.com")
KIND_DIRS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)


def _addr(value: str | tuple[str, str]) -> str:
    """Accept either a ready header string or a (name, address) pair."""
    if isinstance(value, tuple):
        return formataddr(value, charset="utf-8")
    return value


def _html_from_text(text: str, style: str, brand: str) -> str:
    """Render a plain body the way the sender's mail tool would, so HTML parts look real."""
    paras = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
    body = "\n".join(
        '<p style="margin:0 0 14px 0;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        'color:#333333;line-height:20px">'
        + html.escape(p).replace("\n", "<br>\n")
        + "</p>"
        for p in paras
    )
    token = hashlib.sha1(text.encode()).hexdigest()[:16]
    if style == "ats":
        return (
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;"
            "padding:0;background:#f4f4f4\">\n<table role=\"presentation\" width=\"100%\" "
            "cellpadding=\"0\" cellspacing=\"0\" bgcolor=\"#f4f4f4\"><tr><td align=\"center\">\n"
            "<table width=\"600\" cellpadding=\"24\" cellspacing=\"0\" bgcolor=\"#ffffff\">"
            f"<tr><td><img src=\"https://cdn.example.net/logos/{token}.png\" alt=\"{html.escape(brand)} logo\" "
            "width=\"140\" style=\"display:block;border:0\"></td></tr>\n<tr><td>\n"
            f"{body}\n</td></tr>\n<tr><td style=\"font-size:11px;color:#999999;font-family:Arial\">"
            f"<a href=\"https://click.example.net/ls/click?upn={token}\" style=\"color:#999999\">"
            "Privacy</a> &middot; Powered by our applicant tracking system</td></tr></table>\n"
            f"<img src=\"https://open.example.net/o/{token}.gif\" width=\"1\" height=\"1\" alt=\"\">"
            "</td></tr></table></body></html>\n"
        )
    if style == "outlook":
        return (
            "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv="
            "\"Content-Type\" content=\"text/html; charset=utf-8\"><style><!-- p.MsoNormal "
            "{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style></head>"
            "<body lang=\"EN-US\" link=\"#0563C1\"><div class=\"WordSection1\">\n"
            + "\n".join(
                "<p class=\"MsoNormal\">" + html.escape(p).replace("\n", "<br>\n") + "<o:p></o:p></p>"
                "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
                for p in paras
            )
            + "\n</div></body></html>\n"
        )
    return f"<div dir=\"ltr\">\n{body}\n</div>\n"


def build(spec: dict, index: int) -> EmailMessage:
    """One message from its spec: headers first, then the body in the sender's format."""
    msg = EmailMessage(policy=email.policy.default)
    domain = spec.get("msgid_domain") or re.sub(r".*@", "", _addr(spec["frm"])).strip(">")
    msg["From"] = _addr(spec["frm"])
    msg["To"] = _addr(spec.get("to", CANDIDATE))
    if spec.get("cc"):
        msg["Cc"] = _addr(spec["cc"])
    if spec.get("reply_to"):
        msg["Reply-To"] = _addr(spec["reply_to"])
    msg["Subject"] = spec["subject"]
    when = datetime.fromisoformat(spec["date"])
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{when.strftime('%Y%m%d%H%M%S')}.c62.{index:03d}@{domain}>"
    if spec.get("reply"):
        parent = f"<{spec['reply']}>"
        msg["In-Reply-To"] = parent
        msg["References"] = " ".join(spec.get("refs", [])) + (" " if spec.get("refs") else "") + parent
    for name, value in spec.get("headers", {}).items():
        msg[name] = value

    text = spec.get("body", "").strip("\n") + "\n"
    fmt = spec.get("fmt", "plain")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    brand = spec.get("company") or "Company"
    page = spec.get("html") or _html_from_text(text, spec.get("style", "gmail"), brand)
    if fmt == "html":
        msg.set_content(page, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(text, charset=charset, cte=cte)
        if fmt == "alt":
            msg.add_alternative(page, subtype="html", charset=charset, cte=cte)
    if spec.get("ics"):
        method = spec.get("ics_method", "REQUEST")
        if fmt == "plain":
            msg.make_alternative()
        msg.add_alternative(spec["ics"], subtype="calendar", params={"method": method})
    for filename, payload in spec.get("attach", []):
        maintype, subtype = ("application", "pdf") if filename.endswith(".pdf") else ("application", "octet-stream")
        msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    for number, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{index:03d}_{number}.c62")
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    return msg


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def main() -> None:
    specs = msgs62_outcomes.MSGS + msgs62_interviews.MSGS + msgs62_other.MSGS
    for kind in KIND_DIRS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    rows = []
    counters: dict[str, int] = {}
    for index, spec in enumerate(specs, start=1):
        kind = spec["kind"]
        assert kind in KIND_DIRS, kind
        counters[kind] = counters.get(kind, 0) + 1
        rel = f"{kind}/{counters[kind]:03d}_{slug(spec['name'])}.eml"
        (HERE / rel).write_bytes(build(spec, index).as_bytes())
        company = spec.get("company", "") if kind != "other" else ""
        rows.append([rel, kind, company, spec.get("contact", ""), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages: " + ", ".join(f"{k}={v}" for k, v in sorted(counters.items())))


if __name__ == "__main__":
    main()
