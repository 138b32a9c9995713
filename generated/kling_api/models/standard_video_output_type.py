from typing import Literal

StandardVideoOutputType = Literal["video"]

STANDARD_VIDEO_OUTPUT_TYPE_VALUES: set[StandardVideoOutputType] = {
    "video",
}


def check_standard_video_output_type(value: str) -> StandardVideoOutputType:
    if value in STANDARD_VIDEO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STANDARD_VIDEO_OUTPUT_TYPE_VALUES!r}"
    )
