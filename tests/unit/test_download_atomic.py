"""The atomic rename of a finished download: while the body streams, only a ``.part-`` file exists
beside the final name (an earlier complete file stays untouched); the final name appears only
once every byte is written and checked, by one rename, and nothing else remains."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kling_ext._core._download import file_name
from kling_ext._errors import DownloadError
from tests.unit.test_download import MODES, VIDEO, fetch, listing, stream

pytestmark = pytest.mark.anyio
CHUNK = b"x" * 4096
CHUNKS = 8


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@MODES
@pytest.mark.parametrize("earlier", [None, b"an earlier complete file"])
async def test_the_final_name_appears_only_by_the_rename_at_the_end(
    mode: str, tmp_path: Path, earlier: bytes | None
) -> None:
    final = tmp_path / file_name(VIDEO)
    if earlier is not None:
        final.write_bytes(earlier)
    seen: list[tuple[list[str], bytes | None]] = []

    def chunks() -> Iterator[bytes]:
        for _ in range(CHUNKS):
            # Mid-stream: the final name holds only what was there before; a part file grows.
            seen.append((listing(tmp_path), final.read_bytes() if final.exists() else None))
            yield CHUNK

    [path] = await fetch(
        mode, stream(chunks, len(CHUNK) * CHUNKS), [VIDEO], tmp_path, overwrite=True
    )
    assert path == final and final.read_bytes() == CHUNK * CHUNKS
    assert listing(tmp_path) == [final.name]
    assert len(seen) == CHUNKS
    for names, content in seen[1:]:
        parts = [n for n in names if n.startswith(f"{final.name}.part-")]
        assert len(parts) == 1
        assert content == earlier
        assert sorted(names) == sorted([*parts, *([final.name] if earlier else [])])


@MODES
async def test_a_body_shorter_than_announced_never_reaches_the_final_name(
    mode: str, tmp_path: Path
) -> None:
    final = tmp_path / file_name(VIDEO)
    final.write_bytes(b"complete")
    announced = len(CHUNK) * (CHUNKS + 1)
    with pytest.raises(DownloadError):
        await fetch(
            mode,
            stream(lambda: iter([CHUNK] * CHUNKS), announced),
            [VIDEO],
            tmp_path,
            overwrite=True,
        )
    assert final.read_bytes() == b"complete"
    assert listing(tmp_path) == [final.name]
    assert not [n for n in os.listdir(tmp_path) if ".part-" in n]
