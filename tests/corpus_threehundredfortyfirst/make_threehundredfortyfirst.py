#!/usr/bin/env python3
"""Build corpus 341 (Itziar Goikoetxea Mendizabal) from the hand-written specs in msgs341_*.py.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder, then
re-parses every message with email.policy.default and checks it. Output is deterministic.
Run: python tests/corpus_threehundredfortyfirst/make_threehundredfortyfirst.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import importlib
import io
import re
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MODULES = ["msgs341_acks", "msgs341_invites", "msgs341_moves", "msgs341_rejections",
           "msgs341_offers", "msgs341_other_es", "msgs341_other_intl"]
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"no-?reply|donotreply|do-not-reply|notification|mailer|alerts?$|"
                          r"newsletter|bounce|system|info@|sede")
LEGAL = re.compile(r"\b(GmbH|S\.?A\.?U?|S\.?L\.?U?|SAS|SARL|Ltd|Limited|Inc|AG|KG|plc|LLC|"
                   r"e\.V\.|SE|DAC|UG)\.?$")
CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def load_specs() -> list[dict[str, Any]]:
    sys.dont_write_bytecode = True
    sys.path.insert(0, str(HERE))
    specs: list[dict[str, Any]] = []
    for name in MODULES:
        specs.extend(importlib.import_module(name).MESSAGES)
    return specs


# --------------------------------------------------------------------------- dates
def cet_offset(day: datetime) -> int:
    """Hours east of UTC for Central European time in 2026 (DST 29 Mar – 25 Oct)."""
    return 2 if datetime(2026, 3, 29) <= day < datetime(2026, 10, 25) else 1


def parse_date(text: str, lang: str) -> datetime:
    """'MM-DD HH:MM [+HHMM]' in 2026; without an offset the sender's local time."""
    parts = text.split()
    naive = datetime.strptime("2026-" + parts[0] + " " + parts[1], "%Y-%m-%d %H:%M")
    if len(parts) > 2:
        sign = 1 if parts[2][0] == "+" else -1
        hours, minutes = int(parts[2][1:3]), int(parts[2][3:5])
        offset = timedelta(hours=sign * hours, minutes=sign * minutes)
    else:
        hours = cet_offset(naive) - (1 if lang == "en" else 0)
        offset = timedelta(hours=hours)
    return naive.replace(tzinfo=timezone(offset))


# --------------------------------------------------------------------------- headers
def encoded_words(text: str, charset: str, enc: str) -> str:
    """RFC 2047 encoded words (Q or B), each at most 75 characters, folded."""
    words: list[str] = []
    chunk = ""

    def word(piece: str) -> str:
        raw = piece.encode(charset)
        if enc == "B":
            body = base64.b64encode(raw).decode("ascii")
        else:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else
                           ("_" if b == 32 else f"={b:02X}") for b in raw)
        return f"=?{charset}?{enc}?{body}?="

    for char in text:
        if chunk and len(word(chunk + char)) > 75:
            words.append(word(chunk))
            chunk = ""
        chunk += char
    if chunk:
        words.append(word(chunk))
    return "\n ".join(words)


def header_text(text: str, how: tuple[str, str] | None) -> str:
    if how is None and text.isascii():
        return text
    charset, enc = how or ("utf-8", "Q")
    return encoded_words(text, charset, enc)


