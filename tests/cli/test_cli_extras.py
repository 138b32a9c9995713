"""Packaging: the console scripts of pyproject.toml without their extra name it and exit 2, and
their ``--help`` points only at things the wheel installs.

Each script runs in a subprocess exactly as ``[project.scripts]`` names it, with the extra's
modules hidden by a meta-path finder that raises ``ModuleNotFoundError`` (as if not installed).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import click
import pytest

import kling_mock
from kling_cli._app import cli

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SCRIPTS: dict[str, str] = PYPROJECT["project"]["scripts"]
WHEEL_PACKAGES: list[str] = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"]

HIDE = """
import importlib.abc, sys
HIDDEN = set(sys.argv.pop(1).split(","))
class Hide(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HIDDEN:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, Hide())
for name in [m for m in sys.modules if m.split(".")[0] in HIDDEN]:
    del sys.modules[name]
"""
# Paths of the repository that are not in the wheel: a help text must not send users there.
REPO_PATH = re.compile(r"\b(?:mock|docs|openapi|tests|tools|bench)/|\b[\w-]+\.md\b")


def script(name: str, *args: str, hidden: str) -> subprocess.CompletedProcess[str]:
    """Run the console script ``name`` with the modules ``hidden`` (comma-separated) missing."""
    module, _, func = SCRIPTS[name].partition(":")
    code = f"{HIDE}\nsys.argv[0] = {name!r}\nfrom {module} import {func}\n{func}()"
    return subprocess.run(
        [sys.executable, "-c", code, hidden, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("missing", ["click", "rich"])
def test_kling_without_the_cli_extra_names_it(missing: str) -> None:
    result = script("kling", "--help", hidden=missing)
    assert result.returncode == 2, result.stderr
    assert result.stderr == f'kling: the command line needs {missing}: pip install "kling[cli]"\n'
    assert result.stdout == ""


def test_kling_mock_without_the_mock_extra_names_it() -> None:
    result = script("kling-mock", "--port", "0", hidden="uvicorn,starlette")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert re.fullmatch(
        r"kling-mock: the simulator needs (uvicorn|starlette): pip install 'kling\[mock\]'\n",
        result.stderr,
    )


def test_kling_mock_help_works_without_the_extra_and_names_no_repository_file() -> None:
    result = script("kling-mock", "--help", hidden="uvicorn,starlette")
    assert result.returncode == 0, result.stderr
    assert "--config FILE" in result.stdout and "succeed_after" in result.stdout
    assert "late_commit" in result.stdout  # the fault kinds, from the code
    assert REPO_PATH.findall(result.stdout) == []
    assert "pydoc kling_mock.SimulatorConfig" in result.stdout  # a name the wheel installs
    assert kling_mock.SimulatorConfig.__module__ == "kling_mock._config"


def test_serve_without_the_mock_extra_names_it() -> None:
    code = "import kling_mock\nkling_mock.serve"
    result = subprocess.run(
        [sys.executable, "-c", f"{HIDE}\n{code}", "starlette"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert (
        "ModuleNotFoundError: kling_mock.serve() and in_process() need starlette" in result.stderr
    )
    assert "pip install 'kling[mock]'" in result.stderr


def _help_texts(command: click.Command, parent: click.Context | None = None) -> list[str]:
    ctx = click.Context(command, info_name=command.name, parent=parent)
    texts = [command.get_help(ctx)]
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            texts += _help_texts(sub, ctx)
    return texts


def test_kling_help_names_no_repository_file() -> None:
    texts = _help_texts(cli)
    assert len(texts) > 50
    assert [found for text in texts for found in REPO_PATH.findall(text)] == []


def test_the_scripts_modules_are_in_the_wheel() -> None:
    """Every console script, and the pytest plugin, is importable from a package the wheel
    ships (hatch puts every file of those folders in the wheel, the package data included)."""
    shipped = {Path(p).name: ROOT / p for p in WHEEL_PACKAGES}
    targets = [*SCRIPTS.values(), *PYPROJECT["project"]["entry-points"]["pytest11"].values()]
    for target in targets:
        package, *rest = target.partition(":")[0].split(".")
        assert package in shipped, target
        assert (shipped[package].joinpath(*rest[:-1]) / f"{rest[-1]}.py").is_file(), target
    assert (shipped["kling_mock"] / "py.typed").is_file()
