"""What the generated ``kling_api`` client puts on the wire.

Bodies are built from the generated request models and sent through each create operation's
``sync_detailed`` against a respx router that refuses unmatched requests; the JSON that left the
client must equal the literal body of the Kling documentation. Unset optional fields must be absent:
the spec declares no ``default:``, so the client never sends a server default. Get-one operations
must quote the id into the path and list operations use the documented query names. The request
examples of the spec must survive ``from_dict`` -> ``to_dict`` -> the wire unchanged.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest
import respx

import kling_api
from kling_api import Client
from kling_api import models as m
from kling_api.api.account import get_account_costs
from kling_api.api.text_to_video import create_text_to_video_task

pytestmark = pytest.mark.anyio

BASE_URL = "http://127.0.0.1:9"
SPEC: dict[str, Any] = json.loads((Path(kling_api.__file__).parent / "_openapi.json").read_text())
CREATED = {"code": 0, "message": "SUCCEED", "data": {"task_id": "1", "task_status": "submitted"}}
PAGE: dict[str, Any] = {"code": 0, "message": "SUCCEED", "data": []}
IMG = "https://example.com/images/"
FAMILIES = {  # family key (tag) -> collection path, as fixed in the team conventions
    "text_to_video": "/v1/videos/text2video",
    "image_to_video": "/v1/videos/image2video",
    "video_extend": "/v1/videos/video-extend",
    "lip_sync": "/v1/videos/lip-sync",
    "video_effects": "/v1/videos/effects",
    "image_generation": "/v1/images/generations",
    "virtual_try_on": "/v1/images/kolors-virtual-try-on",
}


@pytest.fixture
def anyio_backend() -> str:
    """Async tests of this module run on asyncio."""
    return "asyncio"


def operation(family: str, kind: str) -> Any:
    """The generated ``sync_detailed`` of one operation: kind is create, get or list."""
    name = f"list_{family}_tasks" if kind == "list" else f"{kind}_{family}_task"
    return importlib.import_module(f"kling_api.api.{family}.{name}").sync_detailed


def sent_json(family: str, body: Any) -> Any:
    """POST ``body`` through the family's create against respx; return the JSON that was sent."""
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        route = router.post(FAMILIES[family]).respond(200, json=CREATED)
        with Client(base_url=BASE_URL) as client:
            response = operation(family, "create")(client=client, body=body)
    request = route.calls.last.request
    assert request.headers["content-type"] == "application/json"
    assert isinstance(response.parsed, m.TaskResponse)
    return json.loads(request.content)


