"""The new standard API routes (model in the path), API keys only.

``POST /{family}/{model}`` creates (refused as the spec's schema and the model's capability map
say: ``kling_ext.standard.refusals``; a model outside the map answers 1201), ``GET /tasks``
answers a batch by ``task_ids`` or ``external_task_ids`` (exactly one, comma-separated, at most
:data:`MAX_BATCH`), ``POST /tasks`` pages through the tasks with a cursor, a time window and the
``status`` / ``product_type`` filters. Tasks share the legacy state machine, faults, concurrency
limits, result files and signed callbacks; they render as the new task object.
"""

from __future__ import annotations

import base64
import functools
from collections.abc import Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from kling_ext.standard import refusals, standard_families

from ._app import Handler, _before, _json_body, sim_of
from ._checks import RequestInvalid
from ._errors import ApiError
from ._families import Family, OperationKind
from ._standard_state import StandardTask, standard_family_rows
from ._wire import DropResponse, envelope, error

MAX_BATCH = 100
"""Ids per ``GET /tasks`` (Kling documents no maximum; the client sends 20 at a time)."""
_STATUSES = ("submitted", "processing", "succeeded", "failed")
_PRODUCTS = ("video", "image", "try_on")


def _api(op: OperationKind, op_id: str, family: Family) -> Callable[[Handler], Handler]:
    """Counting, API-key authentication (no JWT), early faults and error envelopes."""

    def wrap(handler: Handler) -> Handler:
        async def endpoint(request: Request) -> Response:
            sim = sim_of(request)
            sim.stats.count(op, op_id)
            try:
                sim.authenticate(request.headers.get("authorization"), jwt_allowed=False)
                early = await _before(sim, op, family)
                return early if early is not None else await handler(request)
            except ApiError as exc:
                return error(exc.code, exc.message)

        return endpoint

    return wrap


def _create_route(family: Family) -> Route:
    @_api("create", family.operation_ids["create"], family)
    async def create(request: Request) -> Response:
        sim = sim_of(request)
        body = await _json_body(request)
        model = request.path_params["model"]
        path = family.path.replace("{model}", model)
        problems = refusals(path, body)
        if problems:
            raise RequestInvalid("; ".join(f"{f}: {rule}" for f, rule in problems))
        assert isinstance(body, dict)  # refusals() refuses anything else
        schema = standard_families()[family.key]
        if model not in _known_models(schema.request_model):
            raise RequestInvalid(f"model {model!r} is not supported by {family.path}")
        options = body.get("options") or {}
        settings = body.get("settings") or {}
        flat = {
            **body,
            "external_task_id": options.get("external_task_id") or "",
            "callback_url": options.get("callback_url"),
        }
        make = functools.partial(
            StandardTask,
            model=model,
            resolution=str(settings.get("resolution") or "720p"),
            watermark=(options.get("watermark_info") or {}).get("enabled") is True,
            seconds=int(settings.get("duration") or 5),
        )
        task = sim.create_task(family, flat, str(request.base_url), make=make)
        if sim.fault("create", family, ("drop",), lambda r: r.when == "after"):
            return DropResponse()
        return envelope(task.render("submitted", task.created, created_view=True))

    return Route(family.path, create, methods=["POST"])


@functools.cache
def _known_models(request_model: str) -> frozenset[str]:
    from kling_ext.spec import load_spec

    schema = load_spec()["components"]["schemas"][request_model]
    return frozenset(schema.get("x-kling-models") or ())


def _standard_tasks(request: Request) -> list[StandardTask]:
    return [t for t in sim_of(request).store.newest_first() if isinstance(t, StandardTask)]


def _batch_route(family: Family) -> Route:
    @_api("get", family.operation_ids["get"], family)
    async def batch(request: Request) -> Response:
        params = request.query_params
        given = [name for name in ("task_ids", "external_task_ids") if params.get(name)]
        if len(given) != 1:
            raise RequestInvalid("set exactly one of task_ids and external_task_ids")
        wanted = params[given[0]].split(",")
        if len(wanted) > MAX_BATCH:
            raise RequestInvalid(f"{given[0]}: at most {MAX_BATCH} ids per request")
        tasks = _standard_tasks(request)
        by_key: dict[str, StandardTask] = {}
        for task in reversed(tasks):  # the newest task wins an external id
            by_key[task.task_id if given[0] == "task_ids" else task.external_task_id] = task
        now = sim_of(request).clock()
        return envelope([by_key[key].view(now) for key in wanted if key in by_key])

    return Route(family.path, batch, methods=["GET"])


def _millis(body: dict[str, Any], name: str) -> int | None:
    value = body.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, str) and value.isdigit():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise RequestInvalid(f"{name} must be Unix milliseconds (a number or a digit string)")


def _filters(body: dict[str, Any]) -> dict[str, set[str]]:
    chosen: dict[str, set[str]] = {}
    for item in body.get("filters") or []:
        if not isinstance(item, dict) or item.get("key") not in ("status", "product_type"):
            raise RequestInvalid("filters[].key must be status or product_type")
        values = item.get("values")
        known = _STATUSES if item["key"] == "status" else _PRODUCTS
        if not isinstance(values, list) or not all(v in known for v in values):
            raise RequestInvalid(f"filters[].values of {item['key']} must be among {known}")
        chosen.setdefault(item["key"], set()).update(values)
    return chosen


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode()


def _offset(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        return int(text.removeprefix("offset:"))
    except (ValueError, UnicodeDecodeError):
        raise RequestInvalid("cursor is invalid") from None


def _list_route(family: Family) -> Route:
    @_api("list", family.operation_ids["list"], family)
    async def listing(request: Request) -> Response:
        sim = sim_of(request)
        raw = await request.body()
        body = (await _json_body(request)) if raw.strip() else {}
        if not isinstance(body, dict):
            raise RequestInvalid("request body must be a JSON object", code=1200)
        limit = body.get("limit", 100)
        if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 500:
            raise RequestInvalid("limit must be an integer from 1 to 500")
        now = sim.clock()
        end = _millis(body, "end_time") or round(now * 1000)
        start = _millis(body, "start_time") or end - 30 * 86_400_000
        chosen = _filters(body)
        cursor = body.get("cursor")
        tasks = [
            t for t in _standard_tasks(request) if cursor or start <= round(t.created * 1000) <= end
        ]
        views = [t.view(now) for t in tasks]
        views = [v for v in views if v["status"] in chosen.get("status", _STATUSES)]
        if "video" not in chosen.get("product_type", {"video"}):
            views = []  # every new-standard task of the simulator is a video
        offset = _offset(cursor) if isinstance(cursor, str) and cursor else 0
        page = views[offset : offset + limit]
        more = offset + limit < len(views)
        data = {
            "result": page,
            "count": len(page),
            "next_cursor": _cursor(offset + limit) if more else "",
            "has_more": more,
        }
        return envelope(data)

    return Route(family.path, listing, methods=["POST"])


def standard_routes() -> list[BaseRoute]:
    """Every new-standard route of the simulator."""
    rows = standard_family_rows()
    routes: list[BaseRoute] = [
        _create_route(fam) for key, fam in rows.items() if standard_families()[key].is_standard_task
    ]
    tasks = rows["standard_tasks"]
    return [*routes, _batch_route(tasks), _list_route(tasks)]
