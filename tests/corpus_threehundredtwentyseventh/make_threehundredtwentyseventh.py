"""Build the 327th blind corpus: every spec in msgs327_*.py becomes one .eml plus a labels row.

Standard library only. Deterministic: boundaries, Message-IDs and dates come from the specs.
Deletes and rewrites only the *.eml files and labels.csv in this folder.
Run: python tests/corpus_threehundredtwentyseventh/make_threehundredtwentyseventh.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import importlib
import io
import quopri
import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
common = importlib.import_module("msgs327_common")
MODULES = ["msgs327_threads", "msgs327_eu", "msgs327_agencies", "msgs327_other"]

Spec = dict[str, Any]
Node = tuple[list[tuple[str, str]], bytes]

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["en", "de", "fr", "es"]
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
LEGAL_FORMS = ("gmbh", "ltd", "inc", "plc", "llc", "s.l.", "s.a.", "sas", "sarl", "ag", "bv",
               "b.v.", "kg", "se", "sa", "sl", "co. kg")
SYSTEM_WORDS = ("noreply", "no-reply", "donotreply", "do-not-reply", "mailer-daemon",
                "notifications", "alerts")

TZ_RULES = {
    "Europe/London": ("GMT", "BST", "+0000", "+0100", "010000", "020000"),
    "Europe/Dublin": ("GMT", "IST", "+0000", "+0100", "010000", "020000"),
    "Europe/Berlin": ("CET", "CEST", "+0100", "+0200", "020000", "030000"),
    "Europe/Paris": ("CET", "CEST", "+0100", "+0200", "020000", "030000"),
    "Europe/Madrid": ("CET", "CEST", "+0100", "+0200", "020000", "030000"),
    "Europe/Amsterdam": ("CET", "CEST", "+0100", "+0200", "020000", "030000"),
}


# ---------------------------------------------------------------- header encoding

def _q(data: bytes) -> str:
    safe = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/"
    return "".join("_" if c == 32 else chr(c) if c in safe else f"={c:02X}" for c in data)


def encoded_words(text: str, charset: str, mode: str) -> str:
    """RFC 2047 encoded-words (Q or B), split so that no word is longer than 75 chars."""
    words: list[str] = []
    piece = ""

    def word(chunk: str) -> str:
        raw = chunk.encode(charset)
        body = base64.b64encode(raw).decode() if mode == "b" else _q(raw)
        return f"=?{charset}?{mode.upper()}?{body}?="

    for ch in text:
        if piece and len(word(piece + ch)) > 75:
            words.append(word(piece))
            piece = ""
        piece += ch
    if piece:
        words.append(word(piece))
    return "\n ".join(words)


def fold(value: str, width: int = 76) -> str:
    out: list[str] = []
    line = ""
    for token in value.split(" "):
        if line and len(line) + 1 + len(token) > width:
            out.append(line)
            line = token
        else:
            line = f"{line} {token}" if line else token
    out.append(line)
    return "\n ".join(out)


def phrase(name: str, enc: tuple[str, str] | None) -> str:
    if enc or not name.isascii():
        mode, charset = enc or ("q", "utf-8")
        return encoded_words(name, charset, mode)
    if any(c in name for c in '()<>[]:;@\\,."'):
        return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return name


def mailbox(pair: tuple[str | None, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    return f"{phrase(name, enc)} <{addr}>" if name else addr


# ---------------------------------------------------------------- bodies

def text_node(subtype: str, text: str, charset: str, cte: str | None,
              params: str = "", disposition: str | None = None) -> Node:
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        assert (cte == "7bit" and raw.isascii()) or cte == "8bit", cte
        body = raw
    headers = [("Content-Type", f'text/{subtype}; charset="{charset}"{params}'),
               ("Content-Transfer-Encoding", cte)]
    if disposition:
        headers.append(("Content-Disposition", disposition))
    return headers, body


def multipart(subtype: str, boundary: str, parts: list[Node], extra: str = "") -> Node:
    chunks = [b"This is a multi-part message in MIME format.\n"]
    for headers, body in parts:
        chunks.append(f"--{boundary}\n".encode())
        end = b"" if body.endswith(b"\n") else b"\n"
        chunks.append(render_headers(headers) + b"\n" + body + end + b"\n")
    chunks.append(f"--{boundary}--\n".encode())
    return [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{extra}')], b"".join(
        chunks)


def render_headers(headers: list[tuple[str, str]]) -> bytes:
    return "".join(f"{k}: {v}\n" for k, v in headers).encode("ascii")


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing `lines` in Helvetica."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252", errors="replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def ics_text(spec: Spec, cal: dict[str, Any]) -> str:
    tz = cal.get("tz", "Europe/London")
    std, dst, off_std, off_dst, dst_at, std_at = TZ_RULES[tz]

    def stamp(value: str) -> str:
        return datetime.strptime(value, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M%S")

    sent = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    org_name, org_addr = cal.get("organizer", spec["from"])
    method = cal.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus327//Calendar 1.0//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:STANDARD", "DTSTART:19701025T" + std_at, f"TZOFFSETFROM:{off_dst}",
        f"TZOFFSETTO:{off_std}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", f"TZNAME:{std}",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700329T" + dst_at,
        f"TZOFFSETFROM:{off_std}", f"TZOFFSETTO:{off_dst}",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", f"TZNAME:{dst}", "END:DAYLIGHT",
        "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{cal['uid']}",
        f"SEQUENCE:{cal.get('seq', 0)}",
        "DTSTAMP:" + sent.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
        f"DTSTART;TZID={tz}:{stamp(cal['start'])}", f"DTEND;TZID={tz}:{stamp(cal['end'])}",
        f"SUMMARY:{cal['summary']}",
    ]
    if cal.get("location"):
        lines.append(f"LOCATION:{cal['location']}")
    if cal.get("description"):
        lines.append("DESCRIPTION:" + cal["description"].replace("\n", "\\n"))
    lines.append(f"ORGANIZER;CN={org_name}:mailto:{org_addr}")
    lines.append(f"ATTENDEE;CN={common.CAND_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                 f"RSVP=TRUE:mailto:{common.CAND_ADDR}")
    lines.append("STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold_ics(x) for x in lines) + "\r\n"


def fold_ics(line: str) -> str:
    out = []
    while len(line.encode()) > 74:
        cut = 74
        while len(line[:cut].encode()) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\r\n".join(out)


# ---------------------------------------------------------------- messages

class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = {s["id"]: s for s in specs}
        assert len(self.specs) == len(specs), "duplicate spec id"
        self.full: dict[str, str] = {}

    def msgid(self, spec: Spec) -> str:
        digest = hashlib.sha1(spec["id"].encode()).hexdigest()
        domain = spec["from"][1].split("@")[1]
        return f"<{digest[:12]}.{digest[12:20]}@{spec.get('mid_domain', domain)}>"

    def when(self, spec: Spec) -> datetime:
        return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")

    def references(self, spec: Spec) -> list[str]:
        parent = spec.get("parent")
        if not parent:
            return []
        p = self.specs[parent]
        return [*self.references(p), self.msgid(p)]

    def full_body(self, spec: Spec) -> str:
        """The new text plus, when asked, the quoted parent (which may quote its own parent)."""
        if spec["id"] in self.full:
            return self.full[spec["id"]]
        text = spec["body"]
        style = spec.get("quote")
        if style:
            p = self.specs[spec["parent"]]
            pname, paddr = p["from"]
            ptext = self.full_body(p)
            if style == "outlook":
                to = ", ".join(a for _, a in p["to"])
                text += "\n" + common.outlook_block(self.when(p), pname, paddr, to,
                                                    p["subject"]) + "\n" + ptext
            else:
                quoted = "".join((">" if line.startswith(">") else "> ") + line + "\n"
                                 if line else ">\n" for line in ptext.splitlines())
                text += "\n" + common.attribution(style, self.when(p), pname, paddr) + "\n"
                text += quoted
        self.full[spec["id"]] = text
        return text

    def build(self, spec: Spec, expected: list[str], inner: bool = False) -> bytes:
        sid = spec["id"]
        tag = hashlib.md5(sid.encode()).hexdigest()[:10]
        n = 0

        def boundary() -> str:
            nonlocal n
            n += 1
            return f"----=_Part_{tag}_{n}"

        text = self.full_body(spec)
        charset, cte = spec["charset"], spec["cte"]
        form = spec["form"]
        html_text = spec.get("html") or common.html_shell(text, spec.get("brand", ""),
                                                          spec.get("colour", "#1f3a5f"))
        html_cs = spec.get("html_charset", charset)
        if not spec.get("html"):
            html_text = html_text.replace('charset="utf-8"', f'charset="{html_cs}"')
        html_cte = spec.get("html_cte", cte)
        texts: list[str] = []
        if form == "html":
            node = text_node("html", html_text, html_cs, html_cte)
            texts.append(html_text)
        elif form == "alt":
            node = multipart("alternative", boundary(), [
                text_node("plain", text, charset, cte),
                text_node("html", html_text, html_cs, html_cte)])
            texts += [text, html_text]
        else:
            node = text_node("plain", text, charset, cte, spec.get("params", ""))
            texts.append(text)
        cal = spec.get("ics")
        if cal:
            ics = ics_text(spec, cal)
            cal_node = text_node("calendar", ics, "utf-8", "base64",
                                 f"; method={cal.get('method', 'REQUEST')}")
            if node[0][0][1].startswith("multipart/alternative"):
                # add the calendar as a third alternative
                inner_parts = [node]
                node = multipart("alternative", boundary(), [*inner_parts, cal_node])
            else:
                node = multipart("alternative", boundary(), [node, cal_node])
            texts.append(ics)
            if cal.get("attach"):
                name = "invite.ics" if cal.get("method", "REQUEST") != "CANCEL" else "cancel.ics"
                att = text_node("calendar", ics, "utf-8", "base64",
                                f"; method={cal.get('method', 'REQUEST')}; name=\"{name}\"",
                                f'attachment; filename="{name}"')
                node = multipart("mixed", boundary(), [node, att])
                texts.append(ics)
        fwd = spec.get("forward")
        if fwd:
            inner_texts: list[str] = []
            raw = self.build(fwd, inner_texts, inner=True)
            part = ([("Content-Type", "message/rfc822"),
                     ("Content-Disposition", "inline")], raw)
            node = multipart("mixed", boundary(), [node, part])
            texts += inner_texts
        attachments = spec.get("attach", [])
        if attachments:
            parts = [node]
            for name, lines in attachments:
                data = base64.encodebytes(pdf_bytes(lines))
                parts.append(([("Content-Type", f'application/pdf; name="{name}"'),
                               ("Content-Transfer-Encoding", "base64"),
                               ("Content-Disposition", f'attachment; filename="{name}"')], data))
            node = multipart("mixed", boundary(), parts)
        expected += texts

        headers: list[tuple[str, str]] = []
        for name, value in spec.get("pre_headers", []):
            headers.append((name, value))
        headers.append(("From", mailbox(spec["from"], spec.get("name_enc"))))
        headers.append(("To", ",\n ".join(mailbox(t) for t in spec["to"])))
        if spec.get("cc"):
            headers.append(("Cc", ",\n ".join(mailbox(t) for t in spec["cc"])))
        if spec.get("reply_to"):
            headers.append(("Reply-To", mailbox(spec["reply_to"], spec.get("name_enc"))))
        subject = spec["subject"]
        enc = spec.get("subj_enc")
        if enc or not subject.isascii():
            mode, cs = enc or ("q", "utf-8")
            headers.append(("Subject", encoded_words(subject, cs, mode)))
        else:
            headers.append(("Subject", fold(subject)))
        headers.append(("Date", format_datetime(self.when(spec))))
        headers.append(("Message-ID", self.msgid(spec)))
        refs = self.references(spec)
        if refs:
            headers.append(("In-Reply-To", refs[-1]))
            headers.append(("References", "\n ".join(refs)))
        for name, value in spec.get("headers", []):
            headers.append((name, value))
        headers.append(("MIME-Version", "1.0"))
        return render_headers(headers + node[0]) + b"\n" + node[1]


# ---------------------------------------------------------------- checks

def check(spec: Spec, raw: bytes, expected: list[str], builder: Builder) -> None:
    sid = spec["id"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        assert not part.defects, f"{sid}: defects {part.defects}"
    assert msg["subject"] == spec["subject"], (sid, msg["subject"], spec["subject"])
    frm = msg["from"].addresses[0]
    assert (frm.display_name or None) == spec["from"][0], (sid, frm.display_name)
    assert frm.addr_spec == spec["from"][1], sid
    assert msg["date"].datetime == builder.when(spec), sid
    assert msg["date"].datetime.year == 2026, sid
    got = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    assert got == expected, f"{sid}: text bodies do not round-trip"
    # label rules
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS, sid
    if kind == "other":
        assert company == "", f"{sid}: company on other"
    else:
        assert company and company == company.strip(), f"{sid}: company missing"
        words = company.lower().replace(",", " ").split()
        assert not any(w in LEGAL_FORMS for w in words), f"{sid}: legal form in company"
    if spec["from"][1] == common.CAND_ADDR:
        assert kind == "other" and not contact, f"{sid}: own mail"
    if contact:
        assert contact == contact.lower(), sid
        values = [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])]
        assert contact in [a.lower() for _, a in getaddresses(values)], f"{sid}: contact"
        local, domain = contact.split("@")
        assert domain not in ATS_DOMAINS, f"{sid}: ATS contact"
        assert not any(w in local for w in SYSTEM_WORDS), f"{sid}: system contact"
        assert contact != common.CAND_ADDR, sid


def main() -> None:
    specs: list[Spec] = []
    for name in MODULES:
        specs += importlib.import_module(name).SPECS
    builder = Builder(specs)
    ordered = sorted(specs, key=lambda s: (builder.when(s), s["id"]))
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)
    rows = []
    for number, spec in enumerate(ordered, 1):
        expected: list[str] = []
        try:
            raw = builder.build(spec, expected)
        except Exception as error:
            raise SystemExit(f"{spec['id']}: {error}") from error
        check(spec, raw, expected, builder)
        rel = f"{spec['kind']}/{number:03d}_{spec['id']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"{'kind':32}" + "".join(f"{x:>5}" for x in [*LANGS, "all"]))
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:32}" + "".join(f"{row[x]:>5}" for x in LANGS) + f"{sum(row.values()):>5}")
    totals = [sum(table[k][x] for k in KINDS) for x in LANGS]
    print(f"{'all':32}" + "".join(f"{t:>5}" for t in totals) + f"{sum(totals):>5}")


if __name__ == "__main__":
    main()
