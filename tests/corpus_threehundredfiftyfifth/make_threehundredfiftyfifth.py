"""Build corpus 355 (Annelie Brockmann-Uzor) from the hand-written specs in msgs355_*.py.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder, then
re-parses every message with email.policy.default and checks it. Output is deterministic.

    python tests/corpus_threehundredfiftyfifth/make_threehundredfiftyfifth.py
"""

from __future__ import annotations

import csv
import email
import email.charset
import email.policy
import hashlib
import io
import re
import sys
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs355_acks  # noqa: E402
import msgs355_invites  # noqa: E402
import msgs355_other  # noqa: E402
import msgs355_rejections  # noqa: E402
from msgs355_common import (  # noqa: E402
    CAND_ADDR,
    CANDIDATE,
    Spec,
    attribution,
    ics_text,
    outlook_block,
    pdf_bytes,
    quote_gt,
    to_html,
    when,
)

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SAS|SARL|Ltd|Inc|B\.V\.|BV|KG|e\.V\.|mbH)\b")
SYSTEM = re.compile(r"(no-?reply|donotreply|do-not-reply|notifications?@|mailer|alerts?@|"
                    r"newsletter|myworkday|greenhouse|lever\.co|smartrecruiters|icims|ashbyhq|"
                    r"teamtailor|personio|successfactors|taleo|softgarden|bamboohr|workablemail|"
                    r"recruitee)")
SPECS: list[Spec] = [*msgs355_acks.MESSAGES, *msgs355_invites.MESSAGES,
                     *msgs355_rejections.MESSAGES, *msgs355_other.MESSAGES]
BY_ID = {spec["id"]: spec for spec in SPECS}


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def message_id(spec: Spec) -> str:
    token = hashlib.sha1(f"355/{spec['id']}".encode()).hexdigest()[:16]
    return f"<{token}.{spec['id'].replace('_', '-')}@{domain_of(parseaddr(spec['frm'])[1])}>"


def ancestors(spec: Spec) -> list[Spec]:
    chain = []
    while spec.get("parent"):
        spec = BY_ID[spec["parent"]]
        chain.append(spec)
    return list(reversed(chain))


def to_of(spec: Spec) -> str:
    return spec.get("to", CANDIDATE)


def full_text(spec: Spec) -> str:
    """The new text plus, for replies, the quoted earlier message (recursively)."""
    text = spec["body"]
    style = spec.get("quote")
    if not style:
        return text
    parent = BY_ID[spec["parent"]]
    earlier = full_text(parent)
    if style == "outlook":
        block = outlook_block(spec["lang"], parent, to_of(parent))
        return f"{text}\n{block}\n\n{earlier}"
    return f"{text}\n{attribution(spec['lang'], parent)}\n{quote_gt(earlier)}\n"


def encoded(text: str, charset: str, mode: str) -> str:
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.QP if mode == "Q" else email.charset.BASE64
    return Header(text, charset=cs, header_name="Subject").encode(linesep="\n")


def text_bodies(spec: Spec) -> list[tuple[str, str]]:
    """(subtype, text) of the text parts a spec asks for, in order."""
    text = full_text(spec)
    layout = spec.get("html")
    brand = spec.get("brand", spec["co"] or "Mitteilung")
    parts: list[tuple[str, str]] = []
    if layout != "only":
        parts.append(("plain", text))
    if layout:
        parts.append(("html", to_html(text, spec.get("look", "plain"), brand)))
    return parts


def build(spec: Spec) -> EmailMessage:
    msg = EmailMessage()
    frm_name, frm_addr = parseaddr(spec["frm"])
    msg["From"] = f"X355NAME <{frm_addr}>" if spec.get("name_enc") else spec["frm"]
    msg["To"] = to_of(spec)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("rt"):
        msg["Reply-To"] = spec["rt"]
    msg["Subject"] = "X355SUBJ" if placeholder_subject(spec) else spec["subj"]
    msg["Date"] = format_datetime(when(spec["d"]))
    msg["Message-ID"] = message_id(spec)
    chain = ancestors(spec)
    if chain:
        msg["In-Reply-To"] = message_id(chain[-1])
        msg["References"] = " ".join(message_id(s) for s in chain)
    for name, value in spec.get("hdr", {}).items():
        msg[name] = value
    charset = spec.get("cs", "utf-8")
    cte = spec.get("cte")
    bodies = text_bodies(spec)
    first_sub, first_text = bodies[0]
    msg.set_content(first_text, subtype=first_sub, charset=charset, cte=cte)
    for sub, text in bodies[1:]:
        msg.add_alternative(text, subtype=sub, charset=charset, cte=cte)
    if spec.get("ics"):
        ics = spec["ics"]
        cal = ics_text(ics, spec.get("organizer", spec["frm"]), when(spec["d"]))
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(cal, subtype="calendar", charset="utf-8",
                            params={"method": ics.get("method", "REQUEST")})
        msg.add_attachment(cal.encode("utf-8"), maintype="application", subtype="ics",
                           filename="invite.ics")
    for filename, lines in spec.get("pdf", []):
        msg.add_attachment(pdf_bytes(lines), maintype="application", subtype="pdf",
                           filename=filename)
    if spec.get("fwd"):
        inner = build(spec["fwd"])
        msg.add_attachment(inner)
    counter = 0
    for part in msg.walk():
        if part.is_multipart():
            counter += 1
            part.set_boundary(f"=_355_{spec['id']}_{counter}")
    del frm_name
    return msg


