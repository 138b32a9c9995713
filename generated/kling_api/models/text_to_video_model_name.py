from typing import Literal

TextToVideoModelName = Literal[
    "kling-v1",
    "kling-v1-6",
    "kling-v2-1-master",
    "kling-v2-5-turbo",
    "kling-v2-6",
    "kling-v2-master",
    "kling-v3",
]

TEXT_TO_VIDEO_MODEL_NAME_VALUES: set[TextToVideoModelName] = {
    "kling-v1",
    "kling-v1-6",
    "kling-v2-1-master",
    "kling-v2-5-turbo",
    "kling-v2-6",
    "kling-v2-master",
    "kling-v3",
}


def check_text_to_video_model_name(value: str) -> TextToVideoModelName:
    if value in TEXT_TO_VIDEO_MODEL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TEXT_TO_VIDEO_MODEL_NAME_VALUES!r}"
    )
