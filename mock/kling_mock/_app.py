"""The Kling API routes: 16 families x create/get/list, identify-face, account costs, files."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._callbacks import CallbackSender
from ._config import FaultKind, SimulatorConfig
from ._control import control_routes
from ._errors import ApiError
from ._families import (
    FAMILIES,
    Family,
    OperationKind,
    RequestInvalid,
    family_by_key,
    validate_create,
)
from ._media import mp4_bytes, png_bytes
from ._sim import Simulator
from ._sound import mp3_bytes, wav_bytes
from ._timewarp import JumpClock
from ._wire import DropResponse, SimulatorApp, TruncatedResponse, envelope, error

Handler = Callable[[Request], Awaitable[Response]]
_REFUSALS: tuple[FaultKind, ...] = ("rate_limit", "server_error", "drop")
_LIP_SYNC = family_by_key("advanced_lip_sync")
_SERVER_MESSAGES = {
    5000: "internal server error (simulated)",
    5001: "service temporarily unavailable (simulated)",
    5002: "server timeout (simulated)",
}


def sim_of(request: Request) -> Simulator:
    """The Simulator behind a request's app."""
    sim: Simulator = request.app.state.simulator
    return sim


async def _before(sim: Simulator, op: OperationKind, family: Family | None) -> Response | None:
    """Apply the faults that act before any processing: slow, then rate limit/5xx/drop."""
    slow = sim.fault(op, family, ("slow",))
    if slow is not None:
        await sim.sleep(slow.seconds)
    rule = sim.fault(
        op, family, _REFUSALS, lambda r: r.kind != "drop" or r.when == "before" or op != "create"
    )
    if rule is None:
        return None
    if rule.kind == "drop":
        return DropResponse()
    if rule.kind == "rate_limit":
        return error(1302, "requests too frequent (simulated rate limit)")
    return error(rule.code, _SERVER_MESSAGES[rule.code])


def api(op: OperationKind, op_id: str, family: Family | None) -> Callable[[Handler], Handler]:
    """Wrap a handler with counting, authentication, early faults and error envelopes."""

    def wrap(handler: Handler) -> Handler:
        async def endpoint(request: Request) -> Response:
            sim = sim_of(request)
            sim.stats.count(op, op_id)
            try:
                sim.authenticate(request.headers.get("authorization"))
                early = await _before(sim, op, family)
                return early if early is not None else await handler(request)
            except ApiError as exc:
                return error(exc.code, exc.message)

        return endpoint

    return wrap


def _query_int(request: Request, name: str, default: int | None, low: int, high: int) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        if default is None:
            raise RequestInvalid(f"{name} is required")
        return default
    try:
        value = int(raw)
    except ValueError:
        raise RequestInvalid(f"{name} must be an integer") from None
    if not low <= value <= high:
        raise RequestInvalid(f"{name} must be between {low} and {high}")
    return value


async def _json_body(request: Request) -> object:
    try:
        return json.loads(await request.body())
    except ValueError:
        raise RequestInvalid("request body is not valid JSON", code=1200) from None


def family_routes(family: Family) -> list[BaseRoute]:
    """create (POST path), list (GET path) and get (GET path/{id}) for one family."""
    ids = family.operation_ids

    @api("create", ids["create"], family)
    async def create(request: Request) -> Response:
        sim = sim_of(request)
        body = validate_create(family, await _json_body(request))
        task = sim.create_task(family, body, str(request.base_url))
        after = sim.answer_fault(task)
        if after is not None and after.kind == "error_after_commit":
            return error(after.code, _SERVER_MESSAGES[after.code])
        if after is not None or sim.fault("create", family, ("drop",), lambda r: r.when == "after"):
            return DropResponse()
        return envelope(task.render("submitted", task.created, created_view=True))

    @api("get", ids["get"], family)
    async def get(request: Request) -> Response:
        sim = sim_of(request)
        task = sim.store.find(family, request.path_params["id"])
        if task is None:
            raise ApiError(1203, "task not found")
        return envelope(task.view(sim.clock()))

    @api("list", ids["list"], family)
    async def list_(request: Request) -> Response:
        sim = sim_of(request)
        page_num = _query_int(request, "pageNum", 1, 1, 1000)
        page_size = _query_int(request, "pageSize", 30, 1, 500)
        tasks = sim.store.newest_first(family)
        wanted = request.query_params.get("external_task_id")
        if wanted:
            tasks = [t for t in tasks if t.external_task_id == wanted]
        now = sim.clock()
        start = (page_num - 1) * page_size
        return envelope([t.view(now) for t in tasks[start : start + page_size]])

    return [
        Route(family.path, create, methods=["POST"]),
        Route(family.path, list_, methods=["GET"]),
        Route(family.path + "/{id}", get, methods=["GET"]),
    ]


