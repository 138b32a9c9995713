"""client.standard: the new standard API (model in the path) on Kling and AsyncKling.

Every body runs on both clients (respx router, fake clock): creates are validated before sending
and carry options.external_task_id; a lost answer is resolved by GET /tasks?external_task_ids=;
waits and wait_many read GET /tasks (in chunks); listings follow the POST /tasks cursor;
downloads come from outputs[]; API errors are typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from kling_ext import (
    AmbiguousCreateError,
    NotFoundError,
    RateLimitError,
    TaskFailedError,
    UnknownFieldWarning,
    ValidationError,
)
from kling_ext._core._safe_create import DEFAULT_COMMIT_WINDOW, probe_delays
from kling_ext.standard import DEFAULT_CHUNK, StandardResource, TaskPage, VideoOutput
from tests.client._fakes import (
    EXT_ID_PATTERN,
    FakeTime,
    api_error,
    call,
    collect,
    json_body,
    ok,
    opened,
)

pytestmark = pytest.mark.anyio

API_KEY = "key-standard-client-0123456789abc"
T2V = "/text-to-video/kling-3.0-turbo"
VIDEO_URL = "https://api.test/files/t1.mp4"


def std_task(task_id: str = "t1", status: str = "submitted", **extra: Any) -> dict[str, Any]:
    """A new-standard task object."""
    return {"id": task_id, "status": status, "create_time": 1781080778802, **extra}


def done(task_id: str = "t1", **extra: Any) -> dict[str, Any]:
    outputs = [{"type": "video", "id": f"v-{task_id}", "url": VIDEO_URL, "duration": "5"}]
    billing = [{"charge_type": "unit", "amount": "4.0", "package_type": "video"}]
    return std_task(task_id, "succeeded", outputs=outputs, billing=billing, **extra)


def client_for(mode: str, router: respx.Router, time: FakeTime, **options: Any) -> Any:
    keys = {"api_key": API_KEY, "access_key": None, "secret_key": None}
    return opened(mode, router, time, **keys, **options)


def ids_of(request: httpx.Request, name: str = "task_ids") -> list[str]:
    params = request.url.params
    return (params.get(name) or params["external_task_ids"]).split(",")


# --- create ---------------------------------------------------------------------------------------


async def test_create_sends_the_body_with_options_and_the_api_key(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(return_value=ok(std_task(external_id="x")))
    async with client_for(mode, router, time) as client:
        expected = "Standard" if mode == "sync" else "AsyncStandard"
        assert type(client.standard).__name__ == expected
        assert "text_to_video" in repr(client.standard)
        task = await call(
            client.standard.text_to_video.create(
                "kling-3.0-turbo",
                prompt="a fox",
                settings={"resolution": "1080p", "duration": 8},
                callback_url="https://example.com/cb",
                watermark=True,
            )
        )
    assert (task.id, task.status, task.standard) == ("t1", "submitted", "standard")
    request = router.calls.last.request
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    body = json_body(request)
    ext = body["options"].pop("external_task_id")
    assert body == {
        "prompt": "a fox",
        "settings": {"resolution": "1080p", "duration": 8},
        "options": {"callback_url": "https://example.com/cb", "watermark_info": {"enabled": True}},
    }
    import re

    assert re.fullmatch(EXT_ID_PATTERN, ext)


async def test_the_callers_external_id_and_a_mapping_request_are_kept(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.post("/image-to-video/kling-3.0").mock(return_value=ok(std_task()))
    frame = {"type": "first_frame", "url": "https://example.com/a.png"}
    async with client_for(mode, router, time) as client:
        await call(
            client.standard.image_to_video.create(
                "kling-3.0", {"contents": [frame]}, options={"external_task_id": "mine-1"}
            )
        )
    assert json_body(route.calls.last.request) == {
        "contents": [frame],
        "options": {"external_task_id": "mine-1"},
    }


@pytest.mark.parametrize(
    ("path", "fields", "field"),
    [
        (T2V, {"prompt": "x", "settings": {"resolution": "4k"}}, "settings.resolution"),
        ("/text-to-video/kling-2.6", {"prompt": "x" * 2501}, "prompt"),
        (
            "/image-to-video/kling-3.0",
            {"contents": [{"type": "gif", "url": "u"}, {"type": "first_frame", "url": "u"}]},
            "contents[0].type",
        ),
    ],
)
async def test_invalid_requests_are_refused_before_sending(
    mode: str, router: respx.Router, time: FakeTime, path: str, fields: dict[str, Any], field: str
) -> None:
    _, family, model = path.split("/")
    async with client_for(mode, router, time) as client:
        resource = getattr(client.standard, family.replace("-", "_"))
        with pytest.raises(ValidationError) as info:
            await call(resource.create(model, **fields))
    assert field in dict(info.value.problems)
    assert router.calls.call_count == 0
    router.assert_all_called()


async def test_a_newer_model_is_sent_with_a_warning(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post("/text-to-video/kling-4.0").mock(return_value=ok(std_task()))
    async with client_for(mode, router, time) as client:
        with pytest.warns(UnknownFieldWarning, match="kling-4.0"):
            await call(client.standard.text_to_video.create("kling-4.0", prompt="a fox"))
        with pytest.raises(ValidationError, match="model"):
            await call(client.standard.text_to_video.create(" ", prompt="a fox"))
        await call(client.standard.text_to_video.create("kling-4.0", prompt="x", validate=False))


async def test_a_lost_create_is_found_by_external_id_not_created_twice(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    create = router.post(T2V).mock(return_value=api_error(500, 5000))
    lookup = router.get("/tasks").mock(
        side_effect=lambda request: ok(
            [std_task("found", external_id=ids_of(request, "external_task_ids")[0])]
        )
    )
    async with client_for(mode, router, time) as client:
        task = await call(client.standard.text_to_video.create("kling-3.0-turbo", prompt="x"))
    assert task.id == "found" and create.call_count == 1
    sent = json_body(create.calls.last.request)["options"]["external_task_id"]
    assert ids_of(lookup.calls.last.request, "external_task_ids") == [sent]


async def test_an_unknown_lost_create_is_resubmitted_with_the_same_external_id(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    create = router.post(T2V).mock(side_effect=[api_error(503, 5001), ok(std_task("t2"))])
    probes = len(probe_delays(DEFAULT_COMMIT_WINDOW))  # "not found" through the commit window
    router.get("/tasks").mock(side_effect=[*[ok([])] * probes, api_error(404, 1203)])
    async with client_for(mode, router, time) as client:
        task = await call(client.standard.text_to_video.create("kling-3.0-turbo", prompt="x"))
        with pytest.raises(NotFoundError):
            await call(client.standard.tasks.get("nope"))
    assert task.id == "t2"
    exts = [json_body(c.request)["options"]["external_task_id"] for c in create.calls]
    assert exts[0] == exts[1]


async def test_look_ups_that_keep_failing_make_an_ambiguous_create(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    create = router.post(T2V).mock(return_value=api_error(500, 5000))
    router.get("/tasks").mock(return_value=api_error(429, 1302))
    async with client_for(mode, router, time) as client:
        with pytest.raises(AmbiguousCreateError) as info:
            await call(client.standard.text_to_video.create("kling-3.0-turbo", prompt="x"))
    assert "look it up later" in str(info.value) and create.call_count == 1
    assert isinstance(info.value.__cause__, RateLimitError)
    sent = json_body(create.calls.last.request)["options"]["external_task_id"]
    assert info.value.external_task_id == sent


# --- get, wait, wait_many -----------------------------------------------------------------------


async def test_get_by_id_and_by_external_id(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.get("/tasks").mock(
        side_effect=[ok([std_task("other"), done("t1")]), ok([done("t1", external_id="e1")])]
    )
    async with client_for(mode, router, time) as client:
        first = await call(client.standard.text_to_video.get("t1"))
        second = await call(client.standard.tasks.get(external_task_id="e1"))
        with pytest.raises(TypeError, match="exactly one"):
            await call(client.standard.tasks.get())
    assert first.id == "t1" and second.external_task_id == "e1"
    assert route.calls[0].request.url.params["task_ids"] == "t1"
    assert route.calls[1].request.url.params["external_task_ids"] == "e1"


async def test_wait_polls_get_tasks_until_succeeded(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(return_value=ok(std_task()))
    router.get("/tasks").mock(
        side_effect=[ok([std_task(status="processing")]), api_error(500, 5000), ok([done()])]
    )
    seen: list[str] = []
    async with client_for(mode, router, time) as client:
        task = await call(
            client.standard.text_to_video.create_and_wait(
                "kling-3.0-turbo", prompt="x", on_update=lambda t: seen.append(t.state)
            )
        )
    assert task.succeeded and task.state == "succeeded" and seen[-1] == "succeeded"
    assert task.video_urls == [VIDEO_URL] and isinstance(task.outputs[0], VideoOutput)
    assert task.billing[0].amount == "4.0"


async def test_a_failed_task_raises(mode: str, router: respx.Router, time: FakeTime) -> None:
    router.get("/tasks").mock(return_value=ok([std_task(status="failed", message="risk control")]))
    async with client_for(mode, router, time) as client:
        with pytest.raises(TaskFailedError, match="risk control"):
            await call(client.standard.tasks.wait("t1"))


async def test_wait_many_reads_pending_tasks_in_chunks(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    rounds: dict[str, int] = {}

    def answer(request: httpx.Request) -> httpx.Response:
        items = []
        for task_id in ids_of(request):
            rounds[task_id] = rounds.get(task_id, 0) + 1
            items.append(done(task_id) if rounds[task_id] >= 2 else std_task(task_id, "processing"))
        return ok(items)

    route = router.get("/tasks").mock(side_effect=answer)
    ids = [f"t{i:02d}" for i in range(45)]
    async with client_for(mode, router, time) as client:
        finished = await collect(client.standard.tasks.wait_many(ids))
        assert client.standard.tasks.chunk_size == DEFAULT_CHUNK == 20
    assert sorted(t.id for t in finished) == ids
    assert route.call_count == 6  # 45 ids -> 3 chunks, 2 rounds
    assert max(len(ids_of(c.request)) for c in route.calls) == 20


async def test_wait_many_chunk_size_is_a_setting_and_errors_are_sat_out(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.get("/tasks").mock(
        side_effect=[api_error(500, 5000), ok([done("a"), done("b")])]
    )
    async with client_for(mode, router, time, max_retries=0) as client:
        from kling_ext import Task

        tasks = client.standard.text_to_video
        ready = Task.from_standard(done("r"))
        assert [t.id for t in await collect(tasks.wait_many([ready]))] == ["r"]
        finished = await collect(tasks.wait_many(["a", "b"], chunk_size=50, timeout=60))
        with pytest.raises(ValueError, match="chunk_size"):
            await collect(tasks.wait_many(["a"], chunk_size=0))
    assert [t.id for t in finished] == ["a", "b"] and route.call_count == 2


async def test_get_many_in_chunks_by_ids_or_external_ids(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.get("/tasks").mock(side_effect=lambda r: ok([std_task(i) for i in ids_of(r)]))
    async with client_for(mode, router, time) as client:
        client.standard.tasks.chunk_size = 2
        found = await call(client.standard.tasks.get_many(["a", "b", "c"]))
        await call(client.standard.tasks.get_many(external_task_ids=["e"]))
        with pytest.raises(TypeError):
            await call(client.standard.tasks.get_many())
        with pytest.raises(ValidationError, match="comma"):
            await call(client.standard.tasks.get_many(["a,b"]))
    assert [t.id for t in found] == ["a", "b", "c"] and route.call_count == 3


# --- list, iter, download -----------------------------------------------------------------------


async def test_list_and_iter_follow_the_cursor_with_filters(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    pages = [
        {"result": [done("a")], "next_cursor": "c1", "has_more": True, "count": 1},
        {"result": [done("b")], "next_cursor": "c1", "has_more": True, "count": 1},
        {"result": [std_task("z")], "next_cursor": None, "has_more": False, "count": 1},
    ]
    route = router.post("/tasks").mock(side_effect=[ok(p) for p in pages])
    async with client_for(mode, router, time) as client:
        found = await collect(
            client.standard.tasks.iter(
                status="succeeded", product_type=["video"], limit=1, start_time="1781193600000"
            )
        )
        page = await call(client.standard.text_to_video.list(cursor="c9", limit=500))
        with pytest.raises(ValidationError, match="limit"):
            await call(client.standard.tasks.list(limit=501))
        with pytest.raises(ValidationError, match="end_time"):
            await call(client.standard.tasks.list(end_time=-1))
    assert [t.id for t in found] == ["a", "b"]  # the repeated cursor ends the walk
    assert isinstance(page, TaskPage) and page.tasks[0].id == "z" and not page.has_more
    first, second, third = (json_body(c.request) for c in route.calls)
    assert first == {
        "limit": 1,
        "start_time": 1781193600000,
        "filters": [
            {"key": "status", "values": ["succeeded"]},
            {"key": "product_type", "values": ["video"]},
        ],
    }
    assert second["cursor"] == "c1" and third == {"cursor": "c9", "limit": 500}


async def test_iter_on_a_family_and_times_as_datetimes(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    import datetime as dt

    route = router.post("/tasks").mock(return_value=ok({"result": [], "has_more": False}))
    when = dt.datetime(2026, 6, 17, tzinfo=dt.UTC)
    async with client_for(mode, router, time) as client:
        assert await collect(client.standard.omni_video.iter(end_time=when)) == []
    assert json_body(route.calls.last.request) == {"end_time": 1781654400000}


async def test_download_writes_the_outputs(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    router.get(VIDEO_URL).mock(
        return_value=httpx.Response(200, content=b"\x00\x00\x00\x18ftypmp42")
    )
    async with client_for(mode, router, time) as client:
        from kling_ext import Task

        resource: StandardResource = client.standard.text_to_video
        paths = await call(resource.download(Task.from_standard(done()), tmp_path))
        assert "standard_text_to_video" in repr(resource) and "chunk_size=20" in repr(
            client.standard.tasks
        )
    assert [p.name for p in paths] == ["t1-video-v-t1.mp4"]
    assert paths[0].read_bytes().startswith(b"\x00\x00\x00\x18ftyp")


async def test_a_task_without_id_cannot_be_downloaded(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    from kling_ext import Task

    async with client_for(mode, router, time) as client:
        with pytest.raises(ValueError, match="no id"):
            await call(client.download(Task.from_standard({"status": "succeeded"}), tmp_path))
