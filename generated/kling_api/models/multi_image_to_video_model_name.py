from typing import Literal

MultiImageToVideoModelName = Literal["kling-v1-6"]

MULTI_IMAGE_TO_VIDEO_MODEL_NAME_VALUES: set[MultiImageToVideoModelName] = {
    "kling-v1-6",
}


def check_multi_image_to_video_model_name(value: str) -> MultiImageToVideoModelName:
    if value in MULTI_IMAGE_TO_VIDEO_MODEL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MULTI_IMAGE_TO_VIDEO_MODEL_NAME_VALUES!r}"
    )
