"""Figure 8: creates billed twice in a fault storm.

1,000 text-to-video creates from one ``AsyncKling`` (50 at a time) against the simulator
in-process, on a server that does **not** enforce ``external_task_id`` uniqueness, with a random
fault on about half of them: the answer lost after the task was stored, lost before, committed
late (visible to look-ups only 30 ms later), stored then answered 5xx, plain 5xx, 1302. The
client's pauses are shortened to 10 ms so that the run takes seconds (the commit lag stays inside
the shortened window, as Kling's must stay inside the real 15 s one).

Ours: tasks stored per ``external_task_id`` by the simulator after the storm; "billed twice" counts
the ids with more than one (target 0). ``tests/reliability/test_billing.py`` checks the scenarios
one by one.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections import Counter

import anyio

from bench._common import Row, verdict
from kling_ext import AmbiguousCreateError, AsyncKling, KlingError
from kling_mock import (
    DEFAULT_API_KEY,
    SimulatorTransport,
    billing_storm,
    create_app,
    simulator_of,
)

CREATES = 1000
IN_FLIGHT = 50
LAG = 0.03
FAULTS = billing_storm(LAG)


async def _short(seconds: float) -> None:
    await anyio.sleep(min(seconds, 0.01))


async def _storm() -> tuple[Counter[str], dict[str, list[str]], float]:
    config = {"unique_external_task_id": False, "faults": FAULTS, "seed": 20261207}
    app = create_app(config)
    outcomes: Counter[str] = Counter()
    gate = asyncio.Semaphore(IN_FLIGHT)
    started = time.perf_counter()
    async with AsyncKling(
        api_key=DEFAULT_API_KEY,
        base_url="http://sim.bench",
        transport=SimulatorTransport(app),
        sleep=_short,
    ) as client:

        async def one(index: int) -> None:
            async with gate:
                try:
                    await client.videos.text2video.create(
                        prompt="a red fox", external_task_id=f"storm-{index}-{uuid.uuid4().hex}"
                    )
                    outcomes["created"] += 1
                except AmbiguousCreateError:
                    outcomes["ambiguous"] += 1
                except KlingError as exc:
                    outcomes[type(exc).__name__] += 1

        await asyncio.gather(*(one(i) for i in range(CREATES)))
    elapsed = time.perf_counter() - started
    await anyio.sleep(LAG * 2)  # let the last late commits land
    sim = simulator_of(app)
    created = sim.store.created_by_external_id()
    await sim.aclose()
    return outcomes, created, elapsed


def run() -> list[Row]:
    """Figure 8's row."""
    outcomes, created, elapsed = asyncio.run(_storm())
    twice = sum(len(ids) > 1 for ids in created.values())
    stored = sum(len(ids) for ids in created.values())
    shown = ", ".join(f"{name} {count}" for name, count in sorted(outcomes.items()))
    return [
        Row(
            f"8. creates billed twice in a storm of {CREATES:,} creates with faults, no dedupe",
            f"{twice} billed twice; {stored} tasks stored ({shown}) in {elapsed:.1f} s",
            "-",
            "0 billed twice",
            verdict(twice == 0),
        )
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
