"""``kling video ...`` and ``kling image ...``: the request each command sends, and its output."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from tests.cli.cli_support import BASE, create, ok, run, sent, task


def test_text2video_sends_every_option(api: respx.MockRouter) -> None:
    body = create(
        api, "/v1/videos/text2video", "video", "text2video", "a fox", "--model", "kling-v1",
        "--negative-prompt", "blur", "--cfg-scale", "0.7", "--mode", "std", "--aspect-ratio",
        "9:16", "--duration", "5", "--camera-zoom", "5", "--callback-url", "https://cb.test/k",
        "--external-task-id", "my-1",
    )  # fmt: skip
    assert body == {
        "prompt": "a fox", "model_name": "kling-v1", "negative_prompt": "blur", "cfg_scale": 0.7,
        "mode": "std", "aspect_ratio": "9:16", "duration": "5",
        "camera_control": {"type": "simple", "config": {"zoom": 5.0}},
        "callback_url": "https://cb.test/k", "external_task_id": "my-1",
    }  # fmt: skip


def test_unset_options_are_not_sent_and_an_external_id_is_generated(api: respx.MockRouter) -> None:
    body = create(api, "/v1/videos/text2video", "video", "text2video", "a fox")
    assert set(body) == {"prompt", "external_task_id"}
    assert body["external_task_id"].startswith("kling-py-")


@pytest.mark.parametrize(
    ("args", "camera"),
    [
        (["--camera-type", "down_back"], {"type": "down_back"}),
        (["--camera-config", "pan=-3"], {"type": "simple", "config": {"pan": -3.0}}),
        (["--camera-config", "tilt=2,roll=0", "--camera-type", "simple"],
         {"type": "simple", "config": {"tilt": 2.0, "roll": 0.0}}),
    ],
)  # fmt: skip
def test_camera_syntaxes(api: respx.MockRouter, args: list[str], camera: dict[str, Any]) -> None:
    body = create(api, "/v1/videos/text2video", "video", "text2video", "x", *args, "--no-validate")
    assert body["camera_control"] == camera


def test_bad_camera_config_is_a_usage_error() -> None:
    result = run("video", "text2video", "x", "--camera-config", "spin=3")
    assert result.exit_code == 2
    assert "AXIS one of horizontal, vertical, pan, tilt, roll, zoom" in result.stderr


PNG = b"\x89PNG\r\n\x1a\n"  # the signature the spec's format check reads


def test_image2video_reads_local_files_as_base64(api: respx.MockRouter, tmp_path: Path) -> None:
    frame, mask = tmp_path / "frame.png", tmp_path / "mask.png"
    frame.write_bytes(PNG + b"first frame")
    mask.write_bytes(PNG + b"mask")
    body = create(
        api, "/v1/videos/image2video", "video", "image2video", "the fox runs", "--image",
        str(frame), "--static-mask", "https://img.test/static.png", "--dynamic-mask",
        f"{mask}:10,20;30,40 50,60", "--dynamic-mask", "https://img.test/m.png:1,2;3,4",
        "--mode", "std", "--duration", "5", "--no-validate",
    )  # fmt: skip
    assert body["image"] == base64.b64encode(PNG + b"first frame").decode()
    assert not body["image"].startswith("data:")
    assert body["static_mask"] == "https://img.test/static.png"
    assert body["dynamic_masks"] == [
        {"mask": base64.b64encode(PNG + b"mask").decode(),
         "trajectories": [{"x": 10, "y": 20}, {"x": 30, "y": 40}, {"x": 50, "y": 60}]},
        {"mask": "https://img.test/m.png", "trajectories": [{"x": 1, "y": 2}, {"x": 3, "y": 4}]},
    ]  # fmt: skip
    assert body["prompt"] == "the fox runs"


def test_image2video_end_frame(api: respx.MockRouter) -> None:
    body = create(
        api, "/v1/videos/image2video", "video", "image2video", "--image-tail",
        "https://img.test/end.png", "--model", "kling-v1-6", "--mode", "pro",
    )  # fmt: skip
    assert body["image_tail"] == "https://img.test/end.png"
    assert "prompt" not in body


@pytest.mark.parametrize("value", ["nocolon", "m.png:1,2;x,4"])
def test_bad_dynamic_mask_is_a_usage_error(value: str) -> None:
    result = run("video", "image2video", "--image", "https://i.test/a.png", "--dynamic-mask", value)
    assert result.exit_code == 2


def test_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = run("video", "image2video", "--image", str(tmp_path / "nope.png"))
    assert result.exit_code == 2
    assert "neither an http(s) URL nor a readable file" in result.stderr


def test_a_local_file_is_checked_against_the_fields_limits(tmp_path: Path) -> None:
    """The spec's x-kling-media limits apply to files given on the command line too."""
    gif, big = tmp_path / "a.gif", tmp_path / "big.png"
    gif.write_bytes(b"GIF89a" + b"\0" * 32)
    big.write_bytes(PNG + b"\0" * (10 * 1024 * 1024))
    wrong = run("video", "image2video", "--image", str(gif))
    assert wrong.exit_code == 2 and "jpg" in wrong.stderr and "png" in wrong.stderr
    large = run("video", "image2video", "--image", str(big))
    assert large.exit_code == 2 and "at most 10,485,760 bytes" in large.stderr


