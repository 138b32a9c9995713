"""A manual clock for in-process tests: time moves only when told, or when the app sleeps."""

from __future__ import annotations

import asyncio


class ManualClock:
    """Unix seconds that stand still until ``advance`` (or ``sleep``) moves them.

    Pass it as both ``clock`` and ``sleep`` to ``create_app``: a slow answer or a callback wait then
    advances the clock instead of waiting.
    """

    def __init__(self, start: float = 1_750_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        self.now += max(seconds, 0.0)

    async def sleep(self, seconds: float) -> None:
        """Advance by ``seconds`` and yield to the event loop once."""
        self.advance(seconds)
        await asyncio.sleep(0)
