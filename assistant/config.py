"""TOML configuration -> validated, typed `Settings`.

Loaded once, in a shell (cli, service), and passed down. Every problem is collected with its
location (`config.toml: accounts[0].port must be 1-65535, got "abc"`) and reported together in
one `ConfigError`, so a user fixes the whole file in one pass. Unknown keys are warnings: a typo
should not stop a run, but the user should hear of it. Secrets are never read here: config only
names where they live (the keyring entry, or a `password_command`).

`config.example.toml` is the documented reference for every key below; keep the two in step.
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import time, timedelta
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from assistant.errors import ConfigError

logger = logging.getLogger(__name__)

T = TypeVar("T")

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
_DURATION = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def parse_duration(text: str) -> timedelta:
    """Parse "30s", "5m", "2h", "7d" or "1w" into a timedelta.

    Raises:
        ValueError: with a message that shows the accepted forms.
    """
    match = _DURATION.match(text) if isinstance(text, str) else None
    if not match:
        raise ValueError(f'must be a duration such as "30s", "5m", "2h" or "7d", got {text!r}')
    return timedelta(seconds=int(match.group(1)) * _UNITS[match.group(2)])


def is_loopback(host: str) -> bool:
    """True for hosts that never leave this machine, where plaintext is acceptable."""
    return host.lower() in LOOPBACK_HOSTS or host.startswith("127.")


@dataclass(frozen=True)
class Identity:
    name: str
    email: str
    aliases: tuple[str, ...] = ()
    timezone: str = "UTC"
    signature: str = ""

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def addresses(self) -> frozenset[str]:
        """All of the user's own addresses, lower-case: never a recipient, never a trigger."""
        return frozenset(a.lower() for a in (self.email, *self.aliases) if a)


@dataclass(frozen=True)
class Account:
    name: str
    kind: str  # "imap" | "maildir" | "mbox"
    host: str = ""
    port: int = 993
    security: str = "tls"  # "tls" | "starttls" | "plain"
    username: str = ""
    password_command: str = ""
    folders: tuple[str, ...] = ("INBOX",)
    drafts_folder: str = ""
    path: str = ""
    ca_file: str = ""
    allow_plaintext: bool = False
    initial_sync_days: int = 365
    fetch_batch: int = 500
    max_text_bytes: int = 262144
    timeout: float = 30.0


@dataclass(frozen=True)
class CalendarConfig:
    name: str
    kind: str  # "ics_file" | "ics_url" | "caldav"
    path: str = ""
    url: str = ""
    username: str = ""
    password_command: str = ""
    ca_file: str = ""
    allow_plaintext: bool = False
    timeout: float = 30.0


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 465
    security: str = "tls"
    username: str = ""
    password_command: str = ""
    ca_file: str = ""
    allow_plaintext: bool = False
    timeout: float = 30.0


@dataclass(frozen=True)
class Delivery:
    mode: str = "drafts"  # "drafts" | "smtp"
    account: str = ""  # the IMAP account whose Drafts folder receives drafts; "" = the first
    smtp: SmtpSettings | None = None


@dataclass(frozen=True)
class Schedule:
    mail_interval: timedelta = timedelta(minutes=5)
    calendar_interval: timedelta = timedelta(minutes=15)
    policy_interval: timedelta = timedelta(minutes=1)


@dataclass(frozen=True)
class Policy:
    thank_you_delay: timedelta = timedelta(hours=2)
    thank_you_renudge_after: timedelta = timedelta(days=1)
    reminders_before: tuple[timedelta, ...] = (timedelta(hours=24), timedelta(hours=2))
    follow_up_after: timedelta = timedelta(days=7)
    missed_renudge_after: timedelta = timedelta(hours=12)
    notice_needed: timedelta = timedelta(hours=24)
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday is 0
    working_hours: tuple[time, time] = (time(9), time(17))
    slots_to_propose: int = 3
    slot_days_ahead: int = 5
    slot_length: timedelta = timedelta(minutes=45)


