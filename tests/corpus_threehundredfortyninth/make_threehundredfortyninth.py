"""Build corpus 349 (Iñigo Zubizarreta Lowe, compliance / AML) from the hand-written specs.

Standard library only. Deletes and rewrites only *.eml files and labels.csv in this folder,
then re-parses every message with email.policy.default and checks it. Deterministic output.

    python tests/corpus_threehundredfortyninth/make_threehundredfortyninth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import re
import sys
from datetime import datetime
from email import charset as email_charset
from email.charset import Charset
from email.header import Header
from email.message import Message
from email.mime.message import MIMEMessage
from email.utils import format_datetime, formataddr, getaddresses, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs349_acks  # noqa: E402
import msgs349_invites  # noqa: E402
import msgs349_other  # noqa: E402
import msgs349_rejections  # noqa: E402
from msgs349_common import CAND, CAND_ADDR, Spec, html_shell  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
LEGAL = re.compile(r"\b(GmbH|S\.?A\.?S?|S\.?L\.?U?|Ltd|Inc|AG|SE|plc|LLC|KG|SARL|S\.?à r\.?l\.?|"
                   r"BV|NV|Sàrl|SCoop|S\. ?Coop\.?)\.?$", re.IGNORECASE)

ATTRIBUTION = {
    "en": "On {day}, {name} <{addr}> wrote:",
    "de": "Am {day} schrieb {name} <{addr}>:",
    "fr": "Le {day}, {name} <{addr}> a écrit :",
    "es": "El {day}, {name} (<{addr}>) escribió:",
}
OUTLOOK = {
    "en": ("From", "Sent", "To", "Subject"),
    "de": ("Von", "Gesendet", "An", "Betreff"),
    "fr": ("De ", "Envoyé ", "À ", "Objet "),
    "es": ("De", "Enviado el", "Para", "Asunto"),
}
DAYS = {
    "en": (["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
           ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
    "de": (["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."], []),
    "fr": (["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
           ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
            "nov.", "déc."]),
    "es": (["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
           ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov",
            "dic"]),
}


def when(spec: Spec) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def day_text(dt: datetime, lang: str) -> str:
    wd, mo = DAYS[lang]
    hm = dt.strftime("%H:%M")
    if lang == "en":
        return f"{wd[dt.weekday()]}, {dt.day} {mo[dt.month - 1]} {dt.year} at {hm}"
    if lang == "de":
        return f"{wd[dt.weekday()]}, {dt.strftime('%d.%m.%Y')} um {hm}"
    if lang == "fr":
        return f"{wd[dt.weekday()]} {dt.day} {mo[dt.month - 1]} {dt.year} à {hm}"
    return f"{wd[dt.weekday()]}, {dt.day} {mo[dt.month - 1]} {dt.year} a las {hm}"


def full_body(spec: Spec, specs: dict[str, Spec]) -> str:
    """The plain body, with the quoted parent appended when the spec asks for it."""
    body = spec["body"]
    parent_key = spec.get("parent")
    style = spec.get("quote")
    if not parent_key or not style:
        return body
    parent = specs[parent_key]
    pbody = full_body(parent, specs)
    name, addr = parseaddr(parent["from"])
    lang = spec["lang"]
    dt = when(parent)
    if style == "outlook":
        f, s, t, su = OUTLOOK[lang]
        sep = ":"
        to = parent.get("to", CAND)
        head = (f"\n________________________________\n{f}{sep} {name} <{addr}>\n"
                f"{s}{sep} {day_text(dt, lang)}\n{t}{sep} {to}\n{su}{sep} {parent['subject']}\n\n")
        return body + head + pbody
    quoted = "\n".join(("> " + line) if line else ">" for line in pbody.rstrip("\n").split("\n"))
    attr = ATTRIBUTION[lang].format(day=day_text(dt, lang), name=name, addr=addr)
    return body + "\n" + attr + "\n" + quoted + "\n"


def text_part(text: str, subtype: str, charset: str, cte: str, params: dict[str, str] | None = None
              ) -> Message:
    part = Message()
    raw = text.encode(charset)
    part["Content-Type"] = f"text/{subtype}"
    part.set_param("charset", charset)
    for k, v in (params or {}).items():
        part.set_param(k, v)
    if cte in ("7bit", "8bit"):
        cte = "7bit" if raw.isascii() else "8bit"
    part["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    else:
        part.set_payload(raw.decode("ascii", "surrogateescape"))
    return part


def multipart(subtype: str, parts: list[Message], boundary: str) -> Message:
    msg = Message()
    msg["Content-Type"] = f"multipart/{subtype}"
    msg.set_boundary(boundary)
    for p in parts:
        msg.attach(p)
    return msg


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` in Helvetica."""
    def esc(s: str) -> bytes:
        out = bytearray()
        for b in s.encode("cp1252", "replace"):
            if b in b"()\\":
                out += b"\\" + bytes([b])
            elif b > 126:
                out += f"\\{b:03o}".encode("ascii")
            else:
                out.append(b)
        return bytes(out)

    stream = b"BT /F1 11 Tf 14 TL 72 770 Td\n" + b"".join(
        b"(" + esc(line) + b") Tj T*\n" for line in lines) + b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def pdf_part(name: str, lines: list[str]) -> Message:
    part = Message()
    part["Content-Type"] = "application/pdf"
    part.set_param("name", name)
    part["Content-Transfer-Encoding"] = "base64"
    part["Content-Disposition"] = "attachment"
    part.set_param("filename", name, header="Content-Disposition")
    part.set_payload(base64.encodebytes(pdf_bytes(lines)).decode("ascii"))
    return part


