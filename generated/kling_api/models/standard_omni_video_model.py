from typing import Literal

StandardOmniVideoModel = Literal["kling-3.0-omni", "kling-o1"]

STANDARD_OMNI_VIDEO_MODEL_VALUES: set[StandardOmniVideoModel] = {
    "kling-3.0-omni",
    "kling-o1",
}


def check_standard_omni_video_model(value: str) -> StandardOmniVideoModel:
    if value in STANDARD_OMNI_VIDEO_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STANDARD_OMNI_VIDEO_MODEL_VALUES!r}"
    )
