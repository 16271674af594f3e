"""Layout helpers shared by the message modules of corpus 299: the candidate, HTML shells and
signature blocks. Only layout lives here; every sentence is written in the message modules."""

from __future__ import annotations

import html as _html

ME = ("Karolina Wiśniewska", "k.wisniewska@example.at")


def html_page(text: str, *, footer: str = "", brand: str = "", colour: str = "#1d3557") -> str:
    """Wrap plain paragraphs (blank-line separated) in a small, mail-client style HTML page."""
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [_html.escape(line) for line in block.split("\n")]
        paras.append("<p style=\"margin:0 0 12px 0\">" + "<br>\n".join(lines) + "</p>")
    head = ""
    if brand:
        head = (f"<tr><td style=\"background:{colour};color:#ffffff;padding:12px 20px;"
                f"font-size:18px;font-weight:bold\">{_html.escape(brand)}</td></tr>\n")
    foot = ""
    if footer:
        foot = ("<tr><td style=\"padding:10px 20px;font-size:11px;color:#777777\">"
                + "<br>\n".join(_html.escape(x) for x in footer.strip().split("\n"))
                + "</td></tr>\n")
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n</head>\n"
        "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222222\">\n"
        "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">\n"
        f"{head}<tr><td style=\"padding:16px 20px\">\n" + "\n".join(paras) + "\n</td></tr>\n"
        f"{foot}</table>\n</body>\n</html>\n"
    )


def sig(*lines: str) -> str:
    """A signature block introduced by the usual '-- ' separator."""
    return "\n-- \n" + "\n".join(lines) + "\n"


def block(*lines: str) -> str:
    """A signature block without a separator line."""
    return "\n" + "\n".join(lines) + "\n"
