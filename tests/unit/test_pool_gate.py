"""PoolGate: requests claim connections of httpcore's async pool one at a time (no thrash)."""

from __future__ import annotations

from typing import Any

import anyio
import anyio.abc
import httpx
import pytest

from kling_ext._transport._pool_gate import PoolGate
from kling_ext._transport._retry import AsyncRetryTransport

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Scripted(httpx.AsyncHTTPTransport):
    """An AsyncHTTPTransport whose requests wait for a go-ahead, then trace, then answer."""

    def __init__(self) -> None:
        super().__init__()
        self.go: dict[str, anyio.Event] = {}
        self.entered: list[str] = []
        self.traced: list[bool] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        name = request.url.path
        self.entered.append(name)
        if name == "/fails":
            raise httpx.ConnectError("refused", request=request)
        if name in self.go:
            await self.go[name].wait()
        for event in ("send_request_headers.started", "send_request_headers.complete"):
            trace = request.extensions.get("trace")  # read per event, as httpcore's Trace does
            self.traced.append(trace is not None)
            if trace is not None:
                await trace(f"http11.{event}", {})
        return httpx.Response(200, text=name)


async def test_only_httpcore_pools_are_gated() -> None:
    assert AsyncRetryTransport(httpx.AsyncHTTPTransport())._gate is not None
    mock = httpx.MockTransport(lambda request: httpx.Response(200))
    assert AsyncRetryTransport(mock)._gate is None


async def test_the_next_request_enters_once_the_first_has_its_connection() -> None:
    inner, gate = Scripted(), PoolGate()
    inner.go["/a"] = anyio.Event()
    answers: list[str] = []

    async def send(path: str) -> None:
        answers.append((await gate.send(inner, httpx.Request("GET", "http://x" + path))).text)

    async with anyio.create_task_group() as group:
        group.start_soon(send, "/a")
        await anyio.wait_all_tasks_blocked()
        group.start_soon(send, "/b")
        await anyio.wait_all_tasks_blocked()
        assert inner.entered == ["/a"]  # /b waits at the gate while /a claims a connection
        inner.go["/a"].set()
    assert inner.entered == ["/a", "/b"]
    assert sorted(answers) == ["/a", "/b"]


async def test_a_failed_claim_opens_the_gate_and_user_traces_still_run() -> None:
    inner, gate = Scripted(), PoolGate()
    with pytest.raises(httpx.ConnectError):
        await gate.send(inner, httpx.Request("GET", "http://x/fails"))
    seen: list[str] = []

    async def user_trace(event: str, info: dict[str, Any]) -> None:
        seen.append(event)

    request = httpx.Request("GET", "http://x/ok", extensions={"trace": user_trace})
    with anyio.fail_after(5):  # would hang if the failed request had kept the gate
        response = await gate.send(inner, request)
    assert response.text == "/ok"
    assert seen == ["http11.send_request_headers.started", "http11.send_request_headers.complete"]
    assert request.extensions["trace"] is user_trace  # restored


async def test_the_gate_stops_tracing_once_the_connection_is_claimed() -> None:
    inner, gate = Scripted(), PoolGate()
    request = httpx.Request("GET", "http://x/a")
    await gate.send(inner, request)
    assert inner.traced == [True, False]  # httpcore skips its tracing work after the claim
    assert "trace" not in request.extensions


async def test_many_concurrent_requests_through_a_real_pool() -> None:
    body = b'{"ok": true}'
    answer = b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)

    async def serve(stream: anyio.abc.ByteStream) -> None:
        buffer = b""
        async with stream:
            try:
                while True:
                    buffer += await stream.receive()
                    while b"\r\n\r\n" in buffer:
                        _, buffer = buffer.split(b"\r\n\r\n", 1)
                        await stream.send(answer)
            except (anyio.EndOfStream, anyio.BrokenResourceError):
                return

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    transport = AsyncRetryTransport(
        httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=4))
    )
    async with listener, anyio.create_task_group() as group:
        group.start_soon(listener.serve, serve)
        async with httpx.AsyncClient(transport=transport) as client:
            results: list[int] = []

            async def get() -> None:
                results.append((await client.get(f"http://127.0.0.1:{port}/")).status_code)

            with anyio.fail_after(20):
                async with anyio.create_task_group() as requests:
                    for _ in range(40):
                        requests.start_soon(get)
        group.cancel_scope.cancel()
    assert results == [200] * 40
