"""Streamed, atomic, safe downloads of task results.

Kling deletes results 30 days after generation (FACTS 1.11), so results are copied with care:

* **Names** come from the task id and result key only (``<task>-video-<id>.mp4``,
  ``<task>-image-<index>.png``, ``<task>-audio-<id>-mp3.mp3``; :mod:`kling_ext._spec._results`),
  reduced to ``[A-Za-z0-9._-]``; a changed component gets a short hash of the original, so
  distinct ids never share a name. No id or URL can place a file outside the directory, and only
  ``http``/``https`` URLs are fetched. Messages and logs show URLs without their query string.
* **Atomic writes**: the body is streamed in chunks (constant memory) to ``<final>.part-<random>``
  in the same directory, checked against ``Content-Length``, fsynced (written back in a worker
  thread as it arrives, :mod:`~kling_ext._core._writeback`) and moved into place with
  :func:`os.replace`. Any failure, ``KeyboardInterrupt`` and cancellation included, removes it.
* **Speed**: chunks are written as the connection delivers them (``chunk_size=None``; at most
  64 KiB each from httpcore), without re-chunking; the loop does one write and one addition per
  chunk (bench/README.md, figure 5).
* **Bounded memory**: a compressed body (``Content-Encoding: gzip`` or ``deflate``, the only ones
  asked for) is read raw and decoded 64 KiB at a time, and refused once it expands more than 100
  times (:mod:`~kling_ext._core._decode`): a gzip bomb never fills the memory.
  A body shorter or longer than its ``Content-Length``, or a compressed stream cut short, is a
  :class:`~kling_ext.DownloadError` and leaves no file.
* **Skip rule**: only complete files are ever moved into place, so an existing non-empty regular
  file at the final name is complete: it is skipped without any request unless ``overwrite``.

The file host is not the Kling API: pass a client **without** Kling's ``Authorization`` (no Kling
``httpx.Auth``) so the JWT never travels to a CDN, e.g. a plain client sharing the pool settings.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import httpx

from kling_ext._errors import DownloadError, ResultExpiredError
from kling_ext._spec._results import ResultFile, file_name, result_files, task_files
from kling_ext._transport._redact import logger, redact_url

from ._decode import ACCEPT_ENCODING, BoundedDecoder, DecodeError, decoder_for
from ._writeback import Writeback

__all__ = ["ProgressCallback", "ResultFile", "adownload_files", "download_files"]
__all__ += ["file_name", "result_files", "task_files"]

ProgressCallback = Callable[[Path, int, int | None], None]
"""``on_progress(final_path, bytes_written, total_or_None)``, called after each chunk written."""
_HEADERS = {"Accept-Encoding": ACCEPT_ENCODING}


def _plan(
    rf: ResultFile, folder: Path, overwrite: bool, on_progress: ProgressCallback | None
) -> tuple[Path, bool]:
    """Check ``rf`` and return ``(final_path, skip)``; no request is made here."""
    url = redact_url(rf.url)
    try:
        scheme = httpx.URL(rf.url).scheme  # parsed as the client will parse it
    except httpx.InvalidURL:
        raise DownloadError("refusing to download: invalid URL", url=url) from None
    if scheme not in ("http", "https"):
        raise DownloadError("refusing to download: only http and https URLs are allowed", url=url)
    final = folder / file_name(rf)
    if final.resolve().parent != folder.resolve():  # e.g. a symlink planted at the final name
        raise DownloadError(f"refusing to write outside {folder}", url=url, path=str(final))
    if not overwrite:
        with contextlib.suppress(FileNotFoundError):
            st = final.stat()
            if stat.S_ISREG(st.st_mode) and st.st_size > 0:
                logger.debug("skipping %s: %s already exists", url, final)
                if on_progress is not None:
                    on_progress(final, st.st_size, st.st_size)
                return final, True
    return final, False


class _Part:
    """One download in flight: the temporary file beside ``final`` and the response checks."""

    def __init__(self, url: str, final: Path, on_progress: ProgressCallback | None) -> None:
        self.url, self.final, self._on_progress = redact_url(url), final, on_progress
        self.tmp = final.with_name(f"{final.name}.part-{secrets.token_hex(8)}")
        self.total: int | None = None
        self.written = 0
        self.decoder: BoundedDecoder | None = None
        self._file: BinaryIO = open(self.tmp, "xb")  # noqa: SIM115 - closed by commit/discard
        self._writeback = Writeback(self._file)

    def start(self, response: httpx.Response, chunk_size: int | None) -> None:
        """Raise for an error status; remember ``Content-Length`` when the host sent one, and
        the decoder of a compressed body."""
        status = response.status_code
        if status in (404, 410):  # the message says results are deleted after 30 days
            raise ResultExpiredError(url=self.url, path=str(self.final), status=status)
        if not response.is_success:
            raise DownloadError(
                f"download failed: HTTP {status}", url=self.url, path=str(self.final)
            )
        # A compressed transfer's Content-Length counts encoded bytes, not the ones we write;
        # the HTTP layer (h11/h2) still checks that length on the wire.
        value = response.headers.get("Content-Length", "")
        plain = response.headers.get("Content-Encoding", "identity").lower() == "identity"
        self.total = int(value) if value.isdigit() and plain else None
        if not plain and not response.is_stream_consumed:  # preloaded (mock) bodies are decoded
            codings = response.headers.get_list("Content-Encoding", split_commas=True)
            self.decoder = decoder_for(codings, chunk_size)

    def write(self, chunk: bytes) -> None:
        self.written += self._file.write(chunk)
        self._writeback.wrote(self.written)
        if self._on_progress is not None:
            self._on_progress(self.final, self.written, self.total)

    def decode(self, raw: bytes) -> None:
        """Write what a raw chunk of a compressed body decodes to, piece by piece."""
        assert self.decoder is not None
        for piece in self.decoder.decode(raw):
            self.write(piece)

    def end(self) -> None:
        """The body has ended: write a compressed body's last piece (checking it is complete)."""
        if self.decoder is not None:
            last = self.decoder.finish()
            if last:
                self.write(last)

    def commit(self) -> None:
        """Check the length, make the data durable and move the file into place."""
        if self.total is not None and self.written != self.total:
            what = "truncated" if self.written < self.total else "longer than announced"
            raise DownloadError(
                f"download {what}: received {self.written} of {self.total} bytes",
                url=self.url,
                path=str(self.final),
            )
        self._file.flush()
        self._writeback.finish()
        os.fsync(self._file.fileno())
        self._file.close()
        # No directory fsync: a crash can only lose the rename, which costs a re-download.
        os.replace(self.tmp, self.final)
        logger.debug("downloaded %s to %s", self.url, self.final)

    def discard(self) -> None:
        with contextlib.suppress(OSError):  # the worker uses the descriptor: wait for it first
            self._writeback.finish()
        with contextlib.suppress(OSError):  # closing flushes, which can fail (disk full)
            self._file.close()
        with contextlib.suppress(OSError):
            self.tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def _writing(rf: ResultFile, final: Path, on_progress: ProgressCallback | None) -> Iterator[_Part]:
    """Yield a :class:`_Part`; on any exception remove its file, wrapping I/O errors."""
    part: _Part | None = None
    try:
        part = _Part(rf.url, final, on_progress)
        yield part
    except (httpx.HTTPError, httpx.InvalidURL, OSError, DecodeError) as exc:
        if part is not None:
            part.discard()
        # httpx messages may quote the signed URL; ours and OSError's name only local paths.
        detail = str(exc) if isinstance(exc, OSError | DecodeError) else type(exc).__name__
        url = redact_url(rf.url)
        raise DownloadError(f"download failed: {detail}", url=url, path=str(final)) from exc
    except BaseException:  # KeyboardInterrupt, cancellation, DownloadError, callback errors
        if part is not None:
            part.discard()
        raise


