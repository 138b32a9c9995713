"""The asynchronous client, :class:`AsyncKling`: the twin of :class:`~kling_ext.Kling`.

Wiring: one ``httpx.AsyncClient`` per ``AsyncKling`` object (one connection pool) with the JWT
auth, a retry transport for reads, per-phase timeouts and a User-Agent; the generated
``kling_api.Client`` is given that same httpx client (``client.generated``), so low-level
generated functions share the pool and the auth. Downloads use a second, unauthenticated pool:
the Kling token never goes to the file host.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

import httpx

import kling_resources

from ._core import _drivers as drive
from ._core import _flows as flows
from ._core._base import AsyncCore, ClientOptions, resolve_family, shared_ssl_context
from ._core._download import ProgressCallback, adownload_files
from ._core._ready import ready_files
from ._core._waiting import OnUpdate
from ._resources._async_standard import AsyncStandard
from ._resources._tasks import (
    AsyncAccountResource,
    AsyncTaskResource,
    find_resource,
)
from ._spec._requests import MAX_PAGE_SIZE
from ._transport._error_map import transport_error
from ._transport._retry import AsyncRetryTransport, _anyio_sleep

if TYPE_CHECKING:
    import kling_api
    from kling_api.models import IdentifyFaceResult

    from ._core._polling import PollSchedule
    from ._spec._task import Task


class AsyncKling(AsyncCore):
    """Asynchronous client for the Kling AI API (every method of :class:`Kling`, awaitable).

    Credentials come from the arguments, else from ``KLING_ACCESS_KEY`` / ``KLING_SECRET_KEY``;
    the endpoint from ``base_url``, ``region`` (``global``, ``cn``, ``legacy``) or
    ``KLING_BASE_URL``. Use it as an async context manager, or await :meth:`close`.

    >>> async with AsyncKling() as client:                               # doctest: +SKIP
    ...     task = await client.videos.text2video.create(prompt="a red fox in snow")
    ...     done = await client.videos.text2video.wait(task, on_update=print)
    ...     await client.download(done, "videos/")
    """

    def __init__(
        self,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        event_hooks: dict[str, list[Callable[..., Any]]] | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(**options)
        self._sleep = sleep if sleep is not None else _anyio_sleep
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            auth=self._auth,
            transport=AsyncRetryTransport(
                transport or httpx.AsyncHTTPTransport(**self._transport_options()),
                self._policy,
                sleep=sleep,
                rng=self._rng,
            ),
            timeout=self._config.timeout,
            headers=self._headers(),
            event_hooks=event_hooks or {},
        )
        import anyio

        self._in_flight = anyio.CapacityLimiter(self._max_connections)
        self._files_transport = transport
        self._files: httpx.AsyncClient | None = None
        self._generated: kling_api.Client | None = None
        self.videos = kling_resources.AsyncVideos(self)
        self.images = kling_resources.AsyncImages(self)
        self.audio = kling_resources.AsyncAudio(self)
        self.general = kling_resources.AsyncGeneral(self)
        self.billing = kling_resources.AsyncBilling(self)
        self.account = AsyncAccountResource(self)
        self.standard = AsyncStandard(self)  # the new standard API (model in the path)

    @property
    def generated(self) -> kling_api.Client:
        """The generated low-level client, sharing this client's pool, auth and retries."""
        if self._generated is None:
            import kling_api

            self._generated = kling_api.Client(base_url=self.base_url)
            self._generated.set_async_httpx_client(self._http)
        return self._generated

    def resource(self, family: Any) -> AsyncTaskResource:
        """The task resource of a family key such as ``"text_to_video"``."""
        found: AsyncTaskResource = find_resource(
            (self.videos, self.images, self.audio, self.general), resolve_family(family)
        )
        return found

    async def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        from anyio import WouldBlock

        limiter = self._in_flight
        try:  # a free slot is taken without a trip through the event loop (~25 us a call)
            limiter.acquire_nowait()
        except WouldBlock:
            await limiter.acquire()
        try:
            return await self._http.request(method, url, **kwargs)
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc
        finally:
            limiter.release()

    async def wait(
        self,
        task: Task | str,
        *,
        family: Any,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        schedule: PollSchedule | None = None,
    ) -> Task:
        """Wait for a task of ``family`` (a key such as ``"text_to_video"`` or a resource),
        given as a task or as an id (task_id or external_task_id)."""
        return await self.resource(family).wait(
            task, timeout=timeout, on_update=on_update, schedule=schedule
        )

    def wait_many(
        self,
        tasks: Iterable[Task | str],
        *,
        family: Any,
        timeout: float | None = None,
        on_update: OnUpdate | None = None,
        schedule: PollSchedule | None = None,
        page_size: int = MAX_PAGE_SIZE,
    ) -> AsyncIterator[Task]:
        """Yield each task as it ends (succeeded or failed: check ``task_status``).

        Refreshes through the list endpoint whenever a walk of its pages costs fewer requests than
        one GET per pending task; tasks not found in the pages are fetched by id. Raises
        ``WaitTimeoutError`` (naming the ids still pending) when the deadline passes.
        """
        fam = resolve_family(family)
        flow = flows.wait_many(self, fam, tasks, timeout, on_update, schedule, page_size)
        return drive.aiterate(self, flow)

    as_completed = wait_many

    async def identify_face(
        self, request: Any = None, /, *, validate: bool | None = None, **fields: Any
    ) -> IdentifyFaceResult:
        """Async twin of :meth:`Kling.identify_face`."""
        found: IdentifyFaceResult = await self.videos.advanced_lip_sync._call(
            "identify_face", request, fields, {}, validate
        )
        return found

    def iter_tasks(self, family: Any, *, page_size: int = MAX_PAGE_SIZE) -> AsyncIterator[Task]:
        """Every task of a family, page by page (stops on the first short or empty page)."""
        return self.resource(family).iter(page_size=page_size)

    async def download(
        self,
        task: Task,
        directory: str | Path,
        *,
        overwrite: bool = False,
        on_progress: ProgressCallback | None = None,
    ) -> list[Path]:
        """Stream every result file (videos, images, audio) of a finished task into ``directory``.

        Files are written under a temporary name and renamed when complete; a file already there
        is skipped; names come from the task and result ids, never from the URL.
        """
        return await adownload_files(
            self._files_client(),
            ready_files(task),
            Path(directory),
            on_progress=on_progress,
            overwrite=overwrite,
        )

    def _files_client(self) -> httpx.AsyncClient:
        if self._files is None:
            self._files = httpx.AsyncClient(
                timeout=self._config.timeout,
                follow_redirects=True,
                transport=self._files_transport,
                verify=shared_ssl_context() or True,
                headers={"User-Agent": self._config.user_agent},
            )
        return self._files

    async def close(self) -> None:
        """Close the connection pools."""
        await self._http.aclose()
        if self._files is not None:
            await self._files.aclose()

    async def __aenter__(self) -> AsyncKling:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
