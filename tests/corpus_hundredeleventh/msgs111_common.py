"""What the hand-written specs of the hundred-eleventh corpus share.

A spec is a dict with these keys (only the first ones are required):

- kind, scenario, company, contact, lang: the labels and the file name part
- frm: (display name, address); to / cc: lists of such pairs (to defaults to the candidate)
- reply_to: a pair, when the message has a Reply-To
- subject, date ("2026-03-14 09:12 +0100")
- text and/or html: the bodies; ics + ics_method: a text/calendar alternative;
  ics_attach: also attach the .ics (Google style); attachments: [{"filename", "lines"}] PDFs
- html_style: outlook, gmail or apple: the HTML alternative that mail program writes from text
- charset (utf-8), cte (quoted-printable), html_cte, header_charset, header_b (True: B words)
- msgid, mid_host, irt (In-Reply-To), refs (References), headers (extra headers, in order)
- boundary_style: outlook, gmail, apple, javamail, thunderbird or python (else chosen from the file name)
"""

from __future__ import annotations

CANDIDATE = ("Lukas Brandstätter-Osei", "lukas.bo@example.at")
ME = CANDIDATE


def pixel(url: str) -> str:
    """The 1x1 open-tracking image mail tools put at the end of a message."""
    return (f'<img src="{url}" width="1" height="1" alt="" '
            f'style="display:block;border:0;width:1px;height:1px" />')
