"""Build corpus 218 (Baptiste Nakamura-Leroy's mailbox) from the hand-written specs.

Run from the repository root:  python tests/corpus_twohundredeighteenth/make_twohundredeighteenth.py

Standard library only. It deletes and rewrites only *.eml files and labels.csv in this folder.
The header block of each message is written here (so that encoded words can use utf-8 or
iso-8859-1, Q or B); the body and its MIME tree are built with the email package. Every file is
parsed back with the default policy and checked: no defects, subject, names and bodies round-trip.

Spec keys (see msgs218_common.M):
  kind, slug, lang, company, contact        labels
  frm=(name, addr), frm_enc                 sender; frm_enc "utf-8/q", "iso-8859-1/b" ...
  to=[(name, addr)], cc=[...], reply_to=(name, addr)
  subject, subj_enc                         subj_enc as frm_enc (default utf-8/q if needed)
  date="2026-03-04 09:12", tz="+0000"       local time in Brussels unless tz is given
  text, html                                bodies (either may be missing)
  charset, cte, html_cte                    body charset and transfer encodings
  pdfs=[(filename, [lines])]                small generated PDF attachments
  ics=dict(...)                             calendar part, see make_ics
  rfc822=dict(frm, to, subject, date, text) a forwarded message attached whole
  headers=[(name, value)]                   extra header lines (ASCII)
  mid, irt                                  thread keys: this message, the one it answers
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import sys
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs218_acks  # noqa: E402
import msgs218_invites  # noqa: E402
import msgs218_other  # noqa: E402
import msgs218_rejections  # noqa: E402
from msgs218_common import ME_ADDR  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
GEN_POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)

# ---------------------------------------------------------------- headers


def _q_char(ch: str, charset: str) -> str:
    if ch == " ":
        return "_"
    if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
        return ch
    return "".join(f"={b:02X}" for b in ch.encode(charset))


def encode_words(text: str, how: str) -> str:
    """text as RFC 2047 encoded words ('utf-8/q', 'iso-8859-1/b' ...), folded between words."""
    charset, enc = how.split("/")
    prefix, words, chunk = f"=?{charset}?{enc.upper()}?", [], ""
    budget = 75 - len(prefix) - 2
    for ch in text:
        trial = chunk + ch
        if enc == "q":
            size = len("".join(_q_char(c, charset) for c in trial))
        else:
            size = (len(trial.encode(charset)) + 2) // 3 * 4
        if size > budget and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for word in words:
        if enc == "q":
            body = "".join(_q_char(c, charset) for c in word)
        else:
            body = base64.b64encode(word.encode(charset)).decode("ascii")
        out.append(prefix + body + "?=")
    return "\n ".join(out)


def fold_ascii(name: str, value: str) -> str:
    """A header line folded at spaces under 78 characters."""
    line, lines = f"{name}: ", []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 76 and line.strip() and i > 0:
            lines.append(line)
            line = " " + word
        else:
            line += piece
    lines.append(line)
    return "\n".join(lines)


def text_header(name: str, value: str, how: str | None) -> str:
    if value.isascii() and not how:
        return fold_ascii(name, value)
    return f"{name}: " + encode_words(value, how or "utf-8/q")


def address(pair: tuple[str, str], how: str | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and not how:
        return formataddr((name, addr))
    return encode_words(name, how or "utf-8/b") + f" <{addr}>"


def addr_list(name: str, pairs: list[tuple[str, str]]) -> str:
    return f"{name}: " + ",\n ".join(address(p) for p in pairs)


# ---------------------------------------------------------------- dates

def when(spec: dict) -> datetime:
    naive = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    if "tz" in spec:
        sign = 1 if spec["tz"][0] == "+" else -1
        hours, minutes = int(spec["tz"][1:3]), int(spec["tz"][3:5])
        return naive.replace(tzinfo=timezone(sign * timedelta(hours=hours, minutes=minutes)))
    # Brussels: CEST from 29 March 2026 01:00 UTC to 25 October 2026 01:00 UTC.
    summer = datetime(2026, 3, 29, 3, 0) <= naive < datetime(2026, 10, 25, 3, 0)
    return naive.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


# ---------------------------------------------------------------- attachments


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing lines of text (Helvetica, WinAnsi)."""
    def esc(s: str) -> str:
        raw = s.encode("cp1252", "replace").decode("latin-1")
        return raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()


VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Brussels
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
END:DAYLIGHT
END:VTIMEZONE"""


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, raw = [], line
    while len(raw.encode("utf-8")) > 74:
        cut = 74
        while len(raw[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(raw[:cut])
        raw = " " + raw[cut:]
    out.append(raw)
    return out


def make_ics(ics: dict, stamp: datetime) -> str:
    """An iCalendar REQUEST or CANCEL for one event (local times in Europe/Brussels)."""
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    start = datetime.strptime(ics["start"], "%Y-%m-%d %H:%M")
    end = start + timedelta(minutes=ics.get("minutes", 60))
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Corpus 218//Calendar//EN')}",
             "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    lines += VTIMEZONE.split("\n")
    lines += [
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        "DTSTAMP:" + stamp.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
        f"DTSTART;TZID=Europe/Brussels:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID=Europe/Brussels:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{_ics_text(ics['summary'])}",
        f"LOCATION:{_ics_text(ics.get('location', ''))}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"Baptiste Nakamura-Leroy\";ROLE=REQ-PARTICIPANT;"
        f"PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{ME_ADDR}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ics['description'])}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- bodies


def default_cte(text: str) -> str:
    return "7bit" if text.isascii() and max(map(len, text.split("\n"))) < 900 else \
        "quoted-printable"


def build_body(spec: dict, stamp: datetime) -> tuple[EmailMessage, dict]:
    """The MIME tree of one message, and what its parts must read back as."""
    charset = spec.get("charset", "utf-8")
    text, html = spec.get("text"), spec.get("html")
    expect: dict = {}
    root = EmailMessage(policy=GEN_POLICY)
    if text is not None:
        root.set_content(text, subtype="plain", charset=charset,
                         cte=spec.get("cte") or default_cte(text))
        expect["plain"] = text
    if html is not None:
        cte = spec.get("html_cte") or spec.get("cte") or default_cte(html)
        if text is None:
            root.set_content(html, subtype="html", charset=charset, cte=cte)
        else:
            root.add_alternative(html, subtype="html", charset=charset, cte=cte)
        expect["html"] = html
    ics = spec.get("ics")
    if ics:
        cal = make_ics(ics, stamp)
        expect["calendar"] = cal
        mode = ics.get("mode", "alt")
        if mode in ("alt", "both"):
            root.add_alternative(cal, subtype="calendar", charset="utf-8", cte="7bit"
                                 if cal.isascii() else "quoted-printable",
                                 params={"method": ics.get("method", "REQUEST")})
        if mode in ("attach", "both"):
            root.add_attachment(cal.encode("utf-8"), maintype="application", subtype="ics",
                                filename=ics.get("filename", "invite.ics"))
    for filename, lines in spec.get("pdfs", []):
        pdf = make_pdf(lines)
        expect.setdefault("pdf", []).append(pdf)
        root.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    if spec.get("rfc822"):
        inner_spec = spec["rfc822"]
        inner = EmailMessage(policy=GEN_POLICY)
        inner["From"] = formataddr(inner_spec["frm"])
        inner["To"] = formataddr(inner_spec.get("to", ("", ME_ADDR)))
        inner["Subject"] = inner_spec["subject"]
        inner["Date"] = format_datetime(when(inner_spec))
        inner["Message-ID"] = inner_spec["message_id"]
        inner.set_content(inner_spec["text"], charset="utf-8", cte="quoted-printable")
        root.add_attachment(inner)
        expect["inner"] = inner_spec["text"]
    for part in root.walk():
        if part is not root:
            del part["MIME-Version"]
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"
    return root, expect


def set_boundaries(root: EmailMessage, tag: str) -> None:
    for i, part in enumerate(root.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_218_{tag}_{i}_")


# ---------------------------------------------------------------- messages


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: dict, rel: str) -> str:
    digest = hashlib.sha1(rel.encode()).hexdigest()
    dom = domain_of(spec["frm"][1])
    if spec["frm"][1] == ME_ADDR:
        return f"<CA+bnl{digest[:20]}@mail.example.be>"
    if dom.endswith(("greenhouse-mail.io", "hire.lever.co", "ashbyhq.com")):
        return f"<{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:28]}@{dom}>"
    return f"<{digest[:16]}.{rel.split('/')[1][:3]}@{dom}>"


def header_block(spec: dict, mid: str, parent: dict | None, stamp: datetime) -> str:
    lines = [f"Date: {format_datetime(stamp)}",
             "From: " + address(spec["frm"], spec.get("frm_enc"))]
    if spec.get("reply_to"):
        lines.append("Reply-To: " + address(spec["reply_to"], spec.get("reply_to_enc")))
    lines.append(addr_list("To", spec.get("to", [("Baptiste Nakamura-Leroy", ME_ADDR)])))
    if spec.get("cc"):
        lines.append(addr_list("Cc", spec["cc"]))
    lines.append(text_header("Subject", spec["subject"], spec.get("subj_enc")))
    lines.append(f"Message-ID: {mid}")
    if parent:
        lines.append(f"In-Reply-To: {parent['_mid']}")
        refs = parent.get("_refs", []) + [parent["_mid"]]
        spec["_refs"] = refs
        lines.append(fold_ascii("References", " ".join(refs)))
    for name, value in spec.get("headers", []):
        lines.append(fold_ascii(name, value))
    return "\n".join(lines) + "\n"


def all_specs() -> list[dict]:
    specs = []
    for module in (msgs218_rejections, msgs218_invites, msgs218_acks, msgs218_other):
        specs.extend(module.MESSAGES)
    counters: dict[str, int] = {}
    for spec in specs:
        assert spec["kind"] in KINDS, spec.get("slug")
        counters[spec["kind"]] = counters.get(spec["kind"], 0) + 1
        spec["_rel"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
        latin1_typing(spec)
    problems = [f"{spec['_rel']}: {problem}" for spec in specs for problem in encodable(spec)]
    assert not problems, "\n".join(problems)
    return specs


LATIN1_TYPING = str.maketrans({"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"',
                               "\u201d": '"', "\u2019": "'", "\u2018": "'", "\u2026": "..."})


def latin1_typing(spec: dict) -> None:
    """A sender whose mail program writes iso-8859-1 types plain dashes and quotes: the text,
    subject or name it writes in that charset is stored as such (and checked as such)."""
    if spec.get("charset") == "iso-8859-1":
        for key in ("text", "html"):
            if spec.get(key):
                spec[key] = spec[key].translate(LATIN1_TYPING)
    if (spec.get("subj_enc") or "").startswith("iso-8859-1"):
        spec["subject"] = spec["subject"].translate(LATIN1_TYPING)
    if (spec.get("frm_enc") or "").startswith("iso-8859-1"):
        spec["frm"] = (spec["frm"][0].translate(LATIN1_TYPING), spec["frm"][1])


def encodable(spec: dict) -> list[str]:
    """Every text of the spec can be written in the charset it asks for."""
    checks = [(spec.get("charset", "utf-8"), spec.get(key), key) for key in ("text", "html")]
    for key, value in (("subj_enc", spec["subject"]), ("frm_enc", spec["frm"][0]),
                       ("reply_to_enc", (spec.get("reply_to") or ("", ""))[0])):
        if spec.get(key):
            checks.append((spec[key].split("/")[0], value, key))
    problems = []
    for charset, value, key in checks:
        if value is None:
            continue
        try:
            value.encode(charset)
        except UnicodeEncodeError as error:
            problems.append(f"{key} not in {charset}: {value[error.start:error.end]!r} "
                            f"near {value[max(0, error.start - 30):error.start]!r}")
    return problems


def check(data: bytes, spec: dict, expect: dict) -> None:
    rel = spec["_rel"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        problems += [repr(d) for d in part.defects]
        for name, value in part.items():
            problems += [f"{name}: {d!r}" for d in getattr(value, "defects", ())]
    assert not problems, f"{rel}: defects {problems}"
    assert str(msg["Subject"]) == spec["subject"], f"{rel}: subject {msg['Subject']!r}"
    sender = msg["From"].addresses[0]
    assert (sender.display_name, sender.addr_spec) == tuple(spec["frm"]), f"{rel}: From"
    assert when(spec).year == 2026 and msg["Date"].datetime.year == 2026, rel
    got: dict = {}
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            got.setdefault(part.get_content_subtype(), []).append(part.get_content())
        elif ctype == "application/pdf":
            got.setdefault("pdf", []).append(part.get_content())
    norm = lambda s: s.replace("\r\n", "\n").rstrip("\n")  # noqa: E731
    if "plain" in expect:
        assert norm(got["plain"][0]) == norm(expect["plain"]), f"{rel}: text body"
    if "html" in expect:
        assert norm(got["html"][0]) == norm(expect["html"]), f"{rel}: html body"
    if "inner" in expect:
        assert norm(got["plain"][-1]) == norm(expect["inner"]), f"{rel}: forwarded body"
    if "calendar" in expect and spec["ics"].get("mode", "alt") != "attach":
        assert norm(got["calendar"][0]) == norm(expect["calendar"]), f"{rel}: calendar"
    if "pdf" in expect:
        assert got["pdf"] == expect["pdf"], f"{rel}: pdf"
    assert any(t.strip() for key in ("plain", "html") for t in got.get(key, [])), rel


def main() -> None:
    specs = all_specs()
    by_key = {spec["mid"]: spec for spec in specs if spec.get("mid")}
    for stale in HERE.glob("*/*.eml"):
        stale.unlink()
    for spec in specs:
        spec["_mid"] = message_id(spec, spec["_rel"])
    # parents first, so that References chains are complete
    done: set[str] = set()
    rows = []

    def write(spec: dict) -> None:
        if spec["_rel"] in done:
            return
        parent = by_key[spec["irt"]] if spec.get("irt") else None
        if parent:
            write(parent)
        stamp = when(spec)
        root, expect = build_body(spec, stamp)
        tag = spec["_rel"].split("/")[0][:3] + spec["_rel"].split("/")[1][:3]
        set_boundaries(root, tag)
        buf = io.BytesIO()
        BytesGenerator(buf, policy=GEN_POLICY).flatten(root)
        data = header_block(spec, spec["_mid"], parent, stamp).encode("ascii") + buf.getvalue()
        path = HERE / spec["_rel"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(data, spec, expect)
        done.add(spec["_rel"])

    for spec in specs:
        write(spec)
        own = spec["frm"][1] == ME_ADDR
        contact = "" if own else spec["contact"]
        assert not (own and spec["kind"] != "other"), spec["_rel"]
        company = spec["company"] if spec["kind"] != "other" else ""
        rows.append([spec["_rel"], spec["kind"], company, contact.lower(), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        counts[(row[1], row[4])] = counts.get((row[1], row[4]), 0) + 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        line = "  ".join(f"{lang}={counts.get((kind, lang), 0):2d}"
                         for lang in ("fr", "en", "de", "es"))
        print(f"  {kind:32s} {line}")


if __name__ == "__main__":
    main()
