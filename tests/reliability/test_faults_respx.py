"""Deterministic faults with respx: connection resets, malformed bodies, HTML error pages.

Every scenario runs with ``Kling`` and with ``AsyncKling`` (in ``anyio.run``) against a respx
router that fails on unmatched requests and on routes never called. Creates carry a known
external_task_id; :func:`assert_no_duplicate` replays the recorded calls and checks that at most
one POST was answered 2xx and that every re-POST after an ambiguous failure (no response, a 5xx,
an unreadable 2xx) came after a GET of that external_task_id.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import anyio
import httpx
import pytest
import respx

from kling_ext import (
    APIConnectionError,
    AsyncKling,
    Kling,
    ServerError,
    UnexpectedResponseError,
)
from kling_ext._core._safe_create import DEFAULT_COMMIT_WINDOW, probe_delays

pytestmark = pytest.mark.reliability
MODES = pytest.mark.parametrize("mode", ["sync", "async"])

BASE = "http://127.0.0.1:9"
T2V = "/v1/videos/text2video"
EXT = "rel-respx-0001"
CLIENT = {"access_key": "fake-access-key", "secret_key": "fake-secret-key-0123456789abcdef!"}
HTML_502 = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    + b"<!-- padding -->\r\n" * 300
    + b"</body>\r\n</html>\r\n"
)


def task(status: str = "submitted") -> dict[str, Any]:
    return {"task_id": "t1", "task_status": status, "task_info": {"external_task_id": EXT}}


def ok(status: str = "submitted") -> httpx.Response:
    return httpx.Response(200, json={"code": 0, "message": "SUCCEED", "request_id": "r", "data":
                                     task(status)})  # fmt: skip


def refusal(status: int, code: int) -> httpx.Response:
    return httpx.Response(status, json={"code": code, "message": "refused", "request_id": "r"})


def html_502() -> httpx.Response:
    return httpx.Response(502, content=HTML_502, headers={"Content-Type": "text/html"})


class Broken(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A 200 body that breaks after its first bytes: a connection reset mid-response."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"code": 0, "message": "SUCCEED", "da'
        raise httpx.ReadError("[Errno 104] Connection reset by peer")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def broken() -> httpx.Response:
    return httpx.Response(200, stream=Broken(), headers={"Content-Type": "application/json"})


def run(mode: str, op: Callable[[Any], Any], sleeps: list[float], **options: Any) -> Any:
    """``op(client)`` with a ``Kling``, or awaited with an ``AsyncKling``; sleeps are recorded."""
    kwargs = {**CLIENT, "base_url": BASE, **options}
    if mode == "sync":
        with Kling(sleep=sleeps.append, **kwargs) as client:
            return op(client)

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def main() -> Any:
        async with AsyncKling(sleep=sleep, **kwargs) as client:
            return await op(client)

    return anyio.run(main)


def create(client: Any) -> Any:
    """A text-to-video create with the known external_task_id (a coroutine for AsyncKling)."""
    return client.videos.text2video.create(prompt="a red fox", external_task_id=EXT)


def assert_no_duplicate(router: respx.MockRouter) -> None:
    """No second paid task: see the module docstring."""
    answered = 0
    looked_up = True
    for request, response in router.calls:
        if request.method == "GET" and request.url.path == f"{T2V}/{EXT}":
            looked_up = True
        elif request.method == "POST":
            assert json.loads(request.content)["external_task_id"] == EXT
            assert looked_up, "a re-POST after an ambiguous failure without a lookup"
            answered += response is not None and response.is_success
            looked_up = not (response is None or response.status_code >= 500 or response.is_success)
    assert answered <= 1, "two POSTs answered 2xx: a duplicate paid task"


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=True, assert_all_mocked=True) as mock:
        yield mock


@MODES
@pytest.mark.parametrize("error", [httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout])
def test_reads_are_retried_after_resets_before_a_response(
    router: respx.MockRouter, mode: str, error: type[Exception]
) -> None:
    route = router.get(f"{T2V}/t1").mock(side_effect=[error, error, ok()])
    sleeps: list[float] = []
    assert run(mode, lambda c: c.videos.text2video.get("t1"), sleeps).task_id == "t1"
    assert route.call_count == 3 and len(sleeps) == 2


@MODES
def test_a_read_reset_mid_body_is_retried(router: respx.MockRouter, mode: str) -> None:
    route = router.get(f"{T2V}/t1").mock(side_effect=[broken(), ok()])
    assert run(mode, lambda c: c.videos.text2video.get("t1"), []).task_id == "t1"
    assert route.call_count == 2


@MODES
def test_a_wait_sits_out_resets_mid_body(router: respx.MockRouter, mode: str) -> None:
    route = router.get(f"{T2V}/t1").mock(side_effect=[broken(), broken(), ok("succeed")])
    done = run(mode, lambda c: c.videos.text2video.wait("t1", timeout=60), [])
    assert done.task_status == "succeed" and route.call_count == 3


@MODES
@pytest.mark.parametrize("failure", ["reset-before-response", "read-error", "reset-mid-body"])
def test_a_create_reset_mid_response_is_looked_up(
    router: respx.MockRouter, mode: str, failure: str
) -> None:
    effects: dict[str, httpx.Response | type[Exception]] = {
        "reset-before-response": httpx.RemoteProtocolError,  # the body was sent, then nothing
        "read-error": httpx.ReadError,
        "reset-mid-body": broken(),  # 200 headers, then the connection breaks
    }
    effect = effects[failure]
    posts = router.post(T2V).mock(side_effect=[effect])
    router.get(f"{T2V}/{EXT}").mock(return_value=ok())
    assert run(mode, create, []).task_id == "t1"
    assert posts.call_count == 1
    assert_no_duplicate(router)


@MODES
@pytest.mark.parametrize(
    "body",
    [b'{"code": 0, "data": {"task_id"', b"not json at all", b"", b"\xff\xfe\x00", b"[1, 2]",
     b'{"code": 0, "data": null}', b'{"code": 0, "data": ["t1"]}', b'{"code": 0}',
     b'{"code": 0, "data": "t1"}', b'{"code": 0, "data": {"task_id": "t1"}} trailing'],
)  # fmt: skip
def test_a_malformed_200_read_is_an_unexpected_response(
    router: respx.MockRouter, mode: str, body: bytes
) -> None:
    router.get(f"{T2V}/t1").mock(return_value=httpx.Response(200, content=body))
    with pytest.raises(UnexpectedResponseError) as info:
        run(mode, lambda c: c.videos.text2video.get("t1"), [])
    assert type(info.value) is UnexpectedResponseError and info.value.status_code == 200
    assert info.value.body is None or len(info.value.body) <= 200


@MODES
def test_a_malformed_200_create_keeps_the_task_reachable(mode: str) -> None:
    with respx.mock(base_url=BASE, assert_all_mocked=True) as router:
        posts = router.post(T2V).mock(return_value=httpx.Response(200, content=b'{"code": 0,'))
        router.get(f"{T2V}/{EXT}").mock(return_value=ok())
        try:
            found = run(mode, create, [])
        except UnexpectedResponseError as exc:
            assert any(EXT in note for note in getattr(exc, "__notes__", ())), "lost the task"
        else:
            assert found.task_id == "t1"
        assert posts.call_count == 1
        assert_no_duplicate(router)


@MODES
def test_an_html_502_page_is_retried_on_reads_then_typed(
    router: respx.MockRouter, mode: str
) -> None:
    route = router.get(f"{T2V}/t1").mock(side_effect=[html_502(), html_502(), ok()])
    assert run(mode, lambda c: c.videos.text2video.get("t1"), []).task_id == "t1"
    route.side_effect = [html_502()] * 3
    with pytest.raises(ServerError) as info:
        run(mode, lambda c: c.videos.text2video.get("t1"), [])
    error = info.value
    assert (error.status_code, error.code, route.call_count) == (502, None, 6)
    assert error.body is not None and "502 Bad Gateway" in error.body and len(error.body) <= 200
    assert "HTTP 502" in str(error) and "<!--" not in error.message


@MODES
def test_an_html_502_on_create_is_looked_up_then_resubmitted(
    router: respx.MockRouter, mode: str
) -> None:
    posts = router.post(T2V).mock(side_effect=[html_502(), ok()])
    router.get(f"{T2V}/{EXT}").mock(return_value=refusal(404, 1203))
    assert run(mode, create, []).task_id == "t1"
    probes = len(probe_delays(DEFAULT_COMMIT_WINDOW))  # looked up through the commit window
    assert [c.request.method for c in router.calls] == ["POST", *["GET"] * probes, "POST"]
    assert posts.call_count == 2
    assert_no_duplicate(router)


@MODES
def test_mixed_faults_then_success(router: respx.MockRouter, mode: str) -> None:
    posts = router.post(T2V).mock(
        side_effect=[
            refusal(401, 1004),  # expired token: re-minted, resent at once by the auth flow
            httpx.RemoteProtocolError,  # ambiguous: look up through the commit window first
            refusal(429, 1303),  # the one re-submission is refused: back off, no lookup needed
            refusal(429, 1302),  # refused again
            ok(),
        ]
    )
    # The look-ups meet a dropped read and a 5xx (retried by the transport), then "not found".
    probes = len(probe_delays(DEFAULT_COMMIT_WINDOW))
    lookups = router.get(f"{T2V}/{EXT}").mock(
        side_effect=[
            httpx.ReadError,
            refusal(404, 1203),
            refusal(503, 5001),
            *[refusal(404, 1203)] * probes,
        ]
    )
    polls = router.get(f"{T2V}/t1").mock(
        side_effect=[broken(), refusal(429, 1302), ok("processing"), ok("succeed")]
    )
    sleeps: list[float] = []

    def scenario(client: Any) -> Any:
        if isinstance(client, Kling):
            return client.videos.text2video.wait(create(client), timeout=60)

        async def both() -> Any:
            return await client.videos.text2video.wait(await create(client), timeout=60)

        return both()

    done = run(mode, scenario, sleeps, max_retries=5)
    assert done.task_status == "succeed"
    assert (posts.call_count, lookups.call_count, polls.call_count) == (5, probes + 2, 4)
    assert_no_duplicate(router)


@MODES
@pytest.mark.parametrize("code", [1302, 1303])
def test_a_refused_create_backs_off_at_least_a_second(
    router: respx.MockRouter, mode: str, code: int
) -> None:
    router.post(T2V).mock(side_effect=[refusal(429, code), refusal(429, code), ok()])
    sleeps: list[float] = []
    assert run(mode, create, sleeps).task_id == "t1"
    assert len(sleeps) == 2 and min(sleeps) >= 1.0


@MODES
def test_a_connection_error_is_typed(router: respx.MockRouter, mode: str) -> None:
    route = router.get(f"{T2V}/t1").mock(side_effect=httpx.ConnectError)
    with pytest.raises(APIConnectionError) as info:
        run(mode, lambda c: c.videos.text2video.get("t1"), [])
    assert isinstance(info.value.__cause__, httpx.ConnectError) and route.call_count == 3
