"""Forward tolerance of the generated ``kling_api`` client: what a newer server sends still parses.

The live API adds task states, models, effect scenes and fields before any document does, and
proxies pass odd but harmless values through. Each response below goes through the generated
``sync_detailed`` (respx serves it) or ``from_dict`` and must parse without an exception, with the
unknown values still readable: unknown enum values as plain strings or ints, unknown fields in
``additional_properties`` of the object that carried them.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import respx

from kling_api import Client
from kling_api.api.account import get_account_costs
from kling_api.api.advanced_lip_sync import identify_face
from kling_api.api.text_to_video import get_text_to_video_task, list_text_to_video_tasks
from kling_api.api.video_to_audio import get_video_to_audio_task
from kling_api.api.virtual_try_on import get_virtual_try_on_task
from kling_api.models import (
    AccountCosts,
    AccountCostsResponse,
    ErrorResponse,
    IdentifiedFace,
    IdentifyFaceRequest,
    IdentifyFaceResponse,
    IdentifyFaceResult,
    ResourcePack,
    Task,
    TaskAudio,
    TaskInfo,
    TaskListResponse,
    TaskResponse,
    TaskResult,
    TaskVideo,
    WatermarkInfo,
)
from kling_api.models.task_status import TASK_STATUS_VALUES
from kling_api.types import UNSET

BASE_URL = "http://127.0.0.1:9"
VIDEO = {"id": "v-1", "url": "https://cdn.example.com/v-1.mp4", "duration": "5"}


def served(body: Any, status: int = 200, task_id: str = "867283741759111202") -> Any:
    """GET one text-to-video task while respx answers ``body`` as UTF-8 JSON; the parsed value."""
    raw = json.dumps(body, ensure_ascii=False).encode()
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        router.get(url__startswith=f"{BASE_URL}/v1/videos/text2video/").respond(
            status, content=raw, headers={"Content-Type": "application/json"}
        )
        with Client(base_url=BASE_URL) as client:
            response = get_text_to_video_task.sync_detailed(task_id, client=client)
    assert response.status_code == status
    return response.parsed


def task_of(parsed: Any) -> Task:
    """The task of a parsed get-one response (asserts the typed path was taken)."""
    assert isinstance(parsed, TaskResponse)
    assert isinstance(parsed.data, Task)
    return parsed.data


def envelope(**task: Any) -> dict[str, Any]:
    """A success envelope around a task with the given fields."""
    return {"code": 0, "message": "SUCCEED", "request_id": "r-1", "data": task}


def test_unknown_task_status_is_a_readable_string() -> None:
    task = task_of(served(envelope(task_id="1", task_status="queued")))
    assert task.task_status == "queued"
    assert task.task_status not in TASK_STATUS_VALUES
    callback = Task.from_dict({"task_id": "1", "task_status": "queued", "task_result": None})
    assert callback.task_status == "queued"


def test_unknown_model_and_effect_scene_in_echoed_fields() -> None:
    echoed = {"external_task_id": "o-1", "model_name": "kling-v9-turbo", "effect_scene": "dance"}
    task = task_of(served(envelope(task_status="succeed", task_info=echoed, model_name="kling-v9")))
    assert isinstance(task.task_info, TaskInfo)
    assert task.task_info.external_task_id == "o-1"
    assert task.task_info.additional_properties == {
        "model_name": "kling-v9-turbo",
        "effect_scene": "dance",
    }
    assert task.additional_properties == {"model_name": "kling-v9"}


def test_extra_fields_at_every_level_are_kept() -> None:
    body = {
        "code": 0,
        "message": "SUCCEED",
        "request_id": "r-1",
        "trace": {"span": 7},
        "data": {
            "task_id": "1",
            "task_status": "succeed",
            "queue_lane": {"fast": False},
            "final_unit_deduction": "1.5",
            "task_info": {"external_task_id": "o-1", "priority": 3},
            "task_result": {
                "videos": [{**VIDEO, "hdr_url": "https://cdn.example.com/h.mp4"}],
                "subtitles": [{"id": "s-1"}],
            },
        },
    }
    parsed = served(body)
    task = task_of(parsed)
    assert parsed.additional_properties == {"trace": {"span": 7}}
    assert task.additional_properties == {"queue_lane": {"fast": False}}
    assert isinstance(task.task_info, TaskInfo)
    assert task.task_info.additional_properties == {"priority": 3}
    assert isinstance(task.task_result, TaskResult)
    assert task.task_result.additional_properties == {"subtitles": [{"id": "s-1"}]}
    assert isinstance(task.task_result.videos, list)
    video = task.task_result.videos[0]
    assert isinstance(video, TaskVideo)
    assert video.additional_properties == {"hdr_url": "https://cdn.example.com/h.mp4"}
    assert task.final_unit_deduction == "1.5"
    assert parsed.to_dict() == body  # nothing lost


def test_fields_added_after_the_baseline_are_typed_not_extras() -> None:
    """watermark_info, watermark_url and audios became spec fields (FACTS 3.1): typed values."""
    audio = {"id": "a-1", "url_mp3": "https://cdn.example.com/a.mp3", "duration_mp3": 5.0}
    body = envelope(
        task_id="1",
        task_status="succeed",
        watermark_info={"enabled": False},
        task_result={
            "videos": [{**VIDEO, "watermark_url": "https://cdn.example.com/w.mp4"}],
            "audios": [{**audio, "loudness": -14}],
        },
    )
    parsed = served(body)
    task = task_of(parsed)
    assert task.watermark_info == WatermarkInfo(enabled=False)
    assert task.additional_properties == {}
    assert isinstance(task.task_result, TaskResult)
    assert task.task_result.additional_properties == {}
    assert isinstance(task.task_result.videos, list)
    assert task.task_result.videos[0].watermark_url == "https://cdn.example.com/w.mp4"
    assert task.task_result.videos[0].additional_properties == {}
    assert isinstance(task.task_result.audios, list)
    [read] = task.task_result.audios
    assert isinstance(read, TaskAudio)
    assert (read.id, read.url_mp3, read.duration_mp3) == ("a-1", audio["url_mp3"], 5.0)
    assert read.additional_properties == {"loudness": -14}  # unknown audio fields are kept
    assert parsed.to_dict() == body


def test_audio_task_of_a_new_family_with_unknown_values() -> None:
    audio = {"audio_id": "a-2", "duration_wav": "3.5", "video_id": "v-9", "codec": "opus"}
    body = envelope(task_id="2", task_status="mixing", task_result={"audios": [audio]})
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        router.get("/v1/audio/video-to-audio/2").respond(200, json=body)
        with Client(base_url=BASE_URL) as client:
            task = task_of(get_video_to_audio_task.sync(id="2", client=client))
    assert task.task_status == "mixing"
    assert isinstance(task.task_result, TaskResult) and isinstance(task.task_result.audios, list)
    [read] = task.task_result.audios
    assert (read.audio_id, read.duration_wav, read.video_id) == ("a-2", "3.5", "v-9")
    assert read.id is UNSET and read.additional_properties == {"codec": "opus"}


def test_identify_face_answer_with_unknown_fields() -> None:
    face = {"face_id": "0", "start_time": 0, "end_time": 5200, "confidence": 0.98}
    data = {"session_id": "s-1", "face_data": [face], "final_unit_deduction": None, "x": 1}
    body = {"code": 0, "message": "SUCCEED", "data": data}
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        router.post("/v1/videos/identify-face").respond(200, json=body)
        with Client(base_url=BASE_URL) as client:
            parsed = identify_face.sync(client=client, body=IdentifyFaceRequest(video_id="v"))
    assert isinstance(parsed, IdentifyFaceResponse)
    assert isinstance(parsed.data, IdentifyFaceResult)
    assert parsed.data.additional_properties == {"x": 1}
    assert parsed.data.final_unit_deduction is None
    assert isinstance(parsed.data.face_data, list)
    [read] = parsed.data.face_data
    assert isinstance(read, IdentifiedFace)
    assert (read.face_id, read.end_time, read.face_image) == ("0", 5200, UNSET)
    assert read.additional_properties == {"confidence": 0.98}
    assert parsed.to_dict() == body


@pytest.mark.parametrize(
    ("result", "expected"),
    [({}, TaskResult()), (None, None)],
    ids=["empty-object", "null"],
)
def test_empty_or_null_task_result(result: Any, expected: Any) -> None:
    task = task_of(served(envelope(task_status="failed", task_status_msg=None, task_result=result)))
    assert task.task_result == expected
    assert task.task_status_msg is None
    assert task_of(served(envelope(task_status="submitted"))).task_result is UNSET


def test_missing_request_id_on_success_and_error() -> None:
    parsed = served({"code": 0, "message": "SUCCEED", "data": {"task_status": "processing"}})
    assert isinstance(parsed, TaskResponse)
    assert parsed.request_id is UNSET
    error = served({"code": 1102, "message": "Balance not enough", "data": None}, status=429)
    assert isinstance(error, ErrorResponse)
    assert (error.code, error.request_id, error.data) == (1102, UNSET, None)


def test_unknown_business_code_is_a_plain_int() -> None:
    error = served({"code": 1399, "message": "New policy", "request_id": "r-2"}, status=429)
    assert isinstance(error, ErrorResponse)
    assert error.code == 1399


def test_fractional_duration_and_null_images_beside_videos() -> None:
    result = {"videos": [{**VIDEO, "duration": "5.1"}], "images": None}
    task = task_of(served(envelope(task_status="succeed", task_result=result)))
    assert isinstance(task.task_result, TaskResult)
    assert task.task_result.images is None
    assert isinstance(task.task_result.videos, list)
    assert task.task_result.videos[0].duration == "5.1"


def test_non_ascii_message() -> None:
    parsed = served({"code": 0, "message": "成功", "data": {"task_status": "succeed"}})
    assert isinstance(parsed, TaskResponse)
    assert parsed.message == "成功"


@pytest.mark.parametrize(
    "task_id", ["867283741759111202", "CjMT7WdSwWcAAAAAALvB3g", "Cj+T7/dSwWc=", "任务-1"]
)
def test_task_ids_stay_opaque_strings(task_id: str) -> None:
    task = task_of(served(envelope(task_id=task_id, task_status="submitted"), task_id=task_id))
    assert task.task_id == task_id


def test_null_data_and_empty_task_info() -> None:
    parsed = served({"code": 0, "message": "SUCCEED", "data": None})
    assert isinstance(parsed, TaskResponse)
    assert parsed.data is None
    task = task_of(served(envelope(task_status="submitted", task_info={})))
    assert task.task_info == TaskInfo()
    assert task_of(served(envelope(task_info=None))).task_info is None


def test_list_page_with_unknown_values_and_extras() -> None:
    body = {
        "code": 0,
        "message": "SUCCEED",
        "has_more": True,
        "data": [
            {"task_id": "1", "task_status": "queued", "queue_position": 4},
            {"task_id": "2", "task_status": "succeed", "task_result": {"videos": [VIDEO]}},
        ],
    }
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        router.get("/v1/videos/text2video").respond(200, json=body)
        with Client(base_url=BASE_URL) as client:
            parsed = list_text_to_video_tasks.sync(client=client, page_size=2)
    assert isinstance(parsed, TaskListResponse)
    assert parsed.additional_properties == {"has_more": True}
    assert isinstance(parsed.data, list)
    first, second = parsed.data
    assert (first.task_status, first.additional_properties) == ("queued", {"queue_position": 4})
    assert isinstance(second.task_result, TaskResult)
    assert parsed.to_dict() == body


def test_image_task_with_unknown_status_through_another_family() -> None:
    body = envelope(task_id="1", task_status="moderating", task_result={"images": None})
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        router.get("/v1/images/kolors-virtual-try-on/1").respond(200, json=body)
        with Client(base_url=BASE_URL) as client:
            task = task_of(get_virtual_try_on_task.sync(id="1", client=client))
    assert task.task_status == "moderating"
    assert task.task_result == TaskResult(images=None)


def test_unknown_resource_pack_status_and_type() -> None:
    pack = {"resource_pack_name": "Bonus", "resource_pack_type": "bonus", "status": "frozen"}
    known = {"resource_pack_type": "decreasing_total", "status": "runOut", "remaining_quantity": 0}
    body = {
        "code": 0,
        "message": "SUCCEED",
        "data": {"code": 0, "msg": "success", "resource_pack_subscribe_infos": [pack, known]},
    }
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        router.get("/account/costs").respond(200, json=body)
        with Client(base_url=BASE_URL) as client:
            parsed = get_account_costs.sync(client=client, start_time=0, end_time=1)
    assert isinstance(parsed, AccountCostsResponse)
    assert isinstance(parsed.data, AccountCosts)
    packs = parsed.data.resource_pack_subscribe_infos
    assert isinstance(packs, list)
    assert all(isinstance(item, ResourcePack) for item in packs)
    assert (packs[0].status, packs[0].resource_pack_type) == ("frozen", "bonus")
    assert (packs[1].status, packs[1].resource_pack_type) == ("runOut", "decreasing_total")
    assert parsed.request_id is UNSET
    assert parsed.to_dict() == body
