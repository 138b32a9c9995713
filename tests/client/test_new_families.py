"""The nine task families added after the 2025-03-25 baseline, and identify-face, on both clients.

Each new family goes through create, get, list, wait and download on ``Kling`` and ``AsyncKling``
against a respx router (FACTS section 3); audio results are written as MP3 and WAV, and video to
audio also keeps the video with its new soundtrack. Identify-face is a synchronous, billed call
with no task id to look up afterwards: validated, one POST, never retried. ``client.audio`` and
the family aliases resolve to the same resources.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, NamedTuple

import httpx
import pytest
import respx

from kling_api.models import IdentifiedFace, IdentifyFaceRequest, IdentifyFaceResult
from kling_ext import (
    APIConnectionError,
    APITimeoutError,
    ConcurrencyLimitError,
    ServerError,
    Task,
    UnexpectedResponseError,
    ValidationError,
    WaitTimeoutError,
)
from kling_ext._spec._families import FAMILIES, family
from kling_ext.resources import AsyncTaskResource, TaskResource
from tests.client._fakes import (
    ACCESS_KEY,
    EXT_ID_PATTERN,
    FakeTime,
    api_error,
    bearer_claims,
    call,
    json_body,
    ok,
    opened,
    task,
)

pytestmark = pytest.mark.anyio
TID = "867283741759111202"
CDN = "https://cdn.test"
URL = "https://example.com/a.png"
FACE_PATH = "/v1/videos/identify-face"


class New(NamedTuple):
    """One new family: where it hangs on the client, a minimal body, its default wait."""

    key: str
    namespace: str
    attribute: str
    body: dict[str, Any]
    timeout: float  # FACTS-derived defaults: video 30 min, image and audio 10 min


EXPAND = {
    "image": URL,
    "up_expansion_ratio": 0.5,
    "down_expansion_ratio": 0,
    "left_expansion_ratio": 0,
    "right_expansion_ratio": 0,
}
NEW = [
    New("multi_image_to_video", "videos", "multi_image2video",
        {"image_list": [{"image": URL}], "prompt": "a red fox"}, 1800),
    New("motion_control", "videos", "motion_control",
        {"image_url": URL, "video_url": "https://example.com/v.mp4", "mode": "std"}, 1800),
    New("avatar", "videos", "avatar", {"image": URL, "audio_id": "867290112233445566"}, 1800),
    New("omni_video", "videos", "omni", {"prompt": "a red fox"}, 1800),
    New("advanced_lip_sync", "videos", "advanced_lip_sync",
        {"session_id": "s-1", "face_choose": [{"face_id": "0", "audio_id": "a-1"}]}, 1800),
    New("multi_image_to_image", "images", "multi_image2image",
        {"subject_image_list": [{"subject_image": URL}]}, 600),
    New("image_expansion", "images", "expand", EXPAND, 600),
    New("text_to_audio", "audio", "text_to_audio", {"prompt": "rain on a tin roof"}, 600),
    New("video_to_audio", "audio", "video_to_audio", {"video_id": TID}, 600),
]  # fmt: skip
EACH_NEW = pytest.mark.parametrize("new", NEW, ids=[n.key for n in NEW])


def results(key: str) -> tuple[dict[str, Any], dict[str, bytes], list[str]]:
    """A family's ``task_result``, the bytes the CDN serves, and the file names to expect."""
    kind = FAMILIES[key].kind
    if kind == "video":
        files = {f"{CDN}/{key}/v.mp4": b"\x00\x00\x00\x18ftypmp42" + key.encode()}
        result: dict[str, Any] = {"videos": [{"id": "v-1", "url": f"{CDN}/{key}/v.mp4?sig=S"}]}
        return result, files, [f"{TID}-video-v-1.mp4"]
    if kind == "image":
        files = {f"{CDN}/{key}/0.png": b"\x89PNG\r\n\x1a\n" + key.encode()}
        return (
            {"images": [{"index": 0, "url": f"{CDN}/{key}/0.png"}]},
            files,
            [f"{TID}-image-0.png"],
        )
    files = {
        f"{CDN}/{key}/a.mp3": b"ID3" + key.encode(),
        f"{CDN}/{key}/a.wav": b"RIFF" + key.encode(),
    }
    audio = {
        "url_mp3": f"{CDN}/{key}/a.mp3?sig=S",
        "url_wav": f"{CDN}/{key}/a.wav",
        "duration_mp3": "5.0",
        "duration_wav": 5.0,
    }
    names = [f"{TID}-audio-a-1-mp3.mp3", f"{TID}-audio-a-1-wav.wav"]
    if key == "text_to_audio":
        audio["id"] = "a-1"
        return {"audios": [audio]}, files, names
    # video to audio names the id audio_id and also returns the video with its new soundtrack
    audio.update(audio_id="a-1", video_id="v-9", video_url=f"{CDN}/{key}/v.mp4")
    files[f"{CDN}/{key}/v.mp4"] = b"\x00\x00\x00\x18ftypmp42" + key.encode()
    return {"audios": [audio]}, files, [*names, f"{TID}-video-v-9.mp4"]


