"""Shared fakes of the client behaviour tests: payloads, fake time, clients on a respx router.

Every test body runs against :class:`~kling_ext.Kling` and :class:`~kling_ext.AsyncKling`: a body
is an ``async def`` that passes each client call through :func:`call` (which awaits what the async
client returns and passes the sync client's results through) and each iterator through
:func:`collect`. Clients talk to a ``respx.Router`` through ``httpx.MockTransport``; they sleep
with :class:`FakeTime` (which records the delays and advances a fake monotonic clock).
"""

from __future__ import annotations

import contextlib
import inspect
import json
import random
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import jwt
import respx

from kling_ext import AsyncKling, Kling

BASE = "https://api.test"
ACCESS_KEY = "ak-test-0123456789"
# 32 bytes (PyJWT warns on shorter HMAC keys), and neither a prefix nor an extension of the fake
# secrets of other test folders: the kling logger scrubs every secret registered in the process.
SECRET_KEY = "sk-client-fake-0123456789abcdefX"
T2V = "/v1/videos/text2video"
MODES = ("sync", "async")
EXT_ID_PATTERN = r"kling-py-[0-9a-f]{32}"


def envelope(
    data: Any, *, code: int = 0, message: str = "SUCCEED", request_id: str = "req-ok"
) -> dict[str, Any]:
    """A Kling response envelope."""
    return {"code": code, "message": message, "request_id": request_id, "data": data}


def ok(data: Any, **kwargs: Any) -> httpx.Response:
    """A 200 response carrying ``data`` in a success envelope."""
    return httpx.Response(200, json=envelope(data, **kwargs))


def api_error(
    status: int,
    code: int,
    message: str = "refused",
    request_id: str = "req-err",
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """An error envelope with HTTP ``status`` and business ``code``."""
    body = {"code": code, "message": message, "request_id": request_id}
    return httpx.Response(status, json=body, headers=headers)


def task(
    task_id: str = "t-1",
    status: str = "submitted",
    *,
    external_id: str | None = None,
    msg: str | None = None,
    videos: list[dict[str, Any]] | None = None,
    images: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A task object as the API sends it."""
    data: dict[str, Any] = {"task_id": task_id, "task_status": status, "created_at": 1}
    if external_id is not None:
        data["task_info"] = {"external_task_id": external_id}
    if msg is not None:
        data["task_status_msg"] = msg
    if videos is not None or images is not None:
        data["task_result"] = {"videos": videos or [], "images": images or []}
    return data


def json_body(request: httpx.Request) -> dict[str, Any]:
    """The JSON object a request carries."""
    body: dict[str, Any] = json.loads(request.content)
    return body


def bearer_claims(request: httpx.Request) -> dict[str, Any]:
    """The verified claims of the request's ``Authorization: Bearer <jwt>`` (fails otherwise)."""
    scheme, _, token = request.headers["Authorization"].partition(" ")
    assert scheme == "Bearer"
    claims: dict[str, Any] = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])
    return claims


class FakeTime:
    """A fake monotonic clock moved only by the fake sleeps, which record every delay.

    ``hooks`` run after each sleep (a fake server uses one to advance its tasks).
    """

    def __init__(self, start: float = 1000.0) -> None:
        self.start = start
        self.now = start
        self.sleeps: list[float] = []
        self.hooks: list[Callable[[], None]] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0, seconds
        self.sleeps.append(seconds)
        self.now += seconds
        for hook in self.hooks:
            hook()

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)

    @property
    def total(self) -> float:
        return sum(self.sleeps)


def new_router() -> respx.Router:
    """A router that fails on unmatched requests; tests check ``assert_all_called`` at the end."""
    return respx.Router(base_url=BASE, assert_all_called=True)


def make_client(mode: str, router: respx.Router, time: FakeTime, **options: Any) -> Any:
    """A ``Kling`` (mode "sync") or ``AsyncKling`` (mode "async") answering from ``router``."""
    settings: dict[str, Any] = {
        "access_key": ACCESS_KEY,
        "secret_key": SECRET_KEY,
        "base_url": BASE,
        "clock": time.clock,
        "rng": random.Random(20261125),
    }
    settings.update(options)
    if mode == "sync":
        settings.setdefault("transport", httpx.MockTransport(router.handler))
        return Kling(sleep=time.sleep, **settings)
    settings.setdefault("transport", httpx.MockTransport(router.async_handler))
    return AsyncKling(sleep=time.asleep, **settings)


@contextlib.asynccontextmanager
async def opened(
    mode: str, router: respx.Router, time: FakeTime, **options: Any
) -> AsyncIterator[Any]:
    """:func:`make_client`, closed on exit."""
    client = make_client(mode, router, time, **options)
    try:
        yield client
    finally:
        await call(client.close())


async def call(value: Any) -> Any:
    """The result of a client call: awaited for the async client, as is for the sync one."""
    if inspect.isawaitable(value):
        return await value
    return value


async def collect(items: Any) -> list[Any]:
    """Every item of a sync or async iterator."""
    if hasattr(items, "__aiter__"):
        return [item async for item in items]
    return list(items)


def calls_to(router: respx.Router, method: str, path: str | None = None) -> list[httpx.Request]:
    """The requests the router saw with ``method`` (and exactly ``path``, if given)."""
    return [
        c.request
        for c in router.calls
        if c.request.method == method and (path is None or c.request.url.path == path)
    ]
