from typing import Literal

StandardAudioOutputType = Literal["audio"]

STANDARD_AUDIO_OUTPUT_TYPE_VALUES: set[StandardAudioOutputType] = {
    "audio",
}


def check_standard_audio_output_type(value: str) -> StandardAudioOutputType:
    if value in STANDARD_AUDIO_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STANDARD_AUDIO_OUTPUT_TYPE_VALUES!r}"
    )
