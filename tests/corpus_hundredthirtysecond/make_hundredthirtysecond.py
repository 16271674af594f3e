"""Turn the hand-written specs of msgs132_*.py into .eml files and labels.csv.

Run:  python tests/corpus_hundredthirtysecond/make_hundredthirtysecond.py
It writes and deletes files only inside its own folder.
"""

from __future__ import annotations

import base64
import csv
import email.policy
import hashlib
import sys
import uuid
from collections import Counter
from datetime import datetime
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import msgs132_acks  # noqa: E402
import msgs132_invites  # noqa: E402
import msgs132_other  # noqa: E402
import msgs132_rejections  # noqa: E402
from msgs132_common import CANDIDATE, CANDIDATE_NAME, gmail, ics, mso, pdf  # noqa: E402

KIND_ORDER = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
              "missed_interview_notice", "application_received", "offer", "other"]


def all_specs() -> list[dict]:
    specs = [*msgs132_rejections.MESSAGES, *msgs132_invites.MESSAGES, *msgs132_acks.MESSAGES,
             *msgs132_other.MESSAGES]
    specs.sort(key=lambda s: KIND_ORDER.index(s["kind"]))  # stable: hand order kept within a kind
    keys = [s["key"] for s in specs]
    dupes = [k for k, n in Counter(keys).items() if n > 1]
    if dupes:
        raise SystemExit(f"duplicate keys: {dupes}")
    return specs


def _h(seed: str, n: int) -> str:
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def make_id(style: str, seed: str, domain: str = "example.com") -> str:
    h = _h(style + seed, 64)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:60])).decode().replace("/", "_").rstrip("=")
        return f"<CA{b[:1].upper()}{b[1:44]}@mail.gmail.com>"
    if style == "outlook":
        box = f"{['PA4P', 'AM0P', 'DB9P', 'PR3P', 'GV0P'][int(h[0], 16) % 5]}R{int(h[1:3], 16) % 90 + 10:02d}MB{int(h[3:7], 16) % 9000 + 1000}"
        region = ["eurprd02", "eurprd04", "eurprd07", "CHEP278", "namprd20"][int(h[7], 16) % 5]
        return f"<{box}{h[8:40].upper()}@{box}.{region}.prod.outlook.com>"
    if style == "apple":
        return f"<{str(uuid.UUID(h[:32])).upper()}@{domain}>"
    if style == "ses":
        return f"<0102019{h[:9]}-{uuid.UUID(h[9:41])}-000000@eu-west-1.amazonses.com>"
    if style == "sendgrid":
        b = base64.urlsafe_b64encode(bytes.fromhex(h[:32])).decode().rstrip("=")
        return f"<{b}@geopod-ismtpd-{int(h[40:42], 16) % 12}>"
    if style == "mailgun":
        return f"<20260{int(h[:2], 16) % 9 + 1}{int(h[2:4], 16) % 28 + 1:02d}{h[4:10]}.{h[10:26]}@mg.{domain}>"
    return f"<{h[:20]}.{int(h[20:28], 16)}@{domain}>"


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def resolve_ids(specs: list[dict]) -> dict[str, str]:
    return {s["key"]: make_id(s["mua"], s["key"], _domain(s["frm"][1])) for s in specs}


def thread_ids(spec: dict, ids: dict[str, str]) -> list[str]:
    out = []
    for token in spec["thread"]:
        if token.startswith("@"):
            out.append(ids[token[1:]])
        else:
            style, _, rest = token.partition(":")
            seed, _, domain = rest.partition("|")
            out.append(make_id(style, seed, domain or "example.com"))
    return out


def _encoded(value: str, mode: str, name: str) -> str:
    if mode == "b-utf8":
        cs = Charset("utf-8")
        cs.header_encoding = BASE64
    elif mode == "q-utf8":
        cs = Charset("utf-8")
        cs.header_encoding = QP
    elif mode == "q-latin1":
        cs = Charset("iso-8859-1")
    elif mode == "q-cp1252":
        cs = Charset("windows-1252")
    else:
        raise ValueError(mode)
    return Header(value, cs, header_name=name).encode()


def _addr(pair: tuple[str, str] | str, mode: str | None) -> str:
    if isinstance(pair, str):
        return pair
    name, addr = pair
    if not name:
        return addr
    if mode and not name.isascii():
        return f"{_encoded(name, mode, 'From')} <{addr}>"
    return formataddr((name, addr))


