"""Build corpus 352 (Baptiste Kerhervé-Nakamura, sommelier moving into wine export sales).

Standard library only. Reads the hand-written specs in msgs352_*.py, renders every message as
MIME by hand (deterministic boundaries, Message-IDs, dates, threading headers), writes
<kind>/<NNN>_<key>.eml and labels.csv, then re-parses every file with email.policy.default and
checks it: no defects, subject, From name, date and every text body round-trip, label rules.

Run: python tests/corpus_threehundredfiftysecond/make_threehundredfiftysecond.py
It deletes and rewrites only *.eml and labels.csv in its own folder.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import sys
from collections import Counter
from datetime import UTC, datetime
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # write nothing here but *.eml and labels.csv
sys.path.insert(0, str(HERE))

import msgs352_acks_offers  # noqa: E402
import msgs352_interviews  # noqa: E402
import msgs352_other_a  # noqa: E402
import msgs352_other_b  # noqa: E402
import msgs352_rejections  # noqa: E402
import msgs352_threads  # noqa: E402
from msgs352_common import CANDIDATE, CANDIDATE_ADDR  # noqa: E402

Spec = dict[str, Any]

MODULES = [
    msgs352_threads,
    msgs352_rejections,
    msgs352_interviews,
    msgs352_acks_offers,
    msgs352_other_a,
    msgs352_other_b,
]
KINDS = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
LANGS = ["fr", "en", "de", "es"]
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCALS = (
    "noreply", "no-reply", "donotreply", "do-not-reply", "ne-pas-repondre", "notifications",
    "notification", "jobs", "careers", "recrutement", "rrhh", "bewerbung", "karriere",
    "alerts", "alertes", "alertas", "newsletter", "info", "hr", "talent", "empleo",
    "mailer-daemon", "postmaster", "candidats", "news", "suivi", "ateliers", "bureau",
    "scolarite", "info-trafic", "avisos", "citas", "pedidos", "termine", "kurse", "jobagent",
    "benachrichtigung",
)
LEGAL_FORMS = (
    "GmbH", "SA", "S.A.", "SAS", "S.A.S.", "SARL", "S.L.", "SL", "Ltd", "Ltd.", "Limited",
    "Inc", "Inc.", "AG", "KG", "LLC", "plc", "S.p.A.", "SE", "SCA", "S.C.A.",
)
SEP = "\n"


# ---------------------------------------------------------------- headers

def _charset(name: str, enc: str) -> Charset:
    cs = Charset(name)
    cs.header_encoding = QP if enc == "q" else BASE64
    return cs


def encoded_words(text: str, header_name: str, cs: tuple[str, str]) -> str:
    return Header(text, _charset(*cs), maxlinelen=76, header_name=header_name).encode(
        linesep=SEP
    )


def fold_ascii(name: str, value: str) -> str:
    words = value.split(" ")
    lines: list[str] = []
    current = f"{name}:"
    for word in words:
        if len(current) + 1 + len(word) > 78 and current.strip() and not current.endswith(":"):
            lines.append(current)
            current = " " + word
        else:
            current = f"{current} {word}"
    lines.append(current)
    return SEP.join(lines)


def header(name: str, value: str, cs: tuple[str, str]) -> str:
    if value.isascii():
        return fold_ascii(name, value)
    return f"{name}: " + encoded_words(value, name, cs)


def address(pair: tuple[str, str], cs: tuple[str, str]) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return f"{encoded_words(name, 'From', cs)} <{addr}>"


def address_header(name: str, pairs: list[tuple[str, str]], cs: tuple[str, str]) -> str:
    return f"{name}: " + f",{SEP} ".join(address(p, cs) for p in pairs)


# ---------------------------------------------------------------- bodies

def encode_body(text: str, charset: str, cte: str | None) -> tuple[str, bytes]:
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    if cte == "7bit":
        assert raw.isascii(), "7bit body with non-ASCII text"
        data = raw
    elif cte == "8bit":
        data = raw.replace(b"\r\n", b"\n")
    elif cte == "quoted-printable":
        data = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
    elif cte == "base64":
        data = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    assert all(len(line) <= 998 for line in data.split(b"\n")), "line too long"
    return cte, data


class Leaf:
    def __init__(self, headers: list[str], data: bytes, expected: str | None) -> None:
        self.headers, self.data, self.expected = headers, data, expected


class Multi:
    def __init__(self, subtype: str, children: list[Leaf | Multi], boundary: str) -> None:
        self.subtype, self.children, self.boundary = subtype, children, boundary


def text_leaf(text: str, subtype: str, charset: str, cte: str | None, extra: str = "") -> Leaf:
    cte_used, data = encode_body(text, charset, cte)
    headers = [
        f'Content-Type: text/{subtype}; charset="{charset}"{extra}',
        f"Content-Transfer-Encoding: {cte_used}",
    ]
    return Leaf(headers, data, text)


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (Helvetica, WinAnsi)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream_lines = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    stream_lines += [f"({esc(line)}) Tj T*" for line in lines]
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("cp1252")
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
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
        .encode()
    )
    return out.getvalue()


def pdf_leaf(filename: str, lines: list[str]) -> Leaf:
    data = base64.encodebytes(pdf_bytes(lines))
    if filename.isascii():
        disp = f'attachment; filename="{filename}"'
        ctype = f'application/pdf; name="{filename}"'
    else:
        from urllib.parse import quote as urlquote

        disp = f"attachment; filename*=utf-8''{urlquote(filename)}"
        ctype = "application/pdf"
    headers = [
        f"Content-Type: {ctype}",
        "Content-Transfer-Encoding: base64",
        f"Content-Disposition: {disp}",
    ]
    return Leaf(headers, data, None)


PARIS_TZ = """BEGIN:VTIMEZONE
TZID:{tz}
BEGIN:DAYLIGHT
TZOFFSETFROM:{std}
TZOFFSETTO:{dst}
TZNAME:{dname}
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:{dst}
TZOFFSETTO:{std}
TZNAME:{sname}
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""
TZ_INFO = {
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST"),
    "Europe/London": ("+0000", "+0100", "GMT", "BST"),
}


