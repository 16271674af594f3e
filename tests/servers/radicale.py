"""Fixture plugin: a real Radicale CalDAV server on 127.0.0.1, with htpasswd (plain) logins.

`radicale` is one server per test session (it starts in about half a second); each test makes
its own calendar collections with `make_calendar`, so tests do not see each other's events.
Helpers talk plain WebDAV through urllib, not through the `caldav` library under test. If the
server cannot start, the fixture fails with its log: a real-server test never skips.
"""

from __future__ import annotations

import base64
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.servers.certs import make_cert

HOST = "127.0.0.1"
USERNAME = "alex"
PASSWORD = "radicale-password"


@dataclass(frozen=True)
class Radicale:
    base_url: str  # http://127.0.0.1:PORT (https with radicale_tls)
    username: str = USERNAME
    password: str = PASSWORD
    ca_file: str = ""  # the CA to trust, with radicale_tls

    @property
    def principal_url(self) -> str:
        return f"{self.base_url}/{self.username}/"

    def _request(self, method: str, url: str, body: bytes = b"", ctype: str = "") -> int:
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode()
        request = urllib.request.Request(url, data=body or None, method=method)  # noqa: S310
        request.add_header("Authorization", f"Basic {token}")
        if ctype:
            request.add_header("Content-Type", ctype)
        try:
            context = ssl.create_default_context(cafile=self.ca_file) if self.ca_file else None
            with urllib.request.urlopen(request, timeout=10, context=context) as response:  # noqa: S310
                return int(response.status)
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"{method} {url} -> HTTP {exc.code}") from None

    def make_calendar(self, name: str = "") -> str:
        """Create a calendar collection; returns its URL (with a trailing slash)."""
        url = f"{self.principal_url}{name or uuid.uuid4().hex[:12]}/"
        self._request("MKCALENDAR", url)
        return url

    def put(self, calendar_url: str, ics: str | bytes, name: str = "") -> str:
        """PUT one calendar object; returns its URL."""
        url = f"{calendar_url}{name or uuid.uuid4().hex[:12]}.ics"
        data = ics.encode() if isinstance(ics, str) else ics
        self._request("PUT", url, data, "text/calendar; charset=utf-8")
        return url


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _start(folder: Path, tls: tuple[Path, Path] | None = None) -> Iterator[Radicale]:
    users = folder / "users"
    users.write_text(f"{USERNAME}:{PASSWORD}\n")
    port = _free_port()
    log = (folder / "radicale.log").open("wb")
    ssl_args = (
        ["--server-ssl", "--server-certificate", str(tls[0]), "--server-key", str(tls[1])]
        if tls
        else []
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--server-hosts", f"{HOST}:{port}",
         "--storage-filesystem-folder", str(folder / "collections"),
         "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(users),
         "--auth-htpasswd-encryption", "plain", "--auth-delay", "0",
         "--rights-type", "owner_only", "--logging-level", "warning", *ssl_args],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    scheme = "https" if tls else "http"
    server = Radicale(base_url=f"{scheme}://{HOST}:{port}", ca_file=str(tls[0]) if tls else "")
    deadline = time.monotonic() + 20
    while True:
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                log.close()
                output = (folder / "radicale.log").read_text(errors="replace")[-2000:]
                pytest.fail(f"Radicale did not start on {HOST}:{port}:\n{output}")
            time.sleep(0.05)
    try:
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="session")
def radicale() -> Iterator[Radicale]:
    yield from _start(Path(tempfile.mkdtemp(prefix="radicale-")))


@pytest.fixture(scope="session")
def radicale_tls() -> Iterator[Radicale]:
    """Radicale over HTTPS with a self-signed certificate (`ca_file` is its CA)."""
    folder = Path(tempfile.mkdtemp(prefix="radicale-tls-"))
    yield from _start(folder, make_cert(folder, "radicale"))
