"""Properties of request validation on bodies generated from the real spec's request schemas.

Bodies come from hypothesis-jsonschema (``$ref`` resolved, ``x-`` keys stripped, media fields
drawn from valid URL/Base64 samples). Every generated body passes the schema layer; those that
also satisfy the x-kling rules and capabilities pass :func:`validate`; and a body mutated in one
place (a string too long, a number out of range, an array too long, a required field removed) is
always refused with a problem naming the mutated field.
"""

from __future__ import annotations

import copy
import functools
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from kling_ext import KlingWarning
from kling_ext._errors import ValidationError
from kling_ext._spec._document import load_spec
from kling_ext._spec._validate import find_operation, validate
from kling_ext._spec._validate_rules import (
    check_capabilities,
    check_rules,
    is_set,
    resolve_from,
)
from kling_ext._spec._validate_schema import SchemaChecker, child

MEDIA_SAMPLES = ["https://example.com/a.png", "http://example.com/b.jpg", "aGVsbG8=", ""]
ANNOTATIONS = {"description", "deprecated", "examples", "example", "title"}
CREATE_PATHS = sorted(
    template
    for template, item in load_spec()["paths"].items()
    if "requestBody" in item.get("post", {}) and template.startswith("/v1/")  # legacy x-kling rules
)


