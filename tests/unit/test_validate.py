"""Request validation from the spec and its x-kling rules (kling_ext._spec._validate*)."""

from __future__ import annotations

import subprocess
import sys
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from kling_ext import KlingWarning, UnknownFieldWarning
from kling_ext._errors import ValidationError
from kling_ext._spec._document import load_spec
from kling_ext._spec._validate import check_request, find_operation, validate
from kling_ext._spec._validate_rules import RULE_KINDS, check_capabilities, check_rules, is_set
from kling_ext._spec._validate_schema import SUPPORTED_KEYWORDS, SchemaChecker, media_problem
from tests import more_families_data as more

URL = "https://example.com/a.png"
B64 = "aGVsbG8gd29ybGQ="
I2V, T2V, LIP = "/v1/videos/image2video", "/v1/videos/text2video", "/v1/videos/lip-sync"
GEN, FX = "/v1/images/generations", "/v1/videos/effects"
MINIMAL: dict[str, dict[str, Any]] = {
    T2V: {"prompt": "a red fox running through snow"},
    I2V: {"image": URL},
    "/v1/videos/video-extend": {"video_id": "867283741759111202"},
    LIP: {"input": {"mode": "audio2video", "video_id": "v", "audio_type": "url", "audio_url": URL}},
    FX: {"effect_scene": "hug_pro", "input": {"images": [URL, B64]}},
    GEN: {"prompt": "a red fox"},
    "/v1/images/kolors-virtual-try-on": {"human_image": URL, "cloth_image": B64},
    # Added after the 2025-03-25 baseline (FACTS section 3).
    "/v1/videos/multi-image2video": {"image_list": [{"image": URL}], "prompt": "a red fox"},
    "/v1/images/multi-image2image": {"subject_image_list": [{"subject_image": URL}]},
    "/v1/images/editing/expand": {
        "image": URL,
        "up_expansion_ratio": 0.5,
        "down_expansion_ratio": 0,
        "left_expansion_ratio": 0,
        "right_expansion_ratio": 0,
    },
    "/v1/audio/text-to-audio": {"prompt": "rain on a tin roof"},
    "/v1/audio/video-to-audio": {"video_id": "867283741759111202"},
    "/v1/videos/motion-control": {
        "image_url": URL,
        "video_url": "https://example.com/v.mp4",
        "mode": "std",
    },
    "/v1/videos/avatar/image2video": {"image": URL, "audio_id": "867290112233445566"},
    "/v1/videos/omni-video": {"prompt": "a red fox"},
    "/v1/videos/advanced-lip-sync": {
        "session_id": "s-1",
        "face_choose": [{"face_id": "0", "audio_id": "a-1"}],
    },
    "/v1/videos/identify-face": {"video_id": "867283741759111202"},
    **more.MINIMAL,  # the families of FACTS-2026 §4
}
INF = float("inf")
TEXT2VIDEO_LIP = {"mode": "text2video", "video_id": "v", "voice_id": "AOT", "voice_language": "en"}


def problems(path: str, body: Any, method: str = "POST") -> list[tuple[str, str]]:
    """The problems validate() raises ([] when the body passes)."""
    try:
        validate(method, path, body)
    except ValidationError as exc:
        return list(exc.problems)
    return []


def warned(path: str, body: Any) -> list[str]:
    """The KlingWarnings validate() issues for a body that passes, as messages."""
    return [message for _, message in categorised(path, body)]


def categorised(path: str, body: Any) -> list[tuple[type[Warning], str]]:
    """Each KlingWarning of a body that passes: (category, message)."""
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        validate("POST", path, body)
    assert all(issubclass(w.category, KlingWarning) for w in seen)
    return [(w.category, str(w.message)) for w in seen]


def fields(path: str, body: Any) -> set[str]:
    return {field for field, _ in problems(path, body)}


def create_paths() -> Iterator[str]:
    for template, item in load_spec()["paths"].items():
        legacy = template.startswith(("/v1/", "/account/"))  # not the new standard
        if "requestBody" in item.get("post", {}) and legacy:
            yield template


# --------------------------------------------------------------------------- the real spec


DIGITS = f"one of {', '.join(repr(str(n)) for n in range(3, 16))} (a string)"


@pytest.mark.parametrize("path", sorted(MINIMAL))
def test_minimal_body_passes_without_warnings(path: str) -> None:
    validate("post", path, MINIMAL[path])  # filterwarnings = error: a warning fails


def test_every_create_operation_has_a_minimal_body() -> None:
    assert set(create_paths()) == set(MINIMAL)


