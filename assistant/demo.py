"""`assistant demo`: the whole pipeline on bundled sample data, in a temporary folder.

The sample is one job seeker's week (assistant/demo_data): a mailbox with invitations, a
"we missed you" note, a cancellation, two rejections (one from a no-reply ATS), an
acknowledgement and a newsletter, and a calendar with interviews among ordinary events. The
run uses a fixed moment, no network and no keyring, and touches nothing outside its temporary
folder, so it shows a newcomer exactly what the assistant would queue for them.
"""

from __future__ import annotations

import mailbox
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from assistant import pipeline
from assistant.config import Settings, settings_from_dict
from assistant.records import DraftKind, QueuedDraft, UserDecision
from assistant.store import Database
from assistant.store import calendar as calendar_store
from assistant.store import queue as queue_store

# Thursday 19 November 2026, 4:30 PM in Chicago: after a missed morning interview and an
# afternoon one, the day before a technical interview.
DEMO_NOW = datetime(2026, 11, 19, 22, 30, tzinfo=UTC)
# The upcoming interview the demo user says they cannot attend (`assistant cant-attend`).
CANT_ATTEND_UID = "umbrella-hm-7731@umbrella-health.example"


@dataclass
class DemoResult:
    settings: Settings
    queue: list[QueuedDraft]
    featured: QueuedDraft | None
    intro: str
    outro: str


def _demo_settings(folder: Path) -> Settings:
    return settings_from_dict(
        {
            "identity": {
                "name": "Alex Rivera",
                "email": "alex.rivera@example.net",
                "timezone": "America/Chicago",
                "signature": "Alex Rivera\n(312) 555-0147",
            },
            "accounts": [{"name": "demo", "kind": "maildir", "path": str(folder / "Mail")}],
            "calendars": [
                {"name": "demo", "kind": "ics_file", "path": str(folder / "calendar.ics")}
            ],
            "storage": {"path": str(folder / "assistant.db")},
        },
        filename="demo config",
    )


def _install_sample(folder: Path) -> None:
    data = resources.files("assistant.demo_data")
    maildir = mailbox.Maildir(folder / "Mail", create=True)
    for entry in sorted(data.joinpath("mail").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".eml"):
            maildir.add(entry.read_bytes())
    (folder / "calendar.ics").write_bytes(data.joinpath("calendar.ics").read_bytes())


def run(now_override: str | None = None, keep: Path | None = None) -> DemoResult:
    """Run the demo; `keep` names a folder to work in and leave behind (for tests)."""
    now = DEMO_NOW
    if now_override:
        now = datetime.fromisoformat(now_override.replace("Z", "+00:00"))
        now = now if now.tzinfo else now.replace(tzinfo=UTC)
    folder = keep or Path(tempfile.mkdtemp(prefix="assistant-demo-"))
    try:
        _install_sample(folder)
        settings = _demo_settings(folder)
        db = Database(settings.storage_path)
        report = pipeline.run_once(settings, db, now)
        interviews = {i.uid: i for i in calendar_store.load_interviews(db)}
        if CANT_ATTEND_UID in interviews:
            calendar_store.record_decision(
                db, interviews[CANT_ATTEND_UID].key, UserDecision.CANT_ATTEND, None, now
            )
            pipeline.understand_and_plan(settings, db, now)
        queue = queue_store.list_queue(db)
        featured = next((q for q in queue if q.draft.kind == DraftKind.MISSED_APOLOGY), None)
        db.close()
    finally:
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    local = now.astimezone(settings.identity.tz).strftime("%A %d %B %Y, %H:%M %Z")
    intro = (
        f"Demo: a sample job seeker's mailbox ({report.messages_read} messages) and calendar "
        f"({report.events_read} events), as of {local}.\n"
        "Said to the assistant: `cant-attend` for the Umbrella Health interview next Tuesday.\n"
        f"Waiting for your approval ({len(queue)}):"
    )
    outro = (
        "Nothing was sent: every draft waits for `assistant approve ID`, which puts it in your\n"
        "own Drafts folder. To use it for real: `assistant init`, then `assistant check`."
    )
    return DemoResult(settings=settings, queue=queue, featured=featured, intro=intro, outro=outro)
