"""Contains all the data models used in inputs/outputs"""

from .account_costs import AccountCosts
from .account_costs_response import AccountCostsResponse
from .advanced_lip_sync_request import AdvancedLipSyncRequest
from .audio_type import AudioType
from .avatar_request import AvatarRequest
from .balance_deduction import BalanceDeduction
from .camera_config import CameraConfig
from .camera_control import CameraControl
from .camera_control_type import CameraControlType
from .character_orientation import CharacterOrientation
from .dynamic_mask import DynamicMask
from .effect_scene import EffectScene
from .element_reference import ElementReference
from .error_code import ErrorCode
from .error_response import ErrorResponse
from .extended_video_duration import ExtendedVideoDuration
from .extended_video_mode import ExtendedVideoMode
from .face_choice import FaceChoice
from .identified_face import IdentifiedFace
from .identify_face_request import IdentifyFaceRequest
from .identify_face_response import IdentifyFaceResponse
from .identify_face_result import IdentifyFaceResult
from .image_aspect_ratio import ImageAspectRatio
from .image_expansion_request import ImageExpansionRequest
from .image_generation_model_name import ImageGenerationModelName
from .image_generation_request import ImageGenerationRequest
from .image_reference import ImageReference
from .image_resolution import ImageResolution
from .image_to_video_model_name import ImageToVideoModelName
from .image_to_video_request import ImageToVideoRequest
from .keep_original_sound import KeepOriginalSound
from .lip_sync_input import LipSyncInput
from .lip_sync_mode import LipSyncMode
from .lip_sync_request import LipSyncRequest
from .motion_control_model_name import MotionControlModelName
from .motion_control_request import MotionControlRequest
from .multi_image_to_image_model_name import MultiImageToImageModelName
from .multi_image_to_image_request import MultiImageToImageRequest
from .multi_image_to_video_image import MultiImageToVideoImage
from .multi_image_to_video_model_name import MultiImageToVideoModelName
from .multi_image_to_video_request import MultiImageToVideoRequest
from .omni_video_image import OmniVideoImage
from .omni_video_image_type import OmniVideoImageType
from .omni_video_model_name import OmniVideoModelName
from .omni_video_refer_type import OmniVideoReferType
from .omni_video_reference import OmniVideoReference
from .omni_video_request import OmniVideoRequest
from .resource_pack import ResourcePack
from .resource_pack_status import ResourcePackStatus
from .resource_pack_type import ResourcePackType
from .shot_prompt import ShotPrompt
from .shot_type import ShotType
from .standard_aspect_ratio import StandardAspectRatio
from .standard_audio import StandardAudio
from .standard_audio_output import StandardAudioOutput
from .standard_audio_output_type import StandardAudioOutputType
from .standard_billing import StandardBilling
from .standard_character_orientation import StandardCharacterOrientation
from .standard_content import StandardContent
from .standard_content_type import StandardContentType
from .standard_element_output import StandardElementOutput
from .standard_element_output_type import StandardElementOutputType
from .standard_element_reference import StandardElementReference
from .standard_element_tag import StandardElementTag
from .standard_image_output import StandardImageOutput
from .standard_image_output_type import StandardImageOutputType
from .standard_image_to_video_model import StandardImageToVideoModel
from .standard_image_to_video_request import StandardImageToVideoRequest
from .standard_motion_control_model import StandardMotionControlModel
from .standard_motion_control_request import StandardMotionControlRequest
from .standard_motion_control_settings import StandardMotionControlSettings
from .standard_omni_video_model import StandardOmniVideoModel
from .standard_omni_video_request import StandardOmniVideoRequest
from .standard_options import StandardOptions
from .standard_resolution import StandardResolution
from .standard_task import StandardTask
from .standard_task_batch_response import StandardTaskBatchResponse
from .standard_task_filter import StandardTaskFilter
from .standard_task_filter_key import StandardTaskFilterKey
from .standard_task_page import StandardTaskPage
from .standard_task_page_response import StandardTaskPageResponse
from .standard_task_query_request import StandardTaskQueryRequest
from .standard_task_response import StandardTaskResponse
from .standard_task_status import StandardTaskStatus
from .standard_text_to_video_model import StandardTextToVideoModel
from .standard_text_to_video_request import StandardTextToVideoRequest
from .standard_unknown_output import StandardUnknownOutput
from .standard_video_output import StandardVideoOutput
from .standard_video_output_type import StandardVideoOutputType
from .standard_video_settings import StandardVideoSettings
from .standard_voice_output import StandardVoiceOutput
from .standard_voice_output_type import StandardVoiceOutputType
from .subject_image import SubjectImage
from .task import Task
from .task_audio import TaskAudio
from .task_image import TaskImage
from .task_info import TaskInfo
from .task_list_response import TaskListResponse
from .task_response import TaskResponse
from .task_result import TaskResult
from .task_status import TaskStatus
from .task_video import TaskVideo
from .text_to_audio_request import TextToAudioRequest
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
from .video_sound import VideoSound
from .video_to_audio_request import VideoToAudioRequest
from .virtual_try_on_model_name import VirtualTryOnModelName
from .virtual_try_on_request import VirtualTryOnRequest
from .voice_id import VoiceId
from .voice_language import VoiceLanguage
from .voice_reference import VoiceReference
from .watermark_info import WatermarkInfo

