"""Every named example of the spec parses with the generated model of its place, losslessly.

The examples are discovered by walking the spec (operations, their request bodies and responses,
callbacks), so an example added to the spec is tested without touching this file. A success example
must parse with the model of its operation's 2xx schema and an error example with ``ErrorResponse``;
both directly (``from_dict``) and through the operation's generated ``sync_detailed`` answering with
that HTTP status (respx), which picks the model by status.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import httpx
import pytest
import respx

import kling_api
from kling_api import Client, models

BASE_URL = "http://127.0.0.1:9"
SPEC: dict[str, Any] = json.loads((Path(kling_api.__file__).parent / "_openapi.json").read_text())
METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


class Example(NamedTuple):
    """One named example at one place of the spec."""

    operation: str  # operationId, or "<operationId> callback <name>"
    status: str | None  # HTTP status of a response example, None for a request body
    name: str
    component: str | None  # name under components/examples when the example is a $ref
    model: str  # schema name = generated model name
    value: Any


def deref(node: dict[str, Any]) -> dict[str, Any]:
    """Follow local ``$ref``s (``#/components/<kind>/<name>``) to the object they name."""
    while "$ref" in node:
        _, _, kind, name = node["$ref"].split("/")
        node = SPEC["components"][kind][name]
    return node


def snake(name: str) -> str:
    """The generator's Python name for an operationId or a parameter name."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _media_examples(operation: str, status: str | None, content: dict[str, Any]) -> list[Example]:
    media = content.get("application/json", {})
    found = []
    for name, example in media.get("examples", {}).items():
        component = example["$ref"].rsplit("/", 1)[1] if "$ref" in example else None
        model = media["schema"]["$ref"].rsplit("/", 1)[1]
        found.append(Example(operation, status, name, component, model, deref(example)["value"]))
    return found


def _walk(item: dict[str, Any], prefix: str = "") -> list[Example]:
    found = []
    for method, operation in deref(item).items():
        if method not in METHODS:
            continue
        where = prefix or operation["operationId"]
        if "requestBody" in operation:
            found += _media_examples(where, None, deref(operation["requestBody"])["content"])
        for status, response in operation["responses"].items():
            found += _media_examples(where, status, deref(response).get("content", {}))
        for name, callback in operation.get("callbacks", {}).items():
            for callback_item in deref(callback).values():
                found += _walk(callback_item, f"{where} callback {name}")
    return found


EXAMPLES = [example for item in SPEC["paths"].values() for example in _walk(item)]
# One parse per distinct example and model (shared responses repeat across operations).
DISTINCT = {(e.model, e.component or f"{e.operation}/{e.status}/{e.name}"): e for e in EXAMPLES}
CODE_TABLE = SPEC["components"]["schemas"]["ErrorCode"]["x-kling-codes"]
HTTP_OF_CODE = {row["code"]: row["http_status"] for row in CODE_TABLE}


def test_examples_were_found() -> None:
    assert len(EXAMPLES) > 30
    assert len(DISTINCT) > 30
    assert {e.status for e in EXAMPLES} >= {None, "200", "400", "401", "404", "429", "500"}


def test_every_component_example_is_used_somewhere() -> None:
    used = {example.component for example in EXAMPLES}
    assert set(SPEC["components"]["examples"]) - used == set()


def assert_typed(value: Any, where: str) -> None:
    """No typed attribute of a parsed model holds raw JSON (the parsers' silent fallback)."""
    for item in value if isinstance(value, list) else [value]:
        if not attrs.has(type(item)):
            continue
        for field in attrs.fields(type(item)):
            attribute = getattr(item, field.name)
            if field.name == "additional_properties" or "Any" in str(field.type):
                continue
            nested = attribute if isinstance(attribute, list) else [attribute]
            assert not any(isinstance(x, dict) for x in nested), f"{where}.{field.name} is raw"
            assert_typed(attribute, f"{where}.{field.name}")


@pytest.mark.parametrize("example", DISTINCT.values(), ids=[key[1] for key in DISTINCT])
def test_example_parses_with_the_model_of_its_place(example: Example) -> None:
    is_error = example.status is not None and not example.status.startswith("2")
    assert (example.model == "ErrorResponse") is is_error
    parsed = getattr(models, example.model).from_dict(example.value)
    assert parsed.to_dict() == example.value
    assert parsed.additional_properties == {}  # the examples use documented fields only
    assert_typed(parsed, example.model)
    if is_error:
        assert HTTP_OF_CODE[example.value["code"]] == int(example.status or 0)
    elif example.status is not None:
        assert example.value["code"] == 0


def _operations() -> list[Any]:
    found = []
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if method in METHODS:
                params = [deref(p) for p in item.get("parameters", [])]
                params += [deref(p) for p in operation.get("parameters", [])]
                found.append(
                    pytest.param(path, method, operation, params, id=operation["operationId"])
                )
    return found


def call(path: str, operation: dict[str, Any], params: list[dict[str, Any]], client: Client) -> Any:
    """Call the operation's generated ``sync_detailed`` with the spec's example arguments."""
    name = f"kling_api.api.{operation['tags'][0]}.{snake(operation['operationId'])}"
    kwargs: dict[str, Any] = {}
    for param in params:
        if param["in"] == "path" or param.get("required"):
            kwargs[snake(param["name"])] = param["example"]
    if "requestBody" in operation:
        first = next(e for e in _walk({"post": operation}) if e.status is None)
        kwargs["body"] = getattr(models, first.model).from_dict(first.value)
    return importlib.import_module(name).sync_detailed(client=client, **kwargs)


@pytest.mark.parametrize(("path", "method", "operation", "params"), _operations())
def test_operation_parses_each_response_example_by_status(
    path: str, method: str, operation: dict[str, Any], params: list[dict[str, Any]]
) -> None:
    examples = [e for e in _walk({method: operation}) if e.status is not None]
    assert examples
    url_path = path
    for param in params:
        if param["in"] == "path":
            url_path = url_path.replace(f"{{{param['name']}}}", str(param["example"]))
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        route = router.route(method=method.upper(), path=url_path)
        with Client(base_url=BASE_URL) as client:
            for example in examples:
                route.return_value = httpx.Response(int(example.status or 0), json=example.value)
                parsed = call(path, operation, params, client).parsed
                assert type(parsed).__name__ == example.model, example
                assert parsed.to_dict() == example.value
