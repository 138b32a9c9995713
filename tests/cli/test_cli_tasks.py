"""``kling task ...``, ``kling account costs`` and the root group's options."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import jwt
import pytest
import respx

from kling_ext.spec import FAMILIES
from tests.cli.cli_support import ACCESS_KEY, BASE, SECRET_KEY, envelope, ok, run, task


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("text2video", "text_to_video"), ("text_to_video", "text_to_video"),
        ("image2video", "image_to_video"), ("extend", "video_extend"),
        ("video-extend", "video_extend"), ("lip-sync", "lip_sync"), ("lip_sync", "lip_sync"),
        ("effects", "video_effects"), ("image", "image_generation"),
        ("generations", "image_generation"), ("try-on", "virtual_try_on"),
        ("virtual_try_on", "virtual_try_on"), ("Text2Video", "text_to_video"),
    ],
)  # fmt: skip
def test_family_names(api: respx.MockRouter, name: str, key: str) -> None:
    api.get(f"{FAMILIES[key].path}/t-1").mock(return_value=ok(task("t-1", "processing")))
    result = run("task", "get", name, "t-1", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["task_status"] == "processing"


def test_unknown_family_is_a_usage_error() -> None:
    result = run("task", "get", "holograms", "t-1")
    assert result.exit_code == 2
    assert "text2video, image2video, extend, lip-sync, effects, image, try-on" in result.stderr


def test_get_human_output(api: respx.MockRouter) -> None:
    done = task("t-2", "succeed", images=[{"index": 0, "url": "https://cdn.test/0.png"}])
    api.get("/v1/images/generations/t-2").mock(return_value=ok(done))
    result = run("task", "get", "image", "t-2")
    assert result.exit_code == 0
    assert "succeed" in result.stdout and "https://cdn.test/0.png" in result.stdout
    assert "2025-11-25 12:00:00 UTC" in result.stdout  # created_at 1764072000000 ms
    assert "ext-1" in result.stdout


def test_get_by_external_id_of_unfinished_task_hints_the_wait(api: respx.MockRouter) -> None:
    api.get("/v1/videos/lip-sync/my-ext").mock(return_value=ok(task("t-3", "processing")))
    result = run("task", "get", "lip-sync", "my-ext")
    assert "kling task wait lip-sync my-ext" in result.stdout


def test_list_one_page(api: respx.MockRouter) -> None:
    route = api.get("/v1/videos/effects").mock(
        return_value=ok([task("a", "succeed"), task("b", "failed")])
    )
    result = run("task", "list", "effects", "--page", "2", "--page-size", "10", "--json")
    assert result.exit_code == 0
    assert [t["task_id"] for t in json.loads(result.stdout)] == ["a", "b"]
    query = parse_qs(urlsplit(str(route.calls.last.request.url)).query)
    assert query == {"pageNum": ["2"], "pageSize": ["10"]}


def test_list_all_pages_human(api: respx.MockRouter) -> None:
    route = api.get("/v1/videos/text2video").mock(
        side_effect=[ok([task("a"), task("b")]), ok([task("c")])]
    )
    result = run("task", "list", "text2video", "--all", "--page-size", "2")
    assert result.exit_code == 0
    assert route.call_count == 2
    assert all(task_id in result.stdout for task_id in ("a", "b", "c"))


def test_list_empty(api: respx.MockRouter) -> None:
    api.get("/v1/videos/text2video").mock(return_value=ok([]))
    assert "no tasks" in run("task", "list", "text2video").stdout


def test_wait_then_download(api: respx.MockRouter, tmp_path: Path) -> None:
    done = task("t-5", "succeed", images=[{"index": 0, "url": f"{BASE}/f/0.jpg"}])
    api.get("/v1/images/generations/t-5").mock(
        side_effect=[ok(task("t-5", "submitted")), ok(task("t-5", "processing")), ok(done)]
    )
    api.get("/f/0.jpg").mock(return_value=httpx.Response(200, content=b"jpeg"))
    result = run("task", "wait", "image", "t-5", "--download", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "t-5-image-0.jpg").read_bytes() == b"jpeg"
    assert str(tmp_path / "t-5-image-0.jpg") in result.stdout
    assert "submitted" in result.stderr and "processing" in result.stderr


def test_download_of_finished_task(api: respx.MockRouter, tmp_path: Path) -> None:
    done = task("t-6", "succeed", videos=[{"id": "v", "url": f"{BASE}/f/v.mp4"}])
    api.get("/v1/videos/image2video/t-6").mock(return_value=ok(done))
    api.get("/f/v.mp4").mock(return_value=httpx.Response(200, content=b"mp4"))
    result = run("task", "download", "image2video", "t-6", str(tmp_path), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["files"] == [str(tmp_path / "t-6-video-v.mp4")]


def test_download_skips_existing_file(api: respx.MockRouter, tmp_path: Path) -> None:
    done = task("t-6", "succeed", videos=[{"id": "v", "url": f"{BASE}/f/v.mp4"}])
    api.get("/v1/videos/image2video/t-6").mock(return_value=ok(done))
    (tmp_path / "t-6-video-v.mp4").write_bytes(b"kept")
    result = run("task", "download", "image2video", "t-6", str(tmp_path))
    assert result.exit_code == 0
    assert (tmp_path / "t-6-video-v.mp4").read_bytes() == b"kept"


def test_account_costs(api: respx.MockRouter) -> None:
    pack = {
        "resource_pack_name": "Video Generation - 10,000 entries", "resource_pack_id": "p1",
        "resource_pack_type": "decreasing_total", "total_quantity": 200.0,
        "remaining_quantity": 118.0, "purchase_time": 1764000000000,
        "effective_time": 1764000000000, "invalid_time": 1795536000000, "status": "online",
    }  # fmt: skip
    data = {"code": 0, "msg": "", "resource_pack_subscribe_infos": [pack]}
    route = api.get("/account/costs").mock(return_value=httpx.Response(200, json=envelope(data)))
    result = run("account", "costs", "--start-time", "2026-01-01", "--end-time", "1767312000000")
    assert result.exit_code == 0, result.stderr
    assert "118.0" in result.stdout and "online" in result.stdout
    query = parse_qs(urlsplit(str(route.calls.last.request.url)).query)
    assert query == {"start_time": ["1767225600000"], "end_time": ["1767312000000"]}
    as_json = run("account", "costs", "--resource-pack-name", "p", "--json")
    assert json.loads(as_json.stdout)["resource_pack_subscribe_infos"][0]["status"] == "online"
    assert parse_qs(urlsplit(str(route.calls.last.request.url)).query)["resource_pack_name"]


def test_bad_time_is_a_usage_error() -> None:
    assert run("account", "costs", "--start-time", "yesterday").exit_code == 2


def test_access_key_option_and_region(
    monkeypatch: pytest.MonkeyPatch, api: respx.MockRouter
) -> None:
    monkeypatch.delenv("KLING_BASE_URL")
    monkeypatch.delenv("KLING_ACCESS_KEY")
    with respx.mock(base_url="https://api-beijing.klingai.com") as cn:
        route = cn.get("/v1/videos/text2video/t").mock(return_value=ok(task("t")))
        result = run("--access-key", "ak-other", "--region", "cn", "task", "get", "text2video", "t")
    assert result.exit_code == 0, result.stderr
    token = route.calls.last.request.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, SECRET_KEY, algorithms=["HS256"])
    assert claims["iss"] == "ak-other" != ACCESS_KEY
    api.get("/v1/videos/text2video/t").mock(return_value=ok(task("t")))
    explicit = run("--base-url", BASE, "--access-key", "a", "task", "get", "text2video", "t")
    assert explicit.exit_code == 0
