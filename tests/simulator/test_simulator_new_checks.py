"""Request checks of the nine families added after the seed, and of identify-face."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from kling_mock import ManualClock, create_app, simulator_of

pytestmark = pytest.mark.anyio

IMG = "https://img.test/a.png"
VIDEO_URL = "https://media.test/v.mp4"
FACES = "/v1/videos/identify-face"


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    clock = ManualClock()
    app = create_app({"auth": False}, clock=clock, sleep=clock.sleep)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim.test") as http:
        yield http
    await simulator_of(app).aclose()


def refused(response: httpx.Response, status: int, code: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code and isinstance(body["request_id"], str)
    message: str = body["message"]
    return message


async def stats(client: httpx.AsyncClient) -> dict[str, Any]:
    data: dict[str, Any] = (await client.get("/__sim/stats")).json()
    return data


M2V, MC, AV = (
    "/v1/videos/multi-image2video",
    "/v1/videos/motion-control",
    "/v1/videos/avatar/image2video",
)
OMNI, LIP = "/v1/videos/omni-video", "/v1/videos/advanced-lip-sync"
M2I, EXP = "/v1/images/multi-image2image", "/v1/images/editing/expand"
T2A, V2A = "/v1/audio/text-to-audio", "/v1/audio/video-to-audio"
ONE_IMAGE = {"image_list": [{"image": IMG}], "prompt": "p"}
MOTION = {"image_url": IMG, "video_url": VIDEO_URL, "mode": "std"}
EXPAND = {
    "image": IMG,
    **{f"{side}_expansion_ratio": 0 for side in ("up", "down", "left", "right")},
}
FACE = {"face_id": "0", "audio_id": "a"}


def without(body: dict[str, Any], field: str) -> dict[str, Any]:
    return {k: v for k, v in body.items() if k != field}


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (M2V, {"prompt": "p"}, "image_list"),
        (M2V, without(ONE_IMAGE, "prompt"), "prompt"),
        (M2V, {**ONE_IMAGE, "image_list": [{}]}, "image_list[0].image"),
        (M2V, {**ONE_IMAGE, "image_list": [{"image": IMG}] * 5}, "image_list"),
        (M2V, {**ONE_IMAGE, "duration": "7"}, "duration"),
        (MC, without(MOTION, "image_url"), "image_url"),
        (MC, without(MOTION, "video_url"), "video_url"),
        (MC, without(MOTION, "mode"), "mode"),
        (MC, {**MOTION, "mode": "4k"}, "mode"),
        (AV, {"audio_id": "a"}, "image"),
        (AV, {"image": IMG}, "audio_id or sound_file"),
        (AV, {"image": IMG, "audio_id": "a", "sound_file": "s"}, "audio_id or sound_file"),
        (OMNI, {"duration": "5"}, "prompt"),
        (OMNI, {"prompt": "p", "duration": "16"}, "duration"),
        (LIP, {"face_choose": [FACE]}, "session_id"),
        (LIP, {"session_id": "s"}, "face_choose"),
        (LIP, {"session_id": "s", "face_choose": [{"audio_id": "a"}]}, "face_choose[0].face_id"),
        (LIP, {"session_id": "s", "face_choose": [{"face_id": "0"}]}, "face_choose[0].audio_id"),
        (LIP, {"session_id": "s", "face_choose": [FACE, FACE]}, "face_choose"),
        (M2I, {"prompt": "p"}, "subject_image_list"),
        (M2I, {"subject_image_list": [{"subject_image": IMG}], "n": 10}, "n"),
        (EXP, without(EXPAND, "image"), "image"),
        (EXP, without(EXPAND, "right_expansion_ratio"), "right_expansion_ratio"),
        (EXP, {**EXPAND, "up_expansion_ratio": 2.5}, "up_expansion_ratio"),
        (
            EXP,
            {**EXPAND, "up_expansion_ratio": 1.5, "left_expansion_ratio": 0.5},
            "expansion ratios",
        ),
        (EXP, {**EXPAND, "n": 0}, "n"),
        (T2A, {"duration": 5}, "prompt"),
        (T2A, {"prompt": "p", "duration": 11}, "duration"),
        (T2A, {"prompt": "p", "duration": "5"}, "duration"),
        (V2A, {"bgm_prompt": "jazz"}, "video_id or video_url"),
        (V2A, {"video_id": "v", "video_url": VIDEO_URL}, "video_id or video_url"),
    ],
)
async def test_new_required_fields(
    client: httpx.AsyncClient, path: str, body: dict[str, Any], field: str
) -> None:
    assert refused(await client.post(path, json=body), 400, 1201).startswith(field)
    assert (await stats(client))["tasks_created"] == 0


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, "video_id or video_url: set exactly one of them"),
        ({"video_id": "", "video_url": ""}, "video_id or video_url: set exactly one of them"),
        (
            {"video_id": "v", "video_url": VIDEO_URL},
            "video_id or video_url: set exactly one of them",
        ),
    ],
)
async def test_identify_face_needs_exactly_one_video(
    client: httpx.AsyncClient, body: dict[str, Any], message: str
) -> None:
    assert refused(await client.post(FACES, json=body), 400, 1201) == message
    assert "JSON object" in refused(await client.post(FACES, json=["v"]), 400, 1200)
    assert "JSON" in refused(await client.post(FACES, content=b"{"), 400, 1200)
    refused(await client.get(FACES), 404, 1202)  # POST only
    counted = await stats(client)
    assert counted["requests"] == {"identify": 3} and counted["operations"] == {"identifyFace": 3}
    assert counted["identify_sessions"] == 0


async def test_advanced_lip_sync_needs_an_issued_session(client: httpx.AsyncClient) -> None:
    choice = {"face_id": "0", "audio_id": "a-1"}
    unknown = {"session_id": "867301557792710689", "face_choose": [choice]}
    assert refused(await client.post(LIP, json=unknown), 400, 1201) == "session_id not found"
    faces = (await client.post(FACES, json={"video_url": VIDEO_URL})).json()["data"]
    issued = {"session_id": faces["session_id"], "face_choose": [choice]}
    wrong_face = {**issued, "face_choose": [{**choice, "face_id": "7"}]}
    message = refused(await client.post(LIP, json=wrong_face), 400, 1201)
    assert message == "face_choose[0].face_id not found in the session"
    created = await client.post(LIP, json=issued)
    assert created.status_code == 200 and created.json()["data"]["task_status"] == "submitted"
    assert (await client.post("/__sim/reset")).status_code == 200  # sessions are forgotten too
    assert refused(await client.post(LIP, json=issued), 400, 1201) == "session_id not found"
    assert (await stats(client))["identify_sessions"] == 0
