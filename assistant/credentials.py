"""Passwords, looked up late and never stored by the assistant.

Config names where a secret lives: a `password_command` (like mbsync's PassCmd: its first
output line is the password) or the system keyring (service "assistant", user = the account or
calendar name). Lookups are cached per process so the service does not prompt a keyring or run
`pass` every five minutes. Nothing here logs a secret.
"""

from __future__ import annotations

import logging
import shlex
import subprocess

from assistant.errors import CredentialError

logger = logging.getLogger(__name__)

SERVICE = "assistant"
_cache: dict[tuple[str, str], str] = {}


def get_password(owner: str, password_command: str = "") -> str:
    """The password for one account, calendar or SMTP server.

    Args:
        owner: the configured name (keyring user name).
        password_command: a command whose first output line is the password; preferred when set.

    Raises:
        CredentialError: nothing found, or the command/keyring failed; the message says what to do.
    """
    cache_key = (owner, password_command)
    if cache_key in _cache:
        return _cache[cache_key]
    secret = _from_command(owner, password_command) if password_command else _from_keyring(owner)
    _cache[cache_key] = secret
    return secret


def forget_cached() -> None:
    """Drop cached secrets (after a failed login, so a corrected password is picked up)."""
    _cache.clear()


def store_password(owner: str, secret: str) -> None:
    """Save a password in the keyring (used by `assistant init`).

    Raises:
        CredentialError: no usable keyring; the message suggests password_command.
    """
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, owner, secret)
    except KeyringError as exc:
        raise CredentialError(_no_keyring_message(owner, exc)) from None
    _cache.pop((owner, ""), None)


def _from_command(owner: str, command: str) -> str:
    try:
        result = subprocess.run(
            shlex.split(command), capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
        raise CredentialError(
            f"{owner}: password_command could not run ({type(exc).__name__}: {exc}). "
            "Check the command in your config by running it in a shell."
        ) from None
    if result.returncode != 0:
        raise CredentialError(
            f"{owner}: password_command exited with status {result.returncode}. "
            "Run it in a shell to see why (is the password store unlocked?)."
        )
    secret = result.stdout.splitlines()[0] if result.stdout else ""
    if not secret:
        raise CredentialError(
            f"{owner}: password_command printed nothing; it must print the password."
        )
    return secret


def _from_keyring(owner: str) -> str:
    import keyring
    from keyring.errors import KeyringError

    try:
        secret = keyring.get_password(SERVICE, owner)
    except KeyringError as exc:
        raise CredentialError(_no_keyring_message(owner, exc)) from None
    if not secret:
        raise CredentialError(
            f'{owner}: no password in the keyring (service "{SERVICE}", user "{owner}"). '
            "Run `assistant init` to store it, or set password_command in the config."
        )
    return secret


def _no_keyring_message(owner: str, exc: Exception) -> str:
    return (
        f"{owner}: no usable keyring on this machine ({type(exc).__name__}). On a server "
        'without a desktop session, set password_command = "pass show mail/you" (or any '
        "command that prints the password) for this account instead."
    )