def test_request_schemas_use_only_supported_keywords_and_known_rules() -> None:
    spec = load_spec()
    checker = SchemaChecker(spec)

    def walk(schema: Mapping[str, Any], seen: set[int]) -> None:
        if id(schema) in seen:
            return
        seen.add(id(schema))
        assert set(schema) <= SUPPORTED_KEYWORDS, set(schema) - SUPPORTED_KEYWORDS
        for rule in schema.get("x-kling-rules", ()):
            assert len([k for k in RULE_KINDS if k in rule]) == 1, rule
            assert set(rule) - set(RULE_KINDS) <= {"description", "severity"}, rule
            assert rule["severity"] in ("error", "warning"), rule  # said for every rule
        table_keys = {"when", "model_field", "default_model", "defaults", "features", "models"}
        for table in schema.get("x-kling-capabilities", ()):
            assert set(table) <= table_keys and "model_field" in table, table
            for model in table["models"].values():
                assert set(model) <= {"allowed", "features", "ignored"}
                assert set(model.get("features", {})) <= set(table.get("features", {}))
                assert set(model.get("ignored", {})) <= set(table.get("features", {}))
        if "$ref" in schema:
            walk(checker.resolve(schema), seen)
        subs = [*schema.get("properties", {}).values(), *schema.get("anyOf", ())]
        subs += [*schema.get("allOf", ()), *schema.get("oneOf", ())]
        subs += [s for s in (schema.get("items"), schema.get("additionalProperties")) if s]
        for sub in subs:
            if isinstance(sub, Mapping):
                walk(sub, seen)

    for path in create_paths():
        walk(
            find_operation(spec, "post", path).spec["requestBody"]["content"]["application/json"][
                "schema"
            ],
            set(),
        )


def test_the_specs_request_examples_pass() -> None:
    checker = SchemaChecker(load_spec())
    count = 0
    for path in create_paths():
        media = find_operation(load_spec(), "post", path).spec["requestBody"]["content"]
        for example in media["application/json"].get("examples", {}).values():
            validate("POST", path, checker.resolve(example)["value"])  # no warning either
            count += 1
    assert count >= len(MINIMAL)


@pytest.mark.parametrize(
    ("path", "body", "expected"),
    [
        (T2V, {"prompt": 5}, ("prompt", "expected string, got integer")),
        (GEN, {"prompt": "p", "n": True}, ("n", "expected integer, got boolean")),
        (GEN, {"prompt": "p", "n": 2.0}, ("n", "expected integer, got number")),
        (T2V, {"prompt": "p", "cfg_scale": "0.5"}, ("cfg_scale", "expected number, got string")),
        (T2V, {"prompt": "p", "mode": "pro!"}, ("mode", "'pro!' is not one of std, pro, 4k")),
        (T2V, {"prompt": "p", "duration": 5}, ("duration", f"5 is an integer: must be {DIGITS}")),
        (T2V, {"prompt": "x" * 2501}, ("prompt", "2501 characters, at most 2500")),
        (T2V, {"prompt": ""}, ("prompt", "must not be empty")),
        (GEN, {"prompt": "x" * 2501}, ("prompt", "2501 characters, at most 2500")),
        (GEN, {"prompt": "p", "negative_prompt": "x" * 2501},
         ("negative_prompt", "2501 characters, at most 2500")),
        (T2V, {"prompt": "p", "cfg_scale": 1.5}, ("cfg_scale", "1.5 is more than the maximum 1")),
        (T2V, {"prompt": "p", "cfg_scale": -0.1}, ("cfg_scale", "-0.1 is less than the minimum 0")),
        (GEN, {"prompt": "p", "n": 10}, ("n", "10 is more than the maximum 9")),
        (GEN, {"prompt": "p", "n": 0}, ("n", "0 is less than the minimum 1")),
        (LIP, {"input": {**TEXT2VIDEO_LIP, "text": "hi", "voice_speed": 2.1}},
         ("input.voice_speed", "2.1 is more than the maximum 2.0")),
        (LIP, {"input": {**TEXT2VIDEO_LIP, "text": "x" * 121}},
         ("input.text", "121 characters, at most 120")),
        (T2V, {"prompt": "p", "cfg_scale": INF}, ("cfg_scale", "inf is not a finite number")),
        (T2V, {}, ("prompt", "required field is missing")),
        (LIP, {"input": {"video_id": "v"}}, ("input.mode", "required field is missing")),
        (T2V, [1, 2], ("body", "expected a JSON object, got list")),
        (T2V, None, ("body", "POST /v1/videos/text2video needs a JSON request body")),
    ],
)  # fmt: skip
def test_schema_violations_are_named(path: str, body: Any, expected: tuple[str, str]) -> None:
    assert expected in problems(path, body)


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "1 item, at least 2"), (2, None), (77, None), (78, "78 items, at most 77")],
)
def test_trajectory_points(count: int, expected: str | None) -> None:
    points = [{"x": i, "y": i} for i in range(count)]
    body = {"image": URL, "dynamic_masks": [{"mask": B64, "trajectories": points}]}
    assert problems(I2V, body) == (
        [("dynamic_masks[0].trajectories", expected)] if expected else []
    )


def test_dynamic_masks_at_most_six_and_nested_paths() -> None:
    group = {"mask": B64, "trajectories": [{"x": 0, "y": 0}, {"x": 1, "y": "2"}]}
    found = problems(I2V, {"image": URL, "dynamic_masks": [group] * 7})
    assert ("dynamic_masks", "7 items, at most 6") in found
    assert ("dynamic_masks[6].trajectories[1].y", "expected integer, got string") in found
    assert ("dynamic_masks[0].mask", "required field is missing") in problems(
        I2V, {"image": URL, "dynamic_masks": [{"trajectories": group["trajectories"]}]}
    )


def messages(path: str, body: Any, field: str) -> str:
    return " | ".join(rule for name, rule in problems(path, body) if name == field)


