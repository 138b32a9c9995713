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
import re
from pathlib import Path
from typing import Any

import pytest
import respx

import kling_api
from kling_api import Client
from kling_api import models as m
from kling_api.api.account import get_account_costs
from kling_api.api.advanced_lip_sync import identify_face
from kling_api.api.text_to_video import create_text_to_video_task
from tests import more_families_data as more

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
    # added after the 2025-03-25 baseline (FACTS section 3)
    "multi_image_to_video": "/v1/videos/multi-image2video",
    "multi_image_to_image": "/v1/images/multi-image2image",
    "image_expansion": "/v1/images/editing/expand",
    "text_to_audio": "/v1/audio/text-to-audio",
    "video_to_audio": "/v1/audio/video-to-audio",
    "motion_control": "/v1/videos/motion-control",
    "avatar": "/v1/videos/avatar/image2video",
    "omni_video": "/v1/videos/omni-video",
    "advanced_lip_sync": "/v1/videos/advanced-lip-sync",
    **more.TASK_FAMILIES,  # the families of FACTS-2026 §4
}
IDENTIFY_FACE = "/v1/videos/identify-face"
FACES = {"code": 0, "message": "SUCCEED", "data": {"session_id": "s-1", "face_data": []}}


@pytest.fixture
def anyio_backend() -> str:
    """Async tests of this module run on asyncio."""
    return "asyncio"


def operation(family: str, kind: str) -> Any:
    """The generated ``sync_detailed`` of one operation: kind is create, get or list."""
    name = f"list_{family}_tasks" if kind == "list" else f"{kind}_{family}_task"
    return importlib.import_module(f"kling_api.api.{family}.{name}").sync_detailed


