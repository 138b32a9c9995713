"""Fault injection against the real simulator process, with ``Kling`` and ``AsyncKling``.

Every test runs twice (``make_client`` is parametrized): with the sync client, and with the async
client in a blocking portal's event loop; both reach the simulator over a real socket. In every
case ``/__sim/stats`` shows at most one task per external_task_id, no partial file is left behind,
and the call ends in a typed error or a successful recovery. Injected sleeps record each delay and
barely sleep for real, so back-offs cost nothing (see ``conftest.Driver``).
"""

from __future__ import annotations

import functools
import queue
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import httpx
import pytest

import kling_ext._core._base
from kling_ext import (
    AmbiguousCreateError,
    AsyncKling,
    ConcurrencyLimitError,
    DownloadError,
    InsufficientBalanceError,
    Kling,
    KlingAuth,
    NotFoundError,
    ResultExpiredError,
    Task,
    parse_callback,
)
from kling_ext._core._safe_create import DEFAULT_COMMIT_WINDOW, probe_delays
from kling_mock import mp4_bytes

pytestmark = pytest.mark.reliability

PROMPT = "a red fox running through fresh snow"
FLOOD = 20


class Client(Protocol):
    """What the tests use of ``conftest.Driver`` (a fixture's type, not imported from conftest)."""

    calls: list[tuple[str, int]]
    codes: list[int]
    delays: list[float]
    on_sleep: Callable[[int], None]
    client: Kling | AsyncKling

    def configure(self, **config: Any) -> None: ...
    def stats(self) -> dict[str, Any]: ...
    def run(self, op: Callable[[Any], Any]) -> Any: ...
    def t2v(self, method: str, *args: Any, **kwargs: Any) -> Any: ...
    def create(self, external_task_id: str, **fields: Any) -> Task: ...
    def verify(self, body: bytes) -> Task: ...


Make = Callable[..., Client]


def ext_id() -> str:
    return f"rel-{uuid.uuid4().hex}"


def server_error(code: int = 5000, count: int | None = None, op: str = "create") -> dict[str, Any]:
    return {"kind": "server_error", "code": code, "operations": [op], "count": count}


PROBES = len(probe_delays(DEFAULT_COMMIT_WINDOW))
"""Look-ups by external_task_id of a create whose answer was lost (the commit window)."""
WINDOW = [("GET", 404)] * PROBES
CREATE_FAULTS: dict[str, tuple[dict[str, Any], type[Exception] | None, list[Any], int, int]] = {
    # case: (simulator config, error expected, responses seen by the client, POSTs received,
    #        pauses taken)
    "drop-after-store": ({"faults": [{"kind": "drop", "count": 1}]}, None, [("GET", 200)], 1, 0),
    "drop-before-store": (
        {"faults": [{"kind": "drop", "when": "before", "count": 1}]}, None,
        [*WINDOW, ("POST", 200)], 2, PROBES - 1,
    ),
    "5xx-once": (
        {"faults": [server_error(count=1)]}, None, [("POST", 500), *WINDOW, ("POST", 200)], 2,
        PROBES - 1,
    ),
    # Ambiguous twice: re-sent once, then given up rather than risk a second paid task.
    "5xx-twice": (
        {"faults": [server_error(5001, count=2)]}, AmbiguousCreateError,
        [("POST", 503), *WINDOW] * 2, 2, 2 * (PROBES - 1),
    ),
    "1303-beyond-budget": (
        {"concurrency": {"video": 0}}, ConcurrencyLimitError, [("POST", 429)] * 3, 3, 2
    ),
    "1102": ({"faults": [{"kind": "insufficient_balance"}]}, InsufficientBalanceError,
             [("POST", 429)], 1, 0),
}  # fmt: skip


@pytest.mark.parametrize("case", CREATE_FAULTS)
def test_create_faults_never_duplicate_a_task(make_client: Make, case: str) -> None:
    """A stored task is found by its external_task_id before any re-submission; refusals (1303)
    are re-sent after a back-off without a lookup; 1102 is final at once; a retried create that
    gives up names the external_task_id to resume from."""
    config, error, calls, posts, pauses = CREATE_FAULTS[case]
    client, ext = make_client(), ext_id()
    client.configure(**config)
    if error is None:
        task = client.create(ext)
        assert client.stats()["created_by_external_task_id"] == {ext: [task.task_id]}
    else:
        with pytest.raises(error) as info:
            client.create(ext)
        assert client.stats()["tasks_created"] == 0
        told = str(info.value) + "".join(getattr(info.value, "__notes__", []))
        assert (ext in told) == (posts > 1)
    assert client.calls == calls
    assert client.stats()["requests"].get("create") == posts
    assert len(client.delays) == pauses


def test_1303_storm_recovers_within_the_budget(make_client: Make) -> None:
    client, ext = make_client(), ext_id()
    client.configure(concurrency={"video": 0})

    def storm_passes(sleeps: int) -> None:
        if sleeps == 2:
            client.configure(concurrency={})

    client.on_sleep = storm_passes
    task = client.create(ext)
    assert client.calls == [("POST", 429), ("POST", 429), ("POST", 200)]  # refused: no lookups
    assert client.codes == [1303, 1303]
    assert client.stats()["created_by_external_task_id"] == {ext: [task.task_id]}


def test_read_timeouts_on_get_are_retried(make_client: Make) -> None:
    client = make_client(timeout=httpx.Timeout(5.0, read=0.25))
    task = client.create(ext_id())
    client.configure(faults=[{"kind": "slow", "seconds": 0.8, "operations": ["get"], "count": 1}])
    assert client.t2v("get", task.task_id).task_id == task.task_id
    assert client.stats()["requests"]["get"] == 2 and len(client.delays) == 1


