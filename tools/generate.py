"""Regenerate ``generated/`` from ``openapi/kling.yaml``; or check that it is up to date.

Usage::

    python tools/generate.py            # delete and regenerate generated/
    python tools/generate.py --check    # regenerate into a temporary folder and diff

The output is openapi-python-client's package ``kling_api``, the typed per-family resources
``kling_resources`` (rendered by ``tools/gen_resources.py`` from the spec's family table), and
three files that this step adds:
``py.typed``, ``_openapi.json`` (the spec as JSON, read by ``kling_ext`` for validation) and
``generated/PROVENANCE.json`` (generator version and the spec's sha256). Nothing in ``generated/``
is edited by hand.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "kling.yaml"
CONFIG = ROOT / "openapi" / "generator-config.yaml"
GENERATED = ROOT / "generated"
PACKAGE = "kling_api"
RESOURCES = "kling_resources"
FAMILIES_MODULE = ROOT / "kling_ext" / "_spec" / "_families.py"
README = """# generated/ — do not edit

Everything in this folder is produced by `make generate` from `openapi/kling.yaml` with
openapi-python-client (configuration in `openapi/generator-config.yaml`). CI regenerates it and
fails on any difference (`make check-generated`). To change it, change the spec, the generator
configuration or the templates, then run `make generate`.
"""


def generate(out: Path) -> None:
    """Write a complete ``generated/`` tree into the empty or absent folder ``out``."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    package_dir = out / PACKAGE
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    # Post-hooks run inside the output folder: keep the repository's ruff config out of it.
    env["RUFF_NO_CACHE"] = "true"
    proc = subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(SPEC),
            "--config",
            str(CONFIG),
            "--meta",
            "none",
            "--output-path",
            str(package_dir),
            "--fail-on-warning",
        ],
        cwd=out,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0 or "Warning" in proc.stdout:
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {proc.returncode})")
    for cache in out.rglob(".ruff_cache"):
        shutil.rmtree(cache)
    (package_dir / "py.typed").write_text("")
    spec_text = SPEC.read_bytes()
    spec = yaml.safe_load(spec_text)
    (package_dir / "_openapi.json").write_text(
        json.dumps(spec, indent=None, separators=(",", ":")) + "\n"
    )
    provenance = {
        "generator": "openapi-python-client",
        "generator_version": version("openapi-python-client"),
        "spec": "openapi/kling.yaml",
        "spec_sha256": hashlib.sha256(spec_text).hexdigest(),
        "spec_version": spec["info"]["version"],
        "config": "openapi/generator-config.yaml",
        "config_sha256": hashlib.sha256(CONFIG.read_bytes()).hexdigest(),
    }
    (out / "PROVENANCE.json").write_text(json.dumps(provenance, indent=2) + "\n")
    write_resources(json.loads(json.dumps(spec)), out / RESOURCES, env, bin_dir)
    (out / "README.md").write_text(README)


def write_resources(spec: dict[str, Any], folder: Path, env: dict[str, str], bin_dir: Path) -> None:
    """Render the typed per-family resources (tools/gen_resources.py) and format them."""
    sys.path.insert(0, str(ROOT))
    from tools.gen_resources import render

    # The family table's reader, loaded on its own: kling_ext itself may not import yet.
    loader = importlib.util.spec_from_file_location("_kling_families", FAMILIES_MODULE)
    assert loader is not None and loader.loader is not None
    module = importlib.util.module_from_spec(loader)
    sys.modules[loader.name] = module  # dataclasses look their module up while building
    loader.loader.exec_module(module)
    families_from_spec = module.families_from_spec
    tasks = {k: f for k, f in families_from_spec(spec).items() if f.is_task or f.calls_named}
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "__init__.py").write_text(render(spec, tasks))
    (folder / "py.typed").write_text("")
    ruff = str(bin_dir / "ruff")
    for args in (
        [
            "check",
            ".",
            "--isolated",
            "--target-version",
            "py311",
            "--fix-only",
            "--select",
            "F,I,UP",
        ],
        ["format", ".", "--isolated", "--target-version", "py311", "--line-length", "100"],
    ):
        subprocess.run([ruff, *args, "--quiet"], cwd=folder, env=env, check=True)
    for cache in folder.rglob(".ruff_cache"):
        shutil.rmtree(cache)


def differences(committed: Path, fresh: Path) -> list[str]:
    """Relative paths that differ between two trees (added, removed or changed), byte for byte."""

    def files(root: Path) -> dict[str, bytes]:
        return {
            p.relative_to(root).as_posix(): p.read_bytes()
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and ".ruff_cache" not in p.parts
        }

    old, new = files(committed) if committed.exists() else {}, files(fresh)
    found = [f"{name} (missing from the committed copy)" for name in new.keys() - old.keys()]
    found += [f"{name} (not produced by the spec)" for name in old.keys() - new.keys()]
    found += [
        f"{name} (content differs)" for name in old.keys() & new.keys() if old[name] != new[name]
    ]
    return sorted(found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is stale")
    args = parser.parse_args()
    if not args.check:
        generate(GENERATED)
        print(f"generated/ regenerated from {SPEC.relative_to(ROOT)}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated"
        generate(fresh)
        diff = differences(GENERATED, fresh)
    if diff:
        print("generated/ is not what the spec produces. Run `make generate` and commit.")
        for line in diff:
            print(f"  generated/{line}")
        return 1
    print("generated/ matches openapi/kling.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
