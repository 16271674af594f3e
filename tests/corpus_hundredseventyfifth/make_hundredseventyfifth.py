"""Build corpus 175 from the hand-written specs in the msgs175_* modules.

Run from the repository root:  python tests/corpus_hundredseventyfifth/make_hundredseventyfifth.py
Standard library only. Deletes and rewrites only *.eml and labels.csv in this folder.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import email.utils
import hashlib
import quopri
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs175_acks  # noqa: E402
import msgs175_invites  # noqa: E402
import msgs175_other  # noqa: E402
import msgs175_rejections  # noqa: E402
from msgs175_common import CAND  # noqa: E402

ATS_HINTS = ("greenhouse", "lever.co", "workday", "smartrecruiters", "icims", "ashby",
             "teamtailor", "personio", "successfactors", "taleo", "softgarden", "bamboohr",
             "workable", "recruitee")


# ---------------------------------------------------------------- headers

def _ew(text: str, charset: str, enc: str, limit: int = 60) -> str:
    """Encoded words for text (RFC 2047), split so each word stays short."""
    words, chunk = [], ""

    def encode(piece: str) -> str:
        raw = piece.encode(charset)
        if enc == "B":
            return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
        out = []
        for byte in raw:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                out.append(ch)
            else:
                out.append(f"={byte:02X}")
        return f"=?{charset}?Q?{''.join(out)}?="

    for ch in text:
        if len(encode(chunk + ch)) > limit:
            words.append(encode(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(encode(chunk))
    return " ".join(words)


def _hval(text: str, mode: str | None, idx: int, limit: int = 60) -> str:
    if text.isascii() and not mode:
        return text
    if not mode:
        mode = ["utf-8/Q", "utf-8/B", "iso-8859-1/Q", "iso-8859-1/B"][idx % 4]
        try:
            text.encode(mode.split("/")[0])
        except UnicodeEncodeError:
            mode = "utf-8/" + mode[-1]
    cs, enc = mode.split("/")
    return _ew(text, cs, enc, limit)


def _addr(pair: tuple[str, str], mode: str | None, idx: int) -> str:
    name, addr = pair
    if not name:
        return addr
    if name.isascii() and not mode:
        if any(c in name for c in ',.;:()"@<>[]'):
            name = '"' + name.replace('"', '') + '"'
        return f"{name} <{addr}>"
    return f"{_hval(name, mode, idx, 200)} <{addr}>"  # one word: phrases keep spaces


def _fold(name: str, value: str) -> str:
    line = f"{name}: {value}"
    if len(line) <= 78:
        return line
    out, cur = [], ""
    for tok in line.split(" "):
        if cur and cur != f"{name}:" and len(cur) + 1 + len(tok) > 76:
            out.append(cur)
            cur = " " + tok
        else:
            cur = f"{cur} {tok}" if cur else tok
    out.append(cur)
    return "\n".join(out)


# ---------------------------------------------------------------- bodies

def _encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(ctype: str, text: str | bytes, charset: str | None = None, cte: str = "7bit",
         params: str = "", disposition: str = "") -> dict:
    return {"leaf": True, "ctype": ctype, "text": text, "charset": charset, "cte": cte,
            "params": params, "disp": disposition}


def _render(node: dict, bid: str) -> list[str | bytes]:
    if node["leaf"]:
        ct = node["ctype"]
        if node["charset"]:
            ct += f'; charset="{node["charset"]}"'
        if node["params"]:
            ct += "; " + node["params"]
        hdr = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {node['cte']}"]
        if node["disp"]:
            hdr.append(f"Content-Disposition: {node['disp']}")
        data = node["text"]
        if isinstance(data, str):
            try:
                data = data.encode(node["charset"] or "ascii")
            except UnicodeEncodeError as exc:
                raise SystemExit(f"{bid}: {node['charset']}: {data[exc.start - 30:exc.end + 10]!r}")
        return ["\n".join(hdr), "", _encode_body(data, node["cte"])]
    boundary = f"=_175_{hashlib.sha1(bid.encode()).hexdigest()[:16]}_="  # never a prefix
    ct = f'Content-Type: multipart/{node["sub"]}; boundary="{boundary}"'
    if node.get("params"):
        ct += "; " + node["params"]
    out: list[str | bytes] = [ct, "", "This is a multi-part message in MIME format."]
    for i, child in enumerate(node["parts"]):
        out.append(f"--{boundary}")
        out.extend(_render(child, f"{bid}.{i}"))
    out.append(f"--{boundary}--")
    out.append("")
    return out


def _join(chunks: list[str | bytes]) -> bytes:
    buf = b""
    for c in chunks:
        b = c if isinstance(c, bytes) else (c + "\n").encode("ascii")
        if isinstance(c, bytes) and not b.endswith(b"\n"):
            b += b"\n"
        buf += b
    return buf


def make_pdf(lines: list[str]) -> bytes:
    """A tiny valid one-page PDF with the given ASCII lines."""
    def esc(s: str) -> str:
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 50 780 Td 14 TL\n" + "".join(f"({esc(x)}) '\n" for x in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        "<< /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def make_ics(ics: dict, organizer: tuple[str, str], stamp: str) -> str:
    method = ics.get("method", "REQUEST")
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    tz = ics.get("tz", "Europe/Paris")
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus175//Calendar//EN", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{ics['uid']}",
        f"SEQUENCE:{ics.get('seq', 0)}", f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={tz}:{ics['start']}", f"DTEND;TZID={tz}:{ics['end']}",
        f"SUMMARY:{ics['summary']}", f"LOCATION:{ics.get('location', 'Visio')}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={CAND[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CAND[1]}",
        f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR",
    ]
    out = []
    for line in lines:  # fold at 74 octets
        raw = line
        first = True
        while raw:
            take = 74 if first else 73
            piece, raw = raw[:take], raw[take:]
            out.append(piece if first else " " + piece)
            first = False
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------- messages

def _text_cte(text: str, cs: str, idx: int, forced: str | None) -> str:
    if forced:
        return forced
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        pass
    if cs == "utf-8":
        return ["8bit", "quoted-printable", "base64"][idx % 3]
    return ["quoted-printable", "8bit"][idx % 2]


def build(spec: dict, idx: int, mids: dict[str, str], refs: dict[str, list[str]]) -> bytes:
    cs = spec.get("cs", "utf-8")
    fmt = spec.get("fmt", "plain")
    text = spec["text"].strip("\n") + "\n"
    cte = _text_cte(text, cs, idx, spec.get("cte"))
    parts = []
    if fmt in ("plain", "alt"):
        parts.append(leaf("text/plain", text, cs, cte))
    if fmt in ("html", "alt"):
        from msgs175_common import simple_html
        html = spec.get("html") or simple_html(text)
        hcte = spec.get("hcte") or _text_cte(html, cs, idx + 1, None)
        parts.append(leaf("text/html", html, cs, hcte))
    body = parts[0] if len(parts) == 1 else {"leaf": False, "sub": "alternative",
                                              "parts": parts}
    stamp = spec["date"].replace("-", "").replace(":", "").replace(" ", "T")[:13] + "00Z"
    if "ics" in spec:
        ics = make_ics(spec["ics"], spec.get("organizer", spec["frm"]), stamp)
        method = spec["ics"].get("method", "REQUEST")
        cal = leaf("text/calendar", ics.replace("\r\n", "\n"), "utf-8", "7bit" if ics.isascii() else "base64",
                   f"method={method}")
        if body["leaf"]:
            body = {"leaf": False, "sub": "alternative", "parts": [body]}
        body["parts"].append(cal)
        body = {"leaf": False, "sub": "mixed", "parts": [
            body, leaf("application/ics", ics.encode("utf-8"), None, "base64",
                       'name="invite.ics"', 'attachment; filename="invite.ics"')]}
    if "pdf" in spec:
        fname, lines = spec["pdf"]
        body = {"leaf": False, "sub": "mixed", "parts": [
            body, leaf("application/pdf", make_pdf(lines), None, "base64",
                       f'name="{fname}"', f'attachment; filename="{fname}"')]}
    frm_name, frm_addr = spec["frm"]
    domain = frm_addr.split("@")[1]
    key = spec.get("id") or f"{spec['kind']}-{spec['slug']}"
    mid = mids[key]
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    hdr = [
        _fold("From", _addr(spec["frm"], spec.get("name_enc"), idx)),
        _fold("To", _addr(spec.get("to", CAND), spec.get("name_enc"), idx + 1)),
    ]
    if spec.get("cc"):
        hdr.append(_fold("Cc", ", ".join(_addr(a, None, idx) for a in spec["cc"])))
    if spec.get("reply_to"):
        hdr.append(_fold("Reply-To", _addr(spec["reply_to"], spec.get("name_enc"), idx)))
    hdr.append(_fold("Subject", _hval(spec["subject"], spec.get("subj_enc"), idx)))
    hdr.append(f"Date: {email.utils.format_datetime(dt)}")
    hdr.append(f"Message-ID: {mid}")
    if spec.get("parent"):
        parent = mids[spec["parent"]]
        hdr.append(f"In-Reply-To: {parent}")
        hdr.append(_fold("References", " ".join(refs[spec["parent"]] + [parent])))
    for name, value in spec.get("hdrs", {}).items():
        hdr.append(_fold(name, value))
    if any(h in domain for h in ATS_HINTS) and "X-Mailer" not in spec.get("hdrs", {}):
        hdr.append(f"X-Mailer: {domain.split('.')[0]}-notifications")
    hdr.append("MIME-Version: 1.0")
    return _join(hdr + _render(body, hashlib.md5(key.encode()).hexdigest()[:10]))


def _norm(s: str) -> str:
    return "\n".join(line.rstrip() for line in s.replace("\r\n", "\n").strip().split("\n"))


def check(raw: bytes, spec: dict, rel: str) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (rel, part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", None), (rel, name, value.defects)
    assert str(msg["Subject"]) == spec["subject"], (rel, str(msg["Subject"]), spec["subject"])
    frm = msg["From"].addresses[0]
    assert frm.addr_spec == spec["frm"][1], rel
    if spec["frm"][0]:
        assert frm.display_name == spec["frm"][0], (rel, frm.display_name)
    texts = [p.get_content() for p in msg.walk() if p.get_content_type() == "text/plain"]
    htmls = [p.get_content() for p in msg.walk() if p.get_content_type() == "text/html"]
    fmt = spec.get("fmt", "plain")
    if fmt in ("plain", "alt"):
        assert _norm(texts[0]) == _norm(spec["text"]), rel
    if fmt in ("html", "alt"):
        assert htmls and htmls[0].strip(), rel
        if spec.get("html"):
            assert _norm(htmls[0]) == _norm(spec["html"]), rel


def main() -> None:
    specs = (msgs175_rejections.MESSAGES + msgs175_invites.MESSAGES + msgs175_acks.MESSAGES
             + msgs175_other.MESSAGES)
    counters: dict[str, int] = {}
    mids: dict[str, str] = {}
    refs: dict[str, list[str]] = {}
    rels: list[str] = []
    for spec in specs:
        n = counters.get(spec["kind"], 0) + 1
        counters[spec["kind"]] = n
        rel = f"{spec['kind']}/{n:03d}_{spec['slug']}.eml"
        rels.append(rel)
        key = spec.get("id") or f"{spec['kind']}-{spec['slug']}"
        assert key not in mids, key
        domain = spec["frm"][1].split("@")[1]
        digest = hashlib.sha1(rel.encode()).hexdigest()[:12]
        mids[key] = f"<{digest}.{n:03d}.2026@{domain}>"
    parents = {(s.get("id") or f"{s['kind']}-{s['slug']}"): s.get("parent") for s in specs}

    def chain(key: str) -> list[str]:
        parent = parents[key]
        return (chain(parent) + [mids[parent]]) if parent else []

    for key in parents:  # References: the whole ancestry, oldest first
        refs[key] = chain(key)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for idx, (spec, rel) in enumerate(zip(specs, rels)):
        raw = build(spec, idx, mids, refs)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        check(raw, spec, rel)
        contact = spec.get("contact", "")
        if spec["frm"][1] == CAND[1]:
            contact = ""
        rows.append([rel, spec["kind"], spec.get("company", ""), contact.lower(), spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} messages: " + ", ".join(f"{k}={v}" for k, v in counters.items()))


if __name__ == "__main__":
    main()
