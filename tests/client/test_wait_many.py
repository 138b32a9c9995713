"""Waiting on many tasks (``wait_many`` / ``as_completed``) with Kling / AsyncKling.

A fake store answers the list and get-one endpoints; its tasks move on one round per fake sleep,
so the requests of each refresh round can be counted: a walk of the list pages, not a GET per
task, when that is cheaper.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from kling_ext import PollSchedule, Task, ValidationError, WaitTimeoutError
from tests.client._fakes import (
    T2V,
    FakeTime,
    api_error,
    call,
    collect,
    ok,
    opened,
    task,
)

pytestmark = pytest.mark.anyio
STEADY = PollSchedule(initial=2.0, factor=1.0, cap=2.0, jitter=0.0)
NEVER = 10**9
T2V_KEY = "text_to_video"


class Store:
    """Tasks ``t-0000``... (external ids ``ext-0000``...); task ``i`` ends in round ``ends(i)``.

    Every fake sleep starts a new round. ``hidden`` tasks are left out of the list pages (as
    when newer tasks push them further back); ``log`` records ``(round, kind)`` per request.
    """

    def __init__(
        self, count: int, ends: Callable[[int], int], hidden: frozenset[int] = frozenset()
    ) -> None:
        self.count, self.ends, self.hidden = count, ends, hidden
        self.round = 0
        self.log: list[tuple[int, str]] = []
        self.troubles: list[httpx.Response] = []  # answered first, one per request

    def tick(self) -> None:
        self.round += 1

    def item(self, i: int) -> dict[str, Any]:
        ended = self.round >= self.ends(i)
        status = ("failed" if i % 10 == 9 else "succeed") if ended else "processing"
        return task(f"t-{i:04d}", status, external_id=f"ext-{i:04d}")

    def list_page(self, request: httpx.Request) -> httpx.Response:
        self.log.append((self.round, "list"))
        if self.troubles:
            return self.troubles.pop(0)
        page, size = int(request.url.params["pageNum"]), int(request.url.params["pageSize"])
        shown = [i for i in range(self.count) if i not in self.hidden]
        return ok([self.item(i) for i in shown[(page - 1) * size : page * size]])

    def get_one(self, request: httpx.Request, id: str) -> httpx.Response:
        self.log.append((self.round, f"get {id}"))
        if self.troubles:
            return self.troubles.pop(0)
        index = int(id.split("-")[1])
        return ok(self.item(index)) if index < self.count else api_error(404, 1203)

    def per_round(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for round_, _ in self.log:
            counts[round_] = counts.get(round_, 0) + 1
        return counts

    def serve(
        self, router: respx.Router, time: FakeTime, *, lists: bool = True, gets: bool = True
    ) -> None:
        """Answer from this store; only the endpoints the test expects to be called."""
        time.hooks.append(self.tick)
        if lists:
            router.get(T2V).mock(side_effect=self.list_page)
        if gets:
            router.get(path__regex=rf"^{T2V}/(?P<id>[^/]+)$").mock(side_effect=self.get_one)


async def drain(items: Any, into: list[Any], stamp: Callable[[Task], Any] = lambda t: t) -> None:
    """Append ``stamp(task)`` for each task of a sync or async iterator, as it comes."""
    if hasattr(items, "__aiter__"):
        async for item in items:
            into.append(stamp(item))
    else:
        into.extend(stamp(item) for item in items)


async def test_a_thousand_tasks_cost_a_few_list_pages_per_round(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    store = Store(1000, ends=lambda i: i % 3 + 1)
    store.serve(router, time, gets=False)
    ids = [f"t-{i:04d}" for i in range(1000)]
    done: list[tuple[int, str]] = []  # (round when yielded, task id)
    async with opened(mode, router, time, poll_schedule=STEADY) as client:
        items = client.wait_many(ids, family=client.videos.text2video)
        await drain(items, done, lambda t: (store.round, t.task_id))
    assert sorted(tid for _, tid in done) == ids  # every task, each once
    assert all(round_ == store.ends(int(tid[2:])) for round_, tid in done)  # as they finish
    assert all(kind == "list" for _, kind in store.log)
    assert set(store.per_round()) == {0, 1, 2, 3}
    assert max(store.per_round().values()) <= 4  # pages (2) + 2, never 1,000
    assert len(time.sleeps) == 3


async def test_tasks_missing_from_the_pages_are_fetched_by_id(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    store = Store(1000, ends=lambda i: 1, hidden=frozenset({7, 500, 999}))
    store.serve(router, time)
    async with opened(mode, router, time, poll_schedule=STEADY) as client:
        done = await collect(client.wait_many([f"t-{i:04d}" for i in range(1000)], family=T2V_KEY))
    assert len({t.task_id for t in done}) == len(done) == 1000
    gets = sorted(kind for _, kind in store.log if kind.startswith("get"))
    assert gets == [f"get t-{i:04d}" for i in (7, 7, 500, 500, 999, 999)]
    assert store.per_round() == {0: 2 + 3, 1: 2 + 3}


async def test_a_few_tasks_are_polled_by_id(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    store = Store(2, ends=lambda i: i + 1)
    store.serve(router, time, lists=False)
    seen: list[tuple[str, str]] = []
    async with opened(mode, router, time, poll_schedule=STEADY) as client:
        done = await collect(
            client.as_completed(
                ["t-0001", "t-0000"],
                family=T2V_KEY,
                on_update=lambda t: seen.append((t.task_id, t.task_status)),
            )
        )
    assert [t.task_id for t in done] == ["t-0000", "t-0001"]
    assert store.per_round() == {0: 2, 1: 2, 2: 1}
    assert seen == [  # once per status change, not once per poll
        ("t-0000", "processing"),
        ("t-0001", "processing"),
        ("t-0000", "succeed"),
        ("t-0001", "succeed"),
    ]


async def test_matching_by_external_task_id_through_pages_and_by_id(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    store = Store(30, ends=lambda i: 1 + i % 2, hidden=frozenset({3}))
    store.serve(router, time)
    wanted = [f"ext-{i:04d}" for i in range(20)]
    async with opened(mode, router, time, poll_schedule=STEADY) as client:
        done = await collect(client.wait_many(wanted, family=T2V_KEY, page_size=5))
    assert sorted(str(t.task_info.external_task_id) for t in done) == wanted
    assert any(kind == "list" for _, kind in store.log)
    assert {kind for _, kind in store.log if kind != "list"} == {"get ext-0003"}


async def test_the_deadline_names_every_pending_task(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    store = Store(5, ends=lambda i: 1 if i < 2 else NEVER)
    store.serve(router, time)  # one page for 5 tasks, then a GET each for the last 3
    done: list[Task] = []
    async with opened(mode, router, time, poll_schedule=STEADY) as client:
        items = client.wait_many([f"t-{i:04d}" for i in range(5)], family=T2V_KEY, timeout=9)
        with pytest.raises(WaitTimeoutError) as caught:
            await drain(items, done)
    assert sorted(str(t.task_id) for t in done) == ["t-0000", "t-0001"]
    error = caught.value
    assert isinstance(error, TimeoutError)
    assert error.pending == ("t-0002", "t-0003", "t-0004")
    assert error.task_id in error.pending and error.last_status == "processing"
    assert time.total <= 9 and time.now - time.start == pytest.approx(9)


async def test_finished_task_objects_are_yielded_without_requests(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    store = Store(3, ends=lambda i: 1)
    store.serve(router, time, lists=False)
    given = [Task.from_dict(task("t-0000", "succeed")), Task.from_dict(task("t-0001", "queued"))]
    async with opened(mode, router, time, poll_schedule=STEADY) as client:
        done = await collect(client.wait_many([*given, "t-0002", "t-0002"], family=T2V_KEY))
    assert done[0] is given[0]
    assert sorted(t.task_id for t in done) == ["t-0000", "t-0001", "t-0002"]
    assert "get t-0000" not in {kind for _, kind in store.log}


async def test_an_empty_wait_makes_no_request(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    async with opened(mode, router, time) as client:
        assert await collect(client.wait_many([], family=T2V_KEY)) == []
        assert await call(client.close()) is None
    assert router.calls.call_count == 0


@pytest.mark.parametrize("size", [0, 501])
async def test_a_bad_page_size_is_refused_before_sending(
    mode: str, router: respx.Router, time: FakeTime, size: int
) -> None:
    async with opened(mode, router, time) as client:
        with pytest.raises(ValidationError):
            await collect(client.wait_many(["t-0000"], family=T2V_KEY, page_size=size))
    assert router.calls.call_count == 0


async def test_transient_errors_during_a_refresh_are_waited_out(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    store = Store(600, ends=lambda i: 1)
    store.troubles = [api_error(503, 5001), api_error(429, 1303), httpx.Response(502, text="x")]
    store.serve(router, time, gets=False)
    ids = [f"t-{i:04d}" for i in range(600)]
    async with opened(mode, router, time, poll_schedule=STEADY, max_retries=0) as client:
        done = await collect(client.wait_many(ids, family=T2V_KEY))
    assert sorted(t.task_id for t in done) == ids
    assert len(time.sleeps) == 3  # one round lost to each trouble
