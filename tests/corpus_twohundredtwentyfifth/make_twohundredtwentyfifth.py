"""Build corpus 225 (Ewan Castillo-Faure) from the hand-written specs in msgs225_*.py.

Run from the repository root:  python tests/corpus_twohundredtwentyfifth/make_twohundredtwentyfifth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv under this folder, then
re-parses every message and checks it: no defects, subject, names and bodies round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import quopri
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs225_acks  # noqa: E402
import msgs225_invites  # noqa: E402
import msgs225_other  # noqa: E402
import msgs225_rejections  # noqa: E402
from msgs225_common import CAND, CAND_ADDR  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["en", "fr", "de", "es"]
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "jobs.recruitee.com")
LEGAL = re.compile(r"\b(gmbh|ag|sa|s\.?l\.?|ltd|limited|inc|sas|sarl|llc|plc|kg|se|s\.?a\.?u?)\.?$",
                   re.IGNORECASE)
NOREPLY = re.compile(r"(no-?reply|do-?not-?reply|notifications?|alerts?|mailer|bounce|auto)",
                     re.IGNORECASE)

NL = "\n"


# ---------------------------------------------------------------- dates

def _dst(utc: dt.datetime) -> bool:
    """EU/UK summer time in 2026: 29 March 01:00 UTC to 25 October 01:00 UTC."""
    return dt.datetime(2026, 3, 29, 1) <= utc < dt.datetime(2026, 10, 25, 1)


def make_date(stamp: str, tz: str) -> dt.datetime:
    naive = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    if tz == "utc":
        return naive.replace(tzinfo=dt.UTC)
    base = {"uk": 0, "cet": 60}[tz]
    minutes = base + (60 if _dst(naive - dt.timedelta(minutes=base)) else 0)
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))


# ---------------------------------------------------------------- headers

_Q_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _q(data: bytes) -> str:
    out = []
    for byte in data:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch in _Q_SAFE:
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encode_words(text: str, how: str) -> list[str]:
    """RFC 2047 encoded words ('utf-8/Q', 'iso-8859-1/B' ...), none longer than 66 chars."""
    charset, enc = how.split("/")
    words: list[str] = []
    chunk = ""

    def render(piece: str) -> str:
        data = piece.encode(charset)
        body = base64.b64encode(data).decode() if enc == "B" else _q(data)
        return f"=?{charset}?{enc}?{body}?="

    for ch in text:
        if chunk and len(render(chunk + ch)) > 66:
            words.append(render(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(render(chunk))
    return words


def phrase_words(text: str, how: str) -> list[str]:
    """Encoded words for a display name, split only where the name has a space: a phrase's
    parser keeps one space between adjacent encoded words, so the split must be at one."""
    words: list[str] = []
    chunk = ""
    for token in text.split(" "):
        trial = f"{chunk} {token}" if chunk else token
        if chunk and len(encode_words(trial, how)) > 1:
            words += encode_words(chunk, how)
            chunk = token
        else:
            chunk = trial
    if chunk:
        words += encode_words(chunk, how)
    return words


def fold(name: str, value: str) -> str:
    """Fold a header line at spaces so lines stay near 78 characters."""
    line = f"{name}: "
    out = []
    for i, token in enumerate(value.split(" ")):
        if i == 0:
            line += token
        elif len(line) + 1 + len(token) > 78:
            out.append(line)
            line = " " + token
        else:
            line += " " + token
    out.append(line)
    return "\n".join(out)


_SPECIALS = re.compile(r'[()<>@,;:\\".\[\]]')


def fmt_addr(name: str, addr: str, how: str | None = None) -> str:
    if not name:
        return addr
    if how or not name.isascii():
        return " ".join(phrase_words(name, how or "utf-8/Q")) + f" <{addr}>"
    if _SPECIALS.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{addr}>"


def _addrs(value: object) -> list[tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, tuple):
        return [value]
    return list(value)  # type: ignore[arg-type]


# ---------------------------------------------------------------- parts

def _h(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def text_leaf(subtype: str, content: str, charset: str, cte: str,
              extra: str = "") -> tuple[str, bytes]:
    data = content.encode(charset)
    if cte == "7bit":
        assert content.isascii(), "7bit part with non-ASCII text"
        payload = data
    elif cte == "8bit":
        payload = data
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data)
    elif cte == "base64":
        payload = base64.encodebytes(data)
    else:
        raise ValueError(cte)
    if cte in ("7bit", "8bit"):
        longest = max(len(x) for x in payload.split(b"\n"))
        assert longest <= 990, f"line of {longest} octets in a {cte} part"
    head = f'Content-Type: text/{subtype}; charset="{charset}"{extra}\n'
    head += f"Content-Transfer-Encoding: {cte}\n"
    return head, payload


def multipart(subtype: str, parts: list[tuple[str, bytes]], boundary: str,
              preamble: bool = False) -> tuple[str, bytes]:
    head = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n'
    body = b""
    if preamble:
        body += b"This is a multi-part message in MIME format.\n"
    for phead, pbody in parts:
        body += f"\n--{boundary}\n".encode() + phead.encode() + b"\n" + pbody
        if not pbody.endswith(b"\n"):
            body += b"\n"
    body += f"\n--{boundary}--\n".encode()
    return head, body


def _ical_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ical_fold(line: str) -> list[str]:
    out = []
    raw = line
    while len(raw.encode()) > 74:
        cut = 74
        while len(raw[:cut].encode()) > 74:
            cut -= 1
        out.append(raw[:cut])
        raw = " " + raw[cut:]
    out.append(raw)
    return out


def _ical_time(stamp: str) -> str:
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M00Z")


def ics_text(part: dict, dtstamp: str) -> str:
    org_name, org_addr = part["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus 225//Hand-written calendar//EN",
        "VERSION:2.0",
        f"METHOD:{part['method']}",
        "BEGIN:VEVENT",
        f"UID:{part['uid']}",
        f"DTSTAMP:{dtstamp}",
        f"DTSTART:{_ical_time(part['start'])}",
        f"DTEND:{_ical_time(part['end'])}",
        f"SEQUENCE:{part['sequence']}",
        f"STATUS:{'CANCELLED' if part['method'] == 'CANCEL' else part['status']}",
        f"SUMMARY:{_ical_escape(part['summary'])}",
    ]
    if part["location"]:
        lines.append(f"LOCATION:{_ical_escape(part['location'])}")
    if part["description"]:
        lines.append(f"DESCRIPTION:{_ical_escape(part['description'])}")
    lines.append(f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}")
    lines.append(f"ATTENDEE;CN=\"{CAND[0]}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                 f"RSVP=TRUE:mailto:{CAND_ADDR}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = [x for line in lines for x in _ical_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def _pdf_escape(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF 1.4 with Helvetica text and a correct xref table."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({_pdf_escape(line)}) Tj T*")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
            "%%EOF\n").encode()
    return out


# ---------------------------------------------------------------- messages

def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


class Built:
    def __init__(self) -> None:
        self.texts: list[str] = []  # every text part's content, in walk order


def build_body(spec: dict, seed: str, built: Built, dtstamp: str) -> tuple[str, bytes]:
    charset = spec.get("charset", "utf-8")
    text = spec.get("text")
    html = spec.get("html")
    attach = spec.get("attach", [])
    inline_ics = [a for a in attach if a["type"] == "ics" and a.get("inline")]
    others = [a for a in attach if not (a["type"] == "ics" and a.get("inline"))]

    def text_cte(content: str, key: str) -> str:
        if key in spec:
            return spec[key]
        return "7bit" if content.isascii() else "quoted-printable"

    alternatives: list[tuple[str, bytes]] = []
    if text is not None:
        alternatives.append(text_leaf("plain", text, charset, text_cte(text, "cte")))
        built.texts.append(text)
    if html is not None:
        alternatives.append(text_leaf("html", html, spec.get("html_charset", charset),
                                      spec.get("html_cte", "quoted-printable")))
        built.texts.append(html)
    for part in inline_ics:
        cal = ics_text(part, dtstamp)
        alternatives.append(text_leaf("calendar", cal, "utf-8", "base64",
                                      f"; method={part['method']}"))
        built.texts.append(cal)
    if len(alternatives) == 1:
        body = alternatives[0]
    else:
        body = multipart("alternative", alternatives, f"=_alt_{_h(seed + 'alt')[:24]}")
    if not others:
        return body
    parts = [body]
    for part in others:
        if part["type"] == "pdf":
            data = base64.encodebytes(pdf_bytes(part["lines"]))
            name = part["filename"]
            head = (f'Content-Type: application/pdf; name="{name}"\n'
                    f'Content-Disposition: attachment; filename="{name}"\n'
                    "Content-Transfer-Encoding: base64\n")
            parts.append((head, data))
        elif part["type"] == "ics":
            cal = ics_text(part, dtstamp)
            head, payload = text_leaf("calendar", cal, "utf-8", "base64",
                                      f'; method={part["method"]}; name="invite.ics"')
            head += 'Content-Disposition: attachment; filename="invite.ics"\n'
            parts.append((head, payload))
            built.texts.append(cal)
        else:
            raise ValueError(part["type"])
    return multipart("mixed", parts, f"=_mix_{_h(seed + 'mix')[:24]}", preamble=True)


def render_headers(spec: dict, seed: str, msgid: str | None,
                   refs: list[str] | None) -> str:
    name, addr = spec["frm"]
    date = make_date(spec["date"], spec.get("tz", "utc" if spec.get("ats") else
                                              ("uk" if spec["lang"] == "en" else "cet")))
    lines = [f"Date: {email.utils.format_datetime(date)}",
             fold("From", fmt_addr(name, addr, spec.get("name_enc")))]
    if spec.get("sender"):
        lines.append(fold("Sender", fmt_addr(*spec["sender"])))
    if spec.get("reply_to"):
        lines.append(fold("Reply-To", ", ".join(fmt_addr(*a) for a in
                                                _addrs(spec["reply_to"]))))
    to = _addrs(spec.get("to", [CAND]))
    lines.append(fold("To", ", ".join(fmt_addr(*a) for a in to)))
    if spec.get("cc"):
        lines.append(fold("Cc", ", ".join(fmt_addr(*a) for a in _addrs(spec["cc"]))))
    subject = spec["subject"]
    how = spec.get("subj_enc") or (None if subject.isascii() else "utf-8/Q")
    if how:
        lines.append("Subject: " + "\n ".join(encode_words(subject, how)))
    else:
        lines.append(fold("Subject", subject))
    if msgid:
        lines.append(f"Message-ID: {msgid}")
    if refs:
        lines.append(f"In-Reply-To: {refs[-1]}")
        lines.append(fold("References", " ".join(refs)))
    lines.append("MIME-Version: 1.0")
    for hname, hvalue in spec.get("headers", []):
        lines.append(fold(hname, hvalue))
    return "\n".join(lines) + "\n"


def all_specs() -> list[dict]:
    specs = []
    for module in (msgs225_rejections, msgs225_invites, msgs225_acks, msgs225_other):
        specs.extend(module.MESSAGES)
    return specs


def assign_files(specs: list[dict]) -> None:
    counters = dict.fromkeys(KINDS, 0)
    for spec in specs:
        counters[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"


def check_label(spec: dict) -> None:
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS, spec["file"]
    own = spec["frm"][1].lower() == CAND_ADDR
    if own:
        assert kind == "other" and not contact, f"{spec['file']}: own mail"
    if kind == "other":
        assert not company, f"{spec['file']}: other with a company"
    else:
        assert company and not LEGAL.search(company), f"{spec['file']}: company {company!r}"
    if contact:
        assert contact == contact.lower(), spec["file"]
        candidates = [a.lower() for _, a in [*_addrs(spec.get("reply_to")), spec["frm"]]]
        assert contact in candidates, f"{spec['file']}: contact not in Reply-To/From"
        assert not NOREPLY.search(contact.split("@")[0]), f"{spec['file']}: {contact}"
        assert not domain_of(contact).endswith(ATS_DOMAINS), f"{spec['file']}: {contact}"


def verify(path: Path, spec: dict, built: Built) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        problems += [repr(d) for d in part.defects]
        for key in part:
            header = part[key]
            problems += [f"{key}: {d!r}" for d in getattr(header, "defects", ())]
    assert not problems, f"{path}: defects {problems}"
    assert str(msg["subject"]) == spec["subject"], f"{path}: subject {msg['subject']!r}"
    name = msg["from"].addresses[0].display_name
    assert name == spec["frm"][0], f"{path}: from name {name!r}"
    assert msg["from"].addresses[0].addr_spec == spec["frm"][1]
    texts = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    assert texts == built.texts, f"{path}: bodies do not round-trip"
    assert msg["date"].datetime.year == 2026


def main() -> None:
    specs = all_specs()
    assign_files(specs)
    keys: dict[str, dict] = {}
    for spec in specs:
        check_label(spec)
        if spec.get("key"):
            assert spec["key"] not in keys, spec["key"]
            keys[spec["key"]] = spec
        spec["msgid"] = (f"<{_h(spec['file'])[:16]}.{spec['slug'][:20].replace('_', '-')}"
                         f"@{spec.get('msgid_domain', domain_of(spec['frm'][1]))}>")

    def refs_of(spec: dict) -> list[str]:
        parent = spec.get("parent")
        if not parent:
            return []
        if parent.startswith("<"):
            return [parent]
        return [*refs_of(keys[parent]), keys[parent]["msgid"]]

    for path in HERE.rglob("*.eml"):
        path.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    for spec in specs:
        seed = spec["file"]
        head = render_headers(spec, seed, spec["msgid"], refs_of(spec))
        for extra in ("Content-Language",):
            if extra in spec:
                head += f"{extra}: {spec[extra]}\n"
        built = Built()
        date = make_date(spec["date"], spec.get("tz", "utc" if spec.get("ats") else
                                                ("uk" if spec["lang"] == "en" else "cet")))
        dtstamp = date.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        bhead, body = build_body(spec, seed, built, dtstamp)
        data = head.encode() + bhead.encode() + b"\n" + body
        out = HERE / spec["file"]
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(data)
        verify(out, spec, built)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    ids = [s["msgid"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate Message-ID"
    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"{'kind':32}" + "".join(f"{x:>5}" for x in LANGS) + "  total")
    for kind in KINDS:
        print(f"{kind:32}" + "".join(f"{table[kind][x]:>5}" for x in LANGS)
              + f"{sum(table[kind].values()):>7}")
    totals = {x: sum(table[k][x] for k in KINDS) for x in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[x]:>5}" for x in LANGS) + f"{len(specs):>7}")


if __name__ == "__main__":
    main()