def test_exclusive_groups() -> None:
    cam = {"type": "simple", "config": {"zoom": 2}}
    assert "cannot be combined with image_tail" in messages(
        I2V, {"image": URL, "image_tail": URL, "camera_control": cam}, "camera_control"
    )
    body = {"image": URL, "static_mask": B64, "camera_control": cam}
    assert "cannot be combined with static_mask" in messages(I2V, body, "camera_control")
    assert problems(I2V, {"image": URL, "static_mask": "", "camera_control": cam}) == []


def test_any_required_counts_empty_strings_as_unset() -> None:
    for body in ({}, {"image": ""}, {"image": "", "image_tail": ""}):
        assert "at least one of image, image_tail must be set" in messages(I2V, body, "image")


def test_exactly_one_video_source() -> None:
    both = {
        "mode": "audio2video",
        "audio_type": "url",
        "audio_url": URL,
        "video_id": "v",
        "video_url": URL,
    }
    assert "got input.video_id, input.video_url" in messages(LIP, {"input": both}, "input.video_id")
    neither = {k: v for k, v in both.items() if not k.startswith("video")}
    assert "none is" in messages(LIP, {"input": neither}, "input.video_id")


def test_empty_camera_config_counts_as_not_set() -> None:
    # FACTS 2.2.1: config is "absent or empty" for the four preset types, required for simple.
    preset = {"prompt": "p", "camera_control": {"type": "down_back", "config": {}}}
    assert problems(T2V, preset) == []
    simple = {"prompt": "p", "camera_control": {"type": "simple", "config": {}}}
    assert "required when camera_control.type is 'simple'" in messages(
        T2V, simple, "camera_control.config"
    )


def test_audio_file_takes_base64_not_a_url() -> None:
    body = {"input": {"video_id": "v1", "mode": "audio2video", "audio_type": "file"}}
    body["input"]["audio_file"] = "https://example.com/a.mp3"
    assert "must be raw Base64, not a URL" in messages(LIP, body, "input.audio_file")
    body["input"]["audio_file"] = "SUQzBAAAAAAA"
    assert problems(LIP, body) == []


def test_unknown_field_warns_but_is_sent() -> None:
    assert categorised(T2V, {"prompt": "p", "negative_promt": "blur"}) == [
        (
            UnknownFieldWarning,
            "negative_promt: not a field this client's spec knows"
            " (did you mean 'negative_prompt'?); sent as is",
        )
    ]


def test_required_when_lip_sync_text2video_without_text() -> None:
    assert "required when input.mode is 'text2video'" in messages(
        LIP, {"input": TEXT2VIDEO_LIP}, "input.text"
    )
    assert problems(LIP, {"input": {**TEXT2VIDEO_LIP, "text": "hello"}}) == []


@pytest.mark.parametrize(
    ("config", "got"),
    [({"pan": 1, "zoom": -2}, "got pan, zoom"), ({"pan": 0}, "all are zero")],
)
def test_one_nonzero_camera_axis(config: dict[str, float], got: str) -> None:
    body = {"prompt": "p", "camera_control": {"type": "simple", "config": config}}
    assert f"exactly one member must be non-zero; {got}" in messages(
        T2V, body, "camera_control.config"
    )
    body["camera_control"]["config"] = {"pan": 0, "tilt": 0.5}  # type: ignore[index]
    assert problems(T2V, body) == []


def test_media_inputs() -> None:
    assert problems(I2V, {"image": "data:image/png;base64," + B64}) == [
        ("image", "remove the 'data:image/png;base64,' prefix: Kling wants raw Base64")
    ]
    assert problems(I2V, {"image": "not base64!"}) == [
        ("image", "neither an http(s) URL nor valid Base64")
    ]
    assert problems(I2V, {"image": "aGVsbG8"}) == [
        ("image", "neither an http(s) URL nor valid Base64")
    ]
    assert problems(I2V, {"image": "aGVs\nbG8g d29y bGQ="}) == []
    assert problems(I2V, {"image": "HTTP://example.com/x.jpg"}) == []
    assert "audio_file" in str(
        problems(
            LIP,
            {
                "input": {
                    "mode": "audio2video",
                    "video_id": "v",
                    "audio_type": "file",
                    "audio_file": "data:audio/mp3;base64,AAAA",
                }
            },
        )
    )
    assert ("input.images[1]", "neither an http(s) URL nor valid Base64") in problems(
        FX, {"effect_scene": "hug_pro", "input": {"images": [URL, "é"]}}
    )
    assert media_problem("") is None and media_problem(" \n") is None


def test_capabilities_camera_control_and_end_frame() -> None:
    cam = {"type": "simple", "config": {"zoom": 2}}
    assert problems(T2V, {"prompt": "p", "model_name": "kling-v1-6", "camera_control": cam}) == [
        (
            "camera_control",
            "not supported by kling-v1-6 (supported: kling-v1 with mode std, duration 5)",
        )
    ]
    assert problems(T2V, {"prompt": "p", "camera_control": cam}) == []  # default kling-v1, std, 5
    found = messages(T2V, {"prompt": "p", "mode": "pro", "camera_control": cam}, "camera_control")
    assert "not supported by kling-v1 with mode 'pro', duration '5'" in found
    found = messages(I2V, {"image_tail": URL, "model_name": "kling-v1"}, "image_tail")
    assert found.startswith("end_frame_only is not supported by kling-v1 (supported: kling-v1-5")
    assert (
        problems(
            I2V, {"image_tail": URL, "model_name": "kling-v1-6", "mode": "pro", "duration": "10"}
        )
        == []
    )
    assert fields(
        I2V,
        {
            "image": URL,
            "model_name": "kling-v1-5",
            "mode": "pro",
            "camera_control": {"type": "down_back"},
        },
    ) == {"camera_control"}


