"""Turn HTTP responses into typed results or typed errors.

Pure functions shared by the sync and async clients and by :func:`kling_ext.parse`. The generated
models parse leniently (the spec allows extra fields and unknown enum values); everything that can
still go wrong here (a non-JSON body, ``data: null``, a body of the wrong shape) becomes a
:class:`~kling_ext.UnexpectedResponseError` that keeps the status and an excerpt, never a bare
``KeyError`` or ``TypeError``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from .._errors import UnexpectedResponseError
from .._transport._error_map import error_from_envelope, error_from_response
from ._task import Task

if TYPE_CHECKING:
    from kling_api.models import AccountCosts

logger = logging.getLogger("kling")
M = TypeVar("M")


_DECODER = json.JSONDecoder()


def _loads(content: bytes) -> Any:
    """``json.loads(content)``: an object that starts with ``{`` and no NUL byte is UTF-8 (what
    ``json.loads`` detects too), decoded without the detection."""
    if content[:1] == b"{" and content[1:2] != b"\x00":
        return _DECODER.decode(content.decode("utf-8", "surrogatepass"))
    return json.loads(content)


def envelope(response: httpx.Response) -> Mapping[str, Any]:
    """The JSON envelope of a successful response; raises the typed API error otherwise."""
    return envelope_from(response.status_code, response.content, response.headers)


def envelope_from(
    status_code: int, content: bytes, headers: Mapping[str, str] | None = None
) -> Mapping[str, Any]:
    """:func:`envelope` for a status code and raw body (for replayed or recorded traffic)."""
    if status_code != 200:
        raise error_from_response(status_code, content, headers)
    try:
        payload = _loads(content)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than Python can read
        raise UnexpectedResponseError.from_body(status_code, content, "body is not JSON") from None
    if type(payload) is not dict and not isinstance(payload, Mapping):
        raise UnexpectedResponseError.from_body(status_code, content, "body is not a JSON object")
    code = payload.get("code", 0)
    if code not in (0, None, "0"):  # a proxy may send the code as a string
        raise error_from_envelope(status_code, payload, headers)
    request_id = payload.get("request_id")
    if request_id is not None:
        logger.debug("kling response request_id=%s", request_id)
    return payload


def _data(payload: Mapping[str, Any], status_code: int, expected: type) -> Any:
    data = payload.get("data")
    if not isinstance(data, expected):
        raise UnexpectedResponseError.from_payload(
            status_code, payload, f"'data' is {type(data).__name__}, expected {expected.__name__}"
        )
    return data


def task_from_payload(payload: Mapping[str, Any], status_code: int = 200) -> Task:
    """The task in a get-one or create envelope."""
    data = _data(payload, status_code, dict)
    task_id = data.get("task_id")  # what Task.id reads from a legacy object
    if not isinstance(task_id, str) or not task_id:
        raise UnexpectedResponseError.from_payload(status_code, payload, "the task has no task_id")
    return Task._lazy(data)  # the generated parser accepts any dict


def tasks_from_payload(payload: Mapping[str, Any], status_code: int = 200) -> list[Task]:
    """The tasks in a list envelope."""
    items = _data(payload, status_code, list)
    return [Task._lazy(item) for item in items if isinstance(item, dict)]  # parsed on first use


def costs_from_payload(payload: Mapping[str, Any], status_code: int = 200) -> AccountCosts:
    """The resource packs in an ``/account/costs`` envelope."""
    from kling_api.models import AccountCosts

    return _parse(AccountCosts, _data(payload, status_code, dict), payload, status_code)


def model_from_payload(model: type[M], payload: Mapping[str, Any], status_code: int = 200) -> M:
    """The ``data`` object of an envelope as the generated ``model``."""
    return _parse(model, _data(payload, status_code, dict), payload, status_code)


def models_from_payload(
    model: type[M], payload: Mapping[str, Any], status_code: int = 200
) -> list[M]:
    """The ``data`` array of an envelope, each object as the generated ``model``."""
    items = _data(payload, status_code, list)
    return [_parse(model, item, payload, status_code) for item in items if isinstance(item, dict)]


def task_from_body(body: Mapping[str, Any]) -> Task:
    """A bare task object (a callback body) as the typed task."""
    from kling_api.models import Task as RawTask

    if not isinstance(body, Mapping):
        raise UnexpectedResponseError.from_payload(200, {}, "callback body is not a JSON object")
    return Task(_parse(RawTask, dict(body), body, 200))


def _parse(model: type[M], data: dict[str, Any], payload: Mapping[str, Any], status: int) -> M:
    from_dict: Callable[[dict[str, Any]], M] = getattr(model, "from_dict")  # noqa: B009
    try:
        return from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UnexpectedResponseError.from_payload(
            status, payload, f"cannot read {model.__name__}: {exc}"
        ) from exc
