"""kling_ext against ``prism mock``: every operation, and every named response example of the spec.

Prism answers from the spec's examples: the first success example by default, a named one with
``Prefer: example=<name>``, an error one with ``Prefer: code=<status>, example=<name>``. Each
success example must come back as the typed result holding exactly the example's ``data``; each
error example must raise the typed error of its business code (FACTS 1.9) with the example's
status, code, message and request_id. Prism validates every request we send on the way.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, NamedTuple

import httpx
import pytest
import yaml

from kling_api.models import AccountCosts, IdentifyFaceResult
from kling_ext import (
    AccountError,
    AmbiguousCreateError,
    APIError,
    AuthenticationError,
    ConcurrencyLimitError,
    ContentPolicyError,
    InsufficientBalanceError,
    InvalidRequestError,
    IPWhitelistError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    Task,
)
from tests.contract import more_families as more
from tools.mockctl import ROOT

pytestmark = pytest.mark.contract

SPEC: dict[str, Any] = json.loads(
    (ROOT / "generated" / "kling_api" / "_openapi.json").read_text(encoding="utf-8")
)
"""The spec as the generated package ships it (keys sorted: example order is lost)."""
SPEC_YAML: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "kling.yaml").read_text("utf-8"))
"""The spec Prism serves; its example order decides which example Prism serves by default."""
EXPECTED_ERRORS: dict[int, type[APIError]] = {
    **dict.fromkeys(range(1000, 1005), AuthenticationError),
    1100: AccountError,
    1101: InsufficientBalanceError,
    1102: InsufficientBalanceError,
    1103: PermissionDeniedError,
    **dict.fromkeys(range(1200, 1203), InvalidRequestError),
    1203: NotFoundError,
    1300: ContentPolicyError,
    1301: ContentPolicyError,
    1302: RateLimitError,
    1303: ConcurrencyLimitError,
    1304: IPWhitelistError,
    **dict.fromkeys(range(5000, 5003), ServerError),
}
"""Business code -> the exception class FACTS 1.9 and the kling_ext docs promise."""
ASYNC_OPERATIONS = [
    "createTextToVideoTask",
    "getImageToVideoTask",
    "listVideoExtendTasks",
    "createLipSyncTask",
    "getVideoEffectsTask",
    "listImageGenerationTasks",
    "getVirtualTryOnTask",
    "getAccountCosts",
]
"""The representative subset run through ``AsyncKling`` as well (every family, every kind)."""


def _deref(node: dict[str, Any], spec: dict[str, Any] = SPEC) -> dict[str, Any]:
    while "$ref" in node:
        _, section, name = node["$ref"].removeprefix("#/").split("/", 2)
        node = spec["components"][section][name]
    return node


class Example(NamedTuple):
    """One named response example of one operation."""

    operation_id: str
    method: str
    path: str
    status: int
    name: str
    value: dict[str, Any]

    @property
    def prefer(self) -> str:
        """The ``Prefer`` header that makes Prism serve this example."""
        if self.status == 200:
            return f"example={self.name}"
        return f"code={self.status}, example={self.name}"

    def __str__(self) -> str:
        return f"{self.operation_id}-{self.status}-{self.name}"


def _standard(operation: dict[str, Any]) -> bool:
    """A new-standard operation: covered by test_standard_contract.py."""
    return str(operation["tags"][0]).startswith("standard_")


def _examples() -> list[Example]:
    found = []
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post") or _standard(op):
                continue
            for status, response in op["responses"].items():
                content = _deref(response)["content"]["application/json"]
                for name, example in content.get("examples", {}).items():
                    value = _deref(example)["value"]
                    found.append(Example(op["operationId"], method, path, int(status), name, value))
    return found


def _first_success() -> dict[str, Example]:
    by_key = {(e.operation_id, e.status, e.name): e for e in EXAMPLES}
    first = {}
    for item in SPEC_YAML["paths"].values():
        for method, op in item.items():
            if method in ("get", "post") and not _standard(op):
                content = _deref(op["responses"]["200"], SPEC_YAML)["content"]
                name = next(iter(content["application/json"]["examples"]))
                first[op["operationId"]] = by_key[op["operationId"], 200, name]
    return first


EXAMPLES = _examples()
FIRST_SUCCESS = _first_success()
"""The first success example of each operation in kling.yaml: what Prism serves by default."""


def _prefer(value: str) -> Callable[[httpx.Request], None]:
    def hook(request: httpx.Request) -> None:
        request.headers["Prefer"] = value

    return hook


def _aprefer(value: str) -> Callable[[httpx.Request], Any]:
    async def hook(request: httpx.Request) -> None:
        request.headers["Prefer"] = value

    return hook


def _api_error(exc: BaseException) -> APIError:
    """The API error a create's 5xx example produced: itself, or, when the create became
    ambiguous (the look-up by external_task_id is served the same example), its cause."""
    if isinstance(exc, AmbiguousCreateError):
        exc = exc.__cause__  # type: ignore[assignment]
    assert isinstance(exc, APIError)
    return exc


def _never_sleep(seconds: float) -> None:
    raise AssertionError(f"unexpected retry sleep of {seconds} s (max_retries=0)")


async def _never_asleep(seconds: float) -> None:
    _never_sleep(seconds)


_CALL_RESULTS: dict[str, type[Any]] = {
    "/account/costs": AccountCosts,
    "/v1/videos/identify-face": IdentifyFaceResult,
    **more.CALL_RESULTS,  # the selection calls and the ledgers (FACTS-2026 §4)
}


def _check_result(example: Example, result: Any) -> None:
    data = example.value["data"]
    if example.path in _CALL_RESULTS:
        assert isinstance(result, _CALL_RESULTS[example.path])
        assert result.to_dict() == data
    elif example.method == "get" and not example.path.endswith("/{id}"):
        assert isinstance(result, list)
        assert all(isinstance(task, Task) for task in result)
        assert [task.to_dict() for task in result] == data
    else:
        assert isinstance(result, Task)
        assert result.to_dict() == data


def _check_error(example: Example, exc: APIError) -> None:
    body = example.value
    assert type(exc) is EXPECTED_ERRORS[body["code"]], f"{type(exc).__name__}: {exc}"
    expected = (example.status, body["code"], body["message"], body.get("request_id"))
    assert (exc.status_code, exc.code, exc.message, exc.request_id) == expected


def test_generated_spec_matches_yaml() -> None:
    """The walked JSON is the spec Prism serves (same content, whatever the key order)."""
    assert json.loads(json.dumps(SPEC_YAML)) == SPEC


def _spec_operation_ids() -> set[str]:
    methods = ("get", "post", "put", "patch", "delete")
    return {
        op["operationId"]
        for i in SPEC["paths"].values()
        for m, op in i.items()
        if m in methods and not _standard(op)
    }


def test_every_spec_operation_is_reachable_through_kling_ext(
    operations: dict[str, tuple[str, str, str, str]],
) -> None:
    """Each operation of the spec is covered here: kling_ext reaches it (a family of the spec's
    tag, or the account). A new spec operation fails this until the client supports it."""
    assert sorted(_spec_operation_ids() - set(operations)) == []


def test_examples_cover_every_operation(operations: dict[str, tuple[str, str, str, str]]) -> None:
    """The example walk finds enough examples, and every operation has success and error ones."""
    assert len([e for e in EXAMPLES if e.operation_id in operations]) > 30
    everything = _spec_operation_ids()
    assert {e.operation_id for e in EXAMPLES if e.status == 200} == everything
    assert {e.operation_id for e in EXAMPLES if e.status >= 400} == everything
    assert {e.value["code"] for e in EXAMPLES if e.status >= 400} == set(EXPECTED_ERRORS)


def test_operation_answers_first_example(
    operation_id: str,
    prism_mock_url: str,
    make_client: Callable[..., Any],
    invoke: Callable[..., Any],
) -> None:
    """Without ``Prefer``, each operation's typed result holds the first example's data."""
    client = make_client(prism_mock_url)
    _check_result(FIRST_SUCCESS[operation_id], invoke(client, operation_id))


@pytest.mark.anyio
@pytest.mark.parametrize("operation_id", ASYNC_OPERATIONS)
async def test_operation_answers_first_example_async(
    operation_id: str,
    prism_mock_url: str,
    make_async_client: Callable[..., Any],
    invoke: Callable[..., Any],
) -> None:
    """The same through ``AsyncKling``."""
    async with make_async_client(prism_mock_url) as client:
        _check_result(FIRST_SUCCESS[operation_id], await invoke(client, operation_id))


def test_named_example(
    example: Example,
    prism_mock_url: str,
    make_client: Callable[..., Any],
    invoke: Callable[..., Any],
) -> None:
    """Each named example, served through ``Prefer``, parses to the typed result or error
    (parametrized by the conftest: the ``EXAMPLES`` of operations kling_ext reaches)."""
    hooks = [_prefer(example.prefer)]
    client = make_client(prism_mock_url, hooks, max_retries=0, sleep=_never_sleep, commit_window=0)
    if example.status == 200:
        _check_result(example, invoke(client, example.operation_id))
        return
    with pytest.raises((APIError, AmbiguousCreateError)) as info:
        invoke(client, example.operation_id)
    _check_error(example, _api_error(info.value))


@pytest.mark.anyio
@pytest.mark.parametrize(
    "example", [e for e in EXAMPLES if e.operation_id in ASYNC_OPERATIONS], ids=str
)
async def test_named_example_async(
    example: Example,
    prism_mock_url: str,
    make_async_client: Callable[..., Any],
    invoke: Callable[..., Any],
) -> None:
    """The named examples of the async subset, through ``AsyncKling``."""
    hooks = [_aprefer(example.prefer)]
    async with make_async_client(
        prism_mock_url, hooks, max_retries=0, sleep=_never_asleep, commit_window=0
    ) as client:
        if example.status == 200:
            _check_result(example, await invoke(client, example.operation_id))
            return
        with pytest.raises((APIError, AmbiguousCreateError)) as info:
            await invoke(client, example.operation_id)
    _check_error(example, _api_error(info.value))
