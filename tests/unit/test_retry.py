"""RetryTransport / AsyncRetryTransport: reads retried on transient failures, creates never."""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kling_ext._errors import ConfigurationError
from kling_ext._transport._retry import AsyncRetryTransport, RetryPolicy, RetryTransport

pytestmark = pytest.mark.anyio

URL = "http://127.0.0.1:4010/v1/videos/text2video/t1"
Step = httpx.Response | Exception


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def kling(status: int, code: int, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {"code": code, "message": "m", "request_id": "r"}
    return httpx.Response(status, json=body, headers=headers)


class Script:
    """A handler that plays responses (or raises exceptions) in order and records requests."""

    def __init__(self, *steps: Step) -> None:
        self.steps = list(steps)
        self.played: list[Step] = []
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.steps.pop(0)
        self.played.append(step)
        if isinstance(step, Exception):
            raise step
        return step


def sync_client(script: Script, **policy: Any) -> tuple[httpx.Client, RetryTransport, list[float]]:
    sleeps: list[float] = []
    transport = RetryTransport(
        httpx.MockTransport(script),
        RetryPolicy(**policy),
        sleep=sleeps.append,
        rng=random.Random(7),
    )
    return httpx.Client(transport=transport), transport, sleeps


def test_get_retried_on_503_then_200() -> None:
    script = Script(kling(503, 5001), httpx.Response(200, json={"code": 0}))
    client, transport, sleeps = sync_client(script)
    response = client.get(URL)
    assert response.status_code == 200
    assert len(script.requests) == 2
    assert transport.retry_count == 1
    assert len(sleeps) == 1
    assert 0 <= sleeps[0] <= 0.5
    first = script.played[0]
    assert isinstance(first, httpx.Response)
    assert first.is_closed


@pytest.mark.parametrize("code", [1302, 1303])
def test_429_rate_and_concurrency_limits_are_retried(code: int) -> None:
    script = Script(kling(429, code), httpx.Response(200))
    client, _, sleeps = sync_client(script)
    assert client.get(URL).status_code == 200
    assert len(script.requests) == 2
    assert 1.0 <= sleeps[0] <= 8.0  # at least one second after a limit (FACTS 1.9)


@pytest.mark.parametrize("code", [1100, 1101, 1102, 1304, 9999])
def test_other_429s_are_final(code: int) -> None:
    script = Script(kling(429, code))
    client, transport, sleeps = sync_client(script)
    response = client.get(URL)
    assert (response.status_code, response.json()["code"]) == (429, code)
    assert (len(script.requests), transport.retry_count, sleeps) == (1, 0, [])


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(429, text="<html>Too Many Requests</html>"),
        kling(500, 1201),  # the business code says the request is wrong: resending cannot help
        httpx.Response(404, json={"code": 1203}),
        httpx.Response(200, json={"code": 0}),
    ],
)
def test_final_responses_are_returned_at_once(response: httpx.Response) -> None:
    script = Script(response)
    client, _, sleeps = sync_client(script)
    assert client.get(URL).status_code == response.status_code
    assert (len(script.requests), sleeps) == (1, [])


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_other_methods_are_never_retried(method: str) -> None:
    script = Script(kling(503, 5001))
    client, transport, sleeps = sync_client(script)
    assert client.request(method, URL, json={"prompt": "x"}).status_code == 503
    script = Script(httpx.ConnectError("refused"))
    client, transport, sleeps = sync_client(script)
    with pytest.raises(httpx.ConnectError):
        client.request(method, URL, json={"prompt": "x"})
    assert (len(script.requests), transport.retry_count, sleeps) == (1, 0, [])


@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS"])
def test_idempotent_methods_are_retried(method: str) -> None:
    script = Script(httpx.Response(502), httpx.Response(200))
    client, _, _ = sync_client(script)
    assert client.request(method, URL).status_code == 200
    assert [r.method for r in script.requests] == [method, method]


