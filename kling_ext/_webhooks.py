"""Verify Kling's signed callbacks (Standard Webhooks, since 2026-08-07) and read their body.

Kling signs ``{webhook-id}.{webhook-timestamp}.{raw body}`` with HMAC-SHA256 under the webhook
secret (``whsec_`` + Base64 of the key) and sends ``webhook-signature: v1,<Base64 MAC>``, several
space-separated when secrets rotate (any valid one passes). The timestamp is Unix seconds and must
be within ``tolerance`` of the local clock, so a captured request cannot be replayed later.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import time
from collections.abc import Mapping
from typing import Any

from ._errors import KlingError, WebhookVerificationError
from ._spec._task import Task

DEFAULT_TOLERANCE = 300.0
"""Seconds a signed callback stays valid either side of the local clock (Kling: 5 minutes)."""
_PREFIX = "whsec_"
_MAX_ID = 256


def _header(headers: Mapping[str, str], name: str) -> str:
    try:
        items = list(headers.items())
    except (AttributeError, TypeError) as exc:
        raise WebhookVerificationError("headers must be a mapping of names to values") from exc
    for key, value in items:
        if isinstance(key, str) and key.lower() == name:
            if not isinstance(value, str) or not value.strip():
                break
            return value.strip()
    raise WebhookVerificationError(f"missing {name} header: is a webhook secret configured?")


def _key(secret: str | bytes | None) -> bytes:
    if secret is None:
        secret = os.environ.get("KLING_WEBHOOK_SECRET", "").strip() or None
    if secret is None:
        raise WebhookVerificationError(
            "no webhook secret: pass secret= or set KLING_WEBHOOK_SECRET"
        )
    if isinstance(secret, bytes):
        return secret
    text = secret.strip().removeprefix(_PREFIX)
    try:
        key = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise WebhookVerificationError("the webhook secret is not whsec_ + Base64") from exc
    if not key:
        raise WebhookVerificationError("the webhook secret is empty")
    return key


def _timestamp(value: str, tolerance: float, now: float | None) -> int:
    if not value.isascii() or not value.isdigit() or len(value) > 12:
        raise WebhookVerificationError("webhook-timestamp is not Unix seconds")
    stamp = int(value)
    current = time.time() if now is None else now
    if abs(current - stamp) > tolerance:
        raise WebhookVerificationError(
            f"webhook-timestamp is {current - stamp:+.0f} s from now (tolerance {tolerance:.0f} s)"
        )
    return stamp


def _signatures(value: str) -> list[bytes]:
    found = []
    for entry in value.split():
        version, _, encoded = entry.partition(",")
        if version != "v1":
            continue  # a newer scheme this client cannot check: another entry may still match
        try:
            found.append(base64.b64decode(encoded, validate=True))
        except (binascii.Error, ValueError):
            continue
    if not found:
        raise WebhookVerificationError("webhook-signature holds no valid v1 signature")
    return found


def _body(body: bytes) -> Task:
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise WebhookVerificationError("the callback body is not JSON") from exc
    if not isinstance(payload, dict):
        raise WebhookVerificationError("the callback body is not a JSON object")
    if "task_id" in payload or "task_status" in payload:
        from ._spec._parse import parse_callback

        try:
            return parse_callback(payload)
        except KlingError as exc:
            raise WebhookVerificationError(f"the callback body is not a task: {exc}") from exc
    if not isinstance(payload.get("id"), str) or not isinstance(payload.get("status"), str):
        raise WebhookVerificationError("the callback body has no task id and status")
    return Task.from_standard(payload)


def verify_webhook(
    body: bytes,
    headers: Mapping[str, str],
    secret: str | None = None,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> Task:
    """Check a signed callback and return its task (legacy or new-standard body).

    ``body`` is the raw request body, byte for byte as received; ``headers`` the request headers
    (names in any case); ``secret`` the webhook secret from Kling's console (``whsec_...``),
    default ``KLING_WEBHOOK_SECRET``. Raises :class:`WebhookVerificationError` for anything that is
    not a valid, fresh, signed task. Without a secret configured at Kling, callbacks are unsigned:
    verify those with :func:`kling_ext.verify_callback` (it re-fetches the task) instead.
    """
    if not isinstance(body, bytes | bytearray):
        raise WebhookVerificationError("body must be the raw bytes of the request")
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float) or not tolerance >= 0:
        raise WebhookVerificationError("tolerance must be a number of seconds >= 0")
    key = _key(secret)
    msg_id = _header(headers, "webhook-id")
    if len(msg_id) > _MAX_ID or not msg_id.isascii():
        raise WebhookVerificationError("webhook-id is malformed")
    stamp = _header(headers, "webhook-timestamp")
    _timestamp(stamp, float(tolerance), now)
    offered = _signatures(_header(headers, "webhook-signature"))
    signed = msg_id.encode() + b"." + stamp.encode() + b"." + bytes(body)
    expected = hmac.new(key, signed, hashlib.sha256).digest()
    if not any(hmac.compare_digest(expected, sig) for sig in offered):
        raise WebhookVerificationError("no webhook signature matches: wrong secret or forged body")
    return _body(bytes(body))


def sign_webhook(body: bytes, secret: str, msg_id: str, timestamp: int) -> dict[str, Any]:
    """The headers Kling would send with ``body``: for tests and for the simulator."""
    mac = hmac.new(_key(secret), f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": "v1," + base64.b64encode(mac.digest()).decode(),
    }
