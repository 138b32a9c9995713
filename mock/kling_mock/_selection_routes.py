"""The routes of the multi-elements selection calls (see :mod:`kling_mock._selection`)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from . import _selection as sel
from ._app import _json_body, api, sim_of
from ._checks import RequestInvalid
from ._sim import Simulator
from ._wire import envelope


def _body(raw: object) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise RequestInvalid("request body must be a JSON object", code=1200)
    return raw


def _base(request: Request) -> str:
    sim = sim_of(request)
    return (sim.config.public_base_url or str(request.base_url)).rstrip("/")


def _source_seconds(sim: Simulator, body: dict[str, Any]) -> float:
    video_id = body.get("video_id")
    source = sim.store.video(video_id) if isinstance(video_id, str) else None
    return float(source.duration) if source is not None else 5.0


@api("call", "initMultiElementsSelection", None)
async def init_selection(request: Request) -> Response:
    """POST .../init-selection: a new session on the video (5 s unless a known Kling video)."""
    sim = sim_of(request)
    body = _body(await _json_body(request))
    seconds = _source_seconds(sim, body)
    sel.check_source(body, seconds)
    session_id = str(sim._id_base + sim._next_seq())
    session = sel.Selection(session_id, sim.clock(), seconds, _base(request))
    return envelope(sim.selections.open(session).facts())


def _points_call(name: str, change: Any) -> Any:
    @api("call", name, None)
    async def points(request: Request) -> Response:
        """POST .../add-selection or .../delete-selection: the masks of the frame after it."""
        sim = sim_of(request)
        body = _body(await _json_body(request))
        session = sim.selections.find(body, sim.clock())
        frame, marked = sel.points_of(body, session)
        change(session, frame, marked)
        return envelope(session.masks(frame))

    return points


@api("call", "clearMultiElementsSelection", None)
async def clear_selection(request: Request) -> Response:
    """POST .../clear-selection: every point forgotten."""
    sim = sim_of(request)
    session = sim.selections.find(_body(await _json_body(request)), sim.clock())
    session.frames.clear()
    return envelope(session.base())


@api("call", "previewMultiElementsSelection", None)
async def preview_selection(request: Request) -> Response:
    """POST .../preview-selection: the masked video (needs a marked point)."""
    sim = sim_of(request)
    session = sim.selections.find(_body(await _json_body(request)), sim.clock())
    if not session.frames:
        raise RequestInvalid("session_id: nothing is selected yet")
    return envelope(session.preview())


def selection_routes() -> list[BaseRoute]:
    """init, add, delete, clear and preview selection."""
    edit, post = "/v1/videos/multi-elements", ["POST"]
    add = _points_call("addMultiElementsSelection", sel.add)
    delete = _points_call("deleteMultiElementsSelection", sel.delete)
    return [
        Route(f"{edit}/init-selection", init_selection, methods=post),
        Route(f"{edit}/add-selection", add, methods=post),
        Route(f"{edit}/delete-selection", delete, methods=post),
        Route(f"{edit}/clear-selection", clear_selection, methods=post),
        Route(f"{edit}/preview-selection", preview_selection, methods=post),
    ]