def ical_fold(line: str) -> list[str]:
    out = []
    raw = line
    while len(raw.encode("utf-8")) > 74:
        cut = 74
        while len(raw[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(raw[:cut])
        raw = " " + raw[cut:]
    out.append(raw)
    return out


def ical_text(spec: Spec, cal: Spec) -> str:
    tz = cal.get("tz", "Europe/Paris")
    std, dst, sname, dname = TZ_INFO[tz]
    method = cal.get("method", "REQUEST")
    organizer_name, organizer_addr = cal.get("organizer", spec["frm"])
    stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{cal.get('prodid', '-//Corpus352//Calendar 1.0//EN')}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        *PARIS_TZ.format(tz=tz, std=std, dst=dst, sname=sname, dname=dname).split("\n"),
        "BEGIN:VEVENT",
        f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART;TZID={tz}:{cal['start']}",
        f"DTEND;TZID={tz}:{cal['end']}",
        f"SUMMARY:{cal['summary']}",
    ]
    if cal.get("location"):
        lines.append(f"LOCATION:{cal['location']}")
    if cal.get("description"):
        lines.append(f"DESCRIPTION:{cal['description']}")
    lines += [
        f'ORGANIZER;CN="{organizer_name}":mailto:{organizer_addr}',
        f'ATTENDEE;CN="{CANDIDATE[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
        f"mailto:{CANDIDATE_ADDR}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in ical_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- messages

def digest(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def message_id(spec: Spec) -> str:
    domain = spec.get("msgid_domain") or spec["frm"][1].split("@", 1)[1]
    return f"<{digest('mid', spec['key'])[:16]}.{spec['key'].replace('_', '-')}@{domain}>"


def build_tree(spec: Spec, top_key: str) -> Leaf | Multi:
    counter = [0]

    def boundary() -> str:
        counter[0] += 1
        return f"----=_Part_{counter[0]}_{digest('b', top_key, str(counter[0]))[:20]}"

    charset = spec.get("cs", "utf-8")
    cte = spec.get("cte")
    alternatives: list[Leaf | Multi] = []
    if spec.get("text") is not None:
        flowed = '; format="flowed"' if spec.get("flowed") else ""
        alternatives.append(text_leaf(spec["text"], "plain", charset, cte, flowed))
    if spec.get("html") is not None:
        alternatives.append(
            text_leaf(spec["html"], "html", spec.get("html_cs", charset),
                      spec.get("html_cte", cte))
        )
    cal = spec.get("ical")
    if cal:
        method = cal.get("method", "REQUEST")
        alternatives.append(
            text_leaf(ical_text(spec, cal), "calendar", "utf-8", cal.get("cte", "base64"),
                      f"; method={method}")
        )
    assert alternatives, f"{spec['key']}: no body"
    body: Leaf | Multi = (
        alternatives[0] if len(alternatives) == 1 else Multi("alternative", alternatives,
                                                             boundary())
    )
    extras: list[Leaf | Multi] = []
    for filename, lines in spec.get("attach", []):
        extras.append(pdf_leaf(filename, lines))
    if spec.get("fwd"):
        inner = render(spec["fwd"], nested=True)
        extras.append(
            Leaf(
                ["Content-Type: message/rfc822",
                 "Content-Disposition: inline",
                 f"Content-Transfer-Encoding: {'7bit' if inner.isascii() else '8bit'}"],
                inner,
                None,
            )
        )
        extras[-1].inner_spec = spec["fwd"]  # type: ignore[attr-defined]
    if extras:
        return Multi("mixed", [body, *extras], boundary())
    return body


def render_node(node: Leaf | Multi) -> bytes:
    if isinstance(node, Leaf):
        return (SEP.join(node.headers) + SEP + SEP).encode() + node.data
    out = [f'Content-Type: multipart/{node.subtype};{SEP} boundary="{node.boundary}"'
           f"{SEP}{SEP}".encode()]
    if node.subtype == "mixed":
        out.append(f"This is a multi-part message in MIME format.{SEP}".encode())
    for child in node.children:
        rendered = render_node(child)
        if not rendered.endswith(b"\n"):
            rendered += b"\n"
        out.append(f"{SEP}--{node.boundary}{SEP}".encode() + rendered)
    out.append(f"{SEP}--{node.boundary}--{SEP}".encode())
    return b"".join(out)


def expected_texts(spec: Spec) -> list[str]:
    """Every text body of the message in walk() order."""
    texts = []
    if spec.get("text") is not None:
        texts.append(spec["text"])
    if spec.get("html") is not None:
        texts.append(spec["html"])
    if spec.get("ical"):
        texts.append(ical_text(spec, spec["ical"]))
    if spec.get("fwd"):
        texts += expected_texts(spec["fwd"])
    return texts


IDS: dict[str, str] = {}
PARENTS: dict[str, str] = {}


def references(spec: Spec) -> list[str]:
    chain: list[str] = []
    parent = spec.get("parent")
    while parent:
        chain.insert(0, IDS[parent])
        parent = PARENTS.get(parent)
    return [f"<{ref}>" for ref in [*spec.get("refs_extra", []), *chain]]


def render(spec: Spec, *, nested: bool = False) -> bytes:
    name_cs = tuple(spec.get("name_cs", ("utf-8", "q")))
    subj_cs = tuple(spec.get("subj_cs", ("utf-8", "q")))
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    lines = [
        f"Date: {format_datetime(dt)}",
        address_header("From", [spec["frm"]], name_cs),
    ]
    if spec.get("sender"):
        lines.append(address_header("Sender", [spec["sender"]], name_cs))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], name_cs))
    lines.append(address_header("To", spec.get("to") or [CANDIDATE], name_cs))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], name_cs))
    lines.append(header("Subject", spec["subject"], subj_cs))
    lines.append(f"Message-ID: {message_id(spec)}")
    refs = references(spec) if not nested else []
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append(fold_ascii("References", " ".join(refs)))
    for name, value in spec.get("headers", []):
        lines.append(header(name, value, subj_cs))
    lines.append("MIME-Version: 1.0")
    tree = build_tree(spec, spec["key"])
    head = (SEP.join(lines) + SEP).encode()
    return head + render_node(tree)


