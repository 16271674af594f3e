"""Build corpus 160 from the hand-written specs: python tests/corpus_hundredsixtieth/make_hundredsixtieth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder.
"""

import base64
import csv
import email
import email.policy
import html as htmlmod
import quopri
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from msgs160_acks import MSGS as ACKS  # noqa: E402
from msgs160_common import CAND  # noqa: E402
from msgs160_invites import MSGS as INVITES  # noqa: E402
from msgs160_other import MSGS as OTHER  # noqa: E402
from msgs160_rejections import MSGS as REJECTIONS  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]


# ---------------------------------------------------------------- headers

def enc_words(s, charset="utf-8", mode="Q"):
    """RFC 2047 encoded words, split on character boundaries, folded with newline+space."""
    words, cur = [], ""
    limit = 45 if mode == "Q" else 36

    def q(ch):
        out = ""
        for b in ch.encode(charset):
            c = chr(b)
            if c == " ":
                out += "_"
            elif c.isascii() and c.isalnum():
                out += c
            else:
                out += "=%02X" % b
        return out

    def size(text):
        if mode == "Q":
            return len(q(text))
        return len(base64.b64encode(text.encode(charset)))

    for ch in s:
        if cur and size(cur + ch) > limit:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if mode == "Q":
            out.append(f"=?{charset}?Q?{q(w)}?=")
        else:
            out.append(f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=")
    return "\n ".join(out)


def header_text(s, enc=None):
    if enc is None and s.isascii():
        return s
    cs, mode = (enc or "utf-8:Q").split(":")
    return enc_words(s, cs, mode)


def fmt_addr(pair, enc=None):
    name, addr = pair
    if not name:
        return addr
    if enc is None and name.isascii():
        if re.search(r"[^A-Za-z0-9 !#$%&'*+\-/=?^_`{|}~]", name):
            return '"' + name.replace('"', '\\"') + f'" <{addr}>'
        return f"{name} <{addr}>"
    cs, mode = (enc or "utf-8:Q").split(":")
    # Plain atoms stay plain; each run of tokens needing encoding becomes one encoded word, so
    # no two encoded words are adjacent (readers differ on the space between them in a phrase).
    out, run = [], []
    for tok in name.split(" "):
        if tok.isascii() and not re.search(r"[^A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]", tok):
            if run:
                out.append(one_word(" ".join(run), cs, mode))
                run = []
            out.append(tok)
        else:
            run.append(tok)
    if run:
        out.append(one_word(" ".join(run), cs, mode))
    return " ".join(out) + f" <{addr}>"


def one_word(text, charset, mode):
    if mode == "B":
        return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="
    q = "".join("_" if c == " " else c if c.isascii() and c.isalnum()
                else "".join("=%02X" % b for b in c.encode(charset)) for c in text)
    return f"=?{charset}?Q?{q}?="


def parse_date(s):
    d, t, off = s.split()
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return datetime.fromisoformat(f"{d}T{t}").replace(tzinfo=tz)


# ---------------------------------------------------------------- bodies

def html_to_text(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"(?i)</(p|tr|h1|h2|h3|li|div)>", "\n", h)
    h = re.sub(r"(?i)<a [^>]*href=\"([^\"]+)\"[^>]*>(.*?)</a>", r"\2 <\1>", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = htmlmod.unescape(h)
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in h.split("\n")]
    out, blank = [], False
    for ln in lines:
        if not ln:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(ln)
            blank = False
    return "\n".join(out).strip() + "\n"


def text_node(body, subtype, charset, cte, extra_params=""):
    if not body.endswith("\n"):
        body += "\n"
    raw = body.encode(charset)
    if cte is None:
        cte = "7bit" if raw.isascii() else "quoted-printable"
    if cte == "base64":
        payload = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        payload = quopri.encodestring(raw)
        if not payload.endswith(b"\n"):
            payload += b"\n"
    else:
        payload = raw
    hdrs = [("Content-Type", f'text/{subtype}; charset="{charset}"{extra_params}'),
            ("Content-Transfer-Encoding", cte)]
    return {"headers": hdrs, "body": payload}


def ics_text(c, spec):
    org_name, org_addr = c.get("organizer", spec["frm"])
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Corpus160//Calendar//EN", "VERSION:2.0",
        f"METHOD:{c['method']}", "BEGIN:VEVENT", f"UID:{c['uid']}",
        f"SEQUENCE:{c.get('seq', 0)}", f"DTSTAMP:{c.get('stamp', '20260101T090000Z')}",
        f"DTSTART;TZID={c.get('tz', 'Europe/Madrid')}:{c['start']}",
        f"DTEND;TZID={c.get('tz', 'Europe/Madrid')}:{c['end']}",
        f"SUMMARY:{c['summary']}",
        f"LOCATION:{c.get('location', '')}",
        f"ORGANIZER;CN=\"{org_name}\":mailto:{org_addr}",
        f"ATTENDEE;CN=\"{CAND[0]}\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{CAND[1]}",
        f"STATUS:{c.get('status', 'CANCELLED' if c['method'] == 'CANCEL' else 'CONFIRMED')}",
        "END:VEVENT", "END:VCALENDAR",
    ]
    folded = []
    for ln in lines:
        while len(ln.encode()) > 74:
            cut = 74
            while len(ln[:cut].encode()) > 74:
                cut -= 1
            folded.append(ln[:cut])
            ln = " " + ln[cut:]
        folded.append(ln)
    return "\r\n".join(folded) + "\r\n"


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def make_pdf(lines):
    def esc(t):
        return ascii_fold(t).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for ln in lines:
        ops.append(f"({esc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def serialize(node, boundary_seed, depth=0):
    out = "".join(f"{k}: {v}\n" for k, v in node["headers"]).encode("ascii")
    if "parts" in node:
        out += b"\nThis is a multi-part message in MIME format.\n"
        b = node["boundary"]
        for i, child in enumerate(node["parts"]):
            out += f"\n--{b}\n".encode() + serialize(child, boundary_seed, depth + 1)
        out += f"\n--{b}--\n".encode()
        return out
    return out + b"\n" + node["body"]


def build_body(spec, seed):
    cs = spec.get("cs", "utf-8")
    cte = spec.get("cte")
    text, html = spec.get("text"), spec.get("html")
    if text == "auto":
        text = html_to_text(html)
        spec["text"] = text
    alts = []
    if text is not None:
        alts.append(text_node(text, "plain", cs, cte))
    if html is not None:
        alts.append(text_node(html, "html", spec.get("html_cs", cs), spec.get("html_cte", cte)))
    if spec.get("ics"):
        c = spec["ics"]
        raw = ics_text(c, spec).encode("utf-8")
        alts.append({"headers": [
            ("Content-Type", f'text/calendar; charset="utf-8"; method={c["method"]}'),
            ("Content-Transfer-Encoding", "base64")], "body": base64.encodebytes(raw)})
    if len(alts) == 1:
        body = alts[0]
    else:
        body = {"headers": [("Content-Type", f'multipart/alternative; boundary="{seed}_alt"')],
                "boundary": f"{seed}_alt", "parts": alts}
    atts = []
    for name, lines in spec.get("pdf", []):
        atts.append({"headers": [
            ("Content-Type", f'application/pdf; name="{name}"'),
            ("Content-Disposition", f'attachment; filename="{name}"'),
            ("Content-Transfer-Encoding", "base64")],
            "body": base64.encodebytes(make_pdf(lines))})
    if spec.get("ics_file"):
        c = spec["ics"]
        atts.append({"headers": [
            ("Content-Type", 'application/ics; name="invite.ics"'),
            ("Content-Disposition", 'attachment; filename="invite.ics"'),
            ("Content-Transfer-Encoding", "base64")],
            "body": base64.encodebytes(ics_text(c, spec).encode())})
    if atts:
        return {"headers": [("Content-Type", f'multipart/mixed; boundary="{seed}_mix"')],
                "boundary": f"{seed}_mix", "parts": [body, *atts]}
    return body


# ---------------------------------------------------------------- assembly

def main():
    specs = [*REJECTIONS, *INVITES, *ACKS, *OTHER]
    counters = {k: 0 for k in KIND_ORDER}
    ids, by_tid = {}, {}
    for s in specs:
        assert s["kind"] in counters, s["slug"]
        counters[s["kind"]] += 1
        s["file"] = f"{s['kind']}/{counters[s['kind']]:03d}_{s['slug']}.eml"
        dom = s["frm"][1].split("@")[1]
        mid = f"<160.{s['kind'][:4]}{counters[s['kind']]:03d}.{s['slug'].replace('_', '-')}@{dom}>"
        assert mid not in ids.values()
        ids[s["file"]] = mid
        if s.get("tid"):
            assert s["tid"] not in by_tid, s["tid"]
            by_tid[s["tid"]] = s
    for p in HERE.glob("*/*.eml"):
        p.unlink()
    for p in HERE.glob("*.eml"):
        p.unlink()
    rows = []
    for n, s in enumerate(specs):
        seed = f"=_c160_{n:03d}"
        hdrs = []
        refs = []
        parent = s.get("re")
        if parent:
            chain, cur = [], by_tid[parent]
            while cur is not None:
                chain.insert(0, ids[cur["file"]])
                cur = by_tid.get(cur.get("re")) if cur.get("re") else None
            refs = chain
        hdrs.append(("Return-Path", f"<{s.get('envelope', s['frm'][1])}>"))
        hdrs.append(("From", fmt_addr(s["frm"], s.get("name_enc"))))
        to = s.get("to", [CAND])
        hdrs.append(("To", ", ".join(fmt_addr(a, s.get("to_enc")) for a in to)))
        if s.get("cc"):
            hdrs.append(("Cc", ", ".join(fmt_addr(a) for a in s["cc"])))
        if s.get("reply_to"):
            hdrs.append(("Reply-To", fmt_addr(s["reply_to"], s.get("name_enc"))))
        hdrs.append(("Subject", header_text(s["subj"], s.get("subj_enc"))))
        hdrs.append(("Date", format_datetime(parse_date(s["date"]))))
        hdrs.append(("Message-ID", ids[s["file"]]))
        if refs:
            hdrs.append(("In-Reply-To", refs[-1]))
            hdrs.append(("References", "\n ".join(refs)))
        for k, v in s.get("hdr", {}).items():
            hdrs.append((k, v))
        hdrs.append(("MIME-Version", "1.0"))
        body = build_body(s, seed)
        node = {"headers": hdrs + body["headers"], **{k: v for k, v in body.items() if k != "headers"}}
        data = serialize(node, seed)
        path = HERE / s["file"]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        check(path, s)
        contact = s["contact"].lower()
        rows.append([s["file"], s["kind"], s["company"], contact, s["lang"]])
    rows.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["file", "kind", "company", "contact", "language"])
        w.writerows(rows)
    print(f"wrote {len(rows)} messages:", {k: v for k, v in counters.items()})


def norm(t):
    return t.replace("\r\n", "\n").rstrip("\n")


def check(path, s):
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (path, part.defects)
    for k in msg.keys():
        assert not getattr(msg[k], "defects", ()), (path, k, msg[k].defects)
    assert str(msg["subject"]) == s["subj"], (path, str(msg["subject"]), s["subj"])
    assert msg["from"].addresses[0].display_name == s["frm"][0], (path, msg["from"])
    texts = {}
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html"):
            texts[part.get_content_type()] = part.get_content()
    if s.get("text") is not None:
        assert norm(texts["text/plain"]) == norm(s["text"]), path
    if s.get("html") is not None:
        assert norm(texts["text/html"]) == norm(s["html"]), path
    assert parse_date(s["date"]).year == 2026


if __name__ == "__main__":
    main()