camera = m.CameraControl(type_="simple", config=m.CameraConfig(zoom=5))
trajectory = [m.TrajectoryPoint(x=279, y=219), m.TrajectoryPoint(x=417, y=65)]
# fmt: off
BODIES = [
    pytest.param("text_to_video", m.TextToVideoRequest(prompt="A fox"),
                 {"prompt": "A fox"}, id="text2video-minimal"),
    pytest.param("text_to_video", m.TextToVideoRequest(
        prompt="A lighthouse", model_name="kling-v1", mode="std", duration="5", aspect_ratio="9:16",
        cfg_scale=0.5, negative_prompt="blur", camera_control=camera,
        callback_url="https://example.com/cb", external_task_id="order-1"), {
        "prompt": "A lighthouse", "model_name": "kling-v1", "mode": "std", "duration": "5",
        "aspect_ratio": "9:16", "cfg_scale": 0.5, "negative_prompt": "blur",
        "camera_control": {"type": "simple", "config": {"zoom": 5}},
        "callback_url": "https://example.com/cb", "external_task_id": "order-1"},
        id="text2video-camera"),
    pytest.param("text_to_video", m.TextToVideoRequest(
        prompt="A fox", model_name="kling-v2-master", duration="10",
        camera_control=m.CameraControl(type_="forward_up")), {
        "prompt": "A fox", "model_name": "kling-v2-master", "duration": "10",
        "camera_control": {"type": "forward_up"}}, id="text2video-open-model-preset-camera"),
    pytest.param("image_to_video", m.ImageToVideoRequest(
        image=IMG + "a.jpg"), {"image": IMG + "a.jpg"}, id="image2video-minimal"),
    pytest.param("image_to_video", m.ImageToVideoRequest(
        model_name="kling-v1", image=IMG + "a.png", static_mask=IMG + "s.png",
        dynamic_masks=[m.DynamicMask(mask=IMG + "d.png", trajectories=trajectory)],
        mode="pro", duration="5"), {
        "model_name": "kling-v1", "image": IMG + "a.png", "static_mask": IMG + "s.png",
        "dynamic_masks": [{"mask": IMG + "d.png",
                           "trajectories": [{"x": 279, "y": 219}, {"x": 417, "y": 65}]}],
        "mode": "pro", "duration": "5"}, id="image2video-motion-brush"),
    pytest.param("image_to_video", m.ImageToVideoRequest(
        model_name="kling-v1-6", image_tail=IMG + "end.jpg", prompt="Opens", mode="pro",
        duration="10"), {"model_name": "kling-v1-6", "image_tail": IMG + "end.jpg",
                         "prompt": "Opens", "mode": "pro", "duration": "10"},
        id="image2video-end-frame"),
    pytest.param("video_extend", m.VideoExtendRequest(video_id="v-1"),
                 {"video_id": "v-1"}, id="extend-minimal"),
    pytest.param("video_extend", m.VideoExtendRequest(
        video_id="v-1", prompt="Go on", negative_prompt="blur", cfg_scale=0.3,
        external_task_id="order-7"), {"video_id": "v-1", "prompt": "Go on",
                                      "negative_prompt": "blur", "cfg_scale": 0.3,
                                      "external_task_id": "order-7"}, id="extend-full"),
    pytest.param("lip_sync", m.LipSyncRequest(input_=m.LipSyncInput(
        mode="text2video", video_id="v-1", text="Hello!", voice_id="oversea_male1",
        voice_language="en", voice_speed=1.2), external_task_id="order-8"), {
        "input": {"mode": "text2video", "video_id": "v-1", "text": "Hello!",
                  "voice_id": "oversea_male1", "voice_language": "en", "voice_speed": 1.2},
        "external_task_id": "order-8"}, id="lip-sync-text2video"),
    pytest.param("lip_sync", m.LipSyncRequest(input_=m.LipSyncInput(
        mode="audio2video", video_url="https://example.com/v.mp4", audio_type="file",
        audio_file="UklGRiQAAABXQVZF")), {
        "input": {"mode": "audio2video", "video_url": "https://example.com/v.mp4",
                  "audio_type": "file", "audio_file": "UklGRiQAAABXQVZF"}},
        id="lip-sync-audio2video"),
    pytest.param("video_effects", m.VideoEffectsRequest(
        effect_scene="hug", input_=m.VideoEffectsInput(
            model_name="kling-v1-6", mode="std", images=[IMG + "l.jpg", IMG + "r.jpg"],
            duration="5")), {
        "effect_scene": "hug", "input": {"model_name": "kling-v1-6", "mode": "std",
                                         "images": [IMG + "l.jpg", IMG + "r.jpg"],
                                         "duration": "5"}}, id="effects-dual"),
    pytest.param("video_effects", m.VideoEffectsRequest(
        effect_scene="squish", input_=m.VideoEffectsInput(
            model_name="kling-v1-6", image=IMG + "cat.png", duration="5"),
        external_task_id="order-11"), {
        "effect_scene": "squish", "input": {"model_name": "kling-v1-6", "image": IMG + "cat.png",
                                            "duration": "5"}, "external_task_id": "order-11"},
        id="effects-single"),
    pytest.param("video_effects", m.VideoEffectsRequest(
        effect_scene="balloon_pop", input_=m.VideoEffectsInput()),
        {"effect_scene": "balloon_pop", "input": {}}, id="effects-open-scene-minimal"),
    pytest.param("image_generation", m.ImageGenerationRequest(
        prompt="An island"), {"prompt": "An island"}, id="image-generation-minimal"),
    pytest.param("image_generation", m.ImageGenerationRequest(
        prompt="An astronaut", model_name="kling-v1-5", image=IMG + "c.png",
        image_reference="subject", image_fidelity=0.5, human_fidelity=0.45, n=4,
        aspect_ratio="21:9"), {
        "prompt": "An astronaut", "model_name": "kling-v1-5", "image": IMG + "c.png",
        "image_reference": "subject", "image_fidelity": 0.5, "human_fidelity": 0.45, "n": 4,
        "aspect_ratio": "21:9"}, id="image-generation-21:9-n"),
    pytest.param("virtual_try_on", m.VirtualTryOnRequest(
        human_image=IMG + "h.jpg", cloth_image=IMG + "c.png"),
        {"human_image": IMG + "h.jpg", "cloth_image": IMG + "c.png"}, id="try-on-minimal"),
    pytest.param("virtual_try_on", m.VirtualTryOnRequest(
        model_name="kolors-virtual-try-on-v1-5", human_image="aGVsbG8=", cloth_image=IMG + "c.png",
        callback_url="", external_task_id="order-14"), {
        "model_name": "kolors-virtual-try-on-v1-5", "human_image": "aGVsbG8=",
        "cloth_image": IMG + "c.png", "callback_url": "", "external_task_id": "order-14"},
        id="try-on-full"),
]
# fmt: on


@pytest.mark.parametrize(("family", "body", "expected"), BODIES)
def test_create_body_on_the_wire_is_the_documented_body(
    family: str, body: Any, expected: dict[str, Any]
) -> None:
    assert sent_json(family, body) == expected