@api("account", "getAccountCosts", None)
async def account_costs(request: Request) -> Response:
    """GET /account/costs: two resource packs, remaining quantity reduced by succeeded tasks."""
    high = 2**63 - 1
    start = _query_int(request, "start_time", None, 0, high)
    end = _query_int(request, "end_time", None, 0, high)
    if end < start:
        raise RequestInvalid("end_time must not be before start_time")
    return envelope(sim_of(request).account_costs(request.query_params.get("resource_pack_name")))


@api("identify", "identifyFace", _LIP_SYNC)
async def identify_face(request: Request) -> Response:
    """POST /v1/videos/identify-face: a session with two faces, answered at once (not a task)."""
    sim = sim_of(request)
    session = sim.identify_face(await _json_body(request), str(request.base_url))
    return envelope(session.answer())


def _content(name: str, duration: str) -> tuple[bytes, str]:
    """The bytes and media type of a result file, by its extension."""
    if name.endswith(".mp4"):
        return mp4_bytes(float(duration)), "video/mp4"
    if name.endswith(".mp3"):
        return mp3_bytes(float(duration)), "audio/mpeg"
    if name.endswith(".wav"):
        return wav_bytes(float(duration)), "audio/wav"
    return png_bytes(), "image/png"


async def result_file(request: Request) -> Response:
    """GET /files/{task_id}/{name}: the result files of succeeded tasks and the face pictures of
    identify-face sessions (``/files/{session_id}/face-N.png``); no auth, like a CDN."""
    sim = sim_of(request)
    sim.stats.count("file", "downloadFile")
    owner = request.path_params["task_id"]
    task = sim.store.by_id(owner)
    session = sim.sessions.get(owner) if task is None else None
    family = task.family if task else _LIP_SYNC if session else None
    early = await _before(sim, "file", family)
    if early is not None:
        return early
    name = request.path_params["name"]
    if task is not None and task.status_at(sim.clock()) == "succeed":
        names, duration = task.file_names(), task.duration
    else:
        names, duration = (session.file_names() if session else []), "5"
    if name not in names or sim.fault("file", family, ("expired_results",)):
        return error(1203, "file not found")
    content, media_type = _content(name, duration)
    truncate = sim.fault("file", family, ("truncate",))
    if truncate is not None:
        return TruncatedResponse(content, media_type, truncate.fraction)
    return Response(content, media_type=media_type)


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 500
    if status == 405:
        return error(1202, "invalid HTTP method for this path")
    if status == 404:
        return error(1203, "resource not found")
    return error(1200, f"bad request (HTTP {status})")


def create_app(
    config: SimulatorConfig | Mapping[str, Any] | None = None,
    *,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], Awaitable[None]] | None = None,
    callback_sender: CallbackSender | None = None,
    families: Sequence[Family] = FAMILIES,
) -> SimulatorApp:
    """Build the simulator as a Starlette app.

    ``config`` is a SimulatorConfig or its JSON form. ``clock`` (Unix seconds; default
    ``time.time``) drives task states, timestamps and token checks; ``sleep`` is used for slow
    answers and callback timing; ``callback_sender`` replaces the HTTP POST of callbacks.
    ``families`` defaults to the spec's family table (:func:`families_from` builds another).
    The Simulator itself is ``app.state.simulator`` (see ``simulator_of``).
    """
    if not isinstance(config, SimulatorConfig):
        config = SimulatorConfig.from_dict(config or {})
    jumps = JumpClock(clock or time.time)  # a clock that POST /__sim/clock moves on
    sim = Simulator(config, jumps, sleep or jumps.sleep, callback_sender)

    @contextlib.asynccontextmanager
    async def lifespan(app: SimulatorApp) -> AsyncIterator[None]:
        yield
        await sim.aclose()

    from ._more_calls import more_routes  # it builds on this module's handlers

    routes: list[BaseRoute] = [r for f in families for r in family_routes(f)]
    routes += [
        *more_routes(),
        Route("/v1/videos/identify-face", identify_face, methods=["POST"]),
        Route("/account/costs", account_costs, methods=["GET"]),
        Route("/files/{task_id}/{name}", result_file, methods=["GET"]),
        *control_routes(),
    ]
    from ._standard import standard_routes  # here: it builds on this module's helpers

    routes += standard_routes()  # the new standard API (model in the path), API keys only
    app = SimulatorApp(
        routes=routes, exception_handlers={HTTPException: _http_error}, lifespan=lifespan
    )
    app.state.simulator = sim
    return app
