"""Hypothesis fuzzing of everything the client checks or reads: only documented outcomes.

- ``validate("POST", path, body)`` for every create path over arbitrary JSON bodies (biased towards
  the spec's own field names and enum values): ``None`` or ``ValidationError``, nothing else.
- ``parse(method, path, status, body)`` for every operation over arbitrary statuses and bodies
  (bytes, text, JSON values, envelopes with random ``data``): the operation's typed result (a
  task, a list of tasks, the account's packs, identify-face's ``IdentifyFaceResult``) or a
  ``KlingError`` subclass. Every operation of the spec is also parsed once outright.
- ``parse_callback`` over the same bodies; ``error_from_response`` over arbitrary bytes and text.

Strings are drawn without lone surrogates (hypothesis' default); those have their own test.
"""

from __future__ import annotations

import copy
import functools
import json
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kling_api import models
from kling_api.models import AccountCosts, BillingLedgerPage, IdentifyFaceResult, SelectionResult
from kling_ext import KlingError, Task, ValidationError, parse, parse_callback, validate
from kling_ext._errors import APIError
from kling_ext._spec._document import load_spec
from kling_ext._spec._parse import result_model
from kling_ext._spec._validate import find_operation
from kling_ext._spec._validate_schema import SchemaChecker
from kling_ext._transport._error_map import error_from_response
from kling_ext.standard import TaskPage

pytestmark = pytest.mark.reliability


def fuzz(examples: int) -> settings:
    """Hypothesis settings of one fuzz test (about 1,000 examples in all, within budget)."""
    return settings(max_examples=examples, suppress_health_check=[HealthCheck.too_slow])


def _spec_words() -> tuple[list[str], list[str]]:
    """Every property name and every string enum value written in the spec's schemas."""
    names: set[str] = set()
    values: set[str] = set()
    stack: list[Any] = [load_spec()["components"]]
    while stack:
        item = stack.pop()
        if isinstance(item, Mapping):
            names.update(item.get("properties") or {})
            values.update(v for v in item.get("enum") or () if isinstance(v, str))
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return sorted(names), sorted(values)


NAMES, VALUES = _spec_words()
TEMPLATES = sorted(
    (method.upper(), template)
    for template, item in load_spec()["paths"].items()
    for method in item
    if method in ("get", "post")
)
OPERATIONS = [(method, path.replace("{id}", "867283741759111202")) for method, path in TEMPLATES]
CREATE_PATHS = sorted(path for method, path in OPERATIONS if method == "POST")
IDENTIFY_FACE = "/v1/videos/identify-face"
MEDIA = ["https://example.com/a.png", "aGVsbG8=", "data:image/png;base64,aGVsbG8=", "", " ", "=="]

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(-3, 12)
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(VALUES + MEDIA + ["kling-v1", "kling-v1-6", "std", "pro", "5", "10"])
)
KEYS = st.sampled_from(NAMES) | st.text(max_size=8)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=8,
)
BODIES = st.dictionaries(KEYS, SCALARS | JSON, max_size=8) | JSON


@functools.cache
def _examples(path: str) -> list[dict[str, Any]]:
    """The spec's request examples of a create path: all valid, where near-valid bodies start."""
    checker = SchemaChecker(load_spec())
    body = checker.resolve(load_spec()["paths"][path]["post"]["requestBody"])
    examples = body["content"]["application/json"]["examples"].values()
    return [checker.resolve(example)["value"] for example in examples]


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
    for child in (
        value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    ):
        yield from _objects(child)


@st.composite
def near_valid(draw: st.DrawFn, path: str) -> dict[str, Any]:
    """A spec example with up to four fields removed, replaced or added, at any depth."""
    body: dict[str, Any] = copy.deepcopy(draw(st.sampled_from(_examples(path))))
    for _ in range(draw(st.integers(0, 4))):
        target = draw(st.sampled_from(list(_objects(body))))
        key = draw(st.sampled_from(sorted(target)) | KEYS) if target else draw(KEYS)
        if draw(st.booleans()):
            target.pop(key, None)
        else:
            target[key] = draw(SCALARS | JSON)
    return body