def placeholder_subject(spec: Spec) -> bool:
    subj = spec["subj"]
    return bool(spec.get("subj_enc")) or (subj.isascii() and len(subj) > 68)


def fold_ascii(text: str) -> str:
    """Fold a long ASCII subject at spaces (the first line keeps its first words)."""
    lines, line = [], "Subject:"
    for word in text.split(" "):
        if len(line) + 1 + len(word) > 76 and line != "Subject:":
            lines.append(line)
            line = ""
        line += " " + word
    lines.append(line)
    return "\n".join(lines)


def render(spec: Spec) -> bytes:
    raw = build(spec).as_bytes(policy=email.policy.default)
    if placeholder_subject(spec) and not spec.get("subj_enc"):
        raw = raw.replace(b"Subject: X355SUBJ", fold_ascii(spec["subj"]).encode("ascii"), 1)
    if spec.get("subj_enc"):
        cs, mode = spec["subj_enc"]
        raw = raw.replace(b"Subject: X355SUBJ", b"Subject: " + encoded(spec["subj"], cs, mode)
                          .encode("ascii"), 1)
    if spec.get("name_enc"):
        cs, mode = spec["name_enc"]
        name = parseaddr(spec["frm"])[0]
        raw = raw.replace(b"X355NAME", encoded(name, cs, mode).encode("ascii"), 1)
    return raw


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def contact_of(spec: Spec) -> str:
    if "contact" in spec:
        return spec["contact"]
    if spec.get("own") or spec.get("sys"):
        return ""
    rt = parseaddr(spec["rt"])[1] if spec.get("rt") else ""
    if rt and not SYSTEM.search(rt.lower()):
        return rt.lower()
    return parseaddr(spec["frm"])[1].lower()


def check(spec: Spec, raw: bytes, contact: str) -> None:
    ident = spec["id"]
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        assert not part.defects, (ident, part.defects)
    assert str(msg["Subject"]) == spec["subj"], (ident, str(msg["Subject"]), spec["subj"])
    name = parseaddr(spec["frm"])[0]
    assert msg["From"].addresses[0].display_name == name, (ident, str(msg["From"]))
    assert msg["Date"].datetime == when(spec["d"]), ident
    assert msg["Date"].datetime.year == 2026, ident
    texts = [norm(p.get_content()) for p in msg.walk()
             if p.get_content_maintype() == "text" and p.get_content_subtype() != "calendar"]
    want = [norm(t) for _, t in text_bodies(spec)]
    if spec.get("fwd"):
        want += [norm(t) for _, t in text_bodies(spec["fwd"])]
    assert texts == want, (ident, "bodies differ")
    kind, co = spec["kind"], spec["co"]
    assert kind in KINDS, ident
    assert spec["lang"] in ("de", "en", "fr", "es"), ident
    if kind == "other":
        assert co == "", ident
    else:
        assert co and co == co.strip() and not LEGAL.search(co), (ident, co)
        assert not spec.get("own"), ident
    if spec.get("own"):
        assert kind == "other" and contact == "", ident
        assert parseaddr(spec["frm"])[1] == CAND_ADDR, ident
    if contact:
        assert contact == contact.lower() and contact != CAND_ADDR, ident
        heads = [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])]
        assert contact in [a.lower() for _, a in getaddresses(heads)], ident
        assert not SYSTEM.search(contact), (ident, contact)


def main() -> None:
    ids = [s["id"] for s in SPECS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    numbers = dict.fromkeys(KINDS, 0)
    rows = []
    seen_ids = set()
    for spec in sorted(SPECS, key=lambda s: (KINDS.index(s["kind"]), when(s["d"]), s["id"])):
        kind = spec["kind"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['id']}.eml"
        raw = render(spec)
        contact = contact_of(spec)
        check(spec, raw, contact)
        mid = message_id(spec)
        assert mid not in seen_ids
        seen_ids.add(mid)
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, kind, spec["co"], contact, spec["lang"]])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["file", "kind", "company", "contact", "language"])
    writer.writerows(rows)
    (HERE / "labels.csv").write_text(buffer.getvalue(), encoding="utf-8")
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(("de", "en", "fr", "es"), 0)
                                        for k in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{'kind':32} de  en  fr  es  all")
    for kind in KINDS:
        c = table[kind]
        print(f"{kind:32} {c['de']:3} {c['en']:3} {c['fr']:3} {c['es']:3} {sum(c.values()):4}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in ("de", "en", "fr", "es")}
    print(f"{'all':32} {totals['de']:3} {totals['en']:3} {totals['fr']:3} {totals['es']:3} "
          f"{len(rows):4}")


if __name__ == "__main__":
    main()
