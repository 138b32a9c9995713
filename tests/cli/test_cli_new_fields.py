"""The fields text2video, image2video and image generation gained after the baseline: native
audio, voices, multi-shot, elements, watermark, resolution (the body on the wire, the syntaxes)."""

from __future__ import annotations

import pytest
import respx

from tests.cli.cli_support import create, run

T2V, I2V, IMG = "/v1/videos/text2video", "/v1/videos/image2video", "/v1/images/generations"


def test_text2video_native_audio_and_multi_shot(api: respx.MockRouter) -> None:
    body = create(
        api, T2V, "video", "text2video", "a fox, then snow", "--model", "kling-v3", "--mode",
        "pro", "--duration", "8", "--sound", "on", "--voice", "voice-a", "--voice", "voice-b",
        "--multi-shot", "--shot-type", "customize", "--shot", "3:the fox wakes up",
        "--shot", " 5 : it runs: fast ", "--watermark", "--external-task-id", "e-1",
    )  # fmt: skip
    assert body == {
        "prompt": "a fox, then snow", "model_name": "kling-v3", "mode": "pro", "duration": "8",
        "sound": "on", "voice_list": [{"voice_id": "voice-a"}, {"voice_id": "voice-b"}],
        "multi_shot": True, "shot_type": "customize",
        "multi_prompt": [
            {"index": 1, "prompt": "the fox wakes up", "duration": "3"},
            {"index": 2, "prompt": "it runs: fast", "duration": "5"},
        ],
        "watermark_info": {"enabled": True}, "external_task_id": "e-1",
    }  # fmt: skip


def test_text2video_new_durations_are_sent_as_strings(api: respx.MockRouter) -> None:
    body = create(api, T2V, "video", "text2video", "x", "--model", "kling-v3", "--duration", "13")
    assert body["duration"] == "13"


def test_image2video_elements_no_watermark_and_intelligent_shots(api: respx.MockRouter) -> None:
    body = create(
        api, I2V, "video", "image2video", "a fox", "--image", "https://i.test/f.png", "--model",
        "kling-v3", "--element", "11", "--element", "12", "--no-watermark", "--sound", "off",
        "--no-multi-shot",
    )  # fmt: skip
    assert body["element_list"] == [{"element_id": 11}, {"element_id": 12}]
    assert body["watermark_info"] == {"enabled": False}
    assert (body["sound"], body["multi_shot"]) == ("off", False)
    assert "multi_prompt" not in body and "voice_list" not in body


def test_flags_not_given_are_not_sent(api: respx.MockRouter) -> None:
    body = create(api, I2V, "video", "image2video", "--image", "https://i.test/f.png")
    assert set(body) == {"image", "external_task_id"}


def test_image_generation_resolution_elements_watermark(api: respx.MockRouter) -> None:
    body = create(
        api, IMG, "image", "generate", "a lighthouse", "--model", "kling-v3", "--resolution",
        "2k", "--element", "5", "--watermark",
    )  # fmt: skip
    assert body == {
        "prompt": "a lighthouse", "model_name": "kling-v3", "resolution": "2k",
        "element_list": [{"element_id": 5}], "watermark_info": {"enabled": True},
        "external_task_id": body["external_task_id"],
    }  # fmt: skip


@pytest.mark.parametrize("shot", ["no colon", ":a fox", "4:", "four:a fox", "2.5:a fox"])
def test_bad_shot_is_a_usage_error(shot: str) -> None:
    result = run("video", "text2video", "x", "--multi-shot", "--shot", shot)
    assert result.exit_code == 2
    assert "expected DURATION:PROMPT" in result.stderr


def test_element_must_be_an_integer() -> None:
    result = run("video", "image2video", "--image", "https://i.test/a.png", "--element", "abc")
    assert result.exit_code == 2
    assert "'abc' is not a valid integer" in result.stderr


def test_spec_rules_on_the_new_fields_are_enforced() -> None:
    result = run("video", "text2video", "x", "--model", "kling-v3", "--voice", "v-1")
    assert result.exit_code != 3  # voices without sound have no effect: sent with a warning
    assert "warning: voice_list: not allowed when sound is not set" in result.stderr
    shots = run("video", "text2video", "x", "--model", "kling-v3", "--multi-shot")
    assert shots.exit_code == 3
    assert "shot_type: required when multi_shot is True\n" in shots.stderr  # said once


def test_voices_beyond_the_spec_limit_are_refused() -> None:
    voices = [arg for n in range(3) for arg in ("--voice", f"v-{n}")]
    result = run("video", "text2video", "x", "--model", "kling-v3", "--sound", "on", *voices)
    assert result.exit_code == 3
    assert "voice_list: 3 items, at most 2" in result.stderr
