"""Build corpus 208 (Jannik Mbeki-Laurent) from the hand-written specs in msgs208_*.py.

Run from the repository root:  python tests/corpus_twohundredeighth/make_twohundredeighth.py

Standard library only. It deletes and rewrites only *.eml and labels.csv in this folder, then
re-parses every written message with the default policy and checks that it has no defects and
that its subject, display names and bodies round-trip.

Spec keys (all messages are dicts made with msgs208_common.M):
  kind, slug, lang, company, contact       labels (contact "" when there is none)
  frm                                      (display name, address) or address
  to, cc                                   lists of (name, address); to defaults to candidate
  reply_to                                 (name, address)
  subject, date                            date as 'YYYY-MM-DD HH:MM +HHMM'
  key, parent, refs                        thread key, key of the message replied to, and
                                           raw Message-IDs of mail outside the corpus
  headers                                  extra (name, value) pairs, ASCII
  text, html                               bodies (either or both)
  charset, cte                             body charset and transfer encoding
                                           (7bit, 8bit, qp, b64) for the text part
  html_charset, html_cte                   the same for the HTML part (default: as text)
  subj_enc, name_enc                       (charset, 'Q' or 'B') for encoded words; default
                                           utf-8 B for subjects, utf-8 Q for names, used
                                           only when the value is not ASCII unless forced
  force_enc                                encode subject/name even when ASCII
  attach                                   pdf(...), ics(...), eml(...) from msgs208_common
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import sys
from datetime import UTC, datetime
from email import base64mime, quoprimime
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs208_acks  # noqa: E402
import msgs208_common as C  # noqa: E402
import msgs208_invites  # noqa: E402
import msgs208_other  # noqa: E402
import msgs208_rejections  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}
GEN_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=None)


# ---------------------------------------------------------------- headers

def parse_when(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def encoded_words(text: str, charset: str, how: str) -> str:
    """RFC 2047 encoded words (each at most 75 characters), folded with newline-space."""
    words: list[str] = []
    chunk = ""

    def enc(s: str) -> str:
        raw = s.encode(charset)
        if how == "B":
            return base64mime.header_encode(raw, charset).replace("?b?", "?B?")
        return quoprimime.header_encode(raw, charset).replace("?q?", "?Q?")

    for ch in text:
        if chunk and len(enc(chunk + ch)) > 75:
            words.append(enc(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(enc(chunk))
    return "\n ".join(words)


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header value at spaces so lines stay under 78 characters."""
    line = f"{name}: "
    out = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if i > 0 and len(line) + len(piece) > 76:
            out.append(line)
            line = " " + word
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


def fmt_addr(pair, enc, force: bool) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    if force or not is_ascii(name):
        cs, how = enc or ("utf-8", "Q")
        return f"{encoded_words(name, cs, how)} <{addr}>"
    specials = set('()<>[]:;@\\,."')
    if any(c in specials for c in name):
        qname = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{qname}" <{addr}>'
    return f"{name} <{addr}>"


def addr_header(name: str, pairs, enc, force) -> str:
    items = [fmt_addr(p, enc, force) for p in pairs]
    return f"{name}: " + ",\n ".join(items)


# ---------------------------------------------------------------- bodies

CTE_MAP = {"qp": QP, "b64": BASE64, "8bit": None, "7bit": None}


def text_part(text: str, subtype: str, charset: str, cte: str) -> Message:
    if cte == "7bit" and not is_ascii(text):
        raise ValueError("7bit body with non-ASCII text")
    cs = Charset(charset)
    cs.body_encoding = CTE_MAP[cte]
    cs.header_encoding = QP
    part = MIMEText(text, subtype, cs)
    del part["MIME-Version"]
    return part


