from typing import Literal

AudioType = Literal["file", "url"]

AUDIO_TYPE_VALUES: set[AudioType] = {
    "file",
    "url",
}


def check_audio_type(value: str) -> AudioType:
    if value in AUDIO_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIO_TYPE_VALUES!r}")
