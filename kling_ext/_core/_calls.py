"""The flow of a synchronous ``call`` operation, shared by the sync and async clients.

A call is sent **once**: a POST is never retried by the transport (it may be billed, and it
creates no task whose ``external_task_id`` could be looked up after an ambiguous failure); a GET
(the preset lists) is a read and is retried like every read.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from typing import Any

from .._spec._calls import call_kwargs, call_result
from .._spec._families import Operation
from ._base import ClientCore
from ._flows import Action, Send


def call(
    core: ClientCore,
    op: Operation,
    request: Any,
    fields: Mapping[str, Any],
    params: Mapping[str, Any],
    validate: bool | None,
) -> Generator[Action, Any, Any]:
    """Validate, send once, and return the typed answer of ``op``."""
    kwargs = call_kwargs(op, request, fields, params, core._validates(validate))
    method, url = kwargs.pop("method").upper(), kwargs.pop("url")
    response = yield Send(method, url, kwargs)
    return call_result(op, response)