def _folder(directory: str | os.PathLike[str], chunk_size: int | None) -> Path:
    if chunk_size is not None and chunk_size <= 0:
        raise ValueError(f"chunk_size must be positive, got {chunk_size}")
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def download_files(
    client: httpx.Client,
    files: Iterable[ResultFile],
    directory: str | os.PathLike[str],
    *,
    on_progress: ProgressCallback | None = None,
    chunk_size: int | None = None,
    overwrite: bool = False,
) -> list[Path]:
    """Download ``files`` into ``directory`` (created if needed), one after another.

    ``client`` must not carry Kling's ``Authorization`` (see the module docstring).
    ``chunk_size=None`` writes chunks as they arrive; a number re-chunks them (slower, for callers
    that want even progress steps). Returns the final paths in input order. Raises
    :class:`ResultExpiredError` on HTTP 404/410 and :class:`DownloadError` on any other failure
    of a file (a truncated body, a compressed one that expands too much); no temporary file is
    left behind.
    """
    folder = _folder(directory, chunk_size)
    paths: list[Path] = []
    for rf in files:
        final, skip = _plan(rf, folder, overwrite, on_progress)
        if not skip:
            with _writing(rf, final, on_progress) as part:
                with client.stream(
                    "GET", rf.url, headers=_HEADERS, follow_redirects=True
                ) as response:
                    part.start(response, chunk_size)
                    if part.decoder is None:
                        for chunk in response.iter_bytes(chunk_size):
                            part.write(chunk)
                    else:
                        for raw in response.iter_raw():
                            part.decode(raw)
                    part.end()
                part.commit()
        paths.append(final)
    return paths


async def adownload_files(
    client: httpx.AsyncClient,
    files: Iterable[ResultFile],
    directory: str | os.PathLike[str],
    *,
    on_progress: ProgressCallback | None = None,
    chunk_size: int | None = None,
    overwrite: bool = False,
) -> list[Path]:
    """Async twin of :func:`download_files`; the fsync and rename run in a worker thread."""
    folder = _folder(directory, chunk_size)
    paths: list[Path] = []
    for rf in files:
        final, skip = _plan(rf, folder, overwrite, on_progress)
        if not skip:
            with _writing(rf, final, on_progress) as part:
                async with client.stream(
                    "GET", rf.url, headers=_HEADERS, follow_redirects=True
                ) as response:
                    part.start(response, chunk_size)
                    if part.decoder is None:
                        async for chunk in response.aiter_bytes(chunk_size):
                            part.write(chunk)
                    else:
                        async for raw in response.aiter_raw():
                            part.decode(raw)
                    part.end()
                import anyio.to_thread

                await anyio.to_thread.run_sync(part.commit)
        paths.append(final)
    return paths
