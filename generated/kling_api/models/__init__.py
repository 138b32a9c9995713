"""Contains all the data models used in inputs/outputs"""

from .account_costs import AccountCosts
from .account_costs_response import AccountCostsResponse
from .advanced_lip_sync_request import AdvancedLipSyncRequest
from .ai_multi_shot_request import AiMultiShotRequest
from .audio_type import AudioType
from .avatar_request import AvatarRequest
from .balance_deduction import BalanceDeduction
from .billing_balance_request import BillingBalanceRequest
from .billing_detail import BillingDetail
from .billing_filter import BillingFilter
from .billing_filter_key import BillingFilterKey
from .billing_ledger_page import BillingLedgerPage
from .billing_ledger_result import BillingLedgerResult
from .billing_package_filter import BillingPackageFilter
from .billing_package_filter_key import BillingPackageFilterKey
from .billing_package_request import BillingPackageRequest
from .billing_response import BillingResponse
from .camera_config import CameraConfig
from .camera_control import CameraControl
from .camera_control_type import CameraControlType
from .character_orientation import CharacterOrientation
from .custom_voice_request import CustomVoiceRequest
from .delete_element_request import DeleteElementRequest
from .delete_voice_request import DeleteVoiceRequest
from .dynamic_mask import DynamicMask
from .effect_scene import EffectScene
from .element_image_list import ElementImageList
from .element_library_request import ElementLibraryRequest
from .element_refer_image import ElementReferImage
from .element_refer_video import ElementReferVideo
from .element_reference import ElementReference
from .element_reference_type import ElementReferenceType
from .element_tag import ElementTag
from .element_tag_id import ElementTagId
from .element_video_list import ElementVideoList
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
from .image_recognize_request import ImageRecognizeRequest
from .image_reference import ImageReference
from .image_resolution import ImageResolution
from .image_to_video_model_name import ImageToVideoModelName
from .image_to_video_request import ImageToVideoRequest
from .keep_original_sound import KeepOriginalSound
from .library_element_reference import LibraryElementReference
from .lip_sync_input import LipSyncInput
from .lip_sync_mode import LipSyncMode
from .lip_sync_request import LipSyncRequest
from .motion_control_model_name import MotionControlModelName
from .motion_control_request import MotionControlRequest
from .multi_elements_edit_mode import MultiElementsEditMode
from .multi_elements_image import MultiElementsImage
from .multi_elements_init_request import MultiElementsInitRequest
from .multi_elements_mode import MultiElementsMode
from .multi_elements_points_request import MultiElementsPointsRequest
from .multi_elements_request import MultiElementsRequest
from .multi_elements_session_request import MultiElementsSessionRequest
from .multi_image_to_image_model_name import MultiImageToImageModelName
from .multi_image_to_image_request import MultiImageToImageRequest
from .multi_image_to_video_image import MultiImageToVideoImage
from .multi_image_to_video_model_name import MultiImageToVideoModelName
from .multi_image_to_video_request import MultiImageToVideoRequest
from .omni_image_aspect_ratio import OmniImageAspectRatio
from .omni_image_model_name import OmniImageModelName
from .omni_image_reference import OmniImageReference
from .omni_image_request import OmniImageRequest
from .omni_image_request_series_amount_type_1 import OmniImageRequestSeriesAmountType1
from .omni_image_resolution import OmniImageResolution
from .omni_image_result_type import OmniImageResultType
from .omni_video_image import OmniVideoImage
from .omni_video_image_type import OmniVideoImageType
from .omni_video_model_name import OmniVideoModelName
from .omni_video_refer_type import OmniVideoReferType
from .omni_video_reference import OmniVideoReference
from .omni_video_request import OmniVideoRequest
from .resource_pack import ResourcePack
from .resource_pack_status import ResourcePackStatus
from .resource_pack_type import ResourcePackType
from .selection_mask import SelectionMask
from .selection_mask_png_mask import SelectionMaskPngMask
from .selection_mask_rle_mask import SelectionMaskRleMask
from .selection_point import SelectionPoint
from .selection_res import SelectionRes
from .selection_response import SelectionResponse
from .selection_result import SelectionResult
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
from .task_element import TaskElement
from .task_element_element_image_list_type_0 import TaskElementElementImageListType0
from .task_element_element_video_list_type_0 import TaskElementElementVideoListType0
from .task_element_tag_list_type_0_item import TaskElementTagListType0Item
from .task_image import TaskImage
from .task_info import TaskInfo
from .task_list_response import TaskListResponse
from .task_response import TaskResponse
from .task_result import TaskResult
from .task_status import TaskStatus
from .task_video import TaskVideo
from .task_voice import TaskVoice
from .text_to_audio_request import TextToAudioRequest
from .text_to_speech_request import TextToSpeechRequest
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
    "AiMultiShotRequest",
    "AudioType",
    "AvatarRequest",
    "BalanceDeduction",
    "BillingBalanceRequest",
    "BillingDetail",
    "BillingFilter",
    "BillingFilterKey",
    "BillingLedgerPage",
    "BillingLedgerResult",
    "BillingPackageFilter",
    "BillingPackageFilterKey",
    "BillingPackageRequest",
    "BillingResponse",
    "CameraConfig",
    "CameraControl",
    "CameraControlType",
    "CharacterOrientation",
    "CustomVoiceRequest",
    "DeleteElementRequest",
    "DeleteVoiceRequest",
    "DynamicMask",
    "EffectScene",
    "ElementImageList",
    "ElementLibraryRequest",
    "ElementReference",
    "ElementReferenceType",
    "ElementReferImage",
    "ElementReferVideo",
    "ElementTag",
    "ElementTagId",
    "ElementVideoList",
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
    "ImageRecognizeRequest",
    "ImageReference",
    "ImageResolution",
    "ImageToVideoModelName",
    "ImageToVideoRequest",
    "KeepOriginalSound",
    "LibraryElementReference",
    "LipSyncInput",
    "LipSyncMode",
    "LipSyncRequest",
    "MotionControlModelName",
    "MotionControlRequest",
    "MultiElementsEditMode",
    "MultiElementsImage",
    "MultiElementsInitRequest",
    "MultiElementsMode",
    "MultiElementsPointsRequest",
    "MultiElementsRequest",
    "MultiElementsSessionRequest",
    "MultiImageToImageModelName",
    "MultiImageToImageRequest",
    "MultiImageToVideoImage",
    "MultiImageToVideoModelName",
    "MultiImageToVideoRequest",
    "OmniImageAspectRatio",
    "OmniImageModelName",
    "OmniImageReference",
    "OmniImageRequest",
    "OmniImageRequestSeriesAmountType1",
    "OmniImageResolution",
    "OmniImageResultType",
    "OmniVideoImage",
    "OmniVideoImageType",
    "OmniVideoModelName",
    "OmniVideoReference",
    "OmniVideoReferType",
    "OmniVideoRequest",
    "ResourcePack",
    "ResourcePackStatus",
    "ResourcePackType",
    "SelectionMask",
    "SelectionMaskPngMask",
    "SelectionMaskRleMask",
    "SelectionPoint",
    "SelectionRes",
    "SelectionResponse",
    "SelectionResult",
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
    "TaskElement",
    "TaskElementElementImageListType0",
    "TaskElementElementVideoListType0",
    "TaskElementTagListType0Item",
    "TaskImage",
    "TaskInfo",
    "TaskListResponse",
    "TaskResponse",
    "TaskResult",
    "TaskStatus",
    "TaskVideo",
    "TaskVoice",
    "TextToAudioRequest",
    "TextToSpeechRequest",
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
