"""Secrets never leak, even when the server echoes them back.

A tests-local HTTP server on 127.0.0.1 sends every request's ``Authorization`` value and body back
in its response body and in response headers (``X-Echo-Authorization``, ``Set-Cookie``,
``WWW-Authenticate``), with HTTP 400, 401 (code 1004: the client re-mints and resends once), 500,
502 (a text page that puts the token across the cut of the 200-character body excerpt), 200 (a
malformed success), or hangs up without answering (a transport error, whose ``__cause__`` holds
the httpx request: its credential headers are redacted). Whatever the client raises, no secret
key, JWT or API key (nor a 12-character piece of one) appears in ``str``/``repr``/``args``/notes/
attributes of the exception or of any exception in its ``__cause__``/``__context__`` chain, in
its formatted traceback, in any log record at DEBUG from any logger (httpx and httpcore
included), in the repr of the clients and their configuration, or in the CLI's output with
``KLING_DEBUG=1``.

httpcore logs response headers at DEBUG (``receive_response_headers.complete return_value=(...,
[(b'X-Echo-Authorization', b'Bearer ...')])``) and httpx logs one line per request without
headers; the ``kling`` secret filter is also installed on httpx's and httpcore's loggers, so those
records are scrubbed too (``kling_ext._transport._redact``).
"""

from __future__ import annotations

import contextlib
import http.server
import json
import logging
import traceback
from collections.abc import Iterator
from typing import Any

import click.testing
import pytest

from kling_cli import _app, _state
from kling_ext import AsyncKling, Kling, KlingError
from tests.local_http import serving

pytestmark = pytest.mark.anyio

ACCESS_KEY = "ak-echo-access-0001"
SECRET_KEY = "sk-echo-secret-key-0123456789abcdefXYZ"  # >= 32 bytes: PyJWT warns on shorter
API_KEY = "kling-echo-api-key-Zq81x0Pc4mW9fT2b"
WINDOW = 12