def test_extend(api: respx.MockRouter) -> None:
    body = create(
        api, "/v1/videos/video-extend", "video", "extend", "vid-9", "and then it snows",
        "--cfg-scale", "0.4",
    )  # fmt: skip
    assert body["video_id"] == "vid-9"
    assert body["prompt"] == "and then it snows"
    assert body["cfg_scale"] == 0.4


def test_lip_sync_text(api: respx.MockRouter) -> None:
    body = create(
        api, "/v1/videos/lip-sync", "video", "lip-sync", "--video-id", "vid-1", "--text", "hello",
        "--voice-id", "genshin_vindi2", "--voice-language", "en", "--voice-speed", "1.2",
        "--external-task-id", "ls-1",
    )  # fmt: skip
    assert body == {
        "input": {"mode": "text2video", "video_id": "vid-1", "text": "hello",
                  "voice_id": "genshin_vindi2", "voice_language": "en", "voice_speed": 1.2},
        "external_task_id": "ls-1",
    }  # fmt: skip


def test_lip_sync_audio_file(api: respx.MockRouter, tmp_path: Path) -> None:
    audio = tmp_path / "voice.mp3"
    audio.write_bytes(b"ID3 audio bytes")
    body = create(
        api, "/v1/videos/lip-sync", "video", "lip-sync", "--video-url", "https://v.test/a.mp4",
        "--audio-file", str(audio),
    )  # fmt: skip
    expected = base64.b64encode(b"ID3 audio bytes").decode()
    assert body["input"] == {
        "mode": "audio2video", "video_url": "https://v.test/a.mp4", "audio_type": "file",
        "audio_file": expected,
    }  # fmt: skip


def test_lip_sync_audio_url(api: respx.MockRouter) -> None:
    body = create(
        api, "/v1/videos/lip-sync", "video", "lip-sync", "--video-id", "v", "--audio-url",
        "https://a.test/a.mp3",
    )  # fmt: skip
    assert body["input"]["audio_type"] == "url"
    assert body["input"]["mode"] == "audio2video"


def test_effect_two_images(api: respx.MockRouter) -> None:
    body = create(
        api, "/v1/videos/effects", "video", "effect", "hug", "--image", "https://i.test/l.png",
        "--image", "https://i.test/r.png", "--model", "kling-v1-6", "--mode", "pro",
        "--duration", "10",
    )  # fmt: skip
    assert body["effect_scene"] == "hug"
    assert body["input"] == {
        "images": ["https://i.test/l.png", "https://i.test/r.png"], "model_name": "kling-v1-6",
        "mode": "pro", "duration": "10",
    }  # fmt: skip


def test_effect_one_image(api: respx.MockRouter) -> None:
    body = create(
        api, "/v1/videos/effects", "video", "effect", "squish", "--image", "https://i.test/a.png",
        "--model", "kling-v1-6", "--duration", "5",
    )  # fmt: skip
    assert body["input"] == {
        "image": "https://i.test/a.png", "model_name": "kling-v1-6", "duration": "5",
    }  # fmt: skip