def mailbox(pair: tuple[str, str], how: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if how is None and name.isascii():
        return formataddr((name, addr))
    return f"{header_text(name, how)} <{addr}>"


# --------------------------------------------------------------------------- bodies
def text_part(text: str, subtype: str, charset: str, cte: str,
              params: dict[str, str] | None = None, root: bool = False) -> MIMEPart:
    part: MIMEPart = EmailMessage(policy=policy.default) if root else MIMEPart(
        policy=policy.default)
    if cte == "7bit" and not text.isascii():
        cte = "qp"
    part.set_content(text, subtype=subtype, charset=charset, cte=CTE[cte], params=params or {})
    return part


def multipart(subtype: str, parts: list[MIMEPart], boundary: str, root: bool) -> MIMEPart:
    part: MIMEPart = EmailMessage(policy=policy.default) if root else MIMEPart(
        policy=policy.default)
    if root:
        part["MIME-Version"] = "1.0"
    part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for child in parts:
        part.attach(child)
    return part


def message_id(spec: dict[str, Any]) -> str:
    domain = spec["frm"][1].split("@")[1]
    digest = hashlib.sha1(spec["slug"].encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}.341@{domain}>"


def final_text(spec: dict[str, Any], by_slug: dict[str, dict[str, Any]]) -> str | None:
    """The spec's plain text with the quoted parent appended (quote='gmail'|'outlook')."""
    text = spec.get("text")
    style = spec.get("quote")
    if text is None or not style:
        return text
    parent = by_slug[spec["parent"]]
    ptext = final_text(parent, by_slug) or ""
    when = parse_date(parent["date"], parent["lang"])
    name, addr = parent["frm"]
    if style == "outlook":
        to = "; ".join(f"{n} <{a}>" if n else a for n, a in parent["to"])
        block = spec_outlook(spec["lang"], when, f"{name} <{addr}>", to, parent["subj"])
        return f"{text.rstrip()}\n\n{block}\n\n{ptext.rstrip()}\n"
    return (f"{text.rstrip()}\n\n{spec_attr(spec['lang'], when, name, addr)}\n"
            f"{spec_quote(ptext)}\n")


def spec_attr(lang: str, when: datetime, name: str, addr: str) -> str:
    return COMMON.attribution(lang, when, name, addr)


def spec_outlook(lang: str, when: datetime, frm: str, to: str, subject: str) -> str:
    return COMMON.outlook_block(lang, when, frm, to, subject)


def spec_quote(text: str) -> str:
    return COMMON.quote_lines(text)


COMMON: Any = None


def build(spec: dict[str, Any], index: int, by_slug: dict[str, dict[str, Any]],
          ids: dict[str, str], refs: dict[str, list[str]]) -> tuple[bytes, dict[str, Any]]:
    """The bytes of one message and what was put in it (for the checks)."""
    lang = spec["lang"]
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte", "qp")
    counter = iter(range(1, 20))

    def boundary() -> str:
        tag = hashlib.md5(spec["slug"].encode()).hexdigest()[:10]
        return f"=_341_{index:03d}_{next(counter)}_{tag}"

    text = final_text(spec, by_slug)
    html = spec.get("html")
    if html is True:
        html = COMMON.html_plain(text or "")
    ics = spec.get("ics")
    inline_ics = ics if spec.get("ics_mode") != "attach" else None
    texts = [t for t in (text, html, inline_ics) if t]
    alternatives: list[MIMEPart] = []
    leaves = [(text, "plain"), (html, "html")]
    extra = bool(spec.get("pdf") or spec.get("fwd") or (ics and spec.get("ics_mode") == "attach"))
    simple = [(t, sub) for t, sub in leaves if t]
    if len(simple) == 1 and not ics and not extra:
        body, sub = simple[0]
        root = text_part(body, sub, cs, cte, root=True)
    else:
        for body, sub in simple:
            alternatives.append(text_part(body, sub, cs, cte))
        if ics and spec.get("ics_mode") != "attach":
            method = "CANCEL" if "METHOD:CANCEL" in ics else "REQUEST"
            alternatives.append(text_part(ics, "calendar", "utf-8", spec.get("ics_cte", "7bit"),
                                          {"method": method}))
        if len(alternatives) == 1:
            main = alternatives[0]
        else:
            main = multipart("alternative", alternatives, boundary(), root=not extra)
        if not extra:
            root = main
        else:
            mixed = [main]
            if ics and spec.get("ics_mode") == "attach":
                cal = MIMEPart(policy=policy.default)
                cal.set_content(ics.encode("utf-8"), maintype="application", subtype="ics",
                                disposition="attachment", filename="invite.ics")
                mixed.append(cal)
            for fname, lines in spec.get("pdf", []):
                att = MIMEPart(policy=policy.default)
                att.set_content(COMMON.make_pdf(lines), maintype="application",
                                subtype="pdf", disposition="attachment", filename=fname)
                mixed.append(att)
            if spec.get("fwd"):
                inner_spec = spec["fwd"]
                inner_bytes, inner_info = build(inner_spec, index * 100 + 1, by_slug, ids, refs)
                texts.extend(inner_info["texts"])
                inner = BytesParser(policy=policy.default).parsebytes(inner_bytes)
                wrap = MIMEPart(policy=policy.default)
                wrap.set_content(inner, disposition="inline")
                mixed.append(wrap)
            root = multipart("mixed", mixed, boundary(), root=True)

    when = parse_date(spec["date"], lang)
    mid = ids[spec["slug"]]
    lines = [f"Date: {format_datetime(when)}",
             f"From: {mailbox(spec['frm'], spec.get('name_cs'))}"]
    if spec.get("reply"):
        lines.append(f"Reply-To: {mailbox(spec['reply'], spec.get('name_cs'))}")
    lines.append("To: " + ",\n ".join(mailbox(p) for p in spec["to"]))
    if spec.get("cc"):
        lines.append("Cc: " + ",\n ".join(mailbox(p) for p in spec["cc"]))
    lines.append(f"Subject: {header_text(spec['subj'], spec.get('subj_cs'))}")
    lines.append(f"Message-ID: {mid}")
    if spec.get("parent"):
        parent_id = ids[spec["parent"]]
        lines.append(f"In-Reply-To: {parent_id}")
        lines.append("References: " + "\n ".join(refs[spec["slug"]]))
    for name, value in spec.get("hdrs", []):
        lines.append(f"{name}: {value}")
    head = "\n".join(lines) + "\n"
    data = head.encode("ascii") + root.as_bytes(policy=policy.default)
    return data, {"texts": texts, "when": when}


# --------------------------------------------------------------------------- checks
def norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))


