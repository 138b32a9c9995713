"""Figure 6: import time of ``kling_ext`` (``python -X importtime``), in fresh processes.

Each run is a new ``python -X importtime -c "..."`` process (one discarded warm-up run first, so
the file cache is warm). Figures are the best of ``RUNS`` (as ``timeit`` does: the run least
disturbed by other processes; on a loaded machine a single preemption adds tens of ms to a run),
with the median and the worst beside it. Rows:

* ``import kling_ext`` with and without the ``cli`` extra (click and rich made unimportable by
  :data:`LEAN`): the cumulative microseconds of the ``kling_ext`` line. Target < 80 ms. The
  clients load on first use (PEP 562), so this is what a script pays that only catches
  ``kling_ext.KlingError`` or reads ``kling_ext.Task``.
* ``from kling_ext import Kling`` (what every user of the client pays): the sum of the top-level
  lines, next to ``import httpx`` alone (the floor of any httpx client) with the same install.
* the five modules with the largest median self time, and where the time of
  ``from kling_ext import Kling`` goes by top-level package.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field

from bench._common import Row, verdict

RUNS = 7
TARGET_MS = 80.0
CLIENT = "import kling_ext; from kling_ext import Kling"


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
    """``-X importtime`` of ``import module`` (or of a statement) in a fresh interpreter."""
    statement = module if " " in module else f"import {module}"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"{prefix}{statement}"],
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


def _total_ms(nodes: list[Node]) -> float:
    """Everything a statement imported: the sum of the top-level lines."""
    return sum(n.cumulative_us for n in nodes if n.depth == 1) / 1000


def by_package(nodes: list[Node]) -> str:
    """Self time summed per top-level package (ms, >= 2 ms), largest first."""
    costs: dict[str, float] = defaultdict(float)
    for node in nodes:
        costs[_package(node.name)] += node.self_us / 1000
    ranked = sorted(costs.items(), key=lambda item: -item[1])
    return "; ".join(f"{name} {ms:.0f}" for name, ms in ranked if ms >= 2.0)


def _best_ms(values: list[float]) -> str:
    return (
        f"best {min(values):.0f} ms (median {statistics.median(values):.0f}, max {max(values):.0f})"
    )


def run() -> list[Row]:
    """Figure 6 rows."""
    importtime("kling_ext")  # warm the file cache
    rows = []
    for label, prefix in (("no cli extra", LEAN), ("cli extra installed", "")):
        ours = [_cumulative_ms(importtime("kling_ext", prefix), "kling_ext") for _ in range(RUNS)]
        floor = [_cumulative_ms(importtime("httpx", prefix), "httpx") for _ in range(RUNS)]
        runs = [importtime(CLIENT, prefix) for _ in range(RUNS)]
        client = [_total_ms(r) for r in runs]
        best = min(ours)
        rows.append(
            Row(
                figure=f"6 import kling_ext, {label} (best of {RUNS})",
                ours=_best_ms(ours),
                baseline=f"import httpx alone, same install: best {min(floor):.0f} ms",
                ratio_target=(
                    f"{best:.0f} ms / < {TARGET_MS:.0f} ms; {best / min(floor):.2f}x import httpx"
                ),
                verdict=verdict(best < TARGET_MS),
            )
        )
        rows.append(
            Row(
                figure=f"6 from kling_ext import Kling, {label} (best of {RUNS})",
                ours=_best_ms(client),
                baseline=f"import httpx alone: best {min(floor):.0f} ms",
                ratio_target=f"{min(client) / min(floor):.2f}x import httpx / no target",
                verdict="info",
            )
        )
    median_run = runs[client.index(sorted(client)[len(client) // 2])]
    top = "; ".join(f"{name} {ms:.1f}" for name, ms in _top_self(runs))
    return [
        *rows,
        Row(
            figure="6 top 5 self-time modules of from kling_ext import Kling (ms, median)",
            ours=top,
            baseline="-",
            ratio_target="-",
            verdict="info",
        ),
        Row(
            figure="6 where from kling_ext import Kling goes (self ms per package, median run)",
            ours=by_package(median_run),
            baseline="-",
            ratio_target="-",
            verdict="info",
        ),
    ]