CREATES = st.sampled_from(CREATE_PATHS).flatmap(
    lambda path: st.tuples(st.just(path), near_valid(path) | near_valid(path) | BODIES)
)

STATUSES = st.sampled_from(["submitted", "processing", "succeed", "failed", "", "queued"]) | JSON


def _objects_of(*names: str) -> st.SearchStrategy[Any]:
    """Lists of objects with any of ``names`` (each field any JSON), or any JSON instead."""
    item = st.fixed_dictionaries({}, optional={name: JSON for name in names})
    return st.lists(item, max_size=2) | JSON


AUDIO_FIELDS = (
    "id",
    "audio_id",
    "url_mp3",
    "url_wav",
    "duration_mp3",
    "duration_wav",
    "video_id",
    "video_url",
)
TASKS = st.fixed_dictionaries(
    {},
    optional={
        "task_id": st.text(max_size=20) | JSON,
        "task_status": STATUSES,
        "task_status_msg": JSON,
        "task_info": st.fixed_dictionaries({}, optional={"external_task_id": JSON,
                                                         "parent_video": JSON}) | JSON,
        "task_result": st.fixed_dictionaries({}, optional={
            "videos": _objects_of("id", "url", "duration", "watermark_url"),
            "images": _objects_of("index", "url", "watermark_url"),
            "audios": _objects_of(*AUDIO_FIELDS),
        }) | JSON,
        "created_at": JSON,
        "updated_at": JSON,
        "final_unit_deduction": JSON,
        "watermark_info": st.fixed_dictionaries({}, optional={"enabled": JSON}) | JSON,
    },
)  # fmt: skip
FACES = st.fixed_dictionaries(
    {},
    optional={
        "session_id": st.text(max_size=20) | JSON,
        "final_unit_deduction": JSON,
        "face_data": _objects_of("face_id", "face_image", "start_time", "end_time"),
    },
)
COSTS = st.fixed_dictionaries(
    {},
    optional={
        "code": JSON,
        "msg": JSON,
        "resource_pack_subscribe_infos": st.lists(st.dictionaries(KEYS, JSON, max_size=6),
                                                  max_size=2) | JSON,
    },
)  # fmt: skip
CODES = st.sampled_from([0, 1002, 1004, 1102, 1201, 1203, 1303, 5000, 5001, "0", None]) | JSON
RESULTS = TASKS | st.lists(TASKS, max_size=3) | COSTS | FACES
SUCCESSES = st.fixed_dictionaries(
    {"code": st.sampled_from([0, 0.0, None]), "data": RESULTS},
    optional={"message": JSON, "request_id": JSON},
)
ENVELOPES = st.fixed_dictionaries(
    {"code": CODES},
    optional={
        "message": JSON,
        "request_id": JSON,
        "data": RESULTS | JSON,
    },
)
RAW = st.binary(max_size=300) | st.text(max_size=300)
WIRE = RAW | (ENVELOPES | JSON).map(lambda v: json.dumps(v).encode())
BODY_VALUES = WIRE | ENVELOPES | st.lists(JSON, max_size=4)
HTTP_STATUS = st.sampled_from([200, 400, 401, 403, 404, 429, 500, 502, 503, 504, 520])
STATUS_CODES = HTTP_STATUS | st.integers(-1, 1000)
RESPONSES = st.tuples(st.just(200), SUCCESSES | SUCCESSES.map(lambda v: json.dumps(v).encode())) | (
    st.tuples(STATUS_CODES, BODY_VALUES)
)
"""(status, body): half success-shaped 200s, half anything."""


def _result_type(method: str, template: str) -> type:
    """What ``parse`` must return for an operation, written out independently of the spec."""
    if template == "/account/costs":
        return AccountCosts
    if template == IDENTIFY_FACE:
        return IdentifyFaceResult
    if template.startswith("/account/billing/"):  # the ledgers: a cursor page of deductions
        return BillingLedgerPage
    if template.endswith("-selection"):  # the multi-elements selection session calls
        return SelectionResult
    if template == "/tasks":  # the new standard: a batch (GET) or a cursor page (POST)
        return TaskPage if method == "POST" else list
    return Task if method == "POST" or template.endswith("/{id}") else list


