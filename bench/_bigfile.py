"""Figure 5: downloading a 200 MiB result: peak RSS growth and throughput.

Each download runs in a fresh Python process (``python bench/_bigfile.py MODE URL DIR``). The
child imports everything, builds its client and downloads 1 MiB first (warm-up), resets its peak
RSS (``/proc/self/clear_refs``), reads its RSS, downloads the 200 MiB file the fast server
generates, and reads its peak RSS (``VmHWM``): the difference is the growth. ``ru_maxrss`` is not
used on Linux: a child started by fork/exec inherits its parent's ``ru_maxrss`` (a benchmark
process of 80 MiB would hide any growth below that); ``VmHWM`` belongs to the child's own memory.

Modes: ``ours`` = ``Kling.download(task, dir)`` (streams 64 KiB chunks to a temporary file,
checks the length, fsyncs, renames); ``bare`` = ``httpx.stream`` + ``iter_bytes`` written to a
file (no fsync). Throughput counts the whole call. MB here means MiB.
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
from pathlib import Path

from bench._common import ACCESS_KEY, SECRET_KEY, Row, verdict

SIZE = 200 * 2**20
WARMUP_SIZE = 2**20
TARGET_MIB = 32.0


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


def _bare(base_url: str, directory: Path) -> tuple[float, float, float]:
    import httpx

    def fetch(name: str, size: int) -> int:
        written = 0
        with (
            httpx.stream("GET", _file_url(base_url, name, size)) as response,
            open(directory / f"{name}.mp4", "wb") as out,
        ):
            response.raise_for_status()
            for chunk in response.iter_bytes():
                written += out.write(chunk)
        return written

    fetch("warm", WARMUP_SIZE)
    before = _start_measuring()
    start = time.perf_counter()
    written = fetch("big", SIZE)
    seconds = time.perf_counter() - start
    if written != SIZE:
        raise RuntimeError(f"downloaded {written} bytes, expected {SIZE}")
    return before, _peak_mib(), seconds


def _child(mode: str, base_url: str, directory: str) -> None:
    run = _ours if mode == "ours" else _bare
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
    """Figure 5 row."""
    ours = measure("ours", base_url)
    bare = measure("bare", base_url)
    growth, speed = _summary(ours)
    bare_growth, bare_speed = _summary(bare)
    return [
        Row(
            figure="5 download 200 MiB: peak RSS growth, throughput",
            ours=f"+{growth:.1f} MiB (peak RSS {ours['after']:.0f} MiB), {speed:.0f} MiB/s",
            baseline=(
                f"bare httpx.stream to a file: +{bare_growth:.1f} MiB "
                f"(peak RSS {bare['after']:.0f} MiB), {bare_speed:.0f} MiB/s"
            ),
            ratio_target=(
                f"+{growth:.1f} MiB / < {TARGET_MIB:.0f} MiB; {speed / bare_speed:.2f}x the speed"
            ),
            verdict=verdict(growth < TARGET_MIB),
        )
    ]


if __name__ == "__main__":
    _child(*sys.argv[1:4])
