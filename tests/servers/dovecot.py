"""Fixture plugin: a throwaway Dovecot IMAP server on 127.0.0.1, plain and IMAPS.

`DovecotServer` is usable outside pytest too (bench/sync.py starts one). It writes its own
config (own base_dir, state_dir, log, passwd-file userdb, Maildir), never reads /etc/dovecot,
and runs the master in the foreground as our child, so stopping it is killing one PID.

As root, Dovecot refuses root for its login processes and for mail (TESTING-NOTES): logins run
as `dovenull`, mail as the numeric uid 5000, and the mail root lives outside pytest's 0700
tmp_path. If Dovecot is missing or fails to start, the fixture FAILS with the log tail and the
install command: a real-server test never skips.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import secrets
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from assistant.config import Account
from tests.servers.certs import make_cert

INSTALL_HINT = (
    "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y "
    "--no-install-recommends dovecot-core dovecot-imapd"
)
HOST = "127.0.0.1"

_CONF = """\
base_dir = {base}/run
state_dir = {base}/state
log_path = {log}
info_log_path = {log}
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{base}/server-cert.pem
ssl_key = <{base}/server-key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_login_user = {login_user}
default_internal_user = {internal_user}
{internal_group}
first_valid_uid = 1
mail_location = maildir:~/Maildir
mail_plugins = $mail_plugins {mail_plugins}
# One passwd-file per user: Dovecot re-reads a changed passwd-file at most once a second, so
# a user added right after another login could be refused; a new file is always read.
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {base}/users/%u
}}
userdb {{
  driver = passwd-file
  args = {base}/users/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = subscribe
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
  mail_plugins = $mail_plugins {imap_plugins}
}}
plugin {{
  mail_log_events = delete undelete expunge copy mailbox_delete mailbox_rename flag_change save
  mail_log_fields = uid box msgid flags
}}
# No anvil auth penalty, so repeated wrong-password tests answer at once (Dovecot wiki,
# Authentication/Penalty: mode = 0 disables it).
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@dataclass
class MailUser:
    """One mailbox user of a running `DovecotServer`."""

    server: DovecotServer
    username: str
    password: str
    maildir: Path

    def client(self) -> Any:
        """A logged-in imapclient.IMAPClient on the plain port; the caller logs out."""
        from imapclient import IMAPClient

        client = IMAPClient(self.server.host, self.server.port, ssl=False, timeout=30)
        client.login(self.username, self.password)
        return client

    def append(self, folder: str, raw: bytes, flags: Iterable[str] = ()) -> int:
        """APPEND one message; returns its UID (from UIDPLUS APPENDUID)."""
        client = self.client()
        try:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            response = client.append(folder, raw, flags=tuple(flags))
        finally:
            client.logout()
        match = re.search(rb"APPENDUID \d+ (\d+)", response)
        if not match:
            raise RuntimeError(f"APPEND to {folder} gave no APPENDUID: {response!r}")
        return int(match.group(1))

    def append_many(self, folder: str, messages: Iterable[bytes]) -> None:
        """APPEND many messages on one connection (bulk loading for tests and benchmarks)."""
        client = self.client()
        try:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for raw in messages:
                client.append(folder, raw)
        finally:
            client.logout()

    def flags_snapshot(self, folder: str) -> dict[int, tuple[bytes, ...]]:
        """Every message's flags, read with EXAMINE so that taking the snapshot changes nothing."""
        client = self.client()
        try:
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            data = client.fetch(uids, ["FLAGS"]) if uids else {}
        finally:
            client.logout()
        return {uid: tuple(sorted(d[b"FLAGS"])) for uid, d in data.items()}