def test_capabilities_allowed_values_and_defaults() -> None:
    assert problems(T2V, {"prompt": "p", "mode": "4k"}) == [
        ("mode", "'4k' is not one of std, pro for kling-v1")
    ]
    # one message per error: the schema's enum refuses it, the model's map is not asked again
    assert problems(T2V, {"prompt": "p", "mode": "professional"}) == [
        ("mode", "'professional' is not one of std, pro, 4k")
    ]
    assert problems(GEN, {"prompt": "p", "model_name": "kling-v1", "aspect_ratio": "21:9"}) == []
    assert problems(
        FX,
        {
            "effect_scene": "squish",
            "input": {"image": URL, "model_name": "kling-v1-6", "duration": "10"},
        },
    ) == [("input.duration", "'10' is not one of 5 for kling-v1-6")]


def test_unknown_model_warns_and_is_not_judged() -> None:
    cam = {"type": "simple", "config": {"zoom": 2}}
    body = {"prompt": "p", "model_name": "kling-v9", "mode": "pro", "camera_control": cam}
    assert categorised(T2V, body) == [
        (UnknownFieldWarning, "model_name: 'kling-v9' is not known to this client's spec; "
         "sending it anyway")
    ]  # fmt: skip


def test_warnings_do_not_refuse() -> None:
    logged = warned(T2V, {"prompt": "p", "model": "kling-v1-6"})
    squish = {"effect_scene": "squish", "input": {"image": URL, "duration": "5", "mode": "std"}}
    logged += warned(FX, squish)
    logged += warned(FX, {"effect_scene": "hug_v9", "input": {"anything": 1}})
    assert logged[0].startswith("model: not allowed when model is set (model is the legacy name")
    assert "input.model_name: required when effect_scene is one of squish" in logged[1]
    assert logged[2].startswith("input.mode: not allowed when effect_scene")
    assert (
        logged[3] == "effect_scene: 'hug_v9' is not known to this client's spec; sending it anyway"
    )
    assert len(logged) == 5
    assert logged[4] == "input.anything: not a field this client's spec knows; sent as is"


def test_several_problems_listed_at_once() -> None:
    body = {
        "prompt": "x" * 2501,
        "mode": "professional",
        "cfg_scale": 1.5,
        "model_name": "kling-v1-6",
        "camera_control": {"type": "simple", "config": {"pan": 1, "zoom": 2}},
    }
    with pytest.raises(ValidationError) as info:
        validate("POST", T2V, body)
    assert [p for p, _ in info.value.problems] == [
        "prompt",
        "mode",
        "cfg_scale",
        "camera_control.config",
        "camera_control",
    ]  # one message per error: "mode" is not told twice (the schema, then kling-v1-6's map)
    assert str(info.value).startswith("prompt: 2501 characters, at most 2500; mode: 'professional'")
    assert isinstance(info.value, ValueError)


# --------------------------------------------------------------------------- families after 2025-03


M2V, M2I = "/v1/videos/multi-image2video", "/v1/images/multi-image2image"
EXPAND, T2A, V2A = (
    "/v1/images/editing/expand",
    "/v1/audio/text-to-audio",
    "/v1/audio/video-to-audio",
)
MOTION, AVATAR = "/v1/videos/motion-control", "/v1/videos/avatar/image2video"
OMNI = "/v1/videos/omni-video"
ALS, FACE = "/v1/videos/advanced-lip-sync", "/v1/videos/identify-face"


def with_(path: str, **changes: Any) -> dict[str, Any]:
    """The minimal body of ``path`` with some fields replaced (None removes a field)."""
    body = {**MINIMAL[path], **changes}
    return {key: value for key, value in body.items() if value is not None}


