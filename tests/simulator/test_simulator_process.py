"""The simulator as its own process: start-up line, keys, loopback only, faults on the wire."""

from __future__ import annotations

import http.server
import json
import os
import queue
import selectors
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

import kling_mock
from kling_mock import DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY

MOCK_DIR = Path(kling_mock.__file__).resolve().parent.parent
T2V = "/v1/videos/text2video"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(MOCK_DIR), env.get("PYTHONPATH")]))
    return env


def _first_line(proc: subprocess.Popen[str], timeout: float = 20.0) -> str:
    assert proc.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(proc.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            raise AssertionError("kling-mock printed nothing")
    return proc.stdout.readline().strip()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    config = tmp_path / "sim.json"
    config.write_text(json.dumps({"processing_after": 0.05, "succeed_after": 0.15}))
    proc = subprocess.Popen(
        [sys.executable, "-m", "kling_mock", "--port", "0", "--config", str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        line = _first_line(proc)
        assert line.startswith("kling-mock listening on http://127.0.0.1:"), line
        assert f"access_key={DEFAULT_ACCESS_KEY}" in line
        assert f"secret_key={DEFAULT_SECRET_KEY}" in line
        yield line.split()[3], proc
    finally:
        if proc.poll() is None:
            proc.terminate()
        proc.wait(timeout=10)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


class _Receiver(http.server.BaseHTTPRequestHandler):
    bodies: queue.Queue[dict[str, Any]]

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.bodies.put(json.loads(self.rfile.read(length)))
        self.send_response(200)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, queue.Queue[dict[str, Any]]]]:
    class Receiver(_Receiver):
        bodies = queue.Queue()

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/cb", Receiver.bodies
    finally:
        httpd.shutdown()
        httpd.server_close()


def _auth() -> dict[str, str]:
    now = int(time.time())
    claims = {"iss": DEFAULT_ACCESS_KEY, "exp": now + 1800, "nbf": now - 5}
    return {"Authorization": "Bearer " + jwt.encode(claims, DEFAULT_SECRET_KEY, algorithm="HS256")}


def test_server_process_end_to_end(
    server: tuple[str, subprocess.Popen[str]],
    receiver: tuple[str, queue.Queue[dict[str, Any]]],
) -> None:
    base, proc = server
    callback_url, bodies = receiver
    with httpx.Client(base_url=base, headers=_auth(), timeout=5.0) as client:
        assert client.get("/__sim/health").json() == {"status": "ok"}
        assert client.get(T2V, headers={"Authorization": ""}).json()["code"] == 1001
        body = {"prompt": "p", "external_task_id": "proc-1", "callback_url": callback_url}
        created = client.post(T2V, json=body).json()["data"]
        statuses = [bodies.get(timeout=5)["task_status"] for _ in range(3)]
        assert statuses == ["submitted", "processing", "succeed"]
        done = client.get(f"{T2V}/proc-1").json()["data"]
        url = done["task_result"]["videos"][0]["url"]
        assert url.startswith(f"{base}/files/{created['task_id']}/")
        video = client.get(url)
        assert video.status_code == 200 and video.content[4:8] == b"ftyp"

        faults = [
            {"kind": "drop", "count": 1},
            {"kind": "truncate", "count": 1},
            {"kind": "slow", "seconds": 1.0, "count": 1, "operations": ["list"]},
        ]
        assert client.post("/__sim/config", json={"faults": faults}).status_code == 200
        with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
            client.post(T2V, json={"prompt": "p", "external_task_id": "proc-2"})
        assert client.get(f"{T2V}/proc-2").json()["data"]["task_info"]["external_task_id"]
        with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
            client.get(url)
        with pytest.raises(httpx.ReadTimeout):
            client.get(T2V, timeout=0.2)
        stats = client.get("/__sim/stats").json()
        assert stats["requests"]["create"] == 2 and stats["tasks_created"] == 2
        assert stats["faults_fired"] == {"drop": 1, "truncate": 1, "slow": 1}
    proc.terminate()
    proc.wait(timeout=10)
    assert proc.stderr is not None
    stderr = proc.stderr.read()
    assert proc.returncode in (0, -signal.SIGTERM), stderr  # uvicorn re-raises the signal
    assert DEFAULT_SECRET_KEY not in stderr and "Bearer" not in stderr
    assert "Exception in ASGI application" not in stderr


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "example.com"])
def test_refuses_non_loopback_hosts(host: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kling_mock", "--host", host, "--port", "0"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=30,
    )
    assert result.returncode != 0 and "only loopback" in result.stderr
    assert result.stdout == ""
