"""Fixtures of the reliability suite.

- ``sim_url`` (session): one real ``kling_mock`` process on a free port of 127.0.0.1, started by
  ``tools.mockctl.start_simulator`` with fast task timings, stopped at the end of the session.
- ``sim`` (per test): an ``httpx.Client`` on that simulator, after ``POST /__sim/reset`` (no tasks,
  no counters, no faults, start-up timings).
- ``make_client`` (per test, parametrized ``sync``/``async``): builds :class:`Driver` objects, a
  ``Kling`` or an ``AsyncKling`` (run in a blocking portal's event loop) on the simulator's real
  socket behind one blocking API, so that one test body covers both clients.
- ``callback_receiver``: a tiny threaded ``http.server`` on 127.0.0.1 that answers 200 to every
  POST and keeps the raw bodies, for the callback flood.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import queue
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from anyio.from_thread import BlockingPortal, start_blocking_portal

from kling_ext import AsyncKling, Kling, PollSchedule, Task, averify_callback, verify_callback
from kling_mock import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY
from tools.mockctl import free_port, start_simulator

SIM_CONFIG = {"processing_after": 0.05, "succeed_after": 0.2, "seed": 20261101}
"""Start-up configuration: tasks succeed 0.2 s after their create."""
CAP = 0.05
"""The longest real sleep of a client's injected sleep (back-offs are recorded, not slept)."""
FAST_POLL = PollSchedule(initial=0.03, factor=1.0, cap=0.03, jitter=0.0)
PROMPT = "a red fox running through fresh snow"


@pytest.fixture(scope="session")
def sim_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the simulator process shared by the whole session."""
    config = tmp_path_factory.mktemp("simulator") / "sim.json"
    config.write_text(json.dumps(SIM_CONFIG), encoding="utf-8")
    args = ["--config", str(config), "--log-level", "warning"]
    # mockctl needs the port in advance: retry once should another process take it meanwhile.
    # No ``log=``: mockctl would leave that file open in this process (a ResourceWarning).
    try:
        service = start_simulator(free_port(), args)
    except RuntimeError:
        service = start_simulator(free_port(), args)
    try:
        yield service.url
    finally:
        service.stop()


@pytest.fixture
def sim(sim_url: str) -> Iterator[httpx.Client]:
    """A control client on the simulator, freshly reset (and reset again after the test)."""
    with httpx.Client(base_url=sim_url, timeout=10.0) as control:
        control.post("/__sim/reset").raise_for_status()
        yield control
        control.post("/__sim/reset").raise_for_status()


class Driver:
    """A ``Kling`` (no portal) or an ``AsyncKling`` (run in ``portal``) behind one blocking API.

    ``sim`` is the simulator's control client. ``calls`` lists ``(method, status)`` of every API
    response that reached the client, in order: auth resends included, read retries inside the
    retry transport not (``/__sim/stats`` counts those); ``codes`` holds the business code of each
    non-200 one. The injected sleep records each delay in ``delays``, calls ``on_sleep`` with their
    number, and sleeps at most ``CAP`` for real.
    """

    def __init__(
        self, sim: httpx.Client, url: str, portal: BlockingPortal | None, **options: Any
    ) -> None:
        self.sim, self.portal = sim, portal
        self.calls: list[tuple[str, int]] = []
        self.codes: list[int] = []
        self.delays: list[float] = []
        self.on_sleep: Callable[[int], None] = lambda count: None
        options = {"access_key": DEFAULT_ACCESS_KEY, "secret_key": DEFAULT_SECRET_KEY,
                   "base_url": url, "poll_schedule": FAST_POLL, **options}  # fmt: skip
        self.client: Kling | AsyncKling
        if portal is None:
            hooks: list[Callable[..., Any]] = [self._seen]
            self.client = Kling(sleep=self._sleep, event_hooks={"response": hooks}, **options)
        else:
            hooks = [self._aseen]
            self.client = AsyncKling(sleep=self._asleep, event_hooks={"response": hooks}, **options)

    def configure(self, **config: Any) -> None:
        """Merge a partial simulator configuration (``POST /__sim/config``)."""
        self.sim.post("/__sim/config", json=config).raise_for_status()

    def stats(self) -> dict[str, Any]:
        """``GET /__sim/stats``."""
        result: dict[str, Any] = self.sim.get("/__sim/stats").json()
        return result

    def run(self, op: Callable[[Any], Any]) -> Any:
        """``op(client)``; with the async client, the coroutine it returns is awaited."""
        if self.portal is None:
            return op(self.client)
        return self.portal.call(lambda: op(self.client))

    def t2v(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """``client.videos.text2video.<method>(...)``."""
        return self.run(lambda c: getattr(c.videos.text2video, method)(*args, **kwargs))

    def create(self, external_task_id: str, **fields: Any) -> Task:
        """A text-to-video create with this external_task_id."""
        task: Task = self.t2v("create", prompt=PROMPT, external_task_id=external_task_id, **fields)
        return task

    def verify(self, body: bytes) -> Task:
        """``verify_callback`` / ``averify_callback`` of a text-to-video callback body."""
        if isinstance(self.client, Kling):
            return verify_callback(self.client, body, family="text_to_video")
        task: Task = self.run(lambda c: averify_callback(c, body, family="text_to_video"))
        return task

    def _delay(self, seconds: float) -> float:
        self.delays.append(seconds)
        self.on_sleep(len(self.delays))
        return min(seconds, CAP)

    def _sleep(self, seconds: float) -> None:
        time.sleep(self._delay(seconds))

    async def _asleep(self, seconds: float) -> None:
        await anyio.sleep(self._delay(seconds))

    def _seen(self, response: httpx.Response) -> None:
        self.calls.append((response.request.method, response.status_code))
        if response.status_code != 200:
            self.codes.append(json.loads(response.read())["code"])

    async def _aseen(self, response: httpx.Response) -> None:
        await response.aread()
        self._seen(response)


@pytest.fixture(params=["sync", "async"])
def make_client(
    request: pytest.FixtureRequest, sim: httpx.Client, sim_url: str
) -> Iterator[Callable[..., Driver]]:
    """Build drivers of one mode on the freshly reset simulator; closes them afterwards."""
    drivers: list[Driver] = []
    with contextlib.ExitStack() as stack:
        portal = None
        if request.param == "async":
            portal = stack.enter_context(start_blocking_portal("asyncio"))

        def make(**options: Any) -> Driver:
            drivers.append(Driver(sim, sim_url, portal, **options))
            return drivers[-1]

        yield make
        for driver in drivers:
            driver.run(lambda c: c.close())


class _Receiver(http.server.BaseHTTPRequestHandler):
    bodies: queue.Queue[bytes]

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.bodies.put(self.rfile.read(length))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Silence: the flood would fill the test output."""


@pytest.fixture
def callback_receiver() -> Iterator[tuple[str, queue.Queue[bytes]]]:
    """``(base_url, bodies)``: every POST body received, in arrival order."""
    bodies: queue.Queue[bytes] = queue.Queue()
    handler = type("Receiver", (_Receiver,), {"bodies": bodies})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", bodies
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def empty_dir(tmp_path: Path) -> Path:
    """A fresh download directory."""
    folder = tmp_path / "downloads"
    folder.mkdir()
    return folder
