"""kling_cli stands on kling_ext's public surface: no private import, no import cycle among its own
modules; and its commands come from the family table (a throw-away family in a spec copy becomes a
command with no code edit)."""

from __future__ import annotations

import ast
from pathlib import Path

import click.testing
import pytest

from kling_cli._app import build_cli
from kling_ext import spec
from tests.unit.test_family_table import with_zoom_family

CLI = Path(__file__).resolve().parents[2] / "kling_cli"


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) of every import in ``path``, TYPE_CHECKING and local ones included."""
    found: list[tuple[str, list[str]]] = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            module = ("." * node.level) + (node.module or "")
            found.append((module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(a.name, []) for a in node.names]
    return found


@pytest.mark.parametrize("path", sorted(CLI.glob("*.py")), ids=lambda p: p.name)
def test_no_private_name_of_kling_ext_is_imported(path: Path) -> None:
    for module, names in _imports(path):
        if module.split(".")[0] != "kling_ext":
            continue
        parts = module.split(".")
        assert not any(p.startswith("_") for p in parts), f"{path.name} imports {module}"
        private = [n for n in names if n.startswith("_") and not n.endswith("__")]
        assert not private, f"{path.name}: {module} {private}"


def test_kling_cli_has_no_import_cycle() -> None:
    modules = {p.stem for p in CLI.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for path in CLI.glob("*.py"):
        deps: set[str] = set()
        for module, names in _imports(path):
            if module.startswith(".") and module.strip("."):
                deps.add(module.strip("."))
            elif module == ".":
                deps |= {n for n in names if n in modules}
            elif module.startswith("kling_cli."):
                deps.add(module.split(".", 1)[1])
        graph[path.stem] = deps & modules - {path.stem}
    state: dict[str, int] = {}

    def visit(node: str, trail: tuple[str, ...]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            assert state.get(nxt) != 1, "import cycle: " + " -> ".join((*trail, node, nxt))
            if nxt not in state:
                visit(nxt, (*trail, node))
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, ())


def test_a_new_family_in_the_spec_becomes_a_command() -> None:
    table = {k: f for k, f in spec.families_from_spec(with_zoom_family(spec.load_spec())).items()}
    tasks = {k: f for k, f in table.items() if f.is_task}
    runner = click.testing.CliRunner()
    cli = build_cli(tasks)
    shown = runner.invoke(cli, ["--help"], prog_name="kling").output
    shown += "".join(
        runner.invoke(cli, [name, "--help"], prog_name="kling").output
        for name in ("video", "videos", "create")
    )
    assert "zoom-video" in shown, shown
    assert "zoom-video" not in runner.invoke(build_cli(), ["--help"], prog_name="kling").output
