"""The synchronous client, :class:`Kling`.

Wiring: one ``httpx.Client`` per ``Kling`` object (one connection pool) with the JWT auth, a retry
transport for reads, per-phase timeouts and a User-Agent; the generated ``kling_api.Client`` is
given that same httpx client (``client.generated``), so low-level generated functions share the
pool and the auth. Downloads use a second, unauthenticated pool: the Kling token never goes to the
file host.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

import httpx

import kling_resources

from ._core import _drivers as drive
from ._core import _flows as flows
from ._core._base import ClientOptions, SyncCore, resolve_family, shared_ssl_context
from ._core._download import ProgressCallback, download_files
from ._core._ready import ready_files
from ._core._waiting import OnUpdate
from ._resources._standard import Standard
from ._resources._tasks import AccountResource, TaskResource, find_resource
from ._spec._requests import MAX_PAGE_SIZE
from ._transport._error_map import transport_error
from ._transport._retry import RetryTransport

if TYPE_CHECKING:
    import kling_api
    from kling_api.models import IdentifyFaceResult

    from ._core._polling import PollSchedule
    from ._spec._task import Task


class Kling(SyncCore):
    """Client for the Kling AI API.

    Credentials come from the arguments, else from ``KLING_ACCESS_KEY`` / ``KLING_SECRET_KEY``;
    the endpoint from ``base_url``, ``region`` (``global``, ``cn``, ``legacy``) or
    ``KLING_BASE_URL``. Use it as a context manager, or call :meth:`close`.

    >>> with Kling() as client:                                          # doctest: +SKIP
    ...     task = client.videos.text2video.create(prompt="a red fox in snow")
    ...     done = client.videos.text2video.wait(task, on_update=print)
    ...     client.download(done, "videos/")
    """

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        event_hooks: dict[str, list[Callable[..., Any]]] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(**options)
        self._sleep = sleep
        self._http = httpx.Client(
            base_url=self.base_url,
            auth=self._auth,
            transport=RetryTransport(
                transport or httpx.HTTPTransport(**self._transport_options()),
                self._policy,
                sleep=sleep,
                rng=self._rng,
            ),
            timeout=self._config.timeout,
            headers=self._headers(),
            event_hooks=event_hooks or {},
        )
        self._in_flight = threading.BoundedSemaphore(self._max_connections)
        self._files_transport = transport
        self._files: httpx.Client | None = None
        self._files_lock = threading.Lock()  # downloads from several threads share one pool
        self._generated: kling_api.Client | None = None
        self.videos = kling_resources.Videos(self)
        self.images = kling_resources.Images(self)
        self.audio = kling_resources.Audio(self)
        self.general = kling_resources.General(self)
        self.billing = kling_resources.Billing(self)
        self.account = AccountResource(self)
        self.standard = Standard(self)  # the new standard API (model in the path)

    @property
    def generated(self) -> kling_api.Client:
        """The generated low-level client, sharing this client's pool, auth and retries."""
        if self._generated is None:
            import kling_api

            self._generated = kling_api.Client(base_url=self.base_url)
            self._generated.set_httpx_client(self._http)
        return self._generated

    def resource(self, family: Any) -> TaskResource:
        """The task resource of a family key such as ``"text_to_video"``."""
        found: TaskResource = find_resource(
            (self.videos, self.images, self.audio, self.general), resolve_family(family)
        )
        return found

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        try:
            with self._in_flight:
                return self._http.request(method, url, **kwargs)
        except httpx.TransportError as exc:
            raise transport_error(exc) from exc

    def wait(
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
        return self.resource(family).wait(
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
    ) -> Iterator[Task]:
        """Yield each task as it ends (succeeded or failed: check ``task_status``).

        Refreshes through the list endpoint whenever a walk of its pages costs fewer requests than
        one GET per pending task; tasks not found in the pages are fetched by id. Raises
        ``WaitTimeoutError`` (naming the ids still pending) when the deadline passes.
        """
        fam = resolve_family(family)
        flow = flows.wait_many(self, fam, tasks, timeout, on_update, schedule, page_size)
        return drive.iterate(self, flow)

    as_completed = wait_many

    def identify_face(
        self, request: Any = None, /, *, validate: bool | None = None, **fields: Any
    ) -> IdentifyFaceResult:
        """Find the faces in a video (``video_id`` or ``video_url``) for advanced lip sync.

        A synchronous, billed call (no task): validated, sent once and never retried. The
        result's ``session_id`` and ``face_data[].face_id`` feed
        ``client.videos.advanced_lip_sync.create(...)``.
        """
        found: IdentifyFaceResult = self.videos.advanced_lip_sync._call(
            "identify_face", request, fields, {}, validate
        )  # the spec-derived call of the family (x-kling-method identify_face)
        return found

    def iter_tasks(self, family: Any, *, page_size: int = MAX_PAGE_SIZE) -> Iterator[Task]:
        """Every task of a family, page by page (stops on the first short or empty page)."""
        return self.resource(family).iter(page_size=page_size)

    def download(
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
        return download_files(
            self._files_client(),
            ready_files(task),
            Path(directory),
            on_progress=on_progress,
            overwrite=overwrite,
        )

    def _files_client(self) -> httpx.Client:
        if self._files is not None:
            return self._files
        with self._files_lock:
            if self._files is None:  # pragma: no branch - another thread rarely wins the race
                self._files = httpx.Client(
                    timeout=self._config.timeout,
                    follow_redirects=True,
                    transport=self._files_transport,
                    verify=shared_ssl_context() or True,
                    headers={"User-Agent": self._config.user_agent},
                )
            return self._files

    def close(self) -> None:
        """Close the connection pools."""
        self._http.close()
        if self._files is not None:
            self._files.close()

    def __enter__(self) -> Kling:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
