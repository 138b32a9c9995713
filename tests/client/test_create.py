"""Creating tasks with Kling / AsyncKling: the body sent, validation first, never a duplicate.

Also the other one-request operations of a task resource: get (by task_id or external_task_id),
list and iter. Every test runs on the sync and the async client (``mode``) against a respx
router that fails on unmatched requests and on routes never called.
"""

from __future__ import annotations

import httpx
import pytest
import respx

from kling_api.models import TextToVideoRequest
from kling_ext import (
    AmbiguousCreateError,
    APIConnectionError,
    APITimeoutError,
    ConcurrencyLimitError,
    InsufficientBalanceError,
    InvalidRequestError,
    ServerError,
    TaskExpiredError,
    ValidationError,
)
from kling_ext._core._safe_create import DEFAULT_COMMIT_WINDOW, probe_delays
from tests.client._fakes import (
    EXT_ID_PATTERN,
    T2V,
    FakeTime,
    api_error,
    call,
    calls_to,
    collect,
    json_body,
    new_router,
    ok,
    opened,
    task,
)

pytestmark = pytest.mark.anyio
LOOKUP = rf"^{T2V}/(?P<ext>{EXT_ID_PATTERN})$"
PROBES = len(probe_delays(DEFAULT_COMMIT_WINDOW))
"""Look-ups of a lost create during the default commit window."""


def found(request: httpx.Request, ext: str) -> httpx.Response:
    """The lookup by external_task_id finds the task the lost create made."""
    return ok(task("t-found", "processing", external_id=ext))


def external_ids(router: respx.Router) -> list[str]:
    return [json_body(r)["external_task_id"] for r in calls_to(router, "POST", T2V)]


# --- the body sent -------------------------------------------------------------------------------


