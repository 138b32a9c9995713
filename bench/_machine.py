"""The machine and software a benchmark run measured: written at the top of ``RESULTS.md``."""

from __future__ import annotations

import datetime
import importlib.metadata
import importlib.util
import os
import platform
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _ram_gib() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 2**20:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _commit() -> str:
    """The checked-out commit, read from ``.git`` without running git (worktrees too)."""
    git = ROOT / ".git"
    try:
        if git.is_file():  # a worktree: "gitdir: <main>/.git/worktrees/<name>"
            git = Path(git.read_text().split(":", 1)[1].strip())
        head = (git / "HEAD").read_text().strip()
        if not head.startswith("ref: "):
            return head[:12]
        ref = head[5:]
        common = git / "commondir"  # refs live in the main repository's .git
        if common.exists():
            git = (git / common.read_text().strip()).resolve()
        if (git / ref).exists():
            return (git / ref).read_text().strip()[:12]
        for line in (git / "packed-refs").read_text().splitlines():
            if line.endswith(" " + ref):
                return line.split()[0][:12]
    except OSError:
        pass
    return "unknown"


def load() -> str:
    """The 1-minute load average (other processes skew timings)."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "unknown"


def info() -> dict[str, str]:
    """Machine, software and date of this run."""
    sniffio = "installed" if importlib.util.find_spec("sniffio") else "not installed"
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "CPU": _cpu_model(),
        "cores": str(os.cpu_count()),
        "RAM": _ram_gib(),
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "httpx": _version("httpx"),
        "httpcore": _version("httpcore"),
        "anyio": _version("anyio"),
        "sniffio": sniffio,
        "PyJWT": _version("PyJWT"),
        "requests (peer)": _version("requests"),
        "kling": _version("kling"),
        "commit": _commit() + " (plus any uncommitted changes)",
    }
