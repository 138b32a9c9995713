"""Logging helpers that keep secrets out of logs.

The library logs through one logger, ``logging.getLogger("kling")``. It never configures logging
(no ``basicConfig``): it only attaches a ``NullHandler`` and a :class:`SecretFilter`, so that
applications decide where records go and tokens never reach them. The same filter scrubs the
records of httpx's and httpcore's loggers (:data:`HTTP_LOGGERS`), which can carry echoed
credentials in response headers at DEBUG.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit, urlunsplit

__all__ = [
    "SecretFilter",
    "logger",
    "redact_headers",
    "redact_text",
    "redact_url",
    "register_secret",
    "scrub",
    "secret_filter",
]

logger = logging.getLogger("kling")
logger.addHandler(logging.NullHandler())

REDACTED = "***"
# Header names whose values are credentials; compared in lower case.
_SENSITIVE_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
)
_BEARER = re.compile(r"(?i)\bBearer\s+[A-Za-z0-9._~+/=-]+")
# A JWT is three base64url segments; header and payload are JSON objects, so both start "eyJ".
# No word boundary before it: an echo may glue it to other text ("xxeyJ...", "token:eyJ...").
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*")
# Registered secrets shorter than this are ignored: scrubbing "ab" would mangle every message.
_MIN_SECRET_LENGTH = 6


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """Return a copy of ``headers`` that is safe to log.

    ``Authorization`` becomes ``Bearer ***`` (the scheme stays visible for debugging); other
    credential headers (cookies, API keys) become ``***``.
    """
    items = headers.items() if isinstance(headers, Mapping) else headers
    safe: dict[str, str] = {}
    for name, value in items:
        lowered = name.lower()
        if lowered in {"authorization", "proxy-authorization"}:
            scheme = value.split(" ", 1)[0] if " " in value else ""
            safe[name] = f"{scheme} {REDACTED}" if scheme else REDACTED
        elif lowered in _SENSITIVE_HEADERS:
            safe[name] = REDACTED
        else:
            safe[name] = value
    return safe


def redact_url(url: object) -> str:
    """Return ``url`` without its query string, fragment or user info.

    Result file URLs carry signatures in their query string; a log line or an exception message
    needs only the scheme, host and path. Never raises: an unparseable URL gives a placeholder.
    """
    try:
        parts = urlsplit(str(url))
        netloc = parts.netloc.rpartition("@")[2]
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    except ValueError:
        return "<unparseable url>"


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """Replace bearer tokens, JWT-looking strings and the given ``secrets`` in ``text``."""
    for secret in sorted(secrets, key=len, reverse=True):
        if len(secret) >= _MIN_SECRET_LENGTH:
            text = text.replace(secret, REDACTED)
    text = _BEARER.sub(f"Bearer {REDACTED}", text)
    return _JWT.sub(REDACTED, text)


class SecretFilter(logging.Filter):
    """A logging filter that scrubs secrets from every record it sees; it never drops a record.

    It always removes ``Bearer <token>`` and JWT-looking strings, plus any secret passed to the
    constructor or to :meth:`register` (secrets shorter than 6 characters are ignored). The record's
    message is formatted once and its ``args`` cleared, so handlers see only the scrubbed text.
    """

    def __init__(self, secrets: Iterable[str] = (), name: str = "") -> None:
        super().__init__(name)
        self._lock = threading.Lock()
        self._secrets: frozenset[str] = frozenset(secrets)

    def scrub(self, text: str) -> str:
        """``text`` without bearer tokens, JWTs or any registered secret."""
        return redact_text(text, self._secrets)

    def register(self, secret: str) -> None:
        """Add ``secret`` to the strings scrubbed from now on."""
        with self._lock:
            self._secrets = self._secrets | {secret}

    def filter(self, record: logging.LogRecord) -> bool:
        """Scrub ``record`` in place and keep it."""
        try:
            message = record.getMessage()
        except Exception:  # a bad format string is the handler's problem; still scrub the text
            message = str(record.msg)
        record.msg = redact_text(message, self._secrets)
        record.args = None
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text, self._secrets)
        return True


secret_filter = SecretFilter()
logger.addFilter(secret_filter)

HTTP_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
"""The loggers of httpx and httpcore, which get :data:`secret_filter` too. httpx logs one INFO line
per request (method, URL, status: no headers); httpcore logs at DEBUG the response headers as
they arrive (``receive_response_headers.complete return_value=(..., [(b'Set-Cookie', ...)])``),
so a server or proxy echoing the ``Authorization`` header back would otherwise put the token in
the application's logs. A logger's filters see only its own records, hence one per module."""
for _name in HTTP_LOGGERS:
    logging.getLogger(_name).addFilter(secret_filter)


def register_secret(secret: str) -> None:
    """Scrub ``secret`` from every record of the ``kling`` logger, and from every API error's
    message and body, from now on."""
    secret_filter.register(secret)


def scrub(text: str) -> str:
    """``text`` without bearer tokens, JWTs or any secret a client registered: for text that came
    from a server (an echoing proxy may send the credentials back)."""
    return secret_filter.scrub(text)
