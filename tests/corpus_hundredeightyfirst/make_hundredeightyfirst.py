"""Build corpus 181 (*.eml and labels.csv) from the hand-written specs in msgs181_*.py.

Run from the repository root:  python tests/corpus_hundredeightyfirst/make_hundredeightyfirst.py

Standard library only. The script deletes and rewrites only *.eml files and labels.csv inside
its own folder, then re-parses every message with the default policy and checks that it has no
defects and that its subject, names and bodies round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import re
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from email import charset as _cs
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs181_acks  # noqa: E402
import msgs181_invites  # noqa: E402
import msgs181_other  # noqa: E402
import msgs181_rejections  # noqa: E402
from msgs181_common import CAND  # noqa: E402

KIND_COUNTS = {
    "rejection": 31,
    "interview_invitation": 26,
    "interview_reschedule_or_cancel": 15,
    "missed_interview_notice": 10,
    "application_received": 21,
    "offer": 10,
    "other": 52,
}
LANGS = ("de", "fr", "en", "es")
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.?L\.?U?|Ltd|Inc|SAS|SARL|LLC|S\.?r\.?l\.?|S\.?p\.?A\.?|"
                   r"S\.?A\.?U?|plc|KG|Sàrl)\.?$", re.IGNORECASE)

# --------------------------------------------------------------------------- dates

def _last_sunday(year: int, month: int) -> int:
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    return d.day - ((d.weekday() + 1) % 7)


def _eu_summer(utc: datetime) -> bool:
    start = datetime(utc.year, 3, _last_sunday(utc.year, 3), 1)
    end = datetime(utc.year, 10, _last_sunday(utc.year, 10), 1)
    return start <= utc.replace(tzinfo=None) < end


ZONES = {"ch": (1, "eu"), "de": (1, "eu"), "fr": (1, "eu"), "it": (1, "eu"), "es": (1, "eu"),
         "uk": (0, "eu"), "utc": (0, None), "us": (-5, "us")}


def when(text: str) -> datetime:
    """'2026-03-04 09:12 ch' -> an aware datetime in that zone's local offset."""
    day, clock, zone = text.split()
    naive = datetime.strptime(f"{day} {clock}", "%Y-%m-%d %H:%M")
    base, rule = ZONES[zone]
    offset = base
    utc_guess = naive - timedelta(hours=base)
    if rule == "eu" and _eu_summer(utc_guess):
        offset += 1
    if rule == "us" and datetime(2026, 3, 8, 7) <= utc_guess < datetime(2026, 11, 1, 6):
        offset += 1
    return naive.replace(tzinfo=timezone(timedelta(hours=offset)))


def ical_utc(text: str) -> str:
    return when(text).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


# --------------------------------------------------------------------------- headers

def _charset(spec: str) -> _cs.Charset:
    name, enc = spec.split("/")
    cs = _cs.Charset(name)
    cs.header_encoding = _cs.BASE64 if enc.upper() == "B" else _cs.QP
    return cs


def _addr(pair: tuple[str, str], hcs: str) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset=_charset(hcs))


def _addrs(pairs: list[tuple[str, str]], hcs: str) -> str:
    return ",\n ".join(_addr(p, hcs) for p in pairs)


def _subject(text: str, hcs: str) -> str:
    if text.isascii():
        return Header(text, "us-ascii", header_name="Subject").encode(linesep="\n")
    return Header(text, _charset(hcs), header_name="Subject").encode(linesep="\n")


# --------------------------------------------------------------------------- bodies

def _text_part(content: str, subtype: str, charset: str, cte: str,
               extra: dict[str, str] | None = None) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, charset=charset, **(extra or {}))
    raw = content.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte in ("7bit", "8bit"):
        if cte == "7bit" and not raw.isascii():
            raise ValueError("7bit body with non-ASCII text")
        payload = raw.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    part._payload = payload
    part["Content-Transfer-Encoding"] = cte
    return part


