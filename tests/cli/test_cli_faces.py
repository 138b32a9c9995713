"""``kling video identify-face`` (synchronous: session id and faces) and
``kling video advanced-lip-sync`` (``--face FACE_ID[:AUDIO_ID]``)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
import respx

from tests.cli.cli_support import create, error, ok, run, sent

FACES: dict[str, Any] = {
    "session_id": "sess-1",
    "final_unit_deduction": "0.2",
    "face_data": [
        {
            "face_id": "0",
            "face_image": "https://cdn.test/f0.png",
            "start_time": 0,
            "end_time": 5200,
        },
        {"face_id": "1", "start_time": 3100, "end_time": 8000},
    ],
}
ALS = "/v1/videos/advanced-lip-sync"


def test_identify_face_prints_the_session_and_the_faces(api: respx.MockRouter) -> None:
    route = api.post("/v1/videos/identify-face").mock(return_value=ok(FACES))
    result = run("video", "identify-face", "--video-id", "vid-1")
    assert result.exit_code == 0, result.stderr
    assert sent(route) == {"video_id": "vid-1"}
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert lines == [
        "session sess-1",
        "units 0.2",
        "face 0 0-5.2 s https://cdn.test/f0.png",
        "face 1 3.1-8 s",
        "next kling video advanced-lip-sync --session-id sess-1 --face FACE_ID:AUDIO_ID",
    ]
    assert route.call_count == 1  # a billed call without a task: never sent twice


def test_identify_face_json_is_the_result(api: respx.MockRouter) -> None:
    route = api.post("/v1/videos/identify-face").mock(return_value=ok(FACES))
    result = run("video", "identify-face", "--video-url", "https://v.test/a.mp4", "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == FACES
    assert sent(route) == {"video_url": "https://v.test/a.mp4"}


def test_identify_face_without_faces(api: respx.MockRouter) -> None:
    api.post("/v1/videos/identify-face").mock(return_value=ok({"session_id": "s", "face_data": []}))
    result = run("video", "identify-face", "--video-id", "v")
    assert result.exit_code == 0
    assert "none found" in result.stdout and "next" not in result.stdout


@pytest.mark.parametrize("args", [(), ("--video-id", "v", "--video-url", "https://v.test/a")])
def test_identify_face_needs_exactly_one_video(args: tuple[str, ...]) -> None:
    result = run("video", "identify-face", *args)
    assert result.exit_code == 3
    assert "exactly one of video_id and video_url" in result.stderr


def test_identify_face_no_validate_sends_anyway(api: respx.MockRouter) -> None:
    route = api.post("/v1/videos/identify-face").mock(return_value=ok(FACES))
    assert run("video", "identify-face", "--no-validate").exit_code == 0
    assert sent(route) == {}


def test_identify_face_api_error(api: respx.MockRouter) -> None:
    api.post("/v1/videos/identify-face").mock(return_value=error(400, 1201, "video too long"))
    result = run("video", "identify-face", "--video-id", "v")
    assert result.exit_code == 7
    assert "video too long" in result.stderr and result.stdout == ""


def test_advanced_lip_sync_with_an_audio_id(api: respx.MockRouter) -> None:
    body = create(
        api, ALS, "video", "advanced-lip-sync", "--session-id", "sess-1", "--face", "0:aud-9",
        "--sound-volume", "1.5", "--original-audio-volume", "0.2", "--sound-insert-time",
        "1200", "--watermark", "--external-task-id", "als-1",
    )  # fmt: skip
    assert body == {
        "session_id": "sess-1",
        "face_choose": [
            {"face_id": "0", "audio_id": "aud-9", "sound_insert_time": 1200, "sound_volume": 1.5,
             "original_audio_volume": 0.2},
        ],
        "watermark_info": {"enabled": True}, "external_task_id": "als-1",
    }  # fmt: skip


def test_advanced_lip_sync_with_a_sound_file(api: respx.MockRouter, tmp_path: Path) -> None:
    (tmp_path / "line.wav").write_bytes(b"RIFF\0\0\0\0WAVE wav")
    body = create(
        api, ALS, "video", "advanced-lip-sync", "--session-id", "s", "--face", "1",
        "--sound-file", str(tmp_path / "line.wav"), "--sound-start-time", "0",
        "--sound-end-time", "4000",
    )  # fmt: skip
    assert body["face_choose"] == [
        {"face_id": "1", "sound_file": base64.b64encode(b"RIFF\0\0\0\0WAVE wav").decode(),
         "sound_start_time": 0, "sound_end_time": 4000},
    ]  # fmt: skip


@pytest.mark.parametrize("face", ["", ":aud-1", "  :x"])
def test_advanced_lip_sync_needs_a_face_id(face: str) -> None:
    result = run("video", "advanced-lip-sync", "--session-id", "s", "--face", face)
    assert result.exit_code == 2
    assert "FACE_ID[:AUDIO_ID]" in result.stderr


def test_advanced_lip_sync_requires_session_and_face() -> None:
    result = run("video", "advanced-lip-sync", "--face", "0:a")
    assert result.exit_code == 2
    assert "--session-id" in result.stderr
    assert "--face" in run("video", "advanced-lip-sync", "--session-id", "s").stderr


def test_advanced_lip_sync_volume_out_of_range_is_refused() -> None:
    args = ("video", "advanced-lip-sync", "--session-id", "s", "--face", "0:a")
    result = run(*args, "--sound-volume", "3")
    assert result.exit_code == 3
    assert "sound_volume" in result.stderr
