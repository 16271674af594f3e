"""Fetch an .ics URL (Google's or Outlook's "secret address", any webcal feed) over HTTP(S).

The network edge for URL calendars: urllib with a timeout, verified TLS (the system CAs, or
`ca_file`), `webcal://` read as `https://`, and conditional requests from the validators of the
last fetch (If-None-Match / If-Modified-Since), so an unchanged feed costs a 304 and no parse.

A secret calendar address is a credential: it is never logged in full (scheme and host only),
and errors name the calendar, not the URL.

Imports: errors, and the standard library.
"""

from __future__ import annotations

import logging
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from assistant.errors import SourceError

logger = logging.getLogger(__name__)

USER_AGENT = "followup-assistant/0.1 (+calendar reader)"
MAX_BODY = 20 * 1024 * 1024 + 1  # one byte over ical's limit, so it can say the file is too big


@dataclass(frozen=True, slots=True)
class HttpCache:
    """What the last successful fetch left: its validators and body."""

    etag: str | None
    last_modified: str | None
    body: bytes


@dataclass(frozen=True, slots=True)
class FetchResult:
    """One fetch: the body (the cached one on 304) and the validators to keep for next time."""

    body: bytes
    etag: str | None
    last_modified: str | None
    not_modified: bool


def redact(url: str) -> str:
    """scheme://host, the part of a calendar URL that is safe to log."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or '?'}"


def normalize_url(url: str) -> str:
    """webcal:// is https:// by convention (RFC-less, but every client does this)."""
    if url.lower().startswith("webcal://"):
        return "https://" + url[len("webcal://") :]
    return url


def fetch_ics(
    url: str,
    *,
    timeout: float,
    ca_file: str = "",
    cached: HttpCache | None,
    source: str = "calendar",
) -> FetchResult:
    """GET the URL, conditionally when `cached` has validators.

    Args:
        source: the calendar's configured name, used in error messages instead of the URL.

    Raises:
        SourceError: network failure, TLS failure, timeout, or an HTTP error status; the
            message says which, without the secret URL.
    """
    target = normalize_url(url)
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        raise SourceError(source, f"calendar URL must start with https:// (got {scheme}://)")
    request = urllib.request.Request(target, headers={"User-Agent": USER_AGENT})  # noqa: S310
    if cached is not None and cached.body:
        if cached.etag:
            request.add_header("If-None-Match", cached.etag)
        if cached.last_modified:
            request.add_header("If-Modified-Since", cached.last_modified)
    context = ssl.create_default_context(cafile=ca_file or None) if scheme == "https" else None
    where = redact(target)
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=context) as response:  # noqa: S310
            body = response.read(MAX_BODY)
            etag = response.headers.get("ETag")
            last_modified = response.headers.get("Last-Modified")
    except urllib.error.HTTPError as exc:
        if exc.code == 304 and cached is not None:
            logger.debug("%s: %s not modified", source, where)
            return FetchResult(
                body=cached.body,
                etag=exc.headers.get("ETag") or cached.etag,
                last_modified=exc.headers.get("Last-Modified") or cached.last_modified,
                not_modified=True,
            )
        raise SourceError(source, _http_message(exc.code, where)) from None
    except urllib.error.URLError as exc:
        raise SourceError(source, _network_message(exc.reason, where, timeout)) from None
    except (TimeoutError, OSError) as exc:
        raise SourceError(source, _network_message(exc, where, timeout)) from None
    logger.info("%s: fetched %d bytes from %s", source, len(body), where)
    return FetchResult(body=body, etag=etag, last_modified=last_modified, not_modified=False)


def _http_message(code: int, where: str) -> str:
    if code in (401, 403):
        hint = "the secret address was probably reset: copy the new one into the config"
    elif code == 404:
        hint = "the calendar is gone or the address is mistyped: check the url in the config"
    elif code >= 500:
        hint = "the server has a problem; it will be tried again at the next sync"
    else:
        hint = "check the url in the config"
    return f"calendar feed at {where} answered HTTP {code}; {hint}"


def _network_message(reason: object, where: str, timeout: float) -> str:
    if isinstance(reason, ssl.SSLCertVerificationError):
        return (
            f"TLS certificate of {where} could not be verified ({reason.verify_message}); "
            "if the server uses a private CA, set ca_file for this calendar"
        )
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return f"no answer from {where} within {timeout:g} s; it will be tried again"
    return f"cannot reach {where} ({type(reason).__name__}: {reason})"
