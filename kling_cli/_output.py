"""What the ``kling`` command line prints: results, progress, warnings, errors and exit codes.

stdout carries only the result: JSON with ``--json`` (and nothing else), a compact summary
otherwise. Progress (wait status, download bars), warnings and errors go to stderr. An error is
one line per problem, never a traceback (unless ``KLING_DEBUG=1``), with secrets scrubbed.

Exit codes (:data:`EXIT_CODES` is read from this table, so the two always agree):

| code | meaning |
|------|---------|
| 0 | success |
| 1 | unexpected error (set KLING_DEBUG=1 for a traceback; it keeps these exit codes) |
| 2 | usage error: unknown option, bad value, missing argument |
| 3 | request refused before sending (client-side validation) |
| 4 | configuration: missing credentials, bad base URL or region |
| 5 | authentication refused by the API (1000-1004) |
| 6 | account, credits or permission (1100-1103, 1304) |
| 7 | invalid request or not found (1200-1203, other HTTP 4xx) |
| 8 | content policy (1300, 1301) |
| 9 | rate or concurrency limit (1302, 1303) |
| 10 | server error or unreadable response (5000-5002, HTTP 5xx) |
| 11 | connection failure or HTTP timeout |
| 12 | the task failed |
| 13 | the task has not finished: wait timed out, or not done yet (resume: kling task wait) |
| 14 | download failed or result expired |
| 130 | interrupted (Ctrl-C); a task already created keeps running |
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import sys
import time
import traceback
import warnings
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich import progress as rp
from rich.console import Console
from rich.table import Table

import kling_ext as kling

if TYPE_CHECKING:
    from kling_ext import Task

EXIT_CODES: tuple[tuple[int, str], ...] = tuple(
    (int(code), meaning)
    for code, meaning in re.findall(r"^\| (\d+) \| (.+) \|$", __doc__ or "", re.MULTILINE)
)
"""(exit code, meaning), read from the module docstring's table."""


class TaskNotFinished(kling.KlingError):
    """``kling task download`` of a task that has not ended yet (exit code 13)."""

    def __init__(self, task_id: str, status: str | None) -> None:
        self.task_id, self.status = task_id, status
        super().__init__(f"task {task_id} has not finished yet (status: {status or 'unknown'})")


# Checked in order: subclasses before their bases.
_EXIT_CLASSES: tuple[tuple[type[BaseException] | tuple[type[BaseException], ...], int], ...] = (
    (kling.ValidationError, 3),
    (kling.ConfigurationError, 4),
    (kling.AuthenticationError, 5),
    ((kling.AccountError, kling.PermissionDeniedError, kling.IPWhitelistError), 6),
    (kling.InvalidRequestError, 7),
    (kling.ContentPolicyError, 8),
    ((kling.RateLimitError, kling.ConcurrencyLimitError), 9),
    ((kling.ServerError, kling.UnexpectedResponseError), 10),
    (kling.TransportError, 11),
    (kling.TaskFailedError, 12),
    ((kling.WaitTimeoutError, TaskNotFinished), 13),
    (kling.DownloadError, 14),
)

# Errors after which a create may have reached the server.
_AMBIGUOUS = (
    kling.AmbiguousCreateError,
    kling.TransportError,
    kling.ServerError,
    kling.UnexpectedResponseError,
)


def unfinished(task: Task) -> kling.KlingError:
    """Why a task's results cannot be downloaded: it failed, or it has not finished yet."""
    status = task.task_status if isinstance(task.task_status, str) else None
    if status == "failed":
        reason = task.task_status_msg if isinstance(task.task_status_msg, str) else None
        return kling.TaskFailedError(str(task.task_id), reason, task)
    return TaskNotFinished(str(task.task_id), status)


def exit_code(exc: BaseException) -> int:
    """The exit code of an exception (see :data:`EXIT_CODES`); an ambiguous create exits with the
    code of the failure that made it ambiguous."""
    if isinstance(exc, kling.AmbiguousCreateError) and exc.__cause__ is not None:
        return exit_code(exc.__cause__)
    for classes, code in _EXIT_CLASSES:
        if isinstance(exc, classes):
            return code
    if isinstance(exc, kling.APIError):  # an HTTP status without a more precise class
        return 10 if exc.status_code >= 500 else 7
    return 1


def exit_code_epilog() -> str:
    """The exit-code table of the root ``--help`` (``\\b`` stops click from rewrapping it)."""
    rows = "\n".join(f"  {code:>3}  {meaning}" for code, meaning in EXIT_CODES)
    return f"\b\nExit codes:\n{rows}"


def stderr_line(console: Console, text: str) -> None:
    """One plain line on stderr, with the API key and the secret key (and any token) scrubbed."""
    secrets = [os.environ.get(name, "").strip() for name in ("KLING_API_KEY", "KLING_SECRET_KEY")]
    text = kling.redact(text, [s for s in secrets if s])
    console.print(text, markup=False, highlight=False, soft_wrap=True)


_CREDENTIALS = "$KLING_API_KEY, or $KLING_ACCESS_KEY (or --access-key) and $KLING_SECRET_KEY"


def error_lines(exc: BaseException) -> list[str]:
    """The lines that explain ``exc``: every validation problem on its own line."""
    if isinstance(exc, kling.ValidationError):
        return [f"error: invalid request: {f'{p}: ' if p else ''}{why}" for p, why in exc.problems]
    if isinstance(exc, kling.ConfigurationError) and "credentials" in str(exc):
        return [f"error: {exc}", f"kling reads them from {_CREDENTIALS}"]
    if isinstance(exc, kling.KlingError):
        return [f"error: {exc}"]
    return [f"error: unexpected {type(exc).__name__}: {exc} (KLING_DEBUG=1 shows the traceback)"]


class KlingGroup(click.Group):
    """The root group: every error becomes lines on stderr and its exit code, no traceback,
    with ``ctx.obj.resume`` or ``ctx.obj.lookup`` (the command to resume a wait, to look up a
    task whose create may have reached the server) where they help."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except (Exception, KeyboardInterrupt) as exc:
            if os.environ.get("KLING_DEBUG", "").strip() == "1":
                # The traceback, scrubbed like every other line; the exit code stays documented.
                trace = "".join(traceback.format_exception(exc)).rstrip()
                stderr_line(Console(stderr=True), trace)
            self._report(ctx, exc)

    def _report(self, ctx: click.Context, exc: BaseException) -> None:
        console = Console(stderr=True)
        resume, lookup = getattr(ctx.obj, "resume", None), getattr(ctx.obj, "lookup", None)
        lines = ["interrupted"] if isinstance(exc, KeyboardInterrupt) else error_lines(exc)
        if resume and isinstance(exc, KeyboardInterrupt | kling.WaitTimeoutError | TaskNotFinished):
            lines.append(f"the task keeps running; resume with: {resume}")
        elif lookup and isinstance(exc, (KeyboardInterrupt, *_AMBIGUOUS)):
            lines.append(f"the task may have been created; check with: {lookup}")
        for line in lines:
            stderr_line(console, line)
        ctx.exit(130 if isinstance(exc, KeyboardInterrupt) else exit_code(exc))


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


def print_tasks(console: Console, tasks: Sequence[Task]) -> None:
    """A table of tasks on stdout."""
    table = Table("task", "status", "created", "external id", "results", box=None)
    for task in tasks:
        got = dict(task_rows(task))
        cells = (got.get(k, "") for k in ("task", "status", "created", "external id"))
        table.add_row(*cells, str(result_count(task)))
    console.print(table if tasks else "no tasks", highlight=False, soft_wrap=True)


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
