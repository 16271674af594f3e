"""Shared bits of the ninety-ninth corpus: the candidate, a few recurring people and helpers.

Nothing here shapes a message's wording: every spec in the msgs99_*.py modules is written by hand.
"""

from __future__ import annotations

CANDIDATE = ("Élodie Marchetti-Nkemelu", "elodie.mn@example.fr")
ME = "elodie.mn@example.fr"

# Her own application mails, which are not in the corpus but are quoted and referenced.
SENT = {
    "vercors": "<CAE7m2pQ8vercors01@mail.example.fr>",
    "lardiere": "<CAE7m2pQ8lardiere01@mail.example.fr>",
    "valette": "<CAE7m2pQ8valette01@mail.example.fr>",
    "berthier": "<CAE7m2pQ8berthier01@mail.example.fr>",
    "wagner": "<CAE7m2pQ8wagner01@mail.example.fr>",
    "garraf": "<CAE7m2pQ8garraf01@mail.example.fr>",
    "alpin": "<CAE7m2pQ8alpin01@mail.example.fr>",
    "menuiseries": "<CAE7m2pQ8gaillard01@mail.example.fr>",
    "brightwater": "<CAE7m2pQ8brightwater01@mail.example.fr>",
    "lagerwerk": "<CAE7m2pQ8lagerwerk01@mail.example.fr>",
    "cargopulse": "<CAE7m2pQ8cargopulse01@mail.example.fr>",
    "pellegrini": "<CAE7m2pQ8pellegrini01@mail.example.fr>",
}


def pixel(url: str) -> str:
    """A 1x1 tracking image as ATS and mailing tools append it."""
    return f'<img src="{url}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px">'
