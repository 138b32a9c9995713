"""The fixtures of every command-line test: the environment and client of
:func:`tests.cli.cli_support.setup` (for every test), and a respx router on the fake base URL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import respx

from tests.cli.cli_support import BASE, setup


@pytest.fixture(autouse=True)
def _cli_env(monkeypatch: pytest.MonkeyPatch) -> None:
    setup(monkeypatch)


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    """Routes on the fake base URL; unmatched requests and routes never called fail the test."""
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        yield router
