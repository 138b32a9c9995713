"""kling_ext through ``prism proxy --errors`` in front of the stateful simulator.

Prism validates our requests and the simulator's responses (a violation fails the test through
the ``traffic`` fixture). Tasks succeed 0.5 s after their create (``SIM_CONFIG``): waits are real
but short, as the simulator's clock lives in its own process. Create back-offs are injected.
"""

from __future__ import annotations

import functools
import random
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from kling_ext import AsyncKling, Kling, KlingAuth, Task, TaskFailedError

pytestmark = pytest.mark.contract

PROMPT = "a red fox trotting through fresh snow at dawn"
MP4_BRAND_OFFSET = slice(4, 8)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ASYNC_OPERATIONS = ["createVideoEffectsTask", "getImageToVideoTask", "listVirtualTryOnTasks"]


@pytest.fixture
def new_client(
    proxy_url: str, sim: httpx.Client, make_client: Callable[..., Kling]
) -> Callable[..., Kling]:
    """``new_client(**Kling options)``: a client on the Prism proxy, the simulator reset."""
    return functools.partial(make_client, proxy_url)


@pytest.fixture
def client(new_client: Callable[..., Kling]) -> Kling:
    """A ``Kling`` on the Prism proxy, the simulator freshly reset."""
    return new_client()


@pytest.fixture
async def aclient(
    proxy_url: str, sim: httpx.Client, make_async_client: Callable[..., AsyncKling]
) -> AsyncIterator[AsyncKling]:
    """An ``AsyncKling`` on the Prism proxy, the simulator freshly reset."""
    async with make_async_client(proxy_url) as client:
        yield client


def _stats(sim: httpx.Client) -> Any:
    return sim.get("/__sim/stats").json()


def _configure(sim: httpx.Client, **config: Any) -> None:
    sim.post("/__sim/config", json=config).raise_for_status()


def _external_id(task: Task) -> Any:
    return task.to_dict()["task_info"]["external_task_id"]


def test_operation_through_proxy(
    operation_id: str,
    client: Kling,
    sim: httpx.Client,
    invoke: Callable[..., Any],
    operations: dict[str, tuple[str, str, str, str]],
) -> None:
    """Each operation, called through kling_ext, passes Prism both ways and reads back typed."""
    _, _, tag, kind = operations[operation_id]
    if kind == "call":  # account costs, identify-face: one call, no task
        result = invoke(client, operation_id)
        assert result if isinstance(result, list) else result.to_dict()
        assert _stats(sim)["tasks_created"] == 0
        return
    created = invoke(client, operation_id, create=True)
    assert isinstance(created, Task)
    assert created.task_status == "submitted"
    assert _stats(sim)["created_by_external_task_id"] == {_external_id(created): [created.task_id]}
    if kind == "get":
        done = client.resource(tag).wait(created)
        by_id, by_external_id = (
            invoke(client, operation_id, key) for key in (created.task_id, _external_id(created))
        )
        assert by_id.to_dict() == by_external_id.to_dict() == done.to_dict()
        assert done.task_status == "succeed"
        assert done.to_dict()["task_result"]
    elif kind == "list":
        assert [task.task_id for task in invoke(client, operation_id)] == [created.task_id]


@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", ASYNC_OPERATIONS)
async def test_operation_through_proxy_async(
    operation_id: str, aclient: AsyncKling, sim: httpx.Client, invoke: Callable[..., Any]
) -> None:
    """A create, a get and a list, of different families, through ``AsyncKling``."""
    created = result = await invoke(aclient, operation_id, create=True)
    if not operation_id.startswith("create"):
        result = await invoke(aclient, operation_id, created.task_id)
    tasks = result if isinstance(result, list) else [result]
    assert [task.task_id for task in tasks] == [created.task_id]
    assert _stats(sim)["tasks_created"] == 1


