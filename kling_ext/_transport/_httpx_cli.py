"""httpx without its command line: ``import httpx`` stops importing click, rich and pygments.

httpx's ``__init__`` runs ``from ._main import main`` for its ``httpx`` console command, and
``httpx._main`` imports click, rich and pygments at the top whenever they are installed (our
``cli`` extra installs them): about 40 % of ``import httpx``, for a command line the library never
runs (bench/README.md, figure 6). :func:`defer_httpx_cli`, called before httpx is first imported,
puts a one-shot finder on ``sys.meta_path`` that answers that import with a stand-in module: its
``main`` imports the real ``httpx._main`` when called, and any other attribute loads the real
module on first access, so ``httpx.main()`` and ``httpx._main`` keep working.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import types
from collections.abc import Sequence
from typing import Any

NAME = "httpx._main"


class _DeferredMain(types.ModuleType):
    """Stands for ``httpx._main`` until something other than ``main`` is asked of it."""

    def __getattr__(self, name: str) -> Any:  # called only for attributes it does not have
        if name.startswith("__"):  # the import system probes __path__ and friends
            raise AttributeError(name)
        return getattr(load_real(), name)


def load_real() -> types.ModuleType:
    """The real ``httpx._main`` (imported now if the stand-in is still registered)."""
    if isinstance(sys.modules.get(NAME), _DeferredMain):
        del sys.modules[NAME]
    return importlib.import_module(NAME)


def main(*args: Any, **kwargs: Any) -> Any:
    """httpx's command line, imported on first call."""
    try:
        real = load_real()
    except ImportError:  # httpx prints the same advice when its CLI dependencies are missing
        raise SystemExit(
            "The httpx command line client could not run because the required dependencies were"
            " not installed.\nMake sure you've installed everything with: pip install 'httpx[cli]'"
        ) from None
    return real.main(*args, **kwargs)


class _Finder:
    """Answers the first import of ``httpx._main`` with the stand-in, then removes itself."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != NAME:
            return None
        sys.meta_path.remove(self)  # one shot: the real module is found normally from now on
        return importlib.machinery.ModuleSpec(NAME, self)  # type: ignore[arg-type]

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return _DeferredMain(NAME, "httpx's command line, imported on first use (kling_ext)")

    def exec_module(self, module: types.ModuleType) -> None:
        module.main = main  # type: ignore[attr-defined]


def defer_httpx_cli() -> None:
    """Install the finder, unless httpx (or its command line) is already imported."""
    if "httpx" in sys.modules or NAME in sys.modules:
        return
    if not any(isinstance(finder, _Finder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
