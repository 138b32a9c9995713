"""The result files of a task and their local names, free of I/O.

A finished task lists its results in ``task_result``: ``videos[{id, url}]``, ``images[{index,
url}]`` and ``audios[{id, url_mp3, url_wav, video_url}]``. Each becomes a :class:`ResultFile`
whose local name comes from the task id and the result key only, never from the URL (see
:mod:`kling_ext._core._download` for how they are fetched).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from kling_ext._spec._families import ResultKind

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
    used: set[tuple[str, str]] = set()

    def unique(kind: str, key: str) -> str:
        # An item without an id falls back to its position, which may equal another item's id
        # or index: never give two results one name (the second would be skipped as present).
        candidate, n = key, 1
        while (kind, candidate) in used:
            n += 1
            candidate = f"{key}_{n}"
        used.add((kind, candidate))
        return candidate

    for position, video in enumerate(_items(videos)):
        url, vid = _field(video, "url"), _field(video, "id")
        if isinstance(url, str) and url:
            key = vid if isinstance(vid, str) and vid else str(position)
            out.append(ResultFile(task_id, "video", unique("video", key), url))
    for position, image in enumerate(_items(images)):
        index = _field(image, "index")
        has_index = isinstance(index, int | str) and not isinstance(index, bool) and index != ""
        key = str(index if has_index else position)
        # ``url``, and the three views of an AI multi-shot item (``url_1`` .. ``url_3``)
        for suffix in ("", "_1", "_2", "_3"):
            url = _field(image, f"url{suffix}")
            if isinstance(url, str) and url:
                out.append(ResultFile(task_id, "image", unique("image", key + suffix), url))
    for position, audio in enumerate(_items(audios)):
        aid = _field(audio, "id") or _field(audio, "audio_id")
        base = unique("audio", aid if isinstance(aid, str) and aid else str(position))
        for fmt in _AUDIO_FORMATS:  # each audio comes as MP3 and WAV: keep both
            url = _field(audio, f"url_{fmt}")
            if isinstance(url, str) and url:
                out.append(ResultFile(task_id, "audio", f"{base}-{fmt}", url))
        url = _field(audio, "url")  # text to speech: one MP3 under ``url``
        if isinstance(url, str) and url:
            out.append(ResultFile(task_id, "audio", f"{base}-mp3", url))
        # video-to-audio also returns the source video with its new soundtrack: a result too.
        url, vid = _field(audio, "video_url"), _field(audio, "video_id")
        if isinstance(url, str) and url:
            key = vid if isinstance(vid, str) and vid else base
            out.append(ResultFile(task_id, "video", unique("video", key), url))
    return out


def task_files(task: object) -> list[ResultFile]:
    """:func:`result_files` of a task object or mapping (``task_id`` + ``task_result``)."""
    if getattr(task, "standard", None) == "standard":  # the new standard's outputs[]
        return _output_files(task)
    task_id = _field(task, "task_id")
    if not isinstance(task_id, str) or not task_id:
        raise ValueError("the task has no task_id")
    result = _field(task, "task_result")
    videos, images, series, audios = (
        _items(_field(result, name)) for name in ("videos", "images", "series_images", "audios")
    )
    return result_files(task_id, videos, [*images, *series], audios)


def _output_files(task: Any) -> list[ResultFile]:
    """The downloadable ``outputs[]`` of a new-standard task (videos, images, audio as MP3 and
    WAV), named as legacy results are."""
    if not task.id:
        raise ValueError("the task has no id")
    outs = task.outputs
    videos = [{"id": o.id, "url": o.url} for o in outs if o.type == "video"]
    images = [{"url": o.url} for o in outs if o.type == "image"]
    audios = [
        {"id": o.id, "url_mp3": o.mp3_url, "url_wav": o.wav_url} for o in outs if o.type == "audio"
    ]
    return result_files(task.id, videos, images, audios)


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
