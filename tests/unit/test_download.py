"""Streamed, atomic, safe downloads of task results (kling_ext._core._download), offline.

Every test talks to an ``httpx.MockTransport``; the sync and async functions run the same cases.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote

import anyio
import anyio.lowlevel
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kling_ext._core._download import (
    ResultFile,
    adownload_files,
    download_files,
    file_name,
    result_files,
    task_files,
)
from kling_ext._errors import DownloadError, ResultExpiredError

pytestmark = pytest.mark.anyio
MODES = pytest.mark.parametrize("mode", ["sync", "async"])

TASK = "867283741759111202"
SIGNED = "https://cdn.example.com/kling/out/Cj1x.mp4?x-sig=SECRET-SIGNATURE&expires=1"
VIDEO = ResultFile(TASK, "video", "Cj1x", SIGNED)
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Host:
    """A MockTransport handler that records every request it serves."""

    def __init__(self, respond: Callable[[httpx.Request], httpx.Response]) -> None:
        self.requests: list[httpx.Request] = []
        self._respond = respond

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self._respond(request)


def serve(body: bytes, **headers: str) -> Host:
    return Host(lambda request: httpx.Response(200, content=body, headers=headers))


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A streamed body made chunk by chunk, for both clients (never held in memory)."""

    def __init__(self, chunks: Callable[[], Iterator[bytes]]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            await anyio.lowlevel.checkpoint()
            yield chunk


def stream(chunks: Callable[[], Iterator[bytes]], length: int | None) -> Host:
    headers = {} if length is None else {"Content-Length": str(length)}
    return Host(lambda request: httpx.Response(200, headers=headers, stream=Body(chunks)))


async def fetch(
    mode: str, host: Host, files: list[ResultFile], directory: Path, **kwargs: Any
) -> list[Path]:
    transport = httpx.MockTransport(host)
    if mode == "sync":
        with httpx.Client(transport=transport) as client:
            return download_files(client, files, directory, **kwargs)
    async with httpx.AsyncClient(transport=transport) as client:
        return await adownload_files(client, files, directory, **kwargs)


def listing(directory: Path) -> list[str]:
    return sorted(os.listdir(directory)) if directory.exists() else []


@MODES
async def test_streams_the_exact_bytes_to_a_name_from_the_ids(mode: str, tmp_path: Path) -> None:
    body = os.urandom(300_001)
    host = serve(body)
    paths = await fetch(mode, host, [VIDEO], tmp_path, chunk_size=4096)
    assert paths == [tmp_path / f"{TASK}-video-Cj1x.mp4"]
    assert paths[0].read_bytes() == body
    assert listing(tmp_path) == [f"{TASK}-video-Cj1x.mp4"]
    assert [str(r.url) for r in host.requests] == [SIGNED]  # the signature is sent intact
    assert "authorization" not in host.requests[0].headers


@MODES
async def test_paths_in_input_order_and_directory_created(mode: str, tmp_path: Path) -> None:
    files = result_files(
        TASK,
        [{"id": "v1", "url": "https://cdn.example.com/a.mp4"}],
        [
            {"index": 1, "url": "https://cdn.example.com/b.JPG?sig=1"},
            {"index": 0, "url": "https://cdn.example.com/c.webp"},
        ],
    )
    target = tmp_path / "new" / "nested"
    paths = await fetch(mode, serve(b"data"), files, target)
    names = [f"{TASK}-video-v1.mp4", f"{TASK}-image-1.jpg", f"{TASK}-image-0.webp"]
    assert paths == [target / name for name in names]
    assert listing(target) == sorted(names)


CDN = "https://cdn.example.com"
AUDIOS = [
    {"id": "a-1", "url_mp3": f"{CDN}/a1.mp3?sig=S", "url_wav": f"{CDN}/a1.wav"},
    {"audio_id": "a-2", "url_mp3": f"{CDN}/a2.mp3", "video_id": "v-2"},
]


@MODES
async def test_audio_results_are_written_as_mp3_and_wav(mode: str, tmp_path: Path) -> None:
    """Each audio comes as MP3 and WAV (FACTS 1.6): both are kept, named by the audio id."""
    content = {"a1.mp3": b"ID3" + os.urandom(500), "a1.wav": b"RIFF" + os.urandom(700)}
    content["a2.mp3"] = b"ID3" + os.urandom(300)
    host = Host(lambda request: httpx.Response(200, content=content[request.url.path[1:]]))
    files = task_files({"task_id": TASK, "task_result": {"audios": AUDIOS}})
    paths = await fetch(mode, host, files, tmp_path)
    names = [f"{TASK}-audio-a-1-mp3.mp3", f"{TASK}-audio-a-1-wav.wav", f"{TASK}-audio-a-2-mp3.mp3"]
    assert paths == [tmp_path / name for name in names]
    assert [p.read_bytes() for p in paths] == list(content.values())
    assert listing(tmp_path) == sorted(names)
    assert [r.url.path for r in host.requests] == ["/a1.mp3", "/a1.wav", "/a2.mp3"]


@MODES
async def test_truncated_body_is_refused_and_removed(mode: str, tmp_path: Path) -> None:
    host = serve(b"x" * 400, **{"Content-Length": "1000"})
    with pytest.raises(DownloadError, match="truncated: received 400 of 1000") as info:
        await fetch(mode, host, [VIDEO], tmp_path)
    assert not isinstance(info.value, ResultExpiredError)
    assert listing(tmp_path) == []


@MODES
async def test_transport_error_midway_leaves_nothing(mode: str, tmp_path: Path) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"a" * 1000
        raise httpx.ReadError("connection reset")

    with pytest.raises(DownloadError) as info:
        await fetch(mode, stream(chunks, 5000), [VIDEO], tmp_path)
    assert isinstance(info.value.__cause__, httpx.ReadError)
    assert "SECRET" not in str(info.value)
    assert listing(tmp_path) == []


@MODES
async def test_keyboard_interrupt_removes_the_temporary_file(mode: str, tmp_path: Path) -> None:
    def interrupt(path: Path, done: int, total: int | None) -> None:
        assert listing(tmp_path) != []  # the .part file exists while writing
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        await fetch(mode, serve(b"z" * 10_000), [VIDEO], tmp_path, on_progress=interrupt)
    assert listing(tmp_path) == []


async def test_cancellation_removes_the_temporary_file(tmp_path: Path) -> None:
    host = stream(lambda: iter([b"c" * 1024] * 3), 3 * 1024)
    with anyio.CancelScope() as scope:
        await fetch("async", host, [VIDEO], tmp_path, on_progress=lambda *_: scope.cancel())
    assert scope.cancelled_caught
    assert listing(tmp_path) == []


@MODES
async def test_existing_complete_file_is_skipped_without_a_request(
    mode: str, tmp_path: Path
) -> None:
    final = tmp_path / file_name(VIDEO)
    final.write_bytes(b"already here")
    host = serve(b"new content")
    seen: list[tuple[Path, int, int | None]] = []
    paths = await fetch(mode, host, [VIDEO], tmp_path, on_progress=lambda *a: seen.append(a))
    assert paths == [final]
    assert host.requests == []
    assert final.read_bytes() == b"already here"
    assert seen == [(final, 12, 12)]


@MODES
async def test_empty_file_is_fetched_again(mode: str, tmp_path: Path) -> None:
    (tmp_path / file_name(VIDEO)).write_bytes(b"")
    host = serve(b"fresh")
    [path] = await fetch(mode, host, [VIDEO], tmp_path)
    assert path.read_bytes() == b"fresh"
    assert len(host.requests) == 1


@MODES
async def test_overwrite_replaces_an_existing_file(mode: str, tmp_path: Path) -> None:
    (tmp_path / file_name(VIDEO)).write_bytes(b"old")
    [path] = await fetch(mode, serve(b"new"), [VIDEO], tmp_path, overwrite=True)
    assert path.read_bytes() == b"new"
    assert listing(tmp_path) == [path.name]


@MODES
@pytest.mark.parametrize("status", [404, 410])
async def test_gone_result_says_results_expire_after_30_days(
    mode: str, status: int, tmp_path: Path
) -> None:
    host = Host(lambda request: httpx.Response(status, text="<html>gone</html>"))
    with pytest.raises(ResultExpiredError, match="30 days") as info:
        await fetch(mode, host, [VIDEO], tmp_path)
    assert "SECRET" not in str(info.value) and f"HTTP {status}" in str(info.value)
    assert info.value.url == "https://cdn.example.com/kling/out/Cj1x.mp4"
    assert listing(tmp_path) == []


@MODES
@pytest.mark.parametrize("status", [403, 500, 503])
async def test_other_http_errors_carry_the_status(mode: str, status: int, tmp_path: Path) -> None:
    host = Host(lambda request: httpx.Response(status))
    with pytest.raises(DownloadError, match=f"HTTP {status}") as info:
        await fetch(mode, host, [VIDEO], tmp_path)
    assert not isinstance(info.value, ResultExpiredError)
    assert "SECRET" not in str(info.value)
    assert listing(tmp_path) == []


@MODES
async def test_redirects_are_followed(mode: str, tmp_path: Path) -> None:
    def respond(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/final.mp4":
            return httpx.Response(200, content=b"moved")
        return httpx.Response(302, headers={"Location": "https://cdn2.example.com/final.mp4"})

    [path] = await fetch(mode, Host(respond), [VIDEO], tmp_path)
    assert path.read_bytes() == b"moved"


@MODES
@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.com/a.mp4", "javascript:alert(1)", "/etc/x", ""]
)
async def test_only_http_and_https_are_fetched(mode: str, url: str, tmp_path: Path) -> None:
    host = serve(b"never")
    with pytest.raises(DownloadError, match="only http and https"):
        await fetch(mode, host, [ResultFile(TASK, "video", "v", url)], tmp_path)
    assert host.requests == []
    assert listing(tmp_path) == []


@MODES
@pytest.mark.parametrize(
    "url", ["https://x.example/a\x1fb.mp4", "http://[::1/a.mp4", "https://x/\n"]
)
async def test_invalid_urls_are_refused_before_any_request(
    mode: str, url: str, tmp_path: Path
) -> None:
    host = serve(b"never")
    with pytest.raises(DownloadError, match="invalid URL"):
        await fetch(mode, host, [ResultFile(TASK, "video", "v", url)], tmp_path)
    assert host.requests == []
    assert listing(tmp_path) == []


HOSTILE = [
    ResultFile("../../x", "video", "a/b", "https://x.example/../../etc/passwd"),
    ResultFile("/etc/passwd", "video", "..", "https://x.example/a/..%2F..%2Fb.mp4"),
    ResultFile("..", "image", "/abs/path", "https://x.example/../../evil.sh"),
    ResultFile("C:\\Windows\\x", "image", "a\\..\\b", "https://x.example/p.png/../q"),
    ResultFile("视频任务", "video", "ключ\x00\n", "https://x.example/v.mp4"),
    ResultFile("", "image", "", "https://x.example/.webp"),
]


@MODES
async def test_hostile_ids_and_urls_stay_inside_the_directory(mode: str, tmp_path: Path) -> None:
    target = tmp_path / "out"
    paths = await fetch(mode, serve(b"ok"), HOSTILE, target)
    assert all(path.resolve().parent == target.resolve() for path in paths)
    assert listing(target) == sorted({path.name for path in paths})
    assert listing(tmp_path) == ["out"]
    assert len(set(paths)) == len(HOSTILE)


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
async def test_symlink_planted_at_the_final_name_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"precious")
    target = tmp_path / "out"
    target.mkdir()
    (target / file_name(VIDEO)).symlink_to(outside)
    with pytest.raises(DownloadError, match="outside"):
        await fetch("sync", serve(b"evil"), [VIDEO], target)
    assert outside.read_bytes() == b"precious"


