"""``kling batch run | status | retry`` against the simulator: reports, exit codes, resuming."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import TYPE_CHECKING

import click.testing
import pytest
from rich.console import Console

from kling_cli import _app
from kling_cli import _batch as cli_batch
from kling_ext import batch
from kling_ext._batch import _runner
from kling_ext._batch._journal import Journal
from tests.batch.batch_helpers import legacy, write_jobs

FAST = ["--poll-interval", "0.02"]

if TYPE_CHECKING:
    from kling_mock import KlingMock


def kling(*args: str) -> click.testing.Result:
    return click.testing.CliRunner().invoke(_app.cli, list(args), prog_name="kling")


def test_run_resume_and_status(kling_mock_env: KlingMock, tmp_path: Path) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", legacy(3))
    out = str(tmp_path / "out")
    first = kling("batch", "run", str(jobs), "--out", out, *FAST)
    assert first.exit_code == 0, first.stderr
    assert "3 jobs" in first.stdout and "downloaded  3" in first.stdout
    again = kling("batch", "run", str(jobs), "--out", out, "--json", *FAST)
    assert json.loads(again.stdout)["complete"] is True and again.exit_code == 0
    status = kling("batch", "status", "--out", out, "--json")
    assert json.loads(status.stdout)["counts"]["downloaded"] == 3


def test_invalid_lines_are_all_reported_and_nothing_is_sent(
    kling_mock_env: KlingMock, tmp_path: Path
) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", [{"id": "a"}, {"id": "b", "operation": "x"}])
    result = kling("batch", "run", str(jobs), "--out", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert "line 1: operation" in result.stderr and "line 2: operation" in result.stderr
    assert not (tmp_path / "out").exists()
    assert kling_mock_env.stats()["requests"] == {}


def test_failures_exit_12_and_retry_resubmits_them(
    kling_mock_env: KlingMock, tmp_path: Path
) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", legacy(2))
    out = str(tmp_path / "out")
    kling_mock_env.fail_tasks()
    failed = kling("batch", "run", str(jobs), "--out", out, *FAST)
    assert failed.exit_code == 12 and "failed job-0: task_failed" in failed.stdout
    assert "resume with: kling batch run" in failed.stderr
    kling_mock_env.fail_tasks(False)
    kept = kling("batch", "retry", "--failed", "--out", out, *FAST)
    assert kept.exit_code == 12 and "0 failed job(s) to resubmit" in kept.stderr
    every = kling("batch", "retry", "--failed", "--all", "--out", out, "--json", *FAST)
    assert every.exit_code == 0 and json.loads(every.stdout)["complete"]


def test_credits_exhausted_has_its_own_exit_code(kling_mock_env: KlingMock, tmp_path: Path) -> None:
    kling_mock_env.add_fault("insufficient_balance")
    jobs = write_jobs(tmp_path / "jobs.jsonl", legacy(2))
    result = kling("batch", "run", str(jobs), "--out", str(tmp_path / "out"), *FAST)
    assert result.exit_code == 15 and "credits exhausted" in result.stdout
    assert "pending job-1" in result.stdout


def test_unfinished_jobs_exit_13(
    kling_mock_env: KlingMock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_runner, "DOWNLOAD_ATTEMPTS", 1)  # no pause between attempts
    kling_mock_env.add_fault("truncate")
    jobs = write_jobs(tmp_path / "jobs.jsonl", legacy(1))
    result = kling("batch", "run", str(jobs), "--out", str(tmp_path / "out"), *FAST)
    assert result.exit_code == 13 and "succeeded job-0: download failed" in result.stdout


def test_ctrl_c_leaves_a_resumable_batch(
    kling_mock_env: KlingMock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "run", interrupted)
    jobs = write_jobs(tmp_path / "jobs.jsonl", legacy(1))
    result = kling("batch", "run", str(jobs), "--out", str(tmp_path / "out"))
    assert result.exit_code == 130 and "Resume with: kling batch run" in result.stderr


@pytest.mark.parametrize("command", [["status"], ["retry", "--failed"]])
def test_no_journal_is_a_usage_error(tmp_path: Path, command: list[str]) -> None:
    result = kling("batch", *command, "--out", str(tmp_path))
    assert result.exit_code == 2 and "no batch journal" in result.stderr


def test_progress_shows_on_a_terminal_only() -> None:
    snapshot = batch.Progress(
        {"pending": 1, "submitted": 0, "succeeded": 0, "failed": 0, "downloaded": 3}, 4, 2.0, 5
    )
    with cli_batch.progress(Console(file=io.StringIO())) as quiet:
        assert quiet is None
    screen = io.StringIO()
    with cli_batch.progress(Console(file=screen, force_terminal=True, width=150)) as update:
        assert update is not None
        update(snapshot)
    assert "downloaded 3" in screen.getvalue() and "1.50 jobs/s" in screen.getvalue()


def test_long_reports_are_cut(tmp_path: Path) -> None:
    counts = dict.fromkeys(batch.STATES, 0) | {"failed": 25}
    report = batch.BatchReport("b", tmp_path, counts, [(f"j{i}", None, None) for i in range(25)])
    screen = io.StringIO()
    cli_batch.show(Console(file=screen, width=120), report, as_json=False)
    text = screen.getvalue()
    assert "failed j19\n" in text and "j20" not in text and "... and 5 more" in text


def test_a_busy_folder_is_one_error_line(kling_mock_env: KlingMock, tmp_path: Path) -> None:
    jobs = write_jobs(tmp_path / "jobs.jsonl", legacy(1))
    with Journal(tmp_path / "out") as holder:
        holder.lock()
        result = kling("batch", "run", str(jobs), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1 and "another batch run is using" in result.stderr
