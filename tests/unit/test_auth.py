"""KlingAuth: JWT claims, caching, the single re-mint on 401, sync and async; log redaction."""

from __future__ import annotations

import base64
import json
import logging
import math
import string
import threading
from collections.abc import Callable
from typing import Any

import httpx
import jwt
import pytest
import respx
from hypothesis import given
from hypothesis import strategies as st

from kling_ext._errors import ConfigurationError
from kling_ext._transport._auth import KlingAuth, mint_token
from kling_ext._transport._config import Secret
from kling_ext._transport._redact import (
    SecretFilter,
    logger,
    redact_headers,
    redact_text,
    redact_url,
    register_secret,
)

pytestmark = pytest.mark.anyio

AK = "ak-test-0123456789"
SK = "sk-test-0123456789abcdef0123456789abcdef"  # 40 bytes: PyJWT warns under 32
BASE = "http://127.0.0.1:4010"
T0 = 1_700_000_000.25


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class FakeClock:
    def __init__(self, now: float = T0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def claims(token: str, secret: str = SK) -> dict[str, Any]:
    decoded: dict[str, Any] = jwt.decode(
        token, secret, algorithms=["HS256"], options={"verify_exp": False, "verify_nbf": False}
    )
    return decoded


def bearer(request: httpx.Request) -> str:
    scheme, token = request.headers["Authorization"].split(" ")
    assert scheme == "Bearer"
    return token


def envelope(code: int, message: str = "x") -> dict[str, object]:
    return {"code": code, "message": message, "request_id": "r1"}


Step = httpx.Response | Callable[[httpx.Request], httpx.Response]


def replay(*steps: Step) -> Callable[[httpx.Request], httpx.Response]:
    """A respx side effect that plays responses in order; callables are called with the request."""
    queue = list(steps)

    def side_effect(request: httpx.Request) -> httpx.Response:
        step = queue.pop(0)
        return step if isinstance(step, httpx.Response) else step(request)

    return side_effect


# --- the token --------------------------------------------------------------------------------


def test_token_decodes_to_exactly_the_claims() -> None:
    token = mint_token(AK, SK, T0)
    assert claims(token) == {"iss": AK, "exp": 1_700_001_800, "nbf": 1_699_999_995}


def test_header_is_exactly_alg_and_typ() -> None:
    header = mint_token(AK, SK, T0, ttl=60).split(".")[0]
    raw = base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))
    assert json.loads(raw) == {"alg": "HS256", "typ": "JWT"}
    assert jwt.get_unverified_header(mint_token(AK, SK, T0)) == {"alg": "HS256", "typ": "JWT"}


def test_mint_token_is_pure() -> None:
    assert mint_token(AK, SK, T0) == mint_token(AK, SK, T0)
    assert mint_token(AK, SK, T0) != mint_token(AK, SK, T0 + 1)


@given(
    access_key=st.text(),
    secret=st.text(alphabet=string.ascii_letters + string.digits + "-_", min_size=32),
    now=st.floats(min_value=0, max_value=2**34, allow_nan=False),
    ttl=st.integers(min_value=6, max_value=86_400),
)
def test_claims_property(access_key: str, secret: str, now: float, ttl: int) -> None:
    token = mint_token(access_key, secret, now, ttl)
    assert claims(token, secret) == {
        "iss": access_key,
        "exp": math.floor(now) + ttl,
        "nbf": math.floor(now) - 5,
    }
    assert jwt.get_unverified_header(token) == {"alg": "HS256", "typ": "JWT"}


# --- caching ----------------------------------------------------------------------------------


def test_one_token_serves_10000_requests_within_its_lifetime() -> None:
    clock = FakeClock()
    auth = KlingAuth(AK, SK, clock=clock)
    seen: set[str] = set()

    def handler(request: httpx.Request) -> httpx.Response:
        seen.add(bearer(request))
        clock.now += 0.17  # 10,000 requests span 1,700 s: still before the 1,740 s refresh
        return httpx.Response(200, json=envelope(0))

    with httpx.Client(transport=httpx.MockTransport(handler), auth=auth) as client:
        for _ in range(10_000):
            client.get(f"{BASE}/v1/videos/text2video/t1")
    assert auth.mint_count == 1
    assert len(seen) == 1


def test_re_minted_when_the_margin_is_reached() -> None:
    clock = FakeClock()
    auth = KlingAuth(AK, SK, ttl=1800, refresh_margin=60, clock=clock)
    first = auth.token()
    clock.now = math.floor(T0) + 1800 - 60 - 0.001
    assert auth.token() == first
    clock.now = math.floor(T0) + 1800 - 60
    second = auth.token()
    assert second != first
    assert auth.mint_count == 2
    assert claims(second)["exp"] == math.floor(clock.now) + 1800