keys = st.text(max_size=80)
kinds = st.sampled_from(["video", "image", "audio"])
SUFFIXES = {
    "video": {".mp4"},
    "image": {".png", ".jpg", ".jpeg", ".webp"},
    "audio": {".mp3", ".wav"},
}
url_paths = st.text(max_size=80)


@given(keys, kinds, keys, url_paths)
def test_file_names_are_safe_for_any_ids_and_urls(
    task_id: str, kind: Any, key: str, path: str
) -> None:
    rf = ResultFile(task_id, kind, key, f"https://x.example/{path}")
    name = file_name(rf)
    assert SAFE_NAME.fullmatch(name)
    assert len(name) < 255
    assert f"-{kind}-" in name
    base = Path("/srv/downloads")
    assert (base / name).resolve().parent == base.resolve()
    assert Path(name).suffix in SUFFIXES[kind]


@settings(max_examples=40)
@given(keys, kinds, keys, url_paths)
def test_downloads_land_inside_the_directory_for_any_ids_and_urls(
    task_id: str, kind: Any, key: str, path: str
) -> None:
    rf = ResultFile(task_id, kind, key, "https://x.example/" + quote(path, safe="/"))
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=b"1"))
    with tempfile.TemporaryDirectory() as root, httpx.Client(transport=transport) as client:
        target = Path(root) / "out"
        [final] = download_files(client, [rf], target)
        assert final.resolve().parent == target.resolve()
        assert os.listdir(root) == ["out"]
        assert os.listdir(target) == [final.name]


