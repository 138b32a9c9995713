"""``--json`` makes errors JSON too: one ``{"error": {...}}`` object on stdout (and nothing else
there), the documented exit code, secrets scrubbed, each refused field listed once."""

from __future__ import annotations

import json
from typing import Any

import pytest
import respx

from kling_cli import _state
from kling_cli._errors import error_record, json_requested
from kling_ext import Kling, ValidationError
from tests.cli.cli_support import SECRET_KEY, error, ok, run, task

KEYS = ["type", "code", "message", "request_id", "exit_code", "problems", "hint"]
CREATE = ("video", "text2video", "a fox", "--json")


def parsed(result: Any, code: int) -> dict[str, Any]:
    """The error object of a run that failed with ``code``: the only thing on stdout."""
    assert result.exit_code == code, (result.stdout, result.stderr)
    found = json.loads(result.stdout)
    assert list(found) == ["error"] and list(found["error"]) == KEYS
    assert found["error"]["exit_code"] == code
    assert SECRET_KEY not in result.stdout + result.stderr
    assert "error:" not in result.stderr  # the message is given once, in the JSON
    error: dict[str, Any] = found["error"]
    return error


def test_api_error_has_code_message_and_request_id(api: respx.MockRouter) -> None:
    api.post("/v1/videos/text2video").mock(return_value=error(429, 1303, "parallel task limit"))
    found = parsed(run(*CREATE), 9)
    assert found["type"] == "ConcurrencyLimitError"
    assert (found["code"], found["message"], found["request_id"]) == (
        1303,
        "parallel task limit",
        "req-e",
    )
    assert found["problems"] == [] and found["hint"] is None


def test_validation_error_lists_each_field() -> None:
    result = run("video", "text2video", "x" * 2501, "--cfg-scale", "3", "--json")
    found = parsed(result, 3)
    assert found["type"] == "ValidationError" and found["code"] is None
    assert sorted(p["field"] for p in found["problems"]) == ["cfg_scale", "prompt"]
    assert any("at most 2500" in p["message"] for p in found["problems"])
    assert found["message"].count("cfg_scale") == 1


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("video", "text2video", "x", "--mode", "turbo", "--json"), "--mode"),
        (("video", "text2video", "--json"), "prompt"),
        (("--region", "mars", "task", "get", "text2video", "t-1", "--json"), "--region"),
        (("task", "list", "text2video", "--bogus", "--json"), None),
    ],
)
def test_usage_errors_are_json_too(args: tuple[str, ...], field: str | None) -> None:
    found = parsed(run(*args), 2)
    assert found["type"] == "UsageError"
    assert [p["field"] for p in found["problems"]] == ([field] if field else [])


def test_usage_error_without_json_stays_text() -> None:
    result = run("video", "text2video", "x", "--mode", "turbo")
    assert result.exit_code == 2 and result.stdout == ""
    assert "Invalid value for '--mode'" in result.stderr


def test_hint_and_secret_scrubbing(api: respx.MockRouter) -> None:
    api.get("/v1/videos/text2video/t-1").mock(return_value=ok(task("t-1", "processing")))
    found = parsed(run("task", "wait", "text2video", "t-1", "--timeout", "0", "--json"), 13)
    assert found["type"] == "WaitTimeoutError"
    assert found["hint"] == "the task keeps running; resume with: kling task wait text2video t-1"
    api.get("/v1/videos/text2video/t-2").mock(return_value=error(400, 1201, f"echo {SECRET_KEY}"))
    found = parsed(run("task", "get", "text2video", "t-2", "--json"), 7)
    assert found["message"] == "echo ***"


def test_unexpected_error_and_interrupt(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(**options: Any) -> Kling:
        raise RuntimeError("boom")

    monkeypatch.setattr(_state, "make_client", broken)
    found = parsed(run("task", "get", "text2video", "t-1", "--json"), 1)
    assert found["type"] == "RuntimeError" and "boom" in found["message"]

    def interrupt(**options: Any) -> Kling:
        raise KeyboardInterrupt

    monkeypatch.setattr(_state, "make_client", interrupt)
    found = parsed(run("task", "get", "text2video", "t-1", "--json"), 130)
    assert found["type"] == "Interrupted"


def test_task_not_finished_is_the_library_error(api: respx.MockRouter) -> None:
    api.get("/v1/videos/text2video/t-1").mock(return_value=ok(task("t-1", "processing")))
    found = parsed(run("task", "download", "text2video", "t-1", "--json"), 13)
    assert found["type"] == "TaskNotFinishedError"
    assert "processing" in found["message"] and "kling task wait text2video t-1" in found["hint"]


def test_the_ambiguous_create_says_how_to_check(api: respx.MockRouter) -> None:
    api.post("/v1/videos/text2video").mock(return_value=error(500, 5000, "internal"))
    api.get("/v1/videos/text2video/ext-9").mock(return_value=error(404, 1203, "not found"))
    found = parsed(run(*CREATE, "--external-task-id", "ext-9"), 10)
    assert found["type"] == "AmbiguousCreateError"
    assert found["hint"].endswith("check with: kling task get text2video ext-9")


def test_json_after_a_double_dash_is_an_argument() -> None:
    assert json_requested(["video", "--json"]) and not json_requested(["x", "--", "--json"])


def test_duplicate_problems_are_listed_once() -> None:
    twice = ValidationError([("mode", "bad"), ("mode", "bad"), ("n", "too many")])
    found = error_record(twice)["error"]
    assert found["problems"] == [
        {"field": "mode", "message": "bad"},
        {"field": "n", "message": "too many"},
    ]
    assert found["message"] == "mode: bad; n: too many"
