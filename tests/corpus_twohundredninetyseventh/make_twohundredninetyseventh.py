"""Build corpus 297 (Joaquín Ferreyra's job search, 2026) from the hand-written specs in
msgs297_*.py: one .eml per spec in the folder of its kind, plus labels.csv.

Standard library only. Deterministic: boundaries, Message-IDs and dates come from the specs.
Every message is re-parsed with email.policy.default and checked before anything is written.
Run: python tests/corpus_twohundredninetyseventh/make_twohundredninetyseventh.py
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import re
import sys
import textwrap
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, parseaddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs297_acks  # noqa: E402
import msgs297_common as common  # noqa: E402
import msgs297_invites  # noqa: E402
import msgs297_other  # noqa: E402
import msgs297_rejections  # noqa: E402
import msgs297_threads  # noqa: E402

Spec = dict[str, Any]

KINDS = (
    "rejection",
    "interview_invitation",
    "interview_reschedule_or_cancel",
    "missed_interview_notice",
    "application_received",
    "offer",
    "other",
)
LANGS = ("es", "en", "de", "fr")
LEGAL = re.compile(
    r"\b(GmbH|AG|KG|SE|SA|S\.A\.|SAS|SARL|S\.L\.|SL|SLU|S\.L\.U\.|Ltd|Limited|Inc|LLC|plc|"
    r"S\.Coop|Sdad)\b\.?",
    re.IGNORECASE,
)
SYSTEM = re.compile(
    r"no-?reply|donotreply|do-not-reply|notifications?@|notificaciones@|benachrichtigung@|mailer|"
    r"bounce|jobs|alert(a|e)?s?@|avisos@|citas@|rappels@|newsletter|news@|boletin@|eventos@|"
    r"research@|formacion@|kurse@|jobagent@|inscriptions@|bewerbung|postmaster|^talent@",
    re.IGNORECASE,
)
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)


def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for module in (msgs297_threads, msgs297_rejections, msgs297_invites, msgs297_acks,
                   msgs297_other):
        specs.extend(module.MESSAGES)
    return specs


def when(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M %z")


def wrap(text: str) -> str:
    """Fold long lines of hand-written text at 76 columns; quoted lines stay as they are."""
    out: list[str] = []
    for line in text.strip("\n").split("\n"):
        if len(line) > 76 and not line.startswith(">"):
            indent = re.match(r"\s*(?:[-•*] |\d+\. )?", line)
            lead = " " * len(indent.group(0)) if indent else ""
            out.append(textwrap.fill(line, 76, subsequent_indent=lead, break_long_words=False,
                                     break_on_hyphens=False))
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def html_to_text(markup: str) -> str:
    text = re.sub(r"(?is)<(head|style).*?</\1>", "", markup)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</li>", "\n", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def encoded_words(text: str, charset: str, how: str) -> str:
    """RFC 2047 encoded words for text, folded; Q encodes everything but letters and digits."""
    words: list[str] = []
    chunk = b""
    limit = 42 if how == "B" else 60
    prefix = f"=?{charset}?{how}?"

    def render(raw: bytes) -> str:
        if how == "B":
            return prefix + base64.b64encode(raw).decode("ascii") + "?="
        enc = "".join(
            chr(b) if chr(b).isascii() and chr(b).isalnum() else ("_" if b == 32 else f"={b:02X}")
            for b in raw
        )
        return prefix + enc + "?="

    for char in text:
        raw = char.encode(charset)
        size = len(chunk + raw) if how == "B" else len(render(chunk + raw)) - len(prefix)
        if chunk and size > limit:
            words.append(render(chunk))
            chunk = b""
        chunk += raw
    if chunk:
        words.append(render(chunk))
    return "\n ".join(words)


def replace_header(raw: bytes, name: str, value: str) -> bytes:
    head, _, body = raw.partition(b"\n\n")
    fields: list[list[bytes]] = []
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1].append(line)
        else:
            fields.append([line])
    for index, field in enumerate(fields):
        if field[0].lower().startswith(name.lower().encode() + b":"):
            fields[index] = [f"{name}: {value}".encode("ascii")]
            break
    else:
        raise AssertionError(f"no {name} header")
    return b"\n".join(b"\n".join(f) for f in fields) + b"\n\n" + body


def message_id(slug: str, sender: str, date: datetime) -> str:
    domain = sender.rsplit("@", 1)[1]
    digest = hashlib.sha1(slug.encode()).hexdigest()[:14]
    return f"<{date:%Y%m%d%H%M%S}.{digest}@{domain}>"


def set_text(part: EmailMessage, text: str, subtype: str, spec: Spec, prefix: str = "") -> None:
    charset = spec.get(prefix + "cs", "utf-8")
    cte = spec.get(prefix + "cte")
    part.set_content(text, subtype=subtype, charset=charset, cte=cte)


def build(spec: Spec, done: dict[str, Spec]) -> tuple[EmailMessage, list[str]]:
    date = when(spec["date"])
    msg = EmailMessage()
    _name, addr = parseaddr(spec["frm"])
    msg["From"] = spec["frm"]
    msg["To"] = spec.get("to", common.CAND)
    if spec.get("cc"):
        msg["Cc"] = spec["cc"]
    if spec.get("rt"):
        msg["Reply-To"] = spec["rt"]
    msg["Subject"] = spec["subj"]
    msg["Date"] = format_datetime(date)
    spec["_mid"] = message_id(spec["n"], addr, date)
    msg["Message-ID"] = spec["_mid"]
    refs: list[str] = []
    parent = done.get(spec["parent"]) if spec.get("parent") else None
    if spec.get("parent"):
        assert parent is not None, f"{spec['n']}: parent {spec['parent']} not built before it"
        refs = [*parent["_refs"], parent["_mid"]]
        msg["In-Reply-To"] = parent["_mid"]
        msg["References"] = " ".join(refs)
    spec["_refs"] = refs
    for key, value in spec.get("hdrs", {}).items():
        msg[key] = value
    msg["MIME-Version"] = "1.0"

    text = wrap(spec["text"]) if spec.get("text") else None
    markup = spec.get("html")
    if parent is not None and spec.get("quote"):
        pname, paddr = parseaddr(parent["frm"])
        line = common.attribution(spec["quote"], when(parent["date"]), pname or paddr, paddr,
                                  parent["subj"])
        ptext = parent["_text"]
        if spec["quote"].startswith("outlook"):
            quoted = f"{line}\n\n{ptext}"
        else:
            quoted = line + "\n" + "\n".join(f"> {q}" if q else ">" for q in
                                             ptext.rstrip("\n").split("\n")) + "\n"
        if text is not None:
            text = text + "\n" + quoted
        if markup is not None:
            block = f"<blockquote>{common.esc(quoted).replace(chr(10), '<br>')}</blockquote>"
            markup = markup.replace("</body>", block + "\n</body>")
    spec["_text"] = text if text is not None else html_to_text(markup or "")

    expected: list[str] = []
    if text is not None:
        set_text(msg, text, "plain", spec)
        expected.append(text)
        if markup is not None:
            msg.add_alternative(markup, subtype="html", charset=spec.get("hcs", "utf-8"),
                                cte=spec.get("hcte"))
            expected.append(markup)
    else:
        assert markup is not None, spec["n"]
        msg.set_content(markup, subtype="html", charset=spec.get("hcs", "utf-8"),
                        cte=spec.get("hcte"))
        expected.append(markup)
    if spec.get("ics"):
        cal = common.ics(**spec["ics"])
        if not msg.is_multipart():
            msg.make_alternative()
        msg.add_alternative(cal, subtype="calendar", params={"method": spec["ics"]["method"]})
        expected.append(cal)
    for filename, lines in spec.get("pdf", []):
        msg.add_attachment(common.pdf(lines), maintype="application", subtype="pdf",
                           filename=filename)
    if spec.get("fwd"):
        inner, inner_texts = build_inner(spec["fwd"], spec["n"])
        msg.add_attachment(inner, disposition="inline")
        expected.extend(inner_texts)
    number = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            number += 1
            part.set_boundary(f"=_297_{spec['n']}_{number}")
    return msg, expected


def build_inner(spec: Spec, outer: str) -> tuple[EmailMessage, list[str]]:
    date = when(spec["date"])
    inner = EmailMessage()
    inner["From"] = spec["frm"]
    inner["To"] = spec.get("to", common.CAND)
    inner["Subject"] = spec["subj"]
    inner["Date"] = format_datetime(date)
    inner["Message-ID"] = message_id(outer + "-inner", parseaddr(spec["frm"])[1], date)
    inner["MIME-Version"] = "1.0"
    text = wrap(spec["text"])
    inner.set_content(text, charset=spec.get("cs", "utf-8"), cte=spec.get("cte"))
    return inner, [text]


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").rstrip("\n")


def check_message(spec: Spec, raw: bytes, expected: list[str]) -> None:
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    where = spec["n"]
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for key in part:
            value = part[key]
            assert not getattr(value, "defects", ()), f"{where}: {key} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subj"], f"{where}: subject {msg['Subject']!r}"
    name, addr = parseaddr(spec["frm"])
    got = msg["From"].addresses[0]
    assert got.display_name == name and got.addr_spec == addr, f"{where}: from {got!r}"
    assert msg["Date"].datetime == when(spec["date"]), f"{where}: date"
    assert msg["Message-ID"] == spec["_mid"], where
    texts = [part.get_content() for part in msg.walk() if part.get_content_maintype() == "text"]
    assert [norm(t) for t in texts] == [norm(t) for t in expected], f"{where}: bodies differ"
    for part in msg.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), where
    check_labels(spec, msg)


def check_labels(spec: Spec, msg: EmailMessage) -> None:
    where = spec["n"]
    kind, lang, company, contact = spec["k"], spec["lang"], spec.get("co", ""), spec.get("ct", "")
    assert kind in KINDS and lang in LANGS, where
    from_addr = parseaddr(spec["frm"])[1].lower()
    if from_addr == common.CAND_ADDR:
        assert kind == "other" and not contact, f"{where}: own mail"
    if kind == "other":
        assert not company, f"{where}: company on other"
    else:
        assert company and company == company.strip(), f"{where}: company missing"
        assert not LEGAL.search(company), f"{where}: legal form in {company!r}"
    if contact:
        assert contact == contact.lower() and contact != common.CAND_ADDR, where
        values = [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])]
        found = [a.lower() for _, a in getaddresses(values)]
        assert contact in found, f"{where}: contact {contact} not in Reply-To/From"
        assert not SYSTEM.search(contact), f"{where}: system contact {contact}"
        assert not contact.endswith(ATS_DOMAINS), f"{where}: ATS contact {contact}"
        rt = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("Reply-To", [])])]
        if rt and not SYSTEM.search(rt[0]) and not rt[0].endswith(ATS_DOMAINS):
            assert contact == rt[0], f"{where}: contact should be the human Reply-To"
    elif from_addr != common.CAND_ADDR:
        rt = [a.lower() for _, a in getaddresses([str(v) for v in msg.get_all("Reply-To", [])])]
        human = [a for a in [*rt, from_addr]
                 if not SYSTEM.search(a) and not a.endswith(ATS_DOMAINS)]
        assert spec.get("system") or not human, f"{where}: human sender {human} but no contact"


def main() -> None:
    specs = all_specs()
    slugs = [s["n"] for s in specs]
    assert len(slugs) == len(set(slugs)), "duplicate slugs"
    specs.sort(key=lambda s: (when(s["date"]), s["n"]))
    done: dict[str, Spec] = {}
    out: list[tuple[str, bytes, Spec]] = []
    for number, spec in enumerate(specs, start=1):
        msg, expected = build(spec, done)
        raw = msg.as_bytes(policy=policy.default)
        if spec.get("subj_enc"):
            cs, how = spec["subj_enc"]
            raw = replace_header(raw, "Subject", encoded_words(spec["subj"], cs, how))
        if spec.get("name_enc"):
            cs, how = spec["name_enc"]
            name, addr = parseaddr(spec["frm"])
            raw = replace_header(raw, "From", f"{encoded_words(name, cs, how)} <{addr}>")
        check_message(spec, raw, expected)
        done[spec["n"]] = spec
        out.append((f"{spec['k']}/{number:03d}_{spec['n']}.eml", raw, spec))
    ids = [s["_mid"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate Message-IDs"

    for old in HERE.rglob("*.eml"):
        old.unlink()
    (HERE / "labels.csv").unlink(missing_ok=True)
    for rel, raw, _ in out:
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        for rel, _, spec in sorted(out):
            writer.writerow([rel, spec["k"], spec.get("co", ""), spec.get("ct", ""),
                             spec["lang"]])

    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for spec in specs:
        table[spec["k"]][spec["lang"]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        row = table[kind]
        print(f"{kind:32}" + "".join(f"{row[lang]:>5}" for lang in LANGS)
              + f"{sum(row.values()):>7}")
    totals = {lang: sum(table[k][lang] for k in KINDS) for lang in LANGS}
    print(f"{'total':32}" + "".join(f"{totals[lang]:>5}" for lang in LANGS) + f"{len(specs):>7}")


if __name__ == "__main__":
    main()