@pytest.mark.parametrize(
    ("path", "body", "expected"),
    [
        (M2V, with_(M2V, image_list=[{"image": URL}] * 5), ("image_list", "5 items, at most 4")),
        (M2V, with_(M2V, image_list=[]), ("image_list", "0 items, at least 1")),
        (M2V, with_(M2V, prompt=None), ("prompt", "required field is missing")),
        (M2V, with_(M2V, image_list=[{}]), ("image_list[0].image", "required field is missing")),
        (M2V, with_(M2V, duration="7"), ("duration", "'7' is not one of 5, 10")),
        (M2I, with_(M2I, subject_image_list=[{"subject_image": URL}] * 5),
         ("subject_image_list", "5 items, at most 4")),
        (M2I, with_(M2I, n=10), ("n", "10 is more than the maximum 9")),
        (M2I, with_(M2I, prompt="x" * 2501), ("prompt", "2501 characters, at most 2500")),
        (M2I, with_(M2I, scene_image="nope!"),
         ("scene_image", "neither an http(s) URL nor valid Base64")),
        (EXPAND, with_(EXPAND, up_expansion_ratio=2.5),
         ("up_expansion_ratio", "2.5 is more than the maximum 2")),
        (EXPAND, with_(EXPAND, left_expansion_ratio=-0.1),
         ("left_expansion_ratio", "-0.1 is less than the minimum 0")),
        (EXPAND, with_(EXPAND, right_expansion_ratio=None),
         ("right_expansion_ratio", "required field is missing")),
        (EXPAND, with_(EXPAND, n=0), ("n", "0 is less than the minimum 1")),
        (T2A, with_(T2A, prompt="x" * 201), ("prompt", "201 characters, at most 200")),
        (T2A, with_(T2A, duration=2.9), ("duration", "2.9 is less than the minimum 3")),
        (T2A, with_(T2A, duration=10.5), ("duration", "10.5 is more than the maximum 10")),
        (T2A, with_(T2A, duration="5"), ("duration", "expected number, got string")),
        (V2A, with_(V2A, bgm_prompt="x" * 201), ("bgm_prompt", "201 characters, at most 200")),
        (V2A, with_(V2A, asmr_mode="yes"), ("asmr_mode", "expected boolean, got string")),
        (MOTION, with_(MOTION, mode=None), ("mode", "required field is missing")),
        (MOTION, with_(MOTION, video_url=""), ("video_url", "must not be empty")),
        (MOTION, with_(MOTION, element_list=[{"element_id": 1}, {"element_id": 2}]),
         ("element_list", "2 items, at most 1")),
        (MOTION, with_(MOTION, character_orientation="left"),
         ("character_orientation", "'left' is not one of image, video")),
        (AVATAR, with_(AVATAR, audio_id=None, sound_file="data:audio/mp3;base64,AAAA"),
         ("sound_file", "remove the 'data:audio/mp3;base64,' prefix: Kling wants raw Base64")),
        (AVATAR, with_(AVATAR, image=None), ("image", "required field is missing")),
        (OMNI, with_(OMNI, image_list=[{"image_url": URL}] * 8),
         ("image_list", "8 items, at most 7")),
        (OMNI, with_(OMNI, video_list=[{"video_url": URL}] * 2),
         ("video_list", "2 items, at most 1")),
        (OMNI, with_(OMNI, duration="15"),
         ("duration", "'15' is not one of 3, 4, 5, 6, 7, 8, 9, 10 for kling-video-o1")),
        (OMNI, with_(OMNI, duration="16"), ("duration", "'16' is not one of 3, 4, 5, 6, 7, 8, 9, "
                                                        "10, 11, 12, 13, 14, 15")),
        (ALS, with_(ALS, face_choose=[{"face_id": "0", "audio_id": "a"}] * 2),
         ("face_choose", "2 items, at most 1")),
        (ALS, with_(ALS, face_choose=[{"audio_id": "a"}]),
         ("face_choose[0].face_id", "required field is missing")),
        (ALS, with_(ALS, face_choose=[{"face_id": "0", "audio_id": "a", "sound_volume": 2.5}]),
         ("face_choose[0].sound_volume", "2.5 is more than the maximum 2")),
        (ALS, with_(ALS, session_id=""), ("session_id", "must not be empty")),
        (FACE, {"video_id": 5}, ("video_id", "expected string, got integer")),
    ],
)  # fmt: skip
def test_new_family_limits_are_named(path: str, body: Any, expected: tuple[str, str]) -> None:
    assert expected in problems(path, body)


MP4 = "https://example.com/v.mp4"


@pytest.mark.parametrize(
    ("path", "first", "second", "value"),
    [(V2A, "video_id", "video_url", MP4), (FACE, "video_id", "video_url", MP4),
     (AVATAR, "audio_id", "sound_file", B64)],
)  # fmt: skip
def test_new_exactly_one_sources(path: str, first: str, second: str, value: str) -> None:
    """Exactly one source (FACTS 3.4); an empty string counts as not set (FACTS 1.15)."""
    both = with_(path, **{first: "867283741759111202", second: value})
    assert f"got {first}, {second}" in messages(path, both, first)
    neither = with_(path, **{first: None, second: ""})
    assert "none is" in messages(path, neither, first)
    assert problems(path, with_(path, **{first: "", second: value})) == []


def test_omni_video_rules_and_models() -> None:
    on = with_(OMNI, sound="on", video_list=[{"video_url": "https://example.com/v.mp4"}])
    assert "not allowed when sound is 'on'" in messages(OMNI, on, "video_list")
    assert problems(OMNI, {**on, "sound": "off"}) == []
    assert "required when multi_shot is True" in messages(
        OMNI, with_(OMNI, multi_shot=True), "shot_type"
    )
    custom = with_(OMNI, multi_shot=True, shot_type="customize")
    assert "shot_type is 'customize'" in messages(OMNI, custom, "multi_prompt")
    shots = [{"index": 1, "prompt": "a fox", "duration": "5"}]
    assert problems(OMNI, {**custom, "multi_prompt": shots}) == []
    assert problems(OMNI, with_(OMNI, model_name="kling-v3-omni", duration="15")) == []
    assert warned(OMNI, with_(OMNI, shot_type="customize")) == [
        "shot_type: not allowed when multi_shot is not set"
        " (shot_type is ignored unless multi_shot is true)"
    ]