class Echo(http.server.BaseHTTPRequestHandler):
    """``/s<status>/...`` answers ``status`` with the request's credentials echoed back."""

    protocol_version = "HTTP/1.1"
    seen: list[str] = []  # noqa: RUF012 - the Authorization values received, for the tests

    def do_GET(self) -> None:
        self._echo()

    def do_POST(self) -> None:
        self._echo()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _echo(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        sent = self.rfile.read(length).decode("utf-8", "replace")
        auth = self.headers.get("Authorization", "")
        token = auth.partition(" ")[2]
        Echo.seen.append(token)
        status = int(self.path.split("/")[1][1:])
        if status == 0:  # hang up without an answer: a transport error with the request inside
            self.close_connection = True
            return
        echo = f"you sent Authorization: {auth}; token {token}; body {sent}"
        if status == 502:  # a proxy page cutting the token at the 200-character excerpt
            self._send(status, b"x" * (199 - len(token) + 16) + token.encode() + b" end", auth)
            return
        if status == 200:  # a success envelope whose task has no id: an unexpected response
            payload: dict[str, Any] = {"code": 0, "message": echo, "request_id": token}
            payload["data"] = {"task_status": "submitted", "echo": auth, "token": token}
        else:
            code = {400: 1201, 401: 1004, 500: 5000}[status]
            payload = {"code": code, "message": echo, "request_id": token, "echo": auth}
        self._send(status, json.dumps(payload).encode(), auth)

    def _send(self, status: int, body: bytes, auth: str) -> None:
        token = auth.partition(" ")[2]
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Echo-Authorization", auth)
        self.send_header("X-Echo-Token", token)
        self.send_header("Set-Cookie", f"session={token}; HttpOnly")
        self.send_header("WWW-Authenticate", f'Bearer error="invalid_token", token="{token}"')
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def echo() -> Iterator[str]:
    with serving(Echo) as url:
        yield url


def pieces(secret: str) -> set[str]:
    """The secret and every 12-character piece of it."""
    return {secret} | {secret[i : i + WINDOW] for i in range(len(secret) - WINDOW + 1)}


def secrets_of() -> set[str]:
    """What must never appear: the keys, and every token the server received (for a JWT, its
    signature: header and claims are not secret, the access key is an identifier)."""
    found = pieces(SECRET_KEY) | pieces(API_KEY)
    for token in Echo.seen:
        if token.count(".") == 2:
            found |= {token} | pieces(token.rsplit(".", 1)[1])
        elif token:
            found |= pieces(token)
    return found


def leaked(text: str, secrets: set[str]) -> list[str]:
    return sorted(s for s in secrets if s in text)


def chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [current.__cause__, current.__context__]


def exposed(exc: BaseException) -> str:
    """Everything an exception shows: str, repr, args, notes, attributes (an httpx request's or
    response's headers and body included) and the formatted traceback."""
    parts = ["".join(traceback.format_exception(exc))]
    for one in chain(exc):
        parts += [str(one), repr(one), repr(one.args), repr(getattr(one, "__notes__", None))]
        for name, value in vars(one).items():
            parts.append(f"{name}={value!r}")
            for attr in ("headers", "content", "url"):
                with contextlib.suppress(Exception):
                    parts.append(repr(getattr(value, attr)))
        for name in ("request", "response"):
            with contextlib.suppress(Exception):
                message = getattr(one, name)
                parts += [repr(message.headers.raw), repr(message.content)]
    return "\n".join(parts)


CALLS = {
    "create": lambda c: c.videos.text2video.create(prompt="a fox in snow, key " + API_KEY[:4]),
    "get": lambda c: c.videos.text2video.get("t-echo-1"),
}


def client_options(echo: str, status: int, credentials: str) -> dict[str, Any]:
    options: dict[str, Any] = {"base_url": f"{echo}/s{status}", "max_retries": 0}
    options["commit_window"] = 0
    if credentials == "api_key":
        options["api_key"] = API_KEY
    else:
        options.update(access_key=ACCESS_KEY, secret_key=SECRET_KEY)
    return options


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("credentials", ["jwt", "api_key"])
@pytest.mark.parametrize("status", [400, 401, 500, 502, 200, 0])
@pytest.mark.parametrize("call", sorted(CALLS))
async def test_an_echoing_server_never_gets_a_secret_into_errors_or_logs(
    echo: str,
    mode: str,
    credentials: str,
    status: int,
    call: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    Echo.seen.clear()
    options = client_options(echo, status, credentials)
    if mode == "sync":
        with Kling(**options) as client, pytest.raises(KlingError) as info:
            CALLS[call](client)
        shown = [repr(client), str(client), repr(client.auth), repr(vars(client.auth))]
        shown += [repr(client._config), str(client._config), repr(vars(client))]
    else:
        async with AsyncKling(**options) as aclient:
            with pytest.raises(KlingError) as info:
                await CALLS[call](aclient)
        shown = [repr(aclient), str(aclient), repr(aclient.auth), repr(vars(aclient.auth))]
        shown += [repr(aclient._config), str(aclient._config), repr(vars(aclient))]
    assert Echo.seen, "the server was never called"
    if status == 401 and credentials == "jwt":
        assert len(Echo.seen) >= 2 and Echo.seen[0] != Echo.seen[1]  # re-minted, resent once
    secrets = secrets_of()
    assert leaked(exposed(info.value), secrets) == []
    assert leaked("\n".join(shown), secrets) == []
    logged = [r.getMessage() + (r.exc_text or "") for r in caplog.records]
    assert any(r.name.startswith("httpcore") for r in caplog.records)  # DEBUG really captured
    assert leaked("\n".join(logged) + caplog.text, secrets) == []


EXIT = {400: 7, 401: 5, 500: 10, 502: 10, 200: 10, 0: 11}


@pytest.mark.parametrize("credentials", ["jwt", "api_key"])
@pytest.mark.parametrize("status", sorted(EXIT))
@pytest.mark.parametrize(
    "args", [("task", "get", "text2video", "t-1"), ("video", "text2video", "a fox", "--json")]
)
def test_the_cli_with_kling_debug_shows_no_secret(
    echo: str,
    credentials: str,
    status: int,
    args: tuple[str, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("KLING_API_KEY", "KLING_ACCESS_KEY", "KLING_SECRET_KEY", "KLING_REGION"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("KLING_DEBUG", "1")
    monkeypatch.setenv("KLING_BASE_URL", f"{echo}/s{status}")
    if credentials == "api_key":
        monkeypatch.setenv("KLING_API_KEY", API_KEY)
    else:
        monkeypatch.setenv("KLING_ACCESS_KEY", ACCESS_KEY)
        monkeypatch.setenv("KLING_SECRET_KEY", SECRET_KEY)
    options: dict[str, Any] = {"sleep": lambda s: None, "commit_window": 0, "max_retries": 0}
    monkeypatch.setattr(_state, "make_client", lambda **o: Kling(**options, **o))
    Echo.seen.clear()
    result = click.testing.CliRunner().invoke(_app.cli, list(args), prog_name="kling")
    assert Echo.seen
    assert result.exit_code == EXIT[status], result.stderr
    assert "Traceback (most recent call last)" in result.stderr
    assert leaked(result.stdout + result.stderr, secrets_of()) == []
