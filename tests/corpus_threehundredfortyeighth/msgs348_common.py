"""Shared layout for the threehundredfortyeighth corpus: the candidate, a spec constructor and
HTML shells. Layout only: no message text lives here."""

from __future__ import annotations

from typing import Any

NAME = "Awa Diallo-Fournier"
ADDR = "awa.diallo@example.fr"
ME = (NAME, ADDR)


def m(kind: str, lang: str, slug: str, d: str, frm: tuple[str, str], subj: str,
      body: str | None = None, **extra: Any) -> dict[str, Any]:
    """One message spec. kind/lang/slug/date/From/Subject/plain body; everything else as keys:
    co (company), ct (contact), rt (Reply-To pair), to, cc, html, cs (charset), cte,
    se/fe/rte (header encodings "charset:Q|B"), cal, pdf, fwd, thread, quote, hdr."""
    spec: dict[str, Any] = {"kind": kind, "lang": lang, "slug": slug, "d": d, "frm": frm,
                            "subj": subj}
    if body is not None:
        spec["body"] = body
    spec.update(extra)
    return spec


def shell(inner: str, brand: str = "#1f3a5f", footer: str = "") -> str:
    """A plain HTML mail shell around `inner` (already HTML)."""
    foot = f'<p style="color:#888;font-size:11px">{footer}</p>\n' if footer else ""
    return (
        "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"></head>\n"
        f'<body style="font-family:Arial,sans-serif;font-size:14px">\n'
        f'<div style="border-top:4px solid {brand};padding:16px">\n'
        f"{inner.strip()}\n</div>\n{foot}</body>\n</html>\n"
    )


def paras(*texts: str) -> str:
    """Paragraphs as HTML."""
    return "\n".join(f"<p>{t}</p>" for t in texts)


LIST_HDR = {
    "Precedence": "bulk",
    "Auto-Submitted": "auto-generated",
}


def list_headers(list_id: str, unsub: str) -> dict[str, str]:
    return {
        "List-Id": list_id,
        "List-Unsubscribe": f"<{unsub}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }
