#!/usr/bin/env python3
"""Build corpus 204 (blind): Rodrigo Abernethy-Quispe's mailbox, from the hand-written specs in
msgs204_rejections, msgs204_invites, msgs204_acks and msgs204_other.

Standard library only. Run from the repository root:

    python tests/corpus_twohundredfourth/make_twohundredfourth.py

It deletes and rewrites only the *.eml files and labels.csv inside its own folder, then re-parses
every written message with the default policy and checks that it has no defects and that its
subject and text bodies come back as written.
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

import msgs204_acks  # noqa: E402
import msgs204_invites  # noqa: E402
import msgs204_other  # noqa: E402
import msgs204_rejections  # noqa: E402
from msgs204_common import CAND, when  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "es", "fr", "de"}
SPEC_KEYS = {
    "kind", "slug", "lang", "company", "contact", "frm", "to", "cc", "reply_to", "subject",
    "date", "text", "html", "charset", "cte", "html_charset", "html_cte", "subj_enc", "subj_cs",
    "name_enc", "name_cs", "headers", "ics", "ics_attach", "attach", "key", "parent",
    "fwd_msg", "ics_cte",
}


# ------------------------------------------------------------------------------- headers

def _q(raw: bytes) -> str:
    out = []
    for byte in raw:
        ch = chr(byte)
        if byte < 128 and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        elif byte == 32:
            out.append("_")
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, charset: str, enc: str) -> str:
    """text as RFC 2047 encoded words (each at most 75 characters) in charset, Q or B."""
    def word(chunk: str) -> str:
        raw = chunk.encode(charset)
        payload = base64.b64encode(raw).decode() if enc.lower() == "b" else _q(raw)
        return f"=?{charset}?{enc}?{payload}?="

    words, chunk = [], ""
    for ch in text:
        if chunk and len(word(chunk + ch)) > 75:
            words.append(word(chunk))
            chunk = ch
        else:
            chunk += ch
    words.append(word(chunk))
    return " ".join(words)


def fold(line: str) -> str:
    """Fold a header line at spaces so that lines stay within 78 characters where possible."""
    if len(line) <= 78:
        return line
    tokens = line.split(" ")
    # never break between the header name and its first word
    lines, cur = [], " ".join(tokens[:2]) if tokens[0].endswith(":") else tokens[0]
    for tok in tokens[2 if tokens[0].endswith(":") else 1:]:
        if len(cur) + 1 + len(tok) > 78 and cur.strip():
            lines.append(cur)
            cur = " " + tok
        else:
            cur += " " + tok
    lines.append(cur)
    return "\n".join(lines)


_SPECIALS = re.compile(r"[()<>@,;:\\\".\[\]]")


def fmt_addr(entry: tuple[str, str] | tuple[str, str, str, str], default_enc: tuple[str, str]
             = ("utf-8", "q")) -> str:
    name, addr = entry[0], entry[1]
    cs, enc = (entry[2], entry[3]) if len(entry) == 4 else default_enc
    if not name:
        return addr
    if not name.isascii():
        return f"{encoded_words(name, cs, enc)} <{addr}>"
    if _SPECIALS.search(name):
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}" <{addr}>'
    return f"{name} <{addr}>"


# ---------------------------------------------------------------------------------- bodies

def encode_body(text: str, charset: str, cte: str) -> bytes:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte in ("7bit", "8bit"):
        if cte == "7bit" and not raw.isascii():
            raise ValueError("7bit body with non-ASCII text")
        return raw
    raise ValueError(cte)


class Leaf:
    def __init__(self, headers: list[str], payload: bytes) -> None:
        self.headers, self.payload = headers, payload

    def render(self) -> bytes:
        body = self.payload if self.payload.endswith(b"\n") else self.payload + b"\n"
        return ("\n".join(fold(h) for h in self.headers) + "\n\n").encode("ascii") + body


class Multi:
    def __init__(self, subtype: str, boundary: str, children: list[Leaf | Multi]) -> None:
        self.subtype, self.boundary, self.children = subtype, boundary, children

    def render(self) -> bytes:
        b = self.boundary.encode("ascii")
        out = [f'Content-Type: multipart/{self.subtype};\n boundary="{self.boundary}"\n\n'
               .encode("ascii")]
        if self.subtype == "mixed":
            out.append(b"This is a multi-part message in MIME format.\n\n")
        for child in self.children:
            out.append(b"--" + b + b"\n" + child.render() + b"\n")
        out.append(b"--" + b + b"--\n")
        return b"".join(out)


def text_leaf(subtype: str, body: str, charset: str, cte: str) -> Leaf:
    return Leaf([f'Content-Type: text/{subtype}; charset="{charset}"',
                 f"Content-Transfer-Encoding: {cte}"], encode_body(body, charset, cte))


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing lines in Helvetica (WinAnsi)."""
    def pdf_str(s: str) -> bytes:
        raw = s.encode("cp1252")
        return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") \
            + b")"

    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 780 Td"]
    for i, line in enumerate(lines):
        ops.append((b"" if i == 0 else b"T* ") + pdf_str(line) + b" Tj")
    ops.append(b"ET")
    stream = b"\n".join(ops) + b"\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        b"<< /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{num} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n" \
        .encode()
    return bytes(out)


