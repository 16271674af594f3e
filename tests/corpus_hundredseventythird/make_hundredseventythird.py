"""Build corpus 173 (Grainne Okonkwo-Baptiste) from the hand-written specs in msgs173_*.py.

Standard library only. Run from /work/main:
    python tests/corpus_hundredseventythird/make_hundredseventythird.py
It deletes and rewrites only *.eml files and labels.csv inside its own folder.
"""

import base64
import csv
import email
import email.policy
import hashlib
import quopri
import sys
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs173_acks  # noqa: E402
import msgs173_invites  # noqa: E402
import msgs173_other  # noqa: E402
import msgs173_rejections  # noqa: E402
from msgs173_common import CANDIDATE  # noqa: E402

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
EXPECTED = {"rejection": 31, "interview_invitation": 26, "interview_reschedule_or_cancel": 15,
            "missed_interview_notice": 10, "application_received": 21, "offer": 10, "other": 52}
SPECIALS = set('()<>[]:;@\\,."')


def q_word(text, charset):
    out = []
    for byte in text.encode(charset):
        ch = chr(byte)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append("=%02X" % byte)
    return "".join(out)


def encoded_words(text, charset, mode, limit=44):
    """RFC 2047 encoded words, each short enough, folded with a space."""
    words, chunk = [], ""
    tokens = [t for t in text.replace(" ", " \0").split("\0") if t]
    for ch in tokens:
        trial = chunk + ch
        if mode == "B":
            size = len(base64.b64encode(trial.encode(charset)))
        else:
            size = len(q_word(trial, charset))
        if size > limit and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    enc = []
    for w in words:
        if mode == "B":
            payload = base64.b64encode(w.encode(charset)).decode("ascii")
        else:
            payload = q_word(w, charset)
        enc.append(f"=?{charset}?{mode}?{payload}?=")
    return "\n ".join(enc)


def header_text(text, enc, limit=44):
    if enc:
        return encoded_words(text, *enc, limit=limit)
    if not text.isascii():
        return encoded_words(text, "utf-8", "B", limit=limit)
    return text


def mailbox(pair, enc=None):
    name, addr = pair
    if not name:
        return addr
    if enc or not name.isascii():
        # one encoded word: the address parser keeps the space between two of them
        return f"{header_text(name, enc, limit=56)} <{addr}>"
    if any(c in SPECIALS for c in name):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{addr}>"


