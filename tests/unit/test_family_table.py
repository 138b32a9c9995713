"""The family table is the spec's: a throw-away family added to a copy of the spec appears in the
table, in the generated typed resources and in the client's namespaces with no other edit; the
error table is the spec's too; kling_ext has no import cycle."""

from __future__ import annotations

import ast
import copy
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kling_ext import APIError, spec
from kling_ext._transport._error_map import error_from_envelope
from tools.gen_resources import render

ROOT = Path(__file__).resolve().parents[2]


def with_zoom_family(document: Any) -> dict[str, Any]:
    """A copy of the spec with one more family, ``zoom`` (create / get / list)."""
    doc: dict[str, Any] = copy.deepcopy(dict(document))
    doc["tags"].append(
        {
            "name": "zoom",
            "description": "Zoom into a still image (a family that does not exist).",
            "x-kling-family": {
                "namespace": "videos",
                "attribute": "zoom",
                "aliases": ["zoom-video"],
                "kind": "video",
                "standard": "legacy",
                "calls": "task",
                "resource": "video",
            },
        }
    )
    doc["components"]["schemas"]["ZoomRequest"] = {
        "type": "object",
        "required": ["image"],
        "properties": {
            "image": {"type": "string", "description": "The still image."},
            "factor": {"type": "integer", "minimum": 1, "maximum": 4},
            "mode": {"$ref": "#/components/schemas/VideoMode"},
        },
    }
    base = doc["paths"]["/v1/videos/text2video"]
    one = doc["paths"]["/v1/videos/text2video/{id}"]
    create = copy.deepcopy(base["post"]) | {"operationId": "createZoomTask", "tags": ["zoom"]}
    create["requestBody"] = {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ZoomRequest"}}},
    }
    listing = copy.deepcopy(base["get"]) | {"operationId": "listZoomTasks", "tags": ["zoom"]}
    get = copy.deepcopy(one["get"]) | {"operationId": "getZoomTask", "tags": ["zoom"]}
    doc["paths"]["/v1/videos/zoom"] = {"post": create, "get": listing}
    doc["paths"]["/v1/videos/zoom/{id}"] = {"get": get}
    return doc


def test_every_task_family_of_the_spec_is_in_the_table() -> None:
    tags = [t["name"] for t in spec.load_spec()["tags"] if "x-kling-family" in t]
    assert list(spec.FAMILIES) == [t for t in tags if spec.FAMILIES.get(t) is not None]
    t2v = spec.family("text2video")
    assert (t2v.key, t2v.path, t2v.kind, t2v.namespace, t2v.attribute) == (
        "text_to_video",
        "/v1/videos/text2video",
        "video",
        "videos",
        "text2video",
    )
    assert t2v.request_model == "TextToVideoRequest"
    assert t2v.operation("get").path == "/v1/videos/text2video/{id}"


def test_a_new_family_in_the_spec_is_in_the_table() -> None:
    table = spec.families_from_spec(with_zoom_family(spec.load_spec()))
    zoom = table["zoom"]
    assert zoom.is_task and zoom.path == "/v1/videos/zoom" and zoom.aliases == ("zoom-video",)
    assert zoom.operation("create").module_name == "create_zoom_task"
    assert zoom.request_model == "ZoomRequest"


@pytest.fixture
def zoom_resources(tmp_path: Path) -> Iterator[ModuleType]:
    """``kling_resources`` rendered from the modified spec and imported under another name."""
    doc = with_zoom_family(spec.load_spec())
    tasks = {k: f for k, f in spec.families_from_spec(doc).items() if f.is_task}
    path = tmp_path / "zoom_resources.py"
    path.write_text(render(doc, tasks))
    loader = importlib.util.spec_from_file_location("zoom_resources", path)
    assert loader is not None and loader.loader is not None
    module = importlib.util.module_from_spec(loader)
    sys.modules["zoom_resources"] = module
    try:
        loader.loader.exec_module(module)
        yield module
    finally:
        del sys.modules["zoom_resources"]


def test_a_new_family_gets_typed_resources_and_a_client_attribute(
    zoom_resources: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = Path(zoom_resources.__file__ or "").read_text()
    assert "class Zoom(TaskResource):" in source and "class AsyncZoom(AsyncTaskResource):" in source
    assert "        factor: int | None = None,\n" in source
    assert "        mode: VideoMode | None = None,\n" in source
    table = spec.families_from_spec(with_zoom_family(spec.load_spec()))
    monkeypatch.setitem(spec.FAMILIES._data, "zoom", table["zoom"])  # type: ignore[attr-defined]
    videos = zoom_resources.Videos(client=object())
    assert videos.zoom.family is table["zoom"] and videos.text2video.family.key == "text_to_video"


def test_the_committed_resources_are_what_the_spec_renders() -> None:
    tasks = dict(spec.FAMILIES)
    rendered = render(spec.load_spec(), tasks)
    committed = (ROOT / "generated" / "kling_resources" / "__init__.py").read_text()
    names = sorted(f.attribute for f in tasks.values())
    for name in names:
        assert f"self.{name} = " in committed and f"self.{name} = " in rendered


@pytest.mark.parametrize("row", list(spec.error_codes().values()), ids=lambda r: str(r.code))
def test_each_code_raises_the_class_its_spec_row_names(row: spec.ErrorCode) -> None:
    error = error_from_envelope(row.http_status, {"code": row.code, "message": "m"})
    if row.error is None:
        assert type(error) is APIError  # code 0 is not an error: nothing more specific applies
    else:
        assert type(error).__name__ == row.error
        assert error.retryable is row.retryable


def _imports(path: Path, package: str) -> set[str]:
    """Modules of ``kling_ext`` that ``path`` imports (TYPE_CHECKING and local imports too)."""
    module = package + "." + ".".join(path.relative_to(ROOT / "kling_ext").with_suffix("").parts)
    module = module.removesuffix(".__init__")
    parent = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = parent
            for _ in range(node.level - 1):
                base = base.rsplit(".", 1)[0]
            target = (
                (base + ("." + node.module if node.module else ""))
                if node.level
                else node.module or ""
            )
            names = [f"{target}.{a.name}" for a in node.names]
            found |= {n for n in [target, *names] if n.startswith(package)}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith(package)}
    return found


def test_kling_ext_has_no_import_cycle() -> None:
    files = {
        (
            "kling_ext." + ".".join(p.relative_to(ROOT / "kling_ext").with_suffix("").parts)
        ).removesuffix(".__init__"): p
        for p in (ROOT / "kling_ext").rglob("*.py")
    }
    graph = {
        m: {i for i in _imports(p, "kling_ext") if i in files and i != m} for m, p in files.items()
    }
    # The package __init__ files only re-export: an edge into one is an edge into the module the
    # name comes from, which the graph already has.
    graph = {m: {i for i in deps if files[i].name != "__init__.py"} for m, deps in graph.items()}
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                pytest.fail("import cycle: " + " -> ".join([*trail, node, nxt]))
            if nxt not in state:
                visit(nxt, [*trail, node])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [])
