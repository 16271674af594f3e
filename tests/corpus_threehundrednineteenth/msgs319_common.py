"""Shared layout for the corpus 319 specs: the candidate, HTML shells, list headers.

Layout only: no message wording lives here except boilerplate footers.
"""

from __future__ import annotations

CAND = "Friederike Lammersdorf <f.lammersdorf@example.de>"

SIG_DE = """--
Friederike Lammersdorf
PTA | Weiterbildung Pharmakovigilanz (in Kürze)
Hammer Straße 118, 48153 Münster
Mobil +49 171 5583 204"""

SIG_EN = """--
Friederike Lammersdorf
Pharmacy technician (PTA), moving into regulatory affairs & pharmacovigilance
Münster, Germany | +49 171 5583 204"""

SIG_SHORT = """--
Friederike Lammersdorf
+49 171 5583 204"""


def html_page(body: str, brand: str = "", color: str = "#1f4e79", footer: str = "",
              lang: str = "de") -> str:
    """A plain HTML mail shell around body (already HTML) with an optional brand bar."""
    bar = (f'<div style="background:{color};color:#fff;padding:12px 18px;font-size:18px">'
           f"{brand}</div>\n") if brand else ""
    foot = (f'<p style="color:#888;font-size:11px;border-top:1px solid #ddd;padding-top:8px">'
            f"{footer}</p>\n") if footer else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<style>body{{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222}}"
        f"</style>\n</head>\n<body>\n{bar}"
        f'<div style="padding:18px">\n{body}\n</div>\n{foot}</body>\n</html>\n'
    )


def paras(*items: str) -> str:
    """Paragraphs as HTML <p> elements (items are HTML already)."""
    return "\n".join(f"<p>{item}</p>" for item in items)


def bulk(list_id: str, unsubscribe: str) -> dict[str, str]:
    """Mailing-list headers of a newsletter or job-alert digest."""
    return {
        "List-Id": list_id,
        "List-Unsubscribe": unsubscribe,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Precedence": "bulk",
    }


AUTO = {"Auto-Submitted": "auto-generated"}
AUTO_REPLY = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