def test_distinct_keys_never_share_a_name() -> None:
    keys = ["a/b", "a_b", "a?b", "a b", "A_b", "ab", "ab_", ".ab", "ab."]
    names = {file_name(ResultFile(TASK, "video", key, SIGNED)) for key in keys}
    assert len(names) == len(keys)


@pytest.mark.parametrize(
    ("url", "ext"),
    [
        ("https://x.example/img/1.png", ".png"),
        ("https://x.example/img/1.JPG?sig=a.webp", ".jpg"),
        ("https://x.example/img/1.jpeg", ".jpeg"),
        ("https://x.example/img/1.webp#frag", ".webp"),
        ("https://x.example/img/1.gif", ".png"),
        ("https://x.example/img/1.php", ".png"),
        ("https://x.example/img/noext", ".png"),
        ("https://x.example/a.png/..", ".png"),
        ("http://[::1", ".png"),
    ],
)
def test_image_extension_comes_from_an_allow_list(url: str, ext: str) -> None:
    assert file_name(ResultFile(TASK, "image", "0", url)) == f"{TASK}-image-0{ext}"


def test_videos_are_always_mp4() -> None:
    rf = ResultFile(TASK, "video", "Cj1x", "https://x.example/v.webm")
    assert file_name(rf) == f"{TASK}-video-Cj1x.mp4"


