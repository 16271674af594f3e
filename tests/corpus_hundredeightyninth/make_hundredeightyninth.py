# ruff: noqa
"""Build corpus 189 (*.eml files and labels.csv) from the hand-written specs in msgs189_*.py.

Run from the repository root:  python tests/corpus_hundredeightyninth/make_hundredeightyninth.py

Standard library only. The header block is written by hand so that encoded words can use
utf-8 or iso-8859-1 in Q or B form; bodies are serialised with deterministic boundaries,
Message-IDs and dates. Every written file is parsed again with the email package's default
policy and checked: no defects, subject, display names and every text part round-trip.
Only *.eml files and labels.csv inside this folder are deleted and rewritten.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import email.utils
import hashlib
import quopri
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs189_common as C  # noqa: E402
from msgs189_acks import MESSAGES as ACKS  # noqa: E402
from msgs189_invites import MESSAGES as INVITES  # noqa: E402
from msgs189_other import MESSAGES as OTHER  # noqa: E402
from msgs189_rejections import MESSAGES as REJECTIONS  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52}
LEGAL = re.compile(r"\b(GmbH|gGmbH|AG|SE|KG|mbH|e\.V\.|SA|S\.A\.|SL|S\.L\.|SAS|SARL|Ltd|Inc|LLC|"
                   r"B\.V\.|BV|N\.V\.|ApS|A/S|plc)\b\.?")

# --------------------------------------------------------------------------- headers

Q_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _ew(chunk: str, charset: str, mode: str) -> str:
    raw = chunk.encode(charset)
    if mode == "B":
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    out = []
    for byte in raw:
        ch = chr(byte)
        if byte == 0x20:
            out.append("_")
        elif ch in Q_SAFE:
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def encoded_words(text: str, charset: str, mode: str, limit: int = 66) -> list[str]:
    """text as RFC 2047 encoded words, split on character boundaries."""
    words, cur = [], ""
    for ch in text:
        if cur and len(_ew(cur + ch, charset, mode)) > limit:
            words.append(_ew(cur, charset, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_ew(cur, charset, mode))
    return words


def fold_plain(name: str, value: str, width: int = 76) -> str:
    """Fold an ASCII unstructured value at spaces (unfolding gives the value back)."""
    line, out = f"{name}: ", []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if i > 0 and len(line) + len(piece) > width:
            out.append(line)
            line = piece
        else:
            line += piece
    out.append(line)
    return "\n".join(out)


def is_ascii(text: str) -> bool:
    return all(ord(c) < 128 for c in text)


def subject_header(spec: dict) -> str:
    subject = spec["subject"]
    enc = spec.get("subj_enc")
    if enc is None and not is_ascii(subject):
        enc = ("utf-8", "Q")
    if enc is None:
        return fold_plain("Subject", subject)
    words = encoded_words(subject, *enc)
    return "Subject: " + "\n ".join(words)


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(pair, enc=None) -> str:
    name, addr = pair
    if not name:
        return addr
    if is_ascii(name) and enc is None:
        if any(c in SPECIALS for c in name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    enc = enc or ("utf-8", "Q")
    return " ".join(encoded_words(name, *enc)) + f" <{addr}>"


def addr_header(label: str, pairs, enc=None) -> str:
    items = [fmt_addr(p, enc if i == 0 else None) for i, p in enumerate(pairs)]
    return f"{label}: " + ",\n ".join(items)


# --------------------------------------------------------------------------- dates and ids

def cet_offset(dt: datetime) -> timedelta:
    """Central European time in 2026: summer time from 29 March to 25 October."""
    if datetime(2026, 3, 29, 2, 0) <= dt < datetime(2026, 10, 25, 3, 0):
        return timedelta(hours=2)
    return timedelta(hours=1)


def parse_offset(text: str) -> timedelta:
    sign = -1 if text[0] == "-" else 1
    return sign * timedelta(hours=int(text[1:3]), minutes=int(text[3:5]))


def aware_date(spec: dict) -> datetime:
    local = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    seconds = int(hashlib.sha1(spec["slug"].encode()).hexdigest()[:4], 16) % 60
    local = local.replace(second=seconds)
    offset = parse_offset(spec["tz"]) if spec.get("tz") else cet_offset(local)
    return local.replace(tzinfo=timezone(offset))


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def make_mid(spec: dict) -> str:
    digest = hashlib.sha1(f"189:{spec['kind']}:{spec['slug']}".encode()).hexdigest()
    dom = spec.get("mid_domain") or domain_of(spec["frm"][1])
    stamp = aware_date(spec).astimezone(timezone.utc).strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{digest[:14]}@{dom}>"


# --------------------------------------------------------------------------- PDF / iCalendar

def _pdf_str(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def build_pdf(title: str, lines: list[str], stamp: datetime) -> bytes:
    """A small, valid one-page PDF with the given lines in Helvetica."""
    content = b"BT /F1 11 Tf 56 790 Td 15 TL\n"
    for line in lines:
        content += b"(" + _pdf_str(line) + b") Tj T*\n"
    content += b"ET\n"
    when = stamp.astimezone(timezone.utc).strftime("D:%Y%m%d%H%M%SZ").encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Title (" + _pdf_str(title) + b") /Producer (corpus189 make) /CreationDate ("
        + when + b") >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, xref))
    return out


VTIMEZONE = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE"""


