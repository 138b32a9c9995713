"""The command line with an API key: ``KLING_API_KEY`` alone is enough, it is sent as the bearer
value (no JWT), it wins over the access/secret pair, and it never reaches the output."""

from __future__ import annotations

import pytest
import respx

from tests.cli.cli_support import error, ok, run, task

API_KEY = "kling-cli-api-key-0123456789abcdef"
GET = ("task", "get", "text2video", "t-100")


@pytest.fixture
def key_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KLING_ACCESS_KEY")
    monkeypatch.delenv("KLING_SECRET_KEY")
    monkeypatch.setenv("KLING_API_KEY", API_KEY)


@pytest.mark.usefixtures("key_only")
def test_the_api_key_alone_is_enough(api: respx.MockRouter) -> None:
    route = api.get("/v1/videos/text2video/t-100").mock(return_value=ok(task()))
    result = run(*GET)
    assert result.exit_code == 0, result.stderr
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {API_KEY}"


def test_the_api_key_wins_over_the_pair_from_the_environment(
    api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KLING_API_KEY", API_KEY)
    route = api.get("/v1/videos/text2video/t-100").mock(return_value=ok(task()))
    result = run(*GET)
    assert result.exit_code == 0, result.stderr
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert "API key" in result.stderr  # the CredentialsWarning, shown once


@pytest.mark.usefixtures("key_only")
@pytest.mark.parametrize("debug", ["", "1"])
def test_an_echoed_api_key_never_reaches_the_output(
    api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch, debug: str
) -> None:
    monkeypatch.setenv("KLING_DEBUG", debug)
    echo = f"token {API_KEY} refused"
    api.get("/v1/videos/text2video/t-100").mock(return_value=error(401, 1002, echo))
    result = run(*GET)
    assert result.exit_code != 0
    assert API_KEY not in result.output + result.stderr
    assert "1002" in result.stderr and "refused" in result.stderr