# ---------------------------------------------------------------- checks

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip()


def is_system(addr: str) -> bool:
    local, domain = addr.lower().split("@", 1)
    return domain.endswith(ATS_DOMAINS) or local in SYSTEM_LOCALS


def check_labels(spec: Spec) -> None:
    key, kind, company, contact = spec["key"], spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS, f"{key}: kind {kind}"
    assert spec["lang"] in LANGS, f"{key}: lang"
    own = spec["frm"][1].lower() == CANDIDATE_ADDR
    if own:
        assert kind == "other" and not contact, f"{key}: own mail must be other, no contact"
    if kind == "other":
        assert not company, f"{key}: company on other"
    else:
        assert company and company == company.strip(), f"{key}: company missing"
        words = company.replace(",", " ").split()
        assert not any(w in LEGAL_FORMS for w in words), f"{key}: legal form in company"
    reply_to = spec.get("reply_to")
    if own:
        expected = ""
    elif reply_to and not is_system(reply_to[1]):
        expected = reply_to[1].lower()
    elif not is_system(spec["frm"][1]):
        expected = spec["frm"][1].lower()
    else:
        expected = ""
    assert contact == expected, f"{key}: contact should be {expected!r}"
    if contact:
        assert contact == contact.lower(), f"{key}: contact case"
        candidates = [spec["reply_to"][1].lower()] if spec.get("reply_to") else []
        candidates.append(spec["frm"][1].lower())
        assert contact in candidates, f"{key}: contact not in Reply-To/From"
        local, domain = contact.split("@")
        assert not domain.endswith(ATS_DOMAINS), f"{key}: ATS contact"
        assert local not in SYSTEM_LOCALS, f"{key}: system contact"
        assert contact != CANDIDATE_ADDR


