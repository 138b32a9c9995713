"""A batch run end to end through the simulator: both standards, both clients, resuming, the
adaptive limit (1303, 1302), credits exhausted (1102), failures and retries, downloads."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kling_ext import batch
from kling_ext._batch._journal import Journal
from tests.batch.batch_helpers import FAST, RUN, created, legacy, standard, write_jobs

if TYPE_CHECKING:
    from kling_ext import AsyncKling, Kling
    from kling_mock import KlingMock


def test_both_standards_run_to_files_and_a_second_run_does_nothing(
    kling_mock_server: KlingMock, kling_client: Kling, tmp_path: Path
) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", legacy(4) + standard(3))
    seen: list[batch.Progress] = []
    found = batch.run(jobs, tmp_path / "out", client=kling_client, on_progress=seen.append, **RUN)
    assert found.complete and found.total == 7 and not found.failed
    for job_id in ("job-0", "std-2"):
        assert len(list((tmp_path / "out" / job_id).glob("*.mp4"))) == 1
    assert len(created(kling_mock_server)) == 7
    last = seen[-1]
    assert last.finished == 7 and last.rate > 0 and last.eta == 0.0
    assert seen[0].eta is None
    before = kling_mock_server.stats()["requests"]
    again = batch.run(jobs, tmp_path / "out", client=kling_client, **RUN)
    assert again.complete and kling_mock_server.stats()["requests"] == before
    assert batch.status(tmp_path / "out").to_dict()["counts"]["downloaded"] == 7


@pytest.mark.anyio
async def test_the_async_twin(
    kling_mock_server: KlingMock, async_kling_client: AsyncKling, tmp_path: Path
) -> None:
    found = await batch.arun(legacy(2) + standard(2), tmp_path, client=async_kling_client, **RUN)
    assert found.complete and len(created(kling_mock_server)) == 4


def test_clients_from_the_environment(kling_mock_env: KlingMock, tmp_path: Path) -> None:
    assert batch.run(legacy(1), tmp_path, **RUN).complete


@pytest.mark.anyio
async def test_async_client_from_the_environment(kling_mock_env: KlingMock, tmp_path: Path) -> None:
    assert (await batch.arun(standard(1), tmp_path, **RUN)).complete


def test_concurrency_refusals_halve_the_limit_and_every_job_ends(
    kling_mock_server: KlingMock, kling_client: Kling, tmp_path: Path
) -> None:
    kling_mock_server.limit_concurrency(2)
    found = batch.run(legacy(8), tmp_path, client=kling_client, concurrency=6, **RUN)
    assert found.complete and found.refusals > 0
    assert len(created(kling_mock_server)) == 8
    assert all(len(ids) == 1 for ids in created(kling_mock_server).values())


def test_rate_limited_creates_are_sent_again(
    kling_mock_server: KlingMock, kling_client: Kling, tmp_path: Path
) -> None:
    kling_mock_server.add_fault("rate_limit", operations=["create"], count=3)
    found = batch.run(legacy(3), tmp_path, client=kling_client, **RUN)
    assert found.complete and found.refusals == 3 and len(created(kling_mock_server)) == 3


def test_credits_exhausted_stops_submitting_and_waits_for_the_rest(
    kling_mock_server: KlingMock, kling_client: Kling, tmp_path: Path
) -> None:
    kling_mock_server.configure(seed=7)
    kling_mock_server.add_fault("insufficient_balance", probability=0.4)
    found = batch.run(legacy(10), tmp_path, client=kling_client, concurrency=2, **RUN)
    assert found.credits_exhausted and not found.complete
    assert found.counts["submitted"] == 0 and found.counts["pending"] > 0
    assert found.counts["downloaded"] == len(created(kling_mock_server))
    kling_mock_server.configure(faults=[])
    again = batch.run(None, tmp_path, client=kling_client, **RUN)
    assert again.complete and len(created(kling_mock_server)) == 10


def test_failed_tasks_are_retried_only_when_asked_for_all(
    kling_mock_server: KlingMock, kling_client: Kling, tmp_path: Path
) -> None:
    kling_mock_server.fail_tasks()
    found = batch.run(legacy(2), tmp_path, client=kling_client, **RUN)
    assert [(job, code) for job, code, _ in found.failed] == [
        ("job-0", "task_failed"),
        ("job-1", "task_failed"),
    ]
    assert batch.retry(tmp_path) == []
    kling_mock_server.fail_tasks(False)
    assert batch.retry(tmp_path, every=True) == ["job-0", "job-1"]
    assert batch.run(None, tmp_path, client=kling_client, **RUN).complete
    ids = created(kling_mock_server)
    assert len(ids) == 4 and sum(ext.endswith("-r1") for ext in ids) == 2


def test_a_lost_create_answer_is_found_not_paid_twice(
    kling_mock_server: KlingMock, tmp_path: Path
) -> None:
    kling_mock_server.add_fault("drop", count=2)
    with kling_mock_server.client(**{**FAST, "commit_window": 1}) as client:
        found = batch.run(legacy(3), tmp_path, client=client, **RUN)
    assert found.complete and len(created(kling_mock_server)) == 3


def test_a_job_that_may_exist_is_looked_up_before_it_is_sent(
    kling_mock_server: KlingMock, kling_client: Kling, tmp_path: Path
) -> None:
    """As after a kill between the 'sent' mark and the create's answer."""
    jobs = legacy(2) + standard(1)
    with Journal(tmp_path) as journal:
        journal.add(batch.parse_jobs(jobs))
        old, new = journal.row("job-0"), journal.row("std-0")
        journal.sending("job-0")
        journal.sending("std-0")
    kling_client.videos.text2video.create(prompt="fox 0", external_task_id=old.external_id)
    kling_client.standard.text_to_video.create(
        "kling-3.0-turbo", prompt="fox 0", external_task_id=new.external_id
    )
    kling_mock_server.configure(unique_external_task_id=False)
    found = batch.run(jobs, tmp_path, client=kling_client, **RUN)
    assert found.complete and len(created(kling_mock_server)) == 3
    assert all(len(ids) == 1 for ids in created(kling_mock_server).values())


