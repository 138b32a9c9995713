"""Requests and answers of the spec's ``call`` operations (synchronous calls such as text to
speech, the billing ledgers, the preset lists and deletions), built from the operation alone.

A call with a body sends the validated JSON object (what is checked is what is sent); a call with
query parameters checks each against its schema in the spec. The answer is what the spec's 200
response carries in ``data``: a :class:`~kling_ext.Task`, a list of them, or a generated model.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .._errors import ValidationError
from ._document import load_spec
from ._families import Operation
from ._findings import Checks
from ._requests import prepare_body
from ._validate import find_operation
from ._validate_schema import SchemaChecker


def call_kwargs(
    op: Operation,
    request: Any,
    fields: Mapping[str, Any],
    params: Mapping[str, Any],
    validate: Checks,
) -> dict[str, Any]:
    """The request of one call: a JSON body for operations that take one, else query parameters
    (``None`` means not set and is never sent)."""
    if op.request_schema is not None:
        body = prepare_body(op.path, op.request_schema, request, fields, validate)
        return {"method": op.method, "url": op.path, "json": body}
    given = {name: value for name, value in params.items() if value is not None}
    if validate:
        check_params(op, given)
    return {"method": op.method, "url": op.path, "params": given}


def check_params(op: Operation, params: Mapping[str, Any]) -> None:
    """Refuse query parameters that break their schema in the spec, naming each one."""
    spec = load_spec()
    checker = SchemaChecker(spec)
    problems = []
    for raw in find_operation(spec, op.method, op.path).spec.get("parameters") or ():
        param = checker.resolve(raw)
        name = str(param.get("name"))
        if param.get("in") == "query" and name in params:
            found = checker.check(param.get("schema") or {}, params[name], name)
            problems.extend(found.problems)
    if problems:
        raise ValidationError(problems)


def call_result(op: Operation, response: httpx.Response) -> Any:
    """The typed answer of a call, or the typed API error (see :func:`kling_ext.parse`)."""
    from ._parse import parse

    return parse(op.method, op.path, response.status_code, response.content, response.headers)
