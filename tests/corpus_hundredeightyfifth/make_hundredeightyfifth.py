"""Build corpus 185 (.eml files and labels.csv) from the hand-written specs in msgs185_*.py.

Run from the repository root:  python tests/corpus_hundredeightyfifth/make_hundredeightyfifth.py

Standard library only. Deletes and rewrites only *.eml and labels.csv inside this folder.
Every written message is parsed back with the default policy and checked: no defects,
subject, text bodies, calendar parts and PDFs round-trip.
"""

from __future__ import annotations

import base64
import csv
import email
import email.policy
import hashlib
import sys
from email.generator import BytesGenerator
from email.message import MIMEPart
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import msgs185_acks  # noqa: E402
import msgs185_invites  # noqa: E402
import msgs185_other  # noqa: E402
import msgs185_rejections  # noqa: E402
from msgs185_common import (  # noqa: E402
    CANDIDATE,
    ats_card,
    fmt_addr,
    ics,
    outlook_html,
    paras,
    parse_date,
    pdf,
    quoted_block,
    simple_html,
)

KINDS = ["rejection", "interview_invitation", "interview_reschedule_or_cancel",
         "missed_interview_notice", "application_received", "offer", "other"]
POLICY = email.policy.default.clone(linesep="\n")
TSPECIALS = set('()<>[]:;@\\,."')


# ---------------------------------------------------------------- headers

def encoded_words(text: str, charset: str, enc: str, limit: int = 60) -> list[str]:
    """RFC 2047 encoded words for text, each at most `limit` characters, never splitting
    a character."""
    prefix = f"=?{charset}?{enc}?"
    words: list[str] = []
    chunk = ""
    for char in text:
        trial = chunk + char
        if len(prefix + _encode(trial, charset, enc) + "?=") > limit and chunk:
            words.append(prefix + _encode(chunk, charset, enc) + "?=")
            chunk = char
        else:
            chunk = trial
    if chunk:
        words.append(prefix + _encode(chunk, charset, enc) + "?=")
    return words


