"""The main job, end to end against the local mock: ``make demo``.

Starts the simulator behind Prism's validating proxy on free loopback ports, then runs the real
command line, exactly as a user would::

    kling video text2video "..." --wait --download demo-output/

with the fake API key the simulator accepts (``KLING_API_KEY`` alone, as a newcomer has it),
prints where the video was written, and stops the mock. No Kling account is needed and nothing
leaves 127.0.0.1.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tools.mockctl import ROOT, free_port, stateful

PROMPT = "A paper boat drifting down a rain-soaked city street at dusk, cinematic, shallow focus"
OUTPUT = ROOT / "demo-output"


def main() -> int:
    from kling_mock import DEFAULT_API_KEY

    started = time.monotonic()
    with stateful(free_port(), free_port()) as (proxy, sim):
        print(f"mock: Prism validating proxy {proxy.url} -> simulator {sim.url}", flush=True)
        credentials = ("KLING_API_KEY", "KLING_ACCESS_KEY", "KLING_SECRET_KEY")
        env = {k: v for k, v in os.environ.items() if k not in credentials}
        env |= {"KLING_API_KEY": DEFAULT_API_KEY, "KLING_BASE_URL": proxy.url}
        kling = Path(sys.executable).with_name("kling")
        command = [
            str(kling),
            "video",
            "text2video",
            PROMPT,
            "--duration",
            "5",
            "--mode",
            "std",
            "--wait",
            "--download",
            str(OUTPUT),
        ]
        print("$ kling video text2video ... --wait --download demo-output/", flush=True)
        result = subprocess.run(command, env=env, check=False)
    if result.returncode != 0:
        print(f"demo failed: kling exited with {result.returncode}", file=sys.stderr)
        return result.returncode
    videos = sorted(OUTPUT.glob("*.mp4"), key=lambda p: p.stat().st_mtime)
    if not videos:
        print("demo failed: no video was downloaded", file=sys.stderr)
        return 1
    video = videos[-1]
    print(
        f"video written to {video} ({video.stat().st_size} bytes) "
        f"in {time.monotonic() - started:.1f} s; mock stopped"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
