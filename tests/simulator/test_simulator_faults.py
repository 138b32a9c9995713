"""Fault modes of the simulator, switched at run time through POST /__sim/config."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import jwt
import pytest

from kling_mock import (
    DEFAULT_ACCESS_KEY,
    DEFAULT_SECRET_KEY,
    DroppedConnection,
    ManualClock,
    SimulatorTransport,
    create_app,
    simulator_of,
)

pytestmark = pytest.mark.anyio
T2V = "/v1/videos/text2video"
IMG = "/v1/images/generations"
TRY_ON = "/v1/images/kolors-virtual-try-on"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
async def client(clock: ManualClock, sleeps: list[float]) -> AsyncIterator[httpx.AsyncClient]:
    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        await clock.sleep(seconds)

    app = create_app({"seed": 7}, clock=clock, sleep=sleep)
    claims = {"iss": DEFAULT_ACCESS_KEY, "exp": int(clock()) + 3600, "nbf": int(clock()) - 5}
    auth = {"Authorization": "Bearer " + jwt.encode(claims, DEFAULT_SECRET_KEY, algorithm="HS256")}
    async with httpx.AsyncClient(
        transport=SimulatorTransport(app), base_url="http://sim.test", headers=auth
    ) as http:
        yield http
    await simulator_of(app).aclose()


async def faults(client: httpx.AsyncClient, *rules: dict[str, Any], **more: Any) -> None:
    response = await client.post("/__sim/config", json={"faults": list(rules), **more})
    assert response.status_code == 200, response.text


async def stats(client: httpx.AsyncClient) -> dict[str, Any]:
    data: dict[str, Any] = (await client.get("/__sim/stats")).json()
    return data


def codes(*responses: httpx.Response) -> list[tuple[int, int]]:
    return [(r.status_code, r.json()["code"]) for r in responses]


async def test_concurrency_limit_per_resource(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    await faults(client, concurrency={"video": 2, "image": 3, "try_on": 1})
    first = [await client.post(T2V, json={"prompt": "p"}) for _ in range(3)]
    assert codes(*first) == [(200, 0), (200, 0), (429, 1303)]
    assert first[2].json()["message"] == "parallel task over resource pack limit"
    assert codes(await client.post(IMG, json={"prompt": "p", "n": 3})) == [(200, 0)]
    assert codes(await client.post(IMG, json={"prompt": "p"})) == [(429, 1303)]  # n slots held
    body = {"human_image": "h", "cloth_image": "c"}
    assert codes(await client.post(TRY_ON, json=body), await client.post(TRY_ON, json=body)) == [
        (200, 0),
        (429, 1303),
    ]
    clock.advance(1.0)  # everything finished: slots are free again
    assert codes(await client.post(T2V, json={"prompt": "p"})) == [(200, 0)]
    assert (await stats(client))["tasks_created"] == 5


async def test_rate_limit_next_k_then_probability(client: httpx.AsyncClient) -> None:
    await faults(client, {"kind": "rate_limit", "count": 2, "operations": ["list"]})
    answers = codes(*[await client.get(T2V) for _ in range(3)])
    assert answers == [(429, 1302), (429, 1302), (200, 0)]
    assert codes(await client.post(T2V, json={"prompt": "p"})) == [(200, 0)]  # create not listed

    async def limited() -> list[int]:
        await faults(client, {"kind": "rate_limit", "probability": 0.5}, seed=3)
        return [(await client.get(T2V)).status_code for _ in range(200)]

    first = await limited()
    assert set(first) == {200, 429} and 60 < first.count(429) < 140
    assert await limited() == first  # seeded: reproducible


@pytest.mark.parametrize(("code", "status"), [(5000, 500), (5001, 503), (5002, 504)])
async def test_server_errors_per_operation(
    client: httpx.AsyncClient, code: int, status: int
) -> None:
    await faults(client, {"kind": "server_error", "code": code, "count": 1, "operations": ["get"]})
    created = (await client.post(T2V, json={"prompt": "p"})).json()["data"]["task_id"]
    assert codes(await client.get(T2V)) == [(200, 0)]  # list is not "get"
    errors = codes(await client.get(f"{T2V}/{created}"), await client.get(f"{T2V}/{created}"))
    assert errors == [(status, code), (200, 0)]
    assert (await stats(client))["faults_fired"] == {"server_error": 1}


async def test_faults_limited_to_families(client: httpx.AsyncClient) -> None:
    await faults(client, {"kind": "server_error", "families": ["image_generation"]})
    assert codes(await client.get(T2V), await client.get(IMG)) == [(200, 0), (500, 5000)]


async def test_slow_answers_use_the_injected_sleep(
    client: httpx.AsyncClient, sleeps: list[float]
) -> None:
    await faults(client, {"kind": "slow", "seconds": 30, "count": 1})
    assert codes(await client.get(T2V), await client.get(T2V)) == [(200, 0), (200, 0)]
    assert sleeps == [30.0]


async def test_drop_after_create_keeps_the_task(client: httpx.AsyncClient) -> None:
    await faults(client, {"kind": "drop", "count": 1})
    with pytest.raises(httpx.RemoteProtocolError) as caught:
        await client.post(T2V, json={"prompt": "p", "external_task_id": "lost-1"})
    assert caught.value.request.method == "POST"
    found = (await client.get(f"{T2V}/lost-1")).json()["data"]
    data = await stats(client)
    assert data["requests"]["create"] == 1
    assert data["created_by_external_task_id"] == {"lost-1": [found["task_id"]]}
    retry = await client.post(T2V, json={"prompt": "p", "external_task_id": "lost-1"})
    assert codes(retry) == [(400, 1201)]


async def test_drop_before_create_stores_nothing(client: httpx.AsyncClient) -> None:
    await faults(client, {"kind": "drop", "when": "before", "count": 1})
    with pytest.raises(httpx.RemoteProtocolError):
        await client.post(T2V, json={"prompt": "p", "external_task_id": "never"})
    assert codes(await client.get(f"{T2V}/never")) == [(404, 1203)]
    await faults(client, {"kind": "drop", "operations": ["get", "list"], "count": 1})
    with pytest.raises(httpx.RemoteProtocolError):
        await client.get(T2V)


async def test_plain_asgi_transport_sees_dropped_connection(clock: ManualClock) -> None:
    app = create_app({"auth": False, "faults": [{"kind": "drop"}]}, clock=clock)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://s") as c:
        with pytest.raises(DroppedConnection):
            await c.post(T2V, json={"prompt": "p"})
    assert len(simulator_of(app).store) == 1


async def test_insufficient_balance_on_create(client: httpx.AsyncClient) -> None:
    await faults(client, {"kind": "insufficient_balance", "count": 1})
    assert codes(await client.get(T2V)) == [(200, 0)]
    refused = await client.post(T2V, json={"prompt": "p"})
    assert codes(refused, await client.post(T2V, json={"prompt": "p"})) == [(429, 1102), (200, 0)]
    assert (await stats(client))["tasks_created"] == 1


async def result_url(client: httpx.AsyncClient, clock: ManualClock) -> str:
    task_id = (await client.post(T2V, json={"prompt": "p"})).json()["data"]["task_id"]
    clock.advance(1.0)
    data = (await client.get(f"{T2V}/{task_id}")).json()["data"]
    url: str = data["task_result"]["videos"][0]["url"]
    return url


async def test_truncated_download(client: httpx.AsyncClient, clock: ManualClock) -> None:
    url = await result_url(client, clock)
    full = await client.get(url)
    assert full.status_code == 200
    await faults(client, {"kind": "truncate", "count": 1, "fraction": 0.25})
    with pytest.raises(httpx.RemoteProtocolError):
        await client.get(url)
    assert (await client.get(url)).content == full.content


async def test_expired_results(client: httpx.AsyncClient, clock: ManualClock) -> None:
    url = await result_url(client, clock)
    await faults(client, {"kind": "expired_results"})
    assert codes(await client.get(url)) == [(404, 1203)]
    await faults(client)
    assert (await client.get(url)).status_code == 200
    data = await stats(client)
    assert data["requests"]["file"] == 2 and data["faults_fired"]["expired_results"] == 1


async def test_reset_restores_start_up_faults(clock: ManualClock) -> None:
    app = create_app({"auth": False, "faults": [{"kind": "rate_limit", "count": 1}]}, clock=clock)
    async with httpx.AsyncClient(transport=SimulatorTransport(app), base_url="http://s") as c:
        assert codes(await c.get(T2V), await c.get(T2V)) == [(429, 1302), (200, 0)]
        await c.post("/__sim/reset")
        assert codes(await c.get(T2V)) == [(429, 1302)]
        assert (await stats(c))["faults_remaining"] == [{"kind": "rate_limit", "remaining": 0}]


# --- faults after the commit: stored, but the answer lost or late (never billed twice) ---------


async def lookup(client: httpx.AsyncClient, ext: str) -> int:
    return (await client.get(f"{T2V}/{ext}")).status_code


async def test_a_late_commit_loses_the_answer_and_hides_the_task_for_its_lag(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    await faults(client, {"kind": "late_commit", "seconds": 5, "count": 1})
    with pytest.raises(httpx.RemoteProtocolError):
        await client.post(T2V, json={"prompt": "p", "external_task_id": "late-1"})
    assert await lookup(client, "late-1") == 404
    listed = (await client.get(T2V)).json()["data"]
    assert listed == []
    assert (await stats(client))["tasks_not_yet_visible"] == 1
    clock.advance(4.9)
    assert await lookup(client, "late-1") == 404
    clock.advance(0.2)
    assert await lookup(client, "late-1") == 200
    counted = await stats(client)
    assert counted["tasks_created"] == 1 and counted["tasks_not_yet_visible"] == 0
    assert list(counted["created_by_external_task_id"]) == ["late-1"]


async def test_without_uniqueness_a_resubmission_during_the_lag_makes_a_second_task(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    await faults(
        client,
        {"kind": "late_commit", "seconds": 5, "count": 1},
        unique_external_task_id=False,
    )
    with pytest.raises(httpx.RemoteProtocolError):
        await client.post(T2V, json={"prompt": "p", "external_task_id": "dup-1"})
    again = await client.post(T2V, json={"prompt": "p", "external_task_id": "dup-1"})
    assert again.status_code == 200
    clock.advance(6)
    assert len((await stats(client))["created_by_external_task_id"]["dup-1"]) == 2


async def test_with_uniqueness_the_uncommitted_id_is_not_seen_either(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    # Like a real server whose uniqueness check reads committed rows only.
    await faults(client, {"kind": "late_commit", "seconds": 5, "count": 1})
    with pytest.raises(httpx.RemoteProtocolError):
        await client.post(T2V, json={"prompt": "p", "external_task_id": "race-1"})
    assert (await client.post(T2V, json={"prompt": "p", "external_task_id": "race-1"})).is_success
    clock.advance(6)
    refused = await client.post(T2V, json={"prompt": "p", "external_task_id": "race-1"})
    assert (refused.status_code, refused.json()["code"]) == (400, 1201)


@pytest.mark.parametrize("code", [5000, 5001, 5002])
async def test_an_error_after_commit_stores_the_task(
    client: httpx.AsyncClient, clock: ManualClock, code: int
) -> None:
    await faults(client, {"kind": "error_after_commit", "code": code, "count": 1})
    answer = await client.post(T2V, json={"prompt": "p", "external_task_id": "err-1"})
    assert answer.json()["code"] == code and answer.status_code >= 500
    assert await lookup(client, "err-1") == 200
    assert (await stats(client))["faults_fired"] == {"error_after_commit": 1}


async def test_an_error_after_a_late_commit(client: httpx.AsyncClient, clock: ManualClock) -> None:
    await faults(client, {"kind": "error_after_commit", "seconds": 3, "count": 1})
    answer = await client.post(T2V, json={"prompt": "p", "external_task_id": "err-2"})
    assert answer.status_code == 500
    assert await lookup(client, "err-2") == 404
    clock.advance(3)
    assert await lookup(client, "err-2") == 200


async def test_reset_forgets_uncommitted_tasks(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    await faults(client, {"kind": "late_commit", "seconds": 5, "count": 1})
    with pytest.raises(httpx.RemoteProtocolError):
        await client.post(T2V, json={"prompt": "p", "external_task_id": "gone-1"})
    await client.post("/__sim/reset")
    clock.advance(10)
    assert await lookup(client, "gone-1") == 404
    assert (await stats(client))["tasks_created"] == 0
