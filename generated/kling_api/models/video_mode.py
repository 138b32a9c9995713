from typing import Literal

VideoMode = Literal["pro", "std"]

VIDEO_MODE_VALUES: set[VideoMode] = {
    "pro",
    "std",
}


def check_video_mode(value: str) -> VideoMode:
    if value in VIDEO_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_MODE_VALUES!r}")
