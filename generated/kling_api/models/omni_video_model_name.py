from typing import Literal

OmniVideoModelName = Literal["kling-v3-omni", "kling-video-o1"]

OMNI_VIDEO_MODEL_NAME_VALUES: set[OmniVideoModelName] = {
    "kling-v3-omni",
    "kling-video-o1",
}


def check_omni_video_model_name(value: str) -> OmniVideoModelName:
    if value in OMNI_VIDEO_MODEL_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OMNI_VIDEO_MODEL_NAME_VALUES!r}")
