"""Waiting for one task with Kling / AsyncKling: end states, progress, deadline, schedule, resume.

The clients sleep with a fake that records each delay and advances the fake monotonic clock the
deadline reads, so every wait ends in microseconds and its sleeps can be summed.
"""

from __future__ import annotations

import random
from typing import Any

import httpx
import pytest
import respx

from kling_ext import PollSchedule, Task, TaskFailedError, WaitTimeoutError
from tests.client._fakes import (
    T2V,
    FakeTime,
    api_error,
    call,
    ok,
    opened,
    task,
)

pytestmark = pytest.mark.anyio
GET_ONE = f"{T2V}/t-1"
STEADY = PollSchedule(initial=1.0, factor=2.0, cap=5.0, jitter=0.0)


def statuses(*names: str) -> list[httpx.Response]:
    return [ok(task("t-1", name)) for name in names]


async def test_polls_until_succeed_and_reports_each_status_change_once(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.get(GET_ONE).mock(
        side_effect=statuses("submitted", "submitted", "processing", "processing", "succeed")
    )
    seen: list[Task] = []
    async with opened(mode, router, time) as client:
        done = await call(client.videos.text2video.wait("t-1", on_update=seen.append))
    assert (done.task_id, done.task_status) == ("t-1", "succeed")
    assert [t.task_status for t in seen] == ["submitted", "processing", "succeed"]
    assert seen[-1] is done
    assert route.call_count == 5 and len(time.sleeps) == 4


async def test_a_failed_task_raises_with_its_id_and_reason(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    failed = ok(task("t-1", "failed", msg="content moderation hit"))
    router.get(GET_ONE).mock(side_effect=[*statuses("processing"), failed])
    seen: list[str] = []
    async with opened(mode, router, time) as client:
        with pytest.raises(TaskFailedError) as caught:
            await call(client.videos.text2video.wait("t-1", on_update=lambda t: seen.append(t)))
    assert (caught.value.task_id, caught.value.task_status_msg) == ("t-1", "content moderation hit")
    assert "content moderation hit" in str(caught.value)
    assert len(seen) == 2


async def test_an_unknown_status_keeps_waiting_until_the_deadline(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.get(GET_ONE).mock(side_effect=lambda request: ok(task("t-1", "queued")))
    async with opened(mode, router, time) as client:
        with pytest.raises(WaitTimeoutError) as caught:
            await call(client.videos.text2video.wait("t-1", timeout=30, schedule=STEADY))
    error = caught.value
    assert isinstance(error, TimeoutError)
    assert (error.task_id, error.last_status) == ("t-1", "queued")
    assert time.now - time.start == pytest.approx(30) and time.total <= 30
    assert time.sleeps == [1, 2, 4, 5, 5, 5, 5, 3]
    assert error.waited == pytest.approx(30)


@pytest.mark.parametrize(("family", "limit"), [("text_to_video", 1800), ("image_generation", 600)])
async def test_the_default_deadline_depends_on_the_family(
    mode: str, router: respx.Router, time: FakeTime, family: str, limit: float
) -> None:
    path = {"text_to_video": T2V, "image_generation": "/v1/images/generations"}[family]
    router.get(f"{path}/t-1").mock(side_effect=lambda request: ok(task("t-1", "processing")))
    async with opened(mode, router, time) as client:
        with pytest.raises(WaitTimeoutError) as caught:
            await call(client.wait("t-1", family=family))
    assert caught.value.last_status == "processing"
    assert time.total == pytest.approx(limit)
    assert max(time.sleeps) <= PollSchedule().cap


async def test_transient_errors_while_polling_are_waited_out(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    troubles: list[Any] = [
        api_error(503, 5001),
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
        api_error(429, 1303),
        api_error(429, 1302),
        httpx.Response(502, html="<h1>Bad Gateway</h1>"),
        httpx.Response(200, text="not json"),
    ]
    route = router.get(GET_ONE).mock(side_effect=[*troubles, *statuses("succeed")])
    async with opened(mode, router, time, max_retries=0) as client:
        done = await call(client.videos.text2video.wait("t-1", timeout=600, schedule=STEADY))
    assert done.task_status == "succeed"
    assert route.call_count == len(troubles) + 1
    assert time.total <= 600


async def test_polling_errors_are_retried_by_the_transport_first(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.get(GET_ONE).mock(
        side_effect=[*[api_error(503, 5001)] * 3, *statuses("processing", "succeed")]
    )
    async with opened(mode, router, time, max_retries=2) as client:
        done = await call(client.videos.text2video.wait("t-1", schedule=STEADY))
    assert done.task_status == "succeed"
    assert route.call_count == 5


@pytest.mark.parametrize(
    "refusal",
    [api_error(429, 1303), api_error(503, 5001, headers={"Retry-After": "60"})],
)
async def test_total_sleep_never_exceeds_the_timeout_even_with_transport_retries(
    mode: str, router: respx.Router, time: FakeTime, refusal: httpx.Response
) -> None:
    router.get(GET_ONE).mock(return_value=refusal)
    async with opened(mode, router, time, max_retries=2) as client:
        with pytest.raises(WaitTimeoutError):
            await call(client.videos.text2video.wait("t-1", timeout=3, schedule=STEADY))
    assert time.total <= 3


async def test_delays_follow_the_schedule(mode: str, router: respx.Router, time: FakeTime) -> None:
    router.get(GET_ONE).mock(side_effect=statuses(*["processing"] * 6, "succeed"))
    async with opened(mode, router, time, poll_schedule=STEADY) as client:
        await call(client.videos.text2video.wait("t-1"))
    assert time.sleeps == [1, 2, 4, 5, 5, 5]


async def test_default_delays_start_short_back_off_with_jitter_and_are_capped(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.get(GET_ONE).mock(side_effect=statuses(*["processing"] * 14, "succeed"))
    schedule = PollSchedule()
    async with opened(mode, router, time, rng=random.Random(3)) as client:
        await call(client.videos.text2video.wait("t-1"))
    assert len(time.sleeps) == 14
    for attempt, slept in enumerate(time.sleeps):
        base = schedule.base_delay(attempt)
        assert base * 0.9 - 1e-9 <= slept <= min(schedule.cap, base * 1.1) + 1e-9
    assert time.sleeps[0] <= 1.1 and max(time.sleeps) <= 15
    assert len({round(s, 6) for s in time.sleeps[-4:]}) > 1  # jittered, not in lockstep


async def test_a_task_already_finished_needs_no_request(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    finished = Task.from_dict(task("t-1", "succeed"))
    async with opened(mode, router, time) as client:
        assert await call(client.videos.text2video.wait(finished)) is finished
    assert router.calls.call_count == 0 and time.sleeps == []


async def test_a_task_just_read_is_not_polled_at_once(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.get(GET_ONE).mock(side_effect=statuses("succeed"))
    requests_at_sleep: list[int] = []
    time.hooks.append(lambda: requests_at_sleep.append(router.calls.call_count))
    fresh = Task.from_dict(task("t-1", "submitted"))
    async with opened(mode, router, time) as client:
        done = await call(client.videos.text2video.wait(fresh, schedule=STEADY))
    assert done.task_status == "succeed"
    assert time.sleeps == [1.0] and requests_at_sleep == [0]


async def test_a_wait_resumes_from_the_id_alone_in_a_fresh_client(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(return_value=ok(task("t-1", "submitted")))
    router.get(GET_ONE).mock(
        side_effect=[*statuses("processing", "processing"), *statuses("succeed")]
    )
    async with opened(mode, router, time) as client:
        created = await call(client.videos.text2video.create(prompt="a fox"))
        with pytest.raises(WaitTimeoutError) as caught:
            await call(client.videos.text2video.wait(created, timeout=1.5, schedule=STEADY))
    assert caught.value.last_status == "processing"
    async with opened(mode, router, time) as fresh:
        done = await call(fresh.videos.text2video.wait(caught.value.task_id))
    assert done.task_status == "succeed"


async def test_create_and_wait_returns_the_finished_task(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(return_value=ok(task("t-1", "submitted")))
    router.get(GET_ONE).mock(side_effect=statuses("processing", "succeed"))
    seen: list[Task] = []
    async with opened(mode, router, time, poll_schedule=STEADY) as client:
        done = await call(
            client.videos.text2video.create_and_wait(prompt="a fox", on_update=seen.append)
        )
    assert done.task_status == "succeed"
    assert [t.task_status for t in seen] == ["submitted", "processing", "succeed"]


@pytest.mark.parametrize("how", ["key", "resource", "family"])
async def test_client_wait_takes_a_family_key_or_resource(
    mode: str, router: respx.Router, time: FakeTime, how: str
) -> None:
    router.get(GET_ONE).mock(side_effect=statuses("processing", "succeed"))
    async with opened(mode, router, time, poll_schedule=STEADY) as client:
        resource = client.videos.text2video
        family = {"key": "text_to_video", "resource": resource, "family": resource.family}[how]
        done = await call(client.wait("t-1", family=family))
    assert done.task_status == "succeed"
