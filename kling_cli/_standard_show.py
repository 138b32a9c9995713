"""How ``kling standard`` shows a new-standard task and finishes a create or a wait: wait (with
progress lines on stderr), download, print (rows or JSON, with the resume command)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kling_ext import Kling, Task

from . import _output as out
from ._state import State


def finish(state: State, client: Kling, task: Task, params: dict[str, Any]) -> None:
    """Wait (when asked or downloading), download (when asked), then print the task."""
    directory: Path | None = params.get("download")
    state.resume = f"kling standard task wait {task.id}" + (
        f" --download {directory}" if directory else ""
    )
    if params.get("wait") or directory is not None:
        task = client.standard.tasks.wait(
            task, timeout=params.get("timeout"), on_update=_progress(state, task.id)
        )
    files = None
    if directory is not None:
        files = state.download(client, task, directory, params.get("overwrite", False))
    show(state, task, files, params["as_json"])


def _progress(state: State, task_id: str) -> Callable[[Task], None]:
    start = time.monotonic()

    def update(task: Task) -> None:
        out.stderr_line(
            state.stderr, f"{task_id}: {task.status} ({time.monotonic() - start:.0f} s)"
        )

    return update


def rows(task: Task) -> list[tuple[str, str]]:
    """(label, value) rows of a new-standard task, outputs and charges included."""
    found: list[tuple[str, object]] = [
        ("task", task.id),
        ("status", task.status),
        ("message", task.status_message),
        ("external id", task.external_task_id),
        ("created", task.created_at and f"{task.created_at:%Y-%m-%d %H:%M:%S} UTC"),
        ("updated", task.updated_at and f"{task.updated_at:%Y-%m-%d %H:%M:%S} UTC"),
    ]
    for output in task.outputs:
        url = getattr(output, "url", None) or getattr(output, "mp3_url", None)
        found.append((f"{output.type} {getattr(output, 'id', None) or ''}".strip(), url))
        found.append((f"{output.type} watermarked", getattr(output, "watermark_url", None)))
    for charge in task.billing:
        unit = charge.currency or (f"{charge.package_type} units" if charge.package_type else "")
        found.append(("charged", f"{charge.amount} {unit}".strip()))
    return [(label, str(value)) for label, value in found if value not in (None, "")]


def show(state: State, task: Task, files: list[Path] | None, as_json: bool) -> None:
    """The task on stdout, as JSON or rows (with the resume command while it runs)."""
    if as_json:
        data = task.to_dict()
        click.echo(
            out.to_json(data if files is None else {**data, "files": [str(p) for p in files]})
        )
        return
    extra = [("file", str(p)) for p in files or ()]
    hint = [] if task.is_done or state.resume is None else [("next", state.resume)]
    out.print_rows(state.stdout, rows(task) + extra + hint)
