"""Delivery of approved drafts, exactly once, and recovery after a crash.

A `Deliverer` puts one draft somewhere (the Drafts folder over IMAP, an SMTP server, a list in
memory) and can tell whether a draft is already there. The algorithm around it lives here, once,
for every deliverer:

1. The draft must be `approved` (an approval recorded in the queue: invariant 1).
2. Record the intent: `approved -> delivering`, committed before any I/O.
3. `deliver()`, then `confirm()` (the Drafts folder is searched for the Message-ID; an SMTP
   deliverer confirms what its server accepted in this process).
4. Mark `delivered`, committed.

A crash before step 2 leaves the draft approved (no I/O happened). A crash between 2 and 4
leaves it `delivering`: on restart `recover()` confirms first and delivers again only if the
draft is absent, so it is delivered once whichever step the process died at. A crash after 4
changes nothing. A `deliver()` that raises `DeliveryError` certainly delivered nothing: the
draft goes back to approved, the error in its audit row. Any other exception leaves the outcome
unknown, so the deliverer is asked to confirm before the draft is released for a retry.

Reminders (kind `reminder`) have no message. Approving one means "acknowledged": it is marked
delivered at once, with no I/O, and never reaches a deliverer.

Imports records, errors and the store's queue; the deliverers in this package do the I/O.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from assistant.errors import DeliveryError
from assistant.records import DraftKind, DraftState, QueuedDraft
from assistant.store import queue
from assistant.store.db import Database

logger = logging.getLogger(__name__)


class CannotConfirm(DeliveryError):
    """The deliverer cannot tell whether a draft was delivered (SMTP has no lookup).

    The draft is left `delivering` and the user decides: `approve ID --resend` or `dismiss ID`.
    """


class Deliverer(Protocol):
    """Puts approved drafts somewhere, and can check that one is there."""

    @property
    def description(self) -> str:
        """Where drafts go, for the audit log and the user ("Drafts folder of personal")."""
        ...

    def deliver(self, draft: QueuedDraft) -> None:
        """Deliver one draft's message.

        Raises:
            DeliveryError: nothing was delivered (refused, unreachable before sending).
            Exception: anything else means the outcome is unknown; `confirm` will be asked.
        """
        ...

    def confirm(self, draft: QueuedDraft) -> bool:
        """Is this draft already delivered (found by its Message-ID)?

        Raises:
            CannotConfirm: there is no way to know; the user has to check.
            DeliveryError: the check itself failed (server unreachable); try again later.
        """
        ...


@dataclass(frozen=True, slots=True)
class DeliveryOutcome:
    """What `deliver_approved` did, for the CLI to report."""

    draft_id: str
    state: DraftState
    message: str  # one line for the user
    copies_sent: int  # 0 when the draft was already there or is a reminder


def deliver_approved(
    db: Database, deliverer: Deliverer, draft_id: str, now: datetime, *, resend: bool = False
) -> DeliveryOutcome:
    """Deliver one approved draft exactly once (or finish one left `delivering`).

    Args:
        resend: for a draft left `delivering` that cannot be confirmed (SMTP): the user checked
            their Sent folder and wants it sent again.

    Raises:
        QueueError: the draft is not approved or delivering (no approval, no delivery).
        DeliveryError: the delivery failed; the draft stays approved (or delivering when its
            outcome is unknown) and the error is in its audit log.
    """
    q = queue.get(db, draft_id)
    if q.state is DraftState.APPROVED and q.draft.kind is DraftKind.REMINDER:
        done = queue.mark_delivered(db, q.id, now, "reminder acknowledged; nothing to deliver")
        return DeliveryOutcome(done.id, done.state, "reminder acknowledged", 0)
    if q.state is DraftState.DELIVERING:
        return _finish_delivering(db, deliverer, q, now, resend=resend)
    q = queue.mark_delivering(db, q.id, now, f"delivering to {deliverer.description}")
    return _deliver_and_confirm(db, deliverer, q, now)


def _finish_delivering(
    db: Database, deliverer: Deliverer, q: QueuedDraft, now: datetime, *, resend: bool
) -> DeliveryOutcome:
    """A draft found `delivering`: confirm first, deliver again only when surely absent."""
    if not resend:
        if deliverer.confirm(q):
            queue.mark_delivered(db, q.id, now, f"found in {deliverer.description} on recovery")
            return DeliveryOutcome(q.id, DraftState.DELIVERED, "was already delivered", 0)
        logger.info("draft %s was not delivered before the interruption; delivering it", q.id)
    return _deliver_and_confirm(db, deliverer, q, now)


def _deliver_and_confirm(
    db: Database, deliverer: Deliverer, q: QueuedDraft, now: datetime
) -> DeliveryOutcome:
    try:
        deliverer.deliver(q)
    except DeliveryError as exc:
        queue.back_to_approved(db, q.id, now, f"delivery failed: {exc}")
        raise
    except Exception as exc:
        return _after_unknown_outcome(db, deliverer, q, now, exc)
    if not deliverer.confirm(q):
        # The server accepted it but cannot show it: leave it `delivering`, so the next
        # recover() looks again rather than a retry adding a second copy.
        raise DeliveryError(
            q.id, f"{deliverer.description} accepted the draft but it cannot be found there yet"
        )
    queue.mark_delivered(db, q.id, now, f"delivered to {deliverer.description}")
    return DeliveryOutcome(q.id, DraftState.DELIVERED, f"delivered to {deliverer.description}", 1)


def _after_unknown_outcome(
    db: Database, deliverer: Deliverer, q: QueuedDraft, now: datetime, exc: Exception
) -> DeliveryOutcome:
    error = f"{type(exc).__name__}: {exc}"
    try:
        present = deliverer.confirm(q)
    except CannotConfirm:
        raise  # it says what the user should do
    except DeliveryError:
        raise DeliveryError(
            q.id,
            f"delivery was interrupted ({error}) and could not be confirmed; it stays "
            "delivering and will be checked again on the next run",
        ) from exc
    if present:
        queue.mark_delivered(
            db, q.id, now, f"delivered to {deliverer.description} (confirmed after {error})"
        )
        return DeliveryOutcome(
            q.id, DraftState.DELIVERED, f"delivered to {deliverer.description}", 1
        )
    queue.back_to_approved(db, q.id, now, f"delivery failed: {error}")
    raise DeliveryError(q.id, f"delivery failed ({error}); it stays approved") from exc


def recover(db: Database, deliverer: Deliverer, now: datetime) -> list[str]:
    """Finish every approved delivery that did not complete (at start-up, after a crash).

    Drafts left `delivering` are confirmed first: present -> delivered; absent -> delivered
    again, once. Drafts left `approved` (a crash before the intent was recorded, or a failed
    delivery) are delivered: their approval is recorded. A draft that cannot be confirmed (SMTP)
    is left `delivering` and logged with what the user should do; failures are logged and left
    for the next run.

    Returns:
        The ids now delivered.
    """
    done: list[str] = []
    for q in queue.in_state(db, DraftState.DELIVERING, DraftState.APPROVED):
        try:
            outcome = deliver_approved(db, deliverer, q.id, now)
        except CannotConfirm as exc:
            logger.warning(
                "draft %s may or may not have been sent (%s): check your Sent folder, then run "
                "`assistant approve %s --resend` or `assistant dismiss %s`",
                q.id, exc, q.id, q.id,
            )  # fmt: skip
            continue
        except DeliveryError as exc:
            logger.warning("draft %s: not delivered yet: %s", q.id, exc)
            continue
        done.append(outcome.draft_id)
    return done
