"""Figure 5: downloading a 200 MiB result: peak RSS growth and throughput.

Each download runs in a fresh Python process (``python bench/_bigfile.py MODE URL DIR``). The
child imports everything, builds its client and downloads 1 MiB first (warm-up), resets its peak
RSS (``/proc/self/clear_refs``), reads its RSS, downloads the 200 MiB file the fast server
generates, and reads its peak RSS (``VmHWM``): the difference is the growth. ``ru_maxrss`` is not
used on Linux: a child started by fork/exec inherits its parent's ``ru_maxrss`` (a benchmark
process of 80 MiB would hide any growth below that); ``VmHWM`` belongs to the child's own memory.

Modes: ``ours`` = ``Kling.download(task, dir)`` (writes chunks as they arrive to a temporary
file, writes them back to disk in a worker thread, checks the length, fsyncs, renames); ``bare`` =
``httpx.Client.stream`` + ``iter_bytes`` written to a file (no fsync, no check); ``requests`` = the
peers' way (:class:`bench._peers.RequestsJwt`: ``stream=True`` + ``iter_content`` of 64 KiB, no
fsync). ``ROUNDS`` rounds, each running every mode once in a rotating order; the figure is the
median throughput of each mode (the whole call) and the largest RSS growth. MB here means MiB.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench._common import ACCESS_KEY, SECRET_KEY, Row, median, verdict

SIZE = 200 * 2**20
WARMUP_SIZE = 2**20
TARGET_MIB = 32.0
TARGET_SPEED = 0.95
ROUNDS = 5
MODES = ("ours", "bare", "requests")


def _status_mib(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return None


def _start_measuring() -> float:
    """Reset the peak RSS where the OS allows it; the current RSS in MiB."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")  # Linux: reset VmHWM to VmRSS
    current = _status_mib("VmRSS")
    return current if current is not None else _peak_mib()


def _peak_mib() -> float:
    """Peak RSS in MiB: ``VmHWM``, else ``ru_maxrss`` (KiB on Linux)."""
    peak = _status_mib("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _file_url(base_url: str, name: str, size: int) -> str:
    return f"{base_url}/files/{name}.mp4?size={size}"


def _ours(base_url: str, directory: Path) -> tuple[float, float, float]:
    from kling_ext import Kling, Task

    def task(name: str, size: int) -> Task:
        video = {"id": name, "url": _file_url(base_url, name, size), "duration": "5"}
        body = {"task_id": "bench", "task_status": "succeed", "task_result": {"videos": [video]}}
        return Task.from_dict(body)

    with Kling(access_key=ACCESS_KEY, secret_key=SECRET_KEY, base_url=base_url) as client:
        client.download(task("warm", WARMUP_SIZE), directory)
        before = _start_measuring()
        start = time.perf_counter()
        (path,) = client.download(task("big", SIZE), directory)
        seconds = time.perf_counter() - start
        if path.stat().st_size != SIZE:
            raise RuntimeError(f"downloaded {path.stat().st_size} bytes, expected {SIZE}")
        return before, _peak_mib(), seconds


def _timed(fetch: Callable[[str, int], int]) -> tuple[float, float, float]:
    fetch("warm", WARMUP_SIZE)
    before = _start_measuring()
    start = time.perf_counter()
    written = fetch("big", SIZE)
    seconds = time.perf_counter() - start
    if written != SIZE:
        raise RuntimeError(f"downloaded {written} bytes, expected {SIZE}")
    return before, _peak_mib(), seconds


def _bare(base_url: str, directory: Path) -> tuple[float, float, float]:
    import httpx

    with httpx.Client() as client:

        def fetch(name: str, size: int) -> int:
            written = 0
            with (
                client.stream("GET", _file_url(base_url, name, size)) as response,
                open(directory / f"{name}.mp4", "wb") as out,
            ):
                response.raise_for_status()
                for chunk in response.iter_bytes():
                    written += out.write(chunk)
            return written

        return _timed(fetch)


def _requests(base_url: str, directory: Path) -> tuple[float, float, float]:
    from bench._peers import RequestsJwt

    peer = RequestsJwt(base_url, ACCESS_KEY, SECRET_KEY)
    try:
        return _timed(
            lambda name, size: peer.download(
                _file_url(base_url, name, size), directory / f"{name}.mp4"
            )
        )
    finally:
        peer.close()


def _child(mode: str, base_url: str, directory: str) -> None:
    run = {"ours": _ours, "bare": _bare, "requests": _requests}[mode]
    before, after, seconds = run(base_url, Path(directory))
    print(json.dumps({"before": before, "after": after, "seconds": seconds}))


def measure(mode: str, base_url: str) -> dict[str, float]:
    """Run one download in a fresh process; RSS in MiB, time in seconds."""
    directory = tempfile.mkdtemp(prefix=f"kling-bench-{mode}-")
    try:
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), mode, base_url, directory],
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)},
        )
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def _summary(result: dict[str, float]) -> tuple[float, float]:
    growth = max(0.0, result["after"] - result["before"])
    return growth, SIZE / 2**20 / result["seconds"]


def run(base_url: str) -> list[Row]:
    """Figure 5 rows: throughput and peak RSS growth, over ``ROUNDS`` interleaved rounds."""
    results: dict[str, list[dict[str, float]]] = {mode: [] for mode in MODES}
    for i in range(ROUNDS):
        order = MODES[i % len(MODES) :] + MODES[: i % len(MODES)]
        for mode in order:
            results[mode].append(measure(mode, base_url))
    speed = {m: median([_summary(r)[1] for r in results[m]]) for m in MODES}
    growth = {m: max(_summary(r)[0] for r in results[m]) for m in MODES}
    peak = {m: max(r["after"] for r in results[m]) for m in MODES}
    ratio = speed["ours"] / speed["bare"]
    spread = ", ".join(f"{_summary(r)[1]:.0f}" for r in results["ours"])
    return [
        Row(
            figure=f"5 download 200 MiB: throughput (median of {ROUNDS} interleaved rounds)",
            ours=f"{speed['ours']:.0f} MiB/s (rounds: {spread}); fsync, length check, rename",
            baseline=(
                f"bare httpx.Client.stream to a file: {speed['bare']:.0f} MiB/s; "
                f"requests+JWT iter_content: {speed['requests']:.0f} MiB/s"
            ),
            ratio_target=(
                f"{ratio:.2f}x / >= {TARGET_SPEED:.2f}x bare httpx; "
                f"{speed['ours'] / speed['requests']:.2f}x requests+JWT"
            ),
            verdict=verdict(ratio >= TARGET_SPEED),
        ),
        Row(
            figure="5 download 200 MiB: peak RSS growth (largest of the rounds)",
            ours=f"+{growth['ours']:.1f} MiB (peak RSS {peak['ours']:.0f} MiB)",
            baseline=(
                f"bare httpx: +{growth['bare']:.1f} MiB (peak {peak['bare']:.0f} MiB); "
                f"requests+JWT: +{growth['requests']:.1f} MiB (peak {peak['requests']:.0f} MiB)"
            ),
            ratio_target=f"+{growth['ours']:.1f} MiB / < {TARGET_MIB:.0f} MiB",
            verdict=verdict(growth["ours"] < TARGET_MIB),
        ),
    ]


if __name__ == "__main__":
    _child(*sys.argv[1:4])
