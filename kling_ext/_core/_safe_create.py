"""Creating a paid task at most once.

A create is a POST that costs money, so it is never blindly retried. Every create carries an
``external_task_id`` (the caller's, or one generated here). When a create fails, what happened
decides what is safe:

- **refused** (1302 rate limit, 1303 concurrency limit): the server created nothing; re-submitting
  after a back-off is safe.
- **not sent** (the connection could not be opened): nothing reached the server; re-submit.
- **ambiguous** (timeout or dropped connection after the body was sent, a 5xx): the task may exist,
  and a server may make it visible to look-ups only some seconds later (commit lag). Look it up by
  its ``external_task_id`` repeatedly during the **commit window** (:func:`probe_delays`). Found:
  that is the task. Answered "not found" until the end of the window: re-submit **once**, with
  the same id. Any later doubt (the re-submission is ambiguous too, the server says the id is
  taken (1201) but the task cannot be found, or the look-ups themselves fail) raises
  :class:`~kling_ext.AmbiguousCreateError` instead of sending again.
- anything else is final and raised.

So one ``create()`` makes at most one paid task as long as the server makes a task visible within
the commit window, whether or not it enforces ``external_task_id`` uniqueness.
"""

from __future__ import annotations

import os
from enum import Enum
from typing import Any

import httpx

from .._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ConcurrencyLimitError,
    InvalidRequestError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
)

EXTERNAL_ID_PREFIX = "kling-py-"
DEFAULT_COMMIT_WINDOW = 15.0
"""Seconds after a lost create answer during which look-ups may still not see the task."""


def probe_delays(window: float) -> list[float]:
    """The pauses before each look-up after an ambiguous create: at once, then after 1, 2, 4 ...
    seconds, the last pause shortened so that they add up to ``window`` exactly."""
    delays, total, step = [0.0], 0.0, 1.0
    while total < window:
        pause = min(step, window - total)
        delays.append(pause)
        total += pause
        step *= 2
    return delays


class Outcome(Enum):
    """What a failed create attempt means for the next step."""

    REFUSED = "refused"
    NOT_SENT = "not sent"
    AMBIGUOUS = "ambiguous"
    MAYBE_DUPLICATE = "maybe duplicate"
    FINAL = "final"


_BATCH = 64
"""Ids drawn per ``os.urandom`` call (one system call per 64 creates instead of one each)."""
_ready: list[str] = []
"""Ids drawn and not handed out yet. ``list.pop`` is atomic: two threads never get the same id.
A forked child starts with none, so it never hands out an id its parent may use too."""
os.register_at_fork(after_in_child=_ready.clear)


def _draw(count: int) -> list[str]:
    """``count`` fresh ids: random (version 4) UUIDs in hex, after the prefix."""
    raw = bytearray(os.urandom(16 * count))
    ids = []
    for start in range(0, len(raw), 16):
        raw[start + 6] = (raw[start + 6] & 0x0F) | 0x40  # version 4
        raw[start + 8] = (raw[start + 8] & 0x3F) | 0x80  # RFC 4122 variant
        ids.append(EXTERNAL_ID_PREFIX + raw[start : start + 16].hex())
    return ids


def new_external_task_id() -> str:
    """A fresh id for a create; unique per account, recognisable as ours in the console.

    A random (version 4) UUID in hex, built from ``os.urandom`` directly: the same 122 random
    bits as ``uuid.uuid4().hex`` without constructing a ``UUID``, drawn 64 at a time.
    """
    while True:
        try:
            return _ready.pop()
        except IndexError:  # none left (another thread may have taken the last): draw more
            _ready.extend(_draw(_BATCH))


def add_external_task_id(body: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """``body`` itself, given an external_task_id unless it has one, and that id."""
    existing = body.get("external_task_id")
    if not isinstance(existing, str) or not existing:
        existing = body["external_task_id"] = new_external_task_id()
    return body, existing


def classify(exc: BaseException, *, retried_after_ambiguity: bool) -> Outcome:
    """How to continue after ``exc`` ended a create attempt."""
    if isinstance(exc, RateLimitError | ConcurrencyLimitError):
        return Outcome.REFUSED
    if isinstance(exc, APIConnectionError | APITimeoutError):
        cause = exc.__cause__
        if isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
            return Outcome.NOT_SENT
        return Outcome.AMBIGUOUS
    if isinstance(exc, ServerError):
        return Outcome.AMBIGUOUS
    if isinstance(exc, UnexpectedResponseError) and 200 <= exc.status_code < 300:
        return Outcome.AMBIGUOUS
    if retried_after_ambiguity and isinstance(exc, InvalidRequestError) and exc.code == 1201:
        # Our own earlier attempt may have created it: the id is already taken.
        return Outcome.MAYBE_DUPLICATE
    return Outcome.FINAL


def retry_after(exc: BaseException) -> float | None:
    """The server's Retry-After hint carried by an API error, if any."""
    return exc.retry_after if isinstance(exc, APIError) else None
