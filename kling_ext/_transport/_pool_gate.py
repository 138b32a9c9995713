"""One request at a time claims a connection of httpcore's async pool (the rest run in parallel).

httpcore 1.0's pool assigns every queued request to the first *idle* connection it finds, and a
connection stays idle until the request assigned to it actually starts. When several requests
enter the pool within one turn of the event loop (many concurrent waits do), they are all given
the same connection; all but one fail with ``ConnectionNotAvailable`` and go round again, each
round re-checking every connection (a ``getpeername`` and a ``poll`` per idle one). With 300
concurrent waits on 20 connections that was about three failed claims per request and a third of
the client's CPU (bench/README.md, figure 7).

:class:`PoolGate` lets one request at a time into the pool, and lets the next one in as soon as the
first has a connection: at the request's first httpcore trace event (``connect_tcp`` for a new
connection, ``send_request_headers`` for a reused one). Sending, waiting for the answer and
reading it stay fully concurrent. Only used in front of ``httpx.AsyncHTTPTransport``, whose pool
(sized like the client's in-flight limit) never makes a request wait for a free connection.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import anyio

Trace = Callable[[str, dict[str, Any]], Awaitable[None]]


class PoolGate:
    """Serialises only the claim of a connection in an async httpcore pool."""

    def __init__(self) -> None:
        self._lock: anyio.Lock | None = None  # made on first use: needs a running event loop

    async def send(
        self, transport: httpx.AsyncBaseTransport, request: httpx.Request
    ) -> httpx.Response:
        """``transport.handle_async_request(request)``, entering the pool one at a time."""
        import anyio  # cached after the first call; the sync client never needs anyio

        if self._lock is None:
            self._lock = anyio.Lock()
        lock = self._lock
        original = request.extensions
        user_trace: Trace | None = original.get("trace")
        held = True

        async def trace(event: str, info: dict[str, Any]) -> None:
            nonlocal held
            if held:  # the request has its connection: let the next one in
                held = False
                lock.release()
                # httpcore reads this very dict for each later event: without our hook there,
                # it skips its tracing work (~50 us a request) unless the caller traces.
                if user_trace is None:
                    extensions.pop("trace", None)
                else:
                    extensions["trace"] = user_trace
            if user_trace is not None:
                await user_trace(event, info)

        try:
            lock.acquire_nowait()  # no other claim in progress: no checkpoint, no loop turn
        except anyio.WouldBlock:
            await lock.acquire()
        extensions = request.extensions = {**original, "trace": trace}
        try:
            return await transport.handle_async_request(request)
        finally:
            request.extensions = original
            if held:
                held = False
                lock.release()
