"""``kling batch``: run, resume, inspect and retry a batch of jobs from a JSONL file.

::

    kling batch run jobs.jsonl --out out/ --concurrency 5   # run it; run it again to resume
    kling batch status --out out/ --json                    # the journal's summary
    kling batch retry --failed --out out/                   # failures worth retrying, new ids

One job per line: ``{"id": "fox-1", "operation": "text2video", "prompt": "a red fox"}`` (a
``model`` field makes it a new-standard job). Every line is checked before anything is sent. The
journal ``out/.kling-batch.sqlite`` records every step, so Ctrl-C (or a crash) loses nothing and
never makes a second paid task: run the same command again. A progress display (jobs per state,
throughput, ETA) shows on a terminal only. Exit codes of ``run`` and ``retry`` besides the
common ones (3: an invalid job line; nothing was sent):

| code | meaning |
|------|---------|
| 0 | every job downloaded |
| 12 | some jobs failed (``kling batch status`` lists them; ``kling batch retry --failed``) |
| 13 | some jobs not finished (a create in doubt or a failed download): run again to resume |
| 15 | credits exhausted (1102): submitting stopped; run again once the account is topped up |
| 130 | interrupted (Ctrl-C): run again to resume |
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
from rich import progress as rp
from rich.console import Console
from rich.table import Table

from kling_ext import batch

from . import _options as opt
from . import _output as out
from ._state import State

EXIT_FAILED, EXIT_UNFINISHED, EXIT_CREDITS, EXIT_INTERRUPTED = 12, 13, 15, 130
SHOWN = 20
"""Failed or unfinished jobs listed by name in the text report."""

batch_group = click.Group("batch", help="Run many jobs from a JSONL file, resumably.")


def _out_option(required: bool) -> Callable[..., Any]:
    return click.option(
        "--out",
        "out_dir",
        type=click.Path(file_okay=False, path_type=Path),
        required=required,
        default=None if required else Path("."),
        show_default=not required,
        help="Folder of the results (DIR/<job id>/) and of the journal.",
    )


def _run_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    fn = click.option(
        "--poll-interval",
        type=click.FloatRange(min=0.01),
        default=batch.DEFAULTS["poll_interval"],
        show_default=True,
        help="Seconds between refresh rounds.",
    )(fn)
    fn = click.option(
        "--concurrency",
        type=click.IntRange(min=1),
        default=batch.DEFAULTS["concurrency"],
        show_default=True,
        help="Most tasks running at once (lowered for a while when Kling answers 1303/1302).",
    )(fn)
    decorated: Callable[..., Any] = opt.json_option("the batch report")(fn)
    return decorated


@batch_group.command("run")
@click.argument("jobs", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_out_option(required=True)
@_run_options
@click.pass_obj
def run(state: State, /, jobs: Path, out_dir: Path, **params: Any) -> None:
    """Submit, wait for and download every job of JOBS (JSONL); run again to resume."""
    _execute(state, jobs, out_dir, f"kling batch run {jobs} --out {out_dir}", **params)


@batch_group.command("status")
@_out_option(required=False)
@opt.json_option("the batch report")
@click.pass_obj
def status(state: State, /, out_dir: Path, as_json: bool) -> None:
    """Summarise the batch in --out from its journal (no request is made)."""
    try:
        found = batch.status(out_dir)
    except FileNotFoundError as exc:
        raise click.UsageError(str(exc)) from None
    show(state.stdout, found, as_json)


@batch_group.command("retry")
@click.option("--failed", is_flag=True, required=True, help="Resubmit failed jobs (required).")
@click.option("--all", "every", is_flag=True, help="Every failure, not only retryable codes.")
@_out_option(required=False)
@_run_options
@click.pass_obj
def retry(state: State, /, failed: bool, every: bool, out_dir: Path, **params: Any) -> None:
    """Resubmit the failed jobs with new external ids (new paid tasks), then run the batch.

    Without --all only failures that may succeed later are retried: Kling's retryable codes
    (1302, 1303, 5000-5002) and connection failures.
    """
    try:
        chosen = batch.retry(out_dir, every=every)
    except FileNotFoundError as exc:
        raise click.UsageError(str(exc)) from None
    if not params["as_json"]:
        out.stderr_line(state.stderr, f"{len(chosen)} failed job(s) to resubmit")
    _execute(state, None, out_dir, f"kling batch run JOBS --out {out_dir}", **params)


def _execute(
    state: State, jobs: Path | None, out_dir: Path, resume: str, *, as_json: bool, **options: Any
) -> None:
    try:
        with state.client() as client, progress(state.stderr) as on_progress:
            found = batch.run(jobs, out_dir, client=client, on_progress=on_progress, **options)
    except KeyboardInterrupt:
        out.stderr_line(state.stderr, f"interrupted; nothing is lost. Resume with: {resume}")
        raise SystemExit(EXIT_INTERRUPTED) from None
    show(state.stdout, found, as_json)
    if not as_json and not found.complete:
        out.stderr_line(state.stderr, f"resume with: {resume}")
    raise SystemExit(exit_code(found))


def exit_code(found: batch.BatchReport) -> int:
    """The exit code of a run's report (see the module docstring)."""
    if found.credits_exhausted:
        return EXIT_CREDITS
    if found.failed:
        return EXIT_FAILED
    return EXIT_UNFINISHED if found.unfinished else 0


@contextlib.contextmanager
def progress(console: Console) -> Iterator[Callable[[batch.Progress], None] | None]:
    """Jobs per state, throughput and ETA on stderr, on a terminal only (None otherwise)."""
    if not console.is_terminal:
        yield None
        return
    columns = (
        rp.BarColumn(),
        rp.MofNCompleteColumn(),
        rp.TextColumn("{task.fields[states]}", markup=False),
        rp.TextColumn("{task.fields[rate]}", markup=False),
        rp.TimeRemainingColumn(),
    )
    with rp.Progress(*columns, console=console, transient=True) as bars:
        row = bars.add_task("batch", total=None, states="", rate="")

        def update(snapshot: batch.Progress) -> None:
            states = " ".join(f"{k} {v}" for k, v in snapshot.counts.items() if v)
            rate = f"{snapshot.rate:.2f} jobs/s, limit {snapshot.concurrency}"
            bars.update(
                row, total=snapshot.total, completed=snapshot.finished, states=states, rate=rate
            )

        yield update


def show(console: Console, found: batch.BatchReport, as_json: bool) -> None:
    """The report: JSON alone on stdout, or a summary table and the jobs that need attention."""
    if as_json:
        click.echo(out.to_json(found.to_dict()))
        return
    table = Table("state", "jobs", box=None)
    for state, count in found.counts.items():
        table.add_row(state, str(count))
    console.print(f"batch {found.batch_id} in {found.out_dir}: {found.total} jobs", markup=False)
    console.print(table)
    if found.credits_exhausted:
        console.print("credits exhausted (1102): submitting stopped", markup=False)
    for job_id, code, message in found.failed[:SHOWN]:
        why = " ".join(filter(None, (code, message)))
        console.print(f"failed {job_id}{f': {why}' if why else ''}", markup=False)
    for job_id, job_state, note in found.unfinished[:SHOWN]:
        console.print(f"{job_state} {job_id}{f': {note}' if note else ''}", markup=False)
    hidden = len(found.failed[SHOWN:]) + len(found.unfinished[SHOWN:])
    if hidden:
        console.print(f"... and {hidden} more (kling batch status --json)", markup=False)
