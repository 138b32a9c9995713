"""The one exception hierarchy of the kling client, and the pure mapping from responses to it.

::

    KlingError(Exception)
    ├── ConfigurationError(ValueError)   no credentials, bad base URL or region, bad option
    ├── APIError                         the API refused: code, message, request_id, status_code
    │   ├── AuthenticationError          1000-1004 (HTTP 401)
    │   ├── AccountError                 1100
    │   │   └── InsufficientBalanceError 1101, 1102 (arrears, resource pack used up)
    │   ├── PermissionDeniedError        1103 (HTTP 403)
    │   ├── InvalidRequestError          1200-1202 (HTTP 400 without a known code)
    │   │   └── NotFoundError            1203 (HTTP 404 without a known code)
    │   ├── ContentPolicyError           1300, 1301
    │   ├── RateLimitError               1302                       retryable
    │   ├── ConcurrencyLimitError        1303                       retryable
    │   ├── IPWhitelistError             1304
    │   ├── ServerError                  5000-5002, 5xx without a known code: retryable
    │   └── UnexpectedResponseError      a body we cannot read (not JSON, ``data`` of a wrong shape)
    ├── TransportError                   no usable HTTP response (wraps httpx errors)
    │   ├── APIConnectionError
    │   └── APITimeoutError(TimeoutError)
    ├── ValidationError(ValueError)      refused before sending: problems [(path, rule), ...]
    ├── TaskFailedError                  the task ended in ``failed``: task_id, task_status_msg
    ├── WaitTimeoutError(TimeoutError)   we stopped waiting: task_id, last_status, waited
    └── DownloadError                    url (query string removed), path
        └── ResultExpiredError           404 from the file host: results are deleted after 30 days

Classes are chosen from Kling's business code first (FACTS 1.9) and from the HTTP status only when
the code is missing or unknown. :func:`error_from_response` never raises, whatever the body.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import math
import re
import time
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from kling_ext._redact import redact_url

RETRYABLE_CODES = frozenset({1302, 1303, 5000, 5001, 5002})
"""Business codes worth retrying: rate limit, concurrency limit, server trouble."""

_EXCERPT_CHARS = 200
_MESSAGE_CHARS = 1000
_CODE_RANGE = range(-(2**31), 2**31)
_CODE_TEXT = re.compile(r"-?[0-9]{1,10}")


class KlingError(Exception):
    """Base class of every error raised by the kling client."""


class ConfigurationError(KlingError, ValueError):
    """The client cannot be configured: missing credentials, bad base URL, region or option."""


class APIError(KlingError):
    """The Kling API refused a request (an error envelope, or an error status without one)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: int | None = None,
        request_id: str | None = None,
        body: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = code
        self.request_id = request_id
        self.body = body
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        """True when the same request may succeed later (rate, concurrency or server trouble)."""
        if self.code in _CODE_CLASSES:
            return self.code in RETRYABLE_CODES
        return self.status_code >= 500

    def __str__(self) -> str:
        code = f" {self.code}" if self.code is not None else ""
        text = f"Kling API error{code} (HTTP {self.status_code}): {self.message}"
        if self.body:
            text += f"; body: {self.body!r}"
        if self.request_id:
            text += f" [request_id={self.request_id}]"
        return text


class AuthenticationError(APIError):
    """1000-1004: the Authorization header is missing, invalid, not yet valid or expired."""


class AccountError(APIError):
    """1100: the account is abnormal."""


class InsufficientBalanceError(AccountError):
    """1101 (post-paid account in arrears) or 1102 (resource pack used up or expired)."""


class PermissionDeniedError(APIError):
    """1103: no permission for this API or model."""


class InvalidRequestError(APIError):
    """1200-1202: invalid parameters or HTTP method."""


class NotFoundError(InvalidRequestError):
    """1203: the resource (task, model) does not exist."""


class ContentPolicyError(APIError):
    """1300-1301: a platform or content-safety policy refused the input."""


class RateLimitError(APIError):
    """1302: requests too fast. Retryable after a pause."""


class ConcurrencyLimitError(APIError):
    """1303: more tasks in progress than the resource pack allows. Retryable after a pause."""


class IPWhitelistError(APIError):
    """1304: the IP whitelist policy refused the caller."""


class ServerError(APIError):
    """5000-5002, or a 5xx without a known code: the server failed. Retryable."""


class UnexpectedResponseError(APIError):
    """The response does not have the documented shape; ``body`` keeps an excerpt of it."""

    @classmethod
    def from_body(cls, status_code: int, content: bytes, reason: str) -> UnexpectedResponseError:
        """For a raw body that is not a JSON envelope."""
        text = content[: _EXCERPT_CHARS * 20].decode("utf-8", errors="replace")
        return cls(reason, status_code=status_code, body=_excerpt(text) or None)

    @classmethod
    def from_payload(
        cls, status_code: int, payload: Mapping[str, object], reason: str
    ) -> UnexpectedResponseError:
        """For a JSON envelope whose content is not what the spec says."""
        envelope = error_from_envelope(status_code, payload)
        try:
            text = json.dumps(payload, ensure_ascii=False, default=repr)
        except (TypeError, ValueError, RecursionError):
            text = ""
        return cls(
            reason,
            status_code=status_code,
            code=envelope.code,
            request_id=envelope.request_id,
            body=_excerpt(text) or None,
        )


