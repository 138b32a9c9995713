from typing import Literal

VideoDuration = Literal["10", "5"]

VIDEO_DURATION_VALUES: set[VideoDuration] = {
    "10",
    "5",
}


def check_video_duration(value: str) -> VideoDuration:
    if value in VIDEO_DURATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_DURATION_VALUES!r}")
