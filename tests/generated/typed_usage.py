"""Realistic typed use of ``kling_api``, checked by ``mypy --strict`` and never executed.

Nothing here runs (pytest does not collect this module and no function is called): the file exists
so that ``mypy --strict`` proves that code written against the generated client type-checks. It
builds requests with the generated models, calls ``sync``/``sync_detailed``/``asyncio_detailed``,
and reads tasks through their ``Literal``/``str`` unions. ``assert_type`` pins the types the
generator must keep; each ``# type: ignore[...]`` marks a mistake that mypy must keep refusing
(strict mode reports an ignore that is no longer needed, so a loosened type fails the check).
"""

from __future__ import annotations

from typing import assert_type

from kling_api import Client
from kling_api.api.account import get_account_costs
from kling_api.api.advanced_lip_sync import create_advanced_lip_sync_task, identify_face
from kling_api.api.image_generation import create_image_generation_task
from kling_api.api.lip_sync import create_lip_sync_task
from kling_api.api.text_to_video import (
    create_text_to_video_task,
    get_text_to_video_task,
    list_text_to_video_tasks,
)
from kling_api.api.video_effects import create_video_effects_task
from kling_api.models import (
    AdvancedLipSyncRequest,
    AvatarRequest,
    CameraConfig,
    CameraControl,
    ErrorCode,
    ErrorResponse,
    FaceChoice,
    IdentifiedFace,
    IdentifyFaceRequest,
    IdentifyFaceResponse,
    IdentifyFaceResult,
    ImageExpansionRequest,
    ImageGenerationRequest,
    LipSyncInput,
    LipSyncRequest,
    MotionControlRequest,
    MultiImageToVideoRequest,
    OmniVideoImage,
    OmniVideoModelName,
    OmniVideoReference,
    OmniVideoRequest,
    ResourcePackStatus,
    Task,
    TaskAudio,
    TaskListResponse,
    TaskResponse,
    TaskResult,
    TaskStatus,
    TaskVideo,
    TextToAudioRequest,
    TextToVideoRequest,
    VideoEffectsInput,
    VideoEffectsRequest,
    WatermarkInfo,
)
from kling_api.models.task_status import TASK_STATUS_VALUES, check_task_status
from kling_api.types import UNSET, Response, Unset

FINAL: frozenset[TaskStatus] = frozenset({"succeed", "failed"})


Bodies = tuple[
    TextToVideoRequest, TextToVideoRequest, VideoEffectsRequest, VideoEffectsRequest, LipSyncRequest
]


def build_requests() -> Bodies:
    """Request bodies as an application writes them; Literal fields take only documented values."""
    camera = CameraControl(type_="simple", config=CameraConfig(zoom=5.0))
    text = TextToVideoRequest(
        prompt="A fox", model_name="kling-v1", mode="std", duration="5", camera_control=camera
    )
    newer_model = TextToVideoRequest(prompt="A fox", model_name="kling-v2-master")  # open enum
    hug = VideoEffectsRequest(
        effect_scene="hug",
        input_=VideoEffectsInput(images=["https://a/1.jpg", "https://a/2.jpg"], duration="10"),
    )
    new_scene = VideoEffectsRequest(effect_scene="balloon_pop", input_=VideoEffectsInput())
    speak = LipSyncRequest(
        input_=LipSyncInput(mode="text2video", video_id="v", text="Hi", voice_language="en")
    )
    return text, newer_model, hug, new_scene, speak


def refused_requests() -> None:
    """Mistakes the generated types catch before anything is sent."""
    TextToVideoRequest(prompt="A fox", duration=5)  # type: ignore[arg-type]
    TextToVideoRequest(prompt="A fox", duration="16")  # type: ignore[arg-type]
    MultiImageToVideoRequest(image_list=[], prompt="A fox", duration="7")  # type: ignore[arg-type]
    MotionControlRequest(image_url="u", video_url="v")  # type: ignore[call-arg]
    MotionControlRequest(image_url="u", video_url="v", mode="std", keep_original_sound=True)  # type: ignore[arg-type]
    OmniVideoImage(image_url="u", type_="middle_frame")  # type: ignore[arg-type]
    OmniVideoRequest(prompt="A fox", sound=True)  # type: ignore[arg-type]
    TextToAudioRequest(prompt="Rain", duration="5")  # type: ignore[arg-type]
    AdvancedLipSyncRequest(session_id="s", face_choose=[FaceChoice()])  # type: ignore[call-arg]
    TextToVideoRequest(prompt="A fox", mode="standard")  # type: ignore[arg-type]
    TextToVideoRequest(duration="5")  # type: ignore[call-arg]
    CameraControl(type_="zoom_in")  # type: ignore[arg-type]
    ImageGenerationRequest(prompt="An island", aspect_ratio="21:10")  # type: ignore[arg-type]
    LipSyncInput(mode="text2speech")  # type: ignore[arg-type]