def make_pdf(title: str, lines: list[str], date: datetime) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with the given lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = "BT /F1 11 Tf 56 790 Td 15 TL\n" + "".join(f"({esc(x)}) '\n" for x in lines) + "ET"
    data = stream.encode("cp1252", "replace")
    stamp = date.strftime("D:%Y%m%d%H%M%S")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (" + esc(title) + ") /Producer (corpus181 make_pdf) /CreationDate ("
         + stamp + ") >>").encode("cp1252", "replace"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return bytes(out)


def _ical_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def make_ics(cal: dict, stamp: datetime, crlf: bool = True) -> str:
    """A VCALENDAR with one VEVENT (METHOD REQUEST or CANCEL)."""
    org_name, org_addr = cal["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{cal['method']}",
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{ical_utc(cal['start'])}",
        f"DTEND:{ical_utc(cal['end'])}",
        f"SEQUENCE:{cal.get('sequence', 0)}",
        f"STATUS:{'CANCELLED' if cal['method'] == 'CANCEL' else 'CONFIRMED'}",
        f"SUMMARY:{_ical_text(cal['summary'])}",
        f"LOCATION:{_ical_text(cal.get('location', ''))}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
    ]
    for name, addr in cal.get("attendees", [CAND]):
        lines.append(f"ATTENDEE;CN=\"{name}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f"RSVP=TRUE:mailto:{addr}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{_ical_text(cal['description'])}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _fold(line)]
    sep = "\r\n" if crlf else "\n"
    return sep.join(folded) + sep


def build_body(spec: dict, date: datetime) -> tuple[MIMENonMultipart | MIMEMultipart, list]:
    """The MIME body and the list of (content type, expected content) for the round-trip."""
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable" if charset != "utf-8" else "8bit")
    html_cte = spec.get("html_cte", cte)
    form = spec.get("form", "plain")
    expected: list[tuple[str, str]] = []
    text = spec.get("text")
    html = spec.get("html")

    parts = []
    if form in ("plain", "alt"):
        parts.append(_text_part(text, "plain", charset, cte))
        expected.append(("text/plain", text))
    if form in ("html", "alt"):
        parts.append(_text_part(html, "html", charset, html_cte))
        expected.append(("text/html", html))

    cal = spec.get("cal")
    cal_attach = None
    if cal:
        ics = make_ics(cal, date, crlf=cal.get("crlf", True))
        where = cal.get("where", "alt")
        if where in ("alt", "both"):
            cpart = _text_part(ics, "calendar", "utf-8", cal.get("cte", "base64"),
                               {"method": cal["method"]})
            parts.append(cpart)
            expected.append(("text/calendar", ics))
        if where in ("attach", "both"):
            cal_attach = MIMENonMultipart("application", "ics", name=cal.get("file", "invite.ics"))
            cal_attach.set_payload(base64.encodebytes(ics.encode("utf-8")).decode("ascii"))
            cal_attach["Content-Transfer-Encoding"] = "base64"
            cal_attach.add_header("Content-Disposition", "attachment",
                                  filename=cal.get("file", "invite.ics"))

    root = parts[0] if len(parts) == 1 else MIMEMultipart("alternative", _subparts=parts)

    attachments = []
    for att in spec.get("attach", []):
        pdf = make_pdf(att.get("title", att["file"]), att["lines"], date)
        p = MIMENonMultipart("application", "pdf", name=att["file"])
        p.set_payload(base64.encodebytes(pdf).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
        p.add_header("Content-Disposition", "attachment", filename=att["file"])
        attachments.append(p)
    if cal_attach is not None:
        attachments.append(cal_attach)
    if attachments:
        root = MIMEMultipart("mixed", _subparts=[root, *attachments])
    return root, expected


# --------------------------------------------------------------------------- assembly

def all_specs() -> list[dict]:
    return [*msgs181_rejections.MESSAGES, *msgs181_invites.MESSAGES, *msgs181_acks.MESSAGES,
            *msgs181_other.MESSAGES]


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def _norm(s: str) -> str:
    return "\n".join(line.rstrip() for line in s.replace("\r\n", "\n").strip().split("\n"))


def check_spec(spec: dict) -> None:
    where = spec.get("slug", "?")
    for key in ("kind", "slug", "lang", "frm", "subject", "date", "company", "contact"):
        assert key in spec, f"{where}: missing {key}"
    assert spec["kind"] in KIND_COUNTS, where
    assert spec["lang"] in LANGS, where
    assert re.fullmatch(r"[a-z0-9_]+", spec["slug"]), where
    frm = spec["frm"][1].lower()
    if spec["kind"] == "other":
        assert spec["company"] == "", f"{where}: other with company"
    else:
        assert spec["company"], f"{where}: job mail without company"
        assert not LEGAL.search(spec["company"]), f"{where}: legal form in company"
    if frm == CAND[1]:
        assert spec["kind"] == "other" and spec["contact"] == "", where
    contact = spec["contact"]
    if contact:
        assert contact == contact.lower(), where
        rt = spec.get("reply_to")
        cands = [frm] + ([rt[1].lower()] if rt else [])
        assert contact in cands, f"{where}: contact not in From/Reply-To"
    if spec.get("form", "plain") in ("plain", "alt"):
        assert spec.get("text"), where
    if spec.get("form", "plain") in ("html", "alt"):
        assert spec.get("html"), where


def main() -> None:
    specs = all_specs()
    for spec in specs:
        check_spec(spec)
    kinds = Counter(s["kind"] for s in specs)
    assert dict(kinds) == KIND_COUNTS, f"kind counts {dict(kinds)}"
    slugs = Counter(s["slug"] for s in specs)
    dup = [k for k, v in slugs.items() if v > 1]
    assert not dup, f"duplicate slugs {dup}"

    # first pass: file names and Message-IDs
    per_kind: Counter = Counter()
    ids: dict[str, str] = {}
    parents: dict[str, str | None] = {}
    for i, spec in enumerate(specs, 1):
        per_kind[spec["kind"]] += 1
        spec["_file"] = f"{spec['kind']}/{per_kind[spec['kind']]:03d}_{spec['slug']}.eml"
        date = when(spec["date"])
        spec["_date"] = date
        token = hashlib.sha1(spec["slug"].encode()).hexdigest()[:10]
        domain = spec.get("mid_domain") or _domain(spec["frm"][1])
        key = spec.get("id", spec["slug"])
        assert key not in ids, f"duplicate id {key}"
        ids[key] = f"<{date.strftime('%Y%m%d%H%M%S')}.{token}.{i:03d}@{domain}>"
        parents[key] = spec.get("parent")

    def mid(key: str) -> str:
        if key in ids:
            return ids[key]
        token = hashlib.sha1(key.encode()).hexdigest()[:12]
        return f"<{token}.{key.replace('_', '-')}@mail.example.ch>"

    def chain(key: str) -> list[str]:
        out: list[str] = []
        seen = set()
        cur: str | None = key
        while cur and cur not in seen:
            seen.add(cur)
            out.append(mid(cur))
            cur = parents.get(cur)
        return list(reversed(out))

    for old in HERE.rglob("*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    for i, spec in enumerate(specs, 1):
        hcs = spec.get("hcs", "utf-8/Q")
        date = spec["_date"]
        body, expected = build_body(spec, date)
        for n, part in enumerate(body.walk()):
            del part["MIME-Version"]
            if part.is_multipart():
                part.set_boundary(f"=_b181_{i:03d}_{n}_{spec['slug'][:12]}")
        head: list[tuple[str, str]] = []
        head.append(("From", _addr(spec["frm"], hcs)))
        if spec.get("sender"):
            head.append(("Sender", _addr(spec["sender"], hcs)))
        to = spec.get("to", [CAND])
        head.append(("To", _addrs(to, hcs)))
        if spec.get("cc"):
            head.append(("Cc", _addrs(spec["cc"], hcs)))
        if spec.get("reply_to"):
            head.append(("Reply-To", _addr(spec["reply_to"], hcs)))
        head.append(("Subject", _subject(spec["subject"], hcs)))
        head.append(("Date", format_datetime(date)))
        key = spec.get("id", spec["slug"])
        head.append(("Message-ID", ids[key]))
        if spec.get("parent"):
            head.append(("In-Reply-To", mid(spec["parent"])))
            head.append(("References", "\n ".join(chain(spec["parent"]))))
        for name, value in spec.get("headers", []):
            if not value.isascii():
                value = Header(value, _charset(hcs), header_name=name).encode(linesep="\n")
            head.append((name, value))
        head.append(("MIME-Version", "1.0"))
        block = "".join(f"{name}: {value}\n" for name, value in head)
        try:
            data = block.encode("ascii") + body.as_bytes()
        except UnicodeError as exc:
            raise SystemExit(f"{spec['_file']}: {exc}") from exc
        path = HERE / spec["_file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        verify(path, spec, expected)
        rows.append([spec["_file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"{'kind':32s}" + "".join(f"{lang:>5s}" for lang in LANGS) + "  total")
    for kind in KIND_COUNTS:
        cells = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:32s}" + "".join(f"{c:5d}" for c in cells) + f"{sum(cells):7d}")
    langs = Counter(s["lang"] for s in specs)
    print(f"{'total':32s}" + "".join(f"{langs[lang]:5d}" for lang in LANGS) + f"{len(specs):7d}")


def verify(path: Path, spec: dict, expected: list[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = spec["_file"]
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    for name, value in msg.items():
        assert not getattr(value, "defects", ()), f"{where}: {name} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    frm = msg["From"].addresses[0]
    assert frm.display_name == spec["frm"][0], f"{where}: from name {frm.display_name!r}"
    assert frm.addr_spec == spec["frm"][1], where
    to = msg["To"].addresses
    want_to = spec.get("to", [CAND])
    assert [(a.display_name, a.addr_spec) for a in to] == [tuple(p) for p in want_to], where
    if spec.get("reply_to"):
        rt = msg["Reply-To"].addresses[0]
        assert (rt.display_name, rt.addr_spec) == tuple(spec["reply_to"]), where
    got = [(p.get_content_type(), p.get_content()) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    assert len(got) == len(expected), f"{where}: {len(got)} text parts, want {len(expected)}"
    for (gtype, gtext), (wtype, wtext) in zip(got, expected, strict=True):
        assert gtype == wtype, f"{where}: {gtype} != {wtype}"
        assert _norm(gtext) == _norm(wtext), f"{where}: {gtype} does not round-trip"
    for att in spec.get("attach", []):
        found = [p for p in msg.walk() if p.get_filename() == att["file"]]
        assert found and found[0].get_content().startswith(b"%PDF-1.4"), where
    assert msg["Date"].datetime.year == 2026, where


if __name__ == "__main__":
    main()