def _encode(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    if enc == "B":
        return base64.b64encode(raw).decode("ascii")
    out = []
    for byte in raw:
        char = chr(byte)
        if char == " ":
            out.append("_")
        elif char.isascii() and (char.isalnum() or char in "-!*+/"):
            out.append(char)
        else:
            out.append(f"={byte:02X}")
    return "".join(out)


def fold_words(name: str, words: list[str]) -> str:
    """Header line from name and tokens, folded before a token when the line passes 76."""
    lines = [f"{name}:"]
    for word in words:
        if len(lines[-1]) + 1 + len(word) > 76 and lines[-1] != f"{name}:":
            lines.append(" " + word)
        else:
            lines[-1] += " " + word
    return "\n".join(lines)


def text_header(name: str, value: str, enc: tuple[str, str] | None) -> str:
    if value.isascii() and enc is None:
        return fold_words(name, value.split(" "))
    charset, method = enc or ("utf-8", "Q")
    return fold_words(name, encoded_words(value, charset, method))


def phrase_tokens(display: str, enc: tuple[str, str] | None) -> list[str]:
    if not display:
        return []
    if display.isascii() and enc is None:
        if any(c in TSPECIALS for c in display):
            return ['"' + display.replace("\\", "\\\\").replace('"', '\\"') + '"']
        return display.split(" ")
    charset, method = enc or ("utf-8", "Q")
    whole = encoded_words(display, charset, method, limit=75)
    if len(whole) == 1:
        return whole
    # Too long for one encoded word: encode only the runs of words that need it, so that no
    # two encoded words stand next to each other inside the phrase.
    tokens: list[str] = []
    run: list[str] = []
    for word in display.split(" "):
        if word.isascii() and not any(c in TSPECIALS for c in word):
            if run:
                tokens += encoded_words(" ".join(run), charset, method, limit=75)
                run = []
            tokens.append(word)
        else:
            run.append(word)
    if run:
        tokens += encoded_words(" ".join(run), charset, method, limit=75)
    return tokens


def address_header(name: str, people: list[tuple[str, str]],
                   enc: tuple[str, str] | None) -> str:
    tokens: list[str] = []
    for index, (display, addr) in enumerate(people):
        group = [*phrase_tokens(display, enc), f"<{addr}>" if display else addr]
        if index < len(people) - 1:
            group[-1] += ","
        tokens += group
    return fold_words(name, tokens)


# ---------------------------------------------------------------- specs

def load_specs() -> list[dict]:
    specs: list[dict] = []
    for module in (msgs185_rejections, msgs185_invites, msgs185_acks, msgs185_other):
        specs += module.MESSAGES
    return specs


def assign_files(specs: list[dict]) -> None:
    counters = dict.fromkeys(KINDS, 0)
    for spec in specs:
        counters[spec["kind"]] += 1
        spec["file"] = f"{spec['kind']}/{counters[spec['kind']]:03d}_{spec['slug']}.eml"


def message_id(spec: dict) -> str:
    digest = hashlib.sha1(spec["file"].encode()).hexdigest()[:12]
    stamp = parse_date(spec["date"]).strftime("%Y%m%d%H%M")
    domain = spec.get("mid_domain") or spec["frm"][1].split("@", 1)[1]
    return f"<{stamp}.{digest}.c185@{domain}>"


def final_text(spec: dict, by_key: dict[str, dict]) -> str | None:
    """The message's own text plus, when asked, the quoted parent chain."""
    if "_final" in spec:
        return spec["_final"]
    text = spec.get("text")
    style = spec.get("quote")
    if text is not None and style:
        parent = by_key[spec.get("quote_of") or spec["parent"]]
        parent_text = final_text(parent, by_key)
        if parent_text is None:
            raise ValueError(f"{spec['slug']}: parent has no text to quote")
        to = ", ".join(fmt_addr(*p) for p in parent.get("to") or [CANDIDATE])
        block = quoted_block(style, parent["date"], parent["frm"][0], parent["frm"][1],
                             parent_text, parent["subject"], to)
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    spec["_final"] = text
    return text


def final_html(spec: dict, text: str | None) -> str | None:
    if spec.get("html") is not None:
        return spec["html"]
    shell = spec.get("html_auto")
    if not shell:
        return None
    assert text is not None
    args = spec.get("html_args", {})
    body = paras(text)
    if shell == "card":
        return ats_card(args["brand"], body, args.get("color", "#1f4e79"),
                        args.get("footer", ""), spec["lang"])
    if shell == "outlook":
        return outlook_html(body, args.get("lang", "DE-AT"))
    if shell == "simple":
        return simple_html(body, spec["lang"])
    raise ValueError(shell)


def text_part(body: str, subtype: str, charset: str, cte: str | None) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    if cte is None:
        cte = "7bit" if body.isascii() else "8bit"
    part.set_content(body, subtype=subtype, charset=charset, cte=cte)
    return part


def container(subtype: str, boundary: str, children: list[MIMEPart]) -> MIMEPart:
    part = MIMEPart(policy=POLICY)
    part["Content-Type"] = f'multipart/{subtype}; boundary="{boundary}"'
    for child in children:
        part.attach(child)
    return part


def build(spec: dict, by_key: dict[str, dict], ids: dict[str, str]) -> tuple[bytes, dict]:
    text = final_text(spec, by_key)
    html = final_html(spec, text)
    seed = hashlib.sha1(spec["file"].encode()).hexdigest()
    expect: dict = {"text": text, "html": html}

    body_parts: list[MIMEPart] = []
    if text is not None:
        body_parts.append(text_part(text, "plain", spec.get("charset", "utf-8"),
                                    spec.get("cte")))
    if html is not None:
        body_parts.append(text_part(html, "html", spec.get("html_charset", "utf-8"),
                                    spec.get("html_cte", "quoted-printable")))
    cal = None
    if spec.get("ics"):
        cal = ics(**spec["ics"])
        expect["ics"] = cal
        cal_part = MIMEPart(policy=POLICY)
        cal_part.set_content(cal, subtype="calendar", charset="utf-8",
                             cte=spec.get("ics_cte", "7bit" if cal.isascii() else "8bit"),
                             params={"method": spec["ics"]["method"]})
        body_parts.append(cal_part)
    if len(body_parts) == 1:
        body = body_parts[0]
    else:
        body = container("alternative", f"=_alt185_{seed[:16]}", body_parts)

    attachments: list[MIMEPart] = []
    if cal is not None and spec.get("ics_file"):
        att = MIMEPart(policy=POLICY)
        att.set_content(cal.encode("utf-8"), maintype="application", subtype="ics",
                        disposition="attachment", filename=spec["ics_file"])
        attachments.append(att)
    for doc in spec.get("pdfs", []):
        data = pdf(doc["title"], doc["lines"])
        expect.setdefault("pdfs", []).append(data)
        att = MIMEPart(policy=POLICY)
        att.set_content(data, maintype="application", subtype="pdf",
                        disposition="attachment", filename=doc["filename"])
        attachments.append(att)
    root = (container("mixed", f"=_mix185_{seed[16:32]}", [body, *attachments])
            if attachments else body)
    root["MIME-Version"] = "1.0"

    lines = [address_header("From", [spec["frm"]], spec.get("frm_enc"))]
    lines.append(address_header("To", spec.get("to") or [CANDIDATE], spec.get("to_enc")))
    if spec.get("cc"):
        lines.append(address_header("Cc", spec["cc"], spec.get("cc_enc")))
    if spec.get("reply_to"):
        lines.append(address_header("Reply-To", [spec["reply_to"]], spec.get("rt_enc")))
    lines.append(text_header("Subject", spec["subject"], spec.get("subj_enc")))
    lines.append(f"Date: {format_datetime(parse_date(spec['date']))}")
    lines.append(f"Message-ID: {ids[spec['file']]}")
    if spec.get("parent"):
        chain: list[str] = []
        node = by_key[spec["parent"]]
        while node is not None:
            chain.insert(0, ids[node["file"]])
            node = by_key.get(node["parent"]) if node.get("parent") else None
        lines.append(f"In-Reply-To: {chain[-1]}")
        lines.append(fold_words("References", chain))
    for name, value in spec.get("headers", {}).items():
        assert value.isascii(), (spec["slug"], name)
        lines.append(fold_words(name, value.split(" ")))

    buffer = BytesIO()
    BytesGenerator(buffer, mangle_from_=False, policy=POLICY).flatten(root)
    raw = ("\n".join(lines) + "\n").encode("ascii") + buffer.getvalue()
    return raw, expect


# ---------------------------------------------------------------- checks

def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in
                     text.replace("\r\n", "\n").strip("\n").split("\n"))


