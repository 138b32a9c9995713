from typing import Literal

VideoEffectsModelName = Literal["kling-v1", "kling-v1-5", "kling-v1-6"]

VIDEO_EFFECTS_MODEL_NAME_VALUES: set[VideoEffectsModelName] = {
    "kling-v1",
    "kling-v1-5",
    "kling-v1-6",
}


def check_video_effects_model_name(value: str) -> VideoEffectsModelName:
    if value in VIDEO_EFFECTS_MODEL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_EFFECTS_MODEL_NAME_VALUES!r}"
    )
