"""Config loading: every documented key parses, and every problem is reported with its place."""

from __future__ import annotations

import re
from datetime import time, timedelta
from pathlib import Path

import pytest

from assistant.config import load_settings, parse_duration, settings_from_dict
from assistant.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "config"


def test_example_config_is_valid_and_documents_the_defaults() -> None:
    settings = load_settings(ROOT / "config.example.toml")
    assert settings.identity.email == "alex.rivera@example.net"
    assert settings.identity.timezone == "America/Chicago"
    assert settings.accounts[0].port == 993 and settings.accounts[0].security == "tls"
    assert settings.calendars[0].kind == "ics_file"
    assert settings.delivery.mode == "drafts"
    assert settings.policy.reminders_before == (timedelta(hours=24), timedelta(hours=2))
    assert settings.policy.working_hours == (time(9), time(17))
    assert settings.policy.working_days == (0, 1, 2, 3, 4)
    assert settings.schedule.mail_interval == timedelta(minutes=5)
    assert settings.source == ROOT / "config.example.toml"


def test_example_config_has_no_unknown_keys(caplog: pytest.LogCaptureFixture) -> None:
    load_settings(ROOT / "config.example.toml")
    assert "unknown key" not in caplog.text


def test_identity_only_is_enough_for_offline_commands() -> None:
    settings = load_settings(DATA / "identity_only.toml")
    assert settings.accounts == () and settings.calendars == ()
    assert settings.identity.signature == "Alex Rivera"
    assert settings.identity.addresses == frozenset({"alex@example.net"})


def test_every_problem_is_reported_at_once_with_its_location() -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(DATA / "broken_values.toml")
    text = str(info.value)
    expected = [
        "broken_values.toml: identity.email must be an email address",
        "broken_values.toml: identity.timezone must be an IANA time zone",
        'broken_values.toml: accounts[0].port must be 1-65535, got "abc"',
        'accounts[0].security is "plain" for imap.example.net',
        "calendars[0].url must start with https://",
        'policy.thank_you_delay must be a duration such as "30s"',
        "policy.working_hours must be a start before an end",
        'policy.working_days must list days as "mon" ... "sun", got "funday"',
    ]
    for line in expected:
        assert line in text
    assert len(info.value.problems) == len(expected)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ({}, "[identity] is missing"),
        ({"identity": {"email": "a@b.c"}}, "identity.name is missing"),
        (
            {"identity": {"name": "A", "email": "a@b.c"}, "accounts": [{"kind": "maildir"}]},
            "accounts[0].path is missing",
        ),
        (
            {"identity": {"name": "A", "email": "a@b.c"}, "accounts": [{"kind": "imap"}]},
            "accounts[0].host is missing",
        ),
        (
            {
                "identity": {"name": "A", "email": "a@b.c"},
                "accounts": [
                    {"name": "x", "kind": "mbox", "path": "/m"},
                    {"name": "x", "kind": "mbox", "path": "/n"},
                ],
            },
            'accounts[1].name "x" is used twice',
        ),
        (
            {"identity": {"name": "A", "email": "a@b.c"}, "delivery": {"mode": "smtp"}},
            "delivery.smtp.host is missing",
        ),
        (
            {"identity": {"name": "A", "email": "a@b.c"}, "delivery": {"mode": "pigeon"}},
            'delivery.mode must be one of "drafts", "smtp", got "pigeon"',
        ),
        (
            {
                "identity": {"name": "A", "email": "a@b.c"},
                "calendars": [{"kind": "ics_url", "url": "http://calendar.example.net/x.ics"}],
            },
            "uses http://, which is not encrypted",
        ),
        (
            {"identity": {"name": "A", "email": "a@b.c"}, "policy": {"slots_to_propose": 0}},
            "policy.slots_to_propose must be a whole number of at least 1, got 0",
        ),
        (
            {
                "identity": {"name": "A", "email": "a@b.c"},
                "accounts": [
                    {"kind": "imap", "host": "h", "username": "u", "ca_file": "/nope.pem"}
                ],
            },
            "accounts[0].ca_file names /nope.pem, which is not a readable file",
        ),
    ],
)
def test_single_problems(data: dict[str, object], fragment: str) -> None:
    with pytest.raises(ConfigError) as info:
        settings_from_dict(data)
    assert fragment in str(info.value)


def test_plaintext_allowed_on_loopback_and_with_opt_in() -> None:
    base = {"identity": {"name": "A", "email": "a@b.c"}}
    loop = settings_from_dict(
        {
            **base,
            "accounts": [
                {"kind": "imap", "host": "127.0.0.1", "username": "u", "security": "plain"}
            ],
        }
    )
    assert loop.accounts[0].port == 143
    opted = settings_from_dict(
        {
            **base,
            "accounts": [
                {
                    "kind": "imap",
                    "host": "mail.lan",
                    "username": "u",
                    "security": "plain",
                    "allow_plaintext": True,
                }
            ],
        }
    )
    assert opted.accounts[0].allow_plaintext


def test_unknown_keys_warn_but_do_not_fail(caplog: pytest.LogCaptureFixture) -> None:
    settings = settings_from_dict({"identity": {"name": "A", "email": "a@b.c", "nmae": "x"}})
    assert settings.identity.name == "A"
    assert "unknown key identity.nmae" in caplog.text


def test_missing_and_invalid_files_say_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="assistant init"):
        load_settings(tmp_path / "nope.toml")
    with pytest.raises(ConfigError, match="is not valid TOML"):
        load_settings(DATA / "not_toml.toml")
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"\xff\xfe[identity]")
    with pytest.raises(ConfigError, match="UTF-8"):
        load_settings(binary)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("30s", 30), ("5m", 300), ("2h", 7200), ("7d", 604800), ("1w", 604800), (" 12h ", 43200)],
)
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "5", "m5", "5 minutes", "-5m", "1.5h"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError, match="must be a duration"):
        parse_duration(text)


def test_example_documents_only_keys_the_validator_knows() -> None:
    """Every key in config.example.toml, commented-out ones too, is one the validator reads."""
    from assistant import config

    known = {
        "identity": config._IDENTITY_KEYS,
        "accounts": config._ACCOUNT_KEYS,
        "calendars": config._CALENDAR_KEYS,
        "delivery": {"mode", "account"},
        "delivery.smtp": config._SMTP_KEYS,
        "storage": {"path"},
        "templates": {"path"},
        "schedule": {"mail_interval", "calendar_interval", "policy_interval"},
        "policy": set(config.Policy.__dataclass_fields__),
    }
    section, seen = "", {name: set() for name in known}
    for line in (ROOT / "config.example.toml").read_text().splitlines():
        header = re.match(r"^#?\s*\[\[?([\w.]+)\]\]?", line)
        key = re.match(r"^#?\s*(\w+)\s*=", line)
        if header:
            section = header.group(1)
        elif key and section:
            seen[section].add(key.group(1))
    for name, keys in seen.items():
        assert keys <= known[name], (name, keys - known[name])
    # and every key the validator reads is documented
    for name in ("identity", "accounts", "calendars", "delivery.smtp", "policy", "schedule"):
        assert known[name] <= seen[name], (name, known[name] - seen[name])
