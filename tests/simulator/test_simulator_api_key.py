"""API keys and signed callbacks in the simulator: fake keys pass, a wrong key gets Kling's auth
error, the new-standard check refuses JWTs, and callbacks signed with a webhook secret verify with
``kling_ext.verify_webhook`` end to end over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from kling_ext import AsyncKling, WebhookVerificationError, verify_webhook
from kling_mock import (
    DEFAULT_API_KEY,
    ConfigError,
    ManualClock,
    SimulatorConfig,
    SimulatorTransport,
    create_app,
    simulator_of,
)
from kling_mock._auth import AuthFailure, check_authorization
from kling_mock._callbacks import signature_headers
from tests.simulator.test_simulator_auth import token

pytestmark = pytest.mark.anyio
T2V = "/v1/videos/text2video"
# Kling's official test vector (FACTS-2026 section 3).
VECTOR_SECRET = "whsec_dGVzdHNlY3JldHRlc3RzZWNyZXR0ZXN0c2VjcmV0MTI="
VECTOR_BODY = (
    b'{"id":"1234567890","status":"succeeded","message":"","create_time":1781080778802,'
    b'"update_time":1781080794151}'
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    clock = ManualClock()
    app = create_app({"api_keys": [DEFAULT_API_KEY, "second-key"]}, clock=clock, sleep=clock.sleep)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://sim.test"
    ) as http:
        yield http
    await simulator_of(app).aclose()


def status_and_code(response: httpx.Response) -> tuple[int, int]:
    return response.status_code, response.json()["code"]


@pytest.mark.parametrize("key", [DEFAULT_API_KEY, "second-key"])
async def test_every_configured_api_key_passes(client: httpx.AsyncClient, key: str) -> None:
    response = await client.get(T2V, headers={"Authorization": f"Bearer {key}"})
    assert status_and_code(response) == (200, 0)


@pytest.mark.parametrize("key", ["wrong-key", DEFAULT_API_KEY + "x", DEFAULT_API_KEY[:-1]])
async def test_a_wrong_api_key_gets_kling_auth_error(client: httpx.AsyncClient, key: str) -> None:
    response = await client.get(T2V, headers={"Authorization": f"Bearer {key}"})
    assert status_and_code(response) == (401, 1002)
    assert key not in response.text


def test_new_standard_check_takes_api_keys_only() -> None:
    now = 1_781_000_000.0
    jwt_header = "Bearer " + token(now)
    check_authorization(
        jwt_header, "kling-mock-access-key", "kling-mock-secret-key-0123456789abcdef", now
    )
    with pytest.raises(AuthFailure) as refused:
        check_authorization(
            jwt_header, "kling-mock-access-key", "x", now, (DEFAULT_API_KEY,), jwt_allowed=False
        )
    assert refused.value.code == 1002 and "API keys only" in str(refused.value)
    key_header = f"Bearer {DEFAULT_API_KEY}"
    check_authorization(key_header, "a", "b", now, (DEFAULT_API_KEY,), jwt_allowed=False)


async def test_the_client_authenticates_with_the_api_key_alone() -> None:
    clock = ManualClock()
    app = create_app({}, clock=clock, sleep=clock.sleep)
    async with AsyncKling(
        api_key=DEFAULT_API_KEY, base_url="http://sim.test", transport=SimulatorTransport(app)
    ) as kling:
        task = await kling.videos.text2video.create(prompt="a red fox")
        assert (await kling.videos.text2video.get(task.id)).id == task.id
        assert DEFAULT_API_KEY not in repr(kling)
    await simulator_of(app).aclose()


@pytest.mark.parametrize(
    "raw",
    [
        {"api_keys": "one"},
        {"api_keys": [""]},
        {"webhook_secret": "whsec_***"},
        {"webhook_secret": 5},
    ],
)
def test_bad_key_configuration_is_refused(raw: dict[str, Any]) -> None:
    with pytest.raises(ConfigError):
        SimulatorConfig.from_dict(raw)


def test_keys_and_webhook_secret_are_redacted() -> None:
    config = SimulatorConfig.from_dict({"webhook_secret": VECTOR_SECRET})
    shown = json.dumps(config.to_dict()) + repr(config)
    assert DEFAULT_API_KEY not in shown and VECTOR_SECRET not in shown
    assert config.to_dict()["webhook_secret"] == "***"


def test_simulator_signs_the_official_vector_byte_for_byte() -> None:
    headers = signature_headers(VECTOR_BODY, VECTOR_SECRET, "9876543210", 1781080794)
    assert headers["webhook-signature"] == "v1,UsKlJP00XoQyOn410NM9xv34sP+Gl0jnOO9Lcpr7NJ4="


class _Receiver(BaseHTTPRequestHandler):
    received: list[tuple[bytes, dict[str, str]]]

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", "0"))
        self.received.append((self.rfile.read(length), dict(self.headers.items())))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[tuple[bytes, dict[str, str]]]]]:
    received: list[tuple[bytes, dict[str, str]]] = []
    handler = type("Handler", (_Receiver,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/kling/webhook", received
    finally:
        server.shutdown()
        server.server_close()


async def test_signed_callbacks_verify_end_to_end(
    receiver: tuple[str, list[tuple[bytes, dict[str, str]]]],
) -> None:
    url, received = receiver
    clock = ManualClock()
    app = create_app(
        {"webhook_secret": VECTOR_SECRET, "processing_after": 0.2, "succeed_after": 1.0},
        clock=clock,
        sleep=clock.sleep,
    )
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://sim.test",
        headers={"Authorization": f"Bearer {DEFAULT_API_KEY}"},
    ) as http:
        body = {"prompt": "a red fox", "callback_url": url, "external_task_id": "signed-1"}
        created = (await http.post(T2V, json=body)).json()["data"]
        await simulator_of(app).callbacks.drain()
    await simulator_of(app).aclose()
    statuses = []
    for raw, headers in received:
        task = verify_webhook(raw, headers, VECTOR_SECRET, now=clock())
        assert task.id == created["task_id"] and task.external_task_id == "signed-1"
        statuses.append(task.status)
        with pytest.raises(WebhookVerificationError):
            verify_webhook(
                raw.replace(b"signed-1", b"signed-2"), headers, VECTOR_SECRET, now=clock()
            )
    assert statuses == ["submitted", "processing", "succeed"]
    assert len({h["webhook-id"] for _, h in received}) == 3


async def test_callbacks_are_unsigned_without_a_secret(
    receiver: tuple[str, list[tuple[bytes, dict[str, str]]]],
) -> None:
    url, received = receiver
    clock = ManualClock()
    app = create_app({"auth": False}, clock=clock, sleep=clock.sleep)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://sim.test"
    ) as http:
        await http.post(T2V, json={"prompt": "a fox", "callback_url": url})
        await simulator_of(app).callbacks.drain()
    await simulator_of(app).aclose()
    assert received and all("webhook-signature" not in h for _, h in received)