EXPECTED = {
    operation: _result_type(*template)
    for operation, template in zip(OPERATIONS, TEMPLATES, strict=True)
}


@pytest.mark.parametrize(("method", "template"), TEMPLATES, ids=[" ".join(t) for t in TEMPLATES])
def test_every_operation_is_fuzzed_with_the_result_of_its_spec(method: str, template: str) -> None:
    """The expectations above agree with the spec's 200 response for every operation."""
    many, name = result_model(load_spec(), find_operation(load_spec(), method, template))
    tasks = ("Task", "StandardTask")  # both standards read into the one Task type
    model = Task if name in tasks else TaskPage if name == "StandardTaskPage" else None
    assert _result_type(method, template) is (list if many else model or getattr(models, name))
    if many:
        assert name in tasks


@pytest.mark.parametrize("operation", OPERATIONS, ids=[" ".join(o) for o in OPERATIONS])
def test_every_operation_parses_a_plain_success(operation: tuple[str, str]) -> None:
    """Each operation at least once, whatever hypothesis draws: a success envelope parses."""
    expected = EXPECTED[operation]
    data: Any = [] if expected is list else {}
    assert isinstance(parse(*operation, 200, {"code": 0, "data": data}), expected)


@pytest.mark.filterwarnings("ignore::kling_ext.KlingWarning")  # warnings are not outcomes here
@fuzz(300)
@given(create=CREATES)
def test_validate_returns_none_or_raises_validation_error(create: tuple[str, Any]) -> None:
    path, body = create
    try:
        validate("POST", path, body)
        event("valid")
    except ValidationError as exc:
        event("ValidationError")
        assert isinstance(exc, ValueError) and exc.problems
        assert all(isinstance(p, str) and isinstance(r, str) for p, r in exc.problems)
        assert str(exc)


@fuzz(300)
@given(operation=st.sampled_from(OPERATIONS), response=RESPONSES)
def test_parse_returns_the_typed_result_or_a_kling_error(
    operation: tuple[str, str], response: tuple[int, Any]
) -> None:
    (method, path), (status, body) = operation, response
    try:
        result = parse(method, path, status, body)
    except KlingError as exc:
        event(type(exc).__name__)
        assert str(exc)
        if isinstance(exc, APIError):
            assert exc.status_code == status and (exc.body is None or len(exc.body) <= 200)
        return
    assert status == 200
    expected = EXPECTED[operation]
    event(f"parsed {expected.__name__}")
    assert isinstance(result, expected)
    if isinstance(result, list):
        assert all(isinstance(item, Task) for item in result)


@fuzz(150)
@given(body=BODY_VALUES | TASKS | TASKS.map(lambda t: json.dumps(t).encode()))
def test_parse_callback_returns_a_task_or_a_kling_error(body: Any) -> None:
    try:
        assert isinstance(parse_callback(body), Task)
        event("Task")
    except KlingError as exc:
        event(type(exc).__name__)
        assert str(exc)


@fuzz(200)
@given(status=STATUS_CODES, body=WIRE, retry_after=st.none() | st.text(max_size=40))
def test_error_from_response_never_raises(status: int, body: bytes | str, retry_after: Any) -> None:
    headers = {} if retry_after is None else {"Retry-After": retry_after}
    error = error_from_response(status, body, headers)
    event(type(error).__name__)
    assert isinstance(error, APIError) and error.status_code == status
    assert error.body is None or len(error.body) <= 200
    assert error.retry_after is None or error.retry_after >= 0
    assert str(error)


@pytest.mark.parametrize("form", ["parse-decoded", "parse-text", "callback-text"])
def test_bodies_with_lone_surrogates_parse(form: str) -> None:
    data = json.loads(b'{"task_id": "t1", "task_status_msg": "cut emoji \\ud83d"}')
    envelope = {"code": 0, "message": "SUCCEED", "data": data}
    if form == "callback-text":
        task = parse_callback(json.dumps(data, ensure_ascii=False))
    else:
        body = envelope if form == "parse-decoded" else json.dumps(envelope, ensure_ascii=False)
        task = parse("GET", "/v1/videos/text2video/t1", 200, body)
    assert task.task_status_msg == "cut emoji \ud83d"
