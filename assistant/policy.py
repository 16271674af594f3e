"""The policy: which follow-up drafts and nudges are due now, and which queued ones are stale.

Pure: a function of (opportunities, interviews, job mail, the user's decisions, what the queue
already holds, busy times, `now`) to a `records.Plan`. It never reads the clock, the disk or the
network. Imports `records`, `config` and `policy_state` (its input, keys and indexes).

SPEC section 4, rule by rule (every delay from `config.Policy`):

- missed interview: evidence is a `missed_interview_notice` from the same opportunity received
  after the slot began, the calendar's `missed` status, or the user's `missed`. A
  `missed_apology` is due at once: at max(notice time, interview end) for a notice, at the
  user's word (not before the start) for `missed` (they may want to write while the interviewer
  is still waiting). It replies in the notice's thread, else in the invitation's; it proposes
  free slots. A `reminder` re-nudges when the apology is still unapproved `missed_renudge_after`
  after it was queued.
- upcoming: a `reminder` at each `reminders_before` offset (only the latest one that is due, so
  a first scan an hour before an interview nudges once, not twice). `cant-attend` gives a
  `reschedule_request` due at the user's word, `emergency` when under `notice_needed` before
  the start or when the user said so.
- past (ended, not missed, not cancelled or declined, not cant-attend): one `thank_you` per
  interviewer, due `thank_you_delay` after the end, and a `reminder` if still unsent
  `thank_you_renudge_after` after it became due (or was queued, if later).
- `follow_up`: `follow_up_after` after the last interview of an opportunity, when no employer
  mail arrived since, no later interview is scheduled, and there is no rejection or offer. If
  the employer writes first, a queued follow-up is withdrawn.
- rejection: `rejection_reply` due when it arrived, in-thread, to the human contact (or `to=()`,
  which the queue shows as needs_recipient).
- cancelled or declined interview: every draft tied to it is withdrawn. Moved: keys carry the
  slot's start, so drafts of the old slot are withdrawn and the new slot gets its own.
- offer, application_received: nothing.

Look-back limits (a first sync reads a year of mail; nobody should get a thank-you for a spring
interview in November): a rejection is answered within `REPLY_LOOKBACK` of its arrival; a
missed interview found from mail or the calendar within `MISSED_LOOKBACK` of the evidence (the
user's explicit `missed` always counts); a thank-you within `THANK_YOU_LOOKBACK` of becoming
due; a follow-up within `FOLLOW_UP_LOOKBACK` of becoming due. Mail dated after `now` is not yet
known (a replay with an earlier `--now`).

Keys (stable for a trigger, so a rescan of the same state yields the same keys):
    iv:<uid>|<recurrence-id>|<start>|<kind>[|<detail>]     tied to one interview slot
    msg:<message-id>|<kind>                                 tied to one message
`|` and `%` inside a uid or message id are %-escaped, so every `|` is a field end and
`iv:<uid>|<rid>|` (the interview) and `iv:<uid>|<rid>|<start>|` (one slot) are safe
`Withdrawal.key_prefix`es. Recipients appear as `<addr>`, so no key is a prefix of another.
Nudges are `<the nudged draft's prefix>reminder|<what>`. `Plan.due` holds only keys the queue
has never seen (a dismissed key is never proposed again); withdrawals only name keys that the
queue holds in a state awaiting the user.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import TypedDict

from assistant.config import Identity, Policy
from assistant.policy_state import (
    GONE,
    LIVE,
    Context,
    Decision,
    MailItem,
    PolicyState,
    QueueEntry,
    esc,
    interview_prefix,
    iso,
    message_key,
    slot_prefix,
)
from assistant.records import (
    Address,
    DraftKind,
    Email,
    EmailKind,
    FollowUp,
    Interview,
    InterviewStatus,
    Plan,
    Slot,
    Stage,
    UserDecision,
    Withdrawal,
)

logger = logging.getLogger(__name__)

__all__ = [
    "FOLLOW_UP_LOOKBACK", "MISSED_LOOKBACK", "REPLY_LOOKBACK", "THANK_YOU_LOOKBACK",
    "Decision", "MailItem", "PolicyState", "QueueEntry", "decide", "interview_prefix",
    "message_key", "slot_prefix",
]  # fmt: skip

REPLY_LOOKBACK = timedelta(days=30)
MISSED_LOOKBACK = timedelta(days=7)
THANK_YOU_LOOKBACK = timedelta(days=3)
FOLLOW_UP_LOOKBACK = timedelta(days=14)
_CANT = frozenset({UserDecision.CANT_ATTEND, UserDecision.CANT_ATTEND_EMERGENCY})
_INVITES = frozenset({EmailKind.INTERVIEW_INVITATION, EmailKind.INTERVIEW_RESCHEDULE_OR_CANCEL})


def decide(state: PolicyState, now: datetime, policy: Policy, identity: Identity) -> Plan:
    """The follow-ups due at `now` that the queue has not seen, and the withdrawals due.

    Deterministic: the same state, `now` and settings give the same plan.
    """
    ctx = Context(state, now, policy, identity)
    due: dict[str, FollowUp] = {}
    withdraw: dict[str, Withdrawal] = {}
    for item in (
        *_rejections(ctx),
        *_missed(ctx),
        *_upcoming(ctx),
        *_thank_yous(ctx),
        *_follow_ups(ctx),
        *_changed_interviews(ctx),
        *_stale_nudges(ctx),
    ):
        if isinstance(item, FollowUp):
            if item.key not in ctx.queue and item.key not in due:
                due[item.key] = item
        elif item.key_prefix not in withdraw and ctx.holds_live(item.key_prefix):
            withdraw[item.key_prefix] = item
    ordered = sorted(due.values(), key=lambda f: (f.due, f.key))
    logger.debug(
        "policy at %s: %d due, %d to withdraw", now.isoformat(), len(ordered), len(withdraw)
    )
    return Plan(due=tuple(ordered), withdraw=tuple(withdraw[k] for k in sorted(withdraw)))


# --- rules ----------------------------------------------------------------------------------

Action = FollowUp | Withdrawal


def missed_by_notice(
    state: PolicyState, now: datetime, policy: Policy, identity: Identity
) -> set[str]:
    """Keys of the interviews an employer's "we missed you" mail refers to.

    The same matching the apology uses, exposed so `interviews` can show such an interview as
    missed rather than past.
    """
    return set(Context(state, now, policy, identity).notices)


def _rejections(ctx: Context) -> Iterator[Action]:
    for email, cls, opp_id in ctx.employer_mail:
        if cls.kind is not EmailKind.REJECTION or email.message_id in ctx.replied:
            continue
        if ctx.now - email.date > REPLY_LOOKBACK:
            continue
        yield _for_message(ctx, (email, cls, opp_id), DraftKind.REJECTION_REPLY)


def _missed_evidence(ctx: Context, iv: Interview) -> tuple[datetime, bool] | None:
    """When the interview became known as missed, and whether the user said so themselves."""
    decision = ctx.decision(iv)
    if iv.status in GONE or (decision and decision[0] is not UserDecision.MISSED):
        return None  # attended, or cannot attend (a reschedule, not an apology)
    if decision:
        return max(decision[2], iv.start), True
    notice = ctx.notices.get(iv.key)
    if notice:
        return max(notice[0].date, iv.end), False
    if iv.status is InterviewStatus.MISSED and iv.end <= ctx.now:
        return iv.end, False
    return None


def _missed(ctx: Context) -> Iterator[Action]:
    for iv in ctx.state.interviews:
        evidence = _missed_evidence(ctx, iv)
        if evidence is None:
            continue
        due, explicit = evidence
        if due > ctx.now or (not explicit and ctx.now - due > MISSED_LOOKBACK):
            continue
        notice = ctx.notices.get(iv.key)
        if notice and message_key(notice[0].message_id, DraftKind.MISSED_APOLOGY) in ctx.queue:
            continue  # apologized from the notice before the calendar knew the interview
        decision = ctx.decision(iv)
        contact = notice[1].contact if notice else None
        followup = _for_interview(
            ctx,
            iv,
            DraftKind.MISSED_APOLOGY,
            due,
            to=ctx.first_human(contact, iv.contact, *_people(ctx, iv)),
            reply=notice[0] if notice else _invitation(ctx, iv),
            slots=ctx.slots(),
            reason=decision[1] if decision else None,
        )
        yield followup
        yield from _renudge(ctx, slot_prefix(iv), followup, ctx.policy.missed_renudge_after)
    for email, cls, opp_id in ctx.loose_notices:
        if ctx.now - email.date > MISSED_LOOKBACK or email.message_id in ctx.replied:
            continue
        followup = _for_message(
            ctx, (email, cls, opp_id), DraftKind.MISSED_APOLOGY, slots=ctx.slots()
        )
        yield followup
        yield from _renudge(
            ctx, f"msg:{esc(email.message_id)}|", followup, ctx.policy.missed_renudge_after
        )


def _upcoming(ctx: Context) -> Iterator[Action]:
    for iv in ctx.state.interviews:
        if iv.status in GONE or iv.end <= ctx.now:
            continue
        decision = ctx.decision(iv)
        if decision and decision[0] in _CANT:
            said_at = decision[2]
            emergency = (
                decision[0] is UserDecision.CANT_ATTEND_EMERGENCY
                or iv.start - said_at < ctx.policy.notice_needed
            )
            yield _for_interview(
                ctx,
                iv,
                DraftKind.RESCHEDULE_REQUEST,
                said_at,
                to=ctx.first_human(iv.contact, *_people(ctx, iv)),
                reply=_invitation(ctx, iv),
                slots=ctx.slots(),
                emergency=emergency,
                reason=decision[1],
            )
            continue
        if iv.start <= ctx.now or decision:
            continue
        due_offsets = [o for o in ctx.policy.reminders_before if iv.start - o <= ctx.now]
        if due_offsets:
            offset = min(due_offsets)
            minutes = int(offset.total_seconds() // 60)
            yield _for_interview(
                ctx,
                iv,
                DraftKind.REMINDER,
                iv.start - offset,
                detail=f"before:{minutes}m",
                note="upcoming",
            )


def _thank_yous(ctx: Context) -> Iterator[Action]:
    for iv in ctx.state.interviews:
        if iv.status in GONE or iv.end > ctx.now:
            continue
        if _missed_evidence(ctx, iv):
            # The "we missed you" mail can arrive after the thank-you was queued (a mail
            # sync that failed for a while): the apology replaces it.
            for kind in (DraftKind.THANK_YOU.value, f"{DraftKind.REMINDER.value}|thank_you"):
                prefix = f"{slot_prefix(iv)}{kind}"
                if ctx.holds_live(prefix):
                    yield Withdrawal(prefix, "the interview was missed; the apology replaces it")
            continue
        decision = ctx.decision(iv)
        if decision and decision[0] in _CANT:
            continue
        due = iv.end + ctx.policy.thank_you_delay
        if due > ctx.now:
            continue
        rejected = next(
            (
                e
                for e, c, _ in ctx.mail_of(iv)
                if c.kind is EmailKind.REJECTION and e.date > iv.start
            ),
            None,
        )
        opp = ctx.opportunity(iv)
        people: list[Address | None] = [a for p in iv.interviewers if (a := ctx.human(p.email))]
        fallback = ctx.first_human(iv.contact, *(c.email for c in (opp.contacts if opp else ())))
        for person in people or [*fallback] or [None]:
            followup = _for_interview(
                ctx,
                iv,
                DraftKind.THANK_YOU,
                due,
                detail=f"<{person.email if person else ''}>",
                to=(person,) if person else (),
            )
            if rejected:
                yield Withdrawal(followup.key, "a rejection arrived; the reply to it thanks them")
                continue
            if ctx.now - due <= THANK_YOU_LOOKBACK:
                yield followup
            yield from _renudge(
                ctx, slot_prefix(iv), followup, ctx.policy.thank_you_renudge_after, due
            )


def _follow_ups(ctx: Context) -> Iterator[Action]:
    groups: dict[str, list[Interview]] = {}
    for iv in ctx.state.interviews:
        if iv.status not in GONE:
            groups.setdefault(_group(iv), []).append(iv)
    for interviews in groups.values():
        ended = [iv for iv in interviews if iv.end <= ctx.now]
        if not ended:
            continue
        last = max(ended, key=lambda iv: (iv.end, iv.key))
        for older in ended:
            if older is not last:
                key = slot_prefix(older) + DraftKind.FOLLOW_UP.value
                yield Withdrawal(key, "a later interview took place")
        blocked = _follow_up_blocked(ctx, last, interviews)
        followup = _for_interview(
            ctx,
            last,
            DraftKind.FOLLOW_UP,
            last.end + ctx.policy.follow_up_after,
            to=ctx.first_human(last.contact, *_people(ctx, last)),
            reply=_latest(ctx.mail_of(last), before=last.end),
        )
        if blocked:
            yield Withdrawal(followup.key, blocked)
        elif followup.due <= ctx.now and ctx.now - followup.due <= FOLLOW_UP_LOOKBACK:
            yield followup


def _follow_up_blocked(ctx: Context, last: Interview, interviews: list[Interview]) -> str | None:
    """Why no follow-up should go out after `last`, or None."""
    opp = ctx.opportunity(last)
    if opp and opp.stage in (Stage.REJECTED, Stage.OFFER):
        return f"the opportunity is now {opp.stage.value}"
    if any(iv.start >= last.end for iv in interviews):
        return "another interview is scheduled"
    decision = ctx.decision(last)
    if _missed_evidence(ctx, last) or (decision and decision[0] in _CANT):
        return "the interview did not take place"
    wrote = opp.last_employer_message_at if opp else None
    if any(e.date > last.end for e, _, _ in ctx.mail_of(last)) or (
        wrote and last.end < wrote <= ctx.now
    ):
        return "the employer wrote since the interview"
    return None


def _changed_interviews(ctx: Context) -> Iterator[Action]:
    """Withdraw drafts of cancelled or declined interviews, and of the old slot of moved ones."""
    by_prefix = {interview_prefix(iv): iv for iv in ctx.state.interviews}
    for key, entry in ctx.queue.items():
        if entry.state not in LIVE or not key.startswith("iv:"):
            continue
        uid, rid, start = key.split("|", 3)[:3]
        iv = by_prefix.get(f"{uid}|{rid}|")
        if iv is None:
            continue  # no longer listed: not evidence of a cancellation
        if iv.status in GONE:
            yield Withdrawal(interview_prefix(iv), f"the interview was {iv.status.value}")
        elif start != iso(iv.start):
            yield Withdrawal(f"{uid}|{rid}|{start}|", f"the interview moved to {iso(iv.start)}")


def _stale_nudges(ctx: Context) -> Iterator[Action]:
    """Withdraw nudges about something already done, or an interview that has begun."""
    by_slot = {slot_prefix(iv): iv for iv in ctx.state.interviews}
    for key, entry in ctx.queue.items():
        if entry.state not in LIVE or entry.kind is not DraftKind.REMINDER:
            continue
        prefix, _, what = key.partition("reminder|")
        if what.startswith("before:"):
            iv = by_slot.get(prefix)
            if iv and (iv.start <= ctx.now or ctx.decision(iv)):
                yield Withdrawal(key, "the interview began or the user decided about it")
        elif (target := ctx.queue.get(prefix + what)) and target.state not in LIVE:
            yield Withdrawal(key, f"the {target.kind.value} draft is {target.state.value}")


# --- helpers --------------------------------------------------------------------------------


def _for_interview(
    ctx: Context,
    iv: Interview,
    kind: DraftKind,
    due: datetime,
    *,
    detail: str = "",
    to: tuple[Address, ...] = (),
    reply: Email | None = None,
    slots: tuple[Slot, ...] = (),
    emergency: bool = False,
    reason: str | None = None,
    note: str | None = None,
) -> FollowUp:
    """A follow-up about one interview slot, keyed by slot, kind and `detail`."""
    opp = ctx.opportunity(iv)
    key = f"{slot_prefix(iv)}{kind.value}" + (f"|{detail}" if detail else "")
    return FollowUp(
        key=key,
        kind=kind,
        due=due,
        language=opp.language if opp else iv.language,
        to=to,
        opportunity=iv.opportunity,
        company=iv.company or (opp.company if opp else None),
        role=opp.role if opp else None,
        interview_uid=iv.uid,
        recurrence_id=iv.recurrence_id,
        interview_start=iv.start,
        interview_end=iv.end,
        interview_title=iv.title,
        in_reply_to=reply.message_id if reply else None,
        references=_thread(reply)["references"] if reply else (),
        reply_subject=reply.subject if reply else None,
        slots=slots,
        emergency=emergency,
        reason=reason,
        note=note,
    )


def _for_message(
    ctx: Context, item: MailItem, kind: DraftKind, slots: tuple[Slot, ...] = ()
) -> FollowUp:
    """A reply to one employer message, in its thread, to its human contact."""
    email, cls, opp_id = item
    opp = ctx.opps.get(opp_id or "")
    return FollowUp(
        key=message_key(email.message_id, kind),
        kind=kind,
        due=email.date,
        language=cls.language,
        to=ctx.first_human(cls.contact, *(a.email for a in (opp.contacts if opp else ()))),
        opportunity=opp_id,
        company=cls.company or (opp.company if opp else None),
        role=cls.role or (opp.role if opp else None),
        slots=slots,
        **_thread(email),
    )


def _renudge(
    ctx: Context, base: str, about: FollowUp, after: timedelta, due: datetime | None = None
) -> Iterator[FollowUp]:
    """A `reminder` when the draft `about` (keyed `base` + kind + detail) still awaits the user
    `after` it was queued, or became due if that is later. Its key is `base` + "reminder|" +
    the rest of the nudged draft's key, so one nudge per draft."""
    entry = ctx.live(about.key)
    if entry is None:
        return
    at = max(entry.created, due or entry.created) + after
    if at <= ctx.now:
        yield FollowUp(
            key=f"{base}reminder|{about.key[len(base) :]}",
            kind=DraftKind.REMINDER,
            due=at,
            language=about.language,
            opportunity=about.opportunity,
            company=about.company,
            role=about.role,
            interview_uid=about.interview_uid,
            recurrence_id=about.recurrence_id,
            interview_start=about.interview_start,
            interview_end=about.interview_end,
            interview_title=about.interview_title,
            note=f"{about.kind.value}_unsent",
        )