def header_value(text: str, cs: str) -> str:
    """Subject text, RFC 2047 encoded when not ASCII. cs: utf-8 (B), utf-8-q, iso-8859-1 (Q),
    iso-8859-15, windows-1252-b ..."""
    if text.isascii():
        return text
    name, mode = cs, ""
    if cs.endswith(("-q", "-b")):
        name, mode = cs[:-2], cs[-1]
    chs = Charset(name)
    if mode == "q":
        chs.header_encoding = email_charset.QP
    elif mode == "b":
        chs.header_encoding = email_charset.BASE64
    return Header(text, chs, header_name="Subject").encode()


def addr_value(pair: str, cs: str) -> str:
    name, addr = parseaddr(pair)
    if not name or name.isascii():
        return formataddr((name, addr))
    mode = ""
    if cs.endswith(("-q", "-b")):
        cs, mode = cs[:-2], cs[-1]
    chs = Charset(cs)
    if mode == "q":
        chs.header_encoding = email_charset.QP
    elif mode == "b":
        chs.header_encoding = email_charset.BASE64
    return formataddr((name, addr), charset=chs)


def message_id(spec: Spec) -> str:
    digest = hashlib.sha1(spec["key"].encode()).hexdigest()[:12]
    domain = spec.get("mid_domain") or parseaddr(spec["from"])[1].split("@")[1]
    return f"<{digest}.{spec['key']}@{domain}>"


def references(spec: Spec, specs: dict[str, Spec]) -> list[str]:
    parent = spec.get("parent")
    if not parent:
        return []
    return [*references(specs[parent], specs), message_id(specs[parent])]


def build(spec: Spec, specs: dict[str, Spec], tag: str) -> tuple[Message, list[tuple[str, str]]]:
    """The message and the (content-type, text) of every text part it should round-trip."""
    texts: list[tuple[str, str]] = []
    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    form = spec.get("form", "plain")
    plain = full_body(spec, specs)
    counter = iter(range(1, 20))

    def boundary() -> str:
        return f"=_349_{tag}_{next(counter)}"

    html = spec.get("html") or html_shell(plain, spec.get("brand", ""),
                                          spec.get("color", "#1f3a5f"), spec.get("footer", ""))
    if form == "html":
        core = text_part(html, "html", cs, cte)
        texts.append(("text/html", html))
    elif form == "alt":
        core = multipart("alternative", [text_part(plain, "plain", cs, cte),
                                         text_part(html, "html", cs, spec.get("html_cte", cte))],
                         boundary())
        texts += [("text/plain", plain), ("text/html", html)]
    else:
        core = text_part(plain, "plain", cs, cte)
        texts.append(("text/plain", plain))
    cal = spec.get("ics")
    if cal:
        method = re.search(r"METHOD:(\w+)", cal)
        assert method
        cal_cte = spec.get("ics_cte", "8bit")
        cal_text = cal.replace("\r\n", "\n") if cal_cte == "8bit" else cal
        calpart = text_part(cal_text, "calendar", "utf-8", cal_cte, {"method": method.group(1)})
        if core.get_content_type() == "multipart/alternative":
            core.attach(calpart)
        else:
            core = multipart("alternative", [core, calpart], boundary())
    extras: list[Message] = []
    for name, lines in spec.get("pdfs", []):
        extras.append(pdf_part(name, lines))
    if cal and spec.get("ics_file"):
        f = text_part(cal, "calendar", "utf-8", "base64", {"method": "REQUEST"
                                                         if "METHOD:REQUEST" in cal else "CANCEL"})
        f["Content-Disposition"] = "attachment"
        f.set_param("filename", spec["ics_file"], header="Content-Disposition")
        extras.append(f)
    inner = spec.get("fwd")
    if inner:
        inner_msg, inner_texts = build(inner, specs, tag + "i")
        extras.append(MIMEMessage(inner_msg))
        texts += inner_texts
    if extras:
        core = multipart("mixed", [core, *extras], boundary())
    msg = core
    hdr_cs = spec.get("hdr_cs", "utf-8")
    headers: list[tuple[str, str]] = [
        ("From", addr_value(spec["from"], spec.get("name_cs", hdr_cs))),
        ("To", addr_value(spec.get("to", CAND), hdr_cs)),
    ]
    if spec.get("cc"):
        headers.append(("Cc", addr_value(spec["cc"], hdr_cs)))
    if spec.get("reply_to"):
        headers.append(("Reply-To", addr_value(spec["reply_to"], spec.get("name_cs", hdr_cs))))
    headers += [("Subject", header_value(spec["subject"], spec.get("subj_cs", hdr_cs))),
                ("Date", format_datetime(when(spec))),
                ("Message-ID", message_id(spec))]
    refs = references(spec, specs)
    if refs:
        headers += [("In-Reply-To", refs[-1]), ("References", " ".join(refs))]
    headers.append(("MIME-Version", "1.0"))
    headers += list(spec.get("headers", {}).items())
    body_headers = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in headers + body_headers:
        msg[k] = v
    return msg, texts


