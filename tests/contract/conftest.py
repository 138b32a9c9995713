"""Services and clients of the contract suite.

- ``prism_mock_url`` (session): ``prism mock`` answering from the spec's examples.
- ``proxy_url`` / ``sim_url`` (session): ``prism proxy --errors`` in front of the simulator,
  behind the Kling-envelope front (``kling_mock.front``): clients of ``proxy_url`` get Kling
  envelopes for Prism's own errors, marked with ``x-kling-mock-problem``.
- ``sim`` (per test): an ``httpx.Client`` on the simulator's ``/__sim`` endpoints, after a reset.
- ``traffic`` (per test): every API response the test's clients received; at teardown it must
  hold no Prism problem (problem+json, ``sl-violations``): a spec violation in either direction
  fails the test. A test that provokes one on purpose asserts it and removes it.
- ``make_client`` / ``make_async_client``: ``Kling`` / ``AsyncKling`` feeding ``traffic``.
- ``operations``: the spec's operations kling_ext reaches; ``invoke(client, operation_id)``.

Service logs go to the session's temporary folder; failed reports get their tails.
"""

from __future__ import annotations

import functools
import json
import ssl
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.routing import Route

from kling_ext import AsyncKling, Kling, PollSchedule
from kling_mock import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, create_app
from kling_mock.front import PROBLEM_HEADER
from tests.contract import more_calls
from tools.mockctl import ROOT, Service, free_port, start_prism_mock, stateful

SPEC: dict[str, Any] = json.loads(
    (ROOT / "generated" / "kling_api" / "_openapi.json").read_text(encoding="utf-8")
)
SPEC_OPERATIONS: dict[str, tuple[str, str, str]] = {
    op["operationId"]: (method.upper(), path, op["tags"][0])
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in ("get", "post")
}
"""operationId -> (HTTP method, spec path, tag) for every operation of the spec."""
IDENTIFY_FACE = "/v1/videos/identify-face"
CALLS = {"/account/costs", IDENTIFY_FACE}  # the operations outside task families
SIM_CONFIG = {"processing_after": 0.1, "succeed_after": 0.5, "seed": 20261125}  # fast tasks
FAST_POLL = PollSchedule(initial=0.05, factor=1.5, cap=0.15, jitter=0.1)
KEYS = {"access_key": DEFAULT_ACCESS_KEY, "secret_key": DEFAULT_SECRET_KEY}
CLIENT_DEFAULTS: dict[str, Any] = {**KEYS, "poll_schedule": FAST_POLL}
COSTS_START, COSTS_END = 1740787200000, 1742889600000
ANY_TASK_ID = "867283741759111202"
_LOGS: list[Path] = []


