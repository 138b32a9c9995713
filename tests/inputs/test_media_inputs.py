"""File inputs of the client: bytes, paths and binary files for every media field, both clients.

Each is read once, checked against the spec's ``x-kling-media`` limits of its field and sent as
raw Base64 (no ``data:`` prefix); what cannot be sent is a ValidationError naming the field
before any request. Nothing the caller passed is changed or closed.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path
from typing import Any

import pytest
import respx

from kling_ext import ValidationError
from tests.client._fakes import FakeTime, call, json_body, ok, opened, task
from tests.inputs.media_samples import GIF, JPEG, MP3_ID3, PNG, WAV

pytestmark = pytest.mark.anyio
I2V = "/v1/videos/image2video"
URL = "https://example.com/a.png"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class CountingFile(io.BytesIO):
    """A binary file that counts its reads."""

    reads = 0

    def read(self, size: int | None = -1) -> bytes:
        self.reads += 1
        return super().read(size)


async def test_every_kind_of_file_input_is_sent_as_raw_base64(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    route = router.post(I2V).mock(return_value=ok(task()))
    (tmp_path / "first.png").write_bytes(PNG)
    opened_file = CountingFile(JPEG)
    masks = [{"mask": bytearray(PNG), "trajectories": [{"x": 1, "y": 1}, {"x": 2, "y": 2}]}]
    request = {"image": tmp_path / "first.png", "dynamic_masks": masks}
    async with opened(mode, router, time) as client:
        await call(
            client.videos.image2video.create(
                request, static_mask=opened_file, duration="5", prompt="p"
            )
        )
    body = json_body(route.calls.last.request)
    assert body["image"] == b64(PNG)
    assert body["static_mask"] == b64(JPEG)
    assert body["dynamic_masks"][0]["mask"] == b64(PNG)
    assert not body["image"].startswith("data:")
    # read once, left open; the caller's mapping and list are unchanged
    assert opened_file.reads == 1 and not opened_file.closed
    assert isinstance(request["image"], Path) and isinstance(masks[0]["mask"], bytearray)


async def test_memoryview_and_real_open_files_in_lists_and_nested_objects(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    route = router.post("/v1/videos/effects").mock(return_value=ok(task()))
    (tmp_path / "b.jpg").write_bytes(JPEG)
    async with opened(mode, router, time) as client:
        with (tmp_path / "b.jpg").open("rb") as second:
            await call(
                client.videos.effects.create(
                    effect_scene="hug_pro",
                    input={"images": [memoryview(PNG), second], "duration": 5},
                )
            )
            assert not second.closed
    sent = json_body(route.calls.last.request)["input"]
    assert sent == {"images": [b64(PNG), b64(JPEG)], "duration": "5"}


async def test_strings_are_sent_as_given(mode: str, router: respx.Router, time: FakeTime) -> None:
    route = router.post(I2V).mock(return_value=ok(task()))
    async with opened(mode, router, time) as client:
        await call(client.videos.image2video.create(image=URL, image_tail=b64(PNG)))
    body = json_body(route.calls.last.request)
    assert (body["image"], body["image_tail"]) == (URL, b64(PNG))


async def test_audio_fields_and_sync_calls_take_files(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    avatar = router.post("/v1/videos/avatar/image2video").mock(return_value=ok(task()))
    recognize = router.post("/v1/videos/image-recognize").mock(return_value=ok(task()))
    (tmp_path / "voice.mp3").write_bytes(MP3_ID3)
    async with opened(mode, router, time) as client:
        await call(client.videos.avatar.create(image=PNG, sound_file=tmp_path / "voice.mp3"))
        await call(client.images.recognize.recognize(image=io.BytesIO(JPEG)))
    assert json_body(avatar.calls.last.request)["sound_file"] == b64(MP3_ID3)
    assert json_body(recognize.calls.last.request)["image"] == b64(JPEG)


async def test_the_base64_only_audio_file_of_lip_sync(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.post("/v1/videos/lip-sync").mock(return_value=ok(task()))
    lip = {"mode": "audio2video", "video_id": "v1", "audio_type": "file", "audio_file": WAV}
    async with opened(mode, router, time) as client:
        await call(client.videos.lip_sync.create(input=lip))
    assert json_body(route.calls.last.request)["input"]["audio_file"] == b64(WAV)


async def test_new_standard_image_contents_take_files_and_videos_stay_urls(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.post("/image-to-video/kling-3.0").mock(return_value=ok({"id": "t1"}))
    frame = {"type": "first_frame", "url": PNG}
    keys = {"api_key": "k" * 24, "access_key": None, "secret_key": None}
    async with opened(mode, router, time, **keys) as client:
        create = client.standard.image_to_video.create
        await call(create("kling-3.0", contents=[frame]))
        video = {"type": "feature_video", "url": b"\0\0\0\x20ftypisom"}
        with pytest.raises(ValidationError) as caught:
            await call(create("kling-3.0", contents=[frame, video]))
    assert json_body(route.calls.last.request)["contents"] == [
        {"type": "first_frame", "url": b64(PNG)}
    ]
    assert route.call_count == 1
    assert caught.value.problems == (
        (
            "contents[1].url",
            "a file or bytes are taken only for type first_frame, last_frame, refer_image, "
            "image: give a URL",
        ),
    )


# --- refused before sending ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        (GIF, "a GIF file; Kling takes jpg, jpeg, png"),
        (b"not an image at all", "content of an unknown format; Kling takes jpg, jpeg, png"),
        (b"", "an empty file: nothing to send"),
        (io.StringIO("text"), "the file is open in text mode: open the file in binary mode ('rb')"),
    ],
)
async def test_a_file_kling_would_refuse_is_refused_naming_the_field(
    mode: str, router: respx.Router, time: FakeTime, value: Any, rule: str
) -> None:
    async with opened(mode, router, time) as client:
        with pytest.raises(ValidationError) as caught:
            await call(client.videos.image2video.create(image=value))
    assert caught.value.problems == (("image", rule),)
    assert not router.calls


async def test_missing_text_mode_and_too_large_files_are_all_listed(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    missing = tmp_path / "nope.png"
    (tmp_path / "notes.txt").write_text("hello")
    big = PNG + bytes(10 * 1048576)
    async with opened(mode, router, time) as client:
        with (tmp_path / "notes.txt").open() as text, pytest.raises(ValidationError) as caught:
            await call(
                client.videos.image2video.create(
                    image=missing, static_mask=text, dynamic_masks=[{"mask": big}], validate=False
                )
            )
    assert caught.value.problems == (
        ("image", f"no such file: {missing}"),
        ("static_mask", "the file is open in text mode: open the file in binary mode ('rb')"),
        (
            "dynamic_masks[0].mask",
            "10,485,832 bytes (10 MB), at most 10,485,760 bytes (10 MB) for image files",
        ),
    )
    assert not router.calls


async def test_audio_limits_come_from_the_spec(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    async with opened(mode, router, time) as client:
        with pytest.raises(ValidationError) as caught:
            await call(client.videos.avatar.create(image=URL, sound_file=PNG))
        with pytest.raises(ValidationError) as large:
            await call(client.videos.avatar.create(image=URL, sound_file=WAV + bytes(5 * 1048576)))
        with pytest.raises(ValidationError) as folder:
            await call(client.videos.avatar.create(image=URL, sound_file=tmp_path))
    assert caught.value.problems == (("sound_file", "a PNG file; Kling takes mp3, wav, m4a, aac"),)
    assert large.value.problems[0][1].endswith("at most 5,242,880 bytes (5 MB) for audio files")
    assert folder.value.problems[0][0] == "sound_file"
    assert folder.value.problems[0][1].startswith(f"cannot read {tmp_path}: ")
    assert not router.calls
