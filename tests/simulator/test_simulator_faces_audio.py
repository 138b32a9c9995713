"""identify-face sessions, advanced lip sync on them, the audio resource type and audio files."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import wave
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from kling_mock import (
    DEFAULT_ACCESS_KEY,
    DEFAULT_SECRET_KEY,
    ManualClock,
    create_app,
    mp3_bytes,
    mp4_bytes,
    png_bytes,
    simulator_of,
    wav_bytes,
)

pytestmark = pytest.mark.anyio
T2V = "/v1/videos/text2video"
FACES = "/v1/videos/identify-face"
LIP = "/v1/videos/advanced-lip-sync"
T2A, V2A = "/v1/audio/text-to-audio", "/v1/audio/video-to-audio"
M2I, EXP = "/v1/images/multi-image2image", "/v1/images/editing/expand"
EXPAND = {"image": "i", **{f"{s}_expansion_ratio": 0.1 for s in ("up", "down", "left", "right")}}
Sent = list[tuple[str, dict[str, Any]]]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def sent() -> Sent:
    return []


@pytest.fixture
async def client(clock: ManualClock, sent: Sent) -> AsyncIterator[httpx.AsyncClient]:
    async def sender(url: str, body: dict[str, Any]) -> None:
        sent.append((url, body))

    app = create_app({}, clock=clock, sleep=clock.sleep, callback_sender=sender)
    claims = {"iss": DEFAULT_ACCESS_KEY, "exp": int(clock()) + 1800}
    token = jwt.encode(claims, DEFAULT_SECRET_KEY, algorithm="HS256")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://sim.test",
        headers={"Authorization": f"Bearer {token}"},
    ) as http:
        http.app = app  # type: ignore[attr-defined]
        yield http
    await simulator_of(app).aclose()


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    assert response.json()["code"] == 0
    return response.json()["data"]


def codes(*responses: httpx.Response) -> list[tuple[int, int]]:
    return [(r.status_code, r.json()["code"]) for r in responses]


async def configure(client: httpx.AsyncClient, **config: Any) -> None:
    response = await client.post("/__sim/config", json=config)
    assert response.status_code == 200, response.text


async def video_of(client: httpx.AsyncClient, clock: ManualClock, duration: str) -> dict[str, str]:
    task_id = ok(await client.post(T2V, json={"prompt": "p", "duration": duration}))["task_id"]
    clock.advance(1.0)
    video: dict[str, str] = ok(await client.get(f"{T2V}/{task_id}"))["task_result"]["videos"][0]
    return video


async def test_identify_face_then_lip_sync(client: httpx.AsyncClient, clock: ManualClock) -> None:
    video = await video_of(client, clock, "10")
    faces = ok(await client.post(FACES, json={"video_id": video["id"]}))
    session = faces["session_id"]
    assert isinstance(session, str) and len(session) == 18 and session.isdigit()
    assert faces["final_unit_deduction"] == "0"
    prefix = f"http://sim.test/files/{session}/"
    assert faces["face_data"] == [
        {"face_id": "0", "face_image": f"{prefix}face-0.png", "start_time": 0, "end_time": 10000},
        {
            "face_id": "1",
            "face_image": f"{prefix}face-1.png",
            "start_time": 3333,
            "end_time": 10000,
        },
    ]
    for face in faces["face_data"]:
        picture = await client.get(face["face_image"], headers={"Authorization": ""})  # no auth
        assert picture.status_code == 200 and picture.headers["content-type"] == "image/png"
        assert picture.content == png_bytes()
    assert (await client.get(f"{prefix}face-2.png")).status_code == 404
    by_url = ok(await client.post(FACES, json={"video_url": "https://media.test/v.mp4"}))
    assert by_url["session_id"] != session and by_url["face_data"][0]["end_time"] == 5000
    stats = (await client.get("/__sim/stats")).json()
    assert stats["requests"]["identify"] == 2 and stats["operations"]["identifyFace"] == 2
    assert stats["identify_sessions"] == 2 and stats["tasks_created"] == 1

    choice = {"face_id": "1", "audio_id": "a-1", "sound_insert_time": 1500}
    task_id = ok(await client.post(LIP, json={"session_id": session, "face_choose": [choice]}))[
        "task_id"
    ]
    clock.advance(1.0)
    (synced,) = ok(await client.get(f"{LIP}/{task_id}"))["task_result"]["videos"]
    assert synced["duration"] == "10"  # the identified video's length
    assert (await client.get(synced["url"])).content == mp4_bytes(10.0)


async def test_identify_face_auth_and_faults(client: httpx.AsyncClient) -> None:
    body = {"video_url": "https://media.test/v.mp4"}
    unauthenticated = await client.post(FACES, json=body, headers={"Authorization": ""})
    assert codes(unauthenticated) == [(401, 1001)]
    await configure(
        client,
        faults=[
            {"kind": "rate_limit", "count": 1},  # default operations include identify
            {"kind": "server_error", "code": 5001, "families": ["advanced_lip_sync"], "count": 1},
            {"kind": "server_error", "families": ["text_to_audio"]},
        ],
    )
    answers = [await client.post(FACES, json=body) for _ in range(3)]
    assert codes(*answers) == [(429, 1302), (503, 5001), (200, 0)]
    assert codes(await client.post(T2A, json={"prompt": "p"})) == [(500, 5000)]
    assert (await client.get("/__sim/stats")).json()["identify_sessions"] == 1


async def test_audio_is_its_own_concurrency_type(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    await configure(client, concurrency={"audio": 1, "video": 1, "image": 3})
    assert (await client.get("/__sim/config")).json()["concurrency"]["audio"] == 1
    first = [
        await client.post(T2A, json={"prompt": "p"}),
        await client.post(V2A, json={"video_url": "https://media.test/v.mp4"}),
        await client.post(T2V, json={"prompt": "p"}),  # video slots are counted apart
        await client.post(T2V, json={"prompt": "p"}),
    ]
    assert codes(*first) == [(200, 0), (429, 1303), (200, 0), (429, 1303)]
    subjects = {"subject_image_list": [{"subject_image": "s"}]}
    images = [  # image families taking n hold n slots
        await client.post(M2I, json={**subjects, "n": 2}),
        await client.post(EXP, json={**EXPAND, "n": 2}),
        await client.post(EXP, json=EXPAND),
    ]
    assert codes(*images) == [(200, 0), (429, 1303), (200, 0)]
    clock.advance(1.0)
    assert codes(await client.post(V2A, json={"video_id": "v"})) == [(200, 0)]
    bad = await client.post("/__sim/config", json={"concurrency": {"sound": 1}})
    assert bad.status_code == 400 and "audio" in bad.json()["error"]


async def test_audio_units_callbacks_and_expired_files(
    client: httpx.AsyncClient, clock: ManualClock, sent: Sent
) -> None:
    url = "http://127.0.0.1:9999/hook"
    body = {"prompt": "rain", "duration": 4.2, "callback_url": url, "external_task_id": "a-1"}
    task_id = ok(await client.post(T2A, json=body))["task_id"]
    await simulator_of(client.app).callbacks.drain()  # type: ignore[attr-defined]
    statuses = [b["task_status"] for _, b in sent]
    assert statuses == ["submitted", "processing", "succeed"]
    final = sent[-1][1]
    assert final == ok(await client.get(f"{T2A}/{task_id}"))
    (audio,) = final["task_result"]["audios"]
    assert audio["duration_mp3"] == "4.2" and final["final_unit_deduction"] == "1"
    window = {"start_time": 0, "end_time": round(clock() * 1000)}
    packs = ok(await client.get("/account/costs", params=window))["resource_pack_subscribe_infos"]
    video_pack = packs[0]  # audio units come out of the video pack
    assert video_pack["total_quantity"] - video_pack["remaining_quantity"] == 1.0
    assert (await client.get(audio["url_wav"])).content == wav_bytes(4.2)
    await configure(client, faults=[{"kind": "expired_results", "families": ["text_to_audio"]}])
    assert codes(await client.get(audio["url_mp3"])) == [(404, 1203)]


async def test_video_to_audio_follows_its_source_video(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    video = await video_of(client, clock, "10")
    task_id = ok(await client.post(V2A, json={"video_id": video["id"], "asmr_mode": True}))[
        "task_id"
    ]
    clock.advance(1.0)
    (audio,) = ok(await client.get(f"{V2A}/{task_id}"))["task_result"]["audios"]
    assert audio["duration_wav"] == "10.0" and audio["video_id"] != video["id"]
    with wave.open(io.BytesIO((await client.get(audio["url_wav"])).content)) as wav:
        assert wav.getnframes() / wav.getframerate() == 10.0
    assert (await client.get(audio["video_url"])).content == mp4_bytes(10.0)
    # the new video (with its soundtrack) can itself be extended
    extended = ok(
        await client.post("/v1/videos/video-extend", json={"video_id": audio["video_id"]})
    )
    assert extended["task_info"]["parent_video"] == {
        "id": audio["video_id"],
        "url": audio["video_url"],
        "duration": "10.0",
    }


def test_mp3_and_wav_structure() -> None:
    mp3 = mp3_bytes(0.0)  # never empty: one frame at least
    assert len(mp3) == 144 and mp3[:4] == b"\xff\xfb\x18\xc4" and not any(mp3[4:])
    frames = mp3_bytes(2.0)
    assert len(frames) % 144 == 0 and len(frames) // 144 == round(2.0 / 0.036)
    assert all(frames[i : i + 4] == mp3[:4] for i in range(0, len(frames), 144))
    wav = wav_bytes(0.000125 * 3)  # 3 samples: an odd data chunk gets a pad byte
    riff, size, kind = struct.unpack("<4sI4s", wav[:12])
    assert (riff, kind, size) == (b"RIFF", b"WAVE", len(wav) - 8)
    fmt = struct.unpack("<4sIHHIIHH", wav[12:36])
    assert fmt == (b"fmt ", 16, 1, 1, 8000, 8000, 1, 8)
    assert struct.unpack("<4sI", wav[36:44]) == (b"data", 3) and wav[44:] == b"\x80\x80\x80\0"


@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="needs ffprobe (optional)")
def test_ffprobe_decodes_the_audio(tmp_path: Path) -> None:
    (tmp_path / "a.mp3").write_bytes(mp3_bytes(3.5))
    (tmp_path / "a.wav").write_bytes(wav_bytes(3.5))
    probe = ["ffprobe", "-v", "error", "-show_entries", "stream=codec_name,sample_rate,duration"]
    mp3 = subprocess.run([*probe, "a.mp3"], cwd=tmp_path, capture_output=True, text=True).stdout
    assert "codec_name=mp3" in mp3 and "sample_rate=32000" in mp3
    seconds = float(mp3.split("duration=")[1].split()[0])
    assert abs(seconds - 3.5) < 0.04
    wav = subprocess.run([*probe, "a.wav"], cwd=tmp_path, capture_output=True, text=True).stdout
    assert "codec_name=pcm_u8" in wav and "duration=3.500000" in wav


@pytest.mark.skipif(shutil.which("file") is None, reason="needs file(1)")
def test_file_command_recognises_audio(tmp_path: Path) -> None:
    (tmp_path / "a.mp3").write_bytes(mp3_bytes())
    (tmp_path / "a.wav").write_bytes(wav_bytes())
    out = subprocess.run(
        ["file", "a.mp3", "a.wav"], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout
    assert "MPEG ADTS, layer III" in out and "WAVE audio" in out and "PCM" in out
