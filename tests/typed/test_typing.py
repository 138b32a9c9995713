"""The typed surface: mypy --strict accepts the usage file and refuses each marked mistake; the
usage file also runs, against a respx router."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
import respx
from mypy import api as mypy_api

from kling_ext import AsyncKling, Kling
from tests.client._fakes import ACCESS_KEY, BASE, SECRET_KEY, FakeTime, ok, task
from tests.typed import usage_ok

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
MP4 = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64


def _mypy(path: Path) -> list[str]:
    out, err, _ = mypy_api.run(
        ["--strict", "--config-file", str(ROOT / "pyproject.toml"), "--no-incremental", str(path)]
    )
    assert not err, err
    return [line for line in out.splitlines() if ": error:" in line]


@pytest.mark.slow
def test_the_usage_file_type_checks() -> None:
    assert _mypy(HERE / "usage_ok.py") == []


@pytest.mark.slow
def test_each_mistake_is_refused_by_mypy() -> None:
    source = (HERE / "usage_bad.py").read_text().splitlines()
    expected = {n for n, line in enumerate(source, 1) if "# E:" in line}
    errors = _mypy(HERE / "usage_bad.py")
    lines = {int(m.group(1)) for e in errors if (m := re.search(r"usage_bad\.py:(\d+):", e))}
    assert lines == expected, "\n".join(errors)
    text = "\n".join(errors)
    assert '"promt"' in text  # the misspelled field is named
    assert 'Argument "duration"' in text and "Literal[7]" in text


def _serve(router: respx.Router, path: str, key: str, urls: list[str]) -> None:
    done = task("t-1", "succeed", external_id="ext-1")
    done["task_result"] = {key: [{"id": f"r{i}", "url": u} for i, u in enumerate(urls)]}
    router.post(path).mock(side_effect=lambda r: ok(task("t-1", external_id="ext-1")))
    router.get(f"{path}/t-1").mock(return_value=ok(done))
    for url in urls:
        router.get(url).mock(return_value=httpx.Response(200, content=MP4))


def test_the_usage_file_runs(tmp_path: Path) -> None:
    router = respx.Router(base_url=BASE, assert_all_called=False)
    _serve(router, "/v1/videos/text2video", "videos", ["https://cdn.test/v.mp4"])
    time = FakeTime()
    transport = httpx.MockTransport(router.handler)
    options = {"access_key": ACCESS_KEY, "secret_key": SECRET_KEY, "base_url": BASE}
    with Kling(transport=transport, sleep=time.sleep, clock=time.clock, **options) as client:  # type: ignore[arg-type]
        paths = usage_ok.make_video(client, tmp_path)
        assert [p.read_bytes() for p in paths] == [MP4]
        assert usage_ok.from_model(client).id == "t-1"
    sent = [c.request for c in router.calls if c.request.method == "POST"]
    assert b'"type":"down_back"' in sent[0].content.replace(b" ", b"")


@pytest.mark.anyio
async def test_the_async_usage_runs() -> None:
    router = respx.Router(base_url=BASE, assert_all_called=False)
    _serve(router, "/v1/images/generations", "images", ["https://cdn.test/a.png"])
    time = FakeTime()
    client = AsyncKling(
        transport=httpx.MockTransport(router.async_handler),
        sleep=time.asleep,
        clock=time.clock,
        access_key=ACCESS_KEY,
        secret_key=SECRET_KEY,
        base_url=BASE,
    )
    async with client:
        assert await usage_ok.make_image(client) == ["https://cdn.test/a.png"]


def _standard_router(ids: list[str]) -> respx.Router:
    router = respx.Router(base_url=BASE, assert_all_called=False)
    video = {"type": "video", "id": "v-1", "url": "https://cdn.test/s.mp4", "duration": "5"}
    ended = [{"id": i, "status": "succeeded", "create_time": 1, "outputs": [video]} for i in ids]
    router.post("/text-to-video/kling-3.0-turbo").mock(
        return_value=ok({"id": ids[0], "status": "submitted", "create_time": 1})
    )
    router.get("/tasks").mock(return_value=ok(ended))
    router.get("https://cdn.test/s.mp4").mock(return_value=httpx.Response(200, content=MP4))
    return router


def test_the_standard_usage_runs(tmp_path: Path) -> None:
    router = _standard_router(["s-1"])
    time = FakeTime()
    transport = httpx.MockTransport(router.handler)
    with Kling(
        api_key="key-typed-usage-0123456789abcdef",
        base_url=BASE,
        transport=transport,
        sleep=time.sleep,
        clock=time.clock,
    ) as client:
        paths = usage_ok.make_standard_video(client, tmp_path)
    assert [p.read_bytes() for p in paths] == [MP4]
    sent = next(c.request for c in router.calls if c.request.method == "POST")
    assert b'"external_task_id":"boat-1"' in sent.content.replace(b" ", b"")


@pytest.mark.anyio
async def test_the_async_standard_usage_runs() -> None:
    router = _standard_router(["s-1", "s-2"])
    time = FakeTime()
    client = AsyncKling(
        api_key="key-typed-usage-0123456789abcdef",
        base_url=BASE,
        transport=httpx.MockTransport(router.async_handler),
        sleep=time.asleep,
        clock=time.clock,
    )
    async with client:
        assert await usage_ok.wait_standard(client, ["s-2", "s-1"]) == ["s-1", "s-2"]
