"""Shared test settings. Service fixtures (Prism, the simulator) live in the conftest of the
folders that need them (tests/contract, tests/reliability)."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

# No deadlines: CI runs on 2 shared cores, and a slow example is not a failing one.
settings.register_profile(
    "kling", deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.register_profile("ci", parent=settings.get_profile("kling"), derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "kling")


@pytest.fixture
def anyio_backend() -> str:
    """Async tests run on asyncio (the backend httpx users have)."""
    return "asyncio"
