"""The one exception hierarchy of the assistant.

Imports nothing from the project. `UserError` and its subclasses mean "explain, no traceback":
the shells (cli, service) print `str(error)` and exit or carry on. Messages say what failed,
where, and what to do next; structured fields carry the facts, not the string.
"""

from __future__ import annotations

from collections.abc import Iterable


class AssistantError(Exception):
    """Root of every error the assistant raises on purpose."""


class UserError(AssistantError):
    """A problem the user can fix; printed as text, without a traceback.

    Args:
        message: one line saying what is wrong and what to do.
        problems: further lines, one per problem (a config file can have several).
    """

    def __init__(self, message: str, problems: Iterable[str] = ()) -> None:
        self.problems = list(problems)
        super().__init__(message)

    def __str__(self) -> str:
        head = super().__str__()
        if not self.problems:
            return head
        return "\n".join([head, *("  " + p for p in self.problems)])


class ConfigError(UserError):
    """The configuration file is missing, unreadable or invalid (exit code 2)."""


class CredentialError(UserError):
    """A password could not be found: keyring empty or unusable, password_command failed."""


class SourceError(AssistantError):
    """A mail or calendar source could not be read; the run goes on with the others.

    Args:
        source: the configured name of the account or calendar.
    """

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        super().__init__(f"{source}: {message}")


class ConnectionFailed(SourceError, UserError):
    """Could not connect or log in (network, TLS verification, credentials)."""

    def __init__(self, source: str, message: str) -> None:
        SourceError.__init__(self, source, message)
        self.problems = []


class ParseError(AssistantError):
    """One input item (a message, a calendar file) is malformed and was skipped.

    Args:
        item: which item (file path and line, or message id).
        reason: why it was skipped, short and without message content.
    """

    def __init__(self, item: str, reason: str) -> None:
        self.item = item
        self.reason = reason
        super().__init__(f"{item}: {reason}")


class StoreError(UserError):
    """The database cannot be opened or has an unexpected schema."""


class QueueError(UserError):
    """A queue operation is not possible (unknown id, wrong state for the transition).

    Args:
        draft_id: the draft concerned, when there is one.
    """

    def __init__(self, message: str, draft_id: str | None = None) -> None:
        self.draft_id = draft_id
        super().__init__(message)


class TemplateError(UserError):
    """A template is missing or failed to render (a user override with a typo, say)."""


class DeliveryError(AssistantError):
    """Delivering an approved draft failed; it stays approved and is retried.

    Args:
        draft_id: the draft that could not be delivered.
    """

    def __init__(self, draft_id: str, message: str) -> None:
        self.draft_id = draft_id
        super().__init__(f"draft {draft_id}: {message}")