__all__ = (
    "AccountCosts",
    "AccountCostsResponse",
    "AdvancedLipSyncRequest",
    "AudioType",
    "AvatarRequest",
    "BalanceDeduction",
    "CameraConfig",
    "CameraControl",
    "CameraControlType",
    "CharacterOrientation",
    "DynamicMask",
    "EffectScene",
    "ElementReference",
    "ErrorCode",
    "ErrorResponse",
    "ExtendedVideoDuration",
    "ExtendedVideoMode",
    "FaceChoice",
    "IdentifiedFace",
    "IdentifyFaceRequest",
    "IdentifyFaceResponse",
    "IdentifyFaceResult",
    "ImageAspectRatio",
    "ImageExpansionRequest",
    "ImageGenerationModelName",
    "ImageGenerationRequest",
    "ImageReference",
    "ImageResolution",
    "ImageToVideoModelName",
    "ImageToVideoRequest",
    "KeepOriginalSound",
    "LipSyncInput",
    "LipSyncMode",
    "LipSyncRequest",
    "MotionControlModelName",
    "MotionControlRequest",
    "MultiImageToImageModelName",
    "MultiImageToImageRequest",
    "MultiImageToVideoImage",
    "MultiImageToVideoModelName",
    "MultiImageToVideoRequest",
    "OmniVideoImage",
    "OmniVideoImageType",
    "OmniVideoModelName",
    "OmniVideoReference",
    "OmniVideoReferType",
    "OmniVideoRequest",
    "ResourcePack",
    "ResourcePackStatus",
    "ResourcePackType",
    "ShotPrompt",
    "ShotType",
    "StandardAspectRatio",
    "StandardAudio",
    "StandardAudioOutput",
    "StandardAudioOutputType",
    "StandardBilling",
    "StandardCharacterOrientation",
    "StandardContent",
    "StandardContentType",
    "StandardElementOutput",
    "StandardElementOutputType",
    "StandardElementReference",
    "StandardElementTag",
    "StandardImageOutput",
    "StandardImageOutputType",
    "StandardImageToVideoModel",
    "StandardImageToVideoRequest",
    "StandardMotionControlModel",
    "StandardMotionControlRequest",
    "StandardMotionControlSettings",
    "StandardOmniVideoModel",
    "StandardOmniVideoRequest",
    "StandardOptions",
    "StandardResolution",
    "StandardTask",
    "StandardTaskBatchResponse",
    "StandardTaskFilter",
    "StandardTaskFilterKey",
    "StandardTaskPage",
    "StandardTaskPageResponse",
    "StandardTaskQueryRequest",
    "StandardTaskResponse",
    "StandardTaskStatus",
    "StandardTextToVideoModel",
    "StandardTextToVideoRequest",
    "StandardUnknownOutput",
    "StandardVideoOutput",
    "StandardVideoOutputType",
    "StandardVideoSettings",
    "StandardVoiceOutput",
    "StandardVoiceOutputType",
    "SubjectImage",
    "Task",
    "TaskAudio",
    "TaskImage",
    "TaskInfo",
    "TaskListResponse",
    "TaskResponse",
    "TaskResult",
    "TaskStatus",
    "TaskVideo",
    "TextToAudioRequest",
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
    "VideoSound",
    "VideoToAudioRequest",
    "VirtualTryOnModelName",
    "VirtualTryOnRequest",
    "VoiceId",
    "VoiceLanguage",
    "VoiceReference",
    "WatermarkInfo",
)
