"""Run the flows of :mod:`kling_ext._core._flows` with real I/O: sync and async drivers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Protocol, TypeVar

import httpx

from ._flows import Emit, Flow, Send, Sleep

T = TypeVar("T")


class SyncIO(Protocol):
    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response: ...
    def _sleep(self, seconds: float) -> None: ...


class AsyncIO(Protocol):
    async def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response: ...

    _sleep: Callable[[float], Awaitable[None]]


def _advance(flow: Flow, value: Any, error: BaseException | None) -> Any:
    return flow.throw(error) if error is not None else flow.send(value)


def stream(io: SyncIO, flow: Flow) -> Generator[Any, None, Any]:
    """Run ``flow``, yielding its emitted tasks; returns the flow's result."""
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            action = _advance(flow, value, error)
        except StopIteration as stop:
            return stop.value
        value, error = None, None
        if isinstance(action, Send):
            try:
                value = io._send(action.method, action.url, **action.kwargs)
            except Exception as exc:
                error = exc
        elif isinstance(action, Sleep):
            io._sleep(action.seconds)
        elif isinstance(action, Emit):
            yield action.task


def run(io: SyncIO, flow: Generator[Any, Any, T]) -> T:
    """Run a flow that emits nothing and return its result."""
    gen = stream(io, flow)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            result: T = stop.value
            return result


def iterate(io: SyncIO, flow: Flow) -> Iterator[Any]:
    """The tasks a flow emits, as an iterator."""
    yield from stream(io, flow)


async def _step(io: AsyncIO, action: Any) -> tuple[Any, BaseException | None]:
    if isinstance(action, Send):
        try:
            return await io._send(action.method, action.url, **action.kwargs), None
        except Exception as exc:
            return None, exc
    if isinstance(action, Sleep):
        await io._sleep(action.seconds)
    return None, None


async def arun(io: AsyncIO, flow: Generator[Any, Any, T]) -> T:
    """Async twin of :func:`run`."""
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            action = _advance(flow, value, error)
        except StopIteration as stop:
            result: T = stop.value
            return result
        value, error = await _step(io, action)


async def aiterate(io: AsyncIO, flow: Flow) -> AsyncIterator[Any]:
    """Async twin of :func:`iterate`."""
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            action = _advance(flow, value, error)
        except StopIteration:
            return
        if isinstance(action, Emit):
            value, error = None, None
            yield action.task
        else:
            value, error = await _step(io, action)
