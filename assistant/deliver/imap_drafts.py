"""Delivery into the user's Drafts folder by IMAP APPEND, so they send it from their mail program.

The message goes in with the flags `\\Draft` and `\\Seen`: `\\Draft` makes mail programs offer it
for editing and sending; `\\Seen` is what Thunderbird, Apple Mail and Outlook set on their own
drafts, so the Drafts folder does not show a draft as unread mail. Nothing else in the mailbox
is touched: confirmation selects the folder read-only (EXAMINE) and searches it for the draft's
Message-ID, which is also how recovery after a crash learns whether an APPEND happened.

Connections come from `sources.imap.connect` (its TLS policy, its errors); this module never
opens a socket itself. Imports records, errors, config and sources.imap.
"""

from __future__ import annotations

import imaplib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from assistant.config import Account
from assistant.errors import AssistantError, DeliveryError
from assistant.records import QueuedDraft
from assistant.sources import imap

logger = logging.getLogger(__name__)

DRAFT_FLAGS = (b"\\Draft", b"\\Seen")
# Errors that mean "the connection broke": during APPEND the server may or may not have it.
# imaplib's `abort` is what imapclient raises when the server hangs up mid-command.
_TRANSPORT_ERRORS = (OSError, EOFError, imaplib.IMAP4.abort)


@contextmanager
def imap_session(account: Account, password: str, draft_id: str) -> Iterator[Any]:
    """A logged-in client, logged out afterwards.

    Raises:
        DeliveryError: could not connect or log in (so nothing was delivered).
    """
    try:
        client = imap.connect(account, password)
    except (AssistantError, *_TRANSPORT_ERRORS) as exc:
        raise DeliveryError(draft_id, f"cannot reach the mailbox of {account.name}: {exc}") from exc
    try:
        yield client
    finally:
        try:
            client.logout()
        except Exception:  # the work is done or failed already; a dirty logout changes nothing
            logger.debug("IMAP logout from %s failed", account.name, exc_info=True)


def message_in_folder(client: Any, folder: str, message_id: str) -> bool:
    """Is a message with this Message-ID (without brackets) in `folder`? Read-only.

    Used for the Drafts folder here and for the Sent folder by the SMTP deliverer.
    """
    client.select_folder(folder, readonly=True)
    found = client.search(["HEADER", "Message-ID", f"<{message_id}>"])
    return bool(found)


class ImapDraftsDeliverer:
    """Appends approved drafts to the Drafts folder of one IMAP account.

    Args:
        account: the account whose Drafts folder receives drafts (its `drafts_folder`, else the
            folder `sources.imap.find_drafts_folder` finds).
        password: its password, already looked up.
    """

    def __init__(self, account: Account, password: str) -> None:
        self.account = account
        self._password = password
        self._folder: str | None = None  # found (or checked) on first use

    @property
    def description(self) -> str:
        return f"the Drafts folder of {self.account.name}"

    def _folder_for(self, client: Any, draft_id: str) -> str:
        if self._folder is None:
            try:
                self._folder = imap.find_drafts_folder(client, self.account)
            except AssistantError as exc:
                raise DeliveryError(draft_id, str(exc)) from exc
        return self._folder

    def deliver(self, draft: QueuedDraft) -> None:
        """APPEND the message with \\Draft and \\Seen.

        Raises:
            DeliveryError: not connected or the server refused (NO/BAD): nothing was appended.
            OSError: the connection broke during APPEND: the outcome is unknown.
        """
        message = draft.draft.message
        if not message or not draft.draft.message_id:
            raise DeliveryError(draft.id, "has no message to deliver")
        with imap_session(self.account, self._password, draft.id) as client:
            folder = self._folder_for(client, draft.id)
            try:
                client.append(folder, message, flags=DRAFT_FLAGS)
            except _TRANSPORT_ERRORS:
                raise
            except Exception as exc:  # imapclient raises its own errors for NO / BAD replies
                raise DeliveryError(draft.id, f"{folder} refused the draft: {exc}") from exc
        logger.info("draft %s appended to %s of %s", draft.id, folder, self.account.name)

    def confirm(self, draft: QueuedDraft) -> bool:
        """Search the Drafts folder (read-only) for the draft's Message-ID.

        Raises:
            DeliveryError: the mailbox could not be reached or searched; try again later.
        """
        if not draft.draft.message_id:
            return False
        with imap_session(self.account, self._password, draft.id) as client:
            folder = self._folder_for(client, draft.id)
            try:
                return message_in_folder(client, folder, draft.draft.message_id)
            except Exception as exc:
                raise DeliveryError(draft.id, f"cannot search {folder}: {exc}") from exc