class DovecotServer:
    """A private Dovecot instance; `start()` it, `stop()` it (also a context manager).

    Args:
        root: where config, certs, state and log go (any dir; mail goes elsewhere).
        mail_root: where Maildirs go; must be reachable by the mail uid (default: a fresh
            0755 dir under the system temp dir, or /dev/shm when `tmpfs` is true).
    """

    def __init__(self, root: Path, mail_root: Path | None = None, *, tmpfs: bool = False) -> None:
        self.root = Path(root)
        self.host = HOST
        self.port = _free_port()
        self.tls_port = _free_port()
        self.log_path = self.root / "dovecot.log"
        self.ca_file = self.root / "server-cert.pem"
        self.conf_path = self.root / "dovecot.conf"
        shm = Path("/dev/shm")  # noqa: S108 - tmpfs for benchmark mailboxes, a fresh mkdtemp
        base = str(shm) if tmpfs and shm.is_dir() else None
        self._own_mail_root = mail_root is None
        self.mail_root = Path(mail_root or tempfile.mkdtemp(prefix="dovecot-mail-", dir=base))
        self._proc: subprocess.Popen[bytes] | None = None
        self._counter = itertools.count(1)
        if os.geteuid() == 0:
            self.mail_uid = self.mail_gid = 5000
        else:
            self.mail_uid, self.mail_gid = os.getuid(), os.getgid()

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> DovecotServer:
        """Write config and cert, start the master, wait for the greeting.

        Raises:
            RuntimeError: Dovecot is missing or did not start; the message holds the log tail.
        """
        binary = shutil.which("dovecot") or (
            "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
        )
        if binary is None:
            raise RuntimeError(f"dovecot is not installed. Install it with:\n  {INSTALL_HINT}")
        for sub in ("run", "state", "users"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        self.mail_root.chmod(0o755)
        make_cert(self.root)
        self.conf_path.write_text(self._config())
        with (self.root / "master.out").open("wb") as out:
            self._proc = subprocess.Popen(
                [binary, "-F", "-c", str(self.conf_path)], stdout=out, stderr=subprocess.STDOUT
            )
        try:
            self._wait_for_greeting(timeout=15)
        except Exception as exc:
            tail = self.log_tail()
            self.stop()
            raise RuntimeError(
                f"dovecot did not start ({exc}). Log tail:\n{tail}\n"
                f"If dovecot-imapd is missing, install it with:\n  {INSTALL_HINT}"
            ) from None
        return self

    def stop(self) -> None:
        """Stop the master (and with it every child) and remove the mail root we made."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        self._proc = None
        if self._own_mail_root:
            shutil.rmtree(self.mail_root, ignore_errors=True)

    def __enter__(self) -> DovecotServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def kick(self, user: MailUser) -> None:
        """Disconnect every session of a user, as a server restart or idle timeout would.

        Returns once the server lists no session of the user: `doveadm kick` only signals the
        sessions, and a client that goes on at once could otherwise still be answered.
        """
        doveadm = shutil.which("doveadm") or "/usr/bin/doveadm"
        subprocess.run(
            [doveadm, "-c", str(self.conf_path), "kick", user.username],
            capture_output=True,
            check=True,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            who = subprocess.run(
                [doveadm, "-c", str(self.conf_path), "who", user.username],
                capture_output=True, text=True, check=False,
            )
            if user.username not in who.stdout:
                return
            time.sleep(0.02)
        raise AssertionError(f"dovecot still lists a session of {user.username} after kick")

    def log_tail(self, lines: int = 30) -> str:
        parts = []
        for path in (self.log_path, self.root / "master.out"):
            with contextlib.suppress(OSError):
                parts.extend(path.read_text(errors="replace").splitlines()[-lines:])
        return "\n".join(parts) or "(no log written)"

    # -- users ---------------------------------------------------------------------------

    def new_user(self) -> MailUser:
        """A fresh user with an empty mailbox and a password of its own."""
        username = f"user{next(self._counter)}-{secrets.token_hex(3)}"
        password = "pw-" + secrets.token_urlsafe(12)
        home = self.mail_root / username
        home.mkdir()
        os.chown(home, self.mail_uid, self.mail_gid)
        line = f"{username}:{{PLAIN}}{password}:{self.mail_uid}:{self.mail_gid}::{home}::\n"
        (self.root / "users" / username).write_text(line)
        return MailUser(self, username, password, home / "Maildir")

    def account(self, user: MailUser, name: str = "personal", **overrides: Any) -> Account:
        """A config.Account for this user: IMAP over plain on loopback, password by command."""
        account = Account(
            name=name,
            kind="imap",
            host=self.host,
            port=self.port,
            security="plain",
            username=user.username,
            password_command=f"printf %s {shlex.quote(user.password)}",
            timeout=30.0,
        )
        return replace(account, **overrides)

    # -- internals -------------------------------------------------------------------------

    def _config(self) -> str:
        root = os.geteuid() == 0
        return _CONF.format(
            base=self.root,
            log=self.log_path,
            port=self.port,
            tls_port=self.tls_port,
            login_user="dovenull" if root else _user_name(),
            internal_user="root" if root else _user_name(),
            internal_group="" if root else f"default_internal_group = {_group_name()}",
            mail_plugins="",
            imap_plugins="mail_log notify",
        )

    def _wait_for_greeting(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self._proc is not None and self._proc.poll() is not None:
                raise RuntimeError(f"dovecot exited with status {self._proc.returncode}")
            try:
                with socket.create_connection((self.host, self.port), timeout=2) as s:
                    if s.recv(200).startswith(b"* OK"):
                        return
            except OSError as exc:
                last = exc
            time.sleep(0.05)
        raise RuntimeError(f"no '* OK' greeting on {self.host}:{self.port} ({last})")


def _user_name() -> str:
    import pwd

    return pwd.getpwuid(os.getuid()).pw_name


def _group_name() -> str:
    import grp

    return grp.getgrgid(os.getgid()).gr_name


@pytest.fixture(scope="session")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DovecotServer]:
    """One Dovecot for the whole test session; each test takes its own user."""
    server = DovecotServer(tmp_path_factory.mktemp("dovecot"))
    try:
        server.start()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield server
    server.stop()


@pytest.fixture
def imap_user(dovecot: DovecotServer) -> MailUser:
    """A fresh user with an empty mailbox (INBOX, Drafts, Sent, Trash, Junk)."""
    return dovecot.new_user()