@pytest.mark.parametrize(
    ("key", "url", "name"),
    [
        ("a-1-mp3", "https://x.example/a.mp3", f"{TASK}-audio-a-1-mp3.mp3"),
        ("a-1-wav", "https://x.example/a.wav", f"{TASK}-audio-a-1-wav.wav"),
        ("a-1-wav", "https://x.example/a.mp3?f=.ogg", f"{TASK}-audio-a-1-wav.wav"),  # key decides
        ("a-1-ogg", "https://x.example/a.ogg", f"{TASK}-audio-a-1-ogg.mp3"),
        ("0-mp3", "https://x.example/noext", f"{TASK}-audio-0-mp3.mp3"),
    ],
)
def test_audio_names_take_the_format_from_the_key(key: str, url: str, name: str) -> None:
    assert file_name(ResultFile(TASK, "audio", key, url)) == name


def test_hostile_audio_ids_keep_their_format_and_stay_distinct() -> None:
    ids = ["../x", "x", "a/b", "a_b", "a" * 80, "a-mp3", "a"]
    files = result_files(TASK, None, None, [{"id": i, "url_mp3": "u", "url_wav": "w"} for i in ids])
    names = [file_name(rf) for rf in files]
    assert len(set(names)) == 2 * len(ids)
    assert all(SAFE_NAME.fullmatch(n) and "/" not in n for n in names)
    assert [Path(n).suffix for n in names] == [".mp3", ".wav"] * len(ids)


