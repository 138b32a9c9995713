"""Downloading a finished task's results through Kling / AsyncKling (``client.download``).

The API and the file host answer from one respx router, so the test sees which requests carry
Kling's token: API requests do, file requests never do.
"""

from __future__ import annotations

import concurrent.futures
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from kling_ext import Kling, ResultExpiredError, Task
from tests.client._fakes import (
    T2V,
    FakeTime,
    bearer_claims,
    call,
    ok,
    opened,
    task,
)

pytestmark = pytest.mark.anyio
CDN = "https://cdn.test"
VIDEO = b"\x00\x00\x00\x18ftypmp42" * 1000
PNG = b"\x89PNG\r\n\x1a\n" + b"p" * 500


def finished(task_id: str = "867283741759111202", **urls: str) -> Task:
    videos = [{"id": "v-1", "url": urls.get("video", f"{CDN}/out/clip.mp4?sig=S3CR3T")}]
    images = [
        {"index": 0, "url": urls.get("image0", f"{CDN}/img/a.jpg?sig=S3CR3T")},
        {"index": 1, "url": urls.get("image1", f"{CDN}/img/b")},
    ]
    return Task.from_dict(task(task_id, "succeed", videos=videos, images=images))


def serve_files(router: respx.Router) -> list[respx.Route]:
    return [
        router.get(f"{CDN}/out/clip.mp4").mock(return_value=httpx.Response(200, content=VIDEO)),
        router.get(f"{CDN}/img/a.jpg").mock(return_value=httpx.Response(200, content=PNG)),
        router.get(f"{CDN}/img/b").mock(return_value=httpx.Response(200, content=PNG)),
    ]


async def test_results_are_streamed_to_files_named_from_ids_without_the_kling_token(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    done = finished()
    api = router.get(f"{T2V}/{done.task_id}").mock(return_value=ok(done.to_dict()))
    files = serve_files(router)
    async with opened(mode, router, time) as client:
        got = await call(client.videos.text2video.get(done.task_id))
        paths = await call(client.download(got, tmp_path / "out"))
    tid = done.task_id
    assert [p.name for p in paths] == [
        f"{tid}-video-v-1.mp4",
        f"{tid}-image-0.jpg",
        f"{tid}-image-1.png",
    ]
    assert [p.read_bytes() for p in paths] == [VIDEO, PNG, PNG]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in paths)
    assert bearer_claims(api.calls.last.request)  # the API gets the token...
    for route in files:  # ...the file host never does
        request = route.calls.last.request
        assert "Authorization" not in request.headers
        assert request.headers["User-Agent"].startswith("kling-python/")
        assert request.url.params.get("sig") in (None, "S3CR3T")  # the signed URL is used as is


async def test_a_redirect_to_another_host_carries_no_token_either(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    done = finished(image0=f"{CDN}/img/b", image1=f"{CDN}/img/b")
    router.get(f"{CDN}/out/clip.mp4").mock(
        return_value=httpx.Response(302, headers={"Location": "https://edge.test/v.mp4"})
    )
    edge = router.get("https://edge.test/v.mp4").mock(
        return_value=httpx.Response(200, content=VIDEO)
    )
    router.get(f"{CDN}/img/b").mock(return_value=httpx.Response(200, content=PNG))
    async with opened(mode, router, time) as client:
        paths = await call(client.download(done, tmp_path))
    assert paths[0].read_bytes() == VIDEO
    assert "Authorization" not in edge.calls.last.request.headers


async def test_complete_files_already_there_are_skipped(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    done = finished()
    existing = tmp_path / f"{done.task_id}-video-v-1.mp4"
    existing.write_bytes(b"kept")
    router.get(f"{CDN}/img/a.jpg").mock(return_value=httpx.Response(200, content=PNG))
    router.get(f"{CDN}/img/b").mock(return_value=httpx.Response(200, content=PNG))
    progress: list[tuple[str, int, int | None]] = []
    async with opened(mode, router, time) as client:
        paths = await call(
            client.download(
                done, tmp_path, on_progress=lambda p, n, t: progress.append((p.name, n, t))
            )
        )
    assert paths[0] == existing and existing.read_bytes() == b"kept"
    assert (existing.name, 4, 4) in progress
    assert router.calls.call_count == 2


async def test_overwrite_downloads_again(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    done = finished()
    (tmp_path / f"{done.task_id}-video-v-1.mp4").write_bytes(b"old")
    serve_files(router)
    async with opened(mode, router, time) as client:
        paths = await call(client.download(done, tmp_path, overwrite=True))
    assert paths[0].read_bytes() == VIDEO


@pytest.mark.parametrize(
    ("task_id", "url"),
    [
        ("../../escape", f"{CDN}/out/clip.mp4"),
        ("t-1", f"{CDN}/../../../../etc/passwd"),
        ("t-1", f"{CDN}/a/..%2F..%2F..%2Fevil.mp4"),
        ("/abs/path", f"{CDN}/%2e%2e/%2e%2e/x.mp4"),
    ],
)
async def test_hostile_ids_and_url_paths_stay_inside_the_directory(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path, task_id: str, url: str
) -> None:
    target = tmp_path / "inside"
    done = Task.from_dict(task(task_id, "succeed", videos=[{"id": "../v", "url": url}]))
    router.route(host="cdn.test").mock(return_value=httpx.Response(200, content=VIDEO))
    async with opened(mode, router, time) as client:
        (path,) = await call(client.download(done, target))
    assert path.resolve().parent == target.resolve()
    assert path.suffix == ".mp4" and path.read_bytes() == VIDEO
    assert [p.name for p in tmp_path.iterdir()] == ["inside"]
    assert [p.name for p in target.iterdir()] == [path.name]


async def test_an_expired_result_names_the_url_without_its_signature(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    done = Task.from_dict(
        task("t-1", "succeed", videos=[{"id": "v", "url": f"{CDN}/gone.mp4?sig=S3CR3T"}])
    )
    router.get(f"{CDN}/gone.mp4").mock(return_value=httpx.Response(404))
    async with opened(mode, router, time) as client:
        with pytest.raises(ResultExpiredError) as caught:
            await call(client.download(done, tmp_path))
    assert caught.value.url == f"{CDN}/gone.mp4"
    assert "S3CR3T" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_downloads_from_many_threads_share_one_file_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sync client's file pool is made once even when threads race for it (kling batch
    downloads from worker threads): no second pool left unclosed."""
    made: list[httpx.Client] = []
    real = httpx.Client

    def slow_client(**options: Any) -> httpx.Client:
        time.sleep(0.02)  # widen the race window
        made.append(real(**options))
        return made[-1]

    client = Kling(api_key="key-download-threads-0123456789", base_url="https://api.test")
    monkeypatch.setattr(httpx, "Client", slow_client)  # what kling_ext._client builds
    gate = threading.Barrier(8)

    def grab(_: int) -> int:
        gate.wait()
        return id(client._files_client())

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        pools = set(pool.map(grab, range(8)))
    client.close()
    assert len(pools) == 1 and len(made) == 1
