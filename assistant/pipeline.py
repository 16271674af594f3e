"""One cycle of the assistant: sync -> understand -> plan -> compose -> queue. Wiring only.

The CLI (`scan`, `demo`, `missed` ...) and the service call these functions; every decision is
made by the stage modules, every write by the store. `now` always comes from the caller, so a
cycle can be replayed at any moment with `--now`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from assistant import calsync, compose, mailsync, policy, understanding
from assistant.config import Settings
from assistant.deliver import recover
from assistant.detect.interviews import events_to_busy
from assistant.errors import AssistantError
from assistant.policy import MailItem
from assistant.records import (
    DraftKind,
    DraftState,
    FollowUp,
    Interview,
    InterviewStatus,
    Opportunity,
    SkippedItem,
)
from assistant.review import make_deliverer
from assistant.store import Database
from assistant.store import calendar as calendar_store
from assistant.store import queue as queue_store
from assistant.store import understanding as understanding_store

logger = logging.getLogger(__name__)


@dataclass
class ScanReport:
    """What one cycle did: the `scan --json` summary (SPEC section 3) plus what became due."""

    messages_read: int = 0
    events_read: int = 0
    drafts_queued: int = 0
    skipped: list[SkippedItem] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    queued: list[tuple[str, DraftKind, str]] = field(default_factory=list)  # id, kind, subject
    withdrawn: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "messages_read": self.messages_read,
            "events_read": self.events_read,
            "drafts_queued": self.drafts_queued,
            "skipped": [
                {"source": s.source, "id": s.item, "reason": s.reason} for s in self.skipped
            ],
            "errors": list(self.errors),
        }


@dataclass
class PlanReport:
    queued: list[tuple[str, DraftKind, str]] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)


def run_once(
    settings: Settings,
    db: Database,
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
) -> ScanReport:
    """A full cycle. Sources that fail are reported in `errors`; what was read is still used."""
    report = ScanReport()
    mail = mailsync.sync_mail(settings, db, now, progress)
    report.messages_read = mail.messages_read
    report.skipped.extend(mail.skipped)
    report.errors.extend(mail.errors)
    cal = calsync.sync_calendars(settings, db, now)
    report.events_read = cal.events_read
    report.skipped.extend(cal.skipped)
    report.errors.extend(cal.errors)
    understand_and_plan(settings, db, now, report)
    report.errors.extend(finish_deliveries(settings, db, now))
    db.set_meta("last_sync", now.isoformat())
    db.set_meta("last_error", report.errors[-1] if report.errors else "")
    return report


def understand_and_plan(
    settings: Settings, db: Database, now: datetime, report: ScanReport | None = None
) -> PlanReport:
    """Everything after the sync: classify new mail, refresh interviews, plan and queue."""
    understanding.understand(settings, db, now)
    # Read once per cycle: decoding every job email is the cycle's largest read.
    opportunities = tuple(understanding_store.load_opportunities(db))
    mail = tuple(understanding_store.load_job_mail(db))
    refresh_interviews(settings, db, now, opportunities, mail)
    plan = plan_and_queue(settings, db, now, opportunities, mail)
    if report is not None:
        report.queued.extend(plan.queued)
        report.withdrawn.extend(plan.withdrawn)
        report.drafts_queued += len(plan.queued)
    return plan


def refresh_interviews(
    settings: Settings,
    db: Database,
    now: datetime,
    opportunities: tuple[Opportunity, ...],
    mail: tuple[MailItem, ...],
) -> list[Interview]:
    """Rebuild the interviews from calendars and invitations, then mark those the employer
    said were missed (a "we missed you" mail), so `interviews` tells the user the truth."""
    employer_domains = {d: o.id for o in opportunities for d in o.domains}
    interviews = calsync.update_interviews(settings, db, now, employer_domains)
    state = policy.PolicyState(opportunities=opportunities, interviews=tuple(interviews), mail=mail)
    missed = policy.missed_by_notice(state, now, settings.policy, settings.identity)
    marked = [
        replace(i, status=InterviewStatus.MISSED)
        if i.key in missed and i.status in (InterviewStatus.PAST, InterviewStatus.IN_PROGRESS)
        else i
        for i in interviews
    ]
    if marked != interviews:
        calendar_store.save_interviews(db, marked, calsync.window(now))
    return marked


def plan_and_queue(
    settings: Settings,
    db: Database,
    now: datetime,
    opportunities: tuple[Opportunity, ...],
    mail: tuple[MailItem, ...],
) -> PlanReport:
    """Ask the policy what is due now, compose what is new, and queue it (idempotent by key)."""
    known = queue_store.keys(db)
    state = policy.PolicyState(
        opportunities=opportunities,
        interviews=tuple(calendar_store.load_interviews(db)),
        mail=mail,
        decisions=calendar_store.load_decisions(db),
        queue=tuple(policy.QueueEntry(k, *v) for k, v in known.items()),
        busy=tuple(
            events_to_busy(
                calendar_store.load_events(db), own_addresses=settings.identity.addresses
            )
        ),
    )
    plan = policy.decide(state, now, settings.policy, settings.identity)
    result = PlanReport()
    for withdrawal in plan.withdraw:
        result.withdrawn.extend(
            queue_store.withdraw(db, withdrawal.key_prefix, withdrawal.cause, now)
        )
    # Withdrawals change states, never keys: `known` still lists every key ever queued.
    env = compose.make_environment(settings.templates_dir)
    for followup in plan.due:
        if followup.key in known or followup.due > now:
            continue
        draft = compose.render(followup, identity=settings.identity, env=env, now=now)
        draft_id = queue_store.enqueue(db, draft, now)
        if draft_id is not None:
            result.queued.append((draft_id, draft.kind, draft.subject))
            logger.info("queued %s %s (%s)", draft.kind, draft_id, _describe(followup))
    return result


def finish_deliveries(settings: Settings, db: Database, now: datetime) -> list[str]:
    """Complete approved deliveries a crash or a dropped connection interrupted.

    Only drafts the user approved are touched (invariant 1); each is confirmed before it is
    delivered again (invariant 3). Returns error lines; none when nothing was waiting.
    """
    if not queue_store.in_state(db, DraftState.APPROVED, DraftState.DELIVERING):
        return []
    try:
        recover(db, make_deliverer(settings), now)
    except AssistantError as exc:
        return [f"delivery: {exc}"]
    return []


def _describe(followup: FollowUp) -> str:
    return followup.company or followup.interview_uid or followup.key