def test_image_generate(api: respx.MockRouter, tmp_path: Path) -> None:
    ref = tmp_path / "face.jpg"
    ref.write_bytes(b"\xff\xd8\xff jpeg")
    body = create(
        api, "/v1/images/generations", "image", "generate", "a portrait", "--model", "kling-v1-5",
        "--image", str(ref), "--image-reference", "subject", "--image-fidelity", "0.6",
        "--human-fidelity", "0.5", "-n", "2", "--aspect-ratio", "21:9",
    )  # fmt: skip
    assert body["image"] == base64.b64encode(b"\xff\xd8\xff jpeg").decode()
    assert body["n"] == 2
    assert body["image_reference"] == "subject"
    assert body["aspect_ratio"] == "21:9"
    assert (body["image_fidelity"], body["human_fidelity"]) == (0.6, 0.5)


def test_try_on(api: respx.MockRouter) -> None:
    body = create(
        api, "/v1/images/kolors-virtual-try-on", "image", "try-on", "--human-image",
        "https://i.test/p.png", "--cloth-image", "https://i.test/c.png", "--model",
        "kolors-virtual-try-on-v1-5",
    )  # fmt: skip
    assert body["human_image"] == "https://i.test/p.png"
    assert body["cloth_image"] == "https://i.test/c.png"
    assert body["model_name"] == "kolors-virtual-try-on-v1-5"


def test_unknown_model_is_sent_with_a_warning(api: respx.MockRouter) -> None:
    route = api.post("/v1/videos/text2video").mock(return_value=ok(task()))
    result = run("video", "text2video", "x", "--model", "kling-v9-turbo")
    assert result.exit_code == 0
    assert sent(route)["model_name"] == "kling-v9-turbo"
    assert "warning: model_name" in result.stderr


def test_human_output_summarises_the_task(api: respx.MockRouter) -> None:
    api.post("/v1/videos/text2video").mock(return_value=ok(task("t-7")))
    result = run("video", "text2video", "x")
    assert result.exit_code == 0
    assert "t-7" in result.stdout and "submitted" in result.stdout
    assert "kling task wait text2video t-7" in result.stdout


def test_json_output_is_pure(api: respx.MockRouter) -> None:
    api.post("/v1/images/generations").mock(return_value=ok(task("t-8")))
    result = run("image", "generate", "a cat", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["task_id"] == "t-8"


def test_wait_and_download(api: respx.MockRouter, tmp_path: Path) -> None:
    api.post("/v1/videos/text2video").mock(return_value=ok(task("t-9")))
    done = task("t-9", "succeed", videos=[{"id": "v-1", "url": f"{BASE}/files/v.mp4?sig=s"}])
    api.get("/v1/videos/text2video/t-9").mock(side_effect=[ok(task("t-9", "processing")), ok(done)])
    api.get("/files/v.mp4").mock(
        return_value=httpx.Response(200, content=b"0" * 4096, headers={"Content-Length": "4096"})
    )
    result = run("video", "text2video", "x", "--download", str(tmp_path), "--json")
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["task_status"] == "succeed"
    assert out["files"] == [str(tmp_path / "t-9-video-v-1.mp4")]
    assert (tmp_path / "t-9-video-v-1.mp4").read_bytes() == b"0" * 4096
    assert "processing" in result.stderr and "succeed" in result.stderr


def test_wait_without_download(api: respx.MockRouter) -> None:
    api.post("/v1/images/kolors-virtual-try-on").mock(return_value=ok(task("t-4")))
    done = task("t-4", "succeed", images=[{"index": 0, "url": "https://cdn.test/i.png"}])
    api.get("/v1/images/kolors-virtual-try-on/t-4").mock(return_value=ok(done))
    result = run(
        "image", "try-on", "--human-image", "https://i.test/p.png", "--cloth-image",
        "https://i.test/c.png", "--wait",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "https://cdn.test/i.png" in result.stdout
    assert "kling task wait" not in result.stdout
