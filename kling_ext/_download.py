"""Streamed, atomic, safe downloads of task results.

Kling deletes results 30 days after generation (FACTS 1.11), so results are copied with care:

* **Names** come from the task id and result key only (``<task>-video-<id>.mp4``,
  ``<task>-image-<index>.png``), reduced to ``[A-Za-z0-9._-]``; a changed component gets a short
  hash of the original, so distinct ids never share a name. The URL gives at most an image
  extension from an allow-list. No id or URL can place a file outside the directory, and only
  ``http``/``https`` URLs are fetched. Messages and logs show URLs without their query string.
* **Atomic writes**: the body is streamed in chunks (constant memory) to ``<final>.part-<random>``
  in the same directory, checked against ``Content-Length``, fsynced and moved into place with
  :func:`os.replace`. Any failure, ``KeyboardInterrupt`` and cancellation included, removes it.
* **Skip rule**: only complete files are ever moved into place, so an existing non-empty regular
  file at the final name is complete: it is skipped without any request unless ``overwrite``.

The file host is not the Kling API: pass a client **without** Kling's ``Authorization`` (no Kling
``httpx.Auth``) so the JWT never travels to a CDN, e.g. a plain client sharing the pool settings.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO
from urllib.parse import urlsplit

import httpx

from kling_ext._errors import DownloadError, ResultExpiredError
from kling_ext._families import ResultKind
from kling_ext._redact import logger, redact_url

__all__ = ["ProgressCallback", "ResultFile", "adownload_files", "download_files"]
__all__ += ["file_name", "result_files", "task_files"]

ProgressCallback = Callable[[Path, int, int | None], None]
"""``on_progress(final_path, bytes_written, total_or_None)``, called after each chunk written."""

_IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".webp"})
_AUDIO_FORMATS = ("mp3", "wav")
_SAFE_COMPONENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_UNSAFE_CHAR = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True, slots=True)
class ResultFile:
    """One downloadable result: a task's video (key = video id), image (key = index) or audio
    (key = ``<audio id>-<format>``)."""

    task_id: str
    kind: ResultKind
    key: str
    url: str


def _field(item: object, name: str) -> object:
    if isinstance(item, Mapping):
        return item.get(name)
    return getattr(item, name, None)


def _items(value: object) -> Iterable[object]:
    """``value`` when it is a list of items; ``()`` for null, ``UNSET`` or anything odd."""
    if isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping):
        return value
    return ()


def result_files(
    task_id: str,
    videos: Iterable[object] | None,
    images: Iterable[object] | None,
    audios: Iterable[object] | None = None,
) -> list[ResultFile]:
    """List a task's result files from ``task_result.videos`` / ``images`` / ``audios``.

    Items may be mappings (raw JSON) or objects with attributes (generated models); entries
    without a non-empty string ``url`` are skipped. The key is the video ``id`` or the image
    ``index``, falling back to the item's position when that field is missing.
    """
    out: list[ResultFile] = []
    for position, video in enumerate(_items(videos)):
        url, vid = _field(video, "url"), _field(video, "id")
        if isinstance(url, str) and url:
            key = vid if isinstance(vid, str) and vid else str(position)
            out.append(ResultFile(task_id, "video", key, url))
    for position, image in enumerate(_items(images)):
        url, index = _field(image, "url"), _field(image, "index")
        if isinstance(url, str) and url:
            has_index = isinstance(index, int | str) and not isinstance(index, bool) and index != ""
            out.append(ResultFile(task_id, "image", str(index if has_index else position), url))
    for position, audio in enumerate(_items(audios)):
        aid = _field(audio, "id") or _field(audio, "audio_id")
        base = aid if isinstance(aid, str) and aid else str(position)
        for fmt in _AUDIO_FORMATS:  # each audio comes as MP3 and WAV: keep both
            url = _field(audio, f"url_{fmt}")
            if isinstance(url, str) and url:
                out.append(ResultFile(task_id, "audio", f"{base}-{fmt}", url))
    return out


def task_files(task: object) -> list[ResultFile]:
    """:func:`result_files` of a task object or mapping (``task_id`` + ``task_result``)."""
    task_id = _field(task, "task_id")
    if not isinstance(task_id, str) or not task_id:
        raise ValueError("the task has no task_id")
    result = _field(task, "task_result")
    videos, images, audios = (
        _items(_field(result, name)) for name in ("videos", "images", "audios")
    )
    return result_files(task_id, videos, images, audios)


def _component(value: str) -> str:
    if _SAFE_COMPONENT.fullmatch(value):
        return value
    digest = hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    cleaned = _UNSAFE_CHAR.sub("_", value)[:48].lstrip("._-")
    return f"{cleaned}_{digest}" if cleaned else digest


def file_name(rf: ResultFile) -> str:
    """The local file name of ``rf``: ``<task>-<kind>-<key><ext>``, never taken from the URL.

    Videos always end in ``.mp4``; audio in the format its key names (``<id>-mp3`` -> ``.mp3``).
    Images keep the URL path's suffix when it is one of ``.png .jpg .jpeg .webp``, else ``.png``.
    """
    if rf.kind == "video":
        ext = ".mp4"
    elif rf.kind == "audio":
        fmt = rf.key.rsplit("-", 1)[-1]
        ext = f".{fmt}" if fmt in _AUDIO_FORMATS else ".mp3"
    else:
        try:
            suffix = PurePosixPath(urlsplit(rf.url).path).suffix.lower()
        except ValueError:  # e.g. an unbalanced "[" in the host
            suffix = ""
        ext = suffix if suffix in _IMAGE_SUFFIXES else ".png"
    return f"{_component(rf.task_id)}-{rf.kind}-{_component(rf.key)}{ext}"


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
        self._file: BinaryIO = open(self.tmp, "xb")  # noqa: SIM115 - closed by commit/discard

    def start(self, response: httpx.Response) -> None:
        """Raise for an error status; remember ``Content-Length`` when the host sent one."""
        status = response.status_code
        if status in (404, 410):  # the message says results are deleted after 30 days
            raise ResultExpiredError(url=self.url, path=str(self.final))
        if not response.is_success:
            raise DownloadError(
                f"download failed: HTTP {status}", url=self.url, path=str(self.final)
            )
        # A compressed transfer's Content-Length counts encoded bytes, not the ones we write;
        # the HTTP layer (h11/h2) still checks that length on the wire.
        value = response.headers.get("Content-Length", "")
        plain = response.headers.get("Content-Encoding", "identity").lower() == "identity"
        self.total = int(value) if value.isdigit() and plain else None

    def write(self, chunk: bytes) -> None:
        self._file.write(chunk)
        self.written += len(chunk)
        if self._on_progress is not None:
            self._on_progress(self.final, self.written, self.total)

    def commit(self) -> None:
        """Check the length, make the data durable and move the file into place."""
        if self.total is not None and self.written != self.total:
            raise DownloadError(
                f"download truncated: received {self.written} of {self.total} bytes",
                url=self.url,
                path=str(self.final),
            )
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        # No directory fsync: a crash can only lose the rename, which costs a re-download.
        os.replace(self.tmp, self.final)
        logger.debug("downloaded %s to %s", self.url, self.final)

    def discard(self) -> None:
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
    except (httpx.HTTPError, httpx.InvalidURL, OSError) as exc:
        if part is not None:
            part.discard()
        # httpx messages may quote the signed URL; OSError messages name only local paths.
        detail = str(exc) if isinstance(exc, OSError) else type(exc).__name__
        url = redact_url(rf.url)
        raise DownloadError(f"download failed: {detail}", url=url, path=str(final)) from exc
    except BaseException:  # KeyboardInterrupt, cancellation, DownloadError, callback errors
        if part is not None:
            part.discard()
        raise


def _folder(directory: str | os.PathLike[str], chunk_size: int) -> Path:
    if chunk_size <= 0:
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
    chunk_size: int = 1 << 16,
    overwrite: bool = False,
) -> list[Path]:
    """Download ``files`` into ``directory`` (created if needed), one after another.

    ``client`` must not carry Kling's ``Authorization`` (see the module docstring). Returns the
    final paths in input order. Raises :class:`ResultExpiredError` on HTTP 404/410 and
    :class:`DownloadError` on any other failure of a file; no temporary file is left behind.
    """
    folder = _folder(directory, chunk_size)
    paths: list[Path] = []
    for rf in files:
        final, skip = _plan(rf, folder, overwrite, on_progress)
        if not skip:
            with _writing(rf, final, on_progress) as part:
                with client.stream("GET", rf.url, follow_redirects=True) as response:
                    part.start(response)
                    for chunk in response.iter_bytes(chunk_size):
                        part.write(chunk)
                part.commit()
        paths.append(final)
    return paths


async def adownload_files(
    client: httpx.AsyncClient,
    files: Iterable[ResultFile],
    directory: str | os.PathLike[str],
    *,
    on_progress: ProgressCallback | None = None,
    chunk_size: int = 1 << 16,
    overwrite: bool = False,
) -> list[Path]:
    """Async twin of :func:`download_files`; the fsync and rename run in a worker thread."""
    folder = _folder(directory, chunk_size)
    paths: list[Path] = []
    for rf in files:
        final, skip = _plan(rf, folder, overwrite, on_progress)
        if not skip:
            with _writing(rf, final, on_progress) as part:
                async with client.stream("GET", rf.url, follow_redirects=True) as response:
                    part.start(response)
                    async for chunk in response.aiter_bytes(chunk_size):
                        part.write(chunk)
                import anyio.to_thread

                await anyio.to_thread.run_sync(part.commit)
        paths.append(final)
    return paths
