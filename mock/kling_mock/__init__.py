"""kling_mock: a stateful local simulator of the Kling AI API, for tests, demos and CI.

Run it with ``kling-mock`` / ``python -m kling_mock``, or build it in-process::

    clock = ManualClock()
    app = create_app({"succeed_after": 2.0}, clock=clock, sleep=clock.sleep)
    async with httpx.AsyncClient(transport=SimulatorTransport(app), base_url="http://sim") as c:
        ...

The configuration and the fault modes: ``kling_mock.SimulatorConfig`` / ``FaultRule`` (``kling-mock
--help`` lists them); the ``/__sim`` control endpoints: ``kling_mock.KlingMock``.
For users' own tests: ``serve()`` / ``in_process()`` (any framework) and the pytest fixtures of
``kling_mock.pytest_plugin`` (``kling_mock_server``, ``kling_client``, ``async_kling_client``).

The names that need the ``[mock]`` extra (starlette, uvicorn) load on first use, so importing the
package (and its pytest plugin) works without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.applications import Starlette

    from ._app import create_app
    from ._callbacks import CallbackSender
    from ._clock import ManualClock
    from ._config import (
        DEFAULT_ACCESS_KEY,
        DEFAULT_API_KEY,
        DEFAULT_SECRET_KEY,
        ConfigError,
        FaultRule,
        SimulatorConfig,
    )
    from ._inprocess import InProcessTransport
    from ._media import mp4_bytes, png_bytes
    from ._serve import KlingMock, in_process, serve
    from ._sim import FAIL_MARKER, Simulator
    from ._sound import mp3_bytes, wav_bytes
    from ._storms import billing_storm
    from ._wire import DroppedConnection, SimulatorTransport

# Every name loads on first use (PEP 562): pytest imports this package for its plugin in every
# run of a project that has kling installed, which must stay cheap and work without the extra.
_LAZY = {
    "create_app": "._app",
    "CallbackSender": "._callbacks",
    "ManualClock": "._clock",
    "DEFAULT_ACCESS_KEY": "._config",
    "DEFAULT_API_KEY": "._config",
    "DEFAULT_SECRET_KEY": "._config",
    "ConfigError": "._config",
    "FaultRule": "._config",
    "SimulatorConfig": "._config",
    "InProcessTransport": "._inprocess",
    "mp4_bytes": "._media",
    "png_bytes": "._media",
    "KlingMock": "._serve",
    "in_process": "._serve",
    "serve": "._serve",
    "FAIL_MARKER": "._sim",
    "Simulator": "._sim",
    "mp3_bytes": "._sound",
    "wav_bytes": "._sound",
    "billing_storm": "._storms",
    "DroppedConnection": "._wire",
    "SimulatorTransport": "._wire",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kling_mock' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "DEFAULT_ACCESS_KEY",
    "DEFAULT_API_KEY",
    "DEFAULT_SECRET_KEY",
    "FAIL_MARKER",
    "CallbackSender",
    "ConfigError",
    "DroppedConnection",
    "FaultRule",
    "InProcessTransport",
    "KlingMock",
    "ManualClock",
    "Simulator",
    "SimulatorConfig",
    "SimulatorTransport",
    "billing_storm",
    "create_app",
    "in_process",
    "mp3_bytes",
    "mp4_bytes",
    "png_bytes",
    "serve",
    "simulator_of",
    "wav_bytes",
]


def simulator_of(app: Starlette) -> Simulator:
    """The Simulator inside an app made by ``create_app`` (stats, store, drain, reset)."""
    from ._sim import Simulator

    sim = app.state.simulator
    if not isinstance(sim, Simulator):
        raise TypeError("not a kling_mock app")
    return sim