def test_text_to_video_lifecycle_and_download(
    client: Kling, sim: httpx.Client, sim_url: str, tmp_path: Path
) -> None:
    """create -> wait (every status seen) -> download a real MP4 from the simulator's file URL."""
    _configure(sim, succeed_after=1.0)  # a processing phase of 0.9 s: several polls see it
    statuses: list[Any] = []
    task = client.videos.text2video.create(prompt=PROMPT, duration="5")
    done = client.videos.text2video.wait(task, on_update=lambda t: statuses.append(t.task_status))
    assert statuses == ["submitted", "processing", "succeed"]
    (video,) = done.to_dict()["task_result"]["videos"]
    assert video["url"].startswith(sim_url + "/files/")
    (path,) = client.download(done, tmp_path)
    assert path.read_bytes()[MP4_BRAND_OFFSET] == b"ftyp"
    assert _stats(sim)["tasks_created"] == 1


@pytest.mark.anyio
async def test_image_to_video_lifecycle_async(
    aclient: AsyncKling, sim: httpx.Client, tmp_path: Path
) -> None:
    """The same with ``AsyncKling.create_and_wait`` and an async download."""
    _configure(sim, succeed_after=1.0)
    statuses: list[Any] = []
    done = await aclient.videos.image2video.create_and_wait(
        image="https://example.com/images/portrait.jpg",
        prompt=PROMPT,
        on_update=lambda t: statuses.append(t.task_status),
    )
    (path,) = await aclient.download(done, tmp_path)
    assert statuses == ["submitted", "processing", "succeed"]
    assert path.read_bytes()[MP4_BRAND_OFFSET] == b"ftyp"


def test_image_generation_lifecycle_and_download(client: Kling, tmp_path: Path) -> None:
    """Image generation with n=2: two PNG files."""
    done = client.images.generations.create_and_wait(prompt="a watercolour map", n=2)
    paths = client.download(done, tmp_path)
    assert len(paths) == 2
    assert all(path.read_bytes().startswith(PNG_SIGNATURE) for path in paths)


def test_failed_task_raises(client: Kling, sim: httpx.Client) -> None:
    """A task the simulator fails (``[fail]`` in the prompt) raises TaskFailedError."""
    with pytest.raises(TaskFailedError) as info:
        client.videos.text2video.create_and_wait(prompt=f"{PROMPT} [fail]")
    (task_ids,) = _stats(sim)["created_by_external_task_id"].values()
    assert info.value.task_id == task_ids[0]
    assert "[fail]" in (info.value.task_status_msg or "")


def _create_through_storm(
    sim: httpx.Client, new_client: Callable[..., Kling], code: int
) -> tuple[Task, list[float]]:
    """The next 3 creates answer 429 with ``code``; create one task, record the back-offs.
    1303: a concurrency limit of 0, lifted at the third back-off; 1302: a rate-limit fault."""
    if code == 1303:
        _configure(sim, concurrency={"video": 0})
    else:
        _configure(sim, faults=[{"kind": "rate_limit", "operations": ["create"], "count": 3}])
    delays: list[float] = []

    def sleep(seconds: float) -> None:
        delays.append(seconds)
        if code == 1303 and len(delays) == 3:
            _configure(sim, concurrency={})

    client = new_client(max_retries=3, sleep=sleep, rng=random.Random(7))
    return client.videos.text2video.create(prompt=PROMPT), delays


@pytest.mark.parametrize("code", [1303, 1302])
def test_create_survives_limit_storm(
    code: int, new_client: Callable[..., Kling], sim: httpx.Client, traffic: list[httpx.Response]
) -> None:
    """Three creates refused with 1303 (concurrency) or 1302 (rate): retried after back-offs of
    at least 1 s each (FACTS 1.9), and exactly one task is created."""
    task, delays = _create_through_storm(sim, new_client, code)
    stats = _stats(sim)
    assert stats["created_by_external_task_id"] == {_external_id(task): [task.task_id]}
    assert stats["tasks_created"] == 1
    assert stats["requests"]["create"] == 4
    assert [r.json()["code"] for r in traffic if r.status_code == 429] == [code] * 3
    assert len(delays) == 3
    assert all(1.0 <= delay <= 8.0 for delay in delays), delays


