"""The journal of a batch: one SQLite row per job, each state change committed before the next
side effect, so a batch killed at any point (even ``kill -9``) resumes without paying twice.

It lives in the output folder (``DIR/.kling-batch.sqlite``, WAL mode). A job moves
``pending`` -> ``submitted`` -> ``succeeded`` | ``failed`` -> ``downloaded``. Before a create is
sent, ``sent`` is committed: a job that is pending and ``sent`` may exist on Kling's side, so it is
looked up by its external id (derived from the batch id and the job id, stable across runs)
before it is ever sent again. SQLite's WAL with ``synchronous=NORMAL`` keeps every committed
transaction across a crash of the process (not of the machine: then the last ones may be lost,
and the look-up by external id still prevents a second paid task).
"""

from __future__ import annotations

import fcntl
import json
import os
import secrets
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from .._errors import KlingError, ValidationError
from ._jobs import Job

JOURNAL_NAME = ".kling-batch.sqlite"
LOCK_NAME = ".kling-batch.lock"
State = Literal["pending", "submitted", "succeeded", "failed", "downloaded"]
STATES: tuple[State, ...] = ("pending", "submitted", "succeeded", "failed", "downloaded")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY, seq INTEGER NOT NULL, line INTEGER NOT NULL,
    operation TEXT NOT NULL, model TEXT, body TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending', generation INTEGER NOT NULL DEFAULT 0,
    external_id TEXT NOT NULL, sent INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,
    task_id TEXT, task TEXT, files TEXT, error_code TEXT, error_message TEXT,
    created_at REAL NOT NULL, updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_state ON jobs (state, seq);
"""


@dataclass(frozen=True)
class Row:
    """One job as the journal records it."""

    id: str
    job: Job
    state: State
    generation: int
    external_id: str
    sent: bool
    attempts: int
    task_id: str | None
    task: dict[str, Any] | None
    files: list[str]
    error_code: str | None
    error_message: str | None
    created_at: float
    updated_at: float


class BatchBusyError(KlingError):
    """Another run holds the batch's folder: two runs would submit the same jobs."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        super().__init__(f"another batch run is using {out_dir} (its lock file is held)")


def external_id(batch_id: str, job_id: str, generation: int) -> str:
    """The job's ``external_task_id``: the same in every run, a new one per retry."""
    return f"kb-{batch_id}-{job_id}" + (f"-r{generation}" if generation else "")


