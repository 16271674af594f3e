"""Build corpus 220 (blind, hand-written) from the message specs in msgs220_*.py.

Run from the repository root:  python tests/corpus_twohundredtwentieth/make_twohundredtwentieth.py

Standard library only. Deletes and rewrites only *.eml files and labels.csv inside this folder.
Every written message is parsed back with the default policy and checked: no defects, the
subject, display names and text bodies round-trip, attachments are where they were put.
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
from collections import Counter, defaultdict
from datetime import datetime, timezone
from email.generator import BytesGenerator
from email.message import Message
from email.mime.multipart import MIMEMultipart
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs220_acks  # noqa: E402
import msgs220_invites  # noqa: E402
import msgs220_other  # noqa: E402
import msgs220_rejections  # noqa: E402
from msgs220_common import CAND, CAND_ADDR  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52}
LANGS = {"en", "de", "fr", "es"}
CODEC = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252",
         "us-ascii": "ascii"}
LEGAL = re.compile(r"\b(GmbH|AG|SA|SAS|SARL|S\.?L\.?U?|S\.A\.?|Ltd|Limited|Inc|LLC|plc|KG|OG"
                   r"|e\.U\.|S\.p\.A\.?|S\.r\.l\.?|SE)\.?$")
SYSTEM = re.compile(r"no-?reply|do-?not-?reply|notification|mailer|bounce|automated|alerts?@"
                    r"|@(?:[\w.-]+\.)?(?:myworkday\.com|greenhouse-mail\.io|hire\.lever\.co"
                    r"|smartrecruiters\.com|icims\.com|ashbyhq\.com|teamtailor-mail\.com"
                    r"|personio\.de|successfactors\.eu|taleo\.net|softgarden\.io|bamboohr\.com"
                    r"|workablemail\.com|recruitee\.com)$")
NL = "\n"


# --------------------------------------------------------------------------- headers

Q_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def encoded_words(text: str, charset: str, enc: str, first_max: int = 75) -> list[str]:
    """text as RFC 2047 encoded words of at most 75 characters (the first at most first_max),
    never splitting a character."""
    codec = CODEC.get(charset, charset)
    head = f"=?{charset}?{enc}?"
    words: list[str] = []
    chunk = ""

    def render(s: str) -> str:
        raw = s.encode(codec)
        if enc == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for ch in s:
            if ch in Q_SAFE:
                out.append(ch)
            elif ch == " ":
                out.append("_")
            else:
                out.extend(f"={b:02X}" for b in ch.encode(codec))
        return "".join(out)

    for ch in text:
        limit = first_max if not words else 75
        if chunk and len(head) + len(render(chunk + ch)) + 2 > limit:
            words.append(head + render(chunk) + "?=")
            chunk = ""
        chunk += ch
    if chunk:
        words.append(head + render(chunk) + "?=")
    return words


def fold_plain(name: str, value: str) -> str:
    """A header line folded at spaces to about 78 characters."""
    line = f"{name}:"
    out = []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 78 and line.strip() and line != f"{name}:":
            out.append(line)
            line = " " + word
        else:
            line += " " + word
    out.append(line)
    return NL.join(out)


def unstructured(name: str, value: str, enc: tuple[str, str] | None, mode: str) -> str:
    """An unstructured header (Subject). Non-ASCII text becomes encoded words; mode 'mixed'
    keeps the leading ASCII words plain, mode 'full' encodes everything."""
    if value.isascii() and enc is None:
        return fold_plain(name, value)
    charset, kind = enc or ("utf-8", "Q")
    plain, rest = "", value
    if mode == "mixed" and not value.isascii():
        first = next(i for i, ch in enumerate(value) if not ch.isascii())
        cut = value.rfind(" ", 0, first)
        if cut > 0:
            plain, rest = value[:cut], value[cut + 1:]
    words = encoded_words(rest, charset, kind,
                          first_max=75 if plain else 78 - len(name) - 2)
    if plain:
        head = fold_plain(name, plain)
        last = head.rsplit(NL, 1)[-1]
        if len(last) + 1 + len(words[0]) <= 78:
            lines = [f"{head} {words[0]}"]
        else:  # the first encoded word goes on a continuation line of its own
            lines = [head, " " + words[0]]
    else:
        lines = [f"{name}: {words[0]}"]
    lines += [" " + w for w in words[1:]]
    return NL.join(lines)


SPECIALS = set('()<>@,;:\\".[]')


def mailbox(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if name.isascii() and enc is None:
        if any(ch in SPECIALS for ch in name):
            return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + f'" <{addr}>'
        return f"{name} <{addr}>"
    charset, kind = enc or ("utf-8", "B")
    words = encoded_words(name, charset, kind)
    if len(words) > 1:  # one encoded word per display name: readers differ on the gap
        words = encoded_words(name, charset, "Q" if kind == "B" else "B")
    assert len(words) == 1, f"display name too long for one encoded word: {name}"
    return words[0] + f" <{addr}>"


def address_header(name: str, boxes: list[str]) -> str:
    """Mailboxes one per line; a long one is folded before its angle address."""
    folded = []
    for i, box in enumerate(boxes):
        lead = len(name) + 2 if i == 0 else 1
        if lead + len(box) > 78 and " <" in box:
            cut = box.rindex(" <")
            box = box[:cut] + NL + box[cut:]
        folded.append(box)
    return f"{name}: " + ("," + NL + " ").join(folded)


# --------------------------------------------------------------------------- bodies

def leaf(content: str, ctype: str, charset: str, cte: str, extra: dict | None = None) -> Message:
    part = Message()
    params = f'{ctype}; charset="{charset}"'
    for key, val in (extra or {}).items():
        params += f"; {key}={val}"
    part["Content-Type"] = params
    if not content.endswith("\n"):
        content += "\n"
    raw = content.encode(CODEC.get(charset, charset))
    if cte == "auto":
        cte = "7bit" if raw.isascii() else "quoted-printable"
    if cte in ("qp", "quoted-printable"):
        cte = "quoted-printable"
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "8bit":
        payload = raw.decode("ascii", "surrogateescape")
    else:
        assert raw.isascii(), "7bit body with non-ASCII text"
        cte = "7bit"
        payload = raw.decode("ascii")
    part["Content-Transfer-Encoding"] = cte
    part.set_payload(payload)
    return part


def binary(data: bytes, ctype: str, filename: str) -> Message:
    part = Message()
    part["Content-Type"] = f'{ctype}; name="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def build_pdf(title: str, lines: list[str], stamp: str) -> bytes:
    def s(text: str) -> bytes:
        raw = text.encode("cp1252", "replace")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    ops = [b"BT", b"/F1 15 Tf", b"56 780 Td", b"20 TL", b"(" + s(title) + b") Tj",
           b"/F1 10.5 Tf", b"15 TL", b"T*"]
    ops += [b"(" + s(line) + b") '" for line in lines]
    ops.append(b"ET")
    stream = b"\n".join(ops)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + s(title) + b") /Producer (corpus220 generator) /CreationDate (D:"
        + stamp.encode() + b"Z) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return out


TZ_BLOCKS = {
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "BEGIN:DAYLIGHT",
                      "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
                      "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                      "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0100",
                      "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
                      "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                      "END:VTIMEZONE"],
}


def cet_block(tzid: str) -> list[str]:
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
            "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
            "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD", "END:VTIMEZONE"]


def ical_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ical_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + rest for rest in out[1:]]


def build_ics(spec: dict, stamp: datetime) -> str:
    tz = spec["tz"]
    org_name, org_addr = spec["organizer"]
    status = spec["status"] or ("CANCELLED" if spec["method"] == "CANCEL" else "CONFIRMED")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus220//Handwritten Calendar 1.0//EN",
             "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{spec['method']}",
             *TZ_BLOCKS.get(tz, cet_block(tz)),
             "BEGIN:VEVENT", f"UID:{spec['uid']}", f"SEQUENCE:{spec['seq']}",
             "DTSTAMP:" + stamp.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
             f"DTSTART;TZID={tz}:{spec['start']}", f"DTEND;TZID={tz}:{spec['end']}",
             "SUMMARY:" + ical_text(spec["summary"])]
    if spec["location"]:
        lines.append("LOCATION:" + ical_text(spec["location"]))
    if spec["description"]:
        lines.append("DESCRIPTION:" + ical_text(spec["description"]))
    lines += [f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
              f'ATTENDEE;CN="{CAND[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
              f"RSVP=TRUE:mailto:{CAND_ADDR}",
              f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in ical_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- one message

def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def build(spec: dict, rel: str, msgid: str, parents: list[str]) -> tuple[bytes, dict]:
    """The message bytes and what the round-trip check expects."""
    seed = hashlib.sha1(rel.encode()).hexdigest()
    date = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "auto")
    text, html_body = spec.get("text"), spec.get("html")
    attachments = spec.get("attach", [])
    inline_cal = [a for a in attachments if a["type"] == "ics" and a["inline"]]
    files = [a for a in attachments if not (a["type"] == "ics" and a["inline"])]

    body_parts = []
    if text is not None:
        body_parts.append(leaf(text, "text/plain", charset, cte,
                               {"format": "flowed"} if spec.get("flowed") else None))
    if html_body is not None:
        body_parts.append(leaf(html_body, "text/html", spec.get("html_charset", charset),
                               spec.get("html_cte", cte)))
    calendars = []
    for cal in inline_cal:
        content = build_ics(cal, date)
        calendars.append(content)
        body_parts.append(leaf(content, "text/calendar", "utf-8", spec.get("ics_cte", "auto"),
                               {"method": cal["method"]}))
    boundary_no = iter(range(1, 10))
    if len(body_parts) == 1:
        body = body_parts[0]
    else:
        body = MIMEMultipart("alternative",
                             boundary=f"=_alt_{seed[:14]}_{next(boundary_no)}")
        del body["MIME-Version"]
        for part in body_parts:
            body.attach(part)
    if files:
        root = MIMEMultipart("mixed", boundary=f"=_mix_{seed[:14]}_{next(boundary_no)}")
        root.attach(body)
        for att in files:
            if att["type"] == "pdf":
                data = build_pdf(att["title"], att["lines"],
                                 date.astimezone(timezone.utc).strftime("%Y%m%d%H%M%S"))
                root.attach(binary(data, "application/pdf", att["filename"]))
            else:
                content = build_ics(att, date)
                calendars.append(content)
                part = leaf(content, "text/calendar", "utf-8", "base64",
                            {"method": att["method"], "name": f'"{att["filename"]}"'})
                part["Content-Disposition"] = f'attachment; filename="{att["filename"]}"'
                root.attach(part)
    else:
        root = body
        if "MIME-Version" not in root:
            root["MIME-Version"] = "1.0"
    if "MIME-Version" not in root:
        root["MIME-Version"] = "1.0"

    # the header block, written by hand so encoded words use the chosen charsets
    frm = spec["frm"]
    lines = [address_header("From", [mailbox(frm[0], frm[1], spec.get("frm_enc"))])]
    if spec.get("sender"):
        lines.append(address_header("Sender", [mailbox(*spec["sender"])]))
    if spec.get("reply_to"):
        rt = spec["reply_to"]
        lines.append(address_header("Reply-To", [mailbox(rt[0], rt[1], spec.get("rt_enc"))]))
    to = spec.get("to") or [CAND]
    lines.append(address_header("To", [mailbox(n, a, spec.get("to_enc")) for n, a in to]))
    if spec.get("cc"):
        lines.append(address_header("Cc", [mailbox(n, a) for n, a in spec["cc"]]))
    lines.append(unstructured("Subject", spec["subject"], spec.get("subj_enc"),
                              spec.get("subj_mode", "mixed")))
    lines.append("Date: " + format_datetime(date))
    lines.append(f"Message-ID: {msgid}")
    if parents:
        lines.append(f"In-Reply-To: {parents[-1]}")
        lines.append("References: " + (NL + " ").join(parents))
    for name, value in spec.get("headers", []):
        assert value.isascii(), (rel, name)
        lines.append(fold_plain(name, value))
    head = (NL.join(lines) + NL).encode("ascii")

    buf = io.BytesIO()
    policy = email.policy.compat32.clone(linesep=NL, max_line_length=0)
    BytesGenerator(buf, mangle_from_=False, policy=policy).flatten(root)
    expect = {"text": text, "html": html_body, "calendars": calendars,
              "files": [a["filename"] for a in files]}
    return head + buf.getvalue(), expect


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def verify(rel: str, data: bytes, spec: dict, expect: dict) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"{name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    from_name = msg["From"].addresses[0].display_name
    if from_name != spec["frm"][0]:
        problems.append(f"From name {from_name!r} != {spec['frm'][0]!r}")
    if msg["From"].addresses[0].addr_spec != spec["frm"][1]:
        problems.append("From address")
    if msg["Date"].datetime.year != 2026:
        problems.append("year")
    plains = [p for p in msg.walk() if p.get_content_type() == "text/plain"]
    htmls = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    if expect["text"] is not None and (not plains or
                                       norm(plains[0].get_content()) != norm(expect["text"])):
        problems.append("text body does not round-trip")
    if expect["html"] is not None and (not htmls or
                                       norm(htmls[0].get_content()) != norm(expect["html"])):
        problems.append("html body does not round-trip")
    got_cals = [norm(p.get_content()) for p in cals]
    if got_cals != [norm(c) for c in expect["calendars"]]:
        problems.append("calendar parts do not round-trip")
    names = [p.get_filename() for p in msg.walk() if p.get_content_disposition() == "attachment"]
    if names != expect["files"]:
        problems.append(f"attachments {names} != {expect['files']}")
    for p in msg.walk():
        if p.get_content_type() == "application/pdf":
            blob = p.get_content()
            if not (blob.startswith(b"%PDF-1.4") and blob.rstrip().endswith(b"%%EOF")):
                problems.append("pdf")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def check_label(rel: str, spec: dict) -> None:
    kind, company, contact = spec["kind"], spec.get("company", ""), spec.get("contact", "")
    problems = []
    if spec["lang"] not in LANGS:
        problems.append("language")
    own = spec["frm"][1] == CAND_ADDR
    if own and (kind != "other" or contact):
        problems.append("own mail must be other without contact")
    if kind == "other" and company:
        problems.append("company on other")
    if kind != "other" and not company:
        problems.append("company missing")
    if company and LEGAL.search(company):
        problems.append("legal form in company")
    if contact:
        boxes = [a.lower() for a in (spec["frm"][1], (spec.get("reply_to") or ("", ""))[1])]
        if contact != contact.lower() or contact not in boxes or SYSTEM.search(contact):
            problems.append(f"contact {contact}")
        if contact == CAND_ADDR:
            problems.append("contact is candidate")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def main() -> None:
    specs = (msgs220_rejections.MESSAGES + msgs220_invites.MESSAGES + msgs220_acks.MESSAGES
             + msgs220_other.MESSAGES)
    counts: Counter[str] = Counter()
    rels = []
    for spec in specs:
        assert spec["kind"] in KINDS, spec.get("name")
        counts[spec["kind"]] += 1
        rels.append(f"{spec['kind']}/{counts[spec['kind']]:03d}_{spec['name']}.eml")
    assert dict(counts) == EXPECTED, dict(counts)
    assert len(set(rels)) == len(rels)

    msgids = {}
    for rel, spec in zip(rels, specs, strict=True):
        seed = hashlib.sha1(rel.encode()).hexdigest()[:12]
        stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
        msgids[rel] = f"<{stamp.strftime('%Y%m%d%H%M')}.{seed}@{domain_of(spec['frm'][1])}>"
    threads: dict[str, list[tuple[datetime, str]]] = defaultdict(list)
    for rel, spec in zip(rels, specs, strict=True):
        if spec.get("thread"):
            stamp = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
            threads[spec["thread"]].append((stamp, rel))
    # a reply refers to the earlier mail of its thread, but nobody replies to a system
    # sender's mail except that system itself
    sender = {rel: spec["frm"][1] for rel, spec in zip(rels, specs, strict=True)}
    parents_of: dict[str, list[str]] = {}
    for members in threads.values():
        members.sort()
        for i, (_, rel) in enumerate(members):
            parents_of[rel] = [msgids[r] for _, r in members[:i]
                               if not SYSTEM.search(sender[r]) or sender[r] == sender[rel]]

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for rel, spec in zip(rels, specs, strict=True):
        check_label(rel, spec)
        data, expect = build(spec, rel, msgids[rel], parents_of.get(rel, []))
        verify(rel, data, spec, expect)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: Counter[tuple[str, str]] = Counter((s["kind"], s["lang"]) for s in specs)
    print(f"wrote {len(rows)} messages to {HERE}")
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in ("de", "en", "fr", "es")) + "  all")
    for kind in KINDS:
        cells = [table[(kind, lang)] for lang in ("de", "en", "fr", "es")]
        print(f"{kind:34}" + "".join(f"{c:5d}" for c in cells) + f"{sum(cells):5d}")
    langs = Counter(s["lang"] for s in specs)
    print("languages:", dict(langs))
    addrs = [a for s in specs for _, a in getaddresses([s["frm"][1]])]
    assert addrs


if __name__ == "__main__":
    main()
