"""`assistant run`: jobs call the pipeline, errors never stop it, SIGTERM stops it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from assistant import service
from assistant.config import settings_from_dict
from assistant.errors import SourceError
from assistant.store import Database

NOW = datetime(2026, 11, 19, 22, 30, tzinfo=UTC)


def _settings(tmp_path: Path, **extra: object) -> object:
    (tmp_path / "Mail" / "cur").mkdir(parents=True)
    (tmp_path / "Mail" / "new").mkdir()
    (tmp_path / "Mail" / "tmp").mkdir()
    return settings_from_dict(
        {
            "identity": {"name": "A", "email": "a@example.net"},
            "accounts": [{"name": "local", "kind": "maildir", "path": str(tmp_path / "Mail")}],
            "storage": {"path": str(tmp_path / "a.db")},
            **extra,
        }
    )


def test_a_failing_job_is_recorded_and_contained(tmp_path: Path) -> None:
    settings = _settings(tmp_path)

    def broken(db: Database, now: datetime) -> list[str]:
        raise SourceError("personal", "connection dropped")

    assert service.run_job("mail", settings, broken, clock=lambda: NOW) is False
    db = Database(tmp_path / "a.db")
    assert "personal: connection dropped" in (db.get_meta("last_error") or "")
    assert db.get_meta("last_mail") == NOW.isoformat()
    assert service.run_job("mail", settings, lambda db, now: [], clock=lambda: NOW) is True
    assert Database(tmp_path / "a.db").get_meta("last_error") == ""


def test_unexpected_exceptions_do_not_escape_a_job(tmp_path: Path) -> None:
    settings = _settings(tmp_path)

    def bug(db: Database, now: datetime) -> list[str]:
        raise ZeroDivisionError("oops")

    assert service.run_job("policy", settings, bug, clock=lambda: NOW) is False
    assert "ZeroDivisionError" in (Database(tmp_path / "a.db").get_meta("last_error") or "")


def test_run_forever_runs_each_job_and_stops_when_asked(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    stop = threading.Event()
    thread = threading.Thread(target=service.run_forever, args=(settings, stop))
    thread.start()
    db_path = tmp_path / "a.db"
    deadline = time.monotonic() + 60
    seen: set[str] = set()
    while time.monotonic() < deadline and len(seen) < 3:
        time.sleep(0.2)
        if db_path.exists():
            db = Database(db_path)
            seen = {n for n in ("mail", "calendar", "policy") if db.get_meta(f"last_{n}")}
            db.close()
    stop.set()
    thread.join(timeout=60)
    assert not thread.is_alive()
    assert seen == {"mail", "calendar", "policy"}


def test_sigterm_stops_the_service_cleanly(tmp_path: Path) -> None:
    _settings(tmp_path)
    config = tmp_path / "config.toml"
    config.write_text(
        '[identity]\nname = "A"\nemail = "a@example.net"\n'
        f'[[accounts]]\nname = "local"\nkind = "maildir"\npath = "{tmp_path / "Mail"}"\n'
        f'[storage]\npath = "{tmp_path / "a.db"}"\n'
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "--config", str(config), "run"],
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ},
    )
    assert proc.stderr is not None
    first = proc.stderr.readline()
    assert "running" in first
    proc.send_signal(signal.SIGTERM)
    _, rest = proc.communicate(timeout=60)
    assert proc.returncode == 0
    assert "Stopped cleanly." in rest
