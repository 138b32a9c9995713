"""What a request body's fields accept beyond JSON, turned into JSON before it is checked.

:func:`prepare_inputs` is called once per request body, where requests are prepared, before the
strict-JSON and spec checks:

* a media field (``x-kling-media`` in the spec) given a file input (bytes, a path, a binary file
  object; see :mod:`._media_inputs`) gets its raw Base64, after the field's size and format
  checks;
* a field whose schema is a string enum of digits (``duration``: ``"5"``, ``"10"``) given an int
  whose ``str()`` is a member gets that string. Floats and bools are left alone (the checks then
  refuse them with a message that names the type).

Which fields those are is worked out once per request schema from the spec (:func:`plan`); a body
then costs one look-up and one ``isinstance`` per such field. Nothing the caller passed is
changed: containers on the way to a replaced value are copied.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .._errors import ValidationError
from ._document import load_spec
from ._findings import Problem
from ._media_inputs import MediaInputError, MediaLimits, encode, is_source

ITEMS = 0
"""A step into every item of an array (the other steps are property names)."""

Step = str | int
Leaf = Callable[[Any, str, Any, list[Problem]], Any]
"""``(value, path, parent, problems) -> value``: the value to send instead."""

_DIGITS = re.compile(r"-?[0-9]+")


@functools.cache
def plan(schema_name: str) -> tuple[tuple[tuple[Step, ...], Leaf], ...]:
    """The fields of the request schema ``schema_name`` that take more than JSON, with what to do
    with each; empty for a name the spec does not have."""
    schemas = load_spec().get("components", {}).get("schemas", {})
    found: list[tuple[tuple[Step, ...], Leaf]] = []
    if schema_name in schemas:
        _walk(schemas, {"$ref": f"#/components/schemas/{schema_name}"}, (), found, frozenset())
    return tuple(found)


def prepare_inputs(schema_name: str, body: dict[str, Any]) -> dict[str, Any]:
    """``body`` with its file inputs encoded and its ints made enum strings (see the module);
    a file input that cannot be sent is a :class:`~kling_ext.ValidationError` naming the field
    and the rule, before anything is sent."""
    problems: list[Problem] = []
    for steps, leaf in plan(schema_name):
        first = body.get(str(steps[0]))  # a property name: the body is an object
        if first is None or isinstance(first, str):  # the common case: nothing to do
            continue
        body = _visit(body, steps, leaf, "", problems)
    if problems:
        raise ValidationError(problems)
    return body


def _targets(
    schemas: Mapping[str, Any], schema: Mapping[str, Any], seen: frozenset[str]
) -> tuple[list[Mapping[str, Any]], frozenset[str]]:
    """``schema``, the schemas its ``$ref`` names and the members of its ``anyOf``/``oneOf``
    (each named schema once on a path: the spec could be recursive), and the names followed."""
    out = [schema]
    ref = schema.get("$ref")
    name = ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None
    if name is not None and name not in seen and name in schemas:
        seen = seen | {name}
        more, seen = _targets(schemas, schemas[name], seen)
        out += more
    for key in ("anyOf", "oneOf", "allOf"):
        for member in schema.get(key, ()):
            more, seen = _targets(schemas, member, seen)
            out += more
    return out, seen


def _walk(
    schemas: Mapping[str, Any],
    schema: Mapping[str, Any],
    steps: tuple[Step, ...],
    found: list[tuple[tuple[Step, ...], Leaf]],
    seen: frozenset[str],
) -> None:
    parts, seen = _targets(schemas, schema, seen)
    media = next((p["x-kling-media"] for p in parts if "x-kling-media" in p), None)
    if media is not None:
        found.append((steps, _media_leaf(MediaLimits.from_spec(media))))
        return
    members = _digit_enum(parts)
    if members:
        found.append((steps, _enum_leaf(members)))
    for part in parts:
        for key, prop in (part.get("properties") or {}).items():
            _walk(schemas, prop, (*steps, key), found, seen)
        if isinstance(part.get("items"), Mapping):
            _walk(schemas, part["items"], (*steps, ITEMS), found, seen)


def _digit_enum(parts: Sequence[Mapping[str, Any]]) -> frozenset[str]:
    """The members of a string enum with digit members, unless the field takes integers too."""
    types = {t for p in parts for t in _types(p)}
    if "integer" in types or "number" in types:
        return frozenset()
    members = frozenset(e for p in parts for e in p.get("enum", ()) if isinstance(e, str))
    return members if any(_DIGITS.fullmatch(m) for m in members) else frozenset()


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type", ())
    return [kind] if isinstance(kind, str) else list(kind)


def _media_leaf(limits: MediaLimits) -> Leaf:
    def leaf(value: Any, path: str, parent: Any, problems: list[Problem]) -> Any:
        if value is None or isinstance(value, str) or not is_source(value):
            return value
        if not limits.applies(parent):
            when = "; ".join(
                f"{k} {', '.join(map(str, v))}" for k, v in (limits.when or {}).items()
            )
            problems.append((path, f"a file or bytes are taken only for {when}: give a URL"))
            return value
        try:
            return encode(value, path, limits)
        except MediaInputError as exc:
            problems.append(exc.problem)
            return value

    return leaf


def _enum_leaf(members: frozenset[str]) -> Leaf:
    def leaf(value: Any, path: str, parent: Any, problems: list[Problem]) -> Any:
        if type(value) is int and str(value) in members:
            return str(value)
        return value

    return leaf


def _visit(node: Any, steps: Sequence[Step], leaf: Leaf, where: str, out: list[Problem]) -> Any:
    """``node`` with ``leaf`` applied at ``steps`` below it, copied only where a value changed."""
    step, rest = steps[0], steps[1:]
    if isinstance(step, int):
        if not isinstance(node, list | tuple):
            return node
        items = list(node)
        for i, item in enumerate(node):
            here = f"{where}[{i}]"
            items[i] = _visit(item, rest, leaf, here, out) if rest else leaf(item, here, node, out)
        changed = any(a is not b for a, b in zip(items, node, strict=True))
        return items if changed else node
    if not isinstance(node, Mapping) or step not in node:
        return node
    value, here = node[step], f"{where}.{step}" if where else str(step)
    new = _visit(value, rest, leaf, here, out) if rest else leaf(value, here, node, out)
    if new is value:
        return node
    copy = dict(node)
    copy[step] = new
    return copy
