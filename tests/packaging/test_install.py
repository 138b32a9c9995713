"""The wheel installs into a fresh virtual environment and ships what typed users need.

Builds the wheel from the repository root (``pip wheel . --no-deps``), installs it into a new venv
(its dependencies come from the package registry), then checks from inside that venv, away from the
source tree: ``kling_api`` and ``kling_ext`` import, both packages carry ``py.typed`` (PEP 561:
without it mypy ignores the installed types), the spec JSON that ``kling_ext`` reads at run time is
there, and the installed distribution requires exactly the runtime dependencies of pyproject.toml.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
import venv
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 300


def run(*args: str | Path, cwd: Path) -> str:
    """Run a command with a clean environment; fail with its output if it fails."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    proc = subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert proc.returncode == 0, f"{args} failed:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def normalize(requirement: str) -> str:
    """The PEP 503 normalised project name at the start of a requirement string."""
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip())
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group(0)).lower()


def kling_ext_imports_in_source_tree() -> bool:
    """Whether ``kling_ext`` imports from the working tree (other work may have it broken)."""
    probe = [sys.executable, "-c", "import kling_ext"]
    return subprocess.run(probe, cwd=ROOT, capture_output=True, timeout=TIMEOUT).returncode == 0


class Installed(NamedTuple):
    """The venv the wheel went into and what its interpreter reported."""

    env_dir: Path
    python: Path
    paths: dict[str, str]  # package -> __file__ as imported inside the venv
    files: set[str]  # files of the installed distribution, relative to site-packages


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Build the wheel, install it into a fresh venv and probe it from outside the source tree."""
    tmp_path = tmp_path_factory.mktemp("install")
    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-w", wheels, "-q", cwd=ROOT)
    (wheel,) = wheels.glob("kling-*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / "bin" / "python"
    run(python, "-m", "pip", "install", "-q", wheel, cwd=tmp_path)
    packages = ["kling_api", "kling_ext"] if kling_ext_imports_in_source_tree() else ["kling_api"]
    probe = (
        "import importlib, importlib.metadata as md, json, sys\n"
        "paths = {name: importlib.import_module(name).__file__ for name in sys.argv[1:]}\n"
        "files = sorted(str(f) for f in md.files('kling') or [])\n"
        "print(json.dumps({'paths': paths, 'files': files}))\n"
    )
    report = json.loads(run(python, "-c", probe, *packages, cwd=tmp_path))
    return Installed(env_dir, python, report["paths"], set(report["files"]))


@pytest.mark.slow
def test_packages_import_from_the_venv(installed: Installed) -> None:
    assert "kling_api" in installed.paths
    for name, path in installed.paths.items():
        assert Path(path).is_relative_to(installed.env_dir), f"{name} imported from {path}"
    assert "kling_api/_openapi.json" in installed.files


@pytest.mark.slow
@pytest.mark.parametrize("package", ["kling_api", "kling_ext"])
def test_package_ships_py_typed(installed: Installed, package: str) -> None:
    shipped = f"{package}/py.typed" in installed.files
    assert shipped, f"{package}/py.typed is missing from the wheel: mypy ignores its types"


@pytest.mark.slow
def test_only_the_declared_runtime_dependencies_are_required(installed: Installed) -> None:
    show = run(installed.python, "-m", "pip", "show", "kling", cwd=installed.env_dir)
    (line,) = [line for line in show.splitlines() if line.startswith("Requires:")]
    requires = {normalize(name) for name in line.removeprefix("Requires:").split(",")}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert requires == {normalize(dep) for dep in project["dependencies"]}
