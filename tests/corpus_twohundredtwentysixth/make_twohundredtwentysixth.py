"""Build corpus 226 (Renata Vogelsang-Ibáñez) from the hand-written specs in msgs226_*.py.

Run from the repository root:  python tests/corpus_twohundredtwentysixth/make_twohundredtwentysixth.py

Standard library only. Header blocks are written by hand so that encoded words can use
utf-8, iso-8859-1 or windows-1252 with Q or B encoding; bodies are encoded here (7bit, 8bit,
quoted-printable, base64). Boundaries, Message-IDs and dates are deterministic. Every written
message is parsed back with the default policy and checked: no defects, the subject, the
display names and every text body round-trip. Only *.eml and labels.csv in this folder are
deleted and rewritten.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs226_acks  # noqa: E402
import msgs226_common as common  # noqa: E402
import msgs226_invites  # noqa: E402
import msgs226_other  # noqa: E402
import msgs226_rejections  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = ["es", "en", "fr", "de"]

# --- dates -------------------------------------------------------------------------------


def _offset(zone: str, day: date) -> timedelta:
    summer = date(2026, 3, 29) <= day < date(2026, 10, 25)
    if zone == "eu":
        return timedelta(hours=2 if summer else 1)
    if zone == "pt":
        return timedelta(hours=1 if summer else 0)
    if zone == "mx":
        return timedelta(hours=-6)
    if zone == "utc":
        return timedelta(0)
    raise ValueError(zone)


def when(stamp: str, zone: str) -> datetime:
    naive = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return naive.replace(tzinfo=timezone(_offset(zone, naive.date())))


# --- encoded words -----------------------------------------------------------------------

_Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _word(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        payload = "".join(
            "_" if b == 0x20 else chr(b) if b in _Q_SAFE else f"={b:02X}" for b in raw)
    return f"=?{charset}?{enc}?{payload}?="


def encoded_words(text: str, charset: str, enc: str, limit: int = 72) -> list[str]:
    """`text` as encoded words no longer than `limit`, each holding whole characters."""
    words, current = [], ""
    for ch in text:
        if current and len(_word(current + ch, charset, enc)) > limit:
            words.append(_word(current, charset, enc))
            current = ch
        else:
            current += ch
    if current:
        words.append(_word(current, charset, enc))
    return words


def _fold(name: str, tokens: list[str]) -> str:
    lines, line = [], f"{name}:"
    for token in tokens:
        if len(line) + 1 + len(token) > 76 and line != f"{name}:":
            lines.append(line)
            line = " " + token
        else:
            line += " " + token
    lines.append(line)
    return "\n".join(lines)


def unstructured(name: str, value: str, mode: str) -> str:
    """A Subject-like header; non-ASCII runs as encoded words in `mode` ("utf-8/Q" ...)."""
    charset, enc = mode.split("/")
    if value.isascii():
        return _fold(name, value.split(" "))
    if enc == "B":
        return _fold(name, encoded_words(value, charset, enc))
    tokens: list[str] = []
    run: list[str] = []
    for word in value.split(" "):
        if word.isascii():
            if run:
                tokens += encoded_words(" ".join(run), charset, enc)
                run = []
            tokens.append(word)
        else:
            run.append(word)
    if run:
        tokens += encoded_words(" ".join(run), charset, enc)
    return _fold(name, tokens)


_SPECIALS = set('()<>[]:;@\\,."')


def mailbox(pair: tuple[str, str], mode: str) -> list[str]:
    name, addr = pair
    if not name:
        return [f"<{addr}>"]
    if not name.isascii():
        charset, enc = mode.split("/")
        return [*encoded_words(name, charset, enc), f"<{addr}>"]
    if any(ch in _SPECIALS for ch in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return [f'"{escaped}"', f"<{addr}>"]
    return [*name.split(" "), f"<{addr}>"]


def address_header(name: str, pairs: list[tuple[str, str]], mode: str) -> str:
    tokens: list[str] = []
    for i, pair in enumerate(pairs):
        part = mailbox(pair, mode)
        if i < len(pairs) - 1:
            part[-1] += ","
        tokens += part
    return _fold(name, tokens)


# --- bodies ------------------------------------------------------------------------------


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"=\n"
    if cte == "7bit":
        assert data.isascii(), "7bit body with non-ASCII bytes"
    assert all(len(line) < 990 for line in data.split(b"\n")), "line too long for 7/8bit"
    return data if data.endswith(b"\n") else data + b"\n"


def _cte_name(cte: str) -> str:
    return {"qp": "quoted-printable", "b64": "base64"}.get(cte, cte)


def leaf(headers: list[str], payload: bytes) -> dict:
    return {"headers": headers, "body": payload}


def text_leaf(text: str, subtype: str, charset: str, cte: str, extra: str = "") -> dict:
    cte = _cte_name(cte)
    data = text.encode(charset)
    if cte in ("7bit", "8bit"):
        cte = "7bit" if data.isascii() else "8bit"
    params = f'; charset="{charset}"' + extra
    return leaf([f"Content-Type: text/{subtype}{params}",
                 f"Content-Transfer-Encoding: {cte}"], encode_body(data, cte))


def multipart(subtype: str, boundary: str, parts: list[dict]) -> dict:
    return {"multipart": subtype, "boundary": boundary, "parts": parts}


def render(node: dict) -> tuple[list[str], bytes]:
    """(MIME header lines, body bytes) of a part tree."""
    if "multipart" not in node:
        return node["headers"], node["body"]
    b = node["boundary"]
    chunks = [b"This is a multi-part message in MIME format.\n"]
    for part in node["parts"]:
        headers, body = render(part)
        chunks.append(f"\n--{b}\n".encode() + "\n".join(headers).encode() + b"\n\n" + body)
    chunks.append(f"\n--{b}--\n".encode())
    return [f'Content-Type: multipart/{node["multipart"]};\n boundary="{b}"'], b"".join(chunks)


# --- PDF and iCalendar -------------------------------------------------------------------


def _pdf_str(text: str) -> str:
    raw = text.encode("cp1252", errors="replace")
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch in "\\()":
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    return "(" + "".join(out) + ")"


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page PDF (Helvetica, WinAnsi) with the given lines, xref offsets computed."""
    stream_lines = ["BT", "/F1 11 Tf", "56 780 Td", "15 TL"]
    for line in lines:
        stream_lines.append(f"{_pdf_str(line)} Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Title " + _pdf_str(title).encode("ascii") + b" /Producer (corpus226) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


_VTZ = {
    "eu": ("Europe/Madrid", "+0100", "+0200", "CET", "CEST"),
    "pt": ("Europe/Lisbon", "+0000", "+0100", "WET", "WEST"),
}


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0], *(" " + piece for piece in out[1:])]


