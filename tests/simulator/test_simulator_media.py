"""Result files (MP4, PNG) served by the simulator, and status-change callbacks."""

from __future__ import annotations

import asyncio
import shutil
import struct
import subprocess
import zlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from kling_mock import ManualClock, create_app, mp4_bytes, png_bytes, simulator_of
from kling_mock._callbacks import is_loopback_url

pytestmark = pytest.mark.anyio
T2V = "/v1/videos/text2video"
IMG = "/v1/images/generations"
Sent = list[tuple[str, dict[str, Any]]]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def boxes(data: bytes) -> list[tuple[bytes, bytes]]:
    """Top-level ISO-BMFF boxes as (type, payload); asserts the sizes add up."""
    out, pos = [], 0
    while pos < len(data):
        size, kind = struct.unpack(">I4s", data[pos : pos + 8])
        assert size >= 8 and pos + size <= len(data)
        out.append((kind, data[pos + 8 : pos + size]))
        pos += size
    return out


def test_mp4_structure() -> None:
    data = mp4_bytes(10.0)
    assert len(data) < 2000
    top = boxes(data)
    assert [kind for kind, _ in top] == [b"ftyp", b"moov", b"mdat"]
    assert top[0][1][:4] == b"isom" and b"mp41" in top[0][1]
    moov = dict(boxes(top[1][1]))
    timescale, duration = struct.unpack(">II", moov[b"mvhd"][12:20])
    assert duration / timescale == 10.0 and b"trak" in moov
    assert top[2][1][4] == 0x65  # an IDR slice NAL unit, length-prefixed


def test_png_structure() -> None:
    data = png_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body)
        chunks.append((kind, body))
        pos += 12 + length
    assert [k for k, _ in chunks] == [b"IHDR", b"IDAT", b"IEND"]
    assert struct.unpack(">IIBB", chunks[0][1][:10]) == (64, 36, 8, 2)
    assert len(zlib.decompress(chunks[1][1])) == 36 * (1 + 64 * 3)


@pytest.mark.skipif(shutil.which("file") is None, reason="needs file(1)")
def test_file_command_recognises_media(tmp_path: Path) -> None:
    (tmp_path / "v.mp4").write_bytes(mp4_bytes())
    (tmp_path / "i.png").write_bytes(png_bytes())
    out = subprocess.run(
        ["file", "v.mp4", "i.png"], cwd=tmp_path, capture_output=True, text=True, check=True
    ).stdout
    assert "ISO Media" in out and "MP4" in out and "PNG image data, 64 x 36" in out


@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="needs ffprobe (optional)")
def test_ffprobe_decodes_the_video(tmp_path: Path) -> None:
    (tmp_path / "v.mp4").write_bytes(mp4_bytes(5.0))
    probe = ["ffprobe", "-v", "error", "-show_entries", "stream=codec_name,width,height,duration"]
    out = subprocess.run([*probe, "v.mp4"], cwd=tmp_path, capture_output=True, text=True).stdout
    assert "codec_name=h264" in out and "width=16" in out and "duration=5.0" in out


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def sent() -> Sent:
    return []


@pytest.fixture
async def client(clock: ManualClock, sent: Sent) -> AsyncIterator[httpx.AsyncClient]:
    async def sender(url: str, body: dict[str, Any]) -> None:
        sent.append((url, body))

    app = create_app({"auth": False}, clock=clock, sleep=clock.sleep, callback_sender=sender)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://sim.test") as http:
        http.app = app  # type: ignore[attr-defined]
        yield http
    await simulator_of(app).aclose()


