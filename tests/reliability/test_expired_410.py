"""HTTP 410 (Gone) on an API call is a typed "expired" error, ``TaskExpiredError``: a
``NotFoundError`` (code handling "unknown task" handles it too), never retried, raised by the get
and by waiting; the business code still wins when it names a class outside the not-found family."""

from __future__ import annotations

import httpx
import pytest
import respx

import kling_ext
from kling_ext import (
    AuthenticationError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TaskExpiredError,
)
from kling_ext._transport._error_map import error_from_response
from tests.client._fakes import MODES, T2V, FakeTime, call, new_router, ok, opened, task

pytestmark = pytest.mark.anyio

GONE = b'{"code": 1203, "message": "task expired", "request_id": "r-410"}'


@pytest.mark.parametrize(
    "body",
    [b"", b"<html>410 Gone</html>", b"[]", GONE, b'{"code": 1200, "message": "bad"}', b"{}"],
)
def test_410_without_a_more_precise_code_is_task_expired(body: bytes) -> None:
    error = error_from_response(410, body)
    assert type(error) is TaskExpiredError
    assert isinstance(error, NotFoundError) and isinstance(error, InvalidRequestError)
    assert error.status_code == 410
    assert not error.retryable


def test_410_keeps_the_envelope() -> None:
    error = error_from_response(410, GONE)
    assert (error.code, error.message, error.request_id) == (1203, "task expired", "r-410")
    assert "HTTP 410" in str(error)


@pytest.mark.parametrize(
    ("code", "cls"), [(1302, RateLimitError), (1004, AuthenticationError), (5000, ServerError)]
)
def test_a_code_outside_the_not_found_family_wins_over_410(code: int, cls: type[Exception]) -> None:
    error = error_from_response(410, f'{{"code": {code}, "message": "m"}}'.encode())
    assert type(error) is cls


def test_404_stays_not_found() -> None:
    assert type(error_from_response(404, b"")) is NotFoundError
    assert type(error_from_response(404, GONE)) is NotFoundError


def test_exported_and_in_the_public_list() -> None:
    assert "TaskExpiredError" in kling_ext.__all__
    assert kling_ext.TaskExpiredError is TaskExpiredError


def gone_router() -> respx.Router:
    router = new_router()
    router.get(f"{T2V}/t-old").mock(return_value=httpx.Response(410, content=GONE))
    return router


@pytest.mark.parametrize("mode", MODES)
async def test_get_of_an_expired_task_raises_task_expired_once(mode: str) -> None:
    router, time = gone_router(), FakeTime()
    async with opened(mode, router, time) as client:
        with pytest.raises(TaskExpiredError) as info:
            await call(client.videos.text2video.get("t-old"))
    assert info.value.status_code == 410 and info.value.request_id == "r-410"
    assert len(router.calls) == 1  # not retried
    assert time.sleeps == []
    router.assert_all_called()


@pytest.mark.parametrize("mode", MODES)
async def test_waiting_on_a_task_that_expires_raises_task_expired(mode: str) -> None:
    router, time = new_router(), FakeTime()
    route = router.get(f"{T2V}/t-old")
    route.side_effect = [ok(task("t-old", "processing")), httpx.Response(410, content=GONE)]
    async with opened(mode, router, time) as client:
        with pytest.raises(TaskExpiredError):
            await call(client.videos.text2video.wait("t-old", timeout=600))
    assert route.call_count == 2