def snake(name: str) -> str:
    """The generator's module name for an operationId."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def post_json(path: str, body: Any) -> Any:
    """POST ``body`` through the generated operation of ``path`` against respx (a task for a
    create, faces for identify-face); return the JSON that was sent."""
    post = SPEC["paths"][path]["post"]
    name = f"kling_api.api.{post['tags'][0]}.{snake(post['operationId'])}"
    answer, model = (FACES, m.IdentifyFaceResponse) if path == IDENTIFY_FACE else (CREATED, None)
    if path in more.CALL_ANSWERS:
        answer, model_name = more.CALL_ANSWERS[path]
        model = getattr(m, model_name)
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        route = router.post(path).respond(200, json=answer)
        with Client(base_url=BASE_URL) as client:
            response = importlib.import_module(name).sync_detailed(client=client, body=body)
    request = route.calls.last.request
    assert request.headers["content-type"] == "application/json"
    assert isinstance(response.parsed, model or m.TaskResponse)
    return json.loads(request.content)


def sent_json(family: str, body: Any) -> Any:
    """POST ``body`` through the family's create against respx; return the JSON that was sent."""
    return post_json(FAMILIES[family], body)


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
    # families added after the 2025-03-25 baseline (FACTS 3.4)
    pytest.param("multi_image_to_video", m.MultiImageToVideoRequest(
        image_list=[m.MultiImageToVideoImage(image=IMG + "1.png")], prompt="A fox"),
        {"image_list": [{"image": IMG + "1.png"}], "prompt": "A fox"},
        id="multi-image2video-minimal"),
    pytest.param("multi_image_to_video", m.MultiImageToVideoRequest(
        model_name="kling-v1-6", image_list=[m.MultiImageToVideoImage(image=IMG + "1.png"),
                                             m.MultiImageToVideoImage(image="aGVsbG8=")],
        prompt="Two foxes", negative_prompt="blur", mode="pro", duration="10", aspect_ratio="1:1",
        watermark_info=m.WatermarkInfo(enabled=True), callback_url="https://example.com/cb",
        external_task_id="order-20"), {
        "model_name": "kling-v1-6", "image_list": [{"image": IMG + "1.png"}, {"image": "aGVsbG8="}],
        "prompt": "Two foxes", "negative_prompt": "blur", "mode": "pro", "duration": "10",
        "aspect_ratio": "1:1", "watermark_info": {"enabled": True},
        "callback_url": "https://example.com/cb", "external_task_id": "order-20"},
        id="multi-image2video-full"),
    pytest.param("multi_image_to_image", m.MultiImageToImageRequest(
        subject_image_list=[m.SubjectImage(subject_image=IMG + "s.png")]),
        {"subject_image_list": [{"subject_image": IMG + "s.png"}]}, id="multi-image2image-minimal"),
    pytest.param("multi_image_to_image", m.MultiImageToImageRequest(
        model_name="kling-v2", subject_image_list=[m.SubjectImage(subject_image=IMG + "s.png")],
        scene_image=IMG + "scene.jpg", style_image="aGVsbG8=", prompt="In a forest", n=9,
        aspect_ratio="21:9"), {
        "model_name": "kling-v2", "subject_image_list": [{"subject_image": IMG + "s.png"}],
        "scene_image": IMG + "scene.jpg", "style_image": "aGVsbG8=", "prompt": "In a forest",
        "n": 9, "aspect_ratio": "21:9"}, id="multi-image2image-full"),
    pytest.param("image_expansion", m.ImageExpansionRequest(
        image=IMG + "e.png", up_expansion_ratio=0.5, down_expansion_ratio=0,
        left_expansion_ratio=0.25, right_expansion_ratio=2, prompt="More sky", n=2), {
        "image": IMG + "e.png", "up_expansion_ratio": 0.5, "down_expansion_ratio": 0,
        "left_expansion_ratio": 0.25, "right_expansion_ratio": 2, "prompt": "More sky", "n": 2},
        id="expand-ratios"),
    pytest.param("text_to_audio", m.TextToAudioRequest(prompt="Rain"), {"prompt": "Rain"},
                 id="text-to-audio-minimal"),
    pytest.param("text_to_audio", m.TextToAudioRequest(
        prompt="Rain on a tin roof", duration=7.5, external_task_id="order-21"), {
        "prompt": "Rain on a tin roof", "duration": 7.5, "external_task_id": "order-21"},
        id="text-to-audio-duration"),
    pytest.param("video_to_audio", m.VideoToAudioRequest(video_id="v-1"), {"video_id": "v-1"},
                 id="video-to-audio-minimal"),
    pytest.param("video_to_audio", m.VideoToAudioRequest(
        video_url="https://example.com/v.mp4", sound_effect_prompt="Waves", bgm_prompt="Calm piano",
        asmr_mode=False), {
        "video_url": "https://example.com/v.mp4", "sound_effect_prompt": "Waves",
        "bgm_prompt": "Calm piano", "asmr_mode": False}, id="video-to-audio-url-asmr-false"),
    pytest.param("motion_control", m.MotionControlRequest(
        image_url=IMG + "c.png", video_url="https://example.com/dance.mp4", mode="std"), {
        "image_url": IMG + "c.png", "video_url": "https://example.com/dance.mp4", "mode": "std"},
        id="motion-control-minimal"),
    pytest.param("motion_control", m.MotionControlRequest(
        model_name="kling-v3", image_url=IMG + "c.png", video_url="https://example.com/d.mp4",
        character_orientation="video", mode="pro", prompt="Dance", keep_original_sound="no",
        element_list=[m.ElementReference(element_id=42)]), {
        "model_name": "kling-v3", "image_url": IMG + "c.png",
        "video_url": "https://example.com/d.mp4",
        "character_orientation": "video", "mode": "pro", "prompt": "Dance",
        "keep_original_sound": "no", "element_list": [{"element_id": 42}]},
        id="motion-control-full"),
    pytest.param("avatar", m.AvatarRequest(image=IMG + "face.png", audio_id="a-1"),
                 {"image": IMG + "face.png", "audio_id": "a-1"}, id="avatar-audio-id"),
    pytest.param("avatar", m.AvatarRequest(
        image=IMG + "face.png", sound_file="SUQzBAAAAAAA", prompt="Smiles", mode="pro"), {
        "image": IMG + "face.png", "sound_file": "SUQzBAAAAAAA", "prompt": "Smiles", "mode": "pro"},
        id="avatar-sound-file"),
    pytest.param("omni_video", m.OmniVideoRequest(prompt="A fox"), {"prompt": "A fox"},
                 id="omni-minimal"),
    pytest.param("omni_video", m.OmniVideoRequest(
        prompt="<<<image_1>>> runs", model_name="kling-v3-omni", duration="15", mode="pro",
        aspect_ratio="9:16", sound="off",
        image_list=[m.OmniVideoImage(image_url=IMG + "f.png", type_="first_frame")],
        video_list=[m.OmniVideoReference(video_url="https://example.com/r.mp4",
                                          refer_type="feature", keep_original_sound="yes")],
        element_list=[m.ElementReference(element_id=7)], multi_shot=True, shot_type="customize",
        multi_prompt=[m.ShotPrompt(index=1, prompt="Start", duration="5"),
                      m.ShotPrompt(index=2, prompt="End", duration="10")]), {
        "prompt": "<<<image_1>>> runs", "model_name": "kling-v3-omni", "duration": "15",
        "mode": "pro", "aspect_ratio": "9:16", "sound": "off",
        "image_list": [{"image_url": IMG + "f.png", "type": "first_frame"}],
        "video_list": [{"video_url": "https://example.com/r.mp4", "refer_type": "feature",
                        "keep_original_sound": "yes"}],
        "element_list": [{"element_id": 7}], "multi_shot": True, "shot_type": "customize",
        "multi_prompt": [{"index": 1, "prompt": "Start", "duration": "5"},
                         {"index": 2, "prompt": "End", "duration": "10"}]}, id="omni-full"),
    pytest.param("advanced_lip_sync", m.AdvancedLipSyncRequest(
        session_id="s-1", face_choose=[m.FaceChoice(face_id="0", audio_id="a-1")]), {
        "session_id": "s-1", "face_choose": [{"face_id": "0", "audio_id": "a-1"}]},
        id="advanced-lip-sync-audio-id"),
    pytest.param("advanced_lip_sync", m.AdvancedLipSyncRequest(
        session_id="s-1", face_choose=[m.FaceChoice(
            face_id="1", sound_file="SUQzBAAAAAAA", sound_start_time=0, sound_end_time=4000,
            sound_insert_time=1500, sound_volume=1.5, original_audio_volume=0)],
        watermark_info=m.WatermarkInfo(), external_task_id="order-22"), {
        "session_id": "s-1", "face_choose": [{
            "face_id": "1", "sound_file": "SUQzBAAAAAAA", "sound_start_time": 0,
            "sound_end_time": 4000, "sound_insert_time": 1500, "sound_volume": 1.5,
            "original_audio_volume": 0}],
        "watermark_info": {}, "external_task_id": "order-22"}, id="advanced-lip-sync-sound-file"),
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


