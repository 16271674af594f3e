"""Build corpus 149 from the hand-written specs in msgs149_*.py (standard library only).

Run from the repository root:  python tests/corpus_hundredfortyninth/make_hundredfortyninth.py

It deletes and rewrites only *.eml and labels.csv inside this folder, then re-parses every message
with the default policy and checks that it has no defects and that subject and bodies round-trip.
"""

from __future__ import annotations

import csv
import email
import email.policy
import hashlib
import io
import sys
from datetime import datetime
from email import charset as _cs
from email.generator import BytesGenerator
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs149_acks  # noqa: E402
import msgs149_invites  # noqa: E402
import msgs149_other  # noqa: E402
import msgs149_rejections  # noqa: E402
from msgs149_common import CANDIDATE  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]


# ---------------------------------------------------------------- headers

def _charset(name: str, header: str | None = None, body: str | None = None) -> _cs.Charset:
    cs = _cs.Charset(name)
    enc = {"Q": _cs.QP, "B": _cs.BASE64, "qp": _cs.QP, "b64": _cs.BASE64, "8bit": None,
           "7bit": None}
    if header:
        cs.header_encoding = enc[header]
    if body is not None:
        cs.body_encoding = enc[body]
    return cs


def encode_words(text: str, enc: tuple[str, str] | None, force: bool = False) -> str:
    """RFC 2047 encoded words for a non-ASCII (or forced) header value."""
    if not force and text.isascii():
        return text
    charset, how = enc or ("utf-8", "Q")
    return Header(text, _charset(charset, header=how)).encode(linesep="\n", maxlinelen=76)


def mailbox(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and not enc:
        return formataddr((name, addr))
    return f"{encode_words(name, enc, force=True)} <{addr}>"


def parse_date(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


# ---------------------------------------------------------------- parts

def _cte_for(text: str, cte: str | None) -> str:
    if cte:
        return cte
    return "7bit" if text.isascii() else "qp"


def text_part(text: str, subtype: str, charset: str, cte: str | None) -> MIMEText:
    how = _cte_for(text, cte)
    if how == "7bit" and not text.isascii():
        how = "qp"
    part = MIMEText(text, subtype, _charset(charset, body=how))
    if how == "7bit":
        del part["Content-Transfer-Encoding"]
        part["Content-Transfer-Encoding"] = "7bit"
    return part


def pdf_bytes(lines: list[str]) -> bytes:
    """A small valid one-page PDF showing the lines (Helvetica, WinAnsi)."""
    def pdf_str(s: str) -> str:
        raw = s.encode("cp1252", "replace").decode("latin-1")
        return "(" + raw.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
    for i, line in enumerate(lines):
        ops.append(("" if i == 0 else "T* ") + pdf_str(line) + " Tj")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R"
        b" >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
              .encode())
    return out.getvalue()


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vtimezone(tz: str) -> list[str]:
    """A VTIMEZONE for the European zones the specs use (EU daylight-saving rules)."""
    std, dst, name_std, name_dst = {
        "Europe/London": ("+0000", "+0100", "GMT", "BST"),
    }.get(tz, ("+0100", "+0200", "CET", "CEST"))
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tz}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{name_dst}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{name_std}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def ics_text(ev: dict) -> str:
    method = ev["method"]
    tz = ev.get("tz", "Europe/Zurich")
    org_name, org_addr = ev["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Corpus149//Hand-written//EN",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        *vtimezone(tz),
        "BEGIN:VEVENT",
        f"UID:{ev['uid']}",
        f"SEQUENCE:{ev.get('seq', 0)}",
        f"DTSTAMP:{ev.get('stamp', '20260101T080000Z')}",
        f"DTSTART;TZID={tz}:{ev['start']}",
        f"DTEND;TZID={tz}:{ev['end']}",
        f"SUMMARY:{_ics_text(ev['summary'])}",
    ]
    if ev.get("location"):
        lines.append(f"LOCATION:{_ics_text(ev['location'])}")
    if ev.get("description"):
        lines.append(f"DESCRIPTION:{_ics_text(ev['description'])}")
    lines.append(f'ORGANIZER;CN="{org_name}":mailto:{org_addr}')
    for name, addr in ev.get("attendees", [CANDIDATE]):
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:'
                     f"mailto:{addr}")
    status = ev.get("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    lines += [f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    # Fold nothing: the specs keep every property line short enough.
    return "\r\n".join(lines) + "\r\n"


def calendar_part(ev: dict) -> MIMEText:
    part = MIMEText(ics_text(ev), "calendar", _charset("utf-8", body="b64"))
    part.set_param("method", ev["method"])
    return part


# ---------------------------------------------------------------- messages

class Ids:
    def __init__(self) -> None:
        self.by_tid: dict[str, str] = {}
        self.parent: dict[str, str | None] = {}

    def references(self, tid: str | None) -> list[str]:
        chain: list[str] = []
        while tid:
            chain.insert(0, self.by_tid[tid])
            tid = self.parent.get(tid)
        return chain


def boundary(seed: str, n: int) -> str:
    return f"=_b149_{hashlib.sha1(f'{seed}/{n}'.encode()).hexdigest()[:20]}"


def body_tree(spec: dict, seed: str) -> MIMEBase:
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    leaves: list[MIMEBase] = []
    if spec.get("text") is not None:
        leaves.append(text_part(spec["text"], "plain", charset, cte))
    if spec.get("html") is not None:
        leaves.append(text_part(spec["html"], "html", spec.get("html_charset", charset),
                                spec.get("html_cte", cte)))
    for ev in spec.get("ics", []):
        if not ev.get("attach_only"):
            leaves.append(calendar_part(ev))
    n = 0
    if len(leaves) == 1:
        core: MIMEBase = leaves[0]
    else:
        n += 1
        core = MIMEMultipart("alternative", boundary=boundary(seed, n))
        for leaf in leaves:
            core.attach(leaf)
    attachments: list[MIMEBase] = []
    for filename, lines in spec.get("pdf", []):
        att = MIMEApplication(pdf_bytes(lines), "pdf")
        att.add_header("Content-Disposition", "attachment", filename=filename)
        attachments.append(att)
    for ev in spec.get("ics", []):
        if ev.get("attach") or ev.get("attach_only"):
            att = MIMEApplication(ics_text(ev).encode("utf-8"), "ics")
            att.add_header("Content-Disposition", "attachment", filename=ev.get("file", "invite.ics"))
            attachments.append(att)
    if spec.get("rfc822"):
        inner = build_message(spec["rfc822"], seed + "/inner", None, with_mid=True)
        attachments.append(MIMEMessage(email.message_from_bytes(inner)))
    if not attachments:
        return core
    n += 1
    mixed = MIMEMultipart("mixed", boundary=boundary(seed, n))
    mixed.attach(core)
    for att in attachments:
        mixed.attach(att)
    return mixed


def serialise(part: MIMEBase) -> bytes:
    def strip(node: MIMEBase, top: bool) -> None:
        # Only a message's own header block carries MIME-Version, not its body parts.
        if not top:
            del node["MIME-Version"]
        if node.get_content_type() == "message/rfc822":
            return
        if node.is_multipart():
            for child in node.get_payload():
                strip(child, False)
    strip(part, True)
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0,
                   policy=email.policy.compat32.clone(linesep="\n")).flatten(part)
    return buf.getvalue()


