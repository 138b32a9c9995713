"""Shared pieces of the batch tests: job lines, clients with injected transport faults."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from kling_ext import Kling, PollSchedule

FAST: dict[str, Any] = {
    "max_retries": 0,
    "poll_schedule": PollSchedule(initial=0.02, cap=0.1),
    "commit_window": 0,
}
RUN: dict[str, Any] = {"poll_interval": 0.02, "backoff": 0.01}


def legacy(n: int, prefix: str = "job", **fields: Any) -> list[dict[str, Any]]:
    """``n`` text-to-video jobs."""
    return [
        {"id": f"{prefix}-{i}", "operation": "text2video", "prompt": f"fox {i}", **fields}
        for i in range(n)
    ]


def standard(n: int, prefix: str = "std") -> list[dict[str, Any]]:
    """``n`` new-standard text-to-video jobs."""
    return [
        {"id": f"{prefix}-{i}", "operation": "text-to-video", "model": "kling-3.0-turbo",
         "prompt": f"fox {i}"}
        for i in range(n)
    ]  # fmt: skip


def write_jobs(path: Path, jobs: list[dict[str, Any]]) -> Path:
    path.write_text("\n".join(json.dumps(job) for job in jobs) + "\n")
    return path


class Faulty(httpx.BaseTransport):
    """A real transport whose requests ``fault(request)`` may answer or break first."""

    def __init__(self, fault: Callable[[httpx.Request], httpx.Response | None]) -> None:
        self._inner = httpx.HTTPTransport()
        self._fault = fault

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self._fault(request)
        return answer if answer is not None else self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


def client(mock: Any, fault: Callable[[httpx.Request], httpx.Response | None]) -> Kling:
    """A ``Kling`` on the simulator whose requests go through ``fault`` first."""
    return Kling(api_key=mock.api_key, base_url=mock.base_url, transport=Faulty(fault), **FAST)


def refusal(code: int, status: int = 400) -> httpx.Response:
    """Kling's error envelope."""
    body = {"code": code, "message": f"refused {code}", "request_id": "r", "data": None}
    return httpx.Response(status, json=body)


def created(mock: Any) -> dict[str, list[str]]:
    """Tasks created per external id, as the simulator counts them."""
    found: dict[str, list[str]] = mock.stats()["created_by_external_task_id"]
    return found
