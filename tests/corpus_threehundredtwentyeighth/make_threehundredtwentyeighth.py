"""Build corpus 328 (.eml files and labels.csv) from the hand-written specs in msgs328_*.py.

Standard library only. Deterministic: same bytes on every run. Deletes and rewrites only *.eml
and labels.csv under this folder, then re-parses every message and checks it.

Run: python tests/corpus_threehundredtwentyeighth/make_threehundredtwentyeighth.py
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
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # leave nothing but *.eml and labels.csv behind

import msgs328_acks  # noqa: E402
import msgs328_invites  # noqa: E402
import msgs328_other  # noqa: E402
import msgs328_rejections  # noqa: E402
import msgs328_threads  # noqa: E402
from msgs328_common import ME_ADDR, Spec, attribution, html_shell, outlook_block  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["fr", "en", "de", "es"]
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
NO_REPLY = re.compile(r"^(no-?reply|noreply|ne-?pas-?repondre|donotreply|do-not-reply|"
                      r"notifications?|jobs|alerts?|mailer|info|news|newsletter|bounce)", re.I)
LEGAL = re.compile(r"\b(GmbH|SA|S\.A\.|SAS|SARL|S\.L\.|SL|Ltd|Inc|AG|SE|BV|NV|SRL|Sàrl|KG|"
                   r"S\.A\.S\.|LLC|plc|UG)\b\.?$")
CTES = ["quoted-printable", "base64", "8bit"]
SPECIALS = set('()<>@,;:\\".[]')


# ---------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, enc: str, phrase: bool = False) -> str:
    """RFC 2047 encoded words (several if long), joined by folding whitespace. In a phrase
    (a display name) a reader puts a space between encoded words, so there they split at
    spaces; in unstructured text (Subject) they join without one, so they split anywhere."""
    if phrase:
        chunks: list[str] = []
        for word in text.split(" "):
            trial = f"{chunks[-1]} {word}" if chunks else word
            if chunks and len(_one_word(trial, charset, enc)) <= 70:
                chunks[-1] = trial
            else:
                chunks.append(word)
        return "\n ".join(_one_word(chunk, charset, enc) for chunk in chunks)
    words: list[str] = []
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if len(_one_word(trial, charset, enc)) > 70 and chunk:
            words.append(_one_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_one_word(chunk, charset, enc))
    return "\n ".join(words)


def _one_word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    out = []
    for byte in raw:
        c = chr(byte)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def fold(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so that lines stay short (keeps pre-folded pieces)."""
    lines: list[str] = []
    line = f"{name}:"
    for number, segment in enumerate(value.split("\n ")):
        for position, word in enumerate(segment.split(" ")):
            fresh = number > 0 and position == 0
            if fresh or (len(line) + 1 + len(word) > 76 and line != f"{name}:"):
                lines.append(line)
                line = " " + word
            else:
                line += " " + word
    lines.append(line)
    return "\n".join(lines)


def text_header(text: str, enc: tuple[str, str] | None, phrase: bool = False) -> str:
    if text.isascii() and enc is None:
        return text
    charset, how = enc or ("utf-8", "B")
    return encoded_words(text, charset, how, phrase)


def addr_header(name: str, addr: str, enc: tuple[str, str] | None) -> str:
    if not name:
        return addr
    if name.isascii() and enc is None:
        if any(c in SPECIALS for c in name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    return f"{text_header(name, enc or ('utf-8', 'Q'), phrase=True)} <{addr}>"


# ---------------------------------------------------------------- bodies

class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes,
                 parts: list[Part] | None = None, boundary: str = "") -> None:
        self.headers, self.body, self.parts, self.boundary = headers, body, parts, boundary

    def render(self) -> bytes:
        out = io.BytesIO()
        for name, value in self.headers:
            out.write(fold(name, value).encode("ascii") + b"\n")
        out.write(b"\n")
        if self.parts is None:
            out.write(self.body)
            if not self.body.endswith(b"\n"):
                out.write(b"\n")
        else:
            out.write(b"This is a multi-part message in MIME format.\n")
            for part in self.parts:
                out.write(f"\n--{self.boundary}\n".encode("ascii"))
                out.write(part.render())
            out.write(f"\n--{self.boundary}--\n".encode("ascii"))
        return out.getvalue()


