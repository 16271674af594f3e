"""html_to_text: table tests of small HTML inputs and their readable text and link counts."""

from __future__ import annotations

import pytest

from assistant.sources.htmltext import html_to_text

CASES = [
    # html, expected text, expected link count
    ("<p>Hello</p><p>World</p>", "Hello\n\nWorld", 0),
    ("Line one<br>Line two<br/>Line three", "Line one\nLine two\nLine three", 0),
    ("<div>a</div><div>b</div>", "a\nb", 0),
    ("<div><div><p>nested</p></div></div>after", "nested\n\nafter", 0),
    ("<ul><li>one</li><li>two</li></ul>", "- one\n- two", 0),
    ("<html><head><title>T</title><style>p{}</style></head><body>shown</body></html>",
     "shown", 0),
    ("<script>alert('x')</script>visible<noscript>no</noscript>", "visible", 0),
    ('Click <a href="https://x.example/a">here</a> or <a href="https://x.example/b">there</a>',
     "Click here or there", 2),
    ('<a name="anchor">not a link</a><a href="">empty</a><a href=" ">blank</a>',
     "not a linkemptyblank", 0),
    ("caf&eacute; &amp; cr&egrave;me &lt;br&gt; &#8212; &#x2014;", "café & crème <br> — —", 0),
    ("<p>  lots   of\n\n   spaces\t here  </p>", "lots of spaces here", 0),
    ("<b>bold</b> <i>italic</i>", "bold italic", 0),
    ("<table><tr><td>Role</td><td>Engineer</td></tr><tr><td>Team</td><td>Data</td></tr></table>",
     "Role Engineer\nTeam Data", 0),
    ("<p>unclosed <b>bold <div>block", "unclosed bold\nblock", 0),
    ("<pre>keep\nthese\nlines</pre>", "keep\nthese\nlines", 0),
    ("<p>a</p>\n\n\n\n<p>b</p><br><br><br><br>c", "a\n\nb\n\nc", 0),  # one blank line at most
    ("", "", 0),
    ("<p>Sounds good.</p><blockquote type=cite><p>Old</p><blockquote>older<br>two</blockquote>"
     "</blockquote><p>Sig</p>", "Sounds good.\n\n> Old\n\n> > older\n> > two\n\nSig", 0),
    ("a<br><br>b<br>c<br>", "a\n\nb\nc", 0),
    ("just text", "just text", 0),
    ("<p>non&nbsp;breaking&nbsp;space</p>", "non breaking space", 0),
]  # fmt: skip


@pytest.mark.parametrize(("html", "text", "links"), CASES)
def test_html_to_text(html: str, text: str, links: int) -> None:
    assert html_to_text(html) == (text, links)


def test_hostile_markup_does_not_raise() -> None:
    html = "<" * 1000 + "<div" * 500 + "</p>" * 500 + "&#xffffffff; &#0; <![CDATA[x]]> <!-- c"
    text, links = html_to_text(html)
    assert links == 0
    assert isinstance(text, str)
