"""Parsing recorded responses and callback bodies (kling_ext._spec._parse)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from kling_api.models import (
    AccountCosts,
    BillingLedgerPage,
    IdentifiedFace,
    IdentifyFaceResult,
    SelectionResult,
    TaskAudio,
    TaskImage,
    TaskInfo,
    TaskResult,
    TaskVideo,
    WatermarkInfo,
)
from kling_api.types import Unset
from kling_ext import Task
from kling_ext._errors import (
    APIError,
    ConcurrencyLimitError,
    InsufficientBalanceError,
    InvalidRequestError,
    NotFoundError,
    ServerError,
    UnexpectedResponseError,
)
from kling_ext._spec._document import load_spec
from kling_ext._spec._parse import parse, parse_callback, result_model
from kling_ext._spec._validate import Operation, find_operation
from kling_ext._spec._validate_schema import SchemaChecker

T2V = "/v1/videos/text2video"
TASK = {
    "task_id": "867283741759111202",
    "task_status": "succeed",
    "task_status_msg": "",
    "task_info": {"external_task_id": "order-1"},
    "task_result": {
        "videos": [{"id": "v1", "url": "https://cdn.example/v1.mp4", "duration": "5.1"}]
    },
    "created_at": 1742887531842,
    "updated_at": 1742887742915,
}


def envelope(data: Any, **extra: Any) -> dict[str, Any]:
    return {"code": 0, "message": "SUCCEED", "request_id": "req-1", "data": data, **extra}


@pytest.mark.parametrize(
    "body",
    [
        envelope(TASK),
        json.dumps(envelope(TASK)),
        json.dumps(envelope(TASK)).encode(),
        bytearray(json.dumps(envelope(TASK)).encode()),
    ],
)
def test_get_one_from_bytes_text_or_decoded(body: Any) -> None:
    task = parse("GET", f"{T2V}/867283741759111202", 200, body)
    assert isinstance(task, Task)
    assert task.task_id == "867283741759111202" and task.task_status == "succeed"
    assert isinstance(task.task_result, TaskResult)
    assert not isinstance(task.task_result.videos, Unset | None)
    assert task.task_result.videos[0].duration == "5.1"


@pytest.mark.parametrize(
    ("method", "path"),
    [("POST", T2V), ("get", T2V + "/{id}"), ("GET", T2V + "/{task_id}"), ("GET", T2V + "/ext-9")],
)
def test_create_and_get_paths_give_a_task(method: str, path: str) -> None:
    created = {"task_id": "1", "task_status": "submitted", "created_at": 1, "updated_at": 1}
    assert parse(method, path, 200, envelope(created)).task_status == "submitted"


def test_list_gives_tasks() -> None:
    tasks = parse("GET", T2V + "?pageNum=1&pageSize=30", 200, envelope([TASK, {"task_id": "2"}]))
    assert [t.task_id for t in tasks] == ["867283741759111202", "2"]
    assert parse("GET", "/v1/images/generations", 200, envelope([])) == []


def test_account_costs() -> None:
    pack = {
        "resource_pack_name": "Video Generation - 10,000 entries",
        "resource_pack_type": "decreasing_total",
        "remaining_quantity": 1.5,
        "status": "runOut",
        "brand_new": True,
    }
    inner = {"code": 0, "msg": "success", "resource_pack_subscribe_infos": [pack]}
    costs = parse("GET", "/account/costs?start_time=1&end_time=2", 200, envelope(inner))
    assert isinstance(costs, AccountCosts) and costs.msg == "success"
    assert not isinstance(costs.resource_pack_subscribe_infos, Unset | None)
    assert costs.resource_pack_subscribe_infos[0].remaining_quantity == 1.5
    assert costs.resource_pack_subscribe_infos[0].additional_properties == {"brand_new": True}


def test_lenient_task_fields() -> None:
    odd = {
        "task_id": "3",
        "task_status": "queued",
        "task_result": {},
        "priority_lane": {"fast": False},
        "final_unit_deduction": "1.5",
    }
    task = parse("GET", T2V + "/3", 200, envelope(odd, extra_top_level=1))
    assert task.task_status == "queued"
    assert isinstance(task.task_result, TaskResult) and isinstance(task.task_result.videos, Unset)
    assert task.additional_properties == {"priority_lane": {"fast": False}}
    assert task.final_unit_deduction == "1.5"
    no_request_id = {"code": 0, "data": {"task_id": "4"}}
    assert parse("GET", T2V + "/4", 200, no_request_id).task_id == "4"


def test_fields_added_after_the_baseline_are_typed() -> None:
    """watermark_info, watermark_url and audios (FACTS 3.1, 1.6) parse into their models."""
    cdn = "https://cdn.example"
    late = {
        "task_id": "5",
        "task_status": "succeed",
        "watermark_info": {"enabled": True},
        "task_result": {
            "videos": [{"id": "v", "url": f"{cdn}/v.mp4", "watermark_url": f"{cdn}/w.mp4"}],
            "images": [{"index": 0, "url": f"{cdn}/0.png", "watermark_url": f"{cdn}/w.png"}],
            "audios": [
                {"id": "a-1", "url_mp3": f"{cdn}/a.mp3", "url_wav": f"{cdn}/a.wav",
                 "duration_mp3": "5.0", "duration_wav": 5.02},
                {"audio_id": "a-2", "video_id": "v-2", "video_url": f"{cdn}/v2.mp4"},
            ],
        },
    }  # fmt: skip
    task = parse("GET", "/v1/audio/text-to-audio/5", 200, envelope(late))
    assert task.watermark_info == WatermarkInfo(enabled=True)
    assert task.additional_properties == {}
    result = task.task_result
    assert isinstance(result, TaskResult) and result.additional_properties == {}
    assert isinstance(result.videos, list) and isinstance(result.videos[0], TaskVideo)
    assert result.videos[0].watermark_url == f"{cdn}/w.mp4"
    assert isinstance(result.images, list) and isinstance(result.images[0], TaskImage)
    assert result.images[0].watermark_url == f"{cdn}/w.png"
    assert isinstance(result.audios, list) and all(isinstance(a, TaskAudio) for a in result.audios)
    first, second = result.audios
    assert (first.id, first.url_mp3, first.url_wav) == ("a-1", f"{cdn}/a.mp3", f"{cdn}/a.wav")
    assert (first.duration_mp3, first.duration_wav) == ("5.0", 5.02)
    assert (second.audio_id, second.video_id, second.video_url) == ("a-2", "v-2", f"{cdn}/v2.mp4")
    assert isinstance(second.id, Unset) and second.additional_properties == {}
    assert parse_callback(late) == task  # a callback body of an audio task reads the same


NEW_FAMILY_PATHS = [
    "/v1/videos/multi-image2video",
    "/v1/images/multi-image2image",
    "/v1/images/editing/expand",
    "/v1/audio/text-to-audio",
    "/v1/audio/video-to-audio",
    "/v1/videos/motion-control",
    "/v1/videos/avatar/image2video",
    "/v1/videos/omni-video",
    "/v1/videos/advanced-lip-sync",
]


@pytest.mark.parametrize("path", NEW_FAMILY_PATHS)
def test_new_families_give_tasks_and_lists(path: str) -> None:
    created = {"task_id": "9", "task_status": "submitted"}
    assert parse("POST", path, 200, envelope(created)).task_id == "9"
    done = parse("GET", f"{path}/9", 200, envelope({**created, "task_status": "succeed"}))
    assert isinstance(done, Task) and done.task_status == "succeed"
    assert [t.task_id for t in parse("GET", f"{path}?pageNum=1", 200, envelope([created]))] == ["9"]
    with pytest.raises(UnexpectedResponseError, match="'data' is dict, expected list"):
        parse("GET", path, 200, envelope(created))
    with pytest.raises(NotFoundError):
        parse("GET", f"{path}/9", 404, {"code": 1203, "message": "task not found"})


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (400, {"code": 1201, "message": "video too long"}, InvalidRequestError),
        (503, {"code": 5001, "message": "maintenance"}, ServerError),
        (200, {"code": 0, "data": None}, UnexpectedResponseError),
        (200, {"code": 0, "data": [{"session_id": "s"}]}, UnexpectedResponseError),
        (200, b"<html>", UnexpectedResponseError),
    ],
)
def test_identify_face_errors_are_typed(status: int, body: Any, expected: type[Exception]) -> None:
    with pytest.raises(expected):
        parse("POST", "/v1/videos/identify-face", status, body)


@pytest.mark.parametrize(
    ("status", "body", "cls", "code", "request_id"),
    [
        (
            400,
            {"code": 1201, "message": "bad prompt", "request_id": "r1"},
            InvalidRequestError,
            1201,
            "r1",
        ),
        (
            404,
            {"code": 1203, "message": "task not found", "request_id": "r2"},
            NotFoundError,
            1203,
            "r2",
        ),
        (
            429,
            {"code": 1303, "message": "parallel task over resource pack limit"},
            ConcurrencyLimitError,
            1303,
            None,
        ),
        (
            429,
            {"code": 1102, "message": "balance not enough"},
            InsufficientBalanceError,
            1102,
            None,
        ),
        (
            200,
            {"code": 1201, "message": "odd proxy", "request_id": "r3"},
            InvalidRequestError,
            1201,
            "r3",
        ),
        (
            500,
            {"code": 5000, "message": "server error", "request_id": "r4"},
            ServerError,
            5000,
            "r4",
        ),
    ],
)
def test_error_envelopes(
    status: int, body: dict[str, Any], cls: type[APIError], code: int, request_id: str | None
) -> None:
    for raw in (body, json.dumps(body), json.dumps(body).encode()):
        with pytest.raises(cls) as info:
            parse("POST", T2V, status, raw)
        assert (info.value.status_code, info.value.code) == (status, code)
        assert info.value.request_id == request_id
        assert info.value.message == body["message"]


def test_html_502_gives_api_error_with_excerpt() -> None:
    html = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    with pytest.raises(APIError) as info:
        parse("GET", T2V + "/1", 502, html)
    assert type(info.value) is ServerError and info.value.status_code == 502
    assert info.value.code is None and info.value.body and "502 Bad Gateway" in info.value.body


def test_retry_after_header() -> None:
    with pytest.raises(ConcurrencyLimitError) as info:
        parse("POST", T2V, 429, {"code": 1303, "message": "busy"}, headers={"Retry-After": "7"})
    assert info.value.retry_after == 7.0


@pytest.mark.parametrize(
    ("path", "body", "reason"),
    [
        (T2V + "/1", b"not json", "body is not JSON"),
        (T2V + "/1", [1, 2], "body is not a JSON object"),
        (T2V + "/1", {"code": 0, "data": None}, "'data' is NoneType, expected dict"),
        (T2V, {"code": 0, "data": {"task_id": "1"}}, "'data' is dict, expected list"),
    ],
)
def test_unexpected_shapes(path: str, body: Any, reason: str) -> None:
    with pytest.raises(UnexpectedResponseError, match=reason) as info:
        parse("GET", path, 200, body)
    assert info.value.status_code == 200


def test_unknown_operation_and_bad_body_type() -> None:
    with pytest.raises(ValueError, match="unknown operation DELETE"):
        parse("DELETE", T2V, 200, b"{}")
    with pytest.raises(TypeError, match="not int"):
        parse("GET", T2V, 200, 5)  # type: ignore[arg-type]


def test_every_operation_has_a_result_model() -> None:
    models: dict[str, tuple[bool, str]] = {}
    for op in operations():
        models[op.spec["operationId"]] = result_model(load_spec(), op)
    assert models["getAccountCosts"] == (False, "AccountCosts")
    assert models["identifyFace"] == (False, "IdentifyFaceResult")
    assert {m for op, m in models.items() if op.startswith("list")} == {(True, "Task")}
    one_task = ("create", "get")
    others = ("getAccountCosts",)
    assert {m for op, m in models.items() if op.startswith(one_task) and op not in others} == {
        (False, "Task")
    }
    no_data = Operation("get", "/x", {"responses": {"200": {"description": "nothing"}}})
    with pytest.raises(ValueError, match="GET /x: the spec names no model for the response data"):
        result_model(load_spec(), no_data)


def test_identify_face_parses_its_own_result() -> None:
    body = {
        "code": 0,
        "message": "SUCCEED",
        "data": {"session_id": "s-1", "face_data": [{"face_id": "0", "start_time": 0}]},
    }
    result = parse("POST", "/v1/videos/identify-face", 200, body)
    assert isinstance(result, IdentifyFaceResult)
    assert result.session_id == "s-1"
    assert result.face_data == [IdentifiedFace(face_id="0", start_time=0)]


def operations() -> Iterator[Operation]:
    for template, item in load_spec()["paths"].items():
        for method in ("get", "post"):
            if method in item and "Standard" not in item[method]["operationId"]:  # own tests
                yield find_operation(load_spec(), method, template)


def test_the_specs_success_examples_parse() -> None:
    checker = SchemaChecker(load_spec())
    count = 0
    for op in operations():
        response: Mapping[str, Any] = checker.resolve(op.spec["responses"]["200"])
        for example in response["content"]["application/json"].get("examples", {}).values():
            value = checker.resolve(example)["value"]
            result = parse(op.method, op.template, 200, value)
            known = Task | AccountCosts | IdentifyFaceResult | SelectionResult | BillingLedgerPage
            assert isinstance(result, known | list), op.template
            count += 1
    assert count >= 10


@pytest.mark.parametrize("body", [TASK, json.dumps(TASK), json.dumps(TASK).encode()])
def test_parse_callback(body: Any) -> None:
    task = parse_callback(body)
    assert isinstance(task, Task) and task.task_id == TASK["task_id"]
    assert isinstance(task.task_info, TaskInfo) and task.task_info.external_task_id == "order-1"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"[1, 2]", "callback body is not a JSON object"),
        ("{oops", "callback body is not JSON"),
        ([], "not a JSON object"),
    ],
)
def test_parse_callback_refuses_non_objects(body: Any, reason: str) -> None:
    with pytest.raises(UnexpectedResponseError, match=reason):
        parse_callback(body)