def build_message(spec: dict, seed: str, ids: Ids | None, with_mid: bool = True) -> bytes:
    frm = spec["frm"]
    heads: list[tuple[str, str]] = []
    heads.append(("From", mailbox(frm, spec.get("frm_enc"))))
    tos = spec.get("to", [CANDIDATE])
    heads.append(("To", ", ".join(mailbox(t, spec.get("to_enc")) for t in tos)))
    if spec.get("cc"):
        heads.append(("Cc", ", ".join(mailbox(c) for c in spec["cc"])))
    if spec.get("reply_to"):
        heads.append(("Reply-To", mailbox(spec["reply_to"], spec.get("reply_to_enc"))))
    heads.append(("Subject", encode_words(spec["subject"], spec.get("subj_enc"),
                                          force=bool(spec.get("subj_enc")))))
    heads.append(("Date", format_datetime(parse_date(spec["date"]))))
    if with_mid:
        domain = spec.get("mid_domain") or parseaddr(frm[1])[1].split("@")[1]
        token = hashlib.sha1(seed.encode()).hexdigest()[:16]
        mid = f"<{token}.{spec['date'][:10].replace('-', '')}@{domain}>"
        heads.append(("Message-ID", mid))
        if ids is not None and spec.get("tid"):
            ids.by_tid[spec["tid"]] = mid
            ids.parent[spec["tid"]] = spec.get("parent")
        if ids is not None and spec.get("parent"):
            refs = ids.references(spec["parent"])
            heads.append(("In-Reply-To", refs[-1]))
            heads.append(("References", " ".join(refs)))
    heads.extend(spec.get("headers", []))
    block = "".join(f"{k}: {v}\n" for k, v in heads)
    return block.encode("ascii") + serialise(body_tree(spec, seed))


# ---------------------------------------------------------------- checks

def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()


def check(raw: bytes, spec: dict, where: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    assert str(msg["Subject"]) == spec["subject"], f"{where}: subject {msg['Subject']!r}"
    texts = {"plain": None, "html": None}
    for part in msg.walk():
        sub = part.get_content_subtype()
        if part.get_content_maintype() == "text" and sub in texts and texts[sub] is None:
            texts[sub] = part.get_content()
    for sub, key in (("plain", "text"), ("html", "html")):
        if spec.get(key) is not None:
            got = texts[sub]
            assert got is not None, f"{where}: no text/{sub}"
            assert _norm(got) == _norm(spec[key]), f"{where}: text/{sub} does not round-trip"
    assert parse_date(spec["date"]).year == 2026, where
    assert msg["Message-ID"], where


# ---------------------------------------------------------------- main

def all_specs() -> list[dict]:
    return [*msgs149_rejections.MESSAGES, *msgs149_invites.MESSAGES, *msgs149_acks.MESSAGES,
            *msgs149_other.MESSAGES]


def main() -> int:
    specs = all_specs()
    for old in HERE.rglob("*.eml"):
        old.unlink()
    counters: dict[str, int] = {}
    numbered: list[tuple[str, dict]] = []
    for spec in specs:
        kind = spec["kind"]
        assert kind in KIND_ORDER, spec["name"]
        counters[kind] = counters.get(kind, 0) + 1
        numbered.append((f"{kind}/{counters[kind]:03d}_{spec['name']}.eml", spec))
    # Threads refer to earlier messages: build parents first, whatever the kind order.
    ids = Ids()
    order = sorted(numbered, key=lambda fs: parse_date(fs[1]["date"]))
    raws: dict[str, bytes] = {}
    for rel, spec in order:
        raws[rel] = build_message(spec, rel, ids)
    rows = []
    for rel, spec in numbered:
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raws[rel])
        check(path.read_bytes(), spec, rel)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    rows.sort(key=lambda r: (KIND_ORDER.index(r[1]), r[0]))
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages to {HERE}")
    for kind in KIND_ORDER:
        by_lang = {lang: sum(1 for _, s in numbered if s["kind"] == kind and s["lang"] == lang)
                   for lang in ("de", "fr", "en", "es")}
        print(f"  {kind:32s} {sum(by_lang.values()):3d}  {by_lang}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
