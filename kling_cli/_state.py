"""What every command shares: the root group's options, the client, and the create flow (build
the body, create the task, wait, download, print), with the commands an error message suggests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console

from kling_ext import Kling, Task, new_external_task_id
from kling_ext.spec import Family

from . import _options as opt
from . import _output as out
from ._types import family_name

CONTROL = ("wait", "timeout", "download", "overwrite", "as_json", "no_validate")  # not fields


def make_client(**options: Any) -> Kling:
    """Build the client of one command; tests replace it (e.g. to inject ``sleep``)."""
    return Kling(**options)


@dataclass
class State:
    """The root group's options, and the commands that an error message may suggest."""

    options: dict[str, Any]
    stdout: Console = field(default_factory=lambda: Console(highlight=False))
    stderr: Console = field(default_factory=lambda: Console(stderr=True, highlight=False))
    resume: str | None = None
    lookup: str | None = None

    def client(self) -> Kling:
        """A new client with the root group's options (through :func:`make_client`)."""
        return make_client(**{k: v for k, v in self.options.items() if v is not None})

    def waiting(self, fam: Family, task_id: str, directory: Path | None = None) -> None:
        """Remember the command that resumes waiting for this task."""
        into = f" --download {directory}" if directory else ""
        self.resume = f"kling task wait {family_name(fam)} {task_id}{into}"

    def create(self, fam: Family, params: dict[str, Any]) -> None:
        """Create a task of ``fam`` from a command's options (request fields by name, the
        camera options, :data:`CONTROL`), then wait, download and print as asked."""
        control = {k: params.pop(k) for k in CONTROL}
        camera = opt.pop_camera(params)  # before the copy below: it removes the camera options
        body = opt.shape(fam.request_model, opt.given({**params, "camera_control": camera}))
        body.setdefault("external_task_id", new_external_task_id())
        self.lookup = f"kling task get {family_name(fam)} {body['external_task_id']}"
        with self.client() as client:
            validate = False if control["no_validate"] else None
            created = client.resource(fam.key).submit(body, validate=validate)
            self.lookup = None  # from here on the task id is known: see self.resume
            self.finish(client, fam, created, control)

    def finish(self, client: Kling, fam: Family, task: Task, params: dict[str, Any]) -> None:
        """Wait (when asked or downloading), download (when asked), then print the task."""
        directory: Path | None = params.get("download")
        self.waiting(fam, task.id, directory)
        if params.get("wait") or directory is not None:
            timeout, label = params.get("timeout"), f"{family_name(fam)} {task.id}"
            with out.waiting(self.stderr, label) as update:
                task = client.resource(fam.key).wait(task, timeout=timeout, on_update=update)
        files = None
        if directory is not None:
            files = self.download(client, task, directory, params.get("overwrite", False))
        self.show(task, files, params["as_json"])

    def download(self, client: Kling, task: Task, into: Path, again: bool) -> list[Path]:
        """Save the result files of ``task`` into ``into``, with progress bars on stderr."""
        with out.downloading(self.stderr) as on_progress:
            return client.download(task, into, overwrite=again, on_progress=on_progress)

    def show(self, task: Task, files: Sequence[Path] | None, as_json: bool) -> None:
        """Print the task; with the command that resumes the wait while it has not ended."""
        hint = None if task.is_done else self.resume
        out.show_task(self.stdout, task, files, as_json, hint)