def make_pdf(lines: list[str], title: str) -> bytes:
    """A minimal valid one-page PDF (Helvetica, WinAnsi) with correct xref offsets."""
    def pdf_str(s: str) -> bytes:
        raw = s.encode("cp1252", errors="replace")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"

    content = [b"BT /F1 11 Tf 60 780 Td 15 TL"]
    for ln in lines:
        content.append(pdf_str(ln) + b" Tj T*")
    content.append(b"ET")
    stream = b"\n".join(content)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title " + pdf_str(title) + b" /Producer (corpus208) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def ics_fold(line: str) -> list[str]:
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return [line]
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def ics_escape(s: str) -> str:
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def utc(value: str) -> str:
    return parse_when(value).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(a: dict, msg_date: str) -> str:
    org_name, org_addr = a["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus208//Handwritten Calendar//EN",
        "VERSION:2.0",
        f"METHOD:{a['method']}",
        "BEGIN:VEVENT",
        f"UID:{a['uid']}",
        f"SEQUENCE:{a['seq']}",
        f"DTSTAMP:{utc(a['stamp'] or msg_date)}",
        f"DTSTART:{utc(a['start'])}",
        f"DTEND:{utc(a['end'])}",
        f"SUMMARY:{ics_escape(a['summary'])}",
        f"LOCATION:{ics_escape(a['location'])}",
        f"ORGANIZER;CN={ics_escape(org_name)}:mailto:{org_addr}",
        f"ATTENDEE;CN={C.CAND_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:"
        f"mailto:{C.CAND_ADDR}",
    ]
    if a["description"]:
        lines.append(f"DESCRIPTION:{ics_escape(a['description'])}")
    status = a["status"] or ("CANCELLED" if a["method"] == "CANCEL" else "CONFIRMED")
    lines.append(f"STATUS:{status}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [x for ln in lines for x in ics_fold(ln)]
    return "\r\n".join(folded) + "\r\n"


def calendar_part(a: dict, msg_date: str) -> Message:
    body = make_ics(a, msg_date)
    cs = Charset("utf-8")
    cs.body_encoding = BASE64
    part = MIMEText(body, "calendar", cs)
    del part["MIME-Version"]
    part.set_param("method", a["method"])
    if not a["inline"]:
        part.add_header("Content-Disposition", "attachment", filename="invite.ics")
    return part


# ---------------------------------------------------------------- messages

class Built:
    """Message-IDs of keyed messages, assigned before any message is rendered."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.specs: dict[str, dict] = {}

    def chain(self, spec: dict) -> list[str]:
        """References of a message: its parent's chain, the parent, then its own raw refs."""
        out: list[str] = []
        if spec.get("parent"):
            parent = self.specs[spec["parent"]]
            out = [*self.chain(parent), self.ids[spec["parent"]]]
        return out + list(spec.get("refs", []))


def message_id(spec: dict, rel: str) -> str:
    frm = spec["frm"]
    addr = frm if isinstance(frm, str) else frm[1]
    domain = spec.get("mid_domain") or addr.split("@", 1)[1]
    digest = hashlib.sha1(rel.encode()).hexdigest()[:10]
    return f"<{spec['slug'].replace('_', '-')}.{digest}@{domain}>"


def build_body(spec: dict, boundary_prefix: str) -> tuple[Message, list[tuple[str, str]]]:
    """The MIME tree of a message and the (content type, text) pairs it must round-trip."""
    expected: list[tuple[str, str]] = []
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    text, htm = spec.get("text"), spec.get("html")
    counter = [0]

    def boundary() -> str:
        counter[0] += 1
        return f"----=_b208_{boundary_prefix}_{counter[0]}"

    attach = spec.get("attach", [])
    inline_cal = [a for a in attach if a["type"] == "ics" and a["inline"]]
    others = [a for a in attach if not (a["type"] == "ics" and a["inline"])]

    alts: list[Message] = []
    if text is not None:
        alts.append(text_part(text, "plain", charset, cte))
        expected.append(("text/plain", text))
    if htm is not None:
        alts.append(text_part(htm, "html", spec.get("html_charset", charset),
                              spec.get("html_cte", cte)))
        expected.append(("text/html", htm))
    for a in inline_cal:
        alts.append(calendar_part(a, spec["date"]))
        expected.append(("text/calendar", make_ics(a, spec["date"])))
    if not alts:
        raise ValueError(f"{spec['slug']}: no body")
    if len(alts) == 1:
        core = alts[0]
    else:
        core = MIMEMultipart("alternative")
        del core["MIME-Version"]
        core.set_boundary(boundary())
        for p in alts:
            core.attach(p)
    if not others:
        return core, expected
    root = MIMEMultipart("mixed")
    del root["MIME-Version"]
    root.set_boundary(boundary())
    root.attach(core)
    for a in others:
        if a["type"] == "pdf":
            part = MIMEApplication(make_pdf(a["lines"], a["title"]), "pdf")
            del part["MIME-Version"]
            fname = a["filename"]
            if is_ascii(fname):
                part.add_header("Content-Disposition", "attachment", filename=fname)
                part.set_param("name", fname)
            else:
                part.add_header("Content-Disposition", "attachment",
                                filename=("utf-8", "", fname))
            root.attach(part)
        elif a["type"] == "ics":
            root.attach(calendar_part(a, spec["date"]))
            expected.append(("text/calendar", make_ics(a, spec["date"])))
        elif a["type"] == "eml":
            inner = a["spec"]
            inner_bytes, inner_expected = render(inner, f"{boundary_prefix}i", None, "")
            part = Message()
            part["Content-Type"] = "message/rfc822"
            part["Content-Disposition"] = "attachment"
            part.set_payload(inner_bytes.decode("ascii"))
            root.attach(part)
            expected.extend(inner_expected)
        else:
            raise ValueError(a["type"])
    return root, expected


def render(spec: dict, boundary_prefix: str, built: Built | None, rel: str,
           ) -> tuple[bytes, list[tuple[str, str]]]:
    body, expected = build_body(spec, boundary_prefix)
    body["MIME-Version"] = "1.0"
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(body)
    mime = buf.getvalue()

    force = spec.get("force_enc", False)
    name_enc = spec.get("name_enc")
    lines = []
    lines.append(addr_header("From", [spec["frm"]], name_enc, force))
    if spec.get("sender"):
        lines.append(addr_header("Sender", [spec["sender"]], name_enc, False))
    lines.append(addr_header("To", spec.get("to") or [C.CAND], name_enc, False))
    if spec.get("cc"):
        lines.append(addr_header("Cc", spec["cc"], name_enc, False))
    if spec.get("reply_to"):
        lines.append(addr_header("Reply-To", [spec["reply_to"]], name_enc, False))
    subject = spec["subject"]
    if force or not is_ascii(subject):
        cs, how = spec.get("subj_enc") or ("utf-8", "B")
        lines.append("Subject: " + encoded_words(subject, cs, how))
    else:
        lines.append(fold_plain("Subject", subject))
    lines.append("Date: " + format_datetime(parse_when(spec["date"])))
    if built is not None:
        mid = message_id(spec, rel)
        lines.append(f"Message-ID: {mid}")
        chain = built.chain(spec)
        if chain:
            lines.append(f"In-Reply-To: {chain[-1]}")
            lines.append(fold_plain("References", " ".join(chain)))
    else:
        lines.append(f"Message-ID: {spec.get('mid', '<inner.' + boundary_prefix + '@example.at>')}")
    for name, value in spec.get("headers", []):
        if not is_ascii(value):
            raise ValueError(f"{spec['slug']}: non-ASCII extra header {name}")
        lines.append(fold_plain(name, value))
    head = "\n".join(lines).encode("ascii") + b"\n"
    return head + mime, expected


def norm(s: str) -> str:
    return s.replace("\r\n", "\n").strip("\n")


def check(path: Path, spec: dict, expected: list[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = path.name
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    for name in ("From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID"):
        value = msg[name]
        if value is not None:
            assert not value.defects, f"{where}: {name} defects {value.defects}"
    assert msg["subject"] == spec["subject"], f"{where}: subject {msg['subject']!r}"
    frm = spec["frm"]
    if not isinstance(frm, str):
        got = msg["from"].addresses[0]
        assert got.display_name == frm[0], f"{where}: from name {got.display_name!r}"
        assert got.addr_spec == frm[1], f"{where}: from addr {got.addr_spec!r}"
    if spec.get("reply_to"):
        got = msg["reply-to"].addresses[0]
        assert got.display_name == spec["reply_to"][0], f"{where}: reply-to name"
    assert msg["date"].datetime.year == 2026, where
    contents = {}
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            contents.setdefault(part.get_content_type(), []).append(norm(part.get_content()))
    for ctype, text in expected:
        assert norm(text) in contents.get(ctype, []), f"{where}: {ctype} does not round-trip"
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), where


def validate_label(spec: dict) -> None:
    slug = spec["slug"]
    assert spec["kind"] in KIND_ORDER, slug
    assert spec["lang"] in LANGS, slug
    frm = spec["frm"]
    from_addr = (frm if isinstance(frm, str) else frm[1]).lower()
    rt = spec.get("reply_to")
    if from_addr == C.CAND_ADDR:
        assert spec["kind"] == "other" and spec["contact"] == "", slug
    if spec["contact"]:
        allowed = {from_addr} | ({rt[1].lower()} if rt else set())
        assert spec["contact"] in allowed, f"{slug}: contact not in From/Reply-To"
        assert spec["contact"] == spec["contact"].lower(), slug
    if spec["kind"] == "other":
        assert spec["company"] == "", f"{slug}: company on other"
    else:
        assert spec["company"], f"{slug}: company missing"


def main() -> None:
    specs = (msgs208_rejections.MESSAGES + msgs208_invites.MESSAGES + msgs208_acks.MESSAGES
             + msgs208_other.MESSAGES)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    numbers = dict.fromkeys(KIND_ORDER, 0)
    built = Built()
    seen_slugs = set()
    placed = []
    for spec in specs:
        validate_label(spec)
        kind = spec["kind"]
        assert spec["slug"] not in seen_slugs, spec["slug"]
        seen_slugs.add(spec["slug"])
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['slug']}.eml"
        placed.append((spec, rel, f"{kind[:3]}{numbers[kind]:03d}"))
        if spec.get("key"):
            assert spec["key"] not in built.ids, spec["key"]
            built.ids[spec["key"]] = message_id(spec, rel)
            built.specs[spec["key"]] = spec

    rows = []
    for spec, rel, prefix in placed:
        kind = spec["kind"]
        try:
            data, expected = render(spec, prefix, built, rel)
        except (UnicodeError, ValueError) as error:
            raise SystemExit(f"{rel}: {type(error).__name__}: {error}") from error
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec, expected)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(["de", "en", "fr", "es"], 0)
                                        for k in KIND_ORDER}
    for _, kind, _, _, lang in rows:
        table[kind][lang] += 1
    print(f"{len(rows)} messages")
    print(f"{'kind':34} de  en  fr  es  all")
    for kind in KIND_ORDER:
        t = table[kind]
        print(f"{kind:34} {t['de']:2d}  {t['en']:2d}  {t['fr']:2d}  {t['es']:2d}  "
              f"{sum(t.values()):3d}")
    langs = {lang: sum(table[k][lang] for k in KIND_ORDER) for lang in ["de", "en", "fr", "es"]}
    print(f"{'all':34} {langs['de']:2d}  {langs['en']:2d}  {langs['fr']:2d}  {langs['es']:2d}  "
          f"{len(rows):3d}")


if __name__ == "__main__":
    main()
