from typing import Literal

StandardTextToVideoModel = Literal["kling-2.5-turbo", "kling-2.6", "kling-3.0", "kling-3.0-turbo"]

STANDARD_TEXT_TO_VIDEO_MODEL_VALUES: set[StandardTextToVideoModel] = {
    "kling-2.5-turbo",
    "kling-2.6",
    "kling-3.0",
    "kling-3.0-turbo",
}


def check_standard_text_to_video_model(value: str) -> StandardTextToVideoModel:
    if value in STANDARD_TEXT_TO_VIDEO_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STANDARD_TEXT_TO_VIDEO_MODEL_VALUES!r}"
    )
