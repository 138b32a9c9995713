"""verify_webhook: Kling's official test vector byte for byte, and every forged case refused with
WebhookVerificationError (hypothesis: nothing else ever escapes)."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kling_ext import KlingError, Task, WebhookVerificationError, verify_webhook
from kling_ext._webhooks import sign_webhook

# FACTS-2026 section 3: the official vector.
SECRET = "whsec_dGVzdHNlY3JldHRlc3RzZWNyZXR0ZXN0c2VjcmV0MTI="
MSG_ID = "9876543210"
STAMP = 1781080794
BODY = (
    b'{"id":"1234567890","status":"succeeded","message":"","create_time":1781080778802,'
    b'"update_time":1781080794151}'
)
SIGNATURE = "v1,UsKlJP00XoQyOn410NM9xv34sP+Gl0jnOO9Lcpr7NJ4="
HEADERS = {"webhook-id": MSG_ID, "webhook-timestamp": str(STAMP), "webhook-signature": SIGNATURE}
OTHER = "whsec_" + base64.b64encode(b"another-secret-of-32-bytes-long!").decode()


def test_the_official_vector_verifies() -> None:
    task = verify_webhook(BODY, HEADERS, SECRET, now=STAMP)
    assert isinstance(task, Task) and task.standard == "standard"
    assert (task.id, task.status, task.succeeded, task.is_done) == (
        "1234567890",
        "succeeded",
        True,
        True,
    )
    assert task.created_at is not None and task.created_at.year == 2026
    assert sign_webhook(BODY, SECRET, MSG_ID, STAMP)["webhook-signature"] == SIGNATURE


def test_header_names_are_case_insensitive_and_the_secret_may_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KLING_WEBHOOK_SECRET", SECRET)
    upper = {k.upper(): v for k, v in HEADERS.items()}
    assert verify_webhook(BODY, upper, now=STAMP + 299).id == "1234567890"
    bare = SECRET.removeprefix("whsec_")  # the prefix is optional
    assert verify_webhook(BODY, HEADERS, bare, now=STAMP - 300).id == "1234567890"


def test_any_of_several_signatures_passes() -> None:
    wrong = sign_webhook(BODY, OTHER, MSG_ID, STAMP)["webhook-signature"]
    headers = HEADERS | {"webhook-signature": f"{wrong} v2,abc {SIGNATURE}"}
    assert verify_webhook(BODY, headers, SECRET, now=STAMP).id == "1234567890"


def test_a_legacy_body_gives_a_legacy_task() -> None:
    body = json.dumps(
        {
            "task_id": "t-1",
            "task_status": "succeed",
            "task_result": {"videos": [{"id": "v", "url": "https://x/v.mp4"}]},
        }
    ).encode()
    headers = sign_webhook(body, SECRET, "m-1", STAMP)
    task = verify_webhook(body, headers, SECRET, now=STAMP)
    assert task.standard == "legacy" and task.video_urls == ["https://x/v.mp4"] and task.succeeded


def _forged(**change: Any) -> tuple[bytes, dict[str, str], str]:
    body, headers, secret = BODY, dict(HEADERS), SECRET
    if "body" in change:
        body = change["body"]
    for name in ("webhook-id", "webhook-timestamp", "webhook-signature"):
        key = name.replace("-", "_")
        if key in change:
            if change[key] is None:
                del headers[name]
            else:
                headers[name] = change[key]
    return body, headers, change.get("secret", secret)


FORGED = {
    "missing id": _forged(webhook_id=None),
    "missing timestamp": _forged(webhook_timestamp=None),
    "missing signature": _forged(webhook_signature=None),
    "empty signature": _forged(webhook_signature=" "),
    "bad base64": _forged(webhook_signature="v1,@@@not-base64@@@"),
    "unknown version only": _forged(webhook_signature="v2," + SIGNATURE[3:]),
    "wrong signature": _forged(webhook_signature="v1," + base64.b64encode(b"x" * 32).decode()),
    "wrong secret": _forged(secret=OTHER),
    "secret not base64": _forged(secret="whsec_!!!"),
    "body changed": _forged(body=BODY.replace(b"succeeded", b"failed")),
    "id changed": _forged(webhook_id="9876543211"),
    "timestamp changed": _forged(webhook_timestamp=str(STAMP + 1)),
    "timestamp not a number": _forged(webhook_timestamp="soon"),
    "timestamp negative": _forged(webhook_timestamp="-1781080794"),
    "stale": _forged(webhook_timestamp="1781080000"),
}


@pytest.mark.parametrize("case", list(FORGED), ids=list(FORGED))
def test_forged_callbacks_are_refused(case: str) -> None:
    body, headers, secret = FORGED[case]
    with pytest.raises(WebhookVerificationError):
        verify_webhook(body, headers, secret, now=STAMP)


def test_outside_the_tolerance_is_refused_both_ways() -> None:
    for now in (STAMP + 301, STAMP - 301):
        with pytest.raises(WebhookVerificationError, match="tolerance"):
            verify_webhook(BODY, HEADERS, SECRET, now=now)
    assert verify_webhook(BODY, HEADERS, SECRET, tolerance=1000, now=STAMP + 999).id


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1, 2]", b'"text"', b"{}", b'{"id": 7, "status": "x"}', b"[" * 100_000],
    ids=["text", "list", "string", "empty", "wrong types", "deep"],
)
def test_signed_bodies_that_are_not_tasks_are_refused(body: bytes) -> None:
    headers = sign_webhook(body, SECRET, MSG_ID, STAMP)
    with pytest.raises(WebhookVerificationError):
        verify_webhook(body, headers, SECRET, now=STAMP)


@pytest.mark.parametrize("tolerance", [float("nan"), -1, True])
def test_a_tolerance_that_is_not_seconds_is_refused(tolerance: float) -> None:
    with pytest.raises(WebhookVerificationError, match="tolerance"):
        verify_webhook(BODY, HEADERS, SECRET, tolerance=tolerance, now=STAMP + 10**6)


def test_no_secret_anywhere_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KLING_WEBHOOK_SECRET", raising=False)
    with pytest.raises(WebhookVerificationError, match="KLING_WEBHOOK_SECRET"):
        verify_webhook(BODY, HEADERS, now=STAMP)


@given(
    body=st.binary(max_size=300) | st.just(BODY),
    headers=st.dictionaries(
        st.sampled_from(["webhook-id", "webhook-timestamp", "webhook-signature", "x"]),
        st.text(max_size=60) | st.sampled_from([SIGNATURE, str(STAMP), MSG_ID]),
    ),
    secret=st.text(max_size=60) | st.just(SECRET),
    tolerance=st.floats(allow_nan=True) | st.integers(-5, 10**6),
)
def test_nothing_but_a_kling_error_escapes(
    body: bytes, headers: dict[str, str], secret: str, tolerance: float
) -> None:
    try:
        verify_webhook(body, headers, secret, tolerance=tolerance, now=STAMP)
    except WebhookVerificationError as exc:
        assert isinstance(exc, KlingError)
