"""Turn the hand-written specs of the hundredeighth corpus into .eml files and labels.csv.

Run from the repository root:  python tests/corpus_hundredeighth/make_hundredeighth.py
Writes and deletes files only inside tests/corpus_hundredeighth/.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs108_acks  # noqa: E402
import msgs108_invites  # noqa: E402
import msgs108_other  # noqa: E402
import msgs108_rejections  # noqa: E402
from msgs108_common import CAND_FULL, ats_shell, news_shell, outlook_shell  # noqa: E402

ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
SHELLS = {"ats": ats_shell, "outlook": outlook_shell, "news": news_shell}


def pdf_bytes(text: str) -> bytes:
    """A tiny valid one-page PDF carrying the given text."""
    safe = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    lines = [ln.encode("latin-1", "replace").decode("latin-1") for ln in safe.split("\n")]
    stream = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({ln}) '" for ln in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def build(spec: dict, nnn: int) -> EmailMessage:
    msg = EmailMessage()
    _name, addr = parseaddr(spec["frm"])
    domain = addr.split("@")[1]
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    seed = hashlib.sha1(f"{nnn}{spec['subj']}".encode()).hexdigest()
    msg["From"] = spec["frm"]
    msg["To"] = spec.get("to", CAND_FULL)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subj"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{seed[:16]}.{nnn:03d}@{domain}>"
    thread = spec.get("thread")
    if thread:
        if thread is True:
            other = "example.co" if domain != "example.co" else "mail.example.com"
            thread = [f"<{seed[16:28]}.p{nnn:03d}@{other}>", f"<{seed[28:40]}.q{nnn:03d}@{domain}>"]
        msg["In-Reply-To"] = thread[-1]
        msg["References"] = " ".join(thread)
    if spec.get("list"):
        msg["List-Id"] = spec.get("list_id", f"<news.{domain}>")
        msg["List-Unsubscribe"] = f"<https://{domain}/u/{seed[:10]}>, <mailto:unsubscribe@{domain}?subject={seed[:8]}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        msg["Precedence"] = "bulk"
    for key, value in spec.get("headers", {}).items():
        msg[key] = value
    msg["MIME-Version"] = "1.0"

    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte")
    text = spec["body"] + (("\n" + spec["quote"].strip("\n") + "\n") if spec.get("quote") else "")
    html = spec.get("html")
    if html is None and spec.get("html_shell"):
        shell_name, kwargs = spec["html_shell"]
        html = SHELLS[shell_name](spec["body"], **kwargs)
    struct = spec.get("struct", "plain")
    if struct == "html":
        msg.set_content(html, subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(text, charset=cs, cte=cte)
        if struct in ("alt", "mixed_alt"):
            msg.add_alternative(html, subtype="html", charset=cs, cte=spec.get("html_cte", cte))
    if spec.get("cal"):
        method = spec.get("cal_method", "REQUEST")
        ics = spec["cal"].strip("\n").replace("\n", "\r\n") + "\r\n"
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(ics, subtype="calendar", charset="utf-8", params={"method": method})
    for filename, content in spec.get("attach", []):
        msg.add_attachment(pdf_bytes(content), maintype="application", subtype="pdf", filename=filename)
    return msg


def main() -> None:
    specs = [*msgs108_rejections.MSGS, *msgs108_invites.MSGS, *msgs108_acks.MSGS, *msgs108_other.MSGS]
    specs.sort(key=lambda s: ORDER.index(s["kind"]))
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for nnn, spec in enumerate(specs, 1):
        folder = HERE / spec["kind"]
        folder.mkdir(exist_ok=True)
        rel = f"{spec['kind']}/{nnn:03d}_{spec['scen']}.eml"
        (HERE / rel).write_bytes(build(spec, nnn).as_bytes(policy=SMTP))
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
