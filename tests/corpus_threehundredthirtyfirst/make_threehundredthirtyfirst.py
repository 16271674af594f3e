"""Build corpus 331 (Henrike Oldenburg-Saß) from the hand-written specs in msgs331_*.py.

Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder, then
re-parses every message with email.policy.default and checks it. Output is deterministic.

    python tests/corpus_threehundredthirtyfirst/make_threehundredthirtyfirst.py
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
from collections import Counter
from datetime import datetime
from email.generator import BytesGenerator
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs331_acks  # noqa: E402
import msgs331_invites  # noqa: E402
import msgs331_other  # noqa: E402
import msgs331_rejections  # noqa: E402
import msgs331_threads  # noqa: E402
from msgs331_common import CAND, attribution, make_pdf, outlook_block, quote_lines  # noqa: E402

Spec = dict[str, Any]
KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
LANGS = {"en", "de", "fr", "es"}
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"no-?reply|donotreply|do-not-reply|noreply|notification|mailer|"
                          r"bounce|jobs-?alert|newsletter|news|info@|alerts?|system")
LEGAL_FORM = re.compile(r"\b(GmbH|AG|SE|KG|e\.V\.|SA|SAS|SARL|S\.A\.|S\.L\.|SL|Ltd|Inc|LLC|"
                        r"BV|B\.V\.|ApS|A/S|mbH|Co\. KG|plc)\b")
GEN_POLICY = email.policy.default.clone(refold_source="none")
CTE_ROTATION = ["quoted-printable", "8bit", "base64", "quoted-printable", "8bit"]


def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for module in (msgs331_threads, msgs331_rejections, msgs331_invites, msgs331_acks,
                   msgs331_other):
        specs.extend(module.MESSAGES)
    return specs


def when(spec: Spec) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def encoded_words(text: str, charset: str, mode: str) -> str:
    """`text` as RFC 2047 encoded words in `charset`, Q or B, folded with newline + space."""
    cs = email.charset.Charset(charset)
    cs.header_encoding = email.charset.BASE64 if mode == "B" else email.charset.QP
    return Header(text, charset=cs).encode(maxlinelen=74, linesep="\n")


def fold_ascii(name: str, value: str) -> str:
    """An ASCII header value folded at spaces so that no line passes 76 characters."""
    lines, current = [], ""
    for word in value.split(" "):
        limit = 76 - (len(name) + 2 if not lines else 0)
        if current and len(current) + 1 + len(word) > limit:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "\n ".join(lines)


def digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def msgid(spec: Spec) -> str:
    domain = spec.get("mid_domain") or spec["frm"][1].split("@")[1]
    if spec["frm"][1] == CAND[1]:
        domain = "mail.example.de"
    return f"<{digest(spec['key'])[:12]}.{digest(spec['date'])[:8]}.331@{domain}>"


class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.by_key: dict[str, Spec] = {}
        for spec in specs:
            assert spec["key"] not in self.by_key, f"duplicate key {spec['key']}"
            self.by_key[spec["key"]] = spec
        self._text: dict[str, str | None] = {}

    def refs(self, spec: Spec) -> list[str]:
        parent = spec.get("reply")
        if not parent:
            return []
        p = self.by_key[parent]
        return [*self.refs(p), msgid(p)]

    def full_text(self, spec: Spec) -> str | None:
        """The plain body with any quoted parent appended."""
        key = spec["key"]
        if key in self._text:
            return self._text[key]
        text = spec.get("text")
        if text is not None:
            text = text.strip("\n") + "\n"
            style = spec.get("quote")
            if style:
                p = self.by_key[spec["reply"]]
                ptext = self.full_text(p)
                assert ptext, f"{key}: quoted parent has no text"
                pto = p.get("to", [CAND])[0]
                if style.startswith("outlook"):
                    block = outlook_block(style.split("_")[1], when(p), p["frm"], pto,
                                          p["subject"])
                    text += "\n" + block + "\n" + ptext
                else:
                    line = attribution(style, when(p), p["frm"][0], p["frm"][1])
                    text += "\n" + line + "\n" + quote_lines(ptext) + "\n"
        self._text[key] = text
        return text

    def cte(self, spec: Spec, field: str) -> str | None:
        if field in spec:
            return spec[field]
        return CTE_ROTATION[int(digest(spec["key"] + field), 16) % len(CTE_ROTATION)]

    def build(self, spec: Spec) -> EmailMessage:
        msg = EmailMessage()
        name, addr = spec["frm"]
        if spec.get("name_enc"):
            cs, mode = spec["name_enc"]
            msg.set_raw("From", f"{encoded_words(name, cs, mode)} <{addr}>")
        else:
            msg["From"] = Address(display_name=name, addr_spec=addr)
        msg["To"] = [Address(display_name=n, addr_spec=a) for n, a in spec.get("to", [CAND])]
        if spec.get("cc"):
            msg["Cc"] = [Address(display_name=n, addr_spec=a) for n, a in spec["cc"]]
        if spec.get("reply_to"):
            n, a = spec["reply_to"]
            msg["Reply-To"] = Address(display_name=n, addr_spec=a)
        if spec.get("subj_enc"):
            cs, mode = spec["subj_enc"]
            msg.set_raw("Subject", encoded_words(spec["subject"], cs, mode))
        elif spec["subject"].isascii():
            msg.set_raw("Subject", fold_ascii("Subject", spec["subject"]))
        else:
            msg["Subject"] = spec["subject"]
        msg["Date"] = when(spec)
        msg["Message-ID"] = msgid(spec)
        refs = self.refs(spec)
        if refs:
            msg["In-Reply-To"] = refs[-1]
            msg["References"] = " ".join(refs)
        for hname, hvalue in spec.get("headers", {}).items():
            msg[hname] = hvalue
        charset = spec.get("charset", "utf-8")
        text, html = self.full_text(spec), spec.get("html")
        if text is not None:
            msg.set_content(text, charset=charset, cte=self.cte(spec, "cte"))
            if html is not None:
                msg.add_alternative(html, subtype="html", charset=charset,
                                    cte=self.cte(spec, "html_cte"))
        else:
            assert html is not None, f"{spec['key']}: no body"
            msg.set_content(html, subtype="html", charset=charset,
                            cte=self.cte(spec, "html_cte"))
        if spec.get("ics"):
            method = re.search(r"METHOD:(\w+)", spec["ics"])
            assert method
            kwargs: dict[str, Any] = {"subtype": "calendar", "cte": spec.get("ics_cte", "8bit"),
                                      "params": {"method": method.group(1)}}
            if spec.get("ics_mode") == "attach":
                msg.add_attachment(spec["ics"], filename="invite.ics", **kwargs)
            else:
                msg.add_alternative(spec["ics"], **kwargs)
        for filename, lines in spec.get("attach", []):
            msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf",
                               filename=filename)
        if spec.get("forward"):
            msg.add_attachment(self.build(self.by_key[spec["forward"]]))
        strip_part_mime_version(msg, root=True)
        for number, part in enumerate(msg.walk()):
            if part.is_multipart() and part.get_content_maintype() == "multipart":
                part.set_boundary(f"----=_Part331_{digest(spec['key'])[:10]}_{number}")
        return msg

    def expected_bodies(self, spec: Spec) -> list[str]:
        out = [b for b in (self.full_text(spec), spec.get("html")) if b is not None]
        if spec.get("ics"):
            out.append(spec["ics"])
        if spec.get("forward"):
            out += self.expected_bodies(self.by_key[spec["forward"]])
        return out


def strip_part_mime_version(part: EmailMessage, root: bool) -> None:
    """set_content stamps MIME-Version on every part; mail programs put it on messages only."""
    if not root:
        del part["MIME-Version"]
    if part.get_content_type() == "message/rfc822":
        for inner in part.iter_parts():
            strip_part_mime_version(inner, root=True)  # type: ignore[arg-type]
    elif part.is_multipart():
        for sub in part.iter_parts():
            strip_part_mime_version(sub, root=False)  # type: ignore[arg-type]


def serialize(msg: EmailMessage) -> bytes:
    buffer = io.BytesIO()
    BytesGenerator(buffer, policy=GEN_POLICY).flatten(msg)
    return buffer.getvalue()


def check_labels(spec: Spec) -> None:
    key, kind, company, contact = spec["key"], spec["kind"], spec["company"], spec["contact"]
    assert kind in KINDS, key
    assert spec["lang"] in LANGS, key
    own = spec["frm"][1] == CAND[1]
    if own:
        assert kind == "other" and not contact, f"{key}: own mail"
    if kind == "other":
        assert company == "", f"{key}: company on other"
    else:
        assert company and company == company.strip(), f"{key}: company needed"
        assert not LEGAL_FORM.search(company), f"{key}: legal form in {company}"
    if contact:
        assert contact == contact.lower(), key
        heads = [a.lower() for _, a in [spec.get("reply_to", ("", "")), spec["frm"]] if a]
        assert contact in heads, f"{key}: contact not in Reply-To/From"
        assert contact != CAND[1], key
        assert not contact.endswith(ATS_DOMAINS), f"{key}: ATS contact"
        assert not SYSTEM_LOCAL.search(contact.split("@")[0] + "@"), f"{key}: system contact"
        rt = spec.get("reply_to")
        if rt and contact != rt[1].lower():
            assert SYSTEM_LOCAL.search(rt[1].split("@")[0] + "@") or rt[1].endswith(ATS_DOMAINS), \
                f"{key}: human Reply-To must be the contact"


def check_roundtrip(builder: Builder, spec: Spec, data: bytes) -> None:
    key = spec["key"]
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    for part in parsed.walk():
        assert not part.defects, f"{key}: defects {part.defects}"
    assert str(parsed["Subject"]) == spec["subject"], f"{key}: subject {parsed['Subject']!r}"
    frm = parsed["From"].addresses[0]
    assert frm.display_name == spec["frm"][0], f"{key}: from name {frm.display_name!r}"
    assert frm.addr_spec == spec["frm"][1], key
    assert parsed["Date"].datetime == when(spec), f"{key}: date"
    assert when(spec).year == 2026, key
    got = sorted(p.get_content() for p in parsed.walk() if p.get_content_maintype() == "text")
    want = sorted(builder.expected_bodies(spec))
    assert got == want, f"{key}: bodies differ"
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        assert parsed[name], f"{key}: missing {name}"


def main() -> None:
    specs = all_specs()
    builder = Builder(specs)
    for path in HERE.rglob("*.eml"):
        path.unlink()
    rows: list[list[str]] = []
    numbers: Counter[str] = Counter()
    written = [s for s in specs if not s.get("inner")]
    failures: list[str] = []
    for spec in written:
        try:
            check_labels(spec)
        except AssertionError as error:
            failures.append(str(error))
        kind = spec["kind"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['key']}.eml"
        msg = builder.build(spec)
        data = serialize(msg)
        try:
            check_roundtrip(builder, spec, data)
        except AssertionError as error:
            failures.append(str(error))
        target = HERE / rel
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
        rows.append([rel, kind, spec["company"], spec["contact"], spec["lang"]])
    if failures:
        raise SystemExit("\n".join(failures))
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    table: Counter[tuple[str, str]] = Counter((s["kind"], s["lang"]) for s in written)
    print(f"{len(rows)} messages")
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in ("de", "en", "fr", "es")) + "  all")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in ("de", "en", "fr", "es")]
        print(f"{kind:34}" + "".join(f"{c:5d}" for c in counts) + f"{sum(counts):5d}")
    langs = Counter(s["lang"] for s in written)
    print("languages:", dict(sorted(langs.items())))


if __name__ == "__main__":
    main()
