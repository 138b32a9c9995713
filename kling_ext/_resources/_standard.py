"""``client.standard``: the new standard API (model in the path) on :class:`~kling_ext.Kling`.

One attribute per new-standard family of the spec's table (``x-kling-family.standard:
standard``): ``text_to_video``, ``image_to_video``, ``omni_video``, ``motion_control`` and
``tasks`` (``GET /tasks`` batches, ``POST /tasks`` cursor pages). The namespace is named after the
table's ``standard`` field, so ``client.videos.text2video`` (legacy) and
``client.standard.text_to_video`` (new) sit side by side and return the same
:class:`~kling_ext.Task` type. Every method runs the shared flows of
:mod:`kling_ext._core._standard_flows`.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._core import _drivers as drive
from .._core import _standard_flows as flows
from .._core._waiting import OnUpdate
from .._spec import _standard as std
from .._spec._families import Family

if TYPE_CHECKING:
    from .._core._base import SyncCore
    from .._core._download import ProgressCallback
    from .._core._polling import PollSchedule
    from .._spec._task import Task

Times = int | str | dt.datetime | None
Filter = Iterable[str] | str | None


def create_fields(
    prompt: str | None,
    contents: Sequence[Mapping[str, Any]] | None,
    settings: Mapping[str, Any] | None,
    options: Mapping[str, Any] | None,
    callback_url: str | None,
    external_task_id: str | None,
    watermark: bool | None,
) -> dict[str, Any]:
    """The keyword fields of a create, by name (``None`` = not set)."""
    return {
        "prompt": prompt,
        "contents": None if contents is None else [dict(item) for item in contents],
        "settings": settings,
        "options": options,
        "callback_url": callback_url,
        "external_task_id": external_task_id,
        "watermark": watermark,
    }


class StandardTasks:
    """``client.standard.tasks``: every new-standard task, by id, in batches or page by page."""

    chunk_size: int = std.DEFAULT_CHUNK
    """Ids per ``GET /tasks`` call in :meth:`get_many` and ``wait_many`` (a setting: the
    maximum is undocumented, 20 is safe)."""

    def __init__(self, client: SyncCore) -> None:
        self._client = client
        self.family: Family = std.standard_families()[std.TASKS_FAMILY]

    def get(self, id: str | None = None, *, external_task_id: str | None = None) -> Task:
        """One task by its id or by your ``external_task_id`` (``NotFoundError`` if unknown)."""
        key, external = _one_key(id, external_task_id)
        return drive.run(self._client, flows.get(key, external=external))

    def get_many(
        self, ids: Iterable[str] = (), *, external_task_ids: Iterable[str] = ()
    ) -> list[Task]:
        """Tasks by ids (or external ids), ``chunk_size`` per request; unknown ids are absent."""
        keys, external = _many_keys(ids, external_task_ids)
        found: list[Task] = []
        for chunk in flows.chunks(keys, self.chunk_size):
            found += drive.run(self._client, flows.get_many(chunk, external=external))
        return found

    def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        status: Filter = None,
        product_type: Filter = None,
        start_time: Times = None,
        end_time: Times = None,
    ) -> std.TaskPage:
        """One ``POST /tasks`` page (``limit`` <= 500; filters by status and product type; the
        window is ignored with a cursor). ``page.next_cursor`` continues."""
        body = std.list_body(
            cursor=cursor,
            limit=limit,
            status=status,
            product_type=product_type,
            start_time=start_time,
            end_time=end_time,
        )
        return drive.run(self._client, flows.list_page(body))

    def iter(
        self,
        *,
        limit: int | None = None,
        status: Filter = None,
        product_type: Filter = None,
        start_time: Times = None,
        end_time: Times = None,
    ) -> Iterator[Task]:
        """Every task of the listing, following the cursor."""
        body = std.list_body(
            limit=limit,
            status=status,
            product_type=product_type,
            start_time=start_time,
            end_time=end_time,
        )
        return drive.iterate(self._client, flows.iterate(body))

    def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        schedule: PollSchedule | None = None,
    ) -> Task:
        """Poll until the task succeeds (returned), fails (``TaskFailedError``) or the deadline
        passes (``WaitTimeoutError``); the same decisions as the legacy waits."""
        flow = flows.wait(self._client, self.family, task, timeout, on_update, schedule)
        return drive.run(self._client, flow)

    def wait_many(
        self,
        tasks: Iterable[Task | str],
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        schedule: PollSchedule | None = None,
        chunk_size: int | None = None,
    ) -> Iterator[Task]:
        """Yield each task (or task id) as it ends; every round reads the pending tasks with one
        ``GET /tasks`` per ``chunk_size`` ids (default :attr:`chunk_size`)."""
        size = self.chunk_size if chunk_size is None else chunk_size
        flow = flows.wait_many(self._client, self.family, tasks, timeout, on_update, schedule, size)
        return drive.iterate(self._client, flow)

    def __repr__(self) -> str:
        return f"<StandardTasks chunk_size={self.chunk_size}>"


def _one_key(id: str | None, external_task_id: str | None) -> tuple[str, bool]:
    if (id is None) == (external_task_id is None):
        raise TypeError("give exactly one of id and external_task_id")
    return (id, False) if id is not None else (str(external_task_id), True)


def _many_keys(ids: Iterable[str], external: Iterable[str]) -> tuple[list[str], bool]:
    by_id, by_external = list(ids), list(external)
    if bool(by_id) == bool(by_external):
        raise TypeError("give ids or external_task_ids (exactly one of them, not empty)")
    return (by_id, False) if by_id else (by_external, True)


class StandardResource:
    """One new-standard create family (``client.standard.text_to_video`` ...): the model is an
    argument (a path segment), the rest is the body's ``prompt`` / ``contents``, ``settings`` and
    ``options``."""

    def __init__(self, client: SyncCore, family: Family, tasks: StandardTasks) -> None:
        self._client = client
        self.family = family
        self.tasks = tasks

    def create(
        self,
        model: str,
        request: Mapping[str, Any] | Any = None,
        /,
        *,
        prompt: str | None = None,
        contents: Sequence[Mapping[str, Any]] | None = None,
        settings: Mapping[str, Any] | None = None,
        options: Mapping[str, Any] | None = None,
        callback_url: str | None = None,
        external_task_id: str | None = None,
        watermark: bool | None = None,
        validate: bool | None = None,
    ) -> Task:
        """Create a task on ``model`` (``"kling-3.0-turbo"``; a newer name is sent with a
        warning). The body is checked against the spec and the model's capability map before
        sending; it always carries ``options.external_task_id``, so a retry never creates a
        second paid task. ``callback_url``, ``external_task_id`` and ``watermark`` are shortcuts
        for ``options``."""
        fields = create_fields(
            prompt, contents, settings, options, callback_url, external_task_id, watermark
        )
        flow = flows.create(self._client, self.family, model, request, fields, validate)
        return drive.run(self._client, flow)

    def create_and_wait(
        self,
        model: str,
        request: Mapping[str, Any] | Any = None,
        /,
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        **fields: Any,
    ) -> Task:
        """:meth:`create` (same keyword fields), then :meth:`wait`: the finished task."""
        task = self.create(model, request, **fields)
        return self.wait(task, timeout=timeout, on_update=on_update)

    def get(self, id: str | None = None, *, external_task_id: str | None = None) -> Task:
        """One task by id or external id (``client.standard.tasks.get``)."""
        return self.tasks.get(id, external_task_id=external_task_id)

    def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        schedule: PollSchedule | None = None,
    ) -> Task:
        """Poll one task until it ends (see :meth:`StandardTasks.wait`)."""
        flow = flows.wait(self._client, self.family, task, timeout, on_update, schedule)
        return drive.run(self._client, flow)

    def wait_many(self, tasks: Iterable[Task | str], **options: Any) -> Iterator[Task]:
        """Yield each task as it ends, reading them in ``GET /tasks`` batches."""
        return self.tasks.wait_many(tasks, **options)

    def list(self, **query: Any) -> std.TaskPage:
        """One ``POST /tasks`` page (see :meth:`StandardTasks.list`)."""
        return self.tasks.list(**query)

    def iter(self, **query: Any) -> Iterator[Task]:
        """Every task, following the cursor (see :meth:`StandardTasks.iter`)."""
        return self.tasks.iter(**query)

    def download(
        self,
        task: Task,
        directory: str | Path,
        *,
        overwrite: bool = False,
        on_progress: ProgressCallback | None = None,
    ) -> builtins.list[Path]:
        """Every output file of a finished task into ``directory`` (``client.download``)."""
        download: Any = getattr(self._client, "download")  # noqa: B009 - Kling's own method
        found: builtins.list[Path] = download(
            task, directory, overwrite=overwrite, on_progress=on_progress
        )
        return found

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.family.key} {self.family.path}>"


class Standard:
    """``client.standard``: the new standard API, one attribute per family of the spec."""

    text_to_video: StandardResource
    image_to_video: StandardResource
    omni_video: StandardResource
    motion_control: StandardResource
    tasks: StandardTasks

    def __init__(self, client: SyncCore) -> None:
        self.tasks = StandardTasks(client)
        for fam in std.standard_families().values():
            if fam.is_standard_task:
                setattr(self, fam.attribute, StandardResource(client, fam, self.tasks))

    def __repr__(self) -> str:
        return f"<Standard {', '.join(vars(self))}>"
