"""Run every benchmark of the kling client, print one table and write ``bench/RESULTS.md``.

    .venv/bin/python bench/run.py              # everything (make bench), about 2-3 minutes
    .venv/bin/python bench/run.py --only 1,3   # some figures; prints, does not write RESULTS.md

Nothing here asserts a timing: each figure is printed next to its baseline, measured in the same
run, with the target and whether it is met. ``bench/README.md`` explains every figure.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import (
    _bigfile,
    _billing,
    _concurrency,
    _fastserver,
    _imports,
    _machine,
    _overhead,
    _scale,
    _signatures,
    _standard_wait_many,
    _waitmany,
)
from bench._common import Row

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
COLUMNS = ("figure", "ours", "baseline", "ratio / target", "verdict")


def _escape(cell: str) -> str:
    return cell.replace("|", "\\|")


def table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table."""
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for row in rows:
        cells = (row.figure, row.ours, row.baseline, row.ratio_target, row.verdict)
        lines.append("| " + " | ".join(_escape(c) for c in cells) + " |")
    return "\n".join(lines)


def results_markdown(rows: Sequence[Row], machine: dict[str, str], notes: dict[str, str]) -> str:
    """The whole ``RESULTS.md``: machine, table, run notes."""
    info = "\n".join(f"- **{key}**: {value}" for key, value in machine.items())
    extra = "\n".join(f"- {key}: {value}" for key, value in notes.items())
    return (
        "# Benchmark results\n\n"
        "Written by `make bench` (`bench/run.py`); what each figure means and how it is measured:"
        " `bench/README.md`.\n\n"
        f"## Machine\n\n{info}\n\n## Results\n\n{table(rows)}\n\n## Run\n\n{extra}\n"
    )


def _figures(base_url: str) -> dict[str, Callable[[], list[Row]]]:
    return {
        "1": lambda: _overhead.run(base_url),
        "2": _signatures.run,
        "3": _waitmany.run,
        "3b": _standard_wait_many.run,
        "4": lambda: _concurrency.run(base_url),
        "5": lambda: _bigfile.run(base_url),
        "6": _imports.run,
        "7": lambda: _scale.run(base_url),
        "8": _billing.run,
        "9": lambda: __import__("bench._batch", fromlist=["_"]).run(),  # kling_ext.batch, 10k jobs
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the figures, print the table, write RESULTS.md after a full run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated figure numbers, e.g. 1,3")
    args = parser.parse_args(argv)
    wanted = args.only.split(",") if args.only else ["1", "2", "3", "3b", "4", "5", "6", "7", "8"]
    machine = _machine.info()
    load_before = _machine.load()
    started = time.perf_counter()
    rows: list[Row] = []
    timings: dict[str, str] = {}
    with _fastserver.running() as base_url:
        figures = _figures(base_url)
        for key in wanted:
            print(f"figure {key} ...", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            rows += figures[key.strip()]()
            timings[f"figure {key}"] = f"{time.perf_counter() - t0:.0f} s"
    per_figure = ", ".join(f"{key} {value}" for key, value in timings.items())
    notes = {
        "total time": f"{time.perf_counter() - started:.0f} s ({per_figure})",
        "load average (1 min) before / after": f"{load_before} / {_machine.load()}",
    }
    print(table(rows))
    for key, value in notes.items():
        print(f"{key}: {value}")
    if not args.only:
        RESULTS.write_text(results_markdown(rows, machine, notes))
        print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
