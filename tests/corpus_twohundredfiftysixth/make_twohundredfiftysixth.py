#!/usr/bin/env python3
"""Build corpus 256 (blind, hand-written): every .eml and labels.csv from the msgs256_* specs.

Run from the repository root:  python tests/corpus_twohundredfiftysixth/make_twohundredfiftysixth.py
Standard library only. It deletes and rewrites only *.eml and labels.csv in its own folder.

A spec is a dict:
  kind, name, lang, company, contact      -- the label (name becomes <nnn>_<name>.eml)
  frm=(display, addr), frm_enc=(charset, "Q"|"B")   -- the From header
  to=[(display, addr)], cc=[...], reply_to=(display, addr), reply_enc=(charset, enc)
  subject, subj_enc=(charset, "Q"|"B")     -- encoded-word subject (a Re:/AW: prefix stays plain)
  date="2026-03-04 09:12 +0100", id="key", refs=["key", ...]  (In-Reply-To = the last ref)
  headers=[(name, value)]                  -- extra raw ASCII headers
  text / html                              -- bodies; cs/cte and html_cs/html_cte pick encodings
  ics=dict(...), ics_file=True             -- a calendar part (inline, or also as invite.ics)
  pdf=(filename, [lines])                  -- a small valid PDF attachment
  fwd=spec                                 -- a whole earlier message attached as message/rfc822
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
from email.generator import BytesGenerator
from email.message import Message
from email.quoprimime import header_encode as _q_header_encode
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs256_acks  # noqa: E402
import msgs256_common as C  # noqa: E402
import msgs256_invites  # noqa: E402
import msgs256_other  # noqa: E402
import msgs256_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["de", "en", "fr", "es"]
NL = "\n"
POLICY = email.policy.compat32.clone(linesep=NL)


# --------------------------------------------------------------------------- headers


def _word(chunk: str, charset: str, enc: str) -> str:
    raw = chunk.encode(charset)
    if enc.upper() == "B":
        return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
    inner = _q_header_encode(raw, charset)  # '=?cs?q?...?='
    return inner.replace("?q?", "?Q?", 1)


def encoded_words(text: str, charset: str, enc: str) -> str:
    """text as RFC 2047 encoded words of at most 75 characters, folded between words."""
    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(_word(chunk + ch, charset, enc)) > 72:
            words.append(_word(chunk, charset, enc))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_word(chunk, charset, enc))
    return f"{NL} ".join(words)


def fold_ascii(value: str, width: int = 76) -> str:
    """Fold a plain header value at spaces so no line is longer than width."""
    out, line = [], ""
    for word in value.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return f"{NL} ".join(out)


def subject_header(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and subject.isascii():
        return fold_ascii(subject)
    charset, kind = enc or ("utf-8", "Q")
    for prefix in ("Re: ", "RE: ", "AW: ", "Aw: ", "WG: ", "Fwd: ", "TR: ", "RV: ", "Fw: "):
        if subject.startswith(prefix) and not subject[len(prefix):].startswith(" "):
            return prefix + encoded_words(subject[len(prefix):], charset, kind)
    return encoded_words(subject, charset, kind)


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and enc is None:
        return formataddr((name, addr))
    charset, kind = enc or ("utf-8", "Q")
    return f"{encoded_words(name, charset, kind)} <{addr}>"


def address_list(pairs: list[tuple[str, str]]) -> str:
    return f",{NL} ".join(address(p) for p in pairs)


def msgid(key: str, domain: str) -> str:
    digest = hashlib.sha1(f"corpus256:{key}".encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


# --------------------------------------------------------------------------- bodies


def encode_body(text: str, charset: str, cte: str) -> str:
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "7bit" and not raw.isascii():
        raise ValueError("7bit body with non-ASCII text")
    return raw.decode("ascii", "surrogateescape")


def leaf(maintype_sub: str, body: str, charset: str, cte: str | None,
         params: str = "", disposition: str | None = None) -> Message:
    part = Message()
    if cte is None:
        cte = "7bit" if body.isascii() else "quoted-printable"
    part["Content-Type"] = f'{maintype_sub}; charset="{charset}"{params}'
    part["Content-Transfer-Encoding"] = cte
    if disposition:
        part["Content-Disposition"] = disposition
    part.set_payload(encode_body(body, charset, cte))
    return part


def binary(content_type: str, data: bytes, filename: str) -> Message:
    part = Message()
    part["Content-Type"] = f'{content_type}; name="{filename}"'
    part["Content-Transfer-Encoding"] = "base64"
    part["Content-Disposition"] = f'attachment; filename="{filename}"'
    part.set_payload(base64.encodebytes(data).decode("ascii"))
    return part


def multipart(subtype: str, boundary: str, parts: list[Message]) -> Message:
    part = Message()
    part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for p in parts:
        part.attach(p)
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF that shows lines (ASCII) in Helvetica."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
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
    for number, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n"
              "%%EOF\n".encode())
    return out.getvalue()


def ical_fold(line: str) -> str:
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return NL.join(out)


def ics_text(ics: dict, stamp: str) -> str:
    """A VCALENDAR with one VEVENT (times in UTC) from an ics spec."""
    org_name, org_addr = ics["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{ics.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0",
        f"METHOD:{ics['method']}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{ics['start']}",
        f"DTEND:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
    ]
    if ics.get("location"):
        lines.append(f"LOCATION:{ics['location']}")
    if ics.get("description"):
        lines.append("DESCRIPTION:" + ics["description"].replace("\n", "\\n"))
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    if ics["method"] != "CANCEL":
        lines.append(
            "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
            f'CN="{C.CANDIDATE_NAME}":mailto:{C.CANDIDATE_ADDR}'
        )
    else:
        lines.append(f'ATTENDEE;CN="{C.CANDIDATE_NAME}":mailto:{C.CANDIDATE_ADDR}')
    lines.append(f"STATUS:{ics.get('status', 'CANCELLED' if ics['method'] == 'CANCEL' else 'CONFIRMED')}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return NL.join(ical_fold(line) for line in lines) + NL


# --------------------------------------------------------------------------- one message


class Built:
    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []  # (content type, decoded text) in walk order
        self.counter = 0


def boundary(key: str, n: int) -> str:
    digest = hashlib.sha1(f"b256:{key}:{n}".encode()).hexdigest()[:20]
    return f"----=_Part_256_{n}_{digest}"


def body_tree(spec: dict, key: str, stamp: str, built: Built, ids: dict[str, str]) -> Message:
    """The MIME tree of one spec (without its top-level address headers)."""
    def nb() -> str:
        built.counter += 1
        return boundary(key, built.counter)

    text, html, ics = spec.get("text"), spec.get("html"), spec.get("ics")
    alternatives: list[Message] = []
    if text is not None:
        alternatives.append(leaf("text/plain", text, spec.get("cs", "utf-8"), spec.get("cte")))
        built.texts.append(("text/plain", text))
    if html is not None:
        alternatives.append(leaf("text/html", html, spec.get("html_cs", "utf-8"),
                                 spec.get("html_cte")))
        built.texts.append(("text/html", html))
    cal = None
    if ics is not None:
        cal = ics_text(ics, stamp)
        cal_cte = "7bit" if cal.isascii() else spec.get("ics_cte", "quoted-printable")
        alternatives.append(leaf("text/calendar", cal, "utf-8", cal_cte,
                                 params=f"; method={ics['method']}"))
        built.texts.append(("text/calendar", cal))
    if not alternatives:
        raise ValueError(f"{key}: no body")
    body = alternatives[0] if len(alternatives) == 1 else multipart(
        "alternative", nb(), alternatives)

    attachments: list[Message] = []
    if cal is not None and spec.get("ics_file"):
        attachments.append(binary("application/ics", cal.encode("utf-8"), "invite.ics"))
    if spec.get("pdf"):
        filename, lines = spec["pdf"]
        attachments.append(binary("application/pdf", pdf_bytes(lines), filename))
    if spec.get("fwd"):
        inner_built = Built()
        inner = render(spec["fwd"], f"{key}/fwd", inner_built, ids)
        part = Message()
        part["Content-Type"] = "message/rfc822"
        part["Content-Disposition"] = 'attachment; filename="forwarded.eml"'
        part.set_payload(inner.decode("ascii", "surrogateescape"))
        attachments.append(part)
        built.texts.extend(inner_built.texts)
    if not attachments:
        return body
    return multipart("mixed", nb(), [body, *attachments])


def render(spec: dict, key: str, built: Built, ids: dict[str, str]) -> bytes:
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    frm = spec["frm"]
    head = [f"From: {address(frm, spec.get('frm_enc'))}"]
    to = spec.get("to", [C.ME])
    head.append(f"To: {address_list(to)}")
    if spec.get("cc"):
        head.append(f"Cc: {address_list(spec['cc'])}")
    if spec.get("reply_to"):
        head.append(f"Reply-To: {address(spec['reply_to'], spec.get('reply_enc'))}")
    head.append(f"Subject: {subject_header(spec['subject'], spec.get('subj_enc'))}")
    head.append(f"Date: {format_datetime(when)}")
    spec_id = spec.get("id", key)
    head.append(f"Message-ID: {ids[spec_id] if spec_id in ids else msgid(spec_id, frm[1].split('@')[1])}")
    refs = spec.get("refs", [])
    if refs:
        ref_ids = [ids.get(r) or msgid(r, "example.at") for r in refs]
        head.append(f"In-Reply-To: {ref_ids[-1]}")
        head.append("References: " + f"{NL} ".join(ref_ids))
    for name, value in spec.get("headers", []):
        head.append(f"{name}: {value}")
    head.append("MIME-Version: 1.0")
    tree = body_tree(spec, key, stamp, built, ids)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=POLICY).flatten(tree)
    return (NL.join(head) + NL).encode("ascii") + buf.getvalue()


# --------------------------------------------------------------------------- checks


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check(spec: dict, data: bytes, built: Built, where: str) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"header {name} defects {value.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {msg['subject']!r} != {spec['subject']!r}")
    got = [(p.get_content_type(), p.get_content()) for p in msg.walk()
           if p.get_content_maintype() == "text"]
    want = built.texts
    if [t for t, _ in got] != [t for t, _ in want]:
        problems.append(f"text parts {[t for t, _ in got]} != {[t for t, _ in want]}")
    else:
        for (ctype, g), (_, w) in zip(got, want, strict=True):
            if norm(g) != norm(w):
                problems.append(f"{ctype} body does not round-trip")
    if msg["date"].datetime.year != 2026:
        problems.append("date not in 2026")
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[name] is None:
            problems.append(f"missing {name}")
    contact = spec["contact"]
    if contact:
        values = [str(v) for n in ("Reply-To", "From") for v in msg.get_all(n, [])]
        if contact not in [a.lower() for _, a in getaddresses(values)]:
            problems.append(f"contact {contact} not in Reply-To/From")
    if problems:
        raise SystemExit(f"{where}: " + "; ".join(problems))


# --------------------------------------------------------------------------- main


def all_specs() -> list[dict]:
    return [*msgs256_rejections.MESSAGES, *msgs256_invites.MESSAGES,
            *msgs256_acks.MESSAGES, *msgs256_other.MESSAGES]


def main() -> None:
    specs = all_specs()
    names = Counter((s["kind"], s["name"]) for s in specs)
    dupes = [n for n, c in names.items() if c > 1]
    if dupes:
        raise SystemExit(f"duplicate scenario names: {dupes}")
    ids: dict[str, str] = {}
    for spec in specs:
        key = spec.get("id")
        if key:
            if key in ids:
                raise SystemExit(f"duplicate id {key}")
            ids[key] = msgid(key, spec["frm"][1].split("@")[1])

    for path in HERE.glob("*/*.eml"):
        path.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)

    numbers: Counter[str] = Counter()
    rows = []
    seen_ids: set[str] = set()
    for spec in specs:
        kind = spec["kind"]
        if kind not in KINDS or spec["lang"] not in LANGS:
            raise SystemExit(f"bad kind/lang in {spec['name']}")
        if (kind == "other") == bool(spec["company"]):
            raise SystemExit(f"company rule broken in {spec['name']}")
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['name']}.eml"
        key = spec.get("id") or f"{kind}/{spec['name']}"
        built = Built()
        try:
            data = render(spec, key, built, ids)
        except (UnicodeEncodeError, ValueError, KeyError) as error:
            raise SystemExit(f"{rel}: cannot render: {error}") from error
        check(spec, data, built, rel)
        mid = email.message_from_bytes(data, policy=email.policy.default)["message-id"]
        if mid in seen_ids:
            raise SystemExit(f"duplicate Message-ID in {rel}")
        seen_ids.add(mid)
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])

    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table = Counter((r[1], r[4]) for r in rows)
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        print(f"{kind:32}" + "".join(f"{table[kind, lang]:5d}" for lang in LANGS)
              + f"  {sum(table[kind, lang] for lang in LANGS):5d}")
    print(f"{'total':32}" + "".join(
        f"{sum(table[k, lang] for k in KINDS):5d}" for lang in LANGS) + f"  {len(rows):5d}")


if __name__ == "__main__":
    main()
