"""Errors: one clear line on stderr, a distinct exit code per class, no traceback, no secret."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from kling_cli import _state
from kling_cli._errors import EXIT_CODES, exit_code
from kling_ext import Kling
from tests.cli.cli_support import BASE, SECRET_KEY, error, ok, run, task


def check(result: Any, code: int, *needles: str, traceback: bool = False) -> None:
    """Exit code, stderr mentions, nothing on stdout, no traceback (unless asked), no secret."""
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert ("Traceback (most recent call last)" in result.stderr) is traceback
    assert SECRET_KEY not in result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    for needle in needles:
        assert needle in result.stderr


GET = ("task", "get", "text2video", "t-1")
CREATE = ("video", "text2video", "a fox")  # errors as text (JSON: test_cli_json_errors)


@pytest.mark.parametrize(
    ("response", "code", "needle"),
    [
        (error(401, 1004, "token expired"), 5, "1004"),
        (error(429, 1102, "resource pack used up"), 6, "resource pack used up"),
        (error(403, 1103, "no permission"), 6, "1103"),
        (error(429, 1304, "ip whitelist"), 6, "1304"),
        (error(400, 1201, "bad duration"), 7, "bad duration"),
        (error(400, 1301, "content safety"), 8, "1301"),
        (error(429, 1303, "parallel task over resource pack limit"), 9, "1303"),
        (httpx.Response(418, text="teapot"), 7, "418"),
    ],
)  # fmt: skip
def test_api_errors_on_create(
    api: respx.MockRouter, response: httpx.Response, code: int, needle: str
) -> None:
    api.post("/v1/videos/text2video").mock(return_value=response)
    result = run(*CREATE)
    check(result, code, needle)
    assert len(result.stderr.strip().splitlines()) == 1


def test_api_error_line_has_code_message_and_request_id(api: respx.MockRouter) -> None:
    api.post("/v1/videos/text2video").mock(return_value=error(400, 1201, "duration invalid"))
    check(run(*CREATE), 7, "1201", "duration invalid", "req-e", "HTTP 400")


@pytest.mark.parametrize(
    ("response", "code"),
    [
        (error(404, 1203, "task not found"), 7),
        (error(429, 1302, "too fast"), 9),
        (error(500, 5000, "internal"), 10),
        (httpx.Response(502, text="<html>bad gateway</html>"), 10),
        (httpx.Response(200, text="not json"), 10),
    ],
)
def test_api_errors_on_read(api: respx.MockRouter, response: httpx.Response, code: int) -> None:
    api.get("/v1/videos/text2video/t-1").mock(return_value=response)
    check(run(*GET), code)


def test_connection_error(api: respx.MockRouter) -> None:
    api.get("/v1/videos/text2video/t-1").mock(side_effect=httpx.ConnectError("refused"))
    check(run(*GET), 11)


def test_ambiguous_create_prints_how_to_look_the_task_up(api: respx.MockRouter) -> None:
    api.post("/v1/videos/text2video").mock(return_value=error(500, 5000, "internal"))
    api.get("/v1/videos/text2video/ext-9").mock(return_value=error(404, 1203, "not found"))
    result = run(*CREATE, "--external-task-id", "ext-9")
    check(result, 10, "check with: kling task get text2video ext-9")


def test_validation_error_lists_every_problem() -> None:
    result = run("video", "text2video", "x" * 2501, "--cfg-scale", "3")
    check(result, 3, "prompt: 2501 characters, at most 2500", "cfg_scale:")
    assert len(result.stderr.strip().splitlines()) == 2


def test_no_validate_sends_what_validation_refuses(api: respx.MockRouter) -> None:
    route = api.post("/v1/videos/text2video").mock(return_value=ok(task()))
    assert run("video", "text2video", "x", "--cfg-scale", "3", "--no-validate").exit_code == 0
    assert json.loads(route.calls.last.request.content)["cfg_scale"] == 3.0


@pytest.mark.parametrize("missing", ["KLING_ACCESS_KEY", "KLING_SECRET_KEY"])
def test_missing_credentials(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    monkeypatch.delenv(missing)
    check(run(*GET), 4, missing, "kling reads them from $KLING_API_KEY, or $KLING_ACCESS_KEY")


def test_bad_base_url_is_a_configuration_error() -> None:
    check(run("--base-url", "ftp://x", *GET), 4, "base_url")


def test_task_failed(api: respx.MockRouter) -> None:
    failed = task("t-1", "failed", message="content moderation hit")
    api.get("/v1/videos/text2video/t-1").mock(return_value=ok(failed))
    check(run("task", "wait", "text2video", "t-1"), 12, "t-1", "content moderation hit")
    check(run("task", "download", "text2video", "t-1"), 12, "content moderation hit")


def test_wait_timeout_says_how_to_resume(api: respx.MockRouter) -> None:
    api.get("/v1/videos/text2video/t-1").mock(return_value=ok(task("t-1", "processing")))
    result = run("task", "wait", "text2video", "t-1", "--timeout", "0")
    check(result, 13, "resume with: kling task wait text2video t-1")


def test_create_wait_timeout_says_how_to_resume(api: respx.MockRouter, tmp_path: Path) -> None:
    api.post("/v1/videos/effects").mock(return_value=ok(task("t-2")))
    api.get("/v1/videos/effects/t-2").mock(return_value=ok(task("t-2", "processing")))
    args = ("video", "effect", "hug", "--image", "https://i/a", "--image", "https://i/b")
    result = run(*args, "--duration", "5", "--download", str(tmp_path), "--timeout", "0")
    assert result.exit_code == 13
    assert f"resume with: kling task wait effects t-2 --download {tmp_path}" in result.stderr


def test_download_of_unfinished_task(api: respx.MockRouter) -> None:
    api.get("/v1/videos/text2video/t-1").mock(return_value=ok(task("t-1", "processing")))
    check(run("task", "download", "text2video", "t-1"), 13, "kling task wait text2video t-1")


@pytest.mark.parametrize(("status", "needle"), [(404, "30 days"), (500, "HTTP 500")])
def test_download_failures(api: respx.MockRouter, tmp_path: Path, status: int, needle: str) -> None:
    done = task("t-1", "succeed", videos=[{"id": "v", "url": f"{BASE}/f/v.mp4?signature=hush"}])
    api.get("/v1/videos/text2video/t-1").mock(return_value=ok(done))
    api.get("/f/v.mp4").mock(return_value=httpx.Response(status))
    result = run("task", "download", "text2video", "t-1", str(tmp_path))
    check(result, 14, needle)
    assert "hush" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unexpected_error_has_no_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(**options: Any) -> Kling:
        raise RuntimeError("boom")

    monkeypatch.setattr(_state, "make_client", broken)
    check(run(*GET), 1, "RuntimeError: boom", "KLING_DEBUG=1")
    monkeypatch.setenv("KLING_DEBUG", "1")
    result = run(*GET)
    check(result, 1, "RuntimeError: boom", traceback=True)


def test_debug_keeps_the_documented_exit_codes(
    monkeypatch: pytest.MonkeyPatch, api: respx.MockRouter
) -> None:
    monkeypatch.setenv("KLING_DEBUG", "1")
    api.get("/v1/videos/text2video/t-1").mock(return_value=error(401, 1002, f"bad {SECRET_KEY}"))
    result = run(*GET)
    check(result, 5, "1002", traceback=True)
    assert SECRET_KEY not in result.output + result.stderr


def test_interrupt_during_wait_says_how_to_resume(
    monkeypatch: pytest.MonkeyPatch, api: respx.MockRouter
) -> None:
    def interrupt(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_state, "make_client", lambda **o: Kling(sleep=interrupt, **o))
    api.get("/v1/videos/text2video/t-1").mock(return_value=ok(task("t-1", "processing")))
    result = run("task", "wait", "text2video", "t-1")
    assert result.exit_code == 130
    assert "resume with: kling task wait text2video t-1" in result.stderr


def test_usage_error() -> None:
    result = run("video", "text2video", "x", "--mode", "turbo")
    assert result.exit_code == 2
    assert "'std'" in result.stderr and "'pro'" in result.stderr


def test_secret_is_scrubbed_from_error_messages(api: respx.MockRouter) -> None:
    api.get("/v1/videos/text2video/t-1").mock(
        return_value=error(400, 1201, f"echo of {SECRET_KEY} from a proxy")
    )
    result = run(*GET)
    check(result, 7, "echo of *** from a proxy")


def test_secret_and_token_never_printed(api: respx.MockRouter) -> None:
    route = api.get("/v1/videos/text2video/t-1").mock(return_value=ok(task("t-1")))
    outputs = [run(*GET), run(*GET[:-1], "t-1", "--json"), run("--help"), run("task", "--help")]
    token = route.calls.last.request.headers["Authorization"].removeprefix("Bearer ")
    for result in outputs:
        for secret in (SECRET_KEY, token):
            assert secret not in result.stdout and secret not in result.stderr


def test_every_documented_code_is_produced_by_some_error() -> None:
    documented = {code for code, _ in EXIT_CODES}
    assert documented == {0, 1, 2, *range(3, 15), 130}
    assert exit_code(ValueError()) == 1
