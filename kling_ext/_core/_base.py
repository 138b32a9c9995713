"""What the sync and async clients share: configuration, auth, retry policy, waiting set-up."""

from __future__ import annotations

import functools
import random
import ssl
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import httpx

from .._spec._families import Family, family
from .._spec._findings import Checks, checks
from .._transport._auth import ApiKeyAuth, KlingAuth
from .._transport._config import ClientConfig
from .._transport._redact import register_secret
from .._transport._retry import RetryPolicy
from ._polling import Deadline, PollSchedule, default_timeout
from ._safe_create import DEFAULT_COMMIT_WINDOW
from ._waiting import ManyWaitState, OnUpdate, WaitState

if TYPE_CHECKING:
    from .._spec._task import Task

DEFAULT_SCHEDULE = PollSchedule()
DEFAULT_MAX_CONNECTIONS = 20
"""Connections per client, and requests in flight at once. Requests beyond it queue in the client
rather than in httpcore's pool, whose queue handling is quadratic in the number waiting (1,000
concurrent waits made no progress at all without this; see bench/README.md)."""


class ClientOptions(TypedDict, total=False):
    """The options of :class:`~kling_ext.Kling` and :class:`~kling_ext.AsyncKling`."""

    api_key: str | None
    """API key from Kling's console; default ``KLING_API_KEY``. Wins over an access/secret pair."""
    access_key: str | None
    """Access key (legacy standard only); default ``KLING_ACCESS_KEY``."""
    secret_key: str | None
    """Secret key that signs the JWT; default ``KLING_SECRET_KEY``. Never logged or shown."""
    base_url: str | None
    """API root; default ``KLING_BASE_URL``, else the region's."""
    region: str | None
    """``global`` (default), ``cn`` or ``legacy``."""
    timeout: float | httpx.Timeout | None
    """Per-request timeout in seconds, or an ``httpx.Timeout``."""
    max_retries: int | None
    """Retries of reads and of refused creates (default 2)."""
    validate: bool
    """Check request bodies against the spec before sending (default True)."""
    strict: bool | None
    """Refuse request fields the spec does not know instead of warning; default ``KLING_STRICT``."""
    token_ttl: int
    """Lifetime of each JWT in seconds (default 1800)."""
    max_connections: int
    """Connections and requests in flight at once (default 20)."""
    poll_schedule: PollSchedule | None
    """How waits poll (backoff, jitter, caps)."""
    clock: Callable[[], float] | None
    """Monotonic clock for waits (tests inject a fake one)."""
    rng: random.Random | None
    """Random source for jitter and generated external ids' spread."""
    commit_window: float
    """Seconds to keep looking a create up by its external_task_id after its answer was lost,
    before re-sending it once (default 15; see the README's "never billed twice")."""


