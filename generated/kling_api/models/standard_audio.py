from typing import Literal

StandardAudio = Literal["native", "off", "original"]

STANDARD_AUDIO_VALUES: set[StandardAudio] = {
    "native",
    "off",
    "original",
}


def check_standard_audio(value: str) -> StandardAudio:
    if value in STANDARD_AUDIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STANDARD_AUDIO_VALUES!r}")