def test_re_minted_when_the_clock_goes_back_before_nbf() -> None:
    clock = FakeClock()
    auth = KlingAuth(AK, SK, clock=clock)
    auth.token()
    clock.now -= 5
    auth.token()
    assert auth.mint_count == 1
    clock.now -= 1
    auth.token()
    assert auth.mint_count == 2


def test_threads_waiting_on_the_lock_share_one_new_token() -> None:
    clock = FakeClock()
    auth = KlingAuth(AK, SK, clock=clock)
    auth.token()
    clock.now += 1800  # expired: every caller goes for the lock
    arrived = threading.Semaphore(0)
    calls = 0

    def counting_clock() -> float:
        nonlocal calls
        calls += 1
        arrived.release()
        return clock.now

    auth._clock = counting_clock
    results: list[str] = []
    with auth._lock:  # hold the lock until both threads have checked the stale token
        threads = [threading.Thread(target=lambda: results.append(auth.token())) for _ in "ab"]
        for thread in threads:
            thread.start()
        for _ in threads:
            assert arrived.acquire(timeout=10)
    for thread in threads:
        thread.join(timeout=10)
    assert auth.mint_count == 2
    assert len(set(results)) == 1


# --- 401 handling -----------------------------------------------------------------------------


@respx.mock(base_url=BASE, assert_all_called=True, assert_all_mocked=True)
def test_401_with_1004_resends_once_with_a_new_token(respx_mock: respx.MockRouter) -> None:
    clock = FakeClock()
    auth = KlingAuth(AK, SK, clock=clock)

    def expire(request: httpx.Request) -> httpx.Response:
        clock.now += 100
        return httpx.Response(401, json=envelope(1004, "token expired"))

    route = respx_mock.get("/v1/videos/text2video/t1").mock(
        side_effect=replay(expire, httpx.Response(200, json=envelope(0)))
    )
    with httpx.Client(base_url=BASE, auth=auth) as client:
        response = client.get("/v1/videos/text2video/t1")
    assert response.status_code == 200
    assert route.call_count == 2
    first, second = (bearer(call.request) for call in route.calls)
    assert first != second
    assert claims(second)["nbf"] == claims(first)["nbf"] + 100
    assert auth.mint_count == 2


@pytest.mark.parametrize("code", [1003, 1004])
def test_two_401s_in_a_row_return_the_second(code: int) -> None:
    auth = KlingAuth(AK, SK, clock=FakeClock())
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        route = router.get("/v1/x").respond(401, json=envelope(code))
        with httpx.Client(base_url=BASE, auth=auth) as client:
            response = client.get("/v1/x")
    assert response.status_code == 401
    assert response.json()["code"] == code
    assert route.call_count == 2


@pytest.mark.parametrize(
    "body", [envelope(1002), envelope(1000), b"<html>401</html>", b"", b"[1004]"]
)
def test_other_401s_are_not_retried(body: object) -> None:
    auth = KlingAuth(AK, SK, clock=FakeClock())
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        if isinstance(body, bytes):
            route = router.get("/v1/x").respond(401, content=body)
        else:
            route = router.get("/v1/x").respond(401, json=body)
        with httpx.Client(base_url=BASE, auth=auth) as client:
            assert client.get("/v1/x").status_code == 401
    assert route.call_count == 1
    assert auth.mint_count == 1


def test_concurrent_401s_share_one_re_mint() -> None:
    clock = FakeClock()
    auth = KlingAuth(AK, SK, clock=clock)
    refused = httpx.Response(401, json=envelope(1004))
    flows = [auth.sync_auth_flow(httpx.Request("GET", f"{BASE}/v1/{n}")) for n in "ab"]
    sent = [bearer(next(flow)) for flow in flows]
    assert sent[0] == sent[1]
    clock.now += 10
    resent = [bearer(flow.send(refused)) for flow in flows]
    assert resent[0] == resent[1] != sent[0]
    assert auth.mint_count == 2


