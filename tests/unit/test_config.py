"""ClientConfig.resolve: argument > environment > default; regions; secrets out of repr."""

from __future__ import annotations

import importlib.metadata
from typing import Any

import httpx
import pytest

from kling_ext._errors import ConfigurationError
from kling_ext._transport._config import ClientConfig, Secret, package_version

AK = "ak-config-0123456789"
SK = "sk-config-0123456789abcdef0123456789abcdef"
ENV_NAMES = ("KLING_ACCESS_KEY", "KLING_SECRET_KEY", "KLING_BASE_URL", "KLING_REGION")


def _secret(config: ClientConfig) -> str:
    assert config.secret_key is not None
    return config.secret_key.get()


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_defaults() -> None:
    config = ClientConfig.resolve(access_key=AK, secret_key=SK)
    assert config.access_key == AK
    assert _secret(config) == SK
    assert config.base_url == "https://api-singapore.klingai.com"
    assert config.region == "global"
    assert config.timeout == httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
    assert config.max_retries == 2
    assert config.user_agent.startswith(f"kling-python/{package_version()} httpx/")
    assert " python/3." in config.user_agent


def test_environment_is_used_when_no_argument(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("KLING_ACCESS_KEY", f" {AK}\n")
    clean_env.setenv("KLING_SECRET_KEY", SK)
    clean_env.setenv("KLING_BASE_URL", "http://127.0.0.1:4010/")
    config = ClientConfig.resolve()
    assert (config.access_key, _secret(config)) == (AK, SK)
    assert (config.base_url, config.region) == ("http://127.0.0.1:4010", None)


def test_arguments_beat_the_environment(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("KLING_ACCESS_KEY", "env-ak")
    clean_env.setenv("KLING_SECRET_KEY", "env-sk")
    clean_env.setenv("KLING_BASE_URL", "http://127.0.0.1:1")
    config = ClientConfig.resolve(access_key=AK, secret_key=Secret(SK), region="cn")
    assert (config.access_key, _secret(config)) == (AK, SK)
    assert (config.base_url, config.region) == ("https://api-beijing.klingai.com", "cn")


def test_injected_env_mapping() -> None:
    env = {"KLING_ACCESS_KEY": AK, "KLING_SECRET_KEY": SK, "KLING_REGION": "legacy"}
    config = ClientConfig.resolve(env=env)
    assert (config.base_url, config.region) == ("https://api.klingai.com", "legacy")


@pytest.mark.parametrize(
    ("region", "url"),
    [
        ("global", "https://api-singapore.klingai.com"),
        ("cn", "https://api-beijing.klingai.com"),
        ("legacy", "https://api.klingai.com"),
        (" CN ", "https://api-beijing.klingai.com"),
    ],
)
def test_regions(region: str, url: str) -> None:
    assert ClientConfig.resolve(access_key=AK, secret_key=SK, region=region).base_url == url


def test_unknown_region_lists_the_known_ones() -> None:
    with pytest.raises(ConfigurationError, match="global, cn, legacy"):
        ClientConfig.resolve(access_key=AK, secret_key=SK, region="mars")


def test_base_url_and_region_together_are_an_error(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        ClientConfig.resolve(
            access_key=AK, secret_key=SK, base_url="http://127.0.0.1:4010", region="cn"
        )
    clean_env.setenv("KLING_BASE_URL", "http://127.0.0.1:4010")
    clean_env.setenv("KLING_REGION", "cn")
    with pytest.raises(ConfigurationError, match="KLING_BASE_URL or KLING_REGION"):
        ClientConfig.resolve(access_key=AK, secret_key=SK)


@pytest.mark.parametrize(
    ("kwargs", "names"),
    [
        ({}, ["access_key= or set KLING_ACCESS_KEY", "secret_key= or set KLING_SECRET_KEY"]),
        ({"access_key": AK}, ["secret_key= or set KLING_SECRET_KEY"]),
        ({"secret_key": SK}, ["access_key= or set KLING_ACCESS_KEY"]),
        ({"access_key": "", "secret_key": SK}, ["access_key= or set KLING_ACCESS_KEY"]),
    ],
)
def test_missing_credentials_name_argument_and_variable(
    kwargs: dict[str, Any], names: list[str]
) -> None:
    with pytest.raises(ConfigurationError) as info:
        ClientConfig.resolve(**kwargs)
    assert isinstance(info.value, ValueError)
    for name in names:
        assert name in str(info.value)
    assert SK not in str(info.value)


def test_empty_environment_variables_count_as_unset(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("KLING_ACCESS_KEY", "  ")
    clean_env.setenv("KLING_SECRET_KEY", SK)
    with pytest.raises(ConfigurationError, match="KLING_ACCESS_KEY"):
        ClientConfig.resolve()


def test_repr_never_shows_the_secret() -> None:
    config = ClientConfig.resolve(access_key=AK, secret_key=SK)
    assert SK not in repr(config)
    assert SK not in str(config)
    assert "Secret('********')" in repr(config)
    secret = Secret(SK)
    assert repr(secret) == str(secret) == f"{secret}" == "Secret('********')"


def test_secret_equality_and_hash() -> None:
    assert Secret(SK) == Secret(SK)
    assert Secret(SK) != Secret("other-secret")
    assert Secret(SK) != SK
    assert hash(Secret(SK)) == hash(Secret(SK))
    assert ClientConfig.resolve(access_key=AK, secret_key=SK) == ClientConfig.resolve(
        access_key=AK, secret_key=Secret(SK)
    )


@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (5, httpx.Timeout(5.0)),
        (2.5, httpx.Timeout(2.5)),
        (httpx.Timeout(1.0, read=30.0), httpx.Timeout(1.0, read=30.0)),
    ],
)
def test_timeout_override(timeout: Any, expected: httpx.Timeout) -> None:
    assert ClientConfig.resolve(access_key=AK, secret_key=SK, timeout=timeout).timeout == expected


@pytest.mark.parametrize("timeout", [0, -1, True, "10", float("nan")])
def test_bad_timeouts(timeout: Any) -> None:
    with pytest.raises(ConfigurationError, match="timeout"):
        ClientConfig.resolve(access_key=AK, secret_key=SK, timeout=timeout)


def test_max_retries() -> None:
    assert ClientConfig.resolve(access_key=AK, secret_key=SK, max_retries=0).max_retries == 0
    bad: Any
    for bad in (-1, True, 1.5):
        with pytest.raises(ConfigurationError, match="max_retries"):
            ClientConfig.resolve(access_key=AK, secret_key=SK, max_retries=bad)


def test_user_agent_override() -> None:
    assert (
        ClientConfig.resolve(access_key=AK, secret_key=SK, user_agent="app/1").user_agent == "app/1"
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.example.com/", "https://api.example.com"),
        ("http://127.0.0.1:4010", "http://127.0.0.1:4010"),
        ("https://proxy.example/kling//", "https://proxy.example/kling"),
    ],
)
def test_base_url_is_normalised(url: str, expected: str) -> None:
    assert ClientConfig.resolve(access_key=AK, secret_key=SK, base_url=url).base_url == expected


@pytest.mark.parametrize(
    "url",
    [
        "api.klingai.com",
        "ftp://api.klingai.com",
        "https://",
        "https://h/?x=1",
        "https://h/#f",
        "http://[::1",
        "",
    ],
)
def test_bad_base_urls(url: str) -> None:
    with pytest.raises(ConfigurationError, match="base_url"):
        ClientConfig.resolve(access_key=AK, secret_key=SK, base_url=url)


def test_config_is_frozen() -> None:
    config = ClientConfig.resolve(access_key=AK, secret_key=SK)
    with pytest.raises(AttributeError):
        config.base_url = "http://127.0.0.1"  # type: ignore[misc]


def test_version_is_single_sourced() -> None:
    from kling_ext._version import __version__

    assert package_version() == __version__
    assert importlib.metadata.version("kling") == __version__  # hatch reads the same file
