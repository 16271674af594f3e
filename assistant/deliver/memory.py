"""A deliverer that keeps what it would have delivered in a list: for tests, demo and dry runs.

Imports records only.
"""

from __future__ import annotations

import logging

from assistant.records import QueuedDraft

logger = logging.getLogger(__name__)


class MemoryDeliverer:
    """Records delivered messages; confirms by Message-ID like the real deliverers do."""

    description = "memory"

    def __init__(self) -> None:
        self.delivered: list[QueuedDraft] = []

    def deliver(self, draft: QueuedDraft) -> None:
        self.delivered.append(draft)
        logger.debug("memory deliverer holds draft %s", draft.id)

    def confirm(self, draft: QueuedDraft) -> bool:
        wanted = draft.draft.message_id
        return any(d.draft.message_id == wanted for d in self.delivered)

    @property
    def messages(self) -> list[bytes]:
        """The raw messages, in delivery order."""
        return [d.draft.message for d in self.delivered]
