"""The create success path's shortcuts: one pass for strict JSON and nulls on a body of plain
scalars, a validation verdict known at once for a quiet body, and the first attempt sent outside
the shared flow, which takes over when it fails."""

from __future__ import annotations

import math
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kling_ext import ValidationError
from kling_ext._core import _drivers as drive
from kling_ext._core._flows import Send, Sleep
from kling_ext._spec._document import load_spec
from kling_ext._spec._requests import without_nulls
from kling_ext._spec._validate import check_request
from kling_ext._spec._validate_plan import plan, quiet
from kling_ext._spec._validate_schema import SchemaChecker
from kling_ext._spec._wire import check_body, clean_body

PATH = "/v1/videos/text2video"

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.just(1 << 13_000),
    st.floats(),
    st.text(max_size=6),
    st.just("\ud800"),
    st.binary(max_size=2),
    st.just(frozenset()),
)
VALUES = st.one_of(
    SCALARS,
    st.lists(SCALARS, max_size=2),
    st.dictionaries(st.text(max_size=2), SCALARS, max_size=2),
)
KEYS = st.one_of(st.text(max_size=4), st.just("\ud800"), st.integers(0, 3))


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(KEYS, VALUES, max_size=4))
def test_clean_body_agrees_with_the_full_walk(body: dict[Any, Any]) -> None:
    clean = clean_body(body)
    if clean is None:  # the caller takes the full walk, which may refuse it
        try:
            check_body(body)
        except ValidationError as exc:
            assert exc.problems
        return
    check_body(body)  # never raises for a body the one pass accepted
    assert clean == without_nulls(body)
    assert clean is not body


def test_keyword_fields_of_str_enums_and_lists_are_sent_as_given() -> None:
    from enum import StrEnum

    from kling_ext._spec._requests import prepare_body

    class Model(StrEnum):
        V1 = "kling-v1"

    fields = {"model_name": Model.V1, "prompt": "a fox", "tags": ["a", 1]}
    body = prepare_body(PATH, "TextToVideoRequest", None, fields, False)
    assert body == {"model_name": "kling-v1", "prompt": "a fox", "tags": ["a", 1]}
    assert body["model_name"] is Model.V1


@pytest.mark.parametrize(
    "body",
    [
        {"prompt": "ünïcode"},
        {"prompt": "\ud800"},
        {"n": 1 << 13_000},
        {"x": math.inf},
        {"x": math.nan},
        {"l": [1]},
        {"d": {}},
        {"b": b"x"},
        {1: "x"},
        {"clé": "x"},
    ],
)
def test_clean_body_leaves_anything_doubtful_to_the_full_walk(body: dict[Any, Any]) -> None:
    assert clean_body(body) is None


def test_clean_body_drops_nulls_and_keeps_plain_scalars() -> None:
    body = {"a": None, "b": True, "c": 3, "d": 0.5, "e": "text"}
    assert clean_body(body) == {"b": True, "c": 3, "d": 0.5, "e": "text"}


def test_the_full_walk_still_refuses_what_the_one_pass_does_not_take() -> None:
    from kling_ext._spec._requests import prepare_body

    with pytest.raises(ValidationError, match="prompt"):
        prepare_body(PATH, "TextToVideoRequest", None, {"prompt": "\ud800"}, False)
    assert prepare_body(PATH, "TextToVideoRequest", {"a": {"b": None}}, {"prompt": "é"}, False) == {
        "a": {},
        "prompt": "é",
    }


def _quiet(body: Any) -> bool:
    return quiet(plan(load_spec(), "POST", PATH), SchemaChecker(load_spec()), body)


def test_the_usual_create_is_quiet_and_has_no_findings() -> None:
    body = {"model_name": "kling-v1", "prompt": "a fox"}
    assert _quiet(body)
    assert check_request(load_spec(), "POST", PATH, body).problems == []


@pytest.mark.parametrize(
    "body",
    [
        {"model_name": "kling-v1", "prompt": "a fox", "cfg_scale": 0.5},  # a rule may fire
        {"model_name": "kling-v1", "prompt": "a fox", "new_field": 1},  # not a property
        {"model_name": "kling-v1", "prompt": 5},  # not clean
        {"model_name": "kling-v1", "prompt": "a fox", "sound": "on"},  # a capability problem
    ],
)
def test_bodies_that_are_not_quiet_take_the_full_check(body: dict[str, Any]) -> None:
    assert not _quiet(body)


