"""The policy's input (`PolicyState`), its trigger keys, and the indexes its rules share.

Pure; imports `records`, `config`, `slots` and `detect.ats`. Split from `policy.py` so that
module holds only the rules; `policy` re-exports the public names here. The key grammar is
documented in `policy.py`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from assistant.config import Identity, Policy
from assistant.detect.ats import is_no_reply
from assistant.records import (
    Address,
    Classification,
    DraftKind,
    DraftState,
    Email,
    EmailKind,
    Interview,
    InterviewStatus,
    Opportunity,
    Slot,
    UserDecision,
)
from assistant.slots import free_slots

logger = logging.getLogger(__name__)

NOTICE_WINDOW = timedelta(days=14)  # a "we missed you" refers to an interview this recent
LIVE = frozenset({DraftState.PENDING, DraftState.NEEDS_RECIPIENT})
GONE = frozenset({InterviewStatus.CANCELLED, InterviewStatus.DECLINED})

Decision = tuple[UserDecision, str | None, datetime]  # (decision, the user's reason, decided at)
MailItem = tuple[Email, Classification, str | None]  # (email, its meaning, opportunity id)


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """What the queue holds for one trigger key: the policy's memory of earlier decisions."""

    key: str
    kind: DraftKind
    state: DraftState
    created: datetime
    updated: datetime


@dataclass(frozen=True, slots=True)
class PolicyState:
    """Everything the policy looks at, gathered by the pipeline from the store."""

    opportunities: Sequence[Opportunity] = ()
    interviews: Sequence[Interview] = ()
    mail: Sequence[MailItem] = ()
    decisions: Mapping[str, Decision] = field(default_factory=dict)  # by Interview.key
    queue: Sequence[QueueEntry] = ()
    busy: Sequence[tuple[datetime, datetime]] = ()


def interview_prefix(interview: Interview) -> str:
    """The key prefix shared by every draft tied to this interview, whatever its slot."""
    return f"iv:{esc(interview.uid)}|{interview.recurrence_id or ''}|"


def slot_prefix(interview: Interview) -> str:
    """The key prefix of drafts tied to this interview at its current start."""
    return f"{interview_prefix(interview)}{iso(interview.start)}|"


def message_key(message_id: str, kind: DraftKind) -> str:
    return f"msg:{esc(message_id)}|{kind.value}"


class Context:
    """Read-only indexes over one `PolicyState`, built once per `decide` call."""

    def __init__(self, state: PolicyState, now: datetime, policy: Policy, identity: Identity):
        self.state, self.now, self.policy, self.identity = state, now, policy, identity
        self.mine = identity.addresses
        self.opps = {o.id: o for o in state.opportunities}
        self.queue = {e.key: e for e in state.queue}
        known = [m for m in state.mail if m[0].date <= now]
        self.employer_mail = [m for m in known if not self._is_mine(m[0].sender)]
        self.replied = {
            ref
            for email, _, _ in known
            if self._is_mine(email.sender)
            for ref in (email.in_reply_to, *email.references)
            if ref
        }
        self.names = self._known_names()
        self.notices: dict[str, MailItem] = {}  # by the key of the interview they refer to
        self.loose_notices: list[MailItem] = []  # no known interview matches
        self._match_notices()
        self._slots: tuple[Slot, ...] | None = None

    def _is_mine(self, sender: Address | None) -> bool:
        return sender is not None and sender.email.lower() in self.mine

    def _known_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        people = [a for o in self.state.opportunities for a in o.contacts]
        people += [a for i in self.state.interviews for a in i.interviewers]
        for email, _, _ in self.employer_mail:
            people += [a for a in (email.sender, *email.reply_to) if a]
        for person in people:
            if person.name:
                names.setdefault(person.email.lower(), person.name)
        return names

    def _match_notices(self) -> None:
        """Tie each missed-interview notice to the latest interview of its opportunity that
        began before it, within `NOTICE_WINDOW`; the first notice about an interview wins."""
        for item in sorted(self.employer_mail, key=lambda m: m[0].date):
            email, cls, opp = item
            if cls.kind is not EmailKind.MISSED_INTERVIEW_NOTICE:
                continue
            candidates = [
                iv
                for iv in self.state.interviews
                if iv.status not in GONE
                and iv.start <= email.date <= iv.start + NOTICE_WINDOW
                and same_opportunity(iv, opp, cls.company)
            ]
            target = max(candidates, key=lambda iv: iv.start, default=None)
            if target is None:
                self.loose_notices.append(item)
            else:
                self.notices.setdefault(target.key, item)

    def slots(self) -> tuple[Slot, ...]:
        if self._slots is None:
            self._slots = free_slots(
                self.state.busy, now=self.now, tz=self.identity.tz, policy=self.policy
            )
        return self._slots

    def holds_live(self, prefix: str) -> bool:
        return any(k.startswith(prefix) and e.state in LIVE for k, e in self.queue.items())

    def live(self, key: str) -> QueueEntry | None:
        entry = self.queue.get(key)
        return entry if entry is not None and entry.state in LIVE else None

    def human(self, address: str | None) -> Address | None:
        """`address` as a recipient, or None for the user, a no-reply or a malformed address."""
        email = (address or "").strip().lower()
        if "@" not in email or email in self.mine or is_no_reply(email):
            return None
        return Address(email, self.names.get(email, ""))

    def first_human(self, *candidates: str | None) -> tuple[Address, ...]:
        return next(((a,) for c in candidates if (a := self.human(c))), ())

    def opportunity(self, interview: Interview) -> Opportunity | None:
        return self.opps.get(interview.opportunity or "")

    def mail_of(self, interview: Interview) -> list[MailItem]:
        """Employer mail of the interview's opportunity, oldest first."""
        return [m for m in self.employer_mail if same_opportunity(interview, m[2], m[1].company)]

    def decision(self, interview: Interview) -> Decision | None:
        """The user's word about the interview, unless given after `now` (a replay)."""
        decision = self.state.decisions.get(interview.key)
        return decision if decision and decision[2] <= self.now else None


def same_opportunity(iv: Interview, opp_id: str | None, company: str | None) -> bool:
    if iv.opportunity and opp_id:
        return iv.opportunity == opp_id
    return bool(iv.company and company and iv.company.casefold() == company.casefold())


def esc(text: str) -> str:
    return text.replace("%", "%25").replace("|", "%7C")


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