# --- each new family: create, get, list, wait, download -------------------------------------------


@EACH_NEW
async def test_create_get_list_wait_and_download(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path, new: New
) -> None:
    path = FAMILIES[new.key].path
    result, files, names = results(new.key)
    done = {**task(TID, "succeed"), "task_result": result}
    post = router.post(path).mock(return_value=ok(task(TID, "submitted")))
    polls = [ok(task(TID, "processing")), ok(task(TID, "processing")), ok(done)]
    one = router.get(f"{path}/{TID}").mock(side_effect=polls)
    page = [task(TID, "processing"), task("t-2", "failed", msg="moderation")]
    listed_route = router.get(path, params={"pageNum": "2", "pageSize": "10"}).mock(
        return_value=ok(page)
    )
    cdn = [
        router.get(url).mock(return_value=httpx.Response(200, content=b))
        for url, b in files.items()
    ]
    async with opened(mode, router, time) as client:
        resource = getattr(getattr(client, new.namespace), new.attribute)
        assert resource.family is FAMILIES[new.key]
        created = await call(resource.create(**new.body))
        got = await call(resource.get(TID))
        listed = await call(resource.list(page=2, page_size=10))
        finished = await call(resource.wait(created))
        paths = await call(client.download(finished, tmp_path))
    sent = json_body(post.calls.last.request)
    assert re.fullmatch(EXT_ID_PATTERN, sent.pop("external_task_id"))
    assert sent == new.body and post.call_count == 1
    assert isinstance(created, Task) and created.task_status == "submitted"
    assert isinstance(got, Task) and got.task_status == "processing"
    assert [(t.task_id, t.task_status) for t in listed] == [(TID, "processing"), ("t-2", "failed")]
    assert isinstance(finished, Task) and finished.task_status == "succeed"
    assert (one.call_count, listed_route.call_count) == (3, 1)
    assert paths == [tmp_path / name for name in names]
    assert [p.read_bytes() for p in paths] == list(files.values())
    for route in (post, one, listed_route):  # the API calls are signed ...
        assert bearer_claims(route.calls.last.request)["iss"] == ACCESS_KEY
    for route in cdn:  # ... the file host never sees the token
        assert "authorization" not in route.calls.last.request.headers


@EACH_NEW
async def test_default_wait_deadline_by_kind_through_an_alias(
    mode: str, router: respx.Router, time: FakeTime, new: New
) -> None:
    fam = FAMILIES[new.key]
    router.get(f"{fam.path}/{TID}").mock(side_effect=lambda request: ok(task(TID, "processing")))
    async with opened(mode, router, time) as client:
        with pytest.raises(WaitTimeoutError) as caught:
            await call(client.wait(TID, family=fam.aliases[0]))
    assert (caught.value.task_id, caught.value.last_status) == (TID, "processing")
    assert time.total == pytest.approx(new.timeout)


