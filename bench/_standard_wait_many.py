"""Figure 3b: requests spent waiting on 1,000 new-standard tasks.

A fake task store behind an ``httpx.MockTransport`` answers ``GET /tasks?task_ids=a,b,...`` for
1,000 new-standard tasks (kling-3.0-turbo) that finish at spread-out times between 5 and 60
simulated seconds. A fake clock moved only by the injected ``sleep`` (no real sleeping) gives both
waiters the same timeline.

Ours: ``client.standard.tasks.wait_many(ids)``: each round reads the pending ids with one
``GET /tasks`` per chunk (``chunk_size``, default 20). Baseline: one ``GET /tasks?task_ids=<id>``
per pending task per interval, with the same poll schedule — looping ``get`` over the ids.

Run alone: ``.venv/bin/python -m bench._standard_wait_many``.
"""

from __future__ import annotations

import json
import random
from collections import Counter

import httpx

from bench._common import Row, verdict
from kling_ext import Kling, PollSchedule

TASKS = 1000
TARGET = 10.0
API_KEY = "bench-standard-api-key-0123456789abcdef"


class FakeClock:
    """Simulated seconds; ``sleep`` moves time forward at once."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        """Advance the clock instead of sleeping."""
        self.now += seconds


class TaskStore:
    """1,000 new-standard tasks; task ``i`` is ``processing`` until its finish time."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.ids = [f"8936000000{i:08d}" for i in range(TASKS)]
        self.finish_at = {tid: 5.0 + (i * 7919) % 56 for i, tid in enumerate(self.ids)}
        self.requests: Counter[str] = Counter()
        self.largest_batch = 0

    def _task(self, task_id: str) -> dict[str, object]:
        done = self.clock() >= self.finish_at[task_id]
        task: dict[str, object] = {"id": task_id, "status": "succeeded" if done else "processing"}
        if done:
            url = f"https://cdn.bench/{task_id}.mp4"
            task["outputs"] = [{"type": "video", "id": task_id, "url": url, "duration": "5"}]
        return task

    def handler(self, request: httpx.Request) -> httpx.Response:
        """Answer GET /tasks like the API; count every request and the largest batch."""
        self.requests[request.url.path] += 1
        ids = request.url.params["task_ids"].split(",")
        self.largest_batch = max(self.largest_batch, len(ids))
        body = {"code": 0, "message": "SUCCEED", "data": [self._task(i) for i in ids]}
        return httpx.Response(200, content=json.dumps(body).encode())


def _client(store: TaskStore) -> Kling:
    return Kling(
        api_key=API_KEY,
        base_url="http://kling.bench",
        transport=httpx.MockTransport(store.handler),
        sleep=store.clock.sleep,
        clock=store.clock,
        rng=random.Random(7),
    )


def ours(chunk_size: int | None = None) -> tuple[int, int, float, int]:
    """(requests, tasks seen finishing, simulated seconds, largest batch) for ``wait_many``."""
    store = TaskStore(FakeClock())
    with _client(store) as client:
        done = list(client.standard.tasks.wait_many(store.ids, chunk_size=chunk_size))
    return store.requests.total(), len(done), store.clock.now, store.largest_batch


def naive() -> tuple[int, int, float]:
    """(requests, tasks finished, simulated seconds) for one GET per pending task per interval."""
    store = TaskStore(FakeClock())
    schedule, rng = PollSchedule(), random.Random(7)
    pending = list(store.ids)
    finished = attempt = 0
    with _client(store) as client:
        while pending:
            still = []
            for task_id in pending:
                if client.standard.tasks.get(task_id).is_done:
                    finished += 1
                else:
                    still.append(task_id)
            pending = still
            if pending:
                store.clock.sleep(schedule.delay(attempt, rng))
                attempt += 1
    return store.requests.total(), finished, store.clock.now


def run() -> list[Row]:
    """Figure 3b row (``bench/run.py`` can list it next to figure 3)."""
    requests, done, seconds, batch = ours()
    naive_requests, naive_done, naive_seconds = naive()
    ratio = naive_requests / max(requests, 1)
    ok = ratio >= TARGET and done == naive_done == TASKS
    return [
        Row(
            figure=f"3b requests to wait on {TASKS:,} new-standard tasks (GET /tasks batches)",
            ours=(
                f"{requests:,} requests ({done:,} done, {seconds:.0f} simulated s, "
                f"{batch} ids/call)"
            ),
            baseline=(
                f"GET per task per interval: {naive_requests:,} "
                f"({naive_done:,} done, {naive_seconds:.0f} simulated s)"
            ),
            ratio_target=f"{ratio:.0f}x fewer / >= {TARGET:.0f}x",
            verdict=verdict(ok),
        )
    ]


if __name__ == "__main__":  # pragma: no cover - a manual run
    for row in run():
        print(f"{row.figure}\n  ours:     {row.ours}\n  baseline: {row.baseline}")
        print(f"  ratio:    {row.ratio_target}  {row.verdict}")
