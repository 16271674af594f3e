"""Build the 200th blind corpus: every hand-written spec in msgs200_* becomes one .eml file.

Run from the repository root:  python tests/corpus_twohundredth/make_twohundredth.py

Standard library only. The body tree is built with the `email` package (MIMEText /
MIMEMultipart / MIMEApplication) with fixed boundaries; the top-level header block is written
here, so that subjects and display names can carry RFC 2047 encoded words in the charset and
encoding (Q or B) each spec asks for. Message-IDs, dates and boundaries are deterministic.
Every written file is parsed back with the default policy and checked: no defects, subject,
display names and text bodies round-trip. Only *.eml files and labels.csv in this folder are
deleted and rewritten.
"""

from __future__ import annotations

import csv
import datetime as dt
import email
import email.encoders
import email.policy
import hashlib
import io
import re
import sys
from email import charset as mcharset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs200_acks  # noqa: E402
import msgs200_invites  # noqa: E402
import msgs200_other  # noqa: E402
import msgs200_rejections  # noqa: E402
from msgs200_common import CAND, CAND_ADDR  # noqa: E402

KINDS = [
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
]
LINESEP = "\n"


# --------------------------------------------------------------------------- small builders

def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) showing title and lines."""

    def pdf_str(s: str) -> str:
        out = []
        for ch in s.encode("cp1252", errors="replace"):
            c = chr(ch)
            if c in "()\\":
                out.append("\\" + c)
            elif 32 <= ch < 127:
                out.append(c)
            else:
                out.append(f"\\{ch:03o}")
        return "".join(out)

    ops = ["BT", "/F1 15 Tf", "56 780 Td", f"({pdf_str(title)}) Tj", "/F1 10 Tf", "0 -26 Td"]
    for line in lines:
        ops.append(f"({pdf_str(line)}) Tj")
        ops.append("0 -14 Td")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def _utc(stamp: str) -> dt.datetime:
    """'YYYY-MM-DD HH:MM +ZZZZ' -> aware datetime."""
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M %z")


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    """Fold an iCalendar content line at 75 octets."""
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


def ics_text(ev: dict, stamp: dt.datetime) -> str:
    """A VCALENDAR with one VEVENT. ev: method, uid, seq, start ('YYYY-MM-DD HH:MM +ZZZZ'),
    minutes, summary, location, organizer (name, addr), description, status."""
    start = _utc(ev["start"]).astimezone(dt.UTC)
    end = start + dt.timedelta(minutes=ev.get("minutes", 45))
    fmt = "%Y%m%dT%H%M%SZ"
    method = ev.get("method", "REQUEST")
    status = ev.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    org_name, org_addr = ev["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ev.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ev['uid']}",
        f"SEQUENCE:{ev.get('seq', 0)}",
        f"DTSTAMP:{stamp.astimezone(dt.UTC).strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{_ics_text(ev['summary'])}",
    ]
    if ev.get("location"):
        lines.append(f"LOCATION:{_ics_text(ev['location'])}")
    if ev.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ev['description'])}")
    lines += [
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{CAND[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
        f"mailto:{CAND_ADDR}",
        f"STATUS:{status}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [f for line in lines for f in _fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- headers

_ENCODINGS = {"q": mcharset.QP, "b": mcharset.BASE64}


def encode_words(value: str, how: str, header_name: str) -> str:
    """RFC 2047 encoded words for value; how = 'charset/q' or 'charset/b'."""
    cs_name, kind = how.split("/")
    cs = mcharset.Charset(cs_name)
    cs.header_encoding = _ENCODINGS[kind]
    return Header(value, charset=cs, header_name=header_name).encode(
        maxlinelen=76, linesep=LINESEP)


_SPECIALS = re.compile(r'[()<>\[\]:;@\\,."]')


def display(name: str, addr: str, how: str | None, header_name: str) -> str:
    if not name:
        return addr
    if how is None and not name.isascii():
        how = "utf-8/q"
    if how:
        return f"{encode_words(name, how, header_name)} <{addr}>"
    if _SPECIALS.search(name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{addr}>"


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so no line passes 78 characters."""
    words = value.split(" ")
    lines, cur = [], f"{name}:"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur.strip() and cur != f"{name}:":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return LINESEP.join(lines)


