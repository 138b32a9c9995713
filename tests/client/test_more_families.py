"""The families of FACTS-2026 §4 on both clients.

Task families (omni image, custom voices, the element library, AI multi-shot, multi-elements)
get create, get, list, wait and download from the family table; the synchronous calls (text to
speech, image recognize, the preset lists, the deletes, the selection calls, the billing ledgers)
are generated typed methods of one mechanism: validated before sending, one request (a POST is
never retried), the typed answer returned directly.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from kling_api.models import BillingLedgerPage, SelectionResult
from kling_ext import ServerError, Task, ValidationError
from kling_ext._spec._families import EVERY_FAMILY, FAMILIES
from kling_ext.resources import AsyncCallResource, CallResource
from tests import more_families_data as more
from tests.client._fakes import EXT_ID_PATTERN, FakeTime, call, json_body, ok, opened, task

pytestmark = pytest.mark.anyio
TID = "868100000000000101"
CDN = "https://cdn.test"
URL = "https://example.com/a.png"


def resource(client: Any, key: str) -> Any:
    fam = EVERY_FAMILY[key]
    return getattr(getattr(client, fam.namespace), fam.attribute)


TASKS = [  # key, minimal body, task_result, names of the downloaded files
    (
        "omni_image",
        {"prompt": "a fox", "result_type": "series", "model_name": "kling-v3-omni"},
        {"result_type": "series", "series_images": [{"index": 0, "url": f"{CDN}/s0.png"}]},
        [f"{TID}-image-0.png"],
    ),
    (
        "ai_multi_shot",
        {"element_frontal_image": URL},
        {"images": [{"index": 0, **{f"url_{n}": f"{CDN}/v{n}.png" for n in (1, 2, 3)}}]},
        [f"{TID}-image-0_{n}.png" for n in (1, 2, 3)],
    ),
    (
        "multi_elements",
        more.MINIMAL["/v1/videos/multi-elements"],
        {"videos": [{"id": "v-1", "session_id": more.SESSION, "url": f"{CDN}/e.mp4"}]},
        [f"{TID}-video-v-1.mp4"],
    ),
    (
        "custom_voice",
        more.MINIMAL["/v1/general/custom-voices"],
        {"voices": [{"voice_id": "850", "voice_name": "N", "trial_url": f"{CDN}/t.mp3"}]},
        [],
    ),
    (
        "element_library",
        more.MINIMAL["/v1/general/advanced-custom-elements"],
        {"elements": [{"element_id": 860, "element_name": "Fox", "status": "succeed"}]},
        [],
    ),
]


@pytest.mark.parametrize(("key", "body", "result", "names"), TASKS, ids=[t[0] for t in TASKS])
async def test_task_families_create_wait_and_download(
    mode: str,
    router: respx.Router,
    time: FakeTime,
    tmp_path: Path,
    key: str,
    body: dict[str, Any],
    result: dict[str, Any],
    names: list[str],
) -> None:
    path = FAMILIES[key].path
    post = router.post(path).mock(return_value=ok(task(TID, "submitted")))
    done = {**task(TID, "succeed"), "task_result": result}
    router.get(f"{path}/{TID}").mock(side_effect=[ok(task(TID, "processing")), ok(done)])
    for url in re.findall(r"'(https://cdn\.test/[^']+)'", repr(result)):
        if not url.endswith(".mp3"):  # voice samples are not results to download
            router.get(url).mock(return_value=httpx.Response(200, content=b"data"))
    async with opened(mode, router, time) as client:
        res = resource(client, key)
        created = await call(res.create(**body))
        finished = await call(res.wait(created))
        paths = await call(client.download(finished, tmp_path))
    sent = json_body(post.calls.last.request)
    assert re.fullmatch(EXT_ID_PATTERN, sent.pop("external_task_id")) and sent == body
    assert finished.task_status == "succeed"
    assert [p.name for p in paths] == names
    parsed = finished.task_result.to_dict()
    assert parsed == result  # the new result fields are typed attributes, nothing lost


async def test_new_result_fields_are_typed(mode: str, router: respx.Router, time: FakeTime) -> None:
    path = FAMILIES["element_library"].path
    element = {"element_id": 860, "element_voice_info": {"voice_id": "v"}, "status": "deleted"}
    router.get(f"{path}/{TID}").mock(
        return_value=ok({**task(TID, "succeed"), "task_result": {"elements": [element]}})
    )
    async with opened(mode, router, time) as client:
        got = await call(client.general.elements.get(TID))
    (found,) = got.task_result.elements
    assert (found.element_id, found.element_voice_info.voice_id, found.status) == (
        860,
        "v",
        "deleted",
    )


SPEECH = {
    **task(TID, "succeed"),
    "task_result": {"audios": [{"id": "a-1", "url": f"{CDN}/speech.mp3", "duration": "2.1"}]},
}


async def test_tts_returns_the_finished_speech_and_downloads_it(
    mode: str, router: respx.Router, time: FakeTime, tmp_path: Path
) -> None:
    post = router.post("/v1/audio/tts").mock(return_value=ok(SPEECH))
    router.get(f"{CDN}/speech.mp3").mock(return_value=httpx.Response(200, content=b"\xff\xfb"))
    async with opened(mode, router, time) as client:
        tts: Any = client.audio.tts
        assert isinstance(client.audio.tts, CallResource | AsyncCallResource)
        assert repr(tts).endswith("text_to_speech calls: synthesize>")
        speech = await call(tts.synthesize(text="Hello", voice_id="v", voice_language="en"))
        paths = await call(client.download(speech, tmp_path))
    assert json_body(post.calls.last.request) == {
        "text": "Hello",
        "voice_id": "v",
        "voice_language": "en",
    }
    assert isinstance(speech, Task)
    assert speech.to_dict()["task_result"]["audios"][0]["duration"] == "2.1"
    assert [p.name for p in paths] == [f"{TID}-audio-a-1-mp3.mp3"]


async def test_a_billed_call_is_sent_once_even_on_a_server_error(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    failing = httpx.Response(500, json={"code": 5000, "message": "boom"})
    post = router.post("/v1/audio/tts").mock(return_value=failing)
    async with opened(mode, router, time) as client:
        with pytest.raises(ServerError):
            await call(client.audio.tts.synthesize(more.MINIMAL["/v1/audio/tts"]))
    assert post.call_count == 1 and time.total == 0


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": "x" * 1001, "voice_id": "v", "voice_language": "en"}, "text"),
        ({"text": "hi", "voice_id": "v", "voice_language": "fr"}, "voice_language"),
        ({"text": "hi", "voice_id": "v"}, "voice_language"),
    ],
)
async def test_calls_are_validated_before_sending(
    mode: str, router: respx.Router, time: FakeTime, body: dict[str, Any], field: str
) -> None:
    post = router.post("/v1/audio/tts").mock(return_value=ok(SPEECH))
    async with opened(mode, router, time) as client:
        with pytest.raises(ValidationError) as caught:
            await call(client.audio.tts.synthesize(body))
        assert post.call_count == 0
        await call(client.audio.tts.synthesize(body, validate=False))  # the API judges it
    assert field in {name for name, _ in caught.value.problems}
    assert json_body(post.calls.last.request) == body


async def test_presets_take_query_parameters_checked_against_the_spec(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    item = {**task("p-1", "succeed"), "task_result": {"voices": [{"voice_id": "oversea_male1"}]}}
    route = router.get("/v1/general/presets-voices", params={"pageSize": "1000"}).mock(
        return_value=ok([item])
    )
    async with opened(mode, router, time) as client:
        found = await call(client.general.voices.presets(page_size=1000))
        with pytest.raises(ValidationError) as caught:
            await call(client.general.voices.presets(page_num=0, page_size=1001))
        await call(client.general.voices.presets(page_size=1000, validate=False))
    assert [t.task_result.voices[0].voice_id for t in found] == ["oversea_male1"]
    assert route.call_count == 2
    assert {name for name, _ in caught.value.problems} == {"pageNum", "pageSize"}


async def test_deletes_answer_a_task(mode: str, router: respx.Router, time: FakeTime) -> None:
    answer = ok({"task_id": "d-1", "task_status": "succeed"})
    voice = router.post("/v1/general/delete-voices").mock(return_value=answer)
    video_page = router.post("/v1/general/delete-advanced-elements").mock(return_value=answer)
    image_page = router.post("/v1/general/delete-elements").mock(return_value=answer)
    async with opened(mode, router, time) as client:
        done = await call(client.general.voices.delete(voice_id="850"))
        await call(client.general.elements.delete(element_id=860))
        await call(client.general.elements.delete_image_element(element_id="860"))
    assert done.task_status == "succeed"
    assert json_body(voice.calls.last.request) == {"voice_id": "850"}
    assert json_body(video_page.calls.last.request) == {"element_id": 860}
    assert json_body(image_page.calls.last.request) == {"element_id": "860"}


async def test_selection_calls_and_ledgers_return_their_models(
    mode: str, router: respx.Router, time: FakeTime
) -> None:
    for step in ("init", "add", "delete", "clear", "preview"):
        router.post(f"/v1/videos/multi-elements/{step}-selection").mock(
            return_value=ok({"status": 0, "session_id": more.SESSION, "total_frame": 150})
        )
    ledger = {"result": {"detail": [{"task_id": "t", "deduction_amount": 5.0}]}, "has_more": False}
    balance = router.post("/account/billing/balance").mock(return_value=ok(ledger))
    router.post("/account/billing/package").mock(return_value=ok(ledger))
    point = {"session_id": more.SESSION, "frame_index": 0, "points": [{"x": 0.5, "y": 0.5}]}
    async with opened(mode, router, time) as client:
        edit = client.videos.multi_elements
        init = await call(edit.init_selection(video_url="https://example.com/v.mp4"))
        await call(edit.add_selection(point))
        await call(edit.delete_selection(point))
        await call(edit.clear_selection(session_id=more.SESSION))
        preview = await call(edit.preview_selection(session_id=more.SESSION))
        page = await call(client.billing.deductions.balance(start_time=1, end_time=2, limit=10))
        units = await call(client.billing.deductions.package(cursor="c"))
        with pytest.raises(ValidationError) as caught:
            await call(client.billing.deductions.balance(limit=10))
    assert isinstance(init, SelectionResult) and init.total_frame == 150
    assert isinstance(preview, SelectionResult)
    assert isinstance(page, BillingLedgerPage)
    assert page.to_dict()["result"]["detail"][0]["deduction_amount"] == 5.0
    assert isinstance(units, BillingLedgerPage) and units.has_more is False
    assert json_body(balance.calls.last.request) == {"start_time": 1, "end_time": 2, "limit": 10}
    assert {name for name, _ in caught.value.problems} == {"start_time", "end_time"}


async def test_recognize(mode: str, router: respx.Router, time: FakeTime) -> None:
    images = [{"type": "face_seg", "is_contain": True, "url": f"{CDN}/f.png"}]
    router.post("/v1/videos/image-recognize").mock(
        return_value=ok({"task_result": {"images": images}})
    )
    async with opened(mode, router, time) as client:
        found = await call(client.images.recognize.recognize(image=URL))
    (image,) = found.task_result.images
    assert (image.type_, image.is_contain) == ("face_seg", True)


def test_an_unknown_call_name_is_a_lookup_error() -> None:
    from kling_ext import Kling

    no_call = pytest.raises(LookupError, match="text_to_speech has no call named 'nope'")
    with Kling(api_key="k" * 32, base_url="https://api.test") as client, no_call:
        client.audio.tts._operation("nope")