async def test_kwargs_are_sent_as_is_plus_a_generated_external_task_id(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(return_value=ok(task("t-1")))
    async with opened(mode, router, time) as client:
        created = await call(client.videos.text2video.create(prompt="a fox", mode="pro"))
    assert created.task_id == "t-1"
    body = json_body(router.calls.last.request)
    ext = body.pop("external_task_id")
    assert body == {"prompt": "a fox", "mode": "pro"}
    assert ext.startswith("kling-py-") and len(ext) > len("kling-py-") + 16


async def test_each_create_gets_its_own_external_task_id(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(return_value=ok(task("t-1")))
    async with opened(mode, router, time) as client:
        for _ in range(3):
            await call(client.videos.text2video.create(prompt="a fox"))
    assert len(set(external_ids(router))) == 3


async def test_the_callers_external_task_id_is_kept(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(return_value=ok(task("t-1")))
    async with opened(mode, router, time) as client:
        await call(client.videos.text2video.create(prompt="a fox", external_task_id="mine-42"))
    assert json_body(router.calls.last.request) == {
        "prompt": "a fox",
        "external_task_id": "mine-42",
    }


async def test_generated_request_model_mapping_and_mixed_keywords(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(return_value=ok(task("t-1")))
    model = TextToVideoRequest(prompt="a fox", mode="std", duration="5")
    async with opened(mode, router, time) as client:
        await call(client.videos.text2video.create(model))
        await call(client.videos.text2video.create({"prompt": "a cat"}))
        await call(client.videos.text2video.create(model, duration="10"))
    sent = [json_body(r) for r in calls_to(router, "POST")]
    for body in sent:
        del body["external_task_id"]
    assert sent == [
        {"prompt": "a fox", "mode": "std", "duration": "5"},
        {"prompt": "a cat"},
        {"prompt": "a fox", "mode": "std", "duration": "10"},
    ]


@pytest.mark.parametrize(
    "fields", [{"prompt": "x" * 2501}, {}, {"prompt": "a fox", "mode": "turbo"}]
)
async def test_validation_refuses_bad_input_before_any_request(
    mode: str, router: respx.Router, time: FakeTime, fields: dict[str, str]
) -> None:
    async with opened(mode, router, time) as client:
        with pytest.raises(ValidationError) as caught:
            await call(client.videos.text2video.create(**fields))
    assert caught.value.problems
    assert router.calls.call_count == 0


async def test_validate_false_skips_the_checks_per_call_and_per_client(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(return_value=ok(task("t-1")))
    async with opened(mode, router, time) as client:
        await call(client.videos.text2video.create(prompt="x" * 2501, validate=False))
    async with opened(mode, router, time, validate=False) as client:
        await call(client.videos.text2video.create(mode="turbo"))
    assert [json_body(r).get("mode") for r in calls_to(router, "POST")] == [None, "turbo"]


# --- never duplicated ----------------------------------------------------------------------------


async def test_a_lost_response_is_found_by_external_id_not_resubmitted(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(side_effect=httpx.ReadTimeout)
    lookup = router.get(path__regex=LOOKUP).mock(side_effect=found)
    async with opened(mode, router, time) as client:
        created = await call(client.videos.text2video.create(prompt="a fox"))
    assert created.task_id == "t-found"
    assert len(calls_to(router, "POST")) == 1
    assert lookup.calls.last.request.url.path == f"{T2V}/{external_ids(router)[0]}"


async def test_unknown_to_the_server_is_resubmitted_once_with_the_same_id(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(side_effect=[httpx.ReadTimeout, ok(task("t-2"))])
    router.get(path__regex=LOOKUP).mock(return_value=api_error(404, 1203, "task not found"))
    async with opened(mode, router, time) as client:
        created = await call(client.videos.text2video.create(prompt="a fox"))
    assert created.task_id == "t-2"
    first, second = external_ids(router)
    assert first == second
    # Looked up at once and after 1, 2, 4, 8 s (the 15 s commit window), then re-sent at once.
    assert time.sleeps == [1.0, 2.0, 4.0, 8.0]
    assert len(calls_to(router, "GET")) == 5


async def test_a_server_error_on_create_is_looked_up_first(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(return_value=api_error(503, 5001, "busy"))
    router.get(path__regex=LOOKUP).mock(side_effect=found)
    async with opened(mode, router, time) as client:
        created = await call(client.videos.text2video.create(prompt="a fox"))
    assert created.task_id == "t-found"
    assert [c.request.method for c in router.calls] == ["POST", "GET"]


async def test_an_id_conflict_after_an_ambiguous_attempt_is_resolved_by_lookup(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(side_effect=[httpx.ReadTimeout, api_error(400, 1201, "id exists")])
    router.get(path__regex=LOOKUP).mock(
        side_effect=[*[api_error(404, 1203, "not yet")] * PROBES, ok(task("t-found"))]
    )
    async with opened(mode, router, time) as client:
        created = await call(client.videos.text2video.create(prompt="a fox"))
    assert created.task_id == "t-found"
    assert len(calls_to(router, "POST")) == 2


async def test_a_first_create_answered_with_1201_is_final_no_lookup_no_resubmit(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    # 1201 on the first attempt is the caller's request (or the caller's external id, already
    # used): nothing of ours can have created it, so there is nothing to look up or retry.
    router.post(T2V).mock(return_value=api_error(400, 1201, "external_task_id already exists"))
    async with opened(mode, router, time) as client:
        with pytest.raises(InvalidRequestError) as caught:
            await call(client.videos.text2video.create(prompt="a fox", external_task_id="mine-1"))
    assert caught.value.code == 1201 and "already exists" in str(caught.value)
    assert [c.request.method for c in router.calls] == ["POST"]
    assert external_ids(router) == ["mine-1"] and time.sleeps == []


@pytest.mark.parametrize("code", [1302, 1303])
async def test_a_refused_create_is_resubmitted_after_a_pause_without_lookup(
    mode: str, router: respx.Router, time: FakeTime, code: int
) -> None:
    router.post(T2V).mock(side_effect=[api_error(429, code), ok(task("t-1"))])
    async with opened(mode, router, time) as client:
        created = await call(client.videos.text2video.create(prompt="a fox"))
    assert created.task_id == "t-1"
    assert [c.request.method for c in router.calls] == ["POST", "POST"]
    assert len(time.sleeps) == 1


@pytest.mark.parametrize("code", [1302, 1303])
async def test_a_refused_create_waits_at_least_one_second(
    mode: str, router: respx.Router, time: FakeTime, code: int
) -> None:
    router.post(T2V).mock(side_effect=[api_error(429, code), ok(task("t-1"))])
    async with opened(mode, router, time) as client:
        await call(client.videos.text2video.create(prompt="a fox"))
    assert time.sleeps and time.sleeps[0] >= 1.0


async def test_an_unreadable_success_on_create_is_looked_up_not_lost(
    mode: str, time: FakeTime
) -> None:
    router = new_router()  # checked at the end of the body: an xfail must not error in teardown
    router.post(T2V).mock(return_value=httpx.Response(200, text="<html>upstream glitch</html>"))
    router.get(path__regex=LOOKUP).mock(side_effect=found)
    async with opened(mode, router, time) as client:
        created = await call(client.videos.text2video.create(prompt="a fox"))
    assert created.task_id == "t-found"
    assert len(calls_to(router, "POST")) == 1
    router.assert_all_called()


async def test_out_of_credits_is_raised_at_once(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(return_value=api_error(429, 1102, "resource pack used up", "req-9"))
    async with opened(mode, router, time) as client:
        with pytest.raises(InsufficientBalanceError) as caught:
            await call(client.videos.text2video.create(prompt="a fox"))
    assert (caught.value.code, caught.value.status_code, caught.value.request_id) == (
        1102,
        429,
        "req-9",
    )
    assert router.calls.call_count == 1
    assert time.sleeps == []


async def test_a_create_never_sent_is_resubmitted_without_lookup(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(side_effect=[httpx.ConnectError("refused"), ok(task("t-1"))])
    async with opened(mode, router, time) as client:
        created = await call(client.videos.text2video.create(prompt="a fox"))
    assert created.task_id == "t-1"
    assert [c.request.method for c in router.calls] == ["POST", "POST"]


async def test_exhausted_refusals_carry_the_external_id_in_a_note(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(return_value=api_error(429, 1303))
    async with opened(mode, router, time, max_retries=2) as client:
        with pytest.raises(ConcurrencyLimitError) as caught:
            await call(client.videos.text2video.create(prompt="a fox"))
    ids = external_ids(router)
    assert len(ids) == 3 and len(set(ids)) == 1
    assert any(ids[0] in note for note in caught.value.__notes__)


@pytest.mark.parametrize("max_retries", [1, 5])
async def test_a_create_is_resent_once_at_most_after_ambiguity_then_it_is_ambiguous(
    mode: str, router: respx.Router, time: FakeTime, max_retries: int
) -> None:
    router.post(T2V).mock(side_effect=httpx.ReadTimeout)
    router.get(path__regex=LOOKUP).mock(return_value=api_error(404, 1203))
    async with opened(mode, router, time, max_retries=max_retries) as client:
        with pytest.raises(AmbiguousCreateError) as caught:
            await call(client.videos.text2video.create(prompt="a fox"))
    window = ["POST", *["GET"] * PROBES]
    assert [c.request.method for c in router.calls] == window * 2
    first, second = external_ids(router)
    assert first == second == caught.value.external_task_id
    assert isinstance(caught.value.__cause__, APITimeoutError)
    assert "not found after the one re-submission" in str(caught.value)


async def test_without_retries_an_ambiguous_create_is_never_resent(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(side_effect=httpx.RemoteProtocolError("dropped"))
    router.get(path__regex=LOOKUP).mock(return_value=api_error(404, 1203))
    async with opened(mode, router, time, max_retries=0, commit_window=3) as client:
        with pytest.raises(AmbiguousCreateError, match="retries are off"):
            await call(client.videos.text2video.create(prompt="a fox"))
    assert [c.request.method for c in router.calls] == ["POST", "GET", "GET", "GET"]
    assert time.sleeps == [1.0, 2.0]


async def test_a_lookup_answered_410_is_ambiguous_and_never_resent(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    """410 means the task existed (and expired): re-sending could create a second paid task."""
    router.post(T2V).mock(side_effect=httpx.ReadTimeout)
    router.get(path__regex=LOOKUP).mock(return_value=api_error(410, 1203))
    async with opened(mode, router, time) as client:
        with pytest.raises(AmbiguousCreateError, match="expired") as info:
            await call(client.videos.text2video.create(prompt="a fox"))
    assert isinstance(info.value.__cause__, TaskExpiredError)
    assert [c.request.method for c in router.calls] == ["POST", "GET"]


async def test_a_task_committed_late_is_found_within_the_window(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(side_effect=httpx.ReadTimeout)
    router.get(path__regex=LOOKUP).mock(
        side_effect=[*[api_error(404, 1203)] * 3, ok(task("t-late", "submitted"))]
    )
    async with opened(mode, router, time) as client:
        created = await call(client.videos.text2video.create(prompt="a fox"))
    assert created.task_id == "t-late"
    assert len(calls_to(router, "POST")) == 1 and time.sleeps == [1.0, 2.0, 4.0]


async def test_look_ups_that_keep_failing_are_ambiguous_not_a_resend(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(side_effect=httpx.ReadTimeout)
    router.get(path__regex=LOOKUP).mock(return_value=api_error(503, 5001))
    async with opened(mode, router, time, max_retries=0) as client:
        with pytest.raises(AmbiguousCreateError, match="look-ups failed") as caught:
            await call(client.videos.text2video.create(prompt="a fox"))
    assert len(calls_to(router, "POST")) == 1
    assert isinstance(caught.value.__cause__, ServerError)


async def test_an_id_taken_after_the_resend_but_never_found_is_ambiguous(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    router.post(T2V).mock(side_effect=[httpx.ReadTimeout, api_error(400, 1201, "id exists")])
    router.get(path__regex=LOOKUP).mock(return_value=api_error(404, 1203))
    async with opened(mode, router, time) as client:
        with pytest.raises(AmbiguousCreateError, match="taken"):
            await call(client.videos.text2video.create(prompt="a fox"))
    assert len(calls_to(router, "POST")) == 2


@pytest.mark.parametrize(
    ("effect", "error", "lookup"),
    [
        (api_error(503, 5001), ServerError, True),
        (httpx.ReadTimeout("lost"), APITimeoutError, True),
        (httpx.RemoteProtocolError("dropped"), APIConnectionError, True),
        (httpx.ConnectError("refused"), APIConnectionError, False),
    ],
)
async def test_the_transport_never_retries_a_post(
    mode: str,
    router: respx.Router,
    time: FakeTime,
    effect: httpx.Response | Exception,
    error: type[Exception],
    lookup: bool,
) -> None:
    """With retries allowed (max_retries=2), every POST is one attempt of the create flow: the
    transport adds none (it would triple the POSTs and add its own sleeps)."""
    post = router.post(T2V)
    if isinstance(effect, httpx.Response):
        post.mock(return_value=effect)
    else:
        post.mock(side_effect=effect)
    if lookup:
        router.get(path__regex=LOOKUP).mock(return_value=api_error(404, 1203))
    async with opened(mode, router, time, max_retries=2, commit_window=0) as client:
        with pytest.raises(AmbiguousCreateError if lookup else error) as caught:
            await call(client.videos.text2video.create(prompt="a fox"))
    if lookup:  # ambiguous: looked up, re-sent once, looked up again, then given up
        assert isinstance(caught.value.__cause__, error)
        assert [c.request.method for c in router.calls] == ["POST", "GET"] * 2
        assert time.sleeps == []
    else:  # never sent: re-sent after the flow's own back-offs, 3 attempts in all
        assert [c.request.method for c in router.calls] == ["POST"] * 3
        assert len(time.sleeps) == 2


# --- get, list, iter -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("id_", "raw_path"),
    [
        ("867283741759111202", f"{T2V}/867283741759111202"),
        ("my-ext-id", f"{T2V}/my-ext-id"),
        ("a/b c?d#e%", f"{T2V}/a%2Fb%20c%3Fd%23e%25"),
        ("é", f"{T2V}/%C3%A9"),
    ],
)
async def test_get_by_task_id_or_external_id_quotes_the_path(
    mode: str, router: respx.Router, time: FakeTime, id_: str, raw_path: str
) -> None:
    route = router.get(path__startswith=f"{T2V}/").mock(return_value=ok(task("t-1")))
    async with opened(mode, router, time) as client:
        got = await call(client.videos.text2video.get(id_))
    assert got.task_id == "t-1"
    assert route.calls.last.request.url.raw_path == raw_path.encode()


async def test_get_refuses_an_empty_id_before_sending(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    async with opened(mode, router, time) as client:
        with pytest.raises(ValidationError):
            await call(client.videos.text2video.get(""))
    assert router.calls.call_count == 0


@pytest.mark.parametrize("id_", ["..", "."])
async def test_get_refuses_dot_segment_ids(
    mode: str, router: respx.Router, time: FakeTime, id_: str
) -> None:
    async with opened(mode, router, time) as client:
        with pytest.raises(ValidationError):
            await call(client.videos.text2video.get(id_))
    assert router.calls.call_count == 0


async def test_list_sends_page_num_and_page_size(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    page = [task("t-1", "succeed"), task("t-2", "queued")]
    router.get(T2V, params={"pageNum": "3", "pageSize": "50"}).mock(return_value=ok(page))
    async with opened(mode, router, time) as client:
        tasks = await call(client.videos.text2video.list(page=3, page_size=50))
    assert [(t.task_id, t.task_status) for t in tasks] == [("t-1", "succeed"), ("t-2", "queued")]


@pytest.mark.parametrize(("page", "size"), [(0, 30), (1001, 30), (1, 0), (1, 501)])
async def test_list_refuses_pages_out_of_range_before_sending(
    mode: str, router: respx.Router, time: FakeTime, page: int, size: int
) -> None:
    async with opened(mode, router, time) as client:
        with pytest.raises(ValidationError):
            await call(client.videos.text2video.list(page=page, page_size=size))
    assert router.calls.call_count == 0


@pytest.mark.parametrize(("sizes", "requests"), [([2, 2, 1], 3), ([2, 2, 0], 3), ([0], 1)])
async def test_iter_walks_pages_and_stops_on_a_short_or_empty_page(
    mode: str, router: respx.Router, time: FakeTime, sizes: list[int], requests: int
) -> None:
    pages = [[task(f"t-{p}-{i}") for i in range(n)] for p, n in enumerate(sizes, 1)]
    route = router.get(T2V).mock(side_effect=[ok(p) for p in pages])
    async with opened(mode, router, time) as client:
        walked = await collect(client.videos.text2video.iter(page_size=2))
    assert [t.task_id for t in walked] == [t["task_id"] for p in pages for t in p]
    assert route.call_count == requests == len(sizes)
    assert [dict(c.request.url.params) for c in route.calls] == [
        {"pageNum": str(p), "pageSize": "2"} for p in range(1, requests + 1)
    ]


async def test_iter_tasks_of_the_client_walks_a_family(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.get(T2V).mock(side_effect=[ok([task("t-1"), task("t-2")]), ok([])])
    async with opened(mode, router, time) as client:
        walked = await collect(client.iter_tasks("text_to_video", page_size=2))
    assert [t.task_id for t in walked] == ["t-1", "t-2"]
    assert route.call_count == 2
