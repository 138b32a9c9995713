"""``kling audio ...``: the bodies, audio results in the summary, .mp3 and .wav downloads with
byte progress; ``kling task ...`` with the families added after the baseline."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from kling_ext.spec import FAMILIES
from tests.cli.cli_support import BASE, create, ok, run, task

T2A, V2A = "/v1/audio/text-to-audio", "/v1/audio/video-to-audio"
AUDIO: dict[str, Any] = {
    "id": "a-1", "url_mp3": f"{BASE}/f/a.mp3?sig=hush", "url_wav": f"{BASE}/f/a.wav",
    "duration_mp3": "5.0", "duration_wav": "5.0",
}  # fmt: skip


def files(api: respx.MockRouter) -> None:
    """The two formats of AUDIO on the file host."""
    for name, size in (("a.mp3", 3000), ("a.wav", 9000)):
        content, headers = b"a" * size, {"Content-Length": str(size)}
        api.get(f"/f/{name}").mock(
            return_value=httpx.Response(200, content=content, headers=headers)
        )


def test_text_to_audio(api: respx.MockRouter) -> None:
    body = create(
        api, T2A, "audio", "text-to-audio", "rain on a tin roof", "--duration", "5.5",
        "--callback-url", "https://cb.test/a", "--external-task-id", "ta-1",
    )  # fmt: skip
    assert body == {
        "prompt": "rain on a tin roof", "duration": 5.5, "callback_url": "https://cb.test/a",
        "external_task_id": "ta-1",
    }  # fmt: skip


def test_text_to_audio_duration_is_checked() -> None:
    result = run("audio", "text-to-audio", "rain", "--duration", "12")
    assert result.exit_code == 3
    assert "duration" in result.stderr


def test_video_to_audio(api: respx.MockRouter) -> None:
    body = create(
        api, V2A, "audio", "video-to-audio", "--video-id", "vid-1", "--sound-effect-prompt",
        "footsteps", "--bgm-prompt", "calm piano", "--asmr-mode",
    )  # fmt: skip
    assert body == {
        "video_id": "vid-1", "sound_effect_prompt": "footsteps", "bgm_prompt": "calm piano",
        "asmr_mode": True, "external_task_id": body["external_task_id"],
    }  # fmt: skip
    url = create(api, V2A, "audio", "video-to-audio", "--video-url", "https://v.test/a.mp4")
    assert set(url) == {"video_url", "external_task_id"}
    off = create(api, V2A, "audio", "video-to-audio", "--video-id", "v", "--no-asmr-mode")
    assert off["asmr_mode"] is False


def test_video_to_audio_needs_exactly_one_video() -> None:
    result = run("audio", "video-to-audio", "--bgm-prompt", "piano")
    assert result.exit_code == 3
    assert "exactly one of video_id and video_url" in result.stderr


def test_human_output_shows_audio_results(api: respx.MockRouter) -> None:
    soundtrack = {**AUDIO, "video_id": "v-9", "video_url": "https://cdn.test/v.mp4"}
    done = task("t-a", "succeed", audios=[soundtrack])
    api.get(f"{V2A}/t-a").mock(return_value=ok(done))
    result = run("task", "get", "video-to-audio", "t-a")
    assert result.exit_code == 0, result.stderr
    lines = [" ".join(line.split()) for line in result.stdout.splitlines()]
    assert f"audio a-1 mp3 (5.0 s) {AUDIO['url_mp3']}" in lines
    assert f"audio a-1 wav (5.0 s) {AUDIO['url_wav']}" in lines
    assert "video v-9 with the audio https://cdn.test/v.mp4" in lines


def test_create_wait_and_download_writes_mp3_and_wav(api: respx.MockRouter, tmp_path: Path) -> None:
    api.post(T2A).mock(return_value=ok(task("t-a")))
    done = task("t-a", "succeed", audios=[AUDIO])
    api.get(f"{T2A}/t-a").mock(side_effect=[ok(task("t-a", "processing")), ok(done)])
    files(api)
    result = run("audio", "text-to-audio", "rain", "--duration", "5", "--download", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    mp3, wav = tmp_path / "t-a-audio-a-1-mp3.mp3", tmp_path / "t-a-audio-a-1-wav.wav"
    assert (mp3.read_bytes(), wav.read_bytes()) == (b"a" * 3000, b"a" * 9000)
    assert f"file {mp3}" in " ".join(result.stdout.split())
    assert "text-to-audio t-a: processing" in result.stderr


def test_audio_download_shows_byte_progress_on_a_terminal(
    api: respx.MockRouter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # rich then treats stderr as a terminal
    monkeypatch.setenv("NO_COLOR", "1")
    api.get(f"{T2A}/t-a").mock(return_value=ok(task("t-a", "succeed", audios=[AUDIO])))
    files(api)
    result = run("task", "download", "text-to-audio", "t-a", str(tmp_path), "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["files"] == [
        str(tmp_path / "t-a-audio-a-1-mp3.mp3"), str(tmp_path / "t-a-audio-a-1-wav.wav"),
    ]  # fmt: skip
    assert "t-a-audio-a-1-mp3.mp3" in result.stderr and "t-a-audio-a-1-wav.wav" in result.stderr
    assert "3.0/3.0 kB" in result.stderr and "9.0/9.0 kB" in result.stderr


def test_list_counts_audio_results(api: respx.MockRouter) -> None:
    two = task("t-a", "succeed", audios=[AUDIO, {**AUDIO, "id": "a-2"}])
    api.get(T2A).mock(return_value=ok([two, task("t-b", "processing")]))
    result = run("task", "list", "text-to-audio")
    assert result.exit_code == 0
    rows = {line.split()[0]: line.split()[-1] for line in result.stdout.splitlines()[1:]}
    assert rows == {"t-a": "2", "t-b": "0"}


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("multi-image2video", "multi_image_to_video"), ("motion-control", "motion_control"),
        ("avatar", "avatar"), ("omni", "omni_video"), ("omni-video", "omni_video"),
        ("advanced-lip-sync", "advanced_lip_sync"), ("multi-image2image", "multi_image_to_image"),
        ("expand", "image_expansion"), ("image_expansion", "image_expansion"),
        ("text-to-audio", "text_to_audio"), ("video_to_audio", "video_to_audio"),
    ],
)  # fmt: skip
def test_task_commands_accept_the_new_families(api: respx.MockRouter, name: str, key: str) -> None:
    api.get(f"{FAMILIES[key].path}/t-1").mock(return_value=ok(task("t-1", "processing")))
    result = run("task", "get", name, "t-1")
    assert result.exit_code == 0, result.stderr
    hint = f"next kling task wait {FAMILIES[key].aliases[0]} t-1"
    assert hint in " ".join(result.stdout.split())


def test_unknown_family_lists_the_new_ones_too() -> None:
    result = run("task", "get", "holograms", "t-1")
    assert result.exit_code == 2
    assert "omni-video" in result.stderr and "text-to-audio, video-to-audio" in result.stderr
