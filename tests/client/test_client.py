"""Kling / AsyncKling wiring: construction, pools, headers, timeouts, auth, errors, secrets.

Every behaviour runs on the sync and the async client (``mode``), against a respx router that
fails on unmatched requests and on routes never called.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from kling_api.api.text_to_video import get_text_to_video_task
from kling_ext import (
    AccountError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncKling,
    AuthenticationError,
    ConcurrencyLimitError,
    ConfigurationError,
    ContentPolicyError,
    InsufficientBalanceError,
    InvalidRequestError,
    IPWhitelistError,
    Kling,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    Task,
    UnexpectedResponseError,
)
from kling_ext._transport._redact import redact_text
from tests.client._fakes import (
    ACCESS_KEY,
    BASE,
    SECRET_KEY,
    T2V,
    FakeTime,
    api_error,
    bearer_claims,
    call,
    make_client,
    ok,
    opened,
    task,
)

pytestmark = pytest.mark.anyio
GET_ONE = f"{T2V}/t-1"
FINISHED = task("t-1", "succeed", videos=[{"id": "v", "url": "https://cdn.test/v.mp4"}])
ENV = ("KLING_ACCESS_KEY", "KLING_SECRET_KEY", "KLING_BASE_URL", "KLING_REGION")
CLASSES = pytest.mark.parametrize("cls", [Kling, AsyncKling])


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


# --- construction --------------------------------------------------------------------------------


@CLASSES
def test_settings_from_arguments(cls: type[Kling | AsyncKling], clean_env: object) -> None:
    client = cls(access_key=ACCESS_KEY, secret_key=SECRET_KEY, base_url=BASE + "/", max_retries=4)
    assert (client.base_url, client.max_retries) == (BASE, 4)


@CLASSES
@pytest.mark.parametrize(
    ("region", "url"),
    [
        (None, "https://api-singapore.klingai.com"),
        ("global", "https://api-singapore.klingai.com"),
        ("cn", "https://api-beijing.klingai.com"),
        ("legacy", "https://api.klingai.com"),
    ],
)
def test_region_picks_the_documented_domain(
    cls: type[Kling | AsyncKling], clean_env: object, region: str | None, url: str
) -> None:
    client = cls(access_key=ACCESS_KEY, secret_key=SECRET_KEY, region=region)
    assert client.base_url == url


@CLASSES
def test_environment_fills_what_arguments_leave_out(
    cls: type[Kling | AsyncKling], clean_env: pytest.MonkeyPatch
) -> None:
    clean_env.setenv("KLING_ACCESS_KEY", "ak-from-env")
    clean_env.setenv("KLING_SECRET_KEY", "sk-from-env-0123456789abcdef0123")
    clean_env.setenv("KLING_REGION", "cn")
    assert cls().base_url == "https://api-beijing.klingai.com"
    assert cls(region="legacy").base_url == "https://api.klingai.com"
    clean_env.delenv("KLING_REGION")
    clean_env.setenv("KLING_BASE_URL", "https://env.test")
    assert cls().base_url == "https://env.test"
    assert "ak-f" in repr(cls())  # the access key's start, from the environment


async def test_requests_are_signed_with_the_environment_keys(
    mode: str, router: respx.Router, time: FakeTime, clean_env: pytest.MonkeyPatch
) -> None:
    clean_env.setenv("KLING_ACCESS_KEY", ACCESS_KEY)
    clean_env.setenv("KLING_SECRET_KEY", SECRET_KEY)
    clean_env.setenv("KLING_BASE_URL", BASE)
    route = router.get(GET_ONE).mock(return_value=ok(task()))
    async with opened(mode, router, time, access_key=None, secret_key=None, base_url=None) as c:
        await call(c.videos.text2video.get("t-1"))
    assert bearer_claims(route.calls.last.request)["iss"] == ACCESS_KEY


@CLASSES
@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({}, ["KLING_ACCESS_KEY", "KLING_SECRET_KEY"]),
        ({"access_key": ACCESS_KEY}, ["KLING_SECRET_KEY"]),
        ({"access_key": ACCESS_KEY, "secret_key": SECRET_KEY, "region": "mars"}, ["mars"]),
        ({"access_key": ACCESS_KEY, "secret_key": SECRET_KEY, "base_url": "ftp://x"}, ["ftp"]),
        (
            {"access_key": ACCESS_KEY, "secret_key": SECRET_KEY, "base_url": BASE, "region": "cn"},
            ["not both"],
        ),
    ],
)
def test_bad_configuration_is_refused_clearly(
    cls: type[Kling | AsyncKling], clean_env: object, kwargs: dict[str, Any], words: list[str]
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        cls(**kwargs)
    assert all(word in str(caught.value) for word in words)
    assert SECRET_KEY not in str(caught.value)


class ClosingTransport(httpx.MockTransport):
    """A mock transport that counts how often a pool closes it."""

    closed = 0

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


def test_sync_context_manager_closes_both_pools(
    router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    transport = ClosingTransport(router.handler)
    client = make_client("sync", router, time, transport=transport)
    router.get("https://cdn.test/v.mp4").mock(return_value=httpx.Response(200, content=b"v"))
    with client as entered:
        assert entered is client
        pool = client.generated.get_httpx_client()
        client.download(Task.from_dict(FINISHED), tmp_path)
        assert not pool.is_closed and transport.closed == 0
    assert pool.is_closed
    assert transport.closed == 2  # the API pool and the download pool


async def test_async_context_manager_closes_both_pools(
    router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    transport = ClosingTransport(router.async_handler)
    client = make_client("async", router, time, transport=transport)
    router.get("https://cdn.test/v.mp4").mock(return_value=httpx.Response(200, content=b"v"))
    async with client as entered:
        assert entered is client
        pool = client.generated.get_async_httpx_client()
        await client.download(Task.from_dict(FINISHED), tmp_path)
        assert not pool.is_closed and transport.closed == 0
    assert pool.is_closed
    assert transport.closed == 2


# --- one pool, headers, timeouts, the generated client -------------------------------------------


async def test_one_pool_serves_every_operation_and_the_generated_client(
    mode: str, router: respx.Router, time: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    pool_cls: Any = httpx.Client if mode == "sync" else httpx.AsyncClient
    built: list[object] = []
    original = pool_cls.__init__

    def counting(self: object, *args: Any, **kwargs: Any) -> None:
        built.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(pool_cls, "__init__", counting)
    router.post(T2V).mock(return_value=ok(task("t-1")))
    router.get(GET_ONE).mock(return_value=ok(task("t-1", "succeed")))
    router.get(T2V).mock(return_value=ok([]))
    async with opened(mode, router, time) as client:
        await call(client.videos.text2video.create(prompt="a fox"))
        await call(client.videos.text2video.get("t-1"))
        await call(client.videos.text2video.list())
        await call(client.videos.text2video.wait("t-1"))
        if mode == "sync":
            get_text_to_video_task.sync_detailed(id="t-1", client=client.generated)
        else:
            await get_text_to_video_task.asyncio_detailed(id="t-1", client=client.generated)
        assert client.generated is client.generated
    assert len(built) == 1


async def test_the_generated_client_shares_auth_headers_and_retries(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.get(GET_ONE).mock(side_effect=[api_error(503, 5001), ok(task("t-1"))])
    async with opened(mode, router, time) as client:
        if mode == "sync":
            response = get_text_to_video_task.sync_detailed(id="t-1", client=client.generated)
        else:
            response = await get_text_to_video_task.asyncio_detailed(
                id="t-1", client=client.generated
            )
    assert response.status_code == 200
    assert route.call_count == 2 and len(time.sleeps) == 1
    assert bearer_claims(route.calls.last.request)["iss"] == ACCESS_KEY
    assert route.calls.last.request.headers["User-Agent"].startswith("kling-python/")


async def test_requests_carry_the_user_agent_and_accept_json(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.get(GET_ONE).mock(return_value=ok(task()))
    async with opened(mode, router, time) as client:
        await call(client.videos.text2video.get("t-1"))
    headers = route.calls.last.request.headers
    assert headers["User-Agent"].startswith("kling-python/")
    assert f"httpx/{httpx.__version__}" in headers["User-Agent"]
    assert headers["Accept"] == "application/json"


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (None, {"connect": 10.0, "read": 60.0, "write": 60.0, "pool": 10.0}),
        (5, {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}),
        (httpx.Timeout(3.0, read=30.0), {"connect": 3.0, "read": 30.0, "write": 3.0, "pool": 3.0}),
    ],
)
async def test_per_phase_timeouts_reach_every_request(
    mode: str, router: respx.Router, time: FakeTime, timeout: Any, expected: dict[str, float]
) -> None:
    route = router.get(GET_ONE).mock(return_value=ok(task()))
    async with opened(mode, router, time, timeout=timeout) as client:
        await call(client.videos.text2video.get("t-1"))
    assert route.calls.last.request.extensions["timeout"] == expected


# --- secrets -------------------------------------------------------------------------------------


async def test_repr_and_state_never_show_the_secret_or_the_token(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.get(GET_ONE).mock(return_value=ok(task()))
    async with opened(mode, router, time) as client:
        await call(client.videos.text2video.get("t-1"))
        token = route.calls.last.request.headers["Authorization"].split()[1]
        shown = " ".join(
            [repr(client), str(client), repr(client.auth), repr(vars(client)), repr(client.videos)]
        )
        shown += repr(vars(client.auth)) + repr(client.videos.text2video)
    assert SECRET_KEY not in shown and token not in shown
    assert BASE in repr(client)


async def test_logs_of_the_kling_logger_never_show_secrets(
    mode: str, router: respx.Router, time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    post = router.post(T2V).mock(
        side_effect=[api_error(401, 1004), api_error(429, 1303), ok(task("t-1"))]
    )
    async with opened(mode, router, time) as client:
        await call(client.videos.text2video.create(prompt="a fox"))
        header = post.calls.last.request.headers["Authorization"]
        logging.getLogger("kling").warning("sent %s with key %s", header, SECRET_KEY)
    tokens = {c.request.headers["Authorization"].split()[1] for c in post.calls}
    messages = [r.getMessage() for r in caplog.records if r.name == "kling"]
    assert any("minting a new one" in m for m in messages)  # the client's own records...
    assert any("retrying" in m for m in messages)
    assert any("sent Bearer ***" in m for m in messages)  # ...and anybody's are scrubbed
    assert SECRET_KEY not in caplog.text
    assert not any(token in caplog.text for token in tokens)


def test_a_secret_that_extends_another_is_scrubbed_whole() -> None:
    short = "sk-shared-0123456789abcdef012345"
    longer = short + "-and-its-private-tail"
    assert redact_text(f"key={longer}", [short, longer]) == "key=***"


# --- resources -----------------------------------------------------------------------------------

KEYS = {
    "text_to_video": ("videos", "text2video"),
    "image_to_video": ("videos", "image2video"),
    "video_extend": ("videos", "extend"),
    "lip_sync": ("videos", "lip_sync"),
    "video_effects": ("videos", "effects"),
    "image_generation": ("images", "generations"),
    "virtual_try_on": ("images", "virtual_try_on"),
}


@pytest.mark.parametrize("key", KEYS)
async def test_resource_by_family_key_resource_or_family(
    mode: str, router: respx.Router, time: FakeTime, key: str
) -> None:
    async with opened(mode, router, time) as client:
        space, name = KEYS[key]
        expected = getattr(getattr(client, space), name)
        assert client.resource(key) is expected
        assert client.resource(expected) is expected
        assert client.resource(expected.family) is expected
        assert expected.family.key == key


async def test_an_unknown_family_names_the_known_ones(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    async with opened(mode, router, time) as client:
        with pytest.raises(ValueError, match="text_to_video"):
            client.resource("text_to_sound")


@pytest.mark.parametrize("alias", ["text2video", "image2video", "extend", "effects", "try-on"])
async def test_resource_by_alias(
    mode: str, router: respx.Router, time: FakeTime, alias: str
) -> None:
    async with opened(mode, router, time) as client:
        assert client.resource(alias).family.key in KEYS


# --- auth ----------------------------------------------------------------------------------------


async def test_bearer_jwt_is_verifiable_and_reused(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.get(GET_ONE).mock(return_value=ok(task()))
    async with opened(mode, router, time) as client:
        for _ in range(3):
            await call(client.videos.text2video.get("t-1"))
        assert client.auth.mint_count == 1
    headers = {c.request.headers["Authorization"] for c in route.calls}
    assert len(headers) == 1
    claims = bearer_claims(route.calls.last.request)
    assert claims["iss"] == ACCESS_KEY
    assert claims["exp"] - claims["nbf"] == 1800 + 5


@pytest.mark.parametrize("code", [1004, 1003])
async def test_an_expired_token_is_reminted_and_resent_once(
    mode: str, router: respx.Router, time: FakeTime, code: int
) -> None:
    route = router.get(GET_ONE).mock(side_effect=[api_error(401, code), ok(task())])
    async with opened(mode, router, time) as client:
        assert (await call(client.videos.text2video.get("t-1"))).task_id == "t-1"
        assert client.auth.mint_count == 2
    assert route.call_count == 2
    assert all(bearer_claims(c.request)["iss"] == ACCESS_KEY for c in route.calls)


@pytest.mark.parametrize(("codes", "sent"), [([1004, 1004], 2), ([1001], 1), ([1000], 1)])
async def test_auth_refusals_are_resent_at_most_once(
    mode: str, router: respx.Router, time: FakeTime, codes: list[int], sent: int
) -> None:
    route = router.get(GET_ONE).mock(side_effect=[api_error(401, c, "token bad") for c in codes])
    async with opened(mode, router, time) as client:
        with pytest.raises(AuthenticationError) as caught:
            await call(client.videos.text2video.get("t-1"))
    assert route.call_count == sent
    assert caught.value.code == codes[-1]


# --- errors --------------------------------------------------------------------------------------

CODES = [
    *[(c, 401, AuthenticationError) for c in range(1000, 1005)],
    (1100, 429, AccountError),
    (1101, 429, InsufficientBalanceError),
    (1102, 429, InsufficientBalanceError),
    (1103, 403, PermissionDeniedError),
    (1200, 400, InvalidRequestError),
    (1201, 400, InvalidRequestError),
    (1202, 404, InvalidRequestError),
    (1203, 404, NotFoundError),
    (1300, 400, ContentPolicyError),
    (1301, 400, ContentPolicyError),
    (1302, 429, RateLimitError),
    (1303, 429, ConcurrencyLimitError),
    (1304, 429, IPWhitelistError),
    (5000, 500, ServerError),
    (5001, 503, ServerError),
    (5002, 504, ServerError),
    (1200, 200, InvalidRequestError),  # an error envelope behind HTTP 200
]


@pytest.mark.parametrize(("code", "status", "cls"), CODES)
async def test_each_business_code_raises_its_class_with_the_details(
    mode: str, router: respx.Router, time: FakeTime, code: int, status: int, cls: type[APIError]
) -> None:
    router.get(GET_ONE).mock(return_value=api_error(status, code, f"msg {code}", f"req-{code}"))
    async with opened(mode, router, time, max_retries=0) as client:
        with pytest.raises(cls) as caught:
            await call(client.videos.text2video.get("t-1"))
    error = caught.value
    assert type(error) is cls
    assert (error.code, error.message, error.request_id, error.status_code) == (
        code,
        f"msg {code}",
        f"req-{code}",
        status,
    )


@pytest.mark.parametrize(
    ("response", "cls", "status"),
    [
        (httpx.Response(502, html="<html><h1>502 Bad Gateway</h1></html>"), ServerError, 502),
        (httpx.Response(200, text="<html>maintenance</html>"), UnexpectedResponseError, 200),
        (httpx.Response(200, json={"code": 0, "data": None}), UnexpectedResponseError, 200),
        (httpx.Response(200, json={"code": 0, "data": []}), UnexpectedResponseError, 200),
        (httpx.Response(200, json=[1, 2]), UnexpectedResponseError, 200),
    ],
)
async def test_unreadable_responses_become_typed_errors(
    mode: str,
    router: respx.Router,
    time: FakeTime,
    response: httpx.Response,
    cls: type[Exception],
    status: int,
) -> None:
    router.get(GET_ONE).mock(return_value=response)
    async with opened(mode, router, time, max_retries=0) as client:
        with pytest.raises(cls) as caught:
            await call(client.videos.text2video.get("t-1"))
    error: Any = caught.value
    assert error.status_code == status
    if status == 502:
        assert error.code is None and "502 Bad Gateway" in error.body


@pytest.mark.parametrize(
    ("exc", "cls"),
    [
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.ConnectTimeout("slow"), APITimeoutError),
    ],
)
async def test_transport_errors_are_retried_then_raised_typed(
    mode: str, router: respx.Router, time: FakeTime, exc: Exception, cls: type[Exception]
) -> None:
    route = router.get(GET_ONE).mock(side_effect=exc)
    async with opened(mode, router, time, max_retries=2) as client:
        with pytest.raises(cls) as caught:
            await call(client.videos.text2video.get("t-1"))
    assert route.call_count == 3 and len(time.sleeps) == 2
    assert caught.value.__cause__ is exc
    assert isinstance(caught.value, TimeoutError) == (cls is APITimeoutError)


@pytest.mark.parametrize(
    ("first", "least"),
    [
        (api_error(503, 5001), 0.0),
        (httpx.Response(502, text="bad"), 0.0),
        (api_error(429, 1303), 1.0),
    ],
)
async def test_reads_are_retried_on_transient_refusals(
    mode: str, router: respx.Router, time: FakeTime, first: httpx.Response, least: float
) -> None:
    route = router.get(GET_ONE).mock(side_effect=[first, ok(task())])
    async with opened(mode, router, time) as client:
        assert (await call(client.videos.text2video.get("t-1"))).task_id == "t-1"
    assert route.call_count == 2
    assert len(time.sleeps) == 1 and time.sleeps[0] >= least


async def test_final_refusals_on_reads_are_not_retried(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.get(GET_ONE).mock(return_value=api_error(429, 1102))
    async with opened(mode, router, time) as client:
        with pytest.raises(InsufficientBalanceError):
            await call(client.videos.text2video.get("t-1"))
    assert route.call_count == 1 and time.sleeps == []
