"""Contains all the data models used in inputs/outputs"""

from .account_costs import AccountCosts
from .account_costs_response import AccountCostsResponse
from .audio_type import AudioType
from .camera_config import CameraConfig
from .camera_control import CameraControl
from .camera_control_type import CameraControlType
from .dynamic_mask import DynamicMask
from .effect_scene import EffectScene
from .error_code import ErrorCode
from .error_response import ErrorResponse
from .image_aspect_ratio import ImageAspectRatio
from .image_generation_model_name import ImageGenerationModelName
from .image_generation_request import ImageGenerationRequest
from .image_reference import ImageReference
from .image_to_video_model_name import ImageToVideoModelName
from .image_to_video_request import ImageToVideoRequest
from .lip_sync_input import LipSyncInput
from .lip_sync_mode import LipSyncMode
from .lip_sync_request import LipSyncRequest
from .resource_pack import ResourcePack
from .resource_pack_status import ResourcePackStatus
from .resource_pack_type import ResourcePackType
from .task import Task
from .task_image import TaskImage
from .task_info import TaskInfo
from .task_list_response import TaskListResponse
from .task_response import TaskResponse
from .task_result import TaskResult
from .task_status import TaskStatus
from .task_video import TaskVideo
from .text_to_video_model_name import TextToVideoModelName
from .text_to_video_request import TextToVideoRequest
from .trajectory_point import TrajectoryPoint
from .video_aspect_ratio import VideoAspectRatio
from .video_duration import VideoDuration
from .video_effects_input import VideoEffectsInput
from .video_effects_model_name import VideoEffectsModelName
from .video_effects_request import VideoEffectsRequest
from .video_extend_request import VideoExtendRequest
from .video_mode import VideoMode
from .virtual_try_on_model_name import VirtualTryOnModelName
from .virtual_try_on_request import VirtualTryOnRequest
from .voice_id import VoiceId
from .voice_language import VoiceLanguage

__all__ = (
    "AccountCosts",
    "AccountCostsResponse",
    "AudioType",
    "CameraConfig",
    "CameraControl",
    "CameraControlType",
    "DynamicMask",
    "EffectScene",
    "ErrorCode",
    "ErrorResponse",
    "ImageAspectRatio",
    "ImageGenerationModelName",
    "ImageGenerationRequest",
    "ImageReference",
    "ImageToVideoModelName",
    "ImageToVideoRequest",
    "LipSyncInput",
    "LipSyncMode",
    "LipSyncRequest",
    "ResourcePack",
    "ResourcePackStatus",
    "ResourcePackType",
    "Task",
    "TaskImage",
    "TaskInfo",
    "TaskListResponse",
    "TaskResponse",
    "TaskResult",
    "TaskStatus",
    "TaskVideo",
    "TextToVideoModelName",
    "TextToVideoRequest",
    "TrajectoryPoint",
    "VideoAspectRatio",
    "VideoDuration",
    "VideoEffectsInput",
    "VideoEffectsModelName",
    "VideoEffectsRequest",
    "VideoExtendRequest",
    "VideoMode",
    "VirtualTryOnModelName",
    "VirtualTryOnRequest",
    "VoiceId",
    "VoiceLanguage",
)
