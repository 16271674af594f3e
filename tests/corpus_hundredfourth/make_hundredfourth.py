"""Turn the hand-written specs of msgs104_*.py into .eml files and labels.csv.

Run from anywhere:  python tests/corpus_hundredfourth/make_hundredfourth.py
It writes and deletes files only inside its own folder (tests/corpus_hundredfourth/).
Standard library only.
"""

from __future__ import annotations

import csv
import hashlib
import re
import sys
import textwrap
from collections import Counter
from datetime import datetime
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from msgs104_acks import MESSAGES as ACKS  # noqa: E402
from msgs104_common import CAND  # noqa: E402
from msgs104_invites import MESSAGES as INVITES  # noqa: E402
from msgs104_other import MESSAGES as OTHER  # noqa: E402
from msgs104_rejections import MESSAGES as REJECTIONS  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
POLICY = policy.default.clone(linesep="\n")
REQUIRED = ("n", "kind", "lang", "frm", "subj", "date", "company", "contact")


class _Text(HTMLParser):
    """A crude HTML-to-text pass, as an ATS does for the text/plain half of its mail."""

    BLOCK = frozenset({"p", "div", "br", "tr", "li", "h1", "h2", "h3", "table", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script", "head"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag == "a":
            self.href = dict(attrs).get("href")
        if tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.out.append(alt)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script", "head"):
            self.skip -= 1
        if tag == "a" and self.href and self.href.startswith("http"):
            self.out.append(f" <{self.href}>")
            self.href = None
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    lines = [line.strip() for line in "".join(parser.out).split("\n")]
    text, blank = [], False
    for line in lines:
        if line:
            text.append(line)
            blank = False
        elif not blank and text:
            text.append("")
            blank = True
    return "\n".join(text).strip() + "\n"


def wrap_8bit(text: str) -> str:
    """Wrap long unquoted lines at 76 as a desktop client does when it sends 8bit."""
    out = []
    for line in text.split("\n"):
        if len(line) > 78 and not line.startswith(">"):
            out.extend(textwrap.wrap(line, 76, break_long_words=False, break_on_hyphens=False))
        else:
            out.append(line)
    return "\n".join(out)


def tiny_pdf(lines: list[str]) -> bytes:
    """A small, valid one-page PDF showing the given (ASCII) lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ascii_lines = [line.encode("ascii", "replace").decode("ascii") for line in lines]
    stream = "BT /F1 11 Tf 56 780 Td 14 TL " + " ".join(f"({esc(s)}) '" for s in ascii_lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def ics(spec: dict, cal: dict) -> str:
    """A text/calendar body (METHOD REQUEST or CANCEL) for an interview slot."""
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{cal['stamp']}",
        f"DTSTART;TZID={cal['tz']}:{cal['start']}",
        f"DTEND;TZID={cal['tz']}:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
        f"LOCATION:{cal.get('location', '')}",
        f"ORGANIZER;CN=\"{cal['org'][0]}\":mailto:{cal['org'][1]}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{CAND[1]}",
        f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(lines) + "\n"


def address(pair: tuple[str, str] | str, charset: str) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        try:
            name.encode(charset)
            return formataddr((name, addr), charset=charset)
        except UnicodeEncodeError:
            return formataddr((name, addr), charset="utf-8")


def encoded(value: str, charset: str, name: str) -> str:
    try:
        value.encode("ascii")
        return Header(value, "us-ascii", header_name=name).encode(linesep="\n")
    except UnicodeEncodeError:
        try:
            value.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(value, charset, header_name=name).encode(linesep="\n")


def message_id(spec: dict, rel: str) -> str:
    if spec.get("mid"):
        return spec["mid"]
    domain = spec["frm"][1].split("@")[1] if not isinstance(spec["frm"], str) else spec["frm"].split("@")[1]
    digest = hashlib.sha1(rel.encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


def build(spec: dict, rel: str) -> bytes:
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    hcs = spec.get("hcs", cs if cs != "windows-1252" else "iso-8859-1")
    struct = spec.get("struct", "plain")
    body = spec.get("body")
    html = spec.get("html")
    if body is None and html is not None:
        body = html_to_text(html)
    if body is not None:
        body = body.strip("\n") + "\n"
        if cte == "8bit":
            body = wrap_8bit(body)
    for part, label in ((body, "body"), (html, "html")):
        if part is not None:
            try:
                part.encode(cs)
            except UnicodeEncodeError as exc:
                raise SystemExit(f"{rel}: {label} does not fit {cs}: {exc}") from exc

    mime = EmailMessage(policy=POLICY)
    hcte = spec.get("html_cte", cte)
    if struct == "plain":
        mime.set_content(body, subtype="plain", charset=cs, cte=cte)
    elif struct == "html":
        mime.set_content(html, subtype="html", charset=cs, cte=hcte)
    elif struct in ("alt", "mixed"):
        if html is None:
            mime.set_content(body, subtype="plain", charset=cs, cte=cte)
        else:
            mime.set_content(body, subtype="plain", charset=cs, cte=cte)
            mime.add_alternative(html, subtype="html", charset=cs, cte=hcte)
    else:
        raise SystemExit(f"{rel}: unknown structure {struct}")
    if spec.get("ics"):
        cal = spec["ics"]
        mime.add_alternative(ics(spec, cal), subtype="calendar", charset="utf-8", cte="8bit",
                             params={"method": cal["method"]})
    for filename, lines in spec.get("att", []):
        mime.add_attachment(tiny_pdf(lines), maintype="application", subtype="pdf",
                            filename=filename)

    digest = hashlib.sha1(rel.encode()).hexdigest()
    mid = spec.get("mid", "")
    sender = spec["frm"][1] if not isinstance(spec["frm"], str) else spec["frm"]
    if "outlook" in mid.lower():
        style = "_000_{d}_"
    elif sender == CAND[1]:
        style = "000000000000{d}"
    else:
        styles = ("----=_Part_{d}", "b1_{d}", "_----------=_{d}", "=_{d}")
        style = styles[int(hashlib.sha1(sender.split("@")[1].encode()).hexdigest()[:2], 16) % len(styles)]
    for number, part in enumerate(mime.walk()):
        if part is not mime:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(style.format(d=f"{digest[number:number + 16]}{number}"))

    head = [f"From: {address(spec['frm'], hcs)}"]
    if spec.get("rt"):
        head.append(f"Reply-To: {address(spec['rt'], hcs)}")
    to = spec.get("to", CAND)
    tos = to if isinstance(to, list) else [to]
    head.append("To: " + ", ".join(address(t, hcs) for t in tos))
    if spec.get("cc"):
        head.append("Cc: " + ", ".join(address(c, hcs) for c in spec["cc"]))
    head.append(f"Subject: {encoded(spec['subj'], hcs, 'Subject')}")
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    head.append(f"Date: {format_datetime(when)}")
    head.append(f"Message-ID: {message_id(spec, rel)}")
    if spec.get("irt"):
        head.append(f"In-Reply-To: {spec['irt']}")
        refs = spec.get("refs") or [spec["irt"]]
        head.append("References: " + "\n ".join(refs))
    for name, value in spec.get("hdr", {}).items():
        head.append(f"{name}: {value}")
    raw = mime.as_bytes(policy=POLICY)
    return ("\n".join(head) + "\n").encode("ascii") + raw


def main() -> None:
    specs = [*REJECTIONS, *INVITES, *ACKS, *OTHER]
    for old in HERE.rglob("*.eml"):
        old.unlink()
    for kind in KINDS:
        folder = HERE / kind
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    rows, seen_ids, stats = [], set(), Counter()
    for i, spec in enumerate(specs, 1):
        missing = [k for k in REQUIRED if k not in spec]
        if missing:
            raise SystemExit(f"spec {i} ({spec.get('n')}): missing {missing}")
        if spec["kind"] not in KINDS:
            raise SystemExit(f"spec {i}: bad kind {spec['kind']}")
        rel = f"{spec['kind']}/{i:03d}_{spec['n']}.eml"
        data = build(spec, rel)
        mid = message_id(spec, rel)
        if mid in seen_ids:
            raise SystemExit(f"{rel}: duplicate Message-ID {mid}")
        seen_ids.add(mid)
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
        stats[spec.get("struct", "plain")] += 1
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    print("kinds:", dict(Counter(r[1] for r in rows)))
    print("languages:", dict(Counter(r[4] for r in rows)))
    print("structures (spec):", dict(stats))


if __name__ == "__main__":
    main()