def load_specs() -> list[Spec]:
    specs: list[Spec] = []
    for module in (msgs349_rejections, msgs349_invites, msgs349_acks, msgs349_other):
        specs += module.SPECS
    return specs


def check(spec: Spec, data: bytes, texts: list[tuple[str, str]]) -> None:
    key = spec["key"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{key}: defects {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name] is not None, f"{key}: no {name}"
        assert not msg[name].defects, f"{key}: {name} defects {msg[name].defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{key}: subject {msg['Subject']!r}"
    name, addr = parseaddr(spec["from"])
    got = msg["From"].addresses[0]
    assert (got.display_name, got.addr_spec) == (name, addr), f"{key}: from {got!r}"
    assert msg["Date"].datetime == when(spec), f"{key}: date"
    assert msg["Date"].datetime.year == 2026
    found = [(p.get_content_type(), p.get_content().replace("\r\n", "\n"))
             for p in msg.walk() if p.get_content_type() in ("text/plain", "text/html")]
    for ctype, text in texts:
        assert (ctype, text) in found, f"{key}: {ctype} body did not round-trip"
    # label rules
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS, key
    own = addr.lower() == CAND_ADDR
    if kind == "other":
        assert company == "", f"{key}: company on other"
    else:
        assert company and company == company.strip(), f"{key}: company missing"
        assert not LEGAL.search(company), f"{key}: legal form in {company!r}"
        assert not own, f"{key}: own mail must be other"
    if own:
        assert contact == "", f"{key}: contact on own mail"
    if contact:
        assert contact == contact.lower() and contact != CAND_ADDR, key
        assert not contact.endswith(ATS_DOMAINS), f"{key}: ATS contact"
        assert not re.search(r"no-?reply|do-?not-?reply", contact), f"{key}: no-reply contact"
        rt = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("Reply-To", [])])]
        fr = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("From", [])])]
        assert contact in rt + fr, f"{key}: contact not in Reply-To/From"
        if rt and contact not in rt:
            assert re.search(r"no-?reply|do-?not-?reply", rt[0]) or rt[0].endswith(ATS_DOMAINS)


def main() -> None:
    specs = load_specs()
    by_key: dict[str, Spec] = {}
    for spec in specs:
        assert spec["key"] not in by_key, f"duplicate key {spec['key']}"
        by_key[spec["key"]] = spec
    for old in HERE.rglob("*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)
    order = sorted(specs, key=lambda s: (when(s), s["key"]))
    rows = []
    mids = set()
    for i, spec in enumerate(order, 1):
        rel = f"{spec['kind']}/{i:03d}_{spec['key']}.eml"
        msg, texts = build(spec, by_key, f"{i:03d}")
        data = msg.as_bytes(policy=email.policy.compat32.clone(linesep="\n"))
        if not data.endswith(b"\n"):
            data += b"\n"
        check(spec, data, texts)
        mid = message_id(spec)
        assert mid not in mids
        mids.add(mid)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        counts[(row[1], row[4])] = counts.get((row[1], row[4]), 0) + 1
    print(f"{'kind':32}" + "".join(f"{lg:>5}" for lg in LANGS) + "  total")
    for kind in KINDS:
        n = [counts.get((kind, lg), 0) for lg in LANGS]
        print(f"{kind:32}" + "".join(f"{x:>5}" for x in n) + f"{sum(n):>7}")
    tot = [sum(counts.get((k, lg), 0) for k in KINDS) for lg in LANGS]
    print(f"{'total':32}" + "".join(f"{x:>5}" for x in tot) + f"{sum(tot):>7}")


if __name__ == "__main__":
    main()