def address_header(name: str, people: list[tuple[str, str]], how: str | None) -> str:
    parts = [display(n, a, how, name) for n, a in people]
    if len(parts) == 1:
        return f"{name}: {parts[0]}"
    return f"{name}: " + ("," + LINESEP + " ").join(parts)


def _people(value) -> list[tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, tuple):
        return [value]
    return list(value)


# --------------------------------------------------------------------------- body tree

_CTE = {"qp": mcharset.QP, "b64": mcharset.BASE64, "8bit": None, "7bit": None}


def text_part(body: str, subtype: str, charset: str, cte: str) -> MIMEText:
    cs = mcharset.Charset(charset)
    cs.body_encoding = _CTE[cte]
    part = MIMEText(body, subtype, cs)
    del part["MIME-Version"]
    return part


class Builder:
    def __init__(self, key: str) -> None:
        self.key = key
        self.n = 0

    def boundary(self) -> str:
        self.n += 1
        digest = hashlib.sha1(f"{self.key}/{self.n}".encode()).hexdigest()[:16]
        return f"=_s200_{self.n}_{digest}"

    def multipart(self, subtype: str, parts: list) -> MIMEMultipart:
        mp = MIMEMultipart(subtype, boundary=self.boundary())
        del mp["MIME-Version"]
        for p in parts:
            mp.attach(p)
        return mp


def build_body(spec: dict, stamp: dt.datetime):
    b = Builder(spec["key"])
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    alts = []
    if spec.get("text") is not None:
        alts.append(text_part(spec["text"], "plain", charset, cte))
    if spec.get("html") is not None:
        alts.append(text_part(spec["html"], "html", spec.get("html_charset", charset),
                              spec.get("html_cte", cte if cte in ("qp", "b64") else "qp")))
    if spec.get("calendar"):
        ev = spec["calendar"]
        # Inline calendar parts use the file's own line ends; attachments keep CRLF in base64.
        ics = ics_text(ev, stamp).replace("\r\n", "\n")
        cal = text_part(ics, "calendar", "utf-8", "7bit" if ics.isascii() else "8bit")
        cal.set_param("method", ev.get("method", "REQUEST"))
        alts.append(cal)
    body = alts[0] if len(alts) == 1 else b.multipart("alternative", alts)
    attachments = []
    for att in spec.get("attach", []):
        if "pdf" in att:
            part = MIMEApplication(pdf_bytes(att.get("title", att["pdf"]), att["lines"]), "pdf")
            del part["MIME-Version"]
            part.add_header("Content-Disposition", "attachment", filename=att["pdf"])
        elif "ics" in att:
            ev = att["ics"]
            part = MIMEBase("application", "ics", name=att.get("name", "invite.ics"))
            del part["MIME-Version"]
            part.set_payload(ics_text(ev, stamp).encode("utf-8"))
            email.encoders.encode_base64(part)
            part.add_header("Content-Disposition", "attachment",
                            filename=att.get("name", "invite.ics"))
        else:
            raise ValueError(f"{spec['key']}: unknown attachment {att}")
        attachments.append(part)
    if attachments:
        body = b.multipart("mixed", [body, *attachments])
    return body


# --------------------------------------------------------------------------- messages

def message_id(spec: dict) -> str:
    addr = spec["frm"][1]
    domain = addr.split("@", 1)[1]
    digest = hashlib.sha1(("s200:" + spec["key"]).encode()).hexdigest()
    stamp = _utc(spec["date"]).astimezone(dt.UTC).strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{digest[:20]}@{domain}>"


def seconds_for(key: str) -> int:
    return int(hashlib.sha1(key.encode()).hexdigest()[:4], 16) % 60