POST_PATHS = {  # operationId -> path of every legacy (/v1) POST with a request body
    item["post"]["operationId"]: path
    for path, item in SPEC["paths"].items()
    if "requestBody" in item.get("post", {})
    and path.startswith(("/v1/", "/account/"))  # new standard: own tests
}


def _request_examples() -> list[Any]:
    """(operationId, example) for every request-body example of the spec's POST operations.

    Keyed by operationId, not by tag: identify-face shares the advanced_lip_sync tag with that
    family's create but has its own body and answer."""
    found = []
    for operation_id, path in POST_PATHS.items():
        media = SPEC["paths"][path]["post"]["requestBody"]["content"]["application/json"]
        for name, example in media["examples"].items():
            if "$ref" in example:
                example = SPEC["components"]["examples"][example["$ref"].rsplit("/", 1)[1]]
            found.append(pytest.param(operation_id, example["value"], id=f"{operation_id}-{name}"))
    return found


REQUEST_EXAMPLES = _request_examples()


def test_every_post_operation_has_request_examples() -> None:
    assert {param.values[0] for param in REQUEST_EXAMPLES} == set(POST_PATHS)
    assert set(POST_PATHS.values()) == {*FAMILIES.values(), IDENTIFY_FACE, *more.CALL_PATHS}
    tags = {SPEC["paths"][path]["post"]["tags"][0] for path in FAMILIES.values()}
    assert tags == set(FAMILIES)


@pytest.mark.parametrize(("operation_id", "example"), REQUEST_EXAMPLES)
def test_request_example_round_trips_to_the_wire(
    operation_id: str, example: dict[str, Any]
) -> None:
    path = POST_PATHS[operation_id]
    media = SPEC["paths"][path]["post"]["requestBody"]["content"]["application/json"]
    model = getattr(m, media["schema"]["$ref"].rsplit("/", 1)[1])
    body = model.from_dict(example)
    assert body.to_dict() == example
    assert body.additional_properties == {}  # every documented field is a typed attribute
    assert post_json(path, body) == example


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (m.IdentifyFaceRequest(video_id="867283741759111202"), {"video_id": "867283741759111202"}),
        (m.IdentifyFaceRequest(video_url="https://example.com/v.mp4"),
         {"video_url": "https://example.com/v.mp4"}),
        (m.IdentifyFaceRequest(), {}),
    ],
    ids=["video_id", "video_url", "empty"],
)  # fmt: skip
def test_identify_face_sends_only_what_is_set(body: Any, expected: dict[str, Any]) -> None:
    """No callback_url or external_task_id: identify-face is a synchronous call, not a task."""
    assert post_json(IDENTIFY_FACE, body) == expected


async def test_async_identify_face_sends_the_body_and_reads_the_faces() -> None:
    answer = {"code": 0, "data": {"session_id": "s-9", "face_data": [{"face_id": "0"}]}}
    with respx.mock(base_url=BASE_URL, assert_all_called=True, assert_all_mocked=True) as router:
        route = router.post(IDENTIFY_FACE).respond(200, json=answer)
        async with Client(base_url=BASE_URL) as client:
            response = await identify_face.asyncio_detailed(
                client=client, body=m.IdentifyFaceRequest(video_id="v-1")
            )
    assert json.loads(route.calls.last.request.content) == {"video_id": "v-1"}
    assert isinstance(response.parsed, m.IdentifyFaceResponse)
    assert isinstance(response.parsed.data, m.IdentifyFaceResult)
    assert response.parsed.data.session_id == "s-9"
    assert response.parsed.data.face_data == [m.IdentifiedFace(face_id="0")]


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
