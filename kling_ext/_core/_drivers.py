"""Run the flows of :mod:`kling_ext._core._flows` with real I/O: sync and async drivers.

:func:`run` and :func:`arun` are the hot path of every get, list and create: one plain loop over
the flow, no generator or helper call around each action (bench/README.md, figure 1).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Protocol, TypeVar

import httpx

from ._flows import Emit, Send

T = TypeVar("T")


class SyncIO(Protocol):
    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response: ...
    def _sleep(self, seconds: float) -> None: ...


class AsyncIO(Protocol):
    async def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response: ...

    _sleep: Callable[[float], Awaitable[None]]


def run(io: SyncIO, flow: Generator[Any, Any, T], failed: BaseException | None = None) -> T:
    """Run a flow that emits nothing (only ``Send`` and ``Sleep``) and return its result.

    ``failed``: the caller made the flow's first request itself and it raised this (the flow
    continues from there, as if it had sent it)."""
    send, throw = flow.send, flow.throw
    value: Any = None
    error: BaseException | None = failed
    if failed is not None:
        send(None)  # the first request: already made
    while True:
        try:
            action = send(value) if error is None else throw(error)
        except StopIteration as stop:
            result: T = stop.value
            return result
        value, error = None, None
        if type(action) is Send:
            try:
                value = io._send(action.method, action.url, **action.kwargs)
            except Exception as exc:
                error = exc
        else:
            io._sleep(action.seconds)


def iterate(io: SyncIO, flow: Generator[Any, Any, Any]) -> Iterator[Any]:
    """The tasks a flow emits, as an iterator."""
    send, throw = flow.send, flow.throw
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            action = send(value) if error is None else throw(error)
        except StopIteration:
            return
        value, error = None, None
        if type(action) is Send:
            try:
                value = io._send(action.method, action.url, **action.kwargs)
            except Exception as exc:
                error = exc
        elif type(action) is Emit:
            yield action.task
        else:
            io._sleep(action.seconds)


async def arun(io: AsyncIO, flow: Generator[Any, Any, T], failed: BaseException | None = None) -> T:
    """Async twin of :func:`run`."""
    send, throw = flow.send, flow.throw
    value: Any = None
    error: BaseException | None = failed
    if failed is not None:
        send(None)  # the first request: already made
    while True:
        try:
            action = send(value) if error is None else throw(error)
        except StopIteration as stop:
            result: T = stop.value
            return result
        value, error = None, None
        if type(action) is Send:
            try:
                value = await io._send(action.method, action.url, **action.kwargs)
            except Exception as exc:
                error = exc
        else:
            await io._sleep(action.seconds)


async def aiterate(io: AsyncIO, flow: Generator[Any, Any, Any]) -> AsyncIterator[Any]:
    """Async twin of :func:`iterate`."""
    send, throw = flow.send, flow.throw
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            action = send(value) if error is None else throw(error)
        except StopIteration:
            return
        value, error = None, None
        if type(action) is Send:
            try:
                value = await io._send(action.method, action.url, **action.kwargs)
            except Exception as exc:
                error = exc
        elif type(action) is Emit:
            yield action.task
        else:
            await io._sleep(action.seconds)
