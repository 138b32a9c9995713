"""The pieces of a batch on their own: job lines, the journal, the adaptive limit, the backend
and runner decisions that the simulator does not reach."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from kling_ext import AuthenticationError, UnknownFieldWarning, ValidationError, batch
from kling_ext._batch._backend import AsyncBackend, with_external_id
from kling_ext._batch._journal import Journal, external_id
from kling_ext._batch._limits import AdaptiveLimit
from kling_ext._batch._report import error_code
from tests.batch.batch_helpers import RUN, client, created, legacy, refusal, standard, write_jobs

if TYPE_CHECKING:
    from kling_ext import AsyncKling, Kling
    from kling_mock import KlingMock


# --- jobs ---------------------------------------------------------------------------------------
def test_jobs_of_both_standards() -> None:
    first, second = batch.parse_jobs(legacy(1) + standard(1))
    assert (first.operation, first.standard, first.body) == (
        "text_to_video",
        False,
        {"prompt": "fox 0"},
    )
    assert (second.operation, second.model, second.standard) == (
        "standard_text_to_video",
        "kling-3.0-turbo",
        True,
    )
    assert first.definition() != second.definition()


def test_every_problem_of_every_line_at_once(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "operation": "text2video", "prompt": "x"}),
        json.dumps({"id": "a", "operation": "nope"}),
        "not json",
        "",
        json.dumps(["a list"]),
        json.dumps({"id": ".hidden", "operation": "text2video", "prompt": "y", "duration": "7"}),
        json.dumps({"id": "b", "operation": "text2video", "prompt": "z", "external_task_id": "e"}),
        json.dumps({"id": "c", "operation": "text-to-video", "model": "kling-3.0-turbo",
                    "prompt": "p", "options": {"external_task_id": "e"}}),
        json.dumps({"id": "d", "operation": "tasks", "model": "kling-3.0"}),
        json.dumps({"id": "e", "operation": "text2video", "model": 3}),
        json.dumps({"id": "f"}),
    ]  # fmt: skip
    path = tmp_path / "jobs.jsonl"
    path.write_text("\n".join(lines))
    with pytest.raises(ValidationError) as caught:
        batch.parse_jobs(path)
    fields = [field for field, _ in caught.value.problems]
    assert fields == [
        "line 2: operation",
        "line 2: id",
        "line 3",
        "line 5: ",
        "line 6: id",
        "line 6: duration",
        "line 7: external_task_id",
        "line 8: external_task_id",
        "line 9: operation",
        "line 10: model",
        "line 10: prompt",
        "line 11: operation",
    ]


def test_no_job_at_all(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no job given"):
        batch.parse_jobs(write_jobs(tmp_path / "empty.jsonl", []))


def test_what_kling_ignores_is_a_warning_naming_the_line() -> None:
    with pytest.warns(UnknownFieldWarning, match="line 1: "):
        batch.parse_jobs(legacy(1, not_a_field=1))


# --- journal ------------------------------------------------------------------------------------
def test_journal_transitions_are_committed(tmp_path: Path) -> None:
    jobs = batch.parse_jobs(legacy(3))
    with Journal(tmp_path) as journal:
        assert journal.add(jobs) == 3 and journal.add(jobs) == 0
        batch_id = journal.batch_id
        journal.sending("job-0")
        journal.submitted("job-0", "t0")
        journal.ended("job-0", {"task_id": "t0"}, True, "")
        journal.downloaded("job-0", ["a.mp4"])
        journal.failed("job-1", "1301", "policy")
    other = sqlite3.connect(tmp_path / batch.JOURNAL_NAME)  # what another process would see
    assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    states = dict(other.execute("SELECT id, state FROM jobs").fetchall())
    assert states == {"job-0": "downloaded", "job-1": "failed", "job-2": "pending"}
    other.close()
    with Journal.existing(tmp_path) as journal:
        row = journal.row("job-0")
        assert (row.sent, row.attempts, row.task_id, row.files) == (True, 1, "t0", ["a.mp4"])
        assert row.external_id == external_id(batch_id, "job-0", 0) == f"kb-{batch_id}-job-0"
        assert journal.retry(["job-1", "job-2"]) == 1  # only failed jobs
        assert journal.row("job-1").external_id.endswith("-r1")
        with pytest.raises(KeyError):
            journal.row("nope")


def test_a_changed_job_is_refused(tmp_path: Path) -> None:
    with Journal(tmp_path) as journal:
        journal.add(batch.parse_jobs(legacy(1)))
        with pytest.raises(ValidationError, match="another definition"):
            journal.add(batch.parse_jobs(legacy(1, duration="10")))


def test_no_journal_yet(tmp_path: Path) -> None:
    for call in (batch.status, batch.retry):
        with pytest.raises(FileNotFoundError):
            call(tmp_path)


# --- limits -------------------------------------------------------------------------------------
def test_the_limit_halves_grows_by_one_and_never_passes_the_ceiling() -> None:
    limit = AdaptiveLimit(8)
    limit.accepted()
    assert limit.current == 8
    limit.refused()
    limit.refused()
    assert (limit.current, limit.refusals) == (2, 2)
    assert limit.room(1) and not limit.room(2)
    for _ in range(3):
        limit.refused()
    assert limit.current == 1
    limit.accepted()
    assert limit.current == 2
    limit.credits_exhausted()
    assert not limit.room(0)


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_a_bad_limit(bad: object) -> None:
    with pytest.raises(ValueError, match="concurrency"):
        AdaptiveLimit(bad)  # type: ignore[arg-type]


# --- decisions the simulator does not reach -----------------------------------------------------
def test_error_codes_for_the_journal() -> None:
    assert error_code(ValidationError([("a", "b")])) == "validation"
    assert error_code(RuntimeError()) == "RuntimeError"
    from kling_ext import APIError, DownloadError

    assert error_code(APIError("x", status_code=502)) == "http_502"
    assert error_code(DownloadError("x", url="u")) == "download"


def test_external_ids_go_where_each_standard_expects_them() -> None:
    old, new = batch.parse_jobs([*legacy(1), {**standard(1)[0], "options": {"callback_url": "u"}}])
    assert with_external_id(old, "e")["external_task_id"] == "e"
    assert with_external_id(new, "e")["options"] == {"callback_url": "u", "external_task_id": "e"}


def _creates(
    answer: httpx.Response | Exception,
) -> Callable[[httpx.Request], httpx.Response | None]:
    def fault(request: httpx.Request) -> httpx.Response | None:
        if request.method == "POST":
            if isinstance(answer, Exception):
                raise answer
            return answer
        return None

    return fault


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        (refusal(1301), "1301"),
        (refusal(1200), "1200"),
        (httpx.ConnectError("refused"), "transport"),
    ],
)
def test_a_refused_or_unsent_create_fails_the_job(
    kling_mock_server: KlingMock, tmp_path: Path, answer: object, code: str
) -> None:
    with client(kling_mock_server, _creates(answer)) as faulty:  # type: ignore[arg-type]
        found = batch.run(legacy(1), tmp_path, client=faulty, **RUN)
    assert [(job, c) for job, c, _ in found.failed] == [("job-0", code)]
    assert batch.retry(tmp_path) == (["job-0"] if code == "transport" else [])


def test_an_ambiguous_create_is_left_for_the_next_run(
    kling_mock_server: KlingMock, tmp_path: Path
) -> None:
    with client(kling_mock_server, _creates(refusal(5000, 500))) as faulty:
        found = batch.run(legacy(1), tmp_path, client=faulty, **RUN)
    assert found.unfinished[0][:2] == ("job-0", "pending") and not created(kling_mock_server)


def test_a_taken_external_id_is_looked_up(
    kling_mock_server: KlingMock, kling_client: Kling, tmp_path: Path
) -> None:
    """1201: our own create, committed after the look-ups of an earlier run."""
    with Journal(tmp_path) as journal:
        journal.add(batch.parse_jobs(legacy(2)))
        ext = journal.row("job-0").external_id
    kling_client.videos.text2video.create(prompt="fox 0", external_task_id=ext)
    with client(kling_mock_server, _creates(refusal(1201))) as faulty:
        found = batch.run(None, tmp_path, client=faulty, **RUN)
    assert found.counts["downloaded"] == 1 and found.unfinished[0][:2] == ("job-1", "pending")
    assert len(created(kling_mock_server)) == 1


def test_a_taken_external_id_whose_look_up_fails(
    kling_mock_server: KlingMock, tmp_path: Path
) -> None:
    def fault(request: httpx.Request) -> httpx.Response | None:
        return refusal(1201) if request.method == "POST" else refusal(5000, 500)

    with client(kling_mock_server, fault) as faulty:
        found = batch.run(legacy(1), tmp_path, client=faulty, **RUN)
    assert "may exist" in str(found.unfinished[0][2])


@pytest.mark.anyio
async def test_the_async_look_up_by_external_id(async_kling_client: AsyncKling) -> None:
    backend = AsyncBackend(async_kling_client)
    for job in batch.parse_jobs(legacy(1) + standard(1)):
        assert await backend.find(job, "kb-unknown") is None
    await backend.close()  # not owned: the fixture closes the client


def test_a_changed_job_is_refused_before_anything_runs(tmp_path: Path) -> None:
    with Journal(tmp_path) as journal:
        journal.add(batch.parse_jobs(legacy(1)))
    with pytest.raises(ValidationError, match="another definition"):
        batch.run(legacy(1, duration="10"), tmp_path, **RUN)


def test_a_refusal_while_waiting_ends_the_run_with_the_journal_kept(
    kling_mock_server: KlingMock, tmp_path: Path
) -> None:
    def fault(request: httpx.Request) -> httpx.Response | None:
        return None if request.method == "POST" else refusal(1004, 401)

    with client(kling_mock_server, fault) as faulty, pytest.raises(AuthenticationError):
        batch.run(legacy(2), tmp_path, client=faulty, concurrency=1, **RUN)
    assert batch.status(tmp_path).counts["submitted"] == 1


def test_a_second_run_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    with Journal(tmp_path) as holder:
        holder.add(batch.parse_jobs(legacy(1)))
        holder.lock()
        with pytest.raises(batch.BatchBusyError, match="another batch run is using"):
            batch.run(legacy(1), tmp_path, **RUN)  # refused before any client is made
        with pytest.raises(batch.BatchBusyError):
            batch.retry(tmp_path)
    assert batch.retry(tmp_path) == []  # released with the journal