def build(spec: dict, ids: dict[str, str]) -> EmailMessage:
    msg = EmailMessage()
    mode = spec["hdr"]
    # Encoded-word display names: set_raw keeps the charset we chose.
    def put_addr(name: str, pairs: object) -> None:
        items = pairs if isinstance(pairs, list) else [pairs]
        rendered = ", ".join(_addr(p, mode) for p in items)
        if mode and any(isinstance(p, tuple) and not p[0].isascii() for p in items):
            msg.set_raw(name, rendered)
        else:
            msg[name] = ", ".join(p if isinstance(p, str) else formataddr(p) for p in items)

    put_addr("From", spec["frm"])
    put_addr("To", spec["to"] or (CANDIDATE_NAME, CANDIDATE))
    if spec["cc"]:
        put_addr("Cc", spec["cc"])
    if spec["reply_to"]:
        put_addr("Reply-To", spec["reply_to"])
    subject = spec["subject"]
    if mode and not subject.isascii():
        msg.set_raw("Subject", _encoded(subject, mode, "Subject"))
    else:
        msg["Subject"] = subject
    dt = datetime.strptime(spec["date"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(spec["tz"]))
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = ids[spec["key"]]
    refs = thread_ids(spec, ids)
    if refs:  # raw, one id a line: these headers must never become encoded words
        msg.set_raw("In-Reply-To", refs[-1])
        msg.set_raw("References", "\n ".join(refs))
    for name, value in spec["headers"]:
        msg[name] = value

    cs, cte = spec["charset"], spec["cte"]
    hcte = spec["html_cte"] or cte
    structure = spec["structure"]
    body, html = spec["body"], spec["html"]
    inner = spec["inner"] if structure == "mixed" else structure
    if inner == "alt" and html is None:  # the mail program's own HTML twin of the text
        html = mso(body) if spec["mua"] == "outlook" else gmail(body)
    if html is not None and cs != "utf-8":  # the <meta> names the charset the part is sent in
        html = html.replace("charset=utf-8", f"charset={cs}")
    if inner == "plain":
        msg.set_content(body, charset=cs, cte=cte)
    elif inner == "html":
        msg.set_content(html, subtype="html", charset=cs, cte=hcte)
    elif inner == "alt":
        msg.set_content(body, charset=cs, cte=cte)
        msg.add_alternative(html, subtype="html", charset=cs, cte=hcte)
    else:
        raise ValueError(inner)
    cal = spec["calendar"]
    if cal:
        cal = dict(cal)
        where = cal.pop("where")
        text = ics(**cal)
        if where == "alt":
            msg.add_alternative(text, subtype="calendar", charset="utf-8", cte="base64",
                                params={"method": cal["method"]})
        else:
            msg.add_attachment(text, subtype="calendar", charset="utf-8", cte="base64",
                               filename=where, params={"method": cal["method"]})
    for att in spec["attachments"]:
        msg.add_attachment(pdf(att["lines"], att.get("title", "")), maintype="application",
                           subtype="pdf", filename=att["filename"])
    finish(msg, spec)
    return msg


def boundary(spec: dict, n: int) -> str:
    h = _h(f"{spec['key']}/{n}", 40)
    style = spec["mua"]
    if style == "gmail":
        return f"0000000000{h[:16]}"
    if style == "outlook":
        return f"_00{n}_{h[:24].upper()}_"
    if style == "apple":
        return f"Apple-Mail={str(uuid.UUID(h[:32])).upper()}"
    return f"----=_Part_{int(h[:8], 16) % 900000 + 100000}_{int(h[8:16], 16)}.{1767225600000 + int(h[16:24], 16) % 10**9}"


def finish(msg: EmailMessage, spec: dict) -> None:
    """Fixed boundaries (the output is byte-identical run after run) and no MIME-Version
    on inner parts, as mail programs write them."""
    for n, part in enumerate(msg.walk()):
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(boundary(spec, n))


SERIALIZE = email.policy.default.clone(refold_source="none")


def main() -> None:
    specs = all_specs()
    ids = resolve_ids(specs)
    if len(set(ids.values())) != len(ids):
        raise SystemExit("Message-ID collision")
    for old in ROOT.glob("*/*.eml"):
        old.unlink()
    rows = []
    stats: Counter = Counter()
    for n, spec in enumerate(specs, start=1):
        rel = f"{spec['kind']}/{n:03d}_{spec['key']}.eml"
        path = ROOT / rel
        path.parent.mkdir(exist_ok=True)
        msg = build(spec, ids)
        path.write_bytes(msg.as_bytes(policy=SERIALIZE))
        rows.append([rel, spec["kind"], spec["company"], spec["contact"], spec["lang"]])
        stats["type:" + msg.get_content_type()] += 1
        stats["structure:" + spec["structure"]] += 1
        stats["charset:" + spec["charset"]] += 1
        stats["cte:" + spec["cte"]] += 1
        stats["kind:" + spec["kind"]] += 1
        stats["lang:" + spec["lang"]] += 1
        if spec["calendar"]:
            stats["calendar"] += 1
        if spec["attachments"]:
            stats["pdf"] += 1
        if spec["thread"]:
            stats["reply"] += 1
        if spec["hdr"]:
            stats["hdr:" + spec["hdr"]] += 1
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)
    print(len(rows), "messages")
    for key in sorted(stats):
        print(f"  {key}: {stats[key]}")


if __name__ == "__main__":
    main()
