"""Understanding, wired: classify new mail once per Message-ID, link opportunities, store both.

Wiring only: reads from `store.understanding`, decides with `detect.classify` and
`detect.opportunities`, writes back in one transaction. Imports config, records, detect and
store; nothing later in the pipeline.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from assistant.config import Settings
from assistant.detect import classify_batch
from assistant.detect.known import known_names
from assistant.detect.opportunities import link
from assistant.records import Email, Opportunity
from assistant.store import understanding as store
from assistant.store.db import Database

logger = logging.getLogger(__name__)


@dataclass
class UnderstandReport:
    """What one `understand` run did."""

    classified: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    opportunities_changed: int = 0


def understand(settings: Settings, db: Database, now: datetime) -> UnderstandReport:
    """Classify every email not understood yet, link it to its opportunity, and store both.

    A Message-ID seen before (another folder's copy, a rescan) is not classified again; its
    copies are only marked understood. Mail is read in date order as one batch: each
    recruiter the classifier finds becomes a known contact for later mail of the same company,
    and how one message spells its employer names that employer's terse mail
    (`detect.classify_batch`); opportunities already known teach the same.
    """
    pending = store.pending_emails(db)
    if not pending:
        return UnderstandReport()
    own = settings.identity.addresses
    done = store.classifications_for(db, (e.message_id for e in pending))
    todo: dict[str, Email] = {}
    for email in pending:
        if email.message_id not in done:
            todo.setdefault(email.message_id, email)
    opportunities = store.load_opportunities(db)
    emails = list(todo.values())
    found = classify_batch(emails, own_addresses=own, known_contacts=store.known_contacts(db),
                           known_names=known_names(opportunities))
    fresh = dict(zip(todo, found, strict=True))
    result = link(list(zip(emails, found, strict=True)), opportunities, own)
    store.save_understanding(
        db, fresh, result.assignments, result.opportunities, (e.key for e in pending), now
    )
    by_kind = dict(Counter(cls.kind.value for cls in fresh.values()))
    logger.info(
        "understood %d new message(s) %s; %d opportunit(ies) changed",
        len(fresh), by_kind, len(result.opportunities),
    )
    return UnderstandReport(len(fresh), by_kind, len(result.opportunities))


def status_rows(db: Database) -> list[dict[str, Any]]:
    """One row per opportunity for `assistant status --json`, most recently active first."""
    opps = sorted(store.load_opportunities(db), key=lambda o: o.id)
    rows: list[dict[str, Any]] = []
    for opp in sorted(opps, key=_last_activity, reverse=True):
        last = _last_activity(opp)
        rows.append({
            "id": opp.id,
            "company": opp.company,
            "role": opp.role,
            "stage": opp.stage.value,
            "last_activity": _z(last) if last != _NEVER else None,
            "contacts": [c.email for c in opp.contacts],
            "history": len(opp.history),
        })
    return rows


_NEVER = datetime.min.replace(tzinfo=UTC)


def _last_activity(opp: Opportunity) -> datetime:
    return max((e.at for e in opp.history), default=opp.last_employer_message_at or _NEVER)


def _z(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
