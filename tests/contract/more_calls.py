"""How the contract suite calls the synchronous operations of the FACTS-2026 §4 families: through
the family resource's generated method, with the spec's first request example (a selection call
first opens a session, so that the stateful simulator knows it)."""

from __future__ import annotations

import json
from typing import Any

from kling_ext import AsyncKling, Kling
from kling_ext.spec import EVERY_FAMILY
from tools.mockctl import ROOT

SPEC: dict[str, Any] = json.loads(
    (ROOT / "generated" / "kling_api" / "_openapi.json").read_text(encoding="utf-8")
)
EDIT = "/v1/videos/multi-elements"
POINT = {"frame_index": 0, "points": [{"x": 0.5, "y": 0.5}]}


def _example(path: str) -> dict[str, Any]:
    content = SPEC["paths"][path]["post"]["requestBody"]["content"]["application/json"]
    ref = next(iter(content["examples"].values()))["$ref"].rsplit("/", 1)[-1]
    return dict(SPEC["components"]["examples"][ref]["value"])


def _call(client: Kling | AsyncKling, operation_id: str) -> Any:
    for fam in EVERY_FAMILY.values():
        for op in fam.calls_named:
            if op.operation_id == operation_id:
                resource = getattr(getattr(client, fam.namespace), fam.attribute)
                return getattr(resource, op.call_name), op
    raise LookupError(operation_id)


def with_selection(client: Kling, body: dict[str, Any]) -> dict[str, Any]:
    """``body`` with the id of a new selection session holding one marked point."""
    edit = client.videos.multi_elements
    session = edit.init_selection(_example(f"{EDIT}/init-selection")).session_id
    edit.add_selection({"session_id": session, **POINT})
    return {**body, "session_id": session}


def invoke_call(client: Kling | AsyncKling, operation_id: str, path: str) -> Any:
    """Call one synchronous operation: the result, or a coroutine for ``AsyncKling``."""
    method, op = _call(client, operation_id)
    if op.request_schema is None:
        return method()
    body = _example(path)
    if "session_id" in body and path.startswith(EDIT) and isinstance(client, Kling):
        body = with_selection(client, body)
    return method(body)
