"""A child process for crash-injection tests: delivers one approved draft and dies at a step.

Run as `python -m tests.crash_child DB STEP ACCOUNT_JSON DRAFT_ID`. STEP is where the process
ends with os._exit (no cleanup, no commit, like a power cut): `before_append`, `after_append`
(the message is in Drafts, `delivered` not committed) or `after_commit`.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime

from assistant.config import Account
from assistant.deliver import deliver_approved
from assistant.deliver.imap_drafts import ImapDraftsDeliverer
from assistant.records import QueuedDraft
from assistant.store import Database

CRASH_EXIT = 17


class DyingDeliverer(ImapDraftsDeliverer):
    def __init__(self, account: Account, password: str, step: str) -> None:
        super().__init__(account, password)
        self.step = step

    def deliver(self, draft: QueuedDraft) -> None:
        if self.step == "before_append":
            os._exit(CRASH_EXIT)
        super().deliver(draft)
        if self.step == "after_append":
            os._exit(CRASH_EXIT)


def main() -> None:
    db_path, step, account_json, draft_id = sys.argv[1:5]
    raw = json.loads(account_json)
    password = raw.pop("password")
    account = Account(**{k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()})
    now = datetime(2026, 11, 20, 16, 0, tzinfo=UTC)
    deliver_approved(Database(db_path), DyingDeliverer(account, password, step), draft_id, now)
    if step == "after_commit":
        os._exit(CRASH_EXIT)


if __name__ == "__main__":
    main()
