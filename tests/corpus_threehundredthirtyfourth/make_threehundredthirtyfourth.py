#!/usr/bin/env python3
"""Build corpus 334 (Wiebke Harmsen-Ortiz, airport operations) from the hand-written specs.

Standard library only. Deletes and rewrites only *.eml and labels.csv below this folder, then
re-parses every message and checks it round-trips and obeys the label rules. Deterministic.

    python tests/corpus_threehundredthirtyfourth/make_threehundredthirtyfourth.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html as htmllib
import re
import sys
from datetime import datetime
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses, parseaddr
from pathlib import Path
from typing import Any

import msgs334_acks
import msgs334_invites
import msgs334_other
import msgs334_rejections
import msgs334_threads
from msgs334_common import CAND, CAND_ADDR, CAND_NAME, Spec

HERE = Path(__file__).resolve().parent
KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("en", "de", "fr", "es")
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.L\.|SL|SAS|SARL|Ltd|Inc|B\.V\.|BV|KG|SE|S\.A\.|"
                   r"S\.A\.U\.|mbH|Co\.)(?=\s|$|,)")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM = re.compile(r"^(no-?reply|noreply|do-?not-?reply|donotreply|notifications?|mailer|"
                    r"jobs-noreply|news|newsletter|alerts?|info|system|postmaster)[@.+-]")

DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_ABBR = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_ABBR = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


def when(spec: Spec) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def attribution(style: str, parent: Spec) -> str:
    """The localized line (or Outlook block) a mail program writes above a quoted message."""
    d = when(parent)
    name, addr = parseaddr(parent["frm"])
    to = parent.get("to", CAND)
    hm = f"{d:%H:%M}"
    if style == "en":
        return f"On {d:%a}, {d.day} {d:%b} {d.year} at {hm}, {name} <{addr}> wrote:"
    if style == "de":
        return (f"Am {DE_ABBR[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year} "
                f"um {hm} Uhr schrieb {name} <{addr}>:")
    if style == "fr":
        return (f"Le {FR_DAYS[d.weekday()][:3]}. {d.day} {FR_MONTHS[d.month - 1]} {d.year} "
                f"à {hm}, {name} <{addr}> a écrit :")
    if style == "es":
        return (f"El {ES_ABBR[d.weekday()]}, {d.day} {ES_MONTHS[d.month - 1][:3]} {d.year} "
                f"a las {hm}, {name} (<{addr}>) escribió:")
    if style == "outlook_en":
        return (f"-----Original Message-----\nFrom: {name} <{addr}>\n"
                f"Sent: {d:%A}, {d:%B} {d.day}, {d.year} {d:%I:%M %p}\nTo: {to}\n"
                f"Subject: {parent['subj']}")
    if style == "outlook_de":
        return (f"________________________________\nVon: {name} <{addr}>\n"
                f"Gesendet: {DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} "
                f"{d.year} {hm}\nAn: {to}\nBetreff: {parent['subj']}")
    if style == "outlook_fr":
        return (f"________________________________\nDe : {name} <{addr}>\n"
                f"Envoyé : {FR_DAYS[d.weekday()]} {d.day} {FR_MONTHS[d.month - 1]} {d.year} "
                f"{hm}\nÀ : {to}\nObjet : {parent['subj']}")
    if style == "outlook_es":
        return (f"________________________________\nDe: {name} <{addr}>\n"
                f"Enviado el: {ES_DAYS[d.weekday()]}, {d.day} de {ES_MONTHS[d.month - 1]} "
                f"de {d.year} {hm}\nPara: {to}\nAsunto: {parent['subj']}")
    raise ValueError(style)


def plain_of(spec: Spec) -> str:
    """The text a reply quotes: the plain body, else the HTML with its tags dropped."""
    if spec.get("full_body"):
        return spec["full_body"]
    if spec.get("body"):
        return spec["body"]
    text = re.sub(r"(?s)<(head|style).*?</\1>", "", spec.get("html") or "")
    text = re.sub(r"<br\s*/?>|</p>|</tr>|</h\d>", "\n", text)
    text = htmllib.unescape(re.sub(r"<[^>]+>", "", text))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"


def with_quote(spec: Spec, by_key: dict[str, Spec]) -> str | None:
    body = spec.get("body")
    style = spec.get("quote")
    if not style or body is None:
        return body
    parent = by_key[spec["parent"]]
    quoted = plain_of(parent).rstrip("\n")
    if style.startswith("outlook"):
        return f"{body.rstrip()}\n\n{attribution(style, parent)}\n\n{quoted}\n"
    lines = "\n".join(f"> {line}" if line else ">" for line in quoted.split("\n"))
    return f"{body.rstrip()}\n\n{attribution(style, parent)}\n{lines}\n"


def encoded_words(text: str, enc: str, charset: str, width: int = 58) -> list[str]:
    """RFC 2047 encoded words (Q or B) for text, each at most `width` characters long."""
    def encode(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc == "b":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            payload = "".join(
                chr(b) if chr(b).isalnum() and b < 128 else "_" if b == 32 else f"={b:02X}"
                for b in raw)
        return f"=?{charset}?{enc}?{payload}?="

    words: list[str] = []
    chunk = ""
    for char in text:
        if chunk and len(encode(chunk + char)) > width:
            words.append(encode(chunk))
            chunk = ""
        chunk += char
    if chunk:
        words.append(encode(chunk))
    return words


def folds_cleanly(subject: str) -> bool:
    probe = EmailMessage()
    probe["Subject"] = subject
    parsed = BytesParser(policy=policy.default).parsebytes(probe.as_bytes())
    return str(parsed["Subject"]) == subject


def set_headers(msg: EmailMessage, spec: Spec, mid: str, by_key: dict[str, Spec],
                mids: dict[str, str]) -> None:
    name, addr = parseaddr(spec["frm"])
    if spec.get("name_enc"):
        enc, charset = spec["name_enc"]
        words = encoded_words(name, enc, charset, 50)
        indent = len("From: ") if len(words) == 1 else 1
        if indent + len(words[-1]) + len(addr) + 3 <= 76:
            lines = [*words[:-1], f"{words[-1]} <{addr}>"]
        else:
            lines = [*words, f"<{addr}>"]
        msg.set_raw("From", "\n ".join(lines))
    else:
        msg["From"] = spec["frm"]
    msg["To"] = spec.get("to", CAND)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("rt"):
        msg["Reply-To"] = spec["rt"]
    if not spec.get("subj_enc") and not folds_cleanly(spec["subj"]):
        spec["subj_enc"] = ("q", "utf-8")  # the library's own folding would add a space
    if spec.get("subj_enc"):
        enc, charset = spec["subj_enc"]
        msg.set_raw("Subject", "\n ".join(encoded_words(spec["subj"], enc, charset)))
    else:
        msg["Subject"] = spec["subj"]
    msg["Date"] = format_datetime(when(spec))
    msg["Message-ID"] = mid
    if spec.get("parent"):
        chain: list[str] = []
        key: str | None = spec["parent"]
        while key:
            chain.insert(0, mids[key])
            key = by_key[key].get("parent")
        msg["In-Reply-To"] = chain[-1]
        msg["References"] = " ".join(chain)
    for header, value in spec.get("hdr", {}).items():
        msg[header] = value


def build(spec: Spec, index: str, by_key: dict[str, Spec],
          mids: dict[str, str]) -> EmailMessage:
    msg = EmailMessage()
    mid = mids[index]
    set_headers(msg, spec, mid, by_key, mids)
    body = spec.get("full_body")
    html = spec.get("html")
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte")
    kw: dict[str, Any] = {"charset": cs}
    if cte:
        kw["cte"] = cte
    hkw: dict[str, Any] = {"charset": spec.get("hcs", cs)}
    if spec.get("hcte"):
        hkw["cte"] = spec["hcte"]
    if body is not None:
        msg.set_content(body, **kw)
        if html is not None:
            msg.add_alternative(html, subtype="html", **hkw)
    else:
        msg.set_content(html, subtype="html", **hkw)
    if spec.get("ics"):
        method = re.search(r"METHOD:(\w+)", spec["ics"]).group(1)  # type: ignore[union-attr]
        if spec.get("ics_attach"):
            msg.add_attachment(spec["ics"], subtype="calendar", charset="utf-8",
                               cte="base64", filename="invite.ics",
                               params={"method": method})
        else:
            msg.add_alternative(spec["ics"], subtype="calendar", params={"method": method})
    for filename, data in spec.get("pdfs", []):
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=filename)
    if spec.get("fwd"):
        inner = spec["fwd"]
        inner_msg = build(inner, inner["_index"], by_key, mids)
        part = MIMEPart()
        part.set_content(inner_msg)
        part["Content-Disposition"] = "inline" if spec.get("fwd_inline") else "attachment"
        if msg.get_content_type() != "multipart/mixed":
            msg.make_mixed()
        msg.attach(part)
    for part in msg.walk():
        if part is not msg and "Message-ID" not in part:
            del part["MIME-Version"]
    seed = hashlib.sha1(index.encode()).hexdigest()[:10]
    multiparts = (p for p in msg.walk() if p.get_content_maintype() == "multipart")
    for number, part in enumerate(multiparts):
        part.set_boundary(f"==_334_{seed}_{number}")
    return msg


def all_texts(msg: EmailMessage) -> list[str]:
    return [norm(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text"]


def norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()


def human(addr: str) -> bool:
    local, _, domain = addr.lower().partition("@")
    return not (SYSTEM.match(local + "@") or any(domain.endswith(d) for d in ATS_DOMAINS))


def check(spec: Spec, rel: str, raw: bytes, texts: list[str]) -> None:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    for part in msg.walk():
        assert not part.defects, (rel, part.defects)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[header] is not None, (rel, header)
        assert not getattr(msg[header], "defects", ()), (rel, header, msg[header].defects)
    assert str(msg["Subject"]) == spec["subj"], (rel, str(msg["Subject"]), spec["subj"])
    name, addr = parseaddr(spec["frm"])
    got = msg["From"].addresses[0]
    assert (got.display_name, got.addr_spec) == (name, addr), (rel, got)
    assert msg["Date"].datetime == when(spec), rel
    assert when(spec).year == 2026, rel
    found = all_texts(msg)
    for text in texts:
        assert norm(text) in found, (rel, "body did not round-trip", text[:60])
    for key in ("subj_enc", "name_enc"):
        if spec.get(key):
            enc, charset = spec[key]
            assert f"=?{charset}?{enc}?".encode() in raw, (rel, key)
    if spec.get("cte"):
        first = next(p for p in msg.walk() if p.get_content_type() == "text/plain"
                     or (spec.get("body") is None and p.get_content_type() == "text/html"))
        assert first["Content-Transfer-Encoding"] == spec["cte"], (rel, "cte")
    if spec.get("parent"):
        assert msg["In-Reply-To"] and msg["References"], rel


def label(spec: Spec) -> tuple[str, str]:
    """The company and contact columns, after the label rules were checked."""
    kind, company = spec["kind"], spec["company"]
    _, addr = parseaddr(spec["frm"])
    rt = parseaddr(spec["rt"])[1] if spec.get("rt") else ""
    own = addr.lower() == CAND_ADDR
    assert kind in KINDS and spec["lang"] in LANGS, spec["slug"]
    if kind == "other":
        assert company == "", (spec["slug"], "company on other")
    else:
        assert company and company == company.strip(), (spec["slug"], "company missing")
        assert not LEGAL.search(company), (spec["slug"], "legal form", company)
        assert not own, spec["slug"]
    choice = spec["contact"]
    contact = {"from": addr, "reply": rt, "": ""}[choice].lower()
    if own:
        assert contact == "" and kind == "other", (spec["slug"], "own mail")
    if contact:
        assert human(contact) and contact != CAND_ADDR, (spec["slug"], contact)
        if rt and human(rt):
            assert contact == rt.lower(), (spec["slug"], "human Reply-To wins")
    elif not own and kind != "other":
        assert not (rt and human(rt)) and not human(addr), (spec["slug"], "human not labelled")
    return company, contact


def main() -> None:
    specs: list[Spec] = [*msgs334_threads.MESSAGES, *msgs334_acks.MESSAGES,
                         *msgs334_invites.MESSAGES, *msgs334_rejections.MESSAGES,
                         *msgs334_other.MESSAGES]
    by_key = {s["key"]: s for s in specs if s.get("key")}
    assert len(by_key) == len([s for s in specs if s.get("key")]), "duplicate key"
    specs.sort(key=lambda s: (when(s), s["slug"]))
    mids: dict[str, str] = {}
    rels: list[str] = []
    for number, spec in enumerate(specs, 1):
        rel = f"{spec['kind']}/{number:03d}_{spec['slug']}.eml"
        rels.append(rel)
        spec["_index"] = rel
        domain = parseaddr(spec["frm"])[1].partition("@")[2]
        digest = hashlib.sha1(rel.encode()).hexdigest()
        mids[rel] = f"<{digest[:12]}.{digest[12:20]}.334@{spec.get('mid_domain', domain)}>"
        if spec.get("key"):
            mids[spec["key"]] = mids[rel]
        if spec.get("fwd"):
            inner = spec["fwd"]
            inner["_index"] = rel + "#fwd"
            inner_domain = parseaddr(inner["frm"])[1].partition("@")[2]
            mids[inner["_index"]] = f"<{digest[20:32]}.fwd@{inner_domain}>"
    for spec in [*specs, *(s["fwd"] for s in specs if s.get("fwd"))]:
        spec.setdefault("body", None)
        spec["full_body"] = with_quote(spec, by_key)
    for spec in specs:
        if spec.get("parent"):
            assert when(by_key[spec["parent"]]) < when(spec), (spec["slug"], "thread order")
    for old in [*HERE.glob("*/*.eml"), HERE / "labels.csv"]:
        if old.exists():
            old.unlink()
    rows = []
    for spec, rel in zip(specs, rels, strict=True):
        try:
            msg = build(spec, rel, by_key, mids)
        except (UnicodeError, ValueError) as error:
            raise SystemExit(f"{rel}: {error}") from error
        raw = msg.as_bytes(policy=policy.default)
        texts = [x for x in (spec.get("full_body"), spec.get("html"), spec.get("ics")) if x]
        if spec.get("fwd"):
            texts += [x for x in (spec["fwd"].get("full_body"), spec["fwd"].get("html")) if x]
        check(spec, rel, raw, texts)
        company, contact = label(spec)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        rows.append([rel, spec["kind"], company, contact, spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] += 1
    print(f"{'kind':32} " + " ".join(f"{lang:>4}" for lang in LANGS) + "  all")
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:32} " + " ".join(f"{row[lang]:4d}" for lang in LANGS)
              + f" {sum(row.values()):4d}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'all':32} " + " ".join(f"{totals[lang]:4d}" for lang in LANGS)
          + f" {len(specs):4d}")
    assert getaddresses([CAND])[0][1] == CAND_ADDR and CAND_NAME
    print(f"wrote {len(specs)} messages to {HERE}", file=sys.stderr)


if __name__ == "__main__":
    main()