def make_ics(spec: dict, dtstamp: datetime) -> str:
    tzid, std, dst, std_name, dst_name = _VTZ[spec.get("tz", "eu")]
    start = datetime.strptime(spec["start"], "%Y-%m-%d %H:%M")
    end = datetime.strptime(spec["end"], "%Y-%m-%d %H:%M")
    method = spec.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else spec.get("status", "CONFIRMED")
    org_name, org_addr = spec["organizer"]
    stamp = dtstamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR", f"PRODID:{spec.get('prodid', '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN')}",
        "VERSION:2.0", f"METHOD:{method}",
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{spec['uid']}", f"SEQUENCE:{spec.get('seq', 0)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{_ics_text(spec['summary'])}",
    ]
    if spec.get("location"):
        lines.append(f"LOCATION:{_ics_text(spec['location'])}")
    if spec.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(spec['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for att_name, att_addr in spec.get("attendees", [common.CAND]):
        lines.append(f'ATTENDEE;CN="{att_name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     f"RSVP=TRUE:mailto:{att_addr}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --- one message -------------------------------------------------------------------------


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def build_body(spec: dict, tag: str, stamp: datetime) -> dict:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte", "qp")
    html_cte = spec.get("html_cte", cte)
    layout = spec.get("layout", "plain")
    text = spec["text"]
    html = spec.get("html")
    if layout in ("html", "alt") and html is None:
        shell = spec.get("look", "simple")
        if shell == "ats":
            html = common.ats_card(text, spec.get("brand", spec.get("company") or ""),
                                   spec.get("accent", "#2b6cb0"), spec.get("footer", ""))
        elif shell == "word":
            html = common.word_html(text)
        else:
            html = common.simple_html(text)
    if layout == "plain":
        body = text_leaf(text, "plain", charset, cte, spec.get("plain_extra", ""))
    elif layout == "html":
        body = text_leaf(html, "html", charset, html_cte)
    else:
        parts = [text_leaf(text, "plain", charset, cte), text_leaf(html, "html", charset, html_cte)]
        ics = spec.get("ics")
        if ics and ics.get("inline", True):
            cal = make_ics(ics, stamp)
            parts.append(text_leaf(cal.replace("\r\n", "\n"), "calendar", "utf-8", "8bit",
                                   f'; method={ics.get("method", "REQUEST")}'))
        body = multipart("alternative", f"alt226_{tag}", parts)
    attachments = []
    ics = spec.get("ics")
    if ics and (layout != "alt" or not ics.get("inline", True)):
        cal = make_ics(ics, stamp)
        fname = ics.get("filename", "invite.ics")
        attachments.append(leaf(
            [f'Content-Type: text/calendar; charset="utf-8"; method={ics.get("method", "REQUEST")};'
             f'\n name="{fname}"',
             f'Content-Disposition: attachment; filename="{fname}"',
             "Content-Transfer-Encoding: base64"],
            encode_body(cal.encode("utf-8"), "base64")))
    for att in spec.get("attach", []):
        if att["type"] == "pdf":
            fname = att["filename"]
            if fname.isascii():
                disp = f'attachment; filename="{fname}"'
                ctype = f'application/pdf; name="{fname}"'
            else:
                from urllib.parse import quote as urlquote
                disp = f"attachment;\n filename*=utf-8''{urlquote(fname)}"
                ctype = "application/pdf"
            attachments.append(leaf(
                [f"Content-Type: {ctype}", f"Content-Disposition: {disp}",
                 "Content-Transfer-Encoding: base64"],
                encode_body(make_pdf(att["title"], att["lines"]), "base64")))
        elif att["type"] == "eml":
            inner = build_message(att["message"], f"{tag}i", {}, {})
            attachments.append(leaf(
                ["Content-Type: message/rfc822",
                 f'Content-Disposition: attachment; filename="{att.get("filename", "message.eml")}"'],
                inner))
        else:
            raise ValueError(att["type"])
    if attachments:
        return multipart("mixed", f"mix226_{tag}", [body, *attachments])
    return body


def build_message(spec: dict, tag: str, ids: dict[str, str], refs: dict[str, list[str]]) -> bytes:
    stamp = when(spec["date"], spec.get("tz", "eu"))
    name_mode = spec.get("name_cs", "utf-8/Q")
    to = spec.get("to", [common.CAND])
    lines = [f"Date: {format_datetime(stamp)}",
             address_header("From", [spec["frm"]], name_mode)]
    if spec.get("reply_to"):
        reply = spec["reply_to"]
        lines.append(address_header("Reply-To", reply if isinstance(reply, list) else [reply],
                                    name_mode))
    lines.append(address_header("To", to, spec.get("to_cs", name_mode)))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], name_mode))
    lines.append(unstructured("Subject", spec["subject"], spec.get("subj_cs", "utf-8/Q")))
    key = spec.get("key") or tag
    msgid = ids.get(key) or f"<{tag}.{hashlib.sha1(tag.encode()).hexdigest()[:10]}@" \
                            f"{domain_of(spec['frm'][1])}>"
    lines.append(f"Message-ID: {msgid}")
    parent = spec.get("parent")
    if parent:
        parent_id = ids.get(parent) or f"<{parent}.226@mail.example.mx>"
        chain = [*refs.get(parent, []), parent_id]
        lines.append(f"In-Reply-To: {parent_id}")
        lines.append(_fold("References", chain))
    for name, value in spec.get("headers", []):
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    mime_headers, body = render(build_body(spec, tag, stamp))
    return ("\n".join(lines + mime_headers) + "\n\n").encode("ascii") + body


