"""The whole seventieth inbox in the order it is numbered, kinds interleaved by date."""

from __future__ import annotations

from msgs70_build import Msg
from msgs70_rejections import MESSAGES as REJECTIONS

ALL: list[Msg] = sorted([*REJECTIONS], key=lambda m: (m.when, m.slug))
