"""Turn the hand-written specs of the hundred-eleventh corpus into .eml files and labels.csv.

Run from anywhere: ``python tests/corpus_hundredeleventh/make_hundredeleventh.py``.
Standard library only. It writes and deletes files inside its own folder only.

A spec is a dict (see msgs111_common.py for the keys). The structure follows from what the spec
carries: text only is text/plain, html only is text/html, both are multipart/alternative, an
``ics`` adds a text/calendar alternative, ``attachments`` wrap the body in multipart/mixed.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import quopri
import re
import sys
from datetime import datetime
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs111_acks  # noqa: E402
import msgs111_invites  # noqa: E402
import msgs111_other  # noqa: E402
import msgs111_rejections  # noqa: E402
from msgs111_common import CANDIDATE  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]


def all_specs() -> list[dict]:
    specs = [*msgs111_rejections.MESSAGES, *msgs111_invites.MESSAGES, *msgs111_acks.MESSAGES,
             *msgs111_other.MESSAGES]
    return sorted(specs, key=lambda s: KIND_ORDER.index(s["kind"]))


def _charset(name: str, header_b: bool | None = None) -> Charset:
    cs = Charset(name)
    if header_b is True:
        cs.header_encoding = BASE64
    elif header_b is False:
        cs.header_encoding = QP
    return cs


def header_text(value: str, charset: str, header_b: bool | None, name: str) -> Header | str:
    """ASCII stays as it is; anything else becomes RFC 2047 encoded words in `charset`."""
    if value.isascii():
        return value
    return Header(value, _charset(charset, header_b), header_name=name)


def address(pair: tuple[str, str] | str, charset: str, header_b: bool | None) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=_charset(charset, header_b))


def text_part(text: str, subtype: str, charset: str, cte: str, **params: str) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, charset=charset, **params)
    raw = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    elif cte == "7bit":
        payload = raw.decode("ascii")
    else:
        raise ValueError(cte)
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


def _pdf_string(line: str) -> str:
    data = line.encode("cp1252", "replace").decode("latin-1")
    return data.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A small but well-formed one-page PDF that shows `lines` in Helvetica."""
    stream_lines = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        stream_lines.append(f"({_pdf_string(line)}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


BOUNDARY_STYLES = ("outlook", "gmail", "apple", "javamail", "python", "thunderbird")


def boundary(style: str, seed: str) -> str:
    """A fixed boundary in the manner of the mail program `style` (fixed so runs are stable)."""
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "outlook":
        return f"_000_{h[:10].upper()}{h[10:24].upper()}_"
    if style == "gmail":
        return f"000000000000{h[:12]}"
    if style == "apple":
        return f"Apple-Mail=_{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}"
    if style == "thunderbird":
        return f"------------{h[:24]}"
    if style == "javamail":
        return f"----=_Part_{int(h[:6], 16)}_{int(h[6:14], 16)}.{int(h[14:24], 16)}"
    return f"==============={int(h[:15], 16)}=="


_LINK = re.compile(r"(https?://[^\s<>\"]+)|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")


def _inline(line: str) -> str:
    """One line of text as HTML, with links and addresses made clickable as mail programs do."""
    out, last = [], 0
    for match in _LINK.finditer(line):
        out.append(html.escape(line[last:match.start()], quote=False))
        target = match.group(0)
        href = target if match.group(1) else f"mailto:{target}"
        out.append(f'<a href="{html.escape(href)}">{html.escape(target, quote=False)}</a>')
        last = match.end()
    out.append(html.escape(line[last:], quote=False))
    return "".join(out)


def html_from_text(text: str, style: str, charset: str) -> str:
    """The HTML alternative a mail program writes next to what its user typed."""
    lines = text.rstrip("\n").split("\n")
    if style == "outlook":
        body = "\n".join('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' if not line.strip()
                         else f'<p class="MsoNormal">{_inline(line)}<o:p></o:p></p>'
                         for line in lines)
        return (f'<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;}\na:link {color:#0563C1; '
                'text-decoration:underline;}\n--></style>\n</head>\n'
                f'<body lang="DE-AT" link="#0563C1" vlink="#954F72">\n'
                f'<div class="WordSection1">\n{body}\n</div>\n</body>\n</html>\n')
    if style == "apple":
        body = "\n".join("<div><br></div>" if not line.strip() else f"<div>{_inline(line)}</div>"
                         for line in lines)
        return ('<html><head><meta http-equiv="content-type" content="text/html; '
                f'charset={charset}"></head><body style="overflow-wrap: break-word; '
                '-webkit-nbsp-mode: space; line-break: after-white-space;">\n'
                f"{body}\n</body></html>\n")
    body = "".join("<div><br></div>" if not line.strip() else f"<div>{_inline(line)}</div>"
                   for line in lines)
    return f'<div dir="ltr">{body}</div>\n'


def body_tree(spec: dict, seed: str = ""):
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    html_cte = spec.get("html_cte", cte)
    alternatives = []
    if spec.get("text"):
        alternatives.append(text_part(spec["text"], "plain", charset, cte))
    markup = spec.get("html")
    if not markup and spec.get("html_style"):
        markup = html_from_text(spec["text"], spec["html_style"], charset)
    if markup:
        alternatives.append(text_part(markup, "html", charset, html_cte))
    if spec.get("ics"):
        method = spec["ics_method"]
        ics_cte = spec.get("ics_cte") or ("7bit" if spec["ics"].isascii() else "base64")
        alternatives.append(text_part(spec["ics"], "calendar", "utf-8", ics_cte, method=method))
    if len(alternatives) == 1:
        body = alternatives[0]
    else:
        body = MIMEMultipart("alternative", boundary=boundary(spec["_style"], seed + "alt"))
        for part in alternatives:
            del part["MIME-Version"]
            body.attach(part)
    attachments = list(spec.get("attachments", []))
    if spec.get("ics_attach"):
        attachments.append({"filename": "invite.ics", "ics": spec["ics"]})
    if not attachments:
        return body
    mixed = MIMEMultipart("mixed", boundary=boundary(spec["_style"], seed + "mixed"))
    del body["MIME-Version"]
    mixed.attach(body)
    for att in attachments:
        if "ics" in att:
            part = MIMEApplication(att["ics"].encode("utf-8"), "ics", name=att["filename"])
        else:
            part = MIMEApplication(make_pdf(att["lines"]), "pdf", name=att["filename"])
        del part["MIME-Version"]
        part.add_header("Content-Disposition", "attachment", filename=att["filename"])
        mixed.attach(part)
    return mixed


def message_id(spec: dict, rel: str) -> str:
    if spec.get("msgid"):
        return spec["msgid"]
    host = spec.get("mid_host") or spec["frm"][1].split("@")[1]
    digest = hashlib.sha1(rel.encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:24]}@{host}>"


