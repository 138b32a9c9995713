"""The client calls of a batch, as awaitables: the one async core (:mod:`._runner`) drives
either client. :class:`AsyncBackend` awaits an :class:`~kling_ext.AsyncKling`;
:class:`SyncBackend` runs a :class:`~kling_ext.Kling` in worker threads. Both use only the
clients' public methods: the safe create, the look-up by external id, ``wait_many`` (batched
queries: list pages for legacy families, ``GET /tasks`` chunks for the new standard) and the
atomic download.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .._errors import NotFoundError, WaitTimeoutError
from ._jobs import Job

if TYPE_CHECKING:
    from .._async_client import AsyncKling
    from .._client import Kling
    from .._spec._task import Task

T = TypeVar("T")


class Backend(Protocol):
    """What the core needs of a client."""

    async def create(self, job: Job, external_id: str) -> Task: ...
    async def find(self, job: Job, external_id: str) -> Task | None: ...
    async def refresh(self, job: Job, task_ids: list[str]) -> list[Task]: ...
    async def download(self, task: Task, directory: Path) -> list[Path]: ...
    async def close(self) -> None: ...


def with_external_id(job: Job, external_id: str) -> dict[str, Any]:
    """The job's body carrying its external id where its standard expects it."""
    body = dict(job.body)
    if job.standard:
        body["options"] = {**(body.get("options") or {}), "external_task_id": external_id}
    else:
        body["external_task_id"] = external_id
    return body


def _ended(tasks: Iterator[Task]) -> list[Task]:
    found: list[Task] = []
    with contextlib.suppress(WaitTimeoutError):  # one round only: the rest is still running
        found.extend(tasks)
    return found


class SyncBackend:
    """A :class:`~kling_ext.Kling` driven from the event loop through worker threads."""

    def __init__(self, client: Kling, threads: int, owned: bool = False) -> None:
        self.client, self._owned = client, owned
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="kling-batch")

    async def _call(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)

    def _create(self, job: Job, external_id: str) -> Task:
        body = with_external_id(job, external_id)
        if job.model is not None:
            resource = getattr(self.client.standard, _attribute(job))
            task: Task = resource.create(job.model, body, validate=False)
            return task
        return self.client.resource(job.operation).submit(body, validate=False)

    async def create(self, job: Job, external_id: str) -> Task:
        return await self._call(self._create, job, external_id)

    def _find(self, job: Job, external_id: str) -> Task | None:
        try:
            if job.standard:
                return self.client.standard.tasks.get(external_task_id=external_id)
            return self.client.resource(job.operation).get(external_id)
        except NotFoundError:
            return None

    async def find(self, job: Job, external_id: str) -> Task | None:
        return await self._call(self._find, job, external_id)

    def _refresh(self, job: Job, task_ids: list[str]) -> list[Task]:
        if job.standard:
            return _ended(self.client.standard.tasks.wait_many(task_ids, timeout=0))
        return _ended(self.client.wait_many(task_ids, family=job.operation, timeout=0))

    async def refresh(self, job: Job, task_ids: list[str]) -> list[Task]:
        return await self._call(self._refresh, job, task_ids)

    async def download(self, task: Task, directory: Path) -> list[Path]:
        return await self._call(self.client.download, task, directory)

    async def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self._owned:
            self.client.close()


class AsyncBackend:
    """An :class:`~kling_ext.AsyncKling`, awaited directly."""

    def __init__(self, client: AsyncKling, owned: bool = False) -> None:
        self.client, self._owned = client, owned

    async def create(self, job: Job, external_id: str) -> Task:
        body = with_external_id(job, external_id)
        if job.model is not None:
            resource = getattr(self.client.standard, _attribute(job))
            task: Task = await resource.create(job.model, body, validate=False)
            return task
        return await self.client.resource(job.operation).submit(body, validate=False)

    async def find(self, job: Job, external_id: str) -> Task | None:
        try:
            if job.standard:
                return await self.client.standard.tasks.get(external_task_id=external_id)
            return await self.client.resource(job.operation).get(external_id)
        except NotFoundError:
            return None

    async def refresh(self, job: Job, task_ids: list[str]) -> list[Task]:
        if job.standard:
            rounds = self.client.standard.tasks.wait_many(task_ids, timeout=0)
        else:
            rounds = self.client.wait_many(task_ids, family=job.operation, timeout=0)
        found: list[Task] = []
        try:
            async for task in rounds:
                found.append(task)
        except WaitTimeoutError:
            pass
        return found

    async def download(self, task: Task, directory: Path) -> list[Path]:
        return await self.client.download(task, directory)

    async def close(self) -> None:
        if self._owned:
            await self.client.close()


def _attribute(job: Job) -> str:
    from .._spec._standard import standard_family

    return standard_family(job.operation).attribute


def group_key(job: Job) -> tuple[bool, str]:
    """Jobs refreshed together: one standard, one family (the new standard's tasks are all read
    through ``GET /tasks``, whatever their family)."""
    return (True, "") if job.standard else (False, job.operation)
