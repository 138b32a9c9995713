"""The sync and async drivers of the sans-I/O flows (kling_ext._core._drivers)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from typing import Any

import anyio
import pytest

from kling_ext._core import _drivers as drive
from kling_ext._core._flows import Emit, Send, Sleep

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class IO:
    """Answers every Send with its URL, or raises for URLs starting with ``!``."""

    def __init__(self) -> None:
        self.slept: list[float] = []

    def _answer(self, url: str) -> str:
        if url.startswith("!"):
            raise LookupError(url)
        return "answer " + url

    def _send(self, method: str, url: str, **kwargs: Any) -> Any:
        return self._answer(url)

    def _sleep(self, seconds: float) -> None:
        self.slept.append(seconds)


class AIO:
    def __init__(self) -> None:
        self.slept: list[float] = []
        self.io = IO()
        self._sleep: Callable[[float], Awaitable[None]] = self._record

    async def _send(self, method: str, url: str, **kwargs: Any) -> Any:
        await anyio.lowlevel.checkpoint()
        return self.io._send(method, url, **kwargs)

    async def _record(self, seconds: float) -> None:
        self.slept.append(seconds)


def flow(emit: bool) -> Generator[Any, Any, list[str]]:
    seen = [(yield Send("GET", "/a"))]
    try:
        yield Send("GET", "!broken")
    except LookupError as exc:
        seen.append(f"raised {exc}")
    yield Sleep(1.5)
    if emit:
        yield Emit("task")  # type: ignore[arg-type]
    return seen


EXPECTED = ["answer /a", "raised !broken"]


def test_run_sends_throws_sleeps_and_returns() -> None:
    io = IO()
    assert drive.run(io, flow(emit=False)) == EXPECTED
    assert io.slept == [1.5]


def test_iterate_yields_what_the_flow_emits() -> None:
    io = IO()
    assert list(drive.iterate(io, flow(emit=True))) == ["task"]
    assert io.slept == [1.5]


async def test_arun_sends_throws_sleeps_and_returns() -> None:
    io = AIO()
    assert await drive.arun(io, flow(emit=False)) == EXPECTED
    assert io.slept == [1.5]


async def test_aiterate_yields_what_the_flow_emits() -> None:
    io = AIO()
    assert [task async for task in drive.aiterate(io, flow(emit=True))] == ["task"]
    assert io.slept == [1.5]
