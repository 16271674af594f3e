"""Fixture plugin: in-process aiosmtpd sinks on 127.0.0.1 that record what they receive.

`smtp_sink` is plain SMTP without AUTH; `smtp_tls_sink` requires STARTTLS (a self-signed
certificate for localhost and 127.0.0.1, whose file is the CA to trust) and AUTH. `SmtpSink` also
serves implicit TLS (`tls="implicit"`). Each received message keeps its envelope and exact bytes.
If a sink cannot start, the fixture fails with the reason: a real-server test never skips.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.servers.certs import make_cert

HOST = "127.0.0.1"
USERNAME = "alex"
PASSWORD = "sink-password"


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes  # the message as received (CRLF line endings)
    login: str | None  # the AUTH user, None when not authenticated


@dataclass
class _Recorder:
    messages: list[Received] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        data = session.auth_data
        login = data.login.decode() if session.authenticated and data is not None else None
        self.messages.append(
            Received(envelope.mail_from, tuple(envelope.rcpt_tos), envelope.original_content, login)
        )
        return "250 Message accepted for delivery"


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> Any:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login == USERNAME.encode()
        and auth_data.password == PASSWORD.encode()
    )
    # A failure must say handled=False, or aiosmtpd never answers (TESTING-NOTES).
    return (
        AuthResult(success=True, auth_data=auth_data)
        if ok
        else AuthResult(success=False, handled=False)
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


class SmtpSink:
    """One aiosmtpd server in a background thread.

    Args:
        tls: None (plain), "starttls" (required before MAIL) or "implicit" (TLS from the start).
        cert: (certificate, key) files; required when tls is set.
        auth: require AUTH with USERNAME / PASSWORD.
    """

    def __init__(
        self, tls: str | None = None, cert: tuple[Path, Path] | None = None, auth: bool = False
    ) -> None:
        from aiosmtpd.controller import Controller

        self.host = HOST
        self.port = _free_port()
        self.recorder = _Recorder()
        self.ca_file = cert[0] if cert else None
        self.tls = tls
        context = None
        if tls:
            if cert is None:
                raise ValueError("a TLS sink needs a certificate")
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(cert[0]), str(cert[1]))
        kwargs: dict[str, Any] = {}
        if auth:
            kwargs |= {"authenticator": _authenticate, "auth_required": True}
        if tls == "starttls":
            kwargs |= {"tls_context": context, "require_starttls": True}
        elif tls == "implicit":
            # aiosmtpd only counts STARTTLS as TLS for auth_require_tls; this socket is TLS.
            kwargs |= {"ssl_context": context, "server_hostname": "localhost"}
            kwargs |= {"auth_require_tls": False}
        self.controller = Controller(self.recorder, hostname=HOST, port=self.port, **kwargs)

    @property
    def messages(self) -> list[Received]:
        return self.recorder.messages

    def start(self) -> SmtpSink:
        try:
            self.controller.start()
        except Exception as exc:
            raise RuntimeError(f"aiosmtpd sink did not start on {HOST}:{self.port}: {exc}") from exc
        return self

    def stop(self) -> None:
        self.controller.stop()


def _running(sink: SmtpSink) -> Iterator[SmtpSink]:
    try:
        sink.start()
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    yield sink
    sink.stop()


@pytest.fixture(scope="session")
def smtp_cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    try:
        return make_cert(tmp_path_factory.mktemp("smtp-cert"), "smtp")
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """Plain SMTP, no AUTH: what a loopback relay looks like."""
    yield from _running(SmtpSink())


@pytest.fixture
def smtp_tls_sink(smtp_cert: tuple[Path, Path]) -> Iterator[SmtpSink]:
    """STARTTLS required, then AUTH (USERNAME / PASSWORD); trust `ca_file` to verify it."""
    yield from _running(SmtpSink(tls="starttls", cert=smtp_cert, auth=True))
