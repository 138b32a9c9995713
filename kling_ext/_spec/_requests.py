"""Building requests and reading responses for the task resources, shared by sync and async.

Requests for get, list and account costs are built from the spec's operations (path templates and
parameter names); the generated code is used only through its public models. Create bodies are
the validated JSON object itself, so what is checked is exactly what is sent.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from .._errors import (
    APIConnectionError,
    APITimeoutError,
    ConcurrencyLimitError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnexpectedResponseError,
    ValidationError,
)
from . import _responses
from ._document import load_spec
from ._families import Family
from ._findings import Checks
from ._inputs import prepare_inputs
from ._wire import check_body, check_id, check_int, clean_body

if TYPE_CHECKING:
    from kling_api.models import AccountCosts

    from ._task import Task

MAX_PAGE = 1000
MAX_PAGE_SIZE = 500

NOT_FOUND = (NotFoundError,)
"""Errors that mean the server does not know the task."""

TRANSIENT = (
    APIConnectionError,
    APITimeoutError,
    RateLimitError,
    ConcurrencyLimitError,
    ServerError,
    UnexpectedResponseError,
)
"""Errors that a wait sits out until its deadline (after the transport's own retries)."""


COSTS_PATH = "/account/costs"


def prepare_create(
    family: Family, request: Any, fields: Mapping[str, Any], validate: Checks
) -> dict[str, Any]:
    """The JSON body of a create: a generated request model, a mapping, keyword fields, or a mix
    (keyword fields win; ``None`` means not set and is never sent). Validated against the spec
    unless ``validate`` is false."""
    return prepare_body(family.path, family.request_model, request, fields, validate)


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    """A keyword field as JSON: generated models (also inside lists) become their dicts."""
    if type(value) in _SCALARS:  # most fields: no attribute look-up that fails
        return value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def without_nulls(value: Any) -> Any:
    """``value`` without the ``None`` members of its objects, at any depth: JSON ``null`` means
    "not set" to Kling, and the client never sends it (list items are kept as they are)."""
    if type(value) in _SCALARS:  # most values: no ABC check
        return value
    if isinstance(value, Mapping):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [without_nulls(item) for item in value]
    return value


def prepare_body(
    path: str, model_name: str, request: Any, fields: Mapping[str, Any], validate: Checks
) -> dict[str, Any]:
    """:func:`prepare_create` for any POST ``path`` whose body model is ``model_name``; ``None``
    anywhere in an object (a generated model's field set to ``None``, a mapping's value) is
    dropped before validation, so the body sent never holds ``null``."""
    if request is None and (plain := clean_body(fields)) is not None:
        # keyword fields of plain scalars (the usual create): strict JSON and no nulls in one
        # pass; the inputs step can only turn an int into an enum string here
        body = prepare_inputs(model_name, plain)
    else:
        body = _merged(model_name, request, fields)
    if validate:
        _validator()("POST", path, body, strict=validate == "strict")
    return body


def _merged(model_name: str, request: Any, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The body of a request object and keyword fields, inputs prepared, strict JSON checked and
    nulls removed."""
    if request is None:
        body: dict[str, Any] = {}
    elif hasattr(request, "to_dict"):
        body = dict(request.to_dict())
    elif isinstance(request, Mapping):
        body = dict(request)
    else:
        kind = type(request).__name__
        raise ValidationError(
            [("request", f"must be a {model_name}, a mapping or None, not {kind}")]
        )
    body.update((name, _plain(value)) for name, value in fields.items() if value is not None)
    body = prepare_inputs(model_name, body)  # files -> Base64, 5 -> "5" (see ._inputs)
    # strict JSON, whatever ``validate`` says (nothing else can be sent), and no nulls: one pass
    # over a body of plain scalars, else the full walk, then the recursive null removal
    clean = clean_body(body)
    if clean is None:
        check_body(body)
        clean = without_nulls(body)  # after the depth check: it recurses
    return clean


@functools.cache
def _validator() -> Any:
    """``_validate.validate_checked``, imported on the first validated body (the validation
    modules are not needed by a client that never validates)."""
    from ._validate import validate_checked

    return validate_checked


def resume_note(external_id: str) -> str:
    """The note added to a create error: how to find the task later instead of re-creating it."""
    return (
        f"external_task_id={external_id!r}: the task may exist; look it up with "
        f".get({external_id!r}) before creating it again"
    )


def _path(template: str, **values: str) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", quote(value, safe=""))
    return template


@functools.cache
def _parameter_name(component: str) -> str:
    """The query name of a shared parameter of the spec (``PageNum`` -> ``pageNum``)."""
    name: str = load_spec()["components"]["parameters"][component]["name"]
    return name


def get_kwargs(family: Family, id: str) -> dict[str, Any]:
    """The get-one request: the spec's path template with the id quoted as one segment."""
    check_id(id)
    operation = family.operation("get")
    return {"method": operation.method, "url": _path(operation.path, id=id)}


def check_page(page: int, page_size: int) -> None:
    """Refuse page arguments outside the API's ranges before sending."""
    problems: list[tuple[str, str]] = []
    for field, value, high in (("page", page, MAX_PAGE), ("page_size", page_size, MAX_PAGE_SIZE)):
        try:
            check_int(value, field, 1, high)
        except ValidationError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems)


def list_kwargs(family: Family, page: int, page_size: int) -> dict[str, Any]:
    """One page of the list operation, with the spec's names for the page parameters."""
    check_page(page, page_size)
    operation = family.operation("list")
    params = {_parameter_name("PageNum"): page, _parameter_name("PageSize"): page_size}
    return {"method": operation.method, "url": operation.path, "params": params}


def costs_kwargs(start_time: int, end_time: int, resource_pack_name: str | None) -> dict[str, Any]:
    """The ``/account/costs`` query (its parameter names are the arguments' own)."""
    if end_time < start_time:
        raise ValidationError([("end_time", "must not be before start_time")])
    params: dict[str, Any] = {"start_time": start_time, "end_time": end_time}
    if resource_pack_name is not None:
        params["resource_pack_name"] = resource_pack_name
    return {"method": "get", "url": COSTS_PATH, "params": params}


def task(response: httpx.Response) -> Task:
    return _responses.task_from_payload(_responses.envelope(response))


def tasks(response: httpx.Response) -> list[Task]:
    return _responses.tasks_from_payload(_responses.envelope(response))


def costs(response: httpx.Response) -> AccountCosts:
    return _responses.costs_from_payload(_responses.envelope(response))
