"""The whole seventieth inbox in the order it is numbered: every kind interleaved by date."""

from __future__ import annotations

from msgs70_acks_offers import MESSAGES as ACKS_OFFERS
from msgs70_build import Msg
from msgs70_changes import MESSAGES as CHANGES
from msgs70_invitations import MESSAGES as INVITATIONS
from msgs70_other_de_es import MESSAGES as OTHER_DE_ES
from msgs70_other_en import MESSAGES as OTHER_EN
from msgs70_other_fr import MESSAGES as OTHER_FR
from msgs70_rejections import MESSAGES as REJECTIONS

ALL: list[Msg] = sorted(
    [*REJECTIONS, *INVITATIONS, *CHANGES, *ACKS_OFFERS, *OTHER_EN, *OTHER_FR, *OTHER_DE_ES],
    key=lambda m: (m.when, m.slug),
)
