"""What real clients send is accepted (issue 15, item 5) and what changed in 2026 (item 4), as the
client sees it: nullable optional fields, warnings instead of refusals, the spec's marks.

The same cases run against the simulator (tests/simulator/test_simulator_rules.py) and through
Prism (tests/contract/test_conformance_prism.py).
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest

from kling_ext import (
    DeprecatedWarning,
    IgnoredFieldWarning,
    Kling,
    KlingWarning,
    Task,
    UnknownFieldWarning,
    ValidationError,
    validate,
)
from kling_ext._spec._requests import without_nulls
from kling_ext.spec import FAMILIES, check_request, load_spec

URL, URL2 = "https://example.com/a.png", "https://example.com/b.png"
T2V, I2V, GEN = "/v1/videos/text2video", "/v1/videos/image2video", "/v1/images/generations"
FX, OMNI = "/v1/videos/effects", "/v1/videos/omni-video"
SCHEMAS: Mapping[str, Any] = load_spec()["components"]["schemas"]
SCENES = SCHEMAS["EffectScene"]
DISCONTINUED = {
    "celebration": "2025-12-30", "c4d_cartoon": "2025-12-30", "kiss": "2026-01-30",
    "fight": "2026-01-30", "hug": "2026-01-30", "thumbs_up": "2026-01-30",
    "tiger_hug": "2026-01-30", "pet_lion": "2026-01-30", "3d_cartoon_1": "2026-01-30",
    "magic_match_tree": "2026-07-03",
}  # fmt: skip
DUAL_2026 = {
    "pet_skateboard", "daily_ootd", "toss_run", "switch_to_silk", "studio_look",
    "french_elegance", "finger_swipe", "smooth_transition", "kiss_pro", "snow_night_kiss",
    "eternal_kiss", "cheers_2026", "fight_pro", "hug_pro", "heart_gesture_pro",
}  # fmt: skip
# Kuaishou's own client: every image generation carries both fidelities, image or not.
KUAISHOU_IMAGE = {"prompt": "a fox", "image": None, "image_fidelity": 0.5, "human_fidelity": 0.45}


def sent(path: str, body: Any) -> list[tuple[type[Warning], str]]:
    """validate() on a body that must pass: its warnings, each a KlingWarning."""
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        validate("POST", path, body)
    assert all(issubclass(w.category, KlingWarning) for w in seen), seen
    return [(w.category, str(w.message)) for w in seen]


def refused(path: str, body: Any) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        validate("POST", path, body)
    return list(info.value.problems)


def request_schemas() -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every object schema a request body reaches (x- data left out)."""
    todo = [
        op["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        for item in load_spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "requestBody" in op
    ]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        text = json.dumps({k: v for k, v in SCHEMAS[name].items() if not k.startswith("x-")})
        todo += [part.split('"')[0] for part in text.split('"#/components/schemas/')[1:]]
        if "properties" in SCHEMAS[name]:
            yield name, SCHEMAS[name]


def nullable(prop: Mapping[str, Any]) -> bool:
    types = prop.get("type")
    return (isinstance(types, list) and "null" in types) or any(
        m.get("type") == "null" for m in prop.get("anyOf", ())
    )


# ------------------------------------------------------------------ null means "not set"
def test_every_optional_request_field_is_nullable_in_the_spec() -> None:
    """Both standards: JSON ``null`` means "not set" (Kuaishou's client fills /v1 bodies with
    nulls; the new standard's bodies follow the same reading)."""
    found = [
        f"{name}.{field}"
        for name, schema in request_schemas()
        for field, prop in schema["properties"].items()
        if field not in schema.get("required", ()) and not nullable(prop)
    ]
    assert found == []
    required = [f for _, s in request_schemas() for f in s.get("required", ())]
    assert "prompt" in required and "effect_scene" in required  # required stay non-null


@pytest.mark.parametrize(
    ("path", "body"),
    [
        (GEN, KUAISHOU_IMAGE | {"image_fidelity": None, "human_fidelity": None, "n": None}),
        (T2V, {"prompt": "p", "negative_prompt": None, "camera_control": None, "cfg_scale": None}),
        (T2V, {"prompt": "p", "camera_control": {"type": "simple",
                                                  "config": {"zoom": 5, "pan": None}}}),
        (I2V, {"image": URL, "image_tail": None, "static_mask": None, "dynamic_masks": None}),
        (FX, {"effect_scene": "hug_pro", "input": {"images": [URL, URL2], "image": None}}),
        (OMNI, {"prompt": "p", "model_name": None, "watermark_info": {"enabled": None}}),
    ],
)  # fmt: skip
def test_null_in_an_optional_field_is_not_set(path: str, body: dict[str, Any]) -> None:
    assert sent(path, body) == []
    assert check_request(load_spec(), "POST", path, body).problems == []


def test_null_in_a_required_field_is_still_refused() -> None:
    assert ("prompt", "expected string, got null") in refused(T2V, {"prompt": None})


def test_without_nulls_at_any_depth() -> None:
    body = {"a": None, "b": {"c": None, "d": 1}, "e": [{"f": None}, None, 2]}
    assert without_nulls(body) == {"b": {"d": 1}, "e": [{}, None, 2]}


def test_the_client_never_sends_null() -> None:
    from kling_api.models import WatermarkInfo

    bodies: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(request.content)
        data = {"task_id": "1", "task_status": "submitted"}
        return httpx.Response(200, json={"code": 0, "message": "SUCCEED", "data": data})

    key = "k" * 32
    transport = httpx.MockTransport(answer)
    with (
        Kling(api_key=key, transport=transport, max_retries=0) as client,
        warnings.catch_warnings(record=True),
    ):
        warnings.simplefilter("always")
        client.images.generations.create(KUAISHOU_IMAGE, negative_prompt=None)
        client.videos.text2video.create(
            {"prompt": "p", "camera_control": None},
            watermark_info=WatermarkInfo(enabled=None),
        )
    assert len(bodies) == 2 and all(b"null" not in body for body in bodies)
    assert json.loads(bodies[0])["image_fidelity"] == 0.5
    assert json.loads(bodies[1])["watermark_info"] == {}


# ------------------------------------------------------------------ refuse only what Kling refuses
IMAGE_MODELS = [None, *SCHEMAS["ImageGenerationModelName"]["enum"]]


@pytest.mark.parametrize("model", IMAGE_MODELS)
@pytest.mark.parametrize(
    "extra", [{}, {"image": URL, "image_reference": "face"}], ids=["no image", "face reference"]
)
def test_kuaishou_fidelities_are_warnings_on_every_image_model(
    model: str | None, extra: dict[str, Any]
) -> None:
    if model in (None, "kling-v1") and extra:
        pytest.skip("kling-v1 (the default) takes no face reference (a capability, refused)")
    if model == "kling-v2" and extra:
        pytest.skip("kling-v2 takes no reference image at all (a capability, refused)")
    body = {**KUAISHOU_IMAGE, "model_name": model, **extra}
    found = sent(GEN, body)
    assert (IgnoredFieldWarning, "human_fidelity") in [(c, m.split(":")[0]) for c, m in found]
    if not extra:
        assert any(m.startswith("image_fidelity: ") for _, m in found)


def video_creates() -> Iterator[tuple[str, str | None]]:
    """(path, model) for every /v1 video create (the task families of kind video, and
    identify-face) and every model its schema names (and none)."""
    creates = {f.path for f in FAMILIES.values() if f.kind == "video"} | {
        "/v1/videos/identify-face"
    }
    for path, item in load_spec()["paths"].items():
        post = item.get("post", {})
        name = post.get("requestBody", {}).get("content", {}).get("application/json", {})
        ref = name.get("schema", {}).get("$ref", "")
        if path not in creates or not ref:
            continue
        schema = SCHEMAS[ref.rsplit("/", 1)[1]]
        model = schema["properties"].get("model_name", {})
        enums = [m["$ref"] for m in model.get("anyOf", ()) if "$ref" in m]
        names = SCHEMAS[enums[0].rsplit("/", 1)[1]]["enum"] if enums else []
        for value in [None, *names]:
            yield path, value


MINIMAL_VIDEO: dict[str, dict[str, Any]] = {
    T2V: {"prompt": "p"},
    I2V: {"image": URL},
    "/v1/videos/video-extend": {"video_id": "867283741759111202"},
    "/v1/videos/lip-sync": {"input": {"mode": "audio2video", "video_id": "v", "audio_type": "url",
                                      "audio_url": URL}},
    FX: {"effect_scene": "hug_pro", "input": {"images": [URL, URL2]}},
    "/v1/videos/multi-image2video": {"image_list": [{"image": URL}], "prompt": "p"},
    "/v1/videos/motion-control": {"image_url": URL, "video_url": URL, "mode": "std"},
    "/v1/videos/avatar/image2video": {"image": URL, "audio_id": "a"},
    OMNI: {"prompt": "p"},
    "/v1/videos/advanced-lip-sync": {"session_id": "s", "face_choose": [{"face_id": "0",
                                                                         "audio_id": "a"}]},
    "/v1/videos/identify-face": {"video_id": "v"},
    "/v1/videos/multi-elements": {"session_id": "s", "edit_mode": "removal", "prompt": "p"},
}  # fmt: skip


@pytest.mark.parametrize(("path", "model"), list(video_creates()))
def test_sound_off_passes_on_every_video_create_whatever_the_model(
    path: str, model: str | None
) -> None:
    body: dict[str, Any] = {**MINIMAL_VIDEO[path], "sound": "off"}
    if model is not None:
        body["model_name"] = model
    for _, message in sent(path, body):
        assert message.startswith(("sound", "model_name", "duration")), message


def test_sound_off_warning_names_the_model_that_ignores_it() -> None:
    assert sent(T2V, {"prompt": "p", "sound": "off"}) == [
        (IgnoredFieldWarning,
         "sound: sound off has no effect with kling-v1 (sent; Kling ignores it)")
    ]  # fmt: skip
    assert sent(T2V, {"prompt": "p", "sound": "off", "model_name": "kling-v2-6"}) == []
    assert refused(T2V, {"prompt": "p", "sound": "on"})[0][0] == "sound"  # on needs a model


def test_every_rule_says_whether_it_is_a_refusal_or_a_warning() -> None:
    rules = [r for s in SCHEMAS.values() for r in s.get("x-kling-rules", ())]
    assert rules and {r["severity"] for r in rules} == {"error", "warning"}


# ------------------------------------------------------------------ 2026 changes (item 4)
def test_mode_4k_where_documented() -> None:
    assert sent(T2V, {"prompt": "p", "model_name": "kling-v3", "mode": "4k"}) == []
    assert sent(I2V, {"image": URL, "model_name": "kling-v3", "mode": "4k", "sound": "on"}) == []
    assert refused(T2V, {"prompt": "p", "mode": "4k", "model_name": "kling-v2-6"}) == [
        ("mode", "'4k' is not one of std, pro for kling-v2-6")
    ]
    assert sent(OMNI, {"prompt": "p", "model_name": "kling-v3-omni", "mode": "4k"}) == []
    video = {"prompt": "p", "video_list": [{"video_url": URL}], "mode": "4k"}
    assert refused(OMNI, {**video, "model_name": "kling-v3-omni"})[0][0] == "video_list"
    assert refused(OMNI, {"prompt": "p", "mode": "4k"})[0][0] == "mode"  # kling-video-o1


def test_multi_shot_with_an_end_frame_needs_kling_v3() -> None:
    shots = {"multi_shot": True, "shot_type": "intelligence", "image": URL, "image_tail": URL2}
    assert sent(I2V, {**shots, "model_name": "kling-v3"}) == []
    assert "image_tail" in {f for f, _ in refused(I2V, {**shots, "model_name": "kling-v2-6"})}


def test_the_219_scenes_of_2026_with_their_inputs() -> None:
    dual, single = set(SCENES["x-kling-dual-image"]), set(SCENES["x-kling-single-image"])
    assert set(SCENES["enum"]) == dual | single and not dual & single
    assert dual >= DUAL_2026 and len(dual - DUAL_2026) == 4  # hug, kiss, heart_gesture, fight
    assert len(set(SCENES["enum"])) == len(SCENES["enum"]) >= 219 + len(DISCONTINUED) - 1
    assert sent(FX, {"effect_scene": "hug_pro", "input": {"images": [URL, URL2]}}) == []
    assert sent(FX, {"effect_scene": "net_the_fish", "input": {"image": URL}}) == []
    assert refused(FX, {"effect_scene": "fight_pro", "input": {"image": URL}})[0][0] == (
        "input.images"
    )
    assert refused(FX, {"effect_scene": "net_the_fish", "input": {}})[0][0] == "input.image"
    assert sent(FX, {"effect_scene": "net_the_fish", "input": {"image": URL, "images": None}}) == []


@pytest.mark.parametrize(("scene", "since"), sorted(DISCONTINUED.items()))
def test_discontinued_scenes_are_sent_with_a_deprecated_warning(scene: str, since: str) -> None:
    key = "images" if scene in SCENES["x-kling-dual-image"] else "image"
    body = {"effect_scene": scene, "input": {key: [URL, URL2] if key == "images" else URL}}
    found = sent(FX, body)
    assert (DeprecatedWarning, f"effect_scene: {scene!r} is discontinued since {since}: "
            "Kling refuses it; sending it anyway") in found  # fmt: skip
    retired = check_request(load_spec(), "POST", FX, body).retired
    assert retired == [("effect_scene", f"{scene!r} is discontinued since {since}")]


def test_a_model_retirement_is_a_spec_edit() -> None:
    spec = json.loads(json.dumps(load_spec()))
    marks = {"kling-v1": {"status": "discontinued", "since": "2027-01-01"},
             "kling-v1-6": {"status": "deprecated"}}  # fmt: skip
    spec["components"]["schemas"]["TextToVideoModelName"]["x-kling-lifecycle"] = marks
    gone = check_request(spec, "POST", T2V, {"prompt": "p", "model_name": "kling-v1"})
    assert gone.problems == [] and gone.retired == [
        ("model_name", "'kling-v1' is discontinued since 2027-01-01")
    ]
    old = check_request(spec, "POST", T2V, {"prompt": "p", "model_name": "kling-v1-6"})
    assert old.retired == [] and [old.kind(w) for w in old.warnings] == ["deprecated"]
    assert old.warnings == [("model_name", "'kling-v1-6' is deprecated; sending it anyway")]


def test_image_generation_kling_v3() -> None:
    v3 = {"prompt": "p", "model_name": "kling-v3", "n": 9, "aspect_ratio": "21:9"}
    elements = [{"element_id": 1}]
    assert sent(GEN, {**v3, "resolution": "2k", "element_list": elements}) == []
    assert refused(GEN, {**v3, "n": 10}) == [("n", "10 is more than the maximum 9")]
    assert refused(GEN, {**v3, "resolution": "4k"})[0][0] == "resolution"


def test_unknown_values_and_fields_are_unknown_field_warnings() -> None:
    assert [c for c, _ in sent(FX, {"effect_scene": "brand_new", "input": {}})] == [
        UnknownFieldWarning
    ]


def test_new_result_fields_are_parsed_and_typed() -> None:
    from kling_api.models import BalanceDeduction, TaskAudio, TaskVideo, WatermarkInfo

    task = Task.from_dict({
        "task_id": "1", "task_status": "succeed", "final_unit_deduction": "2",
        "final_balance_deduction": {"quota": "0.35", "list_price": "0.49"},
        "watermark_info": {"enabled": True},
        "task_info": {"parent_video": {"id": "v0", "url": URL, "duration": "5"}},
        "task_result": {
            "videos": [{"id": "v1", "url": URL, "watermark_url": URL2}],
            "images": [{"index": 0, "url": URL, "watermark_url": URL2}],
            "audios": [{"audio_id": "a1", "id": "a1", "url_mp3": URL, "url_wav": URL2,
                        "duration_mp3": "3.0", "duration_wav": 3.0}],
        },
    })  # fmt: skip
    raw = task.raw
    assert isinstance(raw.final_balance_deduction, BalanceDeduction)
    assert (raw.final_balance_deduction.quota, raw.final_balance_deduction.list_price) == (
        "0.35",
        "0.49",
    )
    assert task.final_unit_deduction == "2" and isinstance(task.watermark_info, WatermarkInfo)
    assert isinstance(raw.task_info.parent_video, TaskVideo)  # type: ignore[union-attr]
    result = raw.task_result
    assert result.videos[0].watermark_url == URL2  # type: ignore[union-attr,index]
    assert result.images[0].watermark_url == URL2  # type: ignore[union-attr,index]
    audio = result.audios[0]  # type: ignore[union-attr,index]
    assert isinstance(audio, TaskAudio) and (audio.audio_id, audio.id) == ("a1", "a1")
    assert (audio.url_mp3, audio.duration_wav) == (URL, 3.0)


def test_rule_data_pointers_and_the_simulators_view() -> None:
    from kling_ext._spec._validate_rules import resolve_from

    spec = {"a": {"b/c": [1, 2]}}
    assert resolve_from(spec, {"x": [{"$from": "#/a/b~1c"}]}) == {"x": [[1, 2]]}
    with pytest.raises(ValueError, match="points to nothing"):
        resolve_from(spec, {"$from": "#/a/nothing"})
    body = {"prompt": "p", "cfg_scale": "high", "duration": "7"}  # schema and capability
    full = check_request(load_spec(), "POST", T2V, body)
    cross = check_request(load_spec(), "POST", T2V, body, shape=False)
    assert [f for f, _ in full.problems] == ["cfg_scale", "duration"]
    assert [f for f, _ in cross.problems] == ["duration"]  # Prism checks the schema
