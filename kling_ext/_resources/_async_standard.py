"""``client.standard`` of :class:`~kling_ext.AsyncKling`: async twins of
:mod:`kling_ext._resources._standard`, running the same flows with the async driver."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._core import _drivers as drive
from .._core import _standard_flows as flows
from .._core._waiting import OnUpdate
from .._spec import _standard as std
from .._spec._families import Family
from ._standard import Filter, Times, _many_keys, _one_key, create_fields

if TYPE_CHECKING:
    from .._core._base import AsyncCore
    from .._core._download import ProgressCallback
    from .._core._polling import PollSchedule
    from .._spec._task import Task


class AsyncStandardTasks:
    """Async twin of :class:`~kling_ext.standard.StandardTasks`."""

    chunk_size: int = std.DEFAULT_CHUNK
    """Ids per ``GET /tasks`` call (see ``StandardTasks.chunk_size``)."""

    def __init__(self, client: AsyncCore) -> None:
        self._client = client
        self.family: Family = std.standard_families()[std.TASKS_FAMILY]

    async def get(self, id: str | None = None, *, external_task_id: str | None = None) -> Task:
        """One task by its id or by your ``external_task_id``."""
        key, external = _one_key(id, external_task_id)
        return await drive.arun(self._client, flows.get(key, external=external))

    async def get_many(
        self, ids: Iterable[str] = (), *, external_task_ids: Iterable[str] = ()
    ) -> list[Task]:
        """Tasks by ids (or external ids), ``chunk_size`` per request."""
        keys, external = _many_keys(ids, external_task_ids)
        found: list[Task] = []
        for chunk in flows.chunks(keys, self.chunk_size):
            found += await drive.arun(self._client, flows.get_many(chunk, external=external))
        return found

    async def list(
        self,
        *,
        cursor: str | None = None,
        limit: int | None = None,
        status: Filter = None,
        product_type: Filter = None,
        start_time: Times = None,
        end_time: Times = None,
    ) -> std.TaskPage:
        """One ``POST /tasks`` page."""
        body = std.list_body(
            cursor=cursor,
            limit=limit,
            status=status,
            product_type=product_type,
            start_time=start_time,
            end_time=end_time,
        )
        return await drive.arun(self._client, flows.list_page(body))

    def iter(
        self,
        *,
        limit: int | None = None,
        status: Filter = None,
        product_type: Filter = None,
        start_time: Times = None,
        end_time: Times = None,
    ) -> AsyncIterator[Task]:
        """Every task of the listing, following the cursor (``async for``)."""
        body = std.list_body(
            limit=limit,
            status=status,
            product_type=product_type,
            start_time=start_time,
            end_time=end_time,
        )
        return drive.aiterate(self._client, flows.iterate(body))

    async def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        schedule: PollSchedule | None = None,
    ) -> Task:
        """Poll until the task ends or the deadline passes."""
        flow = flows.wait(self._client, self.family, task, timeout, on_update, schedule)
        return await drive.arun(self._client, flow)

    def wait_many(
        self,
        tasks: Iterable[Task | str],
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        schedule: PollSchedule | None = None,
        chunk_size: int | None = None,
    ) -> AsyncIterator[Task]:
        """Each task as it ends (``async for``), read in ``GET /tasks`` batches."""
        size = self.chunk_size if chunk_size is None else chunk_size
        flow = flows.wait_many(self._client, self.family, tasks, timeout, on_update, schedule, size)
        return drive.aiterate(self._client, flow)

    def __repr__(self) -> str:
        return f"<AsyncStandardTasks chunk_size={self.chunk_size}>"


class AsyncStandardResource:
    """Async twin of :class:`~kling_ext.standard.StandardResource`."""

    def __init__(self, client: AsyncCore, family: Family, tasks: AsyncStandardTasks) -> None:
        self._client = client
        self.family = family
        self.tasks = tasks

    async def create(
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
        """Create a task on ``model``, validated, at most once (see the sync twin)."""
        fields = create_fields(
            prompt, contents, settings, options, callback_url, external_task_id, watermark
        )
        flow = flows.create(self._client, self.family, model, request, fields, validate)
        return await drive.arun(self._client, flow)

    async def create_and_wait(
        self,
        model: str,
        request: Mapping[str, Any] | Any = None,
        /,
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        **fields: Any,
    ) -> Task:
        """:meth:`create`, then :meth:`wait`."""
        task = await self.create(model, request, **fields)
        return await self.wait(task, timeout=timeout, on_update=on_update)

    async def get(self, id: str | None = None, *, external_task_id: str | None = None) -> Task:
        """One task by id or external id."""
        return await self.tasks.get(id, external_task_id=external_task_id)

    async def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        schedule: PollSchedule | None = None,
    ) -> Task:
        """Poll one task until it ends."""
        flow = flows.wait(self._client, self.family, task, timeout, on_update, schedule)
        return await drive.arun(self._client, flow)

    def wait_many(self, tasks: Iterable[Task | str], **options: Any) -> AsyncIterator[Task]:
        """Each task as it ends, read in ``GET /tasks`` batches."""
        return self.tasks.wait_many(tasks, **options)

    async def list(self, **query: Any) -> std.TaskPage:
        """One ``POST /tasks`` page."""
        return await self.tasks.list(**query)

    def iter(self, **query: Any) -> AsyncIterator[Task]:
        """Every task, following the cursor."""
        return self.tasks.iter(**query)

    async def download(
        self,
        task: Task,
        directory: str | Path,
        *,
        overwrite: bool = False,
        on_progress: ProgressCallback | None = None,
    ) -> builtins.list[Path]:
        """Every output file of a finished task into ``directory``."""
        download: Any = getattr(self._client, "download")  # noqa: B009 - AsyncKling's own method
        found: builtins.list[Path] = await download(
            task, directory, overwrite=overwrite, on_progress=on_progress
        )
        return found

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.family.key} {self.family.path}>"


class AsyncStandard:
    """``client.standard`` of :class:`~kling_ext.AsyncKling`."""

    text_to_video: AsyncStandardResource
    image_to_video: AsyncStandardResource
    omni_video: AsyncStandardResource
    motion_control: AsyncStandardResource
    tasks: AsyncStandardTasks

    def __init__(self, client: AsyncCore) -> None:
        self.tasks = AsyncStandardTasks(client)
        for fam in std.standard_families().values():
            if fam.is_standard_task:
                setattr(self, fam.attribute, AsyncStandardResource(client, fam, self.tasks))

    def __repr__(self) -> str:
        return f"<AsyncStandard {', '.join(vars(self))}>"
