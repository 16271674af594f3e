"""Build corpus 193 (*.eml and labels.csv) from the hand-written specs in msgs193_*.py.

Run from the repository root:  python tests/corpus_hundredninetythird/make_hundredninetythird.py

Standard library only. The MIME tree is serialised by hand so that every header block, encoded
word (utf-8 / iso-8859-1 / windows-1252, Q and B), boundary, Message-ID and Date is
deterministic. Every written file is parsed again with email.policy.default and checked: no
defects, the subject and every text body round-trip. Only *.eml and labels.csv inside this
folder are deleted and rewritten.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import re
import sys
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs193_acks  # noqa: E402
import msgs193_common as C  # noqa: E402
import msgs193_invites  # noqa: E402
import msgs193_other  # noqa: E402
import msgs193_rejections  # noqa: E402

KINDS = ("rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other")
LEGAL = re.compile(r"\b(GmbH|AG|SA|S\.A\.?|S\.L\.?U?|SL|SLU|Ltd|Limited|Inc|SAS|SARL|LLC|plc|"
                   r"KG|Lda|e\.U\.)\.?$", re.IGNORECASE)
SYSTEM = re.compile(r"(^|[._-])(no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|alerts?|"
                    r"mailer-daemon|bounces?)([._+-]|@)|@([a-z0-9-]+\.)*(myworkday\.com|"
                    r"greenhouse-mail\.io|hire\.lever\.co|smartrecruiters\.com|icims\.com|"
                    r"ashbyhq\.com|teamtailor-mail\.com|personio\.de|successfactors\.eu|"
                    r"taleo\.net|softgarden\.io|bamboohr\.com|workablemail\.com|recruitee\.com)$")


# --------------------------------------------------------------------------- headers

_Q_SAFE = re.compile(rb"[A-Za-z0-9!*+\-/]")


def _q_word(chunk: str, charset: str) -> str:
    out = []
    for byte in chunk.encode(charset):
        ch = bytes([byte])
        if ch == b" ":
            out.append("_")
        elif _Q_SAFE.fullmatch(ch):
            out.append(ch.decode("ascii"))
        else:
            out.append(f"={byte:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def _b_word(chunk: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(chunk.encode(charset)).decode('ascii')}?="


def encoded_words(text: str, charset: str, mode: str) -> list[str]:
    """text as RFC 2047 encoded words of at most 75 characters each (whole characters)."""
    make = _q_word if mode == "Q" else _b_word
    words: list[str] = []
    chunk = ""
    for ch in text:
        if chunk and len(make(chunk + ch, charset)) > 75:
            words.append(make(chunk, charset))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(make(chunk, charset))
    return words


def fold_plain(name: str, value: str) -> str:
    """name: value, folded at spaces so that lines stay under 78 characters."""
    line = f"{name}:"
    out = []
    for word in value.split(" "):
        if len(line) + 1 + len(word) > 76 and line.strip() != f"{name}:":
            out.append(line)
            line = ""
        line += " " + word
    out.append(line)
    return "\n".join(out)


def header_words(name: str, words: list[str], lead: str = "") -> str:
    """name: [lead] w1 w2 ... with one encoded word per folded line when long."""
    line = f"{name}: {lead}" if lead else f"{name}:"
    out = []
    for word in words:
        if len(line) + 1 + len(word) > 76 and line.strip() not in (f"{name}:", ""):
            out.append(line)
            line = ""
        line += " " + word
    out.append(line)
    return "\n".join(out)


_PREFIX = re.compile(r"^((?:(?:Re|RE|AW|Aw|WG|Fwd|FW|Fw|TR|RV|R)\s?:\s*)+)(.*)$")


def subject_header(subject: str, enc: tuple[str, str] | None, auto_mode: str) -> str:
    if subject.isascii() and enc is None:
        return fold_plain("Subject", subject)
    charset, mode = enc or ("utf-8", auto_mode)
    match = _PREFIX.match(subject)
    lead, rest = (match.group(1).rstrip(" "), match.group(2)) if match else ("", subject)
    if lead and not rest.isascii():
        return header_words("Subject", encoded_words(rest, charset, mode), lead)
    return header_words("Subject", encoded_words(subject, charset, mode))


def address(value: tuple, auto_mode: str) -> str:
    name, addr = value[0], value[1]
    enc = value[2] if len(value) > 2 else None
    if not name:
        return addr
    if name.isascii() and enc is None:
        return formataddr((name, addr))
    charset, mode = enc or ("utf-8", auto_mode)
    return " ".join(encoded_words(name, charset, mode)) + f" <{addr}>"


def address_header(name: str, values: list[tuple], auto_mode: str) -> str:
    parts = [address(v, auto_mode) for v in values]
    line = f"{name}:"
    out = []
    for i, part in enumerate(parts):
        piece = part + ("," if i < len(parts) - 1 else "")
        for token in piece.split(" "):
            if len(line) + 1 + len(token) > 76 and line.strip() not in (f"{name}:", ""):
                out.append(line)
                line = ""
            line += " " + token
    out.append(line)
    return "\n".join(out)


# --------------------------------------------------------------------------- MIME parts

class Leaf:
    def __init__(self, ctype: str, payload: bytes, cte: str, params: str = "",
                 disposition: str = "", text: str | None = None) -> None:
        self.ctype, self.payload, self.cte = ctype, payload, cte
        self.params, self.disposition, self.text = params, disposition, text

    def render(self, _boundaries: list[str]) -> bytes:
        head = f"Content-Type: {self.ctype}{self.params}\nContent-Transfer-Encoding: {self.cte}\n"
        if self.disposition:
            head += f"Content-Disposition: {self.disposition}\n"
        body = self.payload
        if not body.endswith(b"\n"):
            body += b"\n"
        return head.encode("ascii") + b"\n" + body

    def leaves(self) -> list[Leaf]:
        return [self]


class Multi:
    def __init__(self, subtype: str, children: list) -> None:
        self.subtype, self.children = subtype, children

    def render(self, boundaries: list[str]) -> bytes:
        boundary = boundaries.pop(0)
        out = [f'Content-Type: multipart/{self.subtype};\n boundary="{boundary}"\n\n'.encode(),
               b"This is a multi-part message in MIME format.\n"]
        for child in self.children:
            out.append(f"\n--{boundary}\n".encode())
            out.append(child.render(boundaries))
        out.append(f"\n--{boundary}--\n".encode())
        return b"".join(out)

    def leaves(self) -> list[Leaf]:
        return [leaf for child in self.children for leaf in child.leaves()]


def text_leaf(text: str, subtype: str, charset: str, cte: str | None) -> Leaf:
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if text.isascii() else "quoted-printable"
    if cte == "7bit":
        assert text.isascii(), "7bit body must be ASCII"
        payload = raw
    elif cte == "8bit":
        payload = raw
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        raise ValueError(cte)
    assert all(len(line) <= 998 for line in payload.split(b"\n"))
    return Leaf(f"text/{subtype}", payload, cte, f'; charset="{charset}"', text=text)


class RFC822:
    def __init__(self, data: bytes, name: str) -> None:
        self.data, self.name = data, name

    def render(self, _boundaries: list[str]) -> bytes:
        return (f'Content-Type: message/rfc822\nContent-Disposition: attachment;\n'
                f' filename="{self.name}"\n\n').encode() + self.data

    def leaves(self) -> list[Leaf]:
        return []


# --------------------------------------------------------------------------- PDF and iCalendar

def make_pdf(title: str, lines: list[str]) -> bytes:
    def esc(s: str) -> bytes:
        return (s.encode("cp1252", "replace").replace(b"\\", b"\\\\")
                .replace(b"(", b"\\(").replace(b")", b"\\)"))

    content = b"BT\n/F1 11 Tf\n56 786 Td\n15 TL\n"
    for i, line in enumerate([title, "", *lines]):
        if i == 0:
            content += b"/F1 14 Tf\n(" + esc(line) + b") Tj\n/F1 11 Tf\nT*\n"
        else:
            content += b"(" + esc(line) + b") Tj\nT*\n"
    content += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Title (" + esc(title) + b") /Producer (corpus193 generator) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return out


def _ics_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def _ics_fold(line: str) -> list[str]:
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > (75 if not out else 74):
            out.append(cur)
            cur, size = "", 0
        cur += ch
        size += n
    out.append(cur)
    return [out[0]] + [" " + piece for piece in out[1:]]


def make_ics(ics: dict, sent: datetime, zone: str) -> str:
    start = C.local_dt(ics["start"], ics.get("tz", zone)).astimezone(UTC)
    end = start + timedelta(minutes=ics.get("minutes", 45))
    stamp = sent.astimezone(UTC)
    method = ics.get("method", "REQUEST")
    org_name, org_addr = ics["organizer"]
    fmt = "%Y%m%dT%H%M%SZ"
    lines = [
        "BEGIN:VCALENDAR",
        ics.get("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"),
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}",
        f"DTSTAMP:{stamp.strftime(fmt)}",
        f"DTSTART:{start.strftime(fmt)}",
        f"DTEND:{end.strftime(fmt)}",
        f"SUMMARY:{_ics_escape(ics['summary'])}",
        f"LOCATION:{_ics_escape(ics.get('location', ''))}",
    ]
    if ics.get("description"):
        lines.append(f"DESCRIPTION:{_ics_escape(ics['description'])}")
    lines += [
        f'ORGANIZER;CN="{org_name}":mailto:{org_addr}',
        f'ATTENDEE;CN="{C.CANDIDATE_NAME}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
        f"RSVP=TRUE:mailto:{C.CANDIDATE_ADDR}",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = [piece for line in lines for piece in _ics_fold(line)]
    return "\r\n".join(folded) + "\r\n"


# --------------------------------------------------------------------------- building

class Corpus:
    def __init__(self, specs: list[dict]) -> None:
        self.specs = specs
        self.by_id = {s["id"]: s for s in specs if "id" in s}
        assert len(self.by_id) == sum(1 for s in specs if "id" in s), "duplicate ids"
        counters: dict[str, int] = {}
        for index, spec in enumerate(specs):
            kind = spec["kind"]
            counters[kind] = counters.get(kind, 0) + 1
            spec["_index"] = index
            spec["_file"] = f"{kind}/{counters[kind]:03d}_{spec['slug']}.eml"
            spec["_sent"] = C.local_dt(spec["date"], spec.get("tz", "ES"))
            addr = spec["frm"][1]
            domain = "mail.example.es" if addr == C.CANDIDATE_ADDR else addr.split("@")[1]
            digest = hashlib.sha1(spec["_file"].encode()).hexdigest()[:10]
            spec["_msgid"] = (f"<{spec['_sent'].strftime('%Y%m%d%H%M')}.{digest}."
                              f"{index:03d}@{domain}>")
        self._text: dict[int, str] = {}
        self._bytes: dict[int, bytes] = {}

    # -- the words of a message, quotes included
    def full_text(self, spec: dict) -> str:
        key = spec["_index"]
        if key in self._text:
            return self._text[key]
        text = spec.get("text")
        if text is None:
            text = C.html_to_text(spec["html"])
        text = text.strip("\n")
        if "quote" in spec:
            q = spec["quote"]
            orig = self.by_id[q["of"]]
            lang = q.get("lang", spec["lang"])
            sender = orig["frm"]
            if q.get("style", "gmail") == "outlook":
                to = orig.get("to", [C.CANDIDATE])[0]
                block = C.outlook_block(lang, orig["_sent"], f"{sender[0]} <{sender[1]}>",
                                        f"{to[0]} <{to[1]}>", orig["subject"])
                text += ("\n\n" + "_" * 32 + "\n" + block + "\n\n" + self.full_text(orig))
            else:
                line = C.wrote_line(lang, orig["_sent"], sender[0], sender[1])
                text += "\n\n" + line + "\n" + C.quote_lines(self.full_text(orig))
        if "forward" in spec:
            orig = self.by_id[spec["forward"]]
            to = orig.get("to", [C.CANDIDATE])[0]
            block = C.forward_block(spec["lang"], orig["_sent"],
                                    f"{orig['frm'][0]} <{orig['frm'][1]}>", orig["subject"],
                                    f"{to[0]} <{to[1]}>")
            text += "\n\n" + block + "\n\n" + self.full_text(orig)
        if spec.get("after"):
            text += "\n\n" + spec["after"].strip("\n")
        self._text[key] = text + "\n"
        return self._text[key]

    def html_for(self, spec: dict, text: str) -> str | None:
        if spec.get("html"):
            return spec["html"]
        layout = spec.get("layout")
        if layout is None:
            return None
        lang = spec["lang"]
        if layout == "plain":
            return C.plain_html(text, lang)
        if layout == "outlook":
            return C.outlook_html(text, lang)
        if isinstance(layout, dict) and layout["kind"] == "card":
            return C.ats_card(text, layout["brand"], layout.get("color", "#1f3a5f"),
                              layout.get("button"), layout.get("footer", ""), lang)
        raise ValueError(layout)

    def tree(self, spec: dict) -> tuple[object, list[str]]:
        text = self.full_text(spec)
        markup = self.html_for(spec, text)
        charset = spec.get("charset", "utf-8")
        hcharset = spec.get("html_charset", charset)
        body_parts: list = []
        if markup is None or not spec.get("html_only"):
            body_parts.append(text_leaf(text, "plain", charset, spec.get("cte")))
        if markup is not None:
            if hcharset != "utf-8":
                markup = markup.replace('charset="utf-8"', f'charset="{hcharset}"').replace(
                    "charset=utf-8", f"charset={hcharset}")
            body_parts.append(text_leaf(markup, "html", hcharset,
                                        spec.get("html_cte", spec.get("cte"))))
        if "ics" in spec:
            ics = spec["ics"]
            cal = make_ics(ics, spec["_sent"], spec.get("tz", "ES"))
            leaf = text_leaf(cal, "calendar", "utf-8", ics.get("cte", "base64"))
            leaf.params += f"; method={ics.get('method', 'REQUEST')}"
            body_parts.append(leaf)
        body = body_parts[0] if len(body_parts) == 1 else Multi("alternative", body_parts)
        attachments: list = []
        if "ics" in spec and spec["ics"].get("attach"):
            cal = make_ics(spec["ics"], spec["_sent"], spec.get("tz", "ES"))
            name = spec["ics"].get("filename", "invite.ics")
            attachments.append(Leaf("application/ics", base64.encodebytes(cal.encode()),
                                    "base64", f'; name="{name}"',
                                    f'attachment; filename="{name}"'))
        for name, title, lines in spec.get("pdf", []):
            attachments.append(Leaf("application/pdf",
                                    base64.encodebytes(make_pdf(title, lines)), "base64",
                                    f'; name="{name}"', f'attachment; filename="{name}"'))
        if "rfc822" in spec:
            inner = self.by_id[spec["rfc822"]]
            attachments.append(RFC822(self.build(inner), "mensaje-reenviado.eml"))
        root = Multi("mixed", [body, *attachments]) if attachments else body
        count = [0]

        def walk(node: object) -> None:
            if isinstance(node, Multi):
                count[0] += 1
                for child in node.children:
                    walk(child)

        walk(root)
        tag = hashlib.sha1(spec["_file"].encode()).hexdigest()[:12]
        boundaries = [f"=_b193_{spec['_index']:03d}_{n}_{tag}" for n in range(count[0])]
        return root, boundaries

    def build(self, spec: dict) -> bytes:
        key = spec["_index"]
        if key in self._bytes:
            return self._bytes[key]
        auto_mode = "Q" if key % 2 else "B"
        heads = [address_header("From", [spec["frm"]], auto_mode),
                 address_header("To", spec.get("to", [C.CANDIDATE]), auto_mode)]
        if spec.get("cc"):
            heads.append(address_header("Cc", spec["cc"], auto_mode))
        if spec.get("reply_to"):
            heads.append(address_header("Reply-To", [spec["reply_to"]], auto_mode))
        heads.append(subject_header(spec["subject"], spec.get("subj_enc"), auto_mode))
        heads.append(f"Date: {format_datetime(spec['_sent'])}")
        heads.append(f"Message-ID: {spec['_msgid']}")
        parent_id = spec.get("reply") or spec.get("quote", {}).get("of")
        if parent_id:
            parent = self.by_id[parent_id]
            refs = [*self._references(parent), parent["_msgid"]]
            heads.append(f"In-Reply-To: {parent['_msgid']}")
            heads.append("References: " + "\n ".join(refs))
        if spec.get("auto"):
            heads.append(f"Auto-Submitted: {spec['auto']}")
        if spec.get("listhdr"):
            list_id, unsub = spec["listhdr"]
            if not list_id.isascii():
                phrase, _, rest = list_id.partition(" <")
                words = encoded_words(phrase, "utf-8", auto_mode)
                list_id = " ".join(words) + " <" + rest
            heads.append(f"List-Id: {list_id}")
            heads.append(f"List-Unsubscribe: {unsub}")
            heads.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
            heads.append("Precedence: bulk")
        for name, value in spec.get("headers", []):
            heads.append(fold_plain(name, value))
        heads.append("MIME-Version: 1.0")
        root, boundaries = self.tree(spec)
        data = ("\n".join(heads) + "\n").encode("ascii") + root.render(boundaries)
        spec["_leaves"] = root.leaves()
        self._bytes[key] = data
        return data

    def _references(self, spec: dict) -> list[str]:
        parent_id = spec.get("reply") or spec.get("quote", {}).get("of")
        if not parent_id:
            return []
        parent = self.by_id[parent_id]
        return [*self._references(parent), parent["_msgid"]]


# --------------------------------------------------------------------------- checks

def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()


def check(spec: dict, data: bytes) -> None:
    where = spec["_file"]
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
    for name, value in msg.items():
        assert not getattr(value, "defects", ()), f"{where}: {name} defects {value.defects}"
    assert str(msg["subject"]) == spec["subject"], (where, str(msg["subject"]), spec["subject"])
    assert msg["date"].datetime.year == 2026
    texts = [p for p in msg.walk() if p.get_content_maintype() == "text"]
    leaves = [leaf for leaf in spec["_leaves"] if leaf.text is not None]
    assert len(texts) >= len(leaves), where
    for part, leaf in zip(texts, leaves, strict=False):
        assert part.get_content_type() == leaf.ctype, (where, part.get_content_type())
        assert _norm(part.get_content()) == _norm(leaf.text), f"{where}: body differs"
    frm = spec["frm"][1].lower()
    contact = spec["contact"]
    if frm == C.CANDIDATE_ADDR:
        assert spec["kind"] == "other" and contact == "", where
    if contact:
        assert contact == contact.lower() and not SYSTEM.search(contact), where
        allowed = {spec["frm"][1].lower()}
        if spec.get("reply_to"):
            allowed.add(spec["reply_to"][1].lower())
        assert contact in allowed, (where, contact)
    if spec["kind"] == "other":
        assert spec["company"] == "", where
    else:
        assert spec["company"] and not LEGAL.search(spec["company"]), where
    assert spec["lang"] in ("en", "es", "fr", "de"), where


def main() -> None:
    specs = (msgs193_rejections.MESSAGES + msgs193_invites.MESSAGES + msgs193_acks.MESSAGES
             + msgs193_other.MESSAGES)
    corpus = Corpus(specs)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for spec in specs:
        assert spec["kind"] in KINDS, spec["slug"]
        data = corpus.build(spec)
        check(spec, data)
        path = HERE / spec["_file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        rows.append([spec["_file"], spec["kind"], spec["company"], spec["contact"],
                     spec["lang"]])
    ids = [s["_msgid"] for s in specs]
    assert len(set(ids)) == len(ids)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    counts: dict[tuple[str, str], int] = {}
    for spec in specs:
        counts[spec["kind"], spec["lang"]] = counts.get((spec["kind"], spec["lang"]), 0) + 1
    print(f"{len(specs)} messages written")
    print(f"{'kind':32} " + " ".join(f"{lang:>4}" for lang in ("es", "en", "fr", "de")) + "  all")
    for kind in KINDS:
        row = [counts.get((kind, lang), 0) for lang in ("es", "en", "fr", "de")]
        print(f"{kind:32} " + " ".join(f"{n:4}" for n in row) + f" {sum(row):4}")
    totals = [sum(counts.get((k, lang), 0) for k in KINDS) for lang in ("es", "en", "fr", "de")]
    print(f"{'all':32} " + " ".join(f"{n:4}" for n in totals) + f" {sum(totals):4}")


if __name__ == "__main__":
    main()
