#!/usr/bin/env python3
"""Build corpus 290 (.eml files and labels.csv) from the hand-written specs (stdlib only).

Run from the repository root:  python tests/corpus_twohundredninetieth/make_twohundredninetieth.py

Every message is a dict in msgs290_rejections.py, msgs290_invites.py, msgs290_acks.py or
msgs290_other.py. This script only turns those dicts into MIME: header blocks (so encoded words
can use utf-8 or iso-8859-1, Q or B), bodies in the requested charset and transfer encoding,
calendar parts, small PDFs, quoted reply chains and forwards. It deletes and rewrites only
*.eml and labels.csv inside its own folder, then re-parses every file it wrote and checks it.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import quopri
import sys
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs290_acks  # noqa: E402
import msgs290_common as common  # noqa: E402
import msgs290_invites  # noqa: E402
import msgs290_other  # noqa: E402
import msgs290_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
GEN_POLICY = email.policy.compat32.clone(linesep="\n", max_line_length=78)
CAND = common.CANDIDATE


# --------------------------------------------------------------------------- time

def utc_offset(zone: str, local: dt.datetime) -> dt.timedelta:
    """The sender's UTC offset for a local wall-clock time in 2026."""
    eu_summer = dt.datetime(2026, 3, 29, 2) <= local < dt.datetime(2026, 10, 25, 3)
    us_summer = dt.datetime(2026, 3, 8, 2) <= local < dt.datetime(2026, 11, 1, 2)
    hours = {
        "eu": 2 if eu_summer else 1,       # Kiel, Aarhus, Rennes, Alicante
        "uk": 1 if eu_summer else 0,
        "us": -4 if us_summer else -5,     # some ATS relays stamp US time
        "utc": 0,
    }[zone]
    return dt.timedelta(hours=hours)


def when(spec: dict) -> dt.datetime:
    local = dt.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M")
    local = local.replace(second=int(hashlib.sha1(spec["slug"].encode()).hexdigest(), 16) % 60)
    return local.replace(tzinfo=dt.timezone(utc_offset(spec.get("tz", "eu"), local)))


# --------------------------------------------------------------------------- headers

def encode_words(text: str, enc: tuple[str, str], header_name: str) -> str:
    """RFC 2047 encoded words in the chosen charset ("utf-8"/"iso-8859-1") and form (Q/B)."""
    charset = Charset(enc[0])
    charset.header_encoding = QP if enc[1].upper() == "Q" else BASE64
    value = Header(text, charset, header_name=header_name).encode(linesep="\n", maxlinelen=76)
    return value.replace("?q?", "?Q?").replace("?b?", "?B?")


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and enc is None:
        return formataddr((name, addr))
    return f"{encode_words(name, enc or ('utf-8', 'B'), 'From')} <{addr}>"


def fold_ascii(name: str, value: str) -> str:
    """Fold a long ASCII header at spaces so lines stay under 78 characters."""
    words, lines, line = value.split(" "), [], f"{name}:"
    for word in words:
        if len(line) + 1 + len(word) > 76 and line.strip():
            lines.append(line)
            line = ""
        line = f"{line} {word}"
    lines.append(line)
    return "\n".join(lines)


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(f"290/{spec['kind']}/{spec['slug']}".encode()).hexdigest()
    style = spec.get("mid", "plain")
    domain = spec["frm"][1].split("@", 1)[1]
    if style == "outlook":
        return (f"<AM9PR03MB{digest[:4].upper()}{digest[4:14].upper()}@AM9PR03MB"
                f"{digest[14:18].upper()}.eurprd03.prod.outlook.com>")
    if style == "gmail":
        token = base64.urlsafe_b64encode(bytes.fromhex(digest[:30])).decode().rstrip("=")
        return f"<CA+{token}@mail.gmail.com>"
    stamp = when(spec).strftime("%Y%m%d%H%M%S")
    return f"<{stamp}.{digest[:16]}@{domain}>"


# --------------------------------------------------------------------------- parts

def bare(part: Message) -> Message:
    """Drop the MIME-Version header the email.mime classes put on every part: only the top
    of a message carries it."""
    del part["MIME-Version"]
    return part


def leaf(subtype: str, content: str, cs: str, cte: str, maintype: str = "text",
         **params: str) -> MIMENonMultipart:
    part = bare(MIMENonMultipart(maintype, subtype, charset=cs, **params))
    raw = content.encode(cs)
    if cte == "b64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
        part["Content-Transfer-Encoding"] = "base64"
    elif cte == "qp":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
        part["Content-Transfer-Encoding"] = "quoted-printable"
    else:
        assert all(len(line) < 990 for line in raw.split(b"\n")), "line too long for 8bit"
        if raw.isascii():
            cte = "7bit"
        part.set_payload(raw.decode("ascii", "surrogateescape"))
        part["Content-Transfer-Encoding"] = "8bit" if cte == "8bit" else "7bit"
    return part


def ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics_fold(line: str) -> list[str]:
    out, raw = [], line.encode("utf-8")
    while len(raw) > 75:
        cut = 75 if not out else 74
        while (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut].decode("utf-8"))
        raw = raw[cut:]
    out.append(raw.decode("utf-8"))
    return [out[0], *(" " + rest for rest in out[1:])]


def build_ics(ev: dict, spec: dict) -> str:
    start = dt.datetime.strptime(ev["start"], "%Y-%m-%d %H:%M")
    start_utc = start - utc_offset(ev.get("tz", "eu"), start)
    end_utc = start_utc + dt.timedelta(minutes=ev.get("minutes", 45))
    stamp = when(spec).astimezone(dt.UTC)
    fmt = "%Y%m%dT%H%M%SZ"
    org_name, org_addr = ev.get("organizer", spec["frm"])
    method = ev.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ev.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ev['uid']}",
        f"SEQUENCE:{ev.get('seq', 0)}",
        f"DTSTAMP:{stamp.strftime(fmt)}",
        f"DTSTART:{start_utc.strftime(fmt)}",
        f"DTEND:{end_utc.strftime(fmt)}",
        f"SUMMARY:{ics_escape(ev['summary'])}",
    ]
    if ev.get("location"):
        lines.append(f"LOCATION:{ics_escape(ev['location'])}")
    if ev.get("description"):
        lines.append(f"DESCRIPTION:{ics_escape(ev['description'])}")
    lines += [
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{CAND[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
        f"RSVP=TRUE:mailto:{CAND[1]}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


def pdf_text(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def build_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) holding the given lines."""
    stream = b"BT /F1 11 Tf 14 TL 56 790 Td\n" + b"".join(
        b"(" + pdf_text(line) + b") Tj T*\n" for line in lines) + b"ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Title (" + pdf_text(title) + b") /Producer (corpus 290 generator) "
        b"/CreationDate (D:20260101000000Z) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# --------------------------------------------------------------------------- bodies

class Builder:
    def __init__(self, specs: list[dict]) -> None:
        self.specs = specs
        self.by_id = {s["id"]: s for s in specs if "id" in s}
        self.mids = {id(s): message_id(s) for s in specs}
        self.boundary_seq = 0

    def to_text(self, spec: dict) -> str:
        return ", ".join(address(p) for p in spec.get("to", [CAND]))

    def full_text(self, spec: dict) -> str:
        """The message's own words plus, if it quotes or forwards, the earlier message."""
        text = spec["text"].rstrip("\n") + "\n"
        if "quote" in spec:
            quoted = spec["quote"]
            # an id of another corpus message, or a dict for a mail outside the corpus
            prev = self.by_id[quoted] if isinstance(quoted, str) else quoted
            style = spec.get("quote_style", prev["lang"])
            head = common.attribution(style, when(prev), prev["frm"][0], prev["frm"][1],
                                      prev["subject"], self.to_text(prev))
            old = self.full_text(prev)
            if common.is_unquoted_style(style):
                text += "\n" + head + "\n\n" + old
            else:
                text += "\n" + head + "\n" + common.quote(old)
        return text

    def boundary(self, spec: dict, tag: str) -> str:
        self.boundary_seq += 1
        digest = hashlib.sha1(spec["slug"].encode()).hexdigest()[:12]
        return f"----=_Part290_{tag}_{digest}_{self.boundary_seq:03d}"

    def body(self, spec: dict) -> tuple[Message, list[tuple[str, str]]]:
        """The MIME tree of the body and the expected (content-type, text) of its text parts."""
        text = self.full_text(spec)
        cs = spec.get("cs", "utf-8")
        form = spec.get("form", "plain")
        plain_cte = spec.get("cte", "8bit" if cs == "utf-8" else "qp")
        html_cte = spec.get("html_cte", spec.get("cte", "qp"))
        expected: list[tuple[str, str]] = []
        texts: list[Message] = []
        if form in ("plain", "alt"):
            texts.append(leaf("plain", text, cs, plain_cte))
            expected.append(("text/plain", text))
        if form in ("html", "alt"):
            markup = spec.get("html") or common.SHELLS[spec.get("shell", "simple")](
                common.text_to_html(text), cs, **spec.get("shell_opts", {}))
            # what a legacy charset cannot hold becomes a character reference, as in real mail
            markup = markup.encode(cs, "xmlcharrefreplace").decode(cs)
            texts.append(leaf("html", markup, cs, html_cte))
            expected.append(("text/html", markup))
        ev = spec.get("ics")
        ics_as = spec.get("ics_as", "inline")
        cal = build_ics(ev, spec) if ev else None
        if cal and ics_as in ("inline", "both"):
            texts.append(leaf("calendar", cal, "utf-8", spec.get("ics_cte", "b64"),
                              method=ev.get("method", "REQUEST")))
            expected.append(("text/calendar", cal))
        if len(texts) == 1:
            core: Message = texts[0]
        else:
            core = bare(MIMEMultipart("alternative", boundary=self.boundary(spec, "alt")))
            for part in texts:
                core.attach(part)
        attachments: list[Message] = []
        if cal and ics_as in ("attach", "both"):
            att = bare(MIMEApplication(cal.encode("utf-8"), "ics", name="invite.ics"))
            att.add_header("Content-Disposition", "attachment", filename="invite.ics")
            attachments.append(att)
        for pdf in spec.get("pdfs", []):
            att = bare(MIMEApplication(build_pdf(pdf["title"], pdf["lines"]), "pdf"))
            name = pdf["name"]
            if name.isascii():
                att.set_param("name", name)
                att.add_header("Content-Disposition", "attachment", filename=name)
            else:
                att.set_param("name", ("utf-8", "", name))
                att.add_header("Content-Disposition", "attachment",
                               filename=("utf-8", "", name))
            attachments.append(att)
        if "attach_message" in spec:
            inner_spec = self.by_id[spec["attach_message"]]
            inner_bytes, inner_expected = self.render(inner_spec)
            inner = email.message_from_bytes(inner_bytes, policy=email.policy.compat32)
            attachments.append(bare(MIMEMessage(inner)))
            expected += inner_expected
        if not attachments:
            return core, expected
        root = bare(MIMEMultipart("mixed", boundary=self.boundary(spec, "mix")))
        root.attach(core)
        for att in attachments:
            root.attach(att)
        return root, expected

    def render(self, spec: dict) -> tuple[bytes, list[tuple[str, str]]]:
        root, expected = self.body(spec)
        moment = when(spec)
        head = [f"From: {address(spec['frm'], spec.get('name_enc'))}"]
        head.append("To: " + ", ".join(address(p, spec.get("to_enc"))
                                       for p in spec.get("to", [CAND])))
        if spec.get("cc"):
            head.append("Cc: " + ", ".join(address(p) for p in spec["cc"]))
        if spec.get("reply_to"):
            head.append(f"Reply-To: {address(spec['reply_to'], spec.get('reply_to_enc'))}")
        subject = spec["subject"]
        if subject.isascii() and not spec.get("subj_enc"):
            head.append(f"Subject: {subject}")
        else:
            head.append("Subject: " + encode_words(subject, spec.get("subj_enc", ("utf-8", "Q")),
                                                   "Subject"))
        head.append(f"Date: {format_datetime(moment)}")
        head.append(f"Message-ID: {self.mids[id(spec)]}")
        if "reply_of" in spec:
            chain = []
            cursor = self.by_id[spec["reply_of"]]
            while True:
                chain.insert(0, self.mids[id(cursor)])
                if "reply_of" not in cursor:
                    break
                cursor = self.by_id[cursor["reply_of"]]
            head.append(f"In-Reply-To: {chain[-1]}")
            head.append("References: " + "\n ".join(chain))
        for name, value in spec.get("headers", {}).items():
            head.append(fold_ascii(name, value) if len(name) + len(value) > 76
                        else f"{name}: {value}")
        head.append("MIME-Version: 1.0")
        data = ("\n".join(head) + "\n").encode("ascii") + root.as_bytes(policy=GEN_POLICY)
        return data, expected


# --------------------------------------------------------------------------- checks

def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(path: Path, spec: dict, expected: list[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        problems.append(f"subject {msg['Subject']!r} != {spec['subject']!r}")
    got = [(p.get_content_type(), norm(p.get_content())) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    want = [(ctype, norm(text)) for ctype, text in expected]
    if got != want:
        problems.append("text parts do not round-trip")
    if msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    addrs = [a.addr_spec.lower() for h in ("From", "Reply-To") for a in
             (msg[h].addresses if msg[h] else ())]
    if spec["contact"] and spec["contact"] not in addrs:
        problems.append(f"contact {spec['contact']} not in From/Reply-To {addrs}")
    if spec["frm"][1] == CAND[1] and (spec["contact"] or spec["kind"] != "other"):
        problems.append("the candidate's own mail must be other without contact")
    if problems:
        raise SystemExit(f"{path}: " + "; ".join(problems))


def main() -> None:
    specs = (msgs290_rejections.MESSAGES + msgs290_invites.MESSAGES + msgs290_acks.MESSAGES
             + msgs290_other.MESSAGES)
    ids = [s["id"] for s in specs if "id" in s]
    assert len(ids) == len(set(ids)), "duplicate spec id"
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    builder = Builder(specs)
    counters = dict.fromkeys(KINDS, 0)
    rows = []
    for spec in specs:
        kind = spec["kind"]
        assert kind in KINDS, kind
        assert spec["lang"] in {"en", "de", "fr", "es"}, spec["slug"]
        assert (kind == "other") == (spec["company"] == ""), spec["slug"]
        counters[kind] += 1
        rel = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
        data, expected = builder.render(spec)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec, expected)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    mids = list(builder.mids.values())
    assert len(mids) == len(set(mids)), "duplicate Message-ID"
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    print(f"wrote {len(rows)} messages: " + ", ".join(f"{k}={v}" for k, v in counters.items()))


if __name__ == "__main__":
    main()
