"""A fresh user project for ``pytester``: strict settings, run in a new interpreter.

Plugin autoloading is off so the dev environment's heavy plugins (schemathesis, hypothesis) stay
out, and the two plugins a ``kling[mock]`` user has are named: ours (installed, its ``pytest11``
entry point loads it) and anyio's (httpx depends on anyio).
"""

from __future__ import annotations

import pytest

STRICT_INI = """
[pytest]
addopts = -p no:cacheprovider --strict-markers
filterwarnings = error
"""
PLUGINS = ("-p", "kling_mock.pytest_plugin", "-p", "anyio.pytest_plugin")


def run_user_tests(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, *args: str
) -> pytest.RunResult:
    """Run the project's tests as the user would."""
    pytester.makeini(STRICT_INI)
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    return pytester.runpytest_subprocess(*PLUGINS, *args, timeout=120)
