"""The command line as a user meets it: help, version, exit codes, clear errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant import __version__
from assistant.cli import main

COMMANDS = [
    "init", "check", "scan", "run", "queue", "show", "edit", "approve", "dismiss", "interviews",
    "missed", "attended", "cant-attend", "status", "classify", "demo",
]  # fmt: skip


def test_version_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"assistant {__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert f"assistant {command}" in capsys.readouterr().out


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2
    assert main([]) == 2


def test_missing_config_is_a_config_error_with_the_remedy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--config", str(tmp_path / "none.toml"), "queue"]) == 2
    err = capsys.readouterr().err
    assert "none.toml: no config file here" in err and "assistant init" in err
    assert "Traceback" not in err


def test_broken_config_lists_every_problem(capsys: pytest.CaptureFixture[str]) -> None:
    path = Path(__file__).parent / "data" / "config" / "broken_values.toml"
    assert main(["check", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert 'accounts[0].port must be 1-65535, got "abc"' in err
    assert "policy.working_days" in err


def test_bad_now_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[identity]\nname = "A"\nemail = "a@example.net"\n')
    assert main(["--config", str(config), "--now", "yesterday", "queue"]) == 2
    assert "--now must be an ISO-8601 time" in capsys.readouterr().err