@dataclass(frozen=True)
class Settings:
    identity: Identity
    accounts: tuple[Account, ...] = ()
    calendars: tuple[CalendarConfig, ...] = ()
    delivery: Delivery = field(default_factory=Delivery)
    storage_path: str = ""  # "" = platformdirs user data dir; ":memory:" for tests
    schedule: Schedule = field(default_factory=Schedule)
    policy: Policy = field(default_factory=Policy)
    templates_dir: str = ""  # a folder whose files override the bundled templates
    source: Path | None = None  # the file these settings came from


class _Checker:
    """Collects problems with their location while reading one TOML document."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.problems: list[str] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{self.filename}: {where} {message}")

    def table(self, data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            self.problem(where, f"must be a table ([{key}]), got {_show(value)}")
            return {}
        return value

    def get(
        self,
        data: Mapping[str, Any],
        key: str,
        where: str,
        convert: Callable[[Any], T],
        default: T,
    ) -> T:
        if key not in data:
            return default
        try:
            return convert(data[key])
        except (ValueError, TypeError) as exc:
            self.problem(f"{where}.{key}" if where else key, str(exc))
            return default

    def unknown(self, data: Mapping[str, Any], allowed: set[str], where: str) -> None:
        for key in data:
            if key not in allowed:
                logger.warning(
                    "%s: unknown key %s%s ignored (check the spelling against config.example.toml)",
                    self.filename,
                    f"{where}." if where else "",
                    key,
                )


def _show(value: Any) -> str:
    return f'"{value}"' if isinstance(value, str) else repr(value)


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(f"must be a string, got {_show(value)}")
    return value


def _nonempty(value: Any) -> str:
    text = _string(value).strip()
    if not text:
        raise ValueError("must not be empty")
    return text


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, got {_show(value)}")
    return value


def _port(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
        raise ValueError(f"must be 1-65535, got {_show(value)}")
    return value


def _positive_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"must be a whole number of at least 1, got {_show(value)}")
    return value


def _positive_number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"must be a positive number, got {_show(value)}")
    return float(value)


def _duration(value: Any) -> timedelta:
    return parse_duration(value)


def _string_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f'must be a list of strings such as ["a", "b"], got {_show(value)}')
    return tuple(value)


def _one_of(*choices: str) -> Callable[[Any], str]:
    def convert(value: Any) -> str:
        if value not in choices:
            options = ", ".join(f'"{c}"' for c in choices)
            raise ValueError(f"must be one of {options}, got {_show(value)}")
        return str(value)

    return convert


def _timezone(value: Any) -> str:
    name = _nonempty(value)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            'must be an IANA time zone such as "Europe/Berlin" or "America/Chicago", '
            f"got {_show(value)}"
        ) from None
    return name


def _email(value: Any) -> str:
    text = _nonempty(value)
    if "@" not in text or any(c in text for c in " \r\n<>,"):
        raise ValueError(f'must be an email address such as "you@example.net", got {_show(value)}')
    return text.lower()


def _durations(value: Any) -> tuple[timedelta, ...]:
    return tuple(parse_duration(v) for v in _string_list(value))


def _weekdays(value: Any) -> tuple[int, ...]:
    names = _string_list(value)
    days = []
    for name in names:
        if name.lower()[:3] not in WEEKDAYS:
            raise ValueError(f'must list days as "mon" ... "sun", got {_show(name)}')
        days.append(WEEKDAYS.index(name.lower()[:3]))
    if not days:
        raise ValueError("must list at least one day")
    return tuple(sorted(set(days)))


def _hours(value: Any) -> tuple[time, time]:
    match = _HOURS.match(value) if isinstance(value, str) else None
    if not match:
        raise ValueError(f'must look like "09:00-17:00", got {_show(value)}')
    h1, m1, h2, m2 = (int(g) for g in match.groups())
    if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h1, m1) >= (h2, m2):
        raise ValueError(f"must be a start before an end within one day, got {_show(value)}")
    end = time(23, 59) if h2 == 24 else time(h2, m2)
    return time(h1, m1), end


_NONE: tuple[str, ...] = ()
_IDENTITY_KEYS = {"name", "email", "aliases", "timezone", "signature"}
_ACCOUNT_KEYS = {
    "name", "kind", "host", "port", "security", "username", "password_command", "folders",
    "drafts_folder", "path", "ca_file", "allow_plaintext", "initial_sync_days", "fetch_batch",
    "max_text_bytes", "timeout",
}  # fmt: skip
_CALENDAR_KEYS = {
    "name", "kind", "path", "url", "username", "password_command", "ca_file", "allow_plaintext",
    "timeout",
}  # fmt: skip
_SMTP_KEYS = {
    "host", "port", "security", "username", "password_command", "ca_file", "allow_plaintext",
    "timeout",
}  # fmt: skip
_TOP_KEYS = {
    "identity", "accounts", "calendars", "delivery", "storage", "schedule", "policy", "templates",
}  # fmt: skip


def _identity(c: _Checker, data: Mapping[str, Any]) -> Identity:
    if "identity" not in data:
        c.problem("[identity]", "is missing: add a [identity] table with at least name and email")
    ident = c.table(data, "identity", "[identity]")
    c.unknown(ident, _IDENTITY_KEYS, "identity")
    if "identity" in data and "name" not in ident:
        c.problem("identity.name", 'is missing: add name = "Your Name"')
    if "identity" in data and "email" not in ident:
        c.problem("identity.email", 'is missing: add email = "you@example.net"')
    name = c.get(ident, "name", "identity", _nonempty, "")
    return Identity(
        name=name,
        email=c.get(ident, "email", "identity", _email, ""),
        aliases=tuple(a.lower() for a in c.get(ident, "aliases", "identity", _string_list, _NONE)),
        timezone=c.get(ident, "timezone", "identity", _timezone, "UTC"),
        signature=c.get(ident, "signature", "identity", _string, name),
    )


def _transport_checks(c: _Checker, where: str, host: str, security: str, plain_ok: bool) -> None:
    if security == "plain" and host and not is_loopback(host) and not plain_ok:
        c.problem(
            f"{where}.security",
            f'is "plain" for {host}, which would send your password unencrypted: use "tls" or '
            '"starttls", or set allow_plaintext = true if you really mean it',
        )


def _account(c: _Checker, raw: Any, i: int) -> Account | None:
    where = f"accounts[{i}]"
    if not isinstance(raw, dict):
        c.problem(where, "must be a table ([[accounts]])")
        return None
    c.unknown(raw, _ACCOUNT_KEYS, where)
    kind = c.get(raw, "kind", where, _one_of("imap", "maildir", "mbox"), "imap")
    name = c.get(raw, "name", where, _nonempty, f"account{i + 1}")
    security = c.get(raw, "security", where, _one_of("tls", "starttls", "plain"), "tls")
    default_port = {"tls": 993, "starttls": 143, "plain": 143}[security]
    account = Account(
        name=name,
        kind=kind,
        host=c.get(raw, "host", where, _string, ""),
        port=c.get(raw, "port", where, _port, default_port),
        security=security,
        username=c.get(raw, "username", where, _string, ""),
        password_command=c.get(raw, "password_command", where, _string, ""),
        folders=c.get(raw, "folders", where, _string_list, ("INBOX",)),
        drafts_folder=c.get(raw, "drafts_folder", where, _string, ""),
        path=c.get(raw, "path", where, _string, ""),
        ca_file=c.get(raw, "ca_file", where, _string, ""),
        allow_plaintext=c.get(raw, "allow_plaintext", where, _boolean, False),
        initial_sync_days=c.get(raw, "initial_sync_days", where, _positive_int, 365),
        fetch_batch=c.get(raw, "fetch_batch", where, _positive_int, 500),
        max_text_bytes=c.get(raw, "max_text_bytes", where, _positive_int, 262144),
        timeout=c.get(raw, "timeout", where, _positive_number, 30.0),
    )
    if kind == "imap":
        if not account.host:
            c.problem(
                f"{where}.host", 'is missing: an IMAP account needs host = "imap.example.net"'
            )
        if not account.username:
            c.problem(f"{where}.username", "is missing: an IMAP account needs the login name")
        _transport_checks(c, where, account.host, security, account.allow_plaintext)
    elif not account.path:
        c.problem(f"{where}.path", f'is missing: a {kind} account needs path = "~/Mail/INBOX"')
    if account.ca_file and not Path(account.ca_file).expanduser().is_file():
        c.problem(f"{where}.ca_file", f"names {account.ca_file}, which is not a readable file")
    return account


def _calendar(c: _Checker, raw: Any, i: int) -> CalendarConfig | None:
    where = f"calendars[{i}]"
    if not isinstance(raw, dict):
        c.problem(where, "must be a table ([[calendars]])")
        return None
    c.unknown(raw, _CALENDAR_KEYS, where)
    kind = c.get(raw, "kind", where, _one_of("ics_file", "ics_url", "caldav"), "ics_file")
    cal = CalendarConfig(
        name=c.get(raw, "name", where, _nonempty, f"calendar{i + 1}"),
        kind=kind,
        path=c.get(raw, "path", where, _string, ""),
        url=c.get(raw, "url", where, _string, ""),
        username=c.get(raw, "username", where, _string, ""),
        password_command=c.get(raw, "password_command", where, _string, ""),
        ca_file=c.get(raw, "ca_file", where, _string, ""),
        allow_plaintext=c.get(raw, "allow_plaintext", where, _boolean, False),
        timeout=c.get(raw, "timeout", where, _positive_number, 30.0),
    )
    if kind == "ics_file" and not cal.path:
        c.problem(f"{where}.path", 'is missing: an ics_file calendar needs path = "~/calendar.ics"')
    if kind in ("ics_url", "caldav"):
        if not re.match(r"^(https?|webcal)://", cal.url):
            c.problem(
                f"{where}.url", f'must start with https:// for a {kind} calendar, got "{cal.url}"'
            )
        elif cal.url.startswith("http://"):
            host = re.sub(r"^http://([^/:]+).*$", r"\1", cal.url)
            if not is_loopback(host) and not cal.allow_plaintext:
                c.problem(
                    f"{where}.url",
                    "uses http://, which is not encrypted: use https://, or set "
                    "allow_plaintext = true if you really mean it",
                )
    return cal


def _delivery(c: _Checker, data: Mapping[str, Any], accounts: tuple[Account, ...]) -> Delivery:
    raw = c.table(data, "delivery", "[delivery]")
    c.unknown(raw, {"mode", "account", "smtp"}, "delivery")
    mode = c.get(raw, "mode", "delivery", _one_of("drafts", "smtp"), "drafts")
    account = c.get(raw, "account", "delivery", _string, "")
    if account and account not in {a.name for a in accounts}:
        c.problem("delivery.account", f'names "{account}", which is not one of the [[accounts]]')
    smtp = None
    if "smtp" in raw or mode == "smtp":
        s = c.table(raw, "smtp", "[delivery.smtp]")
        c.unknown(s, _SMTP_KEYS, "delivery.smtp")
        security = c.get(s, "security", "delivery.smtp", _one_of("tls", "starttls", "plain"), "tls")
        default_port = {"tls": 465, "starttls": 587, "plain": 25}[security]
        smtp = SmtpSettings(
            host=c.get(s, "host", "delivery.smtp", _string, ""),
            port=c.get(s, "port", "delivery.smtp", _port, default_port),
            security=security,
            username=c.get(s, "username", "delivery.smtp", _string, ""),
            password_command=c.get(s, "password_command", "delivery.smtp", _string, ""),
            ca_file=c.get(s, "ca_file", "delivery.smtp", _string, ""),
            allow_plaintext=c.get(s, "allow_plaintext", "delivery.smtp", _boolean, False),
            timeout=c.get(s, "timeout", "delivery.smtp", _positive_number, 30.0),
        )
        if mode == "smtp" and not smtp.host:
            c.problem("delivery.smtp.host", 'is missing: mode = "smtp" needs [delivery.smtp] host')
        _transport_checks(c, "delivery.smtp", smtp.host, security, smtp.allow_plaintext)
    return Delivery(mode=mode, account=account, smtp=smtp)


def _policy(c: _Checker, data: Mapping[str, Any]) -> Policy:
    raw = c.table(data, "policy", "[policy]")
    d = Policy()
    names = {
        "thank_you_delay", "thank_you_renudge_after", "reminders_before", "follow_up_after",
        "missed_renudge_after", "notice_needed", "working_days", "working_hours",
        "slots_to_propose", "slot_days_ahead", "slot_length",
    }  # fmt: skip
    c.unknown(raw, names, "policy")
    return Policy(
        thank_you_delay=c.get(raw, "thank_you_delay", "policy", _duration, d.thank_you_delay),
        thank_you_renudge_after=c.get(
            raw, "thank_you_renudge_after", "policy", _duration, d.thank_you_renudge_after
        ),
        reminders_before=c.get(raw, "reminders_before", "policy", _durations, d.reminders_before),
        follow_up_after=c.get(raw, "follow_up_after", "policy", _duration, d.follow_up_after),
        missed_renudge_after=c.get(
            raw, "missed_renudge_after", "policy", _duration, d.missed_renudge_after
        ),
        notice_needed=c.get(raw, "notice_needed", "policy", _duration, d.notice_needed),
        working_days=c.get(raw, "working_days", "policy", _weekdays, d.working_days),
        working_hours=c.get(raw, "working_hours", "policy", _hours, d.working_hours),
        slots_to_propose=c.get(
            raw, "slots_to_propose", "policy", _positive_int, d.slots_to_propose
        ),
        slot_days_ahead=c.get(raw, "slot_days_ahead", "policy", _positive_int, d.slot_days_ahead),
        slot_length=c.get(raw, "slot_length", "policy", _duration, d.slot_length),
    )


def _schedule(c: _Checker, data: Mapping[str, Any]) -> Schedule:
    raw = c.table(data, "schedule", "[schedule]")
    d = Schedule()
    c.unknown(raw, {"mail_interval", "calendar_interval", "policy_interval"}, "schedule")
    return Schedule(
        mail_interval=c.get(raw, "mail_interval", "schedule", _duration, d.mail_interval),
        calendar_interval=c.get(
            raw, "calendar_interval", "schedule", _duration, d.calendar_interval
        ),
        policy_interval=c.get(raw, "policy_interval", "schedule", _duration, d.policy_interval),
    )


def settings_from_dict(data: Mapping[str, Any], filename: str = "config.toml") -> Settings:
    """Validate an already-parsed TOML document.

    Raises:
        ConfigError: listing every problem found, each with its location.
    """
    c = _Checker(filename)
    c.unknown(data, _TOP_KEYS, "")
    identity = _identity(c, data)
    accounts_raw = data.get("accounts", [])
    calendars_raw = data.get("calendars", [])
    if not isinstance(accounts_raw, list):
        c.problem("accounts", "must be written as [[accounts]] tables")
        accounts_raw = []
    if not isinstance(calendars_raw, list):
        c.problem("calendars", "must be written as [[calendars]] tables")
        calendars_raw = []
    accounts = tuple(a for i, r in enumerate(accounts_raw) if (a := _account(c, r, i)))
    calendars = tuple(k for i, r in enumerate(calendars_raw) if (k := _calendar(c, r, i)))
    for label, names in (
        ("accounts", [a.name for a in accounts]),
        ("calendars", [k.name for k in calendars]),
    ):
        seen: set[str] = set()
        for i, name in enumerate(names):
            if name in seen:
                c.problem(f"{label}[{i}].name", f'"{name}" is used twice: names must differ')
            seen.add(name)
    delivery = _delivery(c, data, accounts)
    storage = c.table(data, "storage", "[storage]")
    c.unknown(storage, {"path"}, "storage")
    templates = c.table(data, "templates", "[templates]")
    c.unknown(templates, {"path"}, "templates")
    settings = Settings(
        identity=identity,
        accounts=accounts,
        calendars=calendars,
        delivery=delivery,
        storage_path=c.get(storage, "path", "storage", _string, ""),
        schedule=_schedule(c, data),
        policy=_policy(c, data),
        templates_dir=c.get(templates, "path", "templates", _string, ""),
    )
    if c.problems:
        raise ConfigError(
            f"{filename} has {len(c.problems)} problem(s); fix them and run `assistant check`:",
            c.problems,
        )
    return settings


def load_settings(path: Path) -> Settings:
    """Read and validate a config file.

    Raises:
        ConfigError: the file is missing, not valid TOML, or has invalid values.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: no config file here. Run `assistant init` to write a starter one, "
            "or pass --config PATH."
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read ({exc.strerror}).") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: is not UTF-8 text; save it as UTF-8.") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: is not valid TOML ({exc}); fix that line.") from None
    return replace(settings_from_dict(data, filename=path.name), source=path)
