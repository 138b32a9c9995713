from typing import Literal

ExtendedVideoDuration = Literal[
    "10", "11", "12", "13", "14", "15", "3", "4", "5", "6", "7", "8", "9"
]

EXTENDED_VIDEO_DURATION_VALUES: set[ExtendedVideoDuration] = {
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
}


def check_extended_video_duration(value: str) -> ExtendedVideoDuration:
    if value in EXTENDED_VIDEO_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXTENDED_VIDEO_DURATION_VALUES!r}"
    )