async def test_async_client_signs_caches_and_re_mints() -> None:
    clock = FakeClock()
    auth = KlingAuth(AK, SK, clock=clock)

    def expire(request: httpx.Request) -> httpx.Response:
        clock.now += 100
        return httpx.Response(401, json=envelope(1004))

    async with respx.mock(base_url=BASE, assert_all_called=True) as router:
        ok = httpx.Response(200, json=envelope(0))
        route = router.get("/v1/x").mock(side_effect=replay(ok, expire, ok, ok, ok))
        async with httpx.AsyncClient(base_url=BASE, auth=auth) as client:
            statuses = [(await client.get("/v1/x")).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 200]
    assert route.call_count == 5
    tokens = [bearer(call.request) for call in route.calls]
    assert tokens[0] == tokens[1] != tokens[2] == tokens[3] == tokens[4]
    assert auth.mint_count == 2


def test_only_the_authorization_header_is_set() -> None:
    auth = KlingAuth(AK, SK, clock=FakeClock())
    request = next(auth.auth_flow(httpx.Request("GET", f"{BASE}/v1/x")))
    assert set(request.headers) == {"host", "authorization"}
    assert request.headers["Authorization"] == f"Bearer {auth.token()}"


# --- arguments and repr -----------------------------------------------------------------------


def test_repr_hides_secret_and_token() -> None:
    auth = KlingAuth(AK, Secret(SK), clock=FakeClock())
    token = auth.token()
    text = repr(auth) + str(auth) + repr(vars(auth))
    assert "ak-t…" in repr(auth)
    assert SK not in text
    assert token not in text
    assert AK not in repr(auth)


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("", SK), {}),
        ((AK, ""), {}),
        ((AK, SK), {"ttl": 5}),
        ((AK, SK), {"ttl": True}),
        ((AK, SK), {"ttl": 60.0}),
        ((AK, SK), {"ttl": 60, "refresh_margin": 60}),
        ((AK, SK), {"refresh_margin": -1}),
    ],
)
def test_arguments_are_validated(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        KlingAuth(*args, **kwargs)


# --- log redaction ----------------------------------------------------------------------------


def test_kling_logger_scrubs_tokens_and_registered_secrets(
    caplog: pytest.LogCaptureFixture,
) -> None:
    token = mint_token(AK, SK, T0)
    register_secret(SK)
    caplog.set_level(logging.INFO, logger="kling")
    logger.info("token %s header %s secret %s", token, f"Bearer {token}", SK)
    assert token not in caplog.text
    assert SK not in caplog.text
    assert caplog.records[-1].getMessage() == "token *** header Bearer *** secret ***"


def test_auth_logs_the_re_mint_without_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kling")
    auth = KlingAuth(AK, SK, clock=FakeClock())
    with respx.mock(base_url=BASE) as router:
        router.get("/v1/x").respond(401, json=envelope(1004))
        with httpx.Client(base_url=BASE, auth=auth) as client:
            client.get("/v1/x")
    assert "code 1004" in caplog.text
    assert auth.token() not in caplog.text


def test_secret_filter_on_any_record() -> None:
    scrub = SecretFilter(["hunter2-long"])
    scrub.register("abc")  # too short to scrub safely: ignored
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "%s and %d", ("hunter2-long", 1), None
    )
    record.exc_text = "Traceback: Bearer abc.def"
    assert scrub.filter(record) is True
    assert (record.getMessage(), record.exc_text) == ("*** and 1", "Traceback: Bearer ***")
    bad = logging.LogRecord("x", logging.INFO, __file__, 1, "%d hunter2-long", ("nan",), None)
    scrub.filter(bad)
    assert bad.getMessage() == "%d ***"
    assert redact_text("api.klingai.com 1.2.3 abc") == "api.klingai.com 1.2.3 abc"


def test_redact_headers() -> None:
    headers = {
        "Authorization": "Bearer eyJ.x.y",
        "Proxy-Authorization": "opaque",
        "Cookie": "a=b",
        "Content-Type": "application/json",
    }
    assert redact_headers(headers) == {
        "Authorization": "Bearer ***",
        "Proxy-Authorization": "***",
        "Cookie": "***",
        "Content-Type": "application/json",
    }
    pairs = httpx.Headers({"authorization": "Bearer t"}).multi_items()
    assert redact_headers(pairs) == {"authorization": "Bearer ***"}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://cdn.example/a/b.mp4?sig=s3cret&exp=1#frag", "https://cdn.example/a/b.mp4"),
        ("https://user:pw@cdn.example/x", "https://cdn.example/x"),
        (httpx.URL("http://127.0.0.1:4010/v1/x?pageNum=1"), "http://127.0.0.1:4010/v1/x"),
        ("http://[::1/x", "<unparseable url>"),
    ],
)
def test_redact_url(url: object, expected: str) -> None:
    assert redact_url(url) == expected
