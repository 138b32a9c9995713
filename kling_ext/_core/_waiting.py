"""The state of one wait and of a wait on many tasks, free of I/O.

The sync and async clients run the same loop around these objects: poll, ``observe`` the task,
sleep for ``next_delay()``. A wait ends in exactly one of three ways: the task succeeded (the
finished task is returned), it failed (:class:`~kling_ext.TaskFailedError`), or the deadline passed
(:class:`~kling_ext.WaitTimeoutError`, also a ``TimeoutError``, carrying the id and the last status
so the wait can be resumed later from the id alone). An unknown status is neither success nor
failure: the wait goes on until the deadline.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .._errors import TaskFailedError, WaitTimeoutError
from ._polling import Deadline, PollSchedule, is_terminal

if TYPE_CHECKING:
    from .._spec._task import Task

OnUpdate = Callable[["Task"], Any]


def status_of(task: Task) -> str | None:
    """The task's status as a plain string (``None`` when the server sent none); either
    standard's (legacy ``succeed``, new ``succeeded``)."""
    return task.status or None


def task_id_of(task_or_id: Task | str) -> str:
    """The id to poll: the string itself, or the task's ``task_id``."""
    if isinstance(task_or_id, str):
        if not task_or_id:
            raise ValueError("task id must not be empty")
        return task_or_id
    task_id = task_or_id.id
    if not task_id:
        raise ValueError("the task has no task_id to wait on")
    return task_id


def external_id_of(task: Task) -> str | None:
    """The caller's external_task_id echoed by the task (``task_info`` or ``external_id``)."""
    return task.external_task_id


@dataclass
class WaitState:
    """Progress of waiting on one task."""

    task_id: str
    deadline: Deadline
    schedule: PollSchedule
    rng: random.Random
    on_update: OnUpdate | None = None
    last_status: str | None = None
    polls: int = 0

    def observe(self, task: Task) -> Task | None:
        """Record a polled task: the task when it succeeded, ``None`` to keep waiting."""
        self.polls += 1
        status = status_of(task)
        if status != self.last_status:
            self.last_status = status
            if self.on_update is not None:
                self.on_update(task)
        if task.succeeded:
            return task
        if task.failed:
            raise TaskFailedError(self.task_id, task.status_message, task)
        return None

    def settle_delay(self) -> float:
        """Seconds to sleep before the first poll of a task the caller just read (a fresh create
        response): one short interval, cut to the deadline, never raising, so even a zero
        timeout polls once."""
        return self.deadline.clamp(self.schedule.delay(0, self.rng))

    def next_delay(self) -> float:
        """Seconds to sleep before the next poll; raises once the deadline has passed."""
        if self.deadline.expired():
            raise WaitTimeoutError(self.task_id, self.last_status, self.deadline.elapsed())
        return self.deadline.clamp(self.schedule.delay(self.polls - 1, self.rng))


@dataclass
class ManyWaitState:
    """Progress of waiting on many tasks of one family (``wait_many`` / ``as_completed``)."""

    pending: dict[str, Task | None]
    """Task id (or external id) -> last seen task."""
    deadline: Deadline
    schedule: PollSchedule
    rng: random.Random
    on_update: OnUpdate | None = None
    rounds: int = 0
    statuses: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def start(
        cls,
        tasks: Iterable[Task | str],
        deadline: Deadline,
        schedule: PollSchedule,
        rng: random.Random,
        on_update: OnUpdate | None,
    ) -> ManyWaitState:
        pending: dict[str, Task | None] = {}
        for item in tasks:
            pending[task_id_of(item)] = None if isinstance(item, str) else item
        return cls(pending, deadline, schedule, rng, on_update)

    def use_list(self, page_size: int) -> bool:
        """Whether one walk of the list endpoint costs fewer requests than a GET per task."""
        return len(self.pending) > self.list_budget(page_size)

    def list_budget(self, page_size: int) -> int:
        """Pages of the list endpoint worth reading in one refresh."""
        return -(-len(self.pending) // page_size) + 2

    def match(self, tasks: Iterable[Task]) -> list[Task]:
        """Record refreshed tasks; returns those that reached an end state, in order."""
        finished: list[Task] = []
        for task in tasks:
            key = self._key_for(task)
            if key is None:
                continue
            self.pending[key] = task
            status = status_of(task)
            if status != self.statuses.get(key, "\0"):
                self.statuses[key] = status
                if self.on_update is not None:
                    self.on_update(task)
            if is_terminal(status):
                del self.pending[key]
                finished.append(task)
        return finished

    def _key_for(self, task: Task) -> str | None:
        task_id = task.id
        if task_id in self.pending:
            return task_id
        ext = external_id_of(task)
        return ext if ext in self.pending else None

    def next_delay(self) -> float:
        """Seconds until the next refresh round; raises once the deadline has passed."""
        if self.deadline.expired():
            first = next(iter(self.pending))
            raise WaitTimeoutError(
                first,
                self.statuses.get(first),
                self.deadline.elapsed(),
                pending=sorted(self.pending),
            )
        delay = self.deadline.clamp(self.schedule.delay(self.rounds, self.rng))
        self.rounds += 1
        return delay
