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
from collections.abc import Iterator
from pathlib import Path
from subprocess import DEVNULL

import httpx
import pytest

from kling_mock import KlingMock

JOBS = int(os.environ.get("KLING_BATCH_SIGKILL_JOBS", "500"))
SEED = 20
PHASES = ("submit", "wait", "download")
SIMULATOR = {
    "processing_after": 0.02,
    "succeed_after": 0.1,
    "unique_external_task_id": False,
    "callbacks": False,
}
KILLS = 4
"""Kills before the batch may finish: each phase at least once, at a seeded random point (each
restart costs a process start-up, the most of this test's time)."""


DRIVER = """
import sys
from kling_ext import Kling, batch
with Kling() as client:
    found = batch.run(sys.argv[1], sys.argv[2], client=client, concurrency=100, poll_interval=0.05)
sys.exit(0 if found.complete else 1)
"""
"""The batch process: ``kling batch run`` without the command line's start-up (click, rich and the
commands built from the spec), so that the restarts cost less."""


def _command(jobs: Path, out: Path) -> list[str]:
    return [sys.executable, "-c", DRIVER, str(jobs), str(out)]


@pytest.fixture
def simulator(tmp_path: Path) -> Iterator[KlingMock]:
    """A simulator in a process of its own (not traced by coverage, not sharing this process's
    GIL), without external_task_id uniqueness: only the batch's look-ups prevent duplicates."""
    config = tmp_path / "simulator.json"
    config.write_text(json.dumps(SIMULATOR))
    command = [sys.executable, "-m", "kling_mock", "--port", "0", "--config", str(config)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().split()[3]  # "kling-mock listening on URL ..."
        mock = KlingMock(base_url)
        yield mock
        mock.close()
    finally:
        proc.terminate()
        proc.wait(10)
        if proc.stdout is not None:
            proc.stdout.close()


@pytest.mark.slow
def test_sigkill_at_random_points_never_pays_twice(simulator: KlingMock, tmp_path: Path) -> None:
    mock = simulator
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
            if _kill_during(proc, mock, phase, rng.randint(1, 3 if phase == "wait" else 40)):
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
    refresh rounds (list pages), file downloads); False when the batch finished first."""
    kinds = {"submit": ("create",), "wait": ("list",), "download": ("file",)}[phase]
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