def check_parsed(spec: Spec, data: bytes) -> None:
    key = spec["key"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        assert not part.defects, f"{key}: defects {part.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{key}: subject {msg['Subject']!r}"
    from_header = msg["From"]
    assert from_header.addresses[0].display_name == spec["frm"][0], f"{key}: From name"
    assert from_header.addresses[0].addr_spec == spec["frm"][1], f"{key}: From addr"
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    assert msg["Date"].datetime == dt, f"{key}: date"
    got = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    want = expected_texts(spec)
    assert [norm(t) for t in got] == [norm(t) for t in want], f"{key}: text bodies differ"
    for name, value in spec.get("headers", []):
        assert str(msg[name]) == value, f"{key}: header {name}"


# ---------------------------------------------------------------- main

def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for module in MODULES:
        specs.extend(module.MESSAGES)
    return specs


def main() -> None:
    specs = all_specs()
    keys = [s["key"] for s in specs]
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    assert not dupes, f"duplicate keys {dupes}"
    for spec in specs:
        spec.setdefault("company", "")
        spec.setdefault("contact", "")
        IDS[spec["key"]] = message_id(spec)[1:-1]
        if spec.get("parent"):
            assert spec["parent"] in keys, f"{spec['key']}: unknown parent"
            PARENTS[spec["key"]] = spec["parent"]
        check_labels(spec)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    numbers: Counter[str] = Counter()
    rows = []
    for spec in specs:
        kind = spec["kind"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['key']}.eml"
        try:
            data = render(spec)
            check_parsed(spec, data)
        except Exception as error:
            raise SystemExit(f"{spec['key']}: {type(error).__name__}: {error}") from error
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[kind, lang] for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{n:5}" for n in counts) + f"  {sum(counts):5}")
    totals = [sum(table[k, lang] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{n:5}" for n in totals) + f"  {sum(totals):5}")


if __name__ == "__main__":
    main()