def render(spec: dict, ids: dict[str, str], by_key: dict[str, dict]) -> bytes:
    stamp = _utc(spec["date"]) + dt.timedelta(seconds=seconds_for(spec["key"]))
    lines: list[str] = []
    for name, value in spec.get("pre_headers", []):
        lines.append(fold_plain(name, value))
    lines.append(address_header("From", [spec["frm"]], spec.get("name_enc")))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", _people(spec["reply_to"]),
                                    spec.get("reply_to_enc")))
    lines.append(address_header("To", _people(spec.get("to", CAND)), spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", _people(spec["cc"]), spec.get("cc_enc")))
    subj = spec["subject"]
    how = spec.get("subj_enc")
    if how is None and not subj.isascii():
        how = "utf-8/q"
    lines.append("Subject: " + encode_words(subj, how, "Subject") if how
                 else fold_plain("Subject", subj))
    lines.append(f"Date: {format_datetime(stamp)}")
    lines.append(f"Message-ID: {ids[spec['key']]}")
    if spec.get("reply_of"):
        chain = []
        k = spec["reply_of"]
        while k:
            chain.append(ids[k])
            k = by_key[k].get("reply_of")
        chain.reverse()
        lines.append(f"In-Reply-To: {ids[spec['reply_of']]}")
        lines.append(fold_plain("References", " ".join(chain)))
    for name, value in spec.get("headers", []):
        lines.append(fold_plain(name, value))
    lines.append("MIME-Version: 1.0")
    body = build_body(spec, stamp)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=email.policy.compat32.clone(
        linesep=LINESEP, max_line_length=0)).flatten(body)
    return (LINESEP.join(lines) + LINESEP).encode("ascii") + buf.getvalue()


# --------------------------------------------------------------------------- checks

def _norm(s: str) -> str:
    return s.replace("\r\n", "\n").rstrip("\n")


_SUMMER = (dt.datetime(2026, 3, 29, 1, tzinfo=dt.UTC),
           dt.datetime(2026, 10, 25, 1, tzinfo=dt.UTC))
_IRISH_TLDS = (".ie", ".co.uk", ".ac.uk", ".gov.uk")
_CET_TLDS = (".nl", ".de", ".at", ".ch", ".fr", ".es", ".pl")


def check_spec(spec: dict) -> list[str]:
    """Things about a spec that the parsed message cannot show: encodings asked for on plain
    ASCII, and a UTC offset that does not fit the sender's country in that season."""
    problems = []
    if spec.get("subj_enc") and spec["subject"].isascii():
        problems.append("subj_enc on an ASCII subject")
    if spec.get("name_enc") and spec["frm"][0].isascii():
        problems.append("name_enc on an ASCII name")
    when = _utc(spec["date"])
    summer = _SUMMER[0] <= when.astimezone(dt.UTC) < _SUMMER[1]
    domain = spec["frm"][1].split("@", 1)[1]
    offset = spec["date"].rsplit(" ", 1)[1]
    if domain.endswith(_IRISH_TLDS) and offset != ("+0100" if summer else "+0000"):
        problems.append(f"offset {offset} for an Irish/UK sender")
    if domain.endswith(_CET_TLDS) and offset != ("+0200" if summer else "+0100"):
        problems.append(f"offset {offset} for a continental sender")
    if not dt.datetime(2026, 1, 1, tzinfo=dt.UTC) <= when < dt.datetime(
            2026, 11, 1, tzinfo=dt.UTC):
        problems.append("date outside January-October 2026")
    return problems


def check(spec: dict, raw: bytes) -> list[str]:
    key = spec["key"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    frm = msg["From"].addresses[0]
    if frm.display_name != spec["frm"][0] or frm.addr_spec != spec["frm"][1]:
        problems.append(f"from {frm!r}")
    for hname, field in (("Reply-To", "reply_to"), ("To", "to"), ("Cc", "cc")):
        want = _people(spec.get(field, CAND if field == "to" else None))
        if want:
            got = [(a.display_name, a.addr_spec) for a in msg[hname].addresses]
            if got != want:
                problems.append(f"{hname} {got} != {want}")
    texts = [p for p in msg.walk() if p.get_content_type() == "text/plain"]
    htmls = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    if spec.get("text") is not None and (
            len(texts) != 1 or _norm(texts[0].get_content()) != _norm(spec["text"])):
        problems.append("text body does not round-trip")
    if spec.get("html") is not None and (
            len(htmls) != 1 or _norm(htmls[0].get_content()) != _norm(spec["html"])):
        problems.append("html body does not round-trip")
    cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if spec.get("calendar") and (len(cals) != 1 or "BEGIN:VEVENT" not in cals[0].get_content()):
        problems.append("calendar part missing")
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    for p in pdfs:
        data = p.get_content()
        if not (data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")):
            problems.append("pdf does not round-trip")
    problems += check_spec(spec)
    # labels
    label = spec
    own = spec["frm"][1].lower() == CAND_ADDR
    if own and (label["contact"] or label["kind"] != "other"):
        problems.append("own mail must be kind other with no contact")
    if label["kind"] == "other" and label["company"]:
        problems.append("other with a company")
    if label["kind"] != "other" and not label["company"]:
        problems.append("job mail without company")
    if label["contact"]:
        addrs = [a.lower() for _, a in getaddresses(
            [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
        if label["contact"] not in addrs or label["contact"] != label["contact"].lower():
            problems.append(f"contact {label['contact']} not in Reply-To/From")
    return [f"{key}: {p}" for p in problems]


# --------------------------------------------------------------------------- main

def all_specs() -> list[dict]:
    specs = [*msgs200_rejections.MESSAGES, *msgs200_invites.MESSAGES, *msgs200_acks.MESSAGES,
             *msgs200_other.MESSAGES]
    counters: dict[str, int] = {}
    for spec in specs:
        spec.setdefault("key", spec["name"])
        kind = spec["kind"]
        if kind not in KINDS:
            raise SystemExit(f"{spec['name']}: bad kind {kind}")
        counters[kind] = counters.get(kind, 0) + 1
        spec["file"] = f"{kind}/{counters[kind]:03d}_{spec['name']}.eml"
    keys = [s["key"] for s in specs]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise SystemExit(f"duplicate keys {sorted(dupes)}")
    return specs


def main() -> None:
    specs = all_specs()
    by_key = {s["key"]: s for s in specs}
    ids = {s["key"]: message_id(s) for s in specs}
    for old in HERE.rglob("*.eml"):
        old.unlink()
    label_path = HERE / "labels.csv"
    if label_path.exists():
        label_path.unlink()
    rows = []
    errors: list[str] = []
    for spec in specs:
        if spec.get("reply_of") and spec["reply_of"] not in by_key:
            raise SystemExit(f"{spec['key']}: unknown reply_of {spec['reply_of']}")
        if spec.get("reply_of") and (_utc(by_key[spec["reply_of"]]["date"])
                                     >= _utc(spec["date"])):
            errors.append(f"{spec['key']}: earlier than the message it answers")
        try:
            raw = render(spec, ids, by_key)
        except (UnicodeError, ValueError, KeyError) as exc:
            raise SystemExit(f"{spec['key']}: {exc!r}") from exc
        errors += check(spec, raw)
        path = HERE / spec["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    if errors:
        raise SystemExit("\n".join(errors))
    with label_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {}
    for _, kind, _, _, lang in rows:
        table.setdefault(kind, {}).setdefault(lang, 0)
        table[kind][lang] += 1
    print(f"wrote {len(rows)} messages")
    for kind in KINDS:
        langs = table.get(kind, {})
        print(f"  {kind:32s} " + "  ".join(f"{lg} {langs.get(lg, 0):2d}"
                                           for lg in ("en", "de", "fr", "es"))
              + f"  = {sum(langs.values())}")


if __name__ == "__main__":
    main()
