"""Retries for reads, as httpx transports that wrap the real one.

Only idempotent methods (GET, HEAD, OPTIONS) are retried: a create is a paid task, and a blind
retry of a POST could pay twice (creates are made safe by external_task_id look-ups instead).
A read is retried on connection errors, read timeouts and protocol errors, and on an error
response whose business code says "later" (1302, 1303, 5000-5002, or a 5xx without a known code).
Out of credits (1101, 1102), IP whitelist (1304) and other 429s are final. Waits use exponential
backoff with full jitter, or the server's ``Retry-After`` when it sends one.
"""

from __future__ import annotations

import dataclasses
import math
import random
import time
from collections.abc import Awaitable, Callable

import httpx

from kling_ext._errors import ConfigurationError
from kling_ext._transport._error_map import error_from_response
from kling_ext._transport._pool_gate import PoolGate
from kling_ext._transport._redact import logger

RETRY_BUDGET = "kling_retry_budget"
"""Request extension: seconds the retries of a read may sleep in all (a wait's time left)."""
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
READ_ONLY = "kling_read_only"
"""Request extension: a POST that only reads (the new standard's ``POST /tasks`` listing), retried
like a GET."""
RETRYABLE_EXCEPTIONS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadTimeout,
    httpx.ReadError,
    httpx.RemoteProtocolError,
)
"""Failures after which resending a read is safe. PoolTimeout is not here: the pool is local
and full, so waiting longer than the configured timeout only hides the overload."""
# FACTS 1.9 advises backing off at least one second after 1303; 1302 (too fast) likewise.
_LIMIT_CODES = frozenset({1302, 1303})


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """How many times to retry a read and how long to wait in between.

    ``delay(attempt)`` is uniform in ``[0, min(backoff_cap, backoff_base * 2**attempt)]`` (full
    jitter), or the server's ``Retry-After`` capped at ``retry_after_cap``. After a 1302/1303 the
    wait is at least ``limit_min_delay`` (but never above the cap).
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    retry_after_cap: float = 60.0
    limit_min_delay: float = 1.0

    def __post_init__(self) -> None:
        retries = self.max_retries
        if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
            raise ConfigurationError(f"max_retries must be an int >= 0, got {self.max_retries!r}")
        for name in ("backoff_base", "backoff_cap", "retry_after_cap", "limit_min_delay"):
            value = getattr(self, name)
            if not (isinstance(value, int | float) and math.isfinite(value) and value >= 0):
                raise ConfigurationError(f"{name} must be a finite number >= 0, got {value!r}")

    def delay(
        self,
        attempt: int,
        retry_after: float | None,
        rng: random.Random,
        *,
        minimum: float = 0.0,
    ) -> float:
        """Seconds to wait before retry number ``attempt`` (0 for the first retry). Pure."""
        if retry_after is not None and math.isfinite(retry_after) and retry_after >= 0:
            return min(retry_after, self.retry_after_cap)
        # 2**64 is far past any cap; bounding the exponent keeps the float finite.
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0 ** min(max(attempt, 0), 64))
        return max(rng.uniform(0.0, ceiling), min(minimum, self.backoff_cap))


Verdict = tuple[str, float | None, bool]
"""Why a read is retried: (reason for the log, Retry-After seconds, whether 1302/1303)."""


def _verdict(response: httpx.Response) -> Verdict | None:
    """The retry verdict for a 429 or 5xx response whose body has been read, else None."""
    error = error_from_response(response.status_code, response.content, response.headers)
    if not error.retryable:
        return None
    code = f" code {error.code}" if error.code is not None else ""
    reason = f"HTTP {response.status_code}{code}"
    return reason, error.retry_after, error.code in _LIMIT_CODES


def _wants_body(response: httpx.Response) -> bool:
    return response.status_code == 429 or response.status_code >= 500


async def _anyio_sleep(seconds: float) -> None:
    import anyio  # on first use: the sync client never needs it

    await anyio.sleep(seconds)


class _RetryBase:
    def __init__(self, policy: RetryPolicy | None, rng: random.Random | None) -> None:
        self.policy = policy or RetryPolicy()
        self.rng = rng or random.Random()
        self.retry_count = 0

    def _plan(self, request: httpx.Request, attempt: int, verdict: Verdict) -> float:
        reason, retry_after, limited = verdict
        minimum = self.policy.limit_min_delay if limited else 0.0
        delay = self.policy.delay(attempt, retry_after, self.rng, minimum=minimum)
        self.retry_count += 1
        logger.info(
            "retrying %s %s in %.2f s (retry %d of %d): %s",
            request.method,
            request.url.path,
            delay,
            attempt + 1,
            self.policy.max_retries,
            reason,
        )
        return delay


class RetryTransport(_RetryBase, httpx.BaseTransport):
    """Wraps a sync transport and retries reads; POST and other methods pass straight through.

    After the last attempt the last response is returned, or the last exception re-raised.
    ``sleep`` and ``rng`` are injectable; ``retry_count`` counts retries made.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(policy, rng)
        self.transport = transport or httpx.HTTPTransport()
        self.sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying it when it is a read and the failure is transient."""
        if request.method not in IDEMPOTENT_METHODS and not request.extensions.get(READ_ONLY):
            return self.transport.handle_request(request)
        attempt, slept = 0, 0.0
        budget = request.extensions.get(RETRY_BUDGET)
        while True:
            response = None
            try:
                response = self.transport.handle_request(request)
                if attempt >= self.policy.max_retries:
                    return response
                # Read inside the try: a body cut off mid-way is retried like any read failure
                # (API bodies are small JSON; result downloads use another client).
                response.read()
            except RETRYABLE_EXCEPTIONS as exc:
                if response is not None:
                    response.close()
                if attempt >= self.policy.max_retries:
                    raise
                delay = self._plan(request, attempt, (type(exc).__name__, None, False))
                if budget is not None and slept + delay > budget:
                    raise
            else:
                checked = _verdict(response) if _wants_body(response) else None
                if checked is None:
                    return response
                delay = self._plan(request, attempt, checked)
                if budget is not None and slept + delay > budget:
                    return response  # already read: the caller maps it to its error
                response.close()
            self.sleep(delay)
            slept += delay
            attempt += 1

    def close(self) -> None:
        """Close the wrapped transport."""
        self.transport.close()


class AsyncRetryTransport(_RetryBase, httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`; ``sleep`` is awaited (``anyio.sleep`` default)."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        policy: RetryPolicy | None = None,
        *,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(policy, rng)
        self.transport = transport or httpx.AsyncHTTPTransport()
        self.sleep = sleep if sleep is not None else _anyio_sleep
        # httpcore's own pool: claim its connections one request at a time (see _pool_gate).
        self._gate = PoolGate() if isinstance(self.transport, httpx.AsyncHTTPTransport) else None

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        if self._gate is None:
            return await self.transport.handle_async_request(request)
        return await self._gate.send(self.transport, request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying it when it is a read and the failure is transient."""
        if request.method not in IDEMPOTENT_METHODS and not request.extensions.get(READ_ONLY):
            if self._gate is None:  # _send_once, inlined: a create's path is one await shorter
                return await self.transport.handle_async_request(request)
            return await self._gate.send(self.transport, request)
        attempt, slept = 0, 0.0
        budget = request.extensions.get(RETRY_BUDGET)
        while True:
            response = None
            try:
                response = await self._send_once(request)
                if attempt >= self.policy.max_retries:
                    return response
                await response.aread()  # see handle_request
            except RETRYABLE_EXCEPTIONS as exc:
                if response is not None:
                    await response.aclose()
                if attempt >= self.policy.max_retries:
                    raise
                delay = self._plan(request, attempt, (type(exc).__name__, None, False))
                if budget is not None and slept + delay > budget:
                    raise
            else:
                checked = _verdict(response) if _wants_body(response) else None
                if checked is None:
                    return response
                delay = self._plan(request, attempt, checked)
                if budget is not None and slept + delay > budget:
                    return response  # already read: the caller maps it to its error
                await response.aclose()
            await self.sleep(delay)
            slept += delay
            attempt += 1

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.transport.aclose()