async def test_files_are_served_once_succeeded(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    task_id = (await client.post(T2V, json={"prompt": "p"})).json()["data"]["task_id"]
    image_id = (await client.post(IMG, json={"prompt": "p", "n": 2})).json()["data"]["task_id"]
    assert (await client.get(f"/files/{task_id}/0.png")).status_code == 404  # not finished
    clock.advance(1.0)
    video = (await client.get(f"{T2V}/{task_id}")).json()["data"]["task_result"]["videos"][0]
    response = await client.get(video["url"])
    assert response.status_code == 200 and response.headers["content-type"] == "video/mp4"
    assert int(response.headers["content-length"]) == len(response.content)
    assert response.content == mp4_bytes(5.0) and response.content[4:8] == b"ftyp"
    images = (await client.get(f"{IMG}/{image_id}")).json()["data"]["task_result"]["images"]
    for image in images:
        png = await client.get(image["url"])
        assert png.headers["content-type"] == "image/png"
        assert png.content == png_bytes() and png.content[12:16] == b"IHDR"
    assert (await client.get(f"/files/{image_id}/2.png")).status_code == 404  # only n=2 images
    assert (await client.get(f"/files/{task_id}/other.mp4")).status_code == 404
    assert (await client.get("/files/123/0.png")).json()["code"] == 1203


async def test_public_base_url(clock: ManualClock) -> None:
    app = create_app({"auth": False, "public_base_url": "http://127.0.0.1:8010/"}, clock=clock)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://p") as c:
        task_id = (await c.post(T2V, json={"prompt": "p"})).json()["data"]["task_id"]
        clock.advance(1.0)
        data = (await c.get(f"{T2V}/{task_id}")).json()["data"]
    url = data["task_result"]["videos"][0]["url"]
    assert url.startswith(f"http://127.0.0.1:8010/files/{task_id}/")


@pytest.mark.parametrize(("prompt", "final"), [("a cat", "succeed"), ("[fail] cat", "failed")])
async def test_one_callback_per_status_change(
    client: httpx.AsyncClient, clock: ManualClock, sent: Sent, prompt: str, final: str
) -> None:
    url = "http://127.0.0.1:9999/kling/callback"
    body = {"prompt": prompt, "callback_url": url, "external_task_id": "cb-1"}
    task_id = (await client.post(T2V, json=body)).json()["data"]["task_id"]
    await simulator_of(client.app).callbacks.drain()  # type: ignore[attr-defined]
    assert [u for u, _ in sent] == [url] * 3
    bodies = [b for _, b in sent]
    assert [b["task_status"] for b in bodies] == ["submitted", "processing", final]
    for b in bodies:  # the bare task object, not the envelope
        assert "code" not in b and "data" not in b
        assert b["task_id"] == task_id and b["task_info"] == {"external_task_id": "cb-1"}
    assert [b["updated_at"] - b["created_at"] for b in bodies] == [0, 200, 1000]
    assert "task_result" not in bodies[0] and "task_result" not in bodies[1]
    assert bodies[2] == (await client.get(f"{T2V}/{task_id}")).json()["data"]
    stats = (await client.get("/__sim/stats")).json()
    assert stats["callbacks"] == {"sent": 3}


async def test_callbacks_only_to_loopback(client: httpx.AsyncClient, sent: Sent) -> None:
    for url in ("http://example.com/cb", "https://10.0.0.1/cb", "ftp://127.0.0.1/cb"):
        await client.post(T2V, json={"prompt": "p", "callback_url": url})
    await client.post(T2V, json={"prompt": "p", "callback_url": ""})  # empty = not set
    await simulator_of(client.app).callbacks.drain()  # type: ignore[attr-defined]
    assert sent == []
    assert (await client.get("/__sim/stats")).json()["callbacks"] == {"refused": 3}


def test_is_loopback_url() -> None:
    assert is_loopback_url("http://localhost:8000/x")
    assert is_loopback_url("http://127.0.0.2/x") and is_loopback_url("https://[::1]:1/")
    assert not is_loopback_url("http://localhost.example.com/")
    assert not is_loopback_url("http://[::1/") and not is_loopback_url("/relative")


async def test_failing_receiver_and_disabled_callbacks(clock: ManualClock) -> None:
    calls: list[str] = []

    async def broken(url: str, body: dict[str, Any]) -> None:
        calls.append(body["task_status"])
        raise ConnectionError("receiver down")

    app = create_app({"auth": False}, clock=clock, sleep=clock.sleep, callback_sender=broken)
    sim = simulator_of(app)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://s") as c:
        await c.post(T2V, json={"prompt": "p", "callback_url": "http://127.0.0.1:1/"})
        await sim.callbacks.drain()
        assert calls == ["submitted", "processing", "succeed"]
        assert sim.stats_dict()["callbacks"] == {"failed": 3}
        await c.post("/__sim/config", json={"callbacks": False})
        await c.post(T2V, json={"prompt": "p", "callback_url": "http://127.0.0.1:1/"})
        await sim.callbacks.drain()
        assert len(calls) == 3


async def test_aclose_cancels_pending_callbacks(clock: ManualClock) -> None:
    async def never(seconds: float) -> None:
        await asyncio.Event().wait()

    async def sender(url: str, body: dict[str, Any]) -> None:
        return None

    app = create_app({"auth": False}, clock=clock, sleep=never, callback_sender=sender)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://s") as c:
        await c.post(T2V, json={"prompt": "p", "callback_url": "http://127.0.0.1:1/"})
    await asyncio.sleep(0)
    await asyncio.wait_for(simulator_of(app).aclose(), timeout=5)
