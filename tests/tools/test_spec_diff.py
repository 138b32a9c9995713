"""tools/spec_diff.py: one synthetic spec, one mutation per classification rule, and the CLI."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "spec_diff.py"
Spec = dict[str, Any]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spec_diff", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["spec_diff"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


sd = _load_tool()


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def body(name: str) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": ref(name)}}}


def base() -> Spec:
    """A small spec with every construct the tool walks (refs, open enums, a $ref cycle)."""
    req_props = {
        "prompt": {"type": "string", "minLength": 1, "maxLength": 2500, "description": "Text."},
        "model_name": {"anyOf": [ref("ModelName"), {"type": "string"}]},
        "mode": ref("Mode"),
        "n": {"type": "integer", "minimum": 1, "maximum": 9},
        "cfg": {"type": "number", "exclusiveMaximum": 1},
        "tags": {"type": "array", "maxItems": 3, "items": {"type": "string"}},
        "camera_control": ref("CameraControl"),
    }
    rule = {"required_when": {"field": "camera_control.config", "when": {"camera_control": "$set"}}}
    table = {
        "model_field": "model_name",
        "default_model": "kling-v1",
        "features": {"camera_control": {"all_set": ["camera_control"]}},
        "models": {
            "kling-v1": {
                "allowed": {"mode": ["std", "pro"]},
                "features": {"camera_control": [{"mode": "std"}]},
            }
        },
    }
    zoom = {"type": "number", "minimum": -10, "maximum": 10}
    thing_props = {
        "task_id": {"type": "string"},
        "status": {"anyOf": [ref("Status"), {"type": "string"}]},
        "kind": ref("Kind"),
        "parent": ref("Thing"),
        "children": {"type": "array", "items": ref("Thing")},
    }
    path_id = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Things", "version": "1"},
        "servers": [{"url": "https://a.example"}, {"url": "https://b.example"}],
        "security": [{"jwt": []}],
        "paths": {
            "/v1/things": {
                "post": {
                    "operationId": "createThing",
                    "tags": ["things"],
                    "requestBody": {"required": True, **body("ThingRequest")},
                    "responses": {"200": {"description": "Created.", **body("ThingResponse")}},
                }
            },
            "/v1/things/{id}": {
                "parameters": [path_id],
                "get": {
                    "operationId": "getThing",
                    "tags": ["things"],
                    "parameters": [
                        {"name": "verbose", "in": "query", "schema": {"type": "boolean"}}
                    ],
                    "responses": {"200": {"$ref": "#/components/responses/Thing"}},
                },
            },
        },
        "components": {
            "securitySchemes": {"jwt": {"type": "http", "scheme": "bearer", "description": "JWT"}},
            "responses": {"Thing": {"description": "One thing.", **body("ThingResponse")}},
            "schemas": {
                "ThingRequest": {
                    "type": "object",
                    "required": ["prompt"],
                    "properties": req_props,
                    "x-kling-rules": [rule],
                    "x-kling-capabilities": [table],
                },
                "CameraControl": {
                    "type": "object",
                    "properties": {
                        "type": {"type": "string"},
                        "config": {"type": "object", "properties": {"zoom": zoom}},
                    },
                },
                "ModelName": {"type": "string", "enum": ["kling-v1", "kling-v1-6"]},
                "Mode": {"type": "string", "enum": ["std", "pro"]},
                "ThingResponse": {
                    "type": "object",
                    "required": ["code"],
                    "properties": {
                        "code": {"type": "integer"},
                        "data": {"anyOf": [ref("Thing"), {"type": "null"}]},
                    },
                },
                "Thing": {"type": "object", "properties": thing_props},
                "Status": {"type": "string", "enum": ["submitted", "succeed", "failed"]},
                "Kind": {"type": "string", "enum": ["video", "image"]},
            },
        },
    }


def at(spec: Spec, path: str) -> Any:
    """The node at a dot path; ``S.`` abbreviates ``components.schemas.``."""
    node: Any = spec
    for key in path.replace("S.", "components.schemas.", 1).split("."):
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def changed(mutate: Callable[[Spec], object]) -> list[Any]:
    new = base()
    mutate(new)
    result: list[Any] = sd.diff(base(), new)
    return result


BREAK, SAFE = "breaking", "non-breaking"
REQ, RESP = "request ThingRequest", "response ThingResponse.data"
CAPS = "capabilities ThingRequest.models.kling-v1"
CASES: list[tuple[str, Callable[[Spec], object], str, str, str]] = [
    # operations, servers, path parameters, security
    ("removed operation", lambda s: s["paths"]["/v1/things/{id}"].pop("get"),
     BREAK, "operation GET /v1/things/{id}", "removed (getThing)"),
    ("new operation", lambda s: s["paths"].update({"/v1/x": {"get": {"operationId": "listX"}}}),
     SAFE, "operation GET /v1/x", "new (listX)"),
    ("operationId renamed", lambda s: at(s, "paths./v1/things.post").update(operationId="make"),
     BREAK, "operation POST /v1/things", "operationId createThing -> make"),
    ("removed server", lambda s: s["servers"].pop(), BREAK, "server https://b.example", "removed"),
    ("added server", lambda s: s["servers"].append({"url": "https://c.example"}),
     SAFE, "server https://c.example", "added"),
    ("path parameter renamed", lambda s: (
        s["paths"].update({"/v1/things/{task_id}": s["paths"].pop("/v1/things/{id}")}),
        at(s, "paths./v1/things/{task_id}.parameters.0").update(name="task_id")),
     BREAK, "operation GET /v1/things/{task_id}", "path parameters ['id'] -> ['task_id']"),
    ("security requirement", lambda s: s.update(security=[]), BREAK, "security", "changed"),
    ("security scheme", lambda s: at(s, "components.securitySchemes.jwt").update(scheme="basic"),
     BREAK, "security", "changed"),
    ("operation security", lambda s: at(s, "paths./v1/things.post").update(security=[]),
     BREAK, "operation POST /v1/things", "security"),
    # request and response fields
    ("removed request field", lambda s: at(s, "S.ThingRequest.properties").pop("n"),
     BREAK, f"{REQ}.n", "removed field"),
    ("removed response field", lambda s: at(s, "S.Thing.properties").pop("task_id"),
     BREAK, f"{RESP}.task_id", "removed field (clients may read it)"),
    ("new required request field", lambda s: (
        at(s, "S.ThingRequest.properties").update(seed={"type": "integer"}),
        at(s, "S.ThingRequest.required").append("seed")),
     BREAK, f"{REQ}.seed", "new required field"),
    ("new optional request field", lambda s: at(s, "S.ThingRequest.properties").update(
        seed={"type": "integer"}), SAFE, f"{REQ}.seed", "new optional field"),
    ("request field became required", lambda s: at(s, "S.ThingRequest.required").append("n"),
     BREAK, f"{REQ}.n", "became required"),
    ("request field made optional", lambda s: at(s, "S.ThingRequest.required").clear(),
     SAFE, f"{REQ}.prompt", "made optional"),
    ("response field made optional", lambda s: at(s, "S.ThingResponse.required").clear(),
     BREAK, "response ThingResponse.code", "made optional (clients may rely on it)"),
    ("new response field", lambda s: at(s, "S.Thing.properties").update(w={"type": "string"}),
     SAFE, f"{RESP}.w", "new field"),
    ("new query parameter", lambda s: at(s, "paths./v1/things/{id}.get.parameters").append(
        {"name": "lang", "in": "query", "required": True, "schema": {"type": "string"}}),
     BREAK, "request getThing.query.lang", "new required field"),
    # enums
    ("closed request enum lost", lambda s: at(s, "S.Mode.enum").remove("pro"),
     BREAK, "enum Mode", "removed pro"),
    ("closed response enum lost", lambda s: at(s, "S.Kind.enum").remove("image"),
     BREAK, "enum Kind", "removed image"),
    ("open enum lost", lambda s: at(s, "S.ModelName.enum").remove("kling-v1-6"),
     SAFE, "enum ModelName", "removed kling-v1-6 (open enum: still accepted)"),
    ("request enum widened", lambda s: at(s, "S.Mode.enum").append("4k"),
     SAFE, "enum Mode", "added 4k"),
    ("open response enum widened", lambda s: at(s, "S.Status.enum").append("queued"),
     SAFE, "enum Status", "added queued"),
    ("closed response enum widened", lambda s: at(s, "S.Kind.enum").append("audio"),
     BREAK, "enum Kind", "added audio (closed response enum"),
    # limits and types
    ("maxLength down", lambda s: at(s, "S.ThingRequest.properties.prompt").update(maxLength=500),
     BREAK, f"{REQ}.prompt", "maxLength 2500 -> 500 (tighter limit)"),
    ("minLength up", lambda s: at(s, "S.ThingRequest.properties.prompt").update(minLength=5),
     BREAK, f"{REQ}.prompt", "minLength 1 -> 5 (tighter limit)"),
    ("minimum up", lambda s: at(s, "S.ThingRequest.properties.n").update(minimum=2),
     BREAK, f"{REQ}.n", "minimum 1 -> 2 (tighter limit)"),
    ("maxItems down", lambda s: at(s, "S.ThingRequest.properties.tags").update(maxItems=2),
     BREAK, f"{REQ}.tags", "maxItems 3 -> 2 (tighter limit)"),
    ("exclusive bound tightened", lambda s: at(s, "S.ThingRequest.properties.cfg").update(
        exclusiveMaximum=0.5), BREAK, f"{REQ}.cfg", "exclusiveMaximum 1 -> 0.5 (tighter limit)"),
    ("new pattern", lambda s: at(s, "S.ThingRequest.properties.prompt").update(pattern="^a"),
     BREAK, f"{REQ}.prompt", "pattern None -> ^a (tighter limit)"),
    ("nested limit through refs", lambda s: at(
        s, "S.CameraControl.properties.config.properties.zoom").update(maximum=5),
     BREAK, f"{REQ}.camera_control.config.zoom", "maximum 10 -> 5 (tighter limit)"),
    ("maxLength up", lambda s: at(s, "S.ThingRequest.properties.prompt").update(maxLength=5000),
     SAFE, f"{REQ}.prompt", "maxLength 2500 -> 5000 (looser limit)"),
    ("limit removed", lambda s: at(s, "S.ThingRequest.properties.tags").pop("maxItems"),
     SAFE, f"{REQ}.tags", "maxItems 3 -> None (looser limit)"),
    ("request type narrowed", lambda s: at(s, "S.ThingRequest.properties.cfg").update(
        type="integer"), BREAK, f"{REQ}.cfg", "type number -> integer"),
    ("request type widened", lambda s: at(s, "S.ThingRequest.properties.n").update(
        type=["integer", "null"]), SAFE, f"{REQ}.n", "type integer -> integer|null"),
    ("response type widened", lambda s: at(s, "S.Thing.properties.task_id").update(
        type=["string", "null"]), BREAK, f"{RESP}.task_id", "type string -> null|string"),
    # x-kling extensions
    ("capability value removed", lambda s: at(
        s, "S.ThingRequest.x-kling-capabilities.0.models.kling-v1.allowed.mode").remove("pro"),
     BREAK, f"{CAPS}.allowed.mode", "removed pro"),
    ("capability value added", lambda s: at(
        s, "S.ThingRequest.x-kling-capabilities.0.models.kling-v1.allowed.mode").append("4k"),
     SAFE, f"{CAPS}.allowed.mode", "added 4k"),
    ("feature combination removed", lambda s: at(
        s, "S.ThingRequest.x-kling-capabilities.0.models.kling-v1.features.camera_control").clear(),
     BREAK, f"{CAPS}.features.camera_control", 'removed {"mode":"std"}'),
    ("model added", lambda s: at(s, "S.ThingRequest.x-kling-capabilities.0.models").update(
        {"kling-v2": {}}), SAFE, "capabilities ThingRequest.models.kling-v2", "added"),
    ("model removed", lambda s: at(s, "S.ThingRequest.x-kling-capabilities.0.models").pop(
        "kling-v1"), BREAK, "capabilities ThingRequest.models.kling-v1", "removed"),
    ("new rule", lambda s: at(s, "S.ThingRequest.x-kling-rules").append(
        {"any_required": ["prompt", "mode"]}),
     BREAK, "rules ThingRequest", 'new rule {"any_required":["prompt","mode"]}'),
    ("new warning rule", lambda s: at(s, "S.ThingRequest.x-kling-rules").append(
        {"any_required": ["mode"], "severity": "warning"}),
     SAFE, "rules ThingRequest", "new warning rule"),
    ("removed rule", lambda s: at(s, "S.ThingRequest.x-kling-rules").clear(),
     SAFE, "rules ThingRequest", "removed rule"),
]  # fmt: skip


@pytest.mark.parametrize(("mutate", "kind", "location", "text"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])  # fmt: skip
def test_rule(mutate: Callable[[Spec], object], kind: str, location: str, text: str) -> None:
    changes = changed(mutate)
    assert [(c.kind, c.location) for c in changes] == [(kind, location)], [c.line for c in changes]
    assert text in changes[0].text


def test_identical_specs_have_no_changes() -> None:
    assert sd.diff(base(), base()) == []


def test_documentation_changes_are_one_line() -> None:
    def mutate(s: Spec) -> None:
        at(s, "S.ThingRequest.properties.prompt")["description"] = "Other text."
        at(s, "components.responses.Thing")["description"] = "Another."
        at(s, "S.ThingRequest.x-kling-rules.0")["description"] = "a rule description"
        at(s, "S.Mode")["example"] = "std"

    changes = changed(mutate)
    assert [(c.kind, c.line) for c in changes] == [(SAFE, "documentation: changed at 4 places")]


def test_cycles_end_and_each_change_is_reported_once() -> None:
    changes = changed(lambda s: at(s, "S.Thing.properties").pop("task_id"))
    assert [c.location for c in changes] == [f"{RESP}.task_id"]


def test_inline_bodies_are_named_after_their_operation() -> None:
    def spec(limit: int) -> Spec:
        schema = {"type": "object", "properties": {"q": {"type": "string", "maxLength": limit}}}
        op = {"requestBody": {"content": {"application/json": {"schema": schema}}}}
        ops = {
            "/a": {"post": {"operationId": "a", **op}},
            "/b": {"post": {"operationId": "b", **op}},
        }
        return {"paths": ops}

    changes = sd.diff(spec(10), spec(5))
    assert [c.location for c in changes] == ["request a.body.q", "request b.body.q"]


def test_missing_old_spec_reports_everything_as_added() -> None:
    changes = sd.diff({}, base())
    assert {c.kind for c in changes} == {SAFE}
    assert "operation POST /v1/things: new (createThing)" in [c.line for c in changes]


def write(path: Path, spec: Spec) -> str:
    path.write_text(json.dumps(spec), encoding="utf-8")  # JSON is YAML
    return str(path)


def test_cli_old_new_prints_both_headings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = base()
    at(new, "S.Mode.enum").remove("pro")
    at(new, "S.Mode.enum").append("4k")
    old_file, new_file = write(tmp_path / "old.yaml", base()), write(tmp_path / "new.yaml", new)
    assert sd.main(["--old", old_file, "--new", new_file]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Breaking (1)",
        "  - enum Mode: removed pro",
        "Non-breaking (1)",
        "  - enum Mode: added 4k",
    ]
    assert sd.main(["--json", "--old", old_file, "--new", new_file]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["counts"] == {"breaking": 1, "non-breaking": 1}
    assert report["changes"][0] == {"kind": BREAK, "location": "enum Mode", "text": "removed pro"}


def test_cli_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["no-such-ref-xyz"], ["--", "-rf"], ["--old", str(tmp_path / "missing.yaml")]):
        with pytest.raises(SystemExit) as exc:
            sd.main(argv)
        assert exc.value.code == 2
    assert "not a git commit: no-such-ref-xyz" in capsys.readouterr().err


def test_cli_against_the_repository_spec_and_head() -> None:
    """Runs as ``make spec-diff`` does; HEAD may not hold the spec yet (then all is new)."""
    proc = subprocess.run([sys.executable, str(TOOL), "HEAD"], cwd=ROOT, capture_output=True,
                          text=True, check=False)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("Breaking (") and any(x.startswith("Non-breaking (") for x in lines)
