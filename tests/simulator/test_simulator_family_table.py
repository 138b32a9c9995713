"""The simulator's routes come from the spec's family table: a throw-away family added to a copy of
the spec is served (create, get by id, list) with no simulator edit."""

from __future__ import annotations

import httpx
import pytest

from kling_ext import spec
from kling_mock import ManualClock, create_app
from kling_mock._families import FAMILIES, families_from
from tests.simulator.test_simulator import bearer
from tests.unit.test_family_table import with_zoom_family

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_the_simulator_serves_every_task_family_of_the_spec() -> None:
    assert [f.key for f in FAMILIES] == list(spec.FAMILIES)
    assert {f.path for f in FAMILIES} == {f.path for f in spec.FAMILIES.values()}


async def test_a_new_family_in_the_spec_is_served_by_the_simulator() -> None:
    families = families_from(with_zoom_family(spec.load_spec()))
    zoom = next(f for f in families if f.key == "zoom")
    assert (zoom.path, zoom.kind, zoom.resource) == ("/v1/videos/zoom", "video", "video")
    clock = ManualClock()
    app = create_app({}, clock=clock, sleep=clock.sleep, families=families)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://sim.test", headers=bearer(clock())
    ) as http:
        created = await http.post("/v1/videos/zoom", json={"image": "https://img.test/a.png"})
        assert created.status_code == 200, created.text
        task_id = created.json()["data"]["task_id"]
        one = (await http.get(f"/v1/videos/zoom/{task_id}")).json()["data"]
        listed = (await http.get("/v1/videos/zoom")).json()["data"]
    assert one["task_id"] == task_id and one["task_status"] == "submitted"
    assert [t["task_id"] for t in listed] == [task_id]
    assert created.request.url.path not in {f.path for f in FAMILIES}