@pytest.mark.parametrize(
    ("value", "expected"), [("3", 3.0), ("0", 0.0), ("120", 60.0), ("bogus", None)]
)
def test_retry_after_is_honoured_and_capped(value: str, expected: float | None) -> None:
    script = Script(kling(503, 5001, {"Retry-After": value}), httpx.Response(200))
    client, _, sleeps = sync_client(script)
    client.get(URL)
    if expected is None:
        assert 0 <= sleeps[0] <= 0.5  # unreadable header: ordinary backoff
    else:
        assert sleeps == [expected]


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("slow connect"),
        httpx.ReadTimeout("slow read"),
        httpx.ReadError("reset"),
        httpx.RemoteProtocolError("garbage"),
    ],
)
def test_transport_errors_are_retried_then_succeed(error: Exception) -> None:
    script = Script(error, httpx.Response(200))
    client, transport, sleeps = sync_client(script)
    assert client.get(URL).status_code == 200
    assert (len(script.requests), transport.retry_count, len(sleeps)) == (2, 1, 1)


def test_pool_timeout_is_not_retried() -> None:
    script = Script(httpx.PoolTimeout("pool full"))
    client, _, sleeps = sync_client(script)
    with pytest.raises(httpx.PoolTimeout):
        client.get(URL)
    assert sleeps == []


def test_gives_up_after_max_retries_returning_the_last_response() -> None:
    script = Script(kling(503, 5001), kling(500, 5000), kling(504, 5002))
    client, transport, sleeps = sync_client(script, max_retries=2)
    response = client.get(URL)
    assert (response.status_code, response.json()["code"]) == (504, 5002)
    assert (len(script.requests), transport.retry_count, len(sleeps)) == (3, 2, 2)
    assert all(isinstance(r, httpx.Response) and r.is_closed for r in script.played[:2])


def test_gives_up_after_max_retries_raising_the_last_error() -> None:
    script = Script(*(httpx.ConnectError(f"refused {n}") for n in range(4)))
    client, _, sleeps = sync_client(script, max_retries=3)
    with pytest.raises(httpx.ConnectError, match="refused 3"):
        client.get(URL)
    assert len(sleeps) == 3


def test_zero_retries_passes_everything_through() -> None:
    script = Script(kling(503, 5001))
    client, _, sleeps = sync_client(script, max_retries=0)
    assert client.get(URL).status_code == 503
    assert sleeps == []


