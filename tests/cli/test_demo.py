"""The README's first command, run for real: ``make demo`` against the local mock."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_downloads_a_video() -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", "demo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    match = re.search(r"video written to (\S+\.mp4) \((\d+) bytes\)", result.stdout)
    assert match, result.stdout[-2000:]
    video = Path(match.group(1))
    assert video.is_file() and video.stat().st_size == int(match.group(2))
    assert video.read_bytes()[4:8] == b"ftyp"  # an ISO-BMFF (MP4) file
    assert "mock stopped" in result.stdout
    assert "kling-mock-secret" not in result.stdout + result.stderr
