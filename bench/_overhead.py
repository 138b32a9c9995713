"""Figure 1: per-call cost of ``get``, ``list`` and ``create`` on a warm client, sync and async.

Every caller talks to the fast server (``_fastserver``, its own process, keep-alive) and gets the
same bytes. Callers of each operation:

* ``httpx``: a bare ``httpx.Client`` / ``httpx.AsyncClient`` request plus ``.json()``: the floor
  of any httpx client that reads the answer (no auth, no checks, a ``dict``).
* ``ours``: ``client.videos.text2video.get(id)`` / ``.list(page=1, page_size=LIST_SIZE)`` /
  ``.create(prompt=...)``: JWT reuse, retry transport, the in-flight limit, validation of the
  create body, a generated ``external_task_id``, the envelope check and the typed ``Task``.
* ``requests+JWT`` (sync only): :class:`bench._peers.RequestsJwt`, the way the official samples
  and ``klingai-api`` call Kling (a ``requests.Session``, a JWT signed for every request,
  ``.json()``, the ``code`` checked).
* ``kling_api`` (``get`` only): the generated function alone (``sync_detailed`` /
  ``asyncio_detailed``), which parses into ``TaskResponse``.

Each call is timed on its own and the callers take turns call by call (a rotating order), so load
from other processes and drift hit all of them alike. Target: median of ours <= 1.10x httpx.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx

import kling_api
from bench._common import ACCESS_KEY, SECRET_KEY, Row, median, p90, verdict
from bench._peers import RequestsJwt
from kling_api.api.text_to_video import get_text_to_video_task as op
from kling_ext import AsyncKling, Kling

TASK_ID = "860000000000000001"
PATH = f"/v1/videos/text2video/{TASK_ID}"
LIST_PATH = "/v1/videos/text2video"
LIST_SIZE = 10
LIST_PARAMS = {"pageNum": 1, "pageSize": LIST_SIZE}
PROMPT = "a red fox running through snow"
CREATE_BODY: dict[str, Any] = {"model_name": "kling-v1", "prompt": PROMPT}
CALLS = 1500
WARMUP = 150
TARGET = 1.10
OPERATIONS = ("get", "list", "create")

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


def _check(task_status: object, tasks: list[Any], created: object) -> None:
    if task_status != "succeed" or len(tasks) != LIST_SIZE or created != "submitted":
        raise RuntimeError("the fast server answered unexpected tasks")


def measure_sync(base_url: str) -> dict[str, Samples]:
    """Microseconds per call of each sync caller, per operation (``CALLS`` samples each)."""
    with (
        httpx.Client(base_url=base_url) as bare,
        kling_api.Client(base_url=base_url) as generated,
        Kling(access_key=ACCESS_KEY, secret_key=SECRET_KEY, base_url=base_url) as ours,
    ):
        peer = RequestsJwt(base_url, ACCESS_KEY, SECRET_KEY)
        res = ours.videos.text2video
        _check(
            res.get(TASK_ID).task_status,
            res.list(page_size=LIST_SIZE),
            res.create(prompt=PROMPT).task_status,
        )
        try:
            return {
                "get": _interleaved(
                    {
                        "httpx": lambda: bare.get(PATH).json(),
                        "ours": lambda: res.get(TASK_ID),
                        "requests+JWT": lambda: peer.get_task(TASK_ID),
                        "kling_api": lambda: op.sync_detailed(id=TASK_ID, client=generated),
                    }
                ),
                "list": _interleaved(
                    {
                        "httpx": lambda: bare.get(LIST_PATH, params=LIST_PARAMS).json(),
                        "ours": lambda: res.list(page=1, page_size=LIST_SIZE),
                        "requests+JWT": lambda: peer.list_tasks(1, LIST_SIZE),
                    }
                ),
                "create": _interleaved(
                    {
                        "httpx": lambda: bare.post(LIST_PATH, json=CREATE_BODY).json(),
                        "ours": lambda: res.create(model_name="kling-v1", prompt=PROMPT),
                        "requests+JWT": lambda: peer.create_task(CREATE_BODY),
                    }
                ),
            }
        finally:
            peer.close()


async def _measure_async(base_url: str) -> dict[str, Samples]:
    async with (
        httpx.AsyncClient(base_url=base_url) as bare,
        kling_api.Client(base_url=base_url) as generated,
        AsyncKling(access_key=ACCESS_KEY, secret_key=SECRET_KEY, base_url=base_url) as ours,
    ):
        res = ours.videos.text2video

        async def bare_get() -> object:
            return (await bare.get(PATH)).json()

        async def bare_list() -> object:
            return (await bare.get(LIST_PATH, params=LIST_PARAMS)).json()

        async def bare_create() -> object:
            return (await bare.post(LIST_PATH, json=CREATE_BODY)).json()

        return {
            "get": await _ainterleaved(
                {
                    "httpx": bare_get,
                    "ours": lambda: res.get(TASK_ID),
                    "kling_api": lambda: op.asyncio_detailed(id=TASK_ID, client=generated),
                }
            ),
            "list": await _ainterleaved(
                {"httpx": bare_list, "ours": lambda: res.list(page=1, page_size=LIST_SIZE)}
            ),
            "create": await _ainterleaved(
                {
                    "httpx": bare_create,
                    "ours": lambda: res.create(model_name="kling-v1", prompt=PROMPT),
                }
            ),
        }


def measure_async(base_url: str) -> dict[str, Samples]:
    """Microseconds per call of each async caller, on asyncio."""
    result: dict[str, Samples] = anyio.run(_measure_async, base_url, backend="asyncio")
    return result


def _row(label: str, operation: str, samples: Samples) -> Row:
    ours, bare = samples["ours"], samples["httpx"]
    ratio = median(ours) / median(bare)
    extra = median(ours) - median(bare)
    others = [name for name in samples if name not in ("ours", "httpx")]
    baseline = [f"httpx+json {median(bare):.0f} us ({p90(bare):.0f})"]
    baseline += [f"{n} {median(samples[n]):.0f} us ({p90(samples[n]):.0f})" for n in others]
    versus = "".join(f"; {median(ours) / median(samples[n]):.2f}x vs {n}" for n in others)
    what = {"get": "get(id)", "list": f"list({LIST_SIZE} tasks)", "create": "create()"}[operation]
    return Row(
        figure=f"1 {label} {what} per call, median (p90)",
        ours=f"{median(ours):.0f} us ({p90(ours):.0f}); {extra:+.0f} us vs httpx",
        baseline="; ".join(baseline),
        ratio_target=(
            f"{ratio:.2f}x (p90 {p90(ours) / p90(bare):.2f}x) / <= {TARGET:.2f}x{versus}"
        ),
        verdict=verdict(ratio <= TARGET),
    )


def run(base_url: str) -> list[Row]:
    """Figure 1 rows: get, list and create, sync then async."""
    sync, async_ = measure_sync(base_url), measure_async(base_url)
    rows = [_row("sync", name, sync[name]) for name in OPERATIONS]
    return rows + [_row("async", name, async_[name]) for name in OPERATIONS]
