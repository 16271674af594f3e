"""Build corpus 174 from the hand-written specs in msgs174_*.py (standard library only).

Run from /work/main:  python tests/corpus_hundredseventyfourth/make_hundredseventyfourth.py
Deletes and rewrites only *.eml and labels.csv inside this folder.
"""
from __future__ import annotations

import base64
import csv
import email
import email.policy
import quopri
import sys
from collections import Counter
from datetime import datetime
from email.utils import format_datetime, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs174_acks  # noqa: E402
import msgs174_invites  # noqa: E402
import msgs174_other  # noqa: E402
import msgs174_rejections  # noqa: E402
from msgs174_common import CAND, simple_html  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]
Q_SAFE = set(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def encoded_word(text: str, charset: str = "utf-8", enc: str = "Q") -> str:
    words, chunk = [], ""
    limit = 40 if enc == "Q" else 36
    for ch in text:
        if len((chunk + ch).encode(charset)) * (3 if enc == "Q" else 1) > limit * (
                3 if enc == "Q" else 1) and chunk:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "B":
            payload = base64.b64encode(raw).decode("ascii")
        else:
            payload = "".join(
                "_" if b == 0x20 else chr(b) if b in Q_SAFE else f"={b:02X}" for b in raw)
        out.append(f"=?{charset}?{enc}?{payload}?=")
    return "\n ".join(out)


def enc_text(text: str, spec: tuple[str, str] | None) -> str:
    if spec is None:
        if text.isascii():
            return text
        spec = ("utf-8", "Q")
    return encoded_word(text, *spec)


def enc_addr(value: str, spec: tuple[str, str] | None = None) -> str:
    out = []
    for one in value.split(";"):
        name, addr = parseaddr(one.strip())
        if not name:
            out.append(addr)
        elif name.isascii() and spec is None:
            needs = any(c in name for c in ',.:;()@"<>[]')
            out.append((f'"{name}"' if needs else name) + f" <{addr}>")
        else:
            out.append(encoded_word(name, *(spec or ("utf-8", "Q"))) + f" <{addr}>")
    return ", ".join(out)


class Leaf:
    def __init__(self, ctype: str, body: bytes, cte: str, extra: list[str] | None = None):
        self.ctype, self.body, self.cte, self.extra = ctype, body, cte, extra or []

    def render(self, _bnd: str) -> tuple[list[str], bytes]:
        return ([f"Content-Type: {self.ctype}", f"Content-Transfer-Encoding: {self.cte}",
                 *self.extra], self.body)


class Multi:
    def __init__(self, sub: str, kids: list, extra: list[str] | None = None):
        self.sub, self.kids, self.extra = sub, kids, extra or []

    def render(self, bnd: str) -> tuple[list[str], bytes]:
        out = b""
        for i, kid in enumerate(self.kids):
            heads, body = kid.render(f"{bnd}.{i}")
            out += f"--{bnd}\n".encode() + "\n".join(heads).encode() + b"\n\n" + body
            if not body.endswith(b"\n"):
                out += b"\n"
        out += f"--{bnd}--\n".encode()
        return ([f'Content-Type: multipart/{self.sub}; boundary="{bnd}"', *self.extra],
                b"This is a multi-part message in MIME format.\n\n" + out)


def text_leaf(text: str, sub: str, charset: str, cte: str | None) -> Leaf:
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    if cte == "7bit":
        assert raw.isascii()
        body = raw
    elif cte == "8bit":
        body = raw
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = base64.encodebytes(raw)
    return Leaf(f'text/{sub}; charset="{charset}"', body, cte)


def pdf_bytes(lines: list[str]) -> bytes:
    text = " ".join(f"({ln.encode('latin-1', 'replace').decode('latin-1')}) Tj T*"
                    for ln in lines)
    stream = f"BT /F1 11 Tf 14 TL 60 780 Td {text} ET".encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return out


def ics_text(ics: dict, date: datetime) -> str:
    stamp = date.strftime("%Y%m%dT%H%M%S")
    method = ics.get("method", "REQUEST")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus174//Hand written//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}", f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={ics.get('tz', 'Europe/Vienna')}:{ics['start']}",
        f"DTEND;TZID={ics.get('tz', 'Europe/Vienna')}:{ics['end']}",
        f"SUMMARY:{ics['summary']}", f"LOCATION:{ics.get('location', 'Microsoft Teams')}",
        f"ORGANIZER;CN={ics['org_name']}:mailto:{ics['org']}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:henrik.ol@example.at",
        f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def all_specs() -> list[dict]:
    specs = []
    for mod in (msgs174_rejections, msgs174_invites, msgs174_acks, msgs174_other):
        specs.extend(mod.MESSAGES)
    return specs


def build_body(spec: dict, date: datetime, idx: int) -> tuple[Multi | Leaf, list[tuple]]:
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte")
    fmt = spec.get("fmt", "plain")
    checks: list[tuple] = []
    text = spec.get("body")
    html = spec.get("html")
    if html is None and fmt == "alt":
        html = simple_html(text)
    if html is not None and cs != "utf-8":
        html = html.replace('charset="utf-8"', f'charset="{cs}"').replace(
            "charset=utf-8", f"charset={cs}")
    if fmt == "plain":
        body: Leaf | Multi = text_leaf(text, "plain", cs, cte)
        checks.append(("plain", text))
    elif fmt == "html":
        body = text_leaf(html, "html", cs, cte)
        checks.append(("html", html))
    else:
        kids = [text_leaf(text, "plain", cs, cte), text_leaf(html, "html", cs, cte)]
        checks += [("plain", text), ("html", html)]
        if spec.get("ics") and spec["ics"].get("inline", True):
            cal = ics_text(spec["ics"], date)
            method = spec["ics"].get("method", "REQUEST")
            kids.append(Leaf(f'text/calendar; method={method}; charset="utf-8"',
                             cal.encode(), "7bit"))
            checks.append(("calendar", cal))
        body = Multi("alternative", kids)
    atts = []
    if spec.get("ics") and (fmt != "alt" or not spec["ics"].get("inline", True)):
        cal = ics_text(spec["ics"], date)
        method = spec["ics"].get("method", "REQUEST")
        atts.append(Leaf(f'text/calendar; method={method}; charset="utf-8"; name="invite.ics"',
                         cal.encode(), "7bit",
                         ['Content-Disposition: attachment; filename="invite.ics"']))
        checks.append(("calendar", cal))
    for att in spec.get("att", []):
        if att[0] == "pdf":
            data = base64.encodebytes(pdf_bytes(att[2]))
            atts.append(Leaf(f'application/pdf; name="{att[1]}"', data, "base64",
                             [f'Content-Disposition: attachment; filename="{att[1]}"']))
        elif att[0] == "eml":
            inner = render(att[1], idx * 10 + 7)[0]
            atts.append(Leaf("message/rfc822", inner, "8bit",
                             ['Content-Disposition: attachment; filename="forwarded.eml"']))
    if atts:
        body = Multi("mixed", [body, *atts])
    return body, checks


MIDS: dict[str, str] = {}


def render(spec: dict, idx: int) -> tuple[bytes, list[tuple]]:
    date = datetime.strptime(spec["d"], "%Y-%m-%d %H:%M %z")
    heads = [f"From: {enc_addr(spec['frm'], spec.get('fenc'))}",
             f"To: {enc_addr(spec.get('to', CAND), spec.get('tenc'))}"]
    if spec.get("cc"):
        heads.append(f"Cc: {enc_addr(spec['cc'])}")
    if spec.get("rt"):
        heads.append(f"Reply-To: {enc_addr(spec['rt'], spec.get('rtenc'))}")
    heads.append(f"Subject: {enc_text(spec['subj'], spec.get('senc'))}")
    heads.append(f"Date: {format_datetime(date)}")
    heads.append(f"Message-ID: {spec['_mid']}")
    refs = [MIDS[r] for r in spec.get("ref", [])]
    if refs:
        heads.append(f"In-Reply-To: {refs[-1]}")
        heads.append("References: " + "\n ".join(refs))
    for k, v in spec.get("hdr", {}).items():
        heads.append(f"{k}: {v}")
    heads.append("MIME-Version: 1.0")
    body, checks = build_body(spec, date, idx)
    part_heads, payload = body.render(f"=_corpus174_{idx:03d}")
    raw = ("\n".join(heads + part_heads) + "\n\n").encode("ascii") + payload
    return raw, checks


def norm(s: str) -> str:
    return "\n".join(ln.rstrip() for ln in s.replace("\r\n", "\n").strip().split("\n"))


def verify(raw: bytes, spec: dict, checks: list[tuple], rel: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (rel, part.defects)
    for name in ("From", "To", "Subject", "Date", "Message-ID", "Reply-To", "Cc"):
        if msg[name] is not None:
            assert not msg[name].defects, (rel, name, msg[name].defects)
    assert str(msg["subject"]) == spec["subj"], (rel, str(msg["subject"]), spec["subj"])
    texts = {}
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            texts.setdefault(part.get_content_subtype(), []).append(norm(part.get_content()))
    for sub, want in checks:
        assert norm(want) in texts.get(sub, []), (rel, sub)


def main() -> None:
    specs = all_specs()
    counters: Counter = Counter()
    for spec in specs:
        counters[spec["k"]] += 1
        spec["_rel"] = f"{spec['k']}/{counters[spec['k']]:03d}_{spec['n']}.eml"
        dom = parseaddr(spec["frm"])[1].split("@")[1]
        spec["_mid"] = f"<c174.{spec['k'][:4]}.{counters[spec['k']]:03d}.{spec['n']}@{dom}>"
        if "id" in spec:
            assert spec["id"] not in MIDS, spec["id"]
            MIDS[spec["id"]] = spec["_mid"]
    for old in HERE.rglob("*.eml"):
        old.unlink()
    rows = []
    for idx, spec in enumerate(specs, 1):
        try:
            raw, checks = render(spec, idx)
        except Exception as exc:
            raise SystemExit(f"{spec['_rel']}: {exc!r}") from exc
        path = HERE / spec["_rel"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        verify(raw, spec, checks, spec["_rel"])
        rows.append([spec["_rel"], spec["k"], spec.get("co", ""), spec.get("ct", ""),
                     spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(sorted(rows))
    table = Counter((s["k"], s["lang"]) for s in specs)
    print(f"{len(specs)} messages")
    print("kind".ljust(32) + "".join(x.rjust(5) for x in ("de", "en", "fr", "es", "all")))
    for k in KIND_ORDER:
        vals = [table[(k, lang)] for lang in ("de", "en", "fr", "es")]
        print(k.ljust(32) + "".join(str(v).rjust(5) for v in [*vals, sum(vals)]))
    tot = [sum(table[(k, lang)] for k in KIND_ORDER) for lang in ("de", "en", "fr", "es")]
    print("all".ljust(32) + "".join(str(v).rjust(5) for v in [*tot, sum(tot)]))


if __name__ == "__main__":
    main()
