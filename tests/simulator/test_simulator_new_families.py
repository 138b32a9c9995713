"""The nine families added after the seed, driven in-process: lifecycle, results, files, checks."""

from __future__ import annotations

import io
import struct
import uuid
import wave
from collections.abc import AsyncIterator
from typing import Any

import httpx
import jwt
import pytest

from kling_mock import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, ManualClock, create_app, simulator_of

pytestmark = pytest.mark.anyio

IMG = "https://img.test/a.png"
VIDEO_URL = "https://media.test/v.mp4"
SESSION = "<session>"  # replaced by a real identify-face session id
NEW_FAMILIES: dict[str, tuple[str, dict[str, Any], str]] = {
    "multi_image_to_video": (
        "/v1/videos/multi-image2video",
        {"image_list": [{"image": IMG}, {"image": IMG}], "prompt": "p", "duration": "10"},
        "video",
    ),
    "motion_control": (
        "/v1/videos/motion-control",
        {"image_url": IMG, "video_url": VIDEO_URL, "mode": "std"},
        "video",
    ),
    "avatar": ("/v1/videos/avatar/image2video", {"image": IMG, "audio_id": "a-1"}, "video"),
    "omni_video": ("/v1/videos/omni-video", {"prompt": "p", "duration": "7"}, "video"),
    "advanced_lip_sync": (
        "/v1/videos/advanced-lip-sync",
        {
            "session_id": SESSION,
            "face_choose": [{"face_id": "1", "sound_file": "https://a.test/s.mp3"}],
        },
        "video",
    ),
    "multi_image_to_image": (
        "/v1/images/multi-image2image",
        {"subject_image_list": [{"subject_image": IMG}], "prompt": "p", "n": 3},
        "image",
    ),
    "image_expansion": (
        "/v1/images/editing/expand",
        {
            "image": IMG,
            "up_expansion_ratio": 0,
            "down_expansion_ratio": 0.5,
            "left_expansion_ratio": 0.25,
            "right_expansion_ratio": 0.25,
        },
        "image",
    ),
    "text_to_audio": ("/v1/audio/text-to-audio", {"prompt": "rain", "duration": 3.5}, "audio"),
    "video_to_audio": ("/v1/audio/video-to-audio", {"video_url": VIDEO_URL}, "audio"),
}
EXPECTED_DURATION = {"multi_image_to_video": "10", "omni_video": "7", "text_to_audio": "3.5"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def bearer(now: float) -> dict[str, str]:
    payload = {"iss": DEFAULT_ACCESS_KEY, "exp": int(now) + 1800, "nbf": int(now) - 5}
    return {"Authorization": "Bearer " + jwt.encode(payload, DEFAULT_SECRET_KEY, algorithm="HS256")}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def client(clock: ManualClock) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app({}, clock=clock, sleep=clock.sleep)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://sim.test", headers=bearer(clock())
    ) as http:
        yield http
    await simulator_of(app).aclose()


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["code"] == 0 and body["message"] == "SUCCEED"
    assert uuid.UUID(body["request_id"]).version == 4
    return body["data"]