class ClientCore:
    """Configuration and policies of one client object; no I/O."""

    def __init__(self, **options: Unpack[ClientOptions]) -> None:
        unknown = sorted(set(options) - set(ClientOptions.__annotations__))
        if unknown:
            raise TypeError(f"unknown client option(s): {', '.join(unknown)}")
        api_key = options.get("api_key")
        access_key, secret_key = options.get("access_key"), options.get("secret_key")
        base_url, region = options.get("base_url"), options.get("region")
        timeout, max_retries = options.get("timeout"), options.get("max_retries")
        validate, token_ttl = options.get("validate", True), options.get("token_ttl", 1800)
        max_connections = options.get("max_connections", DEFAULT_MAX_CONNECTIONS)
        poll_schedule, clock, rng = (
            options.get("poll_schedule"),
            options.get("clock"),
            options.get("rng"),
        )
        self._config = ClientConfig.resolve(
            api_key=api_key,
            access_key=access_key,
            secret_key=secret_key,
            base_url=base_url,
            region=region,
            timeout=timeout,
            max_retries=max_retries,
            strict=options.get("strict"),
        )
        credentials = self._config.credentials
        for secret in credentials.secrets():
            register_secret(secret)
        self._auth: KlingAuth | ApiKeyAuth
        if credentials.api_key is not None:
            self._auth = ApiKeyAuth(credentials.api_key)
        else:
            assert credentials.access_key is not None and credentials.secret_key is not None
            self._auth = KlingAuth(credentials.access_key, credentials.secret_key, ttl=token_ttl)
        self._policy = RetryPolicy(max_retries=self._config.max_retries)
        self._validate = validate
        if isinstance(max_connections, bool) or not isinstance(max_connections, int):
            raise TypeError(f"max_connections must be an int, got {max_connections!r}")
        if max_connections < 1:
            raise ValueError(f"max_connections must be at least 1, got {max_connections}")
        self._max_connections = max_connections
        self._schedule = poll_schedule or DEFAULT_SCHEDULE
        self._clock = clock or time.monotonic
        self._rng = rng or random.Random()
        window = options.get("commit_window", DEFAULT_COMMIT_WINDOW)
        if isinstance(window, bool) or not isinstance(window, int | float) or not window >= 0:
            raise ValueError(f"commit_window must be a number of seconds >= 0, got {window!r}")
        self._commit_window = float(window)

    @property
    def base_url(self) -> str:
        """The API root every request goes to."""
        return self._config.base_url

    @property
    def max_retries(self) -> int:
        """How many times a failed request is retried (reads) or safely re-submitted (creates)."""
        return self._config.max_retries

    @property
    def commit_window(self) -> float:
        """Seconds a lost create is looked up before it is re-sent once (see ``commit_window``)."""
        return self._commit_window

    @property
    def auth(self) -> KlingAuth | ApiKeyAuth:
        """The ``httpx.Auth`` that signs requests (its repr never shows the secret or token)."""
        return self._auth

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={self.base_url!r} auth={self._auth!r}>"

    def _validates(self, override: bool | None) -> Checks:
        return checks(self._validate if override is None else override, self._config.strict)

    def _retry_delay(self, attempt: int, retry_after: float | None, limited: bool = False) -> float:
        minimum = self._policy.limit_min_delay if limited else 0.0
        return self._policy.delay(attempt, retry_after, self._rng, minimum=minimum)

    def _transport_options(self) -> dict[str, Any]:
        """Pool limits and the shared TLS context for the transports this client builds."""
        options: dict[str, Any] = {"limits": self._limits()}
        context = shared_ssl_context()
        if context is not None:
            options["verify"] = context
        return options

    def _limits(self) -> httpx.Limits:
        # Keep every connection alive: httpcore closes idle ones above the keep-alive limit by
        # counting all connections, which turns a busy pool into a new TCP connection per request.
        n = self._max_connections
        return httpx.Limits(max_connections=n, max_keepalive_connections=n)

    def _headers(self) -> dict[str, str]:
        return {"User-Agent": self._config.user_agent, "Accept": "application/json"}

    def _deadline(self, fam: Family, timeout: float | None) -> Deadline:
        return Deadline(default_timeout(fam.key) if timeout is None else timeout, self._clock)

    def _wait_state(
        self,
        fam: Family,
        task_id: str,
        timeout: float | None,
        on_update: OnUpdate | None,
        schedule: PollSchedule | None,
    ) -> WaitState:
        return WaitState(
            task_id, self._deadline(fam, timeout), schedule or self._schedule, self._rng, on_update
        )

    def _many_state(
        self,
        fam: Family,
        tasks: Iterable[Task | str],
        timeout: float | None,
        on_update: OnUpdate | None,
        schedule: PollSchedule | None,
    ) -> ManyWaitState:
        return ManyWaitState.start(
            tasks, self._deadline(fam, timeout), schedule or self._schedule, self._rng, on_update
        )


class SyncCore(ClientCore):
    """What resources need of a synchronous client: the core plus its blocking I/O."""

    _sleep: Callable[[float], None]

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        raise NotImplementedError  # pragma: no cover - Kling implements it


class AsyncCore(ClientCore):
    """What resources need of an asynchronous client: the core plus its awaitable I/O."""

    _sleep: Callable[[float], Awaitable[None]]

    async def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        raise NotImplementedError  # pragma: no cover - AsyncKling implements it


@functools.cache
def shared_ssl_context() -> ssl.SSLContext | None:
    """One TLS context (CA bundle loaded once, ~20-50 ms) for every client of the process.

    ``None`` with an httpx too old to build one (< 0.28): then each transport loads its own.
    """
    create = getattr(httpx, "create_ssl_context", None)
    return create() if create is not None else None


def resolve_family(value: Any) -> Family:
    """A family from its key, a :class:`Family` or a resource (``client.videos.text2video``)."""
    return family(getattr(value, "family", value))
