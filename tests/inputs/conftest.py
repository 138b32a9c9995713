"""Fixtures of the input tests: both clients, a strict respx router, a fake clock (as in
``tests/client``), and small media files of every format the spec names."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import respx

from tests.client._fakes import MODES, FakeTime, new_router


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    """``"sync"`` or ``"async"``: each test body runs on ``Kling`` and on ``AsyncKling``."""
    value: str = request.param
    return value


@pytest.fixture
def router() -> Iterator[respx.Router]:
    """A router that refuses unmatched requests and fails on routes never called."""
    r = new_router()
    yield r
    r.assert_all_called()


@pytest.fixture
def time() -> FakeTime:
    """A fake monotonic clock whose sleeps advance it."""
    return FakeTime()
