"""AsyncKling bounds the requests in flight at ``max_connections``: callers beyond it wait for a
slot (taken at once when free) and every call still completes."""

from __future__ import annotations

import anyio
import httpx
import pytest

from kling_ext import AsyncKling

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.parametrize("limit", [1, 3])
async def test_requests_in_flight_never_exceed_the_limit(limit: int) -> None:
    inside, peak = 0, 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal inside, peak
        inside += 1
        peak = max(peak, inside)
        await anyio.sleep(0.01)
        inside -= 1
        task = {"task_id": request.url.path.rsplit("/", 1)[-1], "task_status": "submitted"}
        return httpx.Response(200, json={"code": 0, "message": "ok", "data": task})

    async with AsyncKling(
        api_key="in-flight-test-key-0123",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(handler),
        max_connections=limit,
    ) as client:
        got: list[str] = []

        async def one(index: int) -> None:
            got.append((await client.videos.text2video.get(f"t-{index}")).id)

        async with anyio.create_task_group() as group:
            for index in range(8):
                group.start_soon(one, index)
    assert sorted(got) == sorted(f"t-{i}" for i in range(8))
    assert peak == limit
