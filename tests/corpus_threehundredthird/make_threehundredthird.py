"""Build corpus 303 (Dimitri Papadakis, transport operations) from the hand-written specs.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder, then
re-parses every message and checks it. Same bytes on every run.

    python tests/corpus_threehundredthird/make_threehundredthird.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import sys
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parsedate_to_datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import msgs303_acks  # noqa: E402
import msgs303_invites  # noqa: E402
import msgs303_other  # noqa: E402
import msgs303_rejections  # noqa: E402
from msgs303_common import (  # noqa: E402
    ME,
    attribution,
    html_shell,
    outlook_block,
    paras,
    quote_lines,
)

Spec = dict[str, Any]
KINDS = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)
LEGAL_FORMS = ("GmbH", "AG", "SA", "S.A.", "S.L.", "SL", "SAS", "SARL", "Ltd", "Inc", "KG",
               "e.V.", "mbH", "S.A.U.", "SE", "GmbH & Co. KG", "LLC")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
NL = "\n"
POLICY = email.policy.default


# ---------------------------------------------------------------- header helpers

def encoded_words(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    """RFC 2047 encoded words for the whole text; spaces stay inside the words."""
    chunks: list[str] = []
    current = ""
    for ch in text:
        trial = current + ch
        raw = trial.encode(charset)
        size = len(base64.b64encode(raw)) if enc == "B" else len(_q(raw))
        if size > 45 and current:
            chunks.append(current)
            current = ch
        else:
            current = trial
    if current:
        chunks.append(current)
    words = []
    for chunk in chunks:
        raw = chunk.encode(charset)
        payload = base64.b64encode(raw).decode() if enc == "B" else _q(raw)
        words.append(f"=?{charset}?{enc}?{payload}?=")
    return "\n ".join(words)


def _q(raw: bytes) -> str:
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def fmt_addr(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc or not name.isascii():
        charset, how = enc or ("utf-8", "Q")
        return f"{encoded_words(name, charset, how)} <{addr}>"
    escaped = name.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}" <{addr}>'


def fold(name: str, value: str) -> str:
    """name: value, folded at spaces so lines stay short (ASCII values only)."""
    line = f"{name}: "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " "
        line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def header_subject(spec: Spec) -> str:
    subject = spec["subject"]
    enc = spec.get("subj_enc")
    if enc or not subject.isascii():
        charset, how = enc or ("utf-8", "Q")
        return "Subject: " + encoded_words(subject, charset, how)
    return fold("Subject", subject)


# ---------------------------------------------------------------- body helpers

def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the given ASCII lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n"
              f"{xref}\n%%EOF\n".encode())
    return out.getvalue()


TZ_BLOCKS = {
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Paris": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Madrid": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Zurich": ("+0100", "+0200", "CET", "CEST"),
    "Europe/Vienna": ("+0100", "+0200", "CET", "CEST"),
}


def make_ics(ics: Spec, organizer: tuple[str, str], uid_seed: str) -> str:
    tz = ics.get("tz", "Europe/Berlin")
    std, dst, std_name, dst_name = TZ_BLOCKS[tz]
    method = ics.get("method", "REQUEST")
    uid = ics.get("uid") or hashlib.sha1(uid_seed.encode()).hexdigest()[:20] + "@cal.example.net"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Example Calendar//Mail 4.2//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VTIMEZONE",
        f"TZID:{tz}",
        "BEGIN:DAYLIGHT",
        f"TZOFFSETFROM:{std}",
        f"TZOFFSETTO:{dst}",
        f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        f"TZOFFSETFROM:{dst}",
        f"TZOFFSETTO:{std}",
        f"TZNAME:{std_name}",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{ics['stamp']}",
        f"DTSTART;TZID={tz}:{ics['start']}",
        f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{ics['summary']}",
        f"LOCATION:{ics.get('location', '')}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={ME[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ME[1]}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(fold_ics(line) for line in lines) + "\n"


def fold_ics(line: str) -> str:
    """RFC 5545 folding: content lines of at most 75 octets, continued with one space."""
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return "\n ".join(out)


def text_part(text: str, subtype: str, charset: str, cte: str | None,
              params: dict[str, str] | None = None) -> EmailMessage:
    part = EmailMessage(policy=POLICY)
    part.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params or {})
    del part["MIME-Version"]
    return part


def container(subtype: str, boundary: str, parts: list[EmailMessage]) -> EmailMessage:
    box = EmailMessage(policy=POLICY)
    box["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for part in parts:
        box.attach(part)
    return box


# ---------------------------------------------------------------- building

def full_text(spec: Spec, by_id: dict[str, Spec]) -> str:
    text = spec["text"].strip("\n")
    parent_id = spec.get("parent")
    style = spec.get("quote")
    if parent_id and style:
        parent = by_id[parent_id]
        when = parsedate_to_datetime(_date(parent))
        ptext = full_text(parent, by_id) if parent.get("text") else ""
        if style == "outlook":
            to = parent.get("to", [ME])[0]
            block = outlook_block(spec["lang"], when, parent["frm"][0], parent["frm"][1],
                                  f"{to[0]} <{to[1]}>", parent["subject"])
            text = f"{text}\n\n{block}\n{ptext}"
        else:
            att = attribution(spec["lang"], when, parent["frm"][0], parent["frm"][1])
            text = f"{text}\n\n{att}\n{quote_lines(ptext)}"
    return text


def _date(spec: Spec) -> str:
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    return format_datetime(when)


def message_id(spec: Spec) -> str:
    digest = hashlib.sha1(spec["id"].encode()).hexdigest()
    domain = spec["frm"][1].split("@")[1]
    return f"<{digest[:12]}.{digest[12:20]}@{domain}>"


def references(spec: Spec, by_id: dict[str, Spec]) -> list[str]:
    parent_id = spec.get("parent")
    if not parent_id:
        return []
    parent = by_id[parent_id]
    return [*references(parent, by_id), message_id(parent)]


def body_tree(spec: Spec, by_id: dict[str, Spec]) -> EmailMessage:
    seed = hashlib.sha1(spec["id"].encode()).hexdigest()
    charset = spec.get("cs", "utf-8")
    cte = spec.get("cte")
    text = full_text(spec, by_id)
    html = spec.get("html")
    if html is True:
        html = html_shell(paras(text), spec.get("brand") or spec.get("company")
                          or spec["frm"][0], spec.get("footer", ""))
    alternatives: list[EmailMessage] = []
    if not spec.get("html_only"):
        alternatives.append(text_part(text, "plain", charset, cte))
    if html:
        alternatives.append(text_part(html, "html", charset, spec.get("html_cte", cte)))
    ics = spec.get("ics")
    attachments: list[EmailMessage] = []
    if ics:
        cal = make_ics(ics, spec.get("organizer") or spec["frm"], spec["id"] + ics.get(
            "uid_seed", ""))
        cal_cte = spec.get("ics_cte") or ("7bit" if cal.isascii() else "8bit")
        cal_part = text_part(cal, "calendar", "utf-8", cal_cte,
                             {"method": ics.get("method", "REQUEST")})
        if ics.get("attach"):
            cal_part.add_header("Content-Disposition", "attachment", filename="invite.ics")
            attachments.append(cal_part)
        else:
            alternatives.append(cal_part)
    for name, lines in spec.get("pdf", []):
        pdf = EmailMessage(policy=POLICY)
        pdf.set_content(make_pdf(lines), maintype="application", subtype="pdf",
                        disposition="attachment", filename=name)
        del pdf["MIME-Version"]
        attachments.append(pdf)
    if spec.get("fwd"):
        inner_spec = spec["fwd"]
        inner = email.message_from_bytes(build(inner_spec, by_id), policy=POLICY)
        wrapper = EmailMessage(policy=POLICY)
        wrapper.set_content(inner)
        del wrapper["MIME-Version"]
        attachments.append(wrapper)
    if len(alternatives) == 1:
        core = alternatives[0]
    else:
        core = container("alternative", f"=_alt_{seed[:16]}", alternatives)
    if attachments:
        return container("mixed", f"=_mix_{seed[16:32]}", [core, *attachments])
    return core


def build(spec: Spec, by_id: dict[str, Spec]) -> bytes:
    tree = body_tree(spec, by_id)
    heads = [f"From: {fmt_addr(spec['frm'], spec.get('name_enc'))}"]
    heads.append("To: " + ", ".join(fmt_addr(a) for a in spec.get("to", [ME])))
    if spec.get("cc"):
        heads.append("Cc: " + ", ".join(fmt_addr(a) for a in spec["cc"]))
    if spec.get("reply"):
        heads.append(f"Reply-To: {fmt_addr(spec['reply'])}")
    heads.append(header_subject(spec))
    heads.append(f"Date: {_date(spec)}")
    heads.append(f"Message-ID: {message_id(spec)}")
    refs = references(spec, by_id)
    if refs:
        heads.append(f"In-Reply-To: {refs[-1]}")
        heads.append(fold("References", " ".join(refs)))
    for name, value in spec.get("hdr", {}).items():
        heads.append(fold(name, value))
    heads.append("MIME-Version: 1.0")
    body = tree.as_bytes(policy=POLICY)
    return ("\n".join(heads) + "\n").encode("ascii") + body


# ---------------------------------------------------------------- checks

def all_defects(message: EmailMessage) -> list[object]:
    return [d for part in message.walk() for d in part.defects]


def check(spec: Spec, data: bytes, by_id: dict[str, Spec]) -> None:
    name = spec["id"]
    msg = email.message_from_bytes(data, policy=POLICY)
    assert not all_defects(msg), (name, all_defects(msg))
    assert str(msg["subject"]) == spec["subject"], (name, str(msg["subject"]))
    frm = msg["from"].addresses[0]
    assert frm.display_name == spec["frm"][0], (name, frm.display_name)
    assert frm.addr_spec == spec["frm"][1], name
    assert msg["date"].datetime == datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z"), name
    assert msg["date"].datetime.year == 2026, name
    texts = [p.get_content().rstrip("\n") for p in msg.walk()
             if p.get_content_type() == "text/plain"
             and p.get_content_disposition() != "attachment"]
    if not spec.get("html_only"):
        assert full_text(spec, by_id).rstrip("\n") in texts, name
    htmls = [p.get_content() for p in msg.walk() if p.get_content_type() == "text/html"]
    if spec.get("html"):
        assert htmls and htmls[0].strip(), name
    # label rules
    kind, company, contact = spec["kind"], spec["company"], label_contact(spec)
    assert kind in KINDS, name
    assert spec["lang"] in ("de", "en", "fr", "es"), name
    if kind == "other":
        assert company == "", name
    else:
        assert company and company == company.strip(), name
        for form in LEGAL_FORMS:
            assert not company.endswith(" " + form), (name, company)
    if spec["frm"][1] == ME[1]:
        assert kind == "other" and contact == "", name
    if contact:
        assert contact == contact.lower(), name
        heads = [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])]
        assert contact in [a.lower() for _, a in getaddresses(heads)], name
        domain = contact.split("@")[1]
        assert not any(domain.endswith(d) for d in ATS_DOMAINS), name
        assert not contact.startswith(("noreply", "no-reply", "donotreply")), name


def label_contact(spec: Spec) -> str:
    how = spec.get("contact", "")
    if how == "from":
        return spec["frm"][1].lower()
    if how == "reply":
        return spec["reply"][1].lower()
    return how.lower()


def main() -> None:
    specs: list[Spec] = [
        *msgs303_acks.MESSAGES, *msgs303_invites.MESSAGES,
        *msgs303_rejections.MESSAGES, *msgs303_other.MESSAGES,
    ]
    by_id: dict[str, Spec] = {}
    for spec in specs:
        assert spec["id"] not in by_id, spec["id"]
        by_id[spec["id"]] = spec
    specs.sort(key=lambda s: (datetime.strptime(s["date"], "%Y-%m-%d %H:%M %z"), s["id"]))
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    seen_ids: set[str] = set()
    for number, spec in enumerate(specs, start=1):
        data = build(spec, by_id)
        check(spec, data, by_id)
        mid = message_id(spec)
        assert mid not in seen_ids, spec["id"]
        seen_ids.add(mid)
        rel = f"{spec['kind']}/{number:03d}_{spec['id']}.eml"
        target = HERE / rel
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], label_contact(spec), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    counts: dict[tuple[str, str], int] = {}
    for _, kind, _, _, lang in rows:
        counts[kind, lang] = counts.get((kind, lang), 0) + 1
    print(f"{len(rows)} messages")
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in ("de", "en", "fr", "es")) + "  sum")
    for kind in KINDS:
        cells = [counts.get((kind, lang), 0) for lang in ("de", "en", "fr", "es")]
        print(f"{kind:32}" + "".join(f"{c:>5}" for c in cells) + f"{sum(cells):>5}")
    totals = [sum(v for (_, la), v in counts.items() if la == lang)
              for lang in ("de", "en", "fr", "es")]
    print(f"{'total':32}" + "".join(f"{c:>5}" for c in totals) + f"{sum(totals):>5}")


if __name__ == "__main__":
    main()
