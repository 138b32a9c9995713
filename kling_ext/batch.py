"""Resumable bulk generation: many jobs submitted, waited for and downloaded, safe under kill -9.

Each job is one JSON object (one line of a JSONL file): an ``id``, the ``operation`` (a task
family of either standard) and the request fields; a ``model`` makes it a new-standard job::

    {"id": "fox-1", "operation": "text2video", "prompt": "a red fox", "duration": "5"}
    {"id": "fox-2", "operation": "text-to-video", "model": "kling-3.0-turbo", "prompt": "a fox"}

Every job is validated before anything is sent (all problems at once, by line). Each create
carries an ``external_task_id`` derived from the batch and the job id; the journal
(``DIR/.kling-batch.sqlite``) commits each job's state before the next step, so running the
batch again resumes it: nothing downloaded is redone, nothing that may have been created is sent
again before it has been looked up by that id. Concurrency adapts to Kling's refusals (1303,
1302); 1102 (credits exhausted) stops new submissions. Results go to ``DIR/<job id>/``::

    from kling_ext import Kling, batch

    with Kling() as client:
        result = batch.run("jobs.jsonl", "out/", client=client, concurrency=5)
    print(result.counts)            # {"pending": 0, ..., "downloaded": 120}

``arun`` is the same with an :class:`~kling_ext.AsyncKling`; both drive one async core.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._batch._jobs import Job, parse_jobs
from ._batch._journal import JOURNAL_NAME, STATES, BatchBusyError, Journal, State
from ._batch._report import BatchReport, Progress, report
from ._batch._runner import Runner
from ._spec._codes import retryable_codes

if TYPE_CHECKING:
    from ._async_client import AsyncKling
    from ._client import Kling

__all__ = [
    "JOURNAL_NAME",
    "STATES",
    "BatchBusyError",
    "BatchReport",
    "Job",
    "Progress",
    "State",
    "arun",
    "parse_jobs",
    "retry",
    "run",
    "status",
]

Jobs = str | os.PathLike[str] | Iterable[Mapping[str, Any]] | None
"""A JSONL file, job objects, or None to resume from the journal alone."""

DEFAULTS: dict[str, Any] = {
    "concurrency": 5,
    "poll_interval": 5.0,
    "backoff": 1.0,
    "download_workers": 4,
}


def _journal(jobs: Jobs, out_dir: str | os.PathLike[str]) -> Journal:
    parsed = (
        None
        if jobs is None
        else parse_jobs(jobs if not isinstance(jobs, os.PathLike) else Path(jobs))
    )
    journal = Journal(out_dir) if parsed is not None else Journal.existing(out_dir)
    try:
        journal.lock()
        if parsed is not None:
            journal.add(parsed)
    except BaseException:
        journal.close()
        raise
    return journal


def run(
    jobs: Jobs,
    out_dir: str | os.PathLike[str],
    *,
    client: Kling | None = None,
    concurrency: int = DEFAULTS["concurrency"],
    poll_interval: float = DEFAULTS["poll_interval"],
    backoff: float = DEFAULTS["backoff"],
    download_workers: int = DEFAULTS["download_workers"],
    on_progress: Callable[[Progress], Any] | None = None,
) -> BatchReport:
    """Run (or resume) the batch whose results and journal live in ``out_dir``.

    ``client`` is a :class:`~kling_ext.Kling` (default: one from the environment, closed at the
    end), driven from worker threads. ``concurrency`` is the most tasks running at once (the
    limit adapts below it on 1303/1302); ``poll_interval`` the seconds between refresh rounds;
    ``backoff`` the first pause after a refusal (doubling to 30 s); ``on_progress`` receives a
    :class:`Progress` at each change. Raises :class:`~kling_ext.ValidationError` for invalid jobs
    before anything is sent, :class:`BatchBusyError` when another run holds ``out_dir``. Must not
    be called from a running event loop (use :func:`arun`, on asyncio).
    """
    from ._batch._backend import SyncBackend
    from ._client import Kling

    journal = _journal(jobs, out_dir)
    owned = client is None
    backend = SyncBackend(
        client or Kling(), threads=min(64, concurrency + download_workers + 2), owned=owned
    )

    async def main() -> BatchReport:
        runner = Runner(
            backend, journal, concurrency=concurrency, poll_interval=poll_interval,
            backoff=backoff, download_workers=download_workers, on_progress=on_progress,
        )  # fmt: skip
        try:
            return await runner.execute()
        finally:
            await backend.close()

    try:
        return asyncio.run(main())
    finally:
        journal.close()


async def arun(
    jobs: Jobs,
    out_dir: str | os.PathLike[str],
    *,
    client: AsyncKling | None = None,
    concurrency: int = DEFAULTS["concurrency"],
    poll_interval: float = DEFAULTS["poll_interval"],
    backoff: float = DEFAULTS["backoff"],
    download_workers: int = DEFAULTS["download_workers"],
    on_progress: Callable[[Progress], Any] | None = None,
) -> BatchReport:
    """Async twin of :func:`run` with an :class:`~kling_ext.AsyncKling` (default: one from the
    environment, closed at the end)."""
    from ._async_client import AsyncKling
    from ._batch._backend import AsyncBackend

    journal = _journal(jobs, out_dir)
    backend = AsyncBackend(client or AsyncKling(), owned=client is None)
    try:
        runner = Runner(
            backend, journal, concurrency=concurrency, poll_interval=poll_interval,
            backoff=backoff, download_workers=download_workers, on_progress=on_progress,
        )  # fmt: skip
        return await runner.execute()
    finally:
        await backend.close()
        journal.close()


def status(out_dir: str | os.PathLike[str]) -> BatchReport:
    """The state of the batch in ``out_dir`` as its journal records it (no request is made);
    FileNotFoundError when ``out_dir`` has no journal."""
    with Journal.existing(out_dir) as journal:
        return report(journal)


def retry(out_dir: str | os.PathLike[str], *, every: bool = False) -> list[str]:
    """Make the failed jobs of the batch in ``out_dir`` pending again, each with a new external
    id (each retried job is a new paid task); run the batch again to submit them. Only failures
    worth retrying by Kling's codes (1302, 1303, 5000-5002) and connection failures, unless
    ``every``. Returns the ids of the jobs made pending."""
    worth = {str(code) for code in retryable_codes()} | {"transport"}
    with Journal.existing(out_dir) as journal:
        journal.lock()
        chosen = [row.id for row in journal.rows("failed") if every or row.error_code in worth]
        journal.retry(chosen)
        return chosen
