"""The shortcuts that keep per-call overhead low change when work happens, never the result."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from kling_api.models import Task as RawTask
from kling_ext import Task, ValidationError
from kling_ext._spec import _codes, _validate_plan
from kling_ext._spec._document import load_spec
from kling_ext._spec._responses import task_from_payload, tasks_from_payload
from kling_ext._spec._validate import check_request

T2V = "/v1/videos/text2video"
TASK: dict[str, Any] = {
    "task_id": "t-1",
    "task_status": "succeed",
    "task_status_msg": "",
    "created_at": 1722769557708,
    "updated_at": 1722769558708,
    "task_info": {"external_task_id": "mine"},
    "task_result": {"videos": [{"id": "v", "url": "https://x.test/v.mp4", "duration": "5"}]},
    "brand_new": {"kept": True},
}


def test_a_lazy_task_reads_like_an_eager_one() -> None:
    lazy, eager = task_from_payload({"code": 0, "data": dict(TASK)}), Task(RawTask.from_dict(TASK))
    assert lazy._raw is None  # nothing parsed yet
    names = ("id", "status", "status_message", "created_at", "updated_at", "state")
    assert [getattr(lazy, n) for n in names] == [getattr(eager, n) for n in names]
    assert lazy._raw is None  # the plain accessors read the JSON object
    assert lazy.video_urls == ["https://x.test/v.mp4"] and lazy.external_task_id == "mine"
    assert lazy._data is None and lazy.raw is lazy.raw  # parsed once, then the model
    assert lazy == eager and lazy.to_dict() == eager.to_dict() == TASK
    assert lazy.additional_properties == {"brand_new": {"kept": True}}
    assert lazy.status == "succeed"  # from the model now
    lazy.raw = RawTask.from_dict({**TASK, "task_status": "failed"})  # still assignable
    assert lazy.status == "failed" and lazy.raw.task_status == "failed"


def test_a_lazy_list_skips_what_is_not_an_object() -> None:
    tasks = tasks_from_payload({"code": 0, "data": [TASK, "odd", {"task_id": "t-2"}]})
    assert [t.id for t in tasks] == ["t-1", "t-2"]
    assert tasks[1].raw.task_id == "t-2"


def test_validation_plans_follow_the_spec_object() -> None:
    body = {"prompt": "p", "model_name": "kling-v1"}
    assert check_request(load_spec(), "POST", T2V, body).retired == []
    edited = json.loads(json.dumps(load_spec()))  # a new object: its own plans
    marks = {"kling-v1": {"status": "discontinued", "since": "2027-01-01"}}
    edited["components"]["schemas"]["TextToVideoModelName"]["x-kling-lifecycle"] = marks
    assert check_request(edited, "POST", T2V, body).retired != []
    assert check_request(load_spec(), "POST", T2V, body).retired == []


def test_the_plan_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_validate_plan, "_PLAN_LIMIT", 2)
    spec = load_spec()
    for n in range(5):
        check_request(spec, "GET", f"{T2V}/{n}", None)
    assert _validate_plan._plans is not None and len(_validate_plan._plans[1]) <= 2
    with pytest.raises(ValidationError, match="must be strings"):
        check_request(spec, "POST", None, {})  # type: ignore[arg-type]


def test_remembered_findings_tell_json_types_apart() -> None:
    spec, base = load_spec(), {"prompt": "p", "model_name": "kling-v1"}
    false = check_request(spec, "POST", T2V, {**base, "multi_shot": False})
    zero = check_request(spec, "POST", T2V, {**base, "multi_shot": 0})  # False == 0 in Python
    assert false.problems == [] and zero.problems != []
    edited = json.loads(json.dumps(spec))  # a fresh plan: nothing remembered
    assert check_request(edited, "POST", T2V, {**base, "multi_shot": 0}) == zero


def test_capability_tables_of_an_unread_shape_are_judged_every_time() -> None:
    from kling_ext._spec._validate_plan import capability_reads

    assert capability_reads([{"model_field": "m", "models": {"a": {"allowed": {"x": ["1"]}}}}])
    odd: list[dict[str, Any]] = [
        {"model_field": 5},
        {"model_field": "m", "when": ["not", "a", "mapping"]},
        {"model_field": "m", "features": ["list"]},
        {"model_field": "m", "features": {"f": {"all_set": "x"}}},
        {"model_field": "m", "features": {"f": {"all_set": [1]}}},
        {"model_field": "m", "features": {"f": {"when": {1: "x"}}}},
        {"model_field": "m", "models": {"a": {"features": {"f": "x"}}}},
        {"model_field": "m", "models": {"a": {"ignored": ["x"]}}},
        {"model_field": "m", "models": {"a": "x"}},
    ]
    assert [capability_reads([table]) for table in odd] == [None] * len(odd)


def test_remembered_fields_and_findings_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_validate_plan, "_PLAN_LIMIT", 1)
    spec = json.loads(json.dumps(load_spec()))  # its own plans
    for model in ("kling-v1", "kling-v1-6", "kling-v1"):
        body = {"prompt": "p" * 300, "model_name": model, "mode": "std"}  # a long prompt
        assert check_request(spec, "POST", T2V, body).problems == []
    found = _validate_plan.plan(spec, "post", T2V)
    assert len(found.clean) <= 1 and len(found.judged) <= 1


def test_tables_of_an_unread_shape_are_still_judged() -> None:
    spec = json.loads(json.dumps(load_spec()))
    schema = spec["components"]["schemas"]["TextToVideoRequest"]
    schema["x-kling-capabilities"][0]["when"] = {"prompt": "$set"}
    schema["x-kling-capabilities"][0]["features"]["odd"] = {"all_set": "model"}  # not a list
    assert _validate_plan.plan(spec, "post", T2V).reads is None
    body = {"prompt": "p", "model_name": "kling-v1", "mode": "4k"}
    assert check_request(spec, "POST", T2V, body).problems == [
        ("mode", "'4k' is not one of std, pro for kling-v1")
    ]


def test_an_error_code_is_an_immutable_value() -> None:
    from kling_ext.spec import ErrorCode, error_codes

    row = error_codes()[1200]
    same = ErrorCode(**{name: getattr(row, name) for name in _codes._FIELDS})
    assert row == same and hash(row) == hash(same) and row != (1200,)
    assert repr(row).startswith("ErrorCode(code=1200, http_status=400, error=")
    with pytest.raises(AttributeError, match="immutable"):
        row.code = 1
    with pytest.raises(AttributeError, match="immutable"):
        del row.meaning


def test_import_kling_ext_leaves_the_heavy_modules_for_later() -> None:
    code = (
        "import sys, kling_ext; kling_ext.Task; "
        "print(sorted({'dataclasses', 'datetime', 'kling_ext._spec._outputs'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_external_task_ids_are_version_4_uuids() -> None:
    import uuid

    from kling_ext import new_external_task_id

    ids = [new_external_task_id() for _ in range(200)]
    assert len(set(ids)) == len(ids)
    for found in ids:
        parsed = uuid.UUID(hex=found[-32:])  # after the recognisable prefix
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and found[:-32]