def check(spec: dict[str, Any], data: bytes, info: dict[str, Any], rel: str) -> None:
    msg = BytesParser(policy=policy.default).parsebytes(data)
    where = rel
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[name], f"{where}: no {name}"
    assert str(msg["Subject"]) == spec["subj"], f"{where}: subject {msg['Subject']!r}"
    assert msg["From"].addresses[0].display_name == spec["frm"][0], f"{where}: from name"
    assert msg["From"].addresses[0].addr_spec == spec["frm"][1], f"{where}: from addr"
    assert msg["Date"].datetime == info["when"], f"{where}: date"
    got = [norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]
    for text in info["texts"]:
        assert norm(text) in got, f"{where}: a text body did not round-trip"
    # labels
    kind, company, contact = spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS and spec["lang"] in LANGS, where
    own = spec["frm"][1] == COMMON.ME[1]
    if own:
        assert kind == "other" and not contact, f"{where}: own mail"
    if kind == "other":
        assert not company, f"{where}: company on other"
    else:
        assert company and company == company.strip(), f"{where}: company"
        assert not LEGAL.search(company), f"{where}: legal form in company"
    if contact:
        assert contact == contact.lower(), where
        human = [a.lower() for _, a in getaddresses([str(v) for v in
                                                    msg.get_all("Reply-To", [])])]
        human += [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("From", [])])]
        assert contact in human, f"{where}: contact not in Reply-To/From"
        domain = contact.split("@")[1]
        assert not any(domain.endswith(d) for d in ATS_DOMAINS), f"{where}: ATS contact"
        assert not SYSTEM_LOCAL.search(contact.split("@")[0]), f"{where}: system contact"
        assert contact != COMMON.ME[1], where
        reply = [a.lower() for _, a in getaddresses([str(v) for v in
                                                    msg.get_all("Reply-To", [])])]
        if reply and reply[0] != contact:
            raise AssertionError(f"{where}: Reply-To is human but contact differs")


def main() -> None:
    global COMMON
    specs = load_specs()
    COMMON = importlib.import_module("msgs341_common")
    by_slug = {}
    for spec in specs:
        assert spec["slug"] not in by_slug, f"duplicate slug {spec['slug']}"
        by_slug[spec["slug"]] = spec
    ids = {spec["slug"]: message_id(spec) for spec in specs}
    refs: dict[str, list[str]] = {}

    def chain(slug: str) -> list[str]:
        if slug not in refs:
            parent = by_slug[slug].get("parent")
            refs[slug] = [*chain(parent), ids[parent]] if parent else []
        return refs[slug]

    for spec in specs:
        chain(spec["slug"])
        if spec.get("fwd"):
            fwd = spec["fwd"]
            ids[fwd["slug"]] = message_id(fwd)
            refs[fwd["slug"]] = []
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for index, spec in enumerate(specs, start=1):
        rel = f"{spec['kind']}/{index:03d}_{spec['slug']}.eml"
        data, info = build(spec, index, by_slug, ids, refs)
        check(spec, data, info, rel)
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["file", "kind", "company", "contact", "language"])
    writer.writerows(rows)
    (HERE / "labels.csv").write_text(buffer.getvalue(), encoding="utf-8")
    counts: dict[tuple[str, str], int] = {}
    for spec in specs:
        counts[(spec["kind"], spec["lang"])] = counts.get((spec["kind"], spec["lang"]), 0) + 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        row = [counts.get((kind, lang), 0) for lang in LANGS]
        print(f"{kind:32}" + "".join(f"{n:5d}" for n in row) + f"  {sum(row):5d}")
    totals = [sum(counts.get((k, lang), 0) for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{n:5d}" for n in totals) + f"  {sum(totals):5d}")


if __name__ == "__main__":
    main()