def test_a_non_dict_body_or_a_new_standard_body_is_never_quiet() -> None:
    from collections import UserDict

    assert not _quiet(UserDict({"model_name": "kling-v1", "prompt": "a fox"}))
    std = next(
        p
        for p in load_spec()["paths"]
        if not p.startswith("/v1/") and "post" in load_spec()["paths"][p]
    )
    found = plan(load_spec(), "post", std)
    assert not quiet(found, SchemaChecker(load_spec()), {})


class _IO:
    def __init__(self, answers: list[object]) -> None:
        self.answers = answers
        self.sent: list[str] = []
        self.slept: list[float] = []

    def _send(self, method: str, url: str, **kwargs: Any) -> object:
        self.sent.append(url)
        answer = self.answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    def _sleep(self, seconds: float) -> None:
        self.slept.append(seconds)


def _flow() -> Any:
    try:
        first = yield Send("POST", "/first")
    except RuntimeError as exc:
        yield Sleep(1.0)
        second = yield Send("POST", "/again")
        return ("recovered", str(exc), second)
    return ("first", first)


def test_run_continues_a_flow_from_the_failure_of_its_first_request() -> None:
    io = _IO(["second answer"])
    result = drive.run(cast(Any, io), _flow(), failed=RuntimeError("lost"))
    assert result == ("recovered", "lost", "second answer")
    assert io.sent == ["/again"]  # the first request is never sent again by the driver
    assert io.slept == [1.0]


@pytest.mark.anyio
async def test_arun_continues_a_flow_from_the_failure_of_its_first_request() -> None:
    class _AIO(_IO):
        async def _send(self, method: str, url: str, **kwargs: Any) -> object:
            return _IO._send(self, method, url, **kwargs)

        async def _sleep(self, seconds: float) -> None:  # type: ignore[override]
            self.slept.append(seconds)

    io = _AIO(["second answer"])
    result = await drive.arun(cast(Any, io), _flow(), failed=RuntimeError("lost"))
    assert result == ("recovered", "lost", "second answer")
    assert io.sent == ["/again"]


FIELD_VALUES = st.one_of(SCALARS, st.sampled_from([5, 10, "5", True, 1.5, "\ud800", math.inf]))


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["prompt", "duration", "mode", "cfg_scale", "é"]), FIELD_VALUES)
)
def test_keyword_fields_take_the_same_path_as_a_mapping(fields: dict[str, Any]) -> None:
    """Keyword fields alone (the one-pass path) give what the same fields over an empty
    mapping give (the full path), or the same refusal."""
    from kling_ext._spec._requests import prepare_body

    def outcome(request: Any) -> object:
        try:
            return prepare_body(PATH, "TextToVideoRequest", request, fields, False)
        except ValidationError as exc:
            return exc.problems

    assert outcome(None) == outcome({})


def test_ids_drawn_in_batches_are_unique_across_threads() -> None:
    import threading

    from kling_ext import new_external_task_id

    found: list[str] = []

    def draw() -> None:
        found.extend(new_external_task_id() for _ in range(300))

    threads = [threading.Thread(target=draw) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == len(set(found)) == 1200


def test_a_forked_child_never_hands_out_its_parents_drawn_ids() -> None:
    import os

    from kling_ext._core import _safe_create

    _safe_create._ready.extend(_safe_create._draw(2))  # the parent now holds drawn ids
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child's coverage is not collected
        os._exit(0 if not _safe_create._ready else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert _safe_create._ready  # the parent's stay its own


JSON_TEXT = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=4)),
    lambda inner: st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=5,
)


@settings(max_examples=100, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=8).map(lambda tail: b"{" + tail),
        st.builds(
            lambda value, encoding: __import__("json").dumps({"k": value}).encode(encoding),
            JSON_TEXT,
            st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-32-be", "utf-8-sig"]),
        ),
    )
)
def test_reading_an_envelope_agrees_with_json_loads(content: bytes) -> None:
    import json

    from kling_ext._spec._responses import _loads

    def outcome(read: Any) -> object:
        try:
            return ("ok", read(content))
        except ValueError as exc:
            return (type(exc), str(exc))

    assert outcome(_loads) == outcome(json.loads)