def _ics_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def _utc(stamp: str) -> str:
    return when(stamp).astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def make_ics(spec: dict, sent: str) -> str:
    """An iCalendar object (CRLF lines) from a spec's ics dict."""
    ics = spec["ics"]
    method = ics["method"]
    start = when(ics["start"])
    end = start + dt.timedelta(minutes=ics.get("minutes", 45))
    org_name, org_addr = ics["organizer"]
    lines = ["BEGIN:VCALENDAR", f"PRODID:{ics.get('prodid', '-//Corpus204//Calendar//ES')}",
             "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{_utc(ics['start'])}",
             f"DTEND:{end.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTAMP:{_utc(sent)}",
             f"ORGANIZER;CN={_ics_escape(org_name)}:mailto:{org_addr}",
             f"UID:{ics['uid']}"]
    for name, addr in ics.get("attendees", [CAND]):
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f"RSVP=TRUE;CN={_ics_escape(name)}:mailto:{addr}")
    lines += [f"SEQUENCE:{ics.get('sequence', 0)}",
              f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
              f"SUMMARY:{_ics_escape(ics['summary'])}"]
    if ics.get("location"):
        lines.append(f"LOCATION:{_ics_escape(ics['location'])}")
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ------------------------------------------------------------------------------ messages

def check_spec(spec: dict) -> None:
    unknown = set(spec) - SPEC_KEYS
    assert not unknown, f"{spec.get('slug')}: unknown keys {unknown}"
    for key in ("kind", "slug", "lang", "company", "contact", "frm", "subject", "date"):
        assert key in spec, f"{spec.get('slug')}: missing {key}"
    assert spec["kind"] in KIND_ORDER, spec["slug"]
    assert spec["lang"] in LANGS, spec["slug"]
    assert spec.get("text") or spec.get("html"), spec["slug"]
    assert re.fullmatch(r"[a-z0-9_]+", spec["slug"]), spec["slug"]


def message_id(rel: str, spec: dict) -> str:
    digest = hashlib.sha1(("corpus204/" + rel).encode()).hexdigest()
    domain = spec["frm"][1].split("@", 1)[1]
    stamp = when(spec["date"]).astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M")
    return f"<{stamp}.{digest[:12]}@{domain}>"


def date_header(rel: str, spec: dict) -> str:
    seconds = int(hashlib.sha1(rel.encode()).hexdigest(), 16) % 60
    return email.utils.format_datetime(when(spec["date"]).replace(second=seconds))


