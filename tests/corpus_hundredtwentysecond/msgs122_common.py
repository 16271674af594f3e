"""Shared bits of the hundred-twenty-second corpus: the candidate and her own signature.

Everything else in a message (sender, wording, layout, footer) is written in the message's own
spec, in msgs122_rejections.py, msgs122_invites.py, msgs122_acks.py and msgs122_other.py.
"""

from __future__ import annotations

ME = ("Amandine Kouassi-Leroux", "amandine.kl@example.fr")
CANDIDATE = ME[1]

# The signature Amandine puts under her own mail; it shows up in quoted chains and sent mail.
MY_SIG = "Amandine Kouassi-Leroux\n06 48 21 93 57 - Nantes\nlinkedin.example.com/in/amandine-kouassi-leroux"


def quote(text: str) -> str:
    """Prefix every line with '> ' the way a mail program quotes a message."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))
