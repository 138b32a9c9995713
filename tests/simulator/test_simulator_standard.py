"""The simulator's new standard API: creates on a model in the path (refused as the capability
map says), the same state machine with ``succeeded``, outputs that download as real media, billing
records, GET /tasks batches, POST /tasks cursor pages with filters, API keys only, faults, signed
new-standard callbacks; and AsyncKling end to end (create, wait, download)."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kling_ext import AsyncKling, Task, verify_webhook
from kling_mock import (
    DEFAULT_API_KEY,
    ManualClock,
    SimulatorTransport,
    create_app,
    simulator_of,
)
from kling_mock._callbacks import signature_headers
from kling_mock._standard import MAX_BATCH
from tests.simulator.test_simulator_auth import token

pytestmark = pytest.mark.anyio
KEY = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}
T2V = "/text-to-video/kling-3.0-turbo"
SECRET = "whsec_" + base64.b64encode(b"standard-simulator-secret-012345").decode()


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def sent() -> list[tuple[str, dict[str, Any]]]:
    return []


@pytest.fixture
async def app(clock: ManualClock, sent: list[tuple[str, dict[str, Any]]]) -> AsyncIterator[Any]:
    async def sender(url: str, body: dict[str, Any]) -> None:
        sent.append((url, body))

    application = create_app({"seed": 3}, clock=clock, sleep=clock.sleep, callback_sender=sender)
    yield application
    await simulator_of(application).aclose()


@pytest.fixture
async def client(app: Any) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=SimulatorTransport(app), base_url="http://sim.test", headers=KEY
    ) as http:
        yield http


async def create(client: httpx.AsyncClient, path: str = T2V, **body: Any) -> dict[str, Any]:
    response = await client.post(path, json={"prompt": "a fox", **body})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()["data"]
    return data


async def batch(client: httpx.AsyncClient, **params: str) -> list[dict[str, Any]]:
    response = await client.get("/tasks", params=params)
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["data"]
    return found


async def test_a_task_lives_submitted_processing_succeeded(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    created = await create(
        client,
        settings={"resolution": "1080p", "duration": 8},
        options={"external_task_id": "e-1", "watermark_info": {"enabled": True}},
    )
    assert set(created) == {"id", "status", "create_time", "update_time", "external_id"}
    assert (created["status"], created["external_id"]) == ("submitted", "e-1")
    assert [t["status"] for t in await batch(client, task_ids=created["id"])] == ["submitted"]
    clock.advance(0.5)
    assert (await batch(client, task_ids=created["id"]))[0]["status"] == "processing"
    clock.advance(60)
    (done,) = await batch(client, external_task_ids="e-1")
    assert done["status"] == "succeeded" and done["message"] == ""
    assert done["update_time"] > done["create_time"]
    (video,) = done["outputs"]
    assert video["type"] == "video" and video["duration"] == "8"
    assert done["billing"] == [{"charge_type": "unit", "amount": "8", "package_type": "video"}]
    for url in (video["url"], video["watermark_url"]):
        media = await client.get(url)
        assert media.status_code == 200 and media.content[4:8] == b"ftyp"


@pytest.mark.parametrize(
    ("path", "body", "message"),
    [
        (T2V, {"prompt": "x", "settings": {"resolution": "4k"}}, "settings.resolution"),
        ("/text-to-video/kling-2.6", {"prompt": "x" * 2501}, "at most 2500 for kling-2.6"),
        ("/image-to-video/kling-3.0", {"contents": [{"type": "gif", "url": "u"}]}, "gif"),
        ("/text-to-video/kling-9.9", {"prompt": "x"}, "model 'kling-9.9' is not supported"),
        ("/motion-control/kling-3.0", {"contents": [{"type": "image", "url": "u"}]}, "video"),
    ],
)
async def test_refusals_follow_the_capability_map(
    client: httpx.AsyncClient, path: str, body: dict[str, Any], message: str
) -> None:
    response = await client.post(path, json=body)
    assert response.status_code == 400 and response.json()["code"] == 1201
    assert message in response.json()["message"]


async def test_api_keys_only(client: httpx.AsyncClient, clock: ManualClock) -> None:
    jwt_auth = {"Authorization": "Bearer " + token(clock())}
    for method, path in (("POST", T2V), ("GET", "/tasks?task_ids=1"), ("POST", "/tasks")):
        refused = await client.request(method, path, json={"prompt": "x"}, headers=jwt_auth)
        assert (refused.status_code, refused.json()["code"]) == (401, 1002)
    empty = await client.post(T2V, json={"prompt": "x"}, headers={"Authorization": ""})
    assert empty.json()["code"] == 1001


async def test_get_tasks_batch_rules(client: httpx.AsyncClient) -> None:
    first, second = await create(client), await create(client)
    found = await batch(client, task_ids=f"{second['id']},nope,{first['id']}")
    assert [t["id"] for t in found] == [second["id"], first["id"]]
    for params in ({}, {"task_ids": "1", "external_task_ids": "2"}):
        response = await client.get("/tasks", params=params)
        assert response.json()["code"] == 1201
    too_many = ",".join(str(i) for i in range(MAX_BATCH + 1))
    assert (await client.get("/tasks", params={"task_ids": too_many})).status_code == 400


async def test_post_tasks_pages_with_a_cursor_and_filters(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    ids = [(await create(client))["id"] for _ in range(5)]
    clock.advance(60)
    failed = await create(client, prompt="[fail] a fox")
    clock.advance(60)
    pages, cursor = [], None
    while True:
        body: dict[str, Any] = {"limit": 2, "filters": [{"key": "status", "values": ["succeeded"]}]}
        if cursor:
            body["cursor"] = cursor
        data = (await client.post("/tasks", json=body)).json()["data"]
        pages.append([t["id"] for t in data["result"]])
        if not data["has_more"]:
            assert data["next_cursor"] == ""
            break
        cursor = data["next_cursor"]
    assert [i for page in pages for i in page] == ids[::-1] and [len(p) for p in pages] == [2, 2, 1]
    only_failed = {"filters": [{"key": "status", "values": ["failed"]}]}
    result = (await client.post("/tasks", json=only_failed)).json()["data"]["result"]
    assert [t["id"] for t in result] == [failed["id"]] and "[fail]" in result[0]["message"]
    images = {"filters": [{"key": "product_type", "values": ["image"]}]}
    assert (await client.post("/tasks", json=images)).json()["data"]["count"] == 0
    now_ms = round(clock() * 1000)
    window = {"start_time": str(now_ms - 1000), "end_time": now_ms}
    assert (await client.post("/tasks", json=window)).json()["data"]["count"] == 0
    everything = (await client.post("/tasks", content=b"")).json()["data"]
    assert everything["count"] == 6


@pytest.mark.parametrize(
    "body",
    [
        [1],
        {"limit": 0},
        {"limit": True},
        {"start_time": "soon"},
        {"filters": [{"key": "color", "values": ["red"]}]},
        {"filters": [{"key": "status", "values": ["succeed"]}]},
        {"cursor": "%%%"},
    ],
)
async def test_post_tasks_refusals(client: httpx.AsyncClient, body: Any) -> None:
    response = await client.post("/tasks", json=body)
    assert response.status_code == 400 and response.json()["code"] in (1200, 1201)


async def test_faults_and_concurrency_apply(client: httpx.AsyncClient) -> None:
    config = {"faults": [{"kind": "rate_limit", "operations": ["get"], "count": 1}]}
    assert (await client.post("/__sim/config", json=config)).status_code == 200
    limited = await client.get("/tasks", params={"task_ids": "1"})
    assert (limited.status_code, limited.json()["code"]) == (429, 1302)
    assert (await client.get("/tasks", params={"task_ids": "1"})).status_code == 200
    await client.post("/__sim/config", json={"faults": [], "concurrency": {"video": 1}})
    await create(client)
    busy = await client.post(T2V, json={"prompt": "x"})
    assert busy.json()["code"] == 1303


async def test_callbacks_carry_the_new_task_object_signed(
    client: httpx.AsyncClient, clock: ManualClock, app: Any, sent: list[tuple[str, Any]]
) -> None:
    options = {"callback_url": "http://127.0.0.1:9/cb", "external_task_id": "cb-1"}
    await create(client, options=options)
    clock.advance(60)
    await simulator_of(app).callbacks.drain()
    assert [body["status"] for _, body in sent] == ["submitted", "processing", "succeeded"]
    assert sent[-1][1]["outputs"][0]["type"] == "video" and sent[-1][1]["external_id"] == "cb-1"
    content = b'{"id":"1","status":"succeeded"}'
    headers = signature_headers(content, SECRET, "msg_1_succeed", int(clock()))
    task = verify_webhook(content, headers, SECRET, now=clock())
    assert isinstance(task, Task) and task.succeeded


async def test_async_client_creates_waits_and_downloads(app: Any, tmp_path: Path) -> None:
    async with AsyncKling(
        api_key=DEFAULT_API_KEY,
        base_url="http://sim.test",
        transport=SimulatorTransport(app),
        poll_schedule=None,
    ) as kling:
        simulator_of(app).update_config({"time_scale": 0.0})
        task = await kling.standard.text_to_video.create(
            "kling-3.0-turbo", prompt="a red fox", settings={"duration": 5}
        )
        done = await kling.standard.text_to_video.wait(task, timeout=30)
        paths = await kling.standard.text_to_video.download(done, tmp_path)
        pages = [t.id async for t in kling.standard.tasks.iter(status="succeeded")]
    assert done.state == "succeeded" and done.billing[0].package_type == "video"
    assert [p.suffix for p in paths] == [".mp4"] and paths[0].read_bytes()[4:8] == b"ftyp"
    assert pages == [task.id]
