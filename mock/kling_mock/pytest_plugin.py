"""pytest fixtures that test code using kling against the Kling simulator (no real API, no cost).

Installed with ``pip install 'kling[mock]'`` (the ``pytest11`` entry point loads this module), or
listed by hand: ``pytest_plugins = ["kling_mock.pytest_plugin"]`` / ``pytest -p
kling_mock.pytest_plugin``.

* ``kling_mock_server``: a :class:`~kling_mock.KlingMock`, the real simulator over HTTP on
  127.0.0.1 (a free port), started once per session and reset before each test. Its controls:
  ``fail_tasks()``, ``stall_tasks()``, ``limit_concurrency(0)`` (1303), ``add_fault(...)``,
  ``jump(seconds)``, ``configure(...)``, ``stats()``.
* ``kling_client`` / ``async_kling_client``: a ``Kling`` / ``AsyncKling`` pointed at it with its
  fake API key; they poll fast and do not retry, so an injected refusal reaches the code at once.
* ``kling_mock_env``: ``KLING_API_KEY`` and ``KLING_BASE_URL`` set for code that builds its own
  client from the environment.
* ``kling_mock_config``: override it (session scope) to change the start-up configuration.

Only pytest is imported here: the simulator loads when a fixture is first used.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from kling_ext import AsyncKling, Kling

    from ._serve import KlingMock

FAST_TASKS: dict[str, Any] = {"processing_after": 0.05, "succeed_after": 0.2}
"""The default start-up configuration: tasks succeed 0.2 s after they are created."""


def client_options() -> dict[str, Any]:
    """The options of the fixture clients: quick polls, no retries."""
    from kling_ext import PollSchedule

    return {"max_retries": 0, "poll_schedule": PollSchedule(initial=0.05, cap=0.5)}


def _serve() -> Any:
    try:
        from ._serve import serve
    except ModuleNotFoundError as exc:  # starlette or uvicorn
        missing = (exc.name or "starlette").partition(".")[0]
        raise pytest.UsageError(
            f"the kling_mock fixtures need the [mock] extra ({missing} is missing): "
            "pip install 'kling[mock]'"
        ) from None
    return serve


@pytest.fixture(scope="session")
def kling_mock_config() -> dict[str, Any]:
    """The simulator's start-up configuration (JSON form); every reset returns to it."""
    return dict(FAST_TASKS)


@pytest.fixture(scope="session")
def kling_mock_session(kling_mock_config: dict[str, Any]) -> Iterator[KlingMock]:
    """The simulator of the whole session (not reset: prefer ``kling_mock_server``)."""
    with _serve()(port=0, config=kling_mock_config) as mock:
        yield mock


@pytest.fixture
def kling_mock_server(kling_mock_session: KlingMock) -> KlingMock:
    """The session's simulator, reset: no tasks, no controls, the clock back where it was."""
    kling_mock_session.reset()
    return kling_mock_session


@pytest.fixture
def kling_client(kling_mock_server: KlingMock) -> Iterator[Kling]:
    """A ``Kling`` pointed at the simulator (closed after the test)."""
    with kling_mock_server.client(**client_options()) as client:
        yield client


@pytest.fixture
def async_kling_client(kling_mock_server: KlingMock) -> Iterator[AsyncKling]:
    """An ``AsyncKling`` pointed at the simulator, for any async plugin (anyio, pytest-asyncio):
    it keeps no connection between requests, so it is closed after the test on a loop of its own."""
    client = kling_mock_server.async_client(**client_options())
    yield client
    loop = asyncio.new_event_loop()  # not set as the thread's loop: an async plugin may own that
    try:
        loop.run_until_complete(client.close())
    finally:
        loop.close()


@pytest.fixture
def kling_mock_env(kling_mock_server: KlingMock, monkeypatch: pytest.MonkeyPatch) -> KlingMock:
    """``KLING_API_KEY`` and ``KLING_BASE_URL`` point at the simulator (AK/SK variables unset)."""
    monkeypatch.setenv("KLING_API_KEY", kling_mock_server.api_key)
    monkeypatch.setenv("KLING_BASE_URL", kling_mock_server.base_url)
    for name in ("KLING_ACCESS_KEY", "KLING_SECRET_KEY", "KLING_REGION"):
        monkeypatch.delenv(name, raising=False)
    return kling_mock_server
