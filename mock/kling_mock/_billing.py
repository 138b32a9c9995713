"""The billing ledgers (``POST /account/billing/balance`` and ``/account/billing/package``):
one deduction per succeeded task of the account, paged by an opaque cursor.

The balance ledger charges 1 USD per unit at list price (a 20 % discount); the package ledger
draws the units from the simulator's two resource packs (see ``GET /account/costs``). A cursor
is the Base64 of the next offset and the query it continues, so it overrides every other field,
as Kling documents.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._app import _json_body, api, sim_of
from ._checks import RequestInvalid
from ._sim import Simulator
from ._state import Task, ms
from ._wire import envelope

API_KEY_NAME = "default"
MAX_LIMIT = 500
DISCOUNT = 0.8
PACKS = {"video": "Kling Mock Video Pack", "audio": "Kling Mock Video Pack"}
PACK_IDS = {"Kling Mock Video Pack": "6b6c696e676d6f636b766964656f7061"}
IMAGE_PACK = ("Kling Mock Image Pack", "6b6c696e676d6f636b696d6167657061")
PRODUCT_TYPES = {"video": "video", "audio": "video", "image": "image", "try_on": "try-on"}
BALANCE_KEYS = ("api_key_name",)
PACKAGE_KEYS = ("api_key_name", "product_type", "package_name", "package_id")


def _query(body: object, keys: tuple[str, ...]) -> tuple[dict[str, Any], int]:
    """The query a body asks for (a cursor's own query when it has one) and its offset."""
    if not isinstance(body, dict):
        raise RequestInvalid("request body must be a JSON object", code=1200)
    cursor = body.get("cursor")
    if cursor:
        try:
            saved = json.loads(base64.urlsafe_b64decode(str(cursor) + "=" * (-len(cursor) % 4)))
            return saved["q"], int(saved["o"])
        except (ValueError, KeyError, TypeError, binascii.Error):
            raise RequestInvalid("cursor is invalid") from None
    start, end = body.get("start_time"), body.get("end_time")
    for name, value in (("start_time", start), ("end_time", end)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise RequestInvalid(f"{name} is required (Unix ms) unless cursor is set")
    if end <= start:  # type: ignore[operator]
        raise RequestInvalid("end_time must be later than start_time")
    limit = body.get("limit", MAX_LIMIT)
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise RequestInvalid(f"limit must be an integer from 1 to {MAX_LIMIT}")
    filters: dict[str, list[str]] = {}
    for item in body.get("filters") or ():
        key = item.get("key") if isinstance(item, dict) else None
        if key not in keys:
            raise RequestInvalid(f"filters[].key must be one of {', '.join(keys)}")
        filters.setdefault(key, []).extend(str(v) for v in item.get("values") or ())
    if filters.get("package_name") and filters.get("package_id"):
        raise RequestInvalid("filters: package_name and package_id exclude each other")
    return {"start": start, "end": end, "limit": limit, "filters": filters}, 0


def _cursor(query: dict[str, Any], offset: int) -> str:
    raw = json.dumps({"q": query, "o": offset}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _pack(task: Task) -> tuple[str, str]:
    name = PACKS.get(task.resource)
    return (name, PACK_IDS[name]) if name else IMAGE_PACK


def _common(task: Task) -> dict[str, Any]:
    video = task.family.kind == "video"
    return {
        "task_id": task.task_id,
        "api_key_name": API_KEY_NAME,
        "product_function": task.family.key.replace("_", " ").title(),
        "model_name": str(task.request.get("model_name") or ""),
        "resolution": "1080p" if task.request.get("mode") == "pro" else "720p",
        "duration": task.duration if video else "",
        "refer_video_input": False,
        "video_sound": str(task.request.get("sound") or "off") if video else "",
        "voice_control": bool(task.request.get("voice_list")),
        "deduction_time": str(ms(task.done_at)),
    }


def _matches(task: Task, filters: dict[str, list[str]]) -> bool:
    name, pack_id = _pack(task)
    facts = {
        "api_key_name": API_KEY_NAME,
        "product_type": PRODUCT_TYPES.get(task.resource, "video"),
        "package_name": name,
        "package_id": pack_id,
    }
    return all(facts[key] in values for key, values in filters.items() if values)


def _ledger(sim: Simulator, body: object, package: bool) -> dict[str, Any]:
    query, offset = _query(body, PACKAGE_KEYS if package else BALANCE_KEYS)
    now = sim.clock()
    done = [
        t
        for t in sorted(sim.store.newest_first(), key=lambda t: t.seq)
        if t.status_at(now) == "succeed"
        and query["start"] <= ms(t.created) <= query["end"]
        and _matches(t, query["filters"])
    ]
    balance = 10_000.0
    units: dict[str, float] = {}
    rows = []
    for task in done:
        row = _common(task)
        amount = task.deduction
        if package:
            name, pack_id = _pack(task)
            before = units.get(name, 1000.0)
            units[name] = before - amount
            row.update(package_id=pack_id, product_type=PRODUCT_TYPES.get(task.resource, "video"))
            row.update(unit_before_deduction=before, deduction_amount=amount)
            row.update(unit_after_deduction=before - amount)
        else:
            charged = round(amount * DISCOUNT, 2)
            row.update(cash_type="balance", balance_before_deduction=round(balance, 2))
            row.update(
                deduction_amount=charged, balance_after_deduction=round(balance - charged, 2)
            )
            row.update(list_price=amount, currency="USD")
            balance -= charged
        rows.append(row)
    rows.reverse()  # newest first
    page = rows[offset : offset + query["limit"]]
    more = offset + len(page) < len(rows)
    return {
        "result": {"detail": page, "count": len(page)},
        "next_cursor": _cursor(query, offset + len(page)) if more else "",
        "has_more": more,
    }


@api("call", "queryBillingBalance", None)
async def balance(request: Request) -> Response:
    """POST /account/billing/balance."""
    return envelope(_ledger(sim_of(request), await _json_body(request), package=False))


@api("call", "queryBillingPackage", None)
async def package(request: Request) -> Response:
    """POST /account/billing/package."""
    return envelope(_ledger(sim_of(request), await _json_body(request), package=True))


def billing_routes() -> list[BaseRoute]:
    """The two ledger routes."""
    return [
        Route("/account/billing/balance", balance, methods=["POST"]),
        Route("/account/billing/package", package, methods=["POST"]),
    ]