class TransportError(KlingError):
    """No usable HTTP response: the connection failed or timed out (the cause is chained)."""


class APIConnectionError(TransportError):
    """The connection could not be made or broke."""


class APITimeoutError(TransportError, TimeoutError):
    """A connect, read, write or pool timeout expired."""


def transport_error(exc: httpx.TransportError) -> TransportError:
    """Translate an httpx transport exception; raise the result ``from exc`` to keep the cause."""
    try:
        where = f" during {exc.request.method} {redact_url(exc.request.url)}"
    except RuntimeError:  # httpx raises this when the exception carries no request
        where = ""
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(f"{type(exc).__name__}{where}: {exc}")


class ValidationError(KlingError, ValueError):
    """The request was refused before sending; ``problems`` lists (field path, rule) pairs."""

    def __init__(self, problems: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> None:
        self.problems: tuple[tuple[str, str], ...] = tuple(problems)
        super().__init__("; ".join(f"{p}: {rule}" if p else rule for p, rule in self.problems))


class TaskFailedError(KlingError):
    """The task ended with ``task_status == "failed"``; ``task_status_msg`` says why."""

    def __init__(self, task_id: str, task_status_msg: str | None, task: Any = None) -> None:
        self.task_id, self.task_status_msg, self.task = task_id, task_status_msg, task
        super().__init__(f"task {task_id} failed: {task_status_msg or 'no reason given'}")


class WaitTimeoutError(KlingError, TimeoutError):
    """We stopped waiting; the task may still finish. Resume by waiting on ``task_id`` again.

    ``pending`` lists every task id still unfinished when waiting on several.
    """

    def __init__(
        self, task_id: str, last_status: str | None, waited: float, *, pending: Sequence[str] = ()
    ) -> None:
        self.task_id, self.last_status, self.waited = task_id, last_status, waited
        self.pending = tuple(pending)
        others = f", {len(self.pending) - 1} more pending" if len(self.pending) > 1 else ""
        super().__init__(
            f"stopped waiting for task {task_id} after {waited:.1f} s (last status: "
            f"{last_status or 'unknown'}{others}); it may still finish: wait on its id to resume"
        )


class DownloadError(KlingError):
    """A result file could not be downloaded. ``url`` has its query string removed."""

    def __init__(self, message: str, *, url: str, path: str | None = None) -> None:
        self.url = redact_url(url)
        self.path = path
        super().__init__(f"{message} ({self.url})")


class ResultExpiredError(DownloadError):
    """The file host answered 404: Kling deletes generated files 30 days after generation."""

    def __init__(self, *, url: str, path: str | None = None) -> None:
        message = "result file not found (HTTP 404); Kling deletes results 30 days after generation"
        super().__init__(message, url=url, path=path)


_CODE_CLASSES: dict[int, type[APIError]] = {
    **dict.fromkeys(range(1000, 1005), AuthenticationError),
    1100: AccountError,
    **dict.fromkeys((1101, 1102), InsufficientBalanceError),
    1103: PermissionDeniedError,
    **dict.fromkeys(range(1200, 1203), InvalidRequestError),
    1203: NotFoundError,
    **dict.fromkeys((1300, 1301), ContentPolicyError),
    1302: RateLimitError,
    1303: ConcurrencyLimitError,
    1304: IPWhitelistError,
    **dict.fromkeys(range(5000, 5003), ServerError),
}
_STATUS_CLASSES: dict[int, type[APIError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
}


def _as_code(value: object) -> int | None:
    """Read a business code leniently: an int, an integral float or a string of digits."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    elif isinstance(value, str):
        value = int(value) if _CODE_TEXT.fullmatch(value.strip()) else None
    return value if isinstance(value, int) and value in _CODE_RANGE else None


def _excerpt(text: str, limit: int = _EXCERPT_CHARS) -> str:
    text = " ".join(text[: limit * 20].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
    code = _as_code(payload.get("code"))
    message = payload.get("message")
    request_id = payload.get("request_id")
    if isinstance(request_id, int) and not isinstance(request_id, bool):
        request_id = str(request_id) if abs(request_id) < 10**40 else None
    cls = _CODE_CLASSES.get(code) if code is not None else None
    if cls is None:
        cls = ServerError if status_code >= 500 else _STATUS_CLASSES.get(status_code, APIError)
    return cls(
        _excerpt(message, _MESSAGE_CHARS)
        if isinstance(message, str) and message.strip()
        else (httpx.codes.get_reason_phrase(status_code) or "HTTP error"),
        status_code=status_code,
        code=code,
        request_id=_excerpt(request_id) if isinstance(request_id, str) and request_id else None,
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
    excerpt = _excerpt(body[: _EXCERPT_CHARS * 20].decode("utf-8", errors="replace")) or None
    return error_from_envelope(status_code, {}, headers, body=excerpt)
