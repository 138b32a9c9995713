"""The validation shortcuts (skipped rules, fields and capability findings already judged) find
exactly what the full checks find, on bodies generated from every legacy request schema."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kling_ext._spec._document import load_spec
from kling_ext._spec._findings import Findings
from kling_ext._spec._validate_plan import capabilities, form, plan, quiet, rules_for
from kling_ext._spec._validate_rules import check_capabilities, check_rules
from kling_ext._spec._validate_schema import SchemaChecker
from tests.property.test_validate_properties import CREATE_PATHS, _settings

ODD = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=4))


def _samples(schema: Any, checker: SchemaChecker, depth: int = 0) -> list[Any]:
    """The values a schema names (enum members, consts, examples), refs followed."""
    if not isinstance(schema, dict) or depth > 4:
        return []
    schema = dict(checker.resolve(schema))
    found = [*schema.get("enum", ()), *schema.get("examples", ())]
    found += [schema["const"]] if "const" in schema else []
    for member in (*schema.get("anyOf", ()), *schema.get("allOf", ())):
        found += _samples(member, checker, depth + 1)
    return found


def bodies(path: str) -> st.SearchStrategy[dict[str, Any]]:
    """Bodies of the schema's own fields, each a value the spec names or an odd scalar."""
    checker = SchemaChecker(load_spec())
    properties = plan(load_spec(), "post", path).schema.get("properties") or {}
    fields = {
        name: st.one_of(ODD, st.sampled_from(found)) if (found := _samples(sub, checker)) else ODD
        for name, sub in properties.items()
    }
    return st.fixed_dictionaries({}, optional=fields)


def _full(path: str, body: dict[str, Any]) -> tuple[Any, ...]:
    found = plan(load_spec(), "post", path)
    return (
        SchemaChecker(load_spec()).check(found.schema, body),
        check_rules([rule for _, rule in found.rules], body),
        check_capabilities(found.capabilities, body),
    )


def _short(path: str, body: dict[str, Any]) -> tuple[Any, ...]:
    found = plan(load_spec(), "post", path)
    return (
        form(found, SchemaChecker(load_spec()), body),
        check_rules(rules_for(found, body), body),
        capabilities(found, body),
    )


@pytest.mark.parametrize("path", CREATE_PATHS)
@_settings(15)
@given(data=st.data())
def test_shortcuts_find_what_the_full_checks_find(path: str, data: st.DataObject) -> None:
    body = data.draw(bodies(path))
    for _ in range(2):  # the second time from what the first remembered
        assert _short(path, body) == _full(path, body)
        if quiet(plan(load_spec(), "post", path), SchemaChecker(load_spec()), body):
            assert _full(path, body) == (Findings(), Findings(), Findings())


@pytest.mark.parametrize("path", CREATE_PATHS)
@_settings(10)
@given(data=st.data())
def test_a_quiet_body_has_no_findings(path: str, data: st.DataObject) -> None:
    """Bodies of the required fields with values the spec names: often quiet (the usual create);
    whenever the shortcut says so, the full checks find nothing at all."""
    found = plan(load_spec(), "post", path)
    checker = SchemaChecker(load_spec())
    required = found.schema.get("required") or []
    properties = found.schema.get("properties") or {}
    body = {
        name: data.draw(
            st.sampled_from(samples) if (samples := _samples(properties[name], checker)) else ODD
        )
        for name in required
        if name in properties
    }
    if quiet(found, checker, body):
        assert _full(path, body) == (Findings(), Findings(), Findings())
