"""Files and bytes given for image, video and audio fields, encoded as Kling expects.

Kling takes media inside the JSON body as an http(s) URL or as **raw Base64 without** a ``data:``
prefix (FACTS §1.3, §1.12). Besides such a string, a media field of the client accepts ``bytes``
(``bytearray``, ``memoryview``), an ``os.PathLike`` (``pathlib.Path``) or a binary file object
(anything whose ``read()`` returns bytes). They are read once (a file object the caller opened is
never closed), checked against the field's ``x-kling-media`` limits in the spec (size in bytes,
format told by the content's magic bytes, never by the file name) and sent as raw Base64.
"""

from __future__ import annotations

import base64
import io
import os
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeAlias

from ._findings import Problem


class BinaryReadable(Protocol):
    """A binary file object: ``read()`` returns ``bytes``."""

    def read(self) -> bytes: ...  # pragma: no cover - a protocol


MediaSource: TypeAlias = str | bytes | bytearray | memoryview | os.PathLike[str] | BinaryReadable
"""What a media field accepts: a URL or raw Base64 string, bytes, a path or a binary file."""

_SAME = {"jpg": "jpeg", "m4a": "mp4"}
"""Format names the spec may use for one container: .jpg is JPEG, .m4a is an MP4 container."""


@dataclass(frozen=True)
class MediaLimits:
    """The ``x-kling-media`` data of a field: what a file or bytes given for it must be.

    ``when`` maps a sibling field to the values for which the field is a media input at all
    (``{"type": ["first_frame", ...]}`` in a new-standard ``contents[]`` item).
    """

    kind: str = "media"
    max_bytes: int | None = None
    formats: tuple[str, ...] = ()
    when: Mapping[str, Collection[object]] | None = None

    @classmethod
    def from_spec(cls, data: Mapping[str, Any]) -> MediaLimits:
        """The limits an ``x-kling-media`` object of the spec states."""
        when = data.get("when")
        return cls(
            kind=str(data.get("kind", "media")),
            max_bytes=data.get("max_bytes"),
            formats=tuple(str(f).lower() for f in data.get("formats", ())),
            when={k: tuple(v) for k, v in when.items()} if isinstance(when, Mapping) else None,
        )

    def applies(self, parent: object) -> bool:
        """Whether the field takes files next to these sibling values (always without ``when``)."""
        if not self.when:
            return True
        return isinstance(parent, Mapping) and all(
            parent.get(key) in values for key, values in self.when.items()
        )

    def accepts(self, detected: str | None) -> bool:
        """Whether content of the ``detected`` format may be sent (any, when no list is given)."""
        if not self.formats:
            return True
        return detected is not None and _SAME.get(detected, detected) in {
            _SAME.get(f, f) for f in self.formats
        }


def is_source(value: object) -> bool:
    """Whether ``value`` is a file input the client encodes (not a string, not JSON)."""
    return isinstance(value, bytes | bytearray | memoryview | os.PathLike) or (
        not isinstance(value, str | Mapping | list | tuple)
        and callable(getattr(value, "read", None))
    )


class MediaInputError(ValueError):
    """A file input that cannot be sent: ``problem`` is ``(field, rule)``."""

    def __init__(self, field: str, rule: str) -> None:
        super().__init__(f"{field}: {rule}")
        self.problem: Problem = (field, rule)


def read_source(value: Any, field: str) -> bytes:
    """The bytes of a file input, read once; a missing or unreadable path or a text-mode file is
    a :class:`MediaInputError` naming ``field``."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, bytearray | memoryview):
        return bytes(value)
    if isinstance(value, os.PathLike):
        path = os.fsdecode(os.fspath(value))
        try:
            with open(path, "rb") as file:
                return file.read()
        except FileNotFoundError:
            raise MediaInputError(field, f"no such file: {path}") from None
        except OSError as exc:
            raise MediaInputError(field, f"cannot read {path}: {exc.strerror or exc}") from None
    if isinstance(value, io.TextIOBase):
        raise MediaInputError(field, _TEXT_MODE)
    data = value.read()
    if isinstance(data, str):
        raise MediaInputError(field, _TEXT_MODE)
    if not isinstance(data, bytes | bytearray | memoryview):
        kind = type(data).__name__
        raise MediaInputError(field, f"read() of the file object returned {kind}, not bytes")
    return bytes(data)


_TEXT_MODE = "the file is open in text mode: open the file in binary mode ('rb')"


def detect_format(data: bytes) -> str | None:
    """The format of media content by its magic bytes (``jpeg``, ``png``, ``mp4``, ``mp3`` ...),
    or None when it is not one this client knows."""
    head = data[:16]
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE"):
        return "webp" if head[8:12] == b"WEBP" else "wav"
    if head.startswith(b"BM"):
        return "bmp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return "mov" if brand == b"qt  " else "m4a" if brand.startswith(b"M4") else "mp4"
    if head.startswith(b"ID3"):
        return "mp3"
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        # MPEG audio frame sync: layer bits 00 are ADTS (AAC), otherwise MPEG layer I-III.
        return "aac" if head[1] & 0x06 == 0 else "mp3"
    return None


def _size(n: int) -> str:
    return f"{n:,} bytes ({n / 1048576:.3g} MB)"


def check_content(data: bytes, field: str, limits: MediaLimits) -> None:
    """Refuse content that breaks ``limits``: empty, too large, or of a format not listed."""
    if not data:
        raise MediaInputError(field, "an empty file: nothing to send")
    if limits.max_bytes is not None and len(data) > limits.max_bytes:
        rule = f"{_size(len(data))}, at most {_size(limits.max_bytes)} for {limits.kind} files"
        raise MediaInputError(field, rule)
    detected = detect_format(data)
    if not limits.accepts(detected):
        what = f"a {detected.upper()} file" if detected else "content of an unknown format"
        raise MediaInputError(field, f"{what}; Kling takes {', '.join(limits.formats)}")


def encode(value: Any, field: str, limits: MediaLimits | None = None) -> str:
    """A file input as raw Base64 (no ``data:`` prefix), checked against ``limits``; a string
    is returned unchanged."""
    if isinstance(value, str):
        return value
    data = read_source(value, field)
    check_content(data, field, limits or MediaLimits())
    return base64.b64encode(data).decode("ascii")


def media_problem(value: str, *, url_ok: bool = True) -> str | None:
    """Why a media input (URL or raw Base64; only Base64 when not ``url_ok``) is refused, or
    None. ``""`` means "not set"."""
    text = "".join(value.split())
    if not text:
        return None
    if text[:5].lower() == "data:":
        stripped = value.strip()
        comma = stripped.find(",")
        prefix = stripped[: comma + 1] if 0 <= comma < 100 else stripped[:5]
        return f"remove the {prefix!r} prefix: Kling wants raw Base64"
    if text.lower().startswith(("http://", "https://")):
        return None if url_ok else "must be raw Base64, not a URL (use the URL field instead)"
    try:
        base64.b64decode(text, validate=True)
    except ValueError:  # binascii.Error, or non-ASCII text
        return "neither an http(s) URL nor valid Base64"
    return None
