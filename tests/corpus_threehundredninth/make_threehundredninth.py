"""Build corpus 309 (blind, hand-labelled job-search mail of Marina Quiroga Salas).

Standard library only. Reads the hand-written specs in msgs309_*.py, builds every message
with the `email` package (deterministic boundaries, Message-IDs, dates and threading), writes
<kind>/<NNN>_<id>.eml and labels.csv, then re-parses every file with email.policy.default and
checks it round-trips and obeys the label rules. Only *.eml and labels.csv are deleted/rewritten.

    python tests/corpus_threehundredninth/make_threehundredninth.py
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
from datetime import datetime
from email.generator import BytesGenerator
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import msgs309_acks  # noqa: E402
import msgs309_common as common  # noqa: E402
import msgs309_invites  # noqa: E402
import msgs309_other  # noqa: E402
import msgs309_rejections  # noqa: E402
import msgs309_threads  # noqa: E402

Spec = dict[str, Any]

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGS = ("es", "en", "de", "fr")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_MARKS = ("no-reply", "noreply", "donotreply", "do-not-reply", "ne-pas-repondre",
                "notification", "alerts", "mailer-daemon", "newsletter")
LEGAL_FORMS = {"gmbh", "sa", "sl", "slu", "sau", "sas", "sarl", "ltd", "inc", "ag", "llc",
               "plc", "dac", "bv", "kg", "sagl", "sà rl"}


def all_specs() -> list[Spec]:
    specs: list[Spec] = []
    for module in (msgs309_threads, msgs309_rejections, msgs309_invites, msgs309_acks,
                   msgs309_other):
        specs.extend(module.MESSAGES)
    return specs


def is_system(addr: str) -> bool:
    """An ATS or no-reply/notification sender, never a person to reply to."""
    local, domain = addr.lower().split("@")
    return any(mark in local for mark in SYSTEM_MARKS) or any(
        domain == d or domain.endswith("." + d) for d in ATS_DOMAINS)


def when(spec: Spec) -> datetime:
    return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")


def msgid(ident: str, addr: str) -> str:
    digest = hashlib.sha1(f"corpus309/{ident}".encode()).hexdigest()
    return f"<{digest[:12]}.{digest[12:20]}@{addr.split('@')[1]}>"


def encoded_words(text: str, charset: str, enc: str, first: int = 75) -> str:
    """RFC 2047 words for `text`, spaces kept inside the words, each word at most 75 chars
    (the first at most `first`, so that it stays on the header's first line)."""
    def word(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc == "B":
            body = base64.b64encode(raw).decode("ascii")
        else:
            body = "".join(
                chr(b) if chr(b).isalnum() and b < 128 else "_" if b == 32
                else chr(b) if chr(b) in "!*+-/" else f"={b:02X}" for b in raw)
        return f"=?{charset}?{enc}?{body}?="

    words, chunk = [], ""
    for ch in text:
        if chunk and len(word(chunk + ch)) > (first if not words else 75):
            words.append(word(chunk))
            chunk = ch
        else:
            chunk += ch
    words.append(word(chunk))
    return " ".join(words)


def header_text(text: str, enc: tuple[str, str] | None, first: int = 66) -> str:
    if enc is None and text.isascii():
        return text
    charset, how = enc or ("utf-8", "Q")
    return encoded_words(text, charset, how, first)


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    words = header_text(name, enc, 75)
    # Python's address parser puts a space between adjacent encoded words, so a display
    # name is always one encoded word.
    assert " " not in words, f"display name too long for one encoded word: {name}"
    return f"{words} <{addr}>"


def text_part(content: str, subtype: str, charset: str, cte: str,
              **params: str) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, charset=charset, **params)
    del part["MIME-Version"]
    raw = content.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    else:
        assert cte in ("7bit", "8bit")
        assert cte == "8bit" or raw.isascii()
        payload = raw.decode("ascii", "surrogateescape")
    part.set_payload(payload)
    part["Content-Transfer-Encoding"] = cte
    return part


class Builder:
    def __init__(self) -> None:
        self.done: dict[str, dict[str, Any]] = {}
        self.boundaries = 0

    def boundary(self, ident: str) -> str:
        self.boundaries += 1
        digest = hashlib.sha1(f"{ident}/{self.boundaries}".encode()).hexdigest()[:16]
        return f"----=_Part_309_{digest}"

    def parent_of(self, spec: Spec) -> dict[str, Any] | None:
        ref = spec.get("reply")
        if ref is None:
            return None
        if isinstance(ref, str):
            assert ref in self.done, f"{spec['id']}: parent {ref} not built before it"
            return self.done[ref]
        frm = ref["frm"]
        return {"msgid": msgid(ref["id"], frm[1]), "refs": [], "frm": frm,
                "to": ref.get("to", common.CAND), "when": when(ref),
                "subject": ref["subject"], "text": ref["text"]}

    def full_text(self, spec: Spec, parent: dict[str, Any] | None) -> str:
        text = spec["text"]
        style = spec.get("quote")
        if style and parent is not None:
            if style == "outlook":
                quoted = common.quote_outlook(spec["lang"], parent["when"], parent["frm"],
                                              parent["to"], parent["subject"], parent["text"])
            else:
                quoted = common.quote_gmail(spec["lang"], parent["when"], parent["frm"],
                                            parent["text"])
            text = text.rstrip("\n") + "\n\n" + quoted
        return text

    def build(self, spec: Spec, expected: list[str]) -> Message:
        ident = spec["id"]
        parent = self.parent_of(spec)
        text = self.full_text(spec, parent)
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte") or ("7bit" if text.isascii() else "quoted-printable")
        html_only = spec.get("html_only", False)
        html = spec.get("html")
        if html is None and (spec.get("alt") or html_only):
            html = common.html_shell(text, spec.get("brand", ""), spec.get("color", "#1f4e79"),
                                     spec.get("footer", ""))
        alternatives: list[Message] = []
        if not html_only:
            alternatives.append(text_part(text, "plain", charset, cte))
            expected.append(text)
        if html is not None:
            hcte = spec.get("html_cte") or ("7bit" if html.isascii() else "quoted-printable")
            alternatives.append(text_part(html, "html", charset, hcte))
            expected.append(html)
        if spec.get("ics"):
            cal = common.ics(**spec["ics"])
            method = spec["ics"]["method"]
            alternatives.append(text_part(cal, "calendar", "utf-8",
                                          "7bit" if cal.isascii() else "quoted-printable",
                                          method=method))
            expected.append(cal)
        if len(alternatives) == 1:
            core: Message = alternatives[0]
        else:
            core = MIMEMultipart("alternative", boundary=self.boundary(ident),
                                 _subparts=alternatives)
            del core["MIME-Version"]
        attachments: list[Message] = []
        for filename, lines in spec.get("pdfs", []):
            att = MIMEApplication(common.pdf(lines), "pdf", name=filename)
            del att["MIME-Version"]
            att.add_header("Content-Disposition", "attachment", filename=filename)
            attachments.append(att)
        if spec.get("fwd"):
            inner = self.build(spec["fwd"], expected)
            wrapper = MIMEMessage(inner)
            del wrapper["MIME-Version"]
            wrapper.add_header("Content-Disposition", "inline")
            attachments.append(wrapper)
        if attachments:
            top: Message = MIMEMultipart("mixed", boundary=self.boundary(ident),
                                         _subparts=[core, *attachments])
        else:
            top = core
        mime_headers = [(k, v) for k, v in top.items()]
        for key in {k for k, _ in mime_headers}:
            del top[key]
        frm = spec["frm"]
        top["From"] = address(frm, spec.get("name_enc"))
        top["To"] = ", ".join(address(p) for p in spec.get("to", [common.CAND]))
        if spec.get("cc"):
            top["Cc"] = ", ".join(address(p) for p in spec["cc"])
        if spec.get("reply_to"):
            top["Reply-To"] = address(spec["reply_to"], spec.get("reply_to_enc"))
        top["Subject"] = header_text(spec["subject"], spec.get("subj_enc"))
        top["Date"] = format_datetime(when(spec))
        mid = msgid(ident, frm[1])
        top["Message-ID"] = mid
        refs: list[str] = []
        if parent is not None:
            refs = [*parent["refs"], parent["msgid"]]
            top["In-Reply-To"] = parent["msgid"]
            top["References"] = " ".join(refs)
        for key, value in spec.get("headers", {}).items():
            top[key] = value
        top["MIME-Version"] = "1.0"
        for key, value in mime_headers:
            if key != "MIME-Version":
                top[key] = value
        self.done[ident] = {"msgid": mid, "refs": refs, "frm": frm,
                            "to": spec.get("to", [common.CAND])[0], "when": when(spec),
                            "subject": spec["subject"], "text": text}
        return top


def to_bytes(message: Message) -> bytes:
    buffer = io.BytesIO()
    BytesGenerator(buffer, mangle_from_=False, maxheaderlen=78,
                   policy=email.policy.compat32.clone(linesep="\n")).flatten(message)
    return buffer.getvalue()


def check_labels(spec: Spec, row: dict[str, str]) -> None:
    kind, company, contact = row["kind"], row["company"], row["contact"]
    assert kind in KINDS and row["language"] in LANGS
    frm = spec["frm"][1].lower()
    reply = spec["reply_to"][1].lower() if spec.get("reply_to") else ""
    if frm == common.CAND_ADDR:
        assert kind == "other" and not contact, "own mail is other without contact"
    if kind == "other":
        assert not company, "other has no company"
    else:
        assert company and company == company.strip(), "job mail names the company"
        tokens = {t.strip(".,").lower() for t in company.split()}
        assert not tokens & LEGAL_FORMS, f"legal form in {company!r}"
    reply_human = bool(reply) and not is_system(reply)
    from_human = not spec.get("system") and not is_system(frm)
    if frm != common.CAND_ADDR and not contact:
        assert not reply_human and not from_human, "a human sender needs a contact"
    if contact:
        assert contact == contact.lower() and contact in (frm, reply), "contact from headers"
        assert contact != common.CAND_ADDR
        assert not is_system(contact), "contact is an ATS or system sender"
        if reply and reply != contact:
            assert not reply_human, "a human Reply-To wins over From"


def check_message(path: Path, spec: Spec, expected: list[str]) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"defects {part.defects}"
        for key, value in part.items():
            assert not getattr(value, "defects", ()), f"header {key} defects {value.defects}"
    assert str(msg["Subject"]) == spec["subject"], (str(msg["Subject"]), spec["subject"])
    assert msg["From"].addresses[0].display_name == spec["frm"][0], msg["From"]
    assert msg["From"].addresses[0].addr_spec == spec["frm"][1]
    assert msg["Date"].datetime == when(spec)
    got = [part.get_content().replace("\r\n", "\n") for part in msg.walk()
           if part.get_content_maintype() == "text"]
    assert got == expected, f"bodies differ in {path.name}"
    assert msg["Message-ID"] and msg["To"]


def main() -> None:
    specs = sorted(all_specs(), key=when)
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for kind in KINDS:
        (HERE / kind).mkdir(exist_ok=True)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    builder = Builder()
    rows: list[dict[str, str]] = []
    for number, spec in enumerate(specs, start=1):
        expected: list[str] = []
        message = builder.build(spec, expected)
        rel = f"{spec['kind']}/{number:03d}_{spec['id']}.eml"
        (HERE / rel).write_bytes(to_bytes(message))
        row = {"file": rel, "kind": spec["kind"], "company": spec["company"],
               "contact": spec["contact"], "language": spec["lang"]}
        try:
            check_labels(spec, row)
            check_message(HERE / rel, spec, expected)
        except AssertionError as error:
            raise SystemExit(f"{rel}: {error}") from error
        for pair in getaddresses([spec["contact"]]):
            assert not pair[1] or pair[1] == spec["contact"]
        rows.append(row)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["file", "kind", "company", "contact",
                                                    "language"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: dict.fromkeys(LANGS, 0) for k in KINDS}
    for row in rows:
        table[row["kind"]][row["language"]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:>5}" for lang in LANGS)
              + f"{sum(counts.values()):>7}")
    totals = [sum(table[k][lang] for k in KINDS) for lang in LANGS]
    print(f"{'total':32}" + "".join(f"{n:>5}" for n in totals) + f"{len(rows):>7}")


if __name__ == "__main__":
    main()
