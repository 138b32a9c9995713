"""Figure 3: requests spent waiting on 1,000 tasks.

A fake task store behind an ``httpx.MockTransport`` answers get-one and list (newest first,
``pageNum``/``pageSize``) for 1,000 text-to-video tasks that finish at spread-out times between 5
and 60 simulated seconds. Time is a fake clock that only the injected ``sleep`` moves forward
(no real sleeping), so both waiters see the same task timeline.

Ours: ``client.wait_many(ids, family="text_to_video")`` (list pages while cheaper than GETs).
Baseline: one GET per pending task per interval, with the same poll schedule (the client's default
``PollSchedule``, same seed) — what looping ``get`` over the ids does.
"""

from __future__ import annotations

import random
from collections import Counter

import httpx

from bench._common import ACCESS_KEY, SECRET_KEY, Row, verdict
from bench._fastserver import envelope, task_json
from kling_ext import Kling, PollSchedule

TASKS = 1000
PATH = "/v1/videos/text2video"
TARGET = 100.0


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
    """1,000 tasks; task ``i`` is ``processing`` until its finish time, then ``succeed``."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.ids = [f"8600000000{i:08d}" for i in range(TASKS)]
        self.finish_at = {tid: 5.0 + (i * 7919) % 56 for i, tid in enumerate(self.ids)}
        self.newest_first = self.ids[::-1]
        self.requests: Counter[str] = Counter()

    def _task(self, task_id: str) -> dict[str, object]:
        done = self.clock() >= self.finish_at[task_id]
        return task_json(task_id, "succeed" if done else "processing")

    def handler(self, request: httpx.Request) -> httpx.Response:
        """Answer get-one and list like the API; count every request."""
        path = request.url.path
        if path == PATH:
            self.requests["list"] += 1
            page = int(request.url.params.get("pageNum", "1"))
            size = int(request.url.params.get("pageSize", "30"))
            ids = self.newest_first[(page - 1) * size : page * size]
            body = envelope([self._task(tid) for tid in ids])
        else:
            self.requests["get"] += 1
            body = envelope(self._task(path.rsplit("/", 1)[1]))
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})


def _client(store: TaskStore) -> Kling:
    return Kling(
        access_key=ACCESS_KEY,
        secret_key=SECRET_KEY,
        base_url="http://kling.bench",
        transport=httpx.MockTransport(store.handler),
        sleep=store.clock.sleep,
        clock=store.clock,
        rng=random.Random(7),
    )


def ours() -> tuple[int, int, float]:
    """(requests, tasks seen finishing, simulated seconds) for ``wait_many``."""
    store = TaskStore(FakeClock())
    with _client(store) as client:
        done = list(client.wait_many(store.ids, family="text_to_video"))
    return store.requests.total(), len(done), store.clock.now


def naive() -> tuple[int, int, float]:
    """(requests, tasks finished, simulated seconds) for one GET per pending task per interval."""
    store = TaskStore(FakeClock())
    schedule, rng = PollSchedule(), random.Random(7)
    pending = list(store.ids)
    finished = 0
    attempt = 0
    with _client(store) as client:
        while pending:
            still = []
            for task_id in pending:
                task = client.videos.text2video.get(task_id)
                if task.task_status in ("succeed", "failed"):
                    finished += 1
                else:
                    still.append(task_id)
            pending = still
            if pending:
                store.clock.sleep(schedule.delay(attempt, rng))
                attempt += 1
    return store.requests.total(), finished, store.clock.now


def run() -> list[Row]:
    """Figure 3 row."""
    requests, done, seconds = ours()
    naive_requests, naive_done, naive_seconds = naive()
    ratio = naive_requests / max(requests, 1)
    ok = ratio >= TARGET and done == naive_done == TASKS
    return [
        Row(
            figure=f"3 requests to wait on {TASKS:,} tasks (wait_many)",
            ours=f"{requests:,} requests ({done:,} done, {seconds:.0f} simulated s)",
            baseline=(
                f"GET per task per interval: {naive_requests:,} "
                f"({naive_done:,} done, {naive_seconds:.0f} simulated s)"
            ),
            ratio_target=f"{ratio:.0f}x fewer / >= {TARGET:.0f}x",
            verdict=verdict(ok),
        )
    ]
