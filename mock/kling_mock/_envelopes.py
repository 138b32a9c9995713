"""Prism's own error answers, said the way Kling says errors: ``{code, message, request_id}``.

Prism (mock or validating proxy) answers what it refuses itself with RFC 7807 problem+json
(``https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY`` ...) or, for a body that is not JSON,
``{"error": {"code": "invalid_json"}}``. A client of the mock stack must see what Kling would
send instead: the business code, the HTTP status that goes with it (the spec's ``x-kling-codes``)
and a message naming the field. :func:`translate` decides; ``kling_mock.front`` applies it.
"""

from __future__ import annotations

import json
from typing import Any

PRISM_ERRORS = "https://stoplight.io/prism/errors#"
DROP = -1
"""The code :func:`translate` returns when the right answer is no answer: Prism's upstream (the
simulator) hung up on purpose, so the client's connection is dropped as well."""

_BY_TYPE = {
    "UNPROCESSABLE_ENTITY": 1201,  # request parameters or body against the schema
    "NO_PATH_MATCHED_ERROR": 1203,
    "NO_METHOD_MATCHED_ERROR": 1202,
    "NOT_FOUND": 1203,
}
_PREFIXES = ("Request body property ", "Request query parameter ", "Request path parameter ")


def is_problem(content_type: str, body: bytes, status: int) -> bool:
    """Whether a response is Prism's own error rather than the upstream's or an example's."""
    if content_type.startswith("application/problem+json"):
        return True
    return status == 400 and _invalid_json(body)


def translate(body: bytes, authorization: str | None) -> tuple[int, str]:
    """The Kling code and message for one of Prism's error answers (:data:`DROP`: none)."""
    problem = _json(body)
    if _invalid_json(body):
        return 1200, "request body is not valid JSON"
    kind = str(problem.get("type", "")).removeprefix(PRISM_ERRORS)
    if kind == "UNAUTHORIZED":
        if not authorization:
            return 1001, "Authorization header is empty"
        return 1002, "Authorization header is invalid"
    if kind == "FetchError" or "ECONNRESET" in str(problem.get("detail", "")):
        return DROP, "upstream closed the connection"
    if kind in _BY_TYPE:
        return _BY_TYPE[kind], _message(problem)
    return 5000, f"internal error: {problem.get('title') or kind or 'mock failure'}"


def _message(problem: dict[str, Any]) -> str:
    items = problem.get("validation")
    if not isinstance(items, list) or not items:
        return str(problem.get("detail") or problem.get("title") or "invalid request")
    texts = []
    for item in items:
        text = str(item.get("message", "")) if isinstance(item, dict) else str(item)
        for prefix in _PREFIXES:
            text = text.removeprefix(prefix)
        texts.append(text)
    return "; ".join(texts)


def _json(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _invalid_json(body: bytes) -> bool:
    error = _json(body).get("error")
    return isinstance(error, dict) and error.get("code") == "invalid_json"
