"""HTML mail bodies to readable plain text, for messages that carry no text/plain part.

Pure: imports only the standard library (`html.parser`), nothing from the project. The goal is
text a classifier and a person can read, not a faithful rendering: scripts, styles and the
document head are dropped, block elements become line breaks, blockquotes become "> " lines,
links keep their visible text (and are counted, because link-heavy mail is usually
marketing), entities are decoded.
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

logger = logging.getLogger(__name__)

# Elements whose content is never shown to a reader.
_HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "object"})

# Elements that start and end on their own line; paragraph-like ones with a blank line around.
_PARAGRAPH = frozenset(
    {"blockquote", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "p", "pre", "table", "ul"}
)
_LINE = frozenset(
    {
        "address", "article", "aside", "center", "dd", "details", "dialog", "div", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "li", "main", "nav",
        "section", "summary", "tbody", "thead", "tfoot", "tr",
    }
)  # fmt: skip

# Void elements never get an end tag; counting them as open would hide the rest of the page.
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)

_SPACES = re.compile(r"[ \t\f\v\u00a0\u200b\u200c\u200d\ufeff]+")


class _TextExtractor(HTMLParser):
    """Collects visible text. Block edges only *request* a line break, so nested blocks
    (`<div><p>`) give one break, not a stack of blank lines."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.links = 0
        self._hidden_depth = 0
        self._pre_depth = 0
        self._quote_depth = 0
        self._pending_breaks = 0

    def _break(self, count: int) -> None:
        self._pending_breaks = max(self._pending_breaks, count)

    def _emit(self, text: str) -> None:
        starts_line = not self.chunks or self._pending_breaks
        if self._pending_breaks and self.chunks:
            self.chunks.append("\n" * self._pending_breaks)
        self._pending_breaks = 0
        if starts_line and self._quote_depth:
            # Quoted mail (<blockquote type="cite">) reads as "> " lines, as in plain text mail,
            # so the quoted-chain split treats HTML and text replies alike.
            self.chunks.append("> " * self._quote_depth)
        self.chunks.append(text)

    def _block_edge(self, tag: str) -> None:
        if tag in _PARAGRAPH:
            self._break(2)
        elif tag in _LINE:
            self._break(1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden_depth += 1
            return
        if self._hidden_depth:
            return
        if tag == "br":
            self._pending_breaks += 1  # unlike block edges, consecutive <br>s add up
        self._block_edge(tag)
        if tag == "blockquote":
            self._quote_depth += 1
        if tag == "li":
            self._emit("- ")
        elif tag == "pre":
            self._pre_depth += 1
        elif tag in ("td", "th"):
            self._emit(" ")
        if tag == "a" and any(k == "href" and v and v.strip() for k, v in attrs):
            self.links += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>, <div/>: a self-closed element opens and closes at once, and hides nothing.
        if tag in _HIDDEN:
            return
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden_depth = max(0, self._hidden_depth - 1)
            return
        if self._hidden_depth:
            return
        self._block_edge(tag)
        if tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
        elif tag == "blockquote":
            self._quote_depth = max(0, self._quote_depth - 1)

    def handle_data(self, data: str) -> None:
        if self._hidden_depth:
            return
        if self._pre_depth:
            self._emit(data.replace("\r\n", "\n"))
        elif data.strip():
            # Source line breaks in HTML are just spaces; only markup makes lines.
            self._emit(re.sub(r"\s+", " ", data))
        elif self.chunks and not self._pending_breaks:
            self.chunks.append(" ")


def _tidy(text: str) -> str:
    """Trim each line, collapse runs of spaces, keep at most one blank line between blocks."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> tuple[str, int]:
    """Readable text of an HTML document, and the number of `<a href>` links in it.

    Never raises on malformed markup: `html.parser` is lenient and unclosed tags simply end
    with the input.
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return _tidy("".join(parser.chunks)), parser.links
