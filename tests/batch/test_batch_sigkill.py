"""The proof of issue 20: a batch killed with SIGKILL at random points (while submitting, waiting
and downloading) and restarted until it finishes makes exactly one task per job, even on a server
that does not enforce external_task_id uniqueness, and leaves one complete file per job and no
partial file."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from subprocess import DEVNULL
from typing import TYPE_CHECKING

import httpx
import pytest

if TYPE_CHECKING:
    from kling_mock import KlingMock

JOBS = int(os.environ.get("KLING_BATCH_SIGKILL_JOBS", "500"))
SEED = 20
PHASES = ("submit", "wait", "download")
KILLS = 6
"""Kills before the batch may finish: each phase twice, at a seeded random point."""


def _command(jobs: Path, out: Path) -> list[str]:
    entry = "from kling_cli._entry import main; main()"
    run = ["batch", "run", str(jobs), "--out", str(out), "--json"]
    return [sys.executable, "-c", entry, *run, "--concurrency", "100", "--poll-interval", "0.05"]


@pytest.mark.slow
def test_sigkill_at_random_points_never_pays_twice(
    kling_mock_server: KlingMock, tmp_path: Path
) -> None:
    mock = kling_mock_server
    mock.configure(unique_external_task_id=False, processing_after=0.02, succeed_after=0.1)
    jobs = tmp_path / "jobs.jsonl"
    lines = [
        {"id": f"job-{i}", "operation": "text2video", "prompt": f"fox {i}"} for i in range(JOBS)
    ]
    jobs.write_text("\n".join(json.dumps(line) for line in lines))
    out = tmp_path / "out"
    env = {**os.environ, "KLING_API_KEY": mock.api_key, "KLING_BASE_URL": mock.base_url}
    rng = random.Random(SEED)
    kills: list[str] = []
    for attempt in range(KILLS + 10):
        proc = subprocess.Popen(_command(jobs, out), env=env, stdout=DEVNULL, stderr=DEVNULL)
        if attempt < KILLS:
            phase = PHASES[attempt % len(PHASES)]
            if _kill_during(proc, mock, phase, rng.randint(1, 40)):
                kills.append(phase)
                continue
        assert proc.wait(timeout=60) == 0
        break
    else:
        pytest.fail("the batch never finished")
    stats = mock.stats()
    created = stats["created_by_external_task_id"]
    assert stats["tasks_created"] == JOBS
    assert len(created) == JOBS and all(len(ids) == 1 for ids in created.values())
    files = [p for p in out.rglob("*") if p.is_file() and p.parent != out]
    assert not [p for p in files if ".part-" in p.name]
    by_job = {p.parent.name: p for p in files}
    assert len(files) == len(by_job) == JOBS
    assert set(kills) == set(PHASES), kills  # each phase was interrupted at least once
    sizes = {p.stat().st_size for p in files}
    assert sizes == {_reference_size(mock)}


def _kill_during(proc: subprocess.Popen[bytes], mock: KlingMock, phase: str, after: int) -> bool:
    """SIGKILL ``proc`` once the server has seen ``after`` more requests of ``phase`` (creates,
    task reads, file downloads); False when the batch finished first."""
    kinds = {"submit": ("create",), "wait": ("get", "list"), "download": ("file",)}[phase]
    start = _count(mock, kinds)
    while proc.poll() is None:
        if _count(mock, kinds) - start >= after:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.02)
    return False


def _count(mock: KlingMock, kinds: tuple[str, ...]) -> int:
    requests = mock.stats()["requests"]
    return sum(requests.get(kind, 0) for kind in kinds)


def _reference_size(mock: KlingMock) -> int:
    with mock.client(max_retries=0) as client:
        task = client.videos.text2video.create(prompt="reference")
        done = client.videos.text2video.wait(task, timeout=30)
        return len(httpx.get(done.video_urls[0]).content)
