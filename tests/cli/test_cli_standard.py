"""``kling standard ...``: new-standard creates with the model as an option, --wait --download
--json, and ``kling standard task``; end to end against the simulator with KLING_API_KEY, and
against a respx router for the details."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from kling_mock import DEFAULT_API_KEY
from tests.cli.cli_support import BASE, run
from tools.mockctl import Service, free_port, start_simulator

T2V = "/text-to-video/kling-3.0-turbo"


@pytest.fixture
def api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KLING_API_KEY", DEFAULT_API_KEY)
    monkeypatch.delenv("KLING_ACCESS_KEY")
    monkeypatch.delenv("KLING_SECRET_KEY")


@pytest.fixture(scope="module")
def simulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    config = tmp_path_factory.mktemp("sim") / "sim.json"
    config.write_text(json.dumps({"processing_after": 0.05, "succeed_after": 0.2}))
    service: Service = start_simulator(free_port(), ["--config", str(config)])
    try:
        yield service.url
    finally:
        service.stop()


def std_task(task_id: str = "t1", status: str = "submitted", **extra: Any) -> dict[str, Any]:
    return {"id": task_id, "status": status, "create_time": 1781080778802, **extra}


def ok(data: Any) -> httpx.Response:
    return httpx.Response(200, json={"code": 0, "message": "SUCCEED", "data": data})


@pytest.mark.usefixtures("api_key")
def test_turbo_text_to_video_end_to_end_against_the_simulator(
    simulator: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KLING_BASE_URL", simulator)
    args = ["standard", "text-to-video", "a red fox", "--model", "kling-3.0-turbo"]
    result = run(
        *args, "--duration", "5", "--resolution", "1080p", "--download", str(tmp_path), "--json"
    )
    assert result.exit_code == 0, result.output + result.stderr
    task = json.loads(result.stdout)
    assert task["status"] == "succeeded" and task["outputs"][0]["type"] == "video"
    (name,) = task["files"]
    assert Path(name).read_bytes()[4:8] == b"ftyp"
    assert "succeeded" in result.stderr  # the wait's progress lines
    shown = run("standard", "task", "get", task["id"])
    assert shown.exit_code == 0 and "charged" in shown.stdout and "5 video units" in shown.stdout
    by_ext = run("standard", "task", "get", "--external", task["external_id"], "--json")
    assert json.loads(by_ext.stdout)["id"] == task["id"]
    listed = run("standard", "task", "list", "--status", "succeeded", "--all", "--json")
    assert task["id"] in [t["id"] for t in json.loads(listed.stdout)]
    table = run("standard", "task", "list", "--limit", "5")
    assert task["id"] in table.stdout
    again = run("standard", "task", "download", task["id"], str(tmp_path / "again"))
    assert again.exit_code == 0 and "file" in again.stdout
    waited = run("standard", "task", "wait", task["id"], "--json")
    assert json.loads(waited.stdout)["status"] == "succeeded"


@pytest.mark.usefixtures("api_key")
@pytest.mark.parametrize(
    ("args", "field"),
    [
        (
            ["text-to-video", "x", "--model", "kling-3.0-turbo", "--resolution", "4k"],
            "settings.resolution",
        ),
        (["text-to-video", "x" * 2501, "--model", "kling-2.6"], "prompt"),
        (
            ["image-to-video", "--model", "kling-3.0", "--content", "gif=https://e/a.gif"],
            "contents[0].type",
        ),
    ],
)
def test_invalid_requests_are_refused_before_sending(args: list[str], field: str) -> None:
    result = run("standard", *args)
    assert result.exit_code == 3, result.output
    assert field in result.stderr


@pytest.mark.usefixtures("api_key")
def test_content_items_settings_and_options_are_sent(api: respx.MockRouter) -> None:
    route = api.post("/omni-video/kling-o1").mock(return_value=ok(std_task()))
    result = run(
        "standard",
        "omni-video",
        "--model",
        "kling-o1",
        "--prompt",
        "@hero runs",
        "--content",
        "refer_image=https://e/h.png",
        "--content",
        "element=42@hero",
        "--aspect-ratio",
        "1:1",
        "--external-task-id",
        "mine-1",
        "--callback-url",
        "https://e/cb",
        "--watermark",
        "--json",
    )
    assert result.exit_code == 0, result.output + result.stderr
    body = json.loads(route.calls.last.request.content)
    assert body == {
        "contents": [
            {"type": "prompt", "text": "@hero runs"},
            {"type": "refer_image", "url": "https://e/h.png"},
            {"type": "element", "element_id": "42", "id": "hero"},
        ],
        "settings": {"aspect_ratio": "1:1"},
        "options": {
            "callback_url": "https://e/cb",
            "external_task_id": "mine-1",
            "watermark_info": {"enabled": True},
        },
    }
    assert json.loads(result.stdout)["id"] == "t1"


@pytest.mark.usefixtures("api_key")
def test_bool_settings_rows_and_the_resume_hint(api: respx.MockRouter) -> None:
    route = api.post("/image-to-video/kling-3.0").mock(return_value=ok(std_task()))
    result = run(
        "standard",
        "image-to-video",
        "--model",
        "kling-3.0",
        "--content",
        "first_frame=https://e/a.png",
        "--content",
        "prompt=the cat turns",
        "--no-multi-shot",
        "--duration",
        "7",
    )
    assert result.exit_code == 0, result.output + result.stderr
    body = json.loads(route.calls.last.request.content)
    assert body["settings"] == {"multi_shot": False, "duration": 7}
    assert body["contents"][1] == {"type": "prompt", "text": "the cat turns"}
    assert "kling standard task wait t1" in result.stdout


@pytest.mark.usefixtures("api_key")
def test_a_newer_model_is_sent_with_a_warning_line(api: respx.MockRouter) -> None:
    api.post("/text-to-video/kling-4.0").mock(return_value=ok(std_task()))
    result = run("standard", "text-to-video", "a fox", "--model", "kling-4.0")
    assert result.exit_code == 0, result.output + result.stderr
    assert "kling-4.0" in result.stderr and "warning" in result.stderr.lower()


@pytest.mark.usefixtures("api_key")
@pytest.mark.parametrize(
    ("status", "code"),
    [({"status": "failed", "message": "risk"}, 12), ({"status": "processing"}, 13)],
)
def test_download_of_an_unfinished_task(
    api: respx.MockRouter, status: dict[str, str], code: int
) -> None:
    api.get("/tasks").mock(return_value=ok([std_task(**status)]))
    result = run("standard", "task", "download", "t1")
    assert result.exit_code == code, result.output + result.stderr


@pytest.mark.usefixtures("api_key")
def test_bad_content_syntax_and_help() -> None:
    bad = run("standard", "image-to-video", "--model", "kling-3.0", "--content", "nothing")
    assert bad.exit_code == 2 and "TYPE=VALUE" in bad.stderr
    helped = run("standard", "motion-control", "--help")
    assert "--character-orientation" in helped.stdout and "kling-3.0, kling-2.6" in helped.stdout
    assert "text-to-video" in run("standard", "--help").stdout
    assert BASE.startswith("http://127.0.0.1")


@pytest.mark.usefixtures("api_key")
def test_empty_listing(api: respx.MockRouter) -> None:
    api.post("/tasks").mock(return_value=ok({"result": [], "has_more": False}))
    result = run("standard", "task", "list", "--product-type", "image")
    assert result.exit_code == 0 and "no tasks" in result.stdout
