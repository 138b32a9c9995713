"""The subset of JSON Schema 2020-12 that ``openapi/kling.yaml`` uses, checked on request bodies.

Written here rather than taken from ``jsonschema`` to keep the runtime dependencies small and the
messages precise: every problem is a ``(field path, rule)`` pair such as ``("prompt", "2501
characters, at most 2500")``, dot paths from the body root (``dynamic_masks[2].x``). It also
knows open enums (``anyOf: [{$ref: SomeEnum}, {type: string}]``: an unknown value is a warning)
and media inputs (``x-kling-format: media``: an http(s) URL or raw Base64, never a ``data:``
URL). ``deprecated: true`` fields are a warning, and so is an enum value marked in the enum's
``x-kling-lifecycle`` (``{value: {status, since}}``); a ``discontinued`` value is also listed in
:attr:`Findings.retired` (Kling refuses it).
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from ._findings import UNKNOWN_FIELD, Findings
from ._findings import Problem as Problem  # re-exported (older imports)
from ._media_inputs import media_problem as media_problem  # re-exported (older imports)
from ._schema_messages import wrong_type

Schema = Mapping[str, Any]

SUPPORTED_KEYWORDS = frozenset(
    {
        "$ref", "type", "enum", "const", "minLength", "maxLength", "pattern", "minimum",
        "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems",
        "items", "required", "properties", "additionalProperties", "anyOf", "oneOf", "allOf",
        "deprecated", "x-kling-format",
        # annotations: no effect on validity
        "description", "title", "examples", "example", "format", "contentEncoding",
        "contentMediaType", "readOnly", "writeOnly", "x-kling-rules", "x-kling-capabilities",
        "x-kling-lifecycle", "x-kling-single-image", "x-kling-dual-image",
        "x-kling-media",  # limits of files the client encodes (_inputs), not of strings
    }
)  # fmt: skip
"""Keywords this checker understands; a test keeps the spec's request schemas within them."""

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "object": (Mapping,),
    "array": (list, tuple),
    "null": (type(None),),
}


def json_type(value: object) -> str:
    """The JSON name of a Python value's type (``string``, ``integer``, ...), else its class."""
    for name in ("boolean", "integer", "number", "string", "null", "object", "array"):
        if is_type(value, name):
            return name
    return type(value).__name__


def is_type(value: object, name: str) -> bool:
    """JSON Schema ``type`` test; a bool is neither an integer nor a number."""
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _TYPES.get(name, ()))


def same(a: object, b: object) -> bool:
    """JSON equality: ``True`` is not ``1`` and ``"5"`` is not ``5``."""
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    return a == b


def show(values: Iterable[object]) -> str:
    """Values for a message: strings bare, others as JSON-ish repr (``std, pro``)."""
    return ", ".join(v if isinstance(v, str) else repr(v) for v in values)


def child(path: str, key: str | int) -> str:
    """The path of a member (``input.mode``) or item (``dynamic_masks[2]``)."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _items(n: int) -> str:
    return "1 item" if n == 1 else f"{n} items"


class SchemaChecker:
    """Checks values against schemas of one OpenAPI document (local ``$ref`` only)."""

    def __init__(self, spec: Schema) -> None:
        self.spec = spec

    def resolve(self, schema: Schema) -> Schema:
        """Follow ``$ref`` to the schema it names (the target only, without the siblings)."""
        seen: set[str] = set()
        while "$ref" in schema:
            ref = schema["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/") or ref in seen:
                raise ValueError(f"unsupported or circular $ref {ref!r} in the spec")
            seen.add(ref)
            target: Any = self.spec
            try:
                for part in ref[2:].split("/"):
                    target = target[part.replace("~1", "/").replace("~0", "~")]
            except (KeyError, TypeError):
                raise ValueError(f"$ref {ref!r} points to nothing in the spec") from None
            schema = target
        return schema

    def check(self, schema: Schema, value: object, path: str = "") -> Findings:
        """All problems and warnings of ``value`` against ``schema``, duplicates removed."""
        found = Findings()
        self._check(schema, value, path, found)
        found.problems = list(dict.fromkeys(found.problems))
        found.warnings = list(dict.fromkeys(found.warnings))
        found.retired = list(dict.fromkeys(found.retired))
        return found

    def _check(self, schema: Schema, value: object, path: str, out: Findings) -> None:
        if "$ref" in schema:
            self._check(self.resolve(schema), value, path, out)
        if schema.get("deprecated") is True:
            out.warn((path, "deprecated in the spec; sending it anyway"), "deprecated")
        types = schema.get("type")
        if types is not None:
            names = [types] if isinstance(types, str) else list(types)
            if not any(is_type(value, name) for name in names):
                out.problems.append(
                    (path, wrong_type(self, [schema], names, value, json_type(value)))
                )
                return
        if "enum" in schema and not any(same(value, e) for e in schema["enum"]):
            out.problems.append((path, f"{value!r} is not one of {show(schema['enum'])}"))
        elif isinstance(value, str) and isinstance(schema.get("x-kling-lifecycle"), Mapping):
            _lifecycle(value, schema["x-kling-lifecycle"].get(value), path, out)
        if "const" in schema and not same(value, schema["const"]):
            out.problems.append((path, f"must be {schema['const']!r}"))
        if isinstance(value, str):
            self._string(schema, value, path, out)
        elif is_type(value, "number"):
            self._number(schema, value, path, out)  # type: ignore[arg-type]
        elif isinstance(value, list | tuple):
            self._array(schema, value, path, out)
        elif isinstance(value, Mapping):
            self._object(schema, value, path, out)
        for member in schema.get("allOf", ()):
            self._check(member, value, path, out)
        if "anyOf" in schema:
            self._any_of(schema["anyOf"], value, path, out, one=False)
        if "oneOf" in schema:
            self._any_of(schema["oneOf"], value, path, out, one=True)

    def _string(self, schema: Schema, value: str, path: str, out: Findings) -> None:
        n = len(value)
        if "maxLength" in schema and n > schema["maxLength"]:
            out.problems.append((path, f"{n} characters, at most {schema['maxLength']}"))
        if "minLength" in schema and n < schema["minLength"]:
            rule = (
                "must not be empty" if n == 0 else f"{n} characters, at least {schema['minLength']}"
            )
            out.problems.append((path, rule))
        if "pattern" in schema and not re.search(schema["pattern"], value):
            out.problems.append((path, f"does not match the pattern {schema['pattern']!r}"))
        media = schema.get("x-kling-format")
        if media in ("media", "base64") and (
            reason := media_problem(value, url_ok=media == "media")
        ):
            out.problems.append((path, reason))

    def _number(self, schema: Schema, value: float, path: str, out: Findings) -> None:
        if isinstance(value, float) and not math.isfinite(value):  # ints of any size are finite
            out.problems.append((path, f"{value} is not a finite number"))
            return
        if "minimum" in schema and value < schema["minimum"]:
            out.problems.append((path, f"{value} is less than the minimum {schema['minimum']}"))
        if "maximum" in schema and value > schema["maximum"]:
            out.problems.append((path, f"{value} is more than the maximum {schema['maximum']}"))
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            out.problems.append((path, f"{value} must be more than {schema['exclusiveMinimum']}"))
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            out.problems.append((path, f"{value} must be less than {schema['exclusiveMaximum']}"))
        if "multipleOf" in schema:
            try:
                ok = Decimal(str(value)) % Decimal(str(schema["multipleOf"])) == 0
            except InvalidOperation:  # too large to decide exactly: do not refuse
                ok = True
            if not ok:
                out.problems.append((path, f"{value} is not a multiple of {schema['multipleOf']}"))

    def _array(self, schema: Schema, value: Sequence[object], path: str, out: Findings) -> None:
        n = len(value)
        if "maxItems" in schema and n > schema["maxItems"]:
            out.problems.append((path, f"{_items(n)}, at most {schema['maxItems']}"))
        if "minItems" in schema and n < schema["minItems"]:
            out.problems.append((path, f"{_items(n)}, at least {schema['minItems']}"))
        if isinstance(schema.get("items"), Mapping):
            for i, item in enumerate(value):
                self._check(schema["items"], item, child(path, i), out)

    def _object(self, schema: Schema, value: Mapping[Any, Any], path: str, out: Findings) -> None:
        properties: Schema = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in value:
                out.problems.append((child(path, name), "required field is missing"))
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            where = child(path, str(key))
            if key in properties:
                self._check(properties[key], item, where, out)
            elif extra is False:
                out.problems.append((where, "unknown field (the spec allows no other fields)"))
            elif isinstance(extra, Mapping):
                self._check(extra, item, where, out)
            elif properties:
                # Sent as is (the live API may know newer fields), but a typo should not pass
                # silently: negative_promt is not negative_prompt.
                close = difflib.get_close_matches(str(key), list(properties), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                rule = f"{UNKNOWN_FIELD}{hint}; sent as is"
                out.warn((where, rule), "unknown")

    def _any_of(
        self, members: Sequence[Schema], value: object, path: str, out: Findings, *, one: bool
    ) -> None:
        results = [(m, self.check(m, value, path)) for m in members]
        valid = [(m, found) for m, found in results if not found.problems]
        if one and len(valid) > 1:
            out.problems.append((path, f"matches {len(valid)} alternatives, exactly one allowed"))
        if valid:
            out.add(valid[0][1], problems=False)
            # An open enum: the value fails every enum member but passes a plain string member.
            enums = [not found.problems for m, found in results if "enum" in self.resolve(m)]
            if isinstance(value, str) and enums and not any(enums):
                message = f"{value!r} is not known to this client's spec; sending it anyway"
                out.warn((path, message), "unknown")
            return
        fitting = [(m, f) for m, f in results if self._type_fits(m, value)]
        if not fitting:
            names = list(dict.fromkeys(t for m in members for t in self.types(m)))
            out.problems.append((path, wrong_type(self, members, names, value, json_type(value))))
            return
        best = min(fitting, key=lambda pair: len(pair[1].problems))[1]
        out.add(best)

    def types(self, schema: Schema) -> list[str]:
        """The JSON types a schema allows (``any value`` when it does not say)."""
        schema = self.resolve(schema)
        if "type" in schema:
            types = schema["type"]
            return [types] if isinstance(types, str) else list(types)
        members = [*schema.get("anyOf", ()), *schema.get("oneOf", ())]
        if members:
            return [t for m in members for t in self.types(m)]
        if "enum" in schema:
            return list(dict.fromkeys(json_type(e) for e in schema["enum"]))
        return ["any value"]

    def _type_fits(self, schema: Schema, value: object) -> bool:
        kind = json_type(value)
        return any(
            t in (kind, "any value") or (t == "number" and kind == "integer")
            for t in self.types(schema)
        )


def _lifecycle(value: str, mark: object, path: str, out: Findings) -> None:
    """An enum value with an ``x-kling-lifecycle`` mark: a warning; discontinued also retired."""
    if not isinstance(mark, Mapping):
        return
    status = str(mark.get("status", "deprecated"))
    since = f" since {mark['since']}" if mark.get("since") else ""
    if status == "discontinued":
        message = f"{value!r} is discontinued{since}: Kling refuses it; sending it anyway"
        out.retired.append((path, f"{value!r} is discontinued{since}"))
    else:
        message = f"{value!r} is {status}{since}; sending it anyway"
    out.warn((path, message), "deprecated")
