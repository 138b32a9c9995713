"""File inputs: what the image and audio fields of a request accept, and how they are sent.

Kling takes images and audio inside the JSON body, as an http(s) URL or as raw Base64 without a
``data:`` prefix; videos only as URLs. Every field the spec marks as such (``x-kling-media``:
``image``, ``image_tail``, masks, ``image_list[].image``, ``sound_file``, a new-standard
``contents[].url`` of an image type ...) takes, besides such a string, ``bytes`` (``bytearray``,
``memoryview``), a path (``pathlib.Path``, any ``os.PathLike``) or a binary file object::

    from pathlib import Path

    client.videos.image2video.create(image=Path("first.png"), image_tail=open("last.jpg", "rb"))

The client reads each once (a file you opened stays open), checks its size and its format (from
its content, not its name) against the limits the spec states for the field, and sends its raw
Base64; a missing file, a file opened in text mode, a file too large or of another format is a
:class:`~kling_ext.ValidationError` naming the field, before anything is sent (``validate=False``
too: the checks come with the encoding). A string is sent as it is, unread and unchecked.
:func:`encode_media` is that encoder, for your own use (the ``kling`` command uses it).
"""

from __future__ import annotations

from ._errors import ValidationError
from ._spec._media_inputs import (
    BinaryReadable,
    MediaInputError,
    MediaLimits,
    MediaSource,
    detect_format,
    encode,
)

__all__ = ["BinaryReadable", "MediaLimits", "MediaSource", "detect_format", "encode_media"]


def encode_media(
    value: MediaSource, *, field: str = "file", limits: MediaLimits | None = None
) -> str:
    """``value`` as Kling takes it: a string unchanged, a file input (bytes, a path, a binary file
    object) read once and returned as raw Base64 (no ``data:`` prefix).

    ``limits`` (size, formats) are checked when given; without them only an empty file is
    refused. Raises :class:`~kling_ext.ValidationError` naming ``field`` and the rule: a missing
    or unreadable path, a file object open in text mode, content breaking ``limits``.
    """
    try:
        return encode(value, field, limits)
    except MediaInputError as exc:
        raise ValidationError([exc.problem]) from None
