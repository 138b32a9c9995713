"""Edge cases of the library's small helpers that the behaviour suites do not reach: each asserts
the documented refusal or fallback (the branch coverage gate relies on them)."""

from __future__ import annotations

import builtins
import copy
from typing import Any

import httpx
import pytest

import kling_ext
from kling_api.models import Task as RawTask
from kling_cli import _entry
from kling_cli._types import FamilyType
from kling_ext import Kling, Task, WebhookVerificationError, spec, verify_webhook
from kling_ext._core._polling import DEFAULT_TIMEOUTS
from kling_ext._core._waiting import task_id_of
from kling_ext._errors import UnexpectedResponseError, ValidationError
from kling_ext._resources._tasks import find_resource
from kling_ext._spec._requests import costs_kwargs, prepare_create
from kling_ext._spec._responses import task_from_body
from kling_ext._spec._results import result_files
from kling_ext._transport._retry import RETRY_BUDGET, AsyncRetryTransport, RetryTransport

pytestmark = pytest.mark.anyio
SECRET = "whsec_dGVzdHNlY3JldHRlc3RzZWNyZXR0ZXN0c2VjcmV0MTI="


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_default_timeouts_cover_every_family_and_are_read_only() -> None:
    assert set(DEFAULT_TIMEOUTS) == set(spec.FAMILIES) and len(DEFAULT_TIMEOUTS) == len(
        spec.FAMILIES
    )
    assert DEFAULT_TIMEOUTS["text_to_video"] > DEFAULT_TIMEOUTS["image_generation"]


def test_waiting_needs_a_task_id() -> None:
    with pytest.raises(ValueError, match="must not be empty"):
        task_id_of("")
    with pytest.raises(ValueError, match="no task_id"):
        task_id_of(Task.from_dict({"task_status": "submitted"}))


def test_find_resource_names_a_family_the_client_lacks() -> None:
    with pytest.raises(LookupError, match="text_to_video"):
        find_resource([type("Namespace", (), {})()], spec.family("text2video"))


def test_family_table_edges() -> None:
    t2v = spec.family("text2video")
    with pytest.raises(KeyError, match="0 call operations"):
        t2v.operation("call")
    doc: dict[str, Any] = copy.deepcopy(dict(spec.load_spec()))
    doc["tags"].append({"name": "plain", "x-kling-family": "not a mapping"})
    assert "plain" not in spec.families_from_spec(doc)
    assert repr(spec.FAMILIES).startswith("<families text_to_video, ")


def test_a_request_of_the_wrong_type_is_named() -> None:
    with pytest.raises(ValidationError, match="not int"):
        prepare_create(spec.family("text2video"), 5, {}, True)


def test_costs_window_must_be_ordered() -> None:
    with pytest.raises(ValidationError, match="end_time"):
        costs_kwargs(2, 1, None)


@pytest.fixture
def unreadable_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The generated model refuses every task (as it would a shape it cannot read)."""

    def refuse(cls: type, data: dict[str, Any]) -> Any:
        raise ValueError("odd shape")

    monkeypatch.setattr(RawTask, "from_dict", classmethod(refuse))


@pytest.mark.usefixtures("unreadable_tasks")
def test_an_unreadable_task_is_an_unexpected_response() -> None:
    with pytest.raises(UnexpectedResponseError, match="cannot read Task: odd shape"):
        task_from_body({"task_id": "t"})


def test_images_without_a_url_are_skipped() -> None:
    found = result_files("t-1", None, [{"index": 0}, {"index": 1, "url": "https://x.test/1.png"}])
    assert [f.url for f in found] == ["https://x.test/1.png"]


def test_dir_lists_the_lazy_exports() -> None:
    assert set(kling_ext.__all__) <= set(dir(kling_ext))


def test_unknown_or_bad_client_options_are_refused() -> None:
    with pytest.raises(TypeError, match="unknown client option"):
        Kling(api_key="k" * 20, nope=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="max_connections must be an int"):
        Kling(api_key="k" * 20, max_connections=True)
    with pytest.raises(ValueError, match="at least 1"):
        Kling(api_key="k" * 20, max_connections=0)


def test_the_cli_family_type_passes_families_through() -> None:
    t2v = spec.family("text2video")
    assert FamilyType(spec.FAMILIES).convert(t2v, None, None) is t2v


def test_the_cli_entry_reraises_a_missing_module_that_is_not_its_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_import = builtins.__import__

    def failing(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "_app" or name.endswith("kling_cli._app"):
            raise ModuleNotFoundError("No module named 'somethingelse'", name="somethingelse")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", failing)
    with pytest.raises(ModuleNotFoundError, match="somethingelse"):
        _entry.main([])


@pytest.mark.parametrize(
    ("headers", "secret", "match"),
    [
        (None, SECRET, "headers must be a mapping"),
        ({}, b"raw-key-bytes", "missing webhook-id"),
    ],
)
def test_webhook_argument_edges(headers: Any, secret: Any, match: str) -> None:
    with pytest.raises(WebhookVerificationError, match=match):
        verify_webhook(b"{}", headers, secret)


@pytest.mark.usefixtures("unreadable_tasks")
def test_webhook_body_must_be_bytes_and_a_legacy_body_must_be_a_task() -> None:
    with pytest.raises(WebhookVerificationError, match="raw bytes"):
        verify_webhook("{}", {}, SECRET)  # type: ignore[arg-type]
    from kling_mock._callbacks import signature_headers

    body = b'{"task_id": 5, "task_status": ["odd"]}'
    headers = signature_headers(body, SECRET, "m-1", 1_781_080_794)
    with pytest.raises(WebhookVerificationError, match="not a task"):
        verify_webhook(body, headers, SECRET, now=1_781_080_794)


def _refusing(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


def test_a_read_retry_never_sleeps_past_its_budget() -> None:
    slept: list[float] = []
    transport = RetryTransport(httpx.MockTransport(_refusing), sleep=slept.append)
    request = httpx.Request("GET", "http://127.0.0.1:9/x", extensions={RETRY_BUDGET: 0.0})
    with pytest.raises(httpx.ConnectError):
        transport.handle_request(request)
    assert slept == []


async def test_an_async_read_retry_never_sleeps_past_its_budget() -> None:
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    transport = AsyncRetryTransport(httpx.MockTransport(_refusing), sleep=sleep)
    request = httpx.Request("GET", "http://127.0.0.1:9/x", extensions={RETRY_BUDGET: 0.0})
    with pytest.raises(httpx.ConnectError):
        await transport.handle_async_request(request)
    assert slept == []


def test_legacy_audio_urls_include_the_mp3_and_the_wav() -> None:
    audio = {"id": "a1", "url_mp3": "https://x.test/a.mp3", "url_wav": "https://x.test/a.wav"}
    speech = {"id": "a2", "url": "https://x.test/s.mp3"}
    task = Task.from_dict(
        {"task_id": "t", "task_status": "succeed", "task_result": {"audios": [audio, speech]}}
    )
    assert task.audio_urls == [audio["url_mp3"], audio["url_wav"], speech["url"]]
    running = Task.from_dict({"task_id": "t", "task_status": "processing"})
    assert running.audio_urls == []
