"""Control endpoints under ``/__sim`` (simulator only, no auth): config, reset, stats, health,
clock (``_timewarp``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ._config import ConfigError
from ._timewarp import clock_routes, rewind

if TYPE_CHECKING:
    from ._sim import Simulator


def _sim(request: Request) -> Simulator:
    sim: Simulator = request.app.state.simulator
    return sim


async def health(request: Request) -> Response:
    """GET /__sim/health: always ``{"status": "ok"}`` (readiness probe)."""
    return JSONResponse({"status": "ok"})


async def get_config(request: Request) -> Response:
    """GET /__sim/config: the current configuration (secret key redacted)."""
    return JSONResponse(_sim(request).config.to_dict())


async def post_config(request: Request) -> Response:
    """POST /__sim/config: merge a partial configuration; 400 ``{"error": ...}`` if invalid."""
    try:
        raw = json.loads(await request.body() or b"{}")
        if not isinstance(raw, dict):
            raise ConfigError("the configuration must be a JSON object")
        config = _sim(request).update_config(raw)
    except ValueError as exc:  # ConfigError and JSON errors
        return JSONResponse({"error": str(exc)}, status_code=400)
    return JSONResponse(config.to_dict())


async def reset(request: Request) -> Response:
    """POST /__sim/reset: drop all tasks and counters, restore the start-up configuration."""
    _sim(request).reset()
    rewind(_sim(request))
    return JSONResponse({"status": "reset"})


async def stats(request: Request) -> Response:
    """GET /__sim/stats: request counts, created tasks per external id, faults fired."""
    return JSONResponse(_sim(request).stats_dict())


def control_routes() -> list[BaseRoute]:
    """The ``/__sim`` routes."""
    return [
        Route("/__sim/health", health, methods=["GET"]),
        Route("/__sim/config", get_config, methods=["GET"]),
        Route("/__sim/config", post_config, methods=["POST"]),
        Route("/__sim/reset", reset, methods=["POST"]),
        Route("/__sim/stats", stats, methods=["GET"]),
        *clock_routes(),
    ]
