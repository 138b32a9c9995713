"""What real clients send, through the whole mock stack: the front, ``prism proxy --errors`` and
the simulator (issue 15, item 5). Null in optional fields passes Prism; what Kling only ignores is
not refused; the spec's cross-field rules are refused by the simulator like Kling (1201/400); and
Prism's own rejections reach clients as Kling envelopes, not problem+json."""

from __future__ import annotations

import json
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import jwt
import pytest

from kling_ext import Kling, KlingWarning
from kling_mock import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY
from kling_mock.front import PROBLEM_HEADER

pytestmark = pytest.mark.contract

URL, URL2 = "https://example.com/a.png", "https://example.com/b.png"
T2V, GEN, FX = "/v1/videos/text2video", "/v1/images/generations", "/v1/videos/effects"


@pytest.fixture
def http(
    proxy_url: str, sim: httpx.Client, traffic: list[httpx.Response]
) -> Iterator[httpx.Client]:
    """A raw client of the stack with a valid token; its answers feed ``traffic``."""
    now = int(time.time())
    claims = {"iss": DEFAULT_ACCESS_KEY, "exp": now + 1800, "nbf": now - 5}
    token = jwt.encode(claims, DEFAULT_SECRET_KEY, algorithm="HS256")

    def seen(response: httpx.Response) -> None:
        response.read()
        traffic.append(response)

    with httpx.Client(
        base_url=proxy_url,
        headers={"Authorization": f"Bearer {token}"},
        event_hooks={"response": [seen]},
        timeout=10,
    ) as client:
        yield client


def kling_error(response: httpx.Response, status: int, code: int) -> str:
    """The answer is Kling's envelope (never problem+json) with this status and code."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["code"] == code and isinstance(body["request_id"], str) and body["request_id"]
    message: str = body["message"]
    return message


def expected_problem(traffic: list[httpx.Response], response: httpx.Response) -> None:
    """A Prism objection this test provokes on purpose: marked by the front, then forgiven."""
    assert PROBLEM_HEADER in response.headers
    traffic.remove(response)


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (GEN, {"prompt": "a fox", "image": None, "image_fidelity": 0.5, "human_fidelity": 0.45,
               "negative_prompt": None, "n": None, "model_name": None}),
        (T2V, {"prompt": "p", "sound": "off", "cfg_scale": None, "camera_control": None,
               "watermark_info": {"enabled": None}}),
        ("/v1/videos/image2video", {"image": URL, "image_tail": None, "sound": "off"}),
        (FX, {"effect_scene": "hug_pro", "input": {"images": [URL, URL2], "image": None}}),
        (T2V, {"prompt": "p", "model_name": "kling-v3", "mode": "4k", "duration": "12"}),
    ],
)  # fmt: skip
def test_what_real_clients_send_is_accepted(
    http: httpx.Client, path: str, body: dict[str, Any]
) -> None:
    answer = http.post(path, json=body)
    assert answer.status_code == 200, answer.text
    assert answer.json()["data"]["task_status"] == "submitted"


def test_kling_client_sends_no_null_and_warns(
    proxy_url: str, sim: httpx.Client, make_client: Callable[..., Kling]
) -> None:
    bodies: list[bytes] = []
    client = make_client(proxy_url, request_hooks=[lambda r: bodies.append(r.content)])
    body = {"prompt": "a fox", "image": None, "image_fidelity": 0.5, "human_fidelity": 0.45}
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        task = client.images.generations.create(body)
    assert task.task_status == "submitted"
    assert {w.category.__name__ for w in seen} == {"IgnoredFieldWarning"}
    assert all(issubclass(w.category, KlingWarning) for w in seen)
    assert b"null" not in bodies[0] and json.loads(bodies[0])["human_fidelity"] == 0.45


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (T2V, {"prompt": "p", "duration": "7"}, "duration"),  # capability map, default kling-v1
        ("/v1/videos/image2video", {"image": URL, "image_tail": URL2,
                                     "camera_control": {"type": "down_back"}}, "camera_control"),
        (FX, {"effect_scene": "kiss", "input": {"images": [URL, URL2]}}, "effect_scene"),
    ],
)  # fmt: skip
def test_cross_field_rules_and_retired_values_are_refused_like_kling(
    http: httpx.Client, path: str, body: dict[str, Any], field: str
) -> None:
    answer = http.post(path, json=body)
    assert kling_error(answer, 400, 1201).startswith(field)
    assert PROBLEM_HEADER not in answer.headers  # the simulator's own answer, not Prism's


def test_prisms_rejections_are_kling_envelopes(
    http: httpx.Client, proxy_url: str, traffic: list[httpx.Response]
) -> None:
    wrong_type = http.post(T2V, json={"prompt": "p", "cfg_scale": "high"})
    assert "cfg_scale" in kling_error(wrong_type, 400, 1201)
    bad_json = http.post(T2V, content=b"{nope", headers={"content-type": "application/json"})
    assert kling_error(bad_json, 400, 1200) == "request body is not valid JSON"
    nowhere = http.get("/v1/videos/nothing-here")
    kling_error(nowhere, 404, 1203)
    bad_query = http.get(T2V, params={"pageNum": "first"})
    assert "pagenum" in kling_error(bad_query, 400, 1201).lower()
    for response in (wrong_type, bad_json, nowhere, bad_query):
        expected_problem(traffic, response)
    with httpx.Client(base_url=proxy_url) as anonymous:
        missing = anonymous.post(T2V, json={"prompt": "p"})
    assert kling_error(missing, 401, 1001) == "Authorization header is empty"
