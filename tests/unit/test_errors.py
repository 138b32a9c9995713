"""The exception tree and the pure mapping from error responses to it (FACTS 1.9)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kling_ext._errors import (
    AccountError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    ConcurrencyLimitError,
    ConfigurationError,
    ContentPolicyError,
    DownloadError,
    InsufficientBalanceError,
    InvalidRequestError,
    IPWhitelistError,
    KlingError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResultExpiredError,
    ServerError,
    TaskExpiredError,
    TaskFailedError,
    TransportError,
    UnexpectedResponseError,
    ValidationError,
    WaitTimeoutError,
)
from kling_ext._spec._codes import retryable_codes
from kling_ext._transport._error_map import (
    error_from_envelope,
    error_from_response,
    parse_retry_after,
    transport_error,
)

RETRYABLE_CODES = retryable_codes()

# FACTS 1.9: (HTTP status, business code, class).
FACTS_1_9 = [
    (401, 1000, AuthenticationError),
    (401, 1001, AuthenticationError),
    (401, 1002, AuthenticationError),
    (401, 1003, AuthenticationError),
    (401, 1004, AuthenticationError),
    (429, 1100, AccountError),
    (429, 1101, InsufficientBalanceError),
    (429, 1102, InsufficientBalanceError),
    (403, 1103, PermissionDeniedError),
    (400, 1200, InvalidRequestError),
    (400, 1201, InvalidRequestError),
    (404, 1202, InvalidRequestError),
    (404, 1203, NotFoundError),
    (400, 1300, ContentPolicyError),
    (400, 1301, ContentPolicyError),
    (429, 1302, RateLimitError),
    (429, 1303, ConcurrencyLimitError),
    (429, 1304, IPWhitelistError),
    (500, 5000, ServerError),
    (503, 5001, ServerError),
    (504, 5002, ServerError),
]


def envelope(code: object, message: object = "boom", request_id: object = "req-1") -> bytes:
    return json.dumps({"code": code, "message": message, "request_id": request_id}).encode()


@pytest.mark.parametrize(("status", "code", "cls"), FACTS_1_9)
def test_every_documented_code_maps_to_its_class(status: int, code: int, cls: type) -> None:
    error = error_from_response(status, envelope(code))
    assert type(error) is cls
    assert (error.status_code, error.code, error.message, error.request_id) == (
        status,
        code,
        "boom",
        "req-1",
    )
    assert error.retryable is (code in RETRYABLE_CODES)


def test_the_code_decides_not_the_status() -> None:
    # A known non-retryable code on a 5xx stays what the code says.
    error = error_from_response(500, envelope(1201))
    assert type(error) is InvalidRequestError
    assert not error.retryable


@pytest.mark.parametrize(
    ("status", "cls", "retryable"),
    [
        (400, InvalidRequestError, False),
        (401, AuthenticationError, False),
        (403, PermissionDeniedError, False),
        (404, NotFoundError, False),
        (409, APIError, False),
        (429, APIError, False),
        (500, ServerError, True),
        (502, ServerError, True),
        (520, ServerError, True),
    ],
)
def test_unknown_codes_fall_back_on_the_status(status: int, cls: type, retryable: bool) -> None:
    for body in (envelope(9999), envelope(None), b"{}", b"<html>oops</html>", b""):
        error = error_from_response(status, body)
        assert type(error) is cls
        assert error.retryable is retryable


def test_unknown_code_is_kept() -> None:
    error = error_from_response(429, envelope(9999))
    assert error.code == 9999
    assert str(error) == "Kling API error 9999 (HTTP 429): boom [request_id=req-1]"


def test_str_format() -> None:
    body = envelope(1303, "parallel task over resource pack limit", "abc")
    assert str(error_from_response(429, body)) == (
        "Kling API error 1303 (HTTP 429): parallel task over resource pack limit [request_id=abc]"
    )


def test_request_id_is_optional() -> None:
    body = json.dumps({"code": 1102, "message": "balance not enough"}).encode()
    error = error_from_response(429, body)
    assert error.request_id is None
    assert str(error) == "Kling API error 1102 (HTTP 429): balance not enough"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1303", 1303),
        (" 1303 ", 1303),
        (1303.0, 1303),
        ("-1", -1),
        (True, None),
        ("13o3", None),
        ("--5", None),
        ("", None),
        (1.5, None),
        (10**20, None),
        ([1303], None),
        ("١٣٠٣", None),
    ],
)
def test_codes_are_read_leniently(raw: object, expected: int | None) -> None:
    assert error_from_envelope(429, {"code": raw}).code == expected


def test_missing_or_odd_fields() -> None:
    error = error_from_envelope(503, {})
    assert (error.message, error.code, error.request_id, error.body) == (
        "Service Unavailable",
        None,
        None,
        None,
    )
    assert error_from_envelope(599, {"message": ["x"]}).message == "HTTP error"
    assert error_from_envelope(400, {"message": "   "}).message == "Bad Request"
    assert error_from_envelope(400, {"request_id": 867283741759111202}).request_id == (
        "867283741759111202"
    )
    assert error_from_envelope(400, {"request_id": 10**50}).request_id is None
    assert error_from_envelope(400, {"request_id": False}).request_id is None
    assert error_from_envelope(400, {"request_id": ""}).request_id is None
    assert len(error_from_envelope(400, {"message": "x" * 5000}).message) == 1000


def test_html_body_gives_status_and_excerpt() -> None:
    html = b"<html>\n  <head><title>502 Bad Gateway</title></head>\n" + b"x" * 10_000
    error = error_from_response(502, html)
    assert type(error) is ServerError
    assert error.code is None
    assert error.message == "Bad Gateway"
    assert error.body is not None
    assert error.body.startswith("<html> <head><title>502 Bad Gateway</title></head>")
    assert len(error.body) <= 200
    assert error.body.endswith("…")
    assert str(error).startswith("Kling API error (HTTP 502): Bad Gateway; body: '<html> <head>")


def test_json_that_is_not_an_object() -> None:
    error = error_from_response(400, b'[{"code": 1201}]')
    assert type(error) is InvalidRequestError
    assert error.code is None
    assert error.body == '[{"code": 1201}]'


def test_str_and_invalid_utf8_bodies() -> None:
    assert error_from_response(429, '{"code": "1302"}').code == 1302
    assert error_from_response(500, b"\xff\xfe\xfa").body is not None
    assert error_from_response(500, b"   ").body is None


def test_deeply_nested_json_does_not_raise() -> None:
    error = error_from_response(500, b"[" * 100_000 + b"]" * 100_000)
    assert type(error) is ServerError


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3", 3.0),
        (" 1.5 ", 1.5),
        ("0", 0.0),
        ("-1", None),
        ("nan", None),
        ("inf", None),
        ("", None),
        (None, None),
        ("soon", None),
        ("Wed, 25 Nov 2026 14:00:30 GMT", 30.0),
        ("Wed, 25 Nov 2026 14:00:30 -0000", 30.0),
        ("Wed, 25 Nov 2026 13:59:00 GMT", 0.0),
        ("Wed, 32 Nov 2026 14:00:30 GMT", None),
    ],
)
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    now = 1795615200.0  # 2026-11-25 14:00:00 UTC
    assert parse_retry_after(value, now=now) == expected


def test_parse_retry_after_uses_the_wall_clock_by_default() -> None:
    delay = parse_retry_after("Fri, 31 Dec 9998 23:59:59 GMT")
    assert delay is not None
    assert delay > 0


def test_retry_after_header_is_parsed_case_insensitively() -> None:
    body = envelope(1302)
    assert error_from_response(429, body, {"Retry-After": "7"}).retry_after == 7.0
    assert error_from_response(429, body, httpx.Headers({"retry-after": "2"})).retry_after == 2.0
    assert error_from_response(429, body, {"X-Other": "1"}).retry_after is None
    assert error_from_response(503, b"down", {"Retry-After": "4"}).retry_after == 4.0
    payload = {"code": 1303}
    assert error_from_envelope(429, payload, {"retry-after": "5"}).retry_after == 5.0
    assert (
        error_from_envelope(429, payload, {"retry-after": "5"}, retry_after=1.0).retry_after == 1.0
    )


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
STATUS = st.integers(min_value=100, max_value=999)


CLASS_OF_CODE = {code: cls for _, code, cls in FACTS_1_9}
CLASS_OF_STATUS = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    410: TaskExpiredError,
}


def check(error: Any, status: int) -> None:
    """The class is the code's (FACTS 1.9) or else the status's; retryable follows the class;
    the message names the status; excerpts stay short."""
    assert isinstance(error, APIError)
    assert error.status_code == status
    assert error.body is None or len(error.body) <= 200
    assert error.code is None or isinstance(error.code, int)
    assert error.request_id is None or isinstance(error.request_id, str)
    if error.code in CLASS_OF_CODE:
        expected = CLASS_OF_CODE[error.code]
        assert error.retryable is (error.code in RETRYABLE_CODES)
        if status == 410 and issubclass(TaskExpiredError, expected):  # Gone is more precise
            expected = TaskExpiredError
    else:
        expected = ServerError if status >= 500 else CLASS_OF_STATUS.get(status, APIError)
        assert error.retryable is (status >= 500)
    assert type(error) is expected
    assert f"(HTTP {status})" in str(error)


@given(status=STATUS, value=JSON)
def test_any_json_value_maps_to_an_api_error(status: int, value: object) -> None:
    check(error_from_response(status, json.dumps(value).encode()), status)


@given(
    status=STATUS,
    payload=st.fixed_dictionaries(
        {}, optional={"code": JSON, "message": JSON, "request_id": JSON, "data": JSON}
    ),
)
def test_any_envelope_shape_maps_to_an_api_error(status: int, payload: dict[str, object]) -> None:
    check(error_from_response(status, json.dumps(payload).encode()), status)
    check(error_from_envelope(status, payload), status)


@given(status=STATUS, body=st.binary(max_size=2000), retry_after=st.text(max_size=40))
def test_any_bytes_map_to_an_api_error(status: int, body: bytes, retry_after: str) -> None:
    check(error_from_response(status, body, {"retry-after": retry_after}), status)


def test_tree() -> None:
    assert issubclass(APIError, KlingError)
    assert issubclass(InsufficientBalanceError, AccountError)
    assert issubclass(NotFoundError, InvalidRequestError)
    assert issubclass(ConfigurationError, ValueError)
    assert issubclass(ValidationError, ValueError)
    assert issubclass(APITimeoutError, TimeoutError)
    assert issubclass(APITimeoutError, TransportError)
    assert issubclass(WaitTimeoutError, TimeoutError)
    assert issubclass(ResultExpiredError, DownloadError)


def test_validation_error_lists_every_problem() -> None:
    error = ValidationError([("prompt", "2501 characters, at most 2500"), ("", "empty body")])
    assert error.problems == (("prompt", "2501 characters, at most 2500"), ("", "empty body"))
    assert str(error) == "prompt: 2501 characters, at most 2500; empty body"


def test_task_failed_error() -> None:
    task = {"task_id": "t1"}
    error = TaskFailedError("t1", "content moderation", task)
    assert (error.task_id, error.task_status_msg, error.task) == ("t1", "content moderation", task)
    assert str(error) == "task t1 failed: content moderation"
    assert str(TaskFailedError("t2", None)) == "task t2 failed: no reason given"


def test_wait_timeout_error_is_resumable() -> None:
    error = WaitTimeoutError("t1", "processing", 600.0)
    assert (error.task_id, error.last_status, error.waited) == ("t1", "processing", 600.0)
    assert "t1" in str(error)
    assert "600.0 s" in str(error)
    assert "processing" in str(error)
    assert "unknown" in str(WaitTimeoutError("t1", None, 1))
    with pytest.raises(TimeoutError):
        raise error


def test_download_errors_hide_the_query_string() -> None:
    url = "https://cdn.example/v/1.mp4?X-Signature=secret-sig&Expires=1"
    error = DownloadError("connection reset", url=url, path="/tmp/1.mp4")
    assert error.url == "https://cdn.example/v/1.mp4"
    assert "secret-sig" not in str(error)
    assert error.path == "/tmp/1.mp4"
    expired = ResultExpiredError(url=url)
    assert "30 days" in str(expired)
    assert "secret-sig" not in str(expired)
    assert expired.path is None


def test_transport_error_translation() -> None:
    request = httpx.Request("GET", "https://api.example/v1/x?token=secret")
    timeout = transport_error(httpx.ReadTimeout("timed out", request=request))
    assert type(timeout) is APITimeoutError
    assert str(timeout) == "ReadTimeout during GET https://api.example/v1/x: timed out"
    refused = transport_error(httpx.ConnectError("refused"))
    assert type(refused) is APIConnectionError
    assert str(refused) == "ConnectError: refused"


def test_unexpected_response_from_body() -> None:
    error = UnexpectedResponseError.from_body(200, b"<html>maintenance</html>", "body is not JSON")
    assert isinstance(error, APIError)
    assert (error.status_code, error.message, error.body) == (
        200,
        "body is not JSON",
        "<html>maintenance</html>",
    )
    assert not error.retryable
    assert UnexpectedResponseError.from_body(200, b"", "empty").body is None


def test_unexpected_response_from_payload() -> None:
    payload = {"code": 0, "message": "SUCCEED", "request_id": "r9", "data": None}
    error = UnexpectedResponseError.from_payload(200, payload, "'data' is NoneType")
    assert (error.code, error.request_id, error.message) == (0, "r9", "'data' is NoneType")
    assert error.body == '{"code": 0, "message": "SUCCEED", "request_id": "r9", "data": null}'
    assert str(error).startswith("Kling API error 0 (HTTP 200): 'data' is NoneType; body: ")
    circular: dict[str, object] = {}
    circular["self"] = circular
    assert UnexpectedResponseError.from_payload(200, circular, "odd").body is None
    long = UnexpectedResponseError.from_payload(200, {"data": "x" * 1000}, "long")
    assert long.body is not None
    assert len(long.body) == 200
