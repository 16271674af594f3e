"""`assistant init`: starter config, never clobbering, password into the keyring only."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest

from assistant import setup
from assistant.cli import main
from assistant.config import load_settings


def test_init_writes_the_documented_example_and_keeps_it_private(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "config.toml"
    lines = setup.init(path, ask_password=False)
    assert path.read_text() == (Path(__file__).parents[1] / "config.example.toml").read_text()
    assert path.stat().st_mode & 0o077 == 0
    assert load_settings(path).identity.name == "Alex Rivera"
    assert any("assistant check" in line for line in lines)


def test_init_never_overwrites_without_force(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("# mine\n")
    lines = setup.init(path, ask_password=False)
    assert path.read_text() == "# mine\n"
    assert "already exists" in lines[0]
    setup.init(path, force=True, ask_password=False)
    assert "[identity]" in path.read_text()


def test_init_stores_the_password_in_the_keyring_not_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "config.toml"
    monkeypatch.setattr(setup.getpass, "getpass", lambda prompt: "correct horse battery")
    lines = setup.init(path, ask_password=True)
    assert keyring.get_password("assistant", "personal") == "correct horse battery"
    assert "correct horse" not in path.read_text()
    assert any("Stored the password for personal" in line for line in lines)


def test_cli_init_uses_assistant_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "elsewhere.toml"
    monkeypatch.setenv("ASSISTANT_CONFIG", str(path))
    assert main(["init", "--no-password"]) == 0
    assert path.exists()
    assert str(path) in capsys.readouterr().out
