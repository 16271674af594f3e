"""The logic behind `show`, `edit` and `approve`: what the CLI and the web page call.

`edit_message` is the trust boundary for text the user typed: the edited message is parsed,
checked as a whole (every problem reported at once) and rebuilt by the email package, so an
edit can change the words and the recipients but not the identity of the draft (Message-ID,
threading) and cannot smuggle a header in through a line break (invariant 4).

Imports records, errors, config, credentials, the store's queue and the deliverers.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser, Parser
from typing import Any

from assistant import credentials
from assistant.config import Account, Identity, Settings
from assistant.deliver import Deliverer, DeliveryOutcome, deliver_approved
from assistant.errors import CredentialError, QueueError, UserError
from assistant.records import Address, DraftKind, DraftState, QueuedDraft
from assistant.store import queue
from assistant.store.db import Database

logger = logging.getLogger(__name__)

_SHOWN_HEADERS = ("From", "To", "Cc", "Subject", "Date", "In-Reply-To")
# Headers the rebuild writes itself; the edited copy's versions are not carried over.
_MIME_HEADERS = frozenset({"mime-version", "content-type", "content-transfer-encoding"})
_KEPT_HEADERS = ("Message-ID", "In-Reply-To", "References")
_SMTP_POLICY = policy.default.clone(linesep="\r\n")


def _parse(raw: bytes) -> EmailMessage:
    """A stored (composed, well-formed MIME) message."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)  # policy.default builds EmailMessage
    return message


def _plain_body(message: EmailMessage) -> str | None:
    part = message.get_body(("plain",))
    return None if part is None else str(part.get_content()).replace("\r\n", "\n")


def _edited_body(message: EmailMessage) -> str | None:
    """The text the user typed. A 7bit/8bit body is taken as typed (the file is UTF-8, whatever
    charset the part declares); a quoted-printable or base64 one is decoded by its charset."""
    if message.is_multipart() or message.get_content_type() != "text/plain":
        return None
    encoding = str(message.get("Content-Transfer-Encoding", "7bit")).strip().lower()
    if encoding in ("7bit", "8bit", "binary"):
        return str(message.get_payload())
    payload = message.get_payload(decode=True)
    charset = message.get_content_charset() or "utf-8"
    try:
        return bytes(payload).decode(charset, "replace")
    except LookupError:
        return bytes(payload).decode("utf-8", "replace")


def show_text(q: QueuedDraft) -> str:
    """One draft as the user reads it: a status line, the main headers, the body."""
    d = q.draft
    due = d.due.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    about = " · ".join(x for x in (d.company, d.opportunity) if x)
    lines = [f"Draft {q.id} · {d.kind.value} · {q.state.value} · due {due}"]
    if about:
        lines.append(f"For: {about}")
    if d.kind is DraftKind.REMINDER or not d.message:
        return "\n".join([*lines, d.subject, "", d.body.rstrip()])
    message = _parse(d.message)
    lines.append("")
    lines += [f"{name}: {message[name]}" for name in _SHOWN_HEADERS if message[name] is not None]
    if q.state is DraftState.NEEDS_RECIPIENT:
        lines.append("To: (no recipient yet: add one with `assistant edit " + q.id + "`)")
    body = _plain_body(message)
    return "\n".join([*lines, "", (d.body if body is None else body).rstrip()])


def _check_addresses(
    message: EmailMessage, name: str, identity: Identity, problems: list[str], *, required: bool
) -> list[Any]:
    header = message[name]
    if header is None or not str(header).strip():
        if required:
            problems.append(f"{name}: is empty: add at least one recipient address")
        return []
    addresses = list(getattr(header, "addresses", ()))
    if getattr(header, "defects", None) or not addresses:
        problems.append(f"{name}: {str(header)!r} is not a valid list of addresses")
        return []
    for a in addresses:
        if not a.username or "." not in a.domain or any(c.isspace() for c in a.addr_spec):
            problems.append(f"{name}: {a.addr_spec!r} is not a valid email address")
        elif name == "To" and a.addr_spec.lower() in identity.addresses:
            problems.append(f"{name}: {a.addr_spec} is your own address; address the employer")
    return addresses


def _check_headers(
    message: EmailMessage, original: EmailMessage, identity: Identity, problems: list[str]
) -> None:
    seen: dict[str, int] = {}
    for name, value in message.items():
        if any(c in str(value) for c in "\r\n\0"):
            problems.append(f"{name}: contains a line break or NUL character; keep it on one line")
        seen[name.lower()] = seen.get(name.lower(), 0) + 1
        limit = message.policy.header_max_count(name)
        if limit is not None and seen[name.lower()] == limit + 1:
            problems.append(f"{name}: appears more than once; merge them into one line")
    senders = list(getattr(message["From"], "addresses", ())) if message["From"] else []
    if len(senders) != 1 or senders[0].addr_spec.lower() not in identity.addresses:
        mine = ", ".join(sorted(identity.addresses))
        problems.append(f"From: must be one of your own addresses ({mine})")
    if message["Bcc"] is not None:
        problems.append("Bcc: is not supported; put the address in Cc instead")
    if not str(message["Subject"] or "").strip():
        problems.append("Subject: is empty: give the message a subject")
    for name in _KEPT_HEADERS:
        before = " ".join(str(original[name] or "").split())
        after = " ".join(str(message[name] or "").split())
        if before != after:
            problems.append(
                f"{name}: must stay {before or '(absent)'}: it threads the reply and lets the "
                "assistant confirm delivery"
            )