def build_body(spec: dict, rel: str) -> Leaf | Multi:
    tag = hashlib.sha1(rel.encode()).hexdigest()[:10]
    counter = iter(range(1, 10))

    def boundary() -> str:
        return f"=_204_{tag}_{next(counter)}"

    cs = spec.get("charset", "utf-8")
    cte = spec.get("cte", "quoted-printable")
    hcs = spec.get("html_charset", cs)
    hcte = spec.get("html_cte", cte)
    alts: list[Leaf | Multi] = []
    if spec.get("text"):
        alts.append(text_leaf("plain", spec["text"], cs, cte))
    if spec.get("html"):
        alts.append(text_leaf("html", spec["html"], hcs, hcte))
    attachments: list[Leaf] = []
    if spec.get("ics"):
        cal = make_ics(spec, spec["date"])
        method = spec["ics"]["method"]
        ics_cte = spec.get("ics_cte", "base64")
        cal_leaf = Leaf([f'Content-Type: text/calendar; charset="utf-8"; method={method}',
                         f"Content-Transfer-Encoding: {ics_cte}"],
                        encode_body(cal if ics_cte == "base64" else cal.replace("\r\n", "\n"),
                                    "utf-8", ics_cte))
        alts.append(cal_leaf)
        if spec.get("ics_attach"):
            name = spec["ics_attach"]
            attachments.append(Leaf([f'Content-Type: application/ics; name="{name}"',
                                     f'Content-Disposition: attachment; filename="{name}"',
                                     "Content-Transfer-Encoding: base64"],
                                    base64.encodebytes(cal.encode("utf-8"))))
    for att in spec.get("attach", []):
        name = att["name"]
        disp = f'attachment; filename="{name}"'
        if not name.isascii():
            from urllib.parse import quote as urlquote
            disp = f"attachment; filename*=utf-8''{urlquote(name)}"
            ctype = f"Content-Type: application/pdf; name*=utf-8''{urlquote(name)}"
        else:
            ctype = f'Content-Type: application/pdf; name="{name}"'
        attachments.append(Leaf([ctype, f"Content-Disposition: {disp}",
                                 "Content-Transfer-Encoding: base64"],
                                base64.encodebytes(make_pdf(att["lines"]))))
    if spec.get("fwd_msg"):
        inner = spec["fwd_msg"]
        head = [f"From: {fmt_addr(inner['frm'])}", f"To: {fmt_addr(inner.get('to', CAND))}",
                f"Subject: {inner['subject'] if inner['subject'].isascii() else encoded_words(inner['subject'], 'utf-8', 'Q')}",
                f"Date: {email.utils.format_datetime(when(inner['date']))}",
                f"Message-ID: <fwd.{tag}@{inner['frm'][1].split('@', 1)[1]}>",
                "MIME-Version: 1.0"]
        inner_leaf = text_leaf("plain", inner["text"], "utf-8", "quoted-printable")
        inner_bytes = ("\n".join(fold(h) for h in head) + "\n").encode("ascii") + \
            inner_leaf.render()
        attachments.append(Leaf(["Content-Type: message/rfc822",
                                 "Content-Disposition: inline"], inner_bytes))
    body: Leaf | Multi = alts[0] if len(alts) == 1 else Multi("alternative", boundary(), alts)
    if attachments:
        body = Multi("mixed", boundary(), [body, *attachments])
    return body


def build(spec: dict, rel: str, msgids: dict[str, str], refs: dict[str, list[str]]) -> bytes:
    headers: list[str] = []
    name_cs = spec.get("name_cs", "utf-8")
    name_enc = spec.get("name_enc", "Q")
    frm = spec["frm"]
    frm4 = frm if len(frm) == 4 else (frm[0], frm[1], name_cs, name_enc)
    headers.append(f"From: {fmt_addr(frm4)}")
    to = spec.get("to", [CAND])
    headers.append("To: " + ", ".join(fmt_addr(a) for a in to))
    if spec.get("cc"):
        headers.append("Cc: " + ", ".join(fmt_addr(a) for a in spec["cc"]))
    if spec.get("reply_to"):
        headers.append(f"Reply-To: {fmt_addr(spec['reply_to'])}")
    subject = spec["subject"]
    if spec.get("subj_enc"):
        subj = encoded_words(subject, spec.get("subj_cs", "utf-8"), spec["subj_enc"])
    elif not subject.isascii():
        subj = encoded_words(subject, "utf-8", "Q")
    else:
        subj = subject
    headers.append(f"Subject: {subj}")
    headers.append(f"Date: {date_header(rel, spec)}")
    headers.append(f"Message-ID: {msgids[rel]}")
    if spec.get("parent"):
        parent_rel = spec["parent"]
        chain = refs[parent_rel] + [msgids[parent_rel]]
        headers.append(f"In-Reply-To: {msgids[parent_rel]}")
        headers.append("References: " + " ".join(chain))
    for name, value in spec.get("headers", []):
        headers.append(f"{name}: {value}")
    headers.append("MIME-Version: 1.0")
    head = "\n".join(fold(h) for h in headers) + "\n"
    return head.encode("ascii") + build_body(spec, rel).render()


