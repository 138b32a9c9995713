"""An in-process transport for ``Kling`` and ``AsyncKling`` alike: the simulator without a port.

The app runs on a private event loop in a daemon thread, whoever calls: a sync client blocks on
the answer, an async one awaits it from a worker thread (any anyio backend). So the simulator keeps
one loop for its whole life (callbacks, slow answers) and neither client needs a server.
"""

from __future__ import annotations

import asyncio
import threading
from typing import TYPE_CHECKING, Any

import anyio.to_thread
import httpx

from ._wire import DroppedConnection

if TYPE_CHECKING:
    from starlette.applications import Starlette

_Answer = tuple[int, list[tuple[bytes, bytes]], bytes]


class InProcessTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Pass it as ``transport=`` to ``Kling`` or ``AsyncKling`` (``create_app`` builds the app).

    Responses are read whole. A connection the simulator drops on purpose comes out as
    ``httpx.RemoteProtocolError`` carrying the request, as it does over a socket.
    """

    def __init__(self, app: Starlette) -> None:
        self._app = app
        self._inner = httpx.ASGITransport(app=app)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                thread = threading.Thread(
                    target=loop.run_forever, name="kling-mock-in-process", daemon=True
                )
                thread.start()
                self._loop, self._thread = loop, thread
            return self._loop

    async def _answer(self, request: httpx.Request) -> _Answer:
        response = await self._inner.handle_async_request(request)
        body = await response.aread()
        return response.status_code, response.headers.raw, body

    def _call(self, request: httpx.Request) -> _Answer:
        future = asyncio.run_coroutine_threadsafe(self._answer(request), self._running_loop())
        try:
            return future.result()
        except DroppedConnection as exc:
            raise httpx.RemoteProtocolError(str(exc), request=request) from None

    @staticmethod
    def _response(answer: _Answer) -> httpx.Response:
        status, headers, body = answer
        return httpx.Response(status, headers=headers, content=body)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request (sync clients)."""
        request.read()
        return self._response(self._call(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request (async clients)."""
        await request.aread()
        return self._response(await anyio.to_thread.run_sync(self._call, request))

    def close(self) -> None:
        """Stop the simulator's pending work (callbacks) and its loop; reopened on next use."""
        with self._lock:
            loop, thread, self._loop, self._thread = self._loop, self._thread, None, None
        if loop is None or thread is None:
            return
        sim: Any = self._app.state.simulator
        asyncio.run_coroutine_threadsafe(sim.aclose(), loop).result()
        loop.call_soon_threadsafe(loop.stop)
        thread.join()
        loop.close()

    async def aclose(self) -> None:
        """Async twin of :meth:`close`."""
        await anyio.to_thread.run_sync(self.close)


class BorrowedTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An :class:`InProcessTransport` lent to clients: closing a client leaves it running."""

    def __init__(self, owner: InProcessTransport) -> None:
        self.owner = owner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request (sync clients)."""
        return self.owner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request (async clients)."""
        return await self.owner.handle_async_request(request)

    def close(self) -> None:
        """Nothing: the owner closes the transport."""

    async def aclose(self) -> None:
        """Nothing: the owner closes the transport."""
