"""Plain, frozen data passed between pipeline stages.

Imports nothing from the project. Sources produce `Email` and `CalendarEvent`; understanding
produces `Classification`, `Opportunity` and `Interview`; policy produces `FollowUp`; composition
produces `Draft`. No record holds a library object (no imapclient response, no icalendar
component), so every later stage is testable with records built by hand.

All datetimes are timezone-aware and in UTC.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class EmailKind(StrEnum):
    """What an email means for the job search (SPEC section 3: the `classify` kinds)."""

    REJECTION = "rejection"
    INTERVIEW_INVITATION = "interview_invitation"
    INTERVIEW_RESCHEDULE_OR_CANCEL = "interview_reschedule_or_cancel"
    MISSED_INTERVIEW_NOTICE = "missed_interview_notice"
    APPLICATION_RECEIVED = "application_received"
    OFFER = "offer"
    OTHER = "other"


class InterviewStatus(StrEnum):
    UPCOMING = "upcoming"
    IN_PROGRESS = "in_progress"
    PAST = "past"
    MISSED = "missed"
    CANCELLED = "cancelled"
    DECLINED = "declined"


class Stage(StrEnum):
    """Where an opportunity stands."""

    APPLIED = "applied"
    INTERVIEWING = "interviewing"
    REJECTED = "rejected"
    OFFER = "offer"


class DraftKind(StrEnum):
    MISSED_APOLOGY = "missed_apology"
    RESCHEDULE_REQUEST = "reschedule_request"
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
    REJECTION_REPLY = "rejection_reply"
    REMINDER = "reminder"  # a nudge to the user; there is no message to send


class DraftState(StrEnum):
    PENDING = "pending"
    NEEDS_RECIPIENT = "needs_recipient"
    APPROVED = "approved"
    DELIVERING = "delivering"
    DELIVERED = "delivered"
    DISMISSED = "dismissed"
    WITHDRAWN = "withdrawn"


class UserDecision(StrEnum):
    """The user's word about one interview (`missed`, `attended`, `cant-attend`)."""

    MISSED = "missed"
    ATTENDED = "attended"
    CANT_ATTEND = "cant_attend"
    CANT_ATTEND_EMERGENCY = "cant_attend_emergency"


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox: `email` is the lower-cased addr-spec, `name` the decoded display name."""

    email: str
    name: str = ""

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


@dataclass(frozen=True, slots=True)
class Email:
    """One message, decoded and normalized at the source edge.

    `key` identifies the stored copy (account, folder, UIDVALIDITY, UID, or a Maildir key) and is
    unique; `message_id` identifies the message itself and may repeat across folders (Gmail's
    All Mail). `text` is the whole decoded text (HTML converted), capped; `new_text` is the part
    the sender wrote, without the quoted reply chain: detection decides on it.
    """

    key: str
    account: str
    folder: str
    message_id: str  # without angle brackets; synthesized from a digest when the header is missing
    subject: str
    date: datetime
    sender: Address | None  # the From header
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    list_id: str | None = None
    list_unsubscribe: bool = False
    auto_submitted: str | None = None  # header value, e.g. "auto-generated"; None when absent
    precedence: str | None = None  # "bulk", "list", "junk"; None when absent
    headers: tuple[tuple[str, str], ...] = ()  # a few more decoded headers, lower-case names
    text: str = ""
    new_text: str = ""
    from_html: bool = False  # the text was converted from an HTML part
    link_count: int = 0
    calendar_parts: tuple[str, ...] = ()  # raw text/calendar payloads (METHOD:REQUEST/CANCEL)
    truncated: bool = False  # text was cut at the configured cap
    uid: int | None = None  # IMAP UID, when the source is IMAP
    date_unknown: bool = False  # no usable Date or Received header: `date` is 1970-01-01 UTC

    def header(self, name: str) -> str | None:
        """The first of the extra headers with this (case-insensitive) name."""
        wanted = name.lower()
        return next((v for k, v in self.headers if k == wanted), None)


@dataclass(frozen=True, slots=True)
class SkippedItem:
    """An input item that could not be used, and why (no message content in `reason`)."""

    source: str
    item: str
    reason: str


@dataclass(frozen=True, slots=True)
class Attendee:
    email: str  # lower-case, without "mailto:"
    name: str = ""
    partstat: str = "NEEDS-ACTION"  # RFC 5545 PARTSTAT, upper-case
    role: str = "REQ-PARTICIPANT"
    cutype: str = "INDIVIDUAL"  # RFC 5545 CUTYPE, upper-case: ROOM and RESOURCE are not people


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One occurrence of a calendar event (recurrences already expanded).

    `recurrence_id` is the UTC ISO form (`2026-11-20T15:00:00Z`) of the occurrence's original
    start for a recurring series, else None. `source` is the configured calendar name, or
    `email:<message-id>` for an invitation found inside a message.
    """

    source: str
    uid: str
    start: datetime
    end: datetime
    title: str
    recurrence_id: str | None = None
    all_day: bool = False
    description: str = ""
    location: str = ""
    organizer: Attendee | None = None
    attendees: tuple[Attendee, ...] = ()
    status: str = "CONFIRMED"  # TENTATIVE, CONFIRMED, CANCELLED
    sequence: int = 0
    method: str | None = None  # REQUEST or CANCEL for emailed invitations
    transparent: bool = False  # TRANSP:TRANSPARENT; does not block free slots


