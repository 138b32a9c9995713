"""The new standard's task operations, as I/O-free flows run by the same drivers.

Creates go through the shared :func:`~kling_ext._core._flows.safe_create` (the external id
travels as ``options.external_task_id``; an ambiguous failure is resolved with
``GET /tasks?external_task_ids=``), single waits through the shared
:func:`~kling_ext._core._flows.wait` with a ``GET /tasks`` reader, and ``wait_many`` refreshes
every pending task with one ``GET /tasks`` per chunk of ids instead of one GET per task.
"""

from __future__ import annotations

import logging
from collections.abc import Generator, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .._errors import NotFoundError, ValidationError
from .._spec import _requests as req
from .._spec import _standard as std
from .._spec._families import Family
from .._transport._retry import READ_ONLY
from . import _flows as flows
from ._flows import Action, Emit, Send, Sleep
from ._safe_create import new_external_task_id
from ._waiting import OnUpdate

if TYPE_CHECKING:
    from .._spec._task import Task
    from ._base import ClientCore
    from ._polling import PollSchedule

logger = logging.getLogger("kling")


def create(
    core: ClientCore,
    fam: Family,
    model: str,
    request: Any,
    fields: Mapping[str, Any],
    validate: bool | None,
) -> Generator[Action, Any, Task]:
    """Create a new-standard task at most once."""
    path, body = std.prepare_create(fam, model, request, fields, core._validates(validate))
    body, external_id = std.with_external_task_id(body, new_external_task_id())
    send = Send("POST", path, {"json": body})
    label = f"{fam.key} {model}"
    return (yield from flows.safe_create(core, label, send, std.task, external_id, _by_external))


def _by_external(external_id: str) -> Generator[Action, Any, Task]:
    return (yield from get(external_id, external=True))


def get_many(
    ids: Iterable[str], *, external: bool = False, budget: float | None = None
) -> Generator[Action, Any, list[Task]]:
    """One ``GET /tasks`` for these ids (or external ids)."""
    response = yield Send(**flows._request(std.get_kwargs(ids, external=external), budget))
    return std.tasks(response)


def get(
    id: str, *, external: bool = False, budget: float | None = None
) -> Generator[Action, Any, Task]:
    """One task by id (or external id); :class:`~kling_ext.NotFoundError` when absent."""
    for task in (yield from get_many([id], external=external, budget=budget)):
        if (task.external_task_id if external else task.id) == id:
            return task
    kind = "external_task_id" if external else "task_id"
    raise NotFoundError(f"no task with {kind} {id!r}", status_code=200, code=1203)


def _fetch(task_id: str, budget: float) -> Generator[Action, Any, Task]:
    return (yield from get(task_id, budget=budget))


def wait(
    core: ClientCore,
    fam: Family,
    task: Task | str,
    timeout: float | None,
    on_update: OnUpdate | None,
    schedule: PollSchedule | None,
) -> Generator[Action, Any, Task]:
    """Poll one task through ``GET /tasks`` until it ends or the deadline passes."""
    return (yield from flows.wait(core, fam, task, timeout, on_update, schedule, fetch=_fetch))


def chunks(keys: list[str], size: int) -> list[list[str]]:
    """``keys`` in consecutive chunks of at most ``size``."""
    if isinstance(size, bool) or not isinstance(size, int) or size < 1:
        raise ValidationError([("chunk_size", f"must be a positive int, got {size!r}")])
    return [keys[i : i + size] for i in range(0, len(keys), size)]


def wait_many(
    core: ClientCore,
    fam: Family,
    tasks: Iterable[Task | str],
    timeout: float | None,
    on_update: OnUpdate | None,
    schedule: PollSchedule | None,
    chunk_size: int,
) -> Generator[Action, Any, None]:
    """Emit each task as it ends; each round reads the pending ids in chunks of ``chunk_size``
    per ``GET /tasks`` call."""
    chunks([], chunk_size)  # refuse a bad size before anything is sent
    state = core._many_state(fam, tasks, timeout, on_update, schedule)
    for task in state.match([t for t in state.pending.values() if t is not None]):
        yield Emit(task)
    while state.pending:
        for chunk in chunks(sorted(state.pending), chunk_size):
            try:
                found = yield from get_many(chunk, budget=state.deadline.remaining())
            except req.TRANSIENT as exc:
                logger.info("refreshing %d %s tasks: %s; will retry", len(chunk), fam.key, exc)
                continue
            for task in state.match(found):
                yield Emit(task)
        if state.pending:
            yield Sleep(state.next_delay())


def list_page(body: Mapping[str, Any]) -> Generator[Action, Any, std.TaskPage]:
    """One ``POST /tasks`` page."""
    kwargs = {**std.list_kwargs(body), "extensions": {READ_ONLY: True}}  # a read: retried
    response = yield Send(**flows._request(kwargs))
    return std.page(response)


def iterate(body: Mapping[str, Any]) -> Generator[Action, Any, None]:
    """Every task of the listing, following ``next_cursor`` while ``has_more`` (a cursor seen
    twice ends the walk)."""
    seen: set[str] = set()
    while True:
        page = yield from list_page(body)
        for task in page.tasks:
            yield Emit(task)
        if not page.has_more or page.next_cursor is None or page.next_cursor in seen:
            return
        seen.add(page.next_cursor)
        body = {**body, "cursor": page.next_cursor}
