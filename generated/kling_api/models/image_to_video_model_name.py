from typing import Literal

ImageToVideoModelName = Literal["kling-v1", "kling-v1-5", "kling-v1-6"]

IMAGE_TO_VIDEO_MODEL_NAME_VALUES: set[ImageToVideoModelName] = {
    "kling-v1",
    "kling-v1-5",
    "kling-v1-6",
}


def check_image_to_video_model_name(value: str) -> ImageToVideoModelName:
    if value in IMAGE_TO_VIDEO_MODEL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_TO_VIDEO_MODEL_NAME_VALUES!r}"
    )
