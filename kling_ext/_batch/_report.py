"""What a batch run reports: progress snapshots, the final report, and how failures are named
in the journal."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._errors import APIError, DownloadError, TransportError, ValidationError
from .._spec._task import Task
from ._journal import STATES, Journal, Row, State


@dataclass(frozen=True)
class Progress:
    """A snapshot of a running batch, for progress displays."""

    counts: dict[State, int]
    total: int
    elapsed: float
    concurrency: int
    """The adaptive limit right now."""

    @property
    def finished(self) -> int:
        """Jobs that reached an end (downloaded or failed)."""
        return self.counts["downloaded"] + self.counts["failed"]

    @property
    def rate(self) -> float:
        """Jobs finished per second so far."""
        return self.finished / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def eta(self) -> float | None:
        """Seconds until every job is finished at the current rate (None before the first)."""
        rate = self.rate
        return (self.total - self.finished) / rate if rate > 0 else None


@dataclass
class BatchReport:
    """What a batch run (or the journal, for ``status``) says: jobs per state and the problems."""

    batch_id: str
    out_dir: Path
    counts: dict[State, int]
    failed: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    """(job id, error code, message) of every failed job."""
    unfinished: list[tuple[str, State, str | None]] = field(default_factory=list)
    """(job id, state, last note) of every job not yet downloaded nor failed."""
    credits_exhausted: bool = False
    """Kling answered 1102: submitting stopped; jobs not sent are still pending."""
    refusals: int = 0
    """Creates refused for concurrency or rate (1303, 1302) during the run."""
    elapsed: float = 0.0

    @property
    def total(self) -> int:
        """Jobs in the batch."""
        return sum(self.counts.values())

    @property
    def complete(self) -> bool:
        """Every job downloaded."""
        return self.counts["downloaded"] == self.total

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {
            "batch_id": self.batch_id,
            "out_dir": str(self.out_dir),
            "total": self.total,
            "counts": dict(self.counts),
            "complete": self.complete,
            "credits_exhausted": self.credits_exhausted,
            "refusals": self.refusals,
            "elapsed": round(self.elapsed, 3),
            "failed": [{"id": i, "code": c, "message": m} for i, c, m in self.failed],
            "unfinished": [{"id": i, "state": s, "note": n} for i, s, n in self.unfinished],
        }


def report(journal: Journal, **extra: Any) -> BatchReport:
    """The journal's view of the batch."""
    rows = journal.rows()
    counts = {state: 0 for state in STATES}
    for row in rows:
        counts[row.state] += 1
    return BatchReport(
        journal.batch_id,
        journal.out_dir,
        counts,
        [(r.id, r.error_code, r.error_message) for r in rows if r.state == "failed"],
        [(r.id, r.state, r.error_message) for r in rows if r.state not in ("downloaded", "failed")],
        **extra,
    )


def error_code(exc: BaseException) -> str:
    """How the journal names a failure: Kling's business code, else its kind."""
    if isinstance(exc, APIError):
        return str(exc.code) if exc.code is not None else f"http_{exc.status_code}"
    if isinstance(exc, TransportError):
        return "transport"
    if isinstance(exc, ValidationError):
        return "validation"
    if isinstance(exc, DownloadError):
        return "download"
    return type(exc).__name__


def task_of(row: Row) -> Task:
    """The ended task the journal kept for ``row``."""
    assert row.task is not None
    return Task.from_standard(row.task) if row.job.standard else Task.from_dict(row.task)
