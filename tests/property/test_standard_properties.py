"""Properties of the new standard's capability maps (x-kling-models), for every documented model:
a body built only from what the model's entry allows passes (apart from its conditional rules,
each refusal of which names a rule of the entry); a schema-valid setting value the model does not
take is refused, naming the setting and the model."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kling_ext import ValidationError, validate
from kling_ext._spec._document import load_spec
from kling_ext._spec._standard_rules import check_models
from kling_ext._spec._validate_schema import SchemaChecker

SPEC = load_spec()
CHECKER = SchemaChecker(SPEC)
FIELDS = SPEC["components"]["schemas"]["StandardContent"]["x-kling-content-fields"]
CASES = [
    (path, model)
    for path, item in SPEC["paths"].items()
    if "{model}" in path
    for model in CHECKER.resolve(
        item["post"]["requestBody"]["content"]["application/json"]["schema"]
    )["x-kling-models"]
]
PROPS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def schema_of(path: str) -> dict[str, Any]:
    item = SPEC["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"]
    return dict(CHECKER.resolve(item))


def settings_schema(path: str) -> dict[str, Any]:
    """The settings object (the field is nullable: ``anyOf: [settings, null]``)."""
    prop = schema_of(path)["properties"]["settings"]
    member = next(m for m in prop.get("anyOf", [prop]) if m.get("type") != "null")
    return dict(CHECKER.resolve(member))


def _item(kind: str, n: int) -> dict[str, Any]:
    item: dict[str, Any] = {"type": kind}
    for name in FIELDS[kind]:
        item[name] = (
            "go"
            if name == "text"
            else f"https://example.com/{kind}/{n}"
            if name == "url"
            else f"{kind}{n}"
        )
    return item


@st.composite
def allowed_bodies(draw: st.DrawFn, path: str, model: str) -> dict[str, Any]:
    caps = schema_of(path)["x-kling-models"][model]
    chosen = draw(st.sets(st.sampled_from(sorted(caps["settings"]))))
    body: dict[str, Any] = {
        "settings": {n: draw(st.sampled_from(caps["settings"][n])) for n in sorted(chosen)}
    }
    limit = min(caps["prompt_max"], 3072)
    if "contents" in caps:
        items = []
        for kind, bounds in caps["contents"].items():
            count = draw(st.integers(bounds.get("min", 0), min(bounds.get("max", 2), 2)))
            items += [_item(kind, n) for n in range(count)]
        body["contents"] = draw(st.permutations(items)) or [{"type": "prompt", "text": "go"}]
    else:
        body["prompt"] = "x" * draw(st.integers(1, limit))
    return body


@pytest.mark.parametrize(("path", "model"), CASES, ids=[f"{p} {m}" for p, m in CASES])
@PROPS
@given(data=st.data())
def test_what_the_map_allows_passes_but_for_its_rules(
    path: str, model: str, data: st.DataObject
) -> None:
    schema = schema_of(path)
    body = data.draw(allowed_bodies(path, model))
    concrete = path.replace("{model}", model)
    found = check_models(schema, CHECKER.resolve, path, concrete, body)
    rules = [str(r.get("description")) for r in schema["x-kling-models"][model].get("rules", ())]
    assert all(any(text in rule for text in rules) for _, rule in found.problems), found.problems
    without_rules = copy.deepcopy(schema)
    without_rules["x-kling-models"][model].pop("rules", None)
    assert check_models(without_rules, CHECKER.resolve, path, concrete, body).problems == []


@pytest.mark.parametrize(("path", "model"), CASES, ids=[f"{p} {m}" for p, m in CASES])
@PROPS
@given(data=st.data())
def test_a_value_the_model_does_not_take_is_refused_by_name(
    path: str, model: str, data: st.DataObject
) -> None:
    caps = schema_of(path)["x-kling-models"][model]
    props = settings_schema(path)["properties"]
    options = []
    for name, accepted in caps["settings"].items():
        prop = CHECKER.resolve(props[name])
        values = prop.get("enum") or (
            list(range(prop["minimum"], prop["maximum"] + 1)) if "minimum" in prop else []
        )
        options += [(name, v) for v in values if v not in accepted]
    if not options:
        return  # every schema value is accepted by this model
    name, value = data.draw(st.sampled_from(options))
    body: dict[str, Any] = {"settings": {name: value}}
    if "contents" in caps:
        kinds = [k for k, b in caps["contents"].items() if b.get("min")]
        body["contents"] = [_item(k, 0) for k in kinds] or [{"type": "prompt", "text": "go"}]
    else:
        body["prompt"] = "go"
    with pytest.raises(ValidationError) as info:
        validate("POST", path.replace("{model}", model), body)
    assert any(field == f"settings.{name}" and model in rule for field, rule in info.value.problems)