def refused(response: httpx.Response, status: int, code: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code and isinstance(body["request_id"], str)
    message: str = body["message"]
    return message


def mp3_seconds(data: bytes) -> float:
    """Walks the MPEG-1 Layer III frames (every one must start with a frame sync); the length."""
    bitrates = {1: 32_000, 9: 128_000}
    rates = {0: 44_100, 1: 48_000, 2: 32_000}
    pos = frames = 0
    while pos < len(data):
        head = data[pos : pos + 4]
        assert head[0] == 0xFF and head[1] == 0xFB, f"no MPEG-1 Layer III frame sync at {pos}"
        bitrate, rate = bitrates[head[2] >> 4], rates[(head[2] >> 2) & 3]
        pos += 144 * bitrate // rate + ((head[2] >> 1) & 1)
        frames += 1
    assert pos == len(data) and frames > 0
    return frames * 1152 / rate


def wav_seconds(data: bytes) -> float:
    """Checks the RIFF/WAVE PCM header; the length."""
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE" and data[12:16] == b"fmt "
    assert struct.unpack("<I", data[4:8])[0] == len(data) - 8
    assert struct.unpack("<H", data[20:22])[0] == 1  # PCM
    with wave.open(io.BytesIO(data), "rb") as wav:
        frames: int = wav.getnframes()
        assert wav.getnchannels() == 1 and frames > 0
        return frames / wav.getframerate()


async def download(client: httpx.AsyncClient, url: str, media_type: str) -> bytes:
    response = await client.get(url)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == media_type
    assert int(response.headers["content-length"]) == len(response.content)
    return response.content


async def session_id(client: httpx.AsyncClient, **body: str) -> str:
    data = ok(await client.post("/v1/videos/identify-face", json=body or {"video_url": VIDEO_URL}))
    value: str = data["session_id"]
    return value


async def body_for(client: httpx.AsyncClient, family: str) -> dict[str, Any]:
    body = dict(NEW_FAMILIES[family][1])
    if body.get("session_id") == SESSION:
        body["session_id"] = await session_id(client)
    return body


@pytest.mark.parametrize("family", sorted(NEW_FAMILIES))
async def test_new_family_lifecycle(
    client: httpx.AsyncClient, clock: ManualClock, family: str
) -> None:
    path, _, kind = NEW_FAMILIES[family]
    body = {**await body_for(client, family), "external_task_id": f"ext-{family}"}
    created = ok(await client.post(path, json=body))
    task_id = created["task_id"]
    assert len(task_id) == 18 and task_id.isdigit() and created["task_status"] == "submitted"
    assert created["task_info"] == {"external_task_id": f"ext-{family}"}
    assert "task_result" not in created
    again = await client.post(path, json=body)
    assert refused(again, 400, 1201) == "external_task_id already exists"

    by_ext = ok(await client.get(f"{path}/ext-{family}"))
    assert by_ext == ok(await client.get(f"{path}/{task_id}"))
    assert by_ext["task_status"] == "submitted" and "task_result" not in by_ext
    assert [t["task_id"] for t in ok(await client.get(path, params={"pageSize": 1}))] == [task_id]
    assert ok(await client.get(path, params={"pageNum": 2, "pageSize": 1})) == []
    clock.advance(0.5)
    assert ok(await client.get(f"{path}/{task_id}"))["task_status"] == "processing"
    assert (await client.get(f"/files/{task_id}/0.png")).status_code == 404  # not yet
    clock.advance(0.5)
    done = ok(await client.get(f"{path}/{task_id}"))
    assert done["task_status"] == "succeed" and isinstance(done["final_unit_deduction"], str)
    result = done["task_result"]
    assert list(result) == [{"video": "videos", "image": "images", "audio": "audios"}[kind]]
    expected = EXPECTED_DURATION.get(family, "5.0" if kind == "audio" else "5")
    prefix = f"http://sim.test/files/{task_id}/"
    if kind == "video":
        (video,) = result["videos"]
        assert video["duration"] == expected and video["url"] == f"{prefix}{video['id']}.mp4"
        mp4 = await download(client, video["url"], "video/mp4")
        assert mp4[4:8] == b"ftyp"
    elif kind == "image":
        images = result["images"]
        assert [i["index"] for i in images] == list(range(body.get("n", 1)))
        for image in images:
            png = await download(client, image["url"], "image/png")
            assert png[:8] == b"\x89PNG\r\n\x1a\n"
    else:
        (audio,) = result["audios"]
        assert audio["duration_mp3"] == audio["duration_wav"] == expected
        assert audio["url_mp3"] == f"{prefix}{audio['id']}.mp3"
        assert audio["url_wav"] == f"{prefix}{audio['id']}.wav"
        mp3 = await download(client, audio["url_mp3"], "audio/mpeg")
        assert abs(mp3_seconds(mp3) - float(expected)) < 0.04
        wav = await download(client, audio["url_wav"], "audio/wav")
        assert wav_seconds(wav) == float(expected)
        has_video = family == "video_to_audio"
        assert ("video_id" in audio) is has_video and ("video_url" in audio) is has_video
        if has_video:
            assert audio["video_url"] == f"{prefix}{audio['video_id']}.mp4"
            assert (await download(client, audio["video_url"], "video/mp4"))[4:8] == b"ftyp"
    assert refused(await client.get(f"/v1/videos/text2video/{task_id}"), 404, 1203)


async def test_durations_and_units(client: httpx.AsyncClient, clock: ManualClock) -> None:
    omni = "/v1/videos/omni-video"
    long_id = ok(
        await client.post(
            omni, json={"prompt": "p", "model_name": "kling-v3-omni", "duration": "15"}
        )
    )["task_id"]
    motion = {"image_url": IMG, "video_url": VIDEO_URL, "mode": "pro", "duration": "7"}
    motion_id = ok(await client.post("/v1/videos/motion-control", json=motion))["task_id"]
    t2a = "/v1/audio/text-to-audio"
    default_id = ok(await client.post(t2a, json={"prompt": "p"}))["task_id"]
    clock.advance(1.0)
    long = ok(await client.get(f"{omni}/{long_id}"))
    assert long["task_result"]["videos"][0]["duration"] == "15"
    assert long["final_unit_deduction"] == "3"  # one unit per started 5 s
    motion_done = ok(await client.get(f"/v1/videos/motion-control/{motion_id}"))
    assert motion_done["task_result"]["videos"][0]["duration"] == "5"  # no duration field: ignored
    (audio,) = ok(await client.get(f"{t2a}/{default_id}"))["task_result"]["audios"]
    assert audio["duration_mp3"] == "5.0"  # no documented default: 5 s here
