"""HTTP-level pieces: envelopes, and responses that break the connection on purpose.

Breaking a connection needs the server's socket, which ASGI does not expose. Under uvicorn the
``send`` callable handed to the app is a bound method of uvicorn's request/response cycle, which
holds the asyncio transport; ``SimulatorApp`` keeps that raw ``send`` in the scope so a response can
close the transport. uvicorn then sends nothing more because it sees the client as disconnected,
and httpx raises ``RemoteProtocolError``. In-process (httpx.ASGITransport, no socket) the same
responses raise ``DroppedConnection`` instead, which is an ``httpx.RemoteProtocolError``.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from ._errors import http_status

RAW_SEND = "kling_mock.raw_send"


class DroppedConnection(httpx.RemoteProtocolError):
    """In-process stand-in for a connection the simulator dropped on purpose."""


class SimulatorApp(Starlette):
    """A Starlette app that remembers the server's own ``send`` for connection faults."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope[RAW_SEND] = send
        await super().__call__(scope, receive, send)


def envelope(data: Any) -> JSONResponse:
    """A success envelope (HTTP 200, code 0)."""
    return JSONResponse(
        {"code": 0, "message": "SUCCEED", "request_id": str(uuid.uuid4()), "data": data}
    )


def error(code: int, message: str) -> JSONResponse:
    """An error envelope with the HTTP status that goes with ``code``."""
    body = {"code": code, "message": message, "request_id": str(uuid.uuid4())}
    return JSONResponse(body, status_code=http_status(code))


async def drop_connection(scope: Scope) -> None:
    """Close the client's connection now; raise DroppedConnection when there is no socket."""
    cycle = getattr(scope.get(RAW_SEND), "__self__", None)
    transport = getattr(cycle, "transport", None)
    if not isinstance(transport, asyncio.BaseTransport):
        raise DroppedConnection("connection dropped by the simulator")
    transport.close()  # flushes what was written, then FIN
    for _ in range(200):  # let uvicorn see connection_lost before the app returns
        if getattr(cycle, "disconnected", True):
            return
        await asyncio.sleep(0.001 if _ > 100 else 0)


class DropResponse(Response):
    """No response at all: the connection is closed before a byte is sent."""

    def __init__(self) -> None:
        super().__init__(b"")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await drop_connection(scope)


class TruncatedResponse(Response):
    """Announces the full Content-Length, sends part of the body, then closes the socket."""

    def __init__(self, content: bytes, media_type: str, fraction: float) -> None:
        super().__init__(content, media_type=media_type)
        self._sent = int(len(content) * fraction)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        part = self.body[: self._sent]
        await send({"type": "http.response.body", "body": part, "more_body": True})
        await drop_connection(scope)


class SimulatorTransport(httpx.AsyncBaseTransport):
    """An in-process httpx transport for a simulator app (no port).

    Dropped connections come out as ``httpx.RemoteProtocolError`` carrying the request, as they do
    over a real socket.
    """

    def __init__(self, app: Starlette) -> None:
        self._inner = httpx.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request to the app."""
        try:
            return await self._inner.handle_async_request(request)
        except DroppedConnection as exc:
            raise httpx.RemoteProtocolError(str(exc), request=request) from None

    async def aclose(self) -> None:
        """Close the inner transport."""
        await self._inner.aclose()
