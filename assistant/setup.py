"""`assistant init`: a starter config from config.example.toml, and the password in the keyring.

Interactive by nature, so it takes its answers through small callables the CLI provides; the
file writing and keyring storing are plain functions tested without a terminal.
"""

from __future__ import annotations

import getpass
import re
from importlib import resources
from pathlib import Path

from assistant import credentials
from assistant.config import load_settings
from assistant.errors import ConfigError, CredentialError, UserError


def example_config() -> str:
    """The documented example config, as installed with the package."""
    # templates/config.example.toml links to the top-level file, so the wheel carries a copy.
    return resources.files("assistant.templates").joinpath("config.example.toml").read_text("utf-8")


def init(path: Path, *, force: bool = False, ask_password: bool = True) -> list[str]:
    """Write the starter config at `path` and, if asked, store the account password.

    Returns the lines to show the user. Never overwrites an existing file without `force`.
    """
    lines: list[str] = []
    if path.exists() and not force:
        lines.append(f"{path} already exists; leaving it as it is (use --force to replace it).")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(example_config(), encoding="utf-8")
        path.chmod(0o600)
        lines.append(f"Wrote a starter config to {path}.")
        lines.append("Open it, put in your name, address, time zone, mail account and calendar.")
    if ask_password:
        lines.extend(_store_passwords(path))
    else:
        lines.append(
            "To store a password later: run `assistant init` again in a terminal, or set "
            "password_command for the account."
        )
    lines.append("Then run `assistant check` to test the connection, and `assistant scan`.")
    return lines


def _store_passwords(path: Path) -> list[str]:
    try:
        settings = load_settings(path)
    except ConfigError as exc:
        return [f"Fix the config first, then run `assistant init` again to store passwords:\n{exc}"]
    lines = []
    for owner in [a.name for a in settings.accounts if a.kind == "imap" and not a.password_command]:
        if not re.match(r"^[\w.@+-]+$", owner):
            raise UserError(f'account name "{owner}" may only hold letters, digits and . @ + - _')
        secret = getpass.getpass(f"Password for account {owner} (not shown; empty to skip): ")
        if not secret:
            lines.append(f"Skipped the password for {owner}.")
            continue
        try:
            credentials.store_password(owner, secret)
        except CredentialError as exc:
            lines.append(str(exc))
            continue
        lines.append(f'Stored the password for {owner} in the keyring (service "assistant").')
    return lines
