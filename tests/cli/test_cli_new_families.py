"""``kling video multi-image2video|motion-control|avatar|omni`` and ``kling image
multi-image2image|expand``: the body each command sends, usage errors and spec checks."""

from __future__ import annotations

import base64
from pathlib import Path

import respx

from tests.cli.cli_support import create, run


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_multi_image2video(api: respx.MockRouter, tmp_path: Path) -> None:
    (tmp_path / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n b")
    body = create(
        api, "/v1/videos/multi-image2video", "video", "multi-image2video", "two friends wave",
        "--image", "https://i.test/a.png", "--image", str(tmp_path / "b.png"), "--model",
        "kling-v1-6", "--negative-prompt", "blur", "--mode", "pro", "--aspect-ratio", "9:16",
        "--duration", "10", "--watermark", "--external-task-id", "m-1",
    )  # fmt: skip
    assert body == {
        "prompt": "two friends wave",
        "image_list": [{"image": "https://i.test/a.png"}, {"image": b64(b"\x89PNG\r\n\x1a\n b")}],
        "model_name": "kling-v1-6", "negative_prompt": "blur", "mode": "pro",
        "aspect_ratio": "9:16", "duration": "10", "watermark_info": {"enabled": True},
        "external_task_id": "m-1",
    }  # fmt: skip


def test_multi_image2video_needs_an_image_and_at_most_four() -> None:
    assert "Missing option '--image'" in run("video", "multi-image2video", "x").stderr
    images = [arg for n in range(5) for arg in ("--image", f"https://i.test/{n}.png")]
    result = run("video", "multi-image2video", "x", *images)
    assert result.exit_code == 3
    assert "image_list: 5 items, at most 4" in result.stderr


def test_motion_control(api: respx.MockRouter) -> None:
    body = create(
        api, "/v1/videos/motion-control", "video", "motion-control", "she dances",
        "--image-url", "https://i.test/me.png", "--video-url", "https://v.test/dance.mp4",
        "--mode", "std", "--model", "kling-v2-6", "--character-orientation", "video",
        "--keep-original-sound", "no", "--element", "7", "--no-watermark",
        "--external-task-id", "mc-1",
    )  # fmt: skip
    assert body == {
        "prompt": "she dances", "image_url": "https://i.test/me.png",
        "video_url": "https://v.test/dance.mp4", "mode": "std", "model_name": "kling-v2-6",
        "character_orientation": "video", "keep_original_sound": "no",
        "element_list": [{"element_id": 7}], "watermark_info": {"enabled": False},
        "external_task_id": "mc-1",
    }  # fmt: skip


def test_motion_control_requires_image_video_and_mode() -> None:
    result = run("video", "motion-control", "--image-url", "https://i.test/a.png")
    assert result.exit_code == 2
    assert "Missing option" in result.stderr


def test_avatar_with_audio_id(api: respx.MockRouter) -> None:
    body = create(
        api, "/v1/videos/avatar/image2video", "video", "avatar", "smiling", "--image",
        "https://i.test/p.png", "--audio-id", "aud-1", "--mode", "pro",
    )  # fmt: skip
    assert body == {
        "prompt": "smiling", "image": "https://i.test/p.png", "audio_id": "aud-1",
        "mode": "pro", "external_task_id": body["external_task_id"],
    }  # fmt: skip


def test_avatar_with_sound_file(api: respx.MockRouter, tmp_path: Path) -> None:
    (tmp_path / "v.mp3").write_bytes(b"ID3 voice")
    body = create(
        api, "/v1/videos/avatar/image2video", "video", "avatar", "--image",
        "https://i.test/p.png", "--sound-file", str(tmp_path / "v.mp3"),
    )  # fmt: skip
    assert body["sound_file"] == b64(b"ID3 voice")
    assert "prompt" not in body and "audio_id" not in body


def test_avatar_needs_exactly_one_audio() -> None:
    args = ("video", "avatar", "--image", "https://i.test/p.png")
    both = run(*args, "--audio-id", "a", "--sound-file", "https://a.test/a.mp3")
    assert both.exit_code == 3
    assert "exactly one of audio_id and sound_file" in both.stderr
    assert run(*args).exit_code == 3


def test_omni_images_frames_video_and_elements(api: respx.MockRouter, tmp_path: Path) -> None:
    (tmp_path / "end.png").write_bytes(b"\x89PNG\r\n\x1a\n end")
    body = create(
        api, "/v1/videos/omni-video", "video", "omni", "<<<image_1>>> walks in <<<video_1>>>",
        "--image", "https://i.test/cat.png", "--first-frame", "https://i.test/first.png",
        "--end-frame", str(tmp_path / "end.png"), "--video", "https://v.test/ref.mp4",
        "--refer-type", "feature", "--keep-original-sound", "yes", "--element", "3",
        "--model", "kling-v3-omni", "--mode", "pro", "--aspect-ratio", "1:1", "--duration",
        "12", "--sound", "off", "--multi-shot", "--shot-type", "intelligence",
        "--external-task-id", "o-1",
    )  # fmt: skip
    assert body == {
        "prompt": "<<<image_1>>> walks in <<<video_1>>>",
        "image_list": [
            {"image_url": "https://i.test/cat.png"},
            {"image_url": "https://i.test/first.png", "type": "first_frame"},
            {"image_url": b64(b"\x89PNG\r\n\x1a\n end"), "type": "end_frame"},
        ],
        "video_list": [
            {"video_url": "https://v.test/ref.mp4", "refer_type": "feature",
             "keep_original_sound": "yes"},
        ],
        "element_list": [{"element_id": 3}], "model_name": "kling-v3-omni", "mode": "pro",
        "aspect_ratio": "1:1", "duration": "12", "sound": "off", "multi_shot": True,
        "shot_type": "intelligence", "external_task_id": "o-1",
    }  # fmt: skip


def test_omni_prompt_only(api: respx.MockRouter) -> None:
    body = create(api, "/v1/videos/omni-video", "video", "omni", "a city at night")
    assert set(body) == {"prompt", "external_task_id"}


def test_omni_reference_options_need_a_video() -> None:
    result = run("video", "omni", "x", "--refer-type", "base")
    assert result.exit_code == 2
    assert "apply to --video (missing)" in result.stderr


def test_omni_sound_with_a_reference_video_is_refused() -> None:
    result = run("video", "omni", "x", "--video", "https://v.test/r.mp4", "--sound", "on")
    assert result.exit_code == 3
    assert "a reference video needs sound off" in result.stderr


def test_multi_image2image(api: respx.MockRouter, tmp_path: Path) -> None:
    (tmp_path / "s.jpg").write_bytes(b"\xff\xd8\xff subject")
    body = create(
        api, "/v1/images/multi-image2image", "image", "multi-image2image", "the cat on the sofa",
        "--subject-image", "https://i.test/cat.png", "--subject-image", str(tmp_path / "s.jpg"),
        "--scene-image", "https://i.test/room.png", "--style-image", "https://i.test/oil.png",
        "--model", "kling-v2", "-n", "2", "--aspect-ratio", "21:9",
    )  # fmt: skip
    assert body == {
        "prompt": "the cat on the sofa",
        "subject_image_list": [
            {"subject_image": "https://i.test/cat.png"},
            {"subject_image": b64(b"\xff\xd8\xff subject")},
        ],
        "scene_image": "https://i.test/room.png", "style_image": "https://i.test/oil.png",
        "model_name": "kling-v2", "n": 2, "aspect_ratio": "21:9",
        "external_task_id": body["external_task_id"],
    }  # fmt: skip


def test_expand_sends_every_ratio(api: respx.MockRouter) -> None:
    body = create(
        api, "/v1/images/editing/expand", "image", "expand", "more sky", "--image",
        "https://i.test/p.png", "--up", "0.5", "--left", "0.25", "-n", "2", "--watermark",
    )  # fmt: skip
    assert body == {
        "prompt": "more sky", "image": "https://i.test/p.png", "up_expansion_ratio": 0.5,
        "down_expansion_ratio": 0.0, "left_expansion_ratio": 0.25, "right_expansion_ratio": 0.0,
        "n": 2, "watermark_info": {"enabled": True}, "external_task_id": body["external_task_id"],
    }  # fmt: skip


def test_expand_ratio_out_of_range_is_refused() -> None:
    result = run("image", "expand", "--image", "https://i.test/p.png", "--down", "2.5")
    assert result.exit_code == 3
    assert "down_expansion_ratio" in result.stderr
    assert run("image", "expand", "--up", "1").exit_code == 2  # --image is required


def test_new_family_hint_names_the_family(api: respx.MockRouter) -> None:
    body = create(
        api, "/v1/images/editing/expand", "image", "expand", "--image", "https://i.test/p.png"
    )
    assert body["up_expansion_ratio"] == 0.0
    result = run("image", "expand", "--image", "https://i.test/p.png")
    assert "kling task wait expand t-100" in result.stdout
