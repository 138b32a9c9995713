"""The new standard (model in the path): validate() and parse() take the concrete path, the
capability map of each model is enforced with the field and the rule named, an unknown model is
sent with a warning, and every answer reads into the one Task type."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from kling_ext import (
    IgnoredFieldWarning,
    KlingWarning,
    Task,
    UnexpectedResponseError,
    UnknownFieldWarning,
    ValidationError,
    parse,
    parse_callback,
    validate,
)
from kling_ext._spec import _outputs
from kling_ext._spec._document import load_spec
from kling_ext._spec._standard import TaskPage, result, standard_families, standard_family
from kling_ext._spec._standard_rules import check_models, model_of
from kling_ext._spec._validate_schema import SchemaChecker

T2V = "/text-to-video/kling-3.0-turbo"
FRAME = {"type": "first_frame", "url": "https://example.com/a.png"}
VIDEO = {"type": "video", "url": "https://example.com/m.mp4"}


def problems(path: str, body: Any) -> list[tuple[str, str]]:
    try:
        validate("POST", path, body)
    except ValidationError as exc:
        return list(exc.problems)
    return []


# ------------------------------------------------------------------------------ spec coverage


def test_every_documented_model_path_is_in_the_spec_and_its_map() -> None:
    spec = load_spec()
    expected = {
        "/text-to-video/{model}": {"kling-3.0-turbo", "kling-3.0", "kling-2.6", "kling-2.5-turbo"},
        "/image-to-video/{model}": {"kling-3.0-turbo", "kling-3.0", "kling-2.6", "kling-2.5-turbo"},
        "/omni-video/{model}": {"kling-3.0-omni", "kling-o1"},
        "/motion-control/{model}": {"kling-3.0", "kling-2.6"},
    }
    checker = SchemaChecker(spec)
    for path, models in expected.items():
        item = spec["paths"][path]
        enum = checker.resolve(item["parameters"][0]["schema"]["anyOf"][0])["enum"]
        assert set(enum) == models
        assert {"type": "string"} in item["parameters"][0]["schema"]["anyOf"]  # open enum
        body = checker.resolve(item["post"]["requestBody"]["content"]["application/json"]["schema"])
        assert set(body["x-kling-models"]) == models
        assert item["post"]["security"] == [{"apiKey": []}]
    assert spec["components"]["securitySchemes"]["apiKey"]["scheme"] == "bearer"


def test_the_family_table_carries_the_standard() -> None:
    fams = standard_families()
    assert {f.attribute for f in fams.values()} == {
        "text_to_video",
        "image_to_video",
        "omni_video",
        "motion_control",
        "tasks",
    }
    t2v = standard_family("text-to-video")
    assert t2v.is_standard_task and not t2v.is_task and t2v.standard == "standard"
    assert standard_family(t2v) is t2v
    assert not standard_family("tasks").is_standard_task
    with pytest.raises(ValueError, match="unknown new-standard family 'zoom'"):
        standard_family("zoom")


EXAMPLE_MODELS = {  # each request example of the spec and the model its summary names
    "StandardTextToVideoRequestTurbo": "kling-3.0-turbo",
    "StandardTextToVideoRequestAudio": "kling-2.6",
    "StandardImageToVideoRequestFirstFrame": "kling-3.0-turbo",
    "StandardImageToVideoRequestFirstLast": "kling-2.5-turbo",
    "StandardOmniVideoRequestReference": "kling-3.0-omni",
    "StandardOmniVideoRequestText": "kling-o1",
    "StandardMotionControlRequestBasic": "kling-3.0",
}


def test_request_examples_pass_their_models_without_warnings() -> None:
    spec = load_spec()
    seen = set()
    for path, item in spec["paths"].items():
        if "{model}" not in path:
            continue
        for example in item["post"]["requestBody"]["content"]["application/json"][
            "examples"
        ].values():
            name = example["$ref"].rsplit("/", 1)[-1]
            seen.add(name)
            value = spec["components"]["examples"][name]["value"]
            validate("POST", path.replace("{model}", EXAMPLE_MODELS[name]), value)
    assert seen == set(EXAMPLE_MODELS)


# ------------------------------------------------------------------------------ validation


def test_a_valid_turbo_request_passes_without_warnings() -> None:
    validate("POST", T2V, {"prompt": "a fox", "settings": {"resolution": "1080p", "duration": 8}})
    validate(
        "post", "https://api.example.com/image-to-video/kling-3.0-turbo", {"contents": [FRAME]}
    )


def test_a_bad_setting_for_the_model_names_field_and_rule() -> None:
    assert problems(T2V, {"prompt": "x", "settings": {"resolution": "4k"}}) == [
        ("settings.resolution", "'4k' is not accepted by kling-3.0-turbo (accepted: 720p, 1080p)")
    ]
    assert problems("/text-to-video/kling-2.6", {"prompt": "x", "settings": {"duration": 7}}) == [
        ("settings.duration", "7 is not accepted by kling-2.6 (accepted: 5, 10)")
    ]
    validate("POST", "/text-to-video/kling-3.0", {"prompt": "x", "settings": {"resolution": "4k"}})


def test_prompt_limits_per_model() -> None:
    validate("POST", T2V, {"prompt": "x" * 3072})
    assert problems("/text-to-video/kling-2.6", {"prompt": "x" * 2501}) == [
        ("prompt", "2501 characters, at most 2500 for kling-2.6")
    ]
    assert problems(T2V, {"prompt": "x" * 3073}) == [("prompt", "3073 characters, at most 3072")]
    i2v = {"contents": [{"type": "prompt", "text": "x" * 2501}, FRAME]}
    assert problems("/image-to-video/kling-3.0-turbo", i2v) == [
        ("contents[0].text", "2501 characters, at most 2500 for kling-3.0-turbo")
    ]
    validate("POST", "/image-to-video/kling-3.0", i2v)


def test_unknown_and_unaccepted_content_types() -> None:
    body = {"contents": [{"type": "sticker", "url": "u"}, FRAME]}
    (field, rule), *_ = problems("/image-to-video/kling-3.0", body)
    assert field == "contents[0].type" and rule.startswith("'sticker' is not one of prompt")
    body = {"contents": [FRAME, {"type": "voice", "voice_id": "v", "id": "1"}]}
    assert problems("/image-to-video/kling-3.0-turbo", body) == [
        (
            "contents[1].type",
            "'voice' items are not accepted by kling-3.0-turbo (accepted: prompt, first_frame)",
        )
    ]


def test_content_counts_and_fields() -> None:
    assert problems(
        "/image-to-video/kling-3.0", {"contents": [{"type": "prompt", "text": "x"}]}
    ) == [("contents", "a first_frame item is required by kling-3.0")]
    elements = [{"type": "element", "element_id": 7, "id": f"e{i}"} for i in range(4)]
    assert problems("/image-to-video/kling-3.0", {"contents": [FRAME, *elements]}) == [
        ("contents", "4 element items, at most 3 for kling-3.0")
    ]
    body = {"contents": [{"type": "first_frame"}, {"type": "element", "element_id": "e"}]}
    assert problems("/image-to-video/kling-3.0", body) == [
        ("contents[0].url", "required for a first_frame item"),
        ("contents[1].id", "required for a element item"),
    ]


def test_conditional_rules() -> None:
    both = [FRAME, {"type": "last_frame", "url": "u"}]
    assert problems("/image-to-video/kling-2.5-turbo", {"contents": both}) == [
        ("settings.resolution", "kling-2.5-turbo takes a first and a last frame in 1080p only")
    ]
    validate(
        "POST",
        "/image-to-video/kling-2.5-turbo",
        {"contents": both, "settings": {"resolution": "1080p"}},
    )
    voice = {"type": "voice", "voice_id": "v", "id": "1"}
    assert problems("/image-to-video/kling-2.6", {"contents": [FRAME, voice]}) == [
        (
            "settings.audio",
            "a voice needs settings.audio native (audio off has no voice) (kling-2.6)",
        )
    ]
    assert problems("/omni-video/kling-o1", {"contents": [FRAME], "settings": {"duration": 7}}) == [
        ("settings.duration", "kling-o1 from a first frame alone makes 5 s or 10 s videos")
    ]
    refs = [{"type": "refer_image", "url": "u"}] * 5
    feature = {"type": "feature_video", "url": "https://example.com/v.mp4"}
    body = {"contents": [feature, *refs], "settings": {"multi_shot": True, "audio": "off"}}
    assert problems("/omni-video/kling-3.0-omni", body) == [
        (
            "contents",
            "reference images and elements together at most 4 with a reference video"
            " (kling-3.0-omni)",
        )
    ]


def test_uncertain_rules_and_ignored_settings_are_warnings() -> None:
    with pytest.warns(KlingWarning, match="aspect_ratio is required"):
        validate("POST", "/omni-video/kling-o1", {"contents": [{"type": "prompt", "text": "x"}]})
    with pytest.warns(KlingWarning, match="character_orientation as required"):
        validate("POST", "/motion-control/kling-2.6", {"contents": [VIDEO]})
    with pytest.warns(
        IgnoredFieldWarning, match="settings.audio: not a setting of kling-3.0-turbo"
    ):
        validate("POST", T2V, {"prompt": "x", "settings": {"audio": "native"}})
    with pytest.warns(IgnoredFieldWarning, match="takes none"):
        check_models(
            {"x-kling-models": {"m": {"prompt_max": 5}}},
            dict,
            "/x/{model}",
            "/x/m",
            {"settings": {"a": 1}},
        ).emit()


def test_an_unknown_model_is_sent_with_a_warning_and_not_judged() -> None:
    with pytest.warns(
        UnknownFieldWarning, match="model 'kling-4.0' is not in the spec's capability map"
    ):
        validate(
            "POST", "/text-to-video/kling-4.0", {"prompt": "x", "settings": {"resolution": "4k"}}
        )
    with pytest.raises(ValidationError, match="prompt"):  # the schema still applies
        validate("POST", "/text-to-video/kling-4.0", {"settings": {}})


def test_post_tasks_body_and_filter_values() -> None:
    validate(
        "POST", "/tasks", {"limit": 500, "start_time": "1781193600000", "end_time": 1781280000000}
    )
    assert problems("/tasks", {"limit": 501}) == [("limit", "501 is more than the maximum 500")]
    with pytest.warns(UnknownFieldWarning, match="'succeed' is not a documented status"):
        validate("POST", "/tasks", {"filters": [{"key": "status", "values": ["succeed"]}]})


def test_model_of_and_check_models_edges() -> None:
    assert model_of("/text-to-video/{model}", "/text-to-video/kling-3.0") == "kling-3.0"
    assert model_of("/text-to-video/{model}", "/text-to-video/{model}") is None
    assert model_of("/tasks", "/tasks") is None
    assert model_of("/text-to-video/{model}", "/text-to-video/a/b") is None
    empty = check_models({}, dict, "/x", "/x", [1])
    assert empty.problems == [] and empty.warnings == []
    validate("POST", "/text-to-video/{model}", {"prompt": "x"})  # a template: not judged
    odd = {"contents": ["not an object", FRAME], "filters": [1, {"key": "status"}]}
    schema: dict[str, Any] = {"properties": {"contents": {}, "filters": {}}}
    assert check_models(schema, dict, "/x", "/x", odd).problems == []
    caps = {"x-kling-models": {"m": {"rules": [{"when": {}, "then": {"settings.a": 1}}]}}}
    assert check_models(caps, dict, "/x/{model}", "/x/m", {}).problems == [
        ("settings.a", "not supported (m)")
    ]


# ------------------------------------------------------------------------------ parsing

SUCCEEDED = {
    "id": "t1",
    "status": "succeeded",
    "message": "",
    "create_time": 1781080778802,
    "update_time": 1781080794151,
    "external_id": "ext-1",
    "outputs": [
        {"type": "video", "id": "v1", "url": "https://cdn/v.mp4", "duration": "5"},
        {"type": "image", "url": "https://cdn/i.png", "group_id": "g"},
        {
            "type": "audio",
            "id": "a1",
            "mp3_url": "https://cdn/a.mp3",
            "wav_url": "https://cdn/a.wav",
        },
        {"type": "voice", "id": "vo", "name": "sweet", "owned_by": "kling", "status": "succeeded"},
        {
            "type": "element",
            "id": "e",
            "element_type": "multi_image_elements",
            "references": [{"type": "image", "role": "frontal", "url": "https://cdn/f.png"}],
            "tags": [{"id": 3, "name": "hero"}, {"id": "x"}],
        },
        {"type": "hologram", "url": "https://cdn/h"},
        "junk",
    ],
    "billing": [
        {"charge_type": "unit", "amount": "8.0", "package_type": "video"},
        {"charge_type": "cash", "amount": "n/a"},
        {"charge_type": "cash", "amount": 1.5},
    ],
}


def test_parse_reads_the_concrete_path_into_task() -> None:
    created = {"code": 0, "data": {"id": "t1", "status": "submitted", "external_id": "ext-1"}}
    task = parse("POST", T2V, 200, json.dumps(created))
    assert isinstance(task, Task) and task.standard == "standard"
    assert (task.id, task.status, task.state, task.external_task_id) == (
        "t1",
        "submitted",
        "submitted",
        "ext-1",
    )
    batch = parse("GET", "/tasks?task_ids=t1", 200, {"code": 0, "data": [SUCCEEDED, 5]})
    assert [t.id for t in batch] == ["t1"]
    page = parse(
        "POST",
        "/tasks",
        200,
        {
            "code": 0,
            "data": {"result": [SUCCEEDED], "next_cursor": "c", "has_more": True, "count": 1},
        },
    )
    assert isinstance(page, TaskPage) and len(page) == 1 and [t.id for t in page] == ["t1"]
    assert (page.next_cursor, page.has_more, page.count) == ("c", True, 1)
    last = result(
        "StandardTaskPage",
        False,
        {"data": {"result": None, "next_cursor": "", "has_more": "no", "count": True}},
    )
    assert (last.tasks, last.next_cursor, last.has_more, last.count) == ([], None, False, None)
    with pytest.raises(UnexpectedResponseError, match="'data' is list, expected dict"):
        parse("POST", T2V, 200, {"code": 0, "data": []})


def test_the_task_type_reads_outputs_billing_and_both_status_spellings() -> None:
    task = Task.from_standard(SUCCEEDED)
    assert task.succeeded and task.is_done and task.state == "succeeded"
    assert task.video_urls == ["https://cdn/v.mp4"] and task.image_urls == ["https://cdn/i.png"]
    assert task.audio_urls == ["https://cdn/a.mp3"]
    assert task.created_at is not None and task.created_at.year == 2026
    kinds = [o.type for o in task.outputs]
    assert kinds == ["video", "image", "audio", "voice", "element", "hologram"]
    unknown = task.outputs[-1]
    assert isinstance(unknown, _outputs.UnknownOutput) and unknown.data["url"] == "https://cdn/h"
    element = task.outputs[4]
    assert isinstance(element, _outputs.ElementOutput)
    assert element.references[0].role == "frontal" and [t.id for t in element.tags] == [3, None]
    assert [b.amount_decimal for b in task.billing] == [Decimal("8.0"), None, Decimal("1.5")]
    assert _outputs.output({}).type == "" and _outputs.Billing().amount_decimal is None
    legacy = Task.from_dict({"task_id": "l", "task_status": "succeed", "final_unit_deduction": "2"})
    assert legacy.state == "succeeded" and legacy.billing[0].amount == "2" and legacy.outputs == []
    assert Task.from_standard({"status": "queued"}).state == "unknown"
    assert Task.from_standard({"status": "failed"}).state == "failed"


def test_legacy_results_map_onto_the_same_output_types() -> None:
    legacy = Task.from_dict(
        {
            "task_id": "l",
            "task_status": "succeed",
            "task_result": {
                "videos": [{"id": "v", "url": "https://cdn/v.mp4", "duration": "5.1"}],
                "images": [{"index": 0, "url": "https://cdn/i.png"}],
                "audios": [{"audio_id": "a", "url_mp3": "https://cdn/a.mp3", "duration_mp3": 5}],
            },
        }
    )
    video, image, audio = legacy.outputs
    assert isinstance(video, _outputs.VideoOutput) and video.duration == "5.1"
    assert isinstance(image, _outputs.ImageOutput) and image.url == "https://cdn/i.png"
    assert isinstance(audio, _outputs.AudioOutput) and (audio.id, audio.mp3_duration) == ("a", "5")


def test_a_signed_callback_body_parses() -> None:
    task = parse_callback(json.dumps(SUCCEEDED))
    assert task.standard == "standard" and task.id == "t1" and task.succeeded
    assert task.to_dict()["external_id"] == "ext-1"
    assert parse_callback({"task_id": "l", "task_status": "succeed"}).standard == "legacy"


def test_request_builders_refuse_bad_input() -> None:
    from kling_ext._spec._standard import get_kwargs, list_body

    with pytest.raises(ValidationError, match="at least one id"):
        get_kwargs([])
    assert list_body(start_time=1781193600000, end_time="1781280000000") == {
        "start_time": 1781193600000,
        "end_time": 1781280000000,
    }
    assert _outputs.billing([1, {"amount": True, "charge_type": "unit"}]) == [
        _outputs.Billing(charge_type="unit")
    ]
    caps = {"x-kling-models": {"m": {"settings": {"a": [1]}}}}
    unset = check_models(caps, dict, "/x/{model}", "/x/m", {"settings": {"a": None}})
    assert unset.problems == [] and unset.warnings == []  # an unset setting is not judged