def body_bytes(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode("latin-1")  # the raw bytes, carried through a latin-1 str


def text_part(text, subtype, charset, cte):
    if cte is None:
        cte = "7bit" if text.isascii() else "8bit"
    head = (f"Content-Type: text/{subtype}; charset=\"{charset}\"\n"
            f"Content-Transfer-Encoding: {cte}\n\n")
    return head + body_bytes(text, charset, cte).rstrip("\n") + "\n"


def ics_text(ics, organizer):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Corpus173//Calendar//EN", "VERSION:2.0",
             f"METHOD:{ics['method']}", "BEGIN:VEVENT", f"UID:{ics['uid']}",
             f"SEQUENCE:{ics.get('seq', 0)}", f"DTSTAMP:{ics['start']}",
             f"DTSTART:{ics['start']}", f"DTEND:{ics['end']}", f"SUMMARY:{ics['summary']}",
             f"LOCATION:{ics.get('location', 'Online')}",
             f"ORGANIZER;CN={organizer[0] or organizer[1]}:mailto:{organizer[1]}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN={CANDIDATE[0]}:mailto:{CANDIDATE[1]}",
             "STATUS:" + ("CANCELLED" if ics["method"] == "CANCEL" else "CONFIRMED"),
             "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


def ics_part(ics, organizer):
    data = base64.encodebytes(ics_text(ics, organizer).encode("utf-8")).decode("ascii")
    return (f"Content-Type: text/calendar; charset=\"utf-8\"; method={ics['method']}\n"
            "Content-Transfer-Encoding: base64\n\n" + data)


def pdf_bytes(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(
        f"({esc(line)}) Tj T*\n" for line in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{obj}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def pdf_part(filename, lines):
    data = base64.encodebytes(pdf_bytes(lines)).decode("ascii")
    return (f"Content-Type: application/pdf; name=\"{filename}\"\n"
            f"Content-Disposition: attachment; filename=\"{filename}\"\n"
            "Content-Transfer-Encoding: base64\n\n" + data)


def multipart(subtype, parts, boundary):
    out = f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"\n\n"
    for part in parts:
        out += f"--{boundary}\n{part.rstrip(chr(10))}\n\n"
    return out + f"--{boundary}--\n"


def build(spec, mid, mids, index):
    charset = spec.get("charset", "utf-8")
    cte = spec.get("cte")
    alts = []
    if spec.get("text") is not None:
        alts.append(text_part(spec["text"], "plain", charset, cte))
    if spec.get("html") is not None:
        alts.append(text_part(spec["html"], "html", charset, spec.get("html_cte", cte)))
    if spec.get("ics"):
        alts.append(ics_part(spec["ics"], spec["frm"]))
    tag = hashlib.sha1(mid.encode()).hexdigest()[:10]
    body = alts[0] if len(alts) == 1 else multipart("alternative", alts, f"=_alt173_{tag}")
    attachments = []
    if spec.get("pdf"):
        attachments.append(pdf_part(*spec["pdf"]))
    if spec.get("ics_file"):
        ics = spec["ics_file"]
        data = base64.encodebytes(ics_text(ics, spec["frm"]).encode()).decode("ascii")
        attachments.append(
            f"Content-Type: text/calendar; charset=\"utf-8\"; method={ics['method']}; "
            "name=\"invite.ics\"\nContent-Disposition: attachment; filename=\"invite.ics\"\n"
            "Content-Transfer-Encoding: base64\n\n" + data)
    if attachments:
        body = multipart("mixed", [body, *attachments], f"=_mix173_{tag}")
    when = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M %z")
    heads = [f"From: {mailbox(spec['frm'], spec.get('name_enc'))}"]
    to = spec.get("to", [CANDIDATE])
    heads.append("To: " + ",\n ".join(mailbox(p) for p in to))
    if spec.get("cc"):
        heads.append("Cc: " + ",\n ".join(mailbox(p) for p in spec["cc"]))
    if spec.get("reply_to"):
        heads.append(f"Reply-To: {mailbox(spec['reply_to'])}")
    heads.append(f"Subject: {header_text(spec['subject'], spec.get('subj_enc'))}")
    heads.append(f"Date: {format_datetime(when)}")
    heads.append(f"Message-ID: {mid}")
    if spec.get("reply"):
        chain = [mids[k] for k in spec["reply"]]
        heads.append(f"In-Reply-To: {chain[-1]}")
        heads.append("References: " + "\n ".join(chain))
    for name, value in spec.get("headers", []):
        heads.append(f"{name}: {value}")
    heads.append("MIME-Version: 1.0")
    return ("\n".join(heads) + "\n" + body).encode("latin-1")


def norm(s):
    return s.replace("\r\n", "\n").rstrip("\n").rstrip()


def check(raw, spec, rel):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        assert not part.defects, (rel, part.defects)
        for _, value in part.items():
            assert not getattr(value, "defects", None), (rel, value, value.defects)
    assert str(msg["subject"]) == spec["subject"], (rel, str(msg["subject"]))
    assert msg["date"].datetime.year == 2026, rel
    texts = {p.get_content_subtype(): p.get_content() for p in msg.walk()
             if p.get_content_maintype() == "text" and not p.is_attachment()}
    if spec.get("text") is not None:
        assert norm(texts["plain"]) == norm(spec["text"]), rel
    if spec.get("html") is not None:
        assert norm(texts["html"]) == norm(spec["html"]), rel
    name = msg["from"].addresses[0].display_name
    if spec["frm"][0]:
        assert name == spec["frm"][0], (rel, name)
    if spec.get("pdf"):
        pdfs = [p for p in msg.walk() if p.get_content_type() == "application/pdf"]
        assert pdfs and pdfs[0].get_content().startswith(b"%PDF-1.4"), rel
    return msg


def main():
    specs = (msgs173_rejections.MESSAGES + msgs173_invites.MESSAGES + msgs173_acks.MESSAGES
             + msgs173_other.MESSAGES)
    counters = {k: 0 for k in KINDS}
    rels, mids = [], {}
    for spec in specs:
        counters[spec["kind"]] += 1
        rel = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['name']}.eml"
        rels.append(rel)
        domain = spec["frm"][1].split("@")[1]
        mid = f"<c173.{spec['kind'][:8]}.{counters[spec['kind']]:03d}.{spec['name']}@{domain}>"
        spec["_mid"] = mid
        if spec.get("tid"):
            assert spec["tid"] not in mids, spec["tid"]
            mids[spec["tid"]] = mid
    assert counters == EXPECTED, counters
    assert len(set(rels)) == len(rels)
    for old in HERE.glob("*/*.eml"):
        old.unlink()
    rows = []
    for rel, spec in zip(rels, specs):
        raw = build(spec, spec["_mid"], mids, rel)
        check(raw, spec, rel)
        path = HERE / rel
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(raw)
        if spec["kind"] == "other":
            assert not spec["company"], rel
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    langs = {}
    for spec in specs:
        langs.setdefault(spec["kind"], {}).setdefault(spec["lang"], 0)
        langs[spec["kind"]][spec["lang"]] += 1
    for kind in KINDS:
        print(kind, langs.get(kind))
    print(len(rows), "messages written")


if __name__ == "__main__":
    main()