def test_a_failed_look_up_leaves_the_job_for_the_next_run(
    kling_mock_server: KlingMock, kling_client: Kling, tmp_path: Path
) -> None:
    with Journal(tmp_path) as journal:
        journal.add(batch.parse_jobs(legacy(1)))
        journal.sending("job-0")
    kling_mock_server.add_fault("server_error", operations=["get"], count=1)
    found = batch.run(None, tmp_path, client=kling_client, **RUN)
    assert found.unfinished == [("job-0", "pending", found.unfinished[0][2])]
    assert "may exist" in str(found.unfinished[0][2]) and not created(kling_mock_server)
    assert batch.run(None, tmp_path, client=kling_client, **RUN).complete


def test_expired_results_fail_the_job(
    kling_mock_server: KlingMock, kling_client: Kling, tmp_path: Path
) -> None:
    kling_mock_server.add_fault("expired_results")
    found = batch.run(legacy(1), tmp_path, client=kling_client, **RUN)
    assert [(job, code) for job, code, _ in found.failed] == [("job-0", "expired")]


def test_a_broken_download_is_tried_again(
    kling_mock_server: KlingMock, kling_client: Kling, tmp_path: Path
) -> None:
    kling_mock_server.add_fault("truncate", count=1)
    found = batch.run(legacy(1), tmp_path, client=kling_client, **RUN)
    assert found.complete
    assert not [p for p in tmp_path.rglob("*") if ".part-" in p.name]


def test_downloads_that_keep_failing_leave_the_job_succeeded(
    kling_mock_server: KlingMock, kling_client: Kling, tmp_path: Path
) -> None:
    kling_mock_server.add_fault("truncate")
    (tmp_path / "job-0").mkdir()
    (tmp_path / "job-0" / "x.mp4.part-0123").write_bytes(b"left by a killed run")
    found = batch.run(legacy(1), tmp_path, client=kling_client, **RUN)
    assert found.unfinished[0][:2] == ("job-0", "succeeded")
    assert not list((tmp_path / "job-0").iterdir())
    kling_mock_server.configure(faults=[])
    assert batch.run(None, tmp_path, client=kling_client, **RUN).complete
