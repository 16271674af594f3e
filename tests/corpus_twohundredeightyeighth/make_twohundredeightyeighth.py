"""Build corpus 288 from the hand-written specs in the msgs288_* modules.

Run from the repository root:

    python tests/corpus_twohundredeightyeighth/make_twohundredeightyeighth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder, then
re-parses every message with the default policy and checks it (no defects, subject, sender
and every body part round-trip).
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import sys
from datetime import UTC, datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import MIMEPart
from email.utils import format_datetime, getaddresses, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import msgs288_acks  # noqa: E402
import msgs288_common as common  # noqa: E402
import msgs288_invites  # noqa: E402
import msgs288_other  # noqa: E402
import msgs288_rejections  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
COUNTS = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
          "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52}
POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)

# ---------------------------------------------------------------- dates and zones

DST_EU = (datetime(2026, 3, 29, 1, tzinfo=UTC), datetime(2026, 10, 25, 1,
                                                                      tzinfo=UTC))
DST_US = (datetime(2026, 3, 8, 7, tzinfo=UTC), datetime(2026, 11, 1, 6,
                                                                    tzinfo=UTC))


def offset(zone: str, naive: datetime) -> timedelta:
    """The UTC offset of a sender's zone at a local time in 2026."""
    base, dst = {"eu": (1, DST_EU), "ie": (0, DST_EU), "utc": (0, None), "us": (-5, DST_US)}[zone]
    if dst is None:
        return timedelta(hours=base)
    as_utc = (naive - timedelta(hours=base)).replace(tzinfo=UTC)
    return timedelta(hours=base + (1 if dst[0] <= as_utc < dst[1] else 0))


def local(stamp: str, zone: str) -> datetime:
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=timezone(offset(zone, naive)))


# ---------------------------------------------------------------- headers

def _q_char(ch: str, charset: str) -> str:
    if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
        return ch
    if ch == " ":
        return "_"
    return "".join(f"={b:02X}" for b in ch.encode(charset))


def encoded_words(text: str, charset: str, mode: str, lead: int = 0) -> list[str]:
    """RFC 2047 encoded words (at most 75 characters, the first `lead` shorter) spelling text."""
    words: list[str] = []
    prefix, suffix = f"=?{charset}?{mode}?", "?="
    room = 75 - len(prefix) - len(suffix) - lead
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if mode == "Q":
            size = len("".join(_q_char(c, charset) for c in trial))
        else:
            size = len(base64.b64encode(trial.encode(charset)))
        if size > room and chunk:
            words.append(chunk)
            chunk = ch
            room = 75 - len(prefix) - len(suffix)
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    if mode == "Q":
        return [prefix + "".join(_q_char(c, charset) for c in w) + suffix for w in words]
    return [prefix + base64.b64encode(w.encode(charset)).decode("ascii") + suffix for w in words]


def fold(name: str, value: str) -> str:
    """Fold a plain header at spaces so lines stay under 78 characters."""
    line, lines = f"{name}: ", []
    for word in value.split(" "):
        if len(line) + len(word) + 1 > 76 and line.strip().endswith(":") is False:
            lines.append(line.rstrip())
            line = " " + word + " "
        else:
            line += word + " "
    lines.append(line.rstrip())
    return "\n".join(lines)


def header_text(name: str, text: str, enc: tuple[str, str] | None) -> str:
    """Subject-like header: plain when ASCII (and no encoding asked), else encoded words."""
    if enc is None and text.isascii():
        return fold(name, text)
    charset, mode = enc or ("utf-8", "Q")
    return f"{name}: " + "\n ".join(encoded_words(text, charset, mode, len(name) + 2))


SPECIALS = set('()<>[]:;@\\,."')


def header_addresses(name: str, value: str, enc: tuple[str, str] | None) -> str:
    """Address header with display names encoded when not ASCII."""
    rendered = []
    for display, addr in getaddresses([value]):
        if not display:
            rendered.append(addr)
        elif display.isascii():
            shown = f'"{display}"' if SPECIALS & set(display) else display
            lead = len(name) + 2 if not rendered else 1
            fits = lead + len(shown) + len(addr) + 3 <= 76
            rendered.append(shown + (" " if fits else "\n ") + f"<{addr}>")
        else:
            charset, mode = enc or ("utf-8", "Q")
            # one encoded word per display name: decoders disagree on the space between two
            words = encoded_words(display, charset, mode)
            assert len(words) == 1, f"display name too long to encode in one word: {display}"
            lead = len(name) + 2 if not rendered else 1
            fits = lead + len(words[0]) + len(addr) + 3 <= 76
            rendered.append(words[0] + (" " if fits else "\n ") + f"<{addr}>")
    return f"{name}: " + ",\n ".join(rendered)


# ---------------------------------------------------------------- attachments

