"""Hostile inputs at every public entry point: the result is a correct value or a ``KlingError``
subclass, never a bare ``TypeError`` / ``ValueError`` / ``RecursionError`` / ``httpx`` error, and
nothing is sent before a ``ValidationError``.

Entry points: the client's create / get / list (sync), ``validate``, ``parse``,
``parse_callback``, ``verify_callback`` and ``verify_webhook``; the server's side is a
``MockTransport`` that answers hostile bodies."""

from __future__ import annotations

import json
import math
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kling_ext import (
    Kling,
    KlingError,
    KlingWarning,
    ValidationError,
    parse,
    parse_callback,
    validate,
    verify_callback,
    verify_webhook,
)

pytestmark = pytest.mark.reliability
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
T2V = "/v1/videos/text2video"
OK_TASK = {"code": 0, "message": "ok", "request_id": "r", "data": {"task_id": "t1"}}


def nested(depth: int) -> Any:
    value: Any = []
    for _ in range(depth):
        value = [value]
    return value


SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([10**400, -(10**30), 2**63, math.nan, math.inf, -math.inf, 0.5]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.sampled_from(["a\ud800b", "\udfff", "nul\x00", "line\nbreak", "..", "a/b?c#d%00"]),
    st.binary(max_size=8),
)
VALUES = st.one_of(
    SCALARS,
    st.lists(SCALARS, max_size=3),
    st.dictionaries(st.text(max_size=5), SCALARS, max_size=3),
    st.integers(min_value=30, max_value=60).map(nested),
)
IDS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", ".", "..", "a/b", "a?b", "a#b", "%00", "a\nb", "a\ud800", "x" * 100_000]),
    st.integers(),
    st.none(),
    st.booleans(),
)
BODIES = st.one_of(
    st.binary(max_size=200),
    st.sampled_from(
        [
            b"[" * 100_000 + b"]" * 100_000,
            b'{"code":0,"data":' + b"[" * 5_000 + b"]" * 5_000 + b"}",
            b'{"code":0,"data":{"task_id":"t1"',
            b'{"code":0,"data":null}',
            b'{"code":0,"data":{}}',
            b'{"code":0,"data":{"task_id":["x"],"task_status":5,"created_at":"y"}}',
            b'{"code":0,"data":{"task_id":"t1","task_result":{"videos":{"a":1}}}}',
            b'{"code":"1201","message":["x"]}',
            b"<html>502</html>",
            b"",
        ]
    ),
    st.builds(
        lambda v: json.dumps(v, default=str).encode(),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=5),
            lambda inner: (
                st.lists(inner, max_size=3)
                | st.dictionaries(st.text(max_size=5), inner, max_size=3)
            ),
            max_leaves=10,
        ),
    ),
)


def recorder(body: bytes, status: int = 200) -> tuple[Kling, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(status, content=body)

    client = Kling(
        api_key="hostile-test-key-0123456789",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(handler),
        max_retries=0,
        commit_window=0,
    )
    return client, sent


def outcome(call: Callable[[], Any]) -> BaseException | None:
    """Run ``call``; a KlingError is a documented outcome, anything else fails the test (a
    KlingWarning is not an outcome: the request is sent)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", KlingWarning)
            call()
    except KlingError as exc:
        return exc
    return None


@pytest.mark.filterwarnings("ignore::kling_ext.KlingWarning")  # an unknown field is sent, warned
@SETTINGS
@given(field=st.sampled_from(["prompt", "cfg_scale", "duration", "zzz_unknown"]), value=VALUES)
def test_create_with_a_hostile_field(field: str, value: Any) -> None:
    client, sent = recorder(json.dumps(OK_TASK).encode())
    with client:
        error = outcome(lambda: client.videos.text2video.submit({"prompt": "p", field: value}))
    if isinstance(error, ValidationError):
        assert sent == [] and error.problems


@SETTINGS
@given(task_id=IDS)
def test_get_with_a_hostile_id(task_id: Any) -> None:
    client, sent = recorder(json.dumps(OK_TASK).encode())
    with client:
        error = outcome(lambda: client.videos.text2video.get(task_id))
    if isinstance(error, ValidationError):
        assert sent == []
    else:  # sent as one path segment under the family's path, nothing in a query or fragment
        url = sent[0].url
        assert len(sent) == 1 and url.query == b"" and url.fragment == ""
        assert url.raw_path.count(b"/") == T2V.count("/") + 1


@SETTINGS
@given(page=VALUES, size=VALUES)
def test_list_with_hostile_pages(page: Any, size: Any) -> None:
    client, sent = recorder(b'{"code":0,"data":[]}')
    with client:
        error = outcome(lambda: client.videos.text2video.list(page=page, page_size=size))
    if isinstance(error, ValidationError):
        assert sent == []
    else:
        assert isinstance(page, int) and isinstance(size, int)


@SETTINGS
@given(body=BODIES, status=st.sampled_from([200, 201, 400, 404, 429, 500, 502, 520]))
def test_hostile_answers_to_every_client_call(body: bytes, status: int) -> None:
    client, _ = recorder(body, status)
    with client:
        outcome(lambda: client.videos.text2video.get("t1"))
        outcome(lambda: client.videos.text2video.list())
        outcome(lambda: client.videos.text2video.create(prompt="a fox"))


@SETTINGS
@given(method=st.sampled_from(["POST", "GET", "post", None, 5]), path=IDS, body=VALUES)
def test_validate_anything(method: Any, path: Any, body: Any) -> None:
    outcome(lambda: validate(method, path, body))
    outcome(lambda: validate("POST", T2V, {"prompt": body}))
    outcome(lambda: validate("POST", T2V, body))


@SETTINGS
@given(body=BODIES, status=st.integers(min_value=100, max_value=999))
def test_parse_anything(body: bytes, status: int) -> None:
    outcome(lambda: parse("GET", f"{T2V}/t1", status, body))
    outcome(lambda: parse("POST", T2V, status, body))
    outcome(lambda: parse_callback(body))


@SETTINGS
@given(
    body=BODIES,
    headers=st.dictionaries(
        st.sampled_from(["webhook-id", "webhook-timestamp", "webhook-signature", "x"]),
        st.text(max_size=40),
    ),
)
def test_verify_webhook_anything(body: bytes, headers: dict[str, str]) -> None:
    outcome(lambda: verify_webhook(body, headers, "whsec_dGVzdHNlY3JldA==", now=1.0))


@SETTINGS
@given(task_id=IDS, body=BODIES)
def test_verify_callback_with_forged_bodies(task_id: Any, body: bytes) -> None:
    client, _ = recorder(body)
    forged = json.dumps({"task_id": task_id, "task_status": "succeed"}, default=str)
    with client:
        outcome(lambda: verify_callback(client, forged, family="text2video"))
        outcome(lambda: verify_callback(client, body, family="text2video"))