async def test_async_create_sends_the_same_body() -> None:
    body = m.TextToVideoRequest(prompt="A fox", duration="10", camera_control=camera)
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        route = router.post(FAMILIES["text_to_video"]).respond(200, json=CREATED)
        async with Client(base_url=BASE_URL) as client:
            response = await create_text_to_video_task.asyncio_detailed(client=client, body=body)
    assert isinstance(response.parsed, m.TaskResponse)
    assert json.loads(route.calls.last.request.content) == {
        "prompt": "A fox",
        "duration": "10",
        "camera_control": {"type": "simple", "config": {"zoom": 5}},
    }


def _request_examples() -> list[Any]:
    """(family, example) for every request-body example of the spec's create operations."""
    found = []
    for item in SPEC["paths"].values():
        create = item.get("post")
        if not create or "requestBody" not in create:
            continue
        media = create["requestBody"]["content"]["application/json"]
        for name, example in media["examples"].items():
            if "$ref" in example:
                example = SPEC["components"]["examples"][example["$ref"].rsplit("/", 1)[1]]
            family = create["tags"][0]
            found.append(pytest.param(family, example["value"], id=f"{family}-{name}"))
    return found


REQUEST_EXAMPLES = _request_examples()


def test_every_create_operation_has_request_examples() -> None:
    assert {param.values[0] for param in REQUEST_EXAMPLES} == set(FAMILIES)


@pytest.mark.parametrize(("family", "example"), REQUEST_EXAMPLES)
def test_request_example_round_trips_to_the_wire(family: str, example: dict[str, Any]) -> None:
    media = SPEC["paths"][FAMILIES[family]]["post"]["requestBody"]["content"]["application/json"]
    model = getattr(m, media["schema"]["$ref"].rsplit("/", 1)[1])
    body = model.from_dict(example)
    assert body.to_dict() == example
    assert body.additional_properties == {}  # every documented field is a typed attribute
    assert sent_json(family, body) == example


IDS = [
    ("a/b", "a%2Fb"),
    ("867283741759111202", "867283741759111202"),
    ("CjMT7WdSwWcAAAAAALvB3g", "CjMT7WdSwWcAAAAAALvB3g"),
    ("order 1?x=y#z+", "order%201%3Fx%3Dy%23z%2B"),
]


@pytest.mark.parametrize(("task_id", "quoted"), IDS)
@pytest.mark.parametrize("family", FAMILIES)
def test_get_puts_the_quoted_id_in_the_path(family: str, task_id: str, quoted: str) -> None:
    path = FAMILIES[family]
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        route = router.get(url__startswith=f"{BASE_URL}{path}/").respond(200, json=CREATED)
        with Client(base_url=BASE_URL) as client:
            response = operation(family, "get")(task_id, client=client)
    request = route.calls.last.request
    assert request.url.raw_path == f"{path}/{quoted}".encode()
    assert request.content == b""
    assert isinstance(response.parsed, m.TaskResponse)


@pytest.mark.parametrize("family", FAMILIES)
def test_list_uses_pagenum_and_pagesize_and_sends_no_default(family: str) -> None:
    path, list_ = FAMILIES[family], operation(family, "list")
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        route = router.get(path).respond(200, json=PAGE)
        with Client(base_url=BASE_URL) as client:
            paged = list_(client=client, page_num=2, page_size=500)
            bare = list_(client=client)
    first, second = (call.request for call in route.calls)
    assert first.url.raw_path == f"{path}?pageNum=2&pageSize=500".encode()
    assert second.url.raw_path == path.encode()
    assert isinstance(paged.parsed, m.TaskListResponse)
    assert isinstance(bare.parsed, m.TaskListResponse)


def test_account_costs_query_names() -> None:
    body = {"code": 0, "message": "SUCCEED", "data": {"code": 0, "msg": "success"}}
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        route = router.get("/account/costs").respond(200, json=body)
        with Client(base_url=BASE_URL) as client:
            named = get_account_costs.sync_detailed(
                client=client,
                start_time=1740787200000,
                end_time=1742889600000,
                resource_pack_name="Video Generation - 10,000 entries",
            )
            bare = get_account_costs.sync_detailed(
                client=client, start_time=1740787200000, end_time=1742889600000
            )
    first, second = (call.request for call in route.calls)
    assert first.url.path == second.url.path == "/account/costs"
    assert dict(first.url.params) == {
        "start_time": "1740787200000",
        "end_time": "1742889600000",
        "resource_pack_name": "Video Generation - 10,000 entries",
    }
    assert dict(second.url.params) == {"start_time": "1740787200000", "end_time": "1742889600000"}
    assert isinstance(named.parsed, m.AccountCostsResponse)
    assert isinstance(bare.parsed, m.AccountCostsResponse)
