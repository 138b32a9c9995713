"""The new standard API (model in the path): its families, requests and responses, free of I/O.

The families are the spec's tags with ``x-kling-family.standard: standard``: one per create
endpoint (``/text-to-video/{model}`` ...) and ``standard_tasks`` for ``GET /tasks`` (a batch by
ids or external ids) and ``POST /tasks`` (a cursor page with filters). Create bodies are
``prompt`` / ``contents[]`` + ``settings{}`` + ``options{}``; the caller's external id travels as
``options.external_task_id`` and comes back as ``external_id``. Every answer is read into the one
:class:`~kling_ext.Task` type.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx

from .._errors import UnexpectedResponseError, ValidationError
from ._document import load_spec
from ._families import Family, families_from_spec
from ._findings import Checks
from ._responses import envelope
from ._task import Task

TASKS_FAMILY = "standard_tasks"
BY_ID, BY_EXTERNAL_ID = "task_ids", "external_task_ids"
MAX_LIMIT = 500
DEFAULT_CHUNK = 20
"""Ids per ``GET /tasks`` call: the maximum is not documented (FACTS-2026 §8.1); 20 is safe."""
STATUS_FILTER, PRODUCT_FILTER = "status", "product_type"


@functools.cache
def standard_families() -> dict[str, Family]:
    """Every new-standard family of the spec, keyed by family key (creates and ``tasks``)."""
    table = families_from_spec(load_spec())
    return {key: fam for key, fam in table.items() if fam.standard == "standard"}


def standard_family(key: str | Family) -> Family:
    """A new-standard family by key, attribute or alias (``text_to_video``, ``text-to-video``)."""
    if isinstance(key, Family):
        return key
    norm = key.strip().lower().replace("_", "-")
    for fam in standard_families().values():
        names = (fam.key, fam.attribute, *fam.aliases)
        if norm in {n.lower().replace("_", "-") for n in names}:
            return fam
    known = ", ".join(f.attribute for f in standard_families().values())
    raise ValueError(f"unknown new-standard family {key!r}; known: {known}")


def create_path(fam: Family, model: str) -> str:
    """The create path with the model as one quoted segment."""
    if not isinstance(model, str) or not model.strip() or model in (".", ".."):
        raise ValidationError([("model", f"{model!r} is not a model name")])
    return fam.path.replace("{model}", quote(model, safe=""))


def prepare_create(
    fam: Family, model: str, request: Any, fields: Mapping[str, Any], validate: Checks
) -> tuple[str, dict[str, Any]]:
    """The path and JSON body of a create, validated against the spec and the model's map.

    ``fields`` are the body's own members (``prompt``, ``contents``, ``settings``, ``options``)
    and the shortcuts ``callback_url``, ``external_task_id`` and ``watermark`` (bool), which go
    into ``options``; ``None`` means not set.
    """
    from ._requests import prepare_body

    rest = {k: v for k, v in fields.items() if k not in _OPTION_SHORTCUTS}
    path = create_path(fam, model)
    body = prepare_body(path, fam.request_model, request, rest, False)
    options = dict(body.get("options") or {})
    for name, value in fields.items():
        if name in _OPTION_SHORTCUTS and value is not None:
            options[_OPTION_SHORTCUTS[name]] = {"enabled": value} if name == "watermark" else value
    if options:
        body["options"] = options
    if validate:
        from ._validate import validate as check

        check("POST", path, body, strict=validate == "strict")
    return path, body


_OPTION_SHORTCUTS = {
    "callback_url": "callback_url",
    "external_task_id": "external_task_id",
    "watermark": "watermark_info",
}


def with_external_task_id(body: Mapping[str, Any], new_id: str) -> tuple[dict[str, Any], str]:
    """A copy of ``body`` whose ``options.external_task_id`` is set (``new_id`` unless the
    caller gave one), and that id."""
    prepared = dict(body)
    options = dict(prepared.get("options") or {})
    existing = options.get("external_task_id")
    if not isinstance(existing, str) or not existing:
        existing = new_id
        options["external_task_id"] = existing
    prepared["options"] = options
    return prepared, existing


def get_kwargs(ids: Iterable[str], *, external: bool = False) -> dict[str, Any]:
    """``GET /tasks`` for these task ids (or external ids): one comma-separated parameter."""
    values = list(ids)
    name = BY_EXTERNAL_ID if external else BY_ID
    problems = [
        (name, f"{value!r} cannot be sent in a comma-separated list")
        for value in values
        if not isinstance(value, str) or not value or "," in value
    ]
    if not values:
        problems.append((name, "at least one id is needed"))
    if problems:
        raise ValidationError(problems)
    path = standard_families()[TASKS_FAMILY].operation("get").path
    return {"method": "GET", "url": path, "params": {name: ",".join(values)}}


def _millis(value: int | str | dt.datetime | None, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return int(value.timestamp() * 1000)
    if isinstance(value, str) and value.isdigit():
        return int(value)  # the pages show both; we send numbers (FACTS-2026 §8.2)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise ValidationError([(name, f"{value!r} is not a Unix time in milliseconds")])


def list_body(
    *,
    cursor: str | None = None,
    limit: int | None = None,
    status: Iterable[str] | str | None = None,
    product_type: Iterable[str] | str | None = None,
    start_time: int | str | dt.datetime | None = None,
    end_time: int | str | dt.datetime | None = None,
) -> dict[str, Any]:
    """The ``POST /tasks`` body (validated): a cursor page, with optional filters and window."""
    body: dict[str, Any] = {}
    if cursor:
        body["cursor"] = cursor
    if limit is not None:
        body["limit"] = limit
    for name, value in (("start_time", start_time), ("end_time", end_time)):
        millis = _millis(value, name)
        if millis is not None:
            body[name] = millis
    filters = [
        {"key": key, "values": [values] if isinstance(values, str) else list(values)}
        for key, values in ((STATUS_FILTER, status), (PRODUCT_FILTER, product_type))
        if values is not None
    ]
    if filters:
        body["filters"] = filters
    from ._validate import validate

    validate("POST", standard_families()[TASKS_FAMILY].operation("list").path, body)
    return body


def list_kwargs(body: Mapping[str, Any]) -> dict[str, Any]:
    """``POST /tasks`` with this body."""
    path = standard_families()[TASKS_FAMILY].operation("list").path
    return {"method": "POST", "url": path, "json": dict(body)}


@dataclass(frozen=True)
class TaskPage:
    """One page of ``POST /tasks``: the tasks, and the cursor of the next page."""

    tasks: list[Task]
    next_cursor: str | None
    has_more: bool
    count: int | None = None

    def __iter__(self) -> Any:
        return iter(self.tasks)

    def __len__(self) -> int:
        return len(self.tasks)


def _data(payload: Mapping[str, Any], status: int, kind: type) -> Any:
    data = payload.get("data")
    if not isinstance(data, kind):
        raise UnexpectedResponseError.from_payload(
            status, payload, f"'data' is {type(data).__name__}, expected {kind.__name__}"
        )
    return data


def _items(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def result(name: str, many: bool, payload: Mapping[str, Any], status: int = 200) -> Any:
    """What a new-standard answer carries: a task, a list of tasks or a :class:`TaskPage`."""
    if name == "StandardTaskPage":
        data = _data(payload, status, dict)
        items = data.get("result")
        cursor, more, count = data.get("next_cursor"), data.get("has_more"), data.get("count")
        return TaskPage(
            [Task.from_standard(i) for i in _items(items) if isinstance(i, dict)],
            cursor if isinstance(cursor, str) and cursor else None,
            more is True,
            count if isinstance(count, int) and not isinstance(count, bool) else None,
        )
    if many:
        return [Task.from_standard(i) for i in _data(payload, status, list) if isinstance(i, dict)]
    return Task.from_standard(_data(payload, status, dict))


def task(response: httpx.Response) -> Task:
    """The task of a create answer."""
    found: Task = result("StandardTask", False, envelope(response), response.status_code)
    return found


def tasks(response: httpx.Response) -> list[Task]:
    """The tasks of a ``GET /tasks`` answer."""
    found: list[Task] = result("StandardTask", True, envelope(response), response.status_code)
    return found


def page(response: httpx.Response) -> TaskPage:
    """The page of a ``POST /tasks`` answer."""
    found: TaskPage = result("StandardTaskPage", False, envelope(response), response.status_code)
    return found
