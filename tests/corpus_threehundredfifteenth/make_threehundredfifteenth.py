"""Build the 315th blind corpus (Matthias Oberholzer, chef moving into food QA) from its specs.

Standard library only. Run: python tests/corpus_threehundredfifteenth/make_threehundredfifteenth.py

Every message is a hand-written dict in the msgs315_*.py modules. This script lays them out as
MIME (deterministic boundaries, Message-IDs, dates, threading headers, quoted chains), re-parses
every message with email.policy.default, checks that nothing was lost and that the labels keep
their rules, then rewrites only the *.eml files and labels.csv in this folder.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import io
import quopri
import re
import sys
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__
sys.path.insert(0, str(HERE))

import msgs315_acks_offers  # noqa: E402
import msgs315_common as common  # noqa: E402
import msgs315_invites  # noqa: E402
import msgs315_other  # noqa: E402
import msgs315_rejections  # noqa: E402

Spec = dict[str, Any]

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LANGUAGES = ("en", "de", "fr", "es")
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|notifications?|notificaciones|"
                          r"ne-?pas-?repondre|no-?responder|jobs?-?alert|alertas|newsletter|"
                          r"info|mailer|service|news|alerts?|bewerbung|system|mailer-daemon)")
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.|S\.L\.|SL|SAS|SARL|Ltd|Inc|KG|e\.U\.|S\.p\.A\.|"
                   r"S\.r\.l\.|SRL|LLC|plc|Co\.)(?=\W|$)")
SPECIALS = set('()<>@,;:\\".[]')
Q_SAFE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


# ---------------------------------------------------------------- headers

def q_word(text: str, charset: str) -> str:
    out = []
    for byte in text.encode(charset):
        char = chr(byte)
        if char == " ":
            out.append("_")
        elif char in Q_SAFE:
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?q?{''.join(out)}?="


def b_word(text: str, charset: str) -> str:
    return f"=?{charset}?b?{base64.b64encode(text.encode(charset)).decode()}?="


def encoded_words(text: str, mode: str, charset: str) -> list[str]:
    """Encoded words of at most 75 characters that decode, joined, to text (spaces inside)."""
    words: list[str] = []
    chunk = ""
    encode = q_word if mode == "q" else b_word
    for char in text:
        if chunk and len(encode(chunk + char, charset)) > 75:
            words.append(encode(chunk, charset))
            chunk = ""
        chunk += char
    if chunk:
        words.append(encode(chunk, charset))
    return words


def fold_plain(value: str, first: int) -> str:
    """Fold an ASCII header value at spaces (a fold keeps its space)."""
    lines: list[str] = []
    current = ""
    limit = 78 - first
    for word in value.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and len(candidate) > limit:
            lines.append(current)
            current = word
            limit = 77
        else:
            current = candidate
    lines.append(current)
    return "\n ".join(lines)


def header_text(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if value.isascii() and enc is None:
        return fold_plain(value, len(name) + 2)
    mode, charset = enc or ("q", "utf-8")
    return "\n ".join(encoded_words(value, mode, charset))


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and enc is None:
        if any(char in SPECIALS for char in name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{name} <{addr}>"
    mode, charset = enc or ("q", "utf-8")
    words = encoded_words(name, mode, charset)
    assert len(words) == 1, f"display name too long for one encoded word: {name}"
    return f"{words[0]} <{addr}>"


# ---------------------------------------------------------------- bodies

def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        encoded = quopri.encodestring(data)
        return encoded if encoded.endswith(b"\n") else encoded + b"\n"
    if cte == "7bit":
        assert data.isascii(), "7bit body with non-ASCII bytes"
    assert all(len(line) < 990 for line in data.split(b"\n")), "line too long for 7bit/8bit"
    return data if data.endswith(b"\n") else data + b"\n"


class Leaf:
    def __init__(self, headers: list[tuple[str, str]], body: bytes) -> None:
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        head = "".join(f"{name}: {value}\n" for name, value in self.headers)
        return head.encode("ascii") + b"\n" + self.body


class Multi:
    def __init__(self, subtype: str, boundary: str, parts: list[Leaf | Multi]) -> None:
        self.subtype = subtype
        self.boundary = boundary
        self.parts = parts
        self.headers = [("Content-Type", f'multipart/{subtype};\n boundary="{boundary}"')]

    def render(self) -> bytes:
        head = "".join(f"{name}: {value}\n" for name, value in self.headers)
        out = head.encode("ascii") + b"\n"
        if self.subtype == "mixed":
            out += b"This is a multi-part message in MIME format.\n"
        for part in self.parts:
            out += f"\n--{self.boundary}\n".encode() + part.render().rstrip(b"\n") + b"\n"
        return out + f"\n--{self.boundary}--\n".encode()


def text_leaf(text: str, subtype: str, charset: str, cte: str | None, expected: list[str],
              extra: str = "", disposition: str = "") -> Leaf:
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    headers = [("Content-Type", f'text/{subtype}; charset="{charset}"{extra}'),
               ("Content-Transfer-Encoding", cte)]
    if disposition:
        headers.append(("Content-Disposition", disposition))
    expected.append(text)
    return Leaf(headers, encode_body(data, cte))


# ---------------------------------------------------------------- messages

class Builder:
    def __init__(self, specs: list[Spec]) -> None:
        self.specs = {spec["id"]: spec for spec in specs}
        assert len(self.specs) == len(specs), "duplicate spec id"
        self.texts: dict[str, str] = {}

    @staticmethod
    def when(spec: Spec) -> datetime:
        return datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")

    @staticmethod
    def message_id(spec: Spec) -> str:
        digest = hashlib.sha1(("corpus315:" + spec["id"]).encode()).hexdigest()
        domain = spec["frm"][1].split("@")[1]
        return f"<{digest[:12]}.{digest[12:24]}@{domain}>"

    def ancestors(self, spec: Spec) -> list[Spec]:
        chain: list[Spec] = []
        parent = spec.get("parent")
        while parent:
            chain.insert(0, self.specs[parent])
            parent = self.specs[parent].get("parent")
        return chain

    def full_text(self, spec: Spec) -> str:
        """The new text plus, when the spec quotes its parent, the parent's full text."""
        if spec["id"] in self.texts:
            return self.texts[spec["id"]]
        text = spec["text"].strip("\n")
        if spec.get("parent") and spec.get("quote"):
            parent = self.specs[spec["parent"]]
            to = parent.get("to", common.CANDIDATE)
            text += "\n\n" + common.quote_block(
                spec["quote"], self.when(parent), parent["frm"], common.who(*to),
                parent["subject"], self.full_text(parent))
        self.texts[spec["id"]] = text + "\n"
        return self.texts[spec["id"]]

    def body(self, spec: Spec, expected: list[str], prefix: str) -> Leaf | Multi:
        charset = spec.get("charset", "utf-8")
        text = self.full_text(spec)
        alternatives: list[Leaf | Multi] = []
        if not spec.get("html_only"):
            alternatives.append(text_leaf(text, "plain", charset, spec.get("cte"), expected))
        if spec.get("html") or spec.get("html_only"):
            markup = spec.get("html")
            if not isinstance(markup, str):
                markup = common.html_shell(text, spec.get("brand", ""),
                                           spec.get("colour", "#2f5d50"),
                                           spec.get("footer", ""))
                if charset != "utf-8":
                    markup = markup.replace('charset="utf-8"', f'charset="{charset}"')
            alternatives.append(text_leaf(markup, "html", charset,
                                          spec.get("html_cte", "quoted-printable"), expected))
        cal = spec.get("ics")
        if cal and spec.get("ics_mode", "alt") == "alt":
            alternatives.append(self.calendar(spec, expected, inline=True))
        core: Leaf | Multi
        if len(alternatives) == 1:
            core = alternatives[0]
        else:
            core = Multi("alternative", f"{prefix}alt_{spec['id']}", alternatives)
        extras: list[Leaf | Multi] = []
        if cal and spec.get("ics_mode", "alt") == "attach":
            extras.append(self.calendar(spec, expected, inline=False))
        for filename, title, lines in spec.get("pdfs", []):
            data = common.pdf(title, lines)
            extras.append(Leaf([
                ("Content-Type", f'application/pdf; name="{filename}"'),
                ("Content-Disposition", f'attachment; filename="{filename}"'),
                ("Content-Transfer-Encoding", "base64"),
            ], base64.encodebytes(data)))
        if spec.get("fwd"):
            inner = self.render(spec["fwd"], expected, prefix + "in_")
            extras.append(Leaf([("Content-Type", "message/rfc822"),
                                ("Content-Disposition", "inline")], inner))
        if not extras:
            return core
        return Multi("mixed", f"{prefix}mix_{spec['id']}", [core, *extras])

    def calendar(self, spec: Spec, expected: list[str], inline: bool) -> Leaf:
        cal = dict(spec["ics"])
        method = cal["method"]
        cal.setdefault("organizer", spec.get("reply_to") or spec["frm"])
        stamp = self.when(spec).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        text = common.ics(stamp=stamp, **cal)
        if inline:
            return text_leaf(text, "calendar", "utf-8", spec.get("ics_cte"), expected,
                             extra=f"; method={method}")
        name = "cancel.ics" if method == "CANCEL" else "invite.ics"
        return text_leaf(text, "calendar", "utf-8", "base64", expected,
                         extra=f'; method={method}; name="{name}"',
                         disposition=f'attachment; filename="{name}"')

    def render(self, spec: Spec, expected: list[str], prefix: str = "=_315_") -> bytes:
        to = spec.get("to", common.CANDIDATE)
        headers: list[tuple[str, str]] = []
        for name, value in spec.get("headers_top", []):
            headers.append((name, value))
        headers += [
            ("Date", format_datetime(self.when(spec))),
            ("From", address(spec["frm"], spec.get("name_enc"))),
            ("To", address(to, spec.get("to_enc"))),
        ]
        if spec.get("cc"):
            headers.append(("Cc", ",\n ".join(address(pair) for pair in spec["cc"])))
        if spec.get("reply_to"):
            headers.append(("Reply-To", address(spec["reply_to"], spec.get("reply_enc"))))
        headers.append(("Subject", header_text("Subject", spec["subject"],
                                               spec.get("subj_enc"))))
        headers.append(("Message-ID", self.message_id(spec)))
        chain = self.ancestors(spec)
        if chain:
            headers.append(("In-Reply-To", self.message_id(chain[-1])))
            headers.append(("References",
                            "\n ".join(self.message_id(item) for item in chain)))
        headers += [(name, value) for name, value in spec.get("headers", [])]
        headers.append(("MIME-Version", "1.0"))
        body = self.body(spec, expected, prefix)
        head = "".join(f"{name}: {value}\n" for name, value in headers).encode("ascii")
        return head + body.render()


