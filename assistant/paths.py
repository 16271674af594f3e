"""Where the assistant keeps its files by default (platformdirs: XDG on Linux)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from assistant.config import Settings

APP = "assistant"


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP)) / "config.toml"


def database_path(settings: Settings) -> str:
    """The SQLite file: `[storage] path`, else assistant.db in the user data dir."""
    if settings.storage_path == ":memory:":
        return settings.storage_path
    if settings.storage_path:
        return str(Path(settings.storage_path).expanduser())
    return str(Path(platformdirs.user_data_dir(APP)) / "assistant.db")