class BrokenStream(httpx.SyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        raise httpx.ReadError("reset while reading the body")

    def close(self) -> None:
        self.closed = True


def test_error_while_reading_an_error_body_is_retried() -> None:
    stream = BrokenStream()
    script = Script(httpx.Response(503, stream=stream), httpx.Response(200))
    client, _, sleeps = sync_client(script)
    assert client.get(URL).status_code == 200
    assert stream.closed
    assert len(sleeps) == 1


def test_retries_are_logged_without_query_or_headers(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kling")
    script = Script(kling(429, 1303), httpx.Response(200))
    client, _, _ = sync_client(script)
    client.get(URL + "?signature=s3cret", headers={"Authorization": "Bearer tok3n"})
    assert len(caplog.records) == 1
    message = caplog.records[0].getMessage()
    assert message.startswith("retrying GET /v1/videos/text2video/t1 in ")
    assert message.endswith("(retry 1 of 2): HTTP 429 code 1303")
    assert "s3cret" not in caplog.text
    assert "tok3n" not in caplog.text


class SpyTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


async def test_close_reaches_the_wrapped_transport() -> None:
    spy = SpyTransport()
    RetryTransport(spy).close()
    await AsyncRetryTransport(spy).aclose()
    assert spy.closed == 2
    RetryTransport().close()  # builds (and closes) a real HTTPTransport
    await AsyncRetryTransport().aclose()


# --- async twin -------------------------------------------------------------------------------


def async_client(
    script: Script, **policy: Any
) -> tuple[httpx.AsyncClient, AsyncRetryTransport, list[float]]:
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    transport = AsyncRetryTransport(
        httpx.MockTransport(script), RetryPolicy(**policy), sleep=sleep, rng=random.Random(7)
    )
    return httpx.AsyncClient(transport=transport), transport, sleeps


async def test_async_get_retried_on_503_then_200() -> None:
    script = Script(kling(503, 5001, {"Retry-After": "2"}), httpx.Response(200))
    client, transport, sleeps = async_client(script)
    async with client:
        assert (await client.get(URL)).status_code == 200
    assert (sleeps, transport.retry_count) == ([2.0], 1)


async def test_async_429_1303_retried_but_not_1102() -> None:
    script = Script(kling(429, 1303), httpx.Response(200), kling(429, 1102))
    client, _, sleeps = async_client(script)
    async with client:
        assert (await client.get(URL)).status_code == 200
        assert (await client.get(URL)).status_code == 429
    assert len(sleeps) == 1


async def test_async_post_never_retried() -> None:
    script = Script(kling(503, 5001), httpx.ConnectError("refused"))
    client, _, sleeps = async_client(script)
    async with client:
        assert (await client.post(URL, json={})).status_code == 503
        with pytest.raises(httpx.ConnectError):
            await client.post(URL, json={})
    assert sleeps == []


async def test_async_connection_errors_then_give_up() -> None:
    script = Script(httpx.ConnectError("a"), httpx.ReadTimeout("b"), httpx.ConnectError("c"))
    client, _, sleeps = async_client(script)
    async with client:
        with pytest.raises(httpx.ConnectError, match="c"):
            await client.get(URL)
    assert len(sleeps) == 2


async def test_async_gives_up_returning_the_last_response() -> None:
    script = Script(kling(503, 5001), kling(503, 5001))
    client, _, sleeps = async_client(script, max_retries=1)
    async with client:
        response = await client.get(URL)
    assert response.status_code == 503
    assert len(sleeps) == 1


class AsyncBrokenStream(httpx.AsyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    def __aiter__(self) -> Any:
        raise httpx.ReadError("reset while reading the body")

    async def aclose(self) -> None:
        self.closed = True


async def test_async_error_while_reading_an_error_body_is_retried() -> None:
    stream = AsyncBrokenStream()
    script = Script(httpx.Response(502, stream=stream), httpx.Response(200))
    client, _, sleeps = async_client(script)
    async with client:
        assert (await client.get(URL)).status_code == 200
    assert stream.closed
    assert len(sleeps) == 1


async def test_default_async_sleep_is_anyio() -> None:
    script = Script(kling(503, 5001, {"Retry-After": "0"}), httpx.Response(200))
    transport = AsyncRetryTransport(httpx.MockTransport(script))
    async with httpx.AsyncClient(transport=transport) as client:
        assert (await client.get(URL)).status_code == 200


# --- the policy -------------------------------------------------------------------------------


@given(
    attempt=st.integers(min_value=-5, max_value=10_000),
    base=st.floats(min_value=0, max_value=100),
    cap=st.floats(min_value=0, max_value=1000),
    minimum=st.floats(min_value=0, max_value=100),
    seed=st.integers(),
)
def test_delay_stays_within_zero_and_cap(
    attempt: int, base: float, cap: float, minimum: float, seed: int
) -> None:
    policy = RetryPolicy(backoff_base=base, backoff_cap=cap)
    delay = policy.delay(attempt, None, random.Random(seed), minimum=minimum)
    assert 0 <= delay <= cap
    assert delay >= min(minimum, cap)
    assert delay <= base * 2.0 ** min(max(attempt, 0), 64) or delay == min(minimum, cap)


@given(
    retry_after=st.floats(allow_nan=True, allow_infinity=True),
    cap=st.floats(min_value=0, max_value=1000),
    attempt=st.integers(min_value=0, max_value=100),
)
def test_delay_honours_retry_after_capped(retry_after: float, cap: float, attempt: int) -> None:
    policy = RetryPolicy(retry_after_cap=cap)
    delay = policy.delay(attempt, retry_after, random.Random(0))
    if math.isfinite(retry_after) and retry_after >= 0:
        assert delay == min(retry_after, cap)
    else:
        assert 0 <= delay <= policy.backoff_cap


def test_delay_grows_exponentially_on_average() -> None:
    policy = RetryPolicy()
    rng = random.Random(1)
    means = [sum(policy.delay(a, None, rng) for _ in range(2000)) / 2000 for a in range(6)]
    assert means[0] < means[1] < means[2] < means[3] < means[4]
    assert 3.5 < means[5] < 4.5  # capped at 8 s: uniform(0, 8) averages 4


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"max_retries": True},
        {"max_retries": 1.5},
        {"backoff_base": -1.0},
        {"backoff_cap": math.inf},
        {"retry_after_cap": math.nan},
        {"limit_min_delay": "1"},
    ],
)
def test_policy_is_validated(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        RetryPolicy(**kwargs)


def test_policy_is_frozen() -> None:
    policy = RetryPolicy()
    setter: Callable[[], None] = lambda: setattr(policy, "max_retries", 5)  # noqa: E731
    with pytest.raises(AttributeError):
        setter()
