"""The families of FACTS-2026 §4 in the simulator: results, synchronous calls, idempotent deletes,
selection sessions, ledgers and /media files."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import jwt
import pytest

from kling_mock import (
    DEFAULT_ACCESS_KEY,
    DEFAULT_SECRET_KEY,
    ManualClock,
    create_app,
    simulator_of,
)

pytestmark = pytest.mark.anyio
OMNI, VOICES, ELEMENTS = (
    "/v1/images/omni-image",
    "/v1/general/custom-voices",
    "/v1/general/advanced-custom-elements",
)
SHOT, EDIT, TTS = "/v1/general/ai-multi-shot", "/v1/videos/multi-elements", "/v1/audio/tts"
URL = "https://example.com/a.png"
IMAGE_ELEMENT = {
    "element_name": "Fox",
    "element_description": "A red fox",
    "reference_type": "image_refer",
    "element_image_list": {"frontal_image": URL, "refer_images": [{"image_url": URL}]},
    "tag_list": [{"tag_id": "o_103"}],
    "element_voice_id": "v-1",
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def client(clock: ManualClock) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app({}, clock=clock, sleep=clock.sleep)
    claims = {"iss": DEFAULT_ACCESS_KEY, "exp": int(clock()) + 1800}
    token = jwt.encode(claims, DEFAULT_SECRET_KEY, algorithm="HS256")
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app),
        base_url="http://sim.test",
        headers={"Authorization": f"Bearer {token}"},
    ) as http:
        http.app = app  # type: ignore[attr-defined]
        yield http
    await simulator_of(app).aclose()


def ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    assert response.json()["code"] == 0
    return response.json()["data"]


def refused(response: httpx.Response, words: str) -> None:
    assert (response.status_code, response.json()["code"]) == (400, 1201), response.text
    assert words in response.json()["message"]


async def finished(
    client: httpx.AsyncClient, clock: ManualClock, path: str, body: dict[str, Any]
) -> dict[str, Any]:
    """Create a task, let it succeed, and return its task_result."""
    task_id = ok(await client.post(path, json=body))["task_id"]
    clock.advance(1.0)
    task = ok(await client.get(f"{path}/{task_id}"))
    assert task["task_status"] == "succeed"
    result: dict[str, Any] = task["task_result"]
    return result


async def media(client: httpx.AsyncClient, url: str) -> httpx.Response:
    response = await client.get(url.removeprefix("http://sim.test"))
    assert response.status_code == 200
    return response


async def test_omni_image_single_and_series(client: httpx.AsyncClient, clock: ManualClock) -> None:
    single = await finished(client, clock, OMNI, {"prompt": "a fox", "n": 2})
    assert single["result_type"] == "single" and len(single["images"]) == 2
    assert (await media(client, single["images"][1]["url"])).content.startswith(b"\x89PNG")
    body = {"prompt": "a fox", "model_name": "kling-v3-omni", "result_type": "series"}
    series = await finished(client, clock, OMNI, {**body, "series_amount": 3})
    assert series["result_type"] == "series" and len(series["series_images"]) == 3
    assert (await media(client, series["series_images"][2]["url"])).content.startswith(b"\x89PNG")
    auto = await finished(client, clock, OMNI, {**body, "series_amount": "auto"})
    assert len(auto["series_images"]) == 4
    refused(await client.post(OMNI, json={"prompt": "x", "result_type": "series"}), "kling-v3-omni")
    refused(await client.post(OMNI, json={"prompt": "x", "n": 10}), "n must be")


async def test_custom_voice_then_speech_then_idempotent_delete(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    result = await finished(client, clock, VOICES, {"voice_name": "Nar", "voice_url": URL})
    (voice,) = result["voices"]
    assert voice["status"] == "succeed" and voice["owned_by"] == "mock-account"
    assert (await media(client, voice["trial_url"])).content[:2] == b"\xff\xfb"
    text = {"text": "x" * 30, "voice_language": "en"}
    speech = ok(await client.post(TTS, json={**text, "voice_id": voice["voice_id"]}))
    (audio,) = speech["task_result"]["audios"]
    assert speech["task_status"] == "succeed" and audio["id"] == audio["audio_id"]
    assert audio["duration"] == "2"  # 30 characters at 15 a second
    mp3 = (await media(client, audio["url"])).content
    assert mp3[:2] == b"\xff\xfb" and len(mp3) == 144 * round(2 / 0.036)
    for _ in range(2):  # idempotent
        deleted = ok(await client.post("/v1/general/delete-voices", json=voice))
        assert deleted["task_status"] == "succeed"
    again = ok(await client.get(f"{VOICES}?pageNum=1&pageSize=10"))[0]["task_result"]["voices"]
    assert again[0]["status"] == "deleted"
    refused(await client.post(TTS, json={**text, "voice_id": voice["voice_id"]}), "voice_id")
    preset = {"voice_id": "oversea_male1"}
    refused(await client.post("/v1/general/delete-voices", json=preset), "only custom voices")
    fast = ok(await client.post(TTS, json={**text, **preset, "voice_speed": 2.0}))
    assert fast["task_result"]["audios"][0]["duration"] == "1"


async def test_speech_refusals(client: httpx.AsyncClient) -> None:
    base = {"text": "hi", "voice_id": "oversea_male1", "voice_language": "en"}
    refused(await client.post(TTS, json={**base, "text": "x" * 1001}), "text")
    refused(await client.post(TTS, json={**base, "voice_language": "fr"}), "voice_language")
    refused(await client.post(TTS, json={"text": "hi"}), "voice_id is required")
    bad = await client.post(TTS, json=["not", "an", "object"])
    assert bad.status_code == 400 and bad.json()["code"] == 1200


async def test_presets_are_paged(client: httpx.AsyncClient) -> None:
    voices = ok(await client.get("/v1/general/presets-voices", params={"pageSize": 2}))
    assert len(voices) == 2 and voices[0]["task_result"]["voices"][0]["owned_by"] == "kling"
    page2 = ok(await client.get("/v1/general/presets-voices?pageNum=2&pageSize=2"))
    assert page2[0]["task_result"]["voices"][0]["voice_id"] == "genshin_vindi2"
    elements = ok(await client.get("/v1/general/advanced-presets-elements"))
    assert elements[0]["task_result"]["elements"][0]["element_id"] == 100001
    too_big = await client.get("/v1/general/advanced-presets-elements?pageSize=501")
    assert too_big.status_code == 400


async def test_elements_and_their_deletion(client: httpx.AsyncClient, clock: ManualClock) -> None:
    (element,) = (await finished(client, clock, ELEMENTS, IMAGE_ELEMENT))["elements"]
    assert isinstance(element["element_id"], int) and element["status"] == "succeed"
    assert element["tag_list"] == [{"tag_id": "o_103", "name": "Animal"}]
    assert element["element_voice_info"]["voice_id"] == "v-1"
    for path in ("/v1/general/delete-advanced-elements", "/v1/general/delete-elements"):
        ok(await client.post(path, json={"element_id": element["element_id"]}))
    tasks = ok(await client.get(ELEMENTS))
    assert tasks[0]["task_result"]["elements"][0]["status"] == "deleted"
    official = {"element_id": 100001}
    refused(await client.post("/v1/general/delete-elements", json=official), "custom elements")
    video = {**IMAGE_ELEMENT, "reference_type": "video_refer"}
    refused(await client.post(ELEMENTS, json=video), "element_video_list")
    refused(await client.post(ELEMENTS, json={**video, "reference_type": "x"}), "reference_type")
    no_image = {**IMAGE_ELEMENT, "element_image_list": {}}
    refused(await client.post(ELEMENTS, json=no_image), "frontal_image")
    with_video = {**video, "element_video_list": {"refer_videos": [{"video_url": URL}]}}
    (made,) = (await finished(client, clock, ELEMENTS, with_video))["elements"]
    assert made["reference_type"] == "video_refer"


async def test_ai_multi_shot_views(client: httpx.AsyncClient, clock: ManualClock) -> None:
    (item,) = (await finished(client, clock, SHOT, {"element_frontal_image": URL}))["images"]
    assert item["index"] == 0
    for n in (1, 2, 3):
        assert (await media(client, item[f"url_{n}"])).headers["content-type"] == "image/png"
    refused(await client.post(SHOT, json={}), "element_frontal_image")


async def test_image_recognize(client: httpx.AsyncClient) -> None:
    data = ok(await client.post("/v1/videos/image-recognize", json={"image": URL}))
    images = {i["type"]: i for i in data["task_result"]["images"]}
    assert list(images) == ["object_seg", "head_seg", "face_seg", "cloth_seg"]
    assert images["cloth_seg"]["is_contain"] is False and images["cloth_seg"]["url"] == ""
    assert (await media(client, images["face_seg"]["url"])).content.startswith(b"\x89PNG")
    refused(await client.post("/v1/videos/image-recognize", json={}), "image is required")


async def test_selection_session_and_edit(client: httpx.AsyncClient, clock: ManualClock) -> None:
    session = ok(await client.post(f"{EDIT}/init-selection", json={"video_url": URL}))
    sid = session["session_id"]
    assert (session["status"], session["total_frame"], session["fps"]) == (0, 150, 30.0)
    video = await media(client, session["normalized_video"])
    assert video.headers["content-type"] == "video/mp4"
    removal = {"session_id": sid, "edit_mode": "removal", "prompt": "Delete the chick"}
    refused(await client.post(EDIT, json=removal), "add-selection first")
    refused(await client.post(f"{EDIT}/preview-selection", json={"session_id": sid}), "nothing")
    point = {"session_id": sid, "frame_index": 0, "points": [{"x": 0.5, "y": 0.25}]}
    masks = ok(await client.post(f"{EDIT}/add-selection", json=point))
    assert masks["res"]["rle_mask_list"][0]["rle_mask"] == {
        "size": [1280, 720],
        "counts": "360:320",
    }
    preview = ok(await client.post(f"{EDIT}/preview-selection", json={"session_id": sid}))
    assert (await media(client, preview["res"]["video"])).headers["content-type"] == "video/mp4"
    (edited,) = (await finished(client, clock, EDIT, removal))["videos"]
    assert edited["session_id"] == sid and edited["duration"] == "5"
    refused(await client.post(EDIT, json={**removal, "duration": "10"}), "duration 10")
    gone = ok(await client.post(f"{EDIT}/delete-selection", json=point))
    assert gone["res"]["rle_mask_list"] == []
    ok(await client.post(f"{EDIT}/add-selection", json=point))
    assert ok(await client.post(f"{EDIT}/clear-selection", json={"session_id": sid}))["status"] == 0
    addition = {**removal, "edit_mode": "addition", "image_list": [{"image": URL}]}
    ok(await client.post(EDIT, json=addition))  # adding needs no selection
    refused(await client.post(EDIT, json={**addition, "image_list": []}), "image_list")


async def test_selection_refusals(client: httpx.AsyncClient, clock: ManualClock) -> None:
    both = {"video_id": "a", "video_url": URL}
    refused(await client.post(f"{EDIT}/init-selection", json=both), "exactly one")
    sid = ok(await client.post(f"{EDIT}/init-selection", json={"video_url": URL}))["session_id"]
    base = {"session_id": sid, "frame_index": 0, "points": [{"x": 0.5, "y": 0.5}]}
    add = f"{EDIT}/add-selection"
    refused(await client.post(add, json={**base, "frame_index": 150}), "frame_index")
    refused(await client.post(add, json={**base, "points": []}), "points must")
    refused(await client.post(add, json={**base, "points": [{"x": 2, "y": 0}]}), "points[0]")
    many = [{"x": n / 20, "y": 0.5} for n in range(10)]
    ok(await client.post(add, json={**base, "points": many}))
    refused(await client.post(add, json=base), "at most 10 points")
    for frame in range(1, 10):
        ok(await client.post(add, json={**base, "frame_index": frame}))
    refused(await client.post(add, json={**base, "frame_index": 10}), "at most 10 frames")
    refused(await client.post(add, json={**base, "session_id": "nope"}), "session_id")
    simulator_of(client.app).selections.find(base, 0).created -= 24 * 3600 + 1  # type: ignore[attr-defined]
    refused(await client.post(add, json=base), "expired")


async def test_billing_ledgers_page_by_cursor(
    client: httpx.AsyncClient, clock: ManualClock
) -> None:
    for prompt in ("a", "b", "c"):
        ok(await client.post("/v1/images/generations", json={"prompt": prompt}))
    ok(await client.post("/v1/videos/text2video", json={"prompt": "d", "mode": "pro"}))
    clock.advance(1.0)
    window = {"start_time": 0, "end_time": 2**52, "limit": 3}
    first = ok(await client.post("/account/billing/balance", json=window))
    assert first["has_more"] is True and first["result"]["count"] == 3
    assert first["result"]["detail"][0]["resolution"] == "1080p"  # newest first
    rest = ok(await client.post("/account/billing/balance", json={"cursor": first["next_cursor"]}))
    assert (rest["has_more"], rest["next_cursor"], rest["result"]["count"]) == (False, "", 1)
    last = rest["result"]["detail"][0]
    assert last["balance_after_deduction"] == 9999.2 and last["currency"] == "USD"
    video = {**window, "filters": [{"key": "product_type", "values": ["video"]}]}
    units = ok(await client.post("/account/billing/package", json=video))["result"]["detail"]
    assert [d["product_type"] for d in units] == ["video"]
    assert units[0]["unit_before_deduction"] - units[0]["unit_after_deduction"] == 1.0
    packs = [{"key": "package_name", "values": ["x"]}, {"key": "package_id", "values": ["y"]}]
    bad = "/account/billing/package"
    refused(await client.post(bad, json={**window, "filters": packs}), "exclude each other")
    refused(await client.post(bad, json={**window, "filters": [{"key": "nope"}]}), "filters")
    refused(await client.post(bad, json={"end_time": 1}), "start_time is required")
    refused(await client.post(bad, json={"start_time": 5, "end_time": 1}), "later than")
    refused(await client.post(bad, json={**window, "limit": 501}), "limit")
    refused(await client.post(bad, json={"cursor": "!!"}), "cursor is invalid")
    assert (await client.post(bad, json=[1])).json()["code"] == 1200


async def test_media_route_defaults(client: httpx.AsyncClient) -> None:
    short = await client.get("/media/x/a.mp3?d=oops")  # a bad length falls back to 5 s
    assert len(short.content) == 144 * round(5 / 0.036)
    assert (await client.get("/media/x/a.bin")).headers["content-type"] == "image/png"


async def test_other_checks(client: httpx.AsyncClient) -> None:
    refused(await client.post(VOICES, json={"voice_name": "x" * 21, "voice_url": URL}), "20")
    refused(await client.post(VOICES, json={"voice_name": "x"}), "voice_url or video_id")
    wrong = {"session_id": "s", "edit_mode": "move", "prompt": "p"}
    refused(await client.post(EDIT, json=wrong), "edit_mode")
    refused(await client.post(EDIT, json={**wrong, "edit_mode": "removal"}), "session_id")
