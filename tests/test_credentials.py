"""Secrets: from password_command or the keyring, with messages that say what to do."""

from __future__ import annotations

import logging

import keyring
import keyring.core
import pytest

from assistant import credentials
from assistant.errors import CredentialError


def test_password_command_first_line_is_the_secret() -> None:
    assert credentials.get_password("personal", "printf 's3cret\\nignored'") == "s3cret"


@pytest.mark.parametrize(
    ("command", "fragment"),
    [
        ("false", "exited with status 1"),
        ("printf ''", "printed nothing"),
        ("/nonexistent/pass show x", "could not run"),
        ("pass 'unterminated", "could not run"),
    ],
)
def test_password_command_failures(command: str, fragment: str) -> None:
    with pytest.raises(CredentialError, match=fragment):
        credentials.get_password("personal", command)


def test_keyring_round_trip_uses_service_assistant_and_account_name() -> None:
    credentials.store_password("personal", "hunter2-keyring")
    assert keyring.get_password("assistant", "personal") == "hunter2-keyring"
    assert credentials.get_password("personal") == "hunter2-keyring"


def test_missing_keyring_entry_points_to_init_and_password_command() -> None:
    with pytest.raises(CredentialError) as info:
        credentials.get_password("work")
    assert "assistant init" in str(info.value) and "password_command" in str(info.value)


def test_unusable_keyring_suggests_password_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """The headless default (keyring's fail backend) raises NoKeyringError; we explain it."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.core._keyring_backend = None
    with pytest.raises(CredentialError, match="password_command"):
        credentials.get_password("personal")
    with pytest.raises(CredentialError, match="no usable keyring"):
        credentials.store_password("personal", "x")


def test_secrets_are_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    credentials.store_password("personal", "hunter2-logged")
    credentials.get_password("personal")
    credentials.get_password("other", "printf hunter3-logged")
    assert "hunter2-logged" not in caplog.text and "hunter3-logged" not in caplog.text
