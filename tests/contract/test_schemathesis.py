"""schemathesis against ``prism proxy --errors`` in front of the simulator: every operation that
kling_ext reaches and the simulator serves (the others are skipped: test_prism_mock.py and
test_stateful.py report them).

Positive data only, with the standard response checks (not_a_server_error,
status_code_conformance, content_type_conformance, response_headers_conformance,
response_schema_conformance, ...). Left out, and why:

- ``ignored_auth``, ``unsupported_method``: Prism accepts any bearer token and sends no ``Allow``
  header (TOOLCHAIN.md); the simulator checks the token behind it.
- ``positive_data_acceptance``: schema-valid bodies that break our x-kling rules, the capability
  map or FACTS rules the schema cannot express (empty strings are "not set", external_task_id
  unique) are refused with a documented 400 by the simulator, as by Kling.
- Negative mode: Prism answers invalid requests itself with an undocumented 422 problem (in proxy
  mode it has no example to serve), which tests Prism, not our contract; the real API never
  answers 422, so the spec does not document it.
- Stateful phase: nothing to bound; the spec has no ``links`` and schemathesis infers none (its
  CLI reports the phase "not applicable").

Each get-one operation is called twice per example: with the generated id (mostly 404), then with
a task that exists, so that real task objects are checked against the response schemas too.
Configured through ``SchemathesisConfig``: 5 fuzzed examples per operation besides the examples
and coverage phases, no example database (about 80 s for 50 operations, most of it the
simulator's keep-alive stall, see test_simulator_keep_alive_latency).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

import httpx
import pytest
import schemathesis
from schemathesis import Case
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    ignored_auth,
    positive_data_acceptance,
    unsupported_method,
)

from kling_ext import Kling, KlingAuth, PollSchedule
from kling_mock import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY
from tools.mockctl import ROOT

pytestmark = pytest.mark.contract

CONFIG = SchemathesisConfig.from_dict(
    {"generation": {"mode": "positive", "max-examples": 5, "database": "none"}}
)
schema = schemathesis.openapi.from_path(ROOT / "openapi" / "kling.yaml", config=CONFIG)
EXCLUDED_CHECKS = [ignored_auth, unsupported_method, positive_data_acceptance]


class Target(NamedTuple):
    """Where schemathesis sends its cases, with what token, a real task id per get path, and
    the (method, path) of the operations kling_ext reaches."""

    url: str
    headers: dict[str, str]
    task_ids: dict[str, str]
    covered: set[tuple[str, str]]


@pytest.fixture(scope="module")
def target(
    proxy_url: str,
    sim_url: str,
    invoke: Callable[..., Any],
    operations: dict[str, tuple[str, str, str, str]],
    simulated: set[tuple[str, str]],
) -> Iterator[Target]:
    """A reset simulator without callbacks, one finished task per family, a valid JWT; the
    operations covered are those kling_ext reaches and the simulator serves."""
    with httpx.Client(base_url=sim_url) as control:
        control.post("/__sim/reset").raise_for_status()
        control.post("/__sim/config", json={"callbacks": False}).raise_for_status()
        served = [op for op, (m, path, *_) in operations.items() if (m, path) in simulated]
        creates = [op for op in served if operations[op][3] == "create"]
        fast = PollSchedule(initial=0.1, cap=0.2)
        with Kling(
            access_key=DEFAULT_ACCESS_KEY, secret_key=DEFAULT_SECRET_KEY, base_url=proxy_url
        ) as client:
            tasks = {op: invoke(client, op, create=True) for op in creates}
            done = {
                op: client.resource(operations[op][2]).wait(task, schedule=fast)
                for op, task in tasks.items()
            }
        task_ids = {operations[op][1] + "/{id}": str(task.task_id) for op, task in done.items()}
        token = KlingAuth(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY, ttl=3600).token()
        covered = {(m, path) for m, path, *_ in operations.values()} & simulated
        yield Target(proxy_url, {"Authorization": f"Bearer {token}"}, task_ids, covered)
        control.post("/__sim/reset").raise_for_status()


@schema.parametrize()
def test_operation_conforms(case: Case[Any], target: Target) -> None:
    """Generated requests through Prism: no server error, no violation, documented answers."""
    if (case.method.upper(), case.path) not in target.covered:
        pytest.skip("kling_ext does not reach it or the simulator does not serve it")
    case.call_and_validate(target.url, headers=target.headers, excluded_checks=EXCLUDED_CHECKS)
    if case.path.endswith("/{id}"):
        case.path_parameters["id"] = target.task_ids[case.path]
        response = case.call_and_validate(
            target.url, headers=target.headers, excluded_checks=EXCLUDED_CHECKS
        )
        assert response.status_code == 200


def test_costs_window_at_the_spec_maximum_is_accepted(proxy_url: str) -> None:
    """The largest end_time the spec allows is accepted by the contract stack."""
    parameters = schema.raw_schema["paths"]["/account/costs"]["get"]["parameters"]
    (end_time,) = (p["schema"] for p in parameters if p["name"] == "end_time")
    maximum = end_time.get("maximum", 2**63 - 1)
    with Kling(
        access_key=DEFAULT_ACCESS_KEY, secret_key=DEFAULT_SECRET_KEY, base_url=proxy_url
    ) as client:
        costs = client.account.costs(start_time=int(time.time() * 1000), end_time=maximum)
    assert costs.code == 0


def test_simulator_keep_alive_latency(sim: httpx.Client) -> None:
    """Requests on a kept-alive connection to the simulator answer in well under 20 ms.

    Here because the schemathesis run, hundreds of proxied requests, pays the stall most."""
    durations = []
    for _ in range(10):
        start = time.perf_counter()
        sim.get("/__sim/health").raise_for_status()
        durations.append(time.perf_counter() - start)
    assert sorted(durations)[len(durations) // 2] < 0.02, durations