def deref(node: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` pointers inside the spec."""
    while "$ref" in node:
        _, section, name = node["$ref"].removeprefix("#/").split("/", 2)
        node = SPEC["components"][section][name]
    return node


def request_example(path: str) -> dict[str, Any]:
    """The spec's first request example of a POST (no callback: nobody listens)."""
    content = SPEC["paths"][path]["post"]["requestBody"]["content"]["application/json"]
    body = dict(deref(next(iter(content["examples"].values())))["value"])
    body.pop("callback_url", None)
    return body


def _kind(probe: Kling, method: str, path: str, tag: str) -> str | None:
    """create, get, list, call (outside task families), or None: kling_ext does not reach it."""
    if path in CALLS or SPEC["paths"][path][method.lower()].get("x-kling-method"):
        return "call"
    try:
        family_path = probe.resource(tag).family.path
    except ValueError:  # a family kling_ext does not know (yet)
        return None
    if path == family_path + "/{id}":
        return "get"
    return {"POST": "create", "GET": "list"}[method] if path == family_path else None


def _operations() -> dict[str, tuple[str, str, str, str]]:
    with Kling(base_url="http://127.0.0.1:9", **CLIENT_DEFAULTS) as probe:
        kinds = {op: _kind(probe, *info) for op, info in SPEC_OPERATIONS.items()}
    return {op: (*SPEC_OPERATIONS[op], kind) for op, kind in kinds.items() if kind}


OPERATIONS = _operations()
"""operationId -> (HTTP method, spec path, tag, kind) for the spec's operations kling_ext reaches.
The tag is the family key (``client.resource(tag)``); the kind is create, get, list or call."""
SIMULATED = {
    (method, route.path)
    for route in create_app().routes
    if isinstance(route, Route)
    for method in route.methods or ()
}
"""(method, path) of every route the simulator serves."""


def _with_session(body: dict[str, Any], faces: Any) -> dict[str, Any]:
    found = faces.to_dict()
    choice = {**body["face_choose"][0], "face_id": found["face_data"][0]["face_id"]}
    return {**body, "session_id": found["session_id"], "face_choose": [choice]}


def _create(client: Kling | AsyncKling, tag: str, family_path: str) -> Any:
    body = request_example(family_path)
    if tag == "multi_elements" and isinstance(client, Kling):
        body = more_calls.with_selection(client, body)
    elif "session_id" in body and isinstance(client, Kling):  # sync only: no async test needs it
        body = _with_session(body, client.identify_face(request_example(IDENTIFY_FACE)))
    return client.resource(tag).submit(body)


def invoke_operation(
    client: Kling | AsyncKling, operation_id: str, task_id: str = ANY_TASK_ID, create: bool = False
) -> Any:
    """Call ``operation_id`` through ``kling_ext``: the result, or a coroutine for ``AsyncKling``.

    Creates (and identify-face) send the spec's first request example; gets ask for ``task_id``;
    lists read page 1. ``create=True`` makes a real task in the operation's family instead (an
    advanced lip-sync create first opens an identify-face session).
    """
    _, path, tag, kind = OPERATIONS[operation_id]
    if path == "/account/costs":
        return client.account.costs(start_time=COSTS_START, end_time=COSTS_END)
    if kind == "call" and path == IDENTIFY_FACE:
        return client.identify_face(request_example(path))
    if kind == "call":  # the generated method of the call (FACTS-2026 §4 families)
        return more_calls.invoke_call(client, operation_id, path)
    if create:
        return _create(client, tag, path.removesuffix("/{id}"))
    if kind == "create":
        return client.resource(tag).submit(request_example(path))
    if kind == "get":
        return client.resource(tag).get(task_id)
    return client.resource(tag).list(page=1, page_size=10)


def _simulator_gap(method: str, path: str, *_: str) -> list[pytest.MarkDecorator]:
    reason = f"GAP kling_mock: the simulator serves no {method} {path} (404 / 1203)"
    return [] if (method, path) in SIMULATED else [pytest.mark.xfail(strict=True, reason=reason)]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """``operation_id``: each operation kling_ext reaches (a strict xfail where a test using the
    simulator meets a route it lacks); ``example``: each of the module's ``EXAMPLES`` of those."""
    chosen = {m.args[0] for m in metafunc.definition.iter_markers("parametrize")}
    if "operation_id" in metafunc.fixturenames and "operation_id" not in chosen:
        stateful = "sim" in metafunc.fixturenames
        gaps = {op: _simulator_gap(*info) if stateful else [] for op, info in OPERATIONS.items()}
        metafunc.parametrize("operation_id", [pytest.param(op, marks=gaps[op]) for op in gaps])
    if "example" in metafunc.fixturenames and "example" not in chosen:
        examples = [e for e in metafunc.module.EXAMPLES if e.operation_id in OPERATIONS]
        metafunc.parametrize("example", examples, ids=str)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Attach the tail of every service log to a failed test's report (without the lines of
    Prism mock's callbacks, which fail harmlessly: our creates carry no callback_url)."""
    report = yield
    if report.failed:
        for log in _LOGS:
            lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
            tail = [line for line in lines if "[CALLBACK]" not in line][-30:]
            report.sections.append((f"service log {log.name} (tail)", "\n".join(tail)))
    return report


@pytest.fixture(scope="session")
def prism_mock_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``prism mock`` on a free port: any bearer token, answers from the spec's examples."""
    log = tmp_path_factory.mktemp("logs") / "prism-mock.log"
    _LOGS.append(log)
    service: Service = start_prism_mock(free_port(), log)
    try:
        yield service.url
    finally:
        service.stop()


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """``prism proxy --errors`` in front of the simulator (started with ``SIM_CONFIG``)."""
    folder = tmp_path_factory.mktemp("stateful")
    config = folder / "sim.json"
    config.write_text(json.dumps(SIM_CONFIG), encoding="utf-8")
    log = folder / "prism-proxy-and-simulator.log"
    _LOGS.append(log)
    with stateful(free_port(), free_port(), ["--config", str(config)], log) as (proxy, simulator):
        yield proxy.url, simulator.url


@pytest.fixture(scope="session")
def proxy_url(stack: tuple[str, str]) -> str:
    """Where clients of the stateful stack go: the validating Prism proxy."""
    return stack[0]


@pytest.fixture(scope="session")
def sim_url(stack: tuple[str, str]) -> str:
    """The simulator itself (control endpoints, result files, or a client bypassing Prism)."""
    return stack[1]


@pytest.fixture
def sim(sim_url: str) -> Iterator[httpx.Client]:
    """A client on the simulator's control endpoints, after ``POST /__sim/reset``."""
    with httpx.Client(base_url=sim_url, timeout=10.0) as control:
        control.post("/__sim/reset").raise_for_status()
        yield control


def _is_problem(response: httpx.Response) -> bool:
    """Prism objected: its problem+json, or the Kling envelope the front made of it."""
    kind = response.headers.get("content-type", "")
    return (
        kind.startswith("application/problem+json")
        or "sl-violations" in response.headers
        or PROBLEM_HEADER in response.headers
    )


@pytest.fixture
def traffic() -> Iterator[list[httpx.Response]]:
    """Responses seen by this test's clients; no Prism problem may remain at the end."""
    seen: list[httpx.Response] = []
    yield seen
    problems = [
        f"{r.request.method} {r.request.url.path} -> {r.status_code} "
        f"{r.headers.get('sl-violations', '')} {r.text[:400]}"
        for r in seen
        if _is_problem(r)
    ]
    assert not problems, "Prism reported problems:\n" + "\n".join(problems)


@functools.cache
def _tls() -> ssl.SSLContext:
    # One context for all clients: httpx loads the certificates per transport (~70 ms each).
    return ssl.create_default_context()


@pytest.fixture
def make_client(traffic: list[httpx.Response]) -> Iterator[Callable[..., Kling]]:
    """``make_client(base_url, request_hooks=[...], **Kling options)``; closed after the test."""
    clients: list[Kling] = []

    def seen(response: httpx.Response) -> None:
        response.read()
        traffic.append(response)

    def make(
        base_url: str, request_hooks: Sequence[Callable[..., Any]] = (), **options: Any
    ) -> Kling:
        hooks = {"request": list(request_hooks), "response": [seen]}
        options.setdefault("transport", httpx.HTTPTransport(verify=_tls()))
        client = Kling(base_url=base_url, event_hooks=hooks, **{**CLIENT_DEFAULTS, **options})
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def make_async_client(traffic: list[httpx.Response]) -> Callable[..., AsyncKling]:
    """Like ``make_client`` for ``AsyncKling`` (async hooks); use it with ``async with``."""

    async def seen(response: httpx.Response) -> None:
        await response.aread()
        traffic.append(response)

    def make(
        base_url: str, request_hooks: Sequence[Callable[..., Any]] = (), **options: Any
    ) -> AsyncKling:
        hooks = {"request": list(request_hooks), "response": [seen]}
        options.setdefault("transport", httpx.AsyncHTTPTransport(verify=_tls()))
        return AsyncKling(base_url=base_url, event_hooks=hooks, **{**CLIENT_DEFAULTS, **options})

    return make


@pytest.fixture(scope="session")
def invoke() -> Callable[..., Any]:
    """:func:`invoke_operation`: ``invoke(client, operation_id, task_id=..., create=False)``."""
    return invoke_operation


@pytest.fixture(scope="session")
def operations() -> dict[str, tuple[str, str, str, str]]:
    """:data:`OPERATIONS`: operationId -> (HTTP method, spec path, tag, kind)."""
    return OPERATIONS


@pytest.fixture(scope="session")
def simulated() -> set[tuple[str, str]]:
    """(method, path) of every route the simulator serves."""
    return SIMULATED
