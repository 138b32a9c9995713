"""Never billed twice, against the real simulator over HTTP: every way a create's answer can be
lost or late, with and without external_task_id uniqueness on the server. Each scenario asserts
the number of tasks stored per ``create()`` (at most one) or the exception class.

The client's pauses are recorded and slept for at most ``CAP`` (0.05 s) for real, so a commit lag
of 0.08 s falls inside the client's commit window (its five look-ups span about 0.2 s)."""

from __future__ import annotations

import concurrent.futures
import random
import uuid
from typing import Any

import pytest

from kling_ext import AmbiguousCreateError, KlingError, RateLimitError
from kling_mock import billing_storm
from tests.reliability.test_faults_simulator import Client, Make

pytestmark = pytest.mark.reliability
LAG = 0.08
"""A commit lag inside the client's commit window (see the module docstring)."""


def ext_id() -> str:
    return f"bill-{uuid.uuid4().hex}"


def stored(client: Client, ext: str) -> list[str]:
    created: dict[str, list[str]] = client.stats()["created_by_external_task_id"]
    return created.get(ext, [])


SCENARIOS: dict[str, list[dict[str, Any]]] = {
    "lost response": [{"kind": "drop", "count": 1}],
    "late commit": [{"kind": "late_commit", "seconds": LAG, "count": 1}],
    "5xx after commit": [{"kind": "error_after_commit", "code": 5000, "count": 1}],
    "5xx after a late commit": [{"kind": "error_after_commit", "seconds": LAG, "count": 1}],
    "nothing stored": [{"kind": "drop", "when": "before", "count": 1}],
    "1303 then success": [],
}


@pytest.mark.parametrize("unique", [True, False], ids=["dedupe", "no-dedupe"])
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_one_create_stores_one_task(make_client: Make, scenario: str, unique: bool) -> None:
    client, ext = make_client(), ext_id()
    concurrency = {"video": 0} if scenario == "1303 then success" else {}
    client.configure(
        faults=SCENARIOS[scenario], unique_external_task_id=unique, concurrency=concurrency
    )
    if concurrency:  # the account is full once, then a slot frees up
        client.on_sleep = lambda count: client.configure(concurrency={"video": 5})
    task = client.create(ext)
    client.configure(faults=[])
    assert stored(client, ext) == [task.task_id]


def test_a_lag_beyond_the_window_is_ambiguous_never_a_third_task(make_client: Make) -> None:
    """Both the create and its one re-submission are lost and stay invisible longer than the
    window, on a server without uniqueness: the client stops at two sends and says so."""
    client, ext = make_client(commit_window=0.01), ext_id()
    client.configure(
        faults=[{"kind": "late_commit", "seconds": 2.0, "count": 2}], unique_external_task_id=False
    )
    with pytest.raises(AmbiguousCreateError) as caught:
        client.create(ext)
    assert caught.value.external_task_id == ext
    assert client.stats()["requests"]["create"] == 2


def test_a_storm_of_concurrent_creates_with_random_faults(make_client: Make) -> None:
    """60 creates from 8 threads on one client, a random fault on about half of them, no
    uniqueness on the server: every create() returns the one task stored for its id, or raises a
    KlingError having stored at most one."""
    client = make_client()
    rng = random.Random(20261207)
    kinds = billing_storm(LAG)
    client.configure(faults=kinds, unique_external_task_id=False, seed=rng.randrange(10**6))
    ids = [ext_id() for _ in range(60)]

    def one(ext: str) -> tuple[str, str | None, type[Exception] | None]:
        try:
            return ext, client.create(ext).task_id, None
        except KlingError as exc:
            return ext, None, type(exc)

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(one, ids))
    client.configure(faults=[])
    created: dict[str, list[str]] = client.stats()["created_by_external_task_id"]
    for ext, task_id, error in outcomes:
        if error is None:
            assert created[ext] == [task_id]
        else:
            # Given up after its one re-send, or refused (1302) more often than retries allow.
            assert error in (AmbiguousCreateError, RateLimitError)
            assert len(created.get(ext, [])) <= 1
    assert sum(task_id is not None for _, task_id, _ in outcomes) >= 50
