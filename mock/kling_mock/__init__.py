"""kling_mock: a stateful local simulator of the Kling AI API, for tests, demos and CI.

Run it with ``kling-mock`` / ``python -m kling_mock``, or build it in-process::

    clock = ManualClock()
    app = create_app({"succeed_after": 2.0}, clock=clock, sleep=clock.sleep)
    async with httpx.AsyncClient(transport=SimulatorTransport(app), base_url="http://sim") as c:
        ...

See mock/README.md for the configuration, the ``/__sim`` control endpoints and the fault modes.
"""

from __future__ import annotations

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
from ._media import mp4_bytes, png_bytes
from ._sim import FAIL_MARKER, Simulator
from ._sound import mp3_bytes, wav_bytes
from ._wire import DroppedConnection, SimulatorTransport

__all__ = [
    "DEFAULT_ACCESS_KEY",
    "DEFAULT_API_KEY",
    "DEFAULT_SECRET_KEY",
    "FAIL_MARKER",
    "CallbackSender",
    "ConfigError",
    "DroppedConnection",
    "FaultRule",
    "ManualClock",
    "Simulator",
    "SimulatorConfig",
    "SimulatorTransport",
    "create_app",
    "mp3_bytes",
    "mp4_bytes",
    "png_bytes",
    "simulator_of",
    "wav_bytes",
]


def simulator_of(app: Starlette) -> Simulator:
    """The Simulator inside an app made by ``create_app`` (stats, store, drain, reset)."""
    sim = app.state.simulator
    if not isinstance(sim, Simulator):
        raise TypeError("not a kling_mock app")
    return sim
