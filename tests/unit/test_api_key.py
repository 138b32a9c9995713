"""API-key auth: Authorization: Bearer <key> with no JWT; precedence (explicit argument over the
environment, an API key over an access/secret pair with a warning); the key never shown."""

from __future__ import annotations

import logging
import warnings

import httpx
import pytest

from kling_ext import (
    APIError,
    ApiKeyAuth,
    AsyncKling,
    ConfigurationError,
    CredentialsWarning,
    Kling,
    KlingAuth,
)
from kling_ext._transport._config import ClientConfig

API_KEY = "kl-api-key-0123456789abcdef0123456789"
AK, SK = "ak-0123456789", "sk-0123456789abcdef0123456789abcdef"
ENV_KEYS = (
    "KLING_API_KEY",
    "KLING_ACCESS_KEY",
    "KLING_SECRET_KEY",
    "KLING_BASE_URL",
    "KLING_REGION",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_KEYS:
        monkeypatch.delenv(name, raising=False)


def _sent_with(**options: str) -> tuple[Kling, httpx.Request]:
    """The request a get sends through a client built with ``options`` (answered locally)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        data = {"task_id": "t", "task_status": "submitted"}
        return httpx.Response(200, json={"code": 0, "data": data})

    client = Kling(base_url="https://api.test", transport=httpx.MockTransport(handler), **options)  # type: ignore[arg-type]
    with client:
        client.videos.text2video.get("t")
    return client, seen[0]


def _client(**options: str) -> Kling:
    return Kling(base_url="https://api.test", **options)  # type: ignore[arg-type]


def test_an_api_key_is_sent_as_it_is() -> None:
    client, request = _sent_with(api_key=API_KEY)
    assert isinstance(client.auth, ApiKeyAuth)
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"


def test_the_api_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KLING_API_KEY", API_KEY)
    with _client() as client:
        assert isinstance(client.auth, ApiKeyAuth) and client.auth.token() == API_KEY


def test_an_explicit_pair_beats_an_api_key_in_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KLING_API_KEY", API_KEY)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        config = ClientConfig.resolve(access_key=AK, secret_key=SK)
    assert config.credentials.kind == "access_key" and config.api_key is None


def test_an_explicit_key_beats_a_pair_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KLING_ACCESS_KEY", AK)
    monkeypatch.setenv("KLING_SECRET_KEY", SK)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        config = ClientConfig.resolve(api_key=API_KEY)
    assert config.credentials.kind == "api_key"


def test_both_at_the_same_level_use_the_key_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.warns(CredentialsWarning, match="using the API key") as record:
        client = Kling(api_key=API_KEY, access_key=AK, secret_key=SK)
    assert record[0].filename == __file__  # the warning points at the caller
    assert isinstance(client.auth, ApiKeyAuth)
    client.close()
    for name, value in (
        ("KLING_API_KEY", API_KEY),
        ("KLING_ACCESS_KEY", AK),
        ("KLING_SECRET_KEY", SK),
    ):
        monkeypatch.setenv(name, value)
    with pytest.warns(CredentialsWarning):
        assert ClientConfig.resolve().credentials.kind == "api_key"


def test_the_pair_still_works_and_mints_jwts() -> None:
    client, request = _sent_with(access_key=AK, secret_key=SK)
    assert isinstance(client.auth, KlingAuth)
    scheme, _, token = request.headers["Authorization"].partition(" ")
    assert scheme == "Bearer" and token.count(".") == 2 and token != SK


@pytest.mark.parametrize(
    ("options", "names"),
    [
        ({}, ["api_key", "KLING_API_KEY", "access_key", "secret_key"]),
        ({"access_key": AK}, ["secret_key"]),
    ],
)
def test_missing_credentials_name_every_way_to_give_them(
    options: dict[str, str], names: list[str]
) -> None:
    with pytest.raises(ConfigurationError) as caught:
        ClientConfig.resolve(**options)  # type: ignore[arg-type]
    for name in names:
        assert name in str(caught.value)


@pytest.mark.parametrize("bad", ["", "   ", "key\nInjected: header"])
def test_a_malformed_key_is_refused(bad: str) -> None:
    with pytest.raises(ConfigurationError):
        ApiKeyAuth(bad)


def test_the_key_is_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="kling")
    with _client(api_key=API_KEY) as client:
        shown = [repr(client), repr(client.auth), str(client.auth), repr(client._config)]
        logging.getLogger("kling").warning("echo: Authorization: Bearer %s", API_KEY)
    assert all(API_KEY not in text for text in shown), shown
    assert API_KEY not in caplog.text


@pytest.mark.anyio
async def test_async_client_takes_an_api_key() -> None:
    async with AsyncKling(api_key=API_KEY, base_url="https://api.test") as client:
        assert isinstance(client.auth, ApiKeyAuth) and client.auth.token() == API_KEY


@pytest.mark.parametrize("echoed_in", ["message", "request_id", "html"])
def test_a_server_echoing_the_api_key_never_gets_it_into_the_error(echoed_in: str) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        sent = request.headers["Authorization"]
        if echoed_in == "html":
            return httpx.Response(502, text=f"<html>bad gateway for {sent[7:]}</html>")
        envelope = {"code": 1002, "message": "refused", "request_id": "r-1"}
        envelope[echoed_in] = f"you sent {sent[7:]}"
        return httpx.Response(401, json=envelope)

    with (
        Kling(
            api_key=API_KEY, base_url="http://127.0.0.1:9", transport=httpx.MockTransport(echo)
        ) as client,
        pytest.raises(APIError) as caught,
    ):
        client.videos.text2video.get("t-1")
    exc = caught.value
    shown = " ".join(map(str, (exc, repr(exc), exc.args, exc.body, exc.message, exc.request_id)))
    assert API_KEY not in shown and "***" in shown
