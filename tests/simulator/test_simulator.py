"""The simulator's API behaviour, driven in-process: families, state machine, lists, validation."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import jwt
import pytest

from kling_mock import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, ManualClock, create_app, simulator_of

pytestmark = pytest.mark.anyio

FAMILY_BODIES: dict[str, tuple[str, dict[str, Any], str]] = {
    "text_to_video": ("/v1/videos/text2video", {"prompt": "a cat", "duration": "10"}, "video"),
    "image_to_video": ("/v1/videos/image2video", {"image": "https://img.test/a.png"}, "video"),
    "video_extend": ("/v1/videos/video-extend", {"video_id": "vid-1"}, "video"),
    "lip_sync": (
        "/v1/videos/lip-sync",
        {"input": {"mode": "text2video", "video_id": "v", "text": "hi", "voice_id": "uk_boy1"}},
        "video",
    ),
    "video_effects": (
        "/v1/videos/effects",
        {"effect_scene": "hug_pro", "input": {"images": ["a", "b"]}},
        "video",
    ),
    "image_generation": ("/v1/images/generations", {"prompt": "a cat", "n": 3}, "image"),
    "virtual_try_on": (
        "/v1/images/kolors-virtual-try-on",
        {"human_image": "h", "cloth_image": "c"},
        "image",
    ),
}
T2V = "/v1/videos/text2video"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def bearer(now: float, **claims: Any) -> dict[str, str]:
    payload = {"iss": DEFAULT_ACCESS_KEY, "exp": int(now) + 1800, "nbf": int(now) - 5, **claims}
    return {"Authorization": "Bearer " + jwt.encode(payload, DEFAULT_SECRET_KEY, algorithm="HS256")}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def client(clock: ManualClock) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app({}, clock=clock, sleep=clock.sleep)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://sim.test", headers=bearer(clock())
    ) as http:
        yield http
    await simulator_of(app).aclose()


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["code"] == 0 and body["message"] == "SUCCEED"
    assert uuid.UUID(body["request_id"]).version == 4
    return body["data"]


def refused(response: httpx.Response, status: int, code: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code and isinstance(body["request_id"], str)
    message: str = body["message"]
    return message


@pytest.mark.parametrize("family", sorted(FAMILY_BODIES))
async def test_family_lifecycle(client: httpx.AsyncClient, clock: ManualClock, family: str) -> None:
    path, body, kind = FAMILY_BODIES[family]
    created = ok(await client.post(path, json={**body, "external_task_id": f"ext-{family}"}))
    task_id = created["task_id"]
    assert isinstance(task_id, str) and len(task_id) == 18 and task_id.isdigit()
    assert created["task_status"] == "submitted"
    assert created["task_info"]["external_task_id"] == f"ext-{family}"
    assert created["created_at"] == created["updated_at"] == round(clock() * 1000)
    assert "task_result" not in created

    by_id = ok(await client.get(f"{path}/{task_id}"))
    by_ext = ok(await client.get(f"{path}/ext-{family}"))
    assert by_id == by_ext and by_id["task_status"] == "submitted"
    assert by_id["task_status_msg"] == "" and "task_result" not in by_id
    listed = ok(await client.get(path))
    assert [t["task_id"] for t in listed] == [task_id]

    clock.advance(0.5)
    processing = ok(await client.get(f"{path}/{task_id}"))
    assert processing["task_status"] == "processing"
    assert processing["updated_at"] == created["created_at"] + 200

    clock.advance(0.5)
    done = ok(await client.get(f"{path}/{task_id}"))
    assert done["task_status"] == "succeed"
    assert done["updated_at"] == created["created_at"] + 1000
    assert isinstance(done["final_unit_deduction"], str)
    if kind == "video":
        (video,) = done["task_result"]["videos"]
        assert video["duration"] == body.get("duration", "5")
        assert video["url"] == f"http://sim.test/files/{task_id}/{video['id']}.mp4"
    else:
        images = done["task_result"]["images"]
        assert [i["index"] for i in images] == list(range(body.get("n", 1)))
        assert all(i["url"].startswith(f"http://sim.test/files/{task_id}/") for i in images)

    other = "/v1/images/generations" if kind == "video" else T2V
    assert refused(await client.get(f"{other}/{task_id}"), 404, 1203) == "task not found"
    assert refused(await client.get(f"{other}/ext-{family}"), 404, 1203)


async def test_time_scale_and_explicit_delays(clock: ManualClock) -> None:
    app = create_app({"processing_after": 1, "succeed_after": 3, "time_scale": 2}, clock=clock)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://s", headers=bearer(clock())
    ) as http:
        task_id = ok(await http.post(T2V, json={"prompt": "p"}))["task_id"]
        seen = []
        for _ in range(4):
            seen.append(ok(await http.get(f"{T2V}/{task_id}"))["task_status"])
            clock.advance(2.0)
        assert seen == ["submitted", "processing", "processing", "succeed"]


async def test_failure_marker_and_fail_all(client: httpx.AsyncClient, clock: ManualClock) -> None:
    failing = ok(await client.post(T2V, json={"prompt": "a [fail] cat"}))["task_id"]
    fine = ok(await client.post(T2V, json={"prompt": "a cat"}))["task_id"]
    clock.advance(1.0)
    failed = ok(await client.get(f"{T2V}/{failing}"))
    assert failed["task_status"] == "failed" and "[fail]" in failed["task_status_msg"]
    assert failed["task_result"] == {} and "final_unit_deduction" not in failed
    assert ok(await client.get(f"{T2V}/{fine}"))["task_status"] == "succeed"

    assert (await client.post("/__sim/config", json={"fail_all": True})).status_code == 200
    path = "/v1/images/kolors-virtual-try-on"
    tid = ok(await client.post(path, json={"human_image": "h", "cloth_image": "c"}))["task_id"]
    clock.advance(1.0)
    assert ok(await client.get(f"{path}/{tid}"))["task_status"] == "failed"


async def test_list_pagination_newest_first(client: httpx.AsyncClient, clock: ManualClock) -> None:
    ids = []
    for n in range(5):
        ids.append(ok(await client.post(T2V, json={"prompt": f"p{n}"}))["task_id"])
        clock.advance(0.01)
    newest = ids[::-1]
    pages = [
        [t["task_id"] for t in ok(await client.get(T2V, params={"pageNum": n, "pageSize": 2}))]
        for n in (1, 2, 3, 4)
    ]
    assert pages == [newest[0:2], newest[2:4], newest[4:], []]
    assert [t["task_id"] for t in ok(await client.get(T2V))] == newest
    big = ok(await client.get(T2V, params={"pageNum": 1000, "pageSize": 500}))
    assert big == []
    assert ok(await client.get("/v1/images/generations")) == []
    for bad in (
        {"pageNum": 0},
        {"pageNum": 1001},
        {"pageSize": 0},
        {"pageSize": 501},
        {"pageNum": "x"},
    ):
        assert "page" in refused(await client.get(T2V, params=bad), 400, 1201)


async def test_external_task_id_unique_per_account(client: httpx.AsyncClient) -> None:
    ok(await client.post(T2V, json={"prompt": "p", "external_task_id": "same"}))
    again = await client.post(
        "/v1/images/generations", json={"prompt": "p", "external_task_id": "same"}
    )
    assert refused(again, 400, 1201) == "external_task_id already exists"
    for _ in range(2):  # empty means "not set"
        ok(await client.post(T2V, json={"prompt": "p", "external_task_id": ""}))
    stats = (await client.get("/__sim/stats")).json()
    assert stats["tasks_created"] == 3 and list(stats["created_by_external_task_id"]) == ["same"]

    await client.post("/__sim/config", json={"unique_external_task_id": False})
    ok(await client.post(T2V, json={"prompt": "p", "external_task_id": "same"}))
    stats = (await client.get("/__sim/stats")).json()
    assert len(stats["created_by_external_task_id"]["same"]) == 2


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (T2V, {"negative_prompt": "x"}, "prompt"),
        (T2V, {"prompt": ""}, "prompt"),
        (T2V, {"prompt": "p", "duration": "2"}, "duration"),
        (T2V, {"prompt": "p", "duration": "7"}, "duration"),  # kling-v1 (default): 5 or 10
        (T2V, {"prompt": "p", "external_task_id": 5}, "external_task_id"),
        ("/v1/videos/image2video", {"prompt": "p"}, "image or image_tail"),
        ("/v1/videos/video-extend", {"prompt": "p"}, "video_id"),
        ("/v1/videos/lip-sync", {}, "input"),
        ("/v1/videos/lip-sync", {"input": {"video_id": "v"}}, "input.mode"),
        ("/v1/videos/effects", {"input": {"image": "i"}}, "effect_scene"),
        ("/v1/videos/effects", {"effect_scene": "squish"}, "input"),
        ("/v1/images/generations", {"n": 2}, "prompt"),
        ("/v1/images/generations", {"prompt": "p", "n": 10}, "n"),
        ("/v1/images/kolors-virtual-try-on", {"human_image": "h"}, "cloth_image"),
    ],
)
async def test_required_fields(
    client: httpx.AsyncClient, path: str, body: dict[str, Any], field: str
) -> None:
    assert refused(await client.post(path, json=body), 400, 1201).startswith(field)


async def test_malformed_bodies_paths_and_methods(client: httpx.AsyncClient) -> None:
    assert "JSON object" in refused(await client.post(T2V, json=[1, 2]), 400, 1200)
    assert "JSON" in refused(await client.post(T2V, content=b"{nope"), 400, 1200)
    refused(await client.get("/v1/videos/nothing-here"), 404, 1203)
    refused(await client.delete(T2V), 404, 1202)
    refused(await client.put(f"{T2V}/123"), 404, 1202)
    assert refused(await client.get(f"{T2V}/000000000000000000"), 404, 1203) == "task not found"
    stats = (await client.get("/__sim/stats")).json()
    assert stats["tasks_created"] == 0 and stats["requests"]["create"] == 2


async def test_extend_reports_parent_video(client: httpx.AsyncClient, clock: ManualClock) -> None:
    source = ok(await client.post(T2V, json={"prompt": "p", "duration": "10"}))["task_id"]
    clock.advance(1.0)
    (video,) = ok(await client.get(f"{T2V}/{source}"))["task_result"]["videos"]
    path = "/v1/videos/video-extend"
    extended = ok(await client.post(path, json={"video_id": video["id"]}))
    assert extended["task_info"]["parent_video"] == video
    orphan = ok(await client.post(path, json={"video_id": "x"}))
    assert orphan["task_info"]["parent_video"] == {"id": "x", "url": "", "duration": "5"}


async def test_account_costs(client: httpx.AsyncClient, clock: ManualClock) -> None:
    bad_windows: list[dict[str, str | int]] = [
        {"end_time": 1},
        {"start_time": "x", "end_time": 1},
        {"start_time": 5, "end_time": 1},
    ]
    for bad in bad_windows:
        refused(await client.get("/account/costs", params=bad), 400, 1201)
    window = {"start_time": 0, "end_time": round(clock() * 1000)}
    data = ok(await client.get("/account/costs", params=window))
    assert data["code"] == 0 and data["msg"] == "success"
    packs = data["resource_pack_subscribe_infos"]
    assert len(packs) == 2
    assert {p["resource_pack_type"] for p in packs} == {"decreasing_total", "constant_period"}
    for pack in packs:
        assert pack["status"] == "online" and pack["remaining_quantity"] == pack["total_quantity"]
        assert isinstance(pack["total_quantity"], float) and isinstance(pack["invalid_time"], int)
    video = packs[0]["resource_pack_name"]
    ok(await client.post(T2V, json={"prompt": "p", "duration": "10"}))
    clock.advance(1.0)
    one = ok(await client.get("/account/costs", params={**window, "resource_pack_name": video}))
    (pack,) = one["resource_pack_subscribe_infos"]
    assert pack["total_quantity"] - pack["remaining_quantity"] == 2.0


async def test_control_endpoints(client: httpx.AsyncClient) -> None:
    config = (await client.get("/__sim/config")).json()
    assert config["secret_key"] == "***" and DEFAULT_SECRET_KEY not in str(config)
    assert (await client.get("/__sim/health")).json() == {"status": "ok"}
    bad = await client.post("/__sim/config", json={"succeed_after": -1})
    assert bad.status_code == 400 and "succeed_after" in bad.json()["error"]
    assert (await client.post("/__sim/config", json={"nope": 1})).status_code == 400
    assert (await client.post("/__sim/config", json={"faults": [{"kind": "x"}]})).status_code == 400
    assert (await client.post("/__sim/config", content=b"[]")).status_code == 400
    changed = (await client.post("/__sim/config", json={"succeed_after": 5})).json()
    assert changed["succeed_after"] == 5
    ok(await client.post(T2V, json={"prompt": "p"}))
    assert (await client.post("/__sim/reset")).json() == {"status": "reset"}
    stats = (await client.get("/__sim/stats")).json()
    assert stats["tasks_created"] == 0 and stats["requests"] == {}
    assert (await client.get("/__sim/config")).json()["succeed_after"] == 1.0
    assert ok(await client.get(T2V)) == []
