"""Writes the eighty-sixth labelled corpus (tests/corpus_eightysixth/<kind>/*.eml and labels.csv)
from the hand-written specs in the msgs86_* modules. Run from anywhere:
`python tests/corpus_eightysixth/make_eightysixth.py`. Creates and deletes files only inside
tests/corpus_eightysixth/. Imports the standard library and its sibling msgs86_* modules."""

from __future__ import annotations

import csv
import hashlib
import sys
from datetime import datetime
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from msgs86_kit import ATS_SYSTEM, ME, NOREPLY, shell  # noqa: E402

MODULES = ["msgs86_rej", "msgs86_inv", "msgs86_move", "msgs86_ack", "msgs86_other"]
LATIN1_PLAIN = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u201c": '"', "\u201e": '"', "\u201d": '"'})
ENCODINGS = {"qp": QP, "b64": BASE64, "8bit": None}


def _text(body: str, subtype: str, charset: str, enc: str) -> MIMEText:
    cs = Charset(charset)
    cs.body_encoding = ENCODINGS[enc]
    cs.header_encoding = QP
    part = MIMEText("", subtype)
    del part["Content-Transfer-Encoding"]
    part.set_payload(body, cs)
    return part


def _addr(pair: tuple[str, str], charset: str) -> str:
    name, address = pair
    return formataddr((name, address), charset=charset) if name else address


def _header(value: str, charset: str) -> str:
    return value if value.isascii() else Header(value, charset).encode()


def message_id(spec: dict[str, object], number: int) -> str:
    """A stable Message-ID on the sender's domain."""
    domain = str(spec["frm"][1]).split("@")[1]  # type: ignore[index]
    digest = hashlib.sha1(str(spec["scen"]).encode()).hexdigest()[:10]
    return f"<{number:03d}.{digest}@{domain}>"


def build(spec: dict[str, object], number: int, ids: dict[str, str]) -> bytes:
    """One message as bytes. Keys: text, html (True = wrap text in the brand shell, or a string),
    brand, colour, footer, enc, charset, ics (text) + ics_method, attach (file name),
    reply_to, cc, to, parent (a Message-ID, or "@scen" for an earlier spec), headers (extra)."""
    charset = str(spec.get("charset", "utf-8"))
    enc = str(spec.get("enc", "qp" if charset == "utf-8" else "8bit"))
    text = str(spec["text"]).strip("\n") + "\n"
    if charset == "iso-8859-1":  # Latin-1 has no typographic dashes or quotes; writers type plain ones
        text = text.translate(LATIN1_PLAIN)
    html = spec.get("html")
    if html is True:
        html = shell(text, str(spec.get("brand", "")), str(spec.get("colour", "#0b5394")), str(spec.get("footer", "")))
    parts = []
    if spec.get("html_only"):
        parts.append(_text(str(html), "html", charset, enc))
    else:
        parts.append(_text(text, "plain", charset, enc))
        if html:
            parts.append(_text(str(html), "html", charset, enc))
    if spec.get("ics"):
        cal = _text(str(spec["ics"]), "calendar", "utf-8", "8bit")
        cal.set_param("method", str(spec.get("ics_method", "REQUEST")))
        parts.append(cal)
    boundary = "=_" + hashlib.sha1(str(spec["scen"]).encode()).hexdigest()[:16]
    body = parts[0]
    if len(parts) > 1:
        body = MIMEMultipart("alternative", boundary=boundary + "_alt")
        for part in parts:
            body.attach(part)
    if spec.get("attach"):
        outer = MIMEMultipart("mixed", boundary=boundary + "_mix")
        outer.attach(body)
        pdf = MIMEApplication(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "pdf")
        pdf.add_header("Content-Disposition", "attachment", filename=str(spec["attach"]))
        outer.attach(pdf)
        body = outer
    frm = spec["frm"]
    body["Message-ID"] = message_id(spec, number)
    body["Date"] = format_datetime(datetime.fromisoformat(str(spec["date"])))
    body["From"] = _addr(frm, charset)  # type: ignore[arg-type]
    body["To"] = _addr(spec.get("to", ME), charset)  # type: ignore[arg-type]
    if spec.get("cc"):
        body["Cc"] = _addr(spec["cc"], charset)  # type: ignore[arg-type]
    if spec.get("reply_to"):
        body["Reply-To"] = _addr(spec["reply_to"], charset)  # type: ignore[arg-type]
    subject = str(spec["subject"])
    body["Subject"] = _header(subject.translate(LATIN1_PLAIN) if charset == "iso-8859-1" else subject, charset)
    if spec.get("parent"):  # "@scen" names an earlier message of this corpus
        parent = str(spec["parent"])
        parent = ids.get(parent[1:], parent) if parent.startswith("@") else parent
        body["In-Reply-To"] = parent
        body["References"] = parent
    for name, value in dict(spec.get("headers", {})).items():  # type: ignore[arg-type]
        body[name] = value
    if "MIME-Version" not in body:
        body["MIME-Version"] = "1.0"
    return body.as_bytes()


def contact_of(spec: dict[str, object]) -> str:
    """The label rule: Reply-To if a person reads it, else the sender if a person, else empty;
    only job mail gets a contact (see README). ATS system senders are never a person."""
    if "contact" in spec:
        return str(spec["contact"])
    if spec["kind"] == "other":
        return ""
    for key in ("reply_to", "frm"):
        pair = spec.get(key)
        if pair and not NOREPLY.search(pair[1]) and not ATS_SYSTEM.search(pair[1]) and pair[1] != ME[1]:  # type: ignore[index]
            return str(pair[1]).lower()  # type: ignore[index]
    return ""


def main() -> None:
    specs = [s for name in MODULES for s in __import__(name).MESSAGES]
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    ids = {str(s["scen"]): message_id(s, n) for n, s in enumerate(specs, start=1)}
    rows = []
    for number, spec in enumerate(specs, start=1):
        rel = f"{spec['kind']}/{number:03d}_{spec['scen']}.eml"
        (ROOT / str(spec["kind"])).mkdir(exist_ok=True)
        (ROOT / rel).write_bytes(build(spec, number, ids))
        company = str(spec.get("company", "")) if spec["kind"] != "other" else ""
        rows.append([rel, spec["kind"], company, contact_of(spec), spec["lang"]])
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
