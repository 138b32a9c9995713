"""``kling_mock.serve()`` and ``kling_mock.in_process()`` for other frameworks: the KlingMock they
yield, its controls, the clock jump, and the in-process transport with both clients."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import kling_mock
from kling_ext import (
    AsyncKling,
    ConcurrencyLimitError,
    Kling,
    RateLimitError,
    TaskFailedError,
    WaitTimeoutError,
)
from kling_mock import DEFAULT_API_KEY, KlingMock, ManualClock, create_app, in_process, serve
from kling_mock.pytest_plugin import client_options
from tests.testing_with_mock._project import run_user_tests

pytestmark = pytest.mark.anyio
FAST = {"processing_after": 0.0, "succeed_after": 0.1}


@pytest.fixture(params=["served", "in-process"])
def mock(request: pytest.FixtureRequest) -> Iterator[KlingMock]:
    """The simulator over HTTP, then without a port: each test runs on both."""
    factory = serve(config=FAST) if request.param == "served" else in_process(FAST)
    with factory as running:
        yield running


async def test_serve_yields_the_base_url_and_the_fake_keys() -> None:
    with serve(port=0) as mock:
        assert mock.base_url.startswith("http://127.0.0.1:")
        assert not mock.base_url.endswith(":0")
        assert (mock.api_key, mock.access_key) == (DEFAULT_API_KEY, kling_mock.DEFAULT_ACCESS_KEY)
        assert mock.secret_key == kling_mock.DEFAULT_SECRET_KEY
        assert mock.transport is None
        assert repr(mock) == f"KlingMock({mock.base_url!r})"
        health = httpx.get(f"{mock.base_url}/__sim/health")
        assert health.json() == {"status": "ok"}
        with Kling(access_key=mock.access_key, secret_key=mock.secret_key, base_url=mock.base_url):
            pass
    with pytest.raises(httpx.ConnectError):  # stopped on exit
        httpx.get(f"{mock.base_url}/__sim/health")


async def test_a_port_in_use_is_refused() -> None:
    with serve() as mock:
        port = int(mock.base_url.rsplit(":", 1)[1])
        with pytest.raises(OSError), serve(port=port):
            pass


async def test_both_clients_create_wait_and_download(mock: KlingMock, tmp_path: Path) -> None:
    with mock.client(**client_options()) as client:
        done = client.videos.text2video.wait(client.videos.text2video.create(prompt="a fox"))
        assert [p.suffix for p in client.download(done, tmp_path / "sync")] == [".mp4"]
    async with mock.async_client(**client_options()) as aclient:
        task = await aclient.audio.text_to_audio.create(prompt="rain on a tin roof")
        done = await aclient.audio.text_to_audio.wait(task, timeout=20)
        paths = await aclient.download(done, tmp_path / "async")
        assert sorted(p.suffix for p in paths) == [".mp3", ".wav"]
    assert mock.stats()["tasks_created"] == 2


async def test_controls_fail_stall_limit_fault_and_jump(mock: KlingMock) -> None:
    async with mock.async_client(**client_options()) as client:
        t2v = client.videos.text2video
        mock.fail_tasks()
        with pytest.raises(TaskFailedError, match="fail_all is set"):
            await t2v.wait(await t2v.create(prompt="a fox"), timeout=20)
        mock.fail_tasks(False)
        mock.stall_tasks()
        stalled = await t2v.create(prompt="a fox")
        with pytest.raises(WaitTimeoutError):
            await t2v.wait(stalled, timeout=0.2)
        before = (await t2v.get(stalled.task_id)).status
        now = mock.jump(kling_mock._serve.STALL_SECONDS)
        assert before == "processing"
        assert (await t2v.get(stalled.task_id)).status == "succeed"
        assert now == pytest.approx(mock.jump(0))
        mock.limit_concurrency(0, "image")
        with pytest.raises(ConcurrencyLimitError):
            await client.images.generations.create(prompt="a fox")
        assert (await t2v.create(prompt="video is not limited")).task_id
        mock.add_fault("rate_limit", count=1)
        mock.add_fault("server_error", count=0)
        assert [f["kind"] for f in mock.config()["faults"]] == ["rate_limit", "server_error"]
        with pytest.raises(RateLimitError):
            await t2v.create(prompt="a fox")
    assert mock.stats()["faults_fired"] == {"rate_limit": 1}
    mock.reset()
    assert mock.stats()["tasks_created"] == 0
    assert mock.config()["faults"] == []


async def test_refused_controls_raise_value_error(mock: KlingMock) -> None:
    with pytest.raises(ValueError, match="unknown configuration keys: colour"):
        mock.configure(colour="red")
    with pytest.raises(ValueError, match="fault kind must be one of"):
        mock.add_fault("meteor")
    with pytest.raises(ValueError, match=r"seconds must be a number in \[0, "):
        mock.jump(-1)


async def test_the_clock_endpoint_and_its_reset() -> None:
    clock = ManualClock(1_800_000_000.0)
    app = create_app(FAST, clock=clock, sleep=clock.sleep)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim") as http:
        assert (await http.get("/__sim/clock")).json() == {"now": 1_800_000_000.0, "offset": 0.0}
        jumped = await http.post("/__sim/clock", json={"advance": 60})
        assert jumped.json() == {"now": 1_800_000_060.0, "offset": 60.0}
        clock.advance(1)  # the clock it follows still moves it
        assert (await http.get("/__sim/clock")).json()["now"] == 1_800_000_061.0
        for body in (b"[]", b"{}", b'{"advance": true}', b'{"advance": "5"}', b"not json"):
            refused = await http.post("/__sim/clock", content=body)
            assert refused.status_code == 400
            assert refused.json() == {"error": 'the body must be {"advance": <seconds>}'}
        for body in (b'{"advance": Infinity}', b'{"advance": NaN}', b'{"advance": 4e7}'):
            refused = await http.post("/__sim/clock", content=body)
            assert refused.status_code == 400
            assert refused.json()["error"].startswith("seconds must be a number in [0, ")
        await http.post("/__sim/reset")
        assert (await http.get("/__sim/clock")).json() == {"now": 1_800_000_001.0, "offset": 0.0}


async def test_the_in_process_transport_serves_a_sync_and_an_async_client_at_once() -> None:
    with in_process(FAST) as mock:
        assert mock.base_url == "http://kling-mock.local"
        assert isinstance(mock.transport, kling_mock._inprocess.BorrowedTransport)
        sync = Kling(api_key=DEFAULT_API_KEY, base_url=mock.base_url, transport=mock.transport)
        with sync:
            created = sync.videos.text2video.create(prompt="a fox")
        # closing a client leaves the shared transport running
        async with AsyncKling(
            api_key=DEFAULT_API_KEY, base_url=mock.base_url, transport=mock.transport
        ) as aclient:
            got = await aclient.videos.text2video.get(created.task_id)
        assert got.task_id == created.task_id


async def test_a_dropped_connection_is_a_protocol_error_in_process() -> None:
    transport = kling_mock.InProcessTransport(
        create_app({"auth": False, "faults": [{"kind": "drop"}]})
    )
    request = httpx.Request("POST", "http://sim/v1/videos/text2video", json={"prompt": "a fox"})
    with pytest.raises(httpx.RemoteProtocolError) as caught:
        transport.handle_request(request)
    assert caught.value.request is request
    await transport.aclose()
    transport.close()  # closing twice is harmless
    # it starts again on the next request
    health = httpx.Request("GET", "http://sim/__sim/health")
    assert (await transport.handle_async_request(health)).json() == {"status": "ok"}
    await asyncio.to_thread(transport.close)


def test_the_package_and_its_plugin_import_cheaply_and_without_the_mock_extra() -> None:
    code = (
        "import sys\n"
        "sys.modules['starlette'] = sys.modules['uvicorn'] = None\n"
        "import kling_mock, kling_mock.pytest_plugin\n"
        "print(sorted(m for m in ('kling_ext', 'httpx', 'kling_mock._sim') if m in sys.modules))\n"
        "print(kling_mock.DEFAULT_API_KEY)\n"
        "try:\n"
        "    kling_mock.serve\n"
        "except ImportError as exc:\n"
        "    print('needs', exc.name.partition('.')[0])\n"
        "try:\n"
        "    kling_mock.nothing\n"
        "except AttributeError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.splitlines() == [
        "[]",  # a cheap import: pytest loads the plugin in every run
        DEFAULT_API_KEY,
        "needs starlette",
        "module 'kling_mock' has no attribute 'nothing'",
    ]


def test_the_fixtures_name_the_missing_extra(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makeconftest("import sys\nsys.modules['starlette'] = None\n")
    pytester.makepyfile(test_x="def test_x(kling_client):\n    pass\n")
    result = run_user_tests(pytester, monkeypatch)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*need the [[]mock[]] extra (starlette is missing)*"])


def test_a_jump_ends_the_simulator_s_own_waits_early() -> None:
    """A slow answer due in an hour comes back as soon as the clock jumps past it."""
    slow = {"faults": [{"kind": "slow", "seconds": 3600, "operations": ["get"]}]}
    with serve(config=slow) as m, m.client(**client_options()) as client:
        task = client.videos.text2video.create(prompt="a fox")
        result: list[str] = []
        reader = threading.Thread(
            target=lambda: result.append(client.videos.text2video.get(task.id).status)
        )
        started = time.monotonic()
        reader.start()
        time.sleep(0.3)
        assert reader.is_alive()  # still waiting for the slow answer
        m.jump(1800)
        reader.join(0.5)
        assert reader.is_alive()  # half way: still waiting
        m.jump(1800)
        reader.join(10)
        assert result == ["succeed"]  # an hour of simulated time has passed
        assert time.monotonic() - started < 10


async def test_the_default_sleep_yields_and_wakes_on_a_jump() -> None:
    clock = kling_mock._timewarp.JumpClock(lambda: 100.0)  # real time stands still
    await clock.sleep(0)
    await clock.sleep(-1)
    sleeping = asyncio.ensure_future(clock.sleep(60))
    await asyncio.sleep(0.01)
    clock.jump(30)
    await asyncio.sleep(0.01)
    assert not sleeping.done()
    clock.jump(30)
    await asyncio.wait_for(sleeping, 5)
    cancelled = asyncio.ensure_future(clock.sleep(60))
    await asyncio.sleep(0.01)
    cancelled.cancel()
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    assert not clock._sleepers