# --- checks ------------------------------------------------------------------------------


def _norm(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


def check(raw: bytes, spec: dict, rel: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"part defects {part.defects}")
        for name, value in part.items():
            if getattr(value, "defects", None):
                problems.append(f"{name} defects {value.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {msg['subject']!r} != {spec['subject']!r}")
    frm = msg["from"].addresses[0]
    if (frm.display_name, frm.addr_spec) != tuple(spec["frm"]):
        problems.append(f"from {frm.display_name!r} {frm.addr_spec!r}")
    texts = [p for p in msg.walk() if p.get_content_type() in ("text/plain", "text/html")
             and p.get_content_disposition() != "attachment"]
    outer = [p for p in texts if not _inside_rfc822(msg, p)]
    wanted = spec["text"]
    plains = [_norm(p.get_content()) for p in outer if p.get_content_type() == "text/plain"]
    layout = spec.get("layout", "plain")
    if layout != "html" and _norm(wanted) not in plains:
        problems.append("text body does not round-trip")
    if layout != "plain":
        htmls = [p.get_content() for p in outer if p.get_content_type() == "text/html"]
        if not htmls or not all(h.strip() for h in htmls):
            problems.append("html body missing")
        if spec.get("html") and _norm(spec["html"]) not in [_norm(h) for h in htmls]:
            problems.append("html body does not round-trip")
    label_contact = spec.get("contact", "")
    if label_contact:
        seen = [a.lower() for _, a in getaddresses(
            [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
        if label_contact not in seen or label_contact != label_contact.lower():
            problems.append(f"contact {label_contact} not in From/Reply-To")
    if problems:
        raise SystemExit(f"{rel}: " + "; ".join(problems))


def _inside_rfc822(root: email.message.Message, target: email.message.Message) -> bool:
    for part in root.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.walk():
                if sub is target and sub is not part:
                    return True
    return False


# --- main --------------------------------------------------------------------------------


def all_specs() -> list[dict]:
    specs = []
    for module in (msgs226_rejections, msgs226_invites, msgs226_acks, msgs226_other):
        specs += module.MESSAGES
    return specs


def validate(spec: dict) -> None:
    where = spec.get("slug", "?")
    assert spec["kind"] in KINDS, where
    assert spec["lang"] in LANGS, where
    own = spec["frm"][1] == common.CAND_ADDR
    if own:
        assert spec["kind"] == "other" and not spec.get("contact"), where
    if spec["kind"] == "other":
        assert not spec.get("company"), where
    else:
        assert spec.get("company"), where


def main() -> None:
    specs = all_specs()
    counters = dict.fromkeys(KINDS, 0)
    for spec in specs:
        validate(spec)
        counters[spec["kind"]] += 1
        spec["_rel"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
    ids: dict[str, str] = {}
    for n, spec in enumerate(specs, start=1):
        sender = spec["frm"][1]
        digest = hashlib.sha1(spec["_rel"].encode()).hexdigest()[:12].upper()
        stamp = when(spec["date"], spec.get("tz", "eu"))
        msgid = f"<{stamp:%Y%m%d%H%M}.{digest}.{n:03d}@{spec.get('msgid_domain', domain_of(sender))}>"
        spec["_id"] = msgid
        if spec.get("key"):
            assert spec["key"] not in ids, spec["key"]
            ids[spec["key"]] = msgid
    refs: dict[str, list[str]] = {}
    for spec in sorted(specs, key=lambda s: when(s["date"], s.get("tz", "eu"))):
        if spec.get("key"):
            parent = spec.get("parent")
            chain = []
            if parent:
                chain = [*refs.get(parent, []), ids.get(parent) or f"<{parent}.226@mail.example.mx>"]
            refs[spec["key"]] = chain
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    for n, spec in enumerate(specs, start=1):
        key = spec.get("key") or f"_k{n}"
        ids.setdefault(key, spec["_id"])
        spec = {**spec, "key": key}
        tag = f"{n:03d}"
        try:
            raw = build_message(spec, tag, ids, refs)
        except (UnicodeEncodeError, AssertionError) as error:
            raise SystemExit(f"{spec['_rel']}: {type(error).__name__}: {error}") from error
        check(raw, spec, spec["_rel"])
        path = HERE / spec["_rel"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([spec["_rel"], spec["kind"], spec.get("company", ""),
                     spec.get("contact", ""), spec["lang"]])
    rows.sort()
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"wrote {len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:5}" for lang in LANGS)
              + f"  {sum(counts.values()):5}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[lang]:5}" for lang in LANGS) + f"  {len(rows):5}")


if __name__ == "__main__":
    main()
