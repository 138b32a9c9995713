"""Background writeback of downloads (kling_ext._core._writeback): flushes while data streams in."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import httpx
import pytest

from kling_ext._core import _writeback
from kling_ext._core._download import ResultFile, download_files
from kling_ext._core._writeback import Writeback
from kling_ext._errors import DownloadError


def test_flushes_once_per_step_and_not_below_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[int] = []
    monkeypatch.setattr(_writeback, "_datasync", flushed.append)
    with open(tmp_path / "f", "wb") as file:
        writeback = Writeback(file, step=100)
        writeback.wrote(99)
        writeback.finish()  # nothing started: nothing to wait for
        assert flushed == []
        writeback.wrote(100)
        writeback.finish()
        assert flushed == [file.fileno()]
        writeback.wrote(199)  # the next step is 100 bytes after the last flush request
        writeback.finish()
        assert len(flushed) == 1


def test_a_step_reached_while_a_flush_runs_is_folded_into_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release, entered = threading.Event(), threading.Event()
    calls: list[int] = []

    def slow(fd: int) -> None:
        calls.append(fd)
        entered.set()
        release.wait(5)

    monkeypatch.setattr(_writeback, "_datasync", slow)
    with open(tmp_path / "f", "wb") as file:
        writeback = Writeback(file, step=10)
        writeback.wrote(10)
        assert entered.wait(5)
        writeback.wrote(20)
        writeback.wrote(1000)  # busy: no second request queued
        release.set()
        writeback.finish()
    assert len(calls) == 1


def test_a_failed_flush_is_raised_by_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(fd: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(_writeback, "_datasync", broken)
    with open(tmp_path / "f", "wb") as file:
        writeback = Writeback(file, step=1)
        writeback.wrote(1)
        with pytest.raises(OSError, match="I/O error"):
            writeback.finish()


def test_the_default_step_is_read_when_the_writer_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    flushed: list[int] = []
    monkeypatch.setattr(_writeback, "_datasync", flushed.append)
    monkeypatch.setattr(_writeback, "STEP", 4)
    with open(tmp_path / "f", "wb") as file:
        writeback = Writeback(file)
        writeback.wrote(3)
        writeback.wrote(4)
        writeback.finish()
        assert flushed == [file.fileno()]


def test_a_download_whose_background_flush_fails_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(_writeback, "_datasync", broken)
    monkeypatch.setattr(_writeback, "STEP", 1000)
    body = os.urandom(5000)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    video = ResultFile("t1", "video", "v1", "https://cdn.example.com/v.mp4")
    with httpx.Client(transport=transport) as client, pytest.raises(DownloadError, match="space"):
        download_files(client, [video], tmp_path, chunk_size=1000)
    assert os.listdir(tmp_path) == []


def test_a_large_download_is_flushed_in_the_background_and_complete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_writeback, "STEP", 1 << 16)
    body = os.urandom(1 << 20)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    video = ResultFile("t1", "video", "v1", "https://cdn.example.com/v.mp4")
    with httpx.Client(transport=transport) as client:
        [path] = download_files(client, [video], tmp_path, chunk_size=1 << 15)
    assert path.read_bytes() == body
    assert [t.name for t in threading.enumerate() if t.name == "kling-writeback"] == []


def _video() -> ResultFile:
    return ResultFile("t1", "video", "v1", "https://cdn.example.com/v.mp4")


def test_a_temporary_file_that_cannot_be_created_is_a_download_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import secrets

    monkeypatch.setattr(secrets, "token_hex", lambda n: "fixed")
    (tmp_path / "t1-video-v1.mp4.part-fixed").write_bytes(b"someone else's")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=b"x"))
    with httpx.Client(transport=transport) as client, pytest.raises(DownloadError, match="exists"):
        download_files(client, [_video()], tmp_path)
    assert sorted(os.listdir(tmp_path)) == ["t1-video-v1.mp4.part-fixed"]  # not ours: kept


def test_an_interrupt_while_creating_the_temporary_file_propagates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kling_ext._core import _download

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(_download, "open", interrupted, raising=False)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=b"x"))
    with httpx.Client(transport=transport) as client, pytest.raises(KeyboardInterrupt):
        download_files(client, [_video()], tmp_path)
    assert os.listdir(tmp_path) == []
