#!/usr/bin/env python3
"""Build corpus 151 (Joana Ferreira-Schulz) from the hand-written specs in msgs151_*.py.

Run from the repository root:  python tests/corpus_hundredfiftyfirst/make_hundredfiftyfirst.py

Standard library only. Deletes and rewrites only the *.eml files and labels.csv inside this
folder. Every written message is parsed again with the default policy and checked: no defects,
subject, display names and every text body round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import quopri
import re
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs151_acks  # noqa: E402
import msgs151_invites  # noqa: E402
import msgs151_other  # noqa: E402
import msgs151_rejections  # noqa: E402
from msgs151_common import CANDIDATE  # noqa: E402

KINDS = [
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
]
SHORT = {
    "rejection": "rej",
    "interview_invitation": "inv",
    "interview_reschedule_or_cancel": "mov",
    "missed_interview_notice": "mis",
    "application_received": "ack",
    "offer": "off",
    "other": "oth",
}

Spec = dict[str, Any]


# ---------------------------------------------------------------- headers

def parse_date(text: str) -> datetime:
    """'2026-03-12 09:41 +0100' -> aware datetime."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def encoded_words(text: str, charset: str, mode: str) -> str:
    """RFC 2047 encoded words (each <= 75 chars, whole characters), folded with newline-space."""
    prefix = f"=?{charset}?{mode}?"
    words: list[str] = []
    current = ""

    def enc(chunk: str) -> str:
        raw = chunk.encode(charset)
        if mode == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for byte in raw:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isascii() and ch.isalnum():
                out.append(ch)
            else:
                out.append(f"={byte:02X}")
        return "".join(out)

    for ch in text:
        trial = current + ch
        if len(prefix) + len(enc(trial)) + 2 > 75:
            words.append(prefix + enc(current) + "?=")
            current = ch
        else:
            current = trial
    if current:
        words.append(prefix + enc(current) + "?=")
    return "\n ".join(words)


def needs_words(text: str) -> bool:
    return not text.isascii()