def describe(task: Task) -> str:
    """Read a task: known statuses narrow to the Literal, unknown ones stay plain strings."""
    status = task.task_status
    assert_type(status, str | TaskStatus | Unset)
    if isinstance(status, Unset):
        return "no status"
    if status in TASK_STATUS_VALUES:
        known: TaskStatus = check_task_status(status)
        return f"final: {known}" if known in FINAL else f"running: {known}"
    videos: list[TaskVideo] = []
    if task.task_result is not None and not isinstance(task.task_result, Unset):
        videos = task.task_result.videos or []
    durations: list[str | Unset] = [video.duration for video in videos]
    return f"unknown status {status!r}, {len(durations)} videos"


def build_new_family_requests() -> tuple[OmniVideoRequest, AvatarRequest, ImageExpansionRequest]:
    """Families added after the baseline: their Literal fields and open model names."""
    omni = OmniVideoRequest(
        prompt="<<<image_1>>> runs",
        model_name="kling-v3-omni",
        duration="15",
        image_list=[OmniVideoImage(image_url="https://a/1.png", type_="first_frame")],
        video_list=[OmniVideoReference(video_url="https://a/r.mp4", refer_type="base")],
        sound="off",
        watermark_info=WatermarkInfo(enabled=True),
    )
    newer_omni = OmniVideoRequest(prompt="A fox", model_name="kling-v4-omni")  # open enum
    assert_type(newer_omni.model_name, OmniVideoModelName | str | Unset | None)
    avatar = AvatarRequest(image="https://a/face.png", audio_id="a-1", mode="pro")
    expand = ImageExpansionRequest(
        image="aGk=",
        up_expansion_ratio=0.5,
        down_expansion_ratio=0,
        left_expansion_ratio=0,
        right_expansion_ratio=0,
    )
    return omni, avatar, expand


def read_audio(task: Task) -> list[str]:
    """Audio results: each audio's MP3/WAV URLs; durations are a string or a number."""
    urls: list[str] = []
    if isinstance(task.task_result, TaskResult):
        for audio in task.task_result.audios or []:
            assert_type(audio, TaskAudio)
            assert_type(audio.duration_mp3, float | str | Unset)
            urls += [u for u in (audio.url_mp3, audio.url_wav) if isinstance(u, str)]
    assert_type(task.watermark_info, WatermarkInfo | None | Unset)
    return urls


def find_faces(client: Client) -> list[str]:
    """Identify-face answers faces, not a task."""
    response = identify_face.sync_detailed(client=client, body=IdentifyFaceRequest(video_id="v"))
    assert_type(response, Response[ErrorResponse | IdentifyFaceResponse])
    parsed = response.parsed
    if not isinstance(parsed, IdentifyFaceResponse) or not isinstance(
        parsed.data, IdentifyFaceResult
    ):
        return []
    faces = parsed.data.face_data
    assert_type(faces, list[IdentifiedFace] | None | Unset)
    choose = [FaceChoice(face_id=f.face_id, audio_id="a-1") for f in faces or [] if f.face_id]
    lip_sync = AdvancedLipSyncRequest(session_id="s", face_choose=choose)
    create_advanced_lip_sync_task.sync(client=client, body=lip_sync)
    return [face.face_id for face in faces or [] if isinstance(face.face_id, str)]


def run(client: Client) -> None:
    """Create, get and list through the generated functions (never called)."""
    detailed = create_text_to_video_task.sync_detailed(client=client, body=build_requests()[0])
    assert_type(detailed, Response[ErrorResponse | TaskResponse])
    created = detailed.parsed
    if isinstance(created, ErrorResponse):
        code = created.code
        assert_type(code, ErrorCode | int)
        raise RuntimeError(f"refused with {code}: {created.message}")
    if created is None or not isinstance(created.data, Task):
        raise RuntimeError("no task")
    task_id = created.data.task_id
    assert_type(task_id, str | Unset)
    if isinstance(task_id, str):
        got = get_text_to_video_task.sync(task_id, client=client)
        assert_type(got, ErrorResponse | TaskResponse | None)
        if isinstance(got, TaskResponse) and isinstance(got.data, Task):
            describe(got.data)
    page = list_text_to_video_tasks.sync(client=client, page_num=1, page_size=30)
    if isinstance(page, TaskListResponse) and isinstance(page.data, list):
        for item in page.data:
            assert_type(item, Task)
    effect = VideoEffectsRequest(effect_scene="squish", input_=VideoEffectsInput(image="aGk="))
    create_video_effects_task.sync(client=client, body=effect)
    create_image_generation_task.sync(
        client=client, body=ImageGenerationRequest(prompt="An island", aspect_ratio="21:9", n=4)
    )
    costs = get_account_costs.sync(
        client=client, start_time=0, end_time=1, resource_pack_name=UNSET
    )
    if costs is not None and not isinstance(costs, ErrorResponse) and costs.data:
        for pack in costs.data.resource_pack_subscribe_infos or []:
            status: ResourcePackStatus | str | Unset = pack.status
            assert_type(pack.remaining_quantity, float | Unset)
            del status


async def run_async(client: Client) -> TaskResponse | None:
    """The async twin has the same types."""
    response = await create_lip_sync_task.asyncio_detailed(client=client, body=build_requests()[4])
    assert_type(response, Response[ErrorResponse | TaskResponse])
    return response.parsed if isinstance(response.parsed, TaskResponse) else None