def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines in Helvetica."""
    def lit(s: str) -> str:
        raw = s.encode("latin-1", "replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for i, line in enumerate([title, "", *lines]):
        text.append(("" if i == 0 else "T* ") + f"({lit(line)}) Tj")
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title (" + lit(title).encode("latin-1") + b") /Producer (corpus288) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def ics_text(spec: dict, ics: dict, sent: datetime) -> str:
    """An iCalendar object for an invitation, an update or a cancellation."""
    zone = ics.get("zone", spec.get("zone", "eu"))
    start = local(ics["start"], zone)
    end = start + timedelta(minutes=ics.get("minutes", 60))

    def utc(d: datetime) -> str:
        return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    org_name, org_addr = parseaddr(ics["organizer"])
    method = ics.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//corpus288//hand-written//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('sequence', 0)}",
        f"DTSTAMP:{utc(sent)}",
        f"DTSTART:{utc(start)}",
        f"DTEND:{utc(end)}",
        f"SUMMARY:{ics['summary']}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics['location']}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{ics['description']}")
    lines += [
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT="
        + ("NEEDS-ACTION" if method == "REQUEST" else "DECLINED" if method == "CANCEL"
           else "ACCEPTED")
        + f';RSVP=TRUE;CN="{common.CANDIDATE_NAME}":mailto:{common.CANDIDATE_ADDR}',
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for line in lines:
        while len(line) > 74:
            folded.append(line[:74])
            line = " " + line[74:]
        folded.append(line)
    return "\n".join(folded) + "\n"


# ---------------------------------------------------------------- bodies

def text_part(content: str, subtype: str, charset: str, cte: str | None) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    if cte is None:
        cte = "7bit" if content.isascii() else "quoted-printable"
    part.set_content(content, subtype=subtype, charset=charset, cte=cte)
    return part


def container(subtype: str, parts: list[MIMEPart], boundary: str) -> MIMEPart:
    box = MIMEPart(policy=POLICY)
    box["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        box.attach(part)
    return box


def html_for(spec: dict) -> str | None:
    html = _html_for(spec)
    if html is None:
        return None
    charset = spec.get("charset", "utf-8")
    return html.replace('charset="utf-8"', f'charset="{charset}"').replace(
        "charset=utf-8", f"charset={charset}")


def _html_for(spec: dict) -> str | None:
    if spec.get("html"):
        return spec["html"]
    shell = spec.get("look")
    if spec.get("form", "plain") == "plain" or shell is None:
        if spec.get("form", "plain") != "plain":
            return common.simple_html(spec["text"], spec["lang"])
        return None
    lang = spec["lang"]
    if shell == "outlook":
        return common.outlook_html(spec["text"], lang)
    if shell == "simple":
        return common.simple_html(spec["text"], lang)
    if isinstance(shell, tuple) and shell[0] == "ats":
        brand, accent, footer = [*shell[1:], "#1f5f8b", ""][:3]
        return common.ats_card(spec["text"], brand, accent, footer, lang)
    raise ValueError(f"{spec['slug']}: unknown shell {shell!r}")


def body(spec: dict, tag: str, sent: datetime) -> tuple[MIMEPart, dict]:
    """The MIME tree of a message and what its parts must read back as."""
    charset = spec.get("charset", "utf-8")
    form = spec.get("form", "plain")
    expect: dict = {"text": None, "html": None, "calendar": None, "pdf": []}
    html = html_for(spec)
    leaves: list[MIMEPart] = []
    if form in ("plain", "alt"):
        leaves.append(text_part(spec["text"], "plain", charset, spec.get("cte")))
        expect["text"] = spec["text"]
    if form in ("alt", "html"):
        assert html is not None
        leaves.append(text_part(html, "html", charset, spec.get("html_cte", spec.get("cte"))))
        expect["html"] = html
    ics = spec.get("ics")
    cal = None
    if ics:
        content = ics_text(spec, ics, sent)
        expect["calendar"] = content
        cal = MIMEPart(policy=POLICY)
        cal.set_content(content, subtype="calendar", charset="utf-8",
                        cte="7bit" if content.isascii() else "quoted-printable",
                        params={"method": ics.get("method", "REQUEST")})
        if ics.get("attach"):
            cal.add_header("Content-Disposition", "attachment", filename=ics["attach"])
        else:
            leaves.append(cal)
            cal = None
    root = leaves[0] if len(leaves) == 1 else container("alternative", leaves, f"----=_Part_{tag}_alt")
    attachments: list[MIMEPart] = []
    if cal is not None:
        attachments.append(cal)
    for pdf in spec.get("pdfs", []):
        data = pdf_bytes(pdf["title"], pdf["lines"])
        expect["pdf"].append(data)
        part = MIMEPart(policy=POLICY)
        part.set_content(data, maintype="application", subtype="pdf",
                         disposition="attachment", filename=pdf["name"])
        attachments.append(part)
    if attachments:
        root = container("mixed", [root, *attachments], f"----=_Part_{tag}_mix")
    return root, expect


# ---------------------------------------------------------------- messages

def domain_of(address: str) -> str:
    return parseaddr(address)[1].rsplit("@", 1)[1].lower()


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(f"288/{spec['key']}".encode()).hexdigest()
    stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M").strftime("%Y%m%d%H%M")
    domain = spec.get("mid_domain") or domain_of(spec["frm"])
    return f"<{stamp}.{digest[:16]}@{domain}>"


def render(spec: dict, ids: dict[str, str], refs: dict[str, list[str]], tag: str) -> bytes:
    sent = local(spec["date"], spec.get("zone", "eu"))
    enc = spec.get("name_enc")
    lines = [header_addresses("From", spec["frm"], enc)]
    if spec.get("reply_to"):
        lines.append(header_addresses("Reply-To", spec["reply_to"], enc))
    lines.append(header_addresses("To", spec.get("to", common.CANDIDATE), enc))
    if spec.get("cc"):
        lines.append(header_addresses("Cc", spec["cc"], enc))
    lines.append(header_text("Subject", spec["subject"], spec.get("subj_enc")))
    lines.append(f"Date: {format_datetime(sent)}")
    lines.append(f"Message-ID: {ids[spec['key']]}")
    if spec.get("parent"):
        lines.append(f"In-Reply-To: {ids[spec['parent']]}")
        lines.append(fold("References", " ".join(refs[spec["key"]])))
    for name, value in spec.get("headers", []):
        lines.append(fold(name, value) if value.isascii() else header_text(name, value, None))
    lines.append("MIME-Version: 1.0")
    root, expect = body(spec, tag, sent)
    buffer = io.BytesIO()
    BytesGenerator(buffer, policy=POLICY).flatten(root)
    raw = "\n".join(lines).encode("ascii") + b"\n" + buffer.getvalue()
    check(spec, raw, expect)
    return raw


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, raw: bytes, expect: dict) -> None:
    """Re-parse as a mail program would and insist the message reads back as written."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    where = spec["slug"]
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    for name, value in msg.items():
        assert not getattr(value, "defects", None), f"{where}: {name} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    want = getaddresses([spec["frm"]])[0]
    got = msg["From"].addresses[0]
    assert (got.display_name, got.addr_spec) == want, f"{where}: From {got!r} != {want!r}"
    seen: dict = {"text": None, "html": None, "calendar": None, "pdf": []}
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "text/plain":
            seen["text"] = part.get_content()
        elif ctype == "text/html":
            seen["html"] = part.get_content()
        elif ctype == "text/calendar":
            seen["calendar"] = part.get_content()
        elif ctype == "application/pdf":
            seen["pdf"].append(part.get_content())
    for key in ("text", "html", "calendar"):
        if expect[key] is None:
            assert seen[key] is None, f"{where}: unexpected {key} part"
        else:
            assert seen[key] is not None and norm(seen[key]) == norm(expect[key]), \
                f"{where}: {key} part does not round-trip"
    assert seen["pdf"] == expect["pdf"], f"{where}: pdf does not round-trip"
    assert all(p.startswith(b"%PDF-1.4") and p.rstrip().endswith(b"%%EOF") for p in seen["pdf"])