def test_new_families_capabilities_and_open_model_names() -> None:
    assert problems(M2V, with_(M2V, model_name="kling-v1-6", mode="pro", duration="10")) == []
    assert problems(MOTION, with_(MOTION, model_name="kling-v3", mode="pro")) == []
    assert problems(M2I, with_(M2I, model_name="kling-v2", aspect_ratio="21:9", n=9)) == []
    logged = warned(M2V, with_(M2V, model_name="kling-v2-9", duration="10"))
    logged += warned(FACE, with_(FACE, callback_url="https://example.com/cb"))
    assert logged == [
        "model_name: 'kling-v2-9' is not known to this client's spec; sending it anyway",
        "callback_url: not a field this client's spec knows; sent as is",
    ]


# --------------------------------------------------------------------------- operations and paths


@pytest.mark.parametrize(
    ("method", "path", "template"),
    [
        ("GET", "/v1/videos/text2video/8672", "/v1/videos/text2video/{id}"),
        ("get", "/v1/videos/text2video/{id}", "/v1/videos/text2video/{id}"),
        ("Get", "/v1/videos/text2video/{task_id}", "/v1/videos/text2video/{id}"),
        ("GET", "/v1/videos/text2video?pageNum=2", "/v1/videos/text2video"),
        ("POST", "/v1/videos/text2video/", "/v1/videos/text2video"),
        ("POST", "https://api.klingai.com/v1/videos/text2video", "/v1/videos/text2video"),
        ("GET", "/account/costs", "/account/costs"),
    ],
)
def test_find_operation(method: str, path: str, template: str) -> None:
    assert find_operation(load_spec(), method, path).template == template


def test_operations_without_body() -> None:
    validate("GET", "/v1/videos/text2video/8672", None)
    validate("GET", "/account/costs", {})
    assert problems("/v1/videos/text2video/{id}", {"a": 1}, "GET") == [
        ("body", "GET /v1/videos/text2video/{id} takes no request body")
    ]


@pytest.mark.parametrize(
    ("method", "path", "text"),
    [
        ("POST", "/v2/nothing", "unknown operation POST /v2/nothing"),
        ("DELETE", "/v1/videos/text2video/8672", "(the path has: GET)"),
        ("POST", "/account/costs", "(the path has: GET)"),
    ],
)
def test_unknown_operation(method: str, path: str, text: str) -> None:
    with pytest.raises(ValidationError, match="unknown operation") as info:
        validate(method, path, {})
    assert text in str(info.value) and isinstance(info.value, ValueError)