def _settings(examples: int) -> settings:
    """Per-test example counts, per request body (about 40 of them): the whole folder keeps
    within about a minute on 2 cores (the ``ci`` profile derandomizes them)."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )


SCHEMA_LAYER = _settings(10)  # every body also goes through the schema layer in the two below
RULES = _settings(15)
MUTATIONS = _settings(15)
Path = tuple[str | int, ...]


def request_schema(path: str) -> Mapping[str, Any]:
    operation = find_operation(load_spec(), "post", path)
    schema = operation.spec["requestBody"]["content"]["application/json"]["schema"]
    return SchemaChecker(load_spec()).resolve(schema)


def inline(schema: Mapping[str, Any], *, open_enums: bool) -> dict[str, Any]:
    """A self-contained generation schema: refs resolved, x- keys and annotations dropped."""
    if "$ref" in schema:
        target = SchemaChecker(load_spec()).resolve(schema)
        rest = {k: v for k, v in schema.items() if k != "$ref"}
        return {**inline(target, open_enums=open_enums), **inline(rest, open_enums=open_enums)}
    if schema.get("x-kling-format") == "media":
        return {"enum": MEDIA_SAMPLES}
    if schema.get("x-kling-format") == "base64":
        return {"enum": [s for s in MEDIA_SAMPLES if not s.startswith("http")]}
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key.startswith("x-") or key in ANNOTATIONS:
            continue
        if key == "properties":
            out[key] = {k: inline(v, open_enums=open_enums) for k, v in value.items()}
        elif key in ("items", "additionalProperties") and isinstance(value, Mapping):
            out[key] = inline(value, open_enums=open_enums)
        elif key in ("anyOf", "oneOf", "allOf"):
            out[key] = [inline(m, open_enums=open_enums) for m in value]
        else:
            out[key] = value
    if not open_enums and any("enum" in m for m in out.get("anyOf", ())):
        out["anyOf"] = [m for m in out["anyOf"] if "enum" in m]
    return out


@functools.cache
def bodies(path: str) -> st.SearchStrategy[dict[str, Any]]:
    """Known enum values half of the time (so capabilities are judged), any string otherwise."""
    schema = request_schema(path)
    strategies = [from_schema(inline(schema, open_enums=flag)) for flag in (False, True)]
    return st.one_of(*strategies)


def rule_problems(path: str, body: Mapping[str, Any]) -> list[tuple[str, str]]:
    schema = resolve_from(load_spec(), request_schema(path))
    rules = check_rules(schema.get("x-kling-rules", []), body)
    capabilities = check_capabilities(schema.get("x-kling-capabilities", []), body)
    return rules.problems + capabilities.problems


@pytest.mark.parametrize("path", CREATE_PATHS)
@SCHEMA_LAYER
@given(data=st.data())
def test_generated_bodies_pass_the_schema_layer(path: str, data: st.DataObject) -> None:
    body = data.draw(bodies(path))
    assert SchemaChecker(load_spec()).check(request_schema(path), body).problems == []


def sub_schema(schema: Mapping[str, Any], dotted_path: str) -> Mapping[str, Any]:
    for part in dotted_path.split("."):
        schema = present(schema)["properties"][part]
    return present(schema)


def present(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """A nullable schema without its ``null`` (optional request fields are nullable)."""
    members = [m for m in schema.get("anyOf", ()) if m.get("type") != "null"]
    if "anyOf" in schema and len(members) == 1:
        return present(members[0])
    if "anyOf" in schema:
        return {**schema, "anyOf": members}
    types = schema.get("type")
    if isinstance(types, list) and "null" in types:
        return {**schema, "type": [t for t in types if t != "null"]}
    return schema


def repair(path: str, body: dict[str, Any], data: st.DataObject) -> None:
    """Steer a generated body towards the x-kling rules: draw what a rule requires, drop what a
    rule or a capability refuses. The rules are read from the spec, never restated here."""
    schema = inline(request_schema(path), open_enums=False)
    for _ in range(8):
        found = rule_problems(path, body)
        if not found:
            return
        field, rule = found[0]
        *parents, name = field.split(".")
        parent: Any = body
        for part in parents:
            parent = parent.setdefault(part, {})
        if "must be non-zero" in rule:
            members = sub_schema(schema, field)["properties"]
            axis = data.draw(st.sampled_from(sorted(members)))
            parent[name] = {axis: data.draw(from_schema(members[axis]).filter(bool))}
        elif rule.startswith(("required when", "at least one of")) or "; none is" in rule:
            strategy = from_schema(dict(sub_schema(schema, field))).filter(is_set)
            parent[name] = data.draw(strategy, label=field)
        else:  # not allowed, cannot be combined, more than one set, unsupported value or feature
            parent.pop(name, None)


@pytest.mark.parametrize("path", CREATE_PATHS)
@RULES
@given(data=st.data())
def test_bodies_that_keep_the_rules_pass_validate(path: str, data: st.DataObject) -> None:
    body = copy.deepcopy(data.draw(bodies(path)))
    repair(path, body, data)
    assume(not rule_problems(path, body))
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        validate("POST", path, body)
    assert all(issubclass(w.category, KlingWarning) for w in seen)  # sent, never refused


def sites(schema: Mapping[str, Any], value: object, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    """Every (path, schema) a mutation can target: properties of present objects, present items."""
    if isinstance(value, Mapping):
        for name, sub in schema.get("properties", {}).items():
            yield (*path, name), sub
            if name in value:
                yield from sites(sub, value[name], (*path, name))
    elif isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        for i, item in enumerate(value):
            yield from sites(schema["items"], item, (*path, i))


def mutations(schema: Mapping[str, Any], body: dict[str, Any]) -> list[tuple[str, Path, Any]]:
    """(kind, path, new value or None to delete) for each possible single mutation."""
    found: list[tuple[str, Path, Any]] = []
    for where, sub in sites(schema, body):
        parent = get(body, where[:-1])
        if "maxLength" in sub:
            found.append(("too long", where, "x" * (sub["maxLength"] + 1)))
        if "maximum" in sub:
            found.append(
                ("too big", where, sub["maximum"] + (1 if sub.get("type") == "integer" else 0.5))
            )
        if "minimum" in sub:
            found.append(("too small", where, sub["minimum"] - 1))
        current = parent.get(where[-1]) if isinstance(parent, Mapping) else None
        if "maxItems" in sub and isinstance(current, list) and current:
            found.append(("too many", where, current + [current[0]] * sub["maxItems"]))
    for where, sub in [((), schema), *sites(schema, body)]:
        parent = get(body, where[:-1])
        value = parent.get(where[-1]) if where and isinstance(parent, Mapping) else body
        if isinstance(value, Mapping):
            found += [
                ("removed", (*where, name), None)
                for name in sub.get("required", ())
                if name in value
            ]
    return found


def get(body: object, path: Path) -> Any:
    for key in path:
        body = body[key]  # type: ignore[index]
    return body


def dotted(path: Path) -> str:
    text = ""
    for key in path:
        text = child(text, key)
    return text


LIMITS = ("maxLength", "maximum", "minimum", "maxItems")


def can_break(schema: Mapping[str, Any]) -> bool:
    """Whether some body of ``schema`` has a mutation: a limit or a required field anywhere."""
    if any(key in schema for key in LIMITS) or schema.get("required"):
        return True
    subs = [*schema.get("properties", {}).values(), *schema.get("anyOf", ())]
    subs += [s for s in (schema.get("items"), schema.get("additionalProperties")) if s]
    return any(can_break(sub) for sub in subs if isinstance(sub, Mapping))


def mutable_paths() -> list[Any]:
    """CREATE_PATHS, those whose body has nothing to break skipped with the reason."""
    return [
        path
        if can_break(inline(request_schema(path), open_enums=True))
        else pytest.param(
            path,
            marks=pytest.mark.skip(reason="no limit or required field to break in this body"),
        )
        for path in CREATE_PATHS
    ]


def test_only_bodies_without_limits_are_skipped() -> None:
    skipped = [p for p in CREATE_PATHS if not can_break(inline(request_schema(p), open_enums=True))]
    # video_id | video_url: rules only
    assert skipped == ["/v1/videos/identify-face", "/v1/videos/multi-elements/init-selection"]


@pytest.mark.parametrize("path", mutable_paths())
@MUTATIONS
@given(data=st.data())
def test_mutated_bodies_are_refused_naming_the_field(path: str, data: st.DataObject) -> None:
    schema = inline(request_schema(path), open_enums=True)
    body = copy.deepcopy(data.draw(bodies(path)))
    options = mutations(schema, body)
    assume(options)  # e.g. only optional, unlimited fields were drawn
    kind, where, value = data.draw(st.sampled_from(options))
    parent = get(body, where[:-1])
    if value is None:
        del parent[where[-1]]
    else:
        parent[where[-1]] = value
    with pytest.raises(ValidationError) as info:
        validate("POST", path, body)
    named = {field for field, _ in info.value.problems}
    assert dotted(where) in named, (kind, info.value.problems)
