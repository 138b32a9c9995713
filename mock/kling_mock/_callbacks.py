"""Status-change callbacks: one POST of the bare task object per status, to loopback URLs only.

With a webhook secret configured they are signed as Kling signs them (Standard Webhooks):
``webhook-id``, ``webhook-timestamp`` (Unix seconds) and ``webhook-signature: v1,<Base64>``, the
HMAC-SHA256 of ``{id}.{timestamp}.{raw body}`` under the Base64-decoded secret (no ``whsec_``).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import hashlib
import hmac
import ipaddress
import json
import logging
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._state import Task

CallbackSender = Callable[[str, dict[str, Any]], Awaitable[None]]
"""``await sender(url, task_object)``: deliver one callback (raise to report a failure)."""

log = logging.getLogger("kling_mock")


def signature_headers(body: bytes, secret: str, msg_id: str, timestamp: int) -> dict[str, str]:
    """The Standard Webhooks headers of ``body`` under ``secret`` (``whsec_`` + Base64 key)."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{msg_id}.{timestamp}.".encode() + body
    mac = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": f"v1,{mac}",
    }


def is_loopback_url(url: str) -> bool:
    """Whether ``url`` is http(s) on localhost, 127.0.0.0/8 or ::1 (no DNS look-up)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class CallbackDispatcher:
    """Runs one asyncio task per task with a callback_url, following it to its end state."""

    def __init__(
        self,
        clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[None]],
        sender: CallbackSender | None,
        counts: Counter[str],
        *,
        webhook_secret: Callable[[], str | None] = lambda: None,
    ) -> None:
        self._clock = clock
        self._secret = webhook_secret
        self._sleep = sleep
        self._sender = sender
        self._counts = counts
        self._running: set[asyncio.Task[None]] = set()
        self._client: httpx.AsyncClient | None = None

    def follow(self, task: Task) -> None:
        """Start sending the callbacks of ``task`` (it must have a callback_url)."""
        url = task.callback_url or ""
        if not is_loopback_url(url):
            self._counts["refused"] += 1
            log.warning("callback refused for task %s: only loopback URLs are called", task.task_id)
            return
        running = asyncio.get_running_loop().create_task(self._run(task, url))
        self._running.add(running)
        running.add_done_callback(self._running.discard)

    async def _run(self, task: Task, url: str) -> None:
        for status, at in task.transitions():
            delay = at - self._clock()
            if delay > 0:
                await self._sleep(delay)
            try:
                await self._send(url, task.render(status, at), f"msg_{task.task_id}_{status}")
            except Exception as exc:  # a callback receiver's failure must not stop the task
                self._counts["failed"] += 1
                log.warning("callback %s for task %s failed: %s", status, task.task_id, exc)
            else:
                self._counts["sent"] += 1
                log.info("callback %s for task %s sent", status, task.task_id)

    async def _send(self, url: str, body: dict[str, Any], msg_id: str) -> None:
        if self._sender is not None:
            await self._sender(url, body)
            return
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=5.0, trust_env=False)
        content = json.dumps(body, separators=(",", ":")).encode()
        headers = {"content-type": "application/json"}
        secret = self._secret()
        if secret is not None:
            headers |= signature_headers(content, secret, msg_id, int(self._clock()))
        response = await self._client.post(url, content=content, headers=headers)
        response.raise_for_status()

    async def drain(self) -> None:
        """Wait until every callback task has finished (tests use this)."""
        while self._running:
            await asyncio.gather(*list(self._running), return_exceptions=True)

    async def aclose(self) -> None:
        """Cancel pending callbacks and close the HTTP client."""
        for running in list(self._running):
            running.cancel()
        for running in list(self._running):
            with contextlib.suppress(asyncio.CancelledError):
                await running
        if self._client is not None:
            await self._client.aclose()
            self._client = None
