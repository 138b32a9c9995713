"""Jumping the simulated clock forward: ``POST /__sim/clock`` and the clock that allows it.

Tasks move on with the simulator's clock (see ``_state``), so a jump makes every running task
older at once: jump past ``succeed_after`` and they have ended, with no real waiting. Waits of the
simulator's own (slow answers, callbacks due later) end early when a jump passes their end. A
reset (``POST /__sim/reset``) takes the clock back to the time it follows.
"""

from __future__ import annotations

import asyncio
import json
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

if TYPE_CHECKING:
    from ._sim import Simulator

MAX_JUMP = 366 * 86400.0
"""The longest single jump, in seconds (a year and a day)."""


class JumpClock:
    """Another clock (``time.time`` or a ManualClock) plus an offset that only grows."""

    def __init__(self, base: Callable[[], float]) -> None:
        self.base = base
        self.offset = 0.0
        self._sleepers: set[asyncio.Future[None]] = set()

    def __call__(self) -> float:
        return self.base() + self.offset

    def jump(self, seconds: float) -> None:
        """Move the clock ``seconds`` forward (0 to :data:`MAX_JUMP`)."""
        if not 0 <= seconds <= MAX_JUMP:  # also refuses NaN
            raise ValueError(f"seconds must be a number in [0, {MAX_JUMP:g}]")
        self.offset += seconds
        for sleeper in list(self._sleepers):  # they check the time again
            sleeper.get_loop().call_soon_threadsafe(_wake, sleeper)

    async def sleep(self, seconds: float) -> None:
        """Sleep until this clock has moved ``seconds`` on: real time, or a jump past the end."""
        end = self() + seconds
        await asyncio.sleep(0)  # always yield once, as asyncio.sleep does
        loop = asyncio.get_running_loop()
        while (left := end - self()) > 0:
            woken: asyncio.Future[None] = loop.create_future()
            self._sleepers.add(woken)
            timer = loop.call_later(left, _wake, woken)
            try:
                await woken
            finally:
                timer.cancel()
                self._sleepers.discard(woken)

    def rewind(self) -> None:
        """Undo every jump."""
        self.offset = 0.0


def _wake(sleeper: asyncio.Future[None]) -> None:
    if not sleeper.done():
        sleeper.set_result(None)


def rewind(sim: Simulator) -> None:
    """Undo the jumps of a simulator's clock (called on reset)."""
    if isinstance(sim.clock, JumpClock):
        sim.clock.rewind()


def _state(clock: JumpClock) -> JSONResponse:
    return JSONResponse({"now": clock(), "offset": clock.offset})


def _clock(request: Request) -> JumpClock:
    clock: JumpClock = request.app.state.simulator.clock  # create_app makes it one
    return clock


async def get_clock(request: Request) -> Response:
    """GET /__sim/clock: ``{"now": <Unix seconds>, "offset": <seconds jumped so far>}``."""
    return _state(_clock(request))


async def post_clock(request: Request) -> Response:
    """POST /__sim/clock ``{"advance": seconds}``: jump forward; answers like GET."""
    clock = _clock(request)
    try:
        raw = json.loads(await request.body() or b"{}")
    except ValueError:
        raw = None
    seconds = raw.get("advance") if isinstance(raw, dict) else None
    try:
        if isinstance(seconds, bool) or not isinstance(seconds, int | float):
            raise ValueError('the body must be {"advance": <seconds>}')
        clock.jump(float(seconds) if math.isfinite(seconds) else -1.0)
    except ValueError as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)
    return _state(clock)


def clock_routes() -> list[BaseRoute]:
    """The ``/__sim/clock`` routes."""
    return [
        Route("/__sim/clock", get_clock, methods=["GET"]),
        Route("/__sim/clock", post_clock, methods=["POST"]),
    ]
