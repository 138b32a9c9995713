"""``import kling_ext`` keeps httpx's command line (click, rich, pygments) out of the process."""

from __future__ import annotations

import subprocess
import sys
import types

import pytest

from kling_ext._transport import _httpx_cli
from kling_ext._transport._httpx_cli import NAME, defer_httpx_cli


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )


def test_the_library_never_imports_the_cli_packages() -> None:
    done = _python(
        "import sys, kling_ext, httpx\n"
        "from kling_ext import AsyncKling, Kling\n"
        "Kling(access_key='ak', secret_key='s' * 32).close()\n"
        "print(sorted(m for m in ('click', 'rich', 'pygments') if m in sys.modules))\n"
        "print(httpx._main.print_help.__module__, 'rich' in sys.modules)\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "httpx._main True"]  # loaded when asked for


def test_httpx_main_still_runs_the_real_command_line() -> None:
    done = _python("import sys, kling_ext, httpx\nsys.argv = ['httpx', '--help']\nhttpx.main()")
    assert done.returncode == 0, done.stderr
    assert "HTTPX" in done.stdout


def test_nothing_is_installed_once_httpx_is_imported() -> None:
    before = list(sys.meta_path)
    defer_httpx_cli()  # httpx is imported in this process
    assert sys.meta_path == before


def test_the_finder_is_installed_once_and_answers_only_httpx_main(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(sys.modules, "httpx")
    monkeypatch.delitem(sys.modules, NAME, raising=False)
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    defer_httpx_cli()
    defer_httpx_cli()
    finders = [f for f in sys.meta_path if isinstance(f, _httpx_cli._Finder)]
    assert len(finders) == 1
    finder = finders[0]
    assert finder.find_spec("httpx._models", None) is None
    spec = finder.find_spec(NAME, None)
    assert spec is not None
    assert finder not in sys.meta_path  # one shot
    module = finder.create_module(spec)
    finder.exec_module(module)
    assert module.main is _httpx_cli.main
    with pytest.raises(AttributeError):
        module.__path__  # noqa: B018 - the import system's probe must not load the real module


def test_any_other_attribute_loads_the_real_module(monkeypatch: pytest.MonkeyPatch) -> None:
    stand_in = _httpx_cli._DeferredMain(NAME)
    monkeypatch.setitem(sys.modules, NAME, stand_in)
    assert callable(stand_in.print_help)
    assert not isinstance(sys.modules[NAME], _httpx_cli._DeferredMain)


def test_main_passes_its_arguments_to_the_real_one(monkeypatch: pytest.MonkeyPatch) -> None:
    real = types.SimpleNamespace(main=lambda *a, **k: (a, k))
    monkeypatch.setattr(_httpx_cli, "load_real", lambda: real)
    assert _httpx_cli.main(1, x=2) == ((1,), {"x": 2})


def test_main_without_the_cli_dependencies_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing() -> types.ModuleType:
        raise ImportError("No module named 'click'")

    monkeypatch.setattr(_httpx_cli, "load_real", missing)
    with pytest.raises(SystemExit, match=r"httpx\[cli\]"):
        _httpx_cli.main()


def test_the_real_module_once_loaded_is_returned_as_is() -> None:
    real = _httpx_cli.load_real()
    assert _httpx_cli.load_real() is real
    assert not isinstance(real, _httpx_cli._DeferredMain)


def test_lazy_names_are_listed_and_resolve_to_their_modules() -> None:
    import kling_ext
    from kling_ext._transport._redact import redact_text

    assert {"Kling", "AsyncKling", "redact", "REGIONS"} <= set(dir(kling_ext))
    assert kling_ext.redact is redact_text  # a public name that differs from its module's
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        kling_ext.nope  # noqa: B018


def test_import_kling_ext_alone_imports_neither_httpx_nor_the_spec() -> None:
    done = _python(
        "import sys, kling_ext\n"
        "print(sorted(m for m in ('httpx', 'anyio', 'kling_api', 'importlib.resources')"
        " if m in sys.modules))"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
