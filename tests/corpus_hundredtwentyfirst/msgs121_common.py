"""What the four message modules of the hundred-and-twenty-first corpus share.

Only the candidate's identity and two mechanical helpers live here: quoting a message the way a
mail program does, and wrapping plain paragraphs the way Gmail's composer writes HTML. No
message wording is shared; every message spells out its own text.
"""

from __future__ import annotations

from html import escape

CANDIDATE = "chiamaka.rb@example.co.uk"
CANDIDATE_NAME = "Chiamaka Ross-Bellamy"
ME = (CANDIDATE_NAME, CANDIDATE)


def quote(text: str, prefix: str = ">") -> str:
    """Prefix every line of text with '>' as mail programs do when they quote."""
    lines = text.strip("\n").split("\n")
    return "\n".join(prefix + (" " + line if line and not line.startswith(">") else line) for line in lines)


def gmail_html(text: str, quoted: str = "", attribution: str = "") -> str:
    """Gmail's composer HTML: one <div> per line, an empty <div> between paragraphs, and the
    quoted message in a gmail_quote block."""
    out = ['<div dir="ltr">']
    for para in text.strip().split("\n\n"):
        for line in para.split("\n"):
            out.append(f"<div>{escape(line) or '<br>'}</div>")
        out.append("<div><br></div>")
    out.append("</div>")
    if quoted:
        out.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                   f"{escape(attribution)}<br></div>"
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                   'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        out.append(escape(quoted.strip()).replace("\n", "<br>\n"))
        out.append("</blockquote></div>")
    return "\n".join(out) + "\n"
