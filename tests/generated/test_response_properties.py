"""Property tests: every JSON document the spec allows parses with the generated models, losslessly.

For each object schema of ``components/schemas`` (the response envelopes and tasks, and the request
bodies too), hypothesis-jsonschema generates instances from the schema with every ``$ref`` inlined
and the ``x-`` extensions stripped; random extra fields are then added to every object. Each
instance must parse with ``Model.from_dict``, come back unchanged from ``to_dict`` (extras kept, no
default added), round-trip through ``from_dict(to_dict(x))``, and hold typed model objects wherever
the schema names one (the generated parsers fall back to the raw dict on any error, silently).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

import kling_api
from kling_api import models

SPEC: dict[str, Any] = json.loads((Path(kling_api.__file__).parent / "_openapi.json").read_text())
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
RESPONSE_SCHEMAS = [
    "TaskResponse",
    "TaskListResponse",
    "ErrorResponse",
    "AccountCostsResponse",
    "Task",
    "TaskInfo",
    "TaskResult",
    "TaskVideo",
    "TaskImage",
    "ResourcePack",
    "AccountCosts",
    # added after the 2025-03-25 baseline: audio results, watermarks, identify-face's answer
    "TaskAudio",
    "WatermarkInfo",
    "IdentifyFaceResponse",
    "IdentifyFaceResult",
    "IdentifiedFace",
]
OBJECT_SCHEMAS = sorted(name for name, schema in SCHEMAS.items() if schema.get("type") == "object")
# The request bodies and their pieces: fewer examples, they are exact and small.
REQUEST_SCHEMAS = [name for name in OBJECT_SCHEMAS if name not in RESPONSE_SCHEMAS]
SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large]
KNOWN_NAMES = {prop for schema in SCHEMAS.values() for prop in schema.get("properties", {})}
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=6,
)
EXTRAS = st.dictionaries(
    st.text(min_size=1, max_size=12).filter(lambda key: key not in KNOWN_NAMES),
    JSON_VALUES,
    max_size=3,
)


def inline(node: Any) -> Any:
    """A self-contained copy of a schema: ``$ref``s replaced by their target, ``x-`` keys gone."""
    if isinstance(node, list):
        return [inline(item) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return inline(SCHEMAS[node["$ref"].rsplit("/", 1)[1]])
    return {
        key: {name: inline(sub) for name, sub in value.items()}
        if key == "properties"
        else inline(value)
        for key, value in node.items()
        if not key.startswith("x-")
    }


STRATEGIES = {name: from_schema(inline(SCHEMAS[name])) for name in OBJECT_SCHEMAS}


def with_extras(data: st.DataObject, value: Any) -> Any:
    """``value`` with random extra fields added at every depth (in the first item of a list)."""
    if isinstance(value, list):
        return [with_extras(data, value[0]), *value[1:]] if value else []
    if not isinstance(value, dict):
        return value
    extras = {key: extra for key, extra in data.draw(EXTRAS).items() if key not in value}
    return {**{key: with_extras(data, item) for key, item in value.items()}, **extras}


def assert_typed(value: Any, where: str) -> None:
    """No typed attribute of a parsed model holds a raw object (the parsers' silent fallback)."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            assert_typed(item, f"{where}[{index}]")
        return
    if not attrs.has(type(value)):
        return
    for field in attrs.fields(type(value)):
        attribute = getattr(value, field.name)
        if field.name == "additional_properties" or "Any" in str(field.type):
            continue
        raw = isinstance(attribute, dict) or (
            isinstance(attribute, list) and any(isinstance(item, dict) for item in attribute)
        )
        assert not raw, f"{where}.{field.name} was left as raw JSON: {attribute!r}"
        assert_typed(attribute, f"{where}.{field.name}")


def test_every_object_schema_has_a_model_and_is_covered() -> None:
    assert set(RESPONSE_SCHEMAS) <= set(OBJECT_SCHEMAS)
    assert len(REQUEST_SCHEMAS) >= 16
    bodies = {name for name in OBJECT_SCHEMAS if name.endswith("Request")}
    assert {"IdentifyFaceRequest", "OmniVideoRequest", "TextToAudioRequest"} <= bodies
    assert bodies <= set(REQUEST_SCHEMAS)
    assert all(hasattr(models, name) for name in OBJECT_SCHEMAS)


def check_schema_instance(name: str, data: st.DataObject) -> None:
    """Draw one instance of schema ``name`` with extras; it must parse losslessly and typed."""
    model = getattr(models, name)
    instance = with_extras(data, data.draw(STRATEGIES[name], label="instance"))
    parsed = model.from_dict(instance)
    assert parsed.to_dict() == instance
    assert model.from_dict(parsed.to_dict()).to_dict() == parsed.to_dict()
    assert_typed(parsed, name)
    known = SCHEMAS[name]["properties"]
    top_extras = {key: value for key, value in instance.items() if key not in known}
    assert parsed.additional_properties == top_extras


@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
@settings(max_examples=25, deadline=None, suppress_health_check=SLOW_OK)
@given(data=st.data())
def test_response_schema_instances_parse_losslessly(name: str, data: st.DataObject) -> None:
    check_schema_instance(name, data)


@pytest.mark.parametrize("name", REQUEST_SCHEMAS)
@settings(max_examples=10, deadline=None, suppress_health_check=SLOW_OK)
@given(data=st.data())
def test_request_schema_instances_round_trip_without_defaults(
    name: str, data: st.DataObject
) -> None:
    check_schema_instance(name, data)
