"""The one exception hierarchy of the kling client (the mapping to it: ``_transport/_error_map``).

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
    │   │       └── TaskExpiredError     HTTP 410: the task or result existed and is gone
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
    ├── TaskNotFinishedError             results asked of a task still running: task_id, task_status
    ├── WaitTimeoutError(TimeoutError)   we stopped waiting: task_id, last_status, waited
    ├── WebhookVerificationError         a signed callback that does not verify
    └── DownloadError                    url (query string removed), path
        └── ResultExpiredError           404 from the file host: results are deleted after 30 days

Classes are chosen from Kling's business code first, by the spec's code table (``x-kling-codes``),
and from the HTTP status only when the code is missing or unknown.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ._spec._codes import error_codes
from ._transport._redact import redact_url, scrub

EXCERPT_CHARS = 200
"""Longest excerpt of a response body kept in an error."""


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters, secrets scrubbed before the cut (a cut
    secret would no longer be recognised)."""
    words = text[: limit * 20].split()
    if len(text) > limit * 20 and len(words) > 1:
        words.pop()  # perhaps a cut secret, and collapsed whitespace may bring it in reach
    text = scrub(" ".join(words))
    return text if len(text) <= limit else text[: limit - 1] + "…"


_CODE_RANGE = range(-(2**31), 2**31)
_CODE_TEXT = re.compile(r"-?[0-9]{1,10}")


def business_code(value: object) -> int | None:
    """Read a business code leniently: an int, an integral float or a string of digits."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    elif isinstance(value, str):
        value = int(value) if _CODE_TEXT.fullmatch(value.strip()) else None
    return value if isinstance(value, int) and value in _CODE_RANGE else None


def request_id_of(payload: Mapping[str, object]) -> str | None:
    """The envelope's ``request_id`` as text (a number is accepted), cut to an excerpt."""
    value = payload.get("request_id")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value) if abs(value) < 10**40 else None
    return excerpt(value) if isinstance(value, str) and value else None


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
        # Server text may echo the credentials back (a proxy, a debug page): never keep them.
        message = scrub(message)
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.code = code
        self.request_id = None if request_id is None else scrub(request_id)
        self.body = None if body is None else scrub(body)
        self.retry_after = retry_after

    @property
    def retryable(self) -> bool:
        """True when the same request may succeed later (rate, concurrency or server trouble)."""
        row = error_codes().get(self.code) if self.code is not None else None
        return row.retryable if row is not None else self.status_code >= 500

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


class TaskExpiredError(NotFoundError):
    """HTTP 410 Gone: the task (or its result) existed and has expired; Kling keeps generated
    results 30 days (FACTS 1.11). Chosen for a 410 whatever the body says, unless its business
    code names a class outside the not-found family (a rate limit stays a rate limit). A
    :class:`NotFoundError`, so code that handles "unknown task" handles it too."""


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
        text = content[: EXCERPT_CHARS * 20].decode("utf-8", errors="replace")
        return cls(reason, status_code=status_code, body=excerpt(text) or None)

    @classmethod
    def from_payload(
        cls, status_code: int, payload: Mapping[str, object], reason: str
    ) -> UnexpectedResponseError:
        """For a JSON envelope whose content is not what the spec says."""
        try:
            text = json.dumps(payload, ensure_ascii=False, default=repr)
        except (TypeError, ValueError, RecursionError):
            text = ""
        return cls(
            reason,
            status_code=status_code,
            code=business_code(payload.get("code")),
            request_id=request_id_of(payload),
            body=excerpt(text) or None,
        )


class TransportError(KlingError):
    """No usable HTTP response: the connection failed or timed out (the cause is chained)."""


class APIConnectionError(TransportError):
    """The connection could not be made or broke."""


class APITimeoutError(TransportError, TimeoutError):
    """A connect, read, write or pool timeout expired."""


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


class TaskNotFinishedError(KlingError):
    """Results were asked of a task that has not ended (``submitted``, ``processing`` or a status
    this client does not know): wait for it first."""

    def __init__(self, task_id: str, task_status: str | None) -> None:
        self.task_id, self.task_status = task_id, task_status
        super().__init__(
            f"task {task_id} has no results yet (status: {task_status or 'unknown'}): "
            "wait for it to succeed first"
        )


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


class AmbiguousCreateError(KlingError):
    """A create may or may not have made a paid task, and the client could not tell.

    Raised instead of risking a second paid task: the answer was lost (timeout, dropped
    connection, 5xx) and the look-ups by ``external_task_id`` during the commit window neither
    found the task nor could rule it out (a re-submission was already made, the server said the id
    is taken, or the look-ups failed). Reconcile later with
    ``client.<family>.get(external_task_id)``; ``__cause__`` is the last failure.
    """

    def __init__(self, external_task_id: str, family: str, reason: str) -> None:
        self.external_task_id, self.family = external_task_id, family
        super().__init__(
            f"the {family} create may have made a task that could not be found yet ({reason}); "
            f"it was not re-sent, to avoid paying twice: look it up later by external_task_id "
            f"{external_task_id!r}"
        )


class WebhookVerificationError(KlingError):
    """A signed callback failed verification: a header missing or malformed, no signature
    matching, a timestamp outside the tolerance, or a body that is not a JSON task object."""


class DownloadError(KlingError):
    """A result file could not be downloaded. ``url`` has its query string removed."""

    def __init__(self, message: str, *, url: str, path: str | None = None) -> None:
        self.url = redact_url(url)
        self.path = path
        super().__init__(f"{message} ({self.url})")


class ResultExpiredError(DownloadError):
    """The file host answered 404 or 410: Kling deletes generated files 30 days after
    generation."""

    def __init__(self, *, url: str, path: str | None = None, status: int = 404) -> None:
        message = (
            f"result file not found (HTTP {status}); Kling deletes results 30 days after generation"
        )
        super().__init__(message, url=url, path=path)
