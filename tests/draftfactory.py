"""Composed drafts with real RFC 5322 messages, for the queue, review and delivery tests.

Built here with the email package rather than by compose.py, so these tests exercise the queue
and delivery alone.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from assistant.config import Identity
from assistant.records import Address, Draft, DraftKind

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
IDENTITY = Identity(
    name="Alex Rivera",
    email="alex.rivera@example.net",
    aliases=("alex@old.example",),
    timezone="America/Chicago",
)
EMPLOYER = Address("jane.doe@acme.example", "Jane Doe")
THREAD = "offer-123@mail.acme.example"
BODY = "Dear Jane,\n\nThank you for your time today. I enjoyed our conversation.\n\nAlex Rivera\n"


def message_draft(
    key: str = "interview:uid-1@acme||thank_you|jane.doe@acme.example",
    *,
    to: tuple[Address, ...] = (EMPLOYER,),
    kind: DraftKind = DraftKind.THANK_YOU,
    body: str = BODY,
    subject: str = "Re: Interview for Data Analyst",
) -> Draft:
    """A draft as compose.py makes one: the whole message, CRLF, Message-ID without brackets."""
    message_id = hashlib.sha256(key.encode()).hexdigest()[:20] + "@example.net"
    msg = EmailMessage(policy=policy.default)
    msg["From"] = str(Address(IDENTITY.email, IDENTITY.name))
    if to:
        msg["To"] = ", ".join(str(a) for a in to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(NOW)
    msg["Message-ID"] = f"<{message_id}>"
    msg["In-Reply-To"] = f"<{THREAD}>"
    msg["References"] = f"<{THREAD}>"
    msg.set_content(body, charset="utf-8")
    return Draft(
        key=key,
        kind=kind,
        due=NOW,
        subject=subject,
        body=body,
        to=to,
        language="en",
        message_id=message_id,
        in_reply_to=THREAD,
        message=msg.as_bytes(policy=policy.default.clone(linesep="\r\n")),
        opportunity="acme-data-analyst",
        company="Acme",
        interview_uid="uid-1@acme",
        needs_recipient=not to,
    )


def reminder_draft(key: str = "interview:uid-1@acme||reminder|24h") -> Draft:
    return Draft(
        key=key,
        kind=DraftKind.REMINDER,
        due=NOW,
        subject="Interview with Acme tomorrow at 9:00",
        body="Your interview with Acme is tomorrow at 9:00.",
        to=(),
        language="en",
    )
