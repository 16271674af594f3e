"""What the command line shows: tables and JSON shapes built from records. No printing.

Kept apart from cli.py (argument parsing and error mapping) so the views are tested as plain
functions, and so cli.py stays a thin shell.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.detect.interviews import status_at
from assistant.records import Classification, DraftKind, Interview, InterviewStatus, QueuedDraft
from assistant.store import Database
from assistant.store import calendar as calendar_store
from assistant.store import queue as queue_store


def zulu(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def local(moment: datetime, settings: Settings) -> str:
    return moment.astimezone(settings.identity.tz).strftime("%a %d %b %H:%M")


def short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> str:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    lines = [headers, *rows]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in lines
    )


def recipients(q: QueuedDraft) -> str:
    if q.draft.kind is DraftKind.REMINDER:
        return "(a note for you)"
    return ", ".join(a.email for a in q.draft.to) or "(needs a recipient)"


def queue_table(items: Sequence[QueuedDraft], settings: Settings) -> str:
    if not items:
        return "Your queue is empty: nothing is waiting for you."
    rows = [
        [
            q.id,
            q.draft.kind.value,
            q.state.value,
            short(recipients(q), 34),
            short(q.draft.subject, 48),
            local(q.draft.due, settings),
        ]
        for q in items
    ]
    return table(rows, ["ID", "KIND", "STATE", "TO", "SUBJECT", "DUE"])


def interviews_table(interviews: Sequence[Interview], settings: Settings) -> str:
    if not interviews:
        return "No interviews found."
    rows = [
        [
            i.short_id,
            local(i.start, settings),
            i.status.value,
            short(i.company or "?", 20),
            short(i.title, 40),
            i.contact or "",
        ]
        for i in interviews
    ]
    return table(rows, ["ID", "WHEN", "STATUS", "COMPANY", "TITLE", "CONTACT"])


def next_steps(db: Database, now: datetime) -> dict[str, dict[str, str]]:
    """Per opportunity: the oldest draft waiting for the user, else the next interview."""
    steps: dict[str, dict[str, str]] = {}
    for q in queue_store.list_queue(db):
        if q.draft.opportunity and q.draft.opportunity not in steps:
            steps[q.draft.opportunity] = {
                "what": q.draft.kind.value,
                "draft": q.id,
                "when": zulu(q.draft.due),
            }
    for interview in calendar_store.load_interviews(db):
        current = status_at(interview, now)
        if (
            current.opportunity
            and current.opportunity not in steps
            and current.status is InterviewStatus.UPCOMING
        ):
            steps[current.opportunity] = {"what": "interview", "when": zulu(current.start)}
    return steps


def describe_next(step: dict[str, str] | None, settings: Settings) -> str:
    if not step:
        return "-"
    when = local(datetime.fromisoformat(step["when"].replace("Z", "+00:00")), settings)
    if "draft" in step:
        return f"{step['what']} draft {step['draft']} (due {when})"
    return f"interview {when}"


def status_table(rows: Sequence[dict[str, Any]], settings: Settings) -> str:
    if not rows:
        return "No job opportunities found yet. Run `assistant scan` first."
    cells = [
        [r["id"], short(r["company"], 24), r["stage"], describe_next(r["next"], settings)]
        for r in rows
    ]
    return table(cells, ["OPPORTUNITY", "COMPANY", "STAGE", "NEXT"])


def classification_json(path: Path, result: Classification) -> dict[str, Any]:
    """One `classify --json` line (SPEC section 3)."""
    return {
        "file": str(path),
        "kind": result.kind.value,
        "confidence": round(result.confidence, 3),
        "company": result.company,
        "contact": result.contact,
        "role": result.role,
        "language": result.language,
        "evidence": list(result.evidence),
    }


def classification_row(path: Path, result: Classification) -> list[str]:
    return [
        short(path.name, 32),
        result.kind.value,
        f"{result.confidence:.2f}",
        short(result.company or "-", 22),
        result.contact or "-",
        result.language,
    ]


CLASSIFICATION_HEADERS = ["FILE", "KIND", "CONF", "COMPANY", "CONTACT", "LANG"]
