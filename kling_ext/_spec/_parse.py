"""Parse recorded responses and callback bodies into what the client returns: :func:`parse`.

For replayed or recorded traffic, webhooks and tests: the same lenient parsing and the same typed
errors as a live call. Which result an operation gives (one task, a list of tasks, the account's
resource packs) is read from the spec's 200 response, so the operations and paths are the spec's.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .._errors import UnexpectedResponseError
from ._document import load_spec
from ._responses import envelope_from, model_from_payload, models_from_payload, task_from_body
from ._standard import result as standard_result
from ._task import Task
from ._validate import Operation, find_operation
from ._validate_schema import SchemaChecker

Body = bytes | bytearray | str | Mapping[str, Any] | list[Any]


def parse(
    method: str,
    path: str,
    status_code: int,
    body: Body,
    headers: Mapping[str, str] | None = None,
) -> Any:
    """What the client returns for this operation and response, or the typed API error.

    ``path`` may be concrete (``/v1/videos/text2video/8672``) or a template; ``body`` may be bytes,
    text or already-decoded JSON. Returns a :class:`~kling_ext.Task` for create and get-one
    operations, ``list[Task]`` for list operations and ``AccountCosts`` for ``/account/costs``;
    on the new standard a ``Task`` per create, ``list[Task]`` for ``GET /tasks`` and a
    ``TaskPage`` for ``POST /tasks``.
    Raises the :class:`~kling_ext.APIError` subclass for an error envelope or a non-200 status
    (``headers`` supplies ``Retry-After``), :class:`~kling_ext.UnexpectedResponseError` for a body
    of the wrong shape, and :class:`ValueError` for an operation the spec does not have.
    """
    spec = load_spec()
    many, name = result_model(spec, find_operation(spec, method, path))
    payload = envelope_from(status_code, _content(body), headers)
    if name.startswith("Standard"):  # the new standard: read into the same Task
        return standard_result(name, many, payload, status_code)
    import kling_api.models

    model = getattr(kling_api.models, name)
    wrap: Any = Task if model is kling_api.models.Task else (lambda parsed: parsed)
    if many:
        return [wrap(item) for item in models_from_payload(model, payload, status_code)]
    return wrap(model_from_payload(model, payload, status_code))


def parse_callback(body: Body) -> Task:
    """The task in a callback body: the bare task object Kling POSTs to ``callback_url``
    (legacy ``task_id``/``task_status``, or the new standard's ``id``/``status``).

    Raises :class:`~kling_ext.UnexpectedResponseError` when the body is not a JSON object.
    """
    if isinstance(body, bytes | bytearray | str):
        content = _content(body)
        try:
            body = json.loads(content)
        except (ValueError, RecursionError):
            raise UnexpectedResponseError.from_body(
                200, content, "callback body is not JSON"
            ) from None
    if isinstance(body, Mapping) and "task_id" not in body and "id" in body:
        return Task.from_standard(dict(body))  # a new-standard task object (FACTS-2026 §3)
    return task_from_body(body)  # type: ignore[arg-type]  # it refuses non-objects itself


def result_model(spec: Mapping[str, Any], operation: Operation) -> tuple[bool, str]:
    """What the operation's 200 response carries in ``data``, read from the spec: whether it is
    an array, and the component schema of the object (the generated model's name)."""
    checker = SchemaChecker(spec)
    response = checker.resolve((operation.spec.get("responses") or {}).get("200") or {})
    media = (response.get("content") or {}).get("application/json") or {}
    envelope = checker.resolve(media.get("schema") or {})
    data: Mapping[str, Any] = (envelope.get("properties") or {}).get("data") or {}
    types = data.get("type", ())
    many = "array" in ([types] if isinstance(types, str) else types)
    names = [ref.rsplit("/", 1)[-1] for ref in _refs(data)]
    if not names:
        where = f"{operation.method.upper()} {operation.template}"
        raise ValueError(f"{where}: the spec names no model for the response data")
    return many, names[0]


def _refs(schema: object) -> list[str]:
    """Every ``$ref`` written inside a schema (not followed)."""
    if isinstance(schema, Mapping):
        own = [schema["$ref"]] if isinstance(schema.get("$ref"), str) else []
        return own + [ref for value in schema.values() for ref in _refs(value)]
    if isinstance(schema, list):
        return [ref for value in schema for ref in _refs(value)]
    return []


def _content(body: Body) -> bytes:
    if isinstance(body, bytes | bytearray):
        return bytes(body)
    if isinstance(body, str):
        return body.encode("utf-8", "surrogatepass")
    if isinstance(body, Mapping | list):
        return json.dumps(body).encode("ascii")
    raise TypeError(f"body must be bytes, str or decoded JSON, not {type(body).__name__}")
