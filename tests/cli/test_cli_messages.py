"""One message per error, allowed values named once, and tables with whole ids."""

from __future__ import annotations

import pytest
import respx

from kling_cli._errors import error_lines
from kling_ext import ValidationError
from tests.cli.cli_support import envelope, error, ok, run, task

LONG_ID = "867283741759111202"
LONG_EXTERNAL = "kling-py-4027f7effe4f4c428816fba9df2d809d"


def test_a_bad_mode_on_a_create_is_said_once() -> None:
    result = run("video", "text2video", "a fox", "--mode", "turbo")
    assert result.exit_code == 2
    assert [line for line in result.stderr.splitlines() if "turbo" in line] == [
        "Error: Invalid value for '--mode': 'turbo' is not one of 'std', 'pro', '4k'."
    ]


def test_a_mode_the_model_lacks_is_said_once() -> None:
    result = run("video", "text2video", "a fox", "--model", "kling-v1", "--mode", "4k")
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        "error: invalid request: mode: '4k' is not one of std, pro for kling-v1"
    ]


def test_1303_is_one_line(api: respx.MockRouter) -> None:
    api.post("/v1/videos/text2video").mock(return_value=error(429, 1303, "parallel task limit"))
    result = run("video", "text2video", "a fox", "--wait")
    assert result.exit_code == 9
    assert result.stderr.splitlines() == [
        "error: Kling API error 1303 (HTTP 429): parallel task limit [request_id=req-e]"
    ]


def test_the_same_problem_twice_is_one_line() -> None:
    twice = ValidationError([("mode", "'x' is not one of std, pro")] * 2 + [("n", "too many")])
    assert error_lines(twice) == [
        "error: invalid request: mode: 'x' is not one of std, pro",
        "error: invalid request: n: too many",
    ]


@pytest.mark.parametrize(
    ("command", "allowed"),
    [
        (("video", "text2video", "a fox", "--model", "kling-v1"), "5, 10"),
        (("video", "image2video", "--image", "https://i/a.png"), "5, 10"),
    ],
)
def test_a_duration_the_model_lacks_names_the_allowed_values_once(
    command: tuple[str, ...], allowed: str
) -> None:
    result = run(*command, "--duration", "7")
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"error: invalid request: duration: '7' is not one of {allowed} for kling-v1"
    ]


@pytest.mark.parametrize(
    "command",
    [
        ("video", "effects", "hug", "--image", "https://i/a.png"),
        ("video", "multi-image2video", "a fox", "--image", "https://i/a.png"),
        ("video", "omni-video", "a fox"),
        ("standard", "text-to-video", "a fox", "--model", "kling-3.0"),
    ],
)
def test_a_duration_no_model_takes_is_a_usage_error_naming_the_values(
    command: tuple[str, ...],
) -> None:
    result = run(*command, "--duration", "2")
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if "'--duration'" in line]
    assert len(lines) == 1
    assert "'3'" in lines[0] or "'5', '10'" in lines[0] or "3<=x<=15" in lines[0]


def test_a_duration_as_digits_is_sent_as_the_spec_wants(api: respx.MockRouter) -> None:
    route = api.post("/v1/videos/text2video").mock(return_value=ok(task()))
    assert run("video", "text2video", "a fox", "--duration", "10").exit_code == 0
    assert b'"duration":"10"' in route.calls.last.request.content.replace(b" ", b"")


def test_task_list_shows_whole_ids(api: respx.MockRouter) -> None:
    listed = task(LONG_ID, "succeed")
    listed["task_info"] = {"external_task_id": LONG_EXTERNAL}
    api.get("/v1/videos/text2video").mock(return_value=ok([listed]))
    result = run("task", "list", "text2video")
    assert result.exit_code == 0, result.stderr
    header, row = result.stdout.splitlines()
    assert header.split() == ["task", "status", "created", "external", "id", "results"]
    assert row.split() == [LONG_ID, "succeed", "2025-11-25", "12:00:00", "UTC", LONG_EXTERNAL, "0"]
    assert "…" not in result.stdout


def test_account_costs_shows_whole_names(api: respx.MockRouter) -> None:
    pack = {
        "resource_pack_name": "A rather long resource pack name for video",
        "resource_pack_id": "p-1",
        "resource_pack_type": "decreasing_total",
        "total_quantity": 1000.0,
        "remaining_quantity": 998.0,
        "purchase_time": 1764072000000,
        "effective_time": 1764072000000,
        "invalid_time": 1795608000000,
        "status": "online",
    }
    data = {"code": 0, "msg": "ok", "resource_pack_subscribe_infos": [pack]}
    api.get("/account/costs").mock(return_value=respx.MockResponse(200, json=envelope(data)))
    result = run("account", "costs")
    assert result.exit_code == 0, result.stderr
    assert "A rather long resource pack name for video" in result.stdout
    assert len(result.stdout.splitlines()) == 2


def test_standard_task_list_shows_whole_ids(
    api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLING_API_KEY", "kling-cli-test-api-key-0123456789")
    item = {"id": LONG_ID, "status": "succeeded", "external_id": LONG_EXTERNAL}
    api.post("/tasks").mock(return_value=ok({"result": [item], "has_more": False}))
    result = run("standard", "task", "list")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1].split() == [LONG_ID, "succeeded", LONG_EXTERNAL]


def test_a_bad_root_option_without_json_is_the_usual_usage_error() -> None:
    result = run("--region", "mars", "task", "get", "text2video", "t-1")
    assert result.exit_code == 2 and result.stdout == ""
    assert [line for line in result.stderr.splitlines() if "mars" in line] == [
        "Error: Invalid value for '--region': 'mars' is not one of 'global', 'cn', 'legacy'."
    ]


def test_account_costs_without_packs(api: respx.MockRouter) -> None:
    data = {"code": 0, "msg": "ok", "resource_pack_subscribe_infos": []}
    api.get("/account/costs").mock(return_value=respx.MockResponse(200, json=envelope(data)))
    result = run("account", "costs")
    assert result.exit_code == 0 and result.stdout == "no resource packs in this period\n"
