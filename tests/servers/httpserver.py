"""Fixture plugin: an HTTP(S) server on 127.0.0.1 that serves .ics feeds like Google and Outlook.

`ics_server` serves plain HTTP, `ics_tls_server` HTTPS with a self-signed certificate for
localhost / 127.0.0.1 (its file is the CA to trust). Both answer conditional requests: ETag
(If-None-Match) and Last-Modified (If-Modified-Since) give 304 when the body is unchanged, and
they count requests and 304s. `/slow/...` paths answer after `slow_seconds`, for timeouts;
`/status/NNN` answers with that status. If a server cannot start, the fixture fails.
"""

from __future__ import annotations

import hashlib
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.servers.certs import make_cert

HOST = "127.0.0.1"


@dataclass
class _Feed:
    body: bytes
    etag: str
    last_modified: str


@dataclass
class IcsServer:
    """The running server: put feeds, read counters."""

    base_url: str
    ca_file: str = ""
    slow_seconds: float = 3.0
    feeds: dict[str, _Feed] = field(default_factory=dict)
    requests: int = 0
    not_modified: int = 0
    last_headers: dict[str, str] = field(default_factory=dict)
    _version: int = 0

    def put(self, path: str, body: bytes) -> str:
        """Serve `body` at `path` (a new version: new ETag and Last-Modified); returns the URL."""
        self._version += 1
        self.feeds[path] = _Feed(
            body=body,
            etag='"' + hashlib.sha256(body).hexdigest()[:16] + '"',
            last_modified=formatdate(1_700_000_000 + self._version * 60, usegmt=True),
        )
        return self.base_url + path


def _handler(server: IcsServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            server.requests += 1
            server.last_headers = {k.lower(): v for k, v in self.headers.items()}
            path = self.path
            if path.startswith("/slow/"):
                time.sleep(server.slow_seconds)
                path = path[len("/slow") :]
            if path.startswith("/status/"):
                self.send_response(int(path.rsplit("/", 1)[-1]))
                self.end_headers()
                return
            feed = server.feeds.get(path)
            if feed is None:
                self.send_response(404)
                self.end_headers()
                return
            inm = self.headers.get("If-None-Match")
            ims = self.headers.get("If-Modified-Since")
            if (inm and inm == feed.etag) or (not inm and ims and ims == feed.last_modified):
                server.not_modified += 1
                self.send_response(304)
                self.send_header("ETag", feed.etag)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar; charset=utf-8")
            self.send_header("Content-Length", str(len(feed.body)))
            self.send_header("ETag", feed.etag)
            self.send_header("Last-Modified", feed.last_modified)
            self.end_headers()
            self.wfile.write(feed.body)

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a /slow request must not hold up the end of a test

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (a timeout test) is expected; stay quiet about it."""


def _serve(tls_folder: Path | None) -> Iterator[IcsServer]:
    state = IcsServer(base_url="")
    try:
        httpd = _Server((HOST, 0), _handler(state))
    except OSError as exc:
        pytest.fail(f"the .ics HTTP server could not start on {HOST}: {exc}")
    scheme = "http"
    if tls_folder is not None:
        cert, key = (str(p) for p in make_cert(tls_folder))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        state.ca_file, scheme = cert, "https"
    state.base_url = f"{scheme}://{HOST}:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture
def ics_server() -> Iterator[IcsServer]:
    yield from _serve(None)


@pytest.fixture
def ics_tls_server(tmp_path: Path) -> Iterator[IcsServer]:
    yield from _serve(tmp_path)
