"""What the ``kling`` command line prints: results, progress and warnings.

stdout carries only the result: JSON with ``--json`` (and nothing else), a compact summary
otherwise; tables and rows are never wrapped nor cut, so ids and URLs stay whole. Progress (wait
status, download bars) and warnings go to stderr. Errors and exit codes: :mod:`kling_cli._errors`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import sys
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich import progress as rp
from rich.console import Console

import kling_ext as kling

from ._errors import EXIT_CODES as EXIT_CODES
from ._errors import KlingGroup as KlingGroup
from ._errors import error_lines as error_lines
from ._errors import exit_code as exit_code
from ._errors import exit_code_epilog as exit_code_epilog
from ._errors import stderr_line as stderr_line

if TYPE_CHECKING:
    from kling_ext import Task


@contextlib.contextmanager
def library_warnings() -> Iterator[None]:
    """Show the library's warnings (:class:`kling_ext.KlingWarning` categories and its log
    records) as ``warning: ...`` lines on stderr, each once, secrets scrubbed."""
    logger, handler = logging.getLogger("kling"), logging.StreamHandler(sys.stderr)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("warning: %(message)s"))
    logger.addHandler(handler)

    def show(message: Warning | str, *args: object, **kwargs: object) -> None:
        stderr_line(Console(stderr=True), f"warning: {message}")

    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("default", category=kling.KlingWarning)
            warnings.showwarning = show
            yield
    finally:
        logger.removeHandler(handler)


def to_json(value: Any) -> str:
    """Indented JSON for stdout."""
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)


def utc_time(ms: object) -> str:
    """Unix milliseconds as ``YYYY-MM-DD HH:MM:SS UTC`` ("" if not an int, as is if odd)."""
    if not isinstance(ms, int) or isinstance(ms, bool):
        return ""
    with contextlib.suppress(OverflowError, OSError, ValueError):
        return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    return str(ms)


def as_dict(value: object) -> dict[str, Any]:
    """``value`` if it is a dict, else an empty one (for lenient JSON)."""
    return value if isinstance(value, dict) else {}


def task_rows(task: Task) -> list[tuple[str, str]]:
    """(label, value) rows of a task summary, results included; empty values left out."""
    data = task.to_dict()
    info, result = as_dict(data.get("task_info")), as_dict(data.get("task_result"))
    rows = [
        ("task", data.get("task_id")),
        ("status", data.get("task_status")),
        ("message", data.get("task_status_msg")),
        ("external id", info.get("external_task_id")),
        ("created", utc_time(data.get("created_at"))),
        ("updated", utc_time(data.get("updated_at"))),
        ("units", data.get("final_unit_deduction")),
    ]
    for video in map(as_dict, result.get("videos") or ()):
        length = f" ({video['duration']} s)" if video.get("duration") else ""
        rows.append((f"video {video.get('id', '')}{length}", video.get("url")))
        rows.append((f"video {video.get('id', '')} watermarked", video.get("watermark_url")))
    for image in map(as_dict, result.get("images") or ()):
        rows.append((f"image {image.get('index', '')}", image.get("url")))
        rows.append((f"image {image.get('index', '')} watermarked", image.get("watermark_url")))
    for audio in map(as_dict, result.get("audios") or ()):
        name = " ".join(filter(None, ("audio", audio.get("id") or audio.get("audio_id"))))
        for fmt in ("mp3", "wav"):  # each audio comes as MP3 and WAV
            length = f" ({audio[f'duration_{fmt}']} s)" if audio.get(f"duration_{fmt}") else ""
            rows.append((f"{name} {fmt}{length}", audio.get(f"url_{fmt}")))
        rows.append((f"video {audio.get('video_id', '')} with the audio", audio.get("video_url")))
    from ._more_rows import result_rows  # the result fields of FACTS-2026 §4 (voices, ...)

    rows += result_rows(result)
    return [(label, str(value)) for label, value in rows if value not in (None, "")]


def result_count(task: Task) -> int:
    """How many results (videos, images, audios: every list in ``task_result``) a task has."""
    found = as_dict(task.to_dict().get("task_result")).values()
    return sum(len(items) for items in found if isinstance(items, list))


def show_task(
    out: Console, task: Task, files: Sequence[Path] | None, as_json: bool, hint: str | None
) -> None:
    """The task on stdout: its ``to_dict()`` (plus ``files`` after a download) as JSON, or a
    summary with the next command to run when it has not ended."""
    if not as_json:
        return print_task(out, task, files or (), hint)
    data = task.to_dict()
    click.echo(to_json(data if files is None else {**data, "files": [str(p) for p in files]}))


def print_task(console: Console, task: Task, files: Sequence[Path], hint: str | None) -> None:
    """A compact summary of one task on stdout (lines never wrapped, so URLs stay whole)."""
    rows = task_rows(task) + [("file", str(path)) for path in files]
    print_rows(console, rows + ([("next", hint)] if hint else []))


def print_rows(console: Console, rows: Sequence[tuple[str, str]]) -> None:
    """Aligned ``label  value`` lines on stdout, never wrapped (so URLs stay whole)."""
    width = max((len(label) for label, _ in rows), default=0)
    for label, value in rows:
        console.print(f"{label:<{width}}  {value}", markup=False, highlight=False, soft_wrap=True)


def print_table(console: Console, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Aligned columns on stdout under ``header``, never wrapped nor cut (ids stay whole)."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    for row in (header, *rows):
        line = "  ".join(f"{cell:<{width}}" for cell, width in zip(row, widths, strict=True))
        console.print(line.rstrip(), markup=False, highlight=False, soft_wrap=True)


def print_tasks(console: Console, tasks: Sequence[Task]) -> None:
    """A table of tasks on stdout, full ids."""
    rows = []
    for task in tasks:
        got = dict(task_rows(task))
        cells = [got.get(k, "") for k in ("task", "status", "created", "external id")]
        rows.append([*cells, str(result_count(task))])
    if rows:
        print_table(console, ("task", "status", "created", "external id", "results"), rows)
    else:
        console.print("no tasks", highlight=False)


@contextlib.contextmanager
def waiting(console: Console, label: str) -> Iterator[Callable[[Task], None]]:
    """Show a wait on stderr (a live spinner, status and elapsed time on a terminal, one line
    per status change otherwise); yields the wait's ``on_update`` callback."""
    start, live = time.monotonic(), console.is_terminal
    text = [rp.TextColumn(f"{{task.{f}}}", markup=False) for f in ("description", "fields[status]")]
    columns = (rp.SpinnerColumn(), *text, rp.TimeElapsedColumn())
    with rp.Progress(*columns, console=console, transient=True, disable=not live) as bar:
        row = bar.add_task(label, total=None, status="waiting")

        def update(task: Task) -> None:
            status = task.task_status if isinstance(task.task_status, str) else "unknown"
            bar.update(row, status=status)
            if not live:
                stderr_line(console, f"{label}: {status} ({time.monotonic() - start:.0f} s)")

        yield update


@contextlib.contextmanager
def downloading(console: Console) -> Iterator[Callable[[Path, int, int | None], None]]:
    """Byte progress bars of downloads on stderr (only on a terminal); yields ``on_progress``."""
    name = rp.TextColumn("{task.description}", markup=False)
    columns = (name, rp.BarColumn(), rp.DownloadColumn(), rp.TransferSpeedColumn())
    rows: dict[Path, rp.TaskID] = {}
    with rp.Progress(*columns, console=console, disable=not console.is_terminal) as bars:

        def on_progress(path: Path, received: int, total: int | None) -> None:
            if path not in rows:
                rows[path] = bars.add_task(path.name, total=total)
            bars.update(rows[path], completed=received, total=total)

        yield on_progress
