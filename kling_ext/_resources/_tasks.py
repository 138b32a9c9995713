"""The bases of the per-family task resources (``client.videos.text2video`` ...), sync and async.

The families themselves, with their typed ``create``, are generated from the spec into
``kling_resources``.

Every method is a thin call into the shared flows of :mod:`kling_ext._core._flows`; the twins differ
only in how they run them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .._core import _drivers as drive
from .._core import _flows as flows
from .._core._waiting import OnUpdate
from .._spec import _requests as req
from .._spec._families import FAMILIES, Family
from .._spec._requests import MAX_PAGE_SIZE

if TYPE_CHECKING:
    from kling_api.models import AccountCosts

    from .._core._base import AsyncCore, SyncCore
    from .._core._polling import PollSchedule
    from .._spec._task import Task


class _Resource:
    family: Family
    family_key: str = ""
    """Set by each generated family class (``kling_resources``); the table row comes from it."""

    def __init__(self, client: Any, family: Family | None = None) -> None:
        self._client = client
        self.family = family if family is not None else FAMILIES[self.family_key]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.family.key} {self.family.path}>"


class TaskResource(_Resource):
    """The operations of one task family on a :class:`~kling_ext.Kling` client.

    Each family's typed ``create`` comes from its generated subclass (``kling_resources``); this
    base holds what every family shares.
    """

    _client: SyncCore

    def _create(self, request: Any, fields: Mapping[str, Any], validate: bool | None) -> Task:
        core, fam = self._client, self.family
        body, external_id = flows.create_body(core, fam, request, fields, validate)
        try:  # the first attempt sent directly; the shared safe-create flow takes over a failure
            return req.task(core._send("POST", fam.path, json=body))
        except Exception as exc:
            return drive.run(core, flows.create_sent(core, fam, body, external_id), failed=exc)

    def submit(
        self, request: Any = None, /, *, validate: bool | None = None, **fields: Any
    ) -> Task:
        """Create a task from a mapping or generated model and untyped fields: for code that works
        over any family (``client.resource(key).submit(body)``). Prefer the family's typed
        ``create``; both validate, and both never create a second paid task on a retry."""
        return self._create(request, fields, validate)

    def get(self, id: str) -> Task:
        """One task by its ``task_id`` or by your ``external_task_id``."""
        # flows.get sent directly: one request, nothing to retry or sleep (the hot path)
        return req.task(self._client._send(**req.get_kwargs(self.family, id)))

    def list(self, *, page: int = 1, page_size: int = 30) -> list[Task]:
        """One page of tasks (``page`` 1..1000, ``page_size`` 1..500)."""
        kwargs = req.list_kwargs(self.family, page, page_size)  # flows.list_page, sent directly
        return req.tasks(self._client._send(**kwargs))

    def iter(self, *, page_size: int = MAX_PAGE_SIZE, start_page: int = 1) -> Iterator[Task]:
        """Every task, page by page; stops on the first short or empty page."""
        return drive.iterate(self._client, flows.iterate(self.family, page_size, start_page))

    def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        schedule: PollSchedule | None = None,
    ) -> Task:
        """Poll until the task succeeds (returned), fails (``TaskFailedError``) or the deadline
        passes (``WaitTimeoutError``, resumable from the id). Transient errors while polling are
        sat out inside the deadline; ``on_update`` receives the task at every status change."""
        flow = flows.wait(self._client, self.family, task, timeout, on_update, schedule)
        return drive.run(self._client, flow)


class AsyncTaskResource(_Resource):
    """The operations of one task family on an :class:`~kling_ext.AsyncKling` client."""

    _client: AsyncCore

    async def _create(self, request: Any, fields: Mapping[str, Any], validate: bool | None) -> Task:
        core, fam = self._client, self.family
        body, external_id = flows.create_body(core, fam, request, fields, validate)
        try:  # see TaskResource._create
            return req.task(await core._send("POST", fam.path, json=body))
        except Exception as exc:
            flow = flows.create_sent(core, fam, body, external_id)
            return await drive.arun(core, flow, failed=exc)

    async def submit(
        self, request: Any = None, /, *, validate: bool | None = None, **fields: Any
    ) -> Task:
        """Async twin of :meth:`TaskResource.submit`."""
        return await self._create(request, fields, validate)

    async def get(self, id: str) -> Task:
        """Async twin of :meth:`TaskResource.get`."""
        return req.task(await self._client._send(**req.get_kwargs(self.family, id)))

    async def list(self, *, page: int = 1, page_size: int = 30) -> list[Task]:
        """Async twin of :meth:`TaskResource.list`."""
        kwargs = req.list_kwargs(self.family, page, page_size)
        return req.tasks(await self._client._send(**kwargs))

    def iter(self, *, page_size: int = MAX_PAGE_SIZE, start_page: int = 1) -> AsyncIterator[Task]:
        """Async twin of :meth:`TaskResource.iter` (``async for``)."""
        return drive.aiterate(self._client, flows.iterate(self.family, page_size, start_page))

    async def wait(
        self,
        task: Task | str,
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        schedule: PollSchedule | None = None,
    ) -> Task:
        """Async twin of :meth:`TaskResource.wait`."""
        flow = flows.wait(self._client, self.family, task, timeout, on_update, schedule)
        return await drive.arun(self._client, flow)


class AccountResource:
    """``client.account``: the resource packs of the account."""

    def __init__(self, client: SyncCore) -> None:
        self._client = client

    def costs(
        self, *, start_time: int, end_time: int, resource_pack_name: str | None = None
    ) -> AccountCosts:
        """Resource packs active between two Unix-millisecond times (keep to <= 1 call/s)."""
        return drive.run(self._client, flows.costs(start_time, end_time, resource_pack_name))


class AsyncAccountResource:
    """``client.account`` of :class:`~kling_ext.AsyncKling`."""

    def __init__(self, client: AsyncCore) -> None:
        self._client = client

    async def costs(
        self, *, start_time: int, end_time: int, resource_pack_name: str | None = None
    ) -> AccountCosts:
        """Async twin of :meth:`AccountResource.costs`."""
        flow = flows.costs(start_time, end_time, resource_pack_name)
        return await drive.arun(self._client, flow)


def find_resource(namespaces: Iterable[object], fam: Family) -> Any:
    """The resource of ``fam`` among a client's namespaces."""
    for res in (res for namespace in namespaces for res in vars(namespace).values()):
        if getattr(res, "family", None) is fam:
            return res
    raise LookupError(f"no resource for the family {fam.key!r} on this client")
