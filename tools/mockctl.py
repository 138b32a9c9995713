"""Start and stop the local Kling mock services: Prism (mock or validating proxy) and the simulator.

Used by the Makefile (``make mock``, ``make mock-stateful``), by the demo and by the pytest
fixtures, so that every way of running the mock starts it the same way::

    python tools/mockctl.py mock [--port 4010]                 # Prism answering from the spec
    python tools/mockctl.py stateful [--port 4010] [--sim-port 4011]
                                                               # Prism proxy -> simulator

Both run in the foreground until interrupted, print the base URL once the service answers, and stop
their child processes cleanly. Everything binds to 127.0.0.1 only.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "kling.yaml"
PRISM = ROOT / "mock" / "node_modules" / ".bin" / "prism"
HOST = "127.0.0.1"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@dataclass
class Service:
    """A child process serving HTTP on 127.0.0.1:port."""

    name: str
    port: int
    process: subprocess.Popen[bytes]

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def stop(self, timeout: float = 5.0) -> None:
        if self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout)


def _wait_until_answering(service: Service, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    request = f"GET /__health HTTP/1.0\r\nHost: {HOST}\r\n\r\n".encode()
    while time.monotonic() < deadline:
        if service.process.poll() is not None:
            raise RuntimeError(f"{service.name} exited with code {service.process.returncode}")
        try:
            with socket.create_connection((HOST, service.port), timeout=1.0) as sock:
                sock.sendall(request)
                if sock.recv(16).startswith(b"HTTP/"):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    service.stop()
    raise RuntimeError(f"{service.name} did not answer on port {service.port} within {timeout} s")


def _start(name: str, argv: Sequence[str], port: int, log: Path | None, timeout: float) -> Service:
    out = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    try:
        process = subprocess.Popen(
            list(argv),
            cwd=ROOT,
            stdout=out,
            stderr=out,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    finally:
        if not isinstance(out, int):
            out.close()  # the child holds its own copy of the descriptor
    service = Service(name, port, process)
    _wait_until_answering(service, timeout)
    return service


def start_prism_mock(port: int, log: Path | None = None, timeout: float = 60.0) -> Service:
    """Prism answering from the spec's examples, validating requests."""
    if not PRISM.exists():
        raise RuntimeError("Prism is not installed: run `make install` (npm ci in mock/)")
    argv = [str(PRISM), "mock", "-h", HOST, "-p", str(port), "-v", "error", str(SPEC)]
    return _start("prism mock", argv, port, log, timeout)


def start_prism_proxy(
    port: int, upstream: str, log: Path | None = None, timeout: float = 60.0
) -> Service:
    """Prism validating both directions in front of ``upstream``; violations become 500s."""
    if not PRISM.exists():
        raise RuntimeError("Prism is not installed: run `make install` (npm ci in mock/)")
    argv = [
        str(PRISM),
        "proxy",
        "-h",
        HOST,
        "-p",
        str(port),
        "-v",
        "error",
        "--errors",
        str(SPEC),
        upstream,
    ]
    return _start("prism proxy", argv, port, log, timeout)


def start_simulator(
    port: int, extra_args: Sequence[str] = (), log: Path | None = None, timeout: float = 30.0
) -> Service:
    """The stateful Kling simulator (``python -m kling_mock``)."""
    argv = [sys.executable, "-m", "kling_mock", "--host", HOST, "--port", str(port), *extra_args]
    return _start("simulator", argv, port, log, timeout)


@contextlib.contextmanager
def stateful(
    port: int, sim_port: int, sim_args: Sequence[str] = (), log: Path | None = None
) -> Iterator[tuple[Service, Service]]:
    """Prism proxy on ``port`` in front of the simulator on ``sim_port``."""
    sim = start_simulator(sim_port, sim_args, log)
    try:
        proxy = start_prism_proxy(port, sim.url, log)
        try:
            yield proxy, sim
        finally:
            proxy.stop()
    finally:
        sim.stop()


def _serve_forever(services: Sequence[Service], banner: str) -> int:
    print(banner, flush=True)
    stop = False

    def on_signal(signum: int, frame: object) -> None:
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        while not stop:
            for service in services:
                if service.process.poll() is not None:
                    print(f"{service.name} exited ({service.process.returncode})", file=sys.stderr)
                    return 1
            time.sleep(0.2)
    finally:
        for service in services:
            service.stop()
    print("stopped", flush=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    mock = sub.add_parser("mock", help="Prism mock from the spec's examples")
    mock.add_argument("--port", type=int, default=int(os.environ.get("PRISM_PORT", "4010")))
    full = sub.add_parser("stateful", help="Prism validating proxy in front of the simulator")
    full.add_argument("--port", type=int, default=int(os.environ.get("PRISM_PORT", "4010")))
    full.add_argument("--sim-port", type=int, default=int(os.environ.get("SIM_PORT", "4011")))
    args = parser.parse_args(argv)
    if args.command == "mock":
        prism = start_prism_mock(args.port)
        return _serve_forever([prism], f"Prism mock answering on {prism.url} (Ctrl-C stops it)")
    sim = start_simulator(args.sim_port)
    try:
        proxy = start_prism_proxy(args.port, sim.url)
    except BaseException:
        sim.stop()
        raise
    from kling_mock import DEFAULT_ACCESS_KEY, DEFAULT_API_KEY, DEFAULT_SECRET_KEY

    banner = (
        f"Prism proxy on {proxy.url} validating traffic to the simulator on {sim.url}\n"
        f"export KLING_BASE_URL={proxy.url} KLING_API_KEY={DEFAULT_API_KEY}\n"
        f"(or the fake pair: KLING_ACCESS_KEY={DEFAULT_ACCESS_KEY} "
        f"KLING_SECRET_KEY={DEFAULT_SECRET_KEY})\n"
        "Ctrl-C stops both."
    )
    return _serve_forever([proxy, sim], banner)


if __name__ == "__main__":
    sys.exit(main())
