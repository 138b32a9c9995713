"""Figure 9: ``kling_ext.batch`` running 10,000 jobs against the simulator.

The simulator (``kling_mock.serve``, fast clock: tasks succeed 0.1 s after their create, results
are its small MP4s) runs in this process; the batch runs in a fresh process
(``kling_ext.batch.run`` with a ``Kling`` client, concurrency 100, a refresh round every 0.2 s)
so that its peak RSS is its own. Reported: wall time of the batch process (start-up included),
requests per job (every request the simulator saw: creates, refresh rounds, downloads), the
peak RSS of the batch process (``VmHWM``) and the journal's size on disk (database and WAL).
No target: the figures are for scale. Two cores shared by client and simulator bound the wall
time; the simulator's own request handling is most of it.

Run alone: ``.venv/bin/python -m bench._batch [JOBS]``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench._common import Row

JOBS = 10_000
CONCURRENCY = 100
POLL_INTERVAL = 0.2
CHILD = """
import json, sys
from pathlib import Path
from kling_ext import Kling, batch
jobs, out = sys.argv[1], sys.argv[2]
with Kling() as client:
    found = batch.run(jobs, out, client=client, concurrency={concurrency}, poll_interval={poll})
peak = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM"))
print(json.dumps({{"complete": found.complete, "counts": found.counts,
                  "peak_kib": int(peak.split()[1]), "refusals": found.refusals}}))
"""


def measure(jobs: int = JOBS) -> dict[str, float]:
    """Run ``jobs`` text-to-video jobs through a batch process; its figures."""
    import kling_mock

    config = {"processing_after": 0.02, "succeed_after": 0.1, "callbacks": False}
    with kling_mock.serve(port=0, config=config) as mock, tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "jobs.jsonl"
        lines = (
            json.dumps({"id": f"job-{i}", "operation": "text2video", "prompt": f"fox {i}"})
            for i in range(jobs)
        )
        path.write_text("\n".join(lines) + "\n")
        out = Path(tmp) / "out"
        env = {**os.environ, "KLING_API_KEY": mock.api_key, "KLING_BASE_URL": mock.base_url}
        code = CHILD.format(concurrency=CONCURRENCY, poll=POLL_INTERVAL)
        started = time.perf_counter()
        child = subprocess.run(
            [sys.executable, "-c", code, str(path), str(out)],
            env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        wall = time.perf_counter() - started
        found = json.loads(child.stdout.strip().splitlines()[-1])
        if not found["complete"]:
            raise RuntimeError(f"the batch did not finish: {found}")
        requests = sum(mock.stats()["requests"].values())
        journal = sum(p.stat().st_size for p in out.glob(".kling-batch.sqlite*"))
        files = sum(1 for p in out.rglob("*.mp4"))
    return {
        "jobs": jobs,
        "wall_s": wall,
        "requests_per_job": requests / jobs,
        "peak_rss_mib": found["peak_kib"] / 1024,
        "journal_mib": journal / 2**20,
        "files": files,
    }


def run(jobs: int = JOBS) -> list[Row]:
    """The figure's rows."""
    m = measure(jobs)
    ours = (
        f"{m['wall_s']:.0f} s wall ({m['jobs'] / m['wall_s']:.0f} jobs/s), "
        f"{m['requests_per_job']:.2f} requests/job, peak RSS {m['peak_rss_mib']:.0f} MiB, "
        f"journal {m['journal_mib']:.1f} MiB, {m['files']:.0f} files"
    )
    figure = f"`kling_ext.batch` run of {m['jobs']:,.0f} jobs against the simulator (fast clock)"
    return [Row(figure, ours, "none", "for scale (no target)", "info")]


if __name__ == "__main__":
    for row in run(int(sys.argv[1]) if len(sys.argv) > 1 else JOBS):
        print(row.ours)