def check(spec: dict, raw: bytes, expect: dict, mid: str) -> None:
    where = spec["file"]
    message = email.message_from_bytes(raw, policy=email.policy.default)
    for part in message.walk():
        assert not part.defects, (where, part.defects)
        for name, value in part.items():
            assert not getattr(value, "defects", None), (where, name, value.defects)
    assert str(message["Subject"]) == spec["subject"], (where, str(message["Subject"]))
    assert str(message["Message-ID"]) == mid, where
    assert message["Date"].datetime.year == 2026, where
    name, addr = spec["frm"]
    assert message["From"].addresses[0].addr_spec == addr, where
    assert message["From"].addresses[0].display_name == name, (where, name)
    found = {"plain": None, "html": None, "calendar": None}
    pdfs = []
    for part in message.walk():
        if part.get_content_maintype() == "text":
            found[part.get_content_subtype()] = part.get_content()
        elif part.get_content_type() == "application/pdf":
            pdfs.append(part.get_content())
    if expect["text"] is not None:
        assert found["plain"] is not None, where
        assert _norm(found["plain"]) == _norm(expect["text"]), where
    if expect["html"] is not None:
        assert _norm(found["html"]) == _norm(expect["html"]), where
    if expect.get("ics"):
        assert _norm(found["calendar"]) == _norm(expect["ics"]), where
    assert pdfs == expect.get("pdfs", []), where


# ---------------------------------------------------------------- main

def main() -> None:
    specs = load_specs()
    assign_files(specs)
    by_key = {spec["key"]: spec for spec in specs if spec.get("key")}
    assert len(by_key) == len([s for s in specs if s.get("key")]), "duplicate keys"
    ids = {spec["file"]: message_id(spec) for spec in specs}
    assert len(set(ids.values())) == len(ids)

    for old in HERE.glob("*/*.eml"):
        old.unlink()
    if (HERE / "labels.csv").exists():
        (HERE / "labels.csv").unlink()

    rows = []
    for spec in specs:
        try:
            raw, expect = build(spec, by_key, ids)
        except (UnicodeError, ValueError) as error:
            raise SystemExit(f"{spec['file']}: {error}") from error
        check(spec, raw, expect, ids[spec["file"]])
        target = HERE / spec["file"]
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(raw)
        rows.append([spec["file"], spec["kind"], spec["company"], spec["contact"],
                     spec["lang"]])

    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "kind", "company", "contact", "language"])
        writer.writerows(rows)

    table: dict[str, dict[str, int]] = {k: {} for k in KINDS}
    for spec in specs:
        table[spec["kind"]][spec["lang"]] = table[spec["kind"]].get(spec["lang"], 0) + 1
    print(f"wrote {len(specs)} messages")
    for kind in KINDS:
        print(f"  {kind:32} {sum(table[kind].values()):3}  {table[kind]}")


if __name__ == "__main__":
    main()
