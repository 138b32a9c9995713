"""The media encoder on its own: format detection by content, limits, the public
``kling_ext.media`` module, and the command line's ``MediaType`` that delegates to it."""

from __future__ import annotations

import base64
import io
import os
from pathlib import Path
from typing import Any

import click
import httpx
import pytest
import respx

from kling_cli._types import MediaType
from kling_ext import Kling, ValidationError
from kling_ext._spec._inputs import plan, prepare_inputs
from kling_ext._spec._media_inputs import MediaLimits, is_source
from kling_ext.media import detect_format, encode_media
from tests.inputs import media_samples as m

IMAGES = MediaLimits(kind="image", max_bytes=100, formats=("jpg", "jpeg", "png"))
AUDIO = MediaLimits(kind="audio", formats=("mp3", "wav", "m4a", "aac"))


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (m.PNG, "png"),
        (m.JPEG, "jpeg"),
        (m.GIF, "gif"),
        (m.WEBP, "webp"),
        (m.BMP, "bmp"),
        (m.WAV, "wav"),
        (m.MP3_ID3, "mp3"),
        (m.MP3_FRAME, "mp3"),
        (m.AAC, "aac"),
        (m.M4A, "m4a"),
        (m.MP4, "mp4"),
        (m.MOV, "mov"),
        (m.UNKNOWN, None),
        (b"\xff", None),
    ],
)
def test_the_format_comes_from_the_content(data: bytes, name: str | None) -> None:
    assert detect_format(data) == name


@pytest.mark.parametrize(
    ("limits", "data", "ok"),
    [
        (IMAGES, m.JPEG, True),  # .jpg and .jpeg are one format
        (IMAGES, m.PNG, True),
        (IMAGES, m.WEBP, False),
        (IMAGES, m.PNG + bytes(100), False),  # too large
        (AUDIO, m.M4A, True),
        (AUDIO, m.MP4, True),  # .m4a is an MP4 container: the permissive reading
        (AUDIO, m.AAC, True),
        (AUDIO, m.MP3_FRAME, True),
        (AUDIO, m.UNKNOWN, False),
        (MediaLimits(), m.UNKNOWN, True),  # no formats listed: any content
    ],
)
def test_limits(limits: MediaLimits, data: bytes, ok: bool) -> None:
    if ok:
        assert encode_media(data, limits=limits) == base64.b64encode(data).decode()
    else:
        with pytest.raises(ValidationError, match=r"^file: "):
            encode_media(data, limits=limits)


class BytesPath:
    """An ``os.PathLike`` whose path is bytes."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __fspath__(self) -> bytes:
        return os.fsencode(self.path)


class Odd:
    """A file-like object whose ``read()`` returns neither bytes nor str."""

    def read(self) -> int:
        return 5


class TextReader:
    """A file-like object in text mode that is not an ``io.TextIOBase``."""

    def read(self) -> str:
        return "text"


def test_sources_strings_and_odd_objects(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(m.PNG)
    assert encode_media(BytesPath(tmp_path / "a.png")) == base64.b64encode(m.PNG).decode()  # type: ignore[arg-type]
    assert encode_media("https://x.test/a.png") == "https://x.test/a.png"
    with pytest.raises(ValidationError) as caught:
        encode_media(Odd(), field="image")  # type: ignore[arg-type]
    assert caught.value.problems == (
        ("image", "read() of the file object returned int, not bytes"),
    )
    with pytest.raises(ValidationError, match=r"open the file in binary mode \('rb'\)$"):
        encode_media(TextReader())  # type: ignore[arg-type]
    assert [is_source(v) for v in ("s", b"", {"read": 1}, [1], Odd(), io.BytesIO())] == [
        False,
        True,
        False,
        False,
        True,
        True,
    ]


def test_limits_from_the_spec_and_when() -> None:
    limits = MediaLimits.from_spec({"formats": ["PNG"], "when": {"type": ["image"]}})
    assert (limits.kind, limits.max_bytes, limits.formats) == ("media", None, ("png",))
    assert limits.applies({"type": "image"}) and not limits.applies({"type": "video"})
    assert not limits.applies(["not", "a", "mapping"]) and MediaLimits().applies(None)


def test_a_schema_without_media_fields_and_an_unknown_name_cost_nothing() -> None:
    assert plan("NoSuchRequest") == ()
    body = {"prompt": "p"}
    assert prepare_inputs("NoSuchRequest", body) is body
    assert prepare_inputs("TextToVideoRequest", body) is body  # nothing changed, nothing copied
    with_list = {"dynamic_masks": {"not": "a list"}, "image": None}
    assert prepare_inputs("ImageToVideoRequest", with_list) is with_list
    masks = {"dynamic_masks": [{"mask": "https://x.test/m.png"}, {"mask": 5}, {"mask": None}]}
    assert prepare_inputs("ImageToVideoRequest", masks) is masks  # not files: left to the checks


def test_the_typed_signature_takes_files(tmp_path: Path) -> None:
    """mypy checks this call (``make lint-code``): the generated signatures admit file inputs."""
    router = respx.Router(base_url="https://api.test", assert_all_called=True)
    route = router.post("/v1/videos/image2video").mock(
        return_value=httpx.Response(200, json={"code": 0, "data": {"task_id": "t"}})
    )
    (tmp_path / "a.png").write_bytes(m.PNG)
    transport = httpx.MockTransport(router.handler)
    with Kling(api_key="k" * 24, base_url="https://api.test", transport=transport) as client:
        client.videos.image2video.create(image=tmp_path / "a.png", image_tail=memoryview(m.JPEG))
    assert route.call_count == 1


# --- the command line's MediaType ----------------------------------------------------------------


def test_the_cli_media_type_delegates_to_the_library(tmp_path: Path) -> None:
    (tmp_path / "a.gif").write_bytes(m.GIF)
    (tmp_path / "a.png").write_bytes(m.PNG)
    assert (
        MediaType().convert(str(tmp_path / "a.gif"), None, None) == base64.b64encode(m.GIF).decode()
    )
    assert MediaType().convert("HTTPS://x.test/a.png", None, None) == "HTTPS://x.test/a.png"
    assert MediaType(limits=IMAGES).convert(str(tmp_path / "a.png"), None, None)
    failures: list[tuple[Any, str]] = [
        (MediaType(limits=IMAGES), "a.gif' is a GIF file; Kling takes jpg, jpeg, png"),
        (MediaType(), "nope' is neither an http(s) URL nor a readable file (no such file: "),
        (MediaType(urls=False), "nope' is not readable (no such file: "),
    ]
    for kind, message in failures:
        name = "a.gif" if "GIF" in message else "nope"
        with pytest.raises(click.BadParameter) as caught:
            kind.convert(str(tmp_path / name), None, None)
        assert message in str(caught.value)
