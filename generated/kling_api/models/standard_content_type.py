from typing import Literal

StandardContentType = Literal[
    "base_video",
    "element",
    "feature_video",
    "first_frame",
    "image",
    "last_frame",
    "prompt",
    "refer_image",
    "video",
    "voice",
]

STANDARD_CONTENT_TYPE_VALUES: set[StandardContentType] = {
    "base_video",
    "element",
    "feature_video",
    "first_frame",
    "image",
    "last_frame",
    "prompt",
    "refer_image",
    "video",
    "voice",
}


def check_standard_content_type(value: str) -> StandardContentType:
    if value in STANDARD_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STANDARD_CONTENT_TYPE_VALUES!r}")
