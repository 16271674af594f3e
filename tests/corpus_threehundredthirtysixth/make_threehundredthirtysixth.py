"""Build corpus 336 (job-search mail of Mathilde Vasseur-Kerbrat) from the hand-written specs.

Standard library only. Deletes and rewrites only *.eml files and labels.csv in this folder, then
re-parses every message with email.policy.default and checks it against its spec and the label
rules. The output is the same bytes on every run.

    python tests/corpus_threehundredthirtysixth/make_threehundredthirtysixth.py
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import re
import sys
from collections import Counter
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))

import msgs336_acks  # noqa: E402
import msgs336_invites  # noqa: E402
import msgs336_other  # noqa: E402
import msgs336_rejections  # noqa: E402
import msgs336_threads  # noqa: E402
from msgs336_common import CAND, CAND_ADDR, Spec, pdf  # noqa: E402

KINDS = (
    "rejection", "interview_invitation", "interview_reschedule_or_cancel",
    "missed_interview_notice", "application_received", "offer", "other",
)
LANGS = ("fr", "en", "de", "es")
ATS_DOMAINS = (
    "myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com", "icims.com",
    "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu", "taleo.net",
    "softgarden.io", "bamboohr.com", "workablemail.com", "recruitee.com",
)
SYSTEM_LOCAL = re.compile(
    r"(no-?reply|do-?not-?reply|ne-?pas-?repondre|noreply|notification|alert|newsletter|"
    r"mailer|bounce|news|info-envoi|jobs-noreply|bulletin|service-client|nepasrepondre|"
    r"automat|system)"
)
LEGAL_FORMS = re.compile(
    r"(?<!\w)(GmbH|SA|S\.A\.|SAS|SARL|S\.L\.|SL|Ltd|Inc|AG|BV|NV|SRL|KG|LLP|LLC|PartGmbB)(?!\w)"
)
POLICY = email.policy.default.clone(linesep="\n")
MONTHS = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "fr": ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
           "nov.", "déc."],
    "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
           "Nov.", "Dez."],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
}
FULL_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}
DAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
}
FULL_DAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}


# ---------------------------------------------------------------- headers


def encoded_words(text: str, charset: str = "utf-8", mode: str = "q", limit: int = 62) -> str:
    """RFC 2047 encoded words for text, folded so that no word passes 75 characters."""
    words: list[str] = []
    current = ""

    def wrap(chunk: str) -> str:
        raw = chunk.encode(charset)
        if mode == "b":
            return f"=?{charset}?B?{base64.b64encode(raw).decode('ascii')}?="
        out = []
        for byte in raw:
            char = chr(byte)
            if char == " ":
                out.append("_")
            elif char.isascii() and (char.isalnum() or char in "!*+-/"):
                out.append(char)
            else:
                out.append(f"={byte:02X}")
        return f"=?{charset}?Q?{''.join(out)}?="

    for char in text:
        if len(wrap(current + char)) > limit:
            words.append(wrap(current))
            current = ""
        current += char
    if current:
        words.append(wrap(current))
    return "\n ".join(words)


def address(name: str, addr: str, enc: tuple[str, str] | None = None) -> str:
    if not name:
        return addr
    if enc is None and name.isascii():
        return formataddr((name, addr))
    charset, mode = enc or ("utf-8", "q")
    words = encoded_words(name, charset, mode, limit=70)
    if "\n" in words:  # Python's address parser would add a space between the words
        raise ValueError(f"display name too long for one encoded word: {name}")
    last = words.split("\n")[-1]
    joiner = "\n " if len(last) + len(addr) > 66 else " "
    return f"{words}{joiner}<{addr}>"


def parse_date(value: str) -> dt.datetime:
    """'2026-03-04 10:12' (Paris time, with DST) or '2026-03-04 10:12 +0000'."""
    parts = value.split()
    naive = dt.datetime.strptime(" ".join(parts[:2]), "%Y-%m-%d %H:%M")
    if len(parts) == 3:
        sign = 1 if parts[2][0] == "+" else -1
        hours, minutes = int(parts[2][1:3]), int(parts[2][3:5])
        offset = dt.timedelta(hours=hours, minutes=minutes) * sign
    else:
        summer = dt.datetime(2026, 3, 29, 2) <= naive < dt.datetime(2026, 10, 25, 3)
        offset = dt.timedelta(hours=2 if summer else 1)
    return naive.replace(tzinfo=dt.timezone(offset))


def msgid(spec: Spec) -> str:
    digest = hashlib.sha1(spec["id"].encode()).hexdigest()[:12]
    domain = spec["frm"][1].split("@")[1]
    return f"<{digest}.{spec['id']}@{domain}>"


# ---------------------------------------------------------------- quoting


def attribution(style: str, parent: Spec) -> str:
    when = parse_date(parent["date"])
    name, addr = parent["frm"]
    hhmm = when.strftime("%H:%M")
    wd = when.weekday()
    mo = when.month - 1
    if style == "en":
        return f"On {DAYS['en'][wd]}, {when.day} {MONTHS['en'][mo]} 2026 at {hhmm}, " \
               f"{name} <{addr}> wrote:"
    if style == "fr":
        return f"Le {DAYS['fr'][wd]} {when.day} {MONTHS['fr'][mo]} 2026 à {hhmm}, " \
               f"{name} <{addr}> a écrit :"
    if style == "de":
        return f"Am {DAYS['de'][wd]}, {when.day}. {MONTHS['de'][mo]} 2026 um {hhmm} Uhr " \
               f"schrieb {name} <{addr}>:"
    if style == "es":
        return f"El {DAYS['es'][wd]}, {when.day} {MONTHS['es'][mo]} 2026 a las {hhmm}, " \
               f"{name} (<{addr}>) escribió:"
    raise ValueError(style)


def outlook_block(style: str, parent: Spec) -> str:
    when = parse_date(parent["date"])
    name, addr = parent["frm"]
    to = ", ".join(n or a for n, a in parent.get("to", [CAND]))
    lang = style.split("_")[1]
    day, month = FULL_DAYS[lang][when.weekday()], FULL_MONTHS[lang][when.month - 1]
    hhmm = when.strftime("%H:%M")
    if lang == "en":
        sent = f"{day}, {month} {when.day}, 2026 {hhmm}"
        keys = ("From", "Sent", "To", "Subject")
    elif lang == "fr":
        sent = f"{day} {when.day} {month} 2026 {hhmm}"
        keys = ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0")
    elif lang == "de":
        sent = f"{day}, {when.day}. {month} 2026 {hhmm}"
        keys = ("Von", "Gesendet", "An", "Betreff")
    else:
        sent = f"{day}, {when.day} de {month} de 2026 {hhmm}"
        keys = ("De", "Enviado el", "Para", "Asunto")
    head = "-----Original Message-----\n" if lang == "en" else "________________________________\n"
    return (
        f"{head}{keys[0]}: {name} <{addr}>\n{keys[1]}: {sent}\n{keys[2]}: {to}\n"
        f"{keys[3]}: {parent['subject']}\n\n"
    )


def strip_html(html: str) -> str:
    text = re.sub(r"<(br|/p|/tr|/h2)[^>]*>", "\n", html)
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("&amp;", "&").replace("&nbsp;", " ")
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def full_text(spec: Spec, by_id: dict[str, Spec]) -> str | None:
    """The plain body of a spec, with its parent quoted under it when asked."""
    if "_full" in spec:
        return spec["_full"]
    text = spec.get("text")
    style = spec.get("quote")
    if style and text is not None:
        parent = by_id[spec["parent"]]
        ptext = full_text(parent, by_id)
        if ptext is None:
            ptext = strip_html(parent["html"])
        if style.startswith("outlook"):
            text = text.rstrip("\n") + "\n\n" + outlook_block(style, parent) + ptext
        else:
            quoted = "\n".join(">" + (" " + line if line else "") for line in ptext.splitlines())
            text = text.rstrip("\n") + "\n\n" + attribution(style, parent) + "\n" + quoted
    spec["_full"] = text
    return text


# ---------------------------------------------------------------- building


def text_part(target: EmailMessage, body: str, subtype: str, charset: str, cte: str,
              params: dict[str, str] | None = None) -> None:
    target.set_content(body, subtype=subtype, charset=charset, cte=cte, params=params or {})


def choose_cte(body: str, charset: str, wanted: str | None) -> str:
    if wanted:
        return wanted
    if body.isascii() and max(len(x) for x in body.splitlines() or [""]) < 900:
        return "7bit"
    return "quoted-printable"


def inner_message(spec: Spec) -> EmailMessage:
    inner = EmailMessage(policy=POLICY)
    inner.set_raw("From", address(*spec["frm"]))
    inner.set_raw("To", ", ".join(address(n, a) for n, a in spec.get("to", [CAND])))
    inner.set_raw("Subject", subject_value(spec["subject"], None))
    inner["Date"] = format_datetime(parse_date(spec["date"]))
    inner["Message-ID"] = msgid(spec)
    charset = spec.get("charset", "utf-8")
    text_part(inner, spec["text"], "plain", charset, choose_cte(spec["text"], charset, None))
    return inner


def subject_value(subject: str, enc: tuple[str, str] | None) -> str:
    if enc is None and subject.isascii():
        return subject
    charset, mode = enc or ("utf-8", "q")
    return encoded_words(subject, charset, mode)


def build(spec: Spec, by_id: dict[str, Spec]) -> tuple[EmailMessage, list[str]]:
    """The message of one spec and the text bodies it must show after a round trip."""
    msg = EmailMessage(policy=POLICY)
    msg.set_raw("From", address(*spec["frm"], enc=spec.get("from_enc")))
    if spec.get("reply_to"):
        msg.set_raw("Reply-To", address(*spec["reply_to"]))
    msg.set_raw("To", ", ".join(address(n, a) for n, a in spec.get("to", [CAND])))
    if spec.get("cc"):
        msg.set_raw("Cc", ", ".join(address(n, a) for n, a in spec["cc"]))
    msg.set_raw("Subject", subject_value(spec["subject"], spec.get("subj_enc")))
    msg["Date"] = format_datetime(parse_date(spec["date"]))
    msg["Message-ID"] = msgid(spec)
    if spec.get("parent"):
        chain = []
        node = spec
        while node.get("parent"):
            node = by_id[node["parent"]]
            chain.append(msgid(node))
        msg["In-Reply-To"] = chain[0]
        msg.set_raw("References", "\n ".join(reversed(chain)))
    for name, value in spec.get("headers", {}).items():
        msg[name] = value

    charset = spec.get("charset", "utf-8")
    text = full_text(spec, by_id)
    html = spec.get("html")
    expected: list[str] = []
    if text is not None:
        text_part(msg, text, "plain", charset, choose_cte(text, charset, spec.get("cte")))
        expected.append(text)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset=charset,
                                cte=choose_cte(html, charset, spec.get("html_cte")))
            expected.append(html)
    else:
        text_part(msg, html, "html", charset, choose_cte(html, charset, spec.get("cte")))
        expected.append(html)
    if spec.get("ics"):
        method = "CANCEL" if "METHOD:CANCEL" in spec["ics"] else "REQUEST"
        if msg.get_content_type() != "multipart/alternative":
            msg.make_alternative()
        msg.add_alternative(spec["ics"], subtype="calendar", charset="utf-8",
                            cte=choose_cte(spec["ics"], "utf-8", None),
                            params={"method": method})
        expected.append(spec["ics"])
    for filename, lines in spec.get("pdfs", []):
        msg.add_attachment(pdf(lines), maintype="application", subtype="pdf",
                           filename=filename)
    if spec.get("ics_file"):
        msg.add_attachment(spec["ics_file"].encode("utf-8"), maintype="application",
                           subtype="ics", filename="invite.ics")
    if spec.get("fwd"):
        inner = inner_message(spec["fwd"])
        msg.add_attachment(inner, disposition="inline")
        expected.append(spec["fwd"]["text"])
    number = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            number += 1
            part.set_boundary(f"=_336_{spec['id']}_{number}")
    return msg, expected


def serialize(msg: EmailMessage) -> bytes:
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=POLICY).flatten(msg)
    return out.getvalue()


# ---------------------------------------------------------------- checks


def is_system(addr: str) -> bool:
    local, _, domain = addr.lower().partition("@")
    return any(domain == d or domain.endswith("." + d) for d in ATS_DOMAINS) or bool(
        SYSTEM_LOCAL.search(local)
    )


def expected_contact(spec: Spec) -> str:
    if spec["frm"][1] == CAND_ADDR:
        return ""
    if spec.get("system"):
        return ""
    reply = spec.get("reply_to")
    if reply and not is_system(reply[1]):
        return reply[1].lower()
    if not is_system(spec["frm"][1]):
        return spec["frm"][1].lower()
    return ""


def check(spec: Spec, data: bytes, expected: list[str]) -> None:
    name = spec["id"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    problems: list[str] = []
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects {part.defects}")
    if str(msg["subject"]) != spec["subject"]:
        problems.append(f"subject {msg['subject']!r}")
    if msg["from"].addresses[0].display_name != spec["frm"][0]:
        problems.append(f"from name {msg['from'].addresses[0].display_name!r}")
    if msg["date"].datetime != parse_date(spec["date"]):
        problems.append("date")
    bodies = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
    want = [b if b.endswith("\n") else b + "\n" for b in expected]
    got = [b.replace("\r\n", "\n") for b in bodies]
    if got != want:
        problems.append("bodies differ")
    kind, lang = spec["kind"], spec["lang"]
    if kind not in KINDS or lang not in LANGS:
        problems.append("kind/lang")
    company = spec.get("company", "")
    if kind == "other" and company:
        problems.append("company on other")
    if kind != "other" and not company:
        problems.append("no company on job mail")
    if company != company.strip() or LEGAL_FORMS.search(company):
        problems.append("company form")
    contact = spec.get("contact", "")
    if contact != expected_contact(spec):
        problems.append(f"contact {contact!r} != {expected_contact(spec)!r}")
    if contact:
        heads = [a.lower() for _, a in getaddresses(
            [str(v) for h in ("Reply-To", "From") for v in msg.get_all(h, [])])]
        if contact not in heads or contact != contact.lower():
            problems.append("contact not in headers")
    if spec["frm"][1] == CAND_ADDR and kind != "other":
        problems.append("own mail must be other")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))


def main() -> None:
    specs: list[Spec] = [
        *msgs336_threads.SPECS, *msgs336_rejections.SPECS, *msgs336_invites.SPECS,
        *msgs336_acks.SPECS, *msgs336_other.SPECS,
    ]
    by_id: dict[str, Spec] = {}
    for spec in specs:
        if spec["id"] in by_id:
            raise SystemExit(f"duplicate id {spec['id']}")
        by_id[spec["id"]] = spec
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    labels = HERE / "labels.csv"
    if labels.exists():
        labels.unlink()
    numbers: Counter[str] = Counter()
    rows = []
    table: Counter[tuple[str, str]] = Counter()
    for spec in specs:
        kind = spec["kind"]
        numbers[kind] += 1
        rel = f"{kind}/{numbers[kind]:03d}_{spec['id']}.eml"
        try:
            msg, expected = build(spec, by_id)
            data = serialize(msg)
        except (UnicodeError, ValueError, KeyError) as error:
            raise SystemExit(f"{spec['id']}: {error!r}") from error
        check(spec, data, expected)
        (HERE / kind).mkdir(exist_ok=True)
        (HERE / rel).write_bytes(data)
        rows.append([rel, kind, spec.get("company", ""), spec.get("contact", ""), spec["lang"]])
        table[(kind, spec["lang"])] += 1
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"{len(rows)} messages")
    print(f"{'kind':34}" + "".join(f"{lang:>5}" for lang in LANGS) + "  total")
    for kind in KINDS:
        counts = [table[(kind, lang)] for lang in LANGS]
        print(f"{kind:34}" + "".join(f"{c:>5}" for c in counts) + f"{sum(counts):>7}")
    totals = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    print(f"{'total':34}" + "".join(f"{c:>5}" for c in totals) + f"{sum(totals):>7}")


if __name__ == "__main__":
    main()

