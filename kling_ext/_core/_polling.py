"""The polling schedule and deadline used while waiting for tasks, free of I/O.

A wait polls the task, then sleeps ``deadline.clamp(schedule.delay(attempt, rng))``: exponential
backoff with multiplicative jitter (so many waiters do not poll in lockstep), capped, and never
past the deadline. The clock and the random generator are injected, so tests need no sleeping.

Default wait timeouts per family (``DEFAULT_TIMEOUTS``), and why:

* **Video families: 30 minutes.** A 5 s standard render usually finishes in a few minutes, but
  pro and 10 s renders take much longer, and a task can sit in ``submitted`` for a long time
  while Kling's queue is busy (the concurrency slot is held from ``submitted`` to the end,
  FACTS 1.14). Giving up after a fixed 10 minutes is a mistake seen in other clients.
* **Image and audio families: 10 minutes.** Image generation and virtual try-on typically take
  about 30 s; 10 minutes leaves room for queueing without hanging a script for half an hour.
* **Unknown families: 30 minutes**, the video value, since new families are mostly video.

Stopping the wait never loses the task: it keeps running on Kling's side and can be resumed from
its id alone; its results stay downloadable for 30 days after generation (FACTS 1.11).
Statuses (FACTS 1.5): ``submitted`` -> ``processing`` -> ``succeed`` | ``failed``. A status we
do not know is not terminal: the wait goes on until the deadline.
"""

from __future__ import annotations

import functools
import math
import random
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .._spec._families import FAMILIES

__all__ = [
    "DEFAULT_TIMEOUTS",
    "KNOWN_STATUSES",
    "TERMINAL_STATUSES",
    "Deadline",
    "PollSchedule",
    "default_timeout",
    "is_terminal",
    "poll_delays",
]

_VIDEO_TIMEOUT = 30 * 60.0
_IMAGE_TIMEOUT = 10 * 60.0


class _Timeouts(Mapping[str, float]):
    """Read-only, computed from the family table on first use (not at import time)."""

    @functools.cached_property
    def _data(self) -> Mapping[str, float]:
        kinds = {key: f.kind for key, f in FAMILIES.items()}
        return MappingProxyType(
            {key: _VIDEO_TIMEOUT if k == "video" else _IMAGE_TIMEOUT for key, k in kinds.items()}
        )

    def __getitem__(self, key: str) -> float:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


DEFAULT_TIMEOUTS: Mapping[str, float] = _Timeouts()
"""Seconds to wait for a task of each family before giving up (see the module docstring)."""

TERMINAL_STATUSES: frozenset[str] = frozenset({"succeed", "succeeded", "failed"})
KNOWN_STATUSES: frozenset[str] = TERMINAL_STATUSES | {"submitted", "processing"}


def default_timeout(family: str) -> float:
    """The default wait timeout in seconds for ``family``; unknown families get the video value."""
    return DEFAULT_TIMEOUTS.get(family, _VIDEO_TIMEOUT)


def is_terminal(status: str | None) -> bool:
    """True for ``succeed`` (``succeeded`` on the new standard) and ``failed``; unknown or
    missing statuses keep the wait going."""
    return status in TERMINAL_STATUSES


def _finite(name: str, value: float) -> None:
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")


@dataclass(frozen=True, slots=True)
class PollSchedule:
    """Exponential backoff with jitter: ``initial * factor**attempt`` seconds, at most ``cap``.

    ``delay`` multiplies that base by a random factor in ``[1 - jitter, 1 + jitter]`` and clamps
    the result to ``[initial * (1 - jitter), cap]``: never below the jittered first delay, never
    above the cap.
    """

    initial: float = 1.0
    factor: float = 1.5
    cap: float = 15.0
    jitter: float = 0.1

    def __post_init__(self) -> None:
        for name in ("initial", "factor", "cap", "jitter"):
            _finite(name, getattr(self, name))
        if self.initial <= 0:
            raise ValueError(f"initial must be > 0, got {self.initial!r}")
        if self.factor < 1:
            raise ValueError(f"factor must be >= 1, got {self.factor!r}")
        if self.cap < self.initial:
            raise ValueError(f"cap must be >= initial ({self.initial!r}), got {self.cap!r}")
        if not 0 <= self.jitter < 1:
            raise ValueError(f"jitter must be in [0, 1), got {self.jitter!r}")

    @property
    def floor(self) -> float:
        """The smallest delay :meth:`delay` returns: ``initial * (1 - jitter)``."""
        return self.initial * (1 - self.jitter)

    def base_delay(self, attempt: int) -> float:
        """The delay before jitter: ``min(cap, initial * factor**attempt)``; never decreasing.

        ``attempt`` counts from 0 (the sleep after the first poll); negative values count as 0.
        """
        try:
            base = self.initial * self.factor ** max(attempt, 0)
        except OverflowError:
            return self.cap
        return min(self.cap, base)

    def delay(self, attempt: int, rng: random.Random) -> float:
        """The jittered delay in seconds, within ``[floor, cap]``."""
        jittered = self.base_delay(attempt) * rng.uniform(1 - self.jitter, 1 + self.jitter)
        return min(self.cap, max(self.floor, jittered))


class Deadline:
    """A point in time after which we stop waiting; ``timeout=None`` never expires."""

    __slots__ = ("_clock", "_start", "timeout")

    def __init__(self, timeout: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        if timeout is not None and (math.isnan(timeout) or timeout < 0):
            raise ValueError(f"timeout must be >= 0 or None, got {timeout!r}")
        self.timeout = timeout
        self._clock = clock
        self._start = clock()

    def __repr__(self) -> str:
        return f"Deadline(timeout={self.timeout!r}, elapsed={self.elapsed():.3f})"

    def elapsed(self) -> float:
        """Seconds since the deadline was created (never negative)."""
        return max(0.0, self._clock() - self._start)

    def remaining(self) -> float:
        """Seconds left (never negative); ``math.inf`` without a timeout."""
        if self.timeout is None:
            return math.inf
        return max(0.0, self.timeout - self.elapsed())

    def expired(self) -> bool:
        """True once the timeout has fully elapsed."""
        return self.timeout is not None and self.elapsed() >= self.timeout

    def clamp(self, delay: float) -> float:
        """``delay`` shortened so that a sleep never ends past the deadline; at least 0."""
        return max(0.0, min(delay, self.remaining()))


def poll_delays(schedule: PollSchedule, deadline: Deadline, rng: random.Random) -> Iterator[float]:
    """Yield the sleep before each next poll (attempt 0, 1, ...) until the deadline expires."""
    attempt = 0
    while not deadline.expired():
        yield deadline.clamp(schedule.delay(attempt, rng))
        attempt += 1
