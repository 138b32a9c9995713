"""What can go on the wire at all: checks that keep hostile values from escaping as bare
``TypeError`` / ``ValueError`` / ``RecursionError`` from the JSON encoder or the URL builder.

They run on every request, with or without spec validation: a body must be strict JSON (no NaN or
infinity, no bytes, no lone surrogates, no integer too long to print, nesting at most
:data:`MAX_DEPTH` deep) and an id must fit in one URL path segment. Each refusal is a
:class:`~kling_ext.ValidationError` naming the field and the rule, raised before anything is sent.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from .._errors import ValidationError

MAX_DEPTH = 32
"""Deepest nesting of a request body; Kling's deepest documented body is four levels."""
MAX_ID_LENGTH = 512
"""Longest task_id or external_task_id put in a URL (Kling's ids are about 19 digits)."""
_INT_BITS = 12_000
"""Larger integers have more digits than Python will print (and so encode as JSON)."""
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

Problem = tuple[str, str]


def _has_lone_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _scalar(value: object) -> str | None:
    """Why ``value`` cannot be a JSON scalar, or None when it can."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return "contains a lone surrogate (not valid UTF-8)" if _has_lone_surrogate(value) else None
    if isinstance(value, int):
        return None if value.bit_length() <= _INT_BITS else "integer too large to send as JSON"
    if isinstance(value, float):
        return None if math.isfinite(value) else f"{value} is not a finite number"
    if isinstance(value, bytes | bytearray | memoryview):
        return "bytes are not JSON: pass a URL or a Base64 string"
    return f"a {type(value).__name__} is not a JSON value"


def _walk(value: object, path: str, depth: int, out: list[Problem]) -> None:
    if depth > MAX_DEPTH:
        out.append((path, f"nested deeper than {MAX_DEPTH} levels"))
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str) or _has_lone_surrogate(key):
                out.append((path, f"key {key!r} is not a valid JSON object key"))
                continue
            _walk(item, f"{path}.{key}" if path else key, depth + 1, out)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _walk(item, f"{path}[{index}]", depth + 1, out)
    elif (why := _scalar(value)) is not None:
        out.append((path, why))


def check_body(body: object) -> None:
    """Raise :class:`ValidationError` listing every value of ``body`` that is not strict JSON."""
    problems: list[Problem] = []
    _walk(body, "", 0, problems)
    if problems:
        raise ValidationError(problems)


def _plain_scalar(value: Any) -> bool:
    """True for a JSON scalar that needs no closer look (the usual field value): an ASCII
    string, a bool, an int short enough to print, a finite float."""
    kind = type(value)
    if kind is str:
        return bool(value.isascii())
    if kind is bool:
        return True
    if kind is int:
        return bool(value.bit_length() <= _INT_BITS)
    return kind is float and math.isfinite(value)


def clean_body(body: Mapping[str, Any]) -> dict[str, Any] | None:
    """``body`` without its ``None`` members when every other member is a plain scalar under a
    plain key (one pass: strict JSON by construction); None when it needs :func:`check_body`
    and a full walk (containers, non-ASCII text, anything doubtful)."""
    clean: dict[str, Any] = {}
    for key, value in body.items():
        if type(key) is not str or not key.isascii():
            return None
        if value is not None:
            if not _plain_scalar(value):
                return None
            clean[key] = value
    return clean


def check_id(value: object, field: str = "id") -> str:
    """``value`` when it can name a task in one URL path segment; else :class:`ValidationError`."""
    if not isinstance(value, str) or not value:
        raise ValidationError([(field, "must be a non-empty task_id or external_task_id")])
    if value in (".", ".."):
        raise ValidationError([(field, f"{value!r} cannot name a task in a URL path")])
    if len(value) > MAX_ID_LENGTH:
        raise ValidationError([(field, f"{len(value)} characters, at most {MAX_ID_LENGTH}")])
    if _CONTROL.search(value) or _has_lone_surrogate(value):
        raise ValidationError([(field, "contains control characters or lone surrogates")])
    return value


def check_int(value: object, field: str, low: int, high: int) -> int:
    """``value`` when it is an int (not a bool) in ``[low, high]``, else a ValidationError."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError([(field, f"must be an integer, not {type(value).__name__}")])
    if not low <= value <= high:
        raise ValidationError([(field, f"{value} is out of range, must be {low}..{high}")])
    return value
