"""Figure 7: how waiting grows from 100 to 1,000 to 10,000 concurrent waits on one ``AsyncKling``.

For each size ``N``, a fresh process creates one ``AsyncKling`` (default pool: 20 connections and
20 requests in flight), waits for ``N`` tasks at once in one anyio task group and reports: the
requests the fast server saw, the wall time, and the peak RSS growth per wait (``VmHWM`` after the
waits minus the RSS before them, as in figure 5; ``tracemalloc`` would slow 10,000 waits several
times over). Every task answers ``processing`` twice and ``succeed`` on its third GET, and the
waits' sleeps are faked (``await anyio.sleep(0)``): the clock runs as fast as client and server
go, so the wall time is pure work, not poll intervals.

Strategies (:data:`STRATEGIES`), a row per size each: :func:`per_task_waits` (legacy tasks:
``client.videos.text2video.wait(id)`` for each id, one GET per poll) and :func:`batched_waits`
(new-standard tasks: ``client.standard.tasks.wait_many(ids)``, one ``GET /tasks`` per chunk of
20 pending ids per round, the chunks of a round one after the other).

Peer: the loop the official samples and ``klingai-api`` users write, polling one task at a time
with ``requests`` (:meth:`bench._peers.RequestsJwt.wait`), for the sizes in ``PEER_SIZES``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from bench._bigfile import _peak_mib, _start_measuring
from bench._common import ACCESS_KEY, SECRET_KEY, Row, server_stats, verdict
from bench._fastserver import POLLS_TO_FINISH

SIZES = (100, 1_000, 10_000)
PEER_SIZES = (100, 1_000)
POOL_LIMIT = 20
WAIT_TIMEOUT = 900.0

Waits = Callable[[object, list[str]], Awaitable[Counter[str]]]


async def _fake_sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(0)


async def per_task_waits(client: object, ids: list[str]) -> Counter[str]:
    """Legacy tasks: one ``wait(id)`` per task, all at once in one task group."""
    import anyio

    from kling_ext import AsyncKling, KlingError

    assert isinstance(client, AsyncKling)
    outcomes: Counter[str] = Counter()

    async def one(task_id: str) -> None:
        try:
            task = await client.videos.text2video.wait(task_id, timeout=WAIT_TIMEOUT)
        except KlingError as exc:
            outcomes[type(exc).__name__] += 1
        else:
            outcomes["done" if task.task_status == "succeed" else "other"] += 1

    async with anyio.create_task_group() as group:
        for task_id in ids:
            group.start_soon(one, task_id)
    return outcomes


async def batched_waits(client: object, ids: list[str]) -> Counter[str]:
    """New-standard tasks: ``client.standard.tasks.wait_many(ids)``, one ``GET /tasks`` per
    chunk of ``DEFAULT_CHUNK`` pending ids per round (the fast server's ``/tasks`` route)."""
    from kling_ext import AsyncKling

    assert isinstance(client, AsyncKling)
    outcomes: Counter[str] = Counter()
    async for task in client.standard.tasks.wait_many(ids, timeout=WAIT_TIMEOUT):
        outcomes["done" if task.status == "succeeded" else "other"] += 1
    return outcomes


def _batched_requests(size: int) -> int:
    from kling_ext.standard import DEFAULT_CHUNK

    return -(-size // DEFAULT_CHUNK) * POLLS_TO_FINISH


STRATEGIES: dict[str, Waits] = {
    "per-task wait": per_task_waits,
    "batched GET /tasks": batched_waits,
}
"""Strategy name -> function."""
EXPECTED_REQUESTS: dict[str, Callable[[int], int]] = {
    "per-task wait": lambda size: size * POLLS_TO_FINISH,
    "batched GET /tasks": _batched_requests,
}
"""Strategy name -> the requests its waits need for ``size`` tasks (each ends on its third
read): one GET per task per poll, or one ``GET /tasks`` per chunk of ids per round."""


def _ours(strategy: str, size: int, base_url: str) -> dict[str, object]:
    import anyio

    from kling_ext import AsyncKling

    async def main() -> tuple[float, float, float, Counter[str]]:
        async with AsyncKling(
            access_key=ACCESS_KEY, secret_key=SECRET_KEY, base_url=base_url, sleep=_fake_sleep
        ) as client:
            await STRATEGIES[strategy](client, [f"poll-warm-{size}-{i}" for i in range(20)])
            ids = [f"poll-{size}-{i}" for i in range(size)]
            server_stats(base_url, reset=True)
            before = _start_measuring()
            start = time.perf_counter()
            outcomes = await STRATEGIES[strategy](client, ids)
            return before, _peak_mib(), time.perf_counter() - start, outcomes

    before, after, seconds, outcomes = anyio.run(main, backend="asyncio")
    return {"before": before, "after": after, "seconds": seconds, "outcomes": dict(outcomes)}


def _peer(size: int, base_url: str) -> dict[str, object]:
    from bench._peers import RequestsJwt

    peer = RequestsJwt(base_url, ACCESS_KEY, SECRET_KEY)
    try:
        peer.wait(f"poll-peer-warm-{size}")
        server_stats(base_url, reset=True)
        before = _start_measuring()
        start = time.perf_counter()
        done = sum(
            peer.wait(f"poll-peer-{size}-{i}")["task_status"] == "succeed" for i in range(size)
        )
        seconds = time.perf_counter() - start
    finally:
        peer.close()
    return {"before": before, "after": _peak_mib(), "seconds": seconds, "outcomes": {"done": done}}


@dataclass(frozen=True)
class Run:
    """One size, one side: what the child process and the server counted."""

    seconds: float
    growth_mib: float
    outcomes: Counter[str]
    requests: int
    max_open: int


def measure(kind: str, size: int, base_url: str) -> Run:
    """Run one size in a fresh process (``kind``: a strategy or ``peer``)."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), kind, str(size), base_url],
        capture_output=True,
        text=True,
        check=True,
        timeout=1800,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
    )
    child = json.loads(done.stdout)
    stats = server_stats(base_url)
    return Run(
        seconds=float(child["seconds"]),
        growth_mib=max(0.0, float(child["after"]) - float(child["before"])),
        outcomes=Counter({str(k): int(v) for k, v in child["outcomes"].items()}),
        requests=stats["requests"],
        max_open=stats["max_open"],
    )


def _row(strategy: str, size: int, ours: Run, peer: Run | None) -> Row:
    shown = ", ".join(f"{k} {v:,}" for k, v in ours.outcomes.most_common())
    if peer is None:
        baseline = "polling one task at a time (requests+JWT): not run at this size"
        versus = ""
    else:
        baseline = (
            f"polling one task at a time (requests+JWT): {peer.requests:,} requests "
            f"in {peer.seconds:.1f} s"
        )
        versus = f"; {peer.seconds / ours.seconds:.1f}x the speed of one at a time"
    expected = EXPECTED_REQUESTS[strategy](size)
    complete = ours.outcomes["done"] == size and ours.requests == expected
    return Row(
        figure=f"7 {size:,} concurrent waits, one AsyncKling ({strategy})",
        ours=(
            f"{shown}; {ours.requests:,} requests in {ours.seconds:.1f} s "
            f"({ours.requests / ours.seconds:,.0f}/s); +{ours.growth_mib:.1f} MiB RSS = "
            f"{ours.growth_mib * 1024 / size:.1f} KiB/wait; {ours.max_open} connections at most"
        ),
        baseline=baseline,
        ratio_target=(
            f"all done, {POLLS_TO_FINISH} reads each ({expected:,} requests), "
            f"<= {POOL_LIMIT} connections{versus}"
        ),
        verdict=verdict(complete and ours.max_open <= POOL_LIMIT),
    )


def run(base_url: str) -> list[Row]:
    """Figure 7 rows: one per strategy and size."""
    rows = []
    peers: dict[int, Run] = {}  # measured once per size, shown beside every strategy
    for strategy in STRATEGIES:
        for size in SIZES:
            print(f"  {size:,} waits ({strategy}) ...", file=sys.stderr, flush=True)
            ours = measure(strategy, size, base_url)
            if size in PEER_SIZES and size not in peers:
                peers[size] = measure("peer", size, base_url)
            rows.append(_row(strategy, size, ours, peers.get(size)))
    return rows


if __name__ == "__main__":
    kind, count, url = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    result = _peer(count, url) if kind == "peer" else _ours(kind, count, url)
    print(json.dumps(result))
