"""Figure 1: per-call cost of ``client.videos.text2video.get(id)`` against a local server.

Three callers fetch the same fixed task envelope from the fast server (``_fastserver``, its own
process, keep-alive): a bare ``httpx`` client (``get``, body read, nothing parsed), the generated
``kling_api`` function alone (``sync_detailed`` / ``asyncio_detailed``: parses the envelope into
``TaskResponse``) and ours (JWT auth, retry transport, envelope check, ``Task``). Every call is
timed on its own and the callers take turns call by call (in a rotating order), so load from
other processes and drift hit all of them alike.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Awaitable, Callable

import anyio
import httpx

import kling_api
from bench._common import ACCESS_KEY, SECRET_KEY, Row, median, p90, verdict
from kling_api.api.text_to_video import get_text_to_video_task as op
from kling_ext import AsyncKling, Kling

TASK_ID = "860000000000000001"
PATH = f"/v1/videos/text2video/{TASK_ID}"
CALLS = 2000
WARMUP = 200
TARGET = 1.15

Samples = dict[str, list[float]]


def _interleaved(calls: dict[str, Callable[[], object]]) -> Samples:
    """Warm up, then ``CALLS`` timed calls of each, taking turns call by call."""
    for fn in calls.values():
        for _ in range(WARMUP):
            fn()
    samples: Samples = {name: [] for name in calls}
    items = list(calls.items())
    gc.collect()
    clock = time.perf_counter_ns
    for i in range(CALLS):
        shift = i % len(items)
        for name, fn in items[shift:] + items[:shift]:
            start = clock()
            fn()
            samples[name].append((clock() - start) / 1000)
    return samples


async def _ainterleaved(calls: dict[str, Callable[[], Awaitable[object]]]) -> Samples:
    """Async twin of :func:`_interleaved`."""
    for fn in calls.values():
        for _ in range(WARMUP):
            await fn()
    samples: Samples = {name: [] for name in calls}
    items = list(calls.items())
    gc.collect()
    clock = time.perf_counter_ns
    for i in range(CALLS):
        shift = i % len(items)
        for name, fn in items[shift:] + items[:shift]:
            start = clock()
            await fn()
            samples[name].append((clock() - start) / 1000)
    return samples


def measure_sync(base_url: str) -> Samples:
    """Microseconds per call of each sync caller (``CALLS`` samples each)."""
    with (
        httpx.Client(base_url=base_url) as bare,
        kling_api.Client(base_url=base_url) as generated,
        Kling(access_key=ACCESS_KEY, secret_key=SECRET_KEY, base_url=base_url) as ours,
    ):
        calls: dict[str, Callable[[], object]] = {
            "httpx": lambda: bare.get(PATH),
            "kling_api": lambda: op.sync_detailed(id=TASK_ID, client=generated),
            "ours": lambda: ours.videos.text2video.get(TASK_ID),
        }
        if ours.videos.text2video.get(TASK_ID).task_status != "succeed":
            raise RuntimeError("the fast server answered an unexpected task")
        return _interleaved(calls)


async def _measure_async(base_url: str) -> Samples:
    async with (
        httpx.AsyncClient(base_url=base_url) as bare,
        kling_api.Client(base_url=base_url) as generated,
        AsyncKling(access_key=ACCESS_KEY, secret_key=SECRET_KEY, base_url=base_url) as ours,
    ):
        calls: dict[str, Callable[[], Awaitable[object]]] = {
            "httpx": lambda: bare.get(PATH),
            "kling_api": lambda: op.asyncio_detailed(id=TASK_ID, client=generated),
            "ours": lambda: ours.videos.text2video.get(TASK_ID),
        }
        return await _ainterleaved(calls)


def measure_async(base_url: str) -> Samples:
    """Microseconds per call of each async caller, on asyncio."""
    result: Samples = anyio.run(_measure_async, base_url, backend="asyncio")
    return result


def _row(label: str, samples: Samples) -> Row:
    ours, bare, gen = samples["ours"], samples["httpx"], samples["kling_api"]
    ratio = median(ours) / median(bare)
    ratio90 = p90(ours) / p90(bare)
    vs_generated = median(ours) / median(gen)
    extra = median(ours) - median(bare)
    return Row(
        figure=f"1 {label}: get(id) per call, median (p90)",
        ours=f"{median(ours):.0f} us ({p90(ours):.0f}); +{extra:.0f} us vs httpx",
        baseline=(
            f"httpx {median(bare):.0f} us ({p90(bare):.0f}); "
            f"kling_api {median(gen):.0f} us ({p90(gen):.0f})"
        ),
        ratio_target=(
            f"{ratio:.2f}x ({ratio90:.2f}x) / <= {TARGET}x; {vs_generated:.2f}x vs kling_api"
        ),
        verdict=verdict(ratio <= TARGET),
    )


def run(base_url: str) -> list[Row]:
    """Figure 1 rows: sync and async."""
    return [_row("sync", measure_sync(base_url)), _row("async", measure_async(base_url))]
