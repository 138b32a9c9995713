from typing import Literal

ImageToVideoModelName = Literal[
    "kling-v1",
    "kling-v1-5",
    "kling-v1-6",
    "kling-v2-1",
    "kling-v2-1-master",
    "kling-v2-5-turbo",
    "kling-v2-6",
    "kling-v2-master",
    "kling-v3",
]

IMAGE_TO_VIDEO_MODEL_NAME_VALUES: set[ImageToVideoModelName] = {
    "kling-v1",
    "kling-v1-5",
    "kling-v1-6",
    "kling-v2-1",
    "kling-v2-1-master",
    "kling-v2-5-turbo",
    "kling-v2-6",
    "kling-v2-master",
    "kling-v3",
}


def check_image_to_video_model_name(value: str) -> ImageToVideoModelName:
    if value in IMAGE_TO_VIDEO_MODEL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_TO_VIDEO_MODEL_NAME_VALUES!r}"
    )