def test_read_timeout_on_create_never_duplicates(make_client: Make) -> None:
    client, ext = make_client(timeout=httpx.Timeout(5.0, read=0.2)), ext_id()
    client.configure(
        faults=[{"kind": "slow", "seconds": 1.0, "operations": ["create"], "count": 1}]
    )
    started = time.monotonic()
    task = client.create(ext)  # times out at 0.2 s; the server stores it at 1.0 s at the earliest
    assert client.calls == [*WINDOW, ("POST", 200)]
    # Let the timed-out create finish on the server: it must not add a second task.
    time.sleep(max(0.0, started + 1.2 - time.monotonic()))
    got = client.stats()
    assert got["created_by_external_task_id"] == {ext: [task.task_id]}
    assert got["requests"] == {"create": 2, "get": PROBES}


def test_5xx_bursts_on_reads_are_retried(make_client: Make) -> None:
    client = make_client()
    task = client.create(ext_id())
    client.configure(faults=[server_error(5001, 2, "get"), server_error(5002, 2, "list")])
    assert client.t2v("get", task.task_id).task_id == task.task_id
    assert [t.task_id for t in client.t2v("list")] == [task.task_id]
    assert client.calls[1:] == [("GET", 200), ("GET", 200)]  # the transport absorbed the 5xx
    got = client.stats()
    assert (got["requests"]["get"], got["requests"]["list"]) == (3, 3)
    assert got["faults_fired"] == {"server_error": 4} and len(client.delays) == 4


@pytest.mark.parametrize("fault", ["truncate", "expired_results"])
def test_failed_downloads_leave_no_file(make_client: Make, empty_dir: Path, fault: str) -> None:
    client = make_client()
    done = client.t2v("create_and_wait", prompt=PROMPT, timeout=10)
    client.configure(faults=[{"kind": fault, "count": 1, "fraction": 0.3}])
    with pytest.raises(DownloadError) as info:
        client.run(lambda c: c.download(done, empty_dir))
    if fault == "truncate":
        assert not isinstance(info.value, ResultExpiredError)
        assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    else:
        assert isinstance(info.value, ResultExpiredError) and "30 days" in str(info.value)
    assert list(empty_dir.iterdir()) == []  # neither the file nor a .part file
    [path] = client.run(lambda c: c.download(done, empty_dir))  # the fault has cleared
    assert list(empty_dir.iterdir()) == [path] and path.read_bytes() == mp4_bytes(5.0)


def test_token_expiring_mid_wait_is_reminted_once(
    make_client: Make, monkeypatch: pytest.MonkeyPatch
) -> None:
    skew = [1798.5]  # the client's auth clock is behind: a 1800 s token lives 0.5-1.5 s
    clock = functools.partial(KlingAuth, clock=lambda: time.time() - skew[0])
    monkeypatch.setattr(kling_ext._core._base, "KlingAuth", clock)
    client = make_client()
    client.configure(processing_after=0.1, succeed_after=1.6)
    task = client.create(ext_id())
    # The drift shrinks: the client sees no reason to re-mint early; a new token lives 50 s.
    skew[0] = 1750.0
    assert client.t2v("wait", task, timeout=10).task_status == "succeed"
    assert client.codes == [1004]
    refused = client.calls.index(("GET", 401))
    assert client.calls[refused + 1] == ("GET", 200)  # one re-mint, one resend
    auth = client.client.auth
    assert isinstance(auth, KlingAuth)
    assert auth.mint_count == 2


def test_callback_flood_parses_and_verifies(
    make_client: Make, callback_receiver: tuple[str, queue.Queue[bytes]]
) -> None:
    url, bodies = callback_receiver
    client = make_client()
    tasks = [client.create(ext_id(), callback_url=f"{url}/hook/{n}") for n in range(FLOOD)]
    deadline = time.monotonic() + 15
    received = [bodies.get(timeout=max(0.01, deadline - time.monotonic())) for _ in tasks * 3]
    # verify_callback re-fetches: the server's view (succeed), whatever status was posted
    assert {client.verify(body).task_status for body in received} == {"succeed"}
    with pytest.raises(NotFoundError):
        client.verify(b'{"task_id": "999999999999999999", "task_status": "succeed"}')
    statuses: dict[str, list[str]] = {}
    for body in received:
        posted = parse_callback(body)
        statuses.setdefault(str(posted.task_id), []).append(str(posted.task_status))
    assert statuses == {t.task_id: ["submitted", "processing", "succeed"] for t in tasks}
    assert bodies.empty() and client.stats()["callbacks"] == {"sent": 3 * FLOOD}


def test_mixed_faults_then_success(make_client: Make) -> None:
    client = make_client()
    client.configure(faults=[
        {"kind": "drop", "count": 1},
        server_error(5002, 1, "get"),
        {"kind": "rate_limit", "operations": ["get"], "count": 1},
    ])  # fmt: skip
    task = client.t2v("create", prompt=PROMPT)  # with a generated external_task_id
    ext = task.task_info.external_task_id
    assert client.calls == [("GET", 200)]  # the lookup, after two retries by the transport
    got = client.stats()
    assert got["requests"] == {"create": 1, "get": 3}
    assert got["faults_fired"] == {"drop": 1, "server_error": 1, "rate_limit": 1}
    # Five 5xx in a row while waiting: beyond the transport's budget, sat out by the wait.
    client.configure(faults=[server_error(count=5, op="get")])
    assert client.t2v("wait", task, timeout=10).task_status == "succeed"
    assert client.codes == [5000]
    got = client.stats()
    assert got["created_by_external_task_id"] == {ext: [task.task_id]}
    assert got["faults_fired"]["server_error"] == 6