def _ics_text(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold_ics(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + piece for piece in out[1:]]


def build_ics(cal: dict, spec: dict, stamp: datetime) -> str:
    method = cal.get("method", "REQUEST")
    tzid = cal.get("tzid", "Europe/Berlin")
    org_name, org_addr = cal.get("organizer", spec["frm"])
    fmt = lambda s: datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "PRODID:" + cal.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
             "VERSION:2.0", f"METHOD:{method}"]
    lines += VTIMEZONE.format(tzid=tzid).split("\n")
    lines += [
        "BEGIN:VEVENT",
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{C.CAND_NAME}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
        f"mailto:{C.CAND_ADDR}",
    ]
    for other_name, other_addr in cal.get("attendees", []):
        lines.append(f'ATTENDEE;CN="{other_name}";ROLE=REQ-PARTICIPANT:mailto:{other_addr}')
    lines += [
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        "DTSTAMP:" + stamp.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
        f"DTSTART;TZID={tzid}:{fmt(cal['start'])}",
        f"DTEND;TZID={tzid}:{fmt(cal['end'])}",
        "SUMMARY:" + _ics_text(cal["summary"]),
        "LOCATION:" + _ics_text(cal.get("location", "")),
    ]
    if cal.get("description"):
        lines.append("DESCRIPTION:" + _ics_text(cal["description"]))
    lines += [f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", "TRANSP:OPAQUE",
              "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _fold_ics(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- MIME serialising

CTE_CYCLE = {
    "utf-8": ["8bit", "quoted-printable", "base64", "quoted-printable", "8bit"],
    "iso-8859-1": ["quoted-printable", "8bit", "base64"],
    "windows-1252": ["8bit", "base64", "quoted-printable"],
}


def pick_cte(text: str, charset: str, explicit: str | None, salt: str) -> str:
    if explicit:
        return explicit
    if is_ascii(text):
        return "7bit"
    cycle = CTE_CYCLE[charset]
    return cycle[int(hashlib.sha1(salt.encode()).hexdigest()[:6], 16) % len(cycle)]


def encode_body(raw: bytes, cte: str) -> bytes:
    if cte in ("7bit", "8bit"):
        body = raw if raw.endswith(b"\n") else raw + b"\n"
        assert max(len(l) for l in body.split(b"\n")) < 990, "line too long for 7/8bit"
        if cte == "7bit":
            body.decode("ascii")
        return body
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


class Leaf:
    def __init__(self, ctype: str, params: list[tuple[str, str]], cte: str, raw: bytes,
                 extra: list[str] | None = None, expect: str | None = None):
        self.ctype, self.params, self.cte, self.raw = ctype, params, cte, raw
        self.extra, self.expect = extra or [], expect

    def headers(self) -> list[str]:
        params = "".join(f'; {k}="{v}"' if q else f"; {k}={v}" for k, v, q in self.params)
        return [f"Content-Type: {self.ctype}{params}", f"Content-Transfer-Encoding: {self.cte}",
                *self.extra]

    def body(self) -> bytes:
        return encode_body(self.raw, self.cte)

    def texts(self) -> list[tuple[str, str]]:
        return [(self.ctype, self.expect)] if self.expect is not None else []


class Multi:
    def __init__(self, subtype: str, boundary: str, parts: list):
        self.subtype, self.boundary, self.parts = subtype, boundary, parts

    def headers(self) -> list[str]:
        return [f'Content-Type: multipart/{self.subtype};\n boundary="{self.boundary}"']

    def body(self) -> bytes:
        out = b"This is a multi-part message in MIME format.\n\n" if self.subtype == "mixed" else b""
        for part in self.parts:
            out += f"--{self.boundary}\n".encode() + serialise(part)
            out += b"\n" if out.endswith(b"\n") else b"\n\n"
        return out + f"--{self.boundary}--\n".encode()

    def texts(self) -> list[tuple[str, str]]:
        return [t for part in self.parts for t in part.texts()]


def serialise(node) -> bytes:
    head = "\n".join(node.headers()).encode("ascii") + b"\n\n"
    return head + node.body()


def text_leaf(ctype: str, text: str, charset: str, cte: str, quote_cs: bool,
              extra_params=None, extra=None) -> Leaf:
    if cte != "base64":
        # files are stored with LF line ends; CRLF survives only inside base64
        text = text.replace("\r\n", "\n")
    params = [("charset", charset, quote_cs)] + list(extra_params or [])
    return Leaf(ctype, params, cte, text.encode(charset), extra, expect=text)


def build_tree(spec: dict, stamp: datetime):
    slug = spec["slug"]
    bnum = hashlib.sha1(slug.encode()).hexdigest()[:10]
    quote_cs = int(bnum[0], 16) % 2 == 0
    text = spec.get("text")
    charset = spec.get("cs", "utf-8")
    html = spec.get("html")
    if html is None and spec.get("shell"):
        args = dict(spec.get("shell_args", {}))
        args.setdefault("lang", spec["lang"])
        html = C.SHELLS[spec["shell"]](spec.get("html_text") or text, **args)
    alts = []
    if text is not None:
        cte = pick_cte(text, charset, spec.get("cte"), slug + "t")
        alts.append(text_leaf("text/plain", text, charset, cte, quote_cs,
                              [("format", "flowed", False)] if spec.get("flowed") else None))
    if html is not None:
        hcs = spec.get("html_cs", charset if text is not None else spec.get("cs", "utf-8"))
        hcte = spec.get("html_cte") or pick_cte(html, hcs, None, slug + "h")
        if hcte in ("7bit", "8bit") and max(len(l) for l in html.split("\n")) > 900:
            hcte = "quoted-printable"
        alts.append(text_leaf("text/html", html, hcs, hcte, quote_cs))
    if spec.get("cal"):
        cal = spec["cal"]
        ics = build_ics(cal, spec, stamp)
        alts.append(text_leaf("text/calendar", ics, "utf-8", cal.get("cte", "base64"), quote_cs,
                              [("method", cal.get("method", "REQUEST"), False)]))
    assert alts, slug
    body = alts[0] if len(alts) == 1 else Multi("alternative", f"----=_Alt_189_{bnum}", alts)
    attachments = []
    for att in spec.get("attach", []):
        if "pdf" in att:
            name = att["pdf"]
            data = build_pdf(att.get("title", name), att["lines"], stamp)
            if is_ascii(name):
                params = [("name", name, True)]
                disp = [f'Content-Disposition: attachment; filename="{name}"']
            else:
                enc = "".join(c if c.isalnum() and c.isascii() or c in "._-" else
                              "".join(f"%{b:02X}" for b in c.encode("utf-8")) for c in name)
                params = []
                disp = [f"Content-Disposition: attachment; filename*=utf-8''{enc}"]
            attachments.append(Leaf("application/pdf", params, "base64", data, disp))
        elif "ics" in att:
            ics = build_ics(att, spec, stamp)
            attachments.append(text_leaf(
                "text/calendar", ics, "utf-8", att.get("cte", "base64"), quote_cs,
                [("method", att.get("method", "REQUEST"), False), ("name", att["ics"], True)],
                [f'Content-Disposition: attachment; filename="{att["ics"]}"']))
    if attachments:
        return Multi("mixed", f"----=_Mix_189_{bnum}", [body, *attachments])
    return body


def build_message(spec: dict, mids: dict[str, str]) -> bytes:
    stamp = aware_date(spec)
    lines = [f"Date: {email.utils.format_datetime(stamp)}",
             addr_header("From", [spec["frm"]], spec.get("name_enc"))]
    if spec.get("reply_to"):
        lines.append(addr_header("Reply-To", [spec["reply_to"]], spec.get("rt_enc")))
    lines.append(addr_header("To", spec.get("to", [C.CAND])))
    if spec.get("cc"):
        lines.append(addr_header("Cc", spec["cc"]))
    lines.append(subject_header(spec))
    lines.append(f"Message-ID: {mids[spec['_id']]}")
    refs = [mids.get(r) or f"<{r}@mail.example.de>" for r in spec.get("refs", [])]
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append("References: " + "\n ".join(refs))
    for name, value in spec.get("headers", []):
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    tree = build_tree(spec, stamp)
    data = "\n".join(lines).encode("ascii") + b"\n" + serialise(tree)
    spec["_texts"] = tree.texts()
    return data


# --------------------------------------------------------------------------- checks

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, data: bytes) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    where = spec["_file"]
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{where}: {name} defects {value.defects}"
    assert msg["subject"] == spec["subject"], f"{where}: subject {msg['subject']!r}"
    frm = msg["from"].addresses[0]
    assert frm.addr_spec == spec["frm"][1] and frm.display_name == spec["frm"][0], where
    if spec.get("reply_to"):
        rt = msg["reply-to"].addresses[0]
        assert rt.addr_spec == spec["reply_to"][1] and rt.display_name == spec["reply_to"][0], where
    got = [(p.get_content_type(), norm(p.get_content())) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    want = [(ctype, norm(text)) for ctype, text in spec["_texts"]]
    assert got == want, f"{where}: text parts do not round-trip"
    assert msg["date"].datetime.year == 2026, where
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            blob = part.get_content()
            assert blob.startswith(b"%PDF-1.4") and blob.rstrip().endswith(b"%%EOF"), where


def check_label(spec: dict) -> None:
    where = spec["_file"]
    assert spec["kind"] in EXPECTED, where
    assert spec["lang"] in ("en", "de", "fr", "es"), where
    own = spec["frm"][1].lower() == C.CAND_ADDR
    contact = spec.get("contact", "")
    if own:
        assert spec["kind"] == "other" and not contact, where
    if contact:
        assert contact == contact.lower(), where
        heads = [spec["frm"][1].lower()] + ([spec["reply_to"][1].lower()] if spec.get("reply_to") else [])
        assert contact in heads, f"{where}: contact not in From/Reply-To"
    company = spec.get("company", "")
    if spec["kind"] == "other":
        assert not company, where
    else:
        assert company and not LEGAL.search(company), f"{where}: company {company!r}"


# --------------------------------------------------------------------------- main

def main() -> None:
    specs = [*REJECTIONS, *INVITES, *ACKS, *OTHER]
    numbers: Counter = Counter()
    for spec in specs:
        numbers[spec["kind"]] += 1
        spec["_file"] = f"{spec['kind']}/{numbers[spec['kind']]:03d}_{spec['slug']}.eml"
        spec["_id"] = spec.get("key") or spec["_file"]
    keys = [s["_id"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    mids = {s["_id"]: make_mid(s) for s in specs}
    assert len(set(mids.values())) == len(mids), "duplicate Message-IDs"
    for spec in specs:
        for ref in spec.get("refs", []):
            assert ref in mids or ref.startswith("ext-"), f"{spec['_file']}: unknown ref {ref}"

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for spec in specs:
        try:
            check_label(spec)
            data = build_message(spec, mids)
            check(spec, data)
        except Exception as exc:
            raise SystemExit(f"{spec['_file']}: {type(exc).__name__}: {exc}")
        path = HERE / spec["_file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([spec["_file"], spec["kind"], spec.get("company", ""),
                     spec.get("contact", ""), spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = Counter((s["kind"], s["lang"]) for s in specs)
    langs = ["de", "en", "fr", "es"]
    print(f"{'kind':32}" + "".join(f"{l:>5}" for l in langs) + "  total")
    for kind in KINDS:
        print(f"{kind:32}" + "".join(f"{table[(kind, l)]:>5}" for l in langs)
              + f"  {numbers[kind]:>5}")
    print(f"{'total':32}" + "".join(f"{sum(table[(k, l)] for k in KINDS):>5}" for l in langs)
          + f"  {len(specs):>5}")
    wrong = {k: (numbers[k], n) for k, n in EXPECTED.items() if numbers[k] != n}
    if wrong:
        print("counts differ from the plan:", wrong)
        sys.exit(1)


if __name__ == "__main__":
    main()
