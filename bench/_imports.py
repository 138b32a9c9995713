"""Figure 6: import time of ``kling_ext`` (``python -X importtime``), in fresh processes.

Each run is ``python -X importtime -c "import kling_ext"`` in a new process (one discarded
warm-up run first, so the file cache is warm); the figure is the median over ``RUNS`` of the
cumulative microseconds of the ``kling_ext`` line. Baseline: ``import httpx`` alone, the floor for
any httpx-based client. Also reported: the five modules with the largest median self time, and
a breakdown: kling_ext's own modules, then each package kling_ext imports directly (cumulative,
with the heaviest submodule of the big ones and the packages it pulls in).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field

from bench._common import Row, verdict

RUNS = 5
TARGET_MS = 150.0


@dataclass
class Node:
    """One line of ``-X importtime``: a module, its own and cumulative microseconds."""

    name: str
    self_us: int
    cumulative_us: int
    depth: int
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)


def parse(stderr: str) -> list[Node]:
    """The modules of one ``-X importtime`` report, with their importing parent linked."""
    nodes: list[Node] = []
    pending: list[Node] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "imported package" in line:
            continue
        self_us, cumulative, name = line[len("import time:") :].split("|")
        node = Node(name.strip(), int(self_us), int(cumulative), (len(name) - len(name.lstrip())))
        while pending and pending[-1].depth > node.depth:
            child = pending.pop()
            child.parent = node
            node.children.insert(0, child)
        pending.append(node)
        nodes.append(node)
    return nodes


LEAN = "import sys; sys.modules.update(click=None, rich=None); "
"""Prefix that makes click and rich unimportable: an install without the ``cli`` extra."""


def importtime(module: str, prefix: str = "") -> list[Node]:
    """``-X importtime`` of ``import module`` in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"{prefix}import {module}"],
        capture_output=True,
        text=True,
        check=True,
    )
    return parse(done.stderr)


def _cumulative_ms(nodes: list[Node], module: str) -> float:
    return next(n.cumulative_us for n in nodes if n.name == module and n.depth == 1) / 1000


def _top_self(runs: list[list[Node]], n: int = 5) -> list[tuple[str, float]]:
    per_module: dict[str, list[int]] = defaultdict(list)
    for nodes in runs:
        for node in nodes:
            per_module[node.name].append(node.self_us)
    medians = {name: statistics.median(v) / 1000 for name, v in per_module.items()}
    return sorted(medians.items(), key=lambda item: -item[1])[:n]


def _package(name: str) -> str:
    return name.split(".", 1)[0]


def _walk(node: Node) -> list[Node]:
    out, stack = [], [node]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(current.children)
    return out


def _heaviest_packages(node: Node, n: int = 3) -> list[str]:
    """The ``n`` packages costing most inside ``node``'s subtree (cumulative of entry points)."""
    costs: dict[str, int] = defaultdict(int)
    for inner in _walk(node):
        parent = inner.parent
        if parent is not None and _package(parent.name) != _package(inner.name):
            costs[_package(inner.name)] += inner.cumulative_us
    return [name for name, _ in sorted(costs.items(), key=lambda item: -item[1])[:n]]


def breakdown(nodes: list[Node], root: str) -> str:
    """Where the time of ``import root`` goes: the package's own modules, then every package it
    imports directly (cumulative ms), the largest one with its heaviest submodule."""
    top = next(n for n in nodes if n.name == root and n.depth == 1)
    everything = _walk(top)
    own = sum(n.self_us for n in everything if _package(n.name) == root) / 1000
    costs: dict[str, float] = defaultdict(float)
    entries: dict[str, list[Node]] = defaultdict(list)
    for node in everything:
        parent = node.parent
        if parent is not None and _package(parent.name) == root != _package(node.name):
            costs[_package(node.name)] += node.cumulative_us / 1000
            entries[_package(node.name)].append(node)
    ranked = sorted(costs.items(), key=lambda item: -item[1])
    parts = [f"{root} own modules {own:.0f}"]
    for package, ms in ranked:
        if ms < 2.0:
            continue
        inner = [c for e in entries[package] for c in e.children]
        heavy = [c for c in inner if c.cumulative_us >= 15_000]
        heavy.sort(key=lambda c: -c.cumulative_us)
        details = ", ".join(
            f"{c.name} {c.cumulative_us / 1000:.0f} ({'+'.join(_heaviest_packages(c))})"
            for c in heavy
        )
        parts.append(f"{package} {ms:.0f}" + (f" [{details}]" if details else ""))
    return "; ".join(parts)


def run() -> list[Row]:
    """Figure 6 rows."""
    importtime("kling_ext")  # warm the file cache
    ours_runs = [importtime("kling_ext") for _ in range(RUNS)]
    httpx_runs = [importtime("httpx") for _ in range(RUNS)]
    ours = [_cumulative_ms(r, "kling_ext") for r in ours_runs]
    floor = [_cumulative_ms(r, "httpx") for r in httpx_runs]
    mid = statistics.median(ours)
    median_run = ours_runs[ours.index(sorted(ours)[len(ours) // 2])]
    top = "; ".join(f"{name} {ms:.1f}" for name, ms in _top_self(ours_runs))
    packages = breakdown(median_run, "kling_ext")
    lean = [_cumulative_ms(importtime("kling_ext", LEAN), "kling_ext") for _ in range(RUNS)]
    lean_floor = [_cumulative_ms(importtime("httpx", LEAN), "httpx") for _ in range(RUNS)]
    lean_mid = statistics.median(lean)
    return [
        Row(
            figure=f"6 import kling_ext, library only: no cli extra (median of {RUNS})",
            ours=f"{lean_mid:.0f} ms (min {min(lean):.0f}, max {max(lean):.0f})",
            baseline=f"import httpx alone, same install: {statistics.median(lean_floor):.0f} ms",
            ratio_target=f"{lean_mid:.0f} ms / < {TARGET_MS:.0f} ms",
            verdict=verdict(lean_mid < TARGET_MS),
        ),
        Row(
            figure=f"6 import kling_ext with the cli extra installed (median of {RUNS})",
            ours=f"{mid:.0f} ms (min {min(ours):.0f}, max {max(ours):.0f})",
            baseline=f"import httpx alone: {statistics.median(floor):.0f} ms",
            ratio_target=f"{mid:.0f} ms / < {TARGET_MS:.0f} ms",
            verdict=verdict(mid < TARGET_MS),
        ),
        Row(
            figure="6 top 5 self-time modules (ms, median)",
            ours=top,
            baseline="-",
            ratio_target="-",
            verdict="info",
        ),
        Row(
            figure="6 where import kling_ext goes (ms, median run, >= 2 ms)",
            ours=packages,
            baseline="-",
            ratio_target="-",
            verdict="info",
        ),
    ]
