"""Downloads against a hostile file host on 127.0.0.1: a gzip bomb (1 GiB of zeros in ~1 MiB) is
refused without the memory growing (peak RSS measured in a subprocess, sync and async
``client.download``); a body cut short, longer than announced or a compressed stream cut short
raises a ``DownloadError`` and leaves no file. Compressed results still arrive intact.
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import json
import os
import struct
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest

from kling_ext import AsyncKling, DownloadError, Kling
from kling_ext._core._decode import EXPANSION_GRACE, MAX_EXPANSION
from kling_ext._core._download import download_files
from kling_ext._spec._results import ResultFile
from tests.local_http import serving

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parents[2]
GIB = 1 << 30
BOMB_CRC = 0x5B64C2B0
"""``zlib.crc32(bytes(1 << 30))``: the trailer of the bomb, without hashing 1 GiB in each run."""
RSS_LIMIT_MIB = 64
PAYLOAD = b"".join(b"frame %08d " % n + bytes(200) for n in range(20_000))  # ~4.2 MiB, ~30x


def gzip_bomb() -> bytes:
    """1 GiB of zeros as a valid gzip stream of ~1 MiB, in a few milliseconds: after a full
    flush the compressor starts afresh, so every further MiB of zeros compresses to the same
    bytes, repeated here."""
    block = bytes(1 << 20)
    z = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    first = z.compress(block) + z.flush(zlib.Z_FULL_FLUSH)
    again = z.compress(block) + z.flush(zlib.Z_FULL_FLUSH)
    end = z.flush()[:-8] + struct.pack("<II", BOMB_CRC, GIB & 0xFFFFFFFF)
    return first + again * (GIB // len(block) - 1) + end


BOMB = gzip_bomb()
PACKED = gzip.compress(PAYLOAD, compresslevel=1)


class Host(http.server.BaseHTTPRequestHandler):
    """Each path is one behaviour of the file host."""

    routes: ClassVar[dict[str, Callable[[Host], None]]] = {}

    def do_GET(self) -> None:
        with contextlib.suppress(ConnectionError):  # the client may hang up on purpose
            self.routes[self.path.partition("?")[0]](self)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send(self, body: bytes, length: int | None = None, **headers: str) -> None:
        self.send_response(200)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        for start in range(0, len(body), 1 << 16):
            self.wfile.write(body[start : start + (1 << 16)])
        self.wfile.flush()


Host.routes = {
    "/small.mp4": lambda h: h.send(b"warm up"),
    "/bomb.mp4": lambda h: h.send(BOMB, Content_Encoding="gzip"),
    "/packed.mp4": lambda h: h.send(PACKED, Content_Encoding="gzip"),
    "/packed-cut.mp4": lambda h: h.send(PACKED[: len(PACKED) // 2], Content_Encoding="gzip"),
    "/short.mp4": lambda h: h.send(b"x" * 40_000, length=100_000),  # closes after 40,000
    "/long.mp4": lambda h: h.send(b"x" * 1000, length=400),
}


@pytest.fixture(scope="module")
def host() -> Iterator[str]:
    with serving(Host) as url:
        yield url


def finished(url: str, task_id: str = "t-1") -> dict[str, Any]:
    video = {"id": "v-1", "url": url}
    return {"task_id": task_id, "task_status": "succeed", "task_result": {"videos": [video]}}


async def download(mode: str, task: dict[str, Any], directory: Path) -> list[Path]:
    options: dict[str, Any] = {"api_key": "k-bounds-0123456789abcdef", "base_url": "http://x"}
    if mode == "sync":
        with Kling(**options) as client:
            return client.download(task, directory)  # type: ignore[arg-type]
    async with AsyncKling(**options) as client:
        return await client.download(task, directory)  # type: ignore[arg-type]


MODES = pytest.mark.parametrize("mode", ["sync", "async"])

RSS_SCRIPT = """
import asyncio, json, os, resource, sys, tempfile
from kling_ext import AsyncKling, DownloadError, Kling

host = sys.argv[1]
options = {"api_key": "k-bounds-0123456789abcdef", "base_url": "http://x"}

def task(name):
    video = {"id": "v", "url": f"{host}/{name}"}
    return {"task_id": name, "task_status": "succeed", "task_result": {"videos": [video]}}

def peak():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

def attempt(run):
    try:
        run()
        return "downloaded"
    except DownloadError as exc:
        return str(exc)

out = {}
with tempfile.TemporaryDirectory() as folder, Kling(**options) as client:
    client.download(task("small.mp4"), folder)  # warm up: imports, pool, threads
    before = peak()
    outcome = attempt(lambda: client.download(task("bomb.mp4"), folder))
    out["sync"] = [peak() - before, outcome, sorted(os.listdir(folder))]

async def main():
    with tempfile.TemporaryDirectory() as folder:
        async with AsyncKling(**options) as client:
            await client.download(task("small.mp4"), folder)
            before = peak()
            try:
                await client.download(task("bomb.mp4"), folder)
                outcome = "downloaded"
            except DownloadError as exc:
                outcome = str(exc)
            out["async"] = [peak() - before, outcome, sorted(os.listdir(folder))]

asyncio.run(main())
print(json.dumps(out))
"""


def test_a_gzip_bomb_is_refused_without_growing_the_memory(host: str) -> None:
    assert len(BOMB) < 2 << 20  # ~1 MiB on the wire
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", RSS_SCRIPT, host],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    for mode in ("sync", "async"):
        growth, outcome, files = out[mode]
        assert growth < RSS_LIMIT_MIB, (mode, growth)
        assert "expands more than 100 times" in outcome, outcome
        assert files == ["small.mp4-video-v.mp4"]  # the warm-up file only: nothing of the bomb


@MODES
async def test_a_compressed_result_arrives_intact(mode: str, host: str, tmp_path: Path) -> None:
    [path] = await download(mode, finished(f"{host}/packed.mp4?sig=S"), tmp_path)
    assert path.read_bytes() == PAYLOAD
    assert len(PAYLOAD) > EXPANSION_GRACE // 2 and len(PAYLOAD) < MAX_EXPANSION * len(PACKED)


@MODES
@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("short.mp4", "RemoteProtocolError"),  # the host closed before Content-Length
        ("packed-cut.mp4", "gzip body ended early"),  # a complete HTTP body, a cut gzip stream
    ],
)
async def test_a_body_cut_short_raises_and_leaves_no_file(
    mode: str, name: str, reason: str, host: str, tmp_path: Path
) -> None:
    with pytest.raises(DownloadError, match=reason) as info:
        await download(mode, finished(f"{host}/{name}?sig=SECRET"), tmp_path)
    assert "SECRET" not in str(info.value)
    assert os.listdir(tmp_path) == []


@MODES
async def test_bytes_past_content_length_are_not_kept(mode: str, host: str, tmp_path: Path) -> None:
    [path] = await download(mode, finished(f"{host}/long.mp4"), tmp_path)
    assert path.read_bytes() == b"x" * 400  # the HTTP layer reads exactly Content-Length


def test_downloads_ask_only_for_the_encodings_they_decode(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"ok")

    with httpx.Client(transport=httpx.MockTransport(handler)) as client:
        download_files(client, [ResultFile("t", "video", "v", "https://cdn.test/x.mp4")], tmp_path)
    assert seen[0].headers["Accept-Encoding"] == "gzip, deflate"
