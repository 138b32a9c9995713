"""Per-family task resources (``client.videos.text2video`` ...), sync and async twins.

Every method is a thin call into the shared flows of :mod:`kling_ext._core._flows`; the twins differ
only in how they run them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .._core import _drivers as drive
from .._core import _flows as flows
from .._core._waiting import OnUpdate
from .._spec._families import FAMILIES, Family
from .._spec._requests import MAX_PAGE_SIZE

if TYPE_CHECKING:
    from kling_api.models import AccountCosts, Task

    from .._async_client import AsyncKling
    from .._client import Kling
    from .._core._polling import PollSchedule


class _Resource:
    family: Family

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.family.key} {self.family.path}>"


class TaskResource(_Resource):
    """The operations of one task family on a :class:`~kling_ext.Kling` client."""

    def __init__(self, client: Kling, family: Family) -> None:
        self._client = client
        self.family = family

    def create(
        self, request: Any = None, /, *, validate: bool | None = None, **fields: Any
    ) -> Task:
        """Create a task from a generated request model, a mapping or keyword fields.

        The body is validated before anything is sent (``validate=False`` skips the checks). It
        always carries an ``external_task_id`` (yours, or a generated one), which makes retries
        safe: after an ambiguous failure the task is looked up by that id before any re-submission,
        so a retry never creates a second paid task.
        """
        flow = flows.create(self._client, self.family, request, fields, validate)
        return drive.run(self._client, flow)

    def get(self, id: str) -> Task:
        """One task by its ``task_id`` or by your ``external_task_id``."""
        return drive.run(self._client, flows.get(self.family, id))

    def list(self, *, page: int = 1, page_size: int = 30) -> list[Task]:
        """One page of tasks (``page`` 1..1000, ``page_size`` 1..500)."""
        return drive.run(self._client, flows.list_page(self.family, page, page_size))

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

    def create_and_wait(
        self,
        request: Any = None,
        /,
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        validate: bool | None = None,
        **fields: Any,
    ) -> Task:
        """:meth:`create`, then :meth:`wait`: the finished task."""
        task = self.create(request, validate=validate, **fields)
        return self.wait(task, timeout=timeout, on_update=on_update)


class AsyncTaskResource(_Resource):
    """The operations of one task family on an :class:`~kling_ext.AsyncKling` client."""

    def __init__(self, client: AsyncKling, family: Family) -> None:
        self._client = client
        self.family = family

    async def create(
        self, request: Any = None, /, *, validate: bool | None = None, **fields: Any
    ) -> Task:
        """Async twin of :meth:`TaskResource.create`."""
        flow = flows.create(self._client, self.family, request, fields, validate)
        return await drive.arun(self._client, flow)

    async def get(self, id: str) -> Task:
        """Async twin of :meth:`TaskResource.get`."""
        return await drive.arun(self._client, flows.get(self.family, id))

    async def list(self, *, page: int = 1, page_size: int = 30) -> list[Task]:
        """Async twin of :meth:`TaskResource.list`."""
        return await drive.arun(self._client, flows.list_page(self.family, page, page_size))

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

    async def create_and_wait(
        self,
        request: Any = None,
        /,
        *,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        validate: bool | None = None,
        **fields: Any,
    ) -> Task:
        """Async twin of :meth:`TaskResource.create_and_wait`."""
        task = await self.create(request, validate=validate, **fields)
        return await self.wait(task, timeout=timeout, on_update=on_update)


class AccountResource:
    """``client.account``: the resource packs of the account."""

    def __init__(self, client: Kling) -> None:
        self._client = client

    def costs(
        self, *, start_time: int, end_time: int, resource_pack_name: str | None = None
    ) -> AccountCosts:
        """Resource packs active between two Unix-millisecond times (keep to <= 1 call/s)."""
        return drive.run(self._client, flows.costs(start_time, end_time, resource_pack_name))


class AsyncAccountResource:
    """``client.account`` of :class:`~kling_ext.AsyncKling`."""

    def __init__(self, client: AsyncKling) -> None:
        self._client = client

    async def costs(
        self, *, start_time: int, end_time: int, resource_pack_name: str | None = None
    ) -> AccountCosts:
        """Async twin of :meth:`AccountResource.costs`."""
        flow = flows.costs(start_time, end_time, resource_pack_name)
        return await drive.arun(self._client, flow)


R = TypeVar("R", TaskResource, AsyncTaskResource)


class Videos(Generic[R]):
    """``client.videos``: the video task families (and ``identify_face`` on the client)."""

    def __init__(self, make: Callable[[Family], R]) -> None:
        self.text2video: R = make(FAMILIES["text_to_video"])
        self.image2video: R = make(FAMILIES["image_to_video"])
        self.extend: R = make(FAMILIES["video_extend"])
        self.lip_sync: R = make(FAMILIES["lip_sync"])
        self.effects: R = make(FAMILIES["video_effects"])
        self.multi_image2video: R = make(FAMILIES["multi_image_to_video"])
        self.motion_control: R = make(FAMILIES["motion_control"])
        self.avatar: R = make(FAMILIES["avatar"])
        self.omni: R = make(FAMILIES["omni_video"])
        self.advanced_lip_sync: R = make(FAMILIES["advanced_lip_sync"])

    def __repr__(self) -> str:
        return f"<Videos {', '.join(vars(self))}>"


class Images(Generic[R]):
    """``client.images``: the image task families."""

    def __init__(self, make: Callable[[Family], R]) -> None:
        self.generations: R = make(FAMILIES["image_generation"])
        self.virtual_try_on: R = make(FAMILIES["virtual_try_on"])
        self.multi_image2image: R = make(FAMILIES["multi_image_to_image"])
        self.expand: R = make(FAMILIES["image_expansion"])

    def __repr__(self) -> str:
        return f"<Images {', '.join(vars(self))}>"


class Audio(Generic[R]):
    """``client.audio``: the audio task families."""

    def __init__(self, make: Callable[[Family], R]) -> None:
        self.text_to_audio: R = make(FAMILIES["text_to_audio"])
        self.video_to_audio: R = make(FAMILIES["video_to_audio"])

    def __repr__(self) -> str:
        return f"<Audio {', '.join(vars(self))}>"


def find_resource(namespaces: tuple[Videos[R], Images[R], Audio[R]], fam: Family) -> R:
    """The resource of ``fam`` among a client's namespaces."""
    for res in (res for namespace in namespaces for res in vars(namespace).values()):
        if res.family is fam:
            return res  # type: ignore[no-any-return]
    raise LookupError(fam.key)  # pragma: no cover - every family has a resource