REFUSED = [
    ("avatar", {"image": URL, "audio_id": "a-1", "sound_file": "aGVsbG8="}, "audio_id"),
    ("video_to_audio", {"video_id": "", "bgm_prompt": "calm"}, "video_id"),
    ("text_to_audio", {"prompt": "x" * 201}, "prompt"),
    ("omni_video", {"prompt": "a fox", "duration": "15"}, "duration"),
    ("image_expansion", {**EXPAND, "up_expansion_ratio": 2.5}, "up_expansion_ratio"),
    ("advanced_lip_sync", {"session_id": "s-1", "face_choose": []}, "face_choose"),
]


@pytest.mark.parametrize(("key", "body", "field"), REFUSED, ids=[r[0] for r in REFUSED])
async def test_new_families_refuse_bad_bodies_before_sending(
    mode: str, router: respx.Router, time: FakeTime, key: str, body: dict[str, Any], field: str
) -> None:
    async with opened(mode, router, time) as client:
        with pytest.raises(ValidationError) as caught:
            await call(client.resource(key).create(body))
    assert field in {name for name, _ in caught.value.problems}
    assert router.calls.call_count == 0


# --- namespaces and aliases -----------------------------------------------------------------------


async def test_audio_namespace_holds_the_audio_families(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    base = TaskResource if mode == "sync" else AsyncTaskResource
    resource_class = "TextToAudio" if mode == "sync" else "AsyncTextToAudio"
    async with opened(mode, router, time) as client:
        assert list(vars(client.audio)) == ["text_to_audio", "video_to_audio", "tts"]
        assert repr(client.audio) == "<Audio text_to_audio, video_to_audio, tts>"
        speech = client.audio.text_to_audio
        assert type(speech).__name__ == resource_class and isinstance(speech, base)
        assert repr(speech) == f"<{resource_class} text_to_audio /v1/audio/text-to-audio>"
        assert client.audio.video_to_audio.family.path == "/v1/audio/video-to-audio"
        namespaces = (client.videos, client.images, client.audio, client.general)
        keys = [res.family.key for ns in namespaces for res in vars(ns).values()]
    sync_only = ["text_to_speech", "image_recognize"]  # families of calls only (FACTS-2026 §4)
    assert sorted(keys) == sorted([*FAMILIES, *sync_only])  # each once, in one namespace


ALIASES = [
    ("text-to-audio", "audio", "text_to_audio"),
    ("TEXT_TO_AUDIO", "audio", "text_to_audio"),
    (" video-to-audio ", "audio", "video_to_audio"),
    ("expand", "images", "expand"),
    ("image_expansion", "images", "expand"),
    ("multi-image2image", "images", "multi_image2image"),
    ("multi-image2video", "videos", "multi_image2video"),
    ("motion-control", "videos", "motion_control"),
    ("avatar", "videos", "avatar"),
    ("omni", "videos", "omni"),
    ("omni-video", "videos", "omni"),
    ("advanced-lip-sync", "videos", "advanced_lip_sync"),
]


@pytest.mark.parametrize(("name", "namespace", "attribute"), ALIASES)
async def test_resource_accepts_keys_and_aliases(
    mode: str, router: respx.Router, time: FakeTime, name: str, namespace: str, attribute: str
) -> None:
    async with opened(mode, router, time) as client:
        expected = getattr(getattr(client, namespace), attribute)
        assert client.resource(name) is expected
        assert client.resource(expected) is expected
        assert client.resource(expected.family) is expected


def test_no_alias_is_shared_by_two_families() -> None:
    for fam in FAMILIES.values():
        for name in (fam.key, *fam.aliases):
            assert family(name) is fam, name
    assert family("lip-sync").key == "lip_sync"  # not advanced lip sync
    assert family("image2video").key == "image_to_video"  # not the avatar's image2video


# --- identify-face: a synchronous, billed call ----------------------------------------------------

FACES = {
    "session_id": "867301601183940112",
    "final_unit_deduction": "0.1",
    "face_data": [
        {"face_id": "0", "face_image": URL, "start_time": 0, "end_time": 5200},
        {"face_id": "1", "start_time": 1200, "end_time": 5200},
    ],
}


@pytest.mark.parametrize(
    ("args", "fields", "sent"),
    [
        ((), {"video_id": TID}, {"video_id": TID}),
        ((IdentifyFaceRequest(video_url="https://example.com/v.mp4"),), {},
         {"video_url": "https://example.com/v.mp4"}),
        (({"video_id": "old"},), {"video_id": TID}, {"video_id": TID}),  # keywords win
    ],
    ids=["keywords", "model", "mapping-and-keywords"],
)  # fmt: skip
async def test_identify_face_sends_one_post_and_returns_the_faces(
    mode: str,
    router: respx.Router,
    time: FakeTime,
    args: tuple[Any, ...],
    fields: dict[str, Any],
    sent: dict[str, Any],
) -> None:
    route = router.post(FACE_PATH).mock(return_value=ok(FACES))
    async with opened(mode, router, time) as client:
        found = await call(client.identify_face(*args, **fields))
    assert isinstance(found, IdentifyFaceResult)
    assert (found.session_id, found.final_unit_deduction) == (FACES["session_id"], "0.1")
    assert found.face_data == [
        IdentifiedFace(face_id="0", face_image=URL, start_time=0, end_time=5200),
        IdentifiedFace(face_id="1", start_time=1200, end_time=5200),
    ]
    assert route.call_count == 1 and router.calls.call_count == 1
    request = route.calls.last.request
    assert json_body(request) == sent  # no external_task_id: there is no task to look up
    assert bearer_claims(request)["iss"] == ACCESS_KEY


@pytest.mark.parametrize(
    "body",
    [{}, {"video_id": "", "video_url": ""}, {"video_id": TID, "video_url": URL}],
    ids=["empty", "empty-strings", "both"],
)
async def test_identify_face_is_validated_before_sending(
    mode: str, router: respx.Router, time: FakeTime, body: dict[str, Any]
) -> None:
    async with opened(mode, router, time) as client:
        with pytest.raises(ValidationError) as caught:
            await call(client.identify_face(body))
    assert [name for name, _ in caught.value.problems] == ["video_id"]
    assert "exactly one of video_id, video_url" in str(caught.value)
    assert router.calls.call_count == 0


async def test_identify_face_validation_can_be_skipped(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    route = router.post(FACE_PATH).mock(return_value=ok({"session_id": "s", "face_data": None}))
    async with opened(mode, router, time, validate=False) as client:
        found = await call(client.identify_face())
        assert await call(client.identify_face(validate=True, video_id=TID)) == found
    assert [json_body(c.request) for c in route.calls] == [{}, {"video_id": TID}]
    assert found.face_data is None


@pytest.mark.parametrize(
    ("effect", "error"),
    [
        (api_error(503, 5001, "maintenance"), ServerError),
        (api_error(500, 5000), ServerError),
        (api_error(504, 5002), ServerError),
        (api_error(429, 1303, headers={"Retry-After": "1"}), ConcurrencyLimitError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.RemoteProtocolError("dropped"), APIConnectionError),
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.Response(200, content=b"<html>gateway</html>"), UnexpectedResponseError),
    ],
    ids=["503", "500", "504", "429-1303", "read-timeout", "dropped", "connect", "unreadable-200"],
)
async def test_identify_face_is_never_retried(
    mode: str,
    router: respx.Router,
    time: FakeTime,
    effect: httpx.Response | Exception,
    error: type[Exception],
) -> None:
    """Billed, and no id to look it up by: one attempt whatever happens, even with retries on."""
    route = router.post(FACE_PATH)
    if isinstance(effect, httpx.Response):
        route.mock(return_value=effect)
    else:
        route.mock(side_effect=effect)
    async with opened(mode, router, time, max_retries=3) as client:
        with pytest.raises(error) as caught:
            await call(client.identify_face(video_id=TID))
    assert [(c.request.method, c.request.url.path) for c in router.calls] == [("POST", FACE_PATH)]
    assert time.sleeps == []
    assert "external_task_id" not in " ".join(getattr(caught.value, "__notes__", []))
