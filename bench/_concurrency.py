"""Figure 4: 1,000 concurrent waits on one ``AsyncKling``.

1,000 tasks in one anyio task group each ``await client.videos.text2video.wait(id)`` against the
fast local server, where every task answers ``processing`` twice and ``succeed`` on its third GET.
Sleeps are faked (``await anyio.sleep(0)``), so the waits hammer the server as hard as they can.
Both clients keep their default timeouts and pools: ``AsyncKling`` 20 connections and at most 20
requests in flight (``kling_ext._core._base.DEFAULT_MAX_CONNECTIONS``), bare httpx 100 connections.

Measured: the peak of Python allocations during the waits (``tracemalloc``, minus what was
allocated before), the connections the server accepted in total and had open at once (the server
counts them), and how many waits finished. Baseline: the same 1,000 waits written with a bare
``httpx.AsyncClient`` (GET, ``json()``, check the status; an exception ends that wait).
Ours gets ``BUDGET`` seconds (waits use ``timeout=WAIT_TIMEOUT``; ``tracemalloc`` slows the run
several times over, and a loaded 2-core machine as much again), the bare loop ``BARE_BUDGET``
(its pool stops making progress; cancelling it takes long enough), so a pool that stops
making progress shows up as unfinished waits instead of hanging the benchmark.
"""

from __future__ import annotations

import time
import tracemalloc
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import anyio
import httpx

from bench._common import ACCESS_KEY, SECRET_KEY, Row, server_stats, verdict
from bench._fastserver import POLLS_TO_FINISH
from kling_ext import AsyncKling, KlingError
from kling_ext._core._base import DEFAULT_MAX_CONNECTIONS

WAITS = 1000
POOL_LIMIT = DEFAULT_MAX_CONNECTIONS  # AsyncKling's pool and in-flight limit
WAIT_TIMEOUT = 55.0
BUDGET = 60.0
BARE_BUDGET = 20.0

Wait = Callable[[str], Awaitable[str]]


async def _fake_sleep(seconds: float) -> None:
    await anyio.sleep(0)


async def _run_all(wait: Wait, ids: list[str], budget: float = BUDGET) -> Counter[str]:
    outcomes: Counter[str] = Counter()

    async def one(task_id: str) -> None:
        outcomes[await wait(task_id)] += 1

    with anyio.move_on_after(budget):
        async with anyio.create_task_group() as group:
            for task_id in ids:
                group.start_soon(one, task_id)
    outcomes["unfinished"] = len(ids) - outcomes.total()
    return outcomes


async def _ours(base_url: str, ids: list[str]) -> Counter[str]:
    async with AsyncKling(
        access_key=ACCESS_KEY, secret_key=SECRET_KEY, base_url=base_url, sleep=_fake_sleep
    ) as client:

        async def wait(task_id: str) -> str:
            try:
                task = await client.videos.text2video.wait(task_id, timeout=WAIT_TIMEOUT)
            except KlingError as exc:
                return type(exc).__name__
            return "done" if task.task_status == "succeed" else "other"

        return await _run_all(wait, ids)


async def _bare(base_url: str, ids: list[str]) -> Counter[str]:
    async with httpx.AsyncClient(base_url=base_url) as client:

        async def wait(task_id: str) -> str:
            while True:
                try:
                    response = await client.get(f"/v1/videos/text2video/{task_id}")
                except httpx.HTTPError as exc:
                    return type(exc).__name__
                if response.json()["data"]["task_status"] == "succeed":
                    return "done"
                await anyio.sleep(0)

        return await _run_all(wait, ids, BARE_BUDGET)


Waiter = Callable[[str, list[str]], Awaitable[Counter[str]]]


@dataclass(frozen=True)
class Result:
    """What one side of figure 4 did."""

    outcomes: Counter[str]
    peak_mib: float
    seconds: float
    accepted: int
    max_open: int
    requests: int

    def describe(self) -> str:
        """``done 1000 in 12 s, 3,000 requests``."""
        shown = ", ".join(f"{k} {v}" for k, v in self.outcomes.most_common() if v)
        return f"{shown} in {self.seconds:.0f} s, {self.requests:,} requests"


def _measure(waiter: Waiter, base_url: str, prefix: str) -> Result:
    anyio.run(waiter, base_url, [f"poll-warm-{prefix}-{i}" for i in range(20)], backend="asyncio")
    ids = [f"poll-{prefix}-{i}" for i in range(WAITS)]
    server_stats(base_url, reset=True)
    tracemalloc.start()
    start_current, _ = tracemalloc.get_traced_memory()
    started = time.perf_counter()
    try:
        outcomes = anyio.run(waiter, base_url, ids, backend="asyncio")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    seconds = time.perf_counter() - started
    stats = server_stats(base_url)
    return Result(
        outcomes,
        (peak - start_current) / 2**20,
        seconds,
        stats["accepted"],
        stats["max_open"],
        stats["requests"],
    )


def run(base_url: str) -> list[Row]:
    """Figure 4 rows: completion, memory and connections."""
    ours = _measure(_ours, base_url, "ours")
    bare = _measure(_bare, base_url, "bare")
    done = ours.outcomes["done"]
    complete = done == WAITS and ours.requests == WAITS * POLLS_TO_FINISH
    return [
        Row(
            figure=f"4 {WAITS:,} concurrent waits: finished (3 GETs each)",
            ours=ours.describe(),
            baseline=f"bare httpx.AsyncClient loop: {bare.describe()}",
            ratio_target=f"{done}/{WAITS} / all, within {BUDGET:.0f} s",
            verdict=verdict(complete),
        ),
        Row(
            figure=f"4 {WAITS:,} concurrent waits: peak traced memory",
            ours=f"{ours.peak_mib:.1f} MiB ({ours.peak_mib * 1024 / WAITS:.1f} KiB/wait)",
            baseline=f"bare httpx.AsyncClient loop: {bare.peak_mib:.1f} MiB",
            ratio_target=f"{ours.peak_mib / bare.peak_mib:.2f}x / no target",
            verdict="info",
        ),
        Row(
            figure=f"4 {WAITS:,} concurrent waits: connections (max open / accepted)",
            ours=f"{ours.max_open} / {ours.accepted}",
            baseline=f"bare httpx.AsyncClient: {bare.max_open} / {bare.accepted}",
            ratio_target=f"max open <= pool limit {POOL_LIMIT}",
            verdict=verdict(ours.max_open <= POOL_LIMIT),
        ),
    ]
