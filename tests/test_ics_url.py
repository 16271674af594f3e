"""fetch_ics against a real HTTP(S) server on 127.0.0.1: conditional requests, TLS, errors."""

from __future__ import annotations

import logging

import pytest

from assistant.errors import SourceError
from assistant.sources.ics_url import HttpCache, fetch_ics, normalize_url, redact

BODY = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
SECRET = "/calendar/ical/alex%40example.net/private-5f3c9a77d1e04b2b/basic.ics"


def test_first_fetch_then_304_from_etag(ics_server) -> None:
    url = ics_server.put(SECRET, BODY)
    first = fetch_ics(url, timeout=5, cached=None)
    assert (first.body, first.not_modified) == (BODY, False)
    assert first.etag and first.last_modified
    cache = HttpCache(first.etag, first.last_modified, first.body)
    second = fetch_ics(url, timeout=5, cached=cache)
    assert (second.body, second.not_modified) == (BODY, True)
    assert ics_server.last_headers["if-none-match"] == first.etag
    assert (ics_server.requests, ics_server.not_modified) == (2, 1)


def test_changed_feed_is_fetched_again(ics_server) -> None:
    url = ics_server.put(SECRET, BODY)
    first = fetch_ics(url, timeout=5, cached=None)
    ics_server.put(SECRET, BODY.replace(b"2.0", b"2.0\r\nX-CHANGED:1"))
    second = fetch_ics(url, timeout=5, cached=HttpCache(first.etag, first.last_modified, BODY))
    assert not second.not_modified and b"X-CHANGED" in second.body
    assert second.etag != first.etag


def test_last_modified_alone_is_used_when_there_is_no_etag(ics_server) -> None:
    url = ics_server.put(SECRET, BODY)
    first = fetch_ics(url, timeout=5, cached=None)
    result = fetch_ics(url, timeout=5, cached=HttpCache(None, first.last_modified, BODY))
    assert result.not_modified and result.body == BODY
    assert "if-none-match" not in ics_server.last_headers
    assert ics_server.last_headers["if-modified-since"] == first.last_modified


def test_tls_is_verified_with_the_given_ca_and_webcal_means_https(ics_tls_server) -> None:
    url = ics_tls_server.put(SECRET, BODY)
    webcal = "webcal://" + url.removeprefix("https://")
    assert normalize_url(webcal) == url
    assert fetch_ics(webcal, timeout=5, ca_file=ics_tls_server.ca_file, cached=None).body == BODY
    with pytest.raises(SourceError, match=r"could not be verified.*ca_file"):
        fetch_ics(url, timeout=5, cached=None, source="work")


@pytest.mark.parametrize(
    ("path", "words"),
    [("/status/404", "HTTP 404"), ("/status/403", "secret address was probably reset"),
     ("/status/503", "tried again")],
)  # fmt: skip
def test_http_errors_name_the_calendar_not_the_url(ics_server, path: str, words: str) -> None:
    with pytest.raises(SourceError) as info:
        fetch_ics(ics_server.base_url + path, timeout=5, cached=None, source="work")
    message = str(info.value)
    assert message.startswith("work: ") and words in message
    assert path not in message and "status" not in message


def test_timeout_is_a_source_error(ics_server) -> None:
    ics_server.slow_seconds = 2.0
    url = ics_server.put(SECRET, BODY)
    slow = url.replace(SECRET, "/slow" + SECRET)
    with pytest.raises(SourceError, match=r"no answer .* within 0\.3 s"):
        fetch_ics(slow, timeout=0.3, cached=None, source="work")


def test_connection_refused_is_a_source_error() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, never listening: the connection is refused
        with pytest.raises(SourceError, match=r"cannot reach http://127\.0\.0\.1"):
            fetch_ics(f"http://127.0.0.1:{port}{SECRET}", timeout=2, cached=None)


def test_secret_path_never_reaches_the_log(ics_server, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    url = ics_server.put(SECRET, BODY)
    first = fetch_ics(url, timeout=5, cached=None)
    fetch_ics(url, timeout=5, cached=HttpCache(first.etag, first.last_modified, BODY))
    with pytest.raises(SourceError):
        fetch_ics(ics_server.base_url + "/status/500", timeout=5, cached=None)
    assert caplog.records
    assert "private-5f3c9a77d1e04b2b" not in caplog.text


def test_redact_and_scheme_check() -> None:
    assert redact("https://user:pw@calendar.google.com/x/secret.ics?k=1") == (
        "https://calendar.google.com"
    )
    with pytest.raises(SourceError, match="must start with https://"):
        fetch_ics("ftp://example.net/cal.ics", timeout=1, cached=None)