def encode_body(text: str, charset: str, cte: str) -> tuple[bytes, str]:
    raw = text.encode(charset)
    if raw.isascii() and cte == "8bit":
        cte = "7bit"
    if cte == "base64":
        return base64.encodebytes(raw), cte
    if cte == "quoted-printable":
        return quopri.encodestring(raw), cte
    return raw, cte


def text_part(text: str, subtype: str, charset: str, cte: str,
              extra: list[tuple[str, str]] | None = None) -> Part:
    body, cte = encode_body(text, charset, cte)
    ctype = f"text/{subtype}; charset={charset}"
    for name, value in extra or []:
        if name == "ctype-params":
            ctype += value
    headers = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)]
    headers += [(n, v) for n, v in extra or [] if n != "ctype-params"]
    return Part(headers, body)


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given ASCII lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    ops += [f"({esc(line)}) Tj T*" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
              f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


VTZ = """BEGIN:VTIMEZONE
TZID:{tz}
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def ics_text(ics: dict[str, Any], spec: Spec, stamp: datetime) -> str:
    tz = ics.get("tz", "Europe/Paris")
    method = ics.get("method", "REQUEST")
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Example Calendar//EN')}",
             "VERSION:2.0", f"METHOD:{method}", "CALSCALE:GREGORIAN", *VTZ.format(tz=tz)
             .split("\n"), "BEGIN:VEVENT", f"UID:{ics['uid']}",
             f"SEQUENCE:{ics.get('seq', 0)}",
             f"DTSTAMP:{_utc(stamp)}",
             f"DTSTART;TZID={tz}:{ics['start']}", f"DTEND;TZID={tz}:{ics['end']}",
             f"SUMMARY:{_ics_esc(ics['summary'])}"]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_esc(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_esc(ics['description'])}")
    org_name, org_addr = ics.get("organizer", spec["frm"])
    lines.append(f"ORGANIZER;CN={org_name}:mailto:{org_addr}")
    lines.append("ATTENDEE;CN=Gaëtan Le Bihan-Moreau;ROLE=REQ-PARTICIPANT;"
                 "PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + ME_ADDR)
    lines.append("STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold_ics(line) for line in lines) + "\r\n"


def _ics_esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")


def _utc(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _fold_ics(line: str) -> str:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


# ---------------------------------------------------------------- messages

def parse_date(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def message_id(spec: Spec) -> str:
    digest = hashlib.sha256(("328/" + spec["id"]).encode()).hexdigest()
    domain = spec["frm"][1].split("@")[1]
    return f"<{digest[:12]}.{digest[12:20]}@{spec.get('mid_domain', domain)}>"


class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.by_id = {s["id"]: s for s in specs}
        self.texts: dict[str, str] = {}

    def full_text(self, spec: Spec) -> tuple[str, str]:
        """(new text, quoted block) of a message: its own text plus, if it quotes its parent,
        the attribution and the parent's whole text."""
        new = spec["text"].strip("\n") + "\n"
        if not spec.get("quote"):
            return new, ""
        parent = self.by_id[spec["parent"]]
        p_new, p_quoted = self.full_text(parent)
        p_text = p_new + ("\n" + p_quoted if p_quoted else "")
        when = parse_date(parent["date"])
        style = spec["quote"]
        if style.startswith("outlook"):
            lang = style.split("_")[1]
            to = parent.get("to", ("", ME_ADDR))[1] if isinstance(parent.get("to"), tuple) \
                else ME_ADDR
            head = outlook_block(lang, when, parent["frm"], to, parent["subject"])
            return new, head + "\n\n" + p_text
        head = attribution(style, when, parent["frm"][0] or parent["frm"][1], parent["frm"][1])
        quoted = "\n".join(("> " + line) if line else ">" for line in p_text.rstrip("\n")
                           .split("\n"))
        return new, head + "\n" + quoted + "\n"

    def references(self, spec: Spec) -> list[str]:
        chain: list[str] = []
        cur = spec.get("parent")
        while cur:
            chain.insert(0, message_id(self.by_id[cur]))
            cur = self.by_id[cur].get("parent")
        return chain

    def build(self, spec: Spec, index: int) -> tuple[Part, list[str]]:
        """The message tree and the list of text bodies it must round-trip."""
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte", CTES[index % 3])
        new, quoted = self.full_text(spec)
        text = new + ("\n" + quoted if quoted else "")
        fmt = spec.get("fmt", "plain")
        bodies: list[str] = []
        parts: list[Part] = []
        if fmt in ("plain", "alt"):
            parts.append(text_part(text, "plain", charset, cte))
            bodies.append(text)
        if fmt in ("html", "alt"):
            html = html_shell(new, quoted, spec.get("brand", ""), charset)
            parts.append(text_part(html, "html", charset, cte))
            bodies.append(html)
        main = parts[0] if len(parts) == 1 else Part(
            [("Content-Type", f'multipart/alternative; boundary="{self.bnd(spec, "alt")}"')],
            b"", parts, self.bnd(spec, "alt"))
        when = parse_date(spec["date"])
        if spec.get("ics"):
            ics = ics_text(spec["ics"], spec, when)
            method = spec["ics"].get("method", "REQUEST")
            cal_cte = "base64" if index % 2 else "7bit" if ics.isascii() else "quoted-printable"
            if cal_cte != "base64":  # CRLF survives only inside base64; the file uses LF
                ics = ics.replace("\r\n", "\n")
            cal = text_part(ics, "calendar", "utf-8", cal_cte,
                            [("ctype-params", f"; method={method}")])
            bodies.append(ics)
            if main.parts is not None and spec.get("cal_in_alt", True):
                main.parts.append(cal)
            else:
                b = self.bnd(spec, "cal")
                main = Part([("Content-Type", f'multipart/alternative; boundary="{b}"')], b"",
                            [main, cal], b)
        extras: list[Part] = []
        for name, lines in spec.get("attach", []):
            data = base64.encodebytes(pdf_bytes(lines))
            disp = f'attachment; filename="{name}"' if name.isascii() else \
                "attachment; filename*=utf-8''" + "".join(
                    c if c.isascii() and (c.isalnum() or c in "._-") else
                    "".join(f"%{b:02X}" for b in c.encode()) for c in name)
            extras.append(Part([("Content-Type", "application/pdf"),
                                ("Content-Transfer-Encoding", "base64"),
                                ("Content-Disposition", disp)], data))
        if spec.get("fwd"):
            inner_spec = spec["fwd"]
            inner, inner_bodies = Builder([*self.by_id.values(), inner_spec]).build(
                inner_spec, index + 1)
            extras.append(Part([("Content-Type", "message/rfc822"),
                                ("Content-Disposition", "inline")], inner.render()))
            bodies += inner_bodies
        if extras:
            b = self.bnd(spec, "mix")
            main = Part([("Content-Type", f'multipart/mixed; boundary="{b}"')], b"",
                        [main, *extras], b)
        return self._top(spec, main), bodies

    def bnd(self, spec: Spec, what: str) -> str:
        digest = hashlib.sha256(f"{spec['id']}/{what}".encode()).hexdigest()[:24]
        return f"----=_Part_{what}_{digest}"

    def _top(self, spec: Spec, body: Part) -> Part:
        h: list[tuple[str, str]] = []
        h.append(("From", addr_header(*spec["frm"], spec.get("name_enc"))))
        if spec.get("reply_to"):
            h.append(("Reply-To", addr_header(*spec["reply_to"], spec.get("name_enc"))))
        to = spec.get("to", ("Gaëtan Le Bihan-Moreau", ME_ADDR))
        h.append(("To", addr_header(*to, spec.get("name_enc"))))
        if spec.get("cc"):
            h.append(("Cc", ", ".join(addr_header(n, a, None) for n, a in spec["cc"])))
        h.append(("Subject", text_header(spec["subject"], spec.get("subj_enc"))))
        h.append(("Date", format_datetime(parse_date(spec["date"]))))
        h.append(("Message-ID", message_id(spec)))
        refs = self.references(spec) if spec["id"] in self.by_id else []
        if refs:
            h.append(("In-Reply-To", refs[-1]))
            h.append(("References", " ".join(refs)))
        h.append(("MIME-Version", "1.0"))
        h += spec.get("headers", [])
        return Part(h + body.headers, body.body, body.parts, body.boundary)


# ---------------------------------------------------------------- checks

def walk_defects(msg: EmailMessage) -> list[str]:
    found = []
    for part in msg.walk():
        found += [repr(d) for d in part.defects]
        for name in part:
            found += [f"{name}: {d!r}" for d in getattr(part[name], "defects", [])]
    return found


def check(spec: Spec, data: bytes, bodies: list[str]) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    where = spec["id"]
    assert not walk_defects(msg), (where, walk_defects(msg))
    assert str(msg["subject"]) == spec["subject"], (where, str(msg["subject"]))
    assert msg["from"].addresses[0].display_name == spec["frm"][0], where
    assert msg["from"].addresses[0].addr_spec == spec["frm"][1], where
    assert msg["date"].datetime == parse_date(spec["date"]), where
    assert msg["date"].datetime.year == 2026, where
    got = [p.get_content().replace("\r\n", "\n") for p in msg.walk()
           if p.get_content_maintype() == "text"]
    want = [b.replace("\r\n", "\n") for b in bodies]
    assert got == want, (where, [g[:80] for g in got], [w[:80] for w in want])
    # label rules
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS, where
    if kind == "other":
        assert company == "", where
    else:
        assert company and company == company.strip() and not LEGAL.search(company), where
    if spec["frm"][1] == ME_ADDR:
        assert kind == "other" and contact == "", where
    if contact:
        assert contact == contact.lower() and contact != ME_ADDR, where
        rt = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("Reply-To", [])])]
        fr = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("From", [])])]
        assert contact == (rt[0] if rt else fr[0]), (where, contact, rt, fr)
        local, domain = contact.split("@")
        assert not domain.endswith(ATS_DOMAINS) and not NO_REPLY.match(local), where
    elif kind != "other" and spec["frm"][1] != ME_ADDR:
        rt = spec.get("reply_to")
        sender = rt[1] if rt else spec["frm"][1]
        local, domain = sender.split("@")
        assert domain.endswith(ATS_DOMAINS) or NO_REPLY.match(local) or spec.get(
            "system"), (where, "job mail from a human needs a contact")


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:40]


def main() -> None:
    specs: list[Spec] = []
    for module in (msgs328_threads, msgs328_rejections, msgs328_invites, msgs328_acks,
                   msgs328_other):
        specs += module.SPECS
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate spec ids"
    specs.sort(key=lambda s: (parse_date(s["date"]), s["id"]))
    builder = Builder(specs)
    for old in sorted(HERE.rglob("*.eml")):
        old.unlink()
    rows = []
    mids = set()
    for index, spec in enumerate(specs, 1):
        part, bodies = builder.build(spec, index)
        data = part.render()
        check(spec, data, bodies)
        mid = message_id(spec)
        assert mid not in mids
        mids.add(mid)
        rel = f"{spec['kind']}/{index:03d}_{slug(spec['id'])}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:32}" + "".join(f"{row[lang]:>5}" for lang in LANGS)
              + f"  {sum(row.values()):>5}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[lang]:>5}" for lang in LANGS)
          + f"  {len(specs):>5}")


if __name__ == "__main__":
    main()
