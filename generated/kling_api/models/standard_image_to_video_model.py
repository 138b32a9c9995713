from typing import Literal

StandardImageToVideoModel = Literal["kling-2.5-turbo", "kling-2.6", "kling-3.0", "kling-3.0-turbo"]

STANDARD_IMAGE_TO_VIDEO_MODEL_VALUES: set[StandardImageToVideoModel] = {
    "kling-2.5-turbo",
    "kling-2.6",
    "kling-3.0",
    "kling-3.0-turbo",
}


def check_standard_image_to_video_model(value: str) -> StandardImageToVideoModel:
    if value in STANDARD_IMAGE_TO_VIDEO_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STANDARD_IMAGE_TO_VIDEO_MODEL_VALUES!r}"
    )
