"""Delivery by SMTP (`[delivery] mode = "smtp"`): the draft is sent to its To and Cc recipients.

TLS is verified (the system CAs, or `ca_file`): implicit TLS (`security = "tls"`, port 465) or
STARTTLS (`"starttls"`, port 587; a server that does not offer it is refused, never downgraded).
Plaintext is used only for a loopback host or with `allow_plaintext = true` (invariant 5).

Confirmation, and why an SMTP draft can be left for the user to decide: SMTP has no way to ask
a server whether it received a message. In the process that sent it, the server's 250 reply is
the confirmation. After a crash between that reply and the commit of `delivered`, the draft is
found `delivering` and nothing on the SMTP side can tell whether it went out. If an IMAP account
is configured, its Sent folder is searched for the Message-ID: found means sent. Not found proves
nothing (many servers do not file submitted mail in Sent), and neither does having no IMAP
account, so the draft is NOT sent again automatically: `confirm` raises `CannotConfirm`, the
draft stays `delivering`, and the user is told to check their Sent folder, then run
`assistant approve ID --resend` or `assistant dismiss ID`. A duplicate email to an employer is
worse than a question to the user.

Imports records, errors, config and the IMAP helpers of `deliver.imap_drafts`.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from email import policy
from email.parser import BytesParser
from pathlib import Path

from assistant.config import Account, SmtpSettings, is_loopback
from assistant.deliver import CannotConfirm
from assistant.deliver.imap_drafts import imap_session, message_in_folder
from assistant.errors import DeliveryError
from assistant.records import QueuedDraft

logger = logging.getLogger(__name__)

SENT_FLAG = b"\\Sent"


def _envelope(draft: QueuedDraft) -> tuple[str, list[str]]:
    """Sender and recipients (To and Cc) read from the message itself, as the user approved it."""
    headers = BytesParser(policy=policy.default).parsebytes(draft.draft.message, headersonly=True)
    senders = list(headers["From"].addresses) if headers["From"] else []
    recipients = [
        a.addr_spec for name in ("To", "Cc") if headers[name] for a in headers[name].addresses
    ]
    if len(senders) != 1 or not recipients:
        raise DeliveryError(draft.id, "the message needs one From address and a To address")
    return senders[0].addr_spec, recipients


class SmtpDeliverer:
    """Sends approved drafts through one SMTP server.

    Args:
        settings: the `[delivery.smtp]` table.
        password: for AUTH when `settings.username` is set.
        sent_account: an IMAP account (with its password) whose Sent folder is searched to
            confirm a delivery interrupted by a crash; None when there is none.
    """

    def __init__(
        self,
        settings: SmtpSettings,
        password: str | None = None,
        sent_account: tuple[Account, str] | None = None,
    ) -> None:
        self.settings = settings
        self._password = password
        self._sent_account = sent_account
        self._accepted: set[str] = set()  # Message-IDs the server accepted in this process

    @property
    def description(self) -> str:
        return f"SMTP server {self.settings.host}"

    def _context(self) -> ssl.SSLContext:
        ca_file = self.settings.ca_file
        return ssl.create_default_context(
            cafile=str(Path(ca_file).expanduser()) if ca_file else None
        )

    def _connect(self, draft_id: str) -> smtplib.SMTP:
        s = self.settings
        if s.security == "plain" and not (is_loopback(s.host) or s.allow_plaintext):
            raise DeliveryError(
                draft_id,
                f'refusing plaintext SMTP to {s.host}: use security = "tls" or "starttls"',
            )
        client: smtplib.SMTP | None = None
        try:
            if s.security == "tls":
                client = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=s.timeout, context=self._context()
                )
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    client.starttls(context=self._context())
            if s.username:
                client.login(s.username, self._password or "")
        except (OSError, smtplib.SMTPException) as exc:
            if client is not None:
                client.close()
            raise DeliveryError(
                draft_id, f"cannot use {self.description} port {s.port}: {exc}"
            ) from exc
        return client

    def deliver(self, draft: QueuedDraft) -> None:
        """Send the message exactly as approved.

        Raises:
            DeliveryError: not connected, or the server refused the message: nothing was sent.
            OSError, SMTPServerDisconnected: the connection broke while sending: unknown outcome.
        """
        message_id = draft.draft.message_id
        if not draft.draft.message or not message_id:
            raise DeliveryError(draft.id, "has no message to deliver")
        sender, recipients = _envelope(draft)
        client = self._connect(draft.id)
        message = draft.draft.message
        try:
            client.ehlo_or_helo_if_needed()
            # An edited draft keeps its text as typed (8bit UTF-8); say so where it is offered.
            options = (
                ["BODY=8BITMIME"] if not message.isascii() and client.has_extn("8bitmime") else []
            )
            refused = client.sendmail(sender, recipients, message, mail_options=options)
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as exc:
            raise DeliveryError(draft.id, f"{self.description} refused it: {exc}") from exc
        finally:
            try:
                client.quit()
            except (OSError, smtplib.SMTPException):
                client.close()
        self._accepted.add(message_id)
        if refused:
            logger.warning(
                "draft %s: the server refused %d of its recipients", draft.id, len(refused)
            )
        logger.info("draft %s sent through %s", draft.id, self.description)

    def confirm(self, draft: QueuedDraft) -> bool:
        """True when sent from this process, or found in the Sent folder (see module docstring).

        Raises:
            CannotConfirm: it cannot be known; the user checks their Sent folder and decides.
            DeliveryError: the Sent folder could not be searched; try again later.
        """
        message_id = draft.draft.message_id
        if message_id in self._accepted:
            return True
        advice = (
            "check your Sent folder, then run "
            f"`assistant approve {draft.id} --resend` or `assistant dismiss {draft.id}`"
        )
        if not message_id or self._sent_account is None:
            raise CannotConfirm(draft.id, f"SMTP cannot tell whether it was sent: {advice}")
        account, password = self._sent_account
        with imap_session(account, password, draft.id) as client:
            try:
                folder = client.find_special_folder(SENT_FLAG)
                found = folder is not None and message_in_folder(client, folder, message_id)
            except Exception as exc:
                raise DeliveryError(draft.id, f"cannot search the Sent folder: {exc}") from exc
        if found:
            return True
        raise CannotConfirm(
            draft.id,
            f"it is not in the Sent folder of {account.name}, but that proves nothing: {advice}",
        )