@dataclass(frozen=True, slots=True)
class Classification:
    """What one email means, with the signals that decided it (SPEC `classify --json`)."""

    kind: EmailKind
    confidence: float
    company: str | None = None
    contact: str | None = None  # a human address to reply to; never a no-reply address
    role: str | None = None
    language: str = "en"
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OpportunityEvent:
    """One line of an opportunity's history."""

    at: datetime
    kind: str  # an EmailKind value, or "interview", "draft_delivered", ...
    ref: str  # message id, interview uid, draft id
    summary: str


@dataclass(frozen=True, slots=True)
class Opportunity:
    """One employer-and-role the user is pursuing."""

    id: str
    company: str
    stage: Stage
    role: str | None = None
    domains: tuple[str, ...] = ()  # employer mail domains, lower-case (not ATS domains)
    contacts: tuple[Address, ...] = ()  # human contacts at the employer, most recent first
    language: str = "en"  # the language the employer writes in
    last_employer_message_at: datetime | None = None
    history: tuple[OpportunityEvent, ...] = ()


@dataclass(frozen=True, slots=True)
class Interview:
    """A job interview found in a calendar or an emailed invitation (SPEC `interviews --json`)."""

    uid: str
    start: datetime
    end: datetime
    title: str
    status: InterviewStatus
    source: str
    recurrence_id: str | None = None
    company: str | None = None
    contact: str | None = None
    interviewers: tuple[Address, ...] = ()  # people at the employer, never the user
    opportunity: str | None = None
    sequence: int = 0
    location: str = ""
    language: str = "en"

    @property
    def key(self) -> str:
        """Stable identity of this interview occurrence across sources and rescans."""
        return interview_key(self.uid, self.recurrence_id)

    @property
    def short_id(self) -> str:
        """What the user types: `assistant missed 3f9a2c`."""
        return short_interview_id(self.uid, self.recurrence_id)


def interview_key(uid: str, recurrence_id: str | None) -> str:
    return f"{uid}|{recurrence_id or ''}"


def short_interview_id(uid: str, recurrence_id: str | None) -> str:
    return hashlib.sha256(interview_key(uid, recurrence_id).encode()).hexdigest()[:6]


@dataclass(frozen=True, slots=True)
class Slot:
    """A free time the user could offer, in UTC."""

    start: datetime
    end: datetime


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A decision of the policy: this draft (or nudge) is due at `due`, for this trigger.

    `key` is stable for the trigger (Message-ID or interview UID + RECURRENCE-ID, plus kind and
    recipient), so a rescan produces the same key and the queue never holds it twice.
    """

    key: str
    kind: DraftKind
    due: datetime
    language: str = "en"
    to: tuple[Address, ...] = ()
    opportunity: str | None = None
    company: str | None = None
    role: str | None = None
    interview_uid: str | None = None
    recurrence_id: str | None = None
    interview_start: datetime | None = None
    interview_end: datetime | None = None
    interview_title: str | None = None
    in_reply_to: str | None = None  # Message-ID (no brackets) this replies to
    references: tuple[str, ...] = ()
    reply_subject: str | None = None  # the subject being replied to
    slots: tuple[Slot, ...] = ()
    emergency: bool = False
    reason: str | None = None  # the user's own reason, when they gave one
    note: str | None = None  # for reminders: what the user is reminded of


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """A decision of the policy: drafts tied to this trigger key are no longer right."""

    key_prefix: str  # every queued draft whose key starts with this is withdrawn
    cause: str


@dataclass(frozen=True, slots=True)
class Plan:
    """The policy's whole output for one `now`."""

    due: tuple[FollowUp, ...] = ()
    withdraw: tuple[Withdrawal, ...] = ()


@dataclass(frozen=True, slots=True)
class Draft:
    """A composed follow-up: a complete RFC 5322 message (or a nudge with no message).

    `message` is the serialized message with CRLF line endings, empty for a reminder.
    """

    key: str
    kind: DraftKind
    due: datetime
    subject: str
    body: str
    to: tuple[Address, ...]
    language: str
    message_id: str | None = None  # without brackets
    in_reply_to: str | None = None
    message: bytes = b""
    opportunity: str | None = None
    company: str | None = None
    interview_uid: str | None = None
    recurrence_id: str | None = None
    needs_recipient: bool = False


@dataclass(frozen=True, slots=True)
class QueuedDraft:
    """A draft as the queue holds it: with its id, state and times."""

    id: str
    draft: Draft
    state: DraftState
    created: datetime
    updated: datetime
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FolderState:
    """Where the incremental sync of one IMAP folder stands (kept by the store between runs).

    `uidnext` is 0 while a sync is unfinished, so the next STATUS always looks "changed" and the
    sync resumes after `last_uid`. `highestmodseq` is None when the server lacks CONDSTORE.
    """

    uidvalidity: int
    uidnext: int
    highestmodseq: int | None
    last_uid: int