def build(spec: dict, rel: str) -> bytes:
    charset = spec.get("charset", "utf-8")
    hcs = spec.get("header_charset", charset)
    hb = spec.get("header_b")
    digest = hashlib.sha1(rel.encode()).hexdigest()
    spec = {**spec, "_style": spec.get("boundary_style")
            or BOUNDARY_STYLES[int(digest[:4], 16) % len(BOUNDARY_STYLES)]}
    body = body_tree(spec, rel)
    content_headers = [(k, v) for k, v in body.items()]
    for key in {k for k, _ in content_headers}:
        del body[key]
    msg = body
    for name, value in spec.get("pre_headers", []):
        msg[name] = value
    msg["From"] = address(spec["frm"], hcs, hb)
    to = spec.get("to", [CANDIDATE])
    msg["To"] = ", ".join(address(a, hcs, hb) for a in to)
    if spec.get("cc"):
        msg["Cc"] = ", ".join(address(a, hcs, hb) for a in spec["cc"])
    if spec.get("reply_to"):
        msg["Reply-To"] = address(spec["reply_to"], hcs, hb)
    msg["Subject"] = header_text(spec["subject"], hcs, hb, "Subject")
    date = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id(spec, rel)
    if spec.get("irt"):
        msg["In-Reply-To"] = spec["irt"]
        refs = spec.get("refs") or [spec["irt"]]
        msg["References"] = " ".join(refs)
    for name, value in spec.get("headers", {}).items():
        msg[name] = value
    for name, value in content_headers:
        msg[name] = value
    out = BytesIO()
    BytesGenerator(out, mangle_from_=False, maxheaderlen=78).flatten(msg)
    return out.getvalue()


def main() -> None:
    specs = all_specs()
    for kind in KIND_ORDER:
        folder = HERE / kind
        if folder.is_dir():
            for old in folder.glob("*.eml"):
                old.unlink()
        folder.mkdir(exist_ok=True)
    rows = []
    seen_ids = set()
    for number, spec in enumerate(specs, start=1):
        rel = f"{spec['kind']}/{number:03d}_{spec['scenario']}.eml"
        data = build(spec, rel)
        (HERE / rel).write_bytes(data)
        mid = message_id(spec, rel)
        if mid in seen_ids:
            raise SystemExit(f"duplicate Message-ID {mid}")
        seen_ids.add(mid)
        contact = spec["contact"].lower()
        rows.append([rel, spec["kind"], spec["company"], contact, spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
