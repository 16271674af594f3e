"""What every spec module of the hundredth corpus shares: the candidate and his address.

Each message spec is a dict written by hand. Keys:

slug, kind, lang, company, contact   the scenario name and the labels
sender, reply_to                     (display name, address); reply_to is optional
to, cc                               lists of (display name, address); `to` defaults to the candidate
subject, date                        date as "YYYY-MM-DD HH:MM +ZZZZ"
structure                            plain | html | alt | mixed (what the generator must produce)
charset, cte                         body charset and transfer encoding (7bit, 8bit, quoted-printable, base64)
hcharset, henc                       charset and q/b encoding of RFC 2047 headers (default: charset, by charset)
text, html                           the bodies; an `alt` message without `text` gets one derived from the HTML
msgid, parent, refs                  Message-ID, the message replied to, earlier references
headers                              extra headers (List-Id, List-Unsubscribe, Auto-Submitted, X-Mailer ...)
attachments                          [{"filename": ..., "pdf": [lines]}] or [{"filename": ..., "ctype": ..., "text": ...}]
calendar                             {"method": ..., "ics": hand-written iCalendar, "cte": ..., "attach": filename or None}
"""

CANDIDATE = ("Rodrigo Villaseñor Ocampo", "rodrigo.vo@example.mx")
ME = "rodrigo.vo@example.mx"
