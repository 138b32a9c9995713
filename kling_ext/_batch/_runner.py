"""The core of a batch run, written once (async) for both clients.

Three loops share the journal: submission (as many creates as the adaptive limit allows; each
job's ``sent`` mark is committed before its create is sent, and a job that may exist is looked up
by its external id first), a refresh round every ``poll_interval`` (one batched ``wait_many``
round per family: legacy list pages, new-standard ``GET /tasks`` chunks) and download workers
(atomic files in ``DIR/<job id>/``). Every transition is committed before the next side effect.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from .._errors import (
    AmbiguousCreateError,
    ConcurrencyLimitError,
    DownloadError,
    InsufficientBalanceError,
    InvalidRequestError,
    KlingError,
    RateLimitError,
    ResultExpiredError,
)
from .._spec._task import Task
from ._backend import Backend, group_key
from ._journal import Journal, Row, State
from ._limits import AdaptiveLimit
from ._report import BatchReport, Progress, error_code, report, task_of

DOWNLOAD_ATTEMPTS = 3
MAX_BACKOFF = 30.0


class Runner:
    """One run of a batch over its journal."""

    def __init__(
        self,
        backend: Backend,
        journal: Journal,
        *,
        concurrency: int,
        poll_interval: float,
        backoff: float,
        download_workers: int,
        on_progress: Callable[[Progress], Any] | None = None,
    ) -> None:
        self.backend, self.journal = backend, journal
        self.limit = AdaptiveLimit(concurrency)
        self.poll_interval, self.backoff = poll_interval, backoff
        self.workers, self.on_progress = download_workers, on_progress
        self.counts = journal.counts()
        self.pending: deque[Row] = deque(journal.rows("pending"))
        self.in_flight: dict[str, Row] = {r.id: r for r in journal.rows("submitted")}
        self.downloads: asyncio.Queue[Row | None] = asyncio.Queue()
        for row in journal.rows("succeeded"):
            self.downloads.put_nowait(row)
        self.submitting = 0
        self.submitted_all = False
        self.changed = asyncio.Event()
        self.pause_until = 0.0
        self.pause = backoff
        self.started = time.monotonic()
        self.tasks: set[asyncio.Task[None]] = set()

    # --- bookkeeping -----------------------------------------------------------------------------
    def _move(self, old: State, new: State) -> None:
        self.counts[old] -= 1
        self.counts[new] += 1
        self._progress()

    def _progress(self) -> None:
        self.changed.set()
        if self.on_progress is not None:
            elapsed = time.monotonic() - self.started
            total = sum(self.counts.values())
            self.on_progress(Progress(dict(self.counts), total, elapsed, self.limit.current))

    # --- the run ---------------------------------------------------------------------------------
    async def execute(self) -> BatchReport:
        """Submit, wait for and download every job the journal has not finished."""
        self._progress()
        workers = [asyncio.create_task(self._download_worker()) for _ in range(self.workers)]
        poller = asyncio.create_task(self._poll_loop())
        submitter = asyncio.create_task(self._submit_loop())
        try:
            await asyncio.gather(submitter, poller)  # the first failure of either ends the run
            for _ in workers:
                self.downloads.put_nowait(None)
            await asyncio.gather(*workers)
        finally:
            for task in (*workers, poller, submitter, *self.tasks):
                task.cancel()
        return report(
            self.journal,
            credits_exhausted=self.limit.out_of_credits,
            refusals=self.limit.refusals,
            elapsed=time.monotonic() - self.started,
        )

    async def _submit_loop(self) -> None:
        while self.pending and not self.limit.out_of_credits:
            wait = self.pause_until - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            elif self.limit.room(len(self.in_flight) + self.submitting):
                row = self.pending.popleft()
                self.submitting += 1
                task = asyncio.create_task(self._submit(row))
                self.tasks.add(task)
                task.add_done_callback(self.tasks.discard)
            else:
                self.changed.clear()
                await self.changed.wait()
            if not self.pending and self.submitting:  # a refused create comes back to pending
                self.changed.clear()
                await self.changed.wait()
        while self.submitting:
            self.changed.clear()
            await self.changed.wait()
        self.submitted_all = True
        self.changed.set()

    async def _submit(self, row: Row) -> None:
        try:
            await self._send(row)
        finally:
            self.submitting -= 1
            self.changed.set()

    async def _send(self, row: Row) -> None:
        job, ext = row.job, row.external_id
        task: Task | None = None
        if row.sent:  # an earlier create may exist: find it rather than pay twice
            try:
                task = await self.backend.find(job, ext)
            except KlingError as exc:
                self._unsure(row, exc)
                return
        if task is None:
            self.journal.sending(row.id)  # committed before the create can exist
            row = dataclasses.replace(row, sent=True)
            task = await self._create(row)
        if task is not None:
            self._accepted(row, task)

    async def _create(self, row: Row) -> Task | None:
        """The created task, or None when the create was refused, failed or left in doubt (the
        create flow itself never sends twice: see ``kling_ext._core._safe_create``)."""
        try:
            return await self.backend.create(row.job, row.external_id)
        except (ConcurrencyLimitError, RateLimitError) as exc:
            self.limit.refused()
            self._refused(row, exc, self.pause)
            self.pause = min(MAX_BACKOFF, self.pause * 2)
        except InsufficientBalanceError as exc:
            self.limit.credits_exhausted()
            self._refused(row, exc, 0.0)
        except AmbiguousCreateError as exc:
            self._unsure(row, exc)
        except InvalidRequestError as exc:
            if exc.code != 1201:
                self._failed(row, exc)
                return None
            return await self._taken(row, exc)
        except KlingError as exc:  # refused for good, or never sent: nothing was created
            self._failed(row, exc)
        return None

    async def _taken(self, row: Row, exc: KlingError) -> Task | None:
        """Kling says the external id is taken: by our own earlier create, committed late."""
        try:
            found = await self.backend.find(row.job, row.external_id)
        except KlingError as again:
            found, exc = None, again
        if found is None:
            self._unsure(row, exc)
        return found

    def _accepted(self, row: Row, task: Task) -> None:
        self.journal.submitted(row.id, task.id)
        self.limit.accepted()
        self.pause = self.backoff
        self.in_flight[row.id] = dataclasses.replace(row, state="submitted", task_id=task.id)
        self._move("pending", "submitted")

    def _refused(self, row: Row, exc: KlingError, pause: float) -> None:
        self.journal.note(row.id, error_code(exc), str(exc))
        self.pending.appendleft(row)
        self.pause_until = time.monotonic() + pause

    def _failed(self, row: Row, exc: KlingError) -> None:
        self.journal.failed(row.id, error_code(exc), str(exc))
        self._move("pending", "failed")

    def _unsure(self, row: Row, exc: KlingError) -> None:
        """The create may exist: leave the job pending and sent (the next run looks it up)."""
        self.journal.note(row.id, error_code(exc), f"may exist, looked up next run: {exc}")
        self._progress()

    async def _poll_loop(self) -> None:
        while not (self.submitted_all and not self.in_flight):
            if self.in_flight:
                await asyncio.sleep(self.poll_interval)
                await self._refresh()
            else:
                self.changed.clear()
                await self.changed.wait()

    async def _refresh(self) -> None:
        groups: dict[tuple[bool, str], list[Row]] = {}
        for row in self.in_flight.values():
            groups.setdefault(group_key(row.job), []).append(row)
        for rows in groups.values():
            by_task = {row.task_id: row for row in rows}
            ended = await self.backend.refresh(rows[0].job, [str(t) for t in by_task])
            for task in ended:
                row = by_task[task.id]
                self.journal.ended(
                    row.id, task.to_dict(), task.succeeded, task.status_message or ""
                )
                del self.in_flight[row.id]
                if task.succeeded:
                    self.downloads.put_nowait(dataclasses.replace(row, task=task.to_dict()))
                    self._move("submitted", "succeeded")
                else:
                    self._move("submitted", "failed")

    async def _download_worker(self) -> None:
        while (row := await self.downloads.get()) is not None:
            folder = self.journal.out_dir / row.id
            for stale in folder.glob("*.part-*"):  # left by a run killed mid-download
                stale.unlink(missing_ok=True)
            for attempt in range(DOWNLOAD_ATTEMPTS):
                try:
                    paths = await self.backend.download(task_of(row), folder)
                except ResultExpiredError as exc:
                    self.journal.failed(row.id, "expired", str(exc))
                    self._move("succeeded", "failed")
                    break
                except DownloadError as exc:
                    self.journal.note(row.id, "download", str(exc))
                    if attempt + 1 < DOWNLOAD_ATTEMPTS:
                        await asyncio.sleep(self.backoff)
                else:
                    self.journal.downloaded(row.id, [p.name for p in paths])
                    self._move("succeeded", "downloaded")
                    break
