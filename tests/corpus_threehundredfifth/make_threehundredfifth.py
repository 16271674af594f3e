"""Build corpus 305 (Aitor Goikoetxea's job search, 2026) from the hand-written specs.

Standard library only. Deletes and rewrites only the *.eml files and labels.csv in this folder.
Output is deterministic: boundaries, Message-IDs and dates all come from the specs.

    python tests/corpus_threehundredfifth/make_threehundredfifth.py
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import re
import sys
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs305_acks  # noqa: E402
import msgs305_invites  # noqa: E402
import msgs305_other  # noqa: E402
import msgs305_rejections  # noqa: E402
import msgs305_threads  # noqa: E402
from msgs305_common import CAND, ics, make_pdf  # noqa: E402

POLICY = email.policy.default
MODULES = [msgs305_threads, msgs305_rejections, msgs305_invites, msgs305_acks, msgs305_other]
KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
ATS_DOMAINS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
               "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de",
               "successfactors.eu", "taleo.net", "softgarden.io", "bamboohr.com",
               "workablemail.com", "recruitee.com")
SYSTEM_LOCAL = re.compile(r"^(no-?reply|do-?not-?reply|noreply|notifications?|mailer-daemon|"
                          r"alerts?|alertas|bounces?|news|newsletter|info-noreply)([+.-].*)?$")
LEGAL = re.compile(r"\b(gmbh|s\.?a\.?u?|s\.?l\.?u?|sas|sarl|ltd|inc|ag|plc|llc|kg|se|dac)\.?$",
                   re.IGNORECASE)

DAYS = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
        "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
        "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]}
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
}


def is_system(addr: str) -> bool:
    local, _, domain = addr.lower().partition("@")
    return bool(SYSTEM_LOCAL.match(local)) or domain.endswith(ATS_DOMAINS)


# ----------------------------------------------------------------------------- headers

def encoded_words(text: str, how: str, charset: str, limit: int = 60) -> list[str]:
    """RFC 2047 words for text; spaces stay inside the words (as `_` in Q)."""
    def one(chunk: str) -> str:
        raw = chunk.encode(charset)
        if how == "b":
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        out = []
        for byte in raw:
            char = chr(byte)
            if byte == 0x20:
                out.append("_")
            elif char.isascii() and (char.isalnum() or char in "!*+-/"):
                out.append(char)
            else:
                out.append(f"={byte:02X}")
        return f"=?{charset}?Q?{''.join(out)}?="

    words, chunk = [], ""
    for char in text:
        if chunk and len(one(chunk + char)) > limit:
            words.append(one(chunk))
            chunk = char
        else:
            chunk += char
    words.append(one(chunk))
    return words


def wrap(name: str, value: str) -> str:
    """Fold an ASCII header value at spaces so every line stays within 78 characters."""
    assert value.isascii(), f"{name}: unencoded non-ASCII {value!r}"
    lines, line = [], name + ":"
    for token in value.split(" "):
        if len(line) + 1 + len(token) > 78 and line.strip():
            lines.append(line)
            line = " " + token
        else:
            line += " " + token
    lines.append(line)
    assert all(len(x) <= 78 for x in lines), (name, value)
    return "\n".join(lines)[len(name) + 2:]


def phrase(text: str, enc: tuple[str, str] | None) -> str:
    if enc is None and text.isascii():
        return text
    how, charset = enc or ("q", "utf-8")
    return " ".join(encoded_words(text, how, charset))


def address(pair: tuple[str, str], enc: tuple[str, str] | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    # one encoded word: Python's address parser keeps a space between adjacent words
    how, charset = enc or ("q", "utf-8")
    words = encoded_words(name, how, charset, limit=75)
    assert len(words) == 1, f"display name too long to encode as one word: {name}"
    return words[0] + f" <{addr}>"


def set_header(msg: EmailMessage, name: str, value: str) -> None:
    msg.set_raw(name, wrap(name, value))


# ----------------------------------------------------------------------------- bodies

def text_part(msg: EmailMessage, text: str, subtype: str, charset: str, cte: str,
              expected: list[str], params: dict[str, str] | None = None,
              add: str | None = None) -> None:
    if not text.endswith("\n"):
        text += "\n"
    if cte == "7bit":
        assert text.isascii()
    kwargs: dict[str, Any] = {"subtype": subtype, "charset": charset, "cte": cte}
    if params:
        kwargs["params"] = params
    if add is None:
        msg.set_content(text, **kwargs)
    else:
        msg.add_alternative(text, **kwargs)
    expected.append(text)


def default_cte(text: str, charset: str) -> str:
    return "7bit" if text.isascii() else "8bit"


def fill(msg: EmailMessage, spec: dict[str, Any], body: str, expected: list[str]) -> None:
    """The MIME structure of one message (root already carries its headers)."""
    layout = spec.get("layout", "plain")
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte") or default_cte(body, charset)
    html = spec.get("html")
    if layout in ("html", "alt") and html is None:
        from msgs305_common import html_page
        html = html_page(body, spec.get("brand", "#1d4e89"), spec["subject"])
        html = html.replace('charset="utf-8"', f'charset="{spec.get("html_charset", charset)}"')
    html_cte = spec.get("html_cte", "quoted-printable")
    html_cs = spec.get("html_charset", charset)
    if layout == "html":
        text_part(msg, html, "html", html_cs, html_cte, expected)
    else:
        text_part(msg, body, "plain", charset, cte, expected)
        if layout == "alt":
            text_part(msg, html, "html", html_cs, html_cte, expected, add="alt")
    cal = spec.get("ics")
    if cal:
        cal_text = ics(**cal)
        mode = spec.get("ics_mode", "alt")
        if mode in ("alt", "both"):
            text_part(msg, cal_text, "calendar", "utf-8", "7bit" if cal_text.isascii()
                      else "quoted-printable", expected, params={"method": cal["method"]},
                      add="alt")
        if mode in ("attach", "both"):
            msg.add_attachment(cal_text.encode("utf-8"), maintype="application",
                               subtype="ics", filename="invite.ics")
    for filename, lines in spec.get("pdfs", []):
        msg.add_attachment(make_pdf(lines), maintype="application", subtype="pdf",
                           filename=filename)
    inner = spec.get("fwd")
    if inner:
        inner_msg = EmailMessage(policy=POLICY)
        digest = hashlib.sha1(("fwd" + spec["slug"]).encode()).hexdigest()[:12]
        headers(inner_msg, inner, f"<{digest}@{inner['frm'][1].split('@')[1]}>")
        fill(inner_msg, inner, inner["body"], expected)
        msg.add_attachment(inner_msg, disposition=spec.get("fwd_disposition", "inline"))


def headers(msg: EmailMessage, spec: dict[str, Any], msgid: str,
            refs: list[str] | None = None) -> None:
    set_header(msg, "From", address(spec["frm"], spec.get("name_enc")))
    to = spec.get("to", CAND)
    tos = to if isinstance(to, list) else [to]
    set_header(msg, "To", ", ".join(address(p) for p in tos))
    if spec.get("cc"):
        set_header(msg, "Cc", ", ".join(address(p) for p in spec["cc"]))
    if spec.get("reply_to"):
        set_header(msg, "Reply-To", address(spec["reply_to"], spec.get("reply_enc")))
    set_header(msg, "Subject", phrase(spec["subject"], spec.get("subj_enc")))
    set_header(msg, "Date", format_datetime(when(spec["date"])))
    set_header(msg, "Message-ID", msgid)
    if refs:
        set_header(msg, "In-Reply-To", refs[-1])
        set_header(msg, "References", " ".join(refs))
    for name, value in spec.get("headers", []):
        set_header(msg, name, value)
    set_header(msg, "MIME-Version", "1.0")


def when(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M %z")


def attribution(style: str, parent: dict[str, Any]) -> str:
    name, addr = parent["frm"]
    dt = when(parent["date"])
    lang = style.split("_")[-1]
    day, month = DAYS[lang][dt.weekday()], MONTHS[lang][dt.month - 1]
    hm = dt.strftime("%H:%M")
    if style.startswith("outlook"):
        to = parent.get("to", CAND)
        to_name = to[0] if isinstance(to, tuple) else to[0][0]
        labels = {"en": ("From", "Sent", "To", "Subject"),
                  "es": ("De", "Enviado el", "Para", "Asunto"),
                  "de": ("Von", "Gesendet", "An", "Betreff"),
                  "fr": ("De :", "Envoyé :", "À :", "Objet :")}[lang]
        sep = " " if lang == "fr" else ": "
        stamp = {"en": f"{dt:%A}, {dt.day} {dt:%B} {dt.year} {hm}",
                 "es": f"{day} {dt.day} {month} {dt.year} {hm}",
                 "de": f"{day} {dt.day:02d}.{dt.month:02d}.{dt.year} {hm}",
                 "fr": f"{day} {dt.day} {month} {dt.year} {hm}"}[lang]
        head = "-----Original Message-----\n" if lang == "en" else "_" * 32 + "\n"
        return (head + f"{labels[0]}{sep}{name} <{addr}>\n{labels[1]}{sep}{stamp}\n"
                f"{labels[2]}{sep}{to_name}\n{labels[3]}{sep}{parent['subject']}\n")
    if lang == "en":
        return f"On {day}, {dt.day} {month} {dt.year} at {hm}, {name} <{addr}> wrote:"
    if lang == "de":
        return f"Am {dt.day:02d}.{dt.month:02d}.{dt.year} um {hm} schrieb {name} <{addr}>:"
    if lang == "fr":
        return f"Le {day} {dt.day} {month} {dt.year} à {hm}, {name} <{addr}> a écrit :"
    return f"El {day}, {dt.day} {month} {dt.year} a las {hm}, {name} (<{addr}>) escribió:"


def compose(spec: dict[str, Any], parent: dict[str, Any] | None) -> str:
    body = spec["body"].rstrip("\n")
    if parent is None or not spec.get("quote"):
        return body + "\n"
    old = parent["_body"].rstrip("\n")
    if spec["quote"].startswith("outlook"):
        return body + "\n\n" + attribution(spec["quote"], parent) + "\n" + old + "\n"
    quoted = "\n".join(">" + ("" if not line else line if line.startswith(">") else " " + line)
                       for line in old.split("\n"))
    return body + "\n\n" + attribution(spec["quote"], parent) + "\n" + quoted + "\n"


# ----------------------------------------------------------------------------- checks

def label_of(spec: dict[str, Any]) -> dict[str, str]:
    own = spec["frm"][1] == CAND[1]
    if own:
        contact = ""
    elif "contact" in spec:
        contact = spec["contact"]
    elif spec.get("reply_to") and not is_system(spec["reply_to"][1]):
        contact = spec["reply_to"][1]
    elif not is_system(spec["frm"][1]) and not spec.get("bot"):
        contact = spec["frm"][1]
    else:
        contact = ""
    return {"kind": spec["kind"], "company": spec["company"], "contact": contact.lower(),
            "language": spec["lang"]}


def check_label(spec: dict[str, Any], label: dict[str, str]) -> None:
    slug = spec["slug"]
    assert label["kind"] in KINDS, slug
    assert label["language"] in ("en", "de", "fr", "es"), slug
    company = label["company"]
    if label["kind"] == "other":
        assert company == "", slug
    else:
        assert company and company == company.strip() and not LEGAL.search(company), slug
    if spec["frm"][1] == CAND[1]:
        assert label["kind"] == "other" and not label["contact"], slug
    contact = label["contact"]
    if contact:
        assert contact == contact.lower() and contact != CAND[1], slug
        assert not is_system(contact), slug
        heads = [spec["frm"][1].lower()]
        if spec.get("reply_to"):
            heads.append(spec["reply_to"][1].lower())
        assert contact in heads, slug


def check_roundtrip(data: bytes, spec: dict[str, Any], expected: list[str]) -> None:
    slug = spec["slug"]
    msg = email.message_from_bytes(data, policy=POLICY)
    for part in msg.walk():
        assert not part.defects, (slug, part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", None), (slug, name, value.defects)
    assert str(msg["Subject"]) == spec["subject"], (slug, str(msg["Subject"]))
    assert msg["From"].addresses[0].display_name == spec["frm"][0], slug
    assert msg["From"].addresses[0].addr_spec == spec["frm"][1], slug
    assert msg["Date"].datetime == when(spec["date"]), slug
    got = [part.get_content().replace("\r\n", "\n") for part in msg.walk()
           if part.get_content_maintype() == "text"]
    assert got == expected, (slug, [g[:60] for g in got], [e[:60] for e in expected])


def strip_mime_version(msg: EmailMessage) -> None:
    """MIME-Version only on a message's top (also an attached message's), not on its parts."""
    def walk(part: EmailMessage, top: bool) -> None:
        if not top:
            del part["MIME-Version"]
        if part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                walk(inner, True)
        elif part.is_multipart():
            for sub in part.get_payload():
                walk(sub, False)
    walk(msg, True)


# ----------------------------------------------------------------------------- main

def build() -> None:
    specs = [spec for module in MODULES for spec in module.MESSAGES]
    by_key: dict[str, dict[str, Any]] = {}
    slugs: set[str] = set()
    rows = []
    outputs: dict[str, bytes] = {}
    for index, spec in enumerate(specs, start=1):
        assert spec["slug"] not in slugs, spec["slug"]
        slugs.add(spec["slug"])
        domain = spec["frm"][1].split("@")[1]
        digest = hashlib.sha1(spec["slug"].encode()).hexdigest()[:10]
        msgid = f"<{digest}.{index:03d}@{domain}>"
        parent = by_key[spec["parent"]] if spec.get("parent") else None
        refs = [*parent["_refs"], parent["_msgid"]] if parent else []
        body = compose(spec, parent)
        spec.update(_msgid=msgid, _refs=refs, _body=body)
        if spec.get("key"):
            by_key[spec["key"]] = spec
        msg = EmailMessage(policy=POLICY)
        expected: list[str] = []
        try:
            headers(msg, spec, msgid, refs)
            fill(msg, spec, body, expected)
        except Exception as error:
            raise RuntimeError(f"{spec['slug']}: {error}") from error
        strip_mime_version(msg)
        count = 0
        for part in msg.walk():
            if part.get_content_maintype() == "multipart":
                count += 1
                part.set_boundary(f"b305-{index:03d}-{count}-{digest[:6]}")
        data = msg.as_bytes(policy=POLICY)
        check_roundtrip(data, spec, expected)
        label = label_of(spec)
        check_label(spec, label)
        rel = f"{spec['kind']}/{index:03d}_{spec['slug']}.eml"
        outputs[rel] = data
        rows.append({"file": rel, **label})
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    for rel, data in outputs.items():
        target = HERE / rel
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(data)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, ["file", "kind", "company", "contact", "language"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    table: dict[str, dict[str, int]] = {k: {} for k in KINDS}
    for row in rows:
        table[row["kind"]][row["language"]] = table[row["kind"]].get(row["language"], 0) + 1
    print(f"{len(rows)} messages")
    for kind, langs in table.items():
        print(f"  {kind:32} {sum(langs.values()):3}  {dict(sorted(langs.items()))}")
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["language"]] = totals.get(row["language"], 0) + 1
    print("  languages", dict(sorted(totals.items())))


if __name__ == "__main__":
    build()
