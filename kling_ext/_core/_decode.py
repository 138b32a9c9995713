"""Decoding a compressed download in bounded pieces, refusing decompression bombs.

httpx decodes ``Content-Encoding`` one network chunk at a time, whole: a 64 KiB chunk of a gzip
bomb becomes some 64 MiB in memory at once. Downloads therefore read the raw bytes and decode
them here with :func:`zlib.decompressobj` and ``max_length``, so no more than :data:`PIECE` bytes
(or the caller's ``chunk_size``) are ever decoded ahead of the disk.

Bounds (documented in the README):

* a body may expand at most :data:`MAX_EXPANSION` times its encoded size once more than
  :data:`EXPANSION_GRACE` bytes are decoded; beyond that the download is refused (media files
  barely compress: a video or an image that expands 100 times is a bomb, not a result);
* only ``gzip`` (``x-gzip``) and ``deflate`` (zlib-wrapped or raw) are decoded, the encodings
  downloads ask for (:data:`ACCEPT_ENCODING`); any other coding, or several stacked, is refused
  rather than written undecoded;
* a compressed stream that ends before its end marker is a truncated download.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

__all__ = ["ACCEPT_ENCODING", "BoundedDecoder", "DecodeError", "decoder_for"]

ACCEPT_ENCODING = "gzip, deflate"
"""What downloads ask the file host for: exactly the encodings :class:`BoundedDecoder` reads."""
PIECE = 64 * 1024
"""Bytes decoded at a time (without ``chunk_size``)."""
MAX_EXPANSION = 100
"""Most decoded bytes per encoded byte, checked past :data:`EXPANSION_GRACE` decoded bytes."""
EXPANSION_GRACE = 8 * 1024 * 1024
"""Decoded bytes allowed whatever the ratio (a small file of zeros compresses very well)."""

_GZIP = zlib.MAX_WBITS | 16
_WBITS = {"gzip": _GZIP, "x-gzip": _GZIP, "deflate": None}  # None: zlib or raw, from the header


class DecodeError(ValueError):
    """The body cannot be decoded safely; the message says why (never quoting the body)."""


def decoder_for(codings: list[str], size: int | None) -> BoundedDecoder | None:
    """The decoder for a response's ``Content-Encoding`` values (None for an identity body).

    ``size`` is the length of the pieces to yield (:data:`PIECE` when None).
    """
    names = [c.strip().lower() for c in codings]
    names = [name for name in names if name not in ("", "identity")]
    if not names:
        return None
    if len(names) > 1 or names[0] not in _WBITS:
        raise DecodeError(f"unsupported Content-Encoding {', '.join(names)!r}")
    return BoundedDecoder(names[0], size or PIECE)


class BoundedDecoder:
    """Decode one gzip or deflate stream fed in raw chunks, yielding pieces of ``size`` bytes
    (the last one shorter) and refusing an expansion beyond :data:`MAX_EXPANSION`."""

    def __init__(self, coding: str, size: int) -> None:
        self._coding, self._size = coding, size
        wbits = _WBITS[coding]
        self._z = None if wbits is None else zlib.decompressobj(wbits)
        self._head = b""  # deflate: the first bytes, until the header says zlib or raw
        self._pending = bytearray()
        self._fed = 0
        self.decoded = 0

    def decode(self, data: bytes) -> Iterator[bytes]:
        """Feed ``data``; yield every full piece it completes."""
        self._fed += len(data)
        z = self._z
        if z is None:
            self._head += data
            if len(self._head) < 2:
                return
            z = self._z = zlib.decompressobj(_deflate_wbits(self._head))
            data, self._head = self._head, b""
        while data:
            try:
                out = z.decompress(data, self._size - len(self._pending))
            except zlib.error:
                raise DecodeError(f"the {self._coding} body is corrupt") from None
            data = z.unconsumed_tail
            self._pending += out
            self.decoded += len(out)
            self._check(len(data))
            if len(self._pending) == self._size:
                yield bytes(self._pending)
                self._pending.clear()

    def finish(self) -> bytes:
        """The last piece, once the body has ended; :class:`DecodeError` if the compressed
        stream did not reach its end (a truncated body)."""
        z = self._z
        if self._fed == 0:  # an empty body, as httpx reads it: an empty file
            return b""
        tail = b"" if z is None else z.flush()
        self.decoded += len(tail)
        self._check(0)
        if z is None or not z.eof:
            raise DecodeError(f"the {self._coding} body ended early (truncated download)")
        last = bytes(self._pending) + tail
        self._pending.clear()
        return last

    def _check(self, unconsumed: int) -> None:
        if self.decoded > EXPANSION_GRACE and self.decoded > MAX_EXPANSION * (
            self._fed - unconsumed
        ):
            raise DecodeError(
                f"the {self._coding} body expands more than {MAX_EXPANSION} times its size "
                "(a decompression bomb?): refused"
            )


def _deflate_wbits(head: bytes) -> int:
    """zlib-wrapped (RFC 1950, what HTTP means) or raw deflate (what some servers send)."""
    cmf, flg = head[0], head[1]
    zlib_header = cmf & 0x0F == 8 and (cmf << 8 | flg) % 31 == 0
    return zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS
