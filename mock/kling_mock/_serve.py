"""The simulator for users' own tests: served on a loopback port, or in-process, with controls.

``serve()`` runs the real simulator over HTTP with uvicorn in a background thread (any test
framework, any HTTP client); ``in_process()`` needs no port. Both yield a :class:`KlingMock`:
the base URL, the fake keys, clients pointed at it and the controls (reset, failing or stalled
tasks, the concurrency limit, faults, jumping the clock), all through the ``/__sim`` endpoints.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import httpx

try:
    from ._app import create_app
except ModuleNotFoundError as exc:  # without the mock extra: say which one to install
    raise ModuleNotFoundError(
        f"kling_mock.serve() and in_process() need {exc.name}: pip install 'kling[mock]'",
        name=exc.name,
    ) from exc
from ._config import (
    DEFAULT_ACCESS_KEY,
    DEFAULT_API_KEY,
    DEFAULT_SECRET_KEY,
    SimulatorConfig,
)
from ._families import ResourceType
from ._inprocess import BorrowedTransport, InProcessTransport

if TYPE_CHECKING:
    from kling_ext import AsyncKling, Kling

STALL_SECONDS = 86400.0
"""How long :meth:`KlingMock.stall_tasks` makes tasks run (a jump of this much ends them)."""
_RESOURCES: tuple[ResourceType, ...] = ("video", "image", "try_on", "audio")
_IN_PROCESS_URL = "http://kling-mock.local"


class KlingMock:
    """A running simulator: where it is, the keys it accepts, clients for it, and its controls.

    The controls change the simulator until :meth:`reset` (the pytest fixture resets before each
    test). Tasks created while a control is on keep its effect.
    """

    def __init__(
        self, base_url: str, transport: BorrowedTransport | None = None, **keys: str
    ) -> None:
        self.base_url = base_url
        """Root URL of the simulated API (and of its result files)."""
        self.api_key = keys.get("api_key", DEFAULT_API_KEY)
        """The fake API key the simulator accepts (``Authorization: Bearer <key>``)."""
        self.access_key = keys.get("access_key", DEFAULT_ACCESS_KEY)
        """The fake access key, for clients signing JWTs (AK/SK)."""
        self.secret_key = keys.get("secret_key", DEFAULT_SECRET_KEY)
        """The fake secret key that goes with :attr:`access_key`."""
        self.transport = transport
        """The in-process transport (``in_process()``; closing a client leaves it open), else
        None: the simulator listens on a port."""
        self._control = httpx.Client(base_url=base_url, transport=transport, timeout=10.0)

    def __repr__(self) -> str:
        return f"KlingMock({self.base_url!r})"

    # --- clients ---------------------------------------------------------------------------------
    def _options(self, options: dict[str, Any]) -> dict[str, Any]:
        settings: dict[str, Any] = {"api_key": self.api_key, "base_url": self.base_url}
        return settings | options

    def client(self, **options: Any) -> Kling:
        """A ``Kling`` pointed at the simulator with its API key (``options`` override)."""
        from kling_ext import Kling

        return Kling(transport=self.transport, **self._options(options))

    def async_client(self, **options: Any) -> AsyncKling:
        """An ``AsyncKling`` pointed at the simulator with its API key (``options`` override).

        Over HTTP its connections are not kept alive, so it may be closed from any event loop.
        """
        from kling_ext import AsyncKling

        transport: httpx.AsyncBaseTransport | None = self.transport
        if transport is None:
            transport = httpx.AsyncHTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
        return AsyncKling(transport=transport, **self._options(options))

    # --- controls --------------------------------------------------------------------------------
    def _call(self, method: str, path: str, body: object = None) -> Any:
        response = self._control.request(method, path, json=body)
        if response.status_code == 400:
            raise ValueError(response.json().get("error", response.text))
        response.raise_for_status()
        return response.json()

    def reset(self) -> None:
        """Forget every task, counter, control and clock jump (back to the start-up config)."""
        self._call("POST", "/__sim/reset")

    def configure(self, **changes: Any) -> dict[str, Any]:
        """Change the simulator's configuration (the keys of ``kling-mock --config``; see
        ``SimulatorConfig``); returns the whole configuration. Raises ValueError when refused."""
        config: dict[str, Any] = self._call("POST", "/__sim/config", changes)
        return config

    def config(self) -> dict[str, Any]:
        """The current configuration (keys redacted)."""
        config: dict[str, Any] = self._call("GET", "/__sim/config")
        return config

    def fail_tasks(self, fail: bool = True) -> None:
        """Make every task created from now on end in ``failed`` (with a ``task_status_msg``).

        A single task fails when any text of its request contains ``kling_mock.FAIL_MARKER``.
        """
        self.configure(fail_all=fail)

    def stall_tasks(self) -> None:
        """Make tasks created from now on run for a day (``processing``): :meth:`jump` ends them."""
        self.configure(succeed_after=STALL_SECONDS)

    def limit_concurrency(self, limit: int | None = 0, *resources: ResourceType) -> None:
        """Cap the tasks running at once (``None`` lifts the cap); a create over it gets 1303
        (``ConcurrencyLimitError``). ``resources`` default to all: video, image, try_on, audio."""
        self.configure(concurrency={r: limit for r in resources or _RESOURCES})

    def add_fault(self, kind: str, **rule: Any) -> None:
        """Add a fault rule (``rate_limit``, ``server_error``, ``slow``, ``drop``, ``truncate``,
        ``insufficient_balance``, ``expired_results``, ``late_commit``, ``error_after_commit``;
        keys as in ``FaultRule``), e.g.
        ``add_fault("server_error", count=1)`` answers the next API request with 5000."""
        faults = [*self.config()["faults"], {"kind": kind, **rule}]
        self.configure(faults=faults)

    def jump(self, seconds: float) -> float:
        """Move the simulated clock ``seconds`` forward (tasks age at once); returns its time."""
        now: float = self._call("POST", "/__sim/clock", {"advance": seconds})["now"]
        return now

    def stats(self) -> dict[str, Any]:
        """Requests received per operation, tasks created, faults fired, callbacks sent."""
        stats: dict[str, Any] = self._call("GET", "/__sim/stats")
        return stats

    def close(self) -> None:
        """Close the control connection."""
        self._control.close()


def _config(config: SimulatorConfig | Mapping[str, Any] | None, url: str) -> SimulatorConfig:
    if not isinstance(config, SimulatorConfig):
        config = SimulatorConfig.from_dict(config or {})
    if config.public_base_url is None:
        config = config.updated({"public_base_url": url})
    return config


@contextlib.contextmanager
def serve(
    port: int = 0,
    *,
    host: str = "127.0.0.1",
    config: SimulatorConfig | Mapping[str, Any] | None = None,
) -> Iterator[KlingMock]:
    """Serve the simulator on ``host:port`` (port 0 picks a free one) in a background thread.

    ``config`` is the start-up configuration (a SimulatorConfig or its JSON form), restored by
    every reset. Yields a :class:`KlingMock` once the server answers; stops it on exit.
    """
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
        base_url = f"http://{host}:{sock.getsockname()[1]}"
        app = create_app(_config(config, base_url))
        settings = uvicorn.Config(
            app, http="h11", lifespan="on", log_config=None, log_level="warning", access_log=False
        )
        server = uvicorn.Server(settings)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="kling-mock", daemon=True
        )
        thread.start()
        deadline = time.monotonic() + 10.0
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("kling-mock did not start")
            time.sleep(0.005)
        mock = KlingMock(base_url)
        try:
            yield mock
        finally:
            mock.close()
            server.should_exit = True
            thread.join(10.0)
    finally:
        sock.close()


@contextlib.contextmanager
def in_process(
    config: SimulatorConfig | Mapping[str, Any] | None = None,
) -> Iterator[KlingMock]:
    """The simulator without a port: clients from the yielded :class:`KlingMock` (``client()``,
    ``async_client()``) use its :class:`InProcessTransport`."""
    transport = InProcessTransport(create_app(_config(config, _IN_PROCESS_URL)))
    mock = KlingMock(_IN_PROCESS_URL, BorrowedTransport(transport))
    try:
        yield mock
    finally:
        mock.close()
        transport.close()
