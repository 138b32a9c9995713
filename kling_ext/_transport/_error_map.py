"""Mapping HTTP answers to the typed errors of :mod:`kling_ext._errors` (pure, never raises).

Classes are chosen from Kling's business code first, by the spec's code table
(``x-kling-codes``: each code names its exception class), and from the HTTP status only when the
code is missing or unknown; HTTP 410 (Gone) gives :class:`~kling_ext.TaskExpiredError` unless the
code names a class outside the not-found family.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import math
import re
import time
from collections.abc import Mapping

import httpx

from .. import _errors as errors
from .._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    ServerError,
    TaskExpiredError,
    TransportError,
    business_code,
    excerpt,
    request_id_of,
)
from .._spec._codes import error_codes
from ._redact import redact_headers, redact_url, scrub

_EXCERPT_CHARS = errors.EXCERPT_CHARS
_MESSAGE_CHARS = 1000
_CODE_RANGE = range(-(2**31), 2**31)
_CODE_TEXT = re.compile(r"-?[0-9]{1,10}")


def code_class(code: int) -> type[APIError] | None:
    """The exception class the spec's code table names for ``code`` (None if unknown)."""
    row = error_codes().get(code)
    cls = getattr(errors, row.error, None) if row is not None and row.error else None
    return cls if isinstance(cls, type) and issubclass(cls, APIError) else None


def transport_error(exc: httpx.TransportError) -> TransportError:
    """Translate an httpx transport exception; raise the result ``from exc`` to keep the cause.

    The failed request stays reachable as ``exc.request`` (``__cause__.request``): its
    credential headers are redacted in place, since it will not be sent again.
    """
    try:
        request = exc.request
    except RuntimeError:  # httpx raises this when the exception carries no request
        where = ""
    else:
        where = f" during {request.method} {redact_url(request.url)}"
        for name, value in redact_headers(request.headers.multi_items()).items():
            if request.headers.get(name) != value:
                request.headers[name] = value
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(scrub(f"{type(exc).__name__}{where}: {exc}"))


_STATUS_CLASSES: dict[int, type[APIError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    410: TaskExpiredError,
}


def _retry_after(headers: Mapping[str, str] | None) -> float | None:
    values = (v for k, v in (headers or {}).items() if str(k).lower() == "retry-after")
    return parse_retry_after(next(values, None))


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta seconds or an HTTP date), or None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        try:
            date = email.utils.parsedate_to_datetime(value)
            if date.tzinfo is None:  # "-0000": HTTP dates are in GMT anyway
                date = date.replace(tzinfo=dt.UTC)
            seconds = date.timestamp() - (time.time() if now is None else now)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        return max(0.0, seconds)
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def error_from_envelope(
    status_code: int,
    payload: Mapping[str, object],
    headers: Mapping[str, str] | None = None,
    *,
    body: str | None = None,
    retry_after: float | None = None,
) -> APIError:
    """Build the :class:`APIError` for a Kling error envelope ``{code, message, request_id}``.

    ``Retry-After`` is read from ``headers`` unless ``retry_after`` is given.
    """
    if retry_after is None:
        retry_after = _retry_after(headers)
    code = business_code(payload.get("code"))
    message = payload.get("message")
    request_id = request_id_of(payload)
    cls = code_class(code) if code is not None else None
    if cls is None or (status_code == 410 and issubclass(TaskExpiredError, cls)):
        # 410 Gone is more precise than any code of the not-found family (1203, 1200, ...).
        cls = ServerError if status_code >= 500 else _STATUS_CLASSES.get(status_code, APIError)
    return cls(
        excerpt(message, _MESSAGE_CHARS)
        if isinstance(message, str) and message.strip()
        else (httpx.codes.get_reason_phrase(status_code) or "HTTP error"),
        status_code=status_code,
        code=code,
        request_id=request_id,
        body=body,
        retry_after=retry_after,
    )


def error_from_response(
    status_code: int, body: bytes | str, headers: Mapping[str, str] | None = None
) -> APIError:
    """Map an error response to the right :class:`APIError` subclass. Never raises.

    A JSON object body is read as the Kling envelope; anything else (HTML from a proxy, a JSON list,
    malformed JSON) gives the status-based class with an excerpt of at most 200 characters in
    ``body``. ``Retry-After`` (seconds or HTTP date) is parsed into ``retry_after``.
    """
    if isinstance(body, str):
        body = body.encode("utf-8", errors="replace")
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError):
        payload = None
    if isinstance(payload, dict):
        return error_from_envelope(status_code, payload, headers)
    text = excerpt(body[: _EXCERPT_CHARS * 20].decode("utf-8", errors="replace")) or None
    return error_from_envelope(status_code, {}, headers, body=text)
