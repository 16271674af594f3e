"""Shared fixtures: isolation from the user's real keyring, config and data dirs; logging reset.

Real servers (Dovecot, Radicale, an HTTP server for .ics URLs, aiosmtpd) are started by the
fixture modules in tests/servers/, loaded here as plugins. A real-server test never skips: if
the server cannot start, the fixture fails and says why.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = [
    "tests.servers.dovecot",
    "tests.servers.radicale",
    "tests.servers.httpserver",
    "tests.servers.smtp",
]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own keyring file, config and data dirs; nothing touches ~."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.delenv("ASSISTANT_CONFIG", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    import keyring.core

    keyring.core._keyring_backend = None  # re-read PYTHON_KEYRING_BACKEND for this test
    from assistant import credentials

    credentials.forget_cached()
    yield home
    keyring.core._keyring_backend = None


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """Tests that configure logging (the CLI does) must not leak handlers into the next test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {
        name: logger.level
        for name, logger in logging.Logger.manager.loggerDict.items()
        if isinstance(logger, logging.Logger)
    }
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, logger in logging.Logger.manager.loggerDict.items():
        if isinstance(logger, logging.Logger):
            logger.setLevel(levels.get(name, logging.NOTSET))
