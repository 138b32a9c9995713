from typing import Literal

ExtendedVideoMode = Literal["4k", "pro", "std"]

EXTENDED_VIDEO_MODE_VALUES: set[ExtendedVideoMode] = {
    "4k",
    "pro",
    "std",
}


def check_extended_video_mode(value: str) -> ExtendedVideoMode:
    if value in EXTENDED_VIDEO_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXTENDED_VIDEO_MODE_VALUES!r}")
