"""JWT checks of the simulator: every auth error code, with the injected clock deciding time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import jwt
import pytest

from kling_mock import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, ManualClock, create_app, simulator_of

pytestmark = pytest.mark.anyio
T2V = "/v1/videos/text2video"
OTHER_SECRET = "another-secret-key-that-is-long-enough-0123"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def token(now: float, secret: str = DEFAULT_SECRET_KEY, **claims: Any) -> str:
    payload = {"iss": DEFAULT_ACCESS_KEY, "exp": int(now) + 1800, "nbf": int(now) - 5, **claims}
    payload = {k: v for k, v in payload.items() if v is not None}
    return jwt.encode(payload, secret, algorithm="HS256")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def client(clock: ManualClock) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(None, clock=clock, sleep=clock.sleep)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://sim.test"
    ) as http:
        yield http
    await simulator_of(app).aclose()


async def call(client: httpx.AsyncClient, authorization: str | None) -> httpx.Response:
    headers = {} if authorization is None else {"Authorization": authorization}
    return await client.get(T2V, headers=headers)


def code_of(response: httpx.Response) -> tuple[int, int]:
    body = response.json()
    assert set(body) == {"code", "message", "request_id"}
    return response.status_code, body["code"]


def code_of_ok(response: httpx.Response) -> bool:
    return response.status_code == 200 and response.json()["code"] == 0


async def test_valid_token_passes(client: httpx.AsyncClient, clock: ManualClock) -> None:
    assert code_of_ok(await call(client, "Bearer " + token(clock())))


@pytest.mark.parametrize("header", [None, "", "   "])
async def test_missing_header_is_1001(client: httpx.AsyncClient, header: str | None) -> None:
    assert code_of(await call(client, header)) == (401, 1001)


@pytest.mark.parametrize(
    "make",
    [
        lambda now: token(now),  # no "Bearer " prefix
        lambda now: "Basic " + token(now),
        lambda now: "Bearer  " + token(now),  # two spaces
        lambda now: "bearer " + token(now),
        lambda now: "Bearer not-a-jwt",
        lambda now: "Bearer " + token(now, secret=OTHER_SECRET),
        lambda now: "Bearer " + token(now, iss="someone-else"),
        lambda now: "Bearer " + token(now, iss=None),
        lambda now: "Bearer " + token(now, exp=None),
        lambda now: "Bearer " + token(now, exp="soon"),
        lambda now: "Bearer " + jwt.encode({"iss": DEFAULT_ACCESS_KEY}, None, algorithm="none"),
    ],
)
async def test_invalid_token_is_1002(
    client: httpx.AsyncClient, clock: ManualClock, make: Any
) -> None:
    response = await call(client, make(clock()))
    assert code_of(response) == (401, 1002)
    assert DEFAULT_SECRET_KEY not in response.text


async def test_not_yet_valid_is_1003(client: httpx.AsyncClient, clock: ManualClock) -> None:
    early = "Bearer " + token(clock(), nbf=int(clock()) + 60)
    assert code_of(await call(client, early)) == (401, 1003)
    clock.advance(60)
    assert code_of_ok(await call(client, early))


async def test_expired_is_1004_without_leeway(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    now = int(clock())
    header = "Bearer " + token(now, exp=now + 30)
    assert code_of_ok(await call(client, header))
    clock.advance(29.999)
    assert code_of_ok(await call(client, header))
    clock.advance(0.001)  # exactly exp
    assert code_of(await call(client, header)) == (401, 1004)
    assert code_of(await call(client, "Bearer " + token(now, exp=now - 1))) == (401, 1004)


async def test_every_api_route_needs_auth(client: httpx.AsyncClient) -> None:
    for method, path in [
        ("POST", T2V),
        ("GET", f"{T2V}/1"),
        ("GET", "/v1/images/kolors-virtual-try-on"),
        ("GET", "/account/costs?start_time=0&end_time=1"),
    ]:
        assert code_of(await client.request(method, path, json={})) == (401, 1001)
    assert (await client.get("/__sim/stats")).status_code == 200  # control needs no token


async def test_configured_keys_and_auth_off(clock: ManualClock) -> None:
    config = {"access_key": "ak-test", "secret_key": OTHER_SECRET}
    app = create_app(config, clock=clock)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://s") as c:
        good = "Bearer " + token(clock(), secret=OTHER_SECRET, iss="ak-test")
        assert code_of_ok(await call(c, good))
        assert code_of(await call(c, "Bearer " + token(clock()))) == (401, 1002)
        assert (await c.post("/__sim/config", json={"auth": False})).status_code == 200
        assert code_of_ok(await call(c, None))
        stats = (await c.get("/__sim/stats")).json()
        assert stats["requests"]["list"] == 3  # refused requests are counted too
