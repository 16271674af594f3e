"""Build corpus 186 from the hand-written message specs in the msgs186_* modules.

Run from the repository root:  python tests/corpus_hundredeightysixth/make_hundredeightysixth.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv inside this folder.

Spec keys (see msgs186_common.M): kind, slug, lang, company, contact, frm=(name, addr),
frm_enc=(charset, "Q"|"B"), to=[(name, addr)], to_enc, cc, reply_to=(name, addr), reply_to_enc,
subject, subj_enc, date="YYYY-MM-DD HH:MM +zzzz", text, html, alt="simple"|"outlook",
charset, cte, html_charset, html_cte, headers=[(name, value)], attach=[{...}], ics={...},
id, parent, quote="gt"|"outlook", quote_lang.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import sys
from datetime import UTC
from email import charset as email_charset
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs186_acks  # noqa: E402
import msgs186_invites  # noqa: E402
import msgs186_other  # noqa: E402
import msgs186_rejections  # noqa: E402
from msgs186_common import (  # noqa: E402
    CAND,
    gt_quote,
    outlook_html,
    outlook_quote,
    paras,
    parse_when,
    simple_html,
)

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]

# ---------------------------------------------------------------- RFC 2047 encoded words

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q_char(ch: str, charset: str) -> str:
    out = []
    for byte in ch.encode(charset):
        if byte == 0x20:
            out.append("_")
        elif byte in _Q_SAFE:
            out.append(chr(byte))
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str = "utf-8", enc: str = "Q", limit: int = 44) -> str:
    """text as one or more encoded words (never splitting a character), folded."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        candidate = chunk + ch
        if enc == "B":
            size = len(base64.b64encode(candidate.encode(charset)))
        else:
            size = sum(len(_q_char(c, charset)) for c in candidate)
        if size > limit and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = candidate
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        if enc == "B":
            payload = base64.b64encode(w.encode(charset)).decode("ascii")
        else:
            payload = "".join(_q_char(c, charset) for c in w)
        out.append(f"=?{charset}?{enc}?{payload}?=")
    return "\n ".join(out)


def _is_ascii(text: str) -> bool:
    return all(ord(c) < 128 for c in text)


_SPECIALS = set('()<>[]:;@\\,."')


def _one_word(text: str, charset: str, method: str) -> str:
    if method == "B":
        return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode('ascii')}?="
    return f"=?{charset}?Q?{''.join(_q_char(c, charset) for c in text)}?="


def encode_phrase(name: str, charset: str, method: str) -> str:
    """A display name: B encodes it whole; Q encodes only the runs of words that need it, so
    that no two encoded words are adjacent (readers differ on the space between them)."""
    if method == "B" or _is_ascii(name):
        return _one_word(name, charset, method)
    out: list[str] = []
    run: list[str] = []
    for token in name.split(" "):
        if not _is_ascii(token) or any(c in _SPECIALS for c in token):
            run.append(token)
            continue
        if run:
            out.append(_one_word(" ".join(run), charset, method))
            run = []
        out.append(token)
    if run:
        out.append(_one_word(" ".join(run), charset, method))
    return " ".join(out)


