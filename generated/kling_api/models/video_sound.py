from typing import Literal

VideoSound = Literal["off", "on"]

VIDEO_SOUND_VALUES: set[VideoSound] = {
    "off",
    "on",
}


def check_video_sound(value: str) -> VideoSound:
    if value in VIDEO_SOUND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_SOUND_VALUES!r}")
