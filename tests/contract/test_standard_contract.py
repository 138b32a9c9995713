"""The new standard API through Prism: every operation answers its spec examples through
kling_ext (``prism mock``), and kling_ext drives the simulator behind ``prism proxy --errors``
(Prism validates both directions: the ``traffic`` fixture fails on any violation): a
kling-3.0-turbo text-to-video task created, waited for and downloaded, sync and async, with an
API key; batch reads, cursor listing and refusals."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from kling_ext import AsyncKling, InvalidRequestError, Kling, RateLimitError, Task
from kling_ext.standard import TaskPage
from kling_mock import DEFAULT_API_KEY
from tests.contract.conftest import SPEC, deref

pytestmark = pytest.mark.contract
KEY = {"api_key": DEFAULT_API_KEY, "access_key": None, "secret_key": None}
STANDARD_OPS = {
    op["operationId"]: (method, path)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in ("get", "post") and op["tags"][0].startswith("standard_")
}
PROMPT = "a red fox trotting through fresh snow at dawn"


def _examples(method: str, path: str) -> list[tuple[str, dict[str, Any]]]:
    content = deref(SPEC["paths"][path][method]["responses"]["200"])["content"]
    examples = content["application/json"]["examples"]
    return [(name, deref(example)["value"]) for name, example in examples.items()]


def _request(path: str) -> tuple[str, dict[str, Any]]:
    item = SPEC["paths"][path]
    body = deref(
        next(iter(item["post"]["requestBody"]["content"]["application/json"]["examples"].values()))
    )
    model = item["parameters"][0]["example"]
    value = dict(body["value"])
    value.pop("options", None)
    return model, value


def _invoke(client: Kling, method: str, path: str) -> Any:
    if path == "/tasks":
        if method == "get":
            return client.standard.tasks.get_many(["893605946402811985"])
        return client.standard.tasks.list(limit=100, status="succeeded")
    model, body = _request(path)
    resource = getattr(client.standard, path.split("/")[1].replace("-", "_"))
    return resource.create(model, body)


def _check(result: Any, data: Any) -> None:
    if isinstance(result, TaskPage):
        assert [t.to_dict() for t in result.tasks] == data["result"]
        assert result.has_more is data["has_more"]
    elif isinstance(result, list):
        assert [t.to_dict() for t in result] == data
    else:
        assert isinstance(result, Task) and result.to_dict() == data


@pytest.mark.parametrize("operation_id", sorted(STANDARD_OPS))
def test_every_example_through_kling_ext(
    operation_id: str, prism_mock_url: str, make_client: Callable[..., Kling]
) -> None:
    method, path = STANDARD_OPS[operation_id]
    for name, value in _examples(method, path):
        prefer = f"example={name}"

        def hook(request: httpx.Request, prefer: str = prefer) -> None:
            request.headers["Prefer"] = prefer

        client = make_client(prism_mock_url, request_hooks=[hook], max_retries=0, **KEY)
        _check(_invoke(client, method, path), value["data"])


def test_errors_are_typed_through_prism_mock(
    prism_mock_url: str, make_client: Callable[..., Kling]
) -> None:
    def hook(request: httpx.Request) -> None:
        request.headers["Prefer"] = "code=429, example=rate_limited_1302"

    client = make_client(prism_mock_url, request_hooks=[hook], max_retries=0, **KEY)
    with pytest.raises(RateLimitError):
        client.standard.tasks.get("893605946402811985")


def test_every_standard_operation_is_covered_here() -> None:
    assert sorted(STANDARD_OPS) == [
        "createStandardImageToVideoTask",
        "createStandardMotionControlTask",
        "createStandardOmniVideoTask",
        "createStandardTextToVideoTask",
        "getStandardTasks",
        "listStandardTasks",
    ]


# ---------------------------------------------------------------- the simulator behind Prism


def test_turbo_text_to_video_created_waited_downloaded(
    proxy_url: str, sim: httpx.Client, make_client: Callable[..., Kling], tmp_path: Path
) -> None:
    client = make_client(proxy_url, **KEY)
    seen: list[str] = []
    task = client.standard.text_to_video.create(
        "kling-3.0-turbo", prompt=PROMPT, settings={"resolution": "1080p", "duration": 5}
    )
    done = client.standard.text_to_video.wait(
        task, timeout=30, on_update=lambda t: seen.append(t.status)
    )
    assert done.state == "succeeded" and seen[-1] == "succeeded"
    (path,) = client.standard.text_to_video.download(done, tmp_path)
    assert path.read_bytes()[4:8] == b"ftyp"
    assert done.billing[0].amount == "5" and done.external_task_id
    again = client.standard.tasks.get(external_task_id=done.external_task_id)
    assert again.id == done.id


@pytest.mark.anyio
async def test_async_create_wait_download(
    proxy_url: str, sim: httpx.Client, make_async_client: Callable[..., AsyncKling], tmp_path: Path
) -> None:
    async with make_async_client(proxy_url, **KEY) as client:
        done = await client.standard.text_to_video.create_and_wait(
            "kling-3.0-turbo", prompt=PROMPT, timeout=30
        )
        (path,) = await client.standard.text_to_video.download(done, tmp_path)
    assert done.succeeded and path.stat().st_size > 0


def test_every_family_batches_and_the_cursor(
    proxy_url: str, sim: httpx.Client, make_client: Callable[..., Kling]
) -> None:
    client = make_client(proxy_url, **KEY)
    created = [
        client.standard.image_to_video.create(
            "kling-2.5-turbo",
            contents=[{"type": "first_frame", "url": "https://example.com/a.png"}],
        ),
        client.standard.omni_video.create(
            "kling-o1",
            contents=[{"type": "prompt", "text": PROMPT}],
            settings={"aspect_ratio": "1:1"},
        ),
        client.standard.motion_control.create(
            "kling-2.6",
            contents=[{"type": "video", "url": "https://example.com/m.mp4"}],
            settings={"character_orientation": "video"},
        ),
    ]
    client.standard.tasks.chunk_size = 2
    finished = list(client.standard.tasks.wait_many(created, timeout=30))
    assert sorted(t.id for t in finished) == sorted(t.id for t in created)
    assert len(client.standard.tasks.get_many([t.id for t in created])) == 3
    listed = list(client.standard.tasks.iter(limit=1, status=["succeeded"], product_type="video"))
    assert sorted(t.id for t in listed) == sorted(t.id for t in created)


def test_a_refusal_of_the_simulator_is_a_valid_error_envelope(
    proxy_url: str,
    sim: httpx.Client,
    make_client: Callable[..., Kling],
    traffic: list[httpx.Response],
) -> None:
    client = make_client(proxy_url, max_retries=0, **KEY)
    body = {"prompt": PROMPT, "settings": {"resolution": "4k"}}
    with pytest.raises(InvalidRequestError, match=r"settings\.resolution"):
        client.standard.text_to_video.create("kling-3.0-turbo", body, validate=False)
    assert json.loads(traffic[-1].text)["code"] == 1201
