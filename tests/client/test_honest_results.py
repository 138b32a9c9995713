"""Honest results: ``download()`` refuses a task that has not succeeded, naming its status, and
``wait()`` on a failed task raises with Kling's ``task_status_msg`` (both clients)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import respx

from kling_ext import Task, TaskFailedError, TaskNotFinishedError
from kling_ext._core._ready import ready_files
from tests.client._fakes import T2V, FakeTime, call, ok, opened, task

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("status", ["submitted", "processing", "queued-by-a-newer-api"])
async def test_download_of_an_unfinished_task_names_its_status(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path, status: str
) -> None:
    running = Task.from_dict(task("t-7", status))
    async with opened(mode, router, time) as client:
        with pytest.raises(TaskNotFinishedError) as caught:
            await call(client.download(running, tmp_path / "out"))
    assert (caught.value.task_id, caught.value.task_status) == ("t-7", status)
    assert f"status: {status}" in str(caught.value)
    assert "wait for it to succeed first" in str(caught.value)
    assert not (tmp_path / "out").exists()  # nothing created, nothing requested


async def test_download_of_a_failed_task_raises_with_the_reason(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    failed = Task.from_dict(task("t-8", "failed", msg="content moderation hit"))
    async with opened(mode, router, time) as client:
        with pytest.raises(TaskFailedError) as caught:
            await call(client.download(failed, tmp_path))
    assert caught.value.task_id == "t-8"
    assert caught.value.task_status_msg == "content moderation hit"
    assert str(caught.value) == "task t-8 failed: content moderation hit"
    assert caught.value.task is failed


async def test_wait_on_a_failed_task_raises_with_kling_s_task_status_msg(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.get(f"{T2V}/t-9").mock(return_value=ok(task("t-9", "failed", msg="policy: blocked")))
    async with opened(mode, router, time) as client:
        with pytest.raises(TaskFailedError, match=r"^task t-9 failed: policy: blocked$"):
            await call(client.videos.text2video.wait("t-9"))


@pytest.mark.parametrize(
    ("raw", "error", "status"),
    [
        ({"task_id": "r-1", "task_status": "processing"}, TaskNotFinishedError, "processing"),
        ({"task_id": "r-2"}, TaskNotFinishedError, None),
        ({"task_id": "r-3", "task_status": "failed"}, TaskFailedError, None),
    ],
)
def test_raw_tasks_and_mappings_are_judged_alike(
    raw: dict[str, Any], error: type[Exception], status: str | None
) -> None:
    for given in (raw, Task.from_dict(raw).raw):
        with pytest.raises(error) as caught:
            ready_files(given)
        if isinstance(caught.value, TaskNotFinishedError):
            assert caught.value.task_status == status
            assert "status: " + (status or "unknown") in str(caught.value)
        else:
            assert str(caught.value) == "task r-3 failed: no reason given"


def test_a_succeeded_task_s_files_are_listed() -> None:
    video = {"id": "v", "url": "https://cdn.test/v.mp4"}
    raw = task("t-10", "succeed", videos=[video])
    for given in (raw, Task.from_dict(raw), Task.from_dict(raw).raw):
        assert [f.url for f in ready_files(given)] == ["https://cdn.test/v.mp4"]


def test_new_standard_tasks_are_judged_by_their_own_status() -> None:
    running = Task.from_standard({"id": "s-1", "status": "processing"})
    with pytest.raises(TaskNotFinishedError, match=r"task s-1 has no results yet \(status: proc"):
        ready_files(running)
    failed = Task.from_standard({"id": "s-2", "status": "failed", "message": "moderation"})
    with pytest.raises(TaskFailedError, match=r"^task s-2 failed: moderation$"):
        ready_files(failed)
    video = {"type": "video", "id": "v", "url": "https://cdn.test/v.mp4", "duration": "5"}
    done = Task.from_standard({"id": "s-3", "status": "succeeded", "outputs": [video]})
    assert [f.url for f in ready_files(done)] == ["https://cdn.test/v.mp4"]