def test_spec_is_loaded_lazily() -> None:
    code = (
        "import kling_ext, kling_ext._spec._document as v; print(v.load_spec.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


# --------------------------------------------------------------------------- synthetic specs


THING = {"$ref": "#/components/schemas/Thing"}


def spec_with(schema: dict[str, Any], **components: Any) -> dict[str, Any]:
    """A small spec: POST /things with ``schema`` as its body, and GET /things/{thing}."""
    return {
        "paths": {
            "/things": {"post": {"requestBody": {"$ref": "#/components/requestBodies/Thing"}}},
            "/things/{thing}": {"get": {}},
        },
        "components": {
            "requestBodies": {"Thing": {"content": {"application/json": {"schema": THING}}}},
            "schemas": {"Thing": schema, **components},
        },
    }  # fmt: skip


def check(
    schema: dict[str, Any], body: Any, **components: Any
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    found = check_request(spec_with(schema, **components), "post", "/things", body)
    return found.problems, found.warnings


def props(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


@pytest.mark.parametrize(
    ("schema", "value", "expected"),
    [
        ({"type": ["string", "null"]}, None, None),
        ({"type": ["string", "null"]}, 3, "expected string, got integer"),
        ({"type": "number"}, 3, None),
        ({"type": "number"}, False, "expected number, got boolean"),
        ({"type": "integer"}, True, "expected integer, got boolean"),
        ({"type": "boolean"}, 1, "expected boolean, got integer"),
        ({"type": "array"}, {}, "expected array, got object"),
        ({"type": "object"}, object(), "expected object, got object"),
        ({"const": "x"}, "y", "must be 'x'"),
        ({"enum": [1, True]}, 1, None),
        ({"enum": [True]}, 1, "1 is not one of True"),
        ({"exclusiveMinimum": 0}, 0, "0 must be more than 0"),
        ({"exclusiveMaximum": 1}, 1, "1 must be less than 1"),
        ({"multipleOf": 0.1}, 1.3, None),
        ({"multipleOf": 0.1}, 1.25, "1.25 is not a multiple of 0.1"),
        ({"pattern": "^[a-z]+$"}, "abc", None),
        ({"pattern": "^[a-z]+$"}, "ab1", "does not match the pattern '^[a-z]+$'"),
        ({"minLength": 2}, "é", "1 characters, at least 2"),
        ({"maxLength": 1}, "é", None),
        ({"minItems": 1}, [], "0 items, at least 1"),
        ({"allOf": [{"minimum": 1}, {"maximum": 2}]}, 3, "3 is more than the maximum 2"),
        (
            {"oneOf": [{"type": "integer"}, {"type": "number"}]},
            1,
            "matches 2 alternatives, exactly one allowed",
        ),
        (
            {"anyOf": [{"type": "integer"}, {"type": "null"}]},
            "x",
            "expected integer, got string",
        ),
        (
            {"anyOf": [{"type": "string", "maxLength": 1}, {"type": "null"}]},
            "xy",
            "2 characters, at most 1",
        ),
        (
            {"anyOf": [{"$ref": "#/components/schemas/E"}, {"type": "null"}]},
            "c",
            "'c' is not one of a, b",
        ),
        ({"anyOf": [{"enum": [1]}, {"description": "anything"}]}, 2, None),
        ({"multipleOf": 0.1}, 1e300, None),
        (
            {"anyOf": [{"enum": ["a"]}, {"anyOf": [{"type": "null"}]}]},
            5,
            "expected string, got integer",
        ),
        (
            {"anyOf": [{"minimum": 5}, {"maximum": 1, "minimum": 2}]},
            3,
            "3 is less than the minimum 5",
        ),
    ],
)
def test_schema_keywords(schema: dict[str, Any], value: Any, expected: str | None) -> None:
    found, _ = check(props(v=schema), {"v": value}, E={"type": "string", "enum": ["a", "b"]})
    assert found == ([("v", expected)] if expected else [])


def test_objects_additional_properties_and_refs() -> None:
    closed = {**props(a={"type": "string"}), "required": ["a"], "additionalProperties": False}
    assert check(closed, {"b": 1})[0] == [
        ("a", "required field is missing"),
        ("b", "unknown field (the spec allows no other fields)"),
    ]
    typed = {**props(), "additionalProperties": {"type": "integer"}}
    assert check(typed, {"b": "x", "c": 1})[0] == [("b", "expected integer, got string")]
    chained = props(x={"$ref": "#/components/schemas/A"})
    assert check(chained, {"x": 5}, A={"$ref": "#/components/schemas/B"}, B={"maximum": 1})[0] == [
        ("x", "5 is more than the maximum 1")
    ]
    with pytest.raises(ValueError, match="unsupported or circular"):
        check(props(x={"$ref": "other.yaml#/X"}), {"x": 1})
    with pytest.raises(ValueError, match="points to nothing"):
        check(props(x={"$ref": "#/components/schemas/Nope"}), {"x": 1})
    with pytest.raises(ValueError, match="unsupported or circular"):
        check(
            props(x={"$ref": "#/components/schemas/C"}),
            {"x": 1},
            C={"$ref": "#/components/schemas/C"},
        )


def test_open_enum_deprecated_and_media_via_ref() -> None:
    schema = props(
        m={"anyOf": [{"$ref": "#/components/schemas/E"}, {"type": "string"}]},
        old={"type": "string", "deprecated": True},
        pic={"$ref": "#/components/schemas/Media"},
    )
    media = {"type": "string", "x-kling-format": "media"}
    found, warned = check(
        schema, {"m": "z", "old": "x", "pic": "data:,x"}, E={"enum": ["a"]}, Media=media
    )
    assert found == [("pic", "remove the 'data:,' prefix: Kling wants raw Base64")]
    assert warned == [
        ("m", "'z' is not known to this client's spec; sending it anyway"),
        ("old", "deprecated in the spec; sending it anyway"),
    ]
    assert check(schema, {"m": "a", "pic": ""}, E={"enum": ["a"]}, Media=media) == ([], [])


def test_the_most_literal_path_wins() -> None:
    item: dict[str, Any] = {"get": {}}
    for order in (["/a/{x}", "/{y}/b", "/a/b"], ["/a/b", "/{y}/b", "/a/{x}"]):
        spec = {"paths": dict.fromkeys(order, item)}
        assert find_operation(spec, "get", "/a/b").template == "/a/b"
        assert find_operation(spec, "get", "/a/c").template == "/a/{x}"


def test_request_body_shapes() -> None:
    spec = spec_with(props())
    assert check_request(spec, "GET", "/things/7", "").problems == []
    assert check_request(spec, "POST", "/things", None).problems == []  # body not required
    assert check_request(spec, "POST", "/things", "x").problems == [
        ("body", "expected a JSON object, got str")
    ]
    assert check(props(), {"a": 1})[0] == []


# ---------------------------------------------------------------------- the x-kling interpreter


def test_set_semantics_and_conditions() -> None:
    values: list[object] = [None, "", [], (), {}, 0, False, "x"]
    assert [is_set(v) for v in values] == [False] * 5 + [True] * 3
    rules: list[dict[str, Any]] = [
        {"required_when": {"field": "a", "when": {"b": ["x", "y"], "c": "$unset"}}},
        {"forbidden_when": {"field": "d.e", "when": {"b": "$set"}}, "severity": "warning"},
        {"required_when": {"field": "f", "when": {"g": True}}},
    ]
    assert check_rules(rules, {"b": "y", "c": ""}).problems == [
        ("a", "required when b is one of x, y and c is not set")
    ]
    assert check_rules(rules, {"b": "y", "c": "z"}).problems == []
    assert check_rules(rules, {"b": "z", "d": {"e": 1}}).warnings == [
        ("d.e", "not allowed when b is set")
    ]
    assert check_rules(rules, {"g": 1}).problems == []  # 1 is not True
    assert check_rules(rules, {"g": True}).problems == [("f", "required when g is True")]


def test_rules_on_odd_values() -> None:
    rules: list[dict[str, Any]] = [
        {"one_nonzero": {"field": "c", "when": {"on": "$set"}}},
        {"exclusive": [["a"], ["b"], ["c"]], "description": "pick one"},
        {"any_required": ["a", "b"]},
        {"mystery": ["a"]},
    ]
    found = check_rules(rules, {"c": {"x": True, "y": "1", "z": 2.5}, "a": "1", "b": [0]})
    assert found.problems == [("b", "cannot be combined with a, c (pick one)")]
    assert found.warnings == [("", "x-kling-rules: cannot read rule {'mystery': ['a']}; skipped")]
    assert check_rules(rules[:1], {"on": 1, "c": {"x": 0, "y": 3}}).problems == []
    assert check_rules(rules[:1], {"on": 1, "c": "not an object"}).problems == []


M1 = {"input.mode": "std", "len": ["5", "10"]}
TABLE: dict[str, Any] = {
    "when": {"kind": ["video", "clip"]},
    "model_field": "input.model",
    "default_model": "m1",
    "defaults": {"input.mode": "std"},
    "features": {
        "brush": {"any_set": ["mask", "masks"]},
        "tail": {"all_set": ["tail"], "when": {"x": 1}},
        "always": {},
    },
    "models": {
        "m1": {"allowed": {"input.mode": ["std"]}, "features": {"brush": [M1], "always": [{}]}},
        "m2": {"features": {"tail": [{"input.mode": "pro"}], "always": [{}]}},
        "m3": None,
    },
}


def test_capability_tables() -> None:
    def judge(body: dict[str, Any]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        found = check_capabilities([TABLE], body)
        return found.problems, found.warnings

    assert judge({"kind": "image", "input": {"mode": "bad"}}) == (
        [],
        [],
    )  # the table does not apply
    assert judge({"kind": "video", "input": {"mode": "pro"}}) == (
        [("input.mode", "'pro' is not one of std for m1")],
        [],
    )
    assert judge({"kind": "video", "mask": "m", "len": "5"}) == ([], [])  # default model and mode
    assert judge({"kind": "video", "mask": "m", "len": "7"})[0] == [
        (
            "mask",
            "brush is not supported by m1 with input.mode 'std', len '7' "
            "(supported: input.mode std, len 5 or 10)",
        )
    ]
    assert judge({"kind": "video", "mask": "m"})[0][0][1].startswith(
        "brush is not supported by m1 with input.mode 'std', len unset"
    )
    assert judge({"kind": "clip", "input": {"model": "m2"}, "masks": [1]})[0] == [
        ("masks", "brush is not supported by m2 (supported: m1 with input.mode std, len 5 or 10)")
    ]
    assert judge({"kind": "clip", "input": {"model": "m1"}, "tail": "t", "x": 1})[0] == [
        ("tail", "not supported by m1 (supported: m2 with input.mode pro)")
    ]
    assert judge({"kind": "clip", "input": {"model": "m3"}, "tail": "t", "x": 1})[0] == [
        ("tail", "not supported by m3 (supported: m2 with input.mode pro)"),
        ("always", "not supported by m3 (supported: m1 with any settings; m2 with any settings)"),
    ]
    assert judge({"kind": "clip", "input": {"model": "m9"}, "tail": "t"}) == (
        [],
        [("input.model", "'m9' has no capability data in this client's spec; sent unchecked")],
    )
    assert judge({"kind": "clip", "input": {"model": 7}}) == ([], [])
    strict = {"model_field": "m", "default_model": "a", "defaults": {"mode": "std"},
              "models": {"a": {"allowed": {"mode": ["pro"]}}}}  # fmt: skip
    assert check_capabilities([strict], {}).problems == [
        ("mode", "'std' (the server default) is not one of pro for a")
    ]
    no_default = {**TABLE, "default_model": None}
    assert check_capabilities([no_default], {"kind": "clip", "input": {"mode": "x"}}).problems == []
    assert (
        check_capabilities(
            [no_default], {"kind": "clip", "input": {"model": "m1", "mode": ""}}
        ).problems
        == []
    )


def test_a_rule_description_that_only_restates_the_rule_is_not_repeated() -> None:
    """One message per error: ``required when ...`` is not followed by the same words again."""
    body = {"input": {"video_url": "https://v.test/a.mp4", "mode": "text2video"}}
    with pytest.raises(ValidationError) as info:
        validate("POST", "/v1/videos/lip-sync", body)
    assert ("input.text", "required when input.mode is 'text2video'") in info.value.problems


def test_a_rule_description_that_explains_more_is_kept() -> None:
    body = {"prompt": "p", "camera_control": {"type": "simple", "config": {"zoom": 1, "pan": 2}}}
    with pytest.raises(ValidationError) as info:
        validate("POST", "/v1/videos/text2video", body)
    assert any(
        "(exactly one field of camera_control.config must be non-zero)" in rule
        for _, rule in info.value.problems
    )