def _validate(
    text: str, original: EmailMessage, identity: Identity
) -> tuple[EmailMessage, list[Any], str, list[str]]:
    """Parse and check an edited message; (message, To addresses, body, problems)."""
    problems: list[str] = []
    head, blank, _ = text.partition("\n\n")
    if not blank:
        problems.append("the headers must be followed by an empty line, then the text")
    if "\0" in head or "\r" in head:
        problems.append("the headers contain a NUL or a stray carriage return")
    message = Parser(policy=policy.default).parsestr(text)
    assert isinstance(message, EmailMessage)  # policy.default builds EmailMessage
    if any(type(d).__name__ == "MissingHeaderBodySeparatorDefect" for d in message.defects):
        problems.append("a line in the headers is not a header (Name: value)")
    _check_headers(message, original, identity, problems)
    to = _check_addresses(message, "To", identity, problems, required=True)
    _check_addresses(message, "Cc", identity, problems, required=False)
    body = _edited_body(message)
    if body is None:
        problems.append("the message must be plain text, with no attachments")
    elif not body.strip():
        problems.append("the text of the message is empty")
    return message, to, body or "", problems


def _rebuild(message: EmailMessage, body: str) -> bytes:
    """A clean serialization of the edited message: headers re-encoded, body re-encoded."""
    rebuilt = EmailMessage(policy=policy.default)
    for name, value in message.items():
        if name.lower() not in _MIME_HEADERS:
            rebuilt[name] = str(value)
    rebuilt.set_content(body.rstrip("\n") + "\n", charset="utf-8")
    return rebuilt.as_bytes(policy=_SMTP_POLICY)


def edit_message(
    db: Database, draft_id: str, new_raw: bytes, identity: Identity, now: datetime
) -> QueuedDraft:
    """Store the user's edited copy of a draft's whole message, if it is still a valid draft.

    A needs_recipient draft that gained a To address becomes pending; any edit needs a fresh
    approval.

    Raises:
        QueueError: the draft is a reminder, or is no longer editable.
        UserError: the edited message has problems; every one is listed, nothing was saved.
    """
    q = queue.get(db, draft_id)
    if q.draft.kind is DraftKind.REMINDER or not q.draft.message:
        raise QueueError(f"draft {q.id} is a reminder: there is no message to edit", q.id)
    if q.state not in queue.EDITABLE:
        raise QueueError(f"draft {q.id} is {q.state.value}: it can no longer be edited", q.id)
    try:
        text = new_raw.decode("utf-8").replace("\r\n", "\n")
    except UnicodeDecodeError:
        raise UserError(f"draft {q.id}: not saved: save the file as UTF-8 text") from None
    message, to, body, problems = _validate(text, _parse(q.draft.message), identity)
    if problems:
        raise UserError(
            f"draft {q.id}: your edit was not saved; fix these and try again:", problems
        )
    edited = replace(
        q.draft,
        subject=str(message["Subject"]).strip(),
        body=body,
        to=tuple(Address(a.addr_spec.lower(), a.display_name) for a in to),
        message=_rebuild(message, body),
        needs_recipient=False,
    )
    return queue.replace_message(db, q.id, edited, now)


def approve(
    db: Database, deliverer: Deliverer, draft_id: str, now: datetime, *, resend: bool = False
) -> DeliveryOutcome:
    """`assistant approve ID`: record the approval if it is new, then deliver exactly once.

    A pending draft is approved first; an approved one (an earlier delivery failed) is retried;
    a delivering one is confirmed before anything is sent again (`resend` after the user has
    checked an SMTP draft that cannot be confirmed). A reminder is acknowledged.
    """
    q = queue.get(db, draft_id)
    if q.state is DraftState.PENDING:
        q = queue.approve(db, q.id, now)
    return deliver_approved(db, deliverer, q.id, now, resend=resend)


def _imap_account(settings: Settings) -> Account | None:
    """The account that receives drafts: [delivery] account, else the first IMAP account."""
    wanted = settings.delivery.account
    for account in settings.accounts:
        if (account.name == wanted) if wanted else account.kind == "imap":
            if account.kind != "imap":
                raise UserError(
                    f'[delivery] account = "{wanted}" is a {account.kind} account; drafts can '
                    "only be put in an IMAP account's Drafts folder"
                )
            return account
    return None


def make_deliverer(settings: Settings) -> Deliverer:
    """The deliverer `[delivery] mode` asks for, with its passwords looked up.

    Raises:
        UserError: no IMAP account for drafts mode, or no [delivery.smtp] for smtp mode.
        CredentialError: a password could not be found.
    """
    # Imported here: `show` and `edit` should not load imapclient and smtplib.
    from assistant.deliver.imap_drafts import ImapDraftsDeliverer
    from assistant.deliver.smtp import SmtpDeliverer

    account = _imap_account(settings)
    if settings.delivery.mode == "smtp":
        smtp = settings.delivery.smtp
        if smtp is None or not smtp.host:
            raise UserError('[delivery] mode = "smtp" needs a [delivery.smtp] table with host')
        password = (
            credentials.get_password("smtp", smtp.password_command) if smtp.username else None
        )
        sent: tuple[Account, str] | None = None
        if account is not None:
            try:
                sent = (account, credentials.get_password(account.name, account.password_command))
            except CredentialError as exc:
                logger.warning("cannot search the Sent folder after a crash: %s", exc)
        return SmtpDeliverer(smtp, password, sent)
    if account is None:
        raise UserError(
            "drafts are put in an IMAP account's Drafts folder, and no [[accounts]] entry has "
            'kind = "imap": add one, or set [delivery] mode = "smtp"'
        )
    return ImapDraftsDeliverer(
        account, credentials.get_password(account.name, account.password_command)
    )