# ---------------------------------------------------------------- checks

def human(addr: str) -> bool:
    local, domain = addr.split("@")
    if any(domain == ats or domain.endswith("." + ats) for ats in ATS_DOMAINS):
        return False
    return not SYSTEM_LOCAL.match(local)


def check(spec: Spec, raw: bytes, expected: list[str], builder: Builder) -> None:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    for part in message.walk():
        assert not part.defects, f"{spec['id']}: defects {part.defects}"
        for _, value in part.items():
            assert not getattr(value, "defects", None), f"{spec['id']}: header {value.defects}"
    assert str(message["subject"]) == spec["subject"], (spec["id"], str(message["subject"]))
    assert message["from"].addresses[0].display_name == spec["frm"][0], spec["id"]
    assert message["from"].addresses[0].addr_spec == spec["frm"][1], spec["id"]
    assert message["date"].datetime == builder.when(spec), spec["id"]
    got = [part.get_content() for part in message.walk() if part.get_content_maintype() == "text"]
    assert len(got) == len(expected), (spec["id"], len(got), len(expected))
    for have, want in zip(got, expected, strict=True):
        assert have.rstrip() == want.rstrip(), f"{spec['id']}: body does not round-trip"
    for part in message.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    # labels
    kind, lang = spec["kind"], spec["lang"]
    assert kind in KINDS and lang in LANGUAGES, spec["id"]
    company, contact = spec.get("company", ""), spec.get("contact", "")
    own = spec["frm"][1] == common.CANDIDATE[1]
    if kind == "other":
        assert company == "", f"{spec['id']}: company on other"
    else:
        assert company and company == company.strip(), f"{spec['id']}: company missing"
        assert not LEGAL.search(company), f"{spec['id']}: legal form in company"
    if own:
        assert kind == "other" and contact == "", f"{spec['id']}: own mail"
    reply = [addr.lower() for _, addr in getaddresses([str(v) for v in
                                                      message.get_all("Reply-To", [])])]
    sender = message["from"].addresses[0].addr_spec.lower()
    if contact:
        assert contact == contact.lower() and contact != common.CANDIDATE[1], spec["id"]
        assert human(contact), f"{spec['id']}: contact is not human"
        wanted = next((addr for addr in reply if human(addr)), None)
        if wanted is None and human(sender) and not own:
            wanted = sender
        assert contact == wanted, f"{spec['id']}: contact {contact} != {wanted}"
    else:
        human_reply = [addr for addr in reply if human(addr)]
        assert own or not human_reply, f"{spec['id']}: human Reply-To but no contact"
        if not own and kind != "other":
            assert not human(sender), f"{spec['id']}: human sender but no contact"


