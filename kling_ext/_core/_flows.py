"""The task operations written once, as generators free of I/O ("sans-I/O").

Each flow yields actions: :class:`Send` a request (the driver sends back the ``httpx.Response``, or
throws the exception the request raised), :class:`Sleep` (the driver sleeps, in its own way) and
:class:`Emit` (the driver hands a task to the caller, for iterators). A flow's return value is the
operation's result. :mod:`._drivers` runs flows with ``httpx.Client`` and ``time.sleep``
or with ``httpx.AsyncClient`` and ``anyio.sleep``, so the sync and async clients share every
decision: safe creates, waiting, pagination, ``wait_many``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

import httpx

from .._errors import AmbiguousCreateError, TaskExpiredError
from .._spec import _requests as req
from .._spec._families import Family
from .._transport._retry import RETRY_BUDGET
from ._base import ClientCore
from ._safe_create import (
    Outcome,
    add_external_task_id,
    classify,
    probe_delays,
    retry_after,
)
from ._waiting import ManyWaitState, OnUpdate, WaitState, external_id_of, task_id_of

if TYPE_CHECKING:
    from kling_api.models import AccountCosts

    from .._spec._task import Task
    from ._polling import PollSchedule

logger = logging.getLogger("kling")


@dataclass(frozen=True)
class Send:
    """Send this request; the flow receives the response or the exception."""

    method: str
    url: str
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Sleep:
    """Sleep this many seconds."""

    seconds: float


@dataclass(frozen=True)
class Emit:
    """Hand this task to the caller (iterators only)."""

    task: Task


Action = Send | Sleep | Emit
Flow = Generator[Action, Any, Any]


def get(fam: Family, id: str, budget: float | None = None) -> Generator[Action, Any, Task]:
    response = yield Send(**_request(req.get_kwargs(fam, id), budget))
    return req.task(response)


def list_page(
    fam: Family, page: int, page_size: int, budget: float | None = None
) -> Generator[Action, Any, list[Task]]:
    response = yield Send(**_request(req.list_kwargs(fam, page, page_size), budget))
    return req.tasks(response)


def costs(start: int, end: int, name: str | None) -> Generator[Action, Any, AccountCosts]:
    response = yield Send(**_request(req.costs_kwargs(start, end, name)))
    return req.costs(response)


def create_body(
    core: ClientCore, fam: Family, request: Any, fields: Mapping[str, Any], validate: bool | None
) -> tuple[dict[str, Any], str]:
    """The checked body of a create, carrying its ``external_task_id``, and that id."""
    body = req.prepare_body(fam.path, fam.request_model, request, fields, core._validates(validate))
    return add_external_task_id(body)  # the body is a new dict: no copy


def create_sent(
    core: ClientCore, fam: Family, body: dict[str, Any], external_id: str
) -> Generator[Action, Any, Task]:
    """Create a task at most once (see :mod:`kling_ext._core._safe_create`): the safe create of
    a prepared ``body`` (:func:`safe_create`, from :func:`create_body`). The resources send the
    first attempt themselves (the success path, with no generator) and hand this flow its
    failure: ``drive.run(core, create_sent(...), failed=exc)``."""
    send = Send("POST", fam.path, {"json": body})
    return (yield from safe_create(core, fam.key, send, req.task, external_id, partial(get, fam)))


Find = Callable[[str], Generator["Action", Any, "Task"]]
"""``find(external_task_id)``: the task with that id; raises ``NotFoundError`` when unknown."""


def safe_create(
    core: ClientCore,
    label: str,
    send: Send,
    read: Callable[[httpx.Response], Task],
    external_id: str,
    find: Find,
) -> Generator[Action, Any, Task]:
    """Send one create (``send``, whose body carries ``external_id``) until it is answered; shared
    by both API standards. Refused or unsent attempts are re-sent after a pause; an ambiguous one
    is looked up during the commit window and re-sent once at most
    (:mod:`kling_ext._core._safe_create`); beyond that :class:`AmbiguousCreateError`."""
    resent = False  # a re-submission after an ambiguous answer was made
    attempt = 0
    while True:
        try:
            response: httpx.Response = yield send
            return read(response)
        except Exception as exc:
            outcome = classify(exc, retried_after_ambiguity=resent)
            if outcome is Outcome.FINAL:
                raise
            if outcome in (Outcome.AMBIGUOUS, Outcome.MAYBE_DUPLICATE):
                found = yield from _probe(core, label, external_id, find, exc)
                if found is not None:
                    return found
                if resent or outcome is Outcome.MAYBE_DUPLICATE or attempt >= core.max_retries:
                    raise AmbiguousCreateError(external_id, label, _why(outcome, resent)) from exc
                logger.warning("create %s: not found after %s; re-sending it once", label, exc)
                resent = True
            elif attempt >= core.max_retries:
                exc.add_note(req.resume_note(external_id))
                raise
            else:
                delay = core._retry_delay(attempt, retry_after(exc), outcome is Outcome.REFUSED)
                note = "create %s: %s (%s); retrying in %.2fs"
                logger.info(note, label, outcome.value, exc, delay)
                yield Sleep(delay)
            attempt += 1


def _why(outcome: Outcome, resent: bool) -> str:
    if outcome is Outcome.MAYBE_DUPLICATE:
        return "the server says its external_task_id is taken"
    return "not found after the one re-submission" if resent else "not found, and retries are off"


def _probe(
    core: ClientCore, label: str, external_id: str, find: Find, cause: BaseException
) -> Generator[Action, Any, Task | None]:
    """Look a create up by its external id during the commit window: the task when found, None
    when the server kept saying "not found"; :class:`AmbiguousCreateError` when the look-ups could
    not tell (they kept failing); any other refusal is raised with a note on how to resume."""
    doubt: BaseException | None = None
    for pause in probe_delays(core.commit_window):
        if pause:
            yield Sleep(pause)
        try:
            found = yield from find(external_id)
        except TaskExpiredError as exc:  # it existed: re-sending could pay a second time
            raise AmbiguousCreateError(external_id, label, "the look-up says it expired") from exc
        except req.NOT_FOUND:
            doubt = None
            continue
        except req.TRANSIENT as exc:
            doubt = exc
            continue
        except Exception as exc:
            exc.add_note(req.resume_note(external_id))
            raise exc from cause
        logger.warning(
            "create %s: answer lost (%s); found task %s by external_task_id %s",
            label,
            cause,
            found.id,
            external_id,
        )
        return found
    if doubt is not None:
        raise AmbiguousCreateError(external_id, label, "the look-ups failed") from doubt
    return None


def wait(
    core: ClientCore,
    fam: Family,
    task: Task | str,
    timeout: float | None,
    on_update: OnUpdate | None,
    schedule: PollSchedule | None,
    fetch: Callable[[str, float], Generator[Action, Any, Task]] | None = None,
) -> Generator[Action, Any, Task]:
    """Poll one task until it ends or the deadline passes (``fetch(id, budget)`` reads it; by
    default the family's get-one)."""
    fetch = fetch or partial(get, fam)
    state: WaitState = core._wait_state(fam, task_id_of(task), timeout, on_update, schedule)
    if not isinstance(task, str):
        if (done := state.observe(task)) is not None:
            return done
        yield Sleep(state.settle_delay())  # it was just read: no need to ask again at once
    while True:
        try:
            polled = yield from fetch(state.task_id, state.deadline.remaining())
        except req.TRANSIENT as exc:
            logger.info("polling %s: %s; will retry", state.task_id, exc)
        else:
            if (done := state.observe(polled)) is not None:
                return done
        yield Sleep(state.next_delay())


def iterate(fam: Family, page_size: int, start_page: int) -> Generator[Action, Any, None]:
    """Every task, page by page; stops on the first short or empty page."""
    page = start_page
    while True:
        items = yield from list_page(fam, page, page_size)
        for item in items:
            yield Emit(item)
        if len(items) < page_size or page >= req.MAX_PAGE:
            return
        page += 1


def wait_many(
    core: ClientCore,
    fam: Family,
    tasks: Iterable[Task | str],
    timeout: float | None,
    on_update: OnUpdate | None,
    schedule: PollSchedule | None,
    page_size: int,
) -> Generator[Action, Any, None]:
    """Emit each task as it ends; refresh through list pages when cheaper than GETs."""
    req.check_page(1, page_size)
    state = core._many_state(fam, tasks, timeout, on_update, schedule)
    for task in state.match([t for t in state.pending.values() if t is not None]):
        yield Emit(task)
    while state.pending:
        refreshed = yield from _refresh(fam, state, page_size)
        for task in state.match(refreshed):
            yield Emit(task)
        if state.pending:
            yield Sleep(state.next_delay())


def _refresh(
    fam: Family, state: ManyWaitState, page_size: int
) -> Generator[Action, Any, list[Task]]:
    seen: list[Task] = []
    missing = set(state.pending)
    if state.use_list(page_size):
        for page in range(1, min(state.list_budget(page_size), req.MAX_PAGE) + 1):
            try:
                items = yield from list_page(fam, page, page_size, state.deadline.remaining())
            except req.TRANSIENT as exc:
                logger.info("refreshing %s tasks: %s; will retry", fam.key, exc)
                return seen
            seen.extend(items)
            missing -= {t.id for t in items}
            missing -= {ext for t in items if (ext := external_id_of(t))}
            if not missing or len(items) < page_size:
                break
    for key in sorted(missing):
        try:
            seen.append((yield from get(fam, key, state.deadline.remaining())))
        except req.TRANSIENT as exc:
            logger.info("refreshing %s: %s; will retry", key, exc)
    return seen


def _request(kwargs: dict[str, Any], budget: float | None = None) -> dict[str, Any]:
    """Split a request description (method, url, params) into Send's fields."""
    rest = dict(kwargs)
    if budget is not None and budget != float("inf"):
        rest["extensions"] = {RETRY_BUDGET: budget}
    return {"method": rest.pop("method").upper(), "url": rest.pop("url"), "kwargs": rest}