def test_token_expired_mid_wait_is_reminted(
    new_client: Callable[..., Kling],
    sim: httpx.Client,
    traffic: list[httpx.Response],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server refuses an expired token (401/1004) during a wait; the client re-mints, resends.

    The client's auth clock runs ``ttl - 1`` s behind the simulator's: each token expires at the
    next whole second while the client believes it fresh, so a 1.5 s wait meets at least one
    refusal. (No public option sets the auth clock: ``client.auth._clock`` is patched.)
    """
    ttl = 600
    _configure(sim, succeed_after=1.5)
    client = new_client(token_ttl=ttl)
    monkeypatch.setattr(client.auth, "_clock", lambda: time.time() - (ttl - 1))
    task = client.videos.text2video.create(prompt=PROMPT)
    done = client.videos.text2video.wait(task, timeout=30)
    refused = [r for r in traffic if r.status_code == 401]
    assert done.task_status == "succeed"
    assert {r.json()["code"] for r in refused} == {1004}
    assert any(r.request.method == "GET" for r in refused)
    assert isinstance(client.auth, KlingAuth)
    assert client.auth.mint_count == 1 + len(refused)


@pytest.mark.parametrize("via", ["prism", "direct"])
def test_lost_create_response_is_not_duplicated(
    via: str,
    proxy_url: str,
    sim_url: str,
    sim: httpx.Client,
    make_client: Callable[..., Any],
    traffic: list[httpx.Response],
) -> None:
    """The simulator stores the task, then drops the connection: the client finds the task by
    its external_task_id instead of creating a second one. Through Prism the drop is a
    ``FetchError`` problem, which the front turns back into a closed connection: both ways the
    client sees the connection close."""
    _configure(sim, faults=[{"kind": "drop", "when": "after", "count": 1}])
    client = make_client(proxy_url if via == "prism" else sim_url)
    task = client.videos.text2video.create(prompt=PROMPT)
    stats = _stats(sim)
    assert stats["created_by_external_task_id"] == {_external_id(task): [task.task_id]}
    assert stats["requests"]["create"] == 1
    assert stats["faults_fired"] == {"drop": 1}
    assert [r for r in traffic if r.status_code >= 500] == []  # a drop, not an answer


def test_wait_many_twenty_tasks(client: Kling, sim: httpx.Client) -> None:
    """wait_many yields all 20 tasks (2 of them failed) and refreshes them through list pages."""
    prompts = [f"{PROMPT} #{i}" + (" [fail]" if i % 10 == 9 else "") for i in range(20)]
    tasks = [client.videos.text2video.create(prompt=prompt) for prompt in prompts]
    done = list(client.wait_many(tasks, family="text_to_video", timeout=30))
    assert len(done) == len(tasks)
    assert {t.task_id for t in done} == {t.task_id for t in tasks}
    assert Counter(t.task_status for t in done) == {"succeed": 18, "failed": 2}
    reads = Counter(_stats(sim)["operations"])
    assert reads["listTextToVideoTasks"] >= 1
    assert reads["listTextToVideoTasks"] + reads["getTextToVideoTask"] < len(tasks)


@pytest.mark.anyio
async def test_wait_many_async(aclient: AsyncKling) -> None:
    """The async iterator of wait_many on image generation tasks."""
    tasks = [await aclient.images.generations.create(prompt=f"map {i}") for i in range(5)]
    done = [task async for task in aclient.wait_many(tasks, family="image_generation")]
    assert len(done) == len(tasks)
    assert {t.task_id for t in done} == {t.task_id for t in tasks}
    assert {t.task_status for t in done} == {"succeed"}


def test_iter_walks_pages(client: Kling, sim: httpx.Client) -> None:
    """iter(page_size=3) over 7 tasks reads 3 pages and yields every task, newest first."""
    created = [client.videos.text2video.create(prompt=f"{PROMPT} #{i}") for i in range(7)]
    listed = list(client.videos.text2video.iter(page_size=3))
    assert [t.task_id for t in listed] == [t.task_id for t in reversed(created)]
    assert _stats(sim)["operations"]["listTextToVideoTasks"] == 3
