"""Compressed download bodies decoded in bounded pieces (kling_ext._core._decode), offline on a
streaming ``httpx.MockTransport``: gzip and both kinds of deflate arrive intact, a bomb, a corrupt
or cut stream and an unsupported coding are refused and leave no file, and one raw chunk never
decodes into more than one piece of memory at a time."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kling_ext._core._decode import PIECE, BoundedDecoder, DecodeError, decoder_for
from kling_ext._errors import DownloadError
from tests.reliability.test_download_bounds import BOMB
from tests.unit.test_download import MODES, VIDEO, Body, Host, fetch, listing

pytestmark = pytest.mark.anyio
DATA = b"".join(b"line %06d of a compressible result\n" % n for n in range(40_000))  # 1.4 MB


def slices(body: bytes, size: int = 1 << 16, first: int | None = None) -> list[bytes]:
    head = [body[:first]] if first else []
    rest = body[first or 0 :]
    return head + [rest[i : i + size] for i in range(0, len(rest), size)]


def host(chunks: list[bytes], encoding: str, length: int | None = None) -> Host:
    headers = {"Content-Encoding": encoding}
    if length is not None:
        headers["Content-Length"] = str(length)

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=Body(lambda: iter(chunks)))

    return Host(respond)


def raw_deflate(data: bytes) -> bytes:
    z = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    return z.compress(data) + z.flush()


@MODES
@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", gzip.compress(DATA)),
        ("x-gzip", gzip.compress(DATA)),
        ("GZIP", gzip.compress(DATA)),
        ("deflate", zlib.compress(DATA)),
        ("deflate", raw_deflate(DATA)),
    ],
)
async def test_compressed_bodies_arrive_intact(
    mode: str, encoding: str, body: bytes, tmp_path: Path
) -> None:
    chunks = slices(body, first=1)  # a first chunk of one byte: too short to tell zlib from raw
    [path] = await fetch(mode, host(chunks, encoding, len(body)), [VIDEO], tmp_path)
    assert path.read_bytes() == DATA
    assert listing(tmp_path) == [path.name]


@MODES
async def test_pieces_are_even_with_a_chunk_size(mode: str, tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    body = gzip.compress(DATA)
    await fetch(
        mode,
        host(slices(body, 5000), "gzip", len(body)),
        [VIDEO],
        tmp_path,
        chunk_size=1000,
        on_progress=lambda _, written, total: seen.append((written, total)),
    )
    steps = [b - a for (a, _), (b, _) in zip([(0, None), *seen], seen, strict=False)]
    assert set(steps[:-1]) == {1000} and 0 < steps[-1] <= 1000
    assert seen[-1] == (len(DATA), None)  # an encoded Content-Length is not the file's size


@MODES
@pytest.mark.parametrize(
    ("encoding", "body", "reason"),
    [
        ("gzip", BOMB, "expands more than 100 times"),
        ("gzip", b"\x1f\x8b not gzip at all" * 100, "gzip body is corrupt"),
        ("gzip", gzip.compress(DATA)[:-9], "gzip body ended early"),
        ("deflate", b"x", "deflate body ended early"),  # too short to even have a header
        ("br", b"\x0b\x02\x80hello\x03", "unsupported Content-Encoding 'br'"),
        ("gzip, gzip", gzip.compress(gzip.compress(DATA)), "unsupported Content-Encoding"),
    ],
)
async def test_unsafe_bodies_are_refused_and_leave_nothing(
    mode: str, encoding: str, body: bytes, reason: str, tmp_path: Path
) -> None:
    with pytest.raises(DownloadError, match=reason) as info:
        await fetch(mode, host(slices(body), encoding, len(body)), [VIDEO], tmp_path)
    assert isinstance(info.value.__cause__, DecodeError)
    assert "SECRET" not in str(info.value)
    assert listing(tmp_path) == []


@MODES
@pytest.mark.parametrize("encoding", ["gzip", "identity, identity"])
async def test_an_empty_body_gives_an_empty_file(mode: str, encoding: str, tmp_path: Path) -> None:
    [path] = await fetch(mode, host([], encoding), [VIDEO], tmp_path)
    assert path.read_bytes() == b""


@MODES
async def test_a_body_longer_than_announced_is_refused(mode: str, tmp_path: Path) -> None:
    chunks = [b"x" * 600, b"y" * 400]

    def respond(request: httpx.Request) -> httpx.Response:
        stream = Body(lambda: iter(chunks))
        return httpx.Response(200, headers={"Content-Length": "400"}, stream=stream)

    with pytest.raises(DownloadError, match="longer than announced: received 1000 of 400"):
        await fetch(mode, Host(respond), [VIDEO], tmp_path)
    assert listing(tmp_path) == []


def test_one_raw_chunk_of_a_bomb_decodes_one_piece_at_a_time() -> None:
    decoder = decoder_for(["gzip"], None)
    assert isinstance(decoder, BoundedDecoder)
    chunk = BOMB[: 1 << 16]  # ~64 MiB of zeros once decoded
    tracemalloc.start()
    sizes: list[int] = []
    try:
        with pytest.raises(DecodeError, match="decompression bomb"):
            for piece in decoder.decode(chunk):
                sizes.append(len(piece))
                del piece
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert set(sizes) == {PIECE} and len(sizes) >= 100  # 8 MiB decoded before the refusal
    assert peak < 2 * 1024 * 1024


def test_decoder_for_plain_and_refused_codings() -> None:
    assert decoder_for([], None) is None
    assert decoder_for([" identity ", ""], 10) is None
    with pytest.raises(DecodeError, match="'compress'"):
        decoder_for(["compress"], None)


def iter_pieces(decoder: BoundedDecoder, chunks: list[bytes]) -> Iterator[bytes]:
    for chunk in chunks:
        yield from decoder.decode(chunk)
    yield decoder.finish()


def test_a_piece_size_is_honoured_across_raw_chunks() -> None:
    decoder = BoundedDecoder("deflate", 777)
    pieces = list(iter_pieces(decoder, slices(zlib.compress(DATA), 10)))
    assert b"".join(pieces) == DATA
    assert {len(p) for p in pieces[:-1]} == {777}
    assert decoder.decoded == len(DATA)