def all_specs() -> list[dict]:
    specs = [*msgs288_rejections.MESSAGES, *msgs288_invites.MESSAGES, *msgs288_acks.MESSAGES,
             *msgs288_other.MESSAGES]
    for spec in specs:
        spec.setdefault("key", spec["slug"])
    return specs


def main() -> None:
    specs = all_specs()
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    by_kind: dict[str, list[dict]] = {k: [] for k in KINDS}
    for spec in specs:
        by_kind[spec["kind"]].append(spec)
        assert spec["lang"] in ("en", "de", "fr", "es"), spec["slug"]
        if spec["kind"] == "other":
            assert not spec.get("company"), spec["slug"]
    for kind, want in COUNTS.items():
        assert len(by_kind[kind]) == want, f"{kind}: {len(by_kind[kind])} != {want}"
    ids = {s["key"]: message_id(s) for s in specs}
    refs: dict[str, list[str]] = {}
    pending = [s for s in specs if s.get("parent")]
    by_key = {s["key"]: s for s in specs}

    for spec in pending:
        if spec["parent"] not in by_key:
            digest = hashlib.sha1(spec["parent"].encode()).hexdigest()[:16]
            ids.setdefault(spec["parent"], f"<{digest}@mail.example.fr>")

    def chain(key: str) -> list[str]:
        spec = by_key.get(key)
        if spec is None or not spec.get("parent"):
            return [ids[key]]
        return [*chain(spec["parent"]), ids[key]]

    for spec in pending:
        refs[spec["key"]] = chain(spec["parent"])

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for kind in KINDS:
        folder = HERE / kind
        folder.mkdir(exist_ok=True)
        for number, spec in enumerate(by_kind[kind], start=1):
            rel = f"{kind}/{number:03d}_{spec['slug']}.eml"
            tag = hashlib.sha1(f"288/boundary/{spec['key']}".encode()).hexdigest()[:20]
            (HERE / rel).write_bytes(render(spec, ids, refs, tag))
            rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""),
                         spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: {} for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] = table[row[1]].get(row[4], 0) + 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        print(f"  {kind:32} " + " ".join(f"{lang}={table[kind].get(lang, 0):2d}"
                                         for lang in ("fr", "en", "de", "es")))


if __name__ == "__main__":
    main()
