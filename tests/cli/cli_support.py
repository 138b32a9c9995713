"""Shared helpers of the ``kling`` command-line tests (imported by the test modules; the
fixtures that use them are in ``conftest.py``).

Every test runs the real command through click's ``CliRunner`` against a respx router on
``http://127.0.0.1:9`` (the discard port: nothing leaves the machine even if a route is missing)
with a client whose ``sleep`` does nothing, injected through ``kling_cli._state.make_client``.
"""

from __future__ import annotations

import json
from typing import Any

import click.testing
import httpx
import pytest
import respx

from kling_cli import _app, _state
from kling_ext import Kling

BASE = "http://127.0.0.1:9"
ACCESS_KEY = "ak-cli-test-0001"
SECRET_KEY = "sk-cli-test-secret-0123456789abc"  # 32 bytes: PyJWT warns on shorter HMAC keys
assert len(SECRET_KEY) == 32


def setup(monkeypatch: pytest.MonkeyPatch) -> None:
    """Credentials and base URL in the environment; a client that never sleeps."""
    monkeypatch.setenv("KLING_ACCESS_KEY", ACCESS_KEY)
    monkeypatch.setenv("KLING_SECRET_KEY", SECRET_KEY)
    monkeypatch.setenv("KLING_BASE_URL", BASE)
    for name in ("KLING_API_KEY", "KLING_REGION", "KLING_DEBUG"):
        monkeypatch.delenv(name, raising=False)

    def make_client(**options: Any) -> Kling:
        return Kling(sleep=lambda seconds: None, **options)

    monkeypatch.setattr(_state, "make_client", make_client)


def run(*args: str, cli: click.Group | None = None) -> click.testing.Result:
    """Run ``kling ARGS`` (or another build of it) and return the result (stdout and stderr
    apart)."""
    command = _app.cli if cli is None else cli
    return click.testing.CliRunner().invoke(command, list(args), prog_name="kling")


def envelope(data: Any, code: int = 0, message: str = "SUCCEED") -> dict[str, Any]:
    """A Kling response envelope."""
    return {"code": code, "message": message, "request_id": "req-cli-1", "data": data}


def task(
    task_id: str = "t-100",
    status: str = "submitted",
    *,
    videos: list[dict[str, Any]] | None = None,
    images: list[dict[str, Any]] | None = None,
    message: str | None = None,
    audios: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A task object as the API sends it."""
    data: dict[str, Any] = {
        "task_id": task_id,
        "task_status": status,
        "created_at": 1764072000000,
        "updated_at": 1764072060000,
        "task_info": {"external_task_id": "ext-1"},
    }
    if message is not None:
        data["task_status_msg"] = message
    results = (("videos", videos), ("images", images), ("audios", audios))
    if any(items is not None for _, items in results):
        data["task_result"] = {k: v for k, v in results if v}
    return data


def ok(data: Any) -> httpx.Response:
    """A 200 response with ``data`` in the envelope."""
    return httpx.Response(200, json=envelope(data))


def error(status: int, code: int, message: str = "refused") -> httpx.Response:
    """An error response with a Kling envelope."""
    return httpx.Response(status, json={"code": code, "message": message, "request_id": "req-e"})


def sent(route: Any) -> dict[str, Any]:
    """The JSON body of the last request a respx route received."""
    body: dict[str, Any] = json.loads(route.calls.last.request.content)
    return body


def create(router: respx.MockRouter, path: str, *args: str) -> dict[str, Any]:
    """Run ``kling ARGS``, a create command that succeeds against ``path``; the body it sent."""
    route = router.post(path).mock(return_value=ok(task()))
    result = run(*args)
    assert result.exit_code == 0, (result.stdout, result.stderr)
    return sent(route)