# ------------------------------------------------------------------------------- checking

def verify(raw: bytes, spec: dict, rel: str) -> None:
    for n, line in enumerate(raw.split(b"\n"), 1):
        assert len(line) <= 998, f"{rel}: line {n} too long"
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{rel}: defects {part.defects}"
    for name in ("From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID"):
        for value in msg.get_all(name, []):
            assert not value.defects, f"{rel}: {name} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{rel}: subject {msg['Subject']!r}"
    assert msg["Date"].datetime.year == 2026, rel
    wanted = []
    if spec.get("text"):
        wanted.append(("text/plain", spec["text"]))
    if spec.get("html"):
        wanted.append(("text/html", spec["html"]))
    got = [(p.get_content_type(), p.get_content()) for p in msg.walk()
           if p.get_content_type() in ("text/plain", "text/html")]
    got = got[:len(wanted)]
    for (wt, wbody), (gt, gbody) in zip(wanted, got, strict=True):
        assert wt == gt, f"{rel}: part {gt} instead of {wt}"
        assert gbody.replace("\r\n", "\n").rstrip("\n") == wbody.rstrip("\n"), \
            f"{rel}: {wt} body does not round-trip"
    if spec.get("ics"):
        cals = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        assert cals and f"METHOD:{spec['ics']['method']}" in cals[0].get_content(), rel
    pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
    assert len(pdfs) == len(spec.get("attach", [])), rel
    for p in pdfs:
        data = p.get_content()
        assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), rel
    addrs = [a.lower() for _, a in email.utils.getaddresses(
        [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
    if spec["contact"]:
        assert spec["contact"] == spec["contact"].lower(), rel
        assert spec["contact"] in addrs, f"{rel}: contact not in Reply-To/From"
    if spec["kind"] == "other":
        assert not spec["company"], rel
    else:
        assert spec["company"], rel
    if spec["frm"][1] == CAND[1]:
        assert spec["kind"] == "other" and not spec["contact"], rel


def main() -> None:
    specs = [*msgs204_rejections.MESSAGES, *msgs204_invites.MESSAGES, *msgs204_acks.MESSAGES,
             *msgs204_other.MESSAGES]
    for spec in specs:
        check_spec(spec)
    specs.sort(key=lambda s: KIND_ORDER.index(s["kind"]))  # stable: module order within kind
    counters = {k: 0 for k in KIND_ORDER}
    rels, keys = [], {}
    for spec in specs:
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
        rels.append(rel)
        if spec.get("key"):
            assert spec["key"] not in keys, spec["key"]
            keys[spec["key"]] = rel
    msgids = {rel: message_id(rel, spec) for rel, spec in zip(rels, specs, strict=True)}
    assert len(set(msgids.values())) == len(msgids)
    # References: resolve parents in date order so that a parent's chain is known first.
    refs: dict[str, list[str]] = {}
    order = sorted(range(len(specs)), key=lambda i: when(specs[i]["date"]))
    resolved = []
    for i in order:
        spec, rel = specs[i], rels[i]
        if spec.get("parent"):
            parent_rel = keys[spec["parent"]]
            assert parent_rel in refs, f"{rel}: parent {spec['parent']} is not earlier"
            spec = {**spec, "parent": parent_rel}
            refs[rel] = refs[parent_rel] + [msgids[parent_rel]]
        else:
            refs[rel] = []
        resolved.append((rel, spec))
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    for kind in KIND_ORDER:
        (HERE / kind).mkdir(exist_ok=True)
    by_rel = dict(resolved)
    rows = []
    for rel in rels:
        spec = by_rel[rel]
        try:
            raw = build(spec, rel, msgids, refs)
        except (ValueError, UnicodeError) as error:
            raise SystemExit(f"{rel}: {error}") from error
        verify(raw, spec, rel)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for row in rows:
        counts[(row[1], row[4])] = counts.get((row[1], row[4]), 0) + 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in ("es", "en", "fr", "de")) + "  all")
    for kind in KIND_ORDER:
        cells = [counts.get((kind, lang), 0) for lang in ("es", "en", "fr", "de")]
        print(f"{kind:32}" + "".join(f"{c:5}" for c in cells) + f"{sum(cells):5}")


if __name__ == "__main__":
    main()