def main() -> None:
    specs: list[Spec] = [*msgs315_rejections.MESSAGES, *msgs315_invites.MESSAGES,
                         *msgs315_acks_offers.MESSAGES, *msgs315_other.MESSAGES]
    builder = Builder(specs)
    ordered = sorted(specs, key=lambda spec: (builder.when(spec), spec["id"]))
    for kind in KINDS:
        for old in (HERE / kind).glob("*.eml") if (HERE / kind).is_dir() else []:
            old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    rows = []
    ids: set[str] = set()
    for number, spec in enumerate(ordered, start=1):
        expected: list[str] = []
        raw = builder.render(spec, expected)
        check(spec, raw, expected, builder)
        message_id = builder.message_id(spec)
        assert message_id not in ids
        ids.add(message_id)
        rel = f"{spec['kind']}/{number:03d}_{spec['id']}.eml"
        (HERE / spec["kind"]).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(raw)
        rows.append([rel, spec["kind"], spec.get("company", ""), spec.get("contact", ""),
                     spec["lang"]])
    rows.sort()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["file", "kind", "company", "contact", "language"])
    writer.writerows(rows)
    labels.write_text(buffer.getvalue(), encoding="utf-8")
    table: dict[str, dict[str, int]] = {kind: dict.fromkeys(LANGUAGES, 0) for kind in KINDS}
    for row in rows:
        table[row[1]][row[4]] += 1
    print(f"{'kind':32}" + "".join(f"{lang:>5}" for lang in LANGUAGES) + "  total")
    for kind in KINDS:
        counts = table[kind]
        print(f"{kind:32}" + "".join(f"{counts[lang]:>5}" for lang in LANGUAGES) +
              f"{sum(counts.values()):>7}")
    totals = {lang: sum(table[kind][lang] for kind in KINDS) for lang in LANGUAGES}
    print(f"{'total':32}" + "".join(f"{totals[lang]:>5}" for lang in LANGUAGES) +
          f"{len(rows):>7}")


if __name__ == "__main__":
    main()