def fmt_addr(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc or needs_words(name):
        # Only runs of words that need it are encoded; plain words stay atoms, so the
        # whitespace between them is significant for every reader (no adjacent encoded words).
        charset, mode = enc or ("utf-8", "Q")
        tokens = name.split(" ")
        flags = [needs_words(t) or bool(re.search(r'[()<>@,;:\\".\[\]]', t)) for t in tokens]
        if not any(flags):
            flags = [True] * len(tokens)
        out: list[str] = []
        run: list[str] = []
        for token, flag in zip(tokens, flags, strict=True):
            if flag:
                run.append(token)
                continue
            if run:
                out.append(encoded_words(" ".join(run), charset, mode))
                run = []
            out.append(token)
        if run:
            out.append(encoded_words(" ".join(run), charset, mode))
        return f"{' '.join(out)} <{addr}>"
    if re.search(r'[()<>@,;:\\".\[\]]', name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


def fmt_subject(subject: str, enc: tuple[str, str] | None) -> str:
    if enc or needs_words(subject):
        charset, mode = enc or ("utf-8", "Q")
        return encoded_words(subject, charset, mode)
    return subject


# ---------------------------------------------------------------- bodies

def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "quoted-printable":
        out = quopri.encodestring(data, quotetabs=False)
        return out if out.endswith(b"\n") else out + b"=\n"
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "7bit" and not data.isascii():
        raise ValueError("7bit body with non-ASCII bytes")
    if any(len(line) > 990 for line in data.split(b"\n")):
        raise ValueError(f"{cte} body with a line longer than 990 bytes")
    return data if data.endswith(b"\n") else data + b"\n"


def auto_cte(data: bytes) -> str:
    if data.isascii() and all(len(line) <= 900 for line in data.split(b"\n")):
        return "7bit"
    return "quoted-printable"


class Leaf:
    def __init__(self, headers: list[str], body: bytes, expect: str | None = None) -> None:
        self.headers = headers
        self.body = body
        self.expect = expect  # the decoded text the parser must give back


class Forward:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec


class Multi:
    def __init__(self, subtype: str, children: list[Any]) -> None:
        self.subtype = subtype
        self.children = children


def text_leaf(subtype: str, text: str, charset: str, cte: str | None) -> Leaf:
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode(charset)
    cte = cte or auto_cte(data)
    return Leaf(
        [f'Content-Type: text/{subtype}; charset="{charset}"',
         f"Content-Transfer-Encoding: {cte}"],
        encode_body(data, cte),
        expect=text,
    )


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given lines (Helvetica, WinAnsi)."""

    def pdf_str(s: str) -> bytes:
        raw = s.encode("cp1252", errors="replace")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    stream = b"BT /F1 11 Tf 56 780 Td 15 TL\n"
    for line in lines:
        stream += b"(" + pdf_str(line) + b") Tj T*\n"
    stream += b"ET\n"
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
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode() + b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return out


def pdf_leaf(filename: str, lines: list[str]) -> Leaf:
    return Leaf(
        [f'Content-Type: application/pdf; name="{filename}"',
         f'Content-Disposition: attachment; filename="{filename}"',
         "Content-Transfer-Encoding: base64"],
        base64.encodebytes(make_pdf(lines)),
    )


def ics_text(spec: dict[str, Any]) -> str:
    start = parse_date(spec["start"]).astimezone(UTC)
    end = start + timedelta(minutes=spec.get("minutes", 60))
    stamp = parse_date(spec["stamp"]).astimezone(UTC)
    fmt = "%Y%m%dT%H%M%SZ"

    def text_value(value: str) -> str:
        return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\n", "\\n"))

    org_name, org_addr = spec["organizer"]
    method = spec.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:" + spec.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec.get('sequence', 0)}",
        f"DTSTAMP:{stamp.strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        "SUMMARY:" + text_value(spec["summary"]),
    ]
    if spec.get("location"):
        lines.append("LOCATION:" + text_value(spec["location"]))
    if spec.get("description"):
        lines.append("DESCRIPTION:" + text_value(spec["description"]))
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    lines.append(
        f'ATTENDEE;CN="{CANDIDATE[0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
        f"mailto:{CANDIDATE[1]}"
    )
    lines.append("STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for line in lines:
        while len(line.encode("utf-8")) > 74:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(line[:cut])
            line = " " + line[cut:]
        folded.append(line)
    return "\r\n".join(folded) + "\r\n"


def ics_leaf(spec: dict[str, Any]) -> Leaf:
    method = spec.get("method", "REQUEST")
    data = ics_text(spec).encode("utf-8")
    headers = [f'Content-Type: text/calendar; charset="utf-8"; method={method}']
    if spec.get("filename"):
        headers.append(f'Content-Disposition: attachment; filename="{spec["filename"]}"')
    headers.append("Content-Transfer-Encoding: base64")
    return Leaf(headers, base64.encodebytes(data))


# ---------------------------------------------------------------- messages

class Builder:
    def __init__(self, serial: int) -> None:
        self.serial = serial
        self.count = 0
        self.expect: list[tuple[str, str]] = []

    def boundary(self) -> str:
        self.count += 1
        return f"=_151_{self.serial:03d}_{self.count}_part"

    def body_tree(self, spec: Spec) -> Any:
        charset = spec.get("charset", "utf-8")
        alt: list[Any] = []
        if spec.get("text") is not None:
            alt.append(text_leaf("plain", spec["text"], charset, spec.get("cte")))
        if spec.get("html") is not None:
            alt.append(text_leaf("html", spec["html"], spec.get("html_charset", charset),
                                 spec.get("html_cte")))
        inline_ics = [a["ics"] for a in spec.get("attach", []) if "ics" in a and a.get("inline")]
        for ics in inline_ics:
            alt.append(ics_leaf(ics))
        if not alt:
            raise ValueError(f"{spec['name']}: no body")
        core = alt[0] if len(alt) == 1 else Multi("alternative", alt)
        extra: list[Any] = []
        for att in spec.get("attach", []):
            if "pdf" in att:
                extra.append(pdf_leaf(att["pdf"], att["lines"]))
            elif "ics" in att and not att.get("inline"):
                extra.append(ics_leaf(att["ics"]))
        if spec.get("forward"):
            extra.append(Forward(spec["forward"]))
        if extra:
            return Multi(spec.get("mixed", "mixed"), [core, *extra])
        return core

    def render_part(self, part: Any) -> bytes:
        if isinstance(part, Forward):
            inner = self.render_message(part.spec)
            return (b"Content-Type: message/rfc822\nContent-Disposition: inline\n"
                    b"Content-Transfer-Encoding: 7bit\n\n" + inner)
        if isinstance(part, Leaf):
            if part.expect is not None:
                self.expect.append((part.headers[0].split(";")[0].split(": ")[1], part.expect))
            return ("\n".join(part.headers) + "\n\n").encode("ascii") + part.body
        bnd = self.boundary()
        out = (f'Content-Type: multipart/{part.subtype};\n boundary="{bnd}"\n\n'
               "This is a multi-part message in MIME format.\n").encode("ascii")
        for child in part.children:
            out += f"\n--{bnd}\n".encode("ascii") + self.render_part(child)
        out += f"\n--{bnd}--\n".encode("ascii")
        return out

    def render_message(self, spec: Spec) -> bytes:
        headers: list[str] = []
        headers.append("Date: " + format_datetime(parse_date(spec["date"])))
        headers.append("From: " + fmt_addr(*spec["frm"], spec.get("frm_enc")))
        if spec.get("reply_to"):
            headers.append("Reply-To: " + fmt_addr(*spec["reply_to"], spec.get("reply_to_enc")))
        to = spec.get("to", [CANDIDATE])
        headers.append("To: " + ",\n ".join(fmt_addr(*a) for a in to))
        if spec.get("cc"):
            headers.append("Cc: " + ",\n ".join(fmt_addr(*a) for a in spec["cc"]))
        headers.append("Subject: " + fmt_subject(spec["subject"], spec.get("subj_enc")))
        headers.append(f"Message-ID: {spec['_msgid']}")
        if spec.get("_in_reply_to"):
            headers.append(f"In-Reply-To: {spec['_in_reply_to']}")
            headers.append("References: " + "\n ".join(spec["_references"]))
        headers.append("MIME-Version: 1.0")
        for name, value in spec.get("headers", []):
            headers.append(f"{name}: {value}")
        head = ("\n".join(headers) + "\n").encode("ascii")
        return head + self.render_part(self.body_tree(spec))


# ---------------------------------------------------------------- checks

def check(path: Path, spec: Spec, expect: list[tuple[str, str]]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = path.relative_to(HERE)
    for part in msg.walk():
        if part.defects:
            raise SystemExit(f"{where}: defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                raise SystemExit(f"{where}: header {name} defects {value.defects}")
    if str(msg["Subject"]) != spec["subject"]:
        raise SystemExit(f"{where}: subject {str(msg['Subject'])!r} != {spec['subject']!r}")
    from_addr = msg["From"].addresses[0]
    if from_addr.display_name != spec["frm"][0] or from_addr.addr_spec != spec["frm"][1]:
        raise SystemExit(f"{where}: From {from_addr!r} does not round-trip")
    if spec.get("reply_to"):
        rt = msg["Reply-To"].addresses[0]
        if (rt.display_name, rt.addr_spec) != tuple(spec["reply_to"]):
            raise SystemExit(f"{where}: Reply-To does not round-trip")
    if msg["Date"].datetime.year != 2026:
        raise SystemExit(f"{where}: not 2026")
    got = [(p.get_content_type(), p.get_content()) for p in msg.walk()
           if p.get_content_type() in ("text/plain", "text/html")]
    want = expect
    if len(got) != len(want):
        raise SystemExit(f"{where}: {len(got)} text parts, expected {len(want)}")
    for (gtype, gbody), (wtype, wbody) in zip(got, want, strict=True):
        if gtype != wtype or gbody.replace("\r\n", "\n") != wbody:
            raise SystemExit(f"{where}: {gtype} body does not round-trip")
    if spec["contact"]:
        addrs = [a.addr_spec.lower() for h in ("Reply-To", "From") if msg[h]
                 for a in msg[h].addresses]
        if spec["contact"] not in addrs:
            raise SystemExit(f"{where}: contact {spec['contact']} not in Reply-To/From")


# ---------------------------------------------------------------- main

def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def main() -> None:
    specs: list[Spec] = [
        *msgs151_rejections.MESSAGES,
        *msgs151_invites.MESSAGES,
        *msgs151_acks.MESSAGES,
        *msgs151_other.MESSAGES,
    ]
    per_kind: dict[str, int] = dict.fromkeys(KINDS, 0)
    by_id: dict[str, Spec] = {}
    names: set[str] = set()
    for spec in specs:
        kind = spec["kind"]
        if kind not in per_kind:
            raise SystemExit(f"unknown kind {kind}")
        per_kind[kind] += 1
        spec["_file"] = f"{kind}/{per_kind[kind]:03d}_{spec['name']}.eml"
        if spec["_file"] in names:
            raise SystemExit(f"duplicate {spec['_file']}")
        names.add(spec["_file"])
        dom = spec.get("msgid_domain") or domain_of(spec["frm"][1])
        spec["_msgid"] = f"<{SHORT[kind]}{per_kind[kind]:03d}.{spec['name']}.151@{dom}>"
        if spec.get("id"):
            if spec["id"] in by_id:
                raise SystemExit(f"duplicate id {spec['id']}")
            by_id[spec["id"]] = spec
        if spec.get("forward"):
            inner = spec["forward"]
            inner["_msgid"] = (f"<fwd.{spec['name']}.151@"
                               f"{inner.get('msgid_domain') or domain_of(inner['frm'][1])}>")

    for spec in specs:
        inner = spec.get("forward")
        if inner and inner.get("same_as"):
            inner["_msgid"] = by_id[inner["same_as"]]["_msgid"]

    def refs(spec: Spec) -> list[str]:
        if not spec.get("parent"):
            return []
        parent = by_id[spec["parent"]]
        return [*refs(parent), parent["_msgid"]]

    for spec in specs:
        if spec.get("parent"):
            parent = by_id[spec["parent"]]
            if parse_date(parent["date"]) >= parse_date(spec["date"]):
                raise SystemExit(f"{spec['_file']}: parent is not earlier")
            spec["_in_reply_to"] = parent["_msgid"]
            spec["_references"] = refs(spec)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()

    rows = []
    for serial, spec in enumerate(specs, start=1):
        if spec["lang"] not in ("en", "de", "fr", "es"):
            raise SystemExit(f"{spec['_file']}: language {spec['lang']}")
        if spec["contact"] and spec["contact"] != spec["contact"].lower():
            raise SystemExit(f"{spec['_file']}: contact not lower-case")
        if (spec["kind"] == "other") == bool(spec["company"]):
            raise SystemExit(f"{spec['_file']}: company rule")
        builder = Builder(serial)
        try:
            data = builder.render_message(spec)
        except (UnicodeEncodeError, ValueError) as exc:
            raise SystemExit(f"{spec['_file']}: {exc}") from exc
        path = HERE / spec["_file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, spec, builder.expect)
        rows.append([spec["_file"], spec["kind"], spec["company"], spec["contact"], spec["lang"]])

    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    langs = ["de", "en", "fr", "es"]
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(langs, 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"{'kind':32} " + " ".join(f"{x:>4}" for x in langs) + "  total")
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:32} " + " ".join(f"{row[x]:4}" for x in langs) + f"  {sum(row.values()):5}")
    totals = {x: sum(table[k][x] for k in KINDS) for x in langs}
    print(f"{'total':32} " + " ".join(f"{totals[x]:4}" for x in langs) + f"  {len(specs):5}")


if __name__ == "__main__":
    main()