class _Thread(TypedDict):
    in_reply_to: str
    references: tuple[str, ...]
    reply_subject: str


def _thread(email: Email) -> _Thread:
    """Reply headers for answering `email` in its thread."""
    refs = tuple(r for r in email.references if r != email.message_id)
    return {
        "in_reply_to": email.message_id,
        "references": (*refs, email.message_id),
        "reply_subject": email.subject,
    }


def _people(ctx: Context, iv: Interview) -> Iterable[str]:
    """Everyone at the employer for this interview: interviewers, then the opportunity's."""
    opp = ctx.opportunity(iv)
    return [a.email for a in (*iv.interviewers, *(opp.contacts if opp else ()))]


def _invitation(ctx: Context, iv: Interview) -> Email | None:
    """The latest invitation or reschedule mail of the interview's opportunity before it began."""
    invites = [m for m in ctx.mail_of(iv) if m[1].kind in _INVITES]
    return _latest(invites, before=iv.start)


def _latest(items: Sequence[MailItem], *, before: datetime) -> Email | None:
    earlier = [m[0] for m in items if m[0].date <= before]
    return max(earlier, key=lambda e: (e.date, e.message_id), default=None)


def _group(iv: Interview) -> str:
    if iv.opportunity:
        return f"opp:{iv.opportunity}"
    return f"company:{iv.company.casefold()}" if iv.company else f"uid:{iv.key}"
