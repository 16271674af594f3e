"""Build corpus 284 from the hand-written specs in msgs284_*.py (standard library only).

Run from the repository root:

    python tests/corpus_twohundredeightyfourth/make_twohundredeightyfourth.py

It deletes and rewrites only *.eml files and labels.csv inside this folder, then re-parses
every written message with the default policy and checks it has no defects and that its
subject and bodies round-trip.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import quopri
import re
import sys
from collections import Counter
from email.generator import BytesGenerator
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, getaddresses
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs284_acks  # noqa: E402
import msgs284_invites  # noqa: E402
import msgs284_other  # noqa: E402
import msgs284_rejections  # noqa: E402
from msgs284_common import (  # noqa: E402
    CANDIDATE,
    CANDIDATE_ADDR,
    SHELLS,
    forward_block,
    outlook_block,
    reply_quote,
)

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52}
LANGS = {"en", "de", "fr", "es"}
LEGAL = re.compile(r"(?i)(?:\s|,)(gmbh|ag|sa|sas|sasu|sarl|eurl|s\.\s?l\.?|s\.\s?a\.?|sl|ltd\.?|"
                   r"limited|inc\.?|llc|plc|kg|e\.\s?v\.|se|bv|co\.)$")

# ---------------------------------------------------------------------------
# headers
# ---------------------------------------------------------------------------

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


_Q_TEXT = _Q_SAFE | set(b"-.,:;()'!*+/")


def _q(data: bytes, safe: set[int] = _Q_SAFE) -> str:
    out = []
    for byte in data:
        if byte in safe:
            out.append(chr(byte))
        elif byte == 0x20:
            out.append("_")
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def encoded_words(text: str, mode: str, limit: int = 64, phrase: bool = True) -> list[str]:
    """text as RFC 2047 encoded words; mode like 'q-utf-8' or 'b-iso-8859-1'. In a phrase
    (display name) Q keeps only letters and digits; in unstructured text (Subject) it keeps
    common punctuation readable too."""
    enc, charset = mode.split("-", 1)
    enc = enc.upper()
    safe = _Q_SAFE if phrase else _Q_TEXT

    def word(chunk: str) -> str:
        data = chunk.encode(charset)
        body = base64.b64encode(data).decode("ascii") if enc == "B" else _q(data, safe)
        return f"=?{charset}?{enc}?{body}?="

    words, current = [], ""
    for ch in text:
        if current and len(word(current + ch)) > limit:
            words.append(word(current))
            current = ch
        else:
            current += ch
    if current:
        words.append(word(current))
    return words


def fold_plain(name: str, value: str) -> str:
    """Fold an ASCII header at spaces so lines stay under 78 characters."""
    line, lines = f"{name}: ", []
    for token in value.split(" "):
        candidate = token if line.endswith(": ") else " " + token
        if len(line) + len(candidate) > 76 and not line.endswith(": "):
            lines.append(line)
            line = " " + token
        else:
            line += candidate
    lines.append(line)
    return "\n".join(lines)


def header_text(name: str, value: str, mode: str | None) -> str:
    if mode is None and value.isascii():
        return fold_plain(name, value)
    words = encoded_words(value, mode or "q-utf-8", phrase=False)
    return f"{name}: " + "\n ".join(words)


_SPECIALS = set('()<>@,;:\\".[]')


def mailbox(pair: tuple[str, str], mode: str | None = None) -> str:
    name, addr = pair
    if not name:
        return addr
    if mode is None and name.isascii():
        if any(ch in _SPECIALS for ch in name):
            escaped = name.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{escaped}" <{addr}>'
        return f"{name} <{addr}>"
    return display_name(name, mode or "q-utf-8") + f" <{addr}>"


def display_name(name: str, mode: str) -> str:
    """An encoded display name. One encoded word when it fits in 75 characters; otherwise
    plain atoms stay plain and only the runs of words that need it are encoded, since
    decoders disagree on the space between adjacent encoded words inside a phrase."""
    single = encoded_words(name, mode, limit=75)
    if len(single) == 1:
        return single[0]
    out: list[str] = []
    run: list[str] = []
    for token in name.split(" "):
        if token.isascii() and not any(ch in _SPECIALS for ch in token) and "=?" not in token:
            if run:
                out.extend(_one_word(" ".join(run), mode))
                run = []
            out.append(token)
        else:
            run.append(token)
    if run:
        out.extend(_one_word(" ".join(run), mode))
    return " ".join(out)


def _one_word(text: str, mode: str) -> list[str]:
    words = encoded_words(text, mode, limit=75)
    if len(words) != 1:
        raise ValueError(f"display-name run too long for one encoded word: {text!r}")
    return words


def address_header(name: str, pairs: list[tuple[str, str]], mode: str | None = None) -> str:
    return f"{name}: " + ",\n ".join(mailbox(p, mode) for p in pairs)


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------


def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    while day.weekday() != 6:
        day -= dt.timedelta(days=1)
    return day


def offset_for(stamp: dt.datetime, tz: str) -> dt.timedelta:
    """Sender UTC offset: 'cet' (Paris, Kiel, Santander), 'dublin', 'utc' or '+hhmm'."""
    if tz == "utc":
        return dt.timedelta(0)
    if re.fullmatch(r"[+-]\d{4}", tz):
        sign = 1 if tz[0] == "+" else -1
        return sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:]))
    base = {"cet": 1, "dublin": 0}[tz]
    start = dt.datetime.combine(_last_sunday(stamp.year, 3), dt.time(1)) + dt.timedelta(hours=base)
    end = dt.datetime.combine(_last_sunday(stamp.year, 10), dt.time(1)) + dt.timedelta(hours=base)
    summer = start <= stamp < end
    return dt.timedelta(hours=base + (1 if summer else 0))


def aware(stamp: str, tz: str, seconds: int = 0) -> dt.datetime:
    naive = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(second=seconds)
    return naive.replace(tzinfo=dt.timezone(offset_for(naive, tz)))


# ---------------------------------------------------------------------------
# attachments
# ---------------------------------------------------------------------------


def _pdf_text(value: str) -> bytes:
    data = value.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(title: str, lines: list[str]) -> bytes:
    """A small valid one-page PDF (Helvetica, WinAnsi) with a correct xref table."""
    stream = [b"BT", b"/F1 15 Tf", b"56 780 Td", b"(" + _pdf_text(title) + b") Tj",
              b"/F1 10 Tf", b"0 -28 Td"]
    for line in lines:
        stream.append(b"(" + _pdf_text(line) + b") Tj")
        stream.append(b"0 -15 Td")
    stream.append(b"ET")
    content = b"\n".join(stream)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n".encode())
    out.write(b"0000000000 65535 f \n")
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _ics_escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, current = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0]] + [" " + x for x in out[1:]]


def _utc(stamp: str, tz: str) -> str:
    return aware(stamp, tz).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def make_ics(spec: dict, sent: dt.datetime) -> str:
    status = spec["status"] or ("CANCELLED" if spec["method"] == "CANCEL" else "CONFIRMED")
    org_name, org_addr = spec["organizer"]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        f"METHOD:{spec['method']}",
        "BEGIN:VEVENT",
        f"UID:{spec['uid']}",
        f"SEQUENCE:{spec['sequence']}",
        f"DTSTAMP:{sent.astimezone(dt.UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"DTSTART:{_utc(spec['start'], spec['tz'])}",
        f"DTEND:{_utc(spec['end'], spec['tz'])}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
    ]
    for name, addr in spec["attendees"]:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f"RSVP=TRUE;CN=\"{name}\":mailto:{addr}")
    lines.append(f"SUMMARY:{_ics_escape(spec['summary'])}")
    if spec["location"]:
        lines.append(f"LOCATION:{_ics_escape(spec['location'])}")
    if spec["description"]:
        lines.append(f"DESCRIPTION:{_ics_escape(spec['description'])}")
    lines += [f"STATUS:{status}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    folded = [part for line in lines for part in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------------------
# parts
# ---------------------------------------------------------------------------


def _strip_mime_version(part: MIMENonMultipart | MIMEMultipart | MIMEApplication) -> None:
    del part["MIME-Version"]


def text_part(subtype: str, content: str, charset: str, cte: str | None,
              extra: dict | None = None) -> MIMENonMultipart:
    params = {"charset": charset, **(extra or {})}
    part = MIMENonMultipart("text", subtype, **params)
    data = content.encode(charset)
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    if cte in ("7bit", "8bit"):
        if cte == "7bit" and not data.isascii():
            raise ValueError("7bit body with non-ASCII text")
        part.set_payload(data.decode("ascii", "surrogateescape"))
    elif cte == "quoted-printable":
        part.set_payload(quopri.encodestring(data).decode("ascii"))
    elif cte == "base64":
        crlf = content.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
        part.set_payload(base64.encodebytes(crlf).decode("ascii"))
    else:
        raise ValueError(cte)
    part["Content-Transfer-Encoding"] = cte
    return part


# ---------------------------------------------------------------------------
# the corpus
# ---------------------------------------------------------------------------

MODULES = [msgs284_rejections, msgs284_invites, msgs284_acks, msgs284_other]


def load() -> list[dict]:
    specs = [spec for module in MODULES for spec in module.MESSAGES]
    counters: Counter[str] = Counter()
    keys = set()
    for spec in sorted(specs, key=lambda s: KINDS.index(s["kind"])):
        counters[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"
        spec.setdefault("key", spec["slug"])
        if spec["key"] in keys:
            raise ValueError(f"duplicate key {spec['key']}")
        keys.add(spec["key"])
    return specs


def digest(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


class Builder:
    def __init__(self, specs: list[dict]) -> None:
        self.specs = specs
        self.by_key = {s["key"]: s for s in specs}
        self.done: dict[str, dict] = {}

    # --- derived values -------------------------------------------------
    def sender(self, spec: dict) -> tuple[str, str]:
        return spec.get("frm", CANDIDATE)

    def tz(self, spec: dict) -> str:
        if "tz" in spec:
            return spec["tz"]
        return "dublin" if spec["lang"] == "en" and spec.get("region") != "cet" else "cet"

    def resolve(self, key: str) -> dict:
        if key in self.done:
            return self.done[key]
        spec = self.by_key[key]
        sender = self.sender(spec)
        seconds = int(digest(spec["key"], "s"), 16) % 60
        when = aware(spec["date"], self.tz(spec), seconds)
        domain = sender[1].split("@", 1)[1]
        mid = spec.get("message_id") or (
            f"<{when.strftime('%Y%m%d%H%M%S')}.{digest(spec['key'])[:12]}@{domain}>")
        text = spec.get("body", "")
        quote = spec.get("quote")
        parent = spec.get("parent")
        if quote:
            old = self.resolve(quote["of"])
            lang = quote.get("lang", spec["lang"])
            style = quote.get("style", "reply")
            old_from = old["from"]
            old_to = old["to"][0]
            if style == "reply":
                block = reply_quote(lang, old["spec"]["date"], old_from[0], old_from[1],
                                    old["text"])
            elif style == "outlook":
                block = outlook_block(lang, old["spec"]["date"], old_from, old_to,
                                      old["spec"]["subject"], old["text"])
            else:
                block = forward_block(lang, old["spec"]["date"], old_from, old_to,
                                      old["spec"]["subject"], old["text"])
            text = text.rstrip("\n") + "\n\n" + block + "\n"
            if parent is None and style != "forward":
                parent = quote["of"]
        refs: list[str] = []
        if parent:
            up = self.resolve(parent)
            refs = [*up["refs"], up["mid"]]
        info = {"spec": spec, "when": when, "mid": mid, "text": text, "refs": refs,
                "from": sender, "to": spec.get("to", [CANDIDATE])}
        self.done[key] = info
        return info

    # --- MIME -----------------------------------------------------------
    def build(self, spec: dict) -> tuple[bytes, dict]:
        info = self.resolve(spec["key"])
        text = info["text"]
        charset = spec.get("charset", "utf-8")
        cte = spec.get("cte")
        layout = spec.get("parts", "plain")
        boundary_base = f"=_284_{digest(spec['key'], 'b')[:16]}"
        html = None
        if layout in ("html", "alt"):
            html = spec.get("html")
            if html is None:
                shell = SHELLS[spec.get("shell", "simple")]
                html = shell(text, lang=spec["lang"], **spec.get("shell_opts", {}))
            html = html.replace("charset=utf-8", f"charset={charset}")
        info["html"] = html

        plain = text_part("plain", text, charset, cte) if layout != "html" else None
        htmlpart = text_part("html", html, charset, spec.get("html_cte", cte)) if html else None

        inline_cal, attached = [], []
        for att in spec.get("attach", []):
            if att["type"] == "ics":
                body = make_ics(att, info["when"])
                if att["inline"]:
                    inline_cal.append(text_part("calendar", body, "utf-8", None,
                                                {"method": att["method"]}))
                else:
                    part = MIMEApplication(body.encode("utf-8"), "ics", name=att["filename"])
                    part.add_header("Content-Disposition", "attachment",
                                    filename=att["filename"])
                    attached.append(part)
            elif att["type"] == "pdf":
                part = MIMEApplication(make_pdf(att["title"], att["lines"]), "pdf",
                                       name=att["filename"])
                part.add_header("Content-Disposition", "attachment", filename=att["filename"])
                attached.append(part)
            else:
                raise ValueError(att["type"])

        leaves = [p for p in (plain, htmlpart) if p is not None] + inline_cal
        if len(leaves) == 1:
            main = leaves[0]
        else:
            main = MIMEMultipart("alternative", boundary=boundary_base + "_alt")
            for leaf in leaves:
                _strip_mime_version(leaf)
                main.attach(leaf)
        if attached:
            root = MIMEMultipart("mixed", boundary=boundary_base + "_mix")
            _strip_mime_version(main)
            root.attach(main)
            for part in attached:
                _strip_mime_version(part)
                root.attach(part)
        else:
            root = main
        if "MIME-Version" not in root:
            root["MIME-Version"] = "1.0"

        lines = [f"Date: {format_datetime(info['when'])}"]
        lines.append(address_header("From", [info["from"]], spec.get("name_enc")))
        if spec.get("reply_to"):
            lines.append(address_header("Reply-To", [spec["reply_to"]],
                                        spec.get("reply_to_enc")))
        lines.append(address_header("To", info["to"], spec.get("to_enc")))
        if spec.get("cc"):
            lines.append(address_header("Cc", spec["cc"], spec.get("to_enc")))
        lines.append(header_text("Subject", spec["subject"], spec.get("subject_enc")))
        lines.append(f"Message-ID: {info['mid']}")
        if info["refs"]:
            lines.append(f"In-Reply-To: {info['refs'][-1]}")
            lines.append("References: " + "\n ".join(info["refs"]))
        for name, value in spec.get("headers", []):
            lines.append(fold_plain(name, value) if " " in value else f"{name}: {value}")
        head = ("\n".join(lines) + "\n").encode("ascii")

        buffer = io.BytesIO()
        BytesGenerator(buffer, mangle_from_=False, maxheaderlen=78).flatten(root)
        return head + buffer.getvalue(), info


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------

NOREPLY = re.compile(r"(^|[._+-])(no-?reply|noreply|do-?not-?reply|donotreply|notifications?|alerts?|"
                     r"mailer|newsletter|bounce|ne-?pas-?repondre|nepasrepondre|no-?responder|"
                     r"keine-?antwort|noresponder|automat\w*)([._+@-])")
ATS = ("myworkday.com", "greenhouse-mail.io", "hire.lever.co", "smartrecruiters.com",
       "icims.com", "ashbyhq.com", "teamtailor-mail.com", "personio.de", "successfactors.eu",
       "taleo.net", "softgarden.io", "bamboohr.com", "workablemail.com", "jobs.recruitee.com")


def check_spec(spec: dict) -> None:
    where = spec.get("file", spec.get("slug"))
    assert spec["kind"] in KINDS, where
    assert spec["lang"] in LANGS, where
    own = spec.get("frm", CANDIDATE)[1] == CANDIDATE_ADDR
    company, contact = spec.get("company", ""), spec.get("contact", "")
    if spec["kind"] == "other":
        assert company == "", f"{where}: company on other"
    else:
        assert company and not LEGAL.search(company), f"{where}: company {company!r}"
    if own:
        assert spec["kind"] == "other" and contact == "", f"{where}: own mail"
    if contact:
        assert contact == contact.lower(), where
        assert not NOREPLY.search(contact), f"{where}: system contact {contact}"
        assert not any(contact.endswith(d) for d in ATS), f"{where}: ATS contact"
        senders = [spec.get("frm", CANDIDATE)[1].lower()]
        if spec.get("reply_to"):
            senders.append(spec["reply_to"][1].lower())
        assert contact in senders, f"{where}: contact not in From/Reply-To"


def _norm(value: str) -> str:
    return value.replace("\r\n", "\n").rstrip("\n")


def check_written(path: Path, spec: dict, info: dict) -> None:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    where = spec["file"]
    for part in message.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for name, value in part.items():
            assert not getattr(value, "defects", ()), f"{where}: {name} defects {value.defects}"
    assert str(message["Subject"]) == spec["subject"], f"{where}: subject {message['Subject']!r}"
    name, addr = getaddresses([str(message["From"])])[0]
    assert (name, addr) == tuple(info["from"]), f"{where}: From {(name, addr)}"
    assert message["Date"].datetime.year == 2026, where
    plains = [p for p in message.walk() if p.get_content_type() == "text/plain"
              and not p.is_attachment()]
    htmls = [p for p in message.walk() if p.get_content_type() == "text/html"]
    if spec.get("parts", "plain") == "html":
        assert not plains and len(htmls) == 1, where
    else:
        assert len(plains) == 1, where
        assert _norm(plains[0].get_content()) == _norm(info["text"]), f"{where}: text body"
    if info["html"] is not None:
        assert _norm(htmls[0].get_content()) == _norm(info["html"]), f"{where}: html body"
    for part in message.walk():
        if part.get_content_type() == "application/pdf":
            data = part.get_content()
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), where
        if part.get_content_type() == "text/calendar":
            assert "BEGIN:VCALENDAR" in part.get_content(), where


def main() -> None:
    specs = load()
    for spec in specs:
        check_spec(spec)
    kinds = Counter(s["kind"] for s in specs)
    assert kinds == Counter(EXPECTED), f"kind counts {kinds}"
    builder = Builder(specs)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    for kind in KINDS:
        for old in (HERE / kind).glob("*.eml") if (HERE / kind).is_dir() else []:
            old.unlink()

    rows = []
    mids = set()
    for spec in specs:
        try:
            data, info = builder.build(spec)
        except Exception as error:
            raise SystemExit(f"{spec['file']}: {type(error).__name__}: {error}") from error
        path = HERE / spec["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check_written(path, spec, info)
        assert info["mid"] not in mids, spec["file"]
        mids.add(info["mid"])
        rows.append([spec["file"], spec["kind"], spec.get("company", ""),
                     spec.get("contact", ""), spec["lang"]])

    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))

    table = Counter((s["kind"], s["lang"]) for s in specs)
    langs = ["fr", "en", "de", "es"]
    print(f"{'kind':32}" + "".join(f"{x:>5}" for x in langs) + "  total")
    for kind in KINDS:
        cells = [table[(kind, x)] for x in langs]
        print(f"{kind:32}" + "".join(f"{c:>5}" for c in cells) + f"  {sum(cells):5}")
    totals = [sum(table[(k, x)] for k in KINDS) for x in langs]
    print(f"{'total':32}" + "".join(f"{c:>5}" for c in totals) + f"  {sum(totals):5}")


if __name__ == "__main__":
    main()