def fmt_addr(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc or not _is_ascii(name):
        charset, method = enc or ("utf-8", "Q")
        return f"{encode_phrase(name, charset, method)} <{addr}>"
    if any(c in _SPECIALS for c in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


def fold_ascii(name: str, value: str) -> str:
    """Fold a plain ASCII header at spaces to about 78 columns."""
    line = f"{name}: "
    out: list[str] = []
    for word in value.split(" "):
        if len(line) + len(word) > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def header_line(name: str, value: str) -> str:
    if "=?" in value or "\n" in value:
        return f"{name}: {value}"
    return fold_ascii(name, value)


# ---------------------------------------------------------------- small PDFs and calendars

def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) with xref offsets computed."""
    stream_lines = ["BT", "/F1 15 Tf", "56 780 Td", f"({_pdf_escape(title)}) Tj", "/F1 10 Tf"]
    for line in lines:
        stream_lines += ["0 -16 Td", f"({_pdf_escape(line)}) Tj"]
    stream_lines.append("ET")
    content = "\n".join(stream_lines).encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _pdf_escape(title).encode("cp1252", "replace")
        + b") /Producer (corpus186) >>",
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
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _ics_fold(line: str) -> list[str]:
    out = []
    data = line
    while len(data.encode("utf-8")) > 74:
        cut = 74
        while len(data[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(data[:cut])
        data = " " + data[cut:]
    out.append(data)
    return out


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _utc(value: str) -> str:
    return parse_when(value).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(ics: dict, stamp: str) -> str:
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(ics['start'])}",
        f"DTEND:{_utc(ics['end'])}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_text(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines.append(f"ORGANIZER;CN={_ics_text(org_name)}:mailto:{org_addr}")
    for name, addr in ics.get("attendees", [CAND]):
        lines.append(f"ATTENDEE;CN={_ics_text(name)};ROLE=REQ-PARTICIPANT;"
                     f"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{addr}")
    lines.append(f"STATUS:{'CANCELLED' if method == 'CANCEL' else ics.get('status', 'CONFIRMED')}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- MIME parts

_BODY_ENC = {"quoted-printable": email_charset.QP, "base64": email_charset.BASE64,
             "8bit": None, "7bit": None}


def text_part(body: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = email_charset.Charset(charset)
    cs.body_encoding = _BODY_ENC[cte]
    part = MIMEText(body, subtype, cs)
    del part["MIME-Version"]
    return part


def _default_cte(body: str) -> str:
    return "7bit" if _is_ascii(body) else "8bit"


def build_body(spec: dict, text: str | None, html: str | None, tag: str) -> MIMEBase:
    charset = spec.get("charset", "utf-8")
    parts: list[MIMEBase] = []
    if text is not None:
        parts.append(text_part(text, "plain", charset, spec.get("cte") or _default_cte(text)))
    if html is not None:
        html_charset = spec.get("html_charset", charset)
        html_cte = spec.get("html_cte") or spec.get("cte") or _default_cte(html)
        parts.append(text_part(html, "html", html_charset, html_cte))
    ics = spec.get("ics")
    if ics:
        cal = make_ics(ics, spec["date"])
        cal_cte = ics.get("cte", "base64")
        if cal_cte != "base64":  # a text body in this file uses the file's own line ends
            cal = cal.replace("\r\n", "\n")
        cal_part = text_part(cal, "calendar", "utf-8", cal_cte)
        cal_part.set_param("method", ics.get("method", "REQUEST"))
        parts.append(cal_part)
    if len(parts) == 1:
        body: MIMEBase = parts[0]
    else:
        body = MIMEMultipart("alternative", boundary=f"----=_Alt_{tag}")
        del body["MIME-Version"]
        for part in parts:
            body.attach(part)
    attachments = list(spec.get("attach", []))
    if ics and ics.get("attach"):
        attachments.append({"kind": "ics", "name": ics.get("attach_name", "invite.ics")})
    if not attachments:
        return body
    mixed = MIMEMultipart("mixed", boundary=f"----=_Mix_{tag}")
    del mixed["MIME-Version"]
    mixed.attach(body)
    for att in attachments:
        if att["kind"] == "pdf":
            data = make_pdf(att.get("title", att["name"]), att["lines"])
            part: MIMENonMultipart = MIMEApplication(data, "pdf")
        elif att["kind"] == "ics":
            part = MIMEApplication(make_ics(ics, spec["date"]).encode("utf-8"), "ics")
        else:
            raise ValueError(att["kind"])
        del part["MIME-Version"]
        part.add_header("Content-Disposition", "attachment", filename=att["name"])
        part.set_param("name", att["name"])
        mixed.attach(part)
    return mixed


# ---------------------------------------------------------------- whole messages

def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def assign_ids(specs: list[dict]) -> None:
    counters = dict.fromkeys(KINDS, 0)
    for spec in specs:
        counters[spec["kind"]] += 1
        spec["nnn"] = counters[spec["kind"]]
        spec["file"] = f"{spec['kind']}/{spec['nnn']:03d}_{spec['slug']}.eml"
        digest = hashlib.sha1(spec["file"].encode()).hexdigest()
        when = parse_when(spec["date"]).strftime("%Y%m%d%H%M")
        spec["mid"] = f"<{when}.{digest[:12]}.186@{spec.get('mid_domain') or _domain(spec['frm'][1])}>"


def final_text(spec: dict, by_id: dict[str, dict]) -> str | None:
    """The spec's text with the parent quoted under it when quote is set."""
    text = spec.get("text")
    if text is None or not spec.get("quote"):
        return text
    parent = by_id[spec["parent"]]
    ptext = parent.get("_final") or parent.get("text") or ""
    lang = spec.get("quote_lang", spec["lang"])
    pname, paddr = parent["frm"]
    if spec["quote"] == "gt":
        block = gt_quote(lang, parent["date"], pname, paddr, ptext)
    else:
        to = "; ".join(f"{n} <{a}>" if n else a for n, a in parent.get("to", [CAND]))
        block = outlook_quote(lang, parent["date"], f"{pname} <{paddr}>", to,
                              parent["subject"], ptext)
    return text.rstrip("\n") + "\n\n" + block + "\n"


def render(spec: dict, by_id: dict[str, dict]) -> bytes:
    text = final_text(spec, by_id)
    spec["_final"] = text
    html = spec.get("html")
    if html is None and spec.get("alt") and text is not None:
        shell = outlook_html if spec["alt"] == "outlook" else simple_html
        html = shell(paras(text))
    spec["_html"] = html
    tag = hashlib.sha1(spec["file"].encode()).hexdigest()[:16]
    body = build_body(spec, text, html, tag)
    if "MIME-Version" not in body:
        body["MIME-Version"] = "1.0"
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(body)

    lines = []
    lines.append(header_line("From", fmt_addr(spec["frm"], spec.get("frm_enc"))))
    to = spec.get("to", [CAND])
    lines.append(header_line("To", ",\n ".join(fmt_addr(a, spec.get("to_enc")) for a in to)))
    if spec.get("cc"):
        lines.append(header_line("Cc", ",\n ".join(fmt_addr(a) for a in spec["cc"])))
    if spec.get("reply_to"):
        lines.append(header_line("Reply-To", fmt_addr(spec["reply_to"], spec.get("reply_to_enc"))))
    subject = spec["subject"]
    if spec.get("subj_enc") or not _is_ascii(subject):
        charset, method = spec.get("subj_enc") or ("utf-8", "Q")
        lines.append(f"Subject: {encoded_words(subject, charset, method)}")
    else:
        lines.append(header_line("Subject", subject))
    lines.append(f"Date: {format_datetime(parse_when(spec['date']))}")
    lines.append(f"Message-ID: {spec['mid']}")
    if spec.get("parent"):
        parent = by_id[spec["parent"]]
        refs = [*parent.get("_refs", []), parent["mid"]]
        spec["_refs"] = refs
        lines.append(f"In-Reply-To: {parent['mid']}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(header_line(name, value))
    head = "\n".join(lines) + "\n"
    return head.encode("ascii") + buf.getvalue()


# ---------------------------------------------------------------- checks

def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip()


def check(spec: dict, data: bytes) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    where = spec["file"]
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{where}: {name} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    assert msg["Date"].datetime.year == 2026, where
    frm = msg["From"].addresses[0]
    assert frm.addr_spec == spec["frm"][1], where
    assert frm.display_name == spec["frm"][0], f"{where}: {frm.display_name!r}"
    plain = [p for p in msg.walk() if p.get_content_type() == "text/plain"]
    htmls = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    if spec["_final"] is not None:
        assert len(plain) == 1 and _norm(plain[0].get_content()) == _norm(spec["_final"]), where
    else:
        assert not plain, where
    if spec["_html"] is not None:
        assert len(htmls) == 1 and _norm(htmls[0].get_content()) == _norm(spec["_html"]), where
    if spec.get("reply_to"):
        assert msg["Reply-To"].addresses[0].display_name == spec["reply_to"][0], where
    contact = spec["contact"]
    if contact:
        addrs = [a.addr_spec.lower() for h in ("From", "Reply-To") if msg[h]
                 for a in msg[h].addresses]
        assert contact in addrs, f"{where}: contact {contact} not in {addrs}"


def main() -> None:
    specs = [*msgs186_rejections.MESSAGES, *msgs186_invites.MESSAGES, *msgs186_acks.MESSAGES,
             *msgs186_other.MESSAGES]
    specs.sort(key=lambda s: KINDS.index(s["kind"]))  # stable: keeps module order per kind
    assign_ids(specs)
    by_id = {s["id"]: s for s in specs if s.get("id")}
    assert len(by_id) == sum(1 for s in specs if s.get("id")), "duplicate spec id"
    # render in date order so a parent is ready before its replies
    rendered: dict[str, bytes] = {}
    for spec in sorted(specs, key=lambda s: parse_when(s["date"])):
        if spec.get("parent"):
            assert parse_when(by_id[spec["parent"]]["date"]) < parse_when(spec["date"]), \
                f"{spec['file']}: reply before its parent"
        try:
            rendered[spec["file"]] = render(spec, by_id)
            check(spec, rendered[spec["file"]])
        except Exception as exc:
            raise SystemExit(f"{spec['file']}: {exc!r}") from exc
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    for kind in KINDS:
        (HERE / kind).mkdir(exist_ok=True)
    for spec in specs:
        (HERE / spec["file"]).write_bytes(rendered[spec["file"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        for spec in specs:
            writer.writerow([spec["file"], spec["kind"], spec["company"], spec["contact"],
                             spec["lang"]])
    counts: dict[tuple[str, str], int] = {}
    for spec in specs:
        counts[spec["kind"], spec["lang"]] = counts.get((spec["kind"], spec["lang"]), 0) + 1
    print(f"wrote {len(specs)} messages")
    for kind in KINDS:
        row = "  ".join(f"{lang}={counts.get((kind, lang), 0)}" for lang in ("es", "en", "fr", "de"))
        print(f"  {kind:32s} {row}")


if __name__ == "__main__":
    main()