class Journal:
    """The SQLite journal of the batch whose output folder is ``out_dir``."""

    def __init__(self, out_dir: str | os.PathLike[str]) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.out_dir / JOURNAL_NAME
        self._lock: BinaryIO | None = None
        self._db = sqlite3.connect(self.path)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        with self._db:
            self._db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('batch_id', ?)", (secrets.token_hex(5),)
            )
        self.batch_id: str = self._db.execute(
            "SELECT value FROM meta WHERE key = 'batch_id'"
        ).fetchone()[0]

    @classmethod
    def existing(cls, out_dir: str | os.PathLike[str]) -> Journal:
        """The journal of an earlier run in ``out_dir``; FileNotFoundError when there is none."""
        if not (Path(out_dir) / JOURNAL_NAME).is_file():
            raise FileNotFoundError(f"no batch journal in {out_dir} ({JOURNAL_NAME})")
        return cls(out_dir)

    def lock(self) -> None:
        """Hold the folder's lock until :meth:`close` (the OS releases it when the process dies,
        even by ``kill -9``); :class:`BatchBusyError` when another run holds it."""
        handle = open(self.out_dir / LOCK_NAME, "ab")  # noqa: SIM115 - kept open until close()
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise BatchBusyError(self.out_dir) from None
        self._lock = handle

    def close(self) -> None:
        """Close the database (every change is committed already) and release the lock."""
        self._db.close()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- jobs ------------------------------------------------------------------------------------
    def add(self, jobs: Iterable[Job]) -> int:
        """Record new jobs as pending; the ones already recorded are kept as they are (a job whose
        definition changed is refused: its results would not match it). Returns how many were new.
        """
        known = {row.id: row for row in self.rows()}
        problems = [
            (f"line {job.line}: id", f"{job.id!r} was recorded with another definition")
            for job in jobs
            if job.id in known and known[job.id].job.definition() != job.definition()
        ]
        if problems:
            raise ValidationError(problems)
        now, seq = time.time(), len(known)
        new = [job for job in jobs if job.id not in known]
        with self._db:
            self._db.executemany(
                "INSERT INTO jobs (id, seq, line, operation, model, body, external_id,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        j.id,
                        seq + i,
                        j.line,
                        j.operation,
                        j.model,
                        json.dumps(j.body),
                        external_id(self.batch_id, j.id, 0),
                        now,
                        now,
                    )
                    for i, j in enumerate(new)
                ],
            )
        return len(new)

    def rows(self, *states: State) -> list[Row]:
        """Every job (or those in ``states``) in the order they were added."""
        query = "SELECT * FROM jobs"
        if states:
            query += f" WHERE state IN ({', '.join('?' * len(states))})"
        return list(self._read(self._db.execute(query + " ORDER BY seq", states)))

    def row(self, job_id: str) -> Row:
        """One job (KeyError when unknown)."""
        found = list(self._read(self._db.execute("SELECT * FROM jobs WHERE id = ?", (job_id,))))
        if not found:
            raise KeyError(job_id)
        return found[0]

    def counts(self) -> dict[State, int]:
        """Jobs per state (every state present, 0 when none)."""
        found = dict(self._db.execute("SELECT state, COUNT(*) FROM jobs GROUP BY state").fetchall())
        return {state: int(found.get(state, 0)) for state in STATES}

    def _read(self, cursor: sqlite3.Cursor) -> Iterator[Row]:
        names = [d[0] for d in cursor.description]
        for values in cursor:
            r = dict(zip(names, values, strict=True))
            job = Job(r["id"], r["line"], r["operation"], json.loads(r["body"]), r["model"])
            yield Row(
                r["id"], job, r["state"], r["generation"], r["external_id"], bool(r["sent"]),
                r["attempts"], r["task_id"], json.loads(r["task"]) if r["task"] else None,
                json.loads(r["files"]) if r["files"] else [], r["error_code"],
                r["error_message"], r["created_at"], r["updated_at"],
            )  # fmt: skip

    # --- transitions (each one committed at once) ----------------------------------------------
    def _set(self, job_id: str, **values: Any) -> None:
        names = ", ".join(f"{name} = ?" for name in values)
        with self._db:
            self._db.execute(
                f"UPDATE jobs SET {names}, updated_at = ? WHERE id = ?",  # noqa: S608 - our names
                (*values.values(), time.time(), job_id),
            )

    def sending(self, job_id: str) -> None:
        """A create for the job is about to be sent (it may exist from now on)."""
        with self._db:
            self._db.execute(
                "UPDATE jobs SET sent = 1, attempts = attempts + 1, updated_at = ? WHERE id = ?",
                (time.time(), job_id),
            )

    def submitted(self, job_id: str, task_id: str) -> None:
        """Kling accepted the create: the task to wait for."""
        self._set(job_id, state="submitted", task_id=task_id, error_code=None, error_message=None)

    def note(self, job_id: str, code: str | None, message: str) -> None:
        """Remember why the job is still where it is (a refusal, an ambiguous create ...)."""
        self._set(job_id, error_code=code, error_message=message)

    def ended(self, job_id: str, task: dict[str, Any], succeeded: bool, message: str) -> None:
        """The task ended: its JSON is kept (the downloads read their URLs from it)."""
        state, code = ("succeeded", None) if succeeded else ("failed", "task_failed")
        self._set(
            job_id, state=state, task=json.dumps(task), error_code=code,
            error_message=None if succeeded else message,
        )  # fmt: skip

    def failed(self, job_id: str, code: str, message: str) -> None:
        """The job failed for good in this run (refused create, expired results ...)."""
        self._set(job_id, state="failed", error_code=code, error_message=message)

    def downloaded(self, job_id: str, files: list[str]) -> None:
        """Every result file is in the job's folder."""
        self._set(
            job_id, state="downloaded", files=json.dumps(files), error_code=None,
            error_message=None,
        )  # fmt: skip

    def retry(self, job_ids: Iterable[str]) -> int:
        """Make failed jobs pending again with a new external id (a new task will be paid for)."""
        count = 0
        with self._db:
            for row in (self.row(job_id) for job_id in job_ids):
                if row.state != "failed":
                    continue
                generation = row.generation + 1
                self._db.execute(
                    "UPDATE jobs SET state = 'pending', generation = ?, external_id = ?, sent = 0,"
                    " task_id = NULL, task = NULL, updated_at = ? WHERE id = ?",
                    (generation, external_id(self.batch_id, row.id, generation), time.time(),
                     row.id),
                )  # fmt: skip
                count += 1
        return count