@MODES
async def test_progress_counts_up_to_the_total(mode: str, tmp_path: Path) -> None:
    body = os.urandom(100_000)
    seen: list[tuple[Path, int, int | None]] = []
    [path] = await fetch(
        mode, serve(body), [VIDEO], tmp_path, chunk_size=8192, on_progress=lambda *a: seen.append(a)
    )
    done = [count for _, count, _ in seen]
    assert len(seen) >= 100_000 // 8192
    assert done == sorted(done)
    assert done[-1] == len(body)
    assert {(p, total) for p, _, total in seen} == {(path, len(body))}


@MODES
async def test_progress_without_content_length(mode: str, tmp_path: Path) -> None:
    seen: list[tuple[Path, int, int | None]] = []
    host = stream(lambda: iter([b"a" * 10, b"b" * 20]), None)
    [path] = await fetch(
        mode, host, [VIDEO], tmp_path, chunk_size=10, on_progress=lambda *a: seen.append(a)
    )
    assert [(count, total) for _, count, total in seen] == [(10, None), (20, None), (30, None)]
    assert path.read_bytes() == b"a" * 10 + b"b" * 20


@MODES
async def test_50_mb_are_streamed_in_constant_memory(mode: str, tmp_path: Path) -> None:
    chunk, count = 1 << 16, 800  # 50 MiB

    def chunks() -> Iterator[bytes]:
        for _ in range(count):
            yield bytes(chunk)

    tracemalloc.start()
    try:
        [path] = await fetch(mode, stream(chunks, chunk * count), [VIDEO], tmp_path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert path.stat().st_size == chunk * count
    assert peak < 8 * 1024 * 1024


@MODES
async def test_logs_never_show_the_signature(
    mode: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="kling")
    await fetch(mode, serve(b"x"), [VIDEO], tmp_path)
    await fetch(mode, serve(b"x"), [VIDEO], tmp_path)  # skipped the second time
    assert "cdn.example.com/kling/out/Cj1x.mp4" in caplog.text
    assert "SECRET" not in caplog.text


async def test_chunk_size_must_be_positive(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="chunk_size"):
        await fetch("sync", serve(b""), [VIDEO], tmp_path, chunk_size=0)


def test_result_files_reads_mappings_and_objects() -> None:
    videos = [
        {"id": "v1", "url": "https://x.example/1.mp4", "duration": "5.1"},
        SimpleNamespace(id="v2", url="https://x.example/2.mp4"),
        {"id": "v3", "url": None},  # no URL: skipped
        {"id": "v4"},
        SimpleNamespace(id=None, url="https://x.example/5.mp4"),  # no id: its position
    ]
    images = [SimpleNamespace(index=0, url="https://x.example/0.png"), {"url": "https://x/9.png"}]
    assert result_files(TASK, videos, images) == [
        ResultFile(TASK, "video", "v1", "https://x.example/1.mp4"),
        ResultFile(TASK, "video", "v2", "https://x.example/2.mp4"),
        ResultFile(TASK, "video", "4", "https://x.example/5.mp4"),
        ResultFile(TASK, "image", "0", "https://x.example/0.png"),
        ResultFile(TASK, "image", "1", "https://x/9.png"),
    ]


class Unset:
    """Like the generated client's UNSET: falsy, not iterable."""

    def __bool__(self) -> bool:
        return False


def test_result_files_tolerates_null_and_unset_lists() -> None:
    assert result_files(TASK, None, None) == []
    assert result_files(TASK, Unset(), {"index": 0}) == []  # type: ignore[arg-type]
    assert result_files(TASK, None, None, Unset()) == []  # type: ignore[arg-type]
    assert result_files(TASK, None, None, "https://x/a.mp3") == []


def test_result_files_reads_audios_by_id_or_audio_id() -> None:
    audios = [
        {"id": "a-1", "url_mp3": "https://x/1.mp3", "url_wav": "https://x/1.wav"},
        SimpleNamespace(id=Unset(), audio_id="a-2", url_mp3=None, url_wav="https://x/2.wav"),
        {"id": "", "audio_id": "", "url_mp3": "https://x/3.mp3"},  # no id: its position
        {"id": 7, "url_wav": "https://x/4.wav"},  # not a string: its position
        {"id": "a-5", "url_mp3": "", "url_wav": 5},  # no usable URL: skipped
    ]
    assert result_files(TASK, None, None, audios) == [
        ResultFile(TASK, "audio", "a-1-mp3", "https://x/1.mp3"),
        ResultFile(TASK, "audio", "a-1-wav", "https://x/1.wav"),
        ResultFile(TASK, "audio", "a-2-wav", "https://x/2.wav"),
        ResultFile(TASK, "audio", "2-mp3", "https://x/3.mp3"),
        ResultFile(TASK, "audio", "3-wav", "https://x/4.wav"),
    ]


def test_an_item_without_id_never_shares_a_name_with_another() -> None:
    task = {
        "task_id": TASK,
        "task_result": {
            "images": [{"url": "https://x/a.png"}, {"index": 0, "url": "https://x/b.png"}],
            "audios": [{"url_mp3": "https://x/1.mp3"}, {"id": "0", "url_mp3": "https://x/2.mp3"}],
        },
    }
    names = [file_name(rf) for rf in task_files(task)]
    assert len(set(names)) == len(names) == 4


def test_video_to_audio_keeps_the_video_with_its_new_soundtrack() -> None:
    audios = [
        {"audio_id": "a-1", "url_mp3": "https://x/1.mp3", "video_id": "v-1"},
        {"id": "a-2", "video_url": "https://x/v2.mov"},  # no video id: the audio's key
        {"video_id": "v-3", "video_url": ""},  # no URL: skipped
    ]
    audios[0]["video_url"] = "https://x/v1"
    files = result_files(TASK, None, None, audios)
    assert files == [
        ResultFile(TASK, "audio", "a-1-mp3", "https://x/1.mp3"),
        ResultFile(TASK, "video", "v-1", "https://x/v1"),
        ResultFile(TASK, "video", "a-2", "https://x/v2.mov"),
    ]
    assert [file_name(rf) for rf in files][1:] == [f"{TASK}-video-v-1.mp4", f"{TASK}-video-a-2.mp4"]


def test_task_files_from_a_raw_task_and_an_object() -> None:
    raw = {
        "task_id": TASK,
        "task_status": "succeed",
        "task_result": {"videos": [{"id": "Cj1x", "url": SIGNED}], "images": None},
    }
    assert task_files(raw) == [VIDEO]
    obj = SimpleNamespace(
        task_id=TASK, task_result=SimpleNamespace(videos=Unset(), images=[{"index": 2, "url": "u"}])
    )
    assert task_files(obj) == [ResultFile(TASK, "image", "2", "u")]
    assert task_files({"task_id": TASK, "task_result": {}}) == []
    with_audio = SimpleNamespace(
        task_id=TASK,
        task_result=SimpleNamespace(
            videos=None, images=Unset(), audios=[SimpleNamespace(id="a", url_wav="w")]
        ),
    )
    assert task_files(with_audio) == [ResultFile(TASK, "audio", "a-wav", "w")]
    assert task_files({"task_id": TASK, "task_result": None}) == []


@pytest.mark.parametrize("task", [{}, {"task_id": ""}, SimpleNamespace(task_id=None)])
def test_task_files_needs_a_task_id(task: object) -> None:
    with pytest.raises(ValueError, match="task_id"):
        task_files(task)
